"""The output's Delta Lake tables (delta-rs), written by the one process that holds the output's lock.

Why Delta Lake: it gives atomic appends with application transactions (a shard's commit is recorded with
the commit itself, so a retried commit cannot land twice), overwrite commits for the current-rows tables, compaction,
vacuum and time travel, and Spark, Trino, Polars and DuckDB read it as it is. See docs/architecture.md.

- History: each flush of finished shards appends its answers, then its items, to the history tables; the
  items append carries one application transaction per shard, and a shard is committed exactly when its
  item rows are in `items_history`. Answer rows whose item rows never landed (a kill between the two
  appends) are never shown: `answers_history` is read joined to `items_history`, and a shard that is
  redone first deletes them.
- Current: `publish` puts a run's rows into `items` and `answers` where they are newer than what is there
  (publish.py). Answers are written first; the items commit then records, in its commit metadata, the
  answers version it belongs with, and readers (snapshot.py) read that pair, so they never see one table
  ahead of the other. Publishing is idempotent: a crash anywhere in it is repaired by publishing again.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from urllib.parse import unquote

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from deltalake import CommitProperties, DeltaTable, Field, Transaction, WriterProperties, write_deltalake
from deltalake.exceptions import DeltaError
from deltalake.transaction import AddAction

from enrich import EnrichError, faults
from enrich.store.layout import CURRENT, HISTORY, Layout
from enrich.store.schema import ANSWERS_SCHEMA, ITEMS_SCHEMA

WRITER_MEMORY = "256MB"  # DuckDB's share of the writer's memory; larger sorts and joins spill beside the tables
# delta-rs buffers a whole row group before writing it: 16,384 rows instead of its default halved a 660,000-item
# rewrite's peak memory (500 -> 240 MB more), and DuckDB reads row groups in parallel.
WRITER_PROPERTIES = WriterProperties(max_row_group_size=16_384)
# The current tables' row groups, as DuckDB writes them: up to 16 MB each (what a writing thread buffers), at most
# DuckDB's default rows. 16,384-row groups made the 4,000,000-row answers file 309 groups, and reading its footer
# cost a count(*) 62 ms against 44 ms for the same rows in DuckDB's own groups.
CURRENT_ROW_GROUP_ROWS, CURRENT_ROW_GROUP_BYTES = 122_880, "16MB"
ANSWERS_VERSION = "enrich.answers_version"  # items' commit metadata: the answers version readers pair with it
CONFIGURATION = {
    # How far back time travel reaches, and how long the log keeps its commits (enrich vacuum bounds the data).
    "delta.logRetentionDuration": "interval 7 days",
    "delta.deletedFileRetentionDuration": "interval 7 days",
}
SCHEMAS = {
    "items": ITEMS_SCHEMA,
    "items_history": ITEMS_SCHEMA,
    "answers": ANSWERS_SCHEMA,
    "answers_history": ANSWERS_SCHEMA,
    "catalog": pa.schema([("sku", pa.string())]),
}


def open_table(path: Path) -> DeltaTable:
    """The Delta table at `path`; one this deltalake cannot read is a one-line error, not a trace: written with a
    newer feature, or damaged (a log file cut short or emptied by hand: delta-rs adds a Rust backtrace)."""
    try:
        return DeltaTable(str(path))
    except (DeltaError, OSError) as exc:
        reason = (str(exc).splitlines() or [type(exc).__name__])[0]
        if any(word in reason.lower() for word in ("unsupported", "not supported", "reader version")):
            raise EnrichError(
                f"{path} was written with a Delta Lake feature this enrich cannot read ({reason}): it was written by a "
                "newer enrich or another Delta writer; upgrade enrich and its deltalake"
            ) from None
        raise DamagedTable(f"{path} cannot be read as a Delta table ({reason})") from None


class DamagedTable(EnrichError):
    """A table whose log, files or folder are damaged: `what` says which and why; the message adds the remedy for
    the output's own tables (the saved audits' have another, findings.py)."""

    def __init__(self, what: str):
        super().__init__(f"{what}: restore the output from a backup")
        self.what = what


class Tables:
    """Open (creating them when missing) the five tables of an output for writing."""

    def __init__(self, layout: Layout):
        self.layout = layout
        for name in CURRENT + HISTORY:
            path = layout.table(name)
            if not DeltaTable.is_deltatable(str(path)):
                empty = pa.Table.from_pylist([], schema=SCHEMAS[name])
                write_deltalake(str(path), empty, mode="append", configuration=CONFIGURATION)
        self._open: dict[str, DeltaTable] = {}

    def table(self, name: str) -> DeltaTable:
        if name not in self._open:
            self._open[name] = open_table(self.layout.table(name))
        return self._open[name]

    def extras_schema(self) -> pa.Schema:
        """The catalog columns the output has recorded, with their types."""
        schema = pa.schema(self.table("items_history").schema().to_arrow())
        return pa.schema([f for f in schema if f.name not in ITEMS_SCHEMA.names])

    def shard_committed(self, run_id: str, shard: int) -> bool:
        return self.table("items_history").transaction_version(_shard_txn(run_id, shard)) is not None

    def append_shards(self, run_id: str, shards: list[int], items: pa.Table, answers: pa.Table, flush: int = 0) -> None:
        """One flush of finished shards: answers, then items with a transaction per shard (the commit point).

        `flush` numbers the flushes of one process, for the fault points (faults.py).
        """
        shards = [s for s in shards if not self.shard_committed(run_id, s)]
        if not shards:
            return
        self._forget_orphan_answers(run_id, shards, items.column("sku"))
        history = self.table("answers_history")
        versions = [history.transaction_version(_answers_txn(run_id, s)) or 0 for s in shards]
        answers_txns = [Transaction(_answers_txn(run_id, s), v + 1) for s, v in zip(shards, versions)]
        self._append("answers_history", answers, answers_txns)
        faults.hit("after_answers", flush)
        self._append("items_history", items, [Transaction(_shard_txn(run_id, s), 1) for s in shards])
        faults.hit("after_items", flush)

    def _forget_orphan_answers(self, run_id: str, shards: list[int], skus: pa.ChunkedArray) -> None:
        """Answers a killed flush appended without its items: delete them before the shard is appended again."""
        history = self.table("answers_history")
        if all(history.transaction_version(_answers_txn(run_id, s)) is None for s in shards):
            return
        source = pa.table({"run_id": pa.array([run_id] * len(skus)), "sku": skus.combine_chunks()})
        history.merge(
            source, "t.run_id = s.run_id AND t.sku = s.sku", source_alias="s", target_alias="t"
        ).when_matched_delete().execute()

    def _append(self, name: str, rows: pa.Table, txns: list[Transaction]) -> None:
        properties = CommitProperties(app_transactions=txns)
        write_deltalake(
            self.table(name),
            rows,
            mode="append",
            schema_mode="merge",
            commit_properties=properties,
            writer_properties=WRITER_PROPERTIES,
        )

    def duckdb(self, views: dict[str, str]) -> duckdb.DuckDBPyConnection:
        """A DuckDB connection with `alias -> table` views over the tables' current files.

        Delta tables written by delta-rs carry no deletion vectors, so their current files are the table; read
        with read_parquet, DuckDB streams them (over a pyarrow dataset it held a whole table in memory).
        """
        con = duckdb.connect()
        con.execute("SET enable_progress_bar = false")  # drawn on stdout, even into a pipe
        con.execute(f"SET memory_limit = '{WRITER_MEMORY}'")
        con.execute("SET preserve_insertion_order = false")  # lets joins and sorts spill; order is set where it matters
        spill = str(self.layout.table(".spill")).replace("'", "''")
        con.execute(f"SET temp_directory = '{spill}'")  # beside the data, not in the cwd
        return self.add_views(con, views)

    def add_views(self, con: duckdb.DuckDBPyConnection, views: dict[str, str]) -> duckdb.DuckDBPyConnection:
        """`alias -> table` views over the tables' current files, added to a connection `duckdb` made."""
        for alias, name in views.items():
            files = [local_path(uri) for uri in self.table(name).file_uris()]
            if files:
                listed = ", ".join("'" + path.replace("'", "''") + "'" for path in files)
                con.execute(f"CREATE VIEW {alias} AS SELECT * FROM read_parquet([{listed}], union_by_name = true)")
            else:
                con.register(
                    f"empty_{alias}", pa.Table.from_pylist([], schema=pa.schema(self.table(name).schema().to_arrow()))
                )
                con.execute(f"CREATE VIEW {alias} AS SELECT * FROM empty_{alias}")
        return con

    def reload(self) -> None:
        self._open.clear()


