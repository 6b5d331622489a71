"""A stand-in for the model side of a run: what the Ray pool yields, made up without a model.

`enrich bench store` and the store tests run the real planning, commit, publish and compaction with it;
only the enriching is replaced. Images are read and hashed as the decode tasks do, so unchanged bytes are
skipped exactly as in a real run; answers are deterministic in the sku.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from enrich.pool import PoolStats
from enrich.questionnaire import CLOSED
from enrich.records import OK, Answer, DecodedImage, Generation, ItemResult, Translation

MISSING_TEXT = Translation(None, None, "no MT model configured")


class StandinPool:
    """What the Ray pool (`enrich.pool.ShardPool`) yields, made up without a model or Ray."""

    def __init__(self, config, questionnaire, progress: bool = False):
        self.questions = questionnaire.questions
        self.stats = PoolStats(ready_at=time.monotonic())

    def results(self, shards, known: dict[str, str]):
        """(shard index, results of its changed items), as ShardPool.results."""
        for index, rows in shards:
            results = []
            for row in rows:
                path = Path(row.image)
                sha = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
                if sha is not None and sha == known.get(row.sku):
                    continue  # same bytes, model, adapter and questionnaire: skipped, as the workers skip it
                results.append(_result(row, sha, self.questions))
            yield index, results
        self.stats = PoolStats(self.stats.ready_at)


def _result(row, sha: str | None, questions) -> ItemResult:
    pick = int(hashlib.md5(row.sku.encode()).hexdigest(), 16)
    answers = []
    for question in questions:
        if question.kind == CLOSED:
            value = question.values[pick % len(question.values)]
            text, pt = value.canonical, Translation(value.pt, "glossary", None)
        else:
            text, pt = f"a garment with a collar and {pick % 5 + 1} buttons", MISSING_TEXT
        answers.append(
            Answer(
                question.id,
                question.prompt,
                question.kind,
                text,
                text,
                "ok",
                6,
                False,
                pt,
                0.9 if question.kind == CLOSED else None,
            )
        )
    caption = Generation(f"a photo of product {row.sku}", 6, False)
    return ItemResult(DecodedImage(row, sha), OK, caption=caption, caption_pt=MISSING_TEXT, answers=answers)
