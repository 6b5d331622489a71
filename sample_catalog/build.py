"""Regenerate sample_catalog/: 40 rendered products, 5 tricky-but-valid images, and one of each bad input.

Run from the repository root: python sample_catalog/build.py
Deterministic: re-running rewrites the same files.

- catalog.csv: what a seller gives (sku, image, title, category, color, gender), with a few deliberate seller
  mistakes (SELLER_MISTAKES) for the audits to find.
- golden.csv: the true labels of every valid image (sku, question_id, expected), straight from the renderer;
  `enrich audit OUT --labels sample_catalog/golden.csv` scores a run against them.
"""

from __future__ import annotations

import csv
import io
import itertools
import random
import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

from enrich.colors import PALETTE
from enrich.lab.describe import GARMENTS, PATTERNS_PT
from enrich.lab.render import CATEGORY, Render, gender_of, render

HERE = Path(__file__).resolve().parent
IMAGES = HERE / "images"
SEED = 10**9  # a seed range `enrich render` never uses, so no sample shot is a training image
CLOSED = ("garment_type", "color", "pattern", "sleeve_length")
SELLER_MISTAKES = {  # sku -> what the seller wrote instead of the truth
    "SKU-004": {"color": "blue"},
    "SKU-013": {"color": "green"},
    "SKU-027": {"color": "white"},
    "SKU-008": {"category": "Shirts"},
    "SKU-035": {"category": "Skirts"},
}


def products() -> list[tuple[str, Render]]:
    """Every garment 4 times; colors and patterns cycled so that all 13 colors and 4 patterns appear."""
    colors, patterns = list(PALETTE), list(PATTERNS_PT)
    shots = []
    for n, garment in zip(range(40), itertools.cycle(GARMENTS)):
        shot = render(SEED + n, garment=garment, color=colors[(n * 5) % 13], pattern=patterns[(n + n // 10) % 4])
        shots.append((f"SKU-{n + 1:03d}", shot))
    return shots


def seller_row(sku: str, image: str, shot: Render, rng: random.Random) -> dict:
    mistakes = SELLER_MISTAKES.get(sku, {})
    color = mistakes.get("color", shot.color)  # a seller who gets the color wrong gets it wrong in the title too
    title = f"{shot.pattern.title()} {color} {shot.garment_type}".replace("Solid ", "").capitalize()
    row = {
        "sku": sku,
        "image": image,
        "title": title,
        "category": CATEGORY[shot.garment_type],
        "color": color,
        "gender": gender_of(shot.garment_type, rng),
    }
    return row | mistakes


def good_items(rng: random.Random) -> tuple[list[dict], list[tuple[str, Render]]]:
    rows, labelled = [], []
    for sku, shot in products():
        shot.image.save(IMAGES / f"{sku}.jpg", quality=90)
        rows.append(seller_row(sku, f"images/{sku}.jpg", shot, rng))
        labelled.append((sku, shot))
    return rows, labelled


def tricky_but_valid(rng: random.Random) -> tuple[list[dict], list[tuple[str, Render]]]:
    """Products in encodings that must decode to the right RGB image."""
    shots = {
        name: render(SEED + 100 + k, garment=g, color=c, pattern=p)
        for k, (name, g, c, p) in enumerate(
            [
                ("cmyk.jpg", "jacket", "red", "solid"),
                ("alpha.png", "dress", "green", "solid"),
                ("rotated.jpg", "jeans", "blue", "solid"),
                ("animated.gif", "skirt", "purple", "striped"),
                ("grey16.png", "t-shirt", "grey", "solid"),
            ]
        )
    }
    shots["cmyk.jpg"].image.convert("CMYK").save(IMAGES / "cmyk.jpg", quality=92)
    _with_transparent_backdrop(shots["alpha.png"].image).save(IMAGES / "alpha.png")
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90 degrees clockwise to display
    shots["rotated.jpg"].image.rotate(90, expand=True).save(IMAGES / "rotated.jpg", exif=exif.tobytes(), quality=92)
    second = render(SEED + 200, garment="dress", color="yellow", pattern="dotted").image
    shots["animated.gif"].image.save(IMAGES / "animated.gif", save_all=True, append_images=[second], duration=200)
    grey = np.asarray(shots["grey16.png"].image.convert("L"), dtype=np.uint16) * 257  # full 16-bit range
    Image.fromarray(grey).save(IMAGES / "grey16.png")
    rows = [seller_row(f"OK-{Path(name).stem}", f"images/{name}", shot, rng) for name, shot in shots.items()]
    return rows, [(row["sku"], shot) for row, shot in zip(rows, shots.values())]


def _with_transparent_backdrop(image: Image.Image) -> Image.Image:
    """The product cut out: backdrop pixels (light and unsaturated) become transparent."""
    rgba = image.convert("RGBA")
    light = image.convert("L").point(lambda v: 0 if v > 225 else 255)
    rgba.putalpha(light)
    return rgba


def bad_inputs() -> list[dict]:
    """Each must become an error row with a specific error_code."""
    jpeg = io.BytesIO()
    render(SEED + 300, garment="skirt", color="blue").image.save(jpeg, "JPEG", quality=90)
    (IMAGES / "truncated.jpg").write_bytes(jpeg.getvalue()[: len(jpeg.getvalue()) // 2])
    (IMAGES / "empty.jpg").write_bytes(b"")
    (IMAGES / "not-an-image.jpg").write_text("<html><body>404 Not Found</body></html>\n")
    (IMAGES / "bomb.png").write_bytes(_png_with_declared_size(200_000, 200_000))
    Image.new("RGB", (32, 32), (200, 30, 40)).save(IMAGES / "icon.ico")
    Image.new("RGB", (1, 1), (200, 30, 40)).save(IMAGES / "pixel.png")
    names = ["truncated.jpg", "empty.jpg", "not-an-image.jpg", "bomb.png", "icon.ico", "pixel.png", "missing.jpg"]
    return [
        {"sku": f"BAD-{Path(n).stem}", "image": f"images/{n}", "title": "", "category": "", "color": "", "gender": ""}
        for n in names
    ]


def _png_with_declared_size(width: int, height: int) -> bytes:
    """A tiny valid PNG whose header claims a huge size: it must be refused before decoding."""
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    ihdr = bytearray(data[12:29])  # b"IHDR" + 13 bytes of fields
    ihdr[4:12] = struct.pack(">II", width, height)
    data[12:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(ihdr)))
    return bytes(data)


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    for stale in IMAGES.glob("*"):
        stale.unlink()
    IMAGES.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    good, labelled = good_items(rng)
    tricky, tricky_labelled = tricky_but_valid(rng)
    _write(HERE / "catalog.csv", good + tricky + bad_inputs())
    golden = [
        {"sku": sku, "question_id": q, "expected": shot.answers[q]}
        for sku, shot in labelled + tricky_labelled
        for q in CLOSED
    ]
    _write(HERE / "golden.csv", golden)
    print(f"{len(good) + len(tricky) + 7} catalog rows, {len(golden)} golden labels -> {HERE}")


if __name__ == "__main__":
    main()
