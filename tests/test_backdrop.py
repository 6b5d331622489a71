"""The backdrop a catalog photo's product is told apart from: one color, a shading surface, or a wall meeting a floor
in a line (docs/colors.md). The drawn model comes from tests/test_colors.py."""

import numpy as np
import pytest

from enrich.backdrop import backdrop
from enrich.colors import product_colors
from enrich.figure import to_lab
from tests.test_colors import BACKDROP, DENIM, GREEN, NAVY, RED, figure, first

WALL, FLOOR = (250, 250, 250), (215, 215, 215)


def on_a_floor(photo: np.ndarray, floor=FLOOR, at=0.85, tilt=0.0, wall=WALL) -> np.ndarray:
    """The photo's white backdrop made a wall above a line at `at` of the height (its ends `tilt` of the height
    apart) and a floor below it, as a studio shot against a wall shows."""
    height, width = photo.shape[:2]
    rows, columns = np.mgrid[0:height, 0:width]
    line = at * height + tilt * height * (columns / (width - 1) - 0.5)
    backdrop_pixels = (np.abs(photo.astype(int) - BACKDROP).max(-1) < 12)[..., None]
    ground = np.where((rows < line)[..., None], np.array(wall), np.array(floor))
    return np.where(backdrop_pixels, ground, photo).astype(np.uint8)


@pytest.mark.parametrize(
    "floor, at, tilt",
    [
        (FLOOR, 0.85, 0.0),
        (FLOOR, 0.7, 0.0),
        ((190, 160, 125), 0.8, 0.0),
        ((120, 120, 120), 0.75, 0.0),
        (FLOOR, 0.8, 0.06),
    ],
    ids=["grey-floor", "high-floor", "wooden-floor", "dark-floor", "tilted"],
)
def test_a_floor_meeting_the_wall_in_a_line_is_no_product(floor, at, tilt):
    """One backdrop color, or one smooth surface, read the floor as product: the shared photos on a white wall and a
    grey floor scored 61% top-1 (72.5% as shot), the bottoms read as grey, white or beige."""
    photo = on_a_floor(figure(top=RED, bottom=DENIM), floor, at, tilt)
    for garment, name in (("t-shirt", "red"), ("jeans", "blue")):
        colors = product_colors(photo, garment)
        assert first(colors) == name and not {"grey", "white", "beige", "brown"} & set(dict(colors.colors)), colors
    lab = to_lab(photo)
    assert np.abs(backdrop(lab)[-1, 0] - to_lab(np.array([floor], np.uint8))[0]).max() < 3


def test_a_line_that_only_the_sides_show_is_no_floor():
    """A gown's hem widening to the frame's sides steps at both sides like a floor line, but not across the frame
    (the skirt is above the line there): the skirt stays product."""
    from PIL import Image, ImageDraw

    photo = Image.fromarray(figure(top=GREEN, bottom=GREEN))
    size = photo.size[0] / 100
    skirt = [(35, 58), (65, 58), (100, 85), (100, 100), (0, 100), (0, 85)]
    ImageDraw.Draw(photo).polygon([(round(x * size), round(y * size)) for x, y in skirt], fill=GREEN)
    photo = np.asarray(photo)
    assert backdrop(to_lab(photo)).shape == (3,)  # one color: the white of the border
    colors = product_colors(photo, "dress")
    assert first(colors) == "green" and dict(colors.colors)["green"] > 0.9, colors


def test_a_plain_backdrop_is_one_color_and_a_photo_cropped_at_the_chest_still_finds_its_floor():
    """The trousers' photo starts at the chest, so the top of the frame is product: the floor is found by the sides."""
    assert backdrop(to_lab(figure(top=NAVY, bottom=DENIM))).shape == (3,)
    cropped = on_a_floor(figure(top=NAVY, bottom=GREEN, crop=0.3), at=0.8)
    colors = product_colors(cropped, "trousers")
    assert first(colors) == "green" and not {"grey", "white"} & set(dict(colors.colors)), colors


@pytest.mark.parametrize("rows", [(0.6, 1.0), (0.0, 0.4), (0.55, 0.8)])
def test_a_product_across_the_whole_width_is_no_floor(rows):
    """Folded fabric or a scarf shot close fills the frame's width: both sides step where it starts, and the step
    shows across the whole frame. Taken for a floor line, the product became backdrop and the white was read."""
    rng = np.random.default_rng(0)
    photo = np.full((400, 400, 3), 245, np.float32)
    photo[int(rows[0] * 400) : int(rows[1] * 400)] = GREEN
    photo = np.clip(photo + rng.normal(0, 2, photo.shape), 0, 255).astype(np.uint8)
    colors = product_colors(photo, None)
    assert first(colors) == "green" and "white" not in dict(colors.colors), colors


@pytest.mark.parametrize("height", [1, 2, 3, 4, 12, 16])
def test_a_banner_a_few_pixels_high_is_read_without_a_warning(height):
    """Shrunk to the working size, a 400 x 12 px banner is 96 x 3: the floor search tried a row with nothing above
    it (numpy warned of an empty mean for every such photo)."""
    import warnings

    photo = np.full((height, 400, 3), 240, np.uint8)
    photo[:, 150:250] = RED
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        product_colors(photo, "t-shirt")


@pytest.mark.parametrize("columns", [(140, 372), (150, 362)])
def test_a_floor_line_is_found_where_the_figure_reaches_both_sides(columns):
    """Cropped tight, the forearms reach the frame's sides: each side column changed color most where the hands end,
    not at the floor, and the floor read as product (white and grey in the t-shirt's colors)."""
    photo = on_a_floor(figure(top=RED, bottom=DENIM))[:, slice(*columns)]
    for garment, name in (("t-shirt", "red"), ("jeans", "blue")):
        colors = product_colors(photo, garment)
        assert first(colors) == name and not {"grey", "white", "beige"} & set(dict(colors.colors)), colors


def test_horizontal_stripes_that_fill_the_frame_are_no_floor():
    """A close-up of a striped product steps at both sides and across the frame at every stripe: taken for a wall and
    a floor, one of its colors was read as backdrop (red and white stripes read white 70%, red 9%)."""
    rng = np.random.default_rng(0)
    stripes = np.array([RED, WALL])[(np.arange(400) // 40) % 2]
    photo = np.broadcast_to(stripes[:, None, :], (400, 400, 3)).astype(np.float32)
    photo = np.clip(photo + rng.normal(0, 2, photo.shape), 0, 255).astype(np.uint8)
    shares = dict(product_colors(photo, None).colors)
    assert shares.get("red", 0) > 0.3 and shares.get("white", 0) > 0.3, shares
