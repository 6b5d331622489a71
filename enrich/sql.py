"""`enrich sql`: one read-only SELECT, with bound parameters, under a memory limit and a time limit, over the views
(views.py). What a query may name and bind is checked before it runs; results stream, rounded as written."""

from __future__ import annotations

import difflib
import functools
import json
import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import numpy as np

from enrich import EnrichError
from enrich.config import QueryLimits
from enrich.views import NEEDS, RUN_COLUMNS, VIEWS, connect

__all__ = ["RUN_COLUMNS", "QueryLimits", "connect", "fetch", "query", "query_batches", "stream", "tokenize"]


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


# Table functions a query may call: none reads a file. Every other one is refused (read_parquet, query_table, glob...)
TABLE_FUNCTIONS = {"unnest", "range", "generate_series", "json_each", "json_tree", "repeat", "repeat_row"}
FILE_LIKE = re.compile(r"[./\\*?]")  # a table name DuckDB would read as a file (a replacement scan): 'x/*.parquet'


def reads_views_only(sql: str) -> None:
    """A query reads the views, not the files: a table's folder also holds the files its earlier versions replaced
    (until `enrich vacuum`), so read_parquet over it counts every old row (1,048 item rows for 349 items after four
    nights). The connection cannot read outside the output anyway. Judged on DuckDB's parse tree, so neither a
    comment between a function and its "(" nor a file named as a table ('tables/items/*.parquet', or split into a
    schema and a table: "tables/items/*"."parquet") gets round it."""
    nodes = list(_nodes(_parse_tree(sql)))
    ctes = {entry.get("key") for node in nodes for entry in (node.get("cte_map") or {}).get("map", [])}
    for node in nodes:
        kind = node.get("type")
        name = str((node.get("function") or {}).get("function_name", "")) if kind == "TABLE_FUNCTION" else ""
        if (
            kind == "TABLE_FUNCTION"
            and name.lower() not in TABLE_FUNCTIONS
            and not name.startswith(("duckdb_", "pragma_"))
        ):
            _refuse_files(f"{name}()")
        if kind == "BASE_TABLE" and _file_like(node, ctes):
            parts = (node.get(key) for key in ("catalog_name", "schema_name", "table_name"))
            _refuse_files(repr(".".join(str(part) for part in parts if part)))


def _file_like(table: dict, ctes: set) -> bool:
    """A table reference DuckDB could read as a file: a name with a dot, slash or wildcard that is no CTE's, or a
    schema other than the views' own (DuckDB joins "a"."parquet" into the file name a.parquet)."""
    name, schema, catalog = (str(table.get(key) or "") for key in ("table_name", "schema_name", "catalog_name"))
    if schema not in ("", "main") or catalog not in ("", "memory"):
        return True
    return bool(FILE_LIKE.search(name)) and name not in ctes


def _refuse_files(what: str) -> None:
    raise EnrichError(
        f"enrich sql reads the views ({', '.join(VIEWS)}), not files: {what} over a table's folder also reads the rows "
        "its earlier versions replaced. Query the views; outside enrich, read a table's current files from its Delta "
        "log (docs/output.md#reading)"
    )


def _parse_tree(sql: str) -> dict:
    """DuckDB's parse tree of a SELECT as JSON; {} for what it cannot serialize (not a SELECT, a syntax error), which
    check_select refuses with DuckDB's own message."""
    tree = serialized(sql)
    return {} if tree.get("error") else tree


# json_serialize_sql nests about six levels of JSON per level of an expression, and DuckDB allows 1,000 of those:
# 180 columns joined by `||` passed Python's recursion limit (1,000) in json.loads
JSON_DEPTH = 20_000


def serialized(sql: str) -> dict:
    """json_serialize_sql's answer for `sql`, read: its parse tree, or {"error": true, "error_message": ...}."""
    with duckdb.connect(":memory:") as parser:  # parses only: no data, no files
        text = parser.execute("SELECT json_serialize_sql($sql)", {"sql": sql}).fetchone()[0]
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, JSON_DEPTH))
    try:
        return json.loads(text)
    except RecursionError:
        raise EnrichError("the query is nested too deeply to check: split its longest expression") from None
    finally:
        sys.setrecursionlimit(limit)


def _nodes(tree):
    """Every dict in the tree, depth first."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def params_used(sql: str) -> set[str]:
    """The names of the query's parameters ($name, $1, ?1), lowered, as DuckDB's tokenizer finds them: never one in a
    string or a comment."""
    tokens = tokenize(sql)
    named = (duckdb.token_type.identifier, duckdb.token_type.keyword, duckdb.token_type.numeric_const)
    return {
        _identifier(sql, start, tokens[k + 2 :])
        for k, (start, kind) in enumerate(tokens[1:])
        if kind in named and sql[tokens[k][0] : start] in ("$", "?")
    }


def check_params(sql: str, params: dict[str, str] | None) -> None:
    """Every `-p NAME` used as $NAME and every $NAME given: DuckDB said "Expected 0, got 1" for the first. A name
    may be a keyword to DuckDB's tokenizer ($name, $type) or a number ($1)."""
    used = params_used(sql)
    given = {name.lower(): name for name in params or {}}
    unused, missing = sorted(set(given) - used), sorted(used - set(given))
    if unused:
        shown = ", ".join(f"-p {given[name]}" for name in unused)
        raise EnrichError(f"{shown}: the query has no ${given[unused[0]]}; write it where the value goes")
    if missing:
        raise EnrichError(
            f"the query uses ${missing[0]}, and no value is given for it (`enrich sql` binds one with -p {missing[0]} "
            "VALUE; a `reprocess --where` predicate binds none: write the value in)"
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
    except RuntimeError as exc:  # Ctrl-C: DuckDB stops the query and says so as a RuntimeError, not an interrupt
        if str(exc) != "Query interrupted":
            raise
        raise KeyboardInterrupt from None
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
