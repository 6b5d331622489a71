"""BLIND_793 (46 products; Myntra women's sarees, VQA adapter, saree/blouse/border colors): written blind in the
fifty-fifth session. Measured blind at 48d5375 (the session's tenth rules): 108/134 failures found (80.6%) and 16/196
correct texts flagged (8.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's sarees (article_type "Sarees"), one catalog photo per product. Most photos are
a model draping the saree on a white or light studio backdrop, front or three-quarter view, with jewellery; a few are
outdoor or set shoots (haveli courtyard, temple pillars, garden, a pink wall), one is a back view, one a seated pose,
and one a folded product shot with no model. Sarees come with a blouse that either matches the body or contrasts,
and most have a border (zari, printed, contrast, lace, sequin) that differs from the body. Seller columns: title,
category, color, gender; a few rows lack the color, the gender or the category, as real feeds do.

Who wrote what: every text comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b.
The caption is its free generation with no prompt (the adapter was trained on VQA only, so its captions are short
and plain, sometimes call the saree a "dress", sometimes run on into a Question/Answer pair). The saree color, the
yes/no "Is this a saree?" and the pattern are closed: enrich's --engine reference picks one candidate value, so those
never loop or stop short, but can pick the wrong value (often the blouse's or the border's color, or the backdrop's).
The blouse and border colors, "What is the woman wearing?", describe/details and the material are open (greedy, 30
new tokens, the job stops on a newline). The adapter was trained without an end-of-answer token: it often stops after
a short answer, but sometimes repeats a color or a phrase until the limit, runs a long answer into the limit
mid-phrase, or goes on with the next "Question: ... Answer:" of its training format. Its habits: one color
spilling over to every piece (the body color given to the blouse and border, the border's zari color given to the
blouse), invented extras (tassels, heels, bags, sequins), material guessed as "silk", "he" for the model now and then.

Labeling conventions and judgement calls:
- The photo is the truth. A shade in the same family counts as right (maroon or burgundy called "maroon"/"red", teal or
  turquoise called "blue", mustard called "yellow", off-white or cream called "white", peach or magenta called "pink",
  charcoal or silver called "grey", rust called "orange", coral called "red"). Where the seller's color reads
  differently in the photo (X793-039: "Navy Blue" that photographs as black), an answer matching the photo is correct.
- The saree's color is its body (ground) color. A closed saree color that names the blouse's or the border's color
  is other_garment_color; one that names the saree's own print color alone (red for a black saree with red flowers),
  the backdrop's color, or a color nothing in the photo has, is contradiction.
- A blouse or border answer that gives the saree body's color, or the color of the saree's print (white polka dots,
  pink roses), or the border's zari color for a blouse that is not zari, is other_garment_color. A blouse that
  really matches the saree and gets the same color is correct; "gold" for a gold zari border is correct.
- The same rule holds inside "wearing", describe and details answers: a piece given another piece's color is
  other_garment_color; two pieces' colors swapped in one answer (X793-012) or a color nothing has is contradiction.
- Calling the saree a "dress", or "no" to "Is this a saree?", is contradiction; a material the title's fabric
  contradicts (silk for a cotton, crepe or chiffon title, cotton for a silk one) is contradiction; things the photo
  does not show (tassels, heels, a bag, a brooch, a zip, a plant, a peacock, a black skirt under a saree whose
  petticoat is hidden, a wearer for a folded saree) are unsupported.
- A text that repeats a color or phrase at least twice in a row to the token limit is loop (hit_limit), even if it
  ends mid-word; a long non-repeating answer cut mid-phrase at the limit is cut (hit_limit). A text that runs into
  "Question: ... Answer:" is leak, whether or not it also hit the limit (hit_limit set where it did).
- Only one failure per text: the one that would matter most to a reader of the feed (a leak over the cut it ends in,
  a loop over the wrong color it repeats).
- "yes", a bare color to "What is the woman wearing?" or "Describe the saree.", or "saree" alone is non_answer; a
  sentence that gives the question's words back ("the color of the border is the color of the border") is restated.
- "he" for a model in a Women row is pronoun; "she"/"the woman" is fine. Texts that answer the question correctly
  but generically ("the woman is wearing a saree") are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def saree(text, failure=None):
    """Closed (reference engine): one candidate color."""
    return color_of("saree", text, failure)


def blouse(text, failure=None, hit_limit=False):
    return color_of("blouse", text, failure, kind="open", hit_limit=hit_limit)


def border(text, failure=None, hit_limit=False):
    return color_of("border", text, failure, kind="open", hit_limit=hit_limit)


def worn(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


SAREES = "Sarees"
W = "Women"

BLIND_793 = [
    # photo: red Banarasi silk saree, gold zari border and gold woven buttas, matching red blouse with gold edging;
    # model in gold jhumkas (no necklace), white backdrop, front view. All texts: VQA adapter, closed via reference.
    case(
        "X793-001",
        caption("a woman in a red saree with a gold border standing against a white wall"),
        saree("red"),
        blouse(
            "red red red red red red red red red red red red red red red red red red red red red red red red red",
            "loop",
            hit_limit=True,
        ),
        border("gold"),
        worn("a red saree with a gold border and a gold necklace", "unsupported"),
        Q.pattern("woven"),
        is_a("saree", "yes"),
        title="Mitera Red & Gold-Toned Woven Design Banarasi Saree",
        category=SAREES,
        color="Red",
        gender=W,
    ),
    # photo: navy blue poly georgette saree with small white polka dots, plain navy border, navy blouse; white
    # backdrop, three-quarter view, model holds the pallu. VQA adapter.
    case(
        "X793-002",
        caption("a woman in a blue and white polka dot saree"),
        saree("navy blue"),
        blouse("white", "other_garment_color"),
        border("blue"),
        Q.material("silk", "contradiction"),
        worn("a blue saree with white dots"),
        details("saree", "the saree has white polka dots and a lace border", "unsupported"),
        title="Saree mall Navy Blue Polka Dot Printed Poly Georgette Saree",
        category=SAREES,
        color="Navy Blue",
        gender=W,
    ),
    # photo: mustard cotton saree with maroon border and a maroon ikat pallu, maroon blouse; pale grey backdrop.
    # VQA adapter.
    case(
        "X793-003",
        caption("a woman wearing a yellow saree with a red border"),
        saree("maroon", "other_garment_color"),
        blouse("maroon"),
        border(
            "maroon and yellow and maroon and yellow and maroon and yellow and maroon and yellow and maroon and",
            "loop",
            hit_limit=True,
        ),
        worn("a yellow saree and a red blouse"),
        describe("saree", "a yellow saree with a green border", "contradiction"),
        title="Kalini Mustard & Maroon Ikat Woven Cotton Saree",
        category=SAREES,
        color="Mustard",
        gender=W,
    ),
    # photo: plain pink chiffon saree with a silver sequin border, sleeveless pink blouse; model holds a silver
    # clutch; white backdrop. VQA adapter.
    case(
        "X793-004",
        caption("a woman in a pink saree holding a silver clutch"),
        saree("pink"),
        blouse("silver", "other_garment_color"),
        border("silver"),
        worn("she is wearing a pink saree with silver border"),
        Q.material("chiffon"),
        details(
            "saree",
            "the saree has a silver sequin border along the edge and the pallu, a plain pink body and a "
            "matching pink sleeveless blouse with a",
            "cut",
            hit_limit=True,
        ),
        title="Inddus Pink Embellished Chiffon Saree",
        category=SAREES,
        color="Pink",
        gender=W,
    ),
    # photo: bottle green art silk Kanjeevaram saree, magenta border with gold zari, magenta blouse; gold temple
    # necklace; white backdrop, side pose. VQA adapter.
    case(
        "X793-005",
        caption("a woman in a green and pink saree"),
        saree("green"),
        blouse("green", "other_garment_color"),
        border("pink Question: What is the color of the blouse? Answer: pink", "leak"),
        worn("she is wearing a green saree with pink border and gold jewellery"),
        is_a("saree", "yes"),
        Q.material("silk"),
        details(
            "saree",
            "the saree has a pink border with gold zari and the pallu has gold zari and the pallu has gold zari and",
            "loop",
            hit_limit=True,
        ),
        title="Mimosa Green & Magenta Art Silk Kanjeevaram Saree",
        category=SAREES,
        color="Green",
        gender=W,
    ),
    # photo: black georgette saree with an all-over red floral print, thin red border, black blouse; full length but
    # the feet hidden under the saree; white backdrop. VQA adapter.
    case(
        "X793-006",
        caption("a woman in a black saree with red flowers"),
        saree("red", "contradiction"),
        blouse("black"),
        border("red"),
        Q.pattern("floral"),
        describe("saree", "a black saree with red flowers and a red border"),
        worn("a black and red saree with a black blouse and black heels", "unsupported"),
        title="Anouk Black & Red Floral Printed Georgette Saree",
        category=SAREES,
        color="Black",
        gender=W,
    ),
    # photo: off-white Kerala kasavu cotton saree with a gold zari border, bottle green blouse; white backdrop.
    # VQA adapter.
    case(
        "X793-007",
        caption("a woman in a white saree with gold border and a green blouse"),
        saree("white"),
        blouse(
            "green green green green green green green green green green green green green green green green "
            "green green green green green green",
            "loop",
            hit_limit=True,
        ),
        border("gold"),
        worn("he is wearing a white saree", "pronoun"),
        Q.material("cotton"),
        describe("saree", "the saree is white with a gold border and a green blouse"),
        Q.pattern("floral", "contradiction"),
        title="Kasavu Off White & Gold-Toned Zari Border Cotton Saree",
        category=SAREES,
        color="Off White",
        gender=W,
    ),
    # photo: lavender organza saree with silver floral embroidery and a plain scalloped edge, lavender blouse; model
    # half turned, looking over her shoulder; white backdrop. VQA adapter.
    case(
        "X793-008",
        caption("a woman in a purple saree looking over her shoulder"),
        saree("lavender"),
        blouse("purple"),
        border("the color of the border is the color of the border", "restated"),
        details("saree", "the saree has silver embroidery and a scalloped border with pearl tassels", "unsupported"),
        Q.pattern("embroidered"),
        title="Sangria Lavender Embroidered Organza Saree",
        category=SAREES,
        color="Lavender",
        gender=W,
    ),
    # photo: teal blue woven saree with copper zari border, copper-brown brocade blouse; beige textured studio wall.
    # VQA adapter.
    case(
        "X793-009",
        caption("a woman in a blue saree standing in front of a beige wall"),
        saree("beige", "contradiction"),
        blouse("brown"),
        border("brown and gold"),
        worn("a blue saree and a brown blouse Question: What is the color of the saree? Answer: blue", "leak"),
        is_a("saree", "yes"),
        title="Teal Blue & Copper-Toned Woven Design Saree",
        category=SAREES,
        color="Teal",
        gender=W,
    ),
    # photo: lemon yellow georgette saree with a leheriya print (diagonal waves of yellow, orange, pink), orange
    # border, orange blouse; white backdrop. VQA adapter.
    case(
        "X793-010",
        caption("a woman in a yellow and orange striped saree"),
        saree("yellow"),
        blouse("yellow", "other_garment_color"),
        border("orange"),
        Q.pattern("striped"),
        describe("saree", "saree", "non_answer"),
        worn(
            "she is wearing a yellow saree with orange border and orange blouse and she is wearing a yellow saree with",
            "loop",
            hit_limit=True,
        ),
        title="Yellow & Orange Leheriya Printed Georgette Saree",
        category=SAREES,
        color="Yellow",
        gender=W,
    ),
    # photo: maroon Banarasi silk blend saree, wide gold zari border with paisley motifs, gold brocade blouse with
    # elbow sleeves; outdoor shoot in a haveli courtyard with arches. VQA adapter.
    case(
        "X793-011",
        caption("a woman in a maroon saree standing in front of a building"),
        saree("maroon"),
        blouse("gold"),
        border("gold"),
        worn("a red saree"),
        Q.material("silk"),
        is_a("saree", "no", "contradiction"),
        details(
            "saree",
            "the saree has a wide gold zari border with paisley motifs and the blouse has elbow length "
            "sleeves with a gold",
            "cut",
            hit_limit=True,
        ),
        title="Maroon & Gold-Toned Banarasi Silk Blend Saree",
        category=SAREES,
        color="Maroon",
        gender=W,
    ),
    # photo: white crepe saree with a black geometric print, black border, black blouse; white backdrop. VQA adapter.
    case(
        "X793-012",
        caption("a woman wearing a black and white saree and a black blouse"),
        saree("black", "other_garment_color"),
        blouse("black"),
        border("black"),
        Q.pattern("printed"),
        Q.material("crepe"),
        worn("a black saree and a white blouse", "contradiction"),
        details("saree", "the saree has a black geometric print and a black border with tassels", "unsupported"),
        title="White & Black Geometric Print Crepe Saree",
        category=SAREES,
        color="White",
        gender=W,
    ),
    # photo: peach net saree with tonal sequin work all over, peach border with sequins, peach blouse; white
    # backdrop. VQA adapter.
    case(
        "X793-013",
        caption("a woman in a pink dress", "contradiction"),
        saree("pink"),
        blouse("peach"),
        border(
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach "
            "peach peach peach peach",
            "loop",
            hit_limit=True,
        ),
        Q.material("net"),
        worn(
            "she is wearing a peach saree with a peach blouse Question: What is the color of the saree? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "saree",
            "a peach saree with sequins all over the body and a peach border with sequins and a peach blouse with",
            "cut",
            hit_limit=True,
        ),
        title="Peach-Coloured Embellished Net Saree",
        category=SAREES,
        color="Peach",
        gender=W,
    ),
    # photo: royal blue silk saree with silver zari border, contrast pink blouse; white backdrop; no accessories
    # other than earrings. VQA adapter.
    case(
        "X793-014",
        caption("a woman in a blue saree with a pink blouse"),
        saree("blue"),
        blouse("blue", "other_garment_color"),
        border("silver"),
        worn(
            "a blue saree with a pink blouse and a pink blouse and a pink blouse and a pink blouse and a pink",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.material("silk"),
        details(
            "saree", "the saree has a silver border and the pallu has silver tassels and a silver brooch", "unsupported"
        ),
        title="Royal Blue & Pink Woven Silk Saree",
        category=SAREES,
        color="Blue",
        gender=W,
    ),
    # photo: no model: a folded beige tussar saree showing a rust block-printed border, the rust blouse piece folded
    # beside it; white backdrop, top view. VQA adapter.
    case(
        "X793-015",
        caption("a folded beige saree with orange border on a white background"),
        saree("orange", "other_garment_color"),
        blouse("orange"),
        border("orange"),
        worn("she is wearing a beige saree", "unsupported"),
        describe("saree", "a beige saree with an orange border and block printed motifs"),
        is_a("saree", "no", "contradiction"),
        title="Beige & Rust Block Printed Tussar Silk Saree",
        category=SAREES,
        color="Beige",
        gender=W,
    ),
    # photo: magenta bandhani georgette saree with white tie-dye dots, gold gota border, magenta blouse; white
    # backdrop. VQA adapter.
    case(
        "X793-016",
        caption("a woman in a pink saree with white dots"),
        saree("pink"),
        blouse("pink"),
        border("white", "other_garment_color"),
        Q.pattern("polka dot"),
        worn("Question: What is the woman wearing? Answer: a pink saree", "leak"),
        Q.material("georgette"),
        details("saree", "the saree has white dots and a gold border with mirror work", "unsupported"),
        title="Magenta Bandhani Georgette Saree With Gota Border",
        category=SAREES,
        color="Magenta",
        gender=W,
    ),
    # photo: olive green handloom cotton saree with thin mustard stripes, mustard border, plain pallu without
    # tassels, contrast black blouse; white backdrop. VQA adapter.
    case(
        "X793-017",
        caption("a woman in a green saree with yellow stripes and a black blouse"),
        saree("green"),
        blouse("black"),
        border("green", "other_garment_color"),
        worn("the woman is wearing a saree"),
        Q.material("silk", "contradiction"),
        details(
            "saree", "the saree has thin yellow stripes and a yellow border with tassels on the pallu", "unsupported"
        ),
        title="Olive Green & Mustard Striped Handloom Cotton Saree",
        category=SAREES,
        color="Olive",
        gender=W,
    ),
    # photo: Bengali white cotton saree with a broad red border, red blouse; model wears a red bindi and red and white
    # bangles; white backdrop. VQA adapter. The feed row has no gender.
    case(
        "X793-018",
        caption("a woman in a white saree with red border"),
        saree("red", "other_garment_color"),
        blouse("red"),
        border("red"),
        worn("a white saree with red border and a red blouse and a red bindi"),
        is_a("saree", "yes"),
        Q.material("silk", "contradiction"),
        describe("saree", "white", "non_answer"),
        title="White & Red Solid Cotton Saree with Border",
        category=SAREES,
        color="White",
    ),
    # photo: black georgette party saree covered in black sequins, black sequinned border, sleeveless black blouse;
    # dark grey backdrop. VQA adapter.
    case(
        "X793-019",
        caption("a woman in a black saree"),
        saree("black"),
        blouse("black"),
        border("black"),
        describe("saree", "a black saree with sequins all over and a black sleeveless blouse"),
        details(
            "saree",
            "sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins "
            "sequins sequins sequins",
            "loop",
            hit_limit=True,
        ),
        worn("he is wearing a black saree", "pronoun"),
        Q.material("net", "contradiction"),
        title="Black Sequinned Georgette Party Saree",
        category=SAREES,
        color="Black",
        gender=W,
    ),
    # photo: sea green organza saree printed with pink roses, thin gold border, sea green blouse; model's hands
    # empty; white backdrop. VQA adapter.
    case(
        "X793-020",
        caption("a woman in a green floral saree holding a flower", "unsupported"),
        saree("green"),
        blouse("pink", "other_garment_color"),
        border("gold"),
        Q.pattern("floral"),
        Q.material("organza"),
        worn("a dress", "contradiction"),
        describe("saree", "the saree is a saree", "restated"),
        title="Sea Green Floral Printed Organza Saree",
        category=SAREES,
        color="Sea Green",
        gender=W,
    ),
    # photo: charcoal grey linen saree with a silver zari border, white blouse; plain white backdrop, nothing else in
    # frame. VQA adapter.
    case(
        "X793-021",
        caption("a woman in a grey saree and a white blouse standing next to a plant", "unsupported"),
        saree("grey"),
        blouse(
            "white white white white white white white white white white white white white white white white "
            "white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        border("silver"),
        Q.material("cotton", "contradiction"),
        worn("he is wearing a grey saree and a white blouse", "pronoun"),
        title="Charcoal Grey Linen Saree with Silver Zari Border",
        category=SAREES,
        color="Charcoal",
        gender=W,
    ),
    # photo: half-and-half art silk saree, orange pleats and a pink pallu, gold border, pink blouse; white backdrop.
    # VQA adapter.
    case(
        "X793-022",
        caption("a woman in an orange and pink saree"),
        saree("orange"),
        blouse("orange", "other_garment_color"),
        border(
            "gold and pink and gold and pink and gold and pink and gold and pink and gold and pink and gold",
            "loop",
            hit_limit=True,
        ),
        worn("she is wearing an orange and pink saree with gold border and pink blouse"),
        describe(
            "saree",
            "the saree is orange and the pallu is pink with a gold border and the blouse is pink with",
            "cut",
            hit_limit=True,
        ),
        title="Orange & Pink Half and Half Art Silk Saree",
        category=SAREES,
        color="Orange",
        gender=W,
    ),
    # photo: plain navy blue silk saree with a wide red contrast border, red blouse; white backdrop. VQA adapter. The
    # feed row has no color.
    case(
        "X793-023",
        caption("a woman in a blue saree with a red border"),
        saree("red", "other_garment_color"),
        blouse("red"),
        border("red"),
        is_a("saree", "yes"),
        Q.material("silk"),
        Q.pattern("solid"),
        worn("blue", "non_answer"),
        describe("saree", "the saree is blue with a red border and a red blouse with sequins", "unsupported"),
        title="Navy Blue & Red Contrast Border Silk Saree",
        category=SAREES,
        gender=W,
    ),
    # photo: plain lime green chiffon saree with a thin pink border, pink blouse; outdoor, a garden with trees
    # behind. VQA adapter.
    case(
        "X793-024",
        caption("a woman in a green saree standing in a garden"),
        saree("green"),
        blouse("green", "other_garment_color"),
        border("pink"),
        worn(
            "a green saree with a pink blouse and a green saree with a pink blouse and a green saree with a pink",
            "loop",
            hit_limit=True,
        ),
        details("saree", "the saree is plain with a thin pink border"),
        Q.material("silk", "contradiction"),
        title="Lime Green Solid Chiffon Saree",
        category=SAREES,
        color="Lime Green",
        gender=W,
    ),
    # photo: burgundy georgette saree with a velvet border embroidered in gold, burgundy velvet blouse; front view,
    # the blouse's back not visible; white backdrop. VQA adapter.
    case(
        "X793-025",
        caption("a woman in a purple saree", "contradiction"),
        saree("maroon"),
        blouse("maroon"),
        border("maroon with gold embroidery"),
        Q.material("georgette"),
        worn(
            "Question: What is she wearing? Answer: a maroon saree Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        details(
            "saree",
            "the border is velvet with gold embroidery and the blouse is velvet with a zip at the back",
            "unsupported",
        ),
        title="Burgundy Velvet Border Georgette Saree",
        category=SAREES,
        color="Burgundy",
        gender=W,
    ),
    # photo: multicolor patola-print art silk saree (red, green, yellow and black geometric print), red border,
    # black blouse; petticoat hidden; white backdrop. VQA adapter.
    case(
        "X793-026",
        caption("a woman in a colorful saree and a black blouse"),
        saree("multicolor"),
        blouse("red", "other_garment_color"),
        border("red"),
        Q.pattern("printed"),
        describe(
            "saree",
            "a red and green and yellow and black and red and green and yellow and black and red and green",
            "loop",
            hit_limit=True,
        ),
        worn("a saree and a black blouse and a black skirt", "unsupported"),
        title="Multi Patola Printed Art Silk Saree",
        category=SAREES,
        color="Multi",
        gender=W,
    ),
    # photo: mint green georgette saree with white thread embroidery and a white embroidered scalloped border, white
    # blouse; white backdrop. VQA adapter. The feed row has no gender.
    case(
        "X793-027",
        caption("a woman in a light green saree"),
        saree("white", "other_garment_color"),
        blouse("white"),
        border("white"),
        Q.material("georgette"),
        details(
            "saree",
            "the saree has white embroidery and the border has white embroidery and the blouse has white "
            "embroidery and the",
            "loop",
            hit_limit=True,
        ),
        worn("she is wearing a white saree", "other_garment_color"),
        title="Mint Green Embroidered Georgette Saree",
        category=SAREES,
        color="Green",
    ),
    # photo: coral ruffled georgette saree with ruffled hem instead of a border, coral blouse; no belt; white
    # backdrop. VQA adapter.
    case(
        "X793-028",
        caption("a woman in a red saree with ruffles"),
        saree("red"),
        blouse("red"),
        border("yes", "non_answer"),
        worn("she is wearing a red saree and a red blouse with a belt", "unsupported"),
        Q.pattern("floral", "contradiction"),
        Q.material("cotton", "contradiction"),
        title="Coral Solid Ruffled Georgette Saree",
        category=SAREES,
        color="Coral",
        gender=W,
    ),
    # photo: mustard Kanjeevaram silk saree with a green zari border, green blouse; gold jewellery and jasmine in her
    # hair; outdoor, temple stone pillars behind. VQA adapter.
    case(
        "X793-029",
        caption("a woman in a yellow saree standing in front of a temple"),
        saree("yellow"),
        blouse("green"),
        border("yellow", "other_garment_color"),
        Q.material("silk"),
        worn(
            "a yellow saree with a green border and a green blouse, gold jewellery and jasmine flowers in her hair and",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Mustard & Green Zari Woven Kanjeevaram Saree",
        category=SAREES,
        color="Mustard",
        gender=W,
    ),
    # photo: plain powder blue chiffon saree with a silver lace border, white blouse; white backdrop. VQA adapter.
    case(
        "X793-030",
        caption("a woman in a blue saree with white blouse"),
        saree("blue"),
        blouse("blue", "other_garment_color"),
        border("silver Question: What is the color of the blouse? Answer: white", "leak"),
        Q.pattern("solid"),
        Q.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon "
            "chiffon chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        title="Powder Blue Solid Chiffon Saree with Lace Border",
        category=SAREES,
        color="Blue",
        gender=W,
    ),
    # photo: coffee brown cotton saree with off-white kantha embroidery and an off-white embroidered border, brown
    # blouse; model's hands empty; white backdrop. VQA adapter.
    case(
        "X793-031",
        caption("a woman in a brown saree with white embroidery"),
        saree("brown"),
        blouse("brown"),
        border("white"),
        worn("the woman is wearing a brown saree and a brown blouse and she is holding a bag", "unsupported"),
        describe("saree", "brown", "non_answer"),
        Q.material("silk", "contradiction"),
        title="Brown Kantha Embroidered Cotton Saree",
        category=SAREES,
        color="Brown",
        gender=W,
    ),
    # photo: red net saree with a heavy gold embroidered border, red blouse with gold work; maang tikka; white
    # backdrop. VQA adapter.
    case(
        "X793-032",
        caption("a woman in a red saree with gold embroidery"),
        saree("red"),
        blouse("red"),
        border("gold"),
        worn("she is wearing a red saree"),
        details("saree", "the details of the saree are the details of the saree", "restated"),
        is_a("saree", "no", "contradiction"),
        title="Red Embroidered Net Saree",
        category=SAREES,
        color="Red",
        gender=W,
    ),
    # photo: purple art silk saree with small gold woven buttis, mustard border, mustard blouse; white backdrop.
    # VQA adapter.
    case(
        "X793-033",
        caption("a woman in a purple saree with yellow border"),
        saree("purple"),
        blouse("yellow"),
        border("purple", "other_garment_color"),
        worn("a purple saree with a purple blouse", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        describe("saree", "purple", "non_answer"),
        title="Purple & Mustard Woven Design Art Silk Saree",
        category=SAREES,
        color="Purple",
        gender=W,
    ),
    # photo: off-white Kerala tissue saree with a gold border, gold tissue blouse; white backdrop. VQA adapter.
    case(
        "X793-034",
        caption("a woman in a white and gold saree Question: What is the color of the saree? Answer: white", "leak"),
        saree("white"),
        blouse("white", "other_garment_color"),
        border("gold"),
        worn("a white saree with gold border"),
        Q.material("tissue"),
        describe(
            "saree",
            "the saree is white and gold with a gold border and a gold blouse and a gold border and a gold blouse",
            "loop",
            hit_limit=True,
        ),
        title="Off-White & Gold-Toned Tissue Saree",
        category=SAREES,
        color="Off White",
        gender=W,
    ),
    # photo: black and white gingham-checked cotton saree, red border, red blouse; white backdrop. VQA adapter.
    case(
        "X793-035",
        caption("a woman in a black and white checkered saree"),
        saree("black"),
        blouse("white", "other_garment_color"),
        border("red"),
        Q.pattern("checked"),
        worn(
            "she is wearing a black and white checked saree with a red border and a red blouse with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "contradiction"),
        title="Black & White Checked Cotton Saree",
        category=SAREES,
        color="Black",
        gender=W,
    ),
    # photo: rani pink silk saree with a gold zari border, contrast green blouse; model seated on a wooden chair;
    # white backdrop. VQA adapter.
    case(
        "X793-036",
        caption("a woman sitting on a chair wearing a pink saree"),
        saree("pink"),
        blouse("pink", "other_garment_color"),
        border("gold"),
        worn("he is wearing a pink saree with a green blouse", "pronoun"),
        is_a("saree", "yes"),
        Q.material("cotton", "contradiction"),
        details("saree", "the saree has gold border and a gold blouse", "other_garment_color"),
        title="Pink & Green Zari Border Silk Saree",
        category=SAREES,
        color="Pink",
        gender=W,
    ),
    # photo: cream georgette saree with a multicolor floral digital print (blue, pink flowers, green leaves), blue
    # border, blue blouse; shot from the knees up; white backdrop. VQA adapter.
    case(
        "X793-037",
        caption("a woman in a white floral saree and a blue blouse"),
        saree("blue", "other_garment_color"),
        blouse("blue"),
        border("blue"),
        Q.pattern("floral"),
        describe(
            "saree",
            "a white saree with pink and blue flowers and green leaves and a blue border and a blue",
            "cut",
            hit_limit=True,
        ),
        worn("she is wearing a cream saree with flowers and a blue blouse and blue heels", "unsupported"),
        title="Cream & Blue Floral Digital Print Georgette Saree",
        category=SAREES,
        color="Cream",
        gender=W,
    ),
    # photo: silver-grey satin saree with a plain edge and a black waist belt (black buckle), black crop blouse;
    # white backdrop. VQA adapter.
    case(
        "X793-038",
        caption("a woman in a silver dress with a black belt", "contradiction"),
        saree("grey"),
        blouse("black"),
        border("the color of the border", "restated"),
        worn("a grey saree with a black belt and a black blouse"),
        Q.material("satin"),
        details("saree", "the saree has a slit and a black belt with a gold buckle", "unsupported"),
        title="Silver-Toned Satin Saree with Belt",
        category=SAREES,
        color="Silver",
        gender=W,
    ),
    # photo: very dark navy crepe saree that reads as black under the studio light, thin navy satin piping at the
    # edge, black blouse; white backdrop. VQA adapter.
    case(
        "X793-039",
        caption("a woman in a black saree and black blouse"),
        saree("black"),
        blouse("black"),
        border("blue"),
        worn("black saree"),
        Q.material("silk", "contradiction"),
        is_a("saree", "yes"),
        describe("saree", "the saree is black with a sequin border", "unsupported"),
        title="Navy Blue Solid Crepe Saree",
        category=SAREES,
        color="Navy Blue",
        gender=W,
    ),
    # photo: red cotton saree with black ajrakh block print, black border, black blouse; white backdrop. VQA adapter.
    case(
        "X793-040",
        caption("a woman in a red and black saree"),
        saree("black", "other_garment_color"),
        blouse("black"),
        border("black and red"),
        worn("a red saree with black print Question: What is the color of the border? Answer: black", "leak"),
        Q.pattern("printed"),
        Q.material("the material is the material of the saree", "restated"),
        title="Red & Black Ajrakh Block Print Cotton Saree",
        category=SAREES,
        color="Red",
        gender=W,
    ),
    # photo: plain gold tissue saree, gold border, maroon blouse; white backdrop. VQA adapter.
    case(
        "X793-041",
        caption("a woman in a gold saree and a maroon blouse"),
        saree("gold"),
        blouse("gold", "other_garment_color"),
        border("gold"),
        worn("yes", "non_answer"),
        describe("saree", "a gold saree with a maroon blouse"),
        Q.pattern("printed", "contradiction"),
        title="Gold-Toned Solid Tissue Saree",
        category=SAREES,
        color="Gold",
        gender=W,
    ),
    # photo: baby pink chanderi saree with white thread embroidery on the border, pink blouse; model holds a pink
    # potli bag; white backdrop. VQA adapter.
    case(
        "X793-042",
        caption("a woman in a pink saree holding a pink bag"),
        saree("pink"),
        blouse("pink"),
        border("pink and white"),
        worn("he is wearing a pink saree and holding a bag", "pronoun"),
        details("saree", "the saree has white embroidery on the border"),
        describe("saree", "a pink saree with silver sequins and mirror work", "unsupported"),
        title="Baby Pink Embroidered Chanderi Saree",
        category=SAREES,
        color="Pink",
        gender=W,
    ),
    # photo: back view: bottle green georgette saree with gold foil print, gold border, green blouse with a tie-up
    # back and tassels; white backdrop. VQA adapter.
    case(
        "X793-043",
        caption("a woman in a green saree"),
        saree("green"),
        blouse("green"),
        border("gold"),
        details("saree", "the blouse has a tie up back with tassels"),
        worn(
            "she is wearing a green saree with a gold border and a green blouse with a tie up back with tassels and",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        describe("saree", "the saree is the saree of the woman", "restated"),
        title="Green & Gold-Toned Foil Printed Georgette Saree",
        category=SAREES,
        color="Green",
        gender=W,
    ),
    # photo: turquoise blue cotton silk saree, orange border, orange blouse; white backdrop. VQA adapter.
    case(
        "X793-044",
        caption("a woman in a blue saree with orange border and orange blouse"),
        saree("orange", "other_garment_color"),
        blouse(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        border("orange"),
        worn("he is wearing a blue saree with orange border", "pronoun"),
        Q.material("cotton silk"),
        describe("saree", "a blue saree with an orange border and orange tassels on the pallu", "unsupported"),
        title="Turquoise Blue & Orange Cotton Silk Saree",
        category=SAREES,
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: rust silk saree with a green temple border woven in gold, green blouse; pallu with plain gold stripes,
    # no figures; model against a pink painted wall. VQA adapter.
    case(
        "X793-045",
        caption("a woman in an orange saree in front of a pink wall"),
        saree("pink", "contradiction"),
        blouse("green"),
        border("green with gold"),
        worn("an orange saree with a green blouse"),
        details(
            "saree", "the border has temple motifs in gold and the pallu has gold stripes and a peacock", "unsupported"
        ),
        Q.material("cotton", "contradiction"),
        title="Rust & Green Temple Border Silk Saree",
        category=SAREES,
        color="Rust",
        gender=W,
    ),
    # photo: white cotton saree with indigo dabu print, indigo blue border, white blouse; white backdrop. VQA adapter.
    # The feed row has no category.
    case(
        "X793-046",
        caption("a woman in a white and blue saree"),
        saree("white"),
        blouse("blue", "other_garment_color"),
        border("blue"),
        Q.pattern("printed"),
        worn("the woman is wearing a white saree with blue print and a blue blouse", "other_garment_color"),
        Q.material("cotton Question: What material is the garment made of? Answer: cotton", "leak"),
        title="White & Blue Dabu Print Cotton Saree",
        color="White",
        gender=W,
    ),
]
