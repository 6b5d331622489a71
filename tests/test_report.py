"""The review page: content from the findings, and its filter exercised in headless Chromium."""

from __future__ import annotations

import os
import re
import shutil

import pytest

from enrich.audit import load_audits, run_audits
from enrich.config import bundled_queries_dir
from enrich.report import write_report
from tests.reliability import run_in_session
from tests.test_audit import PLANTS, audits_of, planted  # noqa: F401  (fixture)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(
    not CHROMIUM and not os.environ.get("ENRICH_REQUIRE_BROWSER"), reason="Debian's chromium package is not installed"
)


@pytest.fixture(scope="module")
def page(planted, tmp_path_factory):  # noqa: F811
    results = run_audits(planted, load_audits(bundled_queries_dir()))
    return write_report(planted, results, tmp_path_factory.mktemp("report") / "report.html"), results


def test_every_finding_is_a_row_with_its_evidence(page):
    path, results = page
    text = path.read_text()
    assert text.count("<tr class='finding'") == sum(len(r.findings) for r in results)
    assert "data-audit='repetition_loop'" in text and "black-black-black-black" in text
    assert "blue 95%" in text  # the pixel-color evidence of the planted pixel-color row
    assert "&quot;gender&quot;: &quot;female&quot;" in text  # catalog metadata, escaped
    assert "<script>" in text and "http" not in text.split("<body>")[1].split("<script>")[0].replace(
        str(path.parent), ""
    )  # self-contained: no external resources


def test_thumbnails_are_embedded_for_local_images(tmp_path):
    import pyarrow.parquet as pq
    from PIL import Image

    from tests.test_audit import healthy, write_output

    Image.new("RGB", (300, 200), (200, 30, 40)).save(tmp_path / "shot.jpg")
    item, rows = healthy("a", 0)
    item["image_uri"] = (tmp_path / "shot.jpg").as_uri()
    item["caption_hit_limit"] = True
    out = write_output(tmp_path / "out", [item], rows)
    assert pq.read_table(out / "items" / "part-0.parquet").num_rows == 1
    results = run_audits(out, load_audits(bundled_queries_dir(), ("hit_token_limit",)))
    text = write_report(out, results, tmp_path / "r.html").read_text()
    assert "src='data:image/jpeg;base64," in text


def chromium(*args: str, timeout: float = 90) -> str:
    command = [
        CHROMIUM or "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={args[0]}",
        *args[1:],
    ]
    return run_in_session(command, dict(os.environ), timeout).stdout  # chromium's helper processes are reaped too


def visible_audits(dom: str) -> list[str]:
    rows = re.findall(r"<tr class=\"finding\"([^>]*)>", dom)
    return [re.search(r'data-audit="([^"]*)"', r)[1] for r in rows if "hidden" not in r]


@needs_browser
@pytest.mark.slow
@pytest.mark.timeout(240)
def test_the_page_loads_renders_and_filters_in_headless_chromium(page, tmp_path):
    path, results = page
    everything = visible_audits(chromium(str(tmp_path / "profile"), "--dump-dom", path.as_uri()))
    assert len(everything) == sum(len(r.findings) for r in results)
    filtered = visible_audits(
        chromium(str(tmp_path / "profile"), "--dump-dom", path.as_uri() + "#audit=repetition_loop")
    )
    assert filtered == ["repetition_loop"] * sum(1 for sku in PLANTS if "repetition_loop" in audits_of(sku))
    by_question = chromium(str(tmp_path / "profile"), "--dump-dom", path.as_uri() + "#question=pattern")
    assert "finding(s) shown" in by_question and set(visible_audits(by_question)) == {
        "verbose_or_restated",
        "closed_out_of_vocabulary",
    }
    shot = tmp_path / "page.png"
    chromium(str(tmp_path / "profile"), f"--screenshot={shot}", "--window-size=1280,900", path.as_uri())
    assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
