"""A corpus of realistic BLIP-2 outputs, failures and correct answers, to measure the audits on.

Each Case is one product in the documented items/answers layout: a caption and the answers to its questions. A
text marked with a failure kind is a known failure; every other text is a correct answer. The phrasings follow
what BLIP-2 OPT-2.7b and the original experiments' adapters produce (../shared/CONTEXT.md, "What went wrong"):
loops, answers cut mid-sentence, the caption template returned for every prompt, one color for every garment,
prompt leaks from the `Question: ... Answer:` format, invented details. Three sets: DEVELOPMENT was written before
the new audits and used while writing them; CHECK was written afterwards by the same hand, knowing the rules, and
never changed to suit them; EDGES holds only correct answers, written to probe false positives (colors of walls and
prints, striped garments, layers, "tucked in").
tests/audit_blind/ adds one thousand six hundred and eighty-one sets written blind by other hands.

`python -m tests.audit_corpus` prints recall and the false-positive rate per set (the figures in docs/audits.md).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

# failure kind -> the audits that target it (a failure counts as found when one of these flags its text)
TARGETS = {
    "cut": {"cut_mid_phrase", "hit_token_limit"},
    # saying nothing: no answer, or only the question's words back ("they are short" for the shorts' details)
    "non_answer": {"non_answer", "empty_answer", "verbose_or_restated"},
    # a color or garment the other texts, or the seller, contradict; a color another text gives another garment
    "contradiction": {
        "open_answers_contradict",
        "caption_contradicts_answer",
        "pattern_or_sleeves_contradict",
        "color_of_another_garment",
        "seller_category_mismatch",
        "seller_color_mismatch",
        "accessory_answered_as_garment",
        "count_vs_title",
        "material_vs_catalog",
        "kind_vs_title",
        "one_color_for_two_garments",
    },
    # an open answer that gives the product another garment's color contradicts the text that has it right
    "other_garment_color": {
        "color_of_another_garment",
        "caption_contradicts_answer",
        "open_answers_contradict",
        "seller_color_mismatch",
        "one_color_for_two_garments",
    },
    "loop": {"repetition_loop"},
    "leak": {"prompt_leak"},
    "unsupported": {"unsupported_claim", "material_vs_catalog"},
    "restated": {"verbose_or_restated", "non_answer"},
    "pronoun": {"pronoun_vs_gender"},
}


# audits that report on the seller map, not on a text: "Kids T-Shirts" is unmapped whatever the model said; and on
# the run as a whole: with every set in one output, "yes" to "Is this a pair of jeans?" for 90% of the sets' items
# is a statistic of the mix, which says nothing of any one text
RUN_AND_MAP_REPORTS = {"seller_unmapped", "collapsed_answer"}


@dataclass(frozen=True)
class Text:
    question_id: str  # "caption" for the caption
    prompt: str
    kind: str  # open | closed | caption
    text: str
    failure: str | None = None  # a TARGETS key, None for a correct answer
    hit_limit: bool = False


@dataclass(frozen=True)
class Case:
    sku: str
    texts: tuple[Text, ...]
    gender: str | None = None
    extra: dict = field(default_factory=dict)  # catalog columns


def ask(question: str) -> str:
    return f"Question: {question} Answer:"


def caption(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text("caption", "", "caption", text, failure, hit_limit)


def wearing(text: str, failure: str | None = None, who: str = "the person", hit_limit: bool = False) -> Text:
    return Text("wearing", ask(f"What is {who} wearing?"), "open", text, failure, hit_limit)


def describe(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text("description", ask(f"Describe the {garment}."), "open", text, failure, hit_limit)


def details(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text("details", ask(f"What are the {garment} details?"), "open", text, failure, hit_limit)


def color_of(
    garment: str, text: str, failure: str | None = None, kind: str = "closed", hit_limit: bool = False
) -> Text:
    """The experiments' color question; stored closed (reference engine) or open (free generation)."""
    qid, prompt = f"color_{garment.replace(' ', '_')}", ask(f"What is the color of the {garment}?")
    return Text(qid, prompt, kind, text, failure, hit_limit)


def material(text: str, failure: str | None = None) -> Text:
    return Text("material", ask("What material is the garment made of?"), "open", text, failure)


def color(text: str, failure: str | None = None) -> Text:
    """The default questionnaire's closed color question (reference engine: raw text kept when unmapped)."""
    return Text("color", ask("What is the color of the garment?"), "closed", text, failure)


