"""The Ray side of a run: worker faults through a real local Ray (a SIGKILLed actor, a poison item, a stalled
worker), the systemic-failure stop, Ray hygiene (a local Ray of its own, leftovers of a killed run) and errors.

The kill, poison and stall tests use actors whose engine is stood in (tests/standin_cli.py): the same Ray pool,
actors, restarts and fault points, without reloading torch at every restart. A real model's load in an actor is
what the runs of tests/test_runner.py start with, and a restart repeats it."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from enrich import EnrichError
from enrich.pool.actors import root_message
from enrich.pool.session import leftover_ray_processes, ray_session
from enrich.pool.systemic import SystemicWatch
from enrich.records import ERROR, OK, CatalogRow, DecodedImage, ItemResult
from enrich.sql import query
from tests.reliability import make_catalog, run_cli, run_in_session


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


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_a_killed_actor_is_restarted_with_its_shard_and_a_poison_item_is_quarantined(tmp_path, tiny_model):
    """Two faults in one run, in different shards (each Ray start here costs seconds of the suite): the actor
    is SIGKILLed once on p-5 (shard 1), and every time it is given p-10 (shard 2)."""
    done = run_cli(*command(tmp_path, tiny_model), faults="kill_worker_once:p-5,kill_worker:p-10", standin="worker")
    assert done.returncode == 0, done.stderr
    found = statuses(tmp_path)
    assert found.pop("p-10") == "worker_crash"
    assert (tmp_path / "out" / ".fault-kill_worker-p-5").exists()  # the kill on p-5 did happen
    assert set(found.values()) == {"ok"} and len(found) == 11  # p-5's shard was retried whole
    _, [(message,)] = query(tmp_path / "out", "select error from items where sku = 'p-10'")
    assert "quarantined" in message


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_a_stalled_run_aborts_with_its_state_saved_and_resumes(tmp_path, tiny_model):
    stalled = run_cli(
        *command(tmp_path, tiny_model, "--stall-timeout", "10"), faults="stall_worker:p-9", standin="worker"
    )
    assert stalled.returncode == 1 and "no shard finished for 10s" in stalled.stderr
    assert "run the same command again to resume" in stalled.stderr
    _, [(committed,)] = query(tmp_path / "out", "select count(*) from items")
    assert committed == 8  # shards 0 and 1 were committed before the stall in shard 2
    resumed = run_cli(*command(tmp_path, tiny_model), standin="pool")  # the resume is the driver's: no Ray needed
    assert resumed.returncode == 0 and "resuming run" in resumed.stderr
    assert len(statuses(tmp_path)) == 12


def test_a_read_that_hangs_before_the_model_starts_aborts_the_run_too(tmp_path, tiny_model):
    """The stream's watchdog starts with the actors; the images of the first shards are read before them (a night
    of unchanged images loads no model), and a read that hung there hung the night."""
    stalled = run_cli(
        *command(tmp_path, tiny_model, "--stall-timeout", "3"), faults="stall_decode:p-1", standin="worker"
    )
    assert stalled.returncode == 1 and "shard 0's images were not read within 3s" in stalled.stderr


def item(sku: str, error: str | None = None, code: str = "model_error") -> ItemResult:
    image = DecodedImage(CatalogRow(sku, f"/img/{sku}.jpg", 0), "ab")
    return ItemResult(image, ERROR, code, error) if error else ItemResult(image, OK)


def shard(index: int, *results: ItemResult) -> tuple[int, list[ItemResult]]:
    return index, list(results)


def failing(index: int, message: str = "AttributeError: 'bool' object has no attribute 'unsqueeze'"):
    return shard(index, item(f"{index}-a", message), item(f"{index}-b", message))


def test_a_model_failing_alike_on_every_item_of_the_first_shards_stops_the_run_before_any_commit():
    watch = SystemicWatch(shards=2)
    assert watch.passed(failing(0)) == []  # held back: not committed yet
    with pytest.raises(EnrichError, match=r"failed on every item it was given \(4 in 2 shard\(s\)\).*'bool' object"):
        watch.passed(failing(1))


def test_one_success_or_another_error_class_releases_the_held_shards():
    watch = SystemicWatch(shards=2)
    assert watch.passed(failing(0)) == []
    released = watch.passed(shard(1, item("ok"), item("bad", "RuntimeError: poison pixel")))
    assert [index for index, _ in released] == [0, 1]
    assert watch.passed(failing(2)) == [failing(2)]  # settled: later failures are item errors
    mixed = SystemicWatch(shards=2)
    mixed.passed(failing(0))
    assert [i for i, _ in mixed.passed(failing(1, "RuntimeError: out of memory"))] == [0, 1]


def test_shards_that_never_reached_the_model_pass_and_do_not_count():
    watch = SystemicWatch(shards=2)
    unreadable = shard(0, item("x", "missing", code="missing_file"))
    assert watch.passed(unreadable) == [unreadable]
    assert watch.passed(failing(1)) == []
    assert watch.passed(shard(2)) == [shard(2)]  # only unchanged items
    with pytest.raises(EnrichError):
        watch.passed(failing(3))


def test_a_short_run_whose_every_model_item_failed_alike_stops_at_its_end():
    watch = SystemicWatch(shards=2)
    assert watch.passed(failing(0)) == []
    with pytest.raises(EnrichError, match="2 in 1 shard"):
        watch.finished()
    lone = SystemicWatch(shards=2)
    lone.passed(shard(0, item("a", "ValueError: bad")))
    assert [i for i, _ in lone.finished()] == [0]  # one failing item is an item error, for the error budget


def test_leftovers_are_orphaned_ray_processes_only():
    processes = [
        (10, 1, "ray::DashboardAgent"),
        (11, 1, "ray::RuntimeEnvAgent"),
        (12, 4000, "ray::IDLE"),  # its raylet is alive
        (13, 1, "/usr/bin/python something_else.py"),
    ]
    assert leftover_ray_processes(processes) == [10, 11]


class FakeRay:
    def __init__(self):
        self.calls = []

    def is_initialized(self):
        return False

    def init(self, address=None, **kwargs):
        self.calls.append(address)

    def shutdown(self):
        pass


@pytest.mark.parametrize(
    "given, environment, joined, said",
    [
        (None, None, "local", "starting a local Ray"),  # never ray.init(): that joins an earlier `ray start`
        ("10.0.0.5:6379", None, "10.0.0.5:6379", "connecting to Ray at 10.0.0.5:6379"),
        (None, "auto", "auto", "connecting to Ray at auto"),  # inside `ray job submit`, or set on purpose
    ],
)
def test_without_an_address_a_local_ray_is_started_never_a_recorded_cluster_joined(
    monkeypatch, caplog, given, environment, joined, said
):
    import sys

    fake = FakeRay()
    monkeypatch.setitem(sys.modules, "ray", fake)
    monkeypatch.setattr("enrich.pool.session.leftover_ray_processes", lambda: [])
    monkeypatch.setattr("enrich.pool.session.socket.create_connection", lambda *a, **k: socket.socket())
    if environment:
        monkeypatch.setenv("RAY_ADDRESS", environment)
    else:
        monkeypatch.delenv("RAY_ADDRESS", raising=False)
    with caplog.at_level("INFO", logger="enrich"), ray_session(given):
        pass
    assert fake.calls == [joined] and caplog.messages == [said]


def test_a_cluster_that_does_not_answer_is_one_line_at_once_not_a_hang_or_a_traceback(monkeypatch):
    """An address where nothing listens: ray.init retried for about 14 minutes before the stall watchdog ran; `auto`
    with no cluster was Ray's ConnectionError traceback."""
    import sys
    import time

    from enrich import EnrichError

    class Refusing(FakeRay):
        def init(self, address=None, **kwargs):
            raise ConnectionError("Could not find any running Ray instance. Please specify the one to connect to.")

    monkeypatch.setitem(sys.modules, "ray", Refusing())
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(EnrichError, match=rf"no Ray cluster answers at 127.0.0.1:{port} \(Connection refused\): start"):
        with ray_session(f"127.0.0.1:{port}"):
            pass
    assert time.monotonic() - started < 5
    with pytest.raises(EnrichError, match=r"could not join the Ray cluster at auto: Could not find any running Ray"):
        with ray_session("auto"):
            pass
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    monkeypatch.setattr("enrich.pool.session.leftover_ray_processes", lambda: [])
    with pytest.raises(ConnectionError):  # a local Ray that did not start: never "no cluster to join at None"
        with ray_session(None):
            pass


