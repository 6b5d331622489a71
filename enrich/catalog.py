"""Read a catalog (CSV, JSONL, Parquet or a folder of images) and check it before any model loads.

A catalog has at least `sku` and `image`; every other column is carried into the output unchanged.
`image` may be relative to the catalog file, absolute, or a URI; it is resolved here, read in images.py. A row
without an image (null, empty, NaN) becomes an item error (`missing_file`); the catalog is refused only when no row
has the column, or for duplicate column names, empty or NaN skus, or a JSONL key whose type changes between rows.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.json as pa_json
import pyarrow.parquet as pq

from enrich import EnrichError
from enrich.records import CatalogRow

REQUIRED = ("sku", "image")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff"}


class CatalogRows(Sequence[CatalogRow]):
    """The catalog's rows, held as Arrow arrays; a CatalogRow is made only when one is asked for.

    A million rows as Python objects took over 500 MB; as three arrays, about a third of that.
    """

    CHUNK = 65_536

    def __init__(self, skus: pa.Array, images: pa.Array, indices: pa.Array | None = None):
        self.skus, self.images = skus, images
        self.indices = indices if indices is not None else pa.array(range(len(skus)), pa.int64())
        self._positions = None if indices is None else {i: k for k, i in enumerate(indices.to_pylist())}

    def at(self, index: int) -> CatalogRow:
        """The row whose catalog index is `index` (in a subset, positions and catalog indices differ)."""
        return self[index if self._positions is None else self._positions[index]]

    def __len__(self) -> int:
        return len(self.skus)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[k] for k in range(*key.indices(len(self)))]
        return CatalogRow(self.skus[key].as_py(), self.images[key].as_py(), self.indices[key].as_py())

    def __iter__(self) -> Iterator[CatalogRow]:
        for start in range(0, len(self), self.CHUNK):
            chunk = (a.slice(start, self.CHUNK).to_pylist() for a in (self.skus, self.images, self.indices))
            yield from map(CatalogRow, *chunk)

    def take(self, positions: list[int]) -> CatalogRows:
        return CatalogRows(self.skus.take(positions), self.images.take(positions), self.indices.take(positions))


@dataclass(frozen=True)
class Catalog:
    source: Path
    rows: CatalogRows
    extras: pa.Table  # the catalog's other columns, one row per item, in catalog order
    checksum: str  # of the catalog file's bytes, or of a folder's listing (names, sizes, times)

    @property
    def extra_columns(self) -> list[str]:
        return self.extras.column_names


def read_catalog(path: str | Path) -> Catalog:
    source = Path(path).expanduser().resolve()
    if source.is_dir():
        table, base = _folder_table(source), source
    elif source.is_file():
        table, base = _file_table(source), source.parent
    else:
        raise EnrichError(f"catalog not found: {path}")
    _check(table, source)
    images = table.column("image").combine_chunks()
    resolved = [
        pa.array([resolve_image(v, base) for v in images.slice(start, CatalogRows.CHUNK).to_pylist()], pa.string())
        for start in range(0, len(images), CatalogRows.CHUNK)
    ]
    rows = CatalogRows(
        table.column("sku").combine_chunks().cast(pa.string()),
        pa.concat_arrays(resolved or [pa.array([], pa.string())]),
    )
    return Catalog(source, rows, table.drop_columns(list(REQUIRED)), _checksum(source))


def _checksum(source: Path) -> str:
    digest = hashlib.sha256()
    if source.is_dir():
        for path in sorted(source.iterdir()):
            stat = path.stat()
            digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    else:
        with source.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def resolve_image(value: str | None, base: Path) -> str:
    """A local absolute path, or the URI unchanged when it names another scheme."""
    if not value:
        return ""
    if value.startswith("file://"):
        return unquote(urlparse(value).path)
    if "://" in value:
        return value
    # Lexical, not os.path.realpath: a million catalog rows must not cost a million symlink walks. Reading
    # resolves the real path and checks it against the allowed roots (fetch.py).
    return os.path.normpath(os.path.join(base, os.path.expanduser(value)))


def shard_rows(rows: tuple[CatalogRow, ...], shard_size: int) -> list[tuple[CatalogRow, ...]]:
    """Deterministic shards in catalog order: the unit of work, commit and retry."""
    return [rows[i : i + shard_size] for i in range(0, len(rows), shard_size)]


def _folder_table(folder: Path) -> pa.Table:
    images = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
    return pa.table({"sku": [p.stem for p in images], "image": [p.name for p in images]})


def _file_table(path: Path) -> pa.Table:
    suffix = path.suffix.lower()
    readers = {".csv": _read_csv, ".jsonl": _read_jsonl, ".ndjson": _read_jsonl, ".parquet": _read_parquet}
    if suffix not in readers:
        raise EnrichError(f"catalog {path}: unknown format {suffix!r}; use .csv, .jsonl or .parquet, or a folder")
    try:
        table = readers[suffix](path)
    except EnrichError:
        raise
    except (OSError, UnicodeDecodeError, csv.Error, pa.ArrowException) as exc:
        raise EnrichError(f"catalog {path} could not be read: {exc}") from None
    _refuse_duplicate_columns(table.column_names, path)
    return _with_string_keys(table, path)


def _refuse_duplicate_columns(names: list, path: Path) -> None:
    # A second `color` column would silently replace the first (CSV) or make every lookup ambiguous (Parquet).
    repeated = [(name, n) for name, n in Counter(names).items() if n > 1]
    if repeated:
        shown = ", ".join(f"column {name!r} appears {n} times" for name, n in repeated)
        raise EnrichError(f"catalog {path}: {shown}; rename the duplicates")


def _read_csv(path: Path) -> pa.Table:
    """pyarrow's CSV reader, every cell a string (a sku like 00123 must not become the number 123), empty = NULL.

    The header is read first with the csv module, to refuse duplicate names before pyarrow renames them.
    """
    with path.open(newline="", encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle), [])
    _refuse_duplicate_columns(header, path)
    if not header:
        return pa.table({})
    convert = pa_csv.ConvertOptions(
        column_types={name: pa.string() for name in header},
        strings_can_be_null=True,
        null_values=[""],
        quoted_strings_can_be_null=True,
    )
    try:
        return pa_csv.read_csv(
            path, parse_options=pa_csv.ParseOptions(newlines_in_values=True), convert_options=convert
        )
    except pa.ArrowInvalid as exc:
        counts = re.search(r"Expected (\d+) columns, got (\d+)", str(exc))
        if counts:
            more = int(counts[2]) > int(counts[1])
            where = str(exc).split(": ", 2)[-1][:80]
            raise EnrichError(
                f"catalog {path}: some rows have {'more' if more else 'fewer'} cells than the header: {where}"
            ) from None
        raise


def _read_jsonl(path: Path) -> pa.Table:
    # pyarrow's JSON reader (chosen over DuckDB's read_json: no SQL, and the table is Arrow already) infers the
    # schema over every row, block after block: a key first seen in a later row becomes a column, null before it.
    # Only when it fails are the lines read one by one, to say which line and why in words.
    # One thread: with several, the blocks' new keys join the schema in whichever order the threads finish.
    reading = pa_json.ReadOptions(use_threads=False)
    parsing = pa_json.ParseOptions(unexpected_field_behavior="infer")
    try:
        return pa_json.read_json(path, read_options=reading, parse_options=parsing)
    except pa.ArrowInvalid as exc:
        if "Empty JSON file" in str(exc):
            return pa.table({})
        problem = _jsonl_problem(path) or _arrow_type_change(str(exc))
        message = f"catalog {path}, {problem}" if problem else f"catalog {path} could not be read: {exc}"
        raise EnrichError(message) from None


def _jsonl_problem(path: Path) -> str | None:
    """The first line that is not a JSON object, repeats a key, or changes a key's JSON type."""
    first_kind: dict[str, tuple[str, int]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
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


def _read_parquet(path: Path) -> pa.Table:
    _refuse_duplicate_columns(pq.read_schema(path).names, path)  # read_table fails on them with a dataset dump
    return pq.read_table(path)


def _with_string_keys(table: pa.Table, path: Path) -> pa.Table:
    for name in REQUIRED:
        if name not in table.column_names or table.schema.field(name).type == pa.string():
            continue
        column = table.column(name)
        if pa.types.is_floating(column.type):  # 123.0 becomes "123": a cast writes whole numbers without ".0"
            nan = pc.is_nan(column)
            rows = [i + 1 for i, v in enumerate(nan.to_pylist()) if v]
            if rows and name == "sku":
                raise EnrichError(f"catalog {path}: sku is NaN in row(s) {rows[:10]}; every item needs a sku")
            column = pc.if_else(nan, pa.scalar(None, column.type), column)  # a NaN image is a missing one
        if pa.types.is_nested(column.type):
            raise EnrichError(f"catalog {path}: column {name!r} must hold text or numbers, not {column.type}")
        table = table.set_column(table.column_names.index(name), name, column.cast(pa.string()))
    return table


def _check(table: pa.Table, source: Path) -> None:
    missing = [c for c in REQUIRED if c not in table.column_names]
    if missing:
        raise EnrichError(f"catalog {source}: missing column(s) {missing}; found {table.column_names}")
    if table.num_rows == 0:
        raise EnrichError(f"catalog {source} is empty: no items to enrich")
    skus = table.column("sku")  # checked in Arrow: a million skus as Python strings cost hundreds of MB
    empty = pc.fill_null(pc.equal(pc.utf8_trim_whitespace(skus), ""), True)
    if pc.any(empty).as_py():
        blank = [i + 1 for i in pc.indices_nonzero(empty.combine_chunks()).to_pylist()]
        raise EnrichError(f"catalog {source}: empty sku in row(s) {blank[:10]}")
    counts = pc.value_counts(skus.combine_chunks())
    many = counts.filter(pc.greater(counts.field("counts"), 1))
    repeated = sorted(zip(many.field("values").to_pylist(), many.field("counts").to_pylist()), key=lambda x: -x[1])
    if repeated:
        shown = ", ".join(f"{sku!r} x{n}" for sku, n in repeated[:5])
        raise EnrichError(f"catalog {source}: {len(repeated)} duplicate sku(s): {shown}")
