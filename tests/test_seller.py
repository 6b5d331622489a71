"""Seller taxonomy -> questionnaire values: whole-value matching, unmapped kept apart, validation, the Myntra map."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from enrich import EnrichError
from enrich.config import default_questionnaire
from enrich.questionnaire import load_questionnaire
from enrich.seller import apply, load_seller_map
from enrich.seller_words import match_key

JOBS = Path(__file__).resolve().parents[1] / "jobs"


@pytest.fixture(scope="module")
def questionnaire():
    return load_questionnaire(default_questionnaire())


@pytest.fixture(scope="module")
def myntra(questionnaire):
    return load_seller_map(JOBS / "seller_map_myntra.toml", questionnaire)


def write(tmp_path, text):
    path = tmp_path / "map.toml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("seller", "key"),
    [("T-Shirts", "tshirt"), ("t shirt", "tshirt"), ("Tshirts", "tshirt"), ("Dresses", "dress"), ("Dress", "dress")],
)
def test_match_key_ignores_case_spaces_hyphens_and_a_plural(seller, key):
    assert match_key(seller) == key


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("Calças Jeans", "calça jeans"),  # each word is made singular
        ("Macacões", "macacão"),
        ("Suéteres", "suéter"),
        ("Camisas Sociais", "camisa social"),
        ("Cores Pastéis", "cor pastel"),
        ("Cardigãs", "Cardiga"),  # accents go
        ("Men's Shirts", "mens shirt"),
    ],
)
def test_match_key_reads_portuguese_plurals_and_accents_too(plural, singular):
    assert match_key(plural) == match_key(singular)


def test_a_brazilian_catalog_maps_by_the_questionnaires_pt_br_words(questionnaire):
    default = load_seller_map(None, questionnaire)
    categories = ["Camisetas", "Calças Jeans", "Macacões", "Vestidos", "Moletons", "Biquínis", "Casacos", "Bermudas"]
    assert [default.canonical("garment_type", c) for c in categories] == [
        *("t-shirt", "jeans", "jumpsuit", "dress", "sweater", "swimwear", "jacket", "shorts")
    ]
    colors = ["Preto", "Preta", "Azul Marinho", "Azul Escuro", "Verde Militar", "Cinza Mescla", "Off White", "Vinho"]
    assert [default.canonical("color", c) for c in colors] == [
        *("black", "black", "navy", "navy", "green", "grey", "white", "red")
    ]
    assert default.canonical("garment_type", "Blusas") is None  # any top in Brazil: unmapped, like Myntra's Tops
    # plurals a rule for every word would get wrong ("jeans" stays jeans): -ns, -uis, -is
    assert [default.canonical("color", c) for c in ("Marrons", "Azuis")] == ["brown", "blue"]
    assert default.canonical("garment_type", "Moletons Canguru") == "sweater"


def test_audience_words_are_dropped_only_when_the_whole_value_means_nothing(questionnaire):
    default = load_seller_map(None, questionnaire)
    for category, value in [("Kids Dresses", "dress"), ("Camisetas Masculinas", "t-shirt"), ("Men's Shirts", "shirt")]:
        assert default.canonical("garment_type", category) == value
    assert default.canonical("garment_type", "Calça Jeans Feminina Plus Size") == "jeans"
    assert default.canonical("garment_type", "Vestido Infantil Menina") == "dress"
    assert default.canonical("garment_type", "Boy Shorts") is None  # a cut of briefs, not shorts for boys
    assert default.canonical("garment_type", "Baby") is None  # nothing left
    assert default.canonical("color", "Baby Blue") == "blue"  # a value as a whole
    assert default.canonical("color", "Azul Bebê") == "blue"


def test_a_garment_described_is_read_by_its_head_its_last_word(questionnaire, myntra):
    default = load_seller_map(None, questionnaire)
    described = [
        ("Formal Shirts", "shirt"),
        ("Casual Shirts", "shirt"),
        ("Formal Trousers", "trousers"),
        ("Party Dresses", "dress"),
        ("Kids Ethnic Dresses", "dress"),
        ("Anarkali Kurtas", "kurta"),
        ("Maternity Swimwear", "swimwear"),
        ("Fleece Jackets", "jacket"),
        ("Formal Tank Tops", "tank top"),  # the head is the longest run of last words that is a value
        ("Men Formal Track Pants", "trousers"),
    ]
    for seller_map in (default, myntra):
        for category, value in described:
            assert seller_map.canonical("garment_type", category) == value, category
        # a word before it that names a garment itself, or a kind the values leave out: another kind, or a set
        for category in [
            "Shirt Pyjama",
            "Sweater Dresses",
            "Shirt Jackets",
            "Swim Dress",
            "Boy Shorts",
            "Polo Shirts",
            "Football Shirts",
            "Tops & Tees",
            "Formal Sets",
        ]:
            assert seller_map.canonical("garment_type", category) is None, category
    assert default.canonical("garment_type", "Kurta Pyjama") == "kurta"  # questionnaire version 6: an alias, a set
    assert default.canonical("garment_type", "Sweatshirts") == "sweater"  # a word, not "Sweat Shirts"


def test_shade_words_are_dropped_only_when_the_whole_value_means_nothing(questionnaire):
    default = load_seller_map(None, questionnaire)
    shades = [("Dark Grey", "grey"), ("Mid Blue", "blue"), ("Faded Black", "black"), ("Light Navy", "navy")]
    for color, value in shades + [("Grey Marl", "grey"), ("Navy Marl", "navy")]:
        assert default.canonical("color", color) == value
    assert default.canonical("color", "Cinza Escuro") == "grey"
    assert default.canonical("color", "Preto Desbotado") == "black"
    assert [default.canonical("color", c) for c in ("09 BLACK", "69 NAVY", "08 DARK GRAY")] == ["black", "navy", "grey"]
    assert default.canonical("color", "Dark Blue") == "navy"  # a value as a whole: not blue
    assert [default.canonical("color", c) for c in ("Deep Blue", "Midnight Blue", "Deep Grey")] == [
        "navy",
        "navy",
        "grey",
    ]
    assert default.canonical("color", "Azul Escuro") == "navy"
    assert default.canonical("color", "Dark") is None  # nothing left
    assert default.canonical("color", "Dark Multi") is None
    # shades are a color's: a light jacket is a jacket by its head (a garment described), not by a shade dropped
    assert default.canonical("garment_type", "Light Jackets") == "jacket"


def test_a_color_is_read_by_the_one_value_its_words_name_last_or_twice(questionnaire):
    default = load_seller_map(None, questionnaire)
    named = [("Glacier White", "white"), ("Midnight Navy", "navy"), ("Dusty Rose", "pink")]
    twice = [("Olive Green", "green"), ("Charcoal Grey", "grey"), ("Amarelo Mostarda", "yellow")]  # hue first, too
    for color, value in named + twice:
        assert default.canonical("color", color) == value
    assert default.canonical("color", "Navy Blue") == "navy"  # the whole value first
    for color in (
        "Pink Blue",
        "Black White",
        "Rose Gold",
        "Steel Blue",
        "Forest/Navy",
        "Forest & Navy",
        "Claret and Blue",
    ):
        assert default.canonical("color", color) is None
    assert default.canonical("garment_type", "Boy Shorts") is None  # a garment's modifier can change what it is


def test_a_denim_lines_washes_are_blue_or_navy(questionnaire):
    """A denim line names its colors by the wash (questionnaire version 4): light and mid washes are blue, dark and
    raw indigo navy; an acid, stone or vintage wash is a process any color has, and a wash of another color names
    two: both stay unmapped."""
    default = load_seller_map(None, questionnaire)
    washes = {"Light Wash": "blue", "Medium Wash": "blue", "Indigo": "blue", "Dark Wash": "navy"}
    washes |= {"Dark Indigo": "navy", "Raw Indigo": "navy", "Rinsed Indigo": "navy", "Washed Black": "black"}
    washes |= {"Acid Wash": None, "Light Stone Wash": None, "Black Acid Wash": None, "Black Denim": None}
    assert {color: default.canonical("color", color) for color in washes} == washes


def test_alternatives_map_only_when_they_all_mean_one_value(questionnaire):
    default = load_seller_map(None, questionnaire)
    assert default.canonical("garment_type", "Coats & Jackets") == "jacket"
    assert default.canonical("garment_type", "Hoodies/Sweatshirts") == "sweater"
    assert default.canonical("garment_type", "T-Shirts & Tops") is None  # Tops is unmapped: never guessed
    assert default.canonical("color", "Preto e Branco") is None
    assert default.canonical("color", "Khaki & Green") is None
    assert default.canonical("garment_type", "Jackets_Coats") == "jacket"  # the VQA adapter's In-shop class names


def test_a_list_of_categories_is_alternatives_whatever_joins_it(questionnaire):
    """A multi-category export's "Dresses, Shirts" read as a whole was the alias "dress shirt": a dress flagged for
    its "dress" answer and read in the upper body's pixels."""
    default = load_seller_map(None, questionnaire)
    for listed in ("Dresses, Shirts", "Dresses|Shirts", "Dresses; Shirts", "Dresses - Shirts", "Dresses – Shirts"):
        assert default.canonical("garment_type", listed) is None, listed
    for listed in ("Calça, Jeans", "Tee, Shirt", "Shorts, Jeans"):
        assert default.canonical("garment_type", listed) is None, listed
    assert [default.canonical("color", c) for c in ("Khaki, Green", "Navy, Blue")] == [None] * 2
    # a dash between spaces is spacing where the parts do not each name a value, and a colorway's first color
    spaced = [("Off - White", "white"), ("Grey - Melange", "grey"), ("Navy - Blue", "navy"), ("Black - White", "black")]
    assert [default.canonical("color", c) for c, _ in spaced] == [value for _, value in spaced]
    # who it is for, or how light, is no alternative of its own (the review found these unmapped by the first version)
    audience = [
        ("Women - Kurtas", "kurta"),
        ("Jeans, Men", "jeans"),
        ("Men|Shirts", "shirt"),
        ("Kids - Dresses", "dress"),
    ]
    assert [default.canonical("garment_type", g) for g, _ in audience] == [value for _, value in audience]
    assert [default.canonical("color", c) for c in ("Red - Women", "Light Blue, Washed", "Blue; Dark")] == [
        "red",
        "blue",
        "blue",
    ]
    assert default.canonical("garment_type", "Men, Women") is None
    # a part that names no value is spacing, as before lists were read (the second review found these unmapped)
    described = [("Printed, Red", "red"), ("Solid | Black", "black"), ("Dark, Blue", "navy")]
    assert [default.canonical("color", c) for c, _ in described] == [value for _, value in described]
    assert default.canonical("garment_type", "Maxi, Dress") == "dress"
    assert default.canonical("garment_type", "Coats, Jackets") == "jacket"  # alternatives that mean one value
    assert default.canonical("garment_type", "Coats | Jackets") == "jacket"
    assert [default.canonical("garment_type", c) for c in ("T-Shirts", "Dress Shirts")] == ["t-shirt", "shirt"]
    assert default.canonical("color", "Off-White") == "white"  # a hyphen inside a word joins nothing


