"""BLIND_809 (46 products; Myntra sarees/lehengas, captions + extractive QA): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 87/131 failures found (66.4%) and 17/183 correct texts flagged
(9.3%). The writer's notes, verbatim:

Scenario: a night's enrichment of Myntra women's ethnic wear, 24 sarees and 22 lehenga cholis. Catalog shots: a model
on a white or grey studio backdrop, some on a styled set (carved door, swing, pillar, marigold garlands, brass lamp).
Each product is captioned, then every open question is answered by extractive QA over the caption, and the color of
each piece is asked on its own (saree and blouse; lehenga, choli and dupatta). Closed questions (garment type, color
of the garment, pattern, sleeve length) come from enrich's reference engine. Seller columns as the feed has them:
title, category (Sarees / Lehenga Choli), color; three rows lack one column.

Who wrote what: captions come from two shards. Shard A (30 products) was captioned by the untuned base
Salesforce/blip2-opt-2.7b: short lowercase captions ("a woman in a red saree with gold border") that stop on their
own, get the main hue mostly right, often forget the blouse or the choli, misjudge dark or pale shades, and invent
context (a wedding, a temple, a clutch, a necklace). Shard B (16 products) was captioned by the epoch-1 caption adapter
leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch: DeepFashion template wording ("the lady wears a ... with
floral patterns. the saree is with chiffon fabric."), lehengas called long skirts, blouses called tops, a fabric
claimed for everything, "his"/"the gentleman" now and then; it has no end token, so every caption runs to the 50-token
limit and ends in a loop or mid-phrase, and a few run on into the "question: ... answer: ..." format. Every open
answer is a span that timpal0l/mdeberta-v3-base-squad2 took from that product's caption (empty when it found none),
so a caption's error travels into its answers, and a piece the caption does not name gets whatever color is there.

Labeling conventions and judgement calls:
- The photo decides. A span that gives the blouse or choli the saree's color is correct when the blouse really
  matches (many sarees come with a matching blouse piece), and other_garment_color when it does not.
- A two-color span ("red and green") given to a piece that has only one of the two colors is other_garment_color.
- A wrong hue that belongs to no piece in the photo is contradiction; so is a wrong garment type or pattern from the
  reference engine (dress, skirt or saree for a lehenga choli; solid for a woven or foil-printed piece).
- Shades in the seller's own group are correct: red for maroon, pink for magenta or peach, white for cream or off
  white, yellow for mustard, green for olive, sea green or lime green, blue for navy or sky blue, purple for lavender.
- A lehenga called a "long skirt", a blouse a "top", a dupatta a "scarf" and checks "lattice patterns" is the
  adapter's vocabulary, not a failure, when the hue and pattern are right.
- A fabric claim is unsupported when the title names another fabric or none and the photo shows another (chiffon for
  georgette or net, cotton for linen); it is correct when the title names that fabric ("Art Silk" answered silk).
- Invented context or accessories (wedding, temple, clutch, necklace, a flower in her hair, durga puja, actress)
  are unsupported; accessories really worn (jhumkas, bangles, a gold necklace) and props really there are correct.
- A color question answered with a pattern ("floral patterns", "pure color patterns"), an empty span, a bare
  garment echo or a one-word/color-only reply to describe or details is non_answer; a span that only says the
  question back ("the lady wears", "the color of the skirt", "what is the lady wearing") is restated.
- Adapter captions always hit the token limit (hit_limit=True). With one label per text, I label a caption loop when
  its tail repeats, cut when it stops mid-phrase with nothing else wrong, and otherwise the earlier error (pronoun,
  leak, another garment's color). A span that stops mid-phrase (at a cut caption's end or not) is cut; a span
  that repeats the caption's loop is loop; spans never hit a limit themselves.
- A closed color that is really another piece's (the red blouse of a white saree, the white dupatta of a blue
  lehenga, the gold border-and-blouse of a cream kasavu) is other_garment_color, not contradiction.
- "his"/"the gentleman" for these women models is pronoun, whether in a caption or in a span taken from it.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing


def piece(garment, text, failure=None):
    """One piece's color, asked open and answered by extractive QA over the caption."""
    return color_of(garment, text, failure, kind="open")


W = "Women"

