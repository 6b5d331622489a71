"""reprocess --where: one SQL expression over items joined with every answer column, and nothing more."""

from __future__ import annotations

import pytest

from enrich import EnrichError
from enrich.reprocess import skus_where
from enrich.store import ANSWERS_SCHEMA, ITEMS_SCHEMA
from tests.test_audit import healthy, write_output
from tests.test_nightly import night  # noqa: F401  (fixture)


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    items, answers = [], []
    for n in range(3):  # s0 a red t-shirt, s1 blue striped jeans, s2 a green checked dress
        item, rows = healthy(f"s{n}", n)
        items.append(item)
        answers += rows
    return write_output(tmp_path_factory.mktemp("out"), items, answers)


@pytest.mark.parametrize(
    "predicate",
    [
        "1=0) UNION SELECT 'forged' WHERE (1=1",
        "1=0) UNION ALL SELECT sku FROM items_history WHERE (1=1",
        "true) ORDER BY (1",
        "true) LIMIT (1",
        "true); SELECT (1",
        "true) GROUP BY ALL HAVING (true",
        "(true",
        "true)",
        "answer_en = ')' ) UNION SELECT 'forged' WHERE ('(' = '('",
        "",  # was a cast error from DuckDB, and from the CLI "no audit named [None]"
        "  ",
    ],
)
def test_a_predicate_that_reaches_outside_its_expression_is_refused(out, predicate):
    with pytest.raises(EnrichError, match="--where must be one SQL expression"):
        skus_where(out, predicate)


@pytest.mark.parametrize(
    "predicate, skus",
    [
        ("answer_en = 'red'", ["s0"]),
        ("question_id = 'pattern' AND answer_en = 'striped' AND answer_status = 'ok'", ["s1"]),
        ("answer_en = ')' OR sku = 's1'", ["s1"]),  # a parenthesis inside a literal is text
        ("sku IN (SELECT sku FROM answers WHERE answer_en = 'green')", ["s2"]),
        ("status = 'ok' -- a trailing comment", ["s0", "s1", "s2"]),
        ("answer_pt_source IS NULL AND answer_adapter IS NULL AND sku = 's2'", ["s2"]),
        ("caption_en <> '₹₹₹(' AND (sku = 's1')", ["s1"]),  # DuckDB's token offsets count bytes, not characters
    ],
)
def test_ordinary_predicates_select_their_skus(out, predicate, skus):
    assert skus_where(out, predicate) == skus


def test_every_answer_column_can_be_named_with_clashing_names_prefixed(out):
    items = {name.lower() for name in ITEMS_SCHEMA.names}
    names = [
        f"answer_{name}" if name in items else name for name in ANSWERS_SCHEMA.names if name not in ("run_id", "sku")
    ]
    assert {"answer_status", "answer_adapter", "answer_en", "question_id"} <= set(names)
    everything = " AND ".join(f"({name} IS NULL OR {name} IS NOT NULL)" for name in names)
    assert skus_where(out, everything) == ["s0", "s1", "s2"]


def test_a_review_export_names_its_skus_as_they_are(tmp_path):
    """The review page guards a sku a spreadsheet would run as a formula; --skus reads it back unguarded."""
    from enrich.reprocess import skus_from_file

    path = tmp_path / "labels.csv"
    path.write_text("sku,question_id,expected\n'-A1,color,red\nB2,color,blue\n'quoted,color,red\n")
    assert skus_from_file(path) == ["'quoted", "-A1", "B2"]


@pytest.mark.parametrize(
    "text, skus",
    [
        ("a\nb\n\na\n", ["a", "b"]),
        ("SKU\na\nb\n", ["a", "b"]),  # a header in another case was read as a sku
        ('"sku",note\na,x\n"b,2",y\n', ["a", "b,2"]),  # so was a quoted one
        ("sku,question_id,expected\na,color,red\n", ["a"]),
        ("a\u2028b\r\nc\x1cd\n", ["a\u2028b", "c\x1cd"]),  # split there by str.splitlines, as lines
        ('sku,note\n"a\nb",x\nc,"two\nlines"\n', ["a\nb", "c"]),  # a line break inside a quoted cell
        ('sku\n"a,b"\n"c\nd"\n"say ""hi"""\n', ["a,b", "c\nd", 'say "hi"']),  # a one-column CSV is a CSV too
    ],
)
def test_a_skus_file_is_one_per_line_or_a_csv_with_a_sku_header_in_any_case(tmp_path, text, skus):
    from enrich.reprocess import skus_from_file

    path = tmp_path / "skus.txt"
    path.write_text(text)
    assert skus_from_file(path) == skus
    path.write_bytes(b"caf\xe9\n")
    with pytest.raises(EnrichError, match="is not UTF-8"):
        skus_from_file(path)


