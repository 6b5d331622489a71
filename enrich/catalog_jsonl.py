"""JSON Lines catalogs: pyarrow's JSON reader, and a line-by-line reading that says in words why one failed."""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pa_json

from enrich import EnrichError

log = logging.getLogger(__name__)

# pyarrow reads text in blocks of 1 MB, and a row larger than a block (a long description, an embedded thumbnail)
# failed the whole catalog with "straddling object straddles two block boundaries": such a file (JSONL or CSV) is
# read again in blocks of 256 MB, the largest row it takes.
BLOCK_SIZES = (1 << 20, 1 << 28)
FLOAT_EXACT = 2**53  # a float holds every integer up to this, and not all past it


def read_jsonl(path: Path) -> pa.Table:
    # pyarrow's JSON reader (chosen over DuckDB's read_json: no SQL, and the table is Arrow already) infers the
    # schema over every row, block after block: a key first seen in a later row becomes a column, null before it.
    # Only when it fails are the lines read one by one, to say which line and why in words.
    # One thread: with several, the blocks' new keys join the schema in whichever order the threads finish.
    try:
        table = _read(path, pa_json.ParseOptions(unexpected_field_behavior="infer"))
        dated = [field.name for field in table.schema if pa.types.is_timestamp(field.type)]
        if dated:
            # pyarrow reads a string that looks like a date as a timestamp ("2024-01-01" as a sku, an offset
            # dropped): JSON has no dates, so those columns are read again as the text they are
            texts = pa.schema([(name, pa.string()) for name in dated])
            again = _read(path, pa_json.ParseOptions(explicit_schema=texts, unexpected_field_behavior="infer"))
            table = again.select(table.column_names)
        return _exact_integers(path, table)
    except pa.ArrowInvalid as exc:
        if "Empty JSON file" in str(exc):
            return pa.table({})
        problem = _jsonl_problem(path) or _arrow_type_change(str(exc))
        message = f"catalog {path}, {problem}" if problem else f"catalog {path} could not be read: {exc}"
        raise EnrichError(message) from None


def _exact_integers(path: Path, table: pa.Table) -> pa.Table:
    """Integer columns with a value past int64 (a 20-digit id) are read as floats by pyarrow, their last digits lost:
    read again as DECIMAL(38, 0), which keeps them exactly (and Delta Lake stores). A float column is only read
    again when all its values are whole and one is past 2^53, where floats stop holding every integer."""
    for index, kind in enumerate(table.schema.types):  # (names are not read unless needed: one may not be UTF-8)
        if not pa.types.is_floating(kind) or not _whole_and_past_exact(table.column(index)):
            continue
        name = table.schema.field(index).name
        exact = pa.schema([(name, pa.decimal128(38, 0))])
        try:
            again = _read(path, pa_json.ParseOptions(explicit_schema=exact, unexpected_field_behavior="infer"))
        except pa.ArrowInvalid:  # past 38 digits
            log.warning(
                f"catalog {path}: column {name!r} holds integers past 38 digits, read as floating point with their "
                "last digits lost; write them as JSON strings to keep them"
            )
            continue
        table = table.set_column(index, exact.field(0), again.column(name))
    return table


def _whole_and_past_exact(column: pa.ChunkedArray) -> bool:
    values = column.drop_null()
    if not len(values):
        return False
    biggest = pc.max(pc.abs(values)).as_py()
    return biggest >= FLOAT_EXACT and pc.all(pc.equal(values, pc.floor(values))).as_py()


def _read(path: Path, parsing: pa_json.ParseOptions) -> pa.Table:
    for block_size in BLOCK_SIZES:  # a row larger than a block is read again in larger blocks
        reading = pa_json.ReadOptions(use_threads=False, block_size=block_size)
        try:
            return pa_json.read_json(path, read_options=reading, parse_options=parsing)
        except pa.ArrowInvalid as exc:
            if "straddl" not in str(exc) or block_size == BLOCK_SIZES[-1]:
                raise
    raise AssertionError("unreachable: the last block size re-raises")


def _jsonl_problem(path: Path) -> str | None:
    """The first line that is not a JSON object, repeats a key, or changes a key's JSON type."""
    first_kind: dict[str, tuple[str, int]] = {}
    # Lines end at \n, \r\n or \r only, as pyarrow reads them: str.splitlines also ends them at U+2028, U+2029 or
    # NEL, which JSON text may hold unescaped, and broke such a line in two ("invalid JSON"), hiding the real problem.
    for number, line in enumerate(re.split(r"\r\n|\r|\n", path.read_text(encoding="utf-8-sig")), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line, object_pairs_hook=_object_without_repeats)
        except json.JSONDecodeError as exc:
            return f"line {number}: invalid JSON ({exc.msg})"
        except _RepeatedKey as exc:
            return f"line {number}: key {exc.args[0]!r} appears twice in one object"
        if not isinstance(record, dict):
            return f"line {number}: expected a JSON object"
        for key, value in record.items():
            kind = _json_kind(value)
            seen, seen_at = first_kind.setdefault(key, (kind, number)) if kind else (None, 0)
            if kind and seen != kind:
                one, other = sorted((seen, kind), key=list(JSON_KINDS).index)
                return (
                    f"column {key!r} is {JSON_KINDS[one]} in some rows and {JSON_KINDS[other]} in others (lines "
                    f"{seen_at} and {number}); write it the same way in every row (skus as strings, in quotes)"
                )
    return None


def _arrow_type_change(message: str) -> str | None:
    """pyarrow's report of a nested key changing type, in words."""
    found = re.search(r"Column\(/([^)]*)\) changed from (\w+) to (\w+)", message)
    words = {"number": "a number", "string": "text", "boolean": "true/false", "object": "an object", "array": "a list"}
    if not found or found[2] not in words or found[3] not in words:
        return None
    key = found[1].replace("/", ".")
    return f"column {key!r} is {words[found[2]]} in some rows and {words[found[3]]} in others; write it the same way"


JSON_KINDS = {"number": "a number", "text": "text", "boolean": "true/false", "object": "an object", "list": "a list"}


def _json_kind(value) -> str | None:
    if value is None:
        return None  # null fits any type
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"  # integers and decimals share a column (as decimals)
    return {str: "text", dict: "object", list: "list"}[type(value)]


class _RepeatedKey(Exception):
    pass


def _object_without_repeats(pairs: list[tuple[str, object]]) -> dict:
    keys = Counter(key for key, _ in pairs)
    for key, n in keys.items():
        if n > 1:
            raise _RepeatedKey(key)
    return dict(pairs)
