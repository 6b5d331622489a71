"""What a reader sees: the Parquet files of each table at one consistent moment, without listing any folder.

`items` is read at its latest version and `answers` at the version the items commit names (tables.py), so
the two agree even while a publish is between its two merges. When every `answers` commit since that
version only compacted files, the latest version holds the same rows and is read instead, so vacuuming
the compacted-away files never breaks a reader. History tables are read at their latest version.
"""

from __future__ import annotations

from dataclasses import dataclass

from deltalake import DeltaTable

from enrich.store.layout import TABLES, Layout
from enrich.store.tables import ANSWERS_VERSION, local_path, open_table

DATA_PRESERVING = {"OPTIMIZE", "VACUUM START", "VACUUM END", "CREATE CHECKPOINT"}


@dataclass(frozen=True)
class Snapshot:
    """Per table, the absolute paths of its data files; `versions` says which table versions they are."""

    files: dict[str, list[str]]
    versions: dict[str, int]


def read_snapshot(layout: Layout, names: frozenset[str] | set[str] = frozenset(TABLES)) -> Snapshot:
    """The files of the named tables (all by default): each table costs a log read, so a reader names few."""
    tables = {}
    if names & {"items", "answers"}:
        items = open_table(layout.table("items"))
        tables["items"] = items
        if "answers" in names:
            tables["answers"] = _answers_paired_with(items, open_table(layout.table("answers")))
    for name in sorted(names & {"catalog", "items_history", "answers_history"}):
        tables[name] = open_table(layout.table(name))
    files = {name: [local_path(uri) for uri in table.file_uris()] for name, table in tables.items()}
    return Snapshot(files, {name: table.version() for name, table in tables.items()})


def _answers_paired_with(items: DeltaTable, answers: DeltaTable) -> DeltaTable:
    pinned = next((int(c[ANSWERS_VERSION]) for c in items.history(64) if ANSWERS_VERSION in c), None)
    if pinned is None or pinned >= answers.version():
        return answers
    later = [c for c in answers.history(answers.version() - pinned) if c.get("version", 0) > pinned]
    if all(c.get("operation") in DATA_PRESERVING for c in later):
        return answers
    answers.load_as_version(pinned)
    return answers
