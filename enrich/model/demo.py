"""Rebuild the embedded demo models from nothing: `python -m enrich.model.demo [OUT_DIR] [--quick]`.

1. Render labelled product shots: training seed 1, hold-out seed 2 (never trained on).
2. A tiny BLIP-2 from config. Its base is trained with `enrich train --full --vision-steps N --freeze-vision
   --vqa-share 0`: the vision encoder is pretrained as a classifier of the labels, then frozen, and the
   Q-Former and language model learn to caption (the BLIP-2 recipe: a pretrained, frozen image encoder).
3. The questionnaire LoRA on top, trained three ways, the forgetting experiment: captions only, VQA only,
   mixed. The mixed one is the demo's adapter.
4. A tiny Marian EN->PT trained on the renders' parallel captions and answers.
5. The bundle (base + adapter) scored like `enrich eval` on renders of a third seed, seen by no stage.
Everything is written to OUT_DIR (default: enrich/assets); demo-metrics.json holds every figure.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from enrich.config import default_questionnaire
from enrich.model.tiny import CORPUS, TinySpec, build_model, build_processor, build_tokenizer
from enrich.render import OPEN, write_catalog

SPEC = TinySpec(image_size=128, patch_size=16, vision_layers=4, vision_hidden=128, qformer_layers=2, text_layers=2,
                text_hidden=128, num_query_tokens=8, vocab_size=640, text_init_std=0.02)  # fmt: skip
FULL = {"train_items": 8000, "holdout_items": 400, "vision_steps": 3000, "base_epochs": 4, "adapter_items": 2000,
        "adapter_epochs": 1, "mt_steps": 2000}  # fmt: skip
QUICK = {"train_items": 120, "holdout_items": 30, "vision_steps": 20, "base_epochs": 1, "adapter_items": 40,
         "adapter_epochs": 1, "mt_steps": 20}  # fmt: skip
NAMES = {"base": "demo-blip2", "adapter": "demo-blip2-questionnaire", "mt": "demo-mt"}


def build(out_dir: Path, sizes: dict = FULL, echo=print) -> dict:
    from enrich.model.train import TrainConfig, train
    from enrich.model.train_mt import train_marian

    started, report = time.monotonic(), {"sizes": sizes}
    with tempfile.TemporaryDirectory(prefix="enrich-demo-") as scratch:
        work = Path(scratch)
        rows = write_catalog(work / "train", sizes["train_items"], seed=1)
        holdout = write_catalog(work / "holdout", sizes["holdout_items"], seed=2)
        _fresh_model(work / "fresh", rows)
        common = dict(data=str(work / "train/catalog.csv"), eval_data=str(work / "holdout/catalog.csv"),
                      questionnaire=default_questionnaire(), lr=1e-3)  # fmt: skip
        base = out_dir / NAMES["base"]
        report["base"] = _timed(train, TrainConfig(
            model=str(work / "fresh"), out=str(base), full=True, vision_steps=sizes["vision_steps"],
            freeze_vision=True, vqa_share=0.0, epochs=sizes["base_epochs"], batch_size=64, **common), echo)  # fmt: skip
        for name, share in (("captions", 0.0), ("vqa", 1.0), ("mixed", 0.5)):
            _write(out_dir, report)  # every stage's figures survive a later failure
            target = out_dir / NAMES["adapter"] if name == "mixed" else work / f"adapter-{name}"
            report[f"adapter_{name}"] = _timed(train, TrainConfig(
                model=str(base), out=str(target), vqa_share=share, epochs=sizes["adapter_epochs"], batch_size=32,
                limit=sizes["adapter_items"], **common), echo)  # fmt: skip
        _write(out_dir, report)
        report["mt"] = train_marian(out_dir / NAMES["mt"], _pairs(rows), _pairs(holdout), sizes["mt_steps"], echo=echo)
        write_catalog(work / "fresh-seed", sizes["holdout_items"], seed=3)  # a seed no stage has seen
        report["bundle_on_seed_3"] = score_bundle(out_dir, str(work / "fresh-seed/catalog.csv"))
    report["seconds"] = round(time.monotonic() - started, 1)
    _write(out_dir, report)
    return report


def _timed(train, config, echo) -> dict:
    started = time.monotonic()
    result = train(config, echo=echo)
    return {**result, "out": Path(result["out"]).name, "seconds": round(time.monotonic() - started, 1)}


def _write(out_dir: Path, report: dict) -> None:
    (out_dir / "demo-metrics.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


def _pairs(rows: list[dict]) -> list[tuple[str, str]]:
    """(English, Portuguese) for every caption and open answer: everything the runner translates."""
    columns = [("caption_en", "caption_pt"), *((q, f"{q}_pt") for q in OPEN)]
    return [(row[en], row[pt]) for row in rows for en, pt in columns]


def score_bundle(out_dir: Path, data: str) -> dict:
    """`enrich eval` of base + questionnaire adapter, as `enrich run` loads them, on a labelled catalog."""
    from enrich.model.evaluate import evaluate
    from enrich.model.loading import load_blip2
    from enrich.questionnaire import load_questionnaire

    loaded = load_blip2(str(out_dir / NAMES["base"]), str(out_dir / NAMES["adapter"]))
    return evaluate(loaded, data, load_questionnaire(default_questionnaire()))


def _fresh_model(out: Path, rows: list[dict]) -> None:
    texts = [row[q] for row in rows[:2000] for q in ("caption_en", *OPEN)]
    tokenizer = build_tokenizer(SPEC.vocab_size, CORPUS + "\n".join(texts))
    model = build_model(SPEC, tokenizer)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(out, safe_serialization=True)
    build_processor(SPEC, tokenizer).save_pretrained(out)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--quick"]
    target = Path(arguments[0]) if arguments else Path(__file__).resolve().parents[1] / "assets"
    target.mkdir(parents=True, exist_ok=True)
    for stale in NAMES.values():
        shutil.rmtree(target / stale, ignore_errors=True)
    print(json.dumps(build(target, QUICK if "--quick" in sys.argv else FULL), indent=2, ensure_ascii=False))
