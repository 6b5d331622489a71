"""Reviewed labels: the CSV the review page exports (`sku, question_id, expected`), read one way by `enrich audit
--labels` (accuracy per question) and `enrich train --labels` (training targets).

A closed value is mapped to the questionnaire's canonical value, as the model's answers are ("Charcoal" is grey,
"Shirts" is shirt; a pt-BR value too: "cinza" is grey), so a reviewer's synonym is no false regression; a value that
maps to none, a question the questionnaire does not ask, a row without a sku or a value, and two different values
for one answer are refused with the line they are on. A file saved by a spreadsheet (a UTF-8 byte-order mark) reads
as the export does, and a cell the export kept from running as a formula (a quote before =, +, -, @, a tab or a
quote) reads as its value.
"""

from __future__ import annotations

import csv
import logging
import re
import unicodedata
from pathlib import Path

from enrich import EnrichError
from enrich.catalog_checks import sku_key
from enrich.questionnaire import CLOSED, Questionnaire, load_questionnaire

COLUMNS = ("sku", "question_id", "expected")
log = logging.getLogger(__name__)
CAPTION = "caption"  # a label of the caption, not a question: kept as written
GUARDED = ("=", "+", "-", "@", "\t", "\r", "'")  # the export puts a quote before a cell that starts so


def read_labels(path: str | Path, questionnaire: Questionnaire, retired=frozenset()) -> dict[tuple[str, str], str]:
    """(sku, question id) -> the expected answer, closed values as the questionnaire's canonical ones.

    A label of a `retired` question (one the output once asked and its questionnaire no longer has: dropped or
    renamed) is left out, with a warning: a golden file kept for months has them. Any other question id not in the
    questionnaire is refused (a typo would lose its labels)."""
    rows = _rows(path)
    questions = {q.id: q for q in questionnaire.questions}
    labels: dict[tuple[str, str], str] = {}
    read: dict[tuple[str, str], str | None] = {}  # each question's distinct values read once: labels repeat them
    left_out: dict[str, int] = {}
    for line, row in rows:
        sku, question_id, expected = (unguarded(str(row.get(k) or "").strip()).strip() for k in COLUMNS)
        if (sku.lstrip("\ufeff").lower(), question_id.lower(), expected.lower()) == COLUMNS:  # exports joined by `cat`
            continue
        question = questions.get(question_id)
        if question is None and question_id in retired:
            left_out[question_id] = left_out.get(question_id, 0) + 1
            continue
        if question_id != CAPTION and question is None:
            raise EnrichError(
                f"{path} line {line}: no question {question_id!r} in the questionnaire {questionnaire.name!r} "
                f"({', '.join(sorted(questions))}): correct the question id, or pass the questionnaire the answers "
                "were made with"
            )
        if question is not None and question.kind == CLOSED:
            if (question_id, expected) not in read:
                read[question_id, expected] = closed_value(question, expected)
            target = read[question_id, expected]
        else:
            target = expected
        sku = sku_key(sku)  # as the catalog reads it
        if not sku:
            raise EnrichError(f"{path} line {line}: no sku (the label is {question_id} = {expected!r})")
        if not target:
            values = ", ".join(v.canonical for v in question.values) if question is not None else ""
            raise EnrichError(
                f"{path} line {line}: {expected!r} is no value of {question_id} (sku {sku!r})"
                + (f"; its values: {values} (or a synonym): correct the line, or delete it" if values else "")
            )
        if labels.setdefault((sku, question_id), target) != target:
            raise EnrichError(f"{path} line {line}: {sku} {question_id} is labelled twice, differently")
    for question_id, count in sorted(left_out.items()):
        log.warning(
            f"{path}: {count} label(s) of {question_id!r}, a question the output no longer asks (dropped or renamed), "
            "are left out; rename it in the file if the question was renamed"
        )
    return labels


def closed_value(question, expected: str) -> str | None:
    """The canonical value a reviewer means, typed in English ("Charcoal" is grey) or in pt-BR ("cinza"), read as
    the seller map reads a catalog's words ("Camisetas" is t-shirt, "Dark Grey" grey); for any closed question,
    also one of its values' own phrasings in either language as a whole ("Manga Longa", "Liso", "Xadrez": the page
    shows each answer's pt-BR text, and a Brazilian reviewer types it)."""
    from enrich.seller import read_value

    return question.normalize(expected) or read_value(question, expected) or _phrased(question, expected)


