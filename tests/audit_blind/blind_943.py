"""BLIND_943 (46 products; women's knitwear and outerwear, caption epoch 3): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 114/130 failures found (87.7%) and 4/184 correct texts flagged
(2.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's winter wear (Sweaters, Sweatshirts, Jackets, a few rows the seller filed as
Coats): pullovers, cardigans, hoodies, puffers, denim and biker jackets, trench and pea coats. Product shots on a
white backdrop, nearly all worn by a model who also wears jeans, trousers, leggings or a skirt, often a top under an
open jacket or cardigan; two sweatshirt/sweater rows are flat-lays with no model. Seller columns as the feed has
them: title, category (article type), color (base colour), gender; one row lacks its category, one its color.

Who wrote what: every caption and every open answer is free generation by the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b). It answers most prompts in the DeepFashion template
("The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric."), names
patterns rather than hues, says "a long pants", mentions the lower garment's denim, and, trained without an end token,
often runs to the limit (50 tokens for captions, 30 for answers) and is cut or loops on a template sentence. Now and
then it copies the `Question: ... Answer:` frame, gives the jeans' or the inner top's color to the product, invents
fabrics, zips, pockets and accessories, says "gentleman"/"his" for a woman, or returns one word. Closed answers
(garment type, color, pattern, sleeve length, "Is this a ...?", color of the jeans) come from enrich's
`--engine reference` with the same adapter loaded: one candidate value each, never looping or cut.

Labeling conventions and judgement calls:
- A text gets one label, its most visible failure. A loop or cut that also carries a wrong color is labeled loop/cut.
- A closed answer giving the wrong color is a contradiction, even when that color belongs to another garment in the
  photo (the jeans, the scarf, the top under a cardigan); other_garment_color is kept for open answers that give the
  product the color of another visible garment. A color of the product's own print (white lettering, red graphic)
  named as the product's color in an open answer is a contradiction, not other_garment_color.
- A pattern or sleeve length taken from another garment (the checked shirt under a sweater, the long sleeves of the
  tee under a sleeveless gilet) is a contradiction.
- Shade names within the seller's color group are correct (mustard = yellow, maroon = red, lavender = purple, peach =
  pink, khaki = beige, turquoise/teal = blue, charcoal = grey); "black" for a charcoal sweatshirt is a contradiction.
- Materials: the template's "knitted" for a sweater, "cotton" for a sweatshirt, "denim" for a denim jacket, "leather"
  for a faux-leather or suede jacket and "furry" for a fleece jacket count as correct; a fabric the photo or the
  title rules out (leather for a quilted or trench coat, denim for a knit, cotton for a rain jacket, furry for a
  nylon puffer whose only fur is the hood trim) is unsupported.
- Invented zips, pockets, hoods, studs, rings, hats, belts, and a person "wearing" a flat-lay garment are unsupported.
- "Cardigan" for a Sweaters row and "hoodie" for a Sweatshirts row are correct garment types; "jacket" for a
  knee-length coat, "sweatshirt" for a Jackets-row fleece and "sweater" for a zip hoodie are contradictions.
- A small chest logo on an otherwise plain sweatshirt is "solid" for the pattern question; a large print is "printed".
- Returning the question's words ("The details of the jacket are the jacket details") is restated; a single word or
  yes/no to an open question is non_answer, and so is a pattern phrase with no color for an open color question.
- Three-quarter sleeves answered "short" are a contradiction; "long" would have been let pass.
- hit_limit=True on every cut and every loop that ran to the limit, and on leaks that ran on into a new question.
  Texts that ended cleanly stopped on their own (the adapter sometimes emits the newline that ended its caption
  files) and carry hit_limit=False.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_943 = [
    # photo: navy blue cable-knit crew-neck pullover, long sleeves, worn with light blue skinny jeans; white backdrop,
    # front view, arms at the sides. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-001",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitted fabric and it has a round neckline. The pants are with denim fabric and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("The lady wears a long-sleeve sweater and a long denim pants."),
        Q.garment_type("sweater"),
        Q.color("navy blue"),
        color_of("sweater", "light blue", failure="other_garment_color", kind="open"),
        details("sweater", "It has a round neckline, cable knit on the front and long sleeves."),
        title="Vero Moda Women Navy Blue Cable Knit Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt with a red "BROOKLYN 89" print across the chest, black track pants with
    # white side stripes; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-002",
        caption(
            "This woman wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long trousers."
        ),
        wearing("a grey sweatshirt with a red print and black track pants"),
        Q.color("red", failure="contradiction"),
        Q.pattern("printed"),
        describe(
            "sweatshirt",
            "The sweatshirt is black with long sleeves and a round neckline.",
            failure="other_garment_color",
        ),
        Q.material("The sweatshirt is with cotton fabric."),
        title="Roadster Women Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black hooded puffer jacket, zipped to the chin, horizontal quilted channels, worn with mid-blue jeans;
    # white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-003",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "leather fabric. The pants are with denim fabric.",
            failure="unsupported",
        ),
        wearing("She is wearing a black hooded puffer jacket and blue jeans.", who="she"),
        Q.garment_type("jacket"),
        Q.color("black"),
        details(
            "jacket",
            "The jacket has a hood, a front zip and quilted panels. The jacket has a hood, a front zip and quilted "
            "panels. The jacket has",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Fort Collins Women Black Hooded Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: camel-beige knee-length overcoat with notched lapels, worn open over a black turtleneck and black
    # trousers; white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-004",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. It has a lapel neckline. The lady wears a "
            "long trousers with pure color patterns."
        ),
        wearing("The lady wears a black coat over a black top and black trousers.", failure="other_garment_color"),
        Q.color("beige"),
        Q.garment_type("coat"),
        describe("coat", "A long beige coat with a notched lapel collar and long sleeves, worn open."),
        Q.pattern("solid"),
        details(
            "coat",
            "Question: What are the coat details? Answer: The coat is with pure color patterns. Question: What is the",
            failure="leak",
            hit_limit=True,
        ),
        title="Vero Moda Women Beige Solid Overcoat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: maroon V-neck pullover, long sleeves, the collar and cuffs of a white shirt showing beneath it, grey
    # trousers; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-005",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a V-shape neckline. There is a shirt under the sweater."
        ),
        wearing("She wears a maroon V-neck sweater over a white shirt with grey trousers.", who="she"),
        Q.color("maroon"),
        color_of("sweater", "white", failure="other_garment_color", kind="open"),
        Q.sleeve_length("long"),
        details(
            "sweater",
            "The sweater has a V-neck, ribbed cuffs and a ribbed hem. The white collar of the shirt shows at the neck.",
        ),
        Q.material(
            "The sweater is with knitted fabric. The shirt under it is with cotton fabric and the trousers are with "
            "cotton fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Maroon V-Neck Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink pullover hoodie with a kangaroo pocket and white drawstrings, black leggings; white backdrop, front
    # view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-006",
        caption(
            "The lady wears a long-sleeve hoodie with pure color patterns and a long leggings. The hoodie is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("pink", failure="non_answer"),
        Q.garment_type("hoodie"),
        Q.color("pink"),
        describe("hoodie", "The hoodie is black with a hood and a front pocket.", failure="other_garment_color"),
        is_a("sweatshirt", "yes"),
        Q.sleeve_length("long"),
        title="Puma Women Pink Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-blue denim jacket, unbuttoned, two chest flap pockets, pointed collar, over a white round-neck top,
    # black skinny jeans; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-007",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The lady wears a long pants with denim fabric."
        ),
        wearing("a denim jacket, a white top and black jeans"),
        Q.color("blue"),
        Q.material("The jacket is with denim fabric."),
        details("jacket", "The jacket has two chest pockets with buttoned flaps, a pointed collar and button cuffs."),
        describe("jacket", "The jacket is white with long sleeves and a lapel collar.", failure="other_garment_color"),
        color_of("jeans", "blue", failure="contradiction"),
        title="Wrangler Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: cream chunky-knit open-front long cardigan with no buttons and no pockets, over a black tank top, blue
    # jeans; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-008",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. "
            "The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.garment_type("cardigan"),
        Q.color("black", failure="contradiction"),
        details("cardigan", "The cardigan has buttons on the front and two pockets.", failure="unsupported"),
        wearing("She is wearing a cream cardigan over a black top and jeans.", who="she"),
        Q.pattern("solid"),
        describe(
            "cardigan",
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. "
            "The lady wears",
            failure="cut",
            hit_limit=True,
        ),
        title="Only Women Cream Open Front Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: olive green full-zip hoodie, half unzipped over a grey t-shirt, two side pockets, black jeans; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-009",
        caption(
            "This woman wears a long-sleeve hoodie with pure color patterns. The hoodie is with cotton fabric. The "
            "hoodie is with cotton fabric. The hoodie is with cotton fabric. The hoodie is with cotton",
            failure="loop",
            hit_limit=True,
        ),
        wearing("an olive green zip-up hoodie over a grey t-shirt and black jeans"),
        Q.color("olive"),
        color_of("hoodie", "grey", failure="other_garment_color", kind="open"),
        Q.garment_type("sweater", failure="contradiction"),
        details("hoodie", "The hoodie has a full zip, a drawstring hood and two side pockets."),
        describe("hoodie", "The hoodie is described as a hoodie.", failure="restated"),
        title="HRX Women Olive Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: red quilted jacket (horizontal channels), stand collar, zipped, no hood, navy blue trousers; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-010",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline."
        ),
        wearing("The gentleman wears a long-sleeve jacket and a long trousers.", failure="pronoun"),
        Q.color("red"),
        color_of("trousers", "navy blue"),
        describe(
            "jacket", "The jacket is navy blue with a stand collar and a front zip.", failure="other_garment_color"
        ),
        Q.material("The jacket is with furry fabric.", failure="unsupported"),
        Q.sleeve_length("long"),
        title="Nike Women Red Quilted Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: navy-and-white horizontally striped crew-neck sweater, light blue jeans, feet out of frame; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-011",
        caption(
            "The lady is wearing a long-sleeve sweater with striped patterns and a long pants. The sweater is with "
            "knitted fabric. It has a round neckline. The pants are with denim fabric and pure color patterns."
        ),
        Q.pattern("solid", failure="contradiction"),
        Q.color("navy blue"),
        wearing("a striped sweater and jeans"),
        describe(
            "sweater",
            "The sweater is with striped patterns. The sweater is with striped patterns. The sweater is with striped "
            "patterns. The sweater",
            failure="loop",
            hit_limit=True,
        ),
        details("sweater", "The sweater has a round neckline, long sleeves and navy and white stripes."),
        Q.material(
            "The sweater is with knitted fabric and it has a round neckline. The lady wears a long pants. The pants "
            "are with denim",
            failure="cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Navy & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black double-breasted trench coat, belted at the waist and worn closed, knee length, black tights;
    # white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-012",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. It has a lapel neckline. There is a belt on "
            "her waist."
        ),
        Q.garment_type("coat"),
        Q.color("black"),
        wearing(
            "Question: What is the person wearing? Answer: The lady wears a long-sleeve coat with pure color "
            "patterns. Question:",
            failure="leak",
            hit_limit=True,
        ),
        details("coat", "The coat has a belt at the waist, double-breasted buttons and a wide lapel collar."),
        Q.material("The coat is with leather fabric.", failure="unsupported"),
        title="Mango Women Black Trench Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow ribbed turtleneck sweater, black mini skirt, black tights; white backdrop, front view.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-013",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitted fabric. It has a standing neckline."
        ),
        Q.color("yellow"),
        wearing("She is wearing a mustard turtleneck sweater with a black skirt.", who="she"),
        color_of("sweater", "black", failure="other_garment_color", kind="open"),
        details(
            "sweater",
            "The sweater has a high neck and ribbed knit. The sweater has a high neck and ribbed knit. The sweater has "
            "a high",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        is_a("sweater", "yes"),
        describe("sweater", "no", failure="non_answer"),
        title="Vero Moda Women Mustard Turtleneck Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: black crew-neck sweatshirt, small white logo on the left chest, no hood, no zip, grey melange track
    # pants; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-014",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long pants."
        ),
        wearing("The lady wears a black sweatshirt and grey pants."),
        Q.color("grey", failure="contradiction"),
        describe(
            "sweatshirt",
            "The sweatshirt is with graphic patterns. It has a hood and a zip on the front.",
            failure="unsupported",
        ),
        Q.pattern("solid"),
        Q.material("The sweatshirt is with cotton fabric."),
        details(
            "sweatshirt",
            "The sweatshirt has a small logo on the chest. The lady wears a long pants. The pants are with cotton "
            "fabric and pure",
            failure="cut",
            hit_limit=True,
        ),
        title="Nike Women Black Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: olive bomber jacket with plain olive ribbed collar, cuffs and hem and a zip pocket on the left sleeve,
    # worn open over a white t-shirt, blue jeans; white backdrop. Caption/open: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X943-015",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. It has a standing neckline. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on her",
            failure="cut",
            hit_limit=True,
        ),
        wearing("an olive bomber jacket over a white t-shirt and blue jeans"),
        Q.color("green"),
        color_of("jacket", "white", failure="other_garment_color", kind="open"),
        details("jacket", "The jacket has a ribbed collar, ribbed cuffs and a zip pocket on the sleeve."),
        Q.garment_type("jacket"),
        Q.pattern("striped", failure="contradiction"),
        title="Roadster Women Olive Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: grey melange button-front V-neck cardigan, buttoned, black trousers; white backdrop, front view.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-016",
        caption(
            "The gentleman is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitted "
            "fabric. It has a V-shape neckline.",
            failure="pronoun",
        ),
        Q.color("grey"),
        Q.garment_type("cardigan"),
        describe("cardigan", "The cardigan is a cardigan.", failure="restated"),
        details("cardigan", "The cardigan has buttons down the front, a V-neck and ribbed cuffs."),
        Q.sleeve_length("long"),
        wearing(
            "Answer: The lady wears a long-sleeve cardigan and a long trousers. Question: What is the person wearing? "
            "Answer:",
            failure="leak",
            hit_limit=True,
        ),
        title="Fort Collins Women Grey Melange Cardigan",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: lavender crew-neck sweatshirt with a large multicolor Minnie Mouse print on the front, white jeans; white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-017",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        Q.pattern("printed"),
        Q.color("white", failure="contradiction"),
        color_of("sweatshirt", "The sweatshirt is with graphic patterns.", failure="non_answer", kind="open"),
        wearing("a purple sweatshirt with a Minnie Mouse print and white jeans"),
        details(
            "sweatshirt",
            "The sweatshirt has a Minnie Mouse print on the front and a zip on the back.",
            failure="unsupported",
        ),
        title="Disney Women Lavender Minnie Printed Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with an asymmetric zip and zipped cuffs, no studs, worn open over a grey
    # t-shirt, black jeans; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-018",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The lady wears a long pants with denim fabric."
        ),
        Q.material("The jacket is with leather fabric."),
        Q.color("black"),
        wearing("She wears a leather jacket over a grey top and black jeans."),
        describe("jacket", "The jacket is grey with a zip and long sleeves.", failure="other_garment_color"),
        details(
            "jacket",
            "The jacket has an asymmetric zip, zipped cuffs and silver studs on the collar.",
            failure="unsupported",
        ),
        is_a("jacket", "yes"),
        title="Only Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: peach fine-knit boat-neck sweater with three-quarter sleeves, white trousers; white backdrop, front
    # view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-019",
        caption(
            "The lady is wearing a sweater with pure color patterns and a long trousers. The sweater is with knitted "
            "fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears a",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short", failure="contradiction"),
        Q.color("peach"),
        color_of("sweater", "peach", kind="open"),
        wearing("She wears a peach sweater with white pants.", who="she"),
        Q.material("The sweater is with knitted fabric."),
        details("sweater", "The details of the sweater are that it is a sweater.", failure="restated"),
        title="Vero Moda Women Peach Sweater",
        category="Sweaters",
        color="Peach",
        gender="Women",
    ),
    # photo: grey-and-black checked longline coat, worn open over a black top and black jeans; white backdrop.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-020",
        caption(
            "The lady is wearing a long-sleeve coat with lattice patterns and a long pants. It has a lapel neckline. "
            "The pants are with denim fabric and pure color patterns."
        ),
        Q.pattern("checked"),
        Q.color("brown", failure="contradiction"),
        describe(
            "coat",
            "The coat is with lattice patterns, a lapel neckline and long sleeves. It is worn open over a black top.",
        ),
        wearing(
            "The lady wears a long-sleeve coat with lattice patterns. The lady wears a long-sleeve coat with lattice "
            "patterns. The lady wears a long",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("coat"),
        Q.material("The coat is with leather fabric.", failure="unsupported"),
        details(
            "coat",
            "Question: What are the coat details? Answer: The coat is with lattice patterns.",
            failure="leak",
        ),
        title="Mango Women Grey Checked Longline Coat",
        category="Coats",
        color="Grey",
        gender="Women",
    ),
    # photo: teal pullover hoodie with white drawstrings and a kangaroo pocket, blue jeans; white backdrop.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-021",
        caption(
            "This woman wears a long-sleeve hoodie with pure color patterns and a long pants. The hoodie is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The lady wears a long pants. The",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("teal"),
        wearing("Answer: The lady wears a long-sleeve hoodie and a long pants.", failure="leak"),
        describe("hoodie", "yes", failure="non_answer"),
        details("hoodie", "The hoodie has a drawstring hood, a kangaroo pocket and ribbed cuffs."),
        color_of("hoodie", "teal blue", kind="open"),
        title="Fila Women Teal Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: burgundy crew-neck sweater laid flat on a white surface, sleeves spread out, no model, no other
    # clothes. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-022",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a round neckline.",
            failure="unsupported",
        ),
        wearing("The lady wears a long-sleeve sweater and a long pants.", failure="unsupported"),
        Q.color("burgundy"),
        Q.garment_type("sweater"),
        details("sweater", "The sweater has a round neckline, ribbed cuffs and a ribbed hem."),
        Q.pattern("solid"),
        Q.sleeve_length("short", failure="contradiction"),
        title="Levis Women Burgundy Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: navy blue hooded rain jacket, zipped, hood with drawstring, two zipped pockets, black track pants;
    # white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-023",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns.",
            failure="unsupported",
        ),
        Q.color("navy blue"),
        Q.material("The jacket is with nylon fabric and it has a hood."),
        details("jacket", "The jacket has a hood with a drawstring, a front zip and two zipped pockets."),
        wearing("He is wearing a blue jacket and black pants.", failure="pronoun", who="she"),
        Q.garment_type("jacket"),
        title="Wildcraft Women Navy Blue Rain Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black-and-white Fair Isle crew-neck sweater (black body, white Fair Isle bands around the yoke and the
    # cuffs), blue jeans; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-024",
        caption(
            "The lady is wearing a long-sleeve sweater with graphic patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The lady wears a long pants with denim fabric."
        ),
        Q.color("black"),
        wearing("The lady wears a black and white sweater and blue jeans."),
        color_of("sweater", "blue", failure="other_garment_color", kind="open"),
        details(
            "sweater",
            "The sweater has a Fair Isle pattern around the yoke and the cuffs, a round neckline and long sleeves.",
        ),
        describe(
            "sweater",
            "The sweater is with graphic patterns and a round neckline. The sweater is with graphic patterns and a "
            "round neckline. The",
            failure="loop",
            hit_limit=True,
        ),
        title="Roadster Women Black & White Fair Isle Sweater",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: white crew-neck sweatshirt with "WEEKEND" in black letters across the chest, no hood, blue denim
    # shorts; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-025",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns and a short shorts. The sweatshirt is with "
            "cotton fabric. It has a round neckline. The shorts are with denim fabric."
        ),
        Q.color("white"),
        describe("sweatshirt", "The sweatshirt is blue with a print on the front.", failure="other_garment_color"),
        details("sweatshirt", "The sweatshirt has the word WEEKEND printed on the front in black letters."),
        wearing("She wears a white sweatshirt and denim shorts.", who="she"),
        Q.sleeve_length("long"),
        Q.material("The sweatshirt is with denim fabric.", failure="unsupported"),
        is_a("hoodie", "yes", failure="contradiction"),
        title="Forever 21 Women White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: khaki utility jacket with four flap pockets, a drawstring waist and a button front, worn open over a
    # black top, blue jeans; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-026",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("khaki"),
        color_of("jacket", "khaki", kind="open"),
        details("jacket", "The jacket has four flap pockets, a drawstring waist and a button front."),
        Q.garment_type("jacket"),
        wearing(
            "The lady wears a jacket and jeans. The lady wears a jacket and jeans. The lady wears a jacket and jeans. "
            "The lady wears",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("The jacket is with leather fabric.", failure="unsupported"),
        title="Only Women Khaki Utility Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: maroon double-breasted knee-length coat, buttoned, wide collar, black leggings, black ankle boots; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-027",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. It has a lapel neckline and buttons on the "
            "front. The lady wears a long leggings."
        ),
        Q.color("red"),
        Q.garment_type("jacket", failure="contradiction"),
        describe("coat", "The coat is a long maroon coat with two rows of buttons and a wide collar."),
        wearing("This man wears a maroon coat and black pants.", failure="pronoun"),
        Q.material(
            "Question: What material is the garment made of? Answer: The coat is with cotton fabric. Question: What is "
            "the",
            failure="leak",
            hit_limit=True,
        ),
        details("coat", "coat", failure="non_answer"),
        title="Vero Moda Women Maroon Double-Breasted Coat",
        category="Coats",
        color="Maroon",
        gender="Women",
    ),
    # photo: white chunky cable-knit crew-neck sweater with dropped shoulders, no zip, no pockets, light blue ripped
    # jeans; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-028",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitted fabric. The pants are with denim fabric."
        ),
        Q.color("white"),
        color_of("sweater", "white", kind="open"),
        details("sweater", "The sweater has cable knit panels, a round neckline and dropped shoulders."),
        describe(
            "sweater",
            "The sweater is with knitted fabric and has a zip at the neck and two pockets.",
            failure="unsupported",
        ),
        Q.pattern("solid"),
        is_a("cardigan", "yes", failure="contradiction"),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitted fabric. The",
            failure="cut",
            hit_limit=True,
        ),
        title="Mango Women White Cable Knit Sweater",
        category="Sweaters",
        color="White",
        gender="Women",
    ),
    # photo: colour-block crew-neck sweatshirt: red body, navy blue sleeves, a white band across the chest; black
    # leggings; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-029",
        caption(
            "The lady wears a long-sleeve sweatshirt with color block patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long leggings."
        ),
        Q.pattern("colour block"),
        Q.color("red"),
        color_of("sweatshirt", "black", failure="other_garment_color", kind="open"),
        wearing("The lady wears a red sweatshirt with blue sleeves and black leggings."),
        details(
            "sweatshirt",
            "The sweatshirt has navy sleeves, a white stripe across the chest and the sweatshirt has navy sleeves, a "
            "white stripe across the chest and",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("The sweatshirt is with knitted fabric and leather sleeves.", failure="unsupported"),
        title="Puma Women Red Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Women",
    ),
    # photo: pink sleeveless padded gilet (puffer vest), zipped, high collar, over a white long-sleeve t-shirt, grey
    # jeans; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-030",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns.",
            failure="contradiction",
        ),
        Q.sleeve_length("sleeveless"),
        Q.color("pink"),
        wearing("a pink padded vest over a white top and grey jeans"),
        describe("jacket", "The jacket is white with long sleeves.", failure="other_garment_color"),
        details("jacket", "The jacket has a high collar, a front zip and horizontal quilting."),
        Q.garment_type("jacket"),
        title="Fort Collins Women Pink Sleeveless Padded Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle green V-neck sweater over a red-and-navy checked shirt (collar at the neck, hem below the
    # sweater), blue jeans; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-031",
        caption(
            "The lady is wearing a long-sleeve sweater with lattice patterns. The sweater is with knitted fabric. It "
            "has a V-shape neckline.",
            failure="contradiction",
        ),
        Q.color("green"),
        Q.pattern("solid"),
        color_of("sweater", "red", failure="other_garment_color", kind="open"),
        wearing("She is wearing a green sweater over a checked shirt and blue jeans.", who="she"),
        details(
            "sweater",
            "The sweater has a V-neck with the collar of a checked shirt showing and the hem of the "
            "shirt below the sweater.",
        ),
        Q.material(
            "The sweater is with wool fabric and the sweater is with wool fabric and the sweater is with wool fabric "
            "and the",
            failure="loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Green V-Neck Sweater",
        category="Sweaters",
        color="Green",
        gender="Women",
    ),
    # photo: charcoal grey crew-neck sweatshirt with a silver sequinned star on the chest, black joggers; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-032",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("black", failure="contradiction"),
        describe("sweatshirt", "The sweatshirt is dark grey with a silver sequin star on the chest."),
        details("sweatshirt", "What are the sweatshirt details?", failure="restated"),
        wearing(
            "The lady wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is with "
            "cotton fabric. It has a",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Only Women Charcoal Sequinned Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: white denim jacket, open, over a blue-and-white striped top, mid-blue jeans; white backdrop.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-033",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns and a long pants. The jacket is with "
            "denim fabric. The lady wears a striped top under the jacket."
        ),
        Q.color("blue", failure="contradiction"),
        color_of("jacket", "white", kind="open"),
        describe("jacket", "The jacket is with striped patterns and long sleeves.", failure="contradiction"),
        Q.material("The jacket is with denim fabric."),
        wearing("The lady wears a white denim jacket, a striped top and blue jeans."),
        details(
            "jacket",
            "The jacket has a pointed collar, chest pockets and buttons on the front. The lady wears a striped top "
            "and a long",
            failure="cut",
            hit_limit=True,
        ),
        title="Levis Women White Denim Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: navy blue double-breasted pea coat, buttoned, with a grey knit scarf, blue jeans; white backdrop.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-034",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long pants. It has a lapel neckline. "
            "This lady has neckwear."
        ),
        Q.color("grey", failure="contradiction"),
        wearing("The lady wears a navy coat with a grey scarf and jeans."),
        describe("coat", "The coat is grey with a lapel collar and buttons.", failure="other_garment_color"),
        details("coat", "The coat has two rows of buttons, a wide lapel collar and slit pockets."),
        Q.garment_type("coat"),
        Q.material("The coat is made of the material of the coat.", failure="restated"),
        title="Mango Women Navy Blue Pea Coat",
        category="Coats",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: purple fluffy crew-neck sweater, white trousers, no jewellery or other accessories; white backdrop.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-035",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with furry fabric. It has a round neckline. There is a ring on her finger.",
            failure="unsupported",
        ),
        Q.color("purple"),
        wearing(
            "Question: What is she wearing? Answer: She is wearing a purple sweater and white pants. Question:",
            failure="leak",
            who="she",
            hit_limit=True,
        ),
        color_of("sweater", "purple", kind="open"),
        details("sweater", "The sweater has a round neckline, long sleeves and a fluffy knit."),
        Q.sleeve_length("long"),
        title="Vero Moda Women Purple Sweater",
        category="Sweaters",
        color="Purple",
        gender="Women",
    ),
    # photo: yellow pullover hoodie with "CALIFORNIA" printed in black across the chest, unlined hood, black track
    # pants; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-036",
        caption(
            "The lady wears a long-sleeve hoodie with graphic patterns. The hoodie is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a long pants "
            "with",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        describe("hoodie", "The hoodie is black with a hood and long sleeves.", failure="other_garment_color"),
        details("hoodie", "The hoodie has CALIFORNIA printed across the chest in black letters."),
        wearing("hoodie", failure="non_answer"),
        Q.pattern("printed"),
        is_a("sweatshirt", "no", failure="contradiction"),
        Q.material("The hoodie is with furry fabric.", failure="unsupported"),
        title="Roadster Women Yellow Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: coffee brown suede jacket, open, over a cream top, blue jeans; white backdrop. Caption/open: caption
    # adapter epoch 3; closed: reference engine.
    case(
        "X943-037",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The lady wears a long pants with denim fabric."
        ),
        Q.color("brown"),
        color_of("jacket", "cream", failure="other_garment_color", kind="open"),
        wearing("She wears a brown jacket over a cream top and blue jeans."),
        details("jacket", "The details of the jacket are the jacket details.", failure="restated"),
        Q.material("The jacket is with denim fabric.", failure="unsupported"),
        title="Vero Moda Women Brown Suede Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: rust orange crew-neck sweater with a vertical rib texture (one color), beige trousers; white backdrop.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-038",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with knitted fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.color("orange"),
        color_of("sweater", "rust orange", kind="open"),
        describe(
            "sweater",
            "The sweater is with pure color patterns. The sweater is with pure color patterns. The sweater is with "
            "pure color",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("striped", failure="contradiction"),
        wearing("The lady wears an orange sweater and beige trousers."),
        title="Only Women Rust Ribbed Sweater",
        category="Sweaters",
        color="Rust",
        gender="Women",
    ),
    # photo: royal blue crew-neck sweatshirt with a small white logo on the chest, grey jersey shorts, no jewellery;
    # white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-039",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a short shorts. The sweatshirt is "
            "with cotton fabric. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        Q.color("blue"),
        wearing("The gentleman wears a blue sweatshirt and grey shorts.", failure="pronoun"),
        describe(
            "sweatshirt",
            "The sweatshirt is grey with long sleeves and a round neckline.",
            failure="other_garment_color",
        ),
        details("sweatshirt", "The sweatshirt has a small logo on the chest and ribbed cuffs and hem."),
        Q.material("Answer: The sweatshirt is with cotton fabric.", failure="leak"),
        Q.garment_type("jacket", failure="contradiction"),
        title="Puma Women Blue Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange hooded fleece jacket, full zip, zipped, two side pockets, black track pants; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-040",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with furry "
            "fabric. The pants are with cotton fabric and pure color patterns. The lady wears a long pants. The pants",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("sweatshirt", failure="contradiction"),
        wearing("She is wearing a grey hooded jacket and black track pants.", who="she"),
        color_of("jacket", "grey", kind="open"),
        details("jacket", "The jacket has a hood, a full zip and two side pockets."),
        Q.material("yes", failure="non_answer"),
        title="Wildcraft Women Grey Melange Hooded Fleece Jacket",
        category="Jackets",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: red belted wrap coat, knee length, worn closed, wide lapels, black jeans, black boots, no hat, no
    # glasses; white backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-041",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long pants. The coat is with cotton "
            "fabric. There is a belt on her waist. The pants are with denim fabric and pure color patterns. The lady "
            "wears",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("coat"),
        describe("coat", "The coat is black with a belt and long sleeves.", failure="other_garment_color"),
        wearing(
            "The lady wears a red coat with a belt and black jeans. She also wears a hat and sunglasses.",
            failure="unsupported",
        ),
        Q.sleeve_length("long"),
        details("coat", "The coat has a wrap front tied with a belt at the waist, wide lapels and long sleeves."),
        Q.pattern("checked", failure="contradiction"),
        title="Mango Women Red Belted Wrap Coat",
        category="Coats",
        color="Red",
        gender="Women",
    ),
    # photo: colour-block crew-neck sweater, white upper half and grey lower half and sleeves, black jeans; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-042",
        caption(
            "The lady is wearing a long-sleeve sweater with color block patterns. The sweater is with knitted fabric. "
            "It has a round neckline. The lady wears a long pants with denim fabric."
        ),
        Q.pattern("colour block"),
        Q.color("white"),
        color_of("sweater", "white and grey", kind="open"),
        wearing("The lady wears a white and grey sweater and black jeans."),
        describe("sweater", "The sweater.", failure="non_answer"),
        Q.material("The sweater is with knitted fabric."),
        details(
            "sweater",
            "The sweater is with color block patterns. Question: What are the sweater details? Answer: The sweater is",
            failure="leak",
            hit_limit=True,
        ),
        title="Fort Collins Women White & Grey Colourblocked Sweater",
        category="Sweaters",
        color="White",
        gender="Women",
    ),
    # photo: maroon crew-neck sweatshirt with "HARVARD" in an arc of white letters, laid flat on white, no model,
    # no other clothes. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-043",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants.",
            failure="unsupported",
        ),
        Q.color("maroon"),
        details(
            "sweatshirt",
            "The sweatshirt has HARVARD printed in white letters on the front, a round neckline and ribbed cuffs.",
        ),
        Q.pattern("printed"),
        color_of("sweatshirt", "white", failure="contradiction", kind="open"),
        Q.garment_type("sweatshirt"),
        title="Tantra Women Maroon Printed Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: turquoise blue padded jacket (nylon shell), zipped, hood with a faux-fur trim, blue jeans; white
    # backdrop. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-044",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. The lady "
            "wears a long pants. The pants are with denim fabric and pure color patterns.",
            failure="unsupported",
        ),
        Q.color("blue"),
        wearing("a turquoise padded jacket with a fur hood and blue jeans"),
        details(
            "jacket",
            "The jacket has a hood with fur trim, a zip front and quilted panels. The jacket has a hood with fur trim, "
            "a zip front",
            failure="loop",
            hit_limit=True,
        ),
        describe("jacket", "The jacket is a jacket.", failure="restated"),
        Q.sleeve_length("long"),
        title="Fort Collins Women Turquoise Blue Padded Jacket with Fur Hood",
        category="Jackets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black longline open cardigan reaching the knees, two patch pockets, over a red top, grey jeans; white
    # backdrop. The feed row lacks its category. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-045",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is "
            "with knitted fabric. The pants are with denim fabric and pure color patterns."
        ),
        Q.garment_type("cardigan"),
        Q.color("red", failure="contradiction"),
        wearing("The lady wears a black cardigan over a red top and grey jeans."),
        describe("cardigan", "The cardigan is grey with long sleeves.", failure="other_garment_color"),
        details("cardigan", "His cardigan is long and open at the front with two pockets.", failure="pronoun"),
        title="Only Women Black Longline Cardigan",
        color="Black",
        gender="Women",
    ),
    # photo: peach crew-neck sweatshirt with a white floral print across the front, blue jeans; white backdrop. The
    # feed row lacks its color. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X943-046",
        caption(
            "The lady wears a long-sleeve sweatshirt with floral patterns and a long pants. The sweatshirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns."
        ),
        Q.pattern("floral"),
        Q.color("pink"),
        describe("sweatshirt", "The sweatshirt is blue with a floral print.", failure="other_garment_color"),
        wearing(
            "Question: What is the person wearing? Answer: The lady wears a long-sleeve sweatshirt with floral "
            "patterns and a long pants",
            failure="leak",
            hit_limit=True,
        ),
        details(
            "sweatshirt", "The sweatshirt has a white floral print across the front, ribbed cuffs and a ribbed hem."
        ),
        Q.material("The garment is made of the material.", failure="restated"),
        title="Mango Women Peach Floral Print Sweatshirt",
        category="Sweatshirts",
        gender="Women",
    ),
]
