"""A tiny Marian EN->PT model trained from scratch on parallel text (the renders' captions and answers).

The demo's translator: it knows the renderer's vocabulary and nothing else, so it is only the embedded
default together with the demo BLIP-2 (a real model's captions need a real MT checkpoint, `--mt-model`).
Saved like any transformers checkpoint, so `Seq2SeqTranslator` loads it the way it loads Marian or NLLB.
"""

from __future__ import annotations

import logging
import random
import time
from pathlib import Path

import torch
from transformers import MarianConfig, MarianMTModel

from enrich.lab.schedule import lr_at
from enrich.lab.tiny import build_tokenizer

BATCH = 64

log = logging.getLogger(__name__)


def train_marian(
    out: Path,
    pairs: list[tuple[str, str]],
    holdout: list[tuple[str, str]],
    steps: int,
    lr: float = 1e-3,
    seed: int = 0,
) -> dict:
    """Train, save to `out`, and return the exact-match rate on up to 300 held-out sentences."""
    torch.manual_seed(seed)
    tokenizer = build_tokenizer(1000, "\n".join(f"{en}\n{pt}" for en, pt in pairs[:20000]))
    tokenizer.padding_side = "right"  # sinusoidal positions: left padding would move every token
    model = MarianMTModel(_config(tokenizer))
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    rng, started, recent = random.Random(seed), time.monotonic(), []
    model.train()
    for step in range(steps):
        for group in optimizer.param_groups:
            group["lr"] = lr_at(step, steps, max(1, steps // 20), lr)
        loss = model(**_batch(tokenizer, rng.sample(pairs, min(BATCH, len(pairs))))).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        recent = (recent + [loss.item()])[-50:]
        if (step + 1) % 500 == 0 or step + 1 == steps:
            log.info(
                f'{{"mt_step": {step + 1}, "loss": {sum(recent) / len(recent):.4f}, '
                f'"seconds": {time.monotonic() - started:.1f}}}'
            )
    model.eval()
    model.generation_config.max_length = 64
    model.generation_config.decoder_start_token_id = tokenizer.pad_token_id
    model.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    return {"steps": steps, "seconds": round(time.monotonic() - started, 1), **exact_match(out, holdout[:300])}


def exact_match(model_dir: Path, pairs: list[tuple[str, str]]) -> dict:
    """Share of sentences translated exactly as the reference, through the production translator."""
    from enrich.model.mt import Seq2SeqTranslator

    translated = Seq2SeqTranslator(str(model_dir), batch_size=64).translate([en for en, _ in pairs])
    hits = [t == pt for t, (_, pt) in zip(translated, pairs)]
    misses = [{"en": en, "expected": pt, "got": t} for t, (en, pt), hit in zip(translated, pairs, hits) if not hit]
    return {"holdout_sentences": len(pairs), "exact_match": round(sum(hits) / len(pairs), 4), "misses": misses[:5]}


def _config(tokenizer) -> MarianConfig:
    return MarianConfig(
        vocab_size=len(tokenizer),
        d_model=128,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=4,
        decoder_attention_heads=4,
        encoder_ffn_dim=512,
        decoder_ffn_dim=512,
        max_position_embeddings=128,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
        dropout=0.0,
    )


def _batch(tokenizer, pairs: list[tuple[str, str]]) -> dict:
    inputs = tokenizer([en for en, _ in pairs], return_tensors="pt", padding=True)
    targets = [tokenizer.encode(pt, add_special_tokens=False) + [tokenizer.eos_token_id] for _, pt in pairs]
    labels = torch.full((len(pairs), max(map(len, targets))), -100)
    for row, ids in enumerate(targets):
        labels[row, : len(ids)] = torch.tensor(ids)
    return {**inputs, "labels": labels}
