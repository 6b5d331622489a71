"""Pixel color evidence on product-style images: plain background, shading, noise, patterns, full frames."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PIL import Image, ImageDraw

from enrich.colors import PALETTE, dominant_colors, to_lab


def shot(color, accent=None, size=512, background=(246, 244, 240), seed=0, box=(0.25, 0.15, 0.75, 0.9)):
    """A garment-like shape with vertical shading and noise; stripes of `accent` when given."""
    rng = np.random.default_rng(seed)
    image = Image.new("RGB", (size, size), background)
    fabric = Image.new("RGB", (size, size), color)
    if accent:
        draw = ImageDraw.Draw(fabric)
        for y in range(0, size, size // 12):
            draw.rectangle([0, y, size, y + size // 30], fill=accent)
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).rectangle([int(v * size) for v in box], fill=255)
    image.paste(fabric, mask=mask)
    pixels = np.asarray(image).astype(np.float32)
    shade = np.linspace(1.08, 0.85, size)[:, None, None]  # light from above
    pixels = np.where(np.asarray(mask)[..., None] > 0, pixels * shade, pixels)
    pixels += rng.normal(0, 4, pixels.shape)
    return np.clip(pixels, 0, 255).astype(np.uint8)


@pytest.mark.parametrize("name", sorted(PALETTE))
def test_a_shaded_noisy_garment_is_named_by_its_color(name):
    colors = dominant_colors(shot(PALETTE[name][0], seed=len(name)))
    assert colors[0][0] == name, colors


def test_stripes_give_both_colors_with_shares():
    colors = dict(dominant_colors(shot(PALETTE["navy"][0], accent=PALETTE["yellow"][0])))
    assert set(colors) >= {"navy", "yellow"} and colors["navy"] > colors["yellow"]
    assert sum(colors.values()) <= 1.0 + 1e-6


def test_a_product_that_fills_the_frame_is_still_measured():
    full = shot(PALETTE["green"][0], box=(0, 0, 1, 1))
    assert dominant_colors(full)[0][0] == "green"


def test_a_white_product_on_a_light_background():
    colors = dominant_colors(shot(PALETTE["white"][0], background=(200, 200, 205)))
    assert colors[0][0] == "white"


def test_lab_conversion_matches_reference_values():
    lab = to_lab(np.array([[255, 255, 255], [0, 0, 0], [255, 0, 0]], dtype=np.uint8))
    np.testing.assert_allclose(lab, [[100, 0, 0], [0, 0, 0], [53.24, 80.09, 67.20]], atol=0.5)


def test_it_is_cheap_at_512_px():
    image = shot(PALETTE["red"][0])
    dominant_colors(image)
    started = time.perf_counter()
    for _ in range(10):
        dominant_colors(image)
    assert (time.perf_counter() - started) / 10 < 0.1  # generous for a shared CI box; the README has the figure


def test_lab_conversion_and_nearest_centers_equal_their_direct_formulas():
    from enrich.colors import _nearest

    rng = np.random.default_rng(3)
    rgb = rng.integers(0, 256, (500, 3), dtype=np.uint8)
    c = rgb.astype(np.float64) / 255.0
    linear = np.where(c > 0.04045, ((c + 0.055) / 1.055) ** 2.4, c / 12.92)
    xyz = linear @ np.array([[0.4124, 0.2126, 0.0193], [0.3576, 0.7152, 0.1192], [0.1805, 0.0722, 0.9505]])
    xyz /= [0.95047, 1.0, 1.08883]
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16.0 / 116.0)
    lab = np.stack([116.0 * f[:, 1] - 16.0, 500.0 * (f[:, 0] - f[:, 1]), 200.0 * (f[:, 1] - f[:, 2])], -1)
    assert np.abs(to_lab(rgb) - lab).max() < 1e-3
    centers = lab[rng.choice(len(lab), 4, replace=False)]
    direct = np.argmin(((lab[:, None, :] - centers[None]) ** 2).sum(2), axis=1)
    assert (_nearest(lab, centers) == direct).all()
