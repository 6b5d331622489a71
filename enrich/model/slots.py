"""An OPT language model driven over preallocated key/value slots: prompts, image prefixes, packed candidates.

transformers' `OPTDecoderLayer`s do the math (sdpa, PEFT's LoRA wrappers included); this module owns the
loop around them. Every pass names its positions, the slots its keys and values go to, and an additive
attention mask over all slots, so the decode loop (static_decode.py) and ranking (ranking.py) need no
cache that grows and no per-pass mask derivation.

Why an image prefix: every prompt of an image starts with the same query tokens, and a causal model's keys
and values there depend on those tokens alone. They are computed once per image and copied into each of the
image's rows, so a prompt pass runs the question's few text tokens, not 32 image tokens more.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass

import torch

from enrich import EnrichError


class SlotCache:
    """Stands in for transformers' Cache inside OPTAttention: writes keys and values into fixed slots."""

    def __init__(self, decoder, rows: int, width: int, like: torch.Tensor):
        attention = decoder.layers[0].self_attn
        shape = (len(decoder.layers), rows, attention.num_heads, width, attention.head_dim)
        self.keys = torch.zeros(shape, dtype=like.dtype, device=like.device)
        self.values = torch.zeros(shape, dtype=like.dtype, device=like.device)
        self.slots = torch.zeros(1, dtype=torch.long, device=like.device)  # where this pass's tokens go

    @staticmethod
    def joined(parts: list[SlotCache]) -> SlotCache:
        """One cache holding the rows of several, in order."""
        if len(parts) == 1:
            return parts[0]
        joined = parts[0]
        joined.keys = torch.cat([part.keys for part in parts], dim=1)
        joined.values = torch.cat([part.values for part in parts], dim=1)
        return joined

    def update(self, keys: torch.Tensor, values: torch.Tensor, layer_idx: int, *args, **kwargs):
        self.keys[layer_idx].index_copy_(2, self.slots, keys.to(self.keys.dtype))
        self.values[layer_idx].index_copy_(2, self.slots, values.to(self.values.dtype))
        return self.keys[layer_idx], self.values[layer_idx]


class SlotDecoder:
    def __init__(self, lm):
        self.decoder = lm.get_decoder()
        self.head = lm.get_output_embeddings()
        self.cache_argument = cache_argument(type(self.decoder.layers[0]))

    def embed(self, ids: torch.Tensor) -> torch.Tensor:
        return self.decoder.embed_tokens(ids)

    def forward(
        self, embeds: torch.Tensor, positions: torch.Tensor, mask: torch.Tensor, cache: SlotCache, slots: torch.Tensor
    ) -> torch.Tensor:
        """Hidden states of `embeds` at `positions`, their keys and values written to `slots`."""
        cache.slots = slots
        if self.decoder.project_in is not None:
            embeds = self.decoder.project_in(embeds)
        hidden = embeds + self.decoder.embed_positions(None, 0, position_ids=positions).to(embeds.dtype)
        for layer in self.decoder.layers:
            hidden = layer(hidden, attention_mask=mask, **{self.cache_argument: cache})
        return hidden

    def logits(self, hidden: torch.Tensor) -> torch.Tensor:
        if self.decoder.final_layer_norm is not None:
            hidden = self.decoder.final_layer_norm(hidden)
        if self.decoder.project_out is not None:
            hidden = self.decoder.project_out(hidden)
        return self.head(hidden)


def cache_argument(layer_class: type) -> str:
    """The name under which a decoder layer takes its cache: `past_key_values` until transformers 5.2x, then
    `cache`. A wrong name is not an error there (it sinks into **kwargs and the cache is never written), so
    a layer that names neither is refused here rather than decoded wrongly."""
    parameters = inspect.signature(layer_class.forward).parameters
    for name in ("cache", "past_key_values"):
        if name in parameters:
            return name
    raise EnrichError(
        f"{layer_class.__name__}.forward takes no cache argument this engine knows "
        f"({', '.join(parameters)}); use --engine reference"
    )


def supports_slots(lm) -> bool:
    """OPT-style decoders only: the layers and embeddings this module drives by name."""
    decoder = lm.get_decoder()
    return all(hasattr(decoder, name) for name in ("layers", "embed_tokens", "embed_positions", "project_in"))


def additive(allowed: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """0 where attention is allowed, the dtype's minimum elsewhere: works with sdpa and eager attention."""
    return torch.zeros(allowed.shape, dtype=dtype, device=allowed.device).masked_fill_(~allowed, torch.finfo(dtype).min)


def image_prefix(model: SlotDecoder, query_embeds: torch.Tensor) -> SlotCache:
    """Keys and values of each image's query tokens (images, tokens, hidden), at positions 0..tokens-1."""
    images, tokens = query_embeds.shape[:2]
    cache = SlotCache(model.decoder, images, tokens, query_embeds)
    order = torch.arange(tokens, device=query_embeds.device)
    causal = additive(order[:, None] >= order[None, :], query_embeds.dtype)[None, None]
    model.forward(query_embeds, order.expand(images, -1), causal, cache, order)
    return cache


@dataclass
class Prompted:
    """Rows after their prompt pass, with room for more tokens after it."""

    cache: SlotCache
    sees: torch.Tensor  # (rows, slots) bool: the slots a later token of the row may attend to
    width: int  # slots the prompts occupy; later tokens go from here
    next_position: torch.Tensor  # (rows,) the position of each row's next token
    last_hidden: torch.Tensor  # (rows, hidden) at each prompt's last token


def run_prompts(
    model: SlotDecoder,
    embeds: torch.Tensor,
    mask: torch.Tensor,
    room: int,
    prefix: SlotCache | None = None,
    image_of_row: torch.Tensor | None = None,
) -> Prompted:
    """Left-padded prompts (rows, tokens) in one pass, after their image's prefix if there is one.

    A padding position attends to itself only, so nothing turns NaN; no real token attends to it.
    """
    rows, tokens = mask.shape
    before = 0 if prefix is None else prefix.keys.shape[3]
    cache = SlotCache(model.decoder, rows, before + tokens + room, embeds)
    if prefix is not None:
        cache.keys[:, :, :, :before] = prefix.keys[:, image_of_row]
        cache.values[:, :, :, :before] = prefix.values[:, image_of_row]
    real = mask.bool()
    sees = torch.zeros((rows, cache.keys.shape[3]), dtype=torch.bool, device=mask.device)
    sees[:, :before] = True
    sees[:, before : before + tokens] = real
    order = torch.arange(tokens, device=mask.device)
    allowed = sees[:, None, :].repeat(1, tokens, 1)
    allowed[:, :, before : before + tokens] &= order[:, None] >= order[None, :]
    allowed[:, :, before : before + tokens] |= torch.eye(tokens, dtype=torch.bool, device=mask.device)
    positions = before + (torch.cumsum(mask, 1) * mask - 1).long()  # as OPTDecoder derives them
    slots = before + order
    hidden = model.forward(embeds, positions, additive(allowed, embeds.dtype)[:, None], cache, slots)
    return Prompted(cache, sees, before + tokens, before + mask.sum(1), hidden[:, -1])
