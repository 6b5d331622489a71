"""Results restored from history without the model:
- items back in the catalog: a product the seller delisted and lists again, or the items a night's cut-short catalog
  dropped. Their newest history row, when it is an ok result;
- items whose current result was made with other inputs than tonight's (a model, adapter, translator or
  questionnaire rolled back): their newest history row made with tonight's, when it is an ok result.

That row is what the planner compares them with (plan.py) and what the writer restores them from without the model
(writer.py), as it does a current result whose catalog columns changed."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pyarrow as pa
import pyarrow.compute as pc

from enrich.questionnaire import GARMENT_QUESTION
from enrich.store.tables import Tables

log = logging.getLogger(__name__)

# The newest history row of each sku in `gone` (not current), when it is an ok result: an item the catalog dropped
# and lists again (plan.py). Its keys first, over a few columns of the history; whole rows only for those found.
NEWEST_OK = """
SELECT sku, run_id, processed_at FROM (
    SELECT sku, run_id, processed_at, status FROM h SEMI JOIN gone USING (sku)
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY processed_at DESC, run_id DESC) = 1
) WHERE status = 'ok'"""


# The newest history row made with tonight's inputs of each sku in `stale` (current, made with other inputs), when it
# is an ok result: rolling a model back restores what it made, where it went through the model again (a whole night
# of the GPUs for the fix the runbook gives a failed audit).
NEWEST_OK_WITH_INPUTS = """
SELECT sku, run_id, processed_at FROM (
    SELECT sku, run_id, processed_at, status FROM h SEMI JOIN stale USING (sku) WHERE {same_inputs}
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


def with_history_rows(con, tables: Tables, same_inputs: Callable[[str, bool], str] | None, params: dict) -> None:
    """The planner's views `c` and `a` (plan.py): the current items and answers (`now`, `current_answers`; catalog
    keys `k`) and, in place of what is current, the history rows this module restores from: those of items back
    in the catalog (`__returning`) and those made with tonight's inputs (`__restore_from`: their run), each with its
    answers to the garment question, which picks the pixel region when the seller's garment does not. History is
    read only for such skus, into temp tables of `con` (its memory limit, spilled beside the tables): a rollback
    restores every item, and held in Python its rows took 1-3 KB each while planning. `same_inputs(alias,
    translator_recorded)` is the SQL of plan.py's comparison; None where every item goes through the model whatever
    its inputs (`--full`, a reprocess)."""
    recorded = "translator_fingerprint" in {name for name, *_ in con.execute("DESCRIBE now").fetchall()}
    gone = con.sql("SELECT sku FROM k ANTI JOIN now USING (sku)").to_arrow_table()
    stale = _NO_SKUS
    if same_inputs is not None:
        sql = f"SELECT sku FROM k JOIN now USING (sku) WHERE NOT {same_inputs('now', recorded)}"
        stale = con.sql(sql, params=params).to_arrow_table()
    back = restored = False  # whether the temp tables `back` and `restored` hold rows
    if gone.num_rows or stale.num_rows:
        tables.add_views(con, {"h": "items_history", "ha": "answers_history"})
        con.register("gone", gone)
        back = _back(con) if gone.num_rows else False
        if same_inputs is not None:
            restored = _rolled_back(con, back, stale, lambda alias: same_inputs(alias, recorded), params)
        _say_restored(con, back, restored, stale.num_rows)
        found = " UNION ALL ".join(f"SELECT run_id, sku FROM {name}" for name in _names(back, restored))
        if found:
            con.execute(_GARMENT_ANSWERS.format(found=found), {"q": GARMENT_QUESTION})
    _create_views(con, back, restored)


_NO_SKUS = pa.table({"sku": pa.array([], pa.string())})


def _back(con) -> bool:
    """Temp table `back`: the newest ok history row of each catalog sku in `gone` (not current)."""
    if newest_ok(con) is None:
        return False
    con.execute("CREATE TEMP TABLE back AS SELECT * FROM h SEMI JOIN newest USING (run_id, sku, processed_at)")
    return True


def _rolled_back(con, back: bool, stale: pa.Table, same_inputs, params: dict) -> bool:
    """Temp table `restored`: the newest ok row made with tonight's inputs of each stale item and of each item back
    whose newest result other inputs made (dropped while the inputs rolled back were on), taken out of `back`."""
    if back:
        other = con.sql(f"SELECT sku FROM back WHERE NOT {same_inputs('back')}", params=params).to_arrow_table()
        stale = pa.concat_tables([stale, other.cast(stale.schema)])
    if not stale.num_rows:
        return False
    con.register("stale", stale)
    newest = NEWEST_OK_WITH_INPUTS.format(same_inputs=same_inputs("h"))
    con.execute(
        f"CREATE TEMP TABLE restored AS SELECT * FROM h SEMI JOIN ({newest}) USING (run_id, sku, processed_at)", params
    )
    if not con.execute("SELECT count(*) FROM restored").fetchall()[0][0]:
        return False
    if back:  # each item from one row: back, or restored
        con.execute("DELETE FROM back WHERE sku IN (SELECT sku FROM restored)")
    return True


def _names(back: bool, restored: bool) -> list[str]:
    return [name for name, held in (("back", back), ("restored", restored)) if held]


def _create_views(con, back: bool, restored: bool) -> None:
    parts = ["SELECT *, false AS __returning, NULL::VARCHAR AS __restore_from FROM now"]
    answers = "SELECT * FROM current_answers"
    if back:
        parts.append("SELECT *, true AS __returning, NULL::VARCHAR AS __restore_from FROM back")
    if restored:
        parts[0] += " ANTI JOIN restored USING (sku)"
        parts.append("SELECT *, sku IN (SELECT sku FROM gone) AS __returning, run_id AS __restore_from FROM restored")
        answers += " ANTI JOIN restored USING (sku)"  # (a restored item's current answers stand for nothing)
    if back or restored:  # the garment answers of the rows found stand for the current ones
        answers += " UNION ALL BY NAME SELECT * FROM found_answers"
    con.execute("CREATE VIEW c AS " + " UNION ALL BY NAME ".join(parts))
    con.execute(f"CREATE VIEW a AS {answers}")


_GARMENT_ANSWERS = """CREATE TEMP TABLE found_answers AS
    SELECT * FROM ha SEMI JOIN ({found}) USING (run_id, sku) WHERE question_id = $q"""


def _say_restored(con, back: bool, restored: bool, stale: int) -> None:
    if back:
        count = con.execute("SELECT count(*) FROM back").fetchall()[0][0]
        log.info(f"{count} item(s) back in the catalog are compared with their last result in history")
    if restored:
        count = con.execute("SELECT count(*) FROM restored").fetchall()[0][0]
        log.info(
            f"{count} of the {stale} item(s) made with another model, adapter, translator or questionnaire have a "
            "result in history made with tonight's: restored without the model where the image is the same"
        )


class ReturningItems:
    """The history rows a night restores from, with their answers: the newest ok result of each of its skus that is
    not current (an item the catalog dropped and lists again), and the rows the plan names in `restore` (sku, run
    id: a current item made with other inputs, restored from its result made with tonight's). Read at the first
    shard that restores one, then kept for the night. Read for each shard, every read scanned the whole history
    again (about 5 s per shard at 11 million rows).

    The rows are kept in DuckDB (tables.duckdb: its memory limit, spilled beside the tables past it), and each shard
    takes its own skus' from there: held in Python, a night after a cut-short catalog held every item back and its
    answers for the whole night (about 3 KB an item: 300 MB at 100,000 items back, through the publish)."""

    def __init__(self, tables: Tables, skus: pa.Array | pa.ChunkedArray, restore: pa.Table | None = None):
        self.tables, self.skus = tables, skus
        self.restore = restore if restore is not None and restore.num_rows else None
        self._con = None  # the DuckDB connection holding the temp tables `back` and `back_answers`
        self._any = False

    def restores(self, skus: pa.Array | pa.ChunkedArray) -> bool:
        """Whether the plan restores any of these current skus from history."""
        return self.restore is not None and pc.any(pc.is_in(skus, self.restore.column("sku"))).as_py()

    def rows(self, skus: pa.Array | pa.ChunkedArray) -> tuple[pa.Table | None, pa.Table | None]:
        """(items rows, answers rows) of those of `skus` restored from history; (None, None) when none is."""
        if self._con is None:
            self._con = self._read()
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

    def _read(self):
        con = self.tables.duckdb({"items": "items", "h": "items_history", "ha": "answers_history"})
        con.register("k", pa.table({"sku": self.skus}))
        con.register("restore", self.restore if self.restore is not None else _NO_SKUS)
        # an item back whose plan names a row to restore it from is restored from that row alone
        sql = "SELECT sku FROM k ANTI JOIN items USING (sku) ANTI JOIN restore USING (sku)"
        con.register("gone", con.sql(sql).to_arrow_table())
        con.unregister("k")
        found = []
        if newest_ok(con) is not None:
            found.append("SELECT * FROM h SEMI JOIN newest USING (run_id, sku, processed_at)")
        if self.restore is not None:
            found.append("SELECT * FROM h SEMI JOIN restore USING (run_id, sku)")
        if found:
            con.execute("CREATE TEMP TABLE back AS " + " UNION ALL BY NAME ".join(found))
            con.execute("CREATE TEMP TABLE back_answers AS SELECT * FROM ha SEMI JOIN back USING (run_id, sku)")
            self._any = True
        for name in ("gone", "newest", "restore"):  # (unregistering a name never registered is no error)
            con.unregister(name)
        return con

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
    con.register("back", back if back is not None else pa.table({"sku": pa.array([], pa.string())}))
    con.register("back_answers", answers if answers is not None else pa.table({"sku": pa.array([], pa.string())}))
    # A row restored from stands for the current one. The current row of an item the plan restores is never kept:
    # where its row in history is gone (a vacuum between a kill and the resume), the item is left as it is, and
    # the next night plans it again; kept, the row the rolled-back inputs made was written as if restored.
    con.register("planned", _planned_restores(returning, fresh.column("sku"), back))
    current = "ANTI JOIN back USING (sku) ANTI JOIN planned USING (sku)"
    con.execute(f"CREATE VIEW c AS SELECT * FROM items {current} UNION ALL BY NAME SELECT * FROM back")
    con.execute(f"CREATE VIEW a AS SELECT * FROM answers {current} UNION ALL BY NAME SELECT * FROM back_answers")
    return con


def _planned_restores(returning: ReturningItems, skus: pa.ChunkedArray, back: pa.Table | None) -> pa.Table:
    """The skus among `skus` the plan restores from history (sku)."""
    planned = pa.table({"sku": pa.array([], pa.string())})
    if returning.restore is not None:
        planned = returning.restore.filter(pc.is_in(returning.restore.column("sku"), skus)).select(["sku"])
    found = back.column("sku") if back is not None else pa.array([], pa.string())
    lost = planned.filter(pc.invert(pc.is_in(planned.column("sku"), found)))
    if lost.num_rows:
        log.warning(
            f"{lost.num_rows} item(s) the plan restores from history are no longer in history (an `enrich vacuum` "
            f"since the plan, e.g. {lost.column('sku')[0]}): left as they are; the next night plans them again"
        )
    return planned
