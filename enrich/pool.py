"""The Ray side of a run: decode tasks ahead of long-lived model actors, shard retries, a stall watchdog.

Image reading and decoding run as small Ray tasks a bounded distance ahead of the actors, so an actor never
waits on JPEG decoding and memory stays flat: each actor holds one shard in work and one queued behind it.
An actor that dies is restarted by Ray (bounded) and its shard retried; a shard that kills its worker twice
is redone item by item, and an item that kills the worker twice becomes a `worker_crash` error row.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from enrich import EnrichError
from enrich.colors import dominant_colors
from enrich.config import FetchPolicy, RunConfig
from enrich.images import load_image
from enrich.records import ERROR, CatalogRow, DecodedImage, ItemResult

SHARDS_QUEUED_PER_ACTOR = 2  # one in work, one decoded and waiting: decoding never starves an actor
ATTEMPTS = 2  # a shard, then an item, that kills its worker this many times is given up on
MAX_ACTOR_RESTARTS = 8  # model reloads per actor before the run fails: no endless restart loop
ACTOR_START_TIMEOUT_S = 900

Shard = tuple[int, tuple[CatalogRow, ...]]


def decode_shard(
    rows: tuple[CatalogRow, ...], max_side: int, max_pixels: int, policy: FetchPolicy, known: dict[str, str]
) -> list[DecodedImage]:
    decoded = [load_image(row, max_side, max_pixels, known.get(row.sku), policy) for row in rows]
    return [replace(d, pixel_colors=tuple(dominant_colors(d.pixels))) if d.pixels is not None else d for d in decoded]


def process_shards(
    config: RunConfig,
    shards: list[Shard],
    known: dict[str, str],
    echo: Callable[[str], None],
    progress: bool,
    clock: dict,
) -> Iterator[tuple[int, list[ItemResult]]]:
    """Yield (shard index, results of its changed items) as shards complete, in any order."""
    from tqdm import tqdm

    from enrich.stats import peak_rss_mb

    with ray_session(config.ray_address, echo):
        count = worker_count(config)
        queue = DecodeAhead(config, shards, known, count * SHARDS_QUEUED_PER_ACTOR)
        actors = start_actors(config, count, echo)  # the first shards decode while the model loads
        clock["ready"] = time.monotonic()
        total = sum(len(rows) for _, rows in shards)
        bar = tqdm(total=total, unit="item", desc="enrich", file=sys.stderr, disable=not progress)
        errors = 0
        with bar:
            for index, size, results in Stream(actors, queue, config.stall_timeout_s):
                errors += sum(r.status == ERROR for r in results)
                bar.set_postfix(errors=errors, refresh=False)
                bar.update(size)
                yield index, results
        stats = _stats(actors)
        clock["peak_rss_mb"] = {"driver": peak_rss_mb(), "worker": max(s["peak_rss_mb"] for s in stats)}
        clock["worker_busy_seconds"] = [round(s["busy_seconds"], 3) for s in stats]


def _stats(actors: list) -> list[dict]:
    """Diagnostics from each actor; an actor that is restarting after a crash reports after it is back."""
    import ray

    for actor in actors:
        wait_until_ready(actor, ACTOR_START_TIMEOUT_S)
    return ray.get([actor.stats.remote() for actor in actors])


class DecodeAhead:
    """Shards decoded by Ray tasks a bounded distance ahead of the actors."""

    def __init__(self, config: RunConfig, shards: list[Shard], known: dict[str, str], lookahead: int):
        import ray

        self.decode = ray.remote(num_cpus=0.25)(decode_shard)
        self.limits = (config.max_image_side, config.max_image_pixels, config.fetch)
        self.known = known
        self.waiting = deque(shards)
        self.decoding: deque = deque()
        self.lookahead = lookahead
        self._fill()

    def __bool__(self) -> bool:
        return bool(self.decoding)

    def popleft(self):
        """(index, number of items, reference to the decoded images)."""
        taken = self.decoding.popleft()
        self._fill()
        return taken

    def _fill(self) -> None:
        while self.waiting and len(self.decoding) < self.lookahead:
            index, rows = self.waiting.popleft()
            known = {row.sku: self.known[row.sku] for row in rows if row.sku in self.known}
            self.decoding.append((index, len(rows), self.decode.remote(rows, *self.limits, known)))


@dataclass
class _InFlight:
    index: int
    size: int
    decoded: object  # ObjectRef of the decoded shard, kept for retries
    actor: object
    attempts: int = 1


class Stream:
    """Keep every actor fed; retry shards whose worker died; give up when nothing progresses."""

    def __init__(self, actors: list, queue: DecodeAhead, stall_timeout_s: float):
        self.actors, self.queue, self.stall_timeout_s = actors, queue, stall_timeout_s
        self.pending: dict = {}

    def __iter__(self) -> Iterator[tuple[int, int, list[ItemResult]]]:
        import ray

        for actor in self.actors:
            for _ in range(SHARDS_QUEUED_PER_ACTOR):
                if self.queue:
                    self._submit(_InFlight(*self.queue.popleft(), actor=actor))
        while self.pending:
            ready, _ = ray.wait(list(self.pending), num_returns=1, timeout=self.stall_timeout_s)
            if not ready:
                raise EnrichError(
                    f"no shard finished for {self.stall_timeout_s:.0f}s (shards in flight: "
                    f"{sorted(f.index for f in self.pending.values())}); committed shards are saved, "
                    "run the same command again to resume"
                )
            flight = self.pending.pop(ready[0])
            results = self._collect(ready[0], flight)
            if results is None:
                continue  # resubmitted after its worker died
            if self.queue:
                self._submit(_InFlight(*self.queue.popleft(), actor=flight.actor))
            yield flight.index, flight.size, results

    def _submit(self, flight: _InFlight) -> None:
        self.pending[flight.actor.process.remote(flight.decoded)] = flight

    def _collect(self, ref, flight: _InFlight) -> list[ItemResult] | None:
        import ray

        try:
            return ray.get(ref)
        except ray.exceptions.RayActorError:
            wait_until_ready(flight.actor, ACTOR_START_TIMEOUT_S)  # Ray restarts it, reloading the model
            if flight.attempts < ATTEMPTS:
                flight.attempts += 1
                self._submit(flight)
                return None
            return isolate_poison(flight.actor, ray.get(flight.decoded), self.stall_timeout_s)
        except Exception as exc:
            raise EnrichError(f"shard {flight.index} failed: {root_message(exc)}") from exc


def isolate_poison(actor, decoded: list[DecodedImage], timeout_s: float) -> list[ItemResult]:
    """Redo a shard that killed its worker, one item at a time; quarantine items that kill it twice."""
    import ray

    results = []
    for image in decoded:
        for attempt in range(ATTEMPTS):
            try:
                results += _call_when_available(actor, [image], timeout_s)
                break
            except ray.exceptions.RayActorError:
                if attempt == ATTEMPTS - 1:
                    message = f"killed its worker {ATTEMPTS} times; quarantined so the run could go on"
                    results.append(ItemResult(image, ERROR, "worker_crash", message))
    return results


def _call_when_available(actor, decoded: list[DecodedImage], stall_timeout_s: float) -> list[ItemResult]:
    """Process one item on an actor known to be up, so that its death is this item's doing."""
    import ray

    wait_until_ready(actor, ACTOR_START_TIMEOUT_S)
    try:
        return ray.get(actor.process.remote(decoded), timeout=stall_timeout_s)
    except ray.exceptions.GetTimeoutError:
        raise EnrichError(
            f"item {decoded[0].row.sku} made no progress for {stall_timeout_s:.0f}s; committed "
            "shards are saved, run the same command again to resume"
        ) from None


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


