"""BLIND_854 (46 products; Myntra men's shirts, trousers, BLIP-2 zero-shot): written blind in the fifty-sixth session.
Measured blind at 8225cec (the session's fifth rules): 100/119 failures found (84.0%) and 2/173 correct texts flagged
(1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's formal and casual shirts (32 rows) and the trousers or chinos they are styled
with (14 rows). Studio catalog photos on a white or light grey backdrop, mostly a full or three-quarter body shot of
a male model wearing both garments (shirt tucked or untucked, belt, shoes), sometimes a blazer, tie, watch,
sunglasses or a backpack. The catalog columns are the seller's: title, category (Shirts / Trousers), color
(Myntra base colour), gender; a few rows lack a column, as real feeds do.

Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, with the
`Question: ... Answer:` prompt and greedy decoding (30 new tokens for answers, 50 for captions). Captions are the
base model's short "a man in a X shirt and Y pants" sentences. Closed questions (color, garment_type, pattern,
sleeve_length, the color_of questions unless marked open, is_a) come from enrich's --engine reference, which ranks
candidate values and picks one, so they never loop or stop short; their failures are wrong picks (the trousers'
color for a shirt, "t-shirt" for a shirt, "solid" for a checked shirt). Open answers (wearing, describe, details,
material, open color_of) are free generation: usually short and right, sometimes a bare word, an echo of the
question, a continuation into the next "Question: ... Answer:" pair, a rare loop or a run-on cut at 30 tokens,
"she" for a male model, and invented pockets, logos, ties and fabrics.

Labeling conventions and judgement calls:
- other_garment_color: a text that gives the labelled product the color of another garment in the photo (a shirt
  row answered with the chinos' color, a trousers row answered with the shirt's color), closed or open.
- contradiction: a wrong color that belongs to no other garment (navy read as black, charcoal as black, brown as
  black, lemon yellow as green), a wrong garment (t-shirt, jacket, blazer, denim jacket, shorts), a wrong pattern
  or sleeve length, "yes" to a garment question the seller's category denies, a material the title contradicts
  (cotton for a linen shirt), and the product's own color given to another garment (red pants under a red shirt).
- A closed pattern answer that takes another garment's pattern (the tie's polka dots) is labelled contradiction.
- unsupported: invented details the photo does not show (pockets, logos, flaps, epaulettes, a tie, a watch, a cap,
  a drawstring, pleats, sunglasses worn when they are held) and a material nothing suggests (silk, linen for an
  oxford). Invented details stay unsupported even where the title happens to deny them (pleats on "Flat-Front").
  A plain fiber guess the title does not deny (cotton chinos, flannel for a brushed check) is counted correct.
- Shades: teal called green or blue, cream called white, olive called green, maroon or burgundy called red, peach
  called pink, charcoal called grey, khaki called beige or tan are all correct.
- Sleeves rolled to the elbow are still long sleeves; "short sleeve" for them is a contradiction.
- non_answer: an empty answer, a bare yes/no or one word (a color or the garment's name) to an open question, or
  only the question's words back ("chinos" for the chinos' details).
- restated: an answer that echoes or rephrases the question without content ("the shirt details are the shirt
  details", "the person is wearing").
- pronoun: "she" for a Men row, and one caption that calls the male model "a woman" (labelled pronoun, since the
  failure is the person's gender, not the garment).
- cut: a run-on answer stopped mid-phrase at the 30-token limit (hit_limit=True); loop: a repeated word or phrase
  (hit_limit=True). A run-on that repeats and is also cut is labelled loop.
- leak: an open answer that starts with or runs into "Question:" / "Answer:" of the prompt format.
- An open answer that names only some of the garments ("a blue jacket and grey pants" with the shirt under it) is
  counted correct when everything it names is right.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

BLIND_854 = [
    # photo: man in a plain white full-sleeve formal shirt (no pocket) tucked into charcoal grey formal trousers, black
    # belt, black shoes, white backdrop, front view. All texts by the base model zero-shot.
    case(
        "X854-001",
        caption("a man in a white shirt and grey pants standing in front of a white background"),
        wearing("a white shirt and grey pants"),
        Q.color("white"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeve"),
        details("shirt", "it has a pocket on the chest", "unsupported"),
        title="Arrow Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy and white small-check full-sleeve shirt, sleeves rolled to the elbow, untucked over beige chinos,
    # white backdrop, no chest pocket. Base model zero-shot.
    case(
        "X854-002",
        caption("a man wearing a blue plaid shirt and khaki pants"),
        wearing(
            "he is wearing a blue shirt and khaki pants and a blue shirt and khaki pants and a blue shirt and khaki "
            "pants and a blue shirt",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        color_of("shirt", "beige", "other_garment_color"),
        describe("shirt", "a blue and white checkered shirt with long sleeves"),
        details("shirt", "it has a pocket with a logo on it", "unsupported"),
        Q.sleeve_length("long sleeve"),
        title="Peter England Men Navy Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: khaki slim chinos worn with a light blue oxford shirt tucked in, brown belt, brown loafers, full body,
    # white backdrop. Base model zero-shot.
    case(
        "X854-003",
        caption("a man in a blue shirt and khaki pants"),
        Q.garment_type("trousers"),
        Q.color("light blue", "other_garment_color"),
        color_of("pants", "khaki"),
        describe("pants", "the pants are khaki and the shirt is blue"),
        details("pants", "they are pants", "non_answer"),
        title="Basics Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: light pink full-sleeve formal shirt, no tie, tucked into navy trousers, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X854-004",
        caption("a man in a pink shirt and blue pants"),
        wearing("she is wearing a pink shirt and blue pants", "pronoun"),
        Q.color("pink"),
        describe("shirt", "a pink shirt with a tie", "unsupported"),
        Q.sleeve_length("long sleeve"),
        Q.pattern("solid"),
        title="Van Heusen Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: blue and white vertical-stripe full-sleeve shirt, untucked over dark navy chinos, white backdrop,
    # three-quarter view. Base model zero-shot.
    case(
        "X854-005",
        caption("a man wearing a blue striped shirt and dark blue pants"),
        wearing("a blue striped shirt and navy pants"),
        Q.pattern("solid", "contradiction"),
        Q.color("blue"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "the shirt has stripes on the front and the back and the sleeves and the collar and the stripes on the "
            "front and the back and the sleeves and",
            "loop",
            hit_limit=True,
        ),
        title="Allen Solly Men Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: waist-down crop of charcoal grey formal trousers with a pressed crease, white shirt tucked in, black
    # belt, black shoes, white backdrop. Base model zero-shot.
    case(
        "X854-006",
        caption("a man in grey pants and a white shirt"),
        Q.garment_type("trousers"),
        Q.color("white", "other_garment_color"),
        color_of("trousers", "black", "contradiction"),
        describe("trousers", "the trousers are grey with a crease down the front"),
        details("trousers", "the details of the trousers", "restated"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black full-sleeve casual shirt, sleeves rolled, no pockets, regular collar, untucked over olive chinos,
    # white sneakers, white backdrop. Base model zero-shot.
    case(
        "X854-007",
        caption("a man wearing a black shirt and green pants"),
        wearing("a black shirt and green pants"),
        Q.color("black"),
        describe("shirt", "black", "non_answer"),
        details("shirt", "the shirt has a button down collar and two pockets on the chest", "unsupported"),
        color_of("pants", "olive"),
        title="Roadster Men Black Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: lavender full-sleeve formal shirt tucked into black trousers, one hand in pocket, white backdrop.
    # Base model zero-shot.
    case(
        "X854-008",
        caption("a man in a purple shirt and black pants"),
        Q.color("purple"),
        wearing("a purple shirt and black pants Question: What is the color of the shirt? Answer: purple", "leak"),
        describe("shirt", "the shirt is black", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        Q.garment_type("shirt"),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy chinos worn with a red and white gingham short-sleeve shirt, untucked, white sneakers, full body,
    # white backdrop. Base model zero-shot.
    case(
        "X854-009",
        caption("a man in a red and white checkered shirt and blue pants"),
        Q.color("red", "other_garment_color"),
        color_of("chinos", "navy blue"),
        Q.garment_type("shirt", "contradiction"),
        describe("chinos", "they are blue chinos with a red and white shirt"),
        details(
            "chinos",
            "the chinos have pockets on the side and a button on the front and pockets on the back and a button on "
            "the front and pockets on the",
            "loop",
            hit_limit=True,
        ),
        title="Highlander Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green utility shirt with two flap chest pockets, full sleeves, over beige chinos, white backdrop.
    # Base model zero-shot.
    case(
        "X854-010",
        caption("a man in a green shirt and beige pants"),
        wearing("she is wearing a green shirt and beige pants", "pronoun"),
        details("shirt", "it has two pockets on the chest with flaps"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        material("cotton"),
        title="Wrangler Men Olive Slim Fit Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white shirt with a fine blue check, full sleeves, tucked into navy trousers, no tie, white backdrop.
    # Base model zero-shot.
    case(
        "X854-011",
        caption("a man wearing a white shirt and a blue tie", "unsupported"),
        Q.pattern("checked"),
        Q.color("white"),
        describe(
            "shirt",
            "it is a white shirt with small blue checks all over it and it has a collar and long sleeves with "
            "buttoned cuffs and it is tucked into a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("trousers", "navy blue"),
        wearing("he is wearing a white shirt and blue pants"),
        title="Louis Philippe Men White Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon full-sleeve casual shirt with one chest pocket on the left, untucked over black chinos, white
    # backdrop. Base model zero-shot.
    case(
        "X854-012",
        caption("a man in a red shirt and black pants"),
        Q.color("maroon"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details("shirt", "the shirt has a pocket on the left side of the chest"),
        Q.sleeve_length("short sleeve", "contradiction"),
        wearing("a red shirt and black pants"),
        title="Genesis Men Solid Maroon Shirts",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: beige chinos with a light blue chambray shirt tucked in, sleeves rolled, tan belt, full body, white
    # backdrop. The feed row has no color column. Base model zero-shot.
    case(
        "X854-013",
        caption("a man in a blue shirt and beige pants standing on a white background"),
        Q.garment_type("pants"),
        Q.color("beige"),
        describe("pants", "the pants are blue", "other_garment_color"),
        details(
            "pants",
            "they have a belt loop and a zipper and a button and a belt loop and a zipper and a button and a belt "
            "loop and a zipper and a button",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Indian Terrain Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        gender="Men",
    ),
    # photo: light grey full-sleeve formal shirt with a chest pocket, black trousers, black belt, a black blazer held
    # over the shoulder, white backdrop. Base model zero-shot.
    case(
        "X854-014",
        caption("a man in a grey shirt and black pants holding a jacket"),
        wearing("a grey shirt, black pants and a black jacket"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("long sleeve"),
        describe(
            "shirt",
            "it is a grey shirt with a collar and buttons down the front and a pocket on the chest and a pocket on "
            "the chest and a pocket on the chest and",
            "loop",
            hit_limit=True,
        ),
        title="Blackberrys Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: light blue oxford button-down shirt, small embroidered logo on the chest pocket, full sleeves, untucked
    # over white chinos, white backdrop. Base model zero-shot.
    case(
        "X854-015",
        caption("a man wearing a light blue shirt and white pants"),
        details("shirt", "it has a logo on the chest pocket and a button down collar"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "white"),
        Q.pattern("solid"),
        material("linen", "unsupported"),
        describe(
            "shirt",
            "the shirt is a light blue oxford shirt with a button down collar and a small logo on the pocket and "
            "long sleeves and it is worn with a pair of white",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Blue Tailored Fit Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black flat-front formal trousers, white shirt, black tie, black shoes, full body, white backdrop.
    # Base model zero-shot.
    case(
        "X854-016",
        caption("a man in a white shirt and black pants with a black tie"),
        Q.color("black"),
        wearing("a white shirt, black tie and black pants"),
        describe("trousers", "she is wearing black trousers", "pronoun"),
        Q.garment_type("trousers"),
        Q.pattern("striped", "contradiction"),
        details("trousers", "the trousers have pleats in the front", "unsupported"),
        title="Van Heusen Men Black Slim Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: mustard yellow short-sleeve casual shirt, pointed collar, untucked over navy chinos, white sneakers,
    # white backdrop. Base model zero-shot.
    case(
        "X854-017",
        caption("a man in a yellow shirt and blue pants"),
        Q.sleeve_length("short sleeve"),
        Q.color("yellow"),
        wearing("a yellow shirt and blue pants. Question: What is the color of the shirt?", "leak"),
        describe(
            "shirt",
            "the shirt is a mustard yellow color with short sleeves and a pointed collar, and it is worn untucked "
            "over a pair of dark blue pants with",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color"),
        is_a("shirt", "yes"),
        title="Mast & Harbour Men Mustard Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: cream linen shirt, regular collar, no epaulettes, full sleeves rolled, over brown chinos, white
    # backdrop. Base model zero-shot.
    case(
        "X854-018",
        caption("a man wearing a white shirt and brown pants"),
        material("linen"),
        Q.color("brown", "other_garment_color"),
        describe("shirt", "it is a white linen shirt with long sleeves"),
        wearing("she is wearing a white shirt and brown pants", "pronoun"),
        details("shirt", "it has a button down collar and epaulettes on the shoulders", "unsupported"),
        title="Raymond Men Cream-Coloured Slim Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: olive green solid chinos with a white and navy striped shirt, sleeves rolled, untucked, white sneakers,
    # white backdrop. Base model zero-shot.
    case(
        "X854-019",
        caption("a man in a striped shirt and green pants"),
        Q.pattern("striped", "contradiction"),
        Q.color("olive"),
        color_of("chinos", "green"),
        describe("chinos", "the chinos are green and the shirt is white with blue stripes"),
        details("chinos", "Question: What are the chinos details? Answer: green", "leak"),
        wearing("the person is wearing clothes", "restated"),
        title="Roadster Men Olive Green Regular Fit Solid Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: blue and white pinstripe formal shirt, full sleeves, self-fabric collar and cuffs, tucked into grey
    # trousers, silver watch, white backdrop. Base model zero-shot.
    case(
        "X854-020",
        caption("a man in a blue shirt and grey pants"),
        Q.pattern("striped"),
        Q.color("grey", "other_garment_color"),
        details("shirt", "it has a white collar and white cuffs", "unsupported"),
        wearing("a blue shirt and grey pants and a watch"),
        describe("shirt", "a blue and white striped shirt"),
        material("cotton"),
        title="Arrow Men Blue & White Regular Fit Striped Pure Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: red and black buffalo-check brushed flannel shirt, full sleeves, untucked over black chinos, white
    # backdrop. Base model zero-shot.
    case(
        "X854-021",
        caption("a man in a red and black plaid shirt and black pants"),
        Q.pattern("checked"),
        Q.color("red"),
        describe("shirt", "it is a red and black checkered shirt"),
        wearing("a red and black shirt and red pants", "contradiction"),
        material("flannel"),
        details("shirt", "yes", "non_answer"),
        Q.sleeve_length("long sleeve"),
        title="Flying Machine Men Red & Black Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: mid-grey formal trousers with a light blue formal shirt tucked in, navy tie, black belt, no watch,
    # white backdrop. Base model zero-shot.
    case(
        "X854-022",
        caption("a man in a blue shirt and grey pants with a tie"),
        Q.color("light blue", "other_garment_color"),
        Q.garment_type("trousers"),
        color_of("trousers", "grey"),
        describe("trousers", "grey trousers"),
        details("trousers", "the details of the trousers are the trousers", "restated"),
        wearing("a blue shirt, a tie and a watch", "unsupported"),
        title="Peter England Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: dark green short-sleeve shirt with a small white leaf print, no pocket, untucked over beige chinos,
    # white backdrop. Base model zero-shot.
    case(
        "X854-023",
        caption("a man wearing a green shirt with leaves on it and khaki pants"),
        Q.pattern("printed"),
        Q.color("green"),
        describe("shirt", "a green shirt with a floral print"),
        details("shirt", "it has a white flower on the pocket", "unsupported"),
        Q.sleeve_length("long sleeve", "contradiction"),
        wearing("a green shirt and khaki shorts", "contradiction"),
        title="Jack & Jones Men Green Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: dark navy full-sleeve formal shirt tucked into beige trousers, brown belt, white backdrop.
    # Base model zero-shot.
    case(
        "X854-024",
        caption("a man in a blue shirt and beige pants"),
        Q.color("black", "contradiction"),
        wearing("Answer: a navy shirt and tan pants", "leak"),
        describe("shirt", "it is a dark blue shirt with a collar and buttons"),
        details("shirt", "", "non_answer"),
        is_a("shirt", "yes"),
        title="Louis Philippe Men Navy Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: brown chinos with a white shirt, sleeves rolled, tucked in, tan belt, tan loafers, sunglasses held in
    # one hand (not worn), white backdrop. Base model zero-shot.
    case(
        "X854-025",
        caption("a man in a white shirt and black pants holding sunglasses", "contradiction"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "brown"),
        describe("pants", "the pants are brown and have a belt"),
        Q.garment_type("pants"),
        wearing("the man is wearing a white shirt and brown pants and sunglasses", "unsupported", who="the man"),
        title="Blackberrys Men Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: peach full-sleeve casual shirt, untucked over white chinos, male model with shoulder-length hair, white
    # backdrop. Base model zero-shot.
    case(
        "X854-026",
        caption("a woman in a pink shirt and white pants", "pronoun"),
        Q.color("pink"),
        describe("shirt", "a peach colored shirt with long sleeves"),
        color_of("pants", "pink", "contradiction"),
        Q.sleeve_length("long sleeve"),
        details("shirt", "Answer: the shirt has a collar and buttons", "leak"),
        title="Allen Solly Men Peach-Coloured Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: white formal shirt under an open navy blazer, grey trousers, white backdrop (layered outfit).
    # Base model zero-shot.
    case(
        "X854-027",
        caption("a man wearing a blue blazer, white shirt and grey pants"),
        Q.garment_type("blazer", "contradiction"),
        Q.color("white"),
        describe("shirt", "the shirt is blue", "other_garment_color"),
        wearing("a blue jacket and grey pants"),
        details(
            "shirt",
            "the shirt is white and it has a collar and it is worn under a blue blazer with a pair of grey pants and "
            "a pair of black shoes and the",
            "cut",
            hit_limit=True,
        ),
        title="Park Avenue Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey full-sleeve casual shirt, untucked over black chinos, white backdrop. Base model zero-shot.
    case(
        "X854-028",
        caption("a man in a black shirt and black pants", "contradiction"),
        Q.color("charcoal"),
        describe(
            "shirt",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        wearing("a grey shirt and black pants"),
        title="United Colors of Benetton Men Charcoal Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: cream linen trousers (button and zip fly, no drawstring) with a sky blue linen shirt half-tucked, brown
    # sandals, white backdrop. Base model zero-shot.
    case(
        "X854-029",
        caption("a man in a blue shirt and white pants"),
        material("linen"),
        Q.color("blue", "other_garment_color"),
        describe("trousers", "white pants with a drawstring", "unsupported"),
        Q.garment_type("trousers"),
        color_of("trousers", "white"),
        details("trousers", "no", "non_answer"),
        title="Marks & Spencer Men Cream-Coloured Regular Fit Linen Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: purple and white check full-sleeve formal shirt tucked into black trousers, black belt, white backdrop.
    # Base model zero-shot.
    case(
        "X854-030",
        caption("a man wearing a purple and white checkered shirt and black pants"),
        Q.pattern("solid", "contradiction"),
        Q.color("purple"),
        wearing(
            "he is wearing a purple shirt and black pants and black pants and black pants and black pants and black "
            "pants and black pants",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "the shirt is purple with white checks"),
        material("silk", "unsupported"),
        title="United Colors of Benetton Men Check Purple Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: mid-blue denim shirt with two flap chest pockets and snap buttons, full sleeves, untucked over khaki
    # chinos, white backdrop. Base model zero-shot.
    case(
        "X854-031",
        caption("a man in a denim shirt and khaki pants"),
        material("denim"),
        Q.color("blue"),
        details("shirt", "it has two pockets on the front and snap buttons"),
        describe("shirt", "a blue denim jacket", "contradiction"),
        Q.garment_type("shirt"),
        wearing("denim", "non_answer"),
        title="Levis Men Blue Denim Western Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy formal trousers with a white shirt with thin blue stripes tucked in, brown belt, white backdrop.
    # Base model zero-shot.
    case(
        "X854-032",
        caption("a man in a white shirt and blue pants"),
        Q.color("navy blue"),
        color_of("trousers", "white", "other_garment_color"),
        describe("trousers", "they are blue"),
        details(
            "trousers",
            "the trousers have a belt and pockets on the side and a crease in the front and a button on the front "
            "and a zipper on the front and a belt",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="Arrow Men Navy Blue Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: lemon yellow full-sleeve casual shirt, untucked over grey chinos, white backdrop. Base model zero-shot.
    case(
        "X854-033",
        caption("a man in a yellow shirt and grey pants"),
        Q.color("green", "contradiction"),
        describe("shirt", "Question: Describe the shirt. Answer: yellow shirt", "leak"),
        Q.sleeve_length("long sleeve"),
        wearing("yellow shirt and grey pants"),
        details(
            "shirt",
            "the shirt is made of a soft fabric and has a slim fit with a spread collar, a curved hem and a button "
            "placket with white buttons down the",
            "cut",
            hit_limit=True,
        ),
        title="Basics Men Yellow Slim Fit Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: teal full-sleeve casual shirt with one plain chest pocket (no logo), untucked over black chinos, white
    # backdrop. Base model zero-shot.
    case(
        "X854-034",
        caption("a man in a green shirt and black pants"),
        Q.color("teal"),
        describe("shirt", "the shirt is black", "other_garment_color"),
        wearing("what is the person wearing?", "restated"),
        Q.garment_type("shirt"),
        details("shirt", "it has a pocket on the chest and a logo on the pocket", "unsupported"),
        title="Mark Taylor Men Teal Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: khaki chinos worn with a navy full-sleeve casual shirt tucked in, brown belt, white backdrop.
    # Base model zero-shot.
    case(
        "X854-035",
        caption("a man in a navy shirt and khaki pants"),
        Q.color("khaki"),
        describe("chinos", "the chinos are navy blue", "other_garment_color"),
        details("chinos", "chinos", "non_answer"),
        wearing("she is wearing a navy blue shirt and khaki pants", "pronoun"),
        Q.garment_type("trousers"),
        title="Highlander Men Classic Chinos Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: black satin party shirt with a soft sheen, full sleeves, no pocket, tucked into black trousers (all
    # black outfit), white backdrop. Base model zero-shot.
    case(
        "X854-036",
        caption("a man in a black shirt and black pants"),
        Q.color("black"),
        describe("shirt", "a black shirt with long sleeves"),
        material("satin"),
        details("shirt", "it has a pocket on the left side of the chest and a black button", "unsupported"),
        Q.pattern("solid"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Louis Philippe Men Black Slim Fit Solid Satin Party Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: blue and white gingham short-sleeve shirt with one chest pocket, sunglasses hooked on the placket,
    # untucked over beige chinos, white backdrop. Base model zero-shot.
    case(
        "X854-037",
        caption("a man in a blue and white checkered shirt and sunglasses"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("checked"),
        wearing("a blue and white checkered shirt and khaki pants"),
        describe("shirt", "a blue and white checkered shirt with short sleeves and a pair of sunglasses on the front"),
        color_of("shirt", "beige", "other_garment_color"),
        details("shirt", "the shirt has two pockets", "unsupported"),
        title="Wrangler Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal formal trousers with a faint self check, pink formal shirt tucked in, black belt, black shoes,
    # white backdrop. Base model zero-shot.
    case(
        "X854-038",
        caption("a man in a pink shirt and grey pants"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("checked"),
        describe("trousers", "grey pants"),
        details(
            "trousers",
            "the trousers are grey and the shirt is pink and the belt is black and the shoes are black and the "
            "trousers are grey and the shirt is pink and the belt",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="Raymond Men Charcoal Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white linen shirt with a mandarin collar, full sleeves rolled to the elbow, navy linen trousers, light
    # grey backdrop. Base model zero-shot.
    case(
        "X854-039",
        caption("a man in a white shirt and blue pants"),
        details("shirt", "it has a mandarin collar and rolled up sleeves"),
        material("cotton", "contradiction"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.color("white"),
        wearing("a white shirt and blue pants Question: What is the color of the pants? Answer: blue", "leak"),
        describe(
            "shirt",
            "it is a white shirt with a mandarin collar and the sleeves are rolled up to the elbows and it is tucked "
            "into a pair of navy blue linen",
            "cut",
            hit_limit=True,
        ),
        title="Linen Club Men White Regular Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: pink and white bengal-stripe formal shirt, tucked into navy trousers, navy tie with white polka dots,
    # buttoned cuffs (no cufflinks), white backdrop. Base model zero-shot.
    case(
        "X854-040",
        caption("a man wearing a pink shirt and a blue tie"),
        Q.color("pink"),
        details("shirt", "the shirt has a pink and white stripe pattern and a blue tie with white polka dots"),
        describe("shirt", "the shirt is blue", "other_garment_color"),
        Q.pattern("polka dot", "contradiction"),
        wearing("he is wearing a pink shirt and a tie and cufflinks", "unsupported", who="he"),
        title="Van Heusen Men Pink & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: beige formal trousers with a maroon full-sleeve shirt tucked in, brown belt, white backdrop.
    # Base model zero-shot.
    case(
        "X854-041",
        caption("a man in a maroon shirt and beige pants"),
        Q.color("maroon", "other_garment_color"),
        color_of("trousers", "beige"),
        describe("trousers", "the trousers are beige"),
        details(
            "trousers",
            "the trousers are beige with a flat front, two side pockets, two back pockets with buttons and a hook and "
            "bar closure at the waist with a zip",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes", "contradiction"),
        title="Park Avenue Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: navy shirt with a small white polka-dot print, full sleeves, no pocket, white buttons, untucked over grey
    # chinos, white backdrop. Base model zero-shot.
    case(
        "X854-042",
        caption("a man in a blue shirt with white polka dots and grey pants"),
        Q.pattern("polka dot"),
        Q.color("blue"),
        describe("shirt", "it is a blue shirt with white dots on it"),
        wearing("the person is wearing", "restated"),
        details("shirt", "it has white buttons and a pocket on the chest", "unsupported"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Indian Terrain Men Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange short-sleeve casual shirt, untucked over navy chinos, a black backpack on one shoulder,
    # white backdrop. Base model zero-shot.
    case(
        "X854-043",
        caption("a man with a backpack wearing a grey shirt and blue pants"),
        Q.sleeve_length("short sleeve"),
        describe("shirt", "a grey t-shirt", "contradiction"),
        Q.garment_type("shirt"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        wearing("a grey shirt, blue pants and a black backpack"),
        title="Scullers Men Grey Melange Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive cargo trousers with side flap pockets, worn with a black full-sleeve shirt untucked, white
    # sneakers, no cap, white backdrop. Base model zero-shot.
    case(
        "X854-044",
        caption("a man in a black shirt and green pants"),
        Q.color("black", "other_garment_color"),
        describe("pants", "the pants are green with pockets on the side"),
        details("pants", "Question: What are the pants details? Answer: the pants have pockets", "leak"),
        wearing("black shirt, green pants, white shoes and a cap", "unsupported"),
        Q.garment_type("trousers"),
        material("cotton"),
        title="Urbano Fashion Men Olive Green Slim Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: burgundy full-sleeve formal shirt tucked into light grey trousers, white backdrop. Base model zero-shot.
    case(
        "X854-045",
        caption("a man in a red shirt and grey pants"),
        Q.color("grey", "other_garment_color"),
        describe("shirt", "a burgundy shirt with long sleeves"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        wearing("she is wearing a red shirt and grey pants", "pronoun"),
        Q.sleeve_length("long sleeve"),
        title="Turtle Solid Men  Burgundy Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: white short-sleeve shirt with a mandarin collar and one chest pocket, untucked over khaki chinos, white
    # backdrop. The feed row has no gender column. Base model zero-shot.
    case(
        "X854-046",
        caption("a man in a white shirt and khaki pants"),
        Q.color("khaki", "other_garment_color"),
        Q.sleeve_length("short sleeve"),
        describe("shirt", "white", "non_answer"),
        details("shirt", "it has a mandarin collar and a chest pocket"),
        wearing(
            "a white shirt and khaki pants and a white shirt and khaki pants and a white shirt and khaki pants and a "
            "white shirt and khaki pants",
            "loop",
            hit_limit=True,
        ),
        title="Basics Men White Slim Fit Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
    ),
]
