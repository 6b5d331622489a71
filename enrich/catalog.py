"""Read a catalog (CSV, JSONL, Parquet or a folder of images) and check it before any model loads.

A catalog has at least `sku` and `image`; every other column is carried into the output unchanged.
`image` may be relative to the catalog file, absolute, or a URI; it is resolved here, read in images.py. A row
without an image (null, empty, NaN) becomes an item error (`missing_file`); the catalog is refused only when no row
has the column, or for duplicate column names (in any case), a nameless column with values, text that is not UTF-8,
empty, NaN or repeated skus, or a JSONL key whose type changes between rows. Spaces around a sku are not part of it.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from enrich import EnrichError
from enrich.catalog_jsonl import BLOCK_SIZES, read_jsonl
from enrich.records import CatalogRow

log = logging.getLogger(__name__)

REQUIRED = ("sku", "image")
SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())  # what str.strip() removes: labels, --skus
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

    def take(self, positions: list[int] | pa.Array) -> CatalogRows:
        if not isinstance(positions, pa.Array):  # typed: an empty list is Arrow's null type, which take refuses
            positions = pa.array(positions, pa.int64())
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
    table, trimmed = _trimmed_skus(table)
    _check(table, source, trimmed)
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
            digest.update(os.fsencode(path.name) + f"\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
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
    unnamed = [p for p in images if not _utf8(p.name)]
    if unnamed:  # no sku or location could be stored for them: left out, and said
        example = ascii(unnamed[0].name)
        log.warning(
            f"{len(unnamed)} image(s) in {folder} with names not in UTF-8 are left out, e.g. {example}: rename them"
        )
        images = [p for p in images if _utf8(p.name)]
    return pa.table({"sku": [p.stem for p in images], "image": [p.name for p in images]})


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
        return True
    except UnicodeEncodeError:  # a byte that is not UTF-8 reaches Python as a lone surrogate
        return False


def _file_table(path: Path) -> pa.Table:
    suffix = path.suffix.lower()
    readers = {".csv": _read_csv, ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".parquet": _read_parquet}
    if suffix not in readers:
        raise EnrichError(f"catalog {path}: unknown format {suffix!r}; use .csv, .jsonl or .parquet, or a folder")
    try:
        table = readers[suffix](path)
    except EnrichError:
        raise
    except (OSError, UnicodeDecodeError, csv.Error, pa.ArrowException) as exc:
        raise EnrichError(f"catalog {path} could not be read: {exc}") from None
    _refuse_duplicate_columns(table.column_names, path)
    table = _without_nameless_columns(table, path)
    _refuse_bad_text(table, path)
    return _with_string_keys(table, path)


def _refuse_duplicate_columns(names: list, path: Path) -> None:
    # A second `color` column would silently replace the first (CSV) or make every lookup ambiguous (Parquet);
    # `Color` beside `color` is the same column to the output's tables (Delta Lake ignores the case of names).
    spellings: dict[str, list[str]] = {}
    for name in (str(name) for name in names if str(name).strip()):  # nameless ones: _without_nameless_columns
        spellings.setdefault(name.lower(), []).append(name)
    repeated = [same for same in spellings.values() if len(same) > 1]
    if repeated:
        shown = "; ".join(" and ".join(repr(n) for n in same) for same in repeated)
        raise EnrichError(f"catalog {path}: columns {shown} are one column (names ignore case); rename the duplicates")


def _without_nameless_columns(table: pa.Table, path: Path) -> pa.Table:
    """A header that ends in a comma (spreadsheet exports) names an empty column with nothing: it is left out. A
    nameless column that holds values is refused, since nothing could name it in a query."""
    nameless = [i for i, name in enumerate(table.column_names) if not str(name).strip()]
    for i in nameless:
        if table.column(i).null_count < table.num_rows:
            raise EnrichError(f"catalog {path}: column {i + 1} has values but no name; name it in the header")
    return table.select([i for i in range(table.num_columns) if i not in nameless]) if nameless else table


def _refuse_bad_text(table: pa.Table, path: Path) -> None:
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
        for block_size in BLOCK_SIZES:
            try:
                return pa_csv.read_csv(
                    path,
                    read_options=pa_csv.ReadOptions(block_size=block_size),
                    parse_options=pa_csv.ParseOptions(newlines_in_values=True),
                    convert_options=convert,
                )
            except pa.ArrowInvalid as exc:
                if "straddl" not in str(exc) or block_size == BLOCK_SIZES[-1]:
                    raise
    except pa.ArrowInvalid as exc:
        counts = re.search(r"Expected (\d+) columns, got (\d+)", str(exc))
        if counts:
            more = int(counts[2]) > int(counts[1])
            where = str(exc).split(": ", 2)[-1][:80]
            raise EnrichError(
                f"catalog {path}: some rows have {'more' if more else 'fewer'} cells than the header: {where}"
            ) from None
        raise


def _read_parquet(path: Path) -> pa.Table:
    _refuse_duplicate_columns(pq.read_schema(path).names, path)  # read_table fails on them with a dataset dump
    return pq.read_table(path)


def _with_string_keys(table: pa.Table, path: Path) -> pa.Table:
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


def _trimmed_skus(table: pa.Table) -> tuple[pa.Table, bool]:
    """Skus without the spaces around them, and whether any had some. A label file, a `--skus` list and a
    spreadsheet all drop them, so "A1 " and "A1" are one sku: kept apart, a label for one landed on the other."""
    if "sku" not in table.column_names or table.num_rows == 0:
        return table, False
    skus = table.column("sku")
    trimmed = pc.utf8_trim(skus, characters=SPACES)
    changed = pc.any(pc.fill_null(pc.not_equal(skus, trimmed), False)).as_py()
    return table.set_column(table.column_names.index("sku"), "sku", trimmed), bool(changed)


def _check(table: pa.Table, source: Path, trimmed: bool = False) -> None:
    missing = [c for c in REQUIRED if c not in table.column_names]
    if missing:
        raise EnrichError(f"catalog {source}: missing column(s) {missing}; found {table.column_names}")
    if table.num_rows == 0:
        raise EnrichError(f"catalog {source} is empty: no items to enrich")
    skus = table.column("sku")  # checked in Arrow: a million skus as Python strings cost hundreds of MB
    empty = pc.fill_null(pc.equal(skus, ""), True)
    if pc.any(empty).as_py():
        blank = [i + 1 for i in pc.indices_nonzero(empty.combine_chunks()).to_pylist()]
        raise EnrichError(f"catalog {source}: empty sku in row(s) {blank[:10]}")
    counts = pc.value_counts(skus.combine_chunks())
    many = counts.filter(pc.greater(counts.field("counts"), 1))
    repeated = sorted(zip(many.field("values").to_pylist(), many.field("counts").to_pylist()), key=lambda x: -x[1])
    if repeated:
        shown = ", ".join(f"{sku!r} x{n}" for sku, n in repeated[:5])
        spaces = " (skus are compared without the spaces around them)" if trimmed else ""
        raise EnrichError(f"catalog {source}: {len(repeated)} duplicate sku(s): {shown}{spaces}")
