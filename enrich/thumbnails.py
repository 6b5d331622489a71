"""Thumbnails for the review page: small JPEGs of local images as data URIs, each image once.

They come only from regular files under the image roots the answer's run allowed (`config.fetch.roots` in its
manifest); in a plain folder of results (no runs/), only from under that folder. Nothing else is opened: no FIFO,
device or socket (opened non-blocking), no symlink out of the roots, nothing over 50 MB or 64 megapixels.
"""

from __future__ import annotations

import base64
import io
import os
import stat
from pathlib import Path
from urllib.parse import unquote, urlparse

THUMBNAIL_SIDE = 112
MAX_IMAGE_BYTES = 50 * 1024 * 1024
THUMBNAIL_SOURCE_PIXELS = 64_000_000  # the run's default max_image_pixels: a larger image was an error row anyway


class Thumbnails:
    """Small JPEGs of local images as data URIs, only from regular files under the roots the run allowed."""

    def __init__(self, out_dir: str | Path):
        from enrich.store import Layout, manifests

        root = Path(out_dir).expanduser().resolve()
        self.plain = not (root / "runs").is_dir()
        self.roots_by_run = {
            m.get("run_id"): _allowed_roots(m) for m in ([] if self.plain else manifests(Layout.of(root)))
        }
        self.plain_roots = [root] if self.plain else []  # results made elsewhere: only images kept beside them
        self.cache: dict[str, str] = {}  # path -> a data URI, or the note shown instead
        self.classes: dict[str, str] = {}  # path -> its CSS class

    def html(self, item: dict) -> str:
        uri = item.get("image_uri")
        if not uri or not uri.startswith("file://"):
            return "<span class='meta'>no local image</span>"
        try:
            path = Path(unquote(urlparse(uri).path)).resolve()  # symlinks resolved: their target must be inside
        except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL: the page is still written
            return "<span class='meta'>unreadable image</span>"
        roots = self.plain_roots if self.plain else self.roots_by_run.get(item.get("run_id"), [])
        if not any(path.is_relative_to(r) for r in roots):
            return "<span class='meta'>image outside the allowed roots</span>"
        if str(path) not in self.cache:
            self.cache[str(path)] = _thumbnail(path)
        found = self.cache[str(path)]
        if not found.startswith("data:"):
            return found
        # each image once, as a CSS class: a product flagged by 4 audits had its thumbnail 4 times (7 MB for 349
        # products, 5 KB a row)
        name = self.classes.setdefault(str(path), f"t{len(self.classes)}")
        return f"<span class='thumb {name}' role='img' aria-label='product photo'></span>"

    def style(self) -> str:
        return "\n".join(f".{name}{{background-image:url({self.cache[p]})}}" for p, name in self.classes.items())


def _allowed_roots(manifest: dict) -> list[Path]:
    """The local image roots a run allowed (the catalog's folder and --image-root); none in a foreign manifest."""
    fetch = (manifest.get("config") or {}).get("fetch") or {}
    return [Path(root).resolve() for root in fetch.get("roots") or []]


def _thumbnail(path: Path) -> str:
    from PIL import Image

    from enrich.images import as_shown

    try:
        data = _read_regular_file(path)
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > THUMBNAIL_SOURCE_PIXELS:  # decoded whole: 750 MB for 12000 x 12000
                return "<span class='meta'>image too large to show</span>"
            image.draft("RGB", (THUMBNAIL_SIDE, THUMBNAIL_SIDE))  # a JPEG decodes at a fraction of its size
            image.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
            shown = as_shown(image)  # as the model saw it: a reviewer judges the same picture
            buffer = io.BytesIO()
            shown.save(buffer, "JPEG", quality=80)
    except Exception:  # whatever Pillow raises for a damaged file (a broken PNG chunk is a SyntaxError): the page
        return "<span class='meta'>unreadable image</span>"  # is still written, this image named unreadable
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()


def _read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file; a FIFO, device or socket is refused without blocking (opened non-blocking)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError(f"{path} is not a regular file")
        if info.st_size > MAX_IMAGE_BYTES:
            raise ValueError(f"{path} is over {MAX_IMAGE_BYTES} bytes")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_IMAGE_BYTES + 1)
    finally:
        os.close(fd)
