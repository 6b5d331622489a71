"""BLIND_57 (44 products; the experiments re-run on Myntra-style men's casual and formal wear): written blind in the
seventeenth session. Measured blind at e93d6fb: 122/143 and 8/146. The writer's notes, verbatim:

Blind corpus 57: men's casual and formal wear on a Myntra-style catalog.

Scenario: the original experiments' untuned base model and their fine-tuned adapters re-run on a Myntra-style
catalog of men's wear: casual and formal shirts (checked, striped, solid), polos, henleys, chinos, formal
trousers, jeans, blazers, sweaters, sweatshirts and nehru jackets. Mostly on-model studio shots (the model often
wears a shirt under a blazer, a t-shirt under an open shirt, a kurta under a nehru jacket), a few flat-lays with no
person. Questions: enrich's default questionnaire (DEFAULT_QUESTIONS, a subset per product) or the closed
questions of BLIND_QUESTIONS, plus a few "Is this a ...?" and "What is the color of the ...?" questions. Seller
columns (gender, category, color, title) come from the marketplace in the seller's own words; some are missing.

Which system wrote which text (named again in the comment above every case):
- base: untuned `Salesforce/blip2-opt-2.7b`. Short lowercase captions and answers that stop on their own; its
  failures are one color for every garment, the wrong pronoun, invented details, empty or restated answers.
- cap-e1 / cap-e3: the caption adapters (`Data2_V2_BLIP2_Finetune_Caption_First_Epoch`, epoch 1, and
  `Data2_V2_Blip2_Finetune_Caption`, epoch 3). They write the DeepFashion-MultiModal template ("The gentleman wears
  a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ...", pattern words instead of
  hues), return it for every question, never stop (cut at 50 / 30 new tokens, or looping), and often call a man
  "the lady" (the data is mostly women). Epoch 1 still starts in the base model's style ("a man wearing ...").
- vqa: the VQA adapter (`Data3_V3_BLIP2_VQA`). Open answers never stop: one word repeated, In-shop class names
  (blouses_shirts, jackets_coats, sweatshirts_hoodies, tees_tanks), and the next "Question: ... Answer:" pair
  generated after the answer.
- Closed questions (garment_type, color, pattern, sleeve_length, is_*) are candidate labels ranked by the
  reference engine with the base model or the VQA adapter as the comment says; a closed color_of is ranked too,
  an open color_of (kind="open") is free generation.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). No audit code, no other corpus, no
docs; the only thing run was an import check of this file. Each photo is imagined and described in the comment
above its case; every label is judged against that photo and the seller columns.

Label conventions and judgement calls:
- One label per text, the failure that defines it. A caption-adapter text that says "the lady" for a man and is
  also cut at the limit is labelled pronoun when the pronoun is its point (captions), cut otherwise; both are real.
- hit_limit=True on every text that ran to max_new_tokens (30 for answers, 50 for captions), including loops and
  leaks, which always run to the limit. A few texts are cut mid-phrase before the limit (hit_limit=False): cut.
- Near-color synonyms are correct: navy blue -> blue / dark blue, olive -> green, charcoal -> grey, beige ->
  khaki / cream, cream -> white / beige, maroon <-> burgundy / dark red, lavender -> purple, mustard -> yellow,
  rust -> orange, sea green -> green, grey melange -> grey.
- A color that belongs to another garment in the photo (inner t-shirt, shirt under a blazer, the trousers worn
  with a shirt, the kurta under a nehru jacket) given as the product's color: other_garment_color. A non-product
  garment given the product's color ("white jeans" beside a white shirt, "orange pants" beside a rust shirt), a
  color the photo and seller both refute (navy called black), a print's color given as the garment's: contradiction.
- A garment type, pattern or sleeve length that belongs to the under/over layer (garment_type "shirt" for a blazer,
  "kurta" or "long sleeve" for a nehru jacket, "checked" for a solid sweater over a checked shirt), an accessory
  as the garment type ("tie"), a wrong "yes"/"no" to an is_* question: contradiction.
- Caption-adapter pattern words: "lattice" = checked, "stripe" = striped, "pure color" = solid; "pure color" for a
  checked shirt is a contradiction. "Outer clothing" for a blazer and "vest" for a nehru jacket are correct.
- Henleys and polos are T-shirts in this catalog (category Tshirts): garment_type "t-shirt" for a henley and
  is_t-shirt "yes" for a polo are correct; "t-shirt" for a sweatshirt or for a shirt product is not.
- Sleeves rolled to the forearm are still long sleeves; "long sleeve" for them is correct.
- A plausible everyday fabric the title does not contradict (cotton shirt, denim jeans, wool sweater) is correct;
  a fabric the photo gives no reason for (silk formal shirt, "wool and cashmere"), or a detail absent from the photo
  (pocket, logo, hood, zipper, gold buttons, button-down collar, a wrist accessory on a bare wrist): unsupported.
- Flat-lays: "What is the person wearing?" answered with the garment ("a pink shirt") is correct; "i don't know"
  or an empty answer there is a non_answer. Backgrounds named in captions (brick wall, wooden floor, grey
  background) are correct.
- non_answer: empty, "none", "unknown", "i don't know", "clothes", "a man", "they are jeans" for a description,
  or a color given as the "details". restated: the question's own words given back as an answer ("the details of
  the garment are the details of the shirt", "the garment is made of a material", "a description of the garment").
- pronoun: "she", "her", "a woman", "the lady" for a man (gender Men in the seller columns or a man in the photo).
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a


def _rep(word: str, n: int, sep: str = " ") -> str:
    return sep.join([word] * n)


BLIND_57: list[Case] = [
    # 1. Man in a navy-and-white checked casual shirt, full sleeves buttoned at the cuff, untucked, no chest pocket and
    # no logo; mid-blue jeans; light grey studio backdrop. All texts by base (closed answers ranked with base).
    case(
        "MYN-57-ROA-1101",
        caption("a man wearing a blue and white checkered shirt and jeans"),
        D.wearing("a plaid shirt and blue jeans"),
        D.garment_type("shirt"),
        D.color("navy blue"),
        D.pattern("checked"),
        D.description(
            "a blue and white plaid shirt with a pocket on the chest and a logo on the pocket", "unsupported"
        ),
        D.details("the details of the garment are the details of the shirt", "restated"),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 2. Man in an olive solid casual shirt worn open over a white crew-neck t-shirt, beige chinos, a steel watch on
    # the left wrist, white backdrop. Caption, wearing, description: cap-e3; closed answers: base.
    case(
        "MYN-57-HIG-1102",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        color_of("shirt", "green"),
        D.description(
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The "
            "shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Highlander Men Olive Slim Fit Solid Casual Shirt",
    ),
    # 3. Long-haired male model (hair to the shoulders) in a white solid formal shirt with a spread collar and a black
    # tie, tucked into charcoal trousers; grey backdrop. All base.
    case(
        "MYN-57-LP-1103",
        caption("a man in a white shirt and tie standing in front of a grey background"),
        D.wearing("she is wearing a white shirt and a black tie", "pronoun"),
        D.garment_type("tie", "contradiction"),
        D.color("white"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a spread collar and", "cut"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
    ),
    # 4. Man in a light blue and white vertically striped formal shirt, full sleeves, tucked into navy trousers; white
    # backdrop. Caption: base; open answers: vqa; closed answers ranked with vqa.
    case(
        "MYN-57-VH-1104",
        caption("a man wearing a blue striped shirt and navy pants"),
        D.wearing(_rep("shirt", 30), "loop", hit_limit=True),
        D.color("light blue"),
        D.pattern("striped"),
        color_of(
            "pants",
            "blue Question: What is the color of the shirt? Answer: blue Question: What is the color of the pants? "
            "Answer: blue",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.description(
            "blue and white stripes, long sleeves, a collar, buttons down the front, cuffs at the wrists, a curved "
            "hem at the bottom and a",
            "cut",
            hit_limit=True,
        ),
        D.details(_rep("blue and white stripes", 5) + " blue and white", "loop", hit_limit=True),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Van Heusen Men Blue & White Slim Fit Striped Formal Shirt",
    ),
    # 5. Flat-lay: a light pink solid formal shirt folded in its packaging fold on a white surface, pink collar
    # buttoned, no person, no visible label. All base.
    case(
        "MYN-57-PE-1105",
        caption("a pink shirt folded on a white surface"),
        D.wearing("a pink shirt"),
        D.garment_type("shirt"),
        D.color("pink"),
        D.pattern("solid"),
        D.description("a pink shirt with a white collar", "unsupported"),
        D.details("none", "non_answer"),
        D.material("silk", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Peter England Men Pink Slim Fit Solid Formal Shirt",
    ),
    # 6. Man in a grey melange crew-neck t-shirt and black slim jeans, white sneakers; white backdrop. All base.
    case(
        "MYN-57-WRO-1106",
        caption("a man in a grey t-shirt and black jeans"),
        D.wearing("a grey shirt and grey jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("grey", "other_garment_color"),
        color_of("jeans", "black", kind="open"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="WROGN Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 7. Bearded man in a white linen shirt, sleeves rolled, untucked, over mid-blue light-fade jeans, brown boots;
    # white backdrop. Caption: cap-e1; open answers: vqa; closed answers ranked with vqa.
    case(
        "MYN-57-LEV-1107",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers are of long length. The trousers are with denim fabric and solid color "
            "patterns. The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "blouses_shirts, denim Question: What is the color of the denim? Answer: blue Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("blue"),
        color_of("jeans", _rep("blue", 30), "loop", kind="open", hit_limit=True),
        color_of(
            "shirt",
            "white Question: What is the color of the denim? Answer: blue Question: What is the color of the shoes? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Levis Men Blue 511 Slim Fit Light Fade Stretchable Jeans",
    ),
    # 8. Man in a navy solid polo (short sleeves, small embroidered logo on the left chest) with khaki chinos; grey
    # backdrop. All base.
    case(
        "MYN-57-USPA-1108",
        caption("a man wearing a blue polo shirt and khaki pants"),
        D.wearing("a polo shirt and khakis"),
        D.garment_type("polo shirt"),
        D.color("black", "contradiction"),
        D.details("the details", "non_answer"),
        is_a("t-shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
    ),
    # 9. Man in a maroon polo with white tipping on the collar and cuffs, dark blue jeans; white backdrop.
    # Caption and open answers: cap-e3; closed answers: base.
    case(
        "MYN-57-AS-1109",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("burgundy"),
        D.pattern("solid"),
        D.description(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His "
            "T-shirt has short sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric. The neckline of the T-shirt is lapel. The gentleman wears a long "
            "trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="Allen Solly Men Maroon Solid Polo Collar T-shirt",
    ),
    # 10. Man in a mustard yellow full-sleeve henley (three-button placket) and black jeans; white backdrop.
    # All base; BLIND_QUESTIONS.
    case(
        "MYN-57-ROA-1110",
        caption("a man in a yellow shirt and black jeans"),
        B.garment_type("t-shirt"),
        B.color("yellow"),
        B.sleeve_length("short sleeve", "contradiction"),
        B.material("the garment is made of a material", "restated"),
        is_a("henley", "yes"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Roadster Men Mustard Yellow Solid Henley Neck T-shirt",
    ),
    # 11. Man in a grey melange crew-neck sweatshirt (no hood; small black "HRX" print on the chest), black joggers;
    # white backdrop. Caption, wearing, description: base; details: cap-e3; closed: base.
    case(
        "MYN-57-HRX-1111",
        caption("a man wearing a grey sweatshirt and black pants"),
        D.wearing("i'm not sure", "non_answer"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("grey"),
        D.description("a grey sweatshirt with a hood", "unsupported"),
        D.details(
            "The sweater is with cotton fabric and it has a round neckline. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Sweatshirt",
    ),
    # 12. Man in a charcoal crew-neck pullover sweater with a white shirt collar and cuffs showing, navy chinos;
    # white backdrop. Caption and open answers: cap-e3 ("lady" for a man); closed ranked with vqa.
    case(
        "MYN-57-MH-1112",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and it "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and it "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.garment_type("sweater"),
        color_of("sweater", "white", "other_garment_color"),
        D.details(
            "The sweater is with knitted fabric. The sweater is with knitted fabric. The sweater is with knitted "
            "fabric. The sweater is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Charcoal",
        title="Mast & Harbour Men Charcoal Grey Solid Pullover Sweater",
    ),
    # 13. Man in a navy single-breasted blazer (two navy horn buttons, notch lapels, welt chest pocket, two flap
    # pockets) over a white formal shirt, light grey trousers; grey backdrop. All base.
    case(
        "MYN-57-BB-1113",
        caption("a man in a blue suit jacket and white shirt"),
        D.wearing("the person is wearing a garment", "restated"),
        D.garment_type("shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "navy blue"),
        D.description("a navy blazer with gold buttons", "unsupported"),
        D.details(
            "two buttons on the front, notch lapels, a welt pocket on the chest and two flap pockets at the waist "
            "with a white shirt and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Blackberrys Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
    ),
    # 14. Cropped at the chest: light blue formal shirt tucked into charcoal grey flat-front formal trousers, black
    # belt, black shoes. Caption: base; open answers: vqa; closed ranked with vqa.
    case(
        "MYN-57-RAY-1114",
        caption("a man in a blue shirt and grey pants"),
        D.wearing(
            "Question: What is the person wearing? Answer: pants Question: What is the color of the pants? Answer: "
            "grey Question: What",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.color("light blue", "other_garment_color"),
        color_of("pants", _rep("grey", 30), "loop", kind="open", hit_limit=True),
        color_of("shirt", "blue"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Raymond Men Charcoal Grey Slim Fit Solid Formal Trousers",
    ),
    # 15. Man in a navy solid casual shirt, sleeves rolled, untucked, over beige slim chinos, white sneakers, a black
    # watch on the left wrist; white backdrop. Caption and details: cap-e1; wearing, material: base; closed: base.
    case(
        "MYN-57-DL-1115",
        caption(
            "a man wearing a long-sleeve shirt with pure color patterns and a long trousers. The trousers are with "
            "cotton fabric and pure color patterns. The man wears a pair of sneakers. There is an accessory on his "
            "wrist. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki pants"),
        D.garment_type("trousers"),
        D.color("navy blue", "other_garment_color"),
        color_of("pants", "khaki"),
        D.details(
            "a long trousers. The trousers are with cotton fabric and pure color patterns. The man wears a "
            "long-sleeve shirt with pure color patterns and",
            "cut",
            hit_limit=True,
        ),
        D.material("the pants are made of the material of the pants", "restated"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Dennis Lingo Men Beige Slim Fit Chinos",
    ),
    # 16. Man in a maroon woven-design sleeveless nehru jacket (mandarin collar) over a white full-sleeve kurta and
    # white churidar; beige backdrop. Caption: base; open answers: cap-e3; closed: base.
    case(
        "MYN-57-HUP-1116",
        caption("a man wearing a maroon vest over a white kurta"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta", "contradiction"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The pants "
            "this gentleman wears is of long",
            "contradiction",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender="Men",
        category="Nehru Jackets",
        color="Maroon",
        title="Hangup Men Maroon Woven Design Nehru Jacket",
    ),
    # 17. Flat-lay: khaki chinos folded on a white background, belt loops and slant pockets visible, no person, no
    # label. Seller gave only the category. Caption, wearing: base; details: cap-e3; closed: base.
    case(
        "MYN-57-FL-1117",
        caption("a pair of khaki pants on a white background"),
        D.wearing("i don't know", "non_answer"),
        D.garment_type("trousers"),
        D.color("khaki"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The lower "
            "clothing is with cotton",
            "cut",
            hit_limit=True,
        ),
        category="Trousers",
    ),
    # 18. Man in a red-and-black buffalo-check flannel shirt worn open over a black crew t-shirt, blue jeans;
    # brick-wall studio backdrop. Caption: base; open answers: vqa; closed ranked with vqa.
    case(
        "MYN-57-HN-1118",
        caption("a man wearing a red and black plaid shirt standing in front of a brick wall"),
        D.wearing(
            "blouses_shirts Question: What is the color of the blouses_shirts? Answer: red Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("checked"),
        color_of("shirt", _rep("red-black", 7, "-") + "-red", "loop", kind="open", hit_limit=True),
        color_of("t-shirt", _rep("Answer: black", 7) + " Answer:", "leak", kind="open", hit_limit=True),
        D.description("red and black plaid with a", "cut"),
        gender="Men",
        category="Shirts",
        color="Red",
        title="HERE&NOW Men Red & Black Regular Fit Checked Casual Shirt",
    ),
    # 19. Man in a white short-sleeve casual shirt with thin blue vertical stripes, khaki chinos; white backdrop.
    # All base; BLIND_QUESTIONS.
    case(
        "MYN-57-MH-1119",
        caption("a man in a blue and white striped shirt and khaki pants"),
        B.color("white"),
        B.pattern("striped"),
        B.sleeve_length("short sleeve"),
        color_of("pants", "white", "contradiction"),
        B.material(
            "the shirt is made of cotton and the pants are made of cotton and the shirt is made of cotton and the "
            "pants are made of",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Mast & Harbour Men White & Blue Striped Casual Shirt",
    ),
    # 20. Flat-lay: black polo laid flat on a grey surface, short sleeves, small white embroidered logo, three-button
    # placket (no zip). No title from the seller. Caption: cap-e3; answers: base.
    case(
        "MYN-57-FL-1120",
        caption(
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "T-shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The T-shirt "
            "has short",
            "loop",
            hit_limit=True,
        ),
        D.wearing("", "non_answer"),
        D.garment_type("polo shirt"),
        D.color("black"),
        D.description("a black polo shirt with a white logo on the chest"),
        D.details("a black polo shirt with a zipper", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Black",
    ),
    # 21. Man in a white polo, untucked, over olive green tapered chinos, brown loafers; white backdrop.
    # Caption: base; open answers: cap-e1; closed: base.
    case(
        "MYN-57-HIG-1121",
        caption("a man in a white polo shirt and green pants"),
        D.wearing(
            "a white short-sleeve T-shirt with pure color patterns and a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        color_of("pants", "green"),
        D.garment_type("trousers"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Olive",
        title="Highlander Men Olive Green Tapered Fit Chinos",
    ),
    # 22. Man with a man-bun in a navy V-neck pullover over a red-and-white checked shirt (collar showing), grey
    # chinos; white backdrop. All base.
    case(
        "MYN-57-LPS-1122",
        caption("a man wearing a blue sweater over a plaid shirt"),
        D.wearing("she is wearing a blue sweater and a plaid shirt", "pronoun"),
        D.garment_type("sweater"),
        D.color("blue"),
        D.pattern("checked", "contradiction"),
        D.description("a black sweater with a v neck", "contradiction"),
        D.material("wool and cashmere", "unsupported"),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Louis Philippe Sport Men Navy Blue Solid V-Neck Sweater",
    ),
    # 23. Man in a brown-and-beige checked single-breasted blazer over a white shirt, dark brown trousers; grey
    # backdrop. Caption: cap-e3; open answers: vqa; closed ranked with vqa.
    case(
        "MYN-57-BB-1123",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(_rep("jackets_coats", 8), "loop", hit_limit=True),
        D.garment_type("blazer"),
        D.color("brown"),
        D.pattern("checked"),
        is_a("sweater", "yes", "contradiction"),
        D.description(
            "brown Question: Describe the pants. Answer: brown Question: Describe the shirt. Answer: white Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Blazers",
        color="Brown",
        title="Blackberrys Men Brown Checked Slim Fit Single-Breasted Casual Blazer",
    ),
    # 24. Cropped from the chest: white formal shirt tucked into light grey formal trousers, black belt, black shoes.
    # Caption, wearing, material: base; details: cap-e3; closed: base.
    case(
        "MYN-57-PE-1124",
        caption("a man in a white shirt and black pants", "contradiction"),
        D.wearing("a woman in a white shirt and grey pants", "pronoun"),
        D.garment_type("trousers"),
        D.color("grey"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "gentleman wears a long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Grey",
        title="Peter England Men Grey Slim Fit Solid Formal Trousers",
    ),
    # 25. Man in a sea-green solid casual shirt with a mandarin collar, full sleeves, white jeans; white backdrop.
    # All base; BLIND_QUESTIONS.
    case(
        "MYN-57-ROA-1125",
        caption("a man wearing a green shirt and white jeans"),
        B.garment_type("shirt"),
        B.color("green"),
        B.pattern("solid"),
        B.material("unknown", "non_answer"),
        is_a("shirt", "no", "contradiction"),
        color_of("jeans", "green", "contradiction"),
        gender="Men",
        category="Shirts",
        color="Sea Green",
        title="Roadster Men Sea Green Regular Fit Solid Casual Shirt",
    ),
    # 26. Man in a dark indigo denim shirt with two flap chest pockets, full sleeves, black chinos, a watch on the
    # right wrist; white backdrop. Caption and open answers: cap-e3; closed: base.
    case(
        "MYN-57-ROA-1126",
        caption(
            "His shirt has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this gentleman wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "His shirt has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. His shirt has "
            "long sleeves, denim fabric and",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("shirt"),
        D.pattern("solid"),
        D.material(
            "His shirt has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this gentleman wears is of",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue Denim Casual Shirt",
    ),
    # 27. Male model with long hair tied in a bun, in a cream short-sleeve henley (two-button placket, no pocket),
    # light blue jeans; white backdrop. All base.
    case(
        "MYN-57-BWK-1127",
        caption("a man in a white shirt and jeans"),
        D.wearing("a white t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("beige"),
        D.description("she is wearing a white t-shirt with buttons", "pronoun"),
        D.details("buttons on the front and a pocket", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Cream",
        title="Bewakoof Men Cream-Coloured Solid Henley T-shirt",
    ),
    # 28. Man in a black crew-neck sweatshirt with a large white "NEW YORK 1986" print across the chest, grey
    # joggers; white backdrop. Caption: base; open answers: vqa; closed: base.
    case(
        "MYN-57-ROA-1128",
        caption("a man wearing a black sweatshirt with new york on it"),
        D.wearing(_rep("Answer: sweatshirts_hoodies", 5) + " Answer:", "leak", hit_limit=True),
        D.garment_type("sweatshirt"),
        D.color("black"),
        D.pattern("printed"),
        color_of("sweatshirt", "white", "contradiction"),
        D.description(_rep("black", 30), "loop", hit_limit=True),
        gender="Men",
        category="Sweatshirts",
        color="Black",
        title="Roadster Men Black Printed Sweatshirt",
    ),
    # 29. Man in a burgundy pullover hoodie (kangaroo pocket, white drawstrings, hood down), black jeans; white
    # backdrop. Caption: cap-e1; BLIND_QUESTIONS and is_a: base.
    case(
        "MYN-57-HRX-1129",
        caption(
            "a man wearing a long-sleeve sweater with pure color patterns and a long denim trousers. The sweater is "
            "with cotton fabric and it has a hooded neckline. The trousers are with denim fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("sweatshirt"),
        B.color("maroon"),
        B.sleeve_length("long sleeve"),
        B.material("the garment is made of a soft material", "non_answer"),
        is_a("hoodie", "yes"),
        gender="Men",
        category="Sweatshirts",
        color="Burgundy",
        title="HRX by Hrithik Roshan Men Burgundy Solid Hooded Sweatshirt",
    ),
    # 30. Flat-lay: navy formal trousers laid flat on white with a pressed front crease, no belt, no person. No title.
    # Caption: cap-e3; open answers: vqa; closed ranked with vqa.
    case(
        "MYN-57-FL-1130",
        caption(
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with cotton fabric and pure color patterns. The trousers are of long length. The trousers "
            "are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "pants Question: What is the color of the pants? Answer: navy Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.color("navy blue"),
        D.pattern("solid"),
        D.material(_rep("cotton", 30), "loop", hit_limit=True),
        gender="Men",
        category="Trousers",
        color="Navy Blue",
    ),
    # 31. Man in a black crew t-shirt and light blue skinny jeans, heavily distressed with knee rips, white sneakers;
    # white backdrop. All base.
    case(
        "MYN-57-MH-1131",
        caption("a man in a black shirt and ripped jeans"),
        D.wearing("a black t-shirt and ripped jeans with a white", "cut"),
        D.garment_type("jeans"),
        D.color("black", "other_garment_color"),
        color_of("jeans", "light blue"),
        D.description("they are jeans", "non_answer"),
        D.details("the details of the jeans are the jeans", "restated"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Skinny Fit Highly Distressed Stretchable Jeans",
    ),
    # 32. Man in a lavender solid formal shirt, full sleeves, tucked into black trousers; grey backdrop.
    # Caption and open answers: cap-e3 (calls him "the lady"); closed: base.
    case(
        "MYN-57-ARW-1132",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "she wears is of long",
            "pronoun",
            hit_limit=True,
        ),
        D.color("purple"),
        D.garment_type("shirt"),
        D.pattern("solid"),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Lavender",
        title="Arrow Men Lavender Slim Fit Solid Formal Shirt",
    ),
    # 33. Man in a white polo with horizontal navy stripes (no pocket), short sleeves, navy chinos; white backdrop.
    # All base.
    case(
        "MYN-57-TH-1133",
        caption("a man wearing a striped polo shirt and blue pants"),
        D.wearing("clothes", "non_answer"),
        D.garment_type("polo shirt"),
        D.color("white"),
        D.pattern("solid", "contradiction"),
        is_a("polo shirt", "yes"),
        D.details("it has a collar and two buttons and a pocket on the left side of the chest", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Tommy Hilfiger Men White & Navy Blue Striped Polo Collar T-shirt",
    ),
    # 34. Man in a charcoal textured sleeveless nehru jacket over a light blue full-sleeve shirt, dark jeans; white
    # backdrop. No title from the seller. Caption: base; open answers: vqa; closed ranked with vqa.
    case(
        "MYN-57-NJ-1134",
        caption("a man in a grey vest and blue shirt"),
        D.wearing(_rep("vest, blouses_shirts, denim,", 4) + " vest", "loop", hit_limit=True),
        D.garment_type("jacket"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeve", "contradiction"),
        color_of(
            "vest",
            "grey Question: What is the color of the shirt? Answer: blue Question: What is the color of the denim? "
            "Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        category="Nehru Jackets",
        color="Charcoal",
    ),
    # 35. Flat-lay: beige cable-knit crew-neck pullover laid flat on a light wooden floor, no hood, no zip, no
    # person. All base.
    case(
        "MYN-57-ROA-1135",
        caption("a beige sweater laying on a wooden floor"),
        D.garment_type("sweater"),
        D.color("cream"),
        D.pattern("cable knit"),
        D.description("a beige sweater with a cable knit pattern"),
        D.details("the sweater has a hood and a zipper", "unsupported"),
        D.material("the garment is made of the same material as the sweater", "restated"),
        gender="Men",
        category="Sweaters",
        color="Beige",
        title="Roadster Men Beige Cable Knit Pullover",
    ),
    # 36. Man in a navy-and-white horizontally striped (breton) crew-neck sweater, beige chinos; white backdrop.
    # Caption and open answers: cap-e1; closed: base.
    case(
        "MYN-57-MNG-1136",
        caption(
            "a man wearing a long-sleeve sweater with stripe patterns. The sweater is with knitted fabric and it has "
            "a round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a long-sleeve sweater with stripe patterns and a long trousers. The sweater is with knitted fabric and "
            "it has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("striped"),
        D.garment_type("sweater"),
        D.description(
            "a sweater with stripe patterns. The sweater with stripe patterns. The sweater with stripe patterns. The "
            "sweater with stripe patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweaters",
        color="Navy Blue",
        title="Mango Man Navy Blue & White Striped Pullover",
    ),
    # 37. All-black look: man in a black single-breasted blazer over a black crew t-shirt, black trousers; white
    # backdrop. All base.
    case(
        "MYN-57-WRG-1137",
        caption("a man in a black suit and black shirt"),
        D.wearing("a black jacket and a black t-shirt"),
        D.garment_type("blazer"),
        D.color("black"),
        D.description("a description of the garment", "restated"),
        D.details("the details of the garment are black", "non_answer"),
        gender="Men",
        category="Blazers",
        color="Black",
        title="WROGN Men Black Slim Fit Solid Casual Blazer",
    ),
    # 38. Man in a green-and-navy checked casual shirt worn open over a white t-shirt, grey jeans; white backdrop.
    # Caption: base; open answers: cap-e3; closed: base.
    case(
        "MYN-57-ROA-1138",
        caption("a man wearing a green plaid shirt over a white t-shirt"),
        D.wearing(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        D.garment_type("t-shirt", "contradiction"),
        D.description(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this gentleman wears is of long",
            "contradiction",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Green",
        title="Roadster Men Green & Navy Blue Checked Casual Shirt",
    ),
    # 39. Man in a rust orange linen-blend casual shirt, sleeves rolled to the forearm, white chinos; white backdrop.
    # Caption: base; closed BLIND_QUESTIONS ranked with vqa; material: vqa.
    case(
        "MYN-57-MH-1139",
        caption("a man wearing an orange shirt and white pants"),
        B.garment_type("shirt"),
        B.color("orange"),
        B.pattern("solid"),
        B.sleeve_length("long sleeve"),
        B.material(
            "cotton Question: What is the color of the shirt? Answer: orange Question: What is the color of the pants",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "orange", "contradiction"),
        gender="Men",
        category="Shirts",
        color="Rust",
        title="Mast & Harbour Men Rust Orange Linen Casual Shirt",
    ),
    # 40. Man in a navy crew t-shirt and mid-grey slim jeans, white sneakers; white backdrop. The seller gave only
    # the category. Caption, wearing, description, material: base; details: cap-e3; closed: base.
    case(
        "MYN-57-JN-1140",
        caption("a man in a blue shirt and gray jeans"),
        D.wearing("a blue shirt and grey jeans"),
        D.garment_type("jeans"),
        D.color("blue", "other_garment_color"),
        D.description("the garment is a pair of jeans that is worn by the person", "restated"),
        D.details(
            "The pants this person wears is of long length. The pants are with denim fabric and pure color patterns. "
            "The person wears a short-sleeve",
            "cut",
            hit_limit=True,
        ),
        D.material("the jeans are made of jeans material", "restated"),
        category="Jeans",
    ),
    # 41. Man in an olive green full-sleeve henley with a button placket, black chinos; textured concrete-wall
    # backdrop. Caption: cap-e1; open answers: vqa; closed ranked with vqa.
    case(
        "MYN-57-HIG-1141",
        caption(
            "a man wearing a long-sleeve T-shirt with pure color patterns standing in front of a concrete wall. The "
            "T-shirt is with cotton fabric and it has a round neckline. The man wears a long trousers. The trousers "
            "are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "tees_tanks Question: What is the color of the tees_tanks? Answer: green Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.sleeve_length("long sleeve"),
        D.description(_rep("green", 15, "-"), "loop", hit_limit=True),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Highlander Men Olive Green Solid Henley Neck T-shirt",
    ),
    # 42. Man in a white oxford shirt, sleeves rolled, tucked into navy chinos with a brown belt; white backdrop.
    # Caption, wearing, color_of, material: base; details: cap-e3; closed: base.
    case(
        "MYN-57-USPA-1142",
        caption("a man wearing a white shirt and blue pants"),
        D.wearing("the person is wearing clothes that people wear", "restated"),
        D.garment_type("trousers"),
        D.color("white", "other_garment_color"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long-sleeve shirt "
            "with pure color patterns. The shirt is",
            "cut",
            hit_limit=True,
        ),
        D.material("it's hard to say", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Navy Blue",
        title="U.S. Polo Assn. Men Navy Blue Slim Fit Chinos",
    ),
    # 43. Man in a white formal shirt with thin black vertical pinstripes, spread collar (not button-down), full
    # sleeves, tucked into black trousers; grey backdrop. All base.
    case(
        "MYN-57-VH-1143",
        caption("a man wearing a white shirt with black stripes"),
        D.wearing("a man", "non_answer"),
        D.garment_type("shirt"),
        D.color("white"),
        D.pattern("striped"),
        D.description("a white shirt with thin black stripes and a button down collar", "unsupported"),
        D.details(_rep("the shirt is white and", 6) + " the", "loop", hit_limit=True),
        gender="Men",
        category="Shirts",
        color="White",
        title="Van Heusen Men White & Black Pinstriped Slim Fit Formal Shirt",
    ),
    # 44. Man in a maroon quarter-zip sweatshirt (stand collar, silver zip), blue jeans, bare wrists; white backdrop.
    # No title from the seller. Caption and open answers: cap-e3; closed: base.
    case(
        "MYN-57-SW-1144",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The gentleman wears a long-sleeve "
            "sweater with pure color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.color("dark red"),
        D.sleeve_length("long sleeve"),
        D.description(
            "The sweater is with cotton fabric and it has a stand neckline. There is an accessory on his wrist. The "
            "gentleman wears a long trousers",
            "unsupported",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Maroon",
    ),
]
