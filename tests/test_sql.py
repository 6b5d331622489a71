import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from enrich import EnrichError
from enrich.display import render, render_batches
from enrich.sql import QueryLimits, check_select, connect, fetch, query, query_batches
from enrich.store import Layout, maintenance, writer
from tests.results import commit_run, error_result, ok_result


@pytest.fixture
def out(tmp_path):
    """Two runs: s1 fails then succeeds; s2 only in the first run; a quote-laden sku; the second is unfinished."""
    extras = pa.table({"title": ["one", "two", "three"]})
    commit_run(tmp_path, "r1", [error_result("s1", 0), ok_result("s2", 1), ok_result('it\'s "odd"', 2)], extras)
    commit_run(tmp_path, "r2", [ok_result("s1", 0)], extras, status="running", started_at="2026-11-25T02:00:00+00:00")
    writer.open_output(Layout.of(tmp_path))  # the next writer publishes what the unfinished run committed
    return tmp_path


def test_items_and_answers_are_latest_per_sku(out):
    _, rows = query(out, "select sku, run_id, status, title from items order by sku")
    assert rows == [('it\'s "odd"', "r1", "ok", "three"), ("s1", "r2", "ok", "one"), ("s2", "r1", "ok", "two")]
    _, rows = query(out, "select sku, run_id, question_id from answers order by sku")
    assert rows == [('it\'s "odd"', "r1", "color"), ("s1", "r2", "color"), ("s2", "r1", "color")]
    _, [(items, answers)] = query(
        out, "select (select count(*) from items_history), (select count(*) from answers_history)"
    )
    assert (items, answers) == (4, 3)


def test_runs_view_has_counts_and_timings(out):
    columns, rows = query(out, "select run_id, status, items, ok, errors, model from runs order by run_id")
    assert rows == [("r1", "finished", 3, 2, 1, "m"), ("r2", "running", 1, 1, 0, "m")]
    assert {"started_at", "finished_at", "seconds", "questionnaire_sha256"} <= set(query(out, "select * from runs")[0])


def test_parameters_are_bound_so_quotes_match_literally(out):
    _, rows = query(out, "select sku from items where sku = $sku", {"sku": 'it\'s "odd"'})
    assert rows == [('it\'s "odd"',)]
    _, rows = query(out, "select sku from items where sku = $sku", {"sku": "x' or '1'='1"})
    assert rows == []


@pytest.mark.parametrize(
    "sql",
    [
        "select * from read_csv('/etc/passwd')",
        "select * from read_text('/etc/hostname')",
        "select 1; copy items to '/tmp/leak.csv'",
        "copy (select 1) to 'out.csv'",
        "attach '/tmp/other.db'",
        "install httpfs",
        "set enable_external_access = true",
        "select * from items; drop view items",
        "create table t as select 1",
    ],
)
def test_the_connection_is_locked_down(out, sql):
    with pytest.raises(EnrichError):
        query(out, sql)
    with pytest.raises(EnrichError):  # the connection itself, behind the refusal of file readers in a query
        con = connect(out)
        check_select(con, sql)
        fetch(con, sql)


def test_a_query_reads_the_views_not_a_tables_files(out):
    """A table's folder also holds the files its earlier versions replaced: a glob over it counts old rows."""
    items = Layout.of(out).table("items")
    for sql in (
        f"select count(*) from read_parquet('{items}/*.parquet')",
        f"select * from glob('{items}/*')",
        f"select count(*) from '{items}/*.parquet'",  # a file named as a table: DuckDB's replacement scan
        f'select count(*) from "{items}/part-0.parquet"',
        f'select count(*) from "{items}/*"."parquet"',  # split into a schema and a table, joined back by DuckDB
        'select count(*) from "tables"."parquet"',
        f"select count(*) from read_parquet/**/('{items}/*.parquet')",  # a comment before the parenthesis
        f"select * from items where sku in (select sku from query_table('{items}/*.parquet'))",
        f"with x as (select * from read_csv('{items}/a.csv')) select 1",
    ):
        with pytest.raises(EnrichError, match=r"reads the views .*docs/output.md#reading"):
            query(out, sql)
        with pytest.raises(EnrichError, match="reads the views"):
            next(query_batches(out, sql))
    assert query(out, "select 'read_parquet(' as glob, 1 as read_csv from items limit 1")[1] == [("read_parquet(", 1)]
    [(items_count,)] = query(out, "select count(*) from items")[1]
    assert query(out, 'with "top.colors" as (select 1 as n) select n from "top.colors"')[1] == [(1,)]  # a CTE's name
    assert query(out, "select count(*) from memory.main.items, repeat_row(1, num_rows = 2)")[1] == [(items_count * 2,)]
    assert query(out, "select count(*) from items, unnest([1, 2]) u(n), range(2) r(k)")[1] == [(items_count * 4,)]


