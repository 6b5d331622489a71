"""Saved audit results (`enrich audit OUT --save`), so that analysts join them with the attributes in `enrich sql`.

    findings        every finding of each audit's latest save, never capped (the table, JSON and review page keep
                    the first MAX_FINDINGS of an audit); a save replaces the rows of the audits it ran and keeps
                    the others', so `--only` refreshes one audit
    audit_history   one row per audit per save, its verdict: how an audit's share moves over the nights

Delta tables beside the others, for the same reasons (atomic commits; a predicate overwrite replaces one audit's
rows in one commit; time travel; readable by any Delta reader). Written under the output's lock, so never while a
run, a compaction or a vacuum writes; `enrich compact` and `enrich vacuum` keep them small, a run never touches
them. Optional: an output that was never audited with --save has neither, and its views are empty.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from deltalake import DeltaTable, write_deltalake

from enrich import EnrichError
from enrich.display import as_text
from enrich.store.layout import Layout
from enrich.store.lock import OutputLock
from enrich.store.runs import manifests
from enrich.store.schema import TIMESTAMP
from enrich.store.tables import CONFIGURATION, WRITER_PROPERTIES, DamagedTable, local_path, open_table

FINDINGS_SCHEMA = pa.schema(
    [
        ("audited_at", TIMESTAMP),
        ("run_id", pa.string()),  # the output's newest finished run when the audit was saved: what it judged
        ("audit", pa.string()),
        ("severity", pa.string()),
        ("sku", pa.string()),
        ("question_id", pa.string()),
        ("detail", pa.string()),
    ]
)
AUDIT_HISTORY_SCHEMA = pa.schema(
    [
        ("audited_at", TIMESTAMP),
        ("run_id", pa.string()),
        ("audit", pa.string()),
        ("severity", pa.string()),
        ("threshold", pa.float64()),
        ("items", pa.int64()),
        ("flagged", pa.int64()),  # items flagged
        ("findings", pa.int64()),
        ("share", pa.float64()),
        ("passed", pa.bool_()),
        ("skipped", pa.string()),  # why the audit judged nothing (a column the output lacks), else NULL
    ]
)
AUDIT_TABLES = {"findings": FINDINGS_SCHEMA, "audit_history": AUDIT_HISTORY_SCHEMA}
log = logging.getLogger(__name__)


def check_saveable(layout: Layout) -> str | None:
    """Before the audits run (minutes at scale): an output this enrich wrote, whose lock is free and that can be
    written; returns its newest finished run, which the audits then judge. A refusal found after them lost the run
    of the whole command (its review page and baseline too)."""
    if not layout.is_delta():
        raise EnrichError(
            f"{layout.root} is no enrich output with Delta tables (results made elsewhere, or an output to `enrich "
            "migrate`): --save writes only into one; --format json prints every audit's findings"
        )
    with OutputLock(layout.root, "audit --save"):  # held by a run, or not writable: said now
        pass
    require_readable(layout)
    return newest_finished_run(layout)


def save_audits(layout: Layout, results: list, found: dict, now: datetime, audited_run: str | None) -> int:
    """Write `results` (audit.AuditResult) and every finding of theirs (`found`: audit name -> its batches of sku,
    question_id, detail), judged on the results of `audited_run`; returns the findings written. Two commits, the
    findings' then the verdicts': a save killed between them leaves the findings without their verdict rows, until
    the next save."""
    findings = pa.concat_tables(
        [_findings(r, found.get(r.audit.name, []), audited_run, now) for r in results]
        or [FINDINGS_SCHEMA.empty_table()]
    )
    with OutputLock(layout.root, "audit --save"):
        newest = newest_finished_run(layout)
        if newest != audited_run:  # its rows would be stamped with a run whose results they never saw
            raise EnrichError(
                f"run {newest} finished while the audits ran (they judged {audited_run}'s results): nothing was "
                "saved; run the audit again"
            )
        _replace_audits(layout, findings, [r.audit.name for r in results])
        history = pa.Table.from_pylist([_verdict(r, audited_run, now) for r in results], schema=AUDIT_HISTORY_SCHEMA)
        _write(layout, "audit_history", history, mode="append")
    return findings.num_rows


def newest_finished_run(layout: Layout) -> str | None:
    """The output's newest finished run: what `items` and `answers` hold the results of."""
    finished = [m["run_id"] for m in manifests(layout) if m.get("status") == "finished"] if layout.runs.is_dir() else []
    return finished[-1] if finished else None


