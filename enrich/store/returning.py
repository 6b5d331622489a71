"""Items back in the catalog: a product the seller delisted and lists again, or the items a night's cut-short catalog
dropped. Their newest history row, when it is an ok result, is what the planner compares them with (plan.py) and what
the writer restores them from without the model (writer.py), as it does a current result whose catalog columns
changed."""

from __future__ import annotations

import pyarrow as pa

from enrich.store.tables import Tables

# The newest history row of each sku in `gone` (not current), when it is an ok result: an item the catalog dropped
# and lists again (plan.py). Its keys first, over a few columns of the history; whole rows only for those found.
NEWEST_OK = """
SELECT sku, run_id, processed_at FROM (
    SELECT sku, run_id, processed_at, status FROM h SEMI JOIN gone USING (sku)
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY processed_at DESC, run_id DESC) = 1
) WHERE status = 'ok'"""


def newest_ok(con) -> pa.Table | None:
    """The keys (sku, run_id, processed_at) NEWEST_OK names, from a connection with views `h` (items_history) and
    `gone`, registered there as `newest`; None when none."""
    newest = con.sql(NEWEST_OK).to_arrow_table()
    if not newest.num_rows:
        return None
    con.register("newest", newest)
    return newest


def returning_rows(con) -> pa.Table | None:
    """The rows NEWEST_OK names, from a connection with views `h` (items_history) and `gone`; None when none."""
    if newest_ok(con) is None:
        return None
    return con.sql("SELECT * FROM h SEMI JOIN newest USING (run_id, sku, processed_at)").to_arrow_table()


class ReturningItems:
    """The newest ok result in history, with its answers, of each of a night's skus that is not current (an item the
    catalog dropped and lists again, plan.py): read at the first shard that restores one, then kept for the night.
    Read for each shard, every read scanned the whole history again (about 5 s per shard at 11 million rows).

    The rows are kept in DuckDB (tables.duckdb: its memory limit, spilled beside the tables past it), and each shard
    takes its own skus' from there: held in Python, a night after a cut-short catalog held every item back and its
    answers for the whole night (about 3 KB an item: 300 MB at 100,000 items back, through the publish)."""

    def __init__(self, tables: Tables, skus: pa.Array | pa.ChunkedArray):
        self.tables, self.skus = tables, skus
        self._con = None  # the DuckDB connection holding the temp tables `back` and `back_answers`
        self._any = False

    def rows(self, skus: pa.Array | pa.ChunkedArray) -> tuple[pa.Table | None, pa.Table | None]:
        """(items rows, answers rows) of those of `skus` that are back; (None, None) when none is."""
        if self._con is None:
            con = self.tables.duckdb({"items": "items", "h": "items_history", "ha": "answers_history"})
            con.register("k", pa.table({"sku": self.skus}))
            con.register("gone", con.sql("SELECT sku FROM k ANTI JOIN items USING (sku)").to_arrow_table())
            con.unregister("k")
            if newest_ok(con) is not None:
                con.execute(
                    "CREATE TEMP TABLE back AS SELECT * FROM h SEMI JOIN newest USING (run_id, sku, processed_at)"
                )
                con.execute("CREATE TEMP TABLE back_answers AS SELECT * FROM ha SEMI JOIN back USING (run_id, sku)")
                con.unregister("newest")
                self._any = True
            con.unregister("gone")
            self._con = con
        if not self._any:
            return None, None
        self._con.register("wanted", pa.table({"sku": skus}))
        try:
            back = self._con.sql("SELECT * FROM back SEMI JOIN wanted USING (sku)").to_arrow_table()
            if not back.num_rows:
                return None, None
            return back, self._con.sql("SELECT * FROM back_answers SEMI JOIN wanted USING (sku)").to_arrow_table()
        finally:
            self._con.unregister("wanted")

    def close(self) -> None:
        """The rows dropped (their spilled files with them)."""
        if self._con is not None:
            self._con.close()
            self._con, self._any = None, False


def with_returning_items(tables: Tables, fresh: pa.Table, returning: ReturningItems):
    """A connection whose `c` and `a` are the current items and answers plus the items back in the catalog (after it
    dropped them), their newest ok result in history with its answers."""
    con = tables.duckdb({"items": "items", "answers": "answers"})
    con.register("k", fresh)
    back, answers = returning.rows(fresh.column("sku"))
    if back is None:
        con.execute("CREATE VIEW c AS SELECT * FROM items")
        con.execute("CREATE VIEW a AS SELECT * FROM answers")
        return con
    con.register("back", back)
    con.register("back_answers", answers)
    con.execute("CREATE VIEW c AS SELECT * FROM items UNION ALL BY NAME SELECT * FROM back")
    con.execute("CREATE VIEW a AS SELECT * FROM answers UNION ALL BY NAME SELECT * FROM back_answers")
    return con
