"""The review page: content from the findings, thumbnails only from allowed roots, and in headless Chromium its
filter and the review loop (mark, export labels.csv, read it back with `enrich audit --labels` and `enrich train`)."""

from __future__ import annotations

import contextlib
import csv
import html
import io
import json
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from enrich.accuracy import accuracy
from enrich.audit import load_audits, run_audits
from enrich.cli import main
from enrich.config import bundled_queries_dir, default_questionnaire
from enrich.report import write_report
from tests.reliability import run_in_session
from tests.test_audit import PLANTS, audits_of, healthy, planted, text, write_output, write_run  # noqa: F401

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
    assert "45% of the region on edges" in text  # and the texture of the print the pattern answer missed
    assert "&quot;gender&quot;: &quot;female&quot;" in text  # catalog metadata, escaped
    assert "<script>" in text and "http" not in text.split("<body>")[1].split("<script>")[0].replace(
        str(path.parent), ""
    )  # self-contained: no external resources


def test_the_page_shows_a_bounded_number_of_findings_per_audit_and_says_which_had_more(planted, page, tmp_path):  # noqa: F811
    """At 500k items an audit can flag tens of thousands of answers; the page keeps the first few of each."""
    _, results = page
    text = write_report(planted, results, tmp_path / "cut.html", per_audit=1).read_text()
    rows = re.findall(r"<tr class='finding'[^>]*data-audit='([^']*)'", text)
    assert sorted(rows) == sorted(r.audit.name for r in results if r.findings)  # one each
    more = [r for r in results if r.total_findings > 1]
    assert more and all(f"{r.audit.name} (1 of {r.total_findings:,})" in text for r in more)
    assert "id='cut'" not in page[0].read_text()  # the default shows every planted finding
    import dataclasses

    kept = [dataclasses.replace(r, total_findings=r.total_findings + 5) for r in results]  # more found than kept
    text = write_report(planted, kept, tmp_path / "all.html", per_audit=10_000).read_text()
    assert "id='cut'" in text and "shows more here" not in text  # the page cannot show what the audit did not keep


def thumbnail_cells(page: str) -> dict[str, str]:
    """sku -> the first cell of its finding row (the thumbnail, or the note that replaces it)."""
    return dict(re.findall(r"<tr class='finding'[^>]*data-sku='([^']*)'[^>]*><td>(.*?)</td>", page))


