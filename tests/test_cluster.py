"""A real multi-process Ray cluster: `ray start --head` plus a second node, then
`enrich run --ray-address` and `ray job submit` against it.

The two nodes get one CPU each. With `--workers 1` the model actor asks for
min(1, 2 CPUs / 2) = 1 CPU, so it fills one node and the decode tasks (0.25 CPU) that
run while it holds that CPU must go to the other node: every run here uses both nodes,
and the tests check that through the state API. The actors' engine is stood in (tests/standin_cli.py): a
model load costs more than the rest of a run, and the cluster does not change it (tests/test_runner.py loads
real models in real actors).

Isolation from the rest of the suite (other modules start local Rays in-process):
- each node has its own short `--temp-dir` under /tmp, so the cluster's bootstrap file
  (`ray_current_cluster`) is not in /tmp/ray and a plain `ray.init()` elsewhere never
  joins it;
- every port is a free one picked here; `RAY_ADDRESS` is removed from the environment
  of every subprocess and never set in this process;
- teardown is targeted, not `ray stop --force` (which kills every Ray process on the
  machine, including other tests' clusters): each node is a `ray start --block` process
  in its own session. SIGTERM makes it drain and stop the processes it started; then
  SIGKILL goes to its process group and to every descendant recorded beforehand (Ray
  workers, the job's entrypoint, which Ray starts in a session of its own).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest

from enrich.sql import query
from tests.reliability import make_catalog, run_in_session

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]

BIN = Path(sys.executable).parent
ITEMS = 12
NODE_START_TIMEOUT_S = 90
RUN_TIMEOUT_S = 150


@dataclass
class Node:
    name: str
    process: subprocess.Popen
    log: Path


@dataclass
class Cluster:
    gcs_address: str  # host:port, for `enrich run --ray-address`
    dashboard: str  # http://host:port, for `ray job submit` and the state API
    env: dict
    nodes: list[Node]
    node_ids: set[str]


def ephemeral_port_range() -> tuple[int, int]:
    try:
        low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(low), int(high)
    except (OSError, ValueError):
        return 32768, 60999  # Linux's default


def free_ports(count: int) -> list[int]:
    """Distinct free ports below the kernel's ephemeral range.

    A port picked by binding to port 0 comes from that range, and so does the local port of
    every outgoing connection: between our pick and Ray's bind, one of the many connections a
    starting Ray node opens can take it (CI saw the client server fail with "Address already
    in use"). Below the range only an explicit bind can take a port. All sockets stay bound
    until every port is chosen, on every address, as Ray binds the node IP and 127.0.0.1.
    """
    low, _ = ephemeral_port_range()
    candidates = list(range(max(1024, low - 10000), low))
    random.shuffle(candidates)  # two suites on one machine rarely try the same ports
    sockets = []
    try:
        for port in candidates:
            s = socket.socket()
            try:
                s.bind(("0.0.0.0", port))
            except OSError:
                s.close()
                continue
            sockets.append(s)
            if len(sockets) == count:
                return [s.getsockname()[1] for s in sockets]
        raise RuntimeError(f"fewer than {count} free ports below {low}")
    finally:
        for s in sockets:
            s.close()


def clean_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    env.update(HF_HUB_OFFLINE="1", RAY_AUTH_MODE="disabled", PYTHONUNBUFFERED="1")
    return env


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return f"(no log at {path})"


# Linux: `ray start` gets SIGTERM if pytest itself is killed, so its node still stops.
# (A pre-exec shim rather than Popen(preexec_fn=...), which is unsafe with threads.)
PDEATHSIG_EXEC = (
    "import ctypes, os, signal, sys\n"
    "if sys.platform.startswith('linux'):\n"
    "    ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG\n"
    "os.execv(sys.argv[1], sys.argv[1:])"
)


def start_node(name: str, args: list[str], env: dict, logs: Path) -> Node:
    log = logs / f"{name}.log"
    command = [sys.executable, "-c", PDEATHSIG_EXEC, str(BIN / "ray"), "start"]
    with log.open("w") as out:
        process = subprocess.Popen(
            [*command, "--block", *args],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Node(name, process, log)


def alive_nodes(dashboard: str) -> list:
    from ray.util.state import list_nodes

    nodes = list_nodes(address=dashboard, timeout=10, raise_on_missing_output=False)
    return [n for n in nodes if n.state == "ALIVE"]


def wait_for_nodes(dashboard: str, count: int, nodes: list[Node]) -> set[str]:
    from ray.util.state.exception import RayStateApiException

    deadline = time.monotonic() + NODE_START_TIMEOUT_S
    while True:
        for node in nodes:
            if node.process.poll() is not None:
                pytest.fail(f"`ray start` for the {node.name} exited: {tail(node.log)}")
        try:
            alive = alive_nodes(dashboard)
        except RayStateApiException:  # the dashboard is still starting
            alive = []
        if len(alive) == count:
            return {n.node_id for n in alive}
        if time.monotonic() > deadline:
            logs = "\n".join(f"--- {n.name}\n{tail(n.log)}" for n in nodes)
            pytest.fail(f"{len(alive)} of {count} Ray nodes alive\n{logs}")
        time.sleep(0.5)


def stop_nodes(nodes: list[Node]) -> None:
    """Stop the nodes (workers first) and reap everything they started."""
    for node in reversed(nodes):
        try:
            started = psutil.Process(node.process.pid).children(recursive=True)
        except psutil.Error:
            started = []
        node.process.send_signal(signal.SIGTERM)  # drains, then stops its processes
        try:
            node.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(node.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        for process in started:
            try:
                process.kill()
            except psutil.Error:
                pass
        node.process.wait()
        psutil.wait_procs(started, timeout=10)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    try:
        import ray.dashboard.optional_deps  # noqa: F401
    except ImportError:
        pytest.skip("needs ray[default]: dashboard, `ray job submit`, state API")
    logs = tmp_path_factory.mktemp("ray-cluster-logs")
    # Short: Ray's unix socket paths live under it (session_<date>_<pid>/sockets/...).
    temp_root = Path(tempfile.mkdtemp(prefix="enrich-ray-", dir="/tmp"))
    gcs, dashboard_port, client, head_agent, worker_agent = free_ports(5)
    dashboard = f"http://127.0.0.1:{dashboard_port}"
    env = clean_env()
    common = ["--num-cpus", "1", "--object-store-memory", str(200 * 1024 * 1024)]
    common += ["--node-ip-address", "127.0.0.1", "--disable-usage-stats"]
    nodes: list[Node] = []
    try:
        head_args = [
            "--head",
            "--port",
            str(gcs),
            "--include-dashboard=true",
            "--dashboard-host",
            "127.0.0.1",
            "--dashboard-port",
            str(dashboard_port),
            "--ray-client-server-port",
            str(client),
            "--dashboard-agent-listen-port",
            str(head_agent),
            "--temp-dir",
            str(temp_root / "h"),
        ]
        nodes.append(start_node("head", [*head_args, *common], env, logs))
        wait_for_nodes(dashboard, 1, nodes)
        worker_args = [
            "--address",
            f"127.0.0.1:{gcs}",
            "--dashboard-agent-listen-port",
            str(worker_agent),
            "--temp-dir",
            str(temp_root / "w"),
        ]
        nodes.append(start_node("worker node", [*worker_args, *common], env, logs))
        node_ids = wait_for_nodes(dashboard, 2, nodes)
        yield Cluster(f"127.0.0.1:{gcs}", dashboard, env, nodes, node_ids)
    finally:
        stop_nodes(nodes)
        shutil.rmtree(temp_root, ignore_errors=True)


def run(command: list, env: dict) -> subprocess.CompletedProcess:
    return run_in_session(command, env, RUN_TIMEOUT_S)


def enrich_args(catalog: Path, out: Path, address: str) -> list:
    """`enrich run` on the cluster, its actors' engine stood in (tests/standin_cli.py): no model load."""
    return [
        sys.executable,
        Path(__file__).with_name("standin_cli.py"),
        "worker",
        "run",
        "--catalog",
        catalog,
        "--out",
        out,
        "--shard-size",
        "4",
        "--workers",
        "1",
        "--no-progress",
        "--ray-address",
        address,
    ]


def assert_each_sku_once(out: Path, prefix: str) -> None:
    sql = "select count(*), count(distinct sku) from items"
    assert query(out, sql)[1] == [(ITEMS, ITEMS)]
    _, rows = query(out, "select sku, status from items")
    assert sorted(rows) == sorted((f"{prefix}-{i}", "ok") for i in range(ITEMS))
    _, runs = query(out, "select status from runs")
    assert runs == [("finished",)]


def nodes_used(cluster: Cluster, out: Path) -> set[str]:
    """Nodes that ran the decode tasks and actor calls of the Ray job that wrote `out`."""
    from ray.util.state import list_jobs, list_tasks

    jobs = list_jobs(address=cluster.dashboard, timeout=10)
    [job_id] = [j.job_id for j in jobs if str(out) in (j.entrypoint or "")]
    deadline = time.monotonic() + 20  # task events reach the GCS asynchronously
    while True:
        tasks = list_tasks(
            address=cluster.dashboard,
            filters=[("job_id", "=", job_id)],
            limit=10_000,
            timeout=10,
            raise_on_missing_output=False,
        )
        ours = [t for t in tasks if t.name == "decode_shard" or t.name.endswith("ShardProcessor.process")]
        used = {t.node_id for t in ours if t.node_id}
        if used == cluster.node_ids or time.monotonic() > deadline:
            return used
        time.sleep(0.5)


def test_enrich_run_joins_the_cluster_by_address(cluster, tmp_path):
    catalog = make_catalog(tmp_path, ITEMS, prefix="addr")
    out = tmp_path / "out"
    result = run(enrich_args(catalog, out, cluster.gcs_address), cluster.env)
    assert result.returncode == 0, result.stderr + result.stdout
    assert f"connecting to Ray at {cluster.gcs_address}" in result.stderr
    assert f"{ITEMS} items, {ITEMS} processed ({ITEMS} ok" in result.stdout
    assert_each_sku_once(out, "addr")
    assert nodes_used(cluster, out) == cluster.node_ids
    assert {n.node_id for n in alive_nodes(cluster.dashboard)} == cluster.node_ids


def test_ray_job_submit_runs_enrich_on_the_cluster(cluster, tmp_path):
    catalog = make_catalog(tmp_path, ITEMS, prefix="job")
    out = tmp_path / "out"
    submit = [BIN / "ray", "job", "submit", "--address", cluster.dashboard, "--"]
    result = run([*submit, *enrich_args(catalog, out, "auto")], cluster.env)
    logs = result.stdout + result.stderr
    assert result.returncode == 0, logs
    assert "connecting to Ray at auto" in logs
    assert "succeeded" in logs
    assert_each_sku_once(out, "job")
    assert nodes_used(cluster, out) == cluster.node_ids
    assert {n.node_id for n in alive_nodes(cluster.dashboard)} == cluster.node_ids
