"""BLIND_8 (k01-k40; the original experiments' base model and adapters on a mass-market global retailer's
catalog, one product per item, the experiments' own questionnaire): written blind in the ninth session; measured
blind at 7891af8 (the corpus harness then learned to store its yes/no and "What is the shirt color?" questions):
103/124 and 11/104. The writer's notes, verbatim:

BLIND8: a blind corpus of BLIP-2 outputs for a mass-market global fashion retailer (40 products, k01..k40).

How it was written
------------------
Written blind: the only sources read were ../shared/CONTEXT.md and lines 1-95 of tests/audit_corpus.py (the
helpers and the TARGETS keys). No audit code, no other corpus, no docs and no enrich output were looked at, and
nothing here was tuned against the audits.

Scenario: the outputs of the ORIGINAL experiments over one photo per product of a global high-street catalog
(menswear, womenswear, kidswear, sportswear; studio shots of a model wearing the product with other clothes, plus
some flat-lays and ghost-mannequin shots). Three systems answered, one per product:
  * k01-k20: the untuned base Salesforce/blip2-opt-2.7b. Short, terse, lower-case answers that usually stop on the
    newline; failures are mostly wrong colors (very often another garment's color), the wrong pronoun, invented
    brands / fabric compositions, echoes of the question, the odd empty or "i don't know" answer, and a few lists that
    run to the token limit.
  * k21-k30: the caption LoRA (Data2_V2 caption adapter, epoch 3; k29 is the epoch-1 adapter). Every prompt returns
    DeepFashion-MultiModal caption templates ("The lady wears a long-sleeve ... with solid color patterns. The ... is
    with cotton fabric ..."), with pattern words instead of hues, and they rarely stop.
  * k31-k40: the VQA LoRA (Data3_V3). In-shop labels ("sweatshirt/hoodie", "jacket/coat", "tee/tank"), one-word
    colors, "yes"/"no", and when it does not stop it repeats itself or writes the next "Question: ... Answer:" turn.

Judgement calls and conventions
-------------------------------
* One label per text. With several defects the label is the first of:
  loop > leak > non_answer > other_garment_color > contradiction > pronoun > unsupported > restated > cut.
  (So a caption-template answer to a color question that also says "cotton fabric" is non_answer; a cut caption that
  claims "cotton fabric" is unsupported; a "Question: ... Answer: grey" block repeated until the limit is loop.)
* hit_limit=True only where the generation ran to the limit (about 30 new tokens for answers, 50 for captions); such a
  text never ended by itself, so every hit_limit text is a failure. When nothing worse applies it is "cut" - even in
  the one case (k24 caption) where the limit happened to fall right after a full stop.
* CONTEXT.md says the adapters' answers "never stop". I let a minority of adapter answers stop (hit_limit=False):
  the LoRA only touches q_proj/k_proj, so OPT's habit of emitting a newline after a short answer partly survives.
  Those stopped adapter answers are judged on their content (some are correct).
* contradiction: only the WRONG text of a pair is labelled; the text (or catalog column) it conflicts with stays
  correct. Sleeve / pattern / closure conflicts count (e.g. "full zip" vs a pullover title).
* other_garment_color: the product is given the color of something else the model is wearing (the jeans, the
  hoodie under the jacket, the striped tee under the overalls). Background colors that are given as the product's
  color are labelled contradiction, not other_garment_color (a wall is not a garment).
* unsupported: claims the photo cannot support - fabric composition or percentages, down filling, technical/branded
  fabrics (Dri-FIT, Lycra), a brand not in the catalog, a size/age. DeepFashion's "with cotton fabric" / "chiffon
  fabric" counts as unsupported; "denim" on jeans, "knit(ting)" on a cardigan, "fleece" on a hoodie and a single
  generic material guess ("cotton", "polyester", "spandex") to the material question count as answers, not
  unsupported claims. Invented small details (an "accessory on her wrist") are NOT labelled unsupported.
* A brand that the catalog title carries (k20, Champion) is correct when the model reads it off the logo.
* non_answer: an answer that says nothing about what was asked - "yes"/"no" to an open question, empty, "i'm not
  sure", a bare color as the caption, or a caption template / pattern word ("pure color", "striped", "graphic")
  given to a color question (DeepFashion has no hue names).
* restated: the question echoed back instead of answered ("the puffer jacket has details"), or a closed question
  answered with a sentence that restates it ("the shirt color is white"). Full-sentence answers to OPEN questions
  are fine and are left unlabelled.
* pronoun: the text's gender disagrees with the catalog gender column. "The lady" for a girls' product is not a
  pronoun error (same gender, adult word); "he" for a unisex product worn by a man is fine.
* Terse but right answers ("pants", "red shorts", "a logo", "blue" for a navy blazer's description) are correct;
  In-shop class names ("sweatshirt/hoodie", "jacket/coat") are correct answers to "what is ... wearing".
* Gender column values: women, men, girls, boys, unisex. Catalog columns vary per product as a retailer's would.

Totals: 40 products, 228 texts, 104 correct (46%), 124 failures: non_answer 17, loop 15, cut 15,
other_garment_color 15, contradiction 13, restated 13, unsupported 13, pronoun 12, leak 11. 50 texts hit the limit.
"""

from __future__ import annotations