def test_melange_is_a_shade_as_marl_and_heather_are(questionnaire):
    default = load_seller_map(None, questionnaire)
    flecked = [("Navy Melange", "navy"), ("Navy Blue Melange", "navy"), ("Black Melange", "black")]
    flecked += [("Charcoal Melange", "grey"), ("Grey Melange", "grey"), ("Dark Mescla", "grey")]  # mescla: a grey
    assert [default.canonical("color", color) for color, _ in flecked] == [value for _, value in flecked]


def test_a_placeholder_with_no_word_is_no_seller_value(myntra):
    """ "-" was reported by seller_unmapped (6 of 52 items failed it), while a map may not name a wordless value."""
    out = apply(myntra, pa.table({"article_type": ["-", "?", "n/a"], "base_colour": [".", "--", "Black"]})).to_pydict()
    assert out["seller_garment_type_raw"] == [None, None, "n/a"] and out["seller_color_raw"] == [None, None, "Black"]


@pytest.mark.parametrize("column", ["seller_color", "Seller_Color", "seller_pattern_raw", "SELLER_COLOR_RAW"])
def test_a_catalog_column_named_as_enrich_names_a_seller_column_is_refused(questionnaire, column):
    """A marketplace export's own "seller_color" was read by the audits as the mapped value (right answers flagged,
    with no detail), and "Seller_Color" ended a new output's run in a traceback after the model ran."""
    catalog = pa.table({"category": ["Tshirts"], column: ["Charcoal"]})
    with pytest.raises(EnrichError, match=rf"the catalog has column\(s\) \['{column}'\], named as enrich names"):
        apply(load_seller_map(None, questionnaire), catalog)
    assert apply(load_seller_map(None, questionnaire), pa.table({"seller_since": ["2020"]})).num_rows == 1


