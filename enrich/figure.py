"""Where the garments are in a catalog photo: the figure against the backdrop, its skin, its shoulders and waist,
and the region a garment type is read from.

A catalog photo shows the product on a plain backdrop, often worn by a model with other clothes. The garment type
chooses the region: the upper body for tops, the lower body for bottoms, the whole figure for dresses and kurtas,
the whole frame when the type is unknown. The backdrop is the border's color (enrich/backdrop.py); skin is a range
of hue, chroma and lightness; the shoulders are the first row of the figure nearly as wide as its widest (the head
is above them); the waist is the row where the figure's central colors change most. The pixel colors
(enrich/colors.py), the texture (enrich/texture.py) and the bare arms (enrich/sleeves.py) read these regions;
docs/colors.md has the rules and the figures on real photos.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from enrich.backdrop import BACKGROUND_DELTA_E, MIN_FOREGROUND, backdrop
from enrich.seller_words import match_key
from enrich.texture import LINEAR, shrink

WORK_SIDE = 96  # colors need no detail: every region is read on at most this many pixels per side
MIN_KEPT = 0.3  # if removing skin leaves less of the region than this, the garment is skin-colored: keep it
SHOULDERS = 0.6  # the first row of the figure at least this share of its widest is the shoulders
REGION_ROWS = {"upper": (0.0, 0.62), "lower": (0.3, 0.92), "figure": (0.0, 0.85)}  # with no waist: shares of height
WAIST_SHARES = (0.3, 0.6)  # a top reaches 30% down from the shoulders at least; a bottom starts in the top 60%
WAIST_DELTA_E = 12.0  # a change of mean color this large from one side of a row to the other is a waist
HEM_SKIN = 0.5  # a split with more skin than this below it is a hem (worn shorts, a skirt over bare legs), no waist
REGION_COLUMNS = (0.15, 0.85)  # of the region's width: arms and hands hang at the sides
INNER_COLUMNS = (0.2, 0.8)  # backdrop-colored pixels here, inside the silhouette, are a light garment
REGIONS = ("upper", "lower", "figure", "frame")
OTHER_REGION = {"upper": "lower", "lower": "upper"}  # where the garment worn with a top or a bottom is
MIN_OTHER_PIXELS = 30  # fewer working pixels of the garment worn with the product than this say nothing
PERSON_SKIN = 0.02  # a person shows: this share of the figure is skin (a face, hands); a flat-lay has none


_GARMENT_REGIONS = {  # the default questionnaire's garment_type values, and common seller words, by region
    "upper": (
        *("t-shirt", "tank top", "shirt", "sweater", "jacket"),
        *("top", "blouse", "sweatshirt", "hoodie", "coat", "blazer", "polo", "cardigan", "vest"),
        *("waistcoat", "shrug", "camisole", "rain jacket", "nehru jacket", "windcheater", "pullover", "bra", "tank"),
        "topwear",  # a marketplace's class of tops (Myntra's sub-category)
    ),
    "lower": (
        *("jeans", "trousers", "shorts", "skirt", "pants", "track pants", "leggings", "joggers", "bottom"),
        *("capris", "jeggings", "tights", "lounge pants", "lounge shorts", "palazzos", "churidar", "salwar", "patiala"),
        *("swim shorts", "swim trunks", "board shorts", "briefs", "boxers", "trunks", "stockings"),
        *("lehenga", "pyjamas", "pajamas", "panty", "panties", "bottomwear"),
    ),
    # a set of top and bottom in one color is read as a figure too
    "figure": (
        *("dress", "kurta", "kurti", "tunic", "gown", "jumpsuit", "romper", "playsuit", "kurta set", "tracksuit"),
        *("saree", "sari"),
        *("swimwear", "swimsuit", "bikini"),
        *("nightdress", "night suit", "robe", "baby doll", "suit", "co-ords", "lehenga choli", "kurta pyjama"),
        *("pyjama set", "pajama set", "bikini set", "tracksuit set"),
    ),
}
_REGION_OF = {match_key(word): region for region, words in _GARMENT_REGIONS.items() for word in words}
# worn elsewhere than the body's regions, or not worn: their photo is read whole, whatever garment the model names
_THINGS = frozenset(
    match_key(word)
    for word in (
        *("cap", "hat", "beanie", "belt", "shoe", "sneaker", "sandal", "heel", "flip flop", "flop", "slipper"),
        *("boot", "loafer", "bag", "handbag", "backpack", "wallet", "clutch", "watch", "sunglasses", "eyewear"),
        *("jewellery", "jewelry", "earring", "necklace", "bracelet", "ring", "sock", "scarf", "stole", "muffler"),
        *("glove", "tie", "cufflink", "material", "fabric", "perfume", "mask", "umbrella", "accessory", "watches"),
        *("accessories", "dupatta", "shawl", "footwear", "flat", "jewelleries"),
        # pt-BR, as a Brazilian catalog names them
        *("boné", "chapéu", "cinto", "sapato", "tênis", "sandália", "chinelo", "bota", "bolsa", "mochila"),
        *("carteira", "relógio", "óculos", "colar", "brinco", "pulseira", "anel", "meia", "lenço", "gravata"),
        *("acessório", "calçado", "tecido"),
    )
)


@dataclass(frozen=True)
class Figure:
    """The working photo in CIELAB, its product and skin masks, and the figure's rows: its first row, the
    shoulders (below them the garments), and the row after its last."""

    lab: np.ndarray
    product: np.ndarray
    skin: np.ndarray
    first: int
    shoulders: int
    last: int


_JOINERS = re.compile(r"\s*(?:&|/|\+|,|\band\b|\bwith\b)\s*", re.IGNORECASE)


def region_of(garment: str | None) -> str:
    """The region a garment type is read from: a questionnaire value, a synonym or a seller word; else frame.
    A seller's compound is read by its head, its last word ("Lounge Tshirts" is a top, "Rain Trousers" a bottom;
    "Dress Material", unstitched fabric, is none), and a set by its garments: a top sold with a bottom is worn
    over the whole figure ("Top with Shorts", "Kurta with Palazzos & Dupatta")."""
    if not garment:
        return "frame"
    if exact := _REGION_OF.get(match_key(garment)):
        return exact
    regions = {region for part in _JOINERS.split(garment) if (region := _head_region(part))}
    return regions.pop() if len(regions) == 1 else "figure" if regions else "frame"


def region_garment(seller: str | None, answered: str | None) -> str | None:
    """The garment whose region the pixel colors read: the seller's (mapped, else as written: "Kurtas") when it names
    a part of the body or a thing worn elsewhere or not at all ("Caps", "Casual Shoes", "Dress Material": the whole
    frame), else the model's garment_type answer: a seller's "Apparel" names nothing, and read over the whole frame
    such an item lost the region the answer gave (bare arms, the garment worn with it, the texture). The answer is
    always a garment of the questionnaire, so for a cap it would name a body region the cap is not in."""
    if region_of(seller) != "frame" or (seller and _a_thing(seller)):
        return seller
    return answered


def _a_thing(words: str) -> bool:
    """Whether a seller's word names an accessory, footwear or fabric, by the whole word or its last one."""
    head = re.split(r"\s+d[eao]s?\s+", words, maxsplit=1)[0]  # Portuguese names the head first: "Óculos de Sol"
    words = head.split()
    return bool(words) and (match_key(" ".join(words)) in _THINGS or match_key(words[-1]) in _THINGS)


