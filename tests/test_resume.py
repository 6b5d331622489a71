"""kill -9 of the driver at every step of committing and publishing, each followed by the same command again.

The kills run as one chain over one output folder: each command resumes what the previous one left and is
killed at the next step, so every step's leftovers are resumed from, and the last command finishes the run.
The job commits every shard as soon as it finishes (commit_every_s = 0), so each kill point is reached. Every
kill point is the driver's, so the model side is stood in (tests/standin_cli.py): no Ray start and no model load
per command, the same commit path.
"""

from pathlib import Path

import pytest

from enrich.sql import query
from tests.reliability import make_catalog, run_cli

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]
QUESTIONS = 8
ITEMS, SHARD_SIZE = 30, 5
# point:target, in the order a run reaches them (N of before_commit/after_*: the flush's number in the process)
KILL_STEPS = [
    "after_items:0",
    "before_commit:0",
    "after_answers:0",
    "publish_file:answers",
    "publish:answers",
    "publish_file:items",
    "compact:start",
    "manifest:finished",
]


def test_a_run_killed_at_every_commit_step_is_finished_by_the_same_command(tmp_path, tiny_model):
    catalog = make_catalog(tmp_path, ITEMS)
    out = tmp_path / "out"
    job = tmp_path / "job.toml"
    job.write_text(
        f'catalog = "{catalog}"\nout = "{out}"\nmodel = "{tiny_model}"\nshard_size = {SHARD_SIZE}\ncommit_every_s = 0\n'
    )
    command = ["run", "--job", job, "--no-progress"]
    for number, fault in enumerate(KILL_STEPS):
        killed = run_cli(*command, faults=fault, standin="pool")
        assert killed.returncode == -9, (fault, killed.stderr)
        assert query(out, "select count(*) from items")  # what a killed run leaves is readable
        if number:
            assert "resuming run" in killed.stderr, (fault, killed.stderr)
    # the run finished before its last kill: this is the next night, with nothing to do
    finished = run_cli(*command, standin="pool")
    assert finished.returncode == 0, finished.stderr
    assert "0 processed" in finished.stdout and "no worker started" in finished.stdout
    _, [(items, distinct_items)] = query(out, "select count(*), count(distinct sku) from items")
    _, [(answers, distinct_answers)] = query(out, "select count(*), count(distinct (sku, question_id)) from answers")
    assert (items, distinct_items) == (ITEMS, ITEMS)
    assert (answers, distinct_answers) == (ITEMS * QUESTIONS, ITEMS * QUESTIONS)
    _, [(history, runs)] = query(out, "select count(*), count(distinct run_id) from items_history")
    assert (history, runs) == (ITEMS, 1)  # resumed under one run id; committed shards were not recomputed
    _, [(answer_history,)] = query(out, "select count(*) from answers_history")
    assert answer_history == ITEMS * QUESTIONS
    assert_vacuum_leaves_only_referenced_files(out, command)


def assert_vacuum_leaves_only_referenced_files(out, command):
    """Files the kills left uncommitted (publish_file:*) are never read, and vacuum removes them."""
    from deltalake import DeltaTable

    from enrich.store import Layout
    from enrich.store.tables import local_path

    vacuumed = run_cli("vacuum", out, "--keep-days", "0")
    assert vacuumed.returncode == 0, vacuumed.stderr
    for name in ("items", "answers"):
        table = Layout.of(out).table(name)
        referenced = {Path(local_path(uri)) for uri in DeltaTable(str(table)).file_uris()}
        assert set(table.glob("*.parquet")) == referenced, name
    assert query(out, "select count(*) from answers")[1] == [(ITEMS * QUESTIONS,)]


def test_a_resumed_run_judges_the_errors_its_killed_attempt_committed(tmp_path, tiny_model):
    """The error budget counts every attempt's rows: a kill (or a full disk) after the failing shards were committed
    must not let the resume, which has only good items left, exit 0."""
    catalog = make_catalog(tmp_path, ITEMS)
    lines = catalog.read_text().splitlines()
    lines[1:4] = [f"bad-{n},images/missing-{n}.jpg,gone" for n in range(3)]  # shard 0 holds 3 error rows of 30 items
    catalog.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    job = tmp_path / "job.toml"
    job.write_text(
        f'catalog = "{catalog}"\nout = "{out}"\nmodel = "{tiny_model}"\nshard_size = {SHARD_SIZE}\ncommit_every_s = 0\n'
        "error_budget = 0.05\n"
    )
    command = ["run", "--job", job, "--no-progress"]
    killed = run_cli(*command, faults="after_items:0", standin="pool")  # shard 0 committed, then kill -9
    assert killed.returncode == -9, killed.stderr
    resumed = run_cli(*command, standin="pool")
    assert "resuming run" in resumed.stderr and "0 errors" in resumed.stdout  # this attempt's own items are all ok
    assert resumed.returncode == 3, (resumed.stdout, resumed.stderr)
    assert "error budget exceeded: 10.0% of processed items failed; 30 items over every attempt" in resumed.stderr
