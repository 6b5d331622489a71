"""Bars and frame lines around a photo are cropped before its backdrop is read; a photo without them is untouched."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from enrich.borders import without_bars
from enrich.colors import product_colors
from tests.test_colors import DENIM, RED, figure


def jpeg(pixels: np.ndarray, size: tuple[int, int] | None = None) -> np.ndarray:
    """As a catalog serves it: resized (bicubic rings at a bar's edge) and JPEG-compressed."""
    image = Image.fromarray(pixels)
    image = image.resize(size, Image.Resampling.BICUBIC) if size else image
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return np.asarray(Image.open(buffer).convert("RGB"))


def pillarbox(pixels: np.ndarray, width: int, color) -> np.ndarray:
    bar = np.full((pixels.shape[0], width, 3), color, np.uint8)
    return np.concatenate([bar, pixels, bar], axis=1)


def framed(pixels: np.ndarray, line: int, color) -> np.ndarray:
    out = pixels.copy()
    out[:line], out[-line:], out[:, :line], out[:, -line:] = color, color, color, color
    return out


SHOT = figure(top=RED, bottom=DENIM, size=224)


@pytest.mark.parametrize(
    "padded",
    [
        pillarbox(SHOT, 40, (0, 0, 0)),  # a 3:4 shot made square, with black bars
        pillarbox(SHOT, 40, (128, 128, 128)),
        framed(SHOT, 1, (0, 0, 0)),  # a template's 1 px frame line
        framed(SHOT, 2, (200, 200, 200)),
        np.concatenate([np.full((30, 224, 3), 20, np.uint8), SHOT, np.full((30, 224, 3), 20, np.uint8)]),  # letterbox
    ],
)
def test_a_padded_or_framed_photo_reads_as_the_photo_does(padded):
    """Before, the bars or the line were taken for the backdrop: the red top read white (the shared real photos went
    from 72% right to 13-16%), and the bare arms were lost."""
    for served in (padded, jpeg(padded), jpeg(padded, (512, 512))):  # the bench times photos stretched to 512 px
        upper, lower = product_colors(served, "t-shirt"), product_colors(served, "jeans")
        assert upper.colors[0][0] == "red" and upper.bare_arms is not None and upper.bare_arms > 0.1
        assert lower.colors[0][0] == "blue"


@pytest.mark.parametrize(
    "photo",
    [
        SHOT,
        jpeg(SHOT, (512, 512)),
        np.concatenate([np.full((224, 60, 3), 246, np.uint8), np.full((224, 164, 3), (45, 55, 85), np.uint8)], 1),
        np.full((224, 224, 3), 246, np.uint8),  # all backdrop
        np.zeros((8, 8, 3), np.uint8),
    ],
)
def test_a_photo_without_bars_is_untouched(photo):
    """A white backdrop beside a garment that fills the height (the third) is one band, not a pair: no bar."""
    assert without_bars(photo) is photo
