"""A locked-down DuckDB connection over an output folder, with the views analysts query.

Views (committed data only; see store.py for the layout):
    items            latest result per sku across all runs, minus skus deleted from the catalog
    answers          the answers of each sku's latest result: one row per sku x question
    catalog          the skus of the newest finished whole-catalog run (every sku seen, before one finishes)
    runs             one row per run: status, counts, timings, model, questionnaire
    items_history    every item row of every run
    answers_history  every answer row whose item row is committed
The connection may read the output folder and nothing else, cannot write or attach anything, loads no
extensions, and its configuration is locked. User SQL must be one SELECT; parameters are bound.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pyarrow as pa

from enrich import EnrichError
from enrich.store import ANSWERS_SCHEMA, CATALOG_FILE, ITEMS_SCHEMA

LATEST_ITEMS = """
CREATE VIEW items AS SELECT * FROM items_history {deleted}
QUALIFY row_number() OVER (PARTITION BY sku ORDER BY processed_at DESC, run_id DESC) = 1"""
# Skus missing from the newest finished run's catalog were deleted: hidden from the latest views, kept in history.
# Rows of later runs (an interrupted nightly that added skus, a reprocess) stay visible.
NOT_DELETED = "WHERE run_id > {run} OR sku IN (SELECT sku FROM read_parquet({path}))"
LATEST_ANSWERS = """
CREATE VIEW answers AS SELECT a.* FROM answers_history a SEMI JOIN items i ON a.run_id = i.run_id AND a.sku = i.sku"""
RUN_COUNTS = """
SELECT run_id, count(*) AS items, count(*) FILTER (status = 'ok') AS ok,
       count(*) FILTER (status = 'error') AS errors FROM items_history GROUP BY run_id"""
MANIFEST_COLUMNS = {
    "run_id": "VARCHAR",
    "status": "VARCHAR",
    "started_at": "TIMESTAMPTZ",
    "finished_at": "TIMESTAMPTZ",
    "seconds": "DOUBLE",
    "items_per_s": "DOUBLE",
    "error": "VARCHAR",
    "config": "JSON",
    "questionnaire": "JSON",
    "catalog": "JSON",
}


def connect(out_dir: str | Path) -> duckdb.DuckDBPyConnection:
    """An enrich output folder (runs/), or a plain folder with items/*.parquet and answers/*.parquet."""
    root = Path(out_dir).expanduser().resolve()
    plain = not (root / "runs").is_dir() and any((root / "items").glob("*.parquet"))
    if not (root / "runs").is_dir() and not plain:
        raise EnrichError(
            f"{out_dir} holds no enrich output (no runs/ folder, no items/*.parquet); "
            f"run `enrich run --out {out_dir}` first"
        )
    con = duckdb.connect(":memory:")
    con.execute(f"SET allowed_directories = [{_literal(str(root))}]")
    for setting in ("enable_external_access", "autoload_known_extensions", "autoinstall_known_extensions"):
        con.execute(f"SET {setting} = false")
    _create_plain_views(con, root) if plain else _create_views(con, root)
    con.execute("SET lock_configuration = true")
    return con


def _create_views(con: duckdb.DuckDBPyConnection, root: Path) -> None:
    runs = root / "runs"
    committed = committed_shards(runs)
    for name, schema in (("items", ITEMS_SCHEMA), ("answers", ANSWERS_SCHEMA)):
        files = [run_dir / name / f"{part}.parquet" for run_dir, part in committed]
        if files:
            source = f"read_parquet([{', '.join(_literal(str(f)) for f in files)}], union_by_name = true)"
        else:
            con.register(f"empty_{name}", pa.Table.from_pylist([], schema=schema))
            source = f"empty_{name}"
        con.execute(f"CREATE VIEW {name}_history AS SELECT * FROM {source}")
    snapshot = newest_catalog(runs)
    deleted = NOT_DELETED.format(run=_literal(snapshot.parent.name), path=_literal(str(snapshot))) if snapshot else ""
    con.execute(LATEST_ITEMS.format(deleted=deleted))
    catalog = f"read_parquet({_literal(str(snapshot))})" if snapshot else "(SELECT DISTINCT sku FROM items_history)"
    con.execute(f"CREATE VIEW catalog AS SELECT sku FROM {catalog}")
    con.execute(LATEST_ANSWERS)
    con.execute(_runs_view(runs))


def _create_plain_views(con: duckdb.DuckDBPyConnection, root: Path) -> None:
    """Results made elsewhere or edited by hand: every row is current, there is no run history."""
    for name, schema in (("items", ITEMS_SCHEMA), ("answers", ANSWERS_SCHEMA)):
        if any((root / name).glob("*.parquet")):
            pattern = _literal(str(root / name / "*.parquet"))
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({pattern}, union_by_name = true)")
        else:
            con.register(f"empty_{name}", pa.Table.from_pylist([], schema=schema))
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM empty_{name}")
        con.execute(f"CREATE VIEW {name}_history AS SELECT * FROM {name}")
    con.execute("CREATE VIEW catalog AS SELECT sku FROM items")
    con.execute(_runs_view(root / "runs"))


def committed_shards(runs: Path) -> list[tuple[Path, str]]:
    """(run folder, part name) of every shard with a commit marker and rows: all a reader may see."""
    found = []
    for marker in sorted(runs.glob("*/done/part-*.json")):
        try:
            rows = json.loads(marker.read_text()).get("items", 0)
        except (OSError, ValueError):
            continue
        if rows:
            found.append((marker.parent.parent, marker.stem))
    return found


