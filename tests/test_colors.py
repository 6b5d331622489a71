"""Pixel color evidence: product-style renders (plain background, shading, noise, patterns, full frames) and
figures drawn like catalog photos (a model with skin and hair, a top and a differently colored bottom)."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PIL import Image, ImageDraw

from enrich.colors import (
    PALETTE,
    ProductColors,
    color_shares,
    dominant_colors,
    product_colors,
    product_pixels,
    region_of,
    to_lab,
)
from enrich.config import default_questionnaire
from enrich.questionnaire import load_questionnaire


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


def test_lab_conversion_equals_its_direct_formula():
    rng = np.random.default_rng(3)
    rgb = rng.integers(0, 256, (500, 3), dtype=np.uint8)
    c = rgb.astype(np.float64) / 255.0
    linear = np.where(c > 0.04045, ((c + 0.055) / 1.055) ** 2.4, c / 12.92)
    xyz = linear @ np.array([[0.4124, 0.2126, 0.0193], [0.3576, 0.7152, 0.1192], [0.1805, 0.0722, 0.9505]])
    xyz /= [0.95047, 1.0, 1.08883]
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16.0 / 116.0)
    lab = np.stack([116.0 * f[:, 1] - 16.0, 500.0 * (f[:, 0] - f[:, 1]), 200.0 * (f[:, 1] - f[:, 2])], -1)
    assert np.abs(to_lab(rgb) - lab).max() < 1e-3


SKIN, HAIR, BACKDROP = (214, 160, 130), (35, 28, 25), (255, 255, 255)


def figure(top, bottom, size=512, seed=0, crop=0.0, skin=SKIN, sweep=None):
    """A model on a white backdrop: hair and a face, a top with sleeves, bare forearms and hands, trousers, shoes;
    `crop` cuts this share off the top of the frame, as photos of bottoms do; `sweep` (top, bottom grey levels)
    makes the backdrop a studio sweep that darkens toward the floor."""
    s = size / 100
    image = Image.new("RGB", (size, size), BACKDROP)
    draw = ImageDraw.Draw(image)

    def box(x0, y0, x1, y1, fill):
        draw.rectangle([round(x0 * s), round(y0 * s), round(x1 * s), round(y1 * s)], fill=fill)

    draw.ellipse([round(42 * s), round(2 * s), round(58 * s), round(20 * s)], fill=skin)  # face
    draw.pieslice([round(41 * s), round(0 * s), round(59 * s), round(16 * s)], 180, 360, fill=HAIR)
    box(47, 18, 53, 23, skin)  # neck
    box(33, 22, 67, 58, top)  # torso
    draw.polygon([(round(x * s), round(y * s)) for x, y in ((41, 22), (59, 22), (50, 40))], fill=skin)  # V-neck
    box(25, 22, 33, 36, top)  # sleeves
    box(67, 22, 75, 36, top)
    box(26, 36, 32, 60, skin)  # forearms and hands
    box(68, 36, 74, 60, skin)
    box(35, 58, 49, 95, bottom)  # legs
    box(51, 58, 65, 95, bottom)
    box(34, 95, 50, 99, HAIR)  # shoes
    box(50, 95, 66, 99, HAIR)
    pixels = np.asarray(image).astype(np.float32)
    backdrop = (pixels == BACKDROP).all(-1)
    pixels = pixels * np.where(pixels.sum(-1, keepdims=True) < 765, np.linspace(1.05, 0.9, size)[None, :, None], 1)
    if sweep:
        pixels[backdrop] = np.broadcast_to(np.linspace(*sweep, size)[:, None, None], pixels.shape)[backdrop]
    pixels += np.random.default_rng(seed).normal(0, 3, pixels.shape)
    pixels = np.clip(pixels, 0, 255).astype(np.uint8)
    return pixels[round(crop * size) :] if crop else pixels


RED, DENIM, GREEN, NAVY = (190, 30, 40), (70, 95, 135), (40, 140, 70), (45, 55, 85)


def first(colors: ProductColors) -> str:
    return colors.colors[0][0]


def test_the_garment_type_chooses_the_region_and_the_region_its_colors():
    photo = figure(top=RED, bottom=DENIM)
    upper, lower = product_colors(photo, "t-shirt"), product_colors(photo, "jeans")
    assert (upper.region, first(upper)) == ("upper", "red") and "blue" not in dict(upper.colors)
    assert (lower.region, first(lower)) == ("lower", "blue") and "red" not in dict(lower.colors)
    assert product_colors(photo, None).region == "frame"


def test_a_photo_of_trousers_cropped_at_the_chest_reads_the_trousers():
    colors = product_colors(figure(top=RED, bottom=GREEN, crop=0.3), "trousers")
    assert colors.region == "lower" and first(colors) == "green"


def test_a_dress_or_kurta_is_read_over_the_whole_figure():
    photo = figure(top=NAVY, bottom=NAVY)
    for garment in ("dress", "Kurtas"):
        colors = product_colors(photo, garment)
        assert colors.region == "figure" and first(colors) == "navy"


@pytest.mark.parametrize("top", [GREEN, NAVY, (235, 235, 238)])
def test_skin_and_hair_are_removed_from_the_region(top):
    photo = figure(top=top, bottom=DENIM)
    lab = product_pixels(photo, "upper")

    def share_near(rgb):
        return float((np.linalg.norm(lab - to_lab(np.array([rgb], np.uint8))[0], axis=1) < 12).mean())

    assert share_near(SKIN) < 0.02 and share_near(HAIR) < 0.02
    assert share_near(top) > 0.8
    assert first(product_colors(photo, "shirt")) == {GREEN: "green", NAVY: "navy"}.get(top, "white")


@pytest.mark.parametrize("sweep", [(250, 200), (235, 170)])
def test_a_backdrop_that_darkens_toward_the_floor_is_no_product(sweep):
    """The backdrop was one color, the border's median: a sweep's lighter top and darker floor read as grey and
    white product (the shared photos on a 250-to-200 ramp: 54% top-1, 72.5% as shot)."""
    photo = figure(top=RED, bottom=DENIM, sweep=sweep)
    for garment, name in (("t-shirt", "red"), ("jeans", "blue")):
        colors = product_colors(photo, garment)
        assert first(colors) == name and not {"grey", "white", "beige"} & set(dict(colors.colors)), colors


def test_a_vignette_is_no_product():
    """Corners darkened by a quarter (a lens's falloff) read as a grey frame around the figure."""
    photo = figure(top=GREEN, bottom=NAVY).astype(np.float32)
    y, x = np.mgrid[0:512, 0:512] / 511 * 2 - 1
    photo = np.clip(photo * (1 - 0.25 * (y * y + x * x)[..., None] / 2), 0, 255).astype(np.uint8)
    for garment, name in (("shirt", "green"), ("trousers", "navy")):
        colors = product_colors(photo, garment)
        assert first(colors) == name and not {"grey", "white", "beige"} & set(dict(colors.colors)), colors


def test_a_white_top_on_a_white_backdrop_is_white():
    colors = product_colors(figure(top=(250, 250, 250), bottom=DENIM), "t-shirt")
    assert first(colors) == "white", colors


def test_a_skin_colored_garment_is_kept():
    colors = product_colors(figure(top=(200, 180, 140), bottom=DENIM), "sweater")
    assert first(colors) in ("beige", "brown"), colors


def lab_to_rgb(lightness: float, a: float, b: float) -> tuple[int, int, int]:
    fy = (lightness + 16) / 116
    f = np.array([fy + a / 500, fy, fy - b / 200])
    xyz = np.where(f**3 > 0.008856, f**3, (f - 16 / 116) / 7.787) * [0.95047, 1.0, 1.08883]
    linear = np.array([[3.2406, -1.5372, -0.4986], [-0.9689, 1.8758, 0.0415], [0.0557, -0.2040, 1.0570]]) @ xyz
    srgb = np.where(linear > 0.0031308, 1.055 * np.abs(linear) ** (1 / 2.4) - 0.055, 12.92 * linear)
    return tuple(int(v) for v in np.clip(np.round(srgb * 255), 0, 255))


@pytest.mark.parametrize(
    ("lab", "name"),
    [  # as real catalog photos show them: dark, desaturated, off-white (the medians of docs/colors.md)
        ((24, 0.4, -10), "navy"),
        ((47, -1.5, -12), "blue"),  # denim
        ((19, -1, -1), "black"),
        ((48, -0.9, -3.9), "grey"),  # charcoal
        ((48, -3, 7.6), "green"),  # olive
        ((30, 2, 8.6), "brown"),
        ((35, 36, 4.7), "red"),  # maroon
        ((93, 0.4, 8.7), "white"),  # cream
        ((75, 1.9, 9.8), "beige"),
    ],
)
def test_low_chroma_colors_get_their_names(lab, name):
    pixels = np.array([lab_to_rgb(*lab)] * 4, dtype=np.uint8)
    assert color_shares(to_lab(pixels))[0][0] == name


def test_every_questionnaire_garment_has_a_body_region():
    garment = next(q for q in load_questionnaire(default_questionnaire()).questions if q.id == "garment_type")
    regions = {value.canonical: region_of(value.canonical) for value in garment.values}
    assert "frame" not in regions.values(), regions
    assert {g for g, r in regions.items() if r == "lower"} == {"skirt", "jeans", "trousers", "shorts"}
    assert regions["dress"] == "figure"


@pytest.mark.parametrize(
    ("garment", "region"),
    [
        *(("Tshirts", "upper"), ("Tops", "upper"), ("Track Pants", "lower"), ("Kurtas", "figure"), (None, "frame")),
        # Myntra's other apparel types, beyond the shared set's 13
        *(("Capris", "lower"), ("Churidar", "lower"), ("Palazzos", "lower"), ("Lounge Shorts", "lower")),
        *(("Nehru Jackets", "upper"), ("Rain Jacket", "upper"), ("Waistcoat", "upper"), ("Kurta Sets", "figure")),
        # a compound by its last word; a set of a top and a bottom is the whole figure; fabric is no garment
        *(
            ("Lounge Tshirts", "upper"),
            ("Innerwear Vests", "upper"),
            ("Rain Trousers", "lower"),
            ("Bath Robe", "figure"),
        ),
        *(("Top with Shorts", "figure"), ("Kurta with Palazzos & Dupatta", "figure"), ("T-Shirts & Tops", "upper")),
        *(
            ("Lehenga Choli", "figure"),
            ("Shirt Dress", "figure"),
            ("Dress Material", "frame"),
            ("Casual Shoes", "frame"),
            # a set: its garments, a trailing "Set" named no garment
            ("Top and Skirt Set", "figure"),
            ("Bra & Panty Set", "figure"),
            ("Bikini Set", "figure"),
            ("Pyjama Set", "figure"),
            ("Kurta Pyjama", "figure"),
            ("Shirt & Tie Set", "upper"),
            ("Track Pants & Tshirt", "figure"),
        ),
    ],
)
def test_seller_words_have_regions_too(garment, region):
    assert region_of(garment) == region
    assert region_of("spacesuit") == "frame"


def test_a_figure_costs_little_at_512_px():
    photo = figure(top=RED, bottom=DENIM)
    product_colors(photo, "t-shirt")
    started = time.perf_counter()
    for _ in range(10):
        product_colors(photo, "t-shirt")
    assert (time.perf_counter() - started) / 10 < 0.06  # generous for a shared box; docs/colors.md has the figure


@pytest.mark.parametrize(
    ("rgb", "name"), [((30, 60, 200), "blue"), ((0, 0, 255), "blue"), ((200, 30, 40), "red"), ((30, 160, 60), "green")]
)
def test_vivid_colors_beyond_real_photos_keep_their_palette_names(rgb, name):
    assert color_shares(to_lab(np.array([rgb] * 4, dtype=np.uint8)))[0][0] == name


def shorts_figure(top, shorts, size=512, seed=0, crop=0.5):
    """A model in a top and worn shorts, bare legs from mid-thigh down, the frame cut at the chest (`crop`)."""
    image = Image.fromarray(figure(top, SKIN, size=size, seed=seed))
    draw, s = ImageDraw.Draw(image), size / 100
    for x0, x1 in ((35, 49), (51, 65)):
        draw.rectangle([round(x0 * s), round(58 * s), round(x1 * s), round(74 * s)], fill=shorts)
    return np.asarray(image)[round(crop * size) :]


@pytest.mark.parametrize(("shorts", "name"), [(NAVY, "navy"), ((30, 30, 30), "black"), ((120, 60, 40), "brown")])
def test_worn_shorts_are_read_above_the_bare_legs(shorts, name):
    """The color change at the shorts' hem is no waist: below it are the legs (read as orange and beige before)."""
    colors = product_colors(shorts_figure(RED, shorts), "shorts")
    assert colors.region == "lower" and first(colors) == name, colors


def near_share(lab: np.ndarray, rgb: tuple[int, int, int]) -> float:
    return float((np.linalg.norm(lab - to_lab(np.array([rgb], np.uint8))[0], axis=1) < 12).mean())


@pytest.mark.parametrize("crop", [0.0, 0.3])
def test_a_bottom_is_read_above_the_shoes(crop):
    """Black shoes under beige trousers were 9% of the pixels read (dark shoes pull trousers to black)."""
    lab = product_pixels(figure(top=RED, bottom=(200, 185, 150), crop=crop), "lower")
    assert near_share(lab, HAIR) < 0.01


def test_hair_over_a_face_is_no_waist():
    """Full-length photo of grey trousers under a white top: the split is at the waist, not under the hair (which
    read the white top as the trousers)."""
    photo = figure(top=(230, 230, 230), bottom=(150, 150, 150))
    colors = product_colors(photo, "trousers")
    assert colors.region == "lower" and first(colors) == "grey", colors
    assert near_share(product_pixels(photo, "lower"), (230, 230, 230)) < 0.15  # edges: legs blurred into backdrop


def flat_shorts(color, size=512):
    """Shorts laid flat, legs apart: below the crotch the backdrop shows between the legs."""
    s = size / 100
    image = Image.new("RGB", (size, size), BACKDROP)
    draw = ImageDraw.Draw(image)
    for x0, y0, x1, y1 in ((30, 10, 70, 45), (30, 45, 44, 75), (56, 45, 70, 75)):
        draw.rectangle([round(x0 * s), round(y0 * s), round(x1 * s), round(y1 * s)], fill=color)
    pixels = np.asarray(image).astype(np.float32) + np.random.default_rng(0).normal(0, 3, (size, size, 3))
    return np.clip(pixels, 0, 255).astype(np.uint8)


def test_flat_shorts_are_read_above_the_crotch():
    """The backdrop between the legs is no waist: the region once started at the crotch, reading 27% of the
    shorts (the two leg tubes); from the fixed shares it reads 43%."""
    photo = flat_shorts((60, 60, 65))
    assert len(product_pixels(photo, "lower")) > 0.35 * len(product_pixels(photo, "frame"))


@pytest.mark.parametrize("garment, other, name", [("t-shirt", "lower", "blue"), ("jeans", "upper", "red")])
def test_the_garment_worn_with_the_product_is_read_on_the_other_half(garment, other, name):
    found = product_colors(figure(RED, DENIM), garment)
    assert found.other_region == other and found.other_colors[0][0] == name


def test_a_photo_of_bottoms_cropped_at_the_chest_reads_the_top_above_them():
    found = product_colors(figure(RED, DENIM, crop=0.5), "jeans")
    assert found.other_region == "upper" and found.other_colors[0][0] == "red"


@pytest.mark.parametrize(
    "pixels, garment",
    [
        (figure(RED, DENIM)[:280], "t-shirt"),  # cropped at the hips: no other garment in the photo
        (figure(GREEN, GREEN), "t-shirt"),  # no waist the colors change at: the top would be read again
        (figure(RED, DENIM), "dress"),  # a whole figure has no other half
        (figure(RED, DENIM), None),
    ],
)
def test_no_other_garment_is_read_without_a_waist_or_another_half(pixels, garment):
    found = product_colors(pixels, garment)
    assert found.other_region is None and found.other_colors == ()


def test_a_flat_lay_has_no_garment_worn_with_it():
    """Shorts laid flat with a black waistband: a change of color at the top, and no person around it."""
    image = Image.fromarray(flat_shorts(DENIM))
    ImageDraw.Draw(image).rectangle([154, 51, 358, 90], fill=(20, 20, 20))
    found = product_colors(np.asarray(image), "shorts")
    assert found.colors[0][0] in ("blue", "navy") and found.other_region is None and found.other_colors == ()


@pytest.mark.parametrize(
    "seller, answered, read",
    [
        ("Tshirts", "jeans", "Tshirts"),  # the seller's garment first
        ("Kurtas", "shirt", "Kurtas"),  # an unmapped word that names a region
        ("Topwear", "jacket", "Topwear"),  # a marketplace's class of tops: upper
        ("Apparel", "jacket", "jacket"),  # names nothing: the model's answer (it read the whole frame)
        (None, "jeans", "jeans"),
        ("Caps", "jeans", "Caps"),  # a thing the model cannot name: the whole frame, not the jeans' region
        ("Casual Shoes", "jeans", "Casual Shoes"),
        ("Dress Material", "kurta", "Dress Material"),
        ("Watches", "shirt", "Watches"),
        ("Accessories", "shirt", "Accessories"),  # the plural the first list missed
        ("Óculos de Sol", "shirt", "Óculos de Sol"),  # pt-BR names the head first
        ("Bonés", "shirt", "Bonés"),
        ("Cap Sleeve Tops", "jeans", "Cap Sleeve Tops"),  # a top, whose first word is no cap
    ],
)
def test_the_region_is_the_sellers_garment_else_the_models_unless_the_seller_sells_a_thing(seller, answered, read):
    from enrich.figure import region_garment

    assert region_garment(seller, answered) == read
