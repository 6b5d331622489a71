"""The `sleeves_vs_pixels` audit on labelled real photos: `enrich bench colors` scores the bare arms against the
labels' `sleeve_length` column (jobs/labels_myntra_sleeves.csv: what two viewers agree each photo shows).

The audit is scored with its shipped parameters (queries/sleeves_vs_pixels.sql), as if a model had answered:
- the label, answered: a correct answer, flagged when it is long and the arms are over `bare`, or it is short,
  three-quarter or sleeveless and they are under `covered`;
- "long" for a photo labelled short or sleeveless (the template's habit): caught over `bare`;
- "short" for a photo labelled long: caught under `covered`;
- "long" for a photo labelled three-quarter (rolled-up sleeves): caught over `bare`. "Short" for one is not told
  from the right answer: both leave part of the forearm bare.

Photos whose title names their sleeves are left out, as the audit leaves them to the title; a title that names a
sleeveless garment ("Knitted Vest") exempts covered arms, as the audit's texts do.

Every labelled photo of a top or a whole figure counts, read or not: a photo with no person (a flat-lay) has no
bare-arm share and is never flagged, and that is part of what the audit misses. Bottoms are left out.
"""

from __future__ import annotations

import re

from enrich.audit import load_audits
from enrich.config import bundled_queries_dir

SHORT = ("short", "sleeveless")
THREE_QUARTER = "three-quarter"
JUDGED_REGIONS = ("upper", "figure")


def sleeve_agreement(
    labels: list[str | None], regions: list[str], arms: list[float | None], titles: list[str | None]
) -> dict:
    """How the audit would judge right and wrong sleeve answers for these photos (module docstring), with its
    exceptions: a title that names the sleeves is not judged, one that names a sleeveless garment (a knitted
    vest) not for covered arms."""
    params = load_audits(bundled_queries_dir(), ("sleeves_vs_pixels",))[0].params
    bare, covered = float(params["bare"]), float(params["covered"])
    titled, vested = (re.compile(rf"\b(?:{params[key]})\b") for key in ("title_sleeves", "sleeveless"))
    photos = [
        (label, share, bool(vested.search((title or "").lower())))
        for label, region, share, title in zip(labels, regions, arms, titles)
        if label and region in JUDGED_REGIONS and not titled.search((title or "").lower())
    ]

    def flags(wanted: tuple[str, ...], direction: str) -> dict:
        judged = [(share, vest) for label, share, vest in photos if label in wanted]
        hits = sum(
            1
            for share, vest in judged
            if share is not None and (share > bare if direction == "bare" else share < covered and not vest)
        )
        return {"flagged": hits, "of": len(judged), "share": round(hits / len(judged), 3) if judged else None}

    return {
        "labelled": {
            value: sum(1 for label, *_ in photos if label == value) for value in (*SHORT, THREE_QUARTER, "long")
        },
        "unread": sum(1 for _, share, _ in photos if share is None),
        "correct_long_flagged": flags(("long",), "bare"),
        "correct_short_flagged": flags(SHORT, "covered"),
        "correct_three_quarter_flagged": flags((THREE_QUARTER,), "covered"),
        "long_for_short_caught": flags(SHORT, "bare"),
        "short_for_long_caught": flags(("long",), "covered"),
        "long_for_three_quarter_caught": flags((THREE_QUARTER,), "bare"),
        "params": {"bare": bare, "covered": covered},
    }


def sleeve_lines(report: dict) -> list[str]:
    s = report["sleeves"]

    def line(label: str, key: str) -> str:
        f = s[key]
        share = "" if f["share"] is None else f"{f['share']:.0%}"
        return f"  {label:<52} {f['flagged']:>4} of {f['of']:<4} {share}"

    labelled = ", ".join(f"{value} {n}" for value, n in s["labelled"].items())
    return [
        f"sleeves_vs_pixels on labelled photos (bare > {s['params']['bare']}, covered < {s['params']['covered']}):"
        f" {labelled}; {s['unread']} with no person to read",
        line("correct answers flagged: long", "correct_long_flagged"),
        line("correct answers flagged: short or sleeveless", "correct_short_flagged"),
        line("correct answers flagged: three-quarter", "correct_three_quarter_flagged"),
        line("failures caught: long for short or sleeveless", "long_for_short_caught"),
        line("failures caught: short for long", "short_for_long_caught"),
        line("failures caught: long for three-quarter", "long_for_three_quarter_caught"),
    ]
