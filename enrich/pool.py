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
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from enrich import EnrichError
from enrich.config import FetchPolicy, RunConfig
from enrich.images import load_image
from enrich.records import ERROR, OK, CatalogRow, DecodedImage, ItemResult

SHARDS_QUEUED_PER_ACTOR = 2  # one in work, one decoded and waiting: decoding never starves an actor
ATTEMPTS = 2  # a shard, then an item, that kills its worker this many times is given up on
MAX_ACTOR_RESTARTS = 8  # model reloads per actor before the run fails: no endless restart loop
ACTOR_START_TIMEOUT_S = 900
SYSTEMIC_SHARDS = 2  # the first shards that reach the model: every item failing alike there stops the run

Shard = tuple[int, tuple[CatalogRow, ...]]


def decode_shard(
    rows: tuple[CatalogRow, ...], max_side: int, max_pixels: int, policy: FetchPolicy, known: dict[str, str]
) -> list[DecodedImage]:
    return [load_image(row, max_side, max_pixels, known.get(row.sku), policy) for row in rows]


def process_shards(
    config: RunConfig,
    shards: list[Shard],
    known: dict[str, str],
    echo: Callable[[str], None],
    progress: bool,
    clock: dict,
    questionnaire=None,
) -> Iterator[tuple[int, list[ItemResult]]]:
    """Yield (shard index, results of its changed items) as shards complete, in any order.

    `questionnaire` is the one the run hashed; the actors get it parsed, never its path (read here if not given).
    """
    from tqdm import tqdm

    from enrich.questionnaire import load_questionnaire
    from enrich.stats import peak_rss_mb
    from enrich.worker import WorkerSpec

    spec = WorkerSpec.of(config, questionnaire or load_questionnaire(config.questionnaire))
    with ray_session(config.ray_address, echo):
        count = worker_count(config)
        queue = DecodeAhead(config, shards, known, count * SHARDS_QUEUED_PER_ACTOR)
        total = shards.items if hasattr(shards, "items") else sum(len(rows) for _, rows in shards)
        bar = tqdm(total=total, unit="item", desc="enrich", file=sys.stderr, disable=not progress)
        errors, watch = 0, SystemicWatch()
        with bar:
            for index, size, results in queue.needing_no_model():
                bar.update(size)
                yield index, results
            if not queue:  # every image was unchanged or unreadable: no model loads
                clock["peak_rss_mb"] = {"driver": peak_rss_mb(), "worker": None}
                return
            actors = start_actors(spec, count, echo)  # the next shards decode while the model loads
            clock["ready"] = time.monotonic()
            for index, size, results in Stream(actors, queue, config.stall_timeout_s):
                errors += sum(r.status == ERROR for r in results)
                bar.set_postfix(errors=errors, refresh=False)
                bar.update(size)
                yield from watch.passed((index, results))
            yield from watch.finished()
        stats = _stats(actors)
        clock["peak_rss_mb"] = {"driver": peak_rss_mb(), "worker": max(s["peak_rss_mb"] for s in stats)}
        clock["worker_busy_seconds"] = [round(s["busy_seconds"], 3) for s in stats]


class SystemicWatch:
    """Hold back the first shards that reach the model until one of their items succeeds with it.

    A model that fails on every item of the first shards with the same exception class is broken, not unlucky
    (a checkpoint layout it cannot run, a missing library): the run stops with that error, exit 1, instead of
    committing the catalog as `model_error` rows. Shards whose items never reached the model (unreadable images,
    unchanged items) pass straight through.
    """

    def __init__(self, shards: int = SYSTEMIC_SHARDS):
        self.shards = shards
        self.held: list[tuple[int, list[ItemResult]]] = []
        self.classes: Counter = Counter()
        self.settled = False

    def passed(self, shard: tuple[int, list[ItemResult]]) -> list[tuple[int, list[ItemResult]]]:
        """The shards that may be committed now."""
        reached = [r for r in shard[1] if r.status == OK or r.error_code == "model_error"]
        if self.settled or not reached:
            return [shard]
        self.held.append(shard)
        self.classes.update(r.error.split(":", 1)[0] if r.status == ERROR else OK for r in reached)
        if OK in self.classes or len(self.classes) > 1:
            return self._release()
        if len(self.held) >= self.shards:
            self._stop()
        return []

    def finished(self) -> list[tuple[int, list[ItemResult]]]:
        """At the end of the stream: a run whose every model item failed alike stops too (2 items at least)."""
        if not self.settled and self.classes.total() >= 2:
            self._stop()
        return self._release()

    def _release(self) -> list[tuple[int, list[ItemResult]]]:
        self.settled, held, self.held = True, self.held, []
        return held

    def _stop(self) -> None:
        example = next(r.error for _, results in self.held for r in results if r.error_code == "model_error")
        raise EnrichError(
            f"the model failed on every item it was given ({self.classes.total()} in {len(self.held)} shard(s)) "
            f"with the same error, so the run stopped without committing them: {example}; this is the model or "
            "its setup, not the items: `enrich check` the model, fix it and run again"
        )


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
        self.waiting = iter(shards)  # made one at a time: a million-item night holds no million rows
        self.decoding: deque = deque()
        self.lookahead = lookahead
        self._fill()

    def __bool__(self) -> bool:
        return bool(self.decoding)

    def needing_no_model(self) -> Iterator[tuple[int, int, list[ItemResult]]]:
        """The leading decoded shards whose images are all unchanged or unreadable, as results, until one is not.

        Read before any actor starts, so that a night whose touched files turn out unchanged loads no model.
        """
        import ray

        while self.decoding:
            index, size, ref = self.decoding[0]
            decoded = ray.get(ref)
            if any(d.ok and not d.unchanged for d in decoded):
                return
            self.popleft()
            failed = [d for d in decoded if not d.unchanged]
            yield index, size, [ItemResult(replace(d, pixels=None), ERROR, d.error_code, d.error) for d in failed]

    def popleft(self):
        """(index, number of items, reference to the decoded images)."""
        taken = self.decoding.popleft()
        self._fill()
        return taken

    def _fill(self) -> None:
        while len(self.decoding) < self.lookahead:
            index, rows = next(self.waiting, (None, None))
            if rows is None:
                return
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


def start_actors(spec, count: int, echo) -> list:
    import ray

    from enrich.worker import ShardProcessor

    resources = ray.cluster_resources()
    gpus, cpus = int(resources.get("GPU", 0)), int(resources.get("CPU", 1))
    options = {"num_gpus": 1, "num_cpus": 1} if gpus else {"num_cpus": min(1.0, cpus / (count + 1))}
    threads = None if gpus else max(1, (os.cpu_count() or 1) // count)
    echo(f"loading {spec.model} on {count} {'GPU' if gpus else 'CPU'} worker(s)")
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
        echo(note)  # once, not once per actor
    return actors


@contextmanager
def ray_session(address: str | None, echo):
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
        echo(f"connecting to Ray at {address}")
    else:
        echo("starting a local Ray")
        leftovers = leftover_ray_processes()
        if leftovers:
            echo(
                f"note: {len(leftovers)} Ray process(es) of an earlier run that was killed are still exiting "
                f"(pids {', '.join(map(str, leftovers[:8]))}); they end on their own within about a minute "
                "and this run does not use them"
            )
    ray.init(address=address or "local", include_dashboard=False, logging_level="WARNING", log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


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
