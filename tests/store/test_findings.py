"""Saved audits: every finding and each verdict in the output, queried by `enrich sql` beside the attributes."""

import pyarrow as pa
import pytest
from click.testing import CliRunner
from deltalake import DeltaTable

from enrich.cli import main
from enrich.sql import query
from enrich.store import Layout, OutputLock
from tests.results import commit_run, ok_result

AUDITS = {
    # every red answer: 3 of the 5 items of each night
    "red_answer": "-- severity: warning\n-- threshold: 0.9\n"
    "SELECT sku, question_id, 'says ' || answer_en AS detail FROM answers WHERE answer_en = 'red'",
    "blue_answer": "-- severity: blocking\n-- threshold: 0\n"
    "SELECT sku, question_id, NULL AS detail FROM answers WHERE answer_en = 'blue'",
}


def night(out, run_id: str, colors: list[str], started_at: str) -> None:
    results = [ok_result(f"s{n}", n, color=color) for n, color in enumerate(colors)]
    commit_run(out, run_id, results, pa.table({"title": [f"t{n}" for n in range(len(colors))]}), started_at=started_at)


@pytest.fixture
def audited(tmp_path):
    queries = tmp_path / "queries"
    queries.mkdir()
    for name, sql in AUDITS.items():
        (queries / f"{name}.sql").write_text(f"-- invariant: {name}\n{sql}\n")
    out = tmp_path / "out"
    night(out, "r1", ["red", "red", "red", "blue", "green"], "2026-11-25T01:00:00+00:00")
    return out, queries


def audit(out, queries, *options):
    return CliRunner().invoke(main, ["audit", str(out), "--queries", str(queries), "--format", "json", *options])


def rows(out, sql):
    return query(out, sql)[1]


def test_an_output_never_saved_has_empty_audit_views(audited):
    out, _ = audited
    assert rows(out, "select count(*) from findings") == [(0,)]
    assert rows(out, "select count(*) from audit_history") == [(0,)]


def test_save_writes_every_finding_and_each_verdict_for_sql(audited, monkeypatch):
    out, queries = audited
    monkeypatch.setattr("enrich.audit.MAX_FINDINGS", 1)  # the table and JSON are capped; what is saved is not
    result = audit(out, queries, "--save")
    assert result.exit_code == 4, result.output  # blue_answer is blocking and fails: the save happened anyway
    assert "saved 4 finding(s) of 2 audit(s)" in result.output
    found = rows(out, "select audit, severity, sku, question_id, detail, run_id from findings order by audit, sku")
    assert found == [
        ("blue_answer", "blocking", "s3", "color", None, "r1"),
        ("red_answer", "warning", "s0", "color", "says red", "r1"),
        ("red_answer", "warning", "s1", "color", "says red", "r1"),
        ("red_answer", "warning", "s2", "color", "says red", "r1"),
    ]
    verdicts = "select audit, items, flagged, findings, share, passed, skipped from audit_history order by audit"
    assert rows(out, verdicts) == [("blue_answer", 5, 1, 1, 0.2, False, None), ("red_answer", 5, 3, 3, 0.6, True, None)]
    joined = "select i.title, f.audit from findings f join items i using (sku) where f.audit = 'blue_answer'"
    assert rows(out, joined) == [("t3", "blue_answer")]  # the analyst's join: findings beside the attributes


def test_a_later_save_replaces_only_the_audits_it_ran_and_history_keeps_each_verdict(audited):
    out, queries = audited
    audit(out, queries, "--save")
    night(out, "r2", ["blue", "green", "green", "blue", "green"], "2026-11-26T01:00:00+00:00")
    result = audit(out, queries, "--save", "--only", "red_answer")
    assert result.exit_code == 0, result.output
    latest = "select audit, sku, run_id from findings order by audit, sku"
    assert rows(out, latest) == [("blue_answer", "s3", "r1")]  # red_answer found nothing now; blue's kept from r1
    history = "select audit, run_id, flagged from audit_history order by audited_at, audit"
    assert rows(out, history) == [("blue_answer", "r1", 1), ("red_answer", "r1", 3), ("red_answer", "r2", 0)]
    audit(out, queries, "--save")
    assert rows(out, latest) == [("blue_answer", "s0", "r2"), ("blue_answer", "s3", "r2")]


