"""Rebuild the embedded demo models from nothing: `python -m enrich.lab.demo [OUT_DIR] [--quick]`.

1. Render labelled product shots: training seed 1, hold-out seed 2 (never trained on).
2. A tiny BLIP-2 from config, standing in for a pretrained BLIP-2. Its vision encoder is pretrained as a
   classifier of the labels (`enrich train --full --vision-steps N --epochs 0`), then frozen, as BLIP-2's
   image encoder is pretrained and frozen too, while the Q-Former and language model learn captions and
   questions together (`enrich train --full --freeze-vision`). A base trained on captions alone never says
   a word its captions lack ("solid", "not applicable"), and no LoRA adapter on attention and MLP revives
   one (README, the demo models).
3. The questionnaire LoRA on top, trained three ways, the forgetting experiment of the original fine-tunes:
   captions only, VQA only, mixed. The mixed one is the demo's adapter.
4. A tiny Marian EN->PT trained on the renders' parallel captions and answers.
5. The bundle (base + adapter) scored like `enrich eval` on renders of a third seed, seen by no stage.
Everything is written to OUT_DIR (default: enrich/assets); demo-metrics.json holds every figure.
`--forgetting` runs the forgetting experiment on a caption-only base instead (see `forgetting`).
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

from enrich.config import default_questionnaire
from enrich.lab.render import OPEN, write_catalog
from enrich.lab.tiny import CORPUS, TinySpec, build_model, build_processor, build_tokenizer

SPEC = TinySpec(
    image_size=128,
    patch_size=16,
    vision_layers=4,
    vision_hidden=128,
    qformer_layers=2,
    text_layers=2,
    text_hidden=128,
    num_query_tokens=8,
    vocab_size=640,
    text_init_std=0.02,
)
# The vision stage sees three times the renders the language stages do: a from-scratch ViT memorizes 8,000
# shots long before it generalizes from them, while captions and answers are learned from far fewer.
FULL = {
    "vision_items": 24000,
    "vision_steps": 5000,
    "train_items": 8000,
    "holdout_items": 400,
    "base_epochs": 1,
    "adapter_items": 2000,
    "adapter_epochs": 1,
    "mt_steps": 2000,
    "caption_base_epochs": 4,
}
QUICK = {
    "vision_items": 64,
    "vision_steps": 10,
    "train_items": 48,
    "holdout_items": 12,
    "base_epochs": 1,
    "adapter_items": 16,
    "adapter_epochs": 1,
    "mt_steps": 10,
    "caption_base_epochs": 1,
}
NAMES = {"base": "demo-blip2", "adapter": "demo-blip2-questionnaire", "mt": "demo-mt"}


def build(out_dir: Path, sizes: dict = FULL) -> dict:
    from enrich.lab.train import TrainConfig, train
    from enrich.lab.train_mt import train_marian

    started, report = time.monotonic(), {"sizes": sizes}
    with tempfile.TemporaryDirectory(prefix="enrich-demo-") as scratch:
        work = Path(scratch)
        rows = write_catalog(work / "train", sizes["vision_items"], seed=1)[: sizes["train_items"]]
        holdout = write_catalog(work / "holdout", sizes["holdout_items"], seed=2)
        _fresh_model(work / "fresh", rows)
        common = dict(
            data=str(work / "train/catalog.csv"),
            eval_data=str(work / "holdout/catalog.csv"),
            questionnaire=default_questionnaire(),
            lr=1e-3,
        )
        report["vision"] = _timed(
            train,
            TrainConfig(
                model=str(work / "fresh"),
                out=str(work / "seeing"),
                full=True,
                vision_steps=sizes["vision_steps"],
                epochs=0,
                batch_size=64,
                **common,
            ),
        )["vision"]
        base = out_dir / NAMES["base"]
        report["base"] = _timed(
            train,
            TrainConfig(
                model=str(work / "seeing"),
                out=str(base),
                full=True,
                freeze_vision=True,
                vqa_share=0.5,
                epochs=sizes["base_epochs"],
                batch_size=64,
                limit=sizes["train_items"],
                **common,
            ),
        )
        targets = {
            "captions": work / "adapter-captions",
            "vqa": work / "adapter-vqa",
            "mixed": out_dir / NAMES["adapter"],
        }
        _three_adapters(base, targets, sizes, common, report, lambda: _write(out_dir, report))
        _portable(out_dir / NAMES["adapter"])
        _write(out_dir, report)
        report["mt"] = train_marian(out_dir / NAMES["mt"], _pairs(rows), _pairs(holdout), sizes["mt_steps"])
        write_catalog(work / "fresh-seed", sizes["holdout_items"], seed=3)  # a seed no stage has seen
        report["bundle_on_seed_3"] = score_bundle(out_dir, str(work / "fresh-seed/catalog.csv"))
    report["seconds"] = round(time.monotonic() - started, 1)
    _write(out_dir, report)
    return report


def forgetting(bundle: Path, sizes: dict = FULL) -> dict:
    """The forgetting experiment where it shows: a base that learned captions only (the bundle's frozen vision
    encoder under a Q-Former and OPT trained from scratch on captions), then the questionnaire LoRA three ways.
    Writes BUNDLE/forgetting.json."""
    from enrich.lab.train import TrainConfig, train

    report = {"sizes": sizes}
    with tempfile.TemporaryDirectory(prefix="enrich-forgetting-") as scratch:
        work = Path(scratch)
        write_catalog(work / "train", sizes["train_items"], seed=1)
        write_catalog(work / "holdout", sizes["holdout_items"], seed=2)
        _same_vision_fresh_rest(bundle / NAMES["base"], work / "fresh")
        common = dict(
            data=str(work / "train/catalog.csv"),
            eval_data=str(work / "holdout/catalog.csv"),
            questionnaire=default_questionnaire(),
            lr=1e-3,
        )
        report["base"] = _timed(
            train,
            TrainConfig(
                model=str(work / "fresh"),
                out=str(work / "base"),
                full=True,
                freeze_vision=True,
                vqa_share=0.0,
                epochs=sizes["caption_base_epochs"],
                batch_size=64,
                **common,
            ),
        )
        targets = {name: work / f"adapter-{name}" for name in ("captions", "vqa", "mixed")}
        save = lambda: (bundle / "forgetting.json").write_text(json.dumps(report, indent=2) + "\n")  # noqa: E731
        _three_adapters(work / "base", targets, sizes, common, report, save)
    save()
    return report


def _three_adapters(base: Path, targets: dict, sizes: dict, common: dict, report: dict, save) -> None:
    """The questionnaire LoRA trained on captions only, VQA only, and mixed batches; `save` after each."""
    from enrich.lab.train import TrainConfig, train

    for name, share in (("captions", 0.0), ("vqa", 1.0), ("mixed", 0.5)):
        save()  # every stage's figures survive a later failure
        report[f"adapter_{name}"] = _timed(
            train,
            TrainConfig(
                model=str(base),
                out=str(targets[name]),
                vqa_share=share,
                epochs=sizes["adapter_epochs"],
                batch_size=32,
                limit=sizes["adapter_items"],
                **common,
            ),
        )


def _timed(train, config) -> dict:
    started = time.monotonic()
    result = train(config)
    return {**result, "out": Path(result["out"]).name, "seconds": round(time.monotonic() - started, 1)}


def _write(out_dir: Path, report: dict) -> None:
    (out_dir / "demo-metrics.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


def _portable(adapter: Path) -> None:
    """Name the base as the bundle does, not by the build machine's path (loading passes the base explicitly)."""
    config_file = adapter / "adapter_config.json"
    config = json.loads(config_file.read_text())
    config_file.write_text(json.dumps({**config, "base_model_name_or_path": NAMES["base"]}, indent=2) + "\n")


