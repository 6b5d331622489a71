"""BLIND_1463 (45 products; Myntra men's sportswear, VQA adapter): written blind in the sixty-fifth session. Measured
blind at 81d2e84 (the session's second rules): 84/92 failures found (91.3%) and 19/261 correct texts flagged (7.3%).
The writer's notes, verbatim:

Scenario: a Myntra feed of men's sportswear (tracksuits, track jackets, football/cricket/basketball jerseys, running
shorts and tights, track pants and joggers, hoodies and sweatshirts, a few training tees, a pack of socks, a cap, a
gym vest). The catalog columns are Myntra's: title, category (the article type: Tshirts, Tracksuits, Track Pants,
Shorts, Sweatshirts, Jackets, Rain Jacket, Tights, Socks, Caps, Innerwear Vests), color (the base colour: Navy Blue,
Grey Melange, Charcoal, Olive, Teal, Fluorescent Green, Lime Green...) and gender ("Men"); a few rows lack one of
them, as the feed has it. Photos are the usual catalog shots: a model on a plain light backdrop wearing the product
with other clothes (a tee under a track jacket, black shorts under a jersey, a tee over track pants), two flat lays,
two back views, one head-and-shoulders crop for the cap, and props (a football, a basketball).
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, one epoch,
trained on unmasked labels with no end-of-answer token), greedy, 30 new tokens for answers and 50 for the caption.
enrich cut each generation at the first newline; the adapter still emits one after a short answer most of the time,
but often runs on until the token limit, looping or writing the next "Question: ... Answer:" itself. The caption is
the same adapter with the caption prompt; it is mostly the base model's short caption, sometimes broken. The
questions are enrich's default questionnaire; sleeve_length is not asked for bottoms, socks and caps, and the
questionnaire asks description/details/material per article type, so each product has 5 to 8 answers. Closed
answers (garment_type, color, pattern, sleeve_length) were mapped to the candidate set when the raw text matched a
candidate; when it did not the raw generation is kept (so "jacket/coat", "sweatshirt/hoodie", the loops and the
leaked questions appear verbatim in closed answers).
Labeling conventions and judgement calls: judged against the photo I imagined (described above each case) and the
title. Near shades count as correct: charcoal called black, maroon called red, teal or olive called green, navy
called blue, grey melange called grey. Fluorescent or lime green called yellow counts wrong (contradiction with the
seller's colour). A closed color that is the color of the other garment in the shot (the tee under the jacket, the
shorts under the jersey) is other_garment_color, and so is a wearing answer that gives the product the other
garment's color; a wearing answer that gives the other garment the product's color is a contradiction (one color
for two garments); a secondary panel color of the product itself given as its color
is a contradiction. garment_type naming another garment (the tee for shorts, the shorts for tights, a t-shirt for a
cap) is a contradiction; "jacket" for a tracksuit counts wrong too (the product is the set). A side stripe on pants
titled "Solid" answered "striped" counts correct (the stripe is there). Material answers are judged against what the
product is actually made of (Dri-FIT and training tees are polyester, a fleece is not leather); a wrong fabric is
unsupported. Details seen from a back view, or on the back when the shot is front-only, are unsupported. An answer
that only says the garment is what it is ("the shorts are short", "they are shorts", "the garment is a t-shirt") is
non_answer when asked for details and restated when asked to describe it or its material. A run-on that ends mid
phrase at the limit is cut when it is still describing, loop when it repeats; every text that writes a new
"Question:" is leak, with hit_limit when it ran to the limit (two short closed ones stopped on a newline).
"yes"/"no" to an open question is non_answer. "a woman"/"she" for these men's products is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1463 = [
    # Model on light grey backdrop in a black track jacket, zipped, white Puma cat logo on the chest, matching black
    # track pants, white sneakers. All texts: BLIP-2 + VQA adapter. Description and details both loop.
    case(
        "X1463-001",
        caption("a man in a black track suit standing in front of a white wall"),
        Q.wearing("a black jacket and black pants"),
        Q.garment_type("tracksuit"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black track suit with a white logo on the chest and a white logo on the pants and a white logo on the"
            " chest and a white logo on",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "zipper, pockets, logo, zipper, pockets, logo, zipper, pockets, logo, zipper, pockets, logo, zipper,",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Solid Track Suit",
        category="Tracksuits",
        color="Black",
    ),
    # Navy track jacket worn open over a white crew-neck tee, grey joggers; three white stripes down each sleeve.
    # BLIP-2 + VQA adapter. The closed color is the tee's; the description runs on to the limit; the jacket is
    # polyester tricot, not cotton.
    case(
        "X1463-002",
        caption("a man wearing a blue jacket and grey pants"),
        Q.wearing("a blue jacket and a white shirt"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "a navy blue jacket with white stripes on the sleeves and a white t-shirt underneath and grey pants and"
            " white shoes and a white",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Navy Blue Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Full-length model in a heather grey tee and the black running shorts (small white swoosh on the left leg),
    # running shoes. BLIP-2 + VQA adapter: type and color answered for the tee, details loop (no logo on the right
    # leg); Dri-FIT is polyester.
    case(
        "X1463-003",
        caption("a man in a grey shirt and black shorts"),
        Q.wearing("a grey t-shirt and black shorts"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(
            "the shorts have a drawstring waist and a small logo on the left leg and a small logo on the right leg and"
            " a small logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Grey melange pullover hoodie, hood down, kangaroo pocket, worn with blue jeans. BLIP-2 + VQA adapter; the
    # description runs on into its own next question.
    case(
        "X1463-004",
        caption("a man wearing a grey hoodie and jeans"),
        Q.wearing("sweatshirt/hoodie"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a grey hoodie with a hood and a pocket on the front Question: What is the color of the hoodie? Answer:"
            " grey Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details("hood, drawstrings, kangaroo pocket, ribbed cuffs"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Red football jersey with white printed diagonal bands and a white collar, black shorts; the model holds a
    # football at his hip. BLIP-2 + VQA adapter. "solid" against a printed jersey; the raw sleeve answer loops
    # (unmapped, kept); the description is cut.
    case(
        "X1463-005",
        caption("a man holding a soccer ball in his hands"),
        Q.wearing("a red and white soccer jersey"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length(
            "short short short short short short short short short short short short short short short short short"
            " short short short short short short short short short short short short short",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a red and white soccer jersey with a white collar and a white stripe on the front of the jersey and a"
            " white stripe on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nivia Men Red & White Printed Football Jersey",
        category="Tshirts",
        color="Red",
    ),
    # Black HRX tee over olive running track pants with zip pockets and cuffed ankles, white shoes.
    # BLIP-2 + VQA adapter: the closed color and the wearing answer give the pants the tee's black; details leak.
    case(
        "X1463-006",
        caption("a man in a black t - shirt and green pants"),
        Q.wearing("black t-shirt and black pants", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(
            "the pants have a drawstring waist Question: What is the color of the pants? Answer: green Question: What"
            " are the",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Solid Running Track Pants",
        category="Track Pants",
        color="Olive",
    ),
    # Flat lay: royal blue crew-neck tee, small white Reebok delta on the chest, white background. No gender column
    # in this row. BLIP-2 + VQA adapter; it answers "yes" to the description prompt.
    case(
        "X1463-007",
        caption("a blue t - shirt on a white background"),
        Q.wearing("a blue shirt"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("yes", "non_answer"),
        Q.material("polyester"),
        title="Reebok Men Blue Solid Training T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # White tee with a large black PUMA wordmark printed across the chest, black shorts. BLIP-2 + VQA adapter; the
    # closed color takes the black of the print and the shorts.
    case(
        "X1463-008",
        caption("a man wearing a white t - shirt with the word puma on it"),
        Q.wearing("a white shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.details("puma logo on the front"),
        gender="Men",
        title="Puma Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Back view: black football shorts with three white stripes down the sides, white tee, white socks. No waistband
    # front visible. BLIP-2 + VQA adapter; the caption runs to 50 tokens, details invent the front drawcord.
    case(
        "X1463-009",
        caption(
            "the back of a man wearing a white t - shirt and black shorts with white stripes on the side of the"
            " shorts and white socks and black shoes standing in front of a white wall with his arms at his",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.details("the shorts have three white stripes on the side and a drawstring waistband", "unsupported"),
        Q.material("the shorts are made of shorts", "restated"),
        gender="Men",
        title="ADIDAS Men Black Football Shorts",
        category="Shorts",
        color="Black",
    ),
    # Charcoal grey pullover hoodie, hood down, white swoosh on the chest, black joggers. BLIP-2 + VQA adapter.
    # "black" for the charcoal counts correct (near shade); the wearing answer leaks, the details loop.
    case(
        "X1463-010",
        caption("a man in a black hoodie and black pants"),
        Q.wearing(
            "a black hoodie Question: What is the color of the hoodie? Answer: black Question: What is the color of"
            " the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black hoodie with a white nike logo on the front"),
        Q.details(
            "the hoodie has a kangaroo pocket and a nike logo on the chest and a nike logo on the chest and a nike"
            " logo on the chest and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Charcoal Grey Therma-FIT Pullover Hoodie",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Neon (fluorescent) green tee, black running shorts, model in a mid-stride pose. BLIP-2 + VQA adapter: the
    # caption and the wearing answer see yellow, the closed color maps to green; the fabric is polyester.
    case(
        "X1463-011",
        caption("a man in a yellow shirt running on a white background", "contradiction"),
        Q.wearing("a yellow t-shirt and black shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a green t-shirt"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Proline Active Men Fluorescent Green Solid Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Black hooded windcheater zipped to the chin, two front zip pockets, grey track pants. BLIP-2 + VQA adapter;
    # the garment type is kept raw (In-shop class name); details run on and invent pockets.
    case(
        "X1463-012",
        caption("a man wearing a black jacket with a hood"),
        Q.wearing("a black jacket and grey pants"),
        Q.garment_type("jacket/coat"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details(
            "the jacket has a hood, a zipper, and two pockets on the front and a pocket on the sleeve and a pocket"
            " on the back and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Wildcraft Men Black Hooded Windcheater Jacket",
        category="Rain Jacket",
        color="Black",
    ),
    # White tee worn untucked over navy track pants with side pockets. BLIP-2 + VQA adapter: the caption writes the
    # next question; the wearing answer gives the white tee the pants' blue, the closed color is the tee's.
    case(
        "X1463-013",
        caption(
            "a man in a white t - shirt and blue pants Question: What is the man wearing? Answer: a white t - shirt"
            " and blue pants Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("a blue t-shirt and blue pants", "contradiction"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("the pants are blue"),
        Q.details("pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Fitted maroon long-sleeve compression top with a small white UA logo on the chest, black shorts.
    # BLIP-2 + VQA adapter: "short" sleeves, and the logo turned black.
    case(
        "X1463-014",
        caption("a man in a red shirt and black shorts"),
        Q.wearing("a red long sleeve shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a red shirt with a black logo on the chest", "unsupported"),
        Q.material("spandex"),
        gender="Men",
        title="Under Armour Men Maroon HeatGear Long Sleeve Compression T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Royal blue tracksuit: jacket with a white chest panel and white piping down the sleeves, blue pants with white
    # side panels. BLIP-2 + VQA adapter; the description is cut at the limit.
    case(
        "X1463-015",
        caption("a man wearing a blue and white track suit"),
        Q.wearing("a blue and white jacket and blue pants"),
        Q.garment_type("tracksuit"),
        Q.color("blue"),
        Q.pattern("colorblock"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue and white track suit with a white stripe on the sleeves and a white stripe on the pants and a"
            " white zipper on the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the jacket has a zipper and a stand collar and the pants have an elastic waist"),
        Q.material("polyester"),
        gender="Men",
        title="FILA Men Blue & White Colourblocked Tracksuit",
        category="Tracksuits",
        color="Blue",
    ),
    # White pique polo with navy tipping on the collar, navy shorts. BLIP-2 + VQA adapter; details loop.
    case(
        "X1463-016",
        caption("a man in a white polo shirt and blue shorts"),
        Q.wearing("a white polo shirt"),
        Q.garment_type("polo"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details(
            "collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons,"
            " collar,",
            "loop",
            hit_limit=True,
        ),
        Q.material("the polo shirt is made of cotton"),
        gender="Men",
        title="Kappa Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Grey crew-neck sweatshirt with a big black-and-white print across the chest, black joggers; the model has
    # shoulder-length hair. BLIP-2 + VQA adapter; the wearing answer calls him a woman.
    case(
        "X1463-017",
        caption("a man wearing a grey sweatshirt with a black and white logo on it"),
        Q.wearing("a woman in a grey sweatshirt", "pronoun"),
        Q.garment_type("sweatshirt/hoodie"),
        Q.color("grey"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        Q.description("grey sweatshirt"),
        gender="Men",
        title="Puma Men Grey Printed Round Neck Sweatshirt",
        category="Sweatshirts",
        color="Grey",
    ),
    # Orange running shorts with a black waistband, black tee. BLIP-2 + VQA adapter; details say nothing.
    case(
        "X1463-018",
        caption("a man in a black shirt and orange shorts"),
        Q.wearing("black shirt and orange shorts"),
        Q.garment_type("shorts"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.details("the shorts are short", "non_answer"),
        Q.material(
            "polyester Question: What is the color of the shorts? Answer: orange Question: What is the color of the"
            " shorts? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="ASICS Men Orange Solid Running Shorts",
        category="Shorts",
        color="Orange",
    ),
    # Red club home jersey: crest on the left chest, small maker logo on the right, white sponsor text across the
    # front, black trim on the collar; white shorts. BLIP-2 + VQA adapter: details cut, material says nothing.
    case(
        "X1463-019",
        caption("manchester united soccer jersey"),
        Q.wearing("a red soccer jersey"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a red soccer jersey with a white logo on the front"),
        Q.details(
            "the jersey has a collar and a crest on the left chest and a logo on the right chest and a sponsor logo"
            " on the front and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("it is made of fabric", "non_answer"),
        gender="Men",
        title="ADIDAS Men Red Manchester United Home Football Jersey",
        category="Tshirts",
        color="Red",
    ),
    # Black compression tights worn under grey running shorts, black tee; the tights show from mid-thigh to ankle.
    # BLIP-2 + VQA adapter: caption loops, type and color answered for the shorts.
    case(
        "X1463-020",
        caption(
            "a man in black leggings and grey shorts and black leggings and grey shorts and black leggings and grey"
            " shorts and black leggings and grey shorts and black leggings and grey shorts and black leggings and"
            " grey",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("black shirt, grey shorts and black leggings"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("nike logo on the left leg"),
        Q.material("spandex"),
        gender="Men",
        title="Nike Men Black Pro Dri-FIT Training Tights",
        category="Tights",
        color="Black",
    ),
    # Flat lay: three pairs of white ankle socks, black logo on each, grey background. BLIP-2 + VQA adapter; the
    # description counts one pair.
    case(
        "X1463-021",
        caption("three pairs of white socks with black logos on them"),
        Q.wearing("socks"),
        Q.garment_type("socks"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.description("a pair of white socks", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="ADIDAS Men Pack of 3 White Ankle-Length Socks",
        category="Socks",
        color="White",
    ),
    # Head-and-shoulders crop: black baseball cap with a small white Puma logo, white tee. BLIP-2 + VQA adapter:
    # type and color answered for the tee.
    case(
        "X1463-022",
        caption("a man wearing a black hat and a white shirt"),
        Q.wearing("a black hat and a white t-shirt"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("the hat has a logo on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Solid Baseball Cap",
        category="Caps",
        color="Black",
    ),
    # Teal hooded zip jacket, zipped, black track pants. BLIP-2 + VQA adapter; the closed color loops and is kept
    # raw; the description is cut.
    case(
        "X1463-023",
        caption("a man in a green jacket and black pants"),
        Q.wearing("green jacket"),
        Q.garment_type("jacket"),
        Q.color("teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal", "loop", hit_limit=True),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a green hooded jacket with a zipper and two pockets on the front and a drawstring hood and elastic cuffs"
            " and a logo on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Hooded Sporty Jacket",
        category="Jackets",
        color="Teal",
    ),
    # Black slim track pants with a white side stripe, grey melange tee. BLIP-2 + VQA adapter: the caption and the
    # closed color give the pants the tee's grey, material repeats its own prompt. "striped" stands (the side
    # stripe is there).
    case(
        "X1463-024",
        caption("a man in a grey t - shirt and grey pants", "other_garment_color"),
        Q.wearing("a grey shirt and black pants"),
        Q.garment_type("pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped"),
        Q.details("white stripes on the side"),
        Q.material(
            "polyester Question: What material is the garment made of? Answer: polyester Question: What material is"
            " the garment made",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Alcis Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Yellow cricket jersey with blue printed shoulders and a blue collar, team logos; blue track pants.
    # BLIP-2 + VQA adapter; the description puts a name on the back of a front-only shot; the details answer is
    # only the next question and its answer.
    case(
        "X1463-025",
        caption("a man in a yellow shirt and blue pants"),
        Q.wearing("yellow jersey"),
        Q.garment_type("jersey"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "a yellow and blue cricket jersey with the logo of chennai super kings on the front and the name dhoni on"
            " the back",
            "unsupported",
        ),
        Q.details(
            "Question: What is the color of the jersey? Answer: yellow Question: What is the color of the jersey?"
            " Answer: yellow Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="SEVEN Men Yellow Printed Chennai Super Kings Cricket Jersey",
        category="Tshirts",
        color="Yellow",
    ),
    # Navy sleeveless training tee (muscle tank), black shorts, model with arms crossed. BLIP-2 + VQA adapter; the
    # caption is fine, the closed sleeve answer says "short", the material answer says nothing.
    case(
        "X1463-026",
        caption("a man in a blue tank top with his arms crossed"),
        Q.wearing("tee/tank"),
        Q.garment_type("tank top"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a blue tank top"),
        Q.material("the material of the garment", "restated"),
        gender="Men",
        title="Reebok Men Navy Blue Sleeveless Training T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Black full-zip fleece jacket with a chest zip pocket, blue jeans. BLIP-2 + VQA adapter: the caption says
    # woman, the description loops, the material is invented.
    case(
        "X1463-027",
        caption("a woman wearing a black fleece jacket and blue jeans", "pronoun"),
        Q.wearing("black jacket and jeans"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black jacket with a zipper on the front of the jacket and a zipper on the front of the jacket and a"
            " zipper on the front of the",
            "loop",
            hit_limit=True,
        ),
        Q.details("zipper, chest pocket"),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Columbia Men Black Solid Steens Mountain Fleece Jacket",
        category="Jackets",
        color="Black",
    ),
    # Front view only: red sleeveless basketball jersey with a white number 23 printed on the chest, white side trim,
    # black shorts. BLIP-2 + VQA adapter; the description adds a back it cannot see.
    case(
        "X1463-028",
        caption("a man in a red basketball jersey with the number 23 on it"),
        Q.wearing("a red basketball jersey and black shorts"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.description("a red jersey with the number 23 on the front and the number 23 on the back", "unsupported"),
        Q.material("mesh"),
        gender="Men",
        title="Nike Men Red Dri-FIT Basketball Jersey",
        category="Tshirts",
        color="Red",
    ),
    # Grey melange joggers with cuffed ankles, black tee, white sneakers. BLIP-2 + VQA adapter: "she", and "no".
    case(
        "X1463-029",
        caption("a man in black shirt and grey sweatpants"),
        Q.wearing("she is wearing a black shirt and grey pants", "pronoun"),
        Q.garment_type("pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("a pair of grey sweatpants"),
        Q.details("no", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Black tracksuit, jacket zipped, three white stripes down the sleeves and the legs, white sneakers.
    # BLIP-2 + VQA adapter: the type names the jacket alone; details loop over a list.
    case(
        "X1463-030",
        caption("a man in a black and white adidas track suit"),
        Q.wearing("a black and white jacket and pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a black track suit with white stripes on the sleeves and pants"),
        Q.details(
            "the sleeves, the collar, the zipper, the sleeves, the collar, the zipper, the sleeves, the collar, the"
            " zipper, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Back view: olive pullover hoodie, hood down, dark jeans. The row has no gender column. BLIP-2 + VQA adapter;
    # the description gives the front (pocket) and a zipper this pullover does not have.
    case(
        "X1463-031",
        caption("the back of a man wearing a green hoodie"),
        Q.wearing("a green hoodie and jeans"),
        Q.garment_type("hoodie"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green hoodie with a kangaroo pocket and a zipper on the front", "unsupported"),
        Q.material("cotton"),
        title="Mast & Harbour Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Grey 2-in-1 running shorts with black inner tights showing below, small reflective logo, black tee.
    # BLIP-2 + VQA adapter: closed color is the tee's (or the liner's); details loop.
    case(
        "X1463-032",
        caption("a man in a black shirt and grey shorts with black leggings"),
        Q.wearing("black shirt, grey shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(
            "the shorts have a built in tights and a reflective logo and a reflective logo and a reflective logo and"
            " a reflective logo and a reflective",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Under Armour Men Grey Launch 2-in-1 Running Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Royal blue football jersey with a white printed chevron at the shoulders and a white swoosh, white shorts.
    # BLIP-2 + VQA adapter; the closed color is the shorts' white, the description is cut, the material is wrong
    # for Dri-FIT.
    case(
        "X1463-033",
        caption("a man in a blue soccer jersey and white shorts"),
        Q.wearing("a blue shirt and white shorts"),
        Q.garment_type("jersey"),
        Q.color("white", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue and white soccer jersey with a white nike logo on the chest and white stripes on the shoulders and"
            " white stripes on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Blue Dri-FIT Academy Football Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Navy track jacket with a red panel across the chest and shoulders and white logo tape down the sleeves, black
    # track pants. BLIP-2 + VQA adapter: color gives the red panel; material loops.
    case(
        "X1463-034",
        caption("a man wearing a blue and red jacket with white stripes on the sleeves"),
        Q.wearing("blue and red jacket"),
        Q.garment_type("jacket"),
        Q.color("red", "contradiction"),
        Q.pattern("colorblock"),
        Q.sleeve_length("long"),
        Q.details("the jacket has a stand collar, a full zip and two zip pockets"),
        Q.material(
            "the jacket is made of polyester and the lining is made of polyester and the lining is made of polyester"
            " and the lining is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Kappa Men Navy Blue & Red Colourblocked Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Flat lay: black training tee with a silver reflective "HRX" print on the chest, white background.
    # BLIP-2 + VQA adapter; the description runs into its own next question.
    case(
        "X1463-035",
        caption("a black t - shirt with the word hrx on it"),
        Q.wearing("a black t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "a black t-shirt with a white logo on the front Question: What is the material of the t-shirt? Answer:"
            " cotton Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # White football jersey with a navy collar and navy sleeve cuffs, navy shorts. BLIP-2 + VQA adapter: the caption
    # is a bare "yes", color is the shorts', the description loops on one word.
    case(
        "X1463-036",
        caption("yes", "non_answer"),
        Q.wearing("a white soccer jersey and blue shorts"),
        Q.garment_type("jersey"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men White Solid Football Jersey",
        category="Tshirts",
        color="White",
    ),
    # Grey melange track pants, white tee, black sneakers. BLIP-2 + VQA adapter; the wearing answer greys the tee,
    # the raw garment type (unmapped, kept) goes on into the next question, the details loop.
    case(
        "X1463-037",
        caption("a man in a white shirt and grey pants standing in front of a white wall"),
        Q.wearing("grey shirt, grey pants", "contradiction"),
        Q.garment_type("pants Question: What is the color of the pants? Answer: grey", "leak"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.details(
            "elastic waist, drawstring, side pockets, elastic waist, drawstring, side pockets, elastic waist,"
            " drawstring, side pockets, elastic",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Proline Active Men Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Navy pullover hoodie with a large white logo print on the chest, black track pants; a basketball under his arm.
    # BLIP-2 + VQA adapter; the raw type asks itself the yes/no question, the description describes the ball.
    case(
        "X1463-038",
        caption("a man holding a basketball in a blue hoodie"),
        Q.wearing("a blue hoodie and black pants"),
        Q.garment_type("sweatshirt/hoodie Question: Is this a sweatshirt/hoodie? Answer: yes", "leak"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description("a basketball", "contradiction"),
        Q.details("the hoodie has a large white adidas logo on the front"),
        gender="Men",
        title="ADIDAS Men Navy Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Black lightweight hooded running jacket, zipped, reflective swoosh; black running tights. The row has no
    # category. BLIP-2 + VQA adapter; all texts right.
    case(
        "X1463-039",
        caption("a man in a black jacket and black pants"),
        Q.wearing("black jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black jacket with a hood and a zipper"),
        Q.material("nylon"),
        gender="Men",
        title="Nike Men Black Solid Packable Running Jacket",
        color="Black",
    ),
    # Lime green running shorts, white tee, model in a running pose. BLIP-2 + VQA adapter: the lime reads as yellow,
    # details say only what they are, the material loops.
    case(
        "X1463-040",
        caption("a man running in a white t - shirt and green shorts"),
        Q.wearing("a white shirt and green shorts"),
        Q.garment_type("shorts"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.details("they are shorts", "non_answer"),
        Q.material(
            "polyester and spandex and polyester and spandex and polyester and spandex and polyester and spandex and"
            " polyester and spandex and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Cultsport Men Lime Green Solid Running Shorts",
        category="Shorts",
        color="Lime Green",
    ),
    # Black fitted sleeveless gym vest, grey shorts, close-cropped model. BLIP-2 + VQA adapter; the caption says woman.
    case(
        "X1463-041",
        caption("a woman in a black tank top and grey shorts", "pronoun"),
        Q.wearing("a black tank top and grey shorts"),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Black Solid Sports Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Navy running tee with a small reflective printed logo on the chest, black shorts. BLIP-2 + VQA adapter: the
    # description only names the garment; the fabric is polyester, not cotton.
    case(
        "X1463-042",
        caption("a man in a blue t - shirt and black shorts"),
        Q.wearing("a blue shirt"),
        Q.garment_type("t-shirt"),
        Q.color("navy"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description("the garment is a t-shirt", "restated"),
        Q.details("reflective logo on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ASICS Men Navy Blue Printed Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Red track pants with white side piping, black tee. BLIP-2 + VQA adapter: color is the tee's, details loop.
    case(
        "X1463-043",
        caption("a man in a black shirt and red pants"),
        Q.wearing("black t-shirt and red pants"),
        Q.garment_type("pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(
            "the pants have a white stripe on the side and a pocket on the side and a pocket on the side and a pocket"
            " on the side and a pocket on",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Red Solid Track Pants",
        category="Track Pants",
        color="Red",
    ),
    # Black tracksuit with grey shoulder panels on the jacket, black pants. The row has no color column.
    # BLIP-2 + VQA adapter: the raw closed color (unmapped, kept) writes more questions; the description loops.
    case(
        "X1463-044",
        caption("a man in a black and grey track suit"),
        Q.wearing("a black and grey jacket and black pants"),
        Q.garment_type("tracksuit"),
        Q.color(
            "grey-black Question: What is the color of the pants? Answer: black Question: What is the color of the"
            " jacket? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("colorblock"),
        Q.sleeve_length("long"),
        Q.description(
            "a black and grey jacket with a zipper in the front and a black and grey jacket with a zipper in the"
            " front and a black",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black & Grey Colourblocked Tracksuit",
        category="Tracksuits",
    ),
    # Maroon zip-up hoodie worn open over a white tee, blue jeans. BLIP-2 + VQA adapter; the closed color is the
    # tee's, the raw sleeve answer loops, the details only name the garment.
    case(
        "X1463-045",
        caption("a man wearing a red hoodie and a white shirt"),
        Q.wearing("a red jacket and a white shirt and blue jeans"),
        Q.garment_type("hoodie"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves"
            " long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.details("hoodie", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Maroon Solid Hooded Zip-Up Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
]
