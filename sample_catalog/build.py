"""Regenerate sample_catalog/: simple product shots plus one of each bad input enrich must survive.

Run from the repository root: python sample_catalog/build.py
The images are deterministic (fixed seed), so re-running changes nothing.
"""

from __future__ import annotations

import csv
import io
import random
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
IMAGES = HERE / "images"
COLORS = {"red": (200, 30, 40), "blue": (40, 80, 200), "green": (40, 150, 70), "black": (25, 25, 25),
          "yellow": (235, 200, 40), "pink": (240, 140, 180), "grey": (130, 130, 130), "navy": (20, 30, 90)}
SHAPES = {
    "t-shirt": [(70, 60), (110, 45), (146, 45), (186, 60), (215, 100), (190, 115), (175, 100), (175, 215),
                (81, 215), (81, 100), (66, 115), (41, 100)],
    "trousers": [(85, 40), (171, 40), (180, 220), (140, 220), (128, 100), (116, 220), (76, 220)],
    "skirt": [(95, 60), (161, 60), (195, 200), (61, 200)],
    "dress": [(105, 35), (151, 35), (160, 90), (200, 225), (56, 225), (96, 90)],
}
CATEGORY = {"t-shirt": "Tops", "trousers": "Bottoms", "skirt": "Bottoms", "dress": "Dresses"}


def garment(kind: str, color: str, pattern: str, size: int = 256) -> Image.Image:
    image = Image.new("RGB", (size, size), (246, 244, 240))
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).polygon(SHAPES[kind], fill=255)
    fabric = Image.new("RGB", (size, size), COLORS[color])
    draw = ImageDraw.Draw(fabric)
    accent = (245, 245, 245) if color != "white" else (20, 20, 20)
    if pattern == "striped":
        for y in range(0, size, 16):
            draw.rectangle([0, y, size, y + 6], fill=accent)
    elif pattern == "dotted":
        for y in range(8, size, 20):
            for x in range(8, size, 20):
                draw.ellipse([x - 4, y - 4, x + 4, y + 4], fill=accent)
    image.paste(fabric, mask=mask)
    return image


def good_items(rng: random.Random) -> list[dict]:
    rows = []
    for n in range(12):
        kind = list(SHAPES)[n % 4]
        color = list(COLORS)[(n * 3) % len(COLORS)]
        pattern = ["solid", "striped", "dotted"][n % 3]
        sku = f"SKU-{n + 1:03d}"
        garment(kind, color, pattern).save(IMAGES / f"{sku}.jpg", quality=90)
        gender = rng.choice(["female", "male", "unisex"]) if kind in ("t-shirt", "trousers") else "female"
        rows.append({"sku": sku, "image": f"images/{sku}.jpg", "title": f"{pattern.title()} {color} {kind}",
                     "category": CATEGORY[kind], "color": color, "gender": gender})
    return rows


def tricky_but_valid() -> list[dict]:
    """Inputs that must decode to a correct RGB image."""
    base = garment("t-shirt", "red", "solid")
    base.convert("CMYK").save(IMAGES / "cmyk.jpg")
    rgba = base.convert("RGBA")
    rgba.putalpha(Image.eval(base.convert("L"), lambda v: 0 if v > 235 else 255))
    rgba.save(IMAGES / "alpha.png")
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90 CW to display
    base.rotate(90, expand=True).save(IMAGES / "rotated.jpg", exif=exif.tobytes())
    frames = [garment("dress", c, "solid") for c in ("green", "blue")]
    frames[0].save(IMAGES / "animated.gif", save_all=True, append_images=frames[1:], duration=200, loop=0)
    grey16 = Image.new("I;16", (128, 128))
    grey16.putdata([(x * 512) % 65535 for x in range(128 * 128)])
    grey16.save(IMAGES / "grey16.png")
    names = ["cmyk.jpg", "alpha.png", "rotated.jpg", "animated.gif", "grey16.png"]
    labels = {"animated.gif": ("Dresses", "green"), "grey16.png": ("", "")}  # the rest show the red t-shirt
    return [{"sku": f"OK-{Path(n).stem}", "image": f"images/{n}", "title": "",
             "category": labels.get(n, ("Tops", "red"))[0], "color": labels.get(n, ("Tops", "red"))[1],
             "gender": "unisex"} for n in names]


def bad_inputs() -> list[dict]:
    """Each must become an error row with a specific error_code."""
    jpeg = io.BytesIO()
    garment("skirt", "blue", "solid").save(jpeg, "JPEG", quality=90)
    (IMAGES / "truncated.jpg").write_bytes(jpeg.getvalue()[: len(jpeg.getvalue()) // 2])
    (IMAGES / "empty.jpg").write_bytes(b"")
    (IMAGES / "not-an-image.jpg").write_text("<html><body>404 Not Found</body></html>\n")
    (IMAGES / "bomb.png").write_bytes(_png_with_declared_size(200_000, 200_000))
    Image.new("RGB", (32, 32), (200, 30, 40)).save(IMAGES / "icon.ico")
    Image.new("RGB", (1, 1), (200, 30, 40)).save(IMAGES / "pixel.png")
    names = ["truncated.jpg", "empty.jpg", "not-an-image.jpg", "bomb.png", "icon.ico", "pixel.png", "missing.jpg"]
    return [{"sku": f"BAD-{Path(n).stem}", "image": f"images/{n}", "title": "", "category": "",
             "color": "", "gender": ""} for n in names]


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


def main() -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    rows = good_items(random.Random(7)) + tricky_but_valid() + bad_inputs()
    with (HERE / "catalog.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} catalog rows -> {HERE / 'catalog.csv'}")


if __name__ == "__main__":
    main()
