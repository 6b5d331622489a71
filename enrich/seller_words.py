"""How a seller's value is read by meaning: the words of "Calças Jeans", "Navy Blue", "Kids Dresses".

Case, spaces, punctuation, accents and each word's plural (English or Portuguese) are ignored, nothing else, so
"Sweatshirts" is never "shirt"; failing the whole value, it is read without its audience words, a color without its
shade words too, or by the one value its words name (seller.py says when each is tried).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

# a word, or a symbol that joins alternatives and stays in the key: "Navy/Blue" is never "Navy Blue"
_TOKENS = re.compile(r"[^\W_]+|[&/+_]")
ALTERNATIVES = re.compile(r"[&/+_,]|\band\b|\be\b", re.IGNORECASE)  # "Coats & Jackets", "Jackets_Coats"
# what a multi-category export lists values with: "Dresses, Shirts", "Dresses|Shirts", "Dresses - Shirts" (a dash
# between spaces: the one in "T-Shirts" joins nothing); spacing where a part names no value ("Printed, Red")
LISTED = re.compile(r"[,|;]|\s[-\u2013\u2014]+\s")
SPACED_DASH = re.compile(r"\s[-\u2013\u2014]+\s")
# plurals, English and Portuguese, each word on its own: accented endings before accents are dropped
# (macacões -> macacão, pastéis -> pastel), then the plain ones (sociais -> social, suéteres -> suéter, cores ->
# cor, dresses -> dress, tshirts -> tshirt); a word of three letters or fewer keeps its s
_ACCENTED_PLURALS = ((re.compile(r"(?<=\w\w)[õã]es$"), "ão"), (re.compile(r"(?<=\w\w)éis$"), "el"))
_PLURALS = (
    (re.compile(r"sses$"), "ss"),
    (re.compile(r"(?<=\w\w)ais$"), "al"),
    (re.compile(r"(?<=\w)([eo])res$"), r"\1r"),
    (re.compile(r"(?<=\w\w\w)(?<!s)s$"), ""),
)
# plurals a rule for every word would get wrong ("jeans" is no "jeam"), tried only when the value means nothing as
# read: moletons -> moletom, marrons -> marrom, azuis -> azul, infantis -> infantil
_RARE_PLURALS = (
    (re.compile(r"(?<=[aeiou])n$"), "m"),
    (re.compile(r"(?<=u)i$"), "l"),
    (re.compile(r"(?<=\w\w)i$"), "il"),
)
# who a product is for, not what it is ("Kids Dresses", "Camisetas Masculinas"), as written; only dropped when the
# whole value means nothing, so "Baby Blue" and "Azul Bebê" stay colors, and "Boy Shorts" (a cut) is no "Boys Shorts"
_AUDIENCE = frozenset(
    (
        "kids boys girls men mens man women womens woman ladies unisex unissex baby babies toddler toddlers junior "
        "juniors teen teens youth plus size infantil infantis masculino masculina masculinos masculinas feminino "
        "feminina femininos femininas juvenil juvenis bebe bebes menino menina meninos meninas adulto adulta"
    ).split()
)
# how light, worn or flecked a color is, not which: "Dark Grey", "Mid Blue", "Faded Black", "Grey Marl", "Navy
# Melange", "Cinza Escuro" (dropped, with the audience words, only when the whole value means nothing: "Dark Blue"
# and "Azul Escuro" stay navy)
_DARK = {"deep": "dark", "midnight": "dark"}
_SHADES = frozenset(
    (
        "light dark mid medium pale deep bright soft dusty faded washed marl heather melange "
        "claro clara escuro escura medio media desbotado desbotada lavado lavada"
    ).split()
)


def match_key(text: str) -> str:
    """The form two values share when they mean the same: 'T-Shirts', 't shirt' and 'Tshirt' -> 'tshirt';
    'Calças Jeans' and 'calça jeans' -> 'calcajean'. Only case, spaces, punctuation, accents and plurals go."""
    return "".join(_singular(word) for word in _words(text))


def _words(text: str) -> list[str]:
    """Case-folded words and joining symbols; "Men's" is one word."""
    return _TOKENS.findall(re.sub(r"['’]", "", unicodedata.normalize("NFKC", text).casefold()))


def _singular(word: str) -> str:
    for pattern, singular in _ACCENTED_PLURALS:
        word = pattern.sub(singular, word)
    word = _unaccented(word)
    for pattern, singular in _PLURALS:
        if pattern.search(word):
            return pattern.sub(singular, word)
    return word


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def meaning(table: Mapping[str, str], text: str, color: bool = False, named: bool = True) -> str | None:
    """The value a seller's text means as a whole: as read, with its rarer plurals, or without its audience words;
    for a color, also without its shade words, or by the one value its words name, named last or twice: "Glacier
    White" is a white, "Olive Green" and "Amarelo Mostarda" one color; "Pink Blue" and "Rose Gold" are none."""
    words = _words(text)
    # without the audience words, and a code of digits ("09 BLACK", "69 NAVY": a brand's color numbers)
    kept = [word for word in words if _unaccented(word) not in _AUDIENCE and not word.isdigit()]
    # "Deep Blue" and "Midnight Blue" are a dark blue, which the questionnaire calls navy
    darkened = [_DARK.get(word, word) for word in kept] if color else kept
    unshaded = [word for word in kept if _unaccented(word) not in _SHADES] if color else kept
    for candidate in [words] + [c for c in (kept, darkened, unshaded) if c and c != words]:
        found = _value_of(table, candidate)
        if found is not None:
            return found
    # "Forest/Navy" and "Claret and Blue" are two colors, whichever of them the table knows
    if (
        named
        and color
        and len(unshaded) > 1
        and all(word.isalpha() and not ALTERNATIVES.fullmatch(word) for word in unshaded)
    ):
        meanings = [_value_of(table, [word]) for word in unshaded]
        named = set(meanings) - {None}
        # one value, named by the last word or twice: "Glacier White", "Olive Green", "Amarelo Mostarda"
        if len(named) == 1 and (meanings[-1] in named or len(meanings) - meanings.count(None) > 1):
            return named.pop()
    return None


