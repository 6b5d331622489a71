"""BLIND_37 (44 products; a men's formalwear and tailoring shop): written blind in the fifteenth session.
Measured blind at 67683bc: 109/142 and 27/144. The writer's notes, verbatim:


Scenario
--------
A men's formalwear and tailoring shop in the manner of Suitsupply or Charles Tyrwhitt: two- and three-piece suits,
blazers, waistcoats, dress shirts, ties and pocket squares, chinos, wool trousers, overcoats, knitted polos and
loafers. Most photos show one man on a light grey or beige studio backdrop; some are flat lays of shirts and ties,
a few are product shots of shoes, a few are outdoor shots (street, park, terrace, boardwalk, brick wall). The
catalog columns are the shop's own: gender "Men"; categories Suits, Blazers, Waistcoats, Formal Shirts, Ties,
Pocket Squares, Trousers, Knitwear, Coats, Shoes; colors in the shop's words (Mid Grey, Navy Herringbone, Light Blue
Twill, Sky Blue Gingham, Burgundy Paisley, Camel, Charcoal Pinstripe, Ivory, Stone, Sand...). Five products have no
catalog columns at all (a sample shoot before the listings were written).

Which system wrote which text
-----------------------------
The comment above each Case names the photo and the captioner. Captioners:
- the untuned base `Salesforce/blip2-opt-2.7b` (short "a man in a grey suit ..." captions);
- the caption adapter, epoch 1 or epoch 3 (DeepFashion-MultiModal template: "The gentleman wears a long-sleeve
  jacket with pure color patterns. The jacket is with cotton fabric ..."; patterns, no hues; trained mostly on
  women, so it often says "lady"; no end token, so long templates run to the 50-token limit or loop).
Answers come from enrich's default questionnaire (DEFAULT_QUESTIONS) plus is_a yes/no questions and a few
color_of questions, written by, as the comment says:
- enrich with the mixed-task adapter: closed questions answered by ranking candidates (clean one-word answers),
  open questions by free generation that stops on the newline (a long answer can still run to 30 tokens);
- the untuned base with the `Question: ... Answer:` prompt (short answers; sometimes runs on into a new
  "Question:" line, echoes "Answer:", loops, runs long to the limit, or repeats one color for every garment);
- the caption adapter (epoch 3) used for every prompt, which returns its caption template whatever is asked;
- the VQA adapter `Data3_V3_BLIP2_VQA` (In-shop class names such as "jacket/coat", yes/no; no end token: loops);
- the extractive QA model over the caption-adapter caption (answers are spans of the caption; empty when it finds
  no span).
When a closed question was answered by free generation rather than ranking, the raw text is stored (so a closed
answer can loop or leak).

How it was written
------------------
Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
makers and TARGETS). I did not read the audits, enrich, the queries, the docs, the other corpora or git history, and
ran nothing but the import check. The photos are imagined; every label is judged against the photo described in
the comment and the catalog columns.

Label conventions and judgement calls
-------------------------------------
- cut: a text that stops mid-phrase because it ran to the limit (30 new tokens for answers, 50 for captions).
  hit_limit=True is set on every text that ran to the limit, whatever its label: loops, caption-template answers
  and leaks that ran on are labelled by their main failure (loop / restated / leak) and still carry hit_limit.
  No correct text has hit_limit.
- loop: a word or phrase repeated until the limit ("navy navy navy ...", "a grey coat, a grey coat, ...").
- restated: the caption (template or base caption) returned as the answer to a question that is not the caption,
  including the extractive model returning the whole caption as its span.
- non_answer: empty text, or only the question's words back ("the material of the garment", "the color of the
  coat", "the tie", "the tie is a tie"), or words with no content ("it is a garment", "fabric", "it is made of
  fabric"), or a pattern word given to the color question by the extractive model ("pure color": says nothing
  about hue; "pure color" to the pattern question is correct).
- leak: "Question:" / "Answer:" from the prompt format inside the answer, whether or not a real answer follows.
- contradiction: a color, garment, pattern or sleeve length that the photo and the catalog contradict and that
  belongs to no other garment in the photo (a background's color: "red" from a brick wall, "blue" from the sea;
  "black" for charcoal or navy; "dress" for a suit, "shorts" for chinos, "scarf" for a tie; "short sleeve" for a
  long-sleeved garment, rolled-up sleeves included; a sleeve length for a waistcoat or shoes; "yes" to the wrong
  garment). A product answered as the garment worn over or under it (the tie or pocket square as "shirt" /
  "jacket", the dinner shirt or roll neck as "jacket", "yes" to "Is this a shirt?" for a waistcoat) counts as
  contradiction, not other_garment_color, since it is a garment, not a color.
- other_garment_color: the answer gives the asked garment the color of another garment visible in the photo (the
  tie's product color answered with the shirt's white; "grey" shirt under a grey suit when the shirt is blue).
- unsupported: an invented detail the photo does not show (a belt on an unbelted coat, cufflinks, elbow patches,
  tassels and a horsebit, a zip and a logo, sunglasses, a watch, a crest and gold buttons on a plain blazer, a
  velvet collar, leather buttons, a tie clip, a monogram, white contrast collar and cuffs, a satin back that
  cannot be seen). Gold buttons on the blazer that has them are correct.
- pronoun: "lady" / "woman" / "she" for the man in the photo (or "lady" in a caption of a men's shoe product
  shot), in captions and in open answers ("she is wearing ...", "a woman in a blue checked suit ...").
- One label per text, the main failure: a caption-template answer that ran to the limit is restated, a loop is a
  loop, a leak that ran on is a leak, and a caption-template caption saying "lady" is pronoun.
- Correct, deliberately: near-color synonyms (Camel -> tan/beige/brown, Ivory -> white, Charcoal -> dark grey/grey,
  Burgundy -> red/burgundy, Navy -> blue, Sand -> beige, Stone -> beige/khaki, Olive -> green, Silver Grey ->
  silver); the DeepFashion pattern words (gingham/check -> lattice or plaid, paisley -> floral, pinstripe ->
  striped, herringbone or twill -> solid/pure color); backgrounds named in captions ("grey wall", "brick wall");
  layers ("a grey vest over a white shirt"); "jacket" for a blazer or an overcoat; "vest" for a waistcoat;
  "sweater" or "polo shirt" for a knitted polo; "shoes" for loafers; yes/no answers to is_a questions; a
  wearing answer that describes the product in a product shot with no person ("a pair of brown loafers").
- A caption that only partly describes the outfit (the template names the shirt and trousers, not the jacket) is
  correct when what it says is true.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_37: list[Case] = [
    # 1. Man on a light grey backdrop, full length: Mid Grey two-piece suit, white shirt, navy tie, brown shoes.
    # Caption: untuned base. Answers: enrich, mixed-task adapter (closed by ranking); wearing (ran on into a new
    # prompt) and color_of by the untuned base.
    case(
        "SU-2041-MG",
        caption("a man in a grey suit and blue tie standing in front of a grey wall"),
        D.wearing(
            "a grey suit, a white shirt and a navy tie\nQuestion: What is the color of the tie? Answer: navy\n"
            "Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("suit"),
        D.color("grey"),
        D.description(
            "a grey two-piece suit with notch lapels, two buttons and flap pockets, worn with a white shirt and a "
            "navy tie, the trousers are",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey", "other_garment_color"),
        gender="Men",
        category="Suits",
        color="Mid Grey",
        title="Lazio Mid Grey Two-Piece Suit",
    ),
    # 2. Man on a beige backdrop: Navy Herringbone three-piece suit, jacket open over the matching waistcoat, light
    # blue shirt, burgundy tie. Caption: caption adapter, epoch 3. Open answers, color and color_of: the same
    # adapter (it returns its template for every prompt); garment_type and is_a by ranking.
    case(
        "SU-3310-NH",
        caption(
            "The gentleman is wearing a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman is wearing a long-sleeve shirt with solid color patterns. The shirt is with cotton "
            "fabric and its",
            "restated",
            hit_limit=True,
        ),
        D.color("The gentleman is wearing a long-sleeve shirt with solid color patterns.", "restated"),
        D.garment_type("suit"),
        D.material(
            "The gentleman is wearing a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric.",
            "restated",
        ),
        is_a("suit", "yes"),
        color_of("tie", "The gentleman is wearing a long-sleeve shirt with solid color patterns.", "restated"),
        gender="Men",
        category="Suits",
        color="Navy Herringbone",
        title="Navy Herringbone Three-Piece Suit",
    ),
    # 3. Man on a light grey backdrop, hands in pockets: Charcoal Pinstripe two-piece suit, white shirt open at the
    # collar, no tie, black shoes. Caption: untuned base. Answers: VQA adapter (free generation, no end token);
    # description by the untuned base.
    case(
        "SU-2207-CP",
        caption("a man in a dark grey pinstriped suit with his hands in his pockets"),
        D.wearing(
            "a suit and a white shirt a suit and a white shirt a suit and a white shirt a suit and a white shirt a",
            "loop",
            hit_limit=True,
        ),
        D.color(
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.sleeve_length("long sleeve"),
        color_of("shirt", "white"),
        D.description(
            "a dark grey pinstripe suit with a white shirt, the jacket has two buttons and notch lapels, the "
            "trousers have a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Suits",
        color="Charcoal Pinstripe",
        title="Charcoal Pinstripe Slim Fit Suit",
    ),
    # 4. Man on a beige backdrop: Navy single-breasted blazer with dark horn buttons (no crest), white shirt open
    # at the collar, mid grey wool trousers, brown loafers. Caption: untuned base. Answers: enrich, mixed-task
    # adapter; color_of by the untuned base.
    case(
        "BL-1150-NV",
        caption("a man wearing a navy blazer, white shirt and grey pants"),
        D.wearing(
            "a navy blazer over a white shirt with grey trousers and brown loafers, the blazer has two buttons and "
            "the shirt is open at the",
            "cut",
            hit_limit=True,
        ),
        D.color("navy"),
        D.garment_type("jacket"),
        D.details("gold buttons on the front and on the cuffs, a crest on the chest pocket", "unsupported"),
        color_of("pants", "navy", "other_garment_color"),
        gender="Men",
        category="Blazers",
        color="Navy",
        title="Navy Hopsack Blazer",
    ),
    # 5. Outdoors, a city street in winter: man walking in a knee-length Camel wool overcoat (no belt) over a
    # charcoal suit and white shirt. Caption: untuned base. Answers: untuned base.
    case(
        "CO-4402-CA",
        caption("a man in a tan coat walking down a city street"),
        D.wearing("a long tan coat over a dark grey suit"),
        D.color("the color of the coat", "non_answer"),
        D.description("a camel coat with a notch lapel and a belt at the waist", "unsupported"),
        D.material(
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool "
            "wool wool wool wool wool wool wool wool wool wool",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "tan", "other_garment_color"),
        gender="Men",
        category="Coats",
        color="Camel",
        title="Camel Wool Overcoat",
    ),
    # 6. Flat lay on a light grey surface: a folded Light Blue Twill dress shirt, buttoned, no tie. Caption: caption
    # adapter, epoch 1. Answers: extractive QA over that caption (spans of it).
    case(
        "SH-1021-LBT",
        caption(
            "The shirt is long-sleeve with pure color patterns. The shirt is with cotton fabric and its neckline is "
            "lapel."
        ),
        D.garment_type("shirt"),
        D.color("pure color", "non_answer"),
        D.material("cotton"),
        D.details("its neckline is lapel"),
        D.description(
            "The shirt is long-sleeve with pure color patterns. The shirt is with cotton fabric and its neckline is "
            "lapel.",
            "restated",
        ),
        gender="Men",
        category="Formal Shirts",
        color="Light Blue Twill",
        title="Light Blue Twill Slim Fit Shirt",
    ),
    # 7. Man on a light grey backdrop: Sky Blue Gingham shirt with the long sleeves rolled to the elbow, navy
    # chinos, brown belt. Caption: untuned base. Answers: untuned base.
    case(
        "SH-1188-SBG",
        caption("a man in a blue and white checkered shirt and blue pants"),
        D.wearing(
            "a blue checkered shirt and navy pants and a brown belt and a blue checkered shirt and navy pants and a "
            "brown belt and a",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("plaid"),
        D.sleeve_length("short sleeve", "contradiction"),
        D.description(
            "a blue and white gingham shirt with long sleeves rolled up to the elbows, a button down collar and a "
            "chest pocket, the shirt is tucked",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Formal Shirts",
        color="Sky Blue Gingham",
        title="Sky Blue Gingham Slim Fit Shirt",
    ),
    # 8. Flat lay: a Burgundy Paisley silk tie laid on a folded white shirt, beige backdrop. Caption: untuned base.
    # Answers: untuned base; is_a by the VQA adapter.
    case(
        "TI-5502-BP",
        caption("a red paisley tie on a white shirt"),
        D.garment_type("tie"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.description("a burgundy tie with a paisley pattern on a white shirt"),
        is_a("shirt", "yes", "contradiction"),
        D.details("the tie is a tie", "non_answer"),
        gender="Men",
        category="Ties",
        color="Burgundy Paisley",
        title="Burgundy Paisley Silk Tie",
    ),
    # 9. Man on a beige backdrop: Ivory dress shirt worn under a black dinner jacket, black bow tie, black
    # trousers. Caption: caption adapter, epoch 3. Description: the same adapter; the rest: enrich, mixed-task
    # (garment_type by ranking, which picked the dinner jacket over the shirt).
    case(
        "SH-1340-IV",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. She wears a long trousers.",
            "pronoun",
        ),
        D.color("white"),
        D.garment_type("jacket", "contradiction"),
        D.wearing(
            "a black tuxedo with a white shirt and a black bow tie, the jacket has satin peak lapels and one "
            "button and the shirt has a",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel.",
            "restated",
        ),
        color_of("jacket", "black"),
        gender="Men",
        category="Formal Shirts",
        color="Ivory",
        title="Ivory Cotton Dinner Shirt",
    ),
    # 10. Man on a light grey backdrop, front view only: Mid Grey waistcoat (no jacket) over a white shirt,
    # burgundy tie, matching grey trousers. Caption: untuned base. Answers: enrich, mixed-task adapter.
    case(
        "WC-7710-MG",
        caption("a man wearing a grey vest and a red tie"),
        D.garment_type("vest"),
        D.wearing("she is wearing a grey vest over a white shirt with a red tie", "pronoun"),
        D.color("grey"),
        D.sleeve_length("long sleeve", "contradiction"),
        D.details(
            "five buttons on the front and two welt pockets, the back is made of satin with an adjustable strap",
            "unsupported",
        ),
        gender="Men",
        category="Waistcoats",
        color="Mid Grey",
        title="Mid Grey Wool Waistcoat",
    ),
    # 11. Man on a beige backdrop: Navy short-sleeved knitted polo, beige chinos. Caption: caption adapter, epoch 1.
    # Answers: VQA adapter; garment_type by ranking.
    case(
        "KN-6012-NV",
        caption(
            "The man wears a short-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "it has a lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color(
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy navy",
            "loop",
            hit_limit=True,
        ),
        D.wearing("jacket/coat", "contradiction"),
        D.sleeve_length("short sleeve"),
        color_of(
            "pants",
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige "
            "beige beige beige beige beige beige beige beige beige beige beige beige beige",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Knitwear",
        color="Navy",
        title="Navy Knitted Polo Shirt",
    ),
    # 12. Product shot on a beige backdrop, no person: a pair of plain Dark Brown suede penny loafers side by side.
    # Caption: untuned base. Answers: enrich, mixed-task adapter; description by the untuned base.
    case(
        "SH-9003-DB",
        caption("a pair of brown suede loafers on a beige background"),
        D.garment_type("shoes"),
        D.color("brown"),
        D.wearing("a pair of brown loafers"),
        D.details("tassels on the front and a gold horsebit buckle", "unsupported"),
        D.sleeve_length("long sleeve", "contradiction"),
        D.description(
            "a pair of brown suede loafers with a leather sole and a penny strap, the loafers are placed side by "
            "side on a beige background and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shoes",
        color="Dark Brown Suede",
        title="Dark Brown Suede Penny Loafers",
    ),
    # 13. Man on a light grey backdrop: Stone chinos, white oxford shirt tucked in, brown belt, brown loafers.
    # Caption: caption adapter, epoch 3. Description and details: the same adapter; the rest: enrich, mixed-task.
    case(
        "TR-3120-ST",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.wearing("a white shirt tucked into beige chinos with a brown belt"),
        D.description(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel.",
            "restated",
        ),
        gender="Men",
        category="Trousers",
        color="Stone",
        title="Stone Cotton Chinos",
    ),
    # 14. Cropped waist-down on a light grey backdrop: Charcoal flat-front wool trousers with a pressed crease, black
    # shoes. Caption: untuned base. Answers: untuned base.
    case(
        "TR-3305-CH",
        caption("a pair of dark grey dress pants"),
        D.color("black", "contradiction"),
        D.garment_type("pants"),
        D.details(
            "pleated front pleated front pleated front pleated front pleated front pleated front pleated front "
            "pleated front pleated front pleated",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),
        D.description(
            "dark grey wool trousers with a flat front and a crease down the leg, the trousers have belt loops, two "
            "side pockets and two back",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Charcoal Wool Trousers",
    ),
    # 15. Close crop of a man's chest: a White linen pocket square folded in the breast pocket of a navy blazer,
    # light blue shirt. Caption: untuned base. Answers: enrich, mixed-task adapter.
    case(
        "AC-8801-WH",
        caption("a close up of a man in a navy blazer with a white pocket square"),
        D.garment_type("jacket", "contradiction"),
        D.color("navy", "other_garment_color"),
        D.material("linen"),
        D.wearing(
            "he is wearing a navy blazer, a light blue shirt, a white pocket square and a silver watch", "unsupported"
        ),
        D.description("a white pocket square folded in the breast pocket of a navy jacket"),
        gender="Men",
        category="Pocket Squares",
        color="White",
        title="White Linen Pocket Square",
    ),
    # 16. Outdoors in a park: man in a Brown Check wool blazer (brown with a faint blue overcheck), cream roll-neck
    # knit, grey flannel trousers; arms at his sides, elbows not visible. Caption: untuned base. Answers: untuned
    # base.
    case(
        "BL-1420-BC",
        caption("a man in a brown plaid jacket standing in a park"),
        D.wearing("she is wearing a brown plaid blazer over a cream sweater and grey pants", "pronoun"),
        D.color("brown"),
        D.pattern("plaid"),
        D.details("elbow patches on the sleeves and leather buttons", "unsupported"),
        D.description(
            "a brown checked blazer with notch lapels, two buttons and patch pockets. the jacket is made of wool "
            "and has a blue check pattern that",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "brown", "other_garment_color"),
        gender="Men",
        category="Blazers",
        color="Brown Check",
        title="Brown Check Wool Blazer",
    ),
    # 17. Man on a beige backdrop: Black peak-lapel dinner suit with satin lapels, white dinner shirt, black bow
    # tie. Caption: untuned base. Answers: VQA adapter.
    case(
        "SU-9901-BK",
        caption("a man in a black tuxedo and bow tie"),
        D.wearing("jacket/coat"),
        D.color("black"),
        is_a("dress", "yes", "contradiction"),
        is_a("suit", "yes"),
        color_of("shirt", "black", "other_garment_color"),
        D.details(
            "satin satin satin satin satin satin satin satin satin satin satin satin satin satin satin satin satin "
            "satin satin satin satin satin satin satin satin satin satin satin satin satin",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Suits",
        color="Black",
        title="Black Peak Lapel Dinner Suit",
    ),
    # 18. Outdoors, a winter street: man in a Navy double-breasted wool overcoat over a grey suit, grey scarf.
    # Caption: caption adapter, epoch 1. Answers: extractive QA over that caption.
    case(
        "CO-4510-NV",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with wool fabric and it "
            "has a lapel neckline. There is a scarf on his neck. The gentleman wears a long trousers."
        ),
        D.garment_type("jacket"),
        D.color("", "non_answer"),
        D.material("wool"),
        D.wearing("a long-sleeve jacket"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with wool fabric and "
            "it has a lapel neckline. There is a scarf on his neck.",
            "restated",
        ),
        gender="Men",
        category="Coats",
        color="Navy",
        title="Navy Double-Breasted Overcoat",
    ),
    # 19. Man on a light grey backdrop, no jacket: White poplin dress shirt with barrel cuffs (no cufflinks), navy
    # tie, charcoal trousers. Caption: untuned base. Answers: untuned base.
    case(
        "SH-1002-WH",
        caption("a man in a white shirt and a blue tie"),
        D.color("white"),
        D.wearing("he is wearing a white shirt and a navy tie"),
        D.description("a white dress shirt with a spread collar and french cuffs with silver cufflinks", "unsupported"),
        color_of("tie", "white", "other_garment_color"),
        D.garment_type(
            "shirt\nQuestion: What is the color of the shirt? Answer: white\nQuestion: What is the color of the "
            "tie? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Formal Shirts",
        color="White",
        title="White Poplin Formal Shirt",
    ),
    # 20. Man on a beige backdrop: Pale Pink oxford button-down shirt with a chest pocket, open collar, navy
    # chinos. Caption: untuned base. Answers: untuned base.
    case(
        "SH-1077-PP",
        caption("a woman in a pink shirt and blue pants", "pronoun"),
        D.color("pink"),
        D.wearing("she is wearing a pink shirt and blue pants", "pronoun"),
        D.garment_type("shirt"),
        D.details(
            "a button down collar and a chest pocket on the left side, the shirt has long sleeves with a single "
            "button cuff and a curved hem that",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton\nQuestion: What is the color of the shirt? Answer: pink\nQuestion: What is the color of the "
            "pants? Answer: blue\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Formal Shirts",
        color="Pale Pink",
        title="Pale Pink Oxford Button-Down Shirt",
    ),
    # 21. Close crop of a man's chest on a light grey backdrop: Navy grenadine tie, white shirt, grey suit jacket.
    # Caption and the open/closed answers: caption adapter, epoch 3 (template for every prompt), except
    # garment_type (ranking, mixed-task adapter) and is_a / color_of (untuned base).
    case(
        "TI-5120-NV",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory on his neck."
        ),
        D.garment_type("shirt", "contradiction"),
        D.color(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel.",
            "restated",
        ),
        D.pattern("The man wears a long-sleeve shirt with pure color patterns.", "restated"),
        D.material(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an",
            "restated",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
        color_of("tie", "navy"),
        gender="Men",
        category="Ties",
        color="Navy",
        title="Navy Silk Grenadine Tie",
    ),
    # 22. Man on a light grey backdrop: Light Grey flannel trousers, navy knitted polo tucked in, brown loafers.
    # Caption: untuned base. Answers: enrich, mixed-task adapter; wearing and details by the untuned base.
    case(
        "TR-3410-LG",
        caption("a man in a navy sweater and grey pants standing in front of a grey wall"),
        D.garment_type("pants"),
        D.color("navy", "other_garment_color"),
        D.wearing(
            "a navy knit polo tucked into light grey flannel trousers and brown suede loafers, the polo has short "
            "sleeves and three buttons and the trousers",
            "cut",
            hit_limit=True,
        ),
        D.material("wool"),
        D.details(
            "a flat front, belt loops and side pockets, a flat front, belt loops and side pockets, a flat front, "
            "belt loops and side",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Light Grey",
        title="Light Grey Wool Flannel Trousers",
    ),
    # 23. Man on a beige backdrop (close to the knit's color): Camel long-sleeved merino knitted polo with a
    # three-button placket (self-colored buttons), charcoal trousers. Caption: untuned base. Answers: enrich;
    # description, material and wearing by the untuned base.
    case(
        "KN-6230-CA",
        caption("a man in a tan sweater standing in front of a beige wall"),
        D.garment_type("sweater"),
        D.color("beige"),
        D.sleeve_length("long sleeve"),
        D.description(
            "a camel knitted polo with a three button placket and ribbed cuffs and hem, the polo is made of merino "
            "wool and has a",
            "cut",
            hit_limit=True,
        ),
        D.material("merino wool with leather buttons", "unsupported"),
        D.wearing(
            "a tan sweater and grey pants grey pants grey pants grey pants grey pants grey pants grey pants grey "
            "pants grey pants",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Knitwear",
        color="Camel",
        title="Camel Merino Long Sleeve Knitted Polo",
    ),
    # 24. Outdoors on a terrace above the sea: man in a Sand linen two-piece suit, white linen shirt open at the
    # collar, no tie, nothing in his hands, no sunglasses. Caption: untuned base. Answers: untuned base.
    case(
        "SU-5505-SA",
        caption("a man in a beige suit standing on a balcony overlooking the ocean"),
        D.color("beige"),
        D.material(
            "linen linen linen linen linen linen linen linen linen linen linen linen linen linen linen linen linen "
            "linen linen linen linen linen linen linen linen linen linen linen linen linen",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("suit"),
        D.wearing("a beige suit with a white shirt and sunglasses", "unsupported"),
        D.details(
            "notch lapels, two buttons and patch pockets on the jacket, a flat front on the trousers and the shirt "
            "is open at the collar with the",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "contradiction"),
        gender="Men",
        category="Suits",
        color="Sand",
        title="Sand Linen Suit",
    ),
    # 25. Man on a light grey backdrop: Mid Blue Check wool suit, white shirt, brown knitted tie. Caption: caption
    # adapter, epoch 1. Answers: enrich; wearing and details by the untuned base (details ran on into a new
    # prompt).
    case(
        "SU-2630-MBC",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("lattice"),
        D.wearing("a woman in a blue checked suit, a white shirt and a brown tie", "pronoun"),
        D.details(
            "Question: What are the details of the garment? Answer: two buttons, notch lapels and flap pockets\n"
            "Question: What are the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("suit"),
        gender="Men",
        category="Suits",
        color="Mid Blue Check",
        title="Mid Blue Check Wool Suit",
    ),
    # 26. Flat lay on a beige backdrop: a Burgundy knitted wool tie with a square end, alone. Caption: untuned base.
    # Answers: untuned base.
    case(
        "TI-5600-BU",
        caption("a red knitted tie on a beige background"),
        D.color("burgundy"),
        D.garment_type("tie"),
        D.material("wool"),
        D.description(
            "a red knit tie with a square end\nQuestion: What is the material of the tie? Answer: wool\nQuestion: "
            "What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.details("the tie", "non_answer"),
        gender="Men",
        category="Ties",
        color="Burgundy",
        title="Burgundy Knitted Wool Tie",
    ),
    # 27. Close crop of a man's feet on a light grey backdrop: Black leather cap-toe oxford shoes under the hem of
    # charcoal trousers. Caption: untuned base. Answers: untuned base.
    case(
        "SH-9100-BK",
        caption("a close up of a man's feet in black dress shoes"),
        D.garment_type("shoes"),
        D.color("grey", "other_garment_color"),
        D.material("leather"),
        D.description(
            "black leather oxford shoes with laces and a cap toe, the shoes are polished and have a leather sole and "
            "a low heel, the trousers are",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shoes",
        color="Black",
        title="Black Leather Oxford Shoes",
    ),
    # 28. Man on a light grey backdrop, hands in pockets: knee-length Charcoal single-breasted wool overcoat (plain
    # wool collar, lining not shown) over a navy suit and white shirt. Caption: untuned base. Answers: untuned base;
    # color and garment_type by ranking.
    case(
        "CO-4620-CH",
        caption("a man in a dark grey coat with his hands in his pockets"),
        D.color("grey"),
        D.garment_type("coat"),
        D.wearing(
            "he is wearing a grey coat, a grey coat, a grey coat, a grey coat, a grey coat, a grey coat, a grey "
            "coat, a",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "a charcoal overcoat with a notch lapel and three buttons, it falls to the knee and has two flap "
            "pockets at the waist and a",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "suit",
            "navy suit navy suit navy suit navy suit navy suit navy suit navy suit navy suit navy suit navy suit "
            "navy suit navy suit navy suit navy suit navy",
            "loop",
            hit_limit=True,
        ),
        D.material("wool with a cashmere lining and a velvet collar", "unsupported"),
        gender="Men",
        category="Coats",
        color="Charcoal",
        title="Charcoal Wool Overcoat",
    ),
    # 29. Man on a beige backdrop: Navy wool waistcoat over a sky blue shirt, navy trousers, silver tie. Caption:
    # caption adapter, epoch 3. Answers: VQA adapter; garment_type by ranking.
    case(
        "WC-7802-NV",
        caption(
            "The lady wears a sleeveless vest with pure color patterns. The vest is with wool fabric. The lady wears "
            "a long-sleeve shirt with pure color patterns.",
            "pronoun",
        ),
        D.garment_type("vest"),
        D.color("blue"),
        D.wearing(
            "vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest "
            "vest vest vest vest vest vest vest vest vest vest",
            "loop",
            hit_limit=True,
        ),
        is_a("vest", "yes"),
        is_a("shirt", "yes", "contradiction"),
        color_of("shirt", "blue"),
        gender="Men",
        category="Waistcoats",
        color="Navy",
        title="Navy Wool Waistcoat",
    ),
    # 30. Flat lay on a light grey surface: a folded Blue Bengal Stripe shirt (blue and white stripes, collar and
    # cuffs in the same stripe). Caption: untuned base. Answers: untuned base.
    case(
        "SH-1250-BBS",
        caption("a blue and white striped shirt folded on a grey surface"),
        D.pattern("striped"),
        D.color("blue"),
        D.garment_type("shirt"),
        D.sleeve_length("long sleeve"),
        D.description("a blue and white striped shirt with a white collar and white cuffs", "unsupported"),
        D.details("a blue and white striped shirt folded on a grey surface", "restated"),
        gender="Men",
        category="Formal Shirts",
        color="Blue Bengal Stripe",
        title="Blue Bengal Stripe Formal Shirt",
    ),
    # 31. No catalog columns. Man on a light grey backdrop: light grey two-piece suit, sky blue shirt, no tie,
    # brown loafers. Caption: untuned base. Answers: untuned base.
    case(
        "SAMPLE-031",
        caption("a man in a grey suit and blue shirt"),
        D.wearing("a light grey suit with a blue shirt"),
        D.color("grey"),
        D.garment_type("it is a garment", "non_answer"),
        color_of("shirt", "grey", "other_garment_color"),
        D.details("Answer: two buttons and notch lapels", "leak"),
        D.description(
            "a light grey suit a light grey suit a light grey suit a light grey suit a light grey suit a light grey "
            "suit a light grey",
            "loop",
            hit_limit=True,
        ),
    ),
    # 32. No catalog columns. Flat lay on beige linen: a navy tie with small white polka dots next to a plain
    # white folded pocket square; no tie clip. Caption: untuned base. Answers: enrich, mixed-task adapter.
    case(
        "SAMPLE-032",
        caption("a blue tie with white polka dots and a white handkerchief"),
        D.garment_type("tie"),
        D.color("navy"),
        D.pattern("dots"),
        D.details("a tie clip with a gold bar", "unsupported"),
        D.description(
            "a navy tie with white polka dots and a white pocket square next to it on a beige linen background, the "
            "tie is folded in half and the",
            "cut",
            hit_limit=True,
        ),
        is_a("tie", "yes"),
    ),
    # 33. Outdoors in a garden: man in Olive cotton chinos, white linen shirt untucked, tan loafers. Caption:
    # untuned base. Answers: untuned base.
    case(
        "TR-3550-OL",
        caption("a man in a white shirt and green pants standing in a garden"),
        D.color("green"),
        D.garment_type("pants"),
        D.wearing("she is wearing a white shirt and green pants", "pronoun"),
        D.description(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        D.material("fabric", "non_answer"),
        color_of("shirt", "green", "other_garment_color"),
        gender="Men",
        category="Trousers",
        color="Olive",
        title="Olive Cotton Chinos",
    ),
    # 34. Product shot on a light grey backdrop, no person: Tan leather penny loafers with a moc-toe stitch, one
    # from the side and one from above. Caption: caption adapter, epoch 3. Answers: enrich; description by the
    # untuned base.
    case(
        "SH-9220-TN",
        caption("This lady wears leather shoes. The shoes are with leather fabric and pure color patterns.", "pronoun"),
        D.garment_type("shoes"),
        D.color("brown"),
        D.material("leather"),
        D.details("a penny strap across the vamp and a stitched moc toe"),
        D.description(
            "a pair of brown leather loafers with a penny strap on the front and a leather sole the shoes have a "
            "slightly rounded toe and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shoes",
        color="Tan",
        title="Tan Leather Penny Loafers",
    ),
    # 35. Man on a beige backdrop: Navy double-breasted blazer with six gold buttons and peak lapels, worn open,
    # white shirt, stone chinos. Caption: untuned base. Answers: enrich; wearing, description and color_of by the
    # untuned base.
    case(
        "BL-1500-NV",
        caption("a man in a navy blazer with gold buttons and khaki pants"),
        D.details("six gold buttons and peak lapels"),
        D.color("black", "contradiction"),
        D.garment_type("jacket"),
        D.wearing("Answer: a double-breasted navy blazer with gold buttons, a white shirt and beige chinos", "leak"),
        color_of("pants", "navy", "other_garment_color"),
        D.description(
            "a navy double breasted blazer with six gold buttons, peak lapels, two flap pockets and a chest pocket, "
            "it is worn open over a white",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Blazers",
        color="Navy",
        title="Navy Double-Breasted Blazer",
    ),
    # 36. Flat lay on a light grey surface: a folded Forest Green merino knitted polo, short sleeves, three-button
    # placket, no zip, no logo. Caption: untuned base. Answers: untuned base; pattern by free generation.
    case(
        "KN-6400-FG",
        caption("a green knitted polo shirt on a grey background"),
        D.color("green"),
        D.garment_type("polo shirt"),
        D.sleeve_length("short sleeve"),
        D.material("it is made of fabric", "non_answer"),
        D.details("a zipper at the neck and a logo on the chest", "unsupported"),
        D.description(
            "a green knitted polo shirt with short sleeves and a three button placket, the polo is folded on a grey "
            "background and has ribbed cuffs and a",
            "cut",
            hit_limit=True,
        ),
        D.pattern("Question: What is the pattern of the garment? Answer: solid", "leak"),
        gender="Men",
        category="Knitwear",
        color="Forest Green",
        title="Forest Green Merino Knitted Polo",
    ),
    # 37. Outdoors in front of a red brick wall: man in a Grey Herringbone wool overcoat, navy roll-neck knit,
    # charcoal trousers. Caption: untuned base. Answers: untuned base.
    case(
        "CO-4700-GH",
        caption("a man in a grey coat standing in front of a brick wall"),
        D.color("red", "contradiction"),
        D.garment_type("coat"),
        D.wearing("a grey coat and a navy sweater"),
        D.description("she is wearing a grey herringbone coat with a navy turtleneck", "pronoun"),
        D.material("a man in a grey coat standing in front of a brick wall", "restated"),
        color_of("sweater", "grey", "other_garment_color"),
        gender="Men",
        category="Coats",
        color="Grey Herringbone",
        title="Grey Herringbone Wool Overcoat",
    ),
    # 38. No catalog columns. Outdoors on a boardwalk by the beach: man in a light blue linen shirt with a
    # button-down collar, sleeves rolled, beige linen trousers. Caption: untuned base. Answers: untuned base.
    case(
        "SAMPLE-038",
        caption("a man in a blue shirt standing on a boardwalk near the beach"),
        D.wearing(
            "a light blue shirt with the sleeves rolled up and beige linen pants, he is standing on a wooden "
            "boardwalk next to the beach with the",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.material(
            "linen and cotton linen and cotton linen and cotton linen and cotton linen and cotton linen and cotton "
            "linen and cotton linen and",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.description(
            "Question: Describe the garment. Answer: a light blue linen shirt with a button down collar\nQuestion: "
            "Describe the garment. Answer: a light",
            "leak",
            hit_limit=True,
        ),
    ),
    # 39. Man on a beige backdrop: Charcoal merino roll-neck jumper worn under a camel blazer, charcoal trousers.
    # Caption: untuned base. Answers: enrich; material by the untuned base.
    case(
        "KN-6500-CH",
        caption("a man in a tan jacket and a dark grey turtleneck sweater"),
        D.color("tan", "other_garment_color"),
        D.garment_type("jacket", "contradiction"),
        D.wearing("a camel blazer over a dark grey turtleneck"),
        D.description("a dark grey turtleneck sweater worn under a tan blazer"),
        D.material("the material of the garment", "non_answer"),
        gender="Men",
        category="Knitwear",
        color="Charcoal",
        title="Charcoal Merino Roll Neck",
    ),
    # 40. Man on a beige backdrop: Brown Windowpane wool suit (brown with a thin blue windowpane), white shirt,
    # green knitted tie. Caption: caption adapter, epoch 3. Answers: enrich; pattern by the caption adapter (its
    # template); color_of and description by the untuned base.
    case(
        "SU-2880-BW",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with wool fabric and it has a "
            "lapel neckline. The man wears a long trousers with lattice patterns. There is an accessory on his neck."
        ),
        D.color("brown"),
        D.pattern("The man wears a long-sleeve jacket with lattice patterns.", "restated"),
        D.garment_type("suit"),
        D.wearing("a brown checked suit, a white shirt and a green tie"),
        D.details("", "non_answer"),
        color_of("tie", "brown", "other_garment_color"),
        D.description(
            "a brown suit with a blue windowpane check, notch lapels and two buttons, the jacket has flap pockets "
            "and a ticket pocket on the right side and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Suits",
        color="Brown Windowpane",
        title="Brown Windowpane Wool Suit",
    ),
    # 41. No catalog columns. Cropped waist-down on a light grey backdrop: navy chinos, white shirt tucked in, tan
    # belt. Caption: untuned base. Answers: untuned base.
    case(
        "SAMPLE-041",
        caption("a man in navy pants and a white shirt with a brown belt"),
        D.color("navy"),
        D.garment_type("shorts", "contradiction"),
        D.wearing("a white shirt tucked into navy pants"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        D.description("Question: Describe the garment. Answer: navy pants", "leak"),
    ),
    # 42. No catalog columns. Flat lay on beige: a folded white dress shirt, spread collar, single-button cuffs, no
    # chest pocket, no monogram.
    # Caption: caption adapter, epoch 1. Answers: enrich, mixed-task adapter.
    case(
        "SAMPLE-042",
        caption(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline and long sleeves. The "
            "shirt is with cotton fabric and pure color patterns. It has a lapel neckline and long sleeves. The "
            "shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("white"),
        D.sleeve_length("long sleeve"),
        D.details("a spread collar, a single button cuff and a monogram on the chest pocket", "unsupported"),
    ),
    # 43. Flat lay on a light grey backdrop: a Silver Grey satin silk tie, alone. Caption: untuned base. Answers:
    # untuned base; is_a by the VQA adapter.
    case(
        "TI-5300-SG",
        caption("a grey tie on a grey background"),
        D.color("silver"),
        D.garment_type("tie"),
        D.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk "
            "silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        is_a("scarf", "yes", "contradiction"),
        D.description("a grey tie"),
        D.details("a grey tie on a grey background", "restated"),
        gender="Men",
        category="Ties",
        color="Silver Grey",
        title="Silver Grey Satin Silk Tie",
    ),
    # 44. Man on a light grey backdrop: Mid Grey long-sleeved knitted polo with ribbed collar and cuffs, navy
    # trousers. Caption: untuned base. Answers: enrich; description and details by the untuned base.
    case(
        "KN-6110-MG",
        caption("a man in a grey sweater and navy pants"),
        D.color("grey"),
        D.garment_type("sweater"),
        D.wearing("a grey polo sweater and navy trousers"),
        D.sleeve_length("short sleeve", "contradiction"),
        D.description(
            "a grey knitted polo with three buttons a grey knitted polo with three buttons a grey knitted polo with "
            "three buttons a grey",
            "loop",
            hit_limit=True,
        ),
        D.details("Answer: ribbed collar and cuffs", "leak"),
        gender="Men",
        category="Knitwear",
        color="Mid Grey",
        title="Mid Grey Long Sleeve Knitted Polo",
    ),
]
