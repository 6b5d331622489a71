"""BLIND_89 (44 products; the experiments re-run on a Myntra-style catalog of women's bottoms and western wear):
written blind in the nineteenth session. Measured blind at 554606e: 129/141 failures found (91.5%) and 3/148 correct
texts flagged (2.0%). The writer's notes, verbatim:

Blind corpus 89: women's bottoms and western wear from a Myntra-style catalog.

Scenario
    The original experiments' models re-run on a Myntra-style catalog of women's bottoms and western wear:
    jeans, trousers, palazzos, leggings, skirts, shorts and jumpsuits, worn by models with tops (the top is
    never the product) or shot flat / on a hanger with no person. Questions: enrich's default questionnaire
    (DEFAULT_QUESTIONS), with the experiments' yes/no garment question (is_a) added on a few products. Catalog
    columns from the marketplace: gender, category (article type), color (base colour) and title, in the
    seller's own words; a few products lack some of them.

Which system wrote which text (named in the comment above every case)
    BASE  untuned Salesforce/blip2-opt-2.7b: short answers that stop at the newline; its failures are one color
          for every garment (usually the top's), the wrong pronoun, invented details, words of the question back.
    CAP1  leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    CAP3  leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3). Both caption adapters write the
          DeepFashion-MultiModal template ("The lady wears a ... with pure color patterns ...") whatever the
          prompt, never name a hue, and, trained without an end token, repeat sentences or run to the limit.
    VQA   leoreigoto/Data3_V3_BLIP2_VQA: one-word answers that repeat ("teal teal teal", "black-black-...") or run
          on into the training prompt format ("... Question: What is the color of the ...? Answer: ...").
    The re-run picked a model per question, as CONTEXT.md suggests, so one product mixes models.

How it was written
    Blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (layout,
    makers, questionnaires, TARGETS), nothing else in the project, and ran only an import check of this file.
    Every photo is imagined and described in the comment above its case; every label is judged against it.

Label conventions and judgement calls
    - Token limits: 30 new tokens for answers, 50 for captions. A text that stops mid-phrase at the limit is
      "cut" with hit_limit=True; a few stop mid-phrase before the limit ("cut", hit_limit=False).
    - A text that repeats a word or sentence until the limit is "loop" (hit_limit=True), not "cut", even when
      its last repeat is unfinished. A caption that ends on a full sentence under 50 tokens is complete.
    - A text that runs on into "Question: ... Answer: ..." is "leak", whether or not it also hits the limit.
    - The caption template returned for the color question, complete but naming no color, is "non_answer"; so
      are "", "yes", "nothing", "fabric", "I don't know", a color given as the material, and "the shorts are
      short"/"they are shorts" for details. "restated" is the question's own words back as a sentence ("the
      skirt is a skirt", "the garment is made of a material").
    - "pure color patterns"/"solid color patterns", "lattice", "stripe", "floral", "graphic" are DeepFashion
      pattern words, not hues: correct when they fit the garment they are said of.
    - Near-color synonyms are correct: navy/dark blue/blue for Navy Blue, burgundy/red for Maroon, beige for
      Khaki, charcoal for Charcoal, green for Olive, yellow/gold for Mustard (satin), purple for Lavender,
      brown for Rust (a rust that reads brown in the photo), light pink for Pink.
    - Hypernyms are correct: "pants"/"trousers" for palazzos, "denim" (the In-shop class) for jeans,
      "cargo pants" for cargo trousers. Palazzos and skirts called "trousers"/"skirt" in the caption template are
      right; a jumpsuit told as "a tank top and a long pants" (two garments) is "contradiction".
    - The product is always the bottom (or the jumpsuit). An answer giving it the top's color, or "a pink shirt
      and pink pants" when only the top is pink, is "other_garment_color"; a color nothing in the outfit has
      (the wall, the hanger's wood) is "contradiction"; the top's type or pattern given as the garment's
      ("t-shirt", "striped", "plaid", "belt", "jacket") is "contradiction".
    - Backgrounds, hangers and the top named in a caption or a wearing answer are correct when true.
    - Pronoun: "he"/"a man" for these women's products is "pronoun", even where the rest is right and even
      where the gender column is missing.
    - Packshots without a person: "What is the person wearing?" answered with the garment itself is correct;
      "nothing" is "non_answer"; inventing a woman or her accessories is "unsupported".
    - Material cannot be seen for sure: a plausible single fabric (cotton, polyester, denim, linen, satin,
      corduroy) is correct; blends, percentages, care labels, gold thread are "unsupported".
    - The sleeve question is asked only of jumpsuits (bottoms have no sleeves of their own).
    - One label per text: where a text fails twice (a leak that is also cut, a cut template that invents an
      accessory) it carries the failure that shows first or most.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, is_a


def rep(word: str, n: int, sep: str = " ") -> str:
    return sep.join([word] * n)


BLIND_89: list[Case] = [
    # Photo: woman in a white crew-neck T-shirt tucked into mid-blue skinny jeans, white sneakers, a watch,
    # light grey studio backdrop. caption CAP3; wearing/garment_type/color/details BASE; description CAP1.
    case(
        "myn-11502231",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.description(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure "
            "color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        D.details("the jeans have a button and a zipper"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # Photo: packshot, black high-rise straight trousers laid flat on a white background, no person.
    # caption/wearing/garment_type/pattern/material BASE; color VQA; details CAP3.
    case(
        "myn-12877410",
        caption("a pair of black pants on a white background"),
        D.wearing("a pair of black pants"),
        D.garment_type("trousers"),
        D.color(rep("black", 30), "loop", hit_limit=True),
        D.pattern("the pattern of the garment is the pattern", "restated"),
        D.details(
            "The lady wears a long trousers with pure color patterns. The trousers are with cotton fabric. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        D.material("polyester"),
        gender="Women",
        category="Trousers",
        color="Black",
        title="Mango Women Black Solid Regular Trousers",
    ),
    # Photo: woman in navy wide-leg palazzos and a mustard-yellow sleeveless top, against a red brick wall.
    # caption CAP3; wearing/garment_type/color/description BASE; details CAP1.
    case(
        "myn-13320987",
        caption(
            "The woman is wearing a sleeveless tank top with pure color patterns and a long trousers. The tank "
            "top is with cotton fabric. The trousers are with chiffon fabric and pure color patterns."
        ),
        D.wearing("a yellow top and blue pants"),
        D.garment_type("pants"),
        D.color("yellow", "other_garment_color"),
        D.description("the pants are navy blue and wide leg"),
        D.details(
            "The trousers are with chiffon fabric and pure color patterns. The tank top is with cotton fabric "
            "and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="Navy Blue",
        title="SASSAFRAS Women Navy Blue Solid Wide Leg Palazzos",
    ),
    # Photo: woman in black ankle-length leggings under a long grey melange tunic T-shirt, white studio.
    # caption/wearing/color/material BASE; garment_type VQA; is_a VQA; details CAP3.
    case(
        "myn-10094412",
        caption("a woman in a grey shirt and black leggings"),
        D.wearing("he is wearing a grey shirt and black leggings", "pronoun"),
        D.garment_type(rep("leggings", 15), "loop", hit_limit=True),
        D.color("grey", "other_garment_color"),
        is_a("leggings", "yes", article="a pair of"),
        D.details("The leggings are with cotton fabric and pure color patterns. The leggings are of long length."),
        D.material("cotton"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # Photo: woman in an olive-green sleeveless utility jumpsuit with a tie belt and flap chest pockets, beige
    # backdrop. caption CAP3; garment_type/color/sleeve_length/details BASE; description CAP1.
    case(
        "myn-14455012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        D.garment_type("jumpsuit"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a belt and pockets"),
        gender="Women",
        category="Jumpsuit",
        color="Olive",
        title="HERE&NOW Women Olive Green Solid Utility Jumpsuit",
    ),
    # Photo: woman in light-blue washed denim shorts with a frayed hem and a white short-sleeve crop T-shirt,
    # studio. caption CAP1; wearing/garment_type/pattern/details/description BASE; color VQA; material CAP3.
    case(
        "myn-11987345",
        caption(
            "This female wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric. The shorts are with denim fabric and pure color patterns."
        ),
        D.wearing("a white shirt and shorts"),
        D.garment_type("shorts"),
        D.color(
            "light blue Question: What is the color of the shorts? Answer: light blue Question: What is the color "
            "of the",
            "leak",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.details("the shorts are short", "non_answer"),
        D.description("light blue denim shorts with a frayed hem"),
        D.material(
            "The shorts are with denim fabric and pure color patterns. The female wears a short-sleeve T-shirt "
            "with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Shorts",
        color="Blue",
        title="Roadster Women Blue Washed Denim Shorts with Distressed Detail",
    ),
    # Photo: woman in a black T-shirt and a black-and-white floral print A-line midi skirt, in front of a white
    # wall. caption/wearing/color/pattern BASE; description CAP1; details VQA.
    case(
        "myn-12203356",
        caption("a woman wearing a black shirt and a floral skirt standing in front of a white wall"),
        D.wearing("a black shirt and a black and white skirt"),
        D.color("black"),
        D.pattern("floral"),
        D.description(
            "The skirt is with chiffon fabric and floral patterns. The skirt is with chiffon fabric and floral "
            "patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        D.details(rep("floral", 30), "loop", hit_limit=True),
        gender="Women",
        category="Skirts",
        color="Black",
        title="SASSAFRAS Women Black & White Floral Print A-Line Midi Skirt",
    ),
    # Photo: woman in a white long-sleeve shirt tucked into grey checked slim formal trousers, black heels, light
    # grey studio. caption CAP3; wearing/color/pattern/description BASE; details CAP1.
    case(
        "myn-10765521",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and lattice patterns."
        ),
        D.wearing("a white shirt and grey pants"),
        D.color("white", "other_garment_color"),
        D.pattern("plaid"),
        D.description("a pair of grey pants with a white shirt tucked in"),
        D.details(
            "The trousers are with cotton fabric and lattice patterns. The lady wears a long-sleeve shirt with "
            "pure color patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Trousers",
        color="Grey",
        title="Van Heusen Woman Grey Checked Slim Fit Formal Trousers",
    ),
    # Photo: woman in a white sleeveless top and a maroon pleated maxi flared skirt, studio.
    # caption VQA; wearing/garment_type/color/description BASE; material CAP3.
    case(
        "myn-13018844",
        caption(
            "Question: What is the color of the skirt? Answer: maroon Question: Is this a skirt? Answer: yes "
            "Question: What cloth is the person wearing? Answer: skirt Question:",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a white top and a red skirt"),
        D.garment_type("skirt"),
        D.color("burgundy"),
        D.description("a long red pleated skirt"),
        D.material(
            "The skirt is with chiffon fabric and pure color patterns. The lady wears a sleeveless tank top with "
            "pure color patterns. The tank",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Maroon",
        title="AND Women Maroon Solid Pleated Maxi Flared Skirt",
    ),
    # Photo: packshot, dark indigo bootcut jeans laid flat, front view on white, no person; brass button, belt
    # loops. caption CAP3; wearing/garment_type/color/details/material BASE; description VQA.
    case(
        "myn-11130579",
        caption(
            "The lady wears a long pants. The pants are with denim fabric and pure color patterns. The lady wears "
            "a long pants. The pants are with denim fabric and pure color patterns. The lady wears a long pants. "
            "The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a woman wearing jeans", "unsupported"),
        D.garment_type("jeans"),
        D.color("dark blue"),
        D.description(rep("jeans", 30), "loop", hit_limit=True),
        D.details("a brass button, belt loops and two front pockets"),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Navy Blue",
        title="Levis Women Navy Blue Bootcut Mid-Rise Jeans",
    ),
    # Photo: woman in a blue-and-white striped long-sleeve shirt and mustard-yellow cotton shorts with rolled
    # hems, studio. caption CAP3; wearing/color/pattern/description BASE; garment_type VQA; details CAP1.
    case(
        "myn-12560318",
        caption(
            "This female wears a long-sleeve shirt with stripe patterns and a three-point shorts. The shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        D.wearing("a striped shirt and yellow shorts"),
        D.garment_type("shirt", "contradiction"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.description("she is wearing a blue and white striped shirt and yellow shorts"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shorts",
        color="Mustard",
        title="Tokyo Talkies Women Mustard Yellow Solid Regular Shorts",
    ),
    # Photo: woman in black skinny jeans, a black T-shirt and an open red-and-black check flannel shirt over it,
    # studio. caption CAP1; everything else BASE.
    case(
        "myn-10448826",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt and black jeans"),
        D.garment_type("jeans"),
        D.color("red", "other_garment_color"),
        D.pattern("plaid", "contradiction"),
        D.description("a pair of black skinny jeans"),
        D.details("he is wearing a plaid shirt over a black t-shirt", "pronoun"),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="HRX by Hrithik Roshan Women Black Skinny Fit High-Rise Jeans",
    ),
    # Photo: woman in white wide-leg linen trousers and a beige knit sweater, sand-colored backdrop.
    # caption/wearing/garment_type/color/material BASE; description CAP3; details VQA.
    case(
        "myn-14021193",
        caption("a woman in white pants and a beige sweater"),
        D.wearing("white pants and a beige sweater"),
        D.garment_type("trousers"),
        D.color("beige", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with knitting fabric. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.details(rep("white", 15, "-") + "-", "loop", hit_limit=True),
        D.material("linen"),
        gender="Women",
        category="Trousers",
        color="White",
        title="Marks & Spencer Women White Linen Wide Leg Trousers",
    ),
    # Photo: woman in light-wash blue mom-fit jeans and a black short-sleeve round-neck T-shirt, studio.
    # Every text CAP3 (the caption adapter answers every prompt with its caption).
    case(
        "myn-12944071",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.garment_type(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.color("The lady wears a short-sleeve T-shirt with pure color patterns and a long pants.", "non_answer"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="DOLCE CRUDO Women Blue Mom Fit High-Rise Jeans",
    ),
    # Photo: woman in teal high-waist flared trousers and a white sleeveless top, studio.
    # Every text VQA.
    case(
        "myn-13677205",
        caption(rep("teal", 50), "loop", hit_limit=True),
        D.wearing(
            "pants Question: What is the color of the pants? Answer: teal Question: Is this a pants? Answer: yes "
            "Question",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("teal"),
        D.pattern("pure color"),
        D.description(rep("teal", 15, "-") + "-", "loop", hit_limit=True),
        D.details("yes", "non_answer"),
        D.material("teal", "non_answer"),
        gender="Women",
        category="Trousers",
        color="Teal",
        title="Athena Women Teal Flared High-Rise Trousers",
    ),
    # Photo: packshot, navy palazzos with white polka dots and an elastic waistband, flat on white, no person.
    # caption/wearing/color/pattern/details/material BASE; description CAP1.
    case(
        "myn-11845660",
        caption("a pair of blue and white polka dot pants"),
        D.wearing("nothing", "non_answer"),
        D.color("blue"),
        D.pattern("polka dot"),
        D.description(
            "The lady wears a long trousers with graphic patterns. The trousers are with chiffon fabric and graphic "
            "patterns. The lady wears a long trousers with graphic",
            "loop",
            hit_limit=True,
        ),
        D.details("the pants have white polka dots and an elastic waistband"),
        D.material("100% rayon, machine wash cold", "unsupported"),
        gender="Women",
        category="Palazzos",
        color="Navy Blue",
        title="Libas Women Navy Blue & White Polka Dot Printed Palazzos",
    ),
    # Photo: woman in a white graphic-print T-shirt tucked into a black bodycon mini skirt, grey wall.
    # caption CAP3; wearing/garment_type/color/pattern/description BASE; details CAP1.
    case(
        "myn-12390017",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns and a short skirt. The T-shirt is "
            "with cotton fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns."
        ),
        D.wearing("he is wearing a white t-shirt and a black skirt", "pronoun"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("black"),
        D.pattern("graphic", "contradiction"),
        D.description("a black mini skirt"),
        D.details(
            "The skirt is with cotton fabric and pure color patterns. The T-shirt is with cotton fabric and graphic "
            "patterns. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Black",
        title="Trendyol Women Black Solid Bodycon Mini Skirt",
    ),
    # Photo: woman in a rust (brownish burnt-orange) short-sleeve wrap jumpsuit with a waist tie and a V-neck,
    # white backdrop. caption/wearing/sleeve_length/details/material BASE; color VQA; description CAP3.
    case(
        "myn-14180932",
        caption("a woman in an orange jumpsuit"),
        D.wearing("a brown jumpsuit"),
        D.color(
            "orange Question: What is the color of the jumpsuit? Answer: orange Question: What is the color of the "
            "jumpsuit? Answer",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("short"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "chiffon fabric and its neckline is v-shape. The",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a tie at the waist and a v-neck"),
        D.material("the garment is made of a material", "restated"),
        gender="Women",
        category="Jumpsuit",
        color="Rust",
        title="SASSAFRAS Women Rust Orange Solid Wrap Jumpsuit with Tie-Up Detail",
    ),
    # Photo: woman in charcoal-grey jeggings and a pink hoodie, studio; no zips on the jeggings.
    # caption/description CAP1; wearing/garment_type/color/pattern/details/material BASE.
    case(
        "myn-10377458",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "cotton fabric. The leggings are with denim fabric and pure color patterns."
        ),
        D.wearing("a pink sweatshirt and grey pants"),
        D.garment_type("leggings"),
        D.color("pink", "other_garment_color"),
        D.pattern("solid"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.details("the leggings have a gold zipper on each ankle", "unsupported"),
        D.material("cotton"),
        gender="Women",
        category="Leggings",
        color="Charcoal",
        title="Kraus Jeans Women Charcoal Grey Solid Skinny Fit Jeggings",
    ),
    # Photo: double denim, a light-blue chambray shirt tucked into mid-blue straight jeans, studio.
    # caption/wearing/color BASE; garment_type/details VQA; description CAP3.
    case(
        "myn-13502264",
        caption("a woman in a denim shirt and blue jeans"),
        D.wearing("a blue shirt and blue jeans"),
        D.garment_type("denim"),
        D.color("blue"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "jeans Question: What are the details of the jeans? Answer: jeans Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Levis Women Blue 314 Shaping Straight Fit Jeans",
    ),
    # Photo: woman in a black tank top and black-and-white vertically striped high-rise paperbag shorts with a
    # tie belt, a bracelet on her wrist. caption CAP3; details CAP1; the rest BASE.
    case(
        "myn-11764403",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top "
            "is with cotton fabric. The shorts are with cotton fabric and stripe patterns. There is an accessory "
            "on her wrist."
        ),
        D.wearing("a black tank top and black and white striped shorts"),
        D.color("black and white"),
        D.pattern("striped"),
        D.description("black and white striped shorts with a paper bag waist"),
        D.details(
            "The shorts are with cotton fabric and stripe patterns. The shorts are with cotton fabric and stripe "
            "patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.material("the material is the material of the shorts", "restated"),
        is_a("skirt", "yes", "contradiction"),
        gender="Women",
        category="Shorts",
        color="Black",
        title="Trend Arrest Women Black & White Striped High-Rise Shorts",
    ),
    # Photo: woman in khaki (beige) cargo trousers with side pockets and a black sleeveless crop top, studio.
    # caption CAP1; the rest BASE.
    case(
        "myn-12688135",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The lady wears a sleeveless "
            "tank top with pure color patterns and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black top and black pants", "other_garment_color"),
        D.garment_type("cargo pants"),
        D.color("beige"),
        D.description("a pair of beige cargo pants with side pockets"),
        D.details("the pants have a drawstring, knee pads and a reflective stripe down the leg", "unsupported"),
        D.material("fabric", "non_answer"),
        gender="Women",
        category="Trousers",
        color="Khaki",
        title="Roadster Women Khaki Solid Cargo Trousers",
    ),
    # Photo: woman in a black sports bra and purple-and-pink abstract-print training tights, grey studio.
    # caption/wearing/garment_type/color/pattern BASE; description CAP3; details VQA. No base colour column.
    case(
        "myn-14309981",
        caption("a woman in a black sports bra and colorful leggings"),
        D.wearing("she is wearing a sports bra and leggings"),
        D.garment_type("leggings"),
        D.color("black", "other_garment_color"),
        D.pattern("abstract"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is "
            "with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details(rep("purple", 30), "loop", hit_limit=True),
        gender="Women",
        category="Leggings",
        title="Puma Women Purple Printed Training Tights",
    ),
    # Photo: packshot, blue denim button-front mini skirt flat on a grey background, no person.
    # caption CAP3; color VQA; details CAP1; the rest BASE. No title.
    case(
        "myn-10920576",
        caption(
            "The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. The lady wears "
            "a short skirt. The skirt is with denim fabric and pure color patterns. The lady wears a short skirt. "
            "The skirt is with denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim skirt"),
        D.garment_type("skirt"),
        D.color(rep("blue", 15, "-") + "-", "loop", hit_limit=True),
        D.pattern("solid"),
        D.description("a blue denim skirt with buttons down the front"),
        D.details(
            "The skirt is with denim fabric and pure color patterns. There is an accessory on her waist. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Women",
        category="Skirts",
        color="Blue",
    ),
    # Photo: woman in a black strappy sleeveless culotte jumpsuit (one piece), in front of a pink wall.
    # caption CAP3; description CAP1; the rest BASE.
    case(
        "myn-13855749",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-quarter pants. The tank top "
            "is with chiffon fabric. The pants are with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        D.wearing("a black dress", "contradiction"),
        D.garment_type("jumpsuit"),
        D.color("pink", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a three-quarter pants. The tank top "
            "is with chiffon fabric. The",
            "cut",
            hit_limit=True,
        ),
        D.details("it has spaghetti straps and wide legs"),
        gender="Women",
        category="Jumpsuit",
        color="Black",
        title="Berrylush Women Black Solid Culotte Jumpsuit",
    ),
    # Photo: woman in white cotton palazzos with a lace hem and a pink short-sleeve crop top, studio; plain
    # palazzos, no embroidery. caption CAP1; details VQA; the rest BASE.
    case(
        "myn-11603388",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and pink pants", "other_garment_color"),
        D.color("white"),
        D.description("a pair of white pants with lace trim at the bottom"),
        D.details(
            "lace Question: What is the color of the palazzo? Answer: white Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.material("it is made of cotton and silk with gold thread embroidery", "unsupported"),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Jaipur Kurti Women White Solid Palazzos with Lace Hem",
    ),
    # Photo: packshot, charcoal-grey wide-leg trousers on a wooden hanger against a white background, no person.
    # caption/wearing/garment_type/color/details BASE; description CAP3; material VQA.
    case(
        "myn-12071946",
        caption("a pair of grey pants hanging on a hanger"),
        D.wearing("a woman wearing grey pants and a white shirt", "unsupported"),
        D.garment_type("pants"),
        D.color("charcoal"),
        D.description(
            "The lady wears a long trousers with pure color patterns. The trousers are with cotton fabric. The lady "
            "wears a long trousers with pure color",
            "loop",
            hit_limit=True,
        ),
        D.details("the details of the pants are the pants", "restated"),
        D.material(rep("cotton", 30), "loop", hit_limit=True),
        gender="Women",
        category="Trousers",
        color="Charcoal",
        title="Marks & Spencer Women Charcoal Grey Wide Leg Trousers",
    ),
    # Photo: woman in a mustard-yellow ribbed long-sleeve top, dark blue slim jeans and a brown belt, beige
    # backdrop. details CAP3; the rest BASE. Only the category column is filled.
    case(
        "myn-14566120",
        caption("a woman wearing a yellow top and jeans"),
        D.wearing("he is wearing a yellow shirt and blue jeans", "pronoun"),
        D.garment_type("belt", "contradiction"),
        D.color("yellow", "other_garment_color"),
        D.description("a pair of dark blue slim fit jeans with a brown belt"),
        D.details(
            "The pants are with denim fabric and pure color patterns. There is an accessory on her waist. The lady "
            "wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        category="Jeans",
    ),
    # Photo: woman in white eyelet (self-design) cotton shorts and a blue denim shirt knotted at the waist.
    # caption CAP3; description VQA; the rest BASE.
    case(
        "myn-10588273",
        caption(
            "This female wears a long-sleeve shirt with pure color patterns and a three-point shorts. The shirt is "
            "with denim fabric and its neckline is lapel. The shorts are with cotton fabric and pure color patterns."
        ),
        D.wearing("a blue shirt and blue shorts", "other_garment_color"),
        D.color("white"),
        D.pattern("solid"),
        D.description(rep("shorts", 30), "loop", hit_limit=True),
        D.details("the details of the garment are", "cut"),
        D.material("cotton"),
        gender="Women",
        category="Shorts",
        color="White",
        title="Marks Women White Self Design Shorts",
    ),
    # Photo: woman in a white T-shirt and a mustard satin midi slip skirt that shines gold, studio.
    # caption CAP1; description CAP3; the rest BASE.
    case(
        "myn-13249507",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. The skirt is with chiffon fabric and pure color patterns. The lady wears a short-sleeve "
            "T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a yellow skirt"),
        D.garment_type("dress", "contradiction"),
        D.color("gold"),
        D.description(
            "The skirt is with chiffon fabric and pure color patterns. Question: What is the color of the skirt? "
            "Answer: The lady",
            "leak",
            hit_limit=True,
        ),
        D.material("satin"),
        gender="Women",
        category="Skirts",
        color="Mustard",
        title="Athena Women Mustard Satin Midi Slip Skirt",
    ),
    # Photo: packshot, white ankle-length cotton leggings folded on a white background, no person.
    # color VQA; the rest BASE.
    case(
        "myn-11419652",
        caption("a pair of white leggings on a white background"),
        D.wearing("white leggings"),
        D.garment_type("leggings"),
        D.color(rep("white", 30), "loop", hit_limit=True),
        D.description("it is a pair of white leggings"),
        D.details("", "non_answer"),
        D.material("cotton lycra blend, 180 gsm", "unsupported"),
        gender="Women",
        category="Leggings",
        color="White",
        title="Go Colors Women White Solid Ankle-Length Leggings",
    ),
    # Photo: woman in white skinny jeans, a black top and an open black blazer over it, studio.
    # details CAP3; the rest BASE.
    case(
        "myn-12833094",
        caption("a man in a black jacket and white pants", "pronoun"),
        D.wearing("a black jacket, a black shirt and white jeans"),
        D.garment_type("jacket", "contradiction"),
        D.color("black", "other_garment_color"),
        D.details(
            "The outer clothing is with cotton fabric and pure color patterns. The lady wears a long pants. The "
            "pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="White",
        title="ONLY Women White Skinny Fit Mid-Rise Jeans",
    ),
    # Photo: woman in pastel pink straight trousers and a white long-sleeve V-neck blouse, studio.
    # caption CAP3; pattern VQA; the rest BASE.
    case(
        "myn-14077215",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "chiffon fabric and its neckline is v-shape. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        D.wearing("she is wearing a white shirt and pink pants"),
        D.color("light pink"),
        D.pattern(
            "solid Question: What is the color of the pants? Answer: pink Question: Is this a pants?",
            "leak",
            hit_limit=True,
        ),
        D.description("the garment is a garment", "restated"),
        D.material("I don't know", "non_answer"),
        gender="Women",
        category="Trousers",
        color="Pink",
        title="Cover Story Women Pink Solid Straight Trousers",
    ),
    # Photo: woman in black cycling shorts and an oversized plain white T-shirt, studio, a watch on her wrist.
    # caption CAP1; material VQA; the rest BASE.
    case(
        "myn-10261839",
        caption(
            "This female wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black shorts"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.details("they are shorts", "non_answer"),
        D.material(
            "Answer: cotton Question: What is the material of the shorts? Answer: cotton Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Shorts",
        color="Black",
        title="HRX by Hrithik Roshan Women Black Solid Cycling Shorts",
    ),
    # Photo: packshot, red-and-white gingham tiered mini skirt on a hanger against a wooden plank wall, no belt.
    # description CAP3; the rest BASE.
    case(
        "myn-13964470",
        caption("a red and white checkered skirt hanging on a wooden wall"),
        D.garment_type("skirt"),
        D.color("brown", "contradiction"),
        D.pattern("checked"),
        D.description(
            "The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns. The lady wears a "
            "short skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        D.details("it has three tiers, a zipper on the side and a matching belt with a gold buckle", "unsupported"),
        gender="Women",
        category="Skirts",
        color="Red",
        title="Sera Women Red & White Checked Tiered Mini Skirt",
    ),
    # Photo: woman in mustard palazzos with a white floral print and a white sleeveless top, studio.
    # caption CAP3; material CAP1; the rest BASE. No gender column.
    case(
        "myn-11290618",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is "
            "with cotton fabric. The trousers are with chiffon fabric and floral patterns."
        ),
        D.wearing("a white top and yellow pants with flowers"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description("the garment is described as a garment", "restated"),
        D.details("he is wearing a white tank top and yellow floral pants", "pronoun"),
        D.material(
            "The trousers are with chiffon fabric and floral patterns. The trousers are with chiffon fabric and "
            "floral patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        category="Palazzos",
        color="Mustard",
        title="Biba Women Mustard Floral Print Palazzos",
    ),
    # Photo: woman in a mid-blue long-sleeve denim utility jumpsuit with a front zip, chest pockets and a belt.
    # garment_type VQA; description CAP3; the rest BASE.
    case(
        "myn-12455783",
        caption("a woman in a denim jumpsuit"),
        D.garment_type(rep("jumpsuit", 15), "loop", hit_limit=True),
        D.color("blue"),
        D.sleeve_length("short", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a zipper in the front, chest pockets and a belt"),
        gender="Women",
        category="Jumpsuit",
        color="Blue",
        title="Tokyo Talkies Women Blue Denim Utility Jumpsuit",
    ),
    # Photo: woman in navy ankle-length leggings under a long red floral-print long-sleeve tunic, studio.
    # caption CAP3; details VQA; the rest BASE.
    case(
        "myn-14712036",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        D.garment_type("dress", "contradiction"),
        D.color("red", "other_garment_color"),
        D.pattern("floral", "contradiction"),
        D.details(rep("navy", 15, "-") + "-", "loop", hit_limit=True),
        gender="Women",
        category="Leggings",
        color="Navy Blue",
        title="De Moza Women Navy Blue Solid Ankle-Length Leggings",
    ),
    # Photo: woman in grey ripped boyfriend jeans and a white long-sleeve shirt, studio. caption CAP1; details
    # CAP3; the rest BASE. No title.
    case(
        "myn-10832751",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns. The lady wears a long-sleeve shirt "
            "with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.description("grey boyfriend jeans with ripped knees"),
        D.details(
            "ripped knees Question: What is the color of the garment? Answer: The lady wears a long-sleeve shirt with",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Grey",
    ),
    # Photo: woman in coffee-brown corduroy straight trousers and a cream knit sweater, studio.
    # details CAP3; description VQA; the rest BASE.
    case(
        "myn-13136492",
        caption("a woman wearing a white sweater and brown pants"),
        D.color("brown"),
        D.pattern("solid"),
        D.material("corduroy"),
        D.details(
            "The trousers are with cotton fabric and stripe patterns. The lady wears a long-sleeve sweater with "
            "pure color patterns. The sweater is",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "brown Question: Is this a pants? Answer: yes Question: What is the color of the pants? Answer: brown",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Trousers",
        color="Brown",
        title="Mango Women Brown Corduroy Straight Trousers",
    ),
    # Photo: woman in an emerald-green accordion-pleated midi skirt and a black turtleneck sweater, studio.
    # caption CAP3; the rest BASE.
    case(
        "myn-11957308",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sweater and a green skirt"),
        D.color("black", "other_garment_color"),
        D.description("the skirt is a skirt", "restated"),
        D.details("it has pleats"),
        D.material("yes", "non_answer"),
        gender="Women",
        category="Skirts",
        color="Green",
        title="Athena Women Green Solid Accordion Pleated Midi Skirt",
    ),
    # Photo: packshot, pink cotton shorts with a small white floral print, flat lay on white, no person.
    # caption CAP1; material/description VQA; the rest BASE. No title.
    case(
        "myn-12610945",
        caption(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and floral patterns.",
            "unsupported",
        ),
        D.wearing("pink shorts"),
        D.color("pink"),
        D.pattern("floral"),
        D.details("she has a flower in her hair", "unsupported"),
        D.description(
            "shorts Question: What is the color of the shorts? Answer: pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Shorts",
        color="Pink",
    ),
    # Photo: woman in a white short-sleeve jumpsuit with black polka dots, studio. pattern CAP3 (stopped
    # before the limit); the rest BASE.
    case(
        "myn-14403167",
        caption("a woman in a white jumpsuit with black polka dots"),
        D.wearing("he is wearing a polka dot jumpsuit", "pronoun"),
        D.color("white"),
        D.sleeve_length("short"),
        D.pattern("The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is", "cut"),
        D.details("the details of the jumpsuit are the polka dots"),
        gender="Women",
        category="Jumpsuit",
        color="White",
        title="Harpa Women White & Black Polka Dot Print Jumpsuit",
    ),
    # Photo: woman in lavender high-rise pleated trousers and a white sleeveless crop top, studio.
    # caption CAP3; details VQA; the rest BASE (material stopped before the limit). No title.
    case(
        "myn-10719824",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is "
            "with cotton fabric. The trousers are with cotton fabric and pure color patterns. The lady wears a "
            "sleeveless tank top with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white top and purple pants"),
        D.garment_type("top", "contradiction"),
        D.color("purple"),
        D.details(
            "purple Question: What is the color of the pants? Answer: purple Question: Is this a pants? Answer: "
            "yes Question",
            "leak",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        gender="Women",
        category="Trousers",
        color="Lavender",
    ),
]
