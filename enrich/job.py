"""A run's job: its inputs checked, identified (the resume key) and resolved once, and the summary it ends with.

Everything that can fail without a model (checkpoints, adapter names, skus to reprocess) fails here, before Ray
or any model starts.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from enrich import EnrichError
from enrich.catalog import Catalog
from enrich.catalog_checks import sku_key
from enrich.config import RunConfig
from enrich.model import check_checkpoint, check_engine, fingerprint
from enrich.questionnaire import Questionnaire
from enrich.relabel import relabelled
from enrich.store import RunContext
from enrich.translate import NO_TRANSLATOR

log = logging.getLogger(__name__)


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
    resumed_items: int = 0  # items of the shards an interrupted attempt committed: neither done now nor unchanged
    repeated_errors: int = 0  # error items that failed the same way before the run: not judged by the error budget
    unreachable: int = 0  # remote images that could not be fetched (records.UNREACHABLE): their results kept
    read_items: int = 0  # items whose images this attempt read or asked their source about (the decode tasks)
    # what the error budget judges: the items the run's model made rows for and their errors, every attempt's (a
    # resume after a kill or a full disk must judge the errors the killed attempt committed too); None: this attempt's
    judged_items: int | None = None
    judged_errors: int | None = None
    # of metadata_updated, this attempt's items updated for another reason than their catalog columns: answers read
    # again through an edited questionnaire (relabel.py), results restored after a rollback
    relabelled: int = 0
    restored: int = 0

    @property
    def errors(self) -> int:
        return sum(self.errors_by_code.values())

    @property
    def unchanged(self) -> int:
        return self.items - self.processed - self.metadata_updated - self.resumed_items - self.unreachable

    @property
    def over_budget(self) -> bool:
        return self.error_share > self.error_budget or self.unreachable_share > self.error_budget

    @property
    def error_share(self) -> float:
        """New error items among the items the run processed, every attempt's: a catalog's few images that fail every
        night (a fetch error is tried every night) must not fail a quiet night whose only work they are."""
        items = self.processed if self.judged_items is None else self.judged_items
        errors = self.errors if self.judged_errors is None else self.judged_errors
        judged = items - self.repeated_errors
        return (errors - self.repeated_errors) / judged if judged > 0 else 0.0

    @property
    def unreachable_share(self) -> float:
        """Images not fetched (their results kept) among the images read: a source down, not one slow image."""
        return self.unreachable / self.read_items if self.read_items else 0.0


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
    pool: Callable | None = None  # makes the pool: (config, questionnaire, progress) -> ShardPool; None: Ray's
    relabelled: int = 0  # items whose answers this attempt read again (relabel)

    def relabel(self, answers: pa.Table) -> pa.Table:
        """Answers made with a questionnaire that asked the model the same, read again through this run's."""
        self.relabelled += pc.count_distinct(answers.column("sku")).as_py() if answers.num_rows else 0
        return relabelled(answers, self.questionnaire)


def check_sources(config: RunConfig, questionnaire) -> None:
    """Everything that can be checked without loading a model, before Ray or any model starts."""
    sources = [(config.model, "model"), (config.adapter, "adapter"), (config.mt_model, "MT model")]
    sources += [(where, f"adapter {name}") for name, where in config.adapters]
    for source, what in sources:
        if source:
            check_checkpoint(source, what)
    check_engine(config.model, config.engine)
    unknown = sorted(questionnaire.adapters - {name for name, _ in config.adapters})
    if unknown:
        raise EnrichError(
            f"the questionnaire asks for adapter(s) {unknown}, which the run does not define; "
            "add them with --named-adapter NAME=LOCATION or an [adapters] table in the job"
        )
    _check_mt_target(config)
    unused = sorted({name for name, _ in config.adapters} - questionnaire.adapters)
    if unused:
        log.warning(
            f"adapter(s) {unused} are defined (--named-adapter, [adapters]) but no question of the questionnaire "
            f"{questionnaire.name!r} asks for one (adapter = NAME): they change no answer"
        )


def _check_mt_target(config: RunConfig) -> None:
    """An --mt-target the local translator cannot write failed in every worker, after Ray and the model started."""
    if not (config.mt_model and config.mt_target and Path(config.mt_model).expanduser().is_dir()):
        return
    from enrich.model.check import PROBLEM
    from enrich.model.mt import check_translator

    for finding in check_translator(config.mt_model, config.mt_target):
        if finding.level == PROBLEM and finding.topic == "target language":
            raise EnrichError(f"{finding.text}: {finding.fix}")


def adapter_fingerprint(config: RunConfig, questionnaire=None) -> str | None:
    """The adapters' fingerprint: the default one and the named ones the questionnaire uses (an unused one changed
    it, and every item went through the model again for nothing); without a questionnaire, every named one (as
    rows written before 2026-12-04 have it, which plan.py takes as the same)."""
    used = [(name, where) for name, where in config.adapters if questionnaire is None or name in questionnaire.adapters]
    parts = [fingerprint(config.adapter)] + [f"{name}={fingerprint(where)}" for name, where in used]
    if not any(parts):
        return None
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:16]


def translator_fingerprint(config: RunConfig) -> str:
    """The translator's files and target language, or NO_TRANSLATOR: a translator added or changed left every item
    already enriched with its old pt-BR (or "no MT model configured") while new items got the new one."""
    if not config.mt_model:
        return NO_TRANSLATOR
    # the target as the translator reads it: ">>pob<<" and "POB" are "pob" (mt.py)
    target = (config.mt_target or "").strip().removeprefix(">>").removesuffix("<<").lower() or None
    parts = [fingerprint(config.mt_model), target]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:16]


def resume_key(config: RunConfig, catalog: Catalog, fingerprints: dict, only) -> str:
    """Same key = same job: the same inputs, so an unfinished run can be continued with its plan.

    `fingerprints`: the questionnaire's content hash, the model's and adapter's, and the seller columns' (they
    decide which items only need their catalog columns updated, as `catalog_columns` does)."""
    identity = {
        "catalog": catalog.checksum,
        **fingerprints,
        "shard_size": config.shard_size,
        "engine": config.engine,
        "dtype": config.dtype,
        "quantize": config.quantize,
        "full": config.full,
        "verify": config.verify,
        "only": sorted(only) if only is not None else None,
    }
    if config.catalog_columns is not None:  # they decide which items a plan updates (absent: the keys runs had)
        identity["catalog_columns"] = list(config.catalog_columns)
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:24]


def subset(catalog: Catalog, skus: set[str]) -> Catalog:
    skus = {sku_key(sku) for sku in skus}  # as the catalog's are: an output may hold skus stored with their spaces
    wanted = pc.is_in(catalog.rows.skus, value_set=pa.array(sorted(skus), pa.string()))
    rows = catalog.rows.take(pc.indices_nonzero(wanted))
    missing = sorted(skus - set(rows.skus.to_pylist()))
    if missing:
        raise EnrichError(f"{len(missing)} sku(s) to reprocess are not in the catalog {catalog.source}: {missing[:5]}")
    return replace(catalog, rows=rows)
