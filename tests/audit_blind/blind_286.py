"""BLIND_286 (46 products; men's sportswear and innerwear: tees, track pants, shorts, jackets, vests, briefs, socks):
written blind in the forty-third session. Measured blind at f8d22e8 (the session's rules as they stood): 90/121
failures found (74.4%) and 11/157 correct texts flagged (7.0%). The writer's notes, verbatim:

Scenario: an English catalog feed of men's sportswear and innerwear: running and gym tees, polos and base layers,
track pants and joggers, running and lounge shorts, track jackets, windcheaters and a puffer vest, innerwear vests,
briefs, trunks and boxers, and multipacks of socks and underwear. Studio model shots (white, grey, black or coloured
backdrops, one brick wall, most cropped) and packshots (flat lays on white or on wood, a hanger, an invisible
mannequin). Each row has the seller's title, category, color and gender; a few rows miss the gender or the color
(socks and multipacks mostly), as real feeds do. Multipacks have seller color "Assorted" or "Multi" or miss it.

Who wrote what: the base `Salesforce/blip2-opt-2.7b` with enrich's default questionnaire writes the captions and the
open answers (wearing, description, details, material, and this set's own "How many items are in the pack?" and
"What is written on the waistband?") unless the comment above a case says the caption adapter wrote them. The base
model writes short lowercase texts and stops on its own (never hit_limit; an early stop mid-phrase is still cut).
The caption adapter (epoch 3, DeepFashion template, "The gentleman wears a short-sleeve T-shirt with pure color
patterns. The T-shirt is with cotton fabric. ...") was trained with no end token, so every text of it runs to its
limit (50 new tokens for captions, 30 for answers) and has hit_limit=True; asked a question it returns the template.
The closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors, "Is this a ...?") are
enrich's `--engine reference` answers chosen from candidate sets: they never loop or get cut, but can pick the
wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, royal blue or teal; red for maroon; yellow for
  mustard; green for olive or fluorescent green; grey for charcoal or grey melange; tan for beige; white letters on
  a band whose lettering is light grey. Brown for olive, orange for mustard, yellow for fluorescent green, black for
  navy and black for charcoal are contradiction.
- A color that belongs to another piece in the photo (the shorts under a tee, the tee under a jacket or a track
  suit, the hoodie under a puffer vest, the shorts over running tights) given as the product's color is
  other_garment_color. An accent color (red panels on a black jacket) or a backdrop color (a red brick wall) given
  as the garment's color is contradiction.
- Garment synonyms are correct: tank top for an innerwear vest or a gym vest, boxer briefs or underwear for trunks
  and briefs, sweatpants, joggers or track pants for track pants, hoodie for a hooded zip jacket, shorts for woven
  boxers, track suit for a jacket-and-pants set. Trunks answered "briefs", briefs answered "shorts", a short-sleeve
  tee answered "tank top", a hooded jacket called a sweater by the adapter, tights answered "yes" to "Is this a pair
  of shorts?" and shorts answered "yes" to "pair of pants" are contradiction.
- Counts: a pack count or a caption count that disagrees with the title's pack size ("a pair of black socks" for a
  pack of 2, "four" for a pack of 6) is contradiction; a single color picked for a pack of assorted colors is
  contradiction; "multicolor" for it is correct.
- Materials: one named by the title is correct (polyester, nylon, cotton, mesh); a plausible "cotton" on a plain
  tee or shorts whose title names no fabric is correct; a fabric neither named nor visible (wool, leather, down,
  denim) is unsupported; one that the title contradicts (cotton for a polyester tee, wool for cotton socks) is
  contradiction.
- Invented details (a chest pocket, a logo, a hood, stripes on sleeves, a zip pocket on a back the photo does not
  show, a sleeve pocket, a button on drawstring shorts, a v-neck on a crew neck, a brand name on a waistband that
  reads otherwise, a garment below the crop) are unsupported.
- Adapter texts: all carry hit_limit. One that repeats a sentence of its template is loop; one that stops
  mid-sentence without repeating is cut (even where it invented a fabric or a wrist accessory before the cut); its
  template returned for the material question is restated; its template misnaming the garment is contradiction.
- Base answers: an early stop mid-phrase is cut; an empty answer, "the details of ...", "a material", "the material
  of the t-shirt" and "they are short" (for the shorts' details) are non_answer; a material question answered with
  the garment's name, or a waistband question answered "the waistband" or "the waistband of the underwear", is
  restated; a pattern word given for the material ("camouflage") is non_answer. A run-on into
  "Question: ... Answer: ..." is leak even where the first words are right. "woman" or "she" for a male model is
  pronoun. A short base answer that says the same words twice ("black pants and black pants", "polyester and cotton
  and polyester and cotton") is loop, without hit_limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

pack_count = question("pack_count", "How many items are in the pack?", "open")
waistband = question("waistband", "What is written on the waistband?", "open")

BLIND_286 = [
    # photo: model in a black short-sleeve crew-neck running tee, grey running shorts, white studio backdrop, front.
    # adapter: none
    case(
        "X286-001",
        caption("a man in a black t-shirt and grey shorts"),
        D.wearing("she is wearing a black t-shirt and grey shorts", "pronoun"),
        B.garment_type("t-shirt"),
        B.color("grey", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        D.material("polyester"),
        title="Men Black Solid Dri-FIT Polyester Running T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in navy track pants with white side tapes, a white tee, grey backdrop, full length front view.
    # adapter: caption
    case(
        "X286-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue track pants"),
        B.color("blue"),
        D.details("white stripes on the side"),
        color_of("pants", "white", "other_garment_color"),
        D.material("track pants", "restated"),
        title="Men Navy Blue Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in grey melange running shorts and a black tee, white backdrop, front view cropped at the knees.
    # adapter: none
    case(
        "X286-003",
        caption("a man in a black shirt and grey shorts"),
        D.wearing("a black shirt and grey shorts"),
        color_of("shorts", "black", "other_garment_color"),
        D.details("the shorts have a zipper pocket on the back", "unsupported"),
        D.description("grey shorts with a black stripe on the side", "unsupported"),
        D.material("it is made of", "cut"),
        is_a("shorts", "yes", article="a pair of"),
        title="Men Grey Melange Solid Running Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: packshot of a plain white sleeveless round-neck innerwear vest laid flat on white.
    # adapter: none
    case(
        "X286-004",
        caption("a white tank top on a white background"),
        B.garment_type("vest"),
        B.color("white"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.description("a white tank top with a black logo on the front", "unsupported"),
        D.material("cotton"),
        title="Men White Pure Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: packshot of three briefs (black, grey, navy) fanned out on white; waistbands printed "ACTIVE".
    # adapter: none
    case(
        "X286-005",
        caption("three pairs of underwear on a white background"),
        pack_count("two", "contradiction"),
        B.color("multicolor"),
        B.garment_type("shorts", "contradiction"),
        waistband("calvin klein", "unsupported"),
        D.details("the details of the underwear", "non_answer"),
        title="Men Pack of 3 Assorted Cotton Briefs",
        category="Briefs",
        color="Assorted",
        gender="Men",
    ),
    # photo: model in an olive green hooded full-zip windcheater worn open over a black tee, black track pants,
    # grey backdrop, front view.
    # adapter: caption, details
    case(
        "X286-006",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. It "
            "has a hooded neckline. The gentleman wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black pants"),
        B.color("green"),
        D.details(
            "The jacket is with nylon fabric and pure color patterns. It has a hooded neckline. The jacket is with "
            "nylon fabric and",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        D.material("cotton", "contradiction"),
        title="Men Olive Green Hooded Polyester Windcheater Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a red running tee with a white "RUN" print on the chest, black shorts, white backdrop.
    # adapter: none
    case(
        "X286-007",
        caption("a man in a red shirt with the word run on it"),
        D.wearing("a red t-shirt and black shorts"),
        B.color("red"),
        B.pattern("graphic"),
        D.description(
            "a red t-shirt with a white logo and black stripes on the sleeves",
            "unsupported",
        ),
        D.material("cotton", "contradiction"),
        title="Men Red Printed Polyester Running T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in charcoal joggers with ribbed ankle cuffs and a visible white drawstring, a light grey tee,
    # white sneakers, white backdrop, full length.
    # adapter: none
    case(
        "X286-008",
        caption("a man in a grey t-shirt and dark grey joggers"),
        D.wearing("he is wearing a grey shirt and grey sweatpants"),
        color_of("pants", "grey"),
        D.details("elastic cuffs at the ankles and a drawstring"),
        D.material("wool", "unsupported"),
        D.description(
            "a pair of grey sweatpants Question: What is the color of the sweatpants? Answer: grey",
            "leak",
        ),
        title="Men Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in royal blue trunks, cropped from the navel to mid thigh, white backdrop; plain blue waistband.
    # adapter: none
    case(
        "X286-009",
        caption("a woman in blue underwear", "pronoun"),
        D.wearing("blue boxer briefs"),
        B.garment_type("trunks"),
        B.color("blue"),
        waistband("the waistband", "restated"),
        D.details("the details of the trunks are", "cut"),
        title="Men Royal Blue Solid Trunks",
        category="Trunks",
        color="Blue",
        gender="Men",
    ),
    # photo: packshot of five pairs of plain white ankle socks fanned out on white.
    # adapter: none
    case(
        "X286-010",
        caption("five pairs of white socks on a white background"),
        pack_count("five"),
        B.color("white"),
        D.details("the socks have a red stripe at the top", "unsupported"),
        D.material("cotton"),
        D.description("five pairs of white socks with grey heels and toes", "unsupported"),
        title="Men Pack of 5 White Cotton Ankle Socks",
        category="Socks",
        color="White",
    ),
    # photo: model in a black zip-up track jacket with white stripes down the sleeves, zipped, grey joggers,
    # white backdrop.
    # adapter: caption
    case(
        "X286-011",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve jacket with color block patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket with white stripes"),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        B.garment_type("jacket"),
        D.description(
            "a black jacket with white stripes on the sleeves Question: What is the color of the jacket? Answer: black",
            "leak",
        ),
        title="Men Black Track Jacket with Striped Sleeves",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a maroon sports polo (collar, two-button placket) and navy shorts, white backdrop.
    # adapter: none
    case(
        "X286-012",
        caption("a man in a red polo shirt"),
        D.wearing("she is wearing a red polo shirt and blue shorts", "pronoun"),
        B.garment_type("polo shirt"),
        B.color("blue", "other_garment_color"),
        D.details("a collar, buttons on the front and a pocket on the chest", "unsupported"),
        D.material("polyester"),
        title="Men Maroon Polyester Sports Polo T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat lay of a plain grey melange crew-neck tee on a light wooden floor; no pocket.
    # adapter: none
    case(
        "X286-013",
        caption("a grey t-shirt on a wooden floor"),
        B.color("grey"),
        B.pattern("solid"),
        B.garment_type("t-shirt"),
        D.description("a grey t-shirt with a pocket on the chest", "unsupported"),
        D.material("", "non_answer"),
        title="Men Grey Melange Cotton Crew Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in black running shorts with neon green side panels and a white sleeveless vest, white wall.
    # adapter: none
    case(
        "X286-014",
        caption("a man in a white tank top and black shorts"),
        D.wearing("a white tank top and", "cut"),
        color_of("shorts", "white", "other_garment_color"),
        B.pattern("color block"),
        D.details("green on the sides"),
        is_a("shorts", "no", "contradiction", article="a pair of"),
        title="Men Black Colourblocked Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy padded puffer vest (sleeveless, zipped) over a grey hoodie, black pants, white backdrop.
    # adapter: none
    case(
        "X286-015",
        caption("a man wearing a blue vest and a grey hoodie"),
        B.garment_type("vest"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("grey", "other_garment_color"),
        D.description("a blue puffer vest with a zipper"),
        D.material("down", "unsupported"),
        D.wearing(
            "a blue jacket Question: What is the color of the hoodie? Answer: grey",
            "leak",
        ),
        title="Men Navy Blue Padded Puffer Vest",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: packshot of two trunks side by side (one black, one grey), black waistbands with white lettering.
    # adapter: none
    case(
        "X286-016",
        caption("two pairs of boxer briefs on a white background"),
        pack_count("two"),
        D.description("a black and grey boxer briefs"),
        waistband("white letters"),
        D.material("the underwear is made of", "cut"),
        B.garment_type("briefs", "contradiction"),
        title="Men Pack of 2 Cotton Trunks",
        category="Trunks",
        color="Assorted",
        gender="Men",
    ),
    # photo: model in a mustard short-sleeve running tee and black shorts, white backdrop.
    # adapter: caption, material
    case(
        "X286-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short pants. The short pants are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and black shorts"),
        B.color("yellow"),
        color_of("t-shirt", "orange", "contradiction"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Mustard Solid Slim Fit Running T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a black gym vest (deep armholes, small white brand print on the chest) against a red brick
    # wall, cropped at the waist.
    # adapter: none
    case(
        "X286-018",
        caption("a man in a black tank top standing in front of a brick wall"),
        D.wearing("a black tank top and grey shorts", "unsupported"),
        B.color("red", "contradiction"),
        B.sleeve_length("sleeveless"),
        D.details("a white logo on the chest"),
        D.material("polyester and cotton and polyester and cotton", "loop"),
        title="Men Black Printed Gym Vest",
        category="Vests",
        color="Black",
        gender="Men",
    ),
    # photo: packshot of three pairs of plain crew socks (grey, black, white) laid in a row on white, no logo.
    # adapter: none
    case(
        "X286-019",
        caption("three pairs of socks in different colors"),
        pack_count("three"),
        B.color("grey", "contradiction"),
        D.details("the socks have a", "cut"),
        D.material("a pair of socks", "restated"),
        D.description(
            "three pairs of socks in black, white and grey with a red logo",
            "unsupported",
        ),
        title="Men Pack of 3 Crew Length Sports Socks",
        category="Socks",
        color="Multi",
    ),
    # photo: model in teal 2-in-1 training shorts with black inner tights showing below, white tee, white backdrop.
    # adapter: none
    case(
        "X286-020",
        caption("a man in a white shirt and blue shorts"),
        D.wearing("a white t-shirt, blue shorts and black leggings"),
        color_of("shorts", "black", "other_garment_color"),
        D.details("they are short", "non_answer"),
        D.material("polyester"),
        title="Men Teal 2-in-1 Polyester Training Shorts",
        category="Shorts",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a white long-sleeve compression base layer tee (no hood) and black shorts, black backdrop.
    # adapter: none
    case(
        "X286-021",
        caption("a man in a white long sleeve shirt on a black background"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.garment_type("t-shirt"),
        D.description("a white shirt with long sleeves and a hood", "unsupported"),
        D.material("it is made of polyester and", "cut"),
        title="Men White Polyester Compression Long Sleeve Base Layer T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: flat lay packshot of plain black track pants on white.
    # adapter: description, material
    case(
        "X286-022",
        caption("a pair of black sweatpants on a white background"),
        D.description(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his",
            "restated",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("pants"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        title="Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white running tee with navy horizontal stripes and navy shorts, bareheaded, grey backdrop.
    # adapter: none
    case(
        "X286-023",
        caption("a man in a striped shirt and blue shorts"),
        B.pattern("striped"),
        B.color("white"),
        D.description("a white shirt with blue stripes"),
        D.material("a white and blue striped t-shirt", "restated"),
        D.wearing("a blue and white striped shirt, blue shorts and a black cap", "unsupported"),
        title="Men White Striped Running T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a black sports jacket with red shoulder panels, worn open over a black tee, black track
    # pants, white backdrop.
    # adapter: none
    case(
        "X286-024",
        caption("a man in a black and red jacket"),
        B.pattern("color block"),
        B.color("red", "contradiction"),
        D.wearing("a black and red jacket, a black shirt and black pants"),
        D.details("red panels on the shoulders and a zipper"),
        D.material("leather", "unsupported"),
        title="Men Black & Red Colourblocked Sports Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: packshot of a sky blue brief with a white waistband (woven "DIXON" lettering) on an invisible mannequin.
    # adapter: none
    case(
        "X286-025",
        caption("a pair of blue underwear"),
        B.garment_type("briefs"),
        B.color("blue"),
        D.description("a blue underwear with a white waistband"),
        D.material("cotton"),
        waistband("the waistband says jockey", "unsupported"),
        title="Men Sky Blue Solid Cotton Briefs",
        category="Briefs",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a grey melange hooded zip jacket with kangaroo pockets over a white tee, black joggers, white
    # backdrop.
    # adapter: caption, material
    case(
        "X286-026",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        B.color("grey"),
        is_a("jacket", "no", "contradiction"),
        D.details("a hood and a zipper and pockets"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded",
            "restated",
            hit_limit=True,
        ),
        title="Men Grey Melange Hooded Sports Jacket",
        category="Jackets",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: packshot of six pairs of plain black no-show socks piled on white.
    # adapter: none
    case(
        "X286-027",
        caption("a pile of black socks"),
        pack_count("four", "contradiction"),
        B.color("black"),
        D.description("black socks with a grey heel", "unsupported"),
        D.material("cotton"),
        title="Men Pack of 6 Black Cotton Blend No-Show Socks",
        category="Socks",
        color="Black",
    ),
    # photo: model in a royal blue running tee with white raglan sleeves and black shorts, against a blue wall.
    # adapter: none
    case(
        "X286-028",
        caption("a man in a blue and white shirt standing in front of a blue wall"),
        B.color("blue"),
        B.sleeve_length("short sleeves"),
        color_of("t-shirt", "black", "other_garment_color"),
        D.details("white sleeves"),
        D.description("a blue shirt Question: Describe the shorts. Answer: black shorts", "leak"),
        title="Men Blue Raglan Sleeve Running T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: packshot of three white trunks stacked on white, light grey waistbands.
    # adapter: none
    case(
        "X286-029",
        caption("three pairs of white boxer briefs"),
        pack_count("3"),
        B.garment_type("trunks"),
        B.color("white"),
        D.details("the underwear has a black waistband", "contradiction"),
        D.material("silk", "contradiction"),
        title="Men Pack of 3 White Cotton Trunks",
        category="Trunks",
        color="White",
        gender="Men",
    ),
    # photo: model in black track pants with white side piping (no logo), a red tee, white sneakers, grey backdrop.
    # adapter: none
    case(
        "X286-030",
        caption("a woman in a red shirt and black pants", "pronoun"),
        D.wearing("a red t-shirt and black track pants"),
        color_of("pants", "red", "other_garment_color"),
        D.details("white lines on the sides"),
        is_a("pants", "yes", article="a pair of"),
        D.description(
            "black track pants with white lines and a red logo on the leg",
            "unsupported",
        ),
        title="Men Black Track Pants with Contrast Piping",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: packshot of a navy lightweight running jacket on a wooden hanger against a white wall.
    # adapter: caption
    case(
        "X286-031",
        caption(
            "The jacket is long-sleeve with pure color patterns. The jacket is with nylon fabric. It has a stand "
            "neckline. There is an accessory on his wrist. The jacket has",
            "cut",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        B.garment_type("jacket"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.description("a blue jacket on a hanger"),
        D.material("nylon"),
        title="Men Navy Blue Lightweight Nylon Running Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a plain olive crew-neck sports tee and black track pants, white backdrop.
    # adapter: none
    case(
        "X286-032",
        caption("a man in a green t-shirt"),
        D.wearing("a green shirt and black pants"),
        B.color("brown", "contradiction"),
        B.pattern("solid"),
        D.material("it is made of a material", "non_answer"),
        D.description("a green t-shirt with a v-neck", "unsupported"),
        title="Men Olive Solid Sports T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: packshot of two woven boxers in blue-and-red checks, folded side by side on white.
    # adapter: none
    case(
        "X286-033",
        caption("two pairs of plaid shorts"),
        B.pattern("checked"),
        B.garment_type("shorts"),
        pack_count("two"),
        B.color("multicolor"),
        D.material("denim", "unsupported"),
        D.details("", "non_answer"),
        title="Men Pack of 2 Checked Boxers",
        category="Boxers",
        gender="Men",
    ),
    # photo: model in grey camouflage-print running shorts with a visible drawstring and a black tee, white backdrop.
    # adapter: none
    case(
        "X286-034",
        caption("a man in a black shirt and camouflage shorts"),
        B.pattern("printed"),
        color_of("shorts", "grey"),
        D.wearing(
            "a black t-shirt and camo shorts Question: What is the color of the shirt? Answer: black",
            "leak",
        ),
        D.details("the shorts have a drawstring"),
        D.material("camouflage", "non_answer"),
        title="Men Grey Camouflage Print Running Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a white innerwear vest and grey trunks, cropped from neck to mid thigh, white backdrop.
    # adapter: none
    case(
        "X286-035",
        caption("a man in a white tank top"),
        D.wearing("a white tank top and black underwear", "contradiction"),
        B.sleeve_length("sleeveless"),
        pack_count("one", "contradiction"),
        D.material("cotton"),
        B.color("grey", "other_garment_color"),
        title="Men Pack of 2 White Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: model in a black running tee with a white graphic of a runner on the chest, black track pants, white
    # backdrop.
    # adapter: caption, details
    case(
        "X286-036",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("graphic"),
        D.wearing("a black shirt with a picture of a man running on it"),
        title="Men Black Graphic Printed Running T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in beige drawstring sports shorts (no button, no front pockets visible) and a white tee, white
    # backdrop, cropped at the knees.
    # adapter: none
    case(
        "X286-037",
        caption("a man in a white shirt and tan shorts"),
        color_of("shorts", "white", "other_garment_color"),
        is_a("shorts", "yes", article="a pair of"),
        D.wearing("a white t-shirt, khaki shorts and white sneakers", "unsupported"),
        D.details("two pockets on the front and a button", "unsupported"),
        D.material("cotton"),
        title="Men Beige Solid Sports Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a red hooded rain jacket, zipped, black pants, white backdrop; no sleeve pocket.
    # adapter: none
    case(
        "X286-038",
        caption("a man in a red jacket with a hood"),
        D.wearing("he is wearing a red jacket and black pants and black pants", "loop"),
        B.color("red"),
        B.garment_type("jacket"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.details("a hood, a zipper, and a pocket on the sleeve", "unsupported"),
        title="Men Red Hooded Rain Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: model in a plain grey short-sleeve gym tee and black shorts against a grey wall.
    # adapter: none
    case(
        "X286-039",
        caption("a man in a grey shirt standing in front of a grey wall"),
        B.color("grey"),
        B.garment_type("tank top", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.description("a grey t-shirt"),
        D.details("a round neck, short sleeves and a logo on the sleeve", "unsupported"),
        D.material("the material of the t-shirt", "non_answer"),
        title="Men Grey Solid Slim Fit Gym T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in black briefs, cropped from navel to thigh, white backdrop; black waistband with light grey
    # lettering.
    # adapter: none
    case(
        "X286-040",
        caption("a man in black underwear and a black shirt", "unsupported"),
        D.wearing("black underwear"),
        B.garment_type("briefs"),
        B.color("black"),
        waistband("the waistband is black with white letters"),
        D.material("polyester and", "cut"),
        title="Men Black Solid Cotton Stretch Briefs",
        category="Briefs",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy track suit (zip jacket with a white chest panel, navy pants) over a white tee, white
    # backdrop.
    # adapter: none
    case(
        "X286-041",
        caption("a man in a blue jacket and blue pants"),
        D.wearing("a blue track suit"),
        color_of("jacket", "blue"),
        color_of("pants", "white", "other_garment_color"),
        is_a("tracksuit", "yes"),
        B.pattern("striped", "contradiction"),
        D.description("the jacket is blue and the pants are", "cut"),
        title="Men Navy Blue & White Colourblocked Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in black compression running tights (small white logo on the left thigh) under grey running
    # shorts, black tee, white backdrop.
    # adapter: none
    case(
        "X286-042",
        caption("a man in black leggings and grey shorts"),
        B.garment_type("leggings"),
        B.color("grey", "other_garment_color"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        D.description("black tights with a white logo on the thigh"),
        D.wearing(
            "a black shirt, grey shorts and black leggings Question: What is the color of the leggings? Answer: black",
            "leak",
        ),
        title="Men Black Solid Compression Running Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: model in navy trunks with a small white dot print, cropped from navel to thigh, white backdrop.
    # adapter: caption
    case(
        "X286-043",
        caption(
            "The gentleman wears a short pants with graphic patterns. The short pants are with cotton fabric. The "
            "gentleman wears a short pants with graphic patterns. The short pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("printed"),
        B.garment_type("trunks"),
        D.wearing("blue underwear with white polka dots"),
        D.details("the details of the underwear", "non_answer"),
        waistband("the waistband of the underwear", "restated"),
        title="Men Navy Printed Trunks",
        category="Trunks",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: packshot of two pairs of black crew socks side by side on white, small white logo at the ankle.
    # adapter: none
    case(
        "X286-044",
        caption("a pair of black socks", "contradiction"),
        pack_count("two"),
        B.color("black"),
        D.details("a white logo on the ankle"),
        D.material("wool", "contradiction"),
        title="Men Pack of 2 Black Cotton Crew Socks",
        category="Socks",
        color="Black",
    ),
    # photo: model in a plain fluorescent green running tee with mesh side panels and black shorts, white backdrop.
    # adapter: none
    case(
        "X286-045",
        caption("a man in a neon green shirt and black shorts"),
        B.color("yellow", "contradiction"),
        D.wearing("a green t-shirt and black shorts"),
        B.sleeve_length("short sleeves"),
        D.description(
            "a green shirt with a black collar and black stripes on the sleeves",
            "unsupported",
        ),
        D.material("mesh"),
        color_of("t-shirt", "black", "other_garment_color"),
        title="Men Fluorescent Green Running T-shirt with Mesh Panels",
        category="Tshirts",
        color="Fluorescent Green",
        gender="Men",
    ),
    # photo: model in charcoal grey cotton lounge shorts and a white sleeveless vest, white backdrop, front view.
    # adapter: wearing
    case(
        "X286-046",
        caption("a man in a white tank top and grey shorts"),
        D.wearing(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "black", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        D.material("cotton"),
        D.details(
            "grey shorts with a white drawstring and a pocket on the back",
            "unsupported",
        ),
        title="Men Charcoal Grey Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Charcoal",
        gender="Men",
    ),
]
