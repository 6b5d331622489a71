"""The seller's taxonomy in the questionnaire's words: catalog columns (category, color) mapped to closed values.

A seller writes "Tshirts", "Navy Blue", "Off White", "Calças Jeans"; the questionnaire says t-shirt, navy, white,
jeans. A seller map names which catalog column answers which closed question and how the seller's values translate.
Values match by meaning, as a whole: case, spaces, punctuation, accents and each word's plural (English or
Portuguese) are ignored, nothing else, so "Sweatshirts" is never "shirt". The job's map and the questionnaire's
values, synonyms, aliases and pt-BR words make one table; failing the whole value, it is read without its audience
words ("Kids Dresses"), a color without its shade words too ("Dark Grey", "Mid Blue") or by the one value its words
name, named last or twice ("Glacier White", "Olive Green"), a garment by its last word where the words before it
only describe it ("Formal Shirts", "Party Dresses"), and as alternatives that all mean one value ("Coats & Jackets").
A value that matches nothing is unmapped (NULL), never guessed: the audits report it as unmapped, not as
a mismatch.

    [columns]                     # catalog column = question id
    article_type = "garment_type"
    [values.garment_type]         # seller value = the question's value (canonical or a synonym)
    "Track Pants" = "trousers"
    [unmapped]                    # left unmapped on purpose: marked, so the audits do not list them
    garment_type = ["Tops"]

Without a file the map is the default: `category` -> garment_type and `color` -> color, where both exist.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import pyarrow as pa

from enrich import EnrichError
from enrich.questionnaire import CLOSED, GARMENT_QUESTION, Question, Questionnaire
from enrich.seller_words import ALTERNATIVES, LISTED, SPACED_DASH, head_meaning, match_key, meaning
from enrich.tomlcheck import read_toml_text

ON_PURPOSE = "_unmapped_on_purpose"  # seller_<q>_unmapped_on_purpose: true where [unmapped] lists the value
ON_PURPOSE_VALUE = "(unmapped on purpose)"  # what the [unmapped] values mean, read as a map's values are
DEFAULT_COLUMNS = (("category", "garment_type"), ("color", "color"))
_KNOWN_KEYS = {"columns", "values", "unmapped"}


@dataclass(frozen=True)
class SellerMap:
    """Which catalog column answers which closed question, and each question's seller value -> canonical value."""

    columns: tuple[tuple[str, str], ...]  # (catalog column, question id)
    lookup: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # question -> match_key -> canonical
    source: str | None = None  # the TOML file, None for the default map
    required: bool = False  # a file's columns must exist in the catalog; the default's are used where present
    colors: frozenset[str] = frozenset()  # the questions that ask for a color: shade and head words apply
    closed: frozenset[str] = frozenset()  # every closed question: a catalog column seller_<q> is enrich's name
    # question -> the seller values left unmapped on purpose ([unmapped]), read as values are: seller_unmapped
    # does not report them
    on_purpose: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def canonical(self, question: str, seller_value: str | None) -> str | None:
        """The questionnaire's value the seller's text means, or None (absent or unmapped). Failing the whole text:
        the text without the audience words around it ("Kids Dresses", "Camisetas Masculinas"), and alternatives
        that all mean one value ("Coats & Jackets"); for a color, a colorway's first color ("Black/White" is black)."""
        if seller_value is None or not str(seller_value).strip():
            return None
        table, color, text = self.lookup.get(question, {}), question in self.colors, str(seller_value)
        found = meaning(table, text, color)
        listed = [part for part in LISTED.split(text) if part.strip()]
        if len(listed) > 1 and all(meaning(table, part, color) for part in listed):
            # a list of values ("Dresses, Shirts", "Coats | Jackets", "Navy - Blue"): read whole, "Dresses, Shirts" was
            # the alias "dress shirt"; a part that names none is spacing ("Printed, Red", "Men|Shirts", "Off - White")
            meanings = {meaning(table, part, color) for part in listed}
            found = meanings.pop() if len(meanings) == 1 else None
            if found is None and color and SPACED_DASH.search(text):
                found = meaning(table, listed[0], color)  # "Navy - Blue", "Black - White": a colorway, as below
        parts = [part for part in ALTERNATIVES.split(text) if part.strip()]
        if found is None and len(parts) > 1:
            meanings = {meaning(table, part, color) for part in parts}
            found = meanings.pop() if len(meanings) == 1 else None
        if found is None and question == GARMENT_QUESTION and not color:
            found = head_meaning(table, text)  # "Formal Shirts", "Party Dresses": a garment described
        if found is None and color and "/" in text:
            # a colorway names its main color first ("Cloud White/Black", "Black/Volt", "Navy/White Stripe"): the
            # sportswear brands' convention, and the ground of a print
            found = meaning(table, text.split("/")[0], color)
        return found

    def on_purpose_reading(self) -> SellerMap:
        """The values left unmapped on purpose as a map of their own, read as a seller's values are ("Kids Tops",
        "Light Gold", "Gold/Multi", "Tops & Tunics"): its canonical() is ON_PURPOSE_VALUE for them."""
        return dataclasses.replace(self, lookup=self.on_purpose, on_purpose=MappingProxyType({}))

    def column_for(self, question: str) -> str | None:
        return next((column for column, q in self.columns if q == question), None)


