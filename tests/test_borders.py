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


def letterbox(pixels: np.ndarray) -> np.ndarray:
    """Squashed to 4:3 and padded to a square with black bars above and below."""
    squashed = np.asarray(Image.fromarray(pixels).resize((224, 168), Image.Resampling.BICUBIC))
    bar = np.zeros((28, 224, 3), np.uint8)
    return np.concatenate([bar, squashed, bar])


def with_pole(pixels: np.ndarray, at: float) -> np.ndarray:
    out = pixels.copy()
    x = round(at * pixels.shape[1])
    out[:, x : x + max(2, round(0.02 * pixels.shape[1]))] = (128, 128, 128)
    return out


def stripes(width: int, vertical: bool, size: int = 512) -> np.ndarray:
    band = (np.arange(size) // width) % 2 == 0
    colors = np.where(band[:, None], np.array([45, 55, 85]), np.array([246, 246, 246])).astype(np.uint8)
    return np.broadcast_to(colors[None] if vertical else colors[:, None], (size, size, 3)).copy()


@pytest.mark.parametrize(
    "padded",
    [
        pillarbox(SHOT, 40, (0, 0, 0)),  # a 3:4 shot made square, with black bars
        pillarbox(SHOT, 40, (128, 128, 128)),
        framed(SHOT, 1, (0, 0, 0)),  # a template's 1 px frame line
        framed(SHOT, 2, (200, 200, 200)),
        np.concatenate([np.full((30, 224, 3), 20, np.uint8), SHOT, np.full((30, 224, 3), 20, np.uint8)]),  # letterbox
        letterbox(SHOT),  # the figure's hair and shoes at the photo's edges: one bar shows a clean step
        pillarbox(framed(SHOT, 2, (150, 150, 150)), 40, (0, 0, 0)),  # a framed photo on a padded canvas
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
        # one band (found: 40 px, under the quarter a bar may take) beside a garment that fills the height
        np.concatenate([np.full((224, 40, 3), 246, np.uint8), np.full((224, 184, 3), (45, 55, 85), np.uint8)], 1),
        with_pole(SHOT, 0.15),  # a clothes rail's pole or a door frame on one side: it cropped all four sides
        with_pole(SHOT, 0.06),
        stripes(32, vertical=True),  # a fabric that fills the frame: its stripes are no pair of bars
        stripes(32, vertical=False),
        stripes(64, vertical=True),
        np.full((224, 224, 3), 246, np.uint8),  # all backdrop
        np.zeros((8, 8, 3), np.uint8),
    ],
)
def test_a_photo_without_bars_is_untouched(photo):
    """A white backdrop beside a garment that fills the height (the third) is one band, not a pair: no bar."""
    assert without_bars(photo) is photo


def test_padding_round_a_garment_that_fills_the_height_is_cropped():
    """The backdrop either side of it looked like bars again inside the crop (a pattern), and the crop was undone."""
    garment = np.full((512, 384, 3), 246, np.uint8)
    garment[:, 96:288] = (45, 55, 85)
    padded = pillarbox(garment, 64, (0, 0, 0))
    assert without_bars(jpeg(padded)).shape[1] < 400


@pytest.mark.parametrize("shape", [(100, 1, 3), (2, 40, 3), (1, 1, 3), (15, 300, 3)])
def test_a_photo_too_small_for_bars_is_left_as_it_is(shape):
    """A 1 or 2 px wide photo (which a run's decode refuses, but product_colors may be handed) was an IndexError."""
    pixels = np.random.default_rng(0).integers(0, 255, shape).astype(np.uint8)
    assert without_bars(pixels) is pixels
