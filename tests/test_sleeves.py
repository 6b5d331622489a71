"""Bare arms, the sleeve answer's pixel evidence: drawn catalog figures with sleeves of each length, and the
photos that have no arms to read (a flat-lay, a crop below the face, a skin-colored top, a bottom)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from enrich.colors import product_colors

SKIN, HAIR, BACKDROP = (214, 160, 130), (35, 28, 25), (255, 255, 255)
RED, DENIM = (190, 30, 40), (70, 95, 135)
SLEEVE_ENDS = {"sleeveless": 22, "short": 34, "three-quarter": 46, "long": 58}  # the row the sleeve stops at


def person(sleeve: str, top=RED, size=400, seed=0, head=True) -> np.ndarray:
    """A model on a white backdrop: a face, a top whose sleeves stop at SLEEVE_ENDS[sleeve], bare arms below them
    and hands, jeans; without `head`, the top alone (a flat-lay)."""
    s = size / 100
    image = Image.new("RGB", (size, size), BACKDROP)
    draw = ImageDraw.Draw(image)

    def box(x0, y0, x1, y1, fill):
        draw.rectangle([round(x0 * s), round(y0 * s), round(x1 * s), round(y1 * s)], fill=fill)

    if head:
        draw.ellipse([round(42 * s), round(2 * s), round(58 * s), round(20 * s)], fill=SKIN)
        draw.pieslice([round(41 * s), round(0 * s), round(59 * s), round(16 * s)], 180, 360, fill=HAIR)
        box(47, 18, 53, 23, SKIN)
        box(26, 22, 32, 60, SKIN)  # arms to the hands
        box(68, 22, 74, 60, SKIN)
        box(35, 58, 49, 95, DENIM)
        box(51, 58, 65, 95, DENIM)
    box(33, 22, 67, 58, top)
    end = SLEEVE_ENDS[sleeve]
    if end > 22:
        box(25, 22, 33, end, top)
        box(67, 22, 75, end, top)
    pixels = np.asarray(image).astype(np.float32) + np.random.default_rng(seed).normal(0, 3, (size, size, 3))
    return np.clip(pixels, 0, 255).astype(np.uint8)


def bare(sleeve: str, garment: str = "t-shirt", **drawing) -> float | None:
    return product_colors(person(sleeve, **drawing), garment).bare_arms


def test_the_shorter_the_sleeves_the_more_of_the_arms_is_skin():
    shares = [bare(sleeve) for sleeve in ("long", "three-quarter", "short", "sleeveless")]
    assert shares == sorted(shares) and len(set(shares)) == 4, shares
    assert shares[0] < 0.03  # covered to the wrists: only the hands
    assert shares[2] > 0.1  # bare below the elbows: sleeves_vs_pixels questions a "long" answer


@pytest.mark.parametrize("garment", ["dress", "kurta", "Tshirts", "sweater"])
def test_tops_and_whole_figures_are_read(garment):
    assert bare("short", garment) > 0.1 and bare("long", garment) < 0.03


def test_a_flat_lay_has_no_arms_to_read():
    assert bare("short", head=False) is None  # no skin, and no person: not "covered"


def test_a_photo_cropped_at_the_shoulders_has_no_arms_to_read():
    pixels = person("short")
    assert product_colors(pixels[len(pixels) * 23 // 100 :], "t-shirt").bare_arms is None  # no face, no neck


def test_a_skin_colored_top_is_not_read():
    assert bare("long", top=(220, 170, 140)) is None  # its sleeves would look bare


@pytest.mark.parametrize("garment", ["jeans", None])
def test_a_bottom_or_an_unknown_garment_has_no_sleeves_to_read(garment):
    assert bare("short", garment) is None


def test_a_partly_skin_colored_top_is_not_read():
    """Tan with a navy chest print: half the garment reads as skin, so its long sleeves would look bare."""
    image = Image.fromarray(person("long", top=(200, 150, 110)))
    ImageDraw.Draw(image).rectangle([152, 104, 248, 176], fill=(40, 50, 90))
    assert product_colors(np.asarray(image), "t-shirt").bare_arms is None


def test_a_little_skin_above_a_flat_lay_is_no_face():
    """A skin-toned label at the collar of a t-shirt laid flat: too few pixels for a face."""
    image = Image.fromarray(person("short", head=False))
    ImageDraw.Draw(image).rectangle([192, 72, 208, 88], fill=SKIN)
    assert product_colors(np.asarray(image), "t-shirt").bare_arms is None


def flared_dress(flare: int, size: int = 400) -> np.ndarray:
    """A model in a short-sleeved dress whose skirt spreads to 2 x `flare` % of the frame at the hem."""
    s = size / 100
    image = Image.new("RGB", (size, size), BACKDROP)
    draw = ImageDraw.Draw(image)
    draw.ellipse([42 * s, 2 * s, 58 * s, 20 * s], fill=SKIN)
    for box, fill in (((47, 18, 53, 23), SKIN), ((26, 22, 32, 60), SKIN), ((68, 22, 74, 60), SKIN)):
        draw.rectangle([v * s for v in box], fill=fill)
    for box in ((33, 22, 67, 45), (25, 22, 33, 34), (67, 22, 75, 34)):
        draw.rectangle([v * s for v in box], fill=RED)
    draw.polygon([(x * s, y * s) for x, y in ((33, 45), (67, 45), (50 + flare, 97), (50 - flare, 97))], fill=RED)
    return np.asarray(image)


def test_a_hem_wider_than_the_shoulders_is_not_read_as_shoulders():
    assert product_colors(flared_dress(30), "dress").bare_arms > 0.1  # an A-line: the shoulders are found
    assert product_colors(flared_dress(48), "dress").bare_arms is None  # a gown's hem: the shoulder row is in it
