"""Captions and open answers of synthetic products: what the renderer drew, in English and agreeing pt-BR."""

from __future__ import annotations

import itertools

from enrich.lab.describe import COLORS_PT, GARMENTS, PATTERNS_PT, describe


def test_portuguese_agrees_with_the_garments_gender():
    texts = describe("t-shirt", "red", "striped", "short")
    assert texts.caption == (
        "a product photo of a red striped t-shirt with short sleeves",
        "foto de produto de uma camiseta vermelha listrada de manga curta",
    )
    assert describe("dress", "red", "solid", "long").open_answers["wearing"] == (
        "a red dress with long sleeves",
        "um vestido vermelho de manga longa",
    )


def test_details_list_sleeves_construction_and_the_accent_color():
    shirt = describe("shirt", "blue", "checked", "long").open_answers
    assert shirt["details"] == (
        "long sleeves, a collar, buttons and white checks",
        "manga longa, gola, botões e quadriculado branco",
    )
    assert shirt["description"][0] == "a blue shirt with long sleeves, a collar, buttons and white checks"
    assert describe("skirt", "yellow", "dotted", None).open_answers["details"] == (
        "a waistband, an a-line cut and black dots",
        "cós, corte evasê e bolinhas pretas",
    )  # light: dark accents
    assert describe("t-shirt", "red", "solid", "short").open_answers["details"][0] == "short sleeves"


def test_only_what_a_render_shows_is_claimed_about_material():
    assert describe("jeans", "blue", "solid", None).open_answers["material"] == ("denim", "jeans")
    assert describe("jacket", "black", "solid", "long").open_answers["material"][0] == "not visible in the photo"


def test_every_combination_has_every_text_in_both_languages():
    for garment, color, pattern in itertools.product(GARMENTS, COLORS_PT, PATTERNS_PT):
        for sleeves in (None, "sleeveless", "short", "long"):
            texts = describe(garment, color, pattern, sleeves)
            english = [texts.caption[0], *(en for en, _ in texts.open_answers.values())]
            portuguese = [texts.caption[1], *(pt for _, pt in texts.open_answers.values())]
            assert all(t and t == t.strip() and "  " not in t for t in english + portuguese)
            assert color in texts.caption[0] and COLORS_PT[color][int(GARMENTS[garment][1])] in texts.caption[1]
