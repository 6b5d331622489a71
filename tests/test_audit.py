"""Each audit flags exactly the rows planted for it in an otherwise healthy output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from enrich.audit import load_audits, run_audits
from enrich.cli import main
from enrich.config import bundled_queries_dir
from enrich.store import ANSWERS_SCHEMA, ITEMS_SCHEMA
from tests.audit_corpus import all_sets, measure_sets
from tests.results import commit_rows

LOOKS = [  # color, garment, pattern, sleeves, and the seller's wording of the color and the category
    ("red", "t-shirt", "solid", "short", "Maroon", "Tshirts"),
    ("blue", "jeans", "striped", "not applicable", "Royal Blue", "Jeans"),
    ("green", "dress", "checked", "long", "Olive", "Dresses"),
    ("black", "jacket", "dotted", "long", "Jet Black", "Jackets"),
    ("white", "skirt", "solid", "sleeveless", "Off White", "Skirts"),
]
OPEN = {"wearing": "What is the person wearing", "description": "Describe the garment", "details": "What details"}
CLOSED = {  # question id -> (index into a look, prompt)
    "color": (0, "What is the color of the garment"),
    "garment_type": (1, "What type of garment is this"),
    "pattern": (2, "What is the pattern of the garment"),
    "sleeve_length": (3, "How long are the sleeves"),
}


def healthy(sku: str, n: int) -> tuple[dict, list[dict]]:
    look = LOOKS[n % len(LOOKS)]
    item = {
        "run_id": "r1",
        "sku": sku,
        "status": "ok",
        "caption_en": f"a product photo of a {look[0]} {look[1]}",
        "caption_pt": "uma foto",
        "caption_tokens": 8,
        "caption_hit_limit": False,
        "gender": ("female", "male")[n % 2],
        # the seller mapping's columns: the questionnaire's value and the seller's own wording
        "seller_color": look[0],
        "seller_color_raw": look[4],
        "seller_garment_type": look[1],
        "seller_garment_type_raw": look[5],
        "pixel_colors": [{"color": look[0], "share": 0.8}, {"color": "white", "share": 0.2}],
    }
    answers = [
        answer(sku, q, "open", f"a {look[0]} {look[1]}" if q == "wearing" else "plain fabric", prompt)
        for q, prompt in OPEN.items()
    ]
    answers += [answer(sku, q, "closed", look[i], prompt) for q, (i, prompt) in CLOSED.items()]
    return item, answers


def answer(sku, question, kind, text, prompt, **extra) -> dict:
    row = {
        "run_id": "r1",
        "sku": sku,
        "question_id": question,
        "prompt": f"Question: {prompt}? Answer:",
        "kind": kind,
        "status": "ok",
        "answer_en": text,
        "raw_en": text,
        "answer_pt": "pt",
        "num_tokens": 3,
        "hit_limit": False,
        "confidence": 0.9 if kind == "closed" else None,
    }
    return row | extra


def edit(answers: list[dict], question: str, **changes) -> None:
    next(a for a in answers if a["question_id"] == question).update(changes)


def text(answers: list[dict], question: str, value: str, **changes) -> None:
    """Replace an answer's text (as generated and as stored)."""
    edit(answers, question, answer_en=value, raw_en=value, **changes)


def unmapped(answers: list[dict], question: str, value: str) -> None:
    """A closed answer `--engine reference` could not map: kept raw, status out_of_vocabulary."""
    text(answers, question, value, status="out_of_vocabulary", confidence=None)


def said(question: str, words: str, **columns):
    """A plant's change: the item's catalog columns set, and its answer to `question` replaced by `words`."""
    return lambda i, a: (i.update(columns), text(a, question, words))


def claim(question: str, words: str) -> tuple:
    """A plant whose answer to `question` claims what no photo shows."""
    return "unsupported_claim", said(question, words)


def answers_nothing(question: str, value: str, *also: str) -> tuple:
    """A plant of a closed answer outside the values that answers nothing `question` asks ("socks" for the pattern)."""
    return ("non_answer", "closed_out_of_vocabulary", *also), lambda i, a: unmapped(a, question, value)


def invented_wearer(backdrop: str, question: str, words: str) -> tuple:
    """A plant whose answer to `question` has a person wear the red t-shirt the caption shows `backdrop`."""
    return "unsupported_claim", said(question, words, caption_en=f"a red t-shirt {backdrop}")


def sold_as(answer_args: tuple, garment: str | None, category: str | None, **columns):
    """A plant of one answer on an item whose seller's category is `category`, mapped to `garment`."""
    return alone(answer_args, seller_garment_type=garment, seller_garment_type_raw=category, **columns)


def pattern_sold_as(pattern: str, garment: str, category: str, title: str, caption: str):
    """A plant of one closed pattern answer, `pattern`, for a seller's `category` (mapped to `garment`) titled
    `title`."""
    return sold_as(
        ("pattern", "closed", pattern, "What is the pattern of the garment"),
        garment,
        category,
        title=title,
        caption_en=caption,
    )


def sold_with_a_black_jacket(answer_args: tuple, **columns):
    """A plant of one answer for a seller's Black Kurta Sets whose black is its nehru jacket's: the kurta is white."""
    return sold_as(
        answer_args,
        "kurta",
        "Kurta Sets",
        title="Men Black Nehru Jacket with White Kurta & Pyjamas",
        seller_color="black",
        seller_color_raw="Black",
        caption_en="a man in a black vest and a white kurta",
        gender="Men",
        **columns,
    )


def no_to_a_sweater_against(wearing: str):
    """A plant: "no" to "Is this a sweater?" for a dark grey shirt, with this wearing answer and no seller category."""
    return lambda i, a: (
        i.update(seller_garment_type=None, seller_garment_type_raw=None),
        i.update(caption_en="a dark grey long sleeved shirt on a white background"),
        a.clear(),
        a.append(answer(i["sku"], "wearing", "open", wearing, "What is the person wearing")),
        a.append(answer(i["sku"], "is_sweater", "closed", "no", "Is this a sweater")),
    )


def against_a_backdrop(caption: str, color: str):
    """A plant of one color answer, `color`, on an item with this caption and no seller's color, category or pixels."""
    return alone(
        ("color", "closed", color, "What is the color of the garment"),
        caption_en=caption,
        seller_color=None,
        seller_color_raw=None,
        seller_garment_type=None,
        seller_garment_type_raw=None,
        pixel_colors=None,
    )


def _unsold(title: str) -> dict:
    """An item's columns for `title` with no seller category and a caption that names no garment."""
    return {
        "title": title,
        "caption_en": "a product photo",
        "seller_garment_type": None,
        "seller_garment_type_raw": None,
    }


def garment_alone(title: str, answered: str):
    """A plant of one garment_type answer on an item titled `title`, no seller category, a caption naming none."""
    return sold_as(
        ("garment_type", "closed", answered, "What type of garment is this"),
        None,
        None,
        title=title,
        caption_en="a product photo",
    )


def material_alone(title: str, words: str):
    """A plant of one material answer, `words`, on an item whose title is `title` and whose caption names no garment."""
    return alone(
        ("material", "open", words, "What material is the garment made of"), title=title, caption_en="a product photo"
    )


def titled_material(title: str, words: str, caption: str | None = None):
    """A plant whose catalog title is `title` and whose answer to the material question is `words`; where the healthy
    item's red t-shirt is no such product, its caption is `caption` and the material answer is its only answer."""
    return lambda i, a: (
        i.update(title=title, **({"caption_en": caption} if caption else {})),
        caption and a.clear(),
        a.append(answer(i["sku"], "material", "open", words, "What material is the garment made of")),
    )


def captioned_one_piece(title: str, caption: str):
    """A plant of a jumpsuit titled `title`, its caption `caption`, its wearing answer naming the jumpsuit."""
    return alone(
        ("wearing", "open", "a black jumpsuit", "What is the person wearing"),
        title=title,
        caption_en=caption,
        seller_garment_type="jumpsuit",
        seller_garment_type_raw="Jumpsuits",
        seller_color="black",
        seller_color_raw="Black",
    )


def asked_yes_no(prompt: str, answered: str, title: str):
    """A plant of one "Is this a ...?" answer on an item titled `title`, no seller category, a caption naming none."""
    question = "is_" + prompt.lower().split(" a ", 1)[1].replace(" ", "_")
    return sold_as((question, "closed", answered, prompt), None, None, title=title, caption_en="a product photo")


# a seller's Teal Kurtis (mapped to blue) whose caption sees a blue kurti
TEAL_KURTI = dict(
    seller_garment_type="kurta",
    seller_garment_type_raw="Kurtis",
    seller_color="blue",
    seller_color_raw="Teal",
    caption_en="a blue kurti hanging on a door",
)


def pattern_for(answered: str, title: str, garment: str | None = "trousers", category: str | None = "Track Pants"):
    """A plant of one closed pattern answer on an item titled `title`, sold as `category` (mapped to `garment`)."""
    return sold_as(
        ("pattern", "closed", answered, "What is the pattern of the garment"),
        garment,
        category,
        title=title,
        caption_en="a product photo",
    )


def asked_of_the_bottom(caption: str, color_answer: str, bottom_answer: str, bottom: str = "bottom"):
    """A plant of a t-shirt, captioned `caption`, whose color is `color_answer` and whose `bottom` is `bottom_answer`:
    the experiments' "What is the color of the bottom?", which asks about the bottoms the texts name."""
    return lambda i, a: (
        i.update(title="Men Solid Round Neck T-shirt", caption_en=caption, gender="male", pixel_colors=None),
        i.update(seller_color=None, seller_color_raw=None, seller_garment_type="t-shirt"),
        a.clear(),
        a.append(answer(i["sku"], "color", "closed", color_answer, "What is the color of the garment")),
        a.append(answer(i["sku"], "color_bottom", "closed", bottom_answer, f"What is the color of the {bottom}")),
    )


def worn_as(words: str, title: str):
    """A plant of one wearing answer, `words`, on an item titled `title` whose caption names no garment."""
    return alone(("wearing", "open", words, "What is the person wearing"), title=title, caption_en="a product photo")


def kurta_set_worn_as(words: str, title: str):
    """`worn_as` for a seller's Kurta Sets (mapped to kurta) titled `title`."""
    return sold_as(
        ("wearing", "open", words, "What is the person wearing"),
        "kurta",
        "Kurta Sets",
        title=title,
        caption_en="a product photo",
    )


UNCATEGORIZED = {"seller_garment_type": None, "seller_garment_type_raw": None}  # an item no seller category names


def detailed_as(words: str, title: str):
    """A plant of one details answer, `words`, on an item titled `title` whose caption names no garment."""
    return details_of(words, title=title, caption_en="a product photo")


def details_of(words: str, **columns):
    """A plant of one details answer, `words`, on an item whose catalog columns are `columns` (a title, a caption)."""
    return alone(("details", "open", words, "What are the details of the garment"), **columns)


def alone(answer_args: tuple, **columns):
    """A plant of one answer (question, kind, text, prompt) on an item whose columns are `columns`."""
    return lambda i, a: (i.update(columns), a.clear(), a.append(answer(i["sku"], *answer_args)))


def worn_over(wearing: str, title: str, category: str, garment: str, color: str, caption: str | None = None):
    """A plant of one wearing answer for a seller's `title` in `color`, the caption naming the product alone."""
    return alone(
        ("wearing", "open", wearing, "What is the person wearing"),
        title=title,
        seller_garment_type=garment,
        seller_garment_type_raw=category,
        seller_color=color,
        seller_color_raw=color.title(),
        caption_en=caption or f"a model in a {color} {garment}",
    )


def kurta_set_colors(title: str, kurta: str, pyjama: str):
    """A plant of a kurta set's two color answers, the kurta's and the pyjama's, and no seller columns."""
    return lambda i, a: (
        i.update(title=title, caption_en="a product photo", seller_garment_type=None, seller_garment_type_raw=None),
        i.update(seller_color=None, seller_color_raw=None),
        a.clear(),
        a.append(answer(i["sku"], "color_kurta", "closed", kurta, "What is the color of the kurta")),
        a.append(answer(i["sku"], "color_pyjama", "closed", pyjama, "What is the color of the pyjama")),
    )


def worn_as_sold(color: str, raw: str, words: str):
    """A plant of a product the seller sells in `raw` (mapped to `color`), its color answer and pixels agreeing, and a
    wearing answer of `words`."""
    return lambda i, a: (
        i.update(seller_color=color, seller_color_raw=raw, caption_en="a product photo"),
        i.update(pixel_colors=[{"color": color, "share": 0.9}]),
        text(a, "color", color),
        text(a, "wearing", words),
    )


def kurta_piece_color(title: str, piece: str, said: str, kurta: str | None = None, seller: str | None = None):
    """A plant of the base model's open color answers for a kurta and one piece, the kurta's color answered or sold."""
    return lambda i, a: (
        i.update(title=title, caption_en="a product photo", seller_garment_type=None, seller_garment_type_raw=None),
        i.update(seller_color=seller, seller_color_raw=seller and seller.title()),
        a.clear(),
        kurta and a.append(answer(i["sku"], "color_kurta", "open", kurta, "What is the color of the kurta")),
        a.append(answer(i["sku"], f"color_{piece}", "open", said, f"What is the color of the {piece}")),
    )


def bottoms_color(title: str, piece: str, said: str, seller: str | None = None, color: str | None = None):
    """A plant of a product's color answered `color` (or sold in `seller`) and the color of the `piece` worn with it
    answered `said`, and no caption color nor pixels."""
    return lambda i, a: (
        i.update(title=title, caption_en="a product photo", seller_garment_type=None, seller_garment_type_raw=None),
        i.update(pixel_colors=None),
        i.update(seller_color=seller, seller_color_raw=seller and seller.title()),
        a.clear(),
        color and a.append(answer(i["sku"], "color", "closed", color, "What is the color of the garment")),
        a.append(answer(i["sku"], f"color_{piece}", "open", said, f"What is the color of the {piece}")),
    )


def at_the_limit(question: str, words: str, prompt: str):
    """A plant of one open answer, `words`, generated until the token limit stopped it."""
    return lambda i, a: (a.clear(), a.append(answer(i["sku"], question, "open", words, prompt, hit_limit=True)))


def outfit(item: dict, answers: list[dict], words: str) -> None:
    """The caption and the wearing answer both describe this outfit."""
    item.update(caption_en=f"a woman wearing {words}")
    text(answers, "wearing", words)


def thing_sold(category: str, color: str, color_raw: str, title: str, caption: str, answer_args: tuple):
    """A plant of one answer (question, kind, text, prompt) about a seller's product that no garment type names."""
    return lambda i, a: (
        i.update(seller_garment_type=None, seller_garment_type_raw=category, pixel_colors=None, caption_en=caption),
        i.update(seller_color=color, seller_color_raw=color_raw, title=title),
        a.clear(),
        a.append(answer(i["sku"], *answer_args)),
    )


# a seller's white sneakers: category, color, its seller's word, title, caption
WHITE_SNEAKERS = (
    "Casual Shoes",
    "white",
    "White",
    "Men White Leather Sneakers",
    "a pair of white sneakers on a white background",
)


def dupatta_of_a_kurta_set(
    item: dict, answers: list[dict], color: str, caption: str, wearing: str, dupatta: str
) -> None:
    """A seller's Kurta Sets in `color`, its caption and wearing answer, and the dupatta's color answered `dupatta`."""
    item.update(
        caption_en=caption, pixel_colors=None, seller_garment_type="kurta", seller_garment_type_raw="Kurta Sets"
    )
    item.update(seller_color=color, seller_color_raw=color.title())
    text(answers, "wearing", wearing)
    text(answers, "color", color)
    text(answers, "garment_type", "kurta")
    answers.append(answer(item["sku"], "color_dupatta", "closed", dupatta, "What is the color of the dupatta"))


def kurta_sold_with(item: dict, answers: list[dict], color: str, category: str, title: str, bottom: str) -> None:
    """A floral kurta and its bottom in one color, which the caption calls a dress; each piece's color is asked."""
    answers.remove(next(x for x in answers if x["question_id"] == "garment_type"))
    item.update(caption_en=f"a woman in a {color} floral dress", seller_garment_type=None)
    item.update(seller_garment_type_raw=category, title=title, seller_color=color, seller_color_raw=color.title())
    item.update(pixel_colors=[{"color": color, "share": 0.9}])
    text(answers, "wearing", f"a {color} kurta with a dupatta")
    text(answers, "color", color)
    text(answers, "pattern", "floral")
    for garment in ("kurta", bottom):
        question = f"What is the color of the {garment}"
        answers.append(answer(item["sku"], f"{garment}_color", "closed", color, question))


def sold_as_swimwear(item: dict, answers: list[dict], answered: str, generated: str) -> None:
    """The seller's category is Swimwear; the garment_type answer as stored and as generated."""
    item.update(seller_garment_type="swimwear", seller_garment_type_raw="Swimwear")
    edit(answers, "garment_type", answer_en=answered, raw_en=generated)


TWICE = (
    "the red t-shirt has short sleeves and a round neck with a small pocket on the chest and a straight hem, "
    "the red t-shirt has short sleeves and a round neck"
)


def sold_as_tights(item: dict, answers: list[dict], category: str) -> None:
    """Red tights answered as trousers ("leggings"), in a seller's category the map leaves unmapped."""
    item.update(caption_en="a pair of red tights", seller_garment_type=None, seller_garment_type_raw=category)
    text(answers, "wearing", "red tights")
    edit(answers, "garment_type", answer_en="trousers", raw_en="leggings")
    text(answers, "sleeve_length", "not applicable")


def textured(item: dict, answers: list[dict], texture: float, caption=None, description=None) -> None:
    """The red t-shirt's region has this texture; its pattern is said by the caption or a description, not answered
    (a closed pattern answer is pattern_vs_pixels' to judge)."""
    answers.remove(next(x for x in answers if x["question_id"] == "pattern"))
    item.update(pixel_region="upper", pixel_texture=texture, caption_en=caption or item["caption_en"])
    if description:
        text(answers, "description", description)


def armed(item: dict, answers: list[dict], bare: float, sleeves: str, region: str = "upper", **columns) -> None:
    """The red t-shirt, answered `sleeves`, in a photo whose arms are this share bare skin (pixel_bare_arms)."""
    item.update(pixel_region=region, pixel_bare_arms=bare, **columns)
    text(answers, "sleeve_length", sleeves)


def sleeves_described(item: dict, answers: list[dict], sleeves: str, description: str, title: str, **columns) -> None:
    """A product answered only `sleeves` and described as `description`, sold as `title`."""
    item.update(title=title, **columns)
    answers.clear()
    answers.append(answer(item["sku"], "description", "open", description, "Describe the garment"))
    answers.append(answer(item["sku"], "sleeve_length", "closed", sleeves, "How long are the sleeves"))


def asked_the_color_of(
    item: dict, answers: list[dict], garment: str, answered: str, shown=("blue",), prompt: str | None = None
) -> None:
    """The red t-shirt worn over jeans whose pixels show `shown`; the color of `garment` asked (by `prompt`, else
    "What is the color of the <garment>") and `answered`."""
    item.update(pixel_region="upper", pixel_other_region="lower")
    item.update(pixel_other_colors=[{"color": c, "share": 0.8 / len(shown)} for c in shown] if shown else None)
    asked = prompt or f"What is the color of the {garment}"
    answers.append(answer(item["sku"], f"color_{garment}", "closed", answered, asked))


def worn_over_pixels(
    item: dict, answers: list[dict], wearing: str, shown=("blue",), caption: str | None = None
) -> None:
    """The red t-shirt worn over a bottom whose pixels show `shown`, and the wearing answer `wearing` (and
    `caption`) about both; no color question names a garment."""
    item.update(pixel_region="upper", pixel_other_region="lower")
    item.update(pixel_other_colors=[{"color": c, "share": 0.8 / len(shown)} for c in shown])
    text(answers, "wearing", wearing)
    if caption:
        item.update(caption_en=caption)


def coord_asked_the_skirt(item: dict, answers: list[dict], title: str, worn: str, skirt: str) -> None:
    """A co-ord set titled `title`, worn in `worn` top and skirt by the wearing answer, its skirt's color answered
    `skirt`; no seller color, no caption color."""
    item.update(title=title, seller_color=None, seller_color_raw=None, caption_en="a woman in a top and skirt")
    item.update(seller_garment_type=None, seller_garment_type_raw=None, pixel_colors=None)
    text(answers, "wearing", f"a {worn} crop top and a {worn} skirt")
    text(answers, "color", worn)
    answers.append(answer(item["sku"], "color_skirt", "closed", skirt, "What is the color of the skirt"))


def piece_of_a_set(item: dict, answers: list[dict], title: str, piece: str, answered: str) -> None:
    """A set the seller sells in red as `title`, its `piece`'s color asked and answered `answered`; the texts name no
    color."""
    item.update(seller_garment_type=None, seller_garment_type_raw="Co-Ords", title=title, pixel_colors=None)
    item.update(caption_en="a woman in a set")
    text(answers, "wearing", "a matching set")
    answers.append(answer(item["sku"], f"color_{piece}", "closed", answered, f"What is the color of the {piece}"))


def a_beige_blazer_asked_the_color_of(item: dict, answers: list[dict], garment: str) -> None:
    """A seller's beige blazer (its pixels beige) worn over a shirt; the color of `garment` asked, answered navy."""
    asked_the_color_of(item, answers, garment, "navy")
    item.update(seller_garment_type="jacket", seller_garment_type_raw="Blazers", caption_en="a product photo")
    item.update(seller_color=None, seller_color_raw=None, pixel_colors=[{"color": "beige", "share": 0.9}])
    edit(answers, "garment_type", answer_en="jacket", raw_en="jacket")
    answers.remove(next(x for x in answers if x["question_id"] == "color"))
    text(answers, "wearing", "a blazer over a shirt")


def sold_in(item: dict, answers: list[dict], mapped: str, raw: str, answered: str) -> None:
    """A t-shirt the seller sells in `raw` (`mapped` to the seller map), shown and answered `answered`."""
    item.update(seller_color=mapped, seller_color_raw=raw, pixel_colors=[{"color": answered, "share": 0.9}])
    outfit(item, answers, f"a {answered} t-shirt")
    edit(answers, "color", answer_en=answered, raw_en=answered)


def drop(answers: list[dict], question: str) -> None:
    """The item was not asked `question`."""
    answers.remove(next(x for x in answers if x["question_id"] == question))


def captioned_shorts(item: dict, answers: list[dict], category: str, shorts: str) -> None:
    """A man's bottom the seller files under `category` (Trousers, Jeans), worn and answered as such, which the caption
    calls `shorts`; a bottom has no sleeve length to ask."""
    garment = category.lower()
    outfit(item, answers, f"a white shirt and red {garment}")
    item.update(caption_en=f"a man in a white shirt and {shorts}", gender="male")
    item.update(seller_garment_type=garment, seller_garment_type_raw=category)
    drop(answers, "sleeve_length")


def a_man_in_a_red_layer(item: dict, answers: list[dict], sold: tuple, title: str, worn: str, asked: tuple) -> None:
    """A man's red long-sleeved layer the seller files as `sold` (mapped, raw) under `title`, captioned and worn as
    "a man in `worn`"; the color of another garment asked (`asked`: the garment, the answer)."""
    item.update(seller_garment_type=sold[0], seller_garment_type_raw=sold[1], title=title, gender="male")
    item.update(caption_en=f"a man in {worn}")
    text(answers, "wearing", worn)
    text(answers, "garment_type", sold[0] or "jacket")
    text(answers, "sleeve_length", "long")
    asked_the_color_of(item, answers, asked[0], asked[1], shown=None)


def sold_as_a_thing(item: dict, answers: list[dict], caption: str, answered, title: str) -> None:
    """A product the vocabulary has no garment for (a cap, sneakers), with no seller category, with this caption
    and wearing answer; its garment_type answer out of the vocabulary, or none."""
    item.update(seller_garment_type=None, seller_garment_type_raw=None, title=title, caption_en=caption)
    item.update(seller_color=None, seller_color_raw=None, pixel_colors=None, pixel_region=None)
    text(answers, "wearing", caption.removeprefix("a woman wearing ").removeprefix("a man wearing "))
    for question in ("pattern", "sleeve_length"):
        answers.remove(next(x for x in answers if x["question_id"] == question))
    if answered:
        unmapped(answers, "garment_type", answered)
    else:
        answers.remove(next(x for x in answers if x["question_id"] == "garment_type"))


def sold_unmapped(item: dict, answers: list[dict], category: str, shown: str, answered: str, sleeves=None) -> None:
    """A product the seller files under a `category` the map leaves unmapped, shown as `shown`, answered `answered`."""
    item.update(seller_garment_type=None, seller_garment_type_raw=category, caption_en=shown)
    text(answers, "wearing", shown)
    text(answers, "garment_type", answered)
    if sleeves:
        text(answers, "sleeve_length", sleeves)


PLANTS = {  # sku -> (the audits that must flag it, how its healthy rows are changed); healthy: a red t-shirt
    "loop-words": (  # one hyphenated "word" where a description was asked: no answer either
        ("repetition_loop", "non_answer"),
        said("description", "black-black-black-black"),
    ),
    "loop-phrase": (
        "repetition_loop",
        lambda i, a: edit(a, "details", answer_en="the sleeves, the neckline, the collar, the sleeves"),
    ),
    "loop-chars": ("repetition_loop", lambda i, a: edit(a, "details", answer_en="zzzzzzzzzz")),
    "loop-three-times": (
        "repetition_loop",
        lambda i, a: i.update(caption_en="a woman wearing a t-shirt with a t-shirt with a t-shirt with a t-shirt"),
    ),
    "loop-closed": (  # a reference-engine closed answer, kept raw (and of no red)
        ("repetition_loop", "closed_out_of_vocabulary", "seller_color_mismatch"),
        lambda i, a: unmapped(a, "color", "Cream-black-black-black"),
    ),
    "leak-closed": (
        ("prompt_leak", "closed_out_of_vocabulary"),
        lambda i, a: unmapped(a, "sleeve_length", "Short-sh-short? Answer: long"),
    ),
    "leak-open": (
        "prompt_leak",
        said("wearing", "a red t-shirt. Question: What is the color of the shirt? Answer: red"),
    ),
    "cut": (
        "hit_token_limit",
        lambda i, a: text(
            a,
            "description",
            "a red t-shirt with a round neck and short sleeves, an everyday look for casual days",
            hit_limit=True,
            num_tokens=30,
        ),
    ),
    "cut-caption": ("hit_token_limit", lambda i, a: i.update(caption_hit_limit=True)),
    "a-full-sentence-at-the-limit": (  # it reached the limit, and reads complete
        (),
        lambda i, a: (
            i.update(
                caption_hit_limit=True, caption_en="The lady wears a short-sleeve T-shirt with pure color patterns."
            ),
            text(a, "details", "The T-shirt is with cotton fabric and its neckline is round.", hit_limit=True),
        ),
    ),
    "cut-mid-phrase": (  # below the token limit
        "cut_mid_phrase",
        said("details", "The shirt details are the buttons and the"),
    ),
    "solid-with-writing": (  # words printed over it: a graphic, not a solid t-shirt
        "pattern_or_sleeves_contradict",
        said("description", "a red t-shirt with black writing on it"),
    ),
    "solid-with-small-writing": ((), said("description", "a red t-shirt with small white writing")),
    "cut-after-a-color": (  # a color joined to a garment, its own garment never said
        "cut_mid_phrase",
        said("wearing", "a red t-shirt and tan"),
    ),
    "colors-joined": ((), said("description", "the t-shirt is red and white")),
    "cut-after-says": ("cut_mid_phrase", said("details", "a grey waistband that says")),
    "cut-before-a-collars-noun": ("cut_mid_phrase", said("description", "a red t-shirt with a white mandarin")),
    "cut-after-has-a-color": ("cut_mid_phrase", said("details", "the t-shirt has gold")),
    "cut-after-a-scarf-with-a-color": ("cut_mid_phrase", said("description", "a red t-shirt, a navy scarf with gold")),
    "has-a-color-and-its-noun": ((), said("details", "the t-shirt has gold print on the chest")),
    "the-words-printed-end-on-on": ((), alone(("print", "open", "game on", "What is printed on the garment"))),
    "a-details-answer-ends-on-on": ("cut_mid_phrase", alone(("details", "open", "a logo on", "What are the details"))),
    "cut-before-a-pairs-noun": ("cut_mid_phrase", said("wearing", "a red t-shirt and a pair of wide leg")),
    "a-pair-of-denims": ((), said("wearing", "a red t-shirt and a pair of denims")),
    "a-pair-of-jeans-in-blue": ((), said("wearing", "a red t-shirt and a pair of jeans in blue")),
    "cut-before-a-leather-pairs-noun": ("cut_mid_phrase", said("wearing", "a red t-shirt and a pair of black leather")),
    "cut-before-a-navy-nehru": ("cut_mid_phrase", said("description", "a red t-shirt with a navy blue nehru")),
    "a-kangaroo-printed": ((), said("description", "a red t-shirt with a cartoon kangaroo")),
    "cut-before-the-words": (
        "cut_mid_phrase",
        said("details", "a tiger on the front and the words"),
    ),
    "under-the-words": ((), said("details", "a yellow lightning bolt under the words")),
    "the-print-says-it": ((), said("details", "white text that says chill mode on")),
    "the-print-says-game-over": ((), said("details", "a shirt that says game over")),
    "the-templates-pattern-class-cut": (
        "cut_mid_phrase",
        said("details", "The shorts are with cotton fabric and striped"),
    ),
    "striped-and-red": ((), said("details", "the t-shirt is red and striped")),
    "reading-a-book-on": (
        "cut_mid_phrase",
        said("wearing", "a woman in a red t-shirt reading a book on"),
    ),
    "a-label-that-says-made-in": ("cut_mid_phrase", said("details", "a label that says made in")),
    "with-a-rolled": ("cut_mid_phrase", said("description", "a red t-shirt with a rolled")),
    "ribbed-and-cropped": ((), said("details", "the t-shirt is ribbed and cropped")),
    "an-accessory-on-her": ("cut_mid_phrase", said("details", "There is an accessory on her")),
    "an-accessory-span-for-the-details": ("unsupported_claim", said("details", "an accessory on her wrist")),
    # fiftieth session: the caption template's spans copied by an extractive reader (the accessory's above)
    "fabric-and-pure": ("cut_mid_phrase", said("details", "a round neckline and pure")),
    "the-templates-next-sentence-begun": (  # an extractive span cut after the next subject (fifty-first session)
        "cut_mid_phrase",
        said("details", "The T-shirt is with cotton fabric and pure color patterns. She"),
    ),
    "the-templates-accessory-without-its-place": ("cut_mid_phrase", said("details", "There is an accessory")),
    "the-templates-there-cut": ("cut_mid_phrase", said("details", "pure color patterns. There")),  # (fifty-second
    "the-templates-and-it-cut": ("cut_mid_phrase", said("details", "a round neckline and it")),  # session)
    "the-print-named-alone": ((), said("details", "the astronaut")),
    "with-pure-color": ("cut_mid_phrase", said("description", "a red t-shirt with pure color")),
    "a-pure-color-pattern": ((), said("pattern", "pure color")),  # the template's whole phrase, no cut
    "short-sleeves-and-blue": ("cut_mid_phrase", said("description", "a red t-shirt with short sleeves and blue")),
    "the-t-shirt-has-blue-and-white": ("cut_mid_phrase", said("details", "the t-shirt has blue and white")),
    "a-collar-and-blue": ("cut_mid_phrase", said("description", "a red t-shirt with a white collar and blue")),
    "loose-and-light-red": ((), said("description", "it is loose and light red")),  # finished: a color said of it
    "a-wall-behind-her": ((), said("wearing", "a red t-shirt with a blue wall behind her")),
    "cut-after-wears": (
        "cut_mid_phrase",
        said("details", "The T-shirt is with cotton fabric. The lady wears"),
    ),
    "a-young-woman-wearing": ("cut_mid_phrase", said("wearing", "a young woman wearing")),
    "the-template-stops-at-its-sleeves": (
        "cut_mid_phrase",
        said("details", "The T-shirt is with cotton fabric. The lady wears a short-sleeve"),
    ),
    "a-pregnant-woman-wearing": ("cut_mid_phrase", said("wearing", "a pregnant woman wearing")),
    "what-she-is-wearing": ((), said("description", "the red t-shirt she is wearing")),
    "midriff-showing": ((), said("description", "a red crop t-shirt with her midriff showing")),
    "what-the-logo-says": ((), said("details", "the t-shirt is exactly what the logo says")),
    "no-details-to-a-yes-no-question": (
        (),
        lambda i, a: a.append(
            answer(i["sku"], "any_details", "open", "no details", "Does the t-shirt have any details")
        ),
    ),
    "cut-open-list": ("cut_mid_phrase", said("description", "it has pockets, a zipper,")),
    "cut-closed": (  # a generated closed answer that stopped mid-phrase
        ("cut_mid_phrase", "closed_out_of_vocabulary"),
        lambda i, a: unmapped(a, "color", "red and"),
    ),
    "leak-short-form": ("prompt_leak", said("details", "Q: What are the details? A: a round neck")),
    "leak-cut-at-the-marker": ("prompt_leak", said("wearing", "a red polo shirt and jeans Question")),
    "the-garment-in-question": ((), said("details", "a round neck on the garment in question")),
    "caption-one-word": ("non_answer", lambda i, a: i.update(caption_en="yes")),
    "describe-names-garment": ("non_answer", said("description", "it is a t-shirt")),
    "details-name-a-lehenga": ("non_answer", said("details", "it is a lehenga")),
    "a-definition": (  # what any t-shirt is, not this one
        "non_answer",
        said("description", "a t-shirt is a type of clothing worn on the upper body"),
    ),
    "not-a-definition": ((), said("description", "a red t-shirt with a round neck")),
    "a-worn-in-definition": (
        "non_answer",
        said("description", "a t-shirt is a short top worn by people"),
    ),
    "a-short-top-described": (
        (),
        said("description", "a red t-shirt is a short top with a round neck"),
    ),
    "this-garment-described": (  # "the t-shirt is a ... garment with ..." describes this one
        (),
        said("description", "the t-shirt is a casual garment with a round neck and short sleeves"),
    ),
    "details-name-the-garment-and-its-color": ("non_answer", said("details", "it is a red t-shirt")),
    "details-name-a-vest-and-its-color": ("non_answer", said("details", "it is a white vest")),  # a thing of $things
    "details-a-red-t-shirt": ("non_answer", said("details", "a red and white t-shirt")),
    "any-details-a-plain-t-shirt": (  # a fair no to a yes/no question
        (),
        lambda i, a: a.append(
            answer(i["sku"], "any_details", "open", "it is a plain t-shirt", "Does the t-shirt have any details")
        ),
    ),
    "a-description-names-the-garment-and-its-color": ((), said("description", "it is a red t-shirt")),
    "details-names-a-thing": ("non_answer", said("details", "they are socks")),
    "a-belt-is-a-detail": ((), said("details", "a belt")),
    "words-on-the-pocket": ((), said("description", "a red t-shirt with words on the pocket")),
    "picture-behind-it": (
        (),
        said("description", "a red t-shirt with a picture of a mountain behind it"),
    ),
    "details-of-the-blouse": (  # a garment word of the vocabulary, not only its value's name ("blouse" is a shirt)
        "verbose_or_restated",
        lambda i, a: text(
            a,
            "details",
            "the details of the garment are the details of the blouse",
            prompt="Question: What are the details of the garment? Answer:",
        ),
    ),
    "details-only-a-length": ("non_answer", said("details", "they are long")),
    "details-only-what-she-holds": (  # (fifty-second session; a prop, sixty-fourth)
        ("non_answer", "accessory_answered_as_garment"),
        said("details", "she is holding a cup of coffee"),
    ),
    "details-only-a-pose": ("non_answer", said("details", "posing for a photo")),
    # (and the person named first: "a man holding a dumbbell", sixty-third session)
    "a-description-of-what-a-man-holds": (
        ("non_answer", "accessory_answered_as_garment"),
        said("description", "a man holding a dumbbell", gender="male"),
    ),
    "the-garment-is-a-t-shirt": (
        ("non_answer", "verbose_or_restated"),
        said("description", "the garment is a t-shirt that the person is wearing in the photo"),
    ),
    "the-sleeves-are-long": ((), said("details", "the sleeves are long")),
    "a-v-neck-for-a-round-neck-tee": (  # the title's neckline (fifty-second session)
        "kind_vs_title",
        said("description", "a red t-shirt with a v-neck", title="Women Red Solid Round Neck T-shirt"),
    ),
    "a-round-neck-for-a-round-neck-tee": (
        (),
        said("description", "a red t-shirt with a crew neck", title="Women Red Solid Round Neck T-shirt"),
    ),
    "the-t-shirt-is-a-t-shirt-with-a-pocket": (  # itself before a detail (fifty-second session)
        "verbose_or_restated",
        said("description", "the t-shirt is a t-shirt with a round neck"),
    ),
    # says what it is (no non-answer), but says the question back first
    "the-garment-is-a-denim-jacket": (
        "verbose_or_restated",
        said("description", "the garment is a denim shirt"),
    ),
    "no-details": ("non_answer", said("details", "no details")),
    "the-shoes-are-shoes": (  # and shoes are no t-shirt (nor what a description of it names only: fifty-eighth session)
        ("non_answer", "caption_contradicts_answer", "verbose_or_restated", "accessory_answered_as_garment"),
        said("description", "the shoes are shoes"),
    ),
    "yes-it-is": ("non_answer", said("description", "yes it is")),
    "a-kind-of-garment-defined": (  # what such a garment is, with "the" (fifty-first session)
        "non_answer",
        said("description", "the t-shirt is a type of top that is worn by people in summer"),
    ),
    "worn-by-the-model": ((), said("description", "it is a red t-shirt worn by the model over blue jeans")),
    "material-names-garment": (
        "non_answer",
        lambda i, a: a.append(answer(i["sku"], "material", "open", "t-shirt", "What material is the garment made of")),
    ),
    "material-fine": (  # one word is an answer to a material question
        (),
        lambda i, a: a.append(answer(i["sku"], "material", "open", "denim", "What material is the garment made of")),
    ),
    "what-it-hides": (  # a filling, an insole, pads: inside, not in the photo
        "unsupported_claim",
        said("details", "a memory foam insole, removable pads and down feathers"),
    ),
    "gentleman": ("pronoun_vs_gender", said("description", "the gentleman wears a red t-shirt")),
    "boy-shorts-and-man-made-fiber": (  # a cut's and a fiber's words name no wearer (fifty-second session)
        (),
        said("description", "a red t-shirt in a man-made fiber, worn over lace boy shorts"),
    ),
    "description-color": (  # a description gives the product another color, and no other text gives it one
        "caption_contradicts_answer",
        lambda i, a: (
            outfit(i, a, "a t-shirt"),
            text(a, "description", "a blue t-shirt with a round neck"),
            i.update(seller_color=None, seller_color_raw=None),  # the seller's red would make the description odd
        ),
    ),
    "description-odd": (  # the caption agrees with the answer: the description is the odd text
        ("open_answers_contradict", "seller_color_mismatch"),
        said("description", "a blue t-shirt with a round neck"),
    ),
    "shirt-over-t-shirt": (  # two near garments named in one text are two garments: red is not the shirt's
        ("color_of_another_garment", "caption_contradicts_answer"),
        lambda i, a: (
            outfit(i, a, "a blue shirt over a red t-shirt"),
            a.append(answer(i["sku"], "shirt_color", "closed", "red", "What is the color of the shirt")),
        ),
    ),
    "asked-after-another-garment": (  # the question names the jeans first and asks the t-shirt's color
        ("color_of_another_garment", "caption_contradicts_answer"),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and blue jeans"),
            a.append(answer(i["sku"], "tee_color", "closed", "blue", "With the jeans, what color is the t-shirt")),
        ),
    ),
    "asked-after-another-garment-right": (
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and blue jeans"),
            a.append(answer(i["sku"], "tee_color", "closed", "red", "With the jeans, what color is the t-shirt")),
        ),
    ),
    "garment-without-color": (  # "a denim jacket and black trousers": black is the trousers'
        "color_of_another_garment",
        lambda i, a: (
            outfit(i, a, "a red t-shirt, a denim jacket and black trousers"),
            a.append(answer(i["sku"], "jacket_color", "closed", "black", "What is the color of the jacket")),
        ),
    ),
    # a choli is the set's top, not its lehenga (fifty-seventh session): the lehenga's blue answered for the choli
    "the-lehengas-color-for-the-choli": (
        ("caption_contradicts_answer", "color_of_another_garment"),
        lambda i, a: (
            i.update(title="Girls Blue & Pink Lehenga Choli", **UNCATEGORIZED),
            outfit(i, a, "a blue skirt and a pink top"),
            drop(a, "garment_type"),
            a.append(answer(i["sku"], "color_choli", "closed", "blue", "What is the color of the choli")),
        ),
    ),
    "the-cholis-own-color": (
        (),
        lambda i, a: (
            i.update(title="Girls Blue & Pink Lehenga Choli", **UNCATEGORIZED),
            outfit(i, a, "a blue skirt and a pink top"),
            drop(a, "garment_type"),
            a.append(answer(i["sku"], "color_choli", "closed", "pink", "What is the color of the choli")),
        ),
    ),
    # a dupatta the text tells apart from the lehenga in a near color (fifty-seventh session): pink is near red, but
    # "a maroon lehenga with a pink dupatta" gives the maroon to the lehenga
    "the-lehengas-maroon-for-its-pink-dupatta": (
        "caption_contradicts_answer",
        lambda i, a: (
            i.update(title="Women Maroon Lehenga Choli with Pink Dupatta", **UNCATEGORIZED),
            outfit(i, a, "a maroon lehenga with a pink dupatta"),
            drop(a, "garment_type"),
            a.append(answer(i["sku"], "color_dupatta", "closed", "maroon", "What is the color of the dupatta")),
        ),
    ),
    "the-dupattas-own-pink": (
        (),
        lambda i, a: (
            i.update(title="Women Maroon Lehenga Choli with Pink Dupatta", **UNCATEGORIZED),
            outfit(i, a, "a maroon lehenga with a pink dupatta"),
            drop(a, "garment_type"),
            a.append(answer(i["sku"], "color_dupatta", "closed", "pink", "What is the color of the dupatta")),
        ),
    ),
    "matching-garment": (  # "a matching blouse" is the saree's color
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and black trousers with a matching jacket"),
            a.append(answer(i["sku"], "jacket_color", "closed", "black", "What is the color of the jacket")),
        ),
    ),
    "seller-color-elsewhere": (  # the seller's red t-shirt; no text gives the trousers a color
        ("color_of_another_garment", "one_color_for_two_garments"),
        lambda i, a: (
            outfit(i, a, "a t-shirt and trousers"),
            a.append(answer(i["sku"], "trousers_color", "closed", "red", "What is the color of the trousers")),
        ),
    ),
    "seller-word-names-either": (  # the seller's Teal is mapped to blue, and names green too
        (),
        lambda i, a: (
            outfit(i, a, "a t-shirt"),
            text(a, "color", "green"),
            i.update(seller_color="blue", seller_color_raw="Teal", pixel_colors=[{"color": "green", "share": 0.9}]),
        ),
    ),
    "brand-in-title": (  # the catalog's title names the brand the logo shows
        (),
        lambda i, a: (
            text(a, "description", "a red t-shirt with a white puma logo"),
            i.update(title="Puma Women Red Solid T-shirt"),
        ),
    ),
    "accessory-sentence-in-a-caption": (  # a caption may show a watch: the photo decides
        (),
        lambda i, a: i.update(caption_en="The lady wears a short-sleeve T-shirt. There is an accessory on her wrist."),
    ),
    "brand-in-title-without-its-apostrophe": (  # "Levis" titled, "levi's" said: one brand
        (),
        lambda i, a: (
            text(a, "description", "a red levi's t-shirt"),
            i.update(title="Levis Women Red Solid T-shirt"),
        ),
    ),
    "claims-out-of-sight": (
        "unsupported_claim",
        lambda i, a: a.append(
            answer(i["sku"], "material", "open", "nylon with a cotton lining", "What material is the garment made of")
        ),
    ),
    "filling": claim("details", "it is waterproof and has a down filling"),
    "recycled": claim("details", "made of recycled nylon from fishing nets"),
    "material-with-straps": (  # a material answer that goes on to parts no other text names
        "unsupported_claim",
        lambda i, a: a.append(
            answer(i["sku"], "material", "open", "satin with a built in bra", "What material is the garment made of")
        ),
    ),
    # the back and the inside of a garment, which a front photo does not show
    "zip-at-the-back": claim("details", "a bow on the front and a zip at the back"),
    "lining-inside": claim("description", "a red t-shirt with a mesh lining"),
    # a length measured in the photo, which has no scale (sixty-second session); not the title's own figure
    "sleeves-in-inches": claim("sleeve_length", "about 3 inches"),
    "a-length-in-centimetres": claim("details", "the sleeves are 20 cm long"),
    "the-title-s-7-inch-inseam": ((), said("details", "a 7 inch inseam", title="Men Red 7 Inch Running Shorts")),
    "photographed-from-behind": (  # a text says the photo shows the back
        (),
        said("details", "a keyhole and a button at the back", caption_en="the back view of a woman in a red t-shirt"),
    ),
    "inside-is-no-lining": (  # a word inside a print, hair down her back, a hood lined with fur: all in sight
        (),
        lambda i, a: (
            text(a, "description", "a red t-shirt with the word love inside a heart, her long hair down her back"),
            text(a, "details", "a hood lined with faux fur and hands hidden in the pockets"),
        ),
    ),
    "back-shot": (  # BLIP-2's caption of a photo of the back
        (),
        lambda i, a: (
            i.update(caption_en="the back of a red t-shirt with a skull print"),
            text(a, "details", "a skull print on the back"),
            text(a, "pattern", "graphic"),
        ),
    ),
    "pockets-on-the-back": ((), said("details", "two back pockets and a leather patch on the back")),
    "fur-lined-hood": ((), said("description", "a red t-shirt under a parka with a fur-lined hood")),
    "brand-in-title-fiber-not": (  # the title names the brand, not the polyester
        "unsupported_claim",
        lambda i, a: (
            text(a, "description", "a red puma t-shirt made of polyester"),
            i.update(title="Puma Women Red Solid T-shirt"),
        ),
    ),
    "fiber-inside-a-title-word": (  # "Cottonworld" names no cotton
        "unsupported_claim",
        lambda i, a: (text(a, "description", "a red cotton t-shirt"), i.update(title="Cottonworld Red T-shirt")),
    ),
    "material-with-garment": (  # "a denim jacket" answers the material question
        (),
        lambda i, a: a.append(
            answer(i["sku"], "material", "open", "a denim jacket", "What material is the garment made of")
        ),
    ),
    "details-compound-garment": ((), said("details", "cargo pants")),
    "dress-and-its-skirt": (  # a dress's skirt is the dress, whatever the seller's color
        (),
        lambda i, a: (
            outfit(i, a, "a tennis dress with a pleated skirt"),
            i.update(seller_garment_type="dress", seller_garment_type_raw="Dresses"),
            text(a, "garment_type", "dress"),
            a.append(answer(i["sku"], "skirt_color", "closed", "red", "What is the color of the skirt")),
        ),
    ),
    "color-after-garment": (  # "a jacket in black" gives the jacket a color
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt, a jacket in black and black trousers"),
            a.append(answer(i["sku"], "jacket_color", "closed", "black", "What is the color of the jacket")),
        ),
    ),
    "unnamed-modifier": (  # "faux" is no modifier the vocabulary knows: the jacket's color is not known to be absent
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt, black jeans and a black faux leather jacket"),
            a.append(answer(i["sku"], "jacket_color", "closed", "black", "What is the color of the jacket")),
        ),
    ),
    "dupatta-color": (  # the dupatta is no garment of the vocabulary: its color is not judged
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and white palazzo pants with a dupatta"),
            a.append(answer(i["sku"], "dupatta_color", "closed", "white", "What is the color of the dupatta")),
        ),
    ),
    "question-echoed": (  # the prompt's question repeated before the answer
        ("prompt_leak", "verbose_or_restated"),
        said("details", "What details? a round neck"),
    ),
    "not-sure": ("non_answer", said("description", "i'm not sure")),
    "pattern-answered-with-a-color": ("non_answer", said("pattern", "white")),
    "material-answered-with-a-pattern": (
        "non_answer",
        lambda i, a: a.append(answer(i["sku"], "material", "open", "floral", "What material is the garment made of")),
    ),
    "seller-garment-first": (  # the garment_type answer is wrong; the seller's t-shirt is the asked garment
        ("color_of_another_garment", "seller_category_mismatch", "caption_contradicts_answer"),
        lambda i, a: (
            outfit(i, a, "a woman in a t-shirt and black trousers"),
            text(a, "garment_type", "shorts"),
            text(a, "color", "black"),
            i.update(seller_color=None, seller_color_raw=None),
            i.update(pixel_colors=[{"color": "white", "share": 0.7}, {"color": "black", "share": 0.2}]),
        ),
    ),
    "tautology": (
        "verbose_or_restated",
        said("description", "the t-shirt is the t-shirt she is wearing"),
    ),
    "sleeves-contradict": (  # short sleeves answered for a long-sleeve t-shirt
        "pattern_or_sleeves_contradict",
        lambda i, a: outfit(i, a, "a long-sleeve red t-shirt"),
    ),
    "pattern-template": (  # the caption adapter's "with stripe patterns" against a solid answer
        "pattern_or_sleeves_contradict",
        lambda i, a: i.update(caption_en="The lady wears a short-sleeve t-shirt with stripe patterns."),
    ),
    "title-in-portuguese": (  # a Brazilian title names the sleeves after the garment: "Manga Longa" is long
        "pattern_or_sleeves_contradict",
        lambda i, a: i.update(title="Camiseta Infantil Vermelha Manga Longa"),
    ),
    "title-in-portuguese-agrees": (  # "Lisa" is solid and "Manga Curta" short, as answered
        (),
        lambda i, a: i.update(title="Camiseta Feminina Lisa Manga Curta Vermelha"),
    ),
    "title-in-english-with-a-name": (  # "Lisa" names the product here, no solid pattern
        (),
        lambda i, a: (i.update(title="The Lisa Red Tee"), text(a, "pattern", "floral")),
    ),
    "title-in-portuguese-dots": ("pattern_or_sleeves_contradict", lambda i, a: i.update(title="Camiseta Bolinhas")),
    "title-in-portuguese-stripes": ("pattern_or_sleeves_contradict", lambda i, a: i.update(title="Camiseta Listrada")),
    "title-in-portuguese-a-print": (
        "pattern_or_sleeves_contradict",
        lambda i, a: i.update(title="Camiseta Estampa Rock"),
    ),
    "a-sarees-border-read-as-stripes": (  # a woven saree whose title names no stripe: its border reads as one
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            i.update(title="Red Zari Woven Kanjeevaram Silk Saree", seller_garment_type="saree"),
            i.update(seller_garment_type_raw="Sarees", caption_en="a woman in a red saree"),
            text(a, "garment_type", "saree"),
            text(a, "pattern", "striped"),
        ),
    ),
    "a-saree-of-no-named-design": (  # a Bengal cotton saree the title says nothing more of may be striped
        (),
        lambda i, a: (
            i.update(title="Women Red & White Bengal Cotton Saree", seller_garment_type="saree"),
            i.update(seller_garment_type_raw="Sarees", caption_en="a woman in a red saree"),
            text(a, "garment_type", "saree"),
            text(a, "pattern", "striped"),
        ),
    ),
    "a-leheriya-answered-striped": (  # a leheriya is a tie-dye of diagonal stripes
        (),
        lambda i, a: (i.update(title="Red Leheriya Printed Cotton T-shirt"), text(a, "pattern", "striped")),
    ),
    "a-striped-saree": (  # the title names the stripes
        (),
        lambda i, a: (
            i.update(title="Red Striped Pure Cotton Saree", seller_garment_type="saree"),
            i.update(seller_garment_type_raw="Sarees", caption_en="a woman in a red saree"),
            text(a, "garment_type", "saree"),
            text(a, "pattern", "striped"),
        ),
    ),
    "a-set-striped-all-over": (  # the title gives the night suit its stripes: the top's "solid" is wrong
        ("pattern_or_sleeves_contradict", "seller_unmapped"),
        lambda i, a: i.update(
            title="Red Striped Cotton Night Suit", seller_garment_type=None, seller_garment_type_raw="Night Suits"
        ),
    ),
    "a-set-of-no-named-garment": (  # nothing says which garment: the pattern answer is the set's
        ("pattern_or_sleeves_contradict", "seller_unmapped"),
        lambda i, a: (
            i.update(
                title="Red Checked Cotton Pyjama Set", seller_garment_type=None, seller_garment_type_raw="Night Suits"
            ),
            i.update(caption_en="a product photo"),
            a.remove(next(x for x in a if x["question_id"] == "garment_type")),
            text(a, "wearing", "red pajamas"),
        ),
    ),
    "solid-for-a-pinstriped-suit": (  # a suit is a set: its pinstripes are its pattern (forty-eighth session)
        ("pattern_or_sleeves_contradict", "seller_unmapped"),
        lambda i, a: (
            i.update(title="Men Grey Pinstriped Double-Breasted Formal Suit", seller_garment_type=None),
            i.update(seller_garment_type_raw="Suits", caption_en="a product photo"),
            a.remove(next(x for x in a if x["question_id"] == "garment_type")),
            text(a, "wearing", "a suit"),
        ),
    ),
    "striped-for-a-solid-two-piece-suit": (
        ("pattern_or_sleeves_contradict", "seller_unmapped"),
        lambda i, a: (
            i.update(title="Men Blue Solid Slim Fit Two-Piece Suit", seller_garment_type=None),
            i.update(seller_garment_type_raw="Suits", caption_en="a product photo"),
            a.remove(next(x for x in a if x["question_id"] == "garment_type")),
            text(a, "wearing", "a suit"),
            text(a, "pattern", "striped"),
        ),
    ),
    "printed-for-a-salwar-suit-with-a-printed-dupatta": (  # the solid is the salwar's, the print the dupatta's
        ("seller_unmapped",),
        lambda i, a: (
            i.update(title="Women Pink Solid Salwar Suit with Printed Dupatta", seller_garment_type=None),
            i.update(seller_garment_type_raw="Salwar Suits", caption_en="a product photo"),
            a.remove(next(x for x in a if x["question_id"] == "garment_type")),
            text(a, "wearing", "a pink salwar suit"),
            text(a, "pattern", "printed"),
        ),
    ),
    "a-set-whose-bottoms-are-checked": (  # the checks are the pyjama's, not the top's (the category maps to nothing)
        ("seller_unmapped",),
        lambda i, a: i.update(
            title="Women Night Suit Red Top Black Check Pyjama",
            seller_garment_type=None,
            seller_garment_type_raw="Night Suits",
        ),
    ),
    "title-of-a-cricket-jersey": (  # a cricket jersey is a t-shirt, as a football jersey is: its print judges "solid"
        "pattern_or_sleeves_contradict",
        lambda i, a: i.update(title="Boys Red Printed Cricket Jersey"),
    ),
    "title-in-portuguese-a-kind-of-print": (  # a geometric print is graphic: "printed" would let floral stand
        "pattern_or_sleeves_contradict",
        lambda i, a: (i.update(title="Camiseta Estampada Geométrica"), text(a, "pattern", "floral")),
    ),
    "title-in-portuguese-pleated": (  # pleats read as stripes, as in English
        "pattern_or_sleeves_contradict",
        lambda i, a: (i.update(title="Blusa Plissada Vermelha"), text(a, "pattern", "striped")),
    ),
    "title-in-portuguese-leaves": (  # a print of leaves is floral
        (),
        lambda i, a: (i.update(title="Camiseta Estampa Folhagem"), text(a, "pattern", "floral")),
    ),
    "title-in-portuguese-print-on-the-back": (  # the front shows none
        (),
        lambda i, a: i.update(title="Camiseta Vermelha Estampa Costas"),
    ),
    "title-in-portuguese-ribbed": (  # ribs read as stripes
        "pattern_or_sleeves_contradict",
        lambda i, a: (i.update(title="Camiseta Canelada Vermelha"), text(a, "pattern", "striped")),
    ),
    "title-names-the-print-a-text-says-print": (  # "with a print" agrees with every print, not with the title's kind
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            i.update(title="Red Geometric Printed T-shirt"),
            text(a, "description", "a red t-shirt with a black print"),
            text(a, "pattern", "floral"),
        ),
    ),
    "title-says-printed-a-text-says-print": (  # a title's print of no kind is any print, as the text's
        (),
        lambda i, a: (
            i.update(title="Red Printed T-shirt"),
            text(a, "description", "a red t-shirt with a black print"),
            text(a, "pattern", "floral"),
        ),
    ),
    "sleeves-of-the-shorts": (  # the sleeve answer of shorts is about the top beside them
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            outfit(i, a, "red shorts"),
            i.update(seller_garment_type="shorts", seller_garment_type_raw="Shorts"),
            text(a, "garment_type", "shorts"),
        ),
    ),
    "no-sleeves-for-jeans": (  # "sleeveless" is fair for a bottom
        (),
        lambda i, a: (
            outfit(i, a, "red jeans"),
            i.update(seller_garment_type="jeans", seller_garment_type_raw="Jeans"),
            text(a, "garment_type", "jeans"),
            text(a, "sleeve_length", "sleeveless"),
        ),
    ),
    "flat-lay-of-pants-with-sleeves": (  # no seller category: the garment_type answer, if the caption names it alone
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            i.update(
                caption_en="The person wears a long pants. The pants are with cotton fabric.", seller_garment_type=None
            ),
            i.update(seller_garment_type_raw=None),
            text(a, "wearing", "a pair of red pants"),
            text(a, "garment_type", "trousers"),
            text(a, "sleeve_length", "long"),
        ),
    ),
    "outer-clothing": (  # the caption adapter's "outer clothing" is a jacket
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            i.update(caption_en="The person wears a long-sleeve outer clothing with pure color patterns."),
            i.update(seller_garment_type="jacket", seller_garment_type_raw="Jackets"),
            text(a, "wearing", "a red jacket"),
            text(a, "garment_type", "jacket"),
        ),
    ),
    "printed-agrees": (  # "printed" is any print
        (),
        lambda i, a: (outfit(i, a, "a printed red t-shirt"), text(a, "pattern", "floral")),
    ),
    "dress-and-its-flared-skirt": (  # the seller's skirt; the texts call it a red dress with a flared skirt
        "seller_category_mismatch",
        lambda i, a: (
            outfit(i, a, "a red dress with a flared skirt"),
            text(a, "garment_type", "dress"),
            i.update(seller_garment_type="skirt", seller_garment_type_raw="Skirts", seller_color="red"),
            text(a, "sleeve_length", "not applicable"),  # a bottom has no sleeves
        ),
    ),
    "plaid-shirt-over-t-shirt": (  # the shirt's pattern is not the t-shirt's
        (),
        lambda i, a: outfit(i, a, "a plaid shirt over a red t-shirt"),
    ),
    "the-plaid-of-the-shirt-over-it": (  # answered the pattern of the shirt worn over the t-shirt sold
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            outfit(i, a, "a blue plaid shirt over a red t-shirt"),
            text(a, "description", "a blue plaid shirt"),  # the shirt too, as the caption names the two apart
            text(a, "pattern", "checked"),
        ),
    ),
    "the-template-says-striped": (  # "striped patterns", as "stripe patterns"
        "pattern_or_sleeves_contradict",
        lambda i, a: i.update(caption_en="The lady wears a short-sleeve T-shirt with striped patterns."),
    ),
    "a-plaid-shirt-for-the-t-shirt": (
        (),
        lambda i, a: (outfit(i, a, "a red plaid shirt"), text(a, "pattern", "checked")),
    ),
    "a-striped-shirt-dress": (  # one garment by two garment words: the shirt dress is the dress sold
        (),
        lambda i, a: (
            outfit(i, a, "a red striped shirt dress"),
            i.update(seller_garment_type="dress", seller_garment_type_raw="Dresses"),
            text(a, "garment_type", "dress"),
            text(a, "pattern", "striped"),
        ),
    ),
    "a-striped-shirt-dress-answered-solid": (  # the shirt dress is the dress: its stripes judge the answer
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            outfit(i, a, "a red striped shirt dress"),
            i.update(seller_garment_type="dress", seller_garment_type_raw="Dresses"),
            text(a, "garment_type", "dress"),
        ),
    ),
    "a-title-is-no-caption": (  # the title names the cardigan and the sweater: the caption's sweater is still its
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            outfit(i, a, "a red striped sweater"),
            i.update(seller_garment_type="cardigan", seller_garment_type_raw="Cardigans"),
            i.update(title="Women Cable Knit Cardigan Sweater"),
            text(a, "garment_type", "cardigan"),
            text(a, "pattern", "solid"),
        ),
    ),
    "two-pattern-words": (
        (),
        lambda i, a: (outfit(i, a, "a printed striped red t-shirt"), text(a, "pattern", "striped")),
    ),
    "jacket-over-a-dress": (  # a jacket is no part of the dress: black is the dress's
        "color_of_another_garment",
        lambda i, a: (
            outfit(i, a, "a red t-shirt, a black dress and a denim jacket"),
            a.append(answer(i["sku"], "jacket_color", "closed", "black", "What is the color of the jacket")),
        ),
    ),
    "jeans-are-blue": (  # jeans named without a color are blue as often as not
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt, a blue jacket and jeans"),
            a.append(answer(i["sku"], "jeans_color", "closed", "blue", "What is the color of the jeans")),
        ),
    ),
    "loop-sentence-at-limit": (  # a long phrase said again, then cut by the token limit: the model went round
        ("repetition_loop", "hit_token_limit", "cut_mid_phrase"),
        lambda i, a: text(a, "details", f"{TWICE} with", hit_limit=True, num_tokens=30),
    ),
    # the same, ended by the model: it ends by starting over, a loop all the same (sixty-fifth session: in 1,488 blind
    # sets no correct text ends with its own opening)
    "sentence-twice-ended": ("repetition_loop", lambda i, a: text(a, "details", TWICE)),
    "only-the-questions-words": (
        "verbose_or_restated",
        said("details", "the details are the details on it"),
    ),
    "only-the-questions-words-possessive": (  # the blazer's details are the details of the blazer
        "verbose_or_restated",
        lambda i, a: a.append(
            answer(
                i["sku"],
                "details_blazer",
                "open",
                "the details are the blazer's details",
                "What are the blazer details",
            )
        ),
    ),
    "yes-to-an-open-yes-no-question": (  # a questionnaire may ask "Is this a kurta?" as an open question
        (),
        lambda i, a: (
            a.append(answer(i["sku"], "is_t_shirt", "open", "yes", "Is this a t-shirt")),
            a.append(answer(i["sku"], "cloth", "open", "tee", "What cloth is the person wearing")),  # the VQA data's
        ),
    ),
    "template-span": (  # the experiments' extractive QA answers with a span of the caption adapter's template
        (),
        lambda i, a: (
            i.update(
                caption_en="The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with "
                "cotton fabric. It has a round neckline."
            ),
            text(a, "details", "cotton fabric. It has a round neckline"),
            text(a, "description", "The T-shirt has short sleeves, cotton fabric and striped patterns."),
            text(a, "pattern", "striped"),
        ),
    ),
    "no-to-an-open-yes-no-question": (  # "no" answered open where the caption names that garment alone
        "caption_contradicts_answer",
        lambda i, a: (
            i.update(caption_en="a red t-shirt"),
            a.append(answer(i["sku"], "is_t_shirt", "open", "no", "Is this a t-shirt")),
        ),
    ),
    "template-to-a-yes-no-question": (
        "non_answer",
        lambda i, a: a.append(
            answer(i["sku"], "is_t_shirt", "open", "Her t-shirt is with cotton fabric", "Is this a t-shirt")
        ),
    ),
    "only-the-person": ("non_answer", said("description", "The lady")),
    "upper-clothing": ("non_answer", said("wearing", "the upper clothing")),
    "trademarked-fabric": (  # a brand of fabric, which no photo shows
        "unsupported_claim",
        lambda i, a: a.append(answer(i["sku"], "material", "open", "gore-tex", "What material is the garment made of")),
    ),
    "who-was-asked": (
        (),
        lambda i, a: a.append(answer(i["sku"], "who", "open", "a woman", "Who is wearing the t-shirt")),
    ),
    "neither-yes-nor-no": (
        "non_answer",
        lambda i, a: a.append(answer(i["sku"], "is_t_shirt", "open", "blue", "Is this a t-shirt")),
    ),
    "a-count-in-one-word": (  # a count or a text is one word, and answers in full
        (),
        lambda i, a: (
            a.append(answer(i["sku"], "pack_count", "open", "3", "How many pieces are in the pack")),
            a.append(answer(i["sku"], "waistband", "open", "relax", "What is written on the waistband")),
        ),
    ),
    "one-word-describing-the-cloth": (  # only "What cloth ...?" asks one word
        "non_answer",
        lambda i, a: a.append(
            answer(i["sku"], "cloth", "open", "beautiful", "Describe the cloth the person is wearing")
        ),
    ),
    "no-it-is-not": (
        "caption_contradicts_answer",
        lambda i, a: (
            i.update(caption_en="a red t-shirt"),
            a.append(answer(i["sku"], "is_t_shirt", "open", "no, it is not", "Is this a t-shirt")),
        ),
    ),
    "template-span-medium-sleeves": (
        (),
        said(
            "details",
            "cotton  fabric",
            caption_en="Her t-shirt has medium sleeves, cotton fabric and pure color patterns. It is round.",
        ),
    ),
    "the-person-answered-closed": (
        ("non_answer", "closed_out_of_vocabulary"),
        lambda i, a: a.append(
            answer(i["sku"], "is_t_shirt", "closed", "The lady", "Is this a t-shirt", status="out_of_vocabulary")
        ),
    ),
    "kurta-and-palazzos-in-one-color": (  # a kurta set is one color on purpose, named or not
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing a red outfit", seller_garment_type=None, seller_garment_type_raw=None),
            i.update(seller_color=None, seller_color_raw=None),
            text(a, "garment_type", "dress"),
            text(a, "wearing", "a red kurta with palazzos"),
            text(a, "description", "a red kurta with white flowers on it"),
            a.append(answer(i["sku"], "color_kurta", "closed", "red", "What is the color of the kurta")),
            a.append(answer(i["sku"], "color_palazzos", "open", "red", "What is the color of the palazzos")),
        ),
    ),
    "the-person-as-a-value": (  # a closed answer in the vocabulary of a question about whom a garment is for
        (),
        lambda i, a: a.append(answer(i["sku"], "audience", "closed", "woman", "For whom is this garment")),
    ),
    "gored-is-no-gore-tex": (
        "non_answer",
        lambda i, a: a.append(
            answer(i["sku"], "material", "open", "a six gored skirt", "What material is the garment made of")
        ),
    ),
    "garment-for-the-sleeves": (  # the VQA adapter's class name answered to the sleeve question
        ("non_answer", "closed_out_of_vocabulary"),
        lambda i, a: text(a, "sleeve_length", "tee/tank", status="out_of_vocabulary"),
    ),
    # the answer to another question: a garment for the pattern, a color or a neckline for the sleeves, whom it is
    # for or a color for the garment type
    "its-a-t-shirt-for-the-pattern": answers_nothing("pattern", "it's a t-shirt"),
    "socks-for-the-pattern": answers_nothing("pattern", "socks"),
    "a-pair-of-jeans-for-the-pattern": answers_nothing("pattern", "a pair of jeans", "verbose_or_restated"),
    "cap-sleeves": ("closed_out_of_vocabulary", lambda i, a: unmapped(a, "sleeve_length", "cap")),
    "nothing-for-the-sleeves": ("closed_out_of_vocabulary", lambda i, a: unmapped(a, "sleeve_length", "nothing")),
    "womens-for-the-garment-type": answers_nothing("garment_type", "womens"),
    "a-color-for-the-sleeves": answers_nothing("sleeve_length", "red"),
    "a-neckline-for-the-sleeves": answers_nothing("sleeve_length", "round"),
    "whom-for-the-garment-type": answers_nothing("garment_type", "girls"),
    "a-color-for-the-garment-type": answers_nothing("garment_type", "white"),
    "whom-asked-for-whom": (  # a question about whom the garment is for takes its answer
        (),
        lambda i, a: a.append(answer(i["sku"], "audience", "closed", "men's", "For whom is this garment")),
    ),
    "question-words-and-a-garment": (
        "verbose_or_restated",
        lambda i, a: a.append(
            answer(
                i["sku"],
                "details_g",
                "open",
                "the details of the garment are the details of the jacket",
                "What are the details of the garment",
            )
        ),
    ),
    "closed-question-words": (
        ("verbose_or_restated", "closed_out_of_vocabulary"),
        lambda i, a: text(a, "pattern", "the pattern", status="out_of_vocabulary"),
    ),
    "dress-answered-skirt-with-sleeves": (  # the product is what the seller says, not the model's wrong "skirt"
        "caption_contradicts_answer",
        lambda i, a: (
            outfit(i, a, "a red dress with long sleeves"),
            i.update(seller_garment_type=None, seller_garment_type_raw=None),
            text(a, "garment_type", "skirt"),
            text(a, "sleeve_length", "long"),
        ),
    ),
    "sleeve-answers-outside-the-values": (  # "long sleeved" answers, and so does "sleeveless top"
        "closed_out_of_vocabulary",
        lambda i, a: (
            text(a, "sleeve_length", "long sleeved", status="out_of_vocabulary"),
            a.append(
                answer(
                    i["sku"],
                    "sleeves_2",
                    "closed",
                    "sleeveless top",
                    "How long are the sleeves",
                    status="out_of_vocabulary",
                )
            ),
        ),
    ),
    "a-short-dress": (
        "open_answers_contradict",  # the healthy caption names a t-shirt; no restatement
        lambda i, a: (
            a.append(answer(i["sku"], "describe_dress", "open", "the dress is a short dress", "Describe the dress")),
            a.append(answer(i["sku"], "describe_2", "open", "a tank top and shorts", "Describe the garment")),
        ),
    ),
    "pure-silk": (  # a composition, even in the answer to the material question
        "unsupported_claim",
        lambda i, a: a.append(
            answer(i["sku"], "material", "open", "pure silk", "What material is the garment made of")
        ),
    ),
    "silk-beside-sneakers": (  # shoes another text names spare a leather answer, not a silk one (fiftieth session)
        "unsupported_claim",
        lambda i, a: (
            i.update(title="Women Red Solid Round Neck T-shirt"),
            text(a, "wearing", "a red t-shirt, blue jeans and white sneakers"),
            a.append(answer(i["sku"], "material", "open", "silk", "What material is the garment made of")),
        ),
    ),
    "silk-for-a-satin-finish": (  # a satin's finish is its look, no satin that may be silk (fiftieth session)
        "unsupported_claim",
        lambda i, a: (
            i.update(title="Women Red Satin Finish T-shirt"),
            a.append(answer(i["sku"], "material", "open", "silk", "What material is the garment made of")),
        ),
    ),
    "leather-beside-sneakers": (  # the sneakers are no t-shirt's leather (fiftieth session: before, any text's
        "unsupported_claim",  # shoes, bag or belt spared a leather answer)
        lambda i, a: (
            i.update(title="Women Red Solid Round Neck T-shirt"),
            text(a, "wearing", "a red t-shirt, blue jeans and white sneakers"),
            a.append(answer(i["sku"], "material", "open", "leather", "What material is the garment made of")),
        ),
    ),
    "wool-for-formal-trousers": (  # "formal" names no wool kind (fiftieth session)
        "unsupported_claim",
        lambda i, a: (
            i.update(title="Men Red Slim Fit Formal Trousers"),
            a.append(answer(i["sku"], "material", "open", "wool", "What material is the garment made of")),
        ),
    ),
    "a-dupatta-color-for-a-kurta-with-palazzos": (  # a dupatta the title does not sell (fifty-second session)
        "unsupported_claim",
        alone(
            ("color_dupatta", "open", "white", "What is the color of the dupatta"),
            title="Women Red Printed Kurta with Palazzos",
            **UNCATEGORIZED,
            caption_en="a product photo",
        ),
    ),
    "a-dupatta-color-for-a-kurta-set": (  # a set's dupatta goes unnamed
        (),
        alone(
            ("color_dupatta", "open", "white", "What is the color of the dupatta"),
            title="Women Red Printed Kurta Set",
            **UNCATEGORIZED,
            caption_en="a product photo",
        ),
    ),
    "a-pocket-on-trunks": (  # innerwear has none (fifty-second session)
        "unsupported_claim",
        details_of(
            "the trunks have a pocket on the side",
            title="Men Red Cotton Trunks",
            **UNCATEGORIZED,
            caption_en="a product photo",
        ),
    ),
    "a-pocket-on-swim-trunks": (
        (),
        details_of(
            "the trunks have a pocket on the side",
            title="Men Red Swim Trunks",
            **UNCATEGORIZED,
            caption_en="a product photo",
        ),
    ),
    # pockets on leggings or on palazzos sold alone, a belt on a shirt not tucked in, where the title names none
    # (fifty-fifth session)
    **{
        name: (
            audits,
            details_of(words, title=title, **UNCATEGORIZED, caption_en="a product photo"),
        )
        for name, (audits, words, title) in {
            "a-pocket-on-leggings": (
                "unsupported_claim",
                "the leggings have a pocket on the side",
                "Women Red Solid Ankle-Length Leggings",
            ),
            "a-pocket-on-side-pocket-leggings": (
                (),
                "the leggings have a pocket on the side",
                "Women Red Yoga Leggings with Side Pocket",
            ),
            "pockets-on-palazzos": (
                "unsupported_claim",
                "an elastic waist and side pockets",
                "Women Red Solid Flared Palazzos",
            ),
            "pockets-on-a-kurta-with-palazzos": ((), "gold print and pockets", "Women Red Printed Kurta with Palazzos"),
            "a-belt-on-a-casual-shirt": (
                "unsupported_claim",
                "a pocket on the chest and a belt",
                "Women Red Casual Shirt",
            ),
            "a-belt-on-a-shirt-tucked-in": ((), "it is tucked in, with a brown belt", "Women Red Casual Shirt"),
            "a-belt-on-a-shirt-collar-jumpsuit": ((), "a collar and a belt", "Women Red Shirt Collar Jumpsuit"),
        }.items()
    },
    # a belt on a coat the seller files under jackets: the title's coat decides (fifty-fifth session)
    "a-belt-on-an-overcoat-filed-under-jackets": (
        "unsupported_claim",
        details_of(
            "the coat has a belt",
            title="Women Red Solid Longline Overcoat",
            seller_garment_type="jacket",
            seller_garment_type_raw="Jackets",
            caption_en="a product photo",
        ),
    ),
    "a-belt-on-a-quilted-jacket": (
        (),
        details_of(
            "the jacket has a belt",
            title="Women Red Quilted Jacket",
            seller_garment_type="jacket",
            seller_garment_type_raw="Jackets",
            caption_en="a product photo",
        ),
    ),
    "padded-cups-for-a-non-padded-bra": (  # a bra's padding the title rules out (fifty-second session)
        "unsupported_claim",
        detailed_as("padded cups and lace straps", "Red Non-Padded Bra"),
    ),
    "an-underwire-for-a-bralette": (
        "unsupported_claim",
        detailed_as("an underwire and lace straps", "Red Lace Bralette"),
    ),
    "non-wired-padded-cups-for-a-padded-non-wired-bra": (  # the title's own, and a denial
        (),
        detailed_as("non-wired, padded cups", "Red Padded Non-Wired Bra"),
    ),
    "linen-for-a-plain-t-shirt": (  # linen that nothing names (fifty-second session)
        "unsupported_claim",
        titled_material("Women Red Solid Round Neck T-shirt", "linen"),
    ),
    "linen-for-a-linen-blend-t-shirt": ((), titled_material("Women Red Linen Blend Round Neck T-shirt", "linen")),
    "wool-for-a-formal-blazer": (  # a blazer is a wool kind
        (),
        lambda i, a: (
            i.update(title="Men Red Slim Fit Formal Blazer"),
            drop(a, "sleeve_length"),  # a blazer's are long
            a.append(answer(i["sku"], "material", "open", "wool", "What material is the garment made of")),
        ),
    ),
    "a-logo-on-a-fashion-house-tee": (  # a brand not known for its logo sells none (fiftieth session)
        "unsupported_claim",
        said("details", "a small logo on the chest", title="Roadster Women Red Solid Round Neck T-shirt"),
    ),
    "a-logo-on-a-sportswear-brand-tee": (
        (),
        said("details", "a small logo on the chest", title="Puma Women Red Solid T-shirt"),
    ),
    "leather-for-a-bolsa": (  # a bag may be leather unnamed, in Portuguese too
        (),
        lambda i, a: (
            i.update(title="Bolsa Feminina Transversal Preta"),
            a.append(answer(i["sku"], "material", "open", "leather", "What material is the garment made of")),
        ),
    ),
    "color-for-a-description": (  # "Describe the t-shirt." "Blue": a blue t-shirt, where the caption's is red
        ("open_answers_contradict", "non_answer"),
        lambda i, a: a.append(answer(i["sku"], "describe_tshirt", "open", "Blue", "Describe the t-shirt")),
    ),
    "plain-against-a-print": (  # the details call plain what the caption and wearing answer call printed
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            outfit(i, a, "a red t-shirt with a black graphic print"),
            text(a, "pattern", "graphic"),
            text(a, "details", "a plain t-shirt with no print on it"),
        ),
    ),
    "sleeves-against-the-description": (  # the details (of the product: no garment named) against the description
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            text(a, "description", "a red t-shirt with a round neck and short sleeves"),
            text(a, "details", "it has long sleeves and a collar"),
        ),
    ),
    "no-print-agrees": (
        (),
        lambda i, a: (outfit(i, a, "a plain red t-shirt"), text(a, "details", "a red t-shirt with no print on it")),
    ),
    "print-of-the-next-garment": (  # "jeans with a floral print top": the print is the top's
        (),
        lambda i, a: outfit(i, a, "blue jeans with a floral print top and a plain red t-shirt"),
    ),
    "jogger-pants": (  # "grey jogger pants": a style word between the color and its garment
        ("caption_contradicts_answer", "color_of_another_garment", "one_color_for_two_garments"),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and grey jogger pants"),
            a.append(answer(i["sku"], "pants_color", "closed", "red", "What is the color of the pants")),
        ),
    ),
    "a-collar-in-the-pants-color": (  # the product's trims given the color the caption gives another garment
        "open_answers_contradict",
        lambda i, a: (
            outfit(i, a, "a red t-shirt and grey pants"),
            text(a, "description", "a red t-shirt with a grey collar and grey buttons"),
        ),
    ),
    "a-collar-the-title-colors": (  # the seller says the t-shirt has grey in it
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and grey pants"),
            i.update(title="Roadster Women Red & Grey Polo Collar T-shirt"),
            text(a, "description", "a red t-shirt with a grey collar and grey buttons"),
        ),
    ),
    "a-collar-the-product-name-colors": (  # the product_name column as the title
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and grey pants"),
            i.update(product_name="Roadster Women Red & Grey Polo Collar T-shirt"),
            text(a, "description", "a red t-shirt with a grey collar and grey buttons"),
        ),
    ),
    "a-collar-a-title-word-hides": (  # a title's "Greyhound" names no grey
        "open_answers_contradict",
        lambda i, a: (
            outfit(i, a, "a red t-shirt and grey pants"),
            i.update(title="Roadster Women Red Greyhound Logo T-shirt"),
            text(a, "description", "a red t-shirt with a grey collar"),
        ),
    ),
    "a-collar-the-caption-gives-the-product": (  # the caption gives the t-shirt grey too
        (),
        lambda i, a: (
            outfit(i, a, "a red and grey t-shirt and grey pants"),
            text(a, "description", "a red t-shirt with a grey collar"),
        ),
    ),
    "a-collar-in-an-off-white-the-title-names": (
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and off-white pants"),
            i.update(title="Roadster Women Red & Off-White Colourblocked T-shirt"),
            text(a, "description", "a red t-shirt with an off-white collar"),
            text(a, "pattern", "color block"),  # (solid would be a contradiction: pattern_or_sleeves_contradict)
        ),
    ),
    "gold-buttons": (  # hardware
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and gold pants"),
            text(a, "description", "a red t-shirt with gold buttons"),
        ),
    ),
    "stripes-in-the-pants-color": (  # stripes and trims come in any color
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and grey pants"),
            text(a, "description", "a red t-shirt with grey stripes on the sleeves and grey trim"),
        ),
    ),
    "a-dupatta-in-the-kurtas-color": (  # a thing worn with the product, which the wearing answer gives white
        "caption_contradicts_answer",
        lambda i, a: (
            text(a, "wearing", "a red t-shirt with a white scarf"),
            a.append(answer(i["sku"], "color_dupatta", "closed", "red", "What is the color of the dupatta")),
        ),
    ),
    "a-dupatta-in-its-color": (
        (),
        lambda i, a: (
            text(a, "wearing", "a red t-shirt with a white scarf"),
            a.append(answer(i["sku"], "color_dupatta", "closed", "white", "What is the color of the dupatta")),
        ),
    ),
    "a-hijab-is-no-dupatta": (
        (),
        lambda i, a: (
            text(a, "wearing", "a red t-shirt and a black hijab"),
            a.append(answer(i["sku"], "color_dupatta", "closed", "red", "What is the color of the dupatta")),
        ),
    ),
    "pyjama-in-the-kurtas-color": (  # a kurta set's "pyjama" is its trousers
        ("caption_contradicts_answer", "color_of_another_garment"),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and white pants"),
            a.append(answer(i["sku"], "color_pyjama", "closed", "red", "What is the color of the pyjama")),
        ),
    ),
    "pyjama-that-he-wears": (
        ("caption_contradicts_answer", "color_of_another_garment"),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and white pants"),
            a.append(
                answer(i["sku"], "color_pyjama", "closed", "red", "What is the color of the pyjama that he is wearing")
            ),
        ),
    ),
    "pyjama-shorts": (  # a pyjama's shorts are shorts
        ("caption_contradicts_answer", "color_of_another_garment", "one_color_for_two_garments"),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and grey shorts"),
            a.append(
                answer(i["sku"], "color_pyjama_shorts", "closed", "red", "What is the color of the pyjama shorts")
            ),
        ),
    ),
    "pyjama-set-color": (  # a pyjama set is not its trousers
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and white pants"),
            a.append(answer(i["sku"], "color_pyjama_set", "closed", "red", "What is the color of the pyjama set")),
        ),
    ),
    "caption-outvoted": (  # the wearing answer and the description agree on red against the caption's blue
        ("open_answers_contradict", "seller_color_mismatch"),
        said("description", "a red t-shirt with a round neck", caption_en="a woman wearing a blue t-shirt"),
    ),
    "tank-dress-sleeves": (  # a tank dress has no sleeves
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            outfit(i, a, "a red tank dress"),
            text(a, "garment_type", "dress"),
            i.update(seller_garment_type="dress"),
        ),
    ),
    "sleeves-of-another-garment": (  # the description's long sleeves are the jacket's it names, not the t-shirt's
        (),
        lambda i, a: (
            outfit(i, a, "a short-sleeve red t-shirt"),
            i.update(seller_garment_type=None, seller_garment_type_raw=None),  # no seller to name the product
            text(a, "description", "a black jacket with long sleeves"),
        ),
    ),
    "coat-and-turtleneck": (  # near garments named apart: the turtleneck's black is not the coat's
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing a coat"),
            text(a, "wearing", "a coat, a black turtleneck and black pants"),
            text(a, "description", "a long beige coat"),
            a.append(answer(i["sku"], "coat_color", "closed", "beige", "What is the color of the coat")),
            text(a, "garment_type", "jacket"),
            text(a, "color", "beige"),
            i.update(seller_garment_type="jacket", seller_garment_type_raw="Coats", seller_color="beige"),
            i.update(seller_color_raw="Beige", pixel_colors=[{"color": "beige", "share": 0.9}]),
        ),
    ),
    "swimsuit-color": (  # a swimsuit is a garment of the vocabulary; the backdrop's blue is not its color
        "caption_contradicts_answer",
        lambda i, a: (
            i.update(caption_en="a woman in a red swimsuit in front of a blue background"),
            text(a, "wearing", "a red swimsuit"),
            a.append(answer(i["sku"], "swimsuit_color", "closed", "blue", "What is the color of the swimsuit")),
        ),
    ),
    "color-describes-the-blazer": (  # "Describe the blazer." "Blue": the blazer's color, against a white answer
        ("caption_contradicts_answer", "non_answer"),
        lambda i, a: (
            a.append(answer(i["sku"], "describe_blazer", "open", "Blue", "Describe the blazer")),
            a.append(answer(i["sku"], "blazer_color", "closed", "white", "What is the color of the blazer")),
        ),
    ),
    "made-by": claim("details", "a round neck, made by acme"),
    "made-by-hand": ((), said("details", "a round neck, made by hand")),
    "kids-age": claim("description", "a red t-shirt for boys aged 6-7 years"),
    "squat-proof": claim("details", "a high waist, and it is squat proof"),
    "no-material-named": (
        "non_answer",
        lambda i, a: a.append(
            answer(
                i["sku"], "material", "open", "the t-shirt is made of fabric", "What material is the garment made of"
            )
        ),
    ),
    "suit-one-color": (  # a navy suit: the trousers' navy is the blazer's on purpose
        (),
        lambda i, a: (
            i.update(caption_en="a woman in a navy blue suit standing in an office"),
            i.update(seller_garment_type=None, seller_garment_type_raw=None),  # no seller to name the product
            text(a, "description", "a navy blazer with a notched collar"),
            a.append(answer(i["sku"], "blazer_color", "closed", "navy", "What is the color of the blazer")),
            a.append(answer(i["sku"], "trousers_color", "closed", "navy", "What is the color of the trousers")),
        ),
    ),
    "product-in-title": (  # no category mapped, no garment_type answer: the title's leggings are the product
        ("color_of_another_garment", "seller_unmapped"),
        lambda i, a: (
            a.remove(next(x for x in a if x["question_id"] == "garment_type")),
            outfit(i, a, "a pink sports bra and black leggings"),
            text(a, "color", "pink"),
            i.update(
                seller_garment_type=None, seller_garment_type_raw="Activewear", title="High-waist training leggings"
            ),
            i.update(seller_color=None, seller_color_raw=None, pixel_colors=[{"color": "pink", "share": 0.9}]),
        ),
    ),
    "bare-long-sleeves": (  # details naming no garment are the product's: long against the short-sleeve t-shirt
        "pattern_or_sleeves_contradict",
        lambda i, a: (outfit(i, a, "a short-sleeve red t-shirt"), text(a, "details", "long sleeves with thumbholes")),
    ),
    "layered-caption": (  # the caption's blue shirt is over the red t-shirt the answers describe: no vote against it
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing a blue shirt over a red t-shirt"),
            text(a, "wearing", "a red t-shirt and blue jeans"),
            text(a, "description", "a red t-shirt with a round neck"),
        ),
    ),
    "caption-outvoted-near": (  # the wearing answer's red shirt is the caption's t-shirt: outvoted, the caption alone
        ("open_answers_contradict", "seller_color_mismatch"),
        lambda i, a: (
            i.update(caption_en="a woman wearing a blue t-shirt"),
            text(a, "wearing", "a red shirt"),
            text(a, "description", "a red t-shirt with a round neck"),
        ),
    ),
    "caption-outvoted-but-seller-backed": (  # the seller's blue backs the caption: the answers are the odd texts
        ("open_answers_contradict", "seller_color_mismatch"),
        lambda i, a: (
            i.update(caption_en="a woman wearing a blue t-shirt", seller_color="blue", seller_color_raw="Blue"),
            text(a, "description", "a red t-shirt with a round neck"),
            text(a, "color", "blue"),
            i.update(pixel_colors=[{"color": "blue", "share": 0.8}]),
        ),
    ),
    "no-logo": (  # no logo is no pattern word
        (),
        lambda i, a: (
            outfit(i, a, "a red striped t-shirt"),
            text(a, "pattern", "striped"),
            text(a, "details", "a round neck and no logo"),
        ),
    ),
    "check-print": ((), lambda i, a: (outfit(i, a, "a red t-shirt with a check print"), text(a, "pattern", "checked"))),
    "sleeves-of-the-jacket": (  # the long sleeves are the jacket's
        (),
        lambda i, a: outfit(i, a, "a red t-shirt with a black jacket with long sleeves"),
    ),
    "flowers-in-her-hair": ((), lambda i, a: outfit(i, a, "a red t-shirt with flowers in her hair")),
    "inner-layer": (  # the wearing answer's short-sleeve t-shirt is under the caption's long-sleeve shirt
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing a long-sleeve denim shirt"),
            text(a, "wearing", "a short-sleeve red t-shirt under a denim shirt"),
            text(a, "sleeve_length", "long"),
        ),
    ),
    "details-do-not-judge-closed": (  # the least trusted text is no evidence against a closed answer
        (),
        lambda i, a: (text(a, "details", "a plain t-shirt with a round neck"), text(a, "pattern", "striped")),
    ),
    "sweater-dress-described": (  # "White" describes the sweater dress: a white dress, not a sweater
        "non_answer",
        lambda i, a: (
            outfit(i, a, "a white sweater dress"),
            text(a, "garment_type", "dress"),
            text(a, "color", "white"),
            i.update(seller_garment_type="dress", seller_garment_type_raw="Dresses", seller_color="white"),
            i.update(seller_color_raw="White", pixel_colors=[{"color": "white", "share": 0.9}]),
            a.append(answer(i["sku"], "describe_dress", "open", "White", "Describe the sweater dress")),
        ),
    ),
    "tank-top-sleeves": (  # a tank top has no sleeves
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            outfit(i, a, "a red tank top"),
            text(a, "garment_type", "tank top"),
            i.update(seller_garment_type="tank top", seller_garment_type_raw="Tank Tops"),
        ),
    ),
    "spaced-hyphens": (  # "t - shirt", as a tokenizer may decode it, is a t-shirt
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            outfit(i, a, "a red t - shirt with a graphic print"),
            text(a, "pattern", "graphic"),
            text(a, "description", "a plain red t - shirt with no print"),
        ),
    ),
    "cream-answered": (  # "cream", stored as beige, also names white: the caption's white t-shirt agrees
        (),
        lambda i, a: (
            outfit(i, a, "a white t-shirt"),
            edit(a, "color", answer_en="beige", raw_en="cream"),
            i.update(seller_color="white", seller_color_raw="Cream"),
            i.update(pixel_colors=[{"color": "white", "share": 0.6}, {"color": "beige", "share": 0.3}]),
        ),
    ),
    "seller-backs-the-answer": (  # a one-word description against the answer the seller's color backs: the description
        ("non_answer", "caption_contradicts_answer"),
        lambda i, a: (
            outfit(i, a, "a t-shirt"),
            a.append(answer(i["sku"], "describe_tshirt", "open", "Black", "Describe the t-shirt")),
        ),
    ),
    "is-it-no": (  # "Is this a t-shirt?" "no", where the caption names only a t-shirt
        "caption_contradicts_answer",
        lambda i, a: a.append(answer(i["sku"], "is_tshirt", "closed", "no", "Is this a t-shirt")),
    ),
    "is-it-yes": (  # "Is this a dress?" "yes", where the caption names a t-shirt
        "caption_contradicts_answer",
        lambda i, a: a.append(answer(i["sku"], "is_dress", "closed", "yes", "Is this a dress")),
    ),
    "is-it-no-with-a-jacket": (  # the caption's jacket may be another garment than the product: "no" stands
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and a black jacket"),
            a.append(answer(i["sku"], "is_jacket", "closed", "no", "Is this a jacket")),
        ),
    ),
    "the-walls-color": (  # the caption gives pink to the wall only
        "caption_contradicts_answer",
        against_a_backdrop("a young girl in a yellow and green outfit standing against a pink wall", "pink"),
    ),
    "the-walls-color-near-the-dresses": (  # near the dress's black, but the wall's grey
        "caption_contradicts_answer",
        against_a_backdrop("a woman in a black knit dress standing in front of a grey wall", "grey"),
    ),
    "beige-for-tan-before-a-beige-wall": (  # a tan sweater may be answered beige
        (),
        against_a_backdrop("a woman in a tan sweater standing in front of a beige wall", "beige"),
    ),
    "white-on-white": (  # the caption gives white to the shirt too
        (),
        against_a_backdrop("a white shirt on a white background", "white"),
    ),
    "a-phulkari-dupatta-in-its-color": (  # "an orange phulkari dupatta": a craft word between color and thing
        (
            "seller_unmapped",
            "seller_color_mismatch",
        ),  # (the wearing answer's white dupatta, against the title's orange)
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw="Dupatta", seller_color=None, pixel_colors=None),
            i.update(caption_en="a woman wearing a white kurta with an orange phulkari dupatta", seller_color_raw=None),
            i.update(title="Women Orange Embroidered Cotton Blend Phulkari Dupatta"),
            a.clear(),
            a.append(answer(i["sku"], "color", "closed", "orange", "What is the color of the garment")),
            a.append(
                answer(i["sku"], "wearing", "open", "a white kurta and a white dupatta", "What is the person wearing")
            ),
        ),
    ),
    "a-white-dupatta-for-an-orange-one": (  # the seller's Orange Dupatta, said to be white
        ("seller_color_mismatch", "seller_unmapped"),
        thing_sold(
            "Dupatta",
            "orange",
            "Orange",
            "Women Orange Embroidered Dupatta",
            "a woman wearing a white kurta and a dupatta",
            ("wearing", "open", "a white kurta and a white dupatta", "What is the person wearing"),
        ),
    ),
    "a-shoes-heel": (  # a part of the seller's White sneakers, not the sneakers
        "seller_unmapped",
        thing_sold(
            *WHITE_SNEAKERS,
            ("details", "open", "a black heel and white laces", "What are the details"),
        ),
    ),
    "a-dupattas-print-colors": (  # "a white floral print dupatta": the print's white on a seller's Navy one
        "seller_unmapped",
        thing_sold(
            "Dupatta",
            "navy",
            "Navy Blue",
            "Women Navy Blue Printed Dupatta",
            "a woman wearing a kurta and a dupatta",
            ("description", "open", "a white floral print dupatta", "Describe the garment"),
        ),
    ),
    "a-shoes-heel-tab": (  # a part of the seller's White sneakers, not the sneakers
        "seller_unmapped",
        thing_sold(
            *WHITE_SNEAKERS,
            ("details", "open", "white laces and a navy blue heel tab", "What are the details"),
        ),
    ),
    "the-dupattas-work-in-gold": (  # the caption's gold is the embroidery's: the wearing answer's white dupatta stands
        (),
        lambda i, a: dupatta_of_a_kurta_set(
            i,
            a,
            "white",
            "a woman wearing a white kurta with a gold embroidered dupatta",
            "a white kurta, white pants and a white dupatta with gold border",
            "white",
        ),
    ),
    "the-dupatta-in-every-garments-color": (  # the caption gives the dupatta red; the wearing answer one color for all
        "caption_contradicts_answer",
        lambda i, a: dupatta_of_a_kurta_set(
            i,
            a,
            "black",
            "a woman wearing a black kurta with a red dupatta",
            "a black kurta and black pants with a black scarf",
            "black",
        ),
    ),
    "a-two-color-dupatta-in-its-color": (  # the title's product is the dupatta: "& Gold-Toned" sells nothing with it
        ("accessory_answered_as_garment", "seller_unmapped"),
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw="Dupatta", seller_color=None, pixel_colors=None),
            i.update(title="Women Pink & Gold-Toned Woven Design Banarasi Dupatta"),
            i.update(caption_en="a woman in a white kurta with a pink scarf"),
            a.clear(),
            a.append(answer(i["sku"], "color", "closed", "pink", "What is the color of the garment")),
            a.append(answer(i["sku"], "garment_type", "closed", "kurta", "What type of garment is this")),
        ),
    ),
    "navy-before-a-blue-wall": (  # navy is a blue: the seller's Navy Blue and the wearing answer back "blue"
        (),
        lambda i, a: (
            against_a_backdrop("a man in a navy blue shirt standing in front of a blue wall", "blue")(i, a),
            i.update(seller_color="navy", seller_color_raw="Navy Blue", gender="male"),
        ),
    ),
    "a-floor-length-gown": ((), against_a_backdrop("a woman in a white floor-length gown", "white")),
    "a-flat-lay-on-white": (  # the caption gives nothing else a color: the shirt's may be the backdrop's
        (),
        against_a_backdrop("a shirt on a white background", "white"),
    ),
    "is-it-no-against-a-hyphenated-loop": (  # one hyphenated word to non_answer, a loop all the same
        ("non_answer", "repetition_loop"),
        no_to_a_sweater_against("-".join(["sweater"] * 15)),
    ),
    "is-it-no-against-a-loop": (  # a run of one word is a loop, no evidence that the product is a sweater
        "repetition_loop",
        no_to_a_sweater_against(" ".join(["sweater"] * 15)),
    ),
    "made-in": claim("details", "a round neck, made in italy by artisans"),
    "made-in-a-knit": ((), said("details", "a round neck, made in a soft knit")),
    # no seller's category and no garment_type question: the caption's one garment is the product the sleeve
    # question asks about, and the description gives it long sleeves; not where the seller sells a set
    "sleeves-of-the-captions-garment": (
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw=None, caption_en="a woman in a red dress"),
            a.clear(),
            a.append(answer(i["sku"], "description", "open", "a long red wrap dress with long sleeves", "Describe it")),
            a.append(answer(i["sku"], "sleeve_length", "closed", "short", "How long are the sleeves")),
        ),
    ),
    "sleeves-of-a-set": (
        "seller_unmapped",
        lambda i, a: (
            i.update(
                seller_garment_type=None, seller_garment_type_raw="Kurta Sets", caption_en="a woman in a red kurta"
            ),
            a.clear(),
            a.append(
                answer(i["sku"], "description", "open", "a red kurta with long sleeves and a jacket", "Describe it")
            ),
            a.append(answer(i["sku"], "sleeve_length", "closed", "short", "How long are the sleeves")),
        ),
    ),
    # "Is this a X?" answered yes where the seller sells another garment of the vocabulary (the item's texts say
    # t-shirt, so only the seller can tell); not where the category holds X, nor for a word for any top's cut
    "yes-a-t-shirt-for-shirts": (
        "caption_contradicts_answer",
        sold_as(
            ("is_t_shirt", "closed", "yes", "Is this a t-shirt"), "shirt", "Shirts", caption_en="a red top on a hanger"
        ),
    ),
    "yes-a-jacket-for-tops": (  # a generic class excludes what it cannot be
        ("caption_contradicts_answer", "seller_unmapped"),
        sold_as(("is_jacket", "closed", "yes", "Is this a jacket"), None, "Tops", caption_en="a red top on a hanger"),
    ),
    "yes-a-blouse-for-tops": (
        "seller_unmapped",
        sold_as(("is_blouse", "closed", "yes", "Is this a blouse"), None, "Tops", caption_en="a red top on a hanger"),
    ),
    "yes-a-jacket-for-a-kurta-set": (  # a set may hold the layer asked about (a nehru jacket)
        (),
        sold_as(
            ("is_jacket", "closed", "yes", "Is this a jacket"), "kurta", "Kurta Sets", caption_en="a red kurta set"
        ),
    ),
    "yes-a-saree-for-a-kurta-set": (  # nor a saree, which no set holds as a layer
        "caption_contradicts_answer",
        sold_as(("is_saree", "closed", "yes", "Is this a saree"), "kurta", "Kurta Sets", caption_en="a red kurta set"),
    ),
    "yes-a-dress-for-a-kurta-set": (  # but not a dress
        "caption_contradicts_answer",
        sold_as(("is_dress", "closed", "yes", "Is this a dress"), "kurta", "Kurta Sets", caption_en="a red kurta set"),
    ),
    "yes-pants-for-jeans": (
        (),
        sold_as(("is_pants", "closed", "yes", "Is this a pants"), "jeans", "Jeans", caption_en="red pants on a hanger"),
    ),
    "yes-a-crop-top-for-tshirts": (
        (),
        lambda i, a: (
            i.update(seller_garment_type="t-shirt", seller_garment_type_raw="Tshirts"),
            a.append(answer(i["sku"], "is_crop_top", "closed", "yes", "Is this a crop top")),
        ),
    ),
    "no-to-a-tee-for-tshirts": (  # a plain name of the seller's very garment
        "caption_contradicts_answer",
        lambda i, a: a.append(answer(i["sku"], "is_tee", "closed", "no", "Is this a tee")),
    ),
    "yes-a-lehenga-for-sarees": (  # a lehenga is a skirt: no saree
        "caption_contradicts_answer",
        sold_as(
            ("is_lehenga", "closed", "yes", "Is this a lehenga"),
            "saree",
            "Sarees",
            caption_en="a woman standing in front of a wall",
        ),
    ),
    "they-are-another-color-in-the-details": (  # "they" are the seller's Black Track Pants
        "seller_color_mismatch",
        alone(
            answer_args=(
                "details",
                "open",
                "they are gray with white stripes on the side",
                "What are the pants details",
            ),
            seller_garment_type="trousers",
            seller_garment_type_raw="Track Pants",
            seller_color="black",
            seller_color_raw="Black",
            caption_en="a woman standing against a wall",
        ),
    ),
    "it-is-the-sellers-color": (
        (),
        alone(
            answer_args=("details", "open", "it is black with a white logo", "What are the details of the garment"),
            seller_garment_type="trousers",
            seller_garment_type_raw="Track Pants",
            seller_color="black",
            seller_color_raw="Black",
            caption_en="a woman standing against a wall",
        ),
    ),
    "it-is-another-garment-asked": (  # the shirt asked about is not the seller's jacket
        (),
        alone(
            answer_args=("description", "open", "it is white with red flowers", "Describe the shirt"),
            seller_garment_type="jacket",
            seller_garment_type_raw="Jackets",
            seller_color="black",
            seller_color_raw="Black",
            caption_en="a woman standing against a wall",
        ),
    ),
    "it-is-a-prints-colors": (  # "black and white striped": the print's colors, the seller's White among them
        (),
        alone(
            answer_args=("details", "open", "it is black and white striped", "What are the details of the garment"),
            seller_garment_type="shirt",
            seller_garment_type_raw="Shirts",
            seller_color="white",
            seller_color_raw="White",
            caption_en="a woman standing against a wall",
        ),
    ),
    "they-are-gray-in-color": (
        "seller_color_mismatch",
        alone(
            answer_args=("details", "open", "they are gray in color with white stripes", "What are the pants details"),
            seller_garment_type="trousers",
            seller_garment_type_raw="Track Pants",
            seller_color="black",
            seller_color_raw="Black",
            caption_en="a woman standing against a wall",
        ),
    ),
    "lehenga-described-in-another-color": (  # the seller's Lehenga Choli is a green skirt
        "seller_color_mismatch",
        alone(
            answer_args=("description", "open", "a pink lehenga with green embroidery", "Describe the garment"),
            seller_garment_type="skirt",
            seller_garment_type_raw="Lehenga Choli",
            seller_color="green",
            seller_color_raw="Green",
            caption_en="a woman standing in front of a wall",
        ),
    ),
    "an-anarkali-described-as-a-dress": (  # a floor-length flared kurta is a dress to a viewer
        (),
        sold_as(
            ("description", "open", "a long red dress with gold embroidery", "Describe the garment"),
            "kurta",
            "Kurtas",
            title="Women Red Embroidered Anarkali Kurta",
            caption_en="a woman standing in front of a wall",
        ),
    ),
    "no-dress-for-sarees-under-the-templates-dress": (  # a saree is no dress: the template's "dress" is the odd text
        "caption_contradicts_answer",
        lambda i, a: (
            i.update(
                seller_garment_type="saree", seller_garment_type_raw="Sarees", caption_en="a woman in a red saree"
            ),
            a.clear(),
            a.append(
                answer(i["sku"], "wearing", "open", "The lady wears a sleeveless dress.", "What is the person wearing")
            ),
            a.append(answer(i["sku"], "is_dress", "closed", "no", "Is this a dress")),
        ),
    ),
    "no-to-a-kurta-for-kurta-sets": (  # a set is its garment
        "caption_contradicts_answer",
        sold_as(
            ("is_kurta", "closed", "no", "Is this a kurta"),
            "kurta",
            "Kurta Sets",
            caption_en="a woman standing in front of a wall",
        ),
    ),
    "no-to-a-lehenga-for-lehenga-choli": (  # the vocabulary has no lehenga, the seller's category names one
        "caption_contradicts_answer",
        sold_as(
            ("is_lehenga", "closed", "no", "Is this a lehenga"),
            "skirt",
            "Lehenga Choli",
            caption_en="a woman standing in front of a wall",
        ),
    ),
    "no-to-the-gown-the-title-sells": (  # the title's product, a word the vocabulary lacks
        ("caption_contradicts_answer", "seller_unmapped", "kind_vs_title"),
        sold_as(
            ("is_gown", "closed", "no", "Is this a gown"),
            None,
            "Ethnic Dresses",
            title="Women Burgundy Embroidered Anarkali Gown",
            caption_en="a woman standing in front of a curtain",
        ),
    ),
    "no-to-a-shirt-for-a-shirt-dress": (  # the title's product is its last garment word: a dress
        (),
        sold_as(
            ("is_shirt", "closed", "no", "Is this a shirt"),
            "dress",
            "Dresses",
            title="Women Red Striped Shirt Dress",
            caption_en="a woman standing in front of a wall",
        ),
    ),
    "no-to-a-t-shirt-for-a-tank-t-shirt": (  # the caption names the tank top the title calls a t-shirt
        (),
        sold_as(
            ("is_t_shirt", "closed", "no", "Is this a t-shirt"),
            None,
            None,
            title="Red Solid Training Tank T-shirt",
            caption_en="a red tank top on a hanger",
        ),
    ),
    "no-to-the-belt-of-a-two-color-dress": (  # the title sells a dress, with a belt
        (),
        sold_as(
            ("is_belt", "closed", "no", "Is this a belt"),
            None,
            None,
            title="Women Black & White Printed Dress with Belt",
            caption_en="a woman standing in front of a wall",
        ),
    ),
    "no-to-a-tie-for-tie-and-dye": (  # tie and dye is a print
        (),
        sold_as(
            ("is_tie", "closed", "no", "Is this a tie"),
            None,
            None,
            title="Women Red Tie & Dye Printed Palazzos",
            caption_en="a woman standing in front of a wall",
        ),
    ),
    "no-to-a-t-shirt-for-a-t-shirt-bra": (  # a garment word as another's modifier
        (),
        sold_as(
            ("is_t_shirt", "closed", "no", "Is this a t-shirt"),
            None,
            None,
            title="Women Red Solid T-shirt Bra",
            caption_en="a woman standing in front of a wall",
        ),
    ),
    "no-to-a-polo-for-a-polo-neck": (  # a color after 'in' (ASOS)
        (),
        sold_as(
            ("is_polo", "closed", "no", "Is this a polo"),
            None,
            None,
            title="Monki ribbed polo neck in red",
            caption_en="a woman standing in front of a wall",
        ),
    ),
    "no-to-a-t-shirt-for-a-tank-filed-as-tshirts": (  # the caption names another top
        (),
        sold_as(("is_t_shirt", "closed", "no", "Is this a t-shirt"), "t-shirt", "Tshirts", caption_en="a red tank top"),
    ),
    "yes-a-dress-for-kurtis": (
        ("caption_contradicts_answer", "seller_unmapped"),
        sold_as(("is_dress", "closed", "yes", "Is this a dress"), None, "Kurtis", caption_en="a woman in a red kurta"),
    ),
    "kurta-for-leggings": (  # a garment_type answer outside the values, far from the seller's garment
        ("caption_contradicts_answer", "closed_out_of_vocabulary"),
        lambda i, a: (
            i.update(seller_garment_type="trousers", seller_garment_type_raw="Leggings", caption_en="red leggings"),
            a.clear(),
            a.append(
                answer(
                    i["sku"],
                    "garment_type",
                    "closed",
                    "kurta",
                    "What type of garment is it",
                    status="out_of_vocabulary",
                )
            ),
        ),
    ),
    "maybe-to-a-yes-no-question": (
        ("non_answer", "closed_out_of_vocabulary"),
        lambda i, a: a.append(
            answer(i["sku"], "is_t_shirt", "closed", "maybe", "Is this a t-shirt", status="out_of_vocabulary")
        ),
    ),
    "not-sure-to-a-yes-no-question": (
        ("non_answer", "closed_out_of_vocabulary"),
        lambda i, a: a.append(
            answer(i["sku"], "is_t_shirt", "closed", "not sure", "Is this a t-shirt", status="out_of_vocabulary")
        ),
    ),
    "unknown-sleeves": answers_nothing("sleeve_length", "unknown"),
    "none-for-the-garment-type": ("closed_out_of_vocabulary", lambda i, a: unmapped(a, "garment_type", "none")),
    "none-for-the-sleeves": ("closed_out_of_vocabulary", lambda i, a: unmapped(a, "sleeve_length", "none")),
    "nothing-for-the-pattern": answers_nothing("pattern", "nothing"),
    "n/a-for-the-pattern": answers_nothing("pattern", "n/a"),
    "details-only-a-color": (
        ("non_answer", "verbose_or_restated"),
        said("details", "the details of the garment are red"),
    ),
    "details-only-the-garments-color": ("non_answer", said("details", "the t-shirt is red")),
    "worn-by-the-person": (
        ("non_answer", "verbose_or_restated"),
        said("description", "the garment is a t-shirt that is worn by the person"),
    ),
    "restated-before-its-answer": (
        "verbose_or_restated",
        said("details", "the details of the garment are a round neck and a chest pocket"),
    ),
    "a-description-of-the-garment": ("non_answer", said("description", "a description of the garment")),
    "this-is-a-description-of-the-garment": ("non_answer", said("description", "this is a description of the garment")),
    "clothes-people-wear": (
        "non_answer",
        said("wearing", "the person is wearing clothes that people wear"),
    ),
    "a-cap-for-tshirts": (  # an accessory answered for the seller's garment
        ("caption_contradicts_answer", "closed_out_of_vocabulary"),
        lambda i, a: unmapped(a, "garment_type", "cap"),
    ),
    "a-vest-for-jackets": (  # a garment the vocabulary lacks, filed under a near one
        "closed_out_of_vocabulary",
        lambda i, a: (
            i.update(
                seller_garment_type="jacket", seller_garment_type_raw="Jackets", caption_en="a red vest on a hanger"
            ),
            a.clear(),
            a.append(
                answer(
                    i["sku"], "garment_type", "closed", "vest", "What type of garment is it", status="out_of_vocabulary"
                )
            ),
        ),
    ),
    "a-kurta-worn-as-a-dress": (  # the wearing answer calls the seller's kurta a dress
        ("caption_contradicts_answer", "seller_unmapped"),
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw="Kurtas", caption_en="a woman in a red kurta"),
            a.clear(),
            a.append(
                answer(i["sku"], "wearing", "open", "a red dress and white leggings", "What is the person wearing")
            ),
        ),
    ),
    "an-anarkali-dress": (  # an anarkali is a kurta's cut, whatever it is called
        "seller_unmapped",
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw="Kurtas", caption_en="a woman in a red kurta"),
            a.clear(),
            a.append(
                answer(i["sku"], "wearing", "open", "a red anarkali dress with a dupatta", "What is the person wearing")
            ),
        ),
    ),
    "no-to-a-sweater-for-sweatshirts": (  # Sweatshirts map to sweater, but say another word
        (),
        sold_as(
            ("is_sweater", "closed", "no", "Is this a sweater"), "sweater", "Sweatshirts", caption_en="a red sweatshirt"
        ),
    ),
    "no-to-pants-for-trousers": (  # the plain names of one garment
        "caption_contradicts_answer",
        sold_as(("is_pants", "closed", "no", "Are these pants"), "trousers", "Trousers", caption_en="red pants"),
    ),
    "yes-a-tank-top-for-tshirts": (  # Tshirts hold sleeveless tees ($holds)
        (),
        sold_as(
            ("is_tank_top", "closed", "yes", "Is this a tank top"),
            "t-shirt",
            "Tshirts",
            caption_en="a woman in a red tank top",
        ),
    ),
    "a-traditional-indian-dress": (  # a kurta called an Indian dress is not called a dress
        "seller_unmapped",
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw="Kurtas", caption_en="a woman in a red kurta"),
            a.clear(),
            a.append(
                answer(i["sku"], "wearing", "open", "a red traditional indian dress", "What is the person wearing")
            ),
        ),
    ),
    "a-tunic-for-tshirts": (  # a tunic tee: the upper body either way
        "closed_out_of_vocabulary",
        lambda i, a: (
            i.update(caption_en="a woman in a red tunic"),
            a.clear(),
            a.append(
                answer(
                    i["sku"],
                    "garment_type",
                    "closed",
                    "tunic",
                    "What type of garment is it",
                    status="out_of_vocabulary",
                )
            ),
        ),
    ),
    "sleeves-of-kurta-and-palazzos": (  # a set named with "&"
        "seller_unmapped",
        lambda i, a: (
            i.update(
                seller_garment_type=None,
                seller_garment_type_raw="Kurta & Palazzos",
                caption_en="a woman in a red kurta",
            ),
            a.clear(),
            a.append(answer(i["sku"], "description", "open", "a red kurta with long sleeves", "Describe it")),
            a.append(answer(i["sku"], "sleeve_length", "closed", "short", "How long are the sleeves")),
        ),
    ),
    "sleeveless-frock-with-shrug": (  # two products: the shrug has sleeves
        (),
        lambda i, a: (i.update(title="Girls Sleeveless Frock with Shrug"), text(a, "sleeve_length", "long")),
    ),
    "na-sleeves": ("closed_out_of_vocabulary", lambda i, a: unmapped(a, "sleeve_length", "na")),
    "a-print-says-limited-edition": (
        (),
        said("details", "the print says limited edition in white letters"),
    ),
    "caption-outvoted-seller-near-both": (  # Navy Blue is near the caption's black and the answers' blue: no backing
        ("open_answers_contradict", "seller_color_mismatch"),
        lambda i, a: (
            i.update(caption_en="a woman wearing a black t-shirt", seller_color="navy", seller_color_raw="Navy Blue"),
            text(a, "wearing", "a blue t-shirt"),
            text(a, "description", "a blue t-shirt with a round neck"),
            text(a, "color", "blue"),
            i.update(pixel_colors=[{"color": "blue", "share": 0.8}]),
        ),
    ),
    "caption-outvoted-by-a-text-and-the-seller": (  # the description and the seller's Maroon agree with the answer
        ("open_answers_contradict", "seller_color_mismatch"),
        lambda i, a: (
            i.update(caption_en="a woman wearing a black t-shirt"),
            text(a, "wearing", "a t-shirt with a round neck"),
            text(a, "description", "a red t-shirt with a round neck"),
        ),
    ),
    "a-navy-between-caption-and-answer": (  # Navy is near the caption's blue and the answer's black: no vote
        ("caption_contradicts_answer", "open_answers_contradict", "seller_color_mismatch"),
        lambda i, a: (
            i.update(caption_en="a woman wearing a blue t-shirt", seller_color="navy", seller_color_raw="Navy Blue"),
            i.update(pixel_colors=None),
            text(a, "wearing", "a black t-shirt"),
            text(a, "color", "black"),
        ),
    ),
    "a-navy-t-shirt-captioned-black": (  # Navy is near the caption's black, but it is the answer's blue
        ("open_answers_contradict", "seller_color_mismatch"),
        lambda i, a: (
            i.update(caption_en="a young boy in a black t-shirt", seller_color="navy", seller_color_raw="Navy Blue"),
            i.update(pixel_colors=None, gender="male"),
            text(a, "wearing", "a blue t-shirt and grey shorts"),
            text(a, "color", "blue"),
        ),
    ),
    "yes-a-bikini-for-bikini-tops": (  # swimwear is no generic class of tops
        "seller_unmapped",
        sold_as(("is_bikini", "closed", "yes", "Is this a bikini"), None, "Bikini Tops", caption_en="a red bikini top"),
    ),
    "a-kurta-for-tops": (  # a seller's Tops may be a kurti
        "seller_unmapped",
        sold_as(
            ("garment_type", "closed", "kurta", "What type of garment is it"),
            None,
            "Tops",
            caption_en="a woman in a red kurti",
        ),
    ),
    "three-quarter-sleeves-for-jeans": (
        "pattern_or_sleeves_contradict",
        sold_as(
            ("sleeve_length", "closed", "three-quarter", "How long are the sleeves"),
            "jeans",
            "Jeans",
            caption_en="red jeans on a hanger",
        ),
    ),
    "a-leopard-print-answered-floral": (  # an animal print is graphic (the questionnaire's alias), not any print
        "pattern_or_sleeves_contradict",
        lambda i, a: (i.update(caption_en="a woman in a red leopard print t-shirt"), text(a, "pattern", "floral")),
    ),
    "a-paisley-print-answered-floral": (
        (),
        said("pattern", "floral", caption_en="a woman in a red paisley print t-shirt"),
    ),
    "sleeves-with-their-style-between": (  # "short flutter sleeves" are short
        "pattern_or_sleeves_contradict",
        lambda i, a: (text(a, "details", "short flutter sleeves and a round neck"), text(a, "sleeve_length", "long")),
    ),
    "three-quarter-sleeves-described-long": (  # three-quarter agrees with long or short
        (),
        lambda i, a: (
            text(a, "description", "a red t-shirt with long sleeves"),
            text(a, "sleeve_length", "three-quarter"),
        ),
    ),
    # a text's three-quarter sleeves stand against a short or a long answer (fifty-ninth session: blind writers, 31
    # such answers wrong, 1 right); the answer three-quarter still agrees with a text's long or short ones, and so do
    # two texts
    "long-for-a-t-shirt-described-with-three-quarter-sleeves": (
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            text(a, "description", "a red t-shirt with a round neck and three quarter sleeves"),
            text(a, "sleeve_length", "long"),
        ),
    ),
    "long-sleeves-described-under-a-three-quarter-sleeve-caption": (
        (),
        lambda i, a: (
            i.update(caption_en="a woman in a red three-quarter sleeve t-shirt"),
            text(a, "description", "a red t-shirt with long sleeves"),
            text(a, "sleeve_length", "three-quarter"),
        ),
    ),
    "cut-at-an-ellipsis": (  # at the limit, and the dots end no sentence
        "hit_token_limit",
        lambda i, a: text(a, "details", "a round neck and its...", hit_limit=True),
    ),
    "an-answer-padded-to-the-limit": (  # 3 words of 30 tokens: the rest was padding (../CONTEXT.md), the answer ended
        (),
        lambda i, a: text(a, "details", "a round neck", hit_limit=True, num_tokens=30),
    ),
    "a-caption-padded-to-the-limit": (
        (),
        lambda i, a: i.update(caption_en="a woman in a red t-shirt", caption_hit_limit=True, caption_tokens=50),
    ),
    "cut-with-as-many-pieces-as-tokens": (  # 15 words and marks of 30 tokens: cut, not padded
        "hit_token_limit",
        lambda i, a: text(
            a,
            "details",
            "a round neck, two pockets and a small red logo on the left side",
            hit_limit=True,
            num_tokens=30,
        ),
    ),
    "dress-pants-are-trousers": (  # "dress" is their kind: no dress against the caption's t-shirt
        (),
        said("wearing", "black dress pants", caption_en="a red t-shirt"),
    ),
    "the-clothing-is-what-is-worn": ((), said("wearing", "the clothing is a red t-shirt")),
    "a-jacket-described-for-dresses": (  # the layer described, not the seller's dress
        "caption_contradicts_answer",
        sold_as(
            ("description", "open", "a blue denim jacket", "Describe the garment"),
            "dress",
            "Dresses",
            caption_en="a red dress on a hanger",
        ),
    ),
    "a-bag-worn-for-a-t-shirt": (  # what the person wears answered with what she carries
        "caption_contradicts_answer",
        said("wearing", "a straw bag", caption_en="a woman in a red t-shirt holding a straw bag"),
    ),
    "a-purse-answered-for-tops": (  # a generic Tops is a garment all the same
        ("caption_contradicts_answer", "closed_out_of_vocabulary", "seller_unmapped"),
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw="Tops", caption_en="a woman holding a purse"),
            edit(a, "garment_type", answer_en="purse", raw_en="purse", status="out_of_vocabulary"),
        ),
    ),
    "a-bag-described-for-bags": (  # the seller sells the bag: the description is of the product (unmapped by the map)
        "seller_unmapped",
        sold_as(
            ("description", "open", "a brown leather tote bag", "Describe the garment"),
            None,
            "Handbags",
            caption_en="a brown leather bag on a white background",
        ),
    ),
    "a-matching-belt-described": (  # a belt the dress has is a detail of it, not what is described
        (),
        said("description", "it has a matching belt at the waist"),
    ),
    "sneakers-worn-on-her-feet": (  # asked what she wears on her feet
        (),
        lambda i, a: a.append(
            answer(i["sku"], "feet", "open", "a pair of white sneakers", "What is the person wearing on her feet")
        ),
    ),
    "a-kaftan-and-a-straw-hat": (  # a hat the caption does not see is an accessory added to the outfit
        "unsupported_claim",
        said("wearing", "a red kaftan and a straw hat"),
    ),
    "a-belt-at-the-waist-described": ((), said("description", "it has a belt at the waist")),
    "a-woman-wearing-a-straw-hat": (
        ("caption_contradicts_answer", "unsupported_claim"),
        said("wearing", "a woman wearing a straw hat"),
    ),
    "the-shirt-described-as-asked": (  # the question names the shirt: the answer is about it (the caption disagrees)
        "open_answers_contradict",
        sold_as(
            ("description", "open", "a white shirt", "Describe the shirt"),
            "dress",
            "Dresses",
            caption_en="a red dress on a hanger",
        ),
    ),
    "material-with-features": (  # a material answer that goes on to invent features
        "unsupported_claim",
        lambda i, a: a.append(answer(i["sku"], "material", "open", "wool with elbow patches", "What is it made of")),
    ),
    "a-color-with-features": (  # a closed answer that goes on to invent features
        ("unsupported_claim", "closed_out_of_vocabulary", "verbose_or_restated"),
        lambda i, a: unmapped(a, "color", "red with gold buttons"),
    ),
    "a-pattern-with-its-border": (
        ("closed_out_of_vocabulary", "verbose_or_restated"),
        lambda i, a: unmapped(a, "pattern", "solid with a gold border"),
    ),
    "a-color-with-features-seen": (  # the description names the buttons too
        ("closed_out_of_vocabulary", "verbose_or_restated"),
        lambda i, a: (
            unmapped(a, "color", "red with gold buttons"),
            text(a, "description", "a red t-shirt with gold buttons"),
        ),
    ),
    "material-in-the-template": (  # the caption template's fabric class, nothing more
        (),
        lambda i, a: a.append(
            answer(i["sku"], "material", "open", "The t-shirt is with knitting fabric.", "What is it made of")
        ),
    ),
    "the-template-to-a-material-question": (  # who wears what, returned for the material: no answer
        "verbose_or_restated",
        lambda i, a: a.append(
            answer(
                i["sku"],
                "material",
                "open",
                "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric.",
                "What material is the garment made of",
            )
        ),
    ),
    "a-plain-answer-to-a-material-question": (  # "her dress is made of silk" answers it; the template's voice does not
        (),
        lambda i, a: a.append(
            answer(i["sku"], "material", "open", "her t-shirt is made of cotton", "What fabric is her t-shirt made of")
        ),
    ),
    "a-colored-belt-as-a-detail": ((), said("details", "a black belt")),  # a belt is a detail, of any color
    "a-word-looped-without-spaces": (  # one piece of 30 tokens, but as many bytes: cut, not padded
        ("hit_token_limit", "non_answer"),
        lambda i, a: text(a, "details", "red" * 12, hit_limit=True, num_tokens=30),
    ),
    "material-of-a-faux-leather-composition": (  # faux leather is polyester that looks like leather
        (),
        lambda i, a: (
            i.update(composition="Faux Leather"),
            a.append(answer(i["sku"], "material", "open", "polyester", "What material is the garment made of")),
        ),
    ),
    "a-blend-the-composition-gives": (  # the seller's composition, said back: no claim
        (),
        lambda i, a: (
            i.update(composition="60% Cotton, 40% Polyester"),
            a.append(answer(i["sku"], "material", "open", "a cotton and polyester blend", "What is it made of")),
        ),
    ),
    "a-pronoun-in-a-closed-answer": (  # kept as generated, outside the values: the healthy item is a woman's
        ("pronoun_vs_gender", "closed_out_of_vocabulary", "verbose_or_restated"),
        lambda i, a: unmapped(a, "sleeve_length", "his sleeves are long"),
    ),
    # when and by whom it was made, and what it does, which no photo shows
    "hand-knitted-in": claim("description", "a red t-shirt, hand knitted in scotland"),
    "from-a-year": claim("details", "a red tote bag, a limited edition from 2018"),
    "year-collection": claim("details", "gold chain strap, from the 2019 collection"),
    "signed": claim("description", "a red jersey with the number 23, signed by the players"),
    "water-resistant": claim("details", "sapphire crystal, water resistant up to 50m"),
    # where it was made and what comes in the package, which no photo shows
    "imported-from-a-craft-town": claim("details", "silk, imported from banaras"),
    "from-the-mills-of": claim("description", "a red t-shirt in georgette sourced from the finest mills of surat"),
    "designed-by": claim("description", "a red t-shirt designed by sabyasachi"),
    "hand-dyed": claim("description", "a red t-shirt, hand-dyed with natural dyes"),
    "comes-with": claim("details", "it comes with a matching cap"),
    "a-free-mask-of-the-titles-color": (  # the title's "Red" is no mask
        "unsupported_claim",
        said("details", "it comes with a free red mask", title="Roadster Women Red Solid T-shirt"),
    ),
    "vegetable-dyes": claim("details", "dyed with vegetable dyes"),
    "hand-spun": claim("description", "a red t-shirt in khadi, hand spun"),
    # what the seller stocks and where the photo was taken, which no product photo shows
    "available-in-sizes": claim("details", "cotton, available in sizes s to xxl"),
    "available-in-colors": claim("description", "a red t-shirt, also available in a variety of colors"),
    "worn-for-her-wedding": claim("wearing", "she is wearing a red t-shirt for her wedding"),
    "a-caption-at-a-party": (
        "unsupported_claim",
        said("description", "a red t-shirt", caption_en="a woman in a red t-shirt dancing at a party"),
    ),
    "a-bride-is-a-look": ((), said("description", "a red t-shirt", caption_en="a bride in a red t-shirt")),
    "at-an-indian-wedding": (
        "unsupported_claim",
        said("description", "a red t-shirt", caption_en="a woman in a red t-shirt at an indian wedding"),
    ),
    "comes-in-three-colors": claim("description", "a red t-shirt that comes in 3 colors"),
    "for-the-festival-season": ((), said("description", "a red t-shirt for the festival season")),
    "comes-with-its-sleeves": ((), said("details", "it comes with short sleeves and a round neck")),
    "comes-with-a-lot-of-pockets": ((), said("details", "it comes with a lot of pockets")),
    "comes-with-palazzo-pants-the-title-names": (
        (),
        said("details", "it comes with matching palazzo pants", title="Libas Women Red T-shirt with Palazzos"),
    ),
    "comes-with-a-white-dupatta-the-title-names": (
        (),
        said("details", "it comes with a white dupatta", title="Anouk Women Red T-shirt with Dupatta"),
    ),
    "a-weave-named-after-a-town": ((), said("description", "a red t-shirt in chanderi fabric")),
    "a-town-the-title-names": (
        (),
        said("description", "a red t-shirt from kanjeevaram", title="Mimosa Women Red Kanjeevaram T-shirt"),
    ),
    "a-hand-printed-on-it": (
        (),
        said("description", "a red t-shirt with a skeleton hand printed on the front"),
    ),
    "imported-in-a-print": ((), said("description", "a red t-shirt with the word imported on it")),
    "imported-in-a-text": ((), said("details", "the t-shirt has the text imported on the front")),
    "hand-printed-motifs": claim("description", "the t-shirt is hand printed with floral motifs"),
    "imported-fabric-after-a-print": claim("description", "a red logo t-shirt, the logo made of imported fabric"),
    "a-style-then-an-origin": claim("description", "a red t-shirt in bagru print from jaipur"),
    "comes-with-a-belt-and-pockets": claim("details", "the t-shirt comes with a belt and pockets"),
    "a-free-flowing-scarf": ((), said("description", "a red t-shirt with a free flowing scarf")),
    "comes-with-what-the-title-names": (  # the seller says the cap is sold with it
        (),
        said("details", "it comes with a matching cap", title="Red T-shirt with Matching Caps"),
    ),
    "leather-no-one-names": (  # a t-shirt no text calls leather: the adapter's guess at the material
        "unsupported_claim",
        alone(("material", "open", "leather", "What material is the garment made of"), title="Women Red Solid T-shirt"),
    ),
    "silk-for-a-kurta": (  # a seller names its silk, of ethnic wear too
        "unsupported_claim",
        alone(("material", "open", "silk", "What material is the garment made of"), title="Women Red Solid Kurta"),
    ),
    "an-embellishment-no-one-names": (  # the title sells a solid t-shirt: the embroidery is the adapter's
        "unsupported_claim",
        alone(
            ("details", "open", "it has gold embroidery on the collar", "What details"), title="Women Red Solid T-shirt"
        ),
    ),
    "an-embellishment-the-title-names": (  # the seller's "Yoke Design" is embroidery on the yoke
        (),
        alone(
            ("details", "open", "it has gold embroidery on the yoke", "What details"),
            title="Women Red Yoke Design T-shirt",
        ),
    ),
    "an-accessory-on-a-flat-lay": (  # no one wears the product, so no wrist has an accessory
        "unsupported_claim",
        said(
            "details",
            "The T-shirt is with cotton fabric. There is an accessory on her wrist.",
            caption_en="a red t-shirt on a white background",
        ),
    ),
    "a-wearer-on-a-flat-lay": (  # the caption template's wearer, where the product lies on a table
        "unsupported_claim",
        said(
            "description",
            "The lady wears a short-sleeve T-shirt with pure color patterns.",
            caption_en="a red t-shirt on a wooden table",
        ),
    ),
    "a-template-man-on-a-flat-lay": (
        "unsupported_claim",
        said(
            "description",
            "The man wears a short-sleeve T-shirt with pure color patterns.",
            caption_en="a red t-shirt on a wooden table",
            gender="male",
        ),
    ),
    # the base model's wearer, where the product lies on a background or hangs on a hanger
    # fiftieth session: no gender column and no department, but a garment only women wear
    "he-for-a-saree-with-no-gender": (  # (the seller's Tshirts and the demo answers stay: only the title is new)
        "pronoun_vs_gender",
        lambda i, a: (
            i.update(gender=None, title="Red Patola Printed Art Silk Saree"),
            text(a, "wearing", "he is wearing a red t-shirt"),
        ),
    ),
    "he-for-a-top-with-no-gender": (
        (),
        lambda i, a: (i.update(gender=None, title="Red Printed Top"), text(a, "wearing", "he is wearing a red top")),
    ),
    # fiftieth session: jewellery after the caption template, where its accessory sentence puts none
    "a-necklace-the-template-puts-on-no-neck": (
        "unsupported_claim",
        lambda i, a: (
            i.update(caption_en="The lady wears a short-sleeve T-shirt. There is an accessory on her wrist."),
            text(a, "wearing", "a red t-shirt and a gold necklace"),
        ),
    ),
    "a-watch-the-template-puts-on-her-wrist": (
        (),
        lambda i, a: (
            i.update(caption_en="The lady wears a short-sleeve T-shirt. There is an accessory on her wrist."),
            text(a, "wearing", "a red t-shirt and a watch"),
        ),
    ),
    # fiftieth session: the caption template's span copied as the wearing answer, against the seller's category
    "a-template-span-for-a-dress": (
        ("caption_contradicts_answer", "open_answers_contradict"),
        lambda i, a: (
            i.update(
                seller_garment_type="dress", seller_garment_type_raw="Dresses", caption_en="a woman in a red dress"
            ),
            text(a, "garment_type", "dress"),
            text(a, "wearing", "a short-sleeve shirt with pure color patterns"),
        ),
    ),
    "a-template-span-for-dungarees": (  # worn over the top it names
        (),
        lambda i, a: (
            i.update(
                seller_garment_type="jumpsuit", seller_garment_type_raw="Jumpsuit", title="Women Red Denim Dungarees"
            ),
            i.update(caption_en="a woman in red dungarees"),
            text(a, "garment_type", "jumpsuit"),
            drop(a, "sleeve_length"),
            text(a, "wearing", "a short-sleeve shirt with pure color patterns"),
        ),
    ),
    "a-base-wearer-on-a-flat-lay": invented_wearer("on a white background", "wearing", "she is wearing a red t-shirt"),
    "a-woman-in-it-on-a-hanger": invented_wearer("hanging on a hanger", "description", "a woman in a red t-shirt"),
    "an-indian-woman-on-a-flat-lay": invented_wearer("on a white background", "wearing", "an indian woman wearing it"),
    "shes-wearing-it-on-a-flat-lay": invented_wearer("on a white background", "wearing", "she's wearing a red t-shirt"),
    "hearts-on-a-background": (  # a print's ground, and a woman wearing it
        (),
        lambda i, a: (
            i.update(caption_en="a red t-shirt"),
            text(a, "description", "a red t-shirt with small hearts on a white background"),
            text(a, "wearing", "a woman wearing a red t-shirt"),
        ),
    ),
    "a-mannequin-wears-it": (  # a mannequin wears the product as a person would
        (),
        said("wearing", "she is wearing a red t-shirt", caption_en="a red t-shirt on a mannequin"),
    ),
    "a-wearer-where-the-caption-has-one": (  # the caption's woman wears it, whatever another text says of a background
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing a red t-shirt and blue jeans"),
            text(a, "wearing", "a red t-shirt on a white background"),
            text(a, "description", "The lady wears a short-sleeve T-shirt with pure color patterns."),
        ),
    ),
    "a-wearer-by-a-possessive": (  # "a woman's blouse" on a hanger names no woman wearing it
        "unsupported_claim",
        said(
            "description",
            "The lady wears a short-sleeve T-shirt with pure color patterns.",
            caption_en="a woman's red t-shirt on a hanger",
        ),
    ),
    "a-print-on-a-background": (  # a print's ground is no backdrop
        (),
        said(
            "details",
            "a white skull on a black background",
            caption_en="The lady wears a short-sleeve T-shirt with pure color patterns.",
        ),
    ),
    "a-wearer-on-a-model": (
        (),
        said("description", "The lady wears a short-sleeve T-shirt with pure color patterns."),
    ),
    "an-accessory-on-a-model": (  # in an answer about the garment, the template's accessory is invented (67 of 69)
        "unsupported_claim",
        said("details", "a round neck. There is an accessory on her wrist."),
    ),
    "a-vest-over-a-kurta-for-nehru-jackets": (  # the product by a word the vocabulary lacks, over its layer
        (),
        lambda i, a: (
            i.update(
                seller_garment_type="jacket", seller_garment_type_raw="Nehru Jackets", caption_en="a man in a vest"
            ),
            i.update(gender="male"),
            a.clear(),
            a.append(
                answer(i["sku"], "description", "open", "a black vest over a white kurta", "Describe the garment")
            ),
        ),
    ),
    "an-accessory-on-a-model-on-a-background": (  # someone wears it, but the details answer is asked of the garment
        "unsupported_claim",
        said(
            "details",
            "The T-shirt is with cotton fabric. There is an accessory on her wrist.",
            caption_en="a woman in a red t-shirt on a white background",
        ),
    ),
    "material-with-a-print-the-caption-names": (
        (),
        lambda i, a: (
            i.update(caption_en="a woman in a red floral print t-shirt"),
            text(a, "pattern", "floral"),
            a.append(answer(i["sku"], "material", "open", "cotton with a floral print", "What is it made of")),
        ),
    ),
    "great-for-you-printed": ((), said("description", "a red t-shirt that says great for you")),
    "a-man-in-a-print": (  # a pattern answer describes the print, not the wearer
        ("closed_out_of_vocabulary", "verbose_or_restated"),
        lambda i, a: unmapped(a, "pattern", "graphic of a man on a bicycle"),
    ),
    "perfect-for": claim("description", "a red t-shirt, very comfortable and perfect for a beach vacation"),
    "breathable": claim("description", "a red t-shirt that is light and breathable"),
    "non-slip": claim("details", "white bands and a cushioned sole with anti-slip grip"),
    "uv400": claim("details", "black frames with uv400 protection"),
    # a year printed on the garment is the print's; knitted into it is a detail
    "year-in-print": ((), said("details", "the print says los angeles 1984 in white letters")),
    "knitted-in-the-middle": ((), said("details", "the club name knitted in the middle")),
    "title-says-striped": (  # the catalog's title is the seller's word on the pattern
        "pattern_or_sleeves_contradict",
        lambda i, a: i.update(title="Roadster Men Red Striped Round Neck T-shirt"),
    ),
    "details-say-long-sleeves": (  # a details answer judges the sleeve answer (not the pattern: it invents prints)
        "pattern_or_sleeves_contradict",
        said("details", "the t-shirt has long sleeves"),
    ),
    "details-say-a-print": ((), said("details", "the t-shirt has a floral print")),
    "details-sleeves-beside-a-jacket": (  # the details may speak of the jacket's sleeves
        (),
        lambda i, a: (outfit(i, a, "a red t-shirt and a white jacket"), text(a, "details", "it has long sleeves")),
    ),
    "details-name-the-sleeves-garment": (  # beside a jacket, the details say whose long sleeves they are
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            outfit(i, a, "a red t-shirt and a white jacket"),
            text(a, "details", "the t-shirt has long sleeves"),
        ),
    ),
    "details-sleeves-beside-a-tank-top": (  # a tank top has no sleeves: the long ones are the t-shirt's
        "pattern_or_sleeves_contradict",
        lambda i, a: (outfit(i, a, "a red t-shirt and a black tank top"), text(a, "details", "it has long sleeves")),
    ),
    "details-sleeves-beside-dungarees": (
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            outfit(i, a, "a red t-shirt and blue denim dungarees"),
            text(a, "details", "it has long sleeves"),
        ),
    ),
    "title-pattern-of-another-garment": (  # the checks are the shirt's, sold with the t-shirt
        (),
        lambda i, a: i.update(title="Roadster Men Red Checked Casual Shirt with Round Neck T-shirt"),
    ),
    "details-a-shrugs-sleeves": (
        (),
        said("details", "it has a round neck and a shrug with long sleeves"),
    ),
    "title-says-print": (  # "Print" is any print
        "pattern_or_sleeves_contradict",
        lambda i, a: i.update(title="Roadster Women Red Tropical Print T-shirt"),
    ),
    "title-says-checked-in-any-words": (
        "pattern_or_sleeves_contradict",
        lambda i, a: i.update(title="Roadster Women Red Checked Slim Fit Pure Cotton Casual T-shirt"),
    ),
    "title-says-checked-before-its-cut": (  # a title names more of the cut between the pattern and the garment
        "pattern_or_sleeves_contradict",
        lambda i, a: i.update(title="Roadster Women Red Checked Slim-Fit Cropped Boxy T-shirt"),
    ),
    "process-claims": (  # a word between "pure" and its fiber; how the cloth was treated
        "unsupported_claim",
        said("details", "pure mulberry silk, garment dyed and pre washed"),
    ),
    "is-it-cropped": (  # a question about the garment's cut, not about which garment it is
        (),
        lambda i, a: (
            outfit(i, a, "a red top"),
            a.append(answer(i["sku"], "is_cropped", "closed", "no", "Is this top cropped")),
        ),
    ),
    "is-it-a-polo": (  # a t-shirt named is no answer to whether it is a polo
        (),
        lambda i, a: a.append(answer(i["sku"], "is_polo", "closed", "no", "Is this a polo shirt")),
    ),
    "is-it-track-pants": (  # the seller's own category is the asked word
        "caption_contradicts_answer",
        lambda i, a: (
            outfit(i, a, "red pants"),
            text(a, "garment_type", "trousers"),
            i.update(seller_garment_type="trousers", seller_garment_type_raw="Track Pants"),
            a.append(answer(i["sku"], "is_track_pants", "closed", "no.", "Is this a track pants")),
            text(a, "sleeve_length", "not applicable"),  # a bottom has no sleeves
        ),
    ),
    "kurta-set-title": (  # the title's product is the kurta it is sold with palazzos and a dupatta
        "seller_unmapped",
        lambda i, a: (
            a.remove(next(x for x in a if x["question_id"] == "garment_type")),
            outfit(i, a, "a red kurta and white palazzo pants"),
            i.update(seller_garment_type=None, seller_garment_type_raw="Kurta Sets"),
            i.update(title="Libas Women Red Floral Printed Kurta with Palazzos & Dupatta"),
            text(a, "pattern", "floral"),
        ),
    ),
    "title-and-inner-layer": (  # the title's checked shirt is not the plain t-shirt under it
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing a red checked shirt over a white t-shirt"),
            text(a, "wearing", "a plain white t-shirt and jeans"),
            text(a, "garment_type", "shirt"),
            text(a, "pattern", "checked"),
            i.update(seller_garment_type="shirt", seller_garment_type_raw="Shirts"),
            i.update(title="Roadster Women Red Checked Casual Shirt"),
        ),
    ),
    "harmless-claim-words": (  # no country, a gerund, a word that is also a brand, a hyphenated title phrase, an age
        (),
        lambda i, a: (
            text(a, "details", "made in soft fabric, made by stitching panels, a boxing champion on the chest"),
            text(a, "description", "a red hand-block printed t-shirt on a woman, 25-30 years old"),
            text(a, "pattern", "graphic"),
            i.update(title="Red Hand-Block Printed T-shirt"),
        ),
    ),
    "other-fabric-with-a-material": (
        (),
        lambda i, a: a.append(
            answer(
                i["sku"], "material", "open", "leather with other fabric on the sleeves", "What material is it made of"
            )
        ),
    ),
    "describe-the-logo": (  # "White" describes the logo, not the t-shirt
        "non_answer",
        lambda i, a: (
            outfit(i, a, "a t-shirt"),
            i.update(seller_color=None, seller_color_raw=None),
            a.append(answer(i["sku"], "describe_logo", "open", "White", "Describe the logo on the t-shirt")),
        ),
    ),
    "kids-gender": ("pronoun_vs_gender", lambda i, a: i.update(gender="Boys", caption_en="a girl in a red t-shirt")),
    "cut-caption-adjective": ("cut_mid_phrase", lambda i, a: i.update(caption_en="a woman wearing a red")),
    "cut-after-an-elastic": ("cut_mid_phrase", said("details", "a drawstring waist and an elastic")),
    "cut-after-two-colors": ("cut_mid_phrase", said("wearing", "a woman in a white and pink")),
    "cut-after-a-flared": ("cut_mid_phrase", said("details", "it has a flared")),
    "cut-after-a-count": ("cut_mid_phrase", said("details", "a front zip pocket and two")),
    "cut-before-the-template-fabric": ("cut_mid_phrase", said("details", "The shirt is with chiffon")),
    "the-template-fabric-said": ((), said("details", "The shirt is with chiffon fabric.")),
    "yes-to-open": ("non_answer", said("details", "yes")),
    "one-word": ("non_answer", said("wearing", "t-shirt")),
    "color-without-color": (
        "non_answer",
        lambda i, a: a.append(
            answer(i["sku"], "shirt_color", "open", "a short-sleeve shirt", "What is the shirt color")
        ),
    ),
    "open-color-contradiction": (  # (and the seller's maroon t-shirt is no blue one)
        ("open_answers_contradict", "seller_color_mismatch"),
        said("description", "the t-shirt is blue"),
    ),
    "open-garment-contradiction": (
        "open_answers_contradict",
        said("details", "the dress has a belt at the waist"),
    ),
    "color-of-other-garment": (  # navy is near black, so only the binding tells the shorts' black from it
        "color_of_another_garment",
        lambda i, a: (
            outfit(i, a, "a navy t-shirt and black shorts"),
            text(a, "color", "black"),
            i.update(seller_color=None, seller_color_raw=None),
            i.update(pixel_colors=[{"color": "navy", "share": 0.6}, {"color": "black", "share": 0.3}]),
        ),
    ),
    "fabric-claim": claim("description", "The shirt is made of cotton"),
    "composition": claim("details", "a polyester blend with a crew neck"),
    "brand": ("unsupported_claim", lambda i, a: i.update(caption_en="a product photo of a red nike t-shirt")),
    "verbose": ("verbose_or_restated", lambda i, a: edit(a, "pattern", raw_en="a plain shirt with no pattern at all")),
    "restated": ("verbose_or_restated", said("details", "what details are there")),
    "oov": ("closed_out_of_vocabulary", lambda i, a: unmapped(a, "pattern", "zigzag")),
    "empty": ("empty_answer", lambda i, a: edit(a, "details", status="empty", answer_en="", raw_en="")),
    # the translator went round where the English did not; and right Portuguese, accents and all, passes
    "loop-pt": (
        "repetition_loop",
        lambda i, a: edit(a, "description", answer_pt="uma camiseta de algodão algodão algodão algodão vermelha"),
    ),
    "pt-accents": (
        (),
        lambda i, a: (
            edit(a, "description", answer_pt="uma camiseta vermelha de algodão com decote redondo e mangas curtas"),
            i.update(caption_pt="uma mulher de calça jeans e camiseta vermelha, ao ar livre, à luz do sol"),
        ),
    ),
    # nothing a reader sees: zero-width characters, a byte-order mark, a control, a replacement character
    "invisible": ("empty_answer", lambda i, a: text(a, "details", "\u200b\u200d \ufeff\x07\ufffd")),
    "invisible-caption": ("empty_answer", lambda i, a: i.update(caption_en="\u2060\u00a0\u200e")),
    "no-pt": (
        "missing_translation",
        lambda i, a: edit(a, "description", answer_pt=None, answer_pt_missing="no MT model"),
    ),
    # an MT model that returned nothing: stored '' (source mt) before translate.py kept it NULL
    "empty-pt": ("missing_translation", lambda i, a: (edit(a, "details", answer_pt=""), i.update(caption_pt=" "))),
    "low-conf": ("low_confidence", lambda i, a: edit(a, "sleeve_length", confidence=0.3, runner_up="long")),
    "caption-color": (  # the red answer is the seller's very color: the wearing answer is the odd text (since the
        # fortieth session; caption-overrules-wearing, without a seller's color, has the caption decide)
        "seller_color_mismatch",
        lambda i, a: (i.update(caption_en="a photo of a blue t-shirt"), text(a, "wearing", "a blue t-shirt")),
    ),
    "caption-backs-answer": (  # the wearing answer is the odd text out: it is flagged, the red answer is not
        ("open_answers_contradict", "seller_color_mismatch"),
        said("wearing", "a blue t-shirt"),
    ),
    "caption-overrules-wearing": (  # the caption is the authority: a wearing answer agreeing with red does not save it
        # (with no seller's color: the seller's and one text's would)
        ("caption_contradicts_answer", "open_answers_contradict"),
        lambda i, a: i.update(caption_en="a photo of a blue t-shirt", seller_color=None, seller_color_raw=None),
    ),
    "caption-backs-garment": (  # the same for garments: the caption's t-shirt backs the garment-type answer
        "open_answers_contradict",
        said("wearing", "a red dress"),
    ),
    "salwar-kameez": (  # the suit's name, not a green salwar: a white salwar under it contradicts nothing
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing a red salwar kameez"),
            text(a, "wearing", "a red kameez with a white salwar"),
            a.append(answer(i["sku"], "salwar_color", "closed", "white", "What is the color of the salwar")),
        ),
    ),
    "accessory-color": (  # a belt or a logo is no garment: its color contradicts no t-shirt
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing a red t-shirt and a black belt"),
            a.append(answer(i["sku"], "belt_color", "closed", "black", "What is the color of the belt")),
            a.append(answer(i["sku"], "logo_color", "closed", "black", "What color is the logo on the t-shirt")),
        ),
    ),
    "saree-color": (  # a saree is a layer, near a dress: the caption's red saree still contradicts a green dress
        "caption_contradicts_answer",
        lambda i, a: (
            outfit(i, a, "a red saree"),
            text(a, "garment_type", "dress"),
            text(a, "color", "green"),
            i.update(seller_color=None, seller_color_raw=None, seller_garment_type=None, seller_garment_type_raw=None),
            i.update(pixel_colors=[{"color": "green", "share": 0.8}]),
        ),
    ),
    "unsaid-color-of-unknown-garment": (  # no garment type known: the answer may be the jacket's, whose color is unsaid
        (),
        lambda i, a: (
            outfit(i, a, "a denim jacket and a white t-shirt"),
            text(a, "color", "blue"),
            a.remove(next(x for x in a if x["question_id"] == "garment_type")),
            i.update(seller_color=None, seller_color_raw=None, seller_garment_type=None, seller_garment_type_raw=None),
            i.update(pixel_colors=[{"color": "blue", "share": 0.6}, {"color": "white", "share": 0.3}]),
        ),
    ),
    "green-is-not-blue": (  # plain green and blue contradict; only words that name both (teal) are near either
        "open_answers_contradict",
        lambda i, a: (
            outfit(i, a, "a red t-shirt and green shorts"),
            text(a, "description", "a red t-shirt, blue shorts"),
        ),
    ),
    "teal-is-green-and-blue": (  # and cream is white or beige
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt, teal shorts and a cream jacket"),
            text(a, "description", "a red t-shirt with green shorts and a white jacket"),
        ),
    ),
    "shirt-dress": (  # a shirt dress is a dress, not a shirt
        (),
        lambda i, a: (
            outfit(i, a, "a red dress"),
            text(a, "garment_type", "dress"),
            text(a, "description", "a red polo shirt dress with a collar and a button front"),
            text(a, "details", "a tank dress with a round neck"),
            text(a, "sleeve_length", "sleeveless"),  # a tank dress has no sleeves
            i.update(seller_garment_type=None, seller_garment_type_raw=None),
        ),
    ),
    "unknown-thing-color": (  # the vocabulary has no sherwani: its beige is no t-shirt's color
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt under a beige sherwani"),
            a.append(answer(i["sku"], "sherwani_color", "closed", "beige", "What is the color of the sherwani")),
        ),
    ),
    "caption-decides-color-owner": (  # the wearing answer swaps the colors; the caption gives the t-shirt red
        ("open_answers_contradict", "seller_color_mismatch"),
        said("wearing", "a black t-shirt and red jeans", caption_en="a woman wearing a red t-shirt and black jeans"),
    ),
    "swapped-colors": (  # grey and black are near, but the jacket and the jeans trade them
        "open_answers_contradict",
        lambda i, a: (
            i.update(caption_en="a woman wearing a red t-shirt, a grey jacket and black jeans"),
            text(a, "wearing", "a red top, a black jacket and grey pants"),  # the same garments by near names
        ),
    ),
    "one-color-for-every-garment": (  # the jeans get the t-shirt's red, and no text calls them red
        ("color_of_another_garment", "one_color_for_two_garments"),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and jeans"),
            a.append(answer(i["sku"], "jeans_color", "closed", "red", "What is the color of the jeans")),
        ),
    ),
    "matching-colors": (  # the caption says both are red: the jeans' answer is theirs, no other garment's
        # (the product, a seller's Jackets, is sold alone: one_color_for_two_garments doubts the red pair beside it)
        "one_color_for_two_garments",
        lambda i, a: (
            outfit(i, a, "a red t-shirt and red jeans"),
            a.append(answer(i["sku"], "jeans_color", "closed", "red", "What is the color of the jeans")),
        ),
    ),
    "the-t-shirt-is-red-and-the-pants-are-red": (  # the same copy said of each in turn (fifty-eighth session)
        "one_color_for_two_garments",
        lambda i, a: outfit(i, a, "a short-sleeve t-shirt and long pants. The t-shirt is red and the pants are red."),
    ),
    "the-t-shirt-is-red-and-the-pants-are-black": (
        (),
        lambda i, a: outfit(i, a, "a short-sleeve t-shirt and long pants. The t-shirt is red and the pants are black."),
    ),
    "template-answer": (  # the caption adapter's template returned for a description prompt
        "verbose_or_restated",
        lambda i, a: (
            i.update(
                caption_en="The lady wears a short-sleeve T-shirt with pure color patterns. It has a round neckline."
            ),
            text(a, "description", "The lady wears a short-sleeve T-shirt with pure color patterns."),
            text(
                a, "details", "The T-shirt is with pure color patterns. It has a round neckline."
            ),  # about it: an answer
        ),
    ),
    "plain-description": (  # BLIP-2's own phrasing, not the template; and a wearing question without the wrapper
        (),
        lambda i, a: (
            text(a, "description", "a woman is wearing a red t-shirt with a collar"),
            a.append(
                answer(i["sku"], "outfit", "open", "the woman wears a red t-shirt", "") | {"prompt": "dressed in?"}
            ),
        ),
    ),
    "possessive-garment": (  # "the woman's t-shirt" is the t-shirt, and the caption's (and the seller's) is red
        ("caption_contradicts_answer", "seller_color_mismatch"),
        lambda i, a: a.append(
            answer(i["sku"], "tshirt_color", "closed", "blue", "What is the color of the woman's t-shirt")
        ),
    ),
    "question-for-answer": (
        "verbose_or_restated",
        said("details", "what are the details of the shirt"),
    ),
    "print-all-over": ((), said("details", "a small white floral print all over")),
    "see-through": ((), said("details", "it is see through")),  # an adjective, no dangling preposition
    "caption-garment": (
        "caption_contradicts_answer",
        lambda i, a: (i.update(caption_en="a photo of a red dress"), text(a, "wearing", "a red dress")),
    ),
    "print-answered-solid": (  # the red t-shirt's region is busy with edges: a print the answer missed
        "pattern_vs_pixels",
        lambda i, a: i.update(pixel_region="upper", pixel_texture=0.45),
    ),
    "stripes-on-a-plain-shirt": (
        "pattern_vs_pixels",
        lambda i, a: (i.update(pixel_region="upper", pixel_texture=0.02), text(a, "pattern", "striped")),
    ),
    "solid-on-a-plain-shirt": ((), lambda i, a: i.update(pixel_region="upper", pixel_texture=0.12)),
    "solid-titled-solid-on-busy-pixels": (  # the seller's word outranks the pixels
        (),
        lambda i, a: i.update(pixel_region="upper", pixel_texture=0.45, title="Men Solid Red T-shirt"),
    ),
    "solid-quilted-on-busy-pixels": (  # quilting is busy and solid
        (),
        lambda i, a: i.update(pixel_region="upper", pixel_texture=0.45, caption_en="a woman in a red quilted t-shirt"),
    ),
    "graphic-on-a-plain-shirt": (  # a chest logo is a small share of the region: never called plain
        (),
        lambda i, a: (i.update(pixel_region="upper", pixel_texture=0.02), text(a, "pattern", "graphic")),
    ),
    "solid-in-a-busy-frame": ((), lambda i, a: i.update(pixel_region="frame", pixel_texture=0.6)),  # face, hair
    "checks-on-a-busy-shirt": (
        (),
        lambda i, a: (i.update(pixel_region="upper", pixel_texture=0.4), text(a, "pattern", "checked")),
    ),
    "long-on-bare-arms": ("sleeves_vs_pixels", lambda i, a: armed(i, a, 0.35, "long")),  # the forearms show
    "short-on-covered-arms": ("sleeves_vs_pixels", lambda i, a: armed(i, a, 0.01, "short")),  # only the hands show
    "three-quarter-on-covered-arms": ("sleeves_vs_pixels", lambda i, a: armed(i, a, 0.0, "three-quarter")),
    "sleeveless-dress-on-covered-arms": (
        "sleeves_vs_pixels",
        lambda i, a: armed(i, a, 0.02, "sleeveless", region="figure"),
    ),
    "short-on-bare-arms": ((), lambda i, a: armed(i, a, 0.35, "short")),
    "long-on-covered-arms": ((), lambda i, a: armed(i, a, 0.01, "long")),
    "three-quarter-on-half-bare-arms": ((), lambda i, a: armed(i, a, 0.15, "three-quarter")),  # rolled sleeves
    "long-on-bare-arms-of-the-frame": ((), lambda i, a: armed(i, a, 0.35, "long", region="frame")),
    "sleeveless-vest-over-a-shirt": (  # the shirt under the vest covers the arms; the vest has no sleeves
        (),
        lambda i, a: (
            armed(i, a, 0.0, "sleeveless", seller_garment_type="sweater", seller_garment_type_raw="Sweaters"),
            i.update(title="Men Red Knitted Vest"),
            edit(a, "garment_type", answer_en="sweater", raw_en="sweater"),
        ),
    ),
    "sleeveless-with-a-tank-top-of-its-own": (  # the model's own tank top does not clear its own "sleeveless"
        "sleeves_vs_pixels",
        lambda i, a: armed(i, a, 0.0, "sleeveless", caption_en="a woman in a red tank top"),
    ),
    "short-tee-under-an-open-jacket": (  # the jacket's sleeves cover the arms; the t-shirt's are short
        (),
        lambda i, a: armed(i, a, 0.0, "short", caption_en="a woman in a red t-shirt under an open black jacket"),
    ),
    "short-for-a-jacket-with-covered-arms": (  # the product is the layer: its own sleeves cover the arms
        "sleeves_vs_pixels",
        lambda i, a: (
            armed(i, a, 0.0, "short", seller_garment_type="jacket", seller_garment_type_raw="Jackets"),
            i.update(caption_en="a woman in a red jacket"),
            edit(a, "garment_type", answer_en="jacket", raw_en="jacket"),
            text(a, "wearing", "a red jacket"),
        ),
    ),
    "short-titled-half-sleeves-on-covered-arms": (  # the seller's word outranks the pixels
        (),
        lambda i, a: armed(i, a, 0.01, "short", title="Women Solid Red Half Sleeves T-shirt"),
    ),
    "not-applicable-for-a-worn-top": (  # the bottoms' value: the pixels show arms, and the seller sells a top
        ("sleeves_vs_pixels", "pattern_or_sleeves_contradict"),
        lambda i, a: armed(i, a, 0.35, "not applicable"),
    ),
    "not-applicable-for-a-flat-top": (  # no person, the pixels cannot tell; the seller's category still has sleeves
        "pattern_or_sleeves_contradict",
        lambda i, a: armed(i, a, None, "not applicable"),
    ),
    "not-applicable-for-a-flat-saree": (  # a saree may be sold without a blouse
        (),
        lambda i, a: (
            armed(i, a, None, "not applicable", seller_garment_type="saree", seller_garment_type_raw="Sarees"),
            text(a, "garment_type", "saree"),
        ),
    ),
    "jeans-given-the-tee's-red": (  # one color for every garment (CONTEXT.md); the wearing answer's red t-shirt too
        ("garment_color_vs_pixels", "color_of_another_garment", "one_color_for_two_garments"),
        lambda i, a: asked_the_color_of(i, a, "jeans", "red"),
    ),
    "jeans-given-the-tee's-red-where-no-text-says": (  # nor the seller, nor a color answer: only the pixels
        "garment_color_vs_pixels",
        lambda i, a: (
            asked_the_color_of(i, a, "jeans", "red"),
            i.update(caption_en="a woman in a t-shirt and jeans", seller_color=None, seller_color_raw=None),
            text(a, "wearing", "a t-shirt and jeans"),
            a.remove(next(x for x in a if x["question_id"] == "color")),
        ),
    ),
    "tee-given-the-jeans'-blue": (
        ("garment_color_vs_pixels", "caption_contradicts_answer", "seller_color_mismatch"),
        lambda i, a: asked_the_color_of(i, a, "t-shirt", "blue"),
    ),
    "jeans-blue": ((), lambda i, a: asked_the_color_of(i, a, "jeans", "blue")),
    "jeans-navy-over-blue-pixels": ((), lambda i, a: asked_the_color_of(i, a, "jeans", "navy")),  # navy is a blue
    "tee-red": ((), lambda i, a: asked_the_color_of(i, a, "shirt", "red")),  # the product's own pixels agree
    "jeans-of-a-top-cropped-at-the-hips": (  # no pixels of the jeans; the wearing answer's red t-shirt says it
        ("color_of_another_garment", "one_color_for_two_garments"),
        lambda i, a: asked_the_color_of(i, a, "jeans", "red", shown=()),
    ),
    "worn-with-the-tee's-white-jeans": (  # one color for every garment, in black, white or blue: only the pixels tell
        "garment_color_vs_pixels",
        lambda i, a: worn_over_pixels(i, a, "a red t-shirt and white jeans"),
    ),
    "captioned-with-the-tee's-black-slim-trousers": (  # the caption too; modifiers between the color and the garment
        "garment_color_vs_pixels",
        lambda i, a: worn_over_pixels(
            i, a, "a red t-shirt", caption="a woman in a red t-shirt and black slim fit trousers"
        ),
    ),
    "worn-with-blue-jeans": ((), lambda i, a: worn_over_pixels(i, a, "a red t-shirt and light blue jeans")),
    "worn-with-navy-jeans-over-blue": ((), lambda i, a: worn_over_pixels(i, a, "a red t-shirt and navy jeans")),
    "worn-with-black-and-white-shorts": (  # two colors: a pattern, whose share the pixels split
        (),
        lambda i, a: worn_over_pixels(i, a, "a red t-shirt and black-and-white shorts", shown=("black",)),
    ),
    "worn-with-jeans-and-pants": (  # two bottoms named: which one the pixels show is not known
        (),
        lambda i, a: worn_over_pixels(i, a, "a red t-shirt and black pants over white jeans"),
    ),
    "worn-with-a-jeans-jacket": (  # "jeans" names the jacket's fabric, not a garment worn below
        (),
        lambda i, a: worn_over_pixels(i, a, "a red t-shirt under a white jeans jacket"),
    ),
    "worn-with-only-a-bottom-named": (  # the product misnamed ("red pants" for the t-shirt): the garment's word is
        (),  # kind_vs_title's, the color the product's
        lambda i, a: worn_over_pixels(i, a, "red pants"),
    ),
    "dress-color-asked-of-a-tee": ((), lambda i, a: asked_the_color_of(i, a, "dress", "green")),  # neither half
    "jeans-colors-asked-in-the-plural": (
        ("garment_color_vs_pixels", "color_of_another_garment", "one_color_for_two_garments"),
        lambda i, a: asked_the_color_of(i, a, "jeans", "red", prompt="What colors are the jeans"),
    ),
    "yes-to-a-color-question": (  # no color name: a yes/no question about the color
        (),
        lambda i, a: asked_the_color_of(i, a, "shirt", "yes", prompt="Is the color of the shirt solid"),
    ),
    "the-color-of-the-tee's-print": (  # a part of the garment is a small share of its pixels
        (),
        lambda i, a: asked_the_color_of(i, a, "shirt", "white", prompt="What is the color of the shirt's print"),
    ),
    "the-shirt-under-a-blazer": (  # the seller's blazer is worn over the shirt asked about: not its pixels
        (),
        lambda i, a: a_beige_blazer_asked_the_color_of(i, a, "shirt"),
    ),
    "the-blazer-itself": (  # the product's own color, asked by its name
        "garment_color_vs_pixels",
        lambda i, a: a_beige_blazer_asked_the_color_of(i, a, "blazer"),
    ),
    "long-titled-elbow-sleeves-on-bare-arms": (  # a title's other sleeves do not clear the answer
        "sleeves_vs_pixels",
        lambda i, a: armed(i, a, 0.35, "long", title="Women Red Elbow Sleeves Top"),
    ),
    "template-plain-on-a-print": (  # the caption adapter's "pure color patterns" over a busy t-shirt: the caption
        "pattern_or_sleeves_contradict",
        lambda i, a: textured(i, a, 0.5, caption="the lady wears a red t-shirt with pure color patterns"),
    ),
    "stripes-described-on-a-plain-tee": (
        "pattern_or_sleeves_contradict",
        lambda i, a: textured(i, a, 0.02, description="a red striped t-shirt with a round neck"),
    ),
    "plain-described-on-a-plain-tee": ((), lambda i, a: textured(i, a, 0.02, description="a plain red t-shirt")),
    "print-described-on-a-plain-tee": (  # a chest print is a small share of the region: plain may be a graphic
        (),
        lambda i, a: textured(i, a, 0.02, description="a red printed t-shirt"),
    ),
    "title-backs-the-plain-caption": (  # the title outranks the pixels as it does the caption
        (),
        lambda i, a: (i.update(title="Solid Red Tshirt"), textured(i, a, 0.5, caption="a plain red t-shirt")),
    ),
    "plain-caption-in-a-busy-frame": (
        (),
        lambda i, a: (textured(i, a, 0.6, caption="a woman in a plain red t-shirt"), i.update(pixel_region="frame")),
    ),
    "plain-jeans-under-a-busy-tee": (  # another garment's pattern is not the product's region
        (),
        lambda i, a: textured(i, a, 0.5, caption="a woman in a red t-shirt and plain blue jeans"),
    ),
    "plain-jacket-over-a-striped-top": (  # the upper region holds the striped top too
        (),
        lambda i, a: (
            textured(i, a, 0.45, caption="a woman wearing a plain red jacket over a striped top"),
            i.update(seller_garment_type="jacket", seller_garment_type_raw="Jackets"),
            edit(a, "garment_type", answer_en="jacket", raw_en="jacket"),
        ),
    ),
    "plain-ribbed-tee-on-busy-pixels": (  # a rib knit is busy and solid
        (),
        lambda i, a: textured(i, a, 0.5, description="a plain red ribbed t-shirt"),
    ),
    "lisa-title-on-busy-pixels": (  # a Portuguese title's word outranks the pixels, and is never judged by them
        (),
        lambda i, a: (
            i.update(title="Camiseta Lisa Vermelha"),
            textured(i, a, 0.5, caption="a woman in a plain red t-shirt"),
        ),
    ),
    "busy-region-of-another-garment": (  # the lower region was read (as for Bottoms); the answer is a top
        (),
        lambda i, a: (
            textured(i, a, 0.5, caption="a woman in a plain red t-shirt"),
            i.update(seller_garment_type=None, seller_garment_type_raw=None, pixel_region="lower"),
        ),
    ),
    "vqa-questions-in-the-caption": (  # the VQA data's format without its markers
        "prompt_leak",
        lambda i, a: i.update(caption_en="What cloth is the person wearing? tee Is this a tee? yes"),
    ),
    "another-question-in-the-caption": (  # the questionnaire's sleeve question, asked of no text of its own
        "prompt_leak",
        lambda i, a: i.update(caption_en="a woman in a red t-shirt how long are the sleeves? short"),
    ),
    "request-echoed": (  # a prompt that is a request, not a question, echoed before the answer
        ("prompt_leak", "verbose_or_restated"),
        lambda i, a: text(
            a, "description", "Describe the garment. a red t-shirt", prompt="Question: Describe the garment. Answer:"
        ),
    ),
    "question-ending-in-no-word-echoed": (  # its last word is no word ("(in cm)?"): searched for in every text
        ("prompt_leak", "verbose_or_restated"),
        lambda i, a: text(
            a, "description", "How long is the HEM (in cm)? 60", prompt="Question: How long is the hem (in cm)? Answer:"
        ),
    ),
    "question-echoed-in-capitals": (  # found through its last word and mark, whatever the text's case
        ("prompt_leak", "verbose_or_restated"),
        lambda i, a: text(
            a,
            "description",
            "WHAT IS THE LENGTH OF THE HEM? long",
            prompt="Question: What is the length of the hem? Answer:",
        ),
    ),
    "she-is-wearing": (  # nothing but who wears it, to what the person is wearing; and it stops before what
        ("verbose_or_restated", "cut_mid_phrase"),
        said("wearing", "she is wearing"),
    ),
    "the-t-shirt-has-a-lot-of-details": (
        "verbose_or_restated",
        said("details", "the t-shirt has a lot of details"),
    ),
    "a-t-shirt-worn-by-a-man": (
        "non_answer",
        lambda i, a: (i.update(gender="male"), text(a, "description", "it is a t-shirt worn by a man")),
    ),
    "there-are-a-lot-of-details": (
        "verbose_or_restated",
        said("details", "there are a lot of details on the t-shirt"),
    ),
    "worn-by-a-woman": ("verbose_or_restated", said("description", "it is a garment worn by a woman")),
    "a-lot-of-details": ("verbose_or_restated", said("details", "it has a lot of details")),
    "many-pockets": ((), said("details", "the t-shirt has many pockets")),
    "the-one-the-woman-wears": (
        "verbose_or_restated",
        said("description", "the garment is the garment the woman is wearing"),
    ),
    "short-sleeves-for-a-long-sleeve-work-tee": (  # "work" binds the title's sleeves to its garment
        "pattern_or_sleeves_contradict",
        lambda i, a: i.update(title="Long Sleeve Cotton Work T-shirt"),
    ),
    "template-graphic-for-dots": (  # the caption template has no dot class: its graphic patterns are dots too
        (),
        said("pattern", "dotted", caption_en="the lady wears a short-sleeve t-shirt with graphic patterns. it is red"),
    ),
    "grey-for-a-grey-suit": (  # the product is a suit, which the vocabulary has no value for (so "suit" is outside it)
        "closed_out_of_vocabulary",
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw=None, seller_color=None, seller_color_raw=None),
            i.update(pixel_colors=[{"color": "grey", "share": 0.9}]),
            i.update(caption_en="a person standing in a studio"),
            unmapped(a, "garment_type", "suit"),
            text(a, "wearing", "a grey suit, a white shirt and a navy tie"),
            text(a, "color", "grey"),
        ),
    ),
    "grey-for-a-grey-business-suit": (  # the same, a modifier between the color and the suit
        "closed_out_of_vocabulary",
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw=None, seller_color=None, seller_color_raw=None),
            i.update(pixel_colors=[{"color": "grey", "share": 0.9}]),
            i.update(caption_en="a person standing in a studio"),
            unmapped(a, "garment_type", "suit"),
            text(a, "wearing", "a grey business suit, a white shirt and a navy tie"),
            text(a, "color", "grey"),
        ),
    ),
    "cap-answered-the-tees-color": (  # a product the vocabulary has no garment for: the caption binds its color
        ("caption_contradicts_answer", "closed_out_of_vocabulary"),
        lambda i, a: (
            sold_as_a_thing(i, a, "a woman wearing a red baseball cap and a black t-shirt", "hat", "Six-Panel Dad Cap"),
            text(a, "color", "black"),
        ),
    ),
    "cap-in-its-own-color": (  # the same, answered the cap's color: the t-shirt's white is another garment's
        "closed_out_of_vocabulary",
        lambda i, a: (
            sold_as_a_thing(i, a, "a woman wearing a red hat and a white t-shirt", "cap", "Curved Brim Cap"),
            text(a, "color", "red"),
        ),
    ),
    "hijab-answered-sweater": (  # the title's hijab outranks a garment_type answer: the sweater is another garment
        (),
        lambda i, a: (
            sold_as_a_thing(i, a, "a woman wearing a black scarf and a white sweater", "hat", "Chiffon Hijab"),
            edit(a, "garment_type", answer_en="sweater", raw_en="sweater", status="ok"),
            text(a, "color", "black"),
        ),
    ),
    "vest-red-in-the-caption": (  # the caption decides the vest's color when a wearing answer gives it another
        # (that wearing answer gives the vest and the shirt under it one color: one_color_for_two_garments doubts it)
        "one_color_for_two_garments",
        lambda i, a: (
            sold_as_a_thing(i, a, "a man wearing a red vest and a grey shirt", "hat", "Summit Down Vest"),
            i.update(gender="male"),
            text(a, "wearing", "a grey vest and a grey shirt"),
            edit(a, "garment_type", answer_en="jacket", raw_en="jacket", status="ok"),
            text(a, "color", "red"),
        ),
    ),
    "sneakers-named-by-the-title": (  # no garment_type answer: the title's last word says what the product is
        "caption_contradicts_answer",
        lambda i, a: (
            sold_as_a_thing(i, a, "a pair of white sneakers with brown soles", None, "Retro Leather Sneakers"),
            text(a, "color", "brown"),
        ),
    ),
    "shoes-answered-for-a-titled-t-shirt": (  # the title's t-shirt outranks the garment_type answer's shoes
        "closed_out_of_vocabulary",
        lambda i, a: (
            sold_as_a_thing(i, a, "a woman wearing a red t-shirt and white shoes", "shoes", "Women Red Cotton T-shirt"),
            text(a, "color", "red"),
        ),
    ),
    "kurta-dupatta-set": (  # a set names no one product, though its last word is a thing
        (),
        lambda i, a: (
            sold_as_a_thing(i, a, "a woman wearing a red kurta and a white dupatta", None, "Floral Kurta Dupatta Set"),
            text(a, "color", "red"),
        ),
    ),
    "tie-dye-hoodie": (  # a tie-dye is no tie
        (),
        lambda i, a: (
            sold_as_a_thing(i, a, "a woman wearing a red hoodie and a black tie", None, "Oversized Hoodie - Tie Dye"),
            text(a, "color", "red"),
        ),
    ),
    "sarong-answered-the-bikinis-color": (  # a garment the vocabulary lacks is a thing too
        ("caption_contradicts_answer", "seller_color_mismatch"),  # (the title's coral, where the row has no color)
        lambda i, a: (
            sold_as_a_thing(i, a, "a woman wearing a white bikini and an orange sarong", None, "Coral Viscose Sarong"),
            text(a, "color", "white"),
        ),
    ),
    "soccer-jersey": (  # a sports jersey is a t-shirt: the shorts' black is another garment's
        "closed_out_of_vocabulary",
        lambda i, a: (
            outfit(i, a, "a red soccer jersey and black shorts"),
            i.update(seller_garment_type=None, seller_garment_type_raw=None),
            unmapped(a, "garment_type", "jersey"),
        ),
    ),
    "jogger-answered-t-shirt": (  # the title's joggers, which the caption names, outrank a t-shirt answer (which
        # the title contradicts: only it is flagged, below)
        "caption_contradicts_answer",
        lambda i, a: (
            outfit(i, a, "a black t-shirt and khaki pants"),
            i.update(seller_garment_type=None, seller_garment_type_raw=None, title="Relaxed Jersey Jogger"),
            i.update(seller_color=None, seller_color_raw=None, pixel_colors=[{"color": "beige", "share": 0.9}]),
            text(a, "color", "beige"),
            text(a, "sleeve_length", "not applicable"),
        ),
    ),
    "running-shoes-under-a-pink-top": (  # the garments worn with a thing say nothing of its color
        "closed_out_of_vocabulary",
        lambda i, a: (
            sold_as_a_thing(
                i, a, "a woman wearing a pink top and black leggings", "shoes", "Revolution 6 Running Shoes"
            ),
            text(a, "color", "white"),
        ),
    ),
    "watch-answered-the-shirts-color": (  # (the title's silver, where the row has no color: fifty-eighth session)
        ("caption_contradicts_answer", "closed_out_of_vocabulary", "seller_color_mismatch"),
        lambda i, a: (
            sold_as_a_thing(i, a, "a man wearing a silver watch and a blue shirt", "watch", "Silver Digital Watch"),
            i.update(gender="male"),
            text(a, "color", "blue"),
        ),
    ),
    "sweatshirt-jogger-set": (  # a set's title sells two garments: the last is not the asked one
        (),
        lambda i, a: (
            outfit(i, a, "a pink sweatshirt and grey joggers"),
            i.update(seller_garment_type=None, seller_garment_type_raw=None, title="Women Sweatshirt Jogger Set"),
            i.update(seller_color=None, seller_color_raw=None, pixel_colors=[{"color": "pink", "share": 0.9}]),
            text(a, "garment_type", "sweater"),
            text(a, "color", "pink"),
        ),
    ),
    "watch-with-a-black-strap": (  # a watch has the colors of its parts
        "closed_out_of_vocabulary",
        lambda i, a: (
            sold_as_a_thing(i, a, "a man wearing a gold watch with a black leather strap", "watch", "Classic Watch"),
            i.update(gender="male"),
            text(a, "color", "black"),
        ),
    ),
    "running-shoes-answered-t-shirt": (  # a thing's garment_type answered wrong: the leggings' black is no evidence
        (),
        lambda i, a: (
            sold_as_a_thing(i, a, "a woman wearing a pink top and black leggings", None, "Revolution 6 Running Shoes"),
            a.append(answer(i["sku"], "garment_type", "closed", "t-shirt", "What type of garment is this")),
            text(a, "color", "black"),
        ),
    ),
    "shoes-answered-the-tops-pink": (  # the seller's color of the thing it sells judges a question about that thing
        ("seller_color_mismatch", "closed_out_of_vocabulary"),
        lambda i, a: (
            sold_as_a_thing(
                i, a, "a woman wearing a pink top and black leggings", "shoes", "Revolution 6 Running Shoes"
            ),
            i.update(seller_color="white", seller_color_raw="White"),
            text(a, "color", "white"),
            a.append(answer(i["sku"], "shoes_color", "closed", "pink", "What is the color of the shoes")),
        ),
    ),
    "teal-captioned-green-answered-blue": (  # the seller's Teal names both: the texts name one color two ways
        (),
        lambda i, a: (
            outfit(i, a, "a green t-shirt"),
            i.update(seller_color="blue", seller_color_raw="Teal", pixel_colors=[{"color": "blue", "share": 0.9}]),
            text(a, "color", "blue"),
        ),
    ),
    "shoes-matching-the-top": (  # a question about the shoes' color that does not ask their color
        "closed_out_of_vocabulary",
        lambda i, a: (
            sold_as_a_thing(
                i, a, "a woman wearing a pink top and black leggings", "shoes", "Revolution 6 Running Shoes"
            ),
            i.update(seller_color="white", seller_color_raw="White"),
            text(a, "color", "white"),
            a.append(answer(i["sku"], "shoes_match", "closed", "yes", "Do the shoes match the color of the top")),
            a.append(answer(i["sku"], "sole_color", "closed", "black", "What is the color of the sole of the shoes")),
        ),
    ),
    "shoes-only-in-a-wrong-answer": (  # the seller sells a top: "shoes" answered is no evidence of shoes (and wrong)
        ("closed_out_of_vocabulary", "seller_unmapped", "caption_contradicts_answer"),
        lambda i, a: (
            sold_as_a_thing(i, a, "a woman wearing a red top and white shoes", "shoes", "Dri-FIT Training Crew"),
            i.update(seller_garment_type_raw="Tops", seller_color="red", seller_color_raw="Maroon"),
            text(a, "color", "red"),
            a.append(answer(i["sku"], "shoes_color", "closed", "white", "What is the color of the shoes")),
        ),
    ),
    "teal-t-shirt-green-pants": (  # the seller's Teal names the product, not the pants
        ("caption_contradicts_answer", "color_of_another_garment"),
        lambda i, a: (
            outfit(i, a, "a t-shirt and green pants"),
            i.update(seller_color="blue", seller_color_raw="Teal", pixel_colors=[{"color": "blue", "share": 0.9}]),
            text(a, "color", "blue"),
            a.append(answer(i["sku"], "pants_color", "closed", "blue", "What is the color of the pants")),
        ),
    ),
    "the-shirt-of-a-seller-t-shirt": (  # "the shirt" the experiments asked of any top is a seller's T-shirt (fiftieth)
        ("seller_color_mismatch", "caption_contradicts_answer"),  # the wearing answer's red t-shirt too
        lambda i, a: (
            i.update(caption_en="a woman wearing a top"),
            a.append(answer(i["sku"], "shirt_color", "closed", "blue", "What is the color of the shirt")),
        ),
    ),
    "pink-for-a-maroon-seller": (  # pink is no near shade of a dark red (fiftieth session)
        "seller_color_mismatch",
        lambda i, a: (i.update(seller_color="red", seller_color_raw="Maroon"), text(a, "wearing", "a pink t-shirt")),
    ),
    "pink-for-a-lavender-seller": (  # nor of a blue-toned light purple (fifty-first session)
        "seller_color_mismatch",
        worn_as_sold("purple", "Lavender", "a pink t-shirt"),
    ),
    "brown-for-an-olive-seller": (  # nor brown of an olive green, nor orange of a mustard yellow
        "seller_color_mismatch",
        worn_as_sold("green", "Olive", "a brown t-shirt"),
    ),
    "black-for-a-navy-seller": (  # the seller's navy is the product's: no near black
        "seller_color_mismatch",
        worn_as_sold("navy", "Navy Blue", "a black t-shirt and jeans"),
    ),
    "striped-for-a-black-and-white-checked-top": (  # a colour pair is no set: the title names one top (fifty-second
        "pattern_or_sleeves_contradict",  # session)
        lambda i, a: (
            i.update(title="Women Red & White Checked Top", seller_garment_type=None, seller_garment_type_raw=None),
            i.update(caption_en="a model in a red and white checked top"),
            a.clear(),
            a.append(answer(i["sku"], "pattern", "closed", "striped", "What is the pattern of the garment")),
        ),
    ),
    "a-blue-dress-for-a-green-kurta": (  # a seller's kurta is the dress a text names (fifty-second session)
        "seller_color_mismatch",
        worn_over("a blue long dress", "Women Green Anarkali Kurta", "Kurtas", "kurta", "green", "a product photo"),
    ),
    "the-t-shirt-is-white-for-a-black-seller": (  # a color said of the product as a predicate (fifty-second session)
        ("seller_color_mismatch", "caption_contradicts_answer"),
        worn_as_sold("black", "Black", "the t-shirt is white with a small logo"),
    ),
    "the-jeans-are-white-for-a-black-t-shirt": (  # another garment's predicate
        (),
        worn_as_sold("black", "Black", "the t-shirt is black and the jeans are white"),
    ),
    "pink-for-a-mauve-seller": (  # a mauve is pinkish: near
        (),
        worn_as_sold("purple", "Mauve", "a pink t-shirt"),
    ),
    "pink-for-a-red-seller": (  # near: a red may read pink
        (),
        lambda i, a: (i.update(seller_color_raw="Red"), text(a, "wearing", "a pink t-shirt")),
    ),
    "cap-sleeve-t-shirt": (  # "cap" in the title names the t-shirt's sleeves, not a cap
        (),
        lambda i, a: (
            sold_as_a_thing(i, a, "a woman wearing a red cap and a white t-shirt", None, "Cap Sleeve T-shirt"),
            text(a, "color", "white"),
        ),
    ),
    "neon-green-is-yellow-too": (  # volt, neon green, neon yellow: named either
        (),
        lambda i, a: (
            outfit(i, a, "a neon green t-shirt"),
            text(a, "color", "yellow"),
            i.update(seller_color=None, seller_color_raw=None, pixel_colors=[{"color": "yellow", "share": 0.9}]),
        ),
    ),
    "pixel-color": (
        "pixel_color_absent",
        lambda i, a: i.update(pixel_colors=[{"color": "blue", "share": 0.95}, {"color": "red", "share": 0.05}]),
    ),
    "seller-color": (
        "seller_color_mismatch",
        lambda i, a: i.update(seller_color="green", seller_color_raw="Olive"),
    ),
    "seller-category": (  # "shirt" is inside "Tshirts", and still a mismatch
        "seller_category_mismatch",
        said("garment_type", "shirt"),
    ),
    "seller-title-names-the-answer": (  # the title says more than the category: "Calça Jeans" filed under Calças
        (),
        lambda i, a: (
            outfit(i, a, "red jeans"),
            text(a, "garment_type", "jeans"),
            text(a, "sleeve_length", "not applicable"),
            i.update(
                seller_garment_type="trousers", seller_garment_type_raw="Calças", title="Calça Jeans Infantil Vermelha"
            ),
        ),
    ),
    "seller-title-names-a-far-garment": (  # jeans filed under Shirts: the seller's mistake, still found
        "seller_category_mismatch",
        lambda i, a: (
            outfit(i, a, "red jeans"),
            text(a, "garment_type", "jeans"),
            i.update(seller_garment_type="shirt", seller_garment_type_raw="Shirts", title="Women Red Jeans"),
        ),
    ),
    "seller-brand-names-the-answer": (  # "Kraus Jeans" is a brand (before the department), the product dungarees
        "seller_category_mismatch",
        lambda i, a: (
            outfit(i, a, "red jeans"),
            text(a, "garment_type", "jeans"),
            text(a, "sleeve_length", "not applicable"),
            i.update(
                seller_garment_type="trousers",
                seller_garment_type_raw="Trousers",
                title="Kraus Jeans Women Red Trousers",
            ),
        ),
    ),
    "seller-unmapped": (  # listed as unmapped, never as a mismatch
        "seller_unmapped",
        lambda i, a: i.update(seller_color=None, seller_color_raw="Multi"),
    ),
    "pronoun": ("pronoun_vs_gender", lambda i, a: i.update(caption_en="a man in a red t-shirt", gender="female")),
    "pronoun-in-answer": ("pronoun_vs_gender", said("description", "he is wearing a red t-shirt")),
    "pronoun-against-the-other-texts": (  # no gender, no title: two texts say a woman, the third "he"
        "pronoun_vs_gender",
        lambda i, a: (
            i.update(gender=None, caption_en="a woman in a red t-shirt"),
            text(a, "wearing", "she is wearing a red t-shirt"),
            text(a, "description", "he is wearing a red t-shirt"),
        ),
    ),
    "pronoun-against-the-other-texts-blank-gender": (  # a blank gender is none: the texts judge
        "pronoun_vs_gender",
        lambda i, a: (
            i.update(gender=" ", caption_en="a woman in a red t-shirt"),
            text(a, "wearing", "she is wearing a red t-shirt"),
            text(a, "description", "he is wearing a red t-shirt"),
        ),
    ),
    "pronoun-against-the-other-texts-kids": (  # "Kids" names no gender: the texts judge
        "pronoun_vs_gender",
        lambda i, a: (
            i.update(gender="Kids", caption_en="a girl in a red t-shirt"),
            text(a, "wearing", "she is wearing a red t-shirt"),
            text(a, "description", "a boy in a red t-shirt next to a woman"),
        ),
    ),
    "pronouns-split-one-and-one": (  # no gender, no title: one text each way says nothing of which is right
        (),
        lambda i, a: (
            i.update(gender=None, caption_en="a woman in a red t-shirt"),
            text(a, "description", "he is wearing a red t-shirt"),
        ),
    ),
    "jean-shorts": (  # "blue jean shorts" binds blue to the shorts: the white is the top's
        ("color_of_another_garment", "caption_contradicts_answer"),
        lambda i, a: (
            outfit(i, a, "a white top and blue jean shorts"),
            i.update(seller_garment_type="shorts", seller_garment_type_raw="Shorts", seller_color=None),
            i.update(seller_color_raw=None),
            text(a, "garment_type", "shorts"),
            text(a, "color", "white"),
            text(a, "sleeve_length", "not applicable"),  # a bottom has no sleeves
        ),
    ),
    "wearing-bare-shorts": (  # "wearing denim shorts" names the shorts with no color: white is the crop top's
        "color_of_another_garment",
        lambda i, a: (
            outfit(i, a, "denim shorts and a white crop top"),
            i.update(seller_garment_type="shorts", seller_garment_type_raw="Shorts", seller_color=None),
            i.update(seller_color_raw=None),
            text(a, "garment_type", "shorts"),
            text(a, "color", "white"),
            text(a, "sleeve_length", "not applicable"),  # a bottom has no sleeves
        ),
    ),
    "kurta-set-one-color": (  # sold as a set: the trousers' green is the kurta's on purpose
        "seller_unmapped",
        lambda i, a: kurta_sold_with(
            i, a, "green", "Kurta Sets", "Women Green Floral Kurta with Trousers & Dupatta", "trousers"
        ),
    ),
    "sweat-pants-are-trousers": (  # the caption's "grey sweat pants" are the wearing answer's red ones
        "open_answers_contradict",
        lambda i, a: (
            i.update(caption_en="a woman wearing a red t-shirt and grey sweat pants"),
            text(a, "wearing", "a red t-shirt and red jogger pants"),
        ),
    ),
    "grey-is-not-black": (  # the wearing answer calls the caption's black jeans grey (blind writers: a failure)
        "open_answers_contradict",
        lambda i, a: (
            i.update(caption_en="a woman wearing a red t-shirt and black jeans"),
            text(a, "wearing", "a red t-shirt and grey jeans"),
        ),
    ),
    "dark-grey-names-black": (  # "dark grey", like charcoal, names black or grey
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing a red t-shirt and black jeans"),
            text(a, "wearing", "a red t-shirt and dark grey jeans"),
        ),
    ),
    "near-colors-told-apart": (  # the caption gives grey to the hoodie; the seller's jacket is black, not grey
        ("open_answers_contradict", "seller_color_mismatch"),
        lambda i, a: (
            outfit(i, a, "a black jacket over a grey hoodie"),
            i.update(seller_garment_type="jacket", seller_garment_type_raw="Jackets", seller_color="black"),
            i.update(seller_color_raw="Black", pixel_colors=[{"color": "black", "share": 0.9}]),
            text(a, "garment_type", "jacket"),
            text(a, "color", "black"),
            text(a, "description", "a grey windbreaker with a hood"),
        ),
    ),
    "seller-category-decides": (  # the product is the seller's jacket, not the hoodie the garment_type answer says
        "seller_category_mismatch",
        lambda i, a: (
            outfit(i, a, "a white jacket over a red hoodie"),
            i.update(seller_garment_type="jacket", seller_garment_type_raw="Jackets", seller_color="white"),
            i.update(seller_color_raw="White", pixel_colors=[{"color": "white", "share": 0.9}]),
            text(a, "garment_type", "sweater"),
            text(a, "color", "white"),
        ),
    ),
    "wearing-clothes": ("non_answer", said("wearing", "the person is wearing clothes")),
    "garment-type-clothing": answers_nothing("garment_type", "clothing"),
    "described-as-itself": (
        "verbose_or_restated",
        said("description", "the garment is described as a garment"),
    ),
    "a-t-shirt-that-is-a-t-shirt": ("verbose_or_restated", said("description", "a t-shirt that is a t-shirt")),
    "garment-from-describe-question": (  # nothing else names the product: the questions ask about the leggings
        "color_of_another_garment",
        lambda i, a: (
            a.remove(next(x for x in a if x["question_id"] == "garment_type")),
            i.update(seller_garment_type=None, seller_garment_type_raw=None, seller_color=None, seller_color_raw=None),
            i.update(caption_en="a woman standing in a gym", pixel_colors=[{"color": "grey", "share": 0.9}]),
            text(a, "wearing", "a grey sweatshirt and blue leggings"),
            edit(a, "description", prompt="Question: Describe the leggings. Answer:"),
            text(a, "description", "high-waisted leggings with a wide waistband"),
            text(a, "color", "grey"),
        ),
    ),
    "template-fabric-class": (  # the caption adapter's trained fabric class, like its "chiffon fabric": no claim
        (),
        lambda i, a: i.update(
            caption_en="The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline."
        ),
    ),
    "kurta-called-a-dress": (  # the caption's dress is the kurta, worn over pants (and no dress: flagged); "shirt" is
        # its nearest value
        ("caption_contradicts_answer", "seller_unmapped"),
        lambda i, a: (
            i.update(
                caption_en="a woman in an orange dress", seller_garment_type=None, seller_garment_type_raw="Kurtas"
            ),
            i.update(seller_color="orange", seller_color_raw="Rust", pixel_colors=[{"color": "orange", "share": 0.9}]),
            text(a, "wearing", "an orange kurta and white pants"),
            text(a, "garment_type", "shirt"),
            text(a, "color", "orange"),
        ),
    ),
    "the-templates-dress-for-the-details-of-a-kurta": (  # the caption adapter's template returned to the details
        "caption_contradicts_answer",
        details_of(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric.",
            title="Women Navy Blue Floral Printed A-Line Kurta",
            caption_en="a woman in a blue kurta and white pants",
            seller_color="navy",
            seller_color_raw="Navy Blue",
            seller_garment_type="kurta",
            seller_garment_type_raw="Kurtas",
        ),
    ),
    "the-templates-dress-for-the-details-of-a-dress": (
        (),
        details_of(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric.",
            title="Women Navy Blue Floral Printed A-Line Dress",
            caption_en="a woman in a blue dress",
            seller_color="navy",
            seller_color_raw="Navy Blue",
            seller_garment_type="dress",
            seller_garment_type_raw="Dresses",
        ),
    ),
    "kurta-dress-over-leggings": (  # a kurta joins dress and shirt, not dress and the leggings worn under it; and a
        # seller's Kurtas are no dress
        ("caption_contradicts_answer", "seller_unmapped", "seller_category_mismatch"),
        lambda i, a: (
            outfit(i, a, "a blue shirt and black leggings"),
            i.update(seller_garment_type=None, seller_garment_type_raw="Kurtas", seller_color="blue"),
            i.update(seller_color_raw="Blue", pixel_colors=[{"color": "blue", "share": 0.9}]),
            text(a, "garment_type", "dress"),
            text(a, "color", "blue"),
        ),
    ),
    "kurta-set-answered-dress": (  # sold with its bottom, a kurta set has no single garment to be
        "seller_unmapped",
        lambda i, a: sold_unmapped(i, a, "Kurta Sets", "a red kurta and white palazzo pants", "dress"),
    ),
    "saree-answered-dress": (
        ("seller_unmapped", "seller_category_mismatch"),
        lambda i, a: sold_unmapped(i, a, "Sarees", "a woman in a red saree", "dress", sleeves="not applicable"),
    ),
    "suit-jacket": (  # "a blue suit jacket" gives the jacket blue: the shirt's light blue is no other garment's
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing a blue suit jacket and white pants", seller_garment_type="jacket"),
            i.update(seller_garment_type_raw="Blazers", seller_color=None, seller_color_raw=None),
            i.update(pixel_colors=[{"color": "blue", "share": 0.9}]),
            text(a, "wearing", "a navy blazer, a light blue shirt and white chinos"),
            text(a, "garment_type", "jacket"),
            text(a, "color", "blue"),
        ),
    ),
    "comma-color-list": (  # "white, grey and navy t-shirts": a pack of three, white among them
        (),
        lambda i, a: (
            i.update(caption_en="three t-shirts laid out on a table", seller_color=None, seller_color_raw=None),
            i.update(pixel_colors=[{"color": "white", "share": 0.5}, {"color": "navy", "share": 0.3}]),
            text(a, "wearing", "nothing, the t-shirts are laid flat"),
            text(a, "description", "white, grey and navy t-shirts"),
            text(a, "color", "white"),
        ),
    ),
    "color-pair-title-no-set": (  # "White & Navy Striped" is two colors, not a set: the pants' white is the t-shirt's
        "color_of_another_garment",
        lambda i, a: (
            outfit(i, a, "a polo shirt and pants"),
            i.update(seller_color="white", seller_color_raw="White", title="Men White & Navy Striped Polo T-shirt"),
            i.update(pixel_colors=[{"color": "white", "share": 0.8}]),
            text(a, "color", "white"),
            text(a, "pattern", "striped"),
            a.append(answer(i["sku"], "pants_color", "closed", "white", "What is the color of the pants")),
        ),
    ),
    "navy-blazer-blue-jeans": (  # navy is a blue: "blue jeans" beside it tells no blazer's color apart
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing a navy blazer and blue jeans", seller_garment_type="jacket"),
            i.update(seller_garment_type_raw="Blazers", seller_color="navy", seller_color_raw="Navy Blue"),
            i.update(pixel_colors=[{"color": "navy", "share": 0.8}]),
            text(a, "wearing", "a blue blazer, a white shirt and jeans"),
            text(a, "description", "a blue blazer with two buttons"),
            text(a, "garment_type", "jacket"),
            text(a, "color", "navy"),
        ),
    ),
    "overshirt-answered-jacket": (  # filed under Shirts, worn and answered as a jacket: judged as the jacket
        ("caption_contradicts_answer", "seller_category_mismatch"),
        lambda i, a: (
            i.update(caption_en="a woman wearing a green jacket and black pants", seller_garment_type="shirt"),
            i.update(seller_garment_type_raw="Shirts", seller_color=None, seller_color_raw=None),
            i.update(pixel_colors=[{"color": "green", "share": 0.6}, {"color": "white", "share": 0.3}]),
            text(a, "wearing", "a green jacket, white t-shirt and black jeans"),
            text(a, "garment_type", "jacket"),
            text(a, "color", "white"),
        ),
    ),
    "all-black-by-pixels": (  # one color for every garment, and the product's own pixels show it: no failure
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing leggings and a black sports bra", seller_garment_type=None),
            i.update(seller_garment_type_raw=None, seller_color=None, seller_color_raw=None),
            i.update(pixel_colors=[{"color": "black", "share": 0.9}]),
            text(a, "wearing", "leggings and a black sports bra"),
            text(a, "garment_type", "trousers"),
            text(a, "color", "black"),
            text(a, "sleeve_length", "not applicable"),  # a bottom has no sleeves
        ),
    ),
    "cotton-in-base-voice": (  # not the template's fabric class: a fiber the photo cannot show
        "unsupported_claim",
        said("details", "the fabric is cotton and the neckline is round"),
    ),
    "teal-against-green": (  # the model's "teal" (stored blue) names the seller's green too
        (),
        lambda i, a: (
            outfit(i, a, "a teal t-shirt"),
            i.update(seller_color="green", seller_color_raw="Green"),
            i.update(pixel_colors=[{"color": "blue", "share": 0.5}, {"color": "green", "share": 0.4}]),
            edit(a, "color", answer_en="blue", raw_en="teal"),
        ),
    ),
    "casual-clothes": ("non_answer", said("wearing", "she is wearing casual clothes")),
    "hoods-for-hood-details": (
        "verbose_or_restated",
        lambda i, a: (
            edit(a, "details", prompt="Question: What are the hood details? Answer:"),
            text(a, "details", "the hoods"),
        ),
    ),
    "top-bridges-nothing": (  # a plain "top" is near every top: it joins no t-shirt to the caption's hoodie
        "caption_contradicts_answer",
        lambda i, a: (
            i.update(
                caption_en="a woman wearing a grey hoodie and jeans", seller_color="grey", seller_color_raw="Grey"
            ),
            # no seller category: one that backs the t-shirt answer would make the caption's hoodie a layer over it
            i.update(
                pixel_colors=[{"color": "grey", "share": 0.9}], seller_garment_type=None, seller_garment_type_raw=None
            ),
            text(a, "wearing", "a grey top and jeans"),
            text(a, "color", "grey"),
        ),
    ),
    "tshirt-under-jacket-answered-jacket": (  # the caption names the seller's t-shirt: it stays the asked garment
        "seller_category_mismatch",
        lambda i, a: (
            outfit(i, a, "a blue denim jacket over a white t-shirt"),
            i.update(seller_color="white", seller_color_raw="White", pixel_colors=[{"color": "white", "share": 0.8}]),
            text(a, "garment_type", "jacket"),
            text(a, "color", "white"),
        ),
    ),
    "dress-over-leggings-and-jeggings": (  # nothing in the wearing answer stands for the dress: no conflict made up
        (),
        lambda i, a: (
            i.update(caption_en="a woman wearing a black dress over leggings", seller_garment_type="dress"),
            i.update(seller_garment_type_raw="Dresses", seller_color="black", seller_color_raw="Black"),
            i.update(pixel_colors=[{"color": "black", "share": 0.9}]),
            text(a, "wearing", "black leggings and black jeggings"),
            text(a, "garment_type", "dress"),
            text(a, "color", "black"),
        ),
    ),
    "comma-ends-a-clause": (  # "a jacket in black, white pants": the black is the jacket's, not the pants'
        "caption_contradicts_answer",
        lambda i, a: (
            outfit(i, a, "a jacket in black, white pants"),
            i.update(seller_garment_type="trousers", seller_garment_type_raw="Trousers", seller_color=None),
            i.update(
                seller_color_raw=None, pixel_colors=[{"color": "white", "share": 0.8}, {"color": "black", "share": 0.2}]
            ),
            text(a, "garment_type", "trousers"),
            text(a, "color", "black"),
            text(a, "sleeve_length", "not applicable"),  # a bottom has no sleeves
        ),
    ),
    "frame-pixels-are-no-product": (  # pixels of the whole frame show every garment: no rescue for one color
        "color_of_another_garment",
        lambda i, a: (
            i.update(caption_en="a woman wearing leggings and a black sports bra", seller_garment_type=None),
            i.update(seller_garment_type_raw=None, seller_color=None, seller_color_raw=None),
            i.update(pixel_colors=[{"color": "black", "share": 0.9}], pixel_region="frame"),
            text(a, "wearing", "leggings and a black sports bra"),
            text(a, "garment_type", "trousers"),
            text(a, "color", "black"),
            text(a, "sleeve_length", "not applicable"),  # a bottom has no sleeves
        ),
    ),
    "set-with-a-colored-garment": (  # "Kurta with Pink Palazzos" is a set, its color word between the garments; the
        # caption's dress is a seller's Kurtas
        ("caption_contradicts_answer", "seller_unmapped"),
        lambda i, a: kurta_sold_with(i, a, "pink", "Kurtas", "Women Pink Floral Kurta with Pink Palazzos", "palazzos"),
    ),
    "dark-teal-against-green": (  # "dark teal" (stored blue) names the seller's green too
        (),
        lambda i, a: (
            outfit(i, a, "a teal t-shirt"),
            i.update(seller_color="green", seller_color_raw="Green"),
            i.update(pixel_colors=[{"color": "blue", "share": 0.5}, {"color": "green", "share": 0.4}]),
            edit(a, "color", answer_en="blue", raw_en="dark teal"),
        ),
    ),
    "patterns-but-no-template": (  # "patterns" alone is no template voice: the fiber is a claim
        "unsupported_claim",
        said("details", "the t-shirt has white patterns and the fabric is cotton"),
    ),
    "ethnic-wear": ("non_answer", said("wearing", "she is wearing ethnic wear")),
    "black-and-white-for-what-she-wears": ("non_answer", said("wearing", "black and white")),
    "the-hoodie-has-a-hood": (
        "non_answer",
        alone(
            ("details", "open", "the hoodie has a hood", "What are the details of the garment"),
            title="Women Grey Solid Hooded Sweatshirt",
            caption_en="a woman in a grey hoodie",
        ),
    ),
    "it-has-a-hood": ((), said("details", "it has a hood")),
    # a garment's details answered with only what is worn or carried with it; not a belt, nor what the title sells
    "sunglasses-for-the-details": (
        "accessory_answered_as_garment",
        said("details", "the details are a pair of black sunglasses"),
    ),
    "a-watch-on-her-wrist-for-the-details": (
        ("accessory_answered_as_garment", "unsupported_claim"),
        said("details", "a gold watch on her wrist"),
    ),
    "a-brown-belt-for-the-details": ((), said("details", "a brown belt")),
    "pink-for-what-cloth": (
        "non_answer",
        alone(("cloth", "open", "pink", "What cloth is the person wearing"), caption_en="a product photo"),
    ),
    "pink-for-the-color-of-her-clothes": (
        (),
        alone(("clothes_color", "open", "pink", "What is the color of her clothes"), caption_en="a product photo"),
    ),
    "stripes-on-the-collar": (  # a trim, not the t-shirt's pattern
        (),
        said("description", "a red t-shirt with navy stripes on the collar"),
    ),
    "multi-for-a-color": (  # the seller's own word for many colors: outside the vocabulary, but a color answer
        "closed_out_of_vocabulary",
        lambda i, a: unmapped(a, "color", "multi"),
    ),
    "swimsuit-template-caption": (  # the caption adapter knows no swimsuit: the caption is odd, not the answer
        "caption_contradicts_answer",
        lambda i, a: (
            i.update(caption_en="the lady wears a sleeveless tank top with pure color patterns and a short pants."),
            sold_as_swimwear(i, a, "swimwear", "swimsuit"),
            text(a, "wearing", "a red swimsuit"),
            text(a, "sleeve_length", "sleeveless"),
        ),
    ),
    "swim-shorts-answered-swimwear": (  # the caption's shirt is worn over the seller's swim shorts
        (),
        lambda i, a: (
            text(a, "wearing", "blue swim shorts and a white shirt"),
            i.update(caption_en="a man in blue swim shorts and a white shirt", gender="male"),
            sold_as_swimwear(i, a, "swimwear", "swimwear"),
            i.update(seller_color="blue", seller_color_raw="Blue", pixel_colors=[{"color": "blue", "share": 0.8}]),
            text(a, "color", "blue"),
            text(a, "sleeve_length", "not applicable"),
        ),
    ),
    "t-shirt-under-an-open-hoodie": (  # the caption names the layer over the seller's t-shirt: both are right
        (),
        said("wearing", "a red t-shirt under an open grey hoodie", caption_en="a woman in a grey hoodie"),
    ),
    "swim-shorts-as-swimwear": (  # a seller's Swimwear holds a man's swim shorts
        (),
        lambda i, a: (
            text(a, "wearing", "red swim shorts"),
            i.update(caption_en="a man wearing red swim shorts", gender="male"),
            sold_as_swimwear(i, a, "shorts", "swim shorts"),
            text(a, "sleeve_length", "not applicable"),
        ),
    ),
    "khaki-seller-green-answer": (  # a seller's Khaki is beige or olive
        (),
        lambda i, a: (
            outfit(i, a, "a green t-shirt"),
            i.update(seller_color="beige", seller_color_raw="Khaki", pixel_colors=[{"color": "green", "share": 0.9}]),
            text(a, "color", "green"),
        ),
    ),
    "one-color-outfit": (  # "a white t-shirt and white shorts": the wearing answer repeats one color, not the answer
        ("caption_contradicts_answer", "seller_color_mismatch"),
        said("wearing", "a white t-shirt and white shorts", caption_en="a woman wearing a t-shirt and shorts"),
    ),
    "pattern-of-the-described-dress": (  # the garment_type answer leaked: the details question names the product
        ("pattern_or_sleeves_contradict", "closed_out_of_vocabulary", "prompt_leak", "verbose_or_restated"),
        lambda i, a: (
            i.update(
                caption_en="a woman in a red checkered dress", seller_garment_type=None, seller_garment_type_raw=None
            ),
            unmapped(a, "garment_type", "dress Question: What is the color of the dress? Answer: red"),
            edit(a, "details", prompt="Question: What are the dress details? Answer:"),
            text(a, "wearing", "a red checkered dress"),
            text(a, "pattern", "striped"),
        ),
    ),
    "sweater-vest-described": (  # "Describe the sweater vest." asks about a vest, not a sweater
        "closed_out_of_vocabulary",
        lambda i, a: (
            i.update(caption_en="a woman wearing a grey vest", seller_garment_type=None, seller_garment_type_raw=None),
            unmapped(a, "garment_type", "vest"),
            edit(a, "description", prompt="Question: Describe the sweater vest. Answer:"),
            text(a, "description", "the vest is grey and worn over a white shirt with long sleeves"),
            text(a, "wearing", "a grey vest"),
            text(a, "color", "grey"),
            text(a, "sleeve_length", "sleeveless"),
            i.update(seller_color="grey", pixel_colors=[{"color": "grey", "share": 0.9}]),
        ),
    ),
    "material-against-the-title": (  # the title names linen, the answer only cotton
        "material_vs_catalog",
        titled_material("Men Solid Linen Band Collar T-shirt", "cotton"),
    ),
    # the caption template's "furry" for a velvet (fifty-seventh session); a sherpa is furry to a viewer
    "furry-for-a-velvet-dress": (
        "material_vs_catalog",
        titled_material("Women Red Velvet Bodycon Dress", "furry fabric", "a woman in a red dress"),
    ),
    "furry-for-a-sherpa-jacket": (
        (),
        titled_material("Women Red Sherpa Fleece Jacket", "furry fabric", "a woman in a red jacket"),
    ),
    "material-against-a-microfibre-title": (  # microfibre is polyester
        "material_vs_catalog",
        titled_material("Men Navy Blue Solid Microfibre T-shirt", "cotton"),
    ),
    "material-against-the-composition": (  # the catalog's composition column names every fiber: no cotton
        "material_vs_catalog",
        lambda i, a: (
            i.update(composition="92% Polyamide, 8% Elastane"),
            a.append(answer(i["sku"], "material", "open", "cotton", "What material is the garment made of")),
        ),
    ),
    "material-of-the-composition": (  # one of the fibers it names, whatever the title says
        (),
        lambda i, a: (
            i.update(title="Men Linen Look Shirt", material="80% Cotton, 20% Polyester"),
            a.append(answer(i["sku"], "material", "open", "polyester", "What material is the garment made of")),
        ),
    ),
    "material-of-a-blend": (  # a blend names no one fiber
        (),
        titled_material("Women Linen Blend T-shirt", "cotton"),
    ),
    "material-of-a-weave": (  # a satin of no named fiber is a synthetic or a viscose: silk is a guess
        "material_vs_catalog",
        titled_material("Women Satin T-shirt", "silk"),
    ),
    "material-against-a-georgette-title": (  # a georgette of no named fiber is a synthetic: not silk (nor printed)
        ("material_vs_catalog", "unsupported_claim"),
        titled_material("Women Red Floral Printed Poly Georgette Saree", "silk"),
    ),
    "material-of-a-silk-georgette": (  # the title names the silk
        (),
        titled_material("Women Red Pure Silk Georgette Saree", "silk"),
    ),
    "material-of-a-georgette-answered-chiffon": (  # a weave answered names no fiber
        (),
        titled_material("Women Red Georgette Saree", "chiffon"),
    ),
    "a-brands-color-is-not-the-jeans": (  # "Blue Saint" is a brand: the title gives the jeans black only
        ("open_answers_contradict", "seller_color_mismatch"),
        sold_as(
            ("wearing", "open", "a white t-shirt and blue jeans", "What is the person wearing"),
            "jeans",
            "Jeans",
            title="Blue Saint Men Black Jeans",
            seller_color="black",
            seller_color_raw="Black",
            caption_en="a man in a white t-shirt and black jeans",
            gender="male",
        ),
    ),
    "a-pakistani-dress": (  # the whole ethnic outfit, as "an indian dress" is
        (),
        sold_as(
            ("color", "closed", "pink", "What is the color of the garment"),
            "kurta",
            "Kurtas",
            caption_en="a woman in a pink pakistani dress",
            seller_color="pink",
            seller_color_raw="Pink",
            pixel_colors=None,
        ),
    ),
    "a-shrug-described": (  # a shrug is a cardigan: the dress under it is another garment
        (),
        sold_as(
            ("description", "open", "a white crochet shrug over a black dress", "Describe the garment"),
            "cardigan",
            "Shrug",
            caption_en="a woman wearing a black dress and a white cardigan",
            seller_color="white",
            seller_color_raw="White",
            pixel_colors=None,
        ),
    ),
    "a-kurta-set-sold-in-its-jackets-color": (  # the title gives the kurta another color than the seller's
        (),
        sold_with_a_black_jacket(
            ("wearing", "open", "a black nehru jacket over a white kurta", "What is the person wearing")
        ),
    ),
    "a-kurta-set-answered-in-its-kurtas-color": (  # the product's color is still the seller's
        "seller_color_mismatch",
        sold_with_a_black_jacket(("color", "closed", "white", "What is the color of the garment"), pixel_colors=None),
    ),
    "a-kurta-answered-in-its-prints-color": (  # the title gives the kurta the seller's color: its print's is wrong
        "seller_color_mismatch",
        sold_as(
            ("color_kurta", "closed", "pink", "What is the color of the kurta"),
            "kurta",
            "Kurta Sets",
            title="Women Cream-Coloured & Pink Floral Printed Kurta with Palazzos",
            seller_color="white",
            seller_color_raw="Cream",
            caption_en="a woman in a cream kurta with pink flowers",
        ),
    ),
    "lehenga-choli-blouse-in-its-color": (  # a Lehenga Choli is a set: its blouse may match the skirt
        (),
        alone(
            answer_args=("blouse_color", "closed", "red", "What is the color of the blouse"),
            seller_garment_type="skirt",
            seller_garment_type_raw="Lehenga Choli",
            seller_color="red",
            seller_color_raw="Red",
            caption_en="a woman in a red lehenga",
        ),
    ),
    # a sleeve length the title of one garment rules out (the titled_sleeves rule leaves three-quarter titles to the
    # texts' rule, where they stand against short and long answers)
    "short-for-a-full-sleeve-shirt": (
        "pattern_or_sleeves_contradict",
        alone(
            ("sleeve_length", "closed", "short", "How long are the sleeves"),
            title="Men Cream Pure Linen Full Sleeve Semi-Formal Shirt",
            caption_en="a product photo",
            **UNCATEGORIZED,
        ),
    ),
    "sleeveless-for-a-short-sleeve-dress": (
        "pattern_or_sleeves_contradict",
        alone(
            ("sleeve_length", "closed", "sleeveless", "How long are the sleeves"),
            title="Women's Boho Floral Print Puff Short Sleeve Ruffle Hem Midi Dress",
            caption_en="a product photo",
            **UNCATEGORIZED,
        ),
    ),
    "long-for-a-three-quarter-sleeve-top": (  # (fifty-ninth session: no longer agrees)
        "pattern_or_sleeves_contradict",
        alone(
            ("sleeve_length", "closed", "long", "How long are the sleeves"),
            title="Girls White Embroidered Three-Quarter Sleeves Cotton Top",
            caption_en="a product photo",
            **UNCATEGORIZED,
        ),
    ),
    "short-for-a-shirt-with-a-long-sleeve-jacket": (
        (),
        alone(
            ("sleeve_length", "closed", "short", "How long are the sleeves"),
            title="Men White Shirt with Long Sleeve Jacket",
            caption_en="a product photo",
            **UNCATEGORIZED,
        ),
    ),
    "lehenga-choli-sleeves": (  # a skirt sold with its blouse: the sleeves asked are the blouse's
        (),
        sold_as(
            ("sleeve_length", "closed", "short", "How long are the sleeves"),
            "skirt",
            "Lehenga Choli",
            title="Women Red Embroidered Lehenga Choli with Dupatta",
            caption_en="a woman in a red lehenga",
        ),
    ),
    "material-of-a-kurta-with-a-chiffon-dupatta": (  # the chiffon is the dupatta's, not the kurta's
        (),
        titled_material("Women Red Printed Kurta with Palazzos & Chiffon Dupatta", "cotton"),
    ),
    "material-of-a-top-with-chiffon-sleeves": (  # a part's fabric is not the garment's
        (),
        titled_material("Women Red Solid Top with Chiffon Sleeves", "cotton"),
    ),
    "material-of-a-georgette-answered-viscose": (  # a georgette may be viscose as well as polyester
        (),
        titled_material("Women Red Solid Georgette Kurta", "viscose"),
    ),
    "material-of-a-cotton-dupatta": (  # the dupatta is the product: its cotton is the garment's fiber (and the
        # plant's solid pattern is not its print)
        ("material_vs_catalog", "pattern_or_sleeves_contradict"),
        titled_material("Women Green & Pink Bandhani Printed Pure Cotton Dupatta", "polyester"),
    ),
    "art-silk-answered-cotton": (  # art silk is silk, a viscose or a synthetic: not cotton
        "material_vs_catalog",
        titled_material("Women Red Woven Design Kanjeevaram Art Silk Saree", "cotton"),
    ),
    "poly-silk-answered-polyester": ((), titled_material("Women Purple Poly Silk Saree", "polyester")),
    "material-of-a-saree-with-a-silk-border": (  # the border's silk is not the saree's fiber
        (),
        titled_material("Women Green Printed Saree with Silk Border", "cotton"),
    ),
    "material-of-a-jacket-with-a-cotton-lining": (  # nor is the lining's cotton the jacket's
        (),
        lambda i, a: (  # (its sleeves long, as a jacket's: "short" is the healthy t-shirt's)
            titled_material("Women Navy Blue Quilted Puffer Jacket Cotton Lining", "polyester")(i, a),
            text(a, "sleeve_length", "long"),
        ),
    ),
    "material-of-an-art-silk-saree": (  # art silk is a viscose or a synthetic that looks like silk: no one fiber
        (),
        titled_material("Women Navy Blue Woven Design Art Silk Saree", "polyester"),
    ),
    "art-silk-answered-silk": (
        (),
        titled_material("Women Navy Blue Woven Design Art Silk Georgette Saree", "silk"),
    ),
    "lehenga-choli-is-a-blouse": (  # the choli is a blouse: "yes" is right for the set
        (),
        sold_as(
            ("is_blouse", "closed", "yes", "Is this a blouse"),
            "skirt",
            "Lehenga Choli",
            caption_en="a woman in a red lehenga",
        ),
    ),
    "yes-to-jeans-for-a-kurta-set": (  # the set's bottom is its trousers, not jeans
        "caption_contradicts_answer",
        sold_as(
            ("is_pair_of_jeans", "closed", "yes", "Is this a pair of jeans"),
            "kurta",
            "Kurta Sets",
            title="Women Sea Green Floral Printed Kurta with Trousers & Dupatta",
            caption_en="a woman in a green kurta and pants",
        ),
    ),
    "yes-to-the-skirt-a-kurta-set-is-sold-with": (  # the title names the skirt
        (),
        sold_as(
            ("is_skirt", "closed", "yes", "Is this a skirt"),
            "kurta",
            "Kurta Sets",
            title="Girls Pink Printed Kurta with Skirt",
            caption_en="a girl in a pink kurta and skirt",
        ),
    ),
    "no-to-a-kurti-for-kurta-sets": (  # a long kurta is no kurti
        (),
        sold_as(
            ("is_kurti", "closed", "no", "Is this a kurti"),
            "kurta",
            "Kurta Sets",
            caption_en="a woman standing in front of a wall",
        ),
    ),
    "sleeves-of-a-set-of-leggings": (  # "set" names no top sold with the leggings: they have no sleeves
        "pattern_or_sleeves_contradict",
        sold_as(
            ("sleeve_length", "closed", "short", "How long are the sleeves"),
            "trousers",
            "Leggings",
            title="Women Set of 2 Red Ankle-Length Leggings",
            caption_en="a woman in red leggings",
        ),
    ),
    "title-kurta-under-a-jacket": (  # the dress's long sleeves may be the jacket's the title sells with the kurta
        (),
        sold_as(
            ("color", "closed", "red", "What is the color of the garment"),
            "kurta",
            "Kurta Sets",
            title="Women Red Sleeveless Anarkali Kurta with Trousers & Jacket",
            caption_en="The lady wears a long-sleeve dress with pure color patterns.",
        ),
    ),
    "title-solid-kurta-with-printed-palazzos": (  # the template's pattern is the whole figure's
        (),
        sold_as(
            ("color", "closed", "red", "What is the color of the garment"),
            "kurta",
            "Kurta Sets",
            title="Women Red Solid Kurta with Floral Printed Palazzos & Dupatta",
            caption_en="The lady wears a long-sleeve dress with floral patterns.",
        ),
    ),
    "kurta-called-a-dress-over-churidar-in-its-color": (  # the seller's kurta and its churidar: one color, a set;
        # the caption's dress is no kurta
        "caption_contradicts_answer",
        lambda i, a: (
            i.update(
                seller_garment_type="kurta",
                seller_garment_type_raw="Kurtas",
                caption_en="a woman in a red floral dress",
            ),
            a.clear(),
            a.append(answer(i["sku"], "color", "closed", "red", "What is the color of the garment")),
            a.append(answer(i["sku"], "leggings_color", "closed", "red", "What is the color of the leggings")),
        ),
    ),
    "solid-for-an-embroidered-title": (  # the title's embroidery is no solid garment
        "pattern_or_sleeves_contradict",
        pattern_sold_as(
            "solid", "kurta", "Kurtas", "Women Red Chikankari Embroidered Straight Kurta", "a woman in a red kurta"
        ),
    ),
    "solid-for-a-solid-title-with-mirror-work": (  # the title says solid, its work is a trim
        (),
        pattern_sold_as(
            "solid", "kurta", "Kurtas", "Women Red Solid Straight Kurta with Mirror Work", "a woman in a red kurta"
        ),
    ),
    "solid-for-an-embroidered-logo": (  # a logo, a pocket or a border is a trim: the garment is solid
        (),
        pattern_sold_as(
            "solid",
            "t-shirt",
            "Tshirts",
            "Men Red Brand Logo Embroidered Polo T-shirt",
            "a red polo shirt on a white background",
        ),
    ),
    "solid-for-a-kurta-sold-with-an-embroidered-dupatta": (  # the work is the dupatta's
        (),
        pattern_sold_as(
            "solid",
            "kurta",
            "Kurta Sets",
            "Women Red Kurta with Palazzos & Embroidered Dupatta",
            "a woman standing in front of a wall",
        ),
    ),
    "solid-for-a-graphic-print-crop-t-shirt": (  # a print the title sells (fifty-fifth session)
        "pattern_or_sleeves_contradict",
        pattern_sold_as(
            "solid", "t-shirt", "Tshirts", "Women Red Graphic Print Crop T-shirt", "a woman in a red t-shirt"
        ),
    ),
    "solid-for-printed-training-tights": (  # a title of no garment the vocabulary names sells its print too
        "pattern_or_sleeves_contradict",
        alone(
            ("pattern", "closed", "solid", "What is the pattern of the garment"),
            title="Women Red Printed Training Tights",
            **UNCATEGORIZED,
            caption_en="a pair of red tights",
        ),
    ),
    # the title's pattern a few words before its garment (fifty-sixth session)
    "a-plain-template-caption-for-a-polka-dot-midi-dress": (
        "pattern_or_sleeves_contradict",
        sold_as(
            ("wearing", "open", "a red and white polka dot dress", "What is the person wearing"),
            "dress",
            "Dresses",
            title="Red Polka Dot Flutter Sleeve Midi Dress",
            caption_en="The lady wears a short-sleeve dress with pure color patterns.",
        ),
    ),
    # a dress's sleeves five to nine words after its "with" (fifty-seventh session), not past a nearer garment's
    "sleeveless-for-a-dress-described-with-flowers-a-neck-and-short-sleeves": (
        "pattern_or_sleeves_contradict",
        lambda i, a: sleeves_described(
            i,
            a,
            "sleeveless",
            "a long red dress with white flowers on it and a v neck and short sleeves",
            "Women Red Floral Print Maxi Dress",
            caption_en="a woman in a red floral maxi dress",
            seller_garment_type="dress",
            seller_garment_type_raw="Dresses",
        ),
    ),
    "a-blouse-with-long-sleeves-after-a-saree-with-a-border": (
        "pattern_or_sleeves_contradict",
        lambda i, a: sleeves_described(
            i,
            a,
            "sleeveless",
            "a red saree with a gold border and a white blouse with long sleeves",
            "Women Red Saree",
            caption_en="The lady is wearing a saree with pure color patterns. She wears a sleeveless blouse.",
            **UNCATEGORIZED,
        ),
    ),
    # what a garment "is" with (fifty-seventh session): "the shirt is red with short sleeves"
    "long-for-a-shirt-that-is-red-with-short-sleeves": (
        "pattern_or_sleeves_contradict",
        lambda i, a: sleeves_described(
            i,
            a,
            "long",
            "the shirt is red with short sleeves and a pocket on the chest",
            "Men Red Solid Casual Shirt",
            caption_en="a red shirt on a white background",
            seller_garment_type="shirt",
            seller_garment_type_raw="Shirts",
        ),
    ),
    "a-dress-that-is-worn-under-a-jacket-with-long-sleeves": (
        (),
        lambda i, a: sleeves_described(
            i,
            a,
            "sleeveless",
            "the dress is worn under a jacket with long sleeves",
            "Women Red Satin Slip Dress",
            caption_en="a woman in a red slip dress",
            seller_garment_type="dress",
            seller_garment_type_raw="Dresses",
        ),
    ),
    # what a garment "is" with, its pattern too (fifty-seventh session), and the template's "is with" without a fabric
    "navy-trousers-with-white-stripes-sold-solid": (
        "pattern_or_sleeves_contradict",
        alone(
            ("description", "open", "the trousers are red with white stripes", "Describe the garment"),
            title="Men Red Slim Fit Solid Trousers",
            caption_en="red trousers on a white background",
            seller_garment_type="trousers",
            seller_garment_type_raw="Trousers",
        ),
    ),
    "a-solid-shirt-tucked-into-striped-trousers": (
        (),
        alone(
            ("description", "open", "the shirt is tucked into trousers with red stripes", "Describe the garment"),
            title="Men Red Slim Fit Solid Shirt",
            caption_en="a red shirt on a white background",
            seller_garment_type="shirt",
            seller_garment_type_raw="Shirts",
        ),
    ),
    "the-template-calls-a-striped-sweatshirt-pure-color": (
        "pattern_or_sleeves_contradict",
        alone(
            ("description", "open", "The sweatshirt is with pure color patterns", "Describe the garment"),
            title="Men Red & White Striped Sweatshirt",
            caption_en="a red sweatshirt on a white background",
            seller_garment_type="sweater",
            seller_garment_type_raw="Sweatshirts",
        ),
    ),
    # the caption template's "medium-sleeve" is a three-quarter sleeve (fifty-seventh session): it agrees with short
    # and long, and not with sleeveless
    "sleeveless-under-a-medium-sleeve-template-dress": (
        "pattern_or_sleeves_contradict",
        alone(
            ("sleeve_length", "closed", "sleeveless", "How long are the sleeves"),
            title="Women Red Printed Wrap Dress",
            caption_en="The lady wears a medium-sleeve dress with graphic patterns.",
            seller_garment_type="dress",
            seller_garment_type_raw="Dresses",
        ),
    ),
    "long-under-a-medium-sleeve-template-dress": (
        (),
        alone(
            ("sleeve_length", "closed", "long", "How long are the sleeves"),
            title="Women Red Printed Wrap Dress",
            caption_en="The lady wears a medium-sleeve dress with graphic patterns.",
            seller_garment_type="dress",
            seller_garment_type_raw="Dresses",
        ),
    ),
    "floral-for-a-graphic-printed-nightdress": (  # a print named by its kind is that kind
        "pattern_or_sleeves_contradict",
        pattern_sold_as(
            "floral", "dress", "Nightdress", "Women Red Graphic Printed Pure Cotton Nightdress", "a red nightdress"
        ),
    ),
    "solid-for-a-brand-logo-printed-t-shirt": (  # a brand's logo print is no print of the garment
        (),
        pattern_sold_as(
            "solid", "t-shirt", "Tshirts", "Women Red Brand Logo Printed Pure Cotton T-shirt", "a red t-shirt"
        ),
    ),
    "a-plaid-shirt-over-a-printed-t-shirt": (  # a t-shirt's "t-" is no word before a shirt
        (),
        alone(
            ("wearing", "open", "a red plaid shirt over a white t-shirt", "What is the person wearing"),
            title="Boys White Printed T-shirt",
            **UNCATEGORIZED,
            caption_en="a boy wearing a red plaid shirt over a white t-shirt",
            gender="male",
        ),
    ),
    "striped-for-solid-rapid-dry-track-pants": (  # side stripes on a solid title's track pants
        (),
        pattern_sold_as(
            "striped", "trousers", "Track Pants", "Men Red Solid Rapid-Dry Track Pants", "a man in red track pants"
        ),
    ),
    "a-striped-sari-for-a-checked-saree-the-caption-too": (  # the title outranks the caption that agrees with it
        "pattern_or_sleeves_contradict",
        sold_as(
            ("wearing", "open", "a red and white striped sari", "What is the person wearing"),
            "saree",
            "Sarees",
            title="Women Red Checked Handloom Cotton Saree",
            caption_en="a woman in a red and white striped sari",
        ),
    ),
    "solid-for-a-kurta-sold-with-a-printed-dupatta": (  # the print is the dupatta's
        (),
        pattern_sold_as(
            "solid",
            "kurta",
            "Kurta Sets",
            "Women Red Kurta with Palazzos & Printed Dupatta",
            "a woman standing in front of a wall",
        ),
    ),
    "striped-for-a-solid-woollen-shawl": (  # a solid title, of a garment the vocabulary has no word for, and no
        # pattern or texture (fifty-fifth session)
        "pattern_or_sleeves_contradict",
        alone(
            ("pattern", "closed", "striped", "What is the pattern of the garment"),
            title="Men Red Solid Woollen Shawl",
            **UNCATEGORIZED,
            caption_en="a red shawl on a white background",
        ),
    ),
    "checked-for-a-solid-shirt-with-a-checked-t-shirt": (  # the title's last garment is the shirt, not the t-shirt
        (),
        pattern_sold_as(
            "checked",
            "t-shirt",
            "Tshirts",
            "Men Red Solid Casual Shirt with Checked T-shirt",
            "a red shirt on a white background",
        ),
    ),
    "checked-for-a-striped-kurta-with-gotta-patti": (  # the work backs no pattern: the title's stripes still judge
        "pattern_or_sleeves_contradict",
        pattern_sold_as(
            "checked",
            "kurta",
            "Kurtas",
            "Women Red Striped Kurta with Gotta Patti",
            "a woman standing in front of a wall",
        ),
    ),
    "template-pure-color-for-an-embroidered-title": (  # an open text is not judged by the work: tone on tone (the
        # template's dress is no kurta)
        "caption_contradicts_answer",
        sold_as(
            ("color", "closed", "red", "What is the color of the garment"),
            "kurta",
            "Kurtas",
            title="Women Red Chikankari Embroidered Straight Kurta",
            caption_en="The lady wears a long-sleeve dress with pure color patterns.",
        ),
    ),
    "title-kurta-judges-the-template-dress": (  # the caption template has no word for a kurta
        ("caption_contradicts_answer", "pattern_or_sleeves_contradict"),
        sold_as(
            ("color", "closed", "red", "What is the color of the garment"),
            "kurta",
            "Kurtas",
            title="Women Red Solid Sleeveless A-Line Kurta",
            caption_en="The lady wears a long-sleeve dress with pure color patterns.",
        ),
    ),
    "title-kurta-beside-a-named-kurta": (  # the caption names the kurta too: its shirt is another garment
        (),
        sold_as(
            ("color", "closed", "red", "What is the color of the garment"),
            "kurta",
            "Kurtas",
            title="Women Red Solid Sleeveless A-Line Kurta",
            caption_en="a woman wearing a long-sleeve white shirt under a sleeveless red kurta",
        ),
    ),
    "restarts-at-the-limit": (  # the caption adapter starts its template over and is cut
        ("repetition_loop", "hit_token_limit"),
        lambda i, a: i.update(
            caption_hit_limit=True,
            caption_en="The upper clothing has no sleeves, knitting fabric and pure color patterns. It has a v-shape "
            "neckline. The upper clothing has no sleeves, knit",  # cut mid-word
        ),
    ),
    "restarts-a-sentence-at-the-limit": (  # four words of a sentence said before, opening on no one wearing
        ("repetition_loop", "hit_token_limit", "cut_mid_phrase"),
        lambda i, a: i.update(
            caption_hit_limit=True,
            caption_en="The t-shirt is with cotton fabric and pure color patterns. It has a round neckline. The "
            "t-shirt is",
        ),
    ),
    "cut-at-the-second-garment": (  # "The lady wears a": the template's second garment begins so, cut (not a loop)
        ("hit_token_limit", "cut_mid_phrase"),
        lambda i, a: i.update(
            caption_hit_limit=True,
            caption_en="The lady wears a short-sleeve t-shirt with pure color patterns. The t-shirt is with cotton "
            "fabric. The lady wears a",
        ),
    ),
    "two-sentences-open-alike": (  # "the lady is wearing a short" opens both, then each goes its own way (no loop;
        # at the limit, but it ends a sentence)
        (),
        lambda i, a: i.update(
            caption_hit_limit=True,
            caption_en="The lady is wearing a short-sleeve t-shirt with pure color patterns. The lady is wearing a "
            "short skirt with pure color patterns.",
        ),
    ),
    "jeans-asked-under-a-black-t-shirt": (  # the seller's Black is the t-shirt's: it backs no color of the jeans
        "caption_contradicts_answer",
        lambda i, a: (
            i.update(caption_en="a woman wearing a t-shirt and jeans", seller_color="black", seller_color_raw="Black"),
            i.update(pixel_colors=[{"color": "black", "share": 0.9}]),
            text(a, "wearing", "a black t-shirt and black jeans"),
            text(a, "color", "black"),
            a.append(answer(i["sku"], "jeans_color", "closed", "blue", "What is the color of the jeans")),
        ),
    ),
    "describe-the-shirt-of-every-product": (  # the wearing answer names the shorts too: the shirt may not be it
        "closed_out_of_vocabulary",
        lambda i, a: (
            i.update(caption_en="a man standing on a beach", gender="male"),
            i.update(seller_garment_type=None, seller_garment_type_raw=None),
            unmapped(a, "garment_type", "beachwear"),
            edit(a, "description", prompt="Question: Describe the shirt. Answer:"),
            text(a, "description", "a plaid shirt with short sleeves"),
            text(a, "wearing", "khaki shorts and a plaid shirt"),
            text(a, "pattern", "solid"),
        ),
    ),
    "details-of-what-she-wears": (  # the garment named back, as what she wears
        "non_answer",
        said("details", "she is wearing a pair of leggings", gender="female", caption_en="a woman in red leggings"),
    ),
    "described-as-a-jersey": (  # a jersey named back: the word is a garment here, a fabric to a material question
        "non_answer",
        said("description", "it is a jersey", caption_en="a red jersey on a hanger"),
    ),
    "a-jersey-material": (
        (),
        lambda i, a: a.append(answer(i["sku"], "material", "open", "jersey", "What material is the garment made of")),
    ),
    "material-of-its-own-name": (  # a material question answered with no material
        "non_answer",
        lambda i, a: a.append(
            answer(i["sku"], "material", "open", "the t-shirt is made of t-shirt fabric", "What material is it made of")
        ),
    ),
    "material-as-a-weave": (  # a weave or knit names the material: "a smooth woven suiting fabric", "ribbed knit"
        (),
        lambda i, a: a.append(
            answer(i["sku"], "material", "open", "a soft ribbed knit", "What material is it made of")
        ),
    ),
    "faux-leather-is-polyester": (
        (),
        titled_material("Women Faux Leather T-shirt", "polyester"),
    ),
    "poly-cotton-is-a-blend": (
        (),
        titled_material("Men Poly-Cotton T-shirt", "polyester"),
    ),
    "cloth-worn-is-no-material": (  # the experiments' "What cloth is the person wearing?" asks what is worn
        (),
        lambda i, a: (
            i.update(title="Men Linen T-shirt"),
            a.append(
                answer(i["sku"], "cloth", "open", "a red t-shirt and blue denim jeans", "What cloth is he wearing")
            ),
        ),
    ),
    "all-black-answered-white": (  # one color for every garment, and the seller's: the answer is the odd text
        ("caption_contradicts_answer", "seller_color_mismatch", "pixel_color_absent"),
        lambda i, a: (
            i.update(caption_en="a woman wearing a t-shirt and jeans", seller_color="black", seller_color_raw="Black"),
            i.update(pixel_colors=[{"color": "black", "share": 0.9}]),
            text(a, "wearing", "a black t-shirt and black jeans"),
            text(a, "color", "white"),
        ),
    ),
    "seller-backs-the-description": (  # the seller's color agrees with the description: the wearing answer is odd
        ("open_answers_contradict", "seller_color_mismatch"),
        lambda i, a: (
            i.update(caption_en="a woman standing in a shop", pixel_colors=[{"color": "red", "share": 0.9}]),
            text(a, "wearing", "a black t-shirt"),
            text(a, "description", "a red t-shirt with a round neck"),
        ),
    ),
    "worn-alone-against-the-seller": (  # the only text giving the t-shirt a color, against the answer and the seller
        ("caption_contradicts_answer", "seller_color_mismatch"),
        lambda i, a: (
            i.update(caption_en="a woman standing in a shop"),
            text(a, "wearing", "a black t-shirt and jeans"),
            text(a, "description", "a t-shirt with a round neck"),
        ),
    ),
    "shorts-captioned-for-trousers": (  # one bottom is worn at a time: the seller's trousers are no shorts
        "caption_contradicts_answer",
        lambda i, a: (captioned_shorts(i, a, "Trousers", "red shorts"), text(a, "garment_type", "trousers")),
    ),
    "shorts-captioned-for-jeans-not-asked": (  # no garment_type answer: the seller's jeans are still no shorts
        "caption_contradicts_answer",
        lambda i, a: (captioned_shorts(i, a, "Jeans", "red shorts"), drop(a, "garment_type")),
    ),
    "shorts-captioned-for-trousers-answered-out-of-the-values": (  # "cargo shorts" was asked and agrees
        "closed_out_of_vocabulary",
        lambda i, a: (
            captioned_shorts(i, a, "Trousers", "red cargo shorts"),
            unmapped(a, "garment_type", "cargo shorts"),
        ),
    ),
    "captioned-alone-against-the-seller": (  # the caption, the only text giving the t-shirt a color, is the odd one
        ("caption_contradicts_answer", "seller_color_mismatch"),
        lambda i, a: (
            i.update(caption_en="a woman in a black t-shirt and black jeans"),
            text(a, "wearing", "a t-shirt and jeans"),
            text(a, "description", "a t-shirt with a round neck"),
        ),
    ),
    "worn-with-the-answer-on-another-garment": (  # the answer's black is the jacket's, and the seller's: the seller
        # knows the product, and the wearing answer's red t-shirt is the odd text (the answer was flagged before the
        # fortieth session)
        ("pixel_color_absent", "seller_color_mismatch"),
        lambda i, a: (
            i.update(caption_en="a woman standing in a shop", seller_color="black", seller_color_raw="Black"),
            text(a, "wearing", "a red t-shirt and a black jacket"),
            text(a, "color", "black"),
            text(a, "description", "a t-shirt with a round neck"),
        ),
    ),
    "not-a-jacket-over-leggings": (  # "no", where the texts name a jacket, and leggings for another part of the body
        "caption_contradicts_answer",
        lambda i, a: (
            outfit(i, a, "a red jacket and black leggings"),
            i.update(seller_garment_type=None, seller_garment_type_raw=None),
            text(a, "garment_type", "jacket"),
            a.append(answer(i["sku"], "is_jacket", "closed", "no", "Is this a jacket")),
        ),
    ),
    "not-a-jacket-the-jeans": (  # "no" to the jacket over jeans, when the garment_type answer says jeans
        (),
        lambda i, a: (
            outfit(i, a, "a red jacket and blue jeans"),
            i.update(seller_garment_type=None, seller_garment_type_raw=None, seller_color=None, seller_color_raw=None),
            text(a, "garment_type", "jeans"),
            text(a, "color", "blue"),
            i.update(pixel_colors=[{"color": "blue", "share": 0.9}]),
            a.append(answer(i["sku"], "is_jacket", "closed", "no", "Is this a jacket")),
            text(a, "sleeve_length", "not applicable"),  # a bottom has no sleeves
        ),
    ),
    "seller-color-of-the-asked-product": (  # the experiments' "What is the color of the t-shirt?" about the product
        ("seller_color_mismatch", "caption_contradicts_answer"),
        lambda i, a: a.append(answer(i["sku"], "color_t_shirt", "closed", "blue", "What is the color of the t-shirt")),
    ),
    "seller-color-other-garments": (  # the jacket is not what the seller sells; an open answer by its colors
        (),
        lambda i, a: (
            outfit(i, a, "a black jacket over a red t-shirt"),
            a.append(answer(i["sku"], "color_jacket", "closed", "black", "What is the color of the jacket")),
            a.append(answer(i["sku"], "t_shirt_color", "open", "it is a deep red", "What is the t-shirt color")),
        ),
    ),
    "seller-navy-answered-blue-in-words": (  # asked in words, navy is a blue; the color question's value is not
        (),
        lambda i, a: (
            i.update(seller_color="navy", seller_color_raw="Navy Blue", caption_en="a woman wearing a t-shirt"),
            text(a, "wearing", "a t-shirt"),
            text(a, "color", "navy"),
            i.update(pixel_colors=[{"color": "navy", "share": 0.9}]),
            a.append(answer(i["sku"], "t_shirt_color", "open", "blue", "What is the t-shirt color")),
        ),
    ),
    "uniform-wearing-against-the-description": (  # one color for top and bottom, a description that tells the top's
        ("open_answers_contradict", "caption_contradicts_answer"),
        lambda i, a: (
            i.update(caption_en="a woman running on a trail", seller_color=None, seller_color_raw=None),
            text(a, "wearing", "a black t-shirt and black jeans"),
            text(a, "description", "a red t-shirt with a round neck"),
        ),
    ),
    "uniform-wearing-the-seller-backs": (  # the seller's color sides with the one-color wearing answer: not odd
        ("open_answers_contradict", "pattern_or_sleeves_contradict", "seller_color_mismatch"),
        lambda i, a: (
            i.update(caption_en="a woman in a shop", seller_color="black", seller_color_raw="Black"),
            i.update(pixel_colors=[{"color": "black", "share": 0.9}]),
            text(a, "wearing", "a black t-shirt and black shorts"),
            text(a, "description", "a white t-shirt with a print on it"),
            text(a, "color", "black"),
        ),
    ),
    "uniform-wearing-details-agree": (  # the details side with the wearing answer: it is not the odd text there
        ("open_answers_contradict", "caption_contradicts_answer"),
        lambda i, a: (
            i.update(caption_en="a woman in a shop", seller_color=None, seller_color_raw=None, pixel_colors=None),
            text(a, "wearing", "a black t-shirt and black jeans"),
            text(a, "details", "the black t-shirt has a round neck"),
            text(a, "description", "a red t-shirt with a round neck"),
        ),
    ),
    "uniform-outfit-in-the-pixels": (  # all-black gym wear: the product's pixels are black too
        ("open_answers_contradict", "caption_contradicts_answer", "pixel_color_absent"),
        lambda i, a: (
            i.update(caption_en="a woman in a gym", seller_color=None, seller_color_raw=None),
            i.update(pixel_colors=[{"color": "black", "share": 0.9}], pixel_region="upper"),
            text(a, "wearing", "a black t-shirt and black leggings"),
            text(a, "description", "a white t-shirt"),
        ),
    ),
    "uniform-wearing-of-a-co-ord": (  # a matching set is one color by design: the skirt's answer is the odd text
        "caption_contradicts_answer",
        lambda i, a: coord_asked_the_skirt(i, a, "Satin Crop Top & Midi Skirt Co-ord Set", "blue", "pink"),
    ),
    "uniform-wearing-of-a-two-colored-co-ord": (  # the title gives the pieces two colors: not one by design
        "caption_contradicts_answer",
        lambda i, a: coord_asked_the_skirt(i, a, "White Satin Corset Top & Black Skirt Co-Ord Set", "white", "black"),
    ),
    "jacket-over-the-hoodie": (  # the jacket counts as the upper body only when no top is disputed
        "open_answers_contradict",
        lambda i, a: (
            i.update(caption_en="a person in a city", seller_color=None, seller_color_raw=None, pixel_colors=None),
            i.update(seller_garment_type=None, seller_garment_type_raw=None),  # no seller to name the product
            text(a, "wearing", "a black jacket and black jeans"),
            text(a, "description", "a white hoodie with a kangaroo pocket"),
        ),
    ),
    "uniform-jacket-over-jeans": (  # a jacket with no top named is the upper body's: one color for two parts
        ("caption_contradicts_answer", "seller_color_mismatch"),
        lambda i, a: (
            i.update(
                caption_en="a woman in a jacket and jeans",
                seller_garment_type="jacket",
                seller_garment_type_raw="Jackets",
            ),
            text(a, "garment_type", "jacket"),
            text(a, "wearing", "a blue jacket and blue jeans"),
        ),
    ),
    "description-backs-the-answer": (  # a wearing answer of one garment against the color answer and a description:
        # the wearing answer is the more trusted text, so both are flagged as before (only a wearing answer of one color
        # for every garment is the odd text)
        ("open_answers_contradict", "caption_contradicts_answer"),
        lambda i, a: (
            i.update(caption_en="a woman standing in a shop", seller_color=None, seller_color_raw=None),
            text(a, "wearing", "a black t-shirt"),
            text(a, "description", "a red t-shirt with a round neck"),
        ),
    ),
    "seller-color-asked-in-other-words": (  # "What colour are the t-shirts?" asks the color of the seller's t-shirt
        ("seller_color_mismatch", "caption_contradicts_answer"),
        lambda i, a: a.append(answer(i["sku"], "tshirt_colour", "closed", "blue", "What colour are the t-shirts")),
    ),
    "seller-petroleo-unaccented": (  # "Azul Petroleo" is Azul Petróleo, teal: blue or green
        (),
        lambda i, a: (
            i.update(seller_color="blue", seller_color_raw="Azul Petroleo", caption_en="a woman in a t-shirt"),
            i.update(pixel_colors=[{"color": "green", "share": 0.9}]),
            text(a, "wearing", "a t-shirt"),
            text(a, "color", "green"),
        ),
    ),
    "seller-offwhite-one-word": (  # "Offwhite" is the map's Off White, which names white or beige; it was flagged
        (),
        lambda i, a: (
            i.update(seller_color="white", seller_color_raw="Offwhite", caption_en="a woman in a t-shirt"),
            i.update(pixel_colors=[{"color": "beige", "share": 0.9}]),
            text(a, "wearing", "a t-shirt"),
            text(a, "color", "beige"),
        ),
    ),
    "seller-verde-agua-hyphenated": (  # "Verde-Água" is Verde Água, aqua: green or blue; it was flagged
        (),
        lambda i, a: (
            i.update(seller_color="green", seller_color_raw="Verde-Água", caption_en="a woman in a t-shirt"),
            i.update(pixel_colors=[{"color": "blue", "share": 0.9}]),
            text(a, "wearing", "a t-shirt"),
            text(a, "color", "blue"),
        ),
    ),
    "seller-grafite-answered-black": (  # Grafite, like Charcoal, is grey or black
        (),
        lambda i, a: (
            i.update(seller_color="grey", seller_color_raw="Grafite", caption_en="a woman in a t-shirt"),
            i.update(pixel_colors=[{"color": "black", "share": 0.9}]),
            text(a, "wearing", "a t-shirt"),
            text(a, "color", "black"),
        ),
    ),
    "cardigan-sold-as-a-sweater": (  # a seller's Sweaters hold its cardigans
        (),
        lambda i, a: (
            outfit(i, a, "a red cardigan"),
            i.update(seller_garment_type="sweater", seller_garment_type_raw="Sweaters"),
            text(a, "garment_type", "cardigan"),
        ),
    ),
    "pants-sold-as-jeans": (  # a seller's Jeans are trousers: "pants" for jeans is right, only less precise
        (),
        lambda i, a: (
            outfit(i, a, "a white blouse and black jeans"),
            i.update(seller_garment_type="jeans", seller_garment_type_raw="Calças Jeans", seller_color="black"),
            i.update(seller_color_raw="Preto", pixel_colors=[{"color": "black", "share": 0.9}]),
            edit(a, "garment_type", answer_en="trousers", raw_en="pants"),
            edit(a, "color", answer_en="black", raw_en="black"),
            text(a, "sleeve_length", "not applicable"),  # a bottom has no sleeves
        ),
    ),
    "jeans-sold-as-trousers": (  # but a seller's Trousers do not hold jeans: chinos called jeans are a mismatch
        "seller_category_mismatch",
        lambda i, a: (
            outfit(i, a, "red chinos"),
            i.update(seller_garment_type="trousers", seller_garment_type_raw="Calças"),
            edit(a, "garment_type", answer_en="jeans", raw_en="jeans"),
            text(a, "sleeve_length", "not applicable"),  # a bottom has no sleeves
        ),
    ),
    "romper-for-dresses": (  # Dresses do not hold rompers: a dress answered "romper" is a mismatch
        "seller_category_mismatch",
        lambda i, a: (
            outfit(i, a, "a red romper"),
            i.update(seller_garment_type="dress", seller_garment_type_raw="Dresses"),
            edit(a, "garment_type", answer_en="jumpsuit", raw_en="romper"),
        ),
    ),
    "accessory-sold-as-one": (  # a seller's Bags & Accessories: no garment type, no sleeve length
        ("accessory_answered_as_garment", "seller_unmapped"),
        lambda i, a: (
            i.update(
                caption_en="a red leather bag", seller_garment_type=None, seller_garment_type_raw="Bags & Accessories"
            ),
            text(a, "wearing", "a red bag"),
        ),
    ),
    "boots-worn-with-a-dress": (  # "Shoes, Boots & Trainers": the dress the model wears is not the product
        ("accessory_answered_as_garment", "seller_unmapped"),
        lambda i, a: (
            i.update(
                caption_en="a woman in a red dress and black boots",
                seller_garment_type=None,
                seller_garment_type_raw="Shoes, Boots & Trainers",
            ),
            text(a, "wearing", "a red dress and black boots"),
            text(a, "garment_type", "dress"),
        ),
    ),
    "muffler-given-long-sleeves": (  # a muffler is a scarf: no sleeve length
        ("accessory_answered_as_garment", "seller_unmapped"),
        lambda i, a: (
            i.update(caption_en="a grey and black striped scarf on a white background"),
            i.update(seller_garment_type=None, seller_garment_type_raw="Mufflers"),
            text(a, "sleeve_length", "long"),
        ),
    ),
    "hijab-answered-shirt": (  # a hijab is no garment the vocabulary has
        ("accessory_answered_as_garment", "seller_unmapped"),
        lambda i, a: (
            i.update(
                caption_en="a woman wearing a red hijab", seller_garment_type=None, seller_garment_type_raw="Hijabs"
            ),
            text(a, "wearing", "a red hijab and a red t-shirt"),
            text(a, "garment_type", "shirt"),
            text(a, "sleeve_length", "not applicable"),
        ),
    ),
    "dupatta-answered-not-a-dupatta": (  # the seller's own word for it, asked about and denied
        ("caption_contradicts_answer", "accessory_answered_as_garment", "seller_unmapped"),
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw="Dupatta"),
            a.append(answer(i["sku"], "is_dupatta", "closed", "no", "Is this a dupatta")),
        ),
    ),
    "vest-for-a-tote": (  # a garment type outside the vocabulary is still one
        ("accessory_answered_as_garment", "seller_unmapped", "closed_out_of_vocabulary"),
        lambda i, a: (
            i.update(caption_en="a red tote bag", seller_garment_type=None, seller_garment_type_raw="Accessories"),
            text(a, "wearing", "a red tote bag"),
            unmapped(a, "garment_type", "vest"),
            text(a, "sleeve_length", "not applicable"),
        ),
    ),
    "dress-with-belt": (  # what a category sells first: the dress, not the belt it comes with
        "seller_unmapped",
        lambda i, a: (
            outfit(i, a, "a red dress with a belt"),
            i.update(seller_garment_type=None, seller_garment_type_raw="Dress with Belt"),
            text(a, "garment_type", "dress"),
            text(a, "sleeve_length", "sleeveless"),
        ),
    ),
    "bolsas-femininas": (  # a Portuguese category: the audience word last, the accessory first
        ("accessory_answered_as_garment", "seller_unmapped"),
        said(
            "wearing",
            "a red bag",
            caption_en="a red bag",
            seller_garment_type=None,
            seller_garment_type_raw="Bolsas Femininas",
        ),
    ),
    "a-guy-in-a-cap": (  # a person in the caption may wear the product
        (),
        lambda i, a: i.update(
            caption_en="a guy wearing a red cap and sunglasses", seller_garment_type=None, seller_garment_type_raw=None
        ),
    ),
    "accessory-in-the-caption": (  # no seller's category: the caption names a purse, and no garment nor person
        "accessory_answered_as_garment",
        said(
            "wearing",
            "a red purse",
            caption_en="a red leather purse on a bed",
            seller_garment_type=None,
            seller_garment_type_raw=None,
        ),
    ),
    "accessory-named-right": (  # "hat" for a cap is right (outside the vocabulary); no sleeves for it either
        ("closed_out_of_vocabulary", "seller_unmapped"),
        lambda i, a: (
            i.update(caption_en="a red cap", seller_garment_type=None, seller_garment_type_raw="Accessories"),
            text(a, "wearing", "a red cap"),
            unmapped(a, "garment_type", "hat"),
            text(a, "sleeve_length", "not applicable"),
        ),
    ),
    "tights-and-socks": (  # one alternative is a garment: not an accessory category
        "seller_unmapped",
        lambda i, a: sold_as_tights(i, a, "Tights & Socks"),
    ),
    "worn-with-a-bag": (  # a person in the caption may wear the product: the bag is not it
        (),
        lambda i, a: i.update(
            caption_en="a woman holding a bag", seller_garment_type=None, seller_garment_type_raw=None
        ),
    ),
    "gilet-with-long-sleeves": (  # a gilet has no sleeves, whatever its category ("Jackets") says
        "pattern_or_sleeves_contradict",
        lambda i, a: (i.update(title="Men's Quilted Gilet"), text(a, "sleeve_length", "long")),
    ),
    "tanks-among-t-shirts": (  # a category of two kinds: the t-shirt has sleeves
        (),
        lambda i, a: (i.update(seller_garment_type_raw="T-shirts & Tanks"), text(a, "sleeve_length", "short")),
    ),
    "template-has-sleeves-form": (  # the caption adapter's other template form calls the striped t-shirt plain
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            i.update(caption_en="a woman in a red striped t-shirt"),
            text(a, "pattern", "striped"),
            text(a, "description", "Her t-shirt has short sleeves, cotton fabric and pure color patterns."),
        ),
    ),
    "sleeveless-from-a-brand-with-an-ampersand": (  # "Mast & Harbour" joins no garments: one product, sleeveless
        "pattern_or_sleeves_contradict",
        said("sleeve_length", "short", title="Mast & Harbour Women Red Solid Sleeveless Top"),
    ),
    "top-with-shorts": (  # a set: the top may have sleeves
        (),
        lambda i, a: (i.update(title="Sleeveless Top with Shorts"), text(a, "sleeve_length", "short")),
    ),
    "thermal-vest-full-sleeve": (  # the title says it has sleeves
        (),
        lambda i, a: (i.update(title="Thermal Vest Full Sleeve"), text(a, "sleeve_length", "long")),
    ),
    "described-in-another-color": (  # the only text that gives the seller's own garment a color contradicts him
        "seller_color_mismatch",
        lambda i, a: (
            i.update(caption_en="a woman in a shop"),
            a.remove(next(r for r in a if r["question_id"] == "color")),  # no color question in this questionnaire
            text(a, "wearing", "a t-shirt"),
            text(a, "description", "a black denim t-shirt with a hood"),
        ),
    ),
    "described-in-a-near-color-and-with-others": (  # maroon is near red; the jeans are another garment
        (),
        lambda i, a: (
            outfit(i, a, "a red t-shirt and blue jeans"),
            text(a, "description", "a maroon t-shirt with a round neck"),
            text(a, "details", "a t-shirt tucked into blue jeans"),
        ),
    ),
    "template-details-against-the-title": (  # the template's "pure color" for what the title sells as checked
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            i.update(title="Women Red Checked T-shirt"),
            text(a, "pattern", "checked"),
            text(a, "details", "The T-shirt is with cotton fabric and pure color patterns."),
        ),
    ),
    "template-caption-against-the-title": (  # the seller's title outranks the caption's template
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            i.update(
                title="Women Red Striped T-shirt",
                caption_en="The lady wears a short-sleeve T-shirt with pure color patterns.",
            ),
            text(a, "pattern", "striped"),
        ),
    ),
    "linho-answered-silk": (  # a Portuguese title's fiber: linho is linen (and no text says silk)
        ("unsupported_claim", "material_vs_catalog"),
        lambda i, a: (
            i.update(title="Camiseta Linho Vermelha"),
            a.append(answer(i["sku"], "material", "open", "silk", "What is the t-shirt made of")),
        ),
    ),
    "couro-sintetico-answered-polyester": (  # couro sintético is faux leather: no one fiber to hold an answer to
        (),
        lambda i, a: (
            i.update(title="Jaqueta Couro Sintético Vermelha"),
            a.append(answer(i["sku"], "material", "open", "polyester", "What is the t-shirt made of")),
        ),
    ),
    "flannel-between-color-and-garment": (  # a fashion word between them: the caption's t-shirt is still blue
        ("caption_contradicts_answer", "open_answers_contradict"),
        lambda i, a: i.update(
            caption_en="a woman wearing a blue flannel t-shirt", seller_color=None, seller_color_raw=None
        ),
    ),
    "a-long-run-of-colors": (  # "maroon and black checked knitted": the seller's red is in the run
        (),
        lambda i, a: (
            text(a, "pattern", "checked"),
            text(a, "description", "a maroon and black checked knitted t-shirt with a collar"),
        ),
    ),
    "asked-about-the-jeans": (  # the item's own questions name the jeans; the garment type is the hoodie's
        "caption_contradicts_answer",
        lambda i, a: (
            i.update(caption_en="a woman in a grey hoodie and blue jeans", seller_garment_type=None),
            i.update(seller_garment_type_raw=None, seller_color=None, seller_color_raw=None),
            text(a, "wearing", "a grey hoodie and blue jeans"),
            edit(a, "details", prompt="Question: What are the jeans details? Answer:", answer_en="they are baggy"),
            text(a, "garment_type", "sweater"),
            a.remove(next(r for r in a if r["question_id"] == "color")),
            text(a, "sleeve_length", "not applicable"),
        ),
    ),
    "another-garment-before-and": (  # "a black puffer and a t-shirt": black is the puffer's
        (),
        said("description", "a black puffer and a t-shirt"),
    ),
    "the-seller-color-is-the-ground": (  # a print's color is not the garment's: the seller's red is the ground
        (),
        lambda i, a: (
            i.update(caption_en="a woman in a shop"),
            text(a, "wearing", "a t-shirt"),
            text(a, "pattern", "dotted"),
            text(a, "description", "a white polka dot t-shirt"),
            a.remove(next(r for r in a if r["question_id"] == "color")),
        ),
    ),
    "two-of-the-sellers-kind": (  # a t-shirt over a tee: which one is sold is not for this audit to say
        (),
        lambda i, a: (
            i.update(caption_en="a woman in a shop"),
            text(a, "wearing", "a t-shirt"),
            text(a, "description", "a denim t-shirt over a white tee"),
            a.remove(next(r for r in a if r["question_id"] == "color")),
        ),
    ),
    "mauve-answered-pink": (  # a seller's word between two neighbours names either (the map says purple)
        (),
        lambda i, a: sold_in(i, a, "purple", "Mauve", "pink"),
    ),
    "rust-answered-brown": ((), lambda i, a: sold_in(i, a, "orange", "Rust", "brown")),
    "camel-answered-beige": ((), lambda i, a: sold_in(i, a, "brown", "Camel", "beige")),
    "coral-answered-pink": ((), lambda i, a: sold_in(i, a, "orange", "Coral", "pink")),  # fifty-eighth session
    "beige-answered-tan": (  # a tan, stored brown, is a light brown sellers file under beige too (shown tan: a
        (),  # text's plain brown is no near shade of a Beige since the fifty-ninth session)
        lambda i, a: (
            sold_in(i, a, "beige", "Beige", "brown"),
            outfit(i, a, "a tan t-shirt"),
            edit(a, "color", raw_en="tan"),
        ),
    ),
    "beige-answered-brown": ("seller_color_mismatch", lambda i, a: sold_in(i, a, "beige", "Beige", "brown")),
    "teal-captioned-green-worn-blue": (  # a Teal is blue or green: the two texts name one color two ways
        (),
        lambda i, a: (
            sold_in(i, a, "blue", "Teal", "blue"),
            i.update(caption_en="a woman in a green t-shirt"),
            text(a, "wearing", "a blue t-shirt and white jeans"),
        ),
    ),
    "two-color-seller-captioned-one-worn-the-other": (  # "Pink & Blue" is two words: a text of each still conflicts
        ("open_answers_contradict", "seller_color_mismatch"),
        lambda i, a: (
            sold_in(i, a, "pink", "Pink & Blue", "pink"),
            i.update(caption_en="a woman in a pink t-shirt"),
            text(a, "wearing", "a blue t-shirt and white jeans"),
        ),
    ),
    "charcoal-captioned-grey-worn-black": (  # a Charcoal is grey or black, but the writers call the black one wrong
        "open_answers_contradict",
        lambda i, a: (
            sold_in(i, a, "grey", "Charcoal", "grey"),
            i.update(caption_en="a woman in a grey t-shirt"),
            text(a, "wearing", "a black t-shirt and white jeans"),
        ),
    ),
    "dark-grey-answered-black": (  # the seller map read past "Dark": black is its neighbour
        (),
        lambda i, a: sold_in(i, a, "grey", "Dark Grey", "black"),
    ),
    "innerwear-vests-with-full-sleeves": (  # the category names a vest, the title its sleeves
        "seller_unmapped",
        lambda i, a: (
            i.update(
                seller_garment_type=None,
                seller_garment_type_raw="Innerwear Vests",
                title="Men Full Sleeve Thermal Vest",
            ),
            text(a, "sleeve_length", "long"),
        ),
    ),
    "camisole-top-with-long-sleeves": (  # the last garment word but a plain "top": a camisole
        "pattern_or_sleeves_contradict",
        lambda i, a: (i.update(title="Women Red Camisole Top"), text(a, "sleeve_length", "long")),
    ),
    "halter-neck-top-with-short-sleeves": (  # a halter neck is cut without sleeves
        "pattern_or_sleeves_contradict",
        lambda i, a: (i.update(title="Women Red Ribbed Halter Neck Crop Top"), text(a, "sleeve_length", "short")),
    ),
    "racerback-tee-with-short-sleeves": (  # a racerback is cut without sleeves
        "pattern_or_sleeves_contradict",
        lambda i, a: (i.update(title="Women Black Graphic Print Racerback T-shirt"), text(a, "sleeve_length", "short")),
    ),
    "slip-dress-with-long-sleeves": (  # a slip dress hangs from thin straps
        "pattern_or_sleeves_contradict",
        lambda i, a: (i.update(title="Women Black Satin Slip Midi Dress"), text(a, "sleeve_length", "long")),
    ),
    "alca-fina-dress-with-short-sleeves": (  # "alça fina": thin straps
        "pattern_or_sleeves_contradict",
        lambda i, a: (i.update(title="Vestido Midi Cetim Alça Fina Vinho"), text(a, "sleeve_length", "short")),
    ),
    "strappy-top-with-short-sleeves": (
        "pattern_or_sleeves_contradict",
        lambda i, a: (i.update(title="Women Black Lace Strappy Crop Top"), text(a, "sleeve_length", "short")),
    ),
    "sleeveless-for-a-puff-sleeve-top-answered-out-of-the-values": (  # "top" is no value, yet names a shirt
        ("pattern_or_sleeves_contradict", "closed_out_of_vocabulary"),
        lambda i, a: (
            i.update(
                title="Women Peach Solid Puff Sleeve Crepe Top", caption_en="a woman in a pink top and white jeans"
            ),
            i.update(seller_garment_type=None, seller_garment_type_raw=None),
            text(a, "sleeve_length", "sleeveless"),
            unmapped(a, "garment_type", "top"),
        ),
    ),
    "long-sleeves-where-the-details-say-flutter-sleeves": (  # a flutter sleeve is short, said alone too
        "pattern_or_sleeves_contradict",
        lambda i, a: (text(a, "details", "a tie at the waist and flutter sleeves"), text(a, "sleeve_length", "long")),
    ),
    "closure-answered-with-the-template": (  # the caption template says nothing of how the t-shirt closes
        "verbose_or_restated",
        lambda i, a: a.append(
            answer(
                i["sku"],
                "closure",
                "open",
                "The lady wears a short-sleeve T-shirt with pure color patterns. It has a round neckline.",
                "How does the t-shirt close",
            )
        ),
    ),
    "template-to-what-is-shown": (  # what a photo shows the template answers, in the adapter's words
        (),
        lambda i, a: a.append(
            answer(
                i["sku"],
                "shown",
                "open",
                "The lady wears a short-sleeve T-shirt with pure color patterns.",
                "What is shown",
            )
        ),
    ),
    "template-without-a-prompt": (  # no prompt stored: no question to say the template does not answer
        (),
        lambda i, a: edit(
            a, "wearing", prompt=None, answer_en="The lady wears a short-sleeve T-shirt with pure color patterns."
        ),
    ),
    "one-word-description-of-a-printed-t-shirt": (  # "printed" in a description question asks no print's subject
        "non_answer",
        lambda i, a: a.append(answer(i["sku"], "describe", "open", "floral", "Describe the printed t-shirt")),
    ),
    "what-is-printed-in-one-word": (  # a thing answers what is printed, as a count answers how many
        (),
        lambda i, a: a.append(answer(i["sku"], "print", "open", "lemons", "What is printed on the garment")),
    ),
    "nightgown-answered-dress": (  # a nightgown is a dress: the caption agrees, the template's shirt and skirt do not
        ("open_answers_contradict", "caption_contradicts_answer"),  # (against the seller's too, since the fiftieth)
        lambda i, a: (
            i.update(
                caption_en="a woman in a red robe and nightgown",
                seller_garment_type="dress",
                seller_garment_type_raw="Nightdress",
            ),
            text(a, "garment_type", "dress"),
            text(a, "wearing", "The lady wears a long-sleeve shirt with pure color patterns and a long skirt."),
        ),
    ),
    "meia-calca": (  # tights, though "meia" alone is a sock
        "seller_unmapped",
        lambda i, a: sold_as_tights(i, a, "Meia-Calça Fio 40"),
    ),
    "a-flat-lay-of-a-tie-dye-top": (  # "flat" and "tie" are no flats and no tie here; a tie-dye is no solid
        "pattern_or_sleeves_contradict",
        lambda i, a: i.update(
            caption_en="a flat lay of a red tie-dye top", seller_garment_type=None, seller_garment_type_raw=None
        ),
    ),
    "gilet-in-a-category-of-two-kinds": (  # the category names two kinds; the title, one gilet
        ("pattern_or_sleeves_contradict", "seller_unmapped"),
        said(
            "sleeve_length",
            "long",
            seller_garment_type=None,
            seller_garment_type_raw="Coats & Jackets",
            title="Men's Quilted Gilet",
        ),
    ),
    "waistcoat-of-a-suit": (  # a suit of three pieces: the waistcoat is not the whole product
        (),
        said("sleeve_length", "long", title="Men Red 3 Piece Suit - Blazer Trousers Waistcoat"),
    ),
    "midnight-blue-answered-blue": (  # navy to the seller map, and a blue to the eye
        (),
        lambda i, a: sold_in(i, a, "navy", "Midnight Blue", "blue"),
    ),
    "dark-blue-answered-blue": (  # navy to the seller map as a whole, and a blue to the eye: no mismatch
        (),
        lambda i, a: sold_in(i, a, "navy", "Dark Blue", "blue"),
    ),
    "department-plus": ("pronoun_vs_gender", lambda i, a: i.update(gender="Plus", caption_en="a man in a red t-shirt")),
    "department-womens": (
        "pronoun_vs_gender",
        lambda i, a: (i.update(gender="Women's"), text(a, "description", "he is wearing a red t-shirt")),
    ),
    "department-kids": ((), lambda i, a: i.update(gender="Kids", caption_en="a boy in a red t-shirt")),
    "gender-in-the-title": (  # no gender column value: the title names the department
        "pronoun_vs_gender",
        said("description", "he is wearing a red t-shirt", gender=None, title="Biba Women Red Solid T-shirt"),
    ),
    "unisex-in-the-title": (
        (),
        said("description", "he is wearing a red t-shirt", gender=None, title="Roadster Unisex Red Solid T-shirt"),
    ),
    "tops-answered-jeans": (  # a seller's generic Tops (unmapped: no one value) is still no jeans
        ("seller_category_mismatch", "seller_unmapped"),
        said("garment_type", "jeans", seller_garment_type=None, seller_garment_type_raw="Women Tops"),
    ),
    "tights-answered-jacket": (  # a bottom no value is (Tights, unmapped) is still no top: the photo's jacket
        ("seller_category_mismatch", "seller_unmapped"),
        said("garment_type", "jacket", seller_garment_type=None, seller_garment_type_raw="Tights"),
    ),
    "churidar-answered-trousers": (  # ... and any bottom value fits it
        "seller_unmapped",
        said("garment_type", "trousers", seller_garment_type=None, seller_garment_type_raw="Churidar"),
    ),
    "tops-described-black": (  # a seller's red Tops: "a black tank top" names that top (the pants are another garment)
        ("seller_color_mismatch", "seller_unmapped", "open_answers_contradict"),
        said(
            "description",
            "a black tank top with black pants",
            seller_garment_type=None,
            seller_garment_type_raw="Tops",
            caption_en="a woman in a top and jeans",
        ),
    ),
    "panties-answered-shorts": (  # underwear no garment type is: the nearest one is still wrong
        ("seller_category_mismatch", "seller_unmapped"),
        said(
            "garment_type",
            "shorts",
            seller_garment_type=None,
            seller_garment_type_raw="Panties",
            caption_en="three pairs of panties",
        ),
    ),
    "a-bra-answered-sports-bra": (  # the model named the seller's category: "sports bra", stored as a tank top
        "seller_unmapped",
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw="Bra", caption_en="a red sports bra on white"),
            edit(a, "garment_type", answer_en="tank top", raw_en="sports bra"),
            text(a, "wearing", "a red sports bra"),
            text(a, "sleeve_length", "sleeveless"),
        ),
    ),
    "bikini-tops-answered-swimwear": (  # swimwear filed as Tops is no generic top
        "seller_unmapped",
        lambda i, a: sold_unmapped(i, a, "Bikini Tops", "a red bikini top", "swimwear"),
    ),
    "overshirts-answered-jacket": (  # an overshirt is no shirt: not a generic top by its last letters
        "seller_unmapped",
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw="Overshirts", caption_en="a red overshirt"),
            text(a, "wearing", "a red jacket"),
            text(a, "garment_type", "jacket"),
        ),
    ),
    "vestidos-e-tops-answered-dress": (  # Portuguese alternatives: a dress is one of them
        "seller_unmapped",
        lambda i, a: sold_unmapped(i, a, "Vestidos e Tops", "a red dress", "dress"),
    ),
    "tops-cardigan-described-black": (  # a cardigan goes over a seller's red top: another garment
        "seller_unmapped",
        said(
            "description",
            "a black cardigan with blue jeans",
            seller_garment_type=None,
            seller_garment_type_raw="Tops",
            caption_en="a woman in a top and jeans",
        ),
    ),
    "dark-navy-answered-blue": (  # navy is a blue, a Dark Navy too, though the color question has both values
        (),
        lambda i, a: sold_in(i, a, "navy", "Dark Navy", "blue"),
    ),
    "navy-answered-light-blue": (  # a light blue is no navy
        "seller_color_mismatch",
        lambda i, a: (sold_in(i, a, "navy", "Navy Blue", "blue"), edit(a, "color", raw_en="light blue")),
    ),
    "navy-answered-turquoise": (  # stored blue, and no navy
        "seller_color_mismatch",
        lambda i, a: (sold_in(i, a, "navy", "Navy Blue", "blue"), edit(a, "color", raw_en="turquoise")),
    ),
    "navy-answered-a-blue": (  # the model's words around its blue are no other color
        (),
        lambda i, a: (sold_in(i, a, "navy", "Navy Blue", "blue"), edit(a, "color", raw_en="a blue")),
    ),
    "gold-for-a-maroon-t-shirt": (  # a closed answer outside the values, read by its color words (gold is yellow)
        ("closed_out_of_vocabulary", "seller_color_mismatch"),
        lambda i, a: unmapped(a, "color", "gold"),
    ),
    "multicolor-for-a-maroon-t-shirt": ("closed_out_of_vocabulary", lambda i, a: unmapped(a, "color", "multicolor")),
    "blue-answered-navy": (  # a seller's Blue may be royal or sky blue: the color question's navy is a mismatch
        "seller_color_mismatch",
        lambda i, a: sold_in(i, a, "blue", "Blue", "navy"),
    ),
    "navy-blue-colorway-answered-blue": (  # a colorway's later color near its first agrees
        (),
        lambda i, a: sold_in(i, a, "navy", "Navy/Blue", "blue"),
    ),
    "black-white-colorway-answered-white": (  # its second color alone, far from the first, does not
        "seller_color_mismatch",
        lambda i, a: sold_in(i, a, "black", "Black/White", "white"),
    ),
    "department-boys-apostrophe": (
        "pronoun_vs_gender",
        lambda i, a: i.update(gender="Boys'", caption_en="a girl in a red t-shirt"),
    ),
    "department-both": ((), lambda i, a: i.update(gender="Men & Women", caption_en="a man in a red t-shirt")),
    "bralettes-answered-tank-top": (  # a bralette is a tank top to the questionnaire, as a sports bra
        "seller_unmapped",
        lambda i, a: sold_unmapped(i, a, "Bralettes", "a red bralette", "tank top", "sleeveless"),
    ),
    "azul-escuro-answered-blue": (  # a hyphenated Azul-Escuro is a dark blue (navy to the map) as Azul Escuro is
        (),
        lambda i, a: sold_in(i, a, "navy", "Azul-Escuro", "blue"),
    ),
    "swimsuit-bottoms-answered-swimwear": (
        "seller_unmapped",
        lambda i, a: sold_unmapped(i, a, "Swimsuit Bottoms", "red bikini bottoms", "swimwear"),
    ),
    "top-with-shorts-answered-shorts": (  # a set of two garments is no generic top
        "seller_unmapped",
        lambda i, a: sold_unmapped(i, a, "Top with Shorts", "red shorts", "shorts", "not applicable"),
    ),
    "department-menina": (
        "pronoun_vs_gender",
        lambda i, a: i.update(gender="Menina", caption_en="a boy in a red t-shirt"),
    ),
    "department-unisex": ((), lambda i, a: i.update(gender="Men/Unisex", caption_en="a woman in a red t-shirt")),
    "department-gents": ((), lambda i, a: i.update(gender="Ladies & Gents", caption_en="a man in a red t-shirt")),
    "department-womens-plus": (
        "pronoun_vs_gender",
        lambda i, a: i.update(gender="Women's Plus", caption_en="a man in a red t-shirt"),
    ),
    "tops-and-tshirts-answered-shirt": (
        "seller_unmapped",
        said("garment_type", "shirt", seller_garment_type=None, seller_garment_type_raw="T-Shirts & Tops"),
    ),
    "faded-black-answered-grey": (  # a seller's Faded Black (the map reads black) looks grey: no mismatch
        (),
        lambda i, a: sold_in(i, a, "black", "Faded Black", "grey"),
    ),
    "khaki-of-the-model-against-green": (  # the model's khaki is beige: only a seller's Khaki is also olive
        ("seller_color_mismatch", "pixel_color_absent"),
        lambda i, a: (
            i.update(
                seller_color="green", seller_color_raw="Bottle Green", pixel_colors=[{"color": "green", "share": 0.9}]
            ),
            outfit(i, a, "a khaki t-shirt"),
            edit(a, "color", answer_en="beige", raw_en="khaki"),
        ),
    ),
    "vest-over-a-shirt": (  # "Describe the sweater vest." names no sweater: the shirt's white is no other garment's
        "closed_out_of_vocabulary",
        lambda i, a: (
            i.update(caption_en="a woman wearing a vest", seller_garment_type=None, seller_garment_type_raw=None),
            i.update(seller_color=None, seller_color_raw=None, pixel_colors=[{"color": "grey", "share": 0.9}]),
            unmapped(a, "garment_type", "vest"),
            edit(a, "description", prompt="Question: Describe the sweater vest. Answer:"),
            text(a, "description", "a grey knitted vest"),
            text(a, "wearing", "a grey vest over a white shirt and black pants"),
            text(a, "color", "grey"),
            text(a, "sleeve_length", "sleeveless"),
        ),
    ),
    "dress-described-in-detail": (  # "Describe the dress in detail." names the product too
        ("pattern_or_sleeves_contradict", "closed_out_of_vocabulary", "prompt_leak", "verbose_or_restated"),
        lambda i, a: (
            i.update(
                caption_en="a woman in a red checkered dress", seller_garment_type=None, seller_garment_type_raw=None
            ),
            unmapped(a, "garment_type", "dress Question: What is the color of the dress? Answer: red"),
            edit(a, "description", prompt="Question: Describe the dress in detail. Answer:"),
            text(a, "wearing", "a red checkered dress"),
            text(a, "pattern", "striped"),
        ),
    ),
    # fortieth session: men's formal wear and denim (blind-210 to 212)
    "the-suit-has-details": (  # a garment the vocabulary has no value for, named back with the question's words
        "verbose_or_restated",
        said("details", "the suit has a lot of details"),
    ),
    "the-details-of-the-dhoti": ("verbose_or_restated", said("details", "the details of the dhoti")),  # fiftieth
    "details-a-grey-suit": ("non_answer", said("details", "it is a grey suit")),
    "suit-answered-for-a-tie": (  # a garment type the vocabulary lacks is a garment type all the same (and the
        # plant's solid pattern is not its dots)
        (
            "accessory_answered_as_garment",
            "closed_out_of_vocabulary",
            "pattern_or_sleeves_contradict",
            "seller_unmapped",
        ),
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw="Ties", title="Navy Polka Dot Silk Tie"),
            unmapped(a, "garment_type", "suit"),
            drop(a, "sleeve_length"),
        ),
    ),
    "navy-for-an-indigo-seller": ((), lambda i, a: sold_in(i, a, "blue", "Indigo", "navy")),  # denim's dye, dark
    "floral-for-a-polka-dot-print": (  # the title's print is its dots
        "pattern_or_sleeves_contradict",
        said("pattern", "floral", title="Women Red Polka Dot Print T-shirt"),
    ),
    "polka-dots-for-a-floral-print": (  # a print named by its kind is that kind, no other print (fiftieth session)
        "pattern_or_sleeves_contradict",
        said("pattern", "dotted", title="Women Red Floral Print T-shirt"),
    ),
    "printed-for-a-floral-print": (  # "printed" (stored graphic) is any print: a floral one too
        (),
        lambda i, a: (
            i.update(title="Women Red Floral Print T-shirt"),
            edit(a, "pattern", answer_en="graphic", raw_en="printed"),
        ),
    ),
    "printed-for-polka-dots": (  # "printed" (stored graphic) is any print: the caption's dots too
        (),
        lambda i, a: (
            i.update(caption_en="a red t-shirt with white polka dots", title="Women Red Polka Dot T-shirt"),
            edit(a, "pattern", answer_en="graphic", raw_en="printed"),
        ),
    ),
    "the-tees-graphic-for-the-jeans": (  # three words between "with" and the graphic: still the t-shirt's
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            i.update(seller_garment_type="jeans", seller_garment_type_raw="Jeans", seller_color="black"),
            i.update(seller_color_raw="Black", pixel_colors=[{"color": "black", "share": 0.9}]),
            i.update(caption_en="a woman in black jeans and a white t-shirt"),
            text(a, "wearing", "a white t-shirt with a black and white graphic and black jeans"),
            text(a, "garment_type", "jeans"),
            text(a, "color", "black"),
            text(a, "pattern", "graphic"),
            drop(a, "sleeve_length"),
        ),
    ),
    "striped-tie-under-a-plain-shirt": (  # the caption's one garment is not the seller's tie
        "seller_unmapped",
        lambda i, a: (
            i.update(
                seller_garment_type=None, seller_garment_type_raw="Ties", seller_color=None, seller_color_raw=None
            ),
            i.update(title="Navy Red Regimental Stripe Silk Tie", caption_en="a man in a plain white shirt and a tie"),
            i.update(pixel_colors=None, gender="male"),
            text(a, "wearing", "a white shirt and a tie"),
            text(a, "pattern", "striped"),
            *(drop(a, q) for q in ("garment_type", "sleeve_length", "color")),
        ),
    ),
    "white-shorts-of-a-red-shorts-set": (  # a set sold in one color: each piece is the seller's color
        ("seller_color_mismatch", "seller_unmapped"),
        lambda i, a: (
            i.update(
                seller_garment_type=None, seller_garment_type_raw="Night suits", title="Women Red Satin Shorts Set"
            ),
            asked_the_color_of(i, a, "shorts", "white", shown=None),
        ),
    ),
    "white-shorts-of-a-red-and-white-set": (  # the same, the title naming a second color: not judged
        "seller_unmapped",
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw="Night suits"),
            i.update(title="Women Red & White Satin Shorts Set"),
            asked_the_color_of(i, a, "shorts", "white", shown=None),
        ),
    ),
    # a co-ord, a tracksuit or a suit whose title names its pieces: one color too, unless the title names a print
    "white-skirt-of-a-red-co-ord": (
        ("seller_color_mismatch", "seller_unmapped"),
        lambda i, a: piece_of_a_set(i, a, "Women Red Ribbed Crop Top and Mini Skirt Co-ord Set", "skirt", "white"),
    ),
    "white-shirt-of-a-red-shirt-and-trousers-co-ord": (  # a top the title names is a piece
        ("seller_color_mismatch", "seller_unmapped"),
        lambda i, a: piece_of_a_set(i, a, "Women Red Satin Shirt & Trousers Co-Ord Set", "shirt", "white"),
    ),
    "white-bottom-of-a-red-co-ord": (  # the experiments' "the bottom"
        ("seller_color_mismatch", "seller_unmapped"),
        lambda i, a: piece_of_a_set(i, a, "Women Red Satin Shirt & Trousers Co-Ord Set", "bottom", "white"),
    ),
    "white-skirt-of-a-red-gingham-co-ord": (  # a print: its pieces may differ
        "seller_unmapped",
        lambda i, a: piece_of_a_set(i, a, "Women Red Gingham Crop Top and Mini Skirt Co-ord", "skirt", "white"),
    ),
    "black-blazer-of-a-red-suit": (  # a suit's jacket is a piece
        ("seller_color_mismatch", "seller_unmapped"),
        lambda i, a: piece_of_a_set(i, a, "Men Red Slim Fit Two-Piece Suit", "blazer", "black"),
    ),
    "white-shirt-under-a-red-suit": (  # the shirt a suit is worn over is none
        "seller_unmapped",
        lambda i, a: piece_of_a_set(i, a, "Men Red Slim Fit Two-Piece Suit", "shirt", "white"),
    ),
    "details-a-pregnant-woman": ("non_answer", said("details", "a pregnant woman")),
    "described-lying-on-a-bed": ("non_answer", said("description", "a woman lying on a bed")),
    "loop-twice-running": (  # a phrase of five words or more twice, with one word between
        "repetition_loop",
        said(
            "details",
            "short sleeves, a spread collar, buttons down the front and a pocket on the left side "
            "and a pocket on the left side",
        ),
    ),
    "two-garments-in-one-template": (  # the template says the same of two garments: a garment's word between
        (),
        said("details", "The t-shirt is with cotton fabric. The shorts is with cotton fabric. The socks are white."),
    ),
    "loop-nineteen-words-twice": (  # a long phrase twice, the text not at the limit
        "repetition_loop",
        said(
            "description",
            "ribbed cuffs, flat seams, double stitching, a curved yoke, classic regular fit, easy everyday styling, "
            "a red t-shirt with short sleeves, a round neck and a straight hem that falls just below the waist "
            "a red t-shirt with short sleeves, a round neck and a straight hem that falls just below the waist",
        ),
    ),
    "a-phrase-of-four-twice": (  # four words twice running loop too (no correct text of 340 sets says three twice)
        "repetition_loop",
        said("details", "short sleeves, a round neck with pure color patterns with pure color patterns and a pocket"),
    ),
    "solid-for-a-colourblocked-sweatshirt": (  # a color block only contradicts solid
        "pattern_or_sleeves_contradict",
        said("pattern", "solid", title="Women Red & Navy Colourblocked T-shirt"),
    ),
    "color-block-with-stripes": (
        (),
        lambda i, a: (
            i.update(title="Women Red Colourblocked T-shirt", caption_en="a red t-shirt with white stripes"),
            text(a, "pattern", "color block"),
        ),
    ),
    "four-in-a-3-pack": (  # a count of the pieces the title's pack contradicts
        "count_vs_title",
        lambda i, a: (
            i.update(title="Baby Girls 3-Pack Short-Sleeve Bodysuits"),
            a.append(answer(i["sku"], "pieces", "open", "four", "How many pieces are in the pack")),
        ),
    ),
    "three-pieces-for-a-t-shirt-with-a-skirt": (  # a title that joins its pieces counts them (fifty-sixth session)
        "count_vs_title",
        lambda i, a: (
            i.update(title="Girls Red T-shirt with Denim Skirt"),
            a.append(answer(i["sku"], "pieces", "open", "3", "How many pieces are in the set")),
        ),
    ),
    "two-pieces-for-a-kurta-with-pyjamas-and-a-jacket": (  # a kurta pyjama is two pieces, and the jacket a third
        "count_vs_title",
        lambda i, a: (
            i.update(title="Boys Red Kurta Pyjama with Navy Blue Nehru Jacket"),
            a.append(answer(i["sku"], "pieces", "open", "two", "How many pieces are in the set")),
        ),
    ),
    "two-pieces-for-a-red-and-white-checked-shirt-with-shorts": (  # a color after an ampersand names no piece
        (),
        lambda i, a: (
            i.update(title="Boys Red & White Checked Shirt with Shorts"),
            a.append(answer(i["sku"], "pieces", "open", "two", "How many pieces are in the set")),
        ),
    ),
    "three-pieces-for-a-lehenga-choli-with-dupatta": (  # a lehenga choli is two pieces
        (),
        lambda i, a: (
            i.update(title="Girls Red & Orange Lehenga Choli with Dupatta"),
            a.append(answer(i["sku"], "pieces", "open", "3", "How many pieces are in the set")),
        ),
    ),
    "two-pieces-for-a-romper-with-an-attached-jacket": (  # an attached part is no piece
        (),
        lambda i, a: (
            i.update(title="Infant Boys Red Kurta Romper with Attached Jacket"),
            a.append(answer(i["sku"], "pieces", "open", "two", "How many pieces are in the set")),
        ),
    ),
    "two-tees-described-for-a-pack-of-3": (  # an open text that counts the pack (fifty-first session)
        "count_vs_title",
        lambda i, a: (
            i.update(title="Men Pack of 3 Solid Round Neck T-shirts"),
            text(a, "description", "two t-shirts, one red and one black"),
        ),
    ),
    "two-other-tees-for-a-pack-of-3": (  # the rest of the pack, beside the one worn
        (),
        lambda i, a: (
            i.update(title="Men Pack of 3 Solid Round Neck T-shirts"),
            text(a, "description", "a red t-shirt with two other t-shirts"),
        ),
    ),
    "three-buttons-on-a-pack-of-2": (  # parts, not the pack's pieces
        (),
        lambda i, a: (
            i.update(title="Men Pack of 2 Solid Polo T-shirts"),
            text(a, "details", "the polo has three buttons and a collar"),
        ),
    ),
    "three-in-a-pack-of-three": (  # the same count in words
        (),
        lambda i, a: (
            i.update(title="Men Pack of 3 Solid Round Neck T-shirts"),
            a.append(answer(i["sku"], "pieces", "open", "three t-shirts", "How many t-shirts are there")),
        ),
    ),
    "two-pockets-on-a-3-pack": (  # parts are not the pack's pieces
        (),
        lambda i, a: (
            i.update(title="Men 3-Pack Cargo Shorts"),
            a.append(answer(i["sku"], "pockets", "open", "two", "How many pockets are on the shorts")),
        ),
    ),
    "loop-a-sentence-twice": (  # a whole sentence said again, with another between
        "repetition_loop",
        said("details", "the t-shirt has short sleeves. it has a round neck. the t-shirt has short sleeves."),
    ),
    "two-sentences-alike": ((), said("details", "the lady wears a red t-shirt. the lady wears a red skirt.")),
    "ten-on-the-jersey": (  # a question naming the one thing it asks takes one word
        (),
        lambda i, a: a.append(answer(i["sku"], "number", "open", "10", "What number is on the jersey")),
    ),
    "blue-jeans-for-the-material": (  # jeans are a garment, not their denim
        "non_answer",
        lambda i, a: a.append(
            answer(i["sku"], "material", "open", "blue jeans", "What is the material of the garment")
        ),
    ),
    "floral-for-a-geometric-print": (
        "pattern_or_sleeves_contradict",
        said("pattern", "floral", title="Women Red Geometric Print T-shirt"),
    ),
    # the review of the fortieth session's rules: what they must not flag
    "an-acid-wash-t-shirt": ((), said("description", "an acid wash t-shirt with a round neck")),  # any color has it
    "the-jeans-have-a-light-wash": ((), said("details", "the jeans have a light wash")),  # a wash is a noun
    "a-hoodie-with-set-in-sleeves": (  # a "Set-In Sleeve" sells no set: the t-shirt under the hoodie is not judged
        (),
        lambda i, a: a_man_in_a_red_layer(
            i,
            a,
            ("sweater", "Sweatshirts"),
            "Men Red Set-In Sleeve Hoodie",
            "a red hoodie over a white t-shirt",
            ("t-shirt", "white"),
        ),
    ),
    "the-tee-under-a-tracksuit": (  # a tracksuit's pieces are its jacket and its bottoms, not the t-shirt under it
        "seller_unmapped",
        lambda i, a: a_man_in_a_red_layer(
            i,
            a,
            (None, "Tracksuits"),
            "Men Red Solid Tracksuit",
            "a red track jacket over a white t-shirt",
            ("t-shirt", "white"),
        ),
    ),
    "graphic-for-a-zebra-stripe-print": ((), said("pattern", "graphic", title="Women Red Zebra Stripe Print T-shirt")),
    "solid-under-a-polka-dot-scarf": (  # the dots are the scarf's
        (),
        lambda i, a: (
            text(a, "wearing", "a red t-shirt with a white scarf with polka dots"),
            i.update(caption_en="a woman in a red t-shirt and a white scarf"),
        ),
    ),
    "striped-beside-a-color-block-jacket": (  # a color block gives no other garment a stripe
        (),
        lambda i, a: (
            i.update(caption_en="a woman in a red t-shirt and a color block jacket"),
            text(a, "pattern", "striped"),
        ),
    ),
    "the-iron-man-of-the-print": (  # a print's subject may be a person
        (),
        lambda i, a: (
            i.update(title="Boys Red Iron Man Printed T-shirt", gender="male"),
            text(a, "details", "the iron man"),
            text(a, "pattern", "graphic"),
        ),
    ),
    "she-is-standing-for-her-pose": (
        (),
        lambda i, a: a.append(answer(i["sku"], "pose", "open", "she is standing", "Describe her pose")),
    ),
    "tuxedo-with-a-bow-tie": (  # a tuxedo is a garment the vocabulary lacks, not an accessory
        "closed_out_of_vocabulary",
        lambda i, a: (
            i.update(seller_garment_type=None, seller_garment_type_raw=None, seller_color=None, seller_color_raw=None),
            i.update(caption_en="a black tuxedo with a bow tie on a white background", pixel_colors=None),
            text(a, "wearing", "a black tuxedo with a bow tie"),
            unmapped(a, "garment_type", "tuxedo"),
            *(drop(a, q) for q in ("color", "pattern", "sleeve_length")),
        ),
    ),
    "the-sellers-color-against-the-caption": (  # an answer that is the seller's very color stands: the caption,
        # which gives the red to the jeans, is the odd text
        ("open_answers_contradict", "seller_color_mismatch"),
        lambda i, a: i.update(caption_en="a man wearing a white t-shirt and red jeans", gender="male"),
    ),
    # the second review of the fortieth session's rules: what they must not flag
    "two-polos-alike-but-the-stripes": (  # only the middle differs: two items, no loop
        (),
        said(
            "details",
            "a red polo shirt with white stripes on the collar and sleeves, and a red polo shirt with black stripes "
            "on the collar and sleeves",
        ),
    ),
    "two-garments-in-plurals": (
        (),
        said(
            "details",
            "The shirts have short sleeves and a collar. The jackets have short sleeves and a collar. The pants are "
            "black.",
        ),
    ),
    "it-has-long-sleeves-twice": (  # a sentence opening on a pronoun may be said of two garments
        (),
        said("description", "The t-shirt is red. It has short sleeves. The jacket is black. It has short sleeves."),
    ),
    "two-belt-loops-on-a-pack": (  # a part's count, the garment's word its modifier
        (),
        lambda i, a: (
            i.update(title="Men Pack of 2 Slim Fit T-shirts"),
            a.append(answer(i["sku"], "loops", "open", "five", "How many belt loops are on the t-shirt")),
        ),
    ),
    "one-t-shirt-of-a-2-piece-set": (  # a 2-Piece set is one outfit: only its pieces are counted
        (),
        lambda i, a: (
            i.update(title="Boys 2-Piece T-shirt and Shorts Set"),
            a.append(answer(i["sku"], "count", "open", "one", "How many t-shirts are there")),
        ),
    ),
    "one-of-each-color-in-a-pack-of-three": (  # numbers per color: not the count
        (),
        lambda i, a: (
            i.update(title="Men Pack of 3 Solid T-shirts"),
            a.append(
                answer(i["sku"], "count", "open", "one black, one white and one grey", "How many t-shirts are there")
            ),
        ),
    ),
    "six-socks-in-a-pack-of-three": (  # a pack of socks counts pairs
        (),
        lambda i, a: (
            i.update(title="Men Pack of 3 Ankle-Length Socks"),
            a.append(answer(i["sku"], "count", "open", "six socks", "How many socks are there")),
        ),
    ),
    "jeans-fabric-for-the-material": (  # jeans as the fabric
        (),
        lambda i, a: a.append(
            answer(i["sku"], "material", "open", "jeans fabric", "What is the material of the garment")
        ),
    ),
    "jeans-for-what-clothes": (  # "What clothes...?" asks a phrase, as "What is the person wearing?" does
        "non_answer",
        lambda i, a: a.append(answer(i["sku"], "clothes", "open", "jeans", "What clothes is the person wearing")),
    ),
    "solid-for-a-tie-dye-print": (  # "tie-dye" is no tie
        "pattern_or_sleeves_contradict",
        lambda i, a: i.update(caption_en="a red t-shirt with tie-dye print"),
    ),
    "a-pregnant-woman-for-a-floral-print": (  # a floral print's subject is no person
        "non_answer",
        lambda i, a: (
            i.update(title="Women Floral Printed Maternity Maxi Dress"),
            text(a, "description", "a pregnant woman"),
        ),
    ),
    "the-pants-beside-a-tracksuit-jacket": (  # one piece of a tracksuit, sold alone: the pants are another product
        "seller_unmapped",
        lambda i, a: a_man_in_a_red_layer(
            i,
            a,
            (None, "Jackets & Coats"),
            "Men Red Tracksuit Jacket",
            "a red jacket and blue jeans",
            ("pants", "blue"),
        ),
    ),
    "denim-for-a-cotton-kurta": (  # a seller names a denim in the title: a cotton kurta is no denim
        ("material_vs_catalog", "unsupported_claim"),
        titled_material("Women Pink Floral Printed Pure Cotton Kurta", "denim"),
    ),
    "velvet-for-rayon-palazzos": (
        ("material_vs_catalog", "unsupported_claim"),
        titled_material("Women Black Printed Rayon Palazzos", "velvet"),
    ),
    "denim-for-an-oxford-shirt": (
        ("material_vs_catalog", "unsupported_claim"),
        titled_material("Men Sky Blue Solid Oxford Shirt", "denim"),
    ),
    "velvet-and-tulle-for-a-velvet-dress": ((), titled_material("Girls Red Velvet Party Dress", "velvet and tulle")),
    "satin-for-a-silk-shirt": ((), titled_material("Women Ivory Silk Shirt", "satin")),
    "lace-for-a-lace-trim-top": ((), titled_material("Women White Lace Trim Cotton Top", "lace")),
    "lace-up-names-no-fabric": ("unsupported_claim", titled_material("Women Black Lace-Up Top", "denim")),
    "wool-for-a-fleece-jacket": (
        ("material_vs_catalog", "unsupported_claim"),
        titled_material("Men Grey Fleece T-shirt", "wool"),
    ),
    "cotton-for-a-tulle-skirt": (
        "material_vs_catalog",
        titled_material("Women Black Tulle Tiered Maxi Skirt", "cotton"),
    ),
    "the-templates-chiffon-for-a-silk-tee": (  # the caption adapter's fabric, in any text
        "material_vs_catalog",
        lambda i, a: i.update(
            title="Women Red Pure Silk T-shirt",
            caption_en="The lady wears a short-sleeve t-shirt with pure color patterns. "
            "The t-shirt is with chiffon fabric.",
        ),
    ),
    "the-templates-denim-pants-beside-a-top": (  # the pants' fabric is not the top's
        (),
        lambda i, a: i.update(
            title="Women Red Lace Corset Top",
            caption_en="The lady wears a red t-shirt with pure color patterns. The pants are with denim fabric.",
        ),
    ),
    "a-wrong-sleeve-answer-a-description-agrees-with": (  # the title's sleeves stand against both
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            i.update(title="Women Red Short Sleeve T-shirt", caption_en="a woman in a red t-shirt", gender="female"),
            a.clear(),
            a.append(answer(i["sku"], "sleeve_length", "closed", "long", "How long are the sleeves")),
            a.append(
                answer(i["sku"], "description", "open", "a red t-shirt with long sleeves", "Describe the garment")
            ),
        ),
    ),
    "cashmere-for-a-knit-top": ("unsupported_claim", titled_material("Women Grey Soft Knit Top", "cashmere")),
    # a whole fiber the title sells pure is the seller's claim; without it, a composition is the model's
    "100-percent-cotton-for-a-pure-cotton-tee": (
        (),
        titled_material("Men Red Solid Pure Cotton T-shirt", "100% cotton"),
    ),
    "100-percent-cotton-for-a-tee": ("unsupported_claim", titled_material("Men Red Solid T-shirt", "100% cotton")),
    "100-percent-pure-cotton-for-a-pure-cotton-tee": (
        (),
        titled_material("Men Red Solid Pure Cotton T-shirt", "100% pure cotton"),
    ),
    "100-percent-silk-for-a-pure-kanjeevaram-silk-saree": (
        (),
        titled_material("Women Red Pure Kanjeevaram Silk Saree", "100% silk", "a red saree"),
    ),
    "100-percent-cotton-for-pure-cotton-lycra-leggings": (
        "unsupported_claim",
        titled_material("Women Black Pure Cotton Lycra Leggings", "100% cotton", "black leggings"),
    ),
    "100-percent-silk-for-a-pure-cotton-tee": (
        ("unsupported_claim", "material_vs_catalog"),
        titled_material("Men Red Solid Pure Cotton T-shirt", "100% silk"),
    ),
    "merino-for-a-merino-tee": ((), titled_material("Men Navy Merino Wool T-shirt", "merino")),
    "a-woman-wearing-after-it-is": (
        ("cut_mid_phrase", "verbose_or_restated"),
        said("description", "it is a woman wearing"),
    ),
    "cardigan-for-leggings": (  # the title sells leggings where the category maps to none
        ("caption_contradicts_answer", "seller_unmapped", "kind_vs_title"),
        sold_as(
            ("garment_type", "closed", "cardigan", "What type of garment is this"),
            None,
            "Maternity Leggings",
            title="Maternity Over-Bump Cotton Leggings Black",
            caption_en="a pregnant woman in black leggings",
        ),
    ),
    "jacket-for-a-track-top": (  # "top" is a class of garments, and a track top a jacket
        "seller_unmapped",
        sold_as(
            ("garment_type", "closed", "jacket", "What type of garment is this"),
            None,
            "Outerwear",
            title="Track Top",
            caption_en="a black jacket on a white background",
        ),
    ),
    "dress-for-a-denim-vestido": (  # a Portuguese title names its garment first: "Jeans" is its denim
        (),
        sold_as(
            ("garment_type", "closed", "dress", "What type of garment is this"),
            None,
            None,
            title="Vestido Infantil Jeans Azul",
            caption_en="a girl in a blue denim dress",
        ),
    ),
    "cotton-for-a-dri-fit-tee": ("material_vs_catalog", titled_material("Men's Dri-FIT Running T-shirt", "cotton")),
    # a knit against a title of only a woven fabric; not a knitted velvet, nor the template's knitted layer over it
    "knitted-for-a-velvet-kurta": (
        "material_vs_catalog",
        titled_material("Rangriti Women Maroon Solid Velvet A-Line Kurta", "knitted", "a maroon kurta"),
    ),
    "knitted-for-velvet-leggings": ((), titled_material("Women Black Velvet Leggings", "knitted", "black leggings")),
    "knit-for-a-stretch-velvet-bodycon-dress": (
        (),
        titled_material("Women Maroon Velvet Bodycon Dress", "knit", "a maroon dress"),
    ),
    "knitted-for-a-denim-blue-top": ((), titled_material("Women Denim Blue Solid Crop Top", "knitted", "a blue top")),
    "a-knitted-cardigan-over-a-satin-camisole": (
        (),
        titled_material(
            "Women Cream Satin Camisole Top",
            "The cardigan is with knitting fabric.",
            "a woman in a cream cardigan over a camisole",
        ),
    ),
    "cotton-for-a-speedwick-sports-bra": (
        "material_vs_catalog",
        titled_material("Reebok Women Magenta Speedwick Sports Bra", "cotton", "a pink sports bra"),
    ),
    "waxed-cotton-for-a-waterproof-jacket": (  # (waterproofing is a finish: a waxed cotton is one)
        (),
        titled_material("Men Olive Waterproof Wax Jacket", "waxed cotton", "an olive jacket"),
    ),
    # a velvet of no named fiber is a synthetic, viscose or silk, and a padded or puffer jacket's shell a synthetic
    "cotton-for-a-velvet-blazer": (
        "material_vs_catalog",
        titled_material("Men Maroon Velvet Bandhgala Blazer", "cotton", "a model in a red velvet blazer"),
    ),
    "velvet-for-a-velvet-dress": ((), titled_material("Women Maroon Velvet Bodycon Dress", "velvet")),
    # a sequinned garment's base is a georgette, a net or a synthetic knit (sixty-second session); a tee's is cotton
    "cotton-for-a-sequinned-dress": (
        "material_vs_catalog",
        titled_material("Women Black Sequinned Bodycon Dress", "cotton", "a woman in a black sequin dress"),
    ),
    "silk-for-a-sequinned-net-lehenga": (
        ("material_vs_catalog", "unsupported_claim"),
        titled_material("Women Pink Sequinned Net Lehenga Choli", "silk", "a woman in a pink lehenga"),
    ),
    "polyester-for-a-sequinned-top": (
        (),
        titled_material("Women Silver-Toned Sequinned Top", "polyester", "a woman in a silver top"),
    ),
    "cotton-for-a-sequinned-tee": (
        (),
        titled_material("Women White Sequinned Graphic T-shirt", "cotton", "a woman in a white t-shirt"),
    ),
    "cotton-for-a-girls-sequinned-top": (
        (),
        titled_material("Girls Pink Sequin Heart Top", "cotton", "a girl in a top"),
    ),
    "wool-for-a-puffer-jacket": (  # a jacket is no wool kind (sixtieth session)
        ("material_vs_catalog", "unsupported_claim"),
        titled_material("Girls Pink Hooded Puffer Jacket", "wool", "a model in a red puffer jacket"),
    ),
    "nylon-for-a-padded-jacket": (
        (),
        titled_material("Men Olive Solid Hooded Padded Jacket", "nylon", "a model in a red padded jacket"),
    ),
    "the-template-s-shirt-under-a-velvet-nehru-jacket": (  # another garment than the title sells
        (),
        alone(
            ("material", "open", "velvet", "What material is the garment made of"),
            title="Black Velvet Nehru Jacket",
            caption_en="A person wears a sleeveless vest over a shirt. The vest is with other fabric. "
            "The shirt is with cotton fabric.",
        ),
    ),
    "cotton-for-a-padded-bra": ((), titled_material("Women Black Lightly Padded T-shirt Bra", "cotton")),
    "cotton-for-a-rain-jacket": (  # a windcheater's or a rain jacket's shell is a synthetic (sixty-seventh session)
        ("material_vs_catalog",),
        titled_material("Wildcraft Men Red Solid Hooded Rain Jacket", "cotton", "a model in a red rain jacket"),
    ),
    "leather-for-a-windcheater": (
        ("material_vs_catalog", "unsupported_claim"),
        titled_material("Puma Women Black Solid Windcheater Jacket", "leather", "a model in a red jacket"),
    ),
    "nylon-for-a-windbreaker": (
        (),
        titled_material("Columbia Men Blue Hooded Windbreaker", "nylon", "a model in a red windbreaker"),
    ),
    "cotton-for-a-cotton-rain-jacket": (  # the title names its fiber
        (),
        titled_material("Men Navy Blue Cotton Rain Jacket", "cotton", "a model in a red rain jacket"),
    ),
    "the-template-s-tee-under-a-windcheater": (  # the top under the layer is another garment than the title sells
        (),
        alone(
            ("material", "open", "nylon", "What material is the garment made of"),
            title="Wildcraft Men Green Windcheater",
            caption_en="A model wears a long-sleeve jacket with pure color patterns over a short-sleeve T-shirt. "
            "The jacket is with other fabric. The T-shirt is with cotton fabric.",
        ),
    ),
    "cotton-for-a-canvas-anorak": (  # a cotton weave the title names
        (),
        titled_material("Levis Men Khaki Canvas Anorak Jacket", "cotton", "a model in a red anorak"),
    ),
    "cotton-for-an-anorak-hoodie": ((), titled_material("Men Red Anorak Hoodie", "cotton", "a model in a red hoodie")),
    "leather-for-a-rain-jacket-spaced-twice": (
        ("material_vs_catalog", "unsupported_claim"),
        titled_material("Men Red Rain  Jacket", "leather", "a model in a red jacket"),
    ),
    "cotton-for-a-rainbow-striped-tee": (
        (),
        titled_material("Girls Red Rainbow Print T-shirt", "cotton", "a girl in a red printed t-shirt"),
    ),
    "silk-for-a-georgette-dupatta": (  # the dupatta ends the title: it is the product
        ("material_vs_catalog", "unsupported_claim"),
        titled_material("Sky Blue Solid Georgette Dupatta with Tasselled Border", "silk"),
    ),
    "cotton-for-a-kurta-sold-with-a-georgette-dupatta": (  # the dupatta is what the kurta is sold with
        (),
        titled_material("Women Red Printed Kurta Palazzo & Georgette Dupatta Set", "cotton"),
    ),
    "one-garment-in-a-2-pack": (  # "garments" counts the products too
        "count_vs_title",
        lambda i, a: (
            i.update(title="Girls 2 Pack Blue Gingham School Dresses"),
            a.append(answer(i["sku"], "count", "open", "1", "How many garments are in the photo")),
        ),
    ),
    "solid-for-a-printed-silk-blend-kurta": (  # "blend" stands between a pattern word and its garment as "silk" does
        "pattern_or_sleeves_contradict",
        sold_as(
            ("pattern", "closed", "solid", "What is the pattern of the garment"),
            "kurta",
            "Kurtas",
            title="Women Teal Printed Silk Blend Kurta",
            caption_en="a woman in a teal kurta",
            gender="female",
        ),
    ),
    "a-zip-on-a-pullover-hoodie": (  # a hoodie its title says is pulled on has no zip
        "unsupported_claim",
        sold_as(
            ("details", "open", "a zipper and a hood", "What are the details"),
            "sweater",
            "Hoodies",
            title="Heavyweight Pullover Hoodie",
            caption_en="a red hoodie on a white background",
        ),
    ),
    "a-zip-on-a-hoodie": (  # a zip hoodie's title says so
        "unsupported_claim",
        sold_as(
            ("details", "open", "a zipper and a hood", "What are the details"),
            "sweater",
            "Hoodies",
            title="Washed Hoodie",
            caption_en="a red hoodie on a white background",
        ),
    ),
    "a-zip-on-a-zip-hoodie": (
        (),
        sold_as(
            ("details", "open", "a zipper and a hood", "What are the details"),
            "sweater",
            "Hoodies",
            title="Washed Full-Zip Hoodie",
            caption_en="a red hoodie on a white background",
        ),
    ),
    "satin-for-a-polyester-top": ((), titled_material("Women Black Solid Polyester Shirt Style Top", "satin")),
    "fleece-for-a-cotton-sweatshirt": ((), material_alone("Men Grey Solid Cotton Hooded Sweatshirt", "fleece")),
    "chiffon-for-a-polyester-top": ((), titled_material("Women Pink Solid Polyester Top", "chiffon")),
    "chiffon-for-an-art-silk-saree": ("material_vs_catalog", titled_material("Women Purple Art Silk Saree", "chiffon")),
    "cotton-for-a-faux-leather-jacket": (
        "material_vs_catalog",
        material_alone("Women Black Faux Leather Biker Jacket", "cotton"),
    ),
    "polyester-for-a-faux-leather-jacket": ((), material_alone("Women Black Faux Leather Biker Jacket", "polyester")),
    "polyester-for-poly-viscose-trousers": ((), titled_material("Men Grey Poly Viscose Formal Trousers", "polyester")),
    "viscose-for-linho-misto": ((), titled_material("Calça Pantalona Linho Misto Bege", "viscose")),
    "polyester-for-toque-de-seda": ((), material_alone("Blusa Feminina Toque de Seda Manga Longa", "polyester")),
    "lace-for-a-renda-dress": ((), titled_material("Vestido Midi Renda Viscose Off White", "lace")),
    "wool-for-a-satin-lapel-blazer": ((), material_alone("Men Black Satin Lapel Tuxedo Blazer", "wool")),
    "cotton-for-a-kurta-and-georgette-jacket": (
        (),
        material_alone("Women Maroon Embroidered Kurta & Georgette Jacket", "cotton"),
    ),
    "polyester-for-linen-club-trousers": (
        (),
        titled_material("Linen Club Men Navy Solid Formal Trousers", "polyester"),
    ),
    "corduroy-for-veludo-cotele": ((), titled_material("Calça Veludo Cotelê Masculina Reta Marrom", "corduroy")),
    "polyester-for-a-cotton-blend-fabric": (  # a blend of one named fiber names no composition
        (),
        lambda i, a: (
            i.update(fabric="Cotton Blend"),
            a.append(answer(i["sku"], "material", "open", "polyester", "What material is the garment made of")),
        ),
    ),
    "cotton-for-algodon": (  # a Spanish composition, read without accents
        (),
        lambda i, a: (
            i.update(composition="95% algodón, 5% elastano"),
            a.append(answer(i["sku"], "material", "open", "cotton", "What material is the garment made of")),
        ),
    ),
    "silk-for-a-georgette-fabric-column": (  # a weave in the fabric column names no fiber: the title judges
        ("material_vs_catalog", "unsupported_claim"),  # (and silk is no printed saree's: unsupported_claim)
        lambda i, a: (
            i.update(fabric="Georgette", title="Women Red Floral Printed Georgette Saree"),
            a.append(answer(i["sku"], "material", "open", "silk", "What material is the garment made of")),
        ),
    ),
    "the-templates-top-beside-a-satin-skirt": (  # the tank top's cotton is not the skirt's
        (),
        alone(
            ("material", "open", "satin", "What material is the garment made of"),
            title="Women Black Satin Midi Skirt",
            caption_en="The lady wears a tank top. The tank top is with cotton fabric.",
        ),
    ),
    "skirt-for-a-saia-jeans": (  # a Portuguese title: Jeans is the skirt's denim
        (),
        sold_as(
            ("garment_type", "closed", "skirt", "What type of garment is this"),
            None,
            None,
            title="Saia Midi Jeans",
            caption_en="a blue denim skirt on a white background",
        ),
    ),
    "trousers-for-a-top-with-pyjamas": (  # the pyjamas are sold with the top
        (),
        sold_as(
            ("garment_type", "closed", "trousers", "What type of garment is this"),
            None,
            None,
            title="Women Pink Printed Top with Pyjamas",
            caption_en="pink pyjamas on a white background",
        ),
    ),
    "kurta-for-a-kurta-churidar": (  # a kurta and churidar: two garments
        (),
        sold_as(
            ("garment_type", "closed", "kurta", "What type of garment is this"),
            None,
            None,
            title="Men Cream Solid Kurta Churidar",
            caption_en="a cream kurta on a white background",
        ),
    ),
    "jacket-for-a-track-top-in-black": (  # a class of garments, colors after it aside
        (),
        sold_as(
            ("garment_type", "closed", "jacket", "What type of garment is this"),
            None,
            None,
            title="adidas Originals adicolor three stripe track top in black",
            caption_en="a black jacket on a white background",
        ),
    ),
    "it-is-womens-wear": ((), said("wearing", "it is women's wear")),
    "she-is-wearing-cut": (("cut_mid_phrase", "verbose_or_restated"), said("wearing", "she's wearing")),
    "the-female-is-wearing-cut": (("cut_mid_phrase", "verbose_or_restated"), said("wearing", "The female is wearing")),
    "mohair-of-the-composition": (  # the composition names the mohair
        (),
        alone(
            ("material", "open", "mohair", "What material is the garment made of"),
            title="Oversized Knit Jumper",
            composition="Acrylic 46%, Polyamide 31%, Mohair 16%, Wool 7%",
            caption_en="a product photo",
        ),
    ),
    "sleeveless-for-a-flutter-sleeve-dress": (  # a flutter sleeve is a short sleeve
        "pattern_or_sleeves_contradict",
        sold_as(
            ("sleeve_length", "closed", "sleeveless", "How long are the sleeves"),
            "dress",
            "Dresses",
            title="Navy Floral Flutter Sleeve Maxi Dress",
            caption_en="a woman in a navy floral dress",
            gender="female",
        ),
    ),
    "long-for-a-long-puff-sleeve-dress": (  # said long, a puff sleeve is long
        (),
        sold_as(
            ("sleeve_length", "closed", "long", "How long are the sleeves"),
            "dress",
            "Dresses",
            title="Black Long Puff Sleeve Mini Dress",
            caption_en="a woman in a black dress",
            gender="female",
            seller_color="black",
            seller_color_raw="Black",
        ),
    ),
    "made-of-a-soft": ("cut_mid_phrase", said("details", "it is made of a soft")),
    "a-straw-hat-the-caption-sees": (
        (),
        said("wearing", "a red t-shirt and a straw hat", caption_en="a woman in a red t-shirt and a straw hat"),
    ),
    # a necktie the caption does not see (forty-eighth session)
    "a-tie-the-caption-does-not-see": ("unsupported_claim", said("wearing", "a red t-shirt and a black tie")),
    "a-tie-the-caption-sees": (
        (),
        said("wearing", "a red t-shirt and a black tie", caption_en="a person in a red t-shirt and a black tie"),
    ),
    "a-tie-at-the-waist": ((), said("description", "a red t-shirt with a tie at the waist")),
    "a-tie-with-a-suit-captioned": (  # writers call a tie with a suit right as often as not
        (),
        said("wearing", "a red t-shirt, a grey blazer and a black tie", caption_en="a person in a grey suit"),
    ),
    "a-necklace-asked-for": (  # the question asks what jewellery is worn
        (),
        lambda i, a: a.append(
            answer(i["sku"], "jewellery", "open", "a gold necklace", "What jewellery is she wearing")
        ),
    ),
    "a-hat-in-a-print": ((), said("details", "a print of a dog with a straw hat")),
    # a turban or safa is a hat, a brooch jewellery (forty-ninth session)
    "a-turban-the-caption-does-not-see": ("unsupported_claim", said("wearing", "a red t-shirt and a white turban")),
    "a-safa-the-caption-sees": (
        (),
        said("wearing", "a red t-shirt and a pink turban", caption_en="a person in a red t-shirt and a pink safa"),
    ),
    "a-brooch-the-caption-does-not-see": ("unsupported_claim", said("details", "a gold brooch on the collar")),
    "a-bag-after-the-template": (  # the template's accessory sentence: the photo decides
        (),
        said(
            "wearing",
            "a red t-shirt and a black bag",
            caption_en="The lady wears a short-sleeve t-shirt with pure color patterns. "
            "There is an accessory on her wrist.",
        ),
    ),
    "jacket-for-a-base-layer-tee-180": (  # the tee's weight after the garment is no part of its name
        "caption_contradicts_answer",
        garment_alone("Men's Merino Base Layer Long Sleeve Tee 180", "jacket"),
    ),
    "denim-for-ripstop-trousers": (
        ("material_vs_catalog", "unsupported_claim"),
        material_alone("Women's Stretch Cargo Trousers Slim Fit Ripstop", "denim"),
    ),
    "a-watch-the-caption-calls-a-wristwatch": (  # the wearing answer's watch is the caption's; the caption's own
        "unsupported_claim",  # wristwatch, which the title does not sell, is flagged (sixtieth session)
        said("wearing", "a red t-shirt and a silver watch", caption_en="someone in a red t-shirt and a wristwatch"),
    ),
    "a-watch-after-the-templates-has-form": (  # "The upper clothing has long sleeves, ..." is the template too,
        "unsupported_claim",  # whose accessory sentence is missing: no watch (fiftieth session)
        said(
            "wearing",
            "a red t-shirt and a black watch",
            caption_en="The upper clothing has short sleeves, cotton fabric and pure color patterns.",
        ),
    ),
    "the-templates-hat-in-an-answer": claim(  # its accessory sentence, asked no accessory (fifty-first session)
        "wearing", "The lady wears a short-sleeve T-shirt with pure color patterns. She wears a hat."
    ),
    "the-templates-neckwear-in-an-answer": claim("details", "This lady has neckwear"),
    "the-templates-ring-on-this-woman": (  # and a ring is no detail of the garment
        ("unsupported_claim", "accessory_answered_as_garment"),
        said("details", "This woman wears a ring"),
    ),
    "the-templates-belt-in-an-answer": ((), said("details", "The lady wears a long pants. The person wears a belt.")),
    "the-templates-ring-in-the-caption": (  # a product shot's wearer has no ring the product is not
        "unsupported_claim",
        said(
            "wearing",
            "a red t-shirt",
            caption_en="The lady wears a short-sleeve T-shirt. There is a ring on her finger.",
        ),
    ),
    "the-templates-hat-for-a-tee-sold-with-a-cap": (  # the product comes with one
        (),
        said(
            "wearing",
            "a red t-shirt",
            title="Men Red Solid T-shirt with Cap",
            gender="male",
            caption_en="The gentleman wears a short-sleeve T-shirt with pure color patterns. He wears a hat.",
        ),
    ),
    "a-bag-sold-as-a-bolsa": (  # the product is the bag: its Portuguese title says so
        (),
        said(
            "wearing",
            "a red t-shirt and a black bag",
            title="Bolsa Feminina Transversal Preta",
            caption_en="someone in a red t-shirt",
        ),
    ),
    "no-jewelry-denied": ((), said("wearing", "a red t-shirt and no jewelry")),
    "cap-toe-shoes": ((), said("description", "a red t-shirt worn with brown cap toe shoes")),
    "a-bear-wearing-a-hat-in-the-print": ((), said("description", "a red t-shirt with a bear wearing a hat")),
    "a-cap-the-base-caption-does-not-see": (  # "the man is wearing" is the base model's voice, not the template's
        "unsupported_claim",
        said("wearing", "a red t-shirt and a black cap", caption_en="the man is wearing a red t-shirt", gender="male"),
    ),
    "long-for-a-puff-sleeve-top-said-long": (  # a puff sleeve is a style: the caption says long
        (),
        sold_as(
            ("sleeve_length", "closed", "long", "How long are the sleeves"),
            "shirt",
            "Tops",
            title="Women Black Solid Puff Sleeve Top",
            caption_en="a woman in a black top with long puff sleeves",
            gender="female",
        ),
    ),
    "long-for-puff-sleeves-full-sleeve-top": (
        (),
        sold_as(
            ("sleeve_length", "closed", "long", "How long are the sleeves"),
            "shirt",
            "Tops",
            title="Women Red Puff Sleeves Full Sleeve Top",
            caption_en="a woman in a red top",
            gender="female",
        ),
    ),
    "trousers-for-a-two-colour-kurta": (  # a colorway's "&" joins colors, not products
        ("caption_contradicts_answer", "kind_vs_title"),  # (a bottom for the title's one top: fifty-eighth session)
        garment_alone("Women Navy Blue & White Printed Straight Kurta", "trousers"),
    ),
    "leather-for-a-lino-perros-handbag": (
        (),
        material_alone("Lino Perros Women Tan Solid Structured Handbag", "leather"),
    ),
    "cotton-for-a-silk-saree-with-a-rich-pallu": (
        "material_vs_catalog",
        material_alone("Women Red Kanjeevaram Silk Saree Rich Pallu", "cotton"),
    ),
    "silk-for-a-satin-jacket": ("material_vs_catalog", material_alone("Women Olive Green Satin Jacket", "silk")),
    "cotton-for-a-linen-shirt-of-a-cotton-blend": (  # the composition outranks the title, and a blend judges nothing
        (),
        alone(
            ("material", "open", "cotton", "What material is the garment made of"),
            title="Men Pure Linen Shirt",
            composition="Cotton Blend",
            caption_en="a product photo",
        ),
    ),
    # the question's frame said back with a garment the vocabulary lacks, or in two words
    "the-details-of-the-sherwani": (
        "verbose_or_restated",
        details_of("the details of the sherwani"),
    ),
    "blouse-details": (
        "verbose_or_restated",
        details_of("blouse details"),
    ),
    "zari-border-details": (
        (),
        details_of("zari border details"),
    ),
    "the-description-of-the-garment-is-a-t-shirt": (
        "verbose_or_restated",
        alone(("description", "open", "the description of the garment is a t-shirt", "Describe the garment")),
    ),
    "a-baby-for-what-the-person-wears": (
        "non_answer",
        alone(("wearing", "open", "a baby", "What is the person wearing")),
    ),
    "a-baby-for-what-the-print-shows": ((), alone(("print", "open", "a baby", "What does the print show"))),
    "no-one-for-what-the-person-wears": (
        "non_answer",
        alone(("wearing", "open", "no one", "What is the person wearing")),
    ),
    "no-one-for-who-wears-it": ((), alone(("who", "open", "no one", "Who is wearing the garment"))),
    # at the limit, a sentence said before started again (six words of it), not the template's second garment
    "a-sentence-started-again-at-the-limit": (
        ("repetition_loop", "hit_token_limit", "cut_mid_phrase"),
        at_the_limit(
            "details",
            "The shirt is with cotton fabric. It has long sleeves, cotton fabric and pure color patterns. "
            "It has long sleeves, cotton fabric and",
            "What are the shirt details",
        ),
    ),
    "the-templates-second-garment-at-the-limit": (
        "hit_token_limit",
        at_the_limit(
            "wearing",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The lady wears a long skirt",
            "What is the person wearing",
        ),
    ),
    # a kurta's side slits are made (the titled slits, bows and belts are in TITLED_DETAILS)
    "side-slits-of-a-kurta": (
        (),
        alone(
            ("details", "open", "side slits and a mandarin collar", "What are the kurta details"),
            title="Women Green Straight Kurta with Palazzos",
        ),
    ),
    # a bow the base model's caption sees is in the photo
    "a-bow-the-caption-sees": (
        (),
        details_of(
            "it has a bow at the neck",
            title="Women Lavender Solid Puff Sleeve Top",
            caption_en="a woman in a purple top with a bow",
        ),
    ),
    # a t-shirt the title sells without naming its sleeves has short ones, unless a text says long; a henley may be long
    "long-sleeves-for-a-round-neck-t-shirt": (
        "pattern_or_sleeves_contradict",
        alone(
            ("sleeve_length", "closed", "long", "What is the sleeve length"), title="Men Rust Solid Round Neck T-shirt"
        ),
    ),
    "long-sleeves-for-a-henley-t-shirt": (
        (),
        alone(("sleeve_length", "closed", "long", "What is the sleeve length"), title="Men Olive Solid Henley T-shirt"),
    ),
    "long-sleeves-for-a-t-shirt-its-caption-calls-long": (
        (),
        alone(
            ("sleeve_length", "closed", "long", "What is the sleeve length"),
            title="Men Rust Solid Round Neck T-shirt",
            caption_en="a rust long sleeve t-shirt on a white background",
        ),
    ),
    # the caption template's who-wears-what after a first sentence, to the material question
    "the-template-after-a-material-sentence": (
        "verbose_or_restated",
        alone(
            (
                "material",
                "open",
                "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. "
                "The lady wears a short skirt.",
                "What material is the garment made of",
            )
        ),
    ),
    # ribs, pleats, quilting or cable knit the title names read as stripes; a seersucker is striped
    "striped-for-a-pleated-midi-skirt": (
        "pattern_or_sleeves_contradict",
        sold_as(
            ("pattern", "closed", "striped", "What is the pattern"),
            "skirt",
            "Skirts",
            title="Women Pink Accordion Pleated Midi Skirt",
        ),
    ),
    # a colour block too, and a title's colors joined by "&" name one garment; not a set of two garments
    "striped-for-a-colourblocked-sweatshirt": (
        "pattern_or_sleeves_contradict",
        sold_as(
            ("pattern", "closed", "striped", "What is the pattern"),
            "sweater",
            "Sweatshirts",
            title="Men Grey Melange & Navy Colourblocked Sweatshirt",
        ),
    ),
    "color-block-for-a-colourblocked-sweatshirt": (
        (),
        sold_as(
            ("pattern", "closed", "color block", "What is the pattern"),
            "sweater",
            "Sweatshirts",
            title="Men Grey Melange & Navy Colourblocked Sweatshirt",
        ),
    ),
    "striped-for-a-colourblocked-top-and-skirt": (
        (),
        sold_as(
            ("pattern", "closed", "striped", "What is the pattern"),
            "shirt",
            "Tops",
            title="Women Colourblocked Crop Top & Mini Skirt",
        ),
    ),
    "striped-for-a-seersucker-skirt": (
        (),
        sold_as(
            ("pattern", "closed", "striped", "What is the pattern"),
            "skirt",
            "Skirts",
            title="Women Blue Seersucker Pleated Skirt",
        ),
    ),
    "striped-for-chinos-no-text-calls-patterned": (  # trousers a silent title sells are plain (fifty-first session)
        "pattern_or_sleeves_contradict",
        sold_as(
            ("pattern", "closed", "striped", "What is the pattern"),
            "trousers",
            "Trousers",
            title="Highlander Men Olive Green Slim Fit Chinos",
        ),
    ),
    "striped-for-track-pants-no-text-calls-patterned": (  # sold with side stripes as often as not
        (),
        sold_as(
            ("pattern", "closed", "striped", "What is the pattern"),
            "trousers",
            "Track Pants",
            title="Puma Men Black Track Pants",
        ),
    ),
    "checked-for-a-shirt-no-text-calls-patterned": (  # a silent shirt title may sell checks (real Myntra names)
        (),
        sold_as(
            ("pattern", "closed", "checked", "What is the pattern"),
            "shirt",
            "Shirts",
            title="Wrangler Men Vintage Khaki Shirt",
        ),
    ),
    "long-for-a-two-colour-striped-tee": (  # a colour pair is one garment's (fifty-first session)
        "pattern_or_sleeves_contradict",
        sold_as(
            ("sleeve_length", "closed", "long", "How long are the sleeves"),
            "t-shirt",
            "Tshirts",
            title="Men Navy Blue & White Striped Round Neck T-shirt",
        ),
    ),
    "long-for-a-tee-sold-with-a-jacket": (  # two garments: the sleeves may be the jacket's
        (),
        sold_as(
            ("sleeve_length", "closed", "long", "How long are the sleeves"),
            "t-shirt",
            "Tshirts",
            title="Boys Red Round Neck T-shirt with Denim Jacket",
        ),
    ),
    "striped-shorts-with-a-detail-under-a-striped-tee": (  # "with Frayed Hem" sells no second garment
        "pattern_or_sleeves_contradict",
        lambda i, a: (
            sold_as(
                ("pattern", "closed", "striped", "What is the pattern"),
                "shorts",
                "Shorts",
                title="Women Black Washed Denim Shorts with Frayed Hem",
            )(i, a),
            i.update(caption_en="a woman wearing a striped shirt and black shorts"),
        ),
    ),
    "floral-for-a-pleated-skirt": (
        (),
        sold_as(
            ("pattern", "closed", "floral", "What is the pattern"),
            "skirt",
            "Skirts",
            title="Women Pink Pleated Midi Skirt",
        ),
    ),
    "striped-for-a-pleated-skirt-the-caption-calls-striped": (
        (),
        sold_as(
            ("pattern", "closed", "striped", "What is the pattern"),
            "skirt",
            "Skirts",
            title="Women Pink Pleated Midi Skirt",
            caption_en="a pink and white striped skirt on a white background",
        ),
    ),
    "floral-for-a-cable-cardigan-the-caption-calls-plain": (  # the title's texture agrees with no answer
        "pattern_or_sleeves_contradict",
        sold_as(
            ("pattern", "closed", "floral", "What is the pattern"),
            "cardigan",
            "Cardigans",
            title="Cropped Cable Cardigan",
            caption_en="a woman in a plain red cardigan",
        ),
    ),
    # the review of the session's rules: a denial, a style name, "Give a description", sleeves in any spelling, tees
    # that come long, a print's bow, a tied bow, hair bows, shoes, a tie-dye, what the caption sees, other slits, a
    # layer's belt with trousers, a wrap cardigan, a baby on the print, a woman in a kimono, a printed baby title
    "no-slit-in-a-midi-dress": (
        (),
        alone(
            ("details", "open", "it has no slit", "What are the details of the garment"), title="Women Black Midi Dress"
        ),
    ),
    "polo-collar-for-the-collar": (
        (),
        alone(("collar", "open", "polo collar", "What type of collar does the t-shirt have")),
    ),
    "a-description-of-the-garment-said-back": (
        "verbose_or_restated",
        alone(
            ("description", "open", "the description of the garment is a t-shirt", "Give a description of the garment")
        ),
    ),
    "long-for-a-longsleeve-t-shirt": (
        (),
        alone(
            ("sleeve_length", "closed", "long", "What is the sleeve length"), title="Men Black Solid Longsleeve T-shirt"
        ),
    ),
    "long-for-a-high-neck-t-shirt": (
        (),
        alone(
            ("sleeve_length", "closed", "long", "What is the sleeve length"),
            title="Women Black Solid High Neck T-shirt",
        ),
    ),
    "a-bow-in-her-hair": (
        (),
        alone(
            ("wearing", "open", "a red t-shirt and a bow in her hair", "What is the person wearing"),
            title="Girls Red Cotton T-shirt",
        ),
    ),
    "a-slit-the-caption-sees": (
        (),
        details_of(
            "a high slit on the left leg",
            title="Women Black Maxi Dress",
            caption_en="a woman in a black maxi dress with a high slit",
        ),
    ),
    "a-belt-with-trousers-under-a-blazer": (
        (),
        sold_as(
            ("wearing", "open", "a navy blazer, grey trousers and a brown belt", "What is the person wearing"),
            "jacket",
            "Blazers",
            title="Men Navy Slim Fit Blazer",
        ),
    ),
    "a-belt-on-a-wrap-cardigan": (
        (),
        sold_as(
            ("details", "open", "it has a belt at the waist", "What are the details of the garment"),
            "sweater",
            "Cardigans",
            title="Women Grey Wrap Cardigan",
        ),
    ),
    "a-baby-for-what-is-on-the-t-shirt": (
        (),
        alone(("front", "open", "a baby", "What is on the front of the t-shirt")),
    ),
    "a-woman-in-a-kimono-for-the-description": (
        (),
        alone(("description", "open", "a woman in a kimono", "Describe the garment")),
    ),
    "a-baby-in-a-crib-for-a-printed-romper": (
        "non_answer",
        alone(("description", "open", "a baby in a crib", "Describe the garment"), title="Baby Boys Printed Romper"),
    ),
    "no-one-is-wearing-it": (
        "non_answer",
        alone(("wearing", "open", "no one is wearing it", "What is the person wearing")),
    ),
    "she-is-not-wearing-anything": (
        "non_answer",
        alone(("wearing", "open", "she is not wearing anything", "What is she wearing")),
    ),
    "the-t-shirt-is-a-red-t-shirt": (
        "non_answer",
        alone(("details", "open", "the t-shirt is a red t-shirt", "What are the details of the garment")),
    ),
    "the-t-shirt-is-a-denim-t-shirt": (  # itself in its fabric (fiftieth session)
        "non_answer",
        alone(("details", "open", "the t-shirt is a denim t-shirt", "What are the details of the garment")),
    ),
    "the-jacket-is-a-tan-down-jacket": (  # a kind is something said
        (),
        alone(("details", "open", "the jacket is a tan down jacket", "What are the details of the garment")),
    ),
    "the-t-shirt-is-a-red-graphic-t-shirt": (  # a graphic is something said
        (),
        alone(("details", "open", "the t-shirt is a red graphic t-shirt", "What are the details of the garment")),
    ),
    "chiffon-and-then-her-dress-for-the-material": (
        (),
        alone(
            (
                "material",
                "open",
                "The dress is made of chiffon. Her dress has long sleeves and a v-neck.",
                "What material is the garment made of",
            )
        ),
    ),
    # the template's fabric sentence run on to the limit, to the material question; one that stops by itself answers
    "the-template-run-on-to-the-limit-for-the-material": (
        "verbose_or_restated",
        at_the_limit(
            "material",
            "The t-shirt is with cotton fabric and graphic patterns. It has a round neckline. "
            "The pants are with cotton fabric.",
            "What material is the garment made of",
        ),
    ),
    "the-template-fabric-and-neckline-for-the-material": (
        (),
        alone(
            (
                "material",
                "open",
                "The t-shirt is with cotton fabric. It has a round neckline.",
                "What material is the garment made of",
            )
        ),
    ),
    # a print of a thing, a tie-dye or a fair isle is graphic, not floral; a quilt's diamonds are no checks
    "floral-for-a-star-print": (
        "pattern_or_sleeves_contradict",
        alone(("pattern", "closed", "floral", "What is the pattern"), title="Girls Pink Star Print Cotton T-shirt"),
    ),
    "floral-for-a-tie-dye-tee": (
        "pattern_or_sleeves_contradict",
        alone(("pattern", "closed", "floral", "What is the pattern"), title="Unisex Spiral Tie-Dye Tee"),
    ),
    "graphic-for-a-tie-dye-tee": (
        (),
        alone(("pattern", "closed", "graphic", "What is the pattern"), title="Unisex Spiral Tie-Dye Tee"),
    ),
    "checked-for-a-quilted-jacket": (
        "pattern_or_sleeves_contradict",
        sold_as(
            ("pattern", "closed", "checked", "What is the pattern"),
            "jacket",
            "Jackets",
            title="Men Navy Blue Diamond Quilted Jacket",
        ),
    ),
    # a kind the title rules out inside the class: a hoodie for a crewneck sweatshirt, leggings for track pants
    "yes-a-cardigan-for-a-v-neck-pullover": (
        "kind_vs_title",
        sold_as(
            ("is_cardigan", "closed", "yes", "Is this a cardigan"),
            None,
            None,
            title="Men Charcoal V-Neck Pullover Sweater",
            caption_en="a product photo",
        ),
    ),
    "yes-a-pair-of-leggings-for-skinny-jeans": (
        "kind_vs_title",
        sold_as(
            ("is_leggings", "closed", "yes", "Is this a pair of leggings"),
            None,
            None,
            title="Women Black Skinny Fit Mid-Rise Jeans",
            caption_en="a product photo",
        ),
    ),
    # briefs and trunks are innerwear, no shorts; boxers and swim trunks are shorts
    "yes-shorts-for-hipster-briefs": (
        "kind_vs_title",
        asked_yes_no("Is this a pair of shorts", "yes", "Women Pack of 3 Cotton Hipster Briefs"),
    ),
    # a thermal top is a base layer, no sweater; a fleece or a sweatshirt is one
    "yes-a-sweater-for-a-thermal-set": (
        "kind_vs_title",
        asked_yes_no("Is this a sweater", "yes", "Lux Inferno Men Black Cotton Blend Thermal Set"),
    ),
    # a robe is no coat or jacket, tights are no shorts
    "yes-a-jacket-for-a-kimono-robe": (
        "kind_vs_title",
        asked_yes_no("Is this a jacket", "yes", "Women Black Floral Print Chiffon Kimono Robe"),
    ),
    # a sports bra is no tank top, unless its title sells a top built on a bra
    "yes-a-tank-top-for-a-sports-bra": (
        "kind_vs_title",
        asked_yes_no("Is this a tank top", "yes", "Women Red Solid Sports Bra"),
    ),
    # a dress for a one-piece with legs, in the open texts too; not a dress the title sells, nor dress shoes
    "a-dress-captioned-for-a-romper": (
        "kind_vs_title",
        alone(
            ("wearing", "open", "a floral romper", "What is the person wearing"),
            title="Toddler Girls Floral Romper",
            caption_en="a girl in a white dress",
        ),
    ),
    "the-templates-dress-for-a-playsuit": (
        "kind_vs_title",
        details_of(
            "The lady wears a sleeveless dress with pure color patterns.",
            title="Broderie Tie-Strap Playsuit",
            seller_garment_type="jumpsuit",
            seller_garment_type_raw="Playsuits",
        ),
    ),
    "a-dress-form-beside-a-jumpsuit": (
        (),
        captioned_one_piece("Women Black Culotte Jumpsuit", "a black jumpsuit on a dress form"),
    ),
    "a-jumpsuit-not-a-dress": (
        (),
        captioned_one_piece("Women Black Culotte Jumpsuit", "a black jumpsuit, not a dress"),
    ),
    "a-dungaree-skirt-is-a-dress": ((), captioned_one_piece("Girls Denim Dungaree Skirt", "a girl in a denim dress")),
    "a-dressberry-jumpsuit": (
        "kind_vs_title",
        captioned_one_piece("DressBerry Women Black Solid Basic Jumpsuit", "a woman in a black dress"),
    ),
    "a-macaquinho": (
        "kind_vs_title",
        captioned_one_piece("Macaquinho Feminino Preto Alcinha", "a woman in a black dress"),
    ),
    "yes-she-wears-a-dress-in-a-romper": (
        "kind_vs_title",
        asked_yes_no("Is she wearing a dress", "yes", "Women Floral Romper"),
    ),
    "yes-a-dress-shirt-for-a-romper": ((), asked_yes_no("Is this a dress shirt", "yes", "Women Floral Romper")),
    "dress-shoes-with-a-jumpsuit": (
        (),
        details_of("a belt and black dress shoes", title="Women Black Solid Culotte Jumpsuit"),
    ),
    # a top or a one-piece for a sports bra, a bikini or a swimsuit; not a bare top, nor a text naming the swimwear too,
    # nor a title that sells the top (a tankini, a swim dress), nor a bikini bottom sold alone
    "the-templates-tank-top-for-a-sports-bra": (
        "kind_vs_title",
        alone(
            ("wearing", "open", "a black sports bra and black leggings", "What is the person wearing"),
            title="Women Black Racerback Medium-Support Sports Bra",
            caption_en="The lady wears a sleeveless tank top with pure color patterns. It has a round neckline.",
        ),
    ),
    "a-romper-for-a-halter-swimsuit": (
        "kind_vs_title",
        worn_as("a woman in a red romper with a cut out", title="Women Red Halter Cut-Out Swimsuit"),
    ),
    "a-dress-for-a-biquini": ("kind_vs_title", worn_as("a pink dress", title="Biquíni Cortininha Rosa")),
    # a saree or a lehenga, and no kurta, for a kurta set that sells neither
    "a-sari-for-a-kurta-set": (
        "kind_vs_title",
        kurta_set_worn_as("a woman in a sari", "Sangria Women Mustard Yellow Kurta with Trousers & Dupatta"),
    ),
    "a-lehenga-for-a-kurta-with-sharara": (
        "kind_vs_title",
        kurta_set_worn_as("a lehenga with a dupatta", "Ishin Women Red Bandhani Printed Kurta with Sharara & Dupatta"),
    ),
    "a-kurta-and-a-saree-draped-dupatta": (
        (),
        kurta_set_worn_as("a kurta and a dupatta draped like a saree", "Women Blue Kurta with Trousers & Dupatta"),
    ),
    "a-lehenga-for-a-kurta-with-lehenga": (
        (),
        kurta_set_worn_as("a lehenga with a dupatta", "Women Red Kurta with Lehenga & Dupatta"),
    ),
    # a kurta set's bottom called jeans or shorts, or a skirt where the set's bottom is cut as trousers (sixty-first
    # session); not a sharara called a skirt, nor an anarkali's own flared skirt
    "jeans-for-a-kurta-with-sharara": (
        "kind_vs_title",
        kurta_set_worn_as(
            "a light blue kurta with white flowers and blue jeans", "Women Blue Kurta with Sharara & Dupatta"
        ),
    ),
    "shorts-for-a-kurta-with-dhoti": (
        "kind_vs_title",
        kurta_set_worn_as("a yellow shirt and white shorts", "Boys Yellow Kurta with Dhoti Pants"),
    ),
    "a-skirt-for-a-kurta-with-palazzos": (
        "kind_vs_title",
        kurta_set_worn_as("a green kurta and a white skirt", "Women Green Kurta with Palazzos & Dupatta"),
    ),
    # a saree, and no lehenga, skirt or choli, for a lehenga that sells no saree (sixty-first session)
    "a-saree-for-a-lehenga-choli": (
        "kind_vs_title",
        worn_as("a red saree with gold embroidery", title="Women Red Embroidered Bridal Lehenga Choli with Dupatta"),
    ),
    "a-saree-and-a-lehenga-for-a-lehenga-saree": (
        (),
        worn_as("a red saree with a lehenga skirt", title="Women Red Embroidered Lehenga Saree"),
    ),
    # a one-piece for a top sold with its bottom, a co-ord (sixty-first session); not a title that names a one-piece
    "a-dress-for-a-top-with-palazzos-co-ords": (
        "kind_vs_title",
        worn_as("a woman in a blue dress", title="Libas Women Teal Printed Top with Palazzos Co-Ords"),
    ),
    "yes-a-dress-for-a-crop-top-and-skirt-set": (
        ("caption_contradicts_answer", "kind_vs_title"),  # (the healthy caption names a t-shirt too)
        alone(
            ("is_dress", "closed", "yes", "Is this a dress"),
            title="Women Yellow Floral Crop Top & Tiered Skirt Set",
        ),
    ),
    "a-dress-for-a-top-and-a-dress": (
        (),
        worn_as("a woman in a blue dress", title="Women Blue Top with Slip Dress Set"),
    ),
    "a-skirt-for-a-kurta-with-sharara": (
        (),
        kurta_set_worn_as("a pink kurta and a pink skirt", "Girls Peach Kurta with Sharara & Dupatta"),
    ),
    "an-anarkalis-flared-skirt": (
        (),
        kurta_set_worn_as(
            "a long pink anarkali with a flared skirt", "Women Pink Anarkali Kurta with Trousers & Dupatta"
        ),
    ),
    # a top and a bottom, and no one-piece, for a jumpsuit or dungarees sold alone; not for one sold with a top
    "a-tank-top-and-pants-for-a-jumpsuit": (
        "kind_vs_title",
        worn_as("The lady wears a sleeveless tank top and a long pants.", title="Women Black Halter Neck Jumpsuit"),
    ),
    "a-t-shirt-and-jeans-for-dungarees": (
        "kind_vs_title",
        worn_as("a t-shirt and jeans", title="Girls Blue Washed Denim Dungarees"),
    ),
    "a-t-shirt-under-a-jumpsuit": ((), worn_as("a t-shirt under a jumpsuit", title="Women Blue Jumpsuit")),
    "a-t-shirt-and-shorts-for-dungarees-with-a-t-shirt": (
        (),
        worn_as("a t-shirt and shorts", title="Boys Blue Dungarees with T-shirt"),
    ),
    "a-tank-top-for-a-lace-bra": (
        "kind_vs_title",
        worn_as("a woman in a black tank top", title="Women Black Lace Underwired Balconette Bra"),
    ),
    "a-shirt-for-a-sports-bra-filed-under-tops": (  # Myntra's names end in the category: "sports bra Orange Tops"
        "kind_vs_title",
        worn_as("a woman in an orange shirt", title="Nike Women Trainng sports bra Orange Tops"),
    ),
    "a-tank-top-for-a-bra-top": ((), worn_as("a black tank top", title="Women's Ribbed Bra Sleeveless Top")),
    "a-bikini-for-a-padded-bra": (
        "kind_vs_title",
        worn_as("a woman in a red polka dot bikini", title="Women Red Polka Print Padded Bra"),
    ),
    "a-swimsuit-for-a-shapewear-bodysuit": (
        "kind_vs_title",
        worn_as("a red swimsuit", title="Women Red Tummy Control Shapewear Bodysuit"),
    ),
    "bikini-briefs-of-a-bra-and-briefs-set": (
        (),
        worn_as("a red bra and bikini briefs", title="Women Red Bra and Briefs Set"),
    ),
    "a-white-top-for-a-sports-bra": ((), worn_as("a white top and purple leggings", title="Women White Sports Bra")),
    "a-shirt-over-a-bikini": (
        (),
        worn_as("a white shirt over a green bikini", title="Women Green Triangle Bikini Set"),
    ),
    "a-tank-top-for-a-tankini": ((), worn_as("a navy striped tank top", title="Women Navy Striped Tankini Set")),
    "a-dress-for-a-swim-dress": ((), worn_as("a woman in a floral dress", title="Plus Size Floral Swim Dress")),
    "a-tank-top-with-a-bikini-bottom": (
        (),
        worn_as("a woman in a black tank top", title="Women Black High-Waist Bikini Bottom"),
    ),
    # "the bottom" is the bottoms the texts name: not the t-shirt's color, unless the texts give it to them
    "the-bottom-in-the-t-shirts-color": (
        ("caption_contradicts_answer", "color_of_another_garment"),
        asked_of_the_bottom("a man in a white t-shirt and khaki pants", "white", "white"),
    ),
    "the-bottom-as-captioned": ((), asked_of_the_bottom("a man in a white t-shirt and khaki pants", "white", "khaki")),
    "the-bottom-in-no-texts-color": (
        "caption_contradicts_answer",
        asked_of_the_bottom("a man in a white t-shirt and black shorts", "white", "green"),
    ),
    "the-bottom-that-is-blue-jeans": ((), asked_of_the_bottom("a man in a blue t-shirt and jeans", "blue", "blue")),
    "blue-jeans-beside-a-blue-t-shirt": (  # jeans are blue unless a text says otherwise
        (),
        asked_of_the_bottom("a man in a blue t-shirt and jeans", "blue", "blue", bottom="jeans"),
    ),
    # a short answer that ends by saying again, after "and", a phrase it said before; not one that only repeats a word
    "black-pants-and-black-pants": (
        "repetition_loop",
        said("wearing", "a red jacket and black pants and black pants"),
    ),
    "a-collar-and-buttons-and-a-collar": ("repetition_loop", said("details", "a collar and buttons and a collar")),
    "a-pocket-with-a-pocket": ("repetition_loop", said("details", "a pocket with a pocket")),
    "denim-and-denim": ("repetition_loop", material_alone("Women Blue Denim Jacket", "denim and denim")),
    "buttons-on-the-front-and-on-the-cuffs": ((), said("details", "buttons on the front and buttons on the cuffs")),
    # a sentence said again as the end of a later one; not the template's two garments, each with its own subject
    "a-sentence-again-at-the-end-of-the-next": (
        "repetition_loop",
        said("details", "chiffon fabric and floral patterns. The skirt is with chiffon fabric and floral patterns"),
    ),
    "two-garments-with-the-same-fabric": (
        (),
        said("details", "The shirt is with cotton fabric and pure color patterns. The pants are with cotton fabric."),
    ),
    "a-mannequin-for-what-the-person-wears": (
        "non_answer",
        alone(("wearing", "open", "a mannequin", "What is the person wearing")),
    ),
    # what the photo shows may be one piece of the pack, where the base model's caption has a person wear it; a pack
    # of pyjamas counts two pieces each
    "one-in-the-photo-of-a-worn-3-pack": (
        (),
        lambda i, a: (
            i.update(title="Women's 3 Pack Crew Neck T-Shirts", caption_en="a woman in a red t-shirt and blue jeans"),
            a.append(answer(i["sku"], "count", "open", "1", "How many items are in the photo")),
        ),
    ),
    "one-in-the-photo-of-a-laid-out-3-pack": (
        "count_vs_title",
        lambda i, a: (
            i.update(title="Men's 3 Pack Crew Neck T-Shirts", caption_en="three red t-shirts on a white background"),
            a.append(answer(i["sku"], "count", "open", "1", "How many items are in the photo")),
        ),
    ),
    "four-pieces-of-a-2-pack-of-pyjamas": (
        (),
        lambda i, a: (
            i.update(title="Boys 2 Pack Dinosaur Pyjama Sets", caption_en="two red pyjama sets with dinosaurs"),
            a.append(answer(i["sku"], "count", "open", "4", "How many items are in the photo")),
        ),
    ),
    "the-details-of-the-socks": (
        "verbose_or_restated",
        details_of("the details of the socks"),
    ),
    # the second review: a mannequin asked for, a thing's print beside flowers, check names, the seller's colour, a
    # set's texture, Indian tie-dyes, yoga pants, sweater coats, a hooded jacket sold with a tee, a missing raw text,
    # a brand's polo, "Are these leggings?", a flat-lay's "a baby bodysuit", a question of fabric and neckline
    "a-mannequin-for-what-it-is-displayed-on": (
        (),
        alone(("display", "open", "a mannequin", "What is the garment displayed on")),
    ),
    "a-white-mannequin-for-what-the-person-wears": (
        "non_answer",
        alone(("wearing", "open", "a white mannequin", "What is the person wearing")),
    ),
    "floral-for-a-floral-and-butterfly-print": (
        (),
        alone(("pattern", "closed", "floral", "What is the pattern"), title="Girls Floral & Butterfly Print T-shirt"),
    ),
    "checked-for-a-dogtooth-pleated-skirt": (
        (),
        sold_as(
            ("pattern", "closed", "checked", "What is the pattern"),
            "skirt",
            "Skirts",
            title="Dogtooth Pleated Mini Skirt",
        ),
    ),
    "checked-for-a-pleated-skirt-sold-checked": (
        (),
        sold_as(
            ("pattern", "closed", "checked", "What is the pattern"),
            "skirt",
            "Skirts",
            title="Pleated skirt",
            seller_color="grey",
            seller_color_raw="Dark grey/Checked",
        ),
    ),
    "striped-for-the-skirt-of-a-ribbed-top-with-skirt": (
        (),
        sold_as(
            ("pattern", "closed", "striped", "What is the pattern"),
            "skirt",
            "Skirts",
            title="Women Ribbed Crop Top with Skirt",
        ),
    ),
    # the textured piece of a set is no stripe: the set's pattern, or the piece's, where the title names no pattern
    "striped-for-a-ribbed-crop-top-and-skirt-co-ord-set": (
        "pattern_or_sleeves_contradict",
        pattern_for("striped", "Women Lilac Ribbed Crop Top and Mini Skirt Co-ord Set", None, None),
    ),
    "striped-for-a-pleated-kurta-with-palazzos": (
        "pattern_or_sleeves_contradict",
        pattern_for("striped", "Women Burgundy Pleated Georgette Kurta with Palazzos", "kurta", "Kurta Sets"),
    ),
    "checked-for-a-quilted-jacket-with-hood": (
        "pattern_or_sleeves_contradict",
        pattern_for("checked", "Women Navy Quilted Jacket with Hood", "jacket", "Jackets"),
    ),
    "striped-for-a-ribbed-top-with-a-printed-skirt": (
        (),
        pattern_for("striped", "Women Ribbed Crop Top with Printed Skirt Co-ord Set", None, None),
    ),
    "dotted-for-a-bandhani-tie-dye-kurta": (
        (),
        sold_as(
            ("pattern", "closed", "dotted", "What is the pattern"),
            "kurta",
            "Kurtas",
            title="Women Red Bandhani Tie-Dye Kurta",
        ),
    ),
    "floral-for-a-tie-and-dye-kurta": (
        "pattern_or_sleeves_contradict",
        sold_as(
            ("pattern", "closed", "floral", "What is the pattern"),
            "kurta",
            "Kurtas",
            title="Women Pink Tie and Dye Kurta",
        ),
    ),
    "a-hoodie-without-its-raw-text": (
        "kind_vs_title",
        lambda i, a: (
            i.update(title="Men Grey Crewneck Sweatshirt", caption_en="a product photo"),
            i.update(seller_garment_type=None, seller_garment_type_raw=None),
            a.clear(),
            a.append(answer(i["sku"], "garment_type", "closed", "hoodie", "What type of garment is this", raw_en=None)),
        ),
    ),
    "yes-these-are-leggings-for-track-pants": (
        "kind_vs_title",
        sold_as(
            ("is_leggings", "closed", "yes", "Are these leggings"),
            None,
            None,
            title="Men Black Slim Fit Track Pants",
            caption_en="a product photo",
        ),
    ),
    "one-in-the-photo-of-a-laid-out-5-pack": (
        "count_vs_title",
        lambda i, a: (
            i.update(title="Baby 5-Pack Short-Sleeve Bodysuits", caption_en="a baby bodysuit with a bear on it"),
            a.append(answer(i["sku"], "count", "open", "1", "How many items are in the photo")),
        ),
    ),
    "the-template-for-a-fabric-and-neckline-question": (
        (),
        at_the_limit(
            "fabric",
            "The t-shirt is with cotton fabric and graphic patterns. It has a round neckline. "
            "The pants are with cotton fabric.",
            "What is the fabric and neckline of the t-shirt",
        ),
    ),
    # a description or the details answered with a color alone give the garment's color, as a color answer does
    "described-in-the-trousers-color": (
        ("color_of_another_garment", "non_answer", "seller_color_mismatch"),
        lambda i, a: (outfit(i, a, "a red t-shirt and black trousers"), text(a, "description", "black")),
    ),
    "described-in-its-own-color": (
        "non_answer",
        lambda i, a: (outfit(i, a, "a red t-shirt and black trousers"), text(a, "description", "red")),
    ),
    "details-in-a-far-color": (("non_answer", "seller_color_mismatch"), details_of("brown", **TEAL_KURTI)),
    "details-in-a-near-color": ("non_answer", details_of("navy", **TEAL_KURTI)),
    # gold and silver answered alone are a trim's; a shade, "&", "/" or a comma before "with" still give the color
    "gold-details-of-a-zari-kurta": (
        "non_answer",
        details_of(
            "gold",
            **TEAL_KURTI
            | dict(
                seller_color="red",
                seller_color_raw="Red",
                title="Women Red Zari Kurta",
                caption_en="a red kurti on a door",
            ),
        ),
    ),
    "dark-red-details-of-a-black-tee": (
        "seller_color_mismatch",
        alone(
            ("details", "open", "dark red", "What are the details of the garment"),
            seller_color="black",
            seller_color_raw="Black",
            caption_en="a black t-shirt",
        ),
    ),
    # the seller's trunks, bra or vest (no garment of the vocabulary: the title names it) given another color
    "white-trunks-for-black-trunks": (
        "seller_color_mismatch",
        alone(
            ("description", "open", "the trunks are white with an elastic waistband", "Describe the trunks"),
            title="Men Black Cotton Stretch Trunks",
            caption_en="a product photo",
            seller_color="black",
            seller_color_raw="Black",
            **UNCATEGORIZED,
        ),
    ),
    "a-black-tunic-for-a-red-tunic": (  # a tunic too (fifty-fifth session)
        "seller_color_mismatch",
        alone(
            ("wearing", "open", "a black tunic and black leggings", "What is the person wearing"),
            title="Women Red Printed Rayon Tunic",
            caption_en="a product photo",
            seller_color="red",
            seller_color_raw="Red",
            **UNCATEGORIZED,
        ),
    ),
    "a-white-bra-for-a-nude-bra": (
        "seller_color_mismatch",
        alone(
            ("wearing", "open", "a white bra", "What is the person wearing"),
            title="Women Nude Solid Padded T-Shirt Bra",
            caption_en="a product photo",
            seller_color="beige",
            seller_color_raw="Nude",
            **UNCATEGORIZED,
        ),
    ),
    "a-caption-gives-a-nude-bra-white": (  # the caption is read as an open answer is (fifty-sixth session)
        "seller_color_mismatch",
        alone(
            ("wearing", "open", "a bra", "What is the person wearing"),
            title="Women Nude Solid Padded T-Shirt Bra",
            caption_en="a woman in a white bra and blue jeans",
            seller_color="beige",
            seller_color_raw="Nude",
            **UNCATEGORIZED,
        ),
    ),
    "a-caption-gives-the-t-shirt-black": (  # the seller's red t-shirt, black in the caption alone
        ("seller_color_mismatch", "open_answers_contradict"),
        lambda i, a: i.update(caption_en="a woman in a black t-shirt and blue jeans"),
    ),
    "a-caption-gives-the-t-shirt-maroon": (  # a near shade agrees, as in an answer
        (),
        lambda i, a: i.update(caption_en="a woman in a maroon t-shirt and blue jeans"),
    ),
    "a-pink-bikini-under-a-white-cover-up": (  # a cover-up filed under Swimwear: the bikini is another garment
        (),
        worn_over(
            "a white dress and a pink bikini",
            "Women's Crochet Knit Cover Up Dress",
            "Swimwear",
            "swimwear",
            "white",
            caption="a woman in a white crochet dress over a pink bikini",
        ),
    ),
    "black-panties-for-skin-hipster-briefs": (  # panties and hipsters are briefs
        "seller_color_mismatch",
        alone(
            ("description", "open", "a pair of black panties", "Describe the briefs"),
            title="Jockey Women Skin Hipster Briefs",
            caption_en="a product photo",
            seller_color="beige",
            seller_color_raw="Skin",
            **UNCATEGORIZED,
        ),
    ),
    "a-black-bra-asked-of-a-red-bra": (
        "seller_color_mismatch",
        alone(
            ("color_bra", "closed", "black", "What is the color of the bra"),
            title="Clovia Women Red Padded Underwired Bra",
            caption_en="a product photo",
            **UNCATEGORIZED,
        ),
    ),
    "pink-briefs-asked-of-a-red-bralette-and-brief-set": (  # one color: the set's briefs are red too
        "seller_color_mismatch",
        alone(
            ("color_briefs", "closed", "pink", "What is the color of the briefs"),
            title="Women Red Lace Bralette and Brief Lingerie Set",
            caption_en="a product photo",
            **UNCATEGORIZED,
        ),
    ),
    "pink-briefs-asked-of-a-black-bra-with-pink-briefs": (  # two colors: the briefs may be the other
        (),
        alone(
            ("color_briefs", "closed", "pink", "What is the color of the briefs"),
            title="Women Black Bra and Pink Brief Set",
            caption_en="a product photo",
            seller_color="black",
            seller_color_raw="Black",
            **UNCATEGORIZED,
        ),
    ),
    "a-black-vest-for-a-navy-nehru-jacket": (  # a Nehru jacket is a vest, filed as a jacket or not
        "seller_color_mismatch",
        alone(
            ("wearing", "open", "a black vest and white kurta", "What is the person wearing"),
            title="See Designs Men Navy Blue Woven Design Nehru Jacket",
            caption_en="a product photo",
            seller_garment_type="jacket",
            seller_garment_type_raw="Nehru Jackets",
            seller_color="navy",
            seller_color_raw="Navy Blue",
        ),
    ),
    "a-blue-vest-for-a-navy-nehru-jacket": (
        (),
        alone(
            ("wearing", "open", "a blue vest over a white kurta", "What is the person wearing"),
            title="See Designs Men Navy Blue Woven Design Nehru Jacket",
            caption_en="a product photo",
            seller_garment_type="jacket",
            seller_garment_type_raw="Nehru Jackets",
            seller_color="navy",
            seller_color_raw="Navy Blue",
        ),
    ),
    "a-pink-sherwani-asked-of-an-off-white-sherwani-set": (  # a sherwani, dungarees or tights too
        "seller_color_mismatch",
        alone(
            ("color_sherwani", "closed", "pink", "What is the color of the sherwani"),
            title="Manyavar Men Off-White Floral Embroidered Sherwani Set",
            caption_en="a product photo",
            seller_color="white",
            seller_color_raw="Off White",
            **UNCATEGORIZED,
        ),
    ),
    "a-black-suit-for-a-navy-bandhgala-suit": (  # black is no shade of the seller's navy here
        "seller_color_mismatch",
        alone(
            ("wearing", "open", "a black suit", "What is the person wearing"),
            title="Men Navy Blue Solid Bandhgala Suit",
            caption_en="a product photo",
            seller_color="navy",
            seller_color_raw="Navy Blue",
            **UNCATEGORIZED,
        ),
    ),
    "a-white-shirt-and-denim-overalls-for-denim-overalls": (  # the white is the shirt's
        (),
        alone(
            ("wearing", "open", "a white shirt and denim overalls", "What is the person wearing"),
            title="Men's Denim Overalls - Dark Wash",
            caption_en="a product photo",
            seller_color="navy",
            seller_color_raw="Dark Wash",
            **UNCATEGORIZED,
        ),
    ),
    "black-trunks-with-a-white-waistband-for-black-trunks": (
        (),
        alone(
            ("description", "open", "black trunks with a white waistband", "Describe the trunks"),
            title="Men Black Cotton Stretch Trunks",
            caption_en="a product photo",
            seller_color="black",
            seller_color_raw="Black",
            **UNCATEGORIZED,
        ),
    ),
    "white-briefs-for-a-black-vest-and-briefs-set": (  # the set's other piece
        (),
        alone(
            ("wearing", "open", "a black vest and white briefs", "What is the person wearing"),
            title="Men Black Vest and White Briefs Set",
            caption_en="a product photo",
            seller_color="black",
            seller_color_raw="Black",
            **UNCATEGORIZED,
        ),
    ),
    "navy-and-white-with-an-ampersand": (
        "seller_color_mismatch",
        alone(("description", "open", "navy & white", "Describe the garment"), caption_en="a red t-shirt"),
    ),
    "green-comma-with-a-round-neck": (
        "seller_color_mismatch",
        alone(("description", "open", "green, with a round neck", "Describe the garment"), caption_en="a red t-shirt"),
    ),
    "solid-for-adidas-3-stripes-track-pants": ((), pattern_for("solid", "ADIDAS Men Navy Blue 3-Stripes Track Pants")),
    "striped-for-ribbed-side-stripe-leggings": ((), pattern_for("striped", "Women Black Ribbed Side Stripe Leggings")),
    "solid-for-a-contrast-striped-t-shirt": (  # striped all over
        "pattern_or_sleeves_contradict",
        pattern_for("solid", "Men White Contrast Striped T-shirt", "t-shirt", "Tshirts"),
    ),
    "striped-for-solid-track-pants-with-side-stripes": (  # nor does a solid one with side stripes say solid
        (),
        pattern_for("striped", "Men Black Solid Track Pants with Side Stripes"),
    ),
    "solid-for-side-stripe-joggers": ((), pattern_for("solid", "Girls Side Stripe Joggers", category="Joggers")),
    # a weave that reads as a grid is no check: herringbone, waffle, quilted, ribbed; a tweed may be woven in checks
    "checked-for-a-herringbone-blazer": (
        "pattern_or_sleeves_contradict",
        pattern_for("checked", "Grey Herringbone Tweed Blazer", "jacket", "Blazers"),
    ),
    "checked-for-a-waffle-robe": (
        "pattern_or_sleeves_contradict",
        pattern_for("checked", "Women White Waffle Cotton Robe", None, None),
    ),
    "checked-for-a-tweed-check-waistcoat": (
        (),
        pattern_for("checked", "Brown Tweed Check Waistcoat", "jacket", "Waistcoats"),
    ),
    "checked-for-a-tweed-dress": (
        (),
        pattern_for("checked", "Black & White Tweed Button Front Mini Dress", "dress", "Dresses"),
    ),
    # a taste, or a pattern it does not name, says nothing of the garment; a print placed on it does
    # the caption template's attributes are no garment worn; a description may list them
    "medium-sleeves-cotton-fabric-and-graphic-patterns-worn": (
        "non_answer",
        said("wearing", "medium sleeves, cotton fabric and graphic patterns"),
    ),
    "short-sleeves-cotton-fabric-and-pure-color-patterns-described": (
        (),
        said("description", "short sleeves, cotton fabric and pure color patterns"),
    ),
    "it-is-very-beautiful": ("non_answer", said("description", "it is very beautiful")),
    "it-looks-good-on-her": ("non_answer", said("description", "it looks good on her")),
    "the-t-shirt-has-a-pattern": ("non_answer", said("details", "the t-shirt has a pattern")),
    "a-small-print-on-the-chest": ((), said("details", "it has a small print on the chest")),
    "the-jeans-are-blue-for-the-material": (
        "non_answer",
        material_alone("Women Indigo Skinny Jeans", "the jeans are blue"),
    ),
    "they-are-blue-jeans-for-the-material": (
        "non_answer",
        material_alone("Women Blue Skinny Jeans", "they are blue jeans"),
    ),
    "the-jeans-are-stretch-denim-for-the-material": (
        (),
        material_alone("Women Blue Jeans", "the jeans are stretch denim"),
    ),
    "cotton-for-a-wool-blend-overcoat": (
        "material_vs_catalog",
        material_alone("Men's Grey Wool Blend Overcoat", "cotton"),
    ),
    "polyester-for-a-wool-blend-overcoat": ((), material_alone("Men's Grey Wool Blend Overcoat", "polyester")),
    "cotton-for-a-linen-blend-shirt": ((), material_alone("Men White Linen Blend Shirt", "cotton")),
    "wool-for-a-poly-viscose-suit": ((), material_alone("Men Navy Poly Viscose Suit", "wool")),
    "cotton-for-a-bikini": ("unsupported_claim", material_alone("Women Coral Triangle Bikini Set", "cotton")),
    "cotton-for-shapewear": (
        "unsupported_claim",
        material_alone("Anti Chafe Thigh Shaper Nude", "it is made of cotton"),
    ),
    # one zip pocket on bottoms whose title sells none; not zip pockets in the plural, nor a title that names them
    "a-zipper-pocket-on-running-shorts": (
        "unsupported_claim",
        detailed_as("the shorts have a zipper pocket on the back", "Men Grey Melange Solid Running Shorts"),
    ),
    "a-zippered-back-pocket-on-joggers": (  # a side or back between (fifty-second session)
        "unsupported_claim",
        detailed_as("side pockets and a zippered back pocket", "Men Beige Regular Fit Joggers"),
    ),
    "zip-pockets-on-track-pants": (
        (),
        detailed_as("the pants have a drawstring and zip pockets", "Men Navy Blue Solid Track Pants"),
    ),
    "a-zip-pocket-on-track-pants-sold-with-one": (
        (),
        detailed_as("a zip pocket on the back", "Men Black Track Pants with Zip Pocket"),
    ),
    # silk for ethnic wear is often right, but not for printed, chikankari or ikat wear, nor a Nehru jacket
    "silk-for-a-printed-kurta-set": (
        "unsupported_claim",
        material_alone("Women Green Foil Printed Kurta with Trousers & Dupatta", "silk"),
    ),
    "silk-for-a-nehru-jacket": ("unsupported_claim", material_alone("Men Beige Solid Woven Nehru Jacket", "silk")),
    "silk-for-a-brocade-nehru-jacket": ((), material_alone("Men Gold-Toned Brocade Nehru Jacket", "silk")),
    "silk-for-a-self-design-kurta": (
        "unsupported_claim",
        material_alone("Men Cream-Coloured Self Design Straight Kurta", "silk"),
    ),
    "cotton-for-cotton-bikini-underwear": ((), material_alone("Women's Bikini Underwear 6pk", "cotton")),
    "cotton-for-cotton-swim-shorts": ((), material_alone("Boys Cotton Swim Shorts", "cotton")),
    "skinny-for-straight-fit-jeans": (
        "kind_vs_title",
        alone(
            ("fit", "closed", "skinny", "What is the fit of the jeans"), title="Men Blue Straight Fit Mid-Rise Jeans"
        ),
    ),
    "slim-fit-for-an-oversized-t-shirt": (
        "kind_vs_title",
        alone(("fit", "closed", "slim fit", "What is the fit"), title="Women Maroon Solid Oversized T-shirt"),
    ),
    "loose-for-relaxed-fit-jeans": (
        (),
        alone(
            ("fit", "closed", "loose", "What is the fit of the jeans"),
            title="Men's Relaxed Fit Jeans - Light Stone Wash",
        ),
    ),
    "skinny-for-slim-fit-jeans": (  # one family
        (),
        alone(("fit", "closed", "skinny", "What is the fit of the jeans"), title="Men Black Slim Fit Mid-Rise Jeans"),
    ),
    "regular-fit-for-a-slim-fit-blazer": (
        "kind_vs_title",
        alone(("fit", "closed", "regular fit", "What is the fit"), title="Men Black Slim Fit Formal Blazer"),
    ),
    "regular-for-relaxed-fit-trousers": (  # a relaxed fit may be called regular
        (),
        alone(("fit", "closed", "regular fit", "What is the fit"), title="Men Olive Relaxed Fit Cargo Trousers"),
    ),
    "straight-for-slim-straight-jeans": (
        (),
        alone(("fit", "closed", "straight", "What is the fit of the jeans"), title="Women Slim Straight Fit Jeans"),
    ),
    "low-rise-for-mid-rise-jeans": (
        "kind_vs_title",
        alone(
            ("rise", "closed", "low rise", "What is the rise of the jeans"), title="Men Black Skinny Fit Mid-Rise Jeans"
        ),
    ),
    "medium-for-mid-rise-jeans": (
        (),
        alone(
            ("rise", "closed", "medium", "What is the rise of the jeans"), title="Men Black Skinny Fit Mid-Rise Jeans"
        ),
    ),
    "it-is-a-blazer-for-the-fit": (
        "non_answer",
        alone(("fit", "open", "it is a blazer", "What is the fit of the garment")),
    ),
    "it-is-loose-for-the-fit": ((), alone(("fit", "open", "it is loose", "What is the fit of the garment"))),
    "it-fits-well-for-the-fit": ("non_answer", alone(("fit", "open", "it fits well", "What is the fit of the shirt"))),
    "it-fits-loosely-for-the-fit": ((), alone(("fit", "open", "it fits loosely", "What is the fit of the shirt"))),
    "the-panties-for-the-details": ("non_answer", said("details", "the panties")),
    "the-bra-is-pink-for-the-details": ("non_answer", said("details", "the bra is pink")),
    "a-lace-bra-with-a-front-clasp-for-the-details": ((), said("details", "a lace bra with a front clasp")),
    "the-scarf-is-purple-for-the-details": ("non_answer", said("details", "the scarf is purple")),
    "a-four-word-phrase-twice": (
        "repetition_loop",
        said("details", "the shirt has a collar and buttons and a collar and buttons"),
    ),
    "a-pocket-on-the-twice-apart": (
        (),
        said("details", "a pocket on the left side and a pocket on the sleeve"),
    ),
    "v-neck-for-a-round-neck-t-shirt": (
        "kind_vs_title",
        alone(
            ("neckline", "closed", "v-neck", "What is the neckline"), title="Men Yellow Solid Round Neck Cotton T-shirt"
        ),
    ),
    "round-for-a-square-neck-top": (
        "kind_vs_title",
        alone(
            ("neckline", "open", "round", "What is the neckline of the top"),
            title="Women Rust Solid Square Neck Crop Top",
        ),
    ),
    "round-neck-for-a-henley": (  # a henley is a round neck with a placket
        (),
        alone(
            ("neckline", "closed", "round neck", "What is the neckline"), title="Men Orange Solid Henley Neck T-shirt"
        ),
    ),
    "turtleneck-for-a-polo-neck-sweater": (
        (),
        alone(("neckline", "closed", "turtleneck", "What is the neckline"), title="Men Black Polo Neck Sweater"),
    ),
    "zip-for-how-it-fastens": (
        (),
        alone(("closure", "open", "zip", "How does the garment fasten"), caption_en="a product photo"),
    ),
    # the title's fit, rise and neckline words where they name them (a review's cases)
    "slim-fit-for-a-regular-length-top": (
        (),
        alone(("fit", "closed", "slim fit", "What is the fit of the top"), title="Women Black Solid Regular Top"),
    ),
    "slim-fit-for-a-fit-and-flare-dress": (
        (),
        alone(("fit", "closed", "slim fit", "What is the fit"), title="Women Red Solid Fit and Flare Dress"),
    ),
    "skinny-for-leggings-with-a-wide-waistband": (
        (),
        alone(("fit", "closed", "skinny", "What is the fit"), title="Women Black Leggings with Wide Waistband"),
    ),
    "slim-fit-for-a-classic-polo-t-shirt": (
        (),
        alone(("fit", "closed", "slim fit", "What is the fit"), title="Classic Polo Men Grey Solid T-shirt"),
    ),
    "medium-for-the-waist-size-of-high-rise-jeans": (
        (),
        alone(
            ("waist", "closed", "medium", "What is the waist size of the jeans"), title="Women Skinny High-Rise Jeans"
        ),
    ),
    "low-rise-for-cintura-alta": (
        "kind_vs_title",
        alone(("rise", "closed", "low rise", "What is the rise of the jeans"), title="Calça Jeans Cintura Alta"),
    ),
    "v-neck-for-a-top-with-a-round-hem": (
        (),
        alone(
            ("neckline", "closed", "v-neck", "What is the neckline"), title="Women White Tie-Up Neck Top with Round Hem"
        ),
    ),
    "v-neck-for-a-shawl-collar-cardigan": (  # a shawl collar opens in a V
        (),
        alone(
            ("neckline", "closed", "v neck", "What is the neckline"), title="Women Grey Shawl Collar Belted Cardigan"
        ),
    ),
    "a-round-pendant-around-the-neck": (  # no neckline (a necklace is unsupported_claim's)
        "unsupported_claim",
        alone(("neck", "open", "a round pendant necklace", "What is around her neck"), title="Women V-Neck Top"),
    ),
    "the-belt-is-black-for-a-belted-dress": (
        (),
        said("details", "the belt is black", title="Women Red Belted Wrap Dress"),
    ),
    "the-dupatta-is-pink-for-a-kurta-with-a-pink-dupatta": (
        (),
        said("details", "the dupatta is pink", title="Women Green Kurta with Pink Dupatta"),
    ),
    "grey-for-how-the-jacket-fastens": (
        "non_answer",
        alone(("closure", "open", "grey", "How is the jacket fastened"), caption_en="a product photo"),
    ),
    "these-jeans-are-blue-for-the-material": ("non_answer", material_alone("Women Blue Jeans", "these jeans are blue")),
    "long-sleeves-and-puff-sleeves-in-the-details": (  # a puff sleeve said alone may be long
        (),
        lambda i, a: (text(a, "details", "puff sleeves and a round neck"), text(a, "sleeve_length", "long")),
    ),
    "long-sleeves-for-a-cold-shoulder-strappy-top": (
        (),
        lambda i, a: (i.update(title="Women Black Cold Shoulder Strappy Top"), text(a, "sleeve_length", "long")),
    ),
    "short-sleeves-for-a-vestido-alcinha": (
        "pattern_or_sleeves_contradict",
        lambda i, a: (i.update(title="Vestido Alcinha Preto"), text(a, "sleeve_length", "short")),
    ),
    "cotton-for-bikini-style-panties": ((), material_alone("Women Pack of 3 Mid Rise Bikini Style Panties", "cotton")),
    "cotton-for-a-maio": ("unsupported_claim", material_alone("Maiô Preto Decote V", "cotton")),
    "cotton-for-a-swimwear-cover-up": ((), material_alone("Women White Swimwear Cover-Up Kaftan", "cotton")),
    "dark-for-the-wash": (
        (),
        alone(("wash", "open", "dark", "What is the wash of the denim"), caption_en="a product photo"),
    ),
    # the top's color copied onto the bottoms worn with it; not a black, white or blue pair, a suit or a tracksuit,
    # bottoms of the top's kind, the product's own bottoms, another outfit under the product, a top of two colors
    "yellow-jeans-under-a-mustard-sweater": (
        "one_color_for_two_garments",
        worn_over(
            "a yellow sweater and yellow jeans", "Men Mustard Solid Pullover Sweater", "Sweaters", "sweater", "yellow"
        ),
    ),
    "orange-pants-under-an-orange-kurta": (
        "one_color_for_two_garments",
        worn_over(
            "an orange kurta and orange pants", "Men Rust Orange Solid Straight Kurta", "Kurtas", "kurta", "orange"
        ),
    ),
    "grey-jeans-under-a-grey-t-shirt-of-a-red-and-grey-brand": (  # "&" joins colors or a brand, not a set
        "one_color_for_two_garments",
        worn_over(
            "a grey t - shirt and a pair of grey jeans", "Mast & Harbour Men Grey T-shirt", "Tshirts", "t-shirt", "grey"
        ),
    ),
    "green-pants-under-a-moletom": (  # a Brazilian title's sweatshirt
        "one_color_for_two_garments",
        worn_over(
            "a green sweatshirt and green pants",
            "Moletom Careca Masculino Verde Militar",
            "Moletons",
            "sweater",
            "green",
        ),
    ),
    "pink-pants-under-a-conjunto-top": (  # "conjunto": a set
        (),
        worn_over("a pink top and pink pants", "Conjunto Blusa Feminina Rosa", "Conjuntos", "shirt", "pink"),
    ),
    "yellow-kurta-under-a-mustard-nehru-jacket": (  # a layer's color copied onto the top under it
        "one_color_for_two_garments",
        worn_over(
            "a yellow vest and a yellow kurta",
            "Men Mustard Yellow Solid Nehru Jacket",
            "Ethnic Jackets",
            "jacket",
            "yellow",
        ),
    ),
    "green-hoodie-under-an-olive-bomber": (
        "one_color_for_two_garments",
        worn_over(
            "a green jacket over a green hoodie and black jeans",
            "Men Olive Bomber Jacket",
            "Jackets",
            "jacket",
            "green",
        ),
    ),
    "green-shirt-under-a-jacket-sold-with-it": (  # the title names the top too
        (),
        worn_over("a green jacket and a green shirt", "Men Green Shirt with Jacket", "Shirts", "shirt", "green"),
    ),
    "green-blouse-with-a-green-saree": (  # a saree's color copied onto the blouse worn with it
        "one_color_for_two_garments",
        worn_over(
            "a green saree and a green blouse", "Women Green Woven Design Silk Saree", "Sarees", "saree", "green"
        ),
    ),
    "black-blouse-with-a-black-saree": (
        (),
        worn_over(
            "a black saree and a black blouse", "Women Black Embellished Sequinned Saree", "Sarees", "saree", "black"
        ),
    ),
    "purple-pants-under-a-trico-top": (  # "Tricô" read without its accent
        "one_color_for_two_garments",
        worn_over(
            "a purple sweater and purple pants", "Cropped Tricô Manga Curta Lilás", "Croppeds", "sweater", "purple"
        ),
    ),
    "grey-turtleneck-under-a-grey-blazer-called-a-suit-jacket": (  # a suit jacket is no suit
        "one_color_for_two_garments",
        worn_over(
            "a grey plaid blazer and a grey turtleneck",
            "Men Grey Checked Slim Fit Blazer",
            "Blazers",
            "jacket",
            "grey",
            caption="a model in a grey plaid suit jacket",
        ),
    ),
    "yellow-pyjama-of-a-yellow-kurta-set": (  # the kurta's color repeated for the pyjama
        "one_color_for_two_garments",
        kurta_set_colors("Boys Lemon Yellow Cotton Kurta Pyjama Set", "yellow", "yellow"),
    ),
    "white-pyjama-of-a-white-kurta-set": (
        (),
        kurta_set_colors("Men White Chikankari Kurta Pyjama Set", "white", "white"),
    ),
    "white-pyjama-of-a-yellow-kurta-set": ((), kurta_set_colors("Boys Yellow Kurta Pyjama Set", "yellow", "white")),
    "maroon-churidar-said-of-a-maroon-kurta": (  # an open answer; the question names the piece, the title none
        "one_color_for_two_garments",
        kurta_piece_color("Men Maroon Self-Design Art Silk Kurta", "churidar", "Maroon.", kurta="maroon"),
    ),
    "pink-pyjama-of-a-kurta-the-seller-sells-pink": (
        "one_color_for_two_garments",
        kurta_piece_color("Men Pink Solid Kurta with Pyjamas", "pyjama", "pink", seller="pink"),
    ),
    # the bottoms worn with a top sold alone asked their color, and answered the top's own (answered or sold)
    "yellow-shorts-said-of-a-mustard-t-shirt": (
        "one_color_for_two_garments",
        bottoms_color("Boys Mustard Solid Pocket T-shirt", "shorts", "The shorts are yellow.", color="yellow"),
    ),
    "green-jeans-of-a-jacket-the-seller-sells-green": (
        "one_color_for_two_garments",
        bottoms_color("Men Olive Green Solid Utility Jacket", "jeans", "green", seller="green"),
    ),
    "grey-trousers-of-a-grey-blazer": (
        (),
        bottoms_color("Men Grey Slim Fit Blazer", "trousers", "grey", seller="grey"),
    ),
    "pink-pants-of-a-pink-kurta": (  # "pants" of a kurta the title sells alone: leggings in its color are common
        (),
        kurta_piece_color("Women Pink Solid Straight Kurta", "pants", "pink", kurta="pink"),
    ),
    "green-blouse-of-a-saree-with-a-matching-blouse-piece": (  # one color by design
        (),
        worn_over(
            "a green saree and a green blouse",
            "Green Silk Blend Saree with Matching Blouse Piece",
            "Sarees",
            "saree",
            "green",
        ),
    ),
    "red-shorts-under-a-short-sleeve-polo": (  # a sleeve's "short" names no shorts
        "one_color_for_two_garments",
        worn_over("a red polo shirt and red shorts", "Men Red Short Sleeve Polo T-shirt", "Tshirts", "t-shirt", "red"),
    ),
    "maroon-jeans-under-a-pepe-jeans-t-shirt": (  # a brand's "Jeans" sells none
        "one_color_for_two_garments",
        worn_over(
            "a maroon t-shirt and maroon jeans", "Pepe Jeans Men Maroon Solid T-shirt", "Tshirts", "t-shirt", "red"
        ),
    ),
    "pink-top-under-a-pink-cardigan-filed-under-sweaters": (  # the title's cardigan is a layer
        "one_color_for_two_garments",
        worn_over("a pink cardigan over a pink top", "Women Pink Solid Cardigan", "Sweaters", "sweater", "pink"),
    ),
    "pink-trousers-of-a-pantsuit-blazer": (
        (),
        worn_over(
            "a pink blazer and pink trousers", "Women Pink Single Breasted Pantsuit Blazer", "Blazers", "jacket", "pink"
        ),
    ),
    "black-jeans-under-a-black-t-shirt": (
        (),
        worn_over("a black t-shirt and black jeans", "Men Black Solid T-shirt", "Tshirts", "t-shirt", "black"),
    ),
    "green-pants-of-a-green-suit": (
        (),
        worn_over(
            "a green blazer and green pants",
            "Women Green Tailored Blazer",
            "Blazers",
            "jacket",
            "green",
            caption="a model in a green suit standing in front of a grey wall",
        ),
    ),
    "grey-track-pants-under-a-grey-hoodie": (
        (),
        worn_over("a grey hoodie and grey track pants", "Men Grey Solid Hoodie", "Sweatshirts", "sweater", "grey"),
    ),
    "red-pants-under-a-track-jacket": (
        (),
        worn_over("a red jacket and red pants", "Women Red Velour Track Jacket", "Jackets", "jacket", "red"),
    ),
    "green-pants-of-a-kurta-sold-with-them": (
        (),
        worn_over("a green kurta and green pants", "Women Green Kurta with Trousers", "Kurta Sets", "kurta", "green"),
    ),
    "grey-outfit-under-a-black-coat": (
        (),
        worn_over(
            "a black coat, a grey sweater and grey pants", "Women Longline Tailored Coat", "Coats", "jacket", "black"
        ),
    ),
    "brown-skirt-under-a-white-and-brown-sweater": (
        (),
        worn_over(
            "a white and brown sweater and a brown skirt",
            "Fair Isle Jumper",
            "Knitwear",
            "sweater",
            "white",
            caption="a model in a white and brown sweater",
        ),
    ),
    "error": (
        "item_errors",
        lambda i, a: (
            i.update(status="error", error_code="decode_error", error="bad bytes", caption_en=None),
            a.clear(),
        ),
    ),
}


TITLED_GARMENT_TYPES = {  # name -> (the audits that must flag it, the title, the garment type answered)
    "swimwear-for-a-swim-dress": ((), "Women Navy Blue Printed Swim Dress", "swimwear"),
    "shorts-for-a-short-feminino-jeans": ((), "Short Feminino Jeans", "shorts"),
    # a kind the title rules out inside the class: a hoodie for a crewneck sweatshirt, leggings for track pants
    "a-hoodie-for-a-crewneck-sweatshirt": ("kind_vs_title", "Men Grey Crewneck Sweatshirt", "hoodie"),
    "a-polo-for-a-round-neck-t-shirt": ("kind_vs_title", "Men Navy Round Neck T-shirt", "polo shirt"),
    "a-polo-for-an-oxford-shirt": ("kind_vs_title", "Men's Slim Fit Oxford Button-Down Shirt", "polo shirt"),
    "a-polo-for-a-pique-t-shirt": ((), "Men Navy Solid Pique T-shirt", "polo shirt"),
    "a-polo-for-a-cricket-shirt": ((), "Men White Full Sleeve Cricket Shirt", "polo shirt"),
    "leggings-for-track-pants": ("kind_vs_title", "Men Black Slim Fit Track Pants", "leggings"),
    "leggings-for-skinny-jeans": ("kind_vs_title", "Women Black Skinny Fit Mid-Rise Jeans", "leggings"),
    "leggings-for-denim-jeggings": ((), "Women Blue Mid-Rise Denim Jeggings", "leggings"),
    # the questionnaire's trousers (or track pants) for jeans, the title's last word: the questionnaire offers jeans
    # (fifty-ninth session); a brand's Jeans sells none, and another questionnaire's "pants" is not judged
    "trousers-for-skinny-jeans": ("kind_vs_title", "Lee Men Black Skinny Jeans", "trousers"),
    "track-pants-for-stretchable-jeans": ("kind_vs_title", "Men Black Slim Fit Stretchable Jeans", "track pants"),
    "trousers-for-a-jeans-brands-capris": ((), "Kraus Jeans Women White Solid Capris", "trousers"),
    "pants-for-mom-fit-jeans": ((), "Roadster Women Blue Mom Fit High-Rise Jeans", "pants"),
    # briefs and trunks are innerwear, no shorts; boxers and swim trunks are shorts
    "shorts-for-cotton-trunks": ("kind_vs_title", "Men Pack of 3 Solid Cotton Trunks", "shorts"),
    "shorts-for-boxer-briefs": ("kind_vs_title", "Men's Cotton Stretch Boxer Briefs 5pk", "shorts"),
    "shorts-for-boxers": ((), "Men Pack of 2 Checked Cotton Boxers", "shorts"),
    "shorts-for-swim-trunks": ((), "Men's Side Stripe Swim Trunks", "shorts"),
    "shorts-with-an-inner-brief": ((), "Women Black Running Shorts with Brief", "shorts"),
    # a thermal top is a base layer, no sweater; a fleece or a sweatshirt is one
    "a-sweater-for-a-thermal-top": ("kind_vs_title", "Jockey Men Grey Melange Thermal Top", "sweater"),
    "a-sweatshirt-for-a-fleece-thermal-top": ((), "Men's Half-Zip Thermal Base Layer Top Grid Fleece", "sweatshirt"),
    # a robe is no coat or jacket, tights are no shorts
    "a-coat-for-a-velvet-robe": ("kind_vs_title", "Women Wine Velvet Long Robe", "coat"),
    "shorts-for-compression-tights": ("kind_vs_title", "Men Black Compression Running Tights", "shorts"),
    "a-jacket-for-a-robe-jacket": ((), "Women Satin Robe Jacket", "jacket"),
    # a blazer sold alone is no suit; one sold with its trousers is
    "a-suit-for-a-double-breasted-blazer": ("kind_vs_title", "Navy Double-Breasted Blazer", "suit"),
    "a-suit-for-a-blazer-and-trousers": ((), "Women Navy Blue Blazer & Trousers Suit Set", "suit"),
    # a sports bra is no tank top, unless its title sells a top built on a bra
    "a-tank-top-for-a-sports-bra": ("kind_vs_title", "Women Black Racerback Sports Bra", "tank top"),
    "a-tank-for-a-bra-sleeveless-top": ((), "Women's Ribbed Bra Sleeveless Top", "tank"),
    "a-tank-top-for-a-bra-tank": ((), "Women Black Shelf Bra Tank", "tank top"),
    # a saree is no lehenga, a coat no blazer, briefs and trunks no boxers (fifty-fifth session)
    "a-lehenga-for-a-saree": (
        ("caption_contradicts_answer", "kind_vs_title"),
        "Women Red Embellished Net Saree",
        "lehenga",
    ),
    "a-blazer-for-an-overcoat": ("kind_vs_title", "Men Red Wool Blend Longline Overcoat", "blazer"),
    "boxers-for-trunks": ("kind_vs_title", "Men Red Solid Trunks", "boxers"),
    "boxers-for-boxer-briefs": ((), "Men Red Solid Boxer Briefs", "boxers"),
    "briefs-for-trunks": ("kind_vs_title", "Men Red Solid Cotton Trunks", "briefs"),
    "boxer-briefs-for-trunks": ((), "Men Red Solid Cotton Trunks", "boxer briefs"),
    # innerwear of one half of the body is none of the other's (fifty-fifth session)
    "a-vest-for-briefs": ("kind_vs_title", "Men Red Solid Briefs", "vest"),
    "a-bra-for-hipster-briefs": ("kind_vs_title", "Women Red Microfibre Hipster Briefs", "bra"),
    "a-vest-for-a-vest-and-briefs-set": ((), "Men Red Vest and Briefs Set", "vest"),
    # lingerie, shapewear or nightwear is no swimwear (fifty-fifth session)
    "a-bikini-for-a-lace-bralette": ("kind_vs_title", "Women Red Lace Bralette & Brief Set", "bikini"),
    "a-swimsuit-for-a-bikini-set": ((), "Women Red Printed Bikini Set", "swimsuit"),
    "a-hoodie-for-a-hoodie-and-joggers-set": ((), "Boys Grey Hoodie & Joggers Set", "hoodie"),
    "a-cardigan-for-a-button-front-cardigan-sweater": ((), "Button-Front Cardigan Sweater", "cardigan"),
    "a-sweater-for-a-pullover": ((), "Men Charcoal V-Neck Pullover", "sweater"),
    "a-hoodie-for-a-conjunto-moletom": ((), "Conjunto Moletom Masculino Mescla", "hoodie"),
    # a dress for a one-piece with legs, in the open texts too; not a dress the title sells, nor dress shoes
    "a-dress-for-a-culotte-jumpsuit": ("kind_vs_title", "Women Black Solid Culotte Jumpsuit", "dress"),
    "a-dress-for-a-dungaree-dress": ((), "Girls Blue Denim Dungaree Dress", "dress"),
    "a-gown-for-a-jumpsuit": ("kind_vs_title", "Women Black Wide Leg Jumpsuit", "gown"),
    "leggings-for-yoga-pants": ((), "Women Black High Waist Yoga Pants", "leggings"),
    "a-cardigan-for-a-sweater-coat": ((), "Women Shawl Collar Sweater Coat", "cardigan"),
    "a-hooded-jacket-for-a-t-shirt-with-jacket": ((), "Boys Printed T-shirt with Jacket", "hooded jacket"),
    "a-polo-for-a-us-polo-assn-round-neck-tee": (
        "kind_vs_title",
        "U.S. Polo Assn. Men Round Neck T-shirt",
        "polo shirt",
    ),
    # a sherwani is no dress and no kurta, unless its title sells a kurta with it
    "a-dress-for-a-sherwani-set": ("kind_vs_title", "Men Off-White Embroidered Silk Blend Sherwani Set", "dress"),
    "a-kurta-for-a-sherwani-set": ("kind_vs_title", "Men Maroon Embroidered Velvet Sherwani Set", "kurta"),
    "a-kurta-for-a-sherwani-with-a-kurta": ((), "Men Cream Sherwani with Kurta & Churidar", "kurta"),
    # nor a kurta set, a bandhgala or a Nehru jacket a sherwani
    "a-sherwani-for-a-kurta-with-churidar": (
        "kind_vs_title",
        "Men Beige Solid Art Silk Kurta with Churidar",
        "sherwani",
    ),
    "a-sherwani-for-a-bandhgala": ("kind_vs_title", "Men Bottle Green Velvet Bandhgala Blazer", "sherwani"),
    "a-sherwani-for-a-sherwani-set": ((), "Men Cream Embroidered Sherwani Set", "sherwani"),
    # a top alone for a dress or a one-piece (sixty-second session); not for a title that names the top's kind, nor
    # for dungarees worn over one; a shirt dress is a dress (sixty-third session), a t-shirt dress is not read so
    "a-top-for-a-shift-dress": (
        ("caption_contradicts_answer", "kind_vs_title"),
        "Women Peach Solid Shift Dress",
        "top",
    ),
    "a-tank-shirt-for-a-jumpsuit": ("kind_vs_title", "Women Black Solid Belted Wide-Leg Jumpsuit", "tank shirt"),
    "a-shirt-for-a-shirt-dress": ("kind_vs_title", "Women Blue Striped Shirt Dress", "shirt"),
    "a-shirt-for-a-black-and-white-shirt-dress": ("kind_vs_title", "Women Black & White Striped Shirt Dress", "shirt"),
    "a-t-shirt-for-a-t-shirt-dress": ((), "Women Grey Melange T-shirt Dress", "t-shirt"),
    "a-t-shirt-for-a-t-shirt-dress-spelled-apart": ((), "Women Grey Melange T Shirt Dress", "t-shirt"),
}
PLANTS |= {
    name: (audits, garment_alone(title, answered)) for name, (audits, title, answered) in TITLED_GARMENT_TYPES.items()
}
PLANTS |= {  # jeans for trousers, track pants, joggers or chinos of no denim (sixty-second session)
    name: (audits, alone(("wearing", "open", words, "What is the person wearing"), **_unsold(title)))
    for name, (audits, words, title) in {
        "jeans-for-chinos": ("kind_vs_title", "a white shirt and red jeans", "Men Red Slim Fit Solid Chinos"),
        "jeans-for-track-pants": ("kind_vs_title", "a pair of jeans", "Men Red Solid Track Pants"),
        "jeans-for-a-brand-s-chinos": ("kind_vs_title", "a pair of red jeans", "Mast & Harbour Men Red Chinos"),
        "jeans-for-denim-joggers": ((), "a pair of red jeans", "Men Red Denim Joggers"),
        "jeans-for-a-joggers-set": ((), "a white shirt and red jeans", "Men Red Joggers & White T-shirt Set"),
        "trousers-and-jeans-for-trousers": ((), "red trousers, not jeans", "Men Red Slim Fit Trousers"),
    }.items()
}
# what the person wears, a top alone, for a dress, a one-piece or a kurta (sixty-second session): name -> (audits,
# question, answer, title, caption other than "a product photo"). A dress's top is its own in a description,
# dungarees and a pinafore are worn over a tee, a kurta is a shirt to some but never a knit tee, and a brand's
# ampersand sells no second garment
TOPS_ALONE = {
    "wearing-a-tank-top-for-a-culotte-jumpsuit": (
        "kind_vs_title",
        "wearing",
        "a sleeveless tank top with pure color patterns",
        "Women Lime Green Solid Culotte Jumpsuit",
        None,
    ),
    "wearing-a-tank-top-for-a-brand-s-jumpsuit": (
        "kind_vs_title",
        "wearing",
        "tank top",
        "Mast & Harbour Women Red Solid Jumpsuit with Ruffles",
        None,
    ),
    "wearing-a-t-shirt-for-a-kurti": (
        "kind_vs_title",
        "wearing",
        "a short-sleeve T-shirt with graphic patterns",
        "Women Red Printed Straight Kurti",
        None,
    ),
    "wearing-a-shirt-for-a-kurta": ((), "wearing", "a red shirt", "Men Red Solid Straight Kurta", None),
    "wearing-a-t-shirt-for-a-maxi-dress": (
        ("kind_vs_title", "non_answer"),
        "wearing",
        "T-shirt",
        "Girls Pink Printed Maxi Dress",
        None,
    ),
    "wearing-a-t-shirt-for-a-pinafore-dress": (
        (),
        "wearing",
        "a short-sleeve T-shirt with pure color patterns",
        "Girls Yellow Printed Pinafore Dress",
        "a girl in a yellow pinafore",
    ),
    "wearing-a-t-shirt-for-dungarees": (
        (),
        "wearing",
        "a white t-shirt",
        "Girls Red Solid Denim Dungarees",
        "a girl in red dungarees and a white t-shirt",
    ),
    "describing-a-dress-s-top": ((), "description", "a red top", "Women Red Bodycon Dress", "a woman in a red dress"),
}
PLANTS |= {
    name: (
        audits,
        alone(
            (
                question,
                "open",
                words,
                {"wearing": "What is the person wearing", "description": "Describe the garment"}[question],
            ),
            **_unsold(title) | ({"caption_en": caption} if caption else {}),
        ),
    )
    for name, (audits, question, words, title, caption) in TOPS_ALONE.items()
}


# a part the title sells or not, in a details answer (name -> audits, answer, title): a slit in a dress, skirt or
# trousers whose title names none; a bow the title does not name, but on a girl's party dress; a belt on a blazer, a
# cardigan or a biker jacket, but a wrap coat's
TITLED_DETAILS = {
    "a-slit-in-a-midi-dress": (
        "unsupported_claim",
        "it has a slit on the side",
        "Women Black Solid Bodycon Midi Dress",
    ),
    "a-slit-in-a-split-maxi-dress": ((), "it has a slit on the side", "Burgundy Velvet Split Maxi Dress"),
    "a-bow-on-a-puff-sleeve-top": (
        "unsupported_claim",
        "it has a bow at the neck",
        "Women Lavender Solid Puff Sleeve Top",
    ),
    "a-bow-on-a-tie-neck-blouse": ((), "it has a bow at the neck", "Women Black Polka Dot Tie-Neck Blouse"),
    "a-bow-on-a-girls-party-dress": ((), "it has a bow at the waist", "Girls Pink Embellished Tulle Party Dress"),
    "a-belt-on-a-blazer": (
        "unsupported_claim",
        "it has a collar, buttons and a belt",
        "Women Fuchsia Tailored Single-Breasted Blazer",
    ),
    "a-belt-on-a-wrap-coat": ((), "it has a collar, buttons and a belt", "Women's Wool Blend Wrap Coat"),
    "a-bow-on-minnie-mouse": ((), "a print of minnie mouse with a pink bow", "Girls Minnie Mouse Printed T-shirt"),
    "a-belt-tied-in-a-bow": ((), "a belt tied in a bow at the waist", "Women Black Belted Midi Dress"),
    "a-bow-on-a-tie-dye-t-shirt": ("unsupported_claim", "it has a bow at the neck", "Women Pink Tie-Dye T-shirt"),
    "a-bow-on-ballet-flats": ((), "a small bow on the front", "Women Black Ballet Flats"),
    "slit-pockets-of-formal-trousers": ((), "slit pockets on the sides", "Men Slim Fit Formal Trousers"),
    "a-high-split-in-a-satin-skirt": ("unsupported_claim", "a high split on the side", "Women Black Satin Midi Skirt"),
    "a-logo-on-a-solid-sweatshirt": ("unsupported_claim", "a small logo on the chest", "Men Maroon Solid Sweatshirt"),
    "a-logo-denied": ((), "it has no logo", "Men Maroon Solid Sweatshirt"),
    "a-logo-on-a-brands-tee": ((), "a small logo on the chest", "Puma Men Black Solid T-shirt"),
    "a-logo-on-a-running-tee": ((), "a small logo on the chest", "Men Red Solid Running T-shirt"),
    "a-logo-on-a-graphic-tee": ((), "a big logo on the front", "Men Black Graphic Printed T-shirt"),
    # a polo of no brand known for its logo is judged (fiftieth session: 37 such claims wrong to 8 right)
    "a-logo-on-a-polo": ("unsupported_claim", "a small logo on the chest", "Men Navy Slim Fit Pique Polo Shirt"),
    "a-logo-on-a-lacoste-polo": ((), "a small logo on the chest", "Lacoste Men Navy Slim Fit Pique Polo Shirt"),
    "a-logo-denied-without-an-article": ((), "plain, without a logo", "Men Maroon Solid Sweatshirt"),
    "no-visible-logo": ((), "no visible logo", "Men Maroon Solid Sweatshirt"),
    "logo-free": ((), "plain and logo-free", "Men Maroon Solid Sweatshirt"),
    "a-logo-on-a-cap-sleeve-top": ("unsupported_claim", "a logo on the chest", "Women White Cap Sleeve Top"),
    "a-logo-on-a-fred-perry-shirt": ((), "a small logo on the chest", "Fred Perry Men Navy Twin Tipped Shirt"),
    "a-logo-on-yoga-leggings": ((), "a small logo on the hip", "High-Rise Yoga Leggings"),
    "a-logo-on-a-camisa-de-futebol": ((), "a logo on the chest", "Camisa de Futebol Infantil"),
    "an-emblem-on-a-solid-sweatshirt": (
        "unsupported_claim",
        "a small emblem on the chest",
        "Men Maroon Solid Sweatshirt",
    ),
    "a-logo-on-the-sneakers-worn-with-it": (
        (),
        "white sneakers with a logo on the side",
        "Men Maroon Solid Sweatshirt",
    ),
    "a-rip-on-the-knee-of-clean-look-jeans": (
        "unsupported_claim",
        "a rip on the left knee",
        "Men Blue Clean Look Jeans",
    ),
    "holes-in-slash-knee-jeans": ((), "holes in the knees", "Women Blue Boyfriend Fit Slash Knee Jeans"),
    "a-button-hole-of-jeans": ((), "a button hole and five pockets", "Men Blue Clean Look Jeans"),
    "no-rips-or-tears": ((), "there are no rips or tears", "Men Blue Clean Look Jeans"),
    "it-doesnt-have-any-holes": ((), "it doesn't have any holes", "Men Blue Clean Look Jeans"),
    "a-belt-with-holes": ((), "five pockets and a belt with holes", "Men Blue Clean Look Jeans"),
    "holes-in-trashed-jeans": ((), "holes in the knees", "H&M Skinny Trashed Jeans"),
    "distressing-on-clean-jeans": ("unsupported_claim", "distressing on the knees", "Men Blue Clean Look Jeans"),
    "the-t-shirt-has-a-design-on-it": ("non_answer", "the t-shirt has a design on it", "Men Red Solid T-shirt"),
    # (a print on a solid tee is no non-answer; it is a pattern the title rules out, sixty-first session)
    "it-has-a-print": ("pattern_or_sleeves_contradict", "it has a print", "Men Red Solid T-shirt"),
    # what the title sells with the product is a detail of it, worn or not
    "a-stole-for-the-details-of-a-kurta-with-stole": ((), "a red stole", "Men White Kurta with Pyjamas & Red Stole"),
    # a details answer that is only a garment of the title's other half is the photo's other garment (fifty-eighth
    # session); not a dress's own skirt, an answer that names the title's half too, a set, a lehenga choli
    "khaki-pants-for-the-details-of-a-sweater": (
        ("kind_vs_title", "non_answer"),
        "khaki pants",
        "U.S. Polo Assn. Men Navy Blue Cable Knit Sweater",
    ),
    "a-red-t-shirt-for-the-details-of-lounge-pants": (
        ("kind_vs_title", "non_answer"),
        "a red t-shirt",
        "Jockey Men Grey Melange Lounge Pants",
    ),
    "white-leggings-for-the-details-of-a-dress": (
        ("kind_vs_title", "non_answer"),
        "white leggings",
        "Girls Teal Fit and Flare Dress",
    ),
    "a-pleated-skirt-for-the-details-of-a-maxi-dress": ((), "pleated skirt", "Women Pink Pleated Chiffon Maxi Dress"),
    "a-kurta-pajama-for-the-details-of-a-kurta": (
        "non_answer",
        "a white kurta pajama",
        "Men White Solid Straight Kurta",
    ),
    "a-top-for-the-details-of-a-lehenga-choli": ((), "short-sleeve top", "Women Pink Embroidered Lehenga Choli"),
    "a-t-shirt-for-the-details-of-a-lounge-set": (
        "non_answer",
        "a red t-shirt",
        "Men Grey T-shirt and Lounge Pants Set",
    ),
    "a-t-shirt-tucked-into-shorts": ((), "a red t-shirt tucked in", "Women Blue Denim Shorts"),
}
PLANTS |= {name: (audits, details_of(words, title=title)) for name, (audits, words, title) in TITLED_DETAILS.items()}


def colorless_row(title: str, **columns):
    """A plant of a feed row without its color column (the healthy red t-shirt), titled `title`."""
    return lambda i, a: i.update(seller_color=None, seller_color_raw=None, title=title, **columns)


PLANTS |= {  # a row without its color column: the one color its title gives the product stands (fifty-eighth session)
    "red-for-a-blue-t-shirt-without-its-color": (
        "seller_color_mismatch",
        colorless_row("Roadster Men Blue Solid T-shirt"),
    ),
    "red-for-an-olive-green-t-shirt-without-its-color": (
        "seller_color_mismatch",
        colorless_row("HRX Men Olive Green Solid T-shirt"),
    ),
    "red-for-a-red-t-shirt-without-its-color": ((), colorless_row("Roadster Men Red Solid T-shirt")),
    "a-brands-color-is-no-color": ((), colorless_row("Black Berrys Men Solid T-shirt")),
    "two-colors-in-a-title-without-its-color": ((), colorless_row("Men Navy & White Solid T-shirt")),
    "navy-white-is-two-colors": ((), colorless_row("Men Navy White Solid T-shirt")),
    "a-pack-without-its-color": ((), colorless_row("Men Pack of 2 Blue T-shirts")),
    "an-unmapped-color-is-no-missing-one": (
        "seller_unmapped",
        lambda i, a: i.update(seller_color=None, seller_color_raw="Blueberry", title="Men Blue Solid T-shirt"),
    ),
}
PLANTS |= {  # a description too, unless its question asks of that other garment (fifty-eighth session)
    "a-blouse-described-for-a-pencil-skirt": (
        "kind_vs_title",
        alone(("description", "open", "a red blouse", "Describe the garment"), title="Women Blue Denim Pencil Skirt"),
    ),
    "the-t-shirt-described-for-shorts": (
        (),
        alone(("description", "open", "a red t-shirt", "Describe the t-shirt"), title="Women Blue Denim Shorts"),
    ),
}


# a fabric the title does not name, answered for the material (name -> audits, answer, title): denim, velvet or a down
# filling for any titled product, wool for a kind rarely made of it; not where the title names it or a kind that is
# one answer on an item whose only catalog column is its title (forty-eighth session): name -> (the audits that flag
# it, (question, kind, text, prompt), title). A part the title names, denied; a length the title rules out
def asked_sleeves(value: str) -> tuple:
    """The closed sleeve-length answer `value` as a TITLED_ANSWERS row asks it."""
    return ("sleeve_length", "closed", value, "How long are the sleeves")


TITLED_ANSWERS = {
    "no-hood-for-a-hooded-sweatshirt": (
        "kind_vs_title",
        ("hood", "closed", "no", "Does it have a hood"),
        "Men Red Solid Hooded Sweatshirt",
    ),
    "no-it-does-not-for-flap-pocket-cargos": (
        "kind_vs_title",
        ("pockets", "open", "no, it does not", "Do the trousers have pockets"),
        "Men Olive Cargo Trousers with Flap Pockets",
    ),
    # asked of a garment the title does not sell; a title that names no hood
    "no-hood-for-the-jacket-of-a-hoodie-set": (
        (),
        ("hood", "closed", "no", "Does the jacket have a hood"),
        "Men Grey Hoodie and Joggers Set",
    ),
    "no-hood-for-a-bomber-jacket": ((), ("hood", "closed", "no", "Does it have a hood"), "Men Navy Bomber Jacket"),
    "not-a-hoodie-for-a-hooded-sweatshirt": (  # a hoodie is its hood (fifty-fifth session)
        "kind_vs_title",
        ("is_hoodie", "closed", "no", "Is this a hoodie"),
        "Men Red Solid Hooded Sweatshirt",
    ),
    "maxi-for-a-midi-skirt": (
        "kind_vs_title",
        ("length", "closed", "maxi", "What is the length of the skirt"),
        "Women Black Pleated Midi Skirt",
    ),
    "midi-for-a-mini-dress": (
        "kind_vs_title",
        ("length", "closed", "midi", "How long is the dress"),
        "Women Black Mesh Slip Mini Dress",
    ),
    "full-length-for-capri-leggings": (
        "kind_vs_title",
        ("length", "open", "full length", "How long are the leggings"),
        "Women Black Capri Leggings",
    ),
    "ankle-length-for-chino-shorts": (
        "kind_vs_title",
        ("length", "open", "ankle length", "What is the length"),
        "Men Navy Blue Solid Chino Shorts",
    ),
    # a long short's; the question may be the shirt's; a sleeve's length is no garment's; a brand
    "below-the-knee-for-bermuda-shorts": (
        (),
        ("length", "open", "below the knee", "How long are the shorts"),
        "Men Beige Bermuda Shorts",
    ),
    "full-length-for-a-shirt-and-shorts-set": (
        (),
        ("length", "open", "full length", "What is the length"),
        "Men Blue Shirt and Shorts Set",
    ),
    "full-length-for-a-kurta-with-three-quarter-sleeves": (
        (),
        ("length", "open", "full length", "What is the length of the kurta"),
        "Women Green Kurta with Three-Quarter Sleeves",
    ),
    "midi-for-a-mini-klub-dress": (
        (),
        ("length", "closed", "midi", "What is the length of the dress"),
        "Mini Klub Girls Pink Dress",
    ),
    "maxi-for-a-midi-skirt-asked-yes-or-no": (  # no answer to the question asked, not a length
        "non_answer",
        ("length", "open", "maxi", "Is the skirt midi length"),
        "Women Black Pleated Midi Skirt",
    ),
    # a saree's or lehenga's blouse is sold short-sleeved or sleeveless unless its title says (fiftieth session)
    "long-sleeves-for-a-saree": ("pattern_or_sleeves_contradict", asked_sleeves("long"), "Women Red Banarasi Saree"),
    "short-sleeves-for-a-saree": ((), asked_sleeves("short"), "Women Red Banarasi Saree"),
    "long-sleeves-for-a-full-sleeve-saree-blouse": (
        (),
        asked_sleeves("long"),
        "Women Red Banarasi Saree with Full Sleeve Blouse",
    ),
    "sleeveless-for-a-shrug": (
        "pattern_or_sleeves_contradict",
        asked_sleeves("sleeveless"),
        "Women Red Open Front Shrug",
    ),
    "short-sleeves-for-a-shrug": ((), asked_sleeves("short"), "Women Red Open Front Shrug"),
    # worn over a top whose sleeves are not the product's
    "long-sleeves-for-a-pinafore-dress": (
        "pattern_or_sleeves_contradict",
        asked_sleeves("long"),
        "Girls Blue Denim Pinafore Dress",
    ),
    "short-sleeves-for-dungarees": (
        "pattern_or_sleeves_contradict",
        asked_sleeves("short"),
        "Boys Olive Corduroy Dungarees",
    ),
    "sleeveless-for-dungarees": (
        (),
        asked_sleeves("sleeveless"),
        "Boys Olive Corduroy Dungarees",
    ),
    # sold long-sleeved, as a jacket is; a short kurta's title may mean its sleeves; a woman's kurta comes in every cut
    "short-sleeves-for-a-mens-kurta": (
        "pattern_or_sleeves_contradict",
        asked_sleeves("short"),
        "Men Navy Blue Solid Straight Kurta",
    ),
    "sleeveless-for-a-formal-shirt": (
        "pattern_or_sleeves_contradict",
        asked_sleeves("sleeveless"),
        "Men White Slim Fit Formal Shirt",
    ),
    "short-sleeves-for-a-mens-short-kurta": (
        (),
        asked_sleeves("short"),
        "Men Blue Solid Short Kurta",
    ),
    "short-sleeves-for-a-womens-kurta": (
        (),
        asked_sleeves("short"),
        "Women Navy Blue Solid Straight Kurta",
    ),
    "sleeveless-for-a-mens-kurta-with-pyjamas": (  # the bottoms have no sleeves: the kurta's are asked
        "pattern_or_sleeves_contradict",
        asked_sleeves("sleeveless"),
        "Men Olive Green Solid Kurta with Pyjamas",
    ),
    "sleeveless-for-a-kurta-with-a-nehru-jacket": (  # the jacket may be the sleeveless piece asked
        (),
        asked_sleeves("sleeveless"),
        "Men Cream Kurta with Pyjamas & Nehru Jacket",
    ),
    # "Solid" anywhere in a title of one product; not track pants, sold solid with side stripes
    "graphic-for-a-solid-zip-front-hooded-t-shirt": (
        "pattern_or_sleeves_contradict",
        ("pattern", "closed", "graphic", "What is the pattern of the garment"),
        "Men Black Solid Zip-Front Hooded T-shirt",
    ),
    "striped-for-solid-rapid-dry-track-pants": (
        (),
        ("pattern", "closed", "striped", "What is the pattern of the garment"),
        "Men Black Solid Rapid-Dry Track Pants",
    ),
}
PLANTS |= {name: (audits, alone(asked, title=title)) for name, (audits, asked, title) in TITLED_ANSWERS.items()}


def garment_type_alone(value: str, title: str):
    """A plant of one garment-type answer outside the values, `value`, on an item titled `title` (as `titled_alone`)."""
    return lambda i, a: (
        titled_alone(("garment_type", "closed", value, "What type of garment is this"), title)(i, a),
        unmapped(a, "garment_type", value),
    )


def titled_alone(answer_args: tuple, title: str):
    """A plant of one answer (question, kind, text, prompt) on an item titled `title`, no seller category, a caption
    naming no garment: the title alone says what is sold."""
    return sold_as(answer_args, None, None, title=title, caption_en="a product photo")


def worn_alone(words: str, title: str):
    """A plant of one wearing answer, `words`, on an item titled `title` (as `titled_alone`)."""
    return titled_alone(("wearing", "open", words, "What is the person wearing"), title)


PLANTS |= {  # a chain the title sells none of, in any text (fifty-ninth session); a bag's chain strap and a chain
    # stitch are none
    "a-gold-chain-in-the-caption": (
        "unsupported_claim",
        lambda i, a: i.update(caption_en="a woman in a red t-shirt and a gold chain"),
    ),
    "a-chain-on-the-jeans-belt-loop": (
        "unsupported_claim",
        titled_alone(
            ("details", "open", "ripped knees and a chain on the belt loop", "What are the jeans details"),
            "Men Black Skinny Fit Distressed Jeans",
        ),
    ),
    "a-gold-chain-strap-of-a-bag": (
        (),
        titled_alone(
            ("details", "open", "a quilted flap and a gold chain strap", "What are the bag details"),
            "Women Black Quilted Sling Bag",
        ),
    ),
    "chain-stitch-embroidery": (
        (),
        titled_alone(
            ("details", "open", "chain stitch embroidery on the yoke", "What are the kurta details"),
            "Women Blue Embroidered Straight Kurta",
        ),
    ),
}


PLANTS |= {  # a describe or details answer that names only a garment of another part of the outfit (sixtieth
    # session); the asked garment's word in it, or the two put together, is none
    "an-olive-jacket-to-describe-the-jeans": (  # kind_vs_title judges it by the title
        ("color_of_another_garment", "kind_vs_title"),
        titled_alone(("description", "open", "an olive green jacket", "Describe the jeans"), "Men Blue Slim Fit Jeans"),
    ),
    "black-shorts-for-the-t-shirt-details": (
        ("color_of_another_garment", "kind_vs_title", "non_answer"),
        titled_alone(("details", "open", "black shorts", "What are the t-shirt details"), "Men Red Printed T-shirt"),
    ),
    "the-shirt-tucked-into-the-skirt": (
        (),
        titled_alone(
            ("details", "open", "the shirt is tucked into the skirt", "What are the shirt details"),
            "Women White Solid Formal Shirt",
        ),
    ),
    "black-dungaree-shorts-to-describe-the-dungarees": (
        (),
        titled_alone(
            ("description", "open", "black dungaree shorts", "Describe the dungarees"),
            "Women Black Denim Short Dungarees",
        ),
    ),
}


PLANTS |= {  # a describe or details answer that gives the product a pattern its title sells it without (sixty-first
    # session); not a trim's stripes, a garment worn over it, nor an Adidas title (its three stripes are trim)
    "a-check-in-the-details-of-solid-chinos": (
        "pattern_or_sleeves_contradict",
        details_of("the pants have a checkered pattern", title="Allen Solly Men Brown Slim Fit Solid Chinos"),
    ),
    "the-templates-stripes-for-solid-trousers": (
        "pattern_or_sleeves_contradict",
        details_of("striped patterns", title="Blackberrys Men Brown Solid Corduroy Trousers"),
    ),
    "a-collars-stripes-on-a-solid-polo": (
        (),
        details_of("white stripes on the collar and sleeves", title="Men Maroon Solid Polo Collar T-shirt"),
    ),
    "a-checked-shirt-over-a-solid-tee": (
        (),
        details_of("a red t-shirt under a checkered shirt", title="Men Red Solid Crew Neck T-shirt"),
    ),
    "stripes-for-a-solid-adidas-sweatshirt": (
        (),
        details_of("striped patterns", title="ADIDAS Men Navy Blue ESS Solid Hooded Sweatshirt"),
    ),
}
PLANTS["a-belt-for-a-bathrobe"] = (  # a robe comes with its belt (sixtieth session)
    (),
    titled_alone(
        ("details", "open", "a shawl collar, a belt and two pockets", "What are the robe details"),
        "Men Grey Terry Bath Robe",
    ),
)


PLANTS["striped-for-a-checked-shirt-a-description-agrees-with"] = (  # the title's check stands (sixtieth session)
    "pattern_or_sleeves_contradict",
    lambda i, a: (
        i.update(title="Women Blue & White Checked Shirt", caption_en="a woman in a shirt"),
        a.clear(),
        a.append(answer(i["sku"], "pattern", "closed", "striped", "What is the pattern of the garment")),
        a.append(answer(i["sku"], "description", "open", "a blue and white striped shirt", "Describe the shirt")),
    ),
)


PLANTS |= {  # a dupatta the title sells none of, in a description or a details answer (sixtieth session)
    "a-matching-dupatta-for-a-kurta-sold-alone": (
        "unsupported_claim",
        titled_alone(
            ("details", "open", "a gold border and a matching dupatta", "What are the kurta details"),
            "Women Blue Printed Straight Kurta",
        ),
    ),
    "a-matching-dupatta-for-a-kurta-sold-with-one": (
        (),
        titled_alone(
            ("details", "open", "a gold border and a matching dupatta", "What are the kurta details"),
            "Women Blue Printed Kurta with Palazzos & Dupatta",
        ),
    ),
}


def dupatta_described(answered: str, description: str):
    """A plant of a kurta set's dupatta color, `answered`, beside a description of the kurta, `description`; the caption
    names no dupatta."""
    return lambda i, a: (
        i.update(
            title="Women Yellow Kurta with Palazzos & Dupatta", caption_en="a woman in a yellow kurta and white pants"
        ),
        a.clear(),
        a.append(answer(i["sku"], "color_dupatta", "closed", answered, "What is the color of the dupatta")),
        a.append(answer(i["sku"], "description", "open", description, "Describe the kurta")),
    )


PLANTS |= {  # a description's dupatta color stands against the dupatta's color answer, as the caption's does (sixtieth
    # session)
    "yellow-for-the-dupatta-a-description-calls-white": (
        "caption_contradicts_answer",
        dupatta_described("yellow", "a yellow kurta with a white dupatta"),
    ),
    "white-for-the-dupatta-a-description-calls-white": (
        (),
        dupatta_described("white", "a yellow kurta with a white dupatta"),
    ),
}


def captioned(caption: str, title: str):
    """A plant of a caption on an item titled `title`, with one closed answer that nothing judges."""
    return alone(("sleeve_length", "closed", "short", "How long are the sleeves"), title=title, caption_en=caption)


PLANTS |= {  # a necklace, a watch, a handbag or glasses in the caption of a product that sells none (sixtieth
    # session); a handbag's own caption, and sunglasses, are none
    "a-gold-necklace-in-a-saree-caption": (
        "unsupported_claim",
        captioned("a woman in a red saree with a gold necklace", "Women Red Woven Design Saree"),
    ),
    "a-watch-on-her-wrist-in-a-shirt-caption": (
        "unsupported_claim",
        captioned("a woman in a blue shirt and grey pants with a watch on her wrist", "Women Blue Shirt"),
    ),
    "a-handbag-in-a-handbags-caption": (
        (),
        captioned("a brown leather handbag with a long strap", "Women Brown Structured Handbag"),
    ),
    "a-gold-necklace-for-the-details": (  # whatever the caption says ("gold jewellery"): a details answer is about
        ("accessory_answered_as_garment", "unsupported_claim"),  # the product
        alone(
            ("details", "open", "a gold necklace", "What are the kurta details"),
            title="Women Green Straight Kurta",
            caption_en="a woman in a green kurta and gold jewellery",
        ),
    ),
    "sunglasses-in-a-shirt-caption": (
        (),
        captioned("a woman in a blue shirt and sunglasses", "Women Blue Shirt"),
    ),
}
PLANTS |= {  # near shades that are not, for the seller's color (fifty-ninth session): pink of a Red, purple of a
    # Burgundy, blue of a Lavender, brown of a Beige; a Wine's purple, a Brown's red and a Beige's tan stay near
    "pink-for-a-red-seller": ("seller_color_mismatch", worn_as_sold("red", "Red", "a pink t-shirt")),
    "purple-for-a-burgundy-seller": ("seller_color_mismatch", worn_as_sold("red", "Burgundy", "a purple t-shirt")),
    "blue-for-a-lavender-seller": ("seller_color_mismatch", worn_as_sold("purple", "Lavender", "a blue t-shirt")),
    "brown-for-a-beige-seller": ("seller_color_mismatch", worn_as_sold("beige", "Beige", "a brown t-shirt")),
    "purple-for-a-wine-seller": ((), worn_as_sold("red", "Wine", "a purple t-shirt")),
    "red-for-a-brown-seller": ((), worn_as_sold("brown", "Brown", "a red t-shirt")),
    "tan-for-a-beige-seller": ((), worn_as_sold("beige", "Beige", "a tan t-shirt")),
}
PLANTS |= {  # the kind the title sells, denied (fifty-ninth session); not a kind another garment's word names
    "no-puffer-jacket-for-a-puffer-jacket": (
        "kind_vs_title",
        asked_yes_no("Is this a puffer jacket", "no", "Women Black Hooded Quilted Puffer Jacket"),
    ),
    "no-peplum-top-for-a-peplum-top": (
        "kind_vs_title",
        asked_yes_no("Is this a peplum top", "no", "Harpa Women Mustard Yellow Solid Peplum Top"),
    ),
    "no-shirt-for-a-shirt-dress": ((), asked_yes_no("Is this a shirt", "no", "Women Olive Utility Belted Shirt Dress")),
    "no-shirt-for-a-t-shirt": ((), asked_yes_no("Is this a shirt", "no", "Tantra Men Printed Brown T-shirt")),
}
PLANTS |= {  # where the person stands, and nothing of the garment, to a details question (fifty-ninth session)
    "details-standing-in-front-of-a-white-wall": (
        "non_answer",
        lambda i, a: text(a, "details", "standing in front of a white wall"),
    ),
    "details-a-brick-wall-in-the-background": (
        "non_answer",
        lambda i, a: text(a, "details", "There is a brick wall in the background."),
    ),
    "details-a-t-shirt-against-a-white-wall": (
        (),
        lambda i, a: text(a, "details", "a red t-shirt against a white wall"),
    ),
    # and the caption template's garment of the person, nothing of it
    "the-t-shirt-this-lady-wears": ("non_answer", lambda i, a: text(a, "description", "The t-shirt this lady wears")),
}
PLANTS["yes-track-pants-for-jeans"] = (  # (fifty-ninth session)
    "kind_vs_title",
    asked_yes_no("Is this a pair of track pants", "yes", "Flying Machine Men Skinny Jack Blue Jeans"),
)
PLANTS |= {  # fifty-eighth session
    # a garment of the other half of the body than the title's one garment; a dress's own skirt (the other audit's),
    # dress pants, a set or a "Conjunto" stay unjudged
    "jeans-for-an-innerwear-vest": (
        "kind_vs_title",
        garment_alone("Hanes Men White Round Neck Half Sleeve Vest", "jeans"),
    ),
    "yes-leggings-for-a-sports-bra": (
        "kind_vs_title",
        asked_yes_no("Is this a pair of leggings", "yes", "Kica Women Olive Green Racerback Sports Bra"),
    ),
    "yes-kurta-for-a-churidar": (
        "kind_vs_title",
        asked_yes_no("Is this a kurta", "yes", "Fabindia Men White Churidar"),
    ),
    "a-skirt-for-a-dress": ("caption_contradicts_answer", garment_alone("Women Red Midi Dress", "skirt")),
    "pants-for-dress-pants": ((), garment_alone("Men Flat Front Dress Pants", "pants")),
    "shorts-for-a-shirt-set": ((), garment_alone("Boys Red Shirt Set", "shorts")),
    "shorts-for-a-conjunto": ((), garment_alone("Conjunto Camiseta Infantil Rosa", "shorts")),
    # a shirt sold alone called a jacket in its own color or cloth; a jacket in another color is worn over it
    "a-green-jacket-for-an-olive-green-shirt": (
        "kind_vs_title",
        worn_alone("a green jacket and beige pants", "Men Olive Green Slim Fit Casual Shirt"),
    ),
    "a-blue-jacket-over-a-white-shirt": (
        (),
        worn_alone("a blue jacket and grey pants", "Men White Slim Fit Formal Shirt"),
    ),
    "a-denim-jacket-for-a-denim-shirt-jacket": (
        (),
        worn_alone("a denim jacket and black jeans", "Men Blue Denim Shirt Jacket"),
    ),
    # a cardigan is no top, tee, tank or camisole the title sells; a top with a button front may be one
    "yes-cardigan-for-a-crop-top": (
        "kind_vs_title",
        asked_yes_no("Is this a cardigan", "yes", "Women White Ribbed Crop Top"),
    ),
    "yes-cardigan-for-a-button-front-top": (
        (),
        asked_yes_no("Is this a cardigan", "yes", "Women White Button-Front Knit Top"),
    ),
    # a description that is only a thing worn or carried with the garment; a print of it is the garment's
    "a-straw-hat-described-for-a-maxi-dress": (
        ("accessory_answered_as_garment", "unsupported_claim"),
        titled_alone(("description", "open", "a straw hat", "Describe the garment"), "Women Peach Tiered Maxi Dress"),
    ),
    # a wearing answer of only jewellery, eyewear, a watch or a hat (sixty-first session); not a question that asks
    # for it, nor one about a part of the body
    "a-ring-for-what-she-wears": (
        "accessory_answered_as_garment",
        titled_alone(
            ("wearing", "open", "a ring", "What is the person wearing"), "Women Peach Solid Keyhole Neck Tunic"
        ),
    ),
    # the props of a shoot (sixty-fourth session): worn, or for the details; not what the title sells
    "a-pillow-for-what-she-wears": (
        "accessory_answered_as_garment",
        titled_alone(
            ("wearing", "open", "a pillow", "What is the person wearing"), "Women Maroon Floral Print Nightdress"
        ),
    ),
    "a-cup-of-coffee-for-the-details": (
        "accessory_answered_as_garment",
        titled_alone(("details", "open", "a cup of coffee", "What are the details"), "Women Beige Cardigan"),
    ),
    "a-blanket-for-what-is-worn-with-a-blanket-scarf": (
        (),
        titled_alone(
            ("wearing", "open", "a checked blanket", "What is the person wearing"), "Women Checked Blanket Scarf"
        ),
    ),
    "a-picture-of-a-guitar-for-the-details": ((), said("details", "a picture of a guitar on the front")),
    "sunglasses-for-a-coffee-brown-tee": (  # a title's color names no thing it sells
        ("accessory_answered_as_garment", "non_answer"),
        titled_alone(
            ("details", "open", "a pair of black sunglasses", "What are the details"),
            "Men Coffee Brown Solid Round Neck T-shirt",
        ),
    ),
    "a-necklace-for-the-jewellery-she-wears": (
        (),
        titled_alone(
            ("jewellery", "open", "a gold necklace", "What jewellery is she wearing"), "Women Red Bodycon Dress"
        ),
    ),
    "a-hat-for-what-he-wears-on-his-head": (
        "unsupported_claim",  # (a hat the caption does not see)
        titled_alone(("headwear", "open", "a hat", "What is he wearing on his head"), "Men Maroon Sherwani"),
    ),
    "a-teddy-bear-for-a-teddy-print-night-suit": (
        (),
        titled_alone(
            ("details", "open", "teddy bear", "What are the details of the garment"),
            "Women Grey Melange Teddy Print Night Suit",
        ),
    ),
}


TITLED_MATERIALS = {
    "denim-for-chinos": ("unsupported_claim", "denim", "Men Grey Slim Fit Chinos"),
    "denim-for-a-kurti": ("unsupported_claim", "denim", "Women Blue & White Block Print Kurti"),
    "denim-for-a-washed-trucker-jacket": ((), "denim", "Men's Sherpa Collar Trucker Jacket - Medium Wash"),
    "denim-for-jeggings": ((), "denim", "Women Blue Skinny Fit Jeggings"),
    "velvet-for-a-blazer": ("unsupported_claim", "velvet", "Men Navy Blue Solid Double-Breasted Blazer"),
    "velvet-for-a-velvet-lehenga": ((), "velvet", "Women Maroon Embroidered Velvet Lehenga Choli"),
    "down-for-a-puffer": ("unsupported_claim", "down", "Men Mustard Hooded Puffer Jacket"),
    "down-alternative-is-no-down": ("unsupported_claim", "goose down", "Women's Down Alternative Quilted Parka"),
    "down-for-a-down-jacket": ((), "down", "Men Black Lightweight Down Jacket"),
    "nylon-for-a-button-down-shirt": ((), "nylon", "Men Blue Button Down Oxford Shirt"),
    "wool-for-a-sweatshirt": ("unsupported_claim", "wool", "Men Grey Melange Solid Hooded Sweatshirt"),
    "wool-for-a-flannel-shirt": ("unsupported_claim", "wool", "Men's Charcoal Plaid Flannel Shirt"),
    "wool-for-a-ribbed-top": ("unsupported_claim", "woollen", "Women Wine Ribbed High Neck Fitted Top"),
    "wool-for-a-pullover": ((), "wool", "Men Teal Cable Knit Pullover"),
    "wool-for-an-overcoat": ((), "wool", "Navy Double-Breasted Overcoat"),
    "wool-for-a-suit": ((), "wool", "Slim Fit Two-Piece Suit"),
    "wool-for-a-blusa-de-la": ((), "wool", "Blusa de Lã Feminina Gola Alta"),
    "wool-for-a-kilt": ((), "wool", "Men Tartan Kilt"),
    "wool-for-a-thermal-top": ("unsupported_claim", "wool", "Men White Solid Thermal Top"),
    # a jacket is no wool kind, a Nehru jacket, a parka or a windcheater; a varsity jacket and a peacoat are (sixtieth
    # session)
    "wool-for-a-nehru-jacket": ("unsupported_claim", "wool", "Men Mustard Yellow Solid Nehru Jacket"),
    "wool-for-a-windcheater-jacket": (
        ("unsupported_claim", "material_vs_catalog"),
        "wool",
        "Women Red Hooded Windcheater Jacket",
    ),
    "wool-for-a-varsity-jacket": ((), "wool", "Men Navy Varsity Bomber Jacket"),
    "wool-for-a-peacoat": ((), "wool", "Women Camel Double-Breasted Peacoat"),
    "a-puffer-jacket-for-the-material": ("non_answer", "a black puffer jacket", "Men Black Solid Padded Puffer Jacket"),
    "a-denim-shirt-for-the-material": ((), "a blue denim shirt", "Men Blue Denim Shirt"),
    "a-pink-tulle-skirt-for-the-material": ((), "a pink tulle skirt", "Women Pink Layered Skirt"),
    "the-person-wears-a-puffer-for-the-material": (
        "non_answer",
        "the person is wearing a black puffer jacket",
        "Men Black Solid Padded Puffer Jacket",
    ),
    "wool-for-flannel-trousers": ((), "wool", "Men Grey Flannel Trousers"),
    "cotton-not-denim": ((), "cotton, not denim", "Men Blue Slim Fit Chinos"),
    "denim-for-stonewash-shorts": ((), "denim", "Men Blue Stonewash Shorts"),
    "denim-for-a-wrangler-shirt": ("unsupported_claim", "denim", "Wrangler Men Blue Slim Fit Shirt"),
    "the-templates-denim-fabric": ("unsupported_claim", "The kurta is with denim fabric.", "Women Red Solid Kurta"),
    "the-templates-cotton-fabric-for-a-swimsuit": (
        (),
        "The swimsuit is with cotton fabric.",
        "Women Red Solid Swimsuit",
    ),
    "a-down-alternative-filling": ((), "polyester with down alternative filling", "Men Navy Blue Puffer Jacket"),
    "silk-for-an-embroidered-kurta": ("unsupported_claim", "silk", "Women Maroon Embroidered Straight Kurta"),
    "silk-for-a-banarasi-saree": ((), "silk", "Women Red Woven Design Banarasi Saree"),
    "cotton-for-viscose-lycra-leggings": ("material_vs_catalog", "cotton", "Women Black Viscose Lycra Leggings"),
    "lycra-for-cotton-lycra-churidar": ((), "lycra", "Women Black Cotton Lycra Churidar"),
    # polyester, satin or khadi for a kurta whose title names no fiber (fifty-ninth session); a kurta sold with a
    # jacket may be that jacket's, and a title's own satin backs it
    "polyester-for-a-printed-kurta": ("unsupported_claim", "polyester", "Rangriti Women Navy Printed Kurta"),
    "satin-for-a-kurta-with-pyjamas": (
        "unsupported_claim",
        "satin",
        "See Designs Men Sea Green Solid Kurta with Pyjamas",
    ),
    "khadi-for-a-cream-kurta": ("unsupported_claim", "khadi", "Fabindia Men Cream Kurta"),
    "polyester-for-a-kurta-with-a-nehru-jacket": (
        (),
        "polyester",
        "Men Cream Kurta with Pyjamas & Black Nehru Jacket",
    ),
    "satin-for-a-satin-kurta": ((), "satin", "Women Green Satin Straight Kurta"),
}
PLANTS |= {name: (audits, material_alone(title, words)) for name, (audits, words, title) in TITLED_MATERIALS.items()}
PLANTS["denim-for-a-levis-jacket"] = (  # a denim brand's jacket may be denim; its shirts are not (fifty-fifth session)
    (),
    alone(
        ("material", "open", "denim", "What material is the garment made of"),
        title="Levis Men Blue Solid Jacket",
        **UNCATEGORIZED,
        caption_en="a product photo",
    ),
)
# a denim or a leather answered for the material, beside another text's: another text's (the caption's "a blue denim
# dress") backs it, not the caption template's fabric class, nor another garment's (name -> audits, answer, title,
# caption)
CAPTIONED_MATERIALS = {
    "leather-for-a-shirt-worn-under-a-leather-jacket": (
        "unsupported_claim",
        "leather",
        "Women Red Solid Casual Shirt",
        "a woman wearing a black leather jacket and a red shirt",
    ),
    "leather-for-a-sweater-the-template-calls-the-skirt-leather": (
        "unsupported_claim",
        "leather",
        "Women Red Solid Turtle Neck Sweater",
        "The lady wears a long-sleeve sweater and a short skirt. The skirt is with leather fabric.",
    ),
    "leather-for-a-jacket-captioned-a-leather-jacket": (
        (),
        "leather",
        "Women Red Solid Jacket",
        "a woman in a red leather jacket",
    ),
    "leather-for-pants-captioned-leather-pants": (
        (),
        "leather",
        "Women Red Solid Trousers",
        "a woman in a white top and red leather pants",
    ),
    "denim-for-a-dress-the-template-calls-denim": (
        "unsupported_claim",
        "denim",
        "Women Maroon Solid Wrap Dress",
        "The lady wears a long dress. The dress is with denim fabric.",
    ),
    "denim-for-a-shrug-worn-with-denim-shorts": (
        "unsupported_claim",
        "the shrug is made of denim",
        "Women Pink Solid Shrug",
        "a woman in a pink shrug, a white top and blue denim shorts",
    ),
    "denim-for-shorts-captioned-denim-shorts": (
        (),
        "denim",
        "Women Blue Solid Regular Shorts",
        "a woman in a white top and blue denim shorts",
    ),
    "denim-for-a-dress-the-caption-calls-denim": (
        (),
        "denim",
        "Women Blue Solid Shirt Dress",
        "a woman in a blue denim dress",
    ),
}
PLANTS |= {
    name: (
        audits,
        alone(("material", "open", words, "What material is the garment made of"), title=title, caption_en=caption),
    )
    for name, (audits, words, title, caption) in CAPTIONED_MATERIALS.items()
}
PLANTS["long-sleeves-for-a-short-sleeve-shirt-of-shirts-and-polos"] = (  # no garment mapped: the title's is read
    ("pattern_or_sleeves_contradict", "seller_unmapped"),
    alone(
        ("sleeve_length", "closed", "long", "How long are the sleeves"),
        title="Men's Chambray Short Sleeve Shirt",
        seller_garment_type=None,
        seller_garment_type_raw="Shirts & Polos",
        caption_en="a blue shirt on a hanger",
    ),
)
PLANTS["pink-for-the-frock-of-a-yellow-dress"] = (  # a frock is a dress
    ("caption_contradicts_answer", "seller_color_mismatch"),
    alone(
        ("color_frock", "closed", "pink", "What is the color of the frock"),
        caption_en="a little girl in a yellow dress",
        seller_color="yellow",
        seller_color_raw="Yellow",
        seller_garment_type="dress",
        seller_garment_type_raw="Dresses",
    ),
)
PLANTS["a-logo-the-caption-sees"] = (  # the base model saw one: the title's silence is no evidence against it
    (),
    details_of(
        "a small logo on the chest", title="Men Maroon Solid Sweatshirt", caption_en="a maroon sweatshirt with a logo"
    ),
)
PLANTS["denim-for-a-tee-worn-with-jeans"] = (  # the jeans another text names are not the t-shirt's denim
    "unsupported_claim",
    lambda i, a: (
        titled_material("Men Red Solid Round Neck T-shirt", "denim")(i, a),
        said("wearing", "a red t-shirt and blue jeans")(i, a),
    ),
)


def title_colors(garment: str, answered: str, title: str):
    """A plant of one color answer for `garment` on an item titled `title` (as `titled_alone`)."""
    return titled_alone((f"color_{garment}", "closed", answered, f"What is the color of the {garment}"), title)


PLANTS |= {  # the color the title gives another piece, where it gives the asked one another (sixty-third session);
    # a piece the title gives no color, and a dupatta after "&", judge nothing
    "white-for-the-mustard-nehru-jacket": (
        "color_of_another_garment",
        title_colors("jacket", "white", "Boys White Kurta with Churidar & Mustard Nehru Jacket"),
    ),
    "navy-for-the-red-shorts-of-a-striped-tee": (
        "color_of_another_garment",
        title_colors("shorts", "navy", "Girls Navy & White Striped T-shirt with Red Shorts"),
    ),
    "mustard-for-the-mustard-nehru-jacket": (
        (),
        title_colors("jacket", "yellow", "Boys White Kurta with Churidar & Mustard Nehru Jacket"),
    ),
    "navy-for-the-trousers-of-a-navy-kurta-and-red-dupatta": (
        (),
        title_colors("trousers", "navy", "Women Navy Blue Solid Kurta with Trousers & Red Dupatta"),
    ),
    "white-for-the-palazzos-of-a-pink-and-white-kurta": (
        (),
        title_colors("palazzos", "white", "Women Pink & White Printed Kurta with Palazzos"),
    ),
    # a list of colors is one piece's, with commas or a shade in it (a review's cases)
    "navy-for-a-navy-white-and-red-tee": (
        (),
        title_colors("t-shirt", "navy", "Boys Navy Blue, White & Red Striped T-shirt with Navy Blue Shorts"),
    ),
    "pink-for-a-pink-and-light-green-kurta": (
        (),
        title_colors("kurta", "pink", "Women Pink & Light Green Printed Kurta with Pink Palazzos"),
    ),
}


PLANTS |= {  # a dress for a tunic, a long top; a tunic dress is one (sixty-third session)
    "a-dress-for-a-tunic": (
        "kind_vs_title",
        titled_alone(("garment_type", "closed", "dress", "What type of garment is this"), "Women Green Printed Tunic"),
    ),
    "a-dress-for-a-tunic-dress": (
        (),
        titled_alone(("garment_type", "closed", "dress", "What type of garment is this"), "Women Green Tunic Dress"),
    ),
}


PLANTS |= {  # a Levi's red tab on jeans of another brand or none (sixty-third session)
    "a-red-tab-on-wrangler-jeans": (
        "unsupported_claim",
        titled_alone(
            ("details", "open", "the jeans have a red tab on the back pocket", "What are the jeans details"),
            "Wrangler Men Blue Regular Fit Jeans",
        ),
    ),
    "a-red-tab-on-levis-jeans": (
        (),
        titled_alone(
            ("details", "open", "the jeans have a red tab on the back pocket", "What are the jeans details"),
            "Levis Men Blue 511 Slim Fit Jeans",
        ),
    ),
    "a-red-tab-on-levi-s-jeans-with-a-curly-apostrophe": (
        (),
        titled_alone(
            ("details", "open", "the jeans have a red tab on the back pocket", "What are the jeans details"),
            "Levi\u2019s Men Blue 511 Slim Fit Jeans",
        ),
    ),
    "a-red-tag-on-a-polo-collar": (
        (),
        titled_alone(
            ("details", "open", "the t-shirt has a red tag on the collar", "What are the t-shirt details"),
            "Tommy Hilfiger Men Pink Solid Polo T-shirt",
        ),
    ),
}
PLANTS |= {  # sixty-fifth session
    # the whole answer a garment, with its color or style, said to be itself
    "the-red-t-shirt-is-a-red-t-shirt": (
        "verbose_or_restated",
        said("description", "the red t-shirt is a red t-shirt"),
    ),
    "the-grey-pants-are-grey-pants": ("verbose_or_restated", said("details", "the grey pants are grey pants")),
    "the-red-t-shirt-is-a-red-polo-t-shirt": ((), said("description", "the red t-shirt is a red polo t-shirt")),
    # which side of the garment the photo shows, and nothing on it; not where a question asks where
    "the-back-of-the-shirt-for-the-details": ("non_answer", said("details", "the back of the shirt")),
    "the-front-of-her-t-shirt-for-a-description": ("non_answer", said("description", "the front of her t-shirt")),
    "the-back-of-the-shirt-where-the-print-is": (
        (),
        lambda i, a: a.append(
            answer(i["sku"], "print_place", "open", "the back of the shirt", "Where is the print on the shirt")
        ),
    ),
    "the-back-of-the-shirt-is-plain": ((), said("details", "the back of the shirt is plain")),
    # a ball or a racket, the props of a sports shoot: for what is worn, or for the garment type
    "a-soccer-ball-for-what-he-wears": (
        "accessory_answered_as_garment",
        worn_alone("a soccer ball", "Men Orange Printed Football Jersey"),
    ),
    "a-watch-for-the-details-of-a-basketball-jersey": (
        ("accessory_answered_as_garment", "unsupported_claim"),
        sold_as(
            ("details", "open", "a watch on his wrist", "What are the details"),
            None,
            None,
            title="Men Blue Basketball Jersey",
            caption_en="a product photo",
            gender="male",
        ),
    ),
    "a-ring-for-what-she-wears-in-a-ball-gown": (
        "accessory_answered_as_garment",
        worn_alone("a diamond ring", "Women Red Sequinned Ball Gown"),
    ),
    "a-skateboard-for-the-garment-type": (
        ("accessory_answered_as_garment", "closed_out_of_vocabulary"),
        lambda i, a: unmapped(a, "garment_type", "skateboard"),
    ),
    "a-soccer-ball-on-the-front-of-a-football-tee": (
        (),
        titled_alone(
            ("details", "open", "a soccer ball on the front", "What are the details"),
            "Boys White Football Graphic T-Shirt",
        ),
    ),
    # a text that ends by starting over, stopped before the limit: from some word to the end it is its own opening
    "ends-by-starting-over": (
        "repetition_loop",
        said("details", "It has a round neckline. The t-shirt is with cotton fabric. It has a round neckline"),
    ),
    "ends-by-starting-over-cut-mid-sentence": (
        "repetition_loop",
        said("description", "The t-shirt is red with short sleeves. It has a round neck. The t-shirt is red"),
    ),
    "opens-a-second-sentence-alike-and-goes-on-otherwise": (
        (),
        said("details", "the t-shirt has short sleeves and the t-shirt has a round neck"),
    ),
    # a review's cases: what the title sells stays exempt, and a sport's ball a title prints or names before the
    # garment; "t - shirt" spacing; a color or a question asking which side says what the photo shows
    "a-baseball-cap-for-the-details-of-a-baseball-cap": (
        "non_answer",
        sold_as(
            ("details", "open", "a black baseball cap", "What are the details"),
            None,
            None,
            title="Unisex Black Solid Baseball Cap",
            caption_en="a product photo",
            seller_color=None,
            seller_color_raw=None,
        ),
    ),
    "a-soccer-ball-on-his-chest-for-a-football-graphic-tee": (
        (),
        sold_as(
            ("details", "open", "a soccer ball on his chest", "What are the details"),
            None,
            None,
            title="Boys White Football Graphic T-Shirt",
            caption_en="a product photo",
            gender="male",
        ),
    ),
    "a-basketball-for-the-details-of-basketball-mesh-shorts": (
        "accessory_answered_as_garment",
        titled_alone(("details", "open", "a basketball", "What are the details"), "Men Basketball Mesh Shorts"),
    ),
    "blanket-for-the-garment-type-of-a-swaddle-blanket": (
        "closed_out_of_vocabulary",
        garment_type_alone("blanket", "Baby Printed Swaddle Blanket"),
    ),
    "a-ball-for-the-garment-type-of-a-football-jersey": (
        ("accessory_answered_as_garment", "closed_out_of_vocabulary"),
        garment_type_alone("ball", "Men Printed Football Jersey"),
    ),
    "the-back-of-the-t---shirt": ("non_answer", said("details", "the back of the t - shirt")),
    "the-back-of-the-red-t-shirt-for-a-description": ((), said("description", "the back of the red t-shirt")),
    "the-back-of-the-shirt-for-which-side-the-print-is-on": (
        (),
        lambda i, a: a.append(
            answer(i["sku"], "print_side", "open", "the back of the shirt", "What side of the shirt is the print on")
        ),
    ),
    # a closed material answer outside the values (`--engine reference` keeps it raw) is judged too
    "cotton-outside-the-values-for-dri-fit-shorts": (
        ("material_vs_catalog", "closed_out_of_vocabulary"),
        lambda i, a: (
            i.update(title="Nike Women Pink Solid Dri-FIT Running Shorts", caption_en="a product photo"),
            a.clear(),
            a.append(answer(i["sku"], "material", "closed", "cotton", "What material is the garment made of")),
            unmapped(a, "material", "cotton"),
        ),
    ),
}


def template_captioned(caption: str, title: str, gender: str, sleeves: str = "long"):
    """A plant of a caption in the fine-tuned adapter's template on an item titled `title` worn by a `gender` model,
    with an answer about the sleeves, `sleeves`, that the caption agrees with."""
    return alone(
        ("sleeve_length", "closed", sleeves, "How long are the sleeves"), title=title, caption_en=caption, gender=gender
    )


PLANTS |= {  # sixty-sixth session
    # the caption template's garment a shirt or a t-shirt, no layer named, for a jacket or a sweatshirt sold alone;
    # not a blazer, a shacket, a layer the caption names, nor what is worn asked in other words
    "a-shirt-in-the-caption-for-a-denim-jacket": (
        "kind_vs_title",
        template_captioned(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric.",
            "Roadster Men Blue Washed Denim Jacket",
            "male",
        ),
    ),
    "a-t-shirt-in-the-caption-for-a-sweatshirt": (
        "kind_vs_title",
        template_captioned(
            "The man wears a long-sleeve T-shirt with graphic patterns. It has a round neckline.",
            "WROGN Men Grey Melange Printed Sweatshirt",
            "male",
        ),
    ),
    "a-shirt-in-the-caption-for-a-blazer": (
        (),
        template_captioned(
            "The gentleman wears a long-sleeve shirt with pure color patterns. It has a lapel neckline.",
            "Blackberrys Men Navy Blue Slim Fit Formal Blazer",
            "male",
        ),
    ),
    "a-shirt-in-the-caption-for-a-shacket": (
        (),
        template_captioned(
            "The lady wears a long-sleeve shirt with pure color patterns. It has a lapel neckline.",
            "Roadster Women Rust Solid Corduroy Shacket",
            "female",
        ),
    ),
    "a-shirt-under-the-outer-clothing-of-a-jacket": (
        (),
        template_captioned(
            "The gentleman wears a long-sleeve shirt with pure color patterns. His outer clothing is denim.",
            "Men Blue Washed Denim Jacket",
            "male",
        ),
    ),
    "a-t-shirt-worn-under-a-bomber": (
        (),
        worn_alone("a short-sleeve T-shirt with pure color patterns", "Mast & Harbour Men Olive Green Bomber Jacket"),
    ),
    # a train on a lehenga, a gown or a dress whose title names none; not one pictured, nor one the title sells
    "a-long-train-on-a-lehenga": (
        "unsupported_claim",
        titled_alone(
            ("description", "open", "a pink lehenga with a long train", "Describe the garment"),
            "Pink Floral Printed Lehenga Choli with Dupatta",
        ),
    ),
    "a-picture-of-a-train-on-a-t-shirt": (
        (),
        titled_alone(
            ("description", "open", "a blue t-shirt with a picture of a train on it", "Describe the garment"),
            "Boys Blue Graphic Printed T-shirt",
        ),
    ),
    "a-long-train-on-a-gown-sold-with-one": (
        (),
        titled_alone(
            ("description", "open", "a white gown with a long train", "Describe the garment"),
            "Women White Embellished Gown with Train",
        ),
    ),
    # a top and a skirt, and no dress, for a dress sold alone; not the template's upper and lower clothing, nor a
    # pinafore worn over a top
    "a-tank-top-and-a-skirt-for-a-maxi-dress": (
        "kind_vs_title",
        template_captioned(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is chiffon.",
            "Women Red Floral Print Maxi Dress",
            "female",
            "sleeveless",
        ),
    ),
    "upper-and-lower-clothing-for-a-maxi-dress": (
        (),
        template_captioned(
            "The upper clothing has no sleeves, chiffon fabric and floral patterns. The lower clothing is long.",
            "Women Green Floral Printed Maxi Dress",
            "female",
            "sleeveless",
        ),
    ),
    "a-tank-top-and-a-skirt-for-a-pinafore-dress": (
        (),
        template_captioned(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a short skirt.",
            "Women Blue Denim Pinafore Dress",
            "female",
            "sleeveless",
        ),
    ),
    # a sword at a sherwani's side in an answer, where the title sells none; not one on a print
    "a-sword-in-the-sherwani-details": (
        "unsupported_claim",
        titled_alone(
            ("details", "open", "the sherwani has a high collar and a sword", "What are the details"),
            "Men Maroon Woven Design Sherwani Set",
        ),
    ),
    "a-samurai-with-a-sword-on-a-graphic-tee": (
        (),
        titled_alone(
            ("details", "open", "a print of a samurai with a sword", "What are the details"),
            "Men Black Graphic Printed T-shirt",
        ),
    ),
    # an "&" between colors or in a brand sells no second garment; one before a garment does
    "a-tank-top-and-a-skirt-for-a-black-and-white-dress": (
        "kind_vs_title",
        template_captioned(
            "The lady wears a sleeveless tank top with striped patterns and a short skirt.",
            "Berrylush Women Black & White Striped Bodycon Dress",
            "female",
            "sleeveless",
        ),
    ),
    "a-tank-top-and-a-skirt-for-a-dress-and-belt": (
        (),
        template_captioned(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt.",
            "Women Red Midi Dress & Black Belt",
            "female",
            "sleeveless",
        ),
    ),
    # (a review of the session's rules) an "and" sells no second garment either, a gown is a dress; a train or a
    # sword only on the ethnic or party wear the adapters add one to, never in a print
    "a-tank-top-and-a-skirt-for-a-fit-and-flare-dress": (
        "kind_vs_title",
        template_captioned(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt.",
            "Roadster Women Black Solid Fit and Flare Dress",
            "female",
            "sleeveless",
        ),
    ),
    "a-tank-top-and-a-skirt-for-a-mermaid-gown": (
        "kind_vs_title",
        template_captioned(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt.",
            "Athena Women Red Sequinned Off-Shoulder Mermaid Gown",
            "female",
            "sleeveless",
        ),
    ),
    "a-cartoon-train-printed-on-a-boys-t-shirt": (
        (),
        titled_alone(
            ("description", "open", "a blue t-shirt with a cartoon train printed on the chest", "Describe the garment"),
            "Boys Navy Blue Printed Round Neck T-shirt",
        ),
    ),
    "a-long-train-for-a-t-shirt": (
        (),
        titled_alone(
            ("description", "open", "a blue t-shirt and a long train in the background", "Describe the garment"),
            "Men Navy Blue Solid Round Neck T-shirt",
        ),
    ),
    "crossed-swords-in-a-t-shirt-print": (
        (),
        titled_alone(
            ("print", "open", "two crossed swords and a skull", "What is the print on the t-shirt"),
            "Men Black Graphic Printed Round Neck T-shirt",
        ),
    ),
}


def audits_of(plant: str) -> set[str]:
    names = PLANTS[plant][0]
    return {names} if isinstance(names, str) else set(names)


def write_output(root: Path, items: list[dict], answers: list[dict]) -> Path:
    """items/ and answers/ in the documented schema; keys outside it are catalog columns (strings; the seller map's
    on-purpose markers booleans), as in a run."""
    from enrich.seller import ON_PURPOSE

    keys = {key for item in items for key in item}
    extra = [
        pa.field(name, pa.bool_() if name.endswith(ON_PURPOSE) else pa.string())
        for name in sorted(keys - set(ITEMS_SCHEMA.names))
    ]
    for name, schema, rows in (("items", ITEMS_SCHEMA, items), ("answers", ANSWERS_SCHEMA, answers)):
        schema = pa.schema(
            [
                f
                for f in schema
                if name == "answers"
                or f.name in keys
                or f.name not in ("pixel_colors", "pixel_texture", "pixel_bare_arms", "pixel_other_colors")
            ]
            + (extra if name == "items" else [])
        )
        (root / name).mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), root / name / "part-0.parquet")
    return root


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> Path:
    items, answers = [], []
    # healthy items of every look, as many as the plants (nearly all the solid red t-shirt): with 60, "solid" reached
    # collapsed_answer's 90% as plants were added, and every planted row became its finding
    for n in range(max(60, len(PLANTS))):
        item, rows = healthy(f"ok-{n:02d}", n)
        items.append(item)
        answers += rows
    for sku, (_, plant) in PLANTS.items():
        item, rows = healthy(sku, 0)  # red t-shirt, female
        plant(item, rows)
        items.append(item)
        answers += rows
    return write_output(tmp_path_factory.mktemp("planted"), items, answers)


@pytest.fixture(scope="module")
def results(planted):
    return {r.audit.name: r for r in run_audits(planted, load_audits(bundled_queries_dir()))}


@pytest.mark.parametrize("audit", sorted({name for plant in PLANTS for name in audits_of(plant)}))
def test_each_audit_flags_exactly_its_planted_rows(results, audit):
    expected = {sku for sku in PLANTS if audit in audits_of(sku)}
    assert {f.sku for f in results[audit].findings} == expected


def test_every_finding_says_what_it_found(results):
    # (a NULL in a detail's concatenation makes the whole detail NULL: "answered " || raw_en where raw_en is missing)
    silent = [(name, f.sku) for name, result in results.items() for f in result.findings if not f.detail]
    assert silent == []


def test_a_title_pattern_words_before_its_garment_judges_the_caption_not_the_answer_that_agrees(results):
    # "Red Polka Dot Flutter Sleeve Midi Dress": without the title's dots, the caption's "pure color" outranked the
    # wearing answer's polka dots, and the right answer was the one flagged
    findings = results["pattern_or_sleeves_contradict"].findings
    sku = "a-plain-template-caption-for-a-polka-dot-midi-dress"
    assert [(f.question_id, f.detail) for f in findings if f.sku == sku] == [
        ("caption", "says the dress is solid; the catalog's title says dotted")
    ]


def test_a_text_the_title_contradicts_stands_by_no_less_trusted_text(results):
    # the caption's stripes back the wearing answer's against nothing: the title's checks outrank both
    findings = results["pattern_or_sleeves_contradict"].findings
    sku = "a-striped-sari-for-a-checked-saree-the-caption-too"
    assert sorted(f.question_id for f in findings if f.sku == sku) == ["caption", "wearing"]


def test_a_wearing_answer_alone_against_the_answer_and_the_seller_is_the_odd_text(results):
    findings = [f for f in results["caption_contradicts_answer"].findings if f.sku == "worn-alone-against-the-seller"]
    assert [(f.question_id, f.detail) for f in findings] == [
        ("wearing", "calls the t-shirt black; the color answer and the seller say red")
    ]
    # (the answer's black is the seller's Black, and the wearing answer gives it to a jacket: since the fortieth
    # session the seller's very color stands, and neither text is flagged here; seller_color_mismatch flags the red)
    findings = results["caption_contradicts_answer"].findings
    assert {f.question_id for f in findings if f.sku == "worn-with-the-answer-on-another-garment"} == set()


def test_a_caption_alone_against_the_answer_and_the_seller_is_the_odd_text(results):
    findings = results["caption_contradicts_answer"].findings
    findings = [f for f in findings if f.sku == "captioned-alone-against-the-seller"]
    assert [(f.question_id, f.detail) for f in findings] == [
        ("caption", "calls the t-shirt black; the color answer and the seller say red")
    ]


def test_without_a_gender_or_a_department_the_other_texts_judge_a_pronoun(results):
    findings = [f for f in results["pronoun_vs_gender"].findings if f.sku.startswith("pronoun-against-the-other")]
    assert sorted((f.sku, f.detail) for f in findings) == [
        ("pronoun-against-the-other-texts", 'the item\'s other texts say women, text says "he"'),
        ("pronoun-against-the-other-texts-blank-gender", 'the item\'s other texts say women, text says "he"'),
        # the word that disagrees is quoted, not the first gendered one
        ("pronoun-against-the-other-texts-kids", 'the item\'s other texts say women, text says "boy"'),
    ]


def test_the_titles_stripe_check_flower_or_dot_stands_against_an_answer_a_description_agrees_with(results):
    findings = results["pattern_or_sleeves_contradict"].findings
    flagged = {f.question_id for f in findings if f.sku == "striped-for-a-checked-shirt-a-description-agrees-with"}
    assert flagged == {"pattern", "description"}


def test_the_titles_sleeves_stand_against_an_answer_a_description_agrees_with(results):
    findings = results["pattern_or_sleeves_contradict"].findings
    flagged = {f.question_id for f in findings if f.sku == "a-wrong-sleeve-answer-a-description-agrees-with"}
    assert flagged == {"sleeve_length", "description"}


def test_a_title_that_outranks_a_garment_answer_for_the_color_flags_only_that_answer(results):
    findings = results["caption_contradicts_answer"].findings
    assert {f.question_id for f in findings if f.sku == "jogger-answered-t-shirt"} == {"garment_type"}


def test_a_wearing_answer_of_one_color_for_every_garment_is_the_odd_text(results):
    for audit in ("open_answers_contradict", "caption_contradicts_answer"):
        flagged = {f.question_id for f in results[audit].findings if f.sku == "uniform-wearing-against-the-description"}
        assert flagged == {"wearing"}, audit
    flagged = {
        f.question_id for f in results["caption_contradicts_answer"].findings if f.sku == "uniform-jacket-over-jeans"
    }
    assert flagged == {"wearing"}


def test_a_one_color_wearing_answer_of_a_matching_set_is_not_the_odd_text(results):
    findings = results["caption_contradicts_answer"].findings
    assert {f.question_id for f in findings if f.sku == "uniform-wearing-of-a-co-ord"} == {"color_skirt"}
    assert {f.question_id for f in findings if f.sku == "uniform-wearing-of-a-two-colored-co-ord"} == {"wearing"}


def test_a_one_color_wearing_answer_is_not_odd_where_the_seller_other_texts_or_pixels_side_with_it(results):
    skus = ("uniform-wearing-the-seller-backs", "uniform-wearing-details-agree", "uniform-outfit-in-the-pixels")
    for sku in (*skus, "jacket-over-the-hoodie"):
        flagged = {f.question_id for f in results["open_answers_contradict"].findings if f.sku == sku}
        assert "description" in flagged and "wearing" not in flagged, sku


def test_the_sellers_color_decides_which_of_two_open_answers_is_odd(results):
    flagged = {
        f.question_id for f in results["open_answers_contradict"].findings if f.sku == "seller-backs-the-description"
    }
    assert flagged == {"wearing"}


def test_a_wrong_pronoun_flags_the_text_that_says_it_not_the_whole_item(results):
    flagged = {(f.sku, f.question_id) for f in results["pronoun_vs_gender"].findings}
    assert flagged == {
        *(("pronoun", "caption"), ("pronoun-in-answer", "description")),
        *(("gentleman", "description"), ("kids-gender", "caption")),
        *(("department-plus", "caption"), ("department-womens", "description")),
        ("department-boys-apostrophe", "caption"),
        ("department-womens-plus", "caption"),
        ("department-menina", "caption"),
        ("a-pronoun-in-a-closed-answer", "sleeve_length"),
        ("gender-in-the-title", "description"),
        ("pronoun-against-the-other-texts", "description"),
        ("pronoun-against-the-other-texts-blank-gender", "description"),
        ("pronoun-against-the-other-texts-kids", "description"),
        ("he-for-a-saree-with-no-gender", "wearing"),
    }


def test_an_outvoted_caption_is_the_text_flagged(results):
    for sku in ("caption-outvoted", "caption-outvoted-near", "caption-outvoted-seller-near-both"):
        flagged = {f.question_id for f in results["open_answers_contradict"].findings if f.sku == sku}
        assert flagged == {"caption"}, sku


def test_a_caption_the_sellers_color_backs_is_not_outvoted(results):
    flagged = {
        f.question_id
        for f in results["open_answers_contradict"].findings
        if f.sku == "caption-outvoted-but-seller-backed"
    }
    assert "caption" not in flagged and flagged


def test_no_to_a_dress_for_a_saree_stands_against_the_templates_dress(results):
    flagged = {
        f.question_id
        for f in results["caption_contradicts_answer"].findings
        if f.sku == "no-dress-for-sarees-under-the-templates-dress"
    }
    assert flagged == {"wearing"}


def test_a_seller_color_backs_only_its_own_garment(results):
    flagged = {(f.sku, f.question_id) for f in results["caption_contradicts_answer"].findings}
    assert ("jeans-asked-under-a-black-t-shirt", "wearing") in flagged
    assert ("jeans-asked-under-a-black-t-shirt", "jeans_color") not in flagged


def test_the_odd_text_is_flagged_not_the_answer_it_contradicts(results):
    flagged = {(f.sku, f.question_id) for f in results["caption_contradicts_answer"].findings}
    assert ("swimsuit-template-caption", "caption") in flagged and ("one-color-outfit", "wearing") in flagged
    odd = {sku for sku, question in flagged if question in ("garment_type", "color")}
    assert not odd & {"swimsuit-template-caption", "one-color-outfit"}


def test_a_one_color_outfit_the_seller_backs_flags_the_answer_not_the_outfit(results):
    flagged = {(f.sku, f.question_id) for f in results["caption_contradicts_answer"].findings}
    assert ("all-black-answered-white", "color") in flagged
    assert ("all-black-answered-white", "wearing") not in flagged


def test_a_description_the_seller_and_the_answer_contradict_is_the_text_flagged(results):
    flagged = {
        f.question_id for f in results["caption_contradicts_answer"].findings if f.sku == "seller-backs-the-answer"
    }
    assert flagged == {"describe_tshirt"}


def test_audits_with_nothing_planted_pass(results, tmp_path):
    assert results["coverage"].findings == [] and results["coverage"].passed
    # collapsed_answer on the healthy looks alone: the plants are nearly all the solid red t-shirt, so on them "solid"
    # reached 90% as plants were added, which says nothing of the audit
    items, answers = [], []
    for n in range(25):
        item, rows = healthy(f"s{n}", n)
        items.append(item)
        answers += rows
    [result] = run_audits(
        write_output(tmp_path, items, answers), load_audits(bundled_queries_dir(), ("collapsed_answer",))
    )
    assert result.findings == [] and result.passed


def test_a_collapsed_question_is_flagged(tmp_path):
    items, answers = [], []
    for n in range(25):
        item, rows = healthy(f"s{n}", n)
        edit(rows, "pattern", answer_en="solid" if n else "striped", raw_en="solid" if n else "striped")
        items.append(item)
        answers += rows
    [result] = run_audits(
        write_output(tmp_path, items, answers), load_audits(bundled_queries_dir(), ("collapsed_answer",))
    )
    assert {f.sku for f in result.findings} == {f"s{n}" for n in range(1, 25)}
    assert {f.question_id for f in result.findings} == {"pattern"}


def write_run(root: Path, run_id: str, items: list[dict], answers: list[dict], catalog=None) -> Path:
    """One committed run in the enrich output layout (through the real store); returns the run's folder."""
    return commit_rows(root, run_id, items, answers, catalog)


def test_coverage_flags_catalog_items_without_a_result(tmp_path):
    item, rows = healthy("a", 0)
    write_run(tmp_path, "r1", [item], rows, catalog=["a", "b"])
    [result] = run_audits(tmp_path, load_audits(bundled_queries_dir(), ("coverage",)))
    assert [(f.sku, f.detail) for f in result.findings] == [("b", "no result for this catalog item")]


def test_an_audit_whose_column_holds_no_value_is_skipped_not_passed(tmp_path):
    """An output enriched before pixel_texture existed gets the column, all NULL, from its next catalog-only update:
    pattern_vs_pixels would judge nothing there, and says so."""
    items, answers = [], []
    for sku, texture in (("old-1", None), ("old-2", None)):
        item, rows = healthy(sku, 0)
        item.update(pixel_region="upper", pixel_texture=texture)
        items.append(item)
        answers += rows
    [result] = run_audits(
        write_output(tmp_path / "a", items, answers), load_audits(bundled_queries_dir(), ("pattern_vs_pixels",))
    )
    assert result.skipped == "no item has a value in items.pixel_texture"
    items[0]["pixel_texture"] = 0.5  # one item enriched again: judged, and its missed print flagged
    [result] = run_audits(
        write_output(tmp_path / "b", items, answers), load_audits(bundled_queries_dir(), ("pattern_vs_pixels",))
    )
    assert not result.skipped and result.skus == {"old-1"}


def test_an_audit_that_judges_where_one_of_its_columns_is_null_still_runs(tmp_path):
    """Every category generic (Tops): seller_garment_type is NULL everywhere, and the raw word still judges."""
    item, rows = healthy("tops", 0)
    item.update(seller_garment_type=None, seller_garment_type_raw="Tops")
    text(rows, "garment_type", "jeans")
    [result] = run_audits(
        write_output(tmp_path, [item], rows), load_audits(bundled_queries_dir(), ("seller_category_mismatch",))
    )
    assert not result.skipped and result.skus == {"tops"}


def test_audits_needing_a_missing_catalog_column_are_skipped(tmp_path):
    item, rows = healthy("a", 0)
    for column in ("seller_color", "seller_color_raw", "seller_garment_type", "seller_garment_type_raw", "gender"):
        del item[column]
    del item["pixel_colors"]
    results = run_audits(write_output(tmp_path, [item], rows), load_audits(bundled_queries_dir()))
    skipped = {r.audit.name for r in results if r.skipped}
    # (pronoun_vs_gender runs: without a gender or a title, the item's texts judge)
    expected = {
        "seller_color_mismatch",
        "seller_category_mismatch",
        "pixel_color_absent",
        "count_vs_title",
        "material_vs_catalog",
        "kind_vs_title",
        "one_color_for_two_garments",
    }
    before_them = {"pattern_vs_pixels", "sleeves_vs_pixels", "garment_color_vs_pixels"}  # outputs before those columns
    assert skipped == expected | before_them


def test_cli_table_json_and_exit_code(planted, tmp_path):
    # (a blocking audit over its threshold fails the run: loops in 5 of 25 items, where 2% may loop; not the planted
    # output, whose blocking audits' rates fall as plants are added: closed_out_of_vocabulary's sank to its 2.0%)
    items, answers = [], []
    for n in range(25):
        item, rows = healthy(f"s{n}", n)
        if n < 5:
            edit(rows, "details", answer_en="zzzzzzzzzz")
        items.append(item)
        answers += rows
    table = CliRunner().invoke(main, ["audit", str(write_output(tmp_path, items, answers))])
    assert table.exit_code == 4, table.output
    assert "repetition_loop" in table.output and "FAIL" in table.output
    assert "blocking audit(s) failed: repetition_loop" in table.output
    assert CliRunner().invoke(main, ["audit", str(planted)]).exit_code in (0, 4)  # the planted output runs through
    passing = CliRunner().invoke(main, ["audit", str(planted), "--only", "coverage", "--only", "low_confidence"])
    assert passing.exit_code == 0, passing.output
    as_json = CliRunner().invoke(main, ["audit", str(planted), "--format", "json", "--only", "repetition_loop"])
    report = json.loads(as_json.stdout)
    assert {f["sku"] for f in report["findings"]} == {sku for sku in PLANTS if "repetition_loop" in audits_of(sku)}
    assert set(report["findings"][0]) == {"audit", "sku", "question_id", "detail"}


def test_a_bad_header_is_a_clear_error(tmp_path):
    from enrich import EnrichError

    (tmp_path / "x.sql").write_text("-- invariant: x\n-- severity: fatal\n-- threshold: 0\nSELECT 1")
    with pytest.raises(EnrichError, match="severity must be one of"):
        load_audits(tmp_path)


def custom_audit(folder, name, header, sql="SELECT sku, NULL AS question_id, status AS detail FROM items"):
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.sql").write_text(f"-- invariant: {name}\n-- severity: warning\n{header}{sql}\n")
    return folder


def test_a_param_in_quotes_is_text_and_a_code_with_a_leading_zero_stays_a_code(planted, tmp_path):
    """'error' was bound with its quotes and 033 as 33.0: both audits matched nothing and passed."""
    folder = tmp_path / "q"
    custom_audit(
        folder,
        "quoted",
        "-- threshold: 0\n-- param: st = 'error'\n",
        "SELECT sku, NULL AS question_id, status AS detail FROM items WHERE status = $st",
    )
    custom_audit(
        folder,
        "code",
        "-- threshold: 0\n-- param: code = 00\n-- param: n = 2\n",
        "SELECT sku, NULL AS "
        "question_id, sku AS detail FROM items WHERE sku = 'ok-' || $code OR sku = 'ok-0' || ($n + 1)",
    )
    results = {r.audit.name: r for r in run_audits(planted, load_audits(folder))}
    assert results["quoted"].flagged > 0 and results["code"].skus == {"ok-00", "ok-03"}


def test_a_timestamp_a_decimal_or_a_map_detail_is_written_as_json(planted, tmp_path):
    """A stale-result audit's processed_at as its detail: --format json was a traceback, and --save was skipped."""
    folder = tmp_path / "q"
    custom_audit(
        folder,
        "stale",
        "-- threshold: 1\n",
        "SELECT sku, NULL AS question_id, TIMESTAMPTZ '2026-12-04 10:00:00+00' AS detail FROM items",
    )
    custom_audit(
        folder,
        "price",
        "-- threshold: 1\n",
        "SELECT sku, NULL AS question_id, [1.5::DECIMAL(4, 2)] AS detail FROM items",
    )
    custom_audit(  # a MAP was a list of [key, value] pairs, where `enrich sql --format json` writes an object
        folder,
        "counts",
        "-- threshold: 1\n",
        "SELECT sku, NULL AS question_id, MAP {'ok': 2, 'error': 1} AS detail FROM items",
    )
    printed = CliRunner().invoke(main, ["audit", str(planted), "--queries", str(folder), "--format", "json"])
    assert printed.exit_code == 0, printed.output
    details = {f["audit"]: f["detail"] for f in json.loads(printed.stdout)["findings"]}
    assert details["price"] == [1.5] and details["stale"].startswith("2026-12-04")
    assert details["counts"] == {"ok": 2, "error": 1}


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_a_map_detail_keyed_by_a_list_or_a_struct_is_no_traceback(planted, tmp_path, fmt):
    """No Python dict holds a list or a struct as a key: read as one, such a MAP (`histogram(pixel_colors)`) stopped
    every audit of the run with "TypeError: unhashable type", whatever the format; it is its [key, value] pairs."""
    folder = tmp_path / "q"
    custom_audit(
        folder, "lists", "-- threshold: 1\n", "SELECT sku, NULL AS question_id, MAP {[sku]: 1} AS detail FROM items"
    )
    custom_audit(
        folder,
        "structs",
        "-- threshold: 1\n",
        "SELECT sku, NULL AS question_id, MAP {{'s': sku}: 1} AS detail FROM items",
    )
    printed = CliRunner().invoke(main, ["audit", str(planted), "--queries", str(folder), "--format", fmt])
    assert printed.exit_code == 0, printed.output
    if fmt == "json":
        findings = json.loads(printed.stdout)["findings"]
        details = {f["audit"]: f["detail"] for f in findings if f["sku"] == "ok-00"}
        assert details == {"lists": [[["ok-00"], 1]], "structs": [[{"s": "ok-00"}, 1]]}


@pytest.mark.parametrize(
    "header, sql, message",
    [
        ("-- threshold: nan\n", "", "threshold 'nan' is no share of items: write one from 0 to 1"),
        ("-- threshold: 2\n", "", "threshold '2' is no share"),
        ("-- threshold: -0.1\n", "", "threshold '-0.1' is no share"),
        ("-- threshold: 0\n-- param: unused = 3\n", "", "param unused is never used: write \\$unused"),
        (
            "-- threshold: 0\n",
            " WHERE status = $st",
            "the query uses \\$st, and no `-- param: st = VALUE` line gives it",
        ),
    ],
)
def test_a_header_that_cannot_work_is_refused_with_the_fix(tmp_path, header, sql, message):
    from enrich import EnrichError

    folder = custom_audit(
        tmp_path / "q", "bad", header, "SELECT sku, NULL AS question_id, 1 AS detail FROM items" + sql
    )
    with pytest.raises(EnrichError, match=f"audit bad.sql: {message}"):
        load_audits(folder)


def test_a_threshold_in_percent_and_a_file_saved_with_a_byte_order_mark_read(tmp_path):
    """Notepad's UTF-8 starts with a byte-order mark: the header was "lacking" invariant, severity and threshold."""
    folder = tmp_path / "q"
    folder.mkdir()
    text = "-- invariant: x\r\n-- severity: warning\r\n-- threshold: 5%\r\n"
    text += "SELECT sku, NULL AS question_id, 1 AS detail FROM items\r\n"
    (folder / "bom.sql").write_bytes(b"\xef\xbb\xbf" + text.encode())
    [audit] = load_audits(folder)
    assert audit.threshold == 0.05 and audit.invariant == "x"


def test_a_finding_without_a_sku_is_refused_not_counted_as_an_item_named_none(planted, tmp_path):
    from enrich import EnrichError

    folder = custom_audit(
        tmp_path / "q",
        "nosku",
        "-- threshold: 0.5\n",
        "SELECT NULL AS sku, NULL AS question_id, 'x' AS detail FROM items",
    )
    with pytest.raises(EnrichError, match="audit nosku: a finding has no sku"):
        run_audits(planted, load_audits(folder))


def test_drift_flags_the_items_behind_a_shifted_distribution(tmp_path):
    first, second = ([], []), ([], [])
    for n in range(20):
        for run, shifted in ((first, False), (second, n < 5)):  # 5 of 20 turn black: +25 pp black, -25 pp red
            item, rows = healthy(f"s{n:02d}", 0)
            if shifted:
                edit(rows, "color", answer_en="black", raw_en="black")
            run[0].append(item)
            run[1].extend(rows)
    write_run(tmp_path, "r1", *first)
    audits = load_audits(bundled_queries_dir(), ("drift",))
    assert run_audits(tmp_path, audits)[0].findings == []  # no previous run: nothing to compare
    write_run(tmp_path, "r2", *second)
    [result] = run_audits(tmp_path, audits)
    assert {f.sku for f in result.findings} == {f"s{n:02d}" for n in range(5)}
    assert {f.question_id for f in result.findings} == {"color"}
    assert all(
        ("black +25.0 pp" in f.detail or "red -25.0 pp" in f.detail) and "red -> black" in f.detail
        for f in result.findings
    )


def test_drift_names_an_answer_out_of_the_vocabulary_before_not_a_new_item(tmp_path):
    """An alias added maps the answers that were out of the vocabulary ("zigzag" -> striped): drift said "this item:
    new -> striped" of items enriched months ago (a review of the thirty-sixth session)."""
    first, second = ([], []), ([], [])
    for n in range(20):
        for run, mapped in ((first, False), (second, True)):
            item, rows = healthy(f"s{n:02d}", 0)
            if n < 5:
                status = "ok" if mapped else "out_of_vocabulary"
                edit(rows, "pattern", answer_en="striped" if mapped else "zigzag", raw_en="zigzag", status=status)
            run[0].append(item)
            run[1].extend(rows)
    write_run(tmp_path, "r1", *first)
    write_run(tmp_path, "r2", *second)
    [result] = run_audits(tmp_path, load_audits(bundled_queries_dir(), ("drift",)))
    assert {f.sku for f in result.findings} == {f"s{n:02d}" for n in range(5)}
    assert all('this item: "zigzag" (out of vocabulary) -> striped' in f.detail for f in result.findings)


def test_drift_compares_the_items_still_listed_not_the_last_results_of_items_dropped_long_ago(tmp_path):
    """vacuum keeps each dropped item's last result: 20 blue items dropped before made one item turning red read as
    "blue +45 pp vs the previous run" (a review of the thirty-first session)."""
    dropped, listed = ([], []), ([], [])
    for n in range(20):
        for run, prefix, color in ((dropped, "gone", "red"), (listed, "kept", "blue")):
            item, rows = healthy(f"{prefix}-{n:02d}", 0)
            edit(rows, "color", answer_en=color, raw_en=color)
            run[0].append(item)
            run[1].extend(rows)
    write_run(tmp_path, "r1", *dropped)
    kept = [item["sku"] for item in listed[0]]
    write_run(tmp_path, "r2", *listed, catalog=kept)  # r1's items dropped: their last results stay in history
    edit(listed[1], "color", answer_en="red", raw_en="red")  # the first kept item turns red: 5 points, under 10
    write_run(tmp_path, "r3", *listed, catalog=kept)
    [result] = run_audits(tmp_path, load_audits(bundled_queries_dir(), ("drift",)))
    assert result.findings == []


def test_drift_leaves_a_question_the_previous_run_did_not_ask(tmp_path):
    """A question added (or renamed) has no previous share: every item's answer read as "+100 pp vs the previous
    run; this item: new -> black", and drift failed at 100% on the night of the change (an adversarial pass)."""
    first, second = ([], []), ([], [])
    for n in range(20):
        for run, renamed in ((first, False), (second, True)):
            item, rows = healthy(f"s{n:02d}", 0)
            if renamed:
                edit(rows, "color", question_id="colour")
            run[0].append(item)
            run[1].extend(rows)
    write_run(tmp_path, "r1", *first)
    write_run(tmp_path, "r2", *second)
    [result] = run_audits(tmp_path, load_audits(bundled_queries_dir(), ("drift",)))
    assert result.findings == []


def test_labels_of_a_question_the_output_no_longer_asks_are_left_out_and_a_typo_refused(tmp_path, caplog):
    """A golden file kept for months labels a question since renamed: the audit stopped with "pass the questionnaire
    the answers were made with", though the output's own questionnaire was the one (an adversarial pass)."""
    from enrich import EnrichError
    from enrich.accuracy import accuracy

    older, newer = healthy("s00", 0), healthy("s00", 0)
    edit(older[1], "color", question_id="colour")
    write_run(tmp_path, "r1", [older[0]], older[1])
    write_run(tmp_path, "r2", [newer[0]], newer[1])
    color = next(a["answer_en"] for a in newer[1] if a["question_id"] == "color")
    labels = tmp_path / "golden.csv"
    labels.write_text(f"sku,question_id,expected\ns00,colour,{color}\ns00,color,{color}\n")
    assert accuracy(tmp_path, labels)["color"] == {"labelled": 1, "correct": 1, "accuracy": 1.0}
    assert "1 label(s) of 'colour', a question the output no longer asks" in caplog.text
    labels.write_text(f"sku,question_id,expected\ns00,colr,{color}\n")
    with pytest.raises(EnrichError, match="no question 'colr' .*: correct the question id"):
        accuracy(tmp_path, labels)


def test_golden_labels_give_accuracy_per_question_and_the_baseline_gates_it(planted, tmp_path, caplog):
    labels = tmp_path / "golden.csv"
    labels.write_text(
        "sku,question_id,expected\nok-00,color,Red\nok-01,color,blue\nok-02,color,red\n"
        "ok-00,garment_type,T-Shirts\nmissing,garment_type,dress\n"  # a seller's word: the answer's t-shirt
    )
    baseline = tmp_path / "baseline.json"
    args = ["audit", str(planted), "--only", "coverage", "--labels", str(labels), "--baseline", str(baseline)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    # written on first use; the sku gone from the output (a product dropped since it was labelled) is left out
    assert json.loads(baseline.read_text()) == {"color": 0.6667, "garment_type": 1.0}
    assert "1 labelled sku(s) are not in this output (gone from the catalog?), e.g. 'missing'" in caplog.text
    assert "color" in first.stdout and "66.7%" in first.stdout
    baseline.write_text(json.dumps({"color": 0.9, "garment_type": 1.0}))
    gated = CliRunner().invoke(main, args)
    assert gated.exit_code == 5 and "color: accuracy 66.7%, baseline 90.0%" in gated.stderr
    within = CliRunner().invoke(main, [*args, "--margin", "0.25"])
    assert within.exit_code == 0
    as_json = CliRunner().invoke(main, [*args[:-2], "--format", "json"])
    assert json.loads(as_json.stdout)["accuracy"]["color"] == {"labelled": 3, "correct": 2, "accuracy": 0.6667}
    labels.write_text("sku,question_id,expected\nother-1,color,red\nother-2,color,blue\n")  # another catalog's
    foreign = CliRunner().invoke(main, args)
    assert foreign.exit_code == 1 and "none of the 2 labelled skus is in this output" in foreign.output


def test_a_label_written_as_the_answer_is_correct_whatever_its_letters(tmp_path):
    """DuckDB lowered the answer and Python the label: they differ on a dotted capital I and a final capital sigma,
    so a label copied from the answer scored wrong."""
    from enrich.accuracy import accuracy

    items, answers = [], []
    for sku, description in (("s1", "a t-shirt with İSTANBUL on it"), ("s2", "a tee with ΟΔΟΣ lettering")):
        item, rows = healthy(sku, 0)
        text(rows, "description", description)
        items.append(item)
        answers += rows
    out = write_output(tmp_path / "out", items, answers)
    labels = tmp_path / "labels.csv"
    labels.write_text(
        "sku,question_id,expected\ns1,description,a t-shirt with İSTANBUL on it\n"
        "s2,description,A TEE WITH ΟΔΟΣ LETTERING\n",
        encoding="utf-8",
    )
    assert accuracy(out, labels)["description"] == {"labelled": 2, "correct": 2, "accuracy": 1.0}


def test_a_label_finds_its_sku_whichever_way_its_accents_are_written(tmp_path):
    """A label typed "café" composed (NFC) missed the answer an older night stored decomposed (NFD), and one copied
    decomposed missed an answer stored composed: the same product, scored as gone."""
    from enrich.accuracy import accuracy

    items, answers = [], []
    for sku in ("cafe\u0301-1", "caf\u00e9-2"):
        item, rows = healthy(sku, 0)
        text(rows, "description", "a red tee")
        items.append(item)
        answers += rows
    out = write_output(tmp_path / "out", items, answers)
    labels = tmp_path / "labels.csv"
    labels.write_text(
        "sku,question_id,expected\ncaf\u00e9-1,description,a red tee\ncafe\u0301-2,description,a red tee\n",
        encoding="utf-8",
    )
    assert accuracy(out, labels)["description"] == {"labelled": 2, "correct": 2, "accuracy": 1.0}


VOCABULARY_AUDITS = ("caption_contradicts_answer", "color_of_another_garment", "open_answers_contradict")


def test_every_string_agg_and_list_of_an_audit_joins_in_one_order():
    """An audit reads the same output the same way on every run: a string_agg or a list(DISTINCT ...) without ORDER BY
    joins its values in the order the hash aggregate meets them. A pattern reading across the joins ("denim" then the
    next text's first word) flipped a finding or two of unsupported_claim from run to run over the corpus, and a
    detail said "white and black" on one run and "black and white" on the next (sixty-third session)."""
    unordered = [
        (path.name, call)
        for path in sorted(bundled_queries_dir().glob("*.sql"))
        for call in re.findall(r"(?:string_agg|list)\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)", path.read_text())
        if "ORDER BY" not in call and (call.startswith("string_agg") or call.startswith("list(DISTINCT"))
    ]
    assert unordered == []


def test_every_distinct_on_of_an_audit_keeps_its_finding_by_the_detail():
    """DISTINCT ON keeps the first row of each answer in ORDER BY's order, and any one of rows that tie: an answer with
    two findings was reported by one detail or the other from run to run over the corpus (sixty-third session). So
    each DISTINCT ON orders by the detail last."""
    loose = []
    for path in sorted(bundled_queries_dir().glob("*.sql")):
        text = path.read_text()
        for start in re.finditer(r"SELECT DISTINCT ON", text):
            statement = re.split(r"\n\),", text[start.end() :], maxsplit=1)[0]
            orders = re.findall(r"ORDER BY ([^\n]*)", statement)
            if not orders or not re.search(r"\bdetail\s*$", orders[-1]):
                loose.append(path.name)
    assert loose == []


def test_every_audit_that_reads_colors_and_garments_has_the_same_vocabulary():
    audits = {a.name: a for a in load_audits(bundled_queries_dir())}
    users = [a for a in audits.values() if "colors" in a.params]
    assert {a.name for a in users} >= {*VOCABULARY_AUDITS, "non_answer", "cut_mid_phrase"}
    for name in {name for a in users for name in a.params if name != "dangling"}:
        assert len({a.params[name] for a in users if name in a.params}) == 1, f"${name} differs between audits"
    # a seller's generic class (Tops): what seller_category_mismatch accepts names the seller's top to the colors
    sellers = [audits["seller_category_mismatch"], audits["seller_color_mismatch"]]
    for name in ("generic", "swimwear"):
        assert len({a.params[name] for a in sellers}) == 1, f"${name} differs between {[a.name for a in sellers]}"
    holders = [audits["seller_category_mismatch"], audits["caption_contradicts_answer"]]  # a seller's Jeans are pants
    assert len({a.params["holds"] for a in holders}) == 1, f"$holds differs between {[a.name for a in holders]}"
    blocks = {re.search(r"-- generic class: begin.*-- generic class: end", a.sql, re.S)[0] for a in sellers}
    assert len(blocks) == 1, "the generic class block differs between the seller audits"
    for block in ("vocabulary", "extraction"):
        texts = {re.search(rf"-- {block}: begin.*-- {block}: end", audits[n].sql, re.S)[0] for n in VOCABULARY_AUDITS}
        assert len(texts) == 1, f"the {block} block differs between {VOCABULARY_AUDITS}"
    judges = ("caption_contradicts_answer", "color_of_another_garment")  # which color questions are judged at all
    texts = {re.search(r"-- asked thing: begin.*-- asked thing: end", audits[n].sql, re.S)[0] for n in judges}
    assert len(texts) == 1, f"the asked-thing block differs between {judges}"
    texts = {re.search(r"-- the bottom asked: begin.*-- the bottom asked: end", audits[n].sql, re.S)[0] for n in judges}
    assert len(texts) == 1, f"the bottom-asked block differs between {judges}"
    # the colors a word of the seller's color names (Teal: blue and green), read alike by the two text audits
    pair = ("caption_contradicts_answer", "open_answers_contradict")
    texts = {re.search(r"-- seller's words: begin.*-- seller's words: end", audits[n].sql, re.S)[0] for n in pair}
    assert len(texts) == 1, f"the seller's words block differs between {pair}"
    # which products are things the vocabulary has no garment for (a cap, shoes, a watch)
    readers = (*judges, "seller_color_mismatch")
    texts = {re.search(r"-- things: begin.*-- things: end", audits[n].sql, re.S)[0] for n in readers}
    assert len(texts) == 1, f"the things block differs between {readers}"
    # the pixel texture judges closed pattern answers in one, open texts in the other
    textures = [audits["pattern_vs_pixels"], audits["pattern_or_sleeves_contradict"]]
    for name in ("busy", "plain", "textured"):
        assert len({a.params[name] for a in textures}) == 1, f"${name} differs between {[a.name for a in textures]}"


# questionnaire words the audits read otherwise: "denim" alone is a jeans answer, but to the audits the modifier of
# "a denim jacket"; "puffer" alone is a jacket answer, and the modifier of "a puffer jacket"
NOT_GARMENT_WORDS = {"denim", "puffer"}


def test_the_audits_read_every_word_the_questionnaire_maps():
    """What the reference engine and the seller map read as a value ("hoodie" as sweater, "teal" as blue), the audits
    read as the same value, so an answer and the texts beside it are compared in one vocabulary."""
    from enrich.config import default_questionnaire
    from enrich.questionnaire import load_questionnaire

    def groups(*params: str) -> dict[str, set[str]]:
        entries = [e.split(":", 1) for param in params for e in param.split(";")]
        return {name.strip(): {w.strip() for w in words.split("|")} for name, words in entries}

    params = next(a for a in load_audits(bundled_queries_dir()) if a.name == "color_of_another_garment").params
    colors = groups(params["colors"])
    garments = groups(params["tops"], params["bottoms"], params["full_body"], params["layers"])
    modifiers = set(params["modifiers"].split("|"))
    questions = {q.id: q for q in load_questionnaire(default_questionnaire()).questions}
    for value in questions["color"].values:
        assert set(value.phrases) <= colors[value.canonical], value.canonical
    for value in questions["garment_type"].values:
        names = {w.replace("-", " ") for w in garments[value.canonical]}
        for phrase in set(value.phrases) - NOT_GARMENT_WORDS:
            words = phrase.replace("-", " ").split()  # a garment word, after modifiers ("puffer jacket")
            read = any(" ".join(words[k:]) in names and set(words[:k]) <= modifiers for k in range(len(words)))
            assert read, f"{phrase!r} ({value.canonical}) is no garment word of the audits"


def test_the_blind_sets_measure_the_checkout_they_are_in():
    """A set that put another checkout on sys.path would score that checkout's audits, not these."""
    for module in Path(__file__).parent.joinpath("audit_blind").glob("*.py"):
        assert "sys.path" not in module.read_text(), module.name


CORPUS = all_sets()
# The issue's bar is 90% of the failures flagged and at most 10% of the correct texts. A set below it gets a floor at
# its figure, against regressions, not as a target (docs/audits.md). Where the writers and the issue part: blind-6,
# 11, 14 to 23 count invented visible details ("white sneakers", "pockets") as unsupported: no text audit sees them;
# blind-6, 7, 9, 11, 12, 15, 17 and 19 call one-word answers to open questions right, which the issue calls
# failures; blind-7 calls texts that ran to the token limit right; blind-7 and blind-12 call the caption adapter's
# "cotton fabric" unsupported (the audit reads it as the template's fabric class); blind-9 calls "the shorts details
# are ..." restated; blind-10, 11, 12, 15, 17, 18 and 22 call closed answers naming two colors right; blind-15 calls
# lace, crochet and patchwork patterns and two-piece garment types right, blind-16 cardigans, vests and hats,
# blind-22 print motifs for the pattern ("dinosaurs", "unicorn") and onesies, rash guards and tutu dresses, which are
# outside the questionnaire's values. Blind-12's ceiling rose with the colorway reading (docs/seller-mapping.md):
# a Black/White colour-block hoodie answered white is flagged. Blind-2, 88, 91 and 171's ceilings rose when silk
# no title names was judged for ethnic wear too (forty-ninth session): their writers call a festive kurta's "silk"
# right. Blind-15's rose when the caption template's hat sentence was judged (fifty-first session): its DeepFashion
# photos show hats, which a product shot rarely does. Blind-9's rose when linen nothing names was judged (fifty-second
# session): its writer called "linen" right for a Fabindia kurta, a Nehru jacket and a kurta pyjama set. Blind-185's
# rose when the bottoms of a top sold alone, answered its color, were judged (fifty-fourth session): its writer calls
# the brown pants under a brown wool coat right. Blind-2, 627 and 946's rose when a caption's necklace, watch, handbag
# or glasses that the title does not sell was judged (sixtieth session): their writers call "holding a red handbag"
# and "a gold necklace" with a saree or a bra right. Blind-760 and 1107's floors fell when a robe's belt was no longer
# judged (sixtieth session): writers call a bathrobe's belt right twice as often as invented.
BELOW_THE_BAR = {
    "blind-2": (0.9, 0.12),
    "blind-6": (0.83, 0.10),
    "blind-7": (0.88, 0.10),
    "blind-9": (0.88, 0.16),
    "blind-11": (0.87, 0.13),
    "blind-12": (0.83, 0.13),
    "blind-14": (0.78, 0.10),
    "blind-15": (0.81, 0.13),
    "blind-16": (0.78, 0.10),
    "blind-17": (0.82, 0.10),
    "blind-18": (0.81, 0.10),
    "blind-19": (0.76, 0.10),
    "blind-20": (0.77, 0.10),
    "blind-21": (0.78, 0.10),
    "blind-22": (0.74, 0.20),
    "blind-23": (0.77, 0.10),
    "blind-24": (0.82, 0.10),
    "blind-25": (0.79, 0.12),
    "blind-26": (0.82, 0.10),
    "blind-27": (0.82, 0.10),
    "blind-28": (0.77, 0.10),
    "blind-29": (0.81, 0.12),
    "blind-30": (0.75, 0.12),
    "blind-31": (0.81, 0.10),
    "blind-32": (0.85, 0.10),
    "blind-33": (0.83, 0.10),
    # a children's retailer: invented details (16 of 21 unsupported claims missed), and bodysuits, hats and two-color
    # answers outside the questionnaire's values, flagged by design; three questions asked twice (see its header)
    "blind-34": (0.73, 0.12),
    "blind-35": (0.85, 0.10),
    # the experiments' questionnaire on a high-street store: one-word answers to "What is she wearing?" ("blouse"),
    # which its writer calls right and the issue lists as a failure (17 of its 22 false positives)
    "blind-36": (0.85, 0.15),
    # a tailoring shop: suit, tie, vest, shoes and polo shirt answers outside the questionnaire's values (15 of 21)
    "blind-37": (0.76, 0.15),
    # the experiments re-run on a Myntra-style women's catalog: three-quarter sleeves, gold, saree, scarf, embroidered
    # and ikat answers outside the questionnaire's values (13 of 17)
    "blind-38": (0.86, 0.12),
    # a streetwear shop: shoes, vest, hat, cap and socks answers outside the questionnaire's values (15 of 19)
    "blind-39": (0.87, 0.14),
    "blind-40": (0.87, 0.10),
    "blind-41": (0.85, 0.10),
    # a luxury marketplace: bag, belt, sunglasses, scarf, multicolor and gold answers outside the values (13 of 18)
    "blind-43": (0.85, 0.13),
    "blind-44": (0.85, 0.11),
    # a swim and lingerie shop: bikini top, kaftan, bra, robe, sarong and coral answers outside the values (31 of 34)
    # (0.23 until the caption's garment judged sleeves and patterns: a leaf print the caption template calls graphic)
    "blind-45": (0.71, 0.24),
    # the experiments' own questionnaire on a Myntra-style catalog: kurta, three-quarter and print-motif answers
    # outside the values (11 of 17)
    "blind-46": (0.87, 0.12),
    "blind-47": (0.85, 0.10),
    # a fan shop: jersey, hat, scarf, socks and two-color answers outside the values (14 of 20)
    "blind-48": (0.87, 0.14),
    # footwear and accessories: handbag, watch, sunglasses, shoes and heels answers outside the values (22 of 23);
    # invented details of accessories (17 of 18 unsupported claims missed), which no text contradicts
    "blind-49": (0.72, 0.16),
    "blind-51": (0.84, 0.10),
    # the experiments re-run on kids' wear: kurta, pajamas, overalls and tie-dye answers outside the values (8 of 18)
    "blind-52": (0.87, 0.13),
    # a basics retailer: multicolor and underwear answers, and correct texts its writer marked as run to the limit
    "blind-53": (0.83, 0.11),
    # the experiments re-run on Myntra-style catalogs (seventeenth session): women's western wear, a kids' catalog,
    # women's ethnic wear (lehenga, embroidered, mirror work and two-color answers outside the values: 15 of 21), a
    # sample with incomplete columns (kurta set, briefs, multicolor and cap answers outside the values)
    "blind-56": (0.88, 0.10),
    "blind-58": (0.87, 0.10),
    "blind-59": (0.86, 0.15),
    "blind-61": (0.90, 0.11),
    # men's winterwear and ethnic wear (cable knit, quilted, embroidered, shawl, vest, waistcoat answers outside the
    # values: 16 of 18); women's tops shot without a person (the caption template's invented wearer and details);
    # budget sellers with noisy columns (a kurti's "he" with no gender column)
    "blind-63": (0.90, 0.13),
    "blind-64": (0.86, 0.10),
    "blind-65": (0.89, 0.10),
    # the session's last four, measured blind on its final rules: a random sample, loungewear and nightwear, women's
    # ethnic and fusion wear, men's topwear (mostly invented details no text contradicts: pockets, collars, prints)
    "blind-66": (0.85, 0.10),
    "blind-67": (0.86, 0.11),  # 0.10 until a logo its title names none of was a claim (a lounge tee's, right)
    "blind-68": (0.85, 0.10),
    "blind-69": (0.82, 0.10),
    # the experiments re-run on Myntra-style catalogs (eighteenth session): women's western wear (crop top, shirt
    # dress, peplum top, lace, pinstripe and multicolor answers outside the values: 10 of 15), bottomwear, winterwear
    # (invented hoods, trims and buttons no text contradicts), kids' wear (invented details; sleeve lengths only the
    # photo tells)
    "blind-70": (0.90, 0.11),
    "blind-71": (0.88, 0.10),
    "blind-72": (0.89, 0.10),
    "blind-73": (0.83, 0.12),
    # a random sample, men's ethnic and festive wear (a kurta set's pyjama answered in the kurta's color, which no text
    # contradicts; sherwani, brocade, embroidered and two-color answers outside the values), sportswear, a sample
    # with messy seller columns
    "blind-74": (0.89, 0.10),
    "blind-75": (0.80, 0.12),
    "blind-76": (0.88, 0.10),
    "blind-77": (0.87, 0.10),
    # the last four, measured blind on the session's rules at f92bd56: a random sample, women's tops and dresses
    # (pattern answers outside the values: graphic print, text, a cat, tie dye, lace, crochet), men's casual wear, a
    # sample a quarter of it accessories (garment types for bags, belts and watches; the template's invented wearer)
    "blind-78": (0.88, 0.10),
    "blind-79": (0.92, 0.12),
    "blind-81": (0.85, 0.10),
    # measured blind on the session's last rules (a9092d0): a random sample in the experiments' own questionnaire,
    # women's ethnic wear (lehenga, salwar kameez, embroidered and gold answers outside the values; a kurta's sleeves
    # only the photo tells), outerwear (cable knit, quilted, herringbone, vest, waistcoat and shrug answers)
    "blind-83": (0.86, 0.10),
    "blind-84": (0.83, 0.12),
    "blind-85": (0.85, 0.13),
    # the experiments re-run on Myntra-style catalogs (nineteenth session), measured blind at 554606e: a random sample
    # (invented trims and pockets), men's ethnic and festive wear (invented props and jewellery no text contradicts;
    # sherwani and dhoti answers outside the values), kids' wear in the experiments' own questionnaire (two-color
    # answers outside the values; garment types for night suits and sherwanis the seller map leaves unmapped)
    "blind-86": (0.88, 0.10),
    "blind-87": (0.87, 0.10),
    "blind-88": (0.83, 0.13),
    # measured blind on the rules as they stood (3d372e1, 4c15b2e): a random sample (single fibers answered to the
    # material question and invented details no text contradicts), men's topwear (invented pockets, logos and cuffs;
    # polo shirt answers outside the values)
    "blind-90": (0.87, 0.10),
    "blind-91": (0.9, 0.11),
    "blind-93": (0.87, 0.10),
    # the session's last four, measured blind on its rules as they stood: a random sample, women's dresses and
    # jumpsuits, a catalog shot without models (the caption template's wearer and accessories, which no text there
    # says are on a flat lay; sleeve lengths only the photo tells)
    "blind-94": (0.89, 0.10),
    "blind-96": (0.89, 0.10),
    "blind-97": (0.86, 0.10),
    # the session's last four, written after the first review's fixes and measured blind at ecb7749: activewear
    # (invented drawstrings, zips and stripes no text contradicts), women's ethnic wear in the experiments' own
    # questionnaire (a kurta set's pieces answered in the kurta's color; embroidered and two-color answers)
    "blind-100": (0.86, 0.10),
    "blind-101": (0.82, 0.10),
    # the experiments re-run on Myntra-style catalogs (twentieth session), measured blind at ebb051b: women's ethnic
    # wear (invented trims, tassels and pockets; a dupatta's or blouse's color only the photo tells)
    "blind-106": (0.80, 0.10),
    # the session's last four, measured blind at 494a355: women's ethnic wear in the experiments' own questionnaire
    # (embroidered, woven, ombre, sequined, gold, coral and multicolor answers outside the values: 12 of 15), a random
    # sample (invented details no text contradicts)
    "blind-110": (0.90, 0.11),
    "blind-113": (0.87, 0.10),
    # the third four, measured blind on the rules as they stood (68b96f6; blind-114 at 96b172d): women's ethnic and
    # fusion wear (invented trims, pockets and clutches; a saree's blouse in its color; silk for a georgette and a
    # skirt's sleeves flagged by the contradiction audits where the writer calls them unsupported), men's ethnic and
    # festive wear (invented turbans, swords and brooches no text contradicts; a sherwani's color, which the
    # vocabulary lacks)
    "blind-114": (0.85, 0.10),
    "blind-115": (0.86, 0.10),
    # the fourth four, measured blind at ada65a5: two random samples (invented pockets, collars and props; the
    # caption template's kurta as a dress and its "medium sleeves", which its writer calls contradictions), women's
    # ethnic wear (lehenga choli, kurta set, dupatta, embroidered and multicolor answers outside the values: 11 of 14)
    "blind-118": (0.87, 0.10),
    "blind-119": (0.88, 0.10),
    "blind-120": (0.85, 0.10),
    # the session's last four, measured blind at 9efe7a6: a random sample in the experiments' own questionnaire (two
    # colors, puff sleeves and "rolled up to the elbows" answers outside the values), women's ethnic wear in it (a
    # kurta's trousers and dupatta answered in its color, which no text contradicts; lehenga, dupatta, sequinned and
    # chevron answers), kids' wear (invented pockets and zips; pajamas and overalls answers)
    "blind-123": (0.90, 0.11),
    "blind-124": (0.82, 0.12),
    "blind-125": (0.88, 0.10),
    # the last four, measured blind on the session's final rules (13f475c): a random sample in the experiments' own
    # questionnaire (two-color, crop top, puff sleeves, shirt dress and lehenga answers outside the values: 12 of 16),
    # men's casual and formal wear (invented pockets, logos and buttons no text contradicts)
    "blind-127": (0.91, 0.12),
    "blind-129": (0.89, 0.10),
    # four more on the final rules (6125a52): a random sample (invented pockets and logos; one-word answers to what the
    # person wears), one in the experiments' questionnaire, women's ethnic wear in it (a kurta's trousers, blouse or
    # dupatta answered in its color), kids' wear (nightwear, dungarees, kurta set and two-color answers outside the
    # values; a print's "girls can" read as cut)
    "blind-130": (0.89, 0.10),
    "blind-131": (0.87, 0.10),
    "blind-132": (0.87, 0.10),
    "blind-133": (0.95, 0.12),
    # the experiments re-run on Myntra-style catalogs (twenty-first session), measured blind at 620e846: a random
    # sample in their own questionnaire (embroidered, sequins, pleated, heather, polo shirt, lehenga and two-color
    # answers outside the values: 12 of 17), men's ethnic and winter wear (invented zips, pockets and hoods; cable knit,
    # quilted, ribbed, sherwani and vest answers)
    "blind-135": (0.88, 0.12),
    "blind-137": (0.86, 0.10),
    # four more, measured blind at 771b230: a random sample in the experiments' own questionnaire (invented watches,
    # handbags and the template's accessory in captions; a kurta's trousers or leggings answered in its color)
    "blind-139": (0.86, 0.10),
    # the last four, measured blind at 424a701: a random sample in the experiments' own questionnaire (a kurta's or a
    # top's trousers answered in its color, which no text contradicts), women's ethnic wear in it (a dupatta's color
    # only the photo tells; lehenga, anarkali, scarf, embroidered, block print and two-color answers outside the
    # values: 17 of 20), kids' wear (invented hoods, pockets and belts)
    "blind-143": (0.86, 0.10),
    "blind-144": (0.87, 0.14),
    "blind-145": (0.88, 0.10),
    # the last four, measured blind on the session's final rules (f1802f2): women's ethnic wear (lehenga, embroidered,
    # scarf, tunic, multicolor and two-color answers outside the values: 11 of 16)
    "blind-148": (0.91, 0.11),
    # four more on the final rules (1eaef26): a random sample in the experiments' own questionnaire (embroidered,
    # sequin, ripped, print and two-color answers outside the values: 10 of 10), women's ethnic wear in it (lehenga,
    # anarkali, scarf, embroidered and tie dye answers: 16 of 19), men's wear (invented pockets and logos)
    "blind-151": (0.87, 0.10),
    "blind-152": (0.86, 0.13),
    "blind-153": (0.88, 0.10),
    # the twenty-second session's first four (25c5439): a random sample in the experiments' own questionnaire
    # (invented details, kurta sets' pants in the kurta's color), winter wear (invented trims, belts and fabrics)
    "blind-155": (0.88, 0.10),
    "blind-156": (0.85, 0.10),
    # the second four (9c2fbe6): a random sample (invented pockets, ties and scarves), women's ethnic wear (a
    # dupatta's or blouse's color, invented trims and sleeves)
    "blind-159": (0.88, 0.10),
    "blind-160": (0.85, 0.10),
    # the third four (153b648): men's ethnic and winter wear (invented pockets, zips and pocket squares, "yes" to a
    # sweater or cardigan for a sweatshirt), activewear (invented hoods and zips, sleeve lengths only the photo shows),
    # women's ethnic wear in the experiments' questionnaire (embroidered, mirror work, lehenga, anarkali and two-color
    # answers outside the values: 20 of 25)
    "blind-163": (0.83, 0.10),
    "blind-164": (0.86, 0.12),  # 0.11 until a hood, zip, pocket or belt its title's kind lacks was a claim
    "blind-165": (0.90, 0.18),
    # the last four (29465cd): a random sample (invented logos, pocket squares and jewellery), kids' wear (invented
    # pockets and logos, the caption template's invented outfit)
    "blind-166": (0.89, 0.10),
    "blind-168": (0.89, 0.10),
    # four more on the final rules (0424240): a random sample (invented pockets, buttons and jewellery), one in the
    # experiments' questionnaire (two-color, polo shirt, embroidered and print answers outside the values: 13 of 17),
    # women's ethnic wear (a blouse's, dupatta's or leggings' color, invented pockets and trims), men's wear (invented
    # hoods, zips and pockets: 14 failures of 14 no text can refute)
    "blind-170": (0.88, 0.10),
    "blind-171": (0.87, 0.13),
    "blind-172": (0.85, 0.10),
    "blind-173": (0.83, 0.10),
    # the thirty-sixth session's three, measured blind on its rules at adc636b: a Brazilian marketplace's women's
    # western wear with Portuguese columns (invented pockets, zips, trims and prints the Portuguese titles do not
    # refute; a pattern or sleeve length only the photo shows)
    "blind-174": (0.85, 0.10),
    # and its last three, measured blind at d14349e: women's ethnic wear (a dupatta's or palazzos' color, a kurta's
    # garment type, invented trims), kids' wear (invented pockets, prints and logos), men's formal and winter wear
    "blind-177": (0.83, 0.10),
    "blind-178": (0.87, 0.10),
    "blind-179": (0.88, 0.10),
    # the thirty-seventh session's three, measured blind at 7bd63c6: women's activewear and swimwear (closed answers
    # outside the values called right: multicolor, tie-dye, robe, bra; "nylon and spandex" a composition to the audit)
    "blind-182": (0.91, 0.13),
    # and its last three, measured blind at e7082eb: the experiments' own questionnaire on men's wear (invented
    # pockets, logos and ties no text contradicts; the other garment's color where no text gives it), a random
    # sample (invented details; accessories), women's outerwear in layers (a layer's color answered, called right)
    "blind-183": (0.81, 0.10),
    "blind-184": (0.85, 0.10),
    "blind-185": (0.90, 0.12),
    # and three more, measured blind on the session's final rules (8729563): women's western wear (invented bows,
    # pockets, buttons and collars no text contradicts), children's ethnic wear (a choli's or kurta's color answered
    # with another piece's, and the set's other piece as the garment type: only the photo tells)
    "blind-186": (0.89, 0.10),
    "blind-188": (0.87, 0.10),
    # thirty-eighth session: men's innerwear (briefs, trunks and boxers outside the questionnaire's values, so wrong
    # garment types among them go unjudged; invented materials), plus-size western wear (a wrong fit, sleeve length,
    # pattern or dress that only the photo refutes), the experiments' adapters on a women's catalog (invented details)
    "blind-189": (0.75, 0.11),
    "blind-190": (0.71, 0.10),
    "blind-191": (0.84, 0.13),
    # and three more, written while the first rule changes were made and measured blind on them (bf18296): party wear
    # (invented materials, slits, bows and buttons), streetwear (invented prints, pockets and fabrics)
    "blind-193": (0.80, 0.10),
    "blind-194": (0.83, 0.10),
    # and three measured blind on the session's final rules (636e493): winter wear (invented materials and linings),
    # Brazilian kids' wear with Portuguese columns, women's kurta sets in the experiments' questions (the bottom's and
    # the dupatta's colors, and the template's dress or tank top for a kurta, which only the photo settles)
    "blind-195": (0.80, 0.10),
    "blind-196": (0.88, 0.10),
    "blind-197": (0.71, 0.10),
    # thirty-ninth session, measured blind at 95d38e0: the experiments' adapters on men's wear (90.2%), women's western
    # wear (a sleeve length or a co-ord's piece only the photo settles), women's activewear and loungewear (invented
    # materials and logos; one-word answers to open questions this writer calls right, as the issue does not)
    "blind-199": (0.87, 0.10),
    "blind-200": (0.77, 0.10),
    # and three measured blind at 613c74d: the experiments' adapters on men's ethnic wear (dhoti, suit and vest answers
    # outside the values called right; invented silk and wool), kids' wear (invented zips, pockets and prints; a
    # sweatshirt's or shirt's color given to the pants beside it), women's tops and bottoms in layers (90.3%)
    "blind-201": (0.85, 0.11),
    "blind-202": (0.84, 0.10),
    # and three measured blind at c1c6db6: a random sample (invented pockets, zips and prints; a sleeve length only the
    # photo shows), men's winter wear (a sweatshirt and a sweater told apart, which the questionnaire's one value does
    # not; invented materials), sarees and lehengas (the caption template's top and skirt for a saree, cut as well)
    "blind-204": (0.83, 0.10),
    "blind-205": (0.81, 0.10),
    "blind-206": (0.76, 0.10),
    # and the last three: the experiments' questions on women's kurtas and western wear (the template's shirt for a
    # kurti; invented buttons, belts and pockets), men's casual wear (86.2%), party and festive wear (invented
    # accessories worn with the dress, a sleeve length only the photo shows)
    "blind-207": (0.84, 0.10),
    "blind-208": (0.86, 0.10),
    "blind-209": (0.81, 0.10),
    # fortieth session, measured blind at 170b32e: men's formal wear (suits, waistcoats and ties the questionnaire has
    # no value for; invented ties, watches and belts; a suit for a blazer), denim (a top's pattern or color given to
    # the jeans; invented details on back pockets), a random sample of packs and flat-lays (invented pockets and zips)
    "blind-210": (0.65, 0.10),
    "blind-211": (0.81, 0.10),
    "blind-212": (0.78, 0.10),
    # and three measured blind at 16cc4c4: women's lingerie and nightwear (bras, robes and nightdresses the
    # questionnaire has no value for; invented lace, bows and slippers; a set's piece in another color), babies' and
    # kids' wear (bodysuits, packs and pieces counted; sleeve lengths only the photo shows), women's knitwear in busy
    # patterns (Fair Isle and colour block read as stripes or flowers)
    "blind-213": (0.68, 0.10),
    "blind-214": (0.66, 0.10),
    "blind-215": (0.78, 0.10),
    # and three measured blind at 160b8f3: the experiments' VQA adapter on women's western wear (invented belts, bags
    # and buttons; a garment of the outfit in the product's color), team and training wear (jersey numbers and sports
    # the title gives; one-word answers to one-value questions, which this writer calls right), plus-size and
    # maternity wear (invented details of wrap and nursing cuts; a sleeve length only the photo shows)
    "blind-216": (0.80, 0.10),
    "blind-217": (0.72, 0.10),
    "blind-218": (0.79, 0.10),
    # and three measured blind at 48beb31: a DeepFashion In-shop women's and men's catalog through the experiments'
    # models (86.5%; invented details), a US summer line shot outdoors (props, bikinis and cover-ups the questionnaire
    # has no value for, a sleeve length only the photo shows)
    "blind-219": (0.86, 0.10),
    "blind-220": (0.83, 0.10),
    "blind-221": (0.73, 0.10),
    # and the last three, measured blind at e458945: a random sample of a Myntra-like night, the experiments re-run on
    # casual wear in two or three garments, a Brazilian feed with Portuguese columns (one color given to every piece)
    "blind-222": (0.79, 0.10),
    "blind-223": (0.76, 0.10),
    "blind-224": (0.68, 0.10),
    # and three measured blind on the session's final rules (e5d3b07): the experiments re-run on a DeepFashion
    # In-shop catalog, a Myntra-like western casual night, a US department store with the caption adapter
    "blind-225": (0.82, 0.10),
    "blind-226": (0.79, 0.10),
    "blind-227": (0.76, 0.10),
    "blind-228": (0.80, 0.10),
    "blind-229": (0.75, 0.10),
    "blind-230": (0.72, 0.10),
    "blind-231": (0.75, 0.10),
    "blind-232": (0.74, 0.10),
    "blind-233": (0.82, 0.10),
    "blind-234": (0.77, 0.10),
    "blind-235": (0.75, 0.10),
    "blind-236": (0.75, 0.10),
    "blind-237": (0.83, 0.10),
    "blind-238": (0.66, 0.10),
    "blind-239": (0.74, 0.10),
    "blind-240": (0.78, 0.10),
    "blind-241": (0.80, 0.10),
    "blind-242": (0.77, 0.10),
    "blind-243": (0.80, 0.10),
    "blind-244": (0.80, 0.10),
    "blind-245": (0.79, 0.10),
    "blind-246": (0.84, 0.10),
    "blind-247": (0.82, 0.10),
    "blind-248": (0.67, 0.10),
    "blind-250": (0.86, 0.10),
    "blind-251": (0.78, 0.10),
    "blind-252": (0.70, 0.10),
    "blind-253": (0.75, 0.10),
    "blind-254": (0.84, 0.10),
    "blind-255": (0.81, 0.10),
    "blind-257": (0.81, 0.10),
    "blind-258": (0.86, 0.10),
    "blind-259": (0.70, 0.10),
    "blind-260": (0.78, 0.10),
    "blind-261": (0.78, 0.10),
    "blind-262": (0.72, 0.10),
    "blind-263": (0.78, 0.10),  # 0.79 blind; a bow tie is neckwear since the review (X263-045)
    "blind-264": (0.86, 0.10),
    "blind-265": (0.83, 0.10),
    "blind-266": (0.82, 0.10),
    "blind-267": (0.78, 0.10),
    "blind-268": (0.79, 0.10),
    "blind-269": (0.79, 0.10),
    "blind-270": (0.80, 0.10),
    "blind-271": (0.76, 0.10),
    "blind-272": (0.65, 0.10),
    "blind-273": (0.85, 0.10),
    "blind-274": (0.79, 0.10),
    "blind-275": (0.60, 0.10),
    "blind-276": (0.86, 0.10),
    "blind-277": (0.81, 0.10),
    "blind-278": (0.80, 0.10),
    "blind-279": (0.84, 0.10),
    "blind-280": (0.77, 0.10),
    "blind-281": (0.85, 0.10),
    "blind-282": (0.83, 0.10),
    "blind-283": (0.83, 0.10),
    "blind-284": (0.84, 0.10),
    "blind-286": (0.75, 0.10),
    "blind-287": (0.78, 0.10),
    "blind-288": (0.89, 0.10),
    "blind-289": (0.75, 0.10),
    "blind-290": (0.86, 0.10),
    "blind-292": (0.76, 0.10),
    "blind-293": (0.78, 0.10),
    "blind-294": (0.89, 0.10),
    "blind-295": (0.82, 0.10),
    "blind-296": (0.84, 0.10),
    "blind-297": (0.88, 0.10),
    "blind-298": (0.85, 0.10),
    "blind-300": (0.77, 0.10),
    "blind-301": (0.83, 0.10),
    "blind-302": (0.79, 0.10),
    "blind-303": (0.84, 0.10),
    "blind-304": (0.84, 0.10),
    "blind-305": (0.70, 0.10),
    "blind-306": (0.81, 0.10),
    "blind-307": (0.84, 0.10),
    "blind-308": (0.85, 0.10),
    "blind-309": (0.84, 0.10),
    "blind-310": (0.84, 0.10),
    "blind-311": (0.77, 0.10),
    "blind-312": (0.86, 0.10),
    "blind-313": (0.78, 0.10),
    "blind-314": (0.76, 0.15),  # 15 of its 24 are underwear and robes answered outside the values
    "blind-315": (0.88, 0.10),
    "blind-316": (0.83, 0.10),
    "blind-317": (0.89, 0.10),
    "blind-318": (0.86, 0.10),
    "blind-319": (0.87, 0.10),
    "blind-320": (0.87, 0.10),
    "blind-321": (0.77, 0.10),
    "blind-322": (0.82, 0.10),
    "blind-323": (0.76, 0.10),
    "blind-324": (0.84, 0.10),
    "blind-325": (0.79, 0.10),
    "blind-326": (0.70, 0.10),
    "blind-327": (0.83, 0.10),
    "blind-328": (0.88, 0.10),
    "blind-329": (0.82, 0.10),
    "blind-330": (0.83, 0.10),
    "blind-331": (0.75, 0.10),
    "blind-332": (0.82, 0.10),
    "blind-333": (0.86, 0.10),
    "blind-334": (0.77, 0.10),
    "blind-335": (0.73, 0.12),  # 11 of its 19 are counts and snowsuits, bodysuits, overalls answered outside the values
    "blind-336": (0.85, 0.10),
    "blind-337": (0.71, 0.10),
    "blind-338": (0.81, 0.10),
    "blind-339": (0.87, 0.10),
    "blind-340": (0.86, 0.10),
    "blind-341": (0.76, 0.10),
    "blind-342": (0.84, 0.10),
    "blind-343": (0.83, 0.10),
    "blind-344": (0.88, 0.10),
    "blind-345": (0.80, 0.10),
    "blind-346": (0.87, 0.10),
    "blind-347": (0.77, 0.10),
    "blind-348": (0.84, 0.10),
    "blind-349": (0.79, 0.10),
    "blind-350": (0.70, 0.10),
    "blind-351": (0.85, 0.10),
    "blind-352": (0.82, 0.10),
    "blind-353": (0.86, 0.10),
    "blind-354": (0.78, 0.10),
    "blind-355": (0.81, 0.10),
    "blind-356": (0.86, 0.10),
    "blind-357": (0.83, 0.10),
    "blind-358": (0.83, 0.10),
    "blind-359": (0.72, 0.10),
    "blind-360": (0.82, 0.10),
    "blind-361": (0.71, 0.10),
    "blind-362": (0.80, 0.10),
    # 47 of its 60 are closed answers the writer had asked in Portuguese ("preto", "sem mangas"): enrich reads a closed
    # answer only in the questionnaire's English values and synonyms (docs/questionnaire.md), so they are out of
    # vocabulary, as flagged
    "blind-363": (0.68, 0.33),
    "blind-364": (0.82, 0.10),
    "blind-365": (0.87, 0.10),
    "blind-366": (0.84, 0.10),
    "blind-367": (0.78, 0.10),
    "blind-368": (0.84, 0.10),
    "blind-369": (0.77, 0.10),
    "blind-370": (0.88, 0.10),
    "blind-371": (0.93, 0.10),
    "blind-372": (0.83, 0.10),
    "blind-373": (0.84, 0.10),
    "blind-374": (0.86, 0.10),
    "blind-375": (0.80, 0.10),
    "blind-376": (0.83, 0.10),
    "blind-377": (0.83, 0.10),
    "blind-378": (0.82, 0.10),
    "blind-379": (0.82, 0.10),
    "blind-380": (0.77, 0.10),
    "blind-381": (0.85, 0.10),
    "blind-382": (0.82, 0.10),
    "blind-383": (0.78, 0.10),
    "blind-384": (0.86, 0.10),
    "blind-385": (0.77, 0.10),
    "blind-386": (0.86, 0.10),
    "blind-387": (0.86, 0.10),
    "blind-388": (0.89, 0.10),
    "blind-389": (0.89, 0.10),
    "blind-390": (0.87, 0.10),
    "blind-391": (0.85, 0.10),
    "blind-392": (0.75, 0.10),
    "blind-393": (0.82, 0.10),
    "blind-394": (0.83, 0.10),
    "blind-395": (0.80, 0.10),
    "blind-396": (0.84, 0.10),
    "blind-397": (0.75, 0.10),
    "blind-398": (0.87, 0.10),
    "blind-399": (0.85, 0.10),
    "blind-400": (0.85, 0.10),
    "blind-401": (0.82, 0.10),
    "blind-402": (0.88, 0.10),
    "blind-404": (0.82, 0.10),
    "blind-405": (0.86, 0.10),
    "blind-406": (0.76, 0.10),
    "blind-407": (0.72, 0.10),
    "blind-408": (0.87, 0.10),
    "blind-409": (0.81, 0.10),
    "blind-410": (0.82, 0.10),
    "blind-411": (0.85, 0.10),
    "blind-412": (0.81, 0.10),
    "blind-413": (0.87, 0.10),
    "blind-414": (0.83, 0.10),
    # a catalog of co-ords and matching sets: 11 of its 20 are garment answers "suit", "tracksuit" and "co-ord set",
    # which the questionnaire has no value for (docs/questionnaire.md), out of vocabulary as flagged
    "blind-415": (0.69, 0.11),
    "blind-416": (0.87, 0.10),
    "blind-417": (0.83, 0.10),
    "blind-418": (0.76, 0.10),
    "blind-419": (0.84, 0.10),
    "blind-420": (0.86, 0.10),
    "blind-421": (0.84, 0.10),
    "blind-422": (0.82, 0.10),
    "blind-423": (0.87, 0.10),
    "blind-424": (0.85, 0.10),
    "blind-425": (0.77, 0.10),
    "blind-426": (0.88, 0.10),
    "blind-427": (0.89, 0.10),
    "blind-428": (0.80, 0.10),
    "blind-429": (0.84, 0.10),
    "blind-430": (0.81, 0.10),
    "blind-431": (0.79, 0.10),
    "blind-432": (0.71, 0.10),
    "blind-433": (0.77, 0.10),
    "blind-435": (0.88, 0.10),
    "blind-436": (0.81, 0.10),
    "blind-437": (0.85, 0.10),
    "blind-438": (0.75, 0.10),
    "blind-439": (0.83, 0.10),
    "blind-440": (0.74, 0.10),
    "blind-441": (0.82, 0.10),
    "blind-442": (0.82, 0.10),
    "blind-443": (0.78, 0.10),
    "blind-444": (0.77, 0.10),
    "blind-445": (0.82, 0.10),
    "blind-446": (0.77, 0.10),
    "blind-447": (0.80, 0.10),
    "blind-448": (0.82, 0.10),
    "blind-449": (0.80, 0.10),
    "blind-450": (0.83, 0.10),
    "blind-451": (0.88, 0.10),
    "blind-452": (0.78, 0.10),
    "blind-454": (0.87, 0.10),
    "blind-455": (0.88, 0.10),
    "blind-456": (0.74, 0.10),
    "blind-457": (0.80, 0.10),
    "blind-458": (0.79, 0.10),
    "blind-460": (0.85, 0.10),
    "blind-461": (0.88, 0.10),
    "blind-462": (0.82, 0.10),
    "blind-463": (0.85, 0.10),
    "blind-464": (0.83, 0.10),
    "blind-465": (0.86, 0.10),
    "blind-466": (0.85, 0.10),
    "blind-467": (0.89, 0.10),
    "blind-469": (0.70, 0.10),
    "blind-470": (0.76, 0.10),
    "blind-472": (0.73, 0.10),
    "blind-473": (0.83, 0.10),
    "blind-474": (0.83, 0.10),
    "blind-475": (0.71, 0.10),
    "blind-476": (0.79, 0.10),
    "blind-478": (0.82, 0.10),
    "blind-479": (0.85, 0.10),
    "blind-481": (0.88, 0.10),
    "blind-483": (0.86, 0.10),
    "blind-484": (0.85, 0.10),
    "blind-485": (0.76, 0.10),
    "blind-486": (0.73, 0.10),
    "blind-487": (0.82, 0.10),
    "blind-488": (0.84, 0.10),
    "blind-489": (0.87, 0.10),
    "blind-490": (0.87, 0.10),
    "blind-491": (0.88, 0.10),
    "blind-492": (0.86, 0.10),
    "blind-493": (0.76, 0.10),
    "blind-494": (0.88, 0.10),
    "blind-496": (0.84, 0.10),
    "blind-497": (0.89, 0.10),
    "blind-498": (0.88, 0.10),
    "blind-499": (0.78, 0.10),
    "blind-501": (0.87, 0.10),
    "blind-502": (0.81, 0.10),
    "blind-503": (0.87, 0.10),
    "blind-504": (0.87, 0.10),
    "blind-506": (0.89, 0.10),
    "blind-507": (0.87, 0.10),
    "blind-508": (0.84, 0.10),
    "blind-509": (0.86, 0.10),
    "blind-510": (0.87, 0.10),
    "blind-511": (0.89, 0.10),
    "blind-513": (0.81, 0.10),
    "blind-514": (0.88, 0.10),
    "blind-515": (0.82, 0.10),
    "blind-516": (0.85, 0.10),
    "blind-518": (0.84, 0.10),
    "blind-519": (0.86, 0.10),
    "blind-520": (0.80, 0.10),
    "blind-521": (0.80, 0.10),
    "blind-522": (0.87, 0.10),
    "blind-523": (0.86, 0.10),
    "blind-525": (0.89, 0.10),
    "blind-526": (0.87, 0.10),
    "blind-527": (0.85, 0.10),
    "blind-529": (0.82, 0.10),
    "blind-530": (0.76, 0.10),
    "blind-531": (0.84, 0.10),
    "blind-532": (0.83, 0.10),
    "blind-534": (0.82, 0.10),
    "blind-536": (0.89, 0.10),
    "blind-537": (0.83, 0.10),
    "blind-538": (0.87, 0.10),
    "blind-539": (0.80, 0.10),
    "blind-540": (0.76, 0.10),
    "blind-541": (0.87, 0.10),
    "blind-542": (0.88, 0.10),
    "blind-543": (0.89, 0.10),
    "blind-544": (0.79, 0.10),
    "blind-545": (0.82, 0.10),
    "blind-546": (0.80, 0.10),
    "blind-547": (0.73, 0.10),
    "blind-548": (0.84, 0.10),
    "blind-549": (0.82, 0.10),
    "blind-550": (0.76, 0.10),
    "blind-551": (0.84, 0.10),
    "blind-553": (0.81, 0.11),
    "blind-554": (0.86, 0.10),
    "blind-555": (0.79, 0.10),
    "blind-556": (0.69, 0.10),
    "blind-557": (0.81, 0.10),
    "blind-558": (0.87, 0.10),
    "blind-559": (0.80, 0.10),
    "blind-560": (0.83, 0.10),
    "blind-561": (0.84, 0.10),
    "blind-562": (0.86, 0.10),
    "blind-563": (0.73, 0.10),
    "blind-564": (0.78, 0.10),
    "blind-566": (0.83, 0.10),
    "blind-567": (0.83, 0.10),
    "blind-568": (0.73, 0.10),
    "blind-569": (0.79, 0.10),
    "blind-570": (0.89, 0.10),
    "blind-571": (0.72, 0.10),
    "blind-572": (0.58, 0.10),
    "blind-573": (0.79, 0.10),
    "blind-574": (0.74, 0.10),
    "blind-575": (0.73, 0.10),
    "blind-577": (0.86, 0.10),
    "blind-578": (0.79, 0.10),
    "blind-579": (0.86, 0.10),
    "blind-580": (0.85, 0.10),
    "blind-581": (0.83, 0.10),
    "blind-582": (0.85, 0.10),
    "blind-583": (0.85, 0.10),
    "blind-584": (0.72, 0.10),
    "blind-585": (0.78, 0.10),
    "blind-587": (0.82, 0.10),
    "blind-588": (0.80, 0.10),
    "blind-589": (0.73, 0.16),
    "blind-590": (0.74, 0.10),
    "blind-592": (0.75, 0.10),
    "blind-593": (0.86, 0.10),
    "blind-594": (0.89, 0.10),
    "blind-595": (0.88, 0.10),
    "blind-596": (0.69, 0.14),
    "blind-597": (0.79, 0.10),
    "blind-598": (0.83, 0.10),
    "blind-600": (0.79, 0.10),
    "blind-601": (0.84, 0.10),
    "blind-602": (0.88, 0.10),
    "blind-604": (0.89, 0.10),
    "blind-605": (0.74, 0.17),
    "blind-606": (0.86, 0.10),
    "blind-608": (0.71, 0.10),
    "blind-609": (0.79, 0.10),
    "blind-610": (0.88, 0.10),
    "blind-611": (0.84, 0.10),
    "blind-613": (0.83, 0.11),
    "blind-614": (0.73, 0.10),
    "blind-615": (0.89, 0.10),
    "blind-616": (0.79, 0.10),
    "blind-617": (0.85, 0.10),
    "blind-618": (0.73, 0.10),
    "blind-619": (0.86, 0.10),
    "blind-620": (0.75, 0.10),
    "blind-621": (0.82, 0.10),
    "blind-622": (0.84, 0.10),
    "blind-623": (0.66, 0.10),
    "blind-624": (0.74, 0.21),
    "blind-625": (0.87, 0.10),
    "blind-626": (0.77, 0.10),
    "blind-627": (0.76, 0.19),
    "blind-628": (0.81, 0.10),
    "blind-629": (0.89, 0.12),
    "blind-630": (0.81, 0.10),
    "blind-632": (0.80, 0.10),
    "blind-633": (0.74, 0.10),
    "blind-634": (0.84, 0.10),
    "blind-635": (0.64, 0.10),
    "blind-637": (0.83, 0.10),
    "blind-638": (0.76, 0.10),
    "blind-641": (0.83, 0.10),
    "blind-642": (0.86, 0.10),
    "blind-643": (0.75, 0.10),
    "blind-644": (0.87, 0.10),
    "blind-645": (0.87, 0.18),
    "blind-646": (0.77, 0.10),
    "blind-647": (0.78, 0.10),
    "blind-648": (0.84, 0.10),
    "blind-649": (0.81, 0.10),
    "blind-650": (0.78, 0.10),
    "blind-651": (0.74, 0.10),
    "blind-652": (0.80, 0.10),
    "blind-653": (0.89, 0.10),
    "blind-654": (0.88, 0.10),
    "blind-655": (0.68, 0.10),
    "blind-656": (0.85, 0.10),
    "blind-657": (0.82, 0.25),
    "blind-658": (0.81, 0.10),
    "blind-660": (0.87, 0.10),
    "blind-661": (0.88, 0.10),
    "blind-662": (0.79, 0.10),
    "blind-663": (0.86, 0.10),
    "blind-664": (0.86, 0.10),
    "blind-665": (0.77, 0.13),
    "blind-666": (0.87, 0.10),
    "blind-667": (0.73, 0.10),
    "blind-668": (0.87, 0.10),
    "blind-669": (0.84, 0.10),
    "blind-671": (0.66, 0.10),
    "blind-672": (0.86, 0.10),
    "blind-674": (0.82, 0.10),
    "blind-675": (0.85, 0.10),
    "blind-676": (0.87, 0.10),
    "blind-677": (0.83, 0.10),
    "blind-678": (0.81, 0.10),
    "blind-679": (0.88, 0.10),
    "blind-680": (0.77, 0.12),
    "blind-681": (0.80, 0.10),
    "blind-682": (0.83, 0.11),
    "blind-683": (0.85, 0.10),
    "blind-684": (0.82, 0.10),
    "blind-685": (0.76, 0.10),
    "blind-686": (0.88, 0.10),
    "blind-687": (0.84, 0.10),
    "blind-689": (0.85, 0.10),
    "blind-690": (0.79, 0.18),
    "blind-691": (0.76, 0.10),
    "blind-692": (0.82, 0.10),
    "blind-693": (0.89, 0.10),
    "blind-694": (0.76, 0.10),
    "blind-695": (0.76, 0.10),
    "blind-696": (0.80, 0.10),
    "blind-697": (0.89, 0.10),
    "blind-698": (0.72, 0.10),
    "blind-699": (0.89, 0.10),
    "blind-700": (0.85, 0.10),
    "blind-701": (0.88, 0.10),
    "blind-702": (0.87, 0.10),
    "blind-703": (0.80, 0.10),
    "blind-704": (0.85, 0.10),
    "blind-705": (0.84, 0.10),
    "blind-706": (0.85, 0.10),
    "blind-707": (0.68, 0.10),
    "blind-708": (0.86, 0.10),
    "blind-709": (0.89, 0.10),
    "blind-710": (0.71, 0.10),
    "blind-711": (0.87, 0.10),
    "blind-712": (0.81, 0.10),
    "blind-713": (0.81, 0.10),
    "blind-714": (0.87, 0.10),
    "blind-715": (0.67, 0.10),
    "blind-716": (0.68, 0.10),
    "blind-717": (0.89, 0.10),
    "blind-718": (0.89, 0.10),
    "blind-719": (0.88, 0.10),
    "blind-720": (0.86, 0.10),
    "blind-721": (0.77, 0.10),
    "blind-722": (0.82, 0.10),
    "blind-723": (0.84, 0.10),
    "blind-724": (0.69, 0.10),
    "blind-725": (0.81, 0.10),
    "blind-726": (0.81, 0.10),
    "blind-727": (0.71, 0.15),
    "blind-729": (0.82, 0.10),
    "blind-731": (0.76, 0.10),
    "blind-732": (0.85, 0.10),
    "blind-733": (0.72, 0.10),
    "blind-734": (0.74, 0.10),
    "blind-735": (0.83, 0.10),
    "blind-737": (0.83, 0.10),
    "blind-738": (0.86, 0.10),
    "blind-739": (0.85, 0.10),
    "blind-740": (0.71, 0.10),
    "blind-743": (0.80, 0.10),
    "blind-744": (0.84, 0.10),
    "blind-745": (0.75, 0.10),
    "blind-746": (0.88, 0.10),
    "blind-747": (0.84, 0.10),
    "blind-748": (0.62, 0.10),
    "blind-749": (0.81, 0.10),
    "blind-750": (0.77, 0.10),
    "blind-751": (0.81, 0.10),
    "blind-752": (0.79, 0.10),
    "blind-753": (0.80, 0.11),
    "blind-755": (0.74, 0.10),
    "blind-756": (0.80, 0.10),
    "blind-757": (0.88, 0.15),
    "blind-758": (0.89, 0.10),
    "blind-759": (0.86, 0.10),
    "blind-760": (0.81, 0.10),
    "blind-761": (0.73, 0.10),
    "blind-762": (0.82, 0.10),
    "blind-763": (0.88, 0.10),
    "blind-765": (0.83, 0.10),
    "blind-766": (0.83, 0.16),
    "blind-767": (0.76, 0.10),
    "blind-768": (0.85, 0.10),
    "blind-769": (0.76, 0.10),
    "blind-770": (0.85, 0.10),
    "blind-771": (0.83, 0.10),
    "blind-772": (0.87, 0.10),
    "blind-773": (0.80, 0.10),
    "blind-774": (0.88, 0.10),
    "blind-775": (0.89, 0.10),
    "blind-776": (0.71, 0.12),
    "blind-777": (0.89, 0.10),
    "blind-778": (0.83, 0.10),
    "blind-779": (0.86, 0.10),
    "blind-780": (0.80, 0.10),
    "blind-781": (0.87, 0.10),
    "blind-782": (0.87, 0.10),
    # (0.83 until a title's pattern a few words before its garment was read, fifty-sixth session: "floral" for a
    # "Printed Multi Dress", which its writer calls wrong, now agrees with the title's print)
    "blind-783": (0.82, 0.10),
    "blind-785": (0.81, 0.10),
    "blind-786": (0.87, 0.10),
    "blind-787": (0.85, 0.10),
    "blind-788": (0.83, 0.10),
    "blind-789": (0.75, 0.10),
    "blind-790": (0.78, 0.10),
    "blind-791": (0.88, 0.12),
    "blind-792": (0.81, 0.10),
    "blind-793": (0.80, 0.10),
    "blind-794": (0.89, 0.10),
    "blind-795": (0.88, 0.10),
    "blind-796": (0.77, 0.10),
    "blind-797": (0.77, 0.10),
    "blind-798": (0.89, 0.10),
    "blind-799": (0.77, 0.10),
    "blind-800": (0.79, 0.11),
    "blind-803": (0.76, 0.10),
    "blind-804": (0.89, 0.10),
    "blind-805": (0.79, 0.10),
    "blind-806": (0.82, 0.10),
    "blind-807": (0.87, 0.10),
    "blind-808": (0.84, 0.10),
    "blind-809": (0.66, 0.10),
    "blind-810": (0.78, 0.10),
    "blind-811": (0.86, 0.10),
    "blind-812": (0.87, 0.10),
    "blind-813": (0.82, 0.10),
    "blind-815": (0.88, 0.10),
    "blind-816": (0.87, 0.10),
    "blind-817": (0.87, 0.10),
    "blind-818": (0.80, 0.10),
    "blind-819": (0.82, 0.11),
    "blind-820": (0.88, 0.10),
    "blind-821": (0.84, 0.10),
    "blind-824": (0.82, 0.10),
    "blind-826": (0.82, 0.10),
    "blind-827": (0.87, 0.10),
    "blind-828": (0.86, 0.10),
    "blind-829": (0.74, 0.12),
    "blind-830": (0.88, 0.10),
    "blind-831": (0.80, 0.10),
    "blind-832": (0.80, 0.10),
    "blind-833": (0.84, 0.10),
    "blind-834": (0.85, 0.10),
    "blind-835": (0.87, 0.10),
    "blind-836": (0.86, 0.10),
    "blind-837": (0.81, 0.10),
    "blind-838": (0.87, 0.10),
    "blind-839": (0.74, 0.10),
    "blind-841": (0.88, 0.10),
    "blind-842": (0.72, 0.10),
    "blind-843": (0.80, 0.10),
    "blind-844": (0.82, 0.10),
    # (0.81 until what a garment "is" with was read, fifty-seventh session: "The dress is blue with long sleeves", the
    # denim jacket's sleeves its writer says, now backs a "long" answer the wearing answer's short-sleeve dress flagged)
    "blind-845": (0.80, 0.10),
    "blind-846": (0.81, 0.10),
    "blind-848": (0.78, 0.10),
    "blind-850": (0.62, 0.10),
    "blind-851": (0.79, 0.10),
    "blind-853": (0.79, 0.11),
    "blind-854": (0.84, 0.10),
    "blind-855": (0.77, 0.10),
    "blind-856": (0.91, 0.11),
    "blind-857": (0.87, 0.10),
    "blind-858": (0.88, 0.10),
    "blind-859": (0.78, 0.10),
    "blind-861": (0.58, 0.10),
    "blind-862": (0.87, 0.10),
    "blind-863": (0.72, 0.10),
    "blind-864": (0.88, 0.10),
    "blind-865": (0.75, 0.10),
    "blind-866": (0.68, 0.19),
    "blind-867": (0.89, 0.10),
    "blind-868": (0.85, 0.10),
    "blind-869": (0.86, 0.10),
    "blind-870": (0.77, 0.10),
    "blind-871": (0.87, 0.10),
    "blind-872": (0.88, 0.10),
    "blind-873": (0.89, 0.10),
    "blind-876": (0.85, 0.10),
    "blind-877": (0.72, 0.10),
    "blind-878": (0.79, 0.10),
    "blind-879": (0.70, 0.10),
    "blind-880": (0.86, 0.10),
    "blind-881": (0.74, 0.10),
    "blind-884": (0.82, 0.10),
    "blind-885": (0.79, 0.10),
    "blind-886": (0.78, 0.10),
    "blind-887": (0.83, 0.10),
    "blind-888": (0.85, 0.10),
    "blind-890": (0.80, 0.18),
    "blind-892": (0.85, 0.10),
    "blind-893": (0.80, 0.10),
    "blind-894": (0.86, 0.10),
    "blind-895": (0.86, 0.10),
    "blind-896": (0.80, 0.11),
    "blind-897": (0.87, 0.10),
    "blind-900": (0.76, 0.10),
    "blind-901": (0.85, 0.10),
    "blind-902": (0.65, 0.10),
    "blind-903": (0.86, 0.10),
    "blind-904": (0.79, 0.10),  # (127 / 160 measured with every set, 128 alone)
    "blind-905": (0.89, 0.10),
    "blind-906": (0.76, 0.10),
    "blind-907": (0.87, 0.10),
    "blind-908": (0.76, 0.10),
    "blind-909": (0.86, 0.17),
    "blind-910": (0.85, 0.10),
    "blind-912": (0.87, 0.10),
    "blind-913": (0.78, 0.10),
    "blind-915": (0.83, 0.20),
    "blind-916": (0.88, 0.10),
    "blind-917": (0.80, 0.10),
    "blind-919": (0.75, 0.10),
    "blind-920": (0.89, 0.10),
    "blind-921": (0.79, 0.13),
    "blind-922": (0.89, 0.10),
    "blind-923": (0.77, 0.10),
    "blind-925": (0.84, 0.10),
    "blind-926": (0.75, 0.10),
    "blind-927": (0.78, 0.18),
    "blind-928": (0.85, 0.10),
    "blind-929": (0.74, 0.10),
    "blind-930": (0.86, 0.10),
    "blind-931": (0.70, 0.10),
    "blind-932": (0.86, 0.10),
    "blind-933": (0.73, 0.10),
    "blind-935": (0.66, 0.10),
    "blind-936": (0.84, 0.10),
    "blind-938": (0.85, 0.10),
    "blind-939": (0.73, 0.10),
    "blind-940": (0.84, 0.10),
    "blind-941": (0.80, 0.10),
    "blind-942": (0.84, 0.10),
    "blind-943": (0.87, 0.10),
    "blind-945": (0.75, 0.10),
    "blind-946": (0.81, 0.11),
    "blind-947": (0.80, 0.10),
    "blind-949": (0.89, 0.10),
    "blind-950": (0.78, 0.10),
    "blind-952": (0.75, 0.10),
    "blind-953": (0.75, 0.10),
    "blind-954": (0.77, 0.10),
    "blind-956": (0.85, 0.12),
    "blind-957": (0.93, 0.11),
    "blind-958": (0.85, 0.10),
    "blind-959": (0.86, 0.10),
    "blind-960": (0.83, 0.10),
    "blind-962": (0.79, 0.10),
    "blind-963": (0.83, 0.10),
    "blind-965": (0.89, 0.10),
    "blind-966": (0.88, 0.10),
    "blind-967": (0.73, 0.10),
    "blind-968": (0.84, 0.10),
    "blind-969": (0.85, 0.10),
    "blind-970": (0.69, 0.13),
    "blind-971": (0.88, 0.10),
    "blind-972": (0.74, 0.10),
    "blind-973": (0.77, 0.15),
    "blind-974": (0.82, 0.10),
    "blind-975": (0.89, 0.10),
    "blind-976": (0.66, 0.10),
    "blind-977": (0.89, 0.10),
    "blind-980": (0.89, 0.10),
    "blind-981": (0.87, 0.10),
    "blind-982": (0.86, 0.10),
    "blind-983": (0.80, 0.10),
    "blind-984": (0.60, 0.10),
    "blind-985": (0.81, 0.11),
    "blind-986": (0.86, 0.12),
    "blind-987": (0.85, 0.10),
    "blind-988": (0.77, 0.14),
    "blind-989": (0.85, 0.10),
    "blind-990": (0.77, 0.10),
    "blind-991": (0.78, 0.10),
    "blind-992": (0.60, 0.10),
    "blind-993": (0.78, 0.10),
    "blind-994": (0.87, 0.10),
    "blind-997": (0.85, 0.14),
    "blind-1001": (0.89, 0.10),
    "blind-1002": (0.85, 0.10),
    "blind-1003": (0.80, 0.10),
    "blind-1005": (0.88, 0.10),
    "blind-1007": (0.84, 0.10),
    "blind-1008": (0.82, 0.10),
    "blind-1009": (0.84, 0.10),
    "blind-1010": (0.88, 0.10),
    "blind-1011": (0.72, 0.10),
    "blind-1012": (0.92, 0.14),
    "blind-1013": (0.88, 0.10),
    "blind-1014": (0.83, 0.10),
    "blind-1016": (0.85, 0.10),
    "blind-1018": (0.86, 0.10),
    "blind-1019": (0.88, 0.10),
    "blind-1020": (0.73, 0.10),
    "blind-1021": (0.78, 0.10),
    "blind-1022": (0.81, 0.10),
    "blind-1023": (0.75, 0.10),
    "blind-1024": (0.86, 0.10),
    "blind-1025": (0.79, 0.10),
    "blind-1026": (0.72, 0.10),
    "blind-1027": (0.82, 0.10),
    "blind-1028": (0.67, 0.10),
    "blind-1029": (0.85, 0.13),
    "blind-1030": (0.79, 0.10),
    "blind-1032": (0.81, 0.10),
    "blind-1033": (0.85, 0.10),
    "blind-1034": (0.73, 0.10),
    "blind-1036": (0.80, 0.11),
    "blind-1037": (0.88, 0.10),
    "blind-1039": (0.78, 0.10),
    "blind-1040": (0.88, 0.10),
    "blind-1041": (0.87, 0.10),
    "blind-1042": (0.81, 0.10),
    "blind-1044": (0.81, 0.10),
    "blind-1045": (0.86, 0.10),
    "blind-1046": (0.82, 0.10),
    "blind-1047": (0.72, 0.10),
    "blind-1048": (0.66, 0.12),
    "blind-1049": (0.76, 0.10),
    "blind-1050": (0.89, 0.10),
    "blind-1051": (0.63, 0.10),
    "blind-1052": (0.84, 0.10),
    "blind-1053": (0.75, 0.10),
    "blind-1054": (0.77, 0.12),
    "blind-1055": (0.88, 0.10),
    "blind-1056": (0.83, 0.10),
    "blind-1057": (0.85, 0.10),
    "blind-1058": (0.76, 0.10),
    "blind-1060": (0.83, 0.10),
    "blind-1061": (0.82, 0.10),
    "blind-1062": (0.87, 0.10),
    "blind-1063": (0.89, 0.20),
    "blind-1064": (0.80, 0.10),
    "blind-1065": (0.80, 0.10),
    "blind-1066": (0.83, 0.10),
    "blind-1067": (0.75, 0.10),
    "blind-1069": (0.79, 0.10),
    "blind-1070": (0.83, 0.10),
    "blind-1071": (0.86, 0.10),
    "blind-1072": (0.78, 0.14),
    "blind-1073": (0.86, 0.10),
    "blind-1074": (0.88, 0.12),
    "blind-1075": (0.75, 0.10),
    "blind-1076": (0.88, 0.10),
    "blind-1077": (0.88, 0.10),
    "blind-1078": (0.87, 0.10),
    "blind-1079": (0.85, 0.10),
    "blind-1080": (0.88, 0.10),
    "blind-1081": (0.82, 0.10),
    "blind-1082": (0.84, 0.10),
    "blind-1083": (0.76, 0.13),
    "blind-1084": (0.93, 0.11),
    "blind-1085": (0.83, 0.10),
    "blind-1086": (0.83, 0.10),
    "blind-1087": (0.83, 0.10),
    "blind-1088": (0.82, 0.10),
    "blind-1090": (0.70, 0.10),
    "blind-1091": (0.68, 0.10),
    "blind-1093": (0.85, 0.10),
    "blind-1094": (0.70, 0.11),
    "blind-1095": (0.86, 0.10),
    "blind-1096": (0.88, 0.10),
    "blind-1098": (0.83, 0.10),
    "blind-1099": (0.78, 0.10),
    "blind-1100": (0.76, 0.10),
    "blind-1101": (0.82, 0.10),
    "blind-1102": (0.86, 0.10),
    "blind-1103": (0.86, 0.10),
    "blind-1104": (0.89, 0.10),
    "blind-1105": (0.84, 0.10),
    "blind-1106": (0.88, 0.10),
    "blind-1107": (0.79, 0.10),
    "blind-1109": (0.87, 0.10),
    "blind-1110": (0.78, 0.12),
    "blind-1112": (0.89, 0.10),
    "blind-1114": (0.75, 0.10),
    "blind-1116": (0.85, 0.10),
    "blind-1117": (0.83, 0.10),
    "blind-1118": (0.83, 0.10),
    "blind-1119": (0.88, 0.10),
    "blind-1120": (0.87, 0.10),
    "blind-1121": (0.88, 0.10),
    "blind-1122": (0.88, 0.10),
    "blind-1124": (0.77, 0.10),
    "blind-1125": (0.78, 0.17),
    "blind-1126": (0.87, 0.10),
    "blind-1127": (0.83, 0.10),
    "blind-1128": (0.78, 0.10),
    "blind-1129": (0.69, 0.10),
    "blind-1130": (0.83, 0.10),
    "blind-1133": (0.68, 0.10),
    "blind-1135": (0.83, 0.10),
    "blind-1136": (0.86, 0.18),
    "blind-1137": (0.89, 0.10),
    "blind-1138": (0.81, 0.11),
    "blind-1140": (0.79, 0.10),
    "blind-1141": (0.81, 0.10),
    "blind-1143": (0.62, 0.10),
    "blind-1145": (0.85, 0.10),
    "blind-1146": (0.87, 0.10),
    "blind-1147": (0.85, 0.10),
    "blind-1149": (0.83, 0.12),
    "blind-1150": (0.79, 0.10),
    "blind-1153": (0.80, 0.10),
    "blind-1155": (0.85, 0.18),
    "blind-1156": (0.87, 0.10),
    "blind-1157": (0.88, 0.17),
    "blind-1159": (0.80, 0.10),
    "blind-1160": (0.75, 0.14),
    "blind-1161": (0.85, 0.10),
    "blind-1162": (0.79, 0.10),
    "blind-1163": (0.83, 0.10),
    "blind-1164": (0.79, 0.10),
    "blind-1165": (0.67, 0.11),
    "blind-1166": (0.77, 0.10),
    "blind-1167": (0.72, 0.10),
    "blind-1168": (0.73, 0.10),
    "blind-1169": (0.70, 0.12),
    "blind-1170": (0.86, 0.13),
    "blind-1172": (0.88, 0.10),
    "blind-1173": (0.72, 0.11),
    "blind-1174": (0.86, 0.10),
    "blind-1176": (0.76, 0.13),
    "blind-1177": (0.78, 0.13),
    "blind-1178": (0.58, 0.19),
    "blind-1179": (0.88, 0.11),
    "blind-1180": (0.89, 0.10),
    "blind-1181": (0.68, 0.10),
    "blind-1182": (0.66, 0.13),
    "blind-1183": (0.83, 0.10),
    "blind-1184": (0.85, 0.10),
    "blind-1185": (0.80, 0.10),
    "blind-1187": (0.88, 0.10),
    "blind-1188": (0.85, 0.10),
    "blind-1189": (0.77, 0.10),
    "blind-1191": (0.67, 0.10),
    "blind-1192": (0.73, 0.10),
    "blind-1193": (0.77, 0.10),
    "blind-1194": (0.82, 0.10),
    "blind-1196": (0.70, 0.10),
    "blind-1197": (0.86, 0.14),
    "blind-1198": (0.67, 0.10),
    "blind-1200": (0.77, 0.12),
    "blind-1201": (0.80, 0.10),
    "blind-1202": (0.66, 0.13),
    "blind-1203": (0.83, 0.24),
    "blind-1204": (0.78, 0.10),
    "blind-1205": (0.56, 0.10),
    "blind-1206": (0.80, 0.14),
    "blind-1207": (0.85, 0.10),
    "blind-1208": (0.83, 0.15),
    "blind-1209": (0.84, 0.10),
    "blind-1210": (0.85, 0.10),
    "blind-1211": (0.85, 0.13),
    "blind-1212": (0.77, 0.10),
    "blind-1213": (0.77, 0.10),
    "blind-1214": (0.89, 0.10),
    "blind-1215": (0.80, 0.10),
    "blind-1216": (0.78, 0.10),
    "blind-1217": (0.83, 0.10),
    "blind-1218": (0.71, 0.10),
    "blind-1219": (0.88, 0.10),
    "blind-1220": (0.82, 0.10),
    "blind-1221": (0.86, 0.10),
    "blind-1222": (0.78, 0.10),
    "blind-1223": (0.87, 0.10),
    "blind-1224": (0.67, 0.12),
    "blind-1225": (0.77, 0.10),
    "blind-1226": (0.65, 0.11),
    "blind-1227": (0.86, 0.10),
    "blind-1228": (0.79, 0.10),
    "blind-1229": (0.69, 0.10),
    "blind-1230": (0.76, 0.11),
    "blind-1231": (0.87, 0.10),
    "blind-1232": (0.83, 0.10),
    "blind-1233": (0.80, 0.11),
    "blind-1234": (0.86, 0.17),
    "blind-1235": (0.72, 0.11),
    "blind-1236": (0.79, 0.13),
    "blind-1237": (0.80, 0.13),
    "blind-1238": (0.89, 0.10),
    "blind-1239": (0.82, 0.17),
    "blind-1240": (0.76, 0.10),
    "blind-1241": (0.72, 0.10),
    "blind-1242": (0.90, 0.11),  # (9.7% blind; the kurta's tee rule flags one right text more, 10.4%)
    "blind-1243": (0.86, 0.10),
    "blind-1244": (0.73, 0.10),
    "blind-1245": (0.87, 0.10),
    "blind-1246": (0.85, 0.10),
    "blind-1247": (0.86, 0.10),
    "blind-1248": (0.81, 0.11),
    "blind-1249": (0.77, 0.10),
    "blind-1250": (0.74, 0.16),
    "blind-1251": (0.92, 0.13),
    "blind-1252": (0.83, 0.10),
    "blind-1253": (0.58, 0.10),
    "blind-1254": (0.63, 0.14),
    "blind-1255": (0.86, 0.10),
    "blind-1256": (0.87, 0.14),
    "blind-1257": (0.81, 0.10),
    "blind-1258": (0.85, 0.10),
    "blind-1259": (0.73, 0.10),
    "blind-1260": (0.78, 0.11),
    "blind-1261": (0.66, 0.10),
    "blind-1262": (0.87, 0.13),
    "blind-1263": (0.76, 0.10),
    "blind-1264": (0.69, 0.10),
    "blind-1265": (0.73, 0.10),
    "blind-1266": (0.80, 0.13),
    "blind-1268": (0.85, 0.10),
    "blind-1269": (0.86, 0.10),
    "blind-1270": (0.86, 0.11),
    "blind-1271": (0.83, 0.12),
    "blind-1272": (0.69, 0.10),
    "blind-1273": (0.60, 0.10),
    "blind-1274": (0.63, 0.10),
    "blind-1275": (0.90, 0.14),
    "blind-1276": (0.85, 0.10),
    "blind-1277": (0.57, 0.12),
    "blind-1278": (0.80, 0.14),
    "blind-1279": (0.84, 0.10),
    "blind-1280": (0.88, 0.10),
    "blind-1281": (0.78, 0.13),
    "blind-1283": (0.83, 0.10),
    "blind-1284": (0.88, 0.10),
    "blind-1285": (0.85, 0.10),
    "blind-1287": (0.74, 0.13),
    "blind-1288": (0.71, 0.12),
    "blind-1289": (0.72, 0.10),
    "blind-1290": (0.77, 0.12),
    "blind-1292": (0.86, 0.10),
    "blind-1294": (0.76, 0.10),
    "blind-1295": (0.90, 0.16),
    "blind-1296": (0.74, 0.10),
    "blind-1297": (0.88, 0.14),
    "blind-1298": (0.54, 0.21),
    "blind-1299": (0.86, 0.11),
    "blind-1300": (0.83, 0.11),
    "blind-1301": (0.63, 0.10),
    "blind-1302": (0.78, 0.14),
    "blind-1303": (0.87, 0.10),
    "blind-1304": (0.77, 0.11),
    "blind-1305": (0.79, 0.11),
    "blind-1306": (0.87, 0.10),
    "blind-1307": (0.78, 0.10),
    "blind-1308": (0.81, 0.10),
    "blind-1309": (0.74, 0.10),
    "blind-1310": (0.77, 0.10),
    "blind-1311": (0.76, 0.10),
    "blind-1312": (0.77, 0.10),
    "blind-1313": (0.73, 0.10),
    "blind-1314": (0.85, 0.15),
    "blind-1315": (0.78, 0.10),
    "blind-1316": (0.78, 0.10),
    "blind-1318": (0.83, 0.10),
    "blind-1319": (0.82, 0.10),
    "blind-1320": (0.76, 0.10),
    "blind-1321": (0.74, 0.10),
    "blind-1322": (0.73, 0.15),
    "blind-1323": (0.83, 0.15),
    "blind-1324": (0.77, 0.10),
    "blind-1325": (0.62, 0.10),
    "blind-1326": (0.71, 0.10),
    "blind-1327": (0.82, 0.10),
    "blind-1328": (0.85, 0.20),
    "blind-1329": (0.86, 0.10),
    "blind-1330": (0.87, 0.10),
    "blind-1331": (0.70, 0.13),
    "blind-1332": (0.80, 0.12),
    "blind-1333": (0.68, 0.10),
    "blind-1334": (0.91, 0.11),
    "blind-1335": (0.64, 0.14),
    "blind-1336": (0.76, 0.12),
    "blind-1337": (0.80, 0.10),
    "blind-1338": (0.68, 0.10),
    "blind-1339": (0.87, 0.10),
    "blind-1340": (0.79, 0.10),
    "blind-1341": (0.82, 0.10),
    "blind-1342": (0.82, 0.10),
    "blind-1343": (0.71, 0.10),
    "blind-1344": (0.68, 0.10),
    "blind-1345": (0.77, 0.12),
    "blind-1346": (0.57, 0.14),
    "blind-1347": (0.87, 0.16),
    "blind-1348": (0.86, 0.10),
    "blind-1349": (0.77, 0.10),
    "blind-1350": (0.81, 0.13),
    "blind-1351": (0.87, 0.10),
    "blind-1352": (0.74, 0.10),
    "blind-1353": (0.77, 0.10),
    "blind-1354": (0.88, 0.10),
    "blind-1355": (0.84, 0.10),
    "blind-1356": (0.81, 0.10),
    "blind-1357": (0.77, 0.10),
    "blind-1358": (0.86, 0.10),
    "blind-1359": (0.73, 0.10),
    "blind-1360": (0.83, 0.10),
    "blind-1361": (0.82, 0.10),
    "blind-1362": (0.70, 0.10),
    "blind-1364": (0.84, 0.10),
    "blind-1365": (0.83, 0.10),
    "blind-1366": (0.87, 0.10),
    "blind-1367": (0.89, 0.15),
    "blind-1368": (0.75, 0.10),
    "blind-1369": (0.80, 0.10),
    "blind-1370": (0.70, 0.10),
    "blind-1372": (0.81, 0.10),
    "blind-1373": (0.62, 0.10),
    "blind-1374": (0.83, 0.10),
    "blind-1375": (0.78, 0.10),
    "blind-1376": (0.75, 0.10),
    "blind-1377": (0.79, 0.10),
    "blind-1379": (0.86, 0.10),
    "blind-1380": (0.77, 0.19),
    "blind-1381": (0.78, 0.10),
    "blind-1382": (0.86, 0.15),
    "blind-1383": (0.67, 0.10),
    "blind-1384": (0.75, 0.10),
    "blind-1385": (0.76, 0.10),
    "blind-1386": (0.74, 0.17),
    "blind-1387": (0.89, 0.10),
    "blind-1388": (0.69, 0.10),
    "blind-1389": (0.84, 0.10),
    "blind-1390": (0.72, 0.10),
    "blind-1391": (0.88, 0.10),
    "blind-1392": (0.73, 0.10),
    "blind-1393": (0.69, 0.12),
    "blind-1394": (0.65, 0.14),
    "blind-1395": (0.93, 0.11),
    "blind-1396": (0.86, 0.10),
    "blind-1397": (0.61, 0.10),
    "blind-1398": (0.81, 0.12),
    "blind-1400": (0.79, 0.10),
    "blind-1401": (0.73, 0.11),
    "blind-1403": (0.78, 0.10),
    "blind-1404": (0.83, 0.10),
    "blind-1405": (0.78, 0.10),
    "blind-1407": (0.83, 0.12),
    "blind-1408": (0.80, 0.12),
    "blind-1409": (0.85, 0.10),
    "blind-1410": (0.68, 0.10),
    "blind-1411": (0.88, 0.10),
    "blind-1412": (0.78, 0.10),
    "blind-1414": (0.82, 0.10),
    "blind-1415": (0.84, 0.10),
    "blind-1416": (0.80, 0.10),
    "blind-1417": (0.87, 0.10),
    "blind-1418": (0.59, 0.13),
    "blind-1419": (0.86, 0.14),
    "blind-1420": (0.70, 0.10),
    "blind-1421": (0.72, 0.10),
    "blind-1422": (0.77, 0.14),
    "blind-1423": (0.79, 0.10),
    "blind-1424": (0.80, 0.10),
    "blind-1425": (0.78, 0.11),
    "blind-1427": (0.78, 0.10),
    "blind-1428": (0.88, 0.10),
    "blind-1429": (0.80, 0.10),
    "blind-1430": (0.83, 0.10),
    "blind-1431": (0.66, 0.18),
    "blind-1433": (0.77, 0.12),
    "blind-1434": (0.74, 0.11),
    "blind-1435": (0.84, 0.10),
    "blind-1436": (0.84, 0.10),
    "blind-1437": (0.85, 0.10),
    "blind-1438": (0.74, 0.12),
    "blind-1439": (0.86, 0.10),
    "blind-1440": (0.81, 0.11),
    "blind-1441": (0.86, 0.10),
    "blind-1442": (0.68, 0.17),
    "blind-1443": (0.90, 0.14),
    "blind-1444": (0.84, 0.10),
    "blind-1445": (0.65, 0.10),
    "blind-1446": (0.89, 0.13),
    "blind-1447": (0.89, 0.10),
    "blind-1448": (0.80, 0.11),
    "blind-1449": (0.88, 0.10),
    "blind-1450": (0.94, 0.14),
    "blind-1451": (0.85, 0.10),
    "blind-1452": (0.88, 0.10),
    "blind-1453": (0.88, 0.10),
    "blind-1455": (0.72, 0.15),
    "blind-1456": (0.69, 0.10),
    "blind-1457": (0.82, 0.10),
    "blind-1458": (0.82, 0.10),
    "blind-1459": (0.88, 0.10),
    "blind-1460": (0.72, 0.10),
    "blind-1461": (0.89, 0.10),
    "blind-1462": (0.80, 0.10),
    "blind-1464": (0.79, 0.10),
    "blind-1465": (0.85, 0.10),
    "blind-1466": (0.62, 0.17),
    "blind-1467": (0.92, 0.11),
    "blind-1468": (0.80, 0.10),
    "blind-1469": (0.63, 0.10),
    "blind-1470": (0.69, 0.10),
    "blind-1471": (0.71, 0.10),
    "blind-1472": (0.83, 0.10),
    "blind-1473": (0.86, 0.10),
    "blind-1474": (0.85, 0.10),
    "blind-1475": (0.83, 0.10),
    "blind-1476": (0.87, 0.14),
    "blind-1477": (0.87, 0.10),
    "blind-1479": (0.78, 0.13),
    "blind-1480": (0.83, 0.10),
    "blind-1481": (0.75, 0.10),
    "blind-1482": (0.84, 0.17),
    "blind-1484": (0.78, 0.10),
    "blind-1485": (0.86, 0.12),
    "blind-1486": (0.78, 0.10),
    "blind-1488": (0.81, 0.10),
    "blind-1489": (0.76, 0.10),
    "blind-1490": (0.66, 0.10),
    "blind-1491": (0.90, 0.11),
    "blind-1492": (0.88, 0.10),
    "blind-1493": (0.63, 0.10),
    "blind-1494": (0.75, 0.18),
    "blind-1495": (0.89, 0.10),
    "blind-1496": (0.87, 0.13),
    "blind-1497": (0.70, 0.10),
    "blind-1498": (0.86, 0.10),
    "blind-1499": (0.84, 0.10),
    "blind-1500": (0.86, 0.10),
    "blind-1501": (0.87, 0.10),
    "blind-1503": (0.77, 0.10),
    "blind-1504": (0.83, 0.15),
    "blind-1505": (0.81, 0.10),
    "blind-1506": (0.81, 0.15),
    "blind-1508": (0.77, 0.10),
    "blind-1509": (0.86, 0.15),
    "blind-1510": (0.72, 0.10),
    "blind-1511": (0.89, 0.10),
    "blind-1512": (0.74, 0.10),
    "blind-1513": (0.85, 0.11),
    "blind-1514": (0.75, 0.13),
    "blind-1516": (0.86, 0.10),
    "blind-1517": (0.69, 0.10),
    "blind-1518": (0.85, 0.10),
    "blind-1519": (0.86, 0.10),
    "blind-1520": (0.83, 0.12),
    "blind-1521": (0.72, 0.10),
    "blind-1524": (0.84, 0.10),
    "blind-1525": (0.80, 0.10),
    "blind-1526": (0.83, 0.10),
    "blind-1527": (0.66, 0.12),
    "blind-1528": (0.78, 0.10),
    "blind-1529": (0.77, 0.10),
    "blind-1530": (0.76, 0.15),
    "blind-1532": (0.81, 0.10),
    "blind-1533": (0.75, 0.11),
    "blind-1534": (0.70, 0.10),
    "blind-1536": (0.73, 0.10),
    "blind-1537": (0.85, 0.10),
    "blind-1538": (0.68, 0.19),
    "blind-1539": (0.94, 0.12),
    "blind-1540": (0.82, 0.10),
    "blind-1541": (0.65, 0.10),
    "blind-1542": (0.89, 0.11),
    "blind-1543": (0.87, 0.10),
    "blind-1544": (0.83, 0.16),
    "blind-1545": (0.85, 0.10),
    "blind-1548": (0.82, 0.12),
    "blind-1549": (0.78, 0.10),
    "blind-1550": (0.86, 0.17),
    "blind-1551": (0.70, 0.15),
    "blind-1552": (0.80, 0.10),
    "blind-1553": (0.78, 0.10),
    "blind-1554": (0.78, 0.11),
    "blind-1555": (0.84, 0.10),
    "blind-1556": (0.80, 0.10),
    "blind-1557": (0.83, 0.10),
    "blind-1558": (0.82, 0.10),
    "blind-1559": (0.91, 0.11),
    "blind-1560": (0.81, 0.10),
    "blind-1561": (0.79, 0.10),
    "blind-1562": (0.76, 0.17),
    "blind-1563": (0.91, 0.18),
    "blind-1564": (0.77, 0.17),
    "blind-1565": (0.56, 0.10),
    "blind-1566": (0.66, 0.12),
    "blind-1567": (0.85, 0.10),
    "blind-1568": (0.85, 0.13),
    "blind-1569": (0.75, 0.10),
    "blind-1572": (0.81, 0.10),
    "blind-1573": (0.74, 0.11),
    "blind-1574": (0.89, 0.10),
    "blind-1575": (0.77, 0.10),
    "blind-1576": (0.72, 0.10),
    "blind-1577": (0.75, 0.10),
    "blind-1578": (0.88, 0.14),
    "blind-1580": (0.83, 0.10),
    "blind-1581": (0.86, 0.12),
    "blind-1582": (0.66, 0.10),
    "blind-1583": (0.87, 0.12),
    "blind-1584": (0.72, 0.10),
    "blind-1585": (0.82, 0.10),
    "blind-1586": (0.60, 0.13),
    "blind-1587": (0.92, 0.14),
    "blind-1588": (0.81, 0.10),
    "blind-1589": (0.60, 0.10),
    "blind-1590": (0.89, 0.11),
    "blind-1591": (0.81, 0.10),
    "blind-1592": (0.79, 0.14),
    "blind-1593": (0.79, 0.12),
    "blind-1595": (0.88, 0.10),
    "blind-1596": (0.78, 0.10),
    "blind-1597": (0.74, 0.18),
    "blind-1598": (0.88, 0.10),
    "blind-1599": (0.62, 0.13),
    "blind-1600": (0.62, 0.10),
    "blind-1601": (0.76, 0.10),
    "blind-1602": (0.79, 0.12),
    "blind-1603": (0.88, 0.10),
    "blind-1604": (0.85, 0.10),
    "blind-1605": (0.85, 0.11),
    "blind-1606": (0.81, 0.10),
    "blind-1608": (0.72, 0.10),
    "blind-1609": (0.73, 0.10),
    "blind-1610": (0.63, 0.27),
    "blind-1611": (0.89, 0.14),
    "blind-1612": (0.87, 0.10),
    "blind-1613": (0.63, 0.10),
    "blind-1614": (0.78, 0.11),
    "blind-1615": (0.83, 0.14),
    "blind-1616": (0.78, 0.18),
    "blind-1617": (0.80, 0.10),
    "blind-1618": (0.87, 0.10),
    "blind-1619": (0.80, 0.10),
    "blind-1620": (0.78, 0.12),
    "blind-1621": (0.76, 0.10),
    "blind-1622": (0.85, 0.10),
    "blind-1623": (0.60, 0.17),
    "blind-1624": (0.74, 0.16),
    "blind-1625": (0.79, 0.10),
    "blind-1626": (0.77, 0.10),
    "blind-1628": (0.89, 0.10),
    "blind-1630": (0.71, 0.10),
    "blind-1632": (0.72, 0.10),
    "blind-1633": (0.74, 0.15),
    "blind-1634": (0.65, 0.15),
    "blind-1635": (0.93, 0.13),
    "blind-1636": (0.88, 0.13),
    "blind-1637": (0.66, 0.10),
    "blind-1638": (0.87, 0.10),
    "blind-1639": (0.88, 0.10),
    "blind-1640": (0.68, 0.10),
    "blind-1641": (0.78, 0.10),
    "blind-1643": (0.78, 0.11),
    "blind-1644": (0.82, 0.11),
    "blind-1645": (0.70, 0.10),
    "blind-1646": (0.87, 0.10),
    "blind-1647": (0.52, 0.10),
    "blind-1648": (0.83, 0.11),
    "blind-1649": (0.85, 0.10),
    "blind-1650": (0.87, 0.14),
    "blind-1652": (0.85, 0.10),
    "blind-1653": (0.85, 0.12),
    "blind-1654": (0.74, 0.10),
    "blind-1655": (0.92, 0.15),
    "blind-1656": (0.85, 0.11),
    "blind-1657": (0.80, 0.10),
    "blind-1658": (0.62, 0.13),
    "blind-1659": (0.89, 0.15),
    "blind-1660": (0.83, 0.10),
    "blind-1661": (0.73, 0.10),
    "blind-1662": (0.71, 0.10),
    "blind-1663": (0.86, 0.10),
    "blind-1664": (0.89, 0.22),
    "blind-1665": (0.77, 0.10),
    "blind-1666": (0.81, 0.10),
    "blind-1668": (0.83, 0.10),
    "blind-1669": (0.71, 0.10),
    "blind-1670": (0.87, 0.10),
    "blind-1671": (0.78, 0.10),
    "blind-1672": (0.72, 0.10),
    "blind-1673": (0.82, 0.10),
    "blind-1674": (0.85, 0.12),
    "blind-1676": (0.76, 0.10),
    "blind-1677": (0.85, 0.11),
    "blind-1678": (0.72, 0.10),
    "blind-1679": (0.84, 0.10),
    "blind-1680": (0.71, 0.10),
    "blind-1681": (0.72, 0.10),
}


# (a run of every audit over all 1,226 sets: 140 s alone on the sixty-first session's 2-core machine, and past the
# suite's 300 s once beside other work, which killed its worker and stopped the run; the corpus grows every session)
@pytest.mark.timeout(900)
def test_the_audits_find_the_failures_of_the_corpus_and_spare_its_correct_answers(tmp_path):
    # One test, not one per set: each pytest-xdist worker built a module fixture of its own, so the corpus (a minute's
    # run of every audit) was measured twice. `--dist loadgroup` would keep the sets on one worker, but pytest 9.2
    # broke it (pytest-dev/pytest-xdist#1386). The message names every set below its bar, with what it missed.
    below = {}
    for name, score in sorted(measure_sets(CORPUS, tmp_path).items()):
        least_recall, most_false_positives = BELOW_THE_BAR.get(name, (0.9, 0.1))
        if score.recall < least_recall:
            below[name] = f"recall {score.recall:.3f} < {least_recall}; missed {score.missed}"
        elif score.false_positive_rate > most_false_positives:
            below[name] = (
                f"false positives {score.false_positive_rate:.3f} > {most_false_positives}; "
                f"flagged {score.flagged_correct}"
            )
    assert not below, "\n".join(f"{name}: {why}" for name, why in below.items())


def test_an_audit_that_flags_many_items_counts_them_all_and_keeps_a_sample(planted, monkeypatch):
    import enrich.audit

    monkeypatch.setattr(enrich.audit, "MAX_FINDINGS", 1)
    [result] = run_audits(planted, load_audits(bundled_queries_dir(), ("repetition_loop",)))
    expected = {sku for sku in PLANTS if "repetition_loop" in audits_of(sku)}
    assert len(expected) > 1 and len(result.findings) == 1 and result.total_findings >= len(expected)
    assert result.skus == expected and result.flagged == len(expected)


# a part the product's kind has only when its title says so: a hood, a zip on what is pulled on, pockets on a
# t-shirt, kurta or dress, a belt on a dress, rips in clean jeans (question, text, title, flagged)
PARTS_THE_TITLE_DOES_NOT_GIVE = {
    "a-hood-the-title-does-not-name": (
        "details",
        "it has a hood and a kangaroo pocket",
        "Men Red Solid Sweatshirt",
        True,
    ),
    "a-hood-the-title-names": ("details", "it has a hood and a kangaroo pocket", "Men Red Hooded Sweatshirt", False),
    "a-hood-of-a-parka": ("description", "a red parka with a hood", "Women's Insulated Parka", False),
    "a-pocket-on-a-t-shirt": (
        "description",
        "a red t-shirt with a pocket on the chest",
        "Red Round Neck T-shirt",
        True,
    ),
    "a-pocket-on-a-pocket-tee": ("description", "a red t-shirt with a pocket on the chest", "Pocket Tee", False),
    "hands-in-pockets": ("wearing", "a red t-shirt, his hands in his pockets", "Red Round Neck T-shirt", False),
    "a-pocket-on-a-shirt": ("details", "a pocket on the chest", "Red Checked Casual Shirt", False),
    "a-pocket-on-a-kurta": ("details", "it has two pockets on the sides", "Red Solid Straight Kurta", True),
    "a-pocket-on-a-kurta-set": ("details", "it has pockets", "Red Kurta with Pyjamas", False),
    "a-zip-on-a-pullover": ("details", "it has a zipper on the front", "Red Cable Knit Pullover", True),
    "a-zip-on-a-half-zip-pullover": ("details", "a zipper at the neck", "Red Half Zip Pullover", False),
    "a-zip-on-jeans": ("details", "a button and a zipper", "Red Slim Fit Jeans", False),
    "a-belt-on-a-dress": ("details", "it has a belt at the waist", "Red Floral Print Maxi Dress", True),
    "a-belt-on-a-belted-dress": ("details", "a belt at the waist", "Red Belted Maxi Dress", False),
    "a-belt-on-a-trench-coat": ("details", "a belt at the waist", "Red Double-Breasted Trench Coat", False),
    "rips-in-clean-jeans": ("details", "ripped at the knees", "Blue Slim Fit Clean Look Jeans", True),
    "no-rips-in-clean-jeans": ("details", "slim fit with no rips", "Blue Slim Fit Clean Look Jeans", False),
    "rips-in-distressed-jeans": ("details", "ripped knees", "Blue Mildly Distressed Jeans", False),
    "a-hood-with-no-title": ("details", "it has a hood", None, False),
}


def claims_flagged(tmp_path, plants: dict[str, tuple[str, str, dict]]) -> set[str]:
    """The skus `unsupported_claim` flags among healthy items (a red t-shirt, Tshirts to the seller) each given an
    answer (question, words) and catalog columns."""
    items, answers = [], []
    for sku, (question, words, columns) in plants.items():
        item, rows = healthy(sku, 0)
        columns = dict(columns)
        prompt = columns.pop("prompt", None)  # the question's own words, where a plant asks another
        said(question, words, **columns)(item, rows)
        if prompt:
            edit(rows, question, prompt=prompt)
        items.append(item)
        answers += rows
    audits = load_audits(bundled_queries_dir(), ("unsupported_claim",))
    [result] = run_audits(write_output(tmp_path, items, answers), audits)
    return {f.sku for f in result.findings}


def test_a_part_the_products_kind_has_only_when_its_title_says_so_is_a_claim(tmp_path):
    plants = {
        sku: (question, words, {"title": title} if title else {})
        for sku, (question, words, title, _) in PARTS_THE_TITLE_DOES_NOT_GIVE.items()
    }
    expected = {sku for sku, (*_, flagged) in PARTS_THE_TITLE_DOES_NOT_GIVE.items() if flagged}
    assert claims_flagged(tmp_path, plants) == expected


def test_a_part_of_another_garment_the_question_names_is_not_the_products(tmp_path):
    """Pockets on the pants a t-shirt is worn with are the pants': the t-shirt's title says nothing of them. A
    question that names the product in other words (a shirt for a t-shirt, a skirt for a lehenga) still counts."""

    def asked(garment: str, words: str, title: str) -> tuple[str, str, dict]:
        return "details", words, {"title": title, "prompt": f"Question: What are the {garment} details? Answer:"}

    plants = {
        "pants-pockets-under-a-tee": asked("pants", "they have pockets on the sides", "Camiseta Oversized Off White"),
        "a-tees-pocket-asked-as-a-shirt": asked("shirt", "a pocket on the chest", "Red Round Neck T-shirt"),
        "a-lehengas-belt-asked-as-a-skirt": asked("skirt", "the skirt has a belt", "Red Embroidered Lehenga Choli"),
        "a-shirts-zip-over-jeans": asked("shirt", "a zipper on the front", "Blue Slim Fit Jeans"),
    }
    assert claims_flagged(tmp_path, plants) == {"a-tees-pocket-asked-as-a-shirt", "a-lehengas-belt-asked-as-a-skirt"}


# embellishments, leather and silk no text names (title, question, answer, flagged): a Portuguese title names them too,
# and a denial claims nothing (a review's cases)
EMBELLISHMENTS_AND_LEATHER = {
    "pt-couro": ("Jaqueta de Couro Preta", "material", "leather", False),
    "pt-seda": ("Blusa de Seda Branca", "material", "silk", False),
    "pt-bordada": ("Blusa Bordada Branca", "details", "it has embroidery on the neckline", False),
    "no-embroidery": ("Women Red Solid Kurta", "details", "a plain kurta with no embroidery", False),
    "without-sequins": ("Women Black Solid Top", "details", "a plain top without sequins", False),
    "biker-leather": ("Men Black Solid Biker Jacket", "material", "leather", False),
    "yoke-embroidery": ("Women Red Yoke Design Kurta", "details", "embroidery on the yoke", False),
    "solid-tee-embroidery": ("Women Red Solid T-shirt", "details", "it has gold embroidery on the collar", True),
    "solid-tee-leather": ("Women Red Solid T-shirt", "material", "leather", True),
}


def test_an_embellishment_leather_or_silk_no_text_names_is_a_claim(tmp_path):
    items, answers = [], []
    for sku, (title, question, words, _) in EMBELLISHMENTS_AND_LEATHER.items():
        item, rows = healthy(sku, 0)
        item.update(title=title, caption_en="a photo of a garment")
        if question == "material":
            rows.append(answer(sku, "material", "open", words, "What material is the garment made of"))
        else:
            text(rows, question, words)
        items.append(item)
        answers += rows
    [result] = run_audits(
        write_output(tmp_path, items, answers), load_audits(bundled_queries_dir(), ("unsupported_claim",))
    )
    expected = {sku for sku, (*_, flagged) in EMBELLISHMENTS_AND_LEATHER.items() if flagged}
    assert {f.sku for f in result.findings} == expected


# the same parts under a Portuguese title and category, which named no kind before (title, category, text, flagged)
PARTS_A_PORTUGUESE_TITLE_DOES_NOT_GIVE = {
    "pt-pocket": ("Camiseta Básica Preta", "Camisetas", "a black t-shirt with a pocket on the chest", True),
    "pt-pocket-given": ("Camiseta Preta com Bolso", "Camisetas", "a black t-shirt with a pocket on the chest", False),
    "pt-belt": ("Vestido Midi Floral", "Vestidos", "the dress has a belt at the waist", True),
    "pt-belt-given": ("Vestido Midi com Cinto", "Vestidos", "the dress has a belt at the waist", False),
    "pt-shirt-dress-belt": ("Vestido Chemise Listrado", "Vestidos", "it has a collar, buttons and a belt", False),
    "pt-hood": ("Moletom Cinza Básico", "Moletons", "a grey sweatshirt with a hood", True),
    "pt-hood-given": ("Moletom com Capuz", "Moletons", "a grey sweatshirt with a hood", False),
    "pt-rips": ("Calça Jeans Skinny Azul", "Calças", "blue jeans with ripped knees", True),
    "pt-rips-given": ("Calça Jeans Rasgada", "Calças", "blue jeans with ripped knees", False),
}


def test_a_part_a_portuguese_title_does_not_give_is_a_claim(tmp_path):
    plants = {
        sku: ("details", words, {"title": title, "seller_garment_type_raw": category, "seller_garment_type": None})
        for sku, (title, category, words, _) in PARTS_A_PORTUGUESE_TITLE_DOES_NOT_GIVE.items()
    }
    expected = {sku for sku, (*_, flagged) in PARTS_A_PORTUGUESE_TITLE_DOES_NOT_GIVE.items() if flagged}
    assert claims_flagged(tmp_path, plants) == expected


# a product sold with long sleeves (its title's last garment a jacket, coat, sweater, sweatshirt...) answered short or
# sleeveless, unless its title or a text says so (title, sleeve answer, a text's words, flagged)
SOLD_WITH_LONG_SLEEVES = {
    "a-short-sleeved-bomber": ("Men Red Solid Bomber Jacket", "short", None, True),
    "a-long-sleeved-bomber": ("Men Red Solid Bomber Jacket", "long", None, False),
    "a-sleeveless-pullover": ("Men Red Cable Knit Pullover Sweater", "sleeveless", None, True),
    "a-half-sleeve-sweater": ("Men Red Half Sleeve Sweater", "short", None, False),
    "a-sleeveless-puffer": ("Women Red Sleeveless Puffer Jacket", "sleeveless", None, False),
    "a-nehru-jacket": ("Men Red Solid Nehru Jacket", "sleeveless", None, False),
    "a-gilet": ("Men's Red Quilted Gilet", "sleeveless", None, False),
    "a-jacket-sold-with-a-t-shirt": ("Boys Red Jacket with T-shirt", "short", None, False),
    "a-hoodie-a-text-calls-sleeveless": ("Women Red Hooded Sweatshirt", "sleeveless", "a red sleeveless hoodie", False),
    # the caption template's short sleeves of the T-shirt under the jacket are the T-shirt's (sixty-second session)
    "a-bomber-over-a-short-sleeve-t-shirt": (
        "Men Red Solid Bomber Jacket",
        "short",
        "a short-sleeve T-shirt with pure color patterns",
        True,
    ),
    "a-sleeveless-ethnic-jacket": ("Women Red Printed Longline Ethnic Jacket", "sleeveless", None, False),
}


def test_a_sleeve_length_the_titles_long_sleeved_kind_contradicts_is_flagged(tmp_path):
    items, answers = [], []
    for sku, (title, sleeves, words, _) in SOLD_WITH_LONG_SLEEVES.items():
        item, rows = healthy(sku, 0)
        item.update(title=title, caption_en="a product photo of a red jacket")
        text(rows, "sleeve_length", sleeves)
        if words:
            text(rows, "description", words)
        items.append(item)
        answers += rows
    [result] = run_audits(
        write_output(tmp_path, items, answers),
        load_audits(bundled_queries_dir(), ("pattern_or_sleeves_contradict",)),
    )
    expected = {sku for sku, (*_, flagged) in SOLD_WITH_LONG_SLEEVES.items() if flagged}
    assert {f.sku for f in result.findings} == expected


def test_a_navy_answer_over_blue_pixels_is_not_absent_but_a_red_one_is(tmp_path):
    items, answers = [], []
    for sku, answered in (("navy-on-blue", "navy"), ("blue-on-navy", "blue"), ("red-on-blue", "red")):
        item, rows = healthy(sku, 0)
        edit(rows, "color", answer_en=answered, raw_en=answered)
        shown = [{"color": "navy", "share": 0.7}] if sku == "blue-on-navy" else [{"color": "blue", "share": 0.7}]
        item.update(pixel_colors=shown + [{"color": "white", "share": 0.3}])
        items.append(item)
        answers += rows
    [result] = run_audits(
        write_output(tmp_path, items, answers), load_audits(bundled_queries_dir(), ("pixel_color_absent",))
    )
    assert {f.sku for f in result.findings} == {"red-on-blue"}


def test_without_a_gender_column_the_titles_department_judges_pronouns(tmp_path):
    items, answers = [], []
    for sku, title, caption in (
        ("department", "Biba Women Mustard Floral Print Palazzos", "a man wearing mustard palazzos"),
        (
            "a-character-after-it",
            "Bewakoof Men's Powerpuff Girls Black Printed T-shirt",
            "a man wearing a black t-shirt",
        ),
        ("a-band-after-it", "The Souled Store Women Beastie Boys Black T-shirt", "a woman wearing a black t-shirt"),
        ("a-hero", "Marvel Spider-Man Graphic Printed T-shirt", "a woman wearing a black t-shirt"),
        ("a-department-before-light", "Roadster Men Light Blue Slim Fit Jeans", "a woman wearing blue jeans"),
        (
            "kids-then-boys",
            "U.S. Polo Assn. Kids Boys Navy Blue Striped Polo Collar T-shirt",
            "a girl wearing a t-shirt",
        ),
        ("a-long-brand", "HRX by Hrithik Roshan Ultralyte Men Black Running T-shirt", "a woman wearing a t-shirt"),
    ):
        item, rows = healthy(sku, 0)
        del item["gender"]
        item.update(title=title, caption_en=caption)
        items.append(item)
        answers += rows
    audits = load_audits(bundled_queries_dir(), ("pronoun_vs_gender",))
    [result] = run_audits(write_output(tmp_path / "titled", items, answers), audits)
    assert sorted((f.sku, f.detail) for f in result.findings) == [
        ("a-department-before-light", 'the title\'s department men, text says "woman"'),
        ("a-long-brand", 'the title\'s department men, text says "woman"'),
        ("department", 'the title\'s department women, text says "man"'),
        ("kids-then-boys", 'the title\'s department boys, text says "girl"'),
    ]
    for item in items:
        del item["title"]
    [result] = run_audits(write_output(tmp_path / "untitled", items, answers), audits)
    # without either, the item's own texts judge: one gendered text is no majority
    assert result.skipped is None and result.findings == []


def test_yes_to_the_garment_the_seller_sells_stands_against_the_caption_template(tmp_path):
    """The caption adapter knows no jumpsuit: it calls one a shirt and pants, and the caption is what is wrong."""
    item, rows = healthy("jumpsuit", 0)
    item.update(seller_garment_type="jumpsuit", seller_garment_type_raw="Jumpsuit")
    item.update(caption_en="The lady wears a short-sleeve shirt with pure color patterns and a long pants.")
    rows.append(answer("jumpsuit", "is_jumpsuit", "closed", "yes", "Is this a jumpsuit"))
    edit(rows, "garment_type", answer_en="jumpsuit", raw_en="jumpsuit")
    audits = load_audits(bundled_queries_dir(), ("caption_contradicts_answer",))
    [result] = run_audits(write_output(tmp_path, [item], rows), audits)
    assert {f.question_id for f in result.findings} == {"caption"}


def test_the_stripes_of_track_pants_are_side_stripes_not_a_pattern(tmp_path):
    items, answers = [], []
    for sku, category, title in (
        ("track-pants", "Track Pants", "Roadster Men Black Solid Track Pants"),
        ("formal-trousers", "Trousers", "Roadster Men Black Solid Formal Trousers"),
        ("joggers", "Joggers", "Roadster Men Black Solid Joggers"),
    ):
        item, rows = healthy(sku, 0)
        item.update(seller_garment_type="trousers", seller_garment_type_raw=category, title=title)
        stripes = "white stripes" if sku != "joggers" else "white side stripes"
        item.update(caption_en=f"a pair of black pants with {stripes} on a white background")
        items.append(item)
        answers += rows
    audits = load_audits(bundled_queries_dir(), ("pattern_or_sleeves_contradict",))
    [result] = run_audits(write_output(tmp_path, items, answers), audits)
    assert {(f.sku, f.question_id) for f in result.findings if f.question_id == "caption"} == {
        ("formal-trousers", "caption")
    }


def test_a_things_color_finding_says_which_texts_give_it_the_color(tmp_path):
    items, answers = [], []
    for sku, wearing in (("caption-alone", "a black t-shirt"), ("caption-and-wearing", None)):
        item, rows = healthy(sku, 0)
        sold_as_a_thing(item, rows, "a woman wearing a red baseball cap and a black t-shirt", "hat", "Dad Cap")
        if wearing:
            text(rows, "wearing", wearing)
        text(rows, "color", "black")
        items.append(item)
        answers += rows
    [result] = run_audits(
        write_output(tmp_path, items, answers), load_audits(bundled_queries_dir(), ("caption_contradicts_answer",))
    )
    details = {f.sku: f.detail for f in result.findings if f.question_id == "color"}
    assert details == {
        "caption-alone": "answered black; the caption calls the hat red",
        "caption-and-wearing": "answered black; the caption and the wearing answer call the hat red",
    }


def test_the_garment_an_items_own_questions_name_judges_its_garment_type_only_where_they_vary(tmp_path):
    """The experiments asked "Describe the shirt." of every product: a prompt the same for every item names none."""

    def judged(prompts: dict[str, str]) -> set[str]:
        items, answers = [], []
        for sku, asked in prompts.items():
            item, rows = healthy(sku, 0)
            item.update(caption_en="a woman in a white shirt and blue jeans", seller_garment_type=None)
            rows[:] = [r for r in rows if r["question_id"] not in ("color", "wearing")]  # no colors to judge
            edit(rows, "details", prompt=f"Question: Describe the {asked}. Answer:", answer_en="it is plain")
            text(rows, "garment_type", "jeans" if sku.startswith("jeans") else "shirt")
            items.append(item)
            answers += rows
        out = write_output(tmp_path / str(len(list(tmp_path.iterdir()))), items, answers)
        [result] = run_audits(out, load_audits(bundled_queries_dir(), ("caption_contradicts_answer",)))
        return {f.sku for f in result.findings}

    assert judged({"jeans-asked-shirt": "shirt", "shirt-asked-shirt": "shirt"}) == set()  # one prompt for all
    assert judged({"jeans-asked-shirt": "shirt", "shirt-asked-jeans": "jeans"}) == {
        "jeans-asked-shirt",
        "shirt-asked-jeans",
    }


def test_a_baseline_or_review_page_whose_write_fails_leaves_no_empty_file(planted, tmp_path, monkeypatch):
    """A full disk left a 0-byte baseline that failed every later gate, and a 0-byte page over yesterday's."""
    import errno

    from enrich.store import runs

    labels = tmp_path / "golden.csv"
    labels.write_text("sku,question_id,expected\nok-00,color,red\n")
    page, baseline = tmp_path / "review.html", tmp_path / "baseline.json"
    page.write_text("yesterday's page")

    def full_disk(path, pieces):
        path.write_text(next(iter(pieces)))  # the file is created and a first piece written, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(runs, "_write_pieces", full_disk)
    args = ["audit", str(planted), "--only", "coverage", "--labels", str(labels), "--baseline", str(baseline)]
    assert CliRunner().invoke(main, args).exit_code == 1
    assert CliRunner().invoke(main, ["audit", str(planted), "--only", "coverage", "--html", str(page)]).exit_code == 1
    monkeypatch.undo()
    assert not baseline.exists() and page.read_text() == "yesterday's page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["golden.csv", "review.html"]  # no temp file left


def test_skus_of_any_type_are_counted_as_text_and_only_the_kept_findings_become_rows(planted, tmp_path, monkeypatch):
    """Only the kept findings are turned into Python rows (every row's took 1.5 s of 3 s for two audits flagging
    672,000 answers at 100,000 items, the scale pass); every flagged sku is still counted, as text."""
    import enrich.audit
    from enrich.sql import query

    monkeypatch.setattr(enrich.audit, "MAX_FINDINGS", 2)
    _, rows = query(planted, "SELECT count(*), list(DISTINCT length(sku)), list(DISTINCT [sku, 'x']) FROM items")
    [(count, lengths, pairs)] = rows
    for name, sku, expected in (
        ("int_sku", "length(sku)", {str(n) for n in lengths}),
        ("list_sku", "[sku, 'x']", {str(p) for p in pairs}),
    ):
        sql = f"SELECT {sku} AS sku, NULL AS question_id, 'x' AS detail FROM items"
        [result] = run_audits(planted, load_audits(custom_audit(tmp_path / name, name, "-- threshold: 1\n", sql)))
        assert len(result.findings) == 2 and all(isinstance(f.sku, str) for f in result.findings)
        assert result.total_findings == count and result.skus == expected


def test_an_audit_past_its_findings_cap_keeps_the_same_ones_from_run_to_run(planted, tmp_path, monkeypatch):
    """The findings kept past MAX_FINDINGS were those DuckDB returned first, which changed from run to run at
    100,000 items (the JSON and the review page showed other items each time): they are the first by sku now."""
    from enrich import audit as auditing
    from enrich.sql import query

    monkeypatch.setattr(auditing, "MAX_FINDINGS", 2)
    folder = custom_audit(
        tmp_path / "q",
        "all",
        "-- threshold: 1\n",
        "SELECT sku, NULL AS question_id, sku AS detail FROM items ORDER BY sku DESC",
    )
    [result] = run_audits(planted, load_audits(folder))
    skus = sorted(row[0] for row in query(planted, "select sku from items")[1])
    assert [f.sku for f in result.findings] == skus[:2] and result.flagged == len(skus)


def test_a_map_sku_is_counted_as_its_findings_name_it(planted, tmp_path):
    """pc.unique takes no MAP: the fallback wrote each as its [(key, value)] pairs while the findings, read as
    `enrich sql` writes a MAP, named it {key: value}: the flagged skus named none of the findings' items."""
    sql = "SELECT map([sku], [1]) AS sku, NULL AS question_id, 'x' AS detail FROM items"
    [result] = run_audits(planted, load_audits(custom_audit(tmp_path / "m", "m", "-- threshold: 1\n", sql)))
    assert result.findings and {f.sku for f in result.findings} <= result.skus


def test_seller_color_mismatch_reads_answers_that_loop_for_thousands_of_tokens_in_bounded_memory(tmp_path):
    """A 2,000-token loop ("a red t-shirt with a red t-shirt with a ...") names the seller's garment hundreds of
    times: each of those spans carried the answer's three texts, and the whole text was searched again per span, so
    20 such answers needed over 128 MB and 100 failed the default 640 MB (exit 1: no audit's verdict at all)."""
    from enrich.config import QueryLimits

    loop = ("a red t-shirt with a " * 400)[:8000]
    items, answers = [], []
    for n in range(20):
        item, rows = healthy(f"loop-{n:02}", 0)  # a red t-shirt the seller calls Olive: the loop's red is flagged
        item.update(seller_color="green", seller_color_raw="Olive")
        text(rows, "description", loop)
        items.append(item)
        answers += rows
    out = write_output(tmp_path / "out", items, answers)
    audits = load_audits(bundled_queries_dir(), ("seller_color_mismatch",))
    [result] = run_audits(out, audits, QueryLimits("128MB", 120))
    described = sorted(f.sku for f in result.findings if f.question_id == "description")
    assert described == [f"loop-{n:02}" for n in range(20)]
    assert all(f.detail.endswith(loop) for f in result.findings if f.question_id == "description")