def test_leftovers_of_a_killed_run_are_reported_at_start(monkeypatch, caplog):
    import sys

    monkeypatch.setitem(sys.modules, "ray", FakeRay())
    monkeypatch.setattr("enrich.pool.session.leftover_ray_processes", lambda: [41, 42])
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    with caplog.at_level("INFO", logger="enrich"), ray_session(None):
        pass
    assert (
        "2 Ray process(es) of an earlier run (killed, or ended moments ago) are still exiting (pids 41, 42)"
        in caplog.messages[1]
    )


def test_an_enrich_error_raised_in_a_worker_keeps_its_whole_reason():
    class RemoteError(Exception):
        def __init__(self, cause):
            super().__init__("ray traceback")
            self.cause = cause

    reason = EnrichError("could not load the translation model m: \nMarianTokenizer requires the SentencePiece lib")
    assert root_message(RemoteError(reason)).endswith("m: MarianTokenizer requires the SentencePiece lib")
    traceback = "Traceback...\n  File x\nenrich.EnrichError: first line\nsecond line\n"
    assert root_message(Exception(traceback)) == "first line second line"


def ray_environment(temp) -> dict:
    """A Ray of this test's own: its bootstrap file and sessions under `temp`, never another test's."""
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    return {**env, "RAY_TMPDIR": str(temp), "RAY_AUTH_MODE": "disabled", "HF_HUB_OFFLINE": "1"}


