"""The views analysts query, made over an output folder on a locked-down DuckDB connection.

Views (committed data only; the layout is store/layout.py's):
    items            the latest result per sku (a Delta table kept current at each run's end)
    answers          the answers of those results: one row per sku x question
    catalog          the skus of the newest finished whole-catalog run (every current sku, before one finishes)
    runs             one row per run: status, counts, timings, model, questionnaire (from the run manifests)
    items_history    every item row of every run
    answers_history  every answer row whose item row is committed
    findings         every finding of each audit's latest `enrich audit --save` (store/findings.py)
    audit_history    each audit's verdict at every save
Each view reads a fixed list of Parquet files taken from the Delta logs when the connection opens; nothing
is globbed. The connection may read the output folder and nothing else, cannot write or attach anything,
loads no extensions, spills only into a private temporary folder, and its configuration is locked.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from pathlib import Path

import duckdb
import pyarrow as pa

from enrich import EnrichError
from enrich.config import QueryLimits
from enrich.store import ANSWERS_SCHEMA, ITEMS_SCHEMA, Layout, manifests, read_snapshot
from enrich.store.findings import AUDIT_TABLES, audit_tables
from enrich.store.tables import local_path

# Finished runs carry their counts in the manifest; only runs without them (interrupted) are counted in history,
# as a run counts itself at its end (store/writer.run_counts): a row another run's model made (enriched_run_id) is a
# catalog-only update. Rows written before enriched_run_id existed say nothing (NULL) and count as made.
RUNS = """
CREATE VIEW runs AS
SELECT m.* REPLACE (coalesce(m.items, c.items, 0) AS items, coalesce(m.ok, c.ok, 0) AS ok,
                    coalesce(m.errors, c.errors, 0) AS errors,
                    CASE WHEN m.items IS NULL THEN coalesce(c.kept, m.metadata_updated) ELSE m.metadata_updated END
                        AS metadata_updated)
