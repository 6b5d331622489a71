import json

import pytest

from enrich import EnrichError
from enrich.store import Layout, OutputLock, active_run


def test_one_run_at_a_time_per_output(tmp_path):
    with OutputLock(tmp_path) as lock:
        assert lock.stale is None
        assert active_run(tmp_path)["pid"]
        with pytest.raises(EnrichError, match="another enrich run is writing to .*pid"):
            OutputLock(tmp_path).__enter__()
    assert active_run(tmp_path) is None
    assert Layout.of(tmp_path).lock.read_text() == ""  # a clean exit leaves nothing stale


def test_a_lock_left_by_a_dead_run_is_detected_and_taken_over(tmp_path):
    Layout.of(tmp_path).lock.write_text(json.dumps({"pid": 4242, "host": "h", "since": "yesterday"}))
    assert active_run(tmp_path) is None  # the kernel lock died with its holder
    with OutputLock(tmp_path) as lock:
        assert lock.stale == {"pid": 4242, "host": "h", "since": "yesterday"}


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\x00\xff garbage"])
def test_a_lock_file_with_unreadable_content_is_taken_over_like_a_stale_one(tmp_path, content):
    Layout.of(tmp_path).lock.write_text(content)
    assert active_run(tmp_path) is None
    with OutputLock(tmp_path) as lock:
        assert "unreadable" in lock.stale
    with OutputLock(tmp_path) as lock:
        assert lock.stale is None


def test_an_unreadable_lock_held_by_a_live_run_still_refuses(tmp_path):
    with OutputLock(tmp_path):
        Layout.of(tmp_path).lock.write_text("{garbage")
        with pytest.raises(EnrichError, match="unreadable"):
            OutputLock(tmp_path).__enter__()


def test_status_reads_the_lock_of_a_read_only_output(tmp_path, monkeypatch):
    """The lock was opened to append: on a read-only copy of an output, `enrich status` was an EROFS traceback."""
    import errno

    import enrich.store.lock as lock

    with OutputLock(tmp_path):
        pass

    def read_only(path, mode="r", *args, **kwargs):
        if set(mode) & set("wa+"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return open(path, mode, *args, **kwargs)

    monkeypatch.setattr(lock, "open", read_only, raising=False)
    assert active_run(tmp_path) is None


def test_status_while_maintenance_holds_the_lock_shows_a_killed_run_as_interrupted_not_running(tmp_path, monkeypatch):
    """Any holder of the lock made the newest killed run "running" in `enrich status` (with 0 shards done): during a
    weekly `enrich compact` or `vacuum`, or an `audit --save`, the night killed before looked as if it still ran."""
    import pyarrow as pa
    from click.testing import CliRunner

    from enrich.cli import main
    from enrich.status import status_report
    from enrich.store import maintenance
    from tests.results import commit_run, ok_result

    extras = pa.table({"title": ["t"]})
    commit_run(tmp_path, "r1", [ok_result("a", 0)], extras)
    commit_run(tmp_path, "r2", [ok_result("a", 0)], extras, status="running", started_at="2026-11-26T01:00:00+00:00")
    seen = {}
    monkeypatch.setattr(maintenance, "compact", lambda tables, max_files: seen.update(status_report(tmp_path)) or {})
    result = CliRunner().invoke(main, ["compact", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert seen["active"]["pid"] and [run["status"] for run in seen["runs"]] == ["finished", "interrupted"]
    with OutputLock(tmp_path, doing="vacuum"):
        with pytest.raises(EnrichError, match=r"another enrich run is writing to .*\(enrich vacuum: pid"):
            OutputLock(tmp_path).__enter__()


def test_the_lock_is_taken_on_a_full_disk_where_its_holder_cannot_be_written(tmp_path, monkeypatch):
    """On a disk filled to 100% (a real tmpfs) `enrich vacuum`, what the runbook says frees space, failed taking the
    lock: writing who holds it is a write, and the lock was never held. It is held there, the holder undescribed."""
    import builtins
    import errno

    from enrich.store import lock as locking

    class FullDisk:
        def __init__(self, handle):
            self._handle = handle

        def __getattr__(self, name):
            return getattr(self._handle, name)

        def write(self, data):
            if data:
                raise OSError(errno.ENOSPC, "No space left on device")
            return 0

        def flush(self):
            self._handle.flush()

    monkeypatch.setattr(locking, "open", lambda *a, **k: FullDisk(builtins.open(*a, **k)), raising=False)
    with OutputLock(tmp_path, "vacuum"):
        monkeypatch.undo()
        assert active_run(tmp_path) == {"pid": "?"}
        with pytest.raises(EnrichError, match="another enrich run is writing to .*holder unknown"):
            OutputLock(tmp_path).__enter__()
    assert active_run(tmp_path) is None
    with OutputLock(tmp_path) as lock:
        assert lock.stale is None
