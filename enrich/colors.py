"""Pixel colors of the product: the colors of the garment a row is about, from pixels alone, named in the
default questionnaire's color vocabulary, with the region of the photo they describe.

A catalog photo shows the product on a plain backdrop, often worn by a model with other clothes. The garment
type chooses the region (enrich/figure.py: the upper body for tops, the lower body for bottoms, the whole figure
for dresses and kurtas, the whole frame when the type is unknown). The backdrop (the border's color), skin and the
head (above the shoulders) are removed; in the upper body and the figure, backdrop-colored pixels inside the
silhouette are kept, since a white shirt on a white backdrop is made of them. Each remaining pixel is named by a small
learned model (enrich/lab/color_model.py: a softmax over cubic CIELAB features, trained on labelled real photos
and the palette's anchors), which knows what real photography does to colors: navy and denim read dark and
desaturated, olive and brown close to grey, cream close to white. A name's share is its probability summed
over the pixels, over their number. The region's texture comes with them (enrich/texture.py: the share of
its pixels on a light-dark edge, which tells a print from a plain garment), the share of the model's arms that is
bare (enrich/sleeves.py), and the colors of the garment worn on the body's other half (the jeans under a top).
docs/colors.md has the method, the regions, the bench and the figures.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from enrich.borders import without_bars
from enrich.figure import figure_of, kept_pixels, region_mask, region_of, to_lab, worn_with
from enrich.records import DecodedImage
from enrich.sleeves import bare_arm_share
from enrich.texture import edge_share

MIN_SHARE = 0.05  # colors covering less of the product are noise (stitching, shadows, labels)
TOP = 3
TEMPERATURE = 0.5  # below 1 sharpens each pixel's name probabilities (a dark pixel: mostly navy, some black)
VIVID_CHROMA = 60.0  # CIELAB chroma above which a pixel is named by its nearest anchor (95% of real ones are below)
MODEL_PATH = Path(__file__).parent / "assets" / "color_model.json"

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

_ANCHOR_INDEX = np.array([index for index, anchors in enumerate(PALETTE.values()) for _ in anchors])


@dataclass(frozen=True)
class ProductColors:
    region: str  # which part of the photo the colors describe: upper, lower, figure or frame
    colors: tuple[tuple[str, float], ...]  # (color name, share of the region's product pixels), largest first
    texture: float | None = None  # the share of the region's pixels on a light-dark edge (enrich/texture.py)
    bare_arms: float | None = None  # the share of the arms' pixels that are skin (enrich/sleeves.py)
    other_region: str | None = None  # the body's other half (lower for a top, upper for a bottom), when read
    other_colors: tuple[tuple[str, float], ...] = ()  # the colors of the garment worn there (the jeans under a top)


def product_colors(pixels: np.ndarray, garment: str | None) -> ProductColors:
    """The colors of the garment of this type in an RGB uint8 (H, W, 3) photo, and the region they describe."""
    region = region_of(garment)
    pixels = without_bars(pixels)  # a pad or a frame line at the border would be taken for the backdrop
    figure = figure_of(pixels)
    kept, garment_skin = kept_pixels(figure, region, region_mask(figure, region))
    arms = None if region in ("lower", "frame") else bare_arm_share(figure, garment_skin)
    found = ProductColors(region, color_shares(figure.lab[kept]), edge_share(pixels, kept), arms)
    worn = worn_with(figure, region)
    if worn is None:
        return found
    other, other_kept = worn
    return dataclasses.replace(found, other_region=other, other_colors=color_shares(figure.lab[other_kept]))


def with_product_colors(image: DecodedImage, garment: str | None) -> DecodedImage:
    """The decoded image with its product's pixel colors (and their region's evidence), its pixels dropped."""
    if image.pixels is None:
        return image
    found = product_colors(image.pixels, garment)
    return dataclasses.replace(
        image,
        pixels=None,
        pixel_colors=found.colors,
        pixel_region=found.region,
        pixel_texture=found.texture,
        pixel_bare_arms=found.bare_arms,
        pixel_other_region=found.other_region,
        pixel_other_colors=found.other_colors,
    )


def dominant_colors(pixels: np.ndarray) -> list[tuple[str, float]]:
    """The whole frame's product colors (no garment type known): [(name, share)], largest first."""
    return list(product_colors(pixels, None).colors)


_ANCHORS_LAB = to_lab(np.array([anchor for anchors in PALETTE.values() for anchor in anchors], dtype=np.uint8))


def product_pixels(pixels: np.ndarray, region: str) -> np.ndarray:
    """CIELAB (N, 3) of the product's pixels in the region: no backdrop, no skin, no head."""
    figure = figure_of(without_bars(pixels))
    return figure.lab[kept_pixels(figure, region, region_mask(figure, region))[0]]


def lab_features(lab: np.ndarray) -> np.ndarray:
    """The namer's inputs: 1 and the monomials of scaled L, a, b up to degree 3 (20 columns)."""
    lightness, a, b = lab[:, 0] / 50.0 - 1.0, lab[:, 1] / 40.0, lab[:, 2] / 40.0
    base = (lightness, a, b)
    columns = [np.ones_like(lightness)]
    for degree in (1, 2, 3):
        columns += [np.prod([base[i] for i in combo], axis=0) for combo in _combinations(degree)]
    return np.stack(columns, 1)


@functools.cache
def _combinations(degree: int) -> tuple[tuple[int, ...], ...]:
    from itertools import combinations_with_replacement

    return tuple(combinations_with_replacement(range(3), degree))


@functools.cache
def _weights() -> np.ndarray:
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if model["names"] != list(PALETTE):
        raise RuntimeError(f"{MODEL_PATH} names {model['names']}, not the palette: retrain it (docs/colors.md)")
    return np.asarray(model["weights"], dtype=np.float32)


def color_shares(lab: np.ndarray, weights: np.ndarray | None = None) -> tuple[tuple[str, float], ...]:
    """[(name, share)] of CIELAB pixels, largest first, at most TOP, each >= MIN_SHARE: a name's share is its
    probability summed over the pixels (softmax at temperature TEMPERATURE), over the number of pixels.
    Vivid pixels, beyond what real photos taught the model, take their nearest palette anchor's name."""
    if len(lab) == 0:
        return ()
    scores = lab_features(lab.astype(np.float32)) @ (_weights() if weights is None else weights) / TEMPERATURE
    probabilities = np.exp(scores - scores.max(1, keepdims=True))
    probabilities /= probabilities.sum(1, keepdims=True)
    vivid = np.hypot(lab[:, 1], lab[:, 2]) > VIVID_CHROMA
    if vivid.any():
        nearest = np.argmin(((lab[vivid, None, :] - _ANCHORS_LAB[None]) ** 2).sum(-1), axis=1)
        probabilities[vivid] = np.eye(len(PALETTE))[_ANCHOR_INDEX[nearest]]
    ranked = sorted(zip(PALETTE, probabilities.mean(0)), key=lambda item: -item[1])
    return tuple((name, round(float(share), 3)) for name, share in ranked if share >= MIN_SHARE)[:TOP]
