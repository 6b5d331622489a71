"""The README's main command: `enrich run` on sample_catalog/ with every embedded default, local Ray.

The demo model must really answer: garment type and color agree with the catalog for at least 90% of the
valid items whose metadata the seller got right (sample_catalog/build.py plants a few mistakes).
"""

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from enrich.sql import query

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "sample_catalog" / "catalog.csv"
pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]
CATEGORY_OF = {
    "T-Shirts": "t-shirt",
    "Tank Tops": "tank top",
    "Shirts": "shirt",
    "Sweaters": "sweater",
    "Jackets": "jacket",
    "Dresses": "dress",
    "Skirts": "skirt",
    "Jeans": "jeans",
    "Trousers": "trousers",
    "Shorts": "shorts",
}


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "out"
    command = [sys.executable, "-m", "enrich.cli", "run", "--catalog", str(CATALOG), "--out", str(out), "--no-progress"]
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(command, capture_output=True, text=True, timeout=240, env=env, start_new_session=True)
    assert done.returncode == 0, done.stderr
    assert "starting a local Ray" in done.stderr
    return out


def _catalog() -> list[dict]:
    with CATALOG.open() as handle:
        return list(csv.DictReader(handle))


def test_every_item_has_a_row_and_bad_inputs_their_error_code(sample_run):
    _, rows = query(sample_run, "select sku, status, error_code from items")
    assert {r[0] for r in rows} == {row["sku"] for row in _catalog()}
    errors = {sku: code for sku, status, code in rows if status == "error"}
    assert errors == {
        "BAD-truncated": "truncated_image",
        "BAD-empty": "empty_file",
        "BAD-not-an-image": "unidentified_image",
        "BAD-bomb": "decompression_bomb",
        "BAD-icon": "unsupported_format",
        "BAD-pixel": "bad_dimensions",
        "BAD-missing": "missing_file",
    }


def test_the_demo_model_agrees_with_the_sellers_metadata(sample_run):
    sys.path.insert(0, str(ROOT / "sample_catalog"))
    from build import SELLER_MISTAKES

    _, answers = query(
        sample_run, "select sku, question_id, answer_en from answers where question_id in ('garment_type', 'color')"
    )
    said = {(sku, question): answer for sku, question, answer in answers}
    catalog = [row for row in _catalog() if row["category"]]
    for question, truth in (("garment_type", lambda r: CATEGORY_OF[r["category"]]), ("color", lambda r: r["color"])):
        field = "category" if question == "garment_type" else "color"
        honest = [row for row in catalog if field not in SELLER_MISTAKES.get(row["sku"], {})]
        agree = [said.get((row["sku"], question)) == truth(row) for row in honest]
        assert len(honest) >= 40 and sum(agree) >= 0.9 * len(honest), (question, sum(agree), len(honest))
    _, translated = query(
        sample_run, "select count(*) filter (where caption_pt is not null), count(*) from items where status = 'ok'"
    )
    assert translated[0][0] == translated[0][1]  # the demo translator fills every caption_pt


def test_the_audits_find_the_planted_seller_mistakes(sample_run):
    from enrich.accuracy import accuracy
    from enrich.audit import load_audits, run_audits
    from enrich.config import bundled_queries_dir

    sys.path.insert(0, str(ROOT / "sample_catalog"))
    from build import SELLER_MISTAKES

    results = run_audits(
        sample_run, load_audits(bundled_queries_dir(), ("seller_color_mismatch", "seller_category_mismatch"))
    )
    flagged = {(r.audit.name, f.sku) for r in results for f in r.findings}
    planted = {
        ("seller_color_mismatch" if "color" in wrong else "seller_category_mismatch", sku)
        for sku, wrong in SELLER_MISTAKES.items()
    }
    assert planted <= flagged
    scores = accuracy(sample_run, ROOT / "sample_catalog" / "golden.csv")  # the renderer's truth, all 45 valid items
    assert scores["garment_type"]["labelled"] == 45 and scores["garment_type"]["accuracy"] >= 0.9
    assert scores["color"]["accuracy"] >= 0.9
