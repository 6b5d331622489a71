"""BLIND_12 (45 products; a US/European mass-market retailer's activewear, kidswear, outerwear and swimwear, the
default questionnaire with its closed color and garment-type questions answered by free generation and kept raw,
mixed systems, a third of the products without catalog columns): written blind at the start of the tenth session
and measured blind at b4f73a2, the ninth session's final audits: 106/138 and 32/125. The writer's notes,
verbatim:

Blind corpus 12: a mass-market activewear, kidswear, outerwear and swimwear catalog, mixed systems.

Scenario. A US/European mass-market retailer enriches its catalog: activewear and sportswear (leggings, sports
bras, hoodies, joggers, running shorts, tanks, windbreakers, track jackets), kidswear (catalog gender "Boys" or
"Girls"), outerwear (puffer jackets, parkas, wool coats) and swimwear, plus a run of flat-lays (garment laid on a
plain surface, no person; gender None). The team ran the tool's default questionnaire with mixed systems, as the
experiments suggested (one adapter, or none, per question):

- caption: the untuned base model (`Salesforce/blip2-opt-2.7b`, "B" in the comments) or the caption adapter
  (`leoreigoto/Data2_V2_Blip2_Finetune_Caption`, epoch 3, or the epoch-1 adapter where noted; "CA"), 50 new tokens;
- open questions ('What is the person wearing?', 'Describe the <garment>.', 'What are the <garment> details?',
  'What material is the garment made of?'): the base model or the VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`,
  "VA"); on a few products the team tried the caption adapter on a question as well, which is how the caption
  template turns up as an answer (CONTEXT.md, "What went wrong" 2);
- the two closed questions of the default questionnaire, color ('What is the color of the garment?', `color`) and
  garment type ('What type of garment is this?', `garment_type`): free generation by one of the three systems with
  the raw text kept, so a closed answer can be a word, a phrase, a loop or a leak. 30 new tokens for every answer.

The comment above each Case says what the photo shows and which system produced which text. Catalog columns use the
retailer's own spelling (categories like 'Hoodies & Sweatshirts', 'Swim'; colors like 'Heather Grey', 'Black/White',
'Volt', 'Navy Palm'); about a third of the products carry no catalog columns at all.

How it was written. Blind: the only sources read were ../shared/CONTEXT.md (what the experiments found and what
went wrong) and the first 95 lines of tests/audit_corpus.py (the Text/Case layout, the question helpers and the
TARGETS keys). No audit code, no enrich code, no other corpus, no documentation and no audit run was seen or used;
nothing here was tuned against any rule. The texts imitate what each system does: the base model answers short and
lower-case, stops on the newline and, when it goes wrong, repeats one color for the whole outfit, takes a
background or neighbouring garment's color, gets the pronoun wrong, or invents a zip, a pocket or a logo; the
caption adapter writes the DeepFashion-MultiModal template ("The lady wears a tank top with sleeves cut off, cotton
fabric and pure color patterns...", no hue names, patterns instead of colors) and, with no end-of-answer token
trained, runs on to the limit and is cut or loops; the VQA adapter answers with In-shop vocabulary ("tee",
"jacket/coat", "sweatshirt/hoodie", vendor colors like "black-white", "yes"/"no" from its yes/no training questions)
and, having been trained on the whole `Question: ... Answer:` string, often keeps going into a new question of its
own, or loops.

Label conventions (one label per text; None = a correct answer I would accept in the catalog):
- The product is the catalog garment (the one the comment names). "The garment" in the closed questions means it.
- other_garment_color: a text gives the product the color of another garment in the photo (the leggings' black for
  the sports bra), including the untuned model's "one color for the whole outfit" when that color belongs to
  another garment.
- contradiction: a text gives the product a color, pattern, sleeve length or garment type that the photo refutes and
  that another text of the same product (or the catalog columns) states correctly; a background color offered as
  the garment's color goes here (the photo and the caption say otherwise), as does the caption template's
  "pure color patterns" or "long-sleeve" against a print or a sleeveless garment that other answers get right.
- unsupported: a detail the photo does not show (a zip on a pullover, a logo on an unseen back, a hat nobody
  wears), a person invented for a flat-lay by the caption template, a material the garment plainly is not
  (a cotton swimsuit, a leather puffer). A plausible guess at an invisible fiber ("cotton" hoodie, "polyester"
  shorts) is not held against the model.
- restated: the caption template returned in place of an answer (the caption adapter on a question), or an answer
  that only echoes the question ("the details of the shorts are the shorts details"). A single on-topic template
  sentence that does answer ("The sweater is with cotton fabric." for the material) is counted correct.
- non_answer: empty text, "yes"/"no" to a question that is not yes/no, "nothing", "clothes", or the bare class name
  given as the "details".
- pronoun: a person word (he/she, man/woman, boy/girl, lady/gentleman) whose gender contradicts the catalog gender.
  The caption template's "lady"/"gentleman" for Girls/Boys products is not counted: its gender is right, age is not
  judged.
- loop / cut / leak: a repeated word, phrase or sentence; text that stops mid-phrase; text that runs on into the
  prompt format ("Question: ... Answer: ..."). Where two apply, the label is the one a reviewer would name first:
  leak beats loop and cut (a leak that also repeats or is cut is a leak), loop beats cut, a caption template
  given as an answer is restated even when it is also cut, and a template sentence that repeats itself is a loop.
  A run-on answer from the base model that is cut at the limit is a cut even if some of what it said was right.
- hit_limit=True only on texts that ran to the 30-new-token limit (50 for captions): cuts, loops, long leaks and
  the long restated templates. Short leaks that stopped on their own, and every correct text, have it False.

Correct answers that look suspicious are deliberate and labelled None: other garments' colors in a wearing answer
or caption, background colors in a caption, layered outfits, short one-word answers, near hues and synonyms for the
retailer's names (pink for Dusty Rose, gray for Heather Grey or Charcoal, tan/brown for Camel, lavender for Lilac,
salmon for Coral, neon green for Volt), one of two colors for a two-tone garment, the ground or the motif color of a
print ("floral" for a floral print, "green" for green palms on navy), superclass garment types (pants for joggers,
sweatshirt for a hoodie) and In-shop spellings ("tee", "jacket/coat", "black-white").
Judgement calls I would defend but others might not: "white" for a black hoodie with white sleeves (right, partial);
"faux fur" as the material of a parka with a faux-fur trim (what is visible); "a green hoodie" as what the person is
wearing on a flat-lay (names the garment, no person invented); "graphic" as a description of a rash guard with a
shark print (thin, true). Proportions follow what such a mixed run gives: the adapters' runaway endings (loops,
cuts, leaks) and returned templates are the most common failures, then the base model's color mix-ups, wrong
colors, non-answers, invented details and pronouns.
"""

