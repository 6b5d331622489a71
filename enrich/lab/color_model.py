"""The pixel color namer (enrich/colors.py's model): trained on labelled real photos, cross-validated.

Each labelled photo gives the pixels colors.product_pixels keeps for its garment type (from the seller's
category through the seller map), all labelled with the seller's color mapped to a palette name: weak labels,
since prints, shadows and the odd other garment come along. A softmax over cubic CIELAB features (20 x 13
weights) is fitted to them, each photo weighing the same and each color the same in total, plus the palette's
anchors as extra photos so that saturated colors the real set lacks keep their names. Fitting is deterministic
(a fixed pixel sample, fixed Adam steps): the same data give the same weights.

    python -m enrich.lab.color_model --data ../shared/realphotos/myntra/labels.csv \\
        --seller-map jobs/seller_map_myntra.toml --folds 5 --out enrich/assets/color_model.json

prints the k-fold cross-validated agreement (each photo named by a model that never saw it) and writes the
model trained on every photo, with those figures. docs/colors.md has the figures.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from enrich import EnrichError
from enrich.colors import PALETTE, color_shares, lab_features, product_pixels
from enrich.config import FetchPolicy, default_questionnaire
from enrich.fetch import read_bytes
from enrich.figure import region_of, to_lab
from enrich.images import decode
from enrich.questionnaire import load_questionnaire
from enrich.records import ImageFailure
from enrich.seller import SellerMap, load_seller_map

NAMES = list(PALETTE)
GROUP_OF = {name: "Blue" if name == "navy" else name.capitalize() for name in NAMES}  # 13 names, 12 groups
GROUPS = list(dict.fromkeys(GROUP_OF.values()))
PIXELS_PER_PHOTO = 300
STEPS, LEARNING_RATE, L2 = 400, 0.1, 1e-3
ANCHOR_PHOTOS = 1.0  # the palette's anchors weigh as much as this many photos of each color
MAX_SIDE, MAX_PIXELS = 4096, 64_000_000  # a labelled photo is read at its own size up to this, as a run bounds it


@dataclass(frozen=True)
class LabelledPhoto:
    id: str
    path: Path
    garment: str | None  # the questionnaire's garment_type when the seller's category maps, else the seller's word
    color: str | None  # the seller's color as a palette name, None when unmapped
    group: str | None  # the label's color group (the labels' color_group, else the mapped color's group)
    title: str | None = None  # the seller's title (product_name, or a catalog's title): it may name a pattern
    sleeves: str | None = None  # the sleeve length the photo shows (a `sleeve_length` column), when labelled
    worn_with: str | None = None  # the color group of the garment worn with it (`worn_with_group`), or none
    seller_color: str | None = None  # the label's color as written (base_colour): said when it has no group


SLEEVE_LABELS = ("long", "three-quarter", "short", "sleeveless")
NO_SLEEVES = "not applicable"  # the questionnaire's sleeve_length of a bottom


def read_labels(path: str | Path, seller_map: SellerMap | None = None) -> list[LabelledPhoto]:
    """A labelled set: the realphotos layout (id, file, article_type, base_colour[, color_group]) or a catalog
    CSV (sku, image, color[, category]); paths relative to the CSV's folder. A group that is none of the 12, a
    row without a file and an id twice are refused with their line: a typo would move the bench's figures."""
    path = Path(path)
    if not path.is_file():
        raise EnrichError(f"labels not found: {path}")
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            # each row with the file's line it ends on: blank lines and a quoted line break count too
            columns, rows = set(reader.fieldnames or ()), [(reader.line_num, row) for row in reader]
    except (UnicodeDecodeError, csv.Error) as exc:
        raise EnrichError(f"{path}: not a UTF-8 CSV ({exc})") from None
    if {"id", "file", "article_type", "base_colour"} <= columns:
        keys = ("id", "file", "article_type", "base_colour")
    elif {"sku", "image", "color"} <= columns:
        keys = ("sku", "image", "category", "color")
    else:
        raise EnrichError(f"{path}: expected columns id, file, article_type, base_colour (or sku, image, color)")
    if not rows:
        raise EnrichError(f"{path}: no photos, only a header")
    seller_map = seller_map or load_seller_map(None, load_questionnaire(default_questionnaire()))
    photos, lines = [], {}
    for line, row in rows:
        row[keys[0]] = (row.get(keys[0]) or "").strip()  # as a catalog reads its skus: "A " is "A"
        if not row[keys[0]]:
            raise EnrichError(f"{path} line {line}: no {keys[0]}")
        photo = _photo(row, keys, path.parent, seller_map)
        if not (row.get(keys[1]) or "").strip():
            raise EnrichError(f"{path} line {line}: no {keys[1]}")
        if photo.id in lines:
            raise EnrichError(f"{path} line {line}: {keys[0]} {photo.id} again (line {lines[photo.id]})")
        for column, value in (("color_group", photo.group), ("worn_with_group", photo.worn_with)):
            if value and value not in GROUPS and not (column == "worn_with_group" and value == "none"):
                allowed = ", ".join(GROUPS + (["none"] if column == "worn_with_group" else []))
                raise EnrichError(f"{path} line {line}: {column} {value!r} is none of {allowed}")
        if photo.sleeves and photo.sleeves not in SLEEVE_LABELS:  # a typo would move the sleeve figures
            raise EnrichError(
                f"{path} line {line}: sleeve_length {photo.sleeves!r} is none of {', '.join(SLEEVE_LABELS)} "
                f"(or {NO_SLEEVES}: none)"
            )
        lines[photo.id] = line
        photos.append(photo)
    return photos


