"""Stand-ins for the model side of a run, made up without a model.

- `StandinPool`, what the Ray pool yields: `enrich bench store` and the store and planning tests run the real
  planning, commit, publish and compaction with it, without Ray. Images are read, hashed and decoded as the
  decode tasks do, so unchanged bytes are skipped and unreadable images are error rows exactly as in a real
  run; answers are deterministic in the sku.
- `StandinShardProcessor`, the Ray actor with its engine stood in: the tests of worker crashes, poison items
  and stalls run the real Ray pool, actors, restarts and fault points, without an actor spending seconds
  importing torch and loading a model at each restart.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import replace
from pathlib import Path

from enrich.pool import PoolStats
from enrich.pool.decode import decode_shard
from enrich.questionnaire import CLOSED, tasks_of
from enrich.records import ERROR, OK, Answer, DecodedImage, Generation, ItemResult, Translation, refreshed_results
from enrich.worker import ShardProcessor, WorkerSpec, _with_pixel_colors

MISSING_TEXT = Translation(None, None, "no MT model configured")


class StandinPool:
    """What the Ray pool (`enrich.pool.ShardPool`) yields, made up without a model or Ray."""

    def __init__(self, config, questionnaire, progress: bool = False):
        self.config, self.questions = config, questionnaire.questions
        self.stats = PoolStats(ready_at=time.monotonic())

    def results(self, shards, known: dict):  # sku -> records.Known, as ShardPool.results
        """(shard index, results of its changed items), as ShardPool.results: images read, hashed and decoded as
        the decode tasks do, so unchanged bytes are skipped and unreadable images are their error rows."""
        limits = (self.config.max_image_side, self.config.max_image_pixels, self.config.fetch)
        for index, rows in shards:
            decoded = decode_shard(rows, *limits, {row.sku: known[row.sku] for row in rows if row.sku in known})
            results = refreshed_results(decoded)
            for image in (d for d in decoded if not d.unchanged):
                image = image if image.ok else replace(image, pixels=None)
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
    # the pixel colors as the real worker reads them (worker._with_pixel_colors): a night compares their region with
    # the seller's garment, and without one every catalog-only change read every image again
    result = ItemResult(image, OK, caption=caption, caption_pt=MISSING_TEXT, answers=answers)
    return replace(result, image=_with_pixel_colors(result))


class StandinShardProcessor(ShardProcessor):
    """The real actor (its fault points, isolation of failing items, results and stats) with a stand-in engine."""

    def __init__(self, spec: WorkerSpec, torch_threads: int | None = None):
        self.questionnaire, self.tasks = spec.questionnaire, tasks_of(spec.questionnaire)
        self.device, self.notes, self.engine, self.translator = "cpu", [], StandinEngine(), None
        self.busy_seconds, self.fault_dir = 0.0, Path(spec.fault_dir)


class StandinEngine:
    """Answers every task from the image's mean brightness: a closed question with one of its values."""

    name = "standin"

    def run(self, images: list, tasks: list) -> list[list[Generation]]:
        outputs = []
        for pixels in images:
            pick = int(pixels.mean())
            caption = Generation(f"a garment of brightness {pick}", 4, False)
            answers = [
                Generation(t.values[pick % len(t.values)] if t.values else "a collar", 2, False) for t in tasks[1:]
            ]
            outputs.append([caption, *answers])
        return outputs