def test_settings_cannot_be_changed_even_directly(out):
    con = connect(out)
    with pytest.raises(duckdb.Error):
        con.execute("SET enable_external_access = true")
    with pytest.raises(duckdb.Error):
        con.execute("SELECT * FROM read_csv('/etc/passwd')")


def test_no_connection_draws_a_progress_bar_into_the_output(out):
    """DuckDB draws it on stdout after 2 s, even into a pipe: `enrich sql ... > file` and --json carried it.

    Under pytest DuckDB turns it off by itself, so the connections are made in a plain interpreter."""
    setting = "SELECT current_setting('enable_progress_bar')"
    code = (
        "import sys; from enrich.sql import connect; from enrich.store import Layout, writer; "
        f"print(connect(sys.argv[1]).execute({setting!r}).fetchone()[0], "
        f"writer.open_output(Layout.of(sys.argv[1])).duckdb({{}}).execute({setting!r}).fetchone()[0])"
    )
    shown = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["False", "False"]


def test_empty_and_foreign_folders(tmp_path):
    with pytest.raises(EnrichError, match="no enrich output"):
        connect(tmp_path)
    (tmp_path / "runs").mkdir()
    assert query(tmp_path, "select count(*) from items")[1] == [(0,)]
    assert query(tmp_path, "select count(*) from answers")[1] == [(0,)]
    assert query(tmp_path, "select count(*) from runs")[1] == [(0,)]


def test_the_tables_folder_of_an_output_is_refused_not_read_as_plain_results(out):
    """`enrich sql/status/audit OUT/tables` globbed the Delta tables' folders as a plain output: every file an
    earlier version replaced counted too (an item twice or more), and the audits' shares came out wrong, exit 0."""
    from click.testing import CliRunner

    from enrich.cli import main

    maintenance.compact(writer.open_output(Layout.of(out)), max_files=0)  # replaced files stay on disk until a vacuum
    with pytest.raises(EnrichError, match=r"is the tables folder of the output .*; give .* itself"):
        connect(out / "tables")
    result = CliRunner().invoke(main, ["status", str(out / "tables")])
    assert result.exit_code == 1 and "is the tables folder of the output" in result.output, result.output


def test_render_formats():
    columns, rows = ["sku", "n"], [("a", 1), ("b\nc", None)]
    table = render(columns, rows)
    assert table.splitlines()[0].split() == ["sku", "n"] and "NULL" in table and "(2 rows)" in table
    assert render(columns, rows, "csv").splitlines()[0] == "sku,n"
    assert json.loads(render(columns, rows, "json")) == [{"sku": "a", "n": 1}, {"sku": "b\nc", "n": None}]


def test_exports_stream_in_batches_and_say_what_json_and_csv_cannot_hold():
    columns = ["n", "x", "ok"]
    batches = [[(i, float(i) / 2, i % 2 == 0) for i in range(k, k + 3)] for k in (0, 3, 6)]
    whole = [row for batch in batches for row in batch]
    assert (
        "".join(render_batches(columns, iter(batches), "json"))
        == json.dumps([dict(zip(columns, r)) for r in whole], indent=2) + "\n"
    )  # the same text as one dump, written a batch at a time
    csv_text = "".join(render_batches(columns, iter(batches), "csv"))
    assert csv_text.splitlines()[:3] == ["n,x,ok", "0,0.0,true", "1,0.5,false"] and len(csv_text.splitlines()) == 10
    odd = [[(float("nan"), [float("inf"), 1.5], None)]]
    assert json.loads("".join(render_batches(columns, iter(odd), "json"))) == [
        {"n": None, "x": [None, 1.5], "ok": None}
    ]
    assert "".join(render_batches(columns, iter([]), "json")) == "[]\n"


