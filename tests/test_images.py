import hashlib
import io
import random
import struct
import warnings
import zlib

import numpy as np
import pytest
from PIL import Image

from enrich.images import decode, load_image
from enrich.records import ERROR_CODES, CatalogRow

RED, WHITE = (200, 30, 40), (255, 255, 255)


def row(path) -> CatalogRow:
    return CatalogRow("sku", str(path), 0)


def encoded(image: Image.Image, fmt: str, **kwargs) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **kwargs)
    return buffer.getvalue()


def near(pixel, expected, tolerance=12) -> bool:
    return all(abs(int(a) - int(b)) <= tolerance for a, b in zip(pixel, expected))


def test_good_jpeg_is_decoded_and_hashed(make_image):
    path = make_image("a.jpg", size=(120, 90))
    decoded = load_image(row(path))
    assert decoded.ok and decoded.pixels.shape == (90, 120, 3) and decoded.pixels.dtype == np.uint8
    assert decoded.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_exif_orientation_is_applied(tmp_path):
    image = Image.new("RGB", (64, 32), WHITE)
    image.paste(RED, (0, 0, 16, 32))  # red on the left of a landscape image
    exif = Image.Exif()
    exif[0x0112] = 6  # display rotated 90 degrees clockwise
    path = tmp_path / "r.jpg"
    image.save(path, exif=exif.tobytes(), quality=95)
    pixels = load_image(row(path)).pixels
    assert pixels.shape == (64, 32, 3)  # portrait after transpose
    assert near(pixels[4, 16], RED) and near(pixels[60, 16], WHITE)  # red now on top


@pytest.mark.parametrize("mode", ["RGBA", "LA", "P"])
def test_transparency_is_composited_on_white(mode):
    image = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    image.paste((*RED, 255), (8, 8, 24, 24))
    if mode == "LA":
        image = image.convert("LA")
    elif mode == "P":
        image = image.convert("RGB").quantize(colors=4)
        image.info["transparency"] = image.getpixel((0, 0))
    pixels = decode(
        encoded(image, "PNG", **({"transparency": image.info["transparency"]} if mode == "P" else {})), 512, 10**8
    )
    assert near(pixels[0, 0], WHITE, 1)  # never black
    assert not near(pixels[16, 16], WHITE, 40)


@pytest.mark.parametrize("mode", ["L", "RGB", "I;16"])
def test_a_colour_key_transparency_is_composited_on_white(mode):
    """A grey, 16-bit grey or RGB PNG whose tRNS chunk names the transparent value (a colour key, no alpha
    channel): those pixels are the background, white, not the key's colour (black here)."""
    image = Image.new(mode, (32, 32), 0)
    image.paste(40000 if mode == "I;16" else (200 if mode == "L" else RED), (8, 8, 24, 24))
    pixels = decode(encoded(image, "PNG", transparency=0 if mode != "RGB" else (0, 0, 0)), 512, 10**8)
    assert tuple(pixels[0, 0]) == WHITE
    assert not near(pixels[16, 16], WHITE, 40)


def test_cmyk_grey_one_bit_and_sixteen_bit_become_rgb():
    cmyk = decode(encoded(Image.new("RGB", (32, 32), RED).convert("CMYK"), "JPEG"), 512, 10**8)
    assert near(cmyk[16, 16], RED, 20)
    grey = decode(encoded(Image.new("L", (32, 32), 128), "PNG"), 512, 10**8)
    assert tuple(grey[0, 0]) == (128, 128, 128)
    one_bit = decode(encoded(Image.new("1", (32, 32), 1), "PNG"), 512, 10**8)
    assert tuple(one_bit[0, 0]) == WHITE
    sixteen = Image.new("I;16", (32, 32))
    sixteen.putdata([65535] * (32 * 16) + [32896] * (32 * 16))
    pixels = decode(encoded(sixteen, "PNG"), 512, 10**8)
    assert tuple(pixels[0, 0]) == WHITE and near(pixels[31, 0], (128, 128, 128), 1)  # scaled, not clipped


def test_a_float_tiff_of_values_from_0_to_1_is_scaled_not_black():
    """A scientific or HDR export stores light as floats from 0 to 1: read as 0-255 it was all black."""
    floats = Image.fromarray(np.concatenate([np.ones((16, 32)), np.full((16, 32), 0.5)]).astype(np.float32), "F")
    pixels = decode(encoded(floats, "TIFF"), 512, 10**8)
    assert tuple(pixels[0, 0]) == WHITE and near(pixels[31, 0], (128, 128, 128), 1)


