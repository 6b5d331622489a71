"""Run a job: check inputs, take the output lock, plan the work, stream shards, commit them, publish.

Everything that can fail without a model (catalog, questionnaire, checkpoints, adapter names) fails before Ray
or any model starts (job.py). The plan (plan.py) decides what needs doing against the current results; when
nothing needs the model, Ray never starts. A run killed at any moment is finished by running the same command
again: it resumes its own plan, skipping the shards it committed (shards.py commits them).

Progress and notes go to the `enrich` logger; the command line shows them on stderr.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import pyarrow as pa
import pyarrow.compute as pc

from enrich import EnrichError, breaker
from enrich.catalog import read_catalog
from enrich.config import RunConfig
from enrich.job import (
    Job,
    RunSummary,
    adapter_fingerprint,
    check_sources,
    resume_key,
    subset,
    translator_fingerprint,
)
from enrich.model import fingerprint
from enrich.plan import METADATA, MODEL, plan_work
from enrich.questionnaire import CLOSED, GARMENT_QUESTION, load_questionnaire
from enrich.records import ERROR, OK, REFRESHED, UNREACHABLE
from enrich.seller import apply as apply_seller_map
from enrich.seller import columns_fingerprint as seller_columns_fingerprint
from enrich.seller import load_seller_map
from enrich.shards import Flusher, PlannedShards, UnreachableCauses, Work
from enrich.stats import peak_rss_mb
from enrich.store import Layout, OutputLock, RunContext, check_extra_columns, kept_columns, runs, stamps, writer
from enrich.store.extras import storable_extras

log = logging.getLogger(__name__)


@dataclass
class RunClock:
    """A run's times and resource figures, as the manifest and the summary report them."""

    started: float
    ready: float  # the workers ready (or the work begun, when no model was needed)
    last_shard: float | None = None
    peak_rss_mb: dict | None = None
    worker_busy_seconds: list[float] | None = None

    def processing_seconds(self) -> float:
        """Workers ready to the last shard: Ray's start and shutdown and the model load are fixed costs."""
        return (self.last_shard or time.monotonic()) - self.ready


def run_job(
    config: RunConfig,
    progress: bool = True,
    only_skus: set[str] | None = None,
    pool=None,
) -> RunSummary:
    """`only_skus` restricts the run to those catalog items and recomputes them (reprocessing).

    `pool` makes the model side instead of Ray's (`enrich.pool.ShardPool`): `enrich bench store` and the store
    tests time and test the store with a stand-in (`enrich.lab.standin.StandinPool`).
    """
    started = time.monotonic()
    breaker.reset()  # a source down in an earlier run of this process is tried afresh
    catalog, questionnaire = read_catalog(config.catalog), load_questionnaire(config.questionnaire)
    if only_skus is not None:
        catalog, config = subset(catalog, only_skus), replace(config, full=True)
    seller_map = load_seller_map(config.seller_map, questionnaire)
    mapped = apply_seller_map(seller_map, catalog.extras)
    derived = set(mapped.column_names) - set(catalog.extra_columns)
    catalog = replace(catalog, extras=kept_columns(mapped, config.catalog_columns, derived))
    check_extra_columns(catalog.extra_columns)
    check_sources(config, questionnaire)
    model_fp, adapter_fp = fingerprint(config.model), adapter_fingerprint(config, questionnaire)
    translator_fp = translator_fingerprint(config)
    fingerprints = dict(
        questionnaire=questionnaire.sha256, model=model_fp, adapter=adapter_fp, translator=translator_fp
    )
    key = resume_key(
        config, catalog, fingerprints | dict(seller=seller_columns_fingerprint(seller_map, catalog.extras)), only_skus
    )
    layout = Layout.of(config.out)
    with OutputLock(layout.root) as lock:
        if lock.stale:
            log.warning(f"taking over the lock left by a run that did not exit cleanly: {lock.stale}")
        tables = writer.open_output(layout)
        catalog = replace(catalog, rows=catalog.rows.with_skus(writer.stored_spellings(tables, catalog.rows.skus)))
        runs.refuse_a_clock_behind(layout)
        extras, notes = storable_extras(catalog.extras, tables.extras_schema())
        for note in notes:
            log.warning(note)
        run_id = runs.resumable_run(layout, key)
        run = RunContext(
            run_id or runs.new_run_id(layout),
            config.model,
            config.adapter,
            config.engine,
            questionnaire.sha256,
            model_fp,
            adapter_fp,
            translator_fp,
        )
        if run_id:
            manifest, plan = _resume(layout, run_id)
        else:
            manifest = runs.manifest_header(run, config, questionnaire, catalog, key, only_skus is not None)
            inputs = {"m": model_fp, "a": adapter_fp, "q": questionnaire.sha256, "t": translator_fp}
            inputs["qs"] = runs.same_model_questionnaires(layout, questionnaire)
            inputs["a_before"] = adapter_fingerprint(config)  # with unused named adapters, as older rows have it
            inputs.update(full=config.full, verify=config.verify, whole=only_skus is None, shrink=config.allow_shrink)
            inputs["roots"] = config.fetch.roots
            inputs["questions"] = {question.id: question.kind for question in questionnaire.questions}
            inputs["garment"] = next(  # its answer picks the pixel region where the seller's garment does not
                (q for q in questionnaire.questions if q.id == GARMENT_QUESTION and q.kind == CLOSED), None
            )
            plan = plan_work(catalog, extras, tables, inputs, config.shard_size)
            _start(layout, manifest, plan)
        job = Job(config, catalog, extras, run, manifest, plan, only_skus is None, questionnaire, pool)
        return _execute(job, layout, tables, progress, RunClock(started, time.monotonic()))


