"""BLIND_727 (46 products; Myntra women's sarees, VQA adapter, piece colors): written blind in the fifty-fourth session.
Measured blind at 4b4f207 (the session's final rules): 97/136 failures found (71.3%) and 28/193 correct texts flagged
(14.5%). The writer's notes, verbatim:

Scenario: an older Myntra feed of women's sarees (article_type "Sarees", short product names such as "Prafful Pink
Saree", seller base_colour with the catalog's vocabulary: Navy Blue, Off White, Mustard, Sea Green, Multi, Gold...).
Photos of the shared set's kind: 224x224, white studio backdrop, a model in a draped saree (pleats in front, pallu
over the left shoulder) with the blouse visible, often jewellery, bangles, a clutch or a potli bag in hand; one
product is a flat shot of a folded saree with its blouse piece. A few rows lack the color or the category column,
and one seller color is wrong for the photo (a "Brown" saree that is rust), as real feeds have them.

Who wrote what: every caption and every open answer is free generation by the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, greedy, 50 new tokens for captions, 30 for answers). It was trained
without an end token, so it stops only when the base OPT's newline wins; otherwise it loops or is cut at the token
limit, and it sometimes goes on into the next "Question: ... Answer:" of its training format. It was trained on
In-shop garments only, so it calls a saree a dress now and then, and borrows In-shop details (buttons, collars,
pockets, zippers, hoods) that a saree does not have. Its captions are short VQA-style phrases, sometimes the
question-answer format itself. The closed answers (saree color, blouse color, pattern, sleeve length, "Is this a
saree?") are enrich's --engine reference ranking the candidate values with the same adapter: one clean value, never
a loop or a cut, but often the color of the wrong piece. Open per-piece questions: the border and the pallu.

Labeling conventions and judgement calls:
- A color in the same shade family as the photo is correct (lavender as "purple", burgundy as "maroon", sea green as
  "green", rust as "orange", off white as "white" or "cream", teal and turquoise as "blue"); a color of another family
  is a failure.
- other_garment_color when the wrong color plainly belongs to another piece in the photo (the blouse, the border, the
  pallu, the print's motifs, a belt or a clutch in hand); contradiction when the wrong color or fact belongs to
  nothing in the photo, or when the saree is called a dress, a skirt or a scarf, or a closed pattern, sleeve or
  yes/no value is wrong. The label goes on the wrong text only; the texts that have it right stay correct.
- Sleeve length of "the garment" on a saree is read as the blouse's sleeves (the only sleeves in the photo).
- A one-word answer that answers the question ("a saree" for what she is wearing, "gold" for the border) is correct;
  a one-word answer, a bare color or a "yes" to a describe or details question is non_answer; an answer that gives
  only the question's own words back as a sentence ("the color of the pallu is the pallu") is restated; "the border"
  alone for the border's color is non_answer.
- Material: a fabric the photo supports (sheen and zari for silk, a sheer drape for chiffon, georgette or net) is
  correct when the title names none; a fabric against a fabric named in the title is contradiction; a fabric or a
  composition the photo cannot show or plainly does not support, with no fabric in the title, is unsupported.
- Invented parts (pockets, zippers, buttons, collars, hoods, slits, a garden backdrop, heels hidden under the saree)
  are unsupported, even when the rest of the text is right.
- One label per text: a loop is labeled loop even when the looped phrase also has a wrong color; a text that runs
  into the next "Question:" is leak even when cut by the limit; a cut is labeled cut only when it stops mid-phrase at
  the limit without repeating itself. hit_limit=True on every text that ran to its 30 or 50 new tokens.
- "he", "his" or "a man" for the model of a Women row is pronoun, whatever else the text gets right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question

wears = question("wearing", "What is the woman wearing?", "open")
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
fabric = BLIND_QUESTIONS.material


def saree(text, failure=None):
    return color_of("saree", text, failure)


def blouse(text, failure=None):
    return color_of("blouse", text, failure)


def border(text, failure=None, hit_limit=False):
    return color_of("border", text, failure, kind="open", hit_limit=hit_limit)


def pallu(text, failure=None, hit_limit=False):
    return color_of("pallu", text, failure, kind="open", hit_limit=hit_limit)


def about(text, failure=None, hit_limit=False):
    return describe("saree", text, failure, hit_limit)


def parts(text, failure=None, hit_limit=False):
    return details("saree", text, failure, hit_limit)


def is_saree(text, failure=None):
    return is_a("saree", text, failure)


W = "Women"

BLIND_727 = [
    # photo: model in a pink georgette saree with small gold zari buttis and a gold border, matching pink blouse with
    # short sleeves, gold jhumkas; white backdrop; front view, pallu over the left shoulder. Caption and open answers:
    # VQA adapter; closed: reference engine.
    case(
        "X727-001",
        caption("a woman in a pink saree with a gold border"),
        wears("a pink saree and high heels", "unsupported"),
        saree("pink"),
        blouse("gold", "other_garment_color"),
        border(
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold"
            " gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        parts("the saree has a gold border and small gold motifs all over"),
        fabric("cotton", "unsupported"),
        title="Prafful Pink Saree",
        category="Sarees",
        color="Pink",
        gender=W,
    ),
    # photo: model in a plain navy blue silk saree with a broad maroon and gold zari border, maroon blouse with elbow
    # sleeves, hands clasped in front; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-002",
        caption("a woman in a blue and maroon saree standing against a white wall"),
        wears("she is wearing a maroon saree with a blue border", "other_garment_color"),
        saree("navy blue"),
        blouse("navy blue", "other_garment_color"),
        border("maroon and gold"),
        sleeves("elbow"),
        fabric("silk"),
        title="Diva Navy Blue Saree",
        category="Sarees",
        color="Navy Blue",
        gender=W,
    ),
    # photo: model in a georgette leheriya saree, diagonal stripes in orange, pink and yellow, sleeveless pink blouse,
    # glass bangles on both wrists; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-003",
        caption(
            "a woman wearing a colorful striped saree in orange pink and yellow with a pink sleeveless blouse and"
            " glass bangles on both wrists standing in front of a white wall with her hands at her sides and her",
            "cut",
            hit_limit=True,
        ),
        wears("a saree"),
        saree("multi"),
        blouse("green", "contradiction"),
        pattern("striped"),
        about(
            "the saree is a saree with a saree and a saree with a saree and a saree with a saree and a saree with a",
            "loop",
            hit_limit=True,
        ),
        sleeves("sleeveless"),
        title="Satrani Multi Saree",
        category="Sarees",
        color="Multi",
        gender=W,
    ),
    # photo: model in a red silk saree with gold zari buttis woven all over and a heavy gold pallu, red blouse with
    # short sleeves, gold necklace; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-004",
        caption("Question: What is the color of the saree? Answer: red", "leak"),
        wears("he is wearing a red saree with a gold border", "pronoun"),
        saree("red"),
        blouse("red"),
        pallu("gold"),
        parts("the saree has a zipper on the back and two pockets", "unsupported"),
        fabric("silk"),
        title="Mitera Red Saree",
        category="Sarees",
        color="Red",
        gender=W,
    ),
    # photo: model in an off-white Bengal cotton saree with a thin red border, red blouse with short sleeves, red bindi;
    # white backdrop; three-quarter view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-005",
        caption("a woman in a white saree with a red border"),
        wears("a red saree", "other_garment_color"),
        saree("cream"),
        blouse("red"),
        border("red"),
        about(
            "a white saree with a red border and a red blouse with short sleeves and a round neck and a red blouse"
            " with short sleeves and",
            "loop",
            hit_limit=True,
        ),
        fabric("cotton"),
        title="Ishin Off White Saree",
        category="Sarees",
        color="Off White",
        gender=W,
    ),
    # photo: model in a green chiffon saree printed with small white and yellow flowers, plain green blouse with short
    # sleeves; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-006",
        caption("a woman in a green floral saree"),
        wears("she is wearing a green saree with flowers on it"),
        saree("green"),
        blouse("green"),
        pattern("solid", "contradiction"),
        parts("green", "non_answer"),
        fabric(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon"
            " chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        title="Kalini Green Printed Saree",
        category="Sarees",
        color="Green",
        gender=W,
    ),
    # photo: model in a black georgette saree with a silver sequin border, black sleeveless blouse, silver clutch in
    # her right hand; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-007",
        caption("a woman in a black saree holding a silver clutch"),
        wears("a black dress", "contradiction"),
        saree("black"),
        blouse("black"),
        border("silver"),
        about(
            "a black saree with a silver sequined border and a black sleeveless blouse, the pallu is draped over the"
            " left shoulder and the saree is",
            "cut",
            hit_limit=True,
        ),
        is_saree("yes"),
        title="Jashn Black Saree",
        category="Sarees",
        color="Black",
        gender=W,
    ),
    # photo: model in a mustard yellow cotton-silk saree with a maroon temple border, maroon blouse with elbow sleeves;
    # white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-008",
        caption(
            "a woman wearing a yellow saree with a maroon border and a maroon blouse standing in front of a white wall"
            " a woman wearing a yellow saree with a maroon border and a maroon blouse standing in",
            "loop",
            hit_limit=True,
        ),
        wears("a yellow saree"),
        saree("maroon", "other_garment_color"),
        blouse("maroon"),
        border("maroon"),
        pallu("the color of the pallu is the pallu", "restated"),
        sleeves("long", "contradiction"),
        title="Triveni Mustard Saree",
        category="Sarees",
        color="Mustard",
        gender=W,
    ),
    # photo: model in a royal blue georgette saree with silver embroidered paisleys near the hem and on the pallu,
    # silver-grey blouse with three-quarter sleeves; white backdrop; front view. VQA adapter (open); reference.
    case(
        "X727-009",
        caption("a woman in a blue saree with silver embroidery"),
        wears("blue saree and silver blouse"),
        saree("blue"),
        blouse("blue", "other_garment_color"),
        sleeves("sleeveless", "contradiction"),
        parts("the saree has embroidery at the bottom and on the pallu"),
        fabric("denim", "unsupported"),
        title="Saree mall Blue Saree",
        category="Sarees",
        color="Blue",
        gender=W,
    ),
    # photo: model in a peach net saree scattered with silver sequins, peach blouse with short sleeves, holding the
    # pallu out with her left hand; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-010",
        caption("a woman in a light pink saree with sequins"),
        wears(
            "a peach saree with sequins Question: What is the color of the blouse? Answer: peach Question: What is the",
            "leak",
            hit_limit=True,
        ),
        saree("peach"),
        blouse("peach"),
        fabric("net"),
        parts("he has a sequin border", "pronoun"),
        about("a peach saree with sequins and a slit up to the knee", "unsupported"),
        title="Avishi Peach Saree",
        category="Sarees",
        color="Peach",
        gender=W,
    ),
    # photo: model in a maroon Banarasi silk saree with gold zari floral buttis and a gold pallu, gold brocade blouse
    # with short sleeves; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-011",
        caption("a woman in a maroon and gold saree"),
        wears("a maroon saree and gold blouse"),
        saree("maroon"),
        blouse("maroon", "other_garment_color"),
        pallu("gold"),
        pattern("striped", "contradiction"),
        about("the saree is maroon with gold flowers woven all over and a heavy gold pallu"),
        fabric("cotton", "contradiction"),
        title="Mitera Maroon Silk Saree",
        category="Sarees",
        color="Maroon",
        gender=W,
    ),
    # photo: no model; a teal cotton ikat saree folded flat with its teal blouse piece on top, white and black ikat
    # chevrons; white backdrop; top view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-012",
        caption("a blue and white saree folded on a white background"),
        wears("a woman wearing a teal saree and a black blouse", "unsupported"),
        saree("teal"),
        blouse("teal"),
        pattern("floral", "contradiction"),
        parts(
            "the saree is folded and has a white and black ikat pattern with a teal blouse piece on top and the"
            " saree is folded in a square on a white",
            "cut",
            hit_limit=True,
        ),
        fabric("cotton"),
        title="Vishudh Teal Saree",
        category="Sarees",
        color="Teal",
        gender=W,
    ),
    # photo: model in a plain magenta chiffon saree with a thin gold border, contrasting black blouse with short
    # sleeves; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-013",
        caption("a woman in a black saree", "other_garment_color"),
        wears("magenta saree with a black blouse"),
        saree("magenta"),
        blouse("magenta", "other_garment_color"),
        border("black", "other_garment_color"),
        about("a plain magenta saree with a thin gold border"),
        fabric("chiffon"),
        title="Jashn Magenta Saree",
        category="Sarees",
        color="Magenta",
        gender=W,
    ),
    # photo: model in a half-and-half saree, yellow pleats and a green lower half with a pink border, green blouse with
    # elbow sleeves; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-014",
        caption("a woman in a yellow and green saree"),
        wears("yellow", "non_answer"),
        saree("yellow"),
        blouse("green"),
        border("blue", "contradiction"),
        parts("the saree is yellow at the top and green at the bottom with a pink border"),
        pattern("color block"),
        title="Roop Kashish Yellow Saree",
        category="Sarees",
        color="Yellow",
        gender=W,
    ),
    # photo: model in a grey georgette saree with a black and white abstract print, black blouse with short sleeves;
    # white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-015",
        caption("a woman in a grey and black printed saree sitting on a chair", "unsupported"),
        wears("a grey saree with a black and white print and a black blouse"),
        saree("black", "other_garment_color"),
        blouse("black"),
        pattern("printed"),
        about(
            "the saree is grey with black and white print, the saree is grey with black and white print, the saree"
            " is grey with black",
            "loop",
            hit_limit=True,
        ),
        fabric("georgette"),
        title="Shaily Grey Printed Saree",
        category="Sarees",
        color="Grey",
        gender=W,
    ),
    # photo: model in a purple silk saree with a golden zari border and a contrast green blouse with short sleeves;
    # white backdrop; side pose, one hand on the hip. VQA adapter (caption, open); reference (closed).
    case(
        "X727-016",
        caption("a woman in a purple saree with a green blouse"),
        wears("a purple and green dress", "contradiction"),
        saree("purple"),
        blouse("purple", "other_garment_color"),
        border("gold"),
        parts("the details of the saree are the details", "restated"),
        fabric("100% polyester with a cotton lining", "unsupported"),
        title="Prafful Purple Saree",
        category="Sarees",
        color="Purple",
        gender=W,
    ),
    # photo: model in a white cotton saree with small black checks, black sleeveless blouse; white backdrop; front
    # view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-017",
        caption("a woman wearing a white and black checkered saree"),
        wears("", "non_answer"),
        saree("white"),
        blouse("black"),
        pattern("checked"),
        sleeves("short", "contradiction"),
        about(
            "white saree with small black checks, a black sleeveless blouse and the pallu falls over her left"
            " shoulder down to her",
            "cut",
            hit_limit=True,
        ),
        title="Kalini White Saree",
        category="Sarees",
        color="White",
        gender=W,
    ),
    # photo: model in an orange silk saree with a contrast pink border and pink pallu end, pink blouse with elbow
    # sleeves, holding the pallu; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-018",
        caption("a woman wearing an orange saree with a pink border and a pink blouse"),
        wears("an orange saree with a pink border and mirror work on the blouse", "unsupported"),
        saree("pink", "other_garment_color"),
        blouse("pink"),
        border("pink"),
        pallu(
            "orange and pink Question: What is the color of the border? Answer: pink Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        is_saree("yes"),
        title="Indian Women Orange Saree",
        category="Sarees",
        color="Orange",
        gender=W,
    ),
    # photo: model in a beige net saree with gold embroidery along the border, beige blouse with short sleeves, gold
    # potli bag in hand; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-019",
        caption("a woman in a beige saree holding a gold bag"),
        wears("she is wearing a white saree", "contradiction"),
        saree("beige"),
        blouse("beige"),
        about(
            "a beige net saree with gold embroidery along the border and a matching beige blouse with short sleeves"
            " and she is holding a gold potli bag in",
            "cut",
            hit_limit=True,
        ),
        fabric("net"),
        parts("the saree has gold embroidery and a gold belt at the waist", "unsupported"),
        title="Saree mall Beige Saree",
        category="Sarees",
        color="Beige",
        gender=W,
    ),
    # photo: model in a rust cotton saree (the seller calls it brown) with a black tribal-print border and tassels on
    # the pallu, black blouse with short sleeves; white backdrop; front view. VQA adapter (open); reference (closed).
    case(
        "X727-020",
        caption("a woman in a green saree with a black border", "contradiction"),
        wears("a rust saree with a black printed border and black blouse"),
        saree("rust"),
        blouse("rust", "other_garment_color"),
        border("black"),
        parts("the saree has a black border and a v-neck with buttons", "unsupported"),
        title="Vishudh Brown Saree",
        category="Sarees",
        color="Brown",
        gender=W,
    ),
    # photo: model in a colour-block saree, pink pleats and a blue pallu, blue blouse with short sleeves; white
    # backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-021",
        caption("a woman in a pink and blue saree"),
        wears("he is wearing a pink and blue saree", "pronoun"),
        saree("pink"),
        blouse("blue"),
        pallu("pink", "other_garment_color"),
        about("pink", "non_answer"),
        pattern("floral", "contradiction"),
        title="Satrani Pink Saree",
        category="Sarees",
        color="Pink",
        gender=W,
    ),
    # photo: model in a red bandhani georgette saree with white tie-dye dots and a gold gota border, red blouse with
    # short sleeves; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-022",
        caption("a woman in a red polka dot saree"),
        wears("a red saree with white dots and a red dupatta", "unsupported"),
        saree("red"),
        blouse("red"),
        pattern("polka dots"),
        parts(
            "the saree has white dots all over, a gold border and a gold border and a gold border and a gold border"
            " and a gold border and a",
            "loop",
            hit_limit=True,
        ),
        fabric("georgette"),
        border("green", "contradiction"),
        title="Jashn Red Saree",
        category="Sarees",
        color="Red",
        gender=W,
    ),
    # photo: model in a lavender organza saree with a pink floral embroidered border, lavender blouse with short puff
    # sleeves; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-023",
        caption("a woman in a lavender saree with pink flowers on the border"),
        wears("a purple saree"),
        saree("lavender"),
        blouse("lavender"),
        border(
            "the border is pink and the saree is lavender and the blouse is lavender and the border is pink and the"
            " saree is",
            "loop",
            hit_limit=True,
        ),
        sleeves("short"),
        fabric("cotton", "unsupported"),
        title="Ishin Lavender Saree",
        category="Sarees",
        color="Lavender",
        gender=W,
    ),
    # photo: model in a dark green Kanjeevaram silk saree with a wide magenta border and a magenta pallu, magenta blouse
    # with elbow sleeves, gold temple jewellery; white backdrop; front view. VQA adapter (open); reference (closed).
    case(
        "X727-024",
        caption("a woman wearing a pink saree with a green border", "other_garment_color"),
        wears(
            "a green silk saree with a wide pink border and a pink pallu and a pink blouse with elbow sleeves and"
            " gold jewellery around her neck and",
            "cut",
            hit_limit=True,
        ),
        saree("green"),
        blouse("magenta"),
        border("magenta"),
        pallu("pink"),
        fabric("silk"),
        pattern("checked", "contradiction"),
        title="Mitera Green Saree",
        category="Sarees",
        color="Green",
        gender=W,
    ),
    # photo: model in a navy blue crepe saree with white polka dots, white sleeveless blouse, sunglasses pushed up on
    # her head; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-025",
        caption("a woman in a blue saree with white polka dots"),
        wears("a black saree with white dots", "contradiction"),
        saree("navy blue"),
        blouse("navy blue", "other_garment_color"),
        pattern("polka dots"),
        about("a navy blue saree with white polka dots and a white sleeveless blouse"),
        fabric("the garment is made of material", "restated"),
        title="Diva Women Navy Saree",
        category="Sarees",
        color="Navy Blue",
        gender=W,
    ),
    # photo: model in an off-white Kerala kasavu saree with a broad gold border, gold blouse with elbow sleeves, jasmine
    # in her hair; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-026",
        caption("a woman in a white saree with a gold border"),
        wears("a white and gold lehenga", "contradiction"),
        saree("gold", "other_garment_color"),
        blouse("gold"),
        border("gold"),
        parts("the saree has a gold border and a gold collar with three buttons", "unsupported"),
        sleeves("sleeveless", "contradiction"),
        title="Triveni Cream Saree",
        category="Sarees",
        color="Cream",
        gender=W,
    ),
    # photo: model in a sea green chiffon saree with a pink floral printed pallu, pink blouse with short sleeves;
    # white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-027",
        caption("a woman in a green saree with pink flowers"),
        wears("a green saree with a pink floral pallu"),
        saree("green"),
        blouse("green", "other_garment_color"),
        pallu("pink"),
        about("yes", "non_answer"),
        fabric("chiffon"),
        title="Avishi Sea Green Saree",
        category="Sarees",
        color="Sea Green",
        gender=W,
    ),
    # photo: model in a shimmering gold tissue saree, black blouse with short sleeves, black clutch; white backdrop;
    # front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-028",
        caption("a woman in a gold saree and a black blouse"),
        wears("a gold saree"),
        saree("black", "other_garment_color"),
        blouse("black"),
        about("the saree is shiny gold with a black blouse"),
        fabric("tissue"),
        parts("the saree is gold and has a black zipper down the front and a black belt", "unsupported"),
        title="Jashn Gold Saree",
        category="Sarees",
        color="Gold",
        gender=W,
    ),
    # photo: model in a multicolour patola-print georgette saree, red, green and yellow geometric blocks, red blouse
    # with elbow sleeves; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-029",
        caption("Question: What is the woman wearing? Answer: a red saree with a geometric print", "leak"),
        wears("a red green and yellow printed saree"),
        saree("multi"),
        blouse("red"),
        pattern("geometric"),
        parts(
            "the saree has a geometric print in red green and yellow and the saree has a geometric print in red"
            " green and yellow and",
            "loop",
            hit_limit=True,
        ),
        fabric("georgette"),
        sleeves("short", "contradiction"),
        title="Prafful Printed Saree",
        category="Sarees",
        color="Multi",
        gender=W,
    ),
    # photo: model in a baby pink cotton saree with white chikankari embroidery, white blouse with elbow sleeves; white
    # backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-030",
        caption("a woman in a pink saree with white embroidery and a white blouse"),
        wears("a white saree", "other_garment_color"),
        saree("pink"),
        blouse("white"),
        about("the saree is pink with white embroidery all over and has a hood and long sleeves", "unsupported"),
        sleeves("elbow"),
        fabric("silk", "contradiction"),
        title="Kalini Pink Cotton Saree",
        category="Sarees",
        color="Pink",
        gender=W,
    ),
    # photo: model in a turquoise blue georgette saree with a silver lace border, turquoise blouse with short sleeves;
    # white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-031",
        caption("a woman in a turquoise saree"),
        wears("a turquoise saree with silver lace border and a matching blouse"),
        saree("turquoise blue"),
        blouse("silver", "other_garment_color"),
        border("the border", "non_answer"),
        parts(
            "the saree has a silver lace border along the edges and the pallu and the blouse is the same turquoise"
            " color as the",
            "cut",
            hit_limit=True,
        ),
        fabric("linen", "contradiction"),
        title="Satrani Georgette Saree",
        category="Sarees",
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: model in a coffee brown georgette saree with a beige floral print, beige blouse with short sleeves; white
    # backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-032",
        caption("a woman in a brown saree with flowers"),
        wears("a brown floral saree"),
        saree("beige", "other_garment_color"),
        blouse("beige"),
        pattern("floral"),
        about("the saree is brown with beige flowers and a frill at the hem and a drawstring waist", "unsupported"),
        fabric("georgette"),
        border("red", "contradiction"),
        title="Shaily Brown Saree",
        category="Sarees",
        color="Coffee Brown",
        gender=W,
    ),
    # photo: model in a black cotton saree with a red border and red pallu end, red blouse with short sleeves; white
    # backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-033",
        caption("a woman in a black dress and a red scarf", "contradiction"),
        wears("a black saree with a red border"),
        saree("black"),
        blouse("red"),
        border("red"),
        pallu(
            "black and red black and red black and red black and red black and red black and red black and red",
            "loop",
            hit_limit=True,
        ),
        is_saree("no", "contradiction"),
        title="Indian Women Black Saree",
        category="Sarees",
        color="Black",
        gender=W,
    ),
    # photo: model in a powder blue chiffon saree with scattered silver sequins, powder blue blouse with short sleeves,
    # small silver clutch in her left hand; white backdrop; front view. VQA adapter (caption, open); reference.
    case(
        "X727-034",
        caption("a woman in a light blue saree with a silver purse"),
        wears(
            "she is wearing a light blue saree with silver sequins and a light blue blouse and she is holding a small"
            " silver clutch in her",
            "cut",
            hit_limit=True,
        ),
        saree("blue"),
        blouse("silver", "other_garment_color"),
        is_saree("yes"),
        parts("the saree has sequins"),
        about("a light blue saree with silver sequins and silver high heels", "unsupported"),
        title="Avishi Blue Saree",
        category="Sarees",
        color="Blue",
        gender=W,
    ),
    # photo: model in an olive green cotton saree with a mustard kalamkari-printed border and pallu, mustard blouse
    # with elbow sleeves; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-035",
        caption("a woman in a green saree holding a bag", "unsupported"),
        wears("he is wearing an olive saree with a yellow printed border", "pronoun"),
        saree("olive"),
        blouse("mustard"),
        border("olive", "other_garment_color"),
        pallu("yellow with a print"),
        fabric("cotton"),
        pattern("solid", "contradiction"),
        title="Vishudh Olive Saree",
        category="Sarees",
        color="Olive",
        gender=W,
    ),
    # photo: model in an off-white saree printed with pink and green flowers, pink blouse with short sleeves; white
    # backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-036",
        caption("a woman wearing a white saree with pink and green flowers"),
        wears("a white floral saree"),
        saree("pink", "other_garment_color"),
        blouse("pink"),
        pattern("floral"),
        about("describe the saree the saree is a saree", "restated"),
        fabric("the saree is made of silk and has a zipper on the side", "unsupported"),
        title="Kalini Off White Saree",
        category="Sarees",
        color="Off White",
        gender=W,
    ),
    # photo: model in a plain burgundy satin saree, burgundy blouse with sequinned short sleeves; white backdrop; front
    # view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-037",
        caption("a woman in a maroon saree"),
        wears("a maroon satin saree"),
        saree("burgundy"),
        blouse("burgundy"),
        parts("the saree has a sequined blouse and a slit on the side", "unsupported"),
        fabric("satin"),
        about(
            "a plain burgundy satin saree with a shiny finish and a blouse with sequined sleeves Question: Describe"
            " the blouse. Answer:",
            "leak",
            hit_limit=True,
        ),
        pattern("printed", "contradiction"),
        title="Jashn Burgundy Saree",
        category="Sarees",
        color="Burgundy",
        gender=W,
    ),
    # photo: model in an ombre saree fading from orange at the pleats to pink at the pallu end, thin gold border,
    # orange blouse with short sleeves; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-038",
        caption("a woman in a pink and orange saree standing in a garden", "unsupported"),
        wears("a orange and pink dress with a matching blouse", "contradiction"),
        saree("orange"),
        blouse("orange"),
        pallu("pink"),
        parts("the saree fades from orange to pink with a thin gold border"),
        border("silver", "contradiction"),
        title="Satrani Orange Saree",
        category="Sarees",
        color="Orange",
        gender=W,
    ),
    # photo: model in a navy blue and white striped cotton saree, white blouse with elbow sleeves; white backdrop;
    # front view. The row has no color. VQA adapter (caption, open); reference (closed).
    case(
        "X727-039",
        caption(
            "a woman in a blue and white striped saree Question: What is the color of the blouse? Answer: white"
            " Question: What is the color of the saree? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        wears("a blue and white striped saree"),
        saree("navy blue"),
        blouse("navy blue", "other_garment_color"),
        pattern("striped"),
        about("stripes", "non_answer"),
        fabric("the material of the garment", "restated"),
        title="Ishin Navy Saree",
        category="Sarees",
        gender=W,
    ),
    # photo: model in a mint green organza saree with a silver border, mint blouse with short sleeves, white clutch in
    # her right hand, silver earrings; white backdrop; front view. The row has no category. VQA adapter; reference.
    case(
        "X727-040",
        caption("a woman wearing a mint green saree standing against a white background"),
        wears(
            "she is wearing a mint green saree with a silver border and she is holding a white clutch in her right"
            " hand and wearing silver",
            "cut",
            hit_limit=True,
        ),
        saree("green"),
        blouse("white", "other_garment_color"),
        border("silver"),
        fabric("organza"),
        title="Avishi Green Saree",
        color="Green",
        gender=W,
    ),
    # photo: model in a pastel yellow saree with white Lucknowi embroidery and a white-embroidered scalloped border,
    # yellow blouse with elbow sleeves; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-041",
        caption("a woman in a yellow saree with white embroidery"),
        wears("a yellow saree and a yellow blouse"),
        saree("yellow"),
        blouse("yellow"),
        pattern("embroidered"),
        parts(
            "the saree has white embroidery all over and a scalloped border and a pocket on the left side",
            "unsupported",
        ),
        about("a yellow saree with white embroidered flowers and a white blouse", "other_garment_color"),
        border("white"),
        title="Kalini Yellow Saree",
        category="Sarees",
        color="Yellow",
        gender=W,
    ),
    # photo: model in a black net saree with gold sequins, gold blouse with short sleeves; white backdrop; front view.
    # VQA adapter (caption, open); reference (closed).
    case(
        "X727-042",
        caption("Answer: a woman in a black saree with gold sequins", "leak"),
        wears("a black saree with gold sequins and a gold blouse"),
        saree("black"),
        blouse("gold"),
        about("a black net saree with gold sequins"),
        fabric("net"),
        sleeves("long", "contradiction"),
        title="Shaily Black Saree",
        category="Sarees",
        color="Black",
        gender=W,
    ),
    # photo: model in a rani pink Banarasi silk saree with gold floral buttis woven in, gold border and pallu, pink
    # blouse with elbow sleeves; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-043",
        caption("a woman in a pink and gold saree"),
        wears("his saree is pink with gold", "pronoun"),
        saree("pink"),
        blouse("pink"),
        pallu("gold"),
        pattern("floral"),
        parts(
            "the saree has a gold border and a gold pallu with gold flowers woven into the pink silk and the"
            " blouse is pink with elbow length",
            "cut",
            hit_limit=True,
        ),
        fabric("pure silk with real gold zari handwoven in varanasi", "unsupported"),
        title="Mitera Pink Saree",
        category="Sarees",
        color="Pink",
        gender=W,
    ),
    # photo: model in a teal saree with a blue, green and gold peacock-feather print, teal blouse with short sleeves;
    # white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-044",
        caption("a woman in a blue saree with peacock feathers"),
        wears(
            "a saree with a peacock print Question: What is the color of the saree? Answer: blue Question: What is"
            " the color of",
            "leak",
            hit_limit=True,
        ),
        saree("teal"),
        blouse("teal"),
        pattern("printed"),
        about("the saree is blue with a peacock print and it has a collar and buttons", "unsupported"),
        is_saree("no", "contradiction"),
        title="Satrani Printed Saree",
        category="Sarees",
        color="Teal",
        gender=W,
    ),
    # photo: model in a cream cotton saree with a green and pink block-printed border, green blouse with elbow sleeves,
    # jute bag on her shoulder; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-045",
        caption(
            "a woman wearing a white saree with a green and pink border and a green blouse a woman wearing a white"
            " saree with a green and pink border and a green blouse a woman wearing a white",
            "loop",
            hit_limit=True,
        ),
        wears("Answer: a cream saree with a printed border", "leak"),
        saree("cream"),
        blouse("green"),
        border("green and pink"),
        pallu("the pallu is the color of the pallu", "restated"),
        parts("the saree has a printed border and a brown bag on her shoulder"),
        title="Vishudh Cream Saree",
        category="Sarees",
        color="Cream",
        gender=W,
    ),
    # photo: model in a maroon georgette saree with a gold foil print, maroon blouse with short sleeves, gold
    # kamarbandh belt and bangles; white backdrop; front view. VQA adapter (caption, open); reference (closed).
    case(
        "X727-046",
        caption("a woman in a maroon saree with a gold belt"),
        wears("a red saree and a gold belt"),
        saree("maroon"),
        blouse("gold", "other_garment_color"),
        about(
            "the saree is maroon with gold print and a gold belt around the waist the saree is maroon with gold"
            " print and a gold belt around the",
            "loop",
            hit_limit=True,
        ),
        fabric("georgette"),
        parts("he is wearing a gold belt", "pronoun"),
        title="Prafful Maroon Saree",
        category="Sarees",
        color="Maroon",
        gender=W,
    ),
]
