"""The audit review page: one self-contained HTML file a person can open anywhere.

Each finding shows a thumbnail of its image (embedded as a data URI), the question, the answer in EN and
PT, and the evidence: caption, pixel colors, catalog metadata. Two selects filter by audit and by question;
the filter is mirrored in the URL fragment (`#audit=NAME&question=ID`) so a filtered view can be shared.

The review loop: the reviewer marks each flagged answer right or wrong and may type the right value; the page
exports the decisions as `labels.csv` (`sku, question_id, expected`), the format `enrich audit --labels` and
`enrich train --labels` read. Right exports the shown answer; wrong exports the typed value, and a wrong answer
without one is left out (the page says how many).

Thumbnails come from thumbnails.py, only from the image roots the answer's run allowed.
"""

from __future__ import annotations

import functools
import html
import json
import logging
from pathlib import Path

from enrich.audit import MAX_FINDINGS, AuditResult
from enrich.display import printable
from enrich.store import ITEMS_SCHEMA
from enrich.store.runs import replace_text
from enrich.thumbnails import THUMBNAIL_SIDE, Thumbnails
from enrich.views import connect

# findings of each audit on the page: each row is about 1 KB and a new photo's thumbnail about 4 KB more, so
# 20 audits of 10,000 findings made a page of hundreds of MB that no browser opens; reviewers work in batches
PAGE_FINDINGS = 200
log = logging.getLogger(__name__)
# the page's style and scripts, written into it: one file a reviewer can open anywhere, offline
ASSETS = Path(__file__).parent / "assets" / "review"


@functools.cache
def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _style() -> str:
    return _asset("page.css") + (
        f".thumb{{display:inline-block;width:{THUMBNAIL_SIDE}px;height:{THUMBNAIL_SIDE}px;border:1px solid #ccc;"
        "background-size:contain;background-repeat:no-repeat;background-position:center}"
    )


REVIEW_HELP = (
    "Mark each flagged answer right or wrong; for a wrong one, type the right value (typing marks it wrong). "
    "Answers marked wrong without a value are left out of the export. The CSV works with "
    "<code>enrich audit DIR --labels labels.csv</code> and <code>enrich train --labels labels.csv</code>."
)


def write_report(
    out_dir: str | Path,
    results: list[AuditResult],
    path: str | Path,
    per_audit: int = PAGE_FINDINGS,
    questionnaire: str | None = None,
) -> Path:
    """The review page, with at most `per_audit` findings of each audit (the first its query returned); the closed
    values offered while typing are `questionnaire`'s, else the output's own (labels.questionnaire_of_output)."""
    findings = [f for r in results for f in r.findings[:per_audit]]
    items, answers, values = _evidence(out_dir, sorted({f.sku for f in findings}))
    thumbnails = Thumbnails(out_dir)
    rows = (
        _finding_row(f, items.get(f.sku, {}), answers.get((f.sku, f.question_id), {}), thumbnails) for f in findings
    )
    hints, known = _closed_values(out_dir, values, questionnaire)
    # written a row at a time: built whole, a page of 10,000 findings per audit was held three times over (902 MB
    # at 100,000 items); a full disk still keeps yesterday's page
    return replace_text(path, _page(out_dir, results, per_audit, findings, rows, thumbnails, hints, known))


def _page(out_dir, results, per_audit: int, findings: list, rows, thumbnails: Thumbnails, hints: dict, known: dict):
    """The page's text in pieces; the thumbnails' style after the rows that named them."""
    audits = sorted({f.audit for f in findings})
    questions = sorted({f.question_id for f in findings if f.question_id})
    yield f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>enrich audit: {html.escape(str(out_dir))}</title>
<style>{_style()}</style></head><body>
<h1>enrich audit</h1><p class="meta">{html.escape(str(Path(out_dir).resolve()))}</p>
{_summary(results)}{_cut_note(results, per_audit)}
<div id="filters">audit {_select("audit-filter", audits)} question {_select("question-filter", questions)}
<span id="shown"></span></div>
<div id="review"><p class="meta">{REVIEW_HELP}</p><button id="export" type="button">Export labels.csv</button>
<a id="download" download="labels.csv" hidden>labels.csv</a><span id="review-status"></span></div>
<table id="findings"><thead><tr><th>image</th><th>sku</th><th>audit</th><th>question</th><th>answer (EN / PT)</th>
<th>finding</th><th>evidence</th><th>review</th></tr></thead><tbody>
"""
    for index, row in enumerate(rows):
        yield ("\n" if index else "") + row
    datalists = "".join(
        f"<datalist id='values-{_e(q)}'>{''.join(f'<option value={_q(v)}>' for v in vs)}</datalist>"
        for q, vs in hints.items()
    )
    yield f"""
