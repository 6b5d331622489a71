"""The output store: Delta Lake tables of items and answers, current and history, and the runs' records.

layout.py    where everything lives (the one module that knows the paths)
schema.py    the tables' columns; the rows a shard adds; catalog columns made storable
lock.py      one writer per output folder
runs.py      run ids, manifests and plans
stamps.py    the new stamps of local files read again with the same bytes
tables.py    the Delta tables and the shard commit (history)
publish.py   the current tables kept up to date by merge
writer.py    what the runner calls: open an output, commit shards, publish a run
maintenance.py  compact and vacuum (`enrich compact`, `enrich vacuum`; compact also after a run)
snapshot.py  what readers see: one consistent set of files per table
migrate.py   pre-Delta outputs upgraded in place
findings.py  saved audits: every finding and each verdict, for enrich sql
"""

from enrich.store.extras import check_extra_columns, kept_columns
from enrich.store.layout import Layout
from enrich.store.lock import OutputLock, active_run
from enrich.store.runs import manifests
from enrich.store.schema import ANSWERS_SCHEMA, ITEMS_SCHEMA, RunContext
from enrich.store.snapshot import read_snapshot

__all__ = [
    "ANSWERS_SCHEMA",
    "ITEMS_SCHEMA",
    "Layout",
    "OutputLock",
    "RunContext",
    "active_run",
    "check_extra_columns",
    "kept_columns",
    "manifests",
    "read_snapshot",
]