def descendants(pid: int) -> list:
    import psutil

    return psutil.Process(pid).children(recursive=True)


def reap(temp, started=()) -> None:
    """Kill what is left of the processes this test started: those recorded, and those with RAY_TMPDIR=temp
    (Ray's agents do not inherit the variable, so they are recorded while their parent lives)."""
    import psutil

    for process in [*started, *psutil.process_iter()]:
        try:
            if process in started or process.environ().get("RAY_TMPDIR") == str(temp):
                process.kill()
        except (psutil.Error, OSError):
            pass


@pytest.fixture
def ray_temp():
    """A short RAY_TMPDIR (Ray's socket paths must stay under 107 bytes), and a list for the processes to reap."""
    import tempfile

    temp, started = tempfile.mkdtemp(prefix="rt", dir="/tmp"), []
    yield temp, started
    reap(temp, started)
    shutil.rmtree(temp, ignore_errors=True)


def enrich_run_in(tmp_path, env) -> subprocess.CompletedProcess:
    """`enrich run` over images that are all missing: it starts its Ray and decodes, then loads no model (these
    tests are about the Ray it starts, and a model load costs more than the rest)."""
    catalog = tmp_path / "missing.csv"
    catalog.write_text("sku,image\n" + "".join(f"m-{n},nowhere/{n}.jpg\n" for n in range(3)))
    command = ["run", "--catalog", catalog, "--out", tmp_path / "out", "--shard-size", "2", "--no-progress"]
    command += ["--error-budget", "1"]
    return run_in_session([sys.executable, "-m", "enrich.cli", *command], env, 240)


# The hazard is the address `ray start` records; its dashboard and prestarted workers would only cost CPU.
LEAN_HEAD = ["--include-dashboard=false", "--disable-usage-stats"]


