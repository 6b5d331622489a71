"""TOML values checked against the frozen dataclass they fill, so that a wrong type is a one-line error.

TOML gives strings, numbers, booleans, lists and tables. Without a check a wrong one slipped through: a string where
a list belongs (`roots = "/srv/images"`) was read as a list of its characters, which turned the image roots into `/`
and every file on the machine; a number where a path belongs ended in a TypeError from deep inside; `workers = "2"`
compared a string with a number.
"""

from __future__ import annotations

import types
import typing
from pathlib import Path

from enrich import EnrichError


def read_toml_text(path: Path, what: str) -> str:
    """The file's text: UTF-8, a leading byte order mark dropped (editors on Windows write one)."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise EnrichError(f"{what} not found: {path}") from None
    except IsADirectoryError:
        raise EnrichError(f"{what} {path} is a folder, not a TOML file") from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise EnrichError(f"{what} {path} is not UTF-8 (line {line}): save it as UTF-8") from None


def check_types(table: dict, cls: type, where: str, tables: dict[str, str] = {}) -> None:  # noqa: B006 (read only)
    """Each of `table`'s keys that names a field of `cls` holds a value of that field's type; `tables` names the
    fields written as TOML tables (with what they hold), checked as tables only."""
    hints = typing.get_type_hints(cls)
    for key, value in table.items():
        if key not in hints:
            continue  # unknown keys are the caller's to report, with the known ones
        if key in tables:
            expected, fits = tables[key], isinstance(value, dict)
        else:
            expected, fits = _expected(hints[key]), _fits(hints[key], value)
        if not fits:
            raise EnrichError(f"{where}{key} must be {expected}, not {value!r}")


def _expected(hint) -> str:
    base, optional = _base(hint)
    if typing.get_origin(base) is tuple:
        return "a list of strings"
    name = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}.get(base, "a table")
    return name + (" (or left out)" if optional else "")


def _fits(hint, value) -> bool:
    base, _ = _base(hint)
    if typing.get_origin(base) is tuple:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if base is bool or isinstance(value, bool):  # True is an int to Python, not to a TOML reader
        return base is bool and isinstance(value, bool)
    if base is float:
        return isinstance(value, int | float)
    return isinstance(value, base) if isinstance(base, type) else isinstance(value, dict)


def _base(hint) -> tuple[object, bool]:
    """`str | None` -> (str, True); anything else -> (itself, False)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return (args[0] if len(args) == 1 else hint), len(args) < len(typing.get_args(hint))
    return hint, False