def _start(layout: Layout, manifest: dict, plan: pa.Table) -> None:
    manifest.update(plan={"items": plan.num_rows, "shards": len(Work(plan).slices)}, shards_done=0)
    runs.write_manifest(layout, manifest)
    runs.remove_other_plans(layout, manifest["run_id"])
    if plan.num_rows:
        runs.write_plan(layout, manifest["run_id"], plan)


def _resume(layout: Layout, run_id: str) -> tuple[dict, pa.Table]:
    manifest = next(m for m in runs.manifests(layout) if m["run_id"] == run_id)
    plan = runs.read_plan(layout, run_id)
    log.info(f"resuming run {run_id}")
    return manifest, plan


def _execute(job: Job, layout: Layout, tables, progress: bool, clock: RunClock) -> RunSummary:
    work = Work(job.plan)
    done = {s for s in work.slices if tables.shard_committed(job.run.run_id, s)}
    if done:
        log.info(f"{len(done)} of {len(work.slices)} shards already committed")
    counts = Counter()
    returning = writer.ReturningItems(tables, job.plan.column("sku"), _restores(job.plan))  # read once a night
    try:
        metadata, metadata_shards = _metadata_updates(job, tables, work, done, returning)
        # written at once, so that the counts span a resume even after a kill: a resume skips the shards this
        # attempt committed
        job.manifest["metadata_updated"] = job.manifest.get("metadata_updated", 0) + metadata
        job.manifest["shards_done"] = job.manifest.get("shards_done", 0) + metadata_shards
        runs.write_manifest(layout, job.manifest)
        same_bytes, unreachable_causes = _enrich(job, tables, work, done, counts, clock, progress, returning)
        returning.close()  # before the publish, the driver's peak
        log.info("publishing the results into the current tables" if job.plan.num_rows else "nothing to enrich")
        finished = writer.finish(tables, job.run.run_id, _catalog_skus(job))
        stamps.record(layout, tables, pa.Table.from_pylist(same_bytes, schema=stamps.STAMPS_SCHEMA))
    except BaseException as exc:
        returning.close()
        _fail(job, layout, tables, counts, clock, exc)
        full = _disk_full(exc, layout)
        if full:
            raise full from exc
        raise
    _finish(job, layout, tables, "finished", counts, clock)
    runs.remove_plan(layout, job.run.run_id)
    metadata += counts.pop(REFRESHED, 0)
    unreachable = counts.pop(UNREACHABLE, 0)
    if unreachable:
        log.warning(
            f"{unreachable} image(s) could not be fetched ({unreachable_causes.line()}): their current results are "
            "kept as they were, and they are asked for again next night"
        )
    ok = counts.pop("ok", 0)
    made = job.manifest.get("counts") or {}  # every attempt's committed rows (_finish), which the budget judges
    judged_errors = sum(n for outcome, n in made.items() if outcome != "ok")
    # A reprocess chose its items, error items on purpose (`--audit item_errors`): the same failure again is what it
    # must report
    repeated = writer.repeated_errors(tables, job.run.run_id) if judged_errors and job.whole_catalog else 0
    return RunSummary(
        job.run.run_id,
        job.config.out,
        len(job.catalog.rows),
        ok + sum(counts.values()),
        ok,
        dict(counts),
        time.monotonic() - clock.started,
        clock.processing_seconds(),
        clock.peak_rss_mb,
        clock.worker_busy_seconds,
        len(done),
        job.config.error_budget,
        metadata,
        finished["deleted"],
        sum(work.slices[s][1] for s in done),
        repeated,
        unreachable,
        sum(work.slices[s][1] for s in work.shards(MODEL) if s not in done),
        sum(made.values()),
        judged_errors,
        job.relabelled,
        _restores(job.plan).num_rows,
    )


def _restores(plan: pa.Table) -> pa.Table:
    """(sku, run_id) of the current items the plan restores from a history row made with tonight's inputs."""
    chosen = plan.filter(pc.is_valid(plan.column("restore_from")))
    return pa.table({"sku": chosen.column("sku"), "run_id": chosen.column("restore_from")})