def _findings(result, batches: list[pa.RecordBatch], run_id: str | None, now: datetime) -> pa.Table:
    rows = sum(b.num_rows for b in batches)
    columns = {name: [b.column(name) for b in batches] for name in ("sku", "question_id", "detail")}
    data = {
        "audited_at": pa.array([now] * rows, TIMESTAMP),
        "run_id": pa.array([run_id] * rows, pa.string()),
        "audit": pa.array([result.audit.name] * rows, pa.string()),
        "severity": pa.array([result.audit.severity] * rows, pa.string()),
    }
    for name, chunks in columns.items():
        data[name] = pa.concat_arrays([_as_text(c) for c in chunks]) if chunks else pa.array([], pa.string())
    return pa.table(data, schema=FINDINGS_SCHEMA)


def _as_text(values: pa.Array) -> pa.Array:
    """An audit's SQL may give a number, a date, a list or a struct where text is expected (a detail of
    `[color, share]`): stored as the table prints it, nested values as JSON."""
    if not pa.types.is_nested(values.type):
        return as_printed(values)
    texts = [None if v is None else json.dumps(v, default=str, ensure_ascii=False) for v in values.to_pylist()]
    return pa.array(texts, pa.string())


def as_printed(values: pa.Array) -> pa.Array:
    """Plain values as text, as `enrich sql` prints them: a BLOB in hex (display.as_text), else Arrow's cast, else
    DuckDB's (an interval is '3 days', not a Python repr of its months, days and nanoseconds)."""
    if pa.types.is_binary(values.type) or pa.types.is_large_binary(values.type):  # hex, not decoded
        return pa.array([None if v is None else as_text(v) for v in values.to_pylist()], pa.string())
    try:
        return pc.cast(values, pa.string())
    except (pa.ArrowNotImplementedError, pa.ArrowInvalid):
        con = duckdb.connect(":memory:")
        con.register("detail", pa.table({"value": values}))
        return con.sql("SELECT value::VARCHAR AS value FROM detail").to_arrow_table().column(0).combine_chunks()


def _verdict(result, run_id: str | None, now: datetime) -> dict:
    return {
        "audited_at": now,
        "run_id": run_id,
        "audit": result.audit.name,
        "severity": result.audit.severity,
        "threshold": result.audit.threshold,
        "items": result.items,
        "flagged": result.flagged,
        "findings": result.total_findings,
        "share": result.share,
        "passed": result.passed,
        "skipped": result.skipped,
    }


def _replace_audits(layout: Layout, findings: pa.Table, audits: list[str]) -> None:
    """One commit: the saved audits' earlier rows out, their new rows in."""
    if not DeltaTable.is_deltatable(str(layout.table("findings"))):
        _write(layout, "findings", findings, mode="append")
        return
    names = ", ".join("'" + name.replace("'", "''") + "'" for name in audits)
    _write(layout, "findings", findings, mode="overwrite", predicate=f"audit IN ({names})")


def _write(layout: Layout, name: str, rows: pa.Table, **options) -> None:
    write_deltalake(
        str(layout.table(name)),
        rows,
        configuration=CONFIGURATION,
        writer_properties=WRITER_PROPERTIES,
        **options,
    )


def audit_tables(layout: Layout, damaged: dict[str, str] | None = None) -> dict[str, DeltaTable]:
    """The audit tables this output has (none until a first --save). One that cannot be read is left out, its
    remedy into `damaged` when given (views.py), else logged (compaction and vacuum go on): they hold audit results,
    which the next save writes again, never attributes."""
    tables = {}
    for name in AUDIT_TABLES:
        path = layout.table(name)
        try:
            if path.exists() or path.is_symlink():
                tables[name] = _whole(open_table(path))
        except DamagedTable as exc:
            remedy = (
                f"{exc.what}: remove {path}, the saved audits' table; the next `enrich audit --save` writes it again"
            )
            if damaged is None:
                log.warning(f"left alone: {remedy}")
            else:
                damaged[name] = remedy
    return tables


def _whole(table: DeltaTable) -> DeltaTable:
    """`table`, unless a data file its log names is gone (removed by hand to "clear" the findings)."""
    missing = next((f for f in map(local_path, table.file_uris()) if "://" not in f and not os.path.exists(f)), None)
    if missing:
        raise DamagedTable(f"{missing}, a file the log of {local_path(table.table_uri)} names, is missing")
    return table


def require_readable(layout: Layout) -> None:
    """A save into a damaged audit table is refused before the audits run, with the remedy."""
    damaged = {}
    audit_tables(layout, damaged)
    if damaged:
        raise EnrichError("; ".join(damaged.values()))