@pytest.mark.parametrize("odd", [np.nan, np.inf, -np.inf])
def test_a_float_tiff_with_one_pixel_not_a_number_is_still_scaled(odd):
    """A NaN (a masked pixel) made the maximum NaN, and the whole image decoded black, silently; an infinity made the
    scale 0 and every pixel NaN."""
    values = np.concatenate([np.ones((16, 32)), np.full((16, 32), 0.5)]).astype(np.float32)
    values[20, 20] = odd
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy's "invalid value encountered in cast"
        pixels = decode(encoded(Image.fromarray(values, "F"), "TIFF"), 512, 10**8)
    assert tuple(pixels[0, 0]) == WHITE and near(pixels[31, 0], (128, 128, 128), 1)


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_an_image_with_unreadable_exif_is_decoded_as_stored(fmt):
    """EXIF that is no TIFF structure (a broken export's eXIf chunk) says no orientation: the pixels are intact and
    are used as stored (before, Pillow's SyntaxError from exif_transpose made the item a read_error)."""
    image = Image.new("RGB", (64, 32), WHITE)
    image.paste(RED, (0, 0, 16, 32))
    pixels = decode(encoded(image, fmt, exif=b"Exif\x00\x00XXgarbage", lossless=True), 512, 10**8)
    assert pixels.shape == (32, 64, 3) and near(pixels[16, 4], RED)


def test_animated_images_use_the_first_frame():
    frames = [Image.new("RGB", (32, 32), c) for c in (RED, (30, 30, 200))]
    data = encoded(frames[0], "GIF", save_all=True, append_images=frames[1:])
    assert near(decode(data, 512, 10**8)[16, 16], RED, 20)


def test_large_images_are_shrunk_to_the_max_side():
    pixels = decode(encoded(Image.new("RGB", (3000, 1500), RED), "JPEG"), 512, 10**8)
    assert max(pixels.shape[:2]) == 512 and pixels.shape[1] == 2 * pixels.shape[0]


def png_declaring(width, height) -> bytes:
    data = bytearray(encoded(Image.new("RGB", (16, 16)), "PNG"))
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


@pytest.mark.parametrize(
    "name, content, code",
    [
        ("empty.jpg", b"", "empty_file"),
        ("page.jpg", b"<html><body>404</body></html>", "unidentified_image"),
        ("doc.png", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "unidentified_image"),
        ("bomb.png", png_declaring(100_000, 100_000), "decompression_bomb"),
        ("just-over.png", png_declaring(9000, 8000), "decompression_bomb"),  # 1x-2x: Pillow only warns
        ("truncated.jpg", encoded(Image.effect_noise((64, 64), 50).convert("RGB"), "JPEG")[:700], "truncated_image"),
        ("truncated.png", encoded(Image.effect_noise((64, 64), 50).convert("RGB"), "PNG")[:900], "truncated_image"),
        ("icon.ico", encoded(Image.new("RGB", (32, 32)), "ICO"), "unsupported_format"),
        ("dot.png", encoded(Image.new("RGB", (1, 1)), "PNG"), "bad_dimensions"),
        ("strip.png", encoded(Image.new("RGB", (10000, 20)), "PNG"), "bad_dimensions"),
    ],
)
def test_bad_inputs_become_error_rows(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    decoded = load_image(row(path), max_pixels=64_000_000)
    assert not decoded.ok and decoded.error_code == code and decoded.error
    assert decoded.pixels is None
    if content:
        assert decoded.sha256 == hashlib.sha256(content).hexdigest()


def test_missing_unreadable_and_remote_locations(tmp_path):
    assert load_image(row(tmp_path / "nope.jpg")).error_code == "missing_file"
    assert load_image(row(tmp_path)).error_code == "read_error"
    assert load_image(CatalogRow("s", "", 0)).error_code == "missing_file"
    assert load_image(CatalogRow("s", "ftp://x.test/a.jpg", 0)).error_code == "unsupported_uri"


def test_fuzzed_bytes_give_only_mapped_errors(tmp_path):
    rng = random.Random(0)
    seeds = [encoded(Image.effect_noise((48, 48), 40).convert("RGB"), f) for f in ("JPEG", "PNG", "GIF", "WEBP")]
    path = tmp_path / "fuzz"
    for _ in range(120):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data[: rng.randint(1, len(data))]))
        decoded = load_image(row(path))
        assert decoded.ok or decoded.error_code in ERROR_CODES