from tests.audit_corpus import (
    Case,
    Text,
    ask,
    caption,
    color,
    color_of,
    describe,
    details,
    garment_type,
    material,
    wearing,
)

# --- small helpers for questions (or hit_limit flags) the imported helpers do not cover -------------------------


def color_q(garment: str, text: str, failure: str | None = None, kind: str = "open", hit_limit: bool = False) -> Text:
    """color_of with a hit_limit flag (same question id and prompt)."""
    return Text(
        f"color_{garment.replace(' ', '_')}",
        ask(f"What is the color of the {garment}?"),
        kind,
        text,
        failure,
        hit_limit,
    )


def material_l(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text("material", ask("What material is the garment made of?"), "open", text, failure, hit_limit)


def closed_l(question_id: str, question: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return Text(question_id, ask(question), "closed", text, failure, hit_limit)


def shirt_color(text: str, failure: str | None = None) -> Text:
    """The experiments' second phrasing: 'What is the shirt color?' (closed)."""
    return Text("shirt_color", ask("What is the shirt color?"), "closed", text, failure)


def is_this(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The VQA training set's yes/no question (closed)."""
    return Text("is_garment", ask(f"Is this a {garment}?"), "closed", text, failure, hit_limit)


def cloth(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The VQA training set's 'What cloth is the person wearing?' (open)."""
    return Text("cloth", ask("What cloth is the person wearing?"), "open", text, failure, hit_limit)


BLIND_8: list[Case] = [
    # ============================ untuned base blip2-opt-2.7b (k01-k20) ============================
    # k01 - base. Studio: woman in a heather-grey oversized pullover hoodie (kangaroo pocket) and black leggings,
    # white backdrop. The details answer invents a full zip, against the pullover title and the description.
    Case(
        "k01",
        (
            caption("a woman wearing a grey hoodie and black leggings standing in front of a white wall"),
            wearing("a grey hoodie and black leggings", who="she"),
            color_of("hoodie", "grey"),
            describe("hoodie", "it is a grey pullover hoodie with a kangaroo pocket"),
            details("hoodie", "the hoodie has a full zip and two side pockets", "contradiction"),
            material("fleece"),
        ),
        "women",
        {"category": "Hoodies & Sweatshirts", "color": "Heather Grey", "title": "Oversized Pullover Hoodie"},
    ),
    # k02 - base. Studio: man in a plain white crew-neck tee, black slim jeans. The open color answer gives the
    # jeans' black; the closed garment-type answer is a restating sentence.
    Case(
        "k02",
        (
            caption("a man in a white t-shirt and black jeans"),
            wearing("a white t shirt and black jeans"),
            color_q("t-shirt", "black", "other_garment_color"),
            describe("t-shirt", "a plain white t-shirt with a crew neck"),
            details("t-shirt", "short sleeves"),
            garment_type("it is a type of t-shirt that is worn by a man", "restated"),
        ),
        "men",
        {
            "category": "T-shirts",
            "color": "White",
            "title": "Regular Fit Crew-neck T-shirt",
            "composition": "100% cotton",
        },
    ),
    # k03 - base. Studio: woman in a navy single-breasted blazer over a white blouse, beige wide trousers. Closed
    # color takes the blouse's white; the description lists until the limit; details says "he".
    Case(
        "k03",
        (
            caption("a woman in a navy blazer, white shirt and beige pants posing for a photo"),
            wearing("a blazer", who="she"),
            color_of("blazer", "white", "other_garment_color"),
            describe(
                "blazer",
                "a navy blue blazer with two buttons and a notch lapel and two flap pockets and a welt "
                "pocket on the chest and it is worn over a white",
                "cut",
                hit_limit=True,
            ),
            details("blazer", "he is wearing a blazer with buttons", "pronoun"),
            material("the blazer is made of material", "restated"),
        ),
        "women",
        {"category": "Blazers", "color": "Navy Blue", "title": "Single-breasted Tailored Blazer"},
    ),
    # k04 - base. Flat-lay on white: boys' mid-wash denim shorts with a turn-up hem. The description invents an
    # age/size, which no photo can show.
    Case(
        "k04",
        (
            caption("a pair of blue denim shorts on a white background"),
            wearing("a pair of shorts"),
            color_of("shorts", "blue"),
            describe("shorts", "a pair of boys denim shorts, age 6-7 years", "unsupported"),
            details("shorts", "the shorts have a button and zip fly, front pockets and rolled up hems"),
            material("denim"),
            garment_type("shorts are a type of garment", "restated"),
        ),
        "boys",
        {"category": "Kids Shorts", "color": "Mid Denim", "title": "Boys Denim Shorts"},
    ),
    # k05 - base. Studio: woman in a pink racerback sports bra and black leggings in a yoga pose.
    Case(
        "k05",
        (
            caption("a woman in a pink sports bra and black leggings doing a yoga pose"),
            wearing("sports bra and leggings", who="she"),
            color_q("sports bra", "pink"),
            describe("sports bra", "he is wearing a pink sports bra", "pronoun"),
            details("sports bra", "racerback straps"),
            material("nike dri-fit", "unsupported"),
        ),
        "women",
        {"category": "Sports Bras", "color": "Bubblegum Pink", "title": "Seamless Medium Support Sports Bra"},
    ),
    # k06 - base. Studio: man in a black quilted puffer jacket, open over a grey hoodie, with blue jeans.
    # Closed color takes the hoodie's grey; details echoes the question; material claims down filling.
    Case(
        "k06",
        (
            caption("a man wearing a black puffer jacket over a grey hoodie"),
            wearing("a jacket and a hoodie", who="he"),
            color_of("puffer jacket", "grey", "other_garment_color"),
            describe("puffer jacket", "a black quilted puffer jacket with a zip front"),
            details("puffer jacket", "the puffer jacket has details", "restated"),
            material("goose down filling", "unsupported"),
        ),
        "men",
        {"category": "Jackets & Coats", "color": "Black", "title": "Lightweight Puffer Jacket"},
    ),
    # k07 - base. Studio: man in a navy pique polo with a small white chest logo (not a readable brand), khaki
    # chinos. The open color answer says green against the caption and the catalog color; "by ralph lauren" is
    # invented (no brand column, the logo is a generic mark).
    Case(
        "k07",
        (
            caption("a man in a navy polo shirt and khaki pants"),
            wearing("a polo shirt and khaki pants by ralph lauren", "unsupported"),
            color_q("polo shirt", "green", "contradiction"),
            describe("polo shirt", "a navy blue polo shirt with a small white logo on the chest"),
            details("polo shirt", "polo shirt details", "restated"),
            color("navy blue"),
        ),
        "men",
        {"category": "Polo Shirts", "color": "Navy", "title": "Slim Fit Pique Polo Shirt"},
    ),
    # k08 - base. Flat-lay: girls' pink long-sleeve pyjama top and trousers with a white star print (no model).
    # "a boy's pajamas" goes against the girls' gender column.
    Case(
        "k08",
        (
            caption("a pink pajama set with white stars on it"),
            wearing("a boy's pajamas", "pronoun"),
            color_of("pyjama set", "pink"),
            describe("pyjama set", "the pyjama set is a pyjama set", "restated"),
            details("pyjama set", "i'm not sure", "non_answer"),
            material("cotton"),
        ),
        "girls",
        {"category": "Kids Nightwear", "color": "Pink/Stars", "title": "Girls Star Print Pyjama Set"},
    ),
    # k09 - base. Studio: man in a black tee and olive cargo trousers with white sneakers. Garment type says
    # shorts for full-length trousers.
    Case(
        "k09",
        (
            caption("a man wearing black t-shirt and olive green cargo pants with white sneakers"),
            wearing("a black shirt and cargo pants"),
            color_q("cargo trousers", "black", "other_garment_color"),
            describe("cargo trousers", "the cargo trousers are olive green with side pockets"),
            details("cargo trousers", "what are the cargo trousers details", "restated"),
            garment_type("shorts", "contradiction"),
        ),
        "men",
        {"category": "Trousers", "color": "Khaki Green", "title": "Relaxed Fit Cargo Trousers"},
    ),
    # k10 - base. Studio: woman in a cream chunky-knit button cardigan over a white tank, light-blue jeans.
    # Tricky-but-correct: "a sweater" for a cardigan, "knit" as material.
    Case(
        "k10",
        (
            caption("a woman wearing a cream cardigan and jeans"),
            wearing("a sweater", who="she"),
            color_of("cardigan", "blue", "other_garment_color"),
            describe("cardigan", "a cream colored knit cardigan with buttons down the front"),
            details(
                "cardigan",
                "the cardigan has buttons, the cardigan has pockets, the cardigan has buttons, the "
                "cardigan has pockets, the cardigan has",
                "loop",
                hit_limit=True,
            ),
            material("knit"),
        ),
        "women",
        {"category": "Cardigans", "color": "Cream", "title": "Chunky Knit Cardigan"},
    ),
    # k11 - base. Studio: man in black tapered joggers and a white tee (unisex product). Details lists until the
    # limit.
    Case(
        "k11",
        (
            caption("a man in a white t - shirt and black sweatpants"),
            wearing("joggers and a t shirt", who="he"),
            color_q("joggers", "black"),
            describe("joggers", "black joggers with an elastic waistband and cuffed ankles"),
            details(
                "joggers",
                "the joggers have an elastic waistband with a drawstring, two side pockets, a back "
                "pocket and ribbed cuffs at the ankles which are made of a",
                "cut",
                hit_limit=True,
            ),
        ),
        "unisex",
        {"category": "Joggers", "color": "Black", "title": "Essential Tapered Joggers"},
    ),
    # k12 - base. Studio, grey backdrop: woman in navy high-waisted 7/8 leggings and a white tee, stretching.
    # The closed color answer repeats the prompt's "answer:"; the description names a brand the catalog lacks and
    # details claims a performance property ("squat proof") no photo shows. Tricky-but-correct: "spandex".
    Case(
        "k12",
        (
            caption("a woman in a white shirt and blue leggings stretching in front of a grey background"),
            wearing("he is wearing yoga pants and a white t-shirt", "pronoun"),
            color_of("leggings", "answer: navy", "leak"),
            describe("leggings", "these are high waisted leggings made by lululemon", "unsupported"),
            details("leggings", "high waist, a phone pocket on the side, and it is squat proof", "unsupported"),
            material("spandex"),
        ),
        "women",
        {
            "category": "Sports Leggings",
            "color": "Navy",
            "title": "High Waist 7/8 Sports Leggings",
            "composition": "78% polyester, 22% elastane",
        },
    ),
    # k13 - base. Studio: man in beige slim chinos, a light-blue oxford shirt tucked in, brown belt. Closed color
    # takes the shirt's blue; "a woman" for a men's product; details lists until the limit.
    Case(
        "k13",
        (
            caption("a man wearing a light blue shirt tucked into beige chinos with a brown belt"),
            wearing("a woman in a blue shirt and tan pants", "pronoun"),
            color_of("chinos", "blue", "other_garment_color"),
            describe("chinos", "slim fit beige chinos"),
            details(
                "chinos",
                "belt loops and a button closure and a zip fly and two slanted pockets and two back welt "
                "pockets with buttons and a coin pocket on the",
                "cut",
                hit_limit=True,
            ),
        ),
        "men",
        {"category": "Chinos", "color": "Beige", "title": "Slim Fit Stretch Chinos"},
    ),
    # k14 - base. Studio, saturated blue backdrop: woman in a red scoop-back one-piece swimsuit. The open color
    # answer gives the backdrop's blue; details came back empty; "bikini" contradicts the one-piece.
    Case(
        "k14",
        (
            caption("a woman in a red swimsuit standing in front of a blue background"),
            wearing("a red bathing suit", who="she"),
            color_q("swimsuit", "blue", "contradiction"),
            describe("swimsuit", "a one piece swimsuit with a low back"),
            details("swimsuit", "", "non_answer"),
            material("chlorine resistant lycra", "unsupported"),
            garment_type("bikini", "contradiction"),
        ),
        "women",
        {"category": "Swimwear", "color": "Red", "title": "Scoop Back Swimsuit"},
    ),
    # k15 - base. Studio: boy in a white school shirt and grey school trousers, black shoes. The closed garment
    # color says navy against the caption, the other color answer and the catalog.
    Case(
        "k15",
        (
            caption("a young boy wearing a white shirt and grey pants"),
            wearing("a school uniform"),
            color_of("trousers", "grey"),
            describe("trousers", "grey trousers with a crease down the front"),
            details("trousers", "the trousers", "restated"),
            color("navy", "contradiction"),
        ),
        "boys",
        {"category": "School Uniform", "color": "Grey", "title": "Boys Regular Fit School Trousers"},
    ),
    # k16 - base. Studio: woman in blue denim overalls over a white-and-navy Breton striped tee. The open color
    # answer describes the tee underneath; the wearing answer starts with the prompt's "Answer:".
    Case(
        "k16",
        (
            caption("a woman wearing denim overalls over a striped shirt"),
            wearing("Answer: denim overalls and a striped shirt", "leak", who="she"),
            color_q("overalls", "white and blue striped", "other_garment_color"),
            describe("overalls", "blue denim overalls with a bib pocket and adjustable straps"),
            details("overalls", "bib pocket, buckles on the straps, rolled up hems"),
            material("denim"),
        ),
        "women",
        {"category": "Dungarees & Overalls", "color": "Light Blue Denim", "title": "Denim Dungarees"},
    ),
    # k17 - base. Studio: man in a short-sleeve lime running tee with mesh side panels, black running shorts.
    # Wearing gives the tee the shorts' black; the closed color is a sentence; details invents long sleeves.
    # Tricky-but-correct: "polyester" as a generic material guess.
    Case(
        "k17",
        (
            caption("a man in a bright green t-shirt and black shorts jogging"),
            wearing("a black shirt and black shorts", "other_garment_color"),
            color_of("t-shirt", "the color of the t-shirt is lime green", "restated"),
            describe("t-shirt", "a green athletic shirt with mesh panels under the arms"),
            details("t-shirt", "long sleeves with thumbholes", "contradiction"),
            material("polyester"),
            garment_type("yes", "non_answer"),
        ),
        "men",
        {"category": "Sportswear Tops", "color": "Lime", "title": "Short-sleeve DryMove Running T-shirt"},
    ),
    # k18 - base. Studio: woman in a beige belted double-breasted trench coat over a black turtleneck and black
    # trousers. "he" in the description; details runs to the limit; the closed garment color takes the
    # turtleneck's black.
    Case(
        "k18",
        (
            caption("a woman wearing a beige trench coat with a belt"),
            wearing("a trench coat, a black turtleneck and black pants", who="she"),
            color_q("coat", "beige"),
            describe("coat", "he is wearing a long beige coat", "pronoun"),
            details(
                "coat",
                "double breasted with two rows of buttons, a belt at the waist, epaulettes on the "
                "shoulders, a storm flap and buttoned cuffs on the",
                "cut",
                hit_limit=True,
            ),
            color("black", "other_garment_color"),
        ),
        "women",
        {"category": "Coats", "color": "Beige", "title": "Double-breasted Trench Coat"},
    ),
    # k19 - base. Studio: girl in a white tee with a rainbow unicorn print and pink shorts. Tricky-but-correct:
    # the print and the pink shorts named beside the right color. Details says "a boy"; the closed garment type is
    # a whole sentence.
    Case(
        "k19",
        (
            caption("a little girl wearing a white shirt with a unicorn on it"),
            wearing("a t - shirt with a unicorn and pink shorts"),
            color_of("t-shirt", "white"),
            describe("t-shirt", "a white t shirt with a rainbow unicorn print"),
            details("t-shirt", "a boy wearing a t-shirt with a unicorn", "pronoun"),
            garment_type("a t-shirt for girls with a unicorn print on the front of it", "restated"),
        ),
        "girls",
        {"category": "Kids T-shirts", "color": "White/Unicorn", "title": "Girls Printed T-shirt"},
    ),
    # k20 - base. Studio: man in a grey marl Champion hoodie with a large chest logo, blue jeans. All correct;
    # the brand is on the logo and in the title.
    Case(
        "k20",
        (
            caption("a man wearing a grey champion hoodie and jeans"),
            wearing("a hoodie and jeans", who="he"),
            color_of("hoodie", "grey"),
            describe("hoodie", "grey hoodie with a champion logo on the chest"),
            details("hoodie", "a logo"),
            material("fleece"),
        ),
        "men",
        {
            "category": "Hoodies & Sweatshirts",
            "color": "Grey Marl",
            "brand": "Champion",
            "title": "Champion Reverse Weave Logo Hoodie",
        },
    ),
    # ============================ caption LoRA adapter (k21-k30) ============================
    # k21 - caption adapter. Studio: woman in an olive cropped puffer jacket and black leggings. The template's
    # "other fabric" is all the material answer says.
    Case(
        "k21",
        (
            caption(
                "The lady is wearing a long-sleeve jacket with solid color patterns. It has a stand neckline. The "
                "lady wears a long leggings with solid color patterns. There is an accessory on her wrist. The lady "
                "is wearing a long-",
                "cut",
                hit_limit=True,
            ),
            wearing(
                "This gentleman wears a long-sleeve jacket with solid color patterns and a long leggings.", "pronoun"
            ),
            color_q(
                "puffer jacket",
                "The lady is wearing a long-sleeve jacket with solid color patterns. It has a "
                "stand neckline. The lady wears a long leggings with solid",
                "non_answer",
                hit_limit=True,
            ),
            describe(
                "puffer jacket",
                "The jacket has long sleeves, other fabric and pure color patterns. It has a stand "
                "neckline. The jacket has long sleeves, other fabric and pure color patterns. It",
                "loop",
                hit_limit=True,
            ),
            details(
                "puffer jacket", "It has long sleeves and a stand neckline. The jacket is of solid color patterns."
            ),
            material_l(
                "The jacket is with other fabric and its neckline is stand. The lady wears a long leggings with "
                "solid color patterns. The lady",
                "non_answer",
                hit_limit=True,
            ),
        ),
        "women",
        {"category": "Jackets & Coats", "color": "Olive Green", "title": "Cropped Puffer Jacket"},
    ),
    # k22 - caption adapter. Studio: man in a white pique polo and navy chino shorts. The closed garment type
    # "vest" (In-shop's sleeveless class) contradicts the short sleeves and the polo title.
    Case(
        "k22",
        (
            caption(
                "This gentleman wears a short-sleeve shirt with pure color patterns and a three-point shorts. The "
                "shirt is with cotton fabric and its neckline is lapel. The shorts are with cotton fabric and pure "
                "color patterns. This",
                "unsupported",
                hit_limit=True,
            ),
            wearing(
                "This gentleman wears a short-sleeve shirt with pure color patterns and a three-point shorts.", who="he"
            ),
            color_of("polo shirt", "pure color", "non_answer"),
            details(
                "polo shirt",
                "The shirt has short sleeves, a lapel neckline, a lapel neckline, a lapel neckline, a "
                "lapel neckline, a lapel neckline, a lapel",
                "loop",
                hit_limit=True,
            ),
            garment_type("vest", "contradiction"),
        ),
        "men",
        {"category": "Polo Shirts", "color": "White", "title": "Regular Fit Cotton Polo"},
    ),
    # k23 - caption adapter. Studio: woman in black full-length sports leggings and a grey sports bra.
    Case(
        "k23",
        (
            caption(
                "This gentleman wears a tank top without sleeves and a long leggings. The tank top is with cotton "
                "fabric and pure color patterns. The leggings are with cotton fabric and pure color patterns. This "
                "gentleman wears",
                "pronoun",
                hit_limit=True,
            ),
            wearing(
                "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
                "She wears a long leggings, with cotton fabric and pure color",
                "unsupported",
                who="she",
                hit_limit=True,
            ),
            color_q(
                "leggings",
                "The leggings are with pure color patterns. The leggings are with pure color patterns. "
                "The leggings are with pure color patterns. The leggings",
                "loop",
                hit_limit=True,
            ),
            describe("leggings", "The leggings are of long length. They are with solid color patterns."),
            details(
                "leggings",
                "The leggings are of long length. They are with solid color patterns. Her tank top has "
                "no sleeves and its neckline is round. She wears a",
                "cut",
                hit_limit=True,
            ),
        ),
        "women",
        {"category": "Sports Leggings", "color": "Black", "title": "Shape High Waist Leggings"},
    ),
    # k24 - caption adapter. Studio: man in a mid-blue denim trucker jacket, white tee, black jeans. The caption
    # ran to the 50-token limit and the limit happened to fall just after a full stop.
    Case(
        "k24",
        (
            caption(
                "The man wears a long-sleeve denim jacket with solid color patterns and a long trousers. The jacket "
                "is with denim fabric. It has a lapel neckline. The trousers are with denim fabric and solid color "
                "patterns.",
                "cut",
                hit_limit=True,
            ),
            wearing("The man wears a long-sleeve denim jacket with solid color patterns and a long trousers."),
            color_q("denim jacket", "The jacket is with denim fabric and solid color patterns.", "non_answer"),
            describe(
                "denim jacket",
                "The jacket has long sleeves, denim fabric and solid color patterns. It has a lapel "
                "neckline. There is an accessory on his wrist. The jacket has long",
                "cut",
                hit_limit=True,
            ),
            material("The jacket is with denim fabric."),
        ),
        "men",
        {"category": "Jackets & Coats", "color": "Mid Blue", "title": "Denim Trucker Jacket"},
    ),
    # k25 - caption adapter. Studio, pale backdrop: girl in a navy-and-white striped sleeveless swimsuit.
    Case(
        "k25",
        (
            caption(
                "The lady wears a sleeveless one-piece with striped patterns. The one-piece is with other fabric. "
                "The neckline of it is round. The lady wears a sleeveless one-piece with striped patterns. The "
                "one-piece is with other fabric. The",
                "loop",
                hit_limit=True,
            ),
            wearing("The lady wears a sleeveless one-piece with striped patterns."),
            color_of("swimsuit", "striped", "non_answer"),
            details(
                "swimsuit",
                "The one-piece has no sleeves, other fabric and striped patterns. The neckline of it is "
                "round. There is a hat in her head. The one-piece",
                "cut",
                hit_limit=True,
            ),
        ),
        "girls",
        {"category": "Kids Swimwear", "color": "Navy/White Stripe", "title": "Girls Striped Swimsuit"},
    ),
    # k26 - caption adapter. Studio: man in a black hoodie with a large white graphic print, grey joggers.
    # Tricky-but-correct: "sweater" with a hooded neckline for a hoodie. The wearing answer's short-sleeve
    # T-shirt contradicts the long sleeves everywhere else.
    Case(
        "k26",
        (
            caption(
                "His sweater has long sleeves, cotton fabric and graphic patterns. It has a hooded neckline. He "
                "wears a long pants, with cotton fabric and solid color patterns. There is an accessory on",
                "unsupported",
                hit_limit=True,
            ),
            wearing(
                "He wears a short-sleeve T-shirt with graphic patterns and a long pants.", "contradiction", who="he"
            ),
            color_q("hoodie", "graphic patterns", "non_answer"),
            describe("hoodie", "It has a hooded neckline and long sleeves. The sweater is with graphic patterns."),
            details(
                "hoodie",
                "The sweater has long sleeves, a hood, long sleeves, a hood, long sleeves, a hood, long "
                "sleeves, a hood, long sleeves",
                "loop",
                hit_limit=True,
            ),
        ),
        "men",
        {"category": "Hoodies & Sweatshirts", "color": "Black", "title": "Relaxed Fit Graphic Print Hoodie"},
    ),
    # k27 - caption adapter. Studio: woman in light-wash denim shorts and a black tank top.
    Case(
        "k27",
        (
            caption(
                "This gentleman is wearing a sleeveless tank top with pure color patterns. The tank top is with "
                "cotton fabric. This gentleman wears a denim shorts. The shorts are with denim fabric and pure color "
                "patterns. This",
                "pronoun",
                hit_limit=True,
            ),
            wearing("She wears a denim shorts with solid color patterns.", who="she"),
            color_q(
                "denim shorts",
                "The shorts are with denim fabric and solid color patterns. The tank top is with "
                "cotton fabric. The shorts are with denim",
                "non_answer",
                kind="closed",
                hit_limit=True,
            ),
            details(
                "denim shorts", "The shorts are of short length. The fabric is denim and it has solid color patterns."
            ),
            material_l(
                "The shorts are with denim fabric. The tank top is with cotton fabric. The shorts are with denim "
                "fabric. The tank top is with cotton",
                "loop",
                hit_limit=True,
            ),
        ),
        "women",
        {"category": "Shorts", "color": "Light Denim Blue", "title": "High Waist Denim Shorts"},
    ),
    # k28 - caption adapter. Ghost mannequin: boys' white short-sleeve school polo, nothing else pictured.
    # The caption gives it long sleeves (and invents lower clothing).
    Case(
        "k28",
        (
            caption(
                "The upper clothing has long sleeves, other fabric and pure color patterns. It has a lapel neckline. "
                "The lower clothing is of long length. The fabric is other and it has pure color patterns. There",
                "contradiction",
                hit_limit=True,
            ),
            wearing("The upper clothing has short sleeves and a lapel neckline."),
            color_q(
                "polo shirt",
                "The upper clothing has short sleeves, other fabric and pure color patterns. It has a "
                "lapel neckline. The lower clothing is of",
                "non_answer",
                hit_limit=True,
            ),
            details(
                "polo shirt", "It has short sleeves and a lapel neckline. The upper clothing has pure color patterns."
            ),
        ),
        "boys",
        {"category": "School Uniform", "color": "White", "title": "Boys Short Sleeve School Polo Shirt"},
    ),
    # k29 - caption adapter, epoch 1 (Data2_V2_..._First_Epoch: a short answer first, then the template). Studio:
    # man in a navy V-neck knit cardigan over a white tee, grey trousers.
    Case(
        "k29",
        (
            caption(
                "The gentleman wears a long-sleeve cardigan with solid color patterns and a long pants. The cardigan "
                "is with knitting fabric. It has a V-shape neckline. The gentleman wears a long",
                "cut",
                hit_limit=True,
            ),
            wearing(
                "navy cardigan, white t-shirt. The gentleman wears a long-sleeve cardigan with solid color patterns "
                "and a long pants. The cardigan is",
                "cut",
                who="he",
                hit_limit=True,
            ),
            color_q(
                "cardigan",
                "navy. The cardigan is with knitting fabric and solid color patterns. It has a V-shape "
                "neckline. The gentleman",
                "cut",
                hit_limit=True,
            ),
            describe(
                "cardigan",
                "a white cardigan with buttons. The cardigan is with knitting fabric. It has a V-shape "
                "neckline. The gentleman wears a long pants with solid",
                "other_garment_color",
                hit_limit=True,
            ),
            material_l(
                "Question: What material is the garment made of? Answer: The cardigan is with knitting fabric. "
                "Question: What",
                "leak",
                hit_limit=True,
            ),
        ),
        "men",
        {"category": "Cardigans", "color": "Navy", "title": "Fine Knit V-neck Cardigan"},
    ),
    # k30 - caption adapter. Studio: woman in a light-blue satin pyjama shirt and matching trousers. The wearing
    # answer (it stopped by itself) gives short sleeves and shorts against the caption and the title.
    Case(
        "k30",
        (
            caption(
                "The lady wears a long-sleeve shirt with solid color patterns and a long pants. It has a lapel "
                "neckline. The pants are of long length with solid color patterns. There is a ring on her finger. "
                "The lady wears",
                "cut",
                hit_limit=True,
            ),
            wearing(
                "She wears a short-sleeve shirt and a three-point shorts. They are with solid color patterns.",
                "contradiction",
                who="she",
            ),
            color_of("pyjama set", "solid color", "non_answer"),
            describe(
                "pyjama set",
                "The shirt has long sleeves, chiffon fabric and solid color patterns. The neckline of "
                "it is lapel. The pants are of long length. The fabric is chiffon and",
                "unsupported",
                hit_limit=True,
            ),
            details(
                "pyjama set",
                "the sleeves, the collar, the buttons, the pocket, the sleeves, the collar, the "
                "buttons, the pocket, the sleeves, the collar",
                "loop",
                hit_limit=True,
            ),
        ),
        "women",
        {"category": "Nightwear", "color": "Light Blue", "title": "Satin Pyjama Shirt and Trousers"},
    ),
    # ============================ VQA LoRA adapter (k31-k40) ============================
    # k31 - VQA adapter. Studio: woman in a lilac hoodie and white joggers.
    Case(
        "k31",
        (
            caption(
                "purple sweatshirt/hoodie Question: What is the color of the sweatshirt/hoodie? Answer: purple "
                "Question: What cloth is the person wearing",
                "leak",
                hit_limit=True,
            ),
            wearing("sweatshirt/hoodie"),
            color_of("hoodie", "purple"),
            describe(
                "hoodie",
                "purple purple purple purple purple purple purple purple purple purple purple purple "
                "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
                "purple purple purple",
                "loop",
                hit_limit=True,
            ),
            details("hoodie", "drawstrings"),
        ),
        "women",
        {"category": "Hoodies & Sweatshirts", "color": "Lilac", "title": "Cotton-blend Hoodie"},
    ),
    # k32 - VQA adapter. Studio: man in grey fleece joggers and a black hoodie. The open color answer gives the
    # hoodie's black; describe repeats a whole Question/Answer turn.
    Case(
        "k32",
        (
            caption(
                "Question: What cloth is the person wearing? Answer: pants Question: What is the color of the pants? "
                "Answer: grey Question: Is this a",
                "leak",
                hit_limit=True,
            ),
            wearing("pants", who="he"),
            color_q("joggers", "black", "other_garment_color"),
            describe(
                "joggers",
                "grey Question: Describe the joggers. Answer: grey Question: Describe the joggers. "
                "Answer: grey Question: Describe the",
                "loop",
                hit_limit=True,
            ),
            details("joggers", "no", "non_answer"),
            material_l(
                "polyester Question: What is the color of the joggers? Answer: grey Question: What cloth is the",
                "leak",
                hit_limit=True,
            ),
        ),
        "men",
        {"category": "Joggers", "color": "Grey Melange", "title": "Regular Fit Fleece Joggers"},
    ),
    # k33 - VQA adapter. Studio: woman in mid-blue denim shorts and a white tee. The caption is only a color (the
    # tee's); the description calls the shorts black.
    Case(
        "k33",
        (
            caption("white", "non_answer"),
            wearing("shorts", who="she"),
            color_of("denim shorts", "blue"),
            describe("denim shorts", "black denim", "contradiction"),
            details(
                "denim shorts",
                "shorts\nQuestion: What is the color of the shorts? Answer: blue\nQuestion: Is this "
                "a shorts? Answer: yes\nQuestion:",
                "leak",
                hit_limit=True,
            ),
            material("denim"),
        ),
        "women",
        {"category": "Shorts", "color": "Mid Blue", "title": "Mom Fit Denim Shorts"},
    ),
    # k34 - VQA adapter. Studio: man in a navy blazer, white shirt, grey trousers. Tricky-but-correct: "blue" as
    # the whole description.
    Case(
        "k34",
        (
            caption(
                "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat "
                "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat "
                "jacket/",
                "loop",
                hit_limit=True,
            ),
            wearing("jacket/coat", who="he"),
            color_q("blazer", "white", "other_garment_color"),
            describe("blazer", "blue"),
            details(
                "blazer",
                "yes, it is a blazer. yes, it is a blazer. yes, it is a blazer. yes, it is a blazer. yes",
                "loop",
                hit_limit=True,
            ),
            closed_l(
                "garment_type",
                "What type of garment is this?",
                "jacket/coat Question: Is this a blazer? Answer: "
                "yes Question: What is the color of the blazer? Answer:",
                "leak",
                hit_limit=True,
            ),
        ),
        "men",
        {"category": "Blazers", "color": "Navy", "title": "Slim Fit Wool-blend Blazer"},
    ),
    # k35 - VQA adapter. Studio: girl in a yellow button cardigan over a white cotton dress, white socks.
    Case(
        "k35",
        (
            caption(
                "yellow cardigan\nQuestion: What is the color of the cardigan? Answer: yellow\nQuestion: Is this a "
                "cardigan? Answer: yes\nQuestion",
                "leak",
                hit_limit=True,
            ),
            cloth("cardigan"),
            color_of("cardigan", "yellow"),
            describe("cardigan", "he is wearing a yellow cardigan", "pronoun"),
            details(
                "cardigan",
                "buttons down the front and a round neckline and the girl is wearing a white dress "
                "underneath and white socks and",
                "cut",
                hit_limit=True,
            ),
        ),
        "girls",
        {"category": "Kids Knitwear", "color": "Yellow", "title": "Girls Button-through Cardigan"},
    ),
    # k36 - VQA adapter. Flat-lay on white: men's red swim shorts with a tropical leaf print, white drawstring.
    # Tricky-but-correct: "floral" for the leaf print, "red shorts" as the whole caption.
    Case(
        "k36",
        (
            caption("red shorts"),
            wearing("yes", "non_answer"),
            color_q(
                "swim shorts", "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", hit_limit=True
            ),
            describe("swim shorts", "floral"),
            details(
                "swim shorts",
                "drawstring Question: What is the material of the swim shorts? Answer: polyester Question: What is the",
                "leak",
                hit_limit=True,
            ),
            material("100% recycled polyester", "unsupported"),
        ),
        "men",
        {"category": "Swimwear", "color": "Red/Tropical", "title": "Printed Swim Shorts"},
    ),
    # k37 - VQA adapter. Studio: woman in a black sports bra and grey leggings. The closed color takes the
    # leggings' grey.
    Case(
        "k37",
        (
            caption("Question: What is the color of the sports bra? Answer: black", "leak"),
            wearing(
                "tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank",
                "loop",
                who="she",
                hit_limit=True,
            ),
            color_of("sports bra", "grey", "other_garment_color"),
            describe("sports bra", "black"),
            details("sports bra", "racer back"),
            material("nylon spandex blend with moisture wicking technology", "unsupported"),
        ),
        "women",
        {"category": "Sports Bras", "color": "Black", "title": "High Support Sports Bra"},
    ),
    # k38 - VQA adapter. Studio: boy in a red hooded puffer jacket and blue jeans. The caption is a bare color.
    Case(
        "k38",
        (
            caption("red", "non_answer"),
            wearing("jacket/coat"),
            color_q("puffer jacket", "red"),
            describe("puffer jacket", "a girl wearing a red jacket", "pronoun"),
            details("puffer jacket", "the details of the puffer jacket", "restated"),
            is_this("puffer jacket", "yes"),
        ),
        "boys",
        {"category": "Kids Outerwear", "color": "Red", "title": "Boys Hooded Puffer Jacket"},
    ),
    # k39 - VQA adapter. Studio: woman in black pleated wide-leg trousers and a cream knit top. The closed color
    # gives the top's beige; "shorts" for full-length trousers.
    Case(
        "k39",
        (
            caption("black pants"),
            wearing("shorts", "contradiction", who="she"),
            color_of("trousers", "beige", "other_garment_color"),
            describe("trousers", "wide leg"),
            details(
                "trousers",
                "Question: What are the trousers details? Answer: pleats Question: What are the trousers "
                "details? Answer: pleats Question",
                "loop",
                hit_limit=True,
            ),
            garment_type("yes", "non_answer"),
        ),
        "women",
        {"category": "Trousers", "color": "Black", "title": "Pleated Wide-leg Trousers"},
    ),
    # k40 - VQA adapter. Studio: man in a white graphic tee ("NEW YORK" in black) and olive cargo shorts. The open
    # color gives the shorts' green.
    Case(
        "k40",
        (
            caption("white graphic tee"),
            wearing("graphic tee"),
            color_q("t-shirt", "green", "other_garment_color"),
            describe(
                "t-shirt",
                "white with black letters on the front and short sleeves and a crew neck and the person "
                "is also wearing green shorts and white",
                "cut",
                hit_limit=True,
            ),
            details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
            shirt_color("the shirt color is white", "restated"),
        ),
        "men",
        {"category": "T-shirts", "color": "White", "title": "Relaxed Fit Printed T-shirt"},
    ),
]
