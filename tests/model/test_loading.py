import logging
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
import torch

from enrich import EnrichError
from enrich.model import check_checkpoint
from enrich.model.generation import to_generation
from enrich.model.loading import load_blip2, pick_device, pick_dtype
from enrich.model.reference import ReferenceEngine
from enrich.records import Task
from tests.model.oracles import load_exact

IMAGE = np.full((64, 64, 3), (200, 30, 40), np.uint8)
TASKS = [Task("wearing", "Question: What is the person wearing? Answer:", 12)]


def test_loads_a_local_checkpoint_with_left_padding_and_stop_tokens(tiny_model):
    loaded = load_blip2(str(tiny_model))
    assert loaded.device == pick_device() and loaded.dtype == pick_dtype("auto", pick_device())
    assert loaded.tokenizer.padding_side == "left"
    newline = loaded.tokenizer.encode("\n", add_special_tokens=False)
    tokenizer = loaded.tokenizer
    assert tokenizer.pad_token_id not in (None, tokenizer.eos_token_id)
    assert loaded.stop_token_ids == [newline[0], tokenizer.eos_token_id, tokenizer.pad_token_id]


def test_an_answer_padded_to_the_limit_ended_where_the_padding_starts(tiny_model):
    """An adapter trained with the padding in its loss (../CONTEXT.md) answers and then pads: "pink" padded to the
    limit is "pink", ended, not an answer cut at the limit."""
    loaded = load_blip2(str(tiny_model))
    tokenizer = loaded.tokenizer
    pink = tokenizer.encode(" pink", add_special_tokens=False)
    padded = pink + [tokenizer.pad_token_id] * (30 - len(pink))
    generation = to_generation(loaded, padded, max_new_tokens=30)
    assert (generation.text, generation.num_tokens, generation.hit_limit) == ("pink", len(pink), False)
    looping = to_generation(loaded, (pink * 30)[:30], max_new_tokens=30)
    assert looping.hit_limit and looping.num_tokens == 30


def test_dtype_is_auto_by_device_and_overridable():
    assert pick_dtype("auto", torch.device("cpu")) == torch.float32
    assert pick_dtype("auto", torch.device("cuda")) == torch.bfloat16
    assert pick_dtype("float16", torch.device("cpu")) == torch.float16


def test_adapter_is_merged_and_changes_the_answers(tiny_model, tiny_lora):
    base = ReferenceEngine(load_blip2(str(tiny_model))).run([IMAGE], TASKS)
    tuned_model = load_blip2(str(tiny_model), str(tiny_lora))
    assert not hasattr(tuned_model.model, "peft_config")  # merged: plain BLIP-2 modules at inference
    tuned = ReferenceEngine(tuned_model).run([IMAGE], TASKS)
    assert tuned != base


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the no-CUDA message")
def test_quantize_without_cuda_is_a_clear_error(tiny_model):
    with pytest.raises(EnrichError, match="needs a CUDA GPU"):
        load_blip2(str(tiny_model), quantize="8bit")


def test_missing_or_corrupt_checkpoints_fail_fast(tmp_path, tiny_model):
    with pytest.raises(EnrichError, match="not found"):
        check_checkpoint(str(tmp_path / "no-such-model"))
    check_checkpoint("Salesforce/blip2-opt-2.7b")  # a hub id is resolved where the model loads
    pickled = tmp_path / "pickled"
    pickled.mkdir()
    (pickled / "config.json").write_text("{}")
    (pickled / "pytorch_model.bin").write_bytes(b"\x80\x04pickle")
    with pytest.raises(EnrichError, match="pickle weights .* refused"):
        load_blip2(str(pickled))
    corrupt = tmp_path / "corrupt"
    shutil.copytree(tiny_model, corrupt)
    (corrupt / "model.safetensors").write_bytes(b"garbage")
    with pytest.raises(EnrichError, match="could not load a BLIP-2 checkpoint"):
        load_blip2(str(corrupt))


def test_pickle_adapters_are_refused(tmp_path, tiny_model, tiny_lora):
    adapter = tmp_path / "adapter"
    shutil.copytree(tiny_lora, adapter)
    (adapter / "adapter_model.safetensors").rename(adapter / "adapter_model.bin")
    with pytest.raises(EnrichError, match="safetensors"):
        load_blip2(str(tiny_model), str(adapter))


@pytest.mark.slow  # over 5 s: out of the fast loop
def test_offline_mode_loads_local_directories(tiny_model, tiny_lora):
    code = (
        "from enrich.model.loading import load_blip2; "
        f"m = load_blip2({str(tiny_model)!r}, {str(tiny_lora)!r}); print('loaded', m.device)"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"loaded {pick_device().type}" in done.stdout


@pytest.mark.gpu
@pytest.mark.parametrize("quantize", [None, "8bit", "4bit"])
def test_cuda_loading_bf16_and_quantized(tiny_model, quantize):
    pytest.importorskip("bitsandbytes") if quantize else None
    loaded = load_blip2(str(tiny_model), quantize=quantize)
    assert loaded.device.type == "cuda" and loaded.dtype == torch.bfloat16
    [[generation]] = ReferenceEngine(loaded).run([IMAGE], TASKS)
    assert generation.num_tokens > 0


def test_named_adapters_switch_per_call_and_match_the_merged_adapter(tiny_model, tiny_lora, second_lora):
    loaded = load_exact(str(tiny_model), named_adapters={"a": str(tiny_lora), "b": str(second_lora)})
    assert loaded.named_adapters == {"a": False, "b": False}  # LoRA on the language model only
    engine = ReferenceEngine(loaded)
    answers = {}
    for name in ("a", None, "b", "a"):
        tasks = [Task(t.key, t.prompt, t.max_new_tokens, adapter=name) for t in TASKS]
        answers.setdefault(name, []).append(engine.run([IMAGE], tasks))
    assert answers["a"][0] == answers["a"][1]  # switching back gives the same answers: no state leaks
    for name, merged in ((None, None), ("a", tiny_lora), ("b", second_lora)):
        expected = ReferenceEngine(load_exact(str(tiny_model), str(merged) if merged else None)).run([IMAGE], TASKS)
        assert answers[name][0] == expected


def test_the_int8_cast_warning_is_logged_once_per_process(caplog):
    """bitsandbytes logged it on every matmul: 10 MB of log for 128 images of an 8-bit bench on an H200."""
    from enrich.model.loading import _log_once

    # a logger of its own: an 8-bit load earlier in the process (the GPU tests) has let bitsandbytes' one through
    name, message = "tests.int8_cast_warning", "MatMul8bitLt: inputs will be cast from %s to float16"
    _log_once(name, "MatMul8bitLt: inputs will be cast")
    _log_once(name, "MatMul8bitLt: inputs will be cast")  # a second load adds no second filter
    for _ in range(3):
        logging.getLogger(name).warning(message, torch.bfloat16)
    logging.getLogger(name).warning("something else")
    assert [r.getMessage()[:12] for r in caplog.records if r.name == name] == ["MatMul8bitLt", "something el"]
