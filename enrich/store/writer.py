"""The write side of an output, as the runner and the maintenance commands use it (under the output lock).

open_output   tables created when missing, a pre-Delta folder migrated, unpublished runs published
commit        one flush of finished shards into the history tables (tables.py)
finish        the run's rows published into the current tables, deleted skus dropped, files compacted
(compact and vacuum, which `finish` and the maintenance commands call, are maintenance.py's)
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pyarrow as pa
import pyarrow.compute as pc

from enrich import faults
from enrich.records import CATALOG, PIXELS, REFRESHED, ItemResult
from enrich.store import runs
from enrich.store.layout import Layout
from enrich.store.maintenance import compact
from enrich.store.publish import publish, remove_missing
from enrich.store.returning import ReturningItems, with_returning_items
from enrich.store.schema import ANSWERS_SCHEMA, ITEMS_SCHEMA, RunContext, answers_table, items_table, sql_name
from enrich.store.tables import Tables

log = logging.getLogger(__name__)


def open_output(layout: Layout) -> Tables:
    """The output's tables, ready to write: whatever an interrupted writer left is finished first."""
    if layout.legacy_runs():
        from enrich.store.migrate import migrate

        migrate(layout)
    tables = Tables(layout)
    pending = [m for m in runs.manifests(layout) if not m.get("published")]
    if pending:
        updated = publish(tables, [m["run_id"] for m in pending])
        if updated:
            log.info(f"published {updated} result(s) that interrupted runs had committed")
        for manifest in pending:
            runs.write_manifest(layout, {**manifest, "published": True})
    return tables


def commit(
    tables: Tables,
    run: RunContext,
    shards: list[tuple[int, list[ItemResult]]],
    extras: pa.Table,
    stamps: dict[str, str],
    flush: int = 0,
    returning: ReturningItems | None = None,
    relabel=None,
) -> None:
    """The shards' results as rows; REFRESHED ones (same bytes, new catalog columns) as their kept rows, closed
    answers read again through `relabel` where their questionnaire was another (relabel.py)."""
    results = [r for _, batch in shards for r in batch]
    if not results:
        return
    now = datetime.now(UTC)
    made = [r for r in results if r.status != REFRESHED]
    items, answers = items_table(run, made, extras, stamps, now), answers_table(run, made, now)
    refreshed = [r for r in results if r.status == REFRESHED]
    if refreshed:
        kept = _refreshed_rows(tables, run, refreshed, extras, stamps, now, returning, relabel)
        kept_items, kept_answers = kept
        items, answers = pa.concat_tables([items, kept_items]), pa.concat_tables([answers, kept_answers])
    faults.hit("before_commit", flush)
    tables.append_shards(run.run_id, [index for index, _ in shards], items, answers, flush)


def finish(tables: Tables, run_id: str, catalog_skus: pa.Array | None) -> dict:
    """Publish the run; a whole-catalog run also drops the skus its catalog no longer has; then compact."""
    updated = publish(tables, [run_id])
    recorded, deleted = remove_missing(tables, catalog_skus, run_id) if catalog_skus is not None else (False, 0)
    faults.hit("compact", "start")
    compacted = compact(tables) if updated or recorded else {}  # a night that changed nothing writes nothing
    return {"published": updated, "deleted": deleted, "compacted": compacted}


def run_counts(tables: Tables, run_id: str) -> tuple[dict[str, int], int]:
    """A run's committed rows, whichever attempt committed them (a resume continues a killed one): the rows its
    model made by outcome ('ok' or the error code), and the rows it kept with new catalog columns."""
    tables.reload()
    con = tables.duckdb({"h": "items_history"})
    sql = """SELECT enriched_run_id IS DISTINCT FROM run_id AS kept, coalesce(error_code, 'ok'), count(*)
        FROM h WHERE run_id = $run GROUP BY ALL"""
    rows = con.sql(sql, params={"run": run_id}).fetchall()
    return {outcome: n for kept, outcome, n in rows if not kept}, sum(n for kept, _, n in rows if kept)


def repeated_errors(tables: Tables, run_id: str) -> int:
    """Of the error rows a run's model made (every attempt's), those whose item's row before the run held the same
    error code: bad images tried again (a fetch error is tried every night) that tell nothing new about the run. 0
    when it cannot be read: the run is published already, and the budget then judges every error."""
    try:
        con = tables.duckdb({"h": "items_history"})
        return con.execute(_REPEATED, {"run": run_id}).fetchall()[0][0]
    except Exception as exc:
        log.warning(f"could not tell which error items failed the same way before ({exc}): the budget judges all")
        return 0


_REPEATED = """
WITH now AS (
    SELECT sku, error_code FROM h WHERE run_id = $run AND enriched_run_id = run_id AND error_code IS NOT NULL
), before AS (
    SELECT sku, error_code FROM h SEMI JOIN now USING (sku) WHERE run_id < $run
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY run_id DESC) = 1
)
SELECT count(*) FROM now JOIN before USING (sku) WHERE now.error_code = before.error_code"""


def metadata_update(
    tables: Tables,
    run: RunContext,
    shard: int,
    catalog_rows: pa.Table,
    returning: ReturningItems | None = None,
    relabel=None,
) -> int:
    """Current results whose catalog columns changed, again under this run with the new columns; no model.

    `catalog_rows` holds sku and the catalog's (storable) columns of the items to update; `returning`, the night's
    items back in the catalog (read from history for these skus alone when not given).
    """
    items, answers = _kept_rows(tables, run, catalog_rows, (), datetime.now(UTC), returning, relabel)
    tables.append_shards(run.run_id, [shard], items, answers)
    return items.num_rows