def test_a_colorway_is_read_by_its_first_color(questionnaire):
    """Sportswear names a colorway's main color first ("Cloud White/Black"); a print's ground comes first too."""
    default = load_seller_map(None, questionnaire)
    first = [("Black/White", "black"), ("Cloud White/Black", "white"), ("Team Royal Blue/White", "blue")]
    first += [("Navy/Blue", "navy"), ("Navy/White Stripe", "navy"), ("Dark Grey Heather/Black/White", "grey")]
    for color, value in first:
        assert default.canonical("color", color) == value
    for color in ("Obsidian/Volt", "Forest/Navy", "Multi/Black"):  # a first color read as nothing stays unmapped
        assert default.canonical("color", color) is None
    assert default.canonical("garment_type", "T-Shirts/Dresses") is None  # a category's alternatives are not a colorway


def test_two_values_that_read_the_same_in_a_sellers_column_are_refused(tmp_path):
    path = tmp_path / "q.toml"
    path.write_text(
        'name = "q"\nversion = "1"\n[caption]\nprompt = ""\n[[questions]]\nid = "garment_type"\nkind = "closed"\n'
        'prompt = "Question: What is it? Answer:"\n[questions.values]\n'
        '"shirt" = { pt = "camisa" }\n"t-shirt" = { pt = "camiseta", pt_aliases = ["camisas"] }\n'
    )
    with pytest.raises(EnrichError, match="'camisa' \\(shirt\\) and 'camisas' \\(t-shirt\\) read the same"):
        load_seller_map(None, load_questionnaire(path))


