"""How well the answers agree with reviewed labels, and the gate that keeps that from falling night to night.

`enrich audit --labels golden.csv` scores each question's answers against the labels (the `--labels` format the
review page exports, read as `enrich train` reads it); `--baseline` writes the scores once, then fails a later
audit whose accuracy on a question falls more than `--margin` below them.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from enrich import EnrichError
from enrich.display import printable
from enrich.store.runs import replace_text
from enrich.views import connect

log = logging.getLogger(__name__)

# a stored sku as labels are read (labels.py): an output may hold one an older night stored decomposed (NFD)
STORED = "nfc_normalize(sku)"

if TYPE_CHECKING:
    from enrich.questionnaire import Questionnaire


def expected_labels(out_dir: str | Path, labels: str | Path, questionnaire: Questionnaire | None = None) -> dict:
    """The labels as `accuracy` reads them (labels.read_labels): a question the output once asked and `questionnaire`
    (by default the output's own) no longer has is left out, with a warning; any other unknown one is refused."""
    from enrich.labels import questionnaire_of_output, read_labels

    questionnaire = questionnaire or questionnaire_of_output(out_dir)
    history = "SELECT DISTINCT question_id FROM answers_history"
    asked = {question_id for (question_id,) in connect(out_dir).execute(history).fetchall()}
    return read_labels(labels, questionnaire, retired=asked - {q.id for q in questionnaire.questions})


def accuracy(
    out_dir: str | Path, labels: str | Path, questionnaire: Questionnaire | None = None, expected: dict | None = None
) -> dict[str, dict]:
    """Per question: labelled items, correct answers (case-insensitive exact match), accuracy.

    `labels` is a CSV with sku, question_id, expected, read as `enrich train` reads it (enrich/labels.py: closed
    values mapped through `questionnaire`, by default the output's own); a labelled item without an answer counts
    as wrong (an error item's), a labelled sku the output does not have is left out, with a warning. A caption
    label is compared with the item's caption. `expected`: the labels as `expected_labels` read them already.
    """
    from enrich.labels import CAPTION

    expected = expected if expected is not None else expected_labels(out_dir, labels, questionnaire)
    con = connect(out_dir)
    skus = {"skus": sorted({sku for sku, _ in expected})}
    found = {
        sku
        for (sku,) in con.execute(
            f"SELECT {STORED} FROM items WHERE {STORED} IN (SELECT unnest($skus))", skus
        ).fetchall()
    }
    absent = sorted({sku for sku, _ in expected} - found)
    if absent and not found:
        raise EnrichError(
            f"none of the {len(absent)} labelled skus is in this output (e.g. {absent[0]!r}): labels of another "
            "catalog or output?"
        )
    if absent:  # products the catalog dropped since they were labelled: a golden file kept for months has them
        log.warning(
            f"{len(absent)} labelled sku(s) are not in this output (gone from the catalog?), e.g. {absent[0]!r}: "
            "their labels are left out of the accuracy"
        )
        expected = {key: value for key, value in expected.items() if key[0] in found}
    given = dict(
        con.execute(
            f"SELECT {STORED} || chr(31) || question_id, answer_en FROM answers "
            f"WHERE {STORED} IN (SELECT unnest($skus)) "
            f"UNION ALL SELECT {STORED} || chr(31) || '{CAPTION}', caption_en FROM items "
            f"WHERE {STORED} IN (SELECT unnest($skus))",
            skus,
        ).fetchall()
    )
    per_question: dict[str, dict] = {}
    for (sku, question_id), value in expected.items():
        entry = per_question.setdefault(question_id, {"labelled": 0, "correct": 0})
        entry["labelled"] += 1
        # both sides lowered by Python: DuckDB's lower() differs from it on a few letters (İ, a final Σ)
        entry["correct"] += (given.get(f"{sku}\x1f{question_id}") or "").strip().lower() == value.strip().lower()
    for entry in per_question.values():
        entry["accuracy"] = round(entry["correct"] / entry["labelled"], 4)
    return dict(sorted(per_question.items()))


def regressions(current: dict[str, dict], baseline: dict[str, float], margin: float) -> list[str]:
    """Questions whose accuracy fell more than `margin` below the baseline, or that lost their labels."""
    found = []
    for question, before in sorted(baseline.items()):
        now = current.get(question, {}).get("accuracy")
        if now is None:
            found.append(f"{question}: no labelled answers now (baseline {before:.1%})")
        elif now < before - margin:
            found.append(f"{question}: accuracy {now:.1%}, baseline {before:.1%} (margin {margin:.1%})")
    return found


def accuracy_lines(current: dict[str, dict]) -> list[str]:
    lines = ["question          labelled  correct  accuracy"]
    lines += [
        f"{printable(q):<16}  {e['labelled']:>8}  {e['correct']:>7}  {e['accuracy']:>8.1%}" for q, e in current.items()
    ]
    return lines


def baseline_gate(scores: dict[str, dict], baseline: str | Path, margin: float) -> tuple[bool, list[str]]:
    """(written, regressions): the baseline is written from `scores` when it does not exist yet."""
    path = Path(baseline)
    if not path.exists():
        text = json.dumps({q: e["accuracy"] for q, e in scores.items()}, indent=2) + "\n"
        replace_text(path, text)  # a failed write left an empty file that no later gate could read
        return True, []
    try:
        stored = {str(k): float(v) for k, v in json.loads(path.read_text()).items()}
    except (ValueError, AttributeError, TypeError) as exc:
        raise EnrichError(f"{path} is not a baseline (JSON object question -> accuracy): {exc}") from None
    return False, regressions(scores, stored, margin)
