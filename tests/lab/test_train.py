"""`enrich train` / `enrich eval`: label masking, batch mixing, the schedule, and real (tiny) training runs."""

from __future__ import annotations

import json
import random

import pytest
from click.testing import CliRunner

from enrich import EnrichError
from enrich.cli import main
from enrich.config import default_questionnaire
from enrich.lab.render import write_catalog
from enrich.lab.schedule import lr_at
from enrich.lab.train import Example, collate, encode, examples_of, labelled_rows, mixed_batches, read_labels
from enrich.questionnaire import load_questionnaire


@pytest.fixture(scope="module")
def tokenizer(tiny_model):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(tiny_model))


def test_only_the_answer_and_its_terminator_are_labelled(tokenizer):
    eos = tokenizer.eos_token_id
    prompt = "Question: What is the color of the garment? Answer:"
    ids, labels = encode(tokenizer, 7, 4, Example(0, prompt, "navy", "color"), eos)
    prompt_ids = [7] * 4 + tokenizer(prompt)["input_ids"]
    answer = tokenizer.encode(" navy", add_special_tokens=False)
    assert ids == prompt_ids + answer + [eos]
    assert labels == [-100] * len(prompt_ids) + answer + [eos]  # image tokens and prompt masked; the stop learned
    caption_ids, caption_labels = encode(tokenizer, 7, 4, Example(0, "", "a red dress", "caption"), eos)
    assert caption_labels[-1] == eos and caption_labels.count(-100) == 4 + len(tokenizer("")["input_ids"])
    batch_ids, mask, batch_labels = collate([(ids, labels), (caption_ids, caption_labels)], tokenizer.pad_token_id)
    shorter = min(len(ids), len(caption_ids))
    assert mask[1 if len(caption_ids) < len(ids) else 0, shorter:].sum() == 0  # right padding, masked out...
    assert (batch_labels[mask == 0] == -100).all()  # ...and never learned


def test_batches_mix_captions_and_vqa_in_the_set_ratio():
    captions = [Example(i, "", f"c{i}", "caption") for i in range(10)]
    vqa = [Example(i, "q", f"v{i}", "color") for i in range(30)]
    batches = mixed_batches(captions, vqa, 8, 0.25, random.Random(0))
    assert all(sum(e.task == "color" for e in b) == 2 and len(b) == 8 for b in batches)
    assert {e.target for b in batches for e in b if e.task == "color"} == {f"v{i}" for i in range(30)}  # all seen
    assert all(e.task == "caption" for b in mixed_batches(captions, vqa, 8, 0.0, random.Random(0)) for e in b)
    assert all(e.task == "color" for b in mixed_batches(captions, vqa, 8, 1.0, random.Random(0)) for e in b)


def test_cosine_schedule_with_warm_up():
    rates = [lr_at(step, 100, 10, 1.0) for step in range(100)]
    assert rates[0] == pytest.approx(0.1) and rates[9] == pytest.approx(1.0)
    assert all(a >= b for a, b in zip(rates[10:], rates[11:])) and rates[-1] < 0.01


def test_examples_come_from_every_labelled_question():
    questionnaire = load_questionnaire(default_questionnaire())
    rows = [{"caption_en": "a red dress", "color": "red", "garment_type": "dress", "pattern": "", "material": ""}]
    captions, vqa = examples_of(rows, questionnaire)
    assert [e.target for e in captions] == ["a red dress"]
    assert sorted((e.task, e.target) for e in vqa) == [("color", "red"), ("garment_type", "dress")]


def test_reviewed_labels_replace_and_add_targets(tmp_path):
    write_catalog(tmp_path / "data", 3, seed=5)
    labels = tmp_path / "labels.csv"
    labels.write_text(
        "sku,question_id,expected\r\n"
        "R5-00000,color,Navy Blue\r\n"  # a synonym: trained as the canonical value
        'R5-00001,details,"shoulder straps, a bow"\r\n'  # quoted, as the review page exports it
        "R5-00002,caption,a product photo of a grey skirt\r\n"
        "elsewhere,color,red\r\n"
    )
    reviewed = read_labels(labels, load_questionnaire(default_questionnaire()))
    rows, pixels, counts = labelled_rows(str(tmp_path / "data/catalog.csv"), None, reviewed)
    assert len(rows) == len(pixels) == 3 and counts == {"applied": 3, "not_in_data": 1, "not_used": 0}
    assert rows[0]["color"] == "navy" and rows[0]["garment_type"] == "trousers"  # the rest of the row is kept
    assert rows[1]["details"] == "shoulder straps, a bow" and rows[2]["caption_en"] == "a product photo of a grey skirt"
    _, vqa = examples_of(rows, load_questionnaire(default_questionnaire()))
    assert ("color", "navy") in {(e.task, e.target) for e in vqa if e.image == 0}


