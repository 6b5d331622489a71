"""BLIND_1416 (45 products; Myntra men's tops, base BLIP-2 zero-shot): written blind in the sixty-fourth session.
Measured blind at 9207eb7 (the session's fifth and final rules): 55/68 failures found (80.9%) and 21/296 correct
texts flagged (7.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's t-shirts, polo t-shirts and shirts (articleType Tshirts or Shirts, baseColour, gender
Men; a column missing here and there, as feeds have it). Photos are the usual catalog shots: a model on a plain backdrop
wearing the product with jeans, chinos, shorts or cargos, sometimes over or under another layer (an open shirt over a
tee, a tee under a bomber), now and then a flat lay, a back view, or a prop (sunglasses, a tennis racket, a golf club, a
skateboard, a coffee cup, a watch, a tie). Every text was written by the untuned Salesforce/blip2-opt-2.7b: an
unprompted caption (max 50 new tokens) and enrich's default questionnaire asked as `Question: ... Answer:` with greedy
free generation (max 30 new tokens), closed questions included (their raw text is stored). The base model usually stops
at the newline, so most answers are short; the failures are the base model's: wrong hues (navy read as black, charcoal
merged with black jeans), the color of the trousers, shorts, tie or jacket given for the product, the prop or accessory
answered as the garment, the layer on top answered instead of the product, long sleeves rolled up answered "short",
invented details and materials, a few answers that say nothing or only give the question back, a woman's pronoun for
long-haired models, an echoed "Question:/Answer:", and a few long descriptions that run to the limit (cut, or looping).
Some products were asked fewer than eight questions: the job ran with a trimmed question list for part of the feed.
About one text in five is wrong: the base model answers short on clean catalog photos, so it fails less often than the
adapters, and mostly on color, details and material.
Who wrote what: all captions and answers are the base model, zero-shot; no adapter, no extractive QA.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near hues are correct (maroon/red/burgundy, navy/blue, teal/green or blue, rust/orange or brown, off white/
white, lavender/purple); navy called black and a charcoal tee called black beside black jeans are wrong (contradiction).
A plainly wrong garment type, sleeve length or color of the product itself is a contradiction; the color of another
garment in the photo is other_garment_color; an accessory or prop answered as the garment or its detail is a
contradiction. Materials: a plausible guess the photo and title do not contradict ("cotton" for a plain tee, "polyester"
for a golf polo, "pique cotton" for a visibly pique polo) is correct; a material the title contradicts (Pure Cotton,
Linen, Dri-FIT) or an invented precision ("100% cotton") is unsupported. A detail the photo does not show or shows
otherwise (a front print on a back view, three buttons where there are two, French cuffs) is unsupported. "the garment
is a shirt" for the description and "made of a fabric" for the material are restated; "i don't know", an empty string,
"the sleeves are folded", a pattern answered with a color or with "polo", and "it is a shirt" for the details are
non_answer; "3 inches" for the sleeves is an invented measure (unsupported). The trousers or shorts given the shirt's
color ("a yellow shirt and yellow shorts") is a contradiction of the wearing answer. "rolled up" for the sleeves of a
long-sleeved shirt and "none" for the pattern of a plain tee are kept as correct. A text that ran to the token limit is
cut unless it repeats itself, then loop (one label per text, even where a cut text also invents a detail); the flat
lays' "What is the person wearing?" answered with the garment is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1416 = [
    # Photo: model front, plain black crew-neck tee (no pocket), mid-blue jeans, grey backdrop. All texts: base model.
    case(
        "X1416-001",
        caption("a man in a black t-shirt and jeans"),
        Q.wearing("a black t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt"),
        Q.details("a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: white polo, small navy embroidered logo on the chest, navy chinos. All texts: base model, zero-shot.
    case(
        "X1416-002",
        caption("a man in a white polo shirt and blue pants"),
        Q.wearing("a white polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("plain"),
        Q.sleeve_length("short"),
        Q.details("a logo on the chest"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: blue-and-white checked long-sleeved shirt, sleeves rolled to the elbow, beige chinos, hands in pockets.
    # All texts: base model, zero-shot.
    case(
        "X1416-003",
        caption("a man in a blue plaid shirt with his hands in his pockets"),
        Q.wearing("a blue checkered shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a blue and white checkered shirt"),
        Q.details("buttons"),
        gender="Men",
        title="Highlander Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: maroon tee with a white line-art mountain print on the chest, black jeans. All texts: base model.
    case(
        "X1416-004",
        caption("a man wearing a red t-shirt with a mountain graphic"),
        Q.wearing("a red shirt and black jeans"),
        Q.garment_type("t-shirt"),
        Q.color("maroon"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a maroon t-shirt with a picture of mountains on it"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Maroon Printed Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: navy running tee with a small reflective chest print, black running shorts, mid-stride pose, dark grey
    # backdrop (the navy reads almost black). All texts: base model, zero-shot.
    case(
        "X1416-005",
        caption("a man running in a black shirt and shorts", "contradiction"),
        Q.wearing("a black shirt and black shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: white formal shirt with a spread collar and plain barrel cuffs, tucked into grey trousers, black belt.
    # All texts: base model, zero-shot.
    case(
        "X1416-006",
        caption("a man in a white shirt and grey pants"),
        Q.wearing("a white shirt and grey pants"),
        Q.garment_type("dress shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white dress shirt with a spread collar"),
        Q.details("french cuffs and mother of pearl buttons", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: flat lay on white, black tee with a large white PUMA wordmark and cat logo. All texts: base model.
    case(
        "X1416-007",
        caption("a black puma t-shirt with white logo"),
        Q.wearing("a black puma t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("logo"),
        Q.sleeve_length("short"),
        Q.description("the puma logo t-shirt in black"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Puma Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: light blue and white fine pinstripes, collar and cuffs of the same fabric, one patch pocket on the left
    # chest, navy trousers, arms crossed.
    # All texts: base model, zero-shot.
    case(
        "X1416-008",
        caption("a man in a blue striped shirt with his arms crossed"),
        Q.wearing("a blue shirt and blue pants"),
        Q.garment_type("shirt"),
        Q.color("light blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a blue and white striped shirt with a white collar and white cuffs", "unsupported"),
        Q.details("the shirt has a pocket on the left side"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Blue Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: navy polo with the small red-white-blue flag logo, white shorts, sunglasses in hand. All texts: base.
    case(
        "X1416-009",
        caption("a man in a navy polo shirt and white shorts holding sunglasses"),
        Q.wearing("a blue polo shirt and white shorts"),
        Q.garment_type("polo"),
        Q.color("white", "other_garment_color"),
        Q.pattern("navy blue", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a navy blue polo shirt with a red, white and blue logo"),
        Q.details("the tommy hilfiger logo"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: black tee with "NOT TODAY" in big yellow letters, ripped light-blue jeans. All texts: base model.
    case(
        "X1416-010",
        caption(
            "a man wearing a black t-shirt that says not today not today not today not today not today not today"
            " not today not today not today not today not today not today not today not today not today not today"
            " not today not today not today not today",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a black t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("text"),
        Q.sleeve_length("short"),
        Q.description("black t-shirt with yellow lettering"),
        Q.details("it says not today"),
        gender="Men",
        title="Bewakoof Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: olive long-sleeved shirt worn open over a white crew tee, black jeans. All texts: base model.
    case(
        "X1416-011",
        caption("a man in an olive shirt and white t-shirt"),
        Q.wearing("a green shirt, white t-shirt and black jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("an olive green button up shirt"),
        Q.details("it is a shirt", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: mustard polo with thin white horizontal stripes, ribbed collar and cuffs, two-button placket, small logo
    # on the left chest, beige shorts. All texts: base model, zero-shot.
    case(
        "X1416-012",
        caption("a man in a yellow striped polo shirt"),
        Q.wearing("a yellow shirt and khaki shorts"),
        Q.garment_type("polo shirt"),
        Q.color("yellow"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description(
            "a yellow polo shirt with thin white stripes, a ribbed collar and ribbed cuffs, two buttons on the placket"
            " and a small embroidered logo on the left",
            "cut",
            hit_limit=True,
        ),
        Q.details("the collar"),
        gender="Men",
        title="HERE&NOW Men Mustard Yellow Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: back view; white tee with a large red batwing logo print across the back, blue jeans. The front is not
    # shown. All texts: base model, zero-shot.
    case(
        "X1416-013",
        caption("the back of a man wearing a white t-shirt with a red logo"),
        Q.wearing("a white t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("logo"),
        Q.sleeve_length("short"),
        Q.details("levi's logo on the front", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Levis Men White Brand Logo Print Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: colour-blocked tee, navy top, white band across the chest, red lower half, grey joggers. No colour column
    # in the feed for this row. All texts: base model, zero-shot.
    case(
        "X1416-014",
        caption("a man in a blue, white and red t-shirt"),
        Q.wearing("a t-shirt and sweatpants"),
        Q.garment_type("t-shirt"),
        Q.color("red, white and blue"),
        Q.pattern("color block"),
        Q.sleeve_length("short"),
        Q.description("a t-shirt with blue, white and red stripes"),
        Q.material("polyester and spandex", "unsupported"),
        gender="Men",
        title="Campus Sutra Men Multicoloured Colourblocked Round Neck T-shirt",
        category="Tshirts",
    ),
    # Photo: pink long-sleeved shirt on a male model with shoulder-length hair and a beard, white chinos.
    # All texts: base model, zero-shot.
    case(
        "X1416-015",
        caption("a woman in a pink shirt and white pants", "pronoun"),
        Q.wearing("a pink shirt and white pants"),
        Q.garment_type("blouse", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a pink shirt", "pronoun"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: white formal shirt folded as packed, collar up, on a grey background; no model. The feed leaves the
    # category empty. All texts: base model, zero-shot.
    case(
        "X1416-016",
        caption("a white shirt folded on a grey background"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("plain"),
        Q.sleeve_length("the sleeves are folded", "non_answer"),
        Q.description("a white shirt"),
        Q.details("the collar is white"),
        Q.material("cotton"),
        gender="Men",
        title="Arrow Men White Slim Fit Solid Formal Shirt",
        color="White",
    ),
    # Photo: grey heather training tee with a small white swoosh, black shorts, water bottle in hand.
    # All texts: base model, zero-shot.
    case(
        "X1416-017",
        caption("a man in a grey nike shirt holding a water bottle"),
        Q.wearing("a grey nike t-shirt and grey shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("the nike swoosh on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Grey Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: grey melange long-sleeved henley with a three-button placket, blue jeans. All texts: base model.
    case(
        "X1416-018",
        caption("a man in a grey henley shirt and jeans"),
        Q.wearing("grey shirt and blue jeans"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("grey"),
        Q.pattern("heather"),
        Q.sleeve_length("long"),
        Q.description(
            "a grey long sleeved henley shirt with three buttons at the neck, it is made of a soft cotton fabric and"
            " has a ribbed hem and ribbed cuffs on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("buttons on the front"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: beige linen shirt with a mandarin collar, worn untucked over white trousers. All texts: base model.
    case(
        "X1416-019",
        caption("a man in a beige shirt and white pants"),
        Q.wearing("a kurta and pants", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("it has a mandarin collar"),
        Q.material("linen"),
        gender="Men",
        title="Fabindia Men Beige Linen Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: red-and-black buffalo-check flannel, button-down collar, two flap chest pockets, worn open over a black
    # tee, black jeans, a coffee cup in hand. All texts: base model, zero-shot.
    case(
        "X1416-020",
        caption("a man in a red and black plaid shirt holding a cup of coffee"),
        Q.wearing("a red and black plaid shirt and black jeans"),
        Q.garment_type("flannel shirt"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("red and black buffalo plaid flannel shirt"),
        Q.details(
            "the shirt has a button down collar, two chest pockets with flaps and buttons, and the sleeves have"
            " buttoned cuffs that can be rolled up to the",
            "cut",
            hit_limit=True,
        ),
        Q.material("flannel"),
        gender="Men",
        title="Roadster Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: red polo with broad navy horizontal stripes, navy shorts. All texts: base model, zero-shot.
    case(
        "X1416-021",
        caption("a man in a red and blue striped polo shirt"),
        Q.wearing("a red and blue striped shirt and red shorts", "contradiction"),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a red and navy striped polo shirt"),
        Q.details(
            "it has a collar and buttons and a collar and buttons and a collar and buttons and a collar and buttons"
            " and a collar and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nautica Men Red Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: teal long-sleeved shirt with one chest pocket, white jeans, sunglasses pushed up on the head, model
    # seated on a bar stool. All texts: base model, zero-shot.
    case(
        "X1416-022",
        caption("a man in a green shirt sitting on a stool"),
        Q.wearing("a teal shirt and white jeans"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a dark green shirt with a pocket"),
        Q.details("sunglasses", "contradiction"),
        gender="Men",
        title="Dennis Lingo Men Teal Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: small green-and-white checks, long sleeves, tucked into navy trousers. The feed has no gender here.
    # All texts: base model, zero-shot.
    case(
        "X1416-023",
        caption("a man wearing a green and white checkered shirt"),
        Q.wearing("a green and white checked shirt and blue pants"),
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("checkered"),
        Q.sleeve_length("long"),
        Q.description("Answer: a green and white checked shirt", "leak"),
        Q.material("cotton"),
        title="Peter England Casuals Men Green Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: mid-wash denim shirt, two flap chest pockets, white contrast stitching, black chinos.
    # All texts: base model, zero-shot.
    case(
        "X1416-024",
        caption("a man in a denim shirt and black pants"),
        Q.wearing("denim shirt"),
        Q.garment_type("denim jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue denim shirt with two flap pockets on the chest and white stitching, it can be worn open over a"
            " t-shirt or buttoned up with a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details("two chest pockets with flaps"),
        Q.material("denim"),
        gender="Men",
        title="The Indian Garage Co Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: back view; black drop-shoulder oversized tee with a large white anime girl-with-sword print on the back,
    # beige cargo pants. The front is not shown. All texts: base model, zero-shot.
    case(
        "X1416-025",
        caption("the back of a man wearing a black t-shirt with an anime character on it"),
        Q.wearing("a black t-shirt and khaki pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a picture of a girl on the back"),
        Q.details("the back has a picture of a girl with a sword and the front has a small logo", "unsupported"),
        gender="Men",
        title="Difference of Opinion Men Black Graphic Printed Drop-Shoulder Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: rust short-sleeved henley, blue jeans, model leaning on the studio wall. All texts: base model.
    case(
        "X1416-026",
        caption("a man in an orange shirt leaning against a wall"),
        Q.wearing("a brown shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the t-shirt is orange"),
        Q.details("the details of the garment", "restated"),
        Q.material("i don't know", "non_answer"),
        gender="Men",
        title="Harvard Men Rust Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # Photo: green pique polo with the small crocodile logo, white trousers, tennis racket held across the chest.
    # All texts: base model, zero-shot.
    case(
        "X1416-027",
        caption("a man in a green polo shirt holding a tennis racket"),
        Q.wearing("a green shirt and white pants"),
        Q.garment_type("a tennis racket", "contradiction"),
        Q.color("green"),
        Q.pattern("polo", "non_answer"),
        Q.sleeve_length("short"),
        Q.details("crocodile logo"),
        Q.material("cotton pique"),
        gender="Men",
        title="Lacoste Men Green Classic Fit Pique Polo T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: plain white crew tee, heather grey track pants. All texts: base model, zero-shot.
    case(
        "X1416-028",
        caption("a man in a white t-shirt and grey pants"),
        Q.wearing("white t-shirt and grey pants"),
        Q.garment_type("t-shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("plain"),
        Q.sleeve_length("short"),
        Q.description("a plain white t-shirt"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: short-sleeved navy shirt with a white palm-leaf print, white buttons, beige shorts.
    # All texts: base model, zero-shot.
    case(
        "X1416-029",
        caption("a man in a blue hawaiian shirt"),
        Q.wearing("a hawaiian shirt and shorts"),
        Q.garment_type("hawaiian shirt"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("blue shirt with white palm trees"),
        Q.details("the buttons are white"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue & White Regular Fit Tropical Printed Short Sleeves Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: grey formal shirt, black trousers, model glancing at a steel wristwatch. All texts: base model.
    case(
        "X1416-030",
        caption("a man in a grey shirt and black pants looking at his watch"),
        Q.wearing("a grey shirt, black pants and a watch"),
        Q.garment_type("formal", "non_answer"),
        Q.color("gray"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("the watch", "contradiction"),
        Q.material("it is made of cotton"),
        gender="Men",
        title="Park Avenue Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: charcoal crew tee, visibly lighter than the black jeans worn with it. All texts: base model.
    case(
        "X1416-031",
        caption("a man in a black t-shirt and black jeans", "contradiction"),
        Q.wearing("a grey t-shirt and black jeans"),
        Q.garment_type("t-shirt"),
        Q.color("dark grey"),
        Q.pattern("none"),
        Q.sleeve_length("short"),
        Q.description("a grey t-shirt"),
        Q.material("unknown", "non_answer"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: lavender oversized tee, beige cargo pants, white sneakers, male model with long hair tied back.
    # All texts: base model, zero-shot.
    case(
        "X1416-032",
        caption("a young man in a purple t-shirt and beige pants"),
        Q.wearing("she is wearing a purple shirt and khaki pants", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Bewakoof Men Lavender Solid Oversized Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: flat lay on white, navy polo with a two-button placket and a small white logo. All texts: base model.
    case(
        "X1416-033",
        caption("a navy blue polo shirt on a white background"),
        Q.wearing("a polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("navy polo shirt with white logo on the chest"),
        Q.details("three buttons", "unsupported"),
        Q.material("100% cotton", "unsupported"),
        gender="Men",
        title="Allen Solly Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: black long-sleeved shirt, fully buttoned, black buttons, no pockets, khaki chinos. All texts: base model.
    case(
        "X1416-034",
        caption("a man in a black shirt and khaki pants"),
        Q.wearing("black shirt and khaki pants"),
        Q.garment_type("button down shirt"),
        Q.color("khaki", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black button down shirt"),
        Q.details("two chest pockets", "unsupported"),
        gender="Men",
        title="Highlander Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: red tee with a large black spider emblem on the chest, blue jeans. All texts: base model.
    case(
        "X1416-035",
        caption("a man wearing a red spiderman t-shirt"),
        Q.wearing("spiderman t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("it is a red t-shirt with a black spider on it"),
        Q.details(
            "the spider is black and the shirt is red and the spider is black and the shirt is red and the spider is"
            " black and the shirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Free Authority Men Red Spider-Man Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: yellow golf polo, white shorts, model holding a golf club over the shoulder. All texts: base model.
    case(
        "X1416-036",
        caption("a man in a yellow polo shirt holding a golf club"),
        Q.wearing("a yellow shirt and yellow shorts", "contradiction"),
        Q.garment_type("golf shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Yellow Solid Golf Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: grey melange tee with a small red batwing logo on the chest, black jeans. All texts: base model.
    case(
        "X1416-037",
        caption("a man in a grey t-shirt with a red logo"),
        Q.wearing("a grey shirt and black jeans. Question: What is the color of the shirt? Answer: grey", "leak"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("heather"),
        Q.sleeve_length("short sleeve"),
        Q.description("grey t-shirt with levi's logo"),
        Q.details("a pocket and a red logo", "unsupported"),
        gender="Men",
        title="Levis Men Grey Melange Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: light blue self-design (dobby) formal shirt with a navy tie, grey trousers. All texts: base model.
    case(
        "X1416-038",
        caption("a man in a blue shirt and tie"),
        Q.wearing("a blue shirt and a tie"),
        Q.garment_type("dress shirt"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a light blue dress shirt with a navy tie"),
        Q.details("the shirt has a small pattern"),
        gender="Men",
        title="Raymond Men Blue Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white short-sleeved tee with a black slogan print, worn under an open black bomber jacket, black jeans.
    # All texts: base model, zero-shot.
    case(
        "X1416-039",
        caption("a man in a black jacket and white t-shirt"),
        Q.wearing("a black jacket, white t-shirt and black jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a white t-shirt with a black print under a black jacket"),
        gender="Men",
        title="WROGN Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: navy shirt with a white micro geometric print that reads as dots, sleeves rolled up, grey chinos, brown
    # belt and shoes, model seated on a wooden chair, hands on knees. All texts: base model, zero-shot.
    case(
        "X1416-040",
        caption(
            "a man sitting on a wooden chair wearing a navy blue shirt with white dots, grey pants, a brown belt and"
            " brown shoes, with his sleeves rolled up and his hands on his knees, looking at the camera with a serious"
            " expression on his",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a blue shirt and grey pants"),
        Q.garment_type("shirt"),
        Q.color("navy"),
        Q.pattern("polka dot"),
        Q.sleeve_length("rolled up"),
        Q.material("cotton"),
        gender="Men",
        title="Mufti Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: off-white crew tee, olive cargo pants, skateboard held at the side. All texts: base model.
    case(
        "X1416-041",
        caption("a man holding a skateboard wearing a white t-shirt and green pants"),
        Q.wearing("a white shirt and green pants"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("plain"),
        Q.sleeve_length("3 inches", "unsupported"),
        Q.description("a white t-shirt and olive cargo pants"),
        Q.details("the skateboard", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Off White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Photo: maroon polo in a visibly textured pique knit, black jeans. All texts: base model, zero-shot.
    case(
        "X1416-042",
        caption("a man in a maroon polo shirt and black jeans"),
        Q.wearing("a burgundy polo shirt and jeans"),
        Q.garment_type("polo"),
        Q.color("burgundy"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("Question: Describe the garment. Answer: a maroon polo shirt", "leak"),
        Q.material("pique cotton"),
        gender="Men",
        title="Red Tape Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: back view; green-and-white checked long-sleeved shirt with a box pleat and locker loop, blue jeans.
    # All texts: base model, zero-shot.
    case(
        "X1416-043",
        caption("the back of a man in a green and white checkered shirt"),
        Q.wearing("a green shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("green and white"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.details("a pleat on the back"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="U.S. Polo Assn. Men Green & White Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: white linen shirt, top two buttons open, beige linen trousers. All texts: base model, zero-shot.
    case(
        "X1416-044",
        caption("a man in a white shirt and beige pants"),
        Q.wearing("a white shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("the garment is a shirt", "restated"),
        Q.details("it has buttons"),
        Q.material("the garment is made of a fabric", "restated"),
        gender="Men",
        title="Rare Rabbit Men White Linen Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: white tee with navy horizontal (Breton) stripes, blue jeans, hands in pockets. All texts: base model.
    case(
        "X1416-045",
        caption("a man in a striped shirt with his hands in his pockets"),
        Q.wearing("a navy and white striped t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("navy and white"),
        Q.pattern(
            "horizontal stripes, horizontal stripes, horizontal stripes, horizontal stripes, horizontal stripes,"
            " horizontal stripes, horizontal stripes, horizontal stripes, horizontal stripes, horizontal stripes",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.description("a white and navy striped t-shirt"),
        gender="Men",
        title="Tommy Hilfiger Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
]