def newest_catalog(runs: Path) -> Path | None:
    """The sku list of the newest finished whole-catalog run, if any."""
    for snapshot in sorted(runs.glob(f"*/{CATALOG_FILE}"), reverse=True):
        try:
            if json.loads((snapshot.parent / "manifest.json").read_text()).get("status") == "finished":
                return snapshot
        except (OSError, ValueError):
            continue
    return None


def _runs_view(runs: Path) -> str:
    columns = "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in MANIFEST_COLUMNS.items()) + "}"
    if runs.is_dir() and any(runs.glob("*/manifest.json")):
        manifests = f"read_json({_literal(str(runs / '*/manifest.json'))}, columns = {columns}, format = 'auto')"
    else:
        manifests = "(SELECT " + ", ".join(f"NULL::{t} AS {k}" for k, t in MANIFEST_COLUMNS.items()) + " LIMIT 0)"
    return f"""
CREATE VIEW runs AS
SELECT m.run_id, m.status, m.started_at, m.finished_at, m.seconds,
       coalesce(c.items, 0) AS items, coalesce(c.ok, 0) AS ok, coalesce(c.errors, 0) AS errors,
       m.items_per_s, m.config ->> 'model' AS model, m.config ->> 'adapter' AS adapter,
       m.config ->> 'engine' AS engine, m.questionnaire ->> 'sha256' AS questionnaire_sha256,
       m.catalog ->> 'path' AS catalog, (m.catalog ->> 'items')::BIGINT AS catalog_items, m.error
FROM {manifests} m LEFT JOIN ({RUN_COUNTS}) c USING (run_id)
ORDER BY m.started_at"""


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def query(out_dir: str | Path, sql: str, params: dict[str, str] | None = None) -> tuple[list[str], list[tuple]]:
    """Run one read-only SELECT with bound `$name` parameters."""
    con = connect(out_dir)
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise EnrichError(f"SQL does not parse: {exc}") from None
    if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
        raise EnrichError("only a single SELECT statement is allowed")
    try:
        result = con.execute(sql, params or None)
        return [d[0] for d in result.description], result.fetchall()
    except duckdb.Error as exc:
        raise EnrichError(f"query failed: {exc}") from None


def render(columns: list[str], rows: list[tuple], fmt: str = "table", max_width: int = 60) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, row)) for row in rows], indent=2, default=str, ensure_ascii=False)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    body = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    return "\n".join(body + [f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])


def _cell(value, max_width: int) -> str:
    text = "NULL" if value is None else str(value).replace("\n", "\\n")
    return text if len(text) <= max_width else text[: max_width - 1] + "…"