def garment_type(text: str, failure: str | None = None) -> Text:
    return Text("garment_type", ask("What type of garment is this?"), "closed", text, failure)


def case(sku: str, *texts: Text, gender: str | None = None, **extra) -> Case:
    return Case(sku, texts, gender, extra)


def question(question_id: str, text: str, kind: str):
    """A maker of one question's texts, for a set that asks its own: question("pattern", "What is ...?", "closed")."""
    prompt = ask(text)

    def make(answer: str, failure: str | None = None, hit_limit: bool = False) -> Text:
        return Text(question_id, prompt, kind, answer, failure, hit_limit)

    return make


# enrich's default questionnaire (jobs/questionnaire.toml), one maker per question
DEFAULT_QUESTIONS = SimpleNamespace(
    **{
        qid: question(qid, text, kind)
        for qid, text, kind in (
            ("wearing", "What is the person wearing?", "open"),
            ("garment_type", "What type of garment is this?", "closed"),
            ("color", "What is the color of the garment?", "closed"),
            ("pattern", "What is the pattern of the garment?", "closed"),
            ("sleeve_length", "How long are the sleeves?", "closed"),
            ("description", "Describe the garment.", "open"),
            ("details", "What are the details of the garment?", "open"),
            ("material", "What material is the garment made of?", "open"),
        )
    }
)

# the closed questions and the material question the blind writers asked in their own words (the VQA data's
# sleeve prompt, not the default questionnaire's), one maker each, and their yes/no garment question
BLIND_QUESTIONS = SimpleNamespace(
    **{
        qid: question(qid, text, kind)
        for qid, text, kind in (
            ("garment_type", "What type of garment is this?", "closed"),
            ("color", "What is the color of the garment?", "closed"),
            ("pattern", "What is the pattern of the garment?", "closed"),
            ("sleeve_length", "What is the sleeve length of the garment?", "closed"),
            ("material", "What material is the garment made of?", "open"),
        )
    }
)


def is_a(garment: str, text: str, failure: str | None = None, hit_limit: bool = False, article: str = "a") -> Text:
    """ "Is this a kurta?", stored closed: the VQA data's yes/no garment question."""
    return Text(
        f"is_{garment.replace(' ', '_')}", ask(f"Is this {article} {garment}?"), "closed", text, failure, hit_limit
    )


