"""BLIND_1158 (46 products; Myntra kurtas/kurta sets, VQA adapter, piece colors): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 120/132 failures found (90.9%) and 7/190 correct texts flagged
(3.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's kurtas (article type "Kurtas") and kurta sets ("Kurta Sets": kurta with
palazzos, trousers, churidar, salwar, sharara or skirt, most with a dupatta). Catalog shots: a model standing on a
white or light studio backdrop (a few grey, beige or pink walls), front or three-quarter view, often wearing a bottom
or a stole the seller does not sell, now and then holding a bag or sunglasses or wearing a denim jacket over the kurta.
Feed columns: title, category, color (the seller's base colour), gender; a few rows lack one column.

Who wrote what: captions come from the untuned BLIP-2 OPT-2.7b (the job's caption step runs with no adapter): short
lowercase "a woman in a ... and ..." sentences that call a dupatta a "scarf", a kurta a "top", "tunic" or at times a
"dress", and now and then a "man". Every answer comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA behind the
prompt "Question: <q> Answer:". Closed questions (the kurta's color, pattern, sleeve length, "Is this a kurta?") go
through enrich's --engine reference, which picks one candidate, so they never loop or stop short; their failures
are wrong picks, most often the color of the bottom, the print or the backdrop. Open questions ("What is she
wearing?", "Describe the kurta.", "What are the kurta details?", the material, and the colors of the bottom, asked as
"pants" because the VQA data knows pants, and of the dupatta) are free generation with 30 new tokens; the adapter
was trained with no end token, so some answers loop to the limit, some run on and are cut mid-phrase, some run on
into a new "Question: ... Answer:" turn. It lends the kurta's color to the bottom and the dupatta, invents
embroidery, sequins, pockets, zari and fabrics, and sometimes says "he". The questionnaire is per category: the
dupatta's color is asked only of "Kurta Sets" rows (and of the rows whose category is missing it is not asked).

Labeling conventions and judgement calls:
- One label per text, the main failure. A loop is labelled loop even when the looped color is also another
  garment's; a text cut at the token limit is labelled cut when what it said before the cut is right, and carries
  hit_limit=True; loops and leaks that ran to the limit carry hit_limit=True as well.
- other_garment_color is used only for open answers that give the bottom or the dupatta the color another piece in
  the photo has; a closed pick of another piece's color (the kurta answered with the palazzos' white) is labelled
  contradiction.
- A color is right when it names the visible color or its coarse family: navy blue / blue, maroon / wine / red for
  burgundy, magenta / peach / pink, mustard / yellow, rust / orange, off white / cream / white, gold for a gold-toned
  print. Where the seller's color is off (a "Brown" kurta that is plainly rust) an answer right for the photo is
  correct.
- A dupatta that is two colors (pink with a green border) answered with only the border's color is
  other_garment_color; "blue and white" for a blue-and-white ikat dupatta is correct.
- Garment words: kurta, kurti, tunic, top and anarkali are right for a kurta; "dress" for a kurta worn over a
  visible bottom is a contradiction; "scarf" or "stole" for a dupatta, "skirt" for a sharara and "pants" for
  palazzos, churidar or leggings are right.
- Material: right only when the title names that fabric; a fabric the title does not name is unsupported (a photo
  cannot show fiber content), a fabric the title contradicts is a contradiction.
- A one-word or yes/no reply to an open question (a bare color for "Describe the kurta.") is non_answer; a reply that
  only turns the question back into a sentence ("the kurta is a kurta") is restated.
- A dupatta color given for a set whose photo shows no dupatta, a bag, a door or buttons that are not there, and
  sequins, zari, mirror work, lace, pockets or lining on a plain kurta are unsupported.
- pronoun is used only on rows whose gender is Women; "a man" in a caption of a woman counts as pronoun.
- Styling pieces the seller does not sell (leggings under a kurta, a denim jacket) are real parts of the photo;
  naming them right is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing


def kurta(text, failure=None):
    return color_of("kurta", text, failure)


def pants(text, failure=None, hit_limit=False):
    return color_of("pants", text, failure, kind="open", hit_limit=hit_limit)


def dupatta(text, failure=None, hit_limit=False):
    return color_of("dupatta", text, failure, kind="open", hit_limit=hit_limit)


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def desc(text, failure=None, hit_limit=False):
    return describe("kurta", text, failure, hit_limit)


def det(text, failure=None, hit_limit=False):
    return details("kurta", text, failure, hit_limit)


def is_kurta(text, failure=None):
    return is_a("kurta", text, failure)


pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length


BLIND_1158 = [
    # photo: navy straight kurta with white floral block print, white palazzos, white dupatta with a navy printed border
    # over the left shoulder; white backdrop, front view. Caption: base OPT-2.7b; answers: VQA adapter.
    case(
        "X1158-001",
        caption("a woman wearing a blue kurta with white pants and a white scarf"),
        she("a navy blue kurta with white floral print, white palazzo pants and a white dupatta"),
        kurta("navy blue"),
        pants("navy blue", "other_garment_color"),
        dupatta("white with a blue border"),
        pattern("floral"),
        desc("his kurta is navy blue with white flowers and a round neck", "pronoun"),
        title="Libas Women Navy Blue Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard solid straight kurta, mandarin collar, three-quarter sleeves, matching mustard trousers, no
    # dupatta in the photo; white backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X1158-002",
        caption("a woman in a yellow kurta and yellow pants standing on a white background"),
        she("a yellow kurta and pants"),
        kurta("mustard"),
        pants(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        dupatta("yellow with a golden border", "unsupported"),
        sleeves("three-quarter"),
        desc("the kurta is a solid mustard yellow with a mandarin collar and a button placket at the neck"),
        det("the kurta details are the details on the kurta", "restated"),
        title="Anouk Women Mustard Yellow Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: pink straight kurta with a small white-and-green floral print, round neck, three-quarter sleeves, side
    # slits; the model wears white leggings (not sold); no dupatta; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-003",
        caption("a woman wearing a pink dress with flowers on it", "contradiction"),
        she("she is wearing a pink kurta with white leggings"),
        kurta("pink"),
        pants("pink", "other_garment_color"),
        is_kurta("yes"),
        det(
            "the kurta has a small floral print all over, a round neck, three quarter sleeves and side slits, the"
            " leggings are white and the",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Pink Floral Print Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon solid kurta with fine gold thread embroidery at the neckline, the model in beige churidar, no
    # dupatta; light grey backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X1158-004",
        caption("a woman in a red kurta and beige pants posing for a photo"),
        she("a maroon kurta with gold embroidery on the neck and beige churidar"),
        kurta("brown", "contradiction"),
        pants("maroon", "other_garment_color"),
        pattern("solid"),
        desc(
            "the kurta is maroon with gold embroidery around the neckline and it has a matching maroon dupatta with"
            " gold tassels",
            "unsupported",
        ),
        title="Aurelia Women Maroon Solid Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white kurti with white thread embroidery on the yoke, full sleeves, worn over light blue jeans; white
    # backdrop, three-quarter view. Caption: base; answers: VQA adapter.
    case(
        "X1158-005",
        caption("a woman in a white top and blue jeans standing in front of a door", "unsupported"),
        she("a white kurta and blue jeans"),
        kurta("white"),
        pants("blue"),
        det(
            "white thread embroidery on the yoke, white thread embroidery on the yoke, white thread embroidery on the"
            " yoke, white thread",
            "loop",
            hit_limit=True,
        ),
        sleeves("long"),
        material("the kurta is made of linen", "unsupported"),
        title="W Women Thread Work Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: bottle green kurta with a pink and gold floral print, pink palazzos, pink dupatta with a narrow green
    # border; white backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X1158-006",
        caption("a woman in a green and pink outfit"),
        she("he is wearing a green kurta with pink pants and a pink dupatta", "pronoun"),
        kurta("green"),
        pants("pink"),
        dupatta("green", "other_garment_color"),
        is_kurta("yes"),
        pattern("floral"),
        desc("green", "non_answer"),
        title="Sangria Women Green & Pink Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: black kurta with a white geometric print, black trousers with a white printed band at the hem, no
    # dupatta; white backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X1158-007",
        caption("a woman in black and white printed kurta and pants"),
        she("Question: What is she wearing? Answer: a black kurta and black pants", "leak"),
        kurta("black"),
        pants("black with white print at the bottom"),
        desc("the kurta is white with black print", "contradiction"),
        sleeves("three-quarter"),
        det("white geometric print with mirror work and a lace border at the sleeves", "unsupported"),
        title="Vishudh Women Black Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: rust A-line kurta, V neck with a tasselled tie-up, three-quarter sleeves, cream palazzos (not sold); beige
    # wall behind, the model holds a brown leather sling bag. Caption: base; answers: VQA adapter.
    case(
        "X1158-008",
        caption("a woman in an orange kurta with a brown bag"),
        she("an orange kurta and white palazzo pants"),
        kurta("orange"),
        pants("orange", "other_garment_color"),
        det(
            "the kurta has a v neck with a tie up dori and tassels, a flared hem and three quarter sleeves, the"
            " palazzo pants are cream and the",
            "cut",
            hit_limit=True,
        ),
        material("the kurta is made of khadi cotton", "contradiction"),
        title="GERUA Women Rust Solid Rayon A-Line Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: indigo kurta with a white dabu print, round neck with a hidden placket, no pockets, white churidar; white
    # backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X1158-009",
        caption("a woman wearing a blue and white patterned tunic"),
        she("a blue kurta with white print and white pants"),
        kurta("blue"),
        material("silk", "contradiction"),
        pattern("printed"),
        pants("blue", "other_garment_color"),
        det("the kurta has a mandarin collar with wooden buttons and two pockets on the side", "unsupported"),
        title="Fabindia Women Indigo Cotton Printed Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: lemon yellow kurta with a white and orange floral print, yellow sharara with gota lace at the hem, sheer
    # white organza dupatta with an orange floral print; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-010",
        caption("a woman in a yellow kurta and yellow skirt with a white scarf"),
        she("a yellow kurta, a yellow sharara and a white dupatta with orange flowers"),
        kurta("yellow"),
        pants("yellow with a golden lace at the bottom"),
        dupatta("yellow", "other_garment_color"),
        is_kurta("no", "contradiction"),
        desc(
            "the kurta is yellow with white and orange flowers and the kurta is yellow with white and orange flowers"
            " and the kurta is yellow with white and",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Yellow Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal straight kurta, three-quarter sleeves, white palazzos (not sold); white backdrop, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-011",
        caption("a woman in a blue kurta and white palazzo pants"),
        she("a teal kurta with white palazzos"),
        kurta("white", "contradiction"),
        pants("white"),
        sleeves("sleeveless", "contradiction"),
        desc("teal", "non_answer"),
        title="Aurelia Women Teal Blue Solid Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: purple kurta with a white block print, white slim trousers; white backdrop, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-012",
        caption("a woman in a purple and white printed kurta"),
        she("he is wearing a purple kurta and white pants", "pronoun"),
        kurta("purple"),
        pants("purple", "other_garment_color"),
        pattern("printed"),
        material("the kurta is made of 100% pure cotton with a soft lining inside", "unsupported"),
        title="W Women Block Print Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: red kurta with gold zari embroidery on the yoke and cuffs, keyhole neck, red churidar, red chiffon dupatta
    # with a gold border, gold jhumkas; white backdrop. Feed lacks gender. Caption: base; answers: VQA adapter.
    case(
        "X1158-013",
        caption("a woman in a red and gold indian outfit"),
        she("a red kurta with gold embroidery, red churidar and a red dupatta with gold border"),
        kurta("red"),
        pants("red"),
        dupatta(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red"
            " red red red red",
            "loop",
            hit_limit=True,
        ),
        pattern("embroidered"),
        det(
            "gold zari embroidery on the yoke and the cuffs of the sleeves, a keyhole neck with a hook closure and a"
            " straight hem with",
            "cut",
            hit_limit=True,
        ),
        title="Soch Women Red & Gold-Toned Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # photo: blue and white vertically striped kurta, round neck, no pockets, three-quarter sleeves, solid blue
    # palazzos, no dupatta in the photo; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-014",
        caption("a woman in a blue and white striped top and blue pants"),
        she("a striped kurta and blue palazzo pants"),
        kurta("blue"),
        pattern("solid", "contradiction"),
        pants("blue and white striped", "other_garment_color"),
        is_kurta("no", "contradiction"),
        desc(
            "the kurta is blue and white striped with a collar, a pocket on the chest and roll up sleeves",
            "unsupported",
        ),
        title="Jaipur Kurti Women Blue & White Striped Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: peach short-sleeved kurti with a small blue floral print, white jeans; grey backdrop, the model holds a
    # tan tote bag. Caption: base; answers: VQA adapter.
    case(
        "X1158-015",
        caption("a woman in a peach top and white jeans holding a brown bag"),
        she("a pink kurta with blue flowers and white jeans"),
        kurta("peach"),
        pants("peach", "other_garment_color"),
        det(
            "Question: What are the kurta details? Answer: the kurta has a floral print Question: What are the kurta"
            " details? Answer:",
            "leak",
            hit_limit=True,
        ),
        sleeves("short"),
        desc(
            "the kurta is peach with blue flowers, a round neck and short sleeves, she is wearing it with sandals",
            "unsupported",
        ),
        title="Global Desi Women Peach Printed Kurti",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: navy kurta with a gold foil print, navy palazzos with a gold printed hem, pink dupatta with a gold border;
    # white backdrop; the model's feet are out of frame. Caption: base; answers: VQA adapter.
    case(
        "X1158-016",
        caption("a woman in a blue and gold outfit with a pink scarf"),
        she("a navy blue kurta, navy blue palazzo pants and a pink dupatta"),
        kurta("navy blue"),
        pants("pink", "other_garment_color"),
        dupatta("navy blue", "other_garment_color"),
        pattern("printed"),
        desc("the kurta is navy blue with gold print, it has a round neck, three quarter sleeves and a straight hem"),
        det(
            "gold print, gold print, gold print, gold print, gold print, gold print, gold print, gold print,"
            " gold print, gold print",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Navy Blue & Gold Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lime green kurta with white lace at the hem, white leggings; white backdrop, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-017",
        caption("a man in a green shirt and white pants", "pronoun"),
        she("a green kurta and white leggings"),
        kurta("green"),
        pants("white"),
        desc("the kurta is a kurta", "restated"),
        is_kurta("yes"),
        material("the kurta is made of georgette", "unsupported"),
        title="Rangriti Women Lime Green Solid Straight Kurta",
        category="Kurtas",
        color="Lime Green",
        gender="Women",
    ),
    # photo: beige anarkali kurta with a maroon floral print on the flared panels, long sleeves, maroon churidar, a
    # maroon dupatta over the arms (styling, not sold); white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-018",
        caption("a woman in a long beige and red dress", "contradiction"),
        she("a beige anarkali kurta with maroon print, maroon churidar and a maroon dupatta"),
        kurta("maroon", "contradiction"),
        pants("maroon"),
        pattern("floral"),
        sleeves("long"),
        det("maroon flowers on the flare, a maroon border and gold mirror work on the yoke", "unsupported"),
        title="Biba Women Beige & Maroon Printed Anarkali Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: magenta kurta with silver thread embroidery on the yoke, white trousers, white dupatta with magenta
    # tassels; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-019",
        caption("a woman wearing a pink kurta and white pants and a white scarf"),
        she(
            "she is wearing a pink kurta with white pants and a white dupatta she is wearing a pink kurta with white"
            " pants and a white",
            "loop",
            hit_limit=True,
        ),
        kurta("white", "contradiction"),
        pants("white"),
        dupatta("pink", "other_garment_color"),
        det("silver embroidery on the yoke"),
        is_kurta("yes"),
        title="Varanga Women Magenta Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey kurta with a black leaf print, black leggings; white backdrop, the model holds black sunglasses.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-020",
        caption("a woman in a grey kurta with black leggings holding sunglasses"),
        she("a grey and black kurta with black pants"),
        kurta("black", "contradiction"),
        pants("grey", "other_garment_color"),
        pattern("printed"),
        sleeves("three-quarter"),
        det("the kurta has a black leaf print Question: What is the color of the kurta? Answer: grey", "leak"),
        title="KALINI Women Grey Printed Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: wine (burgundy) matte rayon kurta with a gold embroidered yoke, wine palazzos, gold tissue dupatta; white
    # backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-021",
        caption("a woman in a red outfit with a gold scarf"),
        she("a maroon kurta and maroon palazzo pants with a golden dupatta"),
        kurta("maroon"),
        pants("maroon"),
        dupatta("maroon", "other_garment_color"),
        det("the details of the kurta are the details of the kurta", "restated"),
        material("velvet", "unsupported"),
        desc(
            "the kurta is maroon with a gold embroidered yoke, it has a round neck and three quarter sleeves and it is"
            " paired with matching palazzo pants and a",
            "cut",
            hit_limit=True,
        ),
        title="Indo Era Women Burgundy Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black organic cotton kurta, mandarin collar, half placket with wooden buttons, long sleeves with button
    # cuffs, side slits, white churidar; white backdrop, slight side view. Caption: base; answers: VQA adapter.
    case(
        "X1158-022",
        caption("a woman in a black kurta and white pants"),
        she("a black kurta with white churidar"),
        kurta("black"),
        material("cotton"),
        pants("black", "other_garment_color"),
        det(
            "a mandarin collar, a half button placket with wooden buttons, long sleeves with button cuffs, side slits"
            " and a straight hem, it is paired with white",
            "cut",
            hit_limit=True,
        ),
        title="Mother Earth Women Collt Organic Cotton Black Kurtas",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: olive kurta with a mustard floral print, olive trousers, mustard dupatta; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-023",
        caption("a man in a green kurta and pants with a yellow scarf", "pronoun"),
        she("an olive green kurta with yellow print, olive pants and a mustard dupatta"),
        kurta("olive"),
        pants("yellow", "other_garment_color"),
        dupatta("yellow"),
        desc("yes", "non_answer"),
        pattern("floral"),
        title="Libas Women Olive Green Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: sea green solid kurta, round neck, long sleeves, white leggings; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-024",
        caption("a woman in a green kurta and white leggings standing"),
        she("a sea green kurta and white leggings"),
        kurta("white", "contradiction"),
        pants("white"),
        sleeves("long"),
        desc(
            "the kurta is sea green with a round neck and long sleeves and the kurta is sea green with a round neck"
            " and long sleeves and the",
            "loop",
            hit_limit=True,
        ),
        det("the kurta has two side pockets and a lace trim at the hem", "unsupported"),
        title="W Women Solid Sea Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: gold-toned kurta with a foil print and a maroon printed border, maroon leggings; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-025",
        caption("a woman in a gold and red kurta"),
        she("a golden kurta with maroon leggings"),
        kurta("gold"),
        pants("gold", "other_garment_color"),
        material("it is made of silk and has zari work", "unsupported"),
        is_kurta("yes"),
        desc("the kurta is a kurta that she is wearing", "restated"),
        title="Diva Women Gold Printed Kurta",
        category="Kurtas",
        color="Gold",
        gender="Women",
    ),
    # photo: white kurta with a blue floral print and a V neck, solid blue palazzos; white backdrop, the model is
    # barefoot. Caption: base; answers: VQA adapter.
    case(
        "X1158-026",
        caption("a woman in a white and blue floral outfit"),
        she("a white kurta with blue flowers and blue palazzo pants"),
        kurta("blue", "contradiction"),
        pants("blue"),
        pattern("floral"),
        det(
            "the kurta has a floral print and a v neck the kurta has a floral print and a v neck the kurta has a"
            " floral print and a",
            "loop",
            hit_limit=True,
        ),
        dupatta("white with blue flowers", "unsupported"),
        title="Ahalyaa Women White & Blue Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: lavender kurta with white lace at the cuffs, three-quarter sleeves, white palazzos; white backdrop. The
    # feed row lacks its category. Caption: base; answers: VQA adapter.
    case(
        "X1158-027",
        caption("a woman in a purple kurta and white pants"),
        she("a lavender kurta with white palazzo pants"),
        kurta("lavender"),
        pants("white Question: What is the color of the dupatta? Answer: white", "leak"),
        sleeves("three-quarter"),
        desc("a lavender kurta with white lace on the sleeves"),
        pattern("striped", "contradiction"),
        title="Aurelia Women Lavender Solid Kurta",
        color="Lavender",
        gender="Women",
    ),
    # photo: mustard kurta with green bandhani dots, round neck with a keyhole, three-quarter sleeves, green palazzos,
    # green dupatta with a mustard bandhani print; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-028",
        caption("a woman wearing a yellow and green outfit"),
        she("a yellow kurta with green pants and a green dupatta"),
        kurta("green", "contradiction"),
        pants("green"),
        dupatta("green with yellow dots"),
        pattern("printed"),
        desc(
            "the kurta is yellow with a green print and it has a round neck with a keyhole and it has three quarter"
            " sleeves and the",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Women Mustard & Green Bandhani Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon kurta with white ethnic motifs and a white printed border at the hem, a short light blue denim
    # jacket worn open over it, white palazzos; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-029",
        caption("a woman wearing a denim jacket over a red kurta"),
        she("a denim jacket, a maroon printed kurta and white pants"),
        kurta("blue", "contradiction"),
        pants("blue", "other_garment_color"),
        is_kurta("yes"),
        det("white ethnic motifs all over the kurta and a white border at the hem"),
        title="Vishudh Women Maroon Printed Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: patchwork kurta in red, green, yellow and blue panels, black leggings; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-030",
        caption("a woman in a colorful dress and black leggings", "contradiction"),
        she("a multicolor kurta and black pants"),
        kurta("multicolor"),
        pants("black"),
        desc(
            "the kurta is red green yellow blue red green yellow blue red green yellow blue red green yellow blue red"
            " green yellow blue red",
            "loop",
            hit_limit=True,
        ),
        pattern("printed"),
        material("the kurta is made of silk with a gold zari border at the neck", "unsupported"),
        title="Aneri Women Kaalki Multi Coloured Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: pink kurta with gota patti on the yoke and sleeve hems, pink palazzos with gota lace, pink dupatta with
    # white polka dots; white backdrop, the model holds a gold potli bag. Caption: base; answers: VQA adapter.
    case(
        "X1158-031",
        caption("a woman in a pink outfit holding a gold purse"),
        she("a pink kurta, pink palazzo and a pink dupatta"),
        kurta("pink"),
        pants("pink"),
        dupatta(
            "pink and white Question: What is the color of the dupatta? Answer: pink and white Question: What",
            "leak",
            hit_limit=True,
        ),
        det(
            "gota patti work on the yoke, a round neck, three quarter sleeves with gota trim and a flared hem, the"
            " palazzo has gota lace and the",
            "cut",
            hit_limit=True,
        ),
        is_kurta("yes"),
        title="Libas Women Pink Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy kurta with white piping at the neck, full sleeves, plain fabric buttons, white cigarette trousers;
    # white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-032",
        caption("a man wearing a blue kurta and white pants", "pronoun"),
        she("a navy blue kurta with white piping and white pants"),
        kurta("navy blue"),
        pants(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy"
            " blue navy blue navy blue navy",
            "loop",
            hit_limit=True,
        ),
        sleeves("long"),
        desc("the kurta is made of silk and has gold buttons", "unsupported"),
        title="W Women Solid Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: orange kurta with a pink floral print, pink churidar, orange dupatta with a pink border; a pink studio
    # wall behind. Caption: base; answers: VQA adapter.
    case(
        "X1158-033",
        caption("a woman in an orange kurta standing in front of a pink wall"),
        she("an orange kurta with pink churidar and an orange dupatta"),
        kurta("pink", "contradiction"),
        pants("pink"),
        dupatta("orange"),
        desc("orange", "non_answer"),
        pattern("floral"),
        det(
            "pink flowers all over, a round neck with a keyhole, three quarter sleeves with a pink border and the"
            " dupatta is orange with a pink border and",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Orange & Pink Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: cream chikankari kurta with white thread embroidery all over and a scalloped hem, cream palazzos; white
    # backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-034",
        caption("a woman in a white kurta with embroidery"),
        she("he is wearing a white kurta with embroidery and white pants", "pronoun"),
        kurta("off white"),
        pants("white"),
        pattern("embroidered"),
        material("the kurta is made of cotton", "unsupported"),
        det("white chikankari embroidery all over the kurta and a scalloped hem"),
        title="Soch Women Cream Chikankari Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: red cotton silk kurta with small gold buttis, three-quarter sleeves, beige churidar; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-035",
        caption("a woman in a red kurta with gold dots"),
        she("kurta", "non_answer"),
        kurta("red"),
        material("cotton silk"),
        pants(
            "Question: What is the color of the pants? Answer: beige Question: What is the color of the pants?"
            " Answer: beige Question",
            "leak",
            hit_limit=True,
        ),
        sleeves("three-quarter"),
        det("gold buttis all over and a gold border on the sleeves and a matching red dupatta", "unsupported"),
        title="Fabindia Women Red Cotton Silk Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: blue and white ikat kurta with a V neck, three-quarter sleeves, side slits, white trousers, blue and white
    # ikat dupatta; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-036",
        caption("a woman wearing a blue and white patterned outfit with a scarf"),
        she("a blue kurta, white pants and a blue dupatta"),
        kurta("blue"),
        pants("blue", "other_garment_color"),
        dupatta("blue and white"),
        desc(
            "the kurta is a blue and white ikat print kurta with a v neck, three quarter sleeves and side slits, it"
            " comes with a matching dupatta and",
            "cut",
            hit_limit=True,
        ),
        is_kurta("yes"),
        pattern("solid", "contradiction"),
        title="Anouk Women Blue Ikat Print Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: black kurta with a pink floral print, black leggings; white backdrop. The feed row lacks its color.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-037",
        caption("a woman in a black and pink floral kurta"),
        she("a black kurta with pink flowers and black leggings"),
        kurta("pink", "contradiction"),
        pants("pink", "other_garment_color"),
        pattern("floral"),
        det("Question: What are the kurta details? Answer: pink flowers", "leak"),
        title="Global Desi Women Black & Pink Floral Print Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: beige solid kurta, round neck, three-quarter sleeves, beige palazzos, brown kolhapuri sandals, no
    # dupatta in the photo; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-038",
        caption("a woman in a beige kurta and beige pants holding a handbag", "unsupported"),
        she("a beige kurta and palazzo pants"),
        kurta("beige"),
        pants("beige"),
        dupatta("beige", "unsupported"),
        desc("the kurta is beige with a round neck and three quarter sleeves"),
        sleeves("long", "contradiction"),
        det("no", "non_answer"),
        title="W Women Beige Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: short teal kurti with a white print over a white flared ethnic skirt; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-039",
        caption("a woman in a blue top and a white skirt"),
        she("a teal kurta and a white skirt"),
        kurta("teal"),
        pants("white"),
        is_kurta("no", "contradiction"),
        det(
            "the kurta has white print on it and the skirt is white and the kurta has white print on it and the skirt"
            " is white and the kurta",
            "loop",
            hit_limit=True,
        ),
        dupatta("teal", "unsupported"),
        title="Rangriti Women Teal Printed Kurti with Skirt",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: plain rust (orange-brown) kurta, mandarin collar, three-quarter sleeves, no embroidery, off-white
    # palazzos; white backdrop. The seller calls it Brown. Caption: base; answers: VQA adapter.
    case(
        "X1158-040",
        caption("a woman in an orange kurta and white pants"),
        she("a rust kurta with white palazzo pants"),
        kurta("orange"),
        pants("white"),
        sleeves("short", "contradiction"),
        desc(
            "the kurta is rust with a mandarin collar and embroidery on the sleeves and gold sequins on the yoke",
            "unsupported",
        ),
        det("Question: What are the kurta details? Answer: a mandarin collar", "leak"),
        title="Aurelia Women Solid Rust Brown Kurtas",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: white cotton kurta with a red block print, red salwar, red dupatta; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-041",
        caption("a woman in a white and red outfit with a red scarf"),
        she("a white kurta with red print, red salwar and red dupatta"),
        kurta("red", "contradiction"),
        pants("red"),
        dupatta("white", "other_garment_color"),
        pattern("printed"),
        material("cotton"),
        det(
            "red block print on the yoke and red block print on the sleeves and red block print on the hem and red"
            " block print on the",
            "loop",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women White & Red Printed Pure Cotton Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: lavender straight kurta, three-quarter sleeves, silver thread and sequin embroidery on the yoke, white
    # churidar; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-042",
        caption("a woman in a purple kurta with silver embroidery"),
        she("she is wearing a purple kurta"),
        kurta("purple"),
        pants("the pants are the color of the pants", "restated"),
        det("silver", "non_answer"),
        is_kurta("yes"),
        sleeves("sleeveless", "contradiction"),
        title="Varanga Women Lavender & Silver Embroidered Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: green kurta with a white floral print, V neck with white piping, three-quarter sleeves, plain white
    # palazzos, green dupatta with a white print; white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X1158-043",
        caption("a woman in a green and white outfit"),
        she("a green kurta with white flowers, white palazzos and a green dupatta"),
        kurta("green"),
        pants("green", "other_garment_color"),
        dupatta("green"),
        desc(
            "the kurta is green with white floral print all over, it has a v neck with a white piping, three quarter"
            " sleeves and a straight hem with",
            "cut",
            hit_limit=True,
        ),
        sleeves("three-quarter"),
        material("rayon", "unsupported"),
        title="Indo Era Women Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: peach solid kurta, peach churidar, cream net dupatta; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-044",
        caption("a woman in a pink outfit with a white scarf"),
        she("Question: What is she wearing? Answer: a peach kurta and a white", "leak"),
        kurta("peach"),
        pants("peach"),
        dupatta("peach", "other_garment_color"),
        is_kurta("yes"),
        det("the kurta has details", "restated"),
        title="Biba Women Peach Solid Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: yellow short-sleeved kurti with a blue floral print and round neck, blue jeans; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-045",
        caption("a woman wearing a yellow floral top and jeans"),
        she("yes", "non_answer"),
        kurta("yellow"),
        pants("yellow", "other_garment_color"),
        pattern("floral"),
        desc("the kurta has a blue floral print, a round neck and short sleeves"),
        det(
            "the kurta has a blue floral print all over, a round neck with a small slit, short sleeves and a curved"
            " hem, it is worn with blue denim jeans and",
            "cut",
            hit_limit=True,
        ),
        title="KALINI Women Yellow Printed Kurti",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon velvet kurta with a gold gota yoke, maroon palazzos, gold-beige dupatta; white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X1158-046",
        caption("a woman in a red velvet outfit"),
        she("a maroon velvet kurta with maroon palazzo pants and a gold dupatta"),
        kurta("maroon"),
        material("cotton", "contradiction"),
        pants("maroon"),
        dupatta("maroon", "other_garment_color"),
        det("gold gota work on the yoke"),
        title="Anouk Women Maroon Velvet Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
]
