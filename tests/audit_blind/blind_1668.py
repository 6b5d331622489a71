"""BLIND_1668 (45 products; Myntra men's formal wear, caption adapter epoch 3 + VQA adapter): written blind in the
sixty-seventh session. Measured blind at f906685 (the session's second rules): 72/86 failures found (83.7%) and
10/161 correct texts flagged (6.2%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: formal shirts, formal trousers, blazers, suits, a waistcoat and ties. Most
photos are the catalog's usual model shot on a plain grey or white backdrop (shirt tucked into trousers, a belt, now
and then a watch), with a few flat lays (a folded shirt, folded trousers, ties laid out), two back views and two props
(a briefcase, a stool). The columns are the feed's own: title, category as Myntra's article type (Shirts, Trousers,
Blazers, Suits, Ties, Waistcoat), color as its base colour, gender "Men"; a few rows lack one of them.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption) on
blip2-opt-2.7b, greedy, 50 new tokens: the DeepFashion-MultiModal template ("The gentleman wears a long-sleeve shirt
with pure color patterns...", "outer clothing" for blazers and suit jackets, patterns instead of hues, "neckwear" for a
tie), which usually runs to the limit and stops mid-sentence, sometimes loops, and now and then says "lady". Every
answer is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30 new tokens, on the experiments' questions
(What is he wearing? What is the color of the shirt / pants / blazer / suit / tie? What is the shirt color? Describe
the X. What are the X details? Is this a X?), with one material question. It answers colors with vendor-style words
(navy, khaki, blue-white), sometimes stops cleanly after a few words, and sometimes loops, echoes the Question/Answer
format or runs on until it is cut.
Labeling conventions and judgement calls: one label per text, the one that matters most to a reader: a caption that
is cut at the limit and also says something false is labeled for the false claim (hit_limit stays True); a plain
loop is "loop" even where it is cut. A caption that ran to 50 tokens but happens to end on a whole clause (004, 022)
is left unmarked with hit_limit=True: nothing in it is wrong or missing. Invented details (a chest pocket, gold
buttons, a pocket square, denim, silk, a watch that is not there) are "unsupported" when the title says nothing of
them; a pattern, sleeve length, garment or color that the title or the photo contradicts is "contradiction"
(sweater for a blazer, pure color for a checked shirt, three-point length for trousers, black for navy, a shirt and
trousers described for a tie laid flat); a color answer that gives one garment the color of another garment in the
photo is "other_garment_color", also when the question is about the styling garment (the shirt under a blazer) and
not the product. Near colors are accepted: red for maroon, purple for lavender, khaki for beige, off white or white
for cream, grey for charcoal, blue for navy. "Yes", "no", an empty answer or "they are pants" to a details question is
"non_answer"; the garment's name handed back ("pants", "the suit is a suit") is "restated". "She" or "lady" for
these men is "pronoun". A short answer that is true but thin ("a tie" for a flat lay, "red tie") is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1668 = [
    # 001 truth: model on grey backdrop, white solid slim-fit shirt tucked into charcoal trousers, black belt, watch.
    # caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X1668-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and grey pants", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("shirt", "white shirt with a collar"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 002 truth: model, light blue and white small checks shirt, navy trousers, hands in pockets, no watch.
    # caption: caption adapter epoch 3 (pure color for a checked shirt, and a wrist accessory that is not there);
    # answers: VQA adapter.
    case(
        "X1668-002",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist. This",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue shirt and blue pants", who="he"),
        color_of("shirt", "blue-white", kind="open"),
        color_of("pants", "blue", kind="open"),
        details("shirt", "checkered"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Van Heusen Men Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 003 truth: model, pink solid shirt, beige trousers, brown belt, white backdrop.
    # caption: caption adapter epoch 3 (stopped early); answers: VQA adapter (pants given the shirt's pink).
    case(
        "X1668-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline."
        ),
        wearing(
            "pink shirt and khaki pants pink shirt and khaki pants pink shirt and khaki pants pink shirt and khaki "
            "pants pink shirt and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "pink", kind="open"),
        shirt_color("pink"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("shirt", "a pink shirt with long sleeves"),
        gender="Men",
        title="Louis Philippe Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # 004 truth: model, blue and white vertical stripes, navy trousers, brown belt, watch on the left wrist.
    # caption: caption adapter epoch 3 (ran to 50 tokens, last clause whole); answers: VQA adapter.
    case(
        "X1668-004",
        caption(
            "This man is wearing a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and solid color patterns. The man wears a belt. There "
            "is an accessory on his wrist",
            hit_limit=True,
        ),
        wearing("striped shirt", who="he"),
        color_of("shirt", "blue-white", kind="open"),
        details(
            "shirt",
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Arrow Men Blue & White Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 005 truth: model, lavender solid shirt, no pocket, sleeves down and buttoned, black trousers, no watch.
    # caption: caption adapter epoch 3 ("lady"); answers: VQA adapter (pocket and rolled sleeves invented).
    case(
        "X1668-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a purple shirt and black pants", who="he"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "black", kind="open"),
        describe(
            "shirt",
            "a purple shirt with a button down collar and a pocket on the left side of the chest and the sleeves are "
            "rolled up to the elbows and",
            "unsupported",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Allen Solly Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # 006 truth: flat lay, folded white self-design shirt on a white surface, collar and top buttons showing, no person.
    # caption: caption adapter epoch 3 (invents a wearer and trousers); answers: VQA adapter.
    case(
        "X1668-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a white shirt"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "white shirt with a collar and buttons"),
        details("shirt", "yes", "non_answer"),
        gender="Men",
        title="Raymond Men White Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 007 truth: model, navy shirt with a small white dot print, grey trousers, black belt.
    # caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X1668-007",
        caption(
            "His shirt has long sleeves, cotton fabric and graphic patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns. This man "
            "wears a belt. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy shirt and grey pants", who="he"),
        color_of("shirt", "navy", kind="open"),
        shirt_color("navy-white"),
        details("shirt", "polka dots"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Mark Taylor Men Navy Blue Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # 008 truth: model, olive green solid shirt, beige trousers, brown shoes; no gender column in this row.
    # caption: caption adapter epoch 3 (stopped before the limit); answers: VQA adapter.
    case(
        "X1668-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "green shirt green shirt green shirt green shirt green shirt green shirt green shirt green shirt green "
            "shirt green shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        title="Hancock Men Olive Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Olive",
    ),
    # 009 truth: model, sky blue short-sleeved solid shirt, navy trousers.
    # caption: caption adapter epoch 3 (long-sleeve for a short-sleeved shirt); answers: VQA adapter.
    case(
        "X1668-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline.",
            "contradiction",
        ),
        wearing("a blue shirt and blue pants", who="he"),
        color_of("shirt", "light blue", kind="open"),
        describe("shirt", "blue short sleeve shirt"),
        details("shirt", "Answer: short sleeves", "leak"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Peter England Men Sky Blue Regular Fit Solid Short Sleeves Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 010 truth: model, maroon solid shirt, black trousers, black belt.
    # caption: caption adapter epoch 3; answers: VQA adapter (one answer runs on into the next Question/Answer).
    case(
        "X1668-010",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This gentleman "
            "wears a belt. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and black pants", who="he"),
        color_of(
            "shirt",
            "maroon Question: What is the color of the pants? Answer: black Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Blackberrys Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # 011 truth: model, black solid shirt without a chest pocket, black trousers, silver watch.
    # caption: caption adapter epoch 3; answers: VQA adapter (a chest pocket invented).
    case(
        "X1668-011",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("black shirt and black pants", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        shirt_color("black"),
        describe("shirt", "a black shirt with a pocket on the chest", "unsupported"),
        gender="Men",
        title="Arrow Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
    ),
    # 012 truth: back view, model turned away, blue and white checked shirt (yoke and back pleat), navy trousers.
    # caption: caption adapter epoch 3 (stopped early); answers: VQA adapter.
    case(
        "X1668-012",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a blue and white checkered shirt", who="he"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "it is a shirt", "restated"),
        details("shirt", "checkered"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Louis Philippe Men White & Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 013 truth: model, cream solid shirt styled under an open navy blazer, grey trousers.
    # caption: caption adapter epoch 3; answers: VQA adapter (the shirt given the blazer's navy; "no" to the shirt).
    case(
        "X1668-013",
        caption(
            "The man is wearing a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. Its neckline is lapel. The man wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue jacket and white shirt", who="he"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        shirt_color("off white"),
        is_a("shirt", "no", "contradiction"),
        gender="Men",
        title="Van Heusen Men Cream-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Cream",
    ),
    # 014 truth: model, pink and white striped shirt, navy trousers.
    # caption: caption adapter epoch 3 (loops on one sentence); answers: VQA adapter.
    case(
        "X1668-014",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. The shirt "
            "is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("pink shirt", who="he"),
        color_of("shirt", "pink-white", kind="open"),
        details("shirt", "pink and white stripes"),
        describe("shirt", "a pink and white striped shirt with a collar"),
        gender="Men",
        title="Hancock Men Pink & White Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # 015 truth: model, grey solid shirt, black trousers, black belt, no watch.
    # caption: caption adapter epoch 3; answers: VQA adapter (grey for both garments).
    case(
        "X1668-015",
        caption(
            "This man is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. The man wears a belt. There "
            "is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("grey shirt and grey pants", "contradiction", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Mark Taylor Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # 016 truth: model, blue self-design shirt with a navy tie, grey trousers, belt.
    # caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X1668-016",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns. This man "
            "wears a neckwear. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and a tie", who="he"),
        color_of("shirt", "blue", kind="open"),
        details("shirt", "the shirt has a collar and buttons"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Raymond Men Blue Slim Fit Self Design Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 017 truth: model, charcoal grey solid trousers, white shirt tucked in, black shoes.
    # caption: caption adapter epoch 3; answers: VQA adapter (the trousers given the shirt's white).
    case(
        "X1668-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("white shirt and grey pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "pants", "restated"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # 018 truth: model, beige solid trousers with side and back pockets, light blue shirt tucked in.
    # caption: caption adapter epoch 3 (stopped early); answers: VQA adapter.
    case(
        "X1668-018",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("blue shirt and khaki pants", who="he"),
        color_of("pants", "khaki", kind="open"),
        describe("pants", "beige pants with pockets"),
        details(
            "pants",
            "the pants have a belt loop and a pocket on the side and a pocket on the back and a pocket on the front "
            "and a",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Park Avenue Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # 019 truth: model, black solid poly-viscose trousers, light pink shirt, black belt.
    # caption: caption adapter epoch 3 (denim invented); answers: VQA adapter.
    case(
        "X1668-019",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with denim fabric and pure color patterns. This man "
            "wears a belt. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("pink shirt and black pants", who="he"),
        color_of(
            "pants",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("pants", "black pants"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Invictus Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # 020 truth: model, navy trousers with a faint check, white shirt tucked in.
    # caption: caption adapter epoch 3 (pure color for the checked trousers); answers: VQA adapter ("she").
    case(
        "X1668-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a white shirt and blue pants", who="he"),
        color_of("pants", "navy", kind="open"),
        describe("pants", "she is wearing blue pants", "pronoun"),
        details("pants", "checkered"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # 021 truth: back view, model walking away, grey trousers with two back welt pockets, light blue shirt, no watch.
    # caption: caption adapter epoch 3 ("lady", "her wrist"); answers: VQA adapter.
    case(
        "X1668-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an accessory "
            "on her wrist. The lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a blue shirt and grey pants", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "the back pockets"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Blackberrys Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # 022 truth: model, khaki solid trousers, white shirt, brown belt, steel watch; no category column in this row.
    # caption: caption adapter epoch 3 (ran to 50 tokens and ended on a full stop); answers: VQA adapter.
    case(
        "X1668-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. The gentleman wears a belt. "
            "There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a white shirt and khaki pants", who="he"),
        color_of("pants", "khaki", kind="open"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        describe("pants", "khaki pants with a belt"),
        gender="Men",
        title="Raymond Men Khaki Regular Fit Solid Formal Trousers",
        color="Khaki",
    ),
    # 023 truth: flat lay, folded grey melange trousers on white, waistband and side pocket showing, no person.
    # caption: caption adapter epoch 3 (loops); answers: VQA adapter.
    case(
        "X1668-023",
        caption(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        wearing("pants"),
        color_of("pants", "grey", kind="open"),
        details("pants", "they are pants", "non_answer"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Arrow Men Grey Melange Tapered Fit Self Design Formal Trousers",
        category="Trousers",
        color="Grey Melange",
    ),
    # 024 truth: model, black solid trousers, lavender shirt tucked in.
    # caption: caption adapter epoch 3 (stopped early); answers: VQA adapter ("no" to the trousers).
    case(
        "X1668-024",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing(
            "a purple shirt and black pants a purple shirt and black pants a purple shirt and black pants a purple "
            "shirt and black pants",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        describe("pants", "black pants"),
        is_a("pair of trousers", "no", "contradiction"),
        gender="Men",
        title="Peter England Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # 025 truth: model, olive solid full-length trousers, white shirt, brown belt.
    # caption: caption adapter epoch 3 (three-point length for trousers); answers: VQA adapter.
    case(
        "X1668-025",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. This "
            "gentleman wears a belt. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white shirt and green pants", who="he"),
        color_of("pants", "olive", kind="open"),
        details("pants", "a belt and pockets"),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="Louis Philippe Men Olive Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Olive",
    ),
    # 026 truth: model, cream solid trousers, navy shirt, tan belt.
    # caption: caption adapter epoch 3; answers: VQA adapter (the trousers given the shirt's navy).
    case(
        "X1668-026",
        caption(
            "This man is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. The man wears a belt. There "
            "is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("navy shirt and white pants", who="he"),
        color_of("pants", "navy", "other_garment_color", kind="open"),
        details(
            "pants",
            "the pants details are the pants details are the pants details are the pants details are the pants "
            "details are the pants",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        gender="Men",
        title="MANQ Men Cream-Coloured Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Cream",
    ),
    # 027 truth: model, charcoal grey single-breasted blazer worn open over a white shirt, black trousers.
    # caption: caption adapter epoch 3; answers: VQA adapter (the shirt given the blazer's grey; empty details).
    case(
        "X1668-027",
        caption(
            "The man is wearing a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. Its neckline is lapel. The man wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey jacket and a white shirt", who="he"),
        color_of("blazer", "grey", kind="open"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        describe("blazer", "grey blazer with two buttons"),
        details("blazer", "", "non_answer"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Raymond Men Charcoal Grey Solid Single-Breasted Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # 028 truth: model, navy blazer buttoned (navy horn buttons) over a light blue shirt, beige trousers.
    # caption: caption adapter epoch 3 (sweater for a blazer); answers: VQA adapter (black for navy, gold buttons).
    case(
        "X1668-028",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a blue jacket and khaki pants", who="he"),
        color_of("blazer", "black", "contradiction", kind="open"),
        describe("blazer", "navy blue blazer with gold buttons", "unsupported"),
        is_a("blazer", "yes"),
        gender="Men",
        title="MANQ Men Navy Blue Solid Slim-Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # 029 truth: model, beige and brown checked blazer over a white shirt, brown trousers, watch on the left wrist.
    # caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X1668-029",
        caption(
            "His outer clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "trousers this man wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown plaid jacket", who="he"),
        color_of("blazer", "beige-brown", kind="open"),
        describe(
            "blazer",
            "a beige and brown checkered blazer with a notch lapel and two buttons on the front and a flap pocket on "
            "each side and a",
            "cut",
            hit_limit=True,
        ),
        details(
            "blazer",
            "plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid plaid",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        gender="Men",
        title="Blackberrys Men Beige & Brown Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Beige",
    ),
    # 030 truth: back view, model turned away, black blazer with a double vent, black trousers.
    # caption: caption adapter epoch 3 (stopped early); answers: VQA adapter ("she").
    case(
        "X1668-030",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a black jacket and black pants", who="he"),
        color_of("blazer", "black", kind="open"),
        describe("blazer", "she is wearing a black blazer with a slit in the back", "pronoun"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Van Heusen Men Black Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # 031 truth: model, maroon self-design blazer over a black shirt, black trousers; no gender column in this row.
    # caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X1668-031",
        caption(
            "The man is wearing a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. Its neckline is lapel. The man wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("a red jacket and black shirt", who="he"),
        color_of(
            "blazer",
            "maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        details("blazer", "the blazer details", "restated"),
        is_a("blazer", "yes"),
        title="Park Avenue Men Maroon Self Design Slim Fit Formal Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # 032 truth: model, blue blazer over a white shirt and navy tie, grey trousers, holding a brown leather briefcase.
    # caption: caption adapter epoch 3; answers: VQA adapter ("suit" for a blazer worn with grey trousers).
    case(
        "X1668-032",
        caption(
            "This man is wearing a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. Its neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue suit and tie", "contradiction", who="he"),
        color_of("blazer", "blue", kind="open"),
        describe("blazer", "a blue blazer"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
    ),
    # 033 truth: model, grey checked blazer over a black knit polo-neck, black trousers, no pocket square.
    # caption: caption adapter epoch 3; answers: VQA adapter (a pocket square invented).
    case(
        "X1668-033",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with cotton "
            "fabric. Its neckline is lapel. The gentleman wears a long-sleeve sweater with pure color patterns. The "
            "sweater is with knitting fabric. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey plaid jacket and black sweater", who="he"),
        color_of("blazer", "grey", kind="open"),
        describe("blazer", "grey checkered blazer with two buttons and a pocket square", "unsupported"),
        is_a("blazer", "yes"),
        gender="Men",
        title="Hangup Men Grey Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # 034 truth: model, navy two-piece suit (two buttons, notch lapel, flap pockets), white shirt, no tie.
    # caption: caption adapter epoch 3; answers: VQA adapter (the shirt given the suit's navy).
    case(
        "X1668-034",
        caption(
            "The man is wearing a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. Its neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. The man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue suit and white shirt", who="he"),
        color_of("suit", "navy", kind="open"),
        color_of("pants", "navy", kind="open"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        details(
            "suit",
            "the suit is a two button suit with a notch lapel and a flap pocket on the side and a",
            "cut",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        gender="Men",
        title="Raymond Men Navy Blue Solid Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # 035 truth: model, charcoal suit with a faint check, light blue shirt, burgundy tie.
    # caption: caption adapter epoch 3 (pure color for a checked suit); answers: VQA adapter (the tie given grey).
    case(
        "X1668-035",
        caption(
            "His outer clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "trousers this man wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "This man wears a neckwear. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a grey suit and a red tie", who="he"),
        color_of("suit", "grey", kind="open"),
        color_of("tie", "grey", "other_garment_color", kind="open"),
        details("suit", "checkered"),
        is_a("suit", "yes"),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Checked Slim Fit Formal Suit",
        category="Suits",
        color="Charcoal",
    ),
    # 036 truth: model, black solid suit, white shirt, black tie.
    # caption: caption adapter epoch 3 ("lady"); answers: VQA adapter.
    case(
        "X1668-036",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. Its neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The lady wears",
            "pronoun",
            hit_limit=True,
        ),
        wearing("black suit", who="he"),
        color_of("suit", "black", kind="open"),
        describe("suit", "black suit with white shirt and black tie"),
        details("suit", "no", "non_answer"),
        is_a("suit", "yes"),
        gender="Men",
        title="Louis Philippe Men Black Solid Slim Fit Formal Suit",
        category="Suits",
        color="Black",
    ),
    # 037 truth: model, beige self-design suit, white shirt, brown shoes.
    # caption: caption adapter epoch 3 (stopped early); answers: VQA adapter (the suit's details given the shirt's
    # white).
    case(
        "X1668-037",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. Its neckline is lapel. The gentleman wears a long trousers."
        ),
        wearing("a tan suit", who="he"),
        color_of("suit", "tan", kind="open"),
        describe("suit", "the suit is a suit", "restated"),
        details("suit", "white", "other_garment_color"),
        is_a("suit", "yes"),
        gender="Men",
        title="Van Heusen Men Beige Self Design Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Beige",
    ),
    # 038 truth: model, grey three-piece suit (jacket open over the waistcoat), white shirt, no tie.
    # caption: caption adapter epoch 3; answers: VQA adapter (an answer runs on into the next Question/Answer).
    case(
        "X1668-038",
        caption(
            "The man is wearing a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. Its neckline is lapel. The man wears a vest with pure color patterns. The vest is with "
            "cotton fabric. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey suit and vest", who="he"),
        color_of(
            "suit",
            "grey Question: What is the color of the vest? Answer: grey Question: What is the color of the shirt? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        is_a("vest", "yes"),
        gender="Men",
        title="Park Avenue Men Grey Solid Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Grey",
    ),
    # 039 truth: model seated on a wooden stool, blue checked suit, white shirt, watch on the left wrist.
    # caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X1668-039",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with cotton "
            "fabric. Its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric "
            "and lattice patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "blue suit blue suit blue suit blue suit blue suit blue suit blue suit blue suit blue suit blue suit",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("suit", "blue", kind="open"),
        details("suit", "plaid"),
        is_a("suit", "yes"),
        gender="Men",
        title="Mark Taylor Men Blue Checked Slim Fit Formal Suit",
        category="Suits",
        color="Blue",
    ),
    # 040 truth: flat lay, maroon woven-design broad tie laid in an S on white, no person, no shirt.
    # caption: caption adapter epoch 3 (a shirt and trousers for a tie); answers: VQA adapter.
    case(
        "X1668-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a tie"),
        color_of("tie", "maroon", kind="open"),
        describe("tie", "red tie with a pattern"),
        is_a("tie", "yes"),
        gender="Men",
        title="The Tie Hub Men Maroon Woven Design Broad Tie",
        category="Ties",
        color="Maroon",
    ),
    # 041 truth: cropped torso shot, navy tie with thin white stripes knotted on a white shirt.
    # caption: caption adapter epoch 3 (stopped early); answers: VQA adapter (the tie given the shirt's white).
    case(
        "X1668-041",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is a "
            "neckwear on his neck."
        ),
        wearing("a white shirt and a blue tie", who="he"),
        color_of("tie", "white", "other_garment_color", kind="open"),
        details("tie", "stripes"),
        describe("tie", "a blue tie with white stripes"),
        is_a("tie", "yes"),
        gender="Men",
        title="Alvaro Castagnino Men Navy Blue Striped Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # 042 truth: model, black self-design skinny tie on a white shirt, grey trousers; the title names no material.
    # caption: caption adapter epoch 3 (loops); answers: VQA adapter (silk invented).
    case(
        "X1668-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric. It has a lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        wearing("black tie and white shirt", who="he"),
        color_of("tie", "black", kind="open"),
        describe("tie", "a black skinny tie"),
        BLIND_QUESTIONS.material("silk", "unsupported"),
        is_a("tie", "yes"),
        gender="Men",
        title="Tossido Men Black Self-Design Skinny Tie",
        category="Ties",
        color="Black",
    ),
    # 043 truth: flat lay, blue checked broad tie laid straight on grey, no person.
    # caption: caption adapter epoch 3 (an outfit for a tie); answers: VQA adapter.
    case(
        "X1668-043",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This gentleman "
            "wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tie"),
        color_of("tie", "blue", kind="open"),
        details(
            "tie",
            "checkered checkered checkered checkered checkered checkered checkered checkered checkered checkered "
            "checkered checkered checkered checkered checkered",
            "loop",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        gender="Men",
        title="Blackberrys Men Blue Checked Broad Tie",
        category="Ties",
        color="Blue",
    ),
    # 044 truth: model, solid red tie styled with a navy suit and white shirt.
    # caption: caption adapter epoch 3; answers: VQA adapter ("no" to the tie; an answer runs into Question/Answer).
    case(
        "X1668-044",
        caption(
            "The man is wearing a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. Its neckline is lapel. The man wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue suit and red tie", who="he"),
        color_of("tie", "red", kind="open"),
        describe(
            "tie",
            "red Question: Is this a tie? Answer: no Question: Is this a tie? Answer: no Question: Is this a tie? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("tie", "no", "contradiction"),
        gender="Men",
        title="Peter England Men Red Solid Tie",
        category="Ties",
        color="Red",
    ),
    # 045 truth: model, grey self-design waistcoat buttoned over a white shirt, black trousers.
    # caption: caption adapter epoch 3; answers: VQA adapter (the shirt given the waistcoat's grey).
    case(
        "X1668-045",
        caption(
            "The gentleman wears a vest with pure color patterns. The vest is with cotton fabric. The gentleman wears "
            "a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The gentleman wears a long "
            "trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey vest and a white shirt", who="he"),
        color_of("vest", "grey", kind="open"),
        describe("vest", "grey vest with buttons and pockets"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        is_a("vest", "yes"),
        gender="Men",
        title="Van Heusen Men Grey Self-Design Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
    ),
]
