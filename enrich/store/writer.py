"""The write side of an output, as the runner and the maintenance commands use it (under the output lock).

open_output   tables created when missing, a pre-Delta folder migrated, unpublished runs published
commit        one flush of finished shards into the history tables (tables.py)
finish        the run's rows published into the current tables, deleted skus dropped, files compacted
compact       few large files per table, a log checkpoint (also `enrich compact`)
vacuum        history and files older than N days removed (`enrich vacuum`)
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
from deltalake.exceptions import DeltaError

from enrich import faults
from enrich.records import CATALOG, PIXELS, REFRESHED, ItemResult
from enrich.store import runs
from enrich.store.findings import audit_tables
from enrich.store.layout import TABLES, Layout
from enrich.store.publish import publish, remove_missing
from enrich.store.returning import ReturningItems, with_returning_items
from enrich.store.schema import ANSWERS_SCHEMA, ITEMS_SCHEMA, RunContext, answers_table, items_table, sql_name
from enrich.store.tables import WRITER_PROPERTIES, Tables, local_path

MAX_FILES = 16  # a table with more data files than this is compacted after a run
TARGET_FILE_BYTES = 256 * 2**20

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


def compact(tables: Tables, max_files: int = MAX_FILES) -> dict[str, int]:
    """Tables with more than `max_files` data files are rewritten into few large ones; returns files removed."""
    removed = {}
    for name in TABLES:
        if merged := _compact(tables.table(name), max_files):
            removed[name] = merged
            faults.hit("compact", name)
    tables.reload()
    return removed


def compact_audits(layout: Layout, max_files: int = MAX_FILES) -> dict[str, int]:
    """`compact` for the saved audits' tables (findings.py), which only `enrich compact` compacts: not a run."""
    removed = {name: _leniently(_compact, name, table, max_files) for name, table in audit_tables(layout).items()}
    return {name: merged for name, merged in removed.items() if merged}


def _leniently(maintain, name: str, table, *args) -> int:
    """Maintenance of a saved audits' table (findings.py) that fails is a warning: they are audit results, which the
    next save writes again, and a damaged one must not stop `compact` or `vacuum` of the output."""
    try:
        return maintain(table, *args)
    except (DeltaError, OSError) as exc:
        reason = (str(exc).splitlines() or [type(exc).__name__])[0]
        log.warning(
            f"left {name} alone ({reason}): remove {table.table_uri} if it stays; the next `enrich audit --save` "
            "writes it again"
        )
        return 0


def _compact(table, max_files: int) -> int:
    merged = 0
    if len(table.file_uris()) > max_files:
        metrics = table.optimize.compact(target_size=TARGET_FILE_BYTES, writer_properties=WRITER_PROPERTIES)
        merged = metrics["numFilesRemoved"]
    table.create_checkpoint()  # readers then load one checkpoint instead of replaying commits
    table.cleanup_metadata()
    return merged


# Item rows older than the cutoff that are not current, and answer rows whose item row never landed. The newest row
# of a sku the catalog dropped is its last result: kept unless $forget, so that the item, listed again, is restored
# without the model (plan.py) however long its result had stood before it was dropped.
_OUTDATED = """
WITH last_of_delisted AS (
    SELECT run_id, sku FROM items_history ANTI JOIN items USING (sku) WHERE NOT $forget
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY processed_at DESC, run_id DESC) = 1
)
SELECT run_id, sku FROM (SELECT * FROM items_history WHERE processed_at < $cutoff)
    ANTI JOIN items USING (run_id, sku) ANTI JOIN last_of_delisted USING (run_id, sku)
UNION
SELECT DISTINCT run_id, sku FROM answers_history ANTI JOIN items_history USING (run_id, sku)"""


def vacuum(tables: Tables, keep_days: float, forget_delisted: bool = False) -> dict:
    """Remove history rows older than `keep_days` that are no longer current, but the last result of each item the
    catalog dropped (unless `forget_delisted`), then unreferenced files."""
    cutoff = datetime.now(UTC) - timedelta(days=keep_days)
    con = tables.duckdb({name: name for name in ("items", "items_history", "answers_history")})
    old = con.sql(_OUTDATED, params={"cutoff": cutoff, "forget": forget_delisted}).to_arrow_table()
    try:
        _delete_rows(tables, old)
    except Exception as exc:
        # deleting rows writes files: on a full disk it fails first, and the files that free space must still go
        if "No space left on device" in str(exc):
            _vacuum_files(tables, keep_days)
        raise
    files = _vacuum_files(tables, keep_days)
    return {"history_rows_removed": old.num_rows, "files_removed": files}


def _delete_rows(tables: Tables, old: pa.Table) -> None:
    # items first: a kill between the two leaves answers without their item row, which are never read and which the
    # next vacuum removes; the other way round left an ok item row without answers, which an item back in the
    # catalog would be restored from
    for name in ("items_history", "answers_history") if old.num_rows else ():
        # (delta-rs rewrites every file holding a deleted row, in row groups of WRITER_PROPERTIES' size: its default,
        # a million rows, held 11% more memory at 100,000 items)
        tables.table(name).merge(
            old,
            "t.run_id = s.run_id AND t.sku = s.sku",
            source_alias="s",
            target_alias="t",
            writer_properties=WRITER_PROPERTIES,
        ).when_matched_delete().execute()


def _vacuum_files(tables: Tables, keep_days: float) -> dict[str, int]:
    full: list[Exception] = []  # a full disk: every table's files still go, then the error
    files = {name: _vacuum(tables.table(name), keep_days, full) for name in TABLES}
    files |= {name: _leniently(_vacuum, name, table, keep_days) for name, table in audit_tables(tables.layout).items()}
    tables.reload()
    if full:
        raise full[0]
    return files


DELTA_LOG_RETENTION_DAYS = 30  # Delta's default, where a table's configuration names none


def _log_retention_days(table) -> float:
    """How long the table's log keeps versions: its delta.logRetentionDuration (tables.py: 7 days)."""
    setting = table.metadata().configuration.get("delta.logRetentionDuration") or ""
    found = re.fullmatch(r"\s*interval\s+(\d+)\s+(day|days|hour|hours)\s*", setting.lower())
    if not found:
        return DELTA_LOG_RETENTION_DAYS
    return int(found.group(1)) / (24 if found.group(2).startswith("hour") else 1)


def _vacuum(table, keep_days: float, full: list | None = None) -> int:
    # full: also files no commit names (a publish killed between writing a file and committing it). No version older
    # than the logs' retention can be read, so files only such versions named are removed whatever keep_days says: a
    # weekly --keep-days 90 kept a whole copy of the current tables per changed night for 90 days
    hours = int(min(keep_days, _log_retention_days(table)) * 24)
    options = dict(retention_hours=hours, enforce_retention_duration=False, full=True)
    try:
        removed = table.vacuum(dry_run=False, **options)
    except Exception as exc:
        if "No space left on device" not in str(exc):
            raise
        # delta-rs commits VACUUM START before it removes a file, a write a full disk refuses: the files its dry run
        # (no commit) names, which no readable version needs, are removed here; the log entries are left out
        removed = table.vacuum(dry_run=True, **options)
        for name in removed:
            Path(local_path(table.table_uri), name).unlink(missing_ok=True)
        if full is None:
            raise
        full.append(exc)
        return len(removed)
    table.create_checkpoint()
    table.cleanup_metadata()
    return len(removed)


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
