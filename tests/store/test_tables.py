"""History commits: exactly once per shard, whatever step a flush is killed at."""

import pyarrow as pa
import pytest

from enrich import faults
from enrich.sql import query
from enrich.store import Layout, writer
from tests.results import ok_result, run_context

EXTRAS = pa.table({"title": ["a", "b", "c", "d"]})


class Killed(Exception):
    """Stands in for SIGKILL at a fault point (the subprocess tests kill for real)."""


@pytest.fixture
def kill_at(monkeypatch):
    def arm(point: str):
        def hit(name, target, once_dir=None):
            if name == point:
                raise Killed(point)

        monkeypatch.setattr(faults, "hit", hit)

    return arm


def test_a_flush_lands_in_history_with_a_transaction_per_shard_and_the_current_tables_wait_for_publish(tmp_path):
    tables = writer.open_output(Layout.of(tmp_path))
    writer.commit(tables, run_context("r1"), [(0, [ok_result("a", 0)]), (3, [ok_result("b", 1)])], EXTRAS, {})
    assert tables.shard_committed("r1", 0) and tables.shard_committed("r1", 3)
    assert not tables.shard_committed("r1", 1) and not tables.shard_committed("r2", 0)
    assert query(tmp_path, "select sku, title from items_history order by sku")[1] == [("a", "a"), ("b", "b")]
    assert query(tmp_path, "select count(*) from items")[1] == [(0,)]
    writer.finish(tables, "r1", None)
    assert query(tmp_path, "select count(*), count(distinct sku) from answers")[1] == [(2, 2)]


def test_answers_of_a_flush_killed_before_its_items_are_never_seen_and_never_doubled(tmp_path, kill_at):
    tables = writer.open_output(Layout.of(tmp_path))
    kill_at("after_answers")
    with pytest.raises(Killed):
        writer.commit(tables, run_context("r1"), [(0, [ok_result("a", 0), ok_result("b", 1)])], EXTRAS, {})
    assert query(tmp_path, "select count(*) from answers_history")[1] == [(0,)]  # orphans are not shown
    tables = writer.open_output(Layout.of(tmp_path))  # the resumed run
    kill_at("none")
    writer.commit(tables, run_context("r1"), [(0, [ok_result("a", 0), ok_result("b", 1)])], EXTRAS, {})
    writer.commit(tables, run_context("r1"), [(0, [ok_result("a", 0), ok_result("b", 1)])], EXTRAS, {})  # a retry
    assert query(tmp_path, "select count(*) from items_history")[1] == [(2,)]
    files = Layout.of(tmp_path).table("answers_history")
    from deltalake import DeltaTable

    assert DeltaTable(str(files)).to_pyarrow_table().num_rows == 2  # the orphans were deleted, not hidden


def test_new_catalog_columns_join_the_tables_and_old_rows_read_them_as_null(tmp_path):
    tables = writer.open_output(Layout.of(tmp_path))
    writer.commit(tables, run_context("r1"), [(0, [ok_result("a", 0)])], pa.table({"title": ["x"]}), {})
    writer.commit(tables, run_context("r2"), [(0, [ok_result("b", 0)])], pa.table({"title": ["y"], "brand": ["z"]}), {})
    writer.finish(tables, "r2", None)
    writer.finish(tables, "r1", None)
    assert query(tmp_path, "select sku, title, brand from items order by sku")[1] == [("a", "x", None), ("b", "y", "z")]
    assert tables.extras_schema().names == ["title", "brand"]
    writer.commit(
        tables, run_context("r3"), [(0, [ok_result("a", 0)])], pa.table({"title": ["w"], "season": ["s"]}), {}
    )
    writer.finish(tables, "r3", None)  # a sku replaced: the current tables are rewritten, with the new column
    assert query(tmp_path, "select sku, title, season from items order by sku")[1] == [
        ("a", "w", "s"),
        ("b", "y", None),
    ]
    from deltalake import DeltaTable

    current = DeltaTable(str(Layout.of(tmp_path).table("items"))).to_pyarrow_table()  # as another engine reads it
    assert {"brand", "season"} <= set(current.column_names) and current.num_rows == 2


def test_an_output_folder_whose_path_has_spaces_quotes_and_percent_signs(tmp_path):
    out = tmp_path / "Mary's night 1 (100%)"  # delta-rs percent-encodes its table and file URIs; SQL quotes
    tables = writer.open_output(Layout.of(out))
    writer.commit(tables, run_context("r1"), [(0, [ok_result("a", 0), ok_result("b", 1)])], EXTRAS.slice(0, 2), {})
    writer.finish(tables, "r1", None)
    writer.commit(tables, run_context("r2"), [(0, [ok_result("a", 0, color="blue")])], EXTRAS.slice(0, 1), {})
    writer.finish(tables, "r2", None)  # a rewrite of the current tables: their files are written by DuckDB
    assert query(out, "select sku, answer_en from answers order by sku")[1] == [("a", "blue"), ("b", "red")]
    assert query(out, "select count(*) from items_history")[1] == [(3,)]
    assert [p.name for p in tmp_path.iterdir()] == [out.name], "a folder was made at an encoded path"


def test_a_table_a_newer_writer_upgraded_is_a_one_line_error(tmp_path):
    """A protocol feature this deltalake cannot read (a newer enrich or another Delta writer) raised a DeltaError
    trace from every command; now each says what happened and what to do."""
    import json

    from enrich import EnrichError
    from enrich.store.tables import Tables

    layout = Layout.of(tmp_path)
    Tables(layout)
    log = layout.table("items") / "_delta_log"
    version = max(int(p.stem) for p in log.glob("*.json")) + 1
    feature = {
        "minReaderVersion": 3,
        "minWriterVersion": 7,
        "readerFeatures": ["futureX"],
        "writerFeatures": ["futureX"],
    }
    (log / f"{version:020d}.json").write_text(json.dumps({"protocol": feature}) + "\n")
    with pytest.raises(EnrichError, match="Feature 'futureX'.*upgrade enrich and its deltalake"):
        query(tmp_path, "select count(*) from items")


def test_a_table_whose_log_was_cut_short_is_a_one_line_error_not_a_rust_backtrace(tmp_path):
    """A commit file cut short (a crash of another writer, an edit by hand) gave 67 lines of Rust backtrace and
    Python traceback; an emptied first commit was called a newer enrich's table."""
    from enrich import EnrichError
    from enrich.store.tables import Tables

    layout = Layout.of(tmp_path)
    Tables(layout)
    [commit] = (layout.table("items") / "_delta_log").glob("*.json")
    for text in (commit.read_text()[:100], ""):
        commit.write_text(text)
        with pytest.raises(EnrichError) as raised:
            query(tmp_path, "select count(*) from items")
        message = str(raised.value)
        assert "cannot be read as a Delta table" in message and "restore the output from a backup" in message
        assert "\n" not in message and "newer" not in message


def test_a_damaged_manifest_is_left_out_with_a_notice(tmp_path, caplog):
    from enrich.store import runs

    layout = Layout.of(tmp_path)
    for run_id, text in (("r1", '{"run_id": "r1"}'), ("r2", '{"run_id": "r2", "sta'), ("r3", "[1, 2]")):
        layout.manifest(run_id).parent.mkdir(parents=True)
        layout.manifest(run_id).write_text(text)
    assert [m["run_id"] for m in runs.manifests(layout)] == ["r1"]
    assert "r2/manifest.json is unreadable" in caplog.text and "r3/manifest.json is no run manifest" in caplog.text
