"""BLIND_34 (44 products; a US children's and baby clothing retailer): written blind in the fifteenth session, and
measured blind at cd2d5c8: 103/141 and 18/151. Three products ask one question twice (CK34-007 and CK34-015 a
color, CK34-031 a color with a leak): a finding is per question, so the right one of each pair counts as flagged
along with the wrong one. The writer's notes, verbatim:

Scenario
--------
A Carter's / Gap Kids-like shop for babies and children enriches its catalog with BLIP-2: bodysuits and one-piece
onesies, footed sleepers, rompers and shortalls, overalls, leggings, graphic tees, two-piece pajama sets, party
dresses, fleece jackets, swim rash guards, and a few hats and sneakers. The photos are flat lays on white (no
person at all) and children modelling, either on a white sweep or in a playroom (painted walls, toy shelves, play
mats, rugs). Catalog columns are in the shop's own words: gender is one of Baby Boy, Baby Girl, Toddler Boy,
Toddler Girl, Kids Unisex, Neutral; category is the shop's menu ("Bodysuits", "Sleepers & Pajamas", "Rompers",
"Overalls", "Leggings", "Graphic Tees", "Pajama Sets", "Dresses", "Jackets & Outerwear", "Swimwear", "Hats",
"Shoes"); color is the shop's swatch name ("Heather Grey", "Oatmeal", "Blush", "Sage", "Medium Wash", "Pink
Floral", "Navy Stripe", "Multi", ...); title is the product name. Two products (CK34-029, CK34-030) carry no
catalog columns at all (a marketplace feed that came in bare).

292 texts: 141 failures (loop 22, unsupported 21, cut 20, contradiction 20, non_answer 13, other_garment_color 13,
restated 12, leak 11, pronoun 9) and 151 correct.

Which system wrote which text
-----------------------------
The comment above each Case names the writer of the caption and of the answers:
- "enrich base": enrich running untuned Salesforce/blip2-opt-2.7b with the default questionnaire (DEFAULT_QUESTIONS),
  stopping on the newline / eos. Short answers, mostly right; its failures are the base model's own: one color
  for every garment, the wrong pronoun, invented details, the odd restatement or "prompt echo".
- "caption adapter" (leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3) and "caption adapter epoch 1"
  (..._Caption_First_Epoch): DeepFashion template captions ("The lady wears ... with pure color patterns"), and
  for questions mostly the caption template again; no end token, so long outputs loop or are cut at the limit.
- "VQA adapter" (leoreigoto/Data3_V3_BLIP2_VQA): the experiments' questions (color_of / describe / details, "What
  is she/he wearing?", "Is this a ...?"); In-shop vocabulary (tee, pants, romper/jumpsuit, jacket ...), loops
  ("grey grey grey", "the sleeves, the neckline, ..."), cuts, prompt leaks ("Answer:", "Question: ...").
- "extractive QA": the caption adapter's caption, then timpal0l/mdeberta-v3-base-squad2 over it; answers are spans
  of the caption (sometimes an empty string when squad2 finds no answer, sometimes the wrong span).

How it was written
------------------
Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
makers and the TARGETS failure kinds). I did not read enrich, its queries, its docs, the other corpora, or run any
audit. Every label is judged against the photo described in the comment and the catalog columns.

Label conventions and judgement calls
-------------------------------------
- One label per text: the most salient failure. A loop that ran to the limit is "loop" (hit_limit=True); an
  answer that ran to the limit mid-sentence without repeating is "cut" (hit_limit=True). hit_limit=True only where
  the text ran to the token limit (30 new tokens for answers, 50 for captions). Short template sentences that end
  cleanly are taken to have stopped on a newline and have hit_limit=False.
- "restated": the caption template (or the question's own words at length) returned for a question instead of an
  answer. "non_answer": nothing said: empty, "it", "the garment", "they are leggings" for the leggings' details,
  "I don't know".
- "contradiction": a color, garment type, pattern or sleeve length that the photo, the other texts or the catalog
  contradict (e.g. "dress" for a romper, "t-shirt" for a bodysuit whose category is Bodysuits, "pink" for a
  Navy product). "other_garment_color": the product answered with the color of another garment in the photo
  (the tee under the overalls, the trunks under the rash guard, the jeans under the jacket). A wall or play-mat
  color answered for the garment is "contradiction", not "other_garment_color" (it is not a garment).
- "unsupported": invented details the photo does not show (a hood that is not there, pockets, brand logos, "a
  woman" in a flat lay, "sitting on a couch" on a white sweep, "organic cotton" / "waterproof" claims).
- "pronoun": he/his for a girl or she/her/"the lady" for a boy, judged against the photo and the shop's gender.
  For Kids Unisex / Neutral products the pronoun is judged against the child in the photo: "she" for a girl
  modelling a Unisex tee is correct.
- "leak": the prompt format in the answer ("Answer: pink", "... Question: What is the pattern").
- Correct, on purpose: layered outfits answered for the right garment, prints and graphics ("graphic", "pure
  color" for a solid), background colors named as backgrounds, near-color synonyms of the shop's swatch names
  (dark blue for Navy, light pink for Blush, off white / cream for Ivory, green for Sage, beige for Oatmeal or
  Khaki), bare "yes"/"no" to yes/no questions, "sleeveless" for overalls, "a onesie" for a flat lay asked what the
  person is wearing.
"""

