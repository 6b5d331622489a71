"""A stand-in for the model side of a run: what the Ray pool yields, made up without a model.

`enrich bench store` and the store and planning tests run the real planning, commit, publish and compaction
with it; only the model is replaced. Images are read, hashed and decoded as the decode tasks do, so unchanged
bytes are skipped and unreadable images are error rows exactly as in a real run; answers are deterministic in
the sku.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import replace

from enrich.pool import PoolStats
from enrich.pool.decode import decode_shard
from enrich.questionnaire import CLOSED
from enrich.records import ERROR, OK, Answer, DecodedImage, Generation, ItemResult, Translation

MISSING_TEXT = Translation(None, None, "no MT model configured")


class StandinPool:
    """What the Ray pool (`enrich.pool.ShardPool`) yields, made up without a model or Ray."""

    def __init__(self, config, questionnaire, progress: bool = False):
        self.config, self.questions = config, questionnaire.questions
        self.stats = PoolStats(ready_at=time.monotonic())

    def results(self, shards, known: dict[str, str]):
        """(shard index, results of its changed items), as ShardPool.results: images read, hashed and decoded as
        the decode tasks do, so unchanged bytes are skipped and unreadable images are their error rows."""
        limits = (self.config.max_image_side, self.config.max_image_pixels, self.config.fetch)
        for index, rows in shards:
            decoded = decode_shard(rows, *limits, {row.sku: known[row.sku] for row in rows if row.sku in known})
            results = []
            for image in (d for d in decoded if not d.unchanged):
                image = replace(image, pixels=None)
                failed = ItemResult(image, ERROR, image.error_code, image.error)
                results.append(_result(image, self.questions) if image.ok else failed)
            yield index, results
        self.stats = PoolStats(self.stats.ready_at)


def _result(image: DecodedImage, questions) -> ItemResult:
    pick = int(hashlib.md5(image.row.sku.encode()).hexdigest(), 16)
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
    caption = Generation(f"a photo of product {image.row.sku}", 6, False)
    return ItemResult(image, OK, caption=caption, caption_pt=MISSING_TEXT, answers=answers)