</tbody></table>{datalists}<style>{thumbnails.style()}</style>
<script type="application/json" id="closed-values">{script_json(known)}</script>
<script>{_asset("filters.js")}{_asset("review.js")}</script></body></html>
"""


def _evidence(out_dir, skus: list[str]) -> tuple[dict, dict, dict]:
    """Item rows, answers by (sku, question), and the closed values seen per question (the typing hints)."""
    if not skus:
        return {}, {}, {}
    con = connect(out_dir)
    cursor = con.execute("SELECT * FROM items WHERE sku IN (SELECT unnest($skus))", {"skus": skus})
    columns = [d[0] for d in cursor.description]
    items = {row["sku"]: row for row in (dict(zip(columns, values)) for values in cursor.fetchall())}
    cursor = con.execute(
        "SELECT sku, question_id, answer_en, answer_pt, kind, status FROM answers WHERE sku IN (SELECT unnest($skus))",
        {"skus": skus},
    )
    answers = {
        (sku, q): {"en": en, "pt": pt, "kind": kind, "status": status}
        for sku, q, en, pt, kind, status in cursor.fetchall()
    }
    values = con.execute(
        "SELECT question_id, list(DISTINCT answer_en ORDER BY answer_en) FROM answers "
        "WHERE kind = 'closed' AND status = 'ok' GROUP BY question_id ORDER BY question_id"
    ).fetchall()
    return items, answers, dict(values)


def _closed_values(out_dir, seen: dict, questionnaire: str | None) -> tuple[dict, dict]:
    """Per closed question: the values to offer while typing (the questionnaire's, and any other the output holds),
    and every phrase `enrich audit --labels` reads as one (as the page's wordsOf writes them) with the value it
    means, so the page can say which typed value it would refuse. A questionnaire that does not load leaves the
    output's values alone: the page is still written (a nightly gate must see the audits' exit code)."""
    from enrich import EnrichError
    from enrich.labels import phrase_key, questionnaire_of_output
    from enrich.questionnaire import CLOSED, GARMENT_QUESTION

    try:
        closed = [q for q in questionnaire_of_output(out_dir, questionnaire).questions if q.kind == CLOSED]
    except EnrichError as exc:
        log.warning(f"the review page offers the output's values alone: {exc}")
        closed = []
    phrases = {q.id: {(p, v.canonical) for v in q.values for p in v.catalog_phrases} for q in closed}
    for question, values in seen.items():
        phrases.setdefault(question, set()).update((value, value) for value in values)
    hints = {q.id: {v.canonical for v in q.values} for q in closed}
    for question, values in seen.items():
        hints.setdefault(question, set()).update(values)
    # plurals are read off a garment's or a color's words alone, as seller.read_value does: "Shorts" is no short sleeve
    plural = {q.id for q in closed if q.id == GARMENT_QUESTION or q.asks_color}
    known = {
        q: {"plurals": q in plural, "phrases": {phrase_key(p): value for p, value in sorted(ps)}}
        for q, ps in phrases.items()
    }
    return {q: sorted(vs) for q, vs in hints.items()}, known


def script_json(value) -> str:
    """JSON for a <script type="application/json"> element: "</script" or "<!--<script" in it would end the element
    or swallow the page's own script, so every <, > and & is written as JSON's escape, which JSON.parse reads back."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _summary(results: list[AuditResult]) -> str:
    rows = []
    for r in results:
        verdict = "skipped" if r.skipped else ("pass" if r.passed else "fail")
        rows.append(
            f"<tr><td>{_e(r.audit.name)}</td><td>{_e(r.audit.severity)}</td><td>{r.flagged}</td>"
            f"<td>{r.share:.1%}</td><td>{r.audit.threshold:.1%}</td><td class='{verdict}'>{verdict}</td>"
            f"<td class='meta'>{_e(r.skipped or r.audit.invariant)}</td></tr>"
        )
    return (
        "<table id='summary'><thead><tr><th>audit</th><th>severity</th><th>flagged</th><th>share</th>"
        "<th>threshold</th><th>result</th><th>invariant</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _cut_note(results: list[AuditResult], per_audit: int) -> str:
    """Which audits found more than the page shows: a page of every finding of a large catalog would not open."""
    cut = [(r, min(per_audit, len(r.findings))) for r in results if r.total_findings > min(per_audit, len(r.findings))]
    if not cut:
        return ""
    named = ", ".join(f"{_e(r.audit.name)} ({shown:,} of {r.total_findings:,})" for r, shown in cut)
    more = " and <code>--html-limit</code> shows more here" if any(shown < len(r.findings) for r, shown in cut) else ""
    return (
        f"<p class='meta' id='cut'>This page shows the first {min(per_audit, MAX_FINDINGS):,} findings of each "
        f"audit; these found more: {named}. <code>enrich audit --format json</code> lists up to "
        f"{MAX_FINDINGS:,} per audit{more}; <code>enrich reprocess --audit NAME</code> acts on all of them.</p>"
    )


def _select(element_id: str, values: list[str]) -> str:
    options = "".join(f"<option value='{_e(v)}'>{_e(v)}</option>" for v in values)
    return f"<select id='{element_id}'><option value=''>all</option>{options}</select>"


def _chips(colors: list | None) -> str:
    return "".join(f"<span class='chip'>{_e(c['color'])} {c['share']:.0%}</span>" for c in colors or [])


def _finding_row(finding, item: dict, answer: dict, thumbnails: Thumbnails) -> str:
    known = set(ITEMS_SCHEMA.names)
    metadata = {k: v for k, v in item.items() if k not in known and v not in (None, "")}
    colors = _chips(item.get("pixel_colors"))
    texture = item.get("pixel_texture")
    edges = "" if texture is None else f" · {texture:.0%} of the region on edges (a print has many)"
    arms = item.get("pixel_bare_arms")
    edges += "" if arms is None else f" · arms {arms:.0%} bare skin"
    other = item.get("pixel_other_colors")
    edges += f" · worn with it ({_e(item.get('pixel_other_region'))}): {_chips(other)}" if other else ""
    evidence = (
        f"<div>caption: {_shown(item.get('caption_en'))}</div>"
        f"<div>pixel colors: {colors or 'none'}{edges}</div>"
        f"<div class='meta'>catalog: {_shown(json.dumps(metadata, ensure_ascii=False, default=str))}</div>"
    )
    answered = f"{_shown(answer.get('en'))}<br><span class='meta'>{_shown(answer.get('pt'))}</span>" if answer else ""
    review = f" data-reviewable data-answer='{_e(json.dumps(answer.get('en') or ''))}'" if answer else ""
    key = _e(json.dumps([finding.sku, finding.question_id or ""]))
    return (
        f"<tr class='finding' data-audit='{_e(finding.audit)}' data-question='{_e(finding.question_id or '')}' "
        f"data-sku='{_e(finding.sku)}' data-key='{key}'{review}>"
        f"<td>{thumbnails.html(item)}</td><td>{_shown(finding.sku)}</td><td>{_e(finding.audit)}</td>"
        f"<td>{_e(finding.question_id or '')}</td><td>{answered}</td><td>{_shown(finding.detail)}</td>"
        f"<td>{evidence}</td><td class='review'>{_review_controls(finding, answer)}</td></tr>"
    )


def _review_controls(finding, answer: dict) -> str:
    """Right / wrong and the right value, for findings about an answer (not the caption or the whole item)."""
    if not answer:
        return "<span class='meta'>no answer to review</span>"
    name = _e(f"review-{finding.sku}-{finding.question_id}-{finding.audit}")
    # an empty answer, or an unmapped closed one (no value of the questionnaire), cannot be the right one
    unmapped = answer.get("kind") == "closed" and answer.get("status") != "ok"
    right_state = " disabled title='no value of the questionnaire'" if unmapped or not answer.get("en") else ""
    hint = f" list='values-{_e(finding.question_id)}'" if answer.get("kind") == "closed" else ""
    return (
        f"<label><input type='radio' name='{name}' value='right'{right_state}> right</label>"
        f"<label><input type='radio' name='{name}' value='wrong'> wrong</label>"
        f"<input type='text' placeholder='right value' aria-label='the right value'{hint}>"
    )


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _shown(value) -> str:
    """A text the model or the catalog wrote, as the reviewer must read it: its control characters, line separators
    and bidirectional marks as escapes (display.printable). Raw, a U+202E showed "a red t-shirt \\u202egnp.exe" as
    "a red t-shirt exe.png", and a NUL or an ESC showed nothing, so the reviewer judged another text than the one
    marking it right exports."""
    return _e(printable("" if value is None else str(value)))


def _q(value) -> str:
    return "'" + _e(value) + "'"
