"""BLIND_398 (46 products; unisex winterwear: knitwear, cardigans, hoodies, fleece, puffers, coats, parkas, thermals):
written blind in the forty-sixth session. Measured blind at 7afc101 (the session's rules as they stood): 97/111
failures found (87.4%) and 3/141 correct texts flagged (2.1%). The writer's notes, verbatim:

Scenario: the English catalog feed of a European online retailer's unisex winterwear range: knit sweaters (cable,
Aran, Breton stripe, Nordic jacquard, quarter-zip), cardigans, hoodies, fleece jackets (polar, sherpa, buffalo
check), puffer jackets and longline puffer coats, wool coats (overcoat, peacoat, wrap coat, teddy coat), parkas,
thermal tops and knitted dresses. Model shots on plain grey or white studio backdrops, front view unless noted,
often layered (a coat over a turtleneck, a cardigan over a tee, a jacket over a hoodie). Each row has the seller's
title, category, color (the retailer's shade names: Charcoal Melange, Oatmeal, Bordeaux, Camel, Ecru, Rust, Forest
Green, Khaki...) and gender (Men, Women, Unisex); a few rows miss the category, the color or the gender.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
black parka") unless the comment says the caption adapter wrote them (the DeepFashion template: "The gentleman wears
a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a lapel neckline..."). The
adapter was trained with no end token, so each of its texts runs to its limit (hit_limit=True) and is cut mid-sentence
or loops back to its first sentence; asked a question, it returns the same template. The open questions (wearing,
description, details, material, neckline) come from the base model unless the comment names the adapter; the base
model stops on its own (never hit_limit), sometimes too early, sometimes after a short loop or a leaked "Question:".
The closed questions (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") are enrich's
`--engine reference` answers, picked from candidate sets: never a loop or a cut, wrong only by picking the wrong
candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: grey for charcoal, melange or marl; blue for navy or sky blue;
  beige or brown for camel, oatmeal and chocolate; white or beige for ecru and cream; red for bordeaux and burgundy;
  orange for rust; yellow for mustard; green for khaki, olive, forest green and emerald; purple for lilac; pink for
  dusty pink and rose. Mustard as "orange", bordeaux, burgundy or dusty pink as "purple", navy as "black" and khaki as
  "brown" are contradiction.
- A two-color seller color (Ecru/Navy, Grey/Black, Red/Black) is matched by either of its colors.
- The color of another piece in the photo (the tee under the cardigan, the leggings, the hoodie under the jacket,
  the scarf, the trousers) given to the product is other_garment_color, in closed and in open answers. The color of
  the print (a red jacquard motif on navy, the black mountain graphic on a grey hoodie) or of a prop (the wooden
  stool) given as the garment's color is contradiction.
- Garment synonyms are correct: jumper or sweater for a knit pullover, parka or jacket for a parka (coat class),
  fleece pullover for a half-zip fleece, sweater dress for a knitted dress, teddy or fur coat for a teddy coat, plaid
  shirt for a check overshirt, "sweater" for a buttoned cardigan in the caption, yes to "Is this a sweater?" for a
  cardigan, yes to "Is this a jacket?" for a coat (the VQA data's jacket/coat class is one class). Calling the
  product the other garment of the outfit ("hoodie" for a quilted jacket worn over a hoodie, yes to "Is this a
  hoodie?" for a puffer jacket), a dress a "sweater", a longline puffer coat a "dress", a quarter-zip sweater a
  "jacket", a hoodie a "sweater", or yes to "Is this a blazer?" for an overcoat is contradiction.
- The base model giving the product the color of the trousers too ("a grey shirt and grey jeans" for a rose top with
  grey jeans) is other_garment_color.
- A pattern that belongs to another piece (the checked skirt under a plain top) or that is not there (cable knit as
  "striped") is contradiction; "solid" for a single-color cable knit is correct.
- Materials: one the title names (wool, merino, cotton, fleece, down, mohair) or plainly visible (fleece, fur-like
  teddy or sherpa pile, nylon puffer shell) is correct, and so is a plausible guess on a knit ("wool") or a jersey
  ("cotton"); a material neither named nor visible (leather on a puffer, wool on a parka's shell) is unsupported;
  a material that the title contradicts (cotton for a merino base layer) is contradiction.
- Invented details (a belt on a parka, a fur collar on a plain hood, a chest pocket, a scarf, a slit, a zip collar,
  boots on a photo cropped at the hip, a hood on a half-zip fleece, a belt on a dress) and invented props (a cup of
  coffee in the model's hand) are unsupported.
- Adapter texts: one that returns to a sentence it already wrote is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated (one kind per text, hit_limit kept).
  The template answering wearing, description or details does answer it: cut or loop.
- Base answers: "it is made of" is cut (no hit_limit); an empty answer, "the sweater has details", "the details of
  the hoodie", "the neckline", "clothes", "nothing" and "it is made of the material" are non_answer; the material
  question answered with the garment's color or name, or a details answer that only says the garment is itself, is
  restated; any "Question: ... Answer:" run-on is leak even after a right first part; a short phrase said three or
  more times is loop.
- A pronoun or gender word that contradicts the model in the photo and the row's gender ("she" for a man, "a woman"
  in the caption of a men's row) is pronoun. On Unisex rows the photo decides and no pronoun error was written.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_coat = question("color_coat", "What is the color of the coat?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_sweater = question("color_sweater", "What is the color of the sweater?", "closed")
color_scarf = question("color_scarf", "What is the color of the scarf?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_398 = [
    # photo: man in a charcoal chunky cable-knit crew neck jumper, dark blue jeans, grey backdrop, front view.
    # caption: adapter
    case(
        "X398-001",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and jeans"),
        B.color("grey"),
        B.pattern("solid"),
        B.material("wool"),
        title="Men Wool Blend Cable Knit Jumper",
        category="Knitwear",
        color="Charcoal Melange",
        gender="Men",
    ),
    # photo: woman in an oatmeal ribbed cardigan with wooden buttons, open over a white t-shirt, light blue jeans,
    # white backdrop. No adapter text.
    case(
        "X398-002",
        caption("a woman wearing a beige cardigan and jeans"),
        D.wearing("a white cardigan", "other_garment_color"),
        B.color("beige"),
        D.details("wooden buttons"),
        B.garment_type("cardigan"),
        title="Women Ribbed Button-Through Cardigan",
        category="Cardigans",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: man in a black hoodie (kangaroo pocket, white drawstrings, small white logo on the chest), black
    # joggers, grey backdrop. details: adapter
    case(
        "X398-003",
        caption("a man in a black hoodie standing in front of a grey wall"),
        D.details(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long-sleeve sweater with graphic patterns.",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        is_a("hoodie", "yes"),
        B.material("cotton"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Unisex Organic Cotton Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Unisex",
    ),
    # photo: woman in a bordeaux hooded quilted puffer jacket, zipped, black leggings, white backdrop. No adapter text.
    case(
        "X398-004",
        caption("a woman in a red puffer jacket"),
        D.wearing("he is wearing a red jacket and black pants", "pronoun"),
        B.color("purple", "contradiction"),
        D.details("a hood and a zipper"),
        B.material("leather", "unsupported"),
        title="Women Hooded Quilted Puffer Jacket",
        category="Jackets",
        color="Bordeaux",
        gender="Women",
    ),
    # photo: man in an olive parka with a faux-fur-trimmed hood, open over a grey hoodie, dark jeans, grey backdrop.
    # caption: adapter
    case(
        "X398-005",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "hooded neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green parka with a fur hood"),
        color_coat("grey", "other_garment_color"),
        B.garment_type("coat"),
        D.details("fur hood, zipper pockets and a leather belt", "unsupported"),
        title="Men Fur-Trim Hooded Parka",
        category="Parkas",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a camel turtleneck knitted midi dress, long sleeves, brown ankle boots, white backdrop.
    # No adapter text.
    case(
        "X398-006",
        caption("a woman in a brown sweater dress and boots"),
        D.wearing("a brown sweater dress"),
        B.garment_type("sweater", "contradiction"),
        B.sleeve_length("long sleeves"),
        neckline("turtleneck"),
        B.material("it is made of", "cut"),
        title="Women Turtleneck Knitted Midi Dress",
        category="Knitted Dresses",
        color="Camel",
        gender="Women",
    ),
    # photo: man in a navy full-zip fleece jacket with a stand collar, open over a white tee, khaki chinos, grey
    # backdrop. No adapter text.
    case(
        "X398-007",
        caption("a man wearing a black fleece jacket", "contradiction"),
        D.wearing(
            "he is wearing a blue jacket Question: what is the color of the pants? Answer: khaki",
            "leak",
        ),
        B.color("blue"),
        B.material("fleece"),
        is_a("jacket", "yes"),
        D.details("a zipper and a collar"),
        title="Men Full-Zip Fleece Jacket",
        category="Fleece Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a light grey melange waffle-knit thermal top, crew neck, long sleeves, black leggings, white
    # backdrop. description: adapter
    case(
        "X398-008",
        caption("a woman in a grey long sleeve shirt and", "cut"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are",
            "cut",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.material("cotton"),
        B.pattern("solid"),
        title="Women Waffle-Knit Thermal Top",
        category="Thermal Tops",
        color="Light Grey Melange",
        gender="Women",
    ),
    # photo: woman in a mustard crew neck lambswool sweater, white jeans, grey backdrop. No adapter text.
    case(
        "X398-009",
        caption("a woman wearing a yellow sweater and white jeans"),
        D.wearing(
            "a yellow sweater and white pants Question: what is the color of the shoes? Answer: white",
            "leak",
        ),
        B.color("orange", "contradiction"),
        color_pants("white"),
        D.details("the sweater has details", "non_answer"),
        B.material("wool"),
        title="Unisex Crew Neck Lambswool Sweater",
        category="Knitwear",
        color="Mustard",
        gender="Unisex",
    ),
    # photo: man in a black single-breasted wool overcoat with notch lapels, over a charcoal turtleneck, black
    # trousers, grey backdrop. caption, material: adapter
    case(
        "X398-010",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve coat with pure color patterns. The coat is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black coat and a grey turtleneck"),
        B.material(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers",
            "restated",
            hit_limit=True,
        ),
        color_coat("black"),
        is_a("coat", "yes"),
        title="Men Wool Blend Tailored Overcoat",
        category="Coats",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an ecru Aran cable-knit turtleneck tucked into brown wide-leg trousers, white backdrop.
    # No adapter text.
    case(
        "X398-011",
        caption("a woman in a white turtleneck sweater and brown pants"),
        D.wearing("a white sweater and brown pants"),
        B.color("brown", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        B.material("wool"),
        neckline("the neckline of the sweater", "non_answer"),
        title="Women Aran Knit Wool Turtleneck",
        category="Knitwear",
        color="Ecru",
        gender="Women",
    ),
    # photo: man in a grey marl zip-through hoodie, zipped halfway, black jeans, white backdrop. No adapter text.
    case(
        "X398-012",
        caption("a woman in a grey hoodie and black jeans", "pronoun"),
        D.wearing("a grey hoodie"),
        B.garment_type("sweater", "contradiction"),
        B.color("grey"),
        D.details("a zipper, a hood, two pockets and a drawstring"),
        title="Men Zip-Through Hoodie",
        category="Hoodies & Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a long camel wool wrap coat with a self-tie belt at the waist, over a black turtleneck, black
    # trousers, grey backdrop. caption, details: adapter
    case(
        "X398-013",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat and a black sweater"),
        D.details(
            "The coat is with cotton fabric and pure color patterns. It has a lapel neckline. The coat is with cotton "
            "fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        B.color("beige"),
        color_coat("black", "other_garment_color"),
        is_a("dress", "no"),
        title="Women Belted Wool Wrap Coat",
        category="Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: man in a forest green half-zip polar fleece pullover, beige chinos, white backdrop. No adapter text.
    case(
        "X398-014",
        caption("a man wearing a green fleece pullover"),
        D.wearing("a green jacket with a hood and khaki pants", "unsupported"),
        B.color("green"),
        B.material("fleece"),
        D.details(
            "a zipper on the front, a zipper on the front, a zipper on the front",
            "loop",
        ),
        title="Unisex Half-Zip Polar Fleece",
        category="Fleece Jackets",
        color="Forest Green",
        gender="Unisex",
    ),
    # photo: woman in a knee-length black hooded puffer coat, plain hood (no fur), black boots, grey backdrop.
    # No adapter text.
    case(
        "X398-015",
        caption("a woman in a long black puffer coat"),
        D.wearing("a black coat"),
        B.garment_type("dress", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.material("nylon"),
        D.details("a hood, a zipper, and a fur collar", "unsupported"),
        title="Women Longline Hooded Puffer Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: man in an ecru Breton sweater with navy horizontal stripes, crew neck, grey jeans, grey backdrop.
    # No adapter text.
    case(
        "X398-016",
        caption("a man in a blue and white striped sweater"),
        D.wearing("a striped sweater, a striped sweater, a striped sweater", "loop"),
        B.color("white"),
        B.pattern("striped"),
        color_jeans("blue", "other_garment_color"),
        B.material("cotton"),
        title="Men Breton Stripe Cotton Sweater",
        category="Knitwear",
        color="Ecru/Navy",
        gender="Men",
    ),
    # photo: woman in a dusty pink mohair-blend V-neck cardigan worn buttoned up, light blue jeans, white backdrop.
    # description, material: adapter
    case(
        "X398-017",
        caption("a woman in a pink sweater and jeans"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long-sleeve sweater with pure color",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long",
            "restated",
            hit_limit=True,
        ),
        B.color("purple", "contradiction"),
        is_a("cardigan", "yes"),
        title="Women Mohair Blend V-Neck Cardigan",
        category="Cardigans",
        color="Dusty Pink",
        gender="Women",
    ),
    # photo: man in a black waffle thermal henley (three-button placket, no pocket), long sleeves, grey joggers, grey
    # backdrop. No adapter text.
    case(
        "X398-018",
        caption("a man in a black henley shirt"),
        D.wearing("a black shirt and grey sweatpants"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.color("black"),
        D.details("buttons on the front and a pocket on the chest", "unsupported"),
        title="Men Waffle Thermal Henley",
        category="Thermal Tops",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a cream sherpa fleece zip jacket, brown corduroy trousers, white backdrop. No gender column.
    # No adapter text.
    case(
        "X398-019",
        caption("a woman in a white fluffy jacket"),
        D.wearing("a white teddy jacket and brown pants"),
        B.material("fur"),
        B.color("beige"),
        D.details("the jacket is a jacket", "restated"),
        title="Sherpa Fleece Zip Jacket",
        category="Fleece Jackets",
        color="Cream",
    ),
    # photo: man in a rust stand-collar puffer jacket, open over a black hoodie with the hood out, black jeans, grey
    # backdrop. caption: adapter
    case(
        "X398-020",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange jacket and a black hoodie"),
        B.color("black", "other_garment_color"),
        color_jacket("orange"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men Stand Collar Puffer Jacket",
        category="Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: woman in a grey melange crew neck knitted mini sweater dress, black tights, black ankle boots, grey
    # backdrop (grey on grey). No adapter text.
    case(
        "X398-021",
        caption("a woman in a grey sweater dress standing against a grey wall"),
        D.wearing("a grey dress with a black belt and black tights", "unsupported"),
        B.color("grey"),
        B.garment_type("dress"),
        D.details(
            "ribbed cuffs and a ribbed hem, a ribbed hem, a ribbed hem, a ribbed hem",
            "loop",
        ),
        B.material("it is made of wool"),
        title="Women Knitted Mini Sweater Dress",
        category="Knitted Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a navy double-breasted wool peacoat, over a grey crew neck sweater, dark jeans, grey backdrop; no
    # scarf. description: adapter
    case(
        "X398-022",
        caption("a man in a navy blue pea coat"),
        D.wearing("she is wearing a blue coat", "pronoun"),
        D.description(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        color_coat("blue"),
        D.details("double breasted buttons and a scarf", "unsupported"),
        title="Men Double-Breasted Wool Peacoat",
        category="Coats",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a white cropped puffer jacket, light blue jeans, white backdrop (white on white).
    # No adapter text.
    case(
        "X398-023",
        caption("a woman in a white puffer jacket and jeans"),
        D.wearing("a white jacket and blue jeans Question: what is the", "leak"),
        B.color("white"),
        color_jeans("white", "other_garment_color"),
        D.details("", "non_answer"),
        B.sleeve_length("long sleeves"),
        title="Women Cropped Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: man in a burgundy brushed fleece hoodie, grey sweatpants, white backdrop, three-quarter side view.
    # No adapter text.
    case(
        "X398-024",
        caption("a man in a purple hoodie", "contradiction"),
        D.wearing("a red hoodie and grey pants"),
        B.color("red"),
        B.material("a red hoodie", "restated"),
        is_a("sweatshirt", "yes"),
        title="Unisex Brushed Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Burgundy",
        gender="Unisex",
    ),
    # photo: woman in a navy Nordic jacquard crew neck sweater (white snowflakes, red bands), white jeans, grey
    # backdrop; no zip. caption: adapter
    case(
        "X398-025",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white sweater with a snowflake pattern"),
        B.color("red", "contradiction"),
        color_pants("white"),
        D.details("snowflakes and a zipper on the collar", "unsupported"),
        title="Women Nordic Jacquard Sweater",
        category="Knitwear",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a long black waterproof parka, plain hood up, four flap pockets, black trousers, white backdrop.
    # No adapter text.
    case(
        "X398-026",
        caption("a man in a black parka"),
        D.wearing("nothing", "non_answer"),
        B.garment_type("coat"),
        B.material("nylon"),
        D.details("a hood, four pockets and a zipper Question: what is the color", "leak"),
        title="Men Waterproof Hooded Parka",
        category="Parkas",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a sky blue chunky open-front cardigan over a white turtleneck, cream trousers, white backdrop.
    # details: adapter
    case(
        "X398-027",
        caption("a woman in a blue cardigan and white pants"),
        D.wearing("a white cardigan and white pants", "other_garment_color"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long-sleeve sweater with pure",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        is_a("cardigan", "yes"),
        title="Women Chunky Open-Front Cardigan",
        category="Cardigans",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: man in a navy merino crew neck base layer top, long sleeves, grey joggers, grey backdrop.
    # No adapter text.
    case(
        "X398-028",
        caption("a woman wearing a blue long sleeved shirt", "pronoun"),
        D.wearing("a navy blue shirt and grey pants"),
        B.color("grey", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.material("it is made of cotton", "contradiction"),
        title="Men Merino Wool Base Layer Top",
        category="Thermal Tops",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a khaki parka with a faux-fur hood trim and drawstring waist, open over a cream knit sweater,
    # black jeans, grey backdrop. wearing: adapter
    case(
        "X398-029",
        caption("a woman in a green parka with a fur hood"),
        D.wearing(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "hooded neckline. The lady wears a long-sleeve coat with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.color("brown", "contradiction"),
        color_sweater("white"),
        D.details("a fur hood, a drawstring waist and pockets"),
        B.material("it's made of wool", "unsupported"),
        title="Women Faux Fur Trim Parka",
        category="Parkas",
        color="Khaki",
        gender="Women",
    ),
    # photo: woman sitting on a light wooden stool in a charcoal fleece-lined hoodie, black leggings, white backdrop.
    # No adapter text.
    case(
        "X398-030",
        caption("a woman sitting on a wooden stool in a grey hoodie"),
        D.wearing("a grey hoodie and black leggings"),
        B.color("brown", "contradiction"),
        B.garment_type("hoodie"),
        D.details("kangaroo pocket, a drawstring hood and a zipper", "unsupported"),
        title="Unisex Fleece-Lined Hoodie",
        category="Hoodies & Sweatshirts",
        color="Charcoal",
        gender="Unisex",
    ),
    # photo: man in a camel shawl-collar cardigan with two patch pockets, open over a white t-shirt, dark jeans, grey
    # backdrop. No adapter text.
    case(
        "X398-031",
        caption(
            "a man in a brown cardigan and a white t-shirt holding a cup of coffee",
            "unsupported",
        ),
        D.wearing("a brown cardigan and jeans"),
        B.color("white", "other_garment_color"),
        D.details("a shawl collar, buttons and two pockets"),
        neckline("the neckline", "non_answer"),
        is_a("sweater", "yes"),
        title="Men Shawl Collar Cardigan",
        category="Cardigans",
        color="Camel",
        gender="Men",
    ),
    # photo: woman in a black thermal roll-neck top tucked into a red tartan wool skirt, black tights, white backdrop.
    # No adapter text.
    case(
        "X398-032",
        caption("a woman in a black turtleneck and a red plaid skirt"),
        D.wearing("a black top and a red skirt"),
        B.color("red", "other_garment_color"),
        B.pattern("checked", "contradiction"),
        B.material("cotton"),
        B.sleeve_length("long sleeves"),
        title="Women Thermal Roll-Neck Top",
        category="Thermal Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey herringbone wool overcoat over a navy crew neck sweater, grey trousers, white backdrop.
    # caption: adapter
    case(
        "X398-033",
        caption(
            "The gentleman wears a long-sleeve coat with lattice patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.description("a grey herringbone coat with a", "cut"),
        B.color("grey"),
        is_a("blazer", "yes", "contradiction"),
        B.material("wool"),
        title="Men Herringbone Wool Overcoat",
        category="Coats",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a lilac cropped hoodie, grey sweatpants, white backdrop. No adapter text.
    case(
        "X398-034",
        caption("a woman in a purple hoodie and grey sweatpants"),
        D.wearing("a purple hoodie and gray sweatpants"),
        B.color("grey", "other_garment_color"),
        D.details("the details of the hoodie", "non_answer"),
        B.sleeve_length("long sleeves"),
        title="Women Cropped Hoodie",
        category="Hoodies & Sweatshirts",
        color="Lilac",
        gender="Women",
    ),
    # photo: man in a colour-block fleece jacket (grey body, black shoulders and sleeves), black pants, grey backdrop.
    # details: adapter
    case(
        "X398-035",
        caption("a man in a grey and black fleece jacket"),
        D.wearing("a grey jacket and black pants"),
        B.pattern("color block"),
        D.details(
            "The jacket is with cotton fabric and color block patterns. It has a stand neckline. The gentleman wears "
            "a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        title="Men Colour-Block Fleece Jacket",
        category="Fleece Jackets",
        color="Grey/Black",
        gender="Men",
    ),
    # photo: woman in a white cable-knit cardigan, buttoned, over a blue-and-white striped shirt (collar out), light
    # jeans, grey backdrop. No adapter text.
    case(
        "X398-036",
        caption("a woman in a white cardigan and a blue striped shirt"),
        D.wearing(
            "a white sweater and a blue shirt Question: what is the material of the sweater? Answer: cotton",
            "leak",
        ),
        B.color("blue", "other_garment_color"),
        B.material("white", "restated"),
        D.details("cable knit and buttons down the front"),
        title="Women Cable-Knit Cardigan",
        category="Cardigans",
        color="White",
        gender="Women",
    ),
    # photo: man in a forest green hooded down puffer jacket, grey beanie, black jeans, white backdrop.
    # caption: adapter
    case(
        "X398-037",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. There is a hat on his head. The gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a grey hat"),
        B.color("green"),
        color_jacket("grey", "other_garment_color"),
        D.details("a hood, pockets and a zipper"),
        B.material("a green puffer jacket", "restated"),
        title="Men Hooded Down Puffer Jacket",
        category="Jackets",
        color="Forest Green",
        gender="Men",
    ),
    # photo: woman in a navy single-breasted wool-blend coat with a red scarf, photo cropped at the hip, grey
    # backdrop. No adapter text.
    case(
        "X398-038",
        caption("a woman in a blue coat and a red scarf"),
        D.wearing("a blue coat Question: what is the color of the scarf? Answer: red", "leak"),
        B.color("red", "other_garment_color"),
        color_scarf("red"),
        D.details("buttons and pockets and black boots", "unsupported"),
        is_a("coat", "yes"),
        title="Women Wool Blend Single-Breasted Coat",
        category="Coats",
        color="Navy",
        gender="Women",
    ),
    # photo: man in an olive quarter-zip knit sweater, black trousers, grey backdrop. No color column.
    # No adapter text.
    case(
        "X398-039",
        caption("a man wearing a green sweater with a zipper"),
        D.wearing("he is wearing a green sweater"),
        B.garment_type("jacket", "contradiction"),
        B.color("green"),
        B.material("knit"),
        D.details(
            "a zipper at the neck Question: what is the material of the sweater? Answer: wool",
            "leak",
        ),
        title="Unisex Quarter-Zip Knit Sweater",
        category="Knitwear",
        gender="Unisex",
    ),
    # photo: woman in a rose ribbed thermal long sleeve top (full-length sleeves), grey jeans, white backdrop.
    # caption, material: adapter
    case(
        "X398-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey jeans", "other_garment_color"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "restated",
            hit_limit=True,
        ),
        B.color("pink"),
        B.sleeve_length("three-quarter sleeves", "contradiction"),
        title="Women Ribbed Thermal Long Sleeve Top",
        category="Thermal Tops",
        color="Rose",
        gender="Women",
    ),
    # photo: man in a navy lightweight quilted jacket, open over a white hoodie with the hood out, grey jeans, grey
    # backdrop. No adapter text.
    case(
        "X398-041",
        caption("a man in a white hoodie and a blue jacket"),
        D.wearing("a white jacket", "other_garment_color"),
        B.color("blue"),
        D.details("quilted with a zip, side pockets and a fur-lined hood", "unsupported"),
        is_a("jacket", "yes"),
        B.garment_type("hoodie", "contradiction"),
        title="Men Lightweight Quilted Jacket",
        category="Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a black ribbed V-neck knitted maxi dress (no slit), long sleeves, white sneakers, white
    # backdrop, a potted plant beside her. No adapter text.
    case(
        "X398-042",
        caption("a woman in a long black dress standing next to a plant"),
        D.wearing("a black dress and white sneakers"),
        B.color("black"),
        neckline("v-neck"),
        D.details("ribbed knit and a slit on the side", "unsupported"),
        B.material("it is made of the material", "non_answer"),
        title="Women Ribbed Knit Maxi Dress",
        category="Knitted Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light grey melange hoodie with a large black mountain graphic on the chest, black jeans, white
    # backdrop. description: adapter
    case(
        "X398-043",
        caption("a man wearing a grey hoodie with a mountain on it"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        B.pattern("graphic"),
        D.wearing("she is wearing a grey hoodie and black jeans", "pronoun"),
        title="Men Mountain Graphic Hoodie",
        category="Hoodies & Sweatshirts",
        color="Light Grey Melange",
        gender="Men",
    ),
    # photo: woman in an emerald cropped knit cardigan with gold buttons, buttoned, over a black top, black trousers,
    # grey backdrop. No category column. No adapter text.
    case(
        "X398-044",
        caption("a woman in a green cardigan and black pants"),
        D.wearing("a green sweater and black pants and black pants and black pants", "loop"),
        B.color("green"),
        D.details("gold buttons"),
        B.material("wool Question: what is the color of the pants? Answer: black", "leak"),
        B.garment_type("cardigan"),
        title="Women Cropped Knit Cardigan",
        color="Emerald",
        gender="Women",
    ),
    # photo: man in a red and black buffalo check fleece overshirt jacket, black jeans, grey backdrop.
    # caption: adapter
    case(
        "X398-045",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("clothes", "non_answer"),
        B.pattern("checked"),
        B.color("red"),
        B.material("it is made of", "cut"),
        title="Unisex Buffalo Check Fleece Overshirt",
        category="Fleece Jackets",
        color="Red/Black",
        gender="Unisex",
    ),
    # photo: woman in a chocolate brown teddy wool-blend coat with large buttons, over a black turtleneck, black
    # jeans, grey backdrop. No adapter text.
    case(
        "X398-046",
        caption("a woman in a brown coat"),
        D.wearing("he is wearing a brown fur coat", "pronoun"),
        B.color("brown"),
        color_coat("brown"),
        B.material("wool"),
        D.details("large buttons, large buttons, large buttons, large buttons", "loop"),
        is_a("jacket", "yes"),
        title="Women Teddy Wool Blend Coat",
        category="Coats",
        color="Chocolate Brown",
        gender="Women",
    ),
]
