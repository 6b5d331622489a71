"""translation_not_portuguese: a pt-BR column in another language is flagged, and Portuguese as MT writes it is not."""

from __future__ import annotations

import pytest

from enrich.audit import load_audits, run_audits
from enrich.config import bundled_queries_dir
from tests.test_audit import answer, healthy, write_output

# How an English->Portuguese model (opus-mt-tc-big-en-pt, NLLB) renders BLIP-2's texts: the caption adapter's template,
# VQA answers, brands and prints left in English, loanwords, and short answers with no function word at all.
PORTUGUESE = [
    "A senhora usa um vestido de manga curta com padrões florais. O vestido é de tecido chiffon.",
    "O cavalheiro usa uma camiseta de manga curta com padrões de cor pura e calças compridas.",
    "uma mulher de calça jeans e camiseta vermelha, ao ar livre, à luz do sol",
    "a camisa tem botões na frente e um bolso no peito",
    "uma camiseta preta com a estampa Born in the USA",
    "camiseta com logo The North Face no peito",
    "calça jeans skinny e tênis branco",
    "look casual com jaqueta oversized e top cropped",
    "Ela está vestindo uma saia longa azul e uma blusa branca.",
    "As mangas são longas e o decote é redondo.",
    "vestido midi de algodão, com cinto",
    "moletom cinza com capuz e bolso canguru",
    "Não há detalhes visíveis",
    "jaqueta jeans",
    "tem zíper na frente",
]
# What a wrong translator writes instead: English copied back, Spanish (opus-mt-en-es), French, Italian.
OTHER = {
    "english": ("English", "the woman is wearing a red dress with long sleeves"),
    "english-template": (
        "English",
        "The lady wears a short-sleeve dress with pure color patterns. It has a V neckline.",
    ),
    "spanish": ("Spanish", "la mujer lleva un vestido rojo con mangas largas"),
    "spanish-short": ("Spanish", "camiseta roja con el logo"),
    "french": ("French", "la femme porte une robe rouge avec des manches longues"),
    "italian": ("Italian", "la donna indossa un vestito rosso con le maniche lunghe"),
}


@pytest.fixture(scope="module")
def findings(tmp_path_factory):
    items, answers = [], []
    for n, text in enumerate(PORTUGUESE):
        item, rows = healthy(f"pt-{n:02d}", n)
        item["caption_pt"] = text
        rows.append(answer(item["sku"], "details_more", "open", "english", "What else", answer_pt=text))
        items.append(item)
        answers += rows
    for sku, (_, text) in OTHER.items():
        item, rows = healthy(sku, 0)
        for row in rows:
            if row["question_id"] == "description":
                row["answer_pt"] = text
        items.append(item)
        answers += rows
    # a closed answer's pt-BR is the questionnaire's value, never judged; a caption in Spanish is
    item, rows = healthy("closed-and-caption", 1)
    item["caption_pt"] = "foto de producto de un vestido con mangas"
    rows[-1]["answer_pt"] = "the and with is"
    items.append(item)
    answers += rows
    out = write_output(tmp_path_factory.mktemp("translation"), items, answers)
    [result] = run_audits(
        out, [a for a in load_audits(bundled_queries_dir()) if a.name == "translation_not_portuguese"]
    )
    return {(f.sku, f.question_id): f.detail for f in result.findings}


def test_a_translation_into_another_language_is_flagged_with_the_language(findings):
    for sku, (language, text) in OTHER.items():
        assert findings.get((sku, "description")) == f"pt-BR reads as {language}: {text[:80]}", sku


def test_portuguese_with_english_brands_prints_and_loanwords_is_not_flagged(findings):
    assert not {key for key in findings if key[0].startswith("pt-")}


def test_only_captions_and_open_answers_are_judged(findings):
    assert findings.keys() - {(sku, "description") for sku in OTHER} == {("closed-and-caption", "caption")}
