"""The current tables: newest result per sku, answers replaced as a group, deleted skus gone, readers paired."""

import pyarrow as pa
import pytest
from deltalake import DeltaTable

from enrich import faults
from enrich.sql import query
from enrich.store import Layout, read_snapshot, runs, writer
from enrich.store.publish import publish
from tests.results import commit_run, error_result, ok_result, run_context

EXTRAS = pa.table({"title": ["one", "two", "three"]})


def test_the_newest_result_wins_and_publishing_again_or_out_of_order_changes_nothing(tmp_path):
    commit_run(tmp_path, "r1", [error_result("s1", 0), ok_result("s2", 1)], EXTRAS)
    commit_run(tmp_path, "r2", [ok_result("s1", 0, color="blue")], EXTRAS, started_at="2026-11-26T01:00:00+00:00")
    expected = [("s1", "r2", "ok", "one"), ("s2", "r1", "ok", "two")]
    assert query(tmp_path, "select sku, run_id, status, title from items order by sku")[1] == expected
    tables = writer.open_output(Layout.of(tmp_path))
    assert publish(tables, ["r1", "r2"]) == 0 and publish(tables, ["r1"]) == 0
    assert query(tmp_path, "select sku, run_id, status, title from items order by sku")[1] == expected
    assert query(tmp_path, "select sku, run_id, answer_en from answers order by sku")[1] == [
        ("s1", "r2", "blue"),
        ("s2", "r1", "red"),
    ]
    assert query(tmp_path, "select run_id, count(*) from items_history group by 1 order by 1")[1] == [
        ("r1", 2),
        ("r2", 1),
    ]


def test_a_skus_answers_are_replaced_as_a_group(tmp_path):
    commit_run(tmp_path, "r1", [ok_result("s1", 0, questions=("color", "pattern"))], EXTRAS)
    commit_run(tmp_path, "r2", [ok_result("s1", 0, questions=("color",))], EXTRAS)  # a question dropped since
    assert query(tmp_path, "select run_id, question_id from answers")[1] == [("r2", "color")]


def test_a_finished_whole_catalog_run_drops_deleted_skus_from_the_current_tables_only(tmp_path):
    commit_run(tmp_path, "r1", [ok_result("s1", 0), ok_result("s2", 1)], EXTRAS, catalog=["s1", "s2"])
    commit_run(tmp_path, "r2", [], EXTRAS, catalog=["s2"])
    assert query(tmp_path, "select sku from items")[1] == [("s2",)]
    assert query(tmp_path, "select sku from answers")[1] == [("s2",)]
    assert query(tmp_path, "select sku from catalog")[1] == [("s2",)]
    assert query(tmp_path, "select count(distinct sku) from items_history")[1] == [(2,)]


def test_before_a_run_finishes_the_catalog_is_every_current_sku(tmp_path):
    commit_run(tmp_path, "r1", [ok_result("s1", 0)], EXTRAS, status="running")
    assert query(tmp_path, "select count(*) from catalog")[1] == [(0,)]
    writer.open_output(Layout.of(tmp_path))  # the next writer publishes what the interrupted run committed
    assert query(tmp_path, "select sku from catalog")[1] == [("s1",)]


def test_catalog_only_changes_are_new_rows_of_the_current_result(tmp_path):
    commit_run(tmp_path, "r1", [ok_result("s1", 0), ok_result("s2", 1)], EXTRAS)
    tables = writer.open_output(Layout.of(tmp_path))
    assert writer.metadata_update(tables, run_context("r2"), 0, pa.table({"sku": ["s1"], "title": ["ONE"]})) == 1
    writer.finish(tables, "r2", None)
    assert query(tmp_path, "select sku, run_id, title, caption_en from items order by sku")[1] == [
        ("s1", "r2", "ONE", "a red shirt"),
        ("s2", "r1", "two", "a red shirt"),
    ]
    assert query(tmp_path, "select run_id, answer_en from answers where sku = 's1'")[1] == [("r2", "red")]
    assert query(tmp_path, "select run_id, title from items_history where sku = 's1' order by 1")[1] == [
        ("r1", "one"),
        ("r2", "ONE"),
    ]