def load_seller_map(path: str | Path | None, questionnaire: Questionnaire) -> SellerMap:
    """The job's seller map (TOML) checked against the questionnaire, or the default map when `path` is None."""
    if path is None:
        closed = {q.id for q in questionnaire.questions if q.kind == CLOSED}
        columns = {column: qid for column, qid in DEFAULT_COLUMNS if qid in closed}
        return build_seller_map({"columns": columns} if columns else {}, questionnaire, source=None)
    path = Path(path)
    try:
        data = tomllib.loads(read_toml_text(path, "seller map"))
    except tomllib.TOMLDecodeError as exc:
        raise EnrichError(f"seller map {path} is not valid TOML: {exc}") from None
    try:
        return build_seller_map(data, questionnaire, source=str(path))
    except EnrichError as exc:
        raise EnrichError(f"seller map {path}: {exc}") from None


def build_seller_map(data: dict, questionnaire: Questionnaire, source: str | None) -> SellerMap:
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown:
        raise EnrichError(f"unknown keys {unknown}; a seller map has [columns] and [values.QUESTION] tables")
    closed = {q.id: q for q in questionnaire.questions if q.kind == CLOSED}
    columns = _columns(data.get("columns", {}), closed) if source or data.get("columns") else ()
    values = data.get("values", {})
    if not isinstance(values, dict):
        raise EnrichError('values must be tables: [values.QUESTION] with "seller value" = "question\'s value"')
    mapped = {q for _, q in columns}
    for qid in values:
        if qid not in mapped:
            raise EnrichError(f"[values.{qid}]: no column maps to question {qid!r}; add it under [columns]")
    lookup = {qid: _lookup(closed[qid], values.get(qid, {})) for qid in mapped}
    seller_map = SellerMap(
        columns=columns,
        lookup=MappingProxyType({q: MappingProxyType(table) for q, table in lookup.items()}),
        source=source,
        required=source is not None,
        colors=frozenset(qid for qid in mapped if closed[qid].asks_color),
        closed=frozenset(closed),
    )
    on_purpose = _on_purpose(data.get("unmapped", {}), seller_map)
    return dataclasses.replace(seller_map, on_purpose=MappingProxyType(on_purpose)) if on_purpose else seller_map


