"""Upgrade an output written before the Delta tables (`enrich migrate`, or the first `enrich run` on it).

Every committed legacy shard (a part with a done/ marker) is appended to the history tables under its own
application transaction, so a migration killed at any step and run again appends each shard exactly once;
then the runs are published into the current tables, the newest finished whole-catalog run's sku list
drops deleted items, and only then are the legacy parts removed (markers last). Manifests stay.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from enrich import faults
from enrich.store import runs
from enrich.store.extras import storable_extras
from enrich.store.layout import Layout
from enrich.store.publish import publish, remove_missing
from enrich.store.schema import ANSWERS_SCHEMA, ITEMS_SCHEMA
from enrich.store.tables import Tables

PARTS_PER_APPEND = 64  # bounds memory: a legacy run is appended a few dozen parts at a time

log = logging.getLogger(__name__)


def migrate(layout: Layout) -> dict:
    legacy = layout.legacy_runs()
    if not legacy:
        return {"runs": 0, "shards": 0}
    log.info(f"upgrading {layout.root} to Delta tables: {len(legacy)} run(s) in the earlier layout")
    tables = Tables(layout)
    shards = sum(_append_run(tables, run_dir) for run_dir in legacy)
    publish(tables, [run_dir.name for run_dir in legacy])
    snapshot = _newest_finished_catalog(legacy)
    if snapshot is not None:
        remove_missing(tables, pq.read_table(snapshot).column("sku").combine_chunks(), snapshot.parent.name)
    faults.hit("migrate", "published")
    for run_dir in legacy:
        manifest = _manifest(run_dir)
        if manifest is not None:
            runs.write_manifest(layout, {**manifest, "published": True, "migrated_from": "parquet parts"})
        _remove_legacy_files(run_dir)
    log.info(f"upgraded: {shards} shard(s) of {len(legacy)} run(s) now in {layout.root / 'tables'}")
    return {"runs": len(legacy), "shards": shards}


def _append_run(tables: Tables, run_dir: Path) -> int:
    parts = [p for p in _committed_parts(run_dir) if not tables.shard_committed(run_dir.name, p)]
    for start in range(0, len(parts), PARTS_PER_APPEND):
        chunk = parts[start : start + PARTS_PER_APPEND]
        items = _concat([_items_part(tables, run_dir, p) for p in chunk])
        answers = _concat([pq.read_table(_part(run_dir, "answers", p)) for p in chunk]).cast(ANSWERS_SCHEMA)
        tables.append_shards(run_dir.name, chunk, items, answers)
        faults.hit("migrate", f"{run_dir.name}:{chunk[0]}")
    return len(parts)


def _committed_parts(run_dir: Path) -> list[int]:
    """Legacy shards with a marker and rows: all a legacy reader could see."""
    parts = []
    for marker in sorted((run_dir / "done").glob("part-*.json")):
        number = marker.stem.split("-", 1)[1]
        try:
            rows = json.loads(marker.read_text()).get("items", 0) if number.isdigit() else None
        except (OSError, ValueError, AttributeError):  # a foreign or damaged file: not a marker a writer made
            rows = None
        if rows is None:
            log.warning(f"{marker} is no commit marker enrich wrote: left out of the migration")
        elif not rows:
            continue  # an empty shard
        elif not all(_part(run_dir, name, int(number)).is_file() for name in ("items", "answers")):
            log.warning(f"{marker} marks a shard whose files are gone: left out of the migration")
        else:
            parts.append(int(number))
    return parts


def _items_part(tables: Tables, run_dir: Path, part: int) -> pa.Table:
    table = pq.read_table(_part(run_dir, "items", part))
    base = [n for n in ITEMS_SCHEMA.names if n in table.column_names]
    core = table.select(base)
    for field in ITEMS_SCHEMA:  # columns added since (image_stamp) are NULL in migrated rows
        if field.name not in core.column_names:
            core = core.append_column(field, pa.nulls(table.num_rows, field.type))
    extras, _ = storable_extras(table.drop_columns(base), tables.extras_schema())
    core = core.select(ITEMS_SCHEMA.names).cast(ITEMS_SCHEMA)
    for name in extras.column_names:
        core = core.append_column(extras.schema.field(name), extras.column(name))
    return core


def _concat(tables: list[pa.Table]) -> pa.Table:
    return pa.concat_tables(tables, promote_options="permissive")


def _part(run_dir: Path, kind: str, part: int) -> Path:
    return run_dir / kind / f"part-{part:05d}.parquet"


def _manifest(run_dir: Path) -> dict | None:
    try:
        return json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _newest_finished_catalog(legacy: list[Path]) -> Path | None:
    for run_dir in reversed(legacy):
        manifest = _manifest(run_dir)
        if (run_dir / "catalog.parquet").exists() and manifest and manifest.get("status") == "finished":
            return run_dir / "catalog.parquet"
    return None


def _remove_legacy_files(run_dir: Path) -> None:
    """Parts first, markers last: a folder with markers left is still legacy and is finished next time."""
    for name in ("items", "answers"):
        shutil.rmtree(run_dir / name, ignore_errors=True)
    (run_dir / "catalog.parquet").unlink(missing_ok=True)
    for temp in run_dir.glob(".*.tmp-*"):
        temp.unlink(missing_ok=True)
    faults.hit("migrate", f"{run_dir.name}:removing")
    shutil.rmtree(run_dir / "done", ignore_errors=True)