def test_the_issues_examples_map_to_the_questionnaires_values(myntra):
    assert myntra.canonical("garment_type", "Tshirts") == "t-shirt"
    assert myntra.canonical("garment_type", "Track Pants") == "trousers"
    assert myntra.canonical("color", "Navy Blue") == "navy"
    assert myntra.canonical("color", "Charcoal") == "grey"
    assert myntra.canonical("color", "Off White") == "white"


@pytest.mark.parametrize("seller", ["Tshirts", "Sweatshirts", "T-Shirts", "Sweatshirt"])
def test_words_containing_shirt_are_not_shirts(myntra, questionnaire, seller):
    default = load_seller_map(None, questionnaire)
    for seller_map in (myntra, default):
        assert seller_map.canonical("garment_type", seller) != "shirt"


def test_the_default_map_uses_the_questionnaires_values_and_synonyms_as_whole_values(questionnaire):
    default = load_seller_map(None, questionnaire)
    assert default.columns == (("category", "garment_type"), ("color", "color"))
    assert default.canonical("garment_type", "Tank Tops") == "tank top"
    assert default.canonical("color", "Navy Blue") == "navy"
    assert default.canonical("garment_type", "Sweatshirts") == "sweater"  # a synonym, not "shirt" inside it
    assert default.canonical("garment_type", "Shirt Dresses") is None  # no substring match on "shirt" or "dress"
    assert default.canonical("color", "Navy Check") is None  # nor on "navy"