def _on_purpose(table: object, seller_map: SellerMap) -> dict[str, Mapping[str, str]]:
    """[unmapped]: question = ["Tops", ...], the seller values its author leaves unmapped on purpose (a generic
    class no one value names); each must be a question's with a column, and must not map."""
    if not isinstance(table, dict) or not all(
        isinstance(v, list) and all(isinstance(x, str) for x in v) for v in table.values()
    ):
        raise EnrichError('[unmapped] holds lists of seller values: garment_type = ["Tops"]')
    found = {}
    for qid, listed in table.items():
        if seller_map.column_for(qid) is None:
            raise EnrichError(f"[unmapped] {qid}: no column maps to question {qid!r}; add it under [columns]")
        for value in listed:
            meaning = seller_map.canonical(qid, value)
            if meaning is not None:
                raise EnrichError(f"[unmapped] {qid}: {value!r} maps to {meaning!r}; remove it from one of them")
        if any(not re.search(r"[^\W_]", match_key(value)) for value in listed):
            raise EnrichError(f"[unmapped] {qid}: a value with no words names no seller value; remove it")
        found[qid] = MappingProxyType({match_key(value): ON_PURPOSE_VALUE for value in listed})
    return found


def _columns(table: object, closed: dict[str, Question]) -> tuple[tuple[str, str], ...]:
    if not isinstance(table, dict) or not table:
        raise EnrichError('[columns] is missing or empty: name the catalog columns, e.g. category = "garment_type"')
    for column, qid in table.items():
        if column in ("sku", "image"):  # the catalog's keys, never seller columns (they leave the catalog's extras)
            raise EnrichError(f"[columns] {column} is the catalog's {column} column, not a seller column to map")
        if not isinstance(qid, str):
            raise EnrichError(f'[columns] {column} must name one question as a string: {column} = "garment_type"')
        if qid not in closed:
            raise EnrichError(f"column {column!r} maps to {qid!r}, not a closed question; use one of {sorted(closed)}")
        if qid.endswith(("_raw", ON_PURPOSE)):  # seller_<q>_raw would read as the raw column of another question
            raise EnrichError(
                f"question {qid!r} cannot take a seller column: its id ends like one enrich adds; rename it"
            )
    questions = list(table.values())
    repeated = sorted({q for q in questions if questions.count(q) > 1})
    if repeated:
        raise EnrichError(f"several columns map to {repeated}; map one column per question")
    return tuple(table.items())


def _lookup(question: Question, seller_values: object) -> dict[str, str]:
    """Explicit seller values first, then the questionnaire's values, synonyms, aliases and pt-BR words, all by
    match_key."""
    if not isinstance(seller_values, dict):
        raise EnrichError(f'[values.{question.id}] must be a table of "seller value" = "value"')
    table: dict[str, str] = {}
    for seller_value, value in seller_values.items():
        canonical = question.normalize(value) if isinstance(value, str) else None
        if canonical is None:
            allowed = ", ".join(v.canonical for v in question.values)
            raise EnrichError(f"{seller_value!r} = {value!r}: not a value of {question.id} ({allowed})")
        key = match_key(seller_value)
        if not re.search(r"[^\W_]", key):  # it would map every wordless value ("?", "-", "&", "...") a catalog holds
            raise EnrichError(f"[values.{question.id}] {seller_value!r} has no words and names no seller value")
        if table.setdefault(key, canonical) != canonical:
            raise EnrichError(f"{seller_value!r} maps to both {table[key]!r} and {canonical!r} in {question.id}")
    owners: dict[str, dict[str, str]] = {}  # key -> canonical value -> a phrase of it
    for value in question.values:
        for phrase in value.catalog_phrases:
            owners.setdefault(match_key(phrase), {}).setdefault(value.canonical, phrase)
    for key, phrases in owners.items():
        if len(phrases) > 1:  # two values would read the same in a seller's column: neither could be mapped
            named = " and ".join(f"{phrase!r} ({canonical})" for canonical, phrase in phrases.items())
            raise EnrichError(f"question {question.id}: {named} read the same in a seller's column; remove one")
        table.setdefault(key, next(iter(phrases)))
    return table