DEVELOPMENT = [
    case(
        "d01",
        caption("a woman wearing a white tank top and black shorts"),
        wearing("a white tank top and black shorts"),
        color_of("shorts", "White", "other_garment_color"),
        details("shorts", "The shorts details are the pockets and the", "cut"),
        gender="female",
    ),
    case(
        "d02",
        caption("a man wearing a blue shirt and jeans"),
        wearing("a blue shirt and jeans", who="he"),
        describe("shirt", "The shirt is made of cotton and has a collar", "unsupported"),
        details("shirt", "The shirt details are the buttons and the", "cut"),
        color_of("shirt", "blue"),
        gender="male",
    ),
    case(
        "d03",
        caption("a woman in a red dress standing in front of a white wall"),
        wearing("a red dress", who="she"),
        describe("dress", "the dress is red and knee length with thin straps"),
        details("dress", "yes", "non_answer"),
        color_of("dress", "red"),
        gender="female",
    ),
    case(
        "d04",
        caption("a man wearing a grey hoodie and black track pants"),
        wearing("a grey hoodie and black pants"),
        describe("hoodie", "a grey hoodie with a kangaroo pocket and a drawstring hood"),
        color(
            "Cream-black-black-black",
            "loop",
        ),
        garment_type("sweater"),
        gender="male",
    ),
    case(
        "d05",
        caption("a woman wearing a pink top and white pants"),
        wearing("a pink top and white pants"),
        color_of("pants", "pink", "other_garment_color"),
        color_of("top", "Pink-p-pink-pink? Answer: Cream", "leak"),
        gender="female",
    ),
    case(
        "d06",
        caption("a man in a black t-shirt and blue jeans"),
        wearing("a black t-shirt and blue jeans"),
        describe("t-shirt", "the t-shirt is white with short sleeves and a round neck", "contradiction"),
        details("t-shirt", "the t-shirt has a small logo on the chest"),
        gender="male",
    ),
    case(
        "d07",
        caption("a woman in a red dress"),
        wearing("a white shirt and blue jeans", "contradiction"),
        describe("dress", "a red dress with a v-neck and short sleeves"),
        gender="female",
    ),
    case(
        "d08",
        caption("a man wearing a white shirt and black pants"),
        wearing("a grey shirt, grey jeans and grey pants", "contradiction"),
        color_of("shirt", "grey", "contradiction"),
        gender="male",
    ),
    case(
        "d09",
        caption("a woman wearing a yellow top and blue jeans"),
        details("skirt", "the skirt has pleats and a zipper on the side", "contradiction"),
        describe("top", "a yellow top with short puff sleeves"),
        gender="female",
    ),
    case(
        "d10",
        caption("a man wearing a t-shirt with a t-shirt with a t-shirt with a t-shirt", "loop"),
        wearing("a t-shirt and shorts"),
        describe("t-shirt", "black-black-black-black-black-black-black-black", "loop"),
        gender="male",
    ),
    case(
        "d11",
        caption("a woman wearing a denim jacket over a white dress"),
        wearing("a denim jacket and a white dress"),
        details("jacket", "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar", "loop"),
        color_of("dress", "white"),
        gender="female",
    ),
    case(
        "d12",
        caption("a man wearing a black t-shirt and jeans"),
        wearing("a black t-shirt and jeans. Question: What is the color of the shirt? Answer: black", "leak"),
        describe("t-shirt", "Answer: the t-shirt is black with a white print", "leak"),
        gender="male",
    ),
    case(
        "d13",
        caption("a man wearing a nike t-shirt and black shorts", "unsupported"),
        material("100% cotton", "unsupported"),
        details("t-shirt", "the t-shirt is a polyester blend with a crew neck", "unsupported"),
        gender="male",
    ),
    case(
        "d14",
        caption(
            "the lady is wearing a short-sleeve shirt with pure color patterns. the shirt is with cotton fabric. "
            "it has a round neckline. the lady wears a long",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "the lady is wearing a short-sleeve shirt with pure color patterns", "non_answer"),
        wearing("jeans", "non_answer"),
        gender="female",
    ),
    case(
        "d15",
        caption("a woman wearing a green kurta and white leggings"),
        wearing("a green kurta and white leggings"),
        describe("kurta", "The kurta is a pink dress with a floral print", "contradiction"),
        details("kurta", "a", "cut"),
        gender="female",
    ),
    case(
        "d16",
        caption("a man wearing a red t-shirt and blue jeans"),
        wearing("a red t-shirt and blue jeans"),
        color_of("shirt", "blue", "other_garment_color"),
        describe("shirt", "no", "non_answer"),
        gender="male",
    ),
    case(
        "d17",
        caption("a man wearing a navy blue polo shirt"),
        wearing("a navy blue polo shirt"),
        describe("shirt", "a navy blue polo shirt with a white logo on the chest"),
        details("shirt", "buttons buttons buttons buttons buttons", "loop"),
        color("navy"),
        garment_type("t-shirt"),
        gender="male",
    ),
    case(
        "d18",
        caption("a woman in a yellow dress and a blue denim jacket"),
        wearing("a blue denim jacket and a yellow dress"),
        color_of("dress", "blue", "other_garment_color"),
        details("dress", "what are the dress details", "restated"),
        gender="female",
    ),
    case(
        "d19",
        caption("a man in a black jacket and grey t-shirt"),
        wearing("a black jacket and a grey t-shirt"),
        garment_type("t-shirt"),
        color("black", "other_garment_color"),
        describe("t-shirt", "a blue adidas t-shirt with white stripes", "unsupported"),
        gender="male",
    ),
    case(
        "d20",
        caption("a woman wearing a dress question: what is she wearing? answer: a dress", "leak"),
        wearing("pink dress"),
        details("dress", "the dress has a zipper at the back and a belt at the waist and the skirt", "cut"),
        gender="female",
    ),
    case(
        "d21",
        caption("a man wearing a pink top and white jeans", "pronoun"),
        wearing("he is wearing a pink top", "pronoun"),
        gender="female",
    ),
    case(
        "d22",
        caption("a woman wearing a white t-shirt and blue jeans"),
        wearing("a white t-shirt and blue jeans"),
        describe("t-shirt", "the t-shirt is white with a round neck and short sleeves"),
        details("jeans", "the jeans have five pockets and a zipper fly"),
        color_of("t-shirt", "white"),
        color_of("jeans", "blue"),
        gender="female",
    ),
    case(
        "d23",
        caption("a man in a checked shirt and khaki pants"),
        wearing("a checked shirt and khaki pants"),
        describe("shirt", "a checked shirt with long sleeves and a pocket on the chest"),
        details("shirt", "the shirt has a collar and buttons down the front"),
        material("cotton"),
        gender="male",
    ),
    case(
        "d24",
        caption("a pair of blue jeans on a white background"),
        describe("jeans", "a pair of light blue jeans with a straight leg"),
        details("jeans", "the jeans are ripped at the knees"),
        color("blue"),
        garment_type("jeans"),
        material("denim"),
    ),
    case(
        "d25",
        caption("a young man wearing a maroon sweatshirt and black track pants"),
        wearing("a maroon sweatshirt and black pants"),
        color_of("sweatshirt", "maroon"),
        details("sweatshirt", "ribbed cuffs and hem"),
        gender="male",
    ),
    case(
        "d26",
        caption("a woman in a black and white striped shirt"),
        wearing("a black and white striped shirt"),
        color_of("shirt", "black and white", kind="open"),
        details("shirt", "the shirt is tucked in"),
        gender="female",
    ),
    case(
        "d27",
        caption("a man wearing a black leather jacket"),
        describe("jacket", "it is a black leather jacket with a zipper"),
        details("jacket", "the jacket has a zipper and two pockets"),
        material("leather"),
        gender="male",
    ),
    case(
        "d28",
        caption("a woman wearing a pink kurta with white embroidery"),
        describe("kurta", "a pink kurta with white embroidery around the neckline"),
        color_of("kurta", "pink"),
        gender="female",
    ),
    case(
        "d29",
        caption("a boy in a striped t-shirt"),
        wearing("a striped t-shirt and shorts", who="he"),
        details("t-shirt", "short sleeves and a crew neck"),
        gender="male",
    ),
    case(
        "d30",
        caption("a woman in a blue dress standing against a white background"),
        wearing("a blue dress and sandals"),
        describe("dress", "The dress is blue with a white collar"),
        color("blue"),
        garment_type("dress"),
        gender="female",
    ),
]

