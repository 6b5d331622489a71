"""Read image bytes, hash them, and decode them into RGB pixels the model can take.

Every failure becomes an `error_code` on the item (see records.ERROR_CODES), never an exception: a corrupt
file must cost one error row, not a run. Pillow is kept strict: truncated data is an error (never grey
filler) and oversized declared dimensions are rejected before any pixel is decoded.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from enrich.config import FetchPolicy
from enrich.fetch import fetch, image_stamp, image_uri, without_credentials
from enrich.records import MISSING, PIXELS, CatalogRow, DecodedImage, ImageFailure, Known

ACCEPTED_FORMATS = ("JPEG", "MPO", "PNG", "WEBP", "GIF", "BMP", "TIFF")
MIN_SIDE = 16  # smaller images carry no describable product
MAX_ASPECT = 20  # 1x10000 strips are banners or broken exports, not product photos
WHITE = (255, 255, 255)
# Varied bits for the entropy decoder (no 0xFF byte), then the same after each restart marker, so that a file cut
# at the end of a restart interval also has data to take for the next interval, whichever RST it expects.
_FILLER_BITS = bytes((i * 97 + 13) % 255 for i in range(96))
SCAN_FILLER = _FILLER_BITS + b"".join(bytes((0xFF, 0xD0 + n)) + _FILLER_BITS for n in range(8))
UNCONFINED = FetchPolicy()  # library use; runs always pass the job's policy, roots included


def load_image(
    row: CatalogRow,
    max_side: int = 512,
    max_pixels: int = 64_000_000,
    known: Known | None = None,
    policy: FetchPolicy = UNCONFINED,
) -> DecodedImage:
    """Bytes -> sha256 -> RGB array no larger than max_side, or the reason it failed.

    When the bytes hash to `known.sha256` (an incremental run's committed result), or a remote source says they
    are those `known.stamp` names, nothing is decoded, unless the row's pixel colors are to be read again
    (`row.refresh` is PIXELS): then it is read and decoded and still `unchanged`.
    """
    read = read_image(row, known, policy)
    return read if isinstance(read, DecodedImage) else decode_read(read, max_side, max_pixels)


@dataclass(frozen=True)
class Read:
    """An image's bytes as read, not yet decoded: reads wait on the network and run in threads (pool/decode.py),
    decoding takes memory and CPU and runs in the task's own thread."""

    row: CatalogRow
    known: Known
    data: bytes
    sha256: str
    stamp: str | None


def read_image(row: CatalogRow, known: Known | None = None, policy: FetchPolicy = UNCONFINED) -> Read | DecodedImage:
    """The image's bytes and hash, or already its result: a failure, or the same bytes as `known` (unchanged)."""
    known = known or Known(None)
    before = image_stamp(row.image)  # the bytes belong to this stamp only if it holds across the read
    try:
        fetched = fetch(row.image, policy, known.stamp if row.refresh != PIXELS else None)
    except ImageFailure as failure:
        same_location = known.uri in (None, image_uri(row.image))  # None: a plan stored before it was recorded
        if failure.transient and known.sha256 not in (None, MISSING) and same_location:
            # an outage must not undo a night's results (a new location, though, is another image)
            return DecodedImage(
                row, known.sha256, None, failure.code, failure.message, unchanged=True, unreachable=True
            )
        unchanged = failure.code == "missing_file" and known.sha256 == MISSING  # still missing: nothing new
        return DecodedImage(row, None, error_code=failure.code, error=failure.message, unchanged=unchanged)
    if fetched.data is None:  # the source vouches for the bytes of the current result
        return _unchanged(row, known, fetched.validator)
    local = before if before not in (None, MISSING) and image_stamp(row.image) == before else None
    stamp, sha256 = fetched.validator or local, hashlib.sha256(fetched.data).hexdigest()
    if sha256 == known.sha256 and row.refresh != PIXELS:
        return _unchanged(row, known, stamp)
    if not fetched.data:
        message = f"zero-byte file: {without_credentials(row.image)}"
        return DecodedImage(row, sha256, error_code="empty_file", error=message, stamp=stamp)
    return Read(row, known, fetched.data, sha256, stamp)


def decode_read(read: Read, max_side: int, max_pixels: int) -> DecodedImage:
    unchanged = read.sha256 == read.known.sha256
    try:
        pixels = decode(read.data, max_side, max_pixels)
    except ImageFailure as failure:  # same bytes that no longer decode (a lower limit) are an error row, as in a run
        return DecodedImage(read.row, read.sha256, error_code=failure.code, error=failure.message, stamp=read.stamp)
    return DecodedImage(read.row, read.sha256, pixels, unchanged=unchanged, stamp=read.stamp)


def _unchanged(row: CatalogRow, known: Known, stamp: str | None) -> DecodedImage:
    """Same bytes; their stamp only when it is news (a remote source's validator, unchanged, is not) or the row is
    written again (a refresh records it)."""
    news = stamp != known.stamp or row.refresh is not None
    return DecodedImage(row, known.sha256, unchanged=True, stamp=stamp if news else None)


def decode(data: bytes, max_side: int, max_pixels: int) -> np.ndarray:
    """Not thread-safe (Pillow's module settings, warnings.catch_warnings): decode.py decodes in one thread."""
    ImageFile.LOAD_TRUNCATED_IMAGES = False  # on, a truncated JPEG decodes "fine" with grey filler
    Image.MAX_IMAGE_PIXELS = max_pixels
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)  # between 1x and 2x it is only a warning
        image = _open(data, max_pixels)
        _check_dimensions(image, max_pixels)
        if image.format == "JPEG":
            image.draft("RGB", (max_side, max_side))  # decode huge JPEGs at a reduced scale
        _load_first_frame(image)
        _check_scan_filled(image, data)
    image = as_shown(image)
    image.thumbnail((max_side, max_side), Image.Resampling.BICUBIC)
    return np.asarray(image)