from __future__ import annotations

from dataclasses import replace

from tests.audit_corpus import (
    Case,
    Text,
    ask,
    caption,
    color,
    describe,
    details,
    garment_type,
    material,
    wearing,
)

__all__ = ["BLIND_12"]


def limit(t: Text) -> Text:
    """The same text, run to the 30-new-token limit (for the helpers that take no hit_limit argument)."""
    return replace(t, hit_limit=True)


def color_raw(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The closed color question answered by free generation, raw text kept."""
    return Text("color", ask("What is the color of the garment?"), "closed", text, failure, hit_limit)


def type_raw(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The closed garment-type question answered by free generation, raw text kept."""
    return Text("garment_type", ask("What type of garment is this?"), "closed", text, failure, hit_limit)


BLIND_12: list[Case] = [
    # Black high-rise 7/8 leggings on a woman, with a white cropped tee and white sneakers, grey studio backdrop.
    # caption B, wearing B, describe VA, details VA, color VA, type B.
    Case(
        "AW-LG-1001",
        (
            caption("a woman in black leggings and a white crop top standing in front of a grey wall"),
            wearing("a white t-shirt and black leggings"),
            describe(
                "leggings",
                "black Question: What is the color of the leggings? Answer: black Question: Is this a "
                "leggings? Answer: yes Question:",
                "leak",
                hit_limit=True,
            ),
            details(
                "leggings",
                "the leggings are high waisted with a wide waistband that sits above the navel and the "
                "fabric is thick and the seams are",
                "cut",
                hit_limit=True,
            ),
            color_raw(
                "black Answer: black Answer: black Answer: black Answer: black Answer: black Answer: black Answer: "
                "black Answer: black Answer:",
                "leak",
                hit_limit=True,
            ),
            type_raw("leggings"),
        ),
        "Women",
        {"category": "Leggings", "color": "Black", "title": "Women High-Rise 7/8 Training Leggings"},
    ),
    # Dusty Rose racerback sports bra on a woman, worn with black leggings. White backdrop.
    # caption CA (epoch 3), wearing B, describe B, details VA, color B, type VA.
    Case(
        "AW-SB-2040",
        (
            caption(
                "The lady wears a tank top with sleeves cut off, cotton fabric and pure color patterns. The neckline "
                "of it is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
                "patterns. The tank",
                "cut",
                hit_limit=True,
            ),
            wearing("a black sports bra and black leggings", "other_garment_color"),
            describe("sports bra", "it is a pink sports bra with a racerback"),
            details(
                "sports bra",
                "the straps, the straps, the straps, the straps, the straps, the straps, the straps, "
                "the straps, the straps, the straps,",
                "loop",
                hit_limit=True,
            ),
            color("black", "other_garment_color"),
            type_raw(
                "bra Question: Is this a bra? Answer: yes Question: What is the color of the bra? Answer: pink "
                "Question: What",
                "leak",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Sports Bras", "color": "Dusty Rose", "title": "Women Medium Support Racerback Sports Bra"},
    ),
    # Heather grey pullover hoodie on a man, black joggers, white backdrop.
    # caption CA (epoch 1), wearing B, describe CA (template returned), details B, color VA, type VA.
    Case(
        "AW-HD-3112",
        (
            caption(
                "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton "
                "fabric. It has a hooded neckline. The pants the gentleman wears is of long length. The pants are "
                "with cotton fabric and pure color patterns. The",
                "cut",
                hit_limit=True,
            ),
            wearing("he is wearing a gray hoodie and black joggers"),
            describe(
                "hoodie",
                "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with "
                "cotton fabric. It has a hooded neckline. The pants the",
                "restated",
                hit_limit=True,
            ),
            details("hoodie", "kangaroo pocket and drawstring hood"),
            color("heather grey"),
            type_raw(
                "sweatshirt/hoodie Question: Is this a sweatshirt/hoodie? Answer: yes Question: What is the color "
                "of the sweatshirt/hoodie? Answer:",
                "leak",
                hit_limit=True,
            ),
        ),
        "Men",
        {"category": "Hoodies & Sweatshirts", "color": "Heather Grey", "title": "Men Fleece Pullover Hoodie"},
    ),
    # Forest green joggers on a man with a white tee; grey floor. No catalog columns.
    # caption B, wearing B, describe B (ran on), details VA, color B, type VA.
    Case(
        "AW-JG-3307",
        (
            caption("a man in green sweatpants and a white t - shirt"),
            wearing("a white shirt and white pants", "other_garment_color"),
            describe(
                "joggers",
                "they are dark green joggers with elastic cuffs at the ankles and a drawstring at the "
                "waist and two side pockets and they look like they are made of a",
                "cut",
                hit_limit=True,
            ),
            details(
                "joggers",
                "pants Question: What is the color of the pants? Answer: green Question: Is this a pants? "
                "Answer: yes Question",
                "leak",
                hit_limit=True,
            ),
            color("green"),
            type_raw("pants"),
        ),
        "Men",
        {},
    ),
    # Black running shorts with white side piping on a woman, neon yellow tank top above. White backdrop.
    # caption CA (complete, it stopped), wearing B, describe B, details CA, color VA, type B.
    Case(
        "AW-RS-4410",
        (
            caption(
                "The lady wears a tank top with sleeves cut off, cotton fabric and pure color patterns. The neckline "
                "of it is round. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns."
            ),
            wearing("a yellow tank top and black shorts"),
            describe("shorts", "yellow running shorts", "other_garment_color"),
            details(
                "shorts",
                "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton "
                "fabric and pure color patterns. The shorts are with",
                "loop",
                hit_limit=True,
            ),
            color_raw("black-white"),
            type_raw("clothing", "non_answer"),
        ),
        "Women",
        {"category": "Shorts", "color": "Black/White", "title": 'Women 3" Running Shorts'},
    ),
    # Navy/orange color-block half-zip windbreaker with hood on a man outdoors, grey shorts, blue sky behind.
    # caption CA, wearing VA, describe B, details B, color B, type VA.
    Case(
        "AW-WB-5002",
        (
            caption(
                "This gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton "
                "fabric. It has a hooded neckline. The gentleman wears a three-point shorts. The shorts are with "
                "cotton fabric and pure color patterns. The",
                "cut",
                hit_limit=True,
            ),
            wearing(
                "jacket Question: What is the color of the jacket? Answer: navy Question: Is this a jacket? Answer: "
                "yes Question: What",
                "leak",
                hit_limit=True,
            ),
            describe("windbreaker", "a blue windbreaker with an orange stripe across the chest and a hood"),
            details(
                "windbreaker",
                "it has a zipper on the front and a pocket on the chest and a pocket on the chest and "
                "a pocket on the chest and a",
                "loop",
                hit_limit=True,
            ),
            color("blue"),
            type_raw("jacket/coat"),
        ),
        "Men",
        {"category": "Jackets", "color": "Navy/Orange", "title": "Men Packable Half-Zip Windbreaker"},
    ),
    # Red hooded puffer jacket on a boy of about eight, blue jeans, white studio backdrop.
    # caption CA (complete), wearing B, details VA, color VA, type B.
    Case(
        "KB-PF-6100",
        (
            caption(
                "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
                "has a hooded neckline. The pants the lady wears is of long length.",
                "pronoun",
            ),
            wearing("a red puffer jacket and blue jeans"),
            details("jacket", "yes", "non_answer"),
            color_raw(
                "red red red red red red red red red red red red red red red red red red red red red red red red "
                "red red red red red red",
                "loop",
                hit_limit=True,
            ),
            type_raw("a puffer jacket"),
        ),
        "Boys",
        {"category": "Boys Outerwear", "color": "Red", "title": "Boys Hooded Puffer Jacket"},
    ),
    # Girls' leggings with a pink and purple flower print on white, worn with a lilac tee. Light wood floor.
    # caption B, wearing B, describe CA, details B, material VA, color VA.
    Case(
        "KG-LG-6215",
        (
            caption("a little girl in a purple shirt and floral leggings"),
            wearing("a purple shirt and purple pants", "other_garment_color"),
            describe("leggings", "The pants are with cotton fabric and pure color patterns.", "contradiction"),
            details("leggings", "they have a flower print"),
            limit(
                material(
                    "cotton Question: What is the color of the leggings? Answer: multi Question: Is this a "
                    "leggings? Answer: yes Question:",
                    "leak",
                )
            ),
            color_raw("floral"),
        ),
        "Girls",
        {"category": "Girls Leggings", "color": "Multi Floral", "title": "Girls Dri-Fit Printed Leggings"},
    ),
    # Black one-piece swimsuit with white polka dots, scoop back, on a woman on a beach (sand, blue sea).
    # caption B, wearing B, describe VA, details B, material B, color B, type CA.
    Case(
        "SW-OP-7001",
        (
            caption("a woman in a black and white polka dot swimsuit on the beach"),
            wearing("a bathing suit"),
            describe(
                "swimsuit",
                "black and white polka dot Question: Is this a dress? Answer: no Question: What is the "
                "color of the dress? Answer:",
                "leak",
                hit_limit=True,
            ),
            details("swimsuit", "it has a low back and thin straps"),
            material("cotton", "unsupported"),
            color("blue", "contradiction"),
            type_raw(
                "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
                "round neckline. The dress is",
                "restated",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Swim", "color": "Black/White", "title": "Women Polka Dot Scoop-Back One-Piece"},
    ),
    # Flat-lay: white short-sleeve performance tee with a small black chest logo, on light grey. No catalog columns.
    # caption B, describe B, details CA (template returned), material B, color B, type VA (short leak).
    Case(
        "FL-TS-8003",
        (
            caption("a white t - shirt laying on a grey surface"),
            describe("t-shirt", "it is a white t-shirt with a small black logo"),
            details(
                "t-shirt",
                "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
                "cotton fabric. It has a round neckline. The person wears a",
                "restated",
                hit_limit=True,
            ),
            material("polyester"),
            color("white"),
            type_raw("tee Question: Is this a tee? Answer: yes", "leak"),
        ),
        None,
        {},
    ),
    # All-black set: black sports bra and black leggings on a woman, gym with a red painted wall behind.
    # caption B, wearing VA, describe B, details B, color B.
    Case(
        "AW-SB-2077",
        (
            caption("a woman in a black sports bra and leggings posing in front of a red wall"),
            wearing(
                "sports bra and leggings sports bra and leggings sports bra and leggings sports bra and leggings "
                "sports bra and leggings sports",
                "loop",
                hit_limit=True,
            ),
            describe("sports bra", "black"),
            details("sports bra", "the sports bra has a zipper on the front and a small pocket", "unsupported"),
            color("red", "contradiction"),
        ),
        "Women",
        {"category": "Sports Bras", "color": "Black"},
    ),
    # Olive hooded parka with a fur-trimmed hood on a man, dark jeans, grey backdrop.
    # caption CA (epoch 1), wearing B, describe B, details VA, color VA, type B.
    Case(
        "MN-PK-9020",
        (
            caption(
                "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It "
                "has a hooded neckline. The pants the gentleman wears is of long length. The pants are with denim "
                "fabric and pure color patterns. There is",
                "cut",
                hit_limit=True,
            ),
            wearing("a green jacket with a fur hood and jeans"),
            describe("parka", "an olive green parka with a fur lined hood"),
            details("parka", "coat", "non_answer"),
            color_raw(
                "olive Question: What cloth is the person wearing? Answer: jacket/coat Question: Is this a "
                "jacket/coat? Answer: yes Question",
                "leak",
                hit_limit=True,
            ),
            type_raw("parka"),
        ),
        "Men",
        {"category": "Coats & Parkas", "color": "Olive", "title": "Men Water-Resistant Hooded Parka"},
    ),
    # Long camel belted wool-blend coat on a woman, black turtleneck, black trousers, black boots; city street.
    # caption B, wearing B, describe B, details B, color B, type VA.
    Case(
        "WM-CT-9105",
        (
            caption("a woman in a tan coat walking down a street"),
            wearing("a black coat, black pants and black shoes", "other_garment_color"),
            describe("coat", "a long brown coat with a belt"),
            details("coat", "it has a belt and buttons"),
            color("black", "other_garment_color"),
            type_raw(
                "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat",
                "loop",
                hit_limit=True,
            ),
        ),
        "Women",
        {"category": "Coats", "color": "Camel", "title": "Women Belted Wool-Blend Coat"},
    ),
    # Girls' tankini set, coral with white horizontal stripes, by a swimming pool.
    # caption B, wearing B, details CA (template returned), color VA, type VA.
    Case(
        "KG-SW-7220",
        (
            caption("a young girl in a striped bathing suit standing by a pool"),
            wearing("he is wearing a striped swimsuit", "pronoun"),
            details(
                "swimsuit",
                "Her tank top has sleeves cut off, cotton fabric and stripe patterns. The neckline of it "
                "is round. The lady wears a shorts. The shorts",
                "restated",
                hit_limit=True,
            ),
            color("coral"),
            type_raw("no", "non_answer"),
        ),
        "Girls",
        {"category": "Girls Swim", "color": "Coral/White", "title": "Girls Striped Tankini Set"},
    ),
    # Royal blue running singlet on a man mid-stride, black shorts, outdoor path. No catalog columns.
    # caption B, wearing B, describe VA, details B, color B, type B.
    Case(
        "AW-TK-1212",
        (
            caption("a man in a blue tank top and black shorts running on a path"),
            wearing("a woman in a blue tank top and black shorts", "pronoun"),
            describe("tank top", "no", "non_answer"),
            details("tank top", "sleeveless"),
            color("blue"),
            type_raw("the type of garment is a garment", "restated"),
        ),
        "Men",
        {},
    ),
    # Flat-lay: charcoal seamless ribbed leggings folded on white.
    # caption CA, describe B, details B, material VA, color B, type VA.
    Case(
        "FL-LG-1340",
        (
            caption(
                "The lady wears a long leggings. The leggings are with knitting fabric and pure color patterns. The "
                "lady wears a long leggings. The leggings are with knitting fabric and pure color patterns. The lady "
                "wears a long",
                "loop",
                hit_limit=True,
            ),
            describe("leggings", "a pair of dark gray leggings"),
            details("leggings", "ribbed"),
            limit(
                material(
                    "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
                    "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
                    "cotton cotton cotton cotton",
                    "loop",
                )
            ),
            color("gray"),
            type_raw(
                "pants Question: Is this a pants? Answer: yes Question: What is the color of the pants? Answer: "
                "charcoal Question: What",
                "leak",
                hit_limit=True,
            ),
        ),
        None,
        {"category": "Leggings", "color": "Charcoal", "title": "Women Seamless Ribbed Leggings"},
    ),
    # Black full-zip hoodie with a large white graphic print on the chest, on a boy with grey sweatpants.
    # caption CA, describe B (ran on), details VA, material CA (one template sentence), color B, type VA.
    Case(
        "KB-HD-3390",
        (
            caption(
                "The gentleman wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
                "fabric. It has a hooded neckline. The pants the gentleman wears is of long length. The pants are "
                "with cotton fabric and pure",
                "cut",
                hit_limit=True,
            ),
            describe(
                "hoodie",
                "it is a black hoodie with a white logo on it and it has a hood and a zipper and it has a "
                "pocket on the front and it has",
                "cut",
                hit_limit=True,
            ),
            details(
                "hoodie",
                "graphic Question: Is this a sweatshirt/hoodie? Answer: yes Question: What is the color of "
                "the sweatshirt/hoodie? Answer: black",
                "leak",
                hit_limit=True,
            ),
            material("The sweater is with cotton fabric."),
            color("black and white"),
            type_raw("sweatshirt/hoodie"),
        ),
        "Boys",
        {"category": "Boys Hoodies & Sweatshirts", "color": "Black", "title": "Boys Graphic Full-Zip Hoodie"},
    ),
    # Volt (neon yellow-green) running jacket with reflective strips on the sleeves, woman, black leggings.
    # caption B, wearing CA (template returned), describe B, details B, color VA, type VA (short leak).
    Case(
        "WM-JK-5120",
        (
            caption("a woman in a yellow jacket and black leggings"),
            wearing(
                "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
                "has a stand-up collar. The pants the",
                "restated",
                hit_limit=True,
            ),
            describe("jacket", "a neon green jacket"),
            details(
                "jacket",
                "the jacket has reflective stripes on the sleeves and a reflective stripe on the back and "
                "a reflective stripe on the back and a reflective",
                "loop",
                hit_limit=True,
            ),
            color_raw("yellow"),
            type_raw("jacket/coat Question: Is this a jacket/coat? Answer: yes", "leak"),
        ),
        "Women",
        {"category": "Jackets", "color": "Volt", "title": "Women Reflective Running Jacket"},
    ),
    # Black basketball shorts with a red side stripe on a man, plain white tee. No catalog columns.
    # caption CA, wearing B, describe B, color B, type VA.
    Case(
        "MN-SH-4450",
        (
            caption(
                "This gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
                "T-shirt is with cotton fabric. The shorts are with cotton fabric and color block patterns. The "
                "T-shirt has a crew",
                "cut",
                hit_limit=True,
            ),
            wearing("a white shirt and black shorts"),
            describe("shorts", "white shorts", "other_garment_color"),
            color("black"),
            type_raw(
                "shorts Question: Is this a shorts? Answer: yes Question: What is the color of the shorts? Answer: "
                "black Question: What",
                "leak",
                hit_limit=True,
            ),
        ),
        "Men",
        {},
    ),
    # Lilac parka with a faux-fur trimmed hood on a girl, jeans and pink snow boots; no hat. White backdrop.
    # caption B, wearing VA (short leak), describe B, details VA, material B, color B.
    Case(
        "KG-PK-6600",
        (
            caption("a little girl in a purple coat with a fur hood"),
            wearing("jacket/coat Answer: jacket/coat", "leak"),
            describe("parka", "a purple parka with a fur hood, pink boots and a white hat", "unsupported"),
            details(
                "parka",
                "the hood, the sleeves, the pockets, the hood, the sleeves, the pockets, the hood, the "
                "sleeves, the pockets, the hood, the",
                "loop",
                hit_limit=True,
            ),
            material("faux fur"),
            color("lavender"),
        ),
        "Girls",
        {"category": "Girls Coats & Jackets", "color": "Lilac", "title": "Girls Faux-Fur Hood Parka"},
    ),
    # Navy leggings on a woman with a cropped heather grey sweatshirt. No catalog columns.
    # caption CA, wearing B, describe B, details VA (short leak, stopped), color B.
    Case(
        "AW-LG-1088",
        (
            caption(
                "The female wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
                "fabric. It has a round neckline. The female wears a long leggings. The leggings are with cotton "
                "fabric and",
                "cut",
                hit_limit=True,
            ),
            wearing("a grey sweatshirt and blue leggings"),
            describe("leggings", "grey leggings", "other_garment_color"),
            details("leggings", "long Question: What is the color of the leggings? Answer: navy", "leak"),
            color("grey", "other_garment_color"),
        ),
        "Women",
        {},
    ),
    # Men's 7" swim trunks, navy with a green palm-leaf print, front view on a beach; drawstring visible, no
    # accessories. caption CA (complete), wearing B, describe B, details B, material VA, color B.
    Case(
        "SW-TR-7302",
        (
            caption(
                "This gentleman wears a three-point shorts. The shorts are with cotton fabric and floral patterns. "
                "There is an accessory on his wrist.",
                "unsupported",
            ),
            wearing("swim trunks"),
            describe("swim trunks", "they are blue with green leaves"),
            details(
                "swim trunks",
                "the swim trunks have a drawstring waist and a back pocket with a velcro flap",
                "unsupported",
            ),
            limit(
                material(
                    "polyester Question: What is the color of the shorts? Answer: navy-green Question: Is this a "
                    "shorts? Answer: yes Question:",
                    "leak",
                )
            ),
            color("green"),
        ),
        "Men",
        {"category": "Swim", "color": "Navy Palm", "title": 'Men 7" Printed Swim Trunks'},
    ),
    # Flat-lay: forest green pullover hoodie with kangaroo pocket, on white.
    # caption CA (complete; invents a wearer), wearing B, details CA, color VA, type B.
    Case(
        "FL-HD-3505",
        (
            caption(
                "The person wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
                "It has a hooded neckline.",
                "unsupported",
            ),
            wearing("a green hoodie"),
            details(
                "hoodie",
                "It has a hooded neckline. It has a hooded neckline. It has a hooded neckline. It has a "
                "hooded neckline. It has a hooded",
                "loop",
                hit_limit=True,
            ),
            color("green"),
            garment_type("sweatshirt"),
        ),
        None,
        {"category": "Hoodies & Sweatshirts", "color": "Forest Green", "title": "Unisex Essential Pullover Hoodie"},
    ),
    # Color-block full-zip hoodie, black body with white sleeves, on a man with black joggers and black shoes.
    # caption B, wearing B, describe B, details B (ran on), color B, type VA.
    Case(
        "MN-HD-3620",
        (
            caption("a man in a black and white hoodie and black pants"),
            wearing(
                "black hoodie black pants black shoes black hoodie black pants black shoes black hoodie black pants "
                "black shoes black hoodie black",
                "loop",
                hit_limit=True,
            ),
            describe("hoodie", "the hoodie is black with white sleeves"),
            details(
                "hoodie",
                "it has a full zip, white sleeves, a black hood with white drawstrings, two front pockets "
                "and ribbed cuffs and the hem is also",
                "cut",
                hit_limit=True,
            ),
            color("white"),
            type_raw("yes", "non_answer"),
        ),
        "Men",
        {"category": "Hoodies & Sweatshirts", "color": "Black/White", "title": "Men Colorblock Full-Zip Hoodie"},
    ),
    # Silver metallic cropped puffer jacket on a woman, black leggings. No catalog columns.
    # caption CA, describe VA, details B, material B, color B, type B.
    Case(
        "WM-PF-5550",
        (
            caption(
                "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
                "has a stand-up collar. The lady wears a long leggings. The leggings are with cotton fabric and pure "
                "color patterns. There is an",
                "cut",
                hit_limit=True,
            ),
            describe(
                "jacket",
                "silver Question: What cloth is the person wearing? Answer: jacket/coat Question: Is this "
                "a jacket/coat? Answer: yes Question:",
                "leak",
                hit_limit=True,
            ),
            details("jacket", "cropped, with a high collar"),
            material("it's made of leather", "unsupported"),
            color("grey"),
            type_raw("a puffer jacket"),
        ),
        "Women",
        {},
    ),
    # Navy tech-fleece joggers on a boy with an orange graphic tee.
    # caption CA, wearing B, describe B, details B, color VA.
    Case(
        "KB-JG-3701",
        (
            caption(
                "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
                "It has a round neckline. The pants the gentleman wears is of long length. The pants are with cotton "
                "fabric and pure color",
                "cut",
                hit_limit=True,
            ),
            wearing("she is wearing an orange t - shirt and blue pants", "pronoun"),
            describe("joggers", "orange joggers", "other_garment_color"),
            details("joggers", "elastic cuffs and a drawstring"),
            color_raw("navy"),
        ),
        "Boys",
        {"category": "Boys Pants", "color": "Navy", "title": "Boys Tech Fleece Joggers"},
    ),
    # Lavender high-neck longline sports bra on a woman, matching lavender leggings (a set). Pale backdrop.
    # No catalog columns. caption B, wearing B, describe CA (template returned), details CA, color B, type VA.
    Case(
        "AW-SB-2150",
        (
            caption("a woman in a purple sports bra and matching leggings"),
            wearing("she is wearing purple workout clothes"),
            describe(
                "sports bra",
                "The lady wears a tank top with sleeves cut off, cotton fabric and pure color "
                "patterns. The neckline of it is round. The lady wears a long leggings.",
                "restated",
                hit_limit=True,
            ),
            details(
                "sports bra",
                "It has a high neckline. It has a high neckline. It has a high neckline. It has a high "
                "neckline. It has a high",
                "loop",
                hit_limit=True,
            ),
            color("purple"),
            type_raw("tank", "contradiction"),
        ),
        "Women",
        {},
    ),
    # Black lightweight windbreaker worn open over a grey hoodie (hood out), man, black pants. Layered.
    # caption B, wearing B, describe B, details VA, material B, color VA, type B.
    Case(
        "MN-WB-5070",
        (
            caption("a man wearing a black jacket over a gray hoodie"),
            wearing("a black jacket and a grey hoodie"),
            describe("windbreaker", "a grey windbreaker with a hood", "other_garment_color"),
            details(
                "windbreaker",
                "the zipper, the hood, the zipper, the hood, the zipper, the hood, the zipper, the "
                "hood, the zipper, the hood, the",
                "loop",
                hit_limit=True,
            ),
            material("nylon"),
            color("black"),
            type_raw("a hoodie", "contradiction"),
        ),
        "Men",
        {"category": "Jackets", "color": "Black", "title": "Men Lightweight Windbreaker"},
    ),
    # Dusty rose pullover hoodie with a small white heart print, on a girl with white leggings. No catalog columns.
    # caption B, wearing VA, describe B, details B, color B, type B.
    Case(
        "KG-HD-3810",
        (
            caption("a young boy in a pink hoodie with hearts on it", "pronoun"),
            wearing(
                "sweatshirt/hoodie Question: What is the color of the sweatshirt/hoodie? Answer: pink Question: Is "
                "this a",
                "leak",
                hit_limit=True,
            ),
            describe("hoodie", "it is a pink hoodie with white hearts"),
            details("hoodie", "the hoodie has hearts on it and a zipper", "unsupported"),
            color("pink and white"),
            type_raw("a hoodie"),
        ),
        "Girls",
        {},
    ),
    # Espresso brown ribbed flare leggings on a woman, cream knit sweater. Beige backdrop.
    # caption CA (complete), wearing B, describe B, details B, color B, type VA.
    Case(
        "WM-LG-1190",
        (
            caption(
                "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
                "It has a round neckline. The pants the lady wears is of long length. The pants are with cotton "
                "fabric and pure color patterns."
            ),
            wearing("a white sweater and brown pants"),
            describe("leggings", "they are brown"),
            details("leggings", "they are leggings", "non_answer"),
            color("white", "other_garment_color"),
            type_raw("sweater", "contradiction"),
        ),
        "Women",
        {"category": "Leggings", "color": "Espresso", "title": "Women Ribbed Flare Leggings"},
    ),
    # Flat-lay: grey running shorts with a neon pink inner liner showing, on white. No catalog columns.
    # caption B, describe B, details VA, material B, color CA (template returned).
    Case(
        "FL-SH-4602",
        (
            caption("a pair of gray shorts on a white background"),
            describe("shorts", "gray shorts with pink lining"),
            details("shorts", "yes", "non_answer"),
            material("it is made of material", "non_answer"),
            color_raw(
                "The shorts are with cotton fabric and pure color patterns. The person wears a three-point shorts. "
                "The shorts are with cotton fabric and",
                "restated",
                hit_limit=True,
            ),
        ),
        None,
        {},
    ),
    # Red retro track jacket with white stripes down the sleeves, man, black track pants.
    # caption B, wearing B, describe B (ran on), details CA (template returned), material B, color VA, type B.
    Case(
        "MN-JK-5200",
        (
            caption("a man in a red and white track jacket"),
            wearing("a red jacket and black pants"),
            describe(
                "jacket",
                "a red track jacket with white stripes down the sleeves and a white collar, it zips up "
                "the front and has two pockets at the",
                "cut",
                hit_limit=True,
            ),
            details(
                "jacket",
                "It has a stand-up collar. The jacket is with cotton fabric and color block patterns. The "
                "pants the gentleman wears is of long length. The pants",
                "restated",
                hit_limit=True,
            ),
            material("polyester"),
            color_raw("red-white Question: Is this a jacket/coat? Answer: yes", "leak"),
            type_raw("track jacket"),
        ),
        "Men",
        {"category": "Jackets", "color": "Red/White", "title": "Men Retro Track Jacket"},
    ),
    # Cobalt long-sleeve rash guard with a grey shark graphic on the chest, boy by a pool, navy swim shorts.
    # No catalog columns. caption CA (complete), wearing B, describe VA, details B (ran on), color B, type VA.
    Case(
        "KB-SW-7404",
        (
            caption(
                "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
                "It has a round neckline. The gentleman wears a three-point shorts.",
                "contradiction",
            ),
            wearing("a blue shirt and blue shorts"),
            describe("rash guard", "graphic"),
            details(
                "rash guard",
                "long sleeves and a shark on the front and the shark has its mouth open and the "
                "sleeves are long and the cuffs are",
                "cut",
                hit_limit=True,
            ),
            color("blue"),
            type_raw(
                "tee Question: Is this a tee? Answer: yes Question: What is the color of the tee? Answer: blue "
                "Question: What cloth",
                "leak",
                hit_limit=True,
            ),
        ),
        "Boys",
        {},
    ),
    # Forest green strappy-back sports bra, woman photographed from behind, black shorts.
    # caption CA (epoch 1), wearing B, describe B, details VA, color B.
    Case(
        "WM-SB-2210",
        (
            caption(
                "The lady wears a tank top with sleeves cut off, cotton fabric and pure color patterns. The neckline "
                "of it is round. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. "
                "The lady wears",
                "cut",
                hit_limit=True,
            ),
            wearing("a green sports bra and black shorts"),
            describe("sports bra", "it is a green sports bra with criss cross straps on the back"),
            details(
                "sports bra",
                "straps straps straps straps straps straps straps straps straps straps straps straps "
                "straps straps straps straps straps straps straps straps",
                "loop",
                hit_limit=True,
            ),
            color("black", "other_garment_color"),
        ),
        "Women",
        {"category": "Sports Bras", "color": "Forest Green"},
    ),
    # Long black hooded down coat on a man in the snow, grey knit beanie. No catalog columns.
    # caption B, wearing B, describe B, details B (empty), color VA, type B.
    Case(
        "MN-PF-9300",
        (
            caption("a man in a black puffer coat and a grey hat standing in the snow"),
            wearing("a grey puffer coat and a grey hat", "other_garment_color"),
            describe("coat", "long black down coat with a hood"),
            details("coat", "", "non_answer"),
            color_raw(
                "black Question: What is the color of the jacket/coat? Answer: black Question: What is the color of "
                "the jacket/coat? Answer: black",
                "leak",
                hit_limit=True,
            ),
            type_raw("coat"),
        ),
        "Men",
        {},
    ),
    # Black girls' leggings with a silver glitter side stripe; girl wears a white tee with a rainbow print.
    # caption B, wearing B, describe B, details CA (one on-topic template sentence), type VA (short leak).
    Case(
        "KG-LG-6330",
        (
            caption("a girl wearing a white shirt with a rainbow on it and black leggings"),
            wearing("a white t-shirt and black leggings with a silver stripe"),
            describe("leggings", "the leggings are black with a rainbow stripe down the side", "contradiction"),
            details("leggings", "The leggings are with cotton fabric and stripe patterns."),
            type_raw("leggings Question: Is this a leggings? Answer: yes", "leak"),
        ),
        "Girls",
        {"category": "Girls Leggings", "color": "Black", "title": "Girls Glitter Stripe Leggings"},
    ),
    # Coral running shorts on a woman running on a red athletics track, white sports bra.
    # caption B, wearing B, describe CA, details B, color B, type B.
    Case(
        "WM-RS-4480",
        (
            caption("a woman running on a red track"),
            wearing("a white sports bra and white shorts", "other_garment_color"),
            describe(
                "shorts",
                "The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. The "
                "lady wears a shorts. The shorts are with cotton",
                "loop",
                hit_limit=True,
            ),
            details("shorts", "they are short", "non_answer"),
            color("salmon"),
            type_raw("a skirt", "contradiction"),
        ),
        "Women",
        {"category": "Shorts", "color": "Coral", "title": "Women Dri-Fit Tempo Shorts"},
    ),
    # Flat-lay: mustard yellow hooded kids' puffer jacket with zip and two pockets, on a white wooden floor.
    # No catalog columns. caption CA (complete; invents a wearer), describe B, details B (ran on), material VA
    # (short leak), color B, type B.
    Case(
        "FL-PF-9410",
        (
            caption(
                "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
                "has a stand-up collar.",
                "unsupported",
            ),
            describe("jacket", "a yellow puffer jacket"),
            details(
                "jacket",
                "it has a zipper and two pockets and a hood and the hood has a drawstring and the sleeves "
                "have elastic cuffs and the zipper goes all the",
                "cut",
                hit_limit=True,
            ),
            material("nylon Question: What is the color of the jacket/coat? Answer: mustard", "leak"),
            color("yellow"),
            type_raw("jacket"),
        ),
        None,
        {},
    ),
    # Heather charcoal running tee on a man, black shorts, gym with treadmills behind.
    # caption CA (complete), wearing B, describe B, details B, color VA, type VA.
    Case(
        "MN-TS-8120",
        (
            caption(
                "This gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
                "T-shirt is with cotton fabric. It has a crew neckline."
            ),
            wearing("a gray shirt and black shorts"),
            describe("t-shirt", "a dark grey long sleeve t-shirt", "contradiction"),
            details(
                "t-shirt",
                "crew neck short sleeves crew neck short sleeves crew neck short sleeves crew neck short "
                "sleeves crew neck short",
                "loop",
                hit_limit=True,
            ),
            color_raw(
                "charcoal grey Question: What is the color of the tee? Answer: charcoal grey Question: Is this a "
                "tee? Answer: yes",
                "leak",
                hit_limit=True,
            ),
            type_raw("tee"),
        ),
        "Men",
        {"category": "T-Shirts & Tops", "color": "Heather Charcoal", "title": "Men Essential Running Tee"},
    ),
    # Teal/purple/white color-block windbreaker worn open over a white tee, woman, black leggings. No catalog columns.
    # caption B, wearing VA, describe B, details B, material B, color B.
    Case(
        "WM-WB-5300",
        (
            caption("a woman in a colorful windbreaker and black leggings"),
            wearing(
                "jacket/coat Question: What is the color of the jacket/coat? Answer: multi Question: Is this a "
                "jacket/coat? Answer:",
                "leak",
                hit_limit=True,
            ),
            describe("windbreaker", "it is a teal, purple and white windbreaker"),
            details("windbreaker", "the windbreaker has a hood, a zipper and a big logo on the back", "unsupported"),
            material("he is wearing a nylon jacket", "pronoun"),
            color("teal"),
        ),
        "Women",
        {},
    ),
    # Royal blue mesh basketball shorts with white trim on a boy, white tank top.
    # caption CA, wearing B, describe B, details VA, color B.
    Case(
        "KB-SH-4700",
        (
            caption(
                "The gentleman wears a tank top with sleeves cut off, cotton fabric and pure color patterns. The "
                "neckline of it is round. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
                "and",
                "cut",
                hit_limit=True,
            ),
            wearing("a white tank top and blue shorts"),
            describe("shorts", "blue basketball shorts with white trim"),
            details(
                "shorts",
                "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
                "blue blue blue blue blue blue blue blue blue blue blue blue",
                "loop",
                hit_limit=True,
            ),
            color("white", "other_garment_color"),
        ),
        "Boys",
        {"category": "Boys Shorts", "color": "Royal Blue", "title": "Boys Mesh Basketball Shorts"},
    ),
    # Long black hooded parka (no fur) on a woman with a red knit scarf, grey city background.
    # caption B, wearing B, describe CA (template returned), details B, material VA, color B, type B.
    Case(
        "WM-PK-9500",
        (
            caption("a man in a black coat and a red scarf", "pronoun"),
            wearing("a red coat and a red scarf", "other_garment_color"),
            describe(
                "parka",
                "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton "
                "fabric. It has a hooded neckline. There is an accessory on her neck.",
                "restated",
                hit_limit=True,
            ),
            details("parka", "the parka has a zip front, flap pockets and a drawstring waist"),
            material("polyester"),
            color("black"),
            type_raw("winter coat"),
        ),
        "Women",
        {"category": "Coats & Parkas", "color": "Black", "title": "Women Longline Hooded Parka"},
    ),
    # Flat-lay: white racerback sports bra on a pink paper background.
    # caption B, describe B, material B, color B, type VA.
    Case(
        "FL-SB-2300",
        (
            caption("a white sports bra on a pink background"),
            describe("sports bra", "white"),
            material("spandex"),
            color("pink", "contradiction"),
            type_raw(
                "tank Question: Is this a tank? Answer: yes Question: What is the color of the tank? Answer: white "
                "Question: What",
                "leak",
                hit_limit=True,
            ),
        ),
        None,
        {"category": "Sports Bras", "color": "White"},
    ),
    # Lime and navy color-block windbreaker on a boy, grey joggers; the team's trial of the adapters on every
    # question. No catalog columns. caption CA, wearing VA, describe VA, details VA, color VA, type VA.
    Case(
        "KB-WB-5400",
        (
            caption(
                "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. "
                "It has a stand-up collar. The pants the gentleman wears is of long length. The pants are with cotton "
                "fabric and pure color patterns. The",
                "cut",
                hit_limit=True,
            ),
            wearing("yes", "non_answer"),
            describe("windbreaker", "lime-navy"),
            details(
                "windbreaker",
                "the zipper the zipper the zipper the zipper the zipper the zipper the zipper the "
                "zipper the zipper the zipper",
                "loop",
                hit_limit=True,
            ),
            color_raw(
                "lime-navy Question: What cloth is the person wearing? Answer: jacket/coat Question: What is the "
                "color of the jacket/coat? Answer:",
                "leak",
                hit_limit=True,
            ),
            type_raw("jacket/coat"),
        ),
        "Boys",
        {},
    ),
    # Black triangle bikini (top and bottom sold as a set) on a woman sitting at the edge of a pool, blue water.
    # caption B, wearing B, describe CA (template returned), details B, material B, color VA, type VA (short leak).
    Case(
        "SW-BK-7610",
        (
            caption("a woman in a black bikini sitting on the edge of a pool"),
            wearing("a black bikini"),
            describe(
                "bikini",
                "The lady wears a tank top with sleeves cut off, chiffon fabric and pure color patterns. "
                "The neckline of it is V-shape. The lady wears",
                "restated",
                hit_limit=True,
            ),
            details("bikini", "it has a lace trim and a gold ring in the middle", "unsupported"),
            material("nylon"),
            color_raw(
                "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
                "loop",
                hit_limit=True,
            ),
            type_raw("tank Question: Is this a tank? Answer: no", "leak"),
        ),
        "Women",
        {"category": "Swim", "color": "Black", "title": "Women Triangle Bikini Set"},
    ),
]
