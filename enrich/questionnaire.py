"""The questionnaire: caption prompt, questions, closed vocabularies with synonyms and pt-BR values.

Pure: parsing, validation, prompt text, answer normalization and the content hash stored with every row.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

from enrich import EnrichError
from enrich.records import Task
from enrich.tomlcheck import read_toml_text

OPEN = "open"
CLOSED = "closed"
GARMENT_QUESTION = "garment_type"  # the question whose answer (or its seller mapping) picks the pixel-color region
_ARTICLES = re.compile(r"^(a|an|the)\s+")
_COLOR = re.compile(r"colou?r|\bcor(?:es)?\b", re.IGNORECASE)  # and a Portuguese question's "cor"
_WORD = re.compile(r"[a-z0-9']+")
_ASKING = re.compile(r"^(?:how|what|which|why|where|is|are|does|do|can)\b|\?$")
_QUESTION = re.compile(r"Question:\s*(.*?)\s*Answer:", re.IGNORECASE | re.DOTALL)
_SHADE = re.compile(r"^(?:light|dark|pale|bright|deep|medium|soft)\s+(?=\S)")
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_ALTERNATIVES = re.compile(r"\s*[/_]\s*|\s+or\s+")
_PLURAL_ES = re.compile(r"(?:(?<=[sxz])|(?<=ch)|(?<=sh))es$")  # dresses, boxes: the singular ends before "es"
_PLURAL_S = re.compile(r"(?<=[^su])s$")  # skirts, sweaters, hoodies; not dress, not a value's own final s
_TYPE = re.compile(r"\b(?:type|kind|category)\b", re.IGNORECASE)
_EDGE_PUNCTUATION = re.compile(r"^[\s\"'.,;:!?()]+|[\s\"'.,;:!?()]+$")


@dataclass(frozen=True)
class Value:
    """A canonical closed answer, its pt-BR translation and the phrasings that mean it.

    The ranking engine scores the canonical value and its synonyms for every image; aliases only map what is read
    (a generated answer, a seller's value), since each scored phrasing costs decoder tokens per image. pt_aliases
    are the other words a Brazilian catalog uses for it ("Preta", "Azul Escuro", "Moletom"); only a seller's
    columns are read in Portuguese.
    """

    canonical: str
    pt: str
    synonyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    pt_aliases: tuple[str, ...] = ()

    @property
    def phrases(self) -> tuple[str, ...]:
        """Everything that means this value when read."""
        return (self.canonical, *self.synonyms, *self.aliases)

    @property
    def catalog_phrases(self) -> tuple[str, ...]:
        """Everything that means this value in a seller's catalog, in English or pt-BR."""
        return (*self.phrases, self.pt, *self.pt_aliases)


@dataclass(frozen=True)
class Question:
    id: str
    prompt: str
    kind: str
    max_new_tokens: int
    values: tuple[Value, ...] = ()
    adapter: str | None = None  # which named LoRA adapter answers; None is the base model

    def normalize(self, text: str) -> str | None:
        """The canonical value this text means, or None: closed answers are mapped, never coerced. Besides the
        values and synonyms: the question's own words around a value ("long-sleeve" for "How long are the
        sleeves?", "the color is blue"); for a color question, a shade word before a value ("dark grey") and two or
        three different words that each name the same value ("olive green"); alternatives that all mean one value
        ("jacket/coat"). "navy and white", "black/white" and "blue blue blue" mean none."""
        key = normalize_text(text)
        found = self._meaning(key)
        parts = [normalize_text(p) for p in _ALTERNATIVES.split(key)]
        if found is None and _TYPE.search(self.prompt) and len(key.split()) == 2 and len(parts) == 1:
            parts = key.split()  # "blouses shirts": the In-shop class "Blouses_Shirts" decoded with a space
        if found is None and 1 < len(parts) <= 3 and len(set(parts)) == len(parts):
            # "jacket/coat", "sweatshirt or hoodie": alternatives that all mean one value (In-shop class names);
            # "blue/blue/blue" is a loop, not alternatives
            meanings = {self._meaning(part) for part in parts}
            found = meanings.pop() if len(meanings) == 1 else None
        return found

    def _meaning(self, key: str) -> str | None:
        for candidate in dict.fromkeys((key, self._without_prompt_words(key))):
            found = self._lookup(candidate) or self._color_forms(candidate)
            if found is not None:
                return found
        return None

    def _without_prompt_words(self, key: str) -> str:
        if _ASKING.search(key):  # "how long", "are the sleeves long?" ask; they do not answer
            return key
        question = _QUESTION.search(self.prompt)  # the question inside the prompt's Question:/Answer: format
        asked = {_stem(word) for word in _WORD.findall((question[1] if question else self.prompt).lower())}
        words = [w for w in _WORD.findall(key) if _stem(w) not in asked or self._lookup(w) is not None]
        return normalize_text(" ".join(words))

    @property
    def asks_color(self) -> bool:
        return bool(_COLOR.search(f"{self.id} {self.prompt}"))

    def _color_forms(self, key: str) -> str | None:
        if not self.asks_color:  # "medium long" sleeves are not long
            return None
        key = _SHADE.sub("", key)
        words = key.split()
        found = self._lookup(key)
        if found is None and 1 < len(words) <= 3 and len(set(words)) == len(words):
            meanings = {self._lookup(word) for word in words}
            found = meanings.pop() if len(meanings) == 1 else None
        return found

    def _lookup(self, key: str) -> str | None:
        # of a question asking for a type, a plural last word is read as its singular when only that names a value:
        # the VQA adapter's In-shop class names ("Jackets_Coats", "Dresses"); "shorts" and "jeans" are values as they
        # are, and "Shorts" answered to the sleeve question is no short sleeve
        forms = (key, _PLURAL_ES.sub("", key), _PLURAL_S.sub("", key)) if _TYPE.search(self.prompt) else (key,)
        return next((self._phrases[form] for form in dict.fromkeys(forms) if form in self._phrases), None)

    @functools.cached_property
    def _phrases(self) -> dict[str, str]:
        """Each normalized phrase -> the first value (in the questionnaire's order) it names; made once, since every
        closed answer of a night is looked up in it (built per lookup, it was most of the time normalizing took)."""
        phrases: dict[str, str] = {}
        for value in self.values:
            for phrase in value.phrases:
                phrases.setdefault(normalize_text(phrase), value.canonical)
        return phrases

    def candidates(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Every phrasing the ranking engine scores (values and synonyms), and the canonical value each one means."""
        pairs = [(phrase, v.canonical) for v in self.values for phrase in (v.canonical, *v.synonyms)]
        return tuple(p for p, _ in pairs), tuple(c for _, c in pairs)

    def pt_of(self, canonical: str) -> str:
        return next(v.pt for v in self.values if v.canonical == canonical)


@dataclass(frozen=True)
class Questionnaire:
    name: str
    version: str
    caption_prompt: str
    caption_max_new_tokens: int
    questions: tuple[Question, ...]
    caption_adapter: str | None = None

    @property
    def adapters(self) -> set[str]:
        return {a for a in (self.caption_adapter, *(q.adapter for q in self.questions)) if a}

    @property
    def sha256(self) -> str:
        """Hash of what the answers depend on, not the file: comments and layout do not invalidate results, nor do
        pt_aliases, read only from sellers' columns (a run refreshes those columns without the model)."""
        return _hash(self, drop=("pt_aliases",))

    @property
    def asked_sha256(self) -> str:
        """Hash of what the model is asked and scores: prompts, token limits, adapters, values and synonyms. Edits
        outside it (a value's pt-BR, an alias) leave what the model generated valid: a night reads the stored
        answers again through the new questionnaire (enrich/relabel.py) instead of running the model, and reads the
        pixel colors again (no model) of the items whose garment answer now picks another part of the photo."""
        return _hash(self, drop=("pt_aliases", "pt", "aliases"), unnamed=True)

    @property
    def model_sha256(self) -> str:
        """`asked_sha256` with the garment question's aliases, as runs recorded it up to 2026-12-05 (their answer
        picked the pixel region, which no night read again then): compared with such runs' manifests."""
        return _hash(self, drop=("pt_aliases", "pt", "aliases"), keep_aliases_of=GARMENT_QUESTION, unnamed=True)


def _hash(questionnaire: Questionnaire, drop: tuple, keep_aliases_of: str | None = None, unnamed=False) -> str:
    content = asdict(questionnaire)
    if unnamed:  # the name and version label the file: the model never sees them
        del content["name"], content["version"]
    for question in content["questions"]:
        for value in question["values"]:
            for key in drop:
                if not (key == "aliases" and question["id"] == keep_aliases_of):
                    del value[key]
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


TOP_KEYS = frozenset({"name", "version", "max_new_tokens", "caption", "questions"})
CAPTION_KEYS = frozenset({"prompt", "max_new_tokens", "adapter"})
QUESTION_KEYS = frozenset({"id", "kind", "prompt", "max_new_tokens", "values", "adapter"})
MAX_TOKEN_LIMIT = 2048  # the most positions BLIP-2's language models hold (OPT's 2048), prompt and image included


def _stem(word: str) -> str:
    """sleeves, sleeve and sleeved alike; colors and color."""
    return re.sub(r"(?:es|s|ed|d|e)$", "", word)


def normalize_text(text: str) -> str:
    """Lower case, single spaces, no edge punctuation or leading article; a hyphen between words is a space, so
    "off white" is "off-white" and "t shirt" is "t-shirt"."""
    text = _EDGE_PUNCTUATION.sub("", " ".join(_HYPHEN.sub(" ", text.lower()).split()))
    return _ARTICLES.sub("", text)


def load_questionnaire(path: str | Path) -> Questionnaire:
    path = Path(path)
    try:
        data = tomllib.loads(read_toml_text(path, "questionnaire"))
    except tomllib.TOMLDecodeError as exc:
        raise EnrichError(f"questionnaire {path} is not valid TOML: {exc}") from None
    try:
        return parse_questionnaire(data)
    except EnrichError as exc:
        raise EnrichError(f"questionnaire {path}: {exc}") from None


def parse_questionnaire(data: dict) -> Questionnaire:
    _table(data, "at the top level,", TOP_KEYS)  # a misspelt [captions] or max_new_token left the defaults, silently
    default_tokens = _tokens(data.get("max_new_tokens", 30), "max_new_tokens")
    caption = _table(data.get("caption", {}), "[caption]", CAPTION_KEYS)
    entries = data.get("questions", [])
    if not isinstance(entries, list) or not all(isinstance(q, dict) for q in entries):
        raise EnrichError("questions must be [[questions]] tables")
    questions = tuple(_parse_question(q, default_tokens) for q in entries)
    if not questions:
        raise EnrichError("it has no [[questions]]")
    ids = [q.id for q in questions]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise EnrichError(f"duplicate question ids: {', '.join(duplicates)}")
    return Questionnaire(
        name=str(data.get("name", "questionnaire")),
        version=str(data.get("version", "1")),
        caption_prompt=_text(caption.get("prompt", ""), "[caption] prompt"),
        caption_max_new_tokens=_tokens(caption.get("max_new_tokens", 50), "[caption] max_new_tokens"),
        questions=questions,
        caption_adapter=caption.get("adapter"),
    )


def _parse_question(entry: dict, default_tokens: int) -> Question:
    qid = entry.get("id")
    if not isinstance(qid, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", qid):
        raise EnrichError(f"question id {qid!r} must be lower_snake_case")
    if qid == "caption":  # labels, training and the answers' question_id name the caption so
        raise EnrichError("question id 'caption' is the caption's own; name the question otherwise")
    _table(entry, f"question {qid}:", QUESTION_KEYS)  # a misspelt kind made a closed question open, values lost
    kind = entry.get("kind", OPEN)
    if kind not in (OPEN, CLOSED):
        raise EnrichError(f"question {qid}: kind must be 'open' or 'closed', not {kind!r}")
    if not entry.get("prompt"):
        raise EnrichError(f"question {qid}: prompt is missing")
    prompt = _text(entry["prompt"], f"question {qid}: prompt")
    values = _parse_values(qid, _table(entry.get("values", {}), f"question {qid}: values")) if kind == CLOSED else ()
    if kind == CLOSED and not values:
        raise EnrichError(f"question {qid}: a closed question needs [questions.values]")
    tokens = _tokens(entry.get("max_new_tokens", default_tokens), f"question {qid}: max_new_tokens")
    adapter = entry.get("adapter")
    return Question(qid, prompt, kind, tokens, values, adapter and _text(adapter, f"question {qid}: adapter"))


def _table(value: object, where: str, known: frozenset[str] | None = None) -> dict:
    if not isinstance(value, dict):
        raise EnrichError(f"{where} must be a table")
    unknown = sorted(set(value) - known) if known is not None else []
    if unknown:
        raise EnrichError(f"{where} unknown keys {unknown}; known keys are {sorted(known)}")
    return value


def _text(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise EnrichError(f"{where} must be a string, not {value!r}")
    return value


def _tokens(value: object, where: str) -> int:
    """A token limit: a whole number from 1 (0 or less failed every item at the model, blamed on the model)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_TOKEN_LIMIT:
        raise EnrichError(f"{where} must be a whole number from 1 to {MAX_TOKEN_LIMIT}, not {value!r}")
    return value


def _parse_values(qid: str, table: dict) -> tuple[Value, ...]:
    values, owner = [], {}
    for canonical, spec in table.items():
        if not canonical.strip() or canonical != " ".join(canonical.split()):  # ranked as an answer as it is written
            raise EnrichError(
                f"question {qid}: value {canonical!r} must be words with single spaces and none around them"
            )
        if not isinstance(spec, dict) or not spec.get("pt"):
            raise EnrichError(f"question {qid}: value {canonical!r} needs a pt-BR translation (pt = '...')")
        unknown = sorted(set(spec) - {"pt", "synonyms", "aliases", "pt_aliases"})
        if unknown:
            raise EnrichError(
                f"question {qid}: value {canonical!r} has unknown keys {unknown}; use pt, synonyms, aliases, pt_aliases"
            )
        phrases = (_phrases(qid, spec, key) for key in ("synonyms", "aliases", "pt_aliases"))
        value = Value(canonical, spec["pt"], *phrases)
        for phrase in value.catalog_phrases:
            key = normalize_text(phrase)
            if owner.setdefault(key, canonical) != canonical:
                raise EnrichError(f"question {qid}: {phrase!r} maps to both {owner[key]!r} and {canonical!r}")
        values.append(value)
    return tuple(values)


def _phrases(qid: str, spec: dict, key: str) -> tuple[str, ...]:
    phrases = spec.get(key, [])
    if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise EnrichError(f'question {qid}: {key} must be a list of words, e.g. {key} = ["navy blue"]')
    return tuple(phrases)


def tasks_of(questionnaire: Questionnaire) -> list[Task]:
    """The caption first, then the questions; closed questions carry their candidates for ranking."""
    q = questionnaire
    tasks = [Task("caption", q.caption_prompt, q.caption_max_new_tokens, adapter=q.caption_adapter)]
    for question in q.questions:
        forms, values = question.candidates() if question.kind == CLOSED else ((), ())
        tasks.append(Task(question.id, question.prompt, question.max_new_tokens, forms, values, question.adapter))
    return tasks