def phrase_key(text: str) -> str:
    """A phrase compared as the review page compares it: lower case, no accents, letters and digits alone."""
    text = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))
    return "".join(re.findall(r"[a-z0-9]+", text))


def _phrased(question, text: str) -> str | None:
    meanings = {v.canonical for v in question.values for p in v.catalog_phrases if phrase_key(p) == phrase_key(text)}
    return meanings.pop() if len(meanings) == 1 else None


def unguarded(cell: str) -> str:
    """The review page writes a cell a spreadsheet would run as a formula ("=1+1"), or one that starts with a quote,
    behind a quote: the value is what follows it."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] and cell[1:2] in GUARDED else cell


def _rows(path: str | Path) -> list[tuple[int, dict]]:
    """The rows with the line each ends on (a quoted cell may hold a line break). A spreadsheet's export with `;`
    or tabs between the cells reads too, and so does a header in capitals or with spaces (`sku, question_id,
    expected`, as --help writes it)."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.reader(handle, delimiter=_delimiter(handle.readline()), strict=True)
            handle.seek(0)  # (the decoder drops a byte-order mark again)
            header = [name.strip().lower() for name in next(reader, [])]
            rows = [(reader.line_num, cells) for cells in reader if any(cell.strip() for cell in cells)]
    except (OSError, UnicodeDecodeError) as exc:
        raise EnrichError(f"cannot read labels {path}: {exc} (a UTF-8 CSV: {', '.join(COLUMNS)})") from None
    except csv.Error as exc:  # strict: a quote left open would swallow the rest of the file into one value
        if "field limit" in str(exc):  # a cell of over 131,072 characters: no label is one
            raise EnrichError(
                f"{path} line {reader.line_num}: a cell of over {csv.field_size_limit():,} characters; a label is a "
                "value or a phrase: is this the labels CSV (sku, question_id, expected), or did a quote open and "
                "never close?"
            ) from None
        raise EnrichError(f"{path} line {reader.line_num}: {exc} (a quote opened and never closed?)") from None
    if not set(COLUMNS) <= set(header):
        raise EnrichError(
            f"{path} must be a CSV with the columns {', '.join(COLUMNS)} (the review page's export); its header "
            f"is {', '.join(header) or 'empty'}"
        )
    if not rows:
        raise EnrichError(f"{path} has no labels, only its header")
    for line, cells in rows:
        if any(cell.strip() for cell in cells[len(header) :]):  # a value cut at its comma (a spreadsheet's empty
            # cells past the header, "a,color,red,", say nothing)
            raise EnrichError(
                f"{path} line {line}: {len(cells)} cells under a header of {len(header)}: quote a value that holds "
                f'a comma ("no sleeves, a waist seam")'
            )
    return [(line, dict(zip(header, cells))) for line, cells in rows]


def _delimiter(first_line: str) -> str:
    """`,`, unless the header holds none and a spreadsheet's `;` or tab (a locale whose decimal mark is a comma)."""
    if "," in first_line:
        return ","
    return ";" if ";" in first_line else "\t" if "\t" in first_line else ","


def questionnaire_of_output(out_dir: str | Path, path: str | None = None) -> Questionnaire:
    """The questionnaire labels of an output are read with: `path` when given, else the latest run's while its file
    is there (edited since: said), else the bundled default."""
    from enrich.config import default_questionnaire
    from enrich.store import Layout
    from enrich.store.runs import manifests

    if path:
        return load_questionnaire(path)
    recorded = [m["questionnaire"] for m in manifests(Layout.of(out_dir)) if m.get("questionnaire")]
    if recorded and recorded[-1].get("path") and not Path(recorded[-1]["path"]).is_file():
        log.warning(
            f"{recorded[-1]['path']}, the questionnaire of the output's latest run, is gone: the labels map through "
            "the bundled one (pass --questionnaire)"
        )
    if recorded and recorded[-1].get("path") and Path(recorded[-1]["path"]).is_file():
        questionnaire = load_questionnaire(recorded[-1]["path"])
        if questionnaire.sha256 != recorded[-1].get("sha256"):  # still the nearest to the run's: said, and used
            log.warning(f"{recorded[-1]['path']} changed since the output's latest run; the labels map through it")
        return questionnaire
    return load_questionnaire(default_questionnaire())
