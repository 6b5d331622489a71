"""The sleeve audit's bench: labelled sleeve lengths, and the audit scored as it would judge answers."""

from __future__ import annotations

from PIL import Image

from enrich.lab.bench.colors import run_colors_bench, summary_lines
from enrich.lab.bench.sleeves import sleeve_agreement
from tests.test_sleeves import person


def test_the_audit_is_scored_as_it_would_judge_right_and_wrong_answers():
    labels = ["long", "long", "long", "short", "short", "sleeveless", "three-quarter", "short", "long", None]
    regions = ["upper", "upper", "figure", "upper", "upper", "upper", "upper", "lower", "upper", "upper"]
    arms = [0.0, 0.2, None, 0.3, 0.01, 0.02, 0.15, 0.0, 0.0, 0.5]
    titles = [None, None, None, None, None, "Knitted Vest", None, None, "Full Sleeves Shirt", None]
    report = sleeve_agreement(labels, regions, arms, titles)
    # the bottom and the unlabelled photo are left out; the flat-lay (None) counts, unflagged
    assert report["labelled"] == {"short": 2, "sleeveless": 1, "three-quarter": 1, "long": 4}
    assert report["unread"] == 1
    assert report["correct_long_flagged"] == {"flagged": 1, "of": 4, "share": 0.25}  # 0.2 is bare
    assert report["correct_short_flagged"] == {"flagged": 1, "of": 3, "share": 0.333}  # the vest is exempt
    assert report["long_for_short_caught"] == {"flagged": 1, "of": 3, "share": 0.333}
    # the full-sleeved shirt's title backs "long" only: "short" for it is judged, and its covered arms catch it
    assert report["short_for_long_caught"] == {"flagged": 2, "of": 4, "share": 0.5}
    assert report["long_for_three_quarter_caught"] == {"flagged": 1, "of": 1, "share": 1.0}
    assert report["not_applicable_caught"] == {"flagged": 7, "of": 8, "share": 0.875}  # all but the flat-lay
    assert report["params"] == {"bare": 0.12, "covered": 0.03}


def test_the_colors_bench_scores_the_bare_arms_of_labelled_photos(tmp_path):
    (tmp_path / "images").mkdir()
    lines = ["id,file,article_type,base_colour,color_group,product_name,sleeve_length"]
    for ident, sleeves in enumerate(("short", "long", "sleeveless")):
        Image.fromarray(person(sleeves, size=224)).save(tmp_path / "images" / f"{ident}.png")
        lines.append(f"{ident},images/{ident}.png,Tshirts,Red,Red,Red Tshirt,{sleeves}")
    (tmp_path / "labels.csv").write_text("\n".join(lines) + "\n")
    report = run_colors_bench(str(tmp_path / "labels.csv"), side=128, repeats=1)
    sleeves = report["sleeves"]
    assert sleeves["labelled"]["long"] == 1 and sleeves["unread"] == 0
    assert sleeves["correct_long_flagged"]["flagged"] == 0 and sleeves["correct_short_flagged"]["flagged"] == 0
    assert sleeves["long_for_short_caught"] == {"flagged": 2, "of": 2, "share": 1.0}
    assert sleeves["short_for_long_caught"] == {"flagged": 1, "of": 1, "share": 1.0}
    assert any(line.startswith("sleeves_vs_pixels on labelled photos") for line in summary_lines(report))


def test_labels_without_sleeves_report_none(tmp_path):
    (tmp_path / "images").mkdir()
    Image.fromarray(person("short", size=224)).save(tmp_path / "images" / "1.png")
    (tmp_path / "labels.csv").write_text("id,file,article_type,base_colour\n1,images/1.png,Tshirts,Red\n")
    report = run_colors_bench(str(tmp_path / "labels.csv"), side=128, repeats=1)
    assert "sleeves" not in report and not any("sleeves_vs_pixels" in line for line in summary_lines(report))