def _photo(row: dict, keys: tuple[str, ...], folder: Path, seller_map: SellerMap) -> LabelledPhoto:
    ident, file, category, color = (row.get(k) or None for k in keys)
    garment = seller_map.canonical("garment_type", category) or category
    name = seller_map.canonical("color", color)
    if name is None and color and color.strip().lower() in PALETTE:
        name = color.strip().lower()
    group = row.get("color_group") or (GROUP_OF[name] if name in GROUP_OF else None)
    title = row.get("product_name") or row.get("title") or None
    sleeves, worn_with = row.get("sleeve_length") or None, row.get("worn_with_group") or None
    if sleeves == NO_SLEEVES:  # a bottom's: no sleeve label (`enrich render` writes it for every skirt and jeans)
        sleeves = None
    return LabelledPhoto(
        str(ident), folder / (file or ""), garment, name, group or None, title, sleeves, worn_with, color
    )


PHOTO_POLICY = FetchPolicy(max_bytes=2**30)  # a studio TIFF of a labelled set may well pass a run's 32 MiB


def load_pixels(photo: LabelledPhoto, side: int | None = None) -> np.ndarray:
    """The photo as RGB uint8, optionally resized to side x side (the bench times at 512 px), decoded as a run
    decodes it (enrich/images.py: a decompression bomb, a truncated or unknown file is an error, not a crash)."""
    try:
        # as a run reads a local image: a FIFO or device named in the labels is refused, never read (it hung)
        pixels = decode(read_bytes(str(photo.path), PHOTO_POLICY), MAX_SIDE, MAX_PIXELS)
    except OSError as exc:
        raise EnrichError(f"cannot read {photo.path}: {exc.strerror or exc}") from None
    except ImageFailure as failure:
        raise EnrichError(f"cannot read {photo.path}: {failure.code}: {failure.message}") from None
    if not side:
        return pixels
    return np.asarray(Image.fromarray(pixels).resize((side, side), Image.Resampling.BICUBIC))


