"""The new stamps of images found unchanged: a touched file's size and mtime, a remote image's first validator.

A local image is unchanged without being read when its size and mtime are the ones recorded. A file touched
without a change (an rsync that resets mtimes, a restore) is read and hashed by the decode tasks and skipped; its
new stamp cannot go into `items` without writing a row, and files re-synced every night would then copy the whole
catalog into history every night. So it goes here, in one small Parquet file beside the tables, and the plan reads
an item's stamp from here when this file vouches for the same location and bytes as its current row. The same
holds for a remote image whose source gives a validator its row lacks (rows from before validators were kept) or
a new one for the same bytes: it is kept here, and the next night's request is conditional (fetch.py). The stamp
kept is the one the decode task saw hold across its read (records.DecodedImage.stamp), not the planned one, so it
never vouches for bytes it did not read. An entry whose item has since changed (another hash or location, or its
row now holds that stamp) never applies, and is dropped when the file is next written. Losing the file, or failing
to write it, costs one more read of those images, never the run.
"""

from __future__ import annotations

import logging

import pyarrow as pa
import pyarrow.parquet as pq

from enrich.fetch_http import unsigned
from enrich.store.layout import Layout
from enrich.store.runs import atomic_write

log = logging.getLogger(__name__)

STAMPS_SCHEMA = pa.schema(
    [("sku", pa.string()), ("image_uri", pa.string()), ("image_stamp", pa.string()), ("image_sha256", pa.string())]
)

# Two locations of one object: equal, or one signed URL whose signature rotated (unsigned_uri, registered below). A
# CASE, since only its branches are lazy: as an OR, Python ran for every row, 4 s a plan of 500,000 unchanged URLs.
SAME_OBJECT = (
    "CASE WHEN {a} = {b} THEN true WHEN contains({a}, '?') OR contains({b}, '?') "
    "THEN unsigned_uri({a}) = unsigned_uri({b}) ELSE false END"
)

# The current rows' stamps, each replaced by the stamp recorded here for the same sku, object and bytes.
CURRENT_STAMPS = """
CREATE VIEW {view} AS SELECT i.* REPLACE (coalesce(s.image_stamp, i.image_stamp) AS image_stamp)
FROM {items} i LEFT JOIN stamps s
    ON s.sku = i.sku AND s.image_sha256 = i.image_sha256 AND """ + SAME_OBJECT.format(a="s.image_uri", b="i.image_uri")

_STILL_TRUE = (
    """
SELECT s.* FROM stamps s JOIN items i
    ON s.sku = i.sku AND s.image_sha256 = i.image_sha256 AND """
    + SAME_OBJECT.format(a="s.image_uri", b="i.image_uri")
    + """
WHERE s.image_stamp IS DISTINCT FROM i.image_stamp"""
)


def register_unsigned(con) -> None:
    """`unsigned_uri(VARCHAR)` on `con`, for SAME_OBJECT (the plan's too): a column at a time, not a call a row."""

    def column(locations: pa.Array) -> pa.Array:
        return pa.array([None if v is None else unsigned(v) for v in locations.to_pylist()], pa.string())

    con.create_function("unsigned_uri", column, ["VARCHAR"], "VARCHAR", type="arrow", side_effects=False)


def read(layout: Layout) -> pa.Table:
    """The recorded stamps; none when the file is missing or unreadable (a night then reads those files again)."""
    try:
        return pq.read_table(layout.stamps, schema=STAMPS_SCHEMA)
    except FileNotFoundError:
        return STAMPS_SCHEMA.empty_table()
    except (OSError, pa.ArrowException) as exc:
        log.warning(f"{layout.stamps} is unreadable ({exc}): its files are read again, and it is written anew")
        return STAMPS_SCHEMA.empty_table()


def with_current_stamps(con, layout: Layout, items: str, view: str) -> None:
    """`view`: the rows of the view `items` with the stamps recorded here."""
    con.register("stamps", read(layout))
    register_unsigned(con)
    con.execute(CURRENT_STAMPS.format(view=view, items=items))


def record(layout: Layout, tables, seen: pa.Table) -> None:
    """Keep the stamps `seen` (same bytes read under a new stamp) with the earlier ones still true of `items`.

    Never fails a run: its results are published already, and a stamp not kept costs one more read next night.
    A run that saw none leaves the file as it is (an entry no longer true never applies: the plan matches bytes).
    """
    if not seen.num_rows:
        return
    try:
        _write(layout, tables, seen)
    except Exception as exc:
        log.warning(f"could not keep the new stamps in {layout.stamps} ({exc}); those files are read again next night")


def _write(layout: Layout, tables, seen: pa.Table) -> None:
    seen, earlier = seen.cast(STAMPS_SCHEMA), read(layout)
    newer = pa.concat_tables([seen, earlier]).append_column(
        "newest", pa.array([0] * seen.num_rows + [1] * earlier.num_rows, pa.int8())
    )
    con = tables.duckdb({"items": "items"})
    register_unsigned(con)
    con.register("newer", newer)
    con.execute(
        "CREATE VIEW stamps AS SELECT * EXCLUDE (newest) FROM newer "
        "QUALIFY row_number() OVER (PARTITION BY sku ORDER BY newest) = 1"
    )
    kept = con.sql(_STILL_TRUE).to_arrow_table().cast(STAMPS_SCHEMA)
    atomic_write(layout.stamps, lambda temp: pq.write_table(kept, temp))