def scan_cut_with_eoi(data: bytes, keep: float, scan: int = 0, restart: int | None = None) -> bytes:
    """The JPEG cut `keep` of the way into the entropy data of a scan, or at its n-th restart marker, then EOI."""
    position = data.index(b"\xff\xda")
    for _ in range(scan):
        position = data.index(b"\xff\xda", position + 2)
    start = position + 2 + struct.unpack(">H", data[position + 2 : position + 4])[0]
    end, restarts = data.index(b"\xff", start), []
    while data[end + 1] == 0 or 0xD0 <= data[end + 1] <= 0xD7:  # byte stuffing or a restart marker: still the scan
        restarts += [end] if data[end + 1] else []
        end = data.index(b"\xff", end + 2)
    cut = restarts[restart] if restart is not None else start + int((end - start) * keep)
    return data[:cut] + b"\xff\xd9"


def claiming(data: bytes, width: int, height: int) -> bytes:
    """The JPEG with its frame header declaring another size."""
    out = bytearray(data)
    frame = out.index(b"\xff\xc0")
    out[frame + 5 : frame + 9] = struct.pack(">HH", height, width)
    return bytes(out)


NOISE = Image.effect_noise((160, 120), 60).convert("RGB")


@pytest.mark.parametrize(
    "name, content",
    [
        ("half-and-eoi.jpg", scan_cut_with_eoi(encoded(NOISE, "JPEG"), 0.5)),
        ("most-and-eoi.jpg", scan_cut_with_eoi(encoded(NOISE, "JPEG", quality=95), 0.97)),
        ("progressive-and-eoi.jpg", scan_cut_with_eoi(encoded(NOISE, "JPEG", progressive=True), 0.5)),
        ("restarts-and-eoi.jpg", scan_cut_with_eoi(encoded(NOISE, "JPEG", restart_marker_blocks=4), 0.6)),
        ("grey-and-eoi.jpg", scan_cut_with_eoi(encoded(NOISE.convert("L"), "JPEG"), 0.5)),
        (
            "restart-interval-ends-cleanly.jpg",
            scan_cut_with_eoi(encoded(NOISE, "JPEG", restart_marker_blocks=2), 0, restart=3),
        ),
        ("progressive-dc-nearly-done.jpg", scan_cut_with_eoi(encoded(NOISE, "JPEG", progressive=True), 0.97)),
        (
            "progressive-later-scan.jpg",
            scan_cut_with_eoi(encoded(NOISE, "JPEG", progressive=True), 0.5, scan=3),
        ),
        ("claims-8000.jpg", claiming(encoded(Image.effect_noise((64, 48), 60).convert("RGB"), "JPEG"), 8000, 8000)),
    ],
)
def test_a_jpeg_whose_scan_ends_early_is_truncated_even_with_an_end_marker(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    decoded = load_image(row(path))
    assert decoded.error_code == "truncated_image", decoded.error
    assert "ends before" in decoded.error


@pytest.mark.parametrize(
    "image",
    [
        Image.new("RGB", (64, 64), (128, 128, 128)),  # flat mid-grey: the filler's colour, but encoded
        Image.new("L", (64, 64), 128),
        Image.new("RGB", (64, 64), (128, 128, 128)).convert("CMYK"),
    ],
)
def test_a_complete_jpeg_that_is_mid_grey_is_not_mistaken_for_filler(image):
    for options in ({}, {"progressive": True}, {"restart_marker_blocks": 2}):
        pixels = decode(encoded(image, "JPEG", **options), 512, 10**8)
        assert pixels.shape == (64, 64, 3)


def test_a_photo_on_a_mid_grey_floor_is_not_mistaken_for_filler():
    photo = NOISE.copy()
    photo.paste((128, 128, 128), (0, 64, 160, 120))  # the bottom half is flat filler-grey, the top is not
    for options in ({}, {"progressive": True}, {"subsampling": 0}):
        assert decode(encoded(photo, "JPEG", **options), 512, 10**8).shape == (120, 160, 3)
    big = photo.resize((1600, 1200))  # decoded at a reduced scale (draft)
    assert decode(encoded(big, "JPEG"), 512, 10**8).shape == (384, 512, 3)


@pytest.mark.timeout(10)
def test_a_fifo_named_like_an_image_is_an_error_row_at_once(tmp_path):
    import os
    import time

    os.mkfifo(tmp_path / "pipe.jpg")  # nobody writes: reading it would block forever
    started = time.monotonic()
    decoded = load_image(row(tmp_path / "pipe.jpg"))
    assert decoded.error_code == "read_error" and "not a regular file" in decoded.error
    assert time.monotonic() - started < 2
