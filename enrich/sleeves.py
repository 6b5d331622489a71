"""Bare arms: the share of the arms' pixels that are skin, the pixels' evidence for the sleeve answer.

BLIP-2 answers the sleeve question from habit as often as from the photo (the fine-tuned template says
"long-sleeve" or "short-sleeve" either way), and no other text need say otherwise. The photo can: in a catalog
shot the model's arms hang at the sides of the figure, covered to the wrist by a long sleeve and bare below
the elbow or the shoulder otherwise. The arms are the outer quarters of the figure's width, from the shoulders
down most of the figure (the hands, at the bottom, are a small part of it); the share is their skin over their
product pixels. The `sleeves_vs_pixels` audit compares the sleeve answer with it.

No person, no evidence: a flat-lay, a mannequin or a photo cropped below the face has no arms to read (and a
short-sleeved t-shirt laid flat shows no skin), so the share is None unless the head above the shoulders shows
skin. A skin-colored garment is not read either (enrich/colors.py says None for it): its sleeves look bare.
docs/colors.md has the figures on real photos.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from enrich.colors import Figure

ARM_ROWS = 0.7  # of the figure below the shoulders: the arms to the wrists in a shot to the thighs or the knees
ARM_COLUMNS = 0.25  # of the figure's width on each side: where the arms hang
FACE_SKIN = 0.1  # a person: at least this share of the head's pixels (above the shoulders) are skin
MIN_PIXELS = 20  # fewer arm pixels than this (at the 96 px working size) say nothing


def bare_arm_share(figure: Figure) -> float | None:
    """The share of the arms' product pixels that are skin, 0-1; None with no person in the photo."""
    product, skin = figure.product, figure.skin
    head = product[figure.first : figure.shoulders]
    if head.sum() == 0 or (skin[figure.first : figure.shoulders] & head).sum() < FACE_SKIN * head.sum():
        return None
    top = figure.shoulders
    bottom = top + int(ARM_ROWS * (figure.last - top))
    columns = product[top:bottom].any(0).nonzero()[0]
    if len(columns) == 0:
        return None
    x0, x1 = int(columns[0]), int(columns[-1]) + 1
    side = int(ARM_COLUMNS * (x1 - x0))
    arms = product[top:bottom].copy()
    arms[:, x0 + side : x1 - side] = False
    if arms.sum() < MIN_PIXELS:
        return None
    return round(float((skin[top:bottom] & arms).sum() / arms.sum()), 3)
