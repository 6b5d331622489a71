"""Run ids: the newest run is the greatest id, also for runs started within one second."""

from enrich.store.layout import Layout
from enrich.store.runs import new_run_id, write_manifest


def test_a_run_started_in_the_same_second_as_the_newest_gets_a_greater_id(tmp_path):
    layout = Layout.of(tmp_path)
    ids = []
    for _ in range(3):  # back to back: without the wait, two would share a second about every time
        ids.append(new_run_id(layout))
        write_manifest(layout, {"run_id": ids[-1], "status": "finished"})
    assert ids == sorted(ids) and len({run_id[:16] for run_id in ids}) == 3
    assert [path.parent.name for path in layout.manifests()] == ids


def test_a_plan_an_older_version_wrote_is_resumed_with_its_later_columns_empty(tmp_path):
    """A run killed before an upgrade is resumed by the new version: its plan has no restore_from column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from enrich.store.runs import PLAN_SCHEMA, read_plan

    layout = Layout.of(tmp_path)
    older = pa.schema([field for field in PLAN_SCHEMA if field.name != "restore_from"])
    path = layout.plan("r1")
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist([{"sku": "a", "row": 0, "shard": 0, "action": "model"}], schema=older), path)
    plan = read_plan(layout, "r1")
    assert plan.schema == PLAN_SCHEMA
    assert plan.to_pylist()[0]["sku"] == "a" and plan.to_pylist()[0]["restore_from"] is None