def _pairs(rows: list[dict]) -> list[tuple[str, str]]:
    """(English, Portuguese) for every caption and open answer: everything the runner translates."""
    columns = [("caption_en", "caption_pt"), *((q, f"{q}_pt") for q in OPEN)]
    return [(row[en], row[pt]) for row in rows for en, pt in columns]


def score_bundle(out_dir: Path, data: str) -> dict:
    """`enrich eval` of base + questionnaire adapter, as `enrich run` loads them, on a labelled catalog."""
    from enrich.lab.evaluate import evaluate
    from enrich.model.loading import load_blip2
    from enrich.questionnaire import load_questionnaire

    loaded = load_blip2(str(out_dir / NAMES["base"]), str(out_dir / NAMES["adapter"]))
    return evaluate(loaded, data, load_questionnaire(default_questionnaire()))


def _same_vision_fresh_rest(base: Path, out: Path) -> None:
    from safetensors.torch import load_file
    from transformers import Blip2Processor

    processor = Blip2Processor.from_pretrained(base)
    model = build_model(SPEC, processor.tokenizer)
    weights = load_file(str(base / "model.safetensors"))
    model.load_state_dict({k: v for k, v in weights.items() if k.startswith("vision_model.")}, strict=False)
    _save_fresh(model, processor, out)


def _fresh_model(out: Path, rows: list[dict]) -> None:
    texts = [row[q] for row in rows[:2000] for q in ("caption_en", *OPEN)]
    tokenizer = build_tokenizer(SPEC.vocab_size, CORPUS + "\n".join(texts))
    _save_fresh(build_model(SPEC, tokenizer), build_processor(SPEC, tokenizer), out)


def _save_fresh(model, processor, out: Path) -> None:
    model.generation_config.eos_token_id = processor.tokenizer.eos_token_id
    model.generation_config.pad_token_id = processor.tokenizer.pad_token_id
    model.save_pretrained(out, safe_serialization=True)
    processor.save_pretrained(out)


def _arguments(argv: list[str]):
    """argparse, so that --help prints this and an unknown flag is refused: a flag was once read as no folder at
    all, and the default folder (the package's own bundle) was deleted for a 70-minute rebuild."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m enrich.lab.demo", description=__doc__.split("\n\n")[0])
    default = Path(__file__).resolve().parents[1] / "assets"
    parser.add_argument("out_dir", nargs="?", type=Path, default=default, help=f"default: {default} (replaced)")
    parser.add_argument("--quick", action="store_true", help="every stage at toy size (minutes, not an hour)")
    parser.add_argument("--forgetting", action="store_true", help="the forgetting experiment on an existing bundle")
    return parser.parse_args(argv)


if __name__ == "__main__":
    options = _arguments(sys.argv[1:])
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)  # the training progress
    target, sizes = options.out_dir, QUICK if options.quick else FULL
    if options.forgetting:  # on an existing bundle: its vision encoder under a caption-only base
        print(json.dumps(forgetting(target, sizes), indent=2, ensure_ascii=False))
        sys.exit()
    target.mkdir(parents=True, exist_ok=True)
    for stale in NAMES.values():
        shutil.rmtree(target / stale, ignore_errors=True)
    print(json.dumps(build(target, sizes), indent=2, ensure_ascii=False))
