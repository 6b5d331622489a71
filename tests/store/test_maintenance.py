"""Compaction and vacuum: few files per table, nothing lost or doubled, even when killed."""

import pyarrow as pa
import pytest
from click.testing import CliRunner
from deltalake import DeltaTable

from enrich.cli import main
from enrich.sql import query
from enrich.store import Layout
from tests.reliability import run_cli
from tests.results import commit_run, ok_result

TABLES = ("items", "answers", "items_history", "answers_history")
CONTENT = {
    "items": "select sku, run_id, caption_en from items order by sku",
    "answers": "select sku, run_id, question_id, answer_en from answers order by sku, question_id",
    "items_history": "select run_id, sku from items_history order by run_id, sku",
    "answers_history": "select run_id, sku, question_id from answers_history order by run_id, sku, question_id",
}


@pytest.fixture
def nights(tmp_path):
    """Six nights, each touching a few of 12 skus: many small files in every table."""
    for night in range(6):
        skus = [f"s{(night * 5 + k) % 12}" for k in range(5)]
        results = [ok_result(sku, n, color=("red", "blue")[night % 2]) for n, sku in enumerate(skus)]
        commit_run(tmp_path, f"r{night}", results, pa.table({"title": [f"t{n}" for n in range(5)]}))
    return tmp_path


def files(out) -> dict[str, int]:
    return {name: len(DeltaTable(str(Layout.of(out).table(name))).file_uris()) for name in TABLES}


def content(out) -> dict:
    return {name: query(out, sql)[1] for name, sql in CONTENT.items()}


def test_compact_leaves_one_file_per_table_and_the_same_rows(nights):
    before, rows = files(nights), content(nights)
    assert before["items_history"] > 1 and before["answers_history"] > 1, before  # one file per flush
    result = CliRunner().invoke(main, ["compact", str(nights), "--max-files", "1"])
    assert result.exit_code == 0 and "files merged" in result.output, result.output
    assert all(count == 1 for count in files(nights).values()) and content(nights) == rows


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.parametrize("point", ["compact:items_history", "compact:answers_history"])
def test_a_compaction_killed_mid_way_loses_and_doubles_nothing(nights, point):
    rows = content(nights)
    killed = run_cli("compact", nights, "--max-files", "1", faults=point)
    assert killed.returncode == -9, killed.stderr
    assert content(nights) == rows
    finished = run_cli("compact", nights, "--max-files", "1")
    assert finished.returncode == 0 and content(nights) == rows and set(files(nights).values()) == {1}


def test_vacuum_removes_old_history_but_never_a_current_result(nights):
    current = query(nights, CONTENT["items"])[1]
    result = CliRunner().invoke(main, ["vacuum", str(nights), "--keep-days", "0"])
    assert result.exit_code == 0 and "item row(s) of history with their answers" in result.output, result.output
    assert query(nights, CONTENT["items"])[1] == current
    history = query(nights, "select run_id, sku from items_history order by sku")[1]
    assert history == [(run_id, sku) for sku, run_id, _ in current]  # only what is current is left
    assert query(nights, "select count(*) from answers_history")[1] == query(nights, "select count(*) from answers")[1]


def test_vacuum_keeps_the_last_result_of_an_item_the_catalog_dropped_unless_told_to_forget_it(nights):
    """A product delisted for a week lost its whole history to the weekly vacuum when its result was older than the
    window, and listed again went back to the model (the seventh adversarial pass)."""
    current = [sku for (sku,) in query(nights, "select sku from items order by sku")[1]]
    commit_run(nights, "r6", [ok_result("s0", 0)], pa.table({"title": ["t0"]}), catalog=["s0"])  # the rest dropped
    last = query(nights, "select sku, max(run_id) from items_history where sku <> 's0' group by 1 order by 1")[1]
    assert CliRunner().invoke(main, ["vacuum", str(nights), "--keep-days", "0"]).exit_code == 0
    kept = query(nights, "select sku, run_id from items_history where sku <> 's0' order by 1")[1]
    assert kept == last and len(kept) == len(current) - 1  # each delisted item's last result, nothing older
    answered = "select count(distinct (run_id, sku)) from answers_history where sku <> 's0'"
    assert query(nights, answered)[1] == [(len(kept),)]
    forgot = CliRunner().invoke(main, ["vacuum", str(nights), "--keep-days", "0", "--forget-delisted"])
    assert forgot.exit_code == 0 and f"removed {len(kept)} item row(s)" in forgot.output, forgot.output
    assert query(nights, "select distinct sku from items_history")[1] == [("s0",)]


