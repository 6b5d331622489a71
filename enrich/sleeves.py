"""Bare arms: the share of the arms' pixels that are skin, the pixels' evidence for the sleeve answer.

BLIP-2 answers the sleeve question from habit as often as from the photo (the fine-tuned template says
"long-sleeve" or "short-sleeve" either way), and no other text need say otherwise. The photo can: in a catalog
shot the model's arms hang at the sides of the figure, covered to the wrist by a long sleeve and bare below
the elbow or the shoulder otherwise. The arms are the outer quarters of the figure's width, from the shoulders
down most of the figure (the hands, at the bottom, are a small part of it); the share is their skin over their
product pixels. The `sleeves_vs_pixels` audit compares the sleeve answer with it.

No person, no evidence: a flat-lay, a mannequin or a photo cropped below the face has no arms to read (and a
short-sleeved t-shirt laid flat shows no skin), so the share is None unless the head above the shoulders shows a
face's worth of skin. None too where the arms cannot be told from the garment: a garment whose own region reads
half skin (tan, camel, peach: its sleeves would look bare), and a figure whose "shoulders" fall too low (a flared
hem wider than the shoulders moves the colors' shoulder row into the skirt). docs/colors.md has the figures on
real photos.
"""

from __future__ import annotations

from enrich.figure import Figure

ARM_ROWS = 0.7  # of the figure below the shoulders: the arms to the wrists in a shot to the thighs or the knees
ARM_COLUMNS = 0.25  # of the figure's width on each side: where the arms hang
FACE_SKIN = 0.1  # a person: at least this share of the head's pixels (above the shoulders) are skin...
FACE_PIXELS = 0.003  # ...and at least this share of the working photo (28 px of 96 x 96; flat-lays' collars 8-12)
GARMENT_SKIN = 0.5  # a garment whose region reads more skin than this is partly skin-colored: its arms say nothing
HEAD_ROWS = 0.45  # shoulders lower than this share of the figure are a flared hem's row, not shoulders
MIN_PIXELS = 20  # fewer arm pixels than this (at the 96 px working size) say nothing


def bare_arm_share(figure: Figure, garment_skin: float = 0.0) -> float | None:
    """The share of the arms' product pixels that are skin, 0-1; None with no person in the photo, or where the
    arms cannot be told from the garment (module docstring). `garment_skin` is the share of the garment's own
    region that reads as skin."""
    if garment_skin > GARMENT_SKIN or not _a_person(figure):
        return None
    top = figure.shoulders
    bottom = top + int(ARM_ROWS * (figure.last - top))
    columns = figure.product[top:bottom].any(0).nonzero()[0]
    if len(columns) == 0:
        return None
    x0, x1 = int(columns[0]), int(columns[-1]) + 1
    side = int(ARM_COLUMNS * (x1 - x0))
    arms = figure.product[top:bottom].copy()
    arms[:, x0 + side : x1 - side] = False
    if side == 0 or arms.sum() < MIN_PIXELS:
        return None
    return round(float((figure.skin[top:bottom] & arms).sum() / arms.sum()), 3)


def _a_person(figure: Figure) -> bool:
    """A face above the shoulders: enough skin, in pixels and as a share of the head, with the shoulders where a
    body has them."""
    head = figure.product[figure.first : figure.shoulders]
    skin = (figure.skin[figure.first : figure.shoulders] & head).sum()
    if figure.shoulders - figure.first > HEAD_ROWS * (figure.last - figure.first):
        return False
    return bool(skin >= FACE_SKIN * head.sum() and skin >= FACE_PIXELS * figure.skin.size and skin > 0)
