"""Keeping an output small: few large files per table (`enrich compact`, and after every run that wrote), history and
files older than N days removed (`enrich vacuum`). Both run under the output lock."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
from deltalake.exceptions import DeltaError

from enrich import faults
from enrich.store.findings import audit_tables
from enrich.store.layout import TABLES, Layout
from enrich.store.tables import WRITER_PROPERTIES, Tables, local_path

MAX_FILES = 16  # a table with more data files than this is compacted after a run
TARGET_FILE_BYTES = 256 * 2**20

log = logging.getLogger(__name__)


def compact(tables: Tables, max_files: int = MAX_FILES) -> dict[str, int]:
    """Tables with more than `max_files` data files are rewritten into few large ones; returns files removed."""
    removed = {}
    for name in TABLES:
        if merged := _compact(tables.table(name), max_files):
            removed[name] = merged
            faults.hit("compact", name)
    tables.reload()
    return removed


def compact_audits(layout: Layout, max_files: int = MAX_FILES) -> dict[str, int]:
    """`compact` for the saved audits' tables (findings.py), which only `enrich compact` compacts: not a run."""
    removed = {name: _leniently(_compact, name, table, max_files) for name, table in audit_tables(layout).items()}
    return {name: merged for name, merged in removed.items() if merged}


def _leniently(maintain, name: str, table, *args) -> int:
    """Maintenance of a saved audits' table (findings.py) that fails is a warning: they are audit results, which the
    next save writes again, and a damaged one must not stop `compact` or `vacuum` of the output."""
    try:
        return maintain(table, *args)
    except (DeltaError, OSError) as exc:
        reason = (str(exc).splitlines() or [type(exc).__name__])[0]
        log.warning(
            f"left {name} alone ({reason}): remove {table.table_uri} if it stays; the next `enrich audit --save` "
            "writes it again"
        )
        return 0


def _compact(table, max_files: int) -> int:
    merged = 0
    if len(table.file_uris()) > max_files:
        metrics = table.optimize.compact(target_size=TARGET_FILE_BYTES, writer_properties=WRITER_PROPERTIES)
        merged = metrics["numFilesRemoved"]
    table.create_checkpoint()  # readers then load one checkpoint instead of replaying commits
    table.cleanup_metadata()
    return merged


# Item rows older than the cutoff that are not current, and answer rows whose item row never landed. The newest row
# of a sku the catalog dropped is its last result: kept unless $forget, so that the item, listed again, is restored
# without the model (plan.py) however long its result had stood before it was dropped.
_OUTDATED = """
WITH last_of_delisted AS (
    SELECT run_id, sku FROM items_history ANTI JOIN items USING (sku) WHERE NOT $forget
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY processed_at DESC, run_id DESC) = 1
)
SELECT run_id, sku FROM (SELECT * FROM items_history WHERE processed_at < $cutoff)
    ANTI JOIN items USING (run_id, sku) ANTI JOIN last_of_delisted USING (run_id, sku)
UNION
SELECT DISTINCT run_id, sku FROM answers_history ANTI JOIN items_history USING (run_id, sku)"""


def vacuum(tables: Tables, keep_days: float, forget_delisted: bool = False) -> dict:
    """Remove history rows older than `keep_days` that are no longer current, but the last result of each item the
    catalog dropped (unless `forget_delisted`), then unreferenced files."""
    cutoff = datetime.now(UTC) - timedelta(days=keep_days)
    con = tables.duckdb({name: name for name in ("items", "items_history", "answers_history")})
    old = con.sql(_OUTDATED, params={"cutoff": cutoff, "forget": forget_delisted}).to_arrow_table()
    try:
        _delete_rows(tables, old)
    except Exception as exc:
        # deleting rows writes files: on a full disk it fails first, and the files that free space must still go
        if "No space left on device" in str(exc):
            _vacuum_files(tables, keep_days)
        raise
    files = _vacuum_files(tables, keep_days)
    return {"history_rows_removed": old.num_rows, "files_removed": files}


def _delete_rows(tables: Tables, old: pa.Table) -> None:
    # items first: a kill between the two leaves answers without their item row, which are never read and which the
    # next vacuum removes; the other way round left an ok item row without answers, which an item back in the
    # catalog would be restored from
    for name in ("items_history", "answers_history") if old.num_rows else ():
        # (delta-rs rewrites every file holding a deleted row, in row groups of WRITER_PROPERTIES' size: its default,
        # a million rows, held 11% more memory at 100,000 items)
        tables.table(name).merge(
            old,
            "t.run_id = s.run_id AND t.sku = s.sku",
            source_alias="s",
            target_alias="t",
            writer_properties=WRITER_PROPERTIES,
        ).when_matched_delete().execute()


def _vacuum_files(tables: Tables, keep_days: float) -> dict[str, int]:
    full: list[Exception] = []  # a full disk: every table's files still go, then the error
    files = {name: _vacuum(tables.table(name), keep_days, full) for name in TABLES}
    files |= {name: _leniently(_vacuum, name, table, keep_days) for name, table in audit_tables(tables.layout).items()}
    tables.reload()
    if full:
        raise full[0]
    return files


DELTA_LOG_RETENTION_DAYS = 30  # Delta's default, where a table's configuration names none


def _log_retention_days(table) -> float:
    """How long the table's log keeps versions: its delta.logRetentionDuration (tables.py: 7 days)."""
    setting = table.metadata().configuration.get("delta.logRetentionDuration") or ""
    found = re.fullmatch(r"\s*interval\s+(\d+)\s+(day|days|hour|hours)\s*", setting.lower())
    if not found:
        return DELTA_LOG_RETENTION_DAYS
    return int(found.group(1)) / (24 if found.group(2).startswith("hour") else 1)


def _vacuum(table, keep_days: float, full: list | None = None) -> int:
    # full: also files no commit names (a publish killed between writing a file and committing it). No version older
    # than the logs' retention can be read, so files only such versions named are removed whatever keep_days says: a
    # weekly --keep-days 90 kept a whole copy of the current tables per changed night for 90 days
    hours = int(min(keep_days, _log_retention_days(table)) * 24)
    options = dict(retention_hours=hours, enforce_retention_duration=False, full=True)
    try:
        removed = table.vacuum(dry_run=False, **options)
    except Exception as exc:
        if "No space left on device" not in str(exc):
            raise
        # delta-rs commits VACUUM START before it removes a file, a write a full disk refuses: the files its dry run
        # (no commit) names, which no readable version needs, are removed here; the log entries are left out
        removed = table.vacuum(dry_run=True, **options)
        for name in removed:
            Path(local_path(table.table_uri), name).unlink(missing_ok=True)
        if full is None:
            raise
        full.append(exc)
        return len(removed)
    table.create_checkpoint()
    table.cleanup_metadata()
    return len(removed)
