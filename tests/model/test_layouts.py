"""The BLIP-2 layouts a user meets (tests/model/replicas.py), through the production loader and both engines."""

import json

import numpy as np
import pytest

from enrich import EnrichError
from enrich.model.loading import fit_image_tokens, load_blip2
from enrich.model.reference import ReferenceEngine
from enrich.model.vision_once import VisionOnceEngine
from enrich.records import Task
from tests.model.replicas import QUERY_TOKENS, save_blip2_opt

TASKS = [Task("caption", "", 10), Task("wearing", "Question: What is the person wearing? Answer:", 10)]


def images(count: int) -> list[np.ndarray]:
    rng = np.random.default_rng(3)
    return [rng.integers(0, 255, (40, 40, 3), dtype=np.uint8) for _ in range(count)]


def both_engines(loaded) -> tuple[list, list]:
    pictures = images(3)
    return ReferenceEngine(loaded).run(pictures, TASKS), VisionOnceEngine(loaded, image_batch=4, cpu_decode_rows=4).run(
        pictures, TASKS
    )


def test_the_replicas_have_the_hub_layouts(blip2_current, blip2_pre2024):
    current = json.loads((blip2_current / "config.json").read_text())
    words = len(json.loads((blip2_current / "vocab.json").read_text()))
    assert current["image_token_index"] == words  # right after the BPE vocabulary, as 50265 on the hub
    assert current["text_config"]["vocab_size"] % 64 == 0 and current["text_config"]["vocab_size"] > words
    assert json.loads((blip2_current / "processor_config.json").read_text())["num_query_tokens"] == QUERY_TOKENS
    old = json.loads((blip2_pre2024 / "config.json").read_text())
    assert "image_token_index" not in old and not (blip2_pre2024 / "processor_config.json").exists()
    assert old["text_config"]["vocab_size"] % 8 == 0 and old["text_config"]["vocab_size"] >= words
    assert (blip2_current / "model.safetensors.index.json").is_file()  # sharded, like the 2.7b repository


def test_the_current_layout_with_the_experiments_lora_gives_the_same_answers_on_both_engines(
    blip2_current, experiment_lora
):
    loaded = load_blip2(str(blip2_current), str(experiment_lora))
    assert loaded.notes == []  # nothing to upgrade
    assert loaded.tokenizer("Question:")["input_ids"][0] == 2  # OPT: `</s>` opens every text
    reference, default = both_engines(loaded)
    assert reference == default
    assert reference != ReferenceEngine(load_blip2(str(blip2_current))).run(images(3), TASKS)  # the LoRA is applied


def test_a_pre2024_checkpoint_is_upgraded_at_load_and_both_engines_agree(blip2_pre2024):
    loaded = load_blip2(str(blip2_pre2024))
    [note] = loaded.notes
    assert "before the 2024 processor update" in note and "image_token_index None ->" in note
    image_token = loaded.tokenizer.convert_tokens_to_ids("<image>")
    assert loaded.model.config.image_token_index == image_token
    assert loaded.processor.num_query_tokens == QUERY_TOKENS
    assert "embeddings" not in note  # the vocabulary padded to a multiple of 8 has room for `<image>`
    reference, default = both_engines(loaded)  # the reference engine failed: 'bool' has no attribute 'unsqueeze'
    assert reference == default and all(g.num_tokens for per_image in reference for g in per_image)


def test_a_pre2024_checkpoint_without_room_for_the_image_token_grows_its_embeddings(tmp_path):
    words = len(json.loads(save_blip2_opt(tmp_path / "probe", "pre2024").joinpath("vocab.json").read_text()))
    model = save_blip2_opt(tmp_path / "tight", "pre2024", vocab_rows=words)
    loaded = load_blip2(str(model))
    assert f"embeddings {words} -> " in loaded.notes[0]
    assert loaded.model.get_input_embeddings().num_embeddings > loaded.model.config.image_token_index
    reference, default = both_engines(loaded)
    assert reference == default


def test_an_image_token_the_tokenizer_splits_is_refused_with_the_fix(blip2_current):
    loaded = load_blip2(str(blip2_current))
    loaded.processor.image_token = "<img>"  # a fork that renamed the token without adding it to its tokenizer
    with pytest.raises(EnrichError, match="does not keep <img> as one token.*add it as a special token"):
        fit_image_tokens(loaded.model, loaded.processor, "fork")


def test_a_t5_blip2_is_refused_by_the_default_engine_with_the_way_out(blip2_t5):
    loaded = load_blip2(str(blip2_t5))
    tokenizer = loaded.tokenizer
    assert loaded.notes == [] and loaded.stop_token_ids == [tokenizer.eos_token_id, tokenizer.pad_token_id]
    with pytest.raises(EnrichError, match="drives OPT decoders.*T5ForConditionalGeneration; use --engine reference"):
        VisionOnceEngine(loaded, image_batch=4, cpu_decode_rows=4)


def test_generated_ids_skip_the_echoed_prompt_or_the_decoder_start(blip2_current, blip2_t5):
    import torch

    row = torch.arange(20)
    assert load_blip2(str(blip2_current)).new_tokens(row, 12) == list(range(12, 20))  # OPT echoes its prompt
    assert load_blip2(str(blip2_t5)).new_tokens(row, 12) == list(range(1, 20))  # T5: decoder start, then new ids


def test_a_t5_blip2_answers_on_the_reference_engine(blip2_t5):
    [[caption, wearing], [other, _]] = ReferenceEngine(load_blip2(str(blip2_t5))).run(images(2), TASKS)
    assert caption.num_tokens and wearing.num_tokens and caption.text != wearing.text and caption != other


def test_the_random_blip2_opt_2_7b_has_the_hubs_current_vocabulary():
    from enrich.lab.arch import ARCHS, _config
    from enrich.lab.tiny import build_tokenizer

    config = _config(ARCHS["blip2-opt-2.7b"], build_tokenizer(512))
    assert config.text_config.vocab_size == 50304  # 50265 BPE tokens + <image>, padded to 64 (50272 before 2024)


def test_the_default_engine_refuses_a_local_non_opt_checkpoint_from_its_config_alone(tmp_path):
    from enrich.model import check_engine

    (tmp_path / "config.json").write_text(json.dumps({"model_type": "blip-2", "text_config": {"model_type": "t5"}}))
    with pytest.raises(EnrichError, match="has a t5 language model: .* only; use --engine reference"):
        check_engine(str(tmp_path), "default")
    check_engine(str(tmp_path), "reference")
    check_engine("Salesforce/blip2-flan-t5-xl", "default")  # a hub id: refused where it loads
    (tmp_path / "config.json").write_text("{not json")
    check_engine(str(tmp_path), "default")  # the loader says what is wrong with the file
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "blip-2", "text_config": {}}))
    check_engine(str(tmp_path), "default")  # no model_type: OPT, transformers' default for BLIP-2
