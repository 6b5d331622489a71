"""BLIND_833 (46 products; old Myntra feed, women's western wear, adapter captions then extractive QA): written blind in
the fifty-sixth session. Measured blind at 4c2dc86 (the session's third rules): 101/119 failures found (84.9%) and 6/156
correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: the older Myntra "Fashion Product Images" feed (styles.csv-like rows, short titles such as "Vero Moda
Women Black Skirt"), women's western wear only: tops, t-shirts, shirts, jeans, trousers, shorts, skirts, dresses,
sweaters, sweatshirts, jackets, capris, one blazer. Photos of the shared kind: 224x224 studio shots on a white
backdrop, the product worn by a model with other clothes (jeans under a top, a tee under a jacket), front view.
Some rows lack a column (one without gender, one without category), and a few seller colors are loose (a "Brown"
top that is rust, "Multi" for a print with one dominant ground color).

Who wrote what: the caption is free generation by a caption adapter, 50 new tokens, greedy. Most captions come from
the epoch-3 adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption): the DeepFashion-MultiModal template, no hue
words ("The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric."),
fabric always claimed, accessories ("a ring on her finger", "a hat") often invented, "man"/"male" now and then for
a woman. Some come from the epoch-1 adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch), which still mixes the
base model's hue words into the template and once fell back to a plain base-model sentence. Neither adapter was
trained with an end token, so captions run to the limit: cut mid-sentence, or looping one template sentence, or
drifting into the "Question: ... Answer: ..." format. The open answers ("What is she wearing?", "Describe the X.",
"What are the X details?", open color questions, the material question) are extractive spans that
timpal0l/mdeberta-v3-base-squad2 took from that product's caption, so every open answer is a substring of its
caption (or empty when the QA model chose no answer); they inherit the caption's loops, cuts and leaks, and the
QA model often takes the wrong garment's span. Closed answers (garment type, color, pattern, sleeve length, "Is
this a ...?") come from enrich's --engine reference: one candidate value each, never a loop or a cut.

Labeling conventions and judgement calls:
- One failure kind per text. A caption with a loop is "loop" even if the loop is also cut off at the limit (a
  caption that restarts its first sentence counts as a loop); a caption that is cut is "cut" only when it has no
  other failure; a caption that drifts into Question/Answer is "leak"; a caption that gives the jeans the shirt's
  red is "other_garment_color", like an answer would be.
- hit_limit=True only on captions that ran to the 50-token limit; extractive spans carry hit_limit=False even when
  they copy the cut tail of a caption (the QA model did not run to a limit, it copied one).
- A color that belongs to another visible garment (the jeans' blue given for the top, the top's color given for the
  trousers) is "other_garment_color", whichever garment the question asked about. A wrong color that belongs to no
  garment in the photo is "contradiction". A pattern or sleeve length that belongs to the other garment (stripes of
  the tucked-in tee given for the skirt) is "contradiction", not other_garment_color.
- Wrong closed garment type, a wrong "no" to "Is this a ...?", wrong sleeve length, wrong pattern, wrong length of a
  skirt are "contradiction". A fabric, neckline or accessory the photo does not show (no ring, no hat, no belt,
  "denim" for cotton lace shorts, "cotton" for a polyester training tee) is "unsupported", in the caption and in any
  span that repeats it.
- A pattern word given to a color question ("solid color", "pure color") is "non_answer", as are empty spans, a span
  that only says the garment's own length ("of short length" for shorts, "of long length" for jeans) and a span
  about the backdrop given as a garment's details. A span that only gives the question's subject back ("The
  trousers this lady wears", "The shirt", "The lady wears", "denim" to describe jeans) is "restated".
- DeepFashion's vocabulary counts as correct where it is only coarse: "sweater" for a sweatshirt or a cardigan,
  "lapel neckline" for a shirt collar, "jacket" for a blazer, "T-shirt" or "blouse" for a top, "graphic patterns"
  for dots or a text print, "pure color patterns" for a solid garment, "chiffon" for georgette, "purple" for
  lavender, "orange" for rust, "three-quarter length" for cropped cuffed trousers.
- A closed color that differs from the seller's but is right for the photo ("rust" for the "Brown" top, "black" for
  a "Multi" print on a black ground, "peach" for a "Pink" top, "turquoise blue" for a "Blue" top) is correct.
- Pronoun failures are the caption calling the woman "man"/"male" and any span that copies that word; "The person"
  is not a pronoun failure. The model is a woman in every photo (the row without a gender column has no pronoun).
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

Q = BLIND_QUESTIONS  # the closed questions (reference engine) and their makers

BLIND_833 = [
    # photo: white sleeveless cotton tank top, round neck, worn with blue skinny jeans; white backdrop, front view.
    # caption: epoch-3 caption adapter (cut at the limit); open: extractive QA; closed: reference engine
    case(
        "X833-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", who="she"),
        details("top", "It has a round neckline"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        title="Mango Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy short-sleeve crew-neck cotton tee with a large white "NIKE" print across the chest, grey track
    # pants, no watch or bracelet; white backdrop. caption: epoch-1 adapter (hue words); open: extractive QA
    case(
        "X833-002",
        caption(
            "The woman wears a navy short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is crew. The pants the woman wears is of long length. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        wearing("a navy short-sleeve T-shirt with graphic patterns", who="she"),
        color_of("t-shirt", "navy", kind="open"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Nike Women Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans with faded thighs, worn with a loose white short-sleeve tee and white sneakers;
    # white backdrop. caption: epoch-3 adapter (complete); open: extractive QA; closed: reference engine
    case(
        "X833-003",
        caption(
            "This female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The trousers this female wears is of long length. The trousers are "
            "with denim fabric and solid color patterns."
        ),
        color_of("jeans", "solid color", "non_answer", kind="open"),
        details("jeans", "The trousers are with denim fabric and solid color patterns"),
        Q.color("white", "other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        title="Jealous 21 Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: red sleeveless knee-length skater dress in a cotton blend, nude heels; white backdrop.
    # caption: epoch-1 adapter, loops on the fabric sentence to the limit; open: extractive QA; closed: reference
    case(
        "X833-004",
        caption(
            "The lady wears a red sleeveless dress with pure color patterns. The dress is with cotton fabric. The "
            "dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The dress "
            "is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a red sleeveless dress with pure color patterns", who="she"),
        describe("dress", "The dress is with cotton fabric. The dress is with cotton fabric", "loop"),
        Q.color("orange", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Tokyo Talkies Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: olive long-sleeve cotton shirt with a collar, sleeves rolled to the elbow, untucked over black
    # leggings; white backdrop. caption: epoch-3 adapter calls her a man; open: extractive QA; closed: reference
    case(
        "X833-005",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The man wears a long leggings. The leggings are with cotton fabric and solid color "
            "patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        details("shirt", "it has a lapel neckline"),
        Q.garment_type("shirt"),
        Q.color("olive"),
        Q.pattern("solid"),
        is_a("shirt", "no", "contradiction"),
        title="Arrow Woman Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: black pleated cotton-blend mini skirt, white sleeveless chiffon blouse tucked in, black heels, no belt;
    # white backdrop. caption: epoch-3 adapter; open: extractive QA (no hue in the caption); closed: reference
    case(
        "X833-006",
        caption(
            "The woman wears a sleeveless blouse with pure color patterns and a short skirt. The blouse is with "
            "chiffon fabric. The skirt is with cotton fabric and pure color patterns. There is a belt on her waist.",
            "unsupported",
        ),
        color_of("skirt", "", "non_answer", kind="open"),
        describe("skirt", "a short skirt"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("skirt"),
        title="Vero Moda Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt, long sleeves, pink PUMA logo print on the chest, black track pants;
    # white backdrop. caption: epoch-1 adapter in base-model style, drifts into the QA format; open: extractive QA
    case(
        "X833-007",
        caption(
            "A woman wearing a grey sweatshirt with graphic patterns and black pants. Question: What is the woman "
            "wearing? Answer: A woman wearing a grey sweatshirt with graphic patterns and black pants. Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt with graphic patterns and black pants", who="she"),
        describe("sweatshirt", "Answer: A woman wearing a grey sweatshirt", "leak"),
        color_of("sweatshirt", "grey", kind="open"),
        Q.color("black", "other_garment_color"),
        title="Puma Women Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: peach-pink short-sleeve chiffon top with a ruffled round neckline, plain (no print), white trousers;
    # white backdrop. caption: epoch-3 adapter, cut at the limit; open: extractive QA; closed: reference engine
    case(
        "X833-008",
        caption(
            "This lady is wearing a short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. "
            "It has a round neckline. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. This lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve blouse with pure color patterns", who="she"),
        details("top", "It has a round neckline"),
        material("chiffon"),
        Q.garment_type("top"),
        Q.color("peach"),
        Q.pattern("floral", "contradiction"),
        color_of("trousers", "pink", "other_garment_color"),
        title="Mango Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket worn open over a white graphic tee, blue jeans; white backdrop.
    # caption: epoch-3 adapter (complete); open: extractive QA; closed: reference engine
    case(
        "X833-009",
        caption(
            "The woman is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "The T-shirt the woman wears has graphic patterns. The pants are with denim fabric."
        ),
        wearing("a long-sleeve jacket with pure color patterns", who="she"),
        details("jacket", "The jacket is with leather fabric"),
        material("leather"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("black"),
        title="Roadster Women Black Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton pique polo, short sleeves, collar, blue denim shorts, no ring, no watch; white backdrop.
    # caption: epoch-1 adapter (hue words); open: extractive QA; closed: reference engine
    case(
        "X833-010",
        caption(
            "The lady wears a white short-sleeve polo shirt with pure color patterns and a pair of blue denim shorts. "
            "The shirt is with cotton fabric. It has a lapel neckline. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a white short-sleeve polo shirt", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "blue", kind="open"),
        details("shirt", "It has a lapel neckline"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Flying Machine Women White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: beige straight cotton trousers, navy-and-white striped long-sleeve shirt tucked in, a real brown belt;
    # white backdrop. caption: epoch-3 adapter (complete, belt correct); open: extractive QA; closed: reference
    case(
        "X833-011",
        caption(
            "This female wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. The "
            "trousers this female wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. There is a belt on her waist."
        ),
        describe("trousers", "The trousers this female wears", "restated"),
        details("trousers", "The trousers are with cotton fabric and pure color patterns"),
        Q.color("beige"),
        Q.pattern("striped", "contradiction"),
        title="Allen Solly Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: navy georgette maxi dress with orange flowers, three-quarter sleeves, V-neck, no hat; white backdrop.
    # caption: epoch-3 adapter invents a hat; open: extractive QA; closed: reference engine
    case(
        "X833-012",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. This lady wears a hat.",
            "unsupported",
        ),
        wearing("a medium-sleeve dress with floral patterns", who="she"),
        describe("dress", "This lady wears a hat", "unsupported"),
        details("dress", "It has a V-shape neckline"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Global Desi Women Printed Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: light-blue frayed denim shorts, black sleeveless cotton crop top; white backdrop.
    # caption: epoch-3 adapter, cut at the limit; open: extractive QA; closed: reference engine
    case(
        "X833-013",
        caption(
            "This woman wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The shorts this woman wears is of short length. The shorts are with denim fabric and "
            "solid",
            "cut",
            hit_limit=True,
        ),
        describe("shorts", "with denim fabric and solid", "cut"),
        details("shorts", "of short length", "non_answer"),
        color_of("shorts", "black", "other_garment_color"),
        is_a("shorts", "yes", article="a pair of"),
        title="Wrangler Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon cable-knit crew-neck sweater, long sleeves, black jeans; white backdrop.
    # caption: epoch-1 adapter (hue words, complete); open: extractive QA; closed: reference engine
    case(
        "X833-014",
        caption(
            "The lady wears a maroon long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a crew neckline. The pants the lady wears is of long length. The pants are with denim "
            "fabric."
        ),
        wearing("The lady wears", "restated", who="she"),
        details("sweater", "It has a crew neckline"),
        material("knitting fabric"),
        color_of("pants", "maroon", "other_garment_color", kind="open"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("maroon"),
        Q.pattern("solid"),
        title="United Colors of Benetton Women Maroon Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: black chiffon top with small white polka dots, short flutter sleeves, round neck, blue jeans; white
    # backdrop. caption: epoch-3 adapter (complete); open: extractive QA; closed: reference engine
    case(
        "X833-015",
        caption(
            "The woman wears a short-sleeve blouse with graphic patterns. The blouse is with chiffon fabric. It has "
            "a round neckline. The trousers the woman wears is of long length. The trousers are with denim fabric "
            "and pure color patterns."
        ),
        wearing("a short-sleeve blouse with graphic patterns", who="she"),
        color_of("top", "pure color", "non_answer", kind="open"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        title="Elle Women Printed Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: black skinny jeans, grey marl short-sleeve tee untucked; white backdrop.
    # caption: epoch-3 adapter, loops on the denim sentence; open: extractive QA; closed: reference engine
    case(
        "X833-016",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The pants the person wears is of long "
            "length. The pants are with denim fabric. The pants are with denim fabric. The pants are with denim "
            "fabric. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        details("jeans", "The pants are with denim fabric. The pants are with denim fabric", "loop"),
        Q.color("black"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        title="Kraus Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: mustard-yellow sleeveless cotton top with a lace yoke, white jeans; white backdrop.
    # caption: epoch-1 adapter, runs on into the Question/Answer format; open: extractive QA; closed: reference
    case(
        "X833-017",
        caption(
            "The woman wears a yellow sleeveless top with lace patterns and a pair of white jeans. The top is with "
            "cotton fabric. Question: What is the color of the top? Answer: yellow. Question: What is the color of "
            "the jeans? Answer: white.",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "yellow", kind="open"),
        color_of("jeans", "white", kind="open"),
        details("top", "Answer: yellow", "leak"),
        Q.color("mustard"),
        title="Remanika Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: white long-sleeve formal cotton shirt with a collar, plain, charcoal grey trousers; white backdrop.
    # caption: epoch-3 adapter, cut at the limit; open: extractive QA; closed: reference engine
    case(
        "X833-018",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "a long-sleeve shirt with pure color patterns"),
        details("shirt", "it has a lapel neckline"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Van Heusen Women White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: chambray (light denim-blue) short-sleeve shirt dress with a collar, brown belt at the waist, brown
    # sandals, bare wrists; white backdrop. caption: epoch-3 adapter; open: extractive QA; closed: reference engine
    case(
        "X833-019",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with denim fabric. It "
            "has a lapel neckline. There is a belt on her waist. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        material("denim"),
        Q.color("brown", "other_garment_color"),
        title="People Women Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender polyester training tee, short sleeves, round neck, black three-quarter leggings; white
    # backdrop. caption: epoch-1 adapter (hue words) calls her a man; open: extractive QA; closed: reference engine
    case(
        "X833-020",
        caption(
            "The man wears a purple short-sleeve T-shirt with pure color patterns and a pair of black leggings. The "
            "T-shirt is with cotton fabric. It has a round neckline. The leggings are of three-quarter length.",
            "pronoun",
        ),
        wearing("a purple short-sleeve T-shirt", who="she"),
        color_of("t-shirt", "purple", kind="open"),
        material("cotton", "unsupported"),
        Q.color("lavender"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("t-shirt", "The man wears a purple short-sleeve T-shirt", "pronoun"),
        title="Nike Women Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: olive cotton utility jacket with a zip and stand collar, worn open over a black tee, black jeans;
    # white backdrop. caption: epoch-3 adapter says "male"; open: extractive QA; closed: reference engine
    case(
        "X833-021",
        caption(
            "This male wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The pants this male wears is of long length. The pants are with denim fabric and "
            "pure color patterns.",
            "pronoun",
        ),
        describe("jacket", "a long-sleeve jacket with pure color patterns"),
        details("jacket", "It has a stand neckline"),
        color_of("jacket", "pure color", "non_answer", kind="open"),
        Q.color("olive"),
        title="Roadster Women Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: red-and-white horizontally striped boat-neck cotton top, three-quarter sleeves, blue jeans; white
    # backdrop. caption: epoch-3 adapter (complete); open: extractive QA; closed: reference engine
    case(
        "X833-022",
        caption(
            "The woman wears a medium-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants the woman wears is of long length. The pants are with denim fabric and "
            "pure color patterns."
        ),
        wearing("a medium-sleeve T-shirt with striped patterns", who="she"),
        Q.color("red"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Vero Moda Women Striped Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: black tapered cotton trousers, cream ribbed knit sweater, black loafers, no glasses; white backdrop.
    # caption: epoch-3 adapter invents glasses; open: extractive QA; closed: reference engine
    case(
        "X833-023",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "trousers this lady wears is of long length. The trousers are with cotton fabric and solid color "
            "patterns. This lady wears glasses.",
            "unsupported",
        ),
        describe("trousers", "The trousers are with cotton fabric and solid color patterns"),
        details("trousers", "The trousers this lady wears", "restated"),
        color_of("trousers", "black"),
        Q.color("cream", "other_garment_color"),
        Q.garment_type("trousers"),
        title="Marks & Spencer Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: blue denim A-line knee-length skirt with a button front, white tee tucked in, white sneakers; white
    # backdrop. caption: epoch-1 adapter (hue words), cut at the limit; open: extractive QA; closed: reference
    case(
        "X833-024",
        caption(
            "The woman wears a white short-sleeve T-shirt with pure color patterns and a blue denim skirt. The skirt "
            "is of medium length. The T-shirt is with cotton fabric. It has a round neckline. The skirt is with "
            "denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        describe("skirt", "a blue denim skirt"),
        details("skirt", "The skirt is of medium length"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.garment_type("dress", "contradiction"),
        Q.color("blue"),
        title="Deal Jeans Women Blue Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: sea-green sleeveless cotton peplum top, round neck, cream trousers; white backdrop.
    # caption: epoch-3 adapter, loops on the neckline sentence; open: extractive QA; closed: reference engine
    case(
        "X833-025",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. It has a round "
            "neckline. It has a round neckline. It has a round neckline. It has a round neckline. It has a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless top with pure color patterns", who="she"),
        details("top", "It has a round neckline. It has a round neckline. It has a round neckline", "loop"),
        Q.color("grey", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        title="Sera Women Green Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: navy cotton-fleece hooded sweatshirt, hood down, white drawstrings, white "HRX" print, grey joggers, no
    # hat; white backdrop. caption: epoch-3 adapter invents a hat; open: extractive QA; closed: reference engine
    case(
        "X833-026",
        caption(
            "This lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "This lady wears a hat.",
            "unsupported",
        ),
        wearing("a long-sleeve sweater with graphic patterns", who="she"),
        Q.garment_type("sweatshirt"),
        Q.color("navy blue"),
        color_of("pants", "navy blue", "other_garment_color"),
        describe("sweatshirt", "This lady wears a hat", "unsupported"),
        title="HRX Women Navy Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: blue-and-white checked long-sleeve cotton shirt with a collar, black jeans; white backdrop.
    # caption: epoch-3 adapter (complete); open: extractive QA; closed: reference engine
    case(
        "X833-027",
        caption(
            "The woman wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants the woman wears is of long length. The pants are with denim fabric and pure "
            "color patterns."
        ),
        describe("shirt", "a long-sleeve shirt with plaid patterns"),
        details("shirt", "The shirt", "restated"),
        Q.color("blue"),
        Q.pattern("checked"),
        title="Wrangler Women Blue Checked Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white cotton-voile top, short sleeves, round neck with white self embroidery on the yoke, blue
    # jeans, a silver bangle on her wrist; white backdrop. caption: epoch-1 adapter (hue words); open: extractive QA
    case(
        "X833-028",
        caption(
            "The lady wears a white short-sleeve blouse with pure color patterns and blue denim pants. The blouse is "
            "with chiffon fabric. It has a round neckline. There is an accessory on her wrist."
        ),
        color_of("top", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        material("chiffon", "unsupported"),
        Q.color("off white"),
        is_a("top", "yes"),
        title="Kazo Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black polyester-elastane training capris with a pink side stripe, white racerback tank top, pink
    # sneakers; white backdrop. caption: epoch-3 adapter (complete); open: extractive QA; closed: reference engine
    case(
        "X833-029",
        caption(
            "This woman wears a tank top with pure color patterns. The tank top is with cotton fabric. The pants "
            "this woman wears is of three-quarter length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a tank top with pure color patterns", who="she"),
        details("capris", "of three-quarter length"),
        material("cotton", "unsupported"),
        Q.garment_type("capris"),
        Q.color("black"),
        title="Puma Women Black Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: black long-sleeve bodycon midi dress, round neck, black heels, gold hoop earrings; white backdrop.
    # caption: epoch-3 adapter, restarts its first sentence; open: extractive QA; closed: reference engine
    case(
        "X833-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        describe("dress", "It has a round neckline"),
        color_of("dress", "", "non_answer", kind="open"),
        Q.color("black"),
        Q.pattern("floral", "contradiction"),
        title="Mango Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: grey marl V-neck cotton tee, short sleeves, blue jeans, short-haired woman; white backdrop.
    # caption: epoch-1 adapter fell back to a base-model sentence and calls her a man; open: extractive QA
    case(
        "X833-031",
        caption("a man wearing a grey T-shirt and blue jeans standing in front of a white wall", "pronoun"),
        wearing("a grey T-shirt and blue jeans", who="she"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("t-shirt", "standing in front of a white wall", "non_answer"),
        Q.color("blue", "other_garment_color"),
        title="Proline Women Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: white cotton shorts with a lace hem, navy short-sleeve round-neck tee; white backdrop.
    # caption: epoch-3 adapter calls the shorts denim; open: extractive QA; closed: reference engine
    case(
        "X833-032",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The shorts this woman wears is of short length. The shorts are with denim fabric "
            "and pure color patterns.",
            "unsupported",
        ),
        describe("shorts", "The shorts this woman wears", "restated"),
        material("denim", "unsupported"),
        color_of("shorts", "white"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("shorts"),
        title="Only Women White Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: sleeveless V-neck top in opaque viscose jersey, black ground with an orange and turquoise aztec print,
    # black denim shorts; white backdrop. caption: epoch-3 adapter calls it chiffon; open: extractive QA
    case(
        "X833-033",
        caption(
            "This lady wears a sleeveless tank top with graphic patterns. The tank top is with chiffon fabric. It "
            "has a V-shape neckline. The shorts this lady wears is of short length. The shorts are with denim fabric "
            "and pure color patterns.",
            "unsupported",
        ),
        wearing("a sleeveless tank top with graphic patterns", who="she"),
        details("top", "It has a V-shape neckline"),
        material("chiffon", "unsupported"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("top", "no", "contradiction"),
        title="Tokyo Talkies Women Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: dark indigo bootcut jeans, red-and-black checked long-sleeve flannel shirt, brown boots; white
    # backdrop. caption: epoch-1 adapter gives the jeans the shirt's red; open: extractive QA; closed: reference
    case(
        "X833-034",
        caption(
            "The woman wears a red long-sleeve shirt with plaid patterns and a pair of red jeans. The shirt is with "
            "cotton fabric. The jeans are of long length.",
            "other_garment_color",
        ),
        wearing("a red long-sleeve shirt with plaid patterns", who="she"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        details("jeans", "The jeans are of long length", "non_answer"),
        Q.garment_type("jeans"),
        Q.color("blue"),
        title="Levis Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: cream open-front long knit cardigan, long sleeves, grey marl cotton tank underneath, blue jeans; white
    # backdrop. caption: epoch-3 adapter (complete); open: extractive QA; closed: reference engine
    case(
        "X833-035",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "tank top is with cotton fabric. The pants this lady wears is of long length. The pants are with denim "
            "fabric and pure color patterns."
        ),
        details("sweater", "pure color patterns"),
        material("knitting fabric"),
        Q.garment_type("sweater"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("cardigan", "yes"),
        title="Vero Moda Women Cream Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: light-wash blue denim jacket, buttoned, collar, over a short black t-shirt dress; white backdrop.
    # caption: epoch-3 adapter, cut at the limit; open: extractive QA; closed: reference engine
    case(
        "X833-036",
        caption(
            "This woman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and it "
            "has a lapel neckline. This woman wears a dress with pure color patterns. The dress is of short length. "
            "This woman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns", who="she"),
        details("jacket", "it has a lapel neckline"),
        material("denim"),
        Q.color("blue"),
        title="Deal Jeans Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: purple chiffon blouse with long sheer sleeves, round neck, black knee-length pencil skirt; white
    # backdrop. caption: epoch-3 adapter opens in the Question/Answer format; open: extractive QA; closed: reference
    case(
        "X833-037",
        caption(
            "Question: What is the lady wearing? Answer: The lady wears a long-sleeve blouse with pure color "
            "patterns. The blouse is with chiffon fabric. It has a round neckline. The skirt this lady wears is of "
            "medium length.",
            "leak",
        ),
        wearing("Answer: The lady wears a long-sleeve blouse", "leak", who="she"),
        material("chiffon"),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        color_of("skirt", "purple", "other_garment_color"),
        describe("top", "Question: What is the lady wearing?", "leak"),
        title="AND Women Purple Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: khaki cotton chinos cuffed above the ankle, white sleeveless round-neck top, no belt; white backdrop.
    # caption: epoch-3 adapter invents a belt; open: extractive QA; closed: reference engine
    case(
        "X833-038",
        caption(
            "This female wears a sleeveless top with pure color patterns. The top is with cotton fabric. It has a "
            "round neckline. The trousers this female wears is of three-quarter length. The trousers are with cotton "
            "fabric and pure color patterns. This female wears a belt.",
            "unsupported",
        ),
        describe("trousers", "", "non_answer"),
        details("trousers", "of three-quarter length"),
        color_of("trousers", "khaki"),
        Q.color("khaki"),
        title="Allen Solly Women Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: blush-pink lace sheath dress, cap sleeves, round neck, knee length, nude heels; white backdrop.
    # caption: epoch-1 adapter (hue words), restarts its first sentence; open: extractive QA; closed: reference
    case(
        "X833-039",
        caption(
            "The lady wears a pink short-sleeve dress with lace patterns. The dress is with lace fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a pink short-sleeve dress with lace "
            "patterns. The dress is with lace",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a pink short-sleeve dress with lace patterns"),
        color_of("dress", "pink", kind="open"),
        material("lace"),
        Q.color("red", "contradiction"),
        Q.sleeve_length("short sleeves"),
        title="Sera Women Pink Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: yellow cotton tee with a black "BROOKLYN" text print, short sleeves, round neck, black denim shorts;
    # white backdrop. caption: epoch-3 adapter calls her a man; open: extractive QA; closed: reference engine
    case(
        "X833-040",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The shorts the man wears is of short length. The shorts are with denim fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        describe("t-shirt", "The man wears a short-sleeve T-shirt with graphic patterns", "pronoun"),
        details("t-shirt", "It has a round neckline"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        title="Roadster Women Yellow T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon A-line midi skirt (mid-calf) in cotton, black-and-white striped short-sleeve tee tucked in;
    # white backdrop. caption: epoch-3 adapter says the skirt is short; open: extractive QA; closed: reference
    case(
        "X833-041",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The skirt this lady wears is of short length. The skirt is with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        describe("skirt", "The skirt this lady wears is of short length", "contradiction"),
        details("skirt", "The skirt is with cotton fabric and pure color patterns"),
        Q.color("maroon"),
        Q.pattern("striped", "contradiction"),
        is_a("skirt", "yes"),
        title="Mango Women Maroon Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: turquoise-blue sleeveless georgette top with a gathered round neck, white cotton trousers, no jewellery;
    # white backdrop. gender column empty in this row. caption: epoch-3 adapter, cut at the limit; open: extractive
    case(
        "X833-042",
        caption(
            "The woman wears a sleeveless top with pure color patterns. The top is with chiffon fabric. It has a "
            "round neckline. The pants the woman wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless top with pure color patterns", who="she"),
        details("top", "There is an accessory on", "cut"),
        material("chiffon"),
        Q.color("turquoise blue"),
        Q.pattern("striped", "contradiction"),
        color_of("pants", "turquoise blue", "other_garment_color"),
        title="Femella Women Blue Top",
        category="Tops",
        color="Blue",
    ),
    # photo: black single-button blazer with notched lapels, white crew-neck tee, grey trousers; white backdrop.
    # caption: epoch-1 adapter (hue words), cut at the limit; open: extractive QA; closed: reference engine
    case(
        "X833-043",
        caption(
            "The lady wears a black long-sleeve jacket with pure color patterns and a white T-shirt. The jacket is "
            "with cotton fabric and it has a lapel neckline. The pants the lady wears are grey. The pants are of long "
            "length. The lady wears a black",
            "cut",
            hit_limit=True,
        ),
        wearing("a black long-sleeve jacket", who="she"),
        color_of("blazer", "black", kind="open"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.color("black"),
        details("blazer", "The lady wears a black", "cut"),
        title="Vero Moda Women Black Blazer",
        category="Blazers",
        color="Black",
        gender="Women",
    ),
    # photo: red short-sleeve cotton tee with a white bicycle graphic, black leggings; white backdrop.
    # caption: epoch-3 adapter loops on the pattern sentence; open: extractive QA; closed: reference engine
    case(
        "X833-044",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "T-shirt is with graphic patterns. The T-shirt is with graphic patterns. The T-shirt is with graphic "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        describe(
            "t-shirt", "graphic patterns. The T-shirt is with graphic patterns. The T-shirt is with graphic", "loop"
        ),
        material("cotton"),
        Q.color("red"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Tantra Women Red T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: navy skinny jeans, pink sleeveless cotton tank top, bare hands (no ring); white backdrop. the row has
    # no category column. caption: epoch-3 adapter invents a ring; open: extractive QA; closed: reference engine
    case(
        "X833-045",
        caption(
            "The woman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "pants the woman wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is a ring on her finger.",
            "unsupported",
        ),
        wearing("a sleeveless tank top", who="she"),
        describe("jeans", "denim", "restated"),
        details("jeans", "There is a ring on her finger", "unsupported"),
        Q.garment_type("jeans"),
        color_of("jeans", "pink", "other_garment_color"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        title="Jealous 21 Women Navy Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust (orange-brown) cotton peasant top, three-quarter sleeves, V-neck, blue jeans, sunglasses pushed up
    # on her head; white backdrop. caption: epoch-1 adapter (hue words, complete); open: extractive QA
    case(
        "X833-046",
        caption(
            "The woman wears an orange medium-sleeve blouse with pure color patterns and blue denim pants. The "
            "blouse is with cotton fabric. It has a V-shape neckline. This woman wears sunglasses on her head."
        ),
        wearing("an orange medium-sleeve blouse", who="she"),
        color_of("top", "orange", kind="open"),
        color_of("jeans", "orange", "other_garment_color", kind="open"),
        Q.color("rust"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Kraus Women Brown Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
]