@pytest.mark.parametrize("command", [["compact", "--max-files", "1"], ["vacuum", "--keep-days", "0"]])
def test_a_full_disk_during_maintenance_is_one_line_and_the_tables_stay_readable(nights, monkeypatch, command):
    """deltalake's "No space left on device" from create_checkpoint came out as a Rust error's traceback."""
    from deltalake import DeltaTable as Table

    rows = content(nights)

    def full(*args, **kwargs):
        raise OSError("Generic LocalFileSystem error: No space left on device (os error 28)")

    monkeypatch.setattr(Table, "create_checkpoint", full)
    result = CliRunner().invoke(main, [command[0], str(nights), *command[1:]])
    assert result.exit_code == 1 and "the disk is full" in result.output and "Traceback" not in result.output
    now = content(nights)  # every table reads; vacuum's deletes of old history may have been committed before
    assert (now["items"], now["answers"]) == (rows["items"], rows["answers"])


def test_a_vacuum_stopped_between_its_two_deletes_never_leaves_an_item_row_without_its_answers(nights, monkeypatch):
    """It deleted the answers first: a kill between left ok item rows without answers, from which an item back in the
    catalog was restored with none."""
    from deltalake import DeltaTable

    real = DeltaTable.merge
    calls = []

    def merge_then_stop(self, *args, **kwargs):
        calls.append(self.table_uri)
        if len(calls) == 2:
            raise KeyboardInterrupt  # killed before the second delete
        return real(self, *args, **kwargs)

    monkeypatch.setattr(DeltaTable, "merge", merge_then_stop)
    from enrich.store import maintenance, writer

    with pytest.raises(KeyboardInterrupt):
        maintenance.vacuum(writer.open_output(Layout.of(nights)), 0)
    monkeypatch.undo()
    assert calls[0].rstrip("/").endswith("items_history")
    orphans = (
        "select count(*) from items_history i anti join answers_history a using (run_id, sku) where i.status = 'ok'"
    )
    assert query(nights, orphans)[1] == [(0,)]


def test_vacuum_promises_no_time_travel_past_the_days_the_logs_keep(nights):
    """`--keep-days 90` said "keep history and time travel for this many days", but every compaction cleans the logs
    of versions older than the tables' log retention (7 days): no version older than that can be read, whatever N."""
    from deltalake import DeltaTable

    from enrich.store.tables import CONFIGURATION

    days = int(CONFIGURATION["delta.logRetentionDuration"].split()[1])
    table = DeltaTable(str(Layout.of(nights).table("items")))
    assert table.metadata().configuration["delta.logRetentionDuration"] == f"interval {days} days"
    shown = CliRunner().invoke(main, ["vacuum", "--help"], terminal_width=200).output
    assert f"time travel for as many ({days} at most" in " ".join(shown.split()), shown


def aged(out, days: float) -> None:
    """Every commit, tombstone and file of the output made `days` older, as if written that long ago (the
    checkpoints made again from the aged logs, as the run that wrote the last commit made its own)."""
    import os
    import re

    shift = int(days * 86400)
    for checkpoint in [*out.glob("tables/*/_delta_log/*.checkpoint.parquet"), *out.glob("tables/*/_delta_log/_last_*")]:
        checkpoint.unlink()
    stamp = re.compile(r'"(timestamp|deletionTimestamp|modificationTime)":(\d+)')
    for log in out.glob("tables/*/_delta_log/*.json"):
        log.write_text(stamp.sub(lambda m: f'"{m[1]}":{int(m[2]) - shift * 1000}', log.read_text()))
    for path in (p for p in out.glob("tables/**/*") if p.is_file()):
        os.utime(path, (path.stat().st_atime - shift, path.stat().st_mtime - shift))
    for log in out.glob("tables/*/_delta_log"):
        DeltaTable(str(log.parent)).create_checkpoint()