def test_apply_adds_the_mapped_value_and_keeps_the_raw_text_unmapped_is_null(myntra):
    extras = pa.table(
        {
            "article_type": ["Tshirts", "Tights", None, "Sweatshirts"],
            "base_colour": ["Navy Blue", "Multi", "Olive", ""],
            "gender": ["Men", "Women", "Men", "Men"],
        }
    )
    out = apply(myntra, extras).to_pydict()
    assert out["seller_garment_type"] == ["t-shirt", None, None, "sweater"]
    assert out["seller_garment_type_raw"] == ["Tshirts", "Tights", None, "Sweatshirts"]
    assert out["seller_color"] == ["navy", None, "green", None]
    assert out["seller_color_raw"] == ["Navy Blue", "Multi", "Olive", None]
    unmapped = [raw for raw, value in zip(out["seller_color_raw"], out["seller_color"]) if raw and value is None]
    assert unmapped == ["Multi"]  # what the audits report as unmapped, not as a mismatch
    assert out["gender"] == extras.column("gender").to_pylist()


def test_values_left_unmapped_on_purpose_are_marked_so_and_read_as_values_are(myntra, questionnaire, tmp_path):
    types = ["Tops", "Kids Tops", "Tops & Tunics", "Crop Tops", None]
    colors = ["Multi", "Light Gold", "Gold/Multi", "Navy Blue", None]
    out = apply(myntra, pa.table({"article_type": types, "base_colour": colors})).to_pydict()
    assert out["seller_garment_type"] == [None] * 5  # unmapped all the same: never compared with an answer
    assert out["seller_garment_type_unmapped_on_purpose"] == [True, True, True, None, None]  # Crop Tops: a gap
    assert out["seller_color_unmapped_on_purpose"] == [True, True, True, None, None]
    text = '[columns]\ncategory = "garment_type"\n[values.garment_type]\n"Kids Tops" = "t-shirt"\n'
    mapped_first = load_seller_map(write(tmp_path, text + '[unmapped]\ngarment_type = ["Tops"]\n'), questionnaire)
    out = apply(mapped_first, pa.table({"category": ["Kids Tops", "Tops"]})).to_pydict()
    assert out["seller_garment_type"] == ["t-shirt", None]
    assert out["seller_garment_type_unmapped_on_purpose"] == [None, True]  # a mapped value is never marked
    with pytest.raises(EnrichError, match=r"the catalog has column\(s\) \['seller_garment_type_unmapped_on_purpose'\]"):
        apply(
            load_seller_map(None, questionnaire),
            pa.table({"category": ["x"], "seller_garment_type_unmapped_on_purpose": ["y"]}),
        )


def test_unmarked_unmapped_values_alone_are_reported(myntra, tmp_path):
    from enrich.audit import load_audits, run_audits
    from enrich.config import bundled_queries_dir
    from tests.test_audit import healthy, write_output

    items, answers = [], []
    for n, raw in enumerate(["Tops", "Bodysuit", "Tshirts"]):
        item, rows = healthy(f"s{n}", n)
        seller = apply(myntra, pa.table({"article_type": [raw], "base_colour": ["Black"]})).to_pylist()[0]
        items.append(item | {k: v for k, v in seller.items() if k.startswith("seller_")})
        answers += rows
    audit = load_audits(bundled_queries_dir(), ("seller_unmapped",))
    [result] = run_audits(write_output(tmp_path, items, answers), audit)
    assert [f.detail for f in result.findings] == ["unmapped seller value Bodysuit (seller_garment_type_raw)"]