CHECK = [  # written after the audits, and not changed to suit them (see the module docstring)
    case(
        "k01",
        caption("a man in a olive green t-shirt standing with his hands in his pockets"),
        wearing("a green t-shirt and blue jeans"),
        color_of("shirt", "green"),
        describe("shirt", "it is a plain green t-shirt with a round neck"),
        gender="male",
    ),
    case(
        "k02",
        caption("a woman wearing a maroon kurta with gold print"),
        wearing("a kurta and leggings", who="she"),
        details("kurta", "the kurta has a mandarin collar and three quarter sleeves"),
        color_of("kurta", "maroon"),
        gender="female",
    ),
    case(
        "k03",
        caption("a man wearing a sweatshirt with a hood"),
        wearing("a grey sweatshirt and black joggers"),
        color_of("sweatshirt", "black", "other_garment_color"),
        gender="male",
    ),
    case(
        "k04",
        caption("a young woman in a floral dress posing for a picture"),
        describe("dress", "the dress is white with pink flowers"),
        details("dress", "the dress has a", "cut"),
        wearing("she is wearing a floral dress", who="she"),
        gender="female",
    ),
    case(
        "k05",
        caption("a man wearing a blue and white checked shirt"),
        describe(
            "shirt",
            "the shirt is a blue and white checked shirt with a button down collar and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a pocket on the chest"),
        material("100% cotton", "unsupported"),
        gender="male",
    ),
    case(
        "k06",
        caption("a woman wearing black track pants and a white t-shirt"),
        color_of("pants", "white", "other_garment_color"),
        wearing("track pants and a t-shirt"),
        details("pants", "the pants have white stripes on the sides"),
        gender="female",
    ),
    case(
        "k07",
        caption("a man in a denim jacket"),
        wearing("a denim jacket and a white t-shirt"),
        describe("jacket", "jacket jacket jacket jacket jacket", "loop"),
        color_of("jacket", "blue"),
        gender="male",
    ),
    case(
        "k08",
        caption("a pair of black shorts"),
        describe("shorts", "no", "non_answer"),
        details("shorts", "an elastic waistband with a drawstring"),
        color_of("shorts", "black"),
    ),
    case(
        "k09",
        caption("a man wearing a red polo shirt and white shorts"),
        wearing("a red polo shirt and white pants", "contradiction"),
        color_of("shirt", "red"),
        gender="male",
    ),
    case(
        "k10",
        caption("a woman in a purple top and jeans"),
        describe("top", "a purple top with lace details on the sleeves"),
        details("top", "lace on the sleeves and a keyhole neckline"),
        color_of("top", "purple"),
        gender="female",
    ),
    case(
        "k11",
        caption("a man wearing a grey sweater"),
        describe("sweater", "a grey knit sweater with a crew neck and ribbed cuffs"),
        details("sweater", "the sweater is made of wool and has a crew neck", "unsupported"),
        wearing("a grey sweater"),
        gender="male",
    ),
    case(
        "k12",
        caption("a woman in a yellow dress"),
        wearing("a yellow dress"),
        color_of("dress", "Yellow-yellow-yellow-yellow", "loop"),
        details("dress", "Question: What are the dress details? Answer: the dress has", "leak"),
        gender="female",
    ),
    case(
        "k13",
        caption("a man wearing a white shirt"),
        describe("shirt", "a white formal shirt with full sleeves"),
        details("shirt", "the shirt has a spread collar and a curved hem"),
        color_of("shirt", "white"),
        gender="male",
    ),
    case(
        "k14",
        caption("a woman wearing a pink sweatshirt and blue jeans"),
        describe("sweatshirt", "the sweatshirt is blue with a pink logo", "contradiction"),
        wearing("a pink sweatshirt and blue jeans"),
        gender="female",
    ),
    case(
        "k15",
        caption("a man in a navy blue t-shirt and khaki shorts"),
        wearing("a navy blue t-shirt and khaki shorts"),
        color_of("t-shirt", "khaki", "other_garment_color"),
        gender="male",
    ),
    case(
        "k16",
        caption("the back of a woman wearing a black top"),
        wearing("black top"),
        describe("top", "the top is black with thin straps"),
        gender="female",
    ),
    case(
        "k17",
        caption("a man wearing a printed shirt and sunglasses"),
        details("shirt", "leaves", "non_answer"),
        describe("shirt", "a printed shirt with a leaf pattern, short sleeves and a", "cut"),
        gender="male",
    ),
    case(
        "k18",
        caption("a woman wearing a white kurti with blue embroidery"),
        wearing("a white kurti and blue jeans"),
        describe("kurti", "the kurti is a cotton kurti with blue embroidery", "unsupported"),
        gender="female",
    ),
    case(
        "k19",
        caption("a man wearing a brown jacket over a black t-shirt"),
        color_of("jacket", "brown"),
        color_of("t-shirt", "brown", "other_garment_color"),
        details("jacket", "the jacket has a zipper and two side pockets"),
        gender="male",
    ),
    case(
        "k20",
        caption("a man wearing a white t-shirt and jeans"),
        wearing("Answer: a white t-shirt and jeans", "leak"),
        describe("t-shirt", "the t-shirt is white with a small print on the front"),
        gender="male",
    ),
    case(
        "k21",
        caption("a girl in a pink dress"),
        wearing("she is wearing a pink dress", who="she"),
        describe("dress", "the dress is pink and has ruffles at the hem"),
        gender="female",
    ),
    case(
        "k22",
        caption("a man in a green shirt and white pants"),
        describe("shirt", "the dress is green with a belt", "contradiction"),
        gender="male",
    ),
    case(
        "k23",
        caption("a man wearing a t-shirt that says just do it"),
        color_of("t-shirt", "what is the color of the t-shirt", "restated"),
        gender="male",
    ),
    case(
        "k24",
        caption("a woman wearing a black and white striped t-shirt"),
        color_of("t-shirt", "black and white", kind="open"),
        gender="female",
    ),
    case(
        "k25",
        caption("a man wearing a maroon t-shirt"),
        color_of("t-shirt", "red"),
        describe("t-shirt", "the t-shirt is maroon with a v neck"),
        gender="male",
    ),
    case(
        "k26",
        caption("a woman in a lavender top"),
        color_of("top", "purple"),
        details("top", "the top has puff sleeves and a square neckline"),
        gender="female",
    ),
    case(
        "k27",
        caption("a man wearing a charcoal grey track jacket and black pants"),
        wearing("a grey jacket and black pants"),
        describe("jacket", "a grey track jacket with a full zip and two pockets"),
        color_of("jacket", "black", "other_garment_color"),
        gender="male",
    ),
    case(
        "k28",
        caption("a woman wearing a beige trench coat"),
        describe("coat", "the coat is beige with a belt at the waist"),
        details("coat", "buttons, belt, pockets"),
        gender="female",
    ),
    case(
        "k29",
        caption("a man wearing a white shirt and a pair of blue jeans and a pair of blue jeans and a pair of", "loop"),
        gender="male",
    ),
    case(
        "k30",
        caption("a woman in a blue denim dress"),
        wearing("a blue denim dress"),
        describe("dress", "a blue denim dress with buttons down the front and a tie at the waist"),
        material("denim"),
        gender="female",
    ),
]