def test_a_table_shows_its_first_rows_and_says_there_are_more(monkeypatch):
    import enrich.display

    monkeypatch.setattr(enrich.display, "TABLE_ROWS", 4)
    consumed = []

    def batches():
        for k in range(0, 1000, 3):
            consumed.append(k)
            yield [(i,) for i in range(k, k + 3)]

    lines = "".join(render_batches(["n"], batches(), "table")).splitlines()
    assert lines[2:6] == ["0", "1", "2", "3"] and "there are more" in lines[-1] and len(lines) == 7
    assert consumed == [0, 3]  # no more of the result is read


def test_query_batches_stream_the_result(out):
    batches = query_batches(out, "select i, 0.66::FLOAT as share from range(7) t(i)", rows=3)
    assert next(batches) == ["i", "share"]
    assert [[share for _, share in b] for b in batches] == [[0.66] * 3, [0.66] * 3, [0.66]]
    with pytest.raises(EnrichError, match="only a single SELECT"):
        next(query_batches(out, "delete from items"))


def test_a_misspelt_view_or_the_old_lambda_arrow_is_named_with_its_fix(out):
    with pytest.raises(EnrichError, match=r"no view answer \(did you mean answers\?\); the views are items, answers"):
        query(out, "select * from answer")  # DuckDB alone suggested pg_constraint
    with pytest.raises(EnrichError, match="no view foo; the views are"):
        query(out, "select * from foo")
    with pytest.raises(EnrichError, match="lambda p: p.color"):
        query(out, "select list_transform(pixel_colors, p -> p.color) from items")


def test_stray_and_unreferenced_parquet_files_are_invisible(out):
    history = Layout.of(out).table("items_history")
    (history / "part-99999-stray.parquet").write_bytes(b"PAR1 truncated by a crash")
    (history / ".part-00000.parquet.tmp-123").write_bytes(b"half")
    _, [(count,)] = query(out, "select count(*) from items_history")
    assert count == 4


def test_a_query_past_its_time_limit_is_stopped_with_a_clear_message(out):
    sql = "select count(*) from range(100000) a, range(100000) b, range(100000) c"
    with pytest.raises(EnrichError, match=r"stopped after 0.5s \(the time limit\); narrow it, or raise --timeout"):
        query(out, sql, limits=QueryLimits(seconds=0.5))


def test_a_query_past_its_memory_limit_fails_with_a_clear_message(out):
    sql = "select string_agg(repeat('x', 100) || i::varchar, ',') from range(2000000) t(i)"
    with pytest.raises(EnrichError, match="more than the 32MB memory limit; narrow it, or raise --memory-limit"):
        query(out, sql, limits=QueryLimits(memory="32MB"))
    with pytest.raises(EnrichError, match="is not a size DuckDB reads"):
        query(out, "select 1", limits=QueryLimits(memory="lots"))


def test_the_working_directorys_tmp_folder_is_not_readable(out, tmp_path_factory, monkeypatch):
    cwd = tmp_path_factory.mktemp("cwd")  # DuckDB's default temp folder is ./.tmp: it used to be readable
    monkeypatch.chdir(cwd)
    (cwd / ".tmp").mkdir()
    (cwd / ".tmp" / "secret.csv").write_text("password\nhunter2\n")
    for sql in ("select * from read_csv('.tmp/secret.csv')", f"select * from read_csv('{cwd}/.tmp/secret.csv')"):
        with pytest.raises(EnrichError, match="Permission Error|not allowed|disabled"):
            fetch(connect(out), sql)  # the connection's own lock, behind query's refusal of file readers


def test_views_are_found_after_non_ascii_text():
    from enrich.sql import views_named

    # DuckDB's token offsets count UTF-8 bytes: read as characters they cut "items" out of this query
    assert {"items", "answers"} <= views_named("SELECT '₹₹₹₹₹₹' AS x FROM answers UNION ALL SELECT 'x' FROM items")


def test_a_column_older_files_lack_reads_as_null(tmp_path):
    """Files written before a column existed (items.enriched_run_id) read as NULL there, not as an error."""
    import pyarrow.parquet as pq

    for name, table in (("items", pa.table({"sku": ["a"], "status": ["ok"]})), ("answers", pa.table({"sku": ["a"]}))):
        (tmp_path / name).mkdir()
        pq.write_table(table, tmp_path / name / "part-0.parquet")
    assert query(tmp_path, "select sku, enriched_run_id, pixel_colors from items")[1] == [("a", None, None)]
    assert query(tmp_path, "select count(question_id) from answers")[1] == [(0,)]


