"""The default engine: vision once per image, every open prompt decoded in one batch, closed answers ranked.

For a batch of images the vision encoder, Q-Former and language projection run once per image, and so does
the language model over the projected query tokens that open every prompt (`Blip2ForConditionalGeneration`
puts them first): their keys and values are the image's prefix (slots.py), copied into each of its rows.
Each prompt's text then runs after its prefix, and all (image, prompt) rows decode together with greedy
search over a preallocated KV cache (static_decode.py; on CUDA each step replays a captured graph). Closed
questions are answered by ranking after the same prefix (ranking.py).
"""

from __future__ import annotations

import numpy as np
import torch
from PIL import Image

from enrich import EnrichError
from enrich.model.batching import StageTimer, kv_bytes_per_token, map_halving_on_oom, plan_rows
from enrich.model.generation import by_adapter, to_generation
from enrich.model.loading import LoadedModel
from enrich.model.prompts import Prompts, Row
from enrich.model.ranking import Ranker
from enrich.model.slots import SlotCache, SlotDecoder, image_prefix, supports_slots
from enrich.model.static_decode import decode_greedy
from enrich.records import Generation, Ranking, Task


class VisionOnceEngine:
    name = "default"

    def __init__(
        self, loaded: LoadedModel, *, image_batch: int = 16, cpu_decode_rows: int = 16, cuda_graphs: bool = True
    ):
        """image_batch: images per vision pass and per prefix pass, on every device. cpu_decode_rows: (image,
        open question) rows per prompt pass and decode loop on CPU; on CUDA free memory sizes them (batching.py).
        Either halves on an out-of-memory error."""
        self.loaded = loaded
        self.image_batch, self.cpu_decode_rows = image_batch, cpu_decode_rows
        self.timer = StageTimer(loaded.device)
        self.lm = loaded.model.language_model  # OPTForCausalLM: embeddings, decoder, lm_head
        if not supports_slots(self.lm):
            raise EnrichError(
                f"the default engine drives OPT decoders (blip2-opt-*), not {type(self.lm).__name__}; "
                "use --engine reference"
            )
        self.slots = SlotDecoder(self.lm)
        self.prompts = Prompts(loaded.tokenizer, self.slots, loaded.device)
        self.num_query_tokens = loaded.model.config.num_query_tokens
        self.kv_per_token = kv_bytes_per_token(loaded.model.config, loaded.dtype)
        self.ranker = Ranker(self.slots, self.prompts, loaded.stop_token_ids, self.kv_per_token)
        quantized = getattr(loaded.model, "hf_quantizer", None) is not None  # bitsandbytes kernels may not capture
        self.graphs = cuda_graphs and loaded.device.type == "cuda" and not quantized

    def run(self, images: list[np.ndarray], tasks: list[Task]) -> list[list[Generation | Ranking]]:
        """results[i][j] answers task j for image i; tasks run grouped by adapter."""
        results: list[list[Generation | Ranking | None]] = [[None] * len(tasks) for _ in images]
        features: dict[str | None, torch.Tensor] = {}
        for adapter, indices in by_adapter(tasks).items():
            with self.loaded.adapter(adapter):
                # Image features are shared unless this adapter changes the vision side.
                key = adapter if self.loaded.named_adapters.get(adapter, False) else None
                if key not in features:
                    features[key] = self.image_features(images)
                self._answer(self.image_prefix(features[key]), tasks, indices, results)
        return results

    def _answer(self, prefix: SlotCache, tasks: list[Task], indices: list[int], results: list[list]) -> None:
        count = prefix.keys.shape[1]
        open_tasks = [j for j in indices if not tasks[j].forms]
        for limit in sorted({tasks[j].max_new_tokens for j in open_tasks}):
            rows = [(i, j) for i in range(count) for j in open_tasks if tasks[j].max_new_tokens == limit]
            for (i, j), generation in zip(rows, self.generate(prefix, rows, tasks, limit)):
                results[i][j] = generation
        closed = [j for j in indices if tasks[j].forms]
        if closed:
            with self.timer.stage("ranking"):
                ranked = self.ranker.rank(prefix, [tasks[j] for j in closed])
            for i, per_image in enumerate(ranked):
                for j, ranking in zip(closed, per_image):
                    results[i][j] = ranking

    @torch.inference_mode()
    def image_features(self, images: list[np.ndarray]) -> torch.Tensor:
        """(images, query tokens, LM hidden): vision encoder + Q-Former + projection, once per image."""
        with self.timer.stage("preprocess"):
            pixels = self.loaded.processor.image_processor([Image.fromarray(i) for i in images], return_tensors="pt")
            pixels = pixels["pixel_values"].to(self.loaded.device, self.loaded.dtype)
        with self.timer.stage("vision"):
            chunks = map_halving_on_oom(
                lambda batch: [self._project(torch.stack(list(batch)))], pixels, self.image_batch
            )
            return torch.cat(chunks)

    def _project(self, pixel_values: torch.Tensor) -> torch.Tensor:
        model = self.loaded.model
        image_embeds = model.vision_model(pixel_values, return_dict=True).last_hidden_state
        mask = torch.ones(image_embeds.shape[:-1], dtype=torch.long, device=image_embeds.device)
        queries = model.query_tokens.expand(image_embeds.shape[0], -1, -1)
        output = model.qformer(
            query_embeds=queries, encoder_hidden_states=image_embeds, encoder_attention_mask=mask, return_dict=True
        ).last_hidden_state
        return model.language_projection(output.to(image_embeds.dtype))  # the Q-Former may run in fp32

    @torch.inference_mode()
    def image_prefix(self, features: torch.Tensor) -> SlotCache:
        """The language model's keys and values at each image's query tokens: once per image, for every prompt."""
        dtype = self.lm.get_input_embeddings().weight.dtype

        def prefix_of(images: range) -> list[SlotCache]:
            return [image_prefix(self.slots, features[images.start : images.stop].to(dtype))]

        with self.timer.stage("prefill"):
            return SlotCache.joined(map_halving_on_oom(prefix_of, range(features.shape[0]), self.image_batch))

    def generate(self, prefix: SlotCache, rows: list[tuple[int, int]], tasks: list[Task], limit: int):
        prompt_rows = [(i, self.prompts.ids(tasks[j].prompt)) for i, j in rows]
        width = self.num_query_tokens + max(len(ids) for _, ids in prompt_rows) + limit
        chunk = plan_rows(self.loaded.device, self.kv_per_token * width * 2, self.cpu_decode_rows)
        token_lists = map_halving_on_oom(lambda batch: self._greedy(prefix, batch, limit), prompt_rows, chunk)
        return [to_generation(self.loaded, ids, limit) for ids in token_lists]

    @torch.inference_mode()
    def _greedy(self, prefix: SlotCache, rows: list[Row], limit: int) -> list[list[int]]:
        embeds, mask, image_of_row = self.prompts.rows(rows)
        return decode_greedy(
            self.slots, embeds, mask, limit, self.loaded.stop_token_ids, self.timer, self.graphs, prefix, image_of_row
        )
