import numpy as np
import pytest
import torch
from PIL import Image

from enrich.model.engine import BatchedEngine, ReferenceEngine
from enrich.model.loading import load_blip2
from enrich.model.tiny import TinySpec, save_tiny_blip2

PROMPTS = [
    ("", 20),
    ("Question: What is the person wearing? Answer:", 30),
    ("Question: What is the color of the garment? Answer:", 10),
    ("Question: Describe the garment. Answer:", 30),
    ("Question: What are the details of the garment? Answer:", 30),
]


def images(seed: int, count: int = 3) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.integers(0, 256, size=(rng.integers(40, 90), rng.integers(40, 90), 3), dtype=np.uint8)
            for _ in range(count)]  # fmt: skip


@pytest.fixture(scope="module", params=[(11, 0.5), (12, 0.8), (13, 0.3)], ids=lambda p: f"seed{p[0]}")
def model(request, tmp_path_factory):
    seed, std = request.param
    path = save_tiny_blip2(tmp_path_factory.mktemp("m"), TinySpec(text_init_std=std, seed=seed))
    return load_blip2(str(path))


def test_outputs_depend_on_image_and_prompt(model):
    results = ReferenceEngine(model).generate(images(1), PROMPTS)
    by_prompt = [{per_image[j].text for per_image in results} for j in range(len(PROMPTS))]
    assert all(len({g.text for g in per_image}) >= 3 for per_image in results)  # prompts matter
    assert any(len(texts) > 1 for texts in by_prompt)  # images matter


@pytest.mark.parametrize("batch_size", [1, 4, 64])
def test_batched_engine_equals_the_reference(model, batch_size):
    pictures = images(batch_size)
    assert BatchedEngine(model, batch_size).generate(pictures, PROMPTS) == ReferenceEngine(model).generate(
        pictures, PROMPTS
    )


def test_reference_equals_plain_per_prompt_generate(model):
    """The product's reference path is exactly the original experiments' call, prompt sliced off."""
    picture = images(5, 1)[0]
    text, limit = PROMPTS[1]
    inputs = model.processor(images=Image.fromarray(picture), text=text, return_tensors="pt")
    with torch.no_grad():
        out = model.model.generate(**inputs, max_new_tokens=limit, do_sample=False,
                                   eos_token_id=model.stop_token_ids)  # fmt: skip
    new = out[0, inputs["input_ids"].shape[1] :].tolist()
    stops = [k for k, t in enumerate(new) if t in model.stop_token_ids]
    new = new[: stops[0]] if stops else new
    expected = model.tokenizer.decode(new, skip_special_tokens=True).strip()
    [[generation]] = ReferenceEngine(model).generate([picture], [(text, limit)])
    assert generation.text == expected and generation.num_tokens == len(new)


def test_generation_stops_at_newline_or_eos_and_flags_the_limit(model):
    newline = model.stop_token_ids[0]
    with torch.no_grad():  # make every next token a newline: answers must end at once
        model.model.language_model.lm_head.bias = None
        original = model.model.language_model.lm_head.weight.clone()
        model.model.language_model.lm_head.weight.zero_()
        model.model.language_model.lm_head.weight[newline] = 1.0
        try:
            [[stopped]] = ReferenceEngine(model).generate(images(2, 1), [PROMPTS[1]])
        finally:
            model.model.language_model.lm_head.weight.copy_(original)
    assert (stopped.text, stopped.num_tokens, stopped.hit_limit) == ("", 0, False)
    [[long]] = ReferenceEngine(model).generate(images(2, 1), [(PROMPTS[1][0], 3)])
    assert long.num_tokens <= 3
    assert long.hit_limit == (long.num_tokens == 3)
