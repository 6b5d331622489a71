"""pt-BR for every answer: the questionnaire's glossary for closed values, an MT model for free text.

English is never copied into a Portuguese column: without a translation the `_pt` column is NULL and
the `_pt_missing` column says why.
"""

from __future__ import annotations

from typing import Protocol

from enrich.questionnaire import Question
from enrich.records import Translation

NO_MT_MODEL = "no MT model configured"
NO_TRANSLATOR = "none"  # the translator fingerprint of a run without one (items.translator_fingerprint)
NO_SOURCE_TEXT = "no English text to translate"
NOT_IN_GLOSSARY = "answer is out of the vocabulary, so it has no glossary entry"
NO_TRANSLATED_TEXT = "the MT model returned no text"


class TextTranslator(Protocol):
    source: str

    def translate(self, texts: list[str]) -> list[str]: ...


def translate_closed(question: Question, canonical: str | None) -> Translation:
    if canonical is None:
        return Translation(None, None, NOT_IN_GLOSSARY)
    return Translation(question.pt_of(canonical), "glossary", None)


def translate_free_text(texts: list[str], translator: TextTranslator | None) -> list[Translation]:
    """Each distinct text is translated once: captions and answers repeat a lot within a shard."""
    if translator is None:
        return [Translation(None, None, NO_MT_MODEL) for _ in texts]
    distinct = sorted({text for text in texts if text})
    try:
        translated = dict(zip(distinct, translator.translate(distinct)))
    except Exception as exc:  # a failing MT model must not lose the English results
        reason = f"translation failed: {type(exc).__name__}: {exc}"
        return [Translation(None, None, reason) for _ in texts]
    return [_translation(translated[t]) if t else Translation(None, None, NO_SOURCE_TEXT) for t in texts]


def _translation(text: str) -> Translation:
    """An MT output; an empty one (a model that stops at once on a text it cannot read: a loop, a stray script) is
    no translation, kept NULL with its reason, as the module promises, not an empty pt-BR text no audit saw."""
    return Translation(text, "mt", None) if text and text.strip() else Translation(None, None, NO_TRANSLATED_TEXT)
