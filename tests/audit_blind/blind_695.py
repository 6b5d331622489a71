"""BLIND_695 (46 products; Myntra kurtas & kurta sets, epoch-2 caption LoRA): written blind in the fifty-fourth session.
Measured blind at ba3d6f0 (the session's seventh rules): 96/125 failures found (76.8%) and 6/167 correct texts flagged
(3.6%). The writer's notes, verbatim:

Scenario: Myntra women's kurtas and kurta sets (article types Kurtas and Kurta Sets) in real-catalog product photos:
a model on a white or light grey studio backdrop, mostly front view, one three-quarter view, one lifestyle shot
against a beige wall with a plant, one garden shot, one pack-of-two shot with two models, one cropped at the chin
and the knees. Single kurtas are worn with leggings, churidars, palazzos, trousers or jeans that are not part of the
product; sets add matching or contrasting bottoms and often a dupatta, once a sleeveless ethnic jacket.

Who wrote what: the caption and every open answer come from the caption adapter at epoch 2 (a checkpoint between
the published epoch-1 and epoch-3 caption adapters, trained the original way on DeepFashion-MultiModal template
captions: unmasked labels, no end token), greedy, 50 new tokens for captions and 30 for answers. It writes the
template ("The lady wears a medium-sleeve kurta with floral patterns. It has a round neckline. The kurta is with
cotton fabric.") with pattern words instead of hues, says "kurta" more often than not but falls back to the
DeepFashion classes (dress, shirt, tank top) now and then, picks DeepFashion fabrics (cotton, chiffon, knitting,
denim), sometimes answers a question with the caption template, and stops on its own only when it happens to emit
the newline, so loops and cuts are common. Hues in open answers come from the base model underneath, with its habit
of spreading one color over every garment. Closed answers (the per-piece "What is the color of the {piece}?" and
"Is this a kurta?" / "Is this a dress?") come from enrich's --engine reference over the same adapter: one candidate
value each, never looping or cut, but often the color of the neighbouring piece. Open questions: "What is she
wearing?", "Describe the kurta.", "What are the kurta details?" (once the palazzos' or the sharara's) and the
experiments' "What is the kurta color?".

Labeling conventions and judgement calls:
- The photo decides; the seller's columns are evidence. Where the seller's color is off (a "Brown" kurta that is
  rust), an answer that matches the photo is correct.
- Hues are judged by family: mustard/golden = yellow, cream/off-white = white, lavender/mauve = purple,
  maroon/burgundy = red, magenta/peach = pink, teal/turquoise = blue, khaki = beige, rust = orange.
- Naming the kurta "kurta", "kurti", "anarkali" or "top" is correct; naming it "dress", "shirt" or "tank top"
  contradicts the seller's category and is contradiction, except "shirt" for a kurta whose title says shirt-style.
  Palazzos and sharara pants may be "pants"/"trousers"; churidars may be "leggings"; a dupatta may be "scarf".
- One label per text, the one a reader would name first: a caption calling a woman "gentleman" is pronoun though it
  also calls the kurta a shirt; a loop that the token limit also cut is loop; an answer that leaks the next
  "Question: ... Answer:" is leak even when its first words are right.
- A color that belongs to another piece in the photo (bottoms, dupatta, jacket, the kurta for the bottoms) is
  other_garment_color; a color that belongs to no piece worn (the print alone, the garden behind her) or is simply
  wrong is contradiction.
- A multicolor product: any of its main colors is correct for the closed color question ("blue" for a blue-and-pink
  tie-dye; "navy blue" for a pack of a navy and a pink kurta).
- Fabrics: a plausible fabric the title does not contradict (cotton; chiffon for a georgette-looking piece) is
  correct; one the title contradicts ("knitting" for a "Cotton" kurta) is contradiction; an implausible one no column
  mentions ("denim" for a cotton shirt-style kurta) is unsupported.
- DeepFashion pattern words are judged loosely: "pure color" for a solid kurta with yoke embroidery or a lace trim,
  "graphic" for foil and geometric prints, "other" for dots. "pure color" for an all-over tie-dye and "striped" for
  an embroidered kurta are contradiction.
- Invented things nothing else in the row contradicts (pockets, a belt, a watch, a ring, bangles, sunglasses, a zip
  or keyhole at an unseen back, sandals on cropped feet, red heels on black juttis) are unsupported; invented things
  another text or the title contradicts (long sleeves on a short-sleeved kurti, a gold border on a silver one) are
  contradiction.
- A one-word answer to an open question ("purple", "plain", "yes", "kurta") is non_answer even when the word is
  true; so are "they are palazzos", "it is a kurta" and a scene description in place of the kurta. An answer that
  only echoes the question ("the kurta details are the details of the kurta", "describe the kurta") is restated.
- A short but complete open answer ("purple kurta", "it is sleeveless") is correct.
- A pack-of-two photo captioned as one lady in one kurta is contradiction (count against the title).
- hit_limit=True only on loops and cuts; no correct text ran to its limit.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

kurta_color = question("kurta_color", "What is the kurta color?", "open")

BLIND_695 = [
    # photo: mustard yellow straight cotton kurta, white floral block print, 3/4 sleeves, round neck, no tie-up;
    # white leggings, tan juttis, no jewellery; white backdrop, front view. Caption/open: epoch-2 caption adapter;
    # closed: reference engine.
    case(
        "X695-001",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. It has a round neckline. The kurta is with "
            "cotton fabric. The lady wears a long leggings. The leggings are with pure color patterns."
        ),
        wearing("a yellow kurta with white flowers and white leggings", who="she"),
        color_of("kurta", "mustard"),
        color_of("leggings", "white"),
        details("kurta", "the kurta has a round neck and three quarter sleeves with a white flower print all over"),
        describe(
            "kurta",
            "the kurta is yellow with white flowers, it has a round neck with a tie-up and tassels at the neck",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        title="Biba Women Mustard Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue straight kurta, gold foil print on the yoke, v-neck, long sleeves, side slits; navy palazzos;
    # pink dupatta with a gold border over both shoulders; white backdrop, front view. Caption/open: epoch-2 adapter;
    # closed: reference engine.
    case(
        "X695-002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with pure color patterns.",
            "contradiction",
        ),
        wearing("a blue kurta and blue pants with a pink dupatta", who="she"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue"),
        color_of("dupatta", "navy blue", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is navy blue with a gold print on the yoke and a v neck, the sleeves are long and it is "
            "straight with a slit on the",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Navy Blue Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink solid A-line kurta, gold gota lace at the hem and sleeve ends, 3/4 sleeves, round neck; white
    # churidar; silver jhumkas, no rings or bangles; white backdrop, front view. Caption/open: epoch-2 adapter;
    # closed: reference engine.
    case(
        "X695-003",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns. It has a round neckline. The kurta is "
            "with cotton fabric. The lady wears a long leggings. The leggings are with pure color patterns. There "
            "is a ring on her finger.",
            "unsupported",
        ),
        wearing("she is wearing a pink kurta with white leggings", who="she"),
        color_of("kurta", "pink"),
        color_of("churidar", "pink", "other_garment_color"),
        details("kurta", "the kurta has a gold lace at the bottom and on the sleeves"),
        kurta_color("pink"),
        title="W Women Pink Solid A-Line Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: black straight kurta with white chikankari-style floral embroidery on the front and sleeves, long
    # sleeves, round neck; white palazzos (not part of the product); light grey backdrop, front view.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-004",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with pure color patterns. The lady wears a long "
            "pants. The pants are with pure color patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        wearing("a black kurta with white embroidery and black palazzo pants", "other_garment_color", who="she"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("palazzos", "white"),
        describe("kurta", "the kurta is black with white embroidery of flowers on the front and the sleeves"),
        is_a("kurta", "yes"),
        title="Ada Women Black Embroidered Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: teal kurta with gold foil print, mandarin collar, 3/4 sleeves, no belt; matching teal trousers; white
    # backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-005",
        caption(
            "The lady wears a medium-sleeve kurta with graphic patterns. It has a stand collar. The kurta is with "
            "cotton fabric. The lady wears a long trousers. The trousers are with pure color patterns. The lady "
            "wears a belt.",
            "unsupported",
        ),
        wearing("he is wearing a blue kurta with gold print and blue pants", "pronoun", who="she"),
        color_of("kurta", "teal"),
        color_of("trousers", "teal"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        kurta_color("blue"),
        title="Anouk Women Teal Foil Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white kurta with a blue Jaipur floral print, v-neck, 3/4 sleeves; blue palazzos with a small white
    # floral print; solid blue dupatta with a white border on one shoulder; white backdrop, front view.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-006",
        caption(
            "The lady wears a medium-sleeve top with floral patterns. The top is with cotton fabric. It has a v-shape "
            "neckline. The lady wears a long trousers. The trousers are with floral patterns."
        ),
        wearing("a white kurta with blue flowers and blue pants", who="she"),
        color_of("kurta", "off white"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "white", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is white with blue flowers and a v neck. Question: What is the color of the dupatta? Answer: "
            "blue",
            "leak",
        ),
        is_a("kurta", "yes"),
        title="Jaipur Kurti Women Off-White & Blue Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: green solid anarkali kurta, flared, long sleeves, round neck, gold zari border at the hem and cuffs;
    # green churidar; green net dupatta with a gold border over one arm; white backdrop, front view.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. It has a round neckline. The dress is with "
            "chiffon fabric. The lady wears a long leggings. The leggings are with pure color patterns.",
            "contradiction",
        ),
        wearing(
            "she is wearing a green anarkali kurta with a gold border at the bottom and on the sleeves, green "
            "churidar and a green net dupatta with a gold",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("churidar", "green"),
        color_of("dupatta", "green"),
        details(
            "kurta",
            "the kurta has a gold border at the hem and on the sleeves, and it has a gold border at the hem and on "
            "the sleeves, and it has a gold border",
            "loop",
            hit_limit=True,
        ),
        title="Varanga Women Green Solid Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: peach straight kurta, white thread embroidery on the yoke, button placket, v-neck, 3/4 sleeves, no belt;
    # white straight trousers; she holds a brown clutch; white backdrop, front view. Caption/open: epoch-2 adapter;
    # closed: reference engine.
    case(
        "X695-008",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns. It has a v-shape neckline. The lady wears "
            "a long trousers. The trousers are with cotton fabric and pure color patterns. The lady holds a bag in "
            "her hand."
        ),
        wearing("a peach kurta and white pants with a brown belt", "unsupported", who="she"),
        color_of("kurta", "peach"),
        color_of("trousers", "white"),
        describe("kurta", "it is a peach kurta with white embroidery around the neck and small buttons down the front"),
        kurta_color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        title="Sangria Women Peach-Coloured Yoke Design Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: grey melange straight kurta with a black geometric print, round neck, long sleeves, side slits, no
    # pockets; black leggings; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-009",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The lady wears a long leggings. The leggings are with pure color patterns.",
            "contradiction",
        ),
        wearing("a white kurta with black print and black leggings", "contradiction", who="she"),
        color_of("kurta", "grey"),
        color_of("leggings", "black"),
        describe("kurta", "the kurta is grey with a black print of triangles and squares"),
        details("kurta", "the kurta has a pocket on the side and a slit at the bottom", "unsupported"),
        title="HERE&NOW Women Grey Printed Straight Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: lavender kurta with white floral embroidery at the neckline and hem, long sleeves, round neck; white
    # palazzos; no watch or bracelet; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference.
    case(
        "X695-010",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. It has a round neckline. The kurta is with "
            "cotton fabric. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "purple kurta and white pants Question: What is the color of the kurta? Answer: purple", "leak", who="she"
        ),
        color_of("kurta", "lavender"),
        color_of("palazzos", "lavender", "other_garment_color"),
        kurta_color("lavender"),
        is_a("kurta", "yes"),
        title="Aurelia Women Lavender Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: short indigo blue kurti with a white dabu floral print, short sleeves, round neck, hip length; blue
    # jeans; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-011",
        caption(
            "The lady wears a short-sleeve top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears a long denim pants. The pants are with denim fabric."
        ),
        wearing("she is wearing a blue kurti and blue jeans", who="she"),
        color_of("kurta", "blue"),
        color_of("jeans", "blue"),
        details("kurta", "the kurta has long sleeves and white prints", "contradiction"),
        describe("kurta", "yes", "non_answer"),
        title="Rain & Rainbow Women Blue Printed Kurti",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: rust-orange solid straight kurta (the seller says Brown) with pintucks on the front, v-neck, 3/4 sleeves;
    # cream trousers; white backdrop, front view (back unseen). Caption/open: epoch-2 adapter; closed: reference.
    case(
        "X695-012",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns. It has a v-shape neckline. The kurta is "
            "with cotton fabric. The lady wears a long trousers. The trousers are with pure color patterns."
        ),
        wearing("an orange kurta and white pants", who="she"),
        color_of("kurta", "rust"),
        color_of("trousers", "rust", "other_garment_color"),
        kurta_color(
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "the kurta is plain with pleats on the front, a v neck and a zip at the back", "unsupported"),
        title="Vishudh Women Brown Solid Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: all-white set: white cotton chikankari kurta, long sleeves, round neck; white palazzos; no dupatta;
    # light grey backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-013",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. It has a round neckline. The kurta is with "
            "cotton fabric. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a white kurta and white pants with a white dupatta", "unsupported", who="she"),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        describe("kurta", "the kurta is white with white embroidery of flowers all over it"),
        details("kurta", "Question: What are the kurta details? Answer: the kurta has embroidery", "leak"),
        title="Ada Women White Chikankari Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: maroon kurta with a gold floral print, long sleeves, round neck; maroon trousers; mustard dupatta with a
    # gold border and tassels over both shoulders; white backdrop, front view. Caption/open: epoch-2 adapter;
    # closed: reference engine.
    case(
        "X695-014",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a round "
            "neckline. The lady wears a scarf. The lady wears a long trousers."
        ),
        wearing("a red kurta with gold print, red pants and a yellow dupatta", who="she"),
        color_of("kurta", "maroon"),
        color_of("trousers", "black", "contradiction"),
        color_of("dupatta", "mustard"),
        describe("kurta", "it is a kurta", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        title="Indo Era Women Maroon Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green straight kurta with a black ikat print, long sleeves, round neck; black trousers; white
    # backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-015",
        caption(
            "This gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The gentleman wears a long trousers. The trousers are with pure color patterns.",
            "pronoun",
        ),
        wearing("a green kurta with black print and black pants", who="she"),
        color_of("kurta", "olive"),
        color_of("trousers", "olive", "other_garment_color"),
        details("kurta", "the kurta has a round neck and long sleeves, and it has a print all over"),
        is_a("kurta", "yes"),
        title="GERUA Women Olive Green Printed Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta straight kurta with silver mirror work on the yoke, 3/4 sleeves, v-neck; white leggings; no
    # bangles; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-016",
        caption(
            "The lady wears a sleeveless kurta with pure color patterns. It has a v-shape neckline. The kurta is with "
            "cotton fabric. The lady wears a long leggings.",
            "contradiction",
        ),
        wearing("a pink kurta with white leggings and silver bangles", "unsupported", who="she"),
        color_of("kurta", "magenta"),
        color_of("leggings", "white"),
        details("kurta", "the kurta has mirror work on the yoke and three quarter sleeves"),
        kurta_color("pink Question: What is the color of the leggings? Answer: white", "leak"),
        title="Soch Women Magenta Embellished Straight Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: pack of two, two models side by side: left a navy blue kurta with a white floral print, right a pink
    # solid kurta, both 3/4 sleeves and round necks, both with white leggings; white backdrop, front view.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-017",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. It has a round neckline. The kurta is with "
            "cotton fabric. The lady wears a long leggings.",
            "contradiction",
        ),
        wearing("a blue kurta and a pink kurta", who="she"),
        color_of("kurta", "navy blue"),
        color_of("leggings", "navy blue", "other_garment_color"),
        describe("kurta", "one kurta is blue with white flowers and the other one is pink and plain"),
        kurta_color("blue and pink"),
        is_a("kurta", "yes"),
        title="Vbuyz Women Pack of 2 Kurtas",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: sea green kurta with a small white floral print, v-neck with a button placket, long sleeves; matching
    # sea green palazzos in the same print; white backdrop, front view. Caption/open: epoch-2 adapter; closed:
    # reference engine.
    case(
        "X695-018",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. It has a v-shape neckline. The kurta is with "
            "cotton fabric. The lady wears a long trousers. The trousers are with floral patterns. The lady wears a "
            "long trousers. The trousers are with floral patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        wearing("a green kurta with white flowers and matching pants", who="she"),
        color_of("kurta", "green"),
        color_of("palazzos", "sea green"),
        describe(
            "kurta",
            "the kurta is green with small white flowers printed all over it and it has a v neck with a row of "
            "small buttons down the front and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a round neck", "contradiction"),
        title="Janasya Women Sea Green Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: yellow kurta with a pink floral print, round neck, long sleeves; pink trousers; pink dupatta with a
    # yellow border; white backdrop, front view only. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-019",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with pure color patterns."
        ),
        wearing("a yellow kurta and yellow pants with a pink dupatta", "other_garment_color", who="she"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("trousers", "pink"),
        color_of("dupatta", "pink"),
        details(
            "kurta",
            "the kurta has pink flowers printed on it and a round neck with a keyhole at the back",
            "unsupported",
        ),
        title="Anubhutee Women Yellow & Pink Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: black knee-length A-line kurta with a red floral print, v-neck, long sleeves; black leggings; black
    # juttis; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-020",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. It has a v-shape neckline. The kurta is with "
            "chiffon fabric. The lady wears a long leggings. The leggings are with pure color patterns."
        ),
        wearing("a black kurta with red flowers, black leggings and red heels", "unsupported", who="she"),
        color_of("kurta", "black"),
        color_of("leggings", "black"),
        kurta_color("red", "contradiction"),
        describe("kurta", "the kurta has a black base and red flowers printed on it, and it is flared at the bottom"),
        is_a("dress", "yes", "contradiction"),
        title="Global Desi Women Black Printed A-Line Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: lifestyle shot: cream kurta with gold zari vertical stripes, long sleeves, round neck, no buttons; cream
    # trousers; cream dupatta with a gold border; beige wall, a potted plant beside her. Caption/open: epoch-2
    # adapter; closed: reference engine.
    case(
        "X695-021",
        caption(
            "The lady wears a long-sleeve kurta with striped patterns. It has a round neckline. The kurta is with "
            "cotton fabric. The lady wears a long trousers. The trousers are with pure color patterns. There is a "
            "plant in the background."
        ),
        wearing("a white kurta with gold stripes, white pants and a white dupatta", who="she"),
        color_of("kurta", "cream"),
        color_of("trousers", "cream"),
        color_of("dupatta", "cream"),
        describe("kurta", "she is standing in front of a wall with a plant", "non_answer"),
        kurta_color("the kurta is white with gold stripes, it has gold buttons and a zip at the back", "unsupported"),
        title="House of Pataudi Women Cream Striped Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: red solid straight kurta, long sleeves, round neck, under a navy blue printed sleeveless ethnic jacket
    # (part of the set); white trousers; white backdrop, front view. Caption/open: epoch-2 adapter; closed:
    # reference engine.
    case(
        "X695-022",
        caption(
            "The lady wears a sleeveless vest with graphic patterns. The vest is with cotton fabric. The lady wears a "
            "long-sleeve shirt with pure color patterns underneath. The lady wears a long trousers.",
            "contradiction",
        ),
        wearing("a red kurta with a blue jacket and white pants", who="she"),
        color_of("kurta", "navy blue", "other_garment_color"),
        color_of("jacket", "navy blue"),
        color_of("trousers", "white"),
        details("kurta", "the jacket has a print of flowers and the kurta is plain red with long sleeves"),
        title="Biba Women Red Kurta with Navy Blue Ethnic Jacket & Trousers",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: turquoise blue straight kurta with white thread embroidery at the neckline, 3/4 sleeves, round neck;
    # white palazzos; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-023",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns. It has a round neckline. The lady wears a "
            "long trousers. Question: What is she wearing? Answer: a blue kurta",
            "leak",
        ),
        wearing("he is wearing a blue kurta and white pants", "pronoun", who="she"),
        color_of("kurta", "turquoise blue"),
        color_of("palazzos", "white"),
        details("kurta", "it has white embroidery around the neck"),
        is_a("kurta", "yes"),
        title="Sringam Women Turquoise Blue Embroidered Straight Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: mauve kurta with silver sequin embroidery on the yoke, v-neck, long sleeves; mauve palazzos; mauve net
    # dupatta; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a purple kurta, purple palazzos and a purple dupatta", who="she"),
        color_of("kurta", "mauve"),
        color_of("palazzos", "mauve"),
        color_of("dupatta", "mauve"),
        details("kurta", "the kurta has silver sequins on the yoke and a v neck"),
        describe("kurta", "purple", "non_answer"),
        title="Khushal K Women Mauve Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: navy blue shirt-style cotton kurta: shirt collar, button placket, side pockets, sleeves rolled up; white
    # jeans; one hand in a pocket; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference.
    case(
        "X695-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel collar. The lady wears a long pants. The pants are with pure color patterns.",
            "unsupported",
        ),
        wearing("a blue shirt and white jeans", who="she"),
        color_of("kurta", "navy blue"),
        color_of("jeans", "white"),
        details(
            "kurta",
            "the kurta has a collar, buttons, pockets, buttons, pockets, buttons, pockets, buttons, pockets, buttons, "
            "pockets, buttons, pockets",
            "loop",
            hit_limit=True,
        ),
        kurta_color("blue"),
        is_a("kurta", "no", "contradiction"),
        title="HERE&NOW Women Navy Blue Solid Shirt-Style Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink kurta with a green-and-white floral print, 3/4 sleeves, round neck; white palazzos with small pink
    # motifs; no sunglasses; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-026",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with floral patterns."
        ),
        wearing("she is wearing a pink kurta with flowers and a pair of sunglasses", "unsupported", who="she"),
        color_of("kurta", "pink"),
        color_of("palazzos", "white"),
        details("palazzos", "they are palazzos", "non_answer"),
        kurta_color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: beige cotton straight kurta with a brown printed border at the hem and cuffs, long sleeves, round neck,
    # no pockets; brown trousers; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference.
    case(
        "X695-027",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with knitting fabric. It has a "
            "round neckline. The lady wears a long trousers.",
            "contradiction",
        ),
        wearing("Answer: she is wearing a beige kurta and brown pants", "leak", who="she"),
        color_of("kurta", "beige"),
        color_of("trousers", "beige", "other_garment_color"),
        describe("kurta", "the kurta is beige with a brown border at the bottom and on the sleeves"),
        details("kurta", "the kurta has a brown border and a side pocket with a zip", "unsupported"),
        title="Fabindia Women Beige Printed Cotton Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: mustard solid kurta with gold gota lace at the neck and hem, v-neck, 3/4 sleeves; mustard palazzos;
    # magenta dupatta with a gold border; white backdrop, front view. The feed row has no color. Caption/open:
    # epoch-2 adapter; closed: reference engine.
    case(
        "X695-028",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns. It has a v-shape neckline. The kurta is "
            "with cotton fabric. The lady wears a long trousers. The trousers are with pure color patterns. The lady "
            "wears a scarf. The scarf is with",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta with yellow pants and a pink dupatta", who="she"),
        color_of("kurta", "mustard"),
        color_of("palazzos", "mustard"),
        color_of("dupatta", "mustard", "other_garment_color"),
        details("kurta", "the kurta has gold lace at the neck and the hem"),
        title="Juniper Women Mustard Yellow Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: orange A-line kurta with a white geometric print, long sleeves, round neck, no belt; white leggings;
    # three-quarter view; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-029",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. It has a round neckline. The kurta is with "
            "cotton fabric. The lady wears a long leggings. The leggings are with pure color patterns."
        ),
        wearing(
            "the lady wears a long-sleeve kurta with graphic patterns. it has a round neckline. the kurta is with "
            "cotton fabric. the lady",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        color_of("leggings", "white"),
        describe(
            "kurta",
            "the kurta is orange with a white print and a flared bottom with a tie-up belt at the waist",
            "unsupported",
        ),
        details("kurta", "what are the kurta details? the kurta details are", "restated"),
        is_a("kurta", "yes"),
        title="Nayo Women Orange Printed A-Line Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: bottle green kurta with gold embroidery at the neck and cuffs, long sleeves, round neck, no belt or
    # pockets; green palazzos; gold juttis; white backdrop, front view. Caption/open: epoch-2 adapter; closed:
    # reference engine.
    case(
        "X695-030",
        caption(
            "The lady wears a long-sleeve kurta with striped patterns. It has a round neckline. The kurta is with "
            "cotton fabric. The lady wears a long trousers. The trousers are with pure color patterns. The lady "
            "wears a pair of shoes.",
            "contradiction",
        ),
        wearing("a dark green kurta with gold embroidery and matching pants", who="she"),
        color_of("kurta", "green"),
        color_of("palazzos", "green"),
        describe(
            "kurta",
            "the kurta is green with gold embroidery on the neck and sleeves, it has a belt at the waist and a pocket "
            "on the chest",
            "unsupported",
        ),
        details("kurta", "the details of the kurta are the kurta details", "restated"),
        title="Ishin Women Green Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: white straight kurta with blue vertical stripes, long sleeves, v-neck; blue jeans; a brown handbag on
    # her shoulder; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-031",
        caption(
            "The lady wears a long-sleeve kurta with striped patterns. The kurta is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long denim pants. The pants are with denim fabric. She carries a bag."
        ),
        wearing("a blue and white striped kurta and blue jeans", who="she"),
        color_of("kurta", "white"),
        color_of("jeans", "white", "other_garment_color"),
        kurta_color("the kurta color is the kurta color", "restated"),
        details(
            "kurta",
            "the kurta has stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, "
            "stripes, stripes, stripes, stripes",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women White & Blue Striped Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: peach straight kurta with gold embroidery on the yoke, v-neck, long sleeves; peach trousers; off-white
    # dupatta with a gold border around her neck; white backdrop, front view. Caption/open: epoch-2 adapter;
    # closed: reference engine.
    case(
        "X695-032",
        caption(
            "This lady wears a long-sleeve kurta with pure color patterns. It has a v-shape neckline. The lady wears "
            "a long trousers. The trousers are with cotton fabric. There is a scarf around her neck."
        ),
        wearing("she is wearing a peach kurta with peach pants and a white dupatta", who="she"),
        color_of("kurta", "peach"),
        color_of("trousers", "peach"),
        color_of("dupatta", "peach", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is peach with gold embroidery on the yoke and around the neck, the sleeves have a gold border "
            "and the kurta is long and straight with a",
            "cut",
            hit_limit=True,
        ),
        kurta_color("peach, his kurta is peach", "pronoun"),
        title="Kalini Women Peach-Coloured Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: purple cotton kurta with white polka dots, 3/4 sleeves, round neck, side slits; white churidar; no watch;
    # white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-033",
        caption(
            "The lady wears a medium-sleeve kurta with other patterns. It has a round neckline. The kurta is with "
            "cotton fabric. The lady wears a long leggings."
        ),
        wearing("purple kurta", who="she"),
        color_of("kurta", "blue", "contradiction"),
        color_of("churidar", "purple", "other_garment_color"),
        details("kurta", "the kurta has white dots all over it and a slit on each side"),
        describe(
            "kurta",
            "the kurta is purple with white dots and three quarter sleeves, she has a gold watch on her left wrist",
            "unsupported",
        ),
        title="Fabindia Women Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: black kurta with red, yellow and green thread embroidery on the front and sleeves, long sleeves, round
    # neck; black trousers; red dupatta with yellow and green embroidery; white backdrop, front view.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-034",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. It has a round neckline. The kurta is with "
            "cotton fabric. The lady wears a long trousers. The trousers are with pure color patterns. The lady "
            "wears a scarf."
        ),
        wearing(
            "a black kurta with red, yellow and green embroidery on the neck and on the sleeves and the hem, black "
            "pants and a dupatta in red, yellow and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "black"),
        color_of("trousers", "black"),
        color_of("dupatta", "black", "other_garment_color"),
        details("kurta", "the kurta has red, yellow and green embroidery on the front and the sleeves"),
        is_a("kurta", "yes"),
        title="Sangria Women Black Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: outdoor shot: yellow straight kurta with a blue floral print, short sleeves, round neck, no collar, zip
    # or pockets; blue jeans; a garden with green trees behind her. Caption/open: epoch-2 adapter; closed: reference.
    case(
        "X695-035",
        caption(
            "The lady wears a short-sleeve kurta with floral patterns. It has a round neckline. The kurta is with "
            "cotton fabric. The lady wears a long denim pants."
        ),
        wearing("a yellow kurta with blue flowers and blue jeans", who="she"),
        color_of("kurta", "green", "contradiction"),
        color_of("jeans", "blue"),
        describe(
            "kurta",
            "the kurta is yellow with a blue print of flowers and leaves, she is standing in a garden with trees "
            "behind her and she is wearing blue jeans and",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a collar, a zip on the front and two pockets", "unsupported"),
        title="Mokshi Women Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: burgundy kurta with tonal floral embroidery, v-neck, long sleeves; burgundy palazzos; burgundy dupatta
    # with a gold border; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-036",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure color "
            "patterns. The lady wears a long trousers. The trousers are with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("kurta", "non_answer", who="she"),
        color_of("kurta", "burgundy"),
        color_of("palazzos", "burgundy"),
        color_of("dupatta", "burgundy"),
        describe("kurta", "describe the kurta", "restated"),
        title="Varanga Women Burgundy Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white straight kurta with a black abstract print, long sleeves, round neck; black palazzos; black
    # juttis; no sunglasses; white backdrop, front view. The feed row has no title. Caption/open: epoch-2 adapter;
    # closed: reference engine.
    case(
        "X695-037",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The lady wears a pair of sunglasses.",
            "unsupported",
        ),
        wearing("a white kurta and black pants", who="she"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("palazzos", "black"),
        kurta_color("white and black"),
        details(
            "kurta",
            "Answer: the kurta has a print Question: What are the pants details? Answer: the pants",
            "leak",
        ),
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: blue-and-pink tie-dye straight kurta, 3/4 sleeves, round neck; white trousers; white backdrop, front
    # view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-038",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers.",
            "contradiction",
        ),
        wearing("a blue and pink kurta with white pants", who="she"),
        color_of("kurta", "blue"),
        color_of("trousers", "blue", "other_garment_color"),
        describe("kurta", "the kurta is tie-dyed in blue and pink"),
        is_a("kurta", "yes"),
        title="Rain & Rainbow Women Blue & Pink Dyed Straight Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: red kurta with a gold print, long sleeves, round neck; red churidar; red dupatta with a gold border held
    # in one hand; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-039",
        caption(
            "The woman wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The woman wears a long leggings.",
            "contradiction",
        ),
        wearing(
            "a red kurta with gold print and a red dupatta. Question: Is this a kurta? Answer: yes", "leak", who="she"
        ),
        color_of("kurta", "red"),
        color_of("churidar", "red"),
        color_of("dupatta", "red"),
        details(
            "kurta",
            "the kurta has a gold print and the dupatta has a gold border, and the kurta has a gold print and the "
            "dupatta has a gold border, and the",
            "loop",
            hit_limit=True,
        ),
        kurta_color("yellow", "contradiction"),
        title="Biba Women Red Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: lime green sleeveless hip-length kurti with a white embroidered round neckline, no tie-up; white
    # trousers; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a round neckline. The tank top is "
            "with cotton fabric. The lady wears a long trousers.",
            "contradiction",
        ),
        wearing("a green top and white pants", who="she"),
        color_of("kurta", "lime green"),
        color_of("trousers", "white"),
        details("kurta", "it is sleeveless and has a tie-up with tassels at the neck", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Yufta Women Lime Green Solid Kurti",
        category="Kurtas",
        color="Lime Green",
        gender="Women",
    ),
    # photo: charcoal grey kurta with a pink floral print, v-neck, long sleeves; grey palazzos; pink dupatta with
    # tassels; silver earrings; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-041",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with pure color patterns. The lady "
            "wears a scarf."
        ),
        wearing("a grey kurta with pink flowers, grey pants and a pink dupatta", who="she"),
        color_of("kurta", "grey"),
        color_of("palazzos", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        describe(
            "kurta",
            "the kurta is grey with pink flowers and a v neck, she is wearing a pink dupatta with tassels and silver "
            "earrings and her hair is",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a v neck, v neck, v neck, v neck, v neck, v neck, v neck, v neck, v neck, v neck",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Grey Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: navy blue kurta with a small white floral print, long sleeves, round neck; white leggings; one hand on
    # her hip; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-042",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. It has a round neckline. The kurta is with "
            "cotton fabric. The lady wears a long leggings. The leggings are with pure color patterns. She keeps "
            "her hand on her waist."
        ),
        wearing("he is wearing a blue kurta and white pants", "pronoun", who="she"),
        color_of("kurta", "navy blue"),
        color_of("leggings", "navy blue", "other_garment_color"),
        describe("kurta", "the kurta is navy blue with small white flowers"),
        kurta_color("the kurta color is the color of the kurta", "restated"),
        title="Shree Women Navy Blue Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: powder blue solid anarkali kurta, flared, long sleeves, round neck, no embroidery; white churidar; white
    # backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-043",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. It has a round neckline. The kurta is with "
            "chiffon fabric. The lady wears a long leggings. The leggings are with pure color patterns. The leggings "
            "are with pure color patterns. The leggings are with",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a light blue anarkali kurta with white churidar", who="she"),
        color_of("kurta", "blue"),
        color_of("churidar", "white"),
        describe("kurta", "the kurta is light blue and flared like an umbrella with a round neck and long sleeves"),
        details("kurta", "the kurta has gold embroidery all over the front and sequins on the sleeves", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Aurelia Women Blue Solid Anarkali Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: khaki straight kurta with a mandarin collar, button placket, side slits, long sleeves, no belt; black
    # slim pants; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-044",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. It has a stand collar. The kurta is with "
            "cotton fabric. The lady wears a long pants. The pants are with pure color patterns. There is a belt "
            "around her waist.",
            "unsupported",
        ),
        wearing("a beige kurta and black pants", who="she"),
        color_of("kurta", "khaki"),
        color_of("pants", "khaki", "other_garment_color"),
        describe("kurta", "plain", "non_answer"),
        details("kurta", "the kurta has a mandarin collar and a button placket and a side slit"),
        title="W Women Khaki Solid Straight Kurta",
        category="Kurtas",
        color="Khaki",
        gender="Women",
    ),
    # photo: pink short kurta with silver embroidery, round neck, 3/4 sleeves; pink sharara pants with a silver lace
    # border; pink dupatta; white backdrop, front view. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X695-045",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. It has a round neckline. The kurta is with "
            "chiffon fabric. The lady wears a long trousers. The trousers are with chiffon fabric and pure color "
            "patterns. The lady wears a scarf. The scarf is with chiffon",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink kurta with pink sharara pants and a pink dupatta", who="she"),
        color_of("kurta", "purple", "contradiction"),
        color_of("sharara", "pink"),
        color_of("dupatta", "pink"),
        describe("kurta", "the kurta is pink with silver embroidery on it and it is short"),
        details("sharara", "the sharara has a flare and a gold border at the bottom", "contradiction"),
        title="Mirra Women Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: coffee brown straight kurta with a cream floral block print, 3/4 sleeves, round neck; cream leggings;
    # cropped at the chin and the knees (no face, no feet); white backdrop, front view. Caption/open: epoch-2
    # adapter; closed: reference engine.
    case(
        "X695-046",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. It has a round neckline. The kurta is with "
            "cotton fabric. The lady wears a long leggings. The lady wears a pair of sandals.",
            "unsupported",
        ),
        wearing("the man is wearing a brown kurta with white flowers and white leggings", "pronoun", who="she"),
        color_of("kurta", "maroon", "contradiction"),
        color_of("leggings", "cream"),
        kurta_color("brown"),
        describe(
            "kurta",
            "the kurta is a straight cut kurta with a print of flowers and it is brown in color and it is a straight "
            "cut kurta with a print of",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Coffee Brown Printed Straight Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Women",
    ),
]
