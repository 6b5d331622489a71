import pytest
import torch
from transformers import GPT2Config, GPT2LMHeadModel, OPTConfig, OPTForCausalLM

from enrich.model.batching import StageTimer
from enrich.model.slots import SlotDecoder, run_prompts, supports_slots
from enrich.model.static_decode import StaticGreedy, decode_greedy

STOPS = [2, 7]  # eos and a second stop token, as OPT's eos and "\n"


def opt(seed: int, **overrides) -> OPTForCausalLM:
    """A random OPT whose weights are large enough that greedy outputs vary with the input."""
    torch.manual_seed(seed)
    config = OPTConfig(
        vocab_size=64,
        hidden_size=32,
        ffn_dim=64,
        num_hidden_layers=3,
        num_attention_heads=4,
        word_embed_proj_dim=overrides.pop("word_embed_proj_dim", 32),
        max_position_embeddings=128,
        init_std=0.5,
        pad_token_id=1,
        bos_token_id=2,
        eos_token_id=2,
        attn_implementation="sdpa",
        **overrides,
    )
    return OPTForCausalLM(config).eval()


def left_padded_prompts(lm, seed: int, rows: int = 6) -> tuple[torch.Tensor, torch.Tensor]:
    generator = torch.Generator().manual_seed(seed)
    lengths = torch.randint(2, 9, (rows,), generator=generator)
    mask = (torch.arange(8)[None] >= 8 - lengths[:, None]).long()
    ids = torch.randint(3, 64, (rows, 8), generator=generator) * mask + (1 - mask)  # padding is id 1
    return lm.get_input_embeddings()(ids).detach(), mask


def up_to_the_first_stop(ids: list[int]) -> list[int]:
    end = next((k for k, token in enumerate(ids) if token in STOPS), len(ids) - 1)
    return ids[: end + 1]


@pytest.mark.parametrize(
    "variant",
    [{}, {"do_layer_norm_before": False}, {"word_embed_proj_dim": 16}],
    ids=["pre-norm", "post-norm like OPT-350m", "projected embeddings"],
)
@pytest.mark.parametrize("seed", [0, 1, 2])
@torch.inference_mode()
def test_tokens_equal_generate(variant, seed):
    lm = opt(seed, **dict(variant))
    embeds, mask = left_padded_prompts(lm, seed)
    ours = decode_greedy(SlotDecoder(lm), embeds, mask, 12, STOPS, StageTimer(embeds.device))
    theirs = lm.generate(
        inputs_embeds=embeds,
        attention_mask=mask,
        max_new_tokens=12,
        do_sample=False,
        eos_token_id=STOPS,
        pad_token_id=1,
    ).tolist()
    assert [up_to_the_first_stop(row) for row in ours] == [up_to_the_first_stop(row) for row in theirs]
    assert len({tuple(row) for row in ours}) > 1  # the outputs depend on the prompt


@torch.inference_mode()
def test_without_stop_ids_every_row_runs_to_its_limit():
    lm = opt(0)
    embeds, mask = left_padded_prompts(lm, 0)
    no_stops = []  # a model with random weights (loading.RANDOM_WEIGHTS): timed to the limit
    tokens = decode_greedy(SlotDecoder(lm), embeds, mask, 9, no_stops, StageTimer(embeds.device))
    assert [len(row) for row in tokens] == [9] * 6


@torch.inference_mode()
def test_decoding_ends_once_every_row_has_stopped():
    lm = opt(0)
    embeds, mask = left_padded_prompts(lm, 0)
    timer = StageTimer(embeds.device)
    tokens = decode_greedy(SlotDecoder(lm), embeds, mask, 9, list(range(64)), timer)  # every token is a stop
    assert [len(row) for row in tokens] == [1] * 6
    assert {"prefill", "decode"} <= set(timer.seconds)


@torch.inference_mode()
def test_the_step_traces_as_one_graph_with_nothing_read_back_to_the_host():
    """The CPU stand-in for CUDA graph capture: a step with a .item(), a .tolist() or a branch on a tensor's
    value breaks a fullgraph trace, as it would break capture."""
    lm = opt(0)
    embeds, mask = left_padded_prompts(lm, 0)
    model = SlotDecoder(lm)
    eager = decode_greedy(model, embeds, mask, 6, [], StageTimer(embeds.device))  # no stops: all 6 steps
    traced = StaticGreedy(model, run_prompts(model, embeds, mask, 6), 6, STOPS)
    step = torch.compile(traced._step, backend="eager", fullgraph=True)
    for _ in range(5):
        step()
    assert traced.tokens.tolist() == eager


def test_only_opt_style_decoders_are_driven():
    assert supports_slots(opt(0))
    gpt2 = GPT2LMHeadModel(GPT2Config(vocab_size=64, n_embd=32, n_layer=1, n_head=4, n_positions=64))
    assert not supports_slots(gpt2)


@pytest.mark.gpu
@torch.inference_mode()
def test_cuda_graph_replay_gives_the_eager_tokens(caplog):
    lm = opt(1)
    embeds, mask = left_padded_prompts(lm, 1)
    lm, embeds, mask = lm.cuda(), embeds.cuda(), mask.cuda()
    model, timer = SlotDecoder(lm), StageTimer(embeds.device)
    eager = decode_greedy(model, embeds, mask, 12, [], timer)  # no stops: every row runs all 12 steps
    replayed = decode_greedy(model, embeds, mask, 12, [], timer, graphs=True)
    assert replayed == eager
    assert "capture failed" not in caplog.text  # the graph ran, not the eager fallback


@pytest.mark.gpu
@torch.inference_mode()
def test_cuda_graph_replay_gives_the_eager_tokens_at_full_size(caplog):
    """blip2-opt-2.7b's language model (32 layers of 2560, random bf16 weights), rows as a shard decodes them."""
    from enrich.lab.arch import ARCHS

    layers, hidden, ffn, heads = ARCHS["blip2-opt-2.7b"]["text"]
    config = OPTConfig(
        vocab_size=ARCHS["blip2-opt-2.7b"]["vocab"],
        hidden_size=hidden,
        ffn_dim=ffn,
        num_hidden_layers=layers,
        num_attention_heads=heads,
        word_embed_proj_dim=hidden,
        attn_implementation="sdpa",
    )
    torch.manual_seed(0)
    with torch.device("cuda"):
        lm = OPTForCausalLM(config).to(torch.bfloat16).eval()
        ids = torch.randint(3, config.vocab_size, (256, 48))
        mask = (torch.arange(48)[None] >= torch.randint(0, 40, (256, 1))).long()  # 9 to 48 prompt tokens
    embeds = lm.get_input_embeddings()(ids * mask + (1 - mask))
    model, timer = SlotDecoder(lm), StageTimer(embeds.device)
    eager = decode_greedy(model, embeds, mask, 30, [], timer)  # an open answer's limit; no stops
    replayed = decode_greedy(model, embeds, mask, 30, [], timer, graphs=True)
    assert replayed == eager
    # the rows decode differently after the first token (which comes from the prompt pass, graphs or not)
    assert len({tuple(tokens[1:]) for tokens in eager}) > 200
    assert "capture failed" not in caplog.text
