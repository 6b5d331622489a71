"""Catalog columns made storable: they ride along in `items`, in types Delta Lake stores and DuckDB reads.

Their types are fixed by the first run that writes them: a later catalog whose column arrives as another type is
cast to the recorded one when that loses nothing (cast back, it gives what it was given), and refused at the run's
start otherwise (a table cannot hold two types in one column). Nested columns (structs, lists, maps) are stored as
JSON text, so a column that is a struct one night and a string the next never breaks the table. Names may not take
an output column's (in any case) or one the plan uses for its own (`__row`, `__uri`, `__stamp`, `__region`).
"""

from __future__ import annotations

import json
import logging

import pyarrow as pa
import pyarrow.compute as pc

from enrich import EnrichError
from enrich.store.schema import ITEMS_SCHEMA

log = logging.getLogger(__name__)

PLAN_COLUMNS = (
    "__row",
    "__uri",
    "__stamp",
    "__region",
    "__returning",
)  # plan.py's; pandas' __index_level_0__ is a column like any


AUDIT_COLUMNS = ("title", "product_name", "gender")  # catalog columns the audits read where stored


def kept_columns(extras: pa.Table, wanted: tuple[str, ...] | None, derived: set[str]) -> pa.Table:
    """The catalog columns a job stores (`catalog_columns`; None: all), with the columns derived from them (the seller
    map's `seller_*`): a column that changes every night (stock, a price) sends every item it changes through a
    catalog-only update, which writes its old row into history, every night."""
    if wanted is None:
        return extras
    wanted = tuple(dict.fromkeys(name for name in wanted if name not in ("sku", "image")))
    own = [name for name in extras.column_names if name not in derived]
    missing = [name for name in wanted if name not in own]
    if missing:
        raise EnrichError(
            f"catalog_columns names {missing}, which the catalog does not have; its columns are {own}: "
            "correct the names in the job file"
        )
    unread = [name for name in own if name.lower() in AUDIT_COLUMNS and name not in wanted]  # DuckDB ignores case
    if unread:
        log.warning(f"catalog_columns leaves out {unread}, which the audits read (pronouns, titles): add them back")
    return extras.select([*wanted, *(name for name in extras.column_names if name in derived)])


def check_extra_columns(columns: list[str]) -> None:
    """Catalog columns may not take an output column's name, in any case (DuckDB names ignore case), nor one of the
    plan's own."""
    reserved = {name.lower() for name in ITEMS_SCHEMA.names}
    clashes = sorted(name for name in columns if name.lower() in reserved)
    if clashes:
        raise EnrichError(f"catalog columns {clashes} clash with output columns of the same name; rename them")
    internal = sorted(name for name in columns if name.lower() in PLAN_COLUMNS)
    if internal:  # __row failed every night after the first; __uri and __stamp copied the catalog into history nightly
        raise EnrichError(f"catalog columns {internal} take names enrich's plan uses for its own; rename them")


def storable_extras(extras: pa.Table, recorded: pa.Schema | None) -> tuple[pa.Table, list[str]]:
    """Catalog columns as they are stored: nested ones as JSON text, the rest in their recorded type.

    Returns the table and a note per column that was cast; refuses a column that cannot be cast.
    """
    _refuse_renamed_by_case(extras.column_names, recorded)
    columns, notes = [], []
    for field in extras.schema:
        column = _delta_typed(extras.column(field.name))
        if _nested(column.type):
            # keys sorted: an export that lists them in another order one night is the same value (each such night
            # updated every item without the model, copying the catalog into history)
            column = pa.array(
                [None if v is None else json.dumps(v, default=str, sort_keys=True) for v in column.to_pylist()]
            )
        known = recorded.field(field.name).type if recorded is not None and field.name in recorded.names else None
        if known is not None and pa.types.is_null(known):  # stored while empty: any type widens it
            known = None
        if known is not None and column.type != known:
            column, note = _cast(field, column, known)
            if not pa.types.is_null(field.type):  # empty tonight: nothing was cast
                notes.append(note)
        columns.append(column)
    return pa.table(columns, names=extras.column_names), notes


def _refuse_renamed_by_case(names: list[str], recorded: pa.Schema | None) -> None:
    """Delta Lake ignores the case of column names: `title` tonight after `Title` before failed the commit, after
    the model had run, and every night after."""
    stored = {name.lower(): name for name in (recorded.names if recorded is not None else ())}
    renamed = [(n, stored[n.lower()]) for n in names if n not in stored.values() and n.lower() in stored]
    if renamed:
        shown = ", ".join(f"{new!r} (stored as {old!r})" for new, old in renamed)
        raise EnrichError(
            f"catalog columns {shown} differ from this output's only in case, which its tables cannot tell apart: "
            "rename them back, or write to a new --out"
        )