from __future__ import annotations

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as Q,
)
from tests.audit_corpus import (
    Case,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_34: list[Case] = [
    # 1. Flat lay on white, no person: white short-sleeve bodysuit with a small blue whale graphic on the chest,
    # snaps at the crotch. Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-001",
        caption("a white baby onesie with a blue whale on it"),
        Q.wearing("a white onesie Answer: a white onesie", "leak"),
        Q.garment_type("bodysuit"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.description("a white onesie with a blue whale on the front and a hood", "unsupported"),
        Q.details(
            "the onesie has a whale on the front and the whale is blue and the whale has a water spout and the "
            "whale is smiling and the onesie has",
            "cut",
            hit_limit=True,
        ),
        gender="Baby Boy",
        category="Bodysuits",
        color="White",
        title="Whale Short-Sleeve Bodysuit",
    ),
    # 2. Toddler girl standing in a playroom (pale yellow wall, wooden toy shelf) in a pink floral flutter-sleeve
    # romper and white sneakers. Caption: caption adapter (epoch 3); answers: VQA adapter.
    case(
        "CK34-002",
        caption(
            "The lady is wearing a short-sleeve romper with floral patterns. The romper is with cotton fabric. It "
            "has a round neckline. The lady is wearing a short-sleeve romper with floral patterns. The romper is "
            "with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a pink floral romper", who="she"),
        color_of("romper", "pink"),
        color_of("shoes", "white", kind="open"),
        describe(
            "romper",
            "The lady is wearing a short-sleeve romper with floral patterns. The romper is with cotton fabric.",
            "restated",
        ),
        details(
            "romper",
            "the ruffle, the ruffle, the ruffle, the ruffle, the ruffle, the ruffle, the ruffle, the ruffle, the",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        gender="Toddler Girl",
        category="Rompers",
        color="Pink Floral",
        title="Floral Flutter-Sleeve Romper",
    ),
    # 3. Flat lay on white: heather grey zip-up footed sleeper with a navy dinosaur print, navy cuffs and feet.
    # Caption: enrich base; answers: VQA adapter (experiments' questions).
    case(
        "CK34-003",
        caption("a baby's pajamas with dinosaurs on them"),
        wearing("a grey t-shirt and grey pants", "contradiction"),
        color_of("pajamas", "grey", kind="open"),
        color_of(
            "pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "pajamas",
            "the pajamas are grey with navy dinosaurs and a zipper down the front and navy cuffs on the sleeves and "
            "the feet are navy and the zipper goes from the",
            "cut",
            hit_limit=True,
        ),
        details("pajamas", "they are pajamas", "non_answer"),
        is_a("dress", "no"),
        gender="Baby Boy",
        category="Sleepers & Pajamas",
        color="Grey Dino",
        title="Dinosaur Zip-Up Footed Sleeper",
    ),
    # 4. Toddler boy in a playroom (light blue wall, round rug): medium-wash denim overalls over a red-and-white
    # striped long-sleeve tee, black sneakers. Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-004",
        caption("a little boy wearing overalls standing in a playroom"),
        Q.wearing("denim overalls and a striped shirt"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a pair of blue denim overalls with a bib pocket and two shoulder straps with metal buttons and a pocket "
            "on each side and the legs are rolled up at the",
            "cut",
            hit_limit=True,
        ),
        gender="Toddler Boy",
        category="Overalls",
        color="Medium Wash",
        title="Denim Overalls",
    ),
    # 5. Toddler girl on a white sweep: red velvet sleeveless party dress with a full tulle skirt, white tights,
    # black patent shoes, no jewellery. Caption and answers: caption adapter epoch 1 through the default
    # questionnaire.
    case(
        "CK34-005",
        caption(
            "This female is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.wearing(
            "This female is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric.",
            "restated",
        ),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.description(
            "The dress is with chiffon fabric. It has a round neckline. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is",
            "loop",
            hit_limit=True,
        ),
        Q.details("There is an accessory on her wrist. There is a ring on her finger.", "unsupported"),
        gender="Toddler Girl",
        category="Dresses",
        color="Red",
        title="Holiday Velvet Tutu Dress",
    ),
    # 6. Boy (about 6) on white: heather grey full-zip fleece jacket, navy joggers, white sneakers. No hood.
    # Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-006",
        caption("a young boy wearing a grey fleece jacket and blue pants"),
        Q.wearing("a gray jacket and navy pants"),
        Q.garment_type("jacket"),
        Q.color("navy", "other_garment_color"),
        Q.description("a grey zip up fleece jacket with a hood and a kangaroo pocket", "unsupported"),
        Q.details(
            "the jacket has a zipper in the front and two pockets on the sides and elastic at the cuffs and the "
            "bottom of the jacket has a",
            "cut",
            hit_limit=True,
        ),
        Q.material("fleece"),
        gender="Kids Unisex",
        category="Jackets & Outerwear",
        color="Heather Grey",
        title="Kids Zip-Up Fleece Jacket",
    ),
    # 7. Toddler girl in a playroom (mint wall, alphabet rug): lavender short-sleeve tee, black leggings with white
    # polka dots, bare feet. Product: the leggings. Caption: caption adapter; answers: VQA adapter.
    case(
        "CK34-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings with graphic "
            "patterns. The T-shirt is with cotton fabric."
        ),
        wearing("she is wearing a purple shirt and black and white leggings", who="she"),
        color_of("leggings", "black and white", kind="open"),
        color_of("leggings", "purple", "other_garment_color", kind="open"),
        details("leggings", "they are leggings", "non_answer"),
        is_a("leggings", "yes", article="a pair of"),
        describe(
            "leggings",
            "the leggings are black with white polka dots Question: What are the leggings details? Answer: the",
            "leak",
            hit_limit=True,
        ),
        gender="Toddler Girl",
        category="Leggings",
        color="Black Dot",
        title="Polka Dot Leggings",
    ),
    # 8. Flat lay on white: navy short-sleeve tee, white "LITTLE BROTHER" text and an orange rocket graphic.
    # Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-008",
        caption("a navy blue t - shirt that says little brother with a rocket"),
        Q.garment_type("t-shirt"),
        Q.color("dark blue"),
        Q.pattern("graphic"),
        Q.description("a navy blue t - shirt with the words big brother on it", "contradiction"),
        Q.details(
            "the t - shirt says little brother in white letters and has an orange rocket ship with flames coming "
            "out of the bottom and three little",
            "cut",
            hit_limit=True,
        ),
        gender="Toddler Boy",
        category="Graphic Tees",
        color="Navy",
        title="Little Brother Rocket Graphic Tee",
    ),
    # 9. Flat lay on white: two-piece snug-fit pajama set, long-sleeve top and pants, pink and white stripes.
    # Caption: caption adapter (invents a person); answers: VQA adapter.
    case(
        "CK34-009",
        caption(
            "The lady is wearing a long-sleeve shirt with striped patterns and a long pants with striped patterns. "
            "The shirt is with cotton fabric.",
            "unsupported",
        ),
        color_of("shirt", "pink and white"),
        color_of("pants", "pink and white"),
        describe("shirt", "the shirt", "non_answer"),
        details(
            "pants",
            "the pants are striped, the pants are striped, the pants are striped, the pants are striped, the pants",
            "loop",
            hit_limit=True,
        ),
        wearing("Answer: pajamas", "leak"),
        is_a("pajama set", "yes"),
        gender="Baby Girl",
        category="Pajama Sets",
        color="Pink Stripe",
        title="2-Piece Striped Snug Fit Cotton PJs",
    ),
    # 10. Toddler boy on white: royal blue long-sleeve rash guard with a grey shark graphic, orange swim trunks.
    # Product: the rash guard. Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-010",
        caption("a little boy in a blue shirt with a shark on it and orange shorts"),
        Q.wearing("she is wearing a blue rash guard and orange swim trunks", "pronoun"),
        Q.garment_type("shirt"),
        Q.color("orange", "other_garment_color"),
        Q.description("a blue long sleeve swim shirt with a shark on it"),
        Q.material("it is made of waterproof material that blocks the sun", "unsupported"),
        gender="Toddler Boy",
        category="Swimwear",
        color="Blue",
        title="Shark Rash Guard",
    ),
    # 11. Flat lay on white: khaki cotton bucket hat, plain, no logo, no drawstring.
    # Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-011",
        caption("a khaki bucket hat on a white background"),
        Q.garment_type("hat"),
        Q.color("beige"),
        Q.description("a tan bucket hat with a drawstring and a logo patch on the front", "unsupported"),
        Q.details("a hat", "non_answer"),
        Q.material("cotton"),
        gender="Neutral",
        category="Hats",
        color="Khaki",
        title="Baby Bucket Hat",
    ),
    # 12. Flat lay on white: pair of pink light-up sneakers with velcro straps and white soles, no brand logo.
    # Caption: caption adapter epoch 1 (invents a person, loops); answers: VQA adapter.
    case(
        "CK34-012",
        caption(
            "The female is wearing a pair of sneakers. The sneakers are pink. The sneakers are pink. The sneakers "
            "are pink. The sneakers are pink. The sneakers are pink. The sneakers are pink. The sneakers",
            "loop",
            hit_limit=True,
        ),
        color_of("shoes", "pink"),
        color_of("soles", "white", kind="open"),
        describe("shoes", "Answer: pink sneakers with velcro straps Answer: pink sneakers", "leak"),
        details("shoes", "the shoes have lights in the sole and a nike logo on the side", "unsupported"),
        wearing("she is wearing pink shoes", who="she"),
        gender="Toddler Girl",
        category="Shoes",
        color="Pink",
        title="Light-Up Sneakers",
    ),
    # 13. Flat lay on white: 3-pack of long-sleeve bodysuits fanned out: white, sage green, oatmeal.
    # Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-013",
        caption("three baby onesies in white, green and beige"),
        Q.garment_type("bodysuit"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.description(
            "three long sleeve onesies laid out in a fan, one white, one green and one beige, each with snaps at "
            "the bottom and a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "three onesies, three onesies, three onesies, three onesies, three onesies, three onesies, three",
            "loop",
            hit_limit=True,
        ),
        gender="Neutral",
        category="Bodysuits",
        color="Multi",
        title="3-Pack Long-Sleeve Bodysuits",
    ),
    # 14. Baby girl sitting on a green play mat in a playroom: yellow short-sleeve bodysuit with a sunflower print
    # and ruffle sleeves, bare legs, nothing on her head. Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-014",
        caption("a baby sitting on a green mat wearing a yellow outfit with flowers"),
        Q.wearing("a yellow onesie with sunflowers and a matching headband", "unsupported"),
        Q.garment_type("bodysuit"),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        Q.description("he is wearing a yellow onesie with sunflowers on it", "pronoun"),
        Q.details("ruffles on the sleeves"),
        gender="Baby Girl",
        category="Bodysuits",
        color="Yellow",
        title="Sunflower Ruffle Bodysuit",
    ),
    # 15. Toddler girl on white: mint hooded fleece jacket, unzipped, over a white tee and light-wash jeans.
    # Product: the jacket. Caption: caption adapter; answers: VQA adapter.
    case(
        "CK34-015",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is with "
            "cotton fabric and its neckline is hooded. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a green jacket, a white shirt and jeans", who="she"),
        color_of("jacket", "mint green"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        describe("jacket", "it is a jacket", "non_answer"),
        details("jacket", "the hood, the zipper, the pockets"),
        is_a("jacket", "yes"),
        gender="Toddler Girl",
        category="Jackets & Outerwear",
        color="Mint",
        title="Hooded Zip-Up Fleece Jacket",
    ),
    # 16. Girl (about 7) in a playroom (white brick wall, beanbag): white short-sleeve tee with a rainbow graphic
    # and "BE KIND" text, denim shorts. Product: the Unisex tee. Caption: enrich base; answers: VQA adapter.
    case(
        "CK34-016",
        caption("a little girl wearing a t - shirt with a rainbow on it"),
        wearing("she is wearing a white t-shirt and denim shorts", who="she"),
        color_of("shirt", "white"),
        color_of("shorts", "blue", kind="open"),
        describe("shirt", "a blue t - shirt with a rainbow and the words be kind", "other_garment_color"),
        details(
            "shirt",
            "the rainbow, the words, the rainbow, the words, the rainbow, the words, the rainbow, the words, the",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "rainbow", "contradiction", kind="open"),
        gender="Kids Unisex",
        category="Graphic Tees",
        color="White",
        title="Be Kind Rainbow Graphic Tee",
    ),
    # 17. Baby boy lying on a white blanket: navy and white striped zip-up footed sleeper. Caption: caption
    # adapter (template "the lady"); answers: enrich base, default questionnaire.
    case(
        "CK34-017",
        caption(
            "The lady is wearing a long-sleeve jumpsuit with striped patterns. The jumpsuit is with cotton fabric.",
            "pronoun",
        ),
        Q.wearing("a striped sleeper"),
        Q.color("navy"),
        Q.pattern("striped"),
        Q.description(
            "a navy and white striped footed sleeper with a zipper that goes from the neck down to the left foot and "
            "a little fold over cuff on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("Question: What are the details of the garment? Answer: a zipper", "leak"),
        gender="Baby Boy",
        category="Sleepers & Pajamas",
        color="Navy Stripe",
        title="Striped Zip-Up Footed Sleeper",
    ),
    # 18. Toddler boy in a playroom (light blue wall, toy shelves): chambray short-sleeve button-front shortall,
    # no shoes. Caption: enrich base; answers: VQA adapter.
    case(
        "CK34-018",
        caption("a toddler in a blue romper standing in front of a blue wall"),
        wearing("he is wearing a blue romper", who="he"),
        color_of("romper", "light blue"),
        describe(
            "romper",
            "the romper has buttons on the front and short sleeves and a collar and buttons on the front and short "
            "sleeves and a collar and",
            "loop",
            hit_limit=True,
        ),
        details("romper", "Answer: buttons Answer: buttons", "leak"),
        is_a("jumpsuit", "yes"),
        is_a("dress", "yes", "contradiction"),
        gender="Toddler Boy",
        category="Rompers",
        color="Chambray",
        title="Chambray Button-Front Shortall",
    ),
    # 19. Flat lay on white: plain ivory sleeveless party dress, satin bodice and layered tulle skirt, a satin bow
    # at the waist. Caption: caption adapter epoch 1; answers: extractive QA over that caption.
    case(
        "CK34-019",
        caption(
            "This person is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric.",
            "unsupported",
        ),
        Q.wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.description("a sleeveless dress with pure color patterns. The dress is with chiffon fabric", "restated"),
        gender="Baby Girl",
        category="Dresses",
        color="Ivory",
        title="Satin & Tulle Party Dress",
    ),
    # 20. Flat lay on white: coral long-sleeve rash guard and matching swim bottoms with a white palm-leaf print.
    # Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-020",
        caption("a coral swimsuit with palm leaves on a white background"),
        Q.garment_type("swimsuit"),
        Q.color("orange"),
        Q.description(
            "it is a coral rash guard with matching bottoms and white leaves and the rash guard has long sleeves and "
            "a crew neck and the bottoms have a ruffle at the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the rash guard has a zipper on the back and upf 50 sun protection", "unsupported"),
        Q.material(
            "nylon and spandex and polyester and nylon and spandex and polyester and nylon and spandex and polyester "
            "and nylon and",
            "loop",
            hit_limit=True,
        ),
        gender="Baby Girl",
        category="Swimwear",
        color="Coral",
        title="2-Piece Palm Rash Guard Set",
    ),
    # 21. Toddler boy in a playroom (yellow wall, toy bins): green two-piece pajama set, long-sleeve top with a
    # glow-in-the-dark dinosaur skeleton, matching green pants. Caption: caption adapter; answers: VQA adapter.
    case(
        "CK34-021",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants with pure color patterns. The "
            "shirt is with cotton fabric. The pants are with cotton fabric.",
            "pronoun",
        ),
        wearing("he is wearing green pajamas with a dinosaur", who="he"),
        color_of("shirt", "green"),
        color_of("pants", "yellow", "contradiction", kind="open"),
        describe("shirt", "The lady wears a long-sleeve shirt with graphic patterns", "restated"),
        details("shirt", "a dinosaur skeleton"),
        is_a("pajama set", "yes"),
        gender="Toddler Boy",
        category="Pajama Sets",
        color="Green",
        title="Glow Dino 2-Piece Pajamas",
    ),
    # 22. Flat lay on white: 2-pack of plain leggings, one heather grey, one navy.
    # Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-022",
        caption("two pairs of leggings, one grey and one navy"),
        Q.garment_type("leggings"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description(
            "two pairs of plain leggings, one grey and one navy, with an elastic waistband and a flat front and the "
            "grey pair is on the left and the",
            "cut",
            hit_limit=True,
        ),
        Q.details("leggings", "non_answer"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Baby Girl",
        category="Leggings",
        color="Heather Grey/Navy",
        title="2-Pack Leggings",
    ),
    # 23. Boy (about 5) on white: red half-zip fleece pullover, khaki pants, brown boots. Product: the fleece.
    # Caption: enrich base; answers: VQA adapter.
    case(
        "CK34-023",
        caption("a boy in a red fleece and khaki pants"),
        wearing("he is wearing a red jacket and khaki pants", who="he"),
        color_of("jacket", "red"),
        color_of("pants", "red", "contradiction", kind="open"),
        describe(
            "jacket",
            "the jacket is red with a zipper at the neck and a pocket on the chest with a zipper and the pocket is red "
            "and has a",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "the zipper Question: What is the color of the zipper? Answer: black", "leak"),
        is_a("dress", "no"),
        gender="Kids Unisex",
        category="Jackets & Outerwear",
        color="Red",
        title="Kids Half-Zip Fleece Pullover",
    ),
    # 24. Flat lay on white: 2-piece set, a cream long-sleeve bodysuit laid above brown corduroy overalls.
    # Product: the set (catalog color Brown). Caption: caption adapter; answers: enrich base, default questionnaire.
    case(
        "CK34-024",
        caption(
            "This person wears a long-sleeve shirt with pure color patterns and a long pants with pure color "
            "patterns. The shirt is with cotton fabric. The pants are with",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a baby wearing a white shirt and brown overalls", "unsupported"),
        Q.color("brown"),
        Q.pattern("corduroy"),
        Q.description("brown corduroy overalls with a cream onesie"),
        Q.details("the overalls are brown and the onesie is brown", "other_garment_color"),
        gender="Baby Boy",
        category="Overalls",
        color="Brown",
        title="2-Piece Bodysuit & Corduroy Overall Set",
    ),
    # 25. Flat lay on white: navy toddler sneakers with two velcro straps, white toe caps and white soles.
    # Caption: enrich base; answers: VQA adapter.
    case(
        "CK34-025",
        caption("a pair of navy blue sneakers with velcro straps"),
        color_of("shoes", "navy blue"),
        describe(
            "shoes",
            "navy sneakers with white soles and two velcro straps and a white toe cap and a loop on the back of the "
            "heel and the straps are",
            "cut",
            hit_limit=True,
        ),
        details(
            "shoes",
            "velcro, velcro, velcro, velcro, velcro, velcro, velcro, velcro, velcro, velcro, velcro",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a pair of shoes", who="he"),
        is_a("sneaker", "yes"),
        color_of("shoes", "white", "contradiction"),
        gender="Toddler Boy",
        category="Shoes",
        color="Navy",
        title="Velcro Sneakers",
    ),
    # 26. Flat lay on white: pink cable-knit beanie with a white faux-fur pom-pom. Caption: caption adapter
    # epoch 1; answers: enrich base, default questionnaire.
    case(
        "CK34-026",
        caption("The lady is wearing a hat. The hat is pink. There is a hat in her head.", "unsupported"),
        Q.garment_type("hat"),
        Q.color("pink"),
        Q.pattern("cable knit"),
        Q.description(
            "a pink knit beanie with a white pom pom and a pink knit beanie with a white pom pom and a pink knit "
            "beanie with a",
            "loop",
            hit_limit=True,
        ),
        Q.material("it is made of wool and cashmere from italy", "unsupported"),
        gender="Baby Girl",
        category="Hats",
        color="Pink",
        title="Pom-Pom Cable Knit Beanie",
    ),
    # 27. Girl (about 6) on white: purple short-sleeve tee with a glitter unicorn graphic, blue jeans.
    # Product: the tee. Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-027",
        caption("a little girl in a purple shirt with a unicorn on it"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("graphic"),
        Q.description("his shirt is purple with a unicorn", "pronoun"),
        Q.details(
            "it has a unicorn with a rainbow mane and glitter and the unicorn has a horn and the horn is gold and "
            "the unicorn is standing on a",
            "cut",
            hit_limit=True,
        ),
        gender="Toddler Girl",
        category="Graphic Tees",
        color="Purple",
        title="Glitter Unicorn Graphic Tee",
    ),
    # 28. Baby boy in a playroom (grey wall, wooden blocks): blue-and-green plaid long-sleeve button-front
    # bodysuit, khaki pants. Product: the bodysuit. Caption: caption adapter; answers: VQA adapter.
    case(
        "CK34-028",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants with pure color patterns. "
            "The shirt is with cotton fabric.",
            "pronoun",
        ),
        wearing("a plaid shirt and khaki pants"),
        color_of("shirt", "blue and green"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details(
            "shirt",
            "buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Baby Boy",
        category="Bodysuits",
        color="Blue Plaid",
        title="Plaid Button-Front Bodysuit",
    ),
    # 29. No catalog columns (bare marketplace feed). Flat lay on white: red and white horizontally striped
    # short-sleeve kids tee, no pocket. Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-029",
        caption("a red and white striped t - shirt"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.description("a woman's striped t - shirt with a pocket", "unsupported"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("Answer: cotton", "leak"),
    ),
    # 30. No catalog columns. Baby lying on a white blanket in a grey footed sleeper with small white stars;
    # a yellow plush duck beside. Caption: enrich base; answers: VQA adapter.
    case(
        "CK34-030",
        caption("a baby sleeping in grey pajamas with stars next to a yellow duck"),
        wearing("grey pajamas"),
        color_of("pajamas", "yellow", "contradiction", kind="open"),
        color_of("pajamas", "gray"),
        describe("pajamas", "the pajamas are the pajamas the baby is wearing", "restated"),
        details(
            "pajamas",
            "the stars are white and the pajamas are grey and the feet are grey and the zipper is grey and the "
            "stars are white and the",
            "loop",
            hit_limit=True,
        ),
    ),
    # 31. Flat lay on white: sleeveless lavender-and-white gingham bubble romper with snap legs and a ruffle
    # collar. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "CK34-031",
        caption("This person is wearing a sleeveless romper with lattice patterns.", "unsupported"),
        color_of("romper", "purple"),
        color_of("romper", "lavender Question: What is the pattern of the romper? Answer: plaid", "leak"),
        describe("romper", "a purple and white checkered romper with a ruffle collar"),
        details("romper", "the romper is a romper", "restated"),
        is_a("romper", "yes"),
        is_a("shorts", "yes", "contradiction"),
        gender="Baby Girl",
        category="Rompers",
        color="Lavender Gingham",
        title="Gingham Bubble Romper",
    ),
    # 32. Toddler girl in a playroom (pink wall, dollhouse): navy short-sleeve party dress with white polka dots
    # and a white Peter Pan collar, white socks, red shoes. Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-032",
        caption("a little girl in a navy polka dot dress standing in front of a pink wall"),
        Q.wearing("a polka dot dress"),
        Q.color("pink", "contradiction"),
        Q.pattern("polka dot"),
        Q.description("a red dress with white polka dots and a white collar", "other_garment_color"),
        Q.details(
            "white collar and white collar and white collar and white collar and white collar and white collar and",
            "loop",
            hit_limit=True,
        ),
        gender="Toddler Girl",
        category="Dresses",
        color="Navy Dot",
        title="Polka Dot Collar Dress",
    ),
    # 33. Flat lay on white: oatmeal cotton footed sleeper with a two-way zipper and "HELLO WORLD" printed in black
    # across the chest. Caption: caption adapter; answers: extractive QA over that caption.
    case(
        "CK34-033",
        caption(
            "This person is wearing a long-sleeve jumpsuit with graphic patterns. The jumpsuit is with cotton fabric. "
            "It has a round neckline. This person is wearing a long-sleeve jumpsuit with graphic patterns.",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve jumpsuit with graphic patterns"),
        Q.garment_type("jumpsuit"),
        Q.color("graphic", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        Q.description("", "non_answer"),
        gender="Neutral",
        category="Sleepers & Pajamas",
        color="Oatmeal",
        title="Hello World Footed Sleeper",
    ),
    # 34. Baby girl sitting on a white sweep: pink long-sleeve one-piece rash guard swimsuit with small white
    # stars, pink sun hat. Product: the swimsuit. Caption: enrich base; answers: VQA adapter.
    case(
        "CK34-034",
        caption("a baby girl in a pink swimsuit and a pink hat"),
        wearing("he is wearing a pink swimsuit", "pronoun", who="he"),
        color_of("swimsuit", "pink"),
        describe("swimsuit", "the swimsuit is a swimsuit for swimming", "restated"),
        details(
            "swimsuit",
            "the stars, the sleeves, the zipper, the stars, the sleeves, the zipper, the stars, the sleeves, the "
            "zipper, the",
            "loop",
            hit_limit=True,
        ),
        is_a("swimsuit", "yes"),
        is_a(
            "dress",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender="Baby Girl",
        category="Swimwear",
        color="Pink",
        title="Star Rash Guard Swimsuit",
    ),
    # 35. Toddler boy in a playroom (green wall, toy garage): orange short-sleeve tee with a dump-truck graphic on
    # the front only, navy shorts. Product: the tee. Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-035",
        caption("a little boy wearing an orange shirt with a truck on it"),
        Q.wearing("an orange shirt and blue shorts"),
        Q.color("orange"),
        Q.description("an orange t-shirt with a truck and the word dig on the back", "unsupported"),
        Q.details("none", "non_answer"),
        Q.material("she is wearing cotton", "pronoun"),
        gender="Toddler Boy",
        category="Graphic Tees",
        color="Orange",
        title="Dump Truck Graphic Tee",
    ),
    # 36. Flat lay on white: navy full-zip polyester sherpa fleece jacket with two zip hand pockets and a stand
    # collar, no hood. Caption and answers: caption adapter (epoch 3) through the default questionnaire.
    case(
        "CK34-036",
        caption(
            "This person wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The jacket has a zipper closure and two pockets on the front and the pockets",
            "cut",
            hit_limit=True,
        ),
        Q.wearing(
            "This person wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a",
            "restated",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("navy"),
        Q.pattern("pure color"),
        Q.description(
            "The jacket is with cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric. "
            "The jacket is",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Kids Unisex",
        category="Jackets & Outerwear",
        color="Navy",
        title="Sherpa Full-Zip Jacket",
    ),
    # 37. Toddler girl on white: white short-sleeve tee and multicolor floral leggings (pink, yellow, green flowers
    # on a white ground), pink sandals. Product: the leggings. Caption and answers: enrich base, default
    # questionnaire.
    case(
        "CK34-037",
        caption("a little girl wearing a white shirt and flowered leggings"),
        Q.wearing("a white t-shirt and floral leggings"),
        Q.color("multicolor"),
        Q.pattern("floral"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("white leggings", "other_garment_color"),
        Q.details("the leggings", "non_answer"),
        gender="Toddler Girl",
        category="Leggings",
        color="Floral Multi",
        title="Floral Print Leggings",
    ),
    # 38. Flat lay on white: blue two-piece snug-fit pajama set, long-sleeve top and pants, white moons and stars.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "CK34-038",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants with graphic patterns. The "
            "shirt is with cotton fabric.",
            "unsupported",
        ),
        color_of("shirt", "blue"),
        color_of("pants", "blue"),
        describe("shirt", "the shirt is the shirt of the pajamas", "restated"),
        details("pants", "Question: What are the pants details? Answer:", "leak"),
        wearing(
            "blue pajamas, blue pajamas, blue pajamas, blue pajamas, blue pajamas, blue pajamas, blue pajamas, blue",
            "loop",
            hit_limit=True,
        ),
        is_a("pajama set", "no", "contradiction"),
        gender="Baby Boy",
        category="Pajama Sets",
        color="Blue",
        title="2-Piece Moon & Stars Snug Fit PJs",
    ),
    # 39. Toddler girl in a playroom (sage green wall, rocking horse): pink corduroy overalls over a white
    # long-sleeve tee with a ruffle collar. Product: the overalls. Caption: caption adapter; answers: VQA adapter.
    case(
        "CK34-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants with pure color patterns. "
            "The pants are with cotton fabric."
        ),
        wearing("she is wearing pink overalls and a white shirt", who="she"),
        color_of("overalls", "pink"),
        color_of("overalls", "white", "other_garment_color", kind="open"),
        color_of("pants", "green", "contradiction", kind="open"),
        describe(
            "overalls",
            "the overalls are pink corduroy with two buttons on the straps and a pocket on the front and two "
            "pockets on the side and a pocket on",
            "cut",
            hit_limit=True,
        ),
        is_a("romper", "no"),
        gender="Toddler Girl",
        category="Overalls",
        color="Pink",
        title="Corduroy Overalls",
    ),
    # 40. Flat lay on white: pair of white canvas low-top sneakers with white laces, a thin blue stripe on the
    # sole, no logo. Caption and answers: enrich base, default questionnaire.
    case(
        "CK34-040",
        caption("a pair of white sneakers on a white background"),
        Q.color("white"),
        Q.description("white canvas shoes with laces and a star logo on the side", "unsupported"),
        Q.details("blue stripe"),
        Q.material(
            "canvas upper with a rubber sole and cotton laces and a cushioned insole and a rubber toe cap and a "
            "padded collar and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("white white white", "loop"),
        gender="Kids Unisex",
        category="Shoes",
        color="White",
        title="Canvas Low-Top Sneakers",
    ),
    # 41. Flat lay on white: blush pink long-sleeve bodysuit with a white lace Peter Pan collar.
    # Caption: enrich base; answers: VQA adapter.
    case(
        "CK34-041",
        caption("a light pink baby onesie with a lace collar"),
        color_of("bodysuit", "light pink"),
        describe(
            "bodysuit",
            "a pink onesie with a white lace collar and long sleeves and snaps at the bottom and the collar has a "
            "scalloped edge and the sleeves",
            "cut",
            hit_limit=True,
        ),
        details("bodysuit", "a lace collar"),
        wearing("a pink shirt", "contradiction"),
        is_a("t-shirt", "yes", "contradiction"),
        color_of(
            "collar",
            "white and the collar is white and the collar is white and the collar is white and the collar is white "
            "and the collar is",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Baby Girl",
        category="Bodysuits",
        color="Blush",
        title="Lace Collar Bodysuit",
    ),
    # 42. Flat lay on white: olive green short-sleeve romper with a snap front, a round neck and a chest pocket.
    # Caption: caption adapter epoch 1; answers: extractive QA over that caption.
    case(
        "CK34-042",
        caption(
            "This person wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric and "
            "it has a lapel neckline.",
            "unsupported",
        ),
        Q.wearing("a short-sleeve romper"),
        Q.garment_type("romper"),
        Q.color("This person", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.description(
            "This person wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric",
            "restated",
        ),
        gender="Baby Boy",
        category="Rompers",
        color="Olive",
        title="Snap-Front Pocket Romper",
    ),
    # 43. Toddler boy in a playroom (white wall, red toy car): black-and-grey color-block full-zip fleece jacket,
    # no hood, over a grey tee; black joggers. Product: the jacket. Caption and answers: enrich base, default
    # questionnaire.
    case(
        "CK34-043",
        caption("a little boy wearing a black and grey jacket next to a red toy car"),
        Q.wearing("she is wearing a black and gray jacket and black pants", "pronoun"),
        Q.color("black"),
        Q.pattern("color block"),
        Q.description("a red jacket with black sleeves", "contradiction"),
        Q.details(
            "the jacket has a zipper and two pockets and the sleeves are black and the body is grey and the zipper "
            "is black and the",
            "cut",
            hit_limit=True,
        ),
        gender="Toddler Boy",
        category="Jackets & Outerwear",
        color="Black/Grey",
        title="Colorblock Fleece Jacket",
    ),
    # 44. Baby girl sitting on a white sweep: white wide-brim cotton sun hat with a chin strap, worn with a
    # yellow floral one-piece swimsuit. Product: the hat. Caption: enrich base; answers: VQA adapter and the
    # blind writers' closed questions.
    case(
        "CK34-044",
        caption("a baby wearing a white sun hat and a yellow swimsuit"),
        wearing(
            "she is wearing a white hat with a wide brim and a chin strap and a yellow swimsuit with white flowers "
            "and ruffles on the",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("hat", "white"),
        B.color("yellow", "other_garment_color"),
        B.garment_type("hat"),
        B.pattern("floral", "contradiction"),
        B.material("fabric", "non_answer"),
        gender="Baby Girl",
        category="Hats",
        color="White",
        title="Wide-Brim Sun Hat",
    ),
]
