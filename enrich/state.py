"""What an output folder already holds, and who is writing to it.

- One run at a time per folder: an advisory lock the kernel releases when its holder dies, so a lock left
  by a crash is detected (its content names the dead holder) and taken over instead of blocking forever.
- A run that did not finish resumes under its own run id when the same command runs again (same resume
  key): its committed shards are skipped, the others are redone.
- Incremental runs skip an item whose latest committed result has the same image bytes, model, adapter
  and questionnaire.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path

from enrich import EnrichError
from enrich.records import MISSING

LOCK_NAME = ".enrich.lock"


class OutputLock:
    """Held for the whole run; `stale` holds the previous holder's description when it had crashed."""

    def __init__(self, out: Path):
        self.path = out / LOCK_NAME
        self.stale: dict | None = None
        self._handle = None

    def __enter__(self) -> OutputLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _describe(handle)
            handle.close()
            raise EnrichError(
                f"another enrich run is writing to {self.path.parent} ({holder}); "
                "wait for it to finish, or point --out elsewhere"
            ) from None
        handle.seek(0)
        previous = handle.read().strip()
        self.stale = json.loads(previous) if previous else None
        handle.seek(0)
        handle.truncate()
        handle.write(
            json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now(UTC).isoformat()})
        )
        handle.flush()
        self._handle = handle
        return self

    def __exit__(self, *exc) -> None:
        self._handle.seek(0)
        self._handle.truncate()  # a clean exit leaves an empty lock file: nothing stale
        self._handle.flush()
        fcntl.flock(self._handle, fcntl.LOCK_UN)
        self._handle.close()


def active_run(out: Path) -> dict | None:
    """Who holds the lock right now, or None."""
    path = out / LOCK_NAME
    if not path.exists():
        return None
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            text = handle.read().strip()
            return json.loads(text) if text else {"pid": "?"}
        fcntl.flock(handle, fcntl.LOCK_UN)
    return None


def _describe(handle) -> str:
    handle.seek(0)
    text = handle.read().strip()
    if not text:
        return "holder unknown"
    holder = json.loads(text)
    return f"pid {holder.get('pid')} on {holder.get('host')}, since {holder.get('since')}"


def manifests(out: Path) -> list[dict]:
    """Every readable run manifest, oldest first."""
    found = []
    for path in sorted((out / "runs").glob("*/manifest.json")):
        try:
            found.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError):
            continue  # written atomically, so only a foreign file can be unreadable
    return found


def resumable_run(out: Path, resume_key: str) -> str | None:
    """The newest unfinished run of exactly this job, if any."""
    for manifest in reversed(manifests(out)):
        if manifest.get("resume_key") == resume_key and manifest.get("status") != "finished":
            return manifest["run_id"]
    return None


def done_shards(run_dir: Path) -> set[int]:
    return {int(p.stem.split("-")[1]) for p in (run_dir / "done").glob("part-*.json")}


def skip_keys(out: Path, model_fp: str, adapter_fp: str | None, questionnaire_sha256: str) -> dict[str, str]:
    """sku -> image sha256 of its latest committed result made by this model, adapter and questionnaire.

    An item whose image was missing maps to records.MISSING: it stays skipped while the file stays missing.
    """
    if not (out / "runs").is_dir():
        return {}
    from enrich.sql import connect

    con = connect(out)
    rows = con.execute(
        "SELECT sku, coalesce(image_sha256, $missing) FROM items "
        "WHERE (image_sha256 IS NOT NULL OR error_code = 'missing_file') AND model_fingerprint = $m "
        "AND adapter_fingerprint IS NOT DISTINCT FROM $a AND questionnaire_sha256 = $q",
        {"m": model_fp, "a": adapter_fp, "q": questionnaire_sha256, "missing": MISSING},
    ).fetchall()
    return dict(rows)


def status_report(out: Path) -> dict:
    """Runs, shards done and pending, errors by reason, throughput, and whether a run is active now."""
    from enrich.sql import query

    runs = []
    for manifest in manifests(out):
        plan = manifest.get("plan", {}).get("shards", 0)
        done = len(done_shards(out / "runs" / manifest["run_id"]))
        runs.append(
            {
                "run_id": manifest["run_id"],
                "status": manifest.get("status"),
                "started_at": manifest.get("started_at"),
                "finished_at": manifest.get("finished_at"),
                "shards_done": done,
                "shards_pending": max(0, plan - done),
                "items_processed": manifest.get("items_done"),
                "items_per_s": manifest.get("items_per_s"),
                "error": manifest.get("error"),
            }
        )
    _, errors = query(
        out, "SELECT coalesce(error_code, 'ok') AS reason, count(*) FROM items GROUP BY 1 ORDER BY 2 DESC"
    )
    return {"out": str(out), "active": active_run(out), "runs": runs, "latest_items_by_status": dict(errors)}
