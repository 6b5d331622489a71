"""The pattern audit's bench: titles read for their pattern, and the audit scored as it would judge answers."""

from __future__ import annotations

import pytest
from PIL import Image

from enrich.lab.bench.colors import run_colors_bench, summary_lines
from enrich.lab.bench.patterns import pattern_agreement, title_pattern
from tests.test_colors import DENIM, RED, figure
from tests.test_texture import TORSO, patterned


@pytest.mark.parametrize(
    "title, pattern",
    [
        ("Roadster Men Navy Blue Solid Round Neck T-shirt", "solid"),
        ("Scullers Women Stripes Purple Sweaters", "striped"),
        ("Peter England Men Check Black Trousers", "checked"),
        ("Ed Hardy Men Dog Print Off White Tshirts", "graphic"),
        ("Solid Shirt with Polka Dots", "dotted"),  # a pattern the title names wins over "solid"
        ("Puma Men Spine Tee Yellow Tshirts", None),  # says neither
        ("Puma Men Solid White Logo 3/4 Pants", "solid"),  # a logo is no pattern of the garment
        ("Men Blue Checkered Shirt", "checked"),
        ("Rock Stripe Dress", "striped"),
        (None, None),
    ],
)
def test_a_title_names_its_pattern_or_solid(title, pattern):
    assert title_pattern(title) == pattern


def test_the_audit_is_scored_as_it_would_judge_right_and_wrong_answers():
    titles = ["Solid Tee", "Solid Tee", "Striped Tee", "Striped Tee", "Printed Tee", "Solid Tee", "Tee"]
    regions = ["upper", "upper", "upper", "upper", "upper", "frame", "upper"]
    textures = [0.02, 0.5, 0.4, 0.01, 0.03, 0.9, 0.5]
    report = pattern_agreement(titles, regions, textures)
    assert report["titled_solid"] == 2 and report["titled_patterned"] == 3  # the frame and "Tee" left out
    assert report["correct_solid_flagged"] == {"flagged": 1, "of": 2, "share": 0.5}  # 0.5 is busy
    assert report["correct_pattern_flagged"] == {"flagged": 1, "of": 2, "share": 0.5}  # a graphic is never plain
    assert report["missed_pattern_caught"] == {"flagged": 1, "of": 3, "share": 0.333}
    assert report["invented_pattern_caught"] == {"flagged": 1, "of": 2, "share": 0.5}
    assert report["params"] == {"busy": 0.3, "plain": 0.05, "drawn": "striped|checked|dotted|floral"}


def test_the_colors_bench_scores_the_texture_of_titled_photos(tmp_path):
    (tmp_path / "images").mkdir()
    plain = figure(RED, DENIM, size=224)
    photos = {"1": ("Solid Red Tshirt", plain), "2": ("Striped Red Tshirt", patterned(plain, TORSO, "stripes"))}
    lines = ["id,file,gender,article_type,base_colour,product_name,color_group"]
    for ident, (title, pixels) in photos.items():
        Image.fromarray(pixels).save(tmp_path / "images" / f"{ident}.png")
        lines.append(f"{ident},images/{ident}.png,Men,Tshirts,Red,{title},Red")
    (tmp_path / "labels.csv").write_text("\n".join(lines) + "\n")
    report = run_colors_bench(str(tmp_path / "labels.csv"), side=128, repeats=1)
    pattern = report["pattern"]
    assert pattern["titled_solid"] == 1 and pattern["titled_patterns"]["striped"] == 1
    assert pattern["correct_solid_flagged"]["flagged"] == 0 and pattern["correct_pattern_flagged"]["flagged"] == 0
    assert pattern["missed_pattern_caught"]["flagged"] == 1 and pattern["invented_pattern_caught"]["flagged"] == 1
    assert any(line.startswith("pattern_vs_pixels on titled photos") for line in summary_lines(report))
