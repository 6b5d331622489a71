"""The `sleeves_vs_pixels` audit on labelled real photos: `enrich bench colors` scores the bare arms against the
labels' `sleeve_length` column (jobs/labels_myntra_garments.csv: what two viewers agree each photo shows).

The audit is scored with its shipped parameters (queries/sleeves_vs_pixels.sql), as if a model had answered:
- the label, answered: a correct answer, flagged when it is long and the arms are over `bare`, or it is short,
  three-quarter or sleeveless and they are under `covered`;
- "long" for a photo labelled short or sleeveless (the template's habit): caught over `bare`;
- "short" for a photo labelled long: caught under `covered`;
- "long" for a photo labelled three-quarter (rolled-up sleeves): caught over `bare` ("short" for one is not told
  from the right answer: both leave part of the forearm bare);
- "not applicable" (the value for bottoms) for any of them: caught wherever the share is read (a person wears it).

An answer the title gives too ("Half Sleeves" for short) is not judged, and a title that names a sleeveless garment
("Knitted Vest") exempts covered arms, as in the audit; its exemption for a layer that a text names over the
product cannot be scored here (the labelled photos have no texts).

Every labelled photo of a top or a whole figure counts, read or not: a photo with no person (a flat-lay) has no
bare-arm share and is never flagged, and that is part of what the audit misses. Bottoms are left out.
"""

from __future__ import annotations

import re

from enrich.audit import load_audits
from enrich.config import bundled_queries_dir
from enrich.lab.bench.flags import flagged_line, flagged_of

SHORT = ("short", "sleeveless")
THREE_QUARTER = "three-quarter"
LONG = "long"
NOT_APPLICABLE = "not applicable"  # the value for bottoms
JUDGED_REGIONS = ("upper", "figure")


def sleeve_agreement(
    labels: list[str | None], regions: list[str], arms: list[float | None], titles: list[str | None]
) -> dict:
    """How the audit would judge right and wrong sleeve answers for these photos (module docstring), with its
    exceptions that a title can make: an answer the title gives too is not judged, and covered arms are not
    judged where the title names a sleeveless garment (a knitted vest)."""
    params = load_audits(bundled_queries_dir(), ("sleeves_vs_pixels",))[0].params
    flagged = _judge(params)
    photos = [
        (label, share, (title or "").lower())
        for label, region, share, title in zip(labels, regions, arms, titles)
        if label and region in JUDGED_REGIONS
    ]

    def flags(wanted: tuple[str, ...], answer: str | None = None) -> dict:
        judged = [(answer or label, share, title) for label, share, title in photos if label in wanted]
        hits = sum(1 for judgement in judged if flagged(*judgement))
        return flagged_of(hits, len(judged))

    return {
        "labelled": {
            value: sum(1 for label, *_ in photos if label == value) for value in (*SHORT, THREE_QUARTER, LONG)
        },
        "unread": sum(1 for _, share, _ in photos if share is None),
        "correct_long_flagged": flags((LONG,)),
        "correct_short_flagged": flags(SHORT),
        "correct_three_quarter_flagged": flags((THREE_QUARTER,)),
        "long_for_short_caught": flags(SHORT, LONG),
        "short_for_long_caught": flags((LONG,), "short"),
        "long_for_three_quarter_caught": flags((THREE_QUARTER,), LONG),
        "not_applicable_caught": flags((*SHORT, THREE_QUARTER, LONG), NOT_APPLICABLE),
        "params": {"bare": float(params["bare"]), "covered": float(params["covered"])},
    }


def _judge(params: dict):
    """flagged(answer, share, title): the audit's verdict on one answer, as queries/sleeves_vs_pixels.sql gives
    it from the photo's share and its title (the texts' layers aside: a labelled photo has no texts)."""
    bare, covered = float(params["bare"]), float(params["covered"])
    gives = {
        value: re.compile(rf"\b(?:{params['title_' + value.replace('-', '_')]})\b")
        for value in (LONG, "short", THREE_QUARTER, "sleeveless")
    }
    vest = re.compile(rf"\b(?:{params['sleeveless_garments']})\b")

    def flagged(answer: str, share: float | None, title: str) -> bool:
        if share is None or answer == NOT_APPLICABLE:
            return share is not None  # a top or a whole figure on a person has sleeves, or none
        if gives[answer].search(title):
            return False
        return share > bare if answer == LONG else share < covered and not vest.search(title)

    return flagged


def sleeve_lines(report: dict) -> list[str]:
    s = report["sleeves"]

    def line(label: str, key: str) -> str:
        return flagged_line(label, s[key])

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
        line("failures caught: not applicable (a bottom's value)", "not_applicable_caught"),
    ]
