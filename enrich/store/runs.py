"""Run records: ids, manifests and plans, written atomically; and finding the run to resume.

A manifest is small JSON a person can read: the resolved config, code version, fingerprints, questionnaire,
catalog, counts and timings. A plan is the run's work list, fixed at its start, so that a resumed run redoes
exactly the shards it had not committed, whatever changed in the tables since.
"""

from __future__ import annotations

import dataclasses
import fcntl
import json
import logging
import os
import re
import secrets
import stat
import sys
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from enrich import EnrichError, __version__, faults
from enrich.store.layout import Layout

log = logging.getLogger(__name__)

PLAN_SCHEMA = pa.schema(
    [
        ("sku", pa.string()),
        ("row", pa.int64()),  # the item's row in the catalog the run read
        ("shard", pa.int32()),
        ("action", pa.string()),  # 'model': read (and, unless unchanged, enrich) it; 'metadata': catalog columns only
        ("known_sha256", pa.string()),  # the image hash of its current result: same bytes are not enriched again
        ("known_stamp", pa.string()),  # a remote image's validator in it: same bytes are not fetched again
        ("known_uri", pa.string()),  # the image location of its current result: only there is an outage no verdict
        ("stamp", pa.string()),  # size and mtime of a local image at planning time
        ("refresh", pa.string()),  # 'catalog' or 'pixels': same bytes are refreshed, not skipped (CatalogRow)
        ("answered_garment", pa.string()),  # the stored garment answer, for 'pixels'
        # the run whose history row restores a current item made with other inputs (returning.py); absent from plans
        # written before 2026-12-05
        ("restore_from", pa.string()),
    ]
)


def new_run_id(layout: Layout | None = None) -> str:
    """A new run's id, `YYYYMMDDTHHMMSSZ-xxxxxx`. Ids sort by start time only to the second, and the newest run is
    the greatest id (resuming, `drift`): a run starting in the same second as the newest recorded one waits for the
    next second, rather than let its random suffix order it."""
    newest = layout.manifests()[-1].parent.name if layout and layout.manifests() else ""
    while True:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        if not newest.startswith(stamp):
            return f"{stamp}-{secrets.token_hex(3)}"
        time.sleep(0.05)


def write_manifest(layout: Layout, manifest: dict) -> None:
    text = json.dumps(manifest, indent=2, sort_keys=True, default=str)
    path = layout.manifest(manifest["run_id"])
    atomic_write(path, lambda temp: temp.write_text(text, encoding="utf-8"))
    faults.hit("manifest", manifest.get("status"))


def manifests(layout: Layout) -> list[dict]:
    """Every readable run manifest, oldest first."""
    found = []
    for path in layout.manifests():
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:  # written atomically: a foreign or damaged file (a bad copy, a disk)
            log.warning(f"{path} is unreadable ({exc}): its run is left out of status, runs and reprocess")
            continue
        if isinstance(manifest, dict) and "run_id" in manifest:
            found.append(manifest)
        else:
            log.warning(f"{path} is no run manifest: its run is left out of status, runs and reprocess")
    return found


def resumable_run(layout: Layout, resume_key: str) -> str | None:
    """The newest run, when it is an unfinished run of exactly this job that got as far as writing its plan.

    Only the newest: a killed run resumed after another run (another catalog, a reprocess) finished a plan made
    before that run's results, and wrote results that contradicted the catalog just run. Not resumed, its committed
    shards are still published by the next run, which plans afresh."""
    newest = manifests(layout)[-1:]
    for manifest in newest:
        if manifest.get("resume_key") == resume_key and manifest.get("status") != "finished":
            return manifest["run_id"] if layout.plan(manifest["run_id"]).exists() else None
    return None


CLOCK_AHEAD_LIMIT = timedelta(days=1)  # a newest run further ahead than this: its clock was wrong, not ours


