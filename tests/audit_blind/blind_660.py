"""BLIND_660 (46 products; Myntra women's kurtas/kurtis/tunics alone, VQA): written blind in the fifty-fourth session.
Measured blind at 6e41e08 (the session's first rules): 114/131 failures found (87.0%) and 6/178 correct texts flagged
(3.4%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic-wear feed: kurtas, kurtis and tunics, each sold alone (no set, no dupatta in
the listing). The photos are catalog shots, mostly on a white or light grey backdrop, worn by a model who also wears
the bottoms the stylist chose (leggings, churidar, palazzos, jeans, jeggings), sometimes jewellery, a bag, sunglasses
or a prop (a chair, a potted plant). Front views unless a comment says otherwise. The seller's columns are title,
category (Kurtas / Kurtis / Tunics) and color (Myntra base colours); a few rows lack a column, as real feeds do.

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, one
epoch). The caption is its free generation with an empty prompt (max 50 new tokens); the open questions (what the
woman/person is wearing, describe, details, material, and the open color question where marked) are free generation
at max 30 new tokens; the closed questions (color, garment type, pattern, sleeve length, neckline, "Is this a ...?")
come from enrich's --engine reference ranking the candidate values with the same adapter, so they are always one
clean candidate. The adapter was trained without an end-of-answer token on unmasked labels, so its open answers
often run to the limit: they loop on a phrase or a single color word, or stop mid-phrase; sometimes they carry on
into the `Question: ... Answer:` format it was trained on. Its vocabulary is the In-shop garment classes, so it calls
long kurtas "dress" and short kurtis "top" or "shirt"; it gives the kurta the color of the leggings or palazzos; it
invents pockets, zips, belts, lace and fabrics.

Labeling conventions and judgement calls:
- One label per text, the most salient failure: a loop that also leaks `Question:`/`Answer:` is a leak; a text that
  loops is a loop even if the repeated phrase holds an invented detail; a text that stops mid-phrase at the limit
  without repeating is a cut.
- hit_limit=True on every text that ran to its token limit (all loops and cuts, the leaks that ran on); clean short
  answers are never marked.
- Garment words: "kurta", "kurti", "tunic", "top", "long top" and "kaftan" are accepted for any of the three seller
  categories (a short kurti or tunic is a top); "shirt" is accepted only for collared, button-front shirt-style
  tunics; "dress" for a kurta worn over bottoms, "shirt" for a collarless kurti, "blouse" and "sweater" for a kurta
  are contradictions (the photo shows a kurta and the seller says so).
- Colors: shades inside one colour family are correct (navy/blue, maroon/burgundy/red, peach/magenta/pink,
  lavender/purple, rust/orange, mustard/yellow, olive/lime/sea green/green, charcoal/grey melange/grey,
  cream/off-white/white); teal and turquoise may be called green or blue. Where the seller's colour is wrong for the
  photo (X660-036, labelled Brown, looks rust), a text that names the photo's colour is correct.
- A kurta given the bottoms' (or bag's) colour is other_garment_color, also in the caption when it gives the kurta
  and the bottoms one colour; a wrong colour that nothing else in the photo has, a wrong pattern or sleeve length, a
  wrong garment, or "no" to "Is this a kurta?" is a contradiction.
- Material: correct only where the title names it or the fabric is unmistakable on the photo (velvet, knit,
  chambray's denim look read as cotton); any other material claim (silk, rayon, linen, wool, polyester, khadi,
  leather) is unsupported, as are pockets, zips, belts, lace, drawstrings and backs the front view cannot show.
- A one-word answer or a bare "yes" to an open question is a non_answer; an answer that only hands the question's
  words back ("the kurta details are the kurta details") is restated.
- Pronoun: "he"/"a man" for a Women row is pronoun; "she" and "a woman" are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")
color_open = question("color_open", "What color is it?", "open")
W = "the woman"

BLIND_660 = [
    # photo: navy blue straight kurta, white floral block print, round neck, three-quarter sleeves, worn with white
    # palazzos and silver jhumkas; white backdrop. VQA adapter: caption and open answers; reference engine: closed.
    case(
        "X660-001",
        caption("a woman wearing a navy blue kurta with white flowers and white palazzo pants"),
        wearing("a blue kurta and white pants", who=W),
        color_of("kurta", "navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        details(
            "kurta",
            "white floral print, round neck, three quarter sleeves, side slits, side slits, side slits, side slits,"
            " side slits, side slits",
            "loop",
            hit_limit=True,
        ),
        material("denim", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Libas Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard A-line kurta, solid, mandarin collar, short sleeves, gold print on the yoke, worn with white
    # churidar leggings; white backdrop. VQA adapter: caption, open answers; reference engine: closed.
    case(
        "X660-002",
        caption("a woman wearing a mustard kurta and white leggings standing in front of a white wall"),
        wearing("a yellow kurta and white leggings", who=W),
        color_of("kurta", "white", "other_garment_color"),
        Q.garment_type("kurta"),
        describe("kurta", "a yellow kurta with a gold print on the neck and short sleeves"),
        details("kurta", "mandarin collar, gold print on the yoke, pockets on both sides", "unsupported"),
        Q.sleeve_length("long", "contradiction"),
        title="W Women Mustard Yellow Solid A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: black-and-white vertical striped shirt-style tunic, collar, button front, roll-up long sleeves, worn
    # with blue skinny jeans and white sneakers; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-003",
        caption("a woman wearing a black and white striped shirt and blue jeans with white sneakers"),
        wearing("a striped tunic and jeans"),
        color_of("tunic", "blue", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        is_a("tunic", "yes"),
        describe(
            "tunic",
            "a black and white striped tunic with a collar and buttons down the front and a belt at the waist",
            "unsupported",
        ),
        details("tunic", "blue jeans", "other_garment_color"),
        title="Roadster Women Black & White Striped Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: maroon floor-grazing anarkali kurta, gold zari embroidery at the neckline, flared, full sleeves, worn
    # with beige churidar; light grey backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-004",
        caption("a woman in a long maroon kurta with gold embroidery on the neck"),
        wearing("he is wearing a maroon kurta with gold embroidery", "pronoun"),
        color_of("kurta", "maroon"),
        Q.garment_type("dress", "contradiction"),
        details(
            "kurta",
            "gold embroidery on the neckline and flared hem with gold embroidery on the neckline and flared hem with"
            " gold embroidery on the",
            "loop",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Biba Women Maroon Embroidered Cotton Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink hip-length kurti with white chikankari embroidery, three-quarter sleeves, worn with blue jeans;
    # model holds a tan sling bag; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-005",
        caption("a woman wearing a pink top and blue jeans holding a brown bag"),
        wearing("a pink kurti with white embroidery and jeans", who=W),
        color_of("kurti", "pink"),
        describe("kurti", "a pink kurti with white embroidery"),
        details(
            "kurti",
            "Question: What is the color of the jeans? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_open("brown", "other_garment_color"),
        title="Ada Women Pink Chikankari Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: teal straight kurta with small gold foil motifs, sleeveless, V-neck, worn with off-white palazzos;
    # white backdrop, three-quarter side view. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-006",
        caption("a woman in a green kurta with gold print and white palazzos"),
        Q.sleeve_length("sleeveless"),
        color_of("kurta", "teal"),
        wearing("a teal kurta", who=W),
        details("kurta", "gold print, v neck, three quarter sleeves", "contradiction"),
        describe("kurta", "the kurta is described as a kurta", "restated"),
        neckline("v-neck"),
        title="Vishudh Women Teal Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: white cotton kurta with indigo-blue dabu print, straight, mandarin collar, three-quarter sleeves, worn
    # with white pants; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-007",
        caption("a woman wearing a white and blue printed kurta and white pants"),
        color_of("kurta", "white"),
        Q.pattern("printed"),
        material("cotton"),
        wearing(
            "a white kurta with blue print and white pants and white pants and white pants and white pants and white"
            " pants and white",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        describe(
            "kurta",
            "a white kurta with a blue print, a mandarin collar and two pockets on the front",
            "unsupported",
        ),
        title="Fabindia Women White & Blue Dabu Print Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: olive kurti with black geometric print, high-low hem, roll-up sleeves, no collar, worn with black
    # leggings; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-008",
        caption("a woman wearing a green shirt and black leggings", "contradiction"),
        color_of("kurti", "black", "other_garment_color"),
        wearing("a green kurti with black print and black leggings", who=W),
        Q.garment_type("kurta"),
        describe("kurti", "olive green kurti with black geometric print and a high low hem"),
        details("kurti", "geometric print"),
        Q.pattern("striped", "contradiction"),
        title="Global Desi Women Olive Printed High-Low Kurti",
        category="Kurtis",
        color="Olive",
        gender="Women",
    ),
    # photo: red A-line kurta with white polka dots, keyhole round neck, three-quarter bell sleeves, worn with white
    # leggings; sunglasses pushed up on her head; white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X660-009",
        caption("a woman wearing a red polka dot kurta with white leggings and sunglasses on her head"),
        color_of("kurta", "red"),
        Q.pattern("polka dot"),
        wearing("a red kurta with white dots", who=W),
        details("kurta", "white polka dots, keyhole neck, flared sleeves and a zip at the back", "unsupported"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "a red and white kurta with white polka dots all over, a keyhole neck with a button at the back of the"
            " neck and flared sleeves that",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Women Red Polka Dot A-Line Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: peach straight kurta with gold gota-patti border at the hem and cuffs, round neck, three-quarter
    # sleeves, worn with matching peach palazzos; white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X660-010",
        caption("a woman wearing a peach kurta with gold border and matching palazzo pants"),
        color_of("kurta", "pink"),
        wearing("a peach colored kurta and pants", who=W),
        describe(
            "kurta",
            "a peach kurta with a gold border on the bottom and the sleeves and a gold border on the bottom and the"
            " sleeves and a",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "gold gota border at the hem, three quarter sleeves with gota on the cuffs, round neck and a side slit on"
            " the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short", "contradiction"),
        title="Anouk Women Peach-Coloured Gota Patti Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: black straight kurti with red and yellow thread embroidery on the yoke, full sleeves, worn with red
    # leggings; light grey backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-011",
        caption("a woman wearing a black kurta with red embroidery and red leggings"),
        color_of("kurti", "red", "other_garment_color"),
        wearing("she is wearing a red kurta and red leggings", "other_garment_color"),
        Q.sleeve_length("long"),
        describe("kurti", "black", "non_answer"),
        details("kurti", "red and yellow embroidery on the yoke"),
        material("silk", "unsupported"),
        title="Aurelia Women Black Embroidered Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: lavender A-line kurta with small white floral print, short sleeves, round neck, worn with white pants;
    # model holds a white clutch; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-012",
        caption("a woman in a purple floral dress holding a white purse", "contradiction"),
        color_of("kurta", "purple"),
        Q.pattern("floral"),
        wearing("She is wearing a lavender kurta with white flowers and white pants.", who=W),
        details(
            "kurta",
            "floral print, short sleeves, round neck, short sleeves, round neck, short sleeves, round neck, short"
            " sleeves, round",
            "loop",
            hit_limit=True,
        ),
        material("rayon", "unsupported"),
        title="Libas Women Lavender Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: off-white straight kurta with a red-and-green kalamkari printed panel, V-neck with tassel ties,
    # three-quarter sleeves, worn with blue jeans; white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X660-013",
        caption("a woman wearing a white kurta with a colorful print and blue jeans"),
        color_of("kurta", "white"),
        wearing("a white and red kurta and jeans", who=W),
        details("kurta", "tassels on the neck, printed panel, three quarter sleeves"),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "Answer: a white kurta with red print Question: Describe the jeans. Answer: blue jeans",
            "leak",
        ),
        neckline("round neck", "contradiction"),
        title="Jaipur Kurti Women Off-White Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: rust solid hip-length tunic with pintucks and an attached tie-up waist belt, short sleeves, worn with
    # black jeggings; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-014",
        caption("a woman wearing an orange top and black pants"),
        color_of("tunic", "orange"),
        Q.pattern("solid"),
        wearing("an orange tunic with a belt and black jeggings", who=W),
        describe(
            "tunic",
            "an orange tunic with a tie belt at the waist, pintucks on the front and a lace trim at the hem",
            "unsupported",
        ),
        is_a("tunic", "no", "contradiction"),
        details(
            "tunic",
            "the tunic has pintucks on the front, a tie belt at the waist that ties in a bow on the left side, short"
            " sleeves and a round",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Rust Solid Tunic",
        category="Tunics",
        color="Rust",
        gender="Women",
    ),
    # photo: magenta straight kurta with gold foil print, mandarin collar with a short button placket,
    # three-quarter sleeves, worn with cream palazzos; white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X660-015",
        caption("a woman wearing a pink kurta with gold print and cream pants"),
        wearing(
            "a pink kurta with a gold print and cream pants and a pink kurta with a gold print and cream pants and a"
            " pink",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "magenta"),
        Q.sleeve_length("three-quarter"),
        details("kurta", "mandarin collar, gold foil print, buttons on the front"),
        material("polyester", "unsupported"),
        describe("kurta", "a cream kurta with a gold print", "other_garment_color"),
        title="Sangria Women Magenta Foil Print Straight Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: yellow-and-white vertical striped cotton kurti, short sleeves, worn with white trousers; studio backdrop
    # with a potted plant on the left. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-016",
        caption("a woman in a yellow and white striped top standing next to a plant"),
        color_of("kurti", "yellow"),
        Q.pattern("checked", "contradiction"),
        wearing("a striped kurti and white trousers", who=W),
        material("cotton"),
        details("kurti", "vertical stripes, short sleeves, and a pocket on the chest", "unsupported"),
        describe("kurti", "green", "other_garment_color"),
        title="Fabindia Women Yellow Striped Cotton Kurti",
        category="Kurtis",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy kurta with white chevron print, asymmetric hem, sleeveless, worn with white leggings; white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-017",
        caption("a man wearing a blue kurta and white leggings", "pronoun"),
        color_of("kurta", "navy blue"),
        wearing("a blue and white kurta with white leggings", who=W),
        Q.sleeve_length("sleeveless"),
        describe("kurta", "a navy blue kurta with white zig zag print and an uneven hem"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        Q.pattern("striped", "contradiction"),
        title="W Women Navy Printed Asymmetric Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle-green velvet straight kurta with gold embroidery at the neck and cuffs, full sleeves, worn with
    # beige-gold churidar; dark grey backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-018",
        caption("a woman in a dark green kurta with gold embroidery and gold pants"),
        material("velvet"),
        color_of("kurta", "gold", "other_garment_color"),
        wearing("green kurta", who=W),
        Q.garment_type("kurta"),
        details(
            "kurta",
            "gold embroidery on the neck and the sleeves and gold embroidery on the neck and the sleeves and gold"
            " embroidery on the",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a black velvet kurta with gold embroidery", "contradiction"),
        title="Biba Women Green Velvet Embroidered Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: cream straight kurti with a small red floral buti print, cap sleeves, worn with red palazzos; white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-019",
        caption("a woman wearing a white top with red flowers and red pants"),
        color_of("kurti", "red", "other_garment_color"),
        wearing("a white kurti with red flowers and red palazzo pants", who=W),
        describe("kurti", "a red kurti with cream flowers", "contradiction"),
        Q.sleeve_length("short"),
        is_a("kurti", "yes"),
        details(
            "kurti",
            "small red flowers printed all over the kurti, cap sleeves, a round neck with a slit in the front and a"
            " straight hem with",
            "cut",
            hit_limit=True,
        ),
        title="Varanga Women Cream Printed Kurti",
        category="Kurtis",
        color="Cream",
        gender="Women",
    ),
    # photo: grey melange knit tunic, long, cowl neck, full sleeves, worn with black leggings and black ankle boots;
    # white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-020",
        caption("a woman wearing a long grey top with a cowl neck, black leggings and black boots"),
        color_of("tunic", "grey"),
        wearing("grey tunic and black leggings", who=W),
        Q.sleeve_length("long"),
        material("wool", "unsupported"),
        describe(
            "tunic",
            "a grey tunic with a cowl neck and long sleeves and a cowl neck and long sleeves and a cowl neck and long"
            " sleeves and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        title="Vero Moda Women Grey Melange Tunic",
        category="Tunics",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: turquoise A-line kurta with a multicolour bandhani dot print, three-quarter sleeves, worn with white
    # churidar and oxidised silver jhumkas; white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X660-021",
        caption("a woman wearing a blue kurta with a colorful print and white leggings and earrings"),
        color_of("kurta", "turquoise"),
        Q.pattern("printed"),
        wearing("Question: What is the woman wearing? Answer: a blue kurta", "leak", who=W),
        details("kurta", "bandhani print, three quarter sleeves, a-line"),
        Q.garment_type("kurta"),
        describe("kurta", "a white kurta with blue dots", "other_garment_color"),
        title="Rangriti Women Turquoise Blue Bandhani Print A-Line Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: purple hip-length kurti with mirror work at the neckline, short sleeves, worn with blue jeans; white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-022",
        caption("a woman wearing a purple top with mirror work and blue jeans"),
        color_of("kurti", "blue", "other_garment_color"),
        wearing("she is wearing a purple kurti and blue jeans"),
        describe("kurti", "a purple kurti with mirror work on the neck"),
        details(
            "kurti",
            "mirror work on the neckline and the sleeves are short and the hem is straight and the fabric is soft and"
            " the kurti is",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Aks Women Purple Mirror Work Kurti",
        category="Kurtis",
        color="Purple",
        gender="Women",
    ),
    # photo: white straight kurta with black thread embroidery down the placket, long sleeves, worn with black
    # palazzos; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-023",
        caption("a woman in a white kurta and black pants"),
        color_of("kurta", "black", "other_garment_color"),
        wearing("a white kurta with black embroidery and black palazzos", who=W),
        Q.sleeve_length("long"),
        describe("kurta", "yes", "non_answer"),
        details("kurta", "black embroidery on the front and black buttons and a black belt", "unsupported"),
        title="Ethnicity Women White Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: orange kurta with a pink colour-block yoke and a pink hem panel, straight, three-quarter sleeves, worn
    # with pink leggings; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-024",
        caption("a woman wearing an orange and pink kurta with pink leggings"),
        color_of("kurta", "orange"),
        Q.pattern("color block"),
        wearing(
            "a orange kurta and pink leggings and a orange kurta and pink leggings and a orange kurta and pink leggings"
            " and a orange",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a pink panel at the bottom and a pink yoke and a zipper on the back",
            "unsupported",
        ),
        Q.sleeve_length("three-quarter"),
        describe("kurta", "kurta", "non_answer"),
        title="Span Women Orange & Pink Colourblocked Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: beige straight cotton kurta with a brown ikat print, short sleeves, worn with brown palazzos; model
    # holds a jute tote bag; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-025",
        caption("a woman in a beige and brown kurta holding a bag"),
        color_of("kurta", "beige"),
        material("linen", "unsupported"),
        wearing("a beige kurta and brown pants", who=W),
        Q.pattern("printed"),
        describe(
            "kurta",
            "a beige kurta with brown print and short sleeves Question: Describe the bag. Answer: a jute bag",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "ikat print, short sleeves, a round neck"),
        title="Fabindia Women Beige Ikat Cotton Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: sea-green flared kurti with white embroidery round the neckline, three-quarter sleeves, worn with white
    # leggings; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-026",
        caption("a woman wearing a green kurti with white embroidery and white leggings"),
        color_of("kurti", "sea green"),
        wearing("green kurta white leggings Question: What is the color of the leggings? Answer: white", "leak", who=W),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("kurti", "the kurti is described as a kurti", "restated"),
        details("kurti", "white embroidery on the neckline and the flared hem"),
        title="Ishin Women Sea Green Embroidered Flared Kurti",
        category="Kurtis",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black shirt-style tunic with white floral print, shirt collar, button front, roll-up sleeves, high-low
    # hem, worn with white skinny jeans; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-027",
        caption("a woman wearing a black floral shirt and white jeans"),
        color_of("tunic", "white", "other_garment_color"),
        wearing("he is wearing a black shirt with white flowers and white jeans", "pronoun"),
        Q.pattern("floral"),
        Q.garment_type("tunic"),
        details("tunic", "buttons down the front, roll up sleeves, a high low hem"),
        describe(
            "tunic",
            "a black tunic with white flowers and a collar and buttons and roll up sleeves and a black tunic with white"
            " flowers and a",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Black Printed Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: maroon solid straight kurti, Chinese collar, gold buttons down the placket, full sleeves, worn with
    # black leggings; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-028",
        caption("a woman wearing a red kurti and black leggings"),
        color_of("kurti", "maroon"),
        wearing("maroon", "non_answer", who=W),
        Q.pattern("solid"),
        details(
            "kurti",
            "gold buttons on the front, a chinese collar, long sleeves and a embroidered yoke",
            "unsupported",
        ),
        is_a("kurti", "yes"),
        describe("kurti", "a black kurti with gold buttons", "other_garment_color"),
        title="Libas Women Maroon Solid Kurti",
        category="Kurtis",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink ankle-length anarkali kurta with a white floral jaal print, flared from the waist, round neck,
    # three-quarter sleeves, worn with white churidar; beige wall backdrop with a wooden chair beside her.
    # VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-029",
        caption("a woman in a pink floral dress standing next to a wooden chair", "contradiction"),
        color_of("kurta", "pink"),
        wearing("a pink anarkali kurta with white leggings", who=W),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "a long pink kurta with white flowers, flared from the waist, with three quarter sleeves and a round neck"
            " and a",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "pink and white floral print, flared, round neck, three quarter sleeves Answer: pink", "leak"),
        material("chiffon", "unsupported"),
        title="Anouk Women Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: indigo chambray kurti, band collar, short button placket, white embroidery at the hem, roll-up long
    # sleeves, worn with white jeans; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-030",
        caption("a woman wearing a blue kurti and white jeans"),
        material("cotton"),
        color_of("kurti", "white", "other_garment_color"),
        wearing("a blue kurti with white embroidery and white jeans", who=W),
        describe("kurti", "blue kurti with white embroidery on the hem and roll up sleeves"),
        Q.sleeve_length("long"),
        details(
            "kurti",
            "white embroidery on the hem and the sleeves are rolled up and the collar is a band collar and the buttons"
            " on the front are",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Blue Chambray Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: green straight kurta with a yellow floral print, sleeveless, worn with yellow palazzos; white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-031",
        caption("a woman wearing a yellow kurta and yellow pants", "other_garment_color"),
        color_of("kurta", "green"),
        wearing("a green dress with yellow flowers", "contradiction", who=W),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        details("kurta", "Question: What are the kurta details? Answer: floral print", "leak"),
        title="Jaipur Kurti Women Green Floral Printed Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: black A-line kurta with a silver foil print, three-quarter sleeves, worn with black leggings; white
    # backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-032",
        caption("a woman wearing a black dress with silver print and black leggings", "contradiction"),
        color_of("kurta", "black"),
        wearing(
            "black black black black black black black black black black black black black black black black black"
            " black black black",
            "loop",
            who=W,
            hit_limit=True,
        ),
        describe("kurta", "a black kurta with silver print"),
        material("leather", "unsupported"),
        Q.sleeve_length("three-quarter"),
        details("kurta", "silver print, three quarter sleeves, and a zipper in the front", "unsupported"),
        title="W Women Black Printed A-Line Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: red-and-white checked hip-length kurti with a tie-up neck, three-quarter sleeves, worn with blue
    # jeans; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-033",
        caption("a woman wearing a red and white checked top and blue jeans"),
        color_of("kurti", "red"),
        Q.pattern("striped", "contradiction"),
        wearing("a red checked kurti and blue jeans", who=W),
        details("kurti", "checked", "non_answer"),
        describe(
            "kurti",
            "The kurti is red and white checked with a tie up neck and three quarter sleeves and the kurti is red and"
            " white checked with",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Red Checked Kurti",
        category="Kurtis",
        color="Red",
        gender="Women",
    ),
    # photo: lime-green solid straight kurti with white lace trim at the hem, short sleeves, worn with white
    # leggings; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-034",
        caption("a woman wearing a green top and white leggings"),
        color_of("kurti", "green"),
        wearing(
            "she is wearing a green kurti and white leggings and she is wearing a green kurti and white leggings and"
            " she is wearing a",
            "loop",
            who=W,
            hit_limit=True,
        ),
        describe("kurti", "a lime green kurti with a lace trim at the bottom"),
        Q.garment_type("dress", "contradiction"),
        color_open("white", "other_garment_color"),
        title="Sringam Women Lime Green Solid Kurti",
        category="Kurtis",
        color="Lime Green",
        gender="Women",
    ),
    # photo: cobalt-blue kaftan-style tunic with white embroidery at the neckline, wide batwing sleeves, worn with
    # white pants; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-035",
        caption("a woman wearing a blue kaftan top with white embroidery and white pants"),
        color_of("tunic", "blue"),
        wearing("a blue top", who=W),
        describe(
            "tunic",
            "a blue tunic with white embroidery on the neck and wide sleeves Question: What is the color of the pants?"
            " Answer: white",
            "leak",
            hit_limit=True,
        ),
        details(
            "tunic",
            "white embroidery on the neckline, batwing sleeves, and a drawstring at the waist",
            "unsupported",
        ),
        Q.pattern("striped", "contradiction"),
        title="Global Desi Women Blue Kaftan Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: rust straight kurta with a cream floral print, three-quarter sleeves, worn with cream palazzos; white
    # backdrop. The seller calls it Brown; on the photo it is rust. VQA adapter: caption, open; reference: closed.
    case(
        "X660-036",
        caption("a woman wearing an orange kurta with white flowers and white pants"),
        color_of("kurta", "rust"),
        wearing("an orange kurta and cream palazzos", who=W),
        Q.pattern("floral"),
        details(
            "kurta",
            "the kurta has a floral print and three quarter sleeves and a round neck and a floral print and three"
            " quarter sleeves and",
            "loop",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        describe("kurta", "a cream kurta with orange flowers", "other_garment_color"),
        title="Biba Women Brown Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: charcoal straight kurta with thin white pinstripes, shirt collar, long sleeves, worn with white
    # churidar; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-037",
        caption(
            "a woman wearing a grey striped kurta with a collar and long sleeves and white leggings standing on a"
            " white background with her left hand on her hip and her right hand hanging by her side and her hair"
            " is tied",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "grey"),
        wearing("grey striped kurta and white churidar", who=W),
        Q.pattern("solid", "contradiction"),
        describe("kurta", "a grey kurta with white stripes and a collar"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "stripes, collar, long sleeves, a pocket on the chest and a slit on both sides",
            "unsupported",
        ),
        Q.sleeve_length("short", "contradiction"),
        title="Vishudh Women Charcoal Striped Straight Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Women",
    ),
    # photo: yellow straight kurta with all-over white chikankari, three-quarter sleeves, worn with white
    # palazzos; white backdrop. This row has no gender column. VQA adapter: caption, open; reference: closed.
    case(
        "X660-038",
        caption("a woman in a yellow kurta and white palazzo pants"),
        color_of("kurta", "white", "other_garment_color"),
        wearing("yellow kurta with white embroidery"),
        describe("kurta", "a yellow kurta with white chikan embroidery all over and three quarter sleeves"),
        details("kurta", "the details are the details on the kurta", "restated"),
        Q.garment_type("blouse", "contradiction"),
        title="Ada Women Yellow Chikankari Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # photo: white peasant-style tunic with blue embroidery and tassels at the neckline, three-quarter sleeves, worn
    # with blue skinny jeans and tan sandals; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-039",
        caption("a woman wearing a white top with blue embroidery and blue jeans"),
        color_of("tunic", "blue", "other_garment_color"),
        wearing("a white tunic and jeans", who=W),
        Q.sleeve_length("three-quarter"),
        describe(
            "tunic",
            "a white cotton tunic with blue embroidery on the neckline and tassels on the neck tie and three quarter"
            " sleeves with blue embroidery on the",
            "cut",
            hit_limit=True,
        ),
        details("tunic", "blue", "non_answer"),
        title="Bhama Couture Women White Embroidered Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: multicoloured patchwork kurta (red, blue and yellow panels), straight, three-quarter sleeves, worn with
    # blue jeans; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-040",
        caption("a woman wearing a colorful kurta and blue jeans"),
        color_of("kurta", "multi"),
        wearing("a multicolored kurta and jeans", who=W),
        Q.pattern("color block"),
        details(
            "kurta",
            "patchwork of red, blue and yellow fabric, a round neck and a zipper on the side",
            "unsupported",
        ),
        describe(
            "kurta",
            "a colorful patchwork kurta in red, blue and yellow with three quarter sleeves and a round neck, worn with"
            " blue jeans and a",
            "cut",
            hit_limit=True,
        ),
        title="Sabhyata Women Multicoloured Patchwork Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: burgundy straight kurta with a gold block print, mandarin collar, side slits, three-quarter sleeves,
    # worn with cream palazzos; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-041",
        caption("a man in a red kurta", "pronoun"),
        color_of("kurta", "burgundy"),
        wearing("a burgundy kurta with gold print and cream palazzos", who=W),
        describe(
            "kurta",
            "a burgundy kurta with a gold print and side slits and three quarter sleeves and a mandarin collar and a"
            " gold",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        material("velvet", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Biba Women Burgundy Printed Straight Kurta",
        category="Kurtas",
        color="Burgundy",
        gender="Women",
    ),
    # photo: pastel-blue high-low kurti with white floral embroidery, three-quarter sleeves, worn with white jeans;
    # white backdrop. This row has no color column. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-042",
        caption("a woman wearing a light blue kurti and white jeans"),
        color_of("kurti", "light blue"),
        wearing(
            "Answer: a blue kurti and white jeans Answer: a blue kurti and white jeans Answer: a blue",
            "leak",
            who=W,
            hit_limit=True,
        ),
        details("kurti", "white embroidery, high low hem"),
        Q.pattern("floral"),
        describe("kurti", "a white kurti with blue embroidery", "other_garment_color"),
        title="Ishin Women Blue Embroidered High-Low Kurti",
        category="Kurtis",
        gender="Women",
    ),
    # photo: black straight kurta with a red rose print, round neck, short sleeves, worn with red palazzos; white
    # backdrop, front view only. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-043",
        caption("a woman in a red kurta and red pants", "other_garment_color"),
        color_of("kurta", "black"),
        wearing("a black kurta with red roses and red palazzo pants", who=W),
        describe("kurta", "a black kurta with red roses printed all over and short sleeves"),
        details("kurta", "red rose print, short sleeves, a round neck and a pleated back", "unsupported"),
        Q.sleeve_length("short"),
        neckline("round neck"),
        title="Libas Women Black Floral Printed Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: olive long tunic with tonal embroidery on the yoke, mandarin collar, full sleeves, worn with beige
    # pants; white backdrop. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-044",
        caption("a woman wearing a green tunic and beige pants"),
        color_of("tunic", "beige", "other_garment_color"),
        wearing("he is wearing a green tunic", "pronoun"),
        describe("tunic", "olive green tunic with embroidery and a mandarin collar"),
        material("khadi", "unsupported"),
        is_a("tunic", "yes"),
        details(
            "tunic",
            "embroidery on the yoke, mandarin collar, long sleeves, embroidery on the yoke, mandarin collar, long"
            " sleeves, embroidery on the",
            "loop",
            hit_limit=True,
        ),
        title="Aurelia Women Olive Embroidered Tunic",
        category="Tunics",
        color="Olive",
        gender="Women",
    ),
    # photo: pink straight kurta with a white floral print, round neck, long sleeves, worn with white pants; white
    # backdrop. This row has no category column. VQA adapter: caption, open; reference engine: closed.
    case(
        "X660-045",
        caption("a woman in a pink kurta with white flowers and white pants"),
        color_of("kurta", "pink"),
        wearing(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink",
            "loop",
            who=W,
            hit_limit=True,
        ),
        describe("kurta", "Describe the kurta. the kurta", "restated"),
        Q.sleeve_length("long"),
        details("kurta", "white floral print all over, round neck and long sleeves"),
        title="Vishudh Women Pink Printed Kurta",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard hip-length tunic with a black geometric print, round neck, three-quarter sleeves, worn with
    # black jeggings; a black sling bag across her body; white backdrop. VQA adapter: caption, open; reference: closed.
    case(
        "X660-046",
        caption("a woman wearing a yellow top and black pants with a black bag"),
        color_of("tunic", "mustard"),
        wearing("she is wearing a mustard yellow tunic and black jeggings with a black sling bag", who=W),
        describe("tunic", "a yellow tunic with black print and a collar and pockets", "unsupported"),
        Q.pattern("printed"),
        Q.garment_type("tunic"),
        details(
            "tunic",
            "Question: What is the color of the bag? Answer: black Question: What is the color of the pants? Answer:"
            " black",
            "leak",
            hit_limit=True,
        ),
        title="Harpa Women Mustard Printed Tunic",
        category="Tunics",
        color="Mustard",
        gender="Women",
    ),
]
