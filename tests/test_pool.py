"""Worker faults through a real local Ray: a SIGKILLed actor, a poison item, a stalled worker."""

import pytest

from enrich.sql import query
from tests.reliability import make_catalog, run_cli

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def command(tmp_path, tiny_model, *extra):
    catalog = make_catalog(tmp_path, 12)
    return [
        "run",
        "--catalog",
        catalog,
        "--model",
        tiny_model,
        "--out",
        tmp_path / "out",
        "--shard-size",
        "4",
        "--no-progress",
        *extra,
    ]


def statuses(tmp_path):
    return dict(query(tmp_path / "out", "select sku, coalesce(error_code, status) from items")[1])


def test_an_actor_killed_mid_shard_is_restarted_and_its_shard_retried(tmp_path, tiny_model):
    done = run_cli(*command(tmp_path, tiny_model), faults="kill_worker_once:p-5")
    assert done.returncode == 0, done.stderr
    assert set(statuses(tmp_path).values()) == {"ok"} and len(statuses(tmp_path)) == 12


def test_a_poison_item_is_quarantined_and_the_run_goes_on(tmp_path, tiny_model):
    done = run_cli(*command(tmp_path, tiny_model), faults="kill_worker:p-6")
    assert done.returncode == 0, done.stderr
    found = statuses(tmp_path)
    assert found.pop("p-6") == "worker_crash"
    assert set(found.values()) == {"ok"} and len(found) == 11
    _, [(message,)] = query(tmp_path / "out", "select error from items where sku = 'p-6'")
    assert "quarantined" in message


def test_a_stalled_run_aborts_with_its_state_saved_and_resumes(tmp_path, tiny_model):
    stalled = run_cli(*command(tmp_path, tiny_model, "--stall-timeout", "15"), faults="stall_worker:p-9")
    assert stalled.returncode == 1 and "no shard finished for 15s" in stalled.stderr
    assert "run the same command again to resume" in stalled.stderr
    _, [(committed,)] = query(tmp_path / "out", "select count(*) from items")
    assert committed == 8  # shards 0 and 1 were committed before the stall in shard 2
    resumed = run_cli(*command(tmp_path, tiny_model))  # the default timeout: a loaded machine is not a stall
    assert resumed.returncode == 0 and "resuming run" in resumed.stderr
    assert len(statuses(tmp_path)) == 12