def refuse_a_clock_behind(layout: Layout) -> None:
    """The newest result of an item wins by its processed_at: on a machine whose clock is behind the output's newest
    run (its start or its end), a run's results never replaced the ones they were meant to, and the model ran again
    every night."""
    times = [_utc(m.get(key)) for m in manifests(layout) for key in ("started_at", "finished_at")]
    newest = max((t for t in times if t is not None), default=None)
    now = datetime.now(UTC)
    if newest is not None and now + CLOCK_AHEAD_LIMIT < newest:  # that run's machine was ahead, not this one behind
        log.warning(
            f"this output's newest run is dated {newest.isoformat(timespec='seconds')}, over a day after this "
            f"machine's clock ({now.isoformat(timespec='seconds')}): its machine's clock was ahead, and the results "
            "it wrote win over newer ones until then (reprocess those items once that time has passed)"
        )
    elif newest is not None and now < newest:
        raise EnrichError(
            f"this machine's clock ({now.isoformat(timespec='seconds')}) is behind this output's newest run "
            f"({newest.isoformat(timespec='seconds')}), so results written now would not replace older ones. Set the "
            "clock right (NTP) and run again"
        )


def _utc(text) -> datetime | None:
    """A recorded time (a time without a zone is UTC, as enrich writes them), or None for anything else."""
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def write_plan(layout: Layout, run_id: str, plan: pa.Table) -> None:
    atomic_write(layout.plan(run_id), lambda temp: pq.write_table(plan.cast(PLAN_SCHEMA), temp))


def read_plan(layout: Layout, run_id: str) -> pa.Table:
    plan = pq.read_table(layout.plan(run_id))
    for field in PLAN_SCHEMA:  # a plan an older version wrote, resumed by this one: its later columns empty
        if field.name not in plan.column_names:
            plan = plan.append_column(field, pa.nulls(plan.num_rows, field.type))
    return plan.select(PLAN_SCHEMA.names).cast(PLAN_SCHEMA)


def replace_text(path: str | Path, text: str | Iterable[str]) -> Path:
    """A file the user names (a review page, a baseline) replaced whole or not at all: a full disk never leaves it
    empty. Through a symlink (the page a link points to is replaced, not the link); a device or a pipe
    (`/dev/stdout`) is written as it is, since nothing can be renamed over it. `text` may come in pieces (a large
    page, written as it is made)."""
    pieces = [text] if isinstance(text, str) else text
    descriptor = _open_descriptor(str(path))
    if descriptor is not None:
        _write_to_descriptor(descriptor, pieces)
    # a device or a pipe decided on the name as given (stat follows its links): /dev/stdout on a pipe resolves to
    # /proc/PID/fd/pipe:[N], a name no file has, where a temp file cannot be made
    elif Path(path).exists() and not Path(path).is_file():
        _write_pieces(Path(path), pieces)
    else:
        atomic_write(Path(path).resolve(), lambda temp: _write_pieces(temp, pieces))
    return Path(path)


def _open_descriptor(name: str) -> int | None:
    """The descriptor a name for one of this process's own (`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`) is, when
    it is open on a regular file: `--html /dev/stdout > page.html`. Renamed over, that file was replaced and what else
    the command printed went to the old one; opened anew, it would be truncated under the shell's offset."""
    found = re.fullmatch(r"/dev/(stdout|stderr)|/(?:dev|proc/self)/fd/(\d+)", name)
    if not found:
        return None
    descriptor = {"stdout": 1, "stderr": 2}.get(found.group(1)) if found.group(1) else int(found.group(2))
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None
        writable = (fcntl.fcntl(descriptor, fcntl.F_GETFL) & os.O_ACCMODE) in (os.O_WRONLY, os.O_RDWR)
    except (OSError, OverflowError):  # not open here, or no such number
        return None
    if not writable:
        raise EnrichError(f"cannot write to {name}: this process has it open for reading only (name a file instead)")
    return descriptor


