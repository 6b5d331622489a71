"""`enrich bench colors`: pixel colors against a labelled set of real photos, and their cost on one core.

Each photo's garment type comes from its seller category through the seller map (the seller's own word when
unmapped: enrich/colors.py knows kurtas and tops), which chooses the region; its label is the seller's color
group. Predicted names are scored in the same 12 groups (navy is Blue), a group's share being the sum of its
names' shares: top-1 is the largest group, top-2 the two largest. Timing is on images resized to `side` px,
on one core, as the budget is stated (the texture included: it comes with the colors). The pixel texture's
audit is scored against the patterns the titles name, on every photo at its own size
(enrich/lab/bench/patterns.py), and the bare arms' audit against the labels' sleeve lengths when they have them
(enrich/lab/bench/sleeves.py), and the colors of the garment worn with the product against the labels' color of it
(enrich/lab/bench/worn_with.py). With `folds`, the learned namer is also cross-validated: each photo named by a
model fitted without it (enrich/lab/color_model.py), the figure that says how it generalizes.
"""

from __future__ import annotations

import os
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from enrich import EnrichError
from enrich.colors import product_colors
from enrich.figure import region_of
from enrich.lab.bench.patterns import pattern_agreement, pattern_lines
from enrich.lab.bench.sleeves import sleeve_agreement, sleeve_lines
from enrich.lab.bench.worn_with import worn_with_agreement, worn_with_lines
from enrich.lab.color_model import GROUP_OF, GROUPS, LabelledPhoto, cross_validate, load_pixels, read_labels

ABSENT_MIN_SHARE = 0.1  # queries/pixel_color_absent.sql's min_share


def run_colors_bench(labels: str, seller_map=None, side: int = 512, repeats: int = 3, folds: int = 0) -> dict:
    labelled, unreadable = readable_photos(read_labels(labels, seller_map))
    photos = [p for p in labelled if p.group]
    if not photos:
        why = "; ".join(f"{ident}: {reason}" for ident, reason in list(unreadable.items())[:3])
        raise EnrichError(
            f"{labels}: no readable photo with a color label (color_group, or a color the seller map knows)"
            + (
                f"; {len(unreadable)} unreadable, e.g. {why} (files are read relative to the CSV's folder, and "
                "URLs are not fetched)"
                if unreadable
                else ""
            )
        )
    found, timings = _timed(photos, side, repeats)
    report = {"data": str(labels), "side_px": side, **_timing(timings), **agreement(photos, found)}
    report["regions"] = dict(Counter(region_of(p.garment) for p in photos))
    report["left_out"] = {  # never silently: a photo that cannot be read, a color with no group (Multi, Gold)
        "unreadable": unreadable,
        "no_color_group": dict(Counter(p.seller_color or "(none)" for p in labelled if not p.group)),
    }
    # the audits' evidence, on every photo (a Multi color label too) at its own size: scaling up blurs edges
    read = [product_colors(load_pixels(photo), photo.garment) for photo in labelled]
    report["pattern"] = pattern_agreement(
        [p.title for p in labelled], [r.region for r in read], [r.texture for r in read]
    )
    if any(photo.sleeves for photo in labelled):
        sleeves = [photo.sleeves for photo in labelled]
        titles = [photo.title for photo in labelled]
        report["sleeves"] = sleeve_agreement(sleeves, [r.region for r in read], [r.bare_arms for r in read], titles)
    if any(photo.worn_with for photo in labelled):
        report["worn_with"] = worn_with_agreement(labelled, [r.other_colors for r in read])
    if folds:
        named = cross_validate(photos, folds)
        cv = agreement(photos, named)  # over the photos the folds named: a group label alone teaches no name
        keys = ("images", "top1", "top2", "per_group", "label_color_absent")
        report["cross_validation"] = {"folds": folds, **{k: cv[k] for k in keys}}
        report["cross_validation"]["left_out"] = sum(colors is None for colors in named)
    return report


def readable_photos(photos: list[LabelledPhoto]) -> tuple[list[LabelledPhoto], dict[str, str]]:
    """The photos that decode, and why each other one is left out (by id). None is kept decoded: a labelled set of
    full-size photos would not fit in memory."""
    readable, unreadable = [], {}
    for photo in photos:
        try:
            load_pixels(photo)
        except EnrichError as exc:
            unreadable[photo.id] = str(exc)
            continue
        readable.append(photo)
    return readable, unreadable


def _timed(photos: list[LabelledPhoto], side: int, repeats: int) -> tuple[list, list[float]]:
    """Each photo's colors and the CPU time they cost at `side` px, one photo decoded at a time (a labelled set of
    full-size photos, all held at once, took 2.5 GB at 1536 px). CPU time of this thread, on one core where the
    system can pin it: as the budget is stated, and not the time another process takes on that core."""
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None  # Linux only
    if cores:
        os.sched_setaffinity(0, {min(cores)})
    try:
        found, timings = [], []
        for photo in photos:
            pixels = load_pixels(photo, side)
            found.append(list(product_colors(pixels, photo.garment).colors))  # also the warm-up
            started = time.thread_time()
            for _ in range(repeats):
                product_colors(pixels, photo.garment)
            timings.append((time.thread_time() - started) * 1000 / repeats)
    finally:
        if cores:
            os.sched_setaffinity(0, cores)
    return found, timings