def test_reprocess_takes_the_newest_finished_runs_configuration_not_a_reprocess_or_a_failed_run(tmp_path):
    import dataclasses

    from enrich.config import RunConfig
    from enrich.reprocess import latest_config
    from enrich.store import Layout
    from enrich.store.runs import write_manifest

    layout = Layout.of(tmp_path)

    def manifest(run_id, status, reprocess=None, **config):
        record = {"run_id": run_id, "status": status, "config": dataclasses.asdict(RunConfig("c.csv", **config))}
        write_manifest(layout, record | ({} if reprocess is None else {"reprocess": reprocess}))

    manifest("20261201T010000Z-aaaaaa", "finished", error_budget=0.02)  # before manifests said reprocess: a run
    assert latest_config(tmp_path).error_budget == 0.02
    manifest("20261202T010000Z-aaaaaa", "finished", reprocess=False, error_budget=0.05)
    manifest("20261202T090000Z-aaaaaa", "finished", reprocess=True, error_budget=1.0)  # reprocess --error-budget 1
    manifest("20261203T010000Z-aaaaaa", "failed", reprocess=False, error_budget=0.3, stall_timeout_s=5.0)
    config = latest_config(tmp_path)
    assert (config.error_budget, config.stall_timeout_s, config.out) == (0.05, 1800.0, str(tmp_path))


@pytest.mark.parametrize("value", ["inf", "1e30", "nan", "0", "-1"])
def test_a_stall_timeout_that_is_no_number_of_seconds_is_refused_before_anything_starts(tmp_path, value):
    from click.testing import CliRunner

    from enrich.cli import main

    catalog = tmp_path / "c.csv"
    catalog.write_text("sku,image\na,a.jpg\n")
    result = CliRunner().invoke(
        main, ["run", "--catalog", str(catalog), "--out", str(tmp_path), "--stall-timeout", value]
    )
    assert result.exit_code in (1, 2) and "stall" in result.output, result.output
    assert "seconds" in result.output or "--stall-timeout" in result.output
    assert not (tmp_path / "runs").exists()  # refused before the lock, the plan or Ray


def test_a_selection_leaves_out_skus_the_catalog_dropped_and_a_listed_one_refuses_even_a_dry_run(
    night,  # noqa: F811
    tmp_path,
    caplog,
):
    from click.testing import CliRunner

    from enrich.cli import main

    night()
    lines = night.catalog.read_text().splitlines()
    night.catalog.write_text("\n".join(line for line in lines if not line.startswith("p-1,")) + "\n")
    chosen = CliRunner().invoke(main, ["reprocess", str(night.out), "--where", "sku in ('p-1', 'p-2')", "--dry-run"])
    assert chosen.exit_code == 0, chosen.output
    assert "1 item(s) would be reprocessed" in chosen.output and "p-2" in chosen.output
    assert "1 selected sku(s) are no longer in the catalog" in caplog.text and "['p-1']" in caplog.text
    listed = tmp_path / "skus.txt"
    listed.write_text("p-2\np-1\n")
    refused = CliRunner().invoke(main, ["reprocess", str(night.out), "--skus", str(listed), "--dry-run"])
    assert refused.exit_code == 1 and "1 sku(s) of" in refused.output and "['p-1']" in refused.output
    # a selection of none: said as such, not as a dry run's "0 item(s) would be reprocessed"
    empty = CliRunner().invoke(main, ["reprocess", str(night.out), "--where", "sku = 'p-1'"])
    assert empty.exit_code == 0 and "nothing to reprocess" in empty.output and "would be" not in empty.output


def test_a_listed_sku_is_found_whichever_way_its_accents_are_written(tmp_path):
    """ "café" listed decomposed (copied from a macOS file name) refused a reprocess of the catalog's composed one."""
    from enrich.reprocess import in_catalog

    catalog = tmp_path / "catalog.csv"
    catalog.write_text("sku,image\ncaf\u00e9,a.jpg\nb,b.jpg\n", encoding="utf-8")
    listed = ["cafe\u0301", " b"]
    assert in_catalog(str(catalog), listed, listed_in="skus.txt") == listed


def test_reprocess_reads_a_catalog_it_is_given_when_the_recorded_one_moved(night, tmp_path):  # noqa: F811
    """A nightly job of dated exports, or a moved catalog: reprocess re-read the newest run's path and could not be
    pointed elsewhere; its message named a --job option it did not have (the seventh adversarial pass)."""
    from click.testing import CliRunner

    from enrich.cli import main

    night()
    moved = tmp_path / "exports" / "catalog-2026-12-04.csv"
    moved.parent.mkdir()
    moved.write_text(night.catalog.read_text().replace(",images/", f",{night.catalog.parent}/images/"))
    night.catalog.rename(night.catalog.with_suffix(".bak"))
    lost = CliRunner().invoke(main, ["reprocess", str(night.out), "--where", "sku = 'p-2'", "--dry-run"])
    assert lost.exit_code == 1 and "is not there: give reprocess --catalog PATH" in lost.output, lost.output
    found = CliRunner().invoke(
        main, ["reprocess", str(night.out), "--where", "sku = 'p-2'", "--catalog", str(moved), "--dry-run"]
    )
    assert found.exit_code == 0 and "1 item(s) would be reprocessed" in found.output, found.output


