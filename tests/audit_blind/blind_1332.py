"""BLIND_1332 (45 products; Myntra men's formal wear): written blind in the sixty-third session. Measured blind at
97437fb (the session's sixth rules): 80/99 failures found (80.8%) and 22/195 correct texts flagged (11.3%). The
writer's notes, verbatim:

Scenario: a Myntra feed of men's formal wear (article types Shirts, Trousers, Blazers, Suits, Ties; base colour as
Myntra spells it; gender "Men", left out now and then, as are a few colours). The photos are the catalog's usual
shots: a model on a plain grey or white backdrop wearing the product with other formal clothes, a few back views,
chest-up crops for ties, flat lays for a shirt, a pair of trousers and two ties, and props (phone, briefcase, stool,
sunglasses, a plant).
Who wrote what: every caption comes from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, 50 new tokens, greedy); it writes the DeepFashion-MultiModal template whatever the photo shows, with
pattern words and no hues, often "the lady" for a man, and with no trained stop it is usually cut at the limit or
starts the template again. Every answer comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, 30 new tokens,
greedy, "Question: ... Answer:"): the experiments' questions (What is he wearing? the color of the shirt / pants /
product, What is the shirt color?, Describe the X, What are the X details?, Is this a X?). Its answers are mostly
short In-shop style words; sometimes it repeats one word to the limit, runs on into a new "Question: ... Answer:",
gives the color of the other garment in the photo, or says a color for every garment.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. Near hues are accepted
(maroon called red, cream called white, teal called green, charcoal called grey, lavender called purple); a hue the
seller contradicts plainly is a contradiction (charcoal suit "black", beige blazer "brown", olive shirt "brown", a
lavender shirt "white"). The color of another garment in the photo is other_garment_color, also when the question
is about the companion garment (shirt under a blazer). A caption with a wrong pattern word against the title
(pure color for checked or striped) is a contradiction; a person described for a flat lay, a material or an accessory
that is not there is unsupported. When a text has two faults I label the one that stands out: a caption cut in a
"The lady ..." template is pronoun, a cut caption with a wrong pattern is contradiction, a loop that starts with a
leaked "Answer:" is leak. A caption that ran to 50 tokens but stops on a full stop is marked hit_limit and left
unmarked when its content is right. "they are long" for the trousers' details and "it is a shirt" for the shirt's
details are non_answer; "the tie is a tie" and "the shirt color is the shirt color" are restated. A one-word but
true describe answer ("pink") is left correct. "suit" for a blazer worn over separate trousers and "blouse" for a
man's formal shirt are contradictions (another garment type than the title).
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1332 = [
    # Photo: model in a white full-sleeve shirt, spread collar, tucked into navy trousers, grey backdrop, no watch.
    # Caption: epoch-3 caption adapter (cut at 50 tokens). Answers: VQA adapter (describe runs on into a question).
    case(
        "X1332-001",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("shirt", who="he"),
        color_of("shirt", "white", kind="open"),
        shirt_color("white"),
        describe(
            "shirt",
            "white shirt with a collar. Question: What are the shirt details? Answer: buttons. Question: Is this a "
            "shirt?",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "buttons"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a light blue and white small-check shirt, charcoal trousers, hand in pocket, watch on the left
    # wrist. Caption: caption adapter ("pure color" for a checked shirt, and cut). Answers: VQA adapter.
    case(
        "X1332-002",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue shirt and grey pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "blue and white checkered shirt"),
        details(
            "shirt",
            "checkered checkered checkered checkered checkered checkered checkered checkered checkered checkered "
            "checkered checkered checkered checkered checkered",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a white shirt tucked into mid-grey flat-front trousers, black belt, black derbies.
    # Caption: caption adapter (stopped on its own). Answers: VQA adapter.
    case(
        "X1332-003",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("white shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        describe("trousers", "grey pants"),
        details("pants", "they are long", "non_answer"),
        is_a("pair of trousers", "yes", article="a"),
        gender="Men",
        title="Peter England Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: model in a black two-button blazer over a white shirt, black trousers, white pocket square, no tie.
    # Caption: caption adapter ("the lady", cut). Answers: VQA adapter (shirt given the blazer's black; "no" to blazer).
    case(
        "X1332-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "pronoun",
            hit_limit=True,
        ),
        wearing("jacket", who="he"),
        color_of("blazer", "black", kind="open"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        describe("blazer", "black blazer with a white shirt"),
        is_a("blazer", "no", "contradiction"),
        gender="Men",
        title="Blackberrys Men Black Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: model in a charcoal two-piece suit, light blue shirt, navy tie, brown shoes.
    # Caption: caption adapter (cut after "The"). Answers: VQA adapter (suit called black).
    case(
        "X1332-005",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("suit", who="he"),
        color_of("suit", "black", "contradiction", kind="open"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("suit", "a grey suit with a blue shirt and tie"),
        is_a("suit", "yes"),
        gender="Men",
        title="Raymond Men Charcoal Grey Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: flat lay of a rolled maroon tie with a small woven diamond self-pattern on white; no person.
    # Caption: caption adapter (a man in shirt and trousers, for a flat lay). Answers: VQA adapter.
    case(
        "X1332-006",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("tie", who="he"),
        color_of("tie", "red", kind="open"),
        describe("tie", "red tie with a pattern"),
        details("tie", "the tie is a tie", "restated"),
        is_a("tie", "yes"),
        gender="Men",
        title="The Tie Hub Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: model in a light pink shirt tucked into navy pleated trousers, brown belt, brown shoes.
    # Caption: caption adapter (cut). Answers: VQA adapter ("pants" given the shirt's pink, "trousers" right).
    case(
        "X1332-007",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("pink shirt and blue pants", who="he"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        color_of("trousers", "navy blue", kind="open"),
        describe("trousers", "blue pants with pleats"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Arrow Men Navy Blue Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: model in a white shirt with thin blue vertical stripes, buttoned cuffs, beige trousers.
    # Caption: caption adapter (complete, stopped). Answers: VQA adapter (details loop).
    case(
        "X1332-008",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("shirt", who="he"),
        color_of("shirt", "white and blue", kind="open"),
        shirt_color("white"),
        describe("shirt", "white and blue striped shirt"),
        details(
            "shirt",
            "stripes, collar, buttons, stripes, collar, buttons, stripes, collar, buttons, stripes, collar, buttons, "
            "stripes, collar",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "beige", kind="open"),
        gender="Men",
        title="Allen Solly Men White & Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a navy blazer with a subtle textured weave over a white shirt, grey trousers, hands in pockets.
    # Caption: caption adapter (cut). Answers: VQA adapter (grey trousers called blue; describe loops).
    case(
        "X1332-009",
        caption(
            "The guy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this guy wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue jacket and white shirt", who="he"),
        color_of("blazer", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe(
            "blazer",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        details("blazer", "buttons, pockets, lapels"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Park Avenue Men Navy Blue Self-Design Slim Fit Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: back view; white shirt tucked into khaki trousers with two welt back pockets, brown belt.
    # Caption: caption adapter ("the lady" throughout). Answers: VQA adapter ("she is wearing").
    case(
        "X1332-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "her waist.",
            "pronoun",
        ),
        wearing("she is wearing a white shirt and khaki pants", "pronoun", who="he"),
        color_of("pants", "khaki", kind="open"),
        describe("trousers", "khaki pants"),
        details("pants", "pockets"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Invictus Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: model in a lavender shirt without a chest pocket, navy trousers, bare wrists.
    # Caption: caption adapter (invents a wrist accessory). Answers: VQA adapter (white; invented pocket).
    case(
        "X1332-011",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. There "
            "is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("purple shirt", who="he"),
        color_of("shirt", "purple", kind="open"),
        shirt_color("white", "contradiction"),
        describe("shirt", "a purple shirt with a collar and buttons"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: chest-up crop; white shirt, open navy blazer, blue tie with small white dots.
    # Caption: caption adapter (short, right). Answers: VQA adapter (tie given the shirt's white; details leak).
    case(
        "X1332-012",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The gentleman wears a neckwear."
        ),
        wearing("a suit and tie", who="he"),
        color_of("tie", "white", "other_garment_color", kind="open"),
        describe("tie", "blue tie with white dots"),
        details(
            "tie",
            "polka dots. Question: What is the color of the shirt? Answer: white. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        gender="Men",
        title="Raymond Men Blue Woven Design Broad Tie",
        category="Ties",
        color="Blue",
    ),
    # Photo: model in a black two-piece suit, white shirt, black tie.
    # Caption: caption adapter (restarts the template). Answers: VQA adapter (describe runs on to the limit).
    case(
        "X1332-013",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman is wearing a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric and its",
            "loop",
            hit_limit=True,
        ),
        wearing("suit", who="he"),
        color_of("suit", "black", kind="open"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "black", kind="open"),
        describe(
            "suit",
            "a black suit with a white shirt and a black tie and black pants and black shoes and a black belt and a "
            "black watch and a",
            "cut",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender="Men",
        title="Peter England Men Black Slim Fit Solid Two-Piece Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: model in a light pink shirt, grey trousers, steel watch on the wrist. (Feed row without a colour.)
    # Caption: caption adapter (ran to 50 tokens, ends on a full stop). Answers: VQA adapter (loop; run-on leak).
    case(
        "X1332-014",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("pink shirt and grey pants", who="he"),
        color_of("shirt", "pink", kind="open"),
        shirt_color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "pink"),
        details(
            "shirt",
            "the shirt is pink. Question: What is the color of the pants? Answer: grey. Question: What is he wearing",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
    ),
    # Photo: model in a navy cotton shirt tucked into beige trousers, brown belt, loafers.
    # Caption: caption adapter (calls the navy shirt denim). Answers: VQA adapter ("trousers" given the shirt's navy).
    case(
        "X1332-015",
        caption(
            "His shirt has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("navy shirt and khaki pants", who="he"),
        color_of("pants", "beige", kind="open"),
        color_of("trousers", "navy", "other_garment_color", kind="open"),
        describe("trousers", "khaki pants with a brown belt"),
        is_a("pair of trousers", "no", "contradiction"),
        gender="Men",
        title="Colorplus Men Beige Tailored Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: model in a grey blazer with a faint windowpane check over a white shirt, black trousers.
    # Caption: caption adapter (lattice, right). Answers: VQA adapter (grey for every garment).
    case(
        "X1332-016",
        caption(
            "The upper clothing has long sleeves, other fabric and lattice patterns. The neckline of it is lapel. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("a grey jacket and black pants", who="he"),
        color_of("blazer", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        describe("blazer", "grey plaid blazer"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: flat lay of a folded sky blue shirt on white, collar and top buttons showing; no person, no trousers.
    # Caption: caption adapter (adds lower clothing). Answers: VQA adapter (a color for pants that are not there).
    case(
        "X1332-017",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
        ),
        wearing("a blue shirt", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "unsupported", kind="open"),
        describe("shirt", "a blue shirt folded on a white background"),
        details("shirt", "collar, buttons"),
        gender="Men",
        title="Arrow Men Sky Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a white shirt with a small black geometric micro-print, black trousers.
    # Caption: caption adapter (graphic, right). Answers: VQA adapter (grey for both garments; restated details).
    case(
        "X1332-018",
        caption(
            "The gentleman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("white shirt and black pants", who="he"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        describe("shirt", "white shirt with black print"),
        details("shirt", "the details of the shirt", "restated"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Hancock Men White & Black Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: chest-to-shoe shot; light blue shirt tucked into charcoal trousers, black belt.
    # Caption: caption adapter ("the lady", cut). Answers: VQA adapter (grey for the shirt too; details loop).
    case(
        "X1332-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "pronoun",
            hit_limit=True,
        ),
        wearing("shirt and pants", who="he"),
        color_of("pants", "grey", kind="open"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        describe("trousers", "grey pants with a black belt"),
        details(
            "pants",
            "belt loops, pockets, belt loops, pockets, belt loops, pockets, belt loops, pockets, belt loops, pockets, "
            "belt loops",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Mark Taylor Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: model in a navy three-piece suit (waistcoat showing), white shirt, maroon tie, white pocket square.
    # Caption: caption adapter (cut after "He"). Answers: VQA adapter (tie and details loop).
    case(
        "X1332-020",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns. He",
            "cut",
            hit_limit=True,
        ),
        wearing("suit and tie", who="he"),
        color_of("suit", "blue", kind="open"),
        color_of(
            "tie", "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", kind="open", hit_limit=True
        ),
        color_of("shirt", "white", kind="open"),
        describe("suit", "a navy blue suit with a vest and a red tie"),
        details(
            "suit",
            "vest, tie, pocket square, vest, tie, pocket square, vest, tie, pocket square, vest, tie, pocket",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender="Men",
        title="Van Heusen Men Navy Blue Self-Design Slim Fit Three-Piece Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: chest-up crop; black shirt with a silver-grey satin tie.
    # Caption: caption adapter (short, right). Answers: VQA adapter (tie given the shirt's black; describe says only
    # "a tie").
    case(
        "X1332-021",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The gentleman has neckwear."
        ),
        wearing("shirt and tie", who="he"),
        color_of("tie", "black", "other_garment_color", kind="open"),
        describe("tie", "a tie", "non_answer"),
        details("tie", "shiny"),
        is_a("tie", "yes"),
        gender="Men",
        title="Alvaro Castagnino Men Grey Solid Broad Tie",
        category="Ties",
        color="Grey",
    ),
    # Photo: model in a white shirt and black trousers, holding a phone at his side. (Feed row without a gender.)
    # Caption: caption adapter (cut). Answers: VQA adapter (restated details; "yes" to the limit).
    case(
        "X1332-022",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        wearing("white shirt and black pants", who="he"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "white shirt"),
        details("shirt", "the shirt details are the shirt details of the shirt", "restated"),
        is_a(
            "shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        title="Peter England Men White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in a beige linen blazer over a light blue shirt, white trousers, loafers; a potted plant beside.
    # Caption: caption adapter (cut after "There"). Answers: VQA adapter (wearing runs on; beige called brown).
    case(
        "X1332-023",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "jacket and pants and a shirt and a tie and shoes and a watch and a belt and a bag and a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("blazer", "brown", "contradiction", kind="open"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("blazer", "a tan blazer with a blue shirt"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Raymond Men Beige Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: flat lay of folded black flat-front trousers on white; no person, no shirt.
    # Caption: caption adapter (invents an upper garment). Answers: VQA adapter (describe loops).
    case(
        "X1332-024",
        caption(
            "His pants has long length, cotton fabric and pure color patterns. The upper clothing has long sleeves, "
            "cotton fabric and pure color patterns. The neckline of it is lapel.",
            "unsupported",
        ),
        wearing("pants", who="he"),
        color_of("pants", "black", kind="open"),
        describe(
            "trousers",
            "black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        details("pants", "belt loops and a button"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Arrow Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: model in a blue and white gingham shirt tucked into beige trousers, watch on the wrist.
    # Caption: caption adapter (lattice, right). Answers: VQA adapter (beige trousers called blue).
    case(
        "X1332-025",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his wrist."
        ),
        wearing("checkered shirt and khaki pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        shirt_color("blue and white"),
        describe("shirt", "blue and white plaid shirt with a collar and buttons"),
        details("shirt", "checkered"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        gender="Men",
        title="Louis Philippe Men Blue & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model in a light pink shirt with a navy skinny tie with thin white diagonal stripes, grey trousers.
    # Caption: caption adapter ("the lady", cut). Answers: VQA adapter (tie given the shirt's pink).
    case(
        "X1332-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady has a neck",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a pink shirt and a tie", who="he"),
        color_of("tie", "pink", "other_garment_color", kind="open"),
        describe("tie", "a blue striped tie"),
        details("tie", "stripes"),
        is_a("tie", "yes"),
        gender="Men",
        title="Tossido Men Navy Blue Striped Skinny Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: model in a light grey suit with a faint blue windowpane check, white shirt open at the collar, no tie.
    # Caption: caption adapter (lattice, right). Answers: VQA adapter (invents a tie; "no" to suit).
    case(
        "X1332-027",
        caption(
            "The upper clothing has long sleeves, other fabric and lattice patterns. The neckline of it is lapel. The "
            "lower clothing is of long length. The fabric is other and it has lattice patterns."
        ),
        wearing("a grey suit and white shirt", who="he"),
        color_of("suit", "grey", kind="open"),
        color_of("shirt", "white", kind="open"),
        describe("suit", "grey plaid suit"),
        details("suit", "the suit has a tie", "unsupported"),
        is_a("suit", "no", "contradiction"),
        gender="Men",
        title="Louis Philippe Men Grey Checked Slim Fit Two-Piece Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: model in a white shirt and brown trousers with a subtle tonal check, black shoes.
    # Caption: caption adapter ("pure color" for the checked trousers). Answers: VQA adapter ("she is wearing").
    case(
        "X1332-028",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("she is wearing a white shirt and brown pants", "pronoun", who="he"),
        color_of("pants", "brown", kind="open"),
        describe("trousers", "brown plaid pants"),
        details("pants", "plaid"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Park Avenue Men Brown Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: back view; maroon shirt with back yoke and box pleat, black trousers.
    # Caption: caption adapter (template; neckline unseen but harmless). Answers: VQA adapter ("blouse"; invented
    # chest pocket).
    case(
        "X1332-029",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns."
        ),
        wearing("blouse", "contradiction", who="he"),
        color_of("shirt", "red", kind="open"),
        shirt_color("maroon"),
        describe("shirt", "a maroon shirt with a collar"),
        details("shirt", "the shirt has a pocket on the chest and buttons on the front", "unsupported"),
        color_of("pants", "black", kind="open"),
        gender="Men",
        title="Van Heusen Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: model in a maroon velvet blazer over a black shirt, black trousers.
    # Caption: caption adapter (restarts the template). Answers: VQA adapter (shirt given the blazer's red).
    case(
        "X1332-030",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, other",
            "loop",
            hit_limit=True,
        ),
        wearing("a red jacket and black pants", who="he"),
        color_of("blazer", "red", kind="open"),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        describe("blazer", "a red velvet blazer"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Theme Men Maroon Solid Slim Fit Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: model in a medium blue shirt with a navy tie (styling), dark grey trousers. (Feed row without a category.)
    # Caption: caption adapter (cut). Answers: VQA adapter (shirt given the tie's navy; details run on with "Answer:").
    case(
        "X1332-031",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This man has",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and a tie", who="he"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        shirt_color("blue"),
        describe("shirt", "a blue shirt with a tie"),
        details(
            "shirt",
            "Answer: the shirt has a collar and buttons. Answer: the shirt has a collar and buttons. Answer: the",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="John Players Men Blue Slim Fit Solid Formal Shirt",
        color="Blue",
    ),
    # Photo: model in light grey trousers and a white shirt, with a navy blazer worn open for styling, brown shoes.
    # Caption: caption adapter (cut). Answers: VQA adapter ("suit" for separates; trousers given the blazer's blue).
    case(
        "X1332-032",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit", "contradiction", who="he"),
        color_of("pants", "grey", kind="open"),
        color_of("trousers", "blue", "other_garment_color", kind="open"),
        describe("trousers", "grey pants"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Marks & Spencer Men Grey Tailored Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: model sitting on a wooden stool in a royal blue three-piece suit, white shirt, no tie, bare head.
    # Caption: caption adapter (invents a hat). Answers: VQA adapter (shirt given the suit's blue).
    case(
        "X1332-033",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman wears a hat.",
            "unsupported",
        ),
        wearing("suit", who="he"),
        color_of("suit", "blue", kind="open"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        describe("suit", "blue suit with a vest"),
        details("suit", "vest"),
        is_a("suit", "yes"),
        gender="Men",
        title="Blackberrys Men Blue Solid Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # Photo: flat lay on dark wood: a purple paisley tie and its folded pocket square; no person.
    # Caption: caption adapter (a dressed person for a flat lay). Answers: VQA adapter ("no" to tie).
    case(
        "X1332-034",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. The neckline of it is lapel. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
        ),
        wearing("tie", who="he"),
        color_of("tie", "purple", kind="open"),
        describe("tie", "purple paisley tie"),
        details("tie", "paisley"),
        is_a("tie", "no", "contradiction"),
        gender="Men",
        title="Alvaro Castagnino Men Purple Woven Design Broad Tie & Pocket Square Set",
        category="Ties",
        color="Purple",
    ),
    # Photo: model in an olive shirt, beige trousers.
    # Caption: caption adapter ("the lady"). Answers: VQA adapter ("she"; olive called brown; non-answer details).
    case(
        "X1332-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("she is wearing a green shirt", "pronoun", who="he"),
        color_of("shirt", "green", kind="open"),
        shirt_color("brown", "contradiction"),
        describe("shirt", "a green shirt"),
        details("shirt", "it is a shirt", "non_answer"),
        gender="Men",
        title="Peter England Men Olive Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model in a teal two-button blazer over a white shirt, black trousers, sunglasses in his hand.
    # Caption: caption adapter (cut). Answers: VQA adapter (wearing runs on to the limit).
    case(
        "X1332-036",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a blue jacket, a white shirt, black pants, black shoes, a black belt, a pair of sunglasses in his hand "
            "and a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("blazer", "green", kind="open"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("blazer", "a teal blazer with two buttons"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Invictus Men Teal Blue Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Teal",
    ),
    # Photo: chest-up crop; white shirt with French cuffs and silver cufflinks, black tie.
    # Caption: caption adapter (short, right). Answers: VQA adapter (shirt given the tie's black).
    case(
        "X1332-037",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "This gentleman has neckwear. There is an accessory on his wrist."
        ),
        wearing("shirt and tie", who="he"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        shirt_color("white"),
        describe("shirt", "white shirt with cufflinks"),
        details("shirt", "cufflinks"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model in cream trousers, light blue shirt, brown belt. (Feed row without a colour.)
    # Caption: caption adapter (right, stopped on its own). Answers: VQA adapter (details loop).
    case(
        "X1332-038",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his waist."
        ),
        wearing("he is wearing a blue shirt and white pants", who="he"),
        color_of("pants", "white", kind="open"),
        describe("trousers", "white pants with a brown belt"),
        details(
            "pants",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Arrow Men Cream-Coloured Regular Fit Solid Formal Trousers",
        category="Trousers",
    ),
    # Photo: model in a charcoal two-button blazer, white shirt, black trousers, no tie.
    # Caption: caption adapter (right). Answers: VQA adapter (describe cut; empty details).
    case(
        "X1332-039",
        caption(
            "The guy wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this guy wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("jacket", who="he"),
        color_of("blazer", "grey", kind="open"),
        color_of("shirt", "white", kind="open"),
        describe(
            "blazer",
            "a grey blazer with a white shirt and black pants, the blazer has two buttons on the front and two "
            "pockets on the sides and a",
            "cut",
            hit_limit=True,
        ),
        details("blazer", "", "non_answer"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: model walking, light grey two-piece suit over a black shirt, no tie.
    # Caption: caption adapter (cut). Answers: VQA adapter (shirt given the suit's grey; is_a leaks the prompt).
    case(
        "X1332-040",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey suit with a black shirt", who="he"),
        color_of("suit", "grey", kind="open"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("suit", "grey suit"),
        is_a("suit", "Question: Is this a suit? Answer: yes", "leak"),
        gender="Men",
        title="Park Avenue Men Grey Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: full-length shot; white shirt with a black skinny tie, black trousers.
    # Caption: caption adapter (right). Answers: VQA adapter (details loop; is_a runs on into a new question).
    case(
        "X1332-041",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This "
            "gentleman has neckwear."
        ),
        wearing("a white shirt and a black tie", who="he"),
        color_of("tie", "black", kind="open"),
        describe("tie", "black tie"),
        details(
            "tie",
            "the tie is black. The tie is black. The tie is black. The tie is black. The tie is black. The tie is",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "tie",
            "yes. Question: What is the color of the tie? Answer: black. Question: What is the color of the shirt? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="The Tie Hub Men Black Solid Skinny Tie",
        category="Ties",
        color="Black",
    ),
    # Photo: model in a navy shirt with thin white pinstripes, grey trousers.
    # Caption: caption adapter ("pure color" for a striped shirt). Answers: VQA adapter (restated shirt color).
    case(
        "X1332-042",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("shirt", who="he"),
        color_of("shirt", "navy blue", kind="open"),
        shirt_color("the shirt color is the shirt color", "restated"),
        describe("shirt", "a blue shirt with white stripes"),
        details("shirt", "stripes"),
        color_of("pants", "grey", kind="open"),
        gender="Men",
        title="Hancock Men Navy Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model in navy flat-front trousers and a white shirt, holding a brown leather briefcase. (No gender.)
    # Caption: caption adapter (leather trousers, from the bag). Answers: VQA adapter (invents pleats).
    case(
        "X1332-043",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "leather fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("white shirt and blue pants", who="he"),
        color_of("pants", "blue", kind="open"),
        describe("trousers", "a pair of blue pants"),
        details("pants", "pleated", "unsupported"),
        is_a("pair of trousers", "yes"),
        title="Louis Philippe Men Navy Blue Slim Fit Self-Design Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: model in an off-white single-button blazer over a black shirt, black trousers.
    # Caption: caption adapter ("the lady"). Answers: VQA adapter (invents a belt on the blazer).
    case(
        "X1332-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("white jacket and black pants", who="he"),
        color_of("blazer", "white", kind="open"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("blazer", "a white blazer with a black shirt"),
        details("blazer", "the blazer has buttons and a belt", "unsupported"),
        gender="Men",
        title="Raymond Men Off-White Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Off White",
    ),
    # Photo: model in a blue shirt with a small black tattersall check, black trousers, watch on the wrist.
    # Caption: caption adapter (lattice, right, stopped). Answers: VQA adapter ("blouse"; details leak the prompt).
    case(
        "X1332-045",
        caption(
            "His shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The pants this "
            "man wears is of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist."
        ),
        wearing("blouse", "contradiction", who="he"),
        color_of("shirt", "blue", kind="open"),
        shirt_color("blue"),
        describe("shirt", "blue checkered shirt"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: Question: What are the shirt details? Answer: Question: "
            "What are",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Mark Taylor Men Blue Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
]
