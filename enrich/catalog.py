"""Read a catalog (CSV, JSONL, Parquet or a folder of images) and check it before any model loads.

A catalog has at least `sku` and `image`; every other column is carried into the output unchanged.
`image` may be relative to the catalog file, absolute, or a URI; it is resolved here, read in images.py.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import pyarrow as pa
import pyarrow.parquet as pq

from enrich import EnrichError
from enrich.records import CatalogRow

REQUIRED = ("sku", "image")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff"}


@dataclass(frozen=True)
class Catalog:
    source: Path
    rows: tuple[CatalogRow, ...]
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
    skus = table.column("sku").to_pylist()
    images = table.column("image").to_pylist()
    rows = tuple(CatalogRow(sku, resolve_image(image, base), i) for i, (sku, image) in enumerate(zip(skus, images)))
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
    return str((base / Path(value).expanduser()).resolve())


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
        return readers[suffix](path)
    except EnrichError:
        raise
    except (OSError, UnicodeDecodeError, csv.Error, pa.ArrowException) as exc:
        raise EnrichError(f"catalog {path} could not be read: {exc}") from None


def _read_csv(path: Path) -> pa.Table:
    # Every cell stays a string: a sku like 00123 must not become the number 123.
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        records = [{k: (v if v != "" else None) for k, v in row.items()} for row in reader]
        columns = reader.fieldnames or []
    if None in columns or any(None in r for r in records):
        raise EnrichError(f"catalog {path}: some rows have more cells than the header")
    return pa.table({c: pa.array([r.get(c) for r in records], pa.string()) for c in columns})


def _read_jsonl(path: Path) -> pa.Table:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EnrichError(f"catalog {path}, line {number}: invalid JSON ({exc.msg})") from None
            if not isinstance(records[-1], dict):
                raise EnrichError(f"catalog {path}, line {number}: expected a JSON object")
    return _with_string_keys(pa.Table.from_pylist(records))


def _read_parquet(path: Path) -> pa.Table:
    return _with_string_keys(pq.read_table(path))


def _with_string_keys(table: pa.Table) -> pa.Table:
    for name in REQUIRED:
        if name in table.column_names and table.schema.field(name).type != pa.string():
            index = table.column_names.index(name)
            table = table.set_column(index, name, table.column(name).cast(pa.string()))
    return table


def _check(table: pa.Table, source: Path) -> None:
    missing = [c for c in REQUIRED if c not in table.column_names]
    if missing:
        raise EnrichError(f"catalog {source}: missing column(s) {missing}; found {table.column_names}")
    if table.num_rows == 0:
        raise EnrichError(f"catalog {source} is empty: no items to enrich")
    skus = table.column("sku").to_pylist()
    blank = [i + 1 for i, sku in enumerate(skus) if sku is None or not sku.strip()]
    if blank:
        raise EnrichError(f"catalog {source}: empty sku in row(s) {blank[:10]}")
    repeated = [(sku, n) for sku, n in Counter(skus).most_common() if n > 1]
    if repeated:
        shown = ", ".join(f"{sku!r} x{n}" for sku, n in repeated[:5])
        raise EnrichError(f"catalog {source}: {len(repeated)} duplicate sku(s): {shown}")