def test_a_job_file_gives_reprocess_its_configuration(tmp_path):
    from enrich.reprocess import config_for

    catalog = tmp_path / "c.csv"
    catalog.write_text("sku,image\na,a.jpg\n")
    job = tmp_path / "nightly.toml"
    job.write_text(f'catalog = "{catalog.name}"\nout = "elsewhere"\nerror_budget = 0.07\n')
    config = config_for(tmp_path / "out", str(job))
    assert (config.catalog, config.out, config.error_budget) == (str(catalog), str(tmp_path / "out"), 0.07)
    job.write_text("error_budget = 0.07\n")  # a job of dated exports names no catalog: --catalog gives tonight's
    config = config_for(tmp_path / "out", str(job), str(catalog))
    assert (config.catalog, config.error_budget) == (str(catalog), 0.07)


def test_a_selection_past_its_query_limits_names_options_reprocess_has(out):
    """`--where` and `--audit` run under the query limits, and hitting one said "raise --timeout" (or
    --memory-limit): options reprocess did not have (exit 2, "No such option"), so a large output's selection could
    never be made."""
    from click.testing import CliRunner

    from enrich.cli import main

    slow = "sku IN (SELECT 's0' FROM range(20000) a, range(20000) b)"
    result = CliRunner().invoke(main, ["reprocess", str(out), "--where", slow, "--timeout", "0.05", "--dry-run"])
    assert result.exit_code == 1 and "raise --timeout" in result.output, result.output
    roomy = ["reprocess", str(out), "--audit", "item_errors", "--memory-limit", "1GB", "--timeout", "60", "--dry-run"]
    result = CliRunner().invoke(main, roomy)
    assert "No such option" not in result.output and "has no run to reprocess" in result.output, result.output


def test_reprocess_refuses_a_questionnaire_edited_since_the_run_it_repeats(night, tmp_path):  # noqa: F811
    """The manifest records the questionnaire's path: one edited in place (a question added) answered the selected
    items with it and left every other on the old one, the new question shown for those items alone, nothing said
    (the evolution adversarial pass). A job file names another questionnaire on purpose."""
    from click.testing import CliRunner

    from enrich.cli import main
    from enrich.config import bundled_jobs_dir

    questionnaire = tmp_path / "questionnaire.toml"
    questionnaire.write_text((bundled_jobs_dir() / "questionnaire.toml").read_text())
    night(questionnaire=str(questionnaire))
    same = CliRunner().invoke(main, ["reprocess", str(night.out), "--where", "sku = 'p-2'", "--dry-run"])
    assert same.exit_code == 0 and "1 item(s) would be reprocessed" in same.output, same.output
    added = '\n[[questions]]\nid = "fit"\nkind = "open"\nprompt = "Question: How does it fit? Answer:"\n'
    questionnaire.write_text(questionnaire.read_text() + added)
    edited = CliRunner().invoke(main, ["reprocess", str(night.out), "--where", "sku = 'p-2'", "--dry-run"])
    assert edited.exit_code == 1 and "the questionnaire" in edited.output, edited.output
    assert "changed since run" in edited.output and "Traceback" not in edited.output
    job = tmp_path / "job.toml"
    job.write_text(f'catalog = "{night.catalog}"\nquestionnaire = "{questionnaire}"\n')
    chosen = CliRunner().invoke(
        main, ["reprocess", str(night.out), "--where", "sku = 'p-2'", "--job", str(job), "--dry-run"]
    )
    assert chosen.exit_code == 0 and "1 item(s) would be reprocessed" in chosen.output, chosen.output
    questionnaire.rename(tmp_path / "moved.toml")
    gone = CliRunner().invoke(main, ["reprocess", str(night.out), "--where", "sku = 'p-2'", "--dry-run"])
    assert (
        gone.exit_code == 1 and f"the questionnaire the newest run used, {questionnaire}, is not there" in gone.output
    )


def test_a_dry_run_prints_a_skus_escape_sequences_as_escapes():
    """`enrich reprocess --dry-run` printed the catalog's skus raw: an ESC in one cleared the operator's terminal."""
    from enrich.reprocess import dry_run_lines

    lines = dry_run_lines(["a\x1b[2Jb", "c\u202ed", "plain"])
    assert lines == ["3 item(s) would be reprocessed", "  a\\x1b[2Jb", "  c\\u202ed", "  plain"]