def training_pixels(photos: list[LabelledPhoto]) -> list[np.ndarray]:
    """Each photo's product pixels (CIELAB), an even sample of at most PIXELS_PER_PHOTO."""
    sampled = []
    for photo in photos:
        lab = product_pixels(load_pixels(photo), region_of(photo.garment))
        sampled.append(lab[:: max(1, len(lab) // PIXELS_PER_PHOTO)][:PIXELS_PER_PHOTO])
    return sampled


def anchor_pixels() -> list[tuple[np.ndarray, int]]:
    """Each palette anchor under the shading and noise a render has, as (CIELAB pixels, name index)."""
    rng = np.random.default_rng(0)
    shade = np.linspace(0.8, 1.1, 30)[:, None]
    out = []
    for index, anchors in enumerate(PALETTE.values()):
        rgb = np.concatenate([np.asarray(anchor, dtype=np.float32) * shade for anchor in anchors])
        out.append((to_lab(np.clip(rgb + rng.normal(0, 4, rgb.shape), 0, 255).astype(np.uint8)), index))
    return out


def fit(pixels: list[np.ndarray], labels: list[int]) -> np.ndarray:
    """Softmax weights (20 x 13) for these labelled pixel sets and the palette's anchors; deterministic."""
    sets = [(lab, label, 1.0) for lab, label in zip(pixels, labels) if len(lab)]
    sets += [(lab, label, ANCHOR_PHOTOS) for lab, label in anchor_pixels()]
    per_color = np.zeros(len(NAMES))
    for _, label, weight in sets:
        per_color[label] += weight
    features = np.concatenate([lab_features(lab) for lab, _, _ in sets])
    targets = np.concatenate([np.full(len(lab), label) for lab, label, _ in sets])
    # each photo weighs the same, spread over its pixels; each color weighs the same in total
    weights = np.concatenate([np.full(len(lab), w / (len(lab) * per_color[label])) for lab, label, w in sets])
    return _adam(features, targets, weights)


def _adam(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    x, w = x.astype(np.float64), w / w.sum()
    onehot = np.eye(len(NAMES))[y]
    theta = np.zeros((x.shape[1], len(NAMES)))
    m, v = np.zeros_like(theta), np.zeros_like(theta)
    for step in range(1, STEPS + 1):
        z = x @ theta
        p = np.exp(z - z.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        grad = x.T @ ((p - onehot) * w[:, None]) + L2 * theta
        m, v = 0.9 * m + 0.1 * grad, 0.999 * v + 0.001 * grad**2
        theta -= LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return theta.astype(np.float32)


def cross_validate(photos: list[LabelledPhoto], folds: int, pixels: list[np.ndarray] | None = None) -> list[list]:
    """Each labelled photo's ranked [(name, share)] from a model fitted on the other folds (fixed shuffle); None for
    a photo whose color is no palette name (a group label alone), which no fold can learn or be scored on."""
    usable = [i for i, photo in enumerate(photos) if photo.color in PALETTE]
    if folds < 2:  # one fold holds every photo: each named by a model of the palette's anchors alone
        raise EnrichError(f"cross-validation needs 2 folds at least, not {folds}")
    if len(usable) < 2 * folds:  # more folds than photos named each by the palette's anchors alone: no figure
        raise EnrichError(
            f"{folds}-fold cross-validation needs {2 * folds} photos with a color at least, not {len(usable)}"
        )
    pixels = pixels if pixels is not None else training_pixels(photos)
    order = np.random.default_rng(0).permutation(usable)
    found: list[list | None] = [None for _ in photos]
    for fold in range(folds):
        held = set(order[fold::folds].tolist())
        train = [i for i in usable if i not in held]
        theta = fit([pixels[i] for i in train], [NAMES.index(photos[i].color) for i in train])
        for i in held:
            found[i] = list(color_shares(pixels[i], theta))
    return found


def train_model(photos: list[LabelledPhoto], source: Path) -> dict:
    """The model trained on every usable photo, as written to enrich/assets/color_model.json."""
    usable = [p for p in photos if p.color in PALETTE]
    theta = fit(training_pixels(usable), [NAMES.index(p.color) for p in usable])
    return {
        "names": NAMES,
        "features": "1 and the monomials of (L/50-1, a/40, b/40) up to degree 3, colors.lab_features",
        "weights": np.round(theta.astype(np.float64), 5).tolist(),
        "trained_on": {"labels": source.name, "sha256": hashlib.sha256(source.read_bytes()).hexdigest()},
        "photos": len(usable),
    }


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m enrich.lab.color_model", description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, help="labels CSV (the realphotos layout)")
    parser.add_argument("--seller-map", help="maps the labels' article_type and base_colour (a seller map TOML)")
    parser.add_argument("--folds", type=int, default=5, help="k-fold cross-validation first (0: none; else 2 or more)")
    parser.add_argument("--out", help="write the model trained on every photo here")
    args = parser.parse_args(argv)
    if args.folds < 0 or args.folds == 1:
        parser.error(f"--folds {args.folds}: 0 (no cross-validation) or 2 and more")
    try:
        _train(args)
    except EnrichError as exc:  # one line, as the CLI says a user's error
        raise SystemExit(f"Error: {exc}") from None


def _train(args) -> None:
    from enrich.lab.bench.colors import agreement, readable_photos

    questionnaire = load_questionnaire(default_questionnaire())
    photos, unreadable = readable_photos(read_labels(args.data, load_seller_map(args.seller_map, questionnaire)))
    for ident, reason in unreadable.items():  # left out, as the bench leaves them out
        print(f"left out, unreadable: {ident}: {reason}", file=sys.stderr)
    model = {}
    if args.folds:
        report = agreement(photos, cross_validate(photos, args.folds))
        keys = ("images", "top1", "top2", "label_color_absent")
        model["cross_validation"] = {"folds": args.folds, **{k: report[k] for k in keys}}
        print(json.dumps(model["cross_validation"]))
    if args.out:
        Path(args.out).write_text(json.dumps({**train_model(photos, Path(args.data)), **model}) + "\n")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
