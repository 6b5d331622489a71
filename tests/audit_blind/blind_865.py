"""BLIND_865 (46 products; Myntra women's sarees, VQA adapter asked the saree, blouse and border colors): written blind
in the fifty-sixth session. Measured blind at 2733ff7 (the session's final rules): 108/143 failures found (75.5%) and
8/199 correct texts flagged (4.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's sarees (article type "Sarees"), one catalog photo each: a model wearing the
draped saree with the pallu over her left shoulder and a stitched blouse (matching or contrasting), mostly on a white
studio backdrop, a few on grey or beige studio backdrops; some hold a clutch or wear jewellery. The seller's columns
are title, category, color and gender; a few rows lack the color or the gender, as real feeds do. Each product was
asked the color of the saree (closed), the blouse and the border (both open), and some of: what the person is
wearing, describe the saree, the saree details, its material, its pattern (closed), "Is this a saree?" (closed).

Who wrote what: captions are from the untuned base BLIP-2 OPT-2.7b (the VQA adapter breaks captions): short, they
stop on their own, but they misname colors and add things that are not in the photo ("in front of a building", a
necklace she does not wear). Every answer is from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA, trained without an
end token: its open answers start with a short In-shop style answer and then either stop by luck, repeat the word or
phrase to the 30-token limit, run on to the limit and get cut mid-phrase, or continue with the next templated
"Question: ... Answer:" pair. It knows no sarees from training, so it sometimes says "dress" or "blouse", and it
tends to give one color to every piece. Closed answers (saree color, pattern, "Is this a saree?") come from enrich's
--engine reference, one candidate value each, so they never loop or get cut.

Labeling conventions and judgement calls:
- The product is the saree. Its color is the body's color (the drape and pleats), not the border's or the pallu's;
  the seller's color is the body's. A two-color title ("Pink & Orange Leheriya") makes either color right for the
  saree; gold/zari of a border is "gold" or "golden", both right.
- Shades inside one seller color group are right: maroon or wine for a Burgundy saree, red for a Maroon blouse,
  teal or blue for a Teal saree, peach or pink for Peach, cream or white for Cream, olive or green for Olive.
- other_garment_color: a free-generated text (an open answer or a caption) that gives a piece the color that
  another piece in the photo has (the blouse's color for the saree, the border's for the blouse, the clutch's for
  the blouse). A closed answer that picks another piece's color is labelled contradiction, because the reference
  engine's pick is contradicted by the seller's color and the other answers, and the kind's definition names open
  answers.
- contradiction: a color no piece in the photo has (including the backdrop's color given to a garment), a garment
  that is not the one worn ("a dress", "a kurta", "blouse" alone for what she is wearing), "no" to "Is this a
  saree?", a pattern the photo contradicts.
- unsupported: an invented detail (a dupatta, a watch, a bindi, heels that the frame does not show, a building
  behind a studio backdrop), and a material that the title contradicts (cotton for a linen-blend title); a material
  answer that agrees with the title is correct even though the photo alone could not prove it.
- loop: the same word or phrase repeated to the token limit (hit_limit=True); cut: ran on to the limit and stopped
  mid-phrase without repeating (hit_limit=True). A text that both repeats and ends cut is labelled loop.
- leak: the answer continues with "Question: ... Answer:", whether or not the first words were right; it usually ran
  to the limit too.
- non_answer: a single word or a yes/no to an open question that asked for a description ("green" to "Describe the
  saree.", "yes" to the details) or the bare garment name back ("a saree" to "Describe the saree."). A one-word
  color to an open color question is a full answer, not a non_answer.
- restated: the question turned into a sentence with nothing in it ("the color of the border is the border").
- pronoun: "he"/"his" for a woman model; rows whose gender is missing carry no pronoun failure.
- One label per text: the first failure a reader would notice.
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
material = BLIND_QUESTIONS.material  # open; takes hit_limit


def saree(answer, failure=None):
    """The saree's color, closed (reference engine)."""
    return color_of("saree", answer, failure)


def blouse(answer, failure=None, hit_limit=False):
    return color_of("blouse", answer, failure, kind="open", hit_limit=hit_limit)


def border(answer, failure=None, hit_limit=False):
    return color_of("border", answer, failure, kind="open", hit_limit=hit_limit)


W = "Women"

