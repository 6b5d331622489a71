"""The checks a catalog's table passes before any model loads, and the key columns made text.

Refused, each with the column or rows that fail: duplicate column names (in any case: the output's tables ignore
it), a nameless column with values, text that is not UTF-8, a sku or image column that holds neither text nor
numbers, and empty, NaN or repeated skus. Spaces around a sku are not part of it, and a sku is read in composed
Unicode (NFC): "café" is one sku however an export wrote its accent.
"""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from enrich import EnrichError

log = logging.getLogger(__name__)

REQUIRED = ("sku", "image")
SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())  # what str.strip() removes: labels, --skus


def sku_key(sku: str) -> str:
    """A sku as the catalog reads it, for one typed or listed elsewhere (labels, --skus): without the spaces around
    it, in composed Unicode (an export that wrote "café" decomposed one night and composed the next made two items
    of one product, enriched again at each flip)."""
    return unicodedata.normalize("NFC", sku.strip())


def refuse_duplicate_columns(names: list, path: Path) -> None:
    # A second `color` column would silently replace the first (CSV) or make every lookup ambiguous (Parquet);
    # `Color` beside `color` is the same column to the output's tables (Delta Lake ignores the case of names).
    spellings: dict[str, list[str]] = {}
    for name in (str(name) for name in names if str(name).strip()):  # nameless ones: without_nameless_columns
        spellings.setdefault(name.lower(), []).append(name)
    repeated = [same for same in spellings.values() if len(same) > 1]
    if repeated:
        shown = "; ".join(" and ".join(repr(n) for n in same) for same in repeated)
        raise EnrichError(f"catalog {path}: columns {shown} are one column (names ignore case); rename the duplicates")


def refuse_bad_names(schema: pa.Schema, path: Path) -> None:
    """A column or nested key whose name is not UTF-8 (pyarrow's JSON reader passes a key's bytes through) raised
    UnicodeDecodeError, a traceback, wherever a name was read: refused first, in words; so is a column name with a
    NUL."""
    try:
        _every_name(schema)
    except UnicodeDecodeError:
        raise EnrichError(f"catalog {path}: a column or key name is not UTF-8 text; save the file as UTF-8") from None
    for name in schema.names:  # no SQL identifier holds one: the plan's query failed every night (a Binder Error)
        if "\0" in name:
            raise EnrichError(f"catalog {path}: column {name!r} has a NUL in its name; rename it")


def _every_name(fields) -> None:
    for field in fields:
        field.name  # noqa: B018 -- reading it decodes it
        kind = field.type
        if pa.types.is_struct(kind):
            _every_name(kind.field(i) for i in range(kind.num_fields))
        elif pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_fixed_size_list(kind):
            _every_name([kind.value_field])


def without_nameless_columns(table: pa.Table, path: Path) -> pa.Table:
    """A header that ends in a comma (spreadsheet exports) names an empty column with nothing: it is left out. A
    nameless column that holds values is refused, since nothing could name it in a query."""
    nameless = [i for i, name in enumerate(table.column_names) if not str(name).strip()]
    for i in nameless:
        if table.column(i).null_count < table.num_rows:
            raise EnrichError(f"catalog {path}: column {i + 1} has values but no name; name it in the header")
    return table.select([i for i in range(table.num_columns) if i not in nameless]) if nameless else table


def refuse_bad_text(table: pa.Table, path: Path) -> None:
    """Text that is not UTF-8, which pyarrow's JSON and Parquet readers pass through, was committed and then failed
    every later read of the output's history."""
    for name in table.column_names:
        offset = 0
        for chunk in table.column(name).chunks:
            try:
                chunk.validate(full=True)
            except pa.ArrowInvalid:
                row = offset + next(i for i, ok in enumerate(_valid_texts(chunk)) if not ok) + 1
                raise EnrichError(f"catalog {path}: column {name!r}, row {row}, holds text that is not UTF-8") from None
            offset += len(chunk)


def _valid_texts(chunk: pa.Array):
    """Each row's validity, row by row: only read for a column that failed, to name the first bad row."""
    for i in range(len(chunk)):
        try:
            chunk.slice(i, 1).validate(full=True)
            yield True
        except pa.ArrowInvalid:
            yield False


def with_string_keys(table: pa.Table, path: Path) -> pa.Table:
    """The sku and image columns as text: numbers as the digits they were written with, bytes decoded as UTF-8."""
    for name in REQUIRED:
        if name not in table.column_names or table.schema.field(name).type == pa.string():
            continue
        column = table.column(name)
        if pa.types.is_floating(column.type):
            column = _float_keys(column, name, path)
        if pa.types.is_nested(column.type):
            raise EnrichError(f"catalog {path}: column {name!r} must hold text or numbers, not {column.type}")
        table = table.set_column(table.column_names.index(name), name, _as_text(column, name, path))
    return table


def _as_text(column: pa.ChunkedArray, name: str, path: Path) -> pa.ChunkedArray:
    try:
        return column.cast(pa.string())
    except pa.ArrowInvalid:  # bytes (a Parquet binary column) that are not UTF-8: the first such row named
        row = next(i for i, value in enumerate(column.to_pylist()) if value is not None and not _decodes(value))
        raise EnrichError(f"catalog {path}: column {name!r}, row {row + 1}, holds text that is not UTF-8") from None


