"""Deterministic fault injection for the reliability tests; inert unless ENRICH_FAULTS is set.

ENRICH_FAULTS is a comma-separated list of `point:target`, for example
    after_rename:1        the driver SIGKILLs itself after renaming shard 1's files, before its marker
    kill_worker:SKU-7     the worker SIGKILLs itself whenever it is given the item SKU-7 (a poison item)
    kill_worker_once:SKU-7  the same, once per output folder (a marker file remembers it)
    stall_worker:SKU-7    the worker hangs on SKU-7 (for the stall watchdog)
Driver points: before_commit, after_temp, after_rename, after_marker, manifest.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path


def _faults() -> list[tuple[str, str]]:
    spec = os.environ.get("ENRICH_FAULTS", "")
    return [tuple(item.split(":", 1)) for item in spec.split(",") if ":" in item]  # type: ignore[misc]


def hit(point: str, target: object, once_dir: Path | None = None) -> None:
    """SIGKILL this process if `point:target` is armed; `_once` points fire one time per once_dir."""
    for armed_point, armed_target in _faults():
        if armed_target != str(target):
            continue
        if armed_point == point:
            os.kill(os.getpid(), signal.SIGKILL)
        if armed_point == f"stall_{point.split('_', 1)[-1]}":
            time.sleep(24 * 3600)
        if armed_point == f"{point}_once" and once_dir is not None:
            marker = once_dir / f".fault-{point}-{target}"
            if not marker.exists():
                marker.write_text("fired\n")
                os.kill(os.getpid(), signal.SIGKILL)
