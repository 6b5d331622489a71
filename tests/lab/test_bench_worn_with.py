"""The bench of the garment worn with the product: its pixels scored against labels, and the audit as it would
judge right answers and the one-color failure."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from enrich.lab.bench.colors import run_colors_bench, summary_lines
from enrich.lab.bench.worn_with import worn_with_agreement
from enrich.lab.color_model import LabelledPhoto
from tests.test_colors import DENIM, RED, figure


def photo(color: str, group: str, worn_with: str | None) -> LabelledPhoto:
    return LabelledPhoto("1", Path("x.png"), "t-shirt", color, group, worn_with=worn_with)


def test_the_pixels_and_the_audit_are_scored_against_the_labels():
    photos = [
        photo("red", "Red", "Blue"),  # read right: the red answer for the jeans is caught
        photo("red", "Red", "Blue"),  # read as black: the right answer (blue) is flagged, the red one caught
        photo("navy", "Blue", "Blue"),  # navy for navy-ish jeans: no failure to plant, blue not flagged
        photo("red", "Red", "Black"),  # not read: counts, never flagged
        photo("red", "Red", "none"),  # no other garment shows: left out, but read
        photo("red", "Red", None),  # not labelled
    ]
    colors = [
        (("blue", 0.6), ("navy", 0.3)),
        (("black", 0.9),),
        (("navy", 0.8),),
        (),
        (("grey", 1.0),),
        (("blue", 1.0),),
    ]
    report = worn_with_agreement(photos, colors)
    assert report["shown"] == 4 and report["read"] == 3 and report["not_shown_read"] == 1
    assert report["top1"] == 0.667 and report["top2"] == 0.667
    assert report["correct_flagged"] == {"flagged": 1, "of": 4, "share": 0.25}
    assert report["product_color_caught"] == {"flagged": 2, "of": 3, "share": 0.667}
    assert report["params"] == {"min_share": 0.1}


def test_the_colors_bench_scores_the_garment_worn_with_the_product(tmp_path):
    (tmp_path / "images").mkdir()
    Image.fromarray(figure(RED, DENIM, size=224)).save(tmp_path / "images" / "1.png")
    Image.fromarray(figure(RED, DENIM, size=224, crop=0.5)).save(tmp_path / "images" / "2.png")
    (tmp_path / "labels.csv").write_text(
        "id,file,article_type,base_colour,worn_with_group\n"
        "1,images/1.png,Tshirts,Red,Blue\n"
        "2,images/2.png,Jeans,Blue,Red\n"
    )
    report = run_colors_bench(str(tmp_path / "labels.csv"), side=128, repeats=1)
    worn = report["worn_with"]
    assert worn["shown"] == 2 and worn["read"] == 2 and worn["top1"] == 1.0
    assert worn["correct_flagged"]["flagged"] == 0 and worn["product_color_caught"] == {
        "flagged": 2,
        "of": 2,
        "share": 1.0,
    }
    assert any(line.startswith("garment_color_vs_pixels") for line in summary_lines(report))
