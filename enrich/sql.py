"""A locked-down DuckDB connection over an output folder, with the views analysts query.

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
loads no extensions, spills only into a private temporary folder, and its configuration is locked. User
SQL must be one SELECT, with bound parameters, under a memory limit and a time limit.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
import shutil
import tempfile
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import numpy as np
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
}


VIEWS = ("items", "answers", "catalog", "runs", "items_history", "answers_history", *AUDIT_TABLES)
NEEDS = {"answers_history": ("items_history",), "runs": ("items_history",), "catalog": ("items",)}


def views_named(sql: str) -> set[str]:
    """The views a query names (DuckDB's tokenizer: not inside strings or comments), with what they are built on."""
    words = {_identifier(sql, start, tokens) for start, tokens in _tokens(sql)}
    named = {v for v in VIEWS if v in words}
    return named | {need for view in named for need in NEEDS.get(view, ())}


def tokenize(sql: str) -> list[tuple[int, object]]:
    """DuckDB's tokens as (character offset, kind): DuckDB gives UTF-8 byte offsets, and "₹" is three bytes."""
    tokens = duckdb.tokenize(sql)
    if sql.isascii():
        return tokens
    char_at, byte = {}, 0
    for index, char in enumerate(sql):
        char_at[byte] = index
        byte += len(char.encode())
    char_at[byte] = len(sql)
    return [(char_at[position], kind) for position, kind in tokens]


def _tokens(sql: str) -> list[tuple[int, list]]:
    tokens = tokenize(sql)
    return [
        (start, tokens[k + 1 :])
        for k, (start, kind) in enumerate(tokens)
        if kind in (duckdb.token_type.identifier, duckdb.token_type.keyword)
    ]


def _identifier(sql: str, start: int, following: list) -> str:
    end = following[0][0] if following else len(sql)
    return sql[start:end].strip().strip('"').lower()


def connect(
    out_dir: str | Path, limits: QueryLimits = QueryLimits(), views: set[str] | None = None
) -> duckdb.DuckDBPyConnection:
    """An enrich output folder, or a plain folder with items/*.parquet and answers/*.parquet.

    `views` limits the views made to those a query names: each view costs its tables' logs and files' footers.
    """
    layout = Layout.of(out_dir)
    if layout.legacy_runs() and not layout.is_delta():
        raise EnrichError(
            f"{out_dir} was written by an earlier enrich (Parquet parts and done/ markers per run); upgrade it in "
            f"place with `enrich migrate {out_dir}` (history is kept), or run `enrich run` on it, which does the same"
        )
    if not (layout.is_delta() or layout.is_plain() or layout.runs.is_dir()):
        raise EnrichError(
            f"{out_dir} holds no enrich output (no tables/, no runs/, no items/*.parquet); "
            f"run `enrich run --out {out_dir}` first"
        )
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


def _plain_views(con: duckdb.DuckDBPyConnection, layout: Layout) -> None:
    """Results made elsewhere or edited by hand: every row is current, there is no run history."""
    for name, schema in (("items", ITEMS_SCHEMA), ("answers", ANSWERS_SCHEMA)):
        _view(con, name, [str(p) for p in layout.plain_files(name)], schema)
        con.execute(f"CREATE VIEW {name}_history AS SELECT * FROM {name}")
    con.execute("CREATE VIEW catalog AS SELECT sku FROM items")
    _runs_view(con, layout)


def _audit_views(con: duckdb.DuckDBPyConnection, layout: Layout, views: set[str]) -> None:
    """Empty until a first `enrich audit --save`."""
    tables = audit_tables(layout) if views & set(AUDIT_TABLES) else {}
    for name in views & set(AUDIT_TABLES):
        files = [local_path(uri) for uri in tables[name].file_uris()] if name in tables else []
        _view(con, name, files, AUDIT_TABLES[name])


def _view(con: duckdb.DuckDBPyConnection, name: str, files: list[str], schema: pa.Schema) -> None:
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
        con.execute(f"CREATE VIEW {name} AS SELECT *{added} FROM {source}")
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
    }


