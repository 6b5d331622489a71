"""BLIND_1088 (46 products; Myntra men's shirts and trousers, base zero-shot): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 106/129 failures found (82.2%) and 2/179 correct texts flagged
(1.1%). The writer's notes, verbatim:

Scenario: a Myntra-like men's feed of formal and casual shirts (Shirts) and formal trousers and chinos (Trousers).
The photos are catalog shots on a white or light grey backdrop: a male model wears the shirt with trousers or chinos
(tucked or untucked, sometimes a belt, tie, blazer, bag or stool), a few are back views or folded flat-lays with no
person. Every shirt photo also shows trousers and every trousers photo also shows a shirt, so each photo has at least
two garments and usually two colors.

Who wrote what: every text was written by the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, greedy, with
the `Question: ... Answer:` prompt; captions with no prompt (50 new tokens), answers 30 new tokens. Closed answers
(garment type, color, pattern, sleeve length, the yes/no garment question, and the experiments' color-of-garment
questions where stored closed) come from enrich's `--engine reference`, which ranks the candidates and picks one, so
they never loop or stop short; their failures are picking the wrong candidate, most often the color or type of the
other garment in the photo. Open answers and captions are free generation. The base model is terse and lowercase
("a white shirt and grey pants"), names the shirt first whatever the product is, says "pants" for trousers and chinos,
usually stops on the newline, but now and then keeps going: it repeats a clause until the limit, runs a long
description into the limit, or carries on the prompt's format ("... Question: ... Answer: ..."). It sometimes calls a
male model "she", invents pockets, logos, contrasting collars, ties and materials, and gives one-word answers.

Labeling conventions and judgement calls:
- A text is judged against the photo described in its comment. A color right for the photo is correct even where
  the seller's column says otherwise (X1088-009: the seller says Brown, the shirt is plainly maroon).
- Shades count as the seller's color: navy/dark blue/blue for Navy Blue, tan/khaki for Beige, off white/white for
  Cream, purple/light purple for Lavender, pink for Peach, red for maroon, green for Olive, teal/blue for Teal.
- other_garment_color: a text about the product (the catalog's garment, or "the garment"/"the pants" asked) that
  gives it the color of the other garment in the same photo, including a trousers product's description that
  describes the shirt instead ("a white shirt") and one color given to both garments. A color or garment that is in
  no part of the photo, a wrong garment type, pattern or sleeve length is a contradiction.
- A print's color given as the garment's color (green leaves on a white shirt) is a contradiction, not another
  garment's color. On a two-shirt pack with no color column, "white" (one of the two shirts) is correct.
- Calling the shirt a jacket, the chinos jeans or shorts, a denim shirt "jeans", or answering "no" to "Is this a
  shirt?" is a contradiction, even when the wrongly named garment is not the catalog's product.
- unsupported: a detail that is not visible and not in the title: pockets, logos, pocket squares, ties, contrasting
  collars, pleats, cuffs, a front zipper seen from the back, an undershirt, a person in a flat-lay, and any material
  the title does not name and the photo cannot show (cotton, polyester, wool, silk, satin, rayon). A material the
  title names (denim, linen, pure cotton) is correct.
- non_answer: a one-word or yes/no answer to an open question that gives nothing the question asked ("pink" to
  "Describe the garment", "pants", "shirt", "yes", "no", "not sure"), and a details answer that speaks only of the
  pose ("the man is sitting on a stool"). A short answer with real content ("green and white", "a floral shirt") is
  correct.
- restated: the answer is the question's own words back ("the garment is made of fabric", "the details of the shirt
  are the details of the shirt").
- pronoun: "she"/"her" or "a woman" for a male model in a Men row; no pronoun failure is written for the row that
  lacks gender.
- A wearing answer that names only some of the clothes is correct. "No person" flat-lays answered "a shirt" to
  "What is the person wearing?" are correct.
- Each text carries one label: a loop that hits the limit is a loop; a text that hits the limit without repeating is
  a cut; a leak stays a leak when it also hits the limit or carries a wrong color in the leaked part.
- Rolled-up long sleeves are long sleeves; "short sleeves" for them is a contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1088 = [
    # photo: white solid formal shirt, plain front with no pocket, tucked into charcoal grey trousers, black belt;
    # white backdrop, front view. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-001",
        caption("a man in a white shirt and grey pants"),
        D.wearing("she is wearing a white shirt and grey pants", "pronoun"),
        D.garment_type("shirt"),
        D.color("white"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.description("a white shirt with a collar"),
        D.details("the shirt has a pocket on the chest and a logo", "unsupported"),
        D.material("polyester", "unsupported"),
        title="Arrow Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy blue formal trousers worn with a light blue shirt tucked in and a brown belt; white backdrop, front
    # view. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-002",
        caption("a man wearing a blue shirt and dark blue pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("light blue", "other_garment_color"),
        D.wearing("a blue shirt and blue pants"),
        D.description("the pants are dark blue and the shirt is light blue"),
        D.details("details of the garment", "restated"),
        D.material("cotton", "unsupported"),
        title="Peter England Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: blue and white checked casual shirt, button-down collar, long sleeves rolled to the elbows, worn
    # untucked over khaki chinos; white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-003",
        caption("a man in a blue and white checkered shirt and khaki pants"),
        wearing("a checkered shirt", who="he"),
        color_of("shirt", "blue"),
        color_of("pants", "khaki"),
        describe(
            "shirt",
            "it is a blue and white plaid shirt with long sleeves that are rolled up to the elbows and it is worn "
            "untucked over a pair of khaki",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "checkered with a button down collar"),
        is_a("shirt", "yes"),
        B.material("polyester", "unsupported"),
        title="Roadster Men Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: pink solid formal shirt with white buttons, tucked into black trousers; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-004",
        caption("a man in a pink shirt and black pants"),
        D.wearing("she is wearing a pink shirt and black pants", "pronoun"),
        D.color("pink"),
        D.garment_type("shirt"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("pink", "non_answer"),
        title="Van Heusen Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: beige slim chinos worn with a navy casual shirt untucked and white sneakers; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-005",
        caption("a man in a blue shirt and beige pants standing"),
        B.garment_type("trousers"),
        B.color("navy", "other_garment_color"),
        wearing("a blue shirt and khaki pants", who="the man"),
        details(
            "pants",
            "the pants have a pocket on the side and a zipper on the side and a pocket on the side and a zipper on the",
            "loop",
            hit_limit=True,
        ),
        title="Highlander Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: olive solid casual shirt worn open over a white crew-neck t-shirt, with beige chinos; white backdrop.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-006",
        caption("a man wearing a green shirt over a white t-shirt and khaki pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("shirt"),
        D.pattern("solid"),
        D.wearing("a green jacket and white t shirt", "contradiction"),
        D.description("a green shirt with a white t - shirt underneath"),
        D.details("shirt", "non_answer"),
        title="HRX by Hrithik Roshan Men Olive Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey formal shirt with a fine white check, tucked into black trousers; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-007",
        caption("a man in a grey plaid shirt and black pants"),
        D.pattern("solid", "contradiction"),
        D.color("grey"),
        D.details("grey plaid shirt with buttons Question: What is the material of the shirt? Answer: cotton", "leak"),
        D.material("wool", "unsupported"),
        D.garment_type("shirt"),
        title="Louis Philippe Men Grey Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: black slim formal trousers worn with a white shirt tucked in and black shoes; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-008",
        caption("a man in a white shirt and black pants standing in front of a white wall"),
        D.garment_type("trousers"),
        D.color("black"),
        D.wearing("white shirt and black pants"),
        D.description("black pants with a white shirt and black shoes"),
        D.details("pants", "non_answer"),
        D.material("wool", "unsupported"),
        title="Louis Philippe Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: maroon casual shirt (the seller calls it Brown), long sleeves rolled to the elbows, worn with dark navy
    # chinos; white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-009",
        caption("a man in a maroon shirt and dark blue pants"),
        D.color("maroon"),
        D.garment_type("shirt"),
        D.wearing("he is wearing a red shirt and blue jeans", "contradiction"),
        D.description("a red shirt with a collar and buttons down the front"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="John Players Men Brown Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: formal shirt with blue and white vertical stripes and a dark blue tie, tucked into beige trousers; white
    # backdrop, front view, no pocket square. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-010",
        caption("a man wearing a blue and white striped shirt and a tie"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        wearing("a shirt and tie", who="he"),
        describe("shirt", "a blue and white striped shirt with a tie and a pocket square", "unsupported"),
        details("shirt", "the details of the shirt are the details of the shirt", "restated"),
        shirt_color("blue and white"),
        title="Park Avenue Men Blue Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki chinos worn with a white shirt untucked, sleeves down; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-011",
        caption("a man in a white shirt and khaki pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        D.wearing("a white shirt and tan pants"),
        D.description("a white shirt", "other_garment_color"),
        title="Marks & Spencer Men Khaki Regular Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: black casual shirt with a small white polka-dot print and a black collar, untucked over grey chinos;
    # white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-012",
        caption("a woman in a black shirt with white dots and grey pants", "pronoun"),
        D.pattern("printed"),
        D.color("black"),
        D.wearing(
            "a black and white shirt and grey pants Question: What type of garment is this? Answer: shirt", "leak"
        ),
        D.description("a black shirt with white polka dots on it"),
        D.details("the shirt has white polka dots and a white collar", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Mast & Harbour Men Black Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey formal trousers worn with a lavender shirt tucked in and a black belt; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-013",
        caption("a man in a purple shirt and grey pants"),
        B.garment_type("trousers"),
        B.color("purple", "other_garment_color"),
        wearing("purple shirt"),
        details(
            "pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        B.material("polyester", "unsupported"),
        title="Van Heusen Men Grey Regular Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: white short-sleeved casual shirt with a mandarin collar and curved hem, untucked over light blue chinos;
    # white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-014",
        caption("a man in a white shirt and light blue pants"),
        D.sleeve_length("short sleeves"),
        D.garment_type("shirt"),
        D.color("white"),
        D.pattern("solid"),
        D.wearing("a white shirt and blue pants"),
        D.description("a white shirt with a mandarin collar"),
        D.details(
            "the shirt has a mandarin collar, short sleeves, a button front and a curved hem that falls just below "
            "the waist, and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of material", "restated"),
        title="Highlander Men White Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy casual shirt with a red and white check and a small embroidered logo on the chest, worn with beige
    # chinos; white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-015",
        caption("a man wearing a plaid shirt and khaki pants"),
        D.color("beige", "other_garment_color"),
        D.pattern("checked"),
        D.wearing("a plaid shirt and khaki pants"),
        D.description("a blue plaid shirt with a logo on the chest"),
        D.material("cotton", "unsupported"),
        title="U.S. Polo Assn. Men Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey solid formal shirt tucked into black trousers; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-016",
        caption("a man in a black shirt and black pants", "contradiction"),
        D.color("grey"),
        D.wearing("a dark grey shirt and black pants"),
        D.garment_type("shirt"),
        D.description("a black shirt", "contradiction"),
        D.details(
            "the shirt has a slim fit with a spread collar, a single button cuff and a curved hem, and it is tucked "
            "into a pair of black",
            "cut",
            hit_limit=True,
        ),
        title="Blackberrys Men Charcoal Grey Slim Fit Formal Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: olive green chinos, flat front with belt loops and side pockets, worn with a white shirt, sleeves rolled;
    # white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-017",
        caption("a man in a white shirt and green pants standing in front of a white wall"),
        D.color("olive"),
        D.garment_type("trousers"),
        D.wearing("a white shirt and green pants Question: What is the color of the pants? Answer: green", "leak"),
        D.description(
            "the pants are olive green chinos with a flat front and two side pockets, worn with a white shirt with "
            "the sleeves rolled up to the",
            "cut",
            hit_limit=True,
        ),
        D.details("the pants have belt loops and pockets"),
        title="Roadster Men Olive Green Regular Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: mustard yellow short-sleeved casual shirt worn with white chinos; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-018",
        caption("a man in a yellow shirt and white pants"),
        D.color("white", "other_garment_color"),
        D.wearing("yellow shirt and white pants"),
        D.sleeve_length("short sleeves"),
        D.description(
            "it is a yellow shirt Question: What are the details of the garment? Answer: it is a yellow shirt with",
            "leak",
            hit_limit=True,
        ),
        D.details("yellow", "non_answer"),
        title="Basics Men Mustard Slim Fit Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: light grey plain formal trousers with a front crease, worn with a white shirt tucked in; white backdrop.
    # The feed row has no gender. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-019",
        caption("a man in a white shirt and grey pants"),
        B.garment_type("trousers"),
        B.color("grey"),
        B.pattern("checked", "contradiction"),
        wearing("a white shirt and gray slacks"),
        describe("pants", "the pants are grey and have a crease down the front"),
        details("pants", "they are pants", "non_answer"),
        B.material("the garment is made of fabric", "restated"),
        title="Arrow Men Light Grey Tapered Fit Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # photo: light blue denim shirt with two flap chest pockets and regular buttons, tucked into beige chinos; white
    # backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-020",
        caption("a man wearing a denim shirt and khaki pants"),
        D.garment_type("jeans", "contradiction"),
        D.material("denim"),
        D.color("blue"),
        D.wearing("a jean shirt and khakis"),
        D.details("two pockets with flaps and a zipper", "unsupported"),
        is_a("shirt", "no", "contradiction"),
        title="Levis Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: pastel green solid formal shirt with a spread collar, tucked into navy trousers; white backdrop.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-021",
        caption("a man in a green shirt and blue pants"),
        D.color("blue", "other_garment_color"),
        D.wearing("he is wearing a light green shirt and navy pants"),
        D.pattern("solid"),
        D.description("a light green shirt with a spread collar"),
        D.details(
            "the shirt is green and the pants are blue and the shirt is green and the pants are blue and the shirt "
            "is green and the",
            "loop",
            hit_limit=True,
        ),
        D.material("not sure", "non_answer"),
        title="Raymond Men Green Slim Fit Formal Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: brown (tan-coffee) chinos worn with a light blue oxford shirt untucked; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-022",
        caption("a man in a blue shirt and brown pants"),
        D.color("brown"),
        D.garment_type("shirt", "contradiction"),
        D.wearing("a blue shirt and blue pants", "other_garment_color"),
        D.description("she is wearing a blue shirt and brown pants", "pronoun"),
        title="Celio Men Brown Chinos",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: navy short-sleeved casual shirt with a small white floral print and a chest pocket, untucked over
    # full-length beige chinos; white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-023",
        caption("a man in a blue floral shirt and khaki shorts", "contradiction"),
        D.pattern("printed"),
        D.color("navy"),
        D.wearing("a floral shirt"),
        D.description("a blue shirt with white flowers on it"),
        D.details("the flowers are white and the shirt is blue and has a pocket"),
        D.sleeve_length("short sleeves"),
        D.material("rayon", "unsupported"),
        title="Mast & Harbour Men Navy Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black plain formal trousers worn with a blue and white checked shirt tucked in; white backdrop.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-024",
        caption("a man in a blue checkered shirt and black pants"),
        B.garment_type("trousers"),
        B.color("blue", "other_garment_color"),
        B.pattern("checked", "contradiction"),
        wearing("a blue shirt and black pants", who="he"),
        describe("pants", "the pants are black and the shirt is blue and white checkered"),
        details("pants", "the pants details are the pants", "restated"),
        title="Peter England Men Black Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: lavender solid formal shirt (same-color collar and cuffs), tucked into dark grey trousers; white backdrop.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-025",
        caption("a man wearing a light purple shirt and gray pants"),
        D.color("purple"),
        D.wearing("a purple shirt and grey pants"),
        D.garment_type("shirt"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a purple shirt with a white collar and white cuffs", "unsupported"),
        D.material("the material is the material of the garment", "restated"),
        title="Arrow Men Lavender Regular Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: red and black buffalo-check casual shirt, untucked over black chinos; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-026",
        caption("a man in a red and black plaid shirt and black pants"),
        D.color("red"),
        D.pattern("checked"),
        D.material("wool", "unsupported"),
        D.description("a red and black lumberjack shirt"),
        D.details("the shirt details are on the shirt", "restated"),
        D.wearing(
            "a red plaid shirt and black pants and a red plaid shirt and black pants and a red plaid shirt and black "
            "pants and a",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy flat-front chinos (no cuffs) worn with a white shirt, sleeves rolled, brown belt, brown loafers and
    # a wristwatch, hands in pockets; white backdrop. The feed row has no category. Base model wrote all texts;
    # closed answers by the reference engine.
    case(
        "X1088-027",
        caption(
            "a man in a white shirt and navy blue pants standing with his hands in his pockets, wearing a brown belt "
            "and brown shoes and a watch on his left wrist and looking straight at the camera with a smile on"
            " his",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("trousers"),
        D.pattern("solid"),
        D.wearing("a white shirt, blue pants and a brown belt"),
        D.description("the pants are navy blue with a brown belt"),
        D.details("the pants have a pleated front and cuffs at the bottom", "unsupported"),
        title="Marks & Spencer Men Navy Blue Chinos",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: sky blue formal shirt with a chest pocket, tucked into black trousers; the model holds a black leather
    # bag; white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-028",
        caption("a man in a blue shirt holding a black briefcase"),
        D.color("light blue"),
        D.garment_type("t-shirt", "contradiction"),
        D.wearing("she is wearing a blue shirt and black pants", "pronoun"),
        D.description("he is wearing a blue shirt and black pants and holding a black bag"),
        D.details("the shirt is made of silk", "unsupported"),
        title="Van Heusen Men Blue Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: beige formal trousers worn with a maroon shirt tucked in; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-029",
        caption("a man in a red shirt and beige pants"),
        D.color("maroon", "other_garment_color"),
        D.garment_type("trousers"),
        D.wearing("she is wearing a red shirt and beige pants", "pronoun"),
        D.description("beige pants Question: What are the details of the garment? Answer: beige pants", "leak"),
        title="Louis Philippe Men Beige Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: white formal shirt with thin black pinstripes and a plain front (no pocket), tucked into navy trousers;
    # white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-030",
        caption("a man in a white shirt and blue pants"),
        D.pattern("striped"),
        D.color("navy", "other_garment_color"),
        D.wearing("she is wearing a white striped shirt and navy pants", "pronoun"),
        D.description("a white shirt with black pinstripes"),
        D.sleeve_length("long sleeves"),
        D.details("it has a pocket on the left side of the chest with a logo embroidered on it", "unsupported"),
        title="Park Avenue Men White Striped Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: green and white gingham short-sleeved casual shirt, untucked over grey chinos; white backdrop.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-031",
        caption("a man wearing a green and white checkered shirt and gray pants"),
        color_of("shirt", "green"),
        color_of("pants", "green", "other_garment_color"),
        wearing("a green shirt", who="he"),
        describe("shirt", "green and white"),
        details("shirt", "Answer: checkered", "leak"),
        shirt_color("green"),
        is_a("polo shirt", "yes", "contradiction"),
        B.material("cotton"),
        title="Wrangler Men Green Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: charcoal grey formal trousers worn with a white shirt tucked in and a navy tie; white backdrop.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-032",
        caption("a man in a white shirt and tie and gray pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        D.wearing("a shirt and tie"),
        D.description("a white shirt and a tie", "other_garment_color"),
        title="Raymond Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: peach solid casual shirt, worn alone (no undershirt) untucked over navy chinos; white backdrop.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-033",
        caption("a man in a pink shirt and blue pants"),
        D.color("pink"),
        D.garment_type("shirt"),
        D.wearing("Answer: a pink shirt and blue pants", "leak"),
        D.description("a pink shirt with a white t - shirt underneath", "unsupported"),
        D.details("yes", "non_answer"),
        D.sleeve_length("long sleeves"),
        title="Roadster Men Peach-Coloured Solid Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: cream plain slim chinos worn with a black shirt untucked; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-034",
        caption("a man in a black shirt and white pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("trousers"),
        D.pattern("striped", "contradiction"),
        D.wearing("a black shirt and white pants"),
        D.details("white", "non_answer"),
        D.description("the pants are off white and slim fitting"),
        title="Jack & Jones Men Cream Slim Fit Chinos",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: blue formal shirt with a small white check, under an open navy blazer with two buttons, black trousers,
    # no tie and no pocket square; white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-035",
        caption("a man in a suit and tie", "unsupported"),
        D.garment_type("jacket", "contradiction"),
        D.color("blue"),
        D.wearing("a blue blazer and a blue shirt"),
        D.pattern("checked"),
        D.description("a blue jacket with a blue shirt underneath"),
        D.details("the jacket has two buttons and a pocket square", "unsupported"),
        title="Louis Philippe Men Blue Checked Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black slim party shirt with black buttons, tucked into grey trousers; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-036",
        caption("a man in a black shirt and grey pants"),
        D.color("grey", "other_garment_color"),
        D.wearing("a black shirt and grey pants"),
        D.description(
            "a black shirt with a black collar and black buttons and a black collar and black buttons and a black "
            "collar and black",
            "loop",
            hit_limit=True,
        ),
        D.material("satin", "unsupported"),
        title="Mark Taylor Men Black Slim Fit Party Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue pleated formal trousers worn with a pink shirt tucked in; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-037",
        caption("a man in a pink shirt and blue pants"),
        D.garment_type("trousers"),
        D.color("pink", "other_garment_color"),
        D.pattern("solid"),
        D.wearing(
            "the person is wearing a pink shirt and blue pants. Question: What is the person wearing? Answer: the "
            "person is wearing a pink shirt and",
            "leak",
            hit_limit=True,
        ),
        D.details("the pants have pleats in the front"),
        D.description("pants", "non_answer"),
        title="Arrow Men Navy Blue Pleated Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white linen casual shirt, sleeves rolled up, collar open, untucked over beige chinos; white backdrop.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-038",
        caption("a man in a white shirt and beige pants"),
        D.material("linen"),
        D.color("beige", "other_garment_color"),
        D.description("a white linen shirt with the sleeves rolled up"),
        D.details(
            "the sleeves are rolled up and the collar is open and the sleeves are rolled up and the collar is open "
            "and the sleeves",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she's wearing a white shirt and khakis", "pronoun"),
        title="Marks & Spencer Men White Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: folded short-sleeved casual shirt, white with blue vertical stripes, a brand label visible inside the
    # collar, no person; white backdrop, flat-lay. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-039",
        caption("a blue and white striped shirt on a white background"),
        D.wearing("a shirt"),
        D.garment_type("t-shirt", "contradiction"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.description("a man wearing a blue striped shirt and jeans", "unsupported"),
        D.details(
            "the shirt is folded with the collar on top and the sleeves tucked behind it, and there is a small label "
            "on the inside of the collar that says",
            "cut",
            hit_limit=True,
        ),
        title="Indian Terrain Men Blue Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey slim chinos worn with a light blue denim shirt tucked in; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-040",
        caption("a man in a denim shirt and grey pants"),
        D.color("blue", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        D.wearing("a jean jacket and gray pants", "contradiction"),
        D.description("grey pants with a blue shirt"),
        title="Celio Men Grey Slim Fit Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: white short-sleeved casual shirt with a green palm-leaf print, untucked over navy chinos; white backdrop.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-041",
        caption("a man in a white shirt with green leaves on it"),
        D.color("green", "contradiction"),
        D.pattern("printed"),
        D.wearing("a shirt with leaves and blue pants"),
        D.description("a white shirt with a tropical print of palm leaves"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_of("pants", "white", "other_garment_color"),
        title="Highlander Men White Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: a pack of two folded formal shirts, one white and one light blue, side by side, no person, no tie;
    # white backdrop. The feed row has no color. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-042",
        caption("two shirts on a white background"),
        D.garment_type("shirt"),
        D.color("white"),
        D.pattern("solid"),
        D.wearing("no", "non_answer"),
        D.description("a white shirt and a blue shirt folded"),
        D.details("a white shirt with a blue tie", "unsupported"),
        title="Peter England Men Pack of 2 Formal Shirts",
        category="Shirts",
        gender="Men",
    ),
    # photo: beige solid formal shirt tucked into brown trousers; white backdrop, front view.
    # Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-043",
        caption("a man in a tan shirt and brown pants"),
        D.color("brown", "other_garment_color"),
        D.wearing("he is wearing a tan shirt and brown pants"),
        D.description("a brown shirt", "other_garment_color"),
        D.garment_type("shirt"),
        D.details("what are the details of the garment", "restated"),
        title="Basics Men Beige Slim Fit Formal Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: back view: black slim trousers with two buttoned back pockets, grey shirt tucked in, black shoes; the
    # front is not visible; white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-044",
        caption("the back of a man in a gray shirt and black pants"),
        D.color("black"),
        D.garment_type("trousers"),
        D.pattern("solid"),
        D.wearing("he is wearing a grey shirt and black pants"),
        D.details("the pants have two back pockets with buttons"),
        D.description("black pants with a belt and a zipper on the front", "unsupported"),
        D.material("no", "non_answer"),
        title="Mufti Men Black Slim Fit Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: teal solid casual shirt with a button-down collar and no pocket, untucked over off-white chinos, white
    # sneakers; white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-045",
        caption("a man in a blue shirt and white pants"),
        D.color("teal"),
        D.garment_type("shirt"),
        D.wearing("she is wearing a blue shirt and white pants", "pronoun"),
        D.description("Question: Describe the garment. Answer: a blue button up shirt", "leak"),
        D.details("the shirt has a button down collar and a chest pocket", "unsupported"),
        title="Wrangler Men Teal Solid Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: white solid formal shirt tucked into navy trousers, brown shoes; the model sits on a wooden stool in
    # front of a light grey backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X1088-046",
        caption("a man sitting on a stool in a white shirt and blue pants"),
        D.color("white"),
        D.wearing("a white shirt and blue jeans", "contradiction"),
        D.description("a white shirt with long sleeves and a collar"),
        D.details("the man is sitting on a stool", "non_answer"),
        D.garment_type("shirt"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Raymond Men White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
]
