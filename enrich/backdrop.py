"""The backdrop of a catalog photo, in CIELAB: what the product is told apart from.

Most catalog photos are shot on one plain color, and the border's median is the backdrop. Where the border shades
across the frame (a studio sweep that darkens toward the floor, a vignette, light that falls off), the backdrop is a
smooth surface fitted to the border. Where a wall meets a floor in a line behind the model (a hard edge: a white
wall and a grey or wooden floor), each side is fitted on its own. docs/colors.md has the figures on real photos.
"""

from __future__ import annotations

import numpy as np

BACKGROUND_DELTA_E = 6.0  # further than this from the backdrop's color is product
FLAT_BACKDROP = 3.0  # a backdrop that shades less than this (ΔE) across the frame is one color, the border's median
MIN_BACKDROP_EDGE = 0.3  # under this share of the border is backdrop: too little to fit its shading to
QUADRATIC, PLANE = 6, 3  # the terms of a backdrop's surface: a sweep's curve and a vignette, or a ramp
HORIZON_ROWS = (0.2, 0.97)  # a floor line is searched between these shares of the height
HORIZON_TILT = 0.15  # its two ends at most this share of the height apart (a camera a little off level)
HORIZON_SEEN = 0.25  # the share of the columns where the line shows: the figure hides the rest
WALL_EVEN, FLOOR_EVEN = 0.4, 0.8  # the shares of the sides above and below the line within ΔE 12 of its color
FLOOR_ON_WALL = 0.2  # at most this share of the sides above the line of the floor's color
MIN_FOREGROUND = 0.03  # below this share of pixels the product fills the frame: use every pixel (figure.py)


def backdrop(lab: np.ndarray) -> np.ndarray:
    """The backdrop's color: the border's median (3,), or its color at each pixel (H, W, 3) where the border shades
    or a floor meets the wall in a line. Against one color a shading backdrop read as product wherever it was ΔE 6
    away: the shared photos on a 250-to-200 grey ramp scored 54% top-1, with a 25% vignette 24%, and on a white wall
    meeting a grey floor 61% (72.5% as shot)."""
    height, width = lab.shape[:2]
    whole = np.ones((height, width), dtype=bool)
    line = _horizon(lab)
    if line is None:
        return _surface(lab, whole)
    sides = _two_sides(lab, line)
    # a product across the whole width (folded fabric, a scarf shot close) steps at both sides like a floor line:
    # taken for one, it left no product
    return sides if (_delta_e(lab, sides) > BACKGROUND_DELTA_E).mean() >= MIN_FOREGROUND else _surface(lab, whole)


def _two_sides(lab: np.ndarray, line: np.ndarray) -> np.ndarray:
    """The backdrop above and below a floor line (H, W, 3), each side fitted on its own."""
    height = lab.shape[0]
    rows = np.arange(height)[:, None]
    wall = rows < line[None, :]
    above, below = _surface(lab, wall, _terms(wall)), _surface(lab, ~wall, _terms(~wall))
    colors = np.where(wall[..., None], np.broadcast_to(above, lab.shape), np.broadcast_to(below, lab.shape))
    # on the line a pixel is either side or a blend of the two, in any share (the photo shrunk, a blurred edge, JPEG):
    # its backdrop is the nearest color between them
    seam = np.abs(rows - line[None, :]) <= 1.5
    upper, lower = np.broadcast_to(above, lab.shape), np.broadcast_to(below, lab.shape)
    step = lower - upper
    share = ((lab - upper) * step).sum(-1) / np.maximum((step * step).sum(-1), 1e-6)
    blend = upper + np.clip(share, 0, 1)[..., None] * step
    return np.where(seam[..., None], blend, colors)


def _terms(part: np.ndarray) -> int:
    """A side under half the frame's height is fitted with a plane: its border is a band (the floor's: the bottom row
    and the sides below the line), over which a quadratic's terms are nearly one another and the fit follows the
    feet's blurred edges. A taller side keeps the quadratic: a dark studio wall is vignetted."""
    return QUADRATIC if part.any(1).mean() >= 0.5 else PLANE


