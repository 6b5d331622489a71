"""BLIND_1432 (45 products; Myntra men's bottoms, base BLIP-2 zero-shot): written blind in the sixty-fourth session.
Measured blind at 9207eb7 (the session's fifth and final rules): 47/51 failures found (92.2%) and 6/192 correct texts
flagged (3.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's bottoms (article types Jeans, Trousers, Track Pants, Shorts), each shot on a model
over a plain backdrop with a top, shoes and now and then a prop (stool, skateboard, blazer over the shoulder,
sunglasses); a few flat lays and back views. Catalog columns as Myntra exports them: title, category (the article
type), color (the base colour, Myntra's spelling: "Navy Blue", "Grey Melange", "Olive"), gender ("Men"); the gender
or the colour is missing on a few rows.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, no adapter. The
caption is the unprompted caption; the answers use the experiments' questionnaire in the `Question: ... Answer:`
format, with the garment word picked from the article type (jeans for Jeans, pants for Trousers and Track Pants,
shorts for Shorts), "What is he wearing?" for the person, the VQA data's yes/no garment question on some rows and the
closed pattern/material questions on others. Generation stops on the newline, so most answers are short; the few
that never emitted one ran to the limit (50 new tokens for captions, 30 for answers) and are marked hit_limit.
Colour answers are free generation, stored open.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near hues count as right
(navy = blue = dark blue, charcoal = grey, olive = green, khaki = beige = tan, tan = brown, maroon = red). A colour
answer about the product that names the top's colour is other_garment_color; a wrong colour that is nobody's colour
(grey for black jeans under a white shirt, brown for maroon) is contradiction, as is a garment kind the title denies
(jeans for track pants or shorts, "no" to the yes/no garment question). Answers about the top (shirt colour, "a
white shirt and jeans") are correct when the top is as said. A bare colour or fit as the "details" answer counts as
an answer when right; the bare garment word, "they are short", "i don't know" are non_answer; "the details of the
pants are the details of the pants" is restated. A material, brand or feature nobody can see or the title does not
give (wool, leather, a button fly under a sweater, a side stripe on solid track pants, the belt that is a prop) is
unsupported; "a man wearing" on a flat lay is unsupported too. "woman"/"she" for the male models with long hair is
pronoun. A loop that runs to the limit is loop, not cut; a long answer stopped mid-phrase by the limit is cut. An
answer that carries on with "Question: ... Answer:" or starts with "Answer:" is leak. About one text in five is
wrong, fewer than the usual four in ten: on plain studio shots of one bottom and one top the untuned model gets most
short answers right, and fails mostly by borrowing the top's colour, inventing details and the odd runaway answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

HE = "he"

BLIND_1432 = [
    # Model, front, plain grey backdrop: mid-blue skinny jeans, white crew-neck tee, white sneakers.
    # All texts: base blip2-opt-2.7b zero-shot; the description names a brand that is not the seller's.
    case(
        "X1432-001",
        caption("a man in a white t-shirt and blue jeans"),
        wearing("a white t-shirt and blue jeans", who=HE),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "skinny jeans"),
        is_a("pair of jeans", "yes"),
        describe("jeans", "the jeans are from levi's", "unsupported"),
        gender="Men",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: black jeans with light whiskering and two small knee scrapes, olive bomber over a grey tee.
    # Base model zero-shot.
    case(
        "X1432-002",
        caption("a man in a green jacket and black jeans"),
        wearing("a jacket and jeans", who=HE),
        color_of("jeans", "black", kind="open"),
        details("jeans", "ripped"),
        describe("jeans", "the jeans are black and ripped at the knees"),
        gender="Men",
        title="WROGN Men Black Slim Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Model: light-blue clean-look skinny jeans, white shirt with rolled sleeves, untucked. Base model zero-shot;
    # the colour answer takes the shirt's white.
    case(
        "X1432-003",
        caption("a man in a white shirt and blue jeans"),
        wearing("a white shirt and jeans", who=HE),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "the jeans are skinny and have a low rise"),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Men",
        title="Flying Machine Men Blue Jackson Skinny Fit Low-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: khaki chinos, navy polo shirt, brown loafers. Base model zero-shot; "details" gets the bare word back.
    case(
        "X1432-004",
        caption("a man in a blue polo shirt and khaki pants"),
        wearing("a polo shirt and khaki pants", who=HE),
        color_of("pants", "khaki", kind="open"),
        details("pants", "pants", "non_answer"),
        BLIND_QUESTIONS.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Khaki Regular Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Model: black track pants with a white drawstring, black tee, running shoes. Base model zero-shot; the
    # description turns the white drawstring into a side stripe.
    case(
        "X1432-005",
        caption("a man in a black t-shirt and black pants"),
        wearing("a black t-shirt and black pants", who=HE),
        color_of("pants", "black", kind="open"),
        details("pants", "the pants have a drawstring waist"),
        is_a("pair of track pants", "yes"),
        describe("pants", "the pants are black with a white stripe down the side", "unsupported"),
        BLIND_QUESTIONS.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Back view: dark indigo jeans, red tab on the right back pocket, white tee half tucked. Base model zero-shot.
    case(
        "X1432-006",
        caption("the back of a man wearing jeans"),
        wearing("jeans and a white t-shirt", who=HE),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "the jeans have a red tag on the back pocket"),
        describe("jeans", "levi's 511 jeans"),
        BLIND_QUESTIONS.material("denim"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: heather-grey joggers with ribbed cuffs, small Puma cat logo on the left thigh, black hoodie.
    # Base model zero-shot; the colour answer takes the hoodie's black.
    case(
        "X1432-007",
        caption("a man in a black hoodie and grey sweatpants"),
        wearing("a black hoodie and grey pants", who=HE),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details("pants", "the pants have a puma logo on the left leg"),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Men",
        title="Puma Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Model: medium-blue regular jeans, red-and-navy checked shirt, brown boots. Base model zero-shot; the details
    # answer invents a torn knee on clean-look jeans.
    case(
        "X1432-008",
        caption("a man in a plaid shirt and jeans"),
        wearing("he is wearing a plaid shirt and jeans", who=HE),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "the jeans have a hole in the knee", "unsupported"),
        BLIND_QUESTIONS.material("denim"),
        gender="Men",
        title="U.S. Polo Assn. Denim Co. Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Side view, running pose: black running shorts with a reflective swoosh, grey dri-fit tee.
    # Base model zero-shot.
    case(
        "X1432-009",
        caption("a man in a grey shirt and black shorts running"),
        wearing("shorts", who=HE),
        color_of("shorts", "black", kind="open"),
        details("shorts", "they are short", "non_answer"),
        describe("shorts", "the shorts are black and have a white nike logo"),
        gender="Men",
        title="Nike Men Black Dri-FIT Challenger Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Model sitting on a wooden stool (prop): olive cargo shorts, white tee, sneakers. Base model zero-shot; the
    # wearing answer gives the shorts the tee's white.
    case(
        "X1432-010",
        caption("a man sitting on a stool wearing a white shirt and green shorts"),
        wearing("a white t-shirt and white shorts", "other_garment_color", who=HE),
        color_of("shorts", "green", kind="open"),
        details("shorts", "the shorts have pockets on the sides"),
        BLIND_QUESTIONS.material("cotton"),
        gender="Men",
        title="Roadster Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Model: navy trousers, light pink shirt tucked in, brown belt. Base model zero-shot; the caption calls the navy
    # black, the answers have it blue.
    case(
        "X1432-011",
        caption("a man in a pink shirt and black pants", "contradiction"),
        wearing("a pink shirt and blue pants", who=HE),
        color_of("pants", "blue", kind="open"),
        details("pants", "the pants are slim fit"),
        describe("pants", "the pants are navy blue"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Louis Philippe Sport Men Navy Blue Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Model: mid-blue jeans faded on the thighs (low distress, no holes), black tee. Base model zero-shot; the details
    # answer never emits the newline and loops to the limit; the wearing answer gives the jeans the tee's black.
    case(
        "X1432-012",
        caption("a man in a black t-shirt and blue jeans"),
        wearing("a black t-shirt and black jeans", "other_garment_color", who=HE),
        color_of("jeans", "blue", kind="open"),
        details(
            "jeans",
            "the jeans are ripped and the jeans are ripped and the jeans are ripped and the jeans are ripped and the"
            " jeans are ripped and the jeans are ripped",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Men",
        title="Jack & Jones Men Blue Slim Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: charcoal formal trousers, white formal shirt, black shoes; no gender in the row. Base model zero-shot.
    case(
        "X1432-013",
        caption("a man in a white shirt and grey pants"),
        wearing("a white shirt and grey pants", who=HE),
        color_of("pants", "grey", kind="open"),
        details("pants", "the details of the pants are the details of the pants", "restated"),
        BLIND_QUESTIONS.material("wool", "unsupported"),
        title="Van Heusen Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Flat lay: beige trousers folded on white, no person. Base model zero-shot; the wearing answer makes up a man.
    case(
        "X1432-014",
        caption("a pair of beige pants on a white background"),
        wearing("a man wearing beige pants", "unsupported", who=HE),
        color_of("pants", "beige", kind="open"),
        details("pants", "the pants have belt loops and a button"),
        describe("pants", "a pair of beige pants"),
        gender="Men",
        title="Park Avenue Men Beige Smart Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Model: navy track pants with three white side stripes, white tee with a small logo. Base model zero-shot; the
    # description runs on to the limit and stops mid-phrase.
    case(
        "X1432-015",
        caption("a man in a white t-shirt and blue track pants"),
        wearing("a white shirt and blue pants with white stripes", who=HE),
        color_of("pants", "blue and white", kind="open"),
        details("pants", "three stripes on the side"),
        describe(
            "pants",
            "the track pants are navy blue with three white stripes down the side of the legs and an elastic"
            " waistband with a drawstring and two side pockets and a",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("striped"),
        gender="Men",
        title="Adidas Men Navy Blue Essentials 3-Stripes Tapered Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Model, front: black shorts with a green tropical-leaf print, white linen shirt open over a white tee.
    # Base model zero-shot; the description adds a back pocket nobody can see.
    case(
        "X1432-016",
        caption("a man wearing a white shirt and black floral shorts"),
        wearing("a white shirt and shorts", who=HE),
        color_of("shorts", "black", kind="open"),
        details("shorts", "the shorts have a floral print"),
        describe("shorts", "the shorts have a zipper pocket on the back", "unsupported"),
        BLIND_QUESTIONS.pattern("floral"),
        BLIND_QUESTIONS.material("cotton"),
        gender="Men",
        title="HERE&NOW Men Black Printed Regular Shorts",
        category="Shorts",
        color="Black",
    ),
    # Model: beige chinos rolled at the hem, navy-and-white striped tee, white sneakers. Base model zero-shot; the
    # colour answer takes the tee's navy stripes.
    case(
        "X1432-017",
        caption("a man in a striped shirt and beige pants"),
        wearing("a striped shirt and khaki pants", who=HE),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("pants", "the pants are rolled up at the bottom"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Mufti Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Model: light-blue jeans with big rips at both knees, grey hoodie. Base model zero-shot, all right.
    case(
        "X1432-018",
        caption("a man in ripped jeans and a grey hoodie"),
        wearing("ripped jeans and a grey hoodie", who=HE),
        color_of("jeans", "light blue", kind="open"),
        details("jeans", "ripped"),
        describe("jeans", "ripped jeans with holes in the knees"),
        gender="Men",
        title="Spykar Men Blue Skinny Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Male model with long hair in a bun: olive chinos, cream shirt. Base model zero-shot; caption and description
    # take him for a woman.
    case(
        "X1432-019",
        caption("a woman in a white shirt and green pants", "pronoun"),
        wearing("a white shirt and green pants", who=HE),
        color_of("pants", "green", kind="open"),
        details("pants", "the pants have pockets"),
        describe("pants", "she is wearing green pants", "pronoun"),
        gender="Men",
        title="Highlander Men Olive Green Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
    ),
    # Model holding a skateboard (prop): black slim joggers with elastic cuffs, white graphic tee. Base model
    # zero-shot; it says no to track pants (they are joggers, filed as Track Pants).
    case(
        "X1432-020",
        caption("a man holding a skateboard wearing black pants and a white shirt"),
        wearing("a white t-shirt and black pants", who=HE),
        color_of("pants", "black", kind="open"),
        details("pants", "the pants have a drawstring and elastic cuffs"),
        is_a("pair of track pants", "no", "contradiction"),
        gender="Men",
        title="Kook N Keech Men Black Solid Slim-Fit Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Model: black slim tapered jeans, white shirt, black boots. Base model zero-shot; the caption says grey, which
    # is nobody's colour here; the details answer runs on into the next question.
    case(
        "X1432-021",
        caption("a man in a white shirt and grey jeans", "contradiction"),
        wearing("a white shirt and black jeans", who=HE),
        color_of("jeans", "black", kind="open"),
        details("jeans", "slim Question: What is the color of the shirt? Answer: white", "leak"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Levis Men Black 512 Slim Tapered Fit Jeans",
        category="Jeans",
        color="Black",
    ),
    # Model: plain navy track pants, no stripes, grey melange tee. Base model zero-shot; the colour answer takes the
    # tee's grey and the details add a side stripe.
    case(
        "X1432-022",
        caption("a man in a grey t-shirt and blue sweatpants"),
        wearing("a grey t-shirt and blue sweatpants", who=HE),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("pants", "the pants are blue and have a white stripe on the side", "unsupported"),
        color_of("shirt", "grey", kind="open"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Three-quarter view: dark blue jeans, navy crew-neck sweater over the waistband, white sneakers. Base model
    # zero-shot; the fly is hidden by the sweater, and the description loops.
    case(
        "X1432-023",
        caption("a man in a blue sweater and jeans"),
        wearing("a blue sweater and blue jeans", who=HE),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "the jeans have a button fly", "unsupported"),
        describe(
            "jeans",
            "the jeans are blue, the sweater is blue, the jeans are blue, the sweater is blue, the jeans are blue, the"
            " sweater is",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.material("denim"),
        gender="Men",
        title="Pepe Jeans Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: grey fleece shorts with a drawstring, black tee. Base model zero-shot.
    case(
        "X1432-024",
        caption("a man in a black t-shirt and grey shorts"),
        wearing("a black shirt and grey shorts", who=HE),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "the shorts have a drawstring"),
        describe("shorts", "they are shorts", "non_answer"),
        BLIND_QUESTIONS.material("fleece"),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Men",
        title="Nike Men Grey Sportswear Club Fleece Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Model: grey trousers with a faint windowpane check, white shirt tucked. Base model zero-shot; the closed
    # pattern answer says solid where the details and the title say checked.
    case(
        "X1432-025",
        caption("a man in a white shirt and grey pants"),
        wearing("a white shirt and grey plaid pants", who=HE),
        color_of("pants", "grey", kind="open"),
        details("pants", "plaid"),
        BLIND_QUESTIONS.pattern("solid", "contradiction"),
        gender="Men",
        title="Allen Solly Men Grey Slim Fit Checked Regular Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Model in sunglasses: light-blue slim jeans, black shirt. Base model zero-shot; the colour answer takes the
    # shirt's black.
    case(
        "X1432-026",
        caption("a man in sunglasses and a black shirt"),
        wearing("a black shirt and blue jeans", who=HE),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "the jeans are light blue with a slim fit"),
        BLIND_QUESTIONS.pattern("solid"),
        is_a("pair of jeans", "yes"),
        gender="Men",
        title="Urbano Fashion Men Light Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: black track pants with zip pockets, black zip hoodie; no gender in the row. Base model zero-shot; the
    # wearing answer calls the track pants jeans.
    case(
        "X1432-027",
        caption("a man in a black jacket and black pants"),
        wearing("a black jacket and black jeans", "contradiction", who=HE),
        color_of("pants", "black", kind="open"),
        details("pants", "the pants have a zipper on the pocket"),
        BLIND_QUESTIONS.material("cotton"),
        title="Jockey Men Black Solid Track Pants 9500",
        category="Track Pants",
        color="Black",
    ),
    # Model, hands in pockets: blue tapered jeans, white shirt. Base model zero-shot; the details answer runs to the
    # limit and stops mid-phrase.
    case(
        "X1432-028",
        caption("a man in a white shirt and jeans with his hands in his pockets"),
        wearing("a white shirt and jeans", who=HE),
        color_of("jeans", "blue", kind="open"),
        details(
            "jeans",
            "the jeans are a slim fit with a tapered leg and a mid rise. the jeans are made of a stretchy denim that"
            " is comfortable and has a",
            "cut",
            hit_limit=True,
        ),
        describe("jeans", "blue jeans"),
        gender="Men",
        title="WROGN Men Blue Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: blue denim shorts above the knee, white tee, pale blue backdrop. Base model zero-shot; the caption calls
    # the shorts jeans.
    case(
        "X1432-029",
        caption("a man in a white t-shirt and blue jeans", "contradiction"),
        wearing("a white t-shirt and denim shorts", who=HE),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "the shorts are denim"),
        BLIND_QUESTIONS.material("denim"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Model: black sweatpants with a white Puma logo on the left thigh, white tee. Base model zero-shot; the colour
    # answer takes the tee's white (the logo is small); the description says the question back.
    case(
        "X1432-030",
        caption("a man in a white t-shirt and black pants"),
        wearing("a white t-shirt and black pants", who=HE),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "the pants have a white puma logo on the left leg"),
        describe("pants", "the pants are pants", "restated"),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Men",
        title="Puma Men Black ESS Logo Sweatpants",
        category="Track Pants",
        color="Black",
    ),
    # Model: tan trousers, light-blue shirt tucked, brown leather belt. Base model zero-shot; the material answer is
    # the belt's.
    case(
        "X1432-031",
        caption("a man in a blue shirt and brown pants"),
        wearing("a blue shirt and brown pants", who=HE),
        color_of("pants", "brown", kind="open"),
        details("pants", "the details of the pants are the details of the pants", "restated"),
        BLIND_QUESTIONS.material("leather", "unsupported"),
        gender="Men",
        title="ColorPlus Men Tan Tailored Fit Solid Regular Trousers",
        category="Trousers",
        color="Tan",
    ),
    # Model: grey washed jeans, white tee, black jacket open. Base model zero-shot.
    case(
        "X1432-032",
        caption("a man in a black jacket and grey jeans"),
        wearing("a black jacket, a white shirt and grey jeans", who=HE),
        color_of("jeans", "grey", kind="open"),
        details("jeans", "i don't know", "non_answer"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Jack & Jones Men Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Model: maroon track pants with an elastic waist, black tee. Base model zero-shot; the colour answer says brown
    # where the caption and the seller have red/maroon.
    case(
        "X1432-033",
        caption("a man in a black shirt and red pants"),
        wearing("a black t-shirt and red sweatpants", who=HE),
        color_of("pants", "brown", "contradiction", kind="open"),
        details("pants", "the pants have an elastic waistband"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Alcis Men Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Flat lay: blue jeans folded, a brown leather belt laid beside them (prop, not threaded). Base model zero-shot.
    case(
        "X1432-034",
        caption("a pair of jeans and a belt on a white background"),
        wearing("jeans and a belt", who=HE),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "the jeans have a brown leather belt", "unsupported"),
        is_a("pair of jeans", "yes"),
        gender="Men",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Male model with shoulder-length hair: black running shorts, neon-green tee. Base model zero-shot.
    case(
        "X1432-035",
        caption("a woman in a green shirt and black shorts", "pronoun"),
        wearing("a green shirt and black shorts", who=HE),
        color_of("shorts", "black", kind="open"),
        details("shorts", "they are short", "non_answer"),
        BLIND_QUESTIONS.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Model, denim on denim: mid-blue regular jeans, light-blue denim shirt. Base model zero-shot, all right (both
    # garments are blue).
    case(
        "X1432-036",
        caption("a man in a denim shirt and jeans"),
        wearing("a denim shirt and jeans", who=HE),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "the jeans are blue and the shirt is blue"),
        describe("jeans", "blue jeans"),
        is_a("pair of jeans", "yes"),
        gender="Men",
        title="Levis Men Blue 505 Regular Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model with a blazer over the shoulder (prop): black formal trousers, white shirt. Base model zero-shot; the
    # details answer goes on into the next question instead of stopping.
    case(
        "X1432-037",
        caption("a man in a white shirt and black pants holding a jacket"),
        wearing("a white shirt and black pants", who=HE),
        color_of("pants", "black", kind="open"),
        details("pants", "the pants are black. Question: what is the color of the shirt? Answer: white", "leak"),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Back view: grey track pants with one back pocket, white tee; no gender in the row. Base model zero-shot.
    case(
        "X1432-038",
        caption("a man in a white t-shirt and grey pants standing with his back to the camera"),
        wearing("a white t-shirt and grey sweatpants", who=HE),
        color_of("pants", "grey", kind="open"),
        details("pants", "the pants have a pocket on the back"),
        describe("pants", "grey pants"),
        BLIND_QUESTIONS.material("cotton"),
        title="Proline Active Men Grey Solid Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # Model: beige chino shorts, navy short-sleeve shirt. Base model zero-shot; the colour answer takes the shirt's
    # navy.
    case(
        "X1432-039",
        caption("a man in a blue shirt and khaki shorts"),
        wearing("a blue shirt and khaki shorts", who=HE),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        details("shorts", "the shorts are khaki and have belt loops"),
        describe("shorts", "khaki shorts"),
        gender="Men",
        title="Highlander Men Beige Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Model: light-blue slim jeans, white shirt. Base model zero-shot; the caption never emits the newline and
    # loops to the limit, the details answer is the garment word.
    case(
        "X1432-040",
        caption(
            "a man in a white shirt and blue jeans with a white shirt and blue jeans with a white shirt and blue jeans"
            " with a white shirt and blue jeans with a white shirt and blue jeans with a white shirt and blue jeans"
            " with a white shirt and blue jeans",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and jeans", who=HE),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "jeans", "non_answer"),
        is_a("pair of jeans", "yes"),
        gender="Men",
        title="Dennis Lingo Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: dark blue skinny jeans, white henley, brown suede boots, Lee patch visible on the waistband.
    # Base model zero-shot; the material answer is the boots', the description runs to the limit mid-phrase.
    case(
        "X1432-041",
        caption("a man in a white shirt and jeans"),
        wearing("he is wearing a white shirt, jeans and boots", who=HE),
        color_of("jeans", "dark blue", kind="open"),
        details("jeans", "the jeans are made by lee"),
        describe(
            "jeans",
            "the jeans are dark blue skinny jeans with a mid rise, they are made of stretch denim and have five pockets"
            " and a lee patch on the waistband and the legs are tucked into the",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.material("leather", "unsupported"),
        gender="Men",
        title="Lee Men Blue Bruce Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model: olive cargo trousers with side pockets, black tee, olive cap. Base model zero-shot; the wearing answer
    # gives both garments black, against the caption's green.
    case(
        "X1432-042",
        caption("a man in a black t-shirt and green cargo pants"),
        wearing("a black t-shirt and black pants", "contradiction", who=HE),
        color_of("pants", "green", kind="open"),
        details("pants", "the pants have pockets on the side"),
        color_of("shirt", "black", kind="open"),
        gender="Men",
        title="Roadster Men Olive Green Solid Regular Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Model: white slim jeans, navy shirt, tan loafers. Base model zero-shot; the details answer gives the jeans the
    # shirt's blue.
    case(
        "X1432-043",
        caption("a man in a blue shirt and white jeans"),
        wearing("a blue shirt and white pants", who=HE),
        color_of("jeans", "white", kind="open"),
        details("jeans", "the jeans are blue", "other_garment_color"),
        color_of("shirt", "blue", kind="open"),
        gender="Men",
        title="WROGN Men White Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="White",
    ),
    # Model: black track pants with three white side stripes and ankle zips, white tee. Base model zero-shot; the
    # wearing answer starts with the prompt's "Answer:".
    case(
        "X1432-044",
        caption("a man in a white t-shirt and black adidas pants"),
        wearing("Answer: a white t-shirt and black pants", "leak", who=HE),
        color_of("pants", "black", kind="open"),
        details("pants", "the pants have three white stripes down the side and zippers at the ankles"),
        BLIND_QUESTIONS.pattern("striped"),
        BLIND_QUESTIONS.material("polyester"),
        gender="Men",
        title="Adidas Men Black Tiro 21 Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Model: black slim jeans with a light wash at the thighs, light-grey tee; the colour column is empty in the
    # row. Base model zero-shot; the caption gives the jeans the tee's grey.
    case(
        "X1432-045",
        caption("a man in a grey t-shirt and grey jeans", "other_garment_color"),
        wearing("a grey shirt and black jeans", who=HE),
        color_of("jeans", "black", kind="open"),
        details("jeans", "the jeans are faded"),
        describe("jeans", "black washed jeans"),
        gender="Men",
        title="Urbano Fashion Men Black Slim Fit Washed Jeans",
        category="Jeans",
    ),
]