def _open(data: bytes, max_pixels: int) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageFailure("decompression_bomb", str(exc)) from None
    except UnidentifiedImageError:
        raise ImageFailure("unidentified_image", f"not a recognised image (starts with {data[:8]!r})") from None
    except Exception as exc:  # malformed headers raise anything from SyntaxError to struct.error
        raise ImageFailure(_failure_code(exc), f"unreadable image header: {exc}") from None
    if image.format not in ACCEPTED_FORMATS:
        raise ImageFailure("unsupported_format", f"{image.format} is not accepted; use one of {ACCEPTED_FORMATS}")
    return image


def _check_dimensions(image: Image.Image, max_pixels: int) -> None:
    width, height = image.size
    if width * height > max_pixels:
        raise ImageFailure("decompression_bomb", f"{width}x{height} exceeds the limit of {max_pixels} pixels")
    if min(width, height) < MIN_SIDE or max(width, height) > MAX_ASPECT * min(width, height):
        raise ImageFailure("bad_dimensions", f"{width}x{height} is too small or too thin")


def _load_first_frame(image: Image.Image) -> None:
    try:
        image.seek(0)  # animated GIF/WebP/APNG: the first frame is the product shot
        image.load()
    except Exception as exc:
        raise ImageFailure(_failure_code(exc), f"{exc}") from None


def _check_scan_filled(image: Image.Image, data: bytes) -> None:
    """A JPEG whose scan data ends early but still carries an end marker is truncated, not filled in.

    libjpeg meets the EOI marker inside the scan, warns (Pillow drops the warning) and fills every block it lacks
    with zero coefficients: exact mid-grey up to the last pixel (a progressive file shows its earlier scans instead,
    smoothed). So when the last pixel is that grey, or the file is progressive, it is decoded again with filler
    bytes and restart markers put before the EOI marker: a complete scan ignores them (libjpeg skips what follows
    its last block), a short one decodes them into the blocks it lacked, so the pixels change.
    """
    if image.format not in ("JPEG", "MPO"):
        return
    if not image.info.get("progressive") and not _filler_grey(image.getpixel((image.width - 1, image.height - 1))):
        return
    end = _first_frame_end(data)
    if end is None:
        return
    try:
        again = Image.open(io.BytesIO(data[:end] + SCAN_FILLER + data[end:]))
        again.draft(image.mode, image.size)  # the same reduced scale as the first decode
        again.load()
        unchanged = again.size == image.size and np.array_equal(np.asarray(again), np.asarray(image))
    except Exception:  # the decoder read the filler as scan data and choked on it: the scan was short
        unchanged = False
    if not unchanged:
        raise ImageFailure("truncated_image", "the JPEG scan data ends before the image is filled")