def test_the_default_map_skips_absent_columns_a_files_columns_must_exist(questionnaire, myntra):
    only_color = pa.table({"color": ["Charcoal"]})
    out = apply(load_seller_map(None, questionnaire), only_color)
    assert out.column_names == ["color", "seller_color", "seller_color_raw"]
    with pytest.raises(EnrichError, match="no column 'article_type'"):
        apply(myntra, only_color)


def test_non_string_catalog_values_are_read_as_text(questionnaire, tmp_path):
    seller_map = load_seller_map(
        write(tmp_path, '[columns]\ncode = "color"\n[values.color]\n"7" = "navy"\n'), questionnaire
    )
    out = apply(seller_map, pa.table({"code": pa.array([7, None], pa.int64())})).to_pydict()
    assert out["seller_color"] == ["navy", None] and out["seller_color_raw"] == ["7", None]


def test_an_explicit_value_wins_over_the_questionnaires_synonym(myntra, questionnaire):
    assert load_seller_map(None, questionnaire).canonical("color", "Cream") == "beige"
    assert myntra.canonical("color", "Cream") == "white"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[columns]\ncategory = "fabric"\n', "not a closed question"),
        ('[columns]\ncategory = "description"\n', "not a closed question"),
        ('[columns]\ncategory = "garment_type"\n[values.garment_type]\n"Sherwanis" = "sherwani"\n', "not a value of"),
        ('[columns]\ncategory = "garment_type"\n[values.color]\n"Navy" = "navy"\n', "no column maps to"),
        ('[columns]\ncategory = "garment_type"\n[mapping]\nx = 1\n', "unknown keys"),
        ('[columns]\na = "color"\nb = "color"\n', "several columns"),
        ('[columns]\nc = "color"\n[values.color]\n"Navy" = "navy"\n"navys" = "blue"\n', "maps to both"),
        ("[values]\n", "columns"),
        ("columns = [", "not valid TOML"),
        ('[columns]\nc = "color"\n[unmapped]\ncolor = ["Navy"]\n', "'Navy' maps to 'navy'; remove it from one"),
        ('[columns]\nc = "color"\n[unmapped]\ngarment_type = ["Tops"]\n', "no column maps to question"),
        ('[columns]\nc = "color"\n[unmapped]\ncolor = "Multi"\n', "lists of seller values"),
        ('[columns]\nc = "color"\n[unmapped]\ncolor = ["-"]\n', "a value with no words"),
        ('[columns]\ncategory = ["garment_type"]\n', "must name one question as a string"),
        ('[columns]\nc = "color"\n[values.color]\n"-" = "black"\n', "'-' has no words"),
        ('[columns]\nc = "color"\n[values.color]\n"&" = "black"\n', "'&' has no words"),  # a joining symbol only
        ('[columns]\nc = "color"\n[unmapped]\ncolor = ["/"]\n', "a value with no words"),
        ('[columns]\nsku = "color"\n', "sku is the catalog's sku column, not a seller column"),
    ],
)
def test_bad_maps_are_refused_with_a_clear_error(questionnaire, tmp_path, text, message):
    with pytest.raises(EnrichError, match=message):
        load_seller_map(write(tmp_path, text), questionnaire)


def test_a_missing_file_is_a_clear_error(questionnaire, tmp_path):
    with pytest.raises(EnrichError, match="seller map not found"):
        load_seller_map(tmp_path / "nope.toml", questionnaire)


def test_a_synonym_on_the_right_means_its_canonical_value(questionnaire, tmp_path):
    seller_map = load_seller_map(
        write(tmp_path, '[columns]\nc = "color"\n[values.color]\n"Ink" = "navy blue"\n'), questionnaire
    )
    assert seller_map.canonical("color", "INK") == "navy"


