"""BLIND_434 (46 products; women's winter wear: wool coats, puffers, turtlenecks, cardigans, knit dresses, leggings):
written blind in the forty-seventh session. Measured blind at 7f96428 (the session's rules as they stood): 109/121
failures found (90.1%) and 7/153 correct texts flagged (4.6%). The writer's notes, verbatim:

Scenario: the English catalog feed of a European online retailer (Zalando- or ASOS-like) for its women's winter
range: wool and wool-blend coats (wrap, belted, double-breasted, check, houndstooth), puffer and padded jackets
(cropped, longline, hooded, some with faux fur trim), turtleneck and crewneck jumpers (ribbed, cable knit, fair
isle, striped, cashmere, merino), cardigans (chunky, cropped, longline, mohair), knitted dresses and thermal
leggings. Photos are mostly on-model and layered the way winter wear is sold: a coat over a turtleneck and jeans, a
cardigan over a tee, leggings under an oversized sweatshirt or puffer, a knit dress with tights and boots; some are
shot outdoors (snowy streets, brick walls, autumn leaves, a Christmas tree, a ski slope) and a few are flat lays or
hanger shots with no person. The seller columns are title, category, color (the retailer's shade names: Camel,
Ecru, Oatmeal Melange, Bottle Green, Dusty Rose, Rust, Sage...) and gender; a few rows miss the gender or the
color, as real feeds do.

Who wrote what: captions come either from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman
in a camel coat standing in front of a brick wall") or from the caption-only LoRA adapter of the original
experiments (the DeepFashion template, "The lady wears a long-sleeve coat with pure color patterns. The coat is with
cotton fabric. It has a lapel neckline ..."). The adapter was trained with no end-of-answer token: every adapter text
runs to its limit (50 new tokens for captions, 30 for answers), carries hit_limit=True and is either cut mid-sentence
or loops back into its own template; asked a question, it returns the template. The open questions (wearing,
description, details, material and the set's own open questions) come from the base model unless the comment says
the adapter answered them; the base model writes short lowercase texts, stops on its own and never has hit_limit.
The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and the yes/no "Is
this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut, but the
wrong candidate is often picked (the color of the sweater under the coat, of the wall, of the floor).

Labeling conventions and judgement calls:
- The product is the garment the seller's title names; every other garment in the photo is styling.
- Shade words are correct: brown or beige for camel, cognac, chocolate or oatmeal; white or cream for ecru, ivory,
  off white and cream; blue for navy, petrol and powder blue; red for burgundy and wine; orange for rust; green for
  bottle green, forest green, khaki/olive and sage; purple for lilac; pink for dusty rose; yellow for mustard; grey
  for charcoal, grey marl and melange. Burgundy answered "purple" and lilac answered "pink" are contradiction.
- A color or pattern that belongs to another garment in the photo (the turtleneck under the coat, the tee under the
  cardigan, the sweatshirt over the leggings, the hat) given as the product's is other_garment_color when it is a
  color; a pattern of another garment (stripes of the top under a plain jacket) is contradiction. A color taken from
  the backdrop (the door, the wall, the floor) or one stripe or print color given as the whole garment's color is
  contradiction.
- Garment synonyms are correct in open answers: jacket for a puffer or a short coat, coat for a longline puffer,
  sweater or jumper for a turtleneck, sweater for a cardigan ("cardigan sweater"), pants or tights for leggings,
  sweater dress for a knitted dress. In the closed garment_type, where "cardigan" is a candidate, "sweater" for a
  cardigan is contradiction, and so is "cardigan" for a button-through knitted dress. A knitted dress called "a
  sweater" (no dress) in an open answer is contradiction; the type of another garment (coat, jacket) given for the
  product in garment_type is contradiction, and so is "sweater" there for a knitted dress.
- Materials: one the title names is correct; wool for a knit or a coat whose title says wool blend is correct; a
  plausible guess on an unnamed plain fabric (cotton for plain leggings, nylon for a shiny quilted shell) is
  correct. A material the title contradicts (wool for a cotton cardigan, leather for a merino jumper because of the
  leather skirt) is contradiction; one neither named nor visible (cashmere for an acrylic-blend knit, real fur for a
  faux-fur trim, down for a synthetic padded puffer, leather for a nylon puffer) is unsupported.
- Invented items or details not in the photo (a belt or a hood the coat does not have, a chest pocket, gold buttons
  on black-buttoned coats, a slit on a dress whose front shows none, a Christmas tree "on" a sweater that stands in
  the background) are unsupported. Details really in the photo, even odd ones (pearl buttons, a necklace, shopping
  bags), are correct.
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without repeating
  is cut, even where it invented a fabric or an accessory before being cut (one kind per text). The template
  returned for the material question is restated. The template for "What is the person wearing?" or "Describe the
  garment." does answer it, so those are cut or loop.
- A base answer that stops on a dangling word ("the cardigan is made of") is cut, without hit_limit. An empty
  answer, "the details of the sweater", "they are leggings" for the details, "it is made of a soft material" are
  non_answer; a material question answered with the garment's name and color is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" for a woman, and "a man" in a caption of a woman, are pronoun, wherever they appear (even in an answer that
  otherwise restates the garment or answers another question).
- The set's own open questions (neckline, closure) follow the same rules: "the neckline of the sweater" is
  non_answer, "the coat fastens" is restated.
- One color given to two garments of different colors ("a blue coat and a blue scarf" with a cream scarf, "a black
  coat and a black hoodie" with a grey hoodie, "an orange skirt" for a beige one) is contradiction when the product
  keeps its own color, other_garment_color when the product takes the other garment's color.
- Flat lays and hanger shots: a wearing answer naming the garment ("a brown coat") is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_coat = question("color_coat", "What is the color of the coat?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_sweater = question("color_sweater", "What is the color of the sweater?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
neckline = question("neckline", "What is the neckline of the sweater?", "open")
closure = question("closure", "How does the coat fasten?", "open")

BLIND_434 = [
    # photo: model in a knee-length camel double-breasted wool coat, open over a black turtleneck and black trousers,
    # plain grey studio backdrop, front view.
    # no adapter text
    case(
        "X434-001",
        caption("a woman in a camel coat standing in front of a grey wall"),
        D.wearing("a camel coat and black pants"),
        D.garment_type("coat"),
        D.color("black", "other_garment_color"),
        D.material("wool Question: what is the color of the coat? Answer: brown", "leak"),
        D.details(
            "the coat has a double breasted button closure and a black belt",
            "unsupported",
        ),
        title="Double-Breasted Wool Blend Coat",
        category="Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: model in a navy belted wrap coat, cream chunky knit scarf, on a snowy street, three-quarter view.
    # caption: adapter
    case(
        "X434-002",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. There is a scarf around her neck. The lady wears a long-sleeve coat with pure color "
            "patterns. The coat",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue coat and a blue scarf", "contradiction"),
        D.color("blue"),
        D.details("the coat has a belt"),
        is_a("coat", "yes"),
        D.material("cashmere", "unsupported"),
        title="Belted Wrap Coat in Wool Blend",
        category="Coats",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a black longline hooded puffer coat, grey beanie, red brick wall behind, front view.
    # no adapter text
    case(
        "X434-003",
        caption("a woman wearing a black puffer jacket and a hat standing in front of a brick wall"),
        D.wearing("he is wearing a black puffer jacket", "pronoun"),
        D.garment_type("jacket"),
        D.color("red", "contradiction"),
        D.material("down"),
        D.details("the jacket has a hood and a zipper"),
        title="Hooded Longline Down Puffer Coat",
        category="Puffer Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a cream cable-knit turtleneck jumper, light blue jeans, white wall with a potted plant.
    # caption: adapter
    case(
        "X434-004",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand-up collar. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and blue jeans"),
        D.pattern("striped", "contradiction"),
        D.color("white"),
        neckline("turtleneck"),
        D.material(
            "wool Question: what is the pattern of the sweater? Answer: cable knit",
            "leak",
        ),
        title="Cable Knit Turtleneck Jumper in Wool Blend",
        category="Jumpers",
        color="Cream",
        gender="Women",
    ),
    # photo: model in an open grey marl chunky cardigan with buttons and patch pockets, over a white tee, black
    # jeans, studio.
    # details: adapter
    case(
        "X434-005",
        caption("a woman wearing a grey cardigan and black jeans"),
        D.wearing("a grey sweater and black jeans"),
        D.garment_type("sweater", "contradiction"),
        D.color("white", "other_garment_color"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a v-shape neckline. "
            "The sweater is with knitting fabric and",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        title="Chunky Knit Button Cardigan",
        category="Cardigans",
        color="Grey Marl",
        gender="Women",
    ),
    # photo: model in a burgundy ribbed knit midi dress, long sleeves, high neck, black ankle boots, beige wall,
    # front view.
    # no adapter text
    case(
        "X434-006",
        caption("a woman in a red sweater dress and black boots"),
        D.wearing("a red dress and black boots"),
        D.color("pink", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("the dress has a slit on the side", "unsupported"),
        D.material("a red dress", "restated"),
        title="Ribbed Knit Midi Dress with High Neck",
        category="Knitted Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in black fleece-lined thermal leggings under an oversized grey sweatshirt, white sneakers, studio.
    # no adapter text
    case(
        "X434-007",
        caption("a woman in a grey sweatshirt and black leggings"),
        D.wearing("a grey sweater and grey leggings", "other_garment_color"),
        color_leggings("black"),
        D.color("grey", "other_garment_color"),
        is_a("leggings", "yes", article="a pair of"),
        D.material("cotton", "contradiction"),
        title="Fleece-Lined Thermal Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: ghost-mannequin shot of a bottle green cropped puffer jacket on white.
    # caption, details: adapter
    case(
        "X434-008",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand-up collar. The lady wears a long-sleeve jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green jacket"),
        D.color("green"),
        D.garment_type("jacket"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a stand-up collar. The jacket is with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester"),
        title="Recycled Polyester Cropped Puffer Jacket",
        category="Puffer Jackets",
        color="Bottle Green",
        gender="Women",
    ),
    # photo: model in a rust fine-knit turtleneck tucked into a beige pleated midi skirt, thin gold necklace, warm
    # wooden panel backdrop.
    # no adapter text
    case(
        "X434-009",
        caption("a woman wearing an orange turtleneck sweater and a beige skirt"),
        D.wearing("an orange sweater and an orange skirt", "contradiction"),
        D.color("orange"),
        D.details("the sweater has a turtleneck and a gold necklace"),
        D.material("it is made of", "cut"),
        D.description(
            "an orange sweater with a turtleneck Question: what is the color of the skirt? Answer: beige",
            "leak",
        ),
        title="Fine Knit Turtleneck Jumper",
        category="Jumpers",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a mid-length black tailored wool coat over a grey hoodie (hood out over the collar), white
    # sneakers, concrete wall.
    # no adapter text
    case(
        "X434-010",
        caption("a woman wearing a black coat and a grey hoodie"),
        D.wearing("a black coat and a black hoodie", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.pattern("solid"),
        D.details("the coat has a hood", "unsupported"),
        D.material("wool"),
        title="Tailored Wool Blend Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: model in a dusty pink hooded puffer jacket with faux fur trim on the hood, snowy park, front view.
    # caption, details: adapter
    case(
        "X434-011",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It has a "
            "hooded collar. There is a hat on her head. The lady wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink jacket with a fur hood"),
        D.color("pink"),
        D.details(
            "The jacket is with furry fabric and pure color patterns. It has a hooded collar. "
            "The jacket is with furry fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("fur", "unsupported"),
        is_a("puffer jacket", "yes"),
        title="Hooded Puffer Jacket with Faux Fur Trim",
        category="Puffer Jackets",
        color="Dusty Rose",
        gender="Women",
    ),
    # photo: model seated on a stool in an oatmeal oversized crewneck jumper and brown corduroy trousers, white studio.
    # no adapter text
    case(
        "X434-012",
        caption("a woman sitting on a stool wearing a beige sweater and brown pants"),
        D.wearing("a beige sweater and brown pants"),
        D.color("brown", "other_garment_color"),
        neckline("the neckline of the sweater", "non_answer"),
        D.material("wool and cashmere", "unsupported"),
        title="Oversized Crew Neck Jumper in Wool Blend",
        category="Jumpers",
        color="Oatmeal Melange",
        gender="Women",
    ),
    # photo: model walking on a street with parked cars, long charcoal belted wool coat over a camel turtleneck and
    # blue jeans, black leather tote on the shoulder.
    # no adapter text
    case(
        "X434-013",
        caption("a man in a grey coat walking down the street", "pronoun"),
        D.wearing("a grey coat, a brown sweater and blue jeans"),
        color_coat("brown", "other_garment_color"),
        closure("the coat is tied with a belt"),
        D.material("wool"),
        D.details("the coat has a belt and a fur collar", "unsupported"),
        title="Belted Longline Wool Coat",
        category="Coats",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a buttoned navy cable-knit cardigan over a white collared shirt, bookshelf behind.
    # caption: adapter
    case(
        "X434-014",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue sweater over a white shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("cable knit"),
        is_a("cardigan", "yes"),
        D.material("wool", "contradiction"),
        title="Cotton Cable Knit Cardigan",
        category="Cardigans",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a grey marl knitted jumper dress with a roll neck, knee length, black opaque tights and black
    # knee boots, studio.
    # no adapter text
    case(
        "X434-015",
        caption("a woman in a grey sweater dress and black boots"),
        D.wearing("a grey sweater and black tights", "contradiction"),
        D.garment_type("dress"),
        D.color("black", "other_garment_color"),
        D.details("the dress has a turtle neck and a zipper on the back", "unsupported"),
        title="Roll Neck Knitted Jumper Dress",
        category="Knitted Dresses",
        color="Grey Marl",
        gender="Women",
    ),
    # photo: model in an ivory fair isle jumper (navy and red yoke pattern), dark jeans, holding a mug, lit Christmas
    # tree in the background.
    # no adapter text
    case(
        "X434-016",
        caption("a woman holding a cup of coffee in front of a christmas tree"),
        D.wearing("a white sweater with a red and blue pattern"),
        D.pattern("striped", "contradiction"),
        D.color("red", "contradiction"),
        D.details("the sweater has a christmas tree on it", "unsupported"),
        D.material("wool"),
        title="Fair Isle Wool Blend Jumper",
        category="Jumpers",
        color="Ivory",
        gender="Women",
    ),
    # photo: model in a short chocolate brown puffer jacket zipped to a high collar, cream turtleneck showing at the
    # neck, beige trousers, studio.
    # caption: adapter
    case(
        "X434-017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand-up collar. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and beige pants"),
        D.color("brown"),
        color_pants("beige"),
        D.description(
            "a brown puffer jacket with a high collar Question: what is the material of the jacket? Answer: nylon",
            "leak",
        ),
        D.material("leather", "unsupported"),
        title="Short Padded Puffer Jacket",
        category="Puffer Jackets",
        color="Chocolate",
        gender="Women",
    ),
    # photo: product cropped waist to ankle: black high-waist thermal leggings, white sneakers, white backdrop.
    # no adapter text; the feed row has no gender
    case(
        "X434-018",
        caption("a pair of black leggings"),
        D.wearing("black leggings and white sneakers"),
        D.details("they are leggings", "non_answer"),
        D.material("black leggings", "restated"),
        D.color("black"),
        is_a("leggings", "yes", article="a pair of"),
        title="High Waist Thermal Leggings",
        category="Leggings",
        color="Black",
    ),
    # photo: model in an open mustard chunky cardigan over a black tank top, black jeans, autumn leaves outdoors.
    # no adapter text
    case(
        "X434-019",
        caption("a woman in a yellow cardigan standing in the leaves"),
        D.wearing("a yellow sweater and black pants"),
        D.color("black", "other_garment_color"),
        D.details("the cardigan has details", "non_answer"),
        D.material("a yellow cardigan", "restated"),
        D.description("a yellow cardigan with long sleeves and a black top underneath"),
        title="Chunky Knit Cardigan",
        category="Cardigans",
        color="Mustard",
        gender="Women",
    ),
    # photo: hanger shot, camel wrap coat with a tie belt hanging on a white panelled door, no person.
    # no adapter text
    case(
        "X434-020",
        caption("a brown coat hanging on a white door"),
        D.wearing("a brown coat"),
        D.garment_type("coat"),
        D.color("white", "contradiction"),
        D.material("a brown coat", "restated"),
        D.details("the coat has a belt and a hood", "unsupported"),
        title="Wool Blend Wrap Coat",
        category="Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: model in a lilac ribbed turtleneck and grey wide-leg trousers, hand on hip, pale pink wall, small ring.
    # caption: adapter
    case(
        "X434-021",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand-up collar. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple sweater and grey pants"),
        D.color("pink", "contradiction"),
        color_pants("grey"),
        neckline(
            "a turtleneck Question: what is the color of the pants? Answer: grey",
            "leak",
        ),
        D.material("it is made of ribbed cotton"),
        title="Ribbed Turtleneck Jumper",
        category="Jumpers",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in a black fitted knit midi dress, a camel coat draped over her shoulders, city street.
    # no adapter text
    case(
        "X434-022",
        caption("a woman in a black dress and a brown coat"),
        D.wearing("a black dress and a camel coat"),
        D.color("brown", "other_garment_color"),
        D.garment_type("coat", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("the dress is black", "non_answer"),
        title="Fitted Knitted Midi Dress",
        category="Knitted Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a short red hooded puffer jacket and black ski pants on a snowy mountain slope.
    # no adapter text
    case(
        "X434-023",
        caption("a woman in a red jacket standing in the snow"),
        wearing("a red jacket and black pants", who="she"),
        D.color("red"),
        D.details(
            "the jacket has a hood and a zipper Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        D.material("nylon"),
        D.description("he is wearing a red jacket", "pronoun"),
        title="Nylon Hooded Puffer Jacket",
        category="Puffer Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: model in an oversized ecru wool coat over a white knit and white trousers (all-white outfit), grey studio.
    # caption, material, details: adapter
    case(
        "X434-024",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The lady wears a long-sleeve coat with pure color "
            "patterns. The coat is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white coat and white pants"),
        D.color("white"),
        D.garment_type("coat"),
        D.material(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "The coat is with cotton fabric and pure color patterns. It has a lapel neckline. "
            "There are two pockets on the",
            "cut",
            hit_limit=True,
        ),
        title="Oversized Wool Coat",
        category="Coats",
        color="Ecru",
        gender="Women",
    ),
    # photo: model seated at a cafe table with plants, cropped sage fine-knit cardigan buttoned as a top with pearl
    # buttons, high-waist blue jeans.
    # no adapter text
    case(
        "X434-025",
        caption("a woman in a green sweater sitting at a table"),
        D.wearing("he is wearing a green cardigan and jeans", "pronoun"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the cardigan has pearl buttons"),
        D.material("the cardigan is made of", "cut"),
        title="Cropped Fine Knit Cardigan with Pearl Buttons",
        category="Cardigans",
        color="Sage",
        gender="Women",
    ),
    # photo: model in a black-and-white houndstooth wool coat over a black turtleneck and black trousers, red brick
    # wall.
    # no adapter text
    case(
        "X434-026",
        caption("a woman in a black and white coat standing in front of a brick wall"),
        D.wearing("a black and white coat"),
        D.pattern("solid", "contradiction"),
        D.color("black"),
        D.details("the coat has a houndstooth pattern and a collar"),
        D.description("a red coat with a black and white pattern", "contradiction"),
        title="Houndstooth Wool Blend Coat",
        category="Coats",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a long powder blue puffer coat with a stand collar (no hood) and a white knit beanie, white
    # backdrop.
    # no adapter text
    case(
        "X434-027",
        caption("a woman in a blue puffer jacket and a white hat"),
        wearing("she is wearing a blue jacket and a white hat", who="she"),
        D.color("white", "other_garment_color"),
        D.garment_type("coat"),
        D.details("the coat has a hood with fur", "unsupported"),
        D.material("it is a blue coat", "restated"),
        title="Longline Puffer Coat",
        category="Puffer Jackets",
        color="Powder Blue",
        gender="Women",
    ),
    # photo: living room with a sofa; model in charcoal thermal leggings under a long cream cardigan that covers the
    # hips, tan ankle boots.
    # caption: adapter
    case(
        "X434-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and grey leggings"),
        color_leggings("grey"),
        D.color("white", "other_garment_color"),
        D.garment_type("leggings"),
        D.details("the leggings have a high waist and a drawstring", "unsupported"),
        title="Thermal Leggings",
        category="Leggings",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a forest green button-through knitted midi dress, V-neck, brown belt, brown boots, wooden fence.
    # no adapter text
    case(
        "X434-029",
        caption("a woman in a green dress with a brown belt"),
        D.wearing("a green dress and brown boots"),
        D.garment_type("cardigan", "contradiction"),
        D.color("brown", "other_garment_color"),
        D.details("the dress has buttons down the front and a belt"),
        D.description("he is wearing a green dress", "pronoun"),
        title="Button-Through Knitted Midi Dress",
        category="Knitted Dresses",
        color="Forest Green",
        gender="Women",
    ),
    # photo: model in a short stone wool-blend jacket with flap pockets, open over a white tee, blue jeans, studio.
    # no adapter text
    case(
        "X434-030",
        caption("a woman wearing a beige jacket and jeans"),
        D.wearing("a white jacket and blue jeans", "other_garment_color"),
        D.color("beige"),
        is_a("coat", "yes"),
        D.material("wool"),
        D.details("the jacket has two flap pockets and a", "cut"),
        title="Wool Blend Short Coat",
        category="Coats",
        color="Stone",
        gender="Women",
    ),
    # photo: model in a fitted black merino roll-neck jumper and a black leather mini skirt, dark grey backdrop.
    # no adapter text
    case(
        "X434-031",
        caption("a woman in a black turtleneck sweater and a black leather skirt"),
        D.wearing("a black sweater and skirt"),
        D.color("black"),
        D.material("leather", "contradiction"),
        neckline("a turtle neck"),
        D.details("the details of the sweater", "non_answer"),
        title="Merino Wool Roll Neck Jumper",
        category="Jumpers",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy, cream and red striped crewneck jumper, light jeans, on a winter beach.
    # no adapter text
    case(
        "X434-032",
        caption("a woman in a striped sweater standing on a beach"),
        D.wearing("a blue and white striped sweater"),
        D.pattern("striped"),
        D.color("red", "contradiction"),
        D.details("the sweater has red, white and blue stripes"),
        D.description(
            "a striped sweater Question: what is the pattern of the sweater? Answer: striped",
            "leak",
        ),
        title="Striped Wool Blend Jumper",
        category="Jumpers",
        color="Navy/Multi",
        gender="Women",
    ),
    # photo: model in a cropped burgundy puffer jacket and black leggings, urban underpass, front view.
    # caption: adapter
    case(
        "X434-033",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand-up collar. The lady wears a long leggings. The lady wears a long-sleeve jacket with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red jacket and black leggings"),
        D.color("purple", "contradiction"),
        D.garment_type("jacket"),
        D.details("he is wearing a red jacket", "pronoun"),
        D.material("polyester"),
        title="Recycled Polyester Cropped Puffer Jacket",
        category="Puffer Jackets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model holding paper shopping bags, cream longline shawl-collar cardigan over a grey turtleneck and grey
    # leggings, white studio.
    # no adapter text
    case(
        "X434-034",
        caption("a woman holding shopping bags wearing a white cardigan"),
        D.wearing("a white sweater, grey leggings and a grey top"),
        D.color("grey", "other_garment_color"),
        D.details("the cardigan has a shawl collar and pockets"),
        is_a("cardigan", "yes"),
        D.material("cashmere", "unsupported"),
        title="Chunky Knit Longline Cardigan",
        category="Cardigans",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a camel ribbed funnel-neck knit midi dress with a side split, black handbag in hand, Paris-like
    # street.
    # caption: adapter
    case(
        "X434-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has "
            "a stand-up collar. The lady wears a pair of boots. There is a bag in her hand. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown dress and a black bag"),
        D.color("brown"),
        D.sleeve_length("long sleeves"),
        D.details("the dress has a slit on the side"),
        D.material("a brown dress", "restated"),
        title="Funnel Neck Ribbed Knit Midi Dress with Split Hem",
        category="Knitted Dresses",
        color="Camel",
        gender="Women",
    ),
    # photo: model in black thermal leggings with a black puffer jacket over a white tee, snowy street.
    # no adapter text; the feed row has no gender
    case(
        "X434-036",
        caption("a woman in a black puffer jacket walking in the snow"),
        D.wearing("a black jacket and black leggings"),
        D.garment_type("jacket", "contradiction"),
        color_leggings("black"),
        D.details("the leggings have a zipper on the front", "unsupported"),
        D.material("the leggings are made of thermal fabric"),
        title="Brushed Thermal Leggings",
        category="Leggings",
        color="Black",
    ),
    # photo: model in an olive quilted collarless padded jacket over a navy-and-white breton top, black jeans, white
    # brick wall.
    # details: adapter
    case(
        "X434-037",
        caption("a woman wearing a green jacket and a striped shirt"),
        D.wearing("a green jacket, a striped shirt and black jeans"),
        D.pattern("striped", "contradiction"),
        color_jacket("white", "other_garment_color"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a round neckline. "
            "The lady wears a long-sleeve shirt with striped",
            "cut",
            hit_limit=True,
        ),
        D.material("nylon"),
        title="Quilted Collarless Padded Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: model in a light grey cashmere turtleneck, cream wide-leg trousers, white studio.
    # caption: adapter
    case(
        "X434-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand-up collar. The lady wears a long-sleeve sweater with pure color patterns. The sweater is "
            "with knitting",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and white pants"),
        D.material("cashmere"),
        D.color("white", "other_garment_color"),
        neckline("turtleneck"),
        D.details("the sweater has a pocket on the chest", "unsupported"),
        title="Pure Cashmere Roll Neck Jumper",
        category="Jumpers",
        color="Light Grey Melange",
        gender="Women",
    ),
    # photo: model in a red-and-black buffalo check wool coat, unbelted, over a black turtleneck, outside a cafe.
    # no adapter text
    case(
        "X434-039",
        caption("a woman in a red and black plaid coat"),
        D.wearing("a red and black plaid coat"),
        D.pattern("plaid"),
        D.color("red"),
        D.details("the coat has a plaid pattern and a belt", "unsupported"),
        D.description(
            "a plaid coat with a collar Question: what is the color of the coat? Answer: red Question: what is the",
            "leak",
        ),
        title="Check Wool Blend Coat",
        category="Coats",
        color="Red/Black",
        gender="Women",
    ),
    # photo: model in a long shiny white puffer jacket and sunglasses at a ski resort, no hood.
    # caption, details: adapter
    case(
        "X434-040",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a hooded collar. There is an accessory on her head. The lady wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white jacket and sunglasses"),
        D.color("white"),
        D.garment_type("coat"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a hooded collar. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        D.material("he is wearing a white jacket", "pronoun"),
        title="Longline Gloss Puffer Jacket",
        category="Puffer Jackets",
        color="Off White",
        gender="Women",
    ),
    # photo: model sitting on a bed in a cropped rose pink mohair-blend V-neck cardigan over a white lace camisole,
    # window behind.
    # no adapter text
    case(
        "X434-041",
        caption("a woman in a pink cardigan sitting on a bed"),
        D.wearing("a pink sweater and a white top"),
        D.color("pink"),
        D.material("mohair"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "the cardigan has a v neck and buttons Question: what is the color of the top? Answer: white",
            "leak",
        ),
        title="Mohair Blend Cropped Cardigan",
        category="Cardigans",
        color="Rose",
        gender="Women",
    ),
    # photo: model in a chocolate brown double-faced maxi coat, brown scarf, brown boots (tonal outfit), park path.
    # description: adapter
    case(
        "X434-042",
        caption("a woman in a brown coat and a brown scarf"),
        D.wearing("a brown coat, a brown scarf and brown boots"),
        D.color("brown"),
        closure("the coat fastens", "restated"),
        D.material("wool"),
        D.description(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with",
            "loop",
            hit_limit=True,
        ),
        title="Double-Faced Wool Maxi Coat",
        category="Coats",
        color="Chocolate",
        gender="Women",
    ),
    # photo: model in a heather grey knitted mini dress with a polo collar, black opaque tights, black loafers,
    # white studio.
    # no adapter text
    case(
        "X434-043",
        caption("a woman in a grey sweater dress"),
        D.wearing("a black dress and black tights", "other_garment_color"),
        D.color("grey"),
        D.garment_type("sweater", "contradiction"),
        D.details("the dress has a collar"),
        D.material("it is made of a soft material", "non_answer"),
        title="Polo Collar Knitted Mini Dress",
        category="Knitted Dresses",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: model in a navy down puffer jacket, orange knit beanie, dark jeans, wooden wall of a mountain hut.
    # no adapter text
    case(
        "X434-044",
        caption("a woman in a blue jacket and an orange hat"),
        D.wearing("a blue jacket and an orange hat"),
        D.color("orange", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("", "non_answer"),
        D.material("down"),
        title="Down Puffer Jacket",
        category="Puffer Jackets",
        color="Navy",
        gender="Women",
    ),
    # photo: flat lay on a wooden floor: grey melange ribbed thermal leggings, folded, with a pair of cream socks.
    # no adapter text; the feed row has no color
    case(
        "X434-045",
        caption("a pair of grey leggings and socks on a wooden floor"),
        D.wearing("grey leggings"),
        D.color("brown", "contradiction"),
        is_a("leggings", "yes", article="a pair of"),
        D.details("they are grey leggings", "non_answer"),
        D.material("cotton"),
        title="Ribbed Thermal Leggings",
        category="Leggings",
        gender="Women",
    ),
    # photo: model in a black wool coat with a faux fur collar and black buttons, holding an umbrella, rainy street at
    # night.
    # caption: adapter
    case(
        "X434-046",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with furry fabric. It has a "
            "lapel neckline. There is an accessory in her hand. The lady wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black coat with a fur collar and an umbrella"),
        D.color("black"),
        is_a("coat", "yes"),
        D.details("the coat has a fur collar and gold buttons", "unsupported"),
        D.material("wool"),
        title="Wool Blend Coat with Faux Fur Collar",
        category="Coats",
        color="Black",
        gender="Women",
    ),
]
