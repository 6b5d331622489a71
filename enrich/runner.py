"""Run a job: check inputs, take the output lock, plan the work, stream shards, commit them, publish.

Everything that can fail without a model (catalog, questionnaire, checkpoints, adapter names) fails here,
before Ray or any model starts. The plan (plan.py) decides what needs doing against the current results;
when nothing needs the model, Ray never starts. A run killed at any moment is finished by running the same
command again: it resumes its own plan, skipping the shards it committed.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import pyarrow as pa
import pyarrow.compute as pc

from enrich import EnrichError
from enrich.catalog import Catalog, read_catalog
from enrich.config import RunConfig
from enrich.model import check_checkpoint, fingerprint
from enrich.plan import METADATA, MODEL, Work, plan_work
from enrich.questionnaire import GARMENT_QUESTION, Questionnaire, load_questionnaire
from enrich.records import ERROR
from enrich.seller import apply as apply_seller_map
from enrich.seller import load_seller_map
from enrich.stats import peak_rss_mb
from enrich.store import Layout, OutputLock, RunContext, check_extra_columns, runs, writer
from enrich.store.schema import storable_extras

FLUSH_ITEMS = 4096  # and at most this many items: a flush is one Arrow table per Delta table in memory


@dataclass
class RunSummary:
    run_id: str
    out: str
    items: int  # catalog items in scope
    processed: int
    ok: int
    errors_by_code: dict[str, int]
    seconds: float  # wall clock, Ray start and model load included
    processing_seconds: float = 0.0  # from the workers being ready to the last commit
    peak_rss_mb: dict[str, float] | None = None  # driver and largest worker
    worker_busy_seconds: list[float] | None = None  # per actor: processing_seconds minus this is starvation
    resumed_shards: int = 0  # shards already committed by an interrupted attempt of this run
    error_budget: float = 1.0
    metadata_updated: int = 0  # items whose catalog columns alone changed: updated without the model
    deleted: int = 0  # items gone from the catalog, dropped from the current tables

    @property
    def errors(self) -> int:
        return sum(self.errors_by_code.values())

    @property
    def unchanged(self) -> int:
        return self.items - self.processed - self.metadata_updated

    @property
    def over_budget(self) -> bool:
        return self.processed > 0 and self.errors / self.processed > self.error_budget


@dataclass
class Job:
    """One run's inputs, resolved once: what every step below needs."""

    config: RunConfig
    catalog: Catalog
    extras: pa.Table  # the catalog's columns as they are stored
    run: RunContext
    manifest: dict
    plan: pa.Table
    whole_catalog: bool
    questionnaire: Questionnaire  # the one the run hashed: the actors answer exactly it
    process_shards: Callable | None = None  # None: the Ray pool


def run_job(
    config: RunConfig,
    echo: Callable[[str], None] = print,
    progress: bool = True,
    only_skus: set[str] | None = None,
    process_shards=None,
) -> RunSummary:
    """`only_skus` restricts the run to those catalog items and recomputes them (reprocessing).

    `process_shards` replaces the Ray pool (pool.process_shards) with a stand-in: `enrich bench store` times
    the store without a model that way.
    """
    started = time.monotonic()
    catalog, questionnaire = read_catalog(config.catalog), load_questionnaire(config.questionnaire)
    if only_skus is not None:
        catalog, config = _subset(catalog, only_skus), replace(config, full=True)
    check_extra_columns(catalog.extra_columns)
    seller_map = load_seller_map(config.seller_map, questionnaire)
    catalog = replace(catalog, extras=apply_seller_map(seller_map, catalog.extras))
    _check_sources(config, questionnaire)
    model_fp, adapter_fp = fingerprint(config.model), _adapter_fingerprint(config)
    key = _resume_key(config, catalog, questionnaire.sha256, model_fp, adapter_fp, only_skus)
    layout = Layout.of(config.out)
    with OutputLock(layout.root) as lock:
        if lock.stale:
            echo(f"taking over the lock left by a run that did not exit cleanly: {lock.stale}")
        tables = writer.open_output(layout, echo)
        extras, notes = storable_extras(catalog.extras, tables.extras_schema())
        for note in notes:
            echo(note)
        run_id = runs.resumable_run(layout, key)
        run = RunContext(
            run_id or runs.new_run_id(),
            config.model,
            config.adapter,
            config.engine,
            questionnaire.sha256,
            model_fp,
            adapter_fp,
        )
        inputs = {
            "m": model_fp,
            "a": adapter_fp,
            "q": questionnaire.sha256,
            "full": config.full,
            "verify": config.verify,
        }
        if run_id:
            manifest, plan = _resume(layout, run_id, echo)
        else:
            manifest = runs.manifest_header(run, config, questionnaire, catalog, key)
            plan = plan_work(catalog, extras, tables, inputs, config.shard_size)
            _start(layout, manifest, plan)
        job = Job(config, catalog, extras, run, manifest, plan, only_skus is None, questionnaire, process_shards)
        return _execute(job, layout, tables, echo, progress, started)