def _surface(lab: np.ndarray, part: np.ndarray, terms: int = QUADRATIC) -> np.ndarray:
    """The backdrop of one part of the frame (a bool mask): the median of the border's pixels in it (3,), or where
    they shade by FLAT_BACKDROP or more, a surface in the pixel's position (the first `terms` of 1, y, x, y², x², xy)
    fitted to those that are backdrop (H, W, 3)."""
    height, width = lab.shape[:2]
    ys, xs = _border(height, width)
    inside = part[ys, xs]
    ys, xs = ys[inside], xs[inside]
    edge = lab[ys, xs]
    median = np.median(edge, axis=0)
    design = _surface_terms(ys, xs, height, width)[:, :terms]
    # product pixels on the border (legs cut by the frame, a garment that fills it) are left out of the fit:
    # first those far from the median, then those far from the surface fitted without them
    backdrop_edge = _delta_e(edge, median) < 2 * BACKGROUND_DELTA_E
    for _ in range(3):
        if backdrop_edge.sum() < max(MIN_BACKDROP_EDGE * len(edge), design.shape[1]):
            return median
        fit, *_ = np.linalg.lstsq(design[backdrop_edge], edge[backdrop_edge], rcond=None)
        backdrop_edge = _delta_e(edge, design @ fit) < BACKGROUND_DELTA_E
    rows, columns = np.mgrid[0:height, 0:width]
    surface = (_surface_terms(rows.ravel(), columns.ravel(), height, width)[:, :terms] @ fit).reshape(lab.shape)
    return surface if _delta_e(surface[part], median).max() >= FLAT_BACKDROP else median


def _horizon(lab: np.ndarray) -> np.ndarray | None:
    """The row of a floor line at each column (W,), or None: both side columns step from one backdrop color to
    another at about the same height, and the step shows across the frame where the figure does not hide it. A
    garment cut by the frame's sides (a gown's hem, a sleeve) steps at the sides too, but not across the frame; the
    top and bottom rows may be product (a photo of trousers cropped at the chest and the knees). Each side's step is
    its largest change of color, else, where the figure reaches the side (its arms, higher up), where the floor's
    color, the sides' bottom's, ends."""
    width = lab.shape[1]
    floor = np.median(lab[-3:, [0, width - 1]].reshape(-1, 3), axis=0)  # the sides' bottom: the middle may be feet
    for step in (_step, lambda column: _rise(column, floor)):
        line = _seen_line(lab, [step(lab[:, column]) for column in (0, width - 1)])
        if line is not None:
            return line
    return None


def _seen_line(lab: np.ndarray, steps: list) -> np.ndarray | None:
    """The line between the two sides' steps, if they agree and it shows across the frame."""
    height, width = lab.shape[:2]
    if any(step is None for step in steps):
        return None
    (left, left_above, left_below), (right, right_above, right_below) = steps
    above, below = (left_above + right_above) / 2, (left_below + right_below) / 2
    if (
        abs(left - right) > HORIZON_TILT * height
        or _delta_e(left_above, right_above) > BACKGROUND_DELTA_E
        or _delta_e(left_below, right_below) > BACKGROUND_DELTA_E
    ):
        return None
    line = np.rint(np.linspace(left, right, width)).astype(int)
    columns = np.arange(width)
    over, under = lab[np.clip(line - 2, 0, height - 1), columns], lab[np.clip(line + 1, 0, height - 1), columns]
    seen = (_delta_e(over, above) < BACKGROUND_DELTA_E) & (_delta_e(under, below) < BACKGROUND_DELTA_E)
    if seen.mean() < HORIZON_SEEN:
        return None
    # a wall and a floor are each one backdrop down the sides (shaded, and an arm may reach them), and the floor's
    # color is not on the wall: horizontal stripes that fill the frame step at the sides and across it at every stripe
    sides, rows = lab[:, [0, width - 1]], np.arange(height)[:, None]
    wall, floor = rows < line[[0, width - 1]][None, :] - 1, rows > line[[0, width - 1]][None, :] + 1
    on_wall, on_floor = _delta_e(sides, above), _delta_e(sides, below)
    even = (on_wall[wall] < 2 * BACKGROUND_DELTA_E).mean() >= WALL_EVEN
    even &= (on_floor[floor] < 2 * BACKGROUND_DELTA_E).mean() >= FLOOR_EVEN
    return line if even and (on_floor[wall] < BACKGROUND_DELTA_E).mean() < FLOOR_ON_WALL else None


