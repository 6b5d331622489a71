"""Synthetic apparel product shots with their labels, deterministic by seed.

A garment (10 types, 13 colors, 4 patterns, 3 sleeve lengths) on a plain light background, with shading, a
soft shadow, slight noise, and varied scale and position. Each render carries its labels, the questionnaire
answers, a templated English caption, and reference Portuguese for both: training and hold-out data for
`enrich train` / `enrich eval`, and the demo sample catalog.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from enrich.colors import PALETTE
from enrich.lab.describe import GARMENTS, PATTERNS_PT, describe

SIZE = 256  # shapes are drawn on this canvas, then scaled
# Silhouettes differ as they do on a real rail: a shirt's curved shirttail hem, a jacket's stand collar and
# boxier cut, a tank top's straps; a t-shirt and a sweater share the plain body (the sweater has ribbing).
TOPS_BODY = {
    "t-shirt": [(88, 62), (168, 62), (172, 216), (84, 216)],
    "shirt": [(88, 62), (168, 62), (172, 196), (162, 214), (128, 228), (94, 214), (84, 196)],
    "jacket": [(88, 62), (106, 62), (108, 44), (148, 44), (150, 62), (168, 62), (176, 218), (80, 218)],
    "tank top": [(96, 50), (110, 50), (118, 76), (138, 76), (146, 50), (160, 50), (170, 216), (86, 216)],
}
SLEEVE = {
    "short": [(88, 62), (60, 72), (44, 112), (70, 122), (88, 100)],
    "long": [(88, 62), (60, 72), (36, 196), (60, 202), (88, 104)],
}  # left sleeve; mirrored for the right


@dataclass(frozen=True)
class Render:
    image: Image.Image
    garment_type: str
    color: str
    pattern: str
    sleeve_length: str | None  # None for garments without sleeves to speak of (skirts, trousers...)
    caption_en: str
    caption_pt: str
    open_answers: dict[str, tuple[str, str]]  # question id -> (English, Portuguese), see `enrich/lab/describe.py`

    @property
    def answers(self) -> dict[str, str]:
        """Questionnaire answers in English: closed values, then the open answers the demo model learns."""
        closed = {
            "garment_type": self.garment_type,
            "color": self.color,
            "pattern": self.pattern,
            "sleeve_length": self.sleeve_length or "not applicable",
        }
        return closed | {question: english for question, (english, _) in self.open_answers.items()}


def render(
    seed: int, size: int = 224, garment: str | None = None, color: str | None = None, pattern: str | None = None
) -> Render:
    """A random product shot; `garment`, `color` and `pattern` pin those attributes (the sample catalog's)."""
    rng = random.Random(seed)
    drawn = rng.choice(list(GARMENTS)), rng.choice(list(PALETTE)), rng.choice(list(PATTERNS_PT))
    garment, color, pattern = garment or drawn[0], color or drawn[1], pattern or drawn[2]
    sleeves = _sleeves(garment, rng)
    outline = _outline(garment, sleeves)
    image = _draw(outline, garment, color, pattern, rng)
    image = _place(image, rng, size)
    texts = describe(garment, color, pattern, sleeves)
    return Render(image, garment, color, pattern, sleeves, *texts.caption, texts.open_answers)


def _sleeves(garment: str, rng: random.Random) -> str | None:
    if garment == "tank top":
        return "sleeveless"
    if garment in ("sweater", "jacket"):
        return "long"
    if garment in ("t-shirt",):
        return rng.choice(["short", "long"])
    if garment in ("shirt", "dress"):
        return rng.choice(["sleeveless", "short", "long"]) if garment == "dress" else rng.choice(["short", "long"])
    return None


def _outline(garment: str, sleeves: str | None) -> list[list[tuple[int, int]]]:
    """Polygons on the SIZE canvas."""
    mirror = lambda polygon: [(SIZE - x, y) for x, y in polygon]  # noqa: E731
    if garment in ("t-shirt", "shirt", "sweater", "jacket", "tank top"):
        parts = [TOPS_BODY.get(garment, TOPS_BODY["t-shirt"])]
        if sleeves in SLEEVE:
            parts += [SLEEVE[sleeves], mirror(SLEEVE[sleeves])]
        return parts
    if garment == "dress":
        parts = [[(100, 50), (156, 50), (162, 110), (204, 230), (52, 230), (94, 110)]]
        if sleeves in SLEEVE:
            parts += [
                [(x + 12, y - 12) for x, y in SLEEVE[sleeves]],
                mirror([(x + 12, y - 12) for x, y in SLEEVE[sleeves]]),
            ]
        return parts
    if garment == "skirt":
        return [[(96, 70), (160, 70), (196, 200), (60, 200)]]
    if garment in ("jeans", "trousers"):
        return [[(86, 36), (170, 36), (180, 226), (140, 226), (128, 100), (116, 226), (76, 226)]]
    return [[(82, 70), (174, 70), (184, 150), (136, 156), (128, 118), (120, 156), (72, 150)]]  # shorts


def _draw(outline, garment: str, color: str, pattern: str, rng: random.Random) -> Image.Image:
    base = np.array(rng.choice(PALETTE[color][:2])) + np.array([rng.randint(-8, 8) for _ in range(3)])
    base = tuple(int(v) for v in np.clip(base, 0, 255))
    accent = (245, 245, 245) if color not in ("white", "beige", "yellow") else (30, 30, 30)
    fabric = Image.new("RGB", (SIZE, SIZE), base)
    draw = ImageDraw.Draw(fabric)
    step = rng.choice([14, 18, 22])
    if pattern == "striped":
        for y in range(0, SIZE, step):
            draw.rectangle([0, y, SIZE, y + step // 3], fill=accent)
    elif pattern == "checked":
        for k in range(0, SIZE, step):
            draw.rectangle([k, 0, k + step // 4, SIZE], fill=accent)
            draw.rectangle([0, k, SIZE, k + step // 4], fill=accent)
    elif pattern == "dotted":
        for y in range(step // 2, SIZE, step):
            for x in range(step // 2, SIZE, step):
                draw.ellipse([x - step // 5, y - step // 5, x + step // 5, y + step // 5], fill=accent)
    mask = Image.new("L", (SIZE, SIZE), 0)
    for polygon in outline:
        ImageDraw.Draw(mask).polygon(polygon, fill=255)
    _details(fabric, garment, base)
    canvas = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    canvas.paste(fabric, mask=mask)
    return canvas


def _details(fabric: Image.Image, garment: str, base: tuple[int, int, int]) -> None:
    """What tells look-alike shapes apart: collars and buttons, zips, ribbing, seams and pockets."""
    draw = ImageDraw.Draw(fabric)
    # A shade that contrasts with the fabric: darker on mid and light colors, lighter on dark ones (black
    # buttons on a black shirt would be invisible, as they never are in a real photo).
    luminance = 0.299 * base[0] + 0.587 * base[1] + 0.114 * base[2]
    dark = tuple(int(v * 0.55) if luminance > 90 else int(v + (255 - v) * 0.45) for v in base)
    # Bold enough to survive the model's downscaling: a 128 px input keeps shapes of 12+ canvas pixels.
    if garment == "shirt":
        draw.polygon(
            [(104, 58), (128, 92), (152, 58), (140, 52), (128, 72), (116, 52)],
            fill=(240, 240, 240),
            outline=dark,
            width=3,
        )
        for y in range(100, 210, 24):
            draw.ellipse([121, y, 135, y + 14], fill=dark)
    elif garment == "jacket":
        draw.rectangle([123, 44, 133, 218], fill=dark)
        draw.rectangle([92, 146, 120, 174], fill=dark)
        draw.rectangle([136, 146, 164, 174], fill=dark)
    elif garment == "sweater":
        draw.rectangle([84, 196, 172, 216], fill=dark)
        draw.arc([106, 46, 150, 82], 0, 180, fill=dark, width=7)
        draw.line([(30, 186), (66, 194)], fill=dark, width=16)  # ribbed cuffs at the long sleeves' ends
        draw.line([(SIZE - 30, 186), (SIZE - 66, 194)], fill=dark, width=16)
    elif garment == "dress":
        draw.line([(94, 110), (162, 110)], fill=dark, width=6)  # the waist seam under the bodice
    elif garment == "skirt":
        draw.rectangle([90, 70, 166, 82], fill=dark)  # waistband
    elif garment == "jeans":
        stitch = (235, 150, 30)
        draw.line([(128, 36), (128, 110)], fill=stitch, width=5)
        draw.line([(86, 52), (170, 52)], fill=stitch, width=5)
        draw.arc([88, 40, 122, 76], 0, 90, fill=stitch, width=5)
        draw.arc([134, 40, 168, 76], 90, 180, fill=stitch, width=5)
    elif garment == "trousers":
        draw.rectangle([86, 36, 170, 52], fill=dark)
        draw.line([(106, 60), (96, 222)], fill=dark, width=4)
        draw.line([(150, 60), (160, 222)], fill=dark, width=4)


def _place(garment: Image.Image, rng: random.Random, size: int) -> Image.Image:
    """Scale and position on a light backdrop, with shading, a soft shadow and sensor noise."""
    tint = rng.randint(232, 250)
    background = Image.new("RGB", (size, size), (tint, tint - rng.randint(0, 4), tint - rng.randint(0, 8)))
    side = int(size * rng.uniform(0.72, 0.95))
    garment = garment.resize((side, side), Image.Resampling.BICUBIC)
    x, y = rng.randint(0, size - side), rng.randint(0, size - side)
    shadow = Image.new("RGBA", garment.size, (0, 0, 0, 0))
    shadow.putalpha(garment.getchannel("A").point(lambda a: a * 0.25).filter(ImageFilter.GaussianBlur(4)))
    background.paste(shadow, (x + 4, y + 5), shadow)
    background.paste(garment, (x, y), garment)
    pixels = np.asarray(background).astype(np.float32)
    light = np.linspace(rng.uniform(1.02, 1.08), rng.uniform(0.86, 0.94), size)[:, None, None]
    alpha = np.zeros((size, size), np.float32)
    alpha[y : y + side, x : x + side] = np.asarray(garment.getchannel("A"), np.float32) / 255
    pixels = pixels * (1 + (light - 1) * alpha[..., None])
    pixels += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.5, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


CATEGORY = {
    "t-shirt": "T-Shirts",
    "tank top": "Tank Tops",
    "shirt": "Shirts",
    "sweater": "Sweaters",
    "jacket": "Jackets",
    "dress": "Dresses",
    "skirt": "Skirts",
    "jeans": "Jeans",
    "trousers": "Trousers",
    "shorts": "Shorts",
}
OPEN = ("wearing", "description", "details", "material")
COLUMNS = [
    "sku",
    "image",
    "title",
    "category",
    "color",
    "gender",
    "garment_type",
    "pattern",
    "sleeve_length",
    *OPEN,
    "caption_en",
    "caption_pt",
    *(f"{q}_pt" for q in OPEN),
]


def catalog_row(shot: Render, sku: str, image: str, gender: str) -> dict:
    """Seller-style metadata (title, category, color, gender), then every label and its Portuguese."""
    labels = {q: shot.answers[q] for q in ("garment_type", "pattern", "sleeve_length", *OPEN)}
    portuguese = {f"{q}_pt": shot.open_answers[q][1] for q in OPEN}
    return {
        "sku": sku,
        "image": image,
        "title": shot.caption_en.split(" of ", 1)[1],
        "category": CATEGORY[shot.garment_type],
        "color": shot.color,
        "gender": gender,
        **labels,
        "caption_en": shot.caption_en,
        "caption_pt": shot.caption_pt,
        **portuguese,
    }


def gender_of(garment: str, rng: random.Random) -> str:
    return "female" if garment in ("dress", "skirt") else rng.choice(["female", "male", "unisex"])


def write_catalog(out_dir, count: int, seed: int = 0, prefix: str = "R") -> list[dict]:
    """`count` renders as JPEGs plus catalog.csv with seller-style metadata and every label."""
    import csv
    from pathlib import Path

    out = Path(out_dir)
    (out / "images").mkdir(parents=True, exist_ok=True)
    rows = []
    for n in range(count):
        shot = render(seed * 1_000_003 + n)  # disjoint seed ranges per `seed`: hold-outs never overlap training
        sku = f"{prefix}{seed}-{n:05d}"
        shot.image.save(out / "images" / f"{sku}.jpg", quality=92)
        rows.append(catalog_row(shot, sku, f"images/{sku}.jpg", gender_of(shot.garment_type, random.Random(n))))
    with (out / "catalog.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return rows
