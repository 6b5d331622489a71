"""The review page when reviewing goes on for weeks: thousands of decisions, answers a newer run changed, a browser
whose storage is full, a typed value enrich would refuse, and one answer flagged twice by one audit."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import replace

import pytest

from enrich.audit import Finding, load_audits, run_audits
from enrich.config import bundled_queries_dir
from enrich.report import write_report
from tests.test_audit import healthy, text, write_output
from tests.test_report import export_after, needs_browser, review_output  # noqa: F401

# Before the page's own script: decisions an earlier review stored, every answer changed since (b's typed value
# differs from its new answer, d's equals it, c's is a synonym of its new answer, a's decision was a bare verdict),
# then a browser whose storage for local pages is full.
KEY = {"separators": (",", ":")}
EARLIER = [
    [json.dumps(["b", "description"], **KEY), {"verdict": "wrong", "value": "a red t-shirt", "answer": "x"}],
    [json.dumps(["d", "description"], **KEY), {"verdict": "wrong", "value": "Black-Black-Black-Black", "answer": "x"}],
    [json.dumps(["c", "color"], **KEY), {"verdict": "wrong", "value": "Light Blue", "answer": "green"}],
    [json.dumps(["a", "details"], **KEY), {"verdict": "right", "answer": "no"}],
]
FULL = (
    f"localStorage.setItem('enrich-review:' + location.pathname, {json.dumps(json.dumps(EARLIER))});"
    "Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };"
)
REVIEWER = """
const rows = (sku, audit) => [...document.querySelectorAll(`tr.finding[data-sku="${sku}"][data-audit="${audit}"]`)];
document.body.dataset.cright = rows('c', 'caption_contradicts_answer')[0].querySelector('input[value=right]').checked;
const type = (input, value) => { input.value = value; input.dispatchEvent(new Event('input', {bubbles: true})); };
rows('a', 'non_answer')[0].querySelector('input[value=right]').click();
document.body.dataset.twins = rows('a', 'non_answer').map(row => row.querySelector('input[value=right]').checked);
const typedColor = rows('c', 'caption_contradicts_answer')[0].querySelector('input[type=text]');
const flagged = value => { type(typedColor, value); return typedColor.classList.contains('unknown'); };
document.body.dataset.accepted = ['Dark Grey', 'off white', 'Olive Green', 'Navy Blue Melange', 'Cinza', 'Azuis']
  .map(flagged);