EDGES = [  # correct answers written to probe false positives: background colors, patterns, layers, particles
    case(
        "e01",
        caption("a woman wearing a black top and a white skirt with a black belt"),
        color_of("skirt", "white"),
        gender="female",
    ),
    case("e02", caption("a woman in a dress with a jacket on"), wearing("a dress with a jacket on"), gender="female"),
    case("e03", caption("a man in a red plaid shirt"), describe("shirt", "a red and black plaid shirt"), gender="male"),
    case(
        "e04",
        caption("a woman wearing a white shirt and black pants in front of a grey wall"),
        color_of("shirt", "white"),
        color_of("pants", "black"),
        gender="female",
    ),
    case(
        "e05",
        caption("a man wearing blue jeans and a white t-shirt"),
        wearing("blue jeans, a white t-shirt and white sneakers"),
        gender="male",
    ),
    case(
        "e06",
        caption("a man in a brown leather jacket"),
        describe("jacket", "the jacket is brown leather"),
        details("jeans", "the jeans are slim fit"),
        gender="male",
    ),
    case(
        "e07",
        caption("a man in a blue shirt"),
        describe("shirt", "the shirt is white, with blue stripes"),
        color_of("shirt", "dark blue"),
        gender="male",
    ),
    case(
        "e08",
        caption("a man wearing a white shirt and a blue blazer"),
        color_of("shirt", "white"),
        color_of("blazer", "blue"),
        gender="male",
    ),
    case(
        "e09",
        caption("a woman in a black dress with white polka dots"),
        color_of("dress", "black"),
        describe("dress", "a black dress with white polka dots and a v-neck"),
        gender="female",
    ),
    case(
        "e10",
        caption("a man in a blue striped shirt"),
        describe("shirt", "a white shirt with thin blue stripes"),
        details("shirt", "button closure"),
        gender="male",
    ),
    case(
        "e11",
        caption("a man in a black suit and white shirt"),
        wearing("a black suit and a white shirt"),
        gender="male",
    ),
    case(
        "e12",
        caption("a woman wearing a light blue shirt"),
        describe("shirt", "the shirt is light blue"),
        details("shirt", "the shirt has a chest pocket with a flap and a button"),
        gender="female",
    ),
    case(
        "e13",
        caption("a man wearing a gray t-shirt"),
        wearing("a grey t-shirt"),
        color("grey"),
        garment_type("t-shirt"),
        gender="male",
    ),
    case(
        "e14",
        caption("a woman in a white top and blue jeans"),
        describe("top", "the top is white and the jeans are blue"),
        gender="female",
    ),
    case(
        "e15",
        caption("a man wearing a grey t-shirt with a black and white print"),
        color_of("t-shirt", "grey"),
        gender="male",
    ),
    case(
        "e16",
        caption("a pair of jeans"),
        describe("jeans", "a pair of dark wash jeans"),
        details("jeans", "two back pockets and a button fly"),
        color("navy"),
        garment_type("jeans"),
    ),
    case(
        "e17",
        caption("a man wearing a white t-shirt with a black graphic print"),
        describe("t-shirt", "a white t-shirt with a black graphic print on the front"),
        gender="male",
    ),
    case(
        "e18",
        caption("a woman wearing a green top and a denim skirt"),
        wearing("a green top and a denim skirt"),
        describe("top", "the top is green with short sleeves"),
        details("skirt", "the skirt is knee length with a zipper on the side"),
        gender="female",
    ),
    case(
        "e19",
        caption("a man wearing a hoodie"),
        wearing("a black hoodie"),
        describe("hoodie", "a black hoodie with a white logo on the front"),
        color_of("hoodie", "black"),
        gender="male",
    ),
    case(
        "e20",
        caption("a woman wearing a blue kurta and white pants"),
        describe("kurta", "the kurta is blue with white embroidery"),
        color_of("kurta", "blue"),
        gender="female",
    ),
    case(  # the demo model's words for a rendered dress: its skirt is part of it
        "e21",
        caption("a product photo of a sleeveless green dress"),
        describe("garment", "a green dress with no sleeves, a waist seam and a flared skirt"),
        details("garment", "no sleeves, a waist seam and a flared skirt"),
    ),
]