def _timestamp(text: str | None):
    from datetime import datetime

    return datetime.fromisoformat(text) if text else None


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def query(
    out_dir: str | Path, sql: str, params: dict[str, str] | None = None, limits: QueryLimits = QueryLimits()
) -> tuple[list[str], list[tuple]]:
    """Run one read-only SELECT with bound `$name` parameters."""
    reads_views_only(sql)
    check_params(sql, params)
    con = connect(out_dir, limits, views_named(sql))
    check_select(con, sql)
    return fetch(con, sql, params, limits)


def query_batches(
    out_dir: str | Path,
    sql: str,
    params: dict[str, str] | None = None,
    limits: QueryLimits = QueryLimits(),
    rows=10_000,
) -> Iterator:
    """`query`, streamed: yields the column names, then the rows in lists of at most `rows`. DuckDB streams them
    too, so a result of millions of rows holds one batch in memory (30 M rows: 100 MB). The time limit spans the
    whole iteration."""
    reads_views_only(sql)
    check_params(sql, params)
    con = connect(out_dir, limits, views_named(sql))
    check_select(con, sql)
    with limited(con, limits):
        result = con.execute(sql, params or None)
        yield [d[0] for d in result.description]
        rounders = [_rounder(d[1]) for d in result.description]
        while batch := result.fetchmany(rows):
            yield _rounded(batch, rounders)


FILE_READERS = {"read_parquet", "parquet_scan", "read_csv", "read_csv_auto", "read_json", "read_json_auto"}
FILE_READERS |= {"read_ndjson", "read_json_objects", "read_text", "read_blob", "glob", "delta_scan"}


def reads_views_only(sql: str) -> None:
    """A query reads the views, not the files: a table's folder also holds the files its earlier versions replaced
    (until `enrich vacuum`), so read_parquet over it counts every old row (1,048 item rows for 349 items after four
    nights). The connection cannot read outside the output anyway."""
    for start, following in _tokens(sql):
        name = _identifier(sql, start, following)
        if name in FILE_READERS and following and sql[following[0][0]] == "(":
            raise EnrichError(
                f"enrich sql reads the views ({', '.join(VIEWS)}), not files: {name}() over a table's folder also "
                "reads the rows its earlier versions replaced. Query the views; outside enrich, read a table's "
                "current files from its Delta log (docs/output.md#reading)"
            )


def check_params(sql: str, params: dict[str, str] | None) -> None:
    """Every `-p NAME` used as $NAME and every $NAME given: DuckDB said "Expected 0, got 1" for the first. A name
    may be a keyword to DuckDB's tokenizer ($name, $type) or a number ($1)."""
    tokens = tokenize(sql)
    named = (duckdb.token_type.identifier, duckdb.token_type.keyword, duckdb.token_type.numeric_const)
    used = {
        _identifier(sql, start, tokens[k + 2 :])
        for k, (start, kind) in enumerate(tokens[1:])
        if kind in named and sql[tokens[k][0] : start] in ("$", "?")
    }
    given = {name.lower(): name for name in params or {}}
    unused, missing = sorted(set(given) - used), sorted(used - set(given))
    if unused:
        shown = ", ".join(f"-p {given[name]}" for name in unused)
        raise EnrichError(f"{shown}: the query has no ${given[unused[0]]}; write it where the value goes")
    if missing:
        raise EnrichError(
            f"the query uses ${missing[0]}, and no value is given for it (enrich sql: -p {missing[0]} VALUE)"
        )