def _write_to_descriptor(descriptor: int, pieces: Iterable[str]) -> None:
    """Written where the descriptor stands, after what Python's own streams hold."""
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    for piece in pieces:
        data = piece.encode("utf-8")
        while data:
            data = data[os.write(descriptor, data) :]


def _write_pieces(path: Path, pieces: Iterable[str]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for piece in pieces:
            handle.write(piece)


def atomic_write(final: Path, write) -> None:
    """Temp file, fsync, (Parquet: footer read back), rename, fsync the folder: all or nothing, even on power loss."""
    final.parent.mkdir(parents=True, exist_ok=True)
    temp = final.with_name(f".{final.name}.tmp-{os.getpid()}")
    try:
        write(temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        if final.suffix == ".parquet":
            pq.read_metadata(temp)
        os.replace(temp, final)
    finally:
        temp.unlink(missing_ok=True)
    directory = os.open(final.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def manifest_header(run, config, questionnaire, catalog, resume_key: str, reprocess: bool = False) -> dict:
    return {
        "run_id": run.run_id,
        "status": "running",
        "reprocess": reprocess,  # a subset chosen by `enrich reprocess`: its overrides are not the job's
        "resume_key": resume_key,
        "enrich_version": __version__,
        "code_version": code_version(),
        "started_at": datetime.now(UTC).isoformat(),
        "config": dataclasses.asdict(config),
        "fingerprints": {
            "model": run.model_fingerprint,
            "adapter": run.adapter_fingerprint,
            "translator": run.translator_fingerprint,
        },
        "questionnaire": {
            "path": config.questionnaire,
            "name": questionnaire.name,
            "version": questionnaire.version,
            "sha256": questionnaire.sha256,
            "asked_sha256": questionnaire.asked_sha256,  # what the model sees (questionnaire.py): relabel.py
            "model_sha256": questionnaire.model_sha256,  # the same with the garment's aliases, for older readers
        },
        "catalog": {"path": str(catalog.source), "items": len(catalog.rows), "sha256": catalog.checksum},
    }


def same_model_questionnaires(layout: Layout, questionnaire) -> list[str]:
    """The questionnaires (their sha256) of recorded runs that asked the model what `questionnaire` asks, this one
    included: their answers are read again through it instead of running the model (relabel.py). Runs recorded
    before 2026-12-05 did not record what their model saw: their items go through the model after any edit. Runs
    that recorded `model_sha256` but no `asked_sha256` (2026-12-05) counted the garment question's aliases in it: an
    edit of those aliases sends their items through the model once."""
    same = {questionnaire.sha256}
    for manifest in manifests(layout):
        recorded = manifest.get("questionnaire")
        if not isinstance(recorded, dict):
            continue
        if "asked_sha256" in recorded:
            if recorded["asked_sha256"] == questionnaire.asked_sha256:
                same.add(recorded.get("sha256"))
        elif recorded.get("model_sha256") == questionnaire.model_sha256:
            same.add(recorded.get("sha256"))
    return sorted(s for s in same if isinstance(s, str))


def code_version() -> str:
    """The package version, plus the git commit when running from a checkout."""
    head = Path(__file__).resolve().parents[2] / ".git" / "HEAD"
    try:
        ref = head.read_text().strip()
        if ref.startswith("ref: "):
            ref = (head.parent / ref[5:]).read_text().strip()
        return f"{__version__}+{ref[:12]}"
    except OSError:
        return __version__


def remove_plan(layout: Layout, run_id: str) -> None:
    """A finished run needs its plan no more (only a resume reads it)."""
    layout.plan(run_id).unlink(missing_ok=True)


def remove_other_plans(layout: Layout, run_id: str) -> None:
    """Only the newest run can resume (resumable_run): once another starts, the plans of killed and failed runs are
    never read again, and a year of such nights kept a plan of the catalog's changes for each."""
    for manifest in manifests(layout):
        if manifest["run_id"] != run_id:
            remove_plan(layout, manifest["run_id"])
