"""The reference engine: the original experiments' path, kept as the correctness and speed baseline.

One `generate(pixel_values, input_ids)` per (image, task), batch size 1, every task answered by free
generation. Inputs are built with the processor, so the `<image>` tokens are always present.
"""

from __future__ import annotations

import numpy as np
import torch
from PIL import Image

from enrich.model.batching import StageTimer
from enrich.model.generation import by_adapter, to_generation
from enrich.model.loading import LoadedModel
from enrich.records import Generation, Task


class ReferenceEngine:
    name = "reference"

    def __init__(self, loaded: LoadedModel):
        self.loaded = loaded
        self.timer = StageTimer(loaded.device)

    def run(self, images: list[np.ndarray], tasks: list[Task]) -> list[list[Generation]]:
        """results[i][j] answers task j for image i."""
        pictures = [Image.fromarray(image) for image in images]
        results: list[list[Generation | None]] = [[None] * len(tasks) for _ in images]
        for adapter, indices in by_adapter(tasks).items():
            with self.loaded.adapter(adapter):
                for i, picture in enumerate(pictures):
                    for j in indices:
                        results[i][j] = self._one(picture, tasks[j])
        return results

    @torch.inference_mode()
    def _one(self, image: Image.Image, task: Task) -> Generation:
        with self.timer.stage("preprocess"):
            inputs = self.loaded.processor(images=image, text=task.prompt, return_tensors="pt").to(self.loaded.device)
            inputs["pixel_values"] = inputs["pixel_values"].to(self.loaded.dtype)
        limit = task.max_new_tokens
        with self.timer.stage("generate"):
            output = self.loaded.model.generate(
                **inputs,
                max_new_tokens=limit,
                do_sample=False,
                num_beams=1,
                eos_token_id=self.loaded.stop_token_ids,  # none (random weights): every answer to its limit
                pad_token_id=self.loaded.tokenizer.pad_token_id,
            )
        new_tokens = self.loaded.new_tokens(output[0], inputs["input_ids"].shape[1])  # generate echoes the prompt
        return to_generation(self.loaded, new_tokens, limit)