def _start(layout: Layout, manifest: dict, plan: pa.Table) -> None:
    manifest.update(plan={"items": plan.num_rows, "shards": _shard_count(plan)}, shards_done=0)
    runs.write_manifest(layout, manifest)
    if plan.num_rows:
        runs.write_plan(layout, manifest["run_id"], plan)


def _resume(layout: Layout, run_id: str, echo) -> tuple[dict, pa.Table]:
    manifest = next(m for m in runs.manifests(layout) if m["run_id"] == run_id)
    plan = runs.read_plan(layout, run_id)
    echo(f"resuming run {run_id}")
    return manifest, plan


def _shard_count(plan: pa.Table) -> int:
    return len(Work(plan).slices)


def _execute(job: Job, layout: Layout, tables, echo, progress: bool, started: float) -> RunSummary:
    work = Work(job.plan)
    done = {s for s in work.slices if tables.shard_committed(job.run.run_id, s)}
    if done:
        echo(f"{len(done)} of {len(work.slices)} shards already committed")
    counts, clock = Counter(), {"ready": time.monotonic()}
    try:
        metadata = _metadata_updates(job, tables, work, done, echo)
        _enrich(job, tables, work, done, counts, clock, echo, progress)
        echo("publishing the results into the current tables" if job.plan.num_rows else "nothing to enrich")
        finished = writer.finish(tables, job.run.run_id, _catalog_skus(job))
    except BaseException as exc:
        _fail(job, layout, tables, counts, started, clock, exc)
        full = _disk_full(exc, layout)
        if full:
            raise full from exc
        raise
    _finish(job, layout, "finished", counts, started, clock)
    runs.remove_plan(layout, job.run.run_id)
    ok = counts.pop("ok", 0)
    scope = len(job.catalog.rows)
    return RunSummary(
        job.run.run_id,
        job.config.out,
        scope,
        ok + sum(counts.values()),
        ok,
        dict(counts),
        time.monotonic() - started,
        _processing_seconds(clock),
        clock.get("peak_rss_mb"),
        clock.get("worker_busy_seconds"),
        len(done),
        job.config.error_budget,
        metadata,
        finished["deleted"],
    )


def _metadata_updates(job: Job, tables, work: Work, done: set[int], echo) -> int:
    updated = 0
    for shard in (s for s in work.shards(METADATA) if s not in done):
        rows = work.rows(shard)
        catalog_rows = job.extras.take(rows.column("row")).add_column(0, "sku", rows.column("sku"))
        updated += writer.metadata_update(tables, job.run, shard, catalog_rows)
    if updated:
        echo(f"{updated} item(s) with changed catalog columns updated without the model")
    return updated


def _enrich(job: Job, tables, work: Work, done: set[int], counts: Counter, clock: dict, echo, progress) -> None:
    todo = [s for s in sorted(work.shards(MODEL)) if s not in done]
    if not todo:
        clock["peak_rss_mb"] = {"driver": peak_rss_mb(), "worker": None}  # no worker started
        return
    if job.process_shards is None:
        from enrich.pool import process_shards
    else:
        process_shards = job.process_shards
    shards = PlannedShards(job, work, todo)
    known = {sku: sha for s in todo for sku, sha in work.known(s).items()}
    flusher = Flusher(job, tables, work)
    try:
        for index, results in process_shards(job.config, shards, known, echo, progress, clock, job.questionnaire):
            counts.update(r.error_code if r.status == ERROR else "ok" for r in results)
            flusher.add(index, results)
            clock["committed"] = time.monotonic()
    finally:
        flusher.flush()  # shards that finished before a failure are kept


class PlannedShards:
    """The shards a run sends to the model, each made when the decode tasks reach it (a million catalog rows as
    Python objects up front cost 300 MB)."""

    def __init__(self, job: Job, work: Work, todo: list[int]):
        self.job, self.work, self.todo = job, work, todo
        self.garments = _garments(job.extras)
        self.items = sum(work.slices[s][1] for s in todo)

    def __len__(self) -> int:
        return len(self.todo)

    def __iter__(self):
        for shard in self.todo:
            rows = self.work.rows(shard).column("row").to_pylist()
            yield shard, tuple(_row(self.job, i, self.garments) for i in rows)


def _garments(extras: pa.Table) -> pa.ChunkedArray | None:
    """Per catalog row, the seller's garment type (mapped, else as written): it picks the pixel-color region."""
    names = [n for n in (f"seller_{GARMENT_QUESTION}", f"seller_{GARMENT_QUESTION}_raw") if n in extras.column_names]
    if not names:
        return None
    return pc.coalesce(*(extras.column(n) for n in names)) if len(names) > 1 else extras.column(names[0])


def _row(job: Job, index: int, garments: pa.ChunkedArray | None):
    row = job.catalog.rows.at(index)
    return replace(row, garment=garments[index].as_py()) if garments is not None else row