document.body.dataset.refused = ['Blue/White', 'not red', 'Pink Blue'].map(flagged);
const sleeves = value => unknownValue(JSON.stringify(['c', 'sleeve_length']), value);
document.body.dataset.sleeves = ['Sem Manga', 'Manga Longa', 'Não se aplica', 'Shorts'].map(sleeves);
document.body.dataset.flagged = flagged('multicolor');
document.body.dataset.dright = rows('d', 'non_answer')[0].querySelector('input[value=right]').checked;
document.body.dataset.status = document.getElementById('review-status').textContent;
document.getElementById('export').click();
"""


@needs_browser
@pytest.mark.slow
@pytest.mark.timeout(240)
def test_a_review_survives_changed_answers_a_full_storage_and_twin_findings(review_output, tmp_path):  # noqa: F811
    names = ("non_answer", "caption_contradicts_answer", "open_answers_contradict")
    results = run_audits(review_output, load_audits(bundled_queries_dir(), names))
    twice = [  # one audit, two findings about a's one answer: each row keeps its own radio buttons
        replace(r, findings=[*r.findings, Finding(r.audit.name, "a", "details", "said again")])
        if r.audit.name == "non_answer"
        else r
        for r in results
    ]
    page = write_report(review_output, twice, tmp_path / "review.html")
    assert page.read_text().count("data-sku='a'") == 2
    dom, exported = export_after(page, REVIEWER, tmp_path / "home", before=FULL)
    attribute = lambda name: re.search(rf'data-{name}="([^"]*)"', dom)[1]  # noqa: E731
    assert attribute("twins") == "true,true"  # before, checking one row unchecked its twin
    assert attribute("flagged") == "true"  # "multicolor" is no color of the questionnaire
    assert attribute("accepted") == "false,false,false,false,false,false"  # what --labels reads: shades, pt-BR...
    assert attribute("refused") == "true,true,true"  # two values, or none, as --labels refuses them
    # the pt-BR values the page shows under the answers, as --labels reads them ("Sem Manga" has a denial's word)
    assert attribute("sleeves") == "false,false,false,true"
    assert attribute("dright") == "true"  # d's typed value is its answer now: right
    assert attribute("cright") == "true"  # so is c's, "Light Blue" for a blue answer
    state = attribute("status")
    assert "1 typed value(s) are no value of their closed question" in state
    assert "1 earlier verdict(s) dropped: a newer run changed their answer" in state  # a's bare "right"
    assert "3 typed value(s) kept, though a newer run changed their answer" in state
    assert "NOT SAVED: this browser's storage for local pages is full; export now" in state
    with exported.open(newline="", encoding="utf-8") as handle:
        assert sorted(csv.reader(handle)) == [
            ["a", "details", "yes"],
            ["b", "description", "a red t-shirt"],  # typed before the answer changed: still the product's value
            ["c", "color", "multicolor"],
            ["d", "description", "black-black-black-black"],
            ["sku", "question_id", "expected"],
        ]


@needs_browser
@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_page_of_thousands_of_findings_opens_with_tens_of_thousands_of_stored_decisions(tmp_path):
    """Each stored decision was matched against every row: 2,000 rows and 20,000 decisions of earlier --only
    batches (kept and exported by design) kept the page's script busy 13 s on the 2-core dev machine; now 1.7 s,
    most of it the page itself."""
    items, answers = [], []
    for n in range(4000):
        item, rows = healthy(f"s{n:05d}", n)
        text(rows, "details", "yes")  # non_answer
        items.append(item)
        answers += rows
    out = write_output(tmp_path / "out", items, answers)
    page = write_report(
        out, run_audits(out, load_audits(bundled_queries_dir(), ("non_answer",))), tmp_path / "r.html", 2000
    )
    earlier = [
        [json.dumps([f"old{n}", "color"]), {"verdict": "wrong", "value": "navy", "answer": "blue"}]
        for n in range(20000)
    ]
    seed = f"localStorage.setItem('enrich-review:' + location.pathname, {json.dumps(json.dumps(earlier))});"
    seed += "window.pageStart = performance.now();"
    timed = "document.body.dataset.ms = Math.round(performance.now() - window.pageStart);"
    dom, _ = export_after(page, timed + "document.getElementById('export').click();", tmp_path / "home", before=seed)
    shown = re.search(
        r"0 of (\d+) answer\(s\) reviewed \(and 20000 not on this page\); 20000 label\(s\) to export", dom
    )
    assert int(shown[1]) >= 2000
    assert int(re.search(r"data-ms=\"(\d+)\"", dom)[1]) < 6000, re.search(r"data-ms=\"(\d+)\"", dom)[1]


def test_closed_values_in_the_page_cannot_end_its_script():
    """A value holding "<!--<script" in the JSON of closed values swallowed the page's own script."""
    from enrich.report import script_json

    written = script_json({"pattern": ["</script><!--<script>", "a & b"]})
    assert "<" not in written and ">" not in written and "&" not in written
    assert json.loads(written) == {"pattern": ["</script><!--<script>", "a & b"]}


def test_a_questionnaire_that_does_not_load_still_writes_the_page(review_output, tmp_path, caplog):  # noqa: F811
    """The page failed (exit 1, no page) where the run's questionnaire file no longer loaded: the gate saw 1."""
    results = run_audits(review_output, load_audits(bundled_queries_dir(), ("non_answer",)))
    broken = tmp_path / "broken.toml"
    broken.write_text("[[questions]\n")
    page = write_report(review_output, results, tmp_path / "r.html", questionnaire=str(broken))
    assert "data-reviewable" in page.read_text() and "offers the output's values alone" in caplog.text


def test_every_phrase_the_page_takes_for_a_closed_value_is_one_the_labels_reader_takes(review_output):  # noqa: F811
    """The page shows each answer's pt-BR text: "Manga Longa", "Liso" and "Xadrez" passed its check and the reader
    refused them. Plurals are taken off a garment's or a color's words only, as the reader does ("Shorts" is no short
    sleeve, and "Checks" no pattern it knows)."""
    from enrich.labels import closed_value, questionnaire_of_output
    from enrich.report import _closed_values

    questions = {q.id: q for q in questionnaire_of_output(review_output).questions}
    _, known = _closed_values(review_output, {}, None)
    assert {q for q, table in known.items() if table["plurals"]} == {"garment_type", "color"}
    for question, table in known.items():
        for phrase, value in table["phrases"].items():
            assert closed_value(questions[question], phrase) == value, (question, phrase)
    assert known["sleeve_length"]["phrases"]["mangalonga"] == "long" and known["pattern"]["phrases"]["liso"] == "solid"