def image_items(uris: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """One healthy item per sku with that image_uri and a caption cut at the limit (one finding each)."""
    items, answers = [], []
    for sku, uri in uris.items():
        item, rows = healthy(sku, 0)
        items.append(item | {"image_uri": uri, "caption_hit_limit": True})
        answers += rows
    return items, answers


def cut_captions(out: Path) -> list:
    return run_audits(out, load_audits(bundled_queries_dir(), ("hit_token_limit",)))


@pytest.mark.timeout(60)  # a FIFO read the ordinary way would block here for good
def test_thumbnails_come_only_from_regular_files_under_the_roots_the_run_allowed(tmp_path):
    root, elsewhere = tmp_path / "catalog", tmp_path / "private"
    root.mkdir(), elsewhere.mkdir()
    Image.new("RGB", (300, 200), (200, 30, 40)).save(root / "shot.jpg")
    Image.new("RGB", (300, 200), (20, 30, 240)).save(elsewhere / "secret.jpg")
    (root / "link.jpg").symlink_to(elsewhere / "secret.jpg")
    os.mkfifo(root / "pipe.jpg")
    uris = {
        "inside": (root / "shot.jpg").as_uri(),
        "outside": (elsewhere / "secret.jpg").as_uri(),
        "escaping-link": (root / "link.jpg").as_uri(),
        "fifo": (root / "pipe.jpg").as_uri(),
        "traversal": root.as_uri() + "/../private/secret.jpg",
        "remote": "https://example.com/shot.jpg",
    }
    out = tmp_path / "out"
    run = write_run(out, "r1", *image_items(uris))
    manifest = json.loads((run / "manifest.json").read_text())
    (run / "manifest.json").write_text(json.dumps(manifest | {"config": {"fetch": {"roots": [str(root)]}}}))
    html = write_report(out, cut_captions(out), tmp_path / "r.html").read_text()
    cells = thumbnail_cells(html)
    assert cells["inside"].startswith("<span class='thumb t0'") and ".t0{background-image:url(data:image/jpeg;" in html
    for sku in ("outside", "escaping-link", "traversal"):
        assert cells[sku] == "<span class='meta'>image outside the allowed roots</span>", sku
    assert cells["fifo"] == "<span class='meta'>unreadable image</span>"
    assert cells["remote"] == "<span class='meta'>no local image</span>"
    (run / "manifest.json").write_text(json.dumps(manifest))  # a run that recorded no roots allows none
    cells = thumbnail_cells(write_report(out, cut_captions(out), tmp_path / "r.html").read_text())
    assert cells["inside"] == "<span class='meta'>image outside the allowed roots</span>"


def test_a_damaged_or_looping_image_is_named_unreadable_and_the_page_still_written(tmp_path):
    """A broken PNG chunk raised SyntaxError from Pillow, and a symlink loop RuntimeError from resolve(): no page."""
    out = tmp_path / "out"
    (out / "images").mkdir(parents=True)
    buffer = io.BytesIO()
    Image.frombytes("RGB", (300, 300), os.urandom(270_000)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    second = data.find(b"IDAT", data.find(b"IDAT") + 4)
    data[second : second + 4] = b"\x80^\x03\xb4"
    (out / "images" / "broken.png").write_bytes(bytes(data))
    (out / "images" / "l1.jpg").symlink_to(out / "images" / "l2.jpg")
    (out / "images" / "l2.jpg").symlink_to(out / "images" / "l1.jpg")
    Image.new("1", (9000, 8000)).save(out / "images" / "huge.png")  # 72 M pixels: over the page's limit
    uris = {name: (out / "images" / f"{name}").as_uri() for name in ("broken.png", "l1.jpg", "huge.png")}
    write_output(out, *image_items(uris))
    cells = thumbnail_cells(write_report(out, cut_captions(out), tmp_path / "r.html").read_text())
    assert cells["broken.png"] == cells["l1.jpg"] == "<span class='meta'>unreadable image</span>"
    assert cells["huge.png"] == "<span class='meta'>image too large to show</span>"


def test_a_plain_folder_of_results_thumbnails_only_images_inside_it(tmp_path):
    out = tmp_path / "out"
    (out / "images").mkdir(parents=True)
    Image.new("RGB", (300, 200), (200, 30, 40)).save(out / "images" / "shot.jpg")
    Image.new("RGB", (300, 200), (20, 30, 240)).save(tmp_path / "secret.jpg")
    shot = (out / "images" / "shot.jpg").as_uri()
    uris = {"beside": shot, "same-photo": shot, "outside": (tmp_path / "secret.jpg").as_uri()}
    write_output(out, *image_items(uris))
    html = write_report(out, cut_captions(out), tmp_path / "r.html").read_text()
    cells = thumbnail_cells(html)
    assert cells["beside"] == cells["same-photo"] and cells["beside"].startswith("<span class='thumb t0'")
    assert html.count("data:image/jpeg;base64,") == 1  # each photo once, however many rows show it
    assert cells["outside"] == "<span class='meta'>image outside the allowed roots</span>"


@pytest.fixture
def review_output(tmp_path) -> Path:
    """Findings on answers (one answer flagged by two audits), on a closed answer, and on the caption."""
    plants = {
        "a": lambda i, a: text(a, "details", "yes"),  # non_answer
        "b": lambda i, a: text(a, "description", "the t-shirt is blue"),  # open_answers_contradict
        "c": lambda i, a: text(a, "color", "blue"),  # caption_contradicts_answer: the caption says red
        "d": lambda i, a: text(a, "description", "black-black-black-black"),  # repetition_loop and non_answer
        "e": lambda i, a: i.update(caption_en="a woman wearing a red t-shirt with a"),  # cut_mid_phrase, caption
        "f": lambda i, a: text(a, "color", "Cream-black-black-black", status="out_of_vocabulary"),  # unmapped
        "g": lambda i, a: text(a, "details", "", status="empty"),  # empty_answer
    }
    items, answers = [], []
    for sku, plant in plants.items():
        item, rows = healthy(sku, 0)
        plant(item, rows)
        items.append(item)
        answers += rows
    return write_output(tmp_path / "out", items, answers)


def review_page(out: Path, path: Path) -> Path:
    names = ("non_answer", "open_answers_contradict", "caption_contradicts_answer", "repetition_loop", "cut_mid_phrase")
    names += ("empty_answer",)
    return write_report(out, run_audits(out, load_audits(bundled_queries_dir(), names)), path)


def test_findings_about_an_answer_can_be_reviewed(review_output, tmp_path):
    page = review_page(review_output, tmp_path / "r.html").read_text()
    found = re.findall(r"<tr class='finding'[^>]*data-sku='([^']*)'[^>]* data-reviewable data-answer='([^']*)'", page)
    reviewable = [(sku, json.loads(html.unescape(answer))) for sku, answer in found]  # JSON: a CR or NUL survives
    assert sorted(reviewable) == [("a", "yes"), ("b", "the t-shirt is blue"), ("c", "blue")] + [
        ("d", "black-black-black-black")
    ] * 2 + [("f", "Cream-black-black-black"), ("g", "")]
    assert page.count("no answer to review") == 1  # the caption's finding
    disabled = re.findall(r"data-sku='([^']*)'[^>]*>(?:(?!</tr>).)*value='right' disabled", page, re.S)
    assert sorted(disabled) == ["f", "g"]  # an unmapped closed answer or an empty one cannot be the right one
    assert "<datalist id='values-color'>" in page and "<option value='red'>" in page  # closed values to pick from
    assert "Export labels.csv" in page and "left out of the export" in page


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
    return [re.search(r'data-audit="([^"]*)"', r)[1] for r in rows if not re.search(r"\shidden(?:=|\s|$)", r)]


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
        "non_answer",  # "white" for the pattern
        "pattern_or_sleeves_contradict",
        "pattern_vs_pixels",  # "solid" for the planted print
    }
    shot = tmp_path / "page.png"
    chromium(str(tmp_path / "profile"), f"--screenshot={shot}", "--window-size=1280,900", path.as_uri())
    assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def export_after(page: Path, script: str, home: Path, before: str = "") -> tuple[str, Path]:
    """The DOM once `script` has run in the page (as a reviewer's clicks and typing), and the labels.csv it downloaded.

    Headless Chromium, after a download, now and then never exits (6 runs in 25 on the 2-core dev machine under
    load, each with the DOM printed and the file written), and now and then exits before the file is written (1 in
    40). So the DOM and the file are awaited, not Chromium's exit, and an attempt that exits without the file is
    made again in a fresh profile, three attempts at most: a page that exports nothing fails all three. `before`
    runs ahead of the page's own scripts (what an earlier page left in localStorage: Chromium does not always write
    it to the profile before it exits, so it is carried by the test, not by a profile).
    """
    driven = page.with_name("driven.html")
    text = page.read_text().replace("</body>", f"<script>{script}</script></body>")
    driven.write_text(text.replace("<head>", f"<head><script>{before}</script>", 1) if before else text)
    for attempt in range(3):
        where = home / f"attempt-{attempt}"
        where.mkdir(parents=True, exist_ok=True)
        for stale in (where / "dom.html", where / "Downloads" / "labels.csv"):
            stale.unlink(missing_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")} | {"HOME": str(where)}
        command = [CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
        command += ["--disable-dev-shm-usage", f"--user-data-dir={where / 'profile'}", "--dump-dom", driven.as_uri()]
        dom, exported = where / "dom.html", where / "Downloads" / "labels.csv"
        with dom.open("w") as out:
            process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            if _awaited(process, dom, exported):
                return dom.read_text(), exported
        finally:
            with contextlib.suppress(ProcessLookupError):  # the whole group already gone (seen once in 20 runs)
                os.killpg(process.pid, signal.SIGKILL)  # its helper processes too
            process.wait()
    pytest.fail("headless Chromium exported no labels.csv in 3 attempts")


def _awaited(process: subprocess.Popen, dom: Path, exported: Path, seconds: float = 60) -> bool:
    """Whether the whole DOM was printed and the file written before `seconds`, or 3 s after Chromium exited."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if exported.exists() and "</html>" in dom.read_text():
            return True
        if process.poll() is not None:
            deadline = min(deadline, time.monotonic() + 3)
        time.sleep(0.1)
    return False


REVIEWER = """
const row = (sku, audit) => document.querySelector(`tr.finding[data-sku="${sku}"][data-audit="${audit}"]`);
const type = (input, value) => { input.value = value; input.dispatchEvent(new Event('input', {bubbles: true})); };
row('a', 'non_answer').querySelector('input[value=right]').click();
type(row('c', 'caption_contradicts_answer').querySelector('input[type=text]'), 'red');
row('b', 'open_answers_contradict').querySelector('input[value=wrong]').click();
row('d', 'repetition_loop').querySelector('input[value=wrong]').click();
type(row('d', 'repetition_loop').querySelector('input[type=text]'), '=a plain red t-shirt, with a "pocket"');
document.body.dataset.synced = row('d', 'non_answer').querySelector('input[type=text]').value;
document.getElementById('export').click();
"""


@needs_browser
@pytest.mark.slow
@pytest.mark.timeout(240)
def test_a_review_is_marked_exported_and_read_back(review_output, tmp_path):
    from enrich.lab.train import read_labels
    from enrich.questionnaire import load_questionnaire

    dom, exported = export_after(review_page(review_output, tmp_path / "review.html"), REVIEWER, tmp_path / "home")
    assert 'data-synced="=a plain red t-shirt, with a &quot;pocket&quot;"' in dom  # one decision per answer
    assert "1 marked wrong without a value are left out" in dom
    assert exported.read_text(encoding="utf-8").splitlines() == [
        "sku,question_id,expected",
        '"a","details","yes"',  # right: the shown answer; every cell quoted (a spreadsheet may split at ";")
        '"c","color","red"',  # typed: wrong, and the right value
        '"d","description","\'=a plain red t-shirt, with a ""pocket"""',  # kept from running as a formula
    ]  # b, marked wrong without a value, is left out
    assert accuracy(review_output, exported) == {
        "color": {"labelled": 1, "correct": 0, "accuracy": 0.0},
        "description": {"labelled": 1, "correct": 0, "accuracy": 0.0},
        "details": {"labelled": 1, "correct": 1, "accuracy": 1.0},
    }
    audited = CliRunner().invoke(main, ["audit", str(review_output), "--only", "coverage", "--labels", str(exported)])
    assert audited.exit_code == 0 and "details" in audited.output
    assert read_labels(exported, load_questionnaire(default_questionnaire())) == {
        "a": {"details": "yes"},
        "c": {"color": "red"},
        "d": {"description": '=a plain red t-shirt, with a "pocket"'},
    }


def test_a_page_named_through_a_symlink_replaces_the_page_it_points_to(tmp_path):
    from enrich.store.runs import replace_text

    pages = tmp_path / "site"
    pages.mkdir()
    (pages / "review.html").write_text("yesterday")
    link = tmp_path / "latest.html"
    link.symlink_to(pages / "review.html")
    replace_text(link, "today")
    assert link.is_symlink() and (pages / "review.html").read_text() == "today"
    dangling = tmp_path / "new.html"
    dangling.symlink_to(pages / "first.html")
    replace_text(dangling, "first")
    assert dangling.is_symlink() and (pages / "first.html").read_text() == "first"


BATCH_ONE = """
const rows = [...document.querySelectorAll('tr.finding[data-audit="non_answer"]')];
rows.find(row => JSON.parse(row.dataset.key)[0] === 'a\\rb').querySelector('input[value=right]').click();
document.body.dataset.stored = localStorage.getItem('enrich-review:' + location.pathname);
document.getElementById('export').click();
"""
BATCH_TWO = """
const row = document.querySelector('tr.finding[data-audit="repetition_loop"]');
const typed = row.querySelector('input[type=text]');
typed.value = 'a plain red t-shirt';
typed.dispatchEvent(new Event('input', {bubbles: true}));
document.getElementById('export').click();
"""


@needs_browser
@pytest.mark.slow
@pytest.mark.timeout(300)
def test_two_batches_reviewed_on_one_page_file_are_both_exported_with_a_sku_holding_a_cr(tmp_path):
    """The second --only batch written to the same file dropped the first batch's decisions, and a sku with a CR
    was exported with an LF: its label landed on no item."""
    items, answers = [], []
    for sku, description in (("a\rb", "a red t-shirt"), ("c", "black-black-black-black")):
        item, rows = healthy(sku, 0)
        text(rows, "details", "yes")
        text(rows, "description", description)
        items.append(item)
        answers += rows
    out = write_output(tmp_path / "out", items, answers)
    page = tmp_path / "review.html"
    write_report(out, run_audits(out, load_audits(bundled_queries_dir(), ("non_answer",))), page)
    first, _ = export_after(page, BATCH_ONE, tmp_path / "one")
    stored = html.unescape(re.search(r'data-stored="([^"]*)"', first)[1])  # what the browser keeps for the page
    write_report(out, run_audits(out, load_audits(bundled_queries_dir(), ("repetition_loop",))), page)
    seed = f"localStorage.setItem('enrich-review:' + location.pathname, {json.dumps(stored)});"
    dom, exported = export_after(page, BATCH_TWO, tmp_path / "two", before=seed)
    assert "1 of 1 answer(s) reviewed (and 1 not on this page)" in dom
    with exported.open(newline="", encoding="utf-8") as handle:
        assert list(csv.reader(handle)) == [
            ["sku", "question_id", "expected"],
            ["a\rb", "details", "yes"],
            ["c", "description", "a plain red t-shirt"],
        ]
    assert accuracy(out, exported)["details"] == {"labelled": 1, "correct": 1, "accuracy": 1.0}


def test_a_thumbnail_shows_the_photo_as_the_model_saw_it(tmp_path):
    """Transparent pixels on white and the EXIF orientation applied, as decode gives the model: before, a cut-out
    product on a transparent ground was shown on black and a rotated photo on its side, and the reviewer judged its
    color and garment on another picture than the one the answers came from."""
    import base64

    from enrich.thumbnails import _thumbnail

    cutout = Image.new("RGBA", (64, 32), (0, 0, 0, 0))
    cutout.paste((200, 30, 40, 255), (0, 0, 16, 32))
    cutout.save(tmp_path / "cutout.png")
    exif = Image.Exif()
    exif[0x0112] = 6  # display rotated 90 degrees clockwise
    Image.new("RGB", (64, 32), (255, 255, 255)).save(tmp_path / "turned.jpg", exif=exif.tobytes())
    shown = {}
    for name in ("cutout.png", "turned.jpg"):
        uri = _thumbnail(tmp_path / name)
        shown[name] = Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])))
    assert all(value > 240 for value in shown["cutout.png"].getpixel((60, 16)))  # white, not black
    assert shown["turned.jpg"].size == (32, 64)  # portrait, as the model saw it


