import dataclasses

import numpy as np
import pytest
import torch
from PIL import Image

from enrich.lab.tiny import TinySpec, save_tiny_blip2
from enrich.model.reference import ReferenceEngine
from enrich.records import Task
from tests.model.oracles import load_exact

TASKS = [
    Task("caption", "", 20),
    Task("wearing", "Question: What is the person wearing? Answer:", 30),
    Task("color", "Question: What is the color of the garment? Answer:", 10),
    Task("description", "Question: Describe the garment. Answer:", 30),
    Task("details", "Question: What are the details of the garment? Answer:", 30),
]


def images(seed: int, count: int = 3) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [
        rng.integers(0, 256, size=(rng.integers(40, 90), rng.integers(40, 90), 3), dtype=np.uint8) for _ in range(count)
    ]


@pytest.fixture(scope="module", params=[(11, 0.5), (12, 0.8), (13, 0.3)], ids=lambda p: f"seed{p[0]}")
def model(request, tmp_path_factory):
    """Several tiny random models whose language-model weights are large enough for outputs to vary.

    Always fp32 without TF32 (oracles.load_exact): these tests prove the engines compute the same function.
    """
    seed, std = request.param
    path = save_tiny_blip2(tmp_path_factory.mktemp("m"), TinySpec(text_init_std=std, seed=seed))
    return load_exact(str(path))


def test_outputs_depend_on_image_and_prompt(model):
    results = ReferenceEngine(model).run(images(1), TASKS)
    by_task = [{per_image[j].text for per_image in results} for j in range(len(TASKS))]
    assert all(len({g.text for g in per_image}) >= 3 for per_image in results)  # prompts matter
    assert any(len(texts) > 1 for texts in by_task)  # images matter


def test_reference_equals_plain_per_prompt_generate(model):
    """The product's reference path is exactly the original experiments' call, prompt sliced off."""
    picture = images(5, 1)[0]
    task = TASKS[1]
    inputs = model.processor(images=Image.fromarray(picture), text=task.prompt, return_tensors="pt").to(model.device)
    with torch.no_grad():
        out = model.model.generate(
            **inputs, max_new_tokens=task.max_new_tokens, do_sample=False, eos_token_id=model.stop_token_ids
        )
    new = out[0, inputs["input_ids"].shape[1] :].tolist()
    stops = [k for k, t in enumerate(new) if t in model.stop_token_ids]
    new = new[: stops[0]] if stops else new
    expected = model.tokenizer.decode(new, skip_special_tokens=True).strip()
    [[generation]] = ReferenceEngine(model).run([picture], [task])
    assert generation.text == expected and generation.num_tokens == len(new)


def test_generation_stops_at_newline_or_eos_and_flags_the_limit(model):
    newline = model.stop_token_ids[0]

    def only_newline(module, inputs, logits):  # every next token a newline: answers must end at once
        forced = torch.full_like(logits, -1e4)
        forced[..., newline] = 0.0
        return forced

    # forced on the logits, not through the head's weights: a newline row of ones scores the sum of a layer-normed
    # hidden state, which is zero up to rounding, and lost to the other tokens' zeros on some machines
    hook = model.model.language_model.lm_head.register_forward_hook(only_newline)
    try:
        [[stopped]] = ReferenceEngine(model).run(images(2, 1), [TASKS[1]])
    finally:
        hook.remove()
    assert (stopped.text, stopped.num_tokens, stopped.hit_limit) == ("", 0, False)
    [[long]] = ReferenceEngine(model).run(images(2, 1), [Task("x", TASKS[1].prompt, 3)])
    assert long.num_tokens <= 3 and long.hit_limit == (long.num_tokens == 3)


def without_stops(loaded):
    """The model as loading gives one saved with random weights (loading.RANDOM_WEIGHTS): no stop tokens."""
    return dataclasses.replace(loaded, stop_token_ids=[])


def test_a_model_without_stop_tokens_runs_every_answer_to_its_limit(model):
    [[a, b]] = ReferenceEngine(without_stops(model)).run(images(3, 1), [TASKS[0], TASKS[2]])
    assert (a.num_tokens, b.num_tokens) == (20, 10) and a.hit_limit and b.hit_limit