def test_the_myntra_map_covers_every_value_of_the_shared_set_but_the_documented_ones(myntra):
    article_types = "Tshirts Shirts Jeans Trousers Shorts Skirts Dresses Sweaters Sweatshirts Jackets".split()
    assert all(myntra.canonical("garment_type", v) for v in [*article_types, "Track Pants"])
    assert [myntra.canonical("garment_type", v) for v in ("Kurtas", "Kurtis", "Sarees")] == ["kurta", "kurta", "saree"]
    assert myntra.canonical("garment_type", "Kurta Sets") == "kurta"  # the kurta of a kurta sold with its bottom
    assert myntra.canonical("garment_type", "Lehenga Choli") == "skirt"  # the lehenga, sold with its blouse
    assert myntra.canonical("garment_type", "Tops") is None
    colours = ["Navy Blue", "Olive", "Maroon", "Charcoal", "Cream", "Khaki", "Grey Melange", "Magenta", "Rust", "Teal"]
    assert [myntra.canonical("color", c) for c in colours] == [
        *("navy", "green", "red", "grey", "white", "beige", "grey", "pink", "orange", "blue")
    ]
    assert myntra.canonical("color", "Multi") is None


def test_a_portuguese_color_question_asks_a_color():
    from enrich.questionnaire import Question

    assert Question("cor", "Question: Qual é a cor da peça? Answer:", "closed", 10).asks_color
    assert not Question("tecido", "Question: Qual é o tecido? Answer:", "closed", 10).asks_color


def test_a_question_whose_id_ends_like_an_added_column_cannot_take_one(tmp_path):
    """seller_fit_raw, the column of a question fit_raw, would read as the raw column of a question fit."""
    path = tmp_path / "q.toml"
    path.write_text(
        '[[questions]]\nid = "fit_raw"\nkind = "closed"\nprompt = "Question: What fit? Answer:"\n'
        '[questions.values]\n"slim" = { pt = "justo" }\n'
    )
    with pytest.raises(EnrichError, match="'fit_raw' cannot take a seller column"):
        load_seller_map(write(tmp_path, '[columns]\nfit = "fit_raw"\n'), load_questionnaire(path))


def test_a_value_with_a_long_run_of_spaces_maps_in_linear_time(questionnaire):
    """A cell of 'T-Shirts' and 30,000 spaces took 89 s to map: the alternatives' split backtracked at each space."""
    import time

    default = load_seller_map(None, questionnaire)
    started = time.monotonic()
    assert default.canonical("garment_type", "T-Shirts" + " " * 40_000 + "x") is None
    assert default.canonical("garment_type", "Coats" + " " * 40_000 + "& Jackets") == "jacket"
    assert time.monotonic() - started < 2  # 43.6 s for one such value before


def test_a_column_the_catalog_lacks_is_said_with_the_catalogs_own_columns(myntra):
    """The list named the seller_* columns enrich had just added for the map's first column as the catalog's."""
    extras = pa.table({"article_type": ["Tshirts"], "title": ["a tee"]})
    with pytest.raises(EnrichError, match=r"no column 'base_colour' \(its columns: \['article_type', 'title'\]\)"):
        apply(myntra, extras)


def test_apply_reads_each_distinct_value_once(myntra, monkeypatch):
    """A catalog repeats its few categories and colors over every row: each row's reading cost 1.9 s of a 3.8 s
    night with nothing to do at 100,000 items (the scale pass)."""
    from enrich import seller

    calls = []
    original = seller.meaning
    monkeypatch.setattr(seller, "meaning", lambda *args, **kwargs: calls.append(args[1]) or original(*args, **kwargs))
    types, colors = ["Tshirts", "Tops", None] * 400, ["Navy Blue", "Light Gold", "Multi"] * 400
    out = apply(myntra, pa.table({"article_type": types, "base_colour": colors})).to_pydict()
    assert out["seller_garment_type"][:3] == ["t-shirt", None, None]
    assert out["seller_garment_type_unmapped_on_purpose"][:3] == [None, True, None]
    assert out["seller_color"][:3] == ["navy", None, None]
    assert out["seller_garment_type"] == out["seller_garment_type"][:3] * 400
    assert len(calls) < 100  # 6 distinct values (and their parts), not 1,200 rows
