"""BLIND_790 (46 products; Myntra women's winterwear, caption adapter ep. 3): written blind in the fifty-fifth session.
Measured blind at d919c62 (the session's ninth rules): 109/138 failures found (79.0%) and 6/196 correct texts flagged
(3.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's winter wear: sweaters and cardigans (one shrug, one sweater vest),
sweatshirts and hoodies, jackets (puffers, denim, biker, track, bomber, utility) and coats (trench, peacoat,
overcoats), each photographed worn by a model on a white or light grey studio backdrop, front view unless noted,
nearly always with other garments visible (a tee or top under an open jacket, jeans, trousers, leggings, a skirt).
The seller's columns are title, category (Myntra article_type), color (base_colour) and gender; a few rows lack one.

Who wrote what: captions and every open answer come from the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b), greedy, 50 tokens for captions and 30 for answers.
It writes the DeepFashion template ("The lady wears a long-sleeve sweater with pure color patterns. The sweater is
with knitting fabric. It has a round neckline.") with no hue names in captions, often hands the caption template
back to a question, invents template accessories (a hat, a ring, "an accessory on her wrist"), loops and runs to
the token limit because no end token was trained, sometimes echoes the Question/Answer format, and now and then
answers a short plain phrase with a hue when the base model's knowledge shows through. Closed answers (garment
type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference, one candidate each:
they never loop or stop short, but can pick a wrong candidate.

Labeling conventions and judgement calls:
- other_garment_color: the product is given the color of another garment in the photo (the tee under the jacket,
  the jeans, the trousers). The reverse, the product's color spread to another garment ("grey coat and grey pants"
  when the trousers are black), or a closed color for another garment that no garment there has, is contradiction.
- A print's or logo's accent color given as the garment's color (pink for a black sweatshirt with a pink floral
  print, white for a black hoodie with a white logo) is contradiction, not other_garment_color.
- An attribute of another garment given to the product (sleeveless for a cardigan over a sleeveless top, checked
  for a plain sweater over a checked skirt) is contradiction; so is a wrong garment type (vest, dress, hoodie with
  no hood, a caption that describes the shirt under a sweater vest instead of the vest).
- Neighbouring shades are correct: olive as green, maroon and burgundy as red, teal and turquoise as blue, khaki as
  beige, cream as white or beige, rust as orange, tan as brown.
- A coat may be called a jacket or a coat, a zip hoodie a hoodie or sweatshirt, an overshirt jacket a shirt or a
  jacket, a cardigan a sweater or cardigan: none of these is a failure.
- Template fabrics: knitting for sweaters, cotton for sweatshirts, denim for denim, leather for faux leather,
  furry for teddy, other for puffers and coats are correct. Material answers are correct when they name what the
  surface plainly shows or the title says (knit, fleece, denim, faux leather, satin, quilted, cotton for a
  sweatshirt); a fiber neither visible nor titled (wool, cashmere, silk, down, genuine leather) is unsupported.
- unsupported: an invented detail not in the photo (a hood, a belt, epaulettes, a fur collar, a hat or an accessory
  the model is not wearing, pockets that are not there).
- loop and cut texts ran to the token limit (hit_limit=True); a caption cut at 50 tokens is cut even when what it
  said before the cut was right. A text that both loops and is cut is labeled loop.
- leak: the text echoes "Question: ... Answer:"; when a leak also repeats, it is labeled leak.
- non_answer: a one-word or yes/no answer to an open question, or only the question's garment back ("a sweater"
  to "Describe the sweater."). restated: the question turned into a sentence that says nothing ("the cardigan
  details are the details of the cardigan").
- pronoun: he, his, the man or the male for a Women's product; the template's "the female", "the lady", "her" are
  fine. The one row without a gender has no pronoun failure.
- A caption that gives no hue at all (the template) is not a failure; the template returned to an open color
  question with no hue in it is a non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_790 = [
    # photo: black quilted puffer jacket with a hood, worn open over a grey t-shirt and blue jeans; white backdrop;
    # front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-001",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with other fabric. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a black quilted jacket, a grey t-shirt and blue jeans"),
        color_of("jacket", "black"),
        details(
            "jacket",
            "the jacket has a hood, a zip front and quilted panels, the sleeves are long, the hood is, the hood is, "
            "the hood is, the hood is",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long-sleeve"),
        material("padded quilted fabric"),
        title="Fort Collins Women Black Quilted Hooded Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: maroon cable-knit crew-neck sweater, black trousers; white backdrop; front view, arms at her sides.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-002",
        caption(
            "The female wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The female wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        color_of("sweater", "maroon"),
        color_of("sweater", "the sweater is black", "other_garment_color", kind="open"),
        describe("sweater", "a maroon cable knit sweater with a round neck and ribbed cuffs"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("cardigan", "contradiction"),
        wearing(
            "The female wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The female wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        title="Monte Carlo Women Maroon Self Design Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt, small white Puma cat logo printed on the chest, no hood; black
    # track pants; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-003",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The lady wears a long pants."
        ),
        color_of("sweatshirt", "grey"),
        Q.pattern("graphic"),
        details("sweatshirt", "the sweatshirt has a hood and a kangaroo pocket", "unsupported"),
        describe("sweatshirt", "the sweatshirt is a sweatshirt", "restated"),
        wearing("a grey sweatshirt and grey track pants", "contradiction"),
        material("fleece"),
        is_a("hoodie", "yes", "contradiction"),
        title="Puma Women Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: olive knee-length parka with a faux-fur trimmed hood (down), drawstring waist, two flap pockets, zip and
    # button placket; worn open over a white top, black jeans, ankle boots; no hat; white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-004",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The lady wears a long pants. There is a hat on her head.",
            "unsupported",
        ),
        color_of("jacket", "green"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        wearing("an olive green parka with a fur hood over a white top, black jeans and ankle boots"),
        describe(
            "jacket",
            "it is a long olive parka with a fur trimmed hood and a drawstring at the waist. it has two flap "
            "pockets on the front and a zip and button placket. the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        material("leather", "unsupported"),
        title="Vero Moda Women Olive Solid Parka Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: navy pullover hoodie with white drawstrings and a kangaroo pocket, light blue jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-005",
        caption(
            "The female is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with "
            "cotton fabric. The female wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("sweatshirt", "blue"),
        color_of("jeans", "blue"),
        is_a("hoodie", "yes"),
        details(
            "sweatshirt",
            "the sweatshirt has a hood with white drawstrings, a kangaroo pocket and ribbed cuffs and a ribbed hem "
            "and a ribbed hem and a ribbed hem and",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a navy blue hoodie and jeans", "pronoun"),
        Q.pattern("solid"),
        title="Roadster Women Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach open-front longline cardigan with long sleeves over a white sleeveless top and blue skinny jeans;
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-006",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("cardigan", "white", "other_garment_color"),
        color_of("cardigan", "peach", kind="open"),
        Q.garment_type("cardigan"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("cardigan", "the cardigan details are the details of the cardigan", "restated"),
        material("knitting"),
        title="Madame Women Peach Open Front Cardigan",
        category="Sweaters",
        color="Peach",
        gender="Women",
    ),
    # photo: black Nike windrunner, zipped up, white chevron panel across the chest and a white swoosh, black
    # leggings; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-007",
        caption(
            "The lady is wearing a long-sleeve jacket with color block patterns. The jacket is with other fabric. "
            "The lady wears a leggings. The leggings are of long length."
        ),
        color_of("jacket", "black"),
        Q.pattern("color block"),
        wearing("black jacket and black leggings"),
        describe(
            "jacket",
            "Question: Describe the jacket. Answer: black jacket with white stripes on the chest. Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        material("leather", "unsupported"),
        is_a("coat", "no"),
        title="Nike Women Black Windrunner Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: mustard ribbed turtleneck sweater tucked into tan trousers, no belt; white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-008",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a stand neckline. The female wears a long trousers. The trousers are with cotton fabric."
        ),
        color_of("sweater", "yellow"),
        color_of("sweater", "brown", "other_garment_color", kind="open"),
        Q.sleeve_length("long-sleeve"),
        describe(
            "sweater",
            "a mustard ribbed turtleneck sweater tucked into tan trousers with a brown leather belt",
            "unsupported",
        ),
        details(
            "sweater",
            "the sweater has a high neck, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, ribbed, "
            "ribbed, ribbed",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        title="Duke Women Mustard Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: red crew-neck sweatshirt with "UNITED COLORS OF BENETTON" printed in white across the chest, blue
    # jeans; no watch or bracelet; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X790-009",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long pants. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("sweatshirt", "red"),
        Q.pattern("graphic"),
        wearing("a red sweatshirt with white letters and blue jeans"),
        details("sweatshirt", "red", "non_answer"),
        material("cotton"),
        title="United Colors of Benetton Women Red Printed Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Women",
    ),
    # photo: beige double-breasted knee-length trench coat, belted at the waist, black tights and black ankle boots;
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-010",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. There is a belt."
        ),
        Q.garment_type("coat"),
        color_of("coat", "beige"),
        color_of("coat", "black", "other_garment_color", kind="open"),
        details(
            "coat",
            "the coat has a lapel collar, double-breasted buttons, a belt at the waist, a belt at the waist, a belt "
            "at the waist, a belt",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The man wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric.", "pronoun"
        ),
        Q.pattern("solid"),
        title="ONLY Women Beige Solid Double-Breasted Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: teal crew-neck sweater with a white and red Fair Isle band across the chest only, grey jeans; white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-011",
        caption(
            "The lady is wearing a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric. "
            "It has a round neckline."
        ),
        color_of("sweater", "grey", "other_garment_color"),
        color_of("sweater", "red", "contradiction", kind="open"),
        Q.pattern("graphic"),
        describe("sweater", "a teal sweater with a white and red fair isle pattern across the chest"),
        material("wool", "unsupported"),
        is_a("sweatshirt", "no"),
        title="Fort Collins Women Teal Patterned Sweater",
        category="Sweaters",
        color="Teal",
        gender="Women",
    ),
    # photo: pink zip track jacket with a stand collar and three white stripes down the sleeves, black track pants
    # with white side stripes; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X790-012",
        caption(
            "The female wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The female wears a long pants. The pants are with cotton fabric and striped patterns."
        ),
        color_of("jacket", "pink"),
        color_of("pants", "pink", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        details(
            "jacket",
            "The female wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The female wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        wearing("he wears a pink track jacket and black track pants", "pronoun"),
        title="Adidas Originals Women Pink Firebird Track Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: charcoal single-breasted knee-length coat with notched lapels, buttoned, black trousers, black heels;
    # light grey studio backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-013",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with other fabric. It has "
            "a lapel neckline. The lady wears a long trousers."
        ),
        color_of("coat", "grey"),
        color_of(
            "coat",
            "the coat is grey, the coat is grey, the coat is grey, the coat is grey, the coat is grey, the coat is",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        material("wool blend"),
        Q.garment_type("dress", "contradiction"),
        describe(
            "coat", "a long charcoal grey coat with notched lapels and a single row of buttons, over black trousers"
        ),
        wearing("a grey coat and grey pants", "contradiction"),
        title="Wills Lifestyle Women Charcoal Wool Blend Overcoat",
        category="Jackets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: lavender pullover hoodie, white jogger pants, white sneakers; white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-014",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("sweatshirt", "purple"),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        details("sweatshirt", "the sweatshirt has a hood with drawstrings and a front pocket"),
        is_a("hoodie", "yes"),
        wearing("Question: What is the person wearing? Answer: purple hoodie and white pants", "leak"),
        Q.pattern("solid"),
        title="HRX by Hrithik Roshan Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: off-white chunky cable-knit crew sweater with puff long sleeves, light blue mom jeans; white backdrop
    # (cream on white). Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-015",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The female wears a long pants. The pants are with denim fabric and "
            "pure color patterns. Her",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "white"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        describe("sweater", "an off white cable knit sweater with puffed sleeves"),
        Q.pattern("solid"),
        material("sweater", "non_answer"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        title="ELLE Women Off White Cable Knit Sweater",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: rust suede-look biker jacket with an asymmetric zip and zip pockets, open over a black tee and black
    # jeans; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-016",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with other fabric. "
            "It has a lapel neckline. The lady wears a long pants."
        ),
        color_of("jacket", "orange"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        wearing("a black jacket over a black t-shirt and black jeans", "other_garment_color"),
        details(
            "jacket",
            "The jacket has a zip, zip, zip pockets and a zip, zip, zip cuffs, zip, zip, zip, zip, zip, zip, zip",
            "loop",
            hit_limit=True,
        ),
        material("genuine leather", "unsupported"),
        Q.garment_type("jacket"),
        title="Roadster Women Rust Solid Biker Jacket",
        category="Jackets",
        color="Rust",
        gender="Women",
    ),
    # photo: tan longline overcoat with wide lapels, no belt, worn open over a cream turtleneck sweater and white
    # wide-leg trousers; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-017",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with other fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("coat", "brown"),
        color_of("coat", "cream", "other_garment_color", kind="open"),
        Q.garment_type("coat"),
        describe("coat", "a long tan overcoat with wide lapels, worn open over a cream turtleneck and white trousers"),
        details("coat", "the coat has a belt", "unsupported"),
        is_a("jacket", "yes"),
        title="MANGO Women Tan Brown Solid Longline Overcoat",
        category="Jackets",
        color="Tan",
        gender="Women",
    ),
    # photo: black crew sweatshirt (no hood) with a large pink and white floral graphic on the chest, blue ripped
    # jeans; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-018",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with floral patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The lady wears a long pants. The pants are with denim fabric."
        ),
        color_of("sweatshirt", "pink", "contradiction"),
        Q.pattern("floral"),
        color_of("sweatshirt", "black with a pink and white flower print", kind="open"),
        wearing(
            "The man is wearing a long-sleeve sweatshirt with floral patterns. The sweatshirt is with cotton fabric.",
            "pronoun",
        ),
        details("sweatshirt", "the sweatshirt has a floral print on the front and a hood", "unsupported"),
        material("cotton"),
        title="Campus Sutra Women Black Floral Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue denim trucker jacket, button front, two chest flap pockets, pointed collar, over a white tee
    # and black jeans; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-019",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric."
        ),
        color_of("jacket", "blue"),
        Q.garment_type("jacket"),
        color_of("t-shirt", "blue", "contradiction"),
        details("jacket", "the jacket has two chest pockets with button flaps, a pointed collar and a button front"),
        material("denim"),
        wearing("blue jeans", "contradiction"),
        describe(
            "jacket",
            "Question: Describe the jacket. Answer: The lady wears a long-sleeve jacket with pure color patterns. "
            "Question:",
            "leak",
        ),
        title="Levis Women Blue Solid Trucker Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: grey and white horizontal striped crew sweater, black mini skirt; white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-020",
        caption(
            "The female is wearing a long-sleeve sweater with striped patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The female wears a short skirt."
        ),
        color_of("sweater", "grey"),
        Q.pattern("striped"),
        color_of("sweater", "grey and white stripes", kind="open"),
        color_of("skirt", "grey", "contradiction"),
        details(
            "sweater",
            "the sweater has grey and white stripes on the body and on the sleeves and a ribbed round neck and ribbed "
            "cuffs and a ribbed hem and the",
            "cut",
            hit_limit=True,
        ),
        describe("sweater", "a sweater", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        title="Pepe Jeans Women Grey Striped Sweater",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: bottle green cropped sweatshirt with "BROOKLYN" printed in white, high-waist black joggers; white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-021",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("sweatshirt", "black", "other_garment_color"),
        color_of("sweatshirt", "green", kind="open"),
        wearing("a green cropped sweatshirt with brooklyn written on it and black joggers"),
        details(
            "sweatshirt",
            "the sweatshirt has a graphic print on the front, the sweatshirt has a graphic print on the front, the "
            "sweatshirt has a graphic",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        material("denim", "unsupported"),
        title="Tokyo Talkies Women Green Printed Crop Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Women",
    ),
    # photo: burgundy open longline knit shrug with long sleeves, no pockets, no belt, over a black sleeveless top
    # and blue jeans; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    # The feed row has no color.
    case(
        "X790-022",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shrug", "red"),
        Q.garment_type("cardigan"),
        color_of("shrug", "burgundy", kind="open"),
        details("shrug", "the shrug has two front pockets and a belt", "unsupported"),
        wearing("she is wearing a black shrug, a black top and jeans", "other_garment_color"),
        is_a("shrug", "yes"),
        material("yes", "non_answer"),
        title="Harpa Women Burgundy Solid Longline Shrug",
        category="Shrug",
        gender="Women",
    ),
    # photo: black faux leather biker jacket with silver zips, open over a grey melange tee and blue jeans; no rings;
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-023",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The lady wears a long pants. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("jacket", "black"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        material("faux leather"),
        details("jacket", "the jacket has silver zips, a lapel collar and zipped pockets on the front"),
        wearing("Question: What is the person wearing? Answer: a black leather jacket", "leak"),
        Q.sleeve_length("long-sleeve"),
        title="Jealous 21 Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: white crew sweatshirt with a small black swoosh embroidered on the chest, no zip, grey joggers; white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-024",
        caption(
            "The female is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with "
            "cotton fabric. It has a round neckline. The female wears a long pants."
        ),
        color_of("sweatshirt", "white"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        describe("sweatshirt", "a white sweatshirt with a small black nike logo on the chest and ribbed cuffs"),
        Q.pattern("solid"),
        details("sweatshirt", "the sweatshirt has a zip on the front", "unsupported"),
        wearing("he is wearing a white sweatshirt and grey pants", "pronoun"),
        title="Nike Women White Club Fleece Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: navy long quilted puffer coat with a faux-fur trimmed hood (down), zipped, black leggings; white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-025",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with other fabric. "
            "The lady wears a leggings. The leggings are of long length and pure color patterns."
        ),
        color_of("jacket", "blue"),
        color_of(
            "jacket",
            "the jacket is navy blue with a fur hood, the jacket is navy blue with a fur hood, the jacket is navy blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("coat"),
        details("jacket", "the jacket has a hood with fur trim, a zip front and quilted panels"),
        is_a("vest", "yes", "contradiction"),
        material("fur", "unsupported"),
        title="Duke Women Navy Blue Longline Puffer Jacket with Faux Fur Hood",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink pointelle V-neck sweater layered over a white collared shirt (collar out), grey trousers; no
    # glasses; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The lady wears a long trousers. She wears glasses.",
            "unsupported",
        ),
        color_of("sweater", "white", "other_garment_color"),
        color_of("sweater", "pink", kind="open"),
        describe(
            "sweater", "a pink v neck sweater with a pointelle knit, layered over a white shirt with the collar out"
        ),
        details(
            "sweater",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        wearing("a pink sweater, a white shirt and grey pants"),
        Q.sleeve_length("long-sleeve"),
        title="Monte Carlo Women Pink Self Design V-Neck Sweater",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: blue and white tie-dye crew sweatshirt, white denim shorts; white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-027",
        caption(
            "The female wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The female wears a short pants."
        ),
        color_of("sweatshirt", "blue"),
        Q.pattern("striped", "contradiction"),
        color_of("sweatshirt", "blue and white tie dye", kind="open"),
        wearing(
            "The lady wears a sweatshirt and a shorts. The sweatshirt is with cotton fabric and the shorts is with "
            "denim fabric and the shorts is with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        details("sweatshirt", "the sweatshirt has dropped shoulders and a ribbed hem"),
        material("silk", "unsupported"),
        title="Qurvii Women Blue & White Tie-Dye Sweatshirt",
        category="Sweatshirts",
        color="Multi",
        gender="Women",
    ),
    # photo: red and black buffalo-check flannel overshirt jacket, two chest flap pockets, no hood, worn open over a
    # black tee and blue jeans, sleeves rolled to the elbows; white backdrop. The feed row has no gender.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-028",
        caption(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long pants."
        ),
        color_of("jacket", "red"),
        Q.pattern("checked"),
        color_of("jacket", "red and black checks", kind="open"),
        color_of("jeans", "red", "contradiction"),
        details("jacket", "the jacket has two chest pockets with flaps, a button front and a hood", "unsupported"),
        wearing("a red and black checked jacket over a black t-shirt with blue jeans"),
        describe(
            "jacket",
            "a red and black checked jacket worn open over a black t shirt and blue jeans with the sleeves rolled "
            "up to the elbows and the collar of the",
            "cut",
            hit_limit=True,
        ),
        material("flannel"),
        title="ONLY Red & Black Checked Overshirt Jacket",
        category="Jackets",
        color="Red",
    ),
    # photo: black pullover hoodie with a large white trefoil logo, black leggings with three white side stripes;
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-029",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "The lady wears a leggings. The leggings are of long length."
        ),
        color_of("sweatshirt", "black"),
        color_of("sweatshirt", "white", "contradiction", kind="open"),
        is_a("hoodie", "no", "contradiction"),
        details("sweatshirt", "it has a hood"),
        wearing("yes", "non_answer"),
        Q.pattern("graphic"),
        title="ADIDAS Originals Women Black Trefoil Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: light blue button-front crew cardigan with small white buttons, buttoned, white jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-030",
        caption(
            "The female wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. It has a round neckline. The female wears a long pants. The pants are with denim fabric and "
            "pure color patterns."
        ),
        color_of("cardigan", "blue"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        details(
            "cardigan",
            "small white buttons down the front, small white buttons down the front, small white buttons down the "
            "front, small white",
            "loop",
            hit_limit=True,
        ),
        describe(
            "cardigan",
            "The male wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric.",
            "pronoun",
        ),
        Q.garment_type("sweater"),
        material("knit"),
        title="Vero Moda Women Blue Solid Button Cardigan",
        category="Sweaters",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon longline coat with a shawl collar, no belt, no visible buttons, open over a black turtleneck and
    # black trousers; she carries a black handbag; white backdrop. Caption and open answers: caption adapter epoch 3;
    # closed: reference engine.
    case(
        "X790-031",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with other fabric. It "
            "has a lapel neckline. The lady wears a long trousers. The lady is carrying a bag."
        ),
        color_of("coat", "red"),
        color_of("coat", "black", "other_garment_color", kind="open"),
        describe(
            "coat",
            "a long maroon coat with a shawl collar, worn open over a black turtleneck and black trousers, with a "
            "black bag",
        ),
        details("coat", "the coat has a belt at the waist and gold buttons", "unsupported"),
        Q.pattern("solid"),
        Q.garment_type("jacket"),
        title="Fort Collins Women Maroon Solid Longline Coat",
        category="Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: grey melange full-zip hoodie with two pockets, unzipped over a white crop top, black leggings; white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-032",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The lady wears a leggings. The leggings are of long length. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "grey"),
        color_of("sweatshirt", "grey", kind="open"),
        Q.garment_type("hoodie"),
        details("sweatshirt", "the sweatshirt has a zip front, a hood and two pockets"),
        wearing(
            "the lady wears a grey hoodie, a white top and black leggings, the lady wears a grey hoodie, a white top "
            "and black leggings, the",
            "loop",
            hit_limit=True,
        ),
        material("fleece"),
        title="Roadster Women Grey Melange Solid Zip Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: cream teddy (sherpa) jacket with a lapel collar and snap buttons, two patch pockets, over a black
    # turtleneck and black jeans; white backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine. The feed row has no category.
    case(
        "X790-033",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. "
            "It has a lapel neckline."
        ),
        color_of("jacket", "white"),
        color_of("jacket", "beige", kind="open"),
        material("faux fur"),
        Q.pattern("solid"),
        details(
            "jacket",
            "the jacket has pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, "
            "pockets, pockets, pockets",
            "loop",
            hit_limit=True,
        ),
        wearing("she wears a cream fur jacket with black jeans and a black top"),
        is_a("sweater", "yes", "contradiction"),
        title="ELLE Women Cream Solid Teddy Jacket",
        color="Cream",
        gender="Women",
    ),
    # photo: turquoise lightweight running jacket, zipped, stand collar, small silver reflective logo, black
    # tights; light grey studio backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-034",
        caption(
            "The female wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It "
            "has a stand neckline. The female wears a leggings."
        ),
        color_of("jacket", "green", "contradiction"),
        color_of("jacket", "turquoise", kind="open"),
        describe("jacket", "a turquoise running jacket with a zip and a small silver logo"),
        wearing("jacket", "non_answer"),
        material("wool", "unsupported"),
        Q.sleeve_length("long-sleeve"),
        title="Reebok Women Turquoise Blue Solid Running Jacket",
        category="Jackets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black ribbed turtleneck sweater worn with a red tartan mini skirt; white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-035",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The lady wears a short skirt. The skirt is with lattice patterns."
        ),
        color_of("sweater", "red", "other_garment_color"),
        color_of("sweater", "black", kind="open"),
        color_of("skirt", "red"),
        describe("sweater", "a black ribbed turtleneck sweater worn with a red checked mini skirt"),
        Q.pattern("checked", "contradiction"),
        details(
            "sweater",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. The lady wears a short skirt. The",
            "cut",
            hit_limit=True,
        ),
        title="DressBerry Women Black Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: mauve oversized crew sweatshirt with balloon sleeves, light blue jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-036",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The lady wears a long pants. The pants are with denim fabric."
        ),
        color_of("sweatshirt", "purple"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        details(
            "sweatshirt",
            "the sweatshirt has balloon sleeves and ribbed cuffs and a ribbed hem and a round neck and dropped "
            "shoulders and a relaxed fit with a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a purple sweatshirt and blue jeans", "pronoun"),
        Q.sleeve_length("long-sleeve"),
        material("cotton"),
        title="SERA Women Mauve Solid Oversized Sweatshirt",
        category="Sweatshirts",
        color="Mauve",
        gender="Women",
    ),
    # photo: khaki cotton utility jacket with four flap pockets and a drawstring waist, no epaulettes, over a white
    # tee and black jeans; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X790-037",
        caption(
            "The female is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "beige"),
        color_of("jacket", "the color of the jacket is the color of the jacket", "restated", kind="open"),
        details(
            "jacket",
            "the jacket has four flap pockets, a drawstring waist and epaulettes on the shoulders",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        wearing(
            "Question: What is the person wearing? Answer: The female is wearing a long-sleeve jacket with",
            "leak",
            hit_limit=True,
        ),
        material("cotton"),
        title="Wrangler Women Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: chocolate brown oversized V-neck sweater with dropped shoulders, no pockets or zips, cream wide-leg
    # trousers, brown boots; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X790-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        color_of("sweater", "brown"),
        color_of("sweater", "cream", "other_garment_color", kind="open"),
        color_of("trousers", "brown", "contradiction"),
        describe("sweater", "a brown oversized v neck sweater with dropped shoulders"),
        details("sweater", "the sweater has a v neck, a pocket on the chest and a zip on the back", "unsupported"),
        Q.pattern("solid"),
        title="Mast & Harbour Women Coffee Brown Solid Oversized Sweater",
        category="Sweaters",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: red double-breasted peacoat with black buttons and slant pockets, black jeans, black boots; no scarf;
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-039",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with other fabric. It has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric. She wears a scarf around "
            "her neck.",
            "unsupported",
        ),
        color_of("coat", "red"),
        color_of("coat", "red with black buttons", kind="open"),
        wearing(
            "Question: What is the person wearing? Answer: red coat. Question: What is the person wearing? Answer: "
            "red coat. Question",
            "leak",
            hit_limit=True,
        ),
        details("coat", "the coat has two rows of black buttons and slant pockets"),
        Q.garment_type("coat"),
        material("cotton", "unsupported"),
        title="Vero Moda Women Red Solid Peacoat",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: bright yellow pullover hoodie (hood down) with a black smiley-face graphic on the front, blue jeans; no
    # hat; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-040",
        caption(
            "The female wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "The female wears a long pants. The pants are with denim fabric and pure color patterns. The female "
            "wears a hat.",
            "unsupported",
        ),
        color_of("sweatshirt", "yellow"),
        color_of("sweatshirt", "black", "contradiction", kind="open"),
        Q.pattern("graphic"),
        describe("hoodie", "a yellow hoodie with a black smiley face printed on the front"),
        is_a("hoodie", "yes"),
        wearing("the man is wearing a yellow hoodie and jeans", "pronoun"),
        details(
            "hoodie",
            "the hoodie details are hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Yellow Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy satin bomber jacket with pink floral embroidery on the sleeves, red-and-white striped ribbed
    # collar, cuffs and hem, over a white tee and light blue jeans; white backdrop. The feed row has no color.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-041",
        caption(
            "The lady wears a long-sleeve jacket with floral patterns. The jacket is with other fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with denim fabric."
        ),
        color_of("jacket", "blue"),
        Q.pattern("floral"),
        color_of("jacket", "pink", "contradiction", kind="open"),
        details("jacket", "the jacket has striped ribbed cuffs and collar and flowers embroidered on the sleeves"),
        wearing("a white bomber jacket and jeans", "other_garment_color"),
        describe("jacket", "no", "non_answer"),
        material("satin"),
        Q.sleeve_length("long-sleeve"),
        title="ONLY Women Navy Blue Bomber Jacket with Embroidered Detail",
        category="Jackets",
        gender="Women",
    ),
    # photo: beige knitted V-neck sweater vest with a brown argyle pattern over a white long-sleeve shirt, black
    # trousers; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-042",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long trousers.",
            "contradiction",
        ),
        Q.garment_type("vest"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        color_of("vest", "beige"),
        color_of("vest", "white", "other_garment_color", kind="open"),
        describe("vest", "a beige sweater vest with a brown argyle pattern, worn over a white shirt"),
        Q.pattern("lattice"),
        details("vest", "the vest has a v neck and ribbed armholes"),
        title="MANGO Women Beige Argyle Patterned Sweater Vest",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: grey and black checked longline overcoat, buttoned, a black turtleneck at the neck, black trousers;
    # white backdrop; three-quarter side view. Caption and open answers: caption adapter epoch 3; closed: reference.
    case(
        "X790-043",
        caption(
            "The lady wears a long-sleeve coat with lattice patterns. The coat is with other fabric. It has a lapel "
            "neckline."
        ),
        color_of("coat", "grey"),
        Q.pattern("solid", "contradiction"),
        color_of("coat", "grey and black check", kind="open"),
        details(
            "coat",
            "The lady wears a long-sleeve coat with lattice patterns. The coat is with other fabric. It has a lapel "
            "neckline. The lady wears a long-sleeve coat with lattice patterns. The coat",
            "loop",
            hit_limit=True,
        ),
        wearing("she wears a black checked coat over a black turtleneck and black trousers", "other_garment_color"),
        material("wool", "unsupported"),
        title="Fort Collins Women Grey Checked Longline Overcoat",
        category="Jackets",
        color="Grey",
        gender="Women",
    ),
    # photo: white cropped puffer jacket with a stand collar, zipped, black leggings; white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-044",
        caption(
            "The female is wearing a long-sleeve jacket with pure color patterns. The jacket is with other fabric. "
            "It has a stand neckline. The female wears a leggings."
        ),
        color_of("jacket", "white"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        is_a("coat", "no"),
        details("jacket", "the jacket is a jacket", "restated"),
        describe("jacket", "a white cropped puffer jacket with a high collar and a zip"),
        Q.garment_type("jacket"),
        material("down feathers", "unsupported"),
        title="Roadster Women White Solid Cropped Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: red crew-neck sweater with long sleeves and sequins around the neckline, black jeans; white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-045",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "red"),
        color_of("sweater", "red", kind="open"),
        details("sweater", "the sweater has sequins around the neckline"),
        describe(
            "sweater", "The sweater is with knitting fabric and pure color patterns. He wears a long pants.", "pronoun"
        ),
        Q.sleeve_length("three-quarter", "contradiction"),
        material("cashmere", "unsupported"),
        title="Wills Lifestyle Women Red Embellished Sweater",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: black denim jacket with a plain collar (no fur), over a white tee with red lettering and blue jeans;
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X790-046",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric."
        ),
        color_of("jacket", "blue", "other_garment_color"),
        color_of("jacket", "black", kind="open"),
        color_of("jeans", "blue"),
        wearing(
            "Question: What is the person wearing? Answer: The lady wears a long-sleeve jacket with pure color "
            "patterns.",
            "leak",
        ),
        details("jacket", "the jacket has a fur collar", "unsupported"),
        material("denim"),
        Q.garment_type("jacket"),
        title="Roadster Women Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
]
