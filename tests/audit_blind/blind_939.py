"""BLIND_939 (46 products; Myntra women's kurtas and kurta sets, caption adapter epoch 2, per-piece colors): written
blind in the fifty-seventh session. Measured blind at eed7db2 (the session's seventh rules): 96/131 failures found
(73.3%) and 12/194 correct texts flagged (6.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's kurtas (article type Kurtas) and kurta sets (Kurta Sets: kurta with
trousers, palazzos, churidar or sharara, most with a dupatta). Catalog photos on a white or light studio backdrop,
the model standing or seated, mostly front view, one back view; single kurtas are styled with leggings, palazzos,
trousers or jeans and sometimes a dupatta the seller does not sell. Each product is asked the color of every piece
its title names (kurta, bottom, dupatta); for a single kurta the job asks about the bottom the stylist paired with it.

Who wrote what: every caption and every open answer is free generation from the caption adapter after its second
epoch (LoRA on q_proj/k_proj, trained on DeepFashion template captions with unmasked labels and no end token). It
keeps the template ("The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton
fabric..."), calls the dupatta "a scarf", adds "There is an accessory on her wrist" or "a ring on her finger" from
habit, sometimes says "The gentleman" or "The man" for a woman, and about a third of its captions run to the
50-token limit, cut or looping. Open answers (30 tokens) sometimes return the caption template, continue the
`Question: ... Answer:` format, loop on a phrase, or stop at one word. The base model's hue words survive, so
captions and answers name colors, and often spread one piece's color to the next piece. Closed answers (per-piece
colors, pattern, sleeve length, garment type, "Is this a kurta?") come from enrich's --engine reference ranking the
candidates with the same adapter: always one clean candidate, never looped or cut, but often the kurta's color
picked for the bottom or the dupatta. On some products the piece's color is asked a second time as a free question
("What color are the palazzos?"), answered by free generation from the same adapter.

Labeling conventions and judgement calls:
- A closed per-piece color that gives a piece another piece's color is labeled contradiction (it contradicts the
  photo and the text or seller that has it right); other_garment_color is kept for free text (open answers and
  captions) that gives a piece the color of another piece of the outfit.
- A color in the same group as the truth is correct: "orange" for a rust or coral kurta, "pink" for magenta,
  "grey" for charcoal, "purple" for lavender, "white" for off white or cream in free text, "blue" for navy.
- The seller's color can be wrong: X939-039 is listed Brown but the photo is rust; "rust" there is correct.
- A kurta called a "dress" (caption or closed garment type) is a contradiction of the seller's category; a kurta
  called a "top" or "kurta set" in free text is accepted; a dupatta called "a scarf" is accepted.
- A sharara or churidar called "long pants" or "long leggings" is accepted (the template has no other word).
- "cotton fabric" in a caption is accepted when the title is silent and the photo shows matte cotton; a material
  that contradicts a material in the title is a contradiction; a material invented where the title is silent and
  the photo shows something else is unsupported.
- Details the photo does not show (pockets, zips at a back not in view, tassels, lace, bracelets, mirror work) are
  unsupported; details the photo shows (earrings, bangles, a held bag, lace trim) are correct.
- An accessory color given as a garment's color (green earrings -> "green kurta") is a contradiction, not
  other_garment_color, since earrings are not a garment.
- A one-word or yes/no reply to an open question is non_answer; a full sentence that only rewords the question
  ("The kurta is a kurta.") is restated.
- Wrong-gender words ("The gentleman", "he", "the man") are pronoun even when the rest is right.
- A text that ran to its token limit is hit_limit=True: cut when it stops mid-phrase, loop when it repeats, leak
  when it runs into a new "Question:"; one caption (X939-027) used all 50 tokens but ended on a full sentence and
  is labeled correct. Only one label per text: the first failure a reader meets decides it.
- A leaked repetition of the prompt itself ("Question: What are the dupatta details? Answer: Question: ...") is leak.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    question,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length


def free_color(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The per-piece color asked a second time as a free question, answered by the caption adapter itself."""
    verb = "is" if garment in ("kurta", "dupatta") else "are"
    make = question(f"free_color_{garment.replace(' ', '_')}", f"What color {verb} the {garment}?", "open")
    return make(text, failure, hit_limit)


W = "Women"

