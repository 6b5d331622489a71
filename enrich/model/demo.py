"""Rebuild the embedded demo models from nothing: `python -m enrich.model.demo [OUT_DIR]`.

1. Render labelled product shots (training seed 1, hold-out seed 2: the hold-out is never trained on).
2. A tiny BLIP-2 from config, trained on captions only, every weight (`enrich train --full --vqa-share 0`).
3. A LoRA adapter for the questionnaire on top, captions and VQA mixed (`enrich train --vqa-share 0.5`).
4. The forgetting experiment: the same adapter trained on captions only, VQA only, and mixed.
5. A tiny Marian EN->PT model trained on the renders' parallel captions.
Everything is written to OUT_DIR (default: enrich/assets), with demo-metrics.json holding every figure.
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
from enrich.render import write_catalog

SPEC = TinySpec(image_size=128, patch_size=16, vision_layers=4, vision_hidden=128, qformer_layers=2, text_layers=2,
                text_hidden=128, num_query_tokens=8, vocab_size=640, text_init_std=0.02)  # fmt: skip
TRAIN_ITEMS, HOLDOUT_ITEMS = 2000, 300
BASE_EPOCHS, ADAPTER_EPOCHS = 12, 3


def build(out_dir: Path, quick: bool = False) -> dict:
    from enrich.model.train import TrainConfig, train

    started, report = time.monotonic(), {}
    items, holdout_items = (300, 60) if quick else (TRAIN_ITEMS, HOLDOUT_ITEMS)
    base_epochs, adapter_epochs = (2, 1) if quick else (BASE_EPOCHS, ADAPTER_EPOCHS)
    with tempfile.TemporaryDirectory(prefix="enrich-demo-") as scratch:
        work = Path(scratch)
        rows = write_catalog(work / "train", items, seed=1)
        holdout = write_catalog(work / "holdout", holdout_items, seed=2)
        fresh = work / "fresh"
        _fresh_model(fresh, [r["caption_en"] for r in rows])
        common = dict(data=str(work / "train/catalog.csv"), eval_data=str(work / "holdout/catalog.csv"),
                      questionnaire=default_questionnaire(), batch_size=32)  # fmt: skip
        base = out_dir / "demo-blip2"
        report["base"] = train(TrainConfig(model=str(fresh), out=str(base), full=True, vqa_share=0.0, lr=1e-3,
                                           epochs=base_epochs, **common))["epochs"]  # fmt: skip
        for name, share in (("captions", 0.0), ("vqa", 1.0), ("mixed", 0.5)):
            target = out_dir / "demo-vqa" if name == "mixed" else work / f"adapter-{name}"
            _write(out_dir, report)  # every stage's figures survive a later failure
            report[f"adapter_{name}"] = train(TrainConfig(model=str(base), out=str(target), vqa_share=share, lr=1e-3,
                                                          epochs=adapter_epochs, **common))["epochs"]  # fmt: skip
        report["mt"] = train_marian(out_dir / "demo-mt", _pairs(rows), _pairs(holdout), epochs=2 if quick else 10)
    report["seconds"] = round(time.monotonic() - started, 1)
    _write(out_dir, report)
    return report


def _write(out_dir: Path, report: dict) -> None:
    (out_dir / "demo-metrics.json").write_text(json.dumps(report, indent=2) + "\n")


def _pairs(rows: list[dict]) -> list[tuple[str, str]]:
    """(English, Portuguese) for every caption and every "wearing" phrase: what the runner translates."""
    pairs = [(r["caption_en"], r["caption_pt"]) for r in rows]
    return pairs + [(en.removeprefix("a product photo of "), pt.removeprefix("foto de produto de ")) for en, pt in pairs]


def train_marian(out: Path, pairs: list[tuple[str, str]], holdout: list[tuple[str, str]], epochs: int) -> dict:
    """A tiny Marian EN->PT from scratch; returns its exact-match rate on held-out sentences."""
    import random

    import torch
    from transformers import MarianConfig, MarianMTModel

    torch.manual_seed(0)
    tokenizer = build_tokenizer(800, "\n".join(f"{en}\n{pt}" for en, pt in pairs[:4000]))
    config = MarianConfig(vocab_size=len(tokenizer), d_model=128, encoder_layers=2, decoder_layers=2,
                          encoder_attention_heads=4, decoder_attention_heads=4, encoder_ffn_dim=256,
                          decoder_ffn_dim=256, max_position_embeddings=128, pad_token_id=tokenizer.pad_token_id,
                          eos_token_id=tokenizer.eos_token_id, decoder_start_token_id=tokenizer.pad_token_id)  # fmt: skip
    model = MarianMTModel(config)
    optimizer = torch.optim.AdamW(model.parameters(), lr=2e-3)
    rng, steps = random.Random(0), 0
    for _ in range(epochs):
        order = pairs[:]
        rng.shuffle(order)
        for start in range(0, len(order), 64):
            batch = order[start : start + 64]
            inputs = tokenizer([en for en, _ in batch], return_tensors="pt", padding=True)
            targets = [tokenizer.encode(pt, add_special_tokens=False) + [tokenizer.eos_token_id] for _, pt in batch]
            labels = torch.full((len(batch), max(map(len, targets))), -100)
            for r, ids in enumerate(targets):
                labels[r, : len(ids)] = torch.tensor(ids)
            loss = model(**inputs, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            optimizer.zero_grad()
            steps += 1
    model.eval()
    model.generation_config.max_length = 64
    model.generation_config.decoder_start_token_id = tokenizer.pad_token_id
    model.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    from enrich.model.mt import Seq2SeqTranslator

    sample = holdout[:200]
    translated = Seq2SeqTranslator(str(out)).translate([en for en, _ in sample])
    exact = sum(t == pt for t, (_, pt) in zip(translated, sample)) / len(sample)
    return {"steps": steps, "holdout_sentences": len(sample), "exact_match": round(exact, 4),
            "examples": [{"en": en, "pt": t} for t, (en, _) in list(zip(translated, sample))[:3]]}  # fmt: skip


def _fresh_model(out: Path, captions: list[str]) -> None:
    corpus = CORPUS + "\n".join(captions[:2000])
    tokenizer = build_tokenizer(SPEC.vocab_size, corpus)
    model = build_model(SPEC, tokenizer)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(out, safe_serialization=True)
    build_processor(SPEC, tokenizer).save_pretrained(out)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--quick"]
    target = Path(arguments[0]) if arguments else Path(__file__).resolve().parents[1] / "assets"
    target.mkdir(parents=True, exist_ok=True)
    for stale in ("demo-blip2", "demo-vqa", "demo-mt"):
        shutil.rmtree(target / stale, ignore_errors=True)
    print(json.dumps(build(target, quick="--quick" in sys.argv), indent=2))