FROM run_manifests m LEFT JOIN (
    SELECT run_id, count(*) FILTER (NOT kept) AS items, count(*) FILTER (NOT kept AND status = 'ok') AS ok,
           count(*) FILTER (NOT kept AND status = 'error') AS errors, count(*) FILTER (kept) AS kept
    FROM (SELECT *, coalesce(enriched_run_id <> run_id, false) AS kept FROM items_history)
    WHERE run_id IN (SELECT run_id FROM run_manifests WHERE items IS NULL) GROUP BY run_id
) c USING (run_id)
ORDER BY m.started_at, m.run_id"""
RUN_COLUMNS = {
    "run_id": pa.string(),
    "status": pa.string(),
    "started_at": pa.timestamp("us", tz="UTC"),
    "finished_at": pa.timestamp("us", tz="UTC"),
    "seconds": pa.float64(),
    "processing_seconds": pa.float64(),
    "items": pa.int64(),
    "ok": pa.int64(),
    "errors": pa.int64(),
    "items_per_s": pa.float64(),
    "model": pa.string(),
    "adapter": pa.string(),
    "engine": pa.string(),
    "questionnaire_sha256": pa.string(),
    "catalog": pa.string(),
    "catalog_items": pa.int64(),
    "metadata_updated": pa.int64(),
    "unreachable": pa.int64(),
    "error": pa.string(),
    # which translator and seller map a run used, and whether it redid a subset: over months, an analyst reading
    # pt-BR or the seller audits change had no run to tie it to, nor a reprocess to tell from a night
    "mt_model": pa.string(),
    "seller_map": pa.string(),
    "reprocess": pa.bool_(),
    # how the model ran (a changed dtype or quantization runs no item again: `--full` does) and what it was asked (the
    # questionnaire's asked hash: runs that share it answered the same questions, whatever their pt-BR and aliases;
    # the model hash counts the garment question's aliases too, as runs recorded it on 2026-12-05)
    "dtype": pa.string(),
    "quantize": pa.string(),
    "questionnaire_model_sha256": pa.string(),
    "questionnaire_asked_sha256": pa.string(),
}


VIEWS = ("items", "answers", "catalog", "runs", "items_history", "answers_history", *AUDIT_TABLES)
NEEDS = {"answers_history": ("items_history",), "runs": ("items_history",), "catalog": ("items",)}


def connect(
    out_dir: str | Path, limits: QueryLimits = QueryLimits(), views: set[str] | None = None
) -> duckdb.DuckDBPyConnection:
    """An enrich output folder, or a plain folder with items/*.parquet and answers/*.parquet.

    `views` limits the views made to those a query names: each view costs its tables' logs and files' footers.
    """
    layout = Layout.of(out_dir)
    refuse_unreadable(layout, out_dir)
    con = duckdb.connect(":memory:")
    con.execute("SET enable_progress_bar = false")  # drawn on stdout even into a pipe: `> out.csv` carried it
    scratch = tempfile.mkdtemp(prefix="enrich-sql-")
    weakref.finalize(con, shutil.rmtree, scratch, ignore_errors=True)
    con.execute(f"SET temp_directory = {_literal(scratch)}")  # DuckDB may read its temp folder: make it private
    try:
        con.execute(f"SET memory_limit = {_literal(limits.memory)}")
    except duckdb.Error:
        raise EnrichError(
            f"memory limit {limits.memory!r} is not a size DuckDB reads; give e.g. 512MB or 4GB"
        ) from None
    con.execute(f"SET allowed_directories = [{_literal(str(layout.root))}]")
    for setting in ("enable_external_access", "autoload_known_extensions", "autoinstall_known_extensions"):
        con.execute(f"SET {setting} = false")
    wanted = set(VIEWS) if views is None else views
    if layout.is_plain():
        _plain_views(con, layout)
    else:
        _delta_views(con, layout, wanted)
    _audit_views(con, layout, wanted)
    con.execute("SET lock_configuration = true")
    return con


def refuse_unreadable(layout: Layout, out_dir) -> None:
    """An output readers cannot read as it is, with what to do: each of these read as an empty or a wrong one."""
    if layout.legacy_runs() and layout.is_delta():  # a migration killed half way: its current tables not made yet
        raise EnrichError(
            f"{out_dir} was being upgraded to Delta tables when that stopped; finish it with "
            f"`enrich migrate {out_dir}` (or `enrich run`, which does the same), then read it"
        )
    if layout.legacy_runs():
        raise EnrichError(
            f"{out_dir} was written by an earlier enrich (Parquet parts and done/ markers per run); upgrade it in "
            f"place with `enrich migrate {out_dir}` (history is kept), or run `enrich run` on it, which does the same"
        )
    if layout.is_tables_folder() and not layout.is_delta():
        raise EnrichError(
            f"{out_dir} is the tables folder of the output {layout.root.parent}; give {layout.root.parent} itself "
            "(its tables are read through their Delta logs, not by their folders' files)"
        )
    if not (layout.is_delta() or layout.is_plain() or layout.runs.is_dir()):
        raise EnrichError(
            f"{out_dir} holds no enrich output (no tables/, no runs/, no items/*.parquet); "
            f"run `enrich run --out {out_dir}` first"
        )


def _delta_views(con: duckdb.DuckDBPyConnection, layout: Layout, views: set[str]) -> None:
    snapshot = read_snapshot(layout, views - {"runs"}) if layout.is_delta() else None
    files, versions = (snapshot.files, snapshot.versions) if snapshot else ({}, {})
    for name, schema in (("items", ITEMS_SCHEMA), ("answers", ANSWERS_SCHEMA)):
        if name in views:
            _view(con, name, files.get(name, []), schema)
        if f"{name}_history" in views:
            _view(con, f"{name}_history_files", files.get(f"{name}_history", []), schema)
    if "items_history" in views:
        con.execute("CREATE VIEW items_history AS SELECT * FROM items_history_files")
    if "answers_history" in views:
        con.execute(
            "CREATE VIEW answers_history AS SELECT a.* FROM answers_history_files a "
            "SEMI JOIN items_history_files i ON a.run_id = i.run_id AND a.sku = i.sku"
        )
    if "catalog" in views and versions.get("catalog", 0) > 0:  # version 0 is the empty table: none finished
        _view(con, "catalog", files["catalog"], pa.schema([("sku", pa.string())]))
    elif "catalog" in views:
        con.execute("CREATE VIEW catalog AS SELECT DISTINCT sku FROM items")
    if "runs" in views:
        _runs_view(con, layout)


# The generated texts of results made elsewhere, read as enrich's engine stores them: without the whitespace around
# them. BLIP-2's OPT decoder ends its text with a newline, which its model card's example strips and a hand-made
# output may keep; kept, it hid the text's end from every audit that reads one ("and\n" is no dangling "and").
WHITESPACE = "' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(160)"  # and the no-break space
PLAIN_TEXTS = {"items": ("caption_en", "caption_pt"), "answers": ("answer_en", "raw_en", "answer_pt")}


def _plain_views(con: duckdb.DuckDBPyConnection, layout: Layout) -> None:
    """Results made elsewhere or edited by hand: every row is current, there is no run history."""
    for name, schema in (("items", ITEMS_SCHEMA), ("answers", ANSWERS_SCHEMA)):
        _view(con, name, [str(p) for p in layout.plain_files(name)], schema, PLAIN_TEXTS[name])
        con.execute(f"CREATE VIEW {name}_history AS SELECT * FROM {name}")
    con.execute("CREATE VIEW catalog AS SELECT sku FROM items")
    _runs_view(con, layout)


def _audit_views(con: duckdb.DuckDBPyConnection, layout: Layout, views: set[str]) -> None:
    """Empty until a first `enrich audit --save`. A damaged one fails the queries that read it, with the remedy, and
    no other: the audits, `reprocess --audit` and every other view go on (the seventh adversarial pass)."""
    damaged: dict[str, str] = {}
    tables = audit_tables(layout, damaged) if views & set(AUDIT_TABLES) else {}
    for name in sorted(views & set(AUDIT_TABLES)):
        try:
            _view(
                con,
                name,
                [local_path(uri) for uri in tables[name].file_uris()] if name in tables else [],
                AUDIT_TABLES[name],
            )
        except (EnrichError, duckdb.Error) as exc:  # a file its log names is gone or damaged (findings "cleared")
            damaged[name] = f"{exc}; or remove {layout.table(name)}: the next `enrich audit --save` writes it again"
        if name in damaged:
            _failing_view(con, name, AUDIT_TABLES[name], damaged[name])


def _failing_view(con: duckdb.DuckDBPyConnection, name: str, schema: pa.Schema, message: str) -> None:
    """A view with `name`'s columns whose every read raises `message`: each column is DuckDB's error() and so is the
    row's filter, so that neither `count(*)` nor a filter on a column (`where sku = 'x'`) reads as 0 rows."""
    raised = f"error({_literal(message)})"
    types = con.from_arrow(pa.Table.from_pylist([], schema=schema)).types
    columns = ", ".join(f'CAST({raised} AS {kind}) AS "{field.name}"' for field, kind in zip(schema, types))
    con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT {columns} FROM range(1) WHERE {raised} IS NULL")


def _view(con: duckdb.DuckDBPyConnection, name: str, files: list[str], schema: pa.Schema, trimmed=()) -> None:
    """`name` over `files`, with `schema`'s columns they lack as NULL and the `trimmed` text columns stripped of the
    whitespace around them."""
    if files:
        source = f"read_parquet([{', '.join(_literal(f) for f in files)}], union_by_name = true)"
        # a column this version writes and an older one did not (items.enriched_run_id) reads as NULL until a run
        # rewrites the table, not as an error
        missing = next((f for f in files if not f.startswith(("s3://", "gs://")) and not os.path.exists(f)), None)
        if missing:  # a partial restore, or a vacuum of another process since the log was read: not a traceback
            raise EnrichError(
                f"view {name}: {missing}, a file its table's log names, is missing; restore the output whole (or "
                "run the query again, if an `enrich vacuum` was running)"
            )
        present = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
        empty = con.from_arrow(pa.Table.from_pylist([], schema=schema))
        added = "".join(f', NULL::{t} AS "{c}"' for c, t in zip(empty.columns, empty.types) if c not in present)
        stripped = ", ".join(f'trim("{c}", {WHITESPACE}) AS "{c}"' for c in trimmed if c in present)
        replaced = f" REPLACE ({stripped})" if stripped else ""
        con.execute(f"CREATE VIEW {name} AS SELECT *{replaced}{added} FROM {source}")
    else:
        con.register(f"empty_{name}", pa.Table.from_pylist([], schema=schema))
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM empty_{name}")


def _runs_view(con: duckdb.DuckDBPyConnection, layout: Layout) -> None:
    rows = [_run_row(m) for m in manifests(layout)] if layout.runs.is_dir() else []
    table = pa.Table.from_pylist(rows, schema=pa.schema(list(RUN_COLUMNS.items())))
    con.register("run_manifests", table)
    con.execute(RUNS)


def _run_row(manifest: dict) -> dict:
    counts = manifest.get("counts") or {}
    config, questionnaire, catalog = (manifest.get(k) or {} for k in ("config", "questionnaire", "catalog"))
    processed = manifest.get("items_done")
    return {
        "run_id": manifest.get("run_id"),
        "status": manifest.get("status"),
        "started_at": _timestamp(manifest.get("started_at")),
        "finished_at": _timestamp(manifest.get("finished_at")),
        "seconds": manifest.get("seconds"),
        "processing_seconds": manifest.get("processing_seconds"),
        "items": processed,
        "ok": counts.get("ok", 0) if processed is not None else None,
        "errors": sum(n for code, n in counts.items() if code != "ok") if processed is not None else None,
        "items_per_s": manifest.get("items_per_s"),
        "model": config.get("model"),
        "adapter": config.get("adapter"),
        "engine": config.get("engine"),
        "questionnaire_sha256": questionnaire.get("sha256"),
        "catalog": catalog.get("path"),
        "catalog_items": catalog.get("items"),
        "metadata_updated": manifest.get("metadata_updated"),  # catalog-only
        "unreachable": manifest.get("unreachable"),  # images not fetched tonight, results kept (records.UNREACHABLE)
        "error": manifest.get("error"),
        "mt_model": config.get("mt_model"),
        "seller_map": config.get("seller_map"),
        "reprocess": manifest.get("reprocess"),  # NULL before 2026-12-04: not said
        "dtype": config.get("dtype"),
        "quantize": config.get("quantize"),
        "questionnaire_model_sha256": questionnaire.get("model_sha256"),  # NULL before 2026-12-05
        "questionnaire_asked_sha256": questionnaire.get("asked_sha256"),  # NULL up to 2026-12-05
    }


def _timestamp(text: str | None):
    from datetime import datetime

    return datetime.fromisoformat(text) if text else None


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
