"""The photo without the bars or lines drawn around it, before its backdrop is read.

A catalog pads a 3:4 shot to a square with bars (pillarbox) or a 4:3 one with bars above and below (letterbox), and
a template may draw a frame line round a photo. figure.py takes the backdrop as the color of the photo's border: a
bar or a line there made the white behind the model read as product, and the pixel colors read white for nearly
every photo (72% of the shared real photos right before, 13-16% with bars or a 1 px line).

A bar is a band at an edge whose every column (or row) is one color, with the photo's own edge after it: a column
of another single color (the photo's backdrop), a step away. Bars come in pairs of one width (left and right, top
and bottom), or as a frame on all four sides; one band alone is left, since a white backdrop beside a garment that
fills the height looks like one.
"""

from __future__ import annotations

import numpy as np

from enrich.texture import shrink

DETECT_SIDE = 192  # the bars are found on the photo shrunk to this; a line of 1 px at 512 px still shows
MAX_BAR = 0.25  # of a side: a wider band is the photo, not padding
SAME = 12  # per channel, 0-255: a pixel this close to its band's median is of that color
UNIFORM = 0.95  # this share of a band's pixels of its median's color: one color
STEP = 30  # per channel: the photo's edge differs from the bar by more than this
FRAMED = 0.5  # a frame line's color holds this share of each outermost row and column at least
FRAME_LINE = 3  # bands at DETECT_SIDE: a frame line is at most this wide (7 px at 512), a bar on one side no line
TRANSITION = 2  # bands between a bar and the photo's edge that blend the two (shrinking, JPEG)
MIN_SIDE = 16  # as images.py: smaller photos carry no product, nor bars


def without_bars(pixels: np.ndarray) -> np.ndarray:
    """`pixels` (RGB uint8, H x W x 3) cropped of its bars or frame line, or as it is when it has none. Twice: a
    photo with a frame line of its own, padded with bars (a template's canvas), has the line inside the bars. A
    photo under MIN_SIDE px a side (never a run's: images.py refuses it) has no room for bars."""
    if min(pixels.shape[:2]) < MIN_SIDE:
        return pixels
    once = _cropped(pixels)
    return once if once is pixels else _cropped(once)


def _cropped(pixels: np.ndarray) -> np.ndarray:
    small = shrink(pixels, DETECT_SIDE).astype(np.int16)
    left, right, top, bottom = _bars(small)
    if not (left or top) or _repeated(small, (left, right, top, bottom)):
        return pixels
    height, width = pixels.shape[:2]
    # one more working band: the bar's edge blends into the photo there (shrinking, JPEG, a resize's ringing)
    y0, y1 = _margin(top, height, small.shape[0]), height - _margin(bottom, height, small.shape[0])
    x0, x1 = _margin(left, width, small.shape[1]), width - _margin(right, width, small.shape[1])
    return pixels[y0:y1, x0:x1]


def _bars(small: np.ndarray) -> tuple[int, int, int, int]:
    """The bars' widths in bands (left, right, top, bottom): a pair of one width, or a thin frame line all round."""
    found = left, right, top, bottom = (
        _bar(small),
        _bar(small[:, ::-1]),
        _bar(small.transpose(1, 0, 2)),
        _bar(small.transpose(1, 0, 2)[:, ::-1]),
    )
    line = 0 < max(found) <= FRAME_LINE  # a wider band on one side is the backdrop up to a pole or a door frame
    if line and (sum(bar > 0 for bar in found) >= 3 or _framed(small, _edge_color(small, found))):
        # a frame line: seen on a side or three, not where the photo is busy at its edge (hair, feet, an arm)
        return (max(found),) * 4
    left, right = _pair(small, left, right)
    top, bottom = _pair(small.transpose(1, 0, 2), top, bottom)
    return left, right, top, bottom


def _pair(image: np.ndarray, left: int, right: int) -> tuple[int, int]:
    """Bars on the left and right edges of one width, else none. Where the photo is busy at an edge (a garment or
    hair that crosses a letterbox's edge) its bar shows no clean step: a band of one color and width on each edge,
    of another color than the photo's other edges (a backdrop up to a pole on one side looks like a bar, but the
    same backdrop fills the top and the bottom) and a step after it, pairs with the bar found, or with its twin."""
    if not (left and right):
        ends = (image, image[:, ::-1])
        bands = [left or _band(end) for end in ends]
        colors = [_median(end[:, 0]) for end in ends]
        backdrop = _median(np.concatenate([image[0], image[-1]]))
        if (
            all(bands)
            and _near(colors[0], colors[1], SAME)
            and not _near(colors[0], backdrop, SAME)
            and all(_stepped(end, band, color) for end, band, color in zip(ends, bands, colors))
        ):
            left, right = bands
    return (left, right) if _paired(left, right, image.shape[1]) else (0, 0)