class Flusher:
    """Finished shards committed together, every `commit_every_s` or FLUSH_ITEMS: few commits, few files."""

    def __init__(self, job: Job, tables, work: Work):
        self.job, self.tables, self.work = job, tables, work
        self.pending: list = []
        self.since = time.monotonic()
        self.flushes = 0

    def add(self, index: int, results: list) -> None:
        self.pending.append((index, results))
        due = time.monotonic() - self.since >= self.job.config.commit_every_s
        if due or sum(len(r) for _, r in self.pending) >= FLUSH_ITEMS:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            stamps = {sku: t for index, _ in self.pending for sku, t in self.work.stamps(index).items()}
            writer.commit(self.tables, self.job.run, self.pending, self.job.extras, stamps, self.flushes)
            self.job.manifest["shards_done"] = self.job.manifest.get("shards_done", 0) + len(self.pending)
            self.pending, self.flushes = [], self.flushes + 1
        self.since = time.monotonic()


def _catalog_skus(job: Job) -> pa.Array | None:
    return job.catalog.rows.skus if job.whole_catalog else None


def _fail(job: Job, layout: Layout, tables, counts: Counter, started: float, clock: dict, exc: BaseException) -> None:
    """Best effort, since the disk may be full: publish what was committed and record the failure."""
    error = str(_disk_full(exc, layout) or f"{type(exc).__name__}: {exc}")
    try:
        writer.finish(tables, job.run.run_id, None)
        job.manifest["published"] = True
    except Exception:
        job.manifest["published"] = False  # the next run on this output publishes it
    try:
        _finish(job, layout, "failed", counts, started, clock, error=error)
    except OSError:
        pass  # the manifest stays 'running'; the next run on this output resumes or supersedes it


def _disk_full(exc: BaseException, layout: Layout) -> EnrichError | None:
    import errno
    import shutil

    text = str(exc)
    if not (getattr(exc, "errno", None) == errno.ENOSPC or "No space left on device" in text):
        return None
    free = shutil.disk_usage(layout.root).free / 2**20
    return EnrichError(
        f"the disk holding {layout.root} is full ({free:.0f} MB free) while committing results; free some "
        "space (enrich vacuum removes old history) or point --out elsewhere, then run the same command to resume"
    )


def _finish(job: Job, layout: Layout, status: str, counts: Counter, started: float, clock: dict, error=None) -> None:
    seconds = time.monotonic() - started
    processed = sum(counts.values())
    job.manifest.update(
        status=status,
        finished_at=datetime.now(UTC).isoformat(),
        seconds=round(seconds, 3),
        processing_seconds=round(_processing_seconds(clock), 3),
        items_done=processed,
        items_per_s=round(processed / seconds, 3) if seconds else None,
        counts=dict(counts),
        peak_rss_mb=clock.get("peak_rss_mb"),
        worker_busy_seconds=clock.get("worker_busy_seconds"),
        error=error,
    )
    if status == "finished":
        job.manifest["published"] = True
    runs.write_manifest(layout, job.manifest)


def _processing_seconds(clock: dict) -> float:
    """Workers ready to the last commit: Ray's start and shutdown and the model load are fixed costs, not throughput."""
    return clock.get("committed", time.monotonic()) - clock["ready"]


def _check_sources(config: RunConfig, questionnaire) -> None:
    """Everything that can be checked without loading a model, before Ray or any model starts."""
    sources = [(config.model, "model"), (config.adapter, "adapter"), (config.mt_model, "MT model")]
    sources += [(where, f"adapter {name}") for name, where in config.adapters]
    for source, what in sources:
        if source:
            check_checkpoint(source, what)
    unknown = sorted(questionnaire.adapters - {name for name, _ in config.adapters})
    if unknown:
        raise EnrichError(
            f"the questionnaire asks for adapter(s) {unknown}, which the run does not define; "
            "add them with --named-adapter NAME=LOCATION or an [adapters] table in the job"
        )


def _adapter_fingerprint(config: RunConfig) -> str | None:
    parts = [fingerprint(config.adapter)] + [f"{name}={fingerprint(where)}" for name, where in config.adapters]
    if not any(parts):
        return None
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:16]


def _resume_key(config: RunConfig, catalog: Catalog, questionnaire_sha: str, model_fp, adapter_fp, only) -> str:
    """Same key = same job: the same inputs, so an unfinished run can be continued with its plan."""
    identity = {
        "catalog": catalog.checksum,
        "questionnaire": questionnaire_sha,
        "model": model_fp,
        "adapter": adapter_fp,
        "shard_size": config.shard_size,
        "engine": config.engine,
        "dtype": config.dtype,
        "quantize": config.quantize,
        "full": config.full,
        "verify": config.verify,
        "only": sorted(only) if only is not None else None,
    }
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:24]


def _subset(catalog: Catalog, skus: set[str]) -> Catalog:
    positions = [k for k, sku in enumerate(catalog.rows.skus.to_pylist()) if sku in skus]
    rows = catalog.rows.take(positions)
    missing = sorted(skus - set(rows.skus.to_pylist()))
    if missing:
        raise EnrichError(f"{len(missing)} sku(s) to reprocess are not in the catalog {catalog.source}: {missing[:5]}")
    return replace(catalog, rows=rows)
