"""BLIND_656 (46 products; Myntra sweatshirts, hoodies, track tops, joggers): written blind in the fifty-third session.
Measured blind at 33dcae4 (the session's final rules): 114/133 failures found (85.7%) and 10/197 correct texts flagged
(5.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and women's sweatshirts, hoodies, track jackets and tracksuits, plus a few
joggers listings (article type Track Pants) photographed with a sweatshirt or hoodie on top. Catalog shots on a white
backdrop (one on grey, one flat lay with no person), the model wearing joggers, sneakers, a tee under an open jacket,
now and then a cap, headphones, a watch, a backpack. Six rows have no category, one flat lay has no gender.

Who wrote what: captions come from the caption adapter at epoch 1 (Data2_V2_BLIP2_Finetune_Caption_First_Epoch): the
DeepFashion template ("The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton
fabric..."), no hue names, "sweater" for every sweatshirt or hoodie, "jacket" for track tops; one caption starts in
the base model's own words before falling into the template. No end token was trained, so about a quarter of the
captions run to the 50-token limit, cut mid-sentence or repeating the lower-garment sentences. Every answer comes
from the VQA adapter (Data3_V3_BLIP2_VQA): open answers (wearing, "What cloth...", describe, details, material and
some color questions) are free generation, short when they stop, looping or leaking the next "Question: ... Answer:"
when they do not; closed answers (garment type, color, pattern, sleeve length, the yes/no "Is this a ...?" and some
color questions) are the one candidate the reference engine ranked first, so they never loop or stop short. The
adapter's usual errors: the joggers' color (or a print's, a trim's, the backdrop's) given for the product, a hood,
zipper or pocket that is not there, a yes/no garment answer that the photo and the seller deny, he/she swapped.

Labeling conventions and judgement calls:
- One label per text. Priority when several apply: leak > loop > cut > the content errors. A looping text is loop
  even when what it repeats is also wrong; a text that leaks a prompt is leak even if it also ran to the limit.
- hit_limit=True on every text that ran to its token limit (50 for captions, 30 for answers): all loops, cuts and
  leaks here. Texts that stopped on their own have hit_limit=False.
- The labelled product is the seller's article type: on a Track Pants row the joggers, on a Tracksuits row the set.
  A color, type or yes/no answer about the other garment in the photo (the sweatshirt worn with listed joggers) is
  judged against the labelled product: the top's color is other_garment_color, "sweatshirt" or "yes" to "Is this
  a hoodie?" on a joggers row is contradiction.
- other_garment_color: the product given the color of another garment in the photo (joggers, inner tee, top). When
  the wrong color is also an accent on the product (black shoulder panels and black joggers), still
  other_garment_color. A color that only belongs to a print, logo, trim, stripe or panel of the product, or to the
  backdrop, is contradiction.
- Shades: maroon/burgundy = red, lavender = purple, peach = pink, teal = blue, mustard = yellow, rust = orange,
  cream/off white = white, charcoal = grey, khaki = beige; each is a correct color answer for that product.
  For the multi-colour colourblock sweatshirt any of its block colors counts as correct.
- "sweater" (the template's word) for a sweatshirt or hoodie, and "jacket" for a zip hoodie or a track top, are
  correct; "sweatshirt" for a hoodie is correct ("Is this a sweatshirt?" yes on a hoodie). "T-shirt", "hoodie" for
  a hoodless top, "jacket" for a pullover are contradictions.
- Patterns: a small chest logo or thin piping leaves a garment "pure color"/"solid"; sleeve stripes or side stripes
  may be called striped, contrast panels color block. "pure color" on a big print, "lattice" or "striped" on a plain
  garment, "solid" on a striped one are contradictions; so is a lower-garment length that is wrong
  ("three-point" for full-length joggers).
- Fabric: "cotton" for fleece sweatshirts and hoodies is accepted; "polyester" for track jackets is accepted;
  "cotton" for a shiny tricot track jacket, or a fabric nobody can see, is unsupported; a fabric the photo plainly
  denies (denim joggers, leather sweatshirt) is contradiction.
- unsupported: a thing that is not in the photo (hood, zipper, pockets, ring, hat, an accessory on a bare wrist, a
  person in a flat lay).
- non_answer: empty, yes/no, a lone color or the garment's name alone as the answer to an open describe/wearing
  question. A garment name alone is a real answer to "What cloth is the person wearing?".
- restated: the question's own words handed back as a phrase ("the sweatshirt details", "describe the hoodie").
- pronoun: he/she, lady/gentleman, his/her that contradict the row's gender; the flat lay without gender has none.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_656 = [
    # photo: man, front, grey melange crewneck sweatshirt with a small black cat logo on the chest, black joggers with
    # white drawcords, white sneakers, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-001",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt and black pants"),
        color_of("sweatshirt", "grey"),
        pattern("solid"),
        sleeve("long sleeves"),
        details("sweatshirt", "a small black logo on the chest and ribbed cuffs"),
        describe("sweatshirt", "a grey sweatshirt with a hood", "unsupported"),
        title="Puma Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, front, hands in the kangaroo pocket, dusty pink pullover hoodie with white "BROOKLYN" lettering,
    # white drawstrings, grey melange joggers, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-002",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        wearing("a pink hoodie and grey pants", who="she"),
        color_of("hoodie", "grey", "other_garment_color"),
        is_a("hoodie", "yes"),
        describe("hoodie", "pink hoodie with white letters on the front"),
        material("cotton"),
        title="Roadster Women Pink Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man, front, navy full-zip track jacket with stand collar and thin white piping down the sleeves, worn
    # open over a white crew tee, navy joggers, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-003",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with other fabric and pure "
            "color patterns."
        ),
        wearing("a blue jacket and a white t-shirt"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        garment_type("jacket"),
        details("jacket", "a zipper on the front and white piping on the sleeves"),
        is_a("hoodie", "yes", "contradiction"),
        material("cotton", "unsupported"),
        title="HRX by Hrithik Roshan Men Navy Blue Solid Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, three-quarter view, black cuffed joggers (the product) with a small white logo on the left thigh,
    # lavender crewneck sweatshirt on top, white sneakers, white backdrop. Caption: caption adapter e1; answers: VQA.
    case(
        "X656-004",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "black"),
        color("purple", "other_garment_color"),
        garment_type("sweatshirt", "contradiction"),
        details("pants", "a white logo on the left thigh and elastic cuffs at the ankles"),
        wearing("a purple sweatshirt and black pants", who="she"),
        is_a("jacket", "yes", "contradiction"),
        title="Puma Women Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man, front, plain maroon pullover hoodie with black drawcords and a kangaroo pocket, charcoal joggers,
    # white backdrop.
    # Row has no category. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-005",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a red hoodie and grey pants", who="he"),
        color_of(
            "hoodie",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        sleeve("long sleeves"),
        describe("hoodie", "the hoodie is a hoodie", "non_answer"),
        garment_type("hoodie"),
        details(
            "hoodie",
            "black drawstrings and a pocket in the front and black drawstrings and a pocket in the front and black",
            "loop",
            hit_limit=True,
        ),
        title="Highlander Men Maroon Solid Hooded Sweatshirt",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman, hand on hip, teal track jacket zipped to the chin with thin white piping down the sleeves, black
    # joggers, silver watch on the left wrist, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-006",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with other fabric and pure color patterns. "
            "There is an accessory on her wrist."
        ),
        wearing("a blue jacket and black pants", who="she"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        pattern("solid"),
        is_a("jacket", "yes"),
        details(
            "jacket",
            "Question: What are the jacket details? Answer: the jacket has a zipper on the front Question: What "
            "are the",
            "leak",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        title="Nike Women Teal Track Jacket",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
    # photo: man, front, olive crewneck sweatshirt with white "EST. 1998 ROADSTER" print on the chest, khaki cotton
    # joggers, brown boots, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-007",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        wearing("a green sweatshirt and khaki pants"),
        color_of("sweatshirt", "beige", "other_garment_color"),
        pattern("printed"),
        describe("sweatshirt", "green sweatshirt with white text on the chest"),
        material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Olive Green Printed Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, front, off-white crewneck sweatshirt with small pink floral embroidery on the chest, navy joggers,
    # white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-008",
        caption(
            "This female wears a long-sleeve sweater with floral patterns. The sweater is with cotton fabric. It has a "
            "round neckline. This female wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("he is wearing a white sweatshirt and blue pants", "pronoun", who="she"),
        color("white"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        details("sweatshirt", "pink flowers embroidered on the chest"),
        sleeve("long sleeves"),
        material("wool", "unsupported"),
        title="Sweet Dreams Women Off White Printed Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: man, front, black tracksuit: track jacket half zipped over a white tee and matching pants, three white
    # stripes on the sleeves and down the legs, no hood, white backdrop. Caption: caption adapter e1; answers: VQA.
    case(
        "X656-009",
        caption(
            "The gentleman wears a long-sleeve jacket with striped patterns. The jacket is with other fabric. It has a "
            "stand neckline. The gentleman wears a long trousers. The trousers are with other fabric and striped "
            "patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and white tracksuit"),
        garment_type("tracksuit"),
        color_of("tracksuit", "white", "other_garment_color", kind="open"),
        is_a("tracksuit", "yes"),
        details("tracksuit", "three white stripes on the sleeves and the legs"),
        material("polyester"),
        describe("tracksuit", "a black tracksuit with white stripes and a hood", "unsupported"),
        title="Adidas Men Black Tracksuit",
        category="Tracksuits",
        color="Black",
        gender="Men",
    ),
    # photo: man, hands in pockets, navy zip-up hoodie worn open over a grey melange tee, grey joggers, white
    # backdrop. Caption: caption adapter e1 (describes the tee); answers: VQA adapter.
    case(
        "X656-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        wearing("a blue hoodie and a grey shirt"),
        color_of("hoodie", "grey", "other_garment_color"),
        describe("hoodie", "blue hoodie with a zipper"),
        sleeve("long sleeves"),
        is_a("hoodie", "yes"),
        details(
            "hoodie",
            "Question: What are the hoodie details? Answer: the hoodie has a zipper Question: What are the "
            "hoodie details?",
            "leak",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Navy Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front, plain mustard crewneck sweatshirt with ribbed hem, black joggers, gold hoop earrings,
    # white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-011",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow sweatshirt and black pants", who="she"),
        color("yellow"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        pattern("solid"),
        describe(
            "sweatshirt",
            "Question: Describe the sweatshirt. Answer: a yellow sweatshirt with long sleeves and a round neck "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("hoodie", "yes", "contradiction"),
        title="DressBerry Women Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man, front, grey melange joggers (the product) with drawstring and cuffed ankles, black pullover hoodie on
    # top, white sneakers, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-012",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "black", "other_garment_color"),
        color("grey"),
        garment_type("track pants"),
        details("pants", "drawstring waist and cuffed ankles"),
        wearing(
            "a black hoodie and grey pants and white shoes and a black hoodie and grey pants and white shoes and "
            "a black",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "yes", "contradiction"),
        title="HRX by Hrithik Roshan Men Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, front, black track jacket with pink zip and pink piping, no hood, worn open over a white tank top,
    # black joggers, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-013",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "stand neckline. The lady wears a tank top with pure color patterns. The lady wears a long pants."
        ),
        wearing("a black jacket and a white tank top", who="she"),
        color_of("jacket", "pink", "contradiction", kind="open"),
        sleeve("long sleeves"),
        is_a("jacket", "yes"),
        material("cotton", "unsupported"),
        details("jacket", "the jacket has a pink zipper and pink piping on the sleeves and a hood", "unsupported"),
        title="Puma Women Black Track Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man, front, red crewneck sweatshirt with a white swoosh on the chest, black joggers, a black cap held in
    # his right hand, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-014",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a red sweatshirt and black pants"),
        color_of("sweatshirt", "red"),
        pattern("solid"),
        details("sweatshirt", "a white nike logo on the chest"),
        cloth("sweatshirt"),
        is_a("hoodie", "no"),
        describe("sweatshirt", "red", "non_answer"),
        title="Nike Men Red Club Crew Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman, front, lavender pullover hoodie with the hood down, black headphones around her neck, grey
    # joggers, white backdrop. Row has no category. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-015",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory in her neck."
        ),
        wearing("a purple hoodie and grey pants and headphones", who="she"),
        color_of("hoodie", "grey", "other_garment_color", kind="open"),
        is_a("sweatshirt", "yes"),
        describe("hoodie", "purple", "non_answer"),
        garment_type("hoodie"),
        material("cotton"),
        details("hoodie", "a zipper on the front and white drawstrings", "unsupported"),
        title="Here&Now Women Lavender Solid Hooded Sweatshirt",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, front, charcoal track jacket zipped up, neon green zip and green trim on the cuffs, no hood, no chest
    # pockets, black joggers, small black backpack on one shoulder, white backdrop. Caption: caption adapter e1;
    # answers: VQA adapter.
    case(
        "X656-016",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with other fabric and pure "
            "color patterns. The gentleman has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey jacket and black pants and a backpack"),
        color_of("jacket", "green", "contradiction", kind="open"),
        color("grey"),
        garment_type("jacket"),
        details("jacket", "the jacket has a hood and two zippered pockets on the chest", "unsupported"),
        cloth("jacket"),
        title="Wildcraft Men Charcoal Grey Track Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man, front, colourblock crewneck sweatshirt: navy body, white chest panel, red band across the chest,
    # navy joggers, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-017",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a blue, white and red sweatshirt and blue pants"),
        color_of("sweatshirt", "blue"),
        pattern("colour block"),
        describe(
            "sweatshirt",
            "a sweatshirt with a sweatshirt with a sweatshirt with a sweatshirt with a sweatshirt with a "
            "sweatshirt with a",
            "loop",
            hit_limit=True,
        ),
        is_a("hoodie", "no"),
        material("leather", "contradiction"),
        title="Kook N Keech Men Multicoloured Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: woman, front, peach pullover hoodie with white drawstrings and a kangaroo pocket, plain white joggers,
    # white sneakers, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-018",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with cotton fabric and lattice patterns.",
            "contradiction",
        ),
        wearing("a pink hoodie and white pants", who="she"),
        color_of("hoodie", "white", "other_garment_color", kind="open"),
        color("peach"),
        sleeve("long sleeves"),
        details("hoodie", "white drawstrings on the hood and a pocket in the front"),
        is_a("hoodie", "no", "contradiction"),
        title="Fort Collins Women Peach Hooded Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man, front, black pullover hoodie with a large white abstract graphic on the chest, olive joggers, white
    # backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-019",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        wearing("a black hoodie and green pants"),
        color_of("hoodie", "green", "other_garment_color"),
        pattern("printed"),
        describe("hoodie", "a black hoodie with a white print on the front"),
        is_a("hoodie", "yes"),
        cloth(
            "Question: What cloth is the person wearing? Answer: hoodie Question: What cloth is the person wearing? "
            "Answer: hoodie",
            "leak",
            hit_limit=True,
        ),
        title="Jack & Jones Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front, navy track pants (the product) with a white stripe down each side, pink pullover hoodie on
    # top, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with other fabric and striped patterns."
        ),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        color("navy blue"),
        garment_type("track pants"),
        wearing("she is wearing a pink hoodie and blue track pants", who="she"),
        details("pants", "a white stripe down the side of each leg"),
        is_a("sweatshirt", "no"),
        describe(
            "pants",
            "navy blue track pants with a white stripe on the side and a pocket on the back and a zipper on the side "
            "and a",
            "cut",
            hit_limit=True,
        ),
        material("", "non_answer"),
        title="Reebok Women Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, front, plain white crewneck sweatshirt with ribbed cuffs and hem, black joggers, plain grey backdrop.
    # Caption: caption adapter e1, starting in the base model's words; answers: VQA adapter.
    case(
        "X656-021",
        caption(
            "a man wearing a white sweatshirt and black pants standing against a grey wall The gentleman wears a "
            "long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sweatshirt and black pants"),
        color_of("sweatshirt", "grey", "contradiction"),
        sleeve("long sleeves"),
        details("sweatshirt", "ribbed cuffs and hem"),
        describe("sweatshirt", "the sweatshirt", "non_answer"),
        material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        title="Campus Sutra Men White Solid Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman, front, red track jacket with three white stripes on the sleeves, worn open over a white tee, black
    # joggers, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-022",
        caption(
            "The lady wears a long-sleeve jacket with striped patterns. The jacket is with other fabric. It has a "
            "stand neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long "
            "pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a red jacket, a white t-shirt and black pants", who="she"),
        color_of("jacket", "red", kind="open"),
        is_a("jacket", "yes"),
        pattern("striped"),
        material(
            "polyester Question: What is the color of the jacket? Answer: red Question: What",
            "leak",
            hit_limit=True,
        ),
        details("jacket", "three white stripes on the sleeves and a zipper"),
        color("white", "other_garment_color"),
        title="Adidas Women Red Track Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: man, front, bare-headed, royal blue crewneck sweatshirt with a red-and-white batwing logo print on the
    # chest, grey joggers, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-023",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. He wears a hat.",
            "unsupported",
        ),
        wearing("a blue sweatshirt and grey pants"),
        color_of("sweatshirt", "red", "contradiction", kind="open"),
        color("blue"),
        describe("sweatshirt", "blue sweatshirt with a red and white logo on the chest"),
        is_a("sweatshirt", "yes"),
        pattern("striped", "contradiction"),
        title="Levis Men Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat lay, no person: navy track jacket (no hood) and navy track pants with grey side panels, laid on a
    # white surface. Row has no gender. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-024",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with other fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with other fabric and color "
            "block patterns.",
            "unsupported",
        ),
        wearing("a blue jacket and blue pants"),
        garment_type("tracksuit"),
        color("navy blue"),
        details("tracksuit", "grey panels on the sides of the jacket and the pants"),
        color_of("jacket", "grey", "contradiction", kind="open"),
        is_a("hoodie", "yes", "contradiction"),
        describe("tracksuit", "a man wearing a blue tracksuit", "unsupported"),
        title="Proline Men Navy Blue Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # photo: woman, front, grey melange pullover hoodie with kangaroo pocket and drawstrings, matching grey joggers,
    # black sneakers, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a grey hoodie and grey pants", who="she"),
        color_of("hoodie", "grey", kind="open"),
        sleeve("short sleeves", "contradiction"),
        is_a("hoodie", "yes"),
        describe(
            "hoodie",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey",
            "loop",
            hit_limit=True,
        ),
        details("hoodie", "a kangaroo pocket and drawstrings"),
        title="Mast & Harbour Women Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: man, front, bottle-green crewneck sweatshirt with white "FILA" lettering across the chest, khaki joggers,
    # white sneakers, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-026",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("she is wearing a green sweatshirt and khaki pants", "pronoun"),
        color_of("sweatshirt", "green"),
        pattern("printed"),
        details("sweatshirt", "white letters across the chest"),
        material("cotton"),
        is_a("sweatshirt", "no", "contradiction"),
        title="Fila Men Green Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman, front, burgundy cropped crewneck sweatshirt reaching the waistband, black high-waist joggers,
    # white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a long pants. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a maroon sweatshirt and black pants", who="she"),
        color("black", "other_garment_color"),
        color_of("sweatshirt", "red", kind="open"),
        describe("sweatshirt", "a cropped maroon sweatshirt with long sleeves"),
        sleeve("long sleeves"),
        is_a("sweatshirt", "yes"),
        title="Tokyo Talkies Women Burgundy Cropped Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man, front, olive track jacket zipped up with black panels on the shoulders and upper sleeves, black
    # joggers, white backdrop. Row has no category. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-028",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with other fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("an olive jacket and black pants", who="he"),
        color_of("jacket", "black", "other_garment_color"),
        garment_type("jacket"),
        is_a("sweatshirt", "yes", "contradiction"),
        details("jacket", "black panels on the shoulders and a zip front"),
        describe("jacket", "she is wearing an olive jacket with black sleeves", "pronoun"),
        title="Roadster Men Olive Track Jacket",
        color="Olive",
        gender="Men",
    ),
    # photo: man, front, black joggers (the product) with a small white swoosh on the left thigh, no side stripes,
    # white pullover hoodie on top, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-029",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        color("white", "other_garment_color"),
        color_of("pants", "black", kind="open"),
        garment_type("track pants"),
        wearing(
            "Question: What is the person wearing? Answer: a white hoodie and black pants Question: What is the person "
            "wearing? Answer",
            "leak",
            hit_limit=True,
        ),
        details("pants", "a white logo on the thigh and elastic cuffs"),
        describe("pants", "black joggers with white stripes down the sides", "unsupported"),
        title="Nike Men Black Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front, black crewneck sweatshirt with a pink floral print across the front, black joggers, white
    # backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-030",
        caption(
            "The lady wears a long-sleeve sweater with floral patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black sweatshirt with pink flowers and black pants", who="she"),
        color_of("sweatshirt", "pink", "contradiction", kind="open"),
        pattern("floral"),
        describe(
            "sweatshirt",
            "a black sweatshirt with a pink floral print on the front, a black sweatshirt with a pink floral print on "
            "the front, a",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "yes"),
        details("sweatshirt", "pink flowers on the front and a hood", "unsupported"),
        title="Puma Women Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man, front, coffee-brown pullover hoodie with kangaroo pocket, no zipper, cream joggers, white backdrop.
    # Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-031",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a brown hoodie and white pants", who="he"),
        color_of("hoodie", "white", "other_garment_color"),
        is_a("hoodie", "yes"),
        details("hoodie", "a zipper on the front and a pocket on the chest", "unsupported"),
        material("cotton"),
        sleeve("long sleeves"),
        describe(
            "hoodie",
            "a brown hoodie with a hood and long sleeves and a pocket in the front and ribbed cuffs and a ribbed "
            "hem and a brown",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Coffee Brown Hooded Sweatshirt",
        category="Sweatshirts",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: male model, front, yellow pullover hoodie with a small black smiley patch on the chest, black joggers,
    # white backdrop; a unisex listing. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-032",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow hoodie and black pants"),
        color_of("hoodie", "yellow", kind="open"),
        garment_type("hoodie"),
        describe("hoodie", "describe the hoodie", "restated"),
        is_a("hoodie", "yes"),
        details("hoodie", "a smiley face patch on the chest"),
        title="Kook N Keech Unisex Yellow Hooded Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: woman, front, light pink track jacket zipped up with a small white swoosh, grey joggers, white baseball
    # cap, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-033",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "She wears a hat."
        ),
        wearing("a pink jacket, grey pants and a white hat", who="she"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        sleeve("long sleeves"),
        details("jacket", "a white logo on the chest and a zipper"),
        is_a("jacket", "no", "contradiction"),
        describe("jacket", "a grey jacket with a zipper", "other_garment_color"),
        title="Nike Women Pink Track Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: man, front, crewneck sweatshirt in navy and white horizontal stripes, grey joggers, white backdrop.
    # Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-034",
        caption(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped sweatshirt and grey pants"),
        color_of("sweatshirt", "navy blue"),
        pattern("solid", "contradiction"),
        describe("sweatshirt", "the sweatshirt has stripes"),
        details("sweatshirt", "the sweatshirt details are the sweatshirt details", "restated"),
        sleeve("long sleeves"),
        title="U.S. Polo Assn. Men Navy & White Striped Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front, grey melange full-length joggers (the product) with drawstring and a small logo on the left
    # leg, white crewneck sweatshirt on top, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-035",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        color("white", "other_garment_color"),
        color_of("pants", "grey"),
        garment_type("track pants"),
        wearing("a white sweatshirt and grey pants", who="she"),
        details(
            "pants",
            "grey pants with a drawstring and a logo on the left leg with a drawstring and a logo on the left "
            "leg with a",
            "loop",
            hit_limit=True,
        ),
        title="Fila Women Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man, front, plain teal crewneck sweatshirt, bare wrists, black joggers, white backdrop. Row has no
    # category. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-036",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("yes", "non_answer", who="he"),
        color_of("sweatshirt", "blue", kind="open"),
        garment_type("sweatshirt"),
        describe("sweatshirt", "a blue sweatshirt with a round neck and long sleeves"),
        is_a("hoodie", "yes", "contradiction"),
        details("sweatshirt", "sweatshirt details", "restated"),
        title="Flying Machine Men Teal Blue Sweatshirt",
        color="Teal",
        gender="Men",
    ),
    # photo: woman, front, hands visible without rings, white pullover hoodie with black "STAY WILD" slogan print,
    # black joggers, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-037",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "hooded neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a white hoodie and black pants", who="she"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        pattern("printed"),
        describe("hoodie", "white hoodie with black writing on the front"),
        material("cotton"),
        is_a("hoodie", "yes"),
        details("hoodie", "the details of the hoodie", "restated"),
        title="Roadster Women White Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: man, front, grey track jacket with black shoulder panels, worn open over a black tee, navy joggers, white
    # backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-038",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with other fabric. It "
            "has a stand neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The gentleman "
            "wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey jacket over a black shirt and blue pants"),
        color_of("jacket", "black", "other_garment_color"),
        garment_type("jacket"),
        details(
            "jacket",
            "black panels on the shoulders, a zip front, two side pockets with zips, a stand collar and ribbed cuffs "
            "and a small logo on the",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        material("cotton", "unsupported"),
        title="Reebok Men Grey Track Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, front, purple pullover hoodie with a white swoosh and kangaroo pocket, black joggers, white
    # backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-039",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns.",
            "pronoun",
        ),
        wearing("a purple hoodie and black pants", who="she"),
        color("purple"),
        color_of(
            "hoodie",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        details("hoodie", "a white logo on the chest and a kangaroo pocket"),
        describe("hoodie", "he is wearing a purple hoodie with a white logo", "pronoun"),
        title="Nike Women Purple Hoodie",
        category="Sweatshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: man, front, charcoal sweatshirt with a quarter zip at the collar, no pockets, black joggers, white
    # backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-040",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a grey sweatshirt and black pants"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        describe("sweatshirt", "a grey sweatshirt with a zipper at the neck"),
        sleeve("long sleeves"),
        material("fleece"),
        details("sweatshirt", "a zipper at the neck, two chest pockets and a brand label on the pocket", "unsupported"),
        title="Spykar Men Charcoal Half-Zip Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man, front, navy joggers (the product) with a white logo on the thigh, grey pullover hoodie on top, white
    # backdrop. Row has no category. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-041",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        wearing("a grey hoodie and blue pants"),
        color("grey", "other_garment_color"),
        color_of("pants", "blue", kind="open"),
        details("pants", "elastic waistband, drawstring, side pockets and a white puma logo on the thigh"),
        is_a("hoodie", "no"),
        describe(
            "pants",
            "Question: Describe the pants. Answer: blue pants Question: Describe the pants. Answer: blue pants "
            "Question",
            "leak",
            hit_limit=True,
        ),
        title="Puma Men Navy Blue Joggers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front, royal blue track top zipped up with three white stripes on each sleeve, black joggers, a
    # black fitness band on her wrist, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-042",
        caption(
            "The lady wears a long-sleeve jacket with striped patterns. The jacket is with other fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with other fabric and pure color patterns. "
            "There is an accessory on her wrist."
        ),
        wearing("he is wearing a blue jacket and black pants", "pronoun", who="she"),
        color_of("jacket", "blue"),
        details("jacket", "three white stripes on each sleeve and a zip front"),
        is_a("jacket", "yes"),
        material("polyester"),
        describe("jacket", "jacket", "non_answer"),
        color("black", "other_garment_color"),
        title="Adidas Women Blue Track Top",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front, plain rust crewneck sweatshirt, black joggers, steel watch on the left wrist, white
    # backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-043",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory on his wrist."
        ),
        wearing("an orange sweatshirt and black pants"),
        color_of("sweatshirt", "orange"),
        pattern("solid"),
        describe("sweatshirt", "an orange sweatshirt with a hood and a zipper", "unsupported"),
        sleeve("long sleeves"),
        is_a("sweatshirt", "yes"),
        details("sweatshirt", "the sweatshirt details", "restated"),
        title="Wrogn Men Rust Solid Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: woman, front, cream crewneck sweatshirt with ribbed hem and cuffs, olive joggers, white backdrop.
    # Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-044",
        caption(
            "This female wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. This female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This female",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sweatshirt and green pants", who="she"),
        color("green", "other_garment_color"),
        color_of("sweatshirt", "white", kind="open"),
        is_a("sweatshirt", "yes"),
        details("sweatshirt", "ribbed hem and cuffs"),
        sleeve("short sleeves", "contradiction"),
        title="Vero Moda Women Cream Sweatshirt",
        category="Sweatshirts",
        color="Cream",
        gender="Women",
    ),
    # photo: man, front, beige pullover hoodie with small black "BEING HUMAN" print on the chest, no zipper, brown
    # joggers, white backdrop. Row has no category. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-045",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a beige hoodie and brown pants", who="he"),
        color_of("hoodie", "brown", "other_garment_color", kind="open"),
        garment_type("hoodie"),
        is_a("hoodie", "yes"),
        material("the garment is made of material", "restated"),
        describe("hoodie", "a beige hoodie with black letters on the chest and a zipper", "unsupported"),
        title="Being Human Men Khaki Hooded Sweatshirt",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman, front, maroon tracksuit: track jacket half zipped over a white tee, matching pants, white stripes
    # down the sleeves and legs, no hood, white backdrop. Caption: caption adapter e1; answers: VQA adapter.
    case(
        "X656-046",
        caption(
            "The lady wears a long-sleeve jacket with striped patterns. The jacket is with other fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with other fabric and striped patterns."
        ),
        wearing("he is wearing a maroon tracksuit", "pronoun", who="she"),
        color("maroon"),
        garment_type("tracksuit"),
        color_of("tracksuit", "maroon and white", kind="open"),
        details("tracksuit", "the tracksuit has a hood", "unsupported"),
        is_a("tracksuit", "yes"),
        title="Puma Women Maroon Tracksuit",
        category="Tracksuits",
        color="Maroon",
        gender="Women",
    ),
]
