"""Query results as a person reads them: an aligned table, CSV or JSON (`enrich sql --format`). Nested values (a
list of structs, as items.pixel_colors) are JSON in a CSV cell, so a spreadsheet or a script can read them back."""

from __future__ import annotations

import csv
import io
import json


def render(columns: list[str], rows: list[tuple], fmt: str = "table", max_width: int = 60) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, row)) for row in rows], indent=2, default=str, ensure_ascii=False)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_csv_cell(v) for v in row] for row in rows])
        return buffer.getvalue().rstrip("\n")
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    body = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    return "\n".join(body + [f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])


def _cell(value, max_width: int) -> str:
    text = "NULL" if value is None else str(value).replace("\n", "\\n")
    return text if len(text) <= max_width else text[: max_width - 1] + "…"


def _csv_cell(value):
    if not isinstance(value, list | tuple | dict):
        return value
    try:
        return json.dumps(value, default=str, ensure_ascii=False)
    except TypeError:  # a MAP keyed by dates or numbers: no JSON object
        return str(value)
