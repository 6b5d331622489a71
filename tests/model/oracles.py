"""Slow, obvious definitions that the fast paths are tested against (test code, not shipped)."""

from __future__ import annotations

import torch
from PIL import Image

from enrich.model.ranking import candidate_ids


def load_exact(source: str, adapter: str | None = None, **kwargs):
    """A model loaded for tests that prove two computations equal, token for token: fp32 without TF32.

    bf16 (the CUDA default) and TF32 round differently between batch shapes, and between a merged and an
    unmerged adapter, and would decide the tiny models' close calls differently on a GPU (seen on an H200).
    """
    from enrich.model.loading import load_blip2

    loaded = load_blip2(source, adapter, dtype="float32", **kwargs)
    torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = False  # load_blip2 turns it on
    return loaded


@torch.inference_mode()
def score_by_full_forward(loaded, image: Image.Image, prompt: str, form: str) -> float:
    """The slow, obvious definition the batched scorer must match: one full forward per candidate."""
    inputs = loaded.processor(images=image, text=prompt, return_tensors="pt").to(loaded.device)
    answer = candidate_ids(loaded.tokenizer, form)
    ids = torch.cat([inputs["input_ids"], torch.tensor([answer], device=loaded.device)], dim=1)
    logits = loaded.model(pixel_values=inputs["pixel_values"].to(loaded.dtype), input_ids=ids).logits[0].float()
    log_probs = logits.log_softmax(-1)
    start = inputs["input_ids"].shape[1]
    score = sum(log_probs[start - 1 + t, token].item() for t, token in enumerate(answer))
    if not loaded.stop_token_ids:  # random weights (loading.RANDOM_WEIGHTS): nothing says the answer ends
        return score
    return score + log_probs[start - 1 + len(answer), loaded.stop_token_ids].logsumexp(0).item()