def test_an_audit_that_judged_nothing_keeps_no_earlier_findings(audited, tmp_path):
    out, queries = audited
    audit(out, queries, "--save")
    (queries / "red_answer.sql").write_text(
        "-- invariant: red\n-- severity: warning\n-- threshold: 0.9\n-- requires: items.no_such_column\n"
        "SELECT sku, NULL AS question_id, NULL AS detail FROM items\n"
    )
    audit(out, queries, "--save")
    assert rows(out, "select distinct audit from findings") == [("blue_answer",)]
    skipped = "select skipped from audit_history where audit = 'red_answer' order by audited_at"
    assert rows(out, skipped) == [(None,), ("the output has no items.no_such_column column",)]


def test_a_save_while_another_process_writes_the_output_is_refused_and_writes_nothing(audited):
    out, queries = audited
    with OutputLock(out):
        result = audit(out, queries, "--save")
    assert result.exit_code == 1 and "another enrich run is writing" in result.output, result.output
    assert rows(out, "select count(*) from findings") == [(0,)]


def test_compact_and_vacuum_keep_the_audit_tables_small_and_whole(audited):
    out, queries = audited
    for name in ("red_answer", "blue_answer", "red_answer", "blue_answer"):
        audit(out, queries, "--save", "--only", name)  # each save replaces one audit's rows: a file each
    findings, history = (Layout.of(out).table(name) for name in ("findings", "audit_history"))
    assert len(DeltaTable(str(findings)).file_uris()) == 2 and len(DeltaTable(str(history)).file_uris()) == 4
    before = rows(out, "select audit, sku from findings order by all"), rows(out, "select count(*) from audit_history")
    compacted = CliRunner().invoke(main, ["compact", str(out), "--max-files", "1"])
    assert compacted.exit_code == 0 and "findings" in compacted.output, compacted.output
    assert len(DeltaTable(str(findings)).file_uris()) == 1 and len(DeltaTable(str(history)).file_uris()) == 1
    vacuumed = CliRunner().invoke(main, ["vacuum", str(out), "--keep-days", "0"])
    assert vacuumed.exit_code == 0, vacuumed.output
    after = rows(out, "select audit, sku from findings order by all"), rows(out, "select count(*) from audit_history")
    assert after == before and before[1] == [(4,)]
    assert len(list(findings.glob("*.parquet"))) == 1  # the replaced findings' files are gone


def test_a_run_finishing_while_the_audits_run_refuses_the_save_and_keeps_the_page(audited, tmp_path, monkeypatch):
    """The findings judged r1's results; stamped with r2, which finished meanwhile, they described answers they never
    saw."""
    import enrich.audit

    out, queries = audited
    real = enrich.audit.run_audits

    nights = iter([("r2", "2026-11-26T01:00:00+00:00"), ("r4", "2026-11-28T01:00:00+00:00")])

    def slow_audits(*args, **kwargs):
        results = real(*args, **kwargs)
        run_id, started_at = next(nights)
        night(out, run_id, ["green"] * 5, started_at)  # the nightly run ends during the audits
        return results

    monkeypatch.setattr(enrich.audit, "run_audits", slow_audits)
    page = tmp_path / "review.html"
    result = audit(out, queries, "--save", "--html", str(page))
    # blue_answer, blocking, failed: the nightly job must see 4 (the verdict), with the refusal said too
    assert result.exit_code == 4 and "run r2 finished while the audits ran (they judged r1's" in result.output
    assert "blocking audit(s) failed: blue_answer" in result.output
    assert page.stat().st_size > 0 and rows(out, "select count(*) from findings") == [(0,)]
    night(out, "r3", ["red"] * 5, "2026-11-27T01:00:00+00:00")
    result = audit(out, queries, "--save", "--only", "red_answer")  # no blocking verdict: the refusal is exit 1
    assert result.exit_code == 1 and "run r4 finished while the audits ran (they judged r3's" in result.output