SETS = {"development": DEVELOPMENT, "check": CHECK, "edges": EDGES}


def all_sets() -> dict[str, list[Case]]:
    """These sets, written knowing the rules, then the ones written blind (tests/audit_blind/: BLIND_1, BLIND_2...)."""
    import tests.audit_blind as blind

    return {**SETS, **{f"blind-{n}": getattr(blind, f"BLIND_{n}") for n in range(1, len(blind.__all__) + 1)}}


def rows(cases: list[Case]) -> tuple[list[dict], list[dict]]:
    """items and answers rows in the documented layout (closed answers as `--engine reference` stores them)."""
    from enrich.config import default_questionnaire
    from enrich.questionnaire import load_questionnaire

    vocabulary = {q.id: q for q in load_questionnaire(default_questionnaire()).questions}
    items, answers = [], []
    for c, seller in zip(cases, _seller_columns([c.extra for c in cases])):
        cap = next((t for t in c.texts if t.kind == "caption"), None)
        items.append(
            {
                "run_id": "r1",
                "sku": c.sku,
                "status": "ok",
                "caption_en": cap.text if cap else "",
                "caption_pt": "legenda",
                "caption_tokens": 50 if cap and cap.hit_limit else len((cap.text if cap else "").split()) + 2,
                "caption_hit_limit": bool(cap and cap.hit_limit),
                "engine": "reference",
                **({"gender": c.gender} if c.gender else {}),
                **c.extra,
                **seller,
            }
        )
        for t in c.texts:
            if t.kind != "caption":
                answers.append(_answer(c.sku, t, vocabulary))
    return items, answers


