"""Pixel color evidence: the product's dominant colors, from pixels alone, named in the color vocabulary.

The background of a product shot is plain, so its color is read off the image border; pixels far from it
(in CIELAB) are the product. The product's pixels are clustered with k-means in CIELAB, where distance
follows perceived difference, and each cluster is named by its nearest palette anchor. Shades of one name
have several anchors, so a shadowed red stays red. Parts of the product as light as the background (white
stripes on a white backdrop) read as background: a known limit. Timing and agreement are in the README.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

WORK_SIDE = 96  # clustering runs on this many pixels per side at most: color needs no detail
CLUSTERS = 4
ITERATIONS = 8
FIT_POINTS = 2048  # k-means is fitted on an even sample of at most this many product pixels, then assigns all
BACKGROUND_DELTA_E = 6.0  # further than this from the border color is product
MIN_FOREGROUND = 0.03  # below this share of pixels the product fills the frame: use every pixel
MIN_SHARE = 0.05  # colors covering less of the product are noise (stitching, shadows, labels)
TOP = 3

PALETTE = {  # name -> sRGB anchors; the names are the default questionnaire's color values
    "black": [(20, 20, 20), (45, 45, 50)],
    "white": [(245, 245, 245), (228, 228, 222)],
    "grey": [(128, 128, 128), (90, 90, 95), (175, 175, 175)],
    "red": [(200, 30, 40), (150, 20, 30), (230, 60, 60)],
    "blue": [(40, 80, 200), (70, 130, 220), (110, 160, 230)],
    "navy": [(20, 30, 90), (25, 35, 65)],
    "green": [(40, 150, 70), (30, 100, 40), (110, 140, 60)],
    "yellow": [(235, 200, 40), (245, 225, 90)],
    "orange": [(240, 130, 30), (215, 95, 20)],
    "pink": [(240, 140, 180), (225, 95, 150), (250, 195, 215)],
    "purple": [(120, 50, 150), (155, 105, 195), (85, 35, 105)],
    "brown": [(110, 70, 40), (150, 100, 60), (75, 48, 30)],
    "beige": [(220, 200, 160), (200, 180, 140)],
}


def _srgb_to_linear(c: np.ndarray) -> np.ndarray:
    return np.where(c > 0.04045, ((c + 0.055) / 1.055) ** 2.4, c / 12.92)


_LINEAR = _srgb_to_linear(np.arange(256) / 255.0).astype(np.float32)  # a table: the power law is the costly part
_RGB_TO_XYZ = np.array(
    [[0.4124, 0.2126, 0.0193], [0.3576, 0.7152, 0.1192], [0.1805, 0.0722, 0.9505]], dtype=np.float32
) / np.array([0.95047, 1.0, 1.08883], dtype=np.float32)


def to_lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB uint8 (..., 3) -> CIELAB (D65), float32."""
    xyz = _LINEAR[rgb] @ _RGB_TO_XYZ
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16.0 / 116.0)
    return np.stack([116.0 * f[..., 1] - 16.0, 500.0 * (f[..., 0] - f[..., 1]), 200.0 * (f[..., 1] - f[..., 2])], -1)


_ANCHOR_NAMES = [name for name, anchors in PALETTE.items() for _ in anchors]
_ANCHORS_LAB = to_lab(np.array([a for anchors in PALETTE.values() for a in anchors], dtype=np.uint8))


def dominant_colors(pixels: np.ndarray) -> list[tuple[str, float]]:
    """[(color name, share of the product's pixels)], largest first, at most TOP, each >= MIN_SHARE."""
    lab = to_lab(_shrink(pixels)).reshape(-1, 3)
    product = lab[_foreground(lab, _border(pixels.shape))]
    if len(product) == 0:
        return []
    centers, counts = _kmeans(product, min(CLUSTERS, len(product)))
    shares: dict[str, float] = {}
    for center, count in zip(centers, counts):
        name = _ANCHOR_NAMES[int(np.argmin(((_ANCHORS_LAB - center) ** 2).sum(1)))]
        shares[name] = shares.get(name, 0.0) + count / len(product)
    ranked = sorted(shares.items(), key=lambda item: -item[1])
    return [(name, round(float(share), 3)) for name, share in ranked if share >= MIN_SHARE][:TOP]


def _shrink(pixels: np.ndarray) -> np.ndarray:
    height, width = pixels.shape[:2]
    scale = WORK_SIDE / max(height, width)
    if scale >= 1:
        return pixels
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.asarray(Image.fromarray(pixels).resize(size, Image.Resampling.NEAREST))


def _border(shape: tuple[int, ...]) -> tuple[int, int]:
    height, width = shape[:2]
    scale = min(1.0, WORK_SIDE / max(height, width))
    return max(1, round(height * scale)), max(1, round(width * scale))


def _foreground(lab: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    grid = lab.reshape(size[0], size[1], 3)
    edge = np.concatenate([grid[0], grid[-1], grid[:, 0], grid[:, -1]])
    background = np.median(edge, axis=0)
    mask = np.sqrt(((lab - background) ** 2).sum(1)) > BACKGROUND_DELTA_E
    return mask if mask.mean() >= MIN_FOREGROUND else np.ones(len(lab), dtype=bool)


def _kmeans(all_points: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Deterministic k-means: farthest-point initialisation from the mean, a fixed number of rounds."""
    all_points = all_points.astype(np.float64)
    points = all_points[:: max(1, len(all_points) // FIT_POINTS)]
    centers = [points[np.argmax(((points - points.mean(0)) ** 2).sum(1))]]
    for _ in range(1, k):
        distance = np.min([((points - c) ** 2).sum(1) for c in centers], axis=0)
        centers.append(points[np.argmax(distance)])
    centers = np.array(centers)
    for _ in range(ITERATIONS):
        labels = _nearest(points, centers)
        counts = np.bincount(labels, minlength=k)[:, None]
        sums = np.stack([np.bincount(labels, weights=points[:, axis], minlength=k) for axis in range(3)], 1)
        centers = np.where(counts > 0, sums / np.maximum(counts, 1), centers)  # an empty cluster keeps its center
    return centers, np.bincount(_nearest(all_points, centers), minlength=k)


def _nearest(points: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """Index of each point's nearest center: |c|^2 - 2 p.c is |p - c|^2 less a per-point constant, and one
    matrix product is several times faster than broadcasting an (N, k, 3) difference."""
    return np.argmin((centers**2).sum(1) - 2.0 * points @ centers.T, axis=1)
