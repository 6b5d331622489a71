"""Run a job: check inputs, take the output lock, resume or start a run, stream shards, commit each one.

Everything that can fail without a model (catalog, questionnaire, checkpoints, adapter names) fails here,
before Ray or any model starts. A run killed at any moment is finished by running the same command again:
its committed shards are kept, the rest are redone. Items whose image, model, adapter and questionnaire
have not changed since their last committed result are skipped (`full=True` redoes them).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from enrich import EnrichError, state, store
from enrich.catalog import Catalog, read_catalog, shard_rows
from enrich.config import RunConfig
from enrich.model import check_checkpoint, fingerprint
from enrich.questionnaire import load_questionnaire
from enrich.records import ERROR

BUDGET_EXCEEDED_EXIT = 3


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

    @property
    def errors(self) -> int:
        return sum(self.errors_by_code.values())

    @property
    def unchanged(self) -> int:
        return self.items - self.processed

    @property
    def over_budget(self) -> bool:
        return self.processed > 0 and self.errors / self.processed > self.error_budget


def run_job(
    config: RunConfig, echo: Callable[[str], None] = print, progress: bool = True, only_skus: set[str] | None = None
) -> RunSummary:
    """`only_skus` restricts the run to those catalog items and recomputes them (reprocessing)."""
    catalog, questionnaire = read_catalog(config.catalog), load_questionnaire(config.questionnaire)
    if only_skus is not None:
        catalog, config = _subset(catalog, only_skus), replace(config, full=True)
    store.check_extra_columns(catalog.extra_columns)
    _check_sources(config, questionnaire)
    model_fp, adapter_fp = fingerprint(config.model), _adapter_fingerprint(config)
    out = Path(config.out).expanduser().resolve()
    key = _resume_key(config, catalog, questionnaire.sha256, model_fp, adapter_fp, only_skus)
    with state.OutputLock(out) as lock:
        if lock.stale:
            echo(f"taking over the lock left by a run that did not exit cleanly: {lock.stale}")
        run_id = state.resumable_run(out, key) or store.new_run_id()
        run = store.RunContext(
            run_id,
            out / "runs" / run_id,
            config.model,
            config.adapter,
            config.engine,
            questionnaire.sha256,
            model_fp,
            adapter_fp,
        )
        return _run(config, catalog, questionnaire, run, key, echo, progress, whole_catalog=only_skus is None)


def _run(
    config, catalog: Catalog, questionnaire, run, key: str, echo, progress: bool, whole_catalog: bool
) -> RunSummary:
    from enrich.pool import process_shards

    store.remove_temp_files(run.directory)
    shards = shard_rows(catalog.rows, config.shard_size)
    done = state.done_shards(run.directory)
    if done:
        echo(f"resuming run {run.run_id}: {len(done)} of {len(shards)} shards already committed")
    known = (
        {}
        if config.full
        else state.skip_keys(
            Path(config.out).resolve(), run.model_fingerprint, run.adapter_fingerprint, questionnaire.sha256
        )
    )
    manifest = store.manifest_header(run, config, questionnaire, catalog, key, len(shards))
    manifest.update(shards_done=len(done), resumed_from_shards=len(done))
    store.write_manifest(run, manifest)
    todo = [(index, rows) for index, rows in enumerate(shards) if index not in done]
    started, counts, clock = time.monotonic(), Counter(), {"ready": time.monotonic()}
    try:
        for index, results in process_shards(config, todo, known, echo, progress, clock):
            store.commit_shard(run, index, results, catalog.extras)
            counts.update(r.error_code if r.status == ERROR else "ok" for r in results)
            manifest["shards_done"] += 1
            store.write_manifest(run, manifest)
            clock["committed"] = time.monotonic()
    except BaseException as exc:
        _finish(run, manifest, "failed", counts, started, clock, error=f"{type(exc).__name__}: {exc}")
        raise
    if whole_catalog:
        store.commit_catalog(run, [row.sku for row in catalog.rows])
    _finish(run, manifest, "finished", counts, started, clock)
    ok = counts.pop("ok", 0)
    finished = time.monotonic()
    scope = sum(len(rows) for _, rows in todo)
    return RunSummary(
        run.run_id,
        config.out,
        scope,
        ok + sum(counts.values()),
        ok,
        dict(counts),
        finished - started,
        _processing_seconds(clock),
        clock.get("peak_rss_mb"),
        clock.get("worker_busy_seconds"),
        len(done),
        config.error_budget,
    )


def _finish(run, manifest: dict, status: str, counts: Counter, started: float, clock: dict, error=None) -> None:
    seconds = time.monotonic() - started
    processed = sum(counts.values())
    manifest.update(
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
    store.write_manifest(run, manifest)


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
    """Same key = same job: the same shards over the same inputs, so an unfinished run can be continued."""
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
        "only": sorted(only) if only is not None else None,
    }
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:24]


def _subset(catalog: Catalog, skus: set[str]) -> Catalog:
    rows = tuple(row for row in catalog.rows if row.sku in skus)
    missing = sorted(skus - {row.sku for row in rows})
    if missing:
        raise EnrichError(f"{len(missing)} sku(s) to reprocess are not in the catalog {catalog.source}: {missing[:5]}")
    return replace(catalog, rows=rows)
