"""BLIND_1026 (46 products; wedding sarees, lehengas; base BLIP-2 zero-shot): written blind in the fifty-eighth session.
Measured blind at 955f328 (the session's final rules): 94/129 failures found (72.9%) and 15/186 correct texts flagged
(8.1%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed for the wedding and festival season: 24 sarees (Banarasi, Kanjeevaram,
kasavu, bandhani, chikankari, georgette prints, sequinned cocktail sarees) and 22 lehenga cholis (bridal velvet,
net, mirror-work navratri sets, printed ready-to-wear). Mostly catalog shots of a model on a white or grey studio
backdrop; a few styled shoots (garden, beach, terrace, palace arches, a Diwali set with diyas and marigolds). The
model usually wears jewelry that is part of the styling (jhumkas, maang tikka, bangles) and carries props now and
then (potli bag, clutch, puja thali).

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, 30 new tokens for
answers and 50 for the caption. The color of every piece was asked: the saree's (or lehenga skirt's) color as a
closed question through enrich's --engine reference (one candidate value, never looped or cut), and the blouse,
choli, dupatta, border and pallu colors as open free generation, next to the caption, "What is ... wearing?",
"Describe the ...", "What are the ... details?", the material and a few closed pattern, type, sleeve and yes/no
questions. The base model is short and mostly stops on the newline, but it spreads one color over every piece
(the blouse gets the saree's color and back), reads backdrop and print colors as garment colors, invents jewelry,
trains, weddings and fabrics, now and then repeats a phrase until the token limit, runs a long description into the
limit mid-phrase, carries on into a new "Question: ... Answer:" turn, or echoes the question.

Labeling conventions and judgement calls:
- The saree's color is its body (largest area); a lehenga's color is the skirt's. Border, pallu, blouse, choli and
  dupatta are separate pieces. Shades in one family are right: maroon/burgundy/wine red, rust/coral = orange,
  mustard = yellow, magenta/peach/rose = pink, lavender = purple, olive/sea green/mint = green, teal/turquoise/navy =
  blue, off white/cream/ivory = white, silver = grey. Two-color answers ("red and gold") are right when both are
  on that piece. Where the seller wrote Multi, any color of the piece is right.
- An open answer or a caption that gives a piece the color of another piece in the photo (the blouse's red for a
  cream saree, the saree's yellow for the green choli, the border's pink for the blouse) is other_garment_color. A
  closed answer that picked another piece's color, and any color that belongs to no piece (a backdrop, the sea, a
  print's dots, a plain wrong hue) is contradiction.
- Where the seller's color is off (a rust saree filed as Brown) the answer that matches the photo is correct.
- A wrong closed pattern, type, sleeve or "no" to "Is this a lehenga/saree?" is contradiction.
- unsupported: something said to be on the photo that is not (wedding, temple, party, train, crown, belt, pearls,
  peacocks, a necklace she does not wear), and a fabric that the title contradicts or that neither the title nor
  the photo shows (cotton for a zari or organza piece). "Bride" is accepted where the model is styled as a bride;
  jewelry is accepted where the photo shows it; a fabric the title names is right.
- non_answer: yes/no, "nothing" or a bare color to an open describe/details/wearing question, or only the
  question's own words back ("the saree", "it is a saree"). A one- or two-word detail that names a real detail
  ("mirror work", "pink flowers") is correct. restated: the question echoed as the answer ("describe the lehenga",
  "the details of the saree"). leak: the answer carries "Question:" or "Answer:", labeled leak even when the
  leaked answer is also wrong. One label per text: the first thing a reader would reject it for.
- loop: a phrase repeated to the token limit (hit_limit=True). cut: a long answer stopped mid-phrase by the limit
  (hit_limit=True), without repetition. pronoun: he/his/man for these women's products.
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


def piece(garment, text, failure=None, hit_limit=False):
    """A piece's color asked open (free generation)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


W = "Women"
SAREE = "Sarees"
LEHENGA = "Lehenga Choli"