def _stepped(image: np.ndarray, band: int, color: np.ndarray) -> bool:
    """Whether the photo past a band (and its blend) is, mostly, of another color than the band."""
    beyond = band + TRANSITION
    return beyond < image.shape[1] and not _near(_median(image[:, beyond]), color, STEP)


def _band(image: np.ndarray) -> int:
    """How many columns at the left edge are one color, the first column's."""
    limit = max(1, int(image.shape[1] * MAX_BAR))
    columns = image[:, :limit]
    of_color = (_distance(columns, _median(columns[:, 0])) <= SAME).mean(0) >= UNIFORM
    return 0 if not of_color[0] else int(np.argmin(of_color)) if not of_color.all() else len(of_color)


def _repeated(small: np.ndarray, bars: tuple[int, int, int, int]) -> bool:
    """Whether the photo inside the bars starts with bars again, of the color that came after them, and the outer
    bars' color after those: a pattern that fills the frame (stripes), not padding. Padding round a garment that
    fills the height has the backdrop inside, then the garment: cropped."""
    left, right, top, bottom = bars
    inside = small[top + 1 : small.shape[0] - bottom - 1, left + 1 : small.shape[1] - right - 1]
    inner = _bars(inside)
    if not any(inner):
        return False
    image, width = (inside, inner[0]) if inner[0] else (inside.transpose(1, 0, 2), inner[2])
    outer = _median(small[:, 0]) if left else _median(small[0])
    return width < image.shape[1] and _near(_median(image[:, width]), outer, STEP)


def _median(pixels: np.ndarray) -> np.ndarray:
    return np.median(pixels, axis=0).astype(np.int16)


def _near(one: np.ndarray, other: np.ndarray, limit: int) -> bool:
    return int(np.abs(one - other).max()) <= limit


def _tolerance(side: int) -> int:
    return max(2, round(0.02 * side))


def _edge_color(small: np.ndarray, found: tuple[int, int, int, int]) -> np.ndarray:
    """The color of the outermost band on the side where a line was found."""
    edges = (small[:, 0], small[:, -1], small[0], small[-1])
    return np.median(edges[next(i for i, bar in enumerate(found) if bar)], axis=0).astype(np.int16)


def _margin(bands: int, full: int, small: int) -> int:
    return int(np.ceil((bands + 1) * full / small)) if bands else 0


def _bar(image: np.ndarray) -> int:
    """The width in columns of the bar at the image's left edge, 0 for none."""
    limit = max(1, int(image.shape[1] * MAX_BAR))
    columns = image[:, : limit + TRANSITION + 1]
    color = np.median(columns[:, 0], axis=0).astype(np.int16)  # integers throughout: floats cost 10 times as much
    # the columns of the bar's color, compared with it (a median per column cost as much as the pixel colors)
    of_bar = (_distance(columns, color) <= SAME).mean(0) >= UNIFORM
    if not of_bar[0]:
        return 0
    run = int(np.argmin(of_bar)) if not of_bar.all() else len(of_bar)
    for edge in range(run, min(run + TRANSITION + 1, len(of_bar))):
        median = np.median(columns[:, edge], axis=0).astype(np.int16)
        one_color = (_distance(columns[:, edge], median) <= SAME).mean() >= UNIFORM
        # after a thin line, the photo's edge may be busy (hair, feet): its color, mostly, is enough
        if (one_color or run <= FRAME_LINE) and np.abs(median - color).max() > STEP:
            return edge if edge <= limit else 0
    return 0


def _framed(image: np.ndarray, color: np.ndarray) -> bool:
    """Whether the outermost row and column of every side are mostly of the line's color: a frame line, once it
    was found on a side (a line blends with a busy edge of the photo: most of it, not all, stays)."""
    edges = [image[0], image[-1], image[:, 0], image[:, -1]]
    return all((_distance(edge, color) <= SAME).mean() >= FRAMED for edge in edges)


def _distance(pixels: np.ndarray, color: np.ndarray) -> np.ndarray:
    """The largest channel difference of each pixel from `color` (a max over an axis of 3 is slow in numpy)."""
    difference = np.abs(pixels - color)
    return np.maximum(np.maximum(difference[..., 0], difference[..., 1]), difference[..., 2])


def _paired(one: int, other: int, side: int) -> bool:
    """Bars on opposite edges of one width: padding centers the photo, and a frame line is drawn evenly."""
    return one > 0 and other > 0 and abs(one - other) <= _tolerance(side)
