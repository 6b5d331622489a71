"""`enrich convert-adapter`: an old adapter_model.bin becomes safetensors, explicitly; nothing else reads pickles."""

import os
import pickle
import shutil

import numpy as np
import pytest
import torch
from click.testing import CliRunner
from safetensors.torch import load_file

from enrich import EnrichError
from enrich.cli import main
from enrich.model.convert import convert_adapter
from enrich.model.loading import load_blip2
from enrich.model.reference import ReferenceEngine
from enrich.records import Task

TASKS = [Task("wearing", "Question: What is the person wearing? Answer:", 8)]
IMAGE = np.full((40, 40, 3), (200, 30, 40), np.uint8)


@pytest.fixture
def old_adapter(experiment_lora, tmp_path):
    """The experiment's adapter as older peft saved it: adapter_model.bin, no safetensors."""
    old = tmp_path / "Data3_V3_BLIP2_VQA"
    old.mkdir()
    shutil.copy(experiment_lora / "adapter_config.json", old)
    torch.save(load_file(experiment_lora / "adapter_model.safetensors"), old / "adapter_model.bin")
    return old


def test_a_pickle_adapter_is_refused_with_the_command_that_converts_it(blip2_current, old_adapter):
    with pytest.raises(EnrichError, match=f"enrich convert-adapter {old_adapter} {old_adapter}-safetensors"):
        load_blip2(str(blip2_current), str(old_adapter))


def test_the_converted_adapter_gives_the_same_answers(blip2_current, experiment_lora, old_adapter, tmp_path):
    converted = tmp_path / "vqa"
    done = CliRunner().invoke(main, ["convert-adapter", str(old_adapter), str(converted)])
    assert done.exit_code == 0, done.output
    assert sorted(p.name for p in converted.iterdir()) == ["adapter_config.json", "adapter_model.safetensors"]
    answers = ReferenceEngine(load_blip2(str(blip2_current), str(converted))).run([IMAGE], TASKS)
    assert answers == ReferenceEngine(load_blip2(str(blip2_current), str(experiment_lora))).run([IMAGE], TASKS)
    again = CliRunner().invoke(main, ["convert-adapter", str(old_adapter), str(converted)])
    assert again.exit_code == 1 and "exists already" in again.output  # never overwritten


class Payload:
    def __reduce__(self):
        return (os.system, ("touch PWNED",))


def test_a_pickle_that_would_run_code_is_not_converted(experiment_lora, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    shutil.copy(experiment_lora / "adapter_config.json", hostile)
    with (hostile / "adapter_model.bin").open("wb") as handle:
        pickle.dump({"base_model.model.x.lora_A.weight": Payload()}, handle)
    done = CliRunner().invoke(main, ["convert-adapter", str(hostile), str(tmp_path / "out")])
    assert done.exit_code == 1 and "cannot be read as plain tensors, so it is not converted" in done.output
    assert not (tmp_path / "PWNED").exists() and not (tmp_path / "out").exists()


def test_a_damaged_adapter_config_is_named_not_copied(old_adapter, tmp_path):
    (old_adapter / "adapter_config.json").write_text('{"r": 8, "target_')  # a copy cut short
    with pytest.raises(EnrichError, match="adapter_config.json is not valid JSON"):
        convert_adapter(old_adapter, tmp_path / "converted")
    assert not (tmp_path / "converted").exists()


@pytest.mark.parametrize(
    "state, said",
    [
        ({}, "holds no tensors"),
        ({1: torch.zeros(2, 2)}, "names a tensor 1, not by text"),
        ({"a.lora_A.weight": torch.zeros(2, 2).to_sparse()}, "is torch.sparse_coo"),
        ({"a.lora_A.weight": torch.zeros(2, 2, device="meta")}, "is meta"),
        ({"a.lora_A.weight": torch.zeros(2, 2, dtype=torch.complex64)}, "is complex"),
    ],
)
def test_a_state_dict_no_lora_adapter_holds_is_refused_in_one_line(old_adapter, tmp_path, state, said):
    torch.save(state, old_adapter / "adapter_model.bin")
    done = CliRunner().invoke(main, ["convert-adapter", str(old_adapter), str(tmp_path / "out")])
    assert done.exit_code == 1 and said in done.output and "Traceback" not in done.output, done.output
    assert not (tmp_path / "out").exists()


def test_a_destination_under_a_file_is_one_line_and_files_there_are_never_replaced(old_adapter, tmp_path):
    (tmp_path / "file").write_text("x")
    done = CliRunner().invoke(main, ["convert-adapter", str(old_adapter), str(tmp_path / "file" / "out")])
    assert done.exit_code == 1 and "cannot write the adapter to" in done.output, done.output
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "adapter_config.json").write_text('{"mine": true}')
    convert_adapter(old_adapter, kept)
    assert (kept / "adapter_config.json").read_text() == '{"mine": true}' and (
        kept / "adapter_model.safetensors"
    ).exists()