BLIND_939 = [
    # photo: navy kurta with white floral block print, 3/4 sleeves, round neck; navy palazzos; white dupatta with a
    # navy border (no tassels) over both shoulders; white backdrop, front view. Caption adapter epoch 2 + reference.
    case(
        "X939-001",
        caption(
            "The lady wears a long kurta with three-quarter sleeves and floral patterns. The kurta is with cotton "
            "fabric and its neckline is round. She also wears a long palazzo with pure color patterns."
        ),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue"),
        color_of("dupatta", "navy blue", "contradiction"),
        wearing("a navy blue kurta with palazzo pants and a white dupatta"),
        details("dupatta", "the dupatta has a navy border and tassels on the ends", "unsupported"),
        pattern("floral"),
        describe("palazzos", "The palazzos are white with a navy border", "other_garment_color"),
        title="Libas Women Navy Blue Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender=W,
    ),
    # photo: mustard solid straight kurta, mandarin collar, long sleeves, self-covered fabric buttons on the placket;
    # white churidar leggings; no dupatta; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-002",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "stand collar. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "mustard"),
        color_of("leggings", "mustard", "contradiction"),
        free_color("leggings", "yellow", "other_garment_color"),
        wearing("she is wearing a yellow kurta and white leggings"),
        describe("kurta", "The kurta is mustard with a mandarin collar and gold buttons", "unsupported"),
        sleeves("long sleeves"),
        material("cotton"),
        title="W Women Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender=W,
    ),
    # photo: maroon kurta with gold foil print on yoke and sleeves, long sleeves, v-neck; maroon trousers; dusty pink
    # net dupatta with gold border; white backdrop, front view, hand on hip. Caption adapter epoch 2 + reference.
    case(
        "X939-003",
        caption(
            "The gentleman wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric and its "
            "neckline is v-shape. The gentleman wears a long trousers.",
            "pronoun",
        ),
        color_of("kurta", "maroon"),
        color_of("trousers", "maroon"),
        color_of("dupatta", "pink"),
        describe("dupatta", "The dupatta is maroon with a gold border", "other_garment_color"),
        details(
            "kurta",
            "gold foil print on the yoke and the sleeves, the yoke and the sleeves, the yoke and the sleeves, the "
            "yoke and the sleeves, the yoke",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Maroon & Gold-Toned Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender=W,
    ),
    # photo: off-white matte cotton kurta with a small green floral print, long sleeves, round neck; green churidar;
    # green chiffon dupatta over one shoulder; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-004",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and its neckline "
            "is round. The lady wears a long leggings with pure color patterns. There is a scarf on her shoulders."
        ),
        color_of("kurta", "off white"),
        color_of("churidar", "green"),
        color_of("dupatta", "green"),
        free_color("dupatta", "white", "other_garment_color"),
        wearing("a white and green kurta set"),
        pattern("floral"),
        material("silk", "unsupported"),
        title="Biba Women Off-White & Green Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender=W,
    ),
    # photo: teal solid straight kurta, 3/4 sleeves, round neck with a short slit; white palazzos; no dupatta, no
    # jewellery; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-005",
        caption(
            "The lady wears a three-quarter sleeve kurta with pure color patterns. The kurta is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady also wears",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "teal"),
        color_of("palazzos", "white"),
        free_color("palazzos", "teal", "other_garment_color"),
        describe("kurta", "a teal kurta with three-quarter sleeves and a round neck"),
        details("kurta", "round neck with a slit, three-quarter sleeves and embroidered cuffs", "unsupported"),
        is_a("kurta", "yes"),
        title="Aurelia Women Teal Solid Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender=W,
    ),
    # photo: pink kurta with a blue floral print, 3/4 sleeves, round neck; blue palazzos; no dupatta; white
    # backdrop, front view. Caption adapter epoch 2 + reference.
    case(
        "X939-006",
        caption(
            "The lady wears a sleeveless kurta with floral patterns. The kurta is with cotton fabric and its neckline "
            "is round. The lady wears a long palazzo with pure color patterns.",
            "contradiction",
        ),
        sleeves("three-quarter sleeves"),
        color_of("kurta", "pink"),
        color_of("palazzos", "blue"),
        wearing("pink kurta and blue palazzos Question: What is the color of the kurta? Answer: pink", "leak"),
        title="Sangria Women Pink & Blue Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender=W,
    ),
    # photo: black flared anarkali kurta, long sleeves, round neck, red and gold floral printed border at the hem;
    # black churidar; a red dupatta added by the stylist; white backdrop, full length. Caption adapter epoch 2 +
    # reference.
    case(
        "X939-007",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round.",
            "contradiction",
        ),
        color_of("kurta", "black"),
        color_of("churidar", "black"),
        color_of("dupatta", "red"),
        garment_type("dress", "contradiction"),
        describe("kurta", "a black anarkali kurta with a floral printed border at the hem"),
        details("kurta", "It is a kurta with details.", "restated"),
        title="GERUA Women Black Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender=W,
    ),
    # photo: yellow kurta with pink thread embroidery at the neckline, long sleeves; yellow sharara; pink dupatta
    # with a gold gota border; white backdrop, front view. Caption adapter epoch 2 + reference.
    case(
        "X939-008",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. There is "
            "embroidery on the neckline. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is a scarf on her shoulders. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "yellow"),
        color_of("sharara", "yellow"),
        color_of("dupatta", "yellow", "contradiction"),
        details("dupatta", "pink dupatta with gota border"),
        describe("sharara", "The sharara is pink with a gold border", "other_garment_color"),
        wearing("a yellow kurta with a pink dupatta"),
        title="Varanga Women Yellow & Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender=W,
    ),
    # photo: blue and white vertically striped cotton kurta, v-neck, long sleeves rolled up with tabs, no pockets;
    # white trousers; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-009",
        caption(
            "The lady wears a long-sleeve kurta with striped patterns. The kurta is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long trousers with pure color patterns."
        ),
        color_of("kurta", "blue"),
        color_of("trousers", "white"),
        free_color("trousers", "blue and white striped", "other_garment_color"),
        pattern("striped"),
        describe(
            "kurta",
            "The kurta is blue and white with stripes. It has a v-neck and a pocket on the chest",
            "unsupported",
        ),
        material("cotton"),
        wearing("she is wearing a blue striped kurta and white trousers"),
        title="Jaipur Kurti Women Blue & White Striped Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender=W,
    ),
    # photo: bottle-green silk-blend kurta with small gold zari buttis and a gold hem border, long sleeves, round
    # neck, slight sheen; green trousers; gold tissue dupatta; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-010",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers.",
            "contradiction",
        ),
        color_of("kurta", "green"),
        color_of("trousers", "green"),
        color_of("dupatta", "gold"),
        material("silk"),
        sleeves("sleeveless", "contradiction"),
        details("kurta", "small gold motifs woven all over and a gold border at the hem"),
        describe("dupatta", "The dupatta is green with a gold border", "other_garment_color"),
        wearing("a green kurta, green pants and a gold dupatta"),
        title="Soch Women Green Woven Design Silk Blend Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender=W,
    ),
    # photo: peach kurta with white chikankari-style embroidery on the front, 3/4 sleeves; white palazzos; peach
    # dupatta; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-011",
        caption(
            "The lady wears a long kurta with pure color patterns and the lady wears a long kurta with pure color "
            "patterns and the lady wears a long kurta with pure color patterns and the lady wears a long",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "peach"),
        color_of("palazzos", "peach", "contradiction"),
        color_of("dupatta", "peach"),
        describe("kurta", "a peach kurta with white embroidery on the front"),
        material("georgette", "unsupported"),
        wearing("the person is wearing a peach kurta with white pants and a peach dupatta"),
        title="Anouk Women Peach-Coloured Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender=W,
    ),
    # photo: red sleeveless A-line kurta with a white geometric print, straight hem (no frill); blue jeans; white
    # sneakers; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-012",
        caption(
            "The lady wears a sleeveless kurta with graphic patterns. The kurta is with cotton fabric. The lady wears "
            "a long denim pants."
        ),
        color_of("kurta", "red"),
        color_of("jeans", "blue"),
        sleeves("sleeveless"),
        is_a("kurta", "no", "contradiction"),
        wearing("she is wearing a red top and blue jeans"),
        details("kurta", "red", "non_answer"),
        describe("kurta", "a red kurta with white geometric print and a frill at the hem", "unsupported"),
        title="Rangmanch by Pantaloons Women Red Printed A-Line Kurta",
        category="Kurtas",
        color="Red",
        gender=W,
    ),
    # photo: lavender kurta with a silver sequin yoke, long sleeves; lavender trousers; sheer white organza dupatta
    # with a plain hem; pale grey studio backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-013",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is purple. The lady wears a long "
            "trousers. The trousers are purple."
        ),
        color_of("kurta", "lavender"),
        color_of("trousers", "lavender"),
        color_of("dupatta", "lavender", "contradiction"),
        wearing("a purple kurta with white dupatta"),
        describe("dupatta", "The dupatta is white and sheer with a scalloped lace border", "unsupported"),
        pattern("solid"),
        details(
            "kurta",
            "The kurta has a silver sequin yoke around the neckline, long plain sleeves with a narrow hem and straight "
            "side slits at the",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Lavender Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender=W,
    ),
    # photo: grey melange cotton-jersey kurta with a small black print, long sleeves, round neck; black leggings;
    # white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-014",
        caption(
            "The woman is wearing a grey kurta and black leggings. Her kurta has long sleeves, cotton fabric and "
            "graphic patterns."
        ),
        color_of("kurta", "grey"),
        color_of("leggings", "black"),
        wearing("a grey kurta with black leggings"),
        describe(
            "kurta",
            "The kurta is a grey kurta with a grey kurta with a grey kurta with a grey kurta with a grey kurta",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "a round neck, long sleeves and a black print all over"),
        material("polyester", "unsupported"),
        title="W Women Grey Printed Straight Kurta",
        category="Kurtas",
        color="Grey",
        gender=W,
    ),
    # photo: rust kurta with a cream paisley print, long sleeves, v-neck with tasselled tie-up; cream palazzos with
    # a small rust print; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-015",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and its neckline "
            "is v-shape. The lady wears a long palazzo with floral patterns."
        ),
        color_of("kurta", "orange"),
        color_of("palazzos", "cream"),
        details(
            "kurta",
            "tassels on the neck tie and the tassels on the neck tie and the tassels on the neck tie and the",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing an orange kurta and white pants", "pronoun"),
        is_a("kurta", "no", "contradiction"),
        title="Global Desi Women Rust Paisley Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
        gender=W,
    ),
    # photo: navy kurta with white thread embroidery, long sleeves; white straight trousers with a lace trim at the
    # hem; navy dupatta with white polka dots and small tassels at the corners; model seated on a wooden stool, side
    # angle; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-016",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The lady is "
            "sitting on a stool. The lady wears a long trousers."
        ),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue", "contradiction"),
        color_of("dupatta", "navy blue"),
        describe("trousers", "white straight trousers with a white lace hem"),
        wearing("a blue kurta, white pants and a polka dot dupatta"),
        free_color("dupatta", "white", "other_garment_color"),
        details(
            "dupatta",
            "The dupatta has white polka dots all over it and a thin white border along the edges, with small tassels "
            "hanging from the corners and a",
            "cut",
            hit_limit=True,
        ),
        title="Ishin Women Navy Blue & White Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender=W,
    ),
    # photo: black kurta with gold foil print, 3/4 sleeves, mandarin collar; black palazzos; no dupatta, no
    # bracelet or watch; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-017",
        caption(
            "The lady wears a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric and "
            "its neckline is stand. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        describe("kurta", "Describe the kurta. Answer: a black kurta with gold print", "leak"),
        wearing("black kurta and gold palazzos", "other_garment_color"),
        is_a("kurta", "yes"),
        material("satin", "unsupported"),
        title="Nayo Women Black & Gold-Toned Foil Printed Kurta",
        category="Kurtas",
        color="Black",
        gender=W,
    ),
    # photo: magenta straight kurta with small white buttis, long sleeves, round neck, button placket, side slits,
    # no pockets; white leggings; model holds a small gold clutch; white backdrop. Caption adapter epoch 2 +
    # reference.
    case(
        "X939-018",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The lady is holding a bag in her hand."
        ),
        color_of("kurta", "pink"),
        color_of("leggings", "white"),
        wearing("a pink kurta"),
        details("kurta", "The kurta has a button placket, side slits and two pockets", "unsupported"),
        sleeves("short sleeves", "contradiction"),
        describe("kurta", "This is a description of the kurta.", "restated"),
        title="AKS Women Magenta Printed Straight Kurta",
        category="Kurtas",
        color="Magenta",
        gender=W,
    ),
    # photo: sea green kurta with a pink floral yoke, long sleeves; pink palazzos; sea green dupatta with a pink
    # border; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-019",
        caption(
            "The lady wears a long kurta with floral patterns. The kurta is green with a pink yoke. The lady wears a "
            "pink palazzo. There is a scarf on her shoulders."
        ),
        color_of("kurta", "green"),
        color_of("palazzos", "green", "contradiction"),
        color_of("dupatta", "green"),
        describe("palazzos", "The palazzos are green with a pink border", "other_garment_color"),
        wearing("a green kurta"),
        details("dupatta", "pink", "non_answer"),
        title="Biba Women Sea Green & Pink Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender=W,
    ),
    # photo: white cotton kurta with white chikankari embroidery, long sleeves; white palazzos; silver jhumkas; beige
    # backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-020",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is white with embroidery. The lady "
            "wears a long white pants. She wears earrings. The lady also wears",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        details("kurta", "white chikankari embroidery all over the front and on the sleeves"),
        material("cotton"),
        sleeves("three-quarter sleeves", "contradiction"),
        wearing("the man is wearing a white kurta and white pants", "pronoun"),
        title="Sztori Women White Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender=W,
    ),
    # photo: powder blue kurta with a pink floral print, long sleeves, v-neck; plain powder blue trousers; pink
    # dupatta; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-021",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and its neckline "
            "is v-shape. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "blue"),
        color_of("trousers", "blue"),
        color_of("dupatta", "blue", "contradiction"),
        details(
            "dupatta",
            "Question: What are the dupatta details? Answer: Question: What are the dupatta details? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("trousers", "The trousers are pink", "other_garment_color"),
        wearing("a blue kurta, blue trousers and a pink dupatta"),
        title="Indo Era Women Blue Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender=W,
    ),
    # photo: olive solid kurta, 3/4 sleeves, round neck, side slits; beige trousers; white backdrop. Caption adapter
    # epoch 2 + reference.
    case(
        "X939-022",
        caption(
            "The lady wears a three-quarter sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears a three-quarter sleeve kurta with pure color patterns. The kurta is with",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "olive"),
        color_of("trousers", "beige"),
        wearing("olive", "non_answer"),
        sleeves("three-quarter sleeves"),
        describe("kurta", "an olive kurta with a round neck, three-quarter sleeves and side slits"),
        details("kurta", "his kurta has a round neck and side slits", "pronoun"),
        title="W Women Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender=W,
    ),
    # photo: deep purple kurta with gold gota border at the neckline, sleeves and hem, keyhole neck, long sleeves,
    # side slits; purple sharara; gold tissue dupatta; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-023",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is purple. The lady wears a long "
            "pants."
        ),
        color_of("kurta", "purple"),
        color_of("sharara", "purple"),
        color_of("dupatta", "gold"),
        describe("dupatta", "The dupatta is purple with a gold border", "other_garment_color"),
        wearing("a purple kurta with a gold dupatta and a matching potli bag", "unsupported"),
        details(
            "kurta",
            "The kurta has gold gota work on the neckline, the sleeves and the hem, with a keyhole neck at the front "
            "and side slits on both sides with a",
            "cut",
            hit_limit=True,
        ),
        title="Mokshi Women Purple Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender=W,
    ),
    # photo: beige cotton kurta with a brown block print, 3/4 sleeves, round neck; plain brown palazzos; white
    # backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-024",
        caption(
            "The lady wears a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric and "
            "its neckline is round. The lady wears a long palazzo. The palazzo is brown."
        ),
        color_of("kurta", "beige"),
        color_of("palazzos", "beige", "contradiction"),
        describe("palazzos", "The palazzos are beige", "other_garment_color"),
        wearing("a beige kurta and brown palazzos"),
        material("cotton"),
        pattern("printed"),
        details(
            "palazzos",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown "
            "brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            hit_limit=True,
        ),
        title="Khushal K Women Beige & Brown Block Print Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Beige",
        gender=W,
    ),
    # photo: coral solid kurta, long sleeves, round neck; white palazzos; white backdrop. The feed row has no color.
    # Caption adapter epoch 2 + reference.
    case(
        "X939-025",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long palazzo with pure color patterns."
        ),
        color_of("kurta", "orange"),
        color_of("palazzos", "white"),
        wearing("she is wearing an orange kurta and white palazzo pants"),
        describe("kurta", "The kurta is a kurta.", "restated"),
        material("silk", "unsupported"),
        title="Aurelia Women Coral Solid Kurta",
        category="Kurtas",
        gender=W,
    ),
    # photo: maroon kurta with gold print, long sleeves; maroon palazzos; mustard dupatta; white backdrop. Caption
    # adapter epoch 2 + reference.
    case(
        "X939-026",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is red and the dupatta is red. The "
            "lady wears a long pants.",
            "other_garment_color",
        ),
        color_of("kurta", "maroon"),
        color_of("palazzos", "maroon"),
        color_of("dupatta", "mustard"),
        details("dupatta", "mustard", "non_answer"),
        sleeves("sleeveless", "contradiction"),
        wearing("a maroon kurta set with a yellow dupatta"),
        title="Libas Women Maroon Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender=W,
    ),
    # photo: light pink short-sleeve kurta with white lace at the hem and sleeves; white trousers; nude high heels;
    # white backdrop, front view only (the back is not seen). Caption adapter epoch 2 + reference.
    case(
        "X939-027",
        caption(
            "The lady wears a short-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "lace on the hem. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a pair of high heels on her feet.",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("trousers", "white"),
        wearing(
            "pink kurta and white pants Question: What is the color of the trousers? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "kurta", "The kurta is pink with lace on the hem and the sleeves. It has a zip at the back", "unsupported"
        ),
        details("trousers", "pink lace at the hem", "other_garment_color"),
        title="Anouk Women Pink Lace Detail Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
        gender=W,
    ),
    # photo: mustard rayon kurta with a green leaf print, 3/4 sleeves; green palazzos; no dupatta; white backdrop.
    # Caption adapter epoch 2 + reference.
    case(
        "X939-028",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns. The kurta is yellow and green. The lady "
            "wears a long pants. The pants are green."
        ),
        color_of("kurta", "green", "contradiction"),
        color_of("palazzos", "green"),
        describe("kurta", "The kurta is a mustard yellow kurta with green leaves printed on it"),
        material("rayon"),
        pattern("floral"),
        wearing("a yellow and green kurta with green pants"),
        details(
            "kurta",
            "green leaves printed all over the kurta, a round neck with a small slit in front, three-quarter sleeves "
            "and a straight hem with side",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Women Mustard Printed Rayon Kurta",
        category="Kurtas",
        color="Mustard",
        gender=W,
    ),
    # photo: indigo dabu-print kurta, long sleeves, v-neck; white palazzos with a small indigo print; white dupatta
    # with an indigo border; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-029",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape.",
            "pronoun",
        ),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white"),
        wearing("a blue kurta with white pants and dupatta"),
        describe("palazzos", "The palazzos are navy blue", "other_garment_color"),
        pattern("solid", "contradiction"),
        title="Jaipur Kurti Women Indigo Dabu Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender=W,
    ),
    # photo: red georgette kurta with gold embroidery at neck, sleeves and hem, long sleeves; red trousers; red net
    # dupatta with a gold border; gold bangles on both wrists; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-030",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is red with gold embroidery. The "
            "lady wears a long trousers. There is an accessory on her wrist."
        ),
        color_of("kurta", "red"),
        color_of("trousers", "red"),
        color_of("dupatta", "red"),
        details(
            "kurta",
            "The kurta has gold embroidery on the neck, the sleeves and the hem, the sleeves and the hem, the sleeves "
            "and the hem, the sleeves and",
            "loop",
            hit_limit=True,
        ),
        material("velvet", "unsupported"),
        wearing("she is wearing a red lehenga", "contradiction"),
        title="Soch Women Red Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender=W,
    ),
    # photo: white kurta with blue bandhani dots, long sleeves, round neck; blue leggings; white backdrop. Caption
    # adapter epoch 2 + reference.
    case(
        "X939-031",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings."
        ),
        color_of("kurta", "blue", "contradiction"),
        color_of("leggings", "blue"),
        wearing("white", "non_answer"),
        pattern("printed"),
        describe("kurta", "The kurta is blue", "other_garment_color"),
        details("kurta", "blue dots Question: What is the color of the leggings? Answer: blue", "leak"),
        title="Global Desi Women White & Blue Bandhani Print Kurta",
        category="Kurtas",
        color="White",
        gender=W,
    ),
    # photo: charcoal kurta with a silver printed yoke, long sleeves; charcoal palazzos; black juttis; white
    # backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-032",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long palazzo. The palazzo is with cotton fabric and pure color "
            "patterns. The lady wears a long-sleeve kurta with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "grey"),
        color_of("palazzos", "grey"),
        describe("kurta", "a charcoal grey kurta with a silver printed yoke"),
        wearing("he is wearing a grey kurta with grey pants", "pronoun"),
        title="W Women Charcoal Grey Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Charcoal",
        gender=W,
    ),
    # photo: turquoise kurta with white embroidery at the hem and cuffs, long sleeves; white churidar; a white
    # dupatta draped by the stylist; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-033",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is blue. The lady wears a long "
            "leggings. The leggings are blue.",
            "other_garment_color",
        ),
        color_of("kurta", "turquoise blue"),
        color_of("churidar", "white"),
        color_of("dupatta", "white"),
        details("kurta", "white embroidery along the hem and the cuffs"),
        is_a("kurta", "yes"),
        wearing("a blue kurta, blue leggings and a blue dupatta", "other_garment_color"),
        title="Biba Women Turquoise Blue Embroidered Straight Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: lemon yellow sleeveless kurta with a white floral print, v-neck; white palazzos; yellow chiffon dupatta
    # with a plain edge; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-034",
        caption(
            "The lady wears a sleeveless kurta with floral patterns. The kurta is with cotton fabric and its neckline "
            "is v-shape. The lady wears a long palazzo. There is a scarf on her shoulders."
        ),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow", "contradiction"),
        color_of("dupatta", "yellow"),
        sleeves("long sleeves", "contradiction"),
        wearing("she is wearing a yellow kurta, white palazzos and a yellow dupatta"),
        describe("dupatta", "a yellow chiffon dupatta with pom poms on the edges", "unsupported"),
        details("palazzos", "yes", "non_answer"),
        title="Libas Women Yellow Floral Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender=W,
    ),
    # photo: emerald green kurta, 3/4 sleeves, mandarin collar; green trousers; no dupatta; white backdrop. Caption
    # adapter epoch 2 + reference.
    case(
        "X939-035",
        caption(
            "The lady wears a three-quarter sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "The lady wears a long trousers."
        ),
        color_of("kurta", "green"),
        color_of("trousers", "green"),
        free_color("trousers", "green"),
        wearing(
            "the lady wears a three-quarter sleeve kurta with pure color patterns. the kurta is with cotton fabric. "
            "the lady wears a long trousers. the trousers are with",
            "cut",
            hit_limit=True,
        ),
        describe("trousers", "the trousers are the trousers", "restated"),
        details("kurta", "a mandarin collar with a row of gold buttons and two side pockets", "unsupported"),
        title="Sangria Women Green Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Green",
        gender=W,
    ),
    # photo: peach kurta with a green floral print, long sleeves; plain green flared palazzos; peach dupatta with a
    # small green print; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-036",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is peach. The lady wears a long "
            "pants. The pants are peach.",
            "other_garment_color",
        ),
        color_of("kurta", "peach"),
        color_of("palazzos", "green"),
        color_of("dupatta", "green", "contradiction"),
        wearing(
            "a peach kurta and green palazzo with a peach dupatta Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        details("palazzos", "plain green with a wide flared leg"),
        title="Ishin Women Peach-Coloured & Green Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender=W,
    ),
    # photo: navy kurta with a white chevron print, long sleeves, round neck; white leggings; photo cropped at
    # mid-shin, feet not in view; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-037",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a pair of shoes.",
            "unsupported",
        ),
        color_of("kurta", "navy blue"),
        color_of("leggings", "white"),
        pattern("printed"),
        describe("kurta", "Question: Describe the kurta. Answer: a navy blue kurta with white print", "leak"),
        wearing("a blue kurta with white leggings"),
        title="AKS Women Navy Blue Chevron Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender=W,
    ),
    # photo: off-white kurta with multicolour thread embroidery on the yoke (no mirrors), long sleeves; off-white
    # palazzos; multicolour leheriya dupatta in pink, green and yellow diagonal stripes; white backdrop. Caption
    # adapter epoch 2 + reference.
    case(
        "X939-038",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is white with embroidery. The lady "
            "wears a long palazzo. There is a scarf on her shoulders with striped patterns."
        ),
        color_of("kurta", "off white"),
        color_of("palazzos", "off white"),
        color_of("dupatta", "multicolour"),
        describe("dupatta", "The dupatta is off white", "other_garment_color"),
        details("kurta", "The kurta has multicoloured thread embroidery on the yoke and mirror work", "unsupported"),
        title="Varanga Women Off-White Embroidered Kurta with Palazzos & Leheriya Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender=W,
    ),
    # photo: rust kurta with a black print (the seller lists it Brown), 3/4 sleeves, round neck, no embroidery or
    # sequins; black palazzos; matte cotton; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-039",
        caption(
            "The lady wears a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric and "
            "its neckline is round. The lady wears a long pants."
        ),
        color_of("kurta", "rust"),
        color_of("palazzos", "black"),
        wearing("an orange kurta and black pants"),
        material("linen", "unsupported"),
        describe("kurta", "the kurta has embroidery on the neckline and sequins", "unsupported"),
        free_color(
            "palazzos",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        title="Nayo Women Brown Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender=W,
    ),
    # photo: royal blue kurta with an orange floral print, long sleeves, round neck; orange palazzos; blue dupatta
    # with an orange border; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-040",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and its neckline "
            "is round. The lady wears a long palazzo with pure color patterns. There is a scarf on her shoulders. The "
            "lady wears a long-sleeve kurta with floral patterns. The kurta is with",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("palazzos", "orange"),
        color_of("dupatta", "orange", "contradiction"),
        wearing("a blue kurta with orange pants"),
        details("dupatta", "the dupatta is blue with an orange border"),
        free_color("palazzos", "blue", "other_garment_color"),
        describe("kurta", "the kurta is blue with orange flowers printed all over and a round neck"),
        title="Yufta Women Blue & Orange Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender=W,
    ),
    # photo: back view: pink solid kurta with a keyhole opening and tie at the back of the neck, long sleeves; white
    # leggings; the front is not in view; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-041",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is pink. There is a tie at the "
            "back of the neck."
        ),
        color_of("kurta", "pink"),
        color_of("leggings", "white"),
        free_color("leggings", "pink", "other_garment_color"),
        wearing("a pink kurta and white leggings"),
        details(
            "kurta", "a keyhole opening with a tie at the back of the neck and buttons on the front", "unsupported"
        ),
        is_a("kurta", "yes"),
        describe("kurta", "no", "non_answer"),
        title="W Women Pink Solid Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender=W,
    ),
    # photo: black kurta with silver mirror work on the yoke and sleeves; black palazzos; black dupatta with a
    # silver border; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-042",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is black. The lady wears a long "
            "pants. The pants are black. There is a scarf on her shoulders. The scarf is black. The lady wears a "
            "long-sleeve kurta with pure color patterns. The kurta is black. The",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black"),
        details("kurta", "mirror work on the yoke and the sleeves"),
        wearing("she is wearing a black kurta with black pants and a black dupatta"),
        pattern("solid"),
        material("velvet", "unsupported"),
        title="Anouk Women Black Mirror Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender=W,
    ),
    # photo: grey kurta with pink thread embroidery, long sleeves, v-neck; pink trousers; grey dupatta with pink pom
    # poms on the edges; no rings; white backdrop. The feed row has no category. Caption adapter epoch 2 + reference.
    case(
        "X939-043",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a scarf on her shoulders. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "grey"),
        color_of("trousers", "grey", "contradiction"),
        color_of("dupatta", "grey"),
        describe("dupatta", "The dupatta is grey with pink pom poms on the edges"),
        wearing("a grey kurta, pink trousers and a grey dupatta"),
        title="Sztori Women Grey & Pink Embroidered Kurta with Trousers & Dupatta",
        color="Grey",
        gender=W,
    ),
    # photo: cream kurta with a gold foil print, 3/4 sleeves; plain cream palazzos; green jhumka earrings; white
    # backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-044",
        caption(
            "The lady wears a three-quarter sleeve kurta with graphic patterns. The kurta is white. The lady wears a "
            "long palazzo. She wears green earrings."
        ),
        color_of("kurta", "cream"),
        color_of("palazzos", "gold", "contradiction"),
        wearing("she is wearing a green kurta", "contradiction"),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        sleeves("three-quarter sleeves"),
        title="Mokshi Women Cream-Coloured & Gold Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Cream",
        gender=W,
    ),
    # photo: olive kurta with a black ikat print, long sleeves, round neck; black trousers; a black sling bag across
    # the body; matte cotton; white backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-045",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The lady carries a bag."
        ),
        color_of("kurta", "olive"),
        color_of("trousers", "olive", "contradiction"),
        wearing("an olive green kurta and black trousers with a black bag"),
        describe("kurta", "The kurta is green. Question: What is the color of the trousers? Answer: green", "leak"),
        pattern("printed"),
        material("cotton silk blend with zari", "unsupported"),
        free_color("trousers", "green", "other_garment_color"),
        title="Global Desi Women Olive Green & Black Ikat Printed Kurta",
        category="Kurtas",
        color="Olive",
        gender=W,
    ),
    # photo: teal kurta with pink gota trim, long sleeves; teal sharara; pink dupatta with a gold gota border; white
    # backdrop. Caption adapter epoch 2 + reference.
    case(
        "X939-046",
        caption(
            "The man wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The man "
            "wears a long pants.",
            "pronoun",
        ),
        color_of("kurta", "teal"),
        color_of("sharara", "teal"),
        color_of("dupatta", "teal", "contradiction"),
        describe("dupatta", "The dupatta is pink with gold gota border"),
        details("kurta", "the details are the details of the kurta", "restated"),
        wearing("a teal kurta with a teal dupatta", "other_garment_color"),
        title="Libas Women Teal & Pink Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender=W,
    ),
]
