"""BLIND_1188 (45 products; Myntra men's formal wear, caption + VQA adapters): written blind in the sixty-first session.
Measured blind at e097e3a (the session's fifth rules): 60/70 failures found (85.7%) and 7/171 correct texts flagged
(4.1%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed (article types Shirts, Trousers, Blazers, Suits, Ties), 45 products. Catalog
shots: a male model on a plain grey or white backdrop wearing the product with the rest of a formal outfit (shirt,
trousers, blazer, tie), now and then a back view, a prop (a bag, a coffee cup, a stool) and three flat lays (a folded
shirt, folded trousers, a tie set). The feed's columns are title, category (Myntra's article type), color (its base
colour) and gender; two rows lack gender, one category and one color, as feeds do.
Who wrote what: every caption comes from BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens; it writes the DeepFashion-MultiModal template
(pattern words, no hue names, "cotton fabric", "lapel neckline", "an accessory on his neck") and, trained mostly on
women, now and then calls the model "the lady". Every answer comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA),
free generation, greedy, 30 new tokens, prompt "Question: ... Answer:". Questions: "What is he wearing?", the color of
the product's garment (shirt / pants / blazer / suit / tie) and sometimes of the shirt or pants beside it, "Describe the
..." or "What are the ... details?", "Is this a ...?" for the category (twice "a pair of jeans?" as in the experiments),
and now and then pattern, sleeve length or material in the blind set's wording. The VQA adapter knows In-shop colors
(navy, khaki, wine, ivory) and classes (no suit, no tie, "blouse" for shirts), says yes to nearly every "Is this a
...?", sometimes runs on into the next "Question: ... Answer:" of its training text, or repeats a word or phrase until
the limit.
Labeling conventions and judgement calls: a text is judged against the photo I imagined (the comment above each case)
and the title. One label per wrong text, the most serious: a caption that invents a person on a flat lay is
`unsupported` even if it is also cut; the velvet blazer's caption says cotton and is cut, labeled `contradiction` (the
title names velvet). Near hues count as right: lavender -> purple, maroon -> wine / burgundy / red, cream -> ivory,
beige -> khaki, olive -> green. A white-and-blue striped shirt called "white" is right by the photo even though the
feed's base colour is Blue. "cotton fabric" for suits, blazers and trousers is left unmarked when the title names no
material (the photo can't tell); it is a `contradiction` when the title names linen. The product's garment given another
garment's color is `other_garment_color`; the shirt or pants beside the product given the product's color (one color for
two garments) is `contradiction`; "blouse" for a men's shirt, "no" to "Is this a suit?" for a suit, "yes" to "Is this a
pair of jeans?" for formal trousers, a blazer called a shirt, "black" for a navy suit and "short sleeve" for full
sleeves are `contradiction`. A caption that describes the blazer worn over the product shirt, or the shirt under the
product tie, is true of the photo and left unmarked. "tie" or "shirt" to "What is he wearing?" on a flat lay names the
product and is left unmarked. hit_limit=True on every text that ran to the limit, cut or looping; two captions ran to 50
tokens and stopped just as a sentence ended with nothing wrong in them, left unmarked. "they are long" for the pants'
details, "a shirt" to "Describe the shirt." and an empty answer are `non_answer`; "the tie is a tie" style rephrasings
are `restated`; "the suit details are the suit details are ..." repeated to the limit is a `loop`. Answers that continue
into "Question: ... Answer:" are `leak` even when the first words were right. "she" for the male model is `pronoun`, in
captions ("the lady") and in answers. About three in ten texts are wrong: plain backdrops and solid formal garments make
most short answers easy; the captions carry most of the failures (cut or looping at 50 tokens, "the lady", cotton for
linen).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

MEN = "Men"


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def colour(garment, text, failure=None, hit_limit=False):
    """The VQA adapter's free-generated color answer."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def pants_q(text, failure=None, hit_limit=False):
    return is_a("pants", text, failure, hit_limit, article="a pair of")


