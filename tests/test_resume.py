"""kill -9 of the driver at every step of the commit sequence, each followed by the same command again.

The kills run as one chain over one output folder: each command resumes what the previous one left and is
killed at the next step, so every step's leftovers are resumed from, and the last command finishes the run.
One chain costs six runs where a fresh run per step costs ten, with the same steps killed and resumed.
"""

import pytest

from enrich.sql import query
from tests.reliability import make_catalog, run_cli

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]
QUESTIONS = 8
ITEMS, SHARD_SIZE = 30, 5
# point:shard index (or shards done, for the manifest); shards are committed in order by the single worker
KILL_STEPS = ["after_marker:0", "before_commit:2", "after_temp:2", "after_rename:2", "manifest:4"]


def test_a_run_killed_at_every_commit_step_is_finished_by_the_same_command(tmp_path, tiny_model):
    catalog = make_catalog(tmp_path, ITEMS)
    out = tmp_path / "out"
    command = [
        "run",
        "--catalog",
        catalog,
        "--model",
        tiny_model,
        "--out",
        out,
        "--shard-size",
        str(SHARD_SIZE),
        "--no-progress",
    ]
    for number, fault in enumerate(KILL_STEPS):
        killed = run_cli(*command, faults=fault)
        assert killed.returncode == -9, (fault, killed.stderr)
        assert query(out, "select count(*) from items")  # what a killed run leaves is readable
        if number:
            assert "resuming run" in killed.stderr, (fault, killed.stderr)
    finished = run_cli(*command)
    assert finished.returncode == 0, finished.stderr
    assert "resuming run" in finished.stderr
    _, [(items, distinct_items)] = query(out, "select count(*), count(distinct sku) from items")
    _, [(answers, distinct_answers)] = query(out, "select count(*), count(distinct (sku, question_id)) from answers")
    assert (items, distinct_items) == (ITEMS, ITEMS)
    assert (answers, distinct_answers) == (ITEMS * QUESTIONS, ITEMS * QUESTIONS)
    _, [(history, runs)] = query(out, "select count(*), count(distinct run_id) from items_history")
    assert (history, runs) == (ITEMS, 1)  # resumed under one run id; committed shards were not recomputed
    assert not list(out.rglob(".*.tmp-*"))
