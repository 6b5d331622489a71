"""What an output folder holds right now, for `enrich status`: runs, shards, errors, the active run."""

from __future__ import annotations

import logging
from pathlib import Path

from enrich import EnrichError
from enrich.store import Layout, active_run, manifests
from enrich.store.tables import committed_shards

log = logging.getLogger(__name__)


def status_report(out: str | Path) -> dict:
    """Runs, shards done and pending, errors by reason, throughput, and whether a run is active now."""
    from enrich.sql import query
    from enrich.views import refuse_unreadable

    refuse_unreadable(Layout.of(out), out)  # said once, not first as a warning that the runs' counts are lacking
    runs, active, found = [], active_run(out), manifests(Layout.of(out))
    # the runs view's counts: a killed run's manifest holds those of its last write, the view counts its rows
    counts = _counted_runs(out) if found else {}  # (no run: nothing to count, and no output says so once, below)
    for manifest in found:
        items, updated = counts.get(manifest["run_id"], (manifest.get("items_done"), manifest.get("metadata_updated")))
        plan = manifest.get("plan") or {}
        newest = manifest is found[-1]
        status = _status(manifest, newest, active)
        done = manifest.get("shards_done") or 0
        # a killed run's manifest holds the count of its last write (often 0): the Delta log says what landed,
        # superseded runs too (a reprocess superseded after its every shard landed needs no second go)
        if status in ("interrupted", "superseded", "failed") and isinstance(plan.get("shards"), int):
            done = max(done, committed_shards(Layout.of(out), manifest["run_id"], plan["shards"]))
        runs.append(
            {
                "run_id": manifest["run_id"],
                "status": status,
                "started_at": manifest.get("started_at"),
                "finished_at": manifest.get("finished_at"),
                "shards_done": done,
                # what the same command would still do: only the newest unfinished run is resumed
                "shards_pending": _pending(out, manifest, done) if newest and status != "finished" else 0,
                "items_planned": plan.get("items"),
                "items_processed": items,
                "items_updated": updated,  # catalog columns only, without the model
                "items_unreachable": manifest.get("unreachable"),  # images not fetched, results kept
                "items_per_s": manifest.get("items_per_s"),
                "error": manifest.get("error"),
            }
        )
    _, errors = query(
        out, "SELECT coalesce(error_code, 'ok') AS reason, count(*) FROM items GROUP BY 1 ORDER BY 2 DESC"
    )
    return {"out": str(out), "active": active, "runs": runs, "latest_items_by_status": dict(errors)}


def _pending(out, manifest: dict, done: int) -> int:
    """The shards the same command would still do: none without the plan it resumes from (an output migrated from
    before plans were kept: its killed run said "1 pending" for ever)."""
    if not Layout.of(out).plan(manifest["run_id"]).exists():
        return 0
    return max(0, (manifest.get("plan") or {}).get("shards", 0) - done)


def _counted_runs(out) -> dict:
    """run_id -> (items, catalog-only updates) as the runs view counts them; {} (the manifests' counts) when the
    history cannot be read (a file missing, a vacuum under way): status is what an operator runs then."""
    from enrich.sql import query

    try:
        _, counted = query(out, "SELECT run_id, items, metadata_updated FROM runs")
    except EnrichError as exc:
        log.warning(f"run counts from the manifests only: {exc}")
        return {}
    return {run_id: (items, updated) for run_id, items, updated in counted}


def _status(manifest: dict, newest: bool, active: dict | None) -> str | None:
    """A manifest left `running` by a killed run says so for good: such a run is `interrupted` while it is the
    newest (the same command resumes it) and `superseded` once another run came after it (which published what it
    committed; it is never resumed)."""
    status = manifest.get("status")
    # a lock held by compact, vacuum or audit --save says nothing of the run (a lock without "doing" is a run's)
    running = newest and active and active.get("doing", "run") == "run"
    if status != "running" or running:
        return status
    return "interrupted" if newest else "superseded"