BLIND_1188 = [
    # Photo: model in a plain white full-sleeve shirt tucked into charcoal trousers, grey backdrop. Caption: epoch-3
    # caption adapter; answers: VQA adapter.
    case(
        "X1188-001",
        caption(
            "This gentleman is wearing a long-sleeve shirt with solid color patterns and a long trousers. The shirt is "
            "with cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and solid color patterns."
        ),
        he("shirt and pants"),
        colour("shirt", "white"),
        details(
            "shirt",
            "the collar, the sleeves, the cuffs, the collar, the sleeves, the cuffs, the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.sleeve_length("long sleeve"),
        gender=MEN,
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: light blue shirt with a small white check, tucked into navy trousers. Caption: caption adapter (cut at
    # 50 tokens); answers: VQA adapter ("blouse" from the In-shop class, the trousers' navy for the shirt).
    case(
        "X1188-002",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        he("a blouse and pants", "contradiction"),
        colour("shirt", "navy", "other_garment_color"),
        Q.pattern("plaid"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: pale pink shirt, beige trousers, one hand in pocket, white backdrop. Caption: caption adapter ("the
    # lady" for the male model); answers: VQA adapter.
    case(
        "X1188-003",
        caption(
            "The lady wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and solid color "
            "patterns.",
            "pronoun",
        ),
        he("pink shirt and khaki pants"),
        colour("shirt", "pink"),
        describe("shirt", "pink shirt with long sleeves"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Allen Solly Men Pink Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: flat lay, the shirt folded on a white surface (white with thin navy stripes), no person, no trousers.
    # Caption: caption adapter (invents a man in trousers, runs to the limit); answers: VQA adapter.
    case(
        "X1188-004",
        caption(
            "This gentleman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "unsupported",
            hit_limit=True,
        ),
        he("shirt"),
        colour("shirt", "white"),
        Q.pattern("striped"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Park Avenue Men White & Navy Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: navy solid shirt, mid-grey trousers. Caption: caption adapter; answers: VQA adapter (grey for both
    # garments; the details answer runs on into its training prompts).
    case(
        "X1188-005",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        he("shirt and pants"),
        colour("shirt", "grey", "other_garment_color"),
        colour("pants", "grey"),
        details(
            "shirt",
            "navy Question: What is the color of the pants? Answer: grey Question: Is this a shirt? Answer: yes "
            "Question",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Peter England Men Navy Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: lavender full-sleeve shirt styled with a navy tie, navy trousers. Caption: caption adapter (cut);
    # answers: VQA adapter ("short sleeve" for full sleeves).
    case(
        "X1188-006",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        he("shirt and tie"),
        colour("shirt", "purple"),
        describe("shirt", "purple shirt with a tie"),
        Q.sleeve_length("short sleeve", "contradiction"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Arrow Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: black solid shirt, light grey trousers. Caption: caption adapter; answers: VQA adapter (black for the
    # trousers too).
    case(
        "X1188-007",
        caption(
            "His shirt has long sleeves, cotton fabric and solid color patterns. It has a lapel neckline. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and solid color patterns."
        ),
        he("black shirt and grey pants"),
        colour("shirt", "black"),
        colour("pants", "black", "contradiction"),
        details("shirt", "long sleeves and a collar"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Blackberrys Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: white shirt with a faint self-design texture, black trousers, a steel watch. Caption: caption adapter
    # (cut); answers: VQA adapter.
    case(
        "X1188-008",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. There is an accessory on his wrist. The gentleman wears a long trousers. The "
            "trousers",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and black pants"),
        colour("shirt", "white"),
        Q.pattern("solid"),
        Q.material("cotton"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Louis Philippe Men White Pure Cotton Self Design Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: mid-blue linen shirt, beige trousers. Caption: caption adapter (says cotton; the title says linen);
    # answers: VQA adapter.
    case(
        "X1188-009",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        he("shirt and khaki pants"),
        colour("shirt", "blue"),
        Q.sleeve_length("long sleeve"),
        Q.material("linen"),
        gender=MEN,
        title="Van Heusen Men Blue Linen Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: maroon solid shirt, black trousers. Caption: caption adapter; answers: VQA adapter (one loop, one "no").
    case(
        "X1188-010",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and solid "
            "color patterns."
        ),
        he("shirt and pants"),
        colour("shirt", "wine"),
        describe(
            "shirt",
            "wine wine wine wine wine wine wine wine wine wine wine wine wine wine wine wine wine wine wine wine wine "
            "wine wine wine wine wine wine wine wine wine",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("shirt", "no", "contradiction"),
        gender=MEN,
        title="Hancock Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: grey shirt with a fine white check under an open navy blazer (styling), navy trousers. Caption: caption
    # adapter (describes the blazer, true of the photo); answers: VQA adapter (the blazer's navy for the shirt).
    case(
        "X1188-011",
        caption(
            "The gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and solid "
            "color patterns."
        ),
        he("jacket and pants"),
        colour("shirt", "navy", "other_garment_color"),
        Q.pattern("plaid"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Park Avenue Men Grey Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: back view; white shirt with thin blue pinstripes (yoke and box pleat visible), black trousers. Caption:
    # caption adapter; answers: VQA adapter ("solid" for the stripes).
    case(
        "X1188-012",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        he("shirt and pants"),
        colour("shirt", "white"),
        Q.pattern("solid", "contradiction"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Arrow Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: olive solid shirt without a pocket, beige trousers. Caption: caption adapter (cut); answers: VQA adapter
    # (invents a chest pocket).
    case(
        "X1188-013",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and solid color patterns. This man "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        he("he is wearing a green shirt and khaki pants"),
        colour("shirt", "green"),
        colour("pants", "khaki"),
        details("shirt", "green shirt with button closure and long sleeves and a pocket on the chest", "unsupported"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Invictus Men Olive Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: cream self-design shirt, brown trousers, the model holds a tan leather bag. No gender column. Caption:
    # caption adapter (loops on one sentence); answers: VQA adapter.
    case(
        "X1188-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt "
            "is",
            "loop",
            hit_limit=True,
        ),
        he("shirt and brown pants"),
        colour("shirt", "ivory"),
        describe("shirt", "a shirt", "non_answer"),
        is_a("shirt", "yes"),
        title="Raymond Men Cream Regular Fit Self Design Formal Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: full length; white shirt tucked into charcoal grey trousers, black belt and shoes. Caption: caption
    # adapter; answers: VQA adapter (the shirt's white for the trousers, yes to jeans).
    case(
        "X1188-015",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and solid "
            "color patterns."
        ),
        he("shirt and pants"),
        colour("pants", "white", "other_garment_color"),
        details("pants", "they are long", "non_answer"),
        pants_q("yes"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        gender=MEN,
        title="Arrow Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: navy trousers with a brown belt, light blue shirt, framed from chest to shoes. Caption: caption adapter;
    # answers: VQA adapter (navy for the shirt too).
    case(
        "X1188-016",
        caption(
            "His shirt has long sleeves, cotton fabric and solid color patterns. It has a lapel neckline. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and solid color patterns. There is "
            "an accessory on his waist."
        ),
        he("shirt and pants"),
        colour("pants", "navy"),
        colour("shirt", "navy", "contradiction"),
        details("pants", "flat front, belt loops, slant pockets"),
        pants_q("yes"),
        gender=MEN,
        title="Louis Philippe Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: back view; beige trousers with two buttoned welt pockets, white shirt tucked in. Caption: caption
    # adapter; answers: VQA adapter ("she").
    case(
        "X1188-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        he("she is wearing a shirt and pants", "pronoun"),
        colour("pants", "khaki"),
        details("pants", "two back pockets with button"),
        pants_q("yes"),
        gender=MEN,
        title="Peter England Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: full length; black trousers, grey shirt. Caption: caption adapter ("the lady"); answers: VQA adapter
    # (one loop).
    case(
        "X1188-018",
        caption(
            "The lady wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and solid color "
            "patterns.",
            "pronoun",
        ),
        he("shirt and pants"),
        colour("pants", "black"),
        details(
            "pants",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        pants_q("yes"),
        gender=MEN,
        title="Blackberrys Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: mid-grey wool blend trousers, white shirt, navy tie. Caption: caption adapter (cut); answers: VQA
    # adapter.
    case(
        "X1188-019",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The "
            "trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        he("shirt, tie and pants"),
        colour("pants", "grey"),
        Q.material("wool"),
        pants_q("yes"),
        gender=MEN,
        title="Park Avenue Men Grey Wool Blend Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: khaki formal trousers, navy shirt. Caption: caption adapter (denim for formal trousers); answers: VQA
    # adapter (the shirt's navy for the trousers).
    case(
        "X1188-020",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        he("shirt and pants"),
        colour("pants", "navy", "other_garment_color"),
        colour("shirt", "navy"),
        pants_q("yes"),
        gender=MEN,
        title="Van Heusen Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: navy trousers with a faint grey windowpane check, white shirt. Caption: caption adapter; answers: VQA
    # adapter (a loop and a prompt leak).
    case(
        "X1188-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns."
        ),
        he("white shirt and blue pants"),
        colour(
            "pants",
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("plaid"),
        details(
            "pants",
            "blue Question: What is the color of the shirt? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender=MEN,
        title="Raymond Men Navy Blue Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: brown tapered trousers without turn-ups, cream shirt, the model sits on a wooden stool. Caption: caption
    # adapter; answers: VQA adapter (invents cuffs at the hem).
    case(
        "X1188-022",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and solid "
            "color patterns."
        ),
        he("shirt and pants"),
        colour("pants", "brown"),
        details("pants", "brown pants with belt loops and cuffs at the hem", "unsupported"),
        pants_q("yes"),
        gender=MEN,
        title="ColorPlus Men Brown Tapered Fit Solid Formal Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: olive trousers, white shirt, tan belt. No category column. Caption: caption adapter (cut); answers: VQA
    # adapter (olive for the white shirt).
    case(
        "X1188-023",
        caption(
            "This gentleman wears a long-sleeve shirt with solid color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and solid color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        he("shirt and pants"),
        colour("pants", "olive"),
        colour("shirt", "olive", "contradiction"),
        pants_q("yes"),
        gender=MEN,
        title="Mark Taylor Men Olive Slim Fit Solid Formal Trousers",
        color="Olive",
    ),
    # Photo: flat lay, grey pleated trousers folded on a wooden surface, no person. Caption: caption adapter (loops);
    # answers: VQA adapter.
    case(
        "X1188-024",
        caption(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns. The gentleman wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        he("pants"),
        colour("pants", "grey"),
        details("pants", "pleated front with belt loops"),
        pants_q("yes"),
        gender=MEN,
        title="Invictus Men Grey Pleated Regular Fit Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: navy two-button blazer with a white pocket square, white shirt, grey trousers. Caption: caption adapter;
    # answers: VQA adapter (the description runs to the limit).
    case(
        "X1188-025",
        caption(
            "The gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and solid "
            "color patterns."
        ),
        he("jacket and pants"),
        colour("blazer", "navy"),
        describe(
            "blazer",
            "navy blazer with two buttons, notch lapel, flap pockets and a white pocket square in the chest pocket and "
            "a white shirt and a",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender=MEN,
        title="Raymond Men Navy Blue Solid Single-Breasted Slim Fit Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: charcoal blazer with a subtle check, white shirt, black trousers. Caption: caption adapter (ran to 50
    # tokens, ends on a whole sentence); answers: VQA adapter (the shirt's white for the blazer).
    case(
        "X1188-026",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns",
            hit_limit=True,
        ),
        he("jacket and pants"),
        colour("blazer", "white", "other_garment_color"),
        Q.pattern("plaid"),
        describe("blazer", "grey jacket with a white shirt"),
        is_a("jacket", "yes"),
        gender=MEN,
        title="Louis Philippe Men Charcoal Grey Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: beige blazer, light blue shirt, navy trousers. Caption: caption adapter ("the lady"); answers: VQA
    # adapter (a looping description).
    case(
        "X1188-027",
        caption(
            "The lady wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and solid color "
            "patterns.",
            "pronoun",
        ),
        he("jacket, shirt and pants"),
        colour("blazer", "khaki"),
        describe(
            "blazer",
            "khaki jacket with a shirt and pants and a shirt and pants and a shirt and pants and a shirt and",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender=MEN,
        title="Blackberrys Men Beige Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: back view; black blazer with a centre vent, black trousers. Caption: caption adapter; answers: VQA
    # adapter (an empty answer to the sleeve question).
    case(
        "X1188-028",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        he("black jacket and pants"),
        colour("blazer", "black"),
        describe("blazer", "black jacket with a center vent"),
        Q.sleeve_length("", "non_answer"),
        is_a("jacket", "yes"),
        gender=MEN,
        title="Park Avenue Men Black Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: maroon velvet tuxedo blazer with black satin peak lapels, white shirt, black bow tie, black trousers.
    # Caption: caption adapter (cotton for velvet, and cut); answers: VQA adapter.
    case(
        "X1188-029",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The "
            "trousers are with",
            "contradiction",
            hit_limit=True,
        ),
        he("tuxedo"),
        colour("blazer", "burgundy"),
        Q.material("velvet"),
        is_a("jacket", "yes"),
        gender=MEN,
        title="Hangup Men Maroon Solid Velvet Single-Breasted Tuxedo Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: grey self-design blazer, white shirt without tie, navy trousers. Caption: caption adapter (calls the
    # blazer a shirt); answers: VQA adapter.
    case(
        "X1188-030",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and solid color patterns.",
            "contradiction",
        ),
        he("jacket and pants"),
        colour("blazer", "grey"),
        details("blazer", "notch lapel, two button closure, flap pockets"),
        is_a("jacket", "yes"),
        gender=MEN,
        title="Mark Taylor Men Grey Self-Design Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: royal blue blazer with a black windowpane check, black shirt, black trousers. Caption: caption adapter;
    # answers: VQA adapter (black, the shirt's and trousers' color, for the blazer).
    case(
        "X1188-031",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        he("jacket and pants"),
        colour("blazer", "black", "other_garment_color"),
        Q.pattern("plaid"),
        describe("blazer", "blue and black plaid jacket"),
        is_a("jacket", "yes"),
        gender=MEN,
        title="Theme Men Blue Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Photo: olive blazer, white shirt, khaki trousers, the model holds a coffee cup. No color column. Caption:
    # caption adapter (cut); answers: VQA adapter (the description repeats its prompt).
    case(
        "X1188-032",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("jacket and pants"),
        colour("blazer", "green"),
        describe(
            "blazer",
            "green Question: Describe the blazer. Answer: green Question: Describe the blazer. Answer: green",
            "leak",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        gender=MEN,
        title="Allen Solly Men Olive Green Solid Slim Fit Formal Blazer",
        category="Blazers",
    ),
    # Photo: navy two-piece suit, white shirt, burgundy tie. Caption: caption adapter (cut); answers: VQA adapter
    # (black for the navy suit; no "suit" class: answers no).
    case(
        "X1188-033",
        caption(
            "The gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        he("jacket and pants"),
        colour("suit", "black", "contradiction"),
        details("suit", "two button closure, notch lapel"),
        is_a("suit", "no", "contradiction"),
        gender=MEN,
        title="Raymond Men Navy Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # Photo: black three-piece suit (jacket, waistcoat, trousers), white shirt, black tie. Caption: caption adapter;
    # answers: VQA adapter.
    case(
        "X1188-034",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        he("a suit and tie"),
        colour("suit", "black"),
        details("suit", "jacket, vest and pants"),
        is_a("suit", "yes"),
        gender=MEN,
        title="Louis Philippe Men Black Solid Three-Piece Slim Fit Formal Suit",
        category="Suits",
        color="Black",
    ),
    # Photo: light grey suit with a subtle check, light blue shirt, navy tie. Caption: caption adapter ("striped" for
    # a checked suit); answers: VQA adapter (the shirt's blue for the suit).
    case(
        "X1188-035",
        caption(
            "The gentleman wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and striped "
            "patterns.",
            "contradiction",
        ),
        he("jacket, shirt, tie and pants"),
        colour("suit", "blue", "other_garment_color"),
        Q.pattern("plaid"),
        is_a("suit", "yes"),
        gender=MEN,
        title="Peter England Men Grey Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # Photo: beige two-piece suit, white shirt open at the neck, no tie. Caption: caption adapter; answers: VQA
    # adapter (a color loop, "she").
    case(
        "X1188-036",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        he("she is wearing a suit", "pronoun"),
        colour(
            "suit",
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki "
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki",
            "loop",
            hit_limit=True,
        ),
        details("suit", "the suit has a jacket and pants"),
        is_a("suit", "yes"),
        gender=MEN,
        title="Park Avenue Men Beige Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # Photo: charcoal pinstripe suit, white shirt, grey tie. Caption: caption adapter (cut); answers: VQA adapter
    # ("solid" for pinstripes).
    case(
        "X1188-037",
        caption(
            "The gentleman wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The trousers "
            "are with cotton",
            "cut",
            hit_limit=True,
        ),
        he("jacket and pants"),
        colour("suit", "grey"),
        Q.pattern("solid", "contradiction"),
        details("suit", "pinstripe, two buttons, notch lapel, flap pockets"),
        is_a("suit", "yes"),
        gender=MEN,
        title="Blackberrys Men Charcoal Grey Pinstriped Slim Fit Two-Piece Suit",
        category="Suits",
        color="Charcoal",
    ),
    # Photo: royal blue two-piece suit, white shirt, no tie, one hand in pocket. Caption: caption adapter ("the
    # lady"); answers: VQA adapter (details run on into the yes/no prompt).
    case(
        "X1188-038",
        caption(
            "The lady wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and solid color "
            "patterns.",
            "pronoun",
        ),
        he("jacket and pants"),
        colour("suit", "blue"),
        details(
            "suit",
            "blue Question: Is this a suit? Answer: yes Question: Is this a suit? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender=MEN,
        title="Van Heusen Men Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # Photo: dark maroon three-piece suit, white shirt, black tie. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1188-039",
        caption(
            "The gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and solid "
            "color patterns."
        ),
        he("jacket, vest and pants"),
        colour("suit", "red"),
        details(
            "suit",
            "the suit details are the suit details are the suit details are the suit details are the suit details are "
            "the",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender=MEN,
        title="Mark Taylor Men Maroon Solid Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Maroon",
    ),
    # Photo: navy and silver striped broad tie on a white shirt, grey blazer, framed from the thighs up. Caption:
    # caption adapter (cut; the shirt under the tie); answers: VQA adapter (the shirt's white for the tie).
    case(
        "X1188-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The trousers "
            "are with",
            "cut",
            hit_limit=True,
        ),
        he("shirt and tie"),
        colour("tie", "white", "other_garment_color"),
        Q.pattern("striped"),
        is_a("tie", "no", "contradiction"),
        gender=MEN,
        title="Tossido Men Navy Blue & Silver-Toned Striped Broad Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # Photo: maroon woven-design skinny tie, white shirt, navy suit. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1188-041",
        caption(
            "His jacket has long sleeves, cotton fabric and solid color patterns. It has a lapel neckline. There is an "
            "accessory on his neck. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color patterns."
        ),
        he("suit and tie"),
        colour("tie", "burgundy"),
        describe("tie", "burgundy tie with a pattern"),
        is_a("tie", "yes"),
        gender=MEN,
        title="Alvaro Castagnino Men Maroon Woven Design Skinny Tie",
        category="Ties",
        color="Maroon",
    ),
    # Photo: flat lay on a grey board: black tie with a grey paisley print, matching pocket square, silver cufflinks;
    # no person. Caption: caption adapter (invents a lady in a shirt and a ring); answers: VQA adapter.
    case(
        "X1188-042",
        caption(
            "This lady is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This lady wears a ring. There is an accessory on her neck. The lady wears a long",
            "unsupported",
            hit_limit=True,
        ),
        he("tie"),
        colour("tie", "black"),
        Q.pattern("paisley"),
        is_a(
            "tie",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="The Tie Hub Men Black & Grey Printed Tie with Pocket Square & Cufflinks",
        category="Ties",
        color="Black",
    ),
    # Photo: pink solid slim tie on a white shirt under a grey waistcoat, grey trousers. Caption: caption adapter
    # (the waistcoat as a sleeveless tank top, though the shirt's sleeves show); answers: VQA adapter.
    case(
        "X1188-043",
        caption(
            "His tank top has no sleeves, cotton fabric and solid color patterns. It has a V-shape neckline. There is "
            "an accessory on his neck. The gentleman wears a long trousers.",
            "unsupported",
        ),
        he("vest and tie"),
        colour("tie", "pink"),
        describe("tie", "pink"),
        is_a("tie", "yes"),
        gender=MEN,
        title="Blacksmith Men Pink Solid Slim Tie",
        category="Ties",
        color="Pink",
    ),
    # Photo: light blue tie with a white micro check, white shirt, navy blazer. Caption: caption adapter (cut);
    # answers: VQA adapter (the blazer's navy for the tie).
    case(
        "X1188-044",
        caption(
            "The gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        he("jacket, shirt and tie"),
        colour("tie", "navy", "other_garment_color"),
        Q.pattern("plaid"),
        describe("tie", "the tie is a tie", "restated"),
        is_a("tie", "yes"),
        gender=MEN,
        title="Tossido Men Blue & White Checked Broad Tie",
        category="Ties",
        color="Blue",
    ),
    # Photo: dark green and gold paisley broad tie, white shirt, black suit. No gender column. Caption: caption
    # adapter (ran to 50 tokens, ends on a whole sentence); answers: VQA adapter (a looping description).
    case(
        "X1188-045",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        he("black suit"),
        colour("tie", "green"),
        Q.pattern("floral"),
        describe(
            "tie",
            "green and gold tie with a paisley pattern, a paisley pattern, a paisley pattern, a paisley pattern, a",
            "loop",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        title="Alvaro Castagnino Men Green & Gold-Toned Paisley Broad Tie",
        category="Ties",
        color="Green",
    ),
]
