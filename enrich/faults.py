"""Deterministic fault injection for the reliability tests; inert unless ENRICH_FAULTS is set.

ENRICH_FAULTS is a comma-separated list of `point:target`, for example
    after_answers:0       the driver SIGKILLs itself after its first flush appended answers, before the items
    kill_worker:SKU-7     the worker SIGKILLs itself whenever it is given the item SKU-7 (a poison item)
    kill_worker_once:SKU-7  the same, once per output folder (a marker file remembers it)
    stall_worker:SKU-7    the worker hangs on SKU-7 (for the stall watchdog)
    stall_decode:SKU-7    the decode task hangs reading SKU-7's image (kill_decode:SKU-7 kills it)
Driver points (N: the flush's number in this process): before_commit:N, after_answers:N, after_items:N;
publish_file:TABLE (a current table's new file written, not yet committed), publish:answers (between the two
commits), publish:deleted_answers, compact:start, compact:TABLE,
manifest:STATUS (after writing a manifest with that status), migrate:RUN:PART, migrate:published,
migrate:RUN:removing.
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