def _timing(timings: list[float]) -> dict:
    return {"ms_per_image_median": round(float(np.median(timings)), 2), "ms_per_image_max": round(max(timings), 2)}


def ranked_groups(colors: list[tuple[str, float]]) -> list[str]:
    """The color groups of [(name, share)], largest summed share first."""
    totals: dict[str, float] = defaultdict(float)
    for name, share in colors:
        totals[GROUP_OF[name]] += share
    return sorted(totals, key=lambda group: -totals[group])


def agreement(photos: list[LabelledPhoto], found: list[list[tuple[str, float]]]) -> dict:
    """Top-1 and top-2 over color groups, per group and overall, and the confusion of label x top-1 group."""
    per_group: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    confusion: dict[str, Counter] = defaultdict(Counter)
    absent = [  # what pixel_color_absent (min_share 0.1) would flag if the answer were the seller's color
        photo.color not in {name for name, share in colors if share >= ABSENT_MIN_SHARE}
        for photo, colors in zip(photos, found)
        if photo.group and photo.color and colors is not None
    ]
    for photo, colors in zip(photos, found):
        if not photo.group or colors is None:  # (None: a photo a cross-validation could not name)
            continue
        groups = ranked_groups(colors)
        counts = per_group[photo.group]
        counts[0] += 1
        counts[1] += groups[:1] == [photo.group]
        counts[2] += photo.group in groups[:2]
        confusion[photo.group][groups[0] if groups else "none"] += 1
    images = sum(c[0] for c in per_group.values())
    return {
        "images": images,
        "top1": round(sum(c[1] for c in per_group.values()) / images, 3),
        "top2": round(sum(c[2] for c in per_group.values()) / images, 3),
        "per_group": {
            g: {"images": c[0], "top1": round(c[1] / c[0], 3), "top2": round(c[2] / c[0], 3)}
            for g, c in sorted(per_group.items())
        },
        "confusion": {label: dict(row) for label, row in sorted(confusion.items())},
        "label_color_absent": round(sum(absent) / max(1, len(absent)), 3),
    }


def summary_lines(report: dict) -> list[str]:
    lines = [
        f"pixel colors on {report['images']} labelled photos ({Path(report['data']).name}) at {report['side_px']} px,"
        f" one core: {report['ms_per_image_median']} ms/image median ({report['ms_per_image_max']} max)",
        f"regions: {', '.join(f'{r} {n}' for r, n in sorted(report['regions'].items()))}",
        *_left_out_lines(report["left_out"]),
        "",
    ]
    cv = report.get("cross_validation")
    header = f"{'group':<8} {'images':>6} {'top-1':>6} {'top-2':>6}"
    lines.append(header + (f"   {cv['folds']}-fold CV: {'top-1':>6} {'top-2':>6}" if cv else ""))
    rows = [(g, s, cv["per_group"].get(g) if cv else None) for g, s in report["per_group"].items()]
    overall = {"images": report["images"], "top1": report["top1"], "top2": report["top2"]}
    for group, s, c in [*rows, ("overall", overall, cv)]:
        line = f"{group:<8} {s['images']:>6} {s['top1']:>6.0%} {s['top2']:>6.0%}"
        lines.append(line + (f"   {'':>11}{c['top1']:>6.0%} {c['top2']:>6.0%}" if c else ""))
    absent = f"the label's color under {ABSENT_MIN_SHARE:.0%} of the pixels: {report['label_color_absent']:.0%}"
    lines += ["", absent + (f" ({cv['label_color_absent']:.0%} cross-validated)" if cv else "")]
    if cv and cv["left_out"]:
        lines.append(
            f"cross-validated over {cv['images']} photos: {cv['left_out']} with a group but no color of the palette "
            "(a group label alone) teach the namer nothing, and are left out of it"
        )
    lines += ["", *confusion_lines(report["confusion"]), "", *pattern_lines(report)]
    lines += ["", *sleeve_lines(report)] if "sleeves" in report else []
    return lines + (["", *worn_with_lines(report)] if "worn_with" in report else [])


def _left_out_lines(left_out: dict) -> list[str]:
    lines = []
    if left_out["no_color_group"]:
        colors = ", ".join(f"{color} {n}" for color, n in sorted(left_out["no_color_group"].items()))
        lines.append(f"left out of the colors, no color group: {colors}")
    for ident, reason in left_out["unreadable"].items():
        lines.append(f"left out, unreadable: {ident}: {reason}")
    return lines


def confusion_lines(confusion: dict[str, dict[str, int]]) -> list[str]:
    predicted = [g for g in [*GROUPS, "none"] if any(g in row for row in confusion.values())]
    lines = ["confusion (rows: the label's group, columns: the top-1 group)"]
    lines.append(f"{'':<8}" + "".join(f"{g[:6]:>7}" for g in predicted))
    for label, row in confusion.items():
        lines.append(f"{label:<8}" + "".join(f"{row.get(g, 0) or '.':>7}" for g in predicted))
    return lines
