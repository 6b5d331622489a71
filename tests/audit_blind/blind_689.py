"""BLIND_689 (46 products; old Myntra men's feed, base BLIP-2 zero-shot): written blind in the fifty-fourth session.
Measured blind at 55c810f (the session's fifth rules): 116/136 failures found (85.3%) and 2/189 correct texts flagged
(1.1%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind: short product names ("Puma Men Grey Track Pants"),
men's shirts, t-shirts, jeans, trousers and track pants, 224x224 catalog shots on a white backdrop, mostly worn by
a model who also wears other garments (a tee under jeans, a jacket over track pants), one lower-body crop and one
back view. Catalog columns: title, category (article_type), color (base_colour), gender; a few rows lack a column.

Who wrote what: every free text is the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, 8-bit, greedy,
prompt "Question: <q> Answer:", 50 new tokens for captions and 30 for answers. Its habits: short lowercase answers,
"t - shirt" with spaced hyphens, one color reused for two garments, the color of the tee given to the jeans, a
bare word to an open question, invented pockets, logos and fabrics, "she" for a man now and then, and where it does
not stop on the newline it runs on into the next "Question: ... Answer:" or repeats a clause until the limit.
Closed answers (garment type, color, pattern, sleeve length, the yes/no garment question, and the closed color
questions) come from enrich's --engine reference ranking candidate values with the same base model: never loops or
cuts, only a wrong pick.

Labeling conventions and judgement calls:
- A closed answer that picks another garment's color (the tee's color for the jeans) is labelled contradiction;
  other_garment_color is kept for open answers and captions that give the product another garment's color.
- A color that belongs to the product's own stripes or print, given as the product's color ("black" for a white
  tee with black stripes, "white" for a navy shirt with white pinstripes), is a contradiction, not
  other_garment_color.
- A caption that gives another garment the product's color ("yellow pants" under the yellow tee, "purple pants"
  under the purple shirt) is a contradiction (one color for two garments); a caption that gives the product the
  other garment's color ("grey t - shirt and grey pants" for a maroon tee) is other_garment_color.
- A pattern taken from another garment ("plaid" jeans under a plaid shirt) is a contradiction.
- A single bare word or a yes/no to an open question (describe, details, wearing) is non_answer even when the word
  is true ("yellow" to "Describe the t-shirt."); two or more words that say something about the garment
  ("khaki pants", "blue jeans") count as an answer.
- "they are jeans" / "the person is wearing jeans" for the details question is non_answer (only the question's
  words back); an answer that turns the question itself around ("the details of the track pants are the track
  pants details", "what are the track pants details") is restated.
- Shades in the same family are correct: maroon called red, teal called green, charcoal called grey, cream called
  white, navy called blue, olive called green, khaki called beige. Charcoal called black, and beige linen called
  white in a caption where the other texts say beige, are contradictions.
- The "Brown" shirt that looks dark reddish-brown/maroon: "maroon", "dark red" and the reference engine's "brown"
  are all counted correct.
- "cotton" for a tee or shirt and "polyester" for track pants are plausible and counted correct; a fabric the
  title contradicts (cotton for linen, denim for corduroy) is a contradiction; a fabric nothing supports and that
  is wrong for the photo (wool track pants, leather jeans) is unsupported.
- Details the photo cannot show (back pockets in a front view, care labels, "made in italy", text on the back,
  cufflinks, a pen in the pocket) are unsupported.
- A text that both loops and hits the token limit is labelled loop; hit_limit is set on it. A text cut mid-phrase
  at the limit without repeating itself is cut.
- A text that runs on into "Question: ... Answer:" or "Answer: ..." is leak even when its first part is right.
- "she"/"her" for a Men row is pronoun; on the row with no gender column no pronoun failure is written.
- Sleeves rolled up on a long-sleeve shirt: "long sleeves" is correct.
- One failure kind per text: the most salient one.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_689 = [
    # photo: man in a white long-sleeve formal shirt with thin blue vertical stripes, buttoned, no pocket, navy
    # trousers, hands in pockets, white backdrop, front view. All free texts base BLIP-2; closed ones reference engine.
    case(
        "X689-001",
        caption("a man in a white and blue striped shirt and blue pants"),
        wearing("a striped shirt", who="he"),
        color_of("shirt", "white"),
        Q.pattern("striped"),
        describe("shirt", "it is a blue shirt with white stripes", "contradiction"),
        details("shirt", "the shirt has a pocket on the chest and a button down collar", "unsupported"),
        Q.sleeve_length("long sleeves"),
        Q.material("linen", "unsupported"),
        title="Peter England Men Stripes White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a yellow round-neck tee with a small black Puma cat logo on the chest, blue jeans, white
    # backdrop, front view. Base BLIP-2 free texts; garment type from the reference engine.
    case(
        "X689-002",
        caption("a man wearing a yellow t - shirt and yellow pants", "contradiction"),
        wearing("a yellow t - shirt"),
        color_of("t-shirt", "yellow", kind="open"),
        describe("t-shirt", "yellow", "non_answer"),
        details("t-shirt", "the t - shirt has a puma logo on the front"),
        Q.garment_type("t-shirt"),
        title="Puma Men Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in dark indigo slim jeans, white crew-neck tee half tucked, brown belt, white sneakers, white
    # backdrop, full length. Base BLIP-2 free texts; material open; yes/no from the reference engine.
    case(
        "X689-003",
        caption("a man in a white t - shirt and blue jeans"),
        wearing("jeans and a white t - shirt"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("jeans", "the jeans are slim fit and have a dark wash"),
        details("jeans", "they are jeans", "non_answer"),
        Q.material("denim"),
        Q.garment_type("trousers", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Wrangler Men Skanders Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black track pants with two white side stripes, drawstring waist, elastic cuffs, plain grey tee,
    # black sneakers, white backdrop, front view. Base BLIP-2 free texts; color and type from the reference engine.
    case(
        "X689-004",
        caption("a man in a grey shirt and black pants with white stripes"),
        wearing("she is wearing black pants and a grey shirt", "pronoun", who="he"),
        color_of("pants", "black"),
        color_of("track pants", "grey", "other_garment_color", kind="open"),
        Q.garment_type("track pants"),
        describe("pants", "black track pants with white stripes on the side"),
        details(
            "pants",
            "the pants have a zipper on the side and a zipper on the side and a zipper on the side and a zipper on"
            " the side and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in khaki flat-front chinos, navy blue polo tee, brown loafers, white backdrop, full length.
    # Base BLIP-2 free texts; color and garment type from the reference engine.
    case(
        "X689-005",
        caption("a man in a blue shirt and khaki pants"),
        wearing("a blue shirt and khaki pants"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.color("beige"),
        describe("pants", "khaki pants"),
        details("pants", "the pants are khaki Question: what is the color of the shirt? Answer: blue", "leak"),
        Q.garment_type("jeans", "contradiction"),
        title="Scullers Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a red-and-navy checked long-sleeve shirt, buttoned, untucked, blue jeans, white backdrop.
    # Base BLIP-2 free texts; closed color, pattern and sleeves from the reference engine.
    case(
        "X689-006",
        caption("a man wearing a red and blue plaid shirt and jeans"),
        wearing("a plaid shirt"),
        color_of("shirt", "blue", "contradiction"),
        Q.pattern("checked"),
        describe("shirt", "a red and blue checkered shirt with long sleeves and a collar"),
        details("shirt", "the shirt is made of 100% cotton and is machine washable", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Basics Men Red Checked Slim Fit Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a navy blue pique polo tee with white tipping on the collar and a small red embroidered logo on
    # the chest, beige chinos, white backdrop. Base BLIP-2 free texts; sleeves from the reference engine.
    case(
        "X689-007",
        caption("a man in a blue polo shirt and khaki pants"),
        wearing("a polo shirt"),
        color_of("shirt", "navy blue", kind="open"),
        describe("shirt", "it is a polo shirt"),
        details("shirt", "the collar has white stripes and there is a logo on the chest"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Navy Polo Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in light blue faded jeans with whiskering and ripped knees, black crew-neck tee, white backdrop,
    # front view. Base BLIP-2 free texts; closed color from the reference engine.
    case(
        "X689-008",
        caption("a man in a black t - shirt and black jeans", "other_garment_color"),
        wearing("black", "non_answer"),
        color_of("jeans", "black", "contradiction"),
        describe("jeans", "the jeans are light blue with holes in the knees"),
        details("jeans", "the jeans have a button fly and a red tab on the back pocket", "unsupported"),
        Q.material("denim"),
        title="Locomotive Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in navy track pants with red piping down the side and zipped side pockets, white tee, white
    # backdrop. Row has no gender column. Base BLIP-2 free texts; garment type from the reference engine.
    case(
        "X689-009",
        caption("a man in a white shirt and blue sweatpants"),
        wearing("a white t - shirt and blue pants"),
        color_of("track pants", "blue", kind="open"),
        describe(
            "track pants",
            "the track pants are blue and have a red stripe down the side. the track pants are blue and have a red"
            " stripe down the side. the track",
            "loop",
            hit_limit=True,
        ),
        details("track pants", "the details of the track pants are the track pants details", "restated"),
        Q.garment_type("track pants"),
        title="Proline Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: man in a solid light pink formal shirt, long sleeves, plain button cuffs, grey trousers, white
    # backdrop. Base BLIP-2 free texts; both closed color questions and sleeves from the reference engine.
    case(
        "X689-010",
        caption("a man in a pink shirt and grey pants"),
        wearing("he is wearing a pink shirt and grey pants", who="he"),
        color_of("shirt", "pink"),
        Q.color("grey", "contradiction"),
        describe(
            "shirt",
            "a pink shirt with a collar and buttons Question: What are the shirt details? Answer: the shirt has",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "the shirt has french cuffs with silver cufflinks", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Reid & Taylor Men Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a grey melange crew-neck tee with a large multicolor guitar graphic (no lettering), dark jeans,
    # white backdrop. Base BLIP-2 free texts; pattern from the reference engine.
    case(
        "X689-011",
        caption("a man wearing a grey t - shirt with a guitar on it"),
        wearing("a t - shirt with a guitar on it"),
        color_of("t-shirt", "grey", kind="open"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("t-shirt", "a grey t - shirt with a picture of a guitar and the words rock and roll", "unsupported"),
        details("t-shirt", "she is wearing a grey t - shirt with a guitar", "pronoun"),
        Q.material("cotton"),
        title="Tantra Men Grey Printed Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in charcoal grey formal trousers with a pressed crease, white shirt tucked in, black belt, black
    # shoes, white backdrop. Base BLIP-2 free texts; closed color, type and yes/no from the reference engine.
    case(
        "X689-012",
        caption("a man in a white shirt and black pants", "contradiction"),
        wearing("a white shirt and grey pants"),
        color_of("pants", "grey"),
        describe("pants", "the pants are white", "other_garment_color"),
        details("pants", "the pants have a crease down the front"),
        Q.garment_type("trousers"),
        is_a("pair of jeans", "no"),
        title="Arrow Men Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in black skinny jeans, red hooded sweatshirt, white sneakers, white backdrop, full length.
    # Base BLIP-2 free texts; closed color and yes/no from the reference engine.
    case(
        "X689-013",
        caption("a man in a red hoodie and black jeans"),
        wearing("a red hoodie"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        describe("jeans", "describe the jeans", "restated"),
        details(
            "jeans",
            "the jeans are black and skinny and the jeans are black and skinny and the jeans are black and skinny"
            " and the jeans are",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("track pants", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Lee Men Black Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in grey melange jogger track pants with ribbed ankle cuffs and a small white Puma logo on the left
    # thigh, black tee, white backdrop. Base BLIP-2 free texts; closed color and type from the reference engine.
    case(
        "X689-014",
        caption("a man in a black shirt and grey sweatpants"),
        wearing("a black t - shirt and grey sweatpants", who="he"),
        color_of("pants", "black", "contradiction"),
        Q.garment_type("track pants"),
        describe("pants", "black sweatpants with elastic cuffs", "other_garment_color"),
        details("pants", "the pants have a puma logo on the left leg"),
        Q.material("wool", "unsupported"),
        title="Puma Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in an olive green casual shirt with two flap chest pockets, sleeves rolled to the elbow, beige
    # chinos, white backdrop. Base BLIP-2 free texts; sleeves and pattern from the reference engine.
    case(
        "X689-015",
        caption("a man in a green shirt and khaki pants"),
        wearing("a green shirt"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        describe("shirt", "a green military style shirt with two pockets on the chest"),
        details("shirt", "the shirt has two pockets with flaps and epaulettes on the shoulders", "unsupported"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        title="Wrangler Men Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a white round-neck tee with black horizontal stripes, blue jeans, white backdrop.
    # Base BLIP-2 free texts; closed color and pattern from the reference engine.
    case(
        "X689-016",
        caption("a man in a black and white striped shirt"),
        wearing("shirt", "non_answer"),
        color_of("t-shirt", "black", "contradiction"),
        Q.pattern("striped"),
        Q.material("linen", "unsupported"),
        describe("t-shirt", "the t - shirt is white with black stripes and has a round neck"),
        details("t-shirt", "striped Question: What is the color of the t - shirt? Answer: black and white", "leak"),
        title="Flying Machine Men Striped White Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in navy blue flat-front formal trousers, light blue shirt tucked in, brown belt, white backdrop.
    # Base BLIP-2 free texts; closed color and type from the reference engine.
    case(
        "X689-017",
        caption(
            "a man in a blue shirt and blue pants and a blue shirt and blue pants and a blue shirt and blue pants and"
            " a blue shirt and blue pants and a blue shirt and blue pants and a blue shirt and blue",
            "loop",
            hit_limit=True,
        ),
        wearing("blue", "non_answer", who="he"),
        color_of("pants", "light blue", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        describe("pants", "navy blue dress pants with a flat front"),
        details("pants", "the pants have a pleated front and cuffed hems", "unsupported"),
        Q.garment_type("trousers"),
        title="Louis Philippe Men Navy Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in mid-blue straight jeans, navy-and-white checked shirt worn untucked over the waistband, white
    # backdrop, front view. Base BLIP-2 free texts; closed color from the reference engine.
    case(
        "X689-018",
        caption("a man in a plaid shirt and jeans"),
        wearing("a plaid shirt and jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "the jeans are blue and have a plaid pattern", "contradiction"),
        details("jeans", "the jeans have two front pockets"),
        Q.material("denim"),
        Q.garment_type("shirt", "contradiction"),
        title="Pepe Jeans Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black track pants with a neon green side stripe and a white Nike swoosh on the left thigh,
    # white tee, white backdrop, three-quarter side view. Base BLIP-2 free texts; closed ones reference engine.
    case(
        "X689-019",
        caption("a man in a white shirt and black pants with a green stripe"),
        wearing("a white t - shirt and black pants"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        describe("track pants", "black", "non_answer"),
        details(
            "track pants",
            "the track pants have a green stripe down the side of the leg, a nike swoosh on the left thigh, an"
            " elastic waistband with a drawstring and zippered",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.material("waterproof nylon", "unsupported"),
        title="Nike Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a black short-sleeve shirt with a small white floral print, untucked, blue jeans, white
    # backdrop. Base BLIP-2 free texts; color, pattern and sleeves from the reference engine.
    case(
        "X689-020",
        caption("a man wearing a black shirt with white flowers on it"),
        wearing("a black and white shirt"),
        color_of("shirt", "black"),
        Q.pattern("floral"),
        Q.material("silk", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("shirt", "the shirt is black with white flowers and it has short sleeves and a collar with buttons"),
        details("shirt", "the shirt details are the details on the shirt", "restated"),
        title="Mother Earth Men Black Printed Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a solid maroon crew-neck tee, dark grey track pants, white backdrop, front view.
    # Base BLIP-2 free texts; sleeves from the reference engine; material open.
    case(
        "X689-021",
        caption("a man in a grey t - shirt and grey pants", "other_garment_color"),
        wearing("he is wearing a maroon t - shirt", who="he"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        describe("t-shirt", "it is a plain red t - shirt with a crew neck and short sleeves"),
        details("t-shirt", "the t - shirt has a v - neck", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        title="Probase Men Maroon Tshirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: back view of a man in dark blue jeans, two stitched back pockets and a leather waist patch with the
    # Levi's logo, grey tee, white backdrop. Base BLIP-2 free texts; type and yes/no from the reference engine.
    case(
        "X689-022",
        caption("the back of a man in a grey shirt and blue jeans"),
        wearing("jeans", "non_answer"),
        color_of("jeans", "dark blue", kind="open"),
        describe("jeans", "the jeans have a leather patch on the back with the levi's logo"),
        details(
            "jeans",
            "the jeans have a leather patch on the back and the back pockets have stitching on them and the back"
            " pockets have stitching on them and the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        Q.color("grey", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Levis Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in loose light beige linen drawstring trousers, white linen shirt untucked, white backdrop.
    # Base BLIP-2 free texts; closed color from the reference engine; material open.
    case(
        "X689-023",
        caption("a man in a white shirt and white pants", "contradiction"),
        wearing("a white shirt and beige pants"),
        color_of("pants", "beige"),
        Q.material("cotton", "contradiction"),
        describe("pants", "loose beige pants with a drawstring"),
        details(
            "pants",
            "the pants have a drawstring at the waist, two side pockets, a wide leg and a loose fit that falls straight"
            " down to the ankles where the hem is",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Men Beige Linen Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a light blue denim shirt with two chest pockets and pearl snap buttons, black jeans, white
    # backdrop. Base BLIP-2 free texts; garment type from the reference engine.
    case(
        "X689-024",
        caption("a man in a denim shirt and black jeans"),
        wearing("a denim shirt and black jeans"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        describe("shirt", "a black denim shirt", "other_garment_color"),
        details("shirt", "pearl snap buttons and two chest pockets"),
        Q.material("denim"),
        Q.garment_type("jacket", "contradiction"),
        title="Levis Men Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in red track pants with white side stripes, black zip jacket worn open over a white tee, white
    # backdrop. Base BLIP-2 free texts; closed color and type from the reference engine.
    case(
        "X689-025",
        caption("a man in a black jacket with a hood and red pants", "unsupported"),
        wearing("a black jacket, a white t - shirt and red track pants", who="he"),
        color_of("pants", "red"),
        describe("pants", "the pants are black", "other_garment_color"),
        details("pants", "there are white stripes on the sides"),
        Q.garment_type("jacket", "contradiction"),
        title="Sports52 Men Red Track Pants",
        category="Track Pants",
        color="Red",
        gender="Men",
    ),
    # photo: man in an olive green long-sleeve henley tee with a three-button placket, blue jeans, white backdrop.
    # Base BLIP-2 free texts; closed color and sleeves from the reference engine.
    case(
        "X689-026",
        caption("a man in a green shirt and jeans"),
        wearing("she is wearing a green shirt and jeans", "pronoun"),
        color_of("t-shirt", "green"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("t-shirt", "a green long sleeved shirt with buttons"),
        details("t-shirt", "the t - shirt has three buttons at the neck Answer: the t - shirt is green", "leak"),
        Q.material("cotton"),
        title="Benetton Men Olive Henley Tshirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in grey washed slim jeans, navy crew-neck tee, white sneakers, white backdrop.
    # Base BLIP-2 free texts; closed color and yes/no from the reference engine.
    case(
        "X689-027",
        caption("a man in a blue t - shirt and gray jeans"),
        wearing("a blue shirt and grey jeans"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        Q.color("blue", "contradiction"),
        describe("jeans", "the jeans are grey and slim"),
        details("jeans", "the jeans are made in italy by a famous designer", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Spykar Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a purple-and-white small-check shirt with a button-down collar, long sleeves, navy chinos,
    # white backdrop. Base BLIP-2 free texts; color, pattern and sleeves from the reference engine.
    case(
        "X689-028",
        caption("a man in a purple shirt and purple pants", "contradiction"),
        wearing("a purple checkered shirt"),
        color_of("shirt", "purple"),
        Q.pattern("checked"),
        describe("shirt", "a description of the shirt", "restated"),
        details("shirt", "the shirt has a small check pattern and a button down collar"),
        Q.sleeve_length("long sleeves"),
        title="UCB Men Purple Check Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: man in black formal trousers, white shirt under a grey v-neck sweater, black shoes, white backdrop.
    # Base BLIP-2 free texts; type and yes/no from the reference engine.
    case(
        "X689-029",
        caption("a man in a grey sweater and black pants"),
        wearing("a grey sweater, a white shirt and black pants", who="he"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe(
            "pants",
            "the pants are black and they are black and they are black and they are black and they are black and"
            " they are black and they",
            "loop",
            hit_limit=True,
        ),
        details(
            "pants",
            "the pants have a flat front with two slanted side pockets, belt loops around the waistband and a sharp"
            " crease running down the front of each of the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants", "contradiction"),
        is_a("pair of jeans", "no"),
        title="Van Heusen Men Black Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: man in a teal (blue-green) round-neck tee with "NONSENSE" in white letters on the chest, blue jeans,
    # white backdrop. Seller color Teal, title says Green. Base BLIP-2 free texts; closed ones reference engine.
    case(
        "X689-030",
        caption("a man wearing a green t - shirt that says nonsense"),
        wearing("a t - shirt"),
        color_of("t-shirt", "teal", kind="open"),
        Q.color("green"),
        describe(
            "t-shirt",
            "a green t - shirt with the word nonsense written on it in white letters and a cartoon face under it",
            "unsupported",
        ),
        details("t-shirt", "nonsense", "non_answer"),
        Q.pattern("printed"),
        title="Mr. Men Men Nonsense Green Tshirts",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in charcoal track pants with an orange drawstring at the waist, orange tee, white backdrop.
    # Base BLIP-2 free texts; closed color and type from the reference engine.
    case(
        "X689-031",
        caption("a man in an orange shirt and gray pants"),
        wearing("orange", "non_answer"),
        color_of("track pants", "orange", "contradiction"),
        describe("track pants", "the track pants are grey with an orange drawstring"),
        details("track pants", "what are the track pants details", "restated"),
        Q.garment_type("track pants"),
        Q.material("cotton"),
        title="Reebok Men Charcoal Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a solid white formal shirt with a spread collar, long sleeves, no pocket, navy tie, charcoal
    # trousers, white backdrop. Row has no category column. Base BLIP-2 free texts; sleeves reference engine.
    case(
        "X689-032",
        caption("a man in a white shirt and a blue tie"),
        wearing("she is wearing a white shirt and a tie", "pronoun", who="he"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        describe("shirt", "a white dress shirt with a spread collar"),
        details("shirt", "the shirt has a pocket with a pen in it", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Arrow Men White Shirt",
        color="White",
        gender="Men",
    ),
    # photo: man in faded black jeans, white shirt with sleeves rolled up, white backdrop, full length.
    # Base BLIP-2 free texts; closed color and pattern from the reference engine; material open.
    case(
        "X689-033",
        caption("a man in a white shirt and black jeans"),
        wearing("he is wearing a white shirt and black jeans", who="he"),
        color_of("jeans", "black"),
        describe("jeans", "white", "other_garment_color"),
        details("jeans", "the jeans are black with a faded wash"),
        Q.pattern("solid"),
        is_a("pair of jeans", "no", "contradiction"),
        Q.material("leather", "unsupported"),
        title="Jack & Jones Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white polo tee, two-button placket, green tipping on collar and sleeve cuffs, small black Nike
    # swoosh on the chest, white shorts, holding a tennis racket, white backdrop, front view. Base BLIP-2 free
    # texts; closed ones from the reference engine.
    case(
        "X689-034",
        caption("a man in a white shirt holding a tennis racket and a tennis ball", "unsupported"),
        wearing("a white polo shirt and white shorts"),
        color_of("shirt", "white", kind="open"),
        describe(
            "shirt",
            "it is a white polo shirt with green trim on the collar and the sleeves, a nike swoosh on the left side of"
            " the chest and two buttons on the",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a nike logo on the chest and the words just do it on the back", "unsupported"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeves"),
        title="Nike Men White Polo Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in olive cargo trousers with flap side pockets on both legs, black tee, white backdrop.
    # Base BLIP-2 free texts; closed color and type from the reference engine; material open.
    case(
        "X689-035",
        caption("a man in a black shirt and green cargo pants"),
        wearing("she is wearing a black t - shirt and cargo pants", "pronoun"),
        color_of("pants", "green"),
        describe("pants", "the pants are black and have a lot of pockets", "other_garment_color"),
        details(
            "pants",
            "the pants have pockets on the sides and a pocket on the back and a pocket on the front and a pocket on"
            " the sides and a pocket",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        Q.material("cotton"),
        title="Roadster Men Olive Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a short-sleeve checked shirt in mustard, white and black, grey jeans, white backdrop.
    # Base BLIP-2 free texts; color, sleeves and pattern from the reference engine.
    case(
        "X689-036",
        caption("a man in a yellow plaid shirt"),
        wearing("a grey shirt and jeans", "other_garment_color"),
        color_of("shirt", "yellow"),
        Q.sleeve_length("short sleeves"),
        describe("shirt", "the shirt is yellow and it has a pattern of squares"),
        details("shirt", "the shirt has a hidden button down collar and mother of pearl buttons", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="US Polo Men Mustard Check Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in royal blue track pants with two white side stripes, white tee with a small blue chest print,
    # white backdrop. Row has no color column. Base BLIP-2 free texts; garment type from the reference engine.
    case(
        "X689-037",
        caption("a man in a white t - shirt and blue track pants"),
        wearing("a t - shirt and track pants", who="he"),
        color_of("track pants", "blue and white", kind="open"),
        describe(
            "track pants",
            "the track pants are blue with white stripes on the side Question: Describe the t - shirt. Answer: the t",
            "leak",
            hit_limit=True,
        ),
        details("track pants", "they are track pants", "non_answer"),
        Q.garment_type("track pants"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Kappa Men Blue Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: man in a black crew-neck tee with a large white skull-and-roses graphic, black jeans, white backdrop.
    # Base BLIP-2 free texts; color and pattern from the reference engine; material open.
    case(
        "X689-038",
        caption("a man in a black t - shirt with a skull on it"),
        wearing("she is wearing a black t - shirt with a skull on it and black jeans", "pronoun"),
        color_of("t-shirt", "black"),
        Q.pattern("printed"),
        describe(
            "t-shirt",
            "the t - shirt is black with a big white skull on the front, the skull has roses around it and the"
            " sleeves are short with a white",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the skull is wearing sunglasses", "unsupported"),
        Q.material("cotton"),
        title="Status Quo Men Black Printed Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: lower-body crop, waist down: mid-blue jeans and white sneakers, white backdrop.
    # Base BLIP-2 free texts; yes/no from the reference engine; material open.
    case(
        "X689-039",
        caption("a pair of blue jeans and white sneakers"),
        wearing("jeans and sneakers"),
        color_of("jeans", "blue Question: What is the color of the shoes? Answer: white", "leak", kind="open"),
        describe("jeans", "blue jeans"),
        details("jeans", "yes", "non_answer"),
        Q.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Wrangler Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in light grey ankle-length slim chinos, pink polo tee worn untucked, white sneakers, white backdrop.
    # Base BLIP-2 free texts; closed color and type from the reference engine.
    case(
        "X689-040",
        caption("a man in a pink shirt and grey pants"),
        wearing("pink", "non_answer", who="he"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.color("pink", "contradiction"),
        describe("pants", "the pants are light grey chinos"),
        details("pants", "the pants have a slim fit and a hidden coin pocket", "unsupported"),
        Q.garment_type("trousers"),
        title="Basics Men Grey Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a solid long-sleeve shirt of a dark reddish-brown that reads as maroon, one chest pocket, black
    # trousers, white backdrop. Seller says Brown. Base BLIP-2 free texts; closed ones reference engine.
    case(
        "X689-041",
        caption("a man in a maroon shirt and black pants"),
        wearing("what is the person wearing?", "restated"),
        color_of("shirt", "brown"),
        describe("shirt", "a dark red shirt with long sleeves and a pocket"),
        details("shirt", "the shirt is black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("checked", "contradiction"),
        Q.material("cotton"),
        title="John Miller Men Brown Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a lavender v-neck tee with a small white Nike swoosh on the chest, khaki shorts, white backdrop.
    # Base BLIP-2 free texts; closed color and sleeves from the reference engine.
    case(
        "X689-042",
        caption("a man in a purple shirt and khaki shorts holding a water bottle", "unsupported"),
        wearing("a purple t - shirt and shorts"),
        color_of("t-shirt", "pink", "contradiction", kind="open"),
        Q.color("purple"),
        describe("t-shirt", "the t - shirt is a v - neck"),
        details(
            "t-shirt",
            "the t - shirt has a v - neck and a nike logo on the chest and a nike logo on the sleeve and a nike"
            " logo on the back and a nike logo",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Nike Men Lavender Tshirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in dark indigo jeans, brown leather jacket open over a white tee, white backdrop, full length.
    # Base BLIP-2 free texts; closed color, type and yes/no from the reference engine.
    case(
        "X689-043",
        caption("a man in a brown leather jacket and jeans"),
        wearing("a brown jacket, a white t - shirt and jeans"),
        color_of("jeans", "brown", "contradiction"),
        describe("jeans", "the jeans are brown leather", "other_garment_color"),
        details("jeans", "the person is wearing jeans", "non_answer"),
        Q.garment_type("jacket", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Men Dark Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in light grey melange track pants with a navy side stripe, navy pullover hoodie, white backdrop.
    # Base BLIP-2 free texts; closed color from the reference engine; material open.
    case(
        "X689-044",
        caption("a man in a blue hoodie and grey sweatpants"),
        wearing("she is wearing a blue hoodie and grey pants", "pronoun", who="he"),
        color_of("track pants", "grey"),
        describe(
            "track pants",
            "grey track pants with a blue stripe Question: What is the color of the hoodie? Answer: navy",
            "leak",
        ),
        details(
            "track pants",
            "the track pants have zippered pockets and reflective strips for running at night",
            "unsupported",
        ),
        Q.material("polyester"),
        title="Fila Men Grey Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a navy blue long-sleeve shirt with thin white vertical pinstripes and a left chest pocket,
    # beige trousers, white backdrop. Base BLIP-2 free texts; pattern and sleeves from the reference engine.
    case(
        "X689-045",
        caption("a man wearing a blue striped shirt and khaki pants"),
        wearing("a striped shirt with a tie", "unsupported"),
        color_of("shirt", "white", "contradiction", kind="open"),
        describe("shirt", "a navy blue shirt with thin white stripes"),
        details(
            "shirt",
            "the shirt has thin white stripes, a spread collar, long sleeves with buttoned cuffs, a curved hem and a"
            " single pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        title="Arrow Men Navy Striped Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in brown corduroy trousers, cream crew-neck sweater, brown boots, white backdrop.
    # Base BLIP-2 free texts; closed color and yes/no from the reference engine; material open.
    case(
        "X689-046",
        caption("a man in a white sweater and white pants", "other_garment_color"),
        wearing("clothes", "non_answer"),
        color_of("pants", "brown"),
        describe("pants", "brown corduroy pants"),
        details("pants", "corduroy. Answer: the pants are brown corduroy", "leak"),
        Q.material("denim", "contradiction"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Blackberrys Men Brown Corduroy Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
]
