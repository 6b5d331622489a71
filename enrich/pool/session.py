"""The Ray a run uses: joined when given, else a local one that lives as long as the run."""

from __future__ import annotations

import logging
import os
import socket
from contextlib import contextmanager

from enrich import EnrichError

log = logging.getLogger(__name__)


@contextmanager
def ray_session(address: str | None):
    """Join `address` (or RAY_ADDRESS), else start a local Ray that lives as long as the run; reuse one started.

    Never `ray.init()` without an address: that joins whatever cluster an earlier `ray start` on this machine
    recorded in /tmp/ray, which a run that was not given --ray-address must not do.
    """
    import ray

    if ray.is_initialized():
        yield
        return
    address = address or os.environ.get("RAY_ADDRESS") or None
    if address:
        log.info(f"connecting to Ray at {address}")
    else:
        log.info("starting a local Ray")
        leftovers = leftover_ray_processes()
        if leftovers:
            log.warning(
                f"note: {len(leftovers)} Ray process(es) of an earlier run (killed, or ended moments ago) are still "
                "exiting "
                f"(pids {', '.join(map(str, leftovers[:8]))}); they end on their own within about a minute "
                "and this run does not use them"
            )
    if address:
        _refuse_a_silent_cluster(address)
    try:
        ray.init(address=address or "local", include_dashboard=False, logging_level="WARNING", log_to_driver=False)
    except ConnectionError as exc:  # `auto` with no cluster (or several): Ray's traceback
        if not address:  # a local Ray that did not start is Ray's to say, whole
            raise
        raise EnrichError(f"could not join the Ray cluster at {address}: {_first_line(exc)}; {START_HEAD}") from None
    try:
        yield
    finally:
        ray.shutdown()


START_HEAD = (
    "start the cluster's head (`ray start --head`), or leave out --ray-address (and RAY_ADDRESS) for a local Ray"
)
CONNECT_SECONDS = 10.0


def _refuse_a_silent_cluster(address: str) -> None:
    """A HOST:PORT where nothing answers: ray.init retried for about 14 minutes, before the stall watchdog ran."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():  # `auto`, or a form Ray reads its own way
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_SECONDS).close()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise EnrichError(f"no Ray cluster answers at {address} ({reason}): {START_HEAD}") from None


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def leftover_ray_processes(processes=None) -> list[int]:
    """This user's Ray worker and agent processes whose raylet is gone (their parent is init): what a driver
    killed with SIGKILL leaves. Ray's dashboard and runtime-env agents wait about a minute on the dead GCS."""
    if processes is None:
        processes = _ray_processes()
    return sorted(pid for pid, parent, name in processes if parent == 1 and name.startswith("ray::"))


def _ray_processes() -> list[tuple[int, int, str]]:
    try:
        import psutil  # Ray ships it; missing, there is nothing to report
    except ImportError:
        return []
    me, found = os.getuid(), []
    for process in psutil.process_iter(["pid", "ppid", "name", "cmdline", "uids"]):
        info = process.info
        if info["uids"] is None or info["uids"].real != me:
            continue
        found.append((info["pid"], info["ppid"], " ".join(info["cmdline"] or []) or info["name"] or ""))
    return found
