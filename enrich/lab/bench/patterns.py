"""The `pattern_vs_pixels` audit on labelled real photos: `enrich bench colors` scores the pixel texture against
the patterns that the sellers' titles name ("Roadster Men Navy Solid Shirt", "Striped", "Printed", "Checked").

The audit is scored with its shipped parameters (queries/pattern_vs_pixels.sql), as if a model had answered:
- a photo titled solid, answered solid: a correct answer, flagged when the texture is over `busy`;
- a photo titled with a pattern, answered with it: a correct answer, flagged when the pattern is one of `drawn`
  (stripes, checks, dots, flowers) and the texture is under `plain`;
- a photo titled with a pattern, answered solid (the failure of a model that misses a print): caught over `busy`;
- a photo titled solid, answered striped (an invented pattern): caught under `plain`.

Photos whose title names no pattern and does not say solid are left out, as are those read over the whole frame
(the audit judges only a garment's region).
"""

from __future__ import annotations

import re

import numpy as np

from enrich.audit import load_audits
from enrich.config import bundled_queries_dir
from enrich.lab.bench.flags import flagged_line, flagged_of

TITLE_PATTERNS = {  # the questionnaire's pattern value -> the words a seller's title names it by
    "striped": r"stripes?|striped",
    "checked": r"checks?|checked|checkered|plaid",
    "dotted": r"polka|dots|dotted",
    "floral": r"floral|flowers?",
    "graphic": r"print|printed|graphic|typography",  # not "logo": "Solid White Logo 3/4 Pants" are solid
    "color block": r"colou?r ?block(?:ed)?",
}
INVENTED = "striped"  # the pattern a model is made to invent for a photo titled solid


def title_pattern(title: str | None) -> str | None:
    """The pattern a seller's title names (a pattern wins over "solid"), "solid" (or "plain"), or None."""
    text = (title or "").lower()
    for value, words in TITLE_PATTERNS.items():
        if re.search(rf"\b(?:{words})\b", text):
            return value
    return "solid" if re.search(r"\b(?:solid|plain)\b", text) else None


def pattern_agreement(titles: list[str | None], regions: list[str], textures: list[float | None]) -> dict:
    """How the audit would judge right and wrong pattern answers for these photos (module docstring)."""
    params = load_audits(bundled_queries_dir(), ("pattern_vs_pixels",))[0].params
    busy, plain, drawn = float(params["busy"]), float(params["plain"]), params["drawn"]
    judged = [
        (pattern, texture)
        for pattern, region, texture in zip(map(title_pattern, titles), regions, textures)
        if pattern and region != "frame" and texture is not None
    ]
    solid = np.array([t for p, t in judged if p == "solid"])
    patterned = [(p, t) for p, t in judged if p != "solid"]
    drawn_ones = np.array([t for p, t in patterned if re.fullmatch(drawn, p)])
    shares = np.array([t for _, t in patterned])
    return {
        "titled_solid": len(solid),
        "titled_patterned": len(patterned),
        "titled_patterns": {p: sum(1 for q, _ in patterned if q == p) for p in TITLE_PATTERNS},
        "texture_median_solid": _median(solid),
        "texture_median_patterned": _median(shares),
        "correct_solid_flagged": _share(solid > busy),
        "correct_pattern_flagged": _share(drawn_ones < plain),
        "missed_pattern_caught": _share(shares > busy),
        "invented_pattern_caught": _share(solid < plain),
        "params": {"busy": busy, "plain": plain, "drawn": drawn},
    }


def _median(values: np.ndarray) -> float | None:
    return round(float(np.median(values)), 3) if len(values) else None


def _share(flags: np.ndarray) -> dict:
    return flagged_of(flags.sum(), len(flags))


def pattern_lines(report: dict) -> list[str]:
    p = report["pattern"]

    def line(label: str, key: str) -> str:
        return flagged_line(label, p[key])

    kinds = ", ".join(f"{k} {n}" for k, n in p["titled_patterns"].items() if n)
    return [
        f"pattern_vs_pixels on titled photos (busy > {p['params']['busy']}, plain < {p['params']['plain']}):"
        f" {p['titled_solid']} titled solid, {p['titled_patterned']} with a pattern ({kinds or 'none'})",
        f"  texture median: solid {p['texture_median_solid']}, patterned {p['texture_median_patterned']}",
        line("correct answers flagged: solid", "correct_solid_flagged"),
        line("correct answers flagged: the title's pattern", "correct_pattern_flagged"),
        line("failures caught: solid for a pattern", "missed_pattern_caught"),
        line(f"failures caught: {INVENTED} for a solid", "invented_pattern_caught"),
    ]
