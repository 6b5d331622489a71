"""The model actors: how many, started and checked, waited for while Ray restarts one, and their errors."""

from __future__ import annotations

import logging
import os
import time

from enrich import EnrichError
from enrich.config import RunConfig

MAX_ACTOR_RESTARTS = 8  # model reloads per actor before the run fails: no endless restart loop
ACTOR_START_TIMEOUT_S = 900

log = logging.getLogger(__name__)


def worker_count(config: RunConfig) -> int:
    import ray

    resources = ray.cluster_resources()
    gpus, cpus = int(resources.get("GPU", 0)), int(resources.get("CPU", 1))
    return config.workers or (gpus if gpus else max(1, cpus // 8))


def start_actors(spec, count: int) -> list:
    import ray

    from enrich.worker import ShardProcessor

    resources = ray.cluster_resources()
    gpus, cpus = int(resources.get("GPU", 0)), int(resources.get("CPU", 1))
    options = {"num_gpus": 1, "num_cpus": 1} if gpus else {"num_cpus": min(1.0, cpus / (count + 1))}
    threads = None if gpus else max(1, (os.cpu_count() or 1) // count)
    log.info(f"loading {spec.model} on {count} {'GPU' if gpus else 'CPU'} worker(s)")
    actor_class = ray.remote(max_restarts=MAX_ACTOR_RESTARTS, max_task_retries=0)(ShardProcessor)
    actors = [actor_class.options(**options).remote(spec, threads) for _ in range(count)]
    ready_refs = [actor.ready.remote() for actor in actors]
    ready, _ = ray.wait(ready_refs, num_returns=len(ready_refs), timeout=ACTOR_START_TIMEOUT_S)
    if len(ready) < len(actors):
        raise EnrichError(
            f"only {len(ready)} of {len(actors)} workers started within {ACTOR_START_TIMEOUT_S}s; "
            "ask for fewer --workers or check the cluster's free CPUs/GPUs"
        )
    try:
        reports = ray.get(ready_refs)
    except Exception as exc:
        raise EnrichError(f"a worker could not load the model: {root_message(exc)}") from None
    for note in dict.fromkeys(note for report in reports for note in report.get("notes", ())):
        log.info(note)  # once, not once per actor
    return actors


def wait_until_ready(actor, timeout_s: float) -> None:
    """Block while Ray restarts the actor (calls made meanwhile fail without running)."""
    import ray

    deadline = time.monotonic() + timeout_s
    while True:
        try:
            ray.get(actor.ready.remote(), timeout=timeout_s)  # queued by Ray until a restart completes
            return
        except ray.exceptions.ActorDiedError:
            raise EnrichError(f"a worker died for good after {MAX_ACTOR_RESTARTS} restarts") from None
        except (ray.exceptions.ActorUnavailableError, ray.exceptions.GetTimeoutError):
            if time.monotonic() > deadline:
                raise EnrichError(f"a worker did not come back within {timeout_s:.0f}s after dying") from None
            time.sleep(0.5)


def actor_stats(actors: list) -> list[dict]:
    """Diagnostics from each actor; an actor that is restarting after a crash reports after it is back."""
    import ray

    for actor in actors:
        wait_until_ready(actor, ACTOR_START_TIMEOUT_S)
    return ray.get([actor.stats.remote() for actor in actors])


def root_message(exc: BaseException) -> str:
    """The user-facing reason of an error raised inside a Ray worker: an EnrichError's whole text, else the last
    line of the traceback."""
    cause = getattr(exc, "cause", None)
    if isinstance(cause, EnrichError):
        return " ".join(str(cause).split())
    text = str(cause or exc)
    if "EnrichError: " in text:
        return " ".join(text.rsplit("EnrichError: ", 1)[1].split())
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__
