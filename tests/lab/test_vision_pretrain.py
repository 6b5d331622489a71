"""Vision pretraining: a from-scratch encoder learns the labels it is given, under label-safe augmentation."""

from __future__ import annotations

import pytest
import torch

from enrich.lab.vision_pretrain import augment, pretrain_vision


def _bars(count: int, seed: int = 0) -> tuple[torch.Tensor, list[str], list[str]]:
    """A dark bar at the top or the bottom, red or blue: position and color, the two things to learn."""
    generator = torch.Generator().manual_seed(seed)
    images = torch.ones(count, 3, 32, 32)
    where, color = [], []
    for n in range(count):
        top, red = bool(torch.rand(1, generator=generator) < 0.5), bool(torch.rand(1, generator=generator) < 0.5)
        rows = slice(2, 12) if top else slice(20, 30)
        images[n, :, rows] = torch.tensor([1.0, -1.0, -1.0] if red else [-1.0, -1.0, 1.0])[:, None, None]
        where.append("top" if top else "bottom")
        color.append("red" if red else "blue")
    return images, where, color


@pytest.mark.slow  # over 5 s: out of the fast loop
def test_the_encoder_learns_position_and_color_and_ignores_unlabelled_items():
    from transformers import Blip2VisionConfig, Blip2VisionModel

    torch.manual_seed(0)
    vision = Blip2VisionModel(
        Blip2VisionConfig(
            hidden_size=32,
            intermediate_size=64,
            num_hidden_layers=2,
            num_attention_heads=2,
            image_size=32,
            patch_size=8,
            initializer_range=0.02,
        )
    )
    before = {k: v.clone() for k, v in vision.state_dict().items()}
    images, where, color = _bars(64)
    result = pretrain_vision(
        vision,
        images,
        {"where": where, "color": color, "unused": [""] * 64},
        steps=150,
        batch_size=32,
        lr=3e-3,
    )
    assert result["train_accuracy"]["where"] > 0.95 and result["train_accuracy"]["color"] > 0.95
    assert "unused" not in result["train_accuracy"]  # a question without labels has no head
    assert any(not torch.equal(before[k], v) for k, v in vision.state_dict().items())
    assert not vision.training


def test_augmentation_flips_shifts_and_zooms_but_never_recolors():
    images = torch.rand(16, 3, 16, 16, generator=torch.Generator().manual_seed(0))
    plain = augment(images, torch.Generator().manual_seed(1), shift=0.0, scale=0.0)
    kept = [torch.allclose(out, original, atol=1e-5) for original, out in zip(images, plain)]
    mirrored = [torch.allclose(out, original.flip(-1), atol=1e-5) for original, out in zip(images, plain)]
    assert all(k or m for k, m in zip(kept, mirrored)) and any(kept) and any(mirrored)  # without shift or zoom
    moved = augment(images, torch.Generator().manual_seed(2))
    assert moved.shape == images.shape and not torch.allclose(moved, images)
    assert moved.min() >= images.min() - 1e-5 and moved.max() <= images.max() + 1e-5  # no new colors beyond the range
