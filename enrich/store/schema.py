"""The output tables' schemas and the rows one shard adds to them; the catalog columns that ride along in
`items` are made storable in extras.py."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pyarrow as pa

from enrich.fetch import image_uri
from enrich.records import ItemResult

TIMESTAMP = pa.timestamp("us", tz="UTC")
PIXEL_COLORS = pa.list_(pa.struct([("color", pa.string()), ("share", pa.float32())]))
ITEMS_SCHEMA = pa.schema(
    [
        ("run_id", pa.string()),
        ("sku", pa.string()),
        ("image_uri", pa.string()),
        ("image_sha256", pa.string()),
        ("image_stamp", pa.string()),  # size and mtime of a local file when it was read: unchanged-by-stat key
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
        # the translator's (its files and target language; "none" without one): pt-BR made by another one is redone
        ("translator_fingerprint", pa.string()),
        ("questionnaire_sha256", pa.string()),
        ("processed_at", TIMESTAMP),
        # the run whose model made this row's caption, answers and pixel colors: run_id, except in a catalog-only
        # update, which copies them (and this) from the row before; NULL there for rows written before 2026-12-03
        ("enriched_run_id", pa.string()),
        ("pixel_colors", PIXEL_COLORS),
        ("pixel_region", pa.string()),  # the part of the photo the pixel colors describe: upper, lower, figure, frame
        ("pixel_texture", pa.float64()),  # the share of that region's pixels on a light-dark edge (prints, stripes)
        ("pixel_bare_arms", pa.float64()),  # the share of the arms' pixels that are skin (sleeves); NULL: no person
        ("pixel_other_region", pa.string()),  # the body's other half (lower for a top), read below or above a waist
        ("pixel_other_colors", PIXEL_COLORS),  # the colors of the garment worn there (the jeans under a t-shirt)
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


@dataclasses.dataclass(frozen=True)
class RunContext:
    """What every row of one run shares."""

    run_id: str
    model: str
    adapter: str | None
    engine: str
    questionnaire_sha256: str
    model_fingerprint: str | None = None
    adapter_fingerprint: str | None = None
    translator_fingerprint: str | None = None


def items_table(run: RunContext, results: list[ItemResult], extras: pa.Table, stamps: dict, now: datetime) -> pa.Table:
    """The shard's item rows: one per result, then the catalog columns of each result's catalog row."""
    rows = [_item_row(run, r, _stamp(r.image, stamps), now) for r in results]
    table = pa.Table.from_pylist(rows, schema=ITEMS_SCHEMA)
    carried = extras.take(pa.array([r.image.row.index for r in results], pa.int64()))
    for name in carried.column_names:
        table = table.append_column(carried.schema.field(name), carried.column(name))
    return table


def _stamp(image, planned: dict) -> str | None:
    """Bytes read: the stamp they were read under (a local file's all through the read, else None: read again next
    night; a remote source's validator), never the planned one, which may belong to other bytes. Otherwise (a
    file missing) the plan's."""
    return image.stamp if image.sha256 is not None else planned.get(image.row.sku)


def answers_table(run: RunContext, results: list[ItemResult], now: datetime) -> pa.Table:
    rows = [_answer_row(run, r.image.row.sku, answer, now) for r in results for answer in r.answers]
    return pa.Table.from_pylist(rows, schema=ANSWERS_SCHEMA)


def _answer_row(run: RunContext, sku: str, answer, now: datetime) -> dict:
    fields = {k: v for k, v in dataclasses.asdict(answer).items() if k != "pt"}
    translated = {
        "answer_pt": answer.pt.text,
        "answer_pt_source": answer.pt.source,
        "answer_pt_missing": answer.pt.missing,
    }
    shared = {"run_id": run.run_id, "sku": sku, "processed_at": now, "questionnaire_sha256": run.questionnaire_sha256}
    return shared | translated | fields


def _item_row(run: RunContext, result: ItemResult, stamp: str | None, now: datetime) -> dict:
    caption, caption_pt, location = result.caption, result.caption_pt, result.image.row.image
    return {
        "run_id": run.run_id,
        "sku": result.image.row.sku,
        "image_sha256": result.image.sha256,
        "image_stamp": stamp,
        "image_uri": image_uri(location),
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
        "translator_fingerprint": run.translator_fingerprint,
        "questionnaire_sha256": run.questionnaire_sha256,
        "processed_at": now,
        "enriched_run_id": run.run_id,
        "pixel_colors": [{"color": name, "share": share} for name, share in result.image.pixel_colors] or None,
        "pixel_region": result.image.pixel_region,
        "pixel_texture": result.image.pixel_texture,
        "pixel_bare_arms": result.image.pixel_bare_arms,
        "pixel_other_region": result.image.pixel_other_region,
        "pixel_other_colors": [{"color": name, "share": share} for name, share in result.image.pixel_other_colors]
        or None,
    }


def sql_name(column: str) -> str:
    """A column name as a DuckDB identifier: catalog columns are named by whoever wrote the catalog, so a quote in
    one must stay part of the name, never end it (a name could otherwise carry SQL into the plan's query)."""
    return '"' + column.replace('"', '""') + '"'
