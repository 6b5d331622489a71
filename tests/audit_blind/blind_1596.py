"""BLIND_1596 (45 products; Myntra men's formal wear, epoch-3 caption adapter + VQA adapter): written blind in the
sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 64/82 failures found (78.0%) and 11/180
correct texts flagged (6.1%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: 18 formal shirts, 8 formal trousers, 7 blazers, 6 suits and 6 ties (the
ties shown worn, bar one flat lay). Catalog columns as Myntra exports them: title, category (the article type:
Shirts, Trousers, Blazers, Suits, Ties), color (the base colour: Navy Blue, Off White, Charcoal...), gender (Men);
one or two columns missing here and there, as real feeds have them. Photos are the usual catalog shots: a male model
on a grey or white backdrop wearing the product with a formal outfit (shirt tucked into trousers, blazer over a white
shirt, tie over a shirt), now and then a flat lay, a back view, a lower-body crop for trousers, a chest crop for
ties, a prop (a stool, a bag, a coffee cup, a chair).
Who wrote what: every caption comes from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption):
the DeepFashion-MultiModal template ("The gentleman is wearing a long-sleeve shirt with pure color patterns. The
shirt is with cotton fabric. It has a lapel neckline..."), patterns instead of hues, a blazer or suit usually called
a "shirt" or "suit", a tie at best "a neckwear". It never learned to stop, so most captions run to the 50-token limit
and end mid-sentence or start the template again; some end early on OPT's own newline, which enrich stops on. Every
answer comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) with the experiments' prompt format: the
experiments' open questions (What is he wearing?, the color of the shirt / pants / blazer / suit / tie, What is the
shirt color?, Describe the X., What are the X details?) generated freely, so they are stored open; the closed
questions (garment type, color, pattern, sleeve length, "Is this a ...?") are ranked over candidates and come back as
short labels. Free answers are mostly short and hue-named (the VQA data had vendor colors), but some loop, some leak
a new "Question: ... Answer:" pair, and on formal outfits the color of the shirt under the blazer, or of the trousers
under the shirt, lands on the wrong garment very often.
Labeling conventions and judgement calls: one failure kind per text; when a text has two faults I label the one a
reader notices first (a "lady" caption that is also cut is labeled pronoun; a wrong fabric or pattern that is also
cut is labeled contradiction); cut is used when truncation at the limit is the only fault. Loops are labeled loop even
though they also hit the limit. A caption that ran to the limit but happens to end on a full stop, with nothing wrong
in it, is marked hit_limit=True and left unmarked. Near hues count as right (lavender -> "purple", charcoal ->
"gray", teal -> "green", silver -> "grey", maroon/burgundy -> "red", beige -> "tan"/"khaki"), but charcoal called
"black" when the trousers are black is labeled other_garment_color. A color question about a garment that is not the
product (the pants of a shirt product) answered with the product's color is also labeled other_garment_color. The
caption template's "cotton fabric" slot is not held against it unless the title names another fabric (linen) or the
photo plainly shows another (denim for suiting trousers); an explicit material answer is correct only when the title
names the fabric, otherwise a confident fabric (wool, silk, cotton for suiting trousers) is unsupported, and a fabric
the photo rules out (leather) is a contradiction. "His shirt..." on a flat lay is left alone; a template that invents
a wearer and garments absent from a flat lay is unsupported. "they are long" for the trousers' details is a
non_answer; a bare "yes" or "no" to an open question is a non_answer; answers that only echo the question's words
("suit" for the suit details, "a tie" to describe the tie) are restated. "Yes" to "Is this a suit?" for a blazer
with contrasting trousers, "Is this a tie?" for a shirt styled with a tie, and a garment type naming the shirt for a
trousers or tie product are contradictions of the title.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1596 = [
    # Model front, white shirt tucked into charcoal trousers, grey backdrop. Caption: caption adapter, cut at 50
    # tokens. Answers: VQA adapter; "grey" for the shirt is the trousers' color (one color for both garments).
    case(
        "X1596-001",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and grey pants", who="he"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        color_of("pants", "grey", kind="open"),
        details("shirt", "long sleeves, buttons"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Model, light blue shirt with thin white vertical stripes, navy trousers, hands in pockets. Caption: caption
    # adapter, ran to the limit but ends on a full stop, nothing wrong. Answers: VQA adapter, all right.
    case(
        "X1596-002",
        caption(
            "The gentleman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        shirt_color("blue and white"),
        Q.pattern("striped"),
        describe("shirt", "a blue and white striped shirt"),
        color_of("pants", "blue", kind="open"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model leaning on a bar stool, pale pink shirt, beige trousers, brown belt. Caption: caption adapter calls him
    # "the lady" (pink shirt). Answers: VQA adapter; the details loop, the description runs on and is cut.
    case(
        "X1596-003",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        wearing("a pink shirt and khaki pants", who="he"),
        color_of("shirt", "pink", kind="open"),
        details(
            "shirt",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "a light pink shirt with a spread collar, long sleeves with buttoned cuffs and a curved hem, tucked "
            "into beige pants with a brown belt and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        gender="Men",
        title="Allen Solly Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Model, navy shirt with fine white micro-checks (reads almost solid at catalog size), grey trousers. Caption:
    # caption adapter, "pure color" against the title's Checked, and cut. Answers: VQA adapter, right.
    case(
        "X1596-004",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        color_of("shirt", "navy blue", kind="open"),
        shirt_color("navy"),
        details("shirt", "the shirt has a collar and buttons down the front"),
        wearing("a blue shirt and grey pants", who="he"),
        gender="Men",
        title="Peter England Men Navy Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Flat lay: white shirt with blue pencil stripes, folded on white with collar stays, no person, no trousers.
    # Caption: caption adapter invents a wearer and denim trousers. Answers: VQA adapter; the pants color is made up.
    case(
        "X1596-005",
        caption(
            "The gentleman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a shirt", who="he"),
        color_of("shirt", "white and blue", kind="open"),
        describe("shirt", "a white shirt with blue stripes"),
        color_of("pants", "blue", "unsupported", kind="open"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men White & Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Model, lavender shirt, black trousers, brown belt. Caption: caption adapter, cut. Answers: VQA adapter, right
    # (the title names the fabric).
    case(
        "X1596-006",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        shirt_color("purple"),
        color_of("pants", "black", kind="open"),
        wearing("a purple shirt and black pants", who="he"),
        details("shirt", "long sleeves and a collar"),
        Q.material("cotton"),
        gender="Men",
        title="Blackberrys Men Lavender Slim Fit Pure Cotton Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Model, grey shirt with a faint dobby texture (looks solid), navy trousers. Caption: caption adapter, clean.
    # Answers: VQA adapter; "yes" to the open question, the shirt's grey put on the pants, a chest pocket invented.
    case(
        "X1596-007",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("yes", "non_answer", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        describe(
            "shirt",
            "a grey shirt with a collar and buttons on the front and a pocket on the left side of the chest",
            "unsupported",
        ),
        gender="Men",
        title="Park Avenue Men Grey Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Model, sky blue shirt styled with a navy tie, grey trousers. Caption: caption adapter, cut. Answers: VQA
    # adapter; "navy" for the shirt is the tie's color; "yes" to the tie question for a shirt product.
    case(
        "X1596-008",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. There is a neckwear. The gentleman wears a long trousers. The trousers are "
            "with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        shirt_color("blue"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        wearing("a blue shirt and a tie", who="he"),
        is_a("tie", "yes", "contradiction"),
        Q.garment_type("shirt"),
        gender="Men",
        title="Raymond Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model, maroon shirt with the long sleeves rolled to the elbows, black trousers; no gender column. Caption:
    # caption adapter reads the rolled sleeves as short; the closed sleeve answer makes the same mistake.
    case(
        "X1596-009",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns.",
            "contradiction",
        ),
        Q.sleeve_length("short", "contradiction"),
        color_of("shirt", "burgundy", kind="open"),
        wearing("a red shirt and black pants", who="he"),
        details("shirt", "the sleeves are rolled up"),
        title="Hancock Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Back view: off-white shirt with a box pleat on the yoke, tucked into grey trousers. Caption: caption adapter,
    # cut. Answers: VQA adapter; the details answer leaks new Question/Answer pairs.
    case(
        "X1596-010",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and gray pants", who="he"),
        color_of("shirt", "white", kind="open"),
        details(
            "shirt",
            "Question: What are the pants details? Answer: gray Question: What are the shirt details? Answer: white "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men Off White Regular Fit Textured Formal Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Model, black shirt and black trousers (monochrome), dark grey backdrop. Caption: caption adapter, ended on a
    # newline, right. Answers: VQA adapter; black for both garments is true here; "What is the shirt color?" loops.
    case(
        "X1596-011",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers."
        ),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        shirt_color(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a black shirt"),
        gender="Men",
        title="Van Heusen Men Black Slim Fit Solid Party Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Model, white shirt with navy windowpane checks, navy trousers. Caption: caption adapter, "lattice" is right,
    # cut. Answers: VQA adapter; "she" for the male model.
    case(
        "X1596-012",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "navy blue", kind="open"),
        details("shirt", "the shirt has a plaid pattern"),
        wearing("she is wearing a blue and white plaid shirt", "pronoun", who="he"),
        gender="Men",
        title="Mark Taylor Men White & Navy Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Model, sea green (mint) shirt, tan trousers. Caption: caption adapter, "His shirt..." variant, clean. Answers:
    # VQA adapter; the details answer only turns the question around.
    case(
        "X1596-013",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this gentleman wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        shirt_color("green"),
        color_of("pants", "tan", kind="open"),
        describe("shirt", "green"),
        details("shirt", "the details of the shirt are the details of the shirt", "restated"),
        Q.garment_type("shirt"),
        gender="Men",
        title="Arrow Men Sea Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Model, beige linen shirt (slub texture visible), white trousers. Caption: caption adapter says cotton for a
    # pure linen shirt, and is cut. Answers: VQA adapter; a mandarin collar invented (it has a regular collar).
    case(
        "X1596-014",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("linen"),
        color_of("shirt", "beige", kind="open"),
        color_of("pants", "white", kind="open"),
        wearing("a shirt and pants", who="he"),
        details("shirt", "the shirt has a mandarin collar", "unsupported"),
        gender="Men",
        title="Peter England Men Beige Pure Linen Slim Fit Formal Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Model, blue shirt with a small white geometric print, navy trousers. Caption: caption adapter, clean, "graphic"
    # for the print is fair. Answers: VQA adapter; the shirt color loops.
    case(
        "X1596-015",
        caption(
            "The gentleman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        Q.pattern("printed"),
        shirt_color(
            "blue and white blue and white blue and white blue and white blue and white blue and white blue and white "
            "blue and white blue and white blue and white",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a blue shirt with a small white print"),
        is_a("polo shirt", "no"),
        gender="Men",
        title="Allen Solly Men Blue & White Regular Fit Printed Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model, charcoal shirt, black trousers, steel watch. Caption: caption adapter, ran to the limit and ends on a
    # full stop, right. Answers: VQA adapter; "black" for the charcoal shirt is the trousers' color.
    case(
        "X1596-016",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("pants", "black", kind="open"),
        shirt_color("gray"),
        wearing("a shirt and a watch", who="he"),
        gender="Men",
        title="Invictus Men Charcoal Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # Flat lay: light blue shirt folded on white, a navy tie laid across it as a prop. Caption: caption adapter,
    # "His shirt..." with the tie as neckwear, left alone. Answers: VQA adapter; "a tie" for the shirt product.
    case(
        "X1596-017",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is a "
            "neckwear."
        ),
        Q.color("blue"),
        describe("shirt", "a light blue shirt with a navy tie"),
        details("shirt", "the shirt is folded with a tie on top"),
        wearing("a tie", "contradiction", who="he"),
        Q.garment_type("shirt"),
        gender="Men",
        title="Dennison Men Light Blue Smart Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Model, pink shirt with white stripes, grey trousers. Caption: caption adapter, cut. Answers: VQA adapter; the
    # pants get the shirt's pink.
    case(
        "X1596-018",
        caption(
            "The gentleman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        shirt_color("pink and white"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Hancock Men Pink & White Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Model, white shirt tucked into navy trousers, black belt and shoes. Caption: caption adapter, cut. Answers: VQA
    # adapter; "white" for the pants is the shirt's color; "they are long" says nothing.
    case(
        "X1596-019",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        wearing("a white shirt and blue pants", who="he"),
        details("pants", "they are long", "non_answer"),
        is_a("pair of jeans", "no"),
        Q.color("navy"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Lower-body crop, waist down: light blue shirt hem tucked in, grey trousers, brown belt and shoes. Caption:
    # caption adapter, no face, says "lady" and "her". Answers: VQA adapter, right.
    case(
        "X1596-020",
        caption(
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory in her waist.",
            "pronoun",
        ),
        color_of("pants", "grey", kind="open"),
        color_of("shirt", "blue", kind="open"),
        wearing("pants", who="he"),
        describe("pants", "grey pants with a belt"),
        is_a("pair of pants", "yes"),
        gender="Men",
        title="Louis Philippe Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Back view: black trousers with two back welt pockets, white shirt tucked in; no color column. Caption: caption
    # adapter, clean. Answers: VQA adapter; garment type names the shirt, "yes" to jeans.
    case(
        "X1596-021",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The trousers the gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("pants", "black", kind="open"),
        details("pants", "back pockets"),
        wearing("a white shirt and black pants", who="he"),
        Q.garment_type("shirt", "contradiction"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        title="Arrow Men Black Regular Fit Solid Formal Trousers",
        category="Trousers",
    ),
    # Model, navy shirt tucked into beige trousers. Caption: caption adapter, cut. Answers: VQA adapter; the closed
    # color takes the shirt's navy, the details loop, the material is a guess the title does not back.
    case(
        "X1596-022",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "khaki", kind="open"),
        Q.color("navy", "other_garment_color"),
        wearing("a blue shirt and khaki pants", who="he"),
        details(
            "pants",
            "the pants are khaki and the shirt is blue. the pants are khaki and the shirt is blue. the pants are "
            "khaki and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Park Avenue Men Beige Slim Fit Self Design Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Model side view, charcoal micro-check trousers, white shirt. Caption: caption adapter, "lattice" right, clean.
    # Answers: VQA adapter; "solid" against the title; the details answer leaks new prompts.
    case(
        "X1596-023",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "lattice patterns."
        ),
        Q.pattern("solid", "contradiction"),
        color_of("pants", "grey", kind="open"),
        color_of("shirt", "white", kind="open"),
        wearing("a white shirt and gray pants", who="he"),
        details(
            "pants",
            "gray Question: What is the color of the shirt? Answer: white Question: What is the color of the tie? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Model holding a leather messenger bag, white shirt, olive suiting trousers. Caption: caption adapter calls the
    # trousers denim (plainly not), cut. Answers: VQA adapter; the details answer came back empty.
    case(
        "X1596-024",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        color_of("pants", "green", kind="open"),
        wearing("a white shirt and green pants and a bag", who="he"),
        is_a("pair of jeans", "no"),
        describe("pants", "green pants"),
        details("pants", "", "non_answer"),
        gender="Men",
        title="Peter England Men Olive Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Model, blue trousers, light pink shirt; no gender column. Caption: caption adapter starts the template over.
    # Answers: VQA adapter, right.
    case(
        "X1596-025",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman is wearing a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "blue", kind="open"),
        color_of("shirt", "pink", kind="open"),
        wearing("a pink shirt and blue pants", who="he"),
        details("pants", "the pants are blue"),
        title="Mark Taylor Men Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Blue",
    ),
    # Flat lay: brown trousers folded on white. Caption: caption adapter loops on the trousers sentence. Answers:
    # VQA adapter; a bare "no" to the open question; leather for woven suiting the photo rules out.
    case(
        "X1596-026",
        caption(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are with cotton fabric and pure color patterns. The trousers are with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "brown", kind="open"),
        wearing("no", "non_answer", who="he"),
        is_a("pair of pants", "yes"),
        describe("pants", "brown pants with pockets"),
        Q.material("leather", "contradiction"),
        gender="Men",
        title="ColorPlus Men Brown Tailored Fit Solid Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Model, navy blazer buttoned over a white shirt, grey trousers. Caption: caption adapter never gets to the
    # blazer, cut. Answers: VQA adapter; closed color is the shirt's white; "a suit" for blazer + grey trousers.
    case(
        "X1596-027",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        color_of("jacket", "navy blue", kind="open"),
        wearing("a suit", "contradiction", who="he"),
        is_a("jacket", "yes"),
        Q.garment_type("blazer"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Slim Fit Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Model, grey glen-check blazer, light blue shirt, navy trousers. Caption: caption adapter, "suit" with lattice,
    # cut. Answers: VQA adapter; "yes" to suit for a blazer over contrasting trousers.
    case(
        "X1596-028",
        caption(
            "The gentleman is wearing a long-sleeve suit with lattice patterns. The suit is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("blazer", "grey", kind="open"),
        Q.pattern("checked"),
        describe("blazer", "a gray plaid blazer with a blue shirt and blue pants"),
        is_a("suit", "yes", "contradiction"),
        wearing("a gray blazer and blue pants", who="he"),
        gender="Men",
        title="Arrow Men Grey Checked Regular Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Model all in black: black blazer, black shirt, black trousers. Caption: caption adapter, template "shirt",
    # clean, nothing false. Answers: VQA adapter; the description loops.
    case(
        "X1596-029",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        color_of("jacket", "black", kind="open"),
        wearing("a black jacket and black pants", who="he"),
        describe(
            "blazer",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        details("blazer", "the blazer has a notch lapel and two buttons"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Single-Breasted Party Blazer",
        category="Blazers",
        color="Black",
    ),
    # Model holding a paper coffee cup, beige blazer open over a white shirt, navy trousers. Caption: caption
    # adapter, cut. Answers: VQA adapter, right.
    case(
        "X1596-030",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        color_of("blazer", "tan", kind="open"),
        Q.color("beige"),
        wearing("a tan blazer and blue pants", who="he"),
        details("blazer", "the blazer is open and the man is holding a cup of coffee"),
        is_a("jacket", "yes"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Allen Solly Men Beige Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Model, maroon blazer with a pocket square, black shirt, black trousers. Caption: caption adapter, ran to the
    # limit and ends on a full stop, right. Answers: VQA adapter; "black" for the blazer is the shirt and trousers.
    case(
        "X1596-031",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory in his chest.",
            hit_limit=True,
        ),
        color_of("blazer", "black", "other_garment_color", kind="open"),
        color_of("jacket", "maroon", kind="open"),
        wearing("a red blazer and black pants", who="he"),
        details("blazer", "a pocket square"),
        Q.garment_type("blazer"),
        gender="Men",
        title="Raymond Men Maroon Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Back view: blue checked blazer with double vents, grey trousers. Caption: caption adapter, clean. Answers: VQA
    # adapter; the description invents a front pocket and gold buttons the back view cannot show (they are black).
    case(
        "X1596-032",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("blazer", "blue", kind="open"),
        details("blazer", "the back of the blazer has two slits"),
        describe("blazer", "a blue plaid blazer with a pocket on the front and gold buttons", "unsupported"),
        wearing("a blue jacket", who="he"),
        is_a("jacket", "yes"),
        gender="Men",
        title="Park Avenue Men Blue Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Model, teal blazer, white shirt, beige trousers. Caption: caption adapter, "His shirt..." variant, clean.
    # Answers: VQA adapter; the wearing answer leaks its own prompt, the details loop.
    case(
        "X1596-033",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this gentleman wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("blazer", "green", kind="open"),
        Q.color("teal"),
        wearing(
            "Question: What is he wearing? Answer: a green jacket and white shirt and khaki pants Question: What is "
            "the color",
            "leak",
            who="he",
            hit_limit=True,
        ),
        details(
            "blazer",
            "the blazer has two buttons and a notch lapel with a notch lapel with a notch lapel with a notch lapel "
            "with a",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "no"),
        gender="Men",
        title="Tossido Men Teal Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Teal",
    ),
    # Model, charcoal two-piece suit, white shirt, navy tie. Caption: caption adapter, cut. Answers: VQA adapter;
    # "wool" is not in the title.
    case(
        "X1596-034",
        caption(
            "The gentleman is wearing a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It "
            "has a lapel neckline. There is a neckwear. The gentleman wears a long trousers. The trousers are with "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("suit", "gray", kind="open"),
        wearing("a suit and tie", who="he"),
        Q.garment_type("suit"),
        color_of("pants", "gray", kind="open"),
        is_a("suit", "yes"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Raymond Men Charcoal Grey Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Model, navy three-piece suit with waistcoat, light blue shirt, no tie. Caption: caption adapter, cut. Answers:
    # VQA adapter; garment type "vest" for the suit; the shirt gets the suit's navy.
    case(
        "X1596-035",
        caption(
            "The gentleman is wearing a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("suit", "blue", kind="open"),
        wearing("a suit and a vest", who="he"),
        details("suit", "the suit has a vest"),
        Q.garment_type("vest", "contradiction"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Self-Design Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Model, black suit, white shirt open at the collar, no tie. Caption: caption adapter, ended on a newline,
    # right. Answers: VQA adapter; the description adds a black tie that is not there.
    case(
        "X1596-036",
        caption(
            "The gentleman is wearing a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers."
        ),
        color_of("suit", "black", kind="open"),
        wearing("a black suit and white shirt", who="he"),
        describe("suit", "a black suit with a white shirt and a black tie", "unsupported"),
        is_a("suit", "yes"),
        Q.pattern("solid"),
        gender="Men",
        title="Van Heusen Men Black Solid Slim-Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Model, grey windowpane-check suit, white shirt, burgundy tie, pocket square. Caption: caption adapter, ended on
    # a newline, right. Answers: VQA adapter; the suit color loops.
    case(
        "X1596-037",
        caption(
            "The gentleman is wearing a long-sleeve suit with lattice patterns. The suit is with cotton fabric. It "
            "has a lapel neckline. There is a neckwear. The gentleman wears a long trousers. The trousers are with "
            "cotton fabric and lattice patterns."
        ),
        color_of(
            "suit",
            "gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray "
            "gray gray gray gray gray gray gray gray gray",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("tie", "red", kind="open"),
        Q.pattern("checked"),
        wearing("a suit and tie", who="he"),
        details("suit", "the suit has a pocket square and a tie"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Model seated on a wooden chair, royal blue suit, white shirt, black shoes. Caption: caption adapter starts the
    # template again and is cut. Answers: VQA adapter; "suit" for the suit details.
    case(
        "X1596-038",
        caption(
            "The gentleman is wearing a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman is wearing a",
            "cut",
            hit_limit=True,
        ),
        color_of("suit", "blue", kind="open"),
        wearing("a blue suit and a white shirt", who="he"),
        color_of("jacket", "blue", kind="open"),
        details("suit", "suit", "restated"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Hangup Men Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # Model, beige two-piece suit, light blue shirt, brown shoes; no gender column. Caption: caption adapter, cut.
    # Answers: VQA adapter; the suit gets the shirt's blue.
    case(
        "X1596-039",
        caption(
            "The gentleman is wearing a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_of("suit", "blue", "other_garment_color", kind="open"),
        Q.color("beige"),
        wearing("a tan suit and blue shirt", who="he"),
        Q.garment_type("suit"),
        color_of("pants", "tan", kind="open"),
        title="Park Avenue Men Beige Solid Regular Fit Two-Piece Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # Chest crop: navy tie with small white dots over a white shirt, grey blazer at the edges. Caption: caption
    # adapter starts over. Answers: VQA adapter; the tie gets the shirt's white; garment type names the shirt.
    case(
        "X1596-040",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. There is a neckwear. The gentleman is wearing a long-sleeve shirt with pure "
            "color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        color_of("tie", "white", "other_garment_color", kind="open"),
        wearing("a tie", who="he"),
        is_a("tie", "yes"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("polka dot"),
        gender="Men",
        title="The Tie Hub Men Navy Blue Woven Design Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Chest-to-waist crop: maroon tie with a gold woven motif over a light blue shirt. Caption: caption adapter,
    # clean, right. Answers: VQA adapter; the closed color is the shirt's; the description loops.
    case(
        "X1596-041",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is a "
            "neckwear on his neck."
        ),
        color_of("tie", "red and gold", kind="open"),
        Q.color("blue", "other_garment_color"),
        wearing("a blue shirt and a red tie", who="he"),
        describe(
            "tie",
            "a red tie with a gold pattern on it and a gold pattern on it and a gold pattern on it and a gold pattern "
            "on it and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Alvaro Castagnino Men Maroon & Gold-Toned Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # Model, black slim tie over a white shirt, black suit. Caption: caption adapter, cut. Answers: VQA adapter;
    # garment type "suit" for a tie; "a tie" to describe the tie.
    case(
        "X1596-042",
        caption(
            "The gentleman is wearing a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It "
            "has a lapel neckline. There is a neckwear. The gentleman wears a long trousers. The trousers are with "
            "cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        color_of("tie", "black", kind="open"),
        wearing("a black suit and tie", who="he"),
        Q.garment_type("suit", "contradiction"),
        is_a("tie", "yes"),
        describe("tie", "a tie", "restated"),
        gender="Men",
        title="Peter England Men Black Solid Slim Tie",
        category="Ties",
        color="Black",
    ),
    # Flat lay: blue and white striped skinny tie laid diagonally on white, no person. Caption: caption adapter
    # invents a wearer, a shirt and trousers. Answers: VQA adapter, right.
    case(
        "X1596-043",
        caption(
            "The gentleman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "striped patterns. There is a neckwear",
            "unsupported",
            hit_limit=True,
        ),
        color_of("tie", "blue and white", kind="open"),
        wearing("a tie", who="he"),
        is_a("tie", "yes"),
        Q.pattern("striped"),
        Q.garment_type("tie"),
        gender="Men",
        title="Tossido Men Blue & White Striped Skinny Tie",
        category="Ties",
        color="Blue",
    ),
    # Model, silver woven tie over a white shirt, navy suit. Caption: caption adapter, ended on a newline, right.
    # Answers: VQA adapter; the closed color is the suit's navy; "silk" is not in the title.
    case(
        "X1596-044",
        caption(
            "The gentleman is wearing a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It "
            "has a lapel neckline. There is a neckwear. The gentleman wears a long trousers."
        ),
        color_of("tie", "grey", kind="open"),
        Q.color("navy", "other_garment_color"),
        wearing("a blue suit with a white shirt and a gray tie", who="he"),
        details("tie", "the tie is silver and has a woven pattern"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Silver-Toned Woven Design Tie",
        category="Ties",
        color="Silver",
    ),
    # Close chest crop, no face: olive paisley tie over a white shirt; no category column. Caption: caption adapter
    # says "her" for the faceless crop. Answers: VQA adapter, right.
    case(
        "X1596-045",
        caption(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is a "
            "neckwear on her neck.",
            "pronoun",
        ),
        color_of("tie", "green", kind="open"),
        Q.pattern("paisley"),
        wearing("a white shirt and a green tie", who="he"),
        describe("tie", "a green tie with a paisley pattern"),
        gender="Men",
        title="The Tie Hub Men Olive Green Paisley Woven Design Broad Tie",
        color="Olive",
    ),
]