def _seller_columns(extras: list[dict]) -> list[dict]:
    """The seller columns a run with the sample map (jobs/seller_map_myntra.toml) adds for each case's category and
    color: the questionnaire's value, NULL when unmapped, and the seller's own words; {} for a case with neither.
    One pass of the map over every case, as a run makes it (one per case took a third of the corpus test)."""
    import pyarrow as pa

    from enrich.seller import apply

    wanted = [n for n, extra in enumerate(extras) if {"category", "color"} & set(extra)]
    found: list[dict] = [{} for _ in extras]
    if wanted:
        schema = pa.schema([("category", pa.string()), ("color", pa.string())])
        table = pa.Table.from_pylist([{k: extras[n].get(k) for k in schema.names} for n in wanted], schema=schema)
        for n, row in zip(wanted, apply(_seller_map(), table).to_pylist()):
            found[n] = {k: v for k, v in row.items() if k.startswith("seller_")}
    return found


@functools.cache
def _seller_map():
    import tomllib

    from enrich.config import default_questionnaire
    from enrich.questionnaire import load_questionnaire
    from enrich.seller import build_seller_map

    path = Path(__file__).resolve().parents[1] / "jobs" / "seller_map_myntra.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8")) | {"columns": {"category": "garment_type", "color": "color"}}
    return build_seller_map(data, load_questionnaire(default_questionnaire()), source=str(path))


def _answer(sku: str, t: Text, vocabulary: dict) -> dict:
    canonical = None
    if t.kind == "closed":  # a color question by its prompt ("What is the shirt color?"); a yes/no one keeps yes or no
        color = t.question_id.startswith("color") or "color" in t.prompt.lower()
        question = vocabulary.get("color" if color else t.question_id)
        said = t.text.strip().rstrip(".!").lower()  # ("Yes." and "no\n" as the questionnaire reads them)
        if question:
            canonical = question.normalize(t.text)
        elif re.match(
            r"(?:question:\s*)?(?:is|are|does|do|did|can|could|has|have|was|were|will|would|should)\b", t.prompt.lower()
        ):
            canonical = {"yes": "yes", "no": "no"}.get(said)
        else:  # a set's own closed question ("What is the fit?"): its values are the set's, unknown here, so the
            # answer is taken as one of them, as a questionnaire defining them would store it
            canonical = said or None
    return {
        "run_id": "r1",
        "sku": sku,
        "question_id": t.question_id,
        "prompt": t.prompt,
        "kind": t.kind,
        "status": "out_of_vocabulary" if t.kind == "closed" and canonical is None else "ok",
        "answer_en": canonical or t.text,
        "raw_en": t.text,
        "answer_pt": "resposta",
        "answer_pt_source": "glossary" if canonical else "mt",
        "num_tokens": 30 if t.hit_limit else len(t.text.split()) + 1,
        "hit_limit": t.hit_limit,
        "confidence": None,
    }


