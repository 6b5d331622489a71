"""Shards through the actors: every actor kept fed, shards retried when their worker dies, poison quarantined,
and a stall watchdog."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from enrich import EnrichError
from enrich.pool.actors import ACTOR_START_TIMEOUT_S, root_message, wait_until_ready
from enrich.pool.decode import DecodeAhead
from enrich.records import ERROR, DecodedImage, ItemResult

SHARDS_QUEUED_PER_ACTOR = 2  # one in work, one decoded and waiting: decoding never starves an actor
ATTEMPTS = 2  # a shard, then an item, that kills its worker this many times is given up on


@dataclass
class _InFlight:
    index: int
    size: int
    decoded: object  # ObjectRef of the decoded shard, kept for retries
    actor: object
    attempts: int = 1


class Stream:
    """Keep every actor fed; retry shards whose worker died; give up when nothing progresses."""

    def __init__(self, actors: list, queue: DecodeAhead, stall_timeout_s: float):
        self.actors, self.queue, self.stall_timeout_s = actors, queue, stall_timeout_s
        self.pending: dict = {}

    def __iter__(self) -> Iterator[tuple[int, int, list[ItemResult]]]:
        import ray

        for actor in self.actors:
            for _ in range(SHARDS_QUEUED_PER_ACTOR):
                if self.queue:
                    self._submit(_InFlight(*self.queue.popleft(), actor=actor))
        while self.pending:
            ready, _ = ray.wait(list(self.pending), num_returns=1, timeout=self.stall_timeout_s)
            if not ready:
                raise EnrichError(
                    f"no shard finished for {self.stall_timeout_s:.0f}s (shards in flight: "
                    f"{sorted(f.index for f in self.pending.values())}); committed shards are saved, "
                    "run the same command again to resume"
                )
            flight = self.pending.pop(ready[0])
            results = self._collect(ready[0], flight)
            if results is None:
                continue  # resubmitted after its worker died
            if self.queue:
                self._submit(_InFlight(*self.queue.popleft(), actor=flight.actor))
            yield flight.index, flight.size, results

    def _submit(self, flight: _InFlight) -> None:
        self.pending[flight.actor.process.remote(flight.decoded)] = flight

    def _collect(self, ref, flight: _InFlight) -> list[ItemResult] | None:
        import ray

        try:
            return ray.get(ref)
        except ray.exceptions.RayActorError:
            wait_until_ready(flight.actor, ACTOR_START_TIMEOUT_S)  # Ray restarts it, reloading the model
            if flight.attempts < ATTEMPTS:
                flight.attempts += 1
                self._submit(flight)
                return None
            return isolate_poison(flight.actor, ray.get(flight.decoded), self.stall_timeout_s)
        except Exception as exc:
            raise EnrichError(f"shard {flight.index} failed: {root_message(exc)}") from exc


def isolate_poison(actor, decoded: list[DecodedImage], timeout_s: float) -> list[ItemResult]:
    """Redo a shard that killed its worker, one item at a time; quarantine items that kill it twice."""
    import ray

    results = []
    for image in decoded:
        for attempt in range(ATTEMPTS):
            try:
                results += _call_when_available(actor, [image], timeout_s)
                break
            except ray.exceptions.RayActorError:
                if attempt == ATTEMPTS - 1:
                    message = f"killed its worker {ATTEMPTS} times; quarantined so the run could go on"
                    results.append(ItemResult(image, ERROR, "worker_crash", message))
    return results


def _call_when_available(actor, decoded: list[DecodedImage], stall_timeout_s: float) -> list[ItemResult]:
    """Process one item on an actor known to be up, so that its death is this item's doing."""
    import ray

    wait_until_ready(actor, ACTOR_START_TIMEOUT_S)
    try:
        return ray.get(actor.process.remote(decoded), timeout=stall_timeout_s)
    except ray.exceptions.GetTimeoutError:
        raise EnrichError(
            f"item {decoded[0].row.sku} made no progress for {stall_timeout_s:.0f}s; committed "
            "shards are saved, run the same command again to resume"
        ) from None
