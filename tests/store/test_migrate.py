"""An output written by enrich before the Delta tables (tests/data/legacy-output, made by commit 2749b2d:
three nights over 11 items, one item deleted, one image changed, the third night killed after renaming a
shard's files and before its marker) reads the same after `enrich migrate`, however often it is killed."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from enrich import EnrichError
from enrich.cli import main
from enrich.sql import query
from enrich.store import Layout
from tests.reliability import run_cli

DATA = Path(__file__).parents[1] / "data"
QUERIES = {
    "items": "select sku, run_id, status, error_code, caption_en, title from items order by sku",
    "answers": "select sku, question_id, run_id, answer_en from answers order by sku, question_id",
    "items_history": "select run_id, sku from items_history order by run_id, sku",
    "answers_history_count": "select count(*) from answers_history",
    "catalog": "select sku from catalog order by sku",
    "runs": "select run_id, status, items from runs order by run_id",
}


@pytest.fixture
def legacy(tmp_path) -> Path:
    return Path(shutil.copytree(DATA / "legacy-output", tmp_path / "out"))


def as_written_before(out: Path) -> dict:
    return {name: [list(map(str, row)) for row in query(out, sql)[1]] for name, sql in QUERIES.items()}


def test_readers_ask_for_a_migration_of_a_legacy_output(legacy):
    with pytest.raises(EnrichError, match="enrich migrate"):
        query(legacy, "select 1")


def test_a_migrated_output_reads_as_it_did_and_a_second_migration_does_nothing(legacy):
    result = CliRunner().invoke(main, ["migrate", str(legacy)])
    assert result.exit_code == 0 and "migrated 4 shard(s) of 3 run(s)" in result.output, result.output
    assert as_written_before(legacy) == json.loads((DATA / "legacy-output-expected.json").read_text())
    assert not Layout.of(legacy).legacy_runs() and not list(legacy.glob("runs/*/*/part-*"))
    again = CliRunner().invoke(main, ["migrate", str(legacy)])
    assert again.exit_code == 0 and "nothing to migrate" in again.output
    # its killed third night has no plan to resume (made before plans were kept): nothing is pending
    from enrich.status import status_report

    killed = status_report(legacy)["runs"][-1]
    assert killed["status"] == "interrupted" and killed["shards_pending"] == 0, killed


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    "point", ["migrate:20261201T044359Z-de41ec:0", "migrate:published", "migrate:20261201T044441Z-00eb50:removing"]
)
def test_a_migration_killed_at_any_step_is_finished_by_running_it_again(legacy, point):
    killed = run_cli("migrate", legacy, faults=point)
    assert killed.returncode == -9, killed.stderr
    finished = run_cli("migrate", legacy)
    assert finished.returncode == 0, finished.stderr
    assert as_written_before(legacy) == json.loads((DATA / "legacy-output-expected.json").read_text())


def test_damaged_or_foreign_markers_are_left_out_with_a_notice(legacy, caplog):
    """A marker whose part is gone, a marker of another name or shape: FileNotFoundError, ValueError and
    AttributeError traces before, and a migration that stopped half way."""
    done = next(legacy.glob("runs/*/done"))
    (done / "part-final.json").write_text('{"items": 3}')
    (done / "part-00077.json").write_text("[1, 2]")
    (done / "part-00078.json").write_text('{"items": 3}')  # its part files are gone
    result = CliRunner().invoke(main, ["migrate", str(legacy)])
    assert result.exit_code == 0 and "migrated 4 shard(s) of 3 run(s)" in result.output, result.output
    assert "part-final.json is no commit marker" in caplog.text and "part-00077.json is no commit" in caplog.text
    assert "part-00078.json marks a shard whose files are gone" in caplog.text
    assert as_written_before(legacy) == json.loads((DATA / "legacy-output-expected.json").read_text())


def test_readers_refuse_an_output_whose_migration_was_killed_half_way(legacy):
    """Killed after its first shards went into the Delta tables (before the publish), an output read as one with no
    items: `enrich sql` counted 0, `enrich status` said "no items" and `enrich audit` passed, exit 0."""
    from enrich.store.migrate import _append_run
    from enrich.store.tables import Tables

    layout = Layout.of(legacy)
    _append_run(Tables(layout), layout.legacy_runs()[0])  # what a migration killed there leaves
    with pytest.raises(EnrichError, match=f"finish it with `enrich migrate {legacy}`"):
        query(legacy, "select count(*) from items")
    audit = CliRunner().invoke(main, ["audit", str(legacy), "--only", "coverage"])
    assert audit.exit_code == 1 and "enrich migrate" in audit.output, audit.output
    status = CliRunner().invoke(main, ["status", str(legacy)])
    assert status.exit_code == 1 and status.output.count("finish it with") == 1, status.output
    assert CliRunner().invoke(main, ["migrate", str(legacy)]).exit_code == 0
    assert as_written_before(legacy) == json.loads((DATA / "legacy-output-expected.json").read_text())
