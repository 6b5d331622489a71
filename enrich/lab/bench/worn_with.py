"""The `garment_color_vs_pixels` audit on labelled real photos: `enrich bench colors` scores the colors of the
garment worn with the product (the jeans under a t-shirt, the top over a pair of trousers) against the labels'
`worn_with_group` column (jobs/labels_myntra_garments.csv: the color group two viewers agree that garment has, or
`none` where no such garment shows).

The pixels are scored as the product's are (top-1 and top-2 over color groups, on the photos where they were read),
and the audit with its shipped `min_share`, as if a model had been asked that garment's color:
- the viewers' group (its name: blue, black...), answered: a correct answer, flagged when the name has under
  `min_share` of the pixels;
- the product's own color, answered where the viewers' group differs (BLIP-2's one color for every garment):
  caught under `min_share`.

Every labelled top or bottom whose other garment shows counts, read or not: a photo with no waist between the two
has no other colors and is never flagged.
"""

from __future__ import annotations

from enrich.audit import load_audits
from enrich.config import bundled_queries_dir
from enrich.lab.bench.flags import flagged_line, flagged_of
from enrich.lab.color_model import GROUP_OF, LabelledPhoto

NOT_SHOWN = "none"


def worn_with_agreement(photos: list[LabelledPhoto], other_colors: list[tuple[tuple[str, float], ...]]) -> dict:
    """How the pixels of the garment worn with each product agree with the labels, and how the audit would judge
    right and wrong answers about it (module docstring). `other_colors` are ProductColors.other_colors."""
    min_share = float(load_audits(bundled_queries_dir(), ("garment_color_vs_pixels",))[0].params["min_share"])
    shown = [(p, colors) for p, colors in zip(photos, other_colors) if p.worn_with and p.worn_with != NOT_SHOWN]
    read = [(p, _groups(colors)) for p, colors in shown if colors]
    wrong = [(p, colors) for p, colors in shown if p.color and p.group and p.group != p.worn_with]
    correct_flagged = sum(1 for p, colors in shown if colors and _share(colors, p.worn_with.lower()) < min_share)
    caught = sum(1 for p, colors in wrong if colors and _share(colors, p.color) < min_share)
    return {
        "shown": len(shown),
        "read": len(read),
        "not_shown_read": sum(1 for p, c in zip(photos, other_colors) if p.worn_with == NOT_SHOWN and c),
        "top1": _rate(sum(1 for p, groups in read if groups[:1] == [p.worn_with]), len(read)),
        "top2": _rate(sum(1 for p, groups in read if p.worn_with in groups[:2]), len(read)),
        "correct_flagged": flagged_of(correct_flagged, len(shown)),
        "product_color_caught": flagged_of(caught, len(wrong)),
        "params": {"min_share": min_share},
    }


def _groups(colors: tuple[tuple[str, float], ...]) -> list[str]:
    """The color groups of [(name, share)], largest summed share first (as the product's are scored)."""
    totals: dict[str, float] = {}
    for name, share in colors:
        totals[GROUP_OF[name]] = totals.get(GROUP_OF[name], 0.0) + share
    return sorted(totals, key=lambda group: -totals[group])


def _share(colors: tuple[tuple[str, float], ...], name: str) -> float:
    """The share the pixels give a color name, navy counting as blue (queries/garment_color_vs_pixels.sql)."""
    same = {"navy": "blue"}
    return sum(share for shown, share in colors if same.get(shown, shown) == same.get(name, name))


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def worn_with_lines(report: dict) -> list[str]:
    w = report["worn_with"]

    def line(label: str, key: str) -> str:
        return flagged_line(label, w[key])

    top1, top2 = (f"{w[k]:.0%}" if w[k] is not None else "-" for k in ("top1", "top2"))
    return [
        f"garment_color_vs_pixels: the garment worn with the product shows in {w['shown']} labelled photos, read in"
        f" {w['read']} (top-1 {top1}, top-2 {top2}); read where the labels see none: {w['not_shown_read']}"
        f" (min_share {w['params']['min_share']})",
        line("correct answers flagged: the labels' color", "correct_flagged"),
        line("failures caught: the product's color for it", "product_color_caught"),
    ]