def test_a_page_to_dev_stdout_on_a_pipe_is_written_to_the_pipe(tmp_path):
    """`enrich audit --html /dev/stdout | ...`: /dev/stdout resolves to /proc/PID/fd/pipe:[N], a name no file has, so
    the page was written as a temp file beside it (FileNotFoundError) instead of into the pipe."""
    import os

    from enrich.store.runs import replace_text

    read_end, write_end = os.pipe()
    try:
        replace_text(f"/proc/self/fd/{write_end}", iter(["<p>", "page", "</p>\n"]))  # what /dev/stdout links to
        os.close(write_end)
        write_end = None
        with os.fdopen(read_end, "rb") as pipe:
            read_end = None
            assert pipe.read() == b"<p>page</p>\n"
    finally:
        for end in (read_end, write_end):
            if end is not None:
                os.close(end)
    assert not list(tmp_path.iterdir())


def test_a_page_to_dev_stdout_redirected_to_a_file_lands_between_what_else_is_printed(tmp_path):
    """`enrich audit --html /dev/stdout > page.html`: /dev/stdout resolves to page.html, which was renamed over, so
    the audit table printed after the page went to the replaced file, and what came before was lost."""
    import os

    from enrich.store.runs import replace_text

    page = tmp_path / "page.html"
    descriptor = os.open(page, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)  # the shell's redirection
    try:
        os.write(descriptor, b"before\n")
        replace_text(f"/proc/self/fd/{descriptor}", iter(["<p>", "page", "</p>\n"]))
        os.write(descriptor, b"after\n")
    finally:
        os.close(descriptor)
    assert page.read_text() == "before\n<p>page</p>\nafter\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_a_page_to_a_descriptor_open_for_reading_is_refused_in_words(tmp_path):
    """`--html /dev/fd/0` with stdin read from a file: writing raised a bare OSError (and before, the input file was
    replaced by the page); a number no descriptor has is written as a file name would be."""
    import os

    from enrich import EnrichError
    from enrich.store.runs import replace_text

    source = tmp_path / "catalog.csv"
    source.write_text("sku\n")
    descriptor = os.open(source, os.O_RDONLY)
    try:
        with pytest.raises(EnrichError, match="open for reading only"):
            replace_text(f"/proc/self/fd/{descriptor}", "<p>page</p>")
    finally:
        os.close(descriptor)
    assert source.read_text() == "sku\n"
    with pytest.raises(OSError):  # no such folder: the plain error of a name, not an OverflowError
        replace_text("/dev/fd/99999999999999999999", "<p>page</p>")