BLIND_1026 = [
    # photo: maroon Banarasi saree with gold zari border and pallu, matching maroon blouse, gold jhumkas, white
    # backdrop, front view. All texts: base BLIP-2 zero-shot.
    case(
        "X1026-001",
        caption("a woman in a maroon and gold saree posing for a photo"),
        color_of("saree", "maroon"),
        piece("blouse", "maroon"),
        piece("border", "gold"),
        describe("saree", "it is a silk saree with a gold border"),
        details("saree", "the saree has a gold zari border and a gold pallu"),
        BLIND_QUESTIONS.material("silk"),
        title="Mitera Maroon & Gold-Toned Zari Woven Design Banarasi Silk Blend Saree",
        category=SAREE,
        color="Maroon",
        gender=W,
    ),
    # photo: off-white kasavu cotton saree with gold border, worn with a red blouse and a gold necklace, white
    # backdrop. Base BLIP-2.
    case(
        "X1026-002",
        caption("a woman in a red saree with gold border", "other_garment_color"),
        color_of("saree", "cream"),
        piece("blouse", "red"),
        piece("border", "gold"),
        describe("saree", "the saree is red with a gold border", "other_garment_color"),
        wearing("she is wearing a white saree with a red blouse", who="the woman"),
        title="Off White & Gold-Toned Kasavu Cotton Saree",
        category=SAREE,
        color="Off White",
        gender=W,
    ),
    # photo: rani pink net lehenga with silver sequin embroidery, matching pink choli, light pink dupatta over one
    # shoulder, grey backdrop. Base BLIP-2.
    case(
        "X1026-003",
        caption(
            "a woman in a pink lehenga with a pink lehenga with a pink lehenga with a pink lehenga with a pink lehenga"
            " with a pink lehenga with a pink lehenga with",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "pink"),
        piece("choli", "pink"),
        piece("dupatta", "light pink"),
        details("lehenga", "silver sequins on the skirt and the blouse"),
        BLIND_QUESTIONS.material("net"),
        is_a("lehenga", "no", "contradiction"),
        title="Panchhi Pink Embellished Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Pink",
        gender=W,
    ),
    # photo: navy blue georgette saree with a small white polka-dot print, navy sleeveless blouse, white backdrop,
    # woman holding the pallu out. Base BLIP-2.
    case(
        "X1026-004",
        caption("a woman in a blue saree with white polka dots"),
        color_of("saree", "navy blue"),
        piece("blouse", "white", "contradiction"),
        BLIND_QUESTIONS.pattern("printed"),
        BLIND_QUESTIONS.material("silk", "unsupported"),
        wearing("a blue saree"),
        title="Saree mall Navy Blue Polka Dot Printed Poly Georgette Saree",
        category=SAREE,
        color="Navy Blue",
        gender=W,
    ),
    # photo: mustard yellow lehenga skirt with mirror work, green choli, magenta dupatta, navratri styling with
    # oxidised jewelry, white backdrop. Base BLIP-2.
    case(
        "X1026-005",
        caption("a woman in a yellow and green lehenga choli dancing at a party", "unsupported"),
        color_of("lehenga", "yellow"),
        piece("choli", "yellow", "other_garment_color"),
        piece("dupatta", "pink"),
        describe("lehenga", "the lehenga is a lehenga", "restated"),
        details("lehenga", "mirror work on the skirt"),
        wearing("he is wearing a yellow lehenga", "pronoun", who="she"),
        title="Mustard & Green Mirror Work Navratri Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Mustard",
        gender=W,
    ),
    # photo: emerald green Kanjeevaram silk saree with contrast pink-and-gold border, green blouse, gold temple
    # jewelry, beige backdrop; the pallu has plain stripes, no figures. Base BLIP-2.
    case(
        "X1026-006",
        caption("a woman wearing a green saree with a pink border"),
        color_of("saree", "green"),
        piece("border", "pink and gold"),
        piece("blouse", "pink", "other_garment_color"),
        describe(
            "saree", "a green silk saree with a pink border and a golden peacock design on the pallu", "unsupported"
        ),
        details("saree", "zari border Question: what is the color of the border? Answer: pink", "leak"),
        BLIND_QUESTIONS.material("silk"),
        title="Green & Pink Zari Woven Kanjeevaram Silk Saree",
        category=SAREE,
        color="Green",
        gender=W,
    ),
    # photo: red bridal velvet lehenga with heavy gold zardozi embroidery, red choli, red net dupatta over the head,
    # full bridal jewelry, white backdrop; the skirt ends at the floor, no train. Base BLIP-2.
    case(
        "X1026-007",
        caption("a bride in a red lehenga with gold embroidery"),
        color_of("lehenga", "red"),
        piece("choli", "red"),
        piece("dupatta", "red with gold border"),
        describe("lehenga", "it is a red velvet lehenga with gold embroidery and a long train", "unsupported"),
        details("lehenga", "gold", "non_answer"),
        BLIND_QUESTIONS.material("velvet"),
        title="Red Zardozi Embroidered Velvet Bridal Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Red",
        gender=W,
    ),
    # photo: peach organza saree with a soft floral print, peach blouse, white backdrop, side view with the pallu
    # spread. Base BLIP-2.
    case(
        "X1026-008",
        caption("a woman in a white saree with flowers", "contradiction"),
        color_of("saree", "peach"),
        piece("blouse", "peach"),
        BLIND_QUESTIONS.pattern("floral"),
        details("saree", "the details of the saree", "restated"),
        BLIND_QUESTIONS.material("cotton", "unsupported"),
        title="KALINI Peach-Coloured Floral Printed Organza Saree",
        category=SAREE,
        color="Peach",
        gender=W,
    ),
    # photo: teal lehenga with gold foil print, contrast peach choli, teal dupatta, matte printed fabric, model
    # holding a gold potli bag, white backdrop. Base BLIP-2.
    case(
        "X1026-009",
        caption("a woman in a blue lehenga holding a purse"),
        color_of("lehenga", "teal"),
        piece("choli", "blue", "other_garment_color"),
        piece("dupatta", "blue"),
        details(
            "lehenga",
            "the lehenga has a gold print on the bottom and the blouse is a peach color with a gold print on the"
            " sleeves and the dupatta is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue skirt and a peach top"),
        BLIND_QUESTIONS.material("velvet", "unsupported"),
        title="Teal & Peach Foil Printed Ready to Wear Lehenga Choli",
        category=LEHENGA,
        color="Teal",
        gender=W,
    ),
    # photo: black chiffon saree with a silver sequin border, black blouse, cocktail styling, plain white backdrop.
    # Base BLIP-2.
    case(
        "X1026-010",
        caption("a woman in a black saree at a party", "unsupported"),
        color_of("saree", "black"),
        piece("border", "gold", "contradiction"),
        piece("blouse", "black"),
        describe("saree", "black", "non_answer"),
        is_a("saree", "yes"),
        title="Mitera Black Embellished Sequinned Chiffon Saree",
        category=SAREE,
        color="Black",
        gender=W,
    ),
    # photo: lavender lehenga with white thread embroidery, lavender choli, off-white net dupatta; outdoor shoot in
    # a garden with green hedges behind. Base BLIP-2.
    case(
        "X1026-011",
        caption("a woman in a purple lehenga standing in a garden"),
        color_of("lehenga", "purple"),
        piece("choli", "purple"),
        piece("dupatta", "green", "contradiction"),
        wearing("a purple lehenga and a white dupatta"),
        describe(
            "lehenga",
            "the lehenga is purple with white embroidery all over the skirt and the blouse is purple with white"
            " embroidery on the neckline and the",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.material("Question: What material is the garment made of? Answer: silk", "leak"),
        title="Lavender Thread Work Lehenga Choli with Net Dupatta",
        category=LEHENGA,
        color="Lavender",
        gender=W,
    ),
    # photo: yellow cotton saree with small red floral motifs, red border, red blouse with plain sleeves, white
    # backdrop. Base BLIP-2.
    case(
        "X1026-012",
        caption("a woman in a yellow saree with red flowers"),
        piece("saree", "red", "other_garment_color"),
        piece("blouse", "red"),
        piece("border", "red"),
        BLIND_QUESTIONS.pattern("floral"),
        BLIND_QUESTIONS.material("cotton"),
        describe("saree", "a yellow saree with a red border and red flowers on it"),
        details("saree", "the saree has a red border and a red blouse with mirror work", "unsupported"),
        title="Yellow & Red Floral Printed Cotton Saree",
        category=SAREE,
        color="Yellow",
        gender=W,
    ),
    # photo: gold tissue lehenga with a maroon hem band, maroon choli, maroon dupatta with gold border, white
    # backdrop. Base BLIP-2.
    case(
        "X1026-013",
        caption("a woman in a gold and maroon lehenga"),
        color_of("lehenga", "gold"),
        piece("choli", "gold", "other_garment_color"),
        piece("dupatta", "maroon"),
        details(
            "lehenga",
            "the lehenga has a maroon border and a maroon border and a maroon border and a maroon border and a maroon"
            " border and a",
            "loop",
            hit_limit=True,
        ),
        describe(
            "lehenga",
            "the lehenga is made of gold tissue fabric with a maroon border at the hem and the blouse is maroon with"
            " gold embroidery on the",
            "cut",
            hit_limit=True,
        ),
        wearing("a man in a gold lehenga", "pronoun"),
        title="Gold-Toned & Maroon Woven Design Tissue Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Gold",
        gender=W,
    ),
    # photo: magenta bandhani georgette saree (white tie-dye dots) with gold gota border, magenta blouse, white
    # backdrop. Base BLIP-2.
    case(
        "X1026-014",
        caption("a woman in a pink saree with white dots"),
        color_of("saree", "magenta"),
        piece("blouse", "pink"),
        piece("border", "gold"),
        BLIND_QUESTIONS.pattern("striped", "contradiction"),
        describe("saree", "a pink saree with a gold border and gold embroidery all over", "unsupported"),
        title="Magenta Bandhani Georgette Saree with Gotta Patti Border",
        category=SAREE,
        color="Magenta",
        gender=W,
    ),
    # photo: sea green lehenga with pink floral print, pink choli, sea green organza dupatta; white backdrop, back
    # view showing the choli's dori tassels. Base BLIP-2.
    case(
        "X1026-015",
        caption("a woman in a green and pink floral lehenga"),
        color_of("lehenga", "yellow", "contradiction"),
        piece("choli", "pink"),
        piece("dupatta", "green"),
        details("lehenga", "tassels on the back"),
        wearing("his lehenga is green with pink flowers", "pronoun", who="she"),
        title="Sea Green & Pink Floral Printed Ready to Wear Lehenga Choli",
        category=LEHENGA,
        color="Sea Green",
        gender=W,
    ),
    # photo: white chikankari georgette saree with white thread embroidery, pastel blue sleeveless blouse; terrace
    # shoot with potted plants and a railing. Base BLIP-2.
    case(
        "X1026-016",
        caption("a woman in a white saree standing on a balcony"),
        color_of("saree", "white"),
        piece("blouse", "white", "other_garment_color"),
        piece("border", "white Question: what is the color of the blouse? Answer: blue", "leak"),
        details("saree", "white embroidery"),
        describe("saree", "a white saree with white embroidery and pearls on the border", "unsupported"),
        BLIND_QUESTIONS.material("georgette"),
        is_a("saree", "yes"),
        title="White Chikankari Embroidered Georgette Saree",
        category=SAREE,
        color="White",
        gender=W,
    ),
    # photo: color-block lehenga, orange skirt with a pink hem panel, pink choli, orange dupatta, mehendi-function
    # styling with floral jewelry, white backdrop. Base BLIP-2.
    case(
        "X1026-017",
        caption("a woman in an orange and pink lehenga"),
        color_of("lehenga", "orange"),
        piece("choli", "orange", "other_garment_color"),
        piece("dupatta", "orange"),
        wearing("a pink lehenga", "other_garment_color"),
        describe("lehenga", "describe the lehenga", "restated"),
        title="Orange & Pink Colourblocked Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Orange",
        gender=W,
    ),
    # photo: rust art-silk saree with gold temple border, mustard blouse, white backdrop (seller filed it as Brown).
    # Base BLIP-2.
    case(
        "X1026-018",
        caption("a woman in an orange saree with a gold border standing in a temple", "unsupported"),
        color_of("saree", "orange"),
        piece("blouse", "orange", "other_garment_color"),
        piece("border", "gold"),
        BLIND_QUESTIONS.material("silk"),
        describe("saree", "orange silk saree with a gold border"),
        details("saree", "no", "non_answer"),
        title="Rust Woven Design Art Silk Saree with Temple Border",
        category=SAREE,
        color="Brown",
        gender=W,
    ),
    # photo: ivory lehenga with multicolor floral thread embroidery, ivory choli, pink net dupatta, maang tikka,
    # white backdrop. Base BLIP-2.
    case(
        "X1026-019",
        caption("a woman in a white lehenga with a pink dupatta"),
        color_of("lehenga", "pink", "contradiction"),
        piece("choli", "white"),
        piece("dupatta", "pink"),
        details("lehenga", "the lehenga has multicolored flowers embroidered on it"),
        wearing("she is wearing a white lehenga and a pink scarf", who="the woman"),
        BLIND_QUESTIONS.material("silk and lace", "unsupported"),
        describe(
            "lehenga",
            "a white lehenga with a pink dupatta and a pink dupatta and a pink dupatta and a pink dupatta and a pink"
            " dupatta and a",
            "loop",
            hit_limit=True,
        ),
        title="Cream-Coloured Embroidered Lehenga Choli with Pink Dupatta",
        category=LEHENGA,
        color="Cream",
        gender=W,
    ),
    # photo: Paithani-style saree, plain purple body, green pallu with gold peacock motifs, green blouse, white
    # backdrop. Base BLIP-2.
    case(
        "X1026-020",
        caption("a woman in a purple saree with peacock design on it"),
        color_of("saree", "purple"),
        piece("pallu", "green with a gold peacock"),
        piece("blouse", "purple", "other_garment_color"),
        describe(
            "saree",
            "a purple saree with a green pallu Question: what is the color of the blouse? Answer: green",
            "leak",
        ),
        BLIND_QUESTIONS.pattern("striped", "contradiction"),
        wearing("he is wearing a purple saree", "pronoun", who="she"),
        title="Purple & Green Paithani Silk Blend Saree",
        category=SAREE,
        color="Purple",
        gender=W,
    ),
    # photo: navy velvet lehenga with silver embroidery, navy choli with sheer full sleeves, pastel pink dupatta,
    # grey backdrop. Base BLIP-2.
    case(
        "X1026-021",
        caption("a woman wearing a blue velvet lehenga"),
        color_of("lehenga", "navy blue"),
        piece("choli", "black", "contradiction"),
        piece("dupatta", "pink"),
        BLIND_QUESTIONS.sleeve_length("long"),
        details("lehenga", "silver", "non_answer"),
        describe("lehenga", "describe the lehenga", "restated"),
        title="Navy Blue Velvet Embroidered Lehenga Set with Dupatta",
        category=LEHENGA,
        color="Navy Blue",
        gender=W,
    ),
    # photo: red Banarasi saree with gold border and paisley buttis on the pallu, matching red blouse, gold
    # jhumkas; Diwali set with marigold garlands and lit diyas on a low table. Base BLIP-2.
    case(
        "X1026-022",
        caption("a woman in a red saree sitting in front of a table with candles"),
        color_of("saree", "red"),
        piece("blouse", "red"),
        piece("border", "orange", "contradiction"),
        describe(
            "saree",
            "the saree is red with a gold border and a gold pallu with a gold border and a gold pallu with a gold"
            " border and a gold",
            "loop",
            hit_limit=True,
        ),
        wearing("a red saree and gold jewelry"),
        details("saree", "the saree has gold peacocks on the pallu", "unsupported"),
        title="Red & Gold-Toned Banarasi Saree",
        category=SAREE,
        color="Red",
        gender=W,
    ),
    # photo: mint green sequinned net lehenga, mint choli, mint dupatta, white backdrop, side view. Base BLIP-2.
    case(
        "X1026-023",
        caption("a woman in a light green lehenga"),
        color_of("lehenga", "green"),
        piece("choli", "green"),
        piece("dupatta", "white", "contradiction"),
        BLIND_QUESTIONS.material("net"),
        is_a("lehenga", "no", "contradiction"),
        describe("lehenga", "green", "non_answer"),
        title="Mint Green Sequinned Net Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Green",
        gender=W,
    ),
    # photo: grey pre-draped shimmer saree, silver blouse, small silver studs only (no necklace), white backdrop.
    # Base BLIP-2.
    case(
        "X1026-024",
        caption("a woman in a silver saree"),
        color_of("saree", "black", "contradiction"),
        piece("blouse", "silver"),
        describe(
            "saree",
            "a grey saree with silver sequins and a matching blouse, she is also wearing a silver necklace",
            "unsupported",
        ),
        details("saree", "what are the saree details", "restated"),
        wearing("a grey saree with a silver clutch", "unsupported", who="she"),
        title="Grey Embellished Ready to Wear Saree",
        category=SAREE,
        color="Grey",
        gender=W,
    ),
    # photo: multicolor patchwork lehenga (pink, yellow, green, blue panels) with mirror work, black choli, pink
    # dupatta, white backdrop. Base BLIP-2.
    case(
        "X1026-025",
        caption("a woman in a colorful skirt and a black top"),
        color_of("lehenga", "multi"),
        piece("choli", "black"),
        piece("dupatta", "black", "other_garment_color"),
        details("lehenga", "mirror work Question: what is the color of the dupatta? Answer: pink", "leak"),
        wearing("she is wearing a multicolored lehenga choli with a black blouse and a pink dupatta"),
        BLIND_QUESTIONS.pattern("color block"),
        title="Multicoloured Patchwork Mirror Work Navratri Lehenga Choli",
        category=LEHENGA,
        color="Multi",
        gender=W,
    ),
    # photo: mustard yellow saree with a black Kalamkari-printed border, black blouse, white backdrop. Base BLIP-2.
    case(
        "X1026-026",
        caption("a woman in a yellow and black saree"),
        color_of("saree", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        piece("border", "black"),
        BLIND_QUESTIONS.pattern("checked", "contradiction"),
        describe("saree", "yes", "non_answer"),
        details("saree", "a mustard saree with a black printed border"),
        title="Mustard Yellow & Black Kalamkari Print Saree",
        category=SAREE,
        color="Mustard",
        gender=W,
    ),
    # photo: burgundy brocade lehenga, burgundy choli, gold tissue dupatta without tassels, white backdrop. Base
    # BLIP-2.
    case(
        "X1026-027",
        caption("a woman in a maroon lehenga with gold"),
        color_of("lehenga", "maroon"),
        piece("choli", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        wearing("maroon", "non_answer"),
        BLIND_QUESTIONS.material("brocade"),
        describe(
            "lehenga",
            "a maroon lehenga with gold brocade and a heavy dupatta with tassels and a long train",
            "unsupported",
        ),
        title="Burgundy Woven Design Brocade Lehenga Choli",
        category=LEHENGA,
        color="Burgundy",
        gender=W,
    ),
    # photo: baby pink net saree with silver sequin border, pink sleeveless blouse with plain edges, white
    # backdrop. Base BLIP-2. (The feed row has no color column.)
    case(
        "X1026-028",
        caption("a woman in a pink saree with a silver border"),
        color_of("saree", "pink"),
        piece("blouse", "pink"),
        piece("border", "gold", "contradiction"),
        BLIND_QUESTIONS.material("net"),
        wearing("a pink saree with a sleeveless blouse"),
        describe("saree", "a pink saree with silver sequins and a pink blouse with pearl tassels", "unsupported"),
        title="Pink Embellished Sequinned Net Saree",
        category=SAREE,
        gender=W,
    ),
    # photo: black lehenga with multicolor thread embroidery at the hem, black choli, red dupatta, no belt, white
    # backdrop. Base BLIP-2.
    case(
        "X1026-029",
        caption("a woman in a black and red lehenga at a wedding", "unsupported"),
        color_of("lehenga", "black"),
        piece("choli", "red", "other_garment_color"),
        piece("dupatta", "red"),
        describe("lehenga", "a black lehenga with red embroidery and a red belt", "unsupported"),
        details("lehenga", "Answer: embroidery", "leak"),
        title="Black Thread Work Embroidered Lehenga Choli with Red Dupatta",
        category=LEHENGA,
        color="Black",
        gender=W,
    ),
    # photo: bottle green plain satin saree with a thin gold border, maroon blouse, model holding a gold clutch,
    # white backdrop. Base BLIP-2.
    case(
        "X1026-030",
        caption("a woman in a blue saree holding a clutch", "contradiction"),
        color_of("saree", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("border", "gold"),
        BLIND_QUESTIONS.pattern("solid"),
        BLIND_QUESTIONS.material("satin"),
        wearing("a green saree and a red blouse"),
        details("saree", "the saree has a gold border and gold buttis all over", "unsupported"),
        title="Green Solid Satin Saree with Zari Border",
        category=SAREE,
        color="Green",
        gender=W,
    ),
    # photo: peach lehenga with pearl and sequin work, peach choli, peach dupatta, white backdrop. Base BLIP-2.
    case(
        "X1026-031",
        caption("a woman in a peach colored lehenga with pearls"),
        color_of("lehenga", "peach"),
        piece("choli", "pink"),
        piece(
            "dupatta",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach"
            " peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            hit_limit=True,
        ),
        details("lehenga", "pearls and sequins"),
        wearing("he is wearing a peach lehenga", "pronoun"),
        title="Peach-Coloured Pearl Embellished Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Peach",
        gender=W,
    ),
    # photo: turquoise saree with silver zari stripes in the body, turquoise blouse, white backdrop. Base BLIP-2.
    case(
        "X1026-032",
        caption("a woman in a blue saree with silver stripes"),
        color_of("saree", "blue"),
        piece("blouse", "white", "contradiction"),
        BLIND_QUESTIONS.pattern("striped"),
        describe("saree", "a blue saree with silver stripes and a silver border"),
        BLIND_QUESTIONS.material("it is made of cotton", "unsupported"),
        title="Turquoise Blue Striped Zari Woven Saree",
        category=SAREE,
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: red lehenga with gold bootis, green choli, red dupatta with a green border, glass bangles, white
    # backdrop. Base BLIP-2.
    case(
        "X1026-033",
        caption("a woman in a red and green lehenga choli"),
        color_of("lehenga", "green", "contradiction"),
        piece("choli", "green"),
        piece("dupatta", "green", "other_garment_color"),
        wearing("a red lehenga with a green blouse and gold bangles"),
        details("lehenga", "yes", "non_answer"),
        is_a("lehenga", "yes"),
        title="Red & Green Woven Design Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Red",
        gender=W,
    ),
    # photo: lemon yellow organza saree with embroidered pink flowers, yellow blouse; haldi set, backdrop of orange
    # and yellow marigold strings. Base BLIP-2.
    case(
        "X1026-034",
        caption("a woman in a yellow saree standing in front of flowers"),
        color_of("saree", "yellow"),
        piece("blouse", "orange", "contradiction"),
        describe(
            "saree",
            "the saree is yellow with pink flowers embroidered on the border and the pallu and the blouse is yellow"
            " with a",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.material("organza"),
        details("saree", "pink flowers"),
        title="Yellow Floral Embroidered Organza Saree",
        category=SAREE,
        color="Yellow",
        gender=W,
    ),
    # photo: silver lehenga with mirror and sequin work, silver choli, grey net dupatta, white backdrop. Base
    # BLIP-2. (The feed row has no color column.)
    case(
        "X1026-035",
        caption("a woman in a silver lehenga"),
        color_of("lehenga", "silver"),
        piece("choli", "silver"),
        piece("dupatta", "grey"),
        describe(
            "lehenga",
            "she is wearing a silver lehenga with a silver blouse and a silver dupatta she is wearing a silver"
            " lehenga with a silver blouse and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a gold lehenga", "contradiction"),
        BLIND_QUESTIONS.material("net"),
        title="Silver-Toned Embellished Net Lehenga Choli",
        category=LEHENGA,
        gender=W,
    ),
    # photo: indigo hand-block printed cotton saree with white geometric motifs, white blouse, no jewelry but a
    # watch, white backdrop. Base BLIP-2.
    case(
        "X1026-036",
        caption("a woman in a blue and white saree"),
        color_of("saree", "blue"),
        piece("blouse", "blue", "other_garment_color"),
        BLIND_QUESTIONS.pattern("floral", "contradiction"),
        describe("saree", "a blue saree with white geometric print"),
        BLIND_QUESTIONS.material("cotton"),
        wearing("a blue saree with a white blouse and a silver necklace", "unsupported"),
        details("saree", "what are the saree details?", "restated"),
        title="Indigo Blue Hand Block Print Cotton Saree",
        category=SAREE,
        color="Blue",
        gender=W,
    ),
    # photo: hot pink lehenga with gold gota patti, orange choli, pink dupatta, white backdrop. Base BLIP-2.
    case(
        "X1026-037",
        caption("a woman in a pink lehenga with an orange top"),
        color_of("lehenga", "pink"),
        piece("choli", "pink", "other_garment_color"),
        piece("dupatta", "orange", "other_garment_color"),
        details("lehenga", "the lehenga details", "restated"),
        wearing("a pink and orange lehenga"),
        title="Pink & Orange Gotta Patti Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Pink",
        gender=W,
    ),
    # photo: champagne beige tissue saree with gold border, gold blouse, model seated on a cane chair, studio
    # backdrop. Base BLIP-2.
    case(
        "X1026-038",
        caption("a man sitting on a chair in a gold saree", "pronoun"),
        color_of("saree", "beige"),
        piece("blouse", "gold"),
        piece("border", "gold"),
        describe("saree", "a shiny beige saree with a gold border"),
        wearing("Question: What is the woman wearing? Answer: a saree", "leak", who="the woman"),
        title="Beige & Gold-Toned Tissue Saree",
        category=SAREE,
        color="Beige",
        gender=W,
    ),
    # photo: royal blue silk lehenga with a wide gold border, yellow choli with elbow sleeves, royal blue dupatta,
    # gold necklace, white backdrop. Base BLIP-2.
    case(
        "X1026-039",
        caption("a woman in a blue and yellow lehenga"),
        color_of("lehenga", "blue"),
        piece("choli", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        BLIND_QUESTIONS.sleeve_length("sleeveless", "contradiction"),
        wearing("a blue lehenga, a yellow blouse, a gold necklace, a gold crown", "unsupported", who="she"),
        details(
            "lehenga",
            "the lehenga is royal blue with a wide gold border at the bottom and the blouse is yellow with gold work"
            " on the sleeves and",
            "cut",
            hit_limit=True,
        ),
        title="Royal Blue & Yellow Silk Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Blue",
        gender=W,
    ),
    # photo: coral chiffon saree with a floral print, coral blouse; beach shoot with sea and sky behind. Base
    # BLIP-2.
    case(
        "X1026-040",
        caption("a woman in an orange saree on the beach"),
        color_of("saree", "orange"),
        piece("blouse", "orange"),
        piece("pallu", "blue", "contradiction"),
        BLIND_QUESTIONS.pattern("floral"),
        BLIND_QUESTIONS.material("chiffon"),
        describe("saree", "it is a saree", "non_answer"),
        wearing("a coral saree and sunglasses", "unsupported"),
        title="Coral Floral Printed Chiffon Saree",
        category=SAREE,
        color="Coral",
        gender=W,
    ),
    # photo: olive green lehenga with gold embroidery, olive choli, rust dupatta with gold border, white backdrop.
    # Base BLIP-2.
    case(
        "X1026-041",
        caption("a woman in a green lehenga with an orange dupatta"),
        color_of("lehenga", "olive"),
        piece("choli", "orange", "other_garment_color"),
        piece("dupatta", "orange"),
        details(
            "lehenga",
            "the lehenga is green with gold embroidery and a rust dupatta with a gold border and the blouse is green"
            " with gold",
            "cut",
            hit_limit=True,
        ),
        wearing("yes", "non_answer", who="she"),
        BLIND_QUESTIONS.material("Answer: silk", "leak"),
        title="Olive Green Embroidered Lehenga Choli with Rust Dupatta",
        category=LEHENGA,
        color="Olive",
        gender=W,
    ),
    # photo: Bengal laal-paar saree, white body with a broad red border, red blouse, holding a brass puja thali
    # with a diya, white backdrop. Base BLIP-2.
    case(
        "X1026-042",
        caption("a woman in a white saree with a red border holding a plate"),
        color_of("saree", "red", "contradiction"),
        piece("blouse", "red"),
        piece("border", "red"),
        describe("saree", "a white cotton saree with a red border, she is holding a plate of food", "unsupported"),
        is_a("saree", "yes"),
        title="White & Red Bengal Handloom Cotton Saree",
        category=SAREE,
        color="White",
        gender=W,
    ),
    # photo: pastel yellow lehenga with white chikankari, yellow choli, white dupatta, white backdrop, no train, no
    # bag. Base BLIP-2. (The feed row has no category column.)
    case(
        "X1026-043",
        caption("a woman in a yellow lehenga"),
        color_of("lehenga", "yellow"),
        piece("choli", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        describe(
            "lehenga",
            "a yellow lehenga with white embroidery and sequins and a long train and a matching clutch",
            "unsupported",
        ),
        BLIND_QUESTIONS.garment_type("dress", "contradiction"),
        wearing(
            "a yellow lehenga, yellow lehenga, yellow lehenga, yellow lehenga, yellow lehenga, yellow lehenga,"
            " yellow lehenga, yellow",
            "loop",
            hit_limit=True,
        ),
        title="Yellow Chikankari Lehenga Choli with Dupatta",
        color="Yellow",
        gender=W,
    ),
    # photo: wine georgette saree with all-over sequins, wine blouse, dark studio backdrop. Base BLIP-2.
    case(
        "X1026-044",
        caption("a woman in a black saree with sequins", "contradiction"),
        color_of("saree", "purple"),
        piece("blouse", "purple"),
        details("saree", "the saree details are sequins"),
        describe("saree", "the saree", "non_answer"),
        BLIND_QUESTIONS.material("georgette"),
        wearing("a purple saree Question: What is the color of the saree? Answer: purple", "leak"),
        title="Wine Sequinned Georgette Saree",
        category=SAREE,
        color="Purple",
        gender=W,
    ),
    # photo: dusty rose lehenga with silver embroidery, rose choli, grey net dupatta; palace courtyard shoot with
    # sandstone arches. Base BLIP-2.
    case(
        "X1026-045",
        caption("a woman in a pink lehenga standing in front of a building"),
        color_of("lehenga", "pink"),
        piece("choli", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        wearing("the woman is wearing a pink lehenga", who="the woman"),
        describe("lehenga", "the lehenga is pink and has silver embroidery"),
        BLIND_QUESTIONS.garment_type("dress", "contradiction"),
        details("lehenga", "the lehenga details are the details of the lehenga", "restated"),
        title="Dusty Pink Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Rose",
        gender=W,
    ),
    # photo: ombre silk saree, pink fading to orange, gold border, plain gold tissue blouse, white backdrop. Base
    # BLIP-2.
    case(
        "X1026-046",
        caption("a woman in a pink and orange saree"),
        color_of("saree", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        piece("border", "gold"),
        describe("saree", "a pink saree that turns orange at the bottom"),
        BLIND_QUESTIONS.material("silk"),
        is_a("saree", "no", "contradiction"),
        details("saree", "the saree has a gold border and gold embroidery on the blouse", "unsupported"),
        title="Pink & Orange Ombre Dyed Silk Saree",
        category=SAREE,
        color="Multi",
        gender=W,
    ),
]