def _delta_typed(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """The column in a type Delta Lake stores and DuckDB reads, keeping every value (timestamps to the microsecond,
    which is what Delta keeps: a catalog's nanoseconds were truncated on the first night and refused on the next):
    Delta has no unsigned integers (a uint8 of 255 failed the whole run), half floats, times of day, durations or
    32- and 64-bit decimals (they failed the commit after the model had run). A column with no value in any row
    stays null-typed (Delta's "void"), which the first night with values widens to their type."""
    kind = column.type
    if pa.types.is_dictionary(kind):
        return _delta_typed(column.cast(kind.value_type))
    if pa.types.is_unsigned_integer(kind):
        wider = {8: pa.int16(), 16: pa.int32(), 32: pa.int64()}.get(kind.bit_width, pa.decimal128(20, 0))
        return column.cast(wider)
    if pa.types.is_float16(kind):
        return column.cast(pa.float32())
    if pa.types.is_time(kind):
        return column.cast(pa.string())  # 13:45:00.000001
    if pa.types.is_duration(kind):  # as seconds
        return pc.divide(column.cast(pa.int64()), {"s": 1, "ms": 1e3, "us": 1e6, "ns": 1e9}[kind.unit])
    if pa.types.is_decimal(kind) and not pa.types.is_decimal128(kind):  # Delta and DuckDB know only 128-bit ones
        return column.cast(pa.decimal128(kind.precision, kind.scale) if kind.precision <= 38 else pa.string())
    if pa.types.is_timestamp(kind) and kind.unit == "ns":
        return column.cast(pa.timestamp("us", kind.tz), safe=False)
    return column


def _nested(kind: pa.DataType) -> bool:
    return any(
        check(kind)
        for check in (
            pa.types.is_struct,
            pa.types.is_list,
            pa.types.is_large_list,
            pa.types.is_fixed_size_list,
            pa.types.is_list_view,
            pa.types.is_large_list_view,
            pa.types.is_map,
        )
    )


def _cast(field: pa.Field, column, known: pa.DataType):
    """The catalog's column in the type the output recorded for it, or a refusal that says what to do."""
    if pa.types.is_floating(known) and pa.types.is_decimal(column.type) and column.type.scale == 0:
        # whole numbers past int64 in a JSONL catalog, read as DECIMAL since 2026-12-05: before, as floats, which an
        # output written then recorded; refused, such a nightly job stopped the night it was upgraded
        note = (
            f"catalog column {field.name!r} holds whole numbers stored as {known} in this output, which rounds those "
            "past 2^53 as it did before; rename the column in the catalog to store them exactly"
        )
        return column.cast(known, safe=False), note
    if _fails(column, known):
        row = _first_failing_row(column, known)
        raise EnrichError(
            f"catalog column {field.name!r} is {field.type} in this catalog but {known} in the output, and row "
            f"{row + 1} holds {column[row].as_py()!r}, which {known} does not hold as it is; fix that value, or "
            f"rename the column in the catalog (a new column is stored as {column.type}, and the old name's history "
            "stays as it was)"
        )
    return column.cast(known, safe=True), f"catalog column {field.name!r} arrived as {field.type}; stored as {known}"


def _fails(column, known: pa.DataType) -> bool:
    try:
        cast = column.cast(known, safe=True)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return True
    return _loses_values(column, cast)  # pyarrow's safe cast still rounds ("00123" to 123, 1.255 to 1.25, 2 to true)


def _first_failing_row(column, known: pa.DataType) -> int:
    """Halving the column: a million rows cost twenty casts, not a million."""
    start, end = 0, len(column)
    while end - start > 1:
        middle = (start + end) // 2
        start, end = (start, middle) if _fails(column.slice(start, middle - start), known) else (middle, end)
    return start


def _loses_values(column: pa.ChunkedArray, cast: pa.ChunkedArray) -> bool:
    """Whether the cast changed a value: cast back, it must give the values it came from. Text is compared as the
    digits of a whole number, or as the number it names (a date or a timestamp parses exactly, or not at all)."""
    source, target = column.type, cast.type
    textual = pa.types.is_string(source) or pa.types.is_large_string(source)
    if pa.types.is_null(source):  # nothing to lose
        return False
    if pa.types.is_floating(source) and pa.types.is_floating(target):  # precision is the recorded type's: only
        return bool(pc.any(pc.and_(pc.is_inf(cast), pc.invert(pc.is_inf(column)))).as_py())  # overflow is lost
    if pa.types.is_decimal(target) and (textual or pa.types.is_floating(source)):  # "1.255" in two decimals: 1.25
        return _decimal_differs(column if textual else column.cast(pa.string()), cast)
    if not textual:
        try:
            return _differ(cast.cast(source), column)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            return True
    if pa.types.is_integer(target):
        return _differ(cast.cast(pa.string()), column)
    if pa.types.is_floating(target):  # text names no float exactly: only a number too large to hold is lost
        named_inf = pc.match_substring(column, "inf", ignore_case=True)
        return bool(pc.any(pc.and_(pc.is_inf(cast), pc.invert(named_inf))).as_py())
    return False


def _decimal_differs(texts: pa.ChunkedArray, cast: pa.ChunkedArray) -> bool:
    """Numbers written as text (a float as its shortest form, 19.99) against the decimals they became, both read
    as one wide decimal: through a float, 19.99 was 19.990000000000002 and one real price in seven was refused."""
    wide = pa.decimal128(38, max(cast.type.scale, 18))
    try:
        return _differ(cast.cast(wide), texts.cast(wide))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # more digits than even the wide decimal holds
        return True


def _differ(values: pa.ChunkedArray, originals: pa.ChunkedArray) -> bool:
    if pc.any(pc.not_equal(pc.is_null(values), pc.is_null(originals))).as_py():
        return True
    unequal = pc.fill_null(pc.not_equal(values, originals), False)
    if pa.types.is_floating(values.type):  # NaN is itself
        unequal = pc.and_(unequal, pc.invert(pc.and_(pc.is_nan(values), pc.is_nan(originals))))
    return bool(pc.any(unequal).as_py())
