"""BLIND_587 (46 products; Myntra winterwear and sportswear, caption + QA): written blind in the fifty-second session.
Measured blind at 1c1c724 (the session's third rules): 115/139 failures found (82.7%) and 15/201 correct texts flagged
(7.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and women's winterwear and sportswear (Jackets, Sweaters, Sweatshirts incl.
hoodies, Track Pants, Tights, Sports Bra). Catalog shots: a model on a white or light grey backdrop, front or
three-quarter view, nearly always wearing other clothes too (a tee under a jacket, jeans or joggers under a top,
leggings under a sports bra), so colors of other garments are in every frame.

Who wrote what: the caption for every product is the caption adapter (Data2_V2 epoch-1 adapter on blip2-opt-2.7b,
50 new tokens, greedy). It mixes the DeepFashion template ("This lady wears a long-sleeve sweater with pure color
patterns. The sweater is with knitting fabric.") with the base model's short hue captions ("a man wearing a grey
hoodie and black track pants"); trained without an end token, it sometimes repeats a sentence until the limit, stops
mid-sentence at 50 tokens, or goes on in the `Question: ... Answer:` format. The open answers (wearing, description,
details, material, and an open color question on some rows) are spans the extractive QA model
(mdeberta-v3-base-squad2) picked out of that caption, so they inherit its loops, cuts, leaks, pronouns and invented
details; an empty answer is the QA model's no-answer. Closed answers (garment type, color, pattern, sleeve length,
yes/no garment questions, and a closed color question on one row) come from enrich's reference engine, one candidate
value each, so they never loop or stop short but can pick the wrong garment's color or the wrong type.

Labeling conventions and judgement calls:
- Truth is the photo; the seller's columns are as the feed has them. A hue in the seller's color group is correct
  (mustard = yellow, maroon/burgundy = red, peach = pink, lavender = purple, teal = blue, charcoal = grey).
- A color that belongs to another garment in the photo (inner tee, jeans, leggings, a hoodie under the jacket) is
  other_garment_color; a wrong color that is no garment's, or a trim/print color of the product itself (white
  stripes, a red Fair Isle band), is contradiction. For a Multi color-block sweatshirt its dominant block is correct.
- Wrong garment type for the product (t-shirt for tights, tank top for a sports bra, hoodie for a crew-neck
  sweatshirt, cardigan for a pullover, sweatshirt for a knit half-zip) and wrong pattern or sleeve length are
  contradiction. Leggings for tights, vest for a sleeveless padded jacket, cardigan for a seller's "Sweaters"
  cardigan count as correct. Side stripes or piping on track pants may be answered "striped".
- Material: a fabric the photo makes plausible (nylon puffer, knit sweater, cotton sweatshirt, leather-look biker)
  is correct when the title is silent; the other garment's fabric or one against the title's (cotton for Dri-FIT /
  Rapid-Dry tights) is contradiction; a material the garment plainly is not (fur for a puffer with a fur-trim hood)
  is unsupported.
- Invented things not in the photo (hood, belt, zip or chest pockets, reflective strip, wrist/neck/head accessory,
  a stool, a ring, a logo on the sleeve) are unsupported, in the caption and in any span that carries them.
- A caption or span calling the model by the wrong sex ("This lady" for a Men row, "a man" for a Women row) is
  pronoun. Rows without a gender column get no pronoun label.
- A sentence repeated until the token limit is loop (hit_limit on the caption); a caption stopping mid-phrase at
  the limit is cut. A span taken from such a caption that itself repeats is loop, one that ends mid-phrase is cut
  (hit_limit False: the QA model did not run out). A caption or span carrying "Question:" or "Answer:" is leak.
- One label per text: when a caption both leaks and hits the limit it is leak; when it loops it is loop.
- non_answer: the QA model's empty answer, "pure color" for a color question (a pattern word, no hue), and a bare
  restatement of the garment type ("a green jacket") to the details question. A single informative word
  ("turtleneck") to an open question is correct. restated: a span that only gives the question's words back
  ("some details on the side", "a soft material", "fabric", "The man is wearing").
- Short but right answers ("a grey hoodie" as the description) are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_587 = [
    # photo: man in a navy blue puffer jacket, open, over a white crew tee, mid-blue jeans, white backdrop, front
    # view; no hood on this jacket. Caption: caption adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X587-001",
        caption(
            "a man wearing a navy blue puffer jacket with a white t-shirt underneath. The jacket is with nylon fabric"
            " and it has a stand collar and a detachable hood. The pants are of long length and with denim fabric.",
            "unsupported",
        ),
        Q.wearing("a navy blue puffer jacket with a white t-shirt underneath"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("nylon"),
        Q.details("it has a stand collar and a detachable hood", "unsupported"),
        is_a("sweater", "yes", "contradiction"),
        title="Roadster Men Navy Blue Solid Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mustard cable-knit crew pullover, black skinny jeans, hands in jeans pockets, white backdrop.
    # Caption: caption adapter (template, loops); open answers: extractive QA; closed: reference engine.
    case(
        "X587-002",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns and long pants. The sweater is with"
            " knitting fabric. The pants are with denim fabric and pure color patterns. The sweater is with knitting"
            " fabric. The sweater is with knitting fabric. The",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve sweater with pure color patterns and long pants"),
        color_of("sweater", "pure color", "non_answer", kind="open"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.material("knitting fabric"),
        Q.details("The sweater is with knitting fabric. The sweater is with knitting fabric", "loop"),
        title="Vero Moda Women Mustard Solid Pullover",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a grey melange pullover hoodie with kangaroo pocket and drawstring hood, black track pants, white
    # sneakers, white backdrop. Caption: caption adapter (base-style); open: extractive QA; closed: reference engine.
    case(
        "X587-003",
        caption(
            "a man wearing a grey hoodie and black track pants standing in front of a white background. The hoodie"
            " has a kangaroo pocket and a drawstring hood."
        ),
        Q.wearing("a grey hoodie and black track pants"),
        Q.garment_type("hoodie"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.description("a grey hoodie"),
        Q.details("a kangaroo pocket and a drawstring hood"),
        Q.material("", "non_answer"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a black racerback sports bra with a white Puma logo on the elastic band, black ankle-length
    # tights, light grey backdrop, three-quarter view. Caption: caption adapter (cut at 50 tokens); open: extractive
    # QA; closed: reference engine.
    case(
        "X587-004",
        caption(
            "This woman is wearing a sleeveless sports bra with pure color patterns and ankle-length leggings. The"
            " sports bra has a racerback and a logo on the elastic band. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.wearing("a sleeveless sports bra with pure color patterns and ankle-length leggings"),
        Q.details("a racerback and a logo on the elastic band"),
        Q.description("a racerback and a logo on the elastic band. The leggings are with", "cut"),
        title="Puma Women Black Solid Racerback Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man in navy track pants with three white side stripes, white crew tee worn out, white backdrop, front
    # view only (the back is not shown). Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X587-005",
        caption(
            "a man wearing a white t-shirt and navy blue track pants with white stripes on the side and a zip pocket"
            " on the back",
            "unsupported",
        ),
        Q.wearing("a white t-shirt and navy blue track pants"),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        color_of("track pants", "navy blue", kind="open"),
        Q.details("white stripes on the side and a zip pocket on the back", "unsupported"),
        title="Adidas Men Navy Blue Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an olive green bomber jacket, open, over a black crop top, blue jeans, white backdrop; ribbed
    # cuffs and hem, zip front. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X587-006",
        caption(
            "a woman wearing an olive green bomber jacket over a black crop top and blue jeans. The jacket has ribbed"
            " cuffs and a zip front. The jacket is made of a soft material."
        ),
        Q.wearing("an olive green bomber jacket over a black crop top and blue jeans"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.pattern("solid"),
        Q.details("ribbed cuffs and a zip front"),
        Q.description("an olive green bomber jacket"),
        Q.material("a soft material", "restated"),
        title="Mast & Harbour Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a charcoal V-neck pullover over a light blue collared shirt, beige chinos, white backdrop.
    # Caption: caption adapter (template, cut at 50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X587-007",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric. It"
            " has a v-shape neckline. The gentleman wears a long-sleeve shirt inside with pure color patterns. The"
            " shirt is with cotton fabric and it has a lapel",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("grey"),
        Q.garment_type("cardigan", "contradiction"),
        Q.material("wool"),
        Q.sleeve_length("long"),
        Q.details("It has a v-shape neckline"),
        Q.description("The shirt is with cotton fabric and it has a lapel", "cut"),
        is_a("cardigan", "no"),
        title="Monte Carlo Men Charcoal Grey Self Design V-Neck Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in black full-length training tights with a fitted lavender short-sleeve tee, grey sneakers, white
    # backdrop. Caption: caption adapter (template); open: extractive QA; closed: reference engine.
    case(
        "X587-008",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns and leggings. The T-shirt is with"
            " cotton fabric. It has a round neckline. The leggings are of ankle length and pure color patterns."
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("lavender", "other_garment_color"),
        Q.wearing("a short-sleeve T-shirt with pure color patterns and leggings"),
        Q.material("cotton", "contradiction"),
        Q.details("The leggings are of ankle length and pure color patterns"),
        Q.pattern("solid"),
        title="Nike Women Black One Dri-FIT Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a black hooded rain jacket, zipped, hood down, grey track pants, white backdrop. Caption: caption
    # adapter (runs into the question format until the limit); open: extractive QA; closed: reference engine.
    case(
        "X587-009",
        caption(
            "a man in a black rain jacket with a hood Question: what is the man wearing? Answer: a black rain jacket"
            " with a hood Question: what",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("a black rain jacket with a hood"),
        Q.color("black"),
        Q.garment_type("jacket"),
        Q.pattern("checked", "contradiction"),
        Q.details("a hood Question: what", "leak"),
        Q.description("a black rain jacket with a hood Question: what is the man wearing?", "leak"),
        Q.material("", "non_answer"),
        title="Wildcraft Men Black Hooded Rain Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a pink crew-neck sweatshirt with a white "BROOKLYN" text print on the chest, blue jeans, no
    # jewellery, white backdrop. Caption: caption adapter (template); open: extractive QA; closed: reference engine.
    case(
        "X587-010",
        caption(
            "This female is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton"
            " fabric. It has a round neckline. The pants this female wears is of long length. The pants are with"
            " denim fabric. There is an accessory on her neck.",
            "unsupported",
        ),
        Q.wearing("a long-sleeve sweatshirt with graphic patterns"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("hoodie", "contradiction"),
        Q.pattern("printed"),
        Q.material("cotton fabric"),
        Q.description("a long-sleeve sweatshirt with graphic patterns"),
        Q.details("There is an accessory on her neck", "unsupported"),
        title="Kook N Keech Women Pink Printed Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a maroon zip-front hoodie, open, over a black tee, black jeans, white backdrop; two lower kangaroo
    # pockets, no chest pocket. Caption: caption adapter (template); open: extractive QA; closed: reference engine.
    case(
        "X587-011",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns and long pants. The sweatshirt is with"
            " cotton fabric and it has a hooded neckline. The sweatshirt has a zipper and a pocket on the chest.",
            "unsupported",
        ),
        Q.wearing("a long-sleeve sweatshirt with pure color patterns and long pants"),
        Q.details("a zipper and a pocket on the chest", "unsupported"),
        Q.color("red"),
        Q.garment_type("sweatshirt"),
        Q.pattern("solid"),
        Q.material("cotton fabric"),
        title="Roadster Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in grey melange jogger track pants with cuffed ankles, white sports tee, white backdrop.
    # Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X587-012",
        caption(
            "a woman wearing a white t-shirt and grey track pants. The pants are of long length. The fabric is cotton"
            " and it has pure color patterns."
        ),
        Q.wearing("a white t-shirt and grey track pants"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.garment_type("track pants"),
        Q.details("The pants are of long length"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes", "contradiction"),
        title="Proline Active Women Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in black compression running tights under black running shorts, neon green tee, white backdrop.
    # Caption: caption adapter (template, cut at 50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X587-013",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a"
            " crew neckline. The man wears a shorts. The shorts are with cotton fabric and pure color patterns. The"
            " man wears a pair of leggings under the shorts. The leggings are of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("black"),
        Q.material("cotton fabric", "contradiction"),
        Q.details("The leggings are of", "cut"),
        is_a("pair of tights", "yes"),
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a red hooded puffer jacket, zipped, black leggings, black ankle boots, white backdrop.
    # Caption: caption adapter (repeats its sentence to the limit); open: extractive QA; closed: reference engine.
    case(
        "X587-014",
        caption(
            "a woman wearing a red puffer jacket with a hood and black leggings. She is wearing a red puffer jacket"
            " with a hood and black leggings. She is wearing a red puffer jacket with a hood and black",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a red puffer jacket with a hood and black leggings"),
        Q.color("red"),
        Q.garment_type("jacket"),
        Q.description("a red puffer jacket with a hood"),
        Q.sleeve_length("long"),
        Q.details("She is wearing", "restated"),
        title="ONLY Women Red Solid Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: man in a navy crew pullover with white horizontal chest stripes, grey jeans, white backdrop. Caption:
    # caption adapter (template, wrong sex); open: extractive QA; closed: reference engine.
    case(
        "X587-015",
        caption(
            "This female wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has"
            " a round neckline. The female wears long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("navy blue"),
        Q.wearing("a long-sleeve sweater with striped patterns"),
        Q.material("knitting fabric"),
        Q.details("It has a round neckline"),
        title="United Colors of Benetton Men Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a long cream open-front cardigan (no belt) over a black tank top, blue jeans, white backdrop.
    # Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X587-016",
        caption(
            "a woman wearing a cream cardigan over a black tank top and blue jeans. The cardigan has a belt at the"
            " waist.",
            "unsupported",
        ),
        Q.wearing("a cream cardigan over a black tank top and blue jeans"),
        Q.garment_type("cardigan"),
        Q.color("black", "other_garment_color"),
        Q.description("a cream cardigan"),
        Q.details("a belt at the waist", "unsupported"),
        Q.material("", "non_answer"),
        Q.pattern("striped", "contradiction"),
        is_a("sweater", "yes"),
        title="Harpa Women Cream-Coloured Open-Front Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a khaki diamond-quilted jacket with a brown corduroy collar, zipped halfway over a navy crew
    # sweater, blue jeans, hands in pockets (no watch visible), white backdrop. Caption: caption adapter (template);
    # open: extractive QA; closed: reference engine.
    case(
        "X587-017",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and it"
            " has a lapel neckline. The gentleman wears long pants. The pants are with denim fabric and pure color"
            " patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.wearing("a long-sleeve jacket with lattice patterns"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("cotton fabric"),
        Q.details("it has a lapel neckline"),
        title="Fort Collins Men Khaki Solid Quilted Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a lavender cropped pullover hoodie, white joggers, a black smartwatch on her left wrist, white
    # backdrop. Caption: caption adapter (template, loops); open: extractive QA; closed: reference engine.
    case(
        "X587-018",
        caption(
            "This woman is wearing a long-sleeve sweatshirt with pure color patterns and long pants. The sweatshirt is"
            " with cotton fabric. It has a hooded neckline. The pants are with cotton fabric and pure color patterns."
            " There is an accessory on her wrist. There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve sweatshirt with pure color patterns and long pants"),
        Q.color("purple"),
        Q.garment_type("hoodie"),
        Q.details("It has a hooded neckline"),
        Q.material("cotton fabric"),
        color_of("hoodie", "pure color", "non_answer", kind="open"),
        title="DressBerry Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in black slim joggers with plain slant pockets (no zips), a red Puma logo tee, white sneakers, white
    # backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X587-019",
        caption(
            "a man wearing a red t-shirt and black joggers with zip pockets standing in front of a white wall",
            "unsupported",
        ),
        Q.wearing("a red t-shirt and black joggers"),
        Q.color("red", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.pattern("printed", "contradiction"),
        color_of("joggers", "black", kind="open"),
        Q.description("black joggers"),
        Q.details("zip pockets", "unsupported"),
        is_a("pair of jeans", "no"),
        title="Puma Men Black Solid Slim Fit Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a teal padded sports bra with black trim and wide straps, black shorts, white backdrop.
    # Caption: caption adapter (template, calls it a tank top); open: extractive QA; closed: reference engine.
    case(
        "X587-020",
        caption(
            "This lady wears a tank top with pure color patterns. The tank top is with cotton fabric and it has a"
            " suspenders neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("blue"),
        Q.wearing("a tank top with pure color patterns", "contradiction"),
        Q.details("it has a suspenders neckline"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        title="Enamor Women Teal Padded Sports Bra",
        category="Sports Bra",
        color="Teal",
        gender="Women",
    ),
    # photo: man in an olive hooded windcheater, zipped, black track pants, white backdrop. Caption: caption adapter
    # (goes on in the question format); open: extractive QA; closed: reference engine.
    case(
        "X587-021",
        caption(
            "the man is wearing a green jacket and black pants Question: what is the man wearing? Answer: a green"
            " jacket and black pants",
            "leak",
        ),
        Q.wearing("a green jacket and black pants Question: what is the man wearing?", "leak"),
        Q.color("green"),
        Q.garment_type("jacket"),
        color_of("jacket", "green", kind="open"),
        Q.details("a green jacket", "non_answer"),
        Q.description("a green jacket"),
        title="HRX by Hrithik Roshan Men Olive Green Solid Windcheater",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a peach pointelle-knit crew pullover, white jeans, no rings or jewellery, white backdrop.
    # Caption: caption adapter (template); open: extractive QA; closed: reference engine.
    case(
        "X587-022",
        caption(
            "This female is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting"
            " fabric. It has a round neckline. The pants this female wears is of long length. The pants are with denim"
            " fabric. There is a ring on her finger.",
            "unsupported",
        ),
        Q.color("pink"),
        Q.garment_type("cardigan", "contradiction"),
        Q.material("knitting fabric"),
        Q.wearing("a long-sleeve sweater with pure color patterns"),
        Q.pattern("solid"),
        Q.details("It has a round neckline"),
        title="ONLY Women Peach-Coloured Self Design Pullover",
        category="Sweaters",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a black crew sweatshirt with a large white-and-red graphic print on the front, blue jeans, white
    # backdrop. Caption: caption adapter (template, wrong sex); open: extractive QA; closed: reference engine.
    case(
        "X587-023",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric and"
            " it has a round neckline. The lady wears long pants. The pants are with denim fabric and solid color"
            " patterns.",
            "pronoun",
        ),
        Q.wearing("a long-sleeve sweatshirt with graphic patterns"),
        Q.description("The lady wears a long-sleeve sweatshirt with graphic patterns", "pronoun"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.material("cotton fabric"),
        title="Being Human Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in black track pants with white side piping, grey melange crew sweatshirt, white backdrop.
    # Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X587-024",
        caption(
            "a woman wearing a grey sweatshirt and black track pants with white stripes. The track pants have some"
            " details on the side."
        ),
        Q.wearing("a grey sweatshirt and black track pants with white stripes"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.details("some details on the side", "restated"),
        Q.description("black track pants with white stripes"),
        Q.pattern("striped"),
        is_a("pair of leggings", "no"),
        title="Puma Women Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man standing in a coffee brown leather-look biker jacket with asymmetric zip, over a white tee, black
    # jeans, white backdrop; no furniture. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X587-025",
        caption(
            "a man wearing a brown leather jacket with a white t-shirt and black jeans, sitting on a wooden stool",
            "unsupported",
        ),
        Q.wearing("a brown leather jacket with a white t-shirt and black jeans"),
        Q.material("leather"),
        Q.color("brown"),
        Q.garment_type("jacket"),
        Q.description("a brown leather jacket"),
        Q.details("", "non_answer"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        title="Roadster Men Coffee Brown Solid Biker Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: woman in a light-wash blue denim jacket with two chest flap pockets, over a white tee, black jeans,
    # white backdrop. Caption: caption adapter (template, loops); open: extractive QA; closed: reference engine.
    case(
        "X587-026",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket has a lapel neckline and"
            " two pockets on the chest. The lady wears a white T-shirt inside and black pants. The lady wears a"
            " long-sleeve denim jacket with pure color patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.material("denim"),
        Q.wearing("a long-sleeve denim jacket with pure color patterns"),
        Q.details("a lapel neckline and two pockets on the chest"),
        Q.description(
            "a long-sleeve denim jacket with pure color patterns. The jacket has a lapel neckline and two pockets on"
            " the chest. The lady wears a white T-shirt inside and black pants. The lady wears a long-sleeve denim"
            " jacket with pure color patterns",
            "loop",
        ),
        Q.pattern("solid"),
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in grey melange track pants, navy Reebok logo tee, white backdrop. Caption: caption adapter (goes
    # on in the question format to the limit); open: extractive QA; closed: reference engine.
    case(
        "X587-027",
        caption(
            "a man wearing a navy blue t-shirt and grey pants Question: what is the color of the pants? Answer: grey"
            " Question: what is the color of the t-shirt? Answer: navy blue Question:",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("a navy blue t-shirt and grey pants"),
        Q.color("grey"),
        color_of("track pants", "navy blue", "other_garment_color", kind="open"),
        Q.details("Answer: grey", "leak"),
        Q.garment_type("track pants"),
        title="Reebok Men Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a colour-blocked crew sweatshirt, navy body, white chest band, pink sleeves (no logo on the
    # sleeves), black ankle-length tights, white backdrop. Caption: caption adapter (template); open: extractive QA;
    # closed: reference engine.
    case(
        "X587-028",
        caption(
            "This woman is wearing a long-sleeve sweatshirt with color block patterns. The sweatshirt is with cotton"
            " fabric. It has a round neckline. There is a logo on the sleeve. The woman wears leggings. The leggings"
            " are of ankle length.",
            "unsupported",
        ),
        Q.pattern("color block"),
        Q.color("navy blue"),
        Q.sleeve_length("short", "contradiction"),
        Q.wearing("a long-sleeve sweatshirt with color block patterns"),
        Q.material("fabric", "restated"),
        Q.description("a long-sleeve sweatshirt with color block patterns"),
        title="Puma Women Multicoloured Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Multi",
        gender="Women",
    ),
    # photo: man in an olive button-front cardigan over a white henley, khaki chinos, hands in pockets, white
    # backdrop. Caption: caption adapter (cut at 50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X587-029",
        caption(
            "a man wearing a green cardigan sweater over a white shirt and khaki pants, with his hands in his pockets,"
            " in front of a white background. The cardigan has buttons on the front and",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a green cardigan sweater over a white shirt and khaki pants"),
        Q.color("khaki", "other_garment_color"),
        Q.garment_type("cardigan"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("buttons on the front and", "cut"),
        is_a("sweater", "yes"),
        title="Roadster Men Olive Solid Cardigan",
        category="Sweaters",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in navy tights with white-and-teal abstract print panels down the sides, grey sports bra, white
    # sneakers, white backdrop. Caption: caption adapter (template, loops); open: extractive QA; closed: reference.
    case(
        "X587-030",
        caption(
            "The woman is wearing a sports bra with pure color patterns and leggings. The leggings are of ankle length"
            " and with graphic patterns. The leggings are with cotton fabric. The leggings are with cotton fabric. The"
            " leggings are with cotton fabric. The leggings are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("navy blue"),
        color_of("tights", "grey", "other_garment_color"),
        Q.pattern("printed"),
        Q.material("cotton fabric"),
        Q.wearing("a sports bra with pure color patterns and leggings"),
        title="HRX by Hrithik Roshan Women Navy Blue Printed Training Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a royal blue sleeveless padded gilet, zipped, over a grey long-sleeve tee, black jeans, white
    # backdrop. Caption: caption adapter (template); open: extractive QA; closed: reference engine.
    case(
        "X587-031",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric and it has a"
            " stand collar neckline. The jacket has details on the front.",
            "contradiction",
        ),
        Q.sleeve_length("long", "contradiction"),
        Q.garment_type("vest"),
        Q.color("blue"),
        Q.wearing("a long-sleeve jacket with pure color patterns", "contradiction"),
        Q.material("nylon fabric"),
        Q.details("details on the front", "restated"),
        title="Duke Men Blue Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a burgundy ribbed turtleneck sweater, black trousers, white backdrop, side pose. Caption:
    # caption adapter (goes on in the question format); open: extractive QA; closed: reference engine.
    case(
        "X587-032",
        caption(
            "a woman wearing a burgundy turtleneck sweater and black pants Question: what is the color of the sweater?"
            " Answer: burgundy",
            "leak",
        ),
        Q.wearing("a burgundy turtleneck sweater and black pants"),
        Q.color("red"),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        Q.description(
            "a burgundy turtleneck sweater and black pants Question: what is the color of the sweater?", "leak"
        ),
        Q.details("turtleneck"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        title="Vero Moda Women Burgundy Solid Turtleneck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a teal crew sweatshirt, white tee hem showing below it, grey joggers, white backdrop. Caption:
    # caption adapter (template, wrong sex); open: extractive QA; closed: reference engine.
    case(
        "X587-033",
        caption(
            "This female is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton"
            " fabric. It has a round neckline. The pants this female wears is of long length. The pants are with"
            " cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.wearing("a long-sleeve sweatshirt with pure color patterns"),
        Q.color("grey", "other_garment_color"),
        Q.material("cotton fabric"),
        Q.pattern("solid"),
        Q.garment_type("sweatshirt"),
        Q.description("The pants this female wears is of long length", "pronoun"),
        title="Campus Sutra Men Teal Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in a black zipped track jacket with three white stripes down each sleeve, black track pants,
    # white backdrop. Caption: caption adapter (calls her a man); open: extractive QA; closed: reference engine.
    case(
        "X587-034",
        caption(
            "a man wearing a black adidas track jacket with white stripes on the sleeves and black track pants",
            "pronoun",
        ),
        Q.wearing("a black adidas track jacket with white stripes on the sleeves and black track pants"),
        Q.color("white", "contradiction"),
        Q.garment_type("jacket"),
        Q.pattern("striped"),
        Q.details("white stripes on the sleeves"),
        Q.description("a black adidas track jacket"),
        is_a("hoodie", "yes", "contradiction"),
        title="Adidas Originals Women Black SST Track Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in olive cargo joggers with side cargo pockets and elastic cuffs (no reflective strip), a black
    # pullover hoodie, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X587-035",
        caption(
            "a man wearing a black hoodie and olive green pants with pockets on the side and a reflective strip at the"
            " hem",
            "unsupported",
        ),
        Q.wearing("a black hoodie and olive green pants"),
        Q.color("green"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.garment_type("track pants"),
        Q.pattern("printed", "contradiction"),
        Q.details("pockets on the side and a reflective strip at the hem", "unsupported"),
        title="Roadster Men Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a pink sports bra with a black printed Puma band, black tights, white backdrop. Caption:
    # caption adapter (repeats to the limit); open: extractive QA; closed: reference engine.
    case(
        "X587-036",
        caption(
            "a woman wearing a pink sports bra and black leggings. She is wearing a pink sports bra and black leggings."
            " She is wearing a pink sports bra and black leggings. She is wearing a pink sports bra and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        Q.wearing("a pink sports bra and black leggings"),
        Q.pattern("printed"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "pink sports bra and black leggings. She is wearing a pink sports bra and black leggings. She is wearing a"
            " pink sports bra",
            "loop",
        ),
        title="Puma Women Pink Printed Sports Bra",
        category="Sports Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a grey melange knit half-zip pullover, navy chinos, white backdrop. Caption: caption adapter
    # (template, cut at 50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X587-037",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric and it"
            " has a stand neckline. There is a zipper on the neckline. The gentleman wears long trousers. The trousers"
            " are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("grey"),
        Q.details("There is a zipper on the neckline"),
        Q.material("wool fabric"),
        Q.garment_type("sweatshirt", "contradiction"),
        color_of("pullover", "navy blue", "other_garment_color"),
        Q.sleeve_length("long"),
        title="Van Heusen Men Grey Melange Solid Pullover",
        category="Sweaters",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a navy crew sweatshirt with a small red-white-blue flag logo on the chest, white jeans, hands
    # on hips, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X587-038",
        caption(
            "a woman wearing a navy blue sweatshirt with a logo on the chest and white jeans, standing in front of a"
            " white background with her hands on her hips. The sweatshirt is made of a comfortable material."
        ),
        Q.wearing("a navy blue sweatshirt with a logo on the chest and white jeans"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.details("a logo on the chest"),
        Q.pattern("solid"),
        Q.description("a navy blue sweatshirt"),
        Q.material("a comfortable material", "restated"),
        title="Tommy Hilfiger Women Navy Blue Logo Print Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a charcoal hooded training jacket, zipped, black running shorts over black tights, white
    # backdrop; the feed row has no color. Caption: caption adapter (template, loops); open: extractive QA; closed:
    # reference engine.
    case(
        "X587-039",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns and a shorts. The jacket is with cotton"
            " fabric and it has a hooded neckline. The shorts are with cotton fabric and pure color patterns. The man"
            " is wearing a long-sleeve jacket with pure color patterns and a shorts. The",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("The man is wearing", "restated"),
        Q.color("black", "other_garment_color"),
        Q.material("cotton fabric"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long"),
        Q.details("it has a hooded neckline"),
        title="Nike Men Charcoal Grey Therma Training Jacket",
        category="Jackets",
        gender="Men",
    ),
    # photo: woman in maroon slim track pants with a thin white side stripe, a white tee, white backdrop. Caption:
    # caption adapter (repeats its clause to the limit); open: extractive QA; closed: reference engine.
    case(
        "X587-040",
        caption(
            "a woman wearing white shirt and maroon pants, she is standing in front of a white wall, she is standing"
            " in front of a white wall, she is standing in front of a white wall, she is",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("white shirt and maroon pants"),
        Q.color("red"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        Q.garment_type("track pants"),
        Q.details("", "non_answer"),
        is_a("pair of shorts", "no"),
        title="Alcis Women Maroon Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a mustard pullover hoodie (no zip) with a black "NYC" text print, black joggers, white backdrop.
    # Caption: caption adapter (template); open: extractive QA; closed: reference engine.
    case(
        "X587-041",
        caption(
            "This gentleman is wearing a long-sleeve sweatshirt with graphic patterns and long pants. The sweatshirt"
            " is with cotton fabric and it has a hooded neckline. There is a zipper on the front. The pants are with"
            " cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.wearing("a long-sleeve sweatshirt with graphic patterns and long pants"),
        Q.material("cotton fabric"),
        Q.details("There is a zipper on the front", "unsupported"),
        is_a("hoodie", "no", "contradiction"),
        title="Roadster Men Mustard Yellow Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a white longline puffer jacket with a faux-fur-trimmed hood, black leggings, black ankle
    # boots, white backdrop (low contrast). Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X587-042",
        caption("a woman in a white puffer jacket with a fur hood, black leggings and black boots"),
        Q.wearing("a white puffer jacket with a fur hood, black leggings and black boots"),
        Q.color("white"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.details("a fur hood"),
        Q.material("fur", "unsupported"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long"),
        title="Fort Collins Women White Solid Longline Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: man in royal blue track pants with zips at the ankles and a small white Nike logo on the left thigh,
    # white tee, white backdrop; elastic waistband with drawstring and two zip side pockets are visible. Caption:
    # caption adapter (cut at 50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X587-043",
        caption(
            "a man wearing a white t-shirt and blue track pants with zippers at the ankles and a nike logo on the left"
            " thigh. The track pants have an elastic waistband with a drawstring and two side pockets with zippers and"
            " a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a white t-shirt and blue track pants"),
        Q.color("blue"),
        Q.details("zippers at the ankles and a nike logo on the left thigh"),
        Q.garment_type("track pants"),
        Q.pattern("striped", "contradiction"),
        Q.description("two side pockets with zippers and a", "cut"),
        title="Nike Men Blue Dri-FIT Academy Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a grey crew pullover with a red-and-white Fair Isle band across the yoke, blue jeans, no hat,
    # white backdrop. Caption: caption adapter (template); open: extractive QA; closed: reference engine.
    case(
        "X587-044",
        caption(
            "This woman is wearing a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric and"
            " it has a round neckline. The woman wears long pants. The pants are with denim fabric and pure color"
            " patterns. There is a hat on her head.",
            "unsupported",
        ),
        Q.color("red", "contradiction"),
        Q.wearing("a long-sleeve sweater with graphic patterns"),
        Q.material("fabric", "restated"),
        Q.description("a long-sleeve sweater with graphic patterns"),
        Q.sleeve_length("long"),
        Q.details("There is a hat on her head", "unsupported"),
        title="Mast & Harbour Women Grey & Red Self Design Sweater",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a navy bomber jacket, open, its orange lining showing, over a grey tee, black jeans, one hand in
    # a jeans pocket, white backdrop; the feed row has no gender. Caption: caption adapter (cut at 50 tokens); open:
    # extractive QA; closed: reference engine.
    case(
        "X587-045",
        caption(
            "a man wearing a blue bomber jacket with an orange lining over a grey t-shirt and black jeans, with one"
            " hand in the pocket of his jeans and the other hand holding the edge of the jacket open to show the",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a blue bomber jacket with an orange lining over a grey t-shirt and black jeans"),
        Q.color("navy blue"),
        color_of("bomber jacket", "grey", "other_garment_color", kind="open"),
        Q.details("an orange lining"),
        Q.garment_type("jacket"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("", "non_answer"),
        title="Mast & Harbour Men Navy Blue Solid Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: woman in a royal blue medium-support sports bra with a white swoosh, black high-rise tights, white
    # backdrop; the feed row has no gender. Caption: caption adapter (goes on in the question format to the limit);
    # open: extractive QA; closed: reference engine.
    case(
        "X587-046",
        caption(
            "a woman wearing a blue nike sports bra and black leggings Question: what is the woman wearing? Answer: a"
            " blue nike sports bra and black leggings Question: what is the color of the sports bra? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("a blue nike sports bra and black leggings"),
        Q.color("blue"),
        color_of("sports bra", "black", "other_garment_color", kind="open"),
        Q.garment_type("sports bra"),
        Q.details("a blue nike sports bra and black leggings Question: what is the woman wearing?", "leak"),
        Q.sleeve_length("sleeveless"),
        title="Nike Women Blue Swoosh Medium-Support Sports Bra",
        category="Sports Bra",
        color="Blue",
    ),
]