def _decodes(value: bytes) -> bool:
    try:
        value.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _float_keys(column: pa.ChunkedArray, name: str, path: Path) -> pa.ChunkedArray:
    """Numbers read as floats (JSON, Parquet) as the text they were: a whole number without ".0" or an exponent
    (a cast wrote 99999999999999.0 as "9.9999999999999e+13"), exactly; a NaN as none (a missing image; a sku is
    refused), and a sku from 2^53 up refused, since its digits are lost (an int64 overflow becomes a float, and two
    skus became one)."""
    nan = pc.fill_null(pc.is_nan(column), False)
    if name == "sku" and pc.any(nan).as_py():
        rows = [i + 1 for i in pc.indices_nonzero(nan.combine_chunks()).to_pylist()]
        raise EnrichError(f"catalog {path}: sku is NaN in row(s) {rows[:10]}; every item needs a sku")
    column = pc.if_else(nan, pa.scalar(None, column.type), column)
    large = pc.fill_null(pc.greater_equal(pc.abs(column), 2.0**53), False)
    if name == "sku" and pc.any(large).as_py():
        row = pc.indices_nonzero(large.combine_chunks())[0].as_py() + 1
        raise EnrichError(f"catalog {path}: sku in row {row} is a number too large to keep: write skus as text")
    exact = pc.and_(pc.fill_null(pc.equal(pc.floor(column), column), False), pc.invert(large))
    whole = pc.if_else(exact, column, 0.0).cast(pa.int64()).cast(pa.string())
    return pc.if_else(exact, whole, column.cast(pa.string()))


def checked_rows(table: pa.Table, source: Path) -> pa.Table:
    """The table with its skus trimmed (spaces around a sku are not part of it), once every row has a sku and no
    sku is repeated."""
    missing = [c for c in REQUIRED if c not in table.column_names]
    if missing:
        raise EnrichError(f"catalog {source}: missing column(s) {missing}; found {table.column_names}")
    if table.num_rows == 0:
        raise EnrichError(f"catalog {source} is empty: no items to enrich")
    skus = table.column("sku").combine_chunks()  # checked in Arrow: a million Python strings cost hundreds of MB
    trimmed = pc.utf8_trim(skus, characters=SPACES)
    empty = pc.fill_null(pc.equal(trimmed, ""), True)
    if pc.any(empty).as_py():
        blank = [i + 1 for i in pc.indices_nonzero(empty).to_pylist()]
        raise EnrichError(f"catalog {source}: empty sku in row(s) {blank[:10]}")
    _refuse_repeated(skus, source)
    padded = pc.not_equal(skus, trimmed)
    if pc.any(padded).as_py():
        _refuse_repeated(trimmed, source, "skus are compared without the spaces around them")
        first = pc.indices_nonzero(padded)[0].as_py()
        log.warning(
            f"catalog {source}: {pc.sum(padded).as_py()} sku(s) have spaces around them, e.g. {skus[first].as_py()!r}"
            f" in row {first + 1}, read as {trimmed[first].as_py()!r} (an output that stored one with its spaces "
            "enriches it once more under the trimmed sku)"
        )
    if not pc.all(pc.string_is_ascii(trimmed)).as_py():
        trimmed = _composed(trimmed, source)
    return table.set_column(table.column_names.index("sku"), "sku", trimmed)


def _composed(skus: pa.Array, source: Path) -> pa.Array:
    """The skus in composed Unicode (NFC), once no two are the same letters written in different forms."""
    composed = pc.utf8_normalize(skus, form="NFC")
    _refuse_repeated(composed, source, "the same letters written in different Unicode forms, NFC and NFD")
    decomposed = pc.not_equal(skus, composed)
    if pc.any(decomposed).as_py():
        first = pc.indices_nonzero(decomposed)[0].as_py()
        log.warning(
            f"catalog {source}: {pc.sum(decomposed).as_py()} sku(s) are written with separate accents (Unicode NFD), "
            f"e.g. {ascii(skus[first].as_py())} in row {first + 1}, read composed (NFC) as {composed[first].as_py()!r} "
            "(an output that stored them decomposed keeps that spelling)"
        )
    return composed


def _refuse_repeated(skus: pa.Array, source: Path, why: str = "") -> None:
    """A label file, a `--skus` list and a spreadsheet drop the spaces around a sku, so "A1 " and "A1" are one sku
    (kept apart, a label for one landed on the other); "café" written with a combining accent is "café" to a reader."""
    counts = pc.value_counts(skus)
    many = counts.filter(pc.greater(counts.field("counts"), 1))
    repeated = sorted(zip(many.field("values").to_pylist(), many.field("counts").to_pylist()), key=lambda x: -x[1])
    if repeated:
        shown = ", ".join(f"{sku!r} x{n}" for sku, n in repeated[:5])
        raise EnrichError(f"catalog {source}: {len(repeated)} duplicate sku(s): {shown}" + (f" ({why})" if why else ""))
