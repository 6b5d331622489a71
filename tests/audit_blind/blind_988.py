"""BLIND_988 (46 products; Myntra sarees, VQA adapter, piece colors asked): written blind in the fifty-eighth session.
Measured blind at b141514 (the session's third rules): 97/125 failures found (77.6%) and 25/179 correct texts flagged
(14.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's sarees (article type "Sarees"), one catalog photo each: mostly a model in a
studio in front of a white or pale wall, the saree draped with the pallu over the left shoulder and worn over a
blouse that often contrasts with it; a few flat-lays of a folded saree with its blouse piece, a few sets with a chair
or a plant. Besides the caption, the job asked the color of each piece the product has: the saree, the blouse and
the border, and, on part of the rows, what she is wearing, a description of the saree, the border details, the
pattern, the material and "Is this a saree?".

Who wrote what: every text comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b. The caption
and the open answers are its free generation (greedy, 50 tokens for the caption, 30 for answers); the closed
questions (the three piece colors, the pattern, "Is this a saree?") come from enrich's --engine reference, which
picks one candidate, so they never loop or stop short. Its habits: trained on In-shop classes that have no saree, it
sometimes calls the saree a dress; trained without an end token, some open answers loop on a phrase or run to the
limit mid-phrase; trained on the full `Question: ... Answer:` prompt, it sometimes writes that format back, even in
a caption; it gives one piece's color to another (the saree's hue to the blouse, the border's gold to the saree);
it invents fabrics, embroidery and jewelry; now and then it says "he" of the woman.

Labeling conventions and judgement calls:
- The saree is the product; the seller's color is the saree's. A color answer that gives a piece the color of
  another piece in the photo (blouse, border, the saree's body) is other_garment_color; a wrong color that belongs
  to no piece (a backdrop, a clutch, a print's motif taken for the blouse, or simply a wrong hue) is contradiction.
- A multicolored saree (half-and-half, ombre, Multi in the feed) answered with one of its own colors is correct.
- Where the seller's color is off for the photo (a "Brown" saree that is rust), the answer that matches the photo is
  correct.
- Calling the saree a dress or gown (or "no" to "Is this a saree?") is contradiction with the seller's category.
  Calling the blouse a top or a shirt is a naming, not a failure.
- A shade word for the same family (maroon or burgundy for red, teal for green-blue, cream for white, rust for
  orange) is correct; a caption saying "white saree with a red blouse" of cream and maroon is correct.
- Invented fabrics (cotton for a georgette in the title), embroidery, jewelry, sleeves or a back not visible are
  unsupported; a material answer against the title's fabric is labeled unsupported, not contradiction.
- One word, yes/no or nothing to an open question (describe, details, wearing) is non_answer; the question's words
  given back ("the details of the border of the saree") is restated.
- A text that repeats a phrase to the limit is loop (hit_limit); one that stops mid-phrase is cut, with hit_limit
  where it ran to 30 or 50 tokens. A text that writes `Question:` or `Answer:` is leak, whatever else it holds.
- "he"/"his"/"a man" of a woman is pronoun, even when the rest of the answer is right.
- Each text carries one label, the most salient failure; the rest of a failing text is written to be plausible.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_988 = [
    # photo: navy blue Banarasi saree with small gold buttas and a wide gold zari border, navy blouse with elbow
    # sleeves, gold jhumkas, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-001",
        caption("a woman in a blue saree with a gold border"),
        color_of("saree", "navy blue"),
        color_of("blouse", "navy blue"),
        color_of("border", "gold"),
        she(
            "she is wearing a blue saree with a gold border and a gold border and a gold border and a gold border "
            "and a gold border and a",
            "loop",
            hit_limit=True,
        ),
        describe(
            "saree", "the saree has sequin work all over the pallu and tassels hanging from the border", "unsupported"
        ),
        title="Mitera Navy Blue & Gold-Toned Woven Design Banarasi Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink poly georgette saree with a green and pink floral print, plain green border, pink blouse with short
    # sleeves, white backdrop, three-quarter view. All texts by the VQA adapter.
    case(
        "X988-002",
        caption("a woman wearing a pink saree with green flowers on it"),
        color_of("saree", "green", "other_garment_color"),
        color_of("blouse", "pink"),
        color_of("border", "green"),
        she("a dress", "contradiction"),
        material("cotton", "unsupported"),
        title="Saree mall Pink & Green Floral Print Poly Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: red net saree with gold embroidery along the border and the pallu, red blouse embroidered in gold, red
    # and gold bangles, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-003",
        caption("Question: what is the color of the saree? Answer: red", "leak"),
        color_of("saree", "red"),
        color_of("blouse", "red"),
        color_of("border", "gold"),
        describe(
            "saree", "a red saree with gold embroidery on the border and the pallu, worn with a matching red blouse"
        ),
        details(
            "border",
            "the border is embroidered with gold thread and the border is embroidered with gold thread and the border "
            "is",
            "loop",
            hit_limit=True,
        ),
        title="Ishin Red Embellished Net Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: mustard yellow cotton saree with a small black block print, plain black border, black sleeveless blouse,
    # white wall behind, front view. All texts by the VQA adapter.
    case(
        "X988-004",
        caption("a woman in a yellow saree and black blouse standing against a white wall"),
        color_of("saree", "mustard"),
        color_of("blouse", "mustard", "other_garment_color"),
        color_of("border", "black"),
        she("she is wearing a yellow saree with a black blouse"),
        pattern("printed"),
        details("border", "the border is black with white zigzag lines woven along both edges", "unsupported"),
        title="Fabindia Mustard Yellow & Black Block Print Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal silk saree with a magenta border woven with gold zari, magenta blouse with elbow sleeves, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-005",
        caption("a woman in a green saree with a pink blouse"),
        color_of("saree", "teal"),
        color_of("blouse", "teal", "other_garment_color"),
        color_of("border", "magenta"),
        describe("saree", "a teal silk saree with a magenta border woven with gold zari, paired with a magenta blouse"),
        is_a("saree", "yes"),
        she("he is wearing a green saree with a pink blouse", "pronoun"),
        title="Kalini Teal & Magenta Zari Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: black chiffon saree with a silver sequinned border, black sleeveless blouse, light grey wall behind,
    # front view. All texts by the VQA adapter.
    case(
        "X988-006",
        caption("a woman in a black saree posing in front of a grey wall"),
        color_of("saree", "black"),
        color_of("blouse", "black"),
        color_of("border", "black", "other_garment_color"),
        she("a black gown with silver sequins", "contradiction"),
        describe(
            "saree", "the saree is black with a silver border and the blouse is black with long sleeves", "unsupported"
        ),
        title="Mitera Black Embellished Chiffon Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: off-white handloom cotton saree with a broad red border, red blouse, white backdrop, front view. All
    # texts by the VQA adapter.
    case(
        "X988-007",
        caption("a woman in a white saree with a red border"),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red"),
        color_of("border", "red"),
        she("a white saree with a red border and a red blouse"),
        details("border", "the border is red with a woven gold temple pattern", "unsupported"),
        material("cotton"),
        title="Bengal Handloom Off-White & Red Solid Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta crepe saree with a paisley print in pink and gold, thin gold lace border, magenta blouse, white
    # backdrop, three-quarter view. All texts by the VQA adapter; the feed row has no gender.
    case(
        "X988-008",
        caption("a woman in a pink saree with a paisley print"),
        color_of("saree", "magenta"),
        color_of("blouse", "magenta"),
        color_of("border", "gold"),
        describe(
            "saree",
            "the saree is a pink saree with a pink blouse and a pink border and a pink border and a pink border and a "
            "pink",
            "loop",
            hit_limit=True,
        ),
        pattern("solid", "contradiction"),
        title="Saree mall Magenta Paisley Print Crepe Saree",
        category="Sarees",
        color="Magenta",
    ),
    # photo: green Kanjeevaram silk saree with a wide red border and red pallu with gold temple motifs, green blouse,
    # white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-009",
        caption("a woman in a green and red saree"),
        color_of("saree", "green"),
        color_of("blouse", "red", "other_garment_color"),
        color_of("border", "red"),
        she("she is wearing a long green dress", "contradiction"),
        material("silk"),
        details(
            "border",
            "the border is a wide red border with gold zari woven in a temple design and small gold buttas along the "
            "inner edge of the border and the",
            "cut",
            hit_limit=True,
        ),
        title="Varkala Silk Sarees Green & Red Pure Silk Kanjeevaram Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: grey georgette saree with a black floral print, black border, black blouse, white backdrop, front view.
    # All texts by the VQA adapter.
    case(
        "X988-010",
        caption("a woman in a grey saree with black flowers"),
        color_of("saree", "black", "other_garment_color"),
        color_of("blouse", "black"),
        color_of("border", "black"),
        she("a grey dress with black flowers", "contradiction"),
        describe("saree", "grey", "non_answer"),
        title="Mischief Grey & Black Floral Print Georgette Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: peach net saree with a silver embroidered border, peach blouse, white backdrop, front view. All texts by
    # the VQA adapter.
    case(
        "X988-011",
        caption("a woman in a peach saree with a silver border holding a bouquet of flowers", "unsupported"),
        color_of("saree", "orange", "contradiction"),
        color_of("blouse", "peach"),
        color_of("border", "silver"),
        she("What is she wearing? Answer: a peach saree", "leak"),
        is_a("saree", "yes"),
        title="Inddus Peach-Coloured Embroidered Net Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: maroon Banarasi saree with small gold buttas and a wide gold border, gold brocade blouse, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-012",
        caption("a woman in a purple saree with a gold border", "contradiction"),
        color_of("saree", "maroon"),
        color_of("blouse", "gold"),
        color_of("border", "gold"),
        describe("saree", "a maroon banarasi saree with small gold motifs all over and a wide gold border"),
        details("border", "the border has a peacock and elephant design woven in silver", "unsupported"),
        she(
            "she is wearing a maroon saree with gold motifs and a gold brocade blouse with elbow length sleeves and "
            "the pallu is draped over her left shoulder with",
            "cut",
            hit_limit=True,
        ),
        title="Royal Rajgharana Saree Maroon & Gold-Toned Banarasi Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: lavender organza saree with tonal floral embroidery and a scalloped lavender border, lavender blouse,
    # white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-013",
        caption(
            "a woman in a purple saree with flowers on it Question: what is the color of the blouse? Answer: purple",
            "leak",
        ),
        color_of("saree", "lavender"),
        color_of("blouse", "white", "contradiction"),
        color_of("border", "lavender"),
        she("she is wearing a lavender saree with a lavender blouse"),
        describe(
            "saree",
            "the saree is a lavender organza saree with floral embroidery and a scalloped border with floral "
            "embroidery and a scalloped border with",
            "loop",
            hit_limit=True,
        ),
        title="KALINI Lavender Floral Embroidered Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: half-and-half saree, orange pleats and a pink pallu, narrow green border, pink blouse, white backdrop,
    # front view. All texts by the VQA adapter.
    case(
        "X988-014",
        caption("a woman in a yellow and pink saree", "contradiction"),
        color_of("saree", "orange"),
        color_of("blouse", "pink"),
        color_of("border", "green"),
        she("a orange and pink saree with a green border"),
        details("border", "border", "non_answer"),
        title="Ethnic Junction Orange & Pink Half and Half Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: white georgette saree with white chikankari embroidery, mint green blouse, a potted plant at the left,
    # white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-015",
        caption(
            "a woman in a white saree with white embroidery all over and a mint green blouse standing next to a "
            "potted plant with large green leaves on a white floor in front of a white wall with her hand on her hip "
            "and her hair tied in a",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "white"),
        color_of("blouse", "white", "other_garment_color"),
        color_of("border", "white"),
        she("she is wearing a white saree and a green blouse"),
        describe("saree", "the saree is white with blue embroidery on the pallu", "unsupported"),
        title="Ada White Chikankari Embroidered Georgette Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: royal blue plain satin saree with a thin silver lace border, black blouse with short sleeves, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-016",
        caption("a woman wearing a black saree and a black blouse", "other_garment_color"),
        color_of("saree", "blue"),
        color_of("blouse", "black"),
        color_of("border", "silver"),
        she("a black dress", "contradiction"),
        material("satin"),
        pattern("solid"),
        describe("saree", "saree", "non_answer"),
        title="Sangria Blue Solid Satin Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: rust cotton silk saree (the seller says Brown) with a thin gold border and gold stripes on the pallu,
    # rust blouse, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-017",
        caption("a woman in an orange saree with a gold border"),
        color_of("saree", "rust"),
        color_of("blouse", "rust"),
        color_of("border", "gold"),
        describe("saree", "the saree is woven in a rust colour with a thin gold border and gold stripes on the pallu"),
        she("she is wearing a saree. Question: What is the color of the saree? Answer: orange", "leak"),
        title="Kalakari India Brown Woven Design Cotton Silk Saree",
        category="Sarees",
        color="Brown",
        gender="Women",
    ),
    # photo: yellow saree with a red bandhani dot print, red border, red blouse, white backdrop, front view. All texts
    # by the VQA adapter.
    case(
        "X988-018",
        caption("a woman in a yellow saree with red dots and a red blouse"),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red"),
        color_of("border", "red"),
        pattern("printed"),
        details("border", "the border details of the saree are the border details", "restated"),
        she(
            "a yellow saree with red polka dots and a red blouse with a red blouse with a red blouse with a red blouse "
            "with a red",
            "loop",
            hit_limit=True,
        ),
        title="Saree mall Yellow & Red Bandhani Print Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: black and white diagonal-striped georgette saree, plain black border, black blouse with short sleeves,
    # white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-019",
        caption("a man wearing a black and white striped saree", "pronoun"),
        color_of("saree", "black"),
        color_of("blouse", "white", "other_garment_color"),
        color_of("border", "black"),
        pattern("striped"),
        describe(
            "saree",
            "the saree has diagonal stripes of black and white running all over it, a plain black border on both "
            "edges and a black blouse with short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Black & White Striped Poly Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: sea green organza saree with a pink rose print, thin gold border, sea green blouse, white backdrop,
    # front view. All texts by the VQA adapter.
    case(
        "X988-020",
        caption("a woman in a blue saree with pink flowers", "contradiction"),
        color_of("saree", "sea green"),
        color_of("blouse", "pink", "contradiction"),
        color_of("border", "gold"),
        she("she is wearing a green floral saree with a golden border and a green blouse"),
        describe(
            "saree",
            "a sheer sea green organza saree with a pink rose print all over, a thin gold border along the edges and "
            "a sea green blouse with short sleeves and",
            "cut",
            hit_limit=True,
        ),
        material("organza"),
        title="Indo Era Sea Green Floral Printed Organza Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: purple Paithani-style saree with a green border edged in gold zari and peacocks woven on the pallu,
    # purple blouse, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-021",
        caption("a woman in a purple saree with a green border"),
        color_of("saree", "purple"),
        color_of("blouse", "green", "other_garment_color"),
        color_of("border", "green"),
        details("border", "the border is green with gold zari and a row of small mirrors", "unsupported"),
        material("cotton", "unsupported"),
        she("a blue saree", "contradiction"),
        title="Mimosa Purple & Green Paithani Art Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: cream saree with a kalamkari print of flowers and birds in maroon, mustard and green, maroon border,
    # maroon blouse, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-022",
        caption("a woman in a white saree with a red blouse"),
        color_of("saree", "cream"),
        color_of("blouse", "maroon"),
        color_of("border", "maroon"),
        describe(
            "saree", "the saree is cream with a kalamkari print of flowers and birds in maroon, mustard and green"
        ),
        details("border", "the border details are the border of the saree", "restated"),
        pattern("solid", "contradiction"),
        title="Jaipur Kurti Cream-Coloured & Maroon Kalamkari Print Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: flat-lay, no model: a dark green silk saree folded with its gold zari border and pallu on top, the gold
    # blouse piece folded beside it, white surface. All texts by the VQA adapter.
    case(
        "X988-023",
        caption("a green and gold saree folded on a white surface"),
        color_of("saree", "green"),
        color_of("blouse", "gold"),
        color_of("border", "gold"),
        describe("saree", "a dark green silk saree folded with its gold zari border and pallu on top"),
        is_a("saree", "no", "contradiction"),
        material("silk"),
        title="Saree Swarg Green Zari Woven Silk Blend Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: baby pink plain chiffon saree with a thin pink piping, pink sleeveless blouse, she holds a silver clutch,
    # no jewelry but small studs, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-024",
        caption("a woman in a pink saree holding a purse"),
        color_of("saree", "pink"),
        color_of("blouse", "pink"),
        color_of("border", "silver", "contradiction"),
        she(
            "a pink saree and a silver purse and a silver purse and a silver purse and a silver purse and a silver "
            "purse and a",
            "loop",
            hit_limit=True,
        ),
        describe("saree", "she is wearing a pink saree with a white pearl necklace and pearl earrings", "unsupported"),
        title="Mitera Pink Solid Chiffon Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: blue and white ikat cotton saree, white border with blue stripes, white blouse, white backdrop, front
    # view. All texts by the VQA adapter.
    case(
        "X988-025",
        caption("a woman in a blue and white saree"),
        color_of("saree", "blue"),
        color_of("blouse", "blue", "other_garment_color"),
        color_of("border", "white"),
        pattern("floral", "contradiction"),
        she("she is wearing a blue and white saree with a white blouse"),
        describe("saree", "a blue ikat saree with a silk tassel pallu and a mirror work blouse", "unsupported"),
        title="Nandana Blue & White Ikat Woven Cotton Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: red bandhani gharchola saree with a gold zari grid, green border with white dots, green blouse, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-026",
        caption("a woman in a red and green saree"),
        color_of("saree", "red"),
        color_of("blouse", "red", "other_garment_color"),
        color_of("border", "green"),
        describe("saree", "Question: Describe the saree. Answer: a red saree with a green border", "leak"),
        details("border", "the border is green with small white dots"),
        title="Ethnovogue Red & Green Bandhani Gharchola Silk Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: navy georgette saree with white polka dots and a thin navy piping for a border, red blouse with short
    # sleeves, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-027",
        caption("a woman in a blue and white polka dot saree and a red blouse"),
        color_of("saree", "navy blue"),
        color_of("blouse", "red"),
        color_of("border", "red", "other_garment_color"),
        she(
            "she is wearing a navy blue polka dot saree with a red blouse and a red blouse and a red blouse and a red "
            "blouse and",
            "loop",
            hit_limit=True,
        ),
        pattern("polka dots"),
        describe("saree", "the saree is described as a saree", "restated"),
        title="Sangria Navy Blue Polka Dot Print Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: shimmering gold tissue saree, gold blouse, gold bangles on both wrists, white backdrop, front view. All
    # texts by the VQA adapter.
    case(
        "X988-028",
        caption("a woman in a silver saree", "contradiction"),
        color_of("saree", "gold"),
        color_of("blouse", "gold"),
        color_of("border", "gold"),
        describe("saree", "a shiny gold saree with a gold blouse and gold bangles"),
        material("cotton", "unsupported"),
        she("he is wearing a gold saree", "pronoun"),
        title="Soch Gold-Toned Tissue Saree",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: hot pink bandhani print saree with white dots, orange border with gold lace, orange blouse, white
    # backdrop, front view. All texts by the VQA adapter; the feed row has no color.
    case(
        "X988-029",
        caption("a woman wearing a pink saree with an orange border"),
        color_of("saree", "orange", "other_garment_color"),
        color_of("blouse", "orange"),
        color_of("border", "orange"),
        she("a pink and orange saree"),
        describe("saree", "no", "non_answer"),
        details(
            "border",
            "the border is orange with a thin gold lace along the edge and the same orange on the pallu, which has "
            "white bandhani dots in rows and a",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Pink Bandhani Printed Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: mint green georgette saree with silver sequin stripes and a silver border, mint sleeveless blouse, pale
    # pink wall behind, front view. All texts by the VQA adapter.
    case(
        "X988-030",
        caption("a woman in a green saree standing in front of a pink wall"),
        color_of("saree", "pink", "contradiction"),
        color_of("blouse", "green"),
        color_of("border", "silver"),
        describe("saree", "a mint green saree with silver sequin stripes"),
        she("she is wearing a green saree with a silver belt at the waist", "unsupported"),
        pattern("striped"),
        title="Mitera Green Sequinned Georgette Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: black Kanjeevaram silk saree with a pink and gold zari border, black blouse, white backdrop, front view.
    # All texts by the VQA adapter.
    case(
        "X988-031",
        caption("a woman in a black saree with a pink border"),
        color_of("saree", "pink", "other_garment_color"),
        color_of("blouse", "black"),
        color_of("border", "pink"),
        she("a black and pink dress", "contradiction"),
        describe(
            "saree",
            "the saree is black and pink with a black blouse and a black blouse and a black blouse and a black blouse "
            "and a black",
            "loop",
            hit_limit=True,
        ),
        material("silk Question: What is the color of the border? Answer: pink", "leak"),
        title="Kanakavalli Black & Pink Zari Pure Silk Kanjeevaram Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: turquoise blue saree with an abstract white and navy print, blue border, white blouse, white backdrop,
    # front view. All texts by the VQA adapter.
    case(
        "X988-032",
        caption("a woman in a blue saree with a white shirt"),
        color_of("saree", "turquoise"),
        color_of("blouse", "white"),
        color_of("border", "blue"),
        she("yes", "non_answer"),
        describe("saree", "the saree is a saree", "restated"),
        title="Saree mall Turquoise Blue Abstract Printed Saree",
        category="Sarees",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: olive green cotton saree with a plain mustard border, mustard blouse, white backdrop, front view. All
    # texts by the VQA adapter.
    case(
        "X988-033",
        caption("a woman in a green saree with a yellow border"),
        color_of("saree", "olive"),
        color_of("blouse", "olive", "other_garment_color"),
        color_of("border", "mustard"),
        she(
            "a green saree and a yellow blouse and a yellow blouse and a yellow blouse and a yellow blouse and a "
            "yellow blouse and a",
            "loop",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        details("border", "the border is mustard yellow with thin black lines", "unsupported"),
        title="Fabindia Olive Green Cotton Saree with Mustard Border",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: burgundy chiffon saree with a gold border, burgundy velvet blouse, white backdrop, front view. All texts
    # by the VQA adapter.
    case(
        "X988-034",
        caption("a woman wearing a green saree", "contradiction"),
        color_of("saree", "burgundy"),
        color_of("blouse", "burgundy"),
        color_of("border", "gold"),
        she("she is wearing a maroon saree with a gold border and a maroon velvet blouse"),
        describe(
            "saree",
            "a burgundy chiffon saree with a gold border Question: What is the color of the blouse? Answer: burgundy",
            "leak",
            hit_limit=True,
        ),
        title="Mitera Burgundy Solid Chiffon Saree",
        category="Sarees",
        color="Burgundy",
        gender="Women",
    ),
    # photo: Kerala kasavu saree, cream with a gold border, red blouse, white backdrop, front view. All texts by the
    # VQA adapter.
    case(
        "X988-035",
        caption("a woman in a white saree with a gold border and a red blouse"),
        color_of("saree", "gold", "other_garment_color"),
        color_of("blouse", "red"),
        color_of("border", "gold"),
        she("she wears a white saree with a gold border and a jasmine gajra in her hair", "unsupported"),
        is_a("saree", "yes"),
        details("border", "gold", "non_answer"),
        title="Kerala Kasavu Cream & Gold-Toned Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: grey to pink ombre chiffon saree (grey at the waist, pink at the hem and on the pallu), thin grey piping
    # border, pink blouse, small studs only, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-036",
        caption("a woman in a grey and pink saree"),
        color_of("saree", "pink"),
        color_of("blouse", "pink"),
        color_of("border", "pink", "other_garment_color"),
        describe("saree", "the saree is grey at the top and turns pink towards the bottom with a thin border"),
        she(
            "a grey and pink saree with a pink blouse and silver earrings and a silver necklace and a silver bracelet",
            "unsupported",
        ),
        title="Shaily Grey & Pink Ombre Dyed Chiffon Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: coffee brown silk blend saree with a copper zari border and copper stripes on the pallu, brown blouse,
    # white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-037",
        caption("a woman in a red saree with a gold border", "contradiction"),
        color_of("saree", "brown"),
        color_of("blouse", "brown"),
        color_of("border", "brown", "other_garment_color"),
        she("he is wearing a brown saree with a brown blouse", "pronoun"),
        describe("saree", "the saree is brown in colour and the pallu has copper zari stripes"),
        details("border", "the border of the saree has border details", "restated"),
        title="Kalini Coffee Brown Woven Design Silk Blend Saree",
        category="Sarees",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: light blue cotton saree with a white leaf print, navy border, navy blouse with elbow sleeves, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-038",
        caption("a woman wearing a light blue saree with white leaves on it"),
        color_of("saree", "navy blue", "other_garment_color"),
        color_of("blouse", "navy blue"),
        color_of("border", "navy blue"),
        she(
            "she is wearing a blue saree with a blue border and a blue border and a blue border and a blue border "
            "and a blue",
            "loop",
            hit_limit=True,
        ),
        pattern("printed"),
        describe(
            "saree",
            "the saree is light blue with a white leaf print, a navy border and a navy blouse with elbow length "
            "sleeves",
        ),
        title="Varanga Blue Leaf Print Cotton Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: pink and orange leheriya saree with a gold gota border, orange blouse, she sits on a wooden chair, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-039",
        caption("a woman in a pink and orange saree sitting on a wooden chair"),
        color_of("saree", "pink"),
        color_of("blouse", "orange"),
        color_of("border", "gold"),
        describe(
            "saree",
            "the saree has diagonal wave stripes in pink and orange all over, a gold gota patti border along the edge "
            "and the pallu, and it is worn with a",
            "cut",
            hit_limit=True,
        ),
        she("a dress", "contradiction"),
        pattern("striped"),
        details("border", "", "non_answer"),
        title="Rajasthani Pink & Orange Leheriya Printed Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: off-white organza saree with a pastel floral print, off-white border, light blue blouse, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-040",
        caption("a woman in a white floral saree with a blue blouse"),
        color_of("saree", "blue", "other_garment_color"),
        color_of("blouse", "light blue"),
        color_of("border", "white"),
        she("the woman is wearing a", "cut"),
        material("linen", "unsupported"),
        title="Ritu Kumar Off-White Floral Print Organza Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: green art silk saree with a pink and white patola print, pink border, pink blouse, white backdrop, front
    # view. All texts by the VQA adapter.
    case(
        "X988-041",
        caption(
            "a woman in a green saree with a pink border standing in a room with a window behind her", "unsupported"
        ),
        color_of("saree", "green"),
        color_of("blouse", "pink"),
        color_of("border", "pink"),
        she("a green and pink saree"),
        details("border", "the details of the border of the saree", "restated"),
        is_a("saree", "no", "contradiction"),
        title="Mimosa Green & Pink Patola Print Art Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: black crepe saree with red roses and green leaves, red border, red blouse, white backdrop, front view.
    # All texts by the VQA adapter.
    case(
        "X988-042",
        caption("a woman in a black saree with red flowers and a red blouse"),
        color_of("saree", "black"),
        color_of("blouse", "black", "other_garment_color"),
        color_of("border", "red"),
        she(
            "she is wearing a black saree with red roses and green leaves printed all over, a red border on the edge "
            "and the pallu and a red blouse with short sleeves and",
            "cut",
            hit_limit=True,
        ),
        describe(
            "saree",
            "a black saree with red roses and green leaves, a red border and a red blouse with a deep back",
            "unsupported",
        ),
        pattern("striped", "contradiction"),
        title="Sangria Black & Red Floral Print Crepe Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: lemon yellow plain chiffon saree with a thin silver border, white blouse, white backdrop, front view.
    # All texts by the VQA adapter.
    case(
        "X988-043",
        caption("a woman in a green saree and a white blouse", "contradiction"),
        color_of("saree", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        color_of("border", "silver"),
        she(
            "the person is wearing a yellow saree and a white blouse and a yellow saree and a white blouse and a "
            "yellow saree and a",
            "loop",
            hit_limit=True,
        ),
        describe("saree", "the saree is yellow with a silver border"),
        title="Mitera Yellow Solid Chiffon Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: mauve silk blend saree with silver zari buttis and a silver border, mauve blouse, white backdrop, front
    # view. All texts by the VQA adapter.
    case(
        "X988-044",
        caption(
            "Question: what is the woman wearing? Answer: a purple saree Question: what is the color of the saree? "
            "Answer: purple Question: what is the color of",
            "leak",
            hit_limit=True,
        ),
        color_of("saree", "mauve"),
        color_of("blouse", "mauve"),
        color_of("border", "silver"),
        describe(
            "saree",
            "a mauve saree with silver zari buttis all over, a silver border along the edge and a silver pallu with "
            "woven stripes, worn with a mauve blouse with elbow sleeves and",
            "cut",
            hit_limit=True,
        ),
        she("he is wearing a purple saree", "pronoun"),
        title="Inddus Mauve Zari Woven Silk Blend Saree",
        category="Sarees",
        color="Mauve",
        gender="Women",
    ),
    # photo: orange georgette saree with gold embroidery along the border, orange blouse embroidered in gold, she
    # holds a gold potli bag, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X988-045",
        caption("a woman in an orange saree holding a bag"),
        color_of("saree", "orange"),
        color_of("blouse", "orange"),
        color_of("border", "orange", "other_garment_color"),
        she(
            "she is wearing an orange saree with gold border and a gold bag and a gold bag and a gold bag and a gold "
            "bag and",
            "loop",
            hit_limit=True,
        ),
        describe(
            "saree",
            "the saree is orange with gold embroidery along the border and the blouse has a sweetheart neckline with "
            "beaded tassels",
            "unsupported",
        ),
        material("georgette"),
        title="Ishin Orange Embroidered Georgette Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: patchwork cotton saree of blue, red and yellow squares, black border, black blouse, white backdrop,
    # front view. All texts by the VQA adapter; the feed row has no gender.
    case(
        "X988-046",
        caption(
            "a woman in a colorful saree with a black blouse and a black blouse and a black blouse and a black blouse "
            "and a black blouse and a black blouse and a black blouse and a black blouse and a black",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "multicolor"),
        color_of("blouse", "black"),
        color_of("border", "black"),
        she("a colorful patchwork saree and a black blouse"),
        describe(
            "saree",
            "the saree is made of patches of different colours like blue, red and yellow, with a black border and the "
            "pallu has the same patches in",
            "cut",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Desi Weavers Multicoloured Patchwork Cotton Saree",
        category="Sarees",
        color="Multi",
    ),
]
