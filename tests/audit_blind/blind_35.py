"""BLIND_35 (44 products; a European workwear and outdoor brand): written blind in the fifteenth session, and
measured blind at cd2d5c8: 124/150 and 10/152. The writer's notes, verbatim:

Scenario
--------
A Carhartt / Patagonia / Fjallraven-like brand: chore coats, parkas, fleeces, down vests, flannel and twill shirts,
hoodies and sweatshirts, carpenter / cargo / double-knee trousers, work shorts, bib overalls, beanies, backpacks and
a duffel. Photos: men and women modelling on a grey studio backdrop or outdoors (forest, mountain trail, snow, city
street, brick wall), and some flat lays (white background, grey background, wooden table or floor). The catalog
columns are the shop's own: gender (Men / Women / Unisex), category (Outerwear, Fleece, Shirts, Sweatshirts,
Bottoms, Overalls, Headwear, Bags), color in the brand's names (Hamilton Brown, Hunter Green, Black Heather, Dusty
Olive, Rinsed Indigo, Natural, Safety Orange, Nordic Blue, Black, "... Plaid") and a title. Three products (039,
040, 043) have no catalog columns at all.

Which system wrote which text
-----------------------------
The comment above each Case names the photo and the caption's writer. Writers:
- untuned base `Salesforce/blip2-opt-2.7b`: short lowercase captions and answers that stop on their own; its
  failures are colors (one garment's color for another, a background's color), the wrong pronoun, invented
  details, and the odd non-answer ("no", "", "they are jeans").
- caption adapter (epoch 1 or epoch 3, `leoreigoto/Data2_V2_...Caption...`): the DeepFashion-MultiModal template
  ("The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric ...") that never
  stops: cut at 50 tokens as a caption, at 30 as an answer, and returned for questions it was never trained on.
- VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`): In-shop vocabulary ("jacket/coat", "sweatshirt/hoodie",
  "romper/jumpsuit") and vendor colors, looping to the token limit, echoing the `Question: ... Answer:` format;
  used as a captioner it writes question/answer pairs (a prompt leak).
- closed questions (BLIND_QUESTIONS garment_type / color / pattern / sleeve_length, color_of(...) left closed,
  is_a yes/no) are answered by the reference engine ranking candidates, so they are always one short candidate:
  they fail only by being the wrong candidate (another garment's color, a background's color, the jacket named
  for a backpack, "short sleeve" for rolled sleeves), never by looping or being cut.
- open questions: wearing, describe(X), details(X), color_of(X, kind="open"), material.
- the third experiment's extractive QA is not used here: every open answer is generated.

How it was written
------------------
Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
question makers and the TARGETS dictionary of failure kinds). I did not read enrich, its queries, its docs, the
other tests or the other blind corpora, and ran neither enrich nor any audit. The photos are imagined; every label
is judged against the photo described in the comment and against the catalog columns.

Proportions: the experiments' first failure (no end-of-answer token) dominates, so loops and cut texts are the
most common failures, then one color for another garment / contradictions (what went wrong, 3), invented details,
prompt leaks and the template returned for every prompt, then non-answers, wrong pronouns and restated questions.

Counts: 302 texts, 152 correct and 150 failures (loop 28, cut 26, other_garment_color 23, contradiction 19,
unsupported 15, non_answer 13, leak 11, pronoun 8, restated 7).

Label conventions and judgement calls
-------------------------------------
- hit_limit=True only on texts that ran to the token limit (30 new tokens for answers, 50 for captions): every
  loop, every cut, the long leaks and the templates returned as answers. A template returned as a caption is
  labelled "cut" (it is cut mid-sentence; the template content itself is plausible for the photo), unless it
  repeats a sentence ("loop", 025) or names a garment the photo does not have (the sweater-and-pants template
  for a beanie flat lay, 018: "contradiction"). VQA-adapter captions are "leak" when they write question/answer
  pairs (006, 033) and "loop" when they repeat a class name (020). A base caption calling a woman "a man" is
  "pronoun" (032).
- A caption-adapter template returned for a color or material question is "non_answer" (hit_limit=True): it
  never says a color; returned for describe/details it is "cut", since the template does describe the garment.
- One label per text. A text that is both cut and something else gets the kind a reader would notice first: a
  repeated phrase is "loop" even though it is also cut at the limit.
- "other_garment_color": the product's color question answered with the color of another garment in the photo
  (the tee under the overalls, the jacket over the trousers, the hoodie under the vest, the wearer's jacket for a
  backpack or beanie). "contradiction": a color no garment has (a wall's, a floor's, a backdrop's, a logo's or a
  collar's color), the wrong pattern or sleeve length (including another garment's pattern), the wrong garment
  type (a jacket named for overalls, backpack or beanie; a sweater template for a beanie flat lay), a wrong yes/no.
- "unsupported": a claim the photo cannot show (waterproof ratings, fill power, Gore-Tex, organic cotton, made
  in, lifetime warranty, laptop sleeve inside a closed bag, merino from New Zealand), and a wearer invented for a
  flat lay ("a man wearing a blue shirt").
- "non_answer": empty, "no" to an open question, the question's words back ("they are short", "they are
  overalls", "the jacket", "a vest", "It is a jacket."). "restated": a sentence that turns the question around without
  adding anything ("the color of the jacket is the color of the jacket").
- "pronoun": he/she/man/gentleman for a model of the other sex (judged on the photo, also for Unisex products).
- Correct, deliberately tricky: brand colors in plain words (Black Heather -> "grey" / "dark grey", Natural ->
  "white" / "cream" / "beige" / "off-white", Dusty Olive -> "green" / "khaki" / "olive green", Rinsed Indigo ->
  "blue" / "dark blue", Nordic Blue -> "navy", Hamilton Brown -> "brown"), layers named in order ("a white jacket
  over a black turtleneck"), backgrounds in captions ("in the woods", "in front of a brick wall"), plaid
  described as "green and black", "a sweater" for a fleece pullover and "coat" for a down jacket, yes to is_a
  questions ("Is this a raincoat?" yes for a rain jacket), a layered description that stops on its own (004).
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_35: list[Case] = [
    # 001. Man on a grey backdrop: Hamilton Brown duck canvas chore coat worn open over a white tee, blue jeans,
    # brown boots. Caption: untuned base.
    case(
        "WW35-001",
        caption("a man wearing a brown jacket and jeans standing against a grey background"),
        wearing("a brown jacket, a white t-shirt and blue jeans"),
        color_of("jacket", "brown"),
        Q.material("cotton canvas"),
        details(
            "jacket",
            "the jacket has a corduroy collar, four front pockets and a button front, the collar, the pockets,"
            " the buttons, the collar, the pockets, the",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "a brown work jacket with a corduroy collar, it is waterproof and windproof", "unsupported"),
        gender="Men",
        category="Outerwear",
        color="Hamilton Brown",
        title="Organic Duck Canvas Chore Coat",
    ),
    # 002. Woman in a forest: Hunter Green insulated parka with a faux-fur trimmed hood (down), black leggings,
    # brown boots. Caption: caption adapter, epoch 3.
    case(
        "WW35-002",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its"
            " neckline is standing. The lady wears long leggings. The leggings are with cotton fabric and pure color"
            " patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a green parka and black leggings"),
        Q.color("green"),
        color_of(
            "parka",
            "the parka is green and the trees are green and the parka is green and the trees are green and the parka"
            " is green and the trees",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("parka", "a dark green hooded parka with a fur trimmed hood"),
        details("parka", "he has his hands in his pockets", "pronoun"),
        is_a("coat", "yes"),
        gender="Women",
        category="Outerwear",
        color="Hunter Green",
        title="Women's Arctic Insulated Parka",
    ),
    # 003. Man on a city street in front of a red brick wall: Black Heather full-zip fleece jacket (reads charcoal),
    # dark jeans. Caption: untuned base.
    case(
        "WW35-003",
        caption("a man in a grey fleece jacket standing in front of a brick wall"),
        wearing(
            "a grey fleece jacket Question: What is the person wearing? Answer: a grey fleece jacket Question: What is"
            " the person wearing? Answer: a",
            "leak",
            hit_limit=True,
        ),
        Q.color("grey"),
        color_of("jacket", "red", "contradiction", kind="open"),
        Q.material("polyester fleece"),
        details(
            "jacket",
            "the jacket has a full zip, a stand collar and two zippered hand pockets, the jacket has a full zip, a"
            " stand collar and two zippered hand",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Fleece",
        color="Black Heather",
        title="Men's Grid Fleece Full-Zip Jacket",
    ),
    # 004. Man in a forest: Safety Orange down vest over a grey hoodie (hood out), black trousers.
    # Caption: untuned base.
    case(
        "WW35-004",
        caption("a man wearing an orange vest in the woods"),
        wearing("an orange vest over a grey hoodie and black pants"),
        Q.garment_type("vest"),
        color_of("vest", "grey", "other_garment_color"),
        describe("vest", "a bright orange quilted down vest with a zip front, worn over a grey hoodie"),
        details(
            "vest",
            "Question: What are the vest details? Answer: zipper pockets Question: What are the vest details?"
            " Answer: zipper pockets Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        category="Outerwear",
        color="Safety Orange",
        title="Men's Down Work Vest",
    ),
    # 005. Man on a grey backdrop: green-and-black plaid flannel shirt, buttoned, tucked into brown carpenter
    # trousers. Caption: untuned base.
    case(
        "WW35-005",
        caption("a man in a green plaid shirt and brown pants"),
        wearing("a plaid flannel shirt and brown pants"),
        Q.pattern("solid", "contradiction"),
        color_of("shirt", "green and black", kind="open"),
        describe("shirt", "a green and black plaid flannel shirt with two chest pockets, tucked into brown pants"),
        details(
            "shirt",
            "it has a button-down collar and two flap chest pockets with a pencil slot and a snap closure and a"
            " hidden pocket for the phone and the shirt is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Hunter Green Plaid",
        title="Heavyweight Flannel Work Shirt",
    ),
    # 006. Woman on a grey backdrop: Nordic Blue pullover hoodie, hood down, kangaroo pocket, black jeans.
    # Caption: VQA adapter (writes question/answer pairs instead of a caption).
    case(
        "WW35-006",
        caption(
            "What cloth is the person wearing? sweatshirt/hoodie Is this a sweatshirt/hoodie? yes What is the color"
            " of the sweatshirt/hoodie? Blue-navy What cloth is the person wearing? sweatshirt/hoodie Is",
            "leak",
            hit_limit=True,
        ),
        wearing("a blue hoodie and black jeans"),
        Q.color("blue"),
        color_of("hoodie", "black", "other_garment_color"),
        describe("hoodie", "he is wearing a blue hoodie with a kangaroo pocket", "pronoun"),
        is_a("hoodie", "yes"),
        details(
            "hoodie",
            "the hoodie has a drawstring hood and a front pouch pocket and ribbed cuffs and a ribbed hem and the hood"
            " is lined with the same fabric as the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweatshirts",
        color="Nordic Blue",
        title="Women's Loose Fit Pullover Hoodie",
    ),
    # 007. Man on a grey backdrop: black tee, Hamilton Brown canvas carpenter trousers with hammer loop, boots.
    # The product is the trousers. Caption: untuned base.
    case(
        "WW35-007",
        caption("a man wearing a black t-shirt and brown pants"),
        wearing("a black shirt and brown pants"),
        Q.color("black", "other_garment_color"),
        color_of("pants", "brown"),
        Q.garment_type("pants"),
        details("pants", "they have a hammer loop and a utility pocket on the leg"),
        describe("pants", "the man is wearing pants and the pants are the pants he is wearing", "restated"),
        gender="Men",
        category="Bottoms",
        color="Hamilton Brown",
        title="Relaxed Fit Canvas Carpenter Pant",
    ),
    # 008. Woman on a city street: cream knit sweater, Dusty Olive cargo trousers, white sneakers. The product is
    # the trousers. Caption: caption adapter, epoch 3.
    case(
        "WW35-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and its"
            " neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and"
            " pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sweater and green cargo pants"),
        color_of("pants", "khaki", kind="open"),
        Q.color("white", "other_garment_color"),
        details(
            "pants",
            "cargo pockets on the sides, cargo pockets on the sides, cargo pockets on the sides, cargo pockets on the"
            " sides, cargo pockets on the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        gender="Women",
        category="Bottoms",
        color="Dusty Olive",
        title="Women's Ripstop Cargo Trouser",
    ),
    # 009. Man on a grey backdrop: Rinsed Indigo denim bib overalls over a white long-sleeve thermal, brown boots.
    # Caption: untuned base.
    case(
        "WW35-009",
        caption("a man in denim overalls standing in front of a grey wall"),
        wearing("denim overalls and a white shirt"),
        Q.garment_type("overalls"),
        color_of("overalls", "blue"),
        describe(
            "overalls",
            "dark blue denim bib overalls with a bib pocket and adjustable straps, made in the usa with 100% organic"
            " cotton",
            "unsupported",
        ),
        details(
            "overalls",
            "the overalls have a bib pocket, a hammer loop, a bib pocket, a hammer loop, a bib pocket, a hammer loop,"
            " a bib pocket, a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve", "contradiction"),
        gender="Men",
        category="Overalls",
        color="Rinsed Indigo",
        title="Denim Bib Overall",
    ),
    # 010. Man on a city street: Safety Orange ribbed watch beanie with a small patch logo, black work jacket.
    # The product is the beanie. Caption: untuned base.
    case(
        "WW35-010",
        caption("a man wearing an orange beanie and a black jacket"),
        wearing("a black jacket and an orange hat"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        color_of("hat", "orange"),
        describe(
            "hat",
            "an orange knit beanie with a folded cuff and a small logo patch on the front, it is a warm hat for the"
            " winter and the logo is",
            "cut",
            hit_limit=True,
        ),
        Q.material("100% merino wool from new zealand", "unsupported"),
        gender="Unisex",
        category="Headwear",
        color="Safety Orange",
        title="Rib Knit Watch Beanie",
    ),
    # 011. Flat lay on a white background: Dusty Olive canvas roll-top backpack, two side pockets, no person.
    # Caption: untuned base.
    case(
        "WW35-011",
        caption("a green backpack on a white background"),
        Q.garment_type("bag"),
        Q.color("green"),
        describe(
            "backpack",
            "a green canvas backpack with a roll top and two side pockets, it is waterproof and has a padded laptop"
            " sleeve",
            "unsupported",
        ),
        details("backpack", "the backpack is a backpack", "non_answer"),
        color_of(
            "backpack",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Bags",
        color="Dusty Olive",
        title="Roll-Top Canvas Backpack 24L",
    ),
    # 012. Woman on a grey backdrop: Natural (undyed cream) canvas chore coat over a black turtleneck, blue jeans.
    # Caption: untuned base.
    case(
        "WW35-012",
        caption("a woman wearing a white jacket and blue jeans"),
        wearing("a white jacket over a black turtleneck and blue jeans"),
        Q.color("beige"),
        color_of("jacket", "black", "other_garment_color"),
        describe(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its"
            " neckline is lapel. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        details(
            "jacket",
            "a corduroy collar and patch pockets, a corduroy collar and patch pockets, a corduroy collar and patch"
            " pockets, a corduroy collar and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        category="Outerwear",
        color="Natural",
        title="Women's Canvas Chore Coat",
    ),
    # 013. Woman in a forest: Natural sherpa-pile fleece pullover with a snap placket and a green chest pocket,
    # brown trousers. Caption: untuned base.
    case(
        "WW35-013",
        caption("a woman in a white fleece jacket standing in the woods"),
        wearing("he is wearing a white fleece and brown pants", "pronoun"),
        Q.color("white"),
        color_of(
            "fleece",
            "Answer: white Question: What is the color of the pants? Answer: brown Question: What is the color of"
            " the shoes? Answer: brown Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe("fleece", "a cream sherpa fleece pullover with a snap placket and a green chest pocket"),
        details(
            "fleece",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its"
            " neckline is round. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        gender="Women",
        category="Fleece",
        color="Natural",
        title="Women's Sherpa Snap-T Pullover",
    ),
    # 014. Man on a city street: Black insulated parka, hood up, grey jeans. Caption: caption adapter, epoch 1.
    case(
        "WW35-014",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its"
            " neckline is standing. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a black coat and grey jeans"),
        color_of("coat", "black"),
        Q.color("black"),
        describe(
            "coat",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        details(
            "coat",
            "Answer: it has a hood Question: What are the coat details? Answer: it has a hood Question: What are the"
            " coat details? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        gender="Men",
        category="Outerwear",
        color="Black",
        title="Men's Insulated City Parka",
    ),
    # 015. Flat lay on a grey background: Nordic Blue women's down vest, stand collar, snap front.
    # Caption: untuned base.
    case(
        "WW35-015",
        caption("a blue vest on a grey background"),
        Q.garment_type("vest"),
        Q.color("blue"),
        color_of("vest", "grey", "contradiction"),
        describe(
            "vest",
            "a blue quilted down vest with a stand collar and snap front and two snap hand pockets and the quilting is"
            " in wide horizontal channels and the",
            "cut",
            hit_limit=True,
        ),
        details(
            "vest",
            "Question: What are the vest details? Answer: The vest details are the details of the vest. Question:"
            " What are the vest details? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("nylon"),
        gender="Women",
        category="Outerwear",
        color="Nordic Blue",
        title="Women's Down Snap Vest",
    ),
    # 016. Woman on a grey backdrop: Dusty Olive and cream plaid flannel shirt worn open over a white tank top,
    # black jeans. Caption: caption adapter, epoch 3.
    case(
        "WW35-016",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a tank top under it. The jeans this lady wears is of long length. The"
            " jeans are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a plaid shirt over a white tank top and black jeans"),
        Q.pattern("plaid"),
        color_of("shirt", "white", "other_garment_color"),
        describe("shirt", "a green plaid flannel shirt with long sleeves, worn open"),
        details("shirt", "the details of the shirt are the details on the shirt that she is wearing", "restated"),
        gender="Women",
        category="Shirts",
        color="Dusty Olive Plaid",
        title="Women's Organic Flannel Shirt",
    ),
    # 017. Man on a grey backdrop: Black Heather pullover hoodie with a small white logo print on the chest,
    # black trousers. Caption: untuned base.
    case(
        "WW35-017",
        caption("a man wearing a black hoodie with a white logo"),
        wearing("a black hoodie and black pants"),
        Q.color("white", "contradiction"),
        describe(
            "hoodie",
            "a dark grey hoodie with a white logo print on the chest, made of 80% cotton and 20% polyester",
            "unsupported",
        ),
        details(
            "hoodie",
            "logo on the chest, logo on the chest, logo on the chest, logo on the chest, logo on the chest, logo on"
            " the chest",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        color_of(
            "hoodie",
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and"
            " its neckline is round. The gentleman wears",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Black Heather",
        title="Midweight Logo Hooded Sweatshirt",
    ),
    # 018. Flat lay on a wooden table: Hunter Green rib-knit beanie with a leather patch, no person.
    # Caption: caption adapter, epoch 3 (the template invents a wearer and a sweater).
    case(
        "WW35-018",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric"
            " and its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure"
            " color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("hat"),
        Q.color("green"),
        describe("hat", "a green knit beanie"),
        details(
            "hat",
            "a cuff and a leather patch, a cuff and a leather patch, a cuff and a leather patch, a cuff and a leather"
            " patch, a",
            "loop",
            hit_limit=True,
        ),
        Q.material("knit"),
        gender="Unisex",
        category="Headwear",
        color="Hunter Green",
        title="Fisherman Rib Beanie",
    ),
    # 019. Woman on a grey backdrop: Rinsed Indigo carpenter jeans, a Safety Orange tee tucked in, white sneakers.
    # The product is the jeans. Caption: untuned base.
    case(
        "WW35-019",
        caption("a woman in an orange shirt and blue jeans"),
        wearing("an orange t-shirt and jeans"),
        Q.color("orange", "other_garment_color"),
        color_of("jeans", "dark blue", kind="open"),
        details("jeans", "they are jeans", "non_answer"),
        describe(
            "jeans",
            "dark blue jeans with a hammer loop and a hammer loop and a hammer loop and a hammer loop and a hammer"
            " loop and a hammer loop and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        Q.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The jeans this lady wears",
            "non_answer",
            hit_limit=True,
        ),
        gender="Women",
        category="Bottoms",
        color="Rinsed Indigo",
        title="Women's Carpenter Jean",
    ),
    # 020. Woman in a forest: Hamilton Brown canvas bib overalls (double knees) over a cream knit sweater, grey
    # beanie. Caption: VQA adapter.
    case(
        "WW35-020",
        caption(
            "romper/jumpsuit romper/jumpsuit romper/jumpsuit romper/jumpsuit romper/jumpsuit romper/jumpsuit"
            " romper/jumpsuit romper/jumpsuit romper/jumpsuit romper/jumpsuit",
            "loop",
            hit_limit=True,
        ),
        wearing("brown overalls and a white sweater"),
        Q.color("brown"),
        color_of("overalls", "white", "other_garment_color"),
        describe("overalls", "he is wearing brown overalls", "pronoun"),
        details(
            "overalls",
            "the overalls have a bib pocket and double knees and adjustable straps with metal buckles and the legs are"
            " wide and the knees are reinforced with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("canvas"),
        gender="Women",
        category="Overalls",
        color="Hamilton Brown",
        title="Women's Double-Knee Bib Overall",
    ),
    # 021. Woman on a mountain trail: Safety Orange hooded shell jacket, hood up, black trousers.
    # Caption: untuned base.
    case(
        "WW35-021",
        caption("a woman in an orange jacket hiking on a mountain"),
        wearing("an orange rain jacket and black pants"),
        Q.color("orange"),
        color_of(
            "jacket",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange"
            " orange orange orange orange orange orange orange orange orange orange orange orange orange orange"
            " orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "jacket",
            "an orange hooded shell jacket made with gore-tex, fully seam taped and rated 20,000 mm waterproof",
            "unsupported",
        ),
        details("jacket", "", "non_answer"),
        is_a("jacket", "yes"),
        gender="Women",
        category="Outerwear",
        color="Safety Orange",
        title="Women's 3L Storm Shell Jacket",
    ),
    # 022. Man in a forest: Dusty Olive fleece vest over a red plaid flannel shirt, jeans.
    # Caption: untuned base.
    case(
        "WW35-022",
        caption("a man wearing a green vest and a plaid shirt in the woods"),
        wearing("a green fleece vest over a red plaid shirt and jeans"),
        Q.pattern("plaid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        color_of("vest", "red", "other_garment_color", kind="open"),
        describe("vest", "a vest", "non_answer"),
        details(
            "vest",
            "the vest has a zipper, the vest has a zipper, the vest has a zipper, the vest has a zipper, the vest has"
            " a zipper, the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Fleece",
        color="Dusty Olive",
        title="Men's High Pile Fleece Vest",
    ),
    # 023. Man in a forest: green fleece jacket, Black hiking trousers with zip pockets, trail shoes. The product is
    # the trousers. Caption: caption adapter, epoch 3.
    case(
        "WW35-023",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and"
            " its neckline is standing. The trousers this gentleman wears is of long length. The trousers are with"
            " cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing the clothes that he is wearing", "restated"),
        color_of("pants", "black"),
        Q.color("green", "other_garment_color"),
        describe(
            "pants",
            "black hiking pants with zip pockets, made of stretch fabric with upf 50 sun protection",
            "unsupported",
        ),
        details(
            "pants",
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants"
            " pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        gender="Men",
        category="Bottoms",
        color="Black",
        title="Men's Stretch Trekking Trouser",
    ),
    # 024. Woman walking on a city street, three-quarter back view: Safety Orange backpack over a grey hoodie.
    # The product is the backpack. Caption: untuned base.
    case(
        "WW35-024",
        caption("a woman with an orange backpack walking down the street"),
        wearing("a grey hoodie and an orange backpack"),
        Q.garment_type("hoodie", "contradiction"),
        describe("backpack", "an orange backpack"),
        details(
            "backpack",
            "it has two padded shoulder straps and a top handle and a front zip pocket and a side pocket for a water"
            " bottle and the back panel is",
            "cut",
            hit_limit=True,
        ),
        color_of("backpack", "grey", "other_garment_color"),
        is_a("backpack", "yes"),
        gender="Unisex",
        category="Bags",
        color="Safety Orange",
        title="Everyday Daypack 20L",
    ),
    # 025. Man on a grey backdrop: Hunter Green quilted shirt jacket with snaps, khaki chinos.
    # Caption: caption adapter, epoch 1.
    case(
        "WW35-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The"
            " shirt is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a green quilted jacket and khaki pants"),
        Q.garment_type("jacket"),
        Q.color("green"),
        color_of("jacket", "khaki", "other_garment_color", kind="open"),
        describe(
            "jacket",
            "Question: Describe the jacket. Answer: a green jacket Question: Describe the pants. Answer: khaki pants"
            " Question: Describe the shoes.",
            "leak",
            hit_limit=True,
        ),
        details(
            "jacket",
            "it is quilted with snap buttons and two chest pockets and a flannel lining rated to -10 degrees",
            "unsupported",
        ),
        gender="Men",
        category="Outerwear",
        color="Hunter Green",
        title="Quilted Flannel-Lined Shirt Jacket",
    ),
    # 026. Woman on a city street: Natural crewneck sweatshirt with a small embroidered logo, blue jeans.
    # Caption: untuned base.
    case(
        "WW35-026",
        caption("a woman in a white sweatshirt and jeans"),
        wearing("she is wearing a white sweatshirt and blue jeans"),
        color_of("sweatshirt", "blue", "other_garment_color"),
        Q.color("cream"),
        describe(
            "sweatshirt",
            "a white crew neck sweatshirt, a white crew neck sweatshirt, a white crew neck sweatshirt, a white crew"
            " neck sweatshirt, a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        details(
            "sweatshirt",
            "ribbed cuffs and hem and a small embroidered logo on the chest, the sweatshirt is made of heavy cotton"
            " with a brushed inside and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweatshirts",
        color="Natural",
        title="Women's Heavyweight Crewneck Sweatshirt",
    ),
    # 027. Man on a city street: Dusty Olive waxed cotton jacket with a brown corduroy collar over a grey hoodie
    # (hood out). Caption: caption adapter, epoch 3.
    case(
        "WW35-027",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and"
            " its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a green jacket and a grey hoodie"),
        Q.color("grey", "other_garment_color"),
        color_of("jacket", "olive green", kind="open"),
        details(
            "jacket",
            "the jacket has a brown corduroy collar, a brown corduroy collar, a brown corduroy collar, a brown"
            " corduroy collar, a brown",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "the jacket", "non_answer"),
        Q.material("waxed cotton"),
        gender="Men",
        category="Outerwear",
        color="Dusty Olive",
        title="Waxed Canvas Field Jacket",
    ),
    # 028. Flat lay on a white background: Nordic Blue and white check flannel shirt, folded, sleeves tucked
    # behind (it is long-sleeved). Caption: untuned base.
    case(
        "WW35-028",
        caption("a blue and white plaid shirt on a white background"),
        Q.garment_type("shirt"),
        Q.pattern("plaid"),
        describe("shirt", "a blue and white checkered flannel shirt with two chest pockets"),
        details(
            "shirt",
            "buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons,"
            " buttons, buttons, buttons, buttons,",
            "loop",
            hit_limit=True,
        ),
        wearing("a man wearing a blue shirt", "unsupported"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Men",
        category="Shirts",
        color="Nordic Blue Check",
        title="Midweight Flannel Shirt",
    ),
    # 029. Man in a snowy forest: Black insulated bib overalls under an orange work jacket. The product is the
    # overalls. Caption: untuned base.
    case(
        "WW35-029",
        caption("a man in an orange jacket standing in the snow"),
        wearing("an orange jacket and black snow pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("orange", "other_garment_color"),
        color_of("overalls", "black"),
        describe(
            "overalls",
            "black bib overalls Question: Describe the jacket. Answer: an orange jacket Question: Describe the boots."
            " Answer: brown boots Question:",
            "leak",
            hit_limit=True,
        ),
        details(
            "overalls",
            "the overalls have knee pads and the overalls have knee pads and the overalls have knee pads and the"
            " overalls have knee pads and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Overalls",
        color="Black",
        title="Insulated Duck Bib Overall",
    ),
    # 030. Woman on a grey backdrop: Hunter Green full-zip fleece jacket, black leggings.
    # Caption: caption adapter, epoch 1.
    case(
        "WW35-030",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its"
            " neckline is standing. The leggings this lady wears is of long length. The leggings are with cotton"
            " fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a green fleece jacket and black leggings"),
        Q.color("dark green"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        describe(
            "jacket",
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric"
            " and its neckline is stand. The",
            "cut",
            hit_limit=True,
        ),
        details(
            "jacket",
            "a full zip, a full zip, a full zip, a full zip, a full zip, a full zip, a full zip, a full zip, a full",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        gender="Women",
        category="Fleece",
        color="Hunter Green",
        title="Women's Classic Fleece Full-Zip",
    ),
    # 031. Man on a grey backdrop: Hamilton Brown canvas work shorts with a hammer loop, white tee, grey socks.
    # The product is the shorts. Caption: untuned base.
    case(
        "WW35-031",
        caption("a man in brown shorts and a white t-shirt"),
        wearing("a white t-shirt and brown shorts"),
        color_of("shorts", "white", "other_garment_color"),
        Q.garment_type("shorts"),
        details("shorts", "they are short", "non_answer"),
        describe(
            "shorts",
            "brown canvas work shorts with a hammer loop and a utility pocket and a phone pocket on the right leg and"
            " belt loops and the hem is",
            "cut",
            hit_limit=True,
        ),
        Q.color("brown"),
        Q.material("the material of the shorts is the material that the shorts are made of", "restated"),
        gender="Men",
        category="Bottoms",
        color="Hamilton Brown",
        title="Canvas Work Short 11in",
    ),
    # 032. Woman (short hair) on a grey backdrop: Black Heather rib watch beanie, grey hoodie.
    # The product is the beanie. Caption: untuned base (calls her a man).
    case(
        "WW35-032",
        caption("a man wearing a black beanie and a grey hoodie", "pronoun"),
        wearing("a black hat and a grey hoodie"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("black"),
        describe("hat", "a black knit beanie"),
        details(
            "hat",
            "a black beanie with a black beanie with a black beanie with a black beanie with a black beanie with a"
            " black beanie",
            "loop",
            hit_limit=True,
        ),
        color_of("hat", "no", "non_answer", kind="open"),
        gender="Women",
        category="Headwear",
        color="Black Heather",
        title="Women's Watch Beanie",
    ),
    # 033. Flat lay on a white background: Hamilton Brown canvas duffel bag with black webbing straps, no person.
    # Caption: VQA adapter (question/answer pairs).
    case(
        "WW35-033",
        caption(
            "What cloth is the person wearing? jacket/coat Is this a jacket/coat? yes What is the color of the"
            " jacket/coat? Brown-khaki What cloth is the person wearing? jacket/coat Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("bag"),
        Q.color("brown"),
        describe("bag", "a brown canvas duffel bag with black straps"),
        details("bag", "it has a zipper and two handles and a shoulder strap and a lifetime warranty", "unsupported"),
        color_of(
            "bag",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and"
            " its neckline is lapel. The gentleman",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Bags",
        color="Hamilton Brown",
        title="Canvas Duffel 50L",
    ),
    # 034. Man on a city street: Rinsed Indigo blanket-lined denim chore coat over a grey hoodie, black trousers.
    # Caption: untuned base.
    case(
        "WW35-034",
        caption("a man in a denim jacket walking down the street"),
        wearing("a denim jacket, a grey hoodie and black pants"),
        color_of("jacket", "grey", "other_garment_color"),
        Q.color("blue"),
        describe(
            "jacket",
            "a dark blue denim chore coat with three patch pockets, worn open over a grey hoodie with the hood out and"
            " the sleeves are a little",
            "cut",
            hit_limit=True,
        ),
        details(
            "jacket",
            "a blanket lined denim jacket with corduroy collar, a blanket lined denim jacket with corduroy collar, a"
            " blanket lined denim jacket with",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "no", "contradiction"),
        gender="Men",
        category="Outerwear",
        color="Rinsed Indigo",
        title="Blanket-Lined Denim Chore Coat",
    ),
    # 035. Woman on a city street: Nordic Blue hooded down jacket, black jeans, white scarf.
    # Caption: untuned base.
    case(
        "WW35-035",
        caption("a woman in a blue puffer jacket on a city street"),
        wearing("he is wearing a blue jacket", "pronoun"),
        Q.color("blue"),
        color_of("jacket", "navy", kind="open"),
        describe(
            "jacket",
            "a blue puffer jacket with a hood, filled with 700 fill power responsibly sourced goose down",
            "unsupported",
        ),
        details(
            "jacket",
            "the jacket has a hood and a two way zipper and two hand pockets and a logo on the left sleeve and the"
            " cuffs are elastic and the hem",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("coat"),
        gender="Women",
        category="Outerwear",
        color="Nordic Blue",
        title="Women's Hooded Down Jacket",
    ),
    # 036. Man on a grey backdrop: Safety Orange heavyweight pocket tee, brown carpenter trousers.
    # The product is the tee. Caption: caption adapter, epoch 3.
    case(
        "WW35-036",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is round. The trousers this gentleman wears is of long length. The trousers are with"
            " cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange t-shirt and brown pants"),
        Q.sleeve_length("short sleeve"),
        Q.color("orange"),
        color_of("shirt", "brown", "other_garment_color"),
        details("shirt", "a chest pocket, 6.75 oz cotton jersey, triple stitched seams", "unsupported"),
        describe(
            "shirt",
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Safety Orange",
        title="Heavyweight Pocket T-Shirt",
    ),
    # 037. Woman on a grey backdrop: Hunter Green long-sleeve twill work shirt, sleeves rolled to the elbow,
    # tucked into cream trousers. Caption: untuned base.
    case(
        "WW35-037",
        caption("a woman in a green shirt and white pants"),
        wearing("a green shirt tucked into white pants"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.color("green"),
        color_of("shirt", "the shirt", "non_answer", kind="open"),
        describe("shirt", "a green button up shirt with the sleeves rolled up"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: buttons Question: What are the pants details? Answer:"
            " pockets Question: What are the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Hunter Green",
        title="Women's Long Sleeve Twill Work Shirt",
    ),
    # 038. Woman on a city street: Black double-knee trousers under a Hamilton Brown chore coat. The product is the
    # trousers. Caption: untuned base.
    case(
        "WW35-038",
        caption("a woman in a brown jacket and black pants"),
        wearing("he is wearing a brown jacket and black pants", "pronoun"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("brown", "other_garment_color"),
        color_of("pants", "black"),
        details("pants", "double knee"),
        describe(
            "pants",
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady"
            " wears a long trousers. The trousers are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Bottoms",
        color="Black",
        title="Women's Double-Knee Work Pant",
    ),
    # 039. Man in a forest: Hunter Green half-zip pullover anorak with a kangaroo pocket and hood, no catalog
    # columns. Caption: caption adapter, epoch 1.
    case(
        "WW35-039",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and"
            " its neckline is standing. The gentleman wears a long pants. The pants are with cotton fabric and pure"
            " color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket"),
        Q.garment_type("jacket"),
        Q.color("green"),
        describe(
            "jacket",
            "a green pullover anorak with a kangaroo pocket, it is waterproof and windproof and breathable and packs"
            " into its own pocket",
            "unsupported",
        ),
        details(
            "jacket",
            "hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood,",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "the color of the jacket is the color of the jacket", "restated", kind="open"),
    ),
    # 040. Woman on a grey backdrop: Hamilton Brown zip hoodie open over a white tee, blue jeans, no catalog
    # columns. Caption: untuned base.
    case(
        "WW35-040",
        caption("a woman wearing a brown hoodie"),
        wearing("a brown zip up hoodie, a white t-shirt and jeans"),
        Q.color("white", "other_garment_color"),
        color_of("hoodie", "brown", kind="open"),
        Q.garment_type("hoodie"),
        details("hoodie", "Question: What are the hoodie details? Answer:", "leak"),
        describe(
            "hoodie",
            "sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie"
            " sweatshirt/hoodie sweatshirt/hoodie",
            "loop",
            hit_limit=True,
        ),
    ),
    # 041. Man in a forest: Rinsed Indigo sherpa-lined denim jacket (cream sherpa collar), black tee.
    # Caption: untuned base.
    case(
        "WW35-041",
        caption("a man in a denim jacket in the woods"),
        wearing("a denim jacket with a sherpa collar and a black shirt"),
        Q.material("denim"),
        Q.color("white", "contradiction"),
        color_of("jacket", "blue"),
        describe(
            "jacket",
            "a dark blue denim jacket with a white fleece collar and a button front and two chest pockets with flaps"
            " and the lining is white fleece and",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "It is a jacket.", "non_answer"),
        gender="Men",
        category="Outerwear",
        color="Rinsed Indigo",
        title="Sherpa-Lined Denim Trucker Jacket",
    ),
    # 042. Man on a grey backdrop: Safety Orange rain jacket, hood up. Caption: caption adapter, epoch 3.
    case(
        "WW35-042",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its"
            " neckline is standing. The gentleman wears a long pants. The pants are with denim fabric and pure color"
            " patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing an orange raincoat", "pronoun"),
        Q.color("orange"),
        describe("jacket", "an orange rain jacket with a hood"),
        details(
            "jacket",
            "zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper"
            " zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper"
            " zipper",
            "loop",
            hit_limit=True,
        ),
        is_a("raincoat", "yes"),
        color_of("jacket", "the jacket is the color of the jacket he is wearing", "restated", kind="open"),
        gender="Unisex",
        category="Outerwear",
        color="Safety Orange",
        title="Packable Rain Jacket",
    ),
    # 043. Flat lay on a wooden floor: Natural (undyed off-white) canvas bib overalls with brass hardware, no
    # catalog columns. Caption: untuned base.
    case(
        "WW35-043",
        caption("a pair of white overalls on a wooden floor"),
        Q.garment_type("overalls"),
        Q.color("brown", "contradiction"),
        describe(
            "overalls",
            "beige canvas bib overalls with brass buttons laid out flat on a wooden floor with the straps folded over"
            " the bib and the legs",
            "cut",
            hit_limit=True,
        ),
        details("overalls", "they are overalls", "non_answer"),
        Q.material("canvas"),
        color_of("overalls", "off-white", kind="open"),
    ),
    # 044. Man in a forest, side view: Black backpack worn over a Dusty Olive jacket. The product is the backpack.
    # Caption: caption adapter, epoch 1.
    case(
        "WW35-044",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and"
            " its neckline is standing. The gentleman wears a long pants. The pants are with cotton fabric and pure"
            " color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket and a black backpack"),
        Q.garment_type("jacket", "contradiction"),
        color_of("backpack", "green", "other_garment_color"),
        Q.color("black"),
        describe("backpack", "a black backpack with a laptop compartment and a lifetime guarantee", "unsupported"),
        details("backpack", "the backpack details are the details that the backpack has", "restated"),
        gender="Unisex",
        category="Bags",
        color="Black",
        title="Trail Pack 28L",
    ),
]