@pytest.mark.parametrize(
    "line, message",
    [
        ("R5-00000,color,tartan", "is no value of color"),
        ("R5-00000,colour,red", "no question 'colour'"),
        ("R5-00000,color,red\nR5-00000,color,blue", "labelled twice, differently"),
    ],
)
def test_bad_labels_are_refused_before_the_model_loads(tmp_path, line, message):
    write_catalog(tmp_path / "data", 1, seed=5)
    (tmp_path / "labels.csv").write_text(f"sku,question_id,expected\n{line}\n")
    args = ["--model", str(tmp_path / "no-model"), "--data", str(tmp_path / "data/catalog.csv")]
    result = CliRunner().invoke(
        main, ["train", *args, "--out", str(tmp_path / "a"), "--labels", str(tmp_path / "labels.csv")]
    )
    assert result.exit_code != 0 and message in result.output


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_lora_training_learns_saves_everything_and_eval_scores_it(tiny_model, tmp_path):
    write_catalog(tmp_path / "train", 24, seed=1)  # 24 items: 144 steps over 3 epochs
    write_catalog(tmp_path / "holdout", 12, seed=2)
    out = tmp_path / "adapter"
    result = CliRunner().invoke(
        main,
        [
            "train",
            "--model",
            str(tiny_model),
            "--data",
            str(tmp_path / "train/catalog.csv"),
            "--eval-data",
            str(tmp_path / "holdout/catalog.csv"),
            "--out",
            str(out),
            "--epochs",
            "3",
            "--batch-size",
            "8",
            "--lr",
            "3e-3",
        ],
    )
    assert result.exit_code == 0, result.output
    assert {"adapter_model.safetensors", "adapter_config.json", "metrics.json", "train_config.json"} <= {
        p.name for p in out.iterdir()
    }
    epochs = json.loads((out / "metrics.json").read_text())["epochs"]
    assert len(epochs) == 3 and epochs[-1]["train_loss"] < epochs[0]["train_loss"]
    assert {"garment_type", "color", "pattern"} <= set(epochs[-1]["accuracy"]) and epochs[-1]["caption_f1"] is not None
    assert json.loads((out / "train_config.json").read_text())["vqa_share"] == 0.5
    scored = CliRunner().invoke(
        main,
        [
            "eval",
            "--model",
            str(tiny_model),
            "--adapter",
            str(out),
            "--data",
            str(tmp_path / "holdout/catalog.csv"),
            "--json",
        ],
    )
    assert scored.exit_code == 0, scored.output
    report = json.loads(scored.stdout)
    assert report["items"] == 12 and report["accuracy"] == epochs[-1]["accuracy"]  # eval == the epoch's eval


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_full_training_saves_a_model_the_runner_can_load(tiny_model, tmp_path):
    from enrich.model.loading import load_blip2

    write_catalog(tmp_path / "train", 16, seed=3)
    out = tmp_path / "base"
    result = CliRunner().invoke(
        main,
        [
            "train",
            "--model",
            str(tiny_model),
            "--data",
            str(tmp_path / "train/catalog.csv"),
            "--out",
            str(out),
            "--epochs",
            "1",
            "--full",
            "--vqa-share",
            "0",
        ],
    )
    assert result.exit_code == 0, result.output
    assert load_blip2(str(out)).model.config.num_query_tokens > 0


