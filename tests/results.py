"""Item results as a worker returns them, and committed outputs made from them, for store and reader tests."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from enrich.records import Answer, CatalogRow, DecodedImage, Generation, ItemResult, Translation
from enrich.store import Layout, RunContext, runs, writer


def ok_result(sku: str, index: int, color: str = "red", questions: tuple[str, ...] = ("color",)) -> ItemResult:
    image = DecodedImage(CatalogRow(sku, f"/img/{sku}.jpg", index), "f" * 64)
    answers = [
        Answer(
            q,
            f"Question: {q}? Answer:",
            "closed",
            color,
            color.title(),
            "ok",
            1,
            False,
            Translation("x", "glossary", None),
        )
        for q in questions
    ]
    caption, caption_pt = Generation(f"a {color} shirt", 4, False), Translation(None, None, "no MT model configured")
    return ItemResult(image, "ok", caption=caption, caption_pt=caption_pt, answers=answers)


def error_result(sku: str, index: int) -> ItemResult:
    image = DecodedImage(CatalogRow(sku, "", index), None, error_code="missing_file", error="no image")
    return ItemResult(image, "error", "missing_file", "no image")


def run_context(run_id: str, model_fp: str = "fp-model") -> RunContext:
    return RunContext(run_id, "m", None, "default", "q" * 64, model_fp, None)


def commit_run(
    out: Path,
    run_id: str,
    results: list[ItemResult],
    extras: pa.Table,
    status: str = "finished",
    catalog: list[str] | None = None,
    started_at: str = "2026-11-25T01:00:00+00:00",
) -> Path:
    """One run through the real commit path: manifest, one flush, publish (and deletions with `catalog`)."""
    layout = Layout.of(out)
    tables = writer.open_output(layout)
    manifest = {"run_id": run_id, "status": status, "started_at": started_at, "config": {"model": "m"}}
    runs.write_manifest(layout, manifest)
    writer.commit(tables, run_context(run_id), [(0, results)], extras, {})
    if status == "finished":
        writer.finish(tables, run_id, pa.array(catalog, pa.string()) if catalog is not None else None)
        counts = {}
        for result in results:
            code = result.error_code or "ok"
            counts[code] = counts.get(code, 0) + 1
        runs.write_manifest(layout, {**manifest, "published": True, "items_done": len(results), "counts": counts})
    return out


def commit_rows(
    out: Path,
    run_id: str,
    items: list[dict],
    answers: list[dict],
    catalog: list[str] | None = None,
    manifest: dict | None = None,
) -> Path:
    """Rows given as dicts (keys outside the items schema are catalog columns, as text), committed and published
    as run `run_id` through the real store; returns the run's folder."""
    from datetime import UTC, datetime

    from enrich.store import ANSWERS_SCHEMA, ITEMS_SCHEMA

    now = datetime(2026, 11, 25, tzinfo=UTC)
    layout = Layout.of(out)
    tables = writer.open_output(layout)
    keys = sorted({key for item in items for key in item} - set(ITEMS_SCHEMA.names))
    schema = pa.schema(list(ITEMS_SCHEMA) + [pa.field(k, pa.string()) for k in keys])
    rows = [{"processed_at": now, **item, "run_id": run_id} for item in items]
    answer_rows = [{"processed_at": now, **row, "run_id": run_id} for row in answers]
    runs.write_manifest(layout, {"run_id": run_id, "status": "finished", **(manifest or {})})
    tables.append_shards(
        run_id, [0], pa.Table.from_pylist(rows, schema=schema), pa.Table.from_pylist(answer_rows, schema=ANSWERS_SCHEMA)
    )
    writer.finish(tables, run_id, pa.array(catalog, pa.string()) if catalog is not None else None)
    runs.write_manifest(layout, {"run_id": run_id, "status": "finished", "published": True, **(manifest or {})})
    return layout.run_dir(run_id)