def _metadata_updates(job: Job, tables, work: Work, done: set[int], returning) -> tuple[int, int]:
    """Items updated and shards committed."""
    updated, shards = 0, [s for s in work.shards(METADATA) if s not in done]
    for shard in shards:
        rows = work.rows(shard)
        catalog_rows = job.extras.take(rows.column("row")).add_column(0, "sku", rows.column("sku"))
        updated += writer.metadata_update(tables, job.run, shard, catalog_rows, returning, job.relabel)
    if updated:
        log.info(
            f"{updated} item(s) updated without the model (changed catalog columns, back in the catalog, "
            "restored from history after a rollback, or answers read again through an edited questionnaire)"
        )
    return updated, len(shards)


def _enrich(
    job: Job, tables, work: Work, done: set[int], counts: Counter, clock: RunClock, progress: bool, returning
) -> tuple:
    """The model shards through the pool, committed as they finish; returns the images found unchanged under a new
    stamp (store/stamps.py), and why the unreachable ones were."""
    todo = [s for s in sorted(work.shards(MODEL)) if s not in done]
    if not todo:
        clock.peak_rss_mb = {"driver": peak_rss_mb(), "worker": None}  # no worker started
        return [], UnreachableCauses()
    if job.pool is None:
        from enrich.pool import ShardPool as make_pool
    else:
        make_pool = job.pool
    pool = make_pool(job.config, job.questionnaire, progress)
    known = {sku: k for s in todo for sku, k in work.known(s).items()}
    flusher = Flusher(job, tables, work, returning)
    try:
        for index, results in pool.results(PlannedShards(job, work, todo), known):
            counts.update(_counted(r) for r in flusher.add(index, results))
    finally:
        flusher.flush()  # shards that finished before a failure are kept
        clock.ready = pool.stats.ready_at or clock.ready
        clock.last_shard = flusher.last_shard_at
        clock.peak_rss_mb, clock.worker_busy_seconds = pool.stats.peak_rss_mb, pool.stats.worker_busy_seconds
    return flusher.same_bytes, flusher.unreachable


def _counted(result) -> str:
    """What a result counts as: an error code, 'ok', or REFRESHED (a catalog-only update, not enriched)."""
    return result.error_code if result.status == ERROR else "ok" if result.status == OK else result.status


def _catalog_skus(job: Job) -> pa.Array | None:
    return job.catalog.rows.skus if job.whole_catalog else None


def _fail(job: Job, layout: Layout, tables, counts: Counter, clock: RunClock, exc: BaseException) -> None:
    """Best effort, since the disk may be full: publish what was committed and record the failure."""
    error = str(_disk_full(exc, layout) or _stopped(exc) or f"{type(exc).__name__}: {exc}")
    if _stopped(exc):  # no error line follows a SIGTERM (the log ended with Ray's own dump): say it here
        log.error(f"run {job.run.run_id} {error}")
    try:
        writer.finish(tables, job.run.run_id, None)
        job.manifest["published"] = True
    except Exception:
        job.manifest["published"] = False  # the next run on this output publishes it
    try:
        _finish(job, layout, tables, "failed", counts, clock, error=error)
    except OSError:
        pass  # the manifest stays 'running'; the next run on this output resumes or supersedes it


def _stopped(exc: BaseException) -> str | None:
    """Ctrl-C, or a SIGTERM (Ray's handler turns it into SystemExit): said in words, not as "SystemExit: 1"."""
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted (Ctrl-C): run the same command again to resume"
    if isinstance(exc, SystemExit):
        return f"stopped (a SIGTERM or an exit, code {exc.code}): run the same command again to resume"
    return None


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


def _finish(job: Job, layout: Layout, tables, status: str, counts: Counter, clock: RunClock, error=None) -> None:
    """The run's manifest, final. Its counts are read from what the run committed, so that a run resumed after a
    kill counts every attempt's rows; its times and rate are this attempt's."""
    seconds = time.monotonic() - clock.started
    processed = sum(n for outcome, n in counts.items() if outcome not in (REFRESHED, UNREACHABLE))
    try:
        made, kept = writer.run_counts(tables, job.run.run_id)
    except Exception:  # a failing run (a full disk) still records what this attempt counted
        made, kept = {k: n for k, n in counts.items() if k not in (REFRESHED, UNREACHABLE)}, None
    job.manifest.update(
        status=status,
        finished_at=datetime.now(UTC).isoformat(),
        seconds=round(seconds, 3),
        processing_seconds=round(clock.processing_seconds(), 3),
        items_done=sum(made.values()),
        items_per_s=round(processed / seconds, 3) if seconds else None,
        counts=made,
        unreachable=counts.get(UNREACHABLE, 0),
        peak_rss_mb=clock.peak_rss_mb,
        worker_busy_seconds=clock.worker_busy_seconds,
        error=error,
    )
    if kept is not None:
        job.manifest["metadata_updated"] = kept
    if status == "finished":
        job.manifest.update(published=True, shards_done=job.manifest.get("plan", {}).get("shards", 0))
    runs.write_manifest(layout, job.manifest)
