"""Which catalog items a run must work on, decided in DuckDB against the current results, never per item in Python.

An item needs the model when it has no current result, or its model, adapter, translator or questionnaire changed
(or the run is `--full`), unless history holds its result made with tonight's (returning.py: a rollback). A
questionnaire edit the model does not see (a value's pt-BR, an alias) is no change to it: its answers are read again
without the model (relabel.py), as a catalog-only change is. Otherwise
its image decides: a local file whose location, size and mtime are what was recorded is unchanged without reading it
(`--verify` reads and hashes everything); any other image (remote, touched, moved) is read and hashed by the decode
tasks, and skipped there when its bytes are the same; a remote one is asked for with the validator its row holds,
and the source sends no bytes when they are. An item whose image and model inputs are unchanged but whose catalog
columns changed is kept without the model: its current result with the new catalog columns. Where the recorded stamp
vouches for the image, the driver does it (a metadata update); otherwise the decode task that finds the same bytes
returns it as REFRESHED (records.py), as it does for a moved or touched image, so that the new location and stamp
are recorded. When the seller's garment type now picks another part of the photo, the decode task also reads the
pixel colors again. Work is cut into shards of the items to do, so a night that changes 6% of the catalog writes
files in proportion to those 6%."""

from __future__ import annotations

import logging
import re

import pyarrow as pa

from enrich.fetch import image_stamp, image_uri
from enrich.plan_checks import (
    refuse_a_shrunk_catalog,
    refuse_images_outside_roots,
    refuse_vanished_images,
    say_questionnaire_changes,
)
from enrich.plan_regions import (
    answered_garments,
    region_changed,
    regions,
    seller_garments,
    with_answered_garments,
)
from enrich.records import MISSING
from enrich.store import stamps
from enrich.store.returning import with_history_rows
from enrich.store.runs import PLAN_SCHEMA
from enrich.store.schema import sql_name
from enrich.translate import NO_MT_MODEL, NO_TRANSLATOR

log = logging.getLogger(__name__)

CHUNK = 65_536  # catalog rows turned into Python strings at a time
METADATA_SHARD = 8192  # metadata updates need no model: large shards, few commits
MODEL, METADATA = "model", "metadata"


def plan_work(catalog, extras: pa.Table, tables, inputs: dict, shard_size: int) -> pa.Table:
    """PLAN_SCHEMA rows: the items to work on, cut into shards (model shards first), by shard and catalog order.

    `inputs` holds model, adapter, questionnaire and translator fingerprints (m, a, q, t; a_before: the adapters'
    as rows written before 2026-12-04 have it) and the flags full, verify, whole (the whole catalog, not a
    reprocess's subset) and shrink (--allow-shrink).
    """
    keys = _keys(catalog, extras)
    con = tables.duckdb({"current": "items", "current_answers": "answers"})
    con.register("k", keys)
    stamps.with_current_stamps(con, tables.layout, "current", "now")  # touched files read once, recorded beside
    with_history_rows(con, tables, None if inputs["full"] else _same_inputs, _input_params(inputs))
    refuse_vanished_images(con)
    refuse_images_outside_roots(con, inputs.get("roots", ()))
    if inputs.get("whole") and not inputs.get("shrink"):
        refuse_a_shrunk_catalog(con)
    # (--full, and a reprocess, send every item through the model: none is read again)
    relabelled = () if inputs["full"] else inputs.get("qs", ())
    say_questionnaire_changes(con, inputs.get("questions"), inputs["q"], relabelled)
    if inputs["full"]:
        todo = keys.select(["sku", "__row", "__stamp"]).append_column("action", pa.array([MODEL] * keys.num_rows))
        for name in ("known", "known_stamp", "known_uri", "refresh", "restore_from", "answered_garment"):
            todo = todo.append_column(name, pa.nulls(keys.num_rows, pa.string()))
    else:
        garment = inputs.get("garment")
        answered_garments(keys, con, garment, inputs["q"], _input_params(inputs)["qs"])
        todo = with_answered_garments(_compare(keys, con, extras.column_names, inputs), con)
    return _shards(todo, shard_size)


def _keys(catalog, extras: pa.Table) -> pa.Table:
    """sku, catalog row, image URI and stamp per item; the stat calls are the only per-item work."""
    uris, stamps = [], []
    for start in range(0, len(catalog.rows), CHUNK):
        locations = catalog.rows.images.slice(start, CHUNK).to_pylist()
        uris.append(pa.array([image_uri(p) for p in locations], pa.string()))
        stamps.append(pa.array([image_stamp(p) for p in locations], pa.string()))
    keys = {
        "sku": catalog.rows.skus,
        "__row": catalog.rows.indices,
        "__uri": pa.concat_arrays(uris) if uris else pa.array([], pa.string()),
        "__stamp": pa.concat_arrays(stamps) if stamps else pa.array([], pa.string()),
    }
    table = pa.table(keys)
    if len(catalog.rows) != extras.num_rows:  # a reprocess's subset: its rows' catalog columns
        extras = extras.take(catalog.rows.indices)
    for name in extras.column_names:
        table = table.append_column(extras.schema.field(name), extras.column(name))
    garments = seller_garments(extras)
    return table if garments is None else table.append_column("__region", regions(garments))


