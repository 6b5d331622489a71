"""The Ray side of a run: decode tasks ahead of long-lived model actors, shard retries, a stall watchdog.

Image reading and decoding run as small Ray tasks a bounded distance ahead of the actors (decode.py), so an
actor never waits on JPEG decoding and memory stays flat: each actor holds one shard in work and one queued
behind it. An actor that dies is restarted by Ray (bounded) and its shard retried; a shard that kills its worker
twice is redone item by item, and an item that kills the worker twice becomes a `worker_crash` error row
(stream.py). The first shards that reach the model are held until one item succeeds (systemic.py).

- session.py: the Ray a run uses; actors.py: the model actors; decode.py, stream.py, systemic.py: as above.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from enrich.config import RunConfig
from enrich.pool.decode import DecodeAhead, Shard
from enrich.pool.stream import SHARDS_QUEUED_PER_ACTOR, Stream
from enrich.records import ERROR, ItemResult
from enrich.stats import peak_rss_mb


@dataclass
class PoolStats:
    """What a pool reports once its results are read to the end."""

    ready_at: float | None = None  # time.monotonic() when the workers were ready; None: no model was needed
    peak_rss_mb: dict[str, float | None] = field(default_factory=lambda: {"driver": peak_rss_mb(), "worker": None})
    worker_busy_seconds: list[float] | None = None  # per actor


class ShardPool:
    """Shards in, (shard index, results of its changed items) out, in any order; then `stats`.

    `questionnaire` is the one the run hashed: the actors get it parsed, never its path.
    """

    def __init__(self, config: RunConfig, questionnaire, progress: bool = True):
        self.config, self.questionnaire, self.progress = config, questionnaire, progress
        self.stats = PoolStats()

    def results(self, shards: list[Shard], known: dict[str, str]) -> Iterator[tuple[int, list[ItemResult]]]:
        from tqdm import tqdm

        from enrich.pool.actors import actor_stats, start_actors, worker_count
        from enrich.pool.session import ray_session
        from enrich.pool.systemic import SystemicWatch
        from enrich.worker import WorkerSpec

        spec = WorkerSpec.of(self.config, self.questionnaire)
        with ray_session(self.config.ray_address):
            count = worker_count(self.config)
            queue = DecodeAhead(self.config, shards, known, count * SHARDS_QUEUED_PER_ACTOR)
            total = shards.items if hasattr(shards, "items") else sum(len(rows) for _, rows in shards)
            bar = tqdm(total=total, unit="item", desc="enrich", file=sys.stderr, disable=not self.progress)
            errors, watch = 0, SystemicWatch()
            with bar:
                for index, size, results in queue.needing_no_model():
                    bar.update(size)
                    yield index, results
                if not queue:  # every image was unchanged or unreadable: no model loads
                    self.stats = PoolStats()
                    return
                actors = start_actors(spec, count)  # the next shards decode while the model loads
                self.stats.ready_at = time.monotonic()
                for index, size, results in Stream(actors, queue, self.config.stall_timeout_s):
                    errors += sum(r.status == ERROR for r in results)
                    bar.set_postfix(errors=errors, refresh=False)
                    bar.update(size)
                    yield from watch.passed((index, results))
                yield from watch.finished()
            reports = actor_stats(actors)
            self.stats.peak_rss_mb = {"driver": peak_rss_mb(), "worker": max(s["peak_rss_mb"] for s in reports)}
            self.stats.worker_busy_seconds = [round(s["busy_seconds"], 3) for s in reports]
