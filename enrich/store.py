"""The output folder: Parquet schema, atomic shard commits and run manifests.

Layout under OUT (everything a reader needs; `enrich sql` and the audits read only this):
    runs/<run_id>/manifest.json            config, fingerprints, questionnaire, catalog, plan, counts, timings
    runs/<run_id>/answers/part-NNNNN.parquet
    runs/<run_id>/items/part-NNNNN.parquet
    runs/<run_id>/done/part-NNNNN.json      the shard's commit marker, written last
A file is written to a dot-prefixed temp name, fsynced, its footer read back, then renamed into place;
the marker comes after both renames. Readers read only shards with a marker, so a run killed at any
step leaves nothing partial or duplicated in view, and a rerun redoes exactly the unmarked shards.
"""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from enrich import EnrichError, __version__, faults
from enrich.records import ItemResult

TIMESTAMP = pa.timestamp("us", tz="UTC")
ITEMS_SCHEMA = pa.schema(
    [
        ("run_id", pa.string()),
        ("sku", pa.string()),
        ("image_uri", pa.string()),
        ("image_sha256", pa.string()),
        ("status", pa.string()),
        ("error_code", pa.string()),
        ("error", pa.string()),
        ("caption_en", pa.string()),
        ("caption_pt", pa.string()),
        ("caption_pt_source", pa.string()),
        ("caption_pt_missing", pa.string()),
        ("caption_tokens", pa.int32()),
        ("caption_hit_limit", pa.bool_()),
        ("model", pa.string()),
        ("adapter", pa.string()),
        ("engine", pa.string()),
        ("model_fingerprint", pa.string()),
        ("adapter_fingerprint", pa.string()),
        ("questionnaire_sha256", pa.string()),
        ("processed_at", TIMESTAMP),
        ("pixel_colors", pa.list_(pa.struct([("color", pa.string()), ("share", pa.float32())]))),
    ]
)
ANSWERS_SCHEMA = pa.schema(
    [
        ("run_id", pa.string()),
        ("sku", pa.string()),
        ("question_id", pa.string()),
        ("prompt", pa.string()),
        ("kind", pa.string()),
        ("status", pa.string()),
        ("answer_en", pa.string()),
        ("raw_en", pa.string()),
        ("answer_pt", pa.string()),
        ("answer_pt_source", pa.string()),
        ("answer_pt_missing", pa.string()),
        ("confidence", pa.float64()),
        ("runner_up", pa.string()),
        ("runner_up_confidence", pa.float64()),
        ("num_tokens", pa.int32()),
        ("hit_limit", pa.bool_()),
        ("adapter", pa.string()),
        ("questionnaire_sha256", pa.string()),
        ("processed_at", TIMESTAMP),
    ]
)


@dataclass(frozen=True)
class RunContext:
    """What every row of one run shares."""

    run_id: str
    directory: Path
    model: str
    adapter: str | None
    engine: str
    questionnaire_sha256: str
    model_fingerprint: str | None = None
    adapter_fingerprint: str | None = None


CATALOG_FILE = "catalog.parquet"


def check_extra_columns(columns: list[str]) -> None:
    clashes = sorted(set(columns) & set(ITEMS_SCHEMA.names))
    if clashes:
        raise EnrichError(f"catalog columns {clashes} clash with output columns of the same name; rename them")


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + secrets.token_hex(3)


def write_manifest(run: RunContext, manifest: dict) -> None:
    text = json.dumps(manifest, indent=2, sort_keys=True, default=str)

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")
        faults.hit("manifest", manifest.get("shards_done", 0))

    _atomic_write(run.directory / "manifest.json", write)


def commit_shard(run: RunContext, index: int, results: list[ItemResult], extras: pa.Table) -> None:
    """Both files renamed into place, then the marker: only a marked shard is visible or counted done."""
    faults.hit("before_commit", index)
    now = datetime.now(UTC)
    name = f"part-{index:05d}"
    if results:
        answers = answers_table(run, results, now)
        items = items_table(run, results, extras, now)
        _atomic_write(run.directory / "answers" / f"{name}.parquet", lambda tmp: _write_parquet(answers, tmp, index))
        _atomic_write(run.directory / "items" / f"{name}.parquet", lambda tmp: pq.write_table(items, tmp))
        faults.hit("after_rename", index)
    marker = json.dumps({"items": len(results), "answers": sum(len(r.answers) for r in results)})
    _atomic_write(run.directory / "done" / f"{name}.json", lambda tmp: tmp.write_text(marker))
    faults.hit("after_marker", index)


