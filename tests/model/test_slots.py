import pytest
import torch

from enrich.model.batching import StageTimer
from enrich.model.slots import SlotCache, SlotDecoder, image_prefix, run_prompts
from enrich.model.static_decode import decode_greedy
from tests.model.test_static_decode import STOPS, left_padded_prompts, opt, up_to_the_first_stop


def inlined(images: torch.Tensor, image_of_row: list[int], embeds: torch.Tensor, mask: torch.Tensor):
    """Each row as one left-padded sequence: its image's tokens, then its prompt (what BLIP-2 feeds OPT)."""
    rows, width = mask.shape
    tokens, hidden = images.shape[1:]
    full = torch.zeros(rows, tokens + width, hidden)
    full_mask = torch.zeros(rows, tokens + width, dtype=torch.long)
    for r, image in enumerate(image_of_row):
        real = int(mask[r].sum())
        start = width - real
        full[r, start : start + tokens] = images[image]
        full[r, start + tokens :] = embeds[r, start:]
        full_mask[r, start:] = 1
    return full, full_mask


@pytest.mark.parametrize("seed", [0, 1, 2])
@torch.inference_mode()
def test_decoding_after_an_image_prefix_equals_generate_over_the_whole_sequence(seed):
    lm = opt(seed)
    embeds, mask = left_padded_prompts(lm, seed)
    images = torch.randn(3, 5, 32, generator=torch.Generator().manual_seed(seed))
    image_of_row = [0, 1, 2, 0, 1, 2]
    model = SlotDecoder(lm)
    ours = decode_greedy(
        model,
        embeds,
        mask,
        10,
        STOPS,
        StageTimer(embeds.device),
        prefix=image_prefix(model, images),
        image_of_row=torch.tensor(image_of_row),
    )
    full, full_mask = inlined(images, image_of_row, embeds, mask)
    theirs = lm.generate(
        inputs_embeds=full,
        attention_mask=full_mask,
        max_new_tokens=10,
        do_sample=False,
        eos_token_id=STOPS,
        pad_token_id=1,
    ).tolist()
    assert [up_to_the_first_stop(row) for row in ours] == [up_to_the_first_stop(row) for row in theirs]
    assert ours[0] != ours[3] or ours[1] != ours[4]  # the same image under another prompt answers differently


@torch.inference_mode()
def test_a_prompt_pass_after_a_prefix_gives_the_logits_of_the_whole_sequence():
    lm = opt(3, do_layer_norm_before=False)
    embeds, mask = left_padded_prompts(lm, 3, rows=4)
    images = torch.randn(2, 4, 32, generator=torch.Generator().manual_seed(3))
    model = SlotDecoder(lm)
    prompted = run_prompts(model, embeds, mask, 0, image_prefix(model, images), torch.tensor([1, 0, 1, 0]))
    full, full_mask = inlined(images, [1, 0, 1, 0], embeds, mask)
    expected = lm(inputs_embeds=full, attention_mask=full_mask).logits[:, -1]
    assert torch.allclose(model.logits(prompted.last_hidden), expected, atol=1e-4)
    assert prompted.next_position.tolist() == (4 + mask.sum(1)).tolist()


def test_caches_join_in_row_order():
    lm = opt(0)
    parts = [SlotCache(lm.get_decoder(), rows, 3, torch.zeros(1)) for rows in (2, 1)]
    parts[1].keys.fill_(1.0)
    joined = SlotCache.joined(parts)
    assert joined.keys.shape[1] == 3 and joined.keys[:, 2].eq(1).all() and joined.keys[:, :2].eq(0).all()


class OlderOPTLayer:
    """An OPT layer with the signature of transformers before 5.2x: its cache is `past_key_values`, and an
    unknown `cache=` is silently swallowed by **kwargs, as those versions did."""

    def forward(self, hidden_states, attention_mask=None, past_key_values=None, **kwargs):
        from enrich.model.slots import cache_argument

        kwargs.pop("cache", None)
        installed = type(self).__mro__[2]  # the installed transformers' layer, whichever name it uses
        return installed.forward(
            self, hidden_states, attention_mask=attention_mask, **{cache_argument(installed): past_key_values}, **kwargs
        )


@torch.inference_mode()
def test_layers_that_name_their_cache_past_key_values_are_driven_correctly():
    lm = opt(4)
    embeds, mask = left_padded_prompts(lm, 4, rows=4)
    images = torch.randn(2, 4, 32, generator=torch.Generator().manual_seed(4))
    for layer in lm.get_decoder().layers:
        layer.__class__ = type("OlderOPTDecoderLayer", (OlderOPTLayer, type(layer)), {})
    model = SlotDecoder(lm)
    assert model.cache_argument == "past_key_values"
    prompted = run_prompts(model, embeds, mask, 0, image_prefix(model, images), torch.tensor([1, 0, 1, 0]))
    full, full_mask = inlined(images, [1, 0, 1, 0], embeds, mask)
    expected = lm(inputs_embeds=full, attention_mask=full_mask).logits[:, -1]
    assert torch.allclose(model.logits(prompted.last_hidden), expected, atol=1e-4)


def test_a_layer_without_a_known_cache_argument_is_refused():
    from enrich import EnrichError
    from enrich.model.slots import cache_argument

    class Unknown:
        def forward(self, hidden_states, attention_mask=None, kv=None):
            return hidden_states

    assert cache_argument(type(opt(0).get_decoder().layers[0])) in ("cache", "past_key_values")
    with pytest.raises(EnrichError, match="use --engine reference"):
        cache_argument(Unknown)