def _compare(keys: pa.Table, con, catalog_columns: list[str], inputs: dict) -> pa.Table:
    """`con` has the current items as view `c`."""
    con.register("k", keys)
    stored = {name for name, *_ in con.execute("DESCRIBE c").fetchall()} - {"__returning", "__restore_from"}
    changed = [
        f"k.{sql_name(n)} IS DISTINCT FROM c.{sql_name(n)}" if n in stored else f"k.{sql_name(n)} IS NOT NULL"
        for n in catalog_columns
    ]
    dropped = sorted(stored - set(catalog_columns) - _OUTPUT_COLUMNS)
    _say_lost_seller_columns(con, dropped)
    changed += [f"c.{sql_name(n)} IS NOT NULL" for n in dropped]
    # back from history, or restored from a row made with tonight's inputs: written again as current
    changed.append("(c.__returning OR c.__restore_from IS NOT NULL)")
    # made with a questionnaire that asked the model the same (another pt-BR, other aliases): read again (relabel.py)
    changed.append("c.questionnaire_sha256 IS DISTINCT FROM $q")
    sql = _COMPARE.format(
        metadata_changed=" OR ".join(changed) or "false",
        region_changed=region_changed(keys, stored),
        moved=_MOVED,
        same_object=_SAME_OBJECT,
        same_inputs=_same_inputs("c", "translator_fingerprint" in stored),
    )
    params = _input_params(inputs) | {"verify": inputs["verify"], "missing": MISSING, "q": inputs["q"]}
    return con.sql(sql, params=params).to_arrow_table()


def _input_params(inputs: dict) -> dict:
    return {
        "m": inputs["m"],
        "a": inputs["a"],
        # tonight's questionnaire and those that asked the model the same (runs.same_model_questionnaires)
        "qs": inputs.get("qs") or [inputs["q"]],
        "t": inputs.get("t"),
        "a_before": inputs.get("a_before"),
    }


def _same_inputs(alias: str, translator_recorded: bool = True) -> str:
    """SQL: the row `alias` was made with tonight's model, adapter, questionnaire (or one that asked the model the
    same) and translator (params m, a, a_before, qs, t)."""
    translator = _SAME_TRANSLATOR if translator_recorded else _UNRECORDED_TRANSLATOR
    return re.sub(r"\bc\.", f"{alias}.", _SAME_INPUTS.format(translator=translator))


def _say_lost_seller_columns(con, dropped: list[str]) -> None:
    """A seller column the output holds that tonight's catalog no longer gives (its export renamed `color` to
    `colour`, which the default map does not read): the night writes it NULL, and its audits skip from then on."""
    for name in dropped:  # enrich's own: seller_<q> beside its seller_<q>_raw (a catalog's seller_id is not)
        if name.startswith("seller_") and f"{name}_raw" in dropped:
            held = con.execute(f"SELECT count({sql_name(name)}) FROM c").fetchall()[0][0]
            if held:
                log.warning(
                    f"{name}: the output holds it for {held} item(s), and tonight's catalog and seller map give it "
                    "no column (the column renamed, the map changed, or the question renamed?): it is written empty, "
                    "and its audits skip; name the column in the seller map's [columns], or rename it back"
                )


_MOVED = "regexp_replace(k.__uri, '[?#].*$', '') IS DISTINCT FROM regexp_replace(c.image_uri, '[?#].*$', '')"
# A signed URL whose signature alone rotated names the object the validator was taken from: the source is asked
# (a 304 to If-None-Match; a HEAD's same Last-Modified and length), its bytes are not read every night
# (fetch_http.unsigned says which parameters sign a URL).
_SAME_OBJECT = stamps.SAME_OBJECT.format(a="k.__uri", b="c.image_uri")

# Rows written before the translator was recorded (NULL) count as made by tonight's, but for those that had none
# ("no MT model configured") when tonight has one: an upgrade must not send the whole catalog through the model.
# ($t is NULL where a caller compares no translator: `enrich bench store`)
_UNRECORDED_TRANSLATOR = (
    f"($t IS NULL OR $t = '{NO_TRANSLATOR}' OR c.caption_pt_missing IS DISTINCT FROM '{NO_MT_MODEL}')"
)
_SAME_TRANSLATOR = f"coalesce(c.translator_fingerprint = $t, {_UNRECORDED_TRANSLATOR})"
_SAME_INPUTS = """coalesce(c.model_fingerprint = $m AND (c.adapter_fingerprint IS NOT DISTINCT FROM $a
                                        OR c.adapter_fingerprint = $a_before)
         AND list_contains($qs, c.questionnaire_sha256) AND {translator}, false)"""

