"""BLIND_707 (46 products; Myntra women's kurta sets and anarkali sets, base BLIP-2 zero-shot, per-piece colors):
written blind in the fifty-fourth session. Measured blind at 253afe2 (the session's ninth rules): 97/141 failures found
(68.8%) and 12/202 correct texts flagged (5.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic sets, article type "Kurta Sets" (one row lacks it), titles such as
"Libas Women Navy Blue Yoke Design Kurta with Trousers & Dupatta" or "... Anarkali Kurta with Churidar & Dupatta".
Photos are catalog shots of one model wearing the whole set (kurta plus trousers, palazzos, churidar, salwar or
sharara, usually a dupatta, once a jacket), mostly on white or grey studio backdrops, some on styled sets (pink
wall, arch, potted palms, chair, vase), front views with a few side, back and neck-down crops. Each product asks
for the color of every piece ("What is the color of the kurta / palazzos / dupatta?") plus some of: what the woman
is wearing, describe or details of a piece, pattern, sleeve length, garment type, material, "Is this a kurta?".

Who wrote what: every text comes from the untuned base Salesforce/blip2-opt-2.7b (8-bit, greedy, zero-shot, no
adapter); captions with an empty prompt (50 new tokens), answers with "Question: ... Answer:" (30 new tokens).
Closed answers (per-piece colors, pattern, sleeve length, garment type, yes/no) come from enrich's reference
engine, which ranks the base model's likelihood of each candidate, so they are always one clean candidate value.
The base model is terse and mostly stops on the newline, so its usual failures are wrong colors: one color for
the whole set (the dupatta or bottoms given the kurta's color, or the kurta given the print's or bottoms' color),
"dress" or "top" for a kurta, invented trims (pockets, zips, mirror work, sequins, silk lining) and guessed
fabrics. When it does not stop it runs on: repeats a phrase to the limit, keeps listing details until cut, or
writes the next "Question: ... Answer:" turn itself. It sometimes says "he"/"a man" for a cropped or
short-haired model, answers an open question with one word or "yes", or echoes the question.

Labeling conventions and judgement calls:
- A color is correct when it names the piece's color or a shade in the same coarse group (navy/blue,
  mustard/yellow, rust/orange, magenta/pink, peach/pink, lavender/mauve/purple, off white/cream/white,
  burgundy/maroon/red, olive/lime/sea green/green, teal as teal); a multicolor dupatta may be "multicolor".
- A piece given the color of another piece of the same outfit is other_garment_color, in closed and open
  answers alike; a color no piece has (the backdrop's, the print's or trim's gold, lime called yellow) is
  contradiction, as is the product's color question answered with the print's or the backdrop's color.
- "dress" or "top" for a straight kurta, "skirt" for a sharara, and "dress" as the closed garment type of any
  set are contradiction; in free text an anarkali may be called an "anarkali dress", "gown" or even "dress"
  (its silhouette), and that is not labelled.
- A "no" to "Is this a kurta?" and a wrong pattern or sleeve length are contradiction.
- Material: a fabric the title names is correct; a different fabric when the title names one is contradiction;
  a fabric guessed when the title names none is unsupported. Invented trims or closures not in the photo are
  unsupported; gold foil print called "embroidery" is unsupported.
- non_answer: "yes", a single word, "i don't know", or just the piece's name back to an open question;
  restated: the question rephrased or echoed as a sentence with nothing added.
- A text with two faults carries the one a reader notices first: a loop that also hits the limit is loop; a
  "Question: ... Answer:" run-on that hits the limit is leak; a cut text is cut only if everything before the
  cut is right. Every loop, cut and limit-reaching leak has hit_limit=True.
- pronoun only where the row's gender is Women; the row without a gender column carries no pronoun label.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

KS = "Kurta Sets"

BLIND_707 = [
    # photo: front view, white backdrop; pink straight kurta with small white-and-green floral print, plain round neck,
    # three-quarter sleeves, white palazzos, pink dupatta with white border on one shoulder, silver jhumkas.
    # All texts: base BLIP-2 OPT-2.7b zero-shot (closed ones via the reference engine).
    case(
        "X707-001",
        caption("a woman in a pink kurta and white palazzo pants"),
        wearing("a pink kurta with pink pants", failure="other_garment_color", who="the woman"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink", failure="other_garment_color"),
        color_of("dupatta", "pink"),
        Q.pattern("floral"),
        describe("kurta", "it is a pink kurta with a floral print and gold buttons on the neck", failure="unsupported"),
        title="Anouk Women Pink Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Pink",
        gender="Women",
    ),
    # photo: front view, light grey backdrop; navy straight kurta with gold foil print on the yoke (no embroidery),
    # three-quarter sleeves, navy trousers, navy dupatta with a thin gold border over both arms; matte fabric.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X707-002",
        caption("a woman wearing a blue kurta with gold embroidery", failure="unsupported"),
        wearing("she is wearing a blue kurta and blue pants", who="she"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue"),
        color_of("dupatta", "blue"),
        details("kurta", "gold print on the yoke"),
        material("silk", failure="unsupported"),
        Q.sleeve_length("three-quarter"),
        Q.garment_type("top", failure="contradiction"),
        title="Libas Women Navy Blue Yoke Design Kurta with Trousers & Dupatta",
        category=KS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: three-quarter view, white backdrop, model twirling; bottle-green calf-length flared anarkali with an
    # all-over gold ethnic-motif print, full sleeves, green trousers, sheer gold dupatta on one shoulder.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X707-003",
        caption("a woman in a green anarkali dress with a gold dupatta"),
        color_of("kurta", "green"),
        color_of("dupatta", "green", failure="other_garment_color"),
        color_of("trousers", "green"),
        Q.garment_type("dress", failure="contradiction"),
        describe("kurta", "a long green kurta with gold print and full sleeves"),
        material("silk", failure="unsupported"),
        Q.sleeve_length("long"),
        title="Indo Era Women Green Ethnic Motifs Printed Anarkali Kurta with Trousers & Dupatta",
        category=KS,
        color="Green",
        gender="Women",
    ),
    # photo: cropped from the chin down, white backdrop; off-white three-quarter-sleeve kurta, indigo block print,
    # two side pockets (hands in them), off-white trousers, no dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-004",
        caption("a man wearing a white kurta and white pants", failure="pronoun"),
        wearing("he is wearing a white kurta with blue print", failure="pronoun"),
        color_of("kurta", "white"),
        color_of("trousers", "white"),
        Q.pattern("printed"),
        details("kurta", "blue block print and two pockets"),
        Q.sleeve_length("short", failure="contradiction"),
        is_a("kurta", "yes"),
        title="W Women Off White Printed Straight Kurta with Trousers",
        category=KS,
        color="Off White",
        gender="Women",
    ),
    # photo: front view, pale pink backdrop; maroon georgette anarkali with gold zari embroidery on the yoke and a
    # gold border at the hem (no pearls, no stones), full sleeves, maroon churidar, maroon dupatta with gold gota
    # border held spread out. All texts: base BLIP-2 zero-shot.
    case(
        "X707-005",
        caption(
            "a woman in a red dress with a red dupatta and a red dupatta and a red dupatta and a red dupatta and a "
            "red dupatta and a red dupatta and a red dupatta and a",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a maroon anarkali suit", who="the woman"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon"),
        color_of("dupatta", "maroon"),
        details("kurta", "gold embroidery on the yoke with pearls and stones", failure="unsupported"),
        material("velvet", failure="unsupported"),
        title="Sangria Women Maroon Embroidered Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Maroon",
        gender="Women",
    ),
    # photo: front view, white backdrop; mustard straight kurta with white thread embroidery at the neckline,
    # three-quarter sleeves, white palazzos with mustard lace at the hem, white dupatta with mustard tassels,
    # mojaris. All texts: base BLIP-2 zero-shot.
    case(
        "X707-006",
        caption("a woman in a yellow kurta and white pants"),
        wearing("a yellow kurta with mirror work and white palazzo pants", failure="unsupported", who="she"),
        color_of("kurta", "mustard"),
        color_of("palazzos", "yellow", failure="other_garment_color"),
        color_of("dupatta", "white"),
        describe("kurta", "yes", failure="non_answer"),
        details("dupatta", "white with tassels"),
        title="Varanga Women Mustard Yellow Embroidered Straight Kurta with Palazzos & Dupatta",
        category=KS,
        color="Mustard",
        gender="Women",
    ),
    # photo: side view, studio set with potted palms; teal short straight kurta with pink and white floral print,
    # teal sharara in the same print, plain pink dupatta over the arm. All texts: base BLIP-2 zero-shot.
    case(
        "X707-007",
        caption("a woman in a blue floral dress standing next to a plant", failure="contradiction"),
        color_of("kurta", "teal"),
        color_of("sharara", "teal"),
        color_of("dupatta", "teal", failure="other_garment_color"),
        Q.pattern("floral"),
        wearing("a floral kurta and sharara with a pink dupatta"),
        title="KALINI Women Teal Floral Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Teal",
        gender="Women",
    ),
    # photo: front view, white backdrop, hand on hip; rust straight kurta with small white floral block print, rust
    # palazzos with the same print, no dupatta, no pockets. All texts: base BLIP-2 zero-shot.
    case(
        "X707-008",
        caption("a woman wearing an orange kurta and palazzo pants"),
        material("cotton"),
        color_of("kurta", "orange"),
        color_of("palazzos", "orange"),
        details("kurta", "white flowers on it and a pocket on the side", failure="unsupported"),
        Q.pattern("solid", failure="contradiction"),
        is_a("kurta", "yes"),
        wearing(
            "the woman is wearing an orange kurta with white flowers Question: What is the color of the palazzos? "
            "Answer: orange",
            failure="leak",
        ),
        title="Jaipur Kurti Women Rust Pure Cotton Printed Kurta with Palazzos",
        category=KS,
        color="Rust",
        gender="Women",
    ),
    # photo: front view, white backdrop, model holding a gold potli bag; peach anarkali with gold foil floral print,
    # round neck with a keyhole opening, three-quarter sleeves with gold bands, peach churidar, cream dupatta with a
    # gold border. All texts: base BLIP-2 zero-shot.
    case(
        "X707-009",
        caption("a woman in a peach anarkali dress holding a purse"),
        describe(
            "kurta",
            "the kurta is a long anarkali style with a flared skirt, gold foil floral print all over, three quarter "
            "sleeves with gold bands, a round neck with a keyhole opening and",
            failure="cut",
            hit_limit=True,
        ),
        color_of("kurta", "peach"),
        color_of("churidar", "pink"),
        color_of("dupatta", "peach", failure="other_garment_color"),
        Q.sleeve_length("three-quarter"),
        Q.garment_type("kurta"),
        title="Biba Women Peach Printed Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Peach",
        gender="Women",
    ),
    # photo: front view, white backdrop; black straight kurta with gold and red ethnic-motif print, black palazzos,
    # red dupatta with gold print; flat foil print, no sequins, back not shown. All texts: base BLIP-2 zero-shot.
    case(
        "X707-010",
        caption("arafed woman in a black and gold kurta with a red scarf"),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black", failure="other_garment_color"),
        details("dupatta", "red with gold print"),
        describe("kurta", "gold print with sequins and a zip at the back", failure="unsupported"),
        wearing("a black dress with a red scarf", failure="contradiction"),
        Q.pattern("ethnic motifs"),
        title="Khushal K Women Black Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Black",
        gender="Women",
    ),
    # photo: front view, beige backdrop, model standing beside a wooden chair; white chikankari straight kurta with
    # white thread embroidery all over, full sleeves, white trousers, no dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-011",
        caption("a woman in a white kurta standing next to a wooden chair"),
        color_of("kurta", "white"),
        color_of("trousers", "white"),
        describe("kurta", "white with white embroidery"),
        Q.pattern("solid", failure="contradiction"),
        material("the garment is made of a material", failure="restated"),
        details(
            "kurta",
            "embroidery embroidery embroidery embroidery embroidery embroidery embroidery embroidery embroidery "
            "embroidery embroidery embroidery embroidery embroidery",
            failure="loop",
            hit_limit=True,
        ),
        title="Anubhutee Women White Chikankari Embroidered Kurta with Trousers",
        category=KS,
        color="White",
        gender="Women",
    ),
    # photo: front view, styled set with a pink wall and flower pots; powder-blue anarkali with pink floral print,
    # short sleeves, matte cotton-look fabric, no zip (front keyhole), white trousers, pink dupatta.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X707-012",
        caption("a woman in a blue dress standing in front of a pink wall"),
        color_of("kurta", "blue"),
        color_of("trousers", "pink", failure="other_garment_color"),
        color_of("dupatta", "blue", failure="other_garment_color"),
        wearing("she's wearing a blue floral anarkali with white pants and a pink dupatta", who="she"),
        Q.sleeve_length("long", failure="contradiction"),
        describe(
            "kurta",
            "a blue kurta with pink flowers, it is made of silk and has a zip at the back",
            failure="unsupported",
        ),
        title="Ahalyaa Women Blue Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category=KS,
        color="Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop; olive solid straight kurta with mandarin collar and button placket, olive
    # palazzos, multicolor printed dupatta (mustard, red, olive). All texts: base BLIP-2 zero-shot.
    case(
        "X707-013",
        caption("a woman in a green kurta with a colorful dupatta"),
        color_of("kurta", "olive"),
        color_of("palazzos", "yellow", failure="other_garment_color"),
        color_of("dupatta", "multicolor"),
        Q.pattern("solid"),
        details("kurta", "it has a mandarin collar and buttons on the front"),
        wearing("green", failure="non_answer"),
        material("khadi cotton", failure="unsupported"),
        title="Sangria Women Olive Green Solid Kurta with Palazzos & Printed Dupatta",
        category=KS,
        color="Olive",
        gender="Women",
    ),
    # photo: front view, white backdrop, canvas tote on the shoulder; knee-length lavender straight kurta with a
    # white leaf print, lavender palazzos, no dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-014",
        caption("a woman wearing a purple top and pants with a bag", failure="contradiction"),
        color_of("kurta", "lavender"),
        color_of("palazzos", "purple"),
        describe("kurta", "lavender kurta with white leaf print"),
        details("kurta", "what are the details of the kurta", failure="restated"),
        is_a("kurta", "yes"),
        title="Janasya Women Lavender Printed Kurta with Palazzos",
        category=KS,
        color="Lavender",
        gender="Women",
    ),
    # photo: front view, white backdrop, gold jhumkas; red straight kurta with white bandhani dots, plain red
    # sharara, red-and-white bandhani dupatta; no mirror work anywhere. All texts: base BLIP-2 zero-shot.
    case(
        "X707-015",
        caption("a woman in a red and white polka dot outfit"),
        color_of("kurta", "red"),
        color_of("sharara", "white", failure="other_garment_color"),
        color_of("dupatta", "red"),
        Q.pattern("printed"),
        wearing(
            "a red kurta and sharara with a dupatta Question: What is the color of the dupatta? Answer: red "
            "Question: What is",
            failure="leak",
            hit_limit=True,
        ),
        describe("kurta", "a red kurta with white dots and mirror work on the sleeves", failure="unsupported"),
        title="Mokosh Women Red Bandhani Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Red",
        gender="Women",
    ),
    # photo: front view, grey backdrop; green straight kurta with a pink thread-embroidered yoke, pink trousers,
    # pink dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-016",
        caption("a woman in a green and pink kurta with pink pants"),
        color_of("kurta", "green"),
        color_of("trousers", "green", failure="other_garment_color"),
        color_of("dupatta", "pink"),
        wearing("a green kurta, pink pants and a pink dupatta"),
        details("kurta", "pink embroidery on the neck with mirrors and beads", failure="unsupported"),
        Q.color("green"),
        title="Ishin Women Green & Pink Yoke Design Kurta with Trousers & Dupatta",
        category=KS,
        color="Green",
        gender="Women",
    ),
    # photo: front view, white backdrop, model with hands on hips, hair in a bun, small earrings, flat sandals;
    # mustard anarkali with white floral block print, three-quarter sleeves, white palazzos, no dupatta.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X707-017",
        caption(
            "a woman in a yellow anarkali with white flowers and white palazzo pants, she is wearing a pair of "
            "earrings and a pair of sandals and her hair is tied in a bun and she is standing with her hands on her",
            failure="cut",
            hit_limit=True,
        ),
        color_of("kurta", "yellow"),
        color_of("palazzos", "white"),
        Q.sleeve_length("short", failure="contradiction"),
        wearing("she is wearing a yellow dress", who="she"),
        is_a("kurta", "no", failure="contradiction"),
        material("rayon", failure="unsupported"),
        title="Aurelia Women Mustard Yellow Printed Anarkali Kurta with Palazzos",
        category=KS,
        color="Mustard",
        gender="Women",
    ),
    # photo: front view, white backdrop, long-haired model, face visible; magenta straight kurta with gold gota
    # patti at neck and hem, magenta palazzos, magenta dupatta with gota border. All texts: base BLIP-2 zero-shot.
    case(
        "X707-018",
        caption("a woman in a pink kurta and pink pants with gold trim"),
        color_of("kurta", "pink"),
        color_of("palazzos", "magenta"),
        color_of("dupatta", "gold", failure="contradiction"),
        describe("kurta", "it is a pink kurta with gold lace on the neck and the bottom"),
        material("cotton silk", failure="unsupported"),
        wearing("he is wearing a pink kurta and pink pants", failure="pronoun"),
        title="Libas Women Magenta Gotta Patti Kurta with Palazzos & Dupatta",
        category=KS,
        color="Magenta",
        gender="Women",
    ),
    # photo: front view, white backdrop; sea-green straight kurta with white geometric print, round neck,
    # three-quarter sleeves, side slits only, white trousers, no dupatta. Feed row has no gender.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X707-019",
        caption("a woman in a green and white printed kurta"),
        color_of("kurta", "green"),
        color_of("trousers", "green", failure="other_garment_color"),
        Q.pattern("geometric"),
        details("kurta", "round neck and three quarter sleeves"),
        describe("kurta", "a sea green kurta made of linen with a front slit", failure="unsupported"),
        wearing("kurta", failure="non_answer"),
        title="Nayo Women Sea Green Printed Kurta with Trousers",
        category=KS,
        color="Sea Green",
    ),
    # photo: front view, white backdrop; navy anarkali with white and red floral print, three-quarter sleeves, navy
    # trousers, plain sheer white dupatta (no border, no sequins). All texts: base BLIP-2 zero-shot.
    case(
        "X707-020",
        caption("a woman wearing a blue floral dress and a white scarf"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "white", failure="other_garment_color"),
        color_of("dupatta", "white"),
        Q.garment_type("kurta"),
        Q.pattern("solid", failure="contradiction"),
        details("dupatta", "the dupatta is made of chiffon with gold sequins on the border", failure="unsupported"),
        wearing("Answer: a blue anarkali kurta with a white dupatta", failure="leak"),
        title="Indo Era Women Navy Blue Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category=KS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop, black sling bag across the body; grey straight kurta with black printed
    # motifs, three-quarter sleeves, no belt, black trousers. All texts: base BLIP-2 zero-shot.
    case(
        "X707-021",
        caption("a woman in a grey kurta and black pants with a black bag"),
        color_of("kurta", "black", failure="other_garment_color"),
        color_of("trousers", "black"),
        Q.color("grey"),
        describe("kurta", "a grey kurta with black print and a belt at the waist", failure="unsupported"),
        Q.sleeve_length("three-quarter"),
        details("trousers", "they are trousers", failure="non_answer"),
        title="W Women Grey Printed Straight Kurta with Trousers",
        category=KS,
        color="Grey",
        gender="Women",
    ),
    # photo: front view, dark grey backdrop; burgundy velvet anarkali with gold embroidery on the yoke, full
    # sleeves, burgundy trousers, burgundy dupatta with a gold border. All texts: base BLIP-2 zero-shot.
    case(
        "X707-022",
        caption("a woman in a maroon anarkali gown"),
        describe(
            "kurta",
            "a maroon kurta with gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold "
            "embroidery, gold embroidery, gold embroidery, gold",
            failure="loop",
            hit_limit=True,
        ),
        color_of("kurta", "maroon"),
        color_of("trousers", "maroon"),
        color_of("dupatta", "maroon with a gold border", kind="open"),
        material("velvet"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short", failure="contradiction"),
        details("dupatta", "dupatta", failure="non_answer"),
        title="Vishudh Women Burgundy Embroidered Velvet Anarkali Kurta with Trousers & Dupatta",
        category=KS,
        color="Burgundy",
        gender="Women",
    ),
    # photo: profile view, model walking, white backdrop; royal-blue straight kurta with white bandhani (tie-dye)
    # dots, white palazzos, blue bandhani dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-023",
        caption("a woman in a blue and white outfit walking"),
        wearing("the woman is wearing what the woman is wearing", failure="restated"),
        color_of("kurta", "blue"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", failure="other_garment_color"),
        Q.pattern("striped", failure="contradiction"),
        describe("kurta", "blue kurta with white tie dye dots"),
        title="Anouk Women Blue Bandhani Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop; green sleeveless straight kurta, green palazzos, open off-white long
    # jacket with green motifs and three-quarter sleeves on top (no pockets). All texts: base BLIP-2 zero-shot.
    case(
        "X707-024",
        caption("a woman wearing a green dress with a white jacket", failure="contradiction"),
        color_of("kurta", "green"),
        color_of("jacket", "white"),
        color_of("palazzos", "white", failure="other_garment_color"),
        wearing("a white jacket over a green kurta and green pants"),
        details("jacket", "white with green print and a pocket on the chest", failure="unsupported"),
        title="Juniper Women Green Printed Kurta with Palazzos & Jacket",
        category=KS,
        color="Green",
        gender="Women",
    ),
    # photo: front view, white backdrop; yellow straight kurta with blue floral print, blue trousers, blue dupatta.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X707-025",
        caption("a woman in a yellow and blue floral kurta"),
        color_of("kurta", "blue", failure="other_garment_color"),
        color_of("trousers", "blue"),
        color_of("dupatta", "the dupatta is blue", kind="open"),
        wearing("a yellow kurta with blue pants and a blue dupatta"),
        Q.color("yellow"),
        material("i don't know", failure="non_answer"),
        Q.pattern("striped", failure="contradiction"),
        title="GoSriKi Women Yellow & Blue Printed Kurta with Trousers & Dupatta",
        category=KS,
        color="Yellow",
        gender="Women",
    ),
    # photo: cropped at the neck, white backdrop, model holding a silver clutch; black solid straight kurta with
    # white embroidered neckline, white palazzos, no dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-026",
        caption("a man in a black kurta and white pants", failure="pronoun"),
        color_of("kurta", "black"),
        color_of("palazzos", "black", failure="other_garment_color"),
        details("kurta", "white embroidery on the neckline"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        material("satin", failure="unsupported"),
        title="Rangriti Women Black Solid Straight Kurta with Palazzos",
        category=KS,
        color="Black",
        gender="Women",
    ),
    # photo: front view, white backdrop; pastel-pink anarkali with silver foil print all over, white trousers, pink
    # net dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-027",
        caption("a woman in a pink anarkali with a pink dupatta"),
        wearing(
            "a pink anarkali kurta with a pink dupatta and a pink dupatta and a pink dupatta and a pink dupatta "
            "and a pink dupatta and a",
            failure="loop",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("trousers", "pink", failure="other_garment_color"),
        color_of("dupatta", "pink"),
        details("kurta", "silver print on the whole kurta"),
        Q.garment_type("dress", failure="contradiction"),
        title="AKS Women Pink Foil Printed Anarkali Kurta with Trousers & Dupatta",
        category=KS,
        color="Pink",
        gender="Women",
    ),
    # photo: front view, white backdrop, oxidised silver necklace; indigo straight kurta with white dabu print,
    # full sleeves, concealed placket (no buttons visible), white churidar. All texts: base BLIP-2 zero-shot.
    case(
        "X707-028",
        caption("a woman in a blue kurta with white pants and a silver necklace"),
        material("cotton"),
        color_of("kurta", "blue"),
        color_of("churidar", "white"),
        describe("kurta", "blue with white print and wooden buttons", failure="unsupported"),
        Q.sleeve_length("long"),
        Q.pattern("checked", failure="contradiction"),
        wearing("Question: What is the woman wearing? Answer: a blue kurta", failure="leak"),
        title="Fabindia Women Indigo Blue Printed Cotton Kurta with Churidar",
        category=KS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop; teal straight kurta with a geometric gold zari yoke, zari bands on the
    # three-quarter sleeves and a zari border at the straight hem, round neck, teal palazzos, teal dupatta with gold
    # border. All texts: base BLIP-2 zero-shot.
    case(
        "X707-029",
        caption("a woman in a teal kurta with gold embroidery"),
        color_of("kurta", "teal"),
        color_of("palazzos", "teal"),
        Q.pattern("floral", failure="contradiction"),
        details("kurta", "the kurta", failure="non_answer"),
        describe(
            "kurta",
            "a teal kurta with gold embroidery on the yoke and the sleeves and the hem, it has a round neck and three "
            "quarter sleeves and a straight hem and is paired with",
            failure="cut",
            hit_limit=True,
        ),
        title="Libas Women Teal Yoke Design Kurta with Palazzos & Dupatta",
        category=KS,
        color="Teal",
        gender="Women",
    ),
    # photo: front view, white backdrop; purple anarkali with gold floral print, full sleeves, lining not
    # visible, purple trousers, sheer gold dupatta. Feed row has no category. All texts: base BLIP-2 zero-shot.
    case(
        "X707-030",
        caption("a woman in a purple anarkali dress with gold print"),
        color_of("kurta", "purple"),
        color_of("dupatta", "gold"),
        color_of("trousers", "gold", failure="other_garment_color"),
        wearing("she is wearing a purple and gold anarkali suit", who="she"),
        Q.sleeve_length("long"),
        describe(
            "kurta", "it is a purple kurta with a gold print, it has a lining of silk inside", failure="unsupported"
        ),
        title="Sangria Women Purple Printed Anarkali Kurta with Trousers & Dupatta",
        color="Purple",
        gender="Women",
    ),
    # photo: front view, beige backdrop with a tall floor vase; white straight kurta with red thread embroidery at
    # neck and sleeves (no sequins), red palazzos, red bandhani dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-031",
        caption("a woman in a white kurta and red pants standing next to a vase"),
        color_of("kurta", "red", failure="other_garment_color"),
        color_of("palazzos", "red"),
        color_of("dupatta", "red"),
        Q.color("white"),
        describe(
            "kurta", "a white kurta with red embroidery on the neck and sleeves and gold sequins", failure="unsupported"
        ),
        details("kurta", "red embroidery Question: What are the palazzos details? Answer: red", failure="leak"),
        wearing("white", failure="non_answer"),
        title="Varanga Women White Embroidered Kurta with Palazzos & Dupatta",
        category=KS,
        color="White",
        gender="Women",
    ),
    # photo: front view, white backdrop; beige straight kurta with brown and maroon floral block print, brown
    # trousers, maroon dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-032",
        caption("a woman in a beige kurta with brown pants and a maroon scarf"),
        material("silk", failure="contradiction"),
        color_of("kurta", "beige"),
        color_of("trousers", "maroon", failure="other_garment_color"),
        color_of("dupatta", "maroon"),
        details("kurta", "block print with brown flowers"),
        describe(
            "kurta",
            "the kurta is beige. the kurta is beige. the kurta is beige. the kurta is beige. the kurta is beige. "
            "the kurta is",
            failure="loop",
            hit_limit=True,
        ),
        is_a("saree", "no"),
        title="Jaipur Kurti Women Beige Printed Pure Cotton Kurta with Trousers & Dupatta",
        category=KS,
        color="Beige",
        gender="Women",
    ),
    # photo: side view, model twirling, white backdrop, long hair; red solid georgette anarkali with many pleats,
    # full sleeves, red trousers, red dupatta with small gold dots. All texts: base BLIP-2 zero-shot.
    case(
        "X707-033",
        caption("a woman in a red dress twirling"),
        color_of("kurta", "red"),
        color_of("trousers", "red"),
        color_of("dupatta", "red"),
        Q.pattern("floral", failure="contradiction"),
        describe("kurta", "a red anarkali kurta with a lot of pleats and full sleeves"),
        wearing("he is wearing a red anarkali dress", failure="pronoun"),
        details("dupatta", "no", failure="non_answer"),
        title="Ahalyaa Women Red Solid Anarkali Kurta with Trousers & Dupatta",
        category=KS,
        color="Red",
        gender="Women",
    ),
    # photo: front view, pastel-blue wall backdrop; knee-length cream straight kurta with pink floral print,
    # three-quarter sleeves, pink palazzos, no dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-034",
        caption("a woman in a white floral kurta standing in front of a blue wall"),
        color_of("kurta", "cream"),
        color_of("palazzos", "pink"),
        wearing("a white top and pink pants", failure="contradiction"),
        Q.sleeve_length("three-quarter"),
        details("palazzos", "the palazzos are palazzos", failure="restated"),
        Q.color("blue", failure="contradiction"),
        describe(
            "kurta",
            "white with pink flowers, pink flowers, pink flowers, pink flowers, pink flowers, pink flowers, pink "
            "flowers, pink",
            failure="loop",
            hit_limit=True,
        ),
        title="W Women Cream Floral Printed Kurta with Palazzos",
        category=KS,
        color="Cream",
        gender="Women",
    ),
    # photo: front view, white backdrop; orange-and-pink leheriya (diagonal wave stripes) three-quarter-sleeve
    # kurta, pink palazzos, orange dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-035",
        caption("a woman in an orange and pink striped kurta"),
        Q.pattern("striped"),
        color_of("kurta", "orange"),
        color_of("palazzos", "orange", failure="other_garment_color"),
        color_of("dupatta", "orange"),
        describe("kurta", "orange", failure="non_answer"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        wearing(
            "an orange and pink kurta with palazzos Question: What is the color of the kurta? Answer: orange "
            "Question: What is the color of the",
            failure="leak",
            hit_limit=True,
        ),
        title="Anouk Women Orange Leheriya Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Orange",
        gender="Women",
    ),
    # photo: back view, model looking over her shoulder, white backdrop; emerald anarkali with a gold printed
    # border, dori tie with tassels at the back, green churidar, gold dupatta, empty hands.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X707-036",
        caption("a woman in a green dress looking over her shoulder holding a clutch", failure="unsupported"),
        describe("kurta", "describe the kurta", failure="restated"),
        color_of("kurta", "green"),
        color_of("churidar", "green"),
        color_of("dupatta", "green", failure="other_garment_color"),
        details("kurta", "it has a tie up at the back with tassels"),
        Q.garment_type("kurta"),
        wearing("a green and gold anarkali suit", who="the woman"),
        title="Biba Women Green & Gold-Toned Printed Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Green",
        gender="Women",
    ),
    # photo: front view, white backdrop; navy-and-white vertical-stripe straight kurta, mandarin collar, button
    # placket, roll-up sleeves with button tabs, curved hem with side slits, navy palazzos, no pockets.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X707-037",
        caption("a woman in a blue and white striped kurta and blue pants"),
        material("linen", failure="contradiction"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "white", failure="other_garment_color"),
        Q.pattern("striped"),
        describe(
            "kurta",
            "the kurta has vertical stripes in navy blue and white with a mandarin collar, a button placket down the "
            "front, roll up sleeves with a button tab and a curved hem with side slits and it is paired with a pair of",
            failure="cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Janasya Women Navy Blue & White Striped Pure Cotton Kurta with Palazzos",
        category=KS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop; short magenta straight kurta with gold foil print, magenta sharara, magenta
    # dupatta with a gold border. All texts: base BLIP-2 zero-shot.
    case(
        "X707-038",
        caption("a woman in a pink kurta and sharara with a gold border on the dupatta"),
        color_of("kurta", "pink"),
        color_of("sharara", "pink"),
        color_of("dupatta", "pink"),
        Q.garment_type("skirt", failure="contradiction"),
        details("sharara", "yes", failure="non_answer"),
        wearing("a pink dress", failure="contradiction"),
        describe("kurta", "Answer: pink kurta with gold print", failure="leak"),
        title="Vishudh Women Magenta Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Magenta",
        gender="Women",
    ),
    # photo: front view, styled set with a white arch; white anarkali with white and silver embroidery,
    # three-quarter sleeves, white palazzos, mint-green dupatta with white embroidery,
    # a scalloped border of small white flowers and thin white piping. All texts: base BLIP-2.
    case(
        "X707-039",
        caption("a woman in a white dress standing in front of an arch"),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", failure="other_garment_color"),
        describe("kurta", "the kurta can be described as a kurta", failure="restated"),
        Q.sleeve_length("three-quarter"),
        wearing("a white anarkali and a mint green dupatta", who="she"),
        material("silk", failure="unsupported"),
        details(
            "dupatta",
            "mint green with white embroidery all over and a scalloped border with small white flowers along the "
            "edges and a thin white piping on the",
            failure="cut",
            hit_limit=True,
        ),
        title="House of Pataudi Women White Embroidered Anarkali Kurta with Palazzos & Dupatta",
        category=KS,
        color="White",
        gender="Women",
    ),
    # photo: front view, white backdrop; lime-green straight kurta with white floral print and a plain v neck (no
    # lace), white trousers, lime-green dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-040",
        caption("a woman in a green kurta with white pants and a green scarf"),
        color_of("kurta", "yellow", failure="contradiction"),
        color_of("trousers", "white"),
        color_of("dupatta", "green"),
        details("kurta", "white flowers and a v neck with lace", failure="unsupported"),
        Q.pattern("floral"),
        wearing("a yellow top with white pants and a green scarf", failure="contradiction"),
        title="AKS Women Lime Green Floral Printed Kurta with Trousers & Dupatta",
        category=KS,
        color="Lime Green",
        gender="Women",
    ),
    # photo: front view, grey backdrop, gold jhumkas; maroon straight kurta with all-over gold foil print and side
    # slits, maroon palazzos, no dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-041",
        caption("a woman in a maroon kurta and maroon palazzos"),
        color_of("kurta", "maroon"),
        color_of("palazzos", "maroon"),
        Q.color("gold", failure="contradiction"),
        describe("kurta", "a maroon kurta with gold print all over and a side slit"),
        wearing(
            "the woman is wearing a maroon kurta and maroon palazzos and maroon palazzos and maroon palazzos and "
            "maroon palazzos and maroon",
            failure="loop",
            hit_limit=True,
        ),
        title="Anubhutee Women Maroon & Gold-Toned Printed Kurta with Palazzos",
        category=KS,
        color="Maroon",
        gender="Women",
    ),
    # photo: front view, white backdrop; rust anarkali with mirror work on the yoke and sleeves, three-quarter
    # sleeves, rust trousers, cream dupatta on the left shoulder, silver jhumkas. All texts: base BLIP-2 zero-shot.
    case(
        "X707-042",
        caption("a woman in an orange anarkali dress with mirror work"),
        color_of("kurta", "orange"),
        color_of("trousers", "orange"),
        color_of("dupatta", "orange", failure="other_garment_color"),
        details("kurta", "mirror work on the yoke and sleeves"),
        material("the material is the material of the garment", failure="restated"),
        Q.sleeve_length("three-quarter"),
        wearing(
            "a rust orange anarkali kurta with mirror work on the yoke, matching trousers and a cream dupatta draped "
            "over her left shoulder and a pair of silver jhumkas and",
            failure="cut",
            hit_limit=True,
        ),
        title="Mokosh Women Rust Embroidered Anarkali Kurta with Trousers & Dupatta",
        category=KS,
        color="Rust",
        gender="Women",
    ),
    # photo: front view, white backdrop; powder-blue straight kurta with a small white print, no pockets, no zip,
    # white trousers, blue dupatta. Feed row has no color. All texts: base BLIP-2 zero-shot.
    case(
        "X707-043",
        caption("a woman in a light blue dress with white pants", failure="contradiction"),
        color_of("kurta", "blue"),
        color_of("trousers", "blue", failure="other_garment_color"),
        color_of("dupatta", "blue"),
        wearing("blue kurta and white pants with a blue dupatta"),
        describe(
            "kurta",
            "the kurta is blue and white and it has a pocket on the side and a zip closure",
            failure="unsupported",
        ),
        Q.pattern("printed"),
        title="Rangriti Women Printed Kurta with Trousers & Dupatta",
        category=KS,
        gender="Women",
    ),
    # photo: front view, grey backdrop, short-cropped hair; mauve anarkali with sequin work at the neck and sheer net
    # sleeves, mauve trousers, mauve net dupatta with a sequin border. All texts: base BLIP-2 zero-shot.
    case(
        "X707-044",
        caption("a woman in a purple anarkali with sequins"),
        color_of("kurta", "purple"),
        color_of("trousers", "purple"),
        color_of("dupatta", "purple"),
        describe("kurta", "a long purple anarkali with sequin work on the neck and the sleeves are made of net"),
        details("dupatta", "net with a sequin border"),
        wearing("he's wearing a purple kurta with a dupatta", failure="pronoun"),
        Q.garment_type("kurta"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Ishin Women Mauve Embroidered Anarkali Kurta with Trousers & Dupatta",
        category=KS,
        color="Mauve",
        gender="Women",
    ),
    # photo: front view, white backdrop; parrot-green straight kurta with pink floral print, three-quarter sleeves,
    # pink patiala salwar, pink dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X707-045",
        caption("a woman in a green and pink salwar suit"),
        color_of("kurta", "green"),
        color_of("salwar", "green", failure="other_garment_color"),
        color_of("dupatta", "pink"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        describe("kurta", "green with pink flowers"),
        details("salwar", "the details of the salwar are the salwar details", failure="restated"),
        wearing("a green kurta and pink salwar with a dupatta Answer: a green kurta", failure="leak"),
        title="Biba Women Green Floral Printed Kurta with Salwar & Dupatta",
        category=KS,
        color="Green",
        gender="Women",
    ),
    # photo: front view, white backdrop; off-white straight kurta with navy floral print, high neck with keyhole and
    # tassel tie, navy palazzos, navy dupatta, no bag. All texts: base BLIP-2 zero-shot.
    case(
        "X707-046",
        caption("a woman in a white kurta with blue flowers and blue pants and a blue handbag", failure="unsupported"),
        wearing("a white kurta and white pants", failure="other_garment_color"),
        color_of("kurta", "white"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "white", failure="other_garment_color"),
        Q.pattern("floral"),
        details("kurta", "blue flowers on a white background and a high neck with a keyhole and tassels"),
        is_a("kurta", "no", failure="contradiction"),
        title="Libas Women Off White & Navy Blue Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Off White",
        gender="Women",
    ),
]
