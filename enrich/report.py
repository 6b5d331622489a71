"""The audit review page: one self-contained HTML file a person can open anywhere.

Each finding shows a thumbnail of its image (embedded as a data URI), the question, the answer in EN and
PT, and the evidence: caption, pixel colors, catalog metadata. Two selects filter by audit and by question;
the filter is mirrored in the URL fragment (`#audit=NAME&question=ID`) so a filtered view can be shared.
"""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path
from urllib.parse import unquote, urlparse

from enrich.audit import AuditResult
from enrich.sql import connect
from enrich.store import ITEMS_SCHEMA

THUMBNAIL_SIDE = 112
STYLE = """
body{font:14px system-ui,sans-serif;margin:24px;color:#222}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:6px;text-align:left;vertical-align:top}th{background:#f4f4f4}
.fail{color:#b00020;font-weight:600}.pass{color:#1b7f3b}.skipped{color:#777}img{border:1px solid #ccc}
.chip{display:inline-block;border-radius:8px;padding:0 6px;margin:1px;background:#eee}.meta{color:#555}
#filters{margin:16px 0}#shown{margin-left:12px;color:#555}"""
SCRIPT = """
function applyFilter() {
  const audit = document.getElementById('audit-filter').value;
  const question = document.getElementById('question-filter').value;
  let shown = 0;
  for (const row of document.querySelectorAll('tr.finding')) {
    const visible = (!audit || row.dataset.audit === audit) && (!question || row.dataset.question === question);
    row.hidden = !visible;
    shown += visible ? 1 : 0;
  }
  document.getElementById('shown').textContent = shown + ' finding(s) shown';
  const params = new URLSearchParams();
  if (audit) params.set('audit', audit);
  if (question) params.set('question', question);
  history.replaceState(null, '', params.toString() ? '#' + params.toString() : location.pathname);
}
function fromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  document.getElementById('audit-filter').value = params.get('audit') || '';
  document.getElementById('question-filter').value = params.get('question') || '';
  applyFilter();
}
document.getElementById('audit-filter').addEventListener('change', applyFilter);
document.getElementById('question-filter').addEventListener('change', applyFilter);
window.addEventListener('hashchange', fromHash);
fromHash();"""


def write_report(out_dir: str | Path, results: list[AuditResult], path: str | Path) -> Path:
    findings = [f for r in results for f in r.findings]
    items, answers = _evidence(out_dir, sorted({f.sku for f in findings}))
    rows = "\n".join(_finding_row(f, items.get(f.sku, {}), answers.get((f.sku, f.question_id), {})) for f in findings)
    audits = sorted({f.audit for f in findings})
    questions = sorted({f.question_id for f in findings if f.question_id})
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>enrich audit: {html.escape(str(out_dir))}</title>
<style>{STYLE}</style></head><body>
<h1>enrich audit</h1><p class="meta">{html.escape(str(Path(out_dir).resolve()))}</p>
{_summary(results)}
<div id="filters">audit {_select("audit-filter", audits)} question {_select("question-filter", questions)}
<span id="shown"></span></div>
<table id="findings"><thead><tr><th>image</th><th>sku</th><th>audit</th><th>question</th><th>answer (EN / PT)</th>
<th>finding</th><th>evidence</th></tr></thead><tbody>
{rows}
</tbody></table>
<script>{SCRIPT}</script></body></html>
"""
    target = Path(path)
    target.write_text(page, encoding="utf-8")
    return target


def _evidence(out_dir, skus: list[str]) -> tuple[dict, dict]:
    if not skus:
        return {}, {}
    con = connect(out_dir)
    cursor = con.execute("SELECT * FROM items WHERE sku IN (SELECT unnest($skus))", {"skus": skus})
    columns = [d[0] for d in cursor.description]
    items = {row["sku"]: row for row in (dict(zip(columns, values)) for values in cursor.fetchall())}
    cursor = con.execute(
        "SELECT sku, question_id, answer_en, answer_pt FROM answers WHERE sku IN (SELECT unnest($skus))", {"skus": skus}
    )
    answers = {(sku, q): {"en": en, "pt": pt} for sku, q, en, pt in cursor.fetchall()}
    return items, answers


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


def _select(element_id: str, values: list[str]) -> str:
    options = "".join(f"<option value='{_e(v)}'>{_e(v)}</option>" for v in values)
    return f"<select id='{element_id}'><option value=''>all</option>{options}</select>"


def _finding_row(finding, item: dict, answer: dict) -> str:
    known = set(ITEMS_SCHEMA.names)
    metadata = {k: v for k, v in item.items() if k not in known and v not in (None, "")}
    colors = "".join(
        f"<span class='chip'>{_e(c['color'])} {c['share']:.0%}</span>" for c in item.get("pixel_colors") or []
    )
    evidence = (
        f"<div>caption: {_e(item.get('caption_en'))}</div>"
        f"<div>pixel colors: {colors or 'none'}</div>"
        f"<div class='meta'>catalog: {_e(json.dumps(metadata, ensure_ascii=False, default=str))}</div>"
    )
    answered = f"{_e(answer.get('en'))}<br><span class='meta'>{_e(answer.get('pt'))}</span>" if answer else ""
    return (
        f"<tr class='finding' data-audit='{_e(finding.audit)}' data-question='{_e(finding.question_id or '')}'>"
        f"<td>{_thumbnail(item.get('image_uri'))}</td><td>{_e(finding.sku)}</td><td>{_e(finding.audit)}</td>"
        f"<td>{_e(finding.question_id or '')}</td><td>{answered}</td><td>{_e(finding.detail)}</td>"
        f"<td>{evidence}</td></tr>"
    )


def _thumbnail(uri: str | None) -> str:
    """A small JPEG of a local image as a data URI; remote or unreadable images get a note instead."""
    if not uri or not uri.startswith("file://"):
        return "<span class='meta'>no local image</span>"
    from PIL import Image

    try:
        with Image.open(unquote(urlparse(uri).path)) as image:
            image.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
            buffer = io.BytesIO()
            image.convert("RGB").save(buffer, "JPEG", quality=80)
    except (OSError, ValueError, Image.DecompressionBombError):
        return "<span class='meta'>unreadable image</span>"
    data = base64.b64encode(buffer.getvalue()).decode()
    return f"<img alt='' width='{THUMBNAIL_SIDE}' src='data:image/jpeg;base64,{data}'>"


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)
