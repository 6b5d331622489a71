"""BLIND_271 (46 products; men's formal and semi-formal wear: shirts, trousers, blazers, suits, waistcoats, ties):
written blind in the forty-second session. Measured blind at 1dbad66 (the session's rules as they stood): 99/129
failures found (76.7%) and 8/168 correct texts flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English feed from an Indian marketplace of men's formal and semi-formal wear, all model
shots: formal shirts (solid, striped, checked, micro-printed, French cuffs), formal trousers, blazers, two- and
three-piece suits, a tuxedo, a bandhgala, waistcoats, Nehru jackets over kurtas, and ties (shot as a torso crop on a
shirt, often under a blazer). Almost every photo layers garments: the shirt under a blazer, waistcoat or jacket, the
trousers with a shirt tucked in, the tie on a shirt. Backdrops are mostly plain studio grey or white, with a few
walls and props (brick wall, garden, flowers, a red curtain, a stool, a concrete wall). Each product has the
seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do. The seller's
colors are the marketplace's shade names (Navy Blue, Charcoal, Maroon, Teal, Beige, Olive, Wine, Off White...).

Who wrote what: the original experiments' three models, on the experiments' own questions ("What is he wearing?",
"What is the color of the shirt / pants?", "What is the shirt color?", "Describe the shirt.", "What are the pants
details?", "What cloth is the person wearing?") and a few of the set's own (collar, lapel, buttons). Captions come
from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase: "a man in a white shirt and blue pants") or
from the caption-only LoRA adapter (the DeepFashion template: "The gentleman wears a long-sleeve shirt with pure
color patterns. The shirt is with cotton fabric. It has a lapel neckline..."). The caption adapter was trained with
no end-of-answer token, so every one of its texts runs to its limit (50 new tokens for captions, 30 for answers)
and carries hit_limit=True; asked a question (details, describe, material) it returns its template. The VQA adapter
(Data3_V3) answered a few open color and "What cloth..." questions; it also never stops, so its texts run to the
limit repeating the answer ("blue-blue-blue...") with hit_limit=True. Every other open answer comes from the base
model, which stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece color questions and the yes/no "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets: never a loop or a cut. The comment above each case says which texts came from
an adapter; a case with no such comment is base model plus reference engine only.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, royal blue or sky blue; grey for charcoal or grey
  melange; red for maroon or wine; green for olive or teal, and blue for teal too; purple for lavender; khaki or tan
  for beige; white or cream for off white and cream. Navy called black, lavender called pink, beige called grey and
  olive called brown are contradictions (the reference engine and the base model both make them).
- The color of another piece of the outfit given for the product or for the piece asked about (the shirt's color
  for the blazer, the blazer's color for the tie, the suit's black for the shirt, the kurta's color for the Nehru
  jacket, a jacket held over the shoulder) is other_garment_color; the base model giving the pants the shirt's color
  ("a red shirt and red pants") is other_garment_color too. A color no piece in the photo has (the red curtain
  behind the waistcoat, the grey backdrop for a white shirt) is contradiction, and so is the print's color given as
  the color of a white printed shirt.
- Garment synonyms are correct: pants or slacks for trousers, jacket or coat for a blazer, vest for a waistcoat or a
  Nehru jacket, suit for a bandhgala set, tux for tuxedo, shirt for a kurta under a Nehru jacket. The reference
  engine's "blazer" for a shirt worn under a blazer, and "no" to "Is this a blazer?" for a blazer, are
  contradictions; so is the adapter calling a waistcoat a tank top.
- Sleeves: a waistcoat or a Nehru jacket is sleeveless; "long sleeves" for one (the shirt's or kurta's sleeves) is
  contradiction. A pin-striped suit answered "solid", a checked shirt answered "striped" and a plain suit answered
  "floral" (the flower backdrop) are contradictions.
- Materials: one the title names (linen, art silk, velvet, satin finish, knitted, poly-viscose) is correct; a
  plausible guess on plain shirting or suiting (cotton for a shirt, polyester or wool for trousers, a suit or a
  blazer) is correct; velvet for a printed cotton waistcoat (the curtain behind it is velvet) is unsupported.
- Invented items not in the photo (a tie on an open collar, a pocket square, a tie clip, a boutonniere, a shirt
  under a closed bandhgala, gold buttons where the buttons are self-covered, a button-down collar on a spread
  collar) are unsupported. Items that are in the photo (a watch, cufflinks, a pocket square, gold buttons on the
  double-breasted blazer, a bow tie) are correct and written so on purpose.
- Adapter texts: a text that repeats a sentence or a sentence opening of the template is loop; one that stops
  mid-sentence without repeating is cut; the template returned for the material question is restated, even though
  it names a fabric and is cut. The template answering "What is he wearing?", "Describe the ..." or "What are the
  ... details?" does answer it, so those are cut or loop. Where the template says "The lady ... her" of a man, the
  misgendering is what the auditor sees first: pronoun, hit_limit kept; where it misnames the garment (a waistcoat as
  a tank top), contradiction, hit_limit kept. The template describing only the shirt and trousers under a blazer
  is not a misnaming (both are in the photo): cut or loop; nor is the shirt template returned for a tie's
  description (the shirt is in the photo and the tie is "an accessory in his neck").
- VQA adapter texts ("white-white-white...", "shirt shirt shirt...") are loop, even where the first word is right.
- Base answers: one cut short by an early stop ("it is made of") is cut, without hit_limit; an empty answer, "the
  details of the pants", "the pants are long" for the pants' details, "the lapel is green", "a white collar" for the
  collar and "it is made of fabric" are non_answer; "polyester and" is cut too; a material question answered with
  the garment's name and color, and "the details of the suit are the suit", are restated; base answers that run on
  into "Question: ... Answer: ..." are leak, even where the first words are right; "she" for a man is pronoun.
- The pack-of-two shirt (one worn, one folded in an inset) counts two shirts; naming both is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    question,
    wearing,
)

shirt_color = question("shirt_color", "What is the shirt color?", "open")
cloth = question("cloth", "What cloth is the person wearing?", "open")
collar = question("collar", "What type of collar does the shirt have?", "open")
lapel = question("lapel", "What type of lapel does the blazer have?", "open")
buttons = question("buttons", "How many buttons does the jacket have?", "open")

BLIND_271 = [
    # photo: model in a white solid long-sleeve formal shirt with a spread collar, tucked into navy trousers, brown
    # belt, light grey studio backdrop, front view.
    case(
        "X271-001",
        caption("a man in a white shirt and blue pants standing in front of a gray wall"),
        wearing("a white shirt and blue pants", who="he"),
        B.garment_type("shirt"),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        B.material("cotton"),
        collar("a button down collar", "unsupported"),
        describe(
            "shirt",
            "a white shirt Question: What is the color of the pants? Answer: blue",
            "leak",
        ),
        title="Van Heusen Men White Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a light blue and white pinstriped long-sleeve shirt, charcoal trousers, white backdrop.
    # caption, details: caption adapter
    case(
        "X271-002",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        shirt_color("blue and white"),
        B.pattern("striped"),
        describe("shirt", "a blue and white striped shirt with a collar and buttons"),
        details(
            "shirt",
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and striped patterns. It has",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        wearing("a blue shirt and blue pants", "other_garment_color", who="he"),
        title="Peter England Men Blue & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a white shirt tucked into black flat-front trousers, black shoes, white backdrop, full length.
    # cloth: VQA adapter
    case(
        "X271-003",
        caption("a man in a white shirt and black pants"),
        color_of("pants", "white", "other_garment_color"),
        wearing("black pants and a white shirt", who="he"),
        details("pants", "the details of the pants", "non_answer"),
        B.garment_type("trousers"),
        B.material("polyester"),
        cloth(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Men Black Slim Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy two-piece suit (wool blend), white shirt with an open collar, no tie, beige wall behind.
    # caption: caption adapter
    case(
        "X271-004",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a blue suit and a white shirt", who="he"),
        B.color("black", "contradiction"),
        is_a("suit", "yes"),
        color_of("shirt", "white"),
        describe("suit", "a navy blue suit with a white shirt and a black tie", "unsupported"),
        material("wool"),
        title="Raymond Men Navy Blue Solid 2-Piece Slim Fit Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a charcoal grey single-breasted two-button blazer with notch lapels over a light blue shirt,
    # beige trousers, white backdrop.
    # description: caption adapter
    case(
        "X271-005",
        caption("a man wearing a gray blazer and khaki pants"),
        color_of("blazer", "blue", "other_garment_color"),
        B.garment_type("blazer"),
        lapel("notch lapel"),
        buttons("two"),
        wearing("a grey blazer, a blue shirt and beige pants", who="he"),
        material("wool"),
        describe(
            "blazer",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long-sleeve jacket",
            "loop",
            hit_limit=True,
        ),
        title="Blackberrys Men Charcoal Grey Solid Single-Breasted Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a maroon solid long-sleeve shirt, black trousers, grey backdrop.
    # cloth: VQA adapter
    case(
        "X271-006",
        caption("a man in a red shirt and black pants"),
        shirt_color("red"),
        cloth(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        B.color("pink", "contradiction"),
        describe("shirt", "a red shirt with a collar and long sleeves"),
        material("a red shirt", "restated"),
        title="Louis Philippe Men Maroon Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a mustard jacquard Nehru jacket with a mandarin collar over a white kurta and white churidar,
    # beige backdrop.
    case(
        "X271-007",
        caption("a man in a yellow vest and white kurta"),
        B.garment_type("jacket"),
        B.sleeve_length("long sleeves", "contradiction"),
        wearing("a yellow jacket and a white kurta", who="he"),
        color_of("jacket", "white", "other_garment_color"),
        B.material("silk"),
        describe(
            "jacket",
            "a yellow jacket with a white kurta and a red scarf",
            "unsupported",
        ),
        title="Manyavar Men Mustard Yellow Woven Design Art Silk Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a white shirt tucked into olive green trousers, brown loafers, red brick wall behind.
    case(
        "X271-008",
        caption("a man standing in front of a brick wall"),
        color_of("pants", "green", kind="open"),
        wearing("a white shirt and brown pants", "contradiction", who="he"),
        details("pants", "the pants have belt loops and a pocket"),
        B.garment_type("pants"),
        B.color("green"),
        material("cotton Question: What is the color of the shirt? Answer: white", "leak"),
        title="Allen Solly Men Olive Green Slim Fit Formal Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: torso crop: a navy tie with diagonal silver stripes on a white shirt, the edge of a grey blazer visible.
    # caption, description: caption adapter
    case(
        "X271-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory in his neck. The gentleman wears a long-sleeve shirt with "
            "pure",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("tie"),
        color_of("tie", "white", "other_garment_color"),
        B.pattern("striped"),
        is_a("tie", "yes"),
        wearing("a white shirt and a blue tie", who="he"),
        describe(
            "tie",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There",
            "cut",
            hit_limit=True,
        ),
        title="The Tie Hub Men Navy Blue & Silver-Toned Striped Broad Tie",
        category="Ties",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a grey self-design (tone-on-tone dobby, no stripes) waistcoat over a light pink shirt, grey
    # trousers, no tie, white backdrop.
    case(
        "X271-010",
        caption("a man in a gray vest and pink shirt"),
        is_a("vest", "yes"),
        B.sleeve_length("sleeveless"),
        B.color("pink", "other_garment_color"),
        D.wearing("he is wearing a vest and a tie", "unsupported"),
        describe("waistcoat", "a grey waistcoat with buttons and two pockets"),
        B.pattern("striped", "contradiction"),
        title="Park Avenue Men Grey Self-Design Slim Fit Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a light pink solid shirt, grey trousers, one hand in a pocket, grey backdrop.
    # caption, details, material: caption adapter
    case(
        "X271-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a pink shirt and gray pants", "pronoun", who="he"),
        shirt_color("pink"),
        B.color("pink"),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel",
            "restated",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers. The",
            "cut",
            hit_limit=True,
        ),
        title="Van Heusen Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a navy and white small-checked shirt with a chest pocket, black trousers, white backdrop.
    case(
        "X271-012",
        caption("a man wearing a blue and white checkered shirt"),
        B.pattern("striped", "contradiction"),
        color_of("shirt", "blue"),
        describe("shirt", "a blue and white plaid shirt with a pocket"),
        details(
            "shirt",
            "the shirt is blue and white checkered Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        material("cotton"),
        title="Peter England Men Navy Blue & White Checked Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a navy solid shirt tucked into beige trousers, brown shoes, white backdrop.
    # caption, details, material: caption adapter
    case(
        "X271-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "blue", "other_garment_color"),
        B.color("beige"),
        wearing("a blue shirt and khaki pants", who="he"),
        details(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton",
            "restated",
            hit_limit=True,
        ),
        title="Arrow Men Beige Slim Fit Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a black three-piece suit (blazer, waistcoat, trousers), white shirt, black tie, grey backdrop.
    # description: caption adapter
    case(
        "X271-014",
        caption("a man in a black suit and tie"),
        wearing("a black suit, a black vest and a white shirt", who="he"),
        B.garment_type("suit"),
        color_of("shirt", "black", "other_garment_color"),
        buttons("two buttons"),
        B.material("polyester"),
        describe(
            "suit",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The gentleman wears a long-sleeve jacket with pure",
            "loop",
            hit_limit=True,
        ),
        title="Raymond Men Black Solid 3-Piece Slim-Fit Poly-Viscose Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: model in an off-white Nehru jacket with cream self-covered buttons over a navy kurta and navy pants,
    # beige wall, a potted plant beside him.
    case(
        "X271-015",
        caption("a man in a white vest and blue pants standing next to a plant"),
        color_of("jacket", "blue", "other_garment_color"),
        B.color("cream"),
        wearing("a white jacket with a blue shirt", who="he"),
        describe(
            "jacket",
            "a white nehru jacket with a mandarin collar and gold buttons",
            "unsupported",
        ),
        material("silk", "unsupported"),
        title="Manyavar Men Off White Solid Cotton Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Off White",
    ),
    # photo: model in a sky blue button-down oxford shirt with a chest pocket, navy trousers, a brown leather watch
    # on his left wrist, white backdrop.
    # caption: caption adapter; color_shirt: VQA adapter
    case(
        "X271-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his wrist. The gentleman wears a long trousers. The "
            "trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and a watch", who="he"),
        color_of(
            "shirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("cotton"),
        B.sleeve_length("long sleeves"),
        details("shirt", "the shirt has a button down collar and a pocket"),
        title="Louis Philippe Men Blue Solid Oxford Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a grey pinstriped two-piece suit, white shirt, maroon tie, white pocket square, white backdrop.
    case(
        "X271-017",
        caption("a man in a gray suit and red tie"),
        B.pattern("solid", "contradiction"),
        wearing("a grey suit with a red tie and a white pocket square", who="he"),
        color_of("tie", "red"),
        describe("suit", "a gray suit with a red tie"),
        details("suit", "the details of the suit are the suit", "restated"),
        B.color("white", "other_garment_color"),
        title="Louis Philippe Men Grey Pinstriped 2-Piece Formal Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a black single-breasted casual blazer over a white crew-neck t-shirt, blue jeans, red brick
    # wall behind.
    # caption: caption adapter
    case(
        "X271-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("blazer", "white", "other_garment_color"),
        wearing("a black jacket, white shirt and jeans", who="he"),
        B.garment_type("jacket"),
        is_a("blazer", "no", "contradiction"),
        material("denim", "unsupported"),
        title="HIGHLANDER Men Black Solid Single-Breasted Casual Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a teal solid long-sleeve shirt, black trousers, grey backdrop.
    case(
        "X271-019",
        caption("a man in a green shirt and black pants"),
        shirt_color("blue"),
        B.color("green"),
        wearing("a blue shirt and blue jeans", "contradiction", who="he"),
        B.sleeve_length("long sleeves"),
        describe(
            "shirt",
            "a green shirt Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        title="Allen Solly Men Teal Blue Slim Fit Formal Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a brown glen-check single-breasted blazer over a cream shirt, dark brown trousers, no pocket
    # square, white wall and wooden floor.
    # caption, material: caption adapter
    case(
        "X271-020",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("checked"),
        color_of("blazer", "brown"),
        B.material(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It "
            "has a",
            "restated",
            hit_limit=True,
        ),
        details(
            "blazer",
            "the blazer has a pocket square and a flower on the lapel",
            "unsupported",
        ),
        wearing("a brown jacket and a white shirt", who="he"),
        title="Blackberrys Men Brown Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
    # photo: model in a white shirt with a tiny navy polka-dot print, navy trousers, white backdrop.
    case(
        "X271-021",
        caption("a man in a white shirt with blue polka dots"),
        B.color("blue", "contradiction"),
        B.pattern("printed"),
        shirt_color("white with blue dots"),
        material("cotton"),
        details("shirt", "the shirt has blue dots on it"),
        wearing("a white shirt and white pants", "other_garment_color", who="he"),
        title="Arrow Men White & Navy Printed Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a lavender shirt tucked into charcoal grey trousers, black belt, white backdrop.
    case(
        "X271-022",
        caption("a man in a purple shirt and grey pants"),
        color_of("pants", "purple", "other_garment_color", kind="open"),
        wearing("a purple shirt and gray pants", who="he"),
        B.garment_type("trousers"),
        details("pants", "the pants are long", "non_answer"),
        material("polyester and", "cut"),
        title="Park Avenue Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a navy matte wool double-breasted blazer with six gold buttons and peak lapels, white shirt, grey
    # trousers, white backdrop.
    # description: caption adapter
    case(
        "X271-023",
        caption("a man in a navy blazer with gold buttons"),
        buttons("six"),
        B.color("black", "contradiction"),
        lapel("peak lapel"),
        wearing("a blue jacket and gray pants", who="he"),
        describe(
            "blazer",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel",
            "loop",
            hit_limit=True,
        ),
        material("velvet", "unsupported"),
        title="Van Heusen Men Navy Blue Solid Double-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model sitting on a wooden stool in a sky blue long-sleeve shirt (cuffs buttoned), black trousers,
    # white backdrop.
    case(
        "X271-024",
        caption("a man sitting on a stool wearing a blue shirt"),
        wearing("a blue shirt and black pants", who="he"),
        B.sleeve_length("short sleeves", "contradiction"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        material("it is made of", "cut"),
        D.details("the details of the shirt", "non_answer"),
        title="Peter England Men Blue Regular Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: torso crop: a maroon paisley tie on a white shirt, navy blazer with the matching maroon pocket square.
    case(
        "X271-025",
        caption("a man wearing a suit and a red tie"),
        color_of("tie", "blue", "other_garment_color"),
        B.pattern("paisley"),
        is_a("tie", "yes"),
        wearing("a blue suit, a white shirt and a red tie", who="he"),
        describe("tie", "a red tie with a gold tie clip", "unsupported"),
        material("silk", "unsupported"),
        title="Blacksmith Men Maroon Woven Design Tie with Pocket Square",
        category="Ties",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a cream linen long-sleeve shirt, beige trousers, on a terrace with potted plants.
    # caption, details: caption adapter; cloth: VQA adapter
    case(
        "X271-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        B.material("linen"),
        B.color("white"),
        wearing("a white shirt and khaki pants", who="he"),
        cloth(
            "shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Louis Philippe Men Cream-Coloured Solid Linen Formal Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a black cotton waistcoat with a small gold floral print over a white shirt, black trousers,
    # red velvet curtain behind.
    case(
        "X271-027",
        caption("a man in a black vest with gold flowers"),
        B.color("red", "contradiction"),
        B.pattern("floral"),
        is_a("vest", "yes"),
        wearing("a black vest and a white shirt", who="he"),
        material("velvet", "unsupported"),
        title="Vastramay Men Black Printed Slim Fit Cotton Waistcoat",
        category="Waistcoat",
        color="Black",
        gender="Men",
    ),
    # photo: model in a beige two-piece suit, white shirt with an open collar, in a garden, trees behind.
    case(
        "X271-028",
        caption("a man in a tan suit standing in a garden"),
        wearing("a grey suit and white shirt", "contradiction", who="he"),
        color_of("trousers", "beige"),
        B.garment_type("suit"),
        details(
            "suit",
            "the suit has two buttons Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        B.color("white", "contradiction"),
        title="Raymond Men Beige Solid 2-Piece Slim Fit Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a lavender solid long-sleeve shirt, navy trousers, white backdrop.
    case(
        "X271-029",
        caption("a man wearing a purple shirt and blue pants"),
        shirt_color("purple"),
        B.color("pink", "contradiction"),
        describe("shirt", "", "non_answer"),
        B.sleeve_length("long sleeves"),
        wearing("she is wearing a purple shirt", "pronoun", who="he"),
        title="Arrow Men Lavender Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in a black Nehru jacket with a mandarin collar over a white shirt, black trousers, white backdrop.
    # caption, material: caption adapter
    case(
        "X271-030",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has "
            "a standing neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        color_of("jacket", "black"),
        wearing("a black vest and white shirt", who="he"),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("jacket", "a black jacket with a mandarin collar and buttons"),
        B.material(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It "
            "has a standing",
            "restated",
            hit_limit=True,
        ),
        title="Manyavar Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # photo: model in a white solid shirt with a spread collar, styled under an open navy blazer, grey trousers.
    case(
        "X271-031",
        caption("a man in a blue suit and white shirt"),
        B.color("blue", "other_garment_color"),
        B.garment_type("blazer", "contradiction"),
        wearing("a white shirt and a blue blazer", who="he"),
        collar("a spread collar"),
        material("cotton"),
        describe("shirt", "a white shirt with a blue tie", "unsupported"),
        title="Van Heusen Men White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a black shirt tucked into grey melange trousers, white backdrop.
    # caption, details: caption adapter
    case(
        "X271-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black", "other_garment_color"),
        wearing("a black shirt and grey pants", who="he"),
        details(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        B.color("grey"),
        title="Allen Solly Men Grey Melange Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: torso crop: a dark green knitted skinny tie on a white shirt, under a grey blazer.
    # description: caption adapter
    case(
        "X271-033",
        caption("a close up of a man wearing a green tie"),
        B.color("grey", "other_garment_color"),
        B.garment_type("tie"),
        B.material("knitted"),
        wearing("a gray suit and a green tie", who="he"),
        describe(
            "tie",
            "The gentleman wears a long-sleeve shirt with pure color patterns. There is an accessory in his neck. "
            "There is an accessory in his neck. The",
            "loop",
            hit_limit=True,
        ),
        title="The Tie Hub Men Green Solid Knitted Skinny Tie",
        category="Ties",
        color="Green",
        gender="Men",
    ),
    # photo: model in a white shirt tucked into navy pleated trousers, brown belt, white backdrop.
    # caption: caption adapter
    case(
        "X271-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        color_of("pants", "blue"),
        details("pants", "pleats and belt loops"),
        wearing("a white shirt and black pants", "contradiction", who="he"),
        B.garment_type("trousers"),
        material("it is made of fabric", "non_answer"),
        title="Louis Philippe Men Navy Blue Pleated Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a royal blue self-design double-breasted suit, white shirt, navy tie, no boutonniere, a wall
    # of pink and white flowers behind (wedding set).
    case(
        "X271-035",
        caption("a man in a blue suit standing in front of flowers"),
        wearing("a blue suit and a white shirt", who="he"),
        color_of("shirt", "blue", "other_garment_color"),
        B.pattern("floral", "contradiction"),
        describe(
            "suit",
            "a blue suit with a white shirt and a tie and a flower on the lapel",
            "unsupported",
        ),
        B.garment_type("suit"),
        title="Blackberrys Men Blue Self-Design Double-Breasted 2-Piece Suit",
        category="Suits",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a red and black small-checked long-sleeve shirt, black trousers, grey backdrop.
    # description: caption adapter
    case(
        "X271-036",
        caption("a man in a red and black plaid shirt"),
        B.color("red"),
        B.pattern("checked"),
        wearing("a red shirt and red pants", "other_garment_color", who="he"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        material("a red and black shirt", "restated"),
        title="Highlander Men Red & Black Checked Semi-Formal Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a maroon velvet waistcoat over a black shirt, black trousers, grey backdrop.
    # caption, description: caption adapter
    case(
        "X271-037",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a V-shape neckline. The gentleman wears a long trousers. The trousers are with",
            "contradiction",
            hit_limit=True,
        ),
        B.material("velvet"),
        color_of("waistcoat", "black", "other_garment_color"),
        wearing("a red vest and black shirt", who="he"),
        B.sleeve_length("sleeveless"),
        describe(
            "waistcoat",
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a V-shape",
            "contradiction",
            hit_limit=True,
        ),
        title="Vastramay Men Maroon Velvet Slim Fit Waistcoat",
        category="Waistcoat",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in an olive green notch-lapel blazer over a black turtleneck, black trousers, bare concrete wall.
    # color_blazer: VQA adapter
    case(
        "X271-038",
        caption("a man in a green jacket and black turtleneck"),
        B.color("green"),
        D.wearing("a green jacket and black pants"),
        color_of(
            "blazer",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        lapel("the lapel is green", "non_answer"),
        details("blazer", "the blazer has a notch lapel and two buttons"),
        title="Mast & Harbour Men Olive Green Solid Slim Fit Blazer",
        category="Blazers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a white shirt with French cuffs and silver cufflinks, adjusting a cuff, black trousers, no
    # tie, grey backdrop.
    # color_shirt: VQA adapter
    case(
        "X271-039",
        caption("a man in a white shirt adjusting his cufflinks"),
        details("shirt", "french cuffs with silver cufflinks"),
        B.color("grey", "contradiction"),
        wearing("a white shirt with a black tie", "unsupported", who="he"),
        color_of(
            "shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        collar("a white collar", "non_answer"),
        title="Louis Philippe Men White Solid Formal Shirt with French Cuffs",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy bandhgala (closed to the neck, brass buttons) with navy trousers, beige wall.
    case(
        "X271-040",
        caption("a man in a blue suit with gold buttons"),
        B.garment_type("suit"),
        wearing("a navy blue suit and a white shirt", "unsupported", who="he"),
        material("a navy blue suit", "restated"),
        is_a("jacket", "yes"),
        details("suit", "", "non_answer"),
        title="Manyavar Men Navy Blue Solid Bandhgala Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white solid shirt and black trousers; an inset at the bottom right shows the pack's second
    # shirt, light blue, folded.
    case(
        "X271-041",
        caption("a man in a white shirt and black pants"),
        describe("shirt", "a white shirt and a blue shirt"),
        B.garment_type("shirt"),
        wearing("he is wearing a white shirt with blue stripes", "contradiction", who="he"),
        material("cotton and polyester"),
        details(
            "shirt",
            "the shirt has a pocket Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Peter England Men Pack of 2 Slim Fit Cotton Blend Formal Shirts",
        category="Shirts",
        color="White & Blue",
        gender="Men",
    ),
    # photo: model in a beige shirt tucked into coffee brown trousers, no belt, white backdrop.
    # caption: caption adapter
    case(
        "X271-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "brown"),
        wearing("a tan shirt and brown pants", who="he"),
        B.pattern("solid"),
        details(
            "pants",
            "the pants have pockets Question: What is the material of the pants? Answer: cotton",
            "leak",
        ),
        describe("pants", "brown pants with a belt", "unsupported"),
        title="Arrow Men Brown Solid Regular Fit Formal Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: model in a black tuxedo with satin peak lapels, white shirt, black bow tie, dark grey backdrop.
    case(
        "X271-043",
        caption("a man in a black tuxedo with a bow tie"),
        lapel("peak lapel with satin"),
        B.color("white", "other_garment_color"),
        wearing("she is wearing a black tuxedo", "pronoun", who="he"),
        is_a("suit", "yes"),
        describe("tuxedo", "a black tuxedo with a white shirt and a black bow tie"),
        buttons("one button"),
        title="Raymond Men Black Solid Slim Fit Tuxedo Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey and white small-checked shirt, black trousers, holding a navy blazer over his
    # shoulder, white backdrop.
    # description: caption adapter; cloth: VQA adapter
    case(
        "X271-044",
        caption("a man holding a jacket over his shoulder"),
        B.color("blue", "other_garment_color"),
        B.pattern("checked"),
        wearing("a gray shirt and black pants", who="he"),
        shirt_color("gray and white"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        title="Park Avenue Men Grey Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # photo: model in a wine (burgundy) single-button blazer over a black shirt, black trousers, no pocket square,
    # grey backdrop.
    # caption: caption adapter
    case(
        "X271-045",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The jacket is with",
            "loop",
            hit_limit=True,
        ),
        B.color("red"),
        wearing("a red blazer and a black shirt", who="he"),
        details("blazer", "the blazer has a white pocket square", "unsupported"),
        buttons("one"),
        color_of("shirt", "red", "other_garment_color"),
        lapel("notch lapel"),
        title="Blackberrys Men Wine Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Wine",
        gender="Men",
    ),
    # photo: model in a black satin-finish long-sleeve shirt, black trousers, grey backdrop.
    # cloth: VQA adapter
    case(
        "X271-046",
        caption("a man in a black shirt and black pants"),
        B.material("satin"),
        shirt_color("grey", "contradiction"),
        cloth(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        describe("shirt", "a black shirt"),
        wearing("a black shirt and black pants", who="he"),
        title="Highlander Men Black Solid Slim Fit Satin Finish Party Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
]
