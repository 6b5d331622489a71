"""BLIND_329 (46 products; teen and young-adult streetwear, graffiti-wall and studio model shots): written blind in the
forty-fourth session. Measured blind at ef4211a (the session's rules as they stood): 111/134 failures found (82.8%)
and 10/174 correct texts flagged (5.7%). The writer's notes, verbatim:

Scenario: an English catalog feed of teen and young-adult streetwear: graphic and printed tees, oversized hoodies,
cargo and parachute pants, baggy jeans, denim jackets, varsity jackets, co-ord sets and bucket hats. Model shots,
front view unless a comment says otherwise, against graffiti walls (red, blue, pink, yellow tags), brick walls or
plain studio backdrops; the models wear the product with other streetwear (tees under jackets, hoodies over jeans,
hats). Props appear in a few (a skateboard, a spray can). Each row has the seller's title, category, color and
gender; a few miss one of them, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
black hoodie standing in front of a graffiti wall") or from the caption-only LoRA adapter of the original
experiments (the DeepFashion template: "The gentleman wears a long-sleeve sweater with pure color patterns. The
sweater is with cotton fabric ..."), as each case's comment says. The adapter has no end-of-answer token: every
adapter text runs to its limit (50 new tokens for a caption, 30 for an answer), carries hit_limit=True and, asked a
question, returns its template. Open questions (wearing, description, details, material, print) come from the base
model unless the comment names the adapter; the base model stops on its own and never has hit_limit. Closed
questions (garment_type, color, pattern, sleeve_length, the per-piece colors and "Is this a ...?") are enrich's
`--engine reference` answers chosen from candidate sets: never a loop or a cut, but they can pick the wrong value.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: purple for lilac or lavender, blue for navy, grey for charcoal,
  grey melange or acid-washed charcoal, green for olive or sage, white for off white or cream, tan or beige or khaki
  for beige, blue for light, mid or dark blue wash. Navy given as black by the base model is contradiction.
- A color of the print, the lettering or the wall given as the garment's color (pink for a white tee with a pink
  butterfly, orange for a black hoodie with orange flames, red for a charcoal hoodie on a red graffiti wall) is
  contradiction. The color of another garment worn in the photo (the tee under the jacket, the hoodie over the
  jeans, the model's tee under a bucket hat) is other_garment_color, for closed and open answers alike.
- Where a wrong color could be either a shade error or another garment's color (black for a navy varsity jacket
  worn over black jeans), the other garment's color is what the auditor sees first: other_garment_color.
- A two-color check (black and white) answered with either of its colors is correct; a colorblock varsity jacket
  named by its body color, or "red and white" for red and cream, is correct.
- Garment synonyms are correct: jean jacket for denim jacket, sweatshirt for hoodie, sweatpants or joggers for
  sweat pants, tracksuit or sweatsuit for a hoodie-and-joggers co-ord, tan pants for khaki cargo, top for a crop top
  or tank. The adapter's vocabulary has no hoodie: "sweater" for a hoodie is taken as its synonym. The adapter (or the
  engine) naming a jacket a sweater or a shirt, a co-ord a dress, or a hat product a t-shirt or hoodie is
  contradiction; "Is this a ...?" answered wrong (no for a varsity jacket, yes for jeans on cargo pants, yes for
  hoodie on a denim jacket worn over a hoodie) is contradiction.
- "wearing" answers may name only some of what the model wears (a hat and a tee for a hat product, the hoodie under a
  jacket together with the jacket); that is correct as long as each color and garment named is right.
- Print answers are correct when they name what is printed (a skull, a dragon, the words, a letter patch); a wrong
  print or an item absent from the photo (a hood, a zipper on a pullover, ripped knees, a white collar, a
  skateboard) is unsupported. A material the title contradicts (polyester for a cotton fleece set) or that nothing
  shows (silk on a fleece hoodie, leather on nylon parachute pants, wool on a denim jacket) is unsupported; a
  plausible guess matching the look (cotton for a jersey tee, denim for jeans, fur for a faux-fur hat, corduroy for
  a corduroy hat) is correct.
- Adapter texts: repeating a template sentence is loop; stopping mid-sentence without repeating is cut (even where
  the template also invents an accessory before it is cut); the template returned for the material or print question
  is restated. Where the template misnames the garment (jacket as sweater or shirt) that is contradiction, and where
  it opens with the wrong person ("The gentleman" for a woman) that is pronoun: the first thing the auditor reads;
  hit_limit is kept.
- Base answers: "it is made of" (an early stop) is cut without hit_limit; an empty answer, "the details of the
  jeans", "the jeans are jeans", "i don't know" are non_answer; a material question answered with the garment's name
  ("jeans", "it's a t-shirt", "a green t-shirt") is restated; any answer that runs on into "Question: ... Answer:" is
  leak, even where its first words are right.
- "he"/"she" or "a man"/"a woman" for the wrong person is pronoun. For Unisex rows the photo decides.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

print_q = question("print", "What is the print on the garment?", "open")
color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_hoodie = question("color_hoodie", "What is the color of the hoodie?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")

BLIND_329 = [
    # photo: young man in a black oversized tee with a large white skull print, grey cargo pants, graffiti wall.
    # caption: adapter
    case(
        "X329-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and black pants", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("grey", "other_garment_color"),
        print_q("a skull"),
        is_a("hoodie", "no"),
        title="Men Black Oversized Skull Graphic Printed T-Shirt",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: young woman in a lilac oversized plain hoodie over light blue baggy jeans, white studio backdrop.
    # no adapter text
    case(
        "X329-002",
        caption("a woman in a purple hoodie and jeans"),
        D.wearing("a purple hoodie and blue jeans"),
        D.color("purple"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Lilac Solid Oversized Cotton Fleece Hoodie",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: young man in olive six-pocket cargo pants and a plain white tee, brick wall with graffiti tags.
    # details: adapter
    case(
        "X329-003",
        caption("a man standing in front of a wall with graffiti on it"),
        D.wearing("a white t-shirt and green pants"),
        D.garment_type("pants"),
        color_pants("white", "other_garment_color"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.description("a pair of green pants Question: What is the person wearing? Answer: a white t-shirt", "leak"),
        title="Men Olive Green Relaxed Fit Cotton Twill Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: young man in a black wool varsity jacket with white faux-leather sleeves and a chenille "B" patch, white
    # tee underneath, blue jeans, grey studio backdrop. caption: adapter
    case(
        "X329-004",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. "
            "It has a standing neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black and white jacket"),
        D.garment_type("jacket"),
        D.color("black"),
        print_q("the letter b"),
        is_a("varsity jacket", "yes"),
        D.description("a black and white jacket with a hood", "unsupported"),
        title="Unisex Black Wool Blend Varsity Jacket with Contrast Sleeves",
        category="Jackets",
        color="Black",
        gender="Unisex",
    ),
    # photo: young woman in light-wash wide-leg baggy jeans and a black crop top, graffiti wall in pink and yellow.
    # no adapter text
    case(
        "X329-005",
        caption("a woman in baggy jeans holding a skateboard in front of a graffiti wall", "unsupported"),
        D.wearing("a black crop top and blue jeans"),
        D.color("black", "other_garment_color"),
        color_jeans("blue"),
        D.details("ripped knees and a high waist", "unsupported"),
        D.material("denim"),
        title="Women Light Blue Wide Leg Baggy Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: young man in a navy oversized hoodie with "STAY WILD" in white letters on the chest, graffiti wall.
    # no adapter text
    case(
        "X329-006",
        caption("a man in a black hoodie standing in front of a wall", "contradiction"),
        D.wearing("a blue hoodie"),
        D.color("blue"),
        D.pattern("graphic"),
        print_q("the words stay wild"),
        D.description("a hoodie with a picture of a wolf on it", "unsupported"),
        title="Men Navy Blue Typography Printed Oversized Hoodie",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: young woman in a beige crewneck sweatshirt and matching beige joggers (co-ord), cream studio backdrop.
    # caption, material: adapter
    case(
        "X329-007",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige sweatshirt and pants"),
        D.details("the sweatshirt has a", "cut"),
        color_top("white", "contradiction"),
        color_pants("beige"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Women Beige Solid Sweatshirt & Joggers Co-Ord Set",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: young man in a black cotton bucket hat and a plain white tee, head-and-shoulders, white studio.
    # no adapter text
    case(
        "X329-008",
        caption("a young man wearing a black bucket hat"),
        D.wearing("a black hat and a black t-shirt", "contradiction"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("black"),
        is_a("bucket hat", "yes"),
        D.material("cotton"),
        title="Unisex Black Solid Bucket Hat",
        category="Caps & Hats",
        color="Black",
        gender="Unisex",
    ),
    # photo: young man in an oversized light-wash denim jacket over a black hoodie, black cargo pants, graffiti wall.
    # no adapter text
    case(
        "X329-009",
        caption("a man wearing a denim jacket and a black hoodie"),
        D.wearing("a jean jacket and a black hoodie"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve jacket with denim fabric and pure color patterns. It has a lapel "
            "neckline. The gentleman wears a long-sleeve jacket with denim",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        is_a("denim jacket", "yes"),
        title="Men Light Blue Washed Oversized Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: young woman in a white cropped tee with a pink butterfly print, black cargo pants, pink studio backdrop.
    # no adapter text
    case(
        "X329-010",
        caption("a woman in a white shirt with a pink butterfly on it"),
        D.wearing("he is wearing a white t-shirt and black pants", "pronoun"),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        print_q("a butterfly"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        title="Women White Butterfly Print Crop T-Shirt",
        category="T-Shirts",
        color="White",
        gender="Women",
    ),
    # photo: young man in a grey melange oversized plain hoodie and grey joggers, light grey studio backdrop.
    # caption: adapter
    case(
        "X329-011",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants", "contradiction"),
        D.color("grey"),
        D.pattern("solid"),
        D.description("the garment is a garment", "non_answer"),
        D.material("cotton"),
        title="Men Grey Melange Solid Oversized Hoodie",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: young woman in black nylon parachute cargo pants with ankle toggles and a white tank top, sitting on a
    # skateboard in front of a graffiti wall. no adapter text
    case(
        "X329-012",
        caption("a woman sitting on a skateboard in front of a graffiti wall"),
        D.wearing("black pants and a white top"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.details("pockets on the side and a drawstring at the ankle"),
        D.material("leather", "unsupported"),
        D.description("black pants with a white stripe down the side", "unsupported"),
        title="Women Black Parachute Cargo Pants",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: young man in dark indigo baggy jeans, an oversized white tee and a silver chain, white studio.
    # details: adapter
    case(
        "X329-013",
        caption("a man in a white t-shirt and jeans"),
        D.wearing("a white shirt and white jeans", "contradiction"),
        D.color("blue"),
        is_a("pair of jeans", "yes"),
        D.description("jeans Question: Describe the jeans. Answer: jeans", "leak"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        title="Men Dark Blue Baggy Fit Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Men",
    ),
    # photo: teen girl in a pink varsity jacket with white sleeves and an "NYC" patch, white tee, jeans, graffiti wall.
    # no adapter text
    case(
        "X329-014",
        caption("a girl in a pink and white jacket in front of a graffiti wall"),
        D.wearing("a pink jacket and jeans"),
        D.color("pink"),
        D.sleeve_length("short sleeves", "contradiction"),
        print_q("nyc"),
        is_a("varsity jacket", "no", "contradiction"),
        D.material("it is made of", "cut"),
        D.description("a pink jacket with white sleeves and a hood", "unsupported"),
        title="Women Pink Colourblocked Varsity Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: young man in a washed brown oversized tee with a dragon print and "TOKYO" lettering, black baggy jeans,
    # white studio. caption: adapter
    case(
        "X329-015",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown shirt and brown pants", "contradiction"),
        D.color("brown"),
        print_q("a dragon"),
        D.details("a dragon and the word tokyo"),
        D.material("cotton"),
        is_a("t-shirt", "yes"),
        title="Men Brown Graphic Printed Oversized T-Shirt",
        category="T-Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: young woman in a sage green crop top and matching sage green cargo pants (co-ord), beige studio.
    # no adapter text
    case(
        "X329-016",
        caption("a woman in a green crop top and green pants"),
        D.wearing("a green top and pants"),
        color_top("green"),
        color_pants("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("it is a dress", "contradiction"),
        D.material("cotton"),
        title="Women Sage Green Crop Top and Cargo Pants Co-Ord Set",
        category="Co-Ords",
        color="Sage Green",
        gender="Women",
    ),
    # photo: young man in a black denim trucker jacket with white contrast stitching and silver buttons, grey hoodie
    # underneath, graffiti wall. no adapter text
    case(
        "X329-017",
        caption("a man in a black jacket and grey hoodie standing in front of a wall"),
        D.wearing("a black jacket"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("white stitching and silver buttons"),
        D.material("leather", "unsupported"),
        D.description("a black jacket Question: Is this a denim jacket? Answer: yes", "leak"),
        is_a("denim jacket", "yes"),
        title="Men Black Denim Trucker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: back view of a young woman in a black oversized pullover hoodie with a large pink gothic "angel" print on
    # the back, white studio. details: adapter
    case(
        "X329-018",
        caption("the back of a woman wearing a black hoodie"),
        D.wearing("a black hoodie"),
        D.color("pink", "contradiction"),
        print_q("angel"),
        D.description("it is a black hoodie with a zipper", "unsupported"),
        D.details(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Back Printed Oversized Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: young man in beige cargo joggers, a black tee and a black bucket hat, graffiti wall.
    # caption, material: adapter
    case(
        "X329-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There "
            "is a hat",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black pants", "contradiction"),
        D.garment_type("pants"),
        color_pants("black", "other_garment_color"),
        is_a("pair of jeans", "no"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. It has",
            "restated",
            hit_limit=True,
        ),
        title="Men Beige Cargo Joggers",
        category="Track Pants",
        color="Beige",
        gender="Men",
    ),
    # photo: young woman in black baggy jeans and a grey oversized hoodie, white studio. no adapter text
    case(
        "X329-020",
        caption("a man in a grey hoodie and black jeans", "pronoun"),
        D.wearing("a grey sweatshirt and black pants"),
        D.color("grey", "other_garment_color"),
        color_jeans("black"),
        D.description("the jeans are black and baggy"),
        D.details("the details of the jeans", "non_answer"),
        D.material("denim"),
        title="Women Black Baggy Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: young man in a white oversized tee with a multicolor graffiti-style print, blue jeans, holding a spray
    # can in front of a graffiti wall. no adapter text
    case(
        "X329-021",
        caption("a man holding a spray can in front of a graffiti wall"),
        D.wearing("a white t-shirt and white pants", "contradiction"),
        D.color("multicolor", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        print_q("graffiti"),
        D.description("a t-shirt with a colorful design on the front and a pocket", "unsupported"),
        title="Men White Graffiti Print Oversized T-Shirt",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: young woman in a mid-blue cropped denim jacket over a white tee, black cargo pants, white studio.
    # caption: adapter
    case(
        "X329-022",
        caption(
            "The lady wears a long-sleeve shirt with denim fabric and pure color patterns. It has a lapel neckline. "
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The shirt",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and black pants"),
        D.details(
            "The lady wears a long-sleeve shirt with denim fabric and pure color patterns. It has a lapel neckline. "
            "The lady wears a long",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.material("denim"),
        is_a("denim jacket", "yes"),
        title="Women Blue Cropped Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: young man in a red varsity bomber with cream sleeves, a chenille "23" patch and a striped rib collar,
    # white tee, grey studio. material: adapter
    case(
        "X329-023",
        caption("a man in a red and white jacket"),
        D.wearing("a red jacket with white sleeves and a red hat", "unsupported"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        print_q("the number 23"),
        D.details("the number 23 and a red and white striped collar"),
        D.material(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. "
            "It has a standing neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Red & Cream Varsity Bomber Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: young woman in a pink faux-fur bucket hat and a white hoodie, head-and-shoulders, white studio.
    # no adapter text
    case(
        "X329-024",
        caption("a woman wearing a pink fuzzy hat and a white hoodie"),
        D.wearing("a pink hat"),
        D.garment_type("hoodie", "contradiction"),
        D.color("white", "other_garment_color"),
        is_a("bucket hat", "yes"),
        D.material("fur"),
        D.details(
            "There is a hat in her head. The lady wears a long-sleeve sweater with pure color patterns. There is a "
            "hat in her head. The lady",
            "loop",
            hit_limit=True,
        ),
        title="Women Pink Faux Fur Bucket Hat",
        category="Caps & Hats",
        color="Pink",
        gender="Women",
    ),
    # photo: young man in an acid-washed charcoal oversized hoodie with a small "OFF DUTY" chest print, black jeans,
    # red and blue graffiti wall. no adapter text
    case(
        "X329-025",
        caption("a man in a grey hoodie standing in front of a graffiti wall"),
        D.wearing("she is wearing a grey hoodie", "pronoun"),
        D.color("red", "contradiction"),
        print_q("off duty"),
        D.description("a grey hoodie with off duty written on the back", "unsupported"),
        D.material("cotton"),
        title="Men Charcoal Grey Acid Wash Oversized Hoodie",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: young woman in a yellow baby tee with a cherry print and "Y2K" lettering, light blue baggy jeans, no
    # jewellery, white studio. caption: adapter
    case(
        "X329-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and jeans"),
        D.color("yellow"),
        D.sleeve_length("sleeveless", "contradiction"),
        print_q("cherries"),
        D.details("a cherry on the front and the word y2k"),
        D.material("cotton Question: What is the print on the garment? Answer: cherries", "leak"),
        title="Women Yellow Cherry Print Baby Tee",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: young man in a black bandana-paisley short-sleeve camp shirt with white print and matching shorts
    # (co-ord), black collar, grey studio. no adapter text
    case(
        "X329-027",
        caption("a man in a black and white shirt and shorts"),
        D.wearing("a black shirt and shorts"),
        color_shirt("black"),
        color_shorts("white", "contradiction"),
        print_q("paisley"),
        D.description("a black shirt with a white collar", "unsupported"),
        D.material("the shirt is made of", "cut"),
        title="Men Black Bandana Print Shirt and Shorts Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Men",
    ),
    # photo: young woman in a navy varsity jacket with a white "C" patch, white crop top, black baggy jeans, graffiti
    # wall. caption: adapter
    case(
        "X329-028",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns and a long pants. The sweater is with "
            "cotton fabric. The lady wears a long-sleeve sweater with color block patterns and a long pants. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and black jeans"),
        D.color("black", "other_garment_color"),
        print_q("the letter c"),
        is_a("varsity jacket", "yes"),
        D.description("a blue jacket with a white letter c on it"),
        D.material("i don't know", "non_answer"),
        title="Women Navy Varsity Jacket",
        category="Jackets",
        color="Navy",
        gender="Women",
    ),
    # photo: young man in light grey washed baggy jeans, a black hoodie and a black bucket hat, graffiti wall.
    # no adapter text
    case(
        "X329-029",
        caption("a man in a black hoodie and grey jeans in front of a graffiti wall"),
        D.wearing("a black hoodie, grey jeans and a hat"),
        color_jeans("blue", "contradiction"),
        D.details("they have a hole in the knee", "unsupported"),
        D.material("jeans", "restated"),
        title="Men Grey Washed Baggy Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: young woman in olive low-rise cargo pants and a black crop tank, beige studio. no adapter text
    case(
        "X329-030",
        caption("a woman in green cargo pants and a green top", "contradiction"),
        D.wearing("a black top and green pants"),
        D.garment_type("pants"),
        D.color("green"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("pockets"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Women Olive Low Rise Cargo Pants",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: young man in a black tee with an anime-style girl's face printed on the front, white studio.
    # no adapter text
    case(
        "X329-031",
        caption("a man wearing a black t-shirt with a picture of a girl on it"),
        D.wearing("she is wearing a black shirt", "pronoun"),
        D.color("black"),
        print_q("a cartoon girl"),
        D.description(
            "black t-shirt with a picture of a girl on it Question: What is the print on the t-shirt? Answer: a girl",
            "leak",
        ),
        D.material("it's a t-shirt", "restated"),
        title="Men Black Anime Graphic Printed T-Shirt",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: young woman in a blue denim jacket and matching denim mini skirt (co-ord), graffiti wall. caption: adapter
    case(
        "X329-032",
        caption(
            "The lady wears a long-sleeve jacket with denim fabric and pure color patterns and a short skirt. The "
            "jacket is with denim fabric. It has a lapel neckline. The skirt is with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a denim skirt"),
        color_jacket("blue"),
        color_skirt("blue"),
        D.details("the jacket has a hood and buttons", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Women Blue Denim Jacket & Mini Skirt Co-Ord Set",
        category="Co-Ords",
        color="Blue",
    ),
    # photo: young man in a green camouflage bucket hat and a black tee, head-and-shoulders, white studio, no props.
    # no adapter text
    case(
        "X329-033",
        caption("a man wearing a camouflage hat and holding a skateboard", "unsupported"),
        D.wearing("a camo hat"),
        D.garment_type("hat"),
        D.color("black", "other_garment_color"),
        D.pattern("camouflage"),
        print_q("camouflage"),
        D.description("a green hat with a black stripe around it", "unsupported"),
        title="Men Camouflage Reversible Bucket Hat",
        category="Caps & Hats",
        color="Green",
        gender="Men",
    ),
    # photo: teen girl in an off-white oversized hoodie with green "Brooklyn" embroidery, graffiti wall.
    # no adapter text
    case(
        "X329-034",
        caption("a girl in a white hoodie standing in front of a wall with graffiti"),
        D.wearing("a white sweatshirt with green writing on it"),
        D.color("green", "contradiction"),
        D.sleeve_length("long sleeves"),
        print_q("brooklyn"),
        D.details("embroidered letters on the front"),
        D.material("silk", "unsupported"),
        D.description(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The lady "
            "wears a long-sleeve sweater with graphic patterns",
            "loop",
            hit_limit=True,
        ),
        title="Women Off White Embroidered Oversized Hoodie",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: young man in black tactical cargo pants with leg straps and buckles, a black tee, white sneakers,
    # graffiti wall. caption: adapter
    case(
        "X329-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black pants and a black t-shirt"),
        color_pants("black"),
        D.description("black pants with white stripes", "unsupported"),
        D.details("straps and buckles on the legs"),
        is_a("pair of jeans", "no"),
        D.material("it is made of a", "cut"),
        title="Men Black Tactical Cargo Pants",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: young woman in mid-blue baggy jeans, a white crop tee and a black bucket hat, white studio.
    # material: adapter
    case(
        "X329-036",
        caption("a woman in a white shirt and blue jeans"),
        D.wearing("a white crop top, blue jeans and a hat"),
        color_jeans("white", "other_garment_color"),
        D.description("the jeans are blue"),
        D.details("the jeans are jeans", "non_answer"),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with denim "
            "fabric and pure color patterns. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Mid Blue Baggy Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: young man in a stonewash blue denim jacket with a white sherpa collar over a white hoodie, white studio.
    # no adapter text
    case(
        "X329-037",
        caption("a man in a blue jean jacket with a white hoodie"),
        D.wearing("a blue jacket"),
        D.color("white", "other_garment_color"),
        D.details("fur collar and buttons"),
        D.material("wool", "unsupported"),
        D.description("a blue denim jacket with a fur collar Question: what is", "leak"),
        title="Men Blue Sherpa Collar Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: young woman in a green varsity jacket with white sleeves and an "S" patch, white tee, grey studio.
    # caption: adapter
    case(
        "X329-038",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. "
            "It has a standing neckline. The gentleman wears a long pants. The pants are with denim",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a green and white jacket"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        print_q("the letter s"),
        is_a("varsity jacket", "yes"),
        D.description("a green jacket with white sleeves and a hood", "unsupported"),
        title="Women Green Varsity Jacket",
        category="Jackets",
        color="Green",
        gender="Women",
    ),
    # photo: young man in an olive cotton fleece hoodie and matching olive joggers (co-ord), graffiti wall.
    # no adapter text
    case(
        "X329-039",
        caption("a man in a green hoodie and green pants standing in front of a graffiti wall"),
        D.wearing("a green sweatsuit"),
        color_hoodie("green"),
        color_pants("grey", "contradiction"),
        D.description("a tracksuit"),
        D.material("polyester", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Olive Cotton Fleece Hoodie & Joggers Co-Ord Set",
        category="Co-Ords",
        color="Olive",
        gender="Men",
    ),
    # photo: young woman in a grey melange oversized tee with an astronaut print, black biker shorts, white studio.
    # details: adapter
    case(
        "X329-040",
        caption("a woman in a grey t-shirt with an astronaut on it"),
        D.wearing("a grey t-shirt and grey shorts", "contradiction"),
        D.color("grey"),
        print_q("an astronaut"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The lady "
            "wears a short-sleeve T-shirt with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        title="Women Grey Melange Space Graphic Oversized T-Shirt",
        category="T-Shirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: young man in a beige corduroy bucket hat and a navy hoodie, head-and-shoulders, graffiti wall.
    # caption: adapter
    case(
        "X329-041",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. There is a hat in his head. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a hat and a blue hoodie"),
        D.garment_type("hat"),
        D.color("blue", "other_garment_color"),
        D.material("corduroy"),
        D.description("a blue hat", "other_garment_color"),
        is_a("bucket hat", "no", "contradiction"),
        title="Unisex Beige Corduroy Bucket Hat",
        category="Caps & Hats",
        color="Beige",
        gender="Unisex",
    ),
    # photo: young woman in light grey wide-leg cargo pants and a pink cropped hoodie, white studio. no adapter text
    case(
        "X329-042",
        caption("a woman in a pink hoodie and grey pants"),
        D.wearing("a pink hoodie and grey pants"),
        D.garment_type("pants"),
        D.color("pink", "other_garment_color"),
        D.details("they have big pockets on the sides"),
        D.description("grey pants with pockets Question: What are the details of the garment? Answer: pockets", "leak"),
        title="Women Grey Wide Leg Cargo Pants",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: young man in a green tee with a roaring tiger print, beige cargo pants, graffiti wall. no adapter text
    case(
        "X329-043",
        caption("a man in a green shirt with a tiger on it"),
        D.wearing("a green t-shirt and khaki pants"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        print_q("a lion", "unsupported"),
        D.material("a green t-shirt", "restated"),
        is_a("t-shirt", "yes"),
        title="Men Green Tiger Graphic T-Shirt",
        category="T-Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: teen boy in a black hoodie with orange flames up the front and the sleeves, black jeans, white studio.
    # details: adapter
    case(
        "X329-044",
        caption("a boy in a black hoodie with flames on it"),
        D.wearing("a black hoodie with orange flames"),
        D.color("orange", "contradiction"),
        print_q("flames"),
        D.description("a black hoodie with flames on the sleeves"),
        D.material(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Boys Black Flame Print Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: young woman in a black-and-white checkerboard knit sleeveless crop top and matching mini skirt (co-ord),
    # graffiti wall. caption: adapter
    case(
        "X329-045",
        caption(
            "The lady wears a sleeveless tank top with lattice patterns and a short skirt. The tank top is with "
            "knitting fabric. It has a round neckline. The skirt is with knitting fabric and lattice patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white checkered top and skirt"),
        color_top("black"),
        color_skirt("white"),
        D.pattern("striped", "contradiction"),
        D.description("a black and white dress", "contradiction"),
        D.details(
            "The skirt is with knitting fabric and lattice patterns. The skirt is with knitting fabric and lattice "
            "patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        title="Women Black and White Checked Knit Crop Top & Mini Skirt Co-Ord",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: young man in a light blue distressed denim jacket over a red hoodie, black jeans, graffiti wall.
    # no adapter text
    case(
        "X329-046",
        caption(
            "The gentleman wears a long-sleeve jacket with denim fabric and pure color patterns. It has a lapel "
            "neckline. The gentleman wears a long-sleeve jacket with denim fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red hoodie and a jean jacket"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("ripped"),
        D.description("a red jacket", "other_garment_color"),
        D.material("denim"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men Light Blue Distressed Denim Jacket",
        category="Jackets",
        color="Light Blue",
    ),
]
