import pytest

from enrich.model.reference import ReferenceEngine
from enrich.model.vision_once import VisionOnceEngine
from enrich.records import Generation
from tests.model.oracles import load_exact
from tests.model.test_engine import TASKS, images, model, without_stops  # noqa: F401  (fixture)


@pytest.mark.parametrize("batch_size", [1, 4, 64])
def test_open_answers_equal_the_reference(model, batch_size):  # noqa: F811
    pictures = images(batch_size + 7, 4)
    fast = VisionOnceEngine(model, image_batch=batch_size, cpu_decode_rows=batch_size).run(pictures, TASKS)
    assert fast == ReferenceEngine(model).run(pictures, TASKS)
    assert all(isinstance(g, Generation) for per_image in fast for g in per_image)


def test_vision_runs_once_per_image(model, monkeypatch):  # noqa: F811
    calls = []
    vision = model.model.vision_model
    original = vision.forward
    monkeypatch.setattr(
        vision, "forward", lambda pixel_values, **kw: calls.append(len(pixel_values)) or original(pixel_values, **kw)
    )
    VisionOnceEngine(model, image_batch=16, cpu_decode_rows=16).run(images(1, 3), TASKS)
    assert sum(calls) == 3


def test_image_batch_chunks_vision_and_prefix_and_cpu_decode_rows_chunks_the_decoded_rows(model, monkeypatch):  # noqa: F811
    from enrich.model import vision_once

    vision_calls, prefix_calls, decoded_rows = [], [], []
    vision = model.model.vision_model
    original_vision, original_prefix, original_decode = (
        vision.forward,
        vision_once.image_prefix,
        vision_once.decode_greedy,
    )
    monkeypatch.setattr(
        vision,
        "forward",
        lambda pixel_values, **kw: vision_calls.append(len(pixel_values)) or original_vision(pixel_values, **kw),
    )
    monkeypatch.setattr(
        vision_once,
        "image_prefix",
        lambda slots, embeds: prefix_calls.append(len(embeds)) or original_prefix(slots, embeds),
    )
    monkeypatch.setattr(
        vision_once,
        "decode_greedy",
        lambda slots, embeds, *a: decoded_rows.append(len(embeds)) or original_decode(slots, embeds, *a),
    )
    VisionOnceEngine(model, image_batch=2, cpu_decode_rows=3).run(images(6, 5), TASKS[:2])
    assert vision_calls == prefix_calls == [2, 2, 1]
    if model.device.type == "cpu":
        assert decoded_rows == [3, 2] * 2  # 5 images' rows per answer limit (20 and 30 tokens), 3 at a time
    else:  # on CUDA free memory decides: the tiny model's 5 rows fit in one pass
        assert decoded_rows == [5, 5]


def test_stage_times_are_recorded(model):  # noqa: F811
    engine = VisionOnceEngine(model, image_batch=8, cpu_decode_rows=8)
    engine.run(images(2, 2), TASKS)
    assert {"preprocess", "vision", "prefill", "decode"} <= set(engine.timer.seconds)


def test_a_model_without_stop_tokens_decodes_every_answer_to_its_limit(model):  # noqa: F811
    [[caption, wearing]] = VisionOnceEngine(without_stops(model), image_batch=8, cpu_decode_rows=8).run(
        images(4, 1), TASKS[:2]
    )
    assert (caption.num_tokens, wearing.num_tokens) == (20, 30)


@pytest.mark.slow  # over 5 s: out of the fast loop
def test_questions_grouped_per_adapter_switch_once_per_group_and_match_the_reference(
    tiny_model, tiny_lora, second_lora
):
    from dataclasses import replace

    loaded = load_exact(str(tiny_model), named_adapters={"caption": str(tiny_lora), "vqa": str(second_lora)})
    tasks = [
        replace(TASKS[0], adapter="caption"),
        replace(TASKS[1], adapter="vqa"),
        TASKS[2],
        replace(TASKS[3], adapter="caption"),
        replace(TASKS[4], adapter="vqa"),
    ]
    switches = []
    original = loaded.adapter
    loaded.adapter = lambda name: switches.append(name) or original(name)
    pictures = images(31, 6)
    fast = VisionOnceEngine(loaded, image_batch=8, cpu_decode_rows=8).run(pictures, tasks)
    assert sorted(switches, key=str) == sorted(["caption", "vqa", None], key=str)  # per group, not per item
    assert fast == ReferenceEngine(loaded).run(pictures, tasks)
