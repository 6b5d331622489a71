"""Query results as a person reads them: an aligned table, CSV or JSON (`enrich sql --format`). Nested values (a
list of structs, as items.pixel_colors) are JSON in a CSV cell, so a spreadsheet or a script can read them back.

CSV and JSON are written batch by batch as the query streams, so an export of millions of rows holds one batch in
memory; a table needs every row to align its columns, so it shows the first TABLE_ROWS and says so."""

from __future__ import annotations

import csv
import datetime
import decimal
import io
import json
import math
from collections.abc import Iterable, Iterator

TABLE_ROWS = 1000
# Control characters (C0, DEL, C1), line separators and the bidirectional marks, written as escapes in a table:
# printed raw, an ESC in a catalog title recoloured or cleared the operator's terminal, and a U+202E reversed what
# followed it.
_ESCAPES = {code: f"\\x{code:02x}" for code in [*range(0x20), *range(0x7F, 0xA0)]}
_ESCAPES |= {
    code: f"\\u{code:04x}" for code in [0x061C, 0x200E, 0x200F, *range(0x2028, 0x202F), *range(0x2066, 0x206A)]
}
_ESCAPES |= {ord("\n"): "\\n", ord("\t"): "\\t", ord("\r"): "\\r"}
# JSON escapes C0 itself; the others, as JSON's \u escapes (which read back as the same text), so that a JSON
# export on a terminal neither runs a C1 control (U+009B is a CSI) nor reverses its lines (U+202E)
_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in _ESCAPES if code >= 0x7F}


def interval(value: datetime.timedelta) -> str:
    """An INTERVAL in a form DuckDB reads back as the same interval ("1 day 02:00:00.5", "-1 day -12:00:00"), not
    Python's "1 day, 2:00:00.500000". DuckDB hands Python a month as 30 days, so "1 month" reads "30 days"."""
    micros = (value.days * 86_400 + value.seconds) * 1_000_000 + value.microseconds
    sign, micros = ("-" if micros < 0 else ""), abs(micros)
    days, micros = divmod(micros, 86_400_000_000)
    minutes, micros = divmod(micros, 60_000_000)
    clock = f"{minutes // 60:02}:{minutes % 60:02}:{micros // 1_000_000:02}"
    clock += f".{micros % 1_000_000:06}".rstrip("0") if micros % 1_000_000 else ""
    parts = [f"{sign}{days} day{'s' * (days != 1)}"] if days else []
    if clock != "00:00:00" or not days:  # the sign on both parts: DuckDB reads "-1 day 12:00:00" as -12 hours
        parts.append(sign + clock if clock != "00:00:00" else clock)
    return " ".join(parts)


def printable(text: str) -> str:
    """The text as a terminal shows it safely: its control characters as escapes (\\n, \\t, \\x1b...)."""
    return text.translate(_ESCAPES)


def render(columns: list[str], rows: list[tuple], fmt: str = "table", max_width: int = 60) -> str:
    """The whole result as one text (no trailing newline)."""
    return "".join(render_batches(columns, [rows], fmt, max_width)).rstrip("\n")


def render_batches(columns: list[str], batches: Iterable[list[tuple]], fmt: str = "table", max_width: int = 60):
    """The result's text in pieces, one per batch of rows for CSV and JSON."""
    if fmt == "json":
        return _json(columns, batches)
    if fmt == "csv":
        return _csv(columns, batches)
    return _table(columns, batches, max_width)


def _json(columns: list[str], batches: Iterable[list[tuple]]) -> Iterator[str]:
    columns, opened = _unique(columns), False
    for batch in batches:
        for row in batch:
            text = json.dumps(dict(zip(columns, jsonable(row))), indent=2, default=as_text, ensure_ascii=False)
            text = text.translate(_JSON_ESCAPES)  # (only inside strings: the rest of JSON is ASCII)
            yield ("," if opened else "[") + "\n  " + text.replace("\n", "\n  ")
            opened = True
    yield "\n]\n" if opened else "[]\n"


def _unique(columns: list[str]) -> list[str]:
    """Names an object can hold: a second `a` (select 1 as a, 2 as a) is `a_2`; in an object it replaced the first."""
    seen: dict[str, int] = {}
    unique = []
    for name in columns:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return unique


def jsonable(value):
    """A value DuckDB handed Python, as JSON can hold it: NaN and infinities as null (a JSON reader refuses them), a
    decimal as a number, a BLOB, an INTERVAL, a date or a time as the text DuckDB writes, and a MAP's keys as text
    (`histogram(processed_at::date)` is keyed by dates, which no JSON object is)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, decimal.Decimal):  # a number where a float reads back as it, else its digits as text
        if not value.is_finite():
            return None
        return float(value) if decimal.Decimal(repr(float(value))) == value else str(value)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k if isinstance(k, str) else as_text(k): jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | bool):
        return value
    return as_text(value)


def _csv(columns: list[str], batches: Iterable[list[tuple]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for batch in batches:
        writer.writerows([[_csv_cell(v) for v in row] for row in batch])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _table(columns: list[str], batches: Iterable[list[tuple]], max_width: int) -> Iterator[str]:
    rows, more = [], False
    for batch in batches:
        rows.extend(batch)
        if len(rows) > TABLE_ROWS:
            rows, more = rows[:TABLE_ROWS], True
            break
    columns = [printable(name) for name in columns]
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    body = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    if more:
        body.append(f"(the first {TABLE_ROWS} rows; there are more: add a LIMIT, or --format csv or json for all)")
    else:
        body.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    yield "\n".join(body) + "\n"


def _cell(value, max_width: int) -> str:
    if value is None:
        return "NULL"
    text = as_text(value)
    shown = printable(text)
    if len(shown) <= max_width:
        return shown
    if len(shown) == len(text):  # nothing escaped
        return shown[: max_width - 1] + "…"
    kept, width = [], 0
    for char in text:  # escaped one character at a time, so that the cut never splits an escape ("\\x1")
        piece = _ESCAPES.get(ord(char), char)
        if width + len(piece) > max_width - 1:
            break
        kept.append(piece)
        width += len(piece)
    return "".join(kept) + "…"


def _csv_cell(value):
    if isinstance(value, bool):
        return "true" if value else "false"  # as DuckDB and JSON write them
    if isinstance(value, bytes | datetime.timedelta):
        return as_text(value)
    if not isinstance(value, list | tuple | dict):
        return value
    return json.dumps(jsonable(value), ensure_ascii=False)


def as_text(value) -> str:
    """A value as text where Python's own form is not DuckDB's: a BLOB in hex (as PostgreSQL and DuckDB write one,
    not b'...'), an INTERVAL as DuckDB writes it, a list, struct or map as JSON (not Python's [Decimal('1.50')])."""
    if isinstance(value, bool):
        return "true" if value else "false"  # as DuckDB writes them (a MAP keyed by booleans)
    if isinstance(value, bytes):
        return "\\x" + value.hex()
    if isinstance(value, datetime.timedelta):
        return interval(value)
    if isinstance(value, list | tuple | dict):
        return json.dumps(jsonable(value), ensure_ascii=False)
    return str(value)
