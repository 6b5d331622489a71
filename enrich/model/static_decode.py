"""Greedy decoding over a preallocated KV cache: one fixed-shape step that CUDA replays as a graph.

Why: a step through transformers' `OPTDecoder.forward` is bound by the host, not the GPU. On the H100 it
cost 54 ms with 1 row and 62 ms with 512 (README, Measured): Python re-derives masks, positions and cache
growth every step and launches each of ~190 kernels itself. Here the keys and values, the attention mask,
the positions and the output tokens live in buffers allocated once per batch, and every step has the same
shapes and writes in place. On CUDA the step is therefore captured once as a CUDA graph and replayed, one
launch a step. The layers are transformers' own `OPTDecoderLayer`s, driven over slots (slots.py); tests hold
the tokens identical to `generate`.

Finished rows keep decoding (fixed shapes); their tokens after the stop are cut by `to_generation`, and
the loop ends when every row has stopped. With no stop ids (a model with random weights, see loading.py) every row
runs to `limit`.
"""

from __future__ import annotations

import logging

import torch

from enrich.model.batching import StageTimer
from enrich.model.slots import Prompted, SlotCache, SlotDecoder, additive, run_prompts

log = logging.getLogger(__name__)
# Warm-up and capture cost about two steps, and entering a capture empties the allocator's cache: short answers
# decode eagerly.
GRAPH_MIN_STEPS = 8


def decode_greedy(
    model: SlotDecoder,
    embeds: torch.Tensor,
    mask: torch.Tensor,
    limit: int,
    stop_ids: list[int],
    timer: StageTimer,
    graphs: bool = False,
    prefix: SlotCache | None = None,
    image_of_row: torch.Tensor | None = None,
) -> list[list[int]]:
    """Each left-padded prompt's new tokens (after its image's prefix, if given), up to `limit`."""
    with timer.stage("prefill"):
        prompted = run_prompts(model, embeds, mask, limit, prefix, image_of_row)
    with timer.stage("decode"):
        return StaticGreedy(model, prompted, limit, stop_ids).run(graphs)


class StaticGreedy:
    """Greedy steps after a prompt pass, every buffer allocated up front and written in place."""

    def __init__(self, model: SlotDecoder, prompted: Prompted, limit: int, stop_ids: list[int]):
        self.model, self.cache, self.limit = model, prompted.cache, limit
        self.prompt_width, self.next_position = prompted.width, prompted.next_position
        device, rows = prompted.last_hidden.device, len(prompted.next_position)
        self.stops = torch.tensor(stop_ids, dtype=torch.long, device=device)
        self.attend = additive(prompted.sees, prompted.last_hidden.dtype)[:, None, None]  # (rows, 1, 1, slots)
        self.step_index = torch.zeros(1, dtype=torch.long, device=device)
        self.tokens = torch.zeros((rows, limit), dtype=torch.long, device=device)
        first = model.logits(prompted.last_hidden).argmax(-1)
        self.tokens[:, 0] = first
        self.done = (first[:, None] == self.stops).any(1)

    def run(self, graphs: bool = False) -> list[list[int]]:
        steps, step, capture = 1, self._step, graphs and self.limit >= GRAPH_MIN_STEPS
        while steps < self.limit and not self.done.all():
            if capture:  # a real first step warms the kernels up, then the capture, once
                _on_side_stream(step)
                step, capture = _captured(step) or step, False
            else:
                step()
            steps += 1
        return self.tokens[:, :steps].tolist()

    def _step(self) -> None:
        """One token for every row, in place: nothing here may depend on values read back to the host."""
        slot = self.step_index + self.prompt_width
        self.attend.index_fill_(3, slot, 0.0)
        token = self.tokens.gather(1, self.step_index.expand(len(self.tokens))[:, None])
        positions = (self.next_position + self.step_index)[:, None]
        hidden = self.model.forward(self.model.embed(token), positions, self.attend, self.cache, slot)
        following = self.model.logits(hidden[:, -1]).argmax(-1)
        self.step_index += 1
        self.tokens.index_copy_(1, self.step_index, following[:, None])
        self.done |= (following[:, None] == self.stops).any(1)


def _on_side_stream(step) -> None:
    """Run once on a side stream, as capture requires: lazy library set-up must not land in the graph."""
    stream = torch.cuda.Stream()
    stream.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(stream):
        step()
    torch.cuda.current_stream().wait_stream(stream)


def _captured(step):
    """The step recorded as a CUDA graph, or None (logged) where capture fails."""
    stream = torch.cuda.current_stream()
    try:
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            step()  # recorded, not run
    except Exception as exc:  # capture rules vary by kernel and library version: decoding goes on eagerly
        torch.cuda.set_stream(stream)  # a failed capture can leave the thread on the capture stream
        torch.cuda.synchronize()
        log.warning("CUDA graph capture failed, decoding without graphs: %s", exc)
        return None
    return graph.replay