def test_a_text_with_controls_or_a_bidi_override_is_shown_as_it_is_stored(tmp_path):
    """The page wrote the model's and the catalog's texts raw: "a red t-shirt \\u202egnp.exe" showed as "a red
    t-shirt exe.png", a NUL, an ESC or a U+2028 as nothing, so the reviewer judged another text than the one that
    marking it right exports. They show as escapes now, as `enrich sql` prints them; the export is unchanged."""
    hostile = "a red t-shirt \u202egnp.exe\x00\x1b[2J\u2028"
    item, rows = healthy("s\u202e1", 3)  # a seller's Jackets: a text of a t-shirt is flagged
    item.update(caption_en=hostile, title=hostile)
    text(rows, "description", hostile, answer_pt=hostile)
    out = write_output(tmp_path / "out", [item], rows)
    results = run_audits(out, load_audits(bundled_queries_dir(), ("caption_contradicts_answer",)))
    page = write_report(out, results, tmp_path / "r.html").read_text()
    row = re.search(r"<tr class='finding'[^>]*data-question='description'.*?</tr>", page, re.S)[0]
    shown = html.unescape(re.sub(r"<[^>]*>", " ", row))  # the text the reviewer reads, no attribute
    assert not set(shown) & {"\u202e", "\x00", "\x1b", "\u2028"}
    assert shown.count("a red t-shirt \\u202egnp.exe\\x00\\x1b[2J\\u2028") == 3  # answer, pt-BR, caption
    assert "s\\u202e1" in shown and '"title": "a red t-shirt \\u202egnp.exe\\u0000\\u001b[2J\\u2028"' in shown
    answer = re.search(r"data-answer='([^']*)'", row)[1]
    assert json.loads(html.unescape(answer)) == hostile  # what marking it right exports


@needs_browser
@pytest.mark.slow
@pytest.mark.timeout(240)
def test_an_answer_with_no_place_to_break_leaves_the_review_controls_on_screen(tmp_path):
    """A loop with no space ("blackblack...", 12,000 characters) widened the one table of findings to its length:
    every row's finding, evidence and right/wrong controls were thousands of pixels off to the right."""
    item, rows = healthy("loop", 0)
    text(rows, "description", "black" * 2400)  # one word where a phrase was asked: non_answer
    out = write_output(tmp_path / "out", [item], rows)
    page = write_report(out, run_audits(out, load_audits(bundled_queries_dir(), ("non_answer",))), tmp_path / "r.html")
    probe = (
        "<script>const cell = document.querySelector('tr.finding td.review').getBoundingClientRect();"
        "document.body.dataset.fits = cell.right <= innerWidth && document.documentElement.scrollWidth <= innerWidth;"
        "</script>"
    )
    driven = tmp_path / "driven.html"
    driven.write_text(page.read_text().replace("</body>", probe + "</body>"))
    dom = chromium(str(tmp_path / "profile"), "--dump-dom", "--window-size=1280,900", driven.as_uri())
    assert 'data-fits="true"' in dom
