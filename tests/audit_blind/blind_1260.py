"""BLIND_1260 (45 products; Myntra men's formal wear, epoch-3 caption adapter + VQA adapter): written blind in the
sixty-second session. Measured blind at 4bcfbdd (the session's sixth rules): 72/92 failures found (78.3%) and 17/169
correct texts flagged (10.1%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: 18 formal shirts, 10 formal trousers, 7 blazers, 6 suits and 4 ties
(shown worn). Columns as the feed has them: title (productDisplayName), category (articleType), color (baseColour),
gender ("Men"); two rows lack the colour, two the gender, one the article type. Photos are the usual Myntra shots:
a model on a light grey backdrop wearing the product with other formal clothes, a few back views, two flat lays,
one ghost mannequin, one seated pose on a stool, a few chest-up crops for the ties.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption), 50 new
tokens, greedy. It speaks only the DeepFashion-MultiModal template (pure color / lattice / striped / graphic, cotton
fabric, lapel neckline, "neckwear", "outer clothing"), never a hue. Nearly every caption runs to the 50-token limit
because no end token was trained; a few stop cleanly (4 of 45). Every answer is the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), free generation, 30 new tokens, the experiments' questions adapted to the category
(What is he wearing? What is the color of the shirt / trousers / blazer / suit / tie? What is the shirt color?
Describe the X. What are the X details? Is this a X?). Most short answers stop on the newline as the base model
does; the rest loop, run on into the next "Question: ... Answer:" of the training format, or are cut.
Labeling conventions and judgement calls: one label per text. When a text has a content fault and is also cut at
the limit (a "The lady ..." caption that ends mid-sentence, a caption that invents trousers in a chest-up crop), I
labeled the content fault (pronoun, unsupported, contradiction), not the cut; a loop that runs to the limit is a
loop. A caption that ran to the limit but happens to end on a complete clause with nothing false in it (X1260-002)
I left unmarked, with hit_limit=True. Near-hues are right: navy for Navy Blue, khaki / tan for Beige, grey for
Charcoal, purple for Lavender, burgundy / red for Maroon, white for Off White. A color that belongs to another
garment in the photo (the shirt's white given to the tie, the trousers' black given to a charcoal shirt) is
other_garment_color; a wrong color nobody in the photo wears (navy trousers called black, a white-and-black check
called grey) is contradiction, as are wrong garment kinds (jeans for formal trousers, tuxedo for a suit, "no" to
"Is this a suit?") and a caption's pattern against a visibly checked product. Details invented or not visible
(a chest pocket the shirt lacks, trousers in a chest-up crop, lower clothing in a flat lay, a wrist accessory when
there is no watch, denim / chiffon / knitted fabric) are unsupported. "Describe the suit." -> "a suit" is restated;
an empty answer and "the trousers are long" for the trousers' details are non_answer. A one-word color for
"Describe the shirt." is thin but true, so unmarked.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def trousers(text, failure=None, hit_limit=False):
    return is_a("trousers", text, failure, hit_limit, article="a pair of")


BLIND_1260 = [
    # Photo: front, model in a plain white shirt (no chest pocket) tucked into navy trousers, brown belt.
    # Caption: epoch-3 caption adapter, cut at 50 tokens. Answers: VQA adapter.
    case(
        "X1260-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("shirt and pants"),
        col("shirt", "white"),
        describe("shirt", "white shirt with a collar and buttons"),
        details("shirt", "a pocket on the chest", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: light blue and white small checks shirt tucked into black trousers, front.
    # Caption: caption adapter, ran to the limit but the last clause is complete and true. Answers: VQA adapter.
    case(
        "X1260-002",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns",
            hit_limit=True,
        ),
        col("shirt", "blue"),
        shirt_color("blue and white"),
        describe("shirt", "checkered"),
        details(
            "shirt",
            "the collar, the sleeves, the buttons, the collar, the sleeves, the buttons, the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Blue Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: pink solid shirt tucked into charcoal trousers, one hand in pocket.
    # Caption: caption adapter ("The lady" for a man, also cut). Answers: VQA adapter; pants given the shirt's pink.
    case(
        "X1260-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        he("a pink shirt and grey pants"),
        col("shirt", "pink"),
        col("pants", "pink", "other_garment_color"),
        describe("shirt", "pink shirt"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Pink Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: navy shirt with a tiny white geometric print (reads as dots), beige trousers, steel watch on the wrist.
    # Caption: caption adapter, cut. Answers: VQA adapter, all right.
    case(
        "X1260-004",
        caption(
            "This man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. This man wears a long pants. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on",
            "cut",
            hit_limit=True,
        ),
        he("a shirt and khaki pants"),
        col("shirt", "navy blue"),
        describe("shirt", "a navy blue shirt with a white print"),
        details("shirt", "white dots"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Navy Blue Regular Fit Printed Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: white shirt with thin blue stripes, navy trousers, front.
    # Caption: caption adapter, cut. Answers: VQA adapter; the second color prompt loops.
    case(
        "X1260-005",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        col("shirt", "white and blue striped"),
        shirt_color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "stripes"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Raymond Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: grey solid shirt tucked into black trousers.
    # Caption: caption adapter, one of the few that stopped cleanly. Answers: VQA adapter; "wearing" runs on into the
    # training format; the pants get the shirt's grey.
    case(
        "X1260-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton "
            "fabric and pure color patterns."
        ),
        he(
            "shirt Question: What is the color of the shirt? Answer: grey Question: What is the color of the pants? "
            "Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        col("shirt", "grey"),
        col("pants", "grey", "other_garment_color"),
        describe("shirt", "grey shirt with long sleeves"),
        gender="Men",
        title="Park Avenue Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: black solid shirt tucked into light grey trousers.
    # Caption: caption adapter, loops on one sentence to the limit. Answers: VQA adapter, all right.
    case(
        "X1260-007",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The shirt "
            "is "
            "with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is",
            "loop",
            hit_limit=True,
        ),
        he("a black shirt and grey pants"),
        col("shirt", "black"),
        describe("shirt", "black"),
        details("shirt", "the shirt has a collar and buttons on the front"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: light blue dobby (self-design) shirt, spread collar with no collar buttons, navy trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; invented button-down collar; "it is a shirt".
    case(
        "X1260-008",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        col("shirt", "light blue"),
        shirt_color("blue"),
        describe("shirt", "it is a shirt", "restated"),
        details("shirt", "button-down collar", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Blue Self-Design Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: maroon solid shirt, beige trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; pants get the shirt's burgundy; "Describe" loops.
    case(
        "X1260-009",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        he("a red shirt and khaki pants"),
        col("shirt", "burgundy"),
        col("pants", "burgundy", "other_garment_color"),
        describe(
            "shirt",
            "burgundy burgundy burgundy burgundy burgundy burgundy burgundy burgundy burgundy burgundy burgundy "
            "burgundy burgundy burgundy burgundy",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Men Maroon Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: white shirt with fine black checks, black trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; one "grey" for both garments (neither is grey).
    case(
        "X1260-010",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        col("shirt", "grey", "contradiction"),
        col("pants", "grey", "contradiction"),
        describe("shirt", "checkered shirt"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men White & Black Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: lavender cotton shirt, charcoal trousers.
    # Caption: caption adapter, says chiffon (cut too). Answers: VQA adapter; the second color prompt loops.
    case(
        "X1260-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It "
            "has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "unsupported",
            hit_limit=True,
        ),
        he("shirt"),
        col("shirt", "purple"),
        shirt_color(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: flat lay, sky blue shirt with white stripes folded on white; no person, nothing else.
    # Caption: caption adapter, invents the lower clothing. Answers: VQA adapter; invents white pants.
    case(
        "X1260-012",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        he("a blue shirt and white pants", "unsupported"),
        col("shirt", "blue"),
        details("shirt", "stripes"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: beige solid shirt with buttoned cuffs, brown trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; "no" to "Is this a shirt?".
    case(
        "X1260-013",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. This man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "This man wears a",
            "cut",
            hit_limit=True,
        ),
        col("shirt", "khaki"),
        col("pants", "brown"),
        describe("shirt", "a khaki shirt with long sleeves and a collar"),
        details("shirt", "buttons on the cuffs"),
        is_a("shirt", "no", "contradiction"),
        gender="Men",
        title="Park Avenue Men Beige Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: olive green solid shirt, beige trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; "wearing" runs on into the next question.
    case(
        "X1260-014",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he(
            "a green shirt and khaki pants Question: What is the color of the shirt? Answer: green Question: What",
            "leak",
            hit_limit=True,
        ),
        col("shirt", "green"),
        shirt_color("olive"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Raymond Men Olive Green Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: dark charcoal shirt with a chest pocket, black trousers, watch on the left wrist. No colour in the feed.
    # Caption: caption adapter, stopped cleanly, all true. Answers: VQA adapter; the shirt gets the trousers' black.
    case(
        "X1260-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist."
        ),
        col("shirt", "black", "other_garment_color"),
        describe("shirt", "grey shirt"),
        details("shirt", "two buttons on the cuff and a chest pocket"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Solid Slim Fit Formal Shirt",
        category="Shirts",
    ),
    # Photo: back view, navy and white checked shirt (no pocket), grey trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; a chest pocket nobody can see (and the shirt lacks).
    case(
        "X1260-016",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        he("shirt and pants"),
        col("shirt", "navy"),
        describe("shirt", "blue and white plaid shirt"),
        details("shirt", "a pocket on the left chest", "unsupported"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Blackberrys Men Navy & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: pale yellow shirt styled with a navy tie, navy trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; the tie gets the shirt's yellow.
    case(
        "X1260-017",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. There is a neckwear on his neck. This man wears a long trousers. The trousers are with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        he("a yellow shirt and a blue tie"),
        col("shirt", "yellow"),
        col("tie", "yellow", "other_garment_color"),
        describe("shirt", "yellow"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Yellow Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # Photo: white shirt under an open black blazer, black trousers (styled like a suit).
    # Caption: caption adapter, cut (it misses the blazer). Answers: VQA adapter; the shirt gets the blazer's black.
    case(
        "X1260-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a suit"),
        col("shirt", "black", "other_garment_color"),
        describe("shirt", "white shirt with black jacket"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men White Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: full length, white shirt tucked into charcoal trousers with side pockets, black belt, black shoes.
    # Caption: caption adapter, cut. Answers: VQA adapter; the shirt gets the trousers' grey.
    case(
        "X1260-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and grey pants"),
        col("trousers", "grey"),
        col("shirt", "grey", "other_garment_color"),
        describe("trousers", "grey trousers"),
        details("trousers", "pockets on the sides"),
        trousers("yes"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: light blue shirt tucked into navy formal trousers (polyviscose), black shoes.
    # Caption: caption adapter, denim for both garments. Answers: VQA adapter; "jeans"; a loop; a non-answer.
    case(
        "X1260-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        he("jeans", "contradiction"),
        col("trousers", "blue"),
        describe(
            "trousers",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy "
            "blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        details("trousers", "the trousers are long", "non_answer"),
        trousers("yes"),
        gender="Men",
        title="Van Heusen Men Navy Blue Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: white shirt tucked into black trousers with belt loops and a pressed crease.
    # Caption: caption adapter, stopped cleanly, true. Answers: VQA adapter, all right.
    case(
        "X1260-021",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are with "
            "cotton fabric and pure color patterns."
        ),
        col("trousers", "black"),
        col("shirt", "white"),
        describe("trousers", "black pants"),
        details("trousers", "belt loops and a front crease"),
        trousers("yes"),
        gender="Men",
        title="Peter England Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: navy shirt tucked into beige trousers, brown belt. The feed row has no gender.
    # Caption: caption adapter, "The lady" (also cut). Answers: VQA adapter; the shirt gets the trousers' khaki.
    case(
        "X1260-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        he("a blue shirt and khaki pants"),
        col("trousers", "khaki"),
        col("shirt", "khaki", "other_garment_color"),
        details(
            "trousers",
            "pockets, belt loops, pockets, belt loops, pockets, belt loops, pockets, belt loops, pockets, belt",
            "loop",
            hit_limit=True,
        ),
        trousers("yes"),
        title="Arrow Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: grey trousers with a faint windowpane check, white shirt, black shoes.
    # Caption: caption adapter, cut (lattice for the trousers is right). Answers: VQA adapter; "stripes" is wrong.
    case(
        "X1260-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        he("white shirt and grey pants"),
        col("trousers", "grey"),
        describe("trousers", "grey plaid pants"),
        details("trousers", "stripes", "contradiction"),
        trousers("yes"),
        gender="Men",
        title="Raymond Men Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: crop from the chest down: light blue shirt tucked into brown trousers, brown belt, cuffs visible.
    # Caption: caption adapter, starts with the trousers, cut. Answers: VQA adapter; one empty answer.
    case(
        "X1260-024",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. There is a belt around his waist. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is",
            "cut",
            hit_limit=True,
        ),
        he("pants"),
        col("trousers", "brown"),
        describe("trousers", "brown"),
        details("trousers", "", "non_answer"),
        trousers("yes"),
        gender="Men",
        title="Blackberrys Men Brown Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: front, black shirt tucked into grey melange trousers, watch on the wrist.
    # Caption: caption adapter, cut. Answers: VQA adapter; the details answer runs to the limit mid-list.
    case(
        "X1260-025",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his wrist. This",
            "cut",
            hit_limit=True,
        ),
        he("black shirt and grey pants"),
        col("trousers", "grey"),
        col("shirt", "black"),
        details(
            "trousers",
            "the trousers have a zipper and a button closure and two side pockets and two back pockets and a belt "
            "loop and a",
            "cut",
            hit_limit=True,
        ),
        trousers("yes"),
        gender="Men",
        title="Van Heusen Men Grey Melange Slim Fit Self-Design Formal Trousers",
        category="Trousers",
        color="Grey Melange",
    ),
    # Photo: pink shirt, navy pleated trousers (dark under the studio light, but clearly navy beside black shoes).
    # Caption: caption adapter, cut. Answers: VQA adapter; navy called black twice.
    case(
        "X1260-026",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. This man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "This man wears",
            "cut",
            hit_limit=True,
        ),
        he("a pink shirt and black pants", "contradiction"),
        col("trousers", "black", "contradiction"),
        col("shirt", "pink"),
        describe("trousers", "pleated pants"),
        trousers("yes"),
        gender="Men",
        title="Arrow Men Navy Blue Pleated Regular Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: navy shirt, off-white trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; "trousers" for Describe; a color loop for details.
    case(
        "X1260-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        he("a navy shirt and white pants"),
        col("trousers", "white"),
        describe("trousers", "trousers", "restated"),
        details(
            "trousers",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        trousers("yes"),
        gender="Men",
        title="Park Avenue Men Off White Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Off White",
    ),
    # Photo: flat lay, khaki trousers laid out full length on white, front side up; no person, no shirt.
    # Caption: caption adapter, invents an upper clothing. Answers: VQA adapter, right.
    case(
        "X1260-028",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The",
            "unsupported",
            hit_limit=True,
        ),
        he("pants"),
        col("trousers", "khaki"),
        details("trousers", "belt loops and slant pockets"),
        trousers("yes"),
        gender="Men",
        title="Peter England Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: navy two-button blazer buttoned over a white shirt, grey trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; the shirt gets the blazer's navy; details loop.
    case(
        "X1260-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The outer clothing is with cotton "
            "fabric "
            "and pure color patterns. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a blazer"),
        col("blazer", "navy"),
        col("shirt", "navy", "other_garment_color"),
        describe("blazer", "navy blue blazer with two buttons"),
        details(
            "blazer",
            "the lapels, the buttons, the pockets, the lapels, the buttons, the pockets, the lapels, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Slim Fit Solid Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: grey checked blazer worn open over a light blue shirt, navy trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter (its In-shop class name for "wearing"); "no" to blazer.
    case(
        "X1260-030",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("jackets coats"),
        col("blazer", "grey"),
        col("shirt", "blue"),
        describe("blazer", "plaid"),
        is_a("blazer", "no", "contradiction"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: black single-breasted blazer, white shirt, black trousers (reads as a suit).
    # Caption: caption adapter, "The lady". Answers: VQA adapter; the shirt gets the blazer's black.
    case(
        "X1260-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The outer clothing is with cotton fabric and "
            "pure color patterns. The lady wears a long trousers. The trousers are with cotton fabric and",
            "pronoun",
            hit_limit=True,
        ),
        he("a black suit and a white shirt"),
        col("blazer", "black"),
        col("shirt", "black", "other_garment_color"),
        details("blazer", "notch lapel, two buttons, flap pockets"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Raymond Men Black Solid Single-Breasted Slim Fit Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: beige woven self-design blazer with a pocket square, white shirt, dark brown trousers.
    # Caption: caption adapter, "knitted" outer clothing. Answers: VQA adapter; a leak; the trousers get "tan".
    case(
        "X1260-032",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The outer clothing is with knitted fabric "
            "and "
            "pure color patterns. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This",
            "unsupported",
            hit_limit=True,
        ),
        col("blazer", "tan"),
        col("pants", "tan", "other_garment_color"),
        describe("blazer", "a tan blazer with a pocket square"),
        details(
            "blazer",
            "pocket square Question: What are the blazer details? Answer: pocket square Question: What are the blazer "
            "details? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Park Avenue Men Beige Self-Design Slim Fit Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: back view, blue blazer with a faint but visible check, single vent, grey trousers. No gender in the row.
    # Caption: caption adapter, "pure color" for a checked blazer (also cut). Answers: VQA adapter, all right.
    case(
        "X1260-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        he("he is wearing a blue jacket and grey pants"),
        col("blazer", "blue"),
        describe("blazer", "the blazer is blue"),
        details("blazer", "a vent at the back"),
        is_a("blazer", "yes"),
        title="Van Heusen Men Blue Slim Fit Checked Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Photo: ghost mannequin, charcoal blazer alone with notch lapels; no trousers, no person.
    # Caption: caption adapter, invents the lower clothing. Answers: VQA adapter; "a suit" for a lone blazer.
    case(
        "X1260-034",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an",
            "unsupported",
            hit_limit=True,
        ),
        he("a suit", "contradiction"),
        col("blazer", "grey"),
        describe("blazer", "dark grey blazer with notch lapels"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: navy pinstripe blazer, white shirt, maroon tie, light grey trousers.
    # Caption: caption adapter, cut. Answers: VQA adapter; details loop.
    case(
        "X1260-035",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The outer clothing is with cotton fabric "
            "and "
            "striped patterns. There is a neckwear on his neck. The gentleman wears a long trousers. The trousers are "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        he("a jacket and tie"),
        col("blazer", "navy"),
        col("tie", "maroon"),
        details(
            "blazer",
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Blackberrys Men Navy Blue Striped Slim Fit Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: navy two-piece suit, white shirt, no tie, front.
    # Caption: caption adapter, stopped cleanly, true. Answers: VQA adapter; the shirt gets the suit's navy.
    case(
        "X1260-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The outer clothing is with cotton "
            "fabric "
            "and pure color patterns. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure "
            "color patterns."
        ),
        he("a suit"),
        col("suit", "navy"),
        col("shirt", "navy", "other_garment_color"),
        details("suit", "two buttons, notch lapel, flap pockets"),
        is_a("suit", "yes"),
        gender="Men",
        title="Raymond Men Navy Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: charcoal three-piece suit with waistcoat, white shirt, grey tie.
    # Caption: caption adapter, cut. Answers: VQA adapter; a leak and a loop.
    case(
        "X1260-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. There is a neckwear on his neck. The "
            "outer clothing is with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        he(
            "a suit and tie Question: What is the color of the suit? Answer: grey Question: What is the color of the "
            "tie",
            "leak",
            hit_limit=True,
        ),
        col("suit", "grey"),
        col("tie", "grey"),
        describe(
            "suit",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        details("suit", "a vest"),
        is_a("suit", "yes"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Self-Design Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: black notch-lapel suit, white shirt, black tie.
    # Caption: caption adapter, "The lady ... her neck". Answers: VQA adapter; "a tuxedo" for a plain black suit.
    case(
        "X1260-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. There is a neckwear on her neck. The outer "
            "clothing is with cotton fabric and pure color patterns. The lady wears a long trousers. The trousers are",
            "pronoun",
            hit_limit=True,
        ),
        he("a tuxedo", "contradiction"),
        col("suit", "black"),
        col("shirt", "white"),
        col("tie", "black"),
        is_a("suit", "yes"),
        gender="Men",
        title="Park Avenue Men Black Solid Regular Fit Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: light grey Prince of Wales check suit, light blue shirt, navy tie.
    # Caption: caption adapter, cut. Answers: VQA adapter; the suit gets the shirt and tie's blue.
    case(
        "X1260-039",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is a neckwear on his neck. The gentleman wears a long trousers. The trousers are "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        he("a grey suit and a blue tie"),
        col("suit", "blue", "other_garment_color"),
        col("shirt", "light blue"),
        details("suit", "plaid"),
        is_a("suit", "yes"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: royal blue suit, white shirt, brown shoes, model seated on a wooden stool. No colour in the feed.
    # Caption: caption adapter, cut. Answers: VQA adapter; "no" to "Is this a suit?"; details loop.
    case(
        "X1260-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The outer clothing is with cotton "
            "fabric "
            "and pure color patterns. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure "
            "color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        he("a suit"),
        col("suit", "blue"),
        col("shirt", "white"),
        details(
            "suit",
            "the suit has a collar, sleeves, the collar, sleeves, the collar, sleeves, the collar, sleeves, the collar",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "no", "contradiction"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Single-Breasted Formal Suit",
        category="Suits",
    ),
    # Photo: navy suit with a faint check, white shirt, burgundy tie, white pocket square.
    # Caption: caption adapter, cut. Answers: VQA adapter; the tie gets the suit's navy; "a suit" restated.
    case(
        "X1260-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. There is a neckwear on his neck. The "
            "outer clothing is with cotton fabric and lattice patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and lattice patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a suit and tie"),
        col("suit", "navy"),
        col("tie", "navy", "other_garment_color"),
        describe("suit", "a suit", "restated"),
        is_a("suit", "yes"),
        gender="Men",
        title="Peter England Men Navy Blue Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: chest-up crop, maroon woven tie on a white shirt under a navy blazer; no trousers in frame.
    # Caption: caption adapter, describes trousers it cannot see. Answers: VQA adapter, all right.
    case(
        "X1260-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. There is a neckwear on his neck. The "
            "outer clothing is with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with",
            "unsupported",
            hit_limit=True,
        ),
        he("a suit and tie"),
        col("tie", "maroon"),
        col("shirt", "white"),
        describe("tie", "red"),
        is_a("tie", "yes"),
        gender="Men",
        title="Louis Philippe Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: white shirt (no jacket), navy tie with silver diagonal stripes, grey trousers, black belt.
    # Caption: caption adapter, loops on the belt. Answers: VQA adapter; the tie gets the shirt's white.
    case(
        "X1260-043",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. There is a neckwear on his neck. This man "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. This man wears a "
            "belt. "
            "This man wears a belt. This",
            "loop",
            hit_limit=True,
        ),
        he("shirt and tie"),
        col("tie", "white", "other_garment_color"),
        describe("tie", "striped tie"),
        is_a("tie", "yes"),
        gender="Men",
        title="Van Heusen Men Navy Blue & Silver-Toned Striped Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: close crop of a black skinny tie on a light grey shirt, collar to mid-chest. No article type in the row.
    # Caption: caption adapter, invents the lower clothing. Answers: VQA adapter, all right.
    case(
        "X1260-044",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "There "
            "is a neckwear on his neck. The lower clothing is of long length. The fabric is cotton and",
            "unsupported",
            hit_limit=True,
        ),
        col("tie", "black"),
        col("shirt", "grey"),
        describe("tie", "thin black tie"),
        is_a("tie", "yes"),
        gender="Men",
        title="Park Avenue Men Black Solid Skinny Tie",
        color="Black",
    ),
    # Photo: light pink shirt, blue paisley tie with small yellow motifs, charcoal trousers; no watch, bare wrists.
    # Caption: caption adapter, a wrist accessory that is not there. Answers: VQA adapter; the shirt color loops.
    case(
        "X1260-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. There is a neckwear on his neck. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist",
            "unsupported",
            hit_limit=True,
        ),
        he("pink shirt and blue tie"),
        col("tie", "blue"),
        col(
            "shirt",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        describe("tie", "paisley"),
        is_a("tie", "yes"),
        gender="Men",
        title="Raymond Men Blue Printed Tie",
        category="Ties",
        color="Blue",
    ),
]