def start_recorded_head(env, started) -> subprocess.Popen:
    """`ray start --head`, which records its address where a plain ray.init() would find and join it."""
    head = subprocess.Popen(
        [Path(sys.executable).parent / "ray", "start", "--head", "--block", "--num-cpus=1", "--port=0", *LEAN_HEAD],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    recorded = Path(env["RAY_TMPDIR"], "ray", "ray_current_cluster")
    deadline = time.monotonic() + 120
    while not recorded.exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert recorded.exists(), "ray start did not come up"
    started += descendants(head.pid)
    return head


def kill_a_driver(env, started) -> list[int]:
    """A driver that started a local Ray and ran a task (as a run's actors do: Ray's agents are up then), killed
    with SIGKILL as kill -9 of `enrich run` does. Returns its agents, which outlive it by about a minute."""
    code = (
        "import ray, time; ray.init(address='local', include_dashboard=False); "
        "ray.get(ray.remote(lambda: 1).remote()); print('up', flush=True); time.sleep(600)"
    )
    driver = subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    assert driver.stdout.readline().strip() == "up"
    its_processes = descendants(driver.pid)
    started += its_processes
    os.kill(driver.pid, signal.SIGKILL)  # the driver alone
    driver.wait()
    deadline = time.monotonic() + 10
    while True:  # until the agents are orphans (their parent gone), which is at once here
        agents = [p.pid for p in its_processes if p.is_running() and "Agent" in p.name()]
        if (agents and set(agents) <= set(leftover_ray_processes())) or time.monotonic() > deadline:
            return agents
        time.sleep(0.2)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_recorded_cluster_is_not_joined_and_a_killed_drivers_ray_processes_are_named(tmp_path, ray_temp):
    """Two hazards an operator's machine has, in one run (each Ray start here costs seconds of the suite): an
    earlier `ray start` recorded where a plain ray.init() would join it, and the Ray processes a killed run left."""
    ray_temp, started = ray_temp
    env = ray_environment(ray_temp)
    head = start_recorded_head(env, started)
    try:
        agents = kill_a_driver(env, started)
        assert agents and set(agents) <= set(leftover_ray_processes())
        done = enrich_run_in(tmp_path, env)
        assert done.returncode == 0, done.stderr
        assert "starting a local Ray" in done.stderr
        assert "of an earlier run (killed, or ended moments ago) are still exiting" in done.stderr
        sessions = sorted(p.name for p in Path(ray_temp, "ray").glob("session_2*"))
        assert len(sessions) == 3  # the head's, the killed driver's and the run's own; joining would have made two
    finally:
        os.killpg(head.pid, signal.SIGKILL)  # a graceful `ray stop` takes 30 s; the fixture reaps the rest
        head.wait(timeout=60)


def test_an_unforeseen_failure_reading_one_image_is_that_items_error(tmp_path, monkeypatch):
    """Whatever reading or decoding raises for one row, the shard's other rows are decoded and the row is an error
    row."""
    from PIL import Image

    from enrich.config import FetchPolicy
    from enrich.pool import decode

    Image.new("RGB", (64, 64), (10, 120, 200)).save(tmp_path / "a.png")
    rows = (CatalogRow("good", str(tmp_path / "a.png"), 0), CatalogRow("odd", str(tmp_path / "odd.png"), 1))
    real = decode.read_image

    def read_image(row, *args):
        if row.sku == "odd":
            raise KeyError("a case no check foresaw")
        return real(row, *args)

    monkeypatch.setattr(decode, "read_image", read_image)
    good, odd = decode.decode_shard(rows, 512, 64_000_000, FetchPolicy(), {})
    assert good.ok and good.pixels.shape == (64, 64, 3)
    assert odd.error_code == "read_error" and "unexpected KeyError" in odd.error and "odd.png" in odd.error
    monkeypatch.setattr(decode, "read_image", real)
    monkeypatch.setattr(decode, "decode_read", lambda *args: {}["a decode no check foresaw"])
    [failed] = decode.decode_shard(rows[:1], 512, 64_000_000, FetchPolicy(), {})
    assert failed.error_code == "read_error" and "unexpected KeyError" in failed.error


def test_a_shards_images_are_decoded_in_one_thread_whatever_the_reads(tmp_path, monkeypatch):
    """Decoded in the read threads, eight 7900 x 7900 PNGs held 9.6 GB: each thread's malloc arena kept its last
    image's memory (1.5 GB read one at a time)."""
    import threading

    from PIL import Image

    from enrich.config import FetchPolicy
    from enrich.pool import decode

    Image.new("RGB", (64, 64), (10, 120, 200)).save(tmp_path / "a.png")
    rows = tuple(CatalogRow(f"s{i}", str(tmp_path / "a.png"), i) for i in range(12))
    real, threads = decode.decode_read, set()

    def decode_read(*args):
        threads.add(threading.get_ident())
        return real(*args)

    monkeypatch.setattr(decode, "decode_read", decode_read)
    decoded = decode.decode_shard(rows, 512, 64_000_000, FetchPolicy(concurrent_reads=8), {})
    assert [d.row.sku for d in decoded] == [r.sku for r in rows] and all(d.ok for d in decoded)
    assert threads == {threading.get_ident()}
