"""BLIND_569 (46 products; Myntra kids' everyday and school wear night): written blind in the fifty-first session.
Measured blind at 3f6075f (the session's rules as they stood): 112/141 failures found (79.4%) and 0/204 correct texts
flagged (0.0%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed, one night's enrichment: girls' and boys' printed t-shirts, shirts, shorts, jeans, track
pants, frocks, tops with skirts, leggings, jumpsuits, dungarees, sweatshirts, night suits and school uniforms. Most
photos show a child on a white, grey or pastel studio backdrop, some on a playground (slide, swings, climbing frame,
grass), a few are flat-lays of one set or of a pack of two or three. The child nearly always wears other clothes with
the product (a t-shirt with the shorts, leggings under the sweatshirt, a shirt under the pinafore). The seller's
columns are title, category (article_type), color (base_colour) and gender; a few rows lack color.

Who wrote what: the caption is the caption-only LoRA adapter at epoch 3 (Data2_V2_Blip2_Finetune_Caption). It writes
the DeepFashion template for every photo, children included: "The lady wears ...", "The gentleman wears ...", "The
T-shirt is with cotton fabric", "It has a crew neckline", "pure color / graphic / striped / lattice / color block /
floral patterns", "a three-point shorts", and the template's accessory sentences ("There is an accessory on her
wrist", "There is a hat on his head"), which it adds whether or not the photo has one. It names no hues. Having no
end token it either happens to stop after a full sentence, or runs to the 50-token limit and is cut mid-sentence, or
starts repeating its last two sentences. The open questions (What is the child wearing? Describe the garment. What
material is it?) are answered by the extractive QA model over that caption, so every open answer is a span of the
caption: it inherits the caption's errors, sometimes returns a single word, the bare subject and verb, or nothing.
The per-piece color questions (What is the color of the t-shirt / shorts / ...?) are answered by the untuned base
blip2-opt-2.7b with free generation: short hue answers, often the same hue for every piece, now and then a run-on into
the next "Question: ... Answer:" or a repeated hue until the 30-token limit, or the question's words given back. The
closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine,
which picks one candidate, so they are short and whole but can pick a wrong one or another garment's value.

Labeling conventions and judgement calls:
- One label per text, the one most plainly wrong; a cut or looping text is labeled cut or loop even when the part
  that survives also holds a wrong claim.
- A caption that ran to the 50-token limit has hit_limit=True and is labeled cut when it ends mid-sentence, loop when
  it repeats its own sentences. A base-model color answer that ran to 30 tokens has hit_limit=True too.
- "The lady" / "the gentleman" for a child is the template's adult wording, not a failure when the sex matches the
  seller's gender. "The lady" or her/she for a Boys product, "the gentleman" or his/he for a Girls product, is
  labeled pronoun, in the caption and in any QA span that copies the wrong word.
- On a flat-lay the template's "The gentleman wears" is not labeled; a worn accessory claimed on a flat-lay is
  unsupported.
- unsupported: a detail the photo does not have and nothing in the catalog states (an accessory on the wrist, a
  hat, glasses, a ring, a belt; leather or denim for a knit garment when the title names no fabric).
- contradiction: a claim the photo and the seller's columns or another text contradict: wrong sleeve length, wrong
  pattern (pure color for checks, graphic for solid leggings), wrong garment type against the seller's category,
  a fabric the title contradicts (cotton for a linen shirt, denim for corduroy), a wrong closed color pick.
- other_garment_color: a color answer, open or closed, that gives a piece the color of another piece in the photo
  (the grey of the t-shirt for the jeans); also when the other piece is not the product (one color for every piece).
  A pattern or sleeve value taken from another garment is labeled contradiction, not other_garment_color.
- non_answer: an empty span, a single word ("striped", "T-shirt") for an open question, or the bare "The lady wears".
- restated: the base model giving the question's words back ("the color of the shirt").
- leak: a color answer that runs on into "Question: ... Answer:".
- A span naming a true garment that is not the product ("a short-sleeve T-shirt" for jeans) is correct: the child is
  wearing it. A two-word but true span ("lattice patterns") is correct.
- For a pack, a color answer naming every piece's color is correct; closed "t-shirt" for a pack of t-shirts is correct.
- "denim" for a chambray shirt and "knitting" for knit joggers are accepted as the template's fabric words.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, question

Q = BLIND_QUESTIONS
WEAR = question("wearing", "What is the child wearing?", "open")
DESC = question("description", "Describe the garment.", "open")
MAT = question("material", "What material is it?", "open")


def base(garment, text, failure=None, hit_limit=False):
    """The untuned base model's free answer to "What is the color of the {garment}?"."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_569 = [
    # photo: boy on a white studio backdrop, front view, navy blue short-sleeve crew-neck t-shirt with a yellow and
    # green dinosaur print, grey melange knit shorts, white sneakers. Caption: caption adapter e3; open answers:
    # extractive QA over the caption; piece colors: base model; closed: reference engine.
    case(
        "X569-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        WEAR("a short-sleeve T-shirt with graphic patterns"),
        DESC("It has a crew neckline"),
        MAT("cotton"),
        base("t-shirt", "navy blue"),
        base("shorts", "navy blue", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="YK Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl on a pale pink studio backdrop, sleeveless pink A-line frock with a small white floral print,
    # round neck, knee length, no jewellery, white sandals. Caption: adapter e3; open: extractive QA; dress color:
    # base model; closed: reference engine.
    case(
        "X569-002",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline.",
            "contradiction",
        ),
        WEAR("a sleeveless dress with floral patterns"),
        DESC("chiffon fabric", "contradiction"),
        MAT("chiffon", "contradiction"),
        base("dress", "pink and white"),
        Q.color("pink"),
        is_a("dress", "yes"),
        title="Gini and Jony Girls Pink Floral Print Pure Cotton A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy at the foot of a playground slide, light blue clean-look slim jeans, red short-sleeve crew-neck
    # t-shirt, blue sneakers; three-quarter view. Caption: adapter e3 (ran to 50 tokens); open: extractive QA;
    # jeans color: base model; closed: reference engine.
    case(
        "X569-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears long trousers. The trousers are with denim fabric and pure "
            "color patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        WEAR("a short-sleeve T-shirt with pure color patterns"),
        DESC("long trousers. The trousers are with denim fabric"),
        MAT("denim"),
        base("jeans", "red", "other_garment_color"),
        Q.color("blue"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Pepe Jeans Kids Boys Light Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl on a white studio backdrop, lavender long-sleeve crew-neck sweatshirt with a white unicorn print,
    # black solid leggings, pink shoes. Caption: adapter e3 (wrong sex); open: extractive QA; piece colors: base
    # model; closed: reference engine.
    case(
        "X569-004",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a crew neckline. The gentleman wears long leggings. His leggings are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        WEAR("a long-sleeve sweater with graphic patterns"),
        DESC("His leggings are with cotton fabric", "pronoun"),
        MAT("cotton"),
        base("sweater", "purple"),
        base("leggings", "purple", "other_garment_color"),
        Q.pattern("printed"),
        title="Cub McPaws Girls Lavender Unicorn Printed Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: flat-lay on a white board, boys' night suit: light blue short-sleeve t-shirt with a red car print and
    # navy pyjama pants with thin white stripes, folded side by side; no person, no accessories. Caption: adapter
    # e3; open: extractive QA; trousers color: base model; closed: reference engine.
    case(
        "X569-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears long trousers. The trousers are with cotton fabric and striped "
            "patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        WEAR("a short-sleeve T-shirt with graphic patterns"),
        DESC("striped", "non_answer"),
        MAT("cotton"),
        base("trousers", "light blue", "other_garment_color"),
        Q.color("blue"),
        title="Sweet Dreams Boys Blue & White Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in school uniform on a light grey studio backdrop: white short-sleeve shirt with a rounded
    # collar, navy blue pleated skirt, white knee socks, black shoes; the product is the shirt. Caption: adapter
    # e3 (ran to 50 tokens); open: extractive QA; piece colors: base model; closed: reference engine.
    case(
        "X569-006",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "The lady wears socks in her",
            "cut",
            hit_limit=True,
        ),
        WEAR("a short-sleeve shirt with pure color patterns"),
        DESC("The lady wears socks in her", "cut"),
        MAT("cotton"),
        base("shirt", "white"),
        base("skirt", "white", "other_garment_color"),
        Q.color("white"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Bodycare Kids Girls White Solid School Uniform Shirt",
        category="Shirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy on a playground by the swings, black track pants with a white stripe down each side, grey
    # melange short-sleeve t-shirt, no watch or cap. Caption: adapter e3; open: extractive QA; piece colors: base
    # model; closed: reference engine.
    case(
        "X569-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears long pants. The pants are with leather fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        WEAR("long pants"),
        MAT("leather", "unsupported"),
        base("pants", "black"),
        base("t-shirt", "black", "other_garment_color"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        title="HRX by Hrithik Roshan Boys Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: girl on a white studio backdrop, mid-blue washed denim dungarees with a bib pocket and two metal
    # buttons, over a red-and-white striped long-sleeve t-shirt. Caption: adapter e3; open: extractive QA;
    # overalls color: base model; closed: reference engine.
    case(
        "X569-008",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears long overalls. The overalls are with denim fabric and pure color "
            "patterns."
        ),
        WEAR("The lady wears", "non_answer"),
        DESC("denim fabric and pure color patterns"),
        MAT("denim"),
        base("overalls", "red and white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        title="Hopscotch Girls Blue Washed Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat-lay on white, a pack of three plain short-sleeve crew-neck t-shirts laid overlapping: red, olive
    # green, white. Caption: adapter e3; open: extractive QA; t-shirt color: base model; closed: reference engine.
    case(
        "X569-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline.",
            "contradiction",
        ),
        WEAR("a short-sleeve T-shirt"),
        DESC("color block patterns", "contradiction"),
        MAT("cotton"),
        base("t-shirt", "red, green and white"),
        Q.garment_type("t-shirt"),
        is_a("t-shirt", "yes"),
        title="Marks & Spencer Boys Pack of 3 Solid Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl on a mint studio backdrop, yellow flutter-sleeve top with a fabric bow at the neck and a blue
    # denim mini skirt, no belt; white shoes. Caption: adapter e3 (ran to 50 tokens); open: extractive QA; piece
    # colors: base model; closed: reference engine.
    case(
        "X569-010",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There is a belt",
            "cut",
            hit_limit=True,
        ),
        WEAR("a short-sleeve top with pure color patterns"),
        DESC("There is a belt", "unsupported"),
        MAT("cotton"),
        base("top", "yellow"),
        base("skirt", "yellow", "other_garment_color"),
        Q.color("yellow"),
        title="Tiny Girl Girls Yellow & Blue Solid Top with Skirt",
        category="Clothing Set",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat-lay, a pack of two plain ankle-length leggings, one pink and one grey melange, folded on a white
    # sheet. Caption: adapter e3 (looped to 50 tokens); open: extractive QA; leggings color: base model; closed:
    # reference engine.
    case(
        "X569-011",
        caption(
            "The lady wears long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears long "
            "leggings. The",
            "loop",
            hit_limit=True,
        ),
        WEAR("long leggings"),
        DESC("", "non_answer"),
        MAT("cotton"),
        base("leggings", "pink and grey"),
        Q.garment_type("leggings"),
        Q.pattern("striped", "contradiction"),
        title="Mothercare Girls Pack of 2 Solid Ankle-Length Leggings",
        category="Leggings",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy on a white studio backdrop, red and navy checked long-sleeve shirt, buttoned, sleeves rolled once,
    # beige chinos, brown loafers. Caption: adapter e3; open: extractive QA; piece colors: base model; closed:
    # reference engine.
    case(
        "X569-012",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        WEAR("a long-sleeve shirt with lattice patterns"),
        DESC("lattice", "non_answer"),
        MAT("cotton"),
        base("shirt", "beige", "other_garment_color"),
        base("trousers", "beige Question: What is the color of the shoes? Answer: brown", "leak"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid", "contradiction"),
        title="U.S. Polo Assn. Kids Boys Red & Navy Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl on a white studio backdrop, olive green sleeveless jumpsuit with a V neck and a self-fabric tie
    # belt at the waist, tan sandals. Caption: adapter e3; open: extractive QA; romper color: base model; closed:
    # reference engine.
    case(
        "X569-013",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "V-shape neckline. There is an accessory on her waist."
        ),
        WEAR("a sleeveless romper with pure color patterns"),
        DESC("a sleeveless romper"),
        MAT("cotton"),
        base(
            "romper",
            "green Question: What is the color of the romper? Answer: green Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        Q.color("brown", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        title="Nauti Nati Girls Olive Green Solid Basic Jumpsuit with Belt",
        category="Jumpsuit",
        color="Olive",
        gender="Girls",
    ),
    # photo: boy on a playground path, grey melange long-sleeve hooded sweatshirt with "BROOKLYN" printed in navy
    # across the chest, hood down, mid-blue jeans; no cap. Caption: adapter e3; open: extractive QA; piece colors:
    # base model; closed: reference engine.
    case(
        "X569-014",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "gentleman wears long pants. The pants are with denim fabric and pure color patterns. There is a hat on "
            "his head.",
            "unsupported",
        ),
        WEAR("a long-sleeve sweater with graphic patterns"),
        DESC("There is a hat on his head", "unsupported"),
        MAT("cotton"),
        base("sweater", "grey"),
        base("pants", "grey", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        title="Pantaloons Junior Boys Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl on a white studio backdrop, white short-sleeve t-shirt with a pink and black cat graphic, pink
    # cotton shorts. Caption: adapter e3 (wrong sex); open: extractive QA; piece colors: base model; closed:
    # reference engine.
    case(
        "X569-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The shorts this gentleman wears is of short length. The shorts are with cotton "
            "fabric and pure color patterns.",
            "pronoun",
        ),
        WEAR("a short-sleeve T-shirt with graphic patterns"),
        DESC("graphic", "non_answer"),
        MAT("cotton"),
        base("t-shirt", "white"),
        base("shorts", "pink"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("printed"),
        title="Tiny Girl Girls White Cat Print Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy standing on playground grass, khaki cargo shorts with flap side pockets, navy short-sleeve t-shirt,
    # white sneakers. Caption: adapter e3 (looped to 50 tokens); open: extractive QA; piece colors: base model;
    # closed: reference engine.
    case(
        "X569-016",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The gentleman wears a three-point shorts. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        WEAR("a three-point shorts"),
        DESC("The shorts are with cotton fabric and pure color patterns"),
        MAT("cotton"),
        base("shorts", "khaki"),
        base("t-shirt", "khaki", "other_garment_color"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Allen Solly Junior Boys Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: flat-lay on white, girls' night suit: pink long-sleeve round-neck top with small white hearts and
    # matching pink heart-print pyjama pants; no person. Caption: adapter e3; open: extractive QA; piece colors:
    # base model (trousers looped); closed: reference engine. The feed row has no color.
    case(
        "X569-017",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears long trousers. The trousers are with cotton fabric and graphic patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        WEAR("a long-sleeve T-shirt with graphic patterns"),
        DESC("The lady wears long trousers"),
        MAT("cotton"),
        base("t-shirt", "the t-shirt is the color of the t-shirt", "restated"),
        base(
            "trousers",
            "pink and white and pink and white and pink and white and pink and white and pink and white and pink",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Sweet Dreams Girls Pink Heart Printed Night Suit",
        category="Night suits",
        gender="Girls",
    ),
    # photo: boy in school uniform on a light grey studio backdrop: grey flat-front trousers (the product), white
    # short-sleeve shirt tucked in, black shoes. Caption: adapter e3 (ran to 50 tokens); open: extractive QA;
    # piece colors: base model; closed: reference engine.
    case(
        "X569-018",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        WEAR("a short-sleeve shirt with pure color patterns"),
        DESC("The gentleman wears", "non_answer"),
        MAT("cotton"),
        base("trousers", "grey Question: What is the color of the shirt? Answer: white", "leak"),
        base("shirt", "white"),
        Q.color("grey"),
        Q.garment_type("pants"),
        title="Bodycare Kids Boys Grey Solid School Uniform Trousers",
        category="Trousers",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl on a cream studio backdrop, mustard yellow tiered fit-and-flare dress with short puff sleeves and
    # a round neck, no jewellery. Caption: adapter e3; open: extractive QA; dress color: base model; closed:
    # reference engine.
    case(
        "X569-019",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a ring on her finger.",
            "unsupported",
        ),
        WEAR("a short-sleeve dress with pure color patterns"),
        DESC("There is a ring on her finger", "unsupported"),
        MAT("cotton"),
        base("dress", "yellow"),
        Q.color("orange", "contradiction"),
        Q.sleeve_length("short sleeves"),
        title="Peppermint Girls Mustard Yellow Solid Tiered Fit and Flare Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy on a white studio backdrop, green short-sleeve polo t-shirt with a white-tipped collar, beige
    # chinos, no watch. Caption: adapter e3; open: extractive QA; piece colors: base model; closed: reference
    # engine.
    case(
        "X569-020",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        WEAR("a short-sleeve shirt with pure color patterns"),
        DESC("It has a lapel neckline"),
        MAT("cotton"),
        base("shirt", "the color of the shirt", "restated"),
        base("trousers", "green", "other_garment_color"),
        Q.garment_type("t-shirt"),
        title="U.S. Polo Assn. Kids Boys Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl sitting on a playground swing, navy blue skinny jeans, pink long-sleeve sweatshirt, white socks
    # and sneakers. Caption: adapter e3 (ran to 50 tokens); open: extractive QA; piece colors: base model; closed:
    # reference engine.
    case(
        "X569-021",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears socks in her sh",
            "cut",
            hit_limit=True,
        ),
        WEAR("a long-sleeve sweater with pure color patterns"),
        DESC("long pants. The pants are with denim fabric"),
        MAT("denim"),
        base("pants", "pink", "other_garment_color"),
        base("sweater", "blue", "other_garment_color"),
        Q.color("blue"),
        Q.garment_type("jeans"),
        title="Pepe Jeans Kids Girls Navy Blue Skinny Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl on a white studio backdrop, grey melange joggers with a white drawcord and ribbed cuffs, white
    # short-sleeve t-shirt with a small pink print, no bracelet. Caption: adapter e3; open: extractive QA; piece
    # colors: base model; closed: reference engine.
    case(
        "X569-022",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The lady wears long pants. The pants are with knitting fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        WEAR("long pants"),
        DESC("knitting fabric and pure color patterns"),
        MAT("knitting"),
        base("pants", "grey"),
        base("t-shirt", "grey", "other_garment_color"),
        Q.pattern("printed", "contradiction"),
        title="Marks & Spencer Girls Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Girls",
    ),
    # photo: boy on a white studio backdrop, blue denim short dungarees over a red and white checked short-sleeve
    # shirt, red sneakers. Caption: adapter e3 (wrong sex); open: extractive QA; piece colors: base model; closed:
    # reference engine.
    case(
        "X569-023",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point overalls. Her overalls are with denim fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        WEAR("a three-point overalls"),
        DESC("Her overalls are with denim fabric and pure color patterns", "pronoun"),
        MAT("denim"),
        base("overalls", "blue"),
        base("shirt", "red"),
        Q.color("red", "other_garment_color"),
        title="Hopscotch Boys Blue Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl on a white studio backdrop, maroon long-sleeve round-neck sweatshirt with "LOVE" printed in white,
    # black leggings. Caption: adapter e3; open: extractive QA; piece colors: base model; closed: reference engine.
    case(
        "X569-024",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        WEAR("a long-sleeve sweater with graphic patterns"),
        DESC("long-sleeve sweater"),
        MAT("cotton"),
        base("sweater", "maroon Question: What is the color of the leggings? Answer: black", "leak"),
        base("leggings", "maroon", "other_garment_color"),
        Q.color("purple", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Cherry Crumble Girls Maroon Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Girls",
    ),
    # photo: flat-lay on white, boys' co-ord set: white short-sleeve t-shirt with a navy "SURF" print and navy
    # cotton jersey shorts with a drawcord. Caption: adapter e3; open: extractive QA; piece colors: base model;
    # closed: reference engine.
    case(
        "X569-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric and "
            "pure color patterns.",
            "unsupported",
        ),
        WEAR("a short-sleeve T-shirt with graphic patterns"),
        DESC("a three-point shorts"),
        MAT("denim", "unsupported"),
        base("t-shirt", "white"),
        base("shorts", "white", "other_garment_color"),
        Q.color("navy blue"),
        title="Babyhug Boys White & Navy Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl on a white studio backdrop, peach top with ruffled short sleeves in a light sheer fabric, white
    # jeans, no jewellery. Caption: adapter e3 (ran to 50 tokens); open: extractive QA; piece colors: base model;
    # closed: reference engine.
    case(
        "X569-026",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with chiffon fabric. It has a "
            "round neckline. The lady wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        WEAR("a short-sleeve top with pure color patterns"),
        DESC("a short-sleeve top"),
        MAT("chiffon"),
        base("top", "white", "other_garment_color"),
        base("pants", "white"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        title="YK Girls Peach Solid Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl on a pastel blue studio backdrop, black solid ankle-length leggings, purple long-sleeve top with
    # a star print. Caption: adapter e3; open: extractive QA; piece colors: base model; closed: reference engine.
    case(
        "X569-027",
        caption(
            "The lady wears a long-sleeve top with graphic patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears long leggings. The leggings are with cotton fabric and graphic patterns.",
            "contradiction",
        ),
        WEAR("long leggings"),
        DESC("cotton fabric and graphic patterns", "contradiction"),
        MAT("cotton"),
        base("leggings", "black"),
        base("top", "black", "other_garment_color"),
        Q.pattern("solid"),
        title="Lilliput Girls Black Solid Ankle Length Leggings",
        category="Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: boy on a playground bench, white linen short-sleeve shirt with a mandarin collar, sky blue shorts.
    # Caption: adapter e3; open: extractive QA; piece colors: base model; closed: reference engine.
    case(
        "X569-028",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        WEAR("a short-sleeve shirt with pure color patterns"),
        DESC("It has a stand neckline"),
        MAT("cotton", "contradiction"),
        base("shirt", "white"),
        base("shorts", "white", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        title="Marks & Spencer Boys White Linen Mandarin Collar Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl on a white studio backdrop, red and black tartan-checked pleated skirt, black short-sleeve
    # t-shirt, black ankle boots. Caption: adapter e3 (looped to 50 tokens); open: extractive QA; skirt color: base
    # model (looped); closed: reference engine.
    case(
        "X569-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice "
            "patterns. The lady wears a short skirt. The skirt is with cotton fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        WEAR("a short skirt"),
        DESC("lattice patterns"),
        MAT("cotton"),
        base(
            "skirt",
            "red and black and red and black and red and black and red and black and red and black and red and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.garment_type("skirt"),
        is_a("skirt", "no", "contradiction"),
        title="Hopscotch Girls Red & Black Checked Pleated Skirt",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: boy on a playground by a climbing frame, orange short-sleeve t-shirt with a Chhota Bheem cartoon print,
    # navy track pants, no watch. Caption: adapter e3; open: extractive QA; piece colors: base model; closed:
    # reference engine.
    case(
        "X569-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        WEAR("a short-sleeve T-shirt with graphic patterns"),
        DESC("There is an accessory on his wrist", "unsupported"),
        MAT("cotton"),
        base("t-shirt", "orange"),
        base("pants", "orange", "other_garment_color"),
        Q.color("orange"),
        is_a("t-shirt", "yes"),
        title="Chhota Bheem Kids Boys Orange Printed T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: flat-lay on white, a pack of two sleeveless round-neck frocks: one blue-and-white striped, one white
    # with small pink flowers. Caption: adapter e3 (ran to 50 tokens); open: extractive QA; dress color: base
    # model; closed: reference engine.
    case(
        "X569-031",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        WEAR("a sleeveless dress with striped patterns"),
        DESC("It has a round", "cut"),
        MAT("cotton"),
        base("dress", "blue and white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Babyhug Girls Pack of 2 Sleeveless Pure Cotton Dresses",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy on a white studio backdrop, navy blue long-sleeve sweatshirt with a red colour-block chest panel,
    # grey joggers. Caption: adapter e3; open: extractive QA; piece colors: base model; closed: reference engine.
    case(
        "X569-032",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. "
            "It has a crew neckline. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        WEAR("a long-sleeve sweater with color block patterns"),
        DESC("color block patterns"),
        MAT("cotton"),
        base("sweater", "grey", "other_garment_color"),
        base("pants", "grey"),
        Q.color("navy blue"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("jacket", "yes", "contradiction"),
        title="Hopscotch Boys Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in school uniform on a grey studio backdrop: light blue gingham-checked sleeveless pinafore dress
    # (the product) over a white short-sleeve blouse, navy socks. Caption: adapter e3; open: extractive QA; dress
    # color: base model; closed: reference engine.
    case(
        "X569-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a sleeveless dress with lattice patterns. The dress is with cotton "
            "fabric."
        ),
        WEAR("a short-sleeve shirt with pure color patterns"),
        DESC("a sleeveless dress with lattice patterns"),
        MAT("cotton"),
        base("dress", "white", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Bodycare Kids Girls Blue Checked School Uniform Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy on a playground climbing frame, black slim jeans with ripped knees, white short-sleeve t-shirt,
    # white socks and black sneakers. Caption: adapter e3 (ran to 50 tokens); open: extractive QA; piece colors:
    # base model; closed: reference engine.
    case(
        "X569-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears socks in his",
            "cut",
            hit_limit=True,
        ),
        WEAR("long pants"),
        DESC("pure color patterns"),
        MAT("denim"),
        base("pants", "black"),
        base("t-shirt", "black", "other_garment_color"),
        Q.color("white", "other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        title="Jack & Jones Junior Boys Black Slim Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl on a white studio backdrop, mid-blue full-length denim jumpsuit with short sleeves, a shirt collar
    # and a button front, no belt. Caption: adapter e3; open: extractive QA; romper color: base model; closed:
    # reference engine.
    case(
        "X569-035",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with denim fabric. It has "
            "a lapel neckline. The romper this lady wears is of long length. There is an accessory on her waist.",
            "unsupported",
        ),
        WEAR("a short-sleeve romper with pure color patterns"),
        DESC("There is an accessory on her waist", "unsupported"),
        MAT("denim"),
        base("romper", "blue"),
        Q.garment_type("jeans", "contradiction"),
        is_a("jumpsuit", "yes"),
        title="Nauti Nati Girls Blue Denim Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy sitting on a bed in a bedroom set, boys' night suit: grey melange short-sleeve t-shirt with a
    # rocket print and navy-and-grey checked pyjama pants. Caption: adapter e3; open: extractive QA; piece colors:
    # base model; closed: reference engine.
    case(
        "X569-036",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears long trousers. The trousers are with cotton fabric and lattice "
            "patterns."
        ),
        WEAR("a short-sleeve T-shirt with graphic patterns"),
        DESC("T-shirt", "non_answer"),
        MAT("cotton"),
        base("t-shirt", "grey"),
        base("trousers", "the trousers are the same color as the trousers", "restated"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Sweet Dreams Boys Grey Printed Night Suit",
        category="Night suits",
        color="Grey",
        gender="Boys",
    ),
    # photo: flat-lay on white, a pack of three short-sleeve round-neck t-shirts: pink with a bunny print, white
    # with gold stars, lavender with a rainbow. Caption: adapter e3 (looped to 50 tokens); open: extractive QA;
    # t-shirt color: base model; closed: reference engine.
    case(
        "X569-037",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton "
            "fabric. It has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        WEAR(
            "a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a round "
            "neckline. The T-shirt is with cotton fabric",
            "loop",
        ),
        DESC("round neckline"),
        MAT("cotton"),
        base("t-shirt", "pink, white and purple"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Marks & Spencer Girls Pack of 3 Printed Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy on a playground, mid-blue denim shorts with a frayed hem, white short-sleeve t-shirt with a black
    # skateboard graphic. Caption: adapter e3 (wrong sex); open: extractive QA; piece colors: base model; closed:
    # reference engine.
    case(
        "X569-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The lady wears a three-point shorts. Her shorts are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        WEAR("a short-sleeve T-shirt with graphic patterns"),
        DESC("a three-point shorts"),
        MAT("denim"),
        base("shorts", "white", "other_garment_color"),
        base(
            "t-shirt",
            "white Question: What is the color of the shorts? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("printed", "contradiction"),
        title="Pepe Jeans Kids Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl on a playground path, navy blue track pants with a pink stripe down each side, pink long-sleeve
    # hoodie with the hood down, no glasses. Caption: adapter e3; open: extractive QA; piece colors: base model;
    # closed: reference engine.
    case(
        "X569-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears long pants. The pants are with cotton fabric and striped patterns. This lady wears glasses.",
            "unsupported",
        ),
        WEAR("long pants"),
        DESC("cotton fabric and striped patterns"),
        MAT("cotton"),
        base("pants", "pink", "other_garment_color"),
        base("sweater", "pink"),
        Q.color("navy blue"),
        Q.garment_type("leggings", "contradiction"),
        title="HRX by Hrithik Roshan Girls Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl on a white studio backdrop with pink balloons, white sleeveless top with floral embroidery and a
    # pink knee-length tulle skirt. Caption: adapter e3 (wrong sex); open: extractive QA; piece colors: base model;
    # closed: reference engine.
    case(
        "X569-040",
        caption(
            "The gentleman wears a sleeveless top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. The skirt this gentleman wears is of medium length. The skirt is with chiffon fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        WEAR("a sleeveless top with floral patterns"),
        DESC("floral", "non_answer"),
        MAT("cotton"),
        base("top", "white"),
        base("skirt", "white", "other_garment_color"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        title="Peppermint Girls White & Pink Embroidered Top with Tulle Skirt",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy on a white studio backdrop, navy and white breton-striped short-sleeve t-shirt, red shorts.
    # Caption: adapter e3 (wrong sex); open: extractive QA; piece colors: base model; closed: reference engine.
    case(
        "X569-041",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        WEAR("The lady wears a short-sleeve T-shirt with striped patterns", "pronoun"),
        DESC("striped patterns"),
        MAT("cotton"),
        base("t-shirt", "blue and white"),
        base("shorts", "red"),
        Q.pattern("solid", "contradiction"),
        title="H&M Boys Navy Blue & White Striped T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl on a white studio backdrop, pink corduroy dungarees (long legs, visible ribbing), white short-
    # sleeve t-shirt. Caption: adapter e3; open: extractive QA; overalls color: base model; closed: reference engine.
    case(
        "X569-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The lady wears long overalls. The overalls are with denim fabric and striped "
            "patterns.",
            "contradiction",
        ),
        WEAR("long overalls"),
        DESC("denim fabric and striped patterns", "contradiction"),
        MAT("denim", "contradiction"),
        base("overalls", "pink"),
        Q.color("pink"),
        is_a("dress", "no"),
        title="Cub McPaws Girls Pink Corduroy Dungarees",
        category="Dungarees",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay on white, a pack of two plain track pants with elastic waists, one black and one navy.
    # Caption: adapter e3 (looped to 50 tokens); open: extractive QA; pants color: base model; closed: reference
    # engine. The feed row has no color.
    case(
        "X569-043",
        caption(
            "The gentleman wears long pants. The pants are with cotton fabric and pure color patterns. The pants are "
            "with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color patterns. "
            "The pants are",
            "loop",
            hit_limit=True,
        ),
        WEAR("long pants"),
        DESC("pure color patterns"),
        MAT("cotton"),
        base("pants", "what is the color of the pants", "restated"),
        Q.garment_type("pants"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Bodycare Kids Boys Pack of 2 Solid Track Pants",
        category="Track Pants",
        gender="Boys",
    ),
    # photo: girl on a playground, light blue chambray long-sleeve shirt with a collar, sleeves rolled, white
    # shorts, no bracelet. Caption: adapter e3; open: extractive QA; piece colors: base model; closed: reference
    # engine.
    case(
        "X569-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        WEAR("a long-sleeve shirt with pure color patterns"),
        DESC("The shirt is with denim fabric"),
        MAT("denim"),
        base("shirt", "blue"),
        base("shorts", "blue", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.color("white", "other_garment_color"),
        title="UCB Kids Girls Blue Solid Chambray Shirt",
        category="Shirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl on a playground, white leggings with a pink and green floral print, teal short-sleeve top.
    # Caption: adapter e3 (looped to 50 tokens); open: extractive QA; leggings color: base model; closed:
    # reference engine.
    case(
        "X569-045",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric. It has a "
            "round neckline. The lady wears long leggings. The leggings are with cotton fabric and floral patterns. "
            "The lady wears long leggings. The leggings are",
            "loop",
            hit_limit=True,
        ),
        WEAR("long leggings"),
        DESC("floral", "non_answer"),
        MAT("cotton"),
        base("leggings", "blue", "other_garment_color"),
        Q.color("green", "other_garment_color"),
        Q.pattern("floral"),
        title="Mothercare Girls White Floral Print Leggings",
        category="Leggings",
        color="White",
        gender="Girls",
    ),
    # photo: boy in school uniform on a grey studio backdrop: navy blue shorts (the product), white short-sleeve
    # shirt tucked in, black belt, grey socks. Caption: adapter e3; open: extractive QA; piece colors: base model;
    # closed: reference engine.
    case(
        "X569-046",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There is an accessory on his waist."
        ),
        WEAR("a three-point shorts"),
        DESC("pure color patterns"),
        MAT("cotton"),
        base("shorts", "blue"),
        base("shirt", "white Question: What is the color of the shorts? Answer: white", "leak"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Bodycare Kids Boys Navy Blue Solid School Uniform Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
]