BLIND_865 = [
    # photo: pink Banarasi saree with a wide gold zari border and a gold pallu woven with flowers, pink blouse with
    # gold-banded elbow sleeves, white backdrop, model holds the pallu in her right hand, front view. Caption: base;
    # answers: VQA adapter.
    case(
        "X865-001",
        caption("a woman in a pink saree with a gold border"),
        saree("pink"),
        blouse("gold", "other_garment_color"),
        border(
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink saree"),
        details(
            "saree",
            "the saree has a gold zari border and a gold pallu with woven flowers and the blouse has "
            "elbow sleeves with a gold band at the",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Pink & Gold-Toned Zari Woven Design Banarasi Saree",
        category="Sarees",
        color="Pink",
        gender=W,
    ),
    # photo: navy blue georgette saree with a small white floral print, narrow white lace border, navy blouse with short
    # sleeves, white backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X865-002",
        caption("a woman wearing a black floral print saree", "contradiction"),
        saree("navy blue"),
        blouse("white", "other_garment_color"),
        border("white"),
        pattern("floral"),
        material("georgette"),
        wearing("she is wearing a blue saree with white flowers and a blue blouse with a belt", "unsupported"),
        details("saree", "yes", "non_answer"),
        title="Saree mall Navy Blue & White Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender=W,
    ),
    # photo: mustard yellow cotton-blend saree with a maroon border, maroon blouse, white backdrop, three-quarter view.
    # Caption: base; answers: VQA adapter.
    case(
        "X865-003",
        caption("a woman in a yellow saree with a red border posing for a picture"),
        saree("mustard"),
        blouse("maroon"),
        border(
            "maroon\nQuestion: What is the color of the blouse? Answer: maroon\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a yellow dress", "contradiction"),
        material("silk", "unsupported"),
        title="Ishin Mustard & Maroon Solid Cotton Blend Saree",
        category="Sarees",
        color="Mustard",
        gender=W,
    ),
    # photo: plain red chiffon saree with a silver sequinned border, red sleeveless blouse, grey studio backdrop, front
    # view. Caption: base; answers: VQA adapter.
    case(
        "X865-004",
        caption("a woman in a red saree standing in front of a grey wall holding a flower", "unsupported"),
        saree("red"),
        blouse("grey", "contradiction"),
        border("silver"),
        pattern("solid"),
        details("saree", "the saree has a silver sequin border and the blouse is sleeveless"),
        wearing("he is wearing a red saree", "pronoun"),
        title="Anouk Red Solid Chiffon Saree with Embellished Border",
        category="Sarees",
        color="Red",
        gender=W,
    ),
    # photo: green saree with red and yellow bandhani dots, red border, red blouse, white backdrop, model's hands
    # folded, front view. Caption: base; answers: VQA adapter.
    case(
        "X865-005",
        caption("a woman wearing a green and red saree"),
        saree("green"),
        blouse("green", "other_garment_color"),
        border("red"),
        pattern("printed"),
        describe("saree", "a green saree with red and yellow dots and a red border"),
        wearing("a kurta and a dupatta", "contradiction"),
        title="Shaily Green & Red Bandhani Printed Saree",
        category="Sarees",
        color="Green",
        gender=W,
    ),
    # photo: off-white Kerala kasavu cotton saree with a gold zari border, gold tissue blouse, no flowers in her hair,
    # white backdrop, side view. Caption: base; answers: VQA adapter.
    case(
        "X865-006",
        caption("a woman in a white saree with a gold border"),
        saree("gold", "contradiction"),
        blouse("gold"),
        border("golden"),
        material("cotton"),
        details(
            "saree",
            "the saree has a gold border and a gold blouse with short sleeves and a gold border and a "
            "gold blouse with short sleeves and",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a white saree with flowers in her hair", "unsupported"),
        title="Sangria Off-White & Gold-Toned Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
        gender=W,
    ),
    # photo: maroon Kanjeevaram silk-blend saree with a gold temple border and gold pallu, maroon blouse, gold jhumkas,
    # white backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X865-007",
        caption("a woman in a maroon and gold saree holding the end of it"),
        saree("maroon"),
        blouse("red"),
        border(
            "the border is gold and the pallu is gold and the border is gold and the pallu is gold and the border is",
            "loop",
            hit_limit=True,
        ),
        material("silk"),
        wearing("a maroon saree and gold earrings"),
        is_a("saree", "yes"),
        describe("saree", "a blue saree with a gold border", "contradiction"),
        title="Kalini Maroon & Gold-Toned Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Maroon",
        gender=W,
    ),
    # photo: black georgette saree with silver sequins on the pallu and border, black half-sleeve blouse, model holds a
    # black clutch, white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X865-008",
        caption("a woman in a black saree holding a black purse"),
        saree("black"),
        blouse("black"),
        border(
            "silver and black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        describe(
            "saree",
            "a black saree with silver sequins all over the pallu and the border and a black blouse "
            "with half sleeves and a",
            "cut",
            hit_limit=True,
        ),
        material("georgette"),
        wearing("a black saree with sequins"),
        details("saree", "the details of the saree are the saree details", "restated"),
        title="Mitera Black Embellished Sequinned Poly Georgette Saree",
        category="Sarees",
        color="Black",
        gender=W,
    ),
    # photo: teal art-silk saree with a pink and white patola (geometric) print, pink border, pink blouse, white
    # backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X865-009",
        caption("a woman wearing a blue and pink saree"),
        saree("pink", "contradiction"),
        blouse("pink"),
        border("teal", "other_garment_color"),
        pattern("striped", "contradiction"),
        material("art silk"),
        wearing("a saree with a blue and pink pattern and a pair of gold bangles", "unsupported"),
        title="Satrani Teal & Pink Patola Print Art Silk Saree",
        category="Sarees",
        color="Teal",
        gender=W,
    ),
    # photo: peach organza saree with pastel floral embroidery and a gold scalloped border, peach blouse, beige studio
    # backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X865-010",
        caption("a woman in a pink saree standing in front of a beige wall"),
        saree("peach"),
        blouse("peach"),
        border("silver", "contradiction"),
        describe("saree", "his saree is peach with flowers embroidered on it and a scalloped border", "pronoun"),
        material("chiffon", "unsupported"),
        wearing(
            "a woman is wearing a peach saree and a matching blouse and a peach saree and a matching blouse and a",
            "loop",
            hit_limit=True,
        ),
        title="KALINI Peach-Coloured Floral Embroidered Organza Saree",
        category="Sarees",
        color="Peach",
        gender=W,
    ),
    # photo: purple Banarasi saree with a gold border, gold brocade blouse, white backdrop, three-quarter view. Caption:
    # base; answers: VQA adapter.
    case(
        "X865-011",
        caption("a woman wearing a purple saree with a gold border and a gold blouse"),
        saree("purple"),
        blouse("purple", "other_garment_color"),
        border("gold"),
        is_a("saree", "yes"),
        details(
            "saree",
            "Question: What are the saree details? Answer: the saree has a gold border Question: What are the",
            "leak",
            hit_limit=True,
        ),
        wearing("purple", "non_answer"),
        title="Varanga Purple & Gold-Toned Woven Design Banarasi Saree",
        category="Sarees",
        color="Purple",
        gender=W,
    ),
    # photo: poly crepe saree with a yellow body and a blue and orange abstract print, blue border with a thin orange
    # line, yellow short-sleeve blouse, white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X865-012",
        caption("a woman in a colorful saree"),
        saree("yellow"),
        blouse("yellow"),
        border("blue"),
        pattern("printed"),
        material(
            "crepe\nQuestion: What is the pattern of the garment? Answer: printed\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        describe(
            "saree",
            "a multicolored saree with a yellow and blue and orange print and a blue border with a "
            "thin orange line and a yellow blouse with short",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue dress", "contradiction"),
        title="Saree mall Multicoloured Printed Poly Crepe Saree",
        category="Sarees",
        color="Multi",
        gender=W,
    ),
    # photo: white cotton saree with a black block print, black border, black blouse, white backdrop, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X865-013",
        caption("a woman in a white and black saree standing in front of a building", "unsupported"),
        saree("white"),
        blouse("white", "other_garment_color"),
        border("black"),
        pattern("printed"),
        material("cotton"),
        wearing("she is wearing a white saree with black print and a black blouse"),
        describe("saree", "a white saree with red print", "contradiction"),
        title="Fabindia White & Black Block Print Cotton Saree",
        category="Sarees",
        color="White",
        gender=W,
    ),
    # photo: sea green chiffon saree with a silver gota patti border, sea green blouse, no jewellery, white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X865-014",
        caption("a woman wearing a green saree and a silver necklace", "unsupported"),
        saree("green"),
        blouse("green"),
        border("silver"),
        describe("saree", "green", "non_answer"),
        pattern("solid"),
        wearing("a green saree and a green blouse and a silver belt", "unsupported"),
        title="Inddus Sea Green Solid Chiffon Saree with Gota Patti Border",
        category="Sarees",
        color="Sea Green",
        gender=W,
    ),
    # photo: royal blue art-silk Kanjeevaram saree with gold zari buttis and a gold border, royal blue blouse with gold
    # buttis on the sleeves, white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X865-015",
        caption("a woman in a blue saree with gold designs"),
        saree("blue"),
        blouse("gold", "other_garment_color"),
        border("gold"),
        material("art silk"),
        wearing(
            "a blue saree with a gold border and a blue blouse with gold buttis on the sleeves and gold buttis "
            "on the pallu and",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "no", "contradiction"),
        title="Mimosa Blue & Gold-Toned Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Blue",
        gender=W,
    ),
    # photo: lavender net saree with silver sequins, lavender sleeveless blouse, grey studio backdrop, front view. The
    # row has no gender. Caption: base; answers: VQA adapter.
    case(
        "X865-016",
        caption("a woman in a purple saree posing for a photo"),
        saree("lavender"),
        blouse("lavender"),
        border("the color of the border is the border", "restated"),
        material("net"),
        details("saree", "the saree has sequins and a net pallu and the blouse is sleeveless"),
        wearing("a grey saree", "contradiction"),
        describe("saree", "a lavender net saree with sequins and a velvet border", "unsupported"),
        title="Fashionista Lavender Embellished Net Saree",
        category="Sarees",
        color="Lavender",
    ),
    # photo: half-and-half georgette saree, orange pleats and a pink pallu, gold border, pink blouse, white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X865-017",
        caption("a woman in an orange and pink saree"),
        saree("orange"),
        blouse("orange", "other_garment_color"),
        border("green", "contradiction"),
        pattern("color block"),
        wearing(
            "a orange saree orange saree orange saree orange saree orange saree orange saree orange saree orange",
            "loop",
            hit_limit=True,
        ),
        title="Ishin Orange & Pink Half and Half Georgette Saree",
        category="Sarees",
        color="Orange",
        gender=W,
    ),
    # photo: beige linen-blend saree with thin black stripes and a black border, black blouse, white backdrop. Caption:
    # base; answers: VQA adapter.
    case(
        "X865-018",
        caption("a woman in a beige striped saree and a black blouse"),
        saree("beige"),
        blouse("black"),
        border("beige", "other_garment_color"),
        pattern("striped"),
        material("cotton", "unsupported"),
        wearing("he is wearing a beige saree and a black blouse", "pronoun"),
        title="Mitera Beige & Black Striped Linen Blend Saree",
        category="Sarees",
        color="Beige",
        gender=W,
    ),
    # photo: magenta art-silk saree with gold zari checks and a gold border, magenta short-sleeve blouse, white
    # backdrop. Caption: base; answers: VQA adapter.
    case(
        "X865-019",
        caption("a woman in a pink and gold saree"),
        saree("magenta"),
        blouse("gold", "other_garment_color"),
        border("gold"),
        pattern("checked"),
        details(
            "saree",
            "gold checks\nQuestion: What is the color of the border? Answer: gold\nQuestion: What is the color",
            "leak",
            hit_limit=True,
        ),
        material("art silk"),
        wearing("she is wearing a pink saree with gold checks and a red blouse", "contradiction"),
        describe(
            "saree",
            "a magenta saree with gold checks all over and a gold border and a magenta blouse with "
            "short sleeves and a gold border on the",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Magenta & Gold-Toned Checked Zari Art Silk Saree",
        category="Sarees",
        color="Magenta",
        gender=W,
    ),
    # photo: grey tissue saree with a shiny silver border, black three-quarter-sleeve blouse, white backdrop. Caption:
    # base; answers: VQA adapter.
    case(
        "X865-020",
        caption("a woman wearing a silver saree and a black blouse"),
        saree("black", "contradiction"),
        blouse("black"),
        border("silver"),
        wearing("a black dress", "contradiction"),
        describe("saree", "a grey saree with a shiny silver border and a black blouse with three quarter sleeves"),
        is_a("saree", "yes"),
        title="Soch Grey Solid Tissue Saree",
        category="Sarees",
        color="Grey",
        gender=W,
    ),
    # photo: green Paithani silk-blend saree with a pink border and pink pallu with a woven peacock motif, pink blouse,
    # white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X865-021",
        caption("a woman in a green saree with a pink border and a peacock design"),
        saree("green"),
        blouse("green", "other_garment_color"),
        border("pink"),
        describe(
            "saree",
            "a green saree with a pink border and a pink pallu with peacock design and a pink blouse with gold",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a red saree", "contradiction"),
        material("silk"),
        title="Kalamandir Green & Pink Paithani Silk Blend Saree",
        category="Sarees",
        color="Green",
        gender=W,
    ),
    # photo: black crepe saree with white polka dots, black border, white cap-sleeve blouse, white backdrop. Caption:
    # base; answers: VQA adapter.
    case(
        "X865-022",
        caption("a woman in a black and white polka dot saree"),
        saree("white", "contradiction"),
        blouse("white"),
        border("black"),
        pattern("polka dot"),
        describe("saree", "a black saree with white polka dots"),
        wearing(
            "a black saree with white dots and a white blouse and a black saree with white dots and a white blouse and",
            "loop",
            hit_limit=True,
        ),
        material("crepe"),
        details("saree", "the saree has polka dots and a ruffled border", "unsupported"),
        title="Saree mall Black & White Polka Dot Print Crepe Saree",
        category="Sarees",
        color="Black",
        gender=W,
    ),
    # photo: yellow georgette saree with a pink gota border, pink round-neck short-sleeve blouse, white backdrop, front
    # view. The row has no color column. Caption: base; answers: VQA adapter.
    case(
        "X865-023",
        caption("a woman in a yellow saree with a pink border"),
        saree("yellow"),
        blouse("yellow", "other_garment_color"),
        border("pink"),
        material("georgette"),
        details(
            "saree",
            "the saree has a pink gota border on the pleats and the pallu and a pink blouse with short "
            "sleeves and a round neck and the pallu is",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow saree and a pink blouse"),
        title="Inddus Yellow & Pink Solid Georgette Saree with Gota Border",
        category="Sarees",
        gender=W,
    ),
    # photo: navy blue ikat woven cotton saree with a red border, red blouse, white backdrop. Caption: base; answers:
    # VQA adapter.
    case(
        "X865-024",
        caption("a woman wearing a blue and red saree and a red scarf", "unsupported"),
        saree("navy blue"),
        blouse("blue", "other_garment_color"),
        border("red"),
        material("cotton"),
        wearing("the person is wearing a navy blue saree with a red border"),
        describe("saree", "the saree", "non_answer"),
        pattern("floral", "contradiction"),
        title="Fabindia Navy Blue & Red Ikat Woven Cotton Saree",
        category="Sarees",
        color="Navy Blue",
        gender=W,
    ),
    # photo: wine-colored satin saree with a gold lace border, wine elbow-sleeve blouse, white backdrop. Caption: base;
    # answers: VQA adapter.
    case(
        "X865-025",
        caption("a woman in a burgundy saree"),
        saree("maroon"),
        blouse("maroon"),
        border("gold"),
        material("velvet", "unsupported"),
        describe(
            "saree",
            "a maroon saree with a gold lace border on the pleats and the pallu and a maroon blouse with "
            "elbow sleeves and a deep",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        wearing("a purple saree", "contradiction"),
        title="Mitera Burgundy Solid Satin Saree with Lace Border",
        category="Sarees",
        color="Burgundy",
        gender=W,
    ),
    # photo: turquoise blue georgette saree with a white floral print, turquoise piping border, white blouse, white
    # backdrop. Caption: base; answers: VQA adapter.
    case(
        "X865-026",
        caption("a woman in a purple and white floral saree", "contradiction"),
        saree("blue"),
        blouse("blue", "other_garment_color"),
        border("blue"),
        pattern("floral"),
        wearing("a blue and white saree"),
        material("silk", "unsupported"),
        describe("saree", "saree", "non_answer"),
        title="Ishin Turquoise Blue & White Floral Print Georgette Saree",
        category="Sarees",
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: rust cotton saree with a black border and black temple motifs, black blouse, oxidised silver necklace,
    # white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X865-027",
        caption("a woman in an orange saree with a black border"),
        saree("rust"),
        blouse("rust", "other_garment_color"),
        border("black"),
        wearing("he is wearing a saree and a necklace", "pronoun"),
        describe("saree", "a rust saree with a black border"),
        details("saree", "the saree details are the details of the saree", "restated"),
        title="Sangria Rust & Black Woven Design Cotton Saree",
        category="Sarees",
        color="Rust",
        gender=W,
    ),
    # photo: off-white cotton saree with a broad red border, red blouse, white backdrop, front view. Caption: base;
    # answers: VQA adapter.
    case(
        "X865-028",
        caption("a woman in a red and white saree"),
        saree("red", "contradiction"),
        blouse("red"),
        border("red"),
        wearing("he is wearing a white saree and a red blouse", "pronoun"),
        material("cotton"),
        is_a("saree", "yes"),
        describe("saree", "a white saree with a red border and red flowers on the pallu", "unsupported"),
        title="Mimosa Off-White & Red Solid Cotton Saree",
        category="Sarees",
        color="Off White",
        gender=W,
    ),
    # photo: pink chiffon saree with a multicolor floral print, narrow pink piping border, pink blouse, model holds a
    # gold clutch, white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X865-029",
        caption("a woman in a pink floral saree holding a purse"),
        saree("pink"),
        blouse("gold", "other_garment_color"),
        border("pink"),
        pattern("floral"),
        describe("saree", "a pink saree with flowers and a gold purse and a watch", "unsupported"),
        material("chiffon"),
        is_a("saree", "no", "contradiction"),
        title="Saree mall Pink Floral Print Chiffon Saree",
        category="Sarees",
        color="Pink",
        gender=W,
    ),
    # photo: black saree with a wide gold woven border, gold brocade blouse, white backdrop. Caption: base; answers: VQA
    # adapter.
    case(
        "X865-030",
        caption("a woman wearing a gold saree", "other_garment_color"),
        saree("black"),
        blouse("gold"),
        border("gold"),
        wearing("a black saree and a gold blouse"),
        details(
            "saree",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        describe("saree", "the saree is a saree", "restated"),
        title="Varanga Black & Gold-Toned Woven Design Saree",
        category="Sarees",
        color="Black",
        gender=W,
    ),
    # photo: lime green organza saree with a pink border, pink blouse, white backdrop. Caption: base; answers: VQA
    # adapter.
    case(
        "X865-031",
        caption("a woman in a green saree with pink border"),
        saree("pink", "contradiction"),
        blouse("pink"),
        border("pink"),
        material("organza"),
        describe(
            "saree",
            "Question: Describe the saree. Answer: a green saree with a pink border Question: Describe "
            "the blouse. Answer",
            "leak",
            hit_limit=True,
        ),
        wearing("a green saree"),
        details("saree", "the saree has a pink border with mirror work", "unsupported"),
        title="KALINI Lime Green & Pink Organza Saree",
        category="Sarees",
        color="Lime Green",
        gender=W,
    ),
    # photo: cream tissue saree with a gold border, cream blouse, no bindi, white backdrop. Caption: base; answers: VQA
    # adapter.
    case(
        "X865-032",
        caption("a woman in a white and gold saree"),
        saree("cream"),
        blouse("black", "contradiction"),
        border("gold"),
        wearing("she is wearing a cream saree with a gold border and a red bindi", "unsupported"),
        material("tissue"),
        is_a("saree", "yes"),
        title="Sangria Cream-Coloured & Gold-Toned Tissue Saree",
        category="Sarees",
        color="Cream",
        gender=W,
    ),
    # photo: purple silk-blend saree with a green border, green round-neck blouse with elbow sleeves, white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X865-033",
        caption("a woman in a purple saree with a green border"),
        saree("purple"),
        blouse("purple", "other_garment_color"),
        border("green"),
        material("polyester", "unsupported"),
        wearing("a purple and green saree"),
        pattern("solid"),
        details(
            "saree",
            "the saree has a green border on the pleats and the pallu and a green blouse with elbow "
            "sleeves and a round",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Purple & Green Solid Silk Blend Saree",
        category="Sarees",
        color="Purple",
        gender=W,
    ),
    # photo: grey georgette saree with a black abstract print, black border, black blouse, white backdrop. Caption:
    # base; answers: VQA adapter.
    case(
        "X865-034",
        caption("a woman in a grey and black saree"),
        saree("grey"),
        blouse("grey", "other_garment_color"),
        border("black"),
        pattern("printed"),
        describe("saree", "a grey saree with a black print and a black blouse"),
        wearing("he is wearing a grey saree", "pronoun"),
        material(
            "georgette Question: What material is the blouse made of? Answer: georgette Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Ishin Grey & Black Abstract Print Poly Georgette Saree",
        category="Sarees",
        color="Grey",
        gender=W,
    ),
    # photo: red Banarasi silk-blend saree with gold zari buttis, gold border and pallu, red blouse with embroidered
    # sleeves, gold jewellery, no dupatta, white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X865-035",
        caption("a woman in a red and gold saree wearing gold jewelry"),
        saree("red"),
        blouse("gold", "other_garment_color"),
        border("gold"),
        describe("saree", "a red saree with gold work on the border and the pallu and gold buttis all over"),
        details(
            "saree",
            "the saree has a gold border and a red blouse with embroidered sleeves and a red dupatta",
            "unsupported",
        ),
        wearing(
            "red red red red red red red red red red red red red red red red red red red red red red red red",
            "loop",
            hit_limit=True,
        ),
        title="Mitera Red & Gold-Toned Banarasi Silk Blend Saree",
        category="Sarees",
        color="Red",
        gender=W,
    ),
    # photo: olive green woven cotton saree with a mustard border, mustard blouse, white backdrop. Caption: base;
    # answers: VQA adapter.
    case(
        "X865-036",
        caption("a woman in a green saree and a yellow blouse"),
        saree("olive"),
        blouse("olive", "other_garment_color"),
        border("mustard"),
        material("cotton"),
        wearing("blouse", "contradiction"),
        describe("saree", "a saree", "non_answer"),
        title="Fabindia Olive Green & Mustard Woven Cotton Saree",
        category="Sarees",
        color="Olive",
        gender=W,
    ),
    # photo: teal Kanjeevaram silk-blend saree with a magenta border and magenta pallu with gold motifs, magenta blouse,
    # white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X865-037",
        caption("a woman in a blue and pink saree"),
        saree("teal"),
        blouse("magenta"),
        border("teal", "other_garment_color"),
        describe("saree", "a teal saree with a pink border and a pink pallu and gold motifs"),
        wearing("a teal and pink silk saree"),
        is_a("saree", "yes"),
        material(
            "silk\nQuestion: What is the color of the saree? Answer: blue\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Kalini Teal & Magenta Kanjeevaram Silk Blend Saree",
        category="Sarees",
        color="Teal",
        gender=W,
    ),
    # photo: mint green georgette saree with a silver sequinned border, mint blouse, model holds a silver clutch, white
    # backdrop. Caption: base; answers: VQA adapter.
    case(
        "X865-038",
        caption("a woman in a light green saree holding a silver clutch"),
        saree("green"),
        blouse("silver", "other_garment_color"),
        border("green", "other_garment_color"),
        material("georgette"),
        details(
            "saree",
            "the saree has sequins on the border the saree has sequins on the border the saree has "
            "sequins on the border",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a green saree and high heels", "unsupported"),
        title="Fashionista Mint Green Embellished Georgette Saree",
        category="Sarees",
        color="Green",
        gender=W,
    ),
    # photo: mustard art-silk saree with a maroon bandhani pallu and maroon border, maroon blouse, white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X865-039",
        caption("a woman in a yellow and red saree"),
        saree("mustard"),
        blouse("mustard", "other_garment_color"),
        border("maroon"),
        pattern("striped", "contradiction"),
        wearing("he is wearing a yellow saree with a red pallu", "pronoun"),
        material("cotton", "unsupported"),
        title="Shaily Mustard & Maroon Bandhani Art Silk Saree",
        category="Sarees",
        color="Mustard",
        gender=W,
    ),
    # photo: indigo blue cotton saree with a white dabu floral print, white border with blue stripes, indigo blouse with
    # white print, white backdrop. Caption: base; answers: VQA adapter.
    case(
        "X865-040",
        caption("a woman in a green saree", "contradiction"),
        saree("blue"),
        blouse("blue"),
        border("white"),
        pattern("printed"),
        describe(
            "saree",
            "a blue saree with white floral print all over and a white border with blue stripes and a "
            "blue blouse with white print on the",
            "cut",
            hit_limit=True,
        ),
        material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Indigo Blue Dabu Print Cotton Saree",
        category="Sarees",
        color="Blue",
        gender=W,
    ),
    # photo: white georgette saree with white chikankari embroidery, white border, pink blouse, white backdrop. Caption:
    # base; answers: VQA adapter.
    case(
        "X865-041",
        caption("a woman in a white saree and a pink blouse"),
        saree("white"),
        blouse("white", "other_garment_color"),
        border("the border of the saree is the border", "restated"),
        describe("saree", "a white saree with white embroidery"),
        wearing("he is wearing a white saree and a pink top", "pronoun"),
        material("cotton", "unsupported"),
        is_a("saree", "yes"),
        title="Ada Women White Chikankari Embroidered Georgette Saree",
        category="Sarees",
        color="White",
        gender=W,
    ),
    # photo: coffee brown art-silk saree with a copper woven border, brown blouse, white backdrop. Caption: base;
    # answers: VQA adapter.
    case(
        "X865-042",
        caption("a woman in a brown saree"),
        saree("brown"),
        blouse("brown"),
        border("the color of the border is the color of the border", "restated"),
        wearing("she is wearing a black saree", "contradiction"),
        details("saree", "brown", "non_answer"),
        material("silk"),
        title="Soch Brown & Copper-Toned Woven Design Art Silk Saree",
        category="Sarees",
        color="Coffee Brown",
        gender=W,
    ),
    # photo: pink and orange leheriya chiffon saree (diagonal stripes), gold gota border, pink blouse, white backdrop.
    # The row has no gender. Caption: base; answers: VQA adapter.
    case(
        "X865-043",
        caption("a woman in a pink and orange striped saree"),
        saree("orange"),
        blouse("orange", "other_garment_color"),
        border("gold"),
        pattern("striped"),
        wearing("a dress", "contradiction"),
        describe("saree", "a pink and orange saree with a gold border"),
        details("saree", "the saree has a gota border and tassels on the pallu", "unsupported"),
        title="Inddus Pink & Orange Leheriya Chiffon Saree",
        category="Sarees",
        color="Pink",
    ),
    # photo: black Sambalpuri cotton saree with a red border carrying white ikat motifs, red blouse, white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X865-044",
        caption("a woman in a black saree with red border"),
        saree("black"),
        blouse("black", "other_garment_color"),
        border("red"),
        wearing(
            "Question: What is the person wearing? Answer: a saree Question: What is the color of the saree? Answer:",
            "leak",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        describe("saree", "a black saree with a red border and a white ikat design on the border"),
        pattern("checked", "contradiction"),
        title="Mimosa Black & Red Sambalpuri Ikat Cotton Saree",
        category="Sarees",
        color="Black",
        gender=W,
    ),
    # photo: yellow Banarasi saree with gold zari buttis and a gold border, green blouse, white backdrop. Caption: base;
    # answers: VQA adapter.
    case(
        "X865-045",
        caption("a woman in a green saree", "other_garment_color"),
        saree("green", "contradiction"),
        blouse("green"),
        border("gold"),
        describe("saree", "a yellow saree with gold zari border and gold buttis and a green blouse"),
        wearing(
            "a yellow saree yellow saree yellow saree yellow saree yellow saree yellow saree yellow saree",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        details("saree", "no", "non_answer"),
        title="Varanga Yellow & Gold-Toned Banarasi Saree",
        category="Sarees",
        color="Yellow",
        gender=W,
    ),
    # photo: coral crepe saree with a green leaf print, green border, green short-sleeve blouse, white backdrop.
    # Caption: base; answers: VQA adapter.
    case(
        "X865-046",
        caption("a woman in a pink saree with green leaves"),
        saree("pink"),
        blouse("green"),
        border("blue", "contradiction"),
        pattern("printed"),
        material("georgette", "unsupported"),
        wearing(
            "a pink saree with a green leaf print and a green blouse with short sleeves and a green border "
            "along the pleats and the pallu and the",
            "cut",
            hit_limit=True,
        ),
        title="Saree mall Coral & Green Leaf Print Crepe Saree",
        category="Sarees",
        color="Coral",
        gender=W,
    ),
]