@dataclass(frozen=True)
class Score:
    failures: int
    found: int
    correct: int
    false_positives: int
    missed: list[str]
    flagged_correct: list[str]
    by_kind: dict

    @property
    def recall(self) -> float:
        return self.found / self.failures if self.failures else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.false_positives / self.correct


def measure(cases: list[Case], out: Path) -> Score:
    """Write the cases as an output, run every bundled audit, and score texts against the findings."""
    return measure_sets({"set": cases}, out)["set"]


def measure_sets(sets: dict[str, list[Case]], out: Path) -> dict[str, Score]:
    """`measure` for several sets in one output and one run of the audits (a sku is prefixed with its set's name)."""
    from dataclasses import replace

    import enrich.audit
    from enrich.audit import load_audits, run_audits
    from enrich.config import bundled_queries_dir
    from tests.test_audit import write_output

    named = {
        name: [replace(c, sku=f"{name}:{c.sku}", texts=_unique_questions(c.texts)) for c in cases]
        for name, cases in sets.items()
    }
    write_output(out, *rows([c for cases in named.values() for c in cases]))
    flagged: dict[tuple[str, str], set[str]] = {}
    # every finding: a run keeps 10,000 per audit for its reports, and past 176 sets hit_token_limit had more, so the
    # sets whose findings sorted last lost theirs (blind-9, 98 and 99 read as missed cut texts)
    kept, enrich.audit.MAX_FINDINGS = enrich.audit.MAX_FINDINGS, 10**9
    try:
        results = run_audits(out, load_audits(bundled_queries_dir()))
    finally:
        enrich.audit.MAX_FINDINGS = kept
    for result in results:
        if result.audit.name in RUN_AND_MAP_REPORTS:
            continue
        for f in result.findings:
            flagged.setdefault((f.sku, f.question_id or "*"), set()).add(f.audit)
    return {name: _score(cases, flagged) for name, cases in named.items()}


def _unique_questions(texts: tuple[Text, ...]) -> tuple[Text, ...]:
    """A product's texts with one question id each, as a questionnaire has: some writers asked "What are the shirt
    details?" and "What are the pants details?" of one product, both `details` by the maker, and the findings of one
    text were scored as the other's (46 texts in 6 sets). A repeated id gets its count: details, details_2."""
    from dataclasses import replace

    seen: Counter = Counter()
    unique = []
    for t in texts:
        seen[t.question_id] += 1
        n = seen[t.question_id]
        unique.append(t if n == 1 else replace(t, question_id=f"{t.question_id}_{n}"))
    return tuple(unique)


def _score(cases: list[Case], flagged: dict[tuple[str, str], set[str]]) -> Score:
    found, missed, false_positives, by_kind = 0, [], [], Counter()
    texts = [(c.sku, t) for c in cases for t in c.texts]
    for sku, t in texts:
        audits = flagged.get((sku, t.question_id), set()) | flagged.get((sku, "*"), set())
        sku = sku.split(":", 1)[1]
        if t.failure:
            hit = bool(audits & TARGETS[t.failure])
            found += hit
            by_kind[t.failure, hit] += 1
            if not hit:
                missed.append(f"{sku}/{t.question_id} [{t.failure}]: {t.text}")
        elif audits:
            false_positives.append(f"{sku}/{t.question_id} {sorted(audits)}: {t.text}")
    failures = sum(1 for _, t in texts if t.failure)
    kinds = {k: f"{by_kind[k, True]}/{by_kind[k, True] + by_kind[k, False]}" for k in TARGETS}
    return Score(failures, found, len(texts) - failures, len(false_positives), missed, false_positives, kinds)


def main() -> None:
    import tempfile

    sets = all_sets()
    with tempfile.TemporaryDirectory() as folder:
        scores = measure_sets(sets, Path(folder))
    for name, cases in sets.items():
        score = scores[name]
        print(
            f"{name}: {len(cases)} products; {score.found}/{score.failures} failures flagged "
            f"({score.recall:.1%}); {score.false_positives}/{score.correct} correct texts flagged "
            f"({score.false_positive_rate:.1%}); by kind {score.by_kind}"
        )
        for line in score.missed:
            print("  missed", line)
        for line in score.flagged_correct:
            print("  false positive", line)


if __name__ == "__main__":
    main()
