import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from enrich.cli import main
from tests.test_sql import out  # noqa: F401  (fixture)


def invoke(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_with_an_example(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.output


def test_help_and_version_import_neither_torch_nor_ray():
    code = (
        "import sys\nfrom click.testing import CliRunner\nfrom enrich.cli import main\n"
        "assert CliRunner().invoke(main, ['--help']).exit_code == 0\n"
        "assert CliRunner().invoke(main, ['run', '--help']).exit_code == 0\n"
        "print(sorted(m for m in ('torch', 'ray', 'transformers', 'peft') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert invoke("--version").output.startswith("enrich, version")


def test_bad_catalog_fails_before_any_model_or_ray(tmp_path):
    catalog = tmp_path / "c.csv"
    catalog.write_text("sku,image\na,1.jpg\na,2.jpg\n")
    result = CliRunner().invoke(main, ["run", "--catalog", str(catalog), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "duplicate sku" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "o").exists()


def test_missing_model_fails_before_ray(tmp_path, make_image):
    make_image("a.jpg")
    result = CliRunner().invoke(main, ["run", "--catalog", str(tmp_path), "--model", str(tmp_path / "nope")])
    assert result.exit_code == 1 and "model not found" in result.output


def test_sql_formats_parameters_and_refusals(out):  # noqa: F811
    table = invoke("sql", str(out), "select sku, status from items order by sku")
    assert table.exit_code == 0 and "(3 rows)" in table.output
    rows = json.loads(
        invoke("sql", str(out), "select sku from items where sku = $s", "-p", "s", "s1", "--format", "json").output
    )
    assert rows == [{"sku": "s1"}]
    where = "select sku from items where sku = $s"
    twice = CliRunner().invoke(main, ["sql", str(out), where, "-p", "s", "s1", "-p", "S", "s2"])
    assert twice.exit_code == 2 and "-p S is given twice" in twice.output  # the last one was bound, silently
    unused = CliRunner().invoke(main, ["sql", str(out), "select 1", "-p", "s", "s1"])
    assert unused.exit_code == 1 and "-p s: the query has no $s" in unused.output  # DuckDB: "Expected 0, got 1"
    missing = CliRunner().invoke(main, ["sql", str(out), where])
    assert (
        missing.exit_code == 1 and "no value is given for it (`enrich sql` binds one with -p s VALUE" in missing.output
    )
    keywords = "select sku from items where sku = $name or sku = $type or sku = $name order by sku"
    bound = ["-p", "name", "s1", "-p", "type", "s2", "--format", "csv"]
    assert invoke("sql", str(out), keywords, *bound).output == "sku\ns1\ns2\n"  # keywords to DuckDB's tokenizer
    numbered = "select sku from items where sku = $1 or sku = $2 order by sku"
    assert (
        invoke("sql", str(out), numbered, "-p", "1", "s1", "-p", "2", "s2", "--format", "csv").output == "sku\ns1\ns2\n"
    )
    assert invoke("sql", str(out), where, "-p", "$s", "s1", "--format", "csv").output == "sku\ns1\n"
    assert invoke("sql", str(out), "select count(*) as n from answers", "--format", "csv").output == "n\n3\n"
    refused = CliRunner().invoke(main, ["sql", str(out), "select * from read_csv('/etc/passwd')"])
    assert refused.exit_code == 1 and "reads the views" in refused.output
    long = "select repeat('x', 100) as t"
    assert "x" * 59 + "…" in invoke("sql", str(out), long).output  # a table's cells are cut at 60 by default
    assert "\n" + "x" * 100 + "\n" in invoke("sql", str(out), long, "--width", "120").output


def test_sql_gives_single_precision_shares_as_written_and_nested_values_as_json_in_csv(out):  # noqa: F811
    sql = (
        "select [{'color': 'red', 'share': 0.66::FLOAT}] as colors, 0.66::FLOAT as share, 0.123456789::DOUBLE as exact"
    )
    rows = json.loads(invoke("sql", str(out), sql, "--format", "json").output)
    assert rows == [{"colors": [{"color": "red", "share": 0.66}], "share": 0.66, "exact": 0.123456789}]
    csv_lines = invoke("sql", str(out), sql, "--format", "csv").output.splitlines()
    assert csv_lines == ["colors,share,exact", '"[{""color"": ""red"", ""share"": 0.66}]",0.66,0.123456789']
    keyed = invoke("sql", str(out), "select map([date '2020-01-01'], [1]) as m", "--format", "csv")
    assert keyed.exit_code == 0 and "2020" in keyed.output  # no JSON object: as written, not a crash
    mixed = "select {'share': 0.66::FLOAT, 'exact': 0.123456789::DOUBLE} as s, map(['a'], [0.66::FLOAT]) as m"
    mixed += ", [0.66::FLOAT, NULL]::FLOAT[2] as pair"
    rows = json.loads(invoke("sql", str(out), mixed, "--format", "json").output)
    assert rows == [{"s": {"share": 0.66, "exact": 0.123456789}, "m": {"a": 0.66}, "pair": [0.66, None]}]


def test_questions_naming_an_undefined_adapter_fail_before_ray(tmp_path, make_image):
    make_image("a.jpg")
    questionnaire = tmp_path / "q.toml"
    questionnaire.write_text('[[questions]]\nid = "x"\nprompt = "Question: x? Answer:"\nadapter = "caption"\n')
    result = CliRunner().invoke(main, ["run", "--catalog", str(tmp_path), "--questionnaire", str(questionnaire)])
    assert result.exit_code == 1 and "adapter(s) ['caption']" in result.output
    bad = CliRunner().invoke(main, ["run", "--catalog", str(tmp_path), "--named-adapter", "no-equals-sign"])
    assert bad.exit_code == 2 and "NAME=LOCATION" in bad.output


@pytest.mark.parametrize("command", [["compact"], ["vacuum", "--keep-days", "1"], ["migrate"]])
def test_maintenance_refuses_a_folder_that_is_no_output_and_leaves_it_as_it_was(tmp_path, command):
    """Compacting the image folder by mistake made five empty tables and a lock file in it, and said done."""
    (tmp_path / "a.jpg").write_bytes(b"x")
    result = CliRunner().invoke(main, [command[0], str(tmp_path), *command[1:]])
    assert result.exit_code == 1 and "is not an enrich output" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jpg"]


def test_status_of_a_folder_that_is_no_output_says_so_once(tmp_path, caplog):
    """The reason came twice, first behind "run counts from the manifests only:"."""
    result = CliRunner().invoke(main, ["status", str(tmp_path)])
    assert result.exit_code == 1 and result.output.count("holds no enrich output") == 1
    assert "run counts from the manifests only" not in caplog.text


@pytest.mark.parametrize("days", ["nan", "inf", "1e12", "-1"])
def test_vacuum_refuses_a_number_of_days_no_date_can_be_made_of(out, days):  # noqa: F811
    result = CliRunner().invoke(main, ["vacuum", str(out), "--keep-days", days])  # a timedelta traceback, before
    assert result.exit_code == 2 and "--keep-days" in result.output and "Traceback" not in result.output


def test_audit_refuses_an_empty_audit_folder_and_an_unwritable_page_before_running(tmp_path, out):  # noqa: F811
    empty = tmp_path / "queries"
    empty.mkdir()
    result = CliRunner().invoke(main, ["audit", str(out), "--queries", str(empty)])
    assert result.exit_code == 1 and "no audits (*.sql files)" in result.output  # a CI gate that ran nothing passed
    result = CliRunner().invoke(main, ["audit", str(out), "--html", str(tmp_path / "nowhere" / "r.html")])
    assert result.exit_code == 2 and "its folder does not exist" in result.output


def test_run_names_an_output_path_it_cannot_write(tmp_path):
    (tmp_path / "file").write_text("x")
    (tmp_path / "c.csv").write_text("sku,image\na,a.jpg\n")
    result = CliRunner().invoke(main, ["run", "--catalog", str(tmp_path / "c.csv"), "--out", str(tmp_path / "file")])
    assert result.exit_code == 1 and "cannot write to the output folder" in result.output


@pytest.mark.parametrize("value", ["inf", "nan", "1e30", "0"])
def test_a_query_timeout_that_is_no_number_of_seconds_is_refused_by_click(tmp_path, value):
    result = CliRunner().invoke(main, ["sql", str(tmp_path), "select 1", "--timeout", value])
    assert result.exit_code == 2 and "--timeout" in result.output and "Traceback" not in result.output, result.output


def test_a_night_that_updates_half_the_catalog_without_the_model_names_catalog_columns(capsys):
    from enrich.cli.run import _print_summary
    from enrich.job import RunSummary

    def printed(updated: int, items: int, **others) -> str:
        _print_summary(RunSummary("r", "out", items, 0, 0, {}, 1.0, metadata_updated=updated, **others))
        return capsys.readouterr().out

    assert "store only the others (job key catalog_columns)" in printed(1500, 2000)
    assert "catalog_columns" not in printed(900, 2000) + printed(999, 1000)  # a share, or a few, are the seller's edits
    # a questionnaire's pt-BR corrected, or a rollback: every item updated without the model, no catalog column
    assert "catalog_columns" not in printed(2000, 2000, relabelled=2000) + printed(2000, 2000, restored=2000)
    said = printed(2000, 2000, relabelled=1500, restored=500)
    assert "2000 updated without the model (1500 read again through the edited questionnaire, 500 restored from" in said