def stream_into(table: DeltaTable, rows: duckdb.DuckDBPyRelation, mode: str, metadata: dict | None = None) -> None:
    """Write a DuckDB relation into a Delta table as one commit (`append` or `overwrite`), in bounded memory.

    write_deltalake collects a whole Arrow stream before it writes (300,000 item rows took 136 MB more than
    reading them), so DuckDB writes the Parquet file itself, streaming under its memory limit, and delta-rs
    commits it. A file no commit names (a kill in between) is never read, and `enrich vacuum` removes it. New
    columns (catalog columns added since) join the table's schema; the commit's stats carry the row count.
    """
    name = f"part-{uuid.uuid4()}-enrich.parquet"
    path = Path(local_path(table.table_uri)) / name
    rows.to_parquet(str(path), row_group_size=CURRENT_ROW_GROUP_ROWS, row_group_size_bytes=CURRENT_ROW_GROUP_BYTES)
    faults.hit("publish_file", path.parent.name)
    footer = pq.read_metadata(path)
    current = pa.schema(table.schema().to_arrow())
    # every column nullable: DuckDB writes a column that holds no NULL as required, and a Delta reader trusts the
    # table's schema (delta-rs counted no NULL in a catalog column a later night blanked, or refused to read it); an
    # overwrite also repairs a table written so before 2026-12-03
    added = [f.with_nullable(True) for f in footer.schema.to_arrow_schema() if f.name not in current.names]
    if added and mode == "append":  # an append commit keeps the table's schema as it is
        table.alter.add_columns([Field.from_arrow(f) for f in added])
    stats = json.dumps({"numRecords": footer.num_rows})
    action = AddAction(name, path.stat().st_size, {}, int(time.time() * 1000), True, stats)
    schema = pa.schema([f.with_nullable(True) for f in list(current) + added])
    table.create_write_transaction([action], mode, schema, commit_properties=CommitProperties(custom_metadata=metadata))


def local_path(uri: str) -> str:
    """The path on disk of a local table or file: delta-rs percent-encodes them (a space is %20)."""
    return unquote(uri.removeprefix("file://"))


def committed_shards(layout, run_id: str, shards: int) -> int:
    """How many of a run's shards are committed, read from the Delta log alone (no table is created or written):
    a killed run's manifest holds the count of its last manifest write, often 0."""
    path = layout.table("items_history")
    if not DeltaTable.is_deltatable(str(path)):
        return 0
    table = open_table(path)
    return sum(table.transaction_version(_shard_txn(run_id, shard)) is not None for shard in range(shards))


def _shard_txn(run_id: str, shard: int) -> str:
    return f"enrich:{run_id}:{shard}"


def _answers_txn(run_id: str, shard: int) -> str:
    return f"enrich:{run_id}:{shard}:answers"
