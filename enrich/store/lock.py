"""One writer per output folder: an advisory lock the kernel releases when its holder dies.

A lock left by a crash is detected (nobody holds the kernel lock) and taken over instead of blocking
forever; whatever the file says, even if it is unreadable, only describes that dead holder.
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import socket
from datetime import UTC, datetime
from pathlib import Path

from enrich import EnrichError
from enrich.store.layout import Layout

log = logging.getLogger(__name__)


class OutputLock:
    """Held for the whole run; `stale` holds the previous holder's description when it had crashed."""

    def __init__(self, out: str | Path, doing: str = "run"):
        self.path = Layout.of(out).lock
        self.doing = doing  # said in the lock: `enrich status` tells a run from compact, vacuum or audit --save
        self.stale: dict | None = None
        self._handle = None

    def __enter__(self) -> OutputLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b", buffering=0)  # unbuffered: a write a full disk refuses is not kept
        except OSError as exc:  # a file where the folder should be, a read-only or missing mount
            raise EnrichError(f"cannot write to the output folder {self.path.parent}: {exc.strerror}") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _describe(_read(handle))
            handle.close()
            raise EnrichError(
                f"another enrich run is writing to {self.path.parent} ({holder}); "
                "wait for it to finish, then run this command again"
            ) from None
        self.stale = _read(handle)
        handle.seek(0)
        handle.truncate()
        since = datetime.now(UTC).isoformat()
        holder = {"pid": os.getpid(), "host": socket.gethostname(), "since": since, "doing": self.doing}
        try:
            handle.write(json.dumps(holder).encode())
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                handle.close()
                raise
            # held all the same, its holder undescribed: on a full disk `enrich vacuum` is what frees space
            log.warning(f"the disk is full: {self.path} cannot say who holds it (status says 'pid ?')")
        self._handle = handle
        return self

    def __exit__(self, *exc) -> None:
        self._handle.seek(0)
        self._handle.truncate()  # a clean exit leaves an empty lock file: nothing stale
        fcntl.flock(self._handle, fcntl.LOCK_UN)
        self._handle.close()


def active_run(out: str | Path) -> dict | None:
    """Who holds the lock right now, or None."""
    path = Layout.of(out).lock
    if not path.exists():
        return None
    with open(path) as handle:  # read-only: an analyst's read-only copy of an output has its status too
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read(handle) or {"pid": "?"}
        fcntl.flock(handle, fcntl.LOCK_UN)
    return None


def _read(handle) -> dict | None:
    """The holder the file describes; None when empty. Unreadable content is described, never fatal."""
    handle.seek(0)
    text = handle.read()
    text = (text.decode("utf-8", "replace") if isinstance(text, bytes) else text).strip()
    if not text:
        return None
    try:
        holder = json.loads(text)
    except ValueError:
        holder = None
    return holder if isinstance(holder, dict) else {"unreadable": text[:80]}


def _describe(holder: dict | None) -> str:
    if not holder:
        return "holder unknown"
    if "unreadable" in holder:
        return "the lock file's content is unreadable"
    doing = f"enrich {holder['doing']}: " if holder.get("doing", "run") != "run" else ""  # a run or a reprocess
    return f"{doing}pid {holder.get('pid')} on {holder.get('host')}, since {holder.get('since')}"