def test_vacuum_keeps_no_file_that_only_versions_past_the_logs_retention_needed(nights):
    """A weekly `vacuum --keep-days 90` kept every file of the last 90 days' versions, but the logs keep 7 days of
    versions: older ones cannot be read, yet their files stayed, each night that changed anything a whole copy of
    the current tables (they are rewritten), 90 of them on disk for one read."""
    aged(nights, 10)
    assert CliRunner().invoke(main, ["vacuum", str(nights), "--keep-days", "90"]).exit_code == 0
    for name in ("items", "answers"):
        table = DeltaTable(str(Layout.of(nights).table(name)))
        live = {uri.removeprefix("file://") for uri in table.file_uris()}
        on_disk = {str(p) for p in Layout.of(nights).table(name).glob("*.parquet")}
        assert on_disk == live, f"{name}: {len(on_disk - live)} file(s) no readable version needs"
        with pytest.raises(Exception, match="log segment|not found|No files|Invalid"):  # such versions are gone
            DeltaTable(str(Layout.of(nights).table(name)), version=1)


def test_vacuum_on_a_full_disk_still_removes_the_files_no_version_needs(nights, monkeypatch):
    """On a full disk the runbook says to run `enrich vacuum`, but its first step (deleting old history rows) writes
    files: it failed there with "the disk is full", before removing any file, so it freed nothing, ever."""
    dead = {name: _dead_files(nights, name) for name in ("items", "answers")}
    assert all(dead.values()), dead  # copies of the current tables that earlier versions held

    def full(*args, **kwargs):
        raise OSError("Generic LocalFileSystem error: No space left on device (os error 28)")

    monkeypatch.setattr(DeltaTable, "merge", full)
    result = CliRunner().invoke(main, ["vacuum", str(nights), "--keep-days", "0"])  # old history rows to delete
    assert result.exit_code == 1 and "the disk is full" in result.output, result.output
    assert {name: _dead_files(nights, name) for name in dead} == {"items": set(), "answers": set()}


def _dead_files(out, name: str) -> set[str]:
    live = {uri.removeprefix("file://") for uri in DeltaTable(str(Layout.of(out).table(name))).file_uris()}
    return {str(p) for p in Layout.of(out).table(name).glob("*.parquet")} - live


def test_vacuum_on_a_full_disk_removes_the_files_though_its_own_commit_cannot_be_written(nights, monkeypatch):
    """delta-rs commits VACUUM START to the log before it removes a file: on a full disk (a real 8 MB tmpfs filled to
    100%) that write failed too, `table.vacuum` raised, and vacuum still freed nothing. Only its dry run (no commit)
    works there."""
    dead = {name: _dead_files(nights, name) for name in ("items", "answers")}
    assert all(dead.values()), dead
    real_vacuum = DeltaTable.vacuum

    def full_disk(self, *args, dry_run=True, **kwargs):
        if not dry_run:  # the commit is written first
            raise OSError("Generic LocalFileSystem error: Unable to copy data to file: No space left on device (os 28)")
        return real_vacuum(self, *args, dry_run=True, **kwargs)

    def full(*args, **kwargs):
        raise OSError("Generic LocalFileSystem error: No space left on device (os error 28)")

    monkeypatch.setattr(DeltaTable, "merge", full)
    monkeypatch.setattr(DeltaTable, "vacuum", full_disk)
    result = CliRunner().invoke(main, ["vacuum", str(nights), "--keep-days", "0"])
    assert result.exit_code == 1 and "the disk is full" in result.output, result.output
    assert {name: _dead_files(nights, name) for name in dead} == {"items": set(), "answers": set()}
    monkeypatch.undo()
    rows = content(nights)
    assert CliRunner().invoke(main, ["vacuum", str(nights), "--keep-days", "0"]).exit_code == 0  # space again
    assert content(nights) != {} and all(DeltaTable(str(Layout.of(nights).table(n))).file_uris() for n in TABLES)
    assert rows["items"] == content(nights)["items"]
