"""Keep `items` and `answers` (the latest result per sku) current with what runs committed to history.

A run's rows replace a sku's current rows when they are newer (processed later; the run id breaks ties),
so publishing is idempotent and order-free: publishing a run twice, or an older run after a newer one,
changes nothing. A sku's answers are replaced as a group, so a question dropped from the questionnaire
leaves no stale answer behind. New skus are appended; otherwise each current table is rewritten in one
overwrite commit (its rows less the replaced or deleted skus', plus the new rows), written by DuckDB as it
streams (tables.stream_into): memory stays bounded by DuckDB's limit, not by the size of the tables.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa
from deltalake import CommitProperties, write_deltalake

from enrich import faults
from enrich.store.tables import ANSWERS_VERSION, Tables, stream_into

NEWER = "(s.processed_at > c.processed_at OR (s.processed_at = c.processed_at AND s.run_id > c.run_id))"
CATALOG_RUN = "enrich.catalog_run"  # the catalog table's commit metadata: the run whose sku list it is
# A sku deleted from the catalog stays deleted: rows of the catalog's run or older need their sku in it. Ranked on
# three narrow columns: ranking whole item rows held them all in memory (+335 MB at 300,000 items).
WINNERS = f"""
SELECT s.sku, s.run_id, s.processed_at FROM (
    SELECT sku, run_id, processed_at FROM items_history WHERE run_id IN (SELECT unnest($runs))
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY processed_at DESC, run_id DESC) = 1
) s LEFT JOIN (SELECT sku, processed_at, run_id FROM items) c ON c.sku = s.sku
WHERE (c.sku IS NULL OR {NEWER})
  AND ($catalog_run IS NULL OR s.run_id > $catalog_run OR s.sku IN (SELECT sku FROM catalog))"""


def publish(tables: Tables, run_ids: list[str]) -> int:
    """Merge the newest rows of these runs into the current tables; returns the skus updated."""
    con = _connect(tables)
    params = {"runs": run_ids, "catalog_run": catalog_run(tables)}
    con.execute(f"CREATE TEMP TABLE winners AS {WINNERS}", params)
    [(updated,)] = con.execute("SELECT count(*) FROM winners").fetchall()
    if not updated:
        return 0
    [(replacing,)] = con.execute(_REPLACING).fetchall()
    if replacing or _declares_not_null(tables):  # an append keeps the schema; a rewrite repairs it
        _rewrite(tables, con, "winners", _NEW_ANSWERS, _NEW_ITEMS)
    else:  # new skus only (a first run, mostly): appended
        _write(tables, "answers", con.sql(_NEW_ANSWERS), "append")
        faults.hit("publish", "answers")
        _write(tables, "items", con.sql(_NEW_ITEMS), "append", paired=True)
    return updated


def _declares_not_null(tables: Tables) -> bool:
    """A current table written before 2026-12-03 may declare a catalog column NOT NULL (stream_into)."""
    return any(
        not f.nullable for name in ("items", "answers") for f in pa.schema(tables.table(name).schema().to_arrow())
    )


def _rewrite(
    tables: Tables,
    con,
    dropped: str,
    new_answers: str | None = None,
    new_items: str | None = None,
) -> None:
    """Each current table rewritten as its rows less the `dropped` skus' plus the new rows: one overwrite commit
    each, streamed from DuckDB. A night's changes are spread over every file, so a merge rewrote all of them too,
    but held them in memory (700 MB more at 500,000 items); an overwrite streams them.
    """
    for name, new in (("answers", new_answers), ("items", new_items)):
        kept = f"(SELECT t.* FROM {name} t ANTI JOIN {dropped} d ON t.sku = d.sku)"
        rows = con.sql(f"{kept} UNION ALL BY NAME ({new})" if new else kept)
        _write(tables, name, rows, "overwrite", paired=name == "items")
        if name == "answers":
            faults.hit("publish", "answers")


_REPLACING = """
SELECT count(*) FROM winners w
WHERE EXISTS (SELECT 1 FROM items i WHERE i.sku = w.sku) OR EXISTS (SELECT 1 FROM answers a WHERE a.sku = w.sku)"""
_NEW_ANSWERS = "SELECT a.* FROM answers_history a SEMI JOIN winners w ON a.run_id = w.run_id AND a.sku = w.sku"
# A run appends a sku's item row once (one shard, one transaction), so (sku, run_id, processed_at) is the row.
_NEW_ITEMS = """
SELECT i.* FROM items_history i
SEMI JOIN winners w ON i.run_id = w.run_id AND i.sku = w.sku AND i.processed_at = w.processed_at"""


def _write(tables: Tables, name: str, relation, mode: str, paired: bool = False) -> None:
    """Stream a DuckDB relation into a current table. `paired`: the items commit names the answers version it
    belongs with, the pair readers read together (snapshot.py)."""
    tables.reload()
    metadata = {ANSWERS_VERSION: str(tables.table("answers").version())} if paired else None
    stream_into(tables.table(name), relation, mode, metadata)
    tables.reload()


def catalog_run(tables: Tables) -> str | None:
    """The run whose sku list the catalog table holds; None before any whole-catalog run finished."""
    return next((c[CATALOG_RUN] for c in tables.table("catalog").history(16) if CATALOG_RUN in c), None)


def remove_missing(tables: Tables, catalog_skus: pa.Array, run_id: str) -> tuple[bool, int]:
    """A finished whole-catalog run: skus no longer in the catalog leave the current tables (history keeps them).

    Returns whether the recorded catalog changed, and how many skus were removed.
    """
    con = _connect(tables)
    con.register("new_catalog", pa.table({"sku": catalog_skus.cast(pa.string())}))
    changed = tables.table("catalog").version() == 0 or bool(con.execute(_CATALOG_CHANGES).fetchall())
    if changed:
        properties = CommitProperties(custom_metadata={CATALOG_RUN: run_id})
        skus = con.sql("SELECT sku FROM new_catalog").to_arrow_table()
        write_deltalake(tables.table("catalog"), skus, mode="overwrite", commit_properties=properties)
    # Looked for whether or not the catalog changed: a run killed between the two steps, or a reprocess of a sku
    # the catalog has since dropped again, left skus in the current tables that the same catalog then never removed.
    con.execute("CREATE TEMP TABLE doomed AS SELECT DISTINCT sku FROM items ANTI JOIN new_catalog USING (sku)")
    [(deleted,)] = con.execute("SELECT count(*) FROM doomed").fetchall()
    if deleted:
        _rewrite(tables, con, "doomed")
    return changed or deleted > 0, deleted


_CATALOG_CHANGES = """
(SELECT sku FROM new_catalog EXCEPT SELECT sku FROM catalog)
UNION ALL
(SELECT sku FROM catalog EXCEPT SELECT sku FROM new_catalog) LIMIT 1"""


def _connect(tables: Tables) -> duckdb.DuckDBPyConnection:
    return tables.duckdb({name: name for name in ("items", "answers", "items_history", "answers_history", "catalog")})
