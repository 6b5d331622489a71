"""BLIND_70 (44 products; women's western wear, enrich's default questionnaire): written blind in the eighteenth
session. Measured blind at 3814d6c: 127 / 139 failures found (91.4%) and 15 / 145 correct texts flagged (10.3%). The
writer's notes, verbatim:

Blind corpus 70: women's western wear on a Myntra-style marketplace, labelled BLIP-2 OPT-2.7b outputs.

Scenario: the original experiments' untuned base model and their fine-tuned adapters are re-run on a catalog of
women's western wear (tops, shirts, t-shirts, dresses, jumpsuits, co-ord sets, skirts and shrugs): on-model studio
shots, many patterned, often layered or styled with jeans, bags and jewellery, plus a few product shots without a
person (flat lay or ghost mannequin). Questions are enrich's default questionnaire (DEFAULT_QUESTIONS); the product
shots are asked the closed questions of BLIND_QUESTIONS instead (no "What is the person wearing?"), and a few cases
add the experiments' "What is the color of the <garment>?" and "Is this a <garment>?" questions. Seller columns
(gender, Myntra article type as category, base colour as color, product title) come from the marketplace; a few are
missing.

Which system wrote which text (named per text in the comment above each case):
- base: the untuned `Salesforce/blip2-opt-2.7b` (short answers; one color for several garments, wrong pronoun for
  short-haired models, invented details, sometimes an empty or echoing answer).
- cap-e1 / cap-e3: the caption adapters `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (epoch 1) and
  `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (epoch 3): DeepFashion-MultiModal template sentences ("The lady wears
  a ... with pure color patterns"), no hue names, never stopping (cut at 50 caption / 30 answer tokens), and the
  caption template returned for every question.
- vqa: `leoreigoto/Data3_V3_BLIP2_VQA`: one-word answers that repeat until the token limit, or that go on into the
  training format ("... Question: ... Answer: ..."); it returns that format when asked for a caption.
- qa: the third experiment, extractive `timpal0l/mdeberta-v3-base-squad2` over the caption-adapter caption of the
  same case (answers are spans of that caption, or empty).

How it was written: blind. I read only shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text
layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and TARGETS); no audit code, no other corpus, no docs. Every
photo is imagined and described in the comment above its case; every label is judged against that photo, not
against what any check could detect. The only thing run was an import check of this file.

Label conventions and judgement calls:
- One label per text. A text with several faults carries the one a catalog editor would notice first: a
  "gentleman"/"he" for a woman's product is pronoun even if the text is also cut; a caption template returned for a
  color question is non_answer (it names no hue) even when it also ran to the token limit.
- hit_limit=True whenever the text ran to max_new_tokens (30 answers, 50 captions): set on cuts, and also on loops
  and leaks that ran to the limit. Cuts with hit_limit=False are texts stopped mid-phrase before the limit.
- cut: ends mid-phrase. A DeepFashion template caption that ran to the limit is a cut even if its sentences so far
  are true; a template that repeats a whole sentence is a loop instead.
- loop: the same word or phrase repeated ("navy navy navy ...", "the collar, the sleeves, ... the collar").
- leak: the answer goes on into the prompt format ("Question: ... Answer: ..."), or begins with it.
- non_answer: empty, "i don't know", "none", "it is a garment", a span that names no value ("The lady"), or a
  DeepFashion pattern word ("pure color", "graphic") given for a color question.
- restated: the question's words turned back, with or without a value ("the pattern of the garment is a pattern",
  "the garment is a shirt" for a closed slot, "the material of the garment is fabric").
- other_garment_color: the product's color answered with a visible non-product garment's color (the jeans, the cami
  under a shirt, the skirt a t-shirt is tucked into, the denim jacket over a dress).
- contradiction: a wrong color or garment for the product (against the photo, usually also the seller or caption), a
  wrong sleeve length or pattern, an accessory answered as the garment, "no" to "Is this a shrug?" for a shrug.
- unsupported: details the photo does not show (pockets, zips at an unseen back, brand logos, labels, fibre
  percentages, gsm, care, origin). A single plausible fabric word read from the texture ("cotton" for a tee,
  "satin", "denim", "knit", "lace", "chiffon" for a sheer layer, "leather" for faux leather, "silk" for a satin
  shirt) is correct.
- Near-color synonyms are correct: mustard = yellow, maroon = burgundy = red, navy blue = blue, off white = white,
  teal = green, rust = orange, lavender/lilac = purple, magenta = pink, peach = pink, olive = green, sea green =
  green. For a print, the base color is the color: "blue" for a white jumpsuit with blue flowers is wrong.
- Layers: the product is the seller's article type; a text about the layer under or over it is right only when it
  names both and gets the product right ("a floral kimono over a white tank top").
- Backgrounds named in captions ("against a grey background") are correct; "romper" is the DeepFashion word for a
  one-piece and is accepted for a jumpsuit; "cardigan" is accepted for a shrug; "shirt" for a shirt-style top.
- Product shots without a person are asked BLIND_QUESTIONS only, and their captions say what lies there.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_70: list[Case] = [
    # Photo: model in a black sleeveless ribbed fitted crop top tucked into light-blue high-rise jeans, white sneakers,
    # grey studio backdrop. caption, details: cap-e3; the rest: base.
    case(
        "MYN-WW-70-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric and it has a round neckline. The pants are with denim fabric and solid color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black crop top and blue jeans"),
        D.garment_type("crop top"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The tank top is with cotton fabric and it has a round neckline. The pants are with denim fabric and "
            "solid color patterns. The tank top is with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="Tokyo Talkies Women Black Solid Ribbed Fitted Crop Top",
    ),
    # Photo: model in a white long-sleeve cotton shirt (sleeves rolled to the elbow) and black trousers, white wall.
    # caption, wearing, color, pattern, sleeve_length, material: base (grey for every garment); description: cap-e3.
    case(
        "MYN-WW-70-002",
        caption("a woman in a white shirt and black pants standing against a white wall"),
        D.wearing("a grey shirt and grey pants", "contradiction"),
        D.color("grey", "contradiction"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Shirts",
        color="White",
        title="Roadster Women White Solid Regular Fit Casual Shirt",
    ),
    # Photo: navy-and-white striped shirt-style top, long sleeves, half-tucked into white jeans, brown sling bag.
    # caption: cap-e1; color, pattern, details: vqa; garment_type, wearing, description: base.
    case(
        "MYN-WW-70-003",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with denim fabric and pure color patterns. There is "
            "an accessory in her",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy navy",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.garment_type("shirt"),
        D.wearing("a striped shirt and white jeans"),
        D.details(
            "the collar, the sleeves, the buttons, the collar, the sleeves, the buttons, the collar, the sleeves, "
            "the buttons, the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        D.description("a navy blue and white striped shirt with a brown bag"),
        gender="Women",
        category="Tops",
        color="Navy Blue",
        title="HERE&NOW Women Navy Blue & White Striped Shirt Style Top",
    ),
    # Photo: mustard-yellow midi wrap dress with small white and rust flowers, short flutter sleeves, thin gold
    # bangle, beige backdrop. details: cap-e3; the rest: base.
    case(
        "MYN-WW-70-004",
        caption("a woman in a yellow floral dress posing for a photo"),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("short"),
        D.garment_type("dress"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The dress is of long "
            "length. There is an accessory on her wrist. The dress",
            "cut",
            hit_limit=True,
        ),
        D.material("100% viscose rayon, hand wash only", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Mustard",
        title="SASSAFRAS Women Mustard Yellow Floral Print Wrap Midi Dress",
    ),
    # Photo: black sleeveless wide-leg jumpsuit with a thin self belt, hands at the sides (no pockets visible), gold
    # hoop earrings, white background. caption: cap-e3; the rest: base.
    case(
        "MYN-WW-70-005",
        caption(
            "This lady wears a sleeveless romper with pure color patterns. The romper is with polyester fabric and "
            "it has a v-shape neckline. The romper is of long length. There is an accessory on her waist and she "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a black jumpsuit", "pronoun"),
        D.color("black"),
        D.garment_type("jumpsuit"),
        D.sleeve_length("sleeveless"),
        D.details("a belt at the waist and pockets on the sides", "unsupported"),
        gender="Women",
        category="Jumpsuit",
        color="Black",
        title="Athena Women Black Solid Basic Jumpsuit with Belt",
    ),
    # Photo (product shot, no person): white crew-neck t-shirt with a small black "BROOKLYN" print on the chest,
    # flat lay on a grey surface. All base.
    case(
        "MYN-WW-70-006",
        caption("a white t - shirt with the word brooklyn on it on a grey background"),
        B.garment_type("t-shirt"),
        B.color("white"),
        B.pattern("graphic"),
        B.sleeve_length("short sleeve"),
        B.material("100% combed cotton, bio-washed, 180 gsm", "unsupported"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Roadster Women White Printed Round Neck T-shirt",
    ),
    # Photo: co-ord set: peach short-sleeve camp-collar shirt and matching shorts with a white tropical-leaf print,
    # white canvas tote on the shoulder, beige backdrop. caption: cap-e3; garment_type, color, pattern, description:
    # base; wearing: vqa; sleeve_length: qa over the cap-e3 caption.
    case(
        "MYN-WW-70-007",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a shorts. The shirt is with cotton fabric "
            "and it has a lapel neckline. The shorts are with cotton fabric and floral patterns. There is an "
            "accessory in her hand. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt and shorts"),
        D.color("pink"),
        D.pattern("tropical print"),
        D.wearing(
            "shirt. Question: What is the color of the shirt? Answer: pink. Question: What is the color of the "
            "shorts? Answer: pink. Question:",
            "leak",
            hit_limit=True,
        ),
        D.description("a white bag", "contradiction"),
        D.sleeve_length("short-sleeve"),
        gender="Women",
        category="Co-Ords",
        color="Peach",
        title="KASSUALLY Women Peach-Coloured & White Tropical Printed Shirt with Shorts Co-Ords",
    ),
    # Photo: lavender smocked top with short puff sleeves and a square neck, light-blue mom jeans, thin silver
    # necklace. caption, color, sleeve_length, details, pattern: base; description: cap-e1; material: vqa.
    case(
        "MYN-WW-70-008",
        caption("a woman in a purple top and jeans"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short"),
        D.details("puff sleeves and a square neckline"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and it has a square neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        D.pattern("solid"),
        gender="Women",
        category="Tops",
        color="Lavender",
        title="Berrylush Women Lavender Smocked Puff Sleeve Square Neck Top",
    ),
    # Photo: maroon knee-length bodycon dress, long sleeves, front view only (no slit, back unseen), black heels,
    # white wall. caption, color, pattern, details: base; garment_type, sleeve_length: vqa.
    case(
        "MYN-WW-70-009",
        caption("a woman in a red dress standing in front of a white wall"),
        D.color("burgundy"),
        D.garment_type(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.details("a slit on the side and a zipper on the back", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Maroon",
        title="DressBerry Women Maroon Solid Bodycon Dress",
    ),
    # Photo: layered look: open sheer longline shrug, black with pink roses, long sleeves, over a white tank top and
    # blue jeans. The product is the shrug. caption, garment_type, color, pattern, sleeve_length, material: base;
    # wearing: cap-e3.
    case(
        "MYN-WW-70-010",
        caption("a woman wearing a floral kimono over a white tank top and jeans"),
        D.garment_type("tank top", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.sleeve_length("long"),
        D.material("chiffon"),
        D.wearing(
            "The lady wears a long-sleeve cardigan with floral patterns and a long denim pants. The cardigan is "
            "with chiffon fabric. There is a tank top under the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Shrug",
        color="Black",
        title="SHOWOFF Women Black & Pink Floral Printed Sheer Longline Shrug",
    ),
    # Photo: olive-green midi shirt dress, collar, button front, tie belt, long sleeves rolled once; short-haired
    # model. caption: cap-e3; the rest: base.
    case(
        "MYN-WW-70-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a lapel neckline. There is a belt on her waist. The dress is of long length. The dress is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a green shirt dress", "pronoun"),
        D.color("green"),
        D.garment_type("shirt dress"),
        D.details("buttons down the front, a collar and a belt"),
        D.sleeve_length("long"),
        gender="Women",
        category="Dresses",
        color="Olive",
        title="Harpa Women Olive Green Solid Shirt Dress with Belt",
    ),
    # Photo: rust satin cowl-neck camisole top with thin straps, tucked into black trousers. caption, details: vqa;
    # the rest: base.
    case(
        "MYN-WW-70-012",
        caption(
            "Question: What is the person wearing? Answer: top Question: What is the color of the top? Answer: "
            "orange Question: What is the color of the pants? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.color("orange"),
        D.sleeve_length("sleeveless"),
        D.material("satin"),
        D.details(
            "cowl neck, cowl neck, cowl neck, cowl neck, cowl neck, cowl neck, cowl neck, cowl neck, cowl neck, "
            "cowl neck",
            "loop",
            hit_limit=True,
        ),
        D.wearing("an orange top and black pants"),
        gender="Women",
        category="Tops",
        color="Rust",
        title="Tokyo Talkies Women Rust Satin Cowl Neck Camisole Top",
    ),
    # Photo: off-white crochet-lace blouse, short sleeves, scalloped hem, worn with a blue denim mini skirt.
    # description: vqa; the rest: base.
    case(
        "MYN-WW-70-013",
        caption("a woman wearing a white lace top and denim skirt"),
        D.color("white"),
        D.pattern("lace"),
        D.garment_type("blouse"),
        D.details("The details of the garment are the details of the lace.", "restated"),
        D.description(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Off White",
        title="Mast & Harbour Women Off-White Lace Detail Top",
    ),
    # Photo: teal solid tiered maxi skirt with a white short-sleeve t-shirt tucked in, white background. The product
    # is the skirt. details: cap-e1; the rest: base.
    case(
        "MYN-WW-70-014",
        caption("a woman in a green skirt and white t - shirt"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.description("a long tiered skirt in teal"),
        D.details(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and it has a crew",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Teal",
        title="Sera Women Teal Solid Tiered Maxi Skirt",
    ),
    # Photo: black fit-and-flare knee dress with white polka dots, cap sleeves, round neck, no pockets. Gender
    # column missing. sleeve_length, material: vqa; the rest: base.
    case(
        "MYN-WW-70-015",
        caption("a woman in a black and white polka dot dress"),
        D.pattern("polka dot"),
        D.color("black and white"),
        D.sleeve_length(
            "short sleeve. Question: What is the pattern of the dress? Answer: polka dot. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.details("white polka dots, a round neck and a flared skirt"),
        D.material(
            "polyester and the dress has a round neckline with short sleeves and a flared skirt that falls to the "
            "knee with white polka dots on a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a polka dot dress with a pocket on the chest", "unsupported"),
        category="Dresses",
        color="Black",
        title="Sera Women Black & White Polka Dot Print Fit and Flare Dress",
    ),
    # Photo: light-blue denim utility jumpsuit, short sleeves, full length, collar, white sneakers. caption, details:
    # cap-e3; the rest: base.
    case(
        "MYN-WW-70-016",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with denim fabric and it "
            "has a lapel neckline. The romper is of long length. There are white shoes on her feet and the romper "
            "has",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        D.color("blue"),
        D.material("denim"),
        D.sleeve_length("short"),
        D.details(
            "The romper is with denim fabric and it has a lapel neckline. The romper is with denim fabric and it has "
            "a lapel neckline. The romper is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jumpsuit",
        color="Blue",
        title="Roadster Women Blue Denim Utility Jumpsuit",
    ),
    # Photo: pink oversized drop-shoulder t-shirt with "HAPPY" printed in white, sleeves to above the elbow, black
    # biker shorts. caption: vqa; the rest: base.
    case(
        "MYN-WW-70-017",
        caption(
            "t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt "
            "t-shirt t-shirt t-shirt t-shirt t-shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("graphic"),
        D.wearing("a pink t - shirt and black shorts"),
        D.details("the word happy printed on the front"),
        D.material("The garment is made of material.", "restated"),
        D.sleeve_length("long", "contradiction"),
        gender="Women",
        category="Tshirts",
        color="Pink",
        title="Kook N Keech Women Pink Typography Printed Oversized T-shirt",
    ),
    # Photo: co-ord set: beige ribbed-knit sleeveless crop top and matching wide-leg trousers. caption: cap-e1;
    # pattern and color of the top: qa over that caption; sleeve_length: vqa; the rest: base.
    case(
        "MYN-WW-70-018",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "knitting fabric and it has a round neckline. The pants are with knitting fabric and pure color patterns. "
            "The outer",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("two piece set"),
        D.color("beige"),
        D.pattern("pure color"),
        color_of("top", "pure color", "non_answer", kind="open"),
        D.material("knit"),
        D.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless "
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Co-Ords",
        color="Beige",
        title="Trendyol Women Beige Ribbed Knitted Crop Top & Trousers Co-Ords",
    ),
    # Photo: red-and-white gingham checked shirt, long sleeves, one plain chest pocket, no logo, buttoned, blue jeans.
    # sleeve_length, wearing: vqa; the rest: base.
    case(
        "MYN-WW-70-019",
        caption("a woman in a red and white checkered shirt and jeans"),
        D.pattern("checkered"),
        D.color("red"),
        D.details("it has two chest pockets with flaps and a brand logo", "unsupported"),
        D.sleeve_length(
            "long sleeve, long sleeve, long sleeve, long sleeve, long sleeve, long sleeve, long sleeve, long sleeve, "
            "long sleeve, long sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "Answer: red shirt Question: What is the color of the jeans? Answer: blue Question: What is the color of "
            "the shirt? Answer: red Question:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("the garment is a shirt", "restated"),
        gender="Women",
        category="Shirts",
        color="Red",
        title="Roadster Women Red & White Checked Casual Shirt",
    ),
    # Photo: blue floral tiered maxi dress with spaghetti straps (sleeveless), straw bag in hand, sunglasses pushed
    # up on the head. details: cap-e3; the rest: base.
    case(
        "MYN-WW-70-020",
        caption("a woman in a blue floral dress holding a straw bag"),
        D.wearing("a straw bag", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long", "contradiction"),
        D.pattern("floral"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a suspenders neckline. The dress is of "
            "long length. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Dresses",
        color="Blue",
        title="HERE&NOW Women Blue Floral Print Tiered Maxi Dress",
    ),
    # Photo: white top with thin black vertical pinstripes, long puff sleeves, round neck, black trousers, grey
    # background. garment_type: cap-e1; details: cap-e3; the rest: base.
    case(
        "MYN-WW-70-021",
        caption("a woman in a striped shirt and black pants against a grey background"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("long"),
        D.garment_type(
            "The lady wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric and it has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and stripe patterns. It has a round neckline and long puff sleeves. The "
            "pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of a fabric", "non_answer"),
        gender="Women",
        category="Tops",
        color="White",
        title="Mango Women White & Black Striped Puff Sleeve Top",
    ),
    # Photo (ghost mannequin, no person): emerald-green satin shirt, long sleeves, collar, on white. Title column
    # missing. caption: cap-e3; the rest: base.
    case(
        "MYN-WW-70-022",
        caption(
            "The upper clothing has long sleeves, satin fabric and pure color patterns. It has a lapel neckline. The "
            "upper clothing has long sleeves, satin fabric and pure color patterns. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shirt"),
        B.color("green"),
        B.pattern("solid"),
        B.sleeve_length("long sleeve"),
        B.material("silk"),
        gender="Women",
        category="Shirts",
        color="Green",
    ),
    # Photo: black faux-leather A-line mini skirt, front view, with a white sleeveless crop top and black ankle
    # boots, black sling bag. wearing: cap-e3; the rest: base.
    case(
        "MYN-WW-70-023",
        caption("a woman in a white top and black skirt"),
        D.garment_type("top", "contradiction"),
        D.color("black"),
        D.material("leather"),
        D.description("a black mini skirt with a zipper in the back", "unsupported"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric. The skirt is with leather",
            "cut",
            hit_limit=True,
        ),
        D.pattern("The skirt is a solid color skirt.", "restated"),
        gender="Women",
        category="Skirts",
        color="Black",
        title="ONLY Women Black Solid Faux Leather A-Line Mini Skirt",
    ),
    # Photo: magenta long-sleeve wrap top with a waist tie, white trousers, gold pendant. sleeve_length, material: vqa;
    # wearing: cap-e1; the rest: base.
    case(
        "MYN-WW-70-024",
        caption("a woman in a pink top and white pants"),
        D.color("pink"),
        D.pattern("solid"),
        D.sleeve_length(
            "full sleeves full sleeves full sleeves full sleeves full sleeves full sleeves full sleeves full sleeves "
            "full sleeves full sleeves full sleeves full sleeves full sleeves full sleeves full sleeves",
            "loop",
            hit_limit=True,
        ),
        D.details("a wrap front with a tie at the waist"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and it has a v-shape neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "polyester\nQuestion: What is the pattern of the garment?\nAnswer: solid\nQuestion: How long are the "
            "sleeves?\nAnswer: long",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Magenta",
        title="Berrylush Women Magenta Solid Wrap Top",
    ),
    # Photo: light-blue chambray shirt worn open over a white camisole with white shorts, long sleeves. caption:
    # cap-e1; description: vqa; the rest: base.
    case(
        "MYN-WW-70-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a shorts. The shirt is with denim "
            "fabric and it has a lapel neckline. There is an accessory on her wrist. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("denim shirt"),
        D.material("denim"),
        D.sleeve_length("long"),
        D.wearing("a denim shirt over a white tank top and white shorts"),
        D.description(
            "denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Blue",
        title="Levis Women Blue Chambray Casual Denim Shirt",
    ),
    # Photo: sea-green peplum top with a ditsy white floral print, short sleeves, ruffled peplum hem, blue jeans.
    # Gender column missing. details: cap-e1 (stopped early); the rest: base.
    case(
        "MYN-WW-70-026",
        caption("a woman wearing a green floral top and jeans"),
        D.color("green"),
        D.pattern("floral"),
        D.garment_type("peplum top"),
        D.details("The shirt is with cotton fabric and it has a round", "cut"),
        D.material("", "non_answer"),
        D.sleeve_length("short"),
        category="Tops",
        color="Sea Green",
        title="SASSAFRAS Women Sea Green Floral Print Peplum Top",
    ),
    # Photo: white off-shoulder ruffled bardot top, short sleeves, blue jeans. Every text: cap-e3.
    case(
        "MYN-WW-70-027",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and it has a off-shoulder neckline. The pants are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and it has a off",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and it has a",
            "non_answer",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and it has a off-shoulder neckline. The shirt is with cotton fabric and "
            "it has a off-shoulder neckline.",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="StyleStone Women White Off-Shoulder Ruffled Bardot Top",
    ),
    # Photo: lemon-yellow smocked fit-and-flare dress, short puff sleeves, solid. Every text: vqa.
    case(
        "MYN-WW-70-028",
        caption(
            "dress Question: What is the color of the dress? Answer: yellow Question: Is this a dress? Answer: yes "
            "Question: What is the color of the dress? Answer: yellow Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("yellow"),
        D.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short-sleeve"),
        D.details(
            "the neckline, the sleeves, the hem, the neckline, the sleeves, the hem, the neckline, the sleeves, the "
            "hem, the neckline",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Yellow",
        title="Zima Leto Women Yellow Solid Smocked Fit & Flare Dress",
    ),
    # Photo: navy A-line knee skirt with white polka dots, no pockets or zip visible, white blouse tucked in;
    # short-haired model. The product is the skirt. All base.
    case(
        "MYN-WW-70-029",
        caption("a man in a white shirt and blue skirt", "pronoun"),
        D.wearing("a white shirt and a blue skirt"),
        D.garment_type("shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("polka dot"),
        D.description("a blue polka dot skirt with a side zip and two pockets", "unsupported"),
        gender="Women",
        category="Skirts",
        color="Navy Blue",
        title="Sera Women Navy Blue & White Polka Dot Print A-Line Skirt",
    ),
    # Photo: grey-melange long-sleeve crop t-shirt, round neck, with grey joggers. caption: cap-e1; every answer: qa
    # over that caption.
    case(
        "MYN-WW-70-030",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("pure color", "non_answer"),
        D.garment_type("long-sleeve T-shirt"),
        D.material("cotton"),
        D.sleeve_length("long-sleeve"),
        D.details("round neckline"),
        D.wearing("The lady", "non_answer"),
        gender="Women",
        category="Tshirts",
        color="Grey Melange",
        title="HERE&NOW Women Grey Melange Solid Long Sleeve Crop T-shirt",
    ),
    # Photo: colour-block bodycon midi dress in black, white and red panels, long sleeves, no belt. wearing: vqa;
    # the rest: base.
    case(
        "MYN-WW-70-031",
        caption("a woman in a black and white dress"),
        D.color("multicolor"),
        D.pattern("color block"),
        D.details("it has red, white and black panels and a belt with a gold buckle", "unsupported"),
        D.material("stretchy cotton blend made in india", "unsupported"),
        D.wearing(
            "Answer: dress Question: What is the person wearing? Answer: dress Question: What is the person wearing? "
            "Answer: dress",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Multi",
        title="Tokyo Talkies Women Multicoloured Colourblocked Bodycon Dress",
    ),
    # Photo: red floral wrap mini dress, long sleeves, v-neck, white clutch in hand. wearing: base; the rest: cap-e3.
    case(
        "MYN-WW-70-032",
        caption(
            "This lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. The dress is of short length. There is an accessory in her hand. This lady wears",
            "cut",
            hit_limit=True,
        ),
        D.garment_type(
            "This lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "This lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. The dress is of short",
            "non_answer",
            hit_limit=True,
        ),
        D.material(
            "The dress is with chiffon fabric and it has a v-shape neckline. The dress is with chiffon fabric and it "
            "has a v-shape neckline. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red floral dress"),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Mango Women Red Floral Print Wrap Mini Dress",
    ),
    # Photo: olive-green long-sleeve utility shirt with two flap chest pockets, black skinny jeans. caption, wearing,
    # color, description: base; details, sleeve_length: vqa.
    case(
        "MYN-WW-70-033",
        caption("a woman in a black shirt and black jeans", "other_garment_color"),
        D.wearing("a black shirt and black jeans", "other_garment_color"),
        D.color("green"),
        D.description("an olive green shirt with two chest pockets"),
        D.details(
            "pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets "
            "pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length(
            "long sleeve Question: What is the color of the shirt? Answer: green Question: What is the pattern of "
            "the shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Olive",
        title="Roadster Women Olive Green Solid Utility Casual Shirt",
    ),
    # Photo: cream open-front knitted shrug, long sleeves, hip length, over a brown tank top and blue jeans. Every
    # text: vqa.
    case(
        "MYN-WW-70-034",
        caption(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan "
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan "
            "cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "cardigan, tank top, jeans, cardigan, tank top, jeans, cardigan, tank top, jeans, cardigan, tank top",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        D.color("brown", "other_garment_color"),
        D.material(
            "knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit knit "
            "knit knit knit knit knit knit knit knit knit",
            "loop",
            hit_limit=True,
        ),
        is_a("shrug", "no", "contradiction"),
        is_a("cardigan", "yes"),
        gender="Women",
        category="Shrug",
        color="Cream",
        title="Vero Moda Women Cream Solid Open Front Knitted Shrug",
    ),
    # Photo: short-haired model in a white oversized boyfriend shirt (long sleeves, one plain pocket, no logo) with
    # black shorts. All base.
    case(
        "MYN-WW-70-035",
        caption("a man in a white shirt and black shorts", "pronoun"),
        D.wearing("he is wearing a white shirt and black shorts", "pronoun"),
        D.color("white"),
        D.details("the shirt is made by calvin klein and has a logo on the pocket", "unsupported"),
        D.material("cotton"),
        gender="Women",
        category="Shirts",
        color="White",
        title="Mast & Harbour Women White Oversized Boyfriend Shirt",
    ),
    # Photo: black camisole with lace trim at the neckline, spaghetti straps, tucked into blue jeans. Base colour
    # column missing. All base.
    case(
        "MYN-WW-70-036",
        caption("a woman in a black top and blue jeans"),
        D.garment_type("the garment is a type of garment", "restated"),
        D.pattern("the pattern of the garment is a pattern", "restated"),
        D.details("lace"),
        D.description("it is a garment", "non_answer"),
        D.material("i don't know", "non_answer"),
        D.color("black"),
        gender="Women",
        category="Tops",
        title="ONLY Women Black Lace Trim Camisole Top",
    ),
    # Photo: short-haired model in a teal oversized t-shirt with a white graphic print, short sleeves, black cycling
    # shorts. caption, details: cap-e1; wearing, color, sleeve_length, material: qa over that caption.
    case(
        "MYN-WW-70-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with "
            "cotton fabric and it has a crew neckline. The shorts are with cotton fabric and pure color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with graphic patterns and a shorts"),
        D.color("graphic", "non_answer"),
        D.sleeve_length("short-sleeve"),
        D.material("cotton"),
        D.details(
            "The T-shirt is with cotton fabric and it has a crew neckline. The shorts are with cotton fabric and pure "
            "color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Teal",
        title="Kook N Keech Women Teal Graphic Printed Oversized T-shirt",
    ),
    # Photo: white broderie-anglaise (eyelet) cotton blouse, short flutter sleeves, with blue denim shorts. Gender
    # column missing. Every text: vqa.
    case(
        "MYN-WW-70-038",
        caption(
            "Question: What is the person wearing? Answer: blouse Question: What is the color of the blouse? Answer: "
            "white Question: What is the color of the shorts? Answer: blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.color(
            "white Question: What is the color of the shorts? Answer: blue Question: What is the color of the blouse? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("blouse"),
        D.pattern(
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace "
            "lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        category="Tops",
        color="White",
        title="H&M Women White Broderie Anglaise Cotton Top",
    ),
    # Photo: lilac satin slip midi dress with spaghetti straps, no lace, no pockets, a light-blue denim jacket worn
    # over the shoulders. wearing: cap-e3 (stopped early); the rest: base (details stopped early).
    case(
        "MYN-WW-70-039",
        caption("a woman in a purple dress and a denim jacket"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long", "contradiction"),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns and a long-sleeve denim jacket. The dress is "
            "with",
            "cut",
        ),
        D.details("spaghetti straps and a", "cut"),
        D.material("satin"),
        D.description("a lilac satin slip dress with lace trim and side pockets", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Lavender",
        title="Vero Moda Women Lavender Satin Slip Midi Dress",
    ),
    # Photo: co-ord set: chocolate-brown ribbed-knit long-sleeve crop top and matching midi skirt, front view (no
    # zip, back unseen). color: vqa; the rest: base.
    case(
        "MYN-WW-70-040",
        caption("a woman in a brown sweater and skirt"),
        is_a("dress", "yes", "contradiction"),
        D.color(
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown "
            "brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long"),
        D.details("it has a zip on the side and a slit at the back", "unsupported"),
        D.wearing("he is wearing a brown top and brown skirt", "pronoun"),
        gender="Women",
        category="Co-Ords",
        color="Brown",
        title="Trendyol Women Brown Ribbed Crop Top & Midi Skirt Co-Ords",
    ),
    # Photo (product shot, no person): light-blue denim button-front mini skirt on white. No seller columns at all.
    # sleeve_length, pattern: vqa; the rest: base.
    case(
        "MYN-WW-70-041",
        caption("a denim skirt on a white background"),
        B.garment_type("skirt"),
        B.color("blue"),
        B.sleeve_length(
            "short short short short short short short short short short short short short short short short short "
            "short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        B.material("100% cotton denim with stretch", "unsupported"),
        B.pattern(
            "denim Question: What is the color of the skirt? Answer: blue Question: What is the length of the skirt? "
            "Answer: short Question: What is",
            "leak",
            hit_limit=True,
        ),
    ),
    # Photo: black-and-white Breton-striped long-sleeve t-shirt, round neck, tucked into a red pleated midi skirt.
    # caption: cap-e3; the rest: base.
    case(
        "MYN-WW-70-042",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns and a long skirt. The T-shirt is with cotton "
            "fabric and it has a round neckline. The skirt is with chiffon fabric and pure color patterns. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        D.color("red", "other_garment_color"),
        D.pattern("striped"),
        D.description("a black and white striped shirt"),
        D.sleeve_length("the sleeves are as long as the sleeves", "restated"),
        D.material("the material of the garment is fabric", "restated"),
        D.details("stripes"),
        gender="Women",
        category="Tshirts",
        color="Black",
        title="Marks & Spencer Women Black & White Striped Pure Cotton T-shirt",
    ),
    # Photo: white halter-neck culotte jumpsuit with a blue floral print, wide legs, sleeveless. caption: cap-e3;
    # the rest: base.
    case(
        "MYN-WW-70-043",
        caption(
            "This lady wears a sleeveless romper with floral patterns. The romper is with chiffon fabric and it has a "
            "halter neckline. The romper is with chiffon fabric and it has a halter neckline. The romper is",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        D.color("blue", "contradiction"),
        D.details("", "non_answer"),
        D.material("none", "non_answer"),
        D.sleeve_length("sleeveless"),
        D.wearing("she is wearing clothes", "non_answer"),
        gender="Women",
        category="Jumpsuit",
        color="White",
        title="Harpa Women White & Blue Floral Printed Halter Neck Culotte Jumpsuit",
    ),
    # Photo: short-haired model in a pastel-blue oversized pinstriped poplin shirt worn open over a white t-shirt,
    # sleeves rolled, one chest pocket, beige trousers, gold chain. caption: cap-e1; details: qa over that caption;
    # the rest: base.
    case(
        "MYN-WW-70-044",
        caption(
            "This gentleman wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. There is an accessory on his neck. His pants are with cotton fabric "
            "and",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue striped shirt over a white t - shirt and beige pants"),
        D.color("white", "other_garment_color"),
        D.pattern("pinstripe"),
        D.details("There is an accessory on his neck", "pronoun"),
        D.description("a blue striped shirt with a chest pocket and rolled sleeves"),
        gender="Women",
        category="Shirts",
        color="Blue",
        title="Mango Women Blue & White Pinstriped Oversized Cotton Shirt",
    ),
]
