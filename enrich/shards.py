"""A run's plan read shard by shard (Work), the shards it sends to the model, made as they are needed, and their
results committed back in flushes."""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import replace

import pyarrow as pa

from enrich.fetch import image_uri
from enrich.job import Job
from enrich.plan_regions import seller_garments
from enrich.records import UNCHANGED, UNREACHABLE, Known
from enrich.store import writer

FLUSH_ITEMS = 4096  # and at most this many items: a flush is one Arrow table per Delta table in memory


class Work:
    """A plan cut into its shards: zero-copy slices of the plan table, never a Python object per item."""

    def __init__(self, plan: pa.Table):
        # sorted here too: a run planned before 2026-12-03 stored its plan in catalog order (a shard's rows in
        # pieces), and a resume reads it back
        self.plan = plan = plan.sort_by([("shard", "ascending"), ("row", "ascending")])
        shards = plan.column("shard").to_pylist()
        actions = plan.column("action")
        self.slices: dict[int, tuple[int, int]] = {}
        self.actions: dict[int, str] = {}
        start = 0
        for end in range(1, len(shards) + 1):
            if end == len(shards) or shards[end] != shards[start]:
                self.slices[shards[start]] = (start, end - start)
                self.actions[shards[start]] = actions[start].as_py()
                start = end

    def shards(self, action: str) -> list[int]:
        return [shard for shard, kind in self.actions.items() if kind == action]

    def rows(self, shard: int) -> pa.Table:
        return self.plan.slice(*self.slices[shard])

    def stamps(self, shard: int) -> dict[str, str]:
        rows = self.rows(shard)
        return {s: t for s, t in zip(rows.column("sku").to_pylist(), rows.column("stamp").to_pylist()) if t}

    def refreshes(self, shard: int) -> dict[str, tuple[str, str | None]]:
        """sku -> (refresh, answered garment) of the shard's items whose catalog columns changed (CatalogRow)."""
        rows = self.rows(shard)
        if "refresh" not in rows.column_names:  # a plan stored before refreshes: its items go to the model
            return {}
        columns = (rows.column(n).to_pylist() for n in ("sku", "refresh", "answered_garment"))
        return {sku: (refresh, garment) for sku, refresh, garment in zip(*columns) if refresh}

    def known(self, shard: int) -> dict[str, Known]:
        rows = self.rows(shard)
        columns = (rows.column(n).to_pylist() for n in ("sku", "known_sha256", "known_stamp", "known_uri"))
        return {sku: Known(sha, stamp, uri) for sku, sha, stamp, uri in zip(*columns) if sha}


class PlannedShards:
    """The shards a run sends to the model, each made when the decode tasks reach it (a million catalog rows as
    Python objects up front cost 300 MB)."""

    def __init__(self, job: Job, work: Work, todo: list[int]):
        self.job, self.work, self.todo = job, work, todo
        self.garments = seller_garments(job.extras)
        self.items = sum(work.slices[s][1] for s in todo)

    def __len__(self) -> int:
        return len(self.todo)

    def __iter__(self):
        for shard in self.todo:
            rows = self.work.rows(shard).column("row").to_pylist()
            refreshes = self.work.refreshes(shard)
            yield shard, tuple(_row(self.job, i, self.garments, refreshes) for i in rows)


def _row(job: Job, index: int, garments: pa.ChunkedArray | None, refreshes: dict):
    row = job.catalog.rows.at(index)
    if garments is not None:
        row = replace(row, garment=garments[index].as_py())
    refresh, answered = refreshes.get(row.sku, (None, None))
    return replace(row, refresh=refresh, answered_garment=answered) if refresh else row


class Flusher:
    """Finished shards committed together, every `commit_every_s` or FLUSH_ITEMS: few commits, few files."""

    def __init__(self, job: Job, tables, work: Work, returning: writer.ReturningItems | None = None):
        self.job, self.tables, self.work, self.returning = job, tables, work, returning
        self.last_shard_at: float | None = None  # where a run's processing time ends (Ray's shutdown is not in it)
        self.pending: list = []
        self.same_bytes: list[dict] = []  # images found unchanged under a new stamp or validator (store/stamps.py)
        self.unreachable = UnreachableCauses()
        self.since = time.monotonic()
        self.flushes = 0

    def add(self, index: int, results: list) -> list:
        """Queue a finished shard's rows for the next flush; returns what it counts: every result but UNCHANGED
        (UNREACHABLE ones are counted, never written)."""
        for result in results:
            if result.status == UNCHANGED:  # same bytes under a new stamp or validator: kept beside, no row
                image = result.image
                uri = image_uri(image.row.image)
                self.same_bytes.append(
                    {"sku": image.row.sku, "image_uri": uri, "image_stamp": image.stamp, "image_sha256": image.sha256}
                )
        results = [r for r in results if r.status != UNCHANGED]
        self.unreachable.add(r for r in results if r.status == UNREACHABLE)
        self.pending.append((index, [r for r in results if r.status != UNREACHABLE]))
        self.last_shard_at = time.monotonic()
        due = time.monotonic() - self.since >= self.job.config.commit_every_s
        if due or sum(len(r) for _, r in self.pending) >= FLUSH_ITEMS:
            self.flush()
        return results

    def flush(self) -> None:
        if self.pending:
            stamps = {sku: t for index, _ in self.pending for sku, t in self.work.stamps(index).items()}
            run, extras = self.job.run, self.job.extras
            writer.commit(
                self.tables, run, self.pending, extras, stamps, self.flushes, self.returning, self.job.relabel
            )
            self.job.manifest["shards_done"] = self.job.manifest.get("shards_done", 0) + len(self.pending)
            self.pending, self.flushes = [], self.flushes + 1
        self.since = time.monotonic()


class UnreachableCauses:
    """Why images could not be had tonight, by HTTP status or error code, with one example each: a night of expired
    signatures (403) and a night the host is down (timeouts, 5xx) need different fixes (the eighth adversarial
    pass: the line named only an outage)."""

    def __init__(self):
        self.counts, self.examples = Counter(), {}

    def add(self, results) -> None:
        for result in results:
            found = re.search(r"HTTP \d{3}", result.error or "")
            cause = found.group(0) if found else result.error_code or "unknown"
            self.counts[cause] += 1
            self.examples.setdefault(cause, f"{result.image.row.sku}: {result.error}")

    def line(self) -> str:
        causes = self.counts.most_common(3)
        return "; ".join(f"{cause} for {n}, e.g. {self.examples[cause]}" for cause, n in causes)
