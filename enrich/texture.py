"""Pixel texture of the product: the share of its region's pixels that sit on a light-dark edge.

A print, a stripe or a check is made of edges; a plain garment has few (seams, folds, shadows, a button placket).
The `pattern_vs_pixels` audit compares the pattern answer with this share, so a "solid" answer for a busy print,
or a "striped" answer for a plain shirt, is questioned without a model. The region is the one the pixel colors
describe (enrich/colors.py: the garment's part of the figure, without backdrop, skin and head), read again at a
larger size, since a 96 px photo blurs stripes away.

An edge is a pixel whose CIELAB lightness differs from the mean of its four neighbours by more than EDGE/4 (the
absolute discrete Laplacian): JPEG noise and soft folds stay under it, a print's outline and a stripe cross it.
The region is eroded first: its own outline (the silhouette against the backdrop, the waist) is no pattern.
docs/colors.md has the figures on real photos.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

TEXTURE_SIDE = 192  # stripes need more pixels than colors do; a 224 px catalog photo keeps most of them here
EDGE = 10.0  # absolute Laplacian of lightness (L*, 0-100) above which a pixel is on an edge
ERODE = 2  # working pixels peeled off the region's outline
MIN_PIXELS = 50  # fewer region pixels than this say nothing about a pattern
MIN_SIDE = 128  # a thumbnail smaller than this holds no stripe; scaling it up would blur the edges that are left


def edge_share(pixels: np.ndarray, region: np.ndarray) -> float | None:
    """The share of the region's pixels on a light-dark edge, 0-1; None when the region is too small to tell.

    `pixels` is the RGB uint8 (H, W, 3) photo; `region` a boolean mask of it at any smaller size of the same
    aspect (the pixel colors' working mask), scaled up here. A photo under MIN_SIDE px a side has no texture; one
    between it and TEXTURE_SIDE is read at its own size (docs/colors.md measures what that costs)."""
    if max(pixels.shape[:2]) < MIN_SIDE:
        return None
    lightness = _lightness(shrink(pixels, TEXTURE_SIDE))
    inside = _erode(_scaled(region, lightness.shape), ERODE)[1:-1, 1:-1]
    if inside.sum() < MIN_PIXELS:
        return None
    centre = lightness[1:-1, 1:-1]
    neighbours = lightness[2:, 1:-1] + lightness[:-2, 1:-1] + lightness[1:-1, 2:] + lightness[1:-1, :-2]
    edges = np.abs(4 * centre - neighbours) > EDGE
    return round(float(edges[inside].mean()), 3)


def shrink(pixels: np.ndarray, side: int) -> np.ndarray:
    """The photo at most `side` px a side (a box filter: an average, so prints blur into their garment); a smaller
    one as it is. The pixel colors read it at 96 px, the texture at 192."""
    height, width = pixels.shape[:2]
    scale = side / max(height, width)
    if scale >= 1:
        return pixels
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.asarray(Image.fromarray(pixels).resize(size, Image.Resampling.BOX))


_C = np.arange(256) / 255.0
LINEAR = np.where(_C > 0.04045, ((_C + 0.055) / 1.055) ** 2.4, _C / 12.92).astype(np.float32)  # sRGB -> linear, a
_LUMINANCE = np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)  # table: the power law per pixel is the costly part


def _lightness(rgb: np.ndarray) -> np.ndarray:
    """CIELAB L* (D65) of sRGB uint8 pixels."""
    y = LINEAR[rgb] @ _LUMINANCE
    return np.where(y > 0.008856, 116.0 * np.cbrt(y) - 16.0, 903.3 * y)


def _scaled(mask: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    if mask.shape == shape:
        return mask
    image = Image.fromarray(mask.astype(np.uint8) * 255).resize((shape[1], shape[0]), Image.Resampling.NEAREST)
    return np.asarray(image) > 0


def _erode(mask: np.ndarray, steps: int) -> np.ndarray:
    """Peel `steps` pixels off the mask's outline (4-neighbourhood); the frame's edge counts as outside."""
    for _ in range(steps):
        inner = mask.copy()
        inner[0, :] = inner[-1, :] = inner[:, 0] = inner[:, -1] = False
        inner[1:, :] &= mask[:-1, :]
        inner[:-1, :] &= mask[1:, :]
        inner[:, 1:] &= mask[:, :-1]
        inner[:, :-1] &= mask[:, 1:]
        mask = inner
    return mask