def commit_catalog(run: RunContext, skus: list[str]) -> None:
    """The skus a finished whole-catalog run covered; the latest views hide skus deleted since (sql.py)."""
    table = pa.table({"sku": pa.array(skus, pa.string())})
    _atomic_write(run.directory / CATALOG_FILE, lambda tmp: pq.write_table(table, tmp))


def _write_parquet(table: pa.Table, path: Path, index: int) -> None:
    pq.write_table(table, path)
    faults.hit("after_temp", index)


def remove_temp_files(run_dir: Path) -> int:
    """Temp files of a killed run: never visible to readers, removed before the run resumes."""
    stale = list(run_dir.glob("**/.*.tmp-*"))
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


def items_table(run: RunContext, results: list[ItemResult], extras: pa.Table, now: datetime) -> pa.Table:
    rows = [_item_row(run, r, now) for r in results]
    table = pa.Table.from_pylist(rows, schema=ITEMS_SCHEMA)
    carried = extras.take([r.image.row.index for r in results])
    for name in carried.column_names:
        table = table.append_column(carried.schema.field(name), carried.column(name))
    return table


def answers_table(run: RunContext, results: list[ItemResult], now: datetime) -> pa.Table:
    rows = [
        {
            "run_id": run.run_id,
            "sku": r.image.row.sku,
            "processed_at": now,
            "questionnaire_sha256": run.questionnaire_sha256,
            "answer_pt": a.pt.text,
            "answer_pt_source": a.pt.source,
            "answer_pt_missing": a.pt.missing,
            **{k: v for k, v in dataclasses.asdict(a).items() if k != "pt"},
        }
        for r in results
        for a in r.answers
    ]
    return pa.Table.from_pylist(rows, schema=ANSWERS_SCHEMA)


def _item_row(run: RunContext, result: ItemResult, now: datetime) -> dict:
    caption, caption_pt, location = result.caption, result.caption_pt, result.image.row.image
    return {
        "run_id": run.run_id,
        "sku": result.image.row.sku,
        "image_sha256": result.image.sha256,
        "image_uri": Path(location).as_uri() if location.startswith("/") else location,
        "status": result.status,
        "error_code": result.error_code,
        "error": result.error,
        "caption_en": caption and caption.text,
        "caption_tokens": caption and caption.num_tokens,
        "caption_hit_limit": caption and caption.hit_limit,
        "caption_pt": caption_pt and caption_pt.text,
        "caption_pt_source": caption_pt and caption_pt.source,
        "caption_pt_missing": caption_pt and caption_pt.missing,
        "model": run.model,
        "adapter": run.adapter,
        "engine": run.engine,
        "model_fingerprint": run.model_fingerprint,
        "adapter_fingerprint": run.adapter_fingerprint,
        "questionnaire_sha256": run.questionnaire_sha256,
        "processed_at": now,
        "pixel_colors": [{"color": name, "share": share} for name, share in result.image.pixel_colors] or None,
    }


def _atomic_write(final: Path, write) -> None:
    final.parent.mkdir(parents=True, exist_ok=True)
    temp = final.with_name(f".{final.name}.tmp-{os.getpid()}")
    try:
        write(temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        if final.suffix == ".parquet":
            pq.read_metadata(temp)  # the footer must read back before the file becomes visible
        os.replace(temp, final)
    finally:
        temp.unlink(missing_ok=True)
    directory = os.open(final.parent, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename itself must survive a machine restart
    finally:
        os.close(directory)


def manifest_header(run: RunContext, config, questionnaire, catalog, resume_key: str, shards: int) -> dict:
    return {
        "run_id": run.run_id,
        "status": "running",
        "resume_key": resume_key,
        "enrich_version": __version__,
        "code_version": code_version(),
        "started_at": datetime.now(UTC).isoformat(),
        "config": dataclasses.asdict(config),
        "fingerprints": {"model": run.model_fingerprint, "adapter": run.adapter_fingerprint},
        "questionnaire": {
            "path": config.questionnaire,
            "name": questionnaire.name,
            "version": questionnaire.version,
            "sha256": questionnaire.sha256,
        },
        "catalog": {"path": str(catalog.source), "items": len(catalog.rows), "sha256": catalog.checksum},
        "plan": {"shards": shards, "shard_size": config.shard_size},
    }


def code_version() -> str:
    """The package version, plus the git commit when running from a checkout."""
    head = Path(__file__).resolve().parents[1] / ".git" / "HEAD"
    try:
        ref = head.read_text().strip()
        if ref.startswith("ref: "):
            ref = (head.parent / ref[5:]).read_text().strip()
        return f"{__version__}+{ref[:12]}"
    except OSError:
        return __version__
