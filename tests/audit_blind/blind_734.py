"""BLIND_734 (46 products; Myntra sarees and lehenga cholis, VQA adapter, the color of each piece asked): written blind
in the fifty-fifth session. Measured blind at 28a922c (the session's first rules): 104/139 failures found (74.8%) and
9/198 correct texts flagged (4.5%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed of 24 sarees and 22 lehenga cholis (Women, four Girls rows). Most photos are the
usual catalog shots on a white or light grey backdrop, worn by a model, front or three-quarter view. A few show a
back view, a seated pose, a dark backdrop or a hallway with arches. A saree comes with its blouse worn, and the pallu
is usually over the left shoulder. A lehenga choli comes with a dupatta, over the arm, the shoulder or the head. The
job asks for the color of every piece (saree, blouse, pallu or border; lehenga, choli, dupatta) and adds a few more
questions: what she is wearing, describe or give details of a piece, pattern, sleeve length, material, and the yes/no
garment question.

Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b). The closed
questions (color of the saree, blouse, lehenga and choli; pattern; sleeve length; garment type; "Is this a ...?") are
answered by enrich's `--engine reference`, which ranks the candidate values with the adapter and stores the one it
picks. These never loop or stop short, but they often give a piece the color of the piece next to it, and sometimes a
color nobody is wearing. The color of the pallu, border and dupatta, the caption, "What is she wearing?", the
describe/details questions and material are free generation under the 30-token limit (50 for the caption). The adapter
was trained without an end token, so these answers loop, run to the limit and stop mid-phrase, or run on into a new
"Question: ... Answer:" turn. It was trained on In-shop garment classes, so it sometimes calls a lehenga a dress or a
skirt and top. It also makes up details such as zips, pockets, mirror work, "hand embroidered" or "pure silk", and now
and then gives the person the wrong pronoun.

Labeling conventions and judgement calls:
- The photo comment is the truth. A color in the same seller group as the truth counts as right: teal for blue,
  maroon or wine for red, cream for white, coral for peach or pink, indigo for navy blue. A color from another
  group (magenta called purple, peach called orange, rust called brown, wine called purple) is a contradiction.
- If a piece is given the main color of another piece the same person is wearing (the blouse given the saree's
  color, the dupatta given the lehenga's), the label is other_garment_color, whether the answer is closed or open.
  If the wrong color is one nobody wears as a main color (a print's or border's color, a color not in the photo),
  the label is contradiction.
- For a multicolored (Multi) or half-and-half saree, any of its main colors is right for the saree. A border or
  print color used as the base color of a bicolor piece is only wrong if it is the main color of another piece.
- Calling a lehenga choli a "dress", or answering yes to "Is this a saree?" for a lehenga, contradicts the seller's
  category: contradiction. "A skirt and a top" or "a skirt and blouse" for a lehenga choli is right.
- A material that conflicts with the title (silk for a cotton title, chiffon for a georgette title, cotton for a
  net title) is labeled unsupported, as is any detail the photo cannot show or that is not there (zips, pockets,
  padding, "hand embroidered by artisans", mirror work that isn't there). A material the title does not name but
  the photo plausibly shows (silk for a Kanjeevaram) is right.
- A text with more than one fault gets one label, in this order of precedence: leak, then loop, then cut, then the
  content fault. An answer that runs to the limit and stops mid-phrase is cut (hit_limit=True). An answer that
  repeats a phrase until the limit is a loop (hit_limit=True) even if the repeated phrase is right. A leak that runs
  to the limit is marked with hit_limit=True too.
- A one-word answer to an open question that gives no answer to what was asked ("yes" to "Describe the saree.",
  "saree" to "What are the saree details?", a bare color to "What is she wearing?") is non_answer. A short answer
  that does answer ("a saree", "blue saree" to "Describe the saree.") is right. An answer that only repeats the
  question's words ("the lehenga details are the lehenga details") is restated.
- The wrong pronoun is labeled pronoun only if the rest of the answer is right. "A little boy" in a caption would be
  a gender error, not a pronoun error; none is used here.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
garment_type = BLIND_QUESTIONS.garment_type


def piece(garment, text, failure=None, hit_limit=False):
    """The color of a secondary piece (pallu, border, dupatta): free generation in this job."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_734 = [
    # photo: red silk-blend saree with a gold zari border, gold zari stripes on the pallu, matching red blouse with
    # short sleeves, pallu over the left shoulder, gold bangles; white backdrop, front view. Caption and open answers:
    # VQA adapter; closed: reference engine.
    case(
        "X734-001",
        caption("a woman wearing a red saree with a gold border"),
        color_of("saree", "red"),
        color_of("blouse", "red"),
        piece("pallu", "red and gold"),
        she("a red saree"),
        material("silk"),
        pattern("solid"),
        details(
            "saree",
            "the saree has a gold zari border on both edges and the pallu has gold zari stripes and the blouse is red"
            " with short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Women Red Silk Blend Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: green poly-georgette saree with a small white floral print, contrasting pink blouse with short sleeves;
    # white backdrop, three-quarter view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-002",
        caption("a woman in a green and white floral saree"),
        color_of("saree", "green"),
        color_of("blouse", "green", "other_garment_color"),
        piece("pallu", "green with white flowers"),
        describe("saree", "a green saree with a floral print and a pink blouse"),
        pattern("floral"),
        material("georgette"),
        she(
            "a green saree Question: What is the color of the blouse? Answer: pink Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Satrani Green Poly Georgette Printed Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: maroon lehenga with gold embroidery at the hem, maroon choli with gold work, beige net dupatta with a gold
    # border over her right arm; white backdrop, front view. Caption and open answers: VQA adapter; closed: reference.
    case(
        "X734-003",
        caption("a woman wearing a maroon and gold lehenga"),
        color_of("lehenga", "maroon"),
        color_of("choli", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        she("a skirt and a blouse"),
        is_a("lehenga", "yes"),
        garment_type("saree", "contradiction"),
        details("lehenga", "the lehenga has gold embroidery on the hem and a zipper on the side", "unsupported"),
        title="Ishin Women Maroon Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: multicolored saree with a blue, orange and yellow geometric print, orange border, plain blue blouse;
    # white backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-004",
        caption("a woman in a colorful saree"),
        color_of("saree", "blue"),
        color_of("blouse", "orange", "contradiction"),
        piece(
            "border",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange"
            " orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        pattern("geometric"),
        details(
            "saree", "the saree has a geometric print, an orange border and a blouse piece with a zipper", "unsupported"
        ),
        she("she is wearing a saree"),
        title="Saree mall Multicoloured Printed Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: young girl in a pink flared lehenga with gold foil print, gold sleeveless choli, sheer pink dupatta around
    # her neck; white backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-005",
        caption("a little girl wearing a pink and gold lehenga"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        she("he is wearing a pink lehenga and a gold top", "pronoun"),
        is_a("lehenga", "yes"),
        sleeves("sleeveless"),
        describe("lehenga", "a pink lehenga with a gold print and a gold belt", "unsupported"),
        title="Biba Girls Pink & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: navy blue Banarasi saree with small gold woven buttis and a wide gold border, heavy gold-woven pallu held
    # out in her hand, gold brocade blouse with elbow sleeves; light grey backdrop. Caption, open: VQA adapter; closed:
    # reference engine.
    case(
        "X734-006",
        caption("a woman in a blue and gold saree holding the end of it"),
        color_of("saree", "navy blue"),
        color_of("blouse", "navy blue", "other_garment_color"),
        piece("pallu", "gold"),
        describe(
            "saree", "a navy blue saree with gold buttis and a gold border. the blouse is gold with elbow sleeves"
        ),
        material("silk"),
        details(
            "saree", "the saree has a gold border and a gold pallu with tassels and a matching clutch", "unsupported"
        ),
        sleeves("long sleeves", "contradiction"),
        title="Kalini Navy Blue & Gold-Toned Silk Blend Woven Design Banarasi Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal lehenga with silver sequin embroidery, teal choli, light pink net dupatta with a scalloped edge over
    # her head and shoulder; white backdrop, front view. Caption and open answers: VQA adapter; closed: reference.
    case(
        "X734-007",
        caption("a woman in a teal lehenga with a pink veil over her head"),
        color_of("lehenga", "teal"),
        color_of("choli", "blue"),
        piece("dupatta", "teal", "other_garment_color"),
        she("a green dress with a pink scarf", "contradiction"),
        details("lehenga", "sequins on the skirt and the blouse, and a net dupatta with a scalloped edge"),
        is_a("saree", "yes", "contradiction"),
        title="Chhabra 555 Teal Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
        gender="Women",
    ),
    # photo: mustard cotton saree with black block-printed motifs and a black border, black blouse, silver oxidised
    # jhumkas; white backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-008",
        caption("a woman in a yellow saree with a black print and a black blouse"),
        color_of("saree", "mustard"),
        color_of("blouse", "black"),
        piece(
            "border",
            "black and mustard and black and mustard and black and mustard and black and mustard and black and mustard"
            " and black and",
            "loop",
            hit_limit=True,
        ),
        pattern("printed"),
        material("silk", "unsupported"),
        she("a yellow saree and a black top and silver earrings"),
        title="Sangria Mustard Yellow Cotton Printed Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: mustard yellow cotton lehenga with a red floral block print and a red gota border, red short-sleeved
    # choli, red dupatta with a mustard print; white backdrop. Caption and open answers: VQA adapter; closed: ref.
    case(
        "X734-009",
        caption("a woman in a yellow and red lehenga choli"),
        color_of("lehenga", "yellow"),
        color_of("choli", "red"),
        piece("dupatta", "red with yellow flowers"),
        describe(
            "lehenga",
            "a yellow lehenga with red flowers and a red border. Question: What is the color of the choli? Answer: red"
            " Question: What is the",
            "leak",
            hit_limit=True,
        ),
        sleeves("sleeveless", "contradiction"),
        pattern("floral"),
        details("lehenga", "mirror work on the border and tassels on the dupatta", "unsupported"),
        title="Varanga Women Mustard & Red Printed Cotton Lehenga Choli",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: baby pink net saree with silver sequins all over, sleeveless silver blouse, pallu brought to the front;
    # white backdrop, side pose. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-010",
        caption("a woman in a purple saree with silver sequins", "contradiction"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "other_garment_color"),
        piece("pallu", "pink"),
        sleeves("sleeveless"),
        material("cotton", "unsupported"),
        details(
            "saree",
            "sequins all over the saree, sequins all over the saree, sequins all over the saree, sequins all over the",
            "loop",
            hit_limit=True,
        ),
        title="Mitera Pink Embellished Net Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: purple silk lehenga with vertical gold zari stripes, magenta choli with long sleeves, magenta dupatta with
    # a gold border over the left shoulder; white backdrop. Caption and open answers: VQA adapter; closed: reference.
    case(
        "X734-011",
        caption("a woman in a purple and pink lehenga"),
        color_of("lehenga", "purple"),
        color_of("choli", "purple", "other_garment_color"),
        piece("dupatta", "magenta"),
        pattern("striped"),
        sleeves("long sleeves"),
        she("a purple lehenga and a purple blouse and a purple dupatta", "other_garment_color"),
        garment_type("dress", "contradiction"),
        title="Soch Women Purple & Magenta Lehenga Choli",
        category="Lehenga Choli",
        color="Purple",
        gender="Women",
    ),
    # photo: orange georgette saree with a thin gold lace border, matching orange blouse; she sits on a wooden stool;
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-012",
        caption("a woman sitting on a stool in an orange saree"),
        color_of("saree", "orange"),
        color_of("blouse", "red", "contradiction"),
        piece("border", "gold"),
        material("silk", "unsupported"),
        pattern("floral", "contradiction"),
        details(
            "saree",
            "the saree has a thin gold lace border along the edge of the saree and the pallu is draped over the left"
            " shoulder and the blouse has a",
            "cut",
            hit_limit=True,
        ),
        title="Triveni Orange Georgette Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: girl in a green lehenga with a pink floral print, pink choli with puff sleeves, green dupatta, holding a
    # small potli bag; white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-013",
        caption("a young girl in a green skirt and a pink top holding a bag"),
        color_of("lehenga", "green"),
        color_of("choli", "pink"),
        piece(
            "dupatta",
            "green and pink and green and pink and green and pink and green and pink and green and pink and green and"
            " pink and green",
            "loop",
            hit_limit=True,
        ),
        she(
            "she is wearing a green and pink lehenga with a pink blouse and a green dupatta and a green dupatta and a"
            " green dupatta and a green dupatta",
            "loop",
            hit_limit=True,
        ),
        sleeves("short sleeves"),
        is_a("dress", "yes", "contradiction"),
        describe("lehenga", "lehenga", "non_answer"),
        title="Bitiya by Bhama Girls Green & Pink Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: peach poly-georgette saree with a coral and green floral print, green border, green blouse; white
    # backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-014",
        caption("a woman wearing an orange floral saree", "contradiction"),
        color_of("saree", "peach"),
        color_of("blouse", "peach", "other_garment_color"),
        piece("border", "green"),
        describe(
            "saree",
            "the saree is peach with flowers and the blouse is green and has a boat neck and a zip at the back",
            "unsupported",
        ),
        pattern("floral"),
        material("chiffon", "unsupported"),
        title="Inddus Peach-Coloured Printed Poly Georgette Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: red raw-silk lehenga with heavy gold zardozi embroidery, red choli with gold work, red net dupatta with a
    # gold border over her head; hallway with arches behind her. Caption and open answers: VQA adapter; closed:
    # reference engine.
    case(
        "X734-015",
        caption("a woman in a red and gold lehenga standing in front of arches"),
        color_of("lehenga", "red"),
        color_of("choli", "red"),
        piece("dupatta", "red"),
        she(
            "Answer: a red lehenga choli with a red dupatta Question: What is she wearing? Answer: a red lehenga",
            "leak",
            hit_limit=True,
        ),
        details("lehenga", "gold embroidery, mirror work and tassels", "unsupported"),
        is_a("lehenga", "yes"),
        material("velvet", "unsupported"),
        title="Shaily Women Red Embroidered Bridal Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: black georgette saree with white polka dots and a white border, white blouse; white backdrop, front view.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-016",
        caption("a woman in a black and white polka dot saree"),
        color_of("saree", "black"),
        color_of("blouse", "black", "other_garment_color"),
        piece("border", "white"),
        pattern("polka dots"),
        she("he is wearing a black saree with white dots", "pronoun"),
        describe("saree", "black", "non_answer"),
        title="Florence Black & White Polka Dot Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: indigo blue cotton lehenga with an off-white dabu print, off-white choli with a small blue print, indigo
    # dupatta; white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-017",
        caption("a woman wearing a blue and white printed skirt and top"),
        color_of("lehenga", "navy blue"),
        color_of("choli", "blue", "other_garment_color"),
        piece("dupatta", "blue"),
        material("cotton"),
        pattern("printed"),
        is_a("saree", "yes", "contradiction"),
        details("lehenga", "the lehenga details are the lehenga details", "restated"),
        title="Janasya Women Blue & Off-White Printed Cotton Lehenga Choli",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta saree with a gold woven paisley border, contrasting green blouse; white backdrop, front view.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-018",
        caption("a woman in a purple saree with a green blouse", "contradiction"),
        color_of("saree", "magenta"),
        color_of("blouse", "green"),
        piece("border", "gold paisley"),
        is_a("saree", "yes"),
        material("silk"),
        she(
            "a magenta saree with a gold border and a green blouse with a gold border and a green blouse with a gold"
            " border and a green",
            "loop",
            hit_limit=True,
        ),
        title="Saree mall Magenta Silk Blend Woven Design Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: girl in a yellow lehenga with a multicolored mirror-work border, yellow choli, orange dupatta; white
    # backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-019",
        caption(
            "a girl in a yellow lehenga with mirror work and a yellow lehenga with mirror work and a yellow lehenga"
            " with mirror work and a yellow lehenga with mirror work and a yellow",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "yellow"),
        color_of("choli", "yellow"),
        piece("dupatta", "orange"),
        details("lehenga", "mirror work on the hem"),
        she("yellow", "non_answer"),
        is_a("lehenga", "no", "contradiction"),
        title="Aks Kids Girls Yellow Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: cream Kerala kasavu cotton saree with a red and gold border, red blouse with short sleeves, jasmine in her
    # hair; white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-020",
        caption("a woman in a white saree with a red border and flowers in her hair"),
        color_of("saree", "cream"),
        color_of("blouse", "red"),
        piece("border", "red and gold"),
        material("cotton"),
        describe(
            "saree",
            "a white saree with a red border and a gold border and a red border and a gold border and a red border and"
            " a gold border and",
            "loop",
            hit_limit=True,
        ),
        sleeves("short sleeves"),
        details("saree", "the saree details", "restated"),
        title="Mitera Cream & Red Kasavu Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: bottle green silk lehenga with a gold border, gold tissue choli, maroon dupatta with a gold border, gold
    # jhumkas; white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-021",
        caption("a woman wearing a green skirt and a gold blouse with a maroon shawl"),
        color_of("lehenga", "green"),
        color_of("choli", "gold"),
        piece("dupatta", "green", "other_garment_color"),
        material("silk"),
        she(
            "she is wearing a green lehenga with a gold blouse and a maroon dupatta with a gold border and gold"
            " earrings and gold bangles and a gold necklace and a",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "no"),
        pattern("floral", "contradiction"),
        title="Fabindia Women Green Silk Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: grey chiffon saree with a black and pink abstract print, pink border, black blouse; white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-022",
        caption("a woman in a grey saree with a pink border"),
        color_of("saree", "grey"),
        color_of("blouse", "grey", "other_garment_color"),
        piece("border", "pink"),
        pattern("floral", "contradiction"),
        she(
            "a grey saree with a black and pink print and a black blouse with short sleeves and the pallu is draped"
            " over her left shoulder and the",
            "cut",
            hit_limit=True,
        ),
        describe("saree", "a grey chiffon saree with pink embroidery and sequins on the border", "unsupported"),
        title="Satrani Grey & Pink Printed Chiffon Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: back view: pastel pink lehenga with white thread embroidery, pink short-sleeved choli tied at the back with
    # tasselled strings, pink dupatta hanging from one shoulder; white backdrop. Caption, open answers: VQA adapter;
    # closed: reference engine.
    case(
        "X734-023",
        caption("the back of a woman in a pink lehenga"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink"),
        piece("dupatta", "pink"),
        details("choli", "tie up at the back with tassels"),
        she("a white dress", "contradiction"),
        is_a("lehenga", "yes"),
        sleeves("sleeveless", "contradiction"),
        title="Ishin Women Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon Kanjeevaram silk saree with a mustard-gold temple border, mustard blouse with elbow sleeves; white
    # backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-024",
        caption("a woman in a red saree with a gold border"),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon", "other_garment_color"),
        piece("border", "gold"),
        material("silk"),
        describe("saree", "Question: Describe the saree. Answer: a maroon saree with a gold border", "leak"),
        pattern("striped", "contradiction"),
        she("a maroon saree with a mustard blouse"),
        title="Kalini Maroon Kanjeevaram Silk Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue net lehenga with silver sequins, silver sleeveless choli, navy dupatta with sequins; white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-025",
        caption("a woman in a black and silver lehenga", "contradiction"),
        color_of("lehenga", "black", "contradiction"),
        color_of("choli", "silver"),
        piece("dupatta", "navy blue"),
        sleeves("sleeveless"),
        she(
            "a navy blue lehenga with silver sequins and a silver sleeveless blouse and a navy blue dupatta with silver"
            " sequins and silver",
            "cut",
            hit_limit=True,
        ),
        details("lehenga", "handmade by artisans in jaipur", "unsupported"),
        title="Chhabra 555 Navy Blue & Silver Embellished Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white linen saree with a thin silver zari border, black sleeveless blouse, black clutch in her hand; framed
    # from the knees up, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-026",
        caption("a woman in a white saree holding a black purse and wearing black heels", "unsupported"),
        color_of("saree", "white"),
        color_of("blouse", "black"),
        piece("border", "silver"),
        material("linen"),
        describe(
            "saree",
            "the saree is made of linen and has a silver border. the saree is made of linen and has a silver border."
            " the saree is",
            "loop",
            hit_limit=True,
        ),
        she(
            "a white saree and a black sleeveless blouse and she is holding a black clutch in her hand and she is"
            " wearing silver earrings and a",
            "cut",
            hit_limit=True,
        ),
        pattern("solid"),
        title="Sangria White Linen Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: off-white lehenga with a green leaf print, green choli, off-white dupatta with a green border; white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-027",
        caption("a woman in a white and green lehenga"),
        color_of("lehenga", "green", "other_garment_color"),
        color_of("choli", "green"),
        piece("dupatta", "dupatta", "non_answer"),
        pattern("printed"),
        describe("lehenga", "a white skirt with green leaves"),
        she("he is wearing a white lehenga and a green top", "pronoun"),
        title="Varanga Women Off-White & Green Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: teal saree with a copper zari woven border, copper-colored blouse; white backdrop, front view. Caption and
    # open answers: VQA adapter; closed: reference engine.
    case(
        "X734-028",
        caption("a woman in a teal saree"),
        color_of("saree", "teal"),
        color_of("blouse", "teal", "other_garment_color"),
        piece("border", "copper"),
        she("a saree"),
        details("saree", "saree", "non_answer"),
        material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk"
            " silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        title="Inddus Teal Blue Woven Design Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: peach lehenga with gold gota patti work, peach choli with three-quarter sleeves, mint green dupatta; white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-029",
        caption("a woman in a peach lehenga with a mint green dupatta"),
        color_of("lehenga", "peach"),
        color_of("choli", "orange", "contradiction"),
        piece("dupatta", "peach", "other_garment_color"),
        is_a("lehenga", "yes"),
        details(
            "lehenga", "gota patti work on the hem and the waist and a hidden side zip with latkans", "unsupported"
        ),
        sleeves("three-quarter sleeves"),
        title="Shaily Women Peach Gota Patti Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: lavender organza saree with embroidered pink flowers, lavender sleeveless blouse; white backdrop. Caption
    # and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-030",
        caption("a woman wearing a purple saree with flowers on it"),
        color_of("saree", "lavender"),
        color_of("blouse", "pink", "contradiction"),
        piece("pallu", "lavender with pink flowers"),
        material("organza"),
        describe(
            "saree",
            "the saree is lavender and it is made of organza and the flowers are hand embroidered by skilled artisans",
            "unsupported",
        ),
        she("she is wearing a lavender saree."),
        title="Mitera Lavender Embroidered Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: black velvet lehenga with gold embroidery, black choli, red net dupatta over the shoulder; white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-031",
        caption("a woman in a black lehenga with a red scarf"),
        color_of("lehenga", "black"),
        color_of("choli", "black"),
        piece("dupatta", "black", "other_garment_color"),
        material("velvet"),
        she(
            "black lehenga Question: What is the color of the dupatta? Answer: red Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        details("lehenga", "gold embroidery and two side pockets", "unsupported"),
        title="Soch Women Black Velvet Lehenga Choli",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: royal blue bandhani saree with red and white tie-dye dots, red border, red blouse; white backdrop. Caption
    # and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-032",
        caption("a woman in a blue saree with red and white dots"),
        color_of("saree", "blue"),
        color_of("blouse", "red"),
        piece("border", "red"),
        pattern("checked", "contradiction"),
        she("a blue saree with a red border and a red blouse"),
        describe("saree", "blue saree"),
        details("saree", "the saree has a red border and a red pallu with mirror work and gold tassels", "unsupported"),
        title="Saree mall Blue Bandhani Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: girl seated on a white chair, red lehenga with a gold print, red choli with short sleeves, gold dupatta;
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-033",
        caption("a little girl in a red lehenga sitting on a chair"),
        color_of("lehenga", "red"),
        color_of("choli", "red"),
        piece("dupatta", "red", "other_garment_color"),
        she("he is wearing a red lehenga choli", "pronoun"),
        is_a("lehenga", "yes"),
        sleeves("long sleeves", "contradiction"),
        details("lehenga", "the details of the lehenga are the details", "restated"),
        title="Biba Girls Red Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: beige saree with a brown paisley print and brown border, brown blouse; white backdrop. Caption and open
    # answers: VQA adapter; closed: reference engine.
    case(
        "X734-034",
        caption(
            "a woman wearing a beige and brown paisley saree with a brown blouse and gold jewelry and a brown handbag",
            "unsupported",
        ),
        color_of("saree", "brown", "other_garment_color"),
        color_of("blouse", "brown"),
        piece("border", "brown"),
        pattern("paisley"),
        describe(
            "saree",
            "the saree is beige with a brown paisley print and a brown border. the blouse is brown. the saree is beige"
            " with a brown paisley print and",
            "loop",
            hit_limit=True,
        ),
        title="Triveni Beige & Brown Paisley Printed Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: mint green lehenga with pink floral embroidery, pink choli with a sweetheart neckline, mint dupatta; white
    # backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-035",
        caption("a woman in a mint green and pink lehenga"),
        color_of("lehenga", "green"),
        color_of("choli", "green", "other_garment_color"),
        piece("dupatta", "mint green"),
        details("choli", "the choli has a sweetheart neckline, a back zip and padded cups", "unsupported"),
        she("Question: What is she wearing? Answer: she is wearing a green lehenga", "leak"),
        title="Ishin Women Mint Green & Pink Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Women",
    ),
    # photo: lemon yellow chiffon saree with a silver gota border, white blouse; white backdrop. Caption and open
    # answers: VQA adapter; closed: reference engine.
    case(
        "X734-036",
        caption("a woman in a yellow saree and a white blouse"),
        color_of("saree", "yellow"),
        color_of("blouse", "white"),
        piece("border", "silver"),
        material("chiffon"),
        she("a yellow saree and a yellow blouse", "other_garment_color"),
        describe("saree", "the saree is a saree", "restated"),
        pattern("printed", "contradiction"),
        title="Kalini Yellow Chiffon Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: rust orange lehenga with antique gold embroidery, rust choli, cream net dupatta; white backdrop. Caption
    # and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-037",
        caption("a woman in an orange lehenga and a cream dupatta"),
        color_of("lehenga", "brown", "contradiction"),
        color_of("choli", "rust"),
        piece("dupatta", "no", "non_answer"),
        is_a("saree", "no"),
        she("Answer: an orange lehenga with a cream dupatta", "leak"),
        details(
            "lehenga",
            "the lehenga has antique gold embroidery on the waistband and along the hem, with small gold sequins on"
            " the flare and a",
            "cut",
            hit_limit=True,
        ),
        title="Chhabra 555 Rust Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Rust",
        gender="Women",
    ),
    # photo: olive saree with an orange floral print and orange border, orange blouse; white backdrop, side view.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-038",
        caption("a woman in a green saree with orange flowers"),
        color_of("saree", "olive"),
        color_of("blouse", "olive", "other_garment_color"),
        piece("border", "orange"),
        she("he is wearing a green saree and an orange blouse", "pronoun"),
        pattern("striped", "contradiction"),
        describe(
            "saree",
            "olive saree with orange flowers printed all over it and an orange border and an orange blouse with puff"
            " sleeves and a",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Women Olive Green Printed Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: patchwork lehenga with pink, green, yellow and blue panels, plain black choli, pink dupatta, silver
    # jhumkas; white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-039",
        caption("a woman in a colorful patchwork skirt and a black top"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        pattern("color block"),
        she(
            "a colorful lehenga with a black blouse and a pink dupatta draped over her left shoulder and a pair of"
            " silver jhumkas and a pink",
            "cut",
            hit_limit=True,
        ),
        describe(
            "lehenga",
            "the lehenga is multicolored with pink green yellow blue pink green yellow blue pink green yellow blue pink"
            " green yellow blue pink",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Multicoloured Patchwork Lehenga Choli",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: red and black checked cotton saree, black border, red tassels on the pallu, black short-sleeved blouse,
    # one hand on her hip; white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-040",
        caption(
            "a woman wearing a red and black checked saree with a black border and red tassels on the pallu and a black"
            " blouse with short sleeves standing in front of a white wall with her hand on",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "red"),
        color_of("blouse", "red", "other_garment_color"),
        piece("pallu", "red and black with tassels"),
        pattern("checked"),
        material("silk", "unsupported"),
        details("saree", "tassels on the pallu"),
        title="Mitera Red & Black Checked Cotton Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: gold tissue lehenga, gold choli with elbow sleeves, maroon dupatta; white backdrop. Caption and open
    # answers: VQA adapter; closed: reference engine.
    case(
        "X734-041",
        caption("Question: what is the woman wearing? Answer: a gold lehenga with a red dupatta", "leak"),
        color_of("lehenga", "gold"),
        color_of("choli", "gold"),
        piece("dupatta", "gold", "other_garment_color"),
        she("she is wearing a lehenga"),
        details("lehenga", "the details of the lehenga", "restated"),
        sleeves("half sleeves"),
        title="Shaily Women Gold-Toned Tissue Lehenga Choli",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: coral georgette saree with white chikankari embroidery, white blouse; white backdrop. The feed row has no
    # color column. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-042",
        caption("a woman in a pink saree with white embroidery"),
        color_of("saree", "peach"),
        color_of("blouse", "white"),
        piece("border", "white"),
        material("georgette"),
        describe("saree", "yes", "non_answer"),
        she("she is wearing a white saree with pink embroidery", "contradiction"),
        title="Satrani Coral Georgette Chikankari Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: sky blue lehenga with white mirror work, white choli, sky blue dupatta; white backdrop. The feed row has
    # no category column. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-043",
        caption(
            "a woman in a light blue lehenga with white mirror work on the skirt and a white blouse and a light blue"
            " dupatta over her arm standing in front of a white wall with her",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "blue"),
        color_of("choli", "white"),
        piece("dupatta", "light blue"),
        she(
            "she is wearing a blue lehenga and a white blouse. she is wearing a blue lehenga and a white blouse. she is"
            " wearing a blue",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        details("lehenga", "mirror work and a can-can underskirt", "unsupported"),
        title="Varanga Women Blue Mirror Work Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: half-and-half saree, green pleats and a pink pallu, pink blouse; white backdrop. Caption and open answers:
    # VQA adapter; closed: reference engine.
    case(
        "X734-044",
        caption("a woman in a pink and green saree"),
        color_of("saree", "green"),
        color_of("blouse", "green", "other_garment_color"),
        piece("pallu", "the pallu is the color of the pallu", "restated"),
        pattern("color block"),
        describe("saree", "pink", "non_answer"),
        she(
            "a pink and green saree with a pink blouse and a pink and green saree with a pink blouse and a pink and"
            " green saree",
            "loop",
            hit_limit=True,
        ),
        title="Florence Pink & Green Half and Half Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: wine (burgundy) lehenga, wine choli, gold dupatta, maang tikka; white backdrop. Caption and open answers:
    # VQA adapter; closed: reference engine.
    case(
        "X734-045",
        caption("a woman in a purple lehenga", "contradiction"),
        color_of("lehenga", "burgundy"),
        color_of("choli", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        details("lehenga", "the lehenga is made of pure silk", "unsupported"),
        is_a("lehenga", "yes"),
        title="Soch Women Wine Lehenga Choli",
        category="Lehenga Choli",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black georgette saree with gold sequins, gold sleeveless blouse; dark grey backdrop, front view. Caption
    # and open answers: VQA adapter; closed: reference engine.
    case(
        "X734-046",
        caption("a woman in a black saree with gold sequins on a dark background"),
        color_of("saree", "black"),
        color_of("blouse", "gold"),
        piece("pallu", "black Question: What is the color of the blouse? Answer: gold", "leak"),
        she(
            "she is wearing a black saree with gold sequins all over the pallu and a gold sleeveless blouse with a deep"
            " back and a black and gold",
            "cut",
            hit_limit=True,
        ),
        material("net", "unsupported"),
        details("saree", "saree details", "restated"),
        title="Mitera Black Sequinned Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
]
