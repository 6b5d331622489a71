"""The README's main command: `enrich run` on sample_catalog/ with every embedded default, local Ray."""

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from enrich.sql import query

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def test_sample_catalog_runs_with_the_embedded_defaults(tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "enrich.cli", "run", "--catalog", str(ROOT / "sample_catalog" / "catalog.csv"),
               "--out", str(out), "--no-progress"]  # fmt: skip
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(command, capture_output=True, text=True, timeout=240, env=env, start_new_session=True)
    assert done.returncode == 0, done.stderr
    assert "starting a local Ray" in done.stderr
    with open(ROOT / "sample_catalog" / "catalog.csv") as handle:
        expected = {row["sku"] for row in csv.DictReader(handle)}
    _, rows = query(out, "select sku, status, error_code from items")
    assert {r[0] for r in rows} == expected
    errors = {sku: code for sku, status, code in rows if status == "error"}
    assert errors == {"BAD-truncated": "truncated_image", "BAD-empty": "empty_file",
                      "BAD-not-an-image": "unidentified_image", "BAD-bomb": "decompression_bomb",
                      "BAD-icon": "unsupported_format", "BAD-pixel": "bad_dimensions",
                      "BAD-missing": "missing_file"}  # fmt: skip
