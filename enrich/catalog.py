"""Read a catalog (CSV, JSONL, Parquet or a folder of images), checked before any model loads (catalog_checks.py).

A catalog has at least `sku` and `image`; every other column is carried into the output unchanged.
`image` may be relative to the catalog file, absolute, or a URI; it is resolved here, read in images.py. A row
without an image (null, empty, NaN) becomes an item error (`missing_file`); the catalog is refused only when no row
has the column, for what catalog_checks.py names, or for a JSONL key whose type changes between rows.
"""

from __future__ import annotations

import copy
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
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from enrich import EnrichError
from enrich.catalog_checks import (
    REQUIRED,
    SPACES,
    checked_rows,
    refuse_bad_names,
    refuse_bad_text,
    refuse_duplicate_columns,
    with_string_keys,
    without_nameless_columns,
)
from enrich.catalog_jsonl import BLOCK_SIZES, read_jsonl
from enrich.records import CatalogRow

log = logging.getLogger(__name__)

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

    def with_skus(self, skus: pa.Array) -> CatalogRows:
        """The same rows under other spellings of their skus (store/writer.stored_spellings)."""
        if skus is self.skus:
            return self
        renamed = copy.copy(self)
        renamed.skus = skus
        return renamed

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
    table = checked_rows(table, source)
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
    """Of a file's bytes; of a folder's images (names, sizes, times), which is what a folder catalog is made of: a
    dangling symlink or a loop beside them failed the run, and an output written inside the folder changed it on
    every commit, so a killed run was never resumed."""
    digest = hashlib.sha256()
    if source.is_dir():
        for path in _folder_images(source):
            try:
                stat = path.stat()
                digest.update(os.fsencode(path.name) + f"\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
            except OSError:  # gone since it was listed: its name counts
                digest.update(os.fsencode(path.name) + b"\0gone\n")
    else:
        with source.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def resolve_image(value: str | None, base: Path) -> str:
    """A local absolute path, or the URI unchanged when it names another scheme."""
    if not value:
        return ""
    uri = value.strip()  # a spreadsheet's spaces around a URL are no part of it (" https" is no scheme)
    if uri.startswith("file://"):
        return unquote(urlparse(uri).path)
    if "://" in uri:
        return uri
    # Lexical, not os.path.realpath: a million catalog rows must not cost a million symlink walks. Reading
    # resolves the real path and checks it against the allowed roots (fetch.py).
    return os.path.normpath(os.path.join(base, os.path.expanduser(value)))


def shard_rows(rows: tuple[CatalogRow, ...], shard_size: int) -> list[tuple[CatalogRow, ...]]:
    """Deterministic shards in catalog order: the unit of work, commit and retry."""
    return [rows[i : i + shard_size] for i in range(0, len(rows), shard_size)]


def _folder_images(folder: Path) -> list[Path]:
    """The folder's image files (a dangling symlink, a loop or a subfolder named .jpg is none); its subfolders are
    not read, and said."""
    entries = list(folder.iterdir())
    nested = [p for p in entries if p.is_dir()]
    if nested:
        log.warning(
            f"{len(nested)} subfolder(s) of {folder} are not read, e.g. {nested[0].name!r}: a folder catalog is the "
            "images directly in it (list nested images in a CSV catalog)"
        )
    return sorted(p for p in entries if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file())


def _folder_table(folder: Path) -> pa.Table:
    images = _folder_images(folder)
    # no sku or location could be stored for them: left out, and said (one odd file must not refuse the folder)
    images = _left_out(folder, images, lambda p: _utf8(p.name), "with names not in UTF-8", ascii)
    images = _left_out(folder, images, lambda p: p.stem.strip(SPACES), "named only spaces (no sku)", repr)
    _refuse_twin_files(folder, images)
    return pa.table({"sku": [p.stem for p in images], "image": [p.name for p in images]})


def _left_out(folder: Path, images: list[Path], named, what: str, shown) -> list[Path]:
    bad = [p for p in images if not named(p)]
    if bad:
        log.warning(f"{len(bad)} image(s) in {folder} {what} are left out, e.g. {shown(bad[0].name)}: rename them")
    return [p for p in images if named(p)] if bad else images


def _refuse_twin_files(folder: Path, images: list[Path]) -> None:
    """SKU-001.jpg beside SKU-001.png (a photo re-encoded beside the old one) are one sku: name the files."""
    by_stem: dict[str, list[str]] = {}
    for image in images:
        by_stem.setdefault(image.stem.strip(), []).append(image.name)
    twins = [names for names in by_stem.values() if len(names) > 1]
    if twins:
        shown = "; ".join(" and ".join(names) for names in twins[:3])
        raise EnrichError(
            f"catalog {folder}: {len(twins)} sku(s) have two image files (a folder's sku is the file name less its "
            f"extension): {shown}; remove or rename one of each"
        )


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
    refuse_bad_names(table.schema, path)
    refuse_duplicate_columns(table.column_names, path)
    table = without_nameless_columns(table, path)
    refuse_bad_text(table, path)
    return with_string_keys(table, path)


def _read_csv(path: Path) -> pa.Table:
    """pyarrow's CSV reader, every cell a string (a sku like 00123 must not become the number 123), empty = NULL.

    The header is read first with the csv module, to refuse duplicate names before pyarrow renames them.
    """
    with path.open(newline="", encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle), [])
    refuse_duplicate_columns(header, path)
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
    refuse_duplicate_columns(pq.read_schema(path).names, path)  # read_table fails on them with a dataset dump
    return pq.read_table(path)