def _filler_grey(pixel) -> bool:
    # Zero coefficients decode to 128 in every channel; Adobe CMYK is stored inverted, hence 127.
    values = pixel if isinstance(pixel, tuple) else (pixel,)
    return all(value in (127, 128) for value in values)


def _first_frame_end(data: bytes) -> int | None:
    """Where the first frame's EOI marker starts, walking the JPEG's segments and scans; None when malformed."""
    position = 2  # after SOI
    while position + 2 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xD9:
            return position
        if marker == 0xFF or 0xD0 <= marker <= 0xD7 or marker == 0x01:  # fill byte, or markers without a length
            position += 1 if marker == 0xFF else 2
            continue
        position += 2 + int.from_bytes(data[position + 2 : position + 4], "big")
        if marker == 0xDA:  # start of scan: entropy-coded data runs to the next marker that is not stuffing or RST
            position = _scan_data_end(data, position)
    return None


def _scan_data_end(data: bytes, position: int) -> int:
    while (position := data.find(b"\xff", position)) != -1 and position + 1 < len(data):
        follower = data[position + 1]
        if follower != 0x00 and not 0xD0 <= follower <= 0xD7:
            return position
        position += 2
    return len(data)


def as_shown(image: Image.Image) -> Image.Image:
    """A loaded image as the model is given it (and a reviewer is shown it): oriented, RGB, transparent on white."""
    return _to_rgb(_oriented(image))


def _oriented(image: Image.Image) -> Image.Image:
    """Transposed as its EXIF orientation says. EXIF that is no TIFF structure (a broken export's eXIf chunk: Pillow
    raises SyntaxError, struct.error...) says no orientation: the pixels, already decoded, are used as stored."""
    try:
        return ImageOps.exif_transpose(image)
    except Exception:
        return image


def _failure_code(exc: Exception) -> str:
    return "truncated_image" if "truncat" in str(exc).lower() else "decode_error"


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        image = _sixteen_bit_to_l(image)
    if image.mode in ("P", "L", "RGB") and "transparency" in image.info:
        image = image.convert("RGBA")  # a palette entry or a tRNS colour key (grey or RGB PNG) that is transparent
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        # convert("RGB") would turn transparent pixels black; products sit on white.
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, WHITE + (255,))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")  # CMYK, L, 1, P, YCbCr


def _sixteen_bit_to_l(image: Image.Image) -> Image.Image:
    """8-bit grey; LA when a 16-bit PNG's tRNS names its transparent grey value (lost in the scaling otherwise)."""
    values = np.asarray(image, dtype=np.float64)
    key = image.info.get("transparency")
    if image.mode == "F" and not np.isfinite(values).all():  # a masked pixel (NaN) made the maximum NaN: all black
        finite = values[np.isfinite(values)]
        values = np.nan_to_num(values, nan=0.0, posinf=finite.max(initial=0), neginf=0.0)
    if image.mode.startswith("I;16"):
        values = values / 257.0
    elif image.mode == "F" and 0 < values.max(initial=0) <= 1:  # light as floats from 0 to 1 (an HDR export)
        values = values * 255.0
    elif values.max(initial=0) > 255:
        values = values * (255.0 / values.max())
    grey = Image.fromarray(np.clip(values, 0, 255).astype(np.uint8), "L")
    if isinstance(key, int):
        grey.putalpha(Image.fromarray(np.where(np.asarray(image) == key, 0, 255).astype(np.uint8), "L"))
    return grey