_COMPARE = """
SELECT sku, __row, __stamp, action, known, known_stamp, known_uri, refresh, restore_from FROM (
    SELECT k.sku, k.__row, k.__stamp,
        {same_inputs} AS same_inputs,
        CASE
            WHEN NOT same_inputs OR (c.image_sha256 IS NULL AND c.error_code IS DISTINCT FROM 'missing_file')
                THEN 'model'
            WHEN NOT $verify AND k.__stamp IS NOT NULL AND k.__stamp = c.image_stamp AND k.__uri = c.image_uri
                THEN CASE WHEN ({metadata_changed}) AND {region_changed} THEN 'model'
                          WHEN {metadata_changed} THEN 'metadata' END
            ELSE 'model'
        END AS action,
        -- 'model' items are read and hashed by the decode tasks: same bytes are skipped, or refreshed when the
        -- catalog columns changed (REFRESHED: no model either way). A new stamp or query alone writes nothing:
        -- files re-synced every night (or signed URLs) would otherwise copy the whole catalog into history nightly
        CASE WHEN same_inputs THEN coalesce(c.image_sha256, CASE WHEN c.error_code = 'missing_file' THEN $missing END)
        END AS known,
        -- a remote image's validator: its bytes are fetched only if the source says they changed (fetch.py)
        CASE WHEN same_inputs AND NOT $verify AND k.__stamp IS NULL AND {same_object} AND c.image_sha256
            IS NOT NULL THEN c.image_stamp END AS known_stamp,
        -- '' for an item back from history: it has no current result that an unreachable image would keep (one
        -- restored from its row made with tonight's inputs has: kept, it is restored the night the host answers;
        -- an error row, made with tonight's, lost the restore and sent it through the model the night after)
        -- where an outage keeps the result: the recorded location, or one whose query alone changed (a rotated
        -- signature; ?w=800 added for good, which writes no row either): until the host answers, nothing says the
        -- bytes changed. A location moved (another host or path) is another image
        CASE WHEN same_inputs THEN CASE WHEN c.__returning THEN ''
                                        WHEN NOT ({moved}) THEN k.__uri ELSE c.image_uri END
        END AS known_uri,
        -- the history row (its run) a current item made with other inputs is restored from: a rollback
        CASE WHEN same_inputs THEN c.__restore_from END AS restore_from,
        -- an image moved (another host or path, not just another query: a signed URL's signature rotates
        -- nightly) is a catalog change too: same bytes write its row under the new location once, so that its
        -- validator and the outage protection, which need the recorded location, hold again
        CASE WHEN same_inputs AND ({metadata_changed}) AND {region_changed} THEN 'pixels'
             WHEN same_inputs AND ({metadata_changed} OR {moved}) THEN 'catalog'
        END AS refresh
    FROM k LEFT JOIN c ON c.sku = k.sku
) WHERE action IS NOT NULL ORDER BY __row"""


def _shards(todo: pa.Table, shard_size: int) -> pa.Table:
    """Model items in shards of `shard_size`, then metadata updates in shards of METADATA_SHARD."""
    actions = todo.column("action").to_pylist()
    model = sum(a == MODEL for a in actions)
    model_shards = -(-model // shard_size)
    shard, seen = [], {MODEL: 0, METADATA: 0}
    for action in actions:
        k = seen[action]
        shard.append(k // shard_size if action == MODEL else model_shards + k // METADATA_SHARD)
        seen[action] += 1
    plan = pa.table(
        {
            "sku": todo.column("sku"),
            "row": todo.column("__row"),
            "shard": pa.array(shard, pa.int32()),
            "action": todo.column("action"),
            "known_sha256": todo.column("known"),
            "known_stamp": todo.column("known_stamp"),
            "known_uri": todo.column("known_uri"),
            "stamp": todo.column("__stamp"),
            "refresh": todo.column("refresh"),
            "answered_garment": todo.column("answered_garment"),
            "restore_from": todo.column("restore_from"),
        }
    )
    # each shard's rows together, in catalog order within it: Work reads a shard as one slice
    return plan.cast(PLAN_SCHEMA).sort_by([("shard", "ascending"), ("row", "ascending")])


def _output_columns() -> set[str]:
    from enrich.store.schema import ITEMS_SCHEMA

    return set(ITEMS_SCHEMA.names)


_OUTPUT_COLUMNS = _output_columns()
