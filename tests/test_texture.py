"""Pixel texture: a print, stripe or check puts many of the garment's pixels on an edge, a plain garment few, and
only the garment's own region counts (figures drawn like catalog photos, as in test_colors)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from enrich.colors import product_colors
from enrich.texture import edge_share
from tests.test_colors import DENIM, NAVY, RED, figure

TORSO, LEGS = (33, 22, 67, 58), (35, 58, 65, 95)  # figure()'s boxes, in hundredths of the side
WHITE = (235, 235, 235)


def patterned(pixels: np.ndarray, box, kind: str, ink=WHITE) -> np.ndarray:
    """The figure with stripes, checks or dots of `ink` drawn over one of its garments."""
    image = Image.fromarray(pixels)
    draw = ImageDraw.Draw(image)
    s = pixels.shape[1] / 100
    x0, y0, x1, y1 = (round(v * s) for v in box)
    step, width = round(4 * s), round(1.2 * s)
    for y in range(y0, y1, step) if kind in ("stripes", "checks") else ():
        draw.rectangle([x0, y, x1, y + width], fill=ink)
    for x in range(x0, x1, step) if kind == "checks" else ():
        draw.rectangle([x, y0, x + width, y1], fill=ink)
    for y in range(y0 + step // 2, y1, step) if kind == "dots" else ():
        for x in range(x0 + step // 2, x1, step):
            draw.ellipse([x - width, y - width, x + width, y + width], fill=ink)
    return np.asarray(image)


@pytest.mark.parametrize("kind", ["stripes", "checks", "dots"])
def test_a_patterned_top_is_busy_and_a_plain_one_is_not(kind):
    plain = figure(top=RED, bottom=DENIM)
    busy = patterned(plain, TORSO, kind)
    assert product_colors(plain, "t-shirt").texture < 0.05
    assert product_colors(busy, "t-shirt").texture > 0.3


def test_only_the_garments_own_region_counts():
    """Striped trousers under a plain top: the top is plain, the trousers are not; the face and hair never count."""
    photo = patterned(figure(top=NAVY, bottom=DENIM), LEGS, "stripes")
    assert product_colors(photo, "shirt").texture < 0.05
    assert product_colors(photo, "trousers").texture > 0.3


def test_the_working_size_keeps_the_figure_whatever_the_photos_size():
    photo = patterned(figure(top=RED, bottom=DENIM, size=768), TORSO, "stripes")
    small = np.asarray(Image.fromarray(photo).resize((384, 384), Image.Resampling.LANCZOS))
    assert abs(product_colors(photo, "t-shirt").texture - product_colors(small, "t-shirt").texture) < 0.1


def test_a_thumbnail_has_no_texture_and_a_small_photo_is_read_at_its_own_size():
    photo = patterned(figure(top=RED, bottom=DENIM, size=512), TORSO, "stripes")
    for side, busy in ((160, True), (128, True), (100, None)):
        small = np.asarray(Image.fromarray(photo).resize((side, side), Image.Resampling.LANCZOS))
        texture = product_colors(small, "t-shirt").texture
        assert (texture is None) if busy is None else texture > 0.3, (side, texture)


def test_a_region_too_small_to_tell_has_no_texture():
    pixels = np.full((200, 200, 3), 128, dtype=np.uint8)
    region = np.zeros((96, 96), dtype=bool)
    region[40:44, 40:44] = True
    assert edge_share(pixels, region) is None
    region[10:90, 10:90] = True
    assert edge_share(pixels, region) == 0.0  # one flat color: no edge at all