def check_select(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise EnrichError(f"SQL does not parse: {exc}") from None
    if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
        raise EnrichError("only a single SELECT statement is allowed")


def fetch(con: duckdb.DuckDBPyConnection, sql: str, params=None, limits: QueryLimits = QueryLimits()):
    """(columns, rows) of a query, under the limits."""
    with limited(con, limits):
        result = con.execute(sql, params or None)
        columns, rows = [d[0] for d in result.description], result.fetchall()
    return columns, _rounded(rows, [_rounder(d[1]) for d in result.description])


def _rounded(rows: list[tuple], rounders: list) -> list[tuple]:
    if not any(rounders):
        return rows
    # a FLOAT share of 0.66 comes back as 0.6600000262260437: give it as the float32 it is
    return [tuple(v if f is None or v is None else f(v) for v, f in zip(row, rounders)) for row in rows]


def _rounder(dtype) -> Callable | None:
    """A function giving a value of DuckDB type `dtype` with its FLOAT parts rounded to the shortest decimal their
    float32 value has (items.pixel_colors' shares); None when the type holds no FLOAT. Led by the type, so that a
    DOUBLE beside a FLOAT (a struct an analyst builds) keeps its precision."""
    kind = dtype.id
    if kind == "float":
        return _shortest_float
    if kind not in ("list", "array", "struct", "map"):  # a union's value does not say which member it is
        return None
    parts = {name: _rounder(child) for name, child in dtype.children if name != "size"}
    if not any(parts.values()):
        return None
    parts = {name: _or_none(f) for name, f in parts.items()}
    if kind in ("list", "array"):
        return lambda v: type(v)(parts["child"](x) for x in v)
    if kind == "map":  # fetched as a dict
        return lambda v: {parts["key"](k): parts["value"](x) for k, x in v.items()}
    return lambda v: {k: parts[k](x) for k, x in v.items()}


def _or_none(rounder: Callable | None) -> Callable:
    return (lambda v: v if v is None else rounder(v)) if rounder else (lambda v: v)


@functools.lru_cache(maxsize=65_536)
def _shortest_float(value: float) -> float:
    # cached: shares repeat (three decimals), and numpy's repr is the slow part (300k rows of pixel_colors: +3 s
    # on a 3.4 s fetch cached, +6 s not)
    return float(str(np.float32(value)))


def stream(
    con: duckdb.DuckDBPyConnection, sql: str, params=None, limits: QueryLimits = QueryLimits(), rows: int = 65_536
):
    """Arrow record batches of a query, under the limits: for results too large to hold as Python rows."""
    with limited(con, limits):
        yield from con.sql(sql, params=params).to_arrow_reader(rows)


@contextmanager
def limited(con: duckdb.DuckDBPyConnection, limits: QueryLimits):
    """DuckDB has no statement timeout: a timer interrupts the connection. Its errors become one line each."""
    timer = threading.Timer(limits.seconds, con.interrupt)
    timer.start()
    try:
        yield
    except duckdb.InterruptException:
        raise EnrichError(
            f"query stopped after {limits.seconds:g}s (the time limit); narrow it, or raise --timeout"
        ) from None
    except duckdb.OutOfMemoryException:
        raise EnrichError(
            f"query needed more than the {limits.memory} memory limit; narrow it, or raise --memory-limit"
        ) from None
    except duckdb.Error as exc:
        raise EnrichError(f"query failed: {_hinted(str(exc))}") from None
    finally:
        timer.cancel()


def _hinted(message: str) -> str:
    """DuckDB's message, with what it cannot know: the views are made for the names a query gives, so it suggests
    its own catalog ("Did you mean pg_constraint?") for a misspelt view; and no SET runs in `enrich sql`."""
    missing = re.match(r"Catalog Error: Table with name (.+?) does not exist!", message)
    if missing:
        close = difflib.get_close_matches(missing[1].lower(), VIEWS, n=1)
        return (
            f"there is no view {missing[1]}{f' (did you mean {close[0]}?)' if close else ''}; the views are "
            f"{', '.join(VIEWS)} (docs/output.md)"
        )
    if "lambda_syntax" in message:
        return f"{message.splitlines()[0]}\nWrite it as `lambda p: p.color` (enrich sql runs no SET)."
    return message
