import json

import pytest
from click.testing import CliRunner

from enrich.cli import main

REQUIRED = {
    "items",
    "nights",
    "files",
    "queries",
    "max_ratio",
    "noop_s",
    "noop_reference_s",
    "noop_ratio",
    "peak_rss_mb",
}


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_bench_store_times_every_read_against_plain_parquet_and_a_noop_night(tmp_path):
    result = CliRunner().invoke(
        main, ["bench", "store", "--items", "60", "--nights", "2", "--out", str(tmp_path), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert REQUIRED <= set(report) and report["items"] == 60 and len(report["nights_s"]) == 3
    names = {q["name"] for q in report["queries"]}
    assert {
        "count_items",
        "count_answers",
        "group_by_color",
        "items_limit_5",
        "sku_history",
        "status",
        "audits",
    } == names
    assert all(q["enrich_s"] > 0 and q["reference_s"] > 0 for q in report["queries"])
    # 60 images stat in well under a millisecond: the reference must not round to zero (it once did)
    assert report["noop_reference_s"] > 0 and report["noop_ratio"] > 0
    assert max(report["files"].values()) <= 16 and not report["noop_started_workers"]
    assert (tmp_path / "out" / "tables" / "items" / "_delta_log").is_dir()  # --out keeps the output
