"""Run a job: check inputs, start the Ray actor pool, stream shards through it, commit each one.

Image reading and decoding run as small Ray tasks ahead of the model actors, so an actor never waits on
JPEG decoding: each actor holds one shard in work and one decoded shard queued behind it.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone

from enrich import EnrichError
from enrich.catalog import Catalog, read_catalog, shard_rows
from enrich.config import RunConfig
from enrich.images import load_image
from enrich.model import check_checkpoint
from enrich.questionnaire import load_questionnaire
from enrich.records import ERROR, CatalogRow, DecodedImage, ItemResult
from enrich import store

SHARDS_QUEUED_PER_ACTOR = 2  # one in work, one decoded and waiting: decoding never starves an actor
ACTOR_START_TIMEOUT_S = 900


@dataclass
class RunSummary:
    run_id: str
    out: str
    items: int
    ok: int
    errors_by_code: dict[str, int]
    seconds: float  # wall clock, Ray start and model load included
    processing_seconds: float = 0.0  # from the workers being ready to the last commit
    peak_rss_mb: dict[str, float] | None = None  # driver and largest worker
    worker_busy_seconds: list[float] | None = None  # per actor: processing_seconds minus this is starvation

    @property
    def errors(self) -> int:
        return sum(self.errors_by_code.values())


def run_job(config: RunConfig, echo: Callable[[str], None] = print, progress: bool = True) -> RunSummary:
    catalog, questionnaire = read_catalog(config.catalog), load_questionnaire(config.questionnaire)
    store.check_extra_columns(catalog.extra_columns)
    _check_sources(config, questionnaire)
    run_id = store.new_run_id()
    run = store.RunContext(run_id, _run_dir(config, run_id), config.model, config.adapter, config.engine,
                           questionnaire.sha256)  # fmt: skip
    manifest = store.manifest_header(run, config, questionnaire, catalog)
    store.write_manifest(run, manifest)
    started, counts, clock = time.monotonic(), Counter(), {}
    try:
        for index, results in _process_shards(config, catalog, echo, progress, clock):
            store.commit_shard(run, index, results, catalog.extras)
            counts.update(r.error_code if r.status == ERROR else "ok" for r in results)
    except BaseException as exc:
        _finish(run, manifest, "failed", counts, started, error=f"{type(exc).__name__}: {exc}")
        raise
    manifest.update(peak_rss_mb=clock.get("peak_rss_mb"), worker_busy_seconds=clock.get("worker_busy_seconds"),
                    processing_seconds=time.monotonic() - clock["ready"])  # fmt: skip
    _finish(run, manifest, "finished", counts, started)
    ok = counts.pop("ok", 0)
    finished = time.monotonic()
    return RunSummary(run_id, config.out, len(catalog.rows), ok, dict(counts), finished - started,
                      finished - clock.get("ready", started), clock.get("peak_rss_mb"),
                      clock.get("worker_busy_seconds"))  # fmt: skip


def _check_sources(config: RunConfig, questionnaire) -> None:
    """Everything that can be checked without loading a model, before Ray or any model starts."""
    sources = [(config.model, "model"), (config.adapter, "adapter"), (config.mt_model, "MT model")]
    sources += [(where, f"adapter {name}") for name, where in config.adapters]
    for source, what in sources:
        if source:
            check_checkpoint(source, what)
    unknown = sorted(questionnaire.adapters - {name for name, _ in config.adapters})
    if unknown:
        raise EnrichError(f"the questionnaire asks for adapter(s) {unknown}, which the run does not define; "
                          "add them with --named-adapter NAME=LOCATION or an [adapters] table in the job")  # fmt: skip


def _run_dir(config: RunConfig, run_id: str):
    from pathlib import Path

    return Path(config.out).expanduser().resolve() / "runs" / run_id


def _finish(run, manifest: dict, status: str, counts: Counter, started: float, error: str | None = None) -> None:
    seconds = time.monotonic() - started
    items = sum(counts.values())
    manifest.update(status=status, finished_at=datetime.now(timezone.utc).isoformat(), seconds=round(seconds, 3),
                    items_done=items, items_per_s=round(items / seconds, 3) if seconds else None,
                    counts=dict(counts), error=error)  # fmt: skip
    store.write_manifest(run, manifest)


def decode_shard(rows: tuple[CatalogRow, ...], max_side: int, max_pixels: int) -> list[DecodedImage]:
    return [load_image(row, max_side, max_pixels) for row in rows]


def _process_shards(config: RunConfig, catalog: Catalog, echo, progress: bool, clock: dict
                    ) -> Iterator[tuple[int, list[ItemResult]]]:  # fmt: skip
    import ray
    from tqdm import tqdm

    from enrich.worker import peak_rss_mb

    with ray_session(config.ray_address, echo):
        count = _worker_count(config)
        queue = DecodeAhead(config, shard_rows(catalog.rows, config.shard_size), count * SHARDS_QUEUED_PER_ACTOR)
        actors = _start_actors(config, count, echo)  # the first shards decode while the model loads
        clock["ready"] = time.monotonic()
        bar = tqdm(total=len(catalog.rows), unit="item", desc="enrich", file=sys.stderr, disable=not progress)
        errors = 0
        with bar:
            for index, results in _stream(actors, queue):
                errors += sum(r.status == ERROR for r in results)
                bar.set_postfix(errors=errors, refresh=False)
                bar.update(len(results))
                yield index, results
        stats = ray.get([actor.stats.remote() for actor in actors])
        clock["peak_rss_mb"] = {"driver": peak_rss_mb(), "worker": max(s["peak_rss_mb"] for s in stats)}
        clock["worker_busy_seconds"] = [round(s["busy_seconds"], 3) for s in stats]


class DecodeAhead:
    """Shards decoded by Ray tasks a bounded distance ahead of the actors: memory stays flat."""

    def __init__(self, config: RunConfig, shards: list, lookahead: int):
        import ray

        self.decode = ray.remote(num_cpus=0.25)(decode_shard)
        self.limits = (config.max_image_side, config.max_image_pixels)
        self.waiting = deque(enumerate(shards))
        self.decoding: deque = deque()
        self.lookahead = lookahead
        self._fill()

    def __bool__(self) -> bool:
        return bool(self.decoding)

    def popleft(self):
        taken = self.decoding.popleft()
        self._fill()
        return taken

    def _fill(self) -> None:
        while self.waiting and len(self.decoding) < self.lookahead:
            index, rows = self.waiting.popleft()
            self.decoding.append((index, self.decode.remote(rows, *self.limits)))


def _stream(actors: list, queue: DecodeAhead) -> Iterator[tuple[int, list[ItemResult]]]:
    """Keep every actor fed with SHARDS_QUEUED_PER_ACTOR shards; yield results as they complete."""
    import ray

    pending = {}

    def submit(actor) -> None:
        index, decoded = queue.popleft()
        pending[actor.process.remote(decoded)] = (index, actor)

    for actor in actors:
        for _ in range(SHARDS_QUEUED_PER_ACTOR):
            if queue:
                submit(actor)
    while pending:
        [ref], _ = ray.wait(list(pending), num_returns=1)
        index, actor = pending.pop(ref)
        try:
            results = ray.get(ref)
        except Exception as exc:
            raise EnrichError(f"shard {index} failed: {_root_message(exc)}") from exc
        if queue:
            submit(actor)
        yield index, results


def _worker_count(config: RunConfig) -> int:
    import ray

    resources = ray.cluster_resources()
    gpus, cpus = int(resources.get("GPU", 0)), int(resources.get("CPU", 1))
    return config.workers or (gpus if gpus else max(1, cpus // 8))


def _start_actors(config: RunConfig, count: int, echo) -> list:
    import ray

    from enrich.worker import ShardProcessor

    resources = ray.cluster_resources()
    gpus, cpus = int(resources.get("GPU", 0)), int(resources.get("CPU", 1))
    options = {"num_gpus": 1, "num_cpus": 1} if gpus else {"num_cpus": min(1.0, cpus / (count + 1))}
    threads = None if gpus else max(1, (os.cpu_count() or 1) // count)
    echo(f"loading {config.model} on {count} {'GPU' if gpus else 'CPU'} worker(s)")
    actor_class = ray.remote(ShardProcessor)
    actors = [actor_class.options(**options).remote(config, threads) for _ in range(count)]
    ready_refs = [actor.ready.remote() for actor in actors]
    ready, _ = ray.wait(ready_refs, num_returns=len(ready_refs), timeout=ACTOR_START_TIMEOUT_S)
    if len(ready) < len(actors):
        raise EnrichError(f"only {len(ready)} of {len(actors)} workers started within {ACTOR_START_TIMEOUT_S}s; "
                          "ask for fewer --workers or check the cluster's free CPUs/GPUs")  # fmt: skip
    try:
        ray.get(ready_refs)
    except Exception as exc:
        raise EnrichError(f"a worker could not load the model: {_root_message(exc)}") from None
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


def _root_message(exc: BaseException) -> str:
    """The user-facing line of an error raised inside a Ray worker."""
    text = str(getattr(exc, "cause", None) or exc)
    for line in reversed(text.splitlines()):
        if "EnrichError: " in line:
            return line.split("EnrichError: ", 1)[1]
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__