@pytest.mark.parametrize(
    "detail, saved",
    [
        ("[answer_en, 'x']", '["red", "x"]'),  # a list or a struct: JSON
        ("INTERVAL 3 DAY", "3 days"),  # a stale-result audit's `now() - processed_at` (before, `[0, 3, 0]`)
        ("'\\xFF'::BLOB", "\\xff"),  # in hex, as enrich sql prints a BLOB (before, `b'\\xff'`)
    ],
)
def test_a_detail_of_any_type_is_saved_as_enrich_sql_shows_it(audited, detail, saved):
    out, queries = audited
    for name in AUDITS:
        (queries / f"{name}.sql").unlink()
    (queries / "typed.sql").write_text(
        "-- invariant: typed\n-- severity: warning\n-- threshold: 1\n"
        f"SELECT sku, question_id, {detail} AS detail FROM answers WHERE sku = 's0' UNION ALL "
        "SELECT sku, question_id, NULL FROM answers WHERE sku = 's1'\n"
    )
    result = audit(out, queries, "--save")
    assert result.exit_code == 0, result.output
    assert rows(out, "select sku, detail from findings order by sku") == [("s0", saved), ("s1", None)]
    assert "INTERVAL" not in detail or '"detail": "3 days"' in result.output  # the JSON shows it so too


def test_a_plain_folder_of_results_is_refused_before_the_audits_run(tmp_path):
    from tests.test_audit import healthy, write_output

    item, answers = healthy("s0", 0)
    out = write_output(tmp_path / "plain", [item], answers)
    result = CliRunner().invoke(main, ["audit", str(out), "--save"])
    assert result.exit_code == 1 and "is no enrich output with Delta tables" in result.output
    assert not (out / "tables").exists()


@pytest.mark.parametrize("damage", ["files removed", "commit cut short", "commit emptied", "a file, not a folder"])
def test_a_damaged_audit_table_fails_only_its_own_view_and_says_how_to_recover(audited, damage):
    """A findings table damaged by hand stopped every audit (the nightly gate), `reprocess --audit`, `compact` and
    `vacuum`, with a Rust backtrace or a word of a newer enrich (the seventh adversarial pass)."""
    import shutil

    out, queries = audited
    assert audit(out, queries, "--save").exit_code == 4
    table = Layout.of(out).table("findings")
    commits = sorted((table / "_delta_log").glob("*.json"))
    if damage == "files removed":
        for part in table.glob("*.parquet"):
            part.unlink()
    elif damage == "commit cut short":
        commits[-1].write_text(commits[-1].read_text()[:100])
    elif damage == "commit emptied":
        for commit in commits:
            commit.write_text("")
    else:
        shutil.rmtree(table)
        table.write_text("not a table")
    gate = audit(out, queries, "--only", "red_answer")
    assert gate.exit_code == 0 and "Traceback" not in gate.output, gate.output  # the audits judge the answers
    for sql in (
        "select count(*) from findings",
        "select count(*) from findings where severity = 'warning'",
        "select exists (select 1 from findings where sku = 's0')",
    ):  # a filter on a column read as 0 rows, and said nothing (a review)
        with pytest.raises(Exception, match=f"remove {table}"):
            rows(out, sql)
    assert rows(out, "select count(*) from audit_history") == [(2,)]  # the other table reads
    refused = audit(out, queries, "--save")
    assert refused.exit_code == 1 and f"remove {table}" in refused.output and "newer" not in refused.output
    for command in (["compact", str(out), "--max-files", "1"], ["vacuum", str(out), "--keep-days", "1"]):
        maintained = CliRunner().invoke(main, command)
        assert maintained.exit_code == 0 and "Traceback" not in maintained.output, maintained.output
    shutil.rmtree(table) if table.is_dir() else table.unlink()  # the remedy: the next save writes it again
    assert audit(out, queries, "--save").exit_code == 4 and rows(out, "select count(*) from findings") == [(4,)]
