"""Greedy decoding over a preallocated KV cache: one fixed-shape step that CUDA replays as a graph.

Why: a step through transformers' `OPTDecoder.forward` is bound by the host, not the GPU. On the H100 it
cost 54 ms with 1 row and 62 ms with 512 (README, Measured): Python re-derives masks, positions and cache
growth every step and launches each of ~190 kernels itself. Here the keys and values, the attention mask,
the positions and the output tokens live in buffers allocated once per batch, and every step has the same
shapes and writes in place. On CUDA the step is therefore captured once as a CUDA graph and replayed, one
launch a step. The layers are transformers' own `OPTDecoderLayer`s (sdpa, PEFT's LoRA wrappers included);
only the loop around them is ours, and tests hold its tokens identical to `generate`.

Finished rows keep decoding (fixed shapes); their tokens after the stop are cut by `to_generation`, and
the loop ends when every row has stopped.
"""

from __future__ import annotations

import logging

import torch

from enrich.model.batching import StageTimer

log = logging.getLogger(__name__)


class SlotCache:
    """Stands in for transformers' Cache inside OPTAttention: writes keys and values into fixed slots."""

    def __init__(self, layers: int, rows: int, heads: int, width: int, head_dim: int, like: torch.Tensor):
        shape = (layers, rows, heads, width, head_dim)
        self.keys = torch.zeros(shape, dtype=like.dtype, device=like.device)
        self.values = torch.zeros(shape, dtype=like.dtype, device=like.device)
        self.slots = torch.zeros(1, dtype=torch.long, device=like.device)  # where this pass's tokens go

    def update(self, keys: torch.Tensor, values: torch.Tensor, layer_idx: int, *args, **kwargs):
        self.keys[layer_idx].index_copy_(2, self.slots, keys.to(self.keys.dtype))
        self.values[layer_idx].index_copy_(2, self.slots, values.to(self.values.dtype))
        return self.keys[layer_idx], self.values[layer_idx]


class StaticGreedy:
    """One batch of left-padded prompts decoded greedily; `run` returns each row's new tokens."""

    def __init__(self, lm, embeds: torch.Tensor, mask: torch.Tensor, limit: int, stop_ids: list[int]):
        self.decoder = lm.get_decoder()
        self.head = lm.get_output_embeddings()
        rows, self.prompt_width = mask.shape
        attention = self.decoder.layers[0].self_attn
        self.cache = SlotCache(len(self.decoder.layers), rows, attention.num_heads, self.prompt_width + limit,
                               attention.head_dim, embeds)  # fmt: skip
        self.blocked = torch.finfo(embeds.dtype).min  # additive mask: works with sdpa and eager attention
        self.embeds, self.mask, self.limit = embeds, mask, limit
        device = embeds.device
        self.stops = torch.tensor(stop_ids, device=device)
        self.lengths = mask.sum(1)
        self.step_index = torch.zeros(1, dtype=torch.long, device=device)
        self.tokens = torch.zeros((rows, limit), dtype=torch.long, device=device)
        self.done = torch.zeros(rows, dtype=torch.bool, device=device)
        self.attend = torch.full((rows, 1, 1, self.prompt_width + limit), self.blocked, dtype=embeds.dtype,
                                 device=device)  # fmt: skip
        self.attend[:, 0, 0, : self.prompt_width].masked_fill_(mask.bool(), 0.0)

    def run(self, timer: StageTimer, fixed_length: bool = False, graphs: bool = False) -> list[list[int]]:
        with timer.stage("prefill"):
            self._prefill()
        steps, step, capture = 1, self._step, graphs
        with timer.stage("decode"):
            while steps < self.limit and (fixed_length or not self.done.all()):
                if capture:  # a real first step warms the kernels up, then the capture, once
                    _on_side_stream(step)
                    step, capture = _captured(step) or step, False
                else:
                    step()
                steps += 1
        return self.tokens[:, :steps].tolist()

    def _prefill(self) -> None:
        """The prompts in one pass; a padding position attends to itself only, so nothing turns NaN."""
        positions = (torch.cumsum(self.mask, 1) * self.mask - 1).long()  # as OPTDecoder derives them
        width = self.prompt_width
        device = self.mask.device
        causal = torch.ones(width, width, dtype=torch.bool, device=device).tril()
        allowed = (causal[None] & self.mask.bool()[:, None, :]) | torch.eye(width, dtype=torch.bool, device=device)
        mask = torch.full((len(self.mask), 1, width, self.attend.shape[-1]), self.blocked, dtype=self.embeds.dtype,
                          device=device)  # fmt: skip
        mask[:, 0, :, :width].masked_fill_(allowed, 0.0)
        self.cache.slots = torch.arange(width, device=device)
        first = self._next_token(self._layers(self._inputs(self.embeds, positions), mask))
        self.tokens[:, 0] = first
        self.done |= torch.isin(first, self.stops)

    def _step(self) -> None:
        """One token for every row, in place: nothing here may depend on values read back to the host."""
        slot = self.step_index + self.prompt_width
        self.attend.index_fill_(3, slot, 0.0)
        self.cache.slots = slot
        token = self.tokens.gather(1, self.step_index.expand(len(self.tokens))[:, None])
        embeds = self.decoder.embed_tokens(token)
        following = self._next_token(self._layers(self._inputs(embeds, (self.lengths + self.step_index)[:, None]),
                                                  self.attend))  # fmt: skip
        self.step_index += 1
        self.tokens.index_copy_(1, self.step_index, following[:, None])
        self.done |= (following[:, None] == self.stops).any(1)

    def _inputs(self, embeds: torch.Tensor, positions: torch.Tensor) -> torch.Tensor:
        if self.decoder.project_in is not None:
            embeds = self.decoder.project_in(embeds)
        return embeds + self.decoder.embed_positions(None, 0, position_ids=positions).to(embeds.dtype)

    def _layers(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        for layer in self.decoder.layers:
            hidden = layer(hidden, attention_mask=mask, cache=self.cache)
        return hidden

    def _next_token(self, hidden: torch.Tensor) -> torch.Tensor:
        last = hidden[:, -1]
        if self.decoder.final_layer_norm is not None:
            last = self.decoder.final_layer_norm(last)
        if self.decoder.project_out is not None:
            last = self.decoder.project_out(last)
        return self.head(last).argmax(-1)


def _on_side_stream(step) -> None:
    """Run once on a side stream, as capture requires: lazy library set-up must not land in the graph."""
    stream = torch.cuda.Stream()
    stream.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(stream):
        step()
    torch.cuda.current_stream().wait_stream(stream)


def _captured(step):
    """The step recorded as a CUDA graph, or None (logged) where capture fails, e.g. on quantized layers."""
    try:
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            step()  # recorded, not run
    except Exception as exc:  # capture rules vary by kernel and library version: decoding goes on eagerly
        log.warning("CUDA graph capture failed, decoding without graphs: %s", exc)
        return None
    return graph.replay


def supports_static_decode(lm) -> bool:
    """OPT-style decoders only: the layers and embeddings this loop drives by name."""
    decoder = lm.get_decoder()
    return all(hasattr(decoder, name) for name in ("layers", "embed_tokens", "embed_positions", "project_in"))