def test_readers_see_answers_and_items_of_the_same_publish(tmp_path, monkeypatch):
    commit_run(tmp_path, "r1", [ok_result("s1", 0)], EXTRAS)
    tables = writer.open_output(Layout.of(tmp_path))
    runs.write_manifest(Layout.of(tmp_path), {"run_id": "r2", "status": "running"})
    writer.commit(tables, run_context("r2"), [(0, [ok_result("s1", 0, color="blue")])], EXTRAS, {})
    before = read_snapshot(Layout.of(tmp_path)).versions

    def killed_between_the_two_writes(point, target, once_dir=None):
        if (point, target) == ("publish", "answers"):
            raise KeyboardInterrupt  # stands in for kill -9: nothing after this point runs

    with monkeypatch.context() as patched:
        patched.setattr(faults, "hit", killed_between_the_two_writes)
        with pytest.raises(KeyboardInterrupt):
            publish(tables, ["r2"])
    assert DeltaTable(str(Layout.of(tmp_path).table("answers"))).version() > before["answers"]  # answers moved on
    assert read_snapshot(Layout.of(tmp_path)).versions["answers"] == before["answers"]  # readers did not
    assert query(tmp_path, "select run_id, answer_en from answers")[1] == [("r1", "red")]
    writer.open_output(Layout.of(tmp_path))  # the next writer finishes the publish
    assert query(tmp_path, "select run_id, answer_en from answers")[1] == [("r2", "blue")]
    assert query(tmp_path, "select run_id from items")[1] == [("r2",)]


def test_a_deleted_sku_stays_deleted_when_older_runs_are_published_again(tmp_path):
    commit_run(tmp_path, "r1", [ok_result("s1", 0), ok_result("s2", 1)], EXTRAS, catalog=["s1", "s2"])
    commit_run(tmp_path, "r2", [], EXTRAS, catalog=["s2"])
    tables = writer.open_output(Layout.of(tmp_path))
    assert publish(tables, ["r1", "r2"]) == 0  # a recovery publishes every unpublished run: s1 must not return
    assert query(tmp_path, "select sku from items")[1] == [("s2",)]
    commit_run(tmp_path, "r3", [ok_result("s1", 0)], EXTRAS)  # a later run may bring it back
    assert query(tmp_path, "select sku, run_id from items order by sku")[1] == [("s1", "r3"), ("s2", "r1")]


def test_a_current_table_that_declares_a_column_not_null_is_repaired_by_the_next_publish(tmp_path):
    """Written so before 2026-12-03; a new sku with NULL there, appended as is, would be read wrong by delta-rs."""
    import json
    import time
    from pathlib import Path

    from deltalake.transaction import AddAction

    commit_run(tmp_path, "r1", [ok_result("s1", 0), ok_result("s2", 1)], EXTRAS)
    items = DeltaTable(str(Layout.of(tmp_path).table("items")))
    strict = pa.schema([f.with_nullable(f.name != "title") for f in pa.schema(items.schema().to_arrow())])
    adds = [
        AddAction(
            Path(uri).name,
            Path(uri.removeprefix("file://")).stat().st_size,
            {},
            int(time.time() * 1000),
            True,
            json.dumps({"numRecords": 2}),
        )
        for uri in items.file_uris()
    ]
    items.create_write_transaction(adds, "overwrite", strict)  # the same files under the old declaration
    assert not DeltaTable(str(Layout.of(tmp_path).table("items"))).schema().to_arrow().field("title").nullable
    commit_run(
        tmp_path,
        "r2",
        [ok_result("s3", 2)],
        pa.table({"title": [None, None, None]}, pa.schema([("title", pa.string())])),
    )
    repaired = DeltaTable(str(Layout.of(tmp_path).table("items")))
    assert all(f.nullable for f in pa.schema(repaired.schema().to_arrow()))
    assert query(tmp_path, "select sku, title from items order by sku")[1] == [
        ("s1", "one"),
        ("s2", "two"),
        ("s3", None),
    ]
