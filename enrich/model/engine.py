"""Engines turn images and tasks (caption, questions) into generations and rankings.

- `reference.ReferenceEngine`: one `generate` per (image, task), as the original experiments ran it.
- `vision_once.VisionOnceEngine` (the default): the image once, prompts batched, closed answers ranked;
  the same open answers as the reference.
"""

from __future__ import annotations

from enrich.model.loading import LoadedModel
from enrich.model.reference import ReferenceEngine
from enrich.model.vision_once import VisionOnceEngine


def make_engine(
    name: str, loaded: LoadedModel, *, image_batch: int = 16, cpu_decode_rows: int = 16, cuda_graphs: bool = True
):
    """The engine `name` (config.ENGINES); the batch knobs and graphs concern the default engine only."""
    if name == "reference":
        return ReferenceEngine(loaded)
    return VisionOnceEngine(loaded, image_batch=image_batch, cpu_decode_rows=cpu_decode_rows, cuda_graphs=cuda_graphs)
