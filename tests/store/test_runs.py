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
