"""Turn images and prompts into generated text.

`ReferenceEngine` is the original experiments' path: one `generate(pixel_values, input_ids)` per
(image, prompt), batch size 1. It stays in the product as the correctness and speed baseline.
`BatchedEngine` runs the same greedy decoding over left-padded batches of (image, prompt) pairs; it gives
the same tokens. Both build inputs with the processor, so the `<image>` tokens are always present.
"""

from __future__ import annotations

from itertools import groupby

import numpy as np
import torch
from PIL import Image

from enrich.model.loading import LoadedModel
from enrich.records import Generation

Prompt = tuple[str, int]  # (text, max_new_tokens)


class ReferenceEngine:
    name = "reference"

    def __init__(self, loaded: LoadedModel):
        self.loaded = loaded

    def generate(self, images: list[np.ndarray], prompts: list[Prompt]) -> list[list[Generation]]:
        """results[i][j] is prompt j answered for image i."""
        return [[self._one(image, text, limit) for text, limit in prompts] for image in images]

    def _one(self, image: np.ndarray, text: str, max_new_tokens: int) -> Generation:
        inputs = self.loaded.processor(images=Image.fromarray(image), text=text, return_tensors="pt")
        return _run_generate(self.loaded, inputs, max_new_tokens)[0]


class BatchedEngine:
    name = "default"

    def __init__(self, loaded: LoadedModel, batch_size: int = 16):
        self.loaded = loaded
        self.batch_size = batch_size

    def generate(self, images: list[np.ndarray], prompts: list[Prompt]) -> list[list[Generation]]:
        pil_images = [Image.fromarray(image) for image in images]
        pairs = [(i, j) for i in range(len(images)) for j in range(len(prompts))]
        pairs.sort(key=lambda pair: prompts[pair[1]][1])  # one generate per token limit
        results: list[list[Generation | None]] = [[None] * len(prompts) for _ in images]
        for limit, group in groupby(pairs, key=lambda pair: prompts[pair[1]][1]):
            group = list(group)
            for start in range(0, len(group), self.batch_size):
                batch = group[start : start + self.batch_size]
                inputs = self.loaded.processor(
                    images=[pil_images[i] for i, _ in batch],
                    text=[prompts[j][0] for _, j in batch],
                    padding=True,
                    return_tensors="pt",
                )
                for (i, j), generation in zip(batch, _run_generate(self.loaded, inputs, limit)):
                    results[i][j] = generation
        return results


def make_engine(name: str, loaded: LoadedModel, batch_size: int):
    return ReferenceEngine(loaded) if name == "reference" else BatchedEngine(loaded, batch_size)


@torch.inference_mode()
def _run_generate(loaded: LoadedModel, inputs, max_new_tokens: int) -> list[Generation]:
    inputs = inputs.to(loaded.device)
    inputs["pixel_values"] = inputs["pixel_values"].to(loaded.dtype)
    output = loaded.model.generate(
        **inputs,
        max_new_tokens=max_new_tokens,
        do_sample=False,
        num_beams=1,
        eos_token_id=loaded.stop_token_ids,
        pad_token_id=loaded.tokenizer.pad_token_id,
    )
    new_tokens = output[:, inputs["input_ids"].shape[1] :].tolist()  # generate echoes the prompt
    return [_to_generation(loaded, ids, max_new_tokens) for ids in new_tokens]


def _to_generation(loaded: LoadedModel, ids: list[int], max_new_tokens: int) -> Generation:
    stops = set(loaded.stop_token_ids)
    end = next((k for k, token in enumerate(ids) if token in stops), None)
    kept = ids if end is None else ids[:end]
    text = loaded.tokenizer.decode(kept, skip_special_tokens=True).strip()
    return Generation(text=text, num_tokens=len(kept), hit_limit=end is None and len(ids) >= max_new_tokens)
