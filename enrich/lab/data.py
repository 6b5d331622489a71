"""Labelled catalogs for training and evaluation: label rows with their decoded pixels."""

from __future__ import annotations

from enrich import EnrichError
from enrich.catalog import read_catalog
from enrich.images import load_image


def labelled(data: str, limit: int | None = None) -> tuple[list[dict], list]:
    """(label rows, decoded pixels) of the catalog's decodable images; labels are its extra columns."""
    catalog = read_catalog(data)
    labels = catalog.extras.to_pylist()
    rows, pixels = [], []
    for row in catalog.rows[:limit]:
        decoded = load_image(row)
        if decoded.ok:
            rows.append({k: ("" if v is None else str(v)) for k, v in labels[row.index].items()})
            pixels.append(decoded.pixels)
    if not rows:
        raise EnrichError(f"no decodable, labelled image in {data}")
    return rows, pixels
