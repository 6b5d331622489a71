"""The systemic stop: a model that fails alike on every item of the first shards is broken, not unlucky."""

from __future__ import annotations

from collections import Counter

from enrich import EnrichError
from enrich.records import ERROR, OK, ItemResult

SYSTEMIC_SHARDS = 2  # the first shards that reach the model: every item failing alike there stops the run


class SystemicWatch:
    """Hold back the first shards that reach the model until one of their items succeeds with it.

    A model that fails on every item of the first shards with the same exception class is broken, not unlucky
    (a checkpoint layout it cannot run, a missing library): the run stops with that error, exit 1, instead of
    committing the catalog as `model_error` rows. Shards whose items never reached the model (unreadable images,
    unchanged items) pass straight through.
    """

    def __init__(self, shards: int = SYSTEMIC_SHARDS):
        self.shards = shards
        self.held: list[tuple[int, list[ItemResult]]] = []
        self.classes: Counter = Counter()
        self.settled = False

    def passed(self, shard: tuple[int, list[ItemResult]]) -> list[tuple[int, list[ItemResult]]]:
        """The shards that may be committed now."""
        reached = [r for r in shard[1] if r.status == OK or r.error_code == "model_error"]
        if self.settled or not reached:
            return [shard]
        self.held.append(shard)
        self.classes.update(r.error.split(":", 1)[0] if r.status == ERROR else OK for r in reached)
        if OK in self.classes or len(self.classes) > 1:
            return self._release()
        if len(self.held) >= self.shards:
            self._stop()
        return []

    def finished(self) -> list[tuple[int, list[ItemResult]]]:
        """At the end of the stream: a run whose every model item failed alike stops too (2 items at least)."""
        if not self.settled and self.classes.total() >= 2:
            self._stop()
        return self._release()

    def _release(self) -> list[tuple[int, list[ItemResult]]]:
        self.settled, held, self.held = True, self.held, []
        return held

    def _stop(self) -> None:
        example = next(r.error for _, results in self.held for r in results if r.error_code == "model_error")
        raise EnrichError(
            f"the model failed on every item it was given ({self.classes.total()} in {len(self.held)} shard(s)) "
            f"with the same error, so the run stopped without committing them: {example}; this is the model or "
            "its setup, not the items: `enrich check` the model, fix it and run again"
        )