def _head_region(words: str) -> str | None:
    """A part's region: the whole part, else its last word, after a "Set" that names no garment ("Skirt Set")."""
    words = words.split()
    if len(words) > 1 and match_key(words[-1]) == "set" and not _REGION_OF.get(match_key(" ".join(words))):
        words = words[:-1]
    return (_REGION_OF.get(match_key(" ".join(words))) or _REGION_OF.get(match_key(words[-1]))) if words else None


_RGB_TO_XYZ = np.array(
    [[0.4124, 0.2126, 0.0193], [0.3576, 0.7152, 0.1192], [0.1805, 0.0722, 0.9505]], dtype=np.float32
) / np.array([0.95047, 1.0, 1.08883], dtype=np.float32)


def to_lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB uint8 (..., 3) -> CIELAB (D65), float32."""
    xyz = LINEAR[rgb] @ _RGB_TO_XYZ
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16.0 / 116.0)
    return np.stack([116.0 * f[..., 1] - 16.0, 500.0 * (f[..., 0] - f[..., 1]), 200.0 * (f[..., 1] - f[..., 2])], -1)


def figure_of(pixels: np.ndarray) -> Figure:
    """The photo at the working size, its masks, and the rows of the figure (the whole frame when it is empty):
    the first row nearly as wide as the widest is the shoulders (widths are spans, not pixel counts: a white top
    on a white backdrop has holes)."""
    lab = to_lab(shrink(pixels, WORK_SIDE))
    product, skin = _foreground(lab), _skin(lab)
    width = _spans(product).sum(1)
    rows = np.flatnonzero(width > 1)
    if len(rows) == 0:
        return Figure(lab, product, skin, 0, 0, 0)
    first, last = int(rows[0]), int(rows[-1]) + 1
    shoulders = first + int(np.argmax(width[first:last] >= SHOULDERS * width[first:last].max()))
    return Figure(lab, product, skin, first, shoulders, last)


def kept_pixels(figure: Figure, region: str, area: np.ndarray) -> tuple[np.ndarray, float]:
    """The mask of the product's pixels in the region's area, and the share of them that reads as skin: over
    1 - MIN_KEPT the garment is skin-colored, and its skin-toned pixels are kept."""
    product, skin = figure.product, figure.skin
    kept = area & product & ~skin
    garment_skin = 1 - kept.sum() / max(1, (area & product).sum()) if (area & product).any() else 0.0
    if kept.sum() < MIN_KEPT * (area & product).sum():
        kept = area & product
    if region in ("upper", "figure"):
        kept |= _inside(product, area) & ~product
    return kept, float(garment_skin)


def _foreground(lab: np.ndarray) -> np.ndarray:
    mask = _delta_e(lab, backdrop(lab)) > BACKGROUND_DELTA_E
    return mask if mask.mean() >= MIN_FOREGROUND else np.ones(mask.shape, dtype=bool)


def _delta_e(lab: np.ndarray, other: np.ndarray) -> np.ndarray:
    return np.sqrt(((lab - other) ** 2).sum(-1))


def _skin(lab: np.ndarray) -> np.ndarray:
    """Skin tones in CIELAB: orange-ish hue (35-72 degrees), moderate chroma, neither dark nor white."""
    lightness, a, b = lab[..., 0], lab[..., 1], lab[..., 2]
    hue, chroma = np.degrees(np.arctan2(b, a)), np.hypot(a, b)
    return (lightness > 40) & (lightness < 88) & (hue > 35) & (hue < 72) & (chroma > 12) & (chroma < 42)


def region_mask(figure: Figure, region: str) -> np.ndarray:
    """The rows and columns of the figure where a garment of this region is, as a mask."""
    product = figure.product
    area = np.zeros(product.shape, dtype=bool)
    if region not in REGION_ROWS or figure.last == 0:
        area[:] = True
        return area
    y0, y1 = _rows(figure.lab, product, figure.skin, region, (figure.first, figure.shoulders, figure.last))
    return _band(product, y0, y1)


def _band(product: np.ndarray, y0: int, y1: int) -> np.ndarray:
    """Rows y0 to y1 as a mask, in the central columns of the figure there (arms and hands hang at the sides)."""
    area = np.zeros(product.shape, dtype=bool)
    columns = np.flatnonzero(product[y0:y1].any(0))
    if len(columns) == 0:
        area[y0:y1] = True
        return area
    x0, x1 = columns[0], columns[-1] + 1
    left, right = REGION_COLUMNS
    area[y0:y1, x0 + int(left * (x1 - x0)) : x0 + int(np.ceil(right * (x1 - x0)))] = True
    return area


def _rows(
    lab: np.ndarray,
    product: np.ndarray,
    skin: np.ndarray,
    region: str,
    rows: tuple[int, int, int],
    split_only: bool = False,
) -> tuple[int, int] | None:
    """The region's first and last row: split where the top garment meets the bottom one when the figure's
    central colors change there below the shoulders (hair over a face is no waist), else fixed shares of the
    figure's height (a bottom's from its first row: a photo of trousers may start at their waistband). A split
    with mostly bare legs below it is the hem of worn shorts: reading below it would read the legs' outline and
    the shoes. A bottom stops above the feet either way (shoes are as dark as charcoal or navy trousers)."""
    first, shoulders, last = rows
    top = first if region == "lower" else shoulders
    height = last - top
    start, stop = REGION_ROWS[region]
    if region != "figure":
        # a bottom's split is read from its pixels alone: between the legs the backdrop would make the crotch a
        # color change; a top's counts backdrop-colored pixels inside the silhouette (a white top is made of them)
        filled = _spans(product) if region == "upper" else product
        found = _waist(lab[shoulders:last], filled[shoulders:last], skin[shoulders:last])
        waist = None if found is None else shoulders + found - top
        if region == "upper" and waist is not None and waist >= WAIST_SHARES[0] * height:
            return top, top + waist
        if region == "lower" and waist is not None and waist <= WAIST_SHARES[1] * height:
            below = product[top + waist : last]
            if (skin[top + waist : last] & below).sum() <= HEM_SKIN * below.sum():
                return top + waist, top + int(np.ceil(stop * height))
    return None if split_only else (top + int(start * height), top + int(np.ceil(stop * height)))


def _waist(lab: np.ndarray, filled: np.ndarray, skin: np.ndarray) -> int | None:
    """The row that best splits the central columns' mean colors in two (least squares), if the two sides
    differ by more than WAIST_DELTA_E; None when one color runs through (one garment, or two alike). The
    `filled` pixels count (the product's, or its silhouette's), skin does not."""
    columns = np.flatnonzero(filled.any(0))
    if len(columns) == 0:
        return None
    x0, x1 = columns[0] + (columns[-1] - columns[0]) // 4, columns[0] + 3 * (columns[-1] - columns[0]) // 4 + 1
    inside = filled[:, x0:x1] & ~skin[:, x0:x1]
    counts = inside.sum(1)
    rows = np.flatnonzero(counts >= 2)
    if len(rows) < 10:
        return None
    means = (lab[:, x0:x1] * inside[..., None]).sum(1)[rows] / counts[rows, None]
    n, k = len(rows), np.arange(1, len(rows))[:, None]
    cumulative = np.cumsum(means, 0)[:-1]
    difference = cumulative / k - (cumulative[-1] + means[-1] - cumulative) / (n - k)
    gain = (k[:, 0] * (n - k[:, 0]) / n) * (difference**2).sum(1)
    margin = max(1, n // 10)  # neither side thinner than a tenth
    best = margin - 1 + int(np.argmax(gain[margin - 1 : n - 1 - margin]))
    if np.sqrt((difference[best] ** 2).sum()) < WAIST_DELTA_E:
        return None
    return int(rows[best + 1])


def _spans(product: np.ndarray) -> np.ndarray:
    """Each row from its leftmost to its rightmost product pixel."""
    index = np.arange(product.shape[1])
    first = np.argmax(product, axis=1)
    last = product.shape[1] - 1 - np.argmax(product[:, ::-1], axis=1)
    return product.any(1)[:, None] & (index >= first[:, None]) & (index <= last[:, None])


def _inside(product: np.ndarray, area: np.ndarray) -> np.ndarray:
    """The area's central columns, within each row's leftmost and rightmost product pixel."""
    rows, columns = np.flatnonzero(area.any(1)), np.flatnonzero(area.any(0))
    inside = np.zeros(product.shape, dtype=bool)
    if len(rows) == 0:
        return inside
    x0, x1 = columns[0], columns[-1] + 1
    left, right = INNER_COLUMNS
    band = slice(x0 + int(left * (x1 - x0)), x0 + int(np.ceil(right * (x1 - x0))))
    inside[rows[0] : rows[-1] + 1, band] = _spans(product)[rows[0] : rows[-1] + 1, band]
    return inside


def worn_with(figure: Figure, region: str) -> tuple[str, np.ndarray] | None:
    """The body's other half and the mask of the garment worn there: below a top's waist, above a bottom's, read
    only where the colors change at a waist (without one, a photo of a top cropped at the hips has no other garment
    in it, and fixed shares would read the product again) on a person (a flat-lay's waistband or ribbed hem is a
    change of color with no body around it). Its central columns, as the product's; None when there is none."""
    rows = None
    if (
        region in OTHER_REGION
        and figure.last
        and (figure.skin & figure.product).sum() >= PERSON_SKIN * figure.product.sum()
    ):
        edges = (figure.first, figure.shoulders, figure.last)
        rows = _rows(figure.lab, figure.product, figure.skin, region, edges, split_only=True)
    if rows is None:
        return None
    bottom = figure.first + int(np.ceil(REGION_ROWS["lower"][1] * (figure.last - figure.first)))  # above the feet
    y0, y1 = (rows[1], bottom) if region == "upper" else (figure.shoulders, rows[0])
    other = OTHER_REGION[region]
    kept = kept_pixels(figure, other, _band(figure.product, y0, y1))[0]
    return None if kept.sum() < MIN_OTHER_PIXELS else (other, kept)