def test_the_texts_of_results_made_elsewhere_read_without_the_whitespace_around_them(tmp_path):
    """BLIP-2's OPT decoder ends its text with a newline; kept in a hand-made output, it hid every text's end from the
    audits: "the buttons and the\n" was no text cut mid-phrase."""
    import pyarrow.parquet as pq

    from enrich.audit import load_audits, run_audits
    from enrich.config import bundled_queries_dir

    items = pa.table({"sku": ["a"], "status": ["ok"], "caption_en": ["a man in a red shirt and\n"]})
    answers = pa.table(
        {
            "sku": ["a"],
            "question_id": ["details"],
            "kind": ["open"],
            "status": ["ok"],
            "answer_en": ["the shirt details are the buttons and the\n"],
            "raw_en": ["  the shirt details are the buttons and the\r\n"],
        }
    )
    for name, table in (("items", items), ("answers", answers)):
        (tmp_path / name).mkdir()
        pq.write_table(table, tmp_path / name / "part-0.parquet")
    assert query(tmp_path, "select caption_en from items")[1] == [("a man in a red shirt and",)]
    texts = query(tmp_path, "select answer_en, raw_en from answers")[1]
    assert texts == [("the shirt details are the buttons and the",) * 2]
    [result] = run_audits(tmp_path, load_audits(bundled_queries_dir(), ("cut_mid_phrase",)))
    assert {(f.sku, f.question_id) for f in result.findings} == {("a", "caption"), ("a", "details")}


def test_json_keeps_repeated_column_names_apart_and_blobs_are_hex():
    """`select 1 as a, 2 as a` lost its first `a` in JSON; a BLOB was Python's b'...' in both exports."""
    import json

    from enrich.display import render

    assert json.loads(render(["a", "a", "b"], [(1, 2, b"ab")], "json")) == [{"a": 1, "a_2": 2, "b": "\\x6162"}]
    assert render(["b"], [(b"ab",)], "csv") == "b\n\\x6162"


def test_a_table_shows_control_characters_as_escapes_not_to_the_terminal():
    """An ESC in a catalog title recoloured or cleared the operator's terminal; a U+202E reversed what followed."""
    from enrich.display import render

    shown = render(["t\x1b"], [("red\x1b[2J\x00\tdone\u202eevil",), (b"\x1b",)], "table")
    assert "\x1b" not in shown and "\x00" not in shown and "\u202e" not in shown and "\t" not in shown
    assert "red\\x1b[2J\\x00\\tdone\\u202eevil" in shown and "t\\x1b" in shown and "\\x1b\n" in shown
    assert render(["t"], [("café ₹ 東京",)], "table").splitlines()[2] == "café ₹ 東京"
    cut = render(["t"], [("abcdefg\x1bhij",)], "table", max_width=10).splitlines()[2]
    assert cut == "abcdefg…"  # not "abcdefg\\x…": an escape is cut whole
    assert "\\u200f" in render(["t"], [("a\u200fb\u2028c",)], "table") and "\\u2028" in render(["t"], [("\u2028",)])


def test_audit_tables_escape_control_characters_in_names_and_reasons():
    from enrich.accuracy import accuracy_lines
    from enrich.audit import Audit, AuditResult, table_lines

    audit = Audit(name="evil\x1b[31m", invariant="", sql="select 1", severity="warning", threshold=0.0)
    [line] = table_lines([AuditResult(audit, findings=[], items=1, skipped="no \x07 column")])[1:]
    assert "\x1b" not in line and "\x07" not in line and "evil\\x1b[31m" in line and "no \\x07 column" in line
    [row] = accuracy_lines({"q\x1b": {"labelled": 1, "correct": 1, "accuracy": 1.0}})[1:]
    assert row.startswith("q\\x1b ")