BLIND_809 = [
    # photo: magenta georgette saree with a gold zari border, matching magenta blouse, gold jhumkas, white backdrop,
    # front view. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-001",
        caption("a woman in a pink saree with gold border"),
        wearing("a pink saree with gold border"),
        piece("saree", "pink"),
        piece("blouse", "pink"),
        Q.garment_type("saree"),
        Q.color("magenta"),
        material("", "non_answer"),
        title="Mitera Magenta Georgette Saree with Zari Border",
        category="Sarees",
        color="Magenta",
        gender=W,
    ),
    # photo: red Banarasi saree with gold woven buti and a green-and-gold border, contrast green blouse, model seated
    # on a wooden chair, beige studio backdrop. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-002",
        caption("a woman in a red and green saree sitting on a chair"),
        wearing("a red and green saree"),
        piece("saree", "red and green"),
        piece("blouse", "red and green", "other_garment_color"),
        Q.garment_type("saree"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        title="Saree mall Red & Green Silk Blend Woven Design Banarasi Saree",
        category="Sarees",
        color="Red",
        gender=W,
    ),
    # photo: navy blue lehenga with silver sequin embroidery, peach choli, peach net dupatta over one arm, grey
    # backdrop, full-length front view. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-003",
        caption("a woman in a blue lehenga with a pink dupatta"),
        wearing("a blue lehenga with a pink dupatta"),
        piece("lehenga", "blue"),
        piece("choli", "pink"),
        piece("dupatta", "pink"),
        Q.garment_type("lehenga choli"),
        Q.color("navy blue"),
        title="Inddus Navy Blue & Peach Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender=W,
    ),
    # photo: mustard cotton saree with black block print, plain black blouse, white backdrop, front view.
    # Epoch-1 caption adapter caption (loops to the limit); QA spans; reference engine for closed.
    case(
        "X809-004",
        caption(
            "the lady wears a yellow saree with graphic patterns. the saree is with cotton fabric. the lady wears a "
            "yellow saree with graphic patterns. the saree is with cotton fabric. the lady wears a yellow",
            "loop",
            hit_limit=True,
        ),
        wearing("the lady wears", "restated", who="the lady"),
        piece("saree", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        describe(
            "saree",
            "a yellow saree with graphic patterns. the saree is with cotton fabric. the lady wears a yellow saree "
            "with graphic patterns",
            "loop",
        ),
        material("cotton"),
        Q.garment_type("saree"),
        Q.color("mustard"),
        title="Prafful Mustard & Black Block Print Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender=W,
    ),
    # photo: maroon velvet lehenga with gold zari embroidery, maroon short-sleeved choli, gold tissue dupatta, small
    # stud earrings only, white backdrop. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-005",
        caption("a bride in a red lehenga with gold jewelry", "unsupported"),
        wearing("a red lehenga"),
        piece("lehenga", "red"),
        piece("choli", "red"),
        piece("dupatta", "gold"),
        Q.garment_type("lehenga choli"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Ethnic Junction Women Maroon Velvet Lehenga Choli",
        category="Lehenga Choli",
        color="Maroon",
        gender=W,
    ),
    # photo: sea green chiffon saree with a small white floral print, matching sea green sleeveless blouse, styled
    # set with potted plants beside her. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-006",
        caption("a woman in a green saree standing next to a plant"),
        wearing("a green saree"),
        piece("saree", "green"),
        piece("blouse", "green"),
        describe("saree", "green", "non_answer"),
        Q.pattern("floral"),
        Q.garment_type("saree"),
        title="Shaily Sea Green Floral Print Chiffon Saree",
        category="Sarees",
        color="Sea Green",
        gender=W,
    ),
    # photo: rani pink lehenga with a gold gota patti border, matching pink short-sleeved choli, pink net dupatta over
    # one shoulder, white backdrop, full-length front view. Epoch-1 adapter caption; QA spans; reference engine.
    case(
        "X809-007",
        caption(
            "the lady wears a pink long skirt with solid color patterns. the skirt is with chiffon fabric. his top "
            "has short sleeves, chiffon fabric and solid color patterns. the lady also wears a pink dupatta with",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a pink long skirt with solid color patterns"),
        piece("lehenga", "pink"),
        piece("choli", "pink"),
        piece("dupatta", "pink dupatta with", "cut"),
        details("choli", "his top has short sleeves", "pronoun"),
        material("chiffon", "unsupported"),
        Q.garment_type("lehenga choli"),
        title="Fabcartz Pink Gota Patti Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender=W,
    ),
    # photo: black georgette saree with a silver sequinned border, black blouse, white backdrop, three-quarter side
    # pose. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-008",
        caption("a woman in a black saree with silver sequins"),
        wearing("a black saree with silver sequins"),
        piece("saree", "black"),
        piece("blouse", "black"),
        describe("saree", "a black saree with silver sequins"),
        Q.color("black"),
        Q.pattern("embellished"),
        title="Mitera Black Sequinned Georgette Saree",
        category="Sarees",
        color="Black",
        gender=W,
    ),
    # photo: off-white handloom cotton saree with a broad red border (lal paar), red blouse, grey backdrop, front
    # view. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-009",
        caption("a woman in a white saree with red border during durga puja", "unsupported"),
        wearing("a white saree with red border"),
        piece("saree", "white"),
        piece("blouse", "white", "other_garment_color"),
        Q.color("red", "other_garment_color"),
        material("", "non_answer"),
        title="Prafful Off White & Red Handloom Cotton Saree",
        category="Sarees",
        color="Off White",
        gender=W,
    ),
    # photo: mustard lehenga with multicolor mirror work, green sleeveless choli, green dupatta, white backdrop,
    # full-length. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-010",
        caption("a woman in a yellow and green lehenga at a mehndi ceremony", "unsupported"),
        wearing("a yellow and green lehenga"),
        piece("lehenga", "yellow and green", "other_garment_color"),
        piece("choli", "yellow", "other_garment_color"),
        piece("dupatta", "green"),
        Q.garment_type("lehenga choli"),
        Q.sleeve_length("sleeveless"),
        title="Ethnic Junction Mustard & Green Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Mustard",
        gender=W,
    ),
    # photo: navy blue art silk saree with gold zari checks, gold brocade blouse, styled set with a brass lamp stand
    # beside her. Epoch-1 adapter caption (loops); QA spans; reference engine for closed.
    case(
        "X809-011",
        caption(
            "the lady wears a blue saree with lattice patterns. the saree is with silk fabric. the lady wears a blue "
            "saree with lattice patterns. the saree is with silk fabric. the lady wears a blue saree with lattice",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a blue saree with lattice patterns. the saree is with silk fabric. the lady wears a blue saree with "
            "lattice patterns",
            "loop",
        ),
        piece("saree", "blue"),
        piece("blouse", "blue", "other_garment_color"),
        material("silk"),
        Q.color("navy blue"),
        Q.pattern("checked"),
        title="Mimosa Navy Blue & Gold Zari Checked Art Silk Saree",
        category="Sarees",
        color="Navy Blue",
        gender=W,
    ),
    # photo: lavender net lehenga with white thread embroidery, lavender choli, white net dupatta, white backdrop.
    # Epoch-1 adapter caption (runs on into the question format); QA spans; reference engine for closed.
    case(
        "X809-012",
        caption(
            "the lady wears a purple long skirt with pure color patterns. the skirt is with chiffon fabric. question: "
            "what is the lady wearing? answer: a purple long skirt with pure color patterns. question: what is the "
            "color",
            "leak",
            hit_limit=True,
        ),
        wearing("what is the lady wearing", "restated", who="the lady"),
        piece("lehenga", "purple"),
        piece("choli", "purple"),
        piece("dupatta", "", "non_answer"),
        material("chiffon", "unsupported"),
        Q.color("lavender"),
        title="Inddus Lavender Thread Work Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender=W,
    ),
    # photo: peach organza saree with pastel floral embroidery, matching peach blouse, white backdrop, front view.
    # Base model caption (reads the peach as orange); QA spans; reference engine for closed.
    case(
        "X809-013",
        caption("a woman in an orange saree with flowers on it", "contradiction"),
        wearing("an orange saree with flowers on it", "contradiction"),
        piece("saree", "orange", "contradiction"),
        piece("blouse", "orange", "contradiction"),
        Q.color("peach"),
        Q.pattern("floral"),
        title="Mitera Peach Floral Embroidered Organza Saree",
        category="Sarees",
        color="Peach",
        gender=W,
    ),
    # photo: maroon raw silk lehenga with gold zari buttis, maroon choli with elbow sleeves, red net dupatta with a
    # gold border, white backdrop. Epoch-1 adapter caption (cut at the limit); QA spans; reference engine.
    case(
        "X809-014",
        caption(
            "the lady wears a red long skirt with floral patterns. the skirt is with silk fabric. her top has medium "
            "sleeves, silk fabric and floral patterns. it has a round neckline. the lady also wears a red scarf with "
            "pure color patterns and",
            "cut",
            hit_limit=True,
        ),
        wearing("a red long skirt with floral patterns. the skirt is with silk fabric. her top has medium", "cut"),
        piece("lehenga", "red"),
        piece("choli", "", "non_answer"),
        piece("dupatta", "red scarf with pure color patterns and", "cut"),
        material("silk"),
        Q.garment_type("lehenga choli"),
        title="Fabcartz Maroon Raw Silk Lehenga Choli with Red Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender=W,
    ),
    # photo: green Kanjeevaram-style saree with a pink zari border, pink blouse, styled set with a carved wooden
    # door behind her. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-015",
        caption("a woman in a green saree standing in front of a temple", "unsupported"),
        wearing("a green saree"),
        piece("saree", "green"),
        piece("blouse", "green", "other_garment_color"),
        Q.color("green"),
        Q.garment_type("saree"),
        material("", "non_answer"),
        title="Saree mall Green & Pink Kanjeevaram Silk Blend Saree",
        category="Sarees",
        color="Green",
        gender=W,
    ),
    # photo: baby pink lehenga with a gold embroidered waistband, pink crop choli, pink dupatta pinned at the back,
    # white backdrop, front view. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-016",
        caption("a woman in a pink dress with a gold belt", "contradiction"),
        wearing("a pink dress with a gold belt", "contradiction"),
        piece("lehenga", "pink"),
        piece("choli", "pink"),
        piece("dupatta", "", "non_answer"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        title="Inddus Baby Pink Embellished Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender=W,
    ),
    # photo: grey georgette saree with a pink pallu (colour-blocked), pink blouse, white backdrop, front view.
    # Epoch-1 adapter caption (runs into the question format); QA spans; reference engine for closed.
    case(
        "X809-017",
        caption(
            "the lady wears a grey saree with color block patterns. the saree is with chiffon fabric. question: what "
            "is the color of the saree? answer: grey. question: what is the color of the blouse? answer: grey",
            "leak",
            hit_limit=True,
        ),
        wearing("a grey saree with color block patterns"),
        piece("saree", "grey. question: what is the color of the blouse? answer: grey", "leak"),
        piece("blouse", "grey", "other_garment_color"),
        describe(
            "saree",
            "grey saree with color block patterns. the saree is with chiffon fabric. question: what is the color of "
            "the saree? answer: grey",
            "leak",
        ),
        material("chiffon", "unsupported"),
        Q.color("grey"),
        title="Shaily Grey & Pink Colourblocked Georgette Saree",
        category="Sarees",
        color="Grey",
        gender=W,
    ),
    # photo: bottle green velvet lehenga, green choli with three-quarter sleeves, pink dupatta, seated on a swing on
    # an indoor studio set, no garden. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-018",
        caption("a woman in a green lehenga sitting on a swing in a garden", "unsupported"),
        wearing("a green lehenga"),
        piece("lehenga", "green"),
        piece("choli", "green"),
        piece("dupatta", "green", "other_garment_color"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Ethnic Junction Green Velvet Lehenga Choli with Pink Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender=W,
    ),
    # photo: turquoise blue crepe saree with a geometric print, matching blue blouse, hand on hip, nothing in her
    # hands, white backdrop. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-019",
        caption("a woman in a blue saree holding a purse", "unsupported"),
        wearing("a blue saree holding a purse", "unsupported"),
        piece("saree", "blue"),
        piece("blouse", "blue"),
        Q.pattern("printed"),
        Q.color("green", "contradiction"),
        title="Prafful Turquoise Blue Geometric Print Crepe Saree",
        category="Sarees",
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: cream cotton lehenga with a pink and green floral print, plain pink choli, pink dupatta, white backdrop.
    # Epoch-1 adapter caption (loops, no hue at all); QA spans; reference engine for closed.
    case(
        "X809-020",
        caption(
            "the lady wears a long skirt with floral patterns. the skirt is with cotton fabric. the lady wears a long "
            "skirt with floral patterns. the skirt is with cotton fabric. the lady wears a long skirt with floral "
            "patterns. the skirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a long skirt with floral patterns"),
        piece("lehenga", "floral patterns", "non_answer"),
        piece("choli", "", "non_answer"),
        describe(
            "lehenga",
            "long skirt with floral patterns. the skirt is with cotton fabric. the lady wears a long skirt with "
            "floral patterns",
            "loop",
        ),
        material("cotton"),
        Q.color("cream"),
        title="Fabcartz Cream & Pink Floral Print Cotton Lehenga Choli",
        category="Lehenga Choli",
        color="Cream",
        gender=W,
    ),
    # photo: orange and pink bandhani print saree (art silk), plain pink blouse, white backdrop, front view.
    # Epoch-1 adapter caption (cut at the limit); QA spans; reference engine for closed.
    case(
        "X809-021",
        caption(
            "the lady wears an orange saree with graphic patterns. the saree is with cotton fabric. the lady also "
            "wears a pink top with short sleeves. the top is with cotton fabric and pure color patterns. it has a "
            "round neckline. the lady",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange saree with graphic patterns"),
        piece("saree", "orange"),
        piece("blouse", "pink"),
        describe(
            "saree",
            "an orange saree with graphic patterns. the saree is with cotton fabric. the lady also wears a pink top "
            "with short sleeves. the top is with cotton fabric and pure color patterns. it has a round neckline. "
            "the lady",
            "cut",
        ),
        material("cotton", "unsupported"),
        Q.pattern("printed"),
        Q.color("orange"),
        title="Mitera Orange & Pink Bandhani Print Art Silk Saree",
        category="Sarees",
        color="Orange",
        gender=W,
    ),
    # photo: royal blue lehenga with silver embroidery, silver sequinned choli, royal blue dupatta, white backdrop
    # under warm light. Base model caption (reads the blue as purple); QA spans; reference engine for closed.
    case(
        "X809-022",
        caption("a woman in a purple lehenga with silver embroidery", "contradiction"),
        wearing("a purple lehenga with silver embroidery", "contradiction"),
        piece("lehenga", "purple", "contradiction"),
        piece("choli", "silver"),
        piece("dupatta", "purple", "contradiction"),
        Q.color("blue"),
        Q.garment_type("lehenga choli"),
        title="Inddus Royal Blue & Silver Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Blue",
        gender=W,
    ),
    # photo: beige linen saree with thin black stripes, black short-sleeved blouse, white backdrop, front view.
    # Epoch-1 adapter caption (cut); QA spans; reference engine for closed.
    case(
        "X809-023",
        caption(
            "the lady wears a beige saree with stripe patterns. the saree is with cotton fabric. it has a v-shape "
            "neckline. the lady wears a black top with short sleeves. the top is with cotton fabric and pure color "
            "patterns. the",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige saree with stripe patterns"),
        piece("saree", "beige"),
        piece("blouse", "black"),
        describe("saree", "a beige saree with stripe patterns. the saree is with cotton fabric. it has a", "cut"),
        material("cotton", "unsupported"),
        Q.pattern("striped"),
        Q.color("beige"),
        title="Prafful Beige & Black Striped Linen Saree",
        category="Sarees",
        color="Beige",
        gender=W,
    ),
    # photo: maroon bridal lehenga with heavy zardozi work, maroon choli, maroon dupatta draped over her head, white
    # studio backdrop. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-024",
        caption("a bride in a red lehenga at her wedding", "unsupported"),
        wearing("a red lehenga at her wedding", "unsupported"),
        piece("lehenga", "red"),
        piece("choli", "red"),
        piece("dupatta", "red"),
        Q.garment_type("dress", "contradiction"),
        Q.color("maroon"),
        title="Fabcartz Maroon Zardozi Bridal Lehenga Choli",
        category="Lehenga Choli",
        color="Maroon",
        gender=W,
    ),
    # photo: plain yellow saree with a red border, red blouse, styled set hung with marigold garlands.
    # Base model caption; QA spans; reference engine for closed.
    case(
        "X809-025",
        caption("a woman in a yellow saree with flowers"),
        wearing("a yellow saree"),
        piece("saree", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        Q.color("yellow"),
        Q.garment_type("saree"),
        title="Shaily Yellow Solid Saree with Red Border",
        category="Sarees",
        color="Yellow",
        gender=W,
    ),
    # photo: peach net lehenga with sequin work, mint green choli, peach dupatta, white backdrop.
    # Epoch-1 adapter caption (runs into the question format); QA spans; reference engine for closed.
    case(
        "X809-026",
        caption(
            "the lady wears a peach long skirt with pure color patterns. question: what is the color of the skirt? "
            "answer: peach. question: what is the color of the top? answer: peach. question: what is",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "the lady wears a peach long skirt with pure color patterns. question: what is the color of the skirt? "
            "answer: peach",
            "leak",
        ),
        piece("lehenga", "peach"),
        piece("choli", "peach. question: what is the color of the top? answer: peach", "leak"),
        piece("dupatta", "peach"),
        describe("lehenga", "the color of the skirt", "restated"),
        Q.color("peach"),
        title="Inddus Peach & Mint Green Sequinned Net Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
        gender=W,
    ),
    # photo: purple Banarasi art silk saree with a gold border, gold brocade blouse, white backdrop.
    # Base model caption; QA spans; reference engine for closed.
    case(
        "X809-027",
        caption("a woman in a purple and gold saree"),
        wearing("a purple and gold saree"),
        piece("saree", "purple and gold"),
        piece("blouse", "purple and gold", "other_garment_color"),
        material("", "non_answer"),
        Q.color("navy blue", "contradiction"),
        title="Mimosa Purple Banarasi Art Silk Saree",
        category="Sarees",
        color="Purple",
        gender=W,
    ),
    # photo: black lehenga with gold foil print, black choli, red dupatta, bare neck (no necklace), white backdrop.
    # Base model caption; QA spans; reference engine for closed.
    case(
        "X809-028",
        caption("a woman in a black lehenga with a red dupatta and a gold necklace", "unsupported"),
        wearing("a black lehenga with a red dupatta and a gold necklace", "unsupported", who="she"),
        piece("lehenga", "black"),
        piece("choli", "black"),
        piece("dupatta", "red"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("lehenga choli"),
        title="Ethnic Junction Black Foil Print Lehenga Choli with Red Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender=W,
    ),
    # photo: red georgette saree with white polka dots, white short-sleeved blouse, white backdrop.
    # Epoch-1 adapter caption ("the gentleman"); QA spans; reference engine for closed.
    case(
        "X809-029",
        caption(
            "the gentleman wears a red saree with dot patterns. his saree is with chiffon fabric. it has a v-shape "
            "neckline. his top has short sleeves, cotton fabric and pure color patterns. the gentleman also",
            "pronoun",
            hit_limit=True,
        ),
        wearing("the gentleman wears a red saree with dot patterns", "pronoun", who="the woman"),
        piece("saree", "red"),
        piece("blouse", "pure color patterns", "non_answer"),
        material("chiffon", "unsupported"),
        Q.pattern("polka dots"),
        Q.color("red"),
        title="Mitera Red Polka Dot Georgette Saree",
        category="Sarees",
        color="Red",
        gender=W,
    ),
    # photo: teal lehenga with mirror work, orange short-sleeved choli, orange dupatta, white backdrop.
    # Base model caption; QA spans; reference engine for closed.
    case(
        "X809-030",
        caption("a woman in a blue and orange lehenga with mirrors"),
        wearing("a blue and orange lehenga with mirrors"),
        piece("lehenga", "blue and orange", "other_garment_color"),
        piece("choli", "blue and orange", "other_garment_color"),
        piece("dupatta", "orange"),
        Q.color("teal"),
        Q.sleeve_length("short sleeves"),
        title="Fabcartz Teal & Orange Mirror Work Lehenga Choli",
        color="Teal",
        gender=W,
    ),
    # photo: cream Kerala kasavu cotton saree with a gold border, gold blouse, hair in a plain bun, white backdrop.
    # Base model caption; QA spans; reference engine for closed.
    case(
        "X809-031",
        caption("a woman in a white saree with gold border and a flower in her hair", "unsupported"),
        wearing("a white saree with gold border"),
        piece("saree", "white"),
        piece("blouse", "white", "other_garment_color"),
        Q.color("gold", "other_garment_color"),
        Q.garment_type("saree"),
        title="Prafful Cream & Gold Kasavu Cotton Saree",
        category="Sarees",
        color="Cream",
        gender=W,
    ),
    # photo: mustard lehenga with a red and green block print, red choli, red dupatta, white backdrop.
    # Epoch-1 adapter caption (loops); QA spans; reference engine for closed.
    case(
        "X809-032",
        caption(
            "the lady wears a yellow long skirt with graphic patterns. the lady wears a yellow long skirt with graphic "
            "patterns. the lady wears a yellow long skirt with graphic patterns. the lady wears a yellow long",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a yellow long skirt with graphic patterns. the lady wears a yellow long skirt with graphic patterns",
            "loop",
        ),
        piece("lehenga", "yellow"),
        piece("choli", "yellow", "other_garment_color"),
        piece("dupatta", "yellow", "other_garment_color"),
        Q.garment_type("skirt", "contradiction"),
        title="Ethnic Junction Mustard & Red Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Mustard",
        gender=W,
    ),
    # photo: onion pink organza saree, silver sleeveless blouse, white backdrop, front view.
    # Base model caption; QA spans; reference engine for closed.
    case(
        "X809-033",
        caption("a woman in a pink saree with a silver blouse"),
        wearing("a pink saree with a silver blouse"),
        piece("saree", "pink"),
        piece("blouse", "silver"),
        describe("saree", "a pink saree with a silver blouse"),
        Q.sleeve_length("sleeveless"),
        Q.color("pink"),
        title="Mitera Onion Pink Organza Saree with Silver Blouse",
        category="Sarees",
        color="Pink",
        gender=W,
    ),
    # photo: sky blue lehenga with white chikankari embroidery, sky blue choli, white dupatta, silver earrings, hands
    # empty, white backdrop. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-034",
        caption("a woman in a blue lehenga with silver jewelry and a clutch", "unsupported"),
        wearing("a blue lehenga with silver jewelry and a clutch", "unsupported"),
        piece("lehenga", "blue"),
        piece("choli", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        Q.pattern("embroidered"),
        title="Inddus Sky Blue Chikankari Lehenga Choli",
        category="Lehenga Choli",
        color="Blue",
        gender=W,
    ),
    # photo: olive green poly georgette saree with a rust paisley print, plain rust blouse, white backdrop.
    # Epoch-1 adapter caption (cut; gives the blouse the saree's green); QA spans; reference engine for closed.
    case(
        "X809-035",
        caption(
            "the lady wears a green saree with floral patterns. the saree is with chiffon fabric. the lady also wears "
            "a green top with short sleeves. the top is with chiffon fabric and floral patterns. it has a round "
            "neckline. the green",
            "other_garment_color",
            hit_limit=True,
        ),
        wearing(
            "a green saree with floral patterns. the saree is with chiffon fabric. the lady also wears a green", "cut"
        ),
        piece("saree", "green"),
        piece("blouse", "green", "other_garment_color"),
        material("chiffon", "unsupported"),
        Q.color("olive"),
        title="Shaily Olive Green & Rust Paisley Print Poly Georgette Saree",
        category="Sarees",
        color="Olive",
        gender=W,
    ),
    # photo: red lehenga woven with gold zari, red choli, red dupatta, white backdrop, front view.
    # Base model caption; QA spans; reference engine for closed.
    case(
        "X809-036",
        caption("a bollywood actress in a red lehenga choli", "unsupported"),
        wearing("a red lehenga choli", who="she"),
        piece("lehenga", "red"),
        piece("choli", "red"),
        piece("dupatta", "red"),
        details("lehenga", "red lehenga choli", "non_answer"),
        Q.garment_type("lehenga choli"),
        Q.color("red"),
        title="Fabcartz Red Zari Woven Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender=W,
    ),
    # photo: burgundy (wine) satin saree, matching burgundy blouse, dark grey backdrop, front view.
    # Base model caption (reads the wine as brown); QA spans; reference engine for closed.
    case(
        "X809-037",
        caption("a woman in a brown saree posing for a photo", "contradiction"),
        wearing("a brown saree", "contradiction"),
        piece("saree", "brown", "contradiction"),
        piece("blouse", "brown", "contradiction"),
        Q.color("burgundy"),
        title="Mitera Burgundy Satin Saree",
        category="Sarees",
        color="Burgundy",
        gender=W,
    ),
    # photo: off-white lehenga with a pastel floral print, pastel green sleeveless choli, off-white dupatta, white
    # backdrop. Epoch-1 adapter caption (loops, "his top"); QA spans; reference engine for closed.
    case(
        "X809-038",
        caption(
            "the lady wears a long skirt with floral patterns. the skirt is with chiffon fabric. his top has sleeves "
            "cut off, chiffon fabric and pure color patterns. the lady wears a long skirt with floral patterns. the "
            "skirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("the lady wears", "restated", who="the lady"),
        piece("lehenga", "floral patterns", "non_answer"),
        piece("choli", "his top has sleeves cut off, chiffon fabric and pure color patterns", "pronoun"),
        Q.sleeve_length("sleeveless"),
        Q.color("off white"),
        title="Inddus Off White & Green Floral Print Lehenga Choli",
        category="Lehenga Choli",
        color="Off White",
        gender=W,
    ),
    # photo: black and white ikat print cotton saree, plain black blouse, model holding the pallu out, white
    # backdrop. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-039",
        caption("a woman in a black and white saree"),
        wearing("a black and white saree"),
        piece("saree", "black and white"),
        piece("blouse", "black"),
        Q.pattern("striped", "contradiction"),
        material("", "non_answer"),
        title="Prafful Black & White Ikat Print Cotton Saree",
        category="Sarees",
        color="Black",
        gender=W,
    ),
    # photo: magenta bandhani lehenga, magenta choli, orange dupatta, glass bangles on both wrists, white backdrop.
    # Base model caption; QA spans; reference engine for closed.
    case(
        "X809-040",
        caption("a woman in a pink and orange lehenga with bangles"),
        wearing("a pink and orange lehenga with bangles"),
        piece("lehenga", "pink"),
        piece("choli", "pink"),
        piece("dupatta", "orange"),
        Q.color("orange", "other_garment_color"),
        title="Ethnic Junction Magenta & Orange Bandhani Lehenga Choli",
        category="Lehenga Choli",
        color="Magenta",
        gender=W,
    ),
    # photo: lime green georgette saree with a pink border, pink blouse, white backdrop.
    # Epoch-1 adapter caption (loops on the fabric sentence); QA spans; reference engine for closed.
    case(
        "X809-041",
        caption(
            "the lady wears a green saree with pure color patterns. the saree is with chiffon fabric. the saree is "
            "with chiffon fabric. the saree is with chiffon fabric. the saree is with chiffon fabric. the saree is",
            "loop",
            hit_limit=True,
        ),
        wearing("the lady wears", "restated", who="the lady"),
        piece("saree", "green"),
        piece("blouse", "green", "other_garment_color"),
        describe(
            "saree", "a green saree with pure color patterns. the saree is with chiffon fabric. the saree is", "cut"
        ),
        material("chiffon fabric. the saree is with chiffon fabric. the saree is with chiffon fabric", "loop"),
        Q.color("lime green"),
        title="Mimosa Lime Green Georgette Saree with Pink Border",
        category="Sarees",
        color="Lime Green",
        gender=W,
    ),
    # photo: gold tissue lehenga, gold choli, maroon dupatta draped across the front, white backdrop.
    # Base model caption; QA spans; reference engine for closed.
    case(
        "X809-042",
        caption("a woman in a gold lehenga with a red dupatta"),
        wearing("a gold lehenga with a red dupatta"),
        piece("lehenga", "gold"),
        piece("choli", "gold"),
        piece("dupatta", "red"),
        Q.color("gold"),
        Q.garment_type("saree", "contradiction"),
        material("", "non_answer"),
        title="Inddus Gold-Toned Tissue Lehenga Choli with Maroon Dupatta",
        category="Lehenga Choli",
        color="Gold",
        gender=W,
    ),
    # photo: rani pink silk blend saree with a gold temple border, matching pink blouse, gold necklace and jhumkas,
    # white backdrop. Base model caption; QA spans; reference engine for closed.
    case(
        "X809-043",
        caption("a woman in a pink saree with gold jewelry"),
        wearing("a pink saree with gold jewelry"),
        piece("saree", "pink"),
        piece("blouse", "pink"),
        describe("saree", "a pink saree with gold jewelry"),
        Q.color("pink"),
        Q.pattern("solid"),
        title="Saree mall Pink Silk Blend Saree with Temple Border",
        category="Sarees",
        color="Pink",
        gender=W,
    ),
    # photo: navy blue silk blend lehenga with a gold print, pink short-sleeved choli, pink dupatta, white backdrop.
    # Epoch-1 adapter caption (loops on "his top"); QA spans; reference engine for closed.
    case(
        "X809-044",
        caption(
            "the lady wears a blue long skirt with graphic patterns. his top has short sleeves, cotton fabric and pure "
            "color patterns. his top has short sleeves, cotton fabric and pure color patterns. his top has short",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue long skirt with graphic patterns"),
        piece("lehenga", "blue"),
        piece("choli", "his top has short sleeves", "pronoun"),
        piece("dupatta", "blue", "other_garment_color"),
        material("cotton", "unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Fabcartz Navy Blue & Pink Printed Silk Blend Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender=W,
    ),
    # photo: coffee brown saree with a gold zari border, matching brown blouse, white backdrop (the feed row has no
    # color). Base model caption; QA spans; reference engine for closed.
    case(
        "X809-045",
        caption("a woman in a brown saree with gold border"),
        wearing("a brown saree with gold border"),
        piece("saree", "brown"),
        piece("blouse", "brown"),
        Q.color("brown"),
        is_a("saree", "yes"),
        title="Shaily Coffee Brown Saree with Zari Border",
        category="Sarees",
        gender=W,
    ),
    # photo: pastel blue lehenga with silver gota, pastel blue choli, white dupatta, styled set with a white pillar
    # (the feed row has no title). Base model caption; QA spans; reference engine for closed.
    case(
        "X809-046",
        caption("a woman in a light blue lehenga standing next to a pillar"),
        wearing("a light blue lehenga"),
        piece("lehenga", "light blue"),
        piece("choli", "light blue"),
        piece("dupatta", "light blue", "other_garment_color"),
        describe("lehenga", "light blue", "non_answer"),
        Q.color("white", "other_garment_color"),
        category="Lehenga Choli",
        color="Blue",
        gender=W,
    ),
]