PIXEL_COLUMNS = tuple(n for n in ITEMS_SCHEMA.names if n.startswith("pixel_"))


def _refreshed_rows(tables, run, results: list[ItemResult], extras: pa.Table, stamps: dict, now, returning, relabel):
    """REFRESHED results (same bytes, new catalog columns) as their current rows with the new catalog columns,
    image location and stamp, and their new pixel colors where the region moved (PIXELS)."""
    parts = []
    for refresh, replaced in ((CATALOG, ()), (PIXELS, PIXEL_COLUMNS)):
        chosen = [r for r in results if r.image.row.refresh == refresh]
        if chosen:
            fresh = items_table(run, chosen, extras, stamps, now)
            replacing = ("image_stamp", "image_uri", *replaced)
            parts.append(_kept_rows(tables, run, fresh, replacing, now, returning, relabel))
    return pa.concat_tables([i for i, _ in parts]), pa.concat_tables([a for _, a in parts])


# The current skus an older version stored decomposed (NFD), by the composed form the catalog reads now, where the
# current items do not hold that form too.
DECOMPOSED = """
SELECT nfc_normalize(sku) AS composed, sku FROM items WHERE sku <> nfc_normalize(sku)
    AND nfc_normalize(sku) NOT IN (SELECT sku FROM items)"""


def stored_spellings(tables: Tables, skus: pa.Array) -> pa.Array:
    """The catalog's skus, each one the output stores decomposed (written before skus were read composed, on
    2026-12-04) in that spelling: read composed, such an output's items looked gone (the night was refused as a
    truncated export) or new (the model ran on them again, their history split)."""
    if pc.all(pc.string_is_ascii(skus)).as_py():
        return skus
    stored = dict(tables.duckdb({"items": "items"}).execute(DECOMPOSED).fetchall())
    if not stored:
        return skus
    return pa.array([stored.get(sku, sku) for sku in skus.to_pylist()], pa.string())


def _kept_rows(
    tables: Tables, run: RunContext, fresh: pa.Table, replaced: tuple, now, returning: ReturningItems | None, relabel
) -> tuple[pa.Table, pa.Table]:
    """The current item and answer rows of `fresh`'s skus under this run, with `fresh`'s catalog columns (those
    not in ITEMS_SCHEMA) and its `replaced` result columns; every other result column as it was, but the closed
    answers of rows made with another questionnaire (one that asked the model the same), which `relabel` reads
    again through tonight's (relabel.py; None: kept as they are, under their questionnaire)."""
    con = tables.duckdb({"c": "items", "a": "answers"})
    con.register("k", fresh)
    restoring = returning is not None and returning.restores(fresh.column("sku"))
    if restoring or con.execute("SELECT EXISTS (SELECT 1 FROM k ANTI JOIN c USING (sku))").fetchall()[0][0]:
        con = with_returning_items(tables, fresh, returning or ReturningItems(tables, fresh.column("sku")))
    params = {"run": run.run_id, "now": now}
    stored = {name for name, *_ in con.execute("DESCRIBE c").fetchall()}  # an older output lacks newer columns
    recorded = {}
    if relabel is not None:  # the rows are recorded under tonight's questionnaire, their answers read through it
        stored.discard("questionnaire_sha256")
        recorded = {"q": run.questionnaire_sha256}
    kept = ", ".join(
        f"k.{sql_name(n)}"
        if n in replaced
        else f"c.{sql_name(n)}"
        if n in stored
        else f"$q AS {n}"
        if n == "questionnaire_sha256" and relabel is not None
        else f"NULL AS {sql_name(n)}"
        for n in ITEMS_SCHEMA.names
        if n not in ("run_id", "processed_at")
    )
    catalog = [n for n in fresh.column_names if n != "sku" and n not in ITEMS_SCHEMA.names]
    carried = "".join(f", k.{sql_name(n)}" for n in catalog)
    items = con.sql(
        f"SELECT $run AS run_id, $now AS processed_at, {kept}{carried} FROM c JOIN k USING (sku)",
        params=params | recorded,
    ).to_arrow_table()
    answers = con.sql(
        "SELECT * REPLACE ($run AS run_id, $now AS processed_at) FROM a SEMI JOIN k USING (sku)", params=params
    ).to_arrow_table()
    if relabel is not None:
        answers = _read_again(con, answers.cast(ANSWERS_SCHEMA), relabel, run.questionnaire_sha256)
    core = items.select(ITEMS_SCHEMA.names).cast(ITEMS_SCHEMA)
    for name in catalog:
        field = fresh.schema.field(name)
        core = core.append_column(field, items.column(name).cast(field.type))
    return core, answers.cast(ANSWERS_SCHEMA)


def _read_again(con, answers: pa.Table, relabel, questionnaire_sha256: str) -> pa.Table:
    """The kept answers (`con`'s kept rows `c` of skus `k`), those of items made with another questionnaire read
    again through tonight's, all of them recorded under tonight's."""
    sql = "SELECT sku FROM c SEMI JOIN k USING (sku) WHERE questionnaire_sha256 IS DISTINCT FROM $q"
    stale = con.sql(sql, params={"q": questionnaire_sha256}).to_arrow_table().column("sku").combine_chunks()
    if len(stale):
        chosen = pc.is_in(answers.column("sku"), value_set=stale)
        answers = pa.concat_tables([answers.filter(pc.invert(chosen)), relabel(answers.filter(chosen))])
    recorded = pa.repeat(pa.scalar(questionnaire_sha256, pa.string()), answers.num_rows)
    return answers.set_column(answers.schema.get_field_index("questionnaire_sha256"), "questionnaire_sha256", recorded)