def test_intervals_read_as_duckdb_writes_them_in_every_format(out):
    """Python's form ("1 day, 2:00:00") is not one DuckDB reads back as an INTERVAL."""
    from enrich.display import render

    sql = "select interval '1 day 02:00:00.5' as a, interval '-1 second' as b, [interval 3 hour] as c"
    columns, rows = query(out, sql)
    assert render(columns, rows, "csv").splitlines()[1] == '1 day 02:00:00.5,-00:00:01,"[""03:00:00""]"'
    assert json.loads(render(columns, rows, "json"))[0] == {
        "a": "1 day 02:00:00.5",
        "b": "-00:00:01",
        "c": ["03:00:00"],
    }
    assert "1 day 02:00:00.5  -00:00:01" in render(columns, rows, "table")
    written = ["-36 hours", "-1 day -2 hours", "25 hours", "1 day", "0 seconds", "-0.25 seconds", "3 days 00:00:01"]
    columns, rows = query(out, "select " + ", ".join(f"interval '{text}'" for text in written))
    shown = render(columns, rows, "csv").splitlines()[1].split(",")
    assert shown[3:5] == ["1 day", "00:00:00"]
    sql = "select " + " and ".join(f"'{s}'::interval = interval '{w}'" for s, w in zip(shown, written))
    assert query(out, sql)[1] == [(True,)]  # each reads back as the same interval


def test_nested_dates_decimals_and_blobs_read_as_json_in_every_format(out):
    """A map keyed by dates (`histogram(processed_at::date)`, rows per night) crashed --format json, and the table
    and CSV showed Python's forms: [datetime.date(2026, 12, 4)], [Decimal('1.50')], [b'ab']."""
    sql = (
        "select histogram(processed_at::date) h, [1.5::decimal(4,2)] d, [blob 'ab'] b, [date '2026-12-04'] t, "
        "['nan'::double] n from items"
    )
    columns, rows = query(out, sql)
    [row] = json.loads(render(columns, rows, "json"))
    [(day, count)] = row["h"].items()
    assert count == 3 and len(day) == 10 and row["d"] == [1.5] and row["b"] == ["\\x6162"] and row["n"] == [None]
    csv_cells = render(columns, rows, "csv").splitlines()[1]
    assert f'{{""{day}"": 3}}' in csv_cells and '[""2026-12-04""]' in csv_cells and "[null]" in csv_cells
    table = render(columns, rows, "table")
    assert '["2026-12-04"]' in table and "[1.5]" in table and "datetime" not in table and "Decimal" not in table
    # a decimal no float holds keeps its digits (DuckDB's to_json does), and a boolean key is written as DuckDB does
    columns, rows = query(out, "select [12345678901234567.89::decimal(38,2), 0.1::decimal(4,1)] d, map([true], [1]) m")
    assert json.loads(render(columns, rows, "json"))[0] == {"d": ["12345678901234567.89", 0.1], "m": {"true": 1}}


def test_a_long_chain_of_operators_is_checked_not_a_recursion_error(out):
    """180 columns joined by `||` (an export of one line per row) passed Python's recursion limit in the check of the
    parse tree; DuckDB itself runs it."""
    columns, rows = query(out, "select " + " || ',' || ".join(["sku"] * 180) + " as line from items order by sku")
    assert rows[0][0].count(",") == 179


def test_ctrl_c_stops_a_query_as_an_interrupt_not_a_traceback(out, monkeypatch):
    """DuckDB stops a query on SIGINT with RuntimeError("Query interrupted"): `enrich sql` printed its traceback."""
    from enrich.sql import limited

    with pytest.raises(KeyboardInterrupt):
        with limited(duckdb.connect(), QueryLimits()):
            raise RuntimeError("Query interrupted")
    with pytest.raises(RuntimeError, match="another"):  # any other RuntimeError is not an interrupt
        with limited(duckdb.connect(), QueryLimits()):
            raise RuntimeError("another")
    # the command: click's "Aborted!" and exit 1 (a signal sent from a test raced the process's start)
    from click.testing import CliRunner

    import enrich.sql
    from enrich.cli import main

    class Interrupted:  # a connection whose query Ctrl-C stops, as DuckDB says it
        def __init__(self, con):
            self.con = con

        def __getattr__(self, name):
            return getattr(self.con, name)

        def execute(self, *args, **kwargs):
            raise RuntimeError("Query interrupted")

    connect = enrich.sql.connect
    monkeypatch.setattr(enrich.sql, "connect", lambda *args, **kwargs: Interrupted(connect(*args, **kwargs)))
    stopped = CliRunner().invoke(main, ["sql", str(out), "select count(*) from items"])
    assert stopped.exit_code == 1 and "Aborted!" in stopped.output and "Traceback" not in stopped.output


