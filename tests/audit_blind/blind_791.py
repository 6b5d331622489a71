"""BLIND_791 (46 products; Myntra women's kurtas, kurtis and tunics, base BLIP-2 zero-shot, per-piece colors): written
blind in the fifty-fifth session. Measured blind at 48d5375 (the session's tenth rules): 111/126 failures found (88.1%)
and 20/178 correct texts flagged (11.2%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic-wear feed (Kurtas, Kurtis, Tunics), one catalog photo per product: mostly a
model on a white studio backdrop wearing the kurta over leggings, churidar, palazzos, trousers or jeans, often with a
dupatta, a few with a jacket, bag or jewellery; two flat-lays with no model, one back view, two grey backdrops. The
questionnaire asks the caption, what the woman is wearing, and the color of each visible piece in turn (kurta,
leggings, churidar, palazzo pants, dupatta, jacket, bag), plus some of: describe, details, pattern, sleeve length,
garment type, "Is this a kurta?", material.

Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, `Question: ... Answer:`
prompts (30 new tokens for answers, 50 for the caption). Closed questions (per-piece color, pattern, sleeve length,
garment type, yes/no) went through enrich's `--engine reference`, so they are one candidate value each and never loop
or stop short; a few piece colors (churidar, dupatta, bag, some leggings and palazzos) were asked open.
Open answers and captions are free generation. Its habits here: short, plain answers that are mostly
right on the dominant color; the same color handed to two pieces (the kurta's color given to the leggings, the
dupatta's or the palazzos' color given to the kurta); "he"/"a man" for some models; invented buttons, zips, pockets,
lace and fabrics; one-word or yes answers to open questions; now and then a repetition loop or a long describe cut at
the token limit, and a few continuations of the prompt format ("Question: ... Answer: ...").

Labeling conventions and judgement calls:
- The product is the catalog's kurta, kurti or tunic. Its color is its ground color, not the print's or the
  border's. A text that gives the product the color of another piece in the photo (leggings, palazzos, dupatta,
  jacket, jeans) is `other_garment_color`, closed or open; where the print shares that color with a worn piece I
  still label it so (the answer mirrors the other piece, and the ground color is what the seller lists).
- A text that gives a secondary piece (leggings, churidar, palazzos, dupatta) a color that piece does not have,
  usually the kurta's, is `contradiction` (one color for two garments). Where the secondary piece really matches
  the kurta (black kurta, black leggings) the shared color is correct.
- Shades within one family count as right: maroon called red, peach or coral called pink/orange, powder blue called
  light blue, tan called brown, beige-gold leggings called gold. Navy called black is a contradiction.
- Garment words: kurta, kurti, tunic, top and suit are accepted for the product; "shirt" only for a collared
  kurta/tunic with a button placket. "dress" for the product, "jacket" as the garment type of a kurta sold with a
  jacket, and "no" to "Is this a kurta/tunic?" are `contradiction`. "long sleeves" for three-quarter sleeves is a
  `contradiction` (a closed sleeve value the photo contradicts).
- `unsupported`: details the photo does not show (buttons, zips, pockets, lace, shoes cropped out of frame, a
  dupatta that is not there, leggings in a flat-lay, the front of a garment seen from the back) and a fabric that
  contradicts the seller's title or that the photo rules out (velvet, denim for a matte cotton-look kurta).
  Where the title names no fabric, a plausible fabric for the photo (cotton for a matte print) is correct.
- `non_answer`: yes/no, "i don't know", or a single word (a color alone) for an open describe/details/wearing
  question. `restated`: the question's own words returned as the answer ("the details of the kurta", "the tunic is
  a tunic"), including the question echoed before a short answer.
- `pronoun`: "he" or "a man" for the women's model; labeled so even where the rest of the text is right.
- `leak`: the `Question: ... Answer:` format continued or echoed in the output; labeled leak even when the answer
  inside is right. When the leak ran on until the token limit, hit_limit is set.
- `loop` and `cut` always ran to the token limit (hit_limit=True); a loop that begins with a right clause is still
  a loop; a cut is a text that stops mid-phrase at the limit.
- One text has one label: where a text fails two ways I give the kind that most defines it (a looping text that
  also repeats a wrong color is a loop; a "he" text with a right outfit is pronoun).
- Catalog columns follow a Myntra-like feed: title, category (Kurtas/Kurtis/Tunics), color (the seller's
  base colour), gender; a few rows lack category, color or gender as real feeds do.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

# local makers: the blind sets' wording for material, pattern, sleeve length and garment type; wearing asked of
# "she" or "the woman"
material = Q.material
pattern = Q.pattern
sleeves = Q.sleeve_length
garment_type = Q.garment_type


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def woman(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


BLIND_791 = [
    # photo: royal blue knee-length kurta with small white floral block print, round neck, three-quarter sleeves, over
    # white leggings; silver jhumkas; white backdrop, front view. Base model wrote all texts.
    case(
        "X791-001",
        caption("a woman wearing a blue kurta with white leggings"),
        woman("a blue and white kurta"),
        color_of("kurta", "blue"),
        color_of("leggings", "blue", "contradiction"),
        pattern("printed"),
        sleeves("three-quarter sleeves"),
        describe("kurta", "the kurta is blue with white flowers"),
        details("kurta", "the kurta has a round neck with a tie and tassels and a slit at the front", "unsupported"),
        title="Libas Women Blue Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white kurta with small maroon and mustard motif print, mandarin collar, placket with self-fabric
    # buttons, long sleeves; maroon churidar; maroon dupatta over one shoulder; white backdrop. Base model, all texts.
    case(
        "X791-002",
        caption("a woman in a white kurta and red pants"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("dupatta", "maroon"),
        color_of("churidar", "white", "contradiction"),
        she("she is wearing a white kurta with a red scarf"),
        details("kurta", "the kurta has a mandarin collar and gold buttons down the front", "unsupported"),
        title="W Women Off White Printed Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: pink flared anarkali kurta, gold foil print on the hem band and sleeves, three-quarter sleeves, over
    # beige-gold churidar leggings; no dupatta; white backdrop, model turned slightly. Base model, all texts.
    case(
        "X791-003",
        caption("a woman wearing a long pink kurta with gold print"),
        is_a("kurta", "yes"),
        garment_type("dress", "contradiction"),
        color_of("kurta", "pink"),
        color_of("leggings", "gold", kind="open"),
        material("silk", "unsupported"),
        describe("kurta", "the kurta is pink with a gold border at the bottom and gold print on the sleeves"),
        title="Biba Women Pink Cotton Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard-yellow tunic with navy ikat print, V neck, short sleeves, fabric tie at the waist; navy skinny
    # jeans; tan sling bag on the shoulder; white backdrop. Base model, all texts.
    case(
        "X791-004",
        caption("a woman in a yellow top and jeans holding a bag and wearing sunglasses", "unsupported"),
        she("a yellow top and blue jeans"),
        color_of("tunic", "navy blue", "other_garment_color"),
        color_of("jeans", "blue"),
        color_of("bag", "brown", kind="open"),
        details("tunic", "the tunic has a v neck and a tie at the waist"),
        describe(
            "tunic",
            "the tunic is yellow with a blue ikat print all over it, it has a v neck and a tie at the waist and short"
            " sleeves with a",
            "cut",
            hit_limit=True,
        ),
        pattern("printed"),
        title="Global Desi Women Mustard Printed Tunic",
        category="Tunics",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon solid straight kurta with gold gota lace at hem and cuffs, three-quarter sleeves; cream palazzo
    # pants; gold clutch in hand; white backdrop. Base model, all texts.
    case(
        "X791-005",
        caption("a woman in a red kurta and white pants holding a purse"),
        color_of("kurta", "maroon"),
        color_of("palazzo pants", "maroon", "contradiction"),
        woman("a red kurta and white palazzo pants"),
        describe(
            "kurta",
            "the kurta is a maroon kurta with a maroon kurta with a maroon kurta with a maroon kurta with a maroon"
            " kurta with a",
            "loop",
            hit_limit=True,
        ),
        sleeves("three-quarter sleeves"),
        title="Anouk Women Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: hip-length green kurti with white bagru dot print, short sleeves; white cotton trousers; plain white
    # backdrop, front view. Base model, all texts.
    case(
        "X791-006",
        caption("a woman wearing a green and white top with green pants", "contradiction"),
        garment_type("kurta"),
        color_of("kurti", "green"),
        color_of("trousers", "green", "contradiction"),
        woman("he is wearing a green kurti and white pants", "pronoun"),
        material("cotton"),
        title="Jaipur Kurti Women Green Cotton Printed Kurti",
        category="Kurtis",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue kurta with white dabu print and side slits, over white churidar; white dupatta with a navy
    # border over both shoulders; white backdrop. Base model, all texts.
    case(
        "X791-007",
        caption("a woman wearing a blue and white kurta with a white scarf"),
        color_of("kurta", "black", "contradiction"),
        color_of("dupatta", "white"),
        color_of("churidar", "white", kind="open"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: the kurta has a white print",
            "leak",
        ),
        is_a("kurta", "yes"),
        title="Fabindia Women Navy Blue Dabu Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach sleeveless kurta with small green floral print all over, round neck with keyhole; olive green
    # trousers; white backdrop, hand on hip. Base model, all texts.
    case(
        "X791-008",
        caption("a woman in a pink floral kurta and green pants"),
        color_of("kurta", "peach"),
        color_of("trousers", "peach", "contradiction"),
        sleeves("sleeveless"),
        describe("kurta", "the kurta is peach with green flowers and a keyhole neck"),
        woman("a pink kurta"),
        pattern("floral"),
        details(
            "kurta",
            "the kurta is a sleeveless peach kurta with a small green floral print all over it and a keyhole"
            " neckline at the front with a small",
            "cut",
            hit_limit=True,
        ),
        material("it is made of chiffon with a satin lining", "unsupported"),
        title="Sangria Women Peach Cotton Floral Print Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: black kurta with white and red geometric print, mandarin collar, three-quarter sleeves; black leggings;
    # white backdrop, front view. Base model, all texts.
    case(
        "X791-009",
        caption("a woman in a black and white kurta"),
        color_of("kurta", "black"),
        color_of("leggings", "black"),
        woman("a black kurta and black leggings"),
        details("kurta", "the kurta has a mandarin collar and a red and white print"),
        material("it is made of silk and has a silk lining", "unsupported"),
        describe("kurta", "the kurta", "restated"),
        title="Vishudh Women Black Printed Rayon Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: teal straight kurta, solid, white thread-embroidered yoke, side slits; white palazzos; white potli bag in
    # hand; light grey studio backdrop. Base model, all texts.
    case(
        "X791-010",
        caption("a woman in a teal kurta and white pants standing in front of a grey wall"),
        color_of("kurta", "teal"),
        color_of("palazzo pants", "white"),
        color_of("bag", "teal", "contradiction", kind="open"),
        details("kurta", "the kurta has a white embroidered yoke and a slit on the side"),
        garment_type("kurta"),
        she("yes", "non_answer"),
        describe("kurta", "the kurta is white with a teal yoke", "other_garment_color"),
        title="AURELIA Women Teal Solid Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: purple long-sleeved tunic with black lace trim at the neck; black leggings; black ankle boots; white
    # backdrop, front view. Base model, all texts.
    case(
        "X791-011",
        caption("a woman in a purple top and black leggings and black boots"),
        color_of("tunic", "black", "other_garment_color"),
        color_of("leggings", "purple", "contradiction"),
        woman("a purple tunic with black leggings"),
        describe(
            "tunic",
            "the tunic is a long sleeved tunic with a lace trim on the neck and a zipper on the back",
            "unsupported",
        ),
        is_a("tunic", "yes"),
        title="Span Women Purple Tunic",
        category="Tunics",
        color="Purple",
        gender="Women",
    ),
    # photo: red kurta with white block-printed paisleys, three-quarter sleeves; indigo denim jeans; oxidised silver
    # necklace; white backdrop. Base model, all texts.
    case(
        "X791-012",
        caption("a man in a red kurta and jeans", "pronoun"),
        woman("a red kurta and blue jeans"),
        color_of("kurta", "red"),
        color_of("jeans", "red", "contradiction"),
        details(
            "kurta",
            "red and white and red and white and red and white and red and white and red and white and red and white"
            " and red",
            "loop",
            hit_limit=True,
        ),
        pattern("paisley"),
        title="Mother Earth Women Red Printed Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: lime green sleeveless kurta with pink and orange floral print on the yoke; hot pink churidar; pink
    # dupatta over the arms; white backdrop. Base model, all texts.
    case(
        "X791-013",
        caption("a woman in a green and pink outfit"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        color_of("churidar", "pink"),
        describe(
            "kurta",
            "a green kurta with a pink dupatta and pink leggings and pink leggings and pink leggings and pink leggings"
            " and pink leggings",
            "loop",
            hit_limit=True,
        ),
        sleeves("sleeveless"),
        woman("she is wearing a pink kurta and pink leggings", "other_garment_color"),
        title="W Women Lime Green Printed Kurta",
        category="Kurtas",
        color="Lime Green",
        gender="Women",
    ),
    # photo: flat-lay, no model: bright yellow kurta with white chikankari embroidery, three-quarter sleeves, laid on
    # a white surface; nothing else in the frame. Base model, all texts.
    case(
        "X791-014",
        caption("a yellow kurta with white embroidery on a white background"),
        woman("a yellow kurta"),
        color_of("kurta", "yellow"),
        color_of("leggings", "white", "unsupported", kind="open"),
        material("cotton"),
        pattern("embroidered"),
        details("kurta", "the kurta has white embroidery on the front and on the sleeves"),
        describe("kurta", "Answer: the kurta is yellow with white embroidery", "leak"),
        title="Biba Women Yellow Chikankari Cotton Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy blue kurta with gold foil print all over, round neck with keyhole, three-quarter sleeves; matching
    # navy palazzos; white backdrop. Base model, all texts.
    case(
        "X791-015",
        caption("a woman in a blue and gold kurta and blue pants"),
        color_of("kurta", "navy blue"),
        color_of("palazzo pants", "navy blue"),
        describe("kurta", "it is a kurta", "non_answer"),
        details(
            "kurta",
            "the kurta has a gold foil print all over the front and the sleeves, a round neck with a keyhole opening,"
            " and three quarter sleeves with a gold",
            "cut",
            hit_limit=True,
        ),
        she("Answer: a blue kurta", "leak"),
        title="Libas Women Navy Blue & Gold-Toned Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust-orange solid kurta with beige thread embroidery at the neckline, long sleeves; beige palazzos; beige
    # dupatta held in one hand; white backdrop. Base model, all texts.
    case(
        "X791-016",
        caption("a woman wearing an orange kurta and beige pants with a scarf"),
        color_of("kurta", "beige", "other_garment_color"),
        color_of("dupatta", "beige"),
        color_of("palazzo pants", "orange", "contradiction"),
        material("the kurta is made of velvet", "unsupported"),
        describe("kurta", "orange", "non_answer"),
        title="Indo Era Women Rust Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: magenta kurta with gold block print, three-quarter sleeves; gold churidar; glass bangles; white backdrop.
    # Base model, all texts.
    case(
        "X791-017",
        caption("a woman in a pink kurta with gold leggings"),
        woman(
            "a pink kurta with gold leggings Question: What is the color of the kurta? Answer: pink Question: What is",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "magenta"),
        color_of("leggings", "gold"),
        is_a("kurta", "no", "contradiction"),
        sleeves("three-quarter sleeves"),
        title="Varanga Women Magenta Printed Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: natural beige handloom kurta with thin brown stripes, long sleeves; brown cotton pants; tan kolhapuri
    # sandals; white backdrop. Base model, all texts.
    case(
        "X791-018",
        caption("a woman wearing a beige striped kurta and brown pants"),
        color_of("kurta", "beige"),
        pattern("striped"),
        color_of("pants", "beige", "contradiction"),
        material("silk", "unsupported"),
        woman("he is wearing a beige kurta and brown pants", "pronoun"),
        details("kurta", "the kurta details", "restated"),
        title="Fabindia Women Beige Handloom Cotton Striped Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: white kurta with white chikan thread embroidery, three-quarter sleeves; mid-blue denim jeans; white
    # backdrop (white on white). Base model, all texts.
    case(
        "X791-019",
        caption("a woman wearing a white kurta and blue jeans"),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        describe("kurta", "the kurta is white with white embroidery"),
        details("kurta", "the kurta has blue embroidery on the neck", "contradiction"),
        she("she is wearing a white kurta and blue jeans"),
        material("denim", "unsupported"),
        title="Anouk Women White Embroidered Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: tunic with a red, blue and yellow tribal print on a white ground, bell sleeves; white leggings; white
    # backdrop. Base model, all texts.
    case(
        "X791-020",
        caption("a woman in a colorful top and white leggings"),
        color_of("tunic", "multicolor"),
        color_of("leggings", "red", "contradiction"),
        describe(
            "tunic",
            "a colorful tunic with a tribal print and bell sleeves and a pocket on the front",
            "unsupported",
        ),
        pattern("printed"),
        woman("a dress", "contradiction"),
        title="Global Desi Women Multicoloured Printed Tunic",
        category="Tunics",
        color="Multi",
        gender="Women",
    ),
    # photo: orange straight kurta with pink embroidered neckline, three-quarter sleeves, no buttons; pink churidar;
    # pink dupatta with an orange border; white backdrop. Base model, all texts.
    case(
        "X791-021",
        caption("a woman in an orange and pink outfit with a scarf"),
        color_of("kurta", "orange"),
        color_of("churidar", "orange", "contradiction"),
        color_of("dupatta", "pink"),
        woman("an orange kurta and pink pants"),
        details("kurta", "the kurta has a pink embroidered neckline and pink buttons", "unsupported"),
        title="Biba Women Orange Embroidered Straight Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: grey melange kurta with a white print, three-quarter sleeves; black leggings; white backdrop.
    # Base model, all texts.
    case(
        "X791-022",
        caption("a woman wearing a grey kurta with black leggings"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("leggings", "black"),
        describe("kurta", "the kurta is a grey kurta with a white print"),
        sleeves("long sleeves", "contradiction"),
        woman("she is wearing a black kurta and black leggings", "other_garment_color"),
        material("cotton"),
        title="W Women Grey Melange Cotton Printed Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: sea green sleeveless kurta with white floral print; white palazzos; white backdrop.
    # Base model, all texts.
    case(
        "X791-023",
        caption("a woman in a green and white floral kurta and white pants"),
        color_of("kurta", "green"),
        color_of("palazzo pants", "green", "contradiction"),
        details("kurta", "the kurta has a floral print and is sleeveless"),
        sleeves("sleeveless"),
        woman("a kurta"),
        describe("kurta", "yes", "non_answer"),
        title="Jaipur Kurti Women Sea Green Printed Straight Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: lavender short kurti with white lace trim at the hem, short sleeves; light blue jeans; sunglasses in one
    # hand; white backdrop. Base model, all texts.
    case(
        "X791-024",
        caption("a woman in a purple top and jeans"),
        color_of("kurti", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        woman("he is wearing a purple shirt and jeans", "pronoun"),
        describe(
            "kurti",
            "it is a purple kurti with a white lace at the bottom and a white lace at the bottom and a white lace at"
            " the bottom and a",
            "loop",
            hit_limit=True,
        ),
        garment_type("top"),
        title="Vishudh Women Lavender Solid Kurti",
        category="Kurtis",
        color="Lavender",
        gender="Women",
    ),
    # photo: cream kurta with maroon floral print, three-quarter sleeves with maroon cuffs; maroon palazzos; maroon
    # dupatta; white backdrop. Base model, all texts.
    case(
        "X791-025",
        caption("a woman in a white and red kurta with red pants and a red scarf"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("dupatta", "maroon"),
        color_of("palazzo pants", "maroon"),
        pattern("floral"),
        describe("kurta", "the kurta is cream with a maroon floral print and the sleeves have a maroon border"),
        woman("a woman wearing a red kurta with red palazzo pants and a red dupatta", "other_garment_color"),
        title="Sangria Women Cream-Coloured & Maroon Printed Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: black solid kurta with gold zari at the neckline only; red churidar; red dupatta with gold tassels; white
    # backdrop. Base model, all texts.
    case(
        "X791-026",
        caption("a woman in a black kurta and red pants with a red scarf"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("churidar", "red", kind="open"),
        color_of("dupatta", "red and gold", kind="open"),
        describe(
            "kurta",
            "the kurta is black with gold embroidery on the neck and the sleeves and the bottom and the back",
            "unsupported",
        ),
        woman("she is wearing a black kurta and a red dupatta"),
        is_a("kurta", "yes"),
        title="Libas Women Black Solid Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: back view: model turned away, turquoise kurta with white floral print, short sleeves; white leggings;
    # white backdrop; the front of the kurta is not visible. Base model, all texts.
    case(
        "X791-027",
        caption("the back of a woman in a blue kurta and white leggings"),
        color_of("kurta", "blue"),
        color_of("leggings", "white"),
        woman("he is wearing a blue kurta and white pants", "pronoun"),
        details("kurta", "the kurta has a round neck and buttons on the front", "unsupported"),
        describe("kurta", "blue", "non_answer"),
        title="AURELIA Women Turquoise Blue Printed Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: olive green solid kurta with mandarin collar and a wooden-button placket, long sleeves rolled up;
    # off-white pants; brown leather tote on the arm; white backdrop. Base model, all texts.
    case(
        "X791-028",
        caption("a woman in a green shirt and white pants holding a brown bag"),
        color_of("kurta", "olive"),
        color_of("pants", "olive", "contradiction"),
        color_of("bag", "brown", kind="open"),
        details(
            "kurta",
            "the kurta has wooden buttons and a mandarin collar and two pockets on the chest",
            "unsupported",
        ),
        material("linen", "unsupported"),
        title="Mother Earth Women Olive Cotton Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: pastel pink solid straight kurta with white lace at the three-quarter sleeves; white trousers; framed
    # from head to mid-shin, feet out of frame; white backdrop. Feed row lacks the category. Base model, all texts.
    case(
        "X791-029",
        caption("a woman in a pink kurta and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("trousers", "white"),
        is_a("kurta", "yes"),
        details("kurta", "the details of the kurta", "restated"),
        she("she is wearing a pink kurta and white pants and white shoes", "unsupported"),
        title="W Women Pink Solid Kurta",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle green anarkali kurta with gold embroidered yoke and gold hem border, full sleeves; matching green
    # churidar; gold dupatta; white backdrop. Base model, all texts.
    case(
        "X791-030",
        caption("a woman in a green anarkali suit with a gold dupatta"),
        color_of("kurta", "gold", "other_garment_color"),
        color_of("dupatta", "gold"),
        color_of("churidar", "green"),
        is_a("kurta", "no", "contradiction"),
        sleeves("long sleeves"),
        describe(
            "kurta",
            "the kurta is a long green kurta with gold embroidery on the yoke and a gold border at the hem",
        ),
        woman("he is wearing a green kurta with a gold dupatta", "pronoun"),
        title="Biba Women Green Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: light blue chambray tunic with button placket, white embroidery on the yoke, roll-up sleeves with button
    # tabs; white leggings; white backdrop. Base model, all texts.
    case(
        "X791-031",
        caption("a woman wearing a blue denim shirt and white leggings"),
        material("denim"),
        color_of("tunic", "white", "other_garment_color"),
        color_of("leggings", "white"),
        woman("What is the woman wearing? a blue shirt", "restated"),
        details("tunic", "the tunic has white embroidery on the yoke and roll up sleeves with button tabs"),
        title="Span Women Blue Denim Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard kurta with maroon and green floral print, three-quarter sleeves; green palazzos; white backdrop.
    # Base model, all texts.
    case(
        "X791-032",
        caption("a woman in a yellow kurta and green pants"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("palazzo pants", "yellow", "contradiction"),
        woman("a yellow kurta and green palazzo pants"),
        describe(
            "kurta",
            "the kurta is yellow with a floral print and green and green and green and green and green and green and"
            " green and green",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        title="Indo Era Women Mustard Yellow Printed Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: red kurta with gold print; cream churidar; sheer red net dupatta; glass bangles; white backdrop.
    # Feed row lacks the color. Base model, all texts.
    case(
        "X791-033",
        caption("a woman in a red and gold kurta and white pants"),
        color_of("kurta", "red"),
        color_of("churidar", "red", "contradiction"),
        color_of("dupatta", "red"),
        details("kurta", "red", "non_answer"),
        she(
            "Answer: she is wearing a red kurta and white pants Question: What is the color of the kurta? Answer: red"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        title="Varanga Women Red & Gold-Toned Printed Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: indigo kurta with small white polka dots, V neck, three-quarter sleeves, no pockets; black leggings; the
    # model leans on a wooden stool; white backdrop. Base model, all texts.
    case(
        "X791-034",
        caption("a woman in a blue kurta leaning on a wooden stool"),
        color_of("kurta", "blue"),
        color_of("leggings", "blue", "contradiction"),
        material("cotton"),
        describe(
            "kurta",
            "the kurta is blue with white polka dots and a v neck and a pocket on the side",
            "unsupported",
        ),
        sleeves("three-quarter sleeves"),
        woman("she is wearing a blue kurta with black leggings"),
        title="Fabindia Women Blue Cotton Polka Dot Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: coral solid tunic with asymmetric hem and one cut-out shoulder; white slim pants; white backdrop.
    # Base model, all texts.
    case(
        "X791-035",
        caption("a woman in an orange top and white pants"),
        color_of("tunic", "orange"),
        color_of("pants", "orange", "contradiction"),
        details("tunic", "the tunic has a cut out shoulder and an asymmetric hem"),
        is_a("tunic", "no", "contradiction"),
        describe("tunic", "the tunic is a tunic", "restated"),
        title="Global Desi Women Coral Asymmetric Tunic",
        category="Tunics",
        color="Coral",
        gender="Women",
    ),
    # photo: navy A-line kurta with white and red floral print, three-quarter sleeves; white palazzos; no dupatta;
    # mid-grey studio backdrop. Base model, all texts.
    case(
        "X791-036",
        caption("a woman in a blue floral kurta and white pants in front of a grey background"),
        color_of("kurta", "navy blue"),
        color_of("palazzo pants", "white"),
        woman("a kurta and palazzo pants and a dupatta", "unsupported"),
        details(
            "kurta",
            "the kurta is a navy blue kurta with a white and red floral print and a white and red floral print and a"
            " white and red floral",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        material("i don't know", "non_answer"),
        title="Anouk Women Navy Blue Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white straight kurta with red thread embroidery around the neck and down the placket, three-quarter
    # sleeves; red palazzos; white backdrop. Base model, all texts.
    case(
        "X791-037",
        caption("a woman in a white kurta with red embroidery and red pants"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("palazzo pants", "red"),
        woman("a white kurta and white pants", "contradiction"),
        describe(
            "kurta",
            "the kurta is off white with red embroidery around the neck and down the front placket, the sleeves are"
            " three quarter length with a red",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Biba Women Off-White Embroidered Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: coffee-brown kurta with cream kalamkari print, three-quarter sleeves; cream churidar; white backdrop.
    # Base model, all texts.
    case(
        "X791-038",
        caption("a man in a brown and white kurta", "pronoun"),
        color_of("kurta", "brown"),
        color_of("churidar", "brown", "contradiction"),
        material("cotton"),
        details("kurta", "the kurta has a print"),
        wearing("a brown kurta and brown leggings", "contradiction"),
        title="Jaipur Kurti Women Brown Kalamkari Cotton Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: powder blue solid kurta with pintucks on the front, plain hem, three-quarter sleeves; white churidar;
    # white backdrop. Feed row lacks the gender. Base model, all texts.
    case(
        "X791-039",
        caption("a woman wearing a light blue kurta and white pants"),
        color_of("kurta", "blue"),
        color_of("churidar", "white"),
        describe("kurta", "a light blue kurta with pintucks on the front"),
        details("kurta", "the kurta has pintucks on the front and lace on the hem", "unsupported"),
        garment_type("kurta"),
        she("what she is wearing", "restated"),
        title="W Women Blue Solid Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: lemon yellow solid kurta, short sleeves; green churidar; green and yellow leheriya dupatta; white
    # backdrop, side view. Base model, all texts.
    case(
        "X791-040",
        caption("a woman in a yellow kurta and green pants with a green and yellow scarf"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("dupatta", "green"),
        color_of("churidar", "yellow", "contradiction"),
        woman("yes", "non_answer"),
        sleeves("short sleeves"),
        title="Sangria Women Yellow Solid Kurta with Leheriya Dupatta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon tunic with black geometric print, round neck; black leggings; black sling bag; white backdrop.
    # Base model, all texts.
    case(
        "X791-041",
        caption("a woman in a black top and black leggings with a black bag", "other_garment_color"),
        color_of("tunic", "maroon"),
        color_of("leggings", "black"),
        describe("tunic", "the tunic has a black print and is made of velvet with a velvet collar", "unsupported"),
        woman("he is wearing a maroon tunic and black leggings", "pronoun"),
        pattern("geometric"),
        title="Vishudh Women Maroon Printed Tunic",
        category="Tunics",
        color="Maroon",
        gender="Women",
    ),
    # photo: baby pink kurta with green floral print, three-quarter sleeves; green palazzos; white backdrop.
    # Base model, all texts.
    case(
        "X791-042",
        caption("a woman in a pink kurta with green flowers and green pants"),
        color_of("kurta", "pink"),
        color_of("palazzo pants", "pink", "contradiction", kind="open"),
        describe("kurta", " ".join(["pink"] * 30), "loop", hit_limit=True),
        details("kurta", "the kurta details are the details on the kurta", "restated"),
        sleeves("three-quarter sleeves"),
        title="Libas Women Pink & Green Floral Printed Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: flat-lay, no model: white cotton kurta with blue block print, matching blue dupatta folded beside it;
    # white surface. Base model, all texts.
    case(
        "X791-043",
        caption("a white and blue kurta and a blue scarf on a white background"),
        woman("a woman wearing a white kurta and a blue dupatta and jeans", "unsupported"),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("dupatta", "blue"),
        material("cotton"),
        pattern("printed"),
        details(
            "kurta",
            "the kurta has a blue block print and a blue dupatta and a blue dupatta and a blue dupatta and a blue"
            " dupatta and a",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women White Cotton Printed Kurta with Dupatta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: black straight kurta with white and gold print, three-quarter sleeves, round neck; white palazzos; gold
    # jhumkas; white backdrop. Base model, all texts.
    case(
        "X791-044",
        caption("a woman in a black and white kurta and white pants with gold earrings"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("palazzo pants", "white"),
        she("Question: What is she wearing? Answer: a black kurta", "leak"),
        details("kurta", "the kurta has white and gold print and three quarter sleeves and a round neck"),
        material("the material of the garment is the material", "restated"),
        title="AURELIA Women Black Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: deep purple kurta with silver foil print, three-quarter sleeves, no slit visible, no zip; white leggings;
    # silver dupatta held over one arm; white backdrop. Base model, all texts.
    case(
        "X791-045",
        caption("a woman in a purple kurta with silver print and white leggings"),
        color_of("kurta", "purple"),
        color_of("leggings", "purple", "contradiction"),
        color_of("dupatta", "silver", kind="open"),
        describe(
            "kurta",
            "the kurta is purple with silver print and a high slit and a silver zip at the back",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        wearing("he is wearing a purple kurta", "pronoun"),
        title="Biba Women Purple Printed Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: teal kurta with small white motif print, under a mustard sleeveless Nehru jacket with mandarin collar and
    # three buttons; white palazzos; white backdrop. Base model, all texts.
    case(
        "X791-046",
        caption("a woman in a blue kurta with a yellow jacket and white pants"),
        color_of("kurta", "yellow", "other_garment_color"),
        color_of("jacket", "yellow"),
        color_of("palazzo pants", "white"),
        woman("a kurta and a jacket"),
        details(
            "kurta",
            "the kurta has a teal print with small white motifs and the jacket is mustard with a mandarin collar and"
            " three buttons down the front, and the",
            "cut",
            hit_limit=True,
        ),
        garment_type("jacket", "contradiction"),
        title="Anouk Women Teal Printed Kurta with Nehru Jacket",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
]
