"""BLIND_1000 (46 products; Myntra winterwear/activewear, epoch-1 captioner): written blind in the fifty-eighth session.
Measured blind at 6094d3e (the session's fourth rules): 117/128 failures found (91.4%) and 11/182 correct texts flagged
(6.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and women's winterwear and activewear: padded, bomber, denim, leather, rain and
windcheater jackets, sleeveless quilted jackets, crew-neck and hooded sweatshirts, track pants and joggers, running
and training tights. Catalog photos on a white backdrop, the product worn by a model who also wears other clothes (a
t-shirt under an open jacket, jeans under a sweatshirt, a tee or tank over track pants or tights). Rows carry the
seller's title, category (article type), color and gender; a few rows lack the color or the gender column.

Who wrote what: every caption and open answer is free generation by BLIP-2 OPT-2.7b with the caption adapter after
one epoch (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens for captions and 30 for
answers. At epoch 1 it still answers many questions in short base-model phrases ("a black hoodie and grey
sweatpants"), but it often falls back on the DeepFashion template ("The lady wears a long-sleeve sweatshirt with pure
color patterns ... The pants are with denim fabric"), says "pure color"/"color block"/"graphic"/"lattice" for
patterns, tacks on "There is an accessory on her wrist" or "a ring on her finger", and, trained without an end
token, sometimes loops or runs to the token limit. Having learned the prompt in its labels, it sometimes writes
"Question: ... Answer:" itself. Closed answers (garment type, color, pattern, sleeve length, hood, "Is this a ...?")
come from enrich's --engine reference, which ranks candidates with the same adapter and keeps one value.

Labeling conventions and judgement calls:
- The photo is the truth. Where the seller's color is a shade (Maroon, Lavender, Peach, Cream, Charcoal, Khaki, Teal),
  an answer with the shade or its coarse group (red, purple, pink, white, grey, beige) is correct.
- other_garment_color only on open texts (captions and free answers) that give the product the color of another
  garment in the photo (the tee under the jacket, the jeans under the sweatshirt). A closed color pick that is wrong,
  even when it is another garment's color, is labeled contradiction, as are wrong closed garment types, patterns,
  sleeve lengths, hood answers and "yes" to "Is this a <garment>?" for a garment that is not the product.
- Tights answered as "leggings", a sleeveless quilted jacket as "vest", a parka as "coat", a hoodie as "sweatshirt",
  joggers as "track pants" or "sweatpants" are correct (synonyms or the candidate set's nearest class).
- For a Multi (colour-blocked) product, a closed color that names one of its real blocks is correct.
- Materials: a fabric that fits what the photo shows (cotton for a fleece sweatshirt or joggers, nylon or polyester
  for a windcheater or rain jacket, leather for the title's leather jacket, denim for a denim jacket) is correct; a
  fabric the photo rules out (denim track pants, a leather windcheater, chiffon or furry for a sweatshirt or puffer)
  is unsupported, as are invented parts (a hood, belt, fur trim, back stripe, lining) and accessories not in the photo.
- A detail of another garment moved onto the product (the jeans' rips on the sweatshirt, the hoodie's hood on the
  jacket) is unsupported.
- non_answer: "yes"/"no" or a single word to a describe/details question, only the question's words back ("they are
  tights", "the pants are long"), or a template caption that never gives the color that was asked.
  restated: a sentence that echoes the question as its answer ("the track pants details are the track pants", "They
  are track pants."). The line between the two is thin; the echo of the question's own wording is restated.
- One label per text, the first to strike: a "Question: ... Answer:" in the text is leak even when it then repeats or
  runs to the limit; a repeated phrase that fills the budget is loop; a text that stops mid-sentence at the limit
  without repeating is cut. Loops, cuts and leaks that ran out of tokens carry hit_limit=True.
- pronoun: he/she, his/her, lady/man that disagree with the row's gender; rows without a gender get no pronoun label
  and their question says "the person".
- A correct but partial open answer ("a red raincoat", "black jacket") is correct: it says nothing false.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as BQ,
)
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

HOOD = question("hood", "Does the garment have a hood?", "closed")

BLIND_1000 = [
    # photo: man in a navy blue quilted puffer jacket zipped halfway over a white crew-neck t-shirt, mid-blue jeans,
    # hands in pockets, white backdrop, front view. Free texts: epoch-1 caption adapter; closed: reference.
    case(
        "X1000-001",
        caption(
            "The man wears a long-sleeve padded jacket with pure color patterns. It has a stand-up collar. He also "
            "wears a long pants with denim fabric. There is a white T-shirt under the jacket."
        ),
        color_of("jacket", "navy blue"),
        wearing("a navy blue puffer jacket over a white t-shirt and blue jeans", who="he"),
        details(
            "jacket",
            "The jacket has a stand-up collar and a zipper in the front. The jacket has a stand-up collar and a zipper "
            "in the front. The jacket has a",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("jacket"),
        BQ.pattern("striped", "contradiction"),
        material("The jacket is with leather fabric.", "unsupported"),
        title="Fort Collins Men Navy Blue Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a dusty pink crew-neck sweatshirt with white "BROOKLYN" lettering across the chest, black skinny
    # jeans, white backdrop, front view. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1000-002",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        BQ.pattern("graphic"),
        describe("sweatshirt", "a pink sweatshirt with white letters on the front"),
        wearing(
            "She is wearing a pink sweatshirt and black jeans. She is wearing a pink sweatshirt and black jeans. She "
            "is wearing a pink sweatshirt and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        BQ.sleeve_length("long sleeves"),
        title="Roadster Women Pink Printed Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in black track pants with a white stripe down each side and a small white Puma logo on the left thigh,
    # plain grey t-shirt, white sneakers, full-length front view on white. Free: epoch-1 adapter; closed: reference.
    case(
        "X1000-003",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric. The trousers are with cotton fabric and striped patterns. He wears a pair of sneakers."
        ),
        color_of("track pants", "grey", "other_garment_color", kind="open"),
        is_a("track pants", "yes", article="a pair of"),
        details("track pants", "white stripes on the side of the pants and a logo on the left leg"),
        BQ.color("black"),
        is_a("t-shirt", "yes", "contradiction"),
        material("The pants are with denim fabric.", "unsupported"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in black full-length tights with a small white swoosh at the left hip and a fitted charcoal grey
    # tank top, cropped at the ankles, three-quarter view on white. Free texts: epoch-1 adapter; closed: reference.
    case(
        "X1000-004",
        caption(
            "The lady wears a tank top with pure color patterns and a leggings. The tank top is with cotton fabric. "
            "The leggings are with cotton fabric and pure color patterns. The lady wears a tank top with pure color "
            "patterns and a",
            "loop",
            hit_limit=True,
        ),
        color_of("tights", "black"),
        wearing("a grey tank top and black leggings", who="she"),
        BQ.garment_type("leggings"),
        describe("tights", "Her tights are black with a white logo on the left hip."),
        details("tights", "they are tights", "non_answer"),
        title="Nike Women Black Pro Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange pullover hoodie with a kangaroo pocket and white drawstrings, black joggers, white
    # backdrop, front view. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-005",
        caption("a man wearing a grey hoodie and black pants standing in front of a white background"),
        HOOD("yes"),
        color_of(
            "hoodie",
            "grey, grey, grey, grey, grey, grey, grey, grey, grey, grey, grey, grey, grey, grey, grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("sweatshirt", "The sweatshirt has a hood with drawstrings and a kangaroo pocket in the front"),
        wearing("She is wearing a grey hoodie and black pants", "pronoun", who="he"),
        BQ.garment_type("sweatshirt"),
        BQ.color("black", "contradiction"),
        material("The sweatshirt is with cotton fabric."),
        title="HRX by Hrithik Roshan Men Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in an olive green bomber jacket, worn open, with black ribbed collar, cuffs and hem, over a black
    # t-shirt, blue skinny jeans, no jewellery or watch, white backdrop. Free: epoch-1 adapter; closed: reference.
    case(
        "X1000-006",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady "
            "also wears long denim pants. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        BQ.color("olive"),
        describe("jacket", "olive green bomber jacket with black ribbed cuffs and a zip front"),
        wearing(
            "Question: What is she wearing? Answer: a green jacket and jeans Question: What is the color of the "
            "jacket? Answer: green Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        title="Roadster Women Olive Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in navy blue track pants with three white side stripes and zipped ankles, plain white t-shirt, front
    # view on white. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-007",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and striped patterns. The T-shirt is with cotton fabric. It has a round neckline."
        ),
        BQ.color("white", "contradiction"),
        wearing("a white t-shirt and navy blue track pants with white stripes", who="he"),
        details(
            "track pants",
            "The pants have three white stripes on the sides and zippers at the ankles. The pants are with cotton "
            "fabric and striped patterns. The pants have",
            "cut",
            hit_limit=True,
        ),
        is_a("jeans", "no", article="a pair of"),
        color_of("pants", "navy blue", kind="open"),
        title="Adidas Men Navy Blue Tiro Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a maroon crew-neck sweatshirt (no hood) with a small white Puma cat logo on the left chest, light
    # grey track pants, side angle on white. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-008",
        caption("The woman is wearing a red sweatshirt and grey pants"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        describe("sweatshirt", "It is a sweatshirt.", "restated"),
        BQ.sleeve_length("long sleeves"),
        details(
            "sweatshirt",
            "a small logo on the chest Question: Describe the sweatshirt. Answer: a small logo on the chest Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        wearing("a maroon sweatshirt with a logo on the chest and light grey track pants", who="she"),
        BQ.garment_type("hoodie", "contradiction"),
        title="Puma Women Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a black nylon windcheater, zipped, hood down, small reflective silver logo on the chest, grey track
    # pants, white backdrop, front view. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-009",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "hooded collar. The man also wears long pants with cotton fabric.",
            "unsupported",
        ),
        HOOD("yes"),
        color_of("jacket", "black"),
        wearing("black jacket", who="he"),
        details(
            "jacket",
            "hood, zip, logo, hood, zip, logo, hood, zip, logo, hood, zip, logo, hood, zip, logo, hood",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        BQ.sleeve_length("short sleeves", "contradiction"),
        material("The jacket is with polyester fabric."),
        title="Wildcraft Men Black Hooded Windcheater Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in grey melange joggers with cuffed ankles and a drawstring waist, white tank top, front view on
    # white. The feed row has no color column. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        BQ.color("grey"),
        details("track pants", "the track pants details are the track pants", "restated"),
        wearing("a white tank top and grey joggers", who="she"),
        is_a("skirt", "no"),
        describe(
            "track pants",
            "The pants are grey with a drawstring at the waist and elastic cuffs at the ankles. The pants are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Proline Women Grey Melange Jogger Track Pants",
        category="Track Pants",
        gender="Women",
    ),
    # photo: man in a navy and white colour-blocked crew sweatshirt (navy top and bottom, a white band across the
    # chest), beige chinos, white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-011",
        caption(
            "The man wears a long-sleeve sweatshirt with color block patterns and a long trousers. The sweatshirt is "
            "with cotton fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        BQ.pattern("color block"),
        color_of("sweatshirt", "beige", "other_garment_color", kind="open"),
        describe("sweatshirt", "navy and white colour block sweatshirt with a crew neck and ribbed cuffs"),
        wearing(
            "The man wears a long-sleeve sweatshirt with color block patterns and a long trousers. The sweatshirt is "
            "with cotton fabric. The trousers are with cotton",
            "cut",
            who="he",
            hit_limit=True,
        ),
        BQ.garment_type("sweatshirt"),
        is_a("jacket", "yes", "contradiction"),
        title="United Colors of Benetton Men Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a bright red hooded rain jacket, hood down, zipped, two flap pockets, black leggings, white
    # backdrop; the inside is not visible. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-012",
        caption("a woman in a red rain jacket and black leggings"),
        HOOD("no", "contradiction"),
        color_of("jacket", "red"),
        details(
            "jacket",
            "The jacket has a hood, a zipper in the front and two pockets with flaps. It has a drawstring at the hem "
            "and a fleece lining inside",
            "unsupported",
        ),
        wearing("a red raincoat", who="she"),
        material("nylon"),
        title="Wildcraft Women Red Rain Jacket",
        category="Rain Jacket",
        color="Red",
        gender="Women",
    ),
    # photo: man in black compression tights under navy running shorts, plain grey t-shirt, full-length front view on
    # white. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-013",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. The shorts are with cotton fabric and pure color patterns. He wears leggings under the shorts."
        ),
        color_of("tights", "navy blue", "other_garment_color", kind="open"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        wearing("a grey t-shirt, navy shorts and black tights", who="he"),
        BQ.color("black"),
        details(
            "tights",
            "Question: What are the tights details? Answer: Question: What are the tights details? Answer: Question: "
            "What are the tights details? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Nike Men Black Pro Compression Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a lavender zip-up hoodie worn open over a white t-shirt, navy track pants, white backdrop, front.
    # Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-014",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. It has a hooded collar. The sweatshirt "
            "is with cotton fabric. The lady wears a long pants with cotton fabric."
        ),
        color_of("sweatshirt", "purple"),
        wearing("He is wearing a purple hoodie and blue pants", "pronoun", who="she"),
        describe("sweatshirt", "a light purple hoodie with a zip front, open over a white t-shirt"),
        BQ.pattern("striped", "contradiction"),
        HOOD("yes"),
        details("sweatshirt", "The sweatshirt has a zip front, a hood and a logo on the back", "unsupported"),
        material("cotton"),
        title="Sweet Dreams Women Lavender Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in olive jogger track pants with a black drawstring, cuffed ankles and side pockets, black t-shirt,
    # white sneakers, white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-015",
        caption("a man in black t-shirt and green jogger pants standing on a white background"),
        color_of("track pants", "black", "other_garment_color", kind="open"),
        BQ.color("olive"),
        details(
            "track pants",
            "The pants have elasticated cuffs at the ankles and side pockets. The pants have a drawstring waist",
        ),
        describe("track pants", "green", "non_answer"),
        is_a("track pants", "yes", article="a pair of"),
        wearing("a black t-shirt and brown cargo pants", "contradiction", who="he"),
        title="Roadster Men Olive Jogger Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a beige parka with a faux-fur-trimmed hood and a drawstring waist over a black sweater, blue
    # jeans, brown ankle boots, white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-016",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. It has a hooded collar. The lady wears a long "
            "pants with denim fabric and pure color patterns. She wears a pair of boots and a black sweater under the",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        BQ.color("beige"),
        describe("jacket", "a beige parka with a fur-trimmed hood and a drawstring at the waist"),
        HOOD("yes"),
        wearing("a coat", who="she"),
        BQ.garment_type("coat"),
        title="Vero Moda Women Beige Solid Parka Jacket",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a black crew-neck sweatshirt (no hood, no zip) with a large white and red "JUST DO IT" print across
    # the chest, blue jeans, white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-017",
        caption(
            "The man wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        color_of("sweatshirt", "black"),
        describe("sweatshirt", "black sweatshirt with white and red writing on the front"),
        details("sweatshirt", "The sweatshirt has a hood and a zipper on the front", "unsupported"),
        BQ.pattern("graphic"),
        wearing(
            "The man wears a long-sleeve sweatshirt with graphic patterns and a long pants. The man wears a "
            "long-sleeve sweatshirt with graphic patterns and a long pants. The",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Nike Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in navy blue tights with pink and white geometric print panels down the outer legs, plain white
    # short-sleeve sports tee, side view on white. Free texts: caption adapter epoch 1; closed answers: reference.
    case(
        "X1000-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a leggings. The T-shirt is with cotton "
            "fabric. The leggings are with cotton fabric and graphic patterns."
        ),
        color_of("tights", "pink", "contradiction", kind="open"),
        BQ.pattern("geometric"),
        describe("tights", "navy blue tights with a pink and white print on the sides"),
        wearing("white t-shirt and navy blue printed leggings", who="she"),
        BQ.material(
            "The leggings are with cotton fabric and graphic patterns. The leggings are with cotton fabric and graphic "
            "patterns. The leggings are with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Puma Women Navy Blue Printed Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a charcoal grey sleeveless quilted jacket, zipped, high neck, over a blue and white checked shirt
    # with long sleeves, khaki chinos, white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1000-019",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a vest. The shirt is with cotton fabric. The "
            "vest is with cotton fabric and pure color patterns. The man wears a long trousers."
        ),
        BQ.sleeve_length("long sleeves", "contradiction"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        BQ.color("grey"),
        details("jacket", "The jacket is sleeveless with a quilted pattern, a zip front and a high neck"),
        BQ.garment_type("vest"),
        describe(
            "jacket",
            "The jacket is a sleeveless quilted vest in charcoal grey with a zip front. It is worn over a blue and "
            "white checked shirt with the",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey vest over a blue checked shirt and khaki pants", who="he"),
        title="Monte Carlo Men Charcoal Grey Quilted Sleeveless Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in black track pants with a single pink stripe down each side, pink racerback tank, framed from
    # the waist to just above the ankles (no feet), white backdrop. Free: epoch-1 adapter; closed: reference engine.
    case(
        "X1000-020",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with cotton fabric. "
            "The pants are with cotton fabric and pure color patterns. She wears a pair of sneakers.",
            "unsupported",
        ),
        color_of("track pants", "pink", "other_garment_color", kind="open"),
        BQ.color("black"),
        describe("track pants", "black track pants with a pink stripe down each side and an elastic waist"),
        wearing("yes", "non_answer", who="she"),
        is_a("leggings", "no", article="a pair of"),
        title="HRX by Hrithik Roshan Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a dark brown faux-leather biker jacket with an asymmetric zip and zipped pockets, open over a white
    # t-shirt, black jeans, white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-021",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel collar. The man wears a long pants with denim fabric."
        ),
        material("leather"),
        color_of("jacket", "black", "contradiction"),
        describe("jacket", "brown leather biker jacket with a zip front and zipped pockets"),
        wearing(
            "a brown leather jacket, a white t-shirt and black jeans, a brown leather jacket, a white t-shirt and "
            "black jeans, a brown leather jacket,",
            "loop",
            who="he",
            hit_limit=True,
        ),
        details("jacket", "Question: What are the jacket details? Answer: the jacket has a zipper", "leak"),
        title="Roadster Men Brown Leather Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in an off-white crew sweatshirt with a black floral print on the front, light blue jeans, hands at
    # her sides, no rings, white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-022",
        caption("a woman wearing a white sweatshirt with a flower on it"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        BQ.pattern("floral"),
        describe("sweatshirt", "The sweatshirt is white with a black flower print on the front and long sleeves"),
        details(
            "sweatshirt",
            "The sweatshirt has a round neckline and long sleeves. The sweatshirt has a round neckline and long "
            "sleeves. The sweatshirt has a round",
            "loop",
            hit_limit=True,
        ),
        BQ.color("white"),
        wearing(
            "She wears a long-sleeve sweatshirt with floral patterns. Her pants are with denim fabric. There is a ring "
            "on her finger",
            "unsupported",
            who="she",
        ),
        title="Roadster Women Off White Printed Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: man in grey melange fleece joggers, a black pullover hoodie, black sneakers, front full-length on white.
    # Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-023",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns and a long pants. It has a hooded collar. "
            "The sweatshirt is with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "black", "other_garment_color", kind="open"),
        BQ.color("black", "contradiction"),
        details("pants", "The pants are long", "non_answer"),
        is_a("track pants", "yes", article="a pair of"),
        describe("pants", "her pants are grey with cuffed ankles", "pronoun"),
        wearing("a black hoodie and grey sweatpants", who="he"),
        title="Nike Men Grey Melange Fleece Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a light blue denim jacket with a button front and two flap chest pockets, no hood, open over a
    # white t-shirt, black skinny jeans, white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1000-024",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel collar. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jacket", "light blue"),
        material("denim"),
        details("jacket", "button front, two chest pockets with flaps, and a hood", "unsupported"),
        wearing("a denim jacket, a white t-shirt and black jeans", who="she"),
        BQ.garment_type("jacket"),
        HOOD("no"),
        describe(
            "jacket",
            "The jacket is light blue denim with a button front and two flap pockets on the chest. The sleeves have "
            "buttoned cuffs and the",
            "cut",
            hit_limit=True,
        ),
        title="Only Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a red crew-neck sweatshirt with a white FILA logo on the chest, black track pants, side-on pose,
    # white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-025",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The man wears a long-sleeve "
            "sweatshirt with pure color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        color_of("sweatshirt", "red", kind="open"),
        describe(
            "sweatshirt",
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric.",
            "pronoun",
        ),
        BQ.sleeve_length("long sleeves"),
        is_a("sweatshirt", "yes"),
        title="Fila Men Red Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in charcoal grey 7/8 training tights with a wide waistband, black long-sleeve running top, side
    # view on white. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-026",
        caption("A woman wearing black top and grey leggings on white background"),
        color_of("tights", "black", "contradiction"),
        BQ.garment_type("leggings"),
        describe("tights", "grey tights that end above the ankle with a wide waistband"),
        details(
            "tights",
            "the tights are grey and the tights are the tights are the tights are the tights are the tights are the "
            "tights are the tights are",
            "loop",
            hit_limit=True,
        ),
        wearing("a black long sleeve top and dark grey tights", who="she"),
        material("spandex"),
        title="Reebok Women Charcoal Grey Training Tights",
        category="Tights",
        color="Charcoal",
        gender="Women",
    ),
    # photo: man in a lime green and grey colour-blocked hooded windcheater with a black zip and two zip pockets, front
    # view only, over a black t-shirt, black track pants, white backdrop. Free: epoch-1 adapter; closed: reference.
    case(
        "X1000-027",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. It has a hooded collar. The man wears long "
            "pants with cotton fabric and pure color patterns."
        ),
        color_of("jacket", "green"),
        BQ.pattern("solid", "contradiction"),
        wearing("a green and grey jacket over black t-shirt with black pants", who="he"),
        describe(
            "jacket",
            "The jacket is green and grey with a hood and a zipper in the front. The jacket is green and grey with a "
            "hood and a zipper in the",
            "loop",
            hit_limit=True,
        ),
        details(
            "jacket", "the jacket has a hood, zipper, two pockets and a reflective strip on the back", "unsupported"
        ),
        title="Wildcraft Men Green Colourblocked Windcheater",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a mustard yellow pullover hoodie with white drawstrings and a front pocket, blue ripped jeans,
    # white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-028",
        caption("The lady wears a yellow hoodie and blue jeans"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        HOOD("yes"),
        describe("sweatshirt", "mustard yellow hoodie with a front pocket and white drawstrings"),
        wearing(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The pants are with "
            "denim fabric and pure color patterns. The lady wears",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("sweatshirt", "The sweatshirt has ripped knees", "unsupported"),
        BQ.color("yellow"),
        title="Roadster Women Mustard Yellow Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in royal blue track pants with white piping down the sides, red t-shirt, front view on white. The
    # feed row has no gender column, so the question asks about "the person". Free: epoch-1 adapter; closed: reference.
    case(
        "X1000-029",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("track pants", "red", "other_garment_color", kind="open"),
        BQ.color("blue"),
        wearing("Question: What is the person wearing? Answer: a red shirt and blue pants", "leak"),
        details("track pants", "white piping along the sides and an elastic waistband with a drawstring"),
        material("The pants are with denim fabric.", "unsupported"),
        title="Reebok Men Blue Track Pants",
        category="Track Pants",
        color="Blue",
    ),
    # photo: woman in a black glossy nylon puffer jacket with a hood (no fur), zipped to the chin, horizontal quilting,
    # grey melange joggers, white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-030",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. It has a hooded collar. The coat is with "
            "leather fabric.",
            "unsupported",
        ),
        color_of("jacket", "black"),
        HOOD("yes"),
        wearing("Answer: a black jacket and grey pants", "leak", who="she"),
        describe("jacket", "black puffer jacket with a hood and horizontal quilting"),
        BQ.garment_type("jacket"),
        details("jacket", "The jacket has fur trim on the hood and a belt at the waist", "unsupported"),
        title="Puma Women Black Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy blue crew-neck sweatshirt with a small embroidered logo on the chest, the white collar of a
    # shirt showing at the neck, mid-blue jeans, white backdrop. Free texts: epoch-1 adapter; closed: reference engine.
    case(
        "X1000-031",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is a white collar under the",
            "cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        BQ.color("navy blue"),
        wearing("a navy blue sweatshirt with a white shirt underneath and blue jeans", who="he"),
        describe("sweatshirt", "the sweatshirt is navy blue with a round neck and a small logo on the chest"),
        BQ.pattern("solid"),
        is_a("jacket", "no"),
        title="U.S. Polo Assn. Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in purple lounge track pants with a small white star print all over and a drawstring waist, plain
    # white t-shirt, front view on white. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-032",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        BQ.pattern("printed"),
        color_of("track pants", "purple"),
        describe("track pants", "purple pants with white stars all over them and a drawstring waist"),
        wearing("a white t-shirt and purple pajama pants", who="she"),
        details(
            "track pants",
            "the pants have white stars on them and the pants have white stars on them and the pants have white stars "
            "on them and the pants have",
            "loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Purple Printed Lounge Track Pants",
        category="Track Pants",
        color="Purple",
        gender="Women",
    ),
    # photo: man in a khaki Harrington-style jacket with a stand-up collar, zip open, over a navy t-shirt, dark blue
    # jeans, white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-033",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand-up collar. The man wears a long pants with denim fabric and pure color patterns."
        ),
        color_of("jacket", "navy blue", "other_garment_color", kind="open"),
        BQ.color("khaki"),
        wearing("She wears a long-sleeve jacket with pure color patterns and a long pants.", "pronoun", who="he"),
        details("jacket", "zip front, stand-up collar, two side pockets, ribbed cuffs and hem"),
        BQ.garment_type("jacket"),
        describe("jacket", "a black jacket with a stand-up collar and a zip front", "contradiction"),
        title="Duke Men Khaki Solid Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a charcoal grey sweatshirt with pink shoulder panels, black leggings, white backdrop, front.
    # Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-034",
        caption(
            "The lady wears a long-sleeve sweatshirt with color block patterns and a leggings. The sweatshirt is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        BQ.color("grey"),
        color_of("sweatshirt", "grey and pink", kind="open"),
        BQ.pattern("color block"),
        wearing("a grey and pink sweatshirt and black leggings", who="she"),
        details(
            "sweatshirt",
            "The sweatshirt has pink panels on the shoulders and a pink panels on the shoulders and a pink panels on "
            "the shoulders and a pink",
            "loop",
            hit_limit=True,
        ),
        material("The sweatshirt is with chiffon fabric.", "unsupported"),
        title="Puma Women Charcoal Grey & Pink Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: man in navy blue running tights with a reflective silver print at the calves, black shorts over them, a
    # fluorescent green t-shirt, white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-035",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. The shorts are with cotton fabric and pure color patterns. The man wears a pair of leggings under "
            "the",
            "cut",
            hit_limit=True,
        ),
        color_of("tights", "green", "other_garment_color", kind="open"),
        BQ.color("navy blue"),
        details(
            "tights", "reflective print on the calves Question: What is the color of the shorts? Answer: black", "leak"
        ),
        is_a("leggings", "yes", article="a pair of"),
        describe("tights", "The tights are the tights of the man", "restated"),
        wearing("a green t-shirt, black shorts and blue tights", who="he"),
        title="HRX by Hrithik Roshan Men Navy Blue Running Tights",
        category="Tights",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pastel pink quilted puffer jacket with a hood, zipped, a white turtleneck showing at the neck,
    # light blue jeans, white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-036",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. It has a hooded collar. The lady wears a "
            "long pants with denim fabric and pure color patterns."
        ),
        color_of("jacket", "white", "contradiction"),
        HOOD("yes"),
        wearing("pink jacket and blue jeans", who="she"),
        describe(
            "jacket",
            "the jacket is pink and has a hood and a hood and a hood and a hood and a hood and a hood and a hood and a "
            "hood and",
            "loop",
            hit_limit=True,
        ),
        material("The jacket is with furry fabric.", "unsupported"),
        details("jacket", "What are the jacket details?", "restated"),
        title="Fort Collins Women Pink Quilted Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a bottle green zip-up hoodie, zipped, plain sleeves, black track pants, white backdrop, front.
    # Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-037",
        caption("a man wearing a green hoodie and black pants"),
        color_of("sweatshirt", "green"),
        wearing("He is wearing a green hoodie with a zipper and black track pants", who="he"),
        details(
            "sweatshirt",
            "The sweatshirt has a zipper, a hood and two pockets on the front. The sleeves have a white stripe",
            "unsupported",
        ),
        BQ.garment_type("sweatshirt"),
        HOOD("yes"),
        BQ.color("black", "contradiction"),
        describe(
            "sweatshirt",
            "The sweatshirt is dark green with a hood and a zip front. The sweatshirt is with cotton fabric. It has a "
            "hooded collar. The man wears",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Green Hooded Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in navy blue track pants with three white side stripes and a matching navy track jacket worn open
    # over a white t-shirt, white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-038",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. The pants are with cotton fabric and striped patterns."
        ),
        BQ.color("navy blue"),
        color_of("track pants", "blue", kind="open"),
        wearing("a navy blue track jacket and matching track pants with a white t-shirt", who="she"),
        details("track pants", "three white stripes down the sides"),
        BQ.pattern("solid", "contradiction"),
        material("The pants are with denim fabric and striped patterns", "unsupported"),
        title="Adidas Women Navy Blue Striped Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a maroon hooded padded jacket, open, over a grey sweatshirt, black jeans, white backdrop; the
    # jacket has side pockets only and no belt. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-039",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. It has a hooded collar. The man wears a long "
            "pants with denim fabric and pure color patterns. The jacket is with cotton fabric. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        BQ.color("maroon"),
        wearing("a maroon puffer jacket over a grey sweatshirt with black jeans", who="he"),
        HOOD("yes"),
        details("jacket", "no", "non_answer"),
        describe(
            "jacket",
            "The jacket is red with a hood. It has two pockets on the chest and a belt at the waist",
            "unsupported",
        ),
        title="Jack & Jones Men Maroon Padded Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in plain black ankle-length tights under a long grey melange tunic sweatshirt that covers the hips,
    # white backdrop, front view. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-040",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a leggings. The sweatshirt is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("tights", "grey", "other_garment_color", kind="open"),
        is_a("sweatshirt", "yes", "contradiction"),
        BQ.color("black"),
        describe("tights", "black ankle length leggings"),
        wearing(
            "Question: What is she wearing? Answer: a sweatshirt and leggings Question: What is she wearing? Answer: "
            "a sweatshirt and leggings Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="Jockey Women Black Ankle-Length Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a cream crew-neck sweatshirt with a red batwing logo on the chest, dark indigo jeans, brown boots,
    # white backdrop, full length. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-041",
        caption(
            "The man wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        BQ.color("white"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        describe("sweatshirt", "cream sweatshirt with a red logo on the chest"),
        details("sweatshirt", "yes", "non_answer"),
        BQ.pattern("striped", "contradiction"),
        wearing("a white sweatshirt, dark blue jeans and brown boots", who="he"),
        title="Levis Men Off White Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in a teal, purple and white colour-blocked hooded windcheater, zipped, black tights, white backdrop.
    # Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-042",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. It has a hooded collar. The lady wears a "
            "leggings with cotton fabric and pure color patterns."
        ),
        BQ.color("purple"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        BQ.pattern("color block"),
        wearing(
            "a jacket and leggings a jacket and leggings a jacket and leggings a jacket and leggings a jacket and "
            "leggings a jacket and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details("jacket", "hood, zipper and the colors are teal, purple and white"),
        title="Wildcraft Women Multicoloured Colourblocked Windcheater",
        category="Jackets",
        color="Multi",
        gender="Women",
    ),
    # photo: man in charcoal track pants with a drawstring waist and side pockets, a white t-shirt with a navy print,
    # white backdrop. The feed row has no color column. Free texts: epoch-1 adapter; closed: reference engine.
    case(
        "X1000-043",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns."
        ),
        BQ.color("white", "contradiction"),
        color_of("track pants", "dark grey", kind="open"),
        wearing("The man is wearing a white t-shirt with a blue print and dark grey track pants", who="he"),
        details(
            "track pants",
            "The pants have a drawstring waist and two side pockets. The pants have a drawstring waist and two side "
            "pockets. The pants have a",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("pants"),
        material("The pants are with cotton fabric"),
        title="Proline Men Charcoal Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: woman in a cropped peach sweatshirt with long sleeves, hands in the pockets of light blue high-waisted
    # jeans (no ring visible), white sneakers, white backdrop. Free texts: epoch-1 adapter; closed: reference engine.
    case(
        "X1000-044",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("sweatshirt", "pink"),
        describe("sweatshirt", "a cropped peach sweatshirt with a round neck and dropped shoulders"),
        wearing("His sweatshirt is peach and his jeans are blue", "pronoun", who="she"),
        BQ.sleeve_length("short sleeves", "contradiction"),
        details(
            "sweatshirt",
            "The sweatshirt is cropped and has a round neckline and ribbed cuffs. The jeans are high-waisted and "
            "light blue with a",
            "cut",
            hit_limit=True,
        ),
        title="Only Women Peach Cropped Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in an olive field jacket with four flap pockets, a zip and button placket, no hood of its own, over a
    # grey hoodie whose hood lies out over the collar, black jeans, white backdrop. Free: epoch-1; closed: reference.
    case(
        "X1000-045",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. It has a hooded collar. The jacket is with "
            "cotton fabric. The man wears long pants with denim fabric.",
            "unsupported",
        ),
        BQ.color("olive"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        details("jacket", "four flap pockets on the front and a zip with a button placket"),
        wearing("an olive jacket over a grey hoodie and black jeans", who="he"),
        HOOD("no"),
        BQ.garment_type("sweatshirt", "contradiction"),
        title="Roadster Men Olive Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in teal track pants with a small white Puma logo on the left thigh, drawstring waist, cuffed ankles,
    # a white cropped hoodie, white backdrop. Free texts: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1000-046",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. It has a hooded "
            "collar. The pants are with cotton fabric and pure color patterns."
        ),
        BQ.color("teal"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        describe("track pants", "They are track pants.", "restated"),
        wearing("a white hoodie and teal joggers", who="she"),
        BQ.garment_type("leggings", "contradiction"),
        details("track pants", "elastic waist with a drawstring, a white logo on the left thigh and cuffed ankles"),
        title="Puma Women Teal Track Pants",
        category="Track Pants",
        color="Teal",
        gender="Women",
    ),
]
