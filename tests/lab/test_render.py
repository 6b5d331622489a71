"""The synthetic apparel renderer: deterministic, covering, labelled, and agreeing with pixel evidence."""

from __future__ import annotations

import csv

import numpy as np

from enrich.colors import PALETTE, dominant_colors
from enrich.lab.describe import COLORS_PT, GARMENTS, PATTERNS_PT
from enrich.lab.render import CATEGORY, COLUMNS, OPEN, render, write_catalog


def test_a_seed_always_gives_the_same_render():
    first, again = render(11), render(11)
    assert np.array_equal(np.asarray(first.image), np.asarray(again.image))
    assert first.caption_en == again.caption_en and first.caption_pt == again.caption_pt
    assert not np.array_equal(np.asarray(render(12).image), np.asarray(first.image))


def test_renders_cover_every_type_color_pattern_and_sleeve_length():
    shots = [render(seed) for seed in range(600)]
    assert {s.garment_type for s in shots} == set(GARMENTS) and len(GARMENTS) >= 10
    assert {s.color for s in shots} == set(PALETTE) == set(COLORS_PT) and len(PALETTE) >= 12
    assert {s.pattern for s in shots} == set(PATTERNS_PT) == {"solid", "striped", "checked", "dotted"}
    assert {s.sleeve_length for s in shots} == {None, "sleeveless", "short", "long"}


def test_labels_captions_and_portuguese_agree():
    for seed in range(200):
        shot = render(seed)
        assert shot.color in shot.caption_en and shot.garment_type in shot.caption_en
        assert GARMENTS[shot.garment_type][0] in shot.caption_pt
        assert COLORS_PT[shot.color][int(GARMENTS[shot.garment_type][1])] in shot.caption_pt
        answers = shot.answers
        assert answers["garment_type"] == shot.garment_type
        assert answers["sleeve_length"] == (shot.sleeve_length or "not applicable")
        assert set(OPEN) <= set(answers) and all(answers[q] and shot.open_answers[q][1] for q in OPEN)
        assert shot.image.size == (224, 224) and shot.image.mode == "RGB"
    assert render(5).caption_en.startswith("a product photo of ")


def test_solid_renders_show_their_color_in_the_pixels():
    solid = [s for s in (render(seed) for seed in range(300)) if s.pattern == "solid"][:40]
    hits = sum(s.color in [c for c, _ in dominant_colors(np.asarray(s.image))] for s in solid)
    assert hits >= 0.95 * len(solid)


def test_a_catalog_of_renders_with_every_label(tmp_path):
    rows = write_catalog(tmp_path, 6, seed=3)
    with (tmp_path / "catalog.csv").open() as handle:
        written = list(csv.DictReader(handle))
    assert written == [{k: str(v) for k, v in row.items()} for row in rows]
    assert list(written[0]) == COLUMNS
    assert all((tmp_path / row["image"]).is_file() for row in rows)
    assert all(row["category"] == CATEGORY[row["garment_type"]] for row in rows)
    assert {r["sku"] for r in write_catalog(tmp_path / "other", 6, seed=4)}.isdisjoint({r["sku"] for r in rows})


def test_pinned_attributes_are_rendered_and_the_rest_stays_random():
    shot = render(3, garment="jeans", color="navy", pattern="checked")
    assert (shot.garment_type, shot.color, shot.pattern) == ("jeans", "navy", "checked")
    assert shot.answers["material"] == "denim" and "navy checked jeans" in shot.caption_en
    assert render(3).caption_en == render(3).caption_en != render(4).caption_en
