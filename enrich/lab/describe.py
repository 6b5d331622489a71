"""The words for a synthetic product: its caption and open answers in English and pt-BR.

Everything said is something the renderer drew (`enrich/lab/render.py`): the garment, its color, its pattern
and accent color, its sleeves, and the construction details that tell look-alike shapes apart. Portuguese
agrees in gender with the garment's noun ("uma camiseta vermelha", "um vestido vermelho").
"""

from __future__ import annotations

from dataclasses import dataclass

GARMENTS = {  # name -> (Portuguese noun, feminine?)
    "t-shirt": ("camiseta", True),
    "tank top": ("regata", True),
    "shirt": ("camisa", True),
    "sweater": ("suéter", False),
    "jacket": ("jaqueta", True),
    "dress": ("vestido", False),
    "skirt": ("saia", True),
    "jeans": ("calça jeans", True),
    "trousers": ("calça", True),
    "shorts": ("shorts", False),
}
COLORS_PT = {  # name -> (masculine, feminine)
    "black": ("preto", "preta"),
    "white": ("branco", "branca"),
    "grey": ("cinza", "cinza"),
    "red": ("vermelho", "vermelha"),
    "blue": ("azul", "azul"),
    "navy": ("azul-marinho", "azul-marinho"),
    "green": ("verde", "verde"),
    "yellow": ("amarelo", "amarela"),
    "orange": ("laranja", "laranja"),
    "pink": ("rosa", "rosa"),
    "purple": ("roxo", "roxa"),
    "brown": ("marrom", "marrom"),
    "beige": ("bege", "bege"),
}
PATTERNS_PT = {
    "solid": ("liso", "lisa"),
    "striped": ("listrado", "listrada"),
    "checked": ("xadrez", "xadrez"),
    "dotted": ("de bolinhas", "de bolinhas"),
}
PLURAL = ("jeans", "trousers", "shorts")  # "blue jeans", never "a blue jeans"
SLEEVES_PT = {"sleeveless": "sem manga", "short": "de manga curta", "long": "de manga longa"}
SLEEVES_EN = {"short": "with short sleeves", "long": "with long sleeves"}  # "sleeveless" goes before the color
LIGHT = ("white", "beige", "yellow")  # light garments get black accents (stripes, checks, dots), others white
CONSTRUCTION = {  # what `render._details` draws, or the silhouette shows: (English, Portuguese) items
    "shirt": [("a collar", "gola"), ("buttons", "botões")],
    "jacket": [("a zip", "zíper"), ("two pockets", "dois bolsos")],
    "sweater": [
        ("a ribbed neckline", "gola canelada"),
        ("ribbed cuffs", "punhos canelados"),
        ("a ribbed hem", "barra canelada"),
    ],
    "jeans": [("contrast stitching", "pesponto contrastante")],
    "trousers": [("a waistband", "cós"), ("pressed creases", "vincos")],
    "tank top": [("shoulder straps", "alças")],
    "dress": [("a waist seam", "recorte na cintura"), ("a flared skirt", "saia evasê")],
    "skirt": [("a waistband", "cós"), ("an a-line cut", "corte evasê")],
    "shorts": [("short legs", "pernas curtas")],
}
ACCENTS = {
    "striped": ("stripes", "listras", True),
    "checked": ("checks", "quadriculado", False),
    "dotted": ("dots", "bolinhas", True),
}  # pattern -> (English, Portuguese noun, feminine plural?)
NO_DETAILS = ("no visible details", "sem detalhes visíveis")
MATERIAL = {"jeans": ("denim", "jeans")}  # the only material a flat render shows (its stitching)
MATERIAL_UNSEEN = ("not visible in the photo", "não visível na foto")


@dataclass(frozen=True)
class Texts:
    caption: tuple[str, str]  # (English, Portuguese)
    open_answers: dict[str, tuple[str, str]]  # question id -> (English, Portuguese)


def describe(garment: str, color: str, pattern: str, sleeves: str | None) -> Texts:
    caption = _caption(garment, color, pattern, sleeves)
    details = _details(garment, color, pattern, sleeves)
    noun, feminine = GARMENTS[garment]
    color_pt = COLORS_PT[color][int(feminine)]
    article = "" if garment in PLURAL else ("an " if color[0] in "aeiou" else "a ")
    with_en = f" with {details[0]}" if details != NO_DETAILS else ""
    with_pt = f" com {details[1]}" if details != NO_DETAILS else ""
    described = (f"{article}{color} {garment}{with_en}", f"{'uma' if feminine else 'um'} {noun} {color_pt}{with_pt}")
    wearing = (caption[0].removeprefix("a product photo of "), caption[1].removeprefix("foto de produto de "))
    material = MATERIAL.get(garment, MATERIAL_UNSEEN)
    return Texts(caption, {"wearing": wearing, "description": described, "details": details, "material": material})


def _caption(garment: str, color: str, pattern: str, sleeves: str | None) -> tuple[str, str]:
    pattern_en = "" if pattern == "solid" else f"{pattern} "
    said = sleeves and garment not in ("tank top", "sweater", "jacket")  # these say their sleeves themselves
    before = "sleeveless " if said and sleeves == "sleeveless" else ""
    after = f" {SLEEVES_EN[sleeves]}" if said and sleeves != "sleeveless" else ""
    described = f"{before}{color} {pattern_en}{garment}{after}"
    article = "" if garment in PLURAL else ("an " if described[0] in "aeiou" else "a ")
    noun, feminine = GARMENTS[garment]
    color_pt = COLORS_PT[color][int(feminine)]
    pattern_pt = "" if pattern == "solid" else f" {PATTERNS_PT[pattern][int(feminine)]}"
    sleeve_pt = f" {SLEEVES_PT[sleeves]}" if said else ""
    english = f"a product photo of {article}{described}"
    return english, f"foto de produto de {'uma' if feminine else 'um'} {noun} {color_pt}{pattern_pt}{sleeve_pt}"


def _details(garment: str, color: str, pattern: str, sleeves: str | None) -> tuple[str, str]:
    """Visible details, listed: sleeves (tops), the construction, the pattern's accent."""
    english, portuguese = [], []
    if sleeves in ("short", "long") or (sleeves == "sleeveless" and garment != "tank top"):
        english.append({"short": "short sleeves", "long": "long sleeves", "sleeveless": "no sleeves"}[sleeves])
        portuguese.append({"short": "manga curta", "long": "manga longa", "sleeveless": "sem mangas"}[sleeves])
    for part_en, part_pt in CONSTRUCTION.get(garment, ()):
        english.append(part_en)
        portuguese.append(part_pt)
    if pattern in ACCENTS:
        word, noun, plural_feminine = ACCENTS[pattern]
        dark = color in LIGHT
        english.append(f"{'black' if dark else 'white'} {word}")
        accent_pt = ("pretas" if dark else "brancas") if plural_feminine else ("preto" if dark else "branco")
        portuguese.append(f"{noun} {accent_pt}")
    if not english:
        return NO_DETAILS
    return _listed(english, "and"), _listed(portuguese, "e")


def _listed(parts: list[str], conjunction: str) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"
