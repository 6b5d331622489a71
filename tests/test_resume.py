"""kill -9 of the driver at every step of the commit sequence, then the same command again."""

import pytest

from enrich.sql import query
from tests.reliability import make_catalog, run_cli

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]
QUESTIONS = 8


@pytest.mark.parametrize("fault", ["after_marker:0", "before_commit:2", "after_temp:2", "after_rename:2",
                                   "manifest:4"])  # fmt: skip
def test_a_run_killed_at_any_commit_step_is_finished_by_the_same_command(tmp_path, tiny_model, fault):
    catalog = make_catalog(tmp_path, 30)
    command = ["run", "--catalog", catalog, "--model", tiny_model, "--out", tmp_path / "out", "--shard-size", "5",
               "--no-progress"]  # fmt: skip
    killed = run_cli(*command, faults=fault)
    assert killed.returncode == -9, killed.stderr
    assert not list((tmp_path / "out").rglob("*.parquet")) or query(tmp_path / "out", "select 1")  # readable
    finished = run_cli(*command)
    assert finished.returncode == 0, finished.stderr
    out = tmp_path / "out"
    _, [(items, distinct_items)] = query(out, "select count(*), count(distinct sku) from items")
    _, [(answers, distinct_answers)] = query(out, "select count(*), count(distinct (sku, question_id)) from answers")
    assert (items, distinct_items) == (30, 30)
    assert (answers, distinct_answers) == (30 * QUESTIONS, 30 * QUESTIONS)
    _, [(history, runs)] = query(out, "select count(*), count(distinct run_id) from items_history")
    assert (history, runs) == (30, 1)  # resumed under one run id; committed shards were not recomputed
    assert not list(out.rglob(".*.tmp-*"))
    if fault.startswith(("after_marker", "manifest")):
        assert "resuming run" in finished.stderr
