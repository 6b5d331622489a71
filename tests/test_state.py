import json

import pytest

from enrich import EnrichError, store
from enrich.state import LOCK_NAME, OutputLock, active_run, done_shards, resumable_run, skip_keys
from tests.test_store import error_result, make_run, ok_result


def test_one_run_at_a_time_per_output(tmp_path):
    with OutputLock(tmp_path) as lock:
        assert lock.stale is None
        assert active_run(tmp_path)["pid"]
        with pytest.raises(EnrichError, match="another enrich run is writing to .*pid"):
            OutputLock(tmp_path).__enter__()
    assert active_run(tmp_path) is None
    assert (tmp_path / LOCK_NAME).read_text() == ""  # a clean exit leaves nothing stale


def test_a_lock_left_by_a_dead_run_is_detected_and_taken_over(tmp_path):
    (tmp_path / LOCK_NAME).write_text(json.dumps({"pid": 4242, "host": "h", "since": "yesterday"}))
    assert active_run(tmp_path) is None  # the kernel lock died with its holder
    with OutputLock(tmp_path) as lock:
        assert lock.stale == {"pid": 4242, "host": "h", "since": "yesterday"}


def test_resumable_runs_and_done_shards(tmp_path):
    run = make_run(tmp_path, "r1")
    store.write_manifest(run, {"run_id": "r1", "status": "running", "resume_key": "k"})
    store.commit_shard(run, 0, [ok_result("a", 0)], __import__("pyarrow").table({"x": [1]}))
    store.commit_shard(run, 2, [], __import__("pyarrow").table({"x": [1]}))
    assert resumable_run(tmp_path, "k") == "r1" and resumable_run(tmp_path, "other") is None
    assert done_shards(run.directory) == {0, 2}
    store.write_manifest(run, {"run_id": "r1", "status": "finished", "resume_key": "k"})
    assert resumable_run(tmp_path, "k") is None


def test_skip_keys_follow_model_adapter_and_questionnaire(tmp_path):
    import pyarrow as pa

    run = store.RunContext("r1", tmp_path / "runs" / "r1", "m", None, "default", "q" * 64, "fp-model", None)
    missing = error_result("gone", 1)
    missing.error_code = "missing_file"
    store.commit_shard(run, 0, [ok_result("a", 0), missing], pa.table({"x": [1, 2]}))
    assert skip_keys(tmp_path, "fp-model", None, "q" * 64) == {"a": "f" * 64, "gone": "missing"}
    assert skip_keys(tmp_path, "other-model", None, "q" * 64) == {}
    assert skip_keys(tmp_path, "fp-model", "an-adapter", "q" * 64) == {}
    assert skip_keys(tmp_path, "fp-model", None, "changed" * 9) == {}
