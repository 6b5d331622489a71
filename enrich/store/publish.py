"""Keep `items` and `answers` (the latest result per sku) current: merge in what runs committed to history.

A run's rows replace a sku's current rows when they are newer (processed later; the run id breaks ties),
so publishing is idempotent and order-free: publishing a run twice, or an older run after a newer one,
changes nothing. A sku's answers are replaced as a group, so a question dropped from the questionnaire
leaves no stale answer behind. Rows stream from DuckDB into delta-rs's merge: memory stays bounded by
batches, not by the number of rows published.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa
from deltalake import CommitProperties, write_deltalake

from enrich import faults
from enrich.store.schema import ANSWERS_SCHEMA
from enrich.store.tables import ANSWERS_VERSION, Tables

BATCH_ROWS = 4_096  # rows per Arrow batch from DuckDB to delta-rs: at 65,536 a write peaked at 3x the memory
NEWER = "(s.processed_at > c.processed_at OR (s.processed_at = c.processed_at AND s.run_id > c.run_id))"
CATALOG_RUN = "enrich.catalog_run"  # the catalog table's commit metadata: the run whose sku list it is
# A sku deleted from the catalog stays deleted: rows of the catalog's run or older need their sku in it.
WINNERS = f"""
SELECT s.* FROM (
    SELECT * FROM items_history WHERE run_id IN (SELECT unnest($runs))
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY processed_at DESC, run_id DESC) = 1
) s LEFT JOIN (SELECT sku, processed_at, run_id FROM items) c ON c.sku = s.sku
WHERE (c.sku IS NULL OR {NEWER})
  AND ($catalog_run IS NULL OR s.run_id > $catalog_run OR s.sku IN (SELECT sku FROM catalog))"""


def publish(tables: Tables, run_ids: list[str]) -> int:
    """Merge the newest rows of these runs into the current tables; returns the skus updated."""
    con = _connect(tables)
    params = {"runs": run_ids, "catalog_run": catalog_run(tables)}
    con.execute(f"CREATE TEMP TABLE winners AS SELECT sku, run_id FROM ({WINNERS})", params)
    [(updated,)] = con.execute("SELECT count(*) FROM winners").fetchall()
    if not updated:
        return 0
    # New skus only (a first run, mostly): appended, which streams; merging holds far more in memory.
    [(replacing,)] = con.execute(_REPLACING).fetchall()
    answers = con.sql(_ANSWERS_SOURCE if replacing else _NEW_ANSWERS).to_arrow_reader(BATCH_ROWS)
    _merge_answers(tables, answers) if replacing else _append(tables, "answers", answers, {})
    faults.hit("publish", "answers")
    items = con.sql(f"SELECT * FROM ({WINNERS})", params=params).to_arrow_reader(BATCH_ROWS)
    if replacing:
        _merge_items(tables, items, "t.sku = s.sku", delete=False)
    else:
        _append(tables, "items", items, {ANSWERS_VERSION: str(tables.table("answers").version())})
    return updated


_REPLACING = """
SELECT count(*) FROM winners w
WHERE EXISTS (SELECT 1 FROM items i WHERE i.sku = w.sku) OR EXISTS (SELECT 1 FROM answers a WHERE a.sku = w.sku)"""
_NEW_ANSWERS = "SELECT a.* FROM answers_history a SEMI JOIN winners w ON a.run_id = w.run_id AND a.sku = w.sku"


def _append(tables: Tables, name: str, rows, metadata: dict[str, str]) -> None:
    tables.reload()
    properties = CommitProperties(custom_metadata=metadata or None)
    write_deltalake(tables.table(name), rows, mode="append", schema_mode="merge", commit_properties=properties)
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
    same = tables.table("catalog").version() > 0 and not con.execute(_CATALOG_CHANGES).fetchall()
    if same:
        return False, 0
    properties = CommitProperties(custom_metadata={CATALOG_RUN: run_id})
    skus = con.sql("SELECT sku FROM new_catalog").to_arrow_table()
    write_deltalake(tables.table("catalog"), skus, mode="overwrite", commit_properties=properties)
    doomed = con.sql("SELECT DISTINCT sku FROM items ANTI JOIN new_catalog USING (sku)").to_arrow_table()
    if doomed.num_rows:
        answers = tables.table("answers").merge(doomed, "t.sku = s.sku", source_alias="s", target_alias="t")
        answers.when_matched_delete().execute()
        faults.hit("publish", "deleted_answers")
        _merge_items(tables, doomed, "t.sku = s.sku", delete=True)
    return True, doomed.num_rows


_CATALOG_CHANGES = """
(SELECT sku FROM new_catalog EXCEPT SELECT sku FROM catalog)
UNION ALL
(SELECT sku FROM catalog EXCEPT SELECT sku FROM new_catalog) LIMIT 1"""


_ANSWERS_SOURCE = """
WITH new AS (SELECT a.* FROM answers_history a SEMI JOIN winners w ON a.run_id = w.run_id AND a.sku = w.sku)
SELECT *, false AS _drop FROM new
UNION ALL BY NAME
SELECT c.sku, c.question_id, true AS _drop FROM answers c SEMI JOIN winners w ON c.sku = w.sku
    ANTI JOIN new n ON n.sku = c.sku AND n.question_id = c.question_id"""


def _merge_answers(tables: Tables, source) -> None:
    columns = {name: f"s.{name}" for name in ANSWERS_SCHEMA.names}
    (
        tables.table("answers")
        .merge(source, "t.sku = s.sku AND t.question_id = s.question_id", source_alias="s", target_alias="t")
        .when_matched_delete(predicate="s._drop")
        .when_matched_update(columns, predicate="NOT s._drop")
        .when_not_matched_insert(columns, predicate="NOT s._drop")
        .execute()
    )


def _merge_items(tables: Tables, source, predicate: str, delete: bool) -> None:
    """The items commit names the answers version it belongs with: the pair readers read together."""
    tables.reload()
    answers_version = tables.table("answers").version()
    properties = CommitProperties(custom_metadata={ANSWERS_VERSION: str(answers_version)})
    merger = tables.table("items").merge(
        source, predicate, source_alias="s", target_alias="t", merge_schema=not delete, commit_properties=properties
    )
    merger = merger.when_matched_delete() if delete else merger.when_matched_update_all().when_not_matched_insert_all()
    merger.execute()
    tables.reload()


def _connect(tables: Tables) -> duckdb.DuckDBPyConnection:
    return tables.duckdb({name: name for name in ("items", "answers", "items_history", "answers_history", "catalog")})
