"""BLIND_779 (46 products; Myntra kurta sets, VQA adapter, per-piece colors): written blind in the fifty-fifth session.
Measured blind at f624242 (the session's eighth rules): 117/135 failures found (86.7%) and 4/189 correct texts flagged
(2.1%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic-wear feed, category Kurtas (a single kurta, worn over leggings, churidar,
palazzos, trousers or jeans that are not sold with it) and Kurta Sets (kurta with palazzos, trousers, churidar,
salwar, sharara or skirt, with or without a dupatta). Catalog photos: a model on a white or light grey studio
backdrop, front or three-quarter view, often with jhumkas, bangles, a sling bag or a potli; one shoot on a pale pink
wall with a potted plant. The seller's columns are title, category, color and gender as the feed has them; a few rows
lack the color, the category or the gender. The job asks per-piece color questions: the kurta, the bottom (named as
the title names it: palazzos, trousers, churidar, salwar, sharara, skirt, or what the model wears under a single
kurta: leggings, jeans) and the dupatta (asked for every set whose title names one, and on some rows where the
photo has none because the questionnaire asked it anyway).

Who wrote what: every text is from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b,
greedy, 30 new tokens for answers, 50 for the caption (the caption is generated with an empty prompt on the same
adapter). The kurta's color question, pattern, sleeve length, garment type and "Is this a kurta?" are closed: enrich's
--engine reference ranks the candidate values with the adapter and stores one, so those never loop or stop short but
can pick the wrong candidate (another piece's color, navy read as black, mauve as pink). The bottom's and the
dupatta's color questions, "What is the person wearing?", describe, details and material are open, free generation.
Habits of this adapter: one-word answers from its In-shop training (a bare color for "what is the person wearing"),
the kurta called a "dress" or "shirt" from the In-shop classes, one color copied across pieces, the pattern or color
of the dupatta or the wall given to the kurta, phantom dupattas, pockets, zips and fabrics; no end token was trained,
so a share of open answers runs to the limit (loops, or cut mid-phrase) and some continue the training format with a
new "Question: ... Answer:"; with the empty caption prompt it sometimes writes a whole question-answer pair; now and
then "he" for the woman, once "a man".

Labeling conventions and judgement calls:
- Colors are judged against the photo, not the seller: a "Brown" kurta that is plainly rust is correctly "orange".
  Shades within a family are correct (cream/off-white as white, teal/turquoise as blue, peach/coral as pink or
  orange, magenta as pink, gold as yellow, lavender/mauve as purple, olive/sea green/lime as green); navy as black,
  mauve as pink, lime as yellow, orange as red and emerald as blue are contradictions.
- A wrong color that is the color of another piece in the photo (the bottom, the dupatta) is other_garment_color;
  a wrong color that is the kurta's own print color, the wall's, or nobody's is contradiction.
- Two pieces of the same real color (black kurta with black trousers, red kurta with red trousers) answered with
  the same color are correct.
- "tunic", "kurti" and "anarkali" for the kurta are correct; "dress", "shirt" or "top" for it are contradictions
  (the seller's category says kurta). A sharara called "flared pants" is correct; churidar called "leggings" is
  correct; palazzos called "pants" is correct.
- A dupatta, pocket, zip, button, fabric or embellishment that the photo does not show is unsupported, including a
  color answered for a dupatta that is not in the photo. A fabric answer is correct only when the title names that
  fabric; a fabric the title does not name is unsupported, and one that differs from the title's is unsupported too.
- A wrong pattern or sleeve length given by a closed answer is contradiction (the photo, the title or another text
  says otherwise); a print that belongs to the dupatta given to the kurta is contradiction.
- Open answers that ran to the 30-token limit: a repeating phrase is loop, an unfinished phrase is cut; both carry
  hit_limit=True. A caption that repeats its first clause to 50 tokens is loop with hit_limit=True.
- Any text that writes "Question:" or "Answer:" of the prompt format is leak, whether it then answers right or not;
  a caption that is a question-answer pair is leak.
- A bare color, "yes", "no", "details", "the kurta" or an empty string for an open question is non_answer; echoing
  the question or answering it with its own words ("the garment is made of material") is restated.
- "he" for a Women row is pronoun, and so is "a man" in the caption; a row without gender carries no pronoun label.
- When a text has two faults, it is labeled with the one a reader notices first (a loop that also invents a fabric
  is loop).
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
gtype = BLIND_QUESTIONS.garment_type
material = BLIND_QUESTIONS.material


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The open per-piece color question (bottom, dupatta): free generation by the VQA adapter."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_779 = [
    # photo: navy kurta with white floral block print, three-quarter sleeves, white palazzos, plain white dupatta over
    # the left shoulder, silver jhumkas; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-001",
        caption("a woman in a navy blue kurta with white palazzos and a white dupatta"),
        color_of("kurta", "navy blue"),
        piece("palazzos", "white"),
        piece("dupatta", "navy blue", "other_garment_color"),
        wearing("a blue kurta with three quarter sleeves and white pants"),
        pattern("floral"),
        sleeve("sleeveless", "contradiction"),
        title="Libas Women Navy Blue & White Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle green straight kurta, mandarin collar, three-quarter sleeves, side slits, beige cigarette trousers,
    # tan juttis; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-002",
        caption("a woman wearing a green kurta and beige pants standing in front of a white wall"),
        color_of("kurta", "green"),
        piece("trousers", "green", "other_garment_color"),
        wearing("the person is wearing what the person is wearing", "restated"),
        describe("kurta", "the kurta is green with a mandarin collar and three quarter sleeves"),
        details(
            "kurta",
            "mandarin collar, side slits, side slits, side slits, side slits, side slits, side slits, side slits, side",
            "loop",
            hit_limit=True,
        ),
        material("linen", "unsupported"),
        title="W Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: maroon flared anarkali kurta with gold foil print at the yoke and hem, gold-beige churidar, maroon net
    # dupatta with a gold border held in the right hand; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-003",
        caption("Question: What cloth is the person wearing? Answer: a maroon anarkali with a dupatta", "leak"),
        color_of("kurta", "maroon"),
        piece("churidar", "gold"),
        piece("dupatta", "maroon with gold border"),
        wearing("she is wearing a long maroon anarkali with a dupatta"),
        gtype("dress", "contradiction"),
        material("silk", "unsupported"),
        title="Biba Women Maroon & Gold-Toned Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink cotton kurta with a small white buti print, round neck, three-quarter sleeves, pink-and-white printed
    # palazzos in the same print, no dupatta; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-004",
        caption("a woman wearing a pink kurta and matching pants"),
        color_of("kurta", "pink"),
        piece("palazzos", "pink and white"),
        piece("dupatta", "white", "unsupported"),
        wearing("pink", "non_answer"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves and a printed pattern all over the kurta. The kurta is "
            "paired with the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Jaipur Kurti Women Pink Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard kurta with an indigo geometric print, worn with blue jeans, model holds a tan sling bag; white
    # backdrop, front view. All texts: VQA adapter.
    case(
        "X779-005",
        caption("a woman in a yellow and blue printed kurta with jeans holding a brown bag"),
        color_of("kurta", "orange", "contradiction"),
        piece("jeans", "blue"),
        wearing("a yellow kurta and blue jeans"),
        describe("kurta", "he is wearing a yellow kurta with blue print", "pronoun"),
        pattern("geometric"),
        is_a("kurta", "yes"),
        title="Anouk Women Mustard Yellow & Blue Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white kurta with red thread embroidery at the neckline, red sharara, red-and-off-white bandhani
    # dupatta over both shoulders; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-006",
        caption("a woman in a white kurta and red pants with a red and white scarf"),
        color_of("kurta", "red", "other_garment_color"),
        piece("sharara", "red"),
        piece(
            "dupatta",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        wearing("white kurta with red pants and red dupatta"),
        details("kurta", "red embroidery on the neckline"),
        material("the kurta is made of cotton silk with zari work", "unsupported"),
        title="Sangria Women Off-White & Red Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: teal straight kurta, long sleeves, round neck, white leggings; white backdrop, three-quarter view.
    # All texts: VQA adapter.
    case(
        "X779-007",
        caption("a woman wearing a teal tunic and white leggings"),
        color_of("kurta", "blue"),
        piece("leggings", "white"),
        wearing("teal", "non_answer"),
        describe("kurta", "the kurta is teal with long sleeves and a round neck"),
        sleeve("short sleeves", "contradiction"),
        material("the garment is made of material", "restated"),
        title="Aurelia Women Teal Solid Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: black V-neck kurta with gold foil floral print, black trousers, gold-and-black chanderi dupatta over one
    # arm, gold bangles; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-008",
        caption("a woman wearing a black and gold kurta set with a dupatta"),
        color_of("kurta", "black"),
        piece("trousers", "black"),
        piece("dupatta", "gold"),
        wearing(
            "black kurta Question: what is the color of the kurta? Answer: black Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "gold floral print, mandarin collar, button placket", "unsupported"),
        describe(
            "kurta",
            "black kurta with gold flowers printed all over, a v neck with gold lace and three quarter sleeves with "
            "gold lace at the",
            "cut",
            hit_limit=True,
        ),
        pattern("floral"),
        title="Libas Women Black & Gold-Toned Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: indigo dabu-print kurta with white leaf motifs, white churidar, brown kolhapuri sandals; white backdrop,
    # front view. All texts: VQA adapter.
    case(
        "X779-009",
        caption("a woman in a blue and white printed kurta"),
        color_of("kurta", "white", "contradiction"),
        piece("churidar", "the color of the churidar", "restated"),
        wearing("a blue kurta with white leggings and brown sandals"),
        describe(
            "kurta",
            "blue kurta with white leaves print and white leaves print and white leaves print and white leaves print "
            "and white",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        material("cotton"),
        title="Fabindia Women Indigo Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach kurta with small gold foil dots, cream palazzos, no dupatta, hair open; white backdrop, front view.
    # All texts: VQA adapter.
    case(
        "X779-010",
        caption("a woman wearing a peach kurta and cream palazzo pants"),
        color_of("kurta", "peach"),
        piece("palazzos", "white"),
        piece("dupatta", "peach", "unsupported"),
        wearing("she is wearing a peach kurta with white palazzo"),
        describe("kurta", "white kurta with gold dots", "contradiction"),
        details("kurta", "details", "non_answer"),
        title="Vishudh Women Peach-Coloured Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: red A-line kurta with white floral print, three-quarter sleeves, white palazzos (not sold), no dupatta;
    # light grey backdrop, front view. All texts: VQA adapter.
    case(
        "X779-011",
        caption("a man standing in front of a grey wall wearing a red kurta", "pronoun"),
        color_of("kurta", "red"),
        piece("palazzos", "white"),
        wearing("a red kurta with white flowers and white palazzo pants and a white dupatta", "unsupported"),
        describe("kurta", "red a-line kurta with white flowers and three quarter sleeves"),
        pattern("solid", "contradiction"),
        sleeve("three-quarter sleeves"),
        title="W Women Red & White Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: lavender kurta with silver thread embroidery on the yoke, lavender trousers, white organza dupatta with a
    # lavender border; light grey backdrop, front view. All texts: VQA adapter.
    case(
        "X779-012",
        caption("a woman in a purple kurta with matching pants and a white dupatta"),
        color_of("kurta", "purple"),
        piece("trousers", "white", "other_garment_color"),
        piece("dupatta", "purple", "other_garment_color"),
        wearing(
            "a purple kurta and purple pants and a white dupatta and a purple kurta and purple pants and a white "
            "dupatta and a",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "silver embroidery on the yoke"),
        material("cotton", "unsupported"),
        title="Indo Era Women Lavender Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: olive green tunic with a rust ikat print, round neck, three-quarter sleeves, black leggings; white
    # backdrop, front view. All texts: VQA adapter.
    case(
        "X779-013",
        caption("a woman wearing an olive green tunic with black leggings"),
        color_of("kurta", "green"),
        piece("leggings", "green", "other_garment_color"),
        wearing("a green dress", "contradiction"),
        describe(
            "kurta",
            "olive green tunic with rust print, round neck, three quarter sleeves, side slits and a straight hem, "
            "worn with black leggings and black",
            "cut",
            hit_limit=True,
        ),
        pattern("printed"),
        sleeve("three-quarter sleeves"),
        title="Global Desi Women Olive Green Printed Tunic",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta silk-blend straight kurta with a gold zari border at the hem, gold churidar, magenta dupatta with
    # gold tassels, juttis; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-014",
        caption("a woman in a pink kurta with gold pants and a pink scarf"),
        color_of("kurta", "pink"),
        piece(
            "churidar",
            "gold and gold and gold and gold and gold and gold and gold and gold and gold and gold and gold and gold",
            "loop",
            hit_limit=True,
        ),
        piece("dupatta", "pink"),
        describe("kurta", "Describe the kurta.", "restated"),
        details("kurta", "gold border at the hem and gold tassels on the dupatta"),
        material("silk"),
        title="Soch Women Magenta Silk Blend Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: white cotton chikankari kurta with white thread embroidery, white palazzos (not sold), silver jhumkas;
    # white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-015",
        caption(
            "a woman in a white chikankari kurta with white palazzo pants standing in front of a white background, the "
            "kurta has white embroidery all over the front and the sleeves and the palazzo pants are white with a "
            "scalloped hem and the woman is wearing silver",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        piece("palazzos", "white"),
        wearing("white", "non_answer"),
        details("kurta", "white thread embroidery all over"),
        pattern("embroidered"),
        material("linen", "unsupported"),
        title="AKS Women White Chikankari Embroidered Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: rust-orange straight kurta (the seller says Brown), round neck, three-quarter sleeves, side slits, beige
    # palazzos; white backdrop, front view; no pockets visible. All texts: VQA adapter.
    case(
        "X779-016",
        caption("a woman wearing an orange kurta and beige pants"),
        color_of("kurta", "orange"),
        piece("palazzos", "beige"),
        describe(
            "kurta",
            "orange straight kurta with a round neck and three quarter sleeves and a slit on the side, the kurta is "
            "paired with beige palazzo pants and",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has pockets on both sides", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Rangriti Women Brown Solid Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: blue-and-white vertical striped kurta, round neck, three-quarter sleeves, white trousers, no dupatta,
    # sunglasses in hand; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-017",
        caption("a woman in a blue and white striped kurta and white pants holding sunglasses"),
        color_of("kurta", "blue"),
        piece("trousers", "blue", "other_garment_color"),
        piece(
            "dupatta",
            "blue Question: What is the color of the dupatta? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a blue and white striped kurta and white pants", "pronoun"),
        details("kurta", "vertical stripes, round neck, three quarter sleeves"),
        pattern("striped"),
        title="Nayo Women Blue & White Striped Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: beige kurta with a pink floral print, three-quarter sleeves, green palazzos, green dupatta with a beige
    # print, potli bag in hand; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-018",
        caption("a woman wearing a beige floral kurta with green pants and a green dupatta holding a small bag"),
        color_of("kurta", "green", "other_garment_color"),
        piece("palazzos", "green"),
        piece("dupatta", "green"),
        wearing("a beige kurta with pink flowers, green pants and a green dupatta"),
        describe(
            "kurta",
            "beige kurta with pink flowers Question: What are the kurta details? Answer: pink flowers Question:",
            "leak",
            hit_limit=True,
        ),
        sleeve("three-quarter sleeves"),
        title="Ahalyaa Women Beige & Green Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: grey melange kurta with a black printed yoke, long sleeves, black leggings; white backdrop, front view.
    # All texts: VQA adapter.
    case(
        "X779-019",
        caption("a woman wearing a grey kurta with black leggings"),
        color_of("kurta", "grey"),
        piece("leggings", "grey", "other_garment_color"),
        wearing("grey", "non_answer"),
        describe(
            "kurta",
            "grey kurta with black print on the yoke and black print on the sleeves and black print on the yoke and "
            "black print on the sleeves",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "black print on the yoke"),
        material("wool", "unsupported"),
        title="Mokshi Women Grey Melange Yoke Design Straight Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: coral short kurta with white mirror work at the neckline and sleeves, otherwise plain, coral sharara,
    # white dupatta with coral pompoms; white backdrop, front view. All texts: VQA adapter. The feed row has no color.
    case(
        "X779-020",
        caption("a woman in an orange kurta and orange flared pants with a white scarf"),
        color_of("kurta", "orange"),
        piece("sharara", "orange"),
        piece("dupatta", "orange", "other_garment_color"),
        wearing("a coral kurta, sharara and white dupatta"),
        details(
            "kurta",
            "mirror work on the neckline and sleeves, mirror work on the neckline and sleeves, mirror work on the "
            "neckline and sleeves",
            "loop",
            hit_limit=True,
        ),
        pattern("checked", "contradiction"),
        title="Juniper Women Coral Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: yellow straight kurta with a small orange floral print, round neck, three-quarter sleeves, white
    # leggings, gold jhumkas; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-021",
        caption("a woman wearing a yellow kurta with orange flowers and white leggings"),
        color_of("kurta", "yellow"),
        piece("leggings", "yellow", "other_garment_color"),
        wearing("a yellow kurta and white leggings and gold earrings"),
        describe(
            "kurta",
            "the kurta is yellow with orange flowers. The kurta has a round neck and three quarter sleeves. The kurta "
            "is",
            "cut",
            hit_limit=True,
        ),
        pattern("floral"),
        is_a("kurta", "yes"),
        title="Biba Women Yellow & Orange Floral Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon velvet kurta with a gold embroidered neckline, long sleeves, black palazzos; white backdrop,
    # front view. All texts: VQA adapter.
    case(
        "X779-022",
        caption("a woman in a maroon velvet kurta with black pants"),
        color_of("kurta", "maroon"),
        piece("palazzos", "maroon", "other_garment_color"),
        wearing("he is wearing a maroon kurta and black palazzos", "pronoun"),
        details("kurta", "gold embroidery around the neck"),
        sleeve("long sleeves"),
        material("velvet"),
        title="GERUA Women Maroon Embroidered Velvet Kurta with Palazzos",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: sea green kurta with a pink embroidered yoke, pink churidar, pink dupatta; white backdrop, front view.
    # All texts: VQA adapter.
    case(
        "X779-023",
        caption("a woman wearing a green kurta with pink leggings and a pink scarf"),
        color_of("kurta", "pink", "other_garment_color"),
        piece("churidar", "pink"),
        piece("dupatta", "green", "other_garment_color"),
        describe("kurta", "green kurta with pink embroidery"),
        is_a("kurta", "yes"),
        material("", "non_answer"),
        title="Inddus Women Sea Green & Pink Yoke Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black straight kurta with a white chevron print at the hem, full sleeves, blue jeans, brown tote on the
    # shoulder; white backdrop, front view; the back is not shown. All texts: VQA adapter.
    case(
        "X779-024",
        caption("a woman wearing a black kurta and jeans holding a bag"),
        color_of("kurta", "black"),
        piece("jeans", "blue"),
        wearing(
            "a black kurta and blue jeans Question: Is this a kurta? Answer: yes Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "black kurta with white print on the bottom and a zip at the back", "unsupported"),
        details("kurta", "the kurta has a white chevron print on the hem"),
        gtype("dress", "contradiction"),
        title="Sera Women Black Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: mustard bandhani kurta (small white dots), maroon hem border, keyhole neck, maroon flared skirt, no
    # dupatta; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-025",
        caption("a woman in a yellow and red dress", "contradiction"),
        color_of("kurta", "yellow"),
        piece("skirt", "maroon"),
        wearing("yellow kurta and maroon skirt"),
        describe(
            "kurta",
            "yellow kurta with small white dots all over and a maroon border at the hem, the kurta has a round neck "
            "with a keyhole and",
            "cut",
            hit_limit=True,
        ),
        pattern("printed"),
        material("georgette", "unsupported"),
        title="Anouk Women Mustard Yellow & Maroon Bandhani Print Kurta with Skirt",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: turquoise kurta with white gota lace on the hem and sleeves, white palazzos, white chiffon dupatta;
    # white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-026",
        caption("a woman wearing a blue kurta, white palazzo pants and a white dupatta"),
        color_of("kurta", "blue"),
        piece("palazzos", "blue", "other_garment_color"),
        piece("dupatta", "white"),
        wearing("What is the person wearing?", "restated"),
        details(
            "kurta",
            "white gota lace on the hem and the sleeves, a round neck with a small slit and the kurta is paired with "
            "white palazzo pants and a white chiffon",
            "cut",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        title="Libas Women Turquoise Blue Gotta Patti Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: navy kurta with a gold foil print, white churidar (not sold), no dupatta; white backdrop, model turned to
    # a three-quarter view. All texts: VQA adapter.
    case(
        "X779-027",
        caption("a woman in a dark blue kurta with white leggings"),
        color_of("kurta", "black", "contradiction"),
        piece("churidar", "white"),
        wearing("a blue kurta with white leggings and a pink dupatta", "unsupported"),
        describe("kurta", "navy blue kurta with gold print"),
        pattern("printed"),
        title="Aurelia Women Navy Blue Foil Print Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream kurta with a rust floral print, three-quarter sleeves, rust palazzos, no dupatta; white backdrop,
    # front view. All texts: VQA adapter.
    case(
        "X779-028",
        caption("Question: What is the color of the kurta? Answer: cream", "leak"),
        color_of("kurta", "white"),
        piece("palazzos", "orange"),
        piece("dupatta", "orange", "unsupported"),
        wearing("a white kurta with orange flowers and orange pants"),
        describe("kurta", "cream kurta with rust flowers and three quarter sleeves"),
        details("kurta", "kurta", "non_answer"),
        sleeve("sleeveless", "contradiction"),
        title="W Women Cream-Coloured & Rust Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: purple kurta with a gold block print, purple trousers; pale pink wall with a potted plant beside the
    # model, front view. All texts: VQA adapter.
    case(
        "X779-029",
        caption("a woman in a purple kurta standing next to a plant in front of a pink wall"),
        color_of("kurta", "purple"),
        piece("trousers", "purple"),
        wearing("purple kurta and purple pants"),
        describe("kurta", "the kurta is pink", "contradiction"),
        details(
            "kurta",
            "gold print all over the kurta and a gold print all over the kurta and a gold print all over the kurta "
            "and a",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Varanga Women Purple & Gold-Toned Block Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: emerald green short kurta with gold sequin work, green sharara, gold tissue dupatta; white backdrop,
    # front view. All texts: VQA adapter.
    case(
        "X779-030",
        caption("a woman wearing a blue outfit with a gold dupatta", "contradiction"),
        color_of("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "gold"),
        wearing("she is wearing a green kurta set with a gold dupatta"),
        details("kurta", "gold sequins on the front"),
        material(
            "the garment is made of cotton and the dupatta is made of cotton and the sharara is made of cotton and the",
            "loop",
            hit_limit=True,
        ),
        title="Kalini Women Green Sequinned Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: off-white kurta with a small black block print, round neck with a short button placket, full sleeves,
    # black churidar; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-031",
        caption("a woman wearing a white kurta with black print and black leggings"),
        color_of("kurta", "white"),
        piece("churidar", "black"),
        wearing(
            "a white kurta with black print Question: What is the color of the kurta? Answer: white Question: What is",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "yes", "non_answer"),
        details("kurta", "black print, round neck, button placket, full sleeves"),
        gtype("shirt", "contradiction"),
        material("khadi cotton, hand woven", "unsupported"),
        title="Mother Earth Women Off White Printed Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: baby pink kurta with white thread embroidery, three-quarter sleeves, white churidar, light pink dupatta;
    # white backdrop, front view. All texts: VQA adapter. The feed row has no gender.
    case(
        "X779-032",
        caption("a woman in a pink kurta with white leggings and a pink dupatta"),
        color_of("kurta", "pink"),
        piece("churidar", "pink", "other_garment_color"),
        piece("dupatta", "light pink"),
        wearing("pink kurta, white churidar and pink dupatta"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        sleeve("three-quarter sleeves"),
        title="Biba Women Pink Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # photo: red kurta with a black geometric print, round neck, no pockets, black palazzos (not sold); white
    # backdrop, front view. All texts: VQA adapter.
    case(
        "X779-033",
        caption("a woman wearing a red and black kurta and black pants"),
        color_of("kurta", "black", "contradiction"),
        piece("palazzos", "black"),
        wearing("he is wearing a red kurta with black palazzo pants", "pronoun"),
        describe("kurta", "red kurta with black print, a v neck and a pocket on the chest", "unsupported"),
        details(
            "kurta",
            "black print on the kurta, black print on the kurta, black print on the kurta, black print on the kurta, "
            "black print on",
            "loop",
            hit_limit=True,
        ),
        pattern("geometric"),
        title="Jaipur Kurti Women Red & Black Geometric Print Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: powder blue kurta with white floral embroidery, long sleeves, white trousers, blue dupatta with white
    # polka dots; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-034",
        caption("a woman in a light blue kurta with white pants and a blue dupatta with white polka dots"),
        color_of("kurta", "blue"),
        piece("trousers", "blue", "other_garment_color"),
        piece("dupatta", "blue and white"),
        wearing(
            "Question: What is the person wearing? Answer: a blue kurta with white pants Question: What is the color "
            "of the",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "the kurta is blue with white polka dots", "contradiction"),
        sleeve("long sleeves"),
        title="Indo Era Women Blue Floral Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey kurta with a silver foil print, round neck, three-quarter sleeves, straight hem with side
    # slits, black leggings; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-035",
        caption("a woman wearing a grey kurta and black leggings"),
        color_of("kurta", "grey"),
        piece("leggings", "black"),
        wearing(
            "a grey kurta and black leggings Question: What is the color of the leggings? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "grey kurta with silver print and a round neck and three quarter sleeves and a straight hem and two side "
            "slits and a",
            "cut",
            hit_limit=True,
        ),
        sleeve("three-quarter sleeves"),
        material("polyester", "unsupported"),
        title="Anouk Women Charcoal Grey Foil Printed Straight Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Women",
    ),
    # photo: plain lime green kurta, white palazzos with a lime print, no dupatta; white backdrop, front view.
    # All texts: VQA adapter.
    case(
        "X779-036",
        caption("a woman in a green kurta with white pants"),
        color_of("kurta", "yellow", "contradiction"),
        piece("palazzos", "white"),
        wearing("green", "non_answer"),
        details("kurta", "he is wearing a green kurta with white pants", "pronoun"),
        pattern("solid"),
        is_a("kurta", "yes"),
        title="Sangria Women Lime Green Solid Kurta with Printed Palazzos",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: navy rayon kurta with a white floral print, long sleeves, navy palazzos, red dupatta; white backdrop,
    # front view. All texts: VQA adapter.
    case(
        "X779-037",
        caption("a woman wearing a blue kurta, blue pants and a red dupatta"),
        color_of("kurta", "red", "other_garment_color"),
        piece("palazzos", "navy blue"),
        piece("dupatta", "red"),
        describe(
            "kurta",
            "navy blue kurta with white flowers and long sleeves, the kurta has a round neck and a straight hem and it "
            "is worn with navy",
            "cut",
            hit_limit=True,
        ),
        sleeve("short sleeves", "contradiction"),
        material("rayon"),
        title="AKS Women Navy Blue & White Floral Print Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach kurta with white schiffli lace at the hem and sleeves, white leggings, white sneakers, no bag;
    # white backdrop, front view. All texts: VQA adapter. The feed row has no color.
    case(
        "X779-038",
        caption("a woman in a pink kurta and white leggings"),
        color_of("kurta", "peach"),
        piece("leggings", "white"),
        describe("kurta", "the kurta is peach with white lace at the bottom and the sleeves"),
        details("kurta", "the kurta details", "restated"),
        wearing(
            "a peach kurta with white leggings and white shoes and a white bag and a white bag and a white bag and a "
            "white",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Libas Women Peach-Coloured Schiffli Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: orange kurta with pink gota patti on the neckline, sleeves and hem, keyhole neck with tassels, pink
    # salwar, pink dupatta with gota; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-039",
        caption("a woman wearing an orange kurta with pink pants and a pink dupatta"),
        color_of("kurta", "red", "contradiction"),
        piece("salwar", "orange", "other_garment_color"),
        piece("dupatta", "pink"),
        wearing("an orange kurta and pink salwar with a pink dupatta"),
        details(
            "kurta",
            "gota lace on the neckline, the sleeves and the hem, the kurta has a keyhole neck with tassels and the "
            "dupatta has gota on the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Biba Women Orange & Pink Gotta Patti Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: coffee brown straight kurta with a cream printed border at the hem, no buttons, cream trousers; white
    # backdrop, front view. All texts: VQA adapter.
    case(
        "X779-040",
        caption("a woman in a brown kurta and white pants"),
        color_of("kurta", "brown"),
        piece("trousers", "brown", "other_garment_color"),
        wearing("she is wearing a brown kurta and white pants"),
        describe("kurta", "brown kurta with a cream border at the hem and gold buttons on the front", "unsupported"),
        pattern("solid"),
        material(
            "the kurta is made of cotton and the trousers are made of cotton and the kurta is made of cotton and the "
            "trousers",
            "loop",
            hit_limit=True,
        ),
        title="W Women Coffee Brown Solid Straight Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: mauve kurta with silver embroidery on the yoke and sleeves, no pockets, mauve palazzos, silver-grey
    # dupatta; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-041",
        caption("a woman wearing a purple kurta with purple pants and a grey dupatta"),
        color_of("kurta", "pink", "contradiction"),
        piece("palazzos", "purple"),
        piece("dupatta", "grey"),
        wearing("purple", "non_answer"),
        details("kurta", "silver embroidery on the yoke and sleeves and a pocket on the side", "unsupported"),
        is_a("kurta", "yes"),
        title="Varanga Women Mauve Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: red kurta with a white floral print, V-neck with a button, three-quarter sleeves, red trousers, hands
    # folded; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-042",
        caption("a woman in a red kurta with white flowers and red pants with her hands folded"),
        color_of("kurta", "red"),
        piece("trousers", "red"),
        wearing("a red kurta and red pants"),
        describe(
            "kurta",
            "red kurta with white flowers, a v neck with a button and three quarter sleeves with white flowers on the "
            "sleeves and the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta details are the details", "restated"),
        pattern("striped", "contradiction"),
        title="Nayo Women Red & White Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: gold tissue short kurta, round neck, short sleeves, ivory sharara with a gold border, no dupatta; white
    # backdrop, front view.
    # All texts: VQA adapter. The seller's color Gold has no color group.
    case(
        "X779-043",
        caption("a woman wearing a gold kurta and white flared pants"),
        color_of("kurta", "yellow"),
        piece("sharara", "gold", "other_garment_color"),
        piece("dupatta", "white", "unsupported"),
        wearing("Question: What is the person wearing? Answer:", "leak"),
        describe("kurta", "gold kurta with a round neck and short sleeves"),
        is_a("kurta", "yes"),
        title="Ahalyaa Women Gold-Toned Solid Kurta with Sharara",
        category="Kurta Sets",
        color="Gold",
        gender="Women",
    ),
    # photo: teal kurta with a gold print all over, gold-beige churidar, teal dupatta with a gold border; white
    # backdrop, front view. All texts: VQA adapter.
    case(
        "X779-044",
        caption(
            "a woman in a teal kurta with a teal dupatta and beige leggings and a woman in a teal kurta with a teal "
            "dupatta and beige leggings and a woman in a teal kurta with a teal dupatta and",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        piece("churidar", "beige"),
        piece("dupatta", "blue"),
        wearing("she is wearing a teal kurta with beige churidar and a teal dupatta with a gold border"),
        describe("kurta", "the kurta", "non_answer"),
        details(
            "kurta",
            "gold print all over the kurta, a round neck with a gold lace and three quarter sleeves with a gold lace "
            "on the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Soch Women Teal & Gold-Toned Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white cotton kurta with a blue floral print, blue palazzos, brown sling bag; white backdrop, front view.
    # All texts: VQA adapter.
    case(
        "X779-045",
        caption("a woman wearing a white and blue floral kurta and blue pants with a brown bag"),
        color_of("kurta", "white"),
        piece("palazzos", "white", "other_garment_color"),
        wearing("he is wearing a white kurta with blue flowers and blue pants", "pronoun"),
        describe("kurta", "white kurta with blue flowers"),
        pattern("floral"),
        material("cotton"),
        title="Jaipur Kurti Women White & Blue Floral Print Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: black anarkali kurta with a red-and-green thread embroidered yoke (no mirrors, no tassels), three-quarter
    # sleeves, black palazzos, red dupatta; white backdrop, front view. All texts: VQA adapter.
    case(
        "X779-046",
        caption("a woman wearing a long black dress with a red scarf", "contradiction"),
        color_of("kurta", "black"),
        piece("palazzos", "black"),
        piece("dupatta", "black", "other_garment_color"),
        wearing(
            "She is wearing a black anarkali kurta, black palazzos and a red dupatta. She is wearing a black anarkali "
            "kurta, black",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta", "red and green embroidery on the yoke with mirror work and tassels at the back", "unsupported"
        ),
        sleeve("three-quarter sleeves"),
        title="Libas Women Black Embroidered Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
]
