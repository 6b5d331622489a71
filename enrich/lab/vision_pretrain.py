"""Pretrain a from-scratch BLIP-2 vision encoder as a classifier of the labelled closed questions.

A real BLIP-2 starts from a pretrained image encoder (EVA-CLIP) and keeps it frozen: the language side can
only learn to read visual features that already exist. A tiny BLIP-2 built from config has no such
encoder, and the loss that reaches its vision tower through the Q-Former and the language model is too weak
to teach it shapes: trained that way on the renders, garment type stayed near chance while color and
pattern were learned (see README, the demo models). A linear head per closed question on the encoder's
pooled output gives it a direct signal instead; the heads are thrown away afterwards. Each batch is
flipped, shifted and rescaled at random (never recolored: color is a label), because a from-scratch ViT
memorizes a few thousand renders long before it generalizes from them.
"""

from __future__ import annotations

import json
import logging
import time

import torch

from enrich.lab.schedule import lr_at

log = logging.getLogger(__name__)


def pretrain_vision(
    vision,
    pixel_values: torch.Tensor,
    labels: dict[str, list[str]],
    steps: int,
    batch_size: int,
    lr: float,
    seed: int = 0,
) -> dict:
    """Train `vision` (a Blip2VisionModel) in place; returns the loss and the accuracy per question over the
    last 50 (augmented) training batches.

    `labels` maps a question id to one label per image ("" where the image has none, which is not trained).
    """
    vocabularies = {q: sorted({v for v in values if v}) for q, values in labels.items()}
    targets = {
        q: torch.tensor([vocabularies[q].index(v) if v else -100 for v in values])
        for q, values in labels.items()
        if len(vocabularies[q]) > 1
    }
    heads = torch.nn.ModuleDict({q: torch.nn.Linear(vision.config.hidden_size, len(vocabularies[q])) for q in targets})
    heads.to(pixel_values.device)
    optimizer = torch.optim.AdamW([*vision.parameters(), *heads.parameters()], lr=lr, weight_decay=0.05)
    generator = torch.Generator().manual_seed(seed)
    warmup, started, losses, hits = max(1, steps // 15), time.monotonic(), [], {q: [] for q in targets}
    vision.train()
    for step in range(steps):
        for group in optimizer.param_groups:
            group["lr"] = lr_at(step, steps, warmup, lr)
        batch = torch.randint(0, pixel_values.shape[0], (batch_size,), generator=generator)
        loss, correct = _step(
            vision,
            heads,
            augment(pixel_values[batch], generator),
            {q: t[batch].to(pixel_values.device) for q, t in targets.items()},
            optimizer,
        )
        losses = (losses + [loss])[-50:]
        hits = {q: (hits[q] + correct[q])[-50 * batch_size :] for q in targets}
        if (step + 1) % 250 == 0 or step + 1 == steps:
            log.info(
                json.dumps(
                    {
                        "vision_step": step + 1,
                        "loss": round(sum(losses) / len(losses), 4),
                        "seconds": round(time.monotonic() - started, 1),
                    }
                )
            )
    vision.eval()
    return {
        "steps": steps,
        "loss": round(sum(losses) / len(losses), 4),
        "seconds": round(time.monotonic() - started, 1),
        "train_accuracy": {q: round(sum(h) / max(1, len(h)), 4) for q, h in sorted(hits.items())},
    }


def _step(vision, heads, images: torch.Tensor, targets: dict[str, torch.Tensor], optimizer) -> tuple[float, dict]:
    """One optimizer step on the summed cross-entropy of every head; returns the loss and each head's hits."""
    pooled = vision(pixel_values=images).pooler_output
    logits = {q: heads[q](pooled) for q in targets}
    loss = sum(torch.nn.functional.cross_entropy(logits[q], t, ignore_index=-100) for q, t in targets.items())
    loss.backward()
    torch.nn.utils.clip_grad_norm_([*vision.parameters(), *heads.parameters()], 1.0)
    optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    return loss.item(), {q: (logits[q].argmax(-1) == t)[t != -100].tolist() for q, t in targets.items()}


def augment(images: torch.Tensor, generator: torch.Generator, shift: float = 0.1, scale: float = 0.1) -> torch.Tensor:
    """Random horizontal flip, shift (share of the side) and zoom, edges extended: garments are symmetric."""
    count = images.shape[0]
    uniform = lambda: torch.rand(count, generator=generator) * 2 - 1  # noqa: E731
    zoom = 1 + scale * uniform()
    flip = torch.where(torch.rand(count, generator=generator) < 0.5, -1.0, 1.0)
    theta = torch.zeros(count, 2, 3)
    theta[:, 0, 0], theta[:, 1, 1] = zoom * flip, zoom
    theta[:, 0, 2], theta[:, 1, 2] = 2 * shift * uniform(), 2 * shift * uniform()
    grid = torch.nn.functional.affine_grid(theta.to(images), list(images.shape), align_corners=False)
    return torch.nn.functional.grid_sample(images, grid, padding_mode="border", align_corners=False)