def read_value(question: Question, text: str) -> str | None:
    """The canonical value a reviewer's typed label means for a garment or color question, read as a seller's word
    is against the questionnaire alone, as a whole: plurals, pt-BR words, audience and shade words ("Camisetas",
    "Dark Grey"), never a color named among other words ("not black" is no black). Other questions: None, since a
    plural can be another value there ("Shorts" is no short sleeve)."""
    if question.id != GARMENT_QUESTION and not question.asks_color:
        return None
    return meaning(_questionnaire_lookup(question), text, question.asks_color, named=False)


@functools.lru_cache(maxsize=64)
def _questionnaire_lookup(question: Question) -> dict[str, str]:
    return _lookup(question, {})


def apply(seller_map: SellerMap, extras: pa.Table) -> pa.Table:
    """The catalog's extras plus `seller_<q>` (canonical value or NULL) and `seller_<q>_raw` for each mapped q, and
    `seller_<q>_unmapped_on_purpose` where the map has [unmapped] values for q."""
    reserved = {f"seller_{q}{end}" for q in seller_map.closed for end in ("", "_raw", ON_PURPOSE)}
    clashes = [name for name in extras.column_names if name.lower() in reserved]  # the output's names ignore case
    if clashes:
        raise EnrichError(
            f"the catalog has column(s) {clashes}, named as enrich names the seller map's columns (seller_QUESTION, "
            "seller_QUESTION_raw); rename them: enrich adds those, and the audits would read them as mapped"
        )
    catalog_columns = extras.column_names  # (the seller columns added below are enrich's, not the catalog's)
    for column, qid in seller_map.columns:
        if column not in catalog_columns:
            if seller_map.required:
                raise EnrichError(
                    f"seller map {seller_map.source}: the catalog has no column {column!r} "
                    f"(its columns: {catalog_columns}); fix [columns]"
                )
            continue
        raw = [_text(v) for v in extras.column(column).to_pylist()]
        # each distinct value read once: a catalog repeats a few hundred categories and colors over all its rows, and
        # reading each row's took 1.9 s of a 3.8 s night with nothing to do at 100,000 items
        meanings = {v: seller_map.canonical(qid, v) for v in set(raw)}
        mapped = [meanings[v] for v in raw]
        marker = f"seller_{qid}{ON_PURPOSE}"
        added = {f"seller_{qid}": pa.array(mapped, pa.string()), f"seller_{qid}_raw": pa.array(raw, pa.string())}
        if qid in seller_map.on_purpose:  # true where the map leaves the value unmapped on purpose, else NULL
            marks = seller_map.on_purpose_reading()
            marked = {v: True if meanings[v] is None and marks.canonical(qid, v) else None for v in meanings}
            chosen = [marked[v] for v in raw]
            added[marker] = pa.array(chosen, pa.bool_())
        for name, values in added.items():
            extras = extras.append_column(name, values)
    return extras


def _text(value: object) -> str | None:
    """The seller's value, or None: absent, blank, or a placeholder with no word in it ("-", "?", "n/a" has words)
    that no map can name, so seller_unmapped does not report it as a value."""
    if value is None:
        return None
    text = str(value).strip()
    return text if any(c.isalnum() for c in text) else None


def columns_fingerprint(seller_map: SellerMap, extras: pa.Table) -> str:
    """What the seller columns came out as, row by row. A run resumed after the map, the questionnaire's pt_aliases or
    a matching rule changed would finish a plan made from other values: the resume key holds this, so it plans anew.
    Only the columns `apply` adds: a catalog's own "seller_since" is the catalog checksum's."""
    digest = hashlib.sha256()
    for _, qid in seller_map.columns:
        for name in (f"seller_{qid}", f"seller_{qid}_raw", f"seller_{qid}{ON_PURPOSE}"):
            if name in extras.column_names:
                digest.update(json.dumps([name, extras.column(name).to_pylist()], ensure_ascii=False).encode())
    return digest.hexdigest()[:16]