# words before a garment that make it another kind the questionnaire has no value for, or one it leaves out on purpose:
# a swim dress is swimwear, boy shorts are briefs, a sweat shirt a sweatshirt, a polo or football shirt is between a
# shirt and a t-shirt
_ANOTHER_KIND = frozenset(
    (
        "swim swimming bikini tankini bra bralette boy sweat under polo tunic vest crop football soccer rugby cricket "
        "hockey baseball basketball"
    ).split()
)


def head_meaning(table: Mapping[str, str], text: str) -> str | None:
    """The garment an English compound names by its last words, its head, where the words before them only describe
    it: "Formal Shirts" is a shirt, "Party Dresses" a dress, "Formal Tank Tops" tank tops. Not where a word before it
    names a garment itself ("Sweater Dresses", "Kurta Pyjama", "Shirt Jackets": another kind, or a set) or a kind the
    values leave out ("Swim Dress", "Boy Shorts", "Polo Shirts"), nor a value of joined words ("Tops & Tees")."""
    kept = [word for word in _words(text) if _unaccented(word) not in _AUDIENCE and not word.isdigit()]
    if len(kept) < 2 or not all(word.isalpha() for word in kept):
        return None
    # the longest run of last words that is a value, and the words before it
    start, value = next(((n, found) for n in range(1, len(kept)) if (found := _value_of(table, kept[n:]))), (0, None))
    described = kept[:start]
    if value is None or any(_unaccented(word) in _ANOTHER_KIND for word in described):
        return None
    spans = [described[i:j] for i in range(len(described)) for j in range(i + 1, len(described) + 1)]
    return None if any(_value_of(table, span) for span in spans) else value


def _value_of(table: Mapping[str, str], words: list[str]) -> str | None:
    singular = [_singular(word) for word in words]
    return table.get("".join(singular)) or table.get("".join(_rare_singular(word) for word in singular))


def _rare_singular(word: str) -> str:
    for pattern, singular in _RARE_PLURALS:
        if pattern.search(word):
            return pattern.sub(singular, word)
    return word
