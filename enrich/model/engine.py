"""Engines turn images and tasks (caption, questions) into generations and rankings.

- `reference.ReferenceEngine`: one `generate` per (image, task), as the original experiments ran it.
- `vision_once.VisionOnceEngine` (the default): the image once, prompts batched, closed answers ranked;
  the same open answers as the reference.
"""

from __future__ import annotations

from enrich.model.loading import LoadedModel
from enrich.model.reference import ReferenceEngine
from enrich.model.vision_once import VisionOnceEngine


def make_engine(name: str, loaded: LoadedModel, batch_size: int, cuda_graphs: bool = True):
    if name == "reference":
        return ReferenceEngine(loaded)
    return VisionOnceEngine(loaded, batch_size, cuda_graphs)
