"""BLIND_851 (46 products; Myntra kurtas and sets, epoch-2 caption adapter): written blind in the fifty-sixth session.
Measured blind at 8225cec (the session's fifth rules): 94/118 failures found (79.7%) and 6/164 correct texts flagged
(3.7%). The writer's notes, verbatim:

Scenario: Myntra women's ethnic wear, "Kurtas" (a few "Kurtis") and "Kurta Sets" (kurta with trousers, palazzos,
sharara or churidar, often with a dupatta). Catalog photos on a white studio backdrop, the model seen from the front
(one side view), wearing the whole set or, for a single kurta, with leggings, churidar, palazzos, pants or jeans that
the row does not sell; now and then a bag, clutch, bangles or sunglasses. Seller columns as the feed has them: title,
category (article type), color (base colour, the kurta's color for sets), gender; some rows lack one of them. Titles
follow both the old feed's style ("W Women Solid Grey Kurtas", "Embroided") and the newer one ("... Kurta with
Palazzos & Dupatta").

Who wrote what: the caption and every open answer come from BLIP-2 OPT-2.7b with the caption LoRA saved after its
second epoch (between the published epoch-1 and epoch-3 checkpoints), greedy, 50 new tokens for captions and 30 for
answers. It writes the DeepFashion template ("The lady wears a medium-sleeve kurta with floral patterns. The kurta
is with cotton fabric. It has a round neckline. The lady wears a long trousers..."), names the garment "kurta" most
of the time (the base model knows the word) and "dress", "shirt" or "blouse" now and then, and lets hue words in from
the base model. No end token was trained: some captions stop after the template's last sentence, others run on to
the limit, looping the template or cut mid-phrase; open answers sometimes return the template instead of an answer,
echo the question, or go on into "Question: ... Answer:". Closed answers (color of each piece, pattern, sleeve
length, garment type, "Is this a kurta?") come from enrich's reference engine ranking candidates with the same
adapter: always one candidate value, never looped or cut, but often the wrong piece's color. Per-piece questions:
Kurta Sets rows are asked the color of the kurta, the trousers (the word is used for palazzos, sharara and churidar
too) and the dupatta; Kurtas and Kurtis rows the color of the kurta and of the pants the model wears. Each product
carries a sample of its answers, not the whole questionnaire.

Labeling conventions and judgement calls:
- Everything is judged against the photo as described in the "# photo:" comment, not against the seller: a rust
  kurta the seller calls "Brown" answered "orange" is correct; wine answered "maroon", lavender answered "purple",
  magenta answered "pink", coral answered "orange", bottle or emerald green answered "green" are correct.
- other_garment_color: a color (open or closed) that belongs to another piece in the photo (the trousers, leggings,
  dupatta, palazzos) given to the piece asked about, including one color repeated for two pieces of different
  colors. A wrong color that belongs to no piece (navy answered "black", pink answered "red", purple answered "blue")
  is a contradiction. A kurta printed in two colors answered with only its print color, where that is also the
  bottoms' color, is other_garment_color.
- contradiction also covers: the kurta called a "dress" or a "shirt" (for a full-length kurta), "no" to "Is this a
  kurta?", a wrong pattern or sleeve length, a caption hue that is wrong, a material that the title contradicts
  (title says cotton, answer says rayon), and the material of another garment (denim for a kurti worn with jeans).
  "Tunic", "top" or "blouse" for a hip-length kurti and "long top" for a kurta are accepted, as are "leggings" for
  a churidar and "pants" for palazzos. A two-color kurta with ground and print colors swapped is a contradiction.
- unsupported: details the photo does not show (pockets, gold buttons, tassels or pom-poms, gota trim, a keyhole
  neck, a watch, a ring, a lining), a fabric the title is silent on and the photo does not suggest (silk, velvet for
  a matte cotton-looking kurta), and a color answered for a dupatta the photo does not have (the closed engine picks
  a candidate anyway; the color it picks is the yoke's or the embroidery's, not another garment's). The template's
  "cotton fabric" for a matte woven kurta whose title is silent is accepted as plausible.
- cut: a text that ran to its token limit and stops mid-phrase without repeating itself. loop: one that repeats a
  sentence, a phrase or a word until the limit (hit_limit is set on both). A loop that also ends mid-phrase is a loop.
- leak: any "Question:" or "Answer:" in the text, whether at the start, the end, or between answers, even where the
  color named in it is right.
- restated: the question echoed back as the answer ("the palazzo details are the palazzos", "describe the kurta").
  non_answer: an empty answer, a one-word or yes/no answer to an open describe/details/wearing question, "they are
  long" for the trousers' details, or a pattern ("stripe patterns") where a color was asked.
- pronoun: "he", "his", "the gentleman", "the man" for these women's rows; gender column present wherever a pronoun
  failure is labeled.
- One failure label per text; where a text has two problems I avoided writing it, except loops and cuts, which
  carry the loop/cut label even if the template inside them also names something debatable.
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
    garment_type,
    is_a,
    wearing,
)

BLIND_851 = [
    # photo: navy straight kurta with white floral block print, round neck, three-quarter sleeves, white palazzos with a
    # navy printed border, navy and white dupatta over the left shoulder; white backdrop, front view. Caption/open:
    # epoch-2 caption adapter; closed: reference engine.
    case(
        "X851-001",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long palazzos with pure color patterns and a dupatta over her shoulder."
        ),
        color_of("kurta", "navy blue"),
        color_of("trousers", "white"),
        color_of("dupatta", "navy blue and white", kind="open"),
        wearing("a navy blue kurta with white palazzo pants and a dupatta"),
        Q.pattern("floral"),
        title="Libas Women Navy Blue & White Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow kurta with green ethnic motifs, long sleeves, plain v-neck, green straight trousers, green
    # dupatta with a mustard border; white backdrop, front. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-002",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric. The lady wears "
            "a long trousers. The trousers are with cotton fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "mustard"),
        color_of("trousers", "mustard", "other_garment_color"),
        color_of("dupatta", "green"),
        details(
            "kurta",
            "The kurta has a v-neck with gold gota trim, long sleeves and green block printed motifs",
            "unsupported",
        ),
        wearing("a yellow kurta with green pants and a green dupatta"),
        title="Anouk Women Mustard Yellow & Green Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon solid straight kurta, mandarin collar, three-quarter sleeves, side slits, off-white churidar, beige
    # sandals; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-003",
        caption(
            "The woman wears a medium-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "a stand neckline. The woman wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "maroon"),
        color_of("pants", "off white"),
        describe("kurta", "a maroon straight kurta with a mandarin collar, three-quarter sleeves and side slits"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing("He is wearing a maroon kurta and white leggings", "pronoun"),
        title="W Women Solid Maroon Kurtas",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink flared anarkali kurta with green floral print, round neck, long sleeves, green churidar, pink net
    # dupatta; white backdrop, the model mid-twirl. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-004",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is of long length and flares at the "
            "bottom. The kurta is with chiffon fabric. It has a round neckline. The lady wears a long pants. The "
            "pants are with cotton fabric and pure color patterns. Her dupatta",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("trousers", "green"),
        color_of("dupatta", "pink", kind="open"),
        garment_type("dress", "contradiction"),
        wearing("a pink anarkali with a green churidar and a pink dupatta"),
        Q.pattern("floral"),
        title="Biba Women Pink & Green Floral Print Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: indigo full-length kurta with small white dabu-print motifs, long sleeves, round neck with a placket, white
    # cotton pants, a cloth tote in her hand; white backdrop. Caption/open: epoch-2 adapter; closed: reference.
    case(
        "X851-005",
        caption(
            "The woman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The woman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a bag in her hand.",
            "contradiction",
        ),
        color_of("kurta", "blue"),
        color_of("pants", "white"),
        Q.material("cotton"),
        details("kurta", "The kurta has white dabu printed motifs, a round neck with a front placket and long sleeves"),
        describe("kurta", "indigo", "non_answer"),
        title="Fabindia Women Indigo Cotton Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: olive kurta with a gold foil printed yoke, round neck, three-quarter sleeves, olive palazzos, no dupatta;
    # white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-006",
        caption(
            "The lady wears a medium-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long palazzos. The palazzos are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "olive"),
        color_of("trousers", "olive"),
        color_of("dupatta", "gold", "unsupported"),
        wearing(
            "Question: What is the person wearing? Answer: an olive green kurta with palazzo pants Question: What "
            "is the color of the",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "The kurta has a gold yoke with a round neck, three-quarter sleeves and a straight hem"),
        title="Sangria Women Olive Green & Gold-Toned Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: off-white kurta with thin black vertical stripes, mandarin collar, long sleeves, black slim pants, black
    # flats; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-007",
        caption(
            "The lady wears a long-sleeve kurta with stripe patterns. The kurta is with cotton fabric. It has a "
            "mandarin neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "black", "other_garment_color"),
        color_of("pants", "black"),
        Q.pattern("striped"),
        wearing("a white striped kurta and black pants"),
        describe(
            "kurta",
            "The kurta is white with black stripes. The kurta is white with black stripes. The kurta is white with "
            "black stripes. The kurta is",
            "loop",
            hit_limit=True,
        ),
        title="Aurelia Women Off-White & Black Striped Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: teal A-line kurta with a small white and orange floral print, round neck, three-quarter sleeves, white
    # leggings, hand on hip, no jewellery; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-008",
        caption(
            "This woman is wearing a medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. It "
            "has a round neckline. The woman wears a long leggings with pure color patterns. There is an accessory "
            "on her wrist.",
            "unsupported",
        ),
        color_of("kurta", "teal"),
        color_of("pants", "white"),
        is_a("kurta", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details(
            "kurta",
            "The kurta has an A-line silhouette with a round neckline, three-quarter sleeves, small white and orange "
            "flowers all over and a",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Women Teal Blue Printed A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: rust orange kurta (the seller says Brown) with cream ethnic motifs, v-neck, three-quarter sleeves, matte
    # cotton, cream trousers; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-009",
        caption(
            "The lady wears a medium-sleeve yellow kurta with graphic patterns. The kurta is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a long trousers with pure color patterns.",
            "contradiction",
        ),
        color_of("kurta", "orange"),
        color_of("trousers", "cream"),
        wearing("an orange kurta and cream trousers"),
        describe("kurta", "The kurta is rust orange with cream ethnic motifs, a v-neckline and three-quarter sleeves"),
        Q.material("silk", "unsupported"),
        title="Global Desi Women Rust Orange Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: bottle green short kurta with gold zari embroidery at the neckline only, long sleeves, green sharara,
    # gold-toned tissue dupatta, jhumka earrings; white backdrop. Caption/open: epoch-2 adapter; closed: reference.
    case(
        "X851-010",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and gold embroidery around the neckline. "
            "The kurta is with chiffon fabric. It has a v-shape neckline. The lady wears a long sharara with pure "
            "color patterns. The sharara is",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("trousers", "green"),
        color_of("dupatta", "green", "other_garment_color"),
        wearing("a green and gold kurta with a sharara and a dupatta, and she is wearing earrings"),
        details(
            "kurta",
            "The kurta has zari embroidery on the neckline and the sleeves, with sequins on the hem and tassels on "
            "the sleeves",
            "unsupported",
        ),
        title="Indo Era Women Green & Gold-Toned Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: royal blue bandhani-print kurta (white dots), round neck, elbow sleeves, white palazzos with small blue
    # dots; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-011",
        caption(
            "The lady wears a medium-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long palazzos with graphic patterns."
        ),
        color_of("kurta", "blue"),
        color_of("trousers", "blue", "other_garment_color"),
        wearing("a blue kurta and white palazzos with blue dots"),
        Q.pattern("printed"),
        details("palazzos", "the palazzo details are the palazzos", "restated"),
        title="Jaipur Kurti Women Blue & White Bandhani Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: black chanderi kurta with gold foil butis, round neck, long sleeves, gold-toned churidar, black heels;
    # white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-012",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The kurta is with cotton fabric. It has a round neckline. The kurta is with cotton "
            "fabric. It has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "black"),
        color_of("pants", "gold"),
        Q.material("chanderi silk"),
        wearing("She is wearing a black kurta with gold prints and golden churidar pants"),
        describe(
            "kurta",
            "The kurta is black with gold foil butis and a keyhole neckline with a tie-up dori",
            "unsupported",
        ),
        details("kurta", "the kurta details", "restated"),
        title="Soch Women Black Chanderi Kurta with Gold Foil Print",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: side view; peach solid kurta with white lace trim at the hem, round neck, three-quarter sleeves, no
    # pockets, white palazzos; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-013",
        caption(
            "The woman wears a medium-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "a round neckline. There is lace at the hem. The woman wears a long palazzos with pure color patterns."
        ),
        color_of("kurta", "peach", kind="open"),
        color_of("pants", "white"),
        describe("kurta", "yes", "non_answer"),
        Q.sleeve_length("three-quarter sleeves"),
        garment_type("dress", "contradiction"),
        details(
            "kurta",
            "The kurta has lace trim at the hem, a round neck with a button placket and two side pockets",
            "unsupported",
        ),
        title="Rangmanch by Pantaloons Women Peach Solid Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: red kurta with gold ethnic print, round neck, long sleeves, red trousers, red dupatta with gold print;
    # white backdrop, front. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-014",
        caption(
            "The gentleman wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has "
            "a round neckline. The gentleman wears a long trousers with pure color patterns.",
            "pronoun",
        ),
        color_of("kurta", "red"),
        color_of("trousers", "red"),
        color_of("dupatta", "red and gold", kind="open"),
        wearing(
            "a red kurta with red pants and a red and gold dupatta Question: What is the color of the kurta? Answer: "
            "red Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        title="Varanga Women Red & Gold-Toned Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: lavender straight kurta with white chikankari thread embroidery on the front, round neck, full sleeves,
    # white leggings; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-015",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings with pure color patterns."
        ),
        color_of("kurta", "purple"),
        color_of("pants", "lavender", "other_garment_color"),
        details("kurta", "The kurta has white chikankari embroidery on the front, a round neck and full sleeves"),
        describe(
            "kurta",
            "The kurta is lavender with white embroidery on the front and the sleeves. The kurta is lavender with "
            "white embroidery on the front",
            "loop",
            hit_limit=True,
        ),
        title="AKS Women Lavender Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: yellow sleeveless kurta with pink and green flowers, v-neck, yellow sharara, pink dupatta with a gold gota
    # border and no tassels or pom-poms, draped on her arms; white backdrop. Caption/open: epoch-2; closed: reference.
    case(
        "X851-016",
        caption(
            "The lady wears a sleeveless kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long sharara with floral patterns and a dupatta on her arms."
        ),
        color_of("kurta", "yellow"),
        color_of("trousers", "yellow"),
        color_of("dupatta", "yellow", "other_garment_color"),
        wearing("a yellow sleeveless kurta, a yellow sharara and a pink dupatta"),
        Q.sleeve_length("sleeveless"),
        details("dupatta", "The dupatta is pink with a gold gota border and pom-poms along the edges", "unsupported"),
        title="Libas Women Yellow Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey melange jersey-knit kurta, solid, round neck, long sleeves, black leggings; white backdrop.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-017",
        caption(
            "The female wears a long-sleeve kurta with pure color patterns. The kurta is with knitting fabric. It has "
            "a round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "black", "other_garment_color"),
        color_of("pants", "black"),
        wearing("a grey kurta with black leggings"),
        is_a("kurta", "yes"),
        describe("kurta", "grey", "non_answer"),
        title="Span Women Grey Melange Solid Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: magenta jacquard kurta with self-woven motifs, round neck, long sleeves, gold-toned churidar, magenta
    # dupatta with a gold border; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-018",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with silk fabric. It has a round "
            "neckline. The lady wears a long churidar and a dupatta. The dupatta is with silk fabric. The dupatta is "
            "with silk fabric. The dupatta is with silk fabric",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("trousers", "gold"),
        color_of("dupatta", "pink with a gold border", kind="open"),
        wearing("She is wearing a pink kurta with gold pants and a pink dupatta"),
        details("kurta", "What are the kurta details? The kurta details are the kurta details", "restated"),
        title="House of Pataudi Women Magenta Jacquard Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: off-white kurta with red and black hand-block florals, round neck, three-quarter sleeves, no pockets, red
    # straight pants; white backdrop. The row has no gender column. Caption/open: epoch-2; closed: reference.
    case(
        "X851-019",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "red", "other_garment_color"),
        color_of("pants", "red"),
        wearing("a white kurta with red pants"),
        describe(
            "kurta",
            "The kurta is off white with red and black block printed flowers, a round neck and three-quarter sleeves. "
            "It has two pockets.",
            "unsupported",
        ),
        title="Taavi Women Off-White Hand Block Print Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # photo: navy ikat kurta with white and red ikat bands, mandarin collar with a button placket, long sleeves, white
    # trousers (waist hidden under the kurta), sunglasses in her hand; white backdrop. Caption/open: epoch-2; closed:
    # reference engine.
    case(
        "X851-020",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "mandarin neckline and a button placket down the front. The lady wears a long trousers with pure color "
            "patterns. She holds a pair of sunglasses in her",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "navy blue"),
        color_of("trousers", "white", kind="open"),
        wearing("a blue ikat kurta with white pants"),
        details(
            "trousers",
            "The trousers are white with an elasticated waist, two side pockets and a zip fly",
            "unsupported",
        ),
        title="GERUA Women Navy Blue Ikat Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sea green kurta with white floral print, round neck, long sleeves, white palazzos, sea green dupatta with
    # white tassels at the corners; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-021",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long palazzos. The palazzos are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "green"),
        color_of("trousers", "green", "other_garment_color"),
        color_of("dupatta", "green"),
        Q.pattern("solid", "contradiction"),
        wearing("he is wearing a green kurta and white pants", "pronoun"),
        describe(
            "dupatta",
            "The dupatta is sea green with white floral print all over, a white border along both long edges and "
            "white tassels hanging from the",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Sea Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: mustard hip-length kurti, solid, notched v-neck, long sleeves, worn with blue jeans and a steel watch;
    # white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-022",
        caption(
            "The woman wears a long-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It has "
            "a v-shape neckline. The woman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on her wrist and a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "mustard"),
        color_of("pants", "blue"),
        wearing("a blue top and blue jeans", "other_garment_color"),
        Q.material("denim", "contradiction"),
        title="W Women Solid Mustard Kurtis",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon kurta with a pink and gold embroidered yoke, round neck, three-quarter sleeves, pink trousers, pink
    # dupatta; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-023",
        caption(
            "The lady wears a medium-sleeve kurta with an embroidered yoke. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears long pink trousers and a pink dupatta."
        ),
        color_of("kurta", "maroon"),
        color_of("trousers", "pink"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        wearing("a maroon kurta with pink trousers and a pink dupatta"),
        details(
            "kurta",
            "the yoke, the sleeves, the neckline, the yoke, the sleeves, the neckline, the yoke, the sleeves, the "
            "neckline, the yoke, the",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Maroon & Pink Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: white cotton schiffli-embroidered kurta with a scalloped hem, round neck with a small slit, three-quarter
    # sleeves, white palazzos, a beige tote on her shoulder; white backdrop. Caption/open: epoch-2; closed: reference.
    case(
        "X851-024",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "a round neckline. The lady wears a long palazzos with pure color patterns. There is a bag on her "
            "shoulder."
        ),
        color_of("kurta", "white"),
        color_of("pants", "white"),
        is_a("kurta", "no", "contradiction"),
        describe(
            "kurta",
            "The kurta is white with schiffli embroidery all over, a scalloped hem, a round neck with a small slit, "
            "three-quarter sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        wearing(
            "a white kurta and white palazzos Question: What is the color of the kurta? Answer: white Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        title="Nayo Women White Cotton Schiffli Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: black kurta with red floral print, round neck, long sleeves, red palazzos, no rings or jewellery; white
    # backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-025",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long palazzos with pure color patterns. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("kurta", "black"),
        color_of("trousers", "black", "other_garment_color"),
        wearing("a black kurta with red flowers and red palazzo pants"),
        describe("kurta", "The kurta is red with black flowers", "contradiction"),
        Q.pattern("floral"),
        title="Mabish by Sonal Jain Women Black & Red Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: beige linen straight kurta, solid, mandarin collar, wooden buttons, roll-up sleeves, olive pants, brown
    # kolhapuri sandals; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-026",
        caption(
            "His kurta has long sleeves, linen fabric and pure color patterns. The neckline of it is mandarin. The "
            "pants he wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("kurta", "beige"),
        color_of("pants", "olive"),
        Q.material("linen"),
        Q.pattern("striped", "contradiction"),
        details("kurta", "The kurta has a mandarin collar, a wooden button placket and roll-up sleeves"),
        wearing("a beige kurta with beige pants and brown sandals", "other_garment_color"),
        title="Fabindia Women Beige Linen Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: pink kurta with blue floral print, round neck, long sleeves, blue trousers, blue floral dupatta with a pink
    # border; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-027",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and pink and "
            "blue flowers. It has a round neckline. The lady wears a long trousers with pure color patterns. The lady "
            "wears a dupatta with floral patterns and a pink border around",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("trousers", "blue"),
        color_of("dupatta", "Question: What is the color of the dupatta? Answer: blue", "leak", kind="open"),
        wearing("pink", "non_answer"),
        Q.pattern("floral"),
        title="Ishin Women Pink & Blue Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: emerald green solid kurta with small mirror work on the yoke, round neck, full sleeves, white churidar,
    # silver bangles; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-028",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings with pure color patterns. There is an accessory on her "
            "wrist."
        ),
        color_of("kurta", "green"),
        color_of("pants", "white"),
        describe("kurta", "The kurta is blue with mirror work on the yoke", "contradiction"),
        details("kurta", "It has small mirror work on the yoke, a round neck and full sleeves"),
        wearing(
            "The person is wearing a green kurta and white leggings. The person is wearing a green kurta and white "
            "leggings. The person is",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of material", "restated"),
        title="Vishudh Women Green Solid Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: powder blue kurta with white floral print, round neck, long sleeves, plain white palazzos; white backdrop.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-029",
        caption(
            "This female is wearing a long-sleeve dress with floral patterns. The dress is of long length. The dress "
            "is with cotton fabric. It has a round neckline.",
            "contradiction",
        ),
        color_of("kurta", "blue"),
        color_of("trousers", "blue", "other_garment_color"),
        garment_type("kurta"),
        wearing("a blue and white kurta with palazzo pants"),
        describe("palazzos", "Answer: The palazzos are with cotton fabric and pure color patterns", "leak"),
        title="Sangria Women Blue Floral Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: coral A-line kurta, white thread embroidery at the neckline only, three-quarter sleeves, white leggings;
    # white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-030",
        caption(
            "The lady wears a sleeveless kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings with pure color patterns.",
            "contradiction",
        ),
        Q.sleeve_length("three-quarter sleeves"),
        color_of("kurta", "orange"),
        color_of("pants", "white"),
        describe(
            "kurta",
            "coral with white embroidery at the neckline and mirror work on the sleeves",
            "unsupported",
        ),
        title="Juniper Women Coral Solid A-Line Kurta",
        category="Kurtas",
        color="Coral",
        gender="Women",
    ),
    # photo: mustard bandhani kurta, round neck, long sleeves, maroon trousers, maroon bandhani dupatta; white backdrop.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-031",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The lady wears a dupatta. The lady wears a long "
            "trousers. The lady wears a dupatta. The lady wears",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "yellow"),
        color_of("trousers", "maroon"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        wearing("a yellow kurta with maroon pants and a maroon scarf"),
        details("dupatta", "", "non_answer"),
        title="Varanga Women Mustard & Maroon Bandhani Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: charcoal grey kurta with a white geometric print, round neck, long sleeves, black leggings; white backdrop.
    # Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-032",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric. The leggings are "
            "with cotton fabric. The leggings are with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "grey and white", kind="open"),
        color_of("pants", "black"),
        Q.pattern("geometric"),
        details("kurta", "What are the kurta details? Answer: white geometric print, round neck, long sleeves", "leak"),
        describe("kurta", "The kurta is grey with white print and the leggings are grey", "other_garment_color"),
        title="AKS Women Charcoal Grey Printed Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Women",
    ),
    # photo: red solid kurta with gold lace at the hems of its long sleeves, v-neck, red palazzos, red and gold chiffon
    # dupatta; white backdrop. The row has no category column. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-033",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long palazzos with pure color patterns and a chiffon dupatta."
        ),
        color_of("kurta", "red"),
        color_of("trousers", "red"),
        color_of("dupatta", "red"),
        Q.material("The material is the material of the garment", "restated"),
        wearing(
            "She is wearing a red kurta, red palazzos and a red dupatta. She is wearing a red kurta, red palazzos "
            "and a red dupatta. She is",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Red Solid Kurta with Palazzos & Dupatta",
        color="Red",
        gender="Women",
    ),
    # photo: off-white flared kurta with a blue floral print, round neck, long sleeves, blue churidar, a blue clutch in
    # her hand; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-034",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is of long length and it is with "
            "cotton fabric. It has a round neckline. The lady wears a long leggings with pure color patterns. She "
            "holds a clutch in her hand."
        ),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("pants", "blue"),
        wearing("he is wearing a white and blue kurta with blue pants", "pronoun"),
        describe(
            "kurta",
            "The kurta is off white with blue flowers, it is flared from the waist and has long sleeves, it is "
            "flared from the waist and has long sleeves, it is",
            "loop",
            hit_limit=True,
        ),
        title="Global Desi Women Off-White & Blue Printed Flared Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: purple kurta with silver foil print all over, round neck with a short front slit, three-quarter sleeves,
    # purple trousers; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-035",
        caption(
            "The lady wears a medium-sleeve kurta with graphic patterns. The kurta is with cotton fabric and has "
            "silver prints all over. It has a round neckline and a small slit at the front. The lady wears a long "
            "trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "purple"),
        color_of("trousers", "purple"),
        details("trousers", "they are long", "non_answer"),
        Q.pattern("printed"),
        wearing("a purple kurta and purple trousers with silver print"),
        describe("kurta", "The kurta is blue with silver print", "contradiction"),
        title="Biba Women Purple Printed Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: olive solid kurta with contrast mustard piping at the neckline, sleeves and hem, olive palazzos, no
    # dupatta; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-036",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "a round neckline. The lady wears a long palazzos with pure color patterns."
        ),
        color_of("kurta", "green"),
        color_of("trousers", "green"),
        color_of("dupatta", "mustard yellow", "unsupported", kind="open"),
        describe("kurta", "olive green kurta with mustard piping along the neckline and the hem"),
        is_a("kurta", "no", "contradiction"),
        wearing(
            "She is wearing an olive green kurta with mustard piping on the neckline, the sleeves and the hem, and "
            "olive green palazzos with a",
            "cut",
            hit_limit=True,
        ),
        title="Shree Women Olive Green Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: teal kurta with gold foil print on the front and sleeves, round neck, long sleeves, teal sharara, peach
    # dupatta on her shoulders, no watch or bracelet; white backdrop. Caption/open: epoch-2; closed: reference.
    case(
        "X851-037",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long sharara with pure color patterns. She wears a peach dupatta on "
            "her shoulders and a watch on her wrist.",
            "unsupported",
        ),
        color_of("kurta", "teal"),
        color_of("trousers", "peach", "other_garment_color"),
        color_of("dupatta", "peach"),
        wearing("a teal kurta and sharara with a peach dupatta"),
        details(
            "kurta",
            "gold foil print on the front and sleeves, round neck and long sleeves Question: What are the",
            "leak",
            hit_limit=True,
        ),
        title="Anouk Women Teal & Gold-Toned Foil Print Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: pink cotton kurta with a white leaf print, round neck with a small keyhole, long sleeves, white leggings, a
    # tan sling bag; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-038",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a round "
            "neckline with a small keyhole at the front. The lady wears a long leggings with pure color patterns. "
            "There is a bag on her",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("pants", "white", kind="open"),
        wearing("a red kurta with white leggings and a bag", "contradiction"),
        describe("kurta", "pink cotton kurta with white leaves and a keyhole neck"),
        Q.sleeve_length("long sleeves"),
        Q.material("rayon", "contradiction"),
        title="Jaipur Kurti Women Pink Cotton Printed Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: navy solid kurta with white thread embroidery around the round neck, no buttons, long sleeves, matching
    # navy trousers; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-039",
        caption(
            "The woman wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "round neckline with white embroidery. The woman wears a long trousers with pure color patterns."
        ),
        color_of("kurta", "black", "contradiction"),
        color_of("trousers", "navy blue"),
        wearing("the person is wearing", "restated"),
        describe(
            "kurta",
            "navy blue with white embroidery around the neck, there are gold buttons on the placket",
            "unsupported",
        ),
        Q.pattern("solid"),
        title="W Women Navy Blue Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: wine kurta in matte rayon with gold thread embroidery, v-neck, long sleeves, wine palazzos, dusty pink
    # dupatta; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-040",
        caption(
            "The gentleman wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has "
            "a v-shape neckline. His palazzos are of long length with pure color patterns.",
            "pronoun",
        ),
        color_of("kurta", "maroon"),
        color_of("trousers", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        wearing("a maroon kurta with palazzo pants and a pink dupatta"),
        Q.material("velvet", "unsupported"),
        title="Indo Era Women Burgundy Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: green and white vertically striped kurta, round neck, three-quarter sleeves, white palazzos; white
    # backdrop. The row has no color column. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-041",
        caption(
            "The lady wears a medium-sleeve kurta with stripe patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long palazzos with pure color patterns."
        ),
        color_of("kurta", "stripe patterns", "non_answer", kind="open"),
        color_of("pants", "green", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        wearing("a green and white striped kurta with white palazzos"),
        title="Aurelia Women Green & White Striped Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: lemon yellow kurta with pink flowers, round neck, long sleeves, pink trousers, yellow dupatta with pink
    # floral print and a scalloped pink border; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-042",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. The kurta is "
            "with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with "
            "cotton fabric. The kurta is with",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "yellow"),
        color_of("trousers", "yellow", "other_garment_color"),
        color_of("dupatta", "yellow and pink", kind="open"),
        describe("dupatta", "yellow with pink floral print and a scalloped pink border"),
        wearing(
            "She is wearing a yellow kurta with pink flowers, pink trousers and a dupatta Question: What is she "
            "wearing? Answer: a yellow",
            "leak",
            hit_limit=True,
        ),
        title="Soch Women Yellow & Pink Floral Print Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: coffee brown kurta with a beige paisley print, round neck, plain long sleeves without cuffs, beige
    # leggings; white backdrop, front only. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-043",
        caption(
            "The lady wears a long-sleeve black kurta with floral patterns. The kurta is with cotton fabric. It has "
            "a round neckline. The lady wears beige leggings.",
            "contradiction",
        ),
        color_of("kurta", "brown"),
        color_of("pants", "brown", "other_garment_color"),
        describe("kurta", "brown paisley printed kurta with a round neck and long sleeves"),
        details(
            "kurta",
            "The kurta has a paisley print, a round neckline, long sleeves with buttoned cuffs and a pleated back",
            "unsupported",
        ),
        title="Rangmanch Women Printed Brown Kurtas",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: white kurta with pink thread embroidery on the yoke and sleeves, v-neck with a plain edge (no tie, no
    # tassel), white palazzos, no dupatta; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-044",
        caption(
            "The woman wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "v-shape neckline. The woman wears a long palazzos with pure color patterns."
        ),
        color_of("kurta", "white"),
        color_of("trousers", "white"),
        color_of("dupatta", "pink", "unsupported"),
        Q.material("cotton"),
        wearing("She is wearing a white kurta with pink embroidery and white palazzos"),
        describe("kurta", "describe the kurta", "restated"),
        details(
            "kurta",
            "The kurta has pink thread embroidery on the yoke and the sleeves, a v-neckline with a small tassel tie, "
            "a straight hem with",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women White & Pink Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: navy kurta with red floral print, round neck, long sleeves, red piping along the placket, red trousers, red
    # dupatta with a navy print; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-045",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline and red piping along the placket. The lady wears a long trousers with pure color "
            "patterns and a red dupatta with floral patterns on",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue", "other_garment_color"),
        color_of("dupatta", "red"),
        wearing("a navy blue kurta with red flowers, red pants and a red dupatta"),
        describe("kurta", "black with red flowers", "contradiction"),
        title="Vark Women Navy Blue & Red Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bright orange silk-cotton kurta with a gold zari border at the hem, round neck, long sleeves, off-white
    # churidar; white backdrop. Caption/open: epoch-2 adapter; closed: reference engine.
    case(
        "X851-046",
        caption(
            "The person wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The leggings he wears is of long length with pure color patterns.",
            "pronoun",
        ),
        color_of("kurta", "orange"),
        color_of("pants", "off white"),
        Q.material("silk cotton"),
        describe("kurta", "orange with a gold border at the hem"),
        wearing(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Orange Silk Cotton Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
]