def _rise(column: np.ndarray, floor: np.ndarray) -> tuple[int, np.ndarray, np.ndarray] | None:
    """Where the floor's color ends, going up a side column from the bottom, with the colors just above and of the
    floor; None where the column does not end on the floor, or the change is out of range or gradual."""
    height = len(column)
    near = _delta_e(column, floor) < BACKGROUND_DELTA_E
    row = height - int(np.argmin(near[::-1])) if not near.all() else 0
    low, high = (int(share * height) for share in HORIZON_ROWS)
    if row >= height or not max(low, 2) <= row < high:
        return None
    above = np.median(column[max(0, row - 8) : row - 1], axis=0)
    sharp = _delta_e(column[row - 2], column[row]) > BACKGROUND_DELTA_E  # a step, not a sweep's ramp
    return (row, above, floor) if sharp and _delta_e(above, floor) > BACKGROUND_DELTA_E else None


def _step(column: np.ndarray) -> tuple[int, np.ndarray, np.ndarray] | None:
    """Where a column of pixels (H, 3) changes from one color to another most (least squares over its rows), with
    the median colors above and below; None when they differ by under BACKGROUND_DELTA_E, or the change is gradual."""
    height = len(column)
    low, high = (int(share * height) for share in HORIZON_ROWS)
    low, high = max(low, 1), min(high, height - 1)  # a row with no pixel above or below it splits nothing
    if high - low < 2:
        return None
    total, squares = np.cumsum(column, 0), np.cumsum((column**2).sum(1))
    rows = np.arange(low, high)
    counts_above, counts_below = rows, height - rows
    sum_above, sum_below = total[rows - 1], total[-1] - total[rows - 1]
    error = squares[-1] - (sum_above**2).sum(1) / counts_above - (sum_below**2).sum(1) / counts_below
    row = int(rows[np.argmin(error)])
    above, below = np.median(column[:row], axis=0), np.median(column[row:], axis=0)
    # a step, not a ramp: a sweep that shades from light to dark splits best in its middle too, where it is smooth
    # (the row on the line may be a blend of the two)
    sharp = _delta_e(column[max(row - 2, 0)], column[min(row + 1, height - 1)]) > BACKGROUND_DELTA_E
    return (row, above, below) if sharp and _delta_e(above, below) > BACKGROUND_DELTA_E else None


def _border(height: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    ys = np.concatenate([np.zeros(width), np.full(width, height - 1), np.arange(height), np.arange(height)])
    xs = np.concatenate([np.arange(width), np.arange(width), np.zeros(height), np.full(height, width - 1)])
    return ys.astype(int), xs.astype(int)


def _surface_terms(ys: np.ndarray, xs: np.ndarray, height: int, width: int) -> np.ndarray:
    """1, y, x, y², x², xy of positions scaled to [-1, 1]: a ramp, a sweep's curve, a vignette."""
    y, x = ys / max(1, height - 1) * 2 - 1, xs / max(1, width - 1) * 2 - 1
    return np.stack([np.ones_like(y), y, x, y * y, x * x, x * y], axis=-1)


def _delta_e(lab: np.ndarray, other: np.ndarray) -> np.ndarray:
    return np.sqrt(((lab - other) ** 2).sum(-1))