def worker_count(config: RunConfig) -> int:
    import ray

    resources = ray.cluster_resources()
    gpus, cpus = int(resources.get("GPU", 0)), int(resources.get("CPU", 1))
    return config.workers or (gpus if gpus else max(1, cpus // 8))


def start_actors(config: RunConfig, count: int, echo) -> list:
    import ray

    from enrich.worker import ShardProcessor

    resources = ray.cluster_resources()
    gpus, cpus = int(resources.get("GPU", 0)), int(resources.get("CPU", 1))
    options = {"num_gpus": 1, "num_cpus": 1} if gpus else {"num_cpus": min(1.0, cpus / (count + 1))}
    threads = None if gpus else max(1, (os.cpu_count() or 1) // count)
    echo(f"loading {config.model} on {count} {'GPU' if gpus else 'CPU'} worker(s)")
    actor_class = ray.remote(max_restarts=MAX_ACTOR_RESTARTS, max_task_retries=0)(ShardProcessor)
    actors = [actor_class.options(**options).remote(config, threads) for _ in range(count)]
    ready_refs = [actor.ready.remote() for actor in actors]
    ready, _ = ray.wait(ready_refs, num_returns=len(ready_refs), timeout=ACTOR_START_TIMEOUT_S)
    if len(ready) < len(actors):
        raise EnrichError(
            f"only {len(ready)} of {len(actors)} workers started within {ACTOR_START_TIMEOUT_S}s; "
            "ask for fewer --workers or check the cluster's free CPUs/GPUs"
        )
    try:
        ray.get(ready_refs)
    except Exception as exc:
        raise EnrichError(f"a worker could not load the model: {root_message(exc)}") from None
    return actors


@contextmanager
def ray_session(address: str | None, echo):
    """Join `address`, or start a local Ray that lives as long as the run; reuse one already started."""
    import ray

    if ray.is_initialized():
        yield
        return
    echo(f"connecting to Ray at {address}" if address else "starting a local Ray")
    ray.init(address=address, include_dashboard=False, logging_level="WARNING", log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


def root_message(exc: BaseException) -> str:
    """The user-facing line of an error raised inside a Ray worker."""
    text = str(getattr(exc, "cause", None) or exc)
    for line in reversed(text.splitlines()):
        if "EnrichError: " in line:
            return line.split("EnrichError: ", 1)[1]
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__