def test_a_data_file_missing_from_a_table_is_named_not_a_traceback(out):
    """A partial restore: DuckDB's IOException from the view's DESCRIBE came out as a traceback."""
    from deltalake import DeltaTable

    part = Path(DeltaTable(str(out / "tables" / "items")).file_uris()[0].removeprefix("file://"))
    part.rename(part.with_suffix(".away"))
    with pytest.raises(EnrichError, match=rf"view items: .*{part.name}, a file its table's log names, is missing"):
        query(out, "select count(*) from items")


def test_runs_view_names_each_runs_translator_and_seller_map_and_tells_a_reprocess(tmp_path):
    """An analyst following pt-BR or the seller audits over months could not tie a change to the run that brought
    a new translator or seller map, nor tell a reprocess of 2 items from a night (the evolution pass)."""
    from enrich.store.runs import write_manifest

    layout = Layout.of(tmp_path)
    config = {"mt_model": "/models/opus-mt", "seller_map": "/jobs/seller_map.toml"}
    write_manifest(layout, {"run_id": "20261201T010000Z-aaaaaa", "status": "finished", "config": config})
    write_manifest(layout, {"run_id": "20261202T010000Z-aaaaaa", "status": "finished", "reprocess": True})
    _, rows = query(tmp_path, "select mt_model, seller_map, reprocess from runs order by run_id")
    assert rows == [("/models/opus-mt", "/jobs/seller_map.toml", None), (None, None, True)]


def test_runs_view_says_how_the_model_ran_and_what_it_was_asked(tmp_path):
    """A change of dtype or quantization sends no item through the model again; and runs whose questionnaires differ
    in pt-BR or aliases alone asked the same: an analyst could tell neither from the runs view."""
    from enrich.store.runs import write_manifest

    layout = Layout.of(tmp_path)
    config = {"dtype": "bfloat16", "quantize": "4bit"}
    questionnaire = {"sha256": "a", "model_sha256": "m", "asked_sha256": "q"}
    write_manifest(
        layout,
        {"run_id": "20261205T010000Z-aaaaaa", "status": "finished", "config": config, "questionnaire": questionnaire},
    )
    write_manifest(layout, {"run_id": "20261205T020000Z-aaaaaa", "status": "finished"})  # recorded before
    sql = "select dtype, quantize, questionnaire_model_sha256, questionnaire_asked_sha256 from runs order by run_id"
    assert query(tmp_path, sql)[1] == [("bfloat16", "4bit", "m", "q"), (None, None, None, None)]


def test_a_csv_export_keeps_the_escape_sequences_a_text_holds(out):
    """click drops ANSI sequences from what it writes to a pipe or a file: `enrich sql --format csv > x.csv` wrote a
    title "red\\x1b[2Jshirt" as "redshirt", and no export held the stored text."""
    from click.testing import CliRunner

    from enrich.cli import main

    query = "select 'red' || chr(27) || '[2J' || chr(27) || '[31mshirt' as t"
    exported = CliRunner().invoke(main, ["sql", str(out), query, "--format", "csv"])
    assert exported.exit_code == 0 and exported.output == "t\nred\x1b[2J\x1b[31mshirt\n"
    shown = CliRunner().invoke(main, ["sql", str(out), query])
    assert "red\\x1b[2J\\x1b[31mshirt" in shown.output and "\x1b" not in shown.output


def test_json_writes_c1_controls_and_bidirectional_marks_as_escapes_that_read_back():
    """JSON escapes C0 itself, but a U+009B (a CSI to a terminal) or a U+202E in a caption went to the terminal as
    it was: `enrich sql --format json` showed "exe.png" for "\\u202egnp.exe"."""
    text = "a red t-shirt \u202egnp.exe\x9b31m\u2028\u2066x\u2069\x7f é 東京"
    shown = render(["caption\u202e"], [(text,)], "json")
    assert not set(shown) & {"\u202e", "\x9b", "\u2028", "\u2066", "\u2069", "\x7f"}
    assert "\\u202egnp.exe\\u009b31m" in shown and "é 東京" in shown
    assert json.loads(shown) == [{"caption\u202e": text}]