def _weights(directory) -> dict:
    from safetensors.torch import load_file

    return load_file(str(directory / "model.safetensors"))


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_vision_pretraining_then_a_frozen_encoder(tiny_model, tmp_path):
    import torch

    write_catalog(tmp_path / "train", 16, seed=3)
    lora = [
        "train",
        "--model",
        str(tiny_model),
        "--data",
        str(tmp_path / "train/catalog.csv"),
        "--epochs",
        "1",
        "--batch-size",
        "8",
    ]
    common = [*lora, "--full"]
    start = _weights(tiny_model)
    frozen = CliRunner().invoke(main, [*common, "--out", str(tmp_path / "frozen"), "--freeze-vision"])
    assert frozen.exit_code == 0, frozen.output
    after = _weights(tmp_path / "frozen")
    vision = [k for k in start if k.startswith("vision_model.")]
    assert vision and all(torch.equal(start[k], after[k]) for k in vision)  # the encoder stayed as it was...
    assert any(not torch.equal(start[k], after[k]) for k in start if k.startswith("qformer."))  # ...the rest learned
    only_vision = ["--vision-steps", "5", "--epochs", "0"]  # the demo's first stage: pretrain the encoder, save
    pretrained = CliRunner().invoke(main, [*common, "--out", str(tmp_path / "pre"), *only_vision])
    assert pretrained.exit_code == 0, pretrained.output
    metrics = json.loads((tmp_path / "pre" / "metrics.json").read_text())
    assert metrics["vision"]["steps"] == 5 and {"garment_type", "color"} <= set(metrics["vision"]["train_accuracy"])
    assert metrics["epochs"] == []
    pre = _weights(tmp_path / "pre")
    assert any(not torch.equal(start[k], pre[k]) for k in vision)
    assert all(torch.equal(start[k], pre[k]) for k in start if k.startswith("qformer."))  # no epoch ran
    pointless = CliRunner().invoke(main, [*common, "--out", str(tmp_path / "none"), "--epochs", "0"])
    assert pointless.exit_code == 1 and "--epochs 0 only makes sense with --vision-steps" in pointless.output
    # Refused before anything loads or trains: a model that is not there is never reached (on a GPU the old order
    # pretrained the encoder first, then failed on a dtype).
    unloaded = [*lora[:1], "--model", str(tmp_path / "not-there"), *lora[3:], "--out", str(tmp_path / "lora")]
    refused = CliRunner().invoke(main, [*unloaded, "--vision-steps", "5"])
    assert refused.exit_code == 1 and "needs --full" in refused.output
    refused = CliRunner().invoke(main, [*unloaded, "--full", "--quantize", "4bit"])
    assert refused.exit_code == 1 and "cannot be combined with --quantize" in refused.output


def _qlora_command(tiny_model, tmp_path) -> list[str]:
    write_catalog(tmp_path / "train", 8, seed=3)
    return [
        "train",
        "--model",
        str(tiny_model),
        "--data",
        str(tmp_path / "train/catalog.csv"),
        "--epochs",
        "1",
        "--batch-size",
        "4",
        "--quantize",
        "4bit",
        "--out",
        str(tmp_path / "qlora"),
    ]


def test_qlora_without_cuda_is_a_clear_error(tiny_model, tmp_path):
    import torch

    if torch.cuda.is_available():
        pytest.skip("CUDA is present: the GPU test covers --quantize 4bit")
    result = CliRunner().invoke(main, _qlora_command(tiny_model, tmp_path))
    assert result.exit_code == 1 and "CUDA" in result.output, result.output
    assert not (tmp_path / "qlora").exists()


@pytest.mark.gpu
@pytest.mark.timeout(600)
def test_qlora_trains_a_4bit_adapter_on_cuda(tiny_model, tmp_path):
    pytest.importorskip("bitsandbytes")
    result = CliRunner().invoke(main, _qlora_command(tiny_model, tmp_path))
    assert result.exit_code == 0, result.output
    out = tmp_path / "qlora"
    assert (out / "adapter_model.safetensors").is_file()
    assert json.loads((out / "train_config.json").read_text())["quantize"] == "4bit"
    assert len(json.loads((out / "metrics.json").read_text())["epochs"]) == 1


def test_a_catalogs_closed_columns_are_trained_as_the_questionnaires_values_and_unmappable_ones_not(caplog):
    """A production catalog's seller color column ("Navy Blue", "Multi") was trained on as the seller wrote it."""
    questionnaire = load_questionnaire(default_questionnaire())
    rows = [{"color": "Navy Blue", "garment_type": "Tshirts"}, {"color": "Multi", "garment_type": "dress"}]
    _, vqa = examples_of(rows, questionnaire)
    assert sorted((e.image, e.task, e.target) for e in vqa) == [
        (0, "color", "navy"),
        (0, "garment_type", "t-shirt"),
        (1, "garment_type", "dress"),
    ]
    assert "1 closed value(s) of the data map to no questionnaire value" in caplog.text and "'Multi'" in caplog.text


def test_labels_of_which_none_applies_to_the_data_are_refused(tmp_path):
    write_catalog(tmp_path / "data", 2, seed=5)
    labels = tmp_path / "labels.csv"
    labels.write_text("sku,question_id,expected\nelsewhere-1,color,red\nelsewhere-2,color,blue\n")
    reviewed = read_labels(labels, load_questionnaire(default_questionnaire()))
    with pytest.raises(EnrichError, match="none of the 2 reviewed labels applies .*2 name skus it does not have"):
        labelled_rows(str(tmp_path / "data/catalog.csv"), None, reviewed)
