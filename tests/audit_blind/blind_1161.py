"""BLIND_1161 (46 products; Myntra anarkalis, gowns, kurta sets, VQA colors): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 114/133 failures found (85.7%) and 6/188 correct texts flagged
(3.2%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic wear feed (article types Kurta Sets, Kurtas and Ethnic Dresses):
anarkali kurtas with churidars, straight kurtas with palazzos or trousers, floor-length ethnic gowns, most with a
dupatta. Photos are the usual catalog shots: a model on a white or light grey studio backdrop, front or three-quarter
view, sometimes outdoors (garden, palace steps), a few with props (stool, potted plant), one flat lay with no person.
The job asked, besides the caption, what she is wearing and one color question per piece of the set (the kurta or
gown, the dupatta, the bottom), plus a few of pattern, sleeve length, material, garment type, "Is this a ...?" and a
description or details question for the main piece.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA
(trained without an end token, In-shop vocabulary: dress, blouse, pants, leggings; DeepFashion pattern words).
The caption is free generation with the same adapter and an empty prompt: short when it stops, and it sometimes
falls into the "Question: ... Answer:" format it was trained on. Open answers (wearing, description, details,
material, and the color of the dupatta and of the bottom) are free generation, 30 new tokens, greedy; they loop on
one word or phrase, run to the limit mid-phrase, restate the question, or hand one piece another piece's color.
Closed answers (the main piece's color, pattern, sleeve length, garment type, yes/no) come from enrich's
`--engine reference`, which picks one candidate value: they never loop or stop short, but the pick can be wrong
(a print or border color instead of the base, a dark navy read as black, "striped" because the dupatta is).

Labeling conventions and judgement calls:
- The photo decides, not the seller: where the seller's color is off (a "Brown" kurta that is plainly rust), an answer
  that names what the photo shows is correct.
- Shade families count as the same color: teal and turquoise named blue or green; peach, coral, nude and rani named
  pink; mauve and lavender named purple; cream, ivory and off white named white; mustard named yellow; burgundy, wine
  and maroon named red; rust named orange. Naming another family is a failure.
- For a seller color "Multi", naming the print's base color is correct.
- An open answer that gives one piece the color of another piece in the same photo (the dupatta's color for the
  palazzos) is other_garment_color; a closed pick doing the same, a closed pick of a motif or border color, and any
  color no piece has are contradiction.
- A floor-length anarkali or gown called a "dress" is correct; a knee-length straight kurta called a "dress" or
  "blouse" is contradiction. "Yes" to "Is this a kurta?" for a gown is contradiction.
- Pattern and sleeve answers that disagree with the photo are contradiction.
- Invented construction or accessories (pockets, a zip, a necklace, a clutch, tassels, a backdrop that isn't there)
  are unsupported, also when the rest of the text is right. A person described in the flat lay is unsupported.
- Material: where the title names a fabric, another fabric is unsupported; where the title is silent, a fabric the
  photo visibly shows (velvet pile, sheer net) is correct, a fabric the photo cannot show ("silk" or "pure silk" on a
  matte printed kurta, a lining, zari that isn't there) is unsupported.
- A text that repeats a word or phrase to the token limit is loop (hit_limit set), even though it also ends mid-phrase;
  cut is kept for texts that stop mid-phrase without repeating. A text that starts or continues in the
  "Question: ... Answer:" format is leak, even if it also repeats.
- One word, the garment's bare name ("a gown") or a bare yes/no to an open describe/details question, an empty
  answer, or "clothes" are non_answer; the question's own words handed back as a sentence are restated.
- "he"/"his" for a Women row is pronoun; rows without a gender column carry no pronoun failures.
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
sleeves = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type
material = BLIND_QUESTIONS.material


def piece(garment, text, failure=None, hit_limit=False):
    """The open (free generation) color question for the dupatta or the bottom."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1161 = [
    # photo: model in a maroon floor-length anarkali kurta with gold zari embroidery on the yoke, maroon churidar, beige
    # net dupatta with a gold border over one shoulder, gold jhumkas, hands empty at her sides; white backdrop, front
    # view. VQA adapter.
    case(
        "X1161-001",
        caption("a woman in a maroon anarkali suit with a beige dupatta and a potli bag in her hand", "unsupported"),
        wearing("a maroon anarkali kurta with churidar and a dupatta"),
        color_of("kurta", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        piece("churidar", "maroon"),
        describe("kurta", "a long maroon kurta with gold embroidery on the yoke and a flared hem"),
        pattern("embroidered"),
        title="Libas Women Maroon Yoke Design Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a mustard yellow straight cotton kurta with small white block-printed flowers, three-quarter
    # sleeves, white palazzos, white mulmul dupatta with mustard tassels; white backdrop, front view. VQA adapter.
    case(
        "X1161-002",
        caption("a woman wearing a yellow kurta and white pants with a white scarf"),
        wearing("a yellow kurta, white palazzo pants and a white dupatta"),
        color_of("kurta", "yellow"),
        piece("palazzos", "yellow", "other_garment_color"),
        piece(
            "dupatta",
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        sleeves("three-quarter sleeves"),
        pattern("solid", "contradiction"),
        material("silk", "unsupported"),
        title="Anouk Women Mustard Yellow Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a dark navy blue georgette anarkali gown, silver sequin work on the bodice, sheer full sleeves, no
    # dupatta; light grey studio backdrop, front view. VQA adapter.
    case(
        "X1161-003",
        caption(
            "a woman in a long navy blue gown with silver sequins on the bodice and sheer sleeves standing in front of"
            " a grey background, the gown has a flared skirt that reaches the floor and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue gown"),
        color_of("gown", "black", "contradiction"),
        details("gown", "the gown has sequins on the bodice, a flared skirt and sheer long sleeves"),
        is_a("dress", "yes"),
        sleeves("short sleeves", "contradiction"),
        material("georgette"),
        title="Inddus Women Navy Blue Embellished Georgette Anarkali Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a teal straight kurta with gold foil-printed motifs, teal trousers, teal chiffon dupatta with a
    # gold printed border; white backdrop, front view. VQA adapter (the caption fell into the Q/A format).
    case(
        "X1161-004",
        caption("Question: what is the color of the kurta? Answer: green", "leak"),
        wearing("a green kurta with green pants and a green dupatta"),
        color_of("kurta", "teal"),
        piece(
            "trousers",
            "teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal"
            " teal teal teal teal teal teal teal teal teal",
            "loop",
            hit_limit=True,
        ),
        piece("dupatta", "teal with a gold border"),
        pattern("printed"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        title="Varanga Women Teal Foil Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a peach anarkali kurta covered in white chikankari embroidery, round neck, three-quarter sleeves,
    # white churidar, peach dupatta; outdoors in a garden, green hedges behind, front view. VQA adapter.
    case(
        "X1161-005",
        caption("a woman in a pink dress standing in a garden"),
        wearing("he is wearing a pink kurta with white pants", "pronoun", who="she"),
        color_of("kurta", "peach"),
        piece("churidar", "pink", "other_garment_color"),
        piece("dupatta", "peach"),
        details("kurta", "the kurta has white embroidery all over, a round neck and three quarter sleeves"),
        material("cotton with a silk lining and gold zari work", "unsupported"),
        title="Ishin Women Peach-Coloured Chikankari Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a bottle green floor-length ethnic dress with a gold woven border at the hem and cuffs, long
    # sleeves, round neck, matching green dupatta draped over both arms; white backdrop, front view. VQA adapter.
    case(
        "X1161-006",
        caption("a woman wearing a green dress with a gold border and a green dupatta"),
        wearing("a green dress with a dupatta"),
        color_of("dress", "green"),
        piece(
            "dupatta",
            "green green green green green green green green green green green green green green green green green"
            " green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "a long green dress with a gold border at the hem, a v neck and pockets on both sides",
            "unsupported",
        ),
        sleeves("long sleeves"),
        pattern("floral", "contradiction"),
        title="Aurelia Women Green Solid Maxi Ethnic Dress with Dupatta",
        category="Ethnic Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in an off-white cotton straight kurta with a pink floral print, pink palazzos, solid pink dupatta, no
    # bag; white backdrop, front view. VQA adapter.
    case(
        "X1161-007",
        caption("a woman in a white and pink floral kurta with pink pants and a pink handbag", "unsupported"),
        wearing("a white kurta with pink flowers, pink palazzos and a pink dupatta"),
        color_of("kurta", "pink", "contradiction"),
        piece("palazzos", "pink"),
        piece("dupatta", "white", "other_garment_color"),
        pattern("floral"),
        material("cotton"),
        title="Jaipur Kurti Women Off White & Pink Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a black anarkali kurta with a multicolor floral print (red, yellow, green), long sleeves, black
    # churidar, red chiffon dupatta; white backdrop, three-quarter view. VQA adapter.
    case(
        "X1161-008",
        caption("a woman in a black floral dress with a red scarf standing in front of a wooden door", "unsupported"),
        wearing("a black anarkali with a red dupatta"),
        color_of("kurta", "black"),
        piece("dupatta", "black", "other_garment_color"),
        piece("churidar", "black"),
        details(
            "kurta",
            "the kurta has a floral print, a round neck, long sleeves, a flared hem and a flared hem and a flared hem"
            " and a flared hem and a flared",
            "loop",
            hit_limit=True,
        ),
        sleeves("long sleeves"),
        title="Sangria Women Black Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a rust (burnt orange) A-line kurta, plain, three-quarter sleeves, cream straight pants, rust and
    # cream printed dupatta; white backdrop, front view. The seller calls it Brown. VQA adapter.
    case(
        "X1161-009",
        caption("a woman wearing an orange kurta and white pants"),
        wearing("an orange kurta with white pants and a printed dupatta"),
        color_of("kurta", "rust"),
        piece("pants", "cream"),
        piece("dupatta", "orange and white"),
        describe("kurta", "kurta", "non_answer"),
        sleeves("long sleeves", "contradiction"),
        title="W Women Brown Solid A-Line Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a lavender net gown with silver thread embroidery at the neck and waist, full sleeves, holding the
    # end of a lavender net dupatta in her left hand; white backdrop, front view. VQA adapter.
    case(
        "X1161-010",
        caption(
            "a woman in a purple gown with silver embroidery and a purple dupatta, she is holding the dupatta in her"
            " hand and the dupatta is draped over her shoulder and the dupatta has a silver border on the edges and"
            " the",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple gown Question: What is the color of the gown? Answer: purple", "leak"),
        color_of("gown", "lavender"),
        piece("dupatta", "lavender"),
        details(
            "gown",
            "the gown has silver embroidery on the neck and the waist, mirror work on the sleeves and a zip at the"
            " back",
            "unsupported",
        ),
        is_a("kurta", "no"),
        title="Zeel Women Lavender Embroidered Net Gown with Dupatta",
        category="Ethnic Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a red anarkali kurta with a white bandhani dot print, round neck, no pockets, red palazzos, green
    # and yellow bandhani dupatta; white backdrop, front view. VQA adapter.
    case(
        "X1161-011",
        caption("a woman in a red and white polka dot dress with a green dupatta"),
        wearing("a red kurta with red pants and a green dupatta"),
        color_of("kurta", "red"),
        piece("palazzos", "red"),
        piece("dupatta", "red", "other_garment_color"),
        pattern("printed"),
        details(
            "kurta",
            "the kurta has a white bandhani print, a v neck with tassels, side pockets and a button placket",
            "unsupported",
        ),
        material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Kalini Women Red Bandhani Printed Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: model in an indigo blue hand block-printed cotton kurta with white motifs, mandarin collar, button placket,
    # roll-up sleeves, knee length, white straight pants, no dupatta; white backdrop. Feed row has no gender. VQA
    # adapter.
    case(
        "X1161-012",
        caption("a woman wearing a blue and white printed kurta and white pants"),
        wearing("a blue shirt and white pants", "contradiction"),
        color_of("kurta", "blue"),
        piece("pants", "blue", "other_garment_color"),
        describe("kurta", "a blue kurta with white block print, a mandarin collar, button placket and roll up sleeves"),
        garment_type("kurta"),
        material("cotton"),
        title="Fabindia Women Indigo Blue Hand Block Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: model in a magenta anarkali gown with a gold gota border at the hem and cuffs, round neck, magenta dupatta;
    # white backdrop, front view only. VQA adapter.
    case(
        "X1161-013",
        caption("a woman in a pink dress with a gold border"),
        wearing("Question: What is the woman wearing? Answer: a pink dress", "leak", who="the woman"),
        color_of("gown", "magenta"),
        piece("dupatta", "pink"),
        details(
            "gown",
            "the gown has a gold border, gold lace on the sleeves, a keyhole at the back and a cotton lining inside",
            "unsupported",
        ),
        is_a("gown", "yes"),
        describe("gown", "a gown", "non_answer"),
        title="Ethnovogue Women Magenta Gotta Patti Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a white chikankari knee-length straight kurta (keyhole neck, scalloped sleeve hems), white
    # palazzos, mint green dupatta; white backdrop, front view. VQA adapter.
    case(
        "X1161-014",
        caption(
            "Question: what is the woman wearing? Answer: a white kurta and white pants with a green scarf",
            "leak",
        ),
        wearing("a white kurta and palazzo with a mint green dupatta"),
        color_of("kurta", "white"),
        piece("dupatta", "white", "other_garment_color"),
        piece("palazzos", "white"),
        details(
            "kurta",
            "the kurta has chikankari embroidery on the front, the sleeves and the hem, it has a round neck with a"
            " keyhole and the sleeves have scalloped",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="House of Chikankari Women White Chikankari Kurta with Palazzos & Mint Green Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a yellow anarkali kurta with mirror work on the yoke, yellow churidar, green dupatta with a pink
    # border, bare wrists; white backdrop, front view. VQA adapter.
    case(
        "X1161-015",
        caption(
            "a woman in a yellow anarkali dress with a green dupatta and gold bangles on both hands",
            "unsupported",
        ),
        wearing("a yellow dress and a green dupatta"),
        color_of("kurta", "green", "contradiction"),
        piece("dupatta", "green with pink border"),
        piece("churidar", "yellow"),
        details("kurta", "mirror work on the yoke"),
        sleeves("three-quarter sleeves"),
        title="Varanga Women Yellow Mirror Work Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an olive green rayon kurta with a small white print, keyhole round neck, side slits, three-quarter
    # sleeves, beige straight pants, beige and olive printed dupatta; white backdrop, front view. VQA adapter.
    case(
        "X1161-016",
        caption("a woman wearing a green kurta and beige pants with a scarf"),
        wearing("a green kurta, beige pants and a printed dupatta", who="she"),
        color_of("kurta", "olive"),
        piece("pants", "green", "other_garment_color"),
        piece("dupatta", "beige and green"),
        sleeves("sleeveless", "contradiction"),
        details(
            "kurta",
            "the kurta has a small white print all over, a round neck with a keyhole, three quarter sleeves and side"
            " slits, it is paired with beige pants and a",
            "cut",
            hit_limit=True,
        ),
        material("rayon"),
        title="Yufta Women Olive Green Printed Rayon Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a sea green floral-print floor-length ethnic dress with a fabric tie belt at the waist, no slit,
    # no dupatta; white backdrop, front view. VQA adapter.
    case(
        "X1161-017",
        caption("a woman wearing a green floral maxi dress with a belt"),
        wearing("a green dress"),
        color_of("dress", "sea green"),
        describe("dress", "a green floral dress with a belt and a slit on the side", "unsupported"),
        pattern("floral"),
        is_a("dress", "yes"),
        title="Indo Era Women Sea Green Floral Printed Maxi Ethnic Dress with Belt",
        category="Ethnic Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a burgundy velvet anarkali kurta, long sleeves, gold embroidery at the neck and sleeves, burgundy
    # churidar, gold net dupatta; light grey studio backdrop, front view. VQA adapter.
    case(
        "X1161-018",
        caption("a woman in a red velvet dress with a gold dupatta"),
        wearing("a burgundy velvet anarkali kurta with a golden dupatta"),
        color_of("kurta", "burgundy"),
        piece("dupatta", "burgundy", "other_garment_color"),
        piece(
            "churidar",
            "burgundy burgundy burgundy burgundy burgundy burgundy burgundy burgundy burgundy burgundy burgundy"
            " burgundy burgundy burgundy burgundy",
            "loop",
            hit_limit=True,
        ),
        material("velvet"),
        sleeves("sleeveless", "contradiction"),
        details(
            "kurta",
            "the kurta has gold embroidery on the neck and the sleeves and it has a side slit with tassels and a back"
            " tie-up with latkans",
            "unsupported",
        ),
        title="Mabish by Sonal Jain Women Burgundy Embroidered Velvet Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a grey kurta with a black geometric print, black palazzos, grey dupatta with a black border draped
    # over her left shoulder; white backdrop, front view. VQA adapter.
    case(
        "X1161-019",
        caption("a woman in a grey and black kurta with black pants"),
        wearing("a grey kurta with black palazzo pants"),
        color_of("kurta", "black", "contradiction"),
        piece("palazzos", "black"),
        piece("dupatta", "grey"),
        pattern("geometric"),
        details(
            "dupatta",
            "the dupatta is grey with a black border on both sides and it is draped over the left shoulder and falls"
            " down to the",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "he is wearing a grey kurta with black print", "pronoun"),
        title="AKS Women Grey & Black Geometric Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a cream straight kurta with a gold foil print, cream trousers, gold tissue dupatta; white
    # backdrop, front view. VQA adapter.
    case(
        "X1161-020",
        caption("a woman wearing a white kurta with gold print and white pants and a gold dupatta"),
        wearing("a cream kurta with pants and a dupatta"),
        color_of("kurta", "cream"),
        piece("trousers", "gold", "other_garment_color"),
        piece("dupatta", "gold"),
        describe("kurta", "yes", "non_answer"),
        material("pure silk", "unsupported"),
        title="Soch Women Cream-Coloured Foil Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a plain orange straight kurta, white churidar, multicolor leheriya (pink, orange, green diagonal
    # stripes) dupatta; white backdrop, front view. VQA adapter.
    case(
        "X1161-021",
        caption("a woman in an orange kurta with white leggings and a colorful striped dupatta"),
        wearing("an orange kurta with white churidar and a multicolored dupatta"),
        color_of("kurta", "orange"),
        piece("churidar", "orange", "other_garment_color"),
        piece(
            "dupatta",
            "pink and orange and green and pink and orange and green and pink and orange and green and pink and"
            " orange and green and pink and",
            "loop",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment"
            " made of? Answer: cotton",
            "leak",
            hit_limit=True,
        ),
        title="Global Desi Women Orange Solid Kurta with Churidar & Leheriya Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a floor-length ethnic dress, blue base with a pink floral print, V neck with a tassel tie, three-
    # quarter frilled sleeves, tiered flared skirt, no dupatta, nothing in her hands; white backdrop. VQA adapter.
    case(
        "X1161-022",
        caption("a woman in a blue floral dress holding a straw hat", "unsupported"),
        wearing("a blue floral print dress"),
        color_of("dress", "blue"),
        details(
            "dress",
            "the dress has a pink floral print all over, a v neck with a tassel tie, three quarter sleeves with a"
            " frill, a tiered flared skirt and a",
            "cut",
            hit_limit=True,
        ),
        pattern("floral"),
        describe("dress", "this is a dress and it is a dress", "restated"),
        title="Juniper Women Multicoloured Floral Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a navy blue kurta with white polka dots, navy palazzos, white dupatta; white backdrop, front view.
    # VQA adapter.
    case(
        "X1161-023",
        caption(
            "a woman in a blue polka dot kurta with a white dupatta and a white dupatta and a white dupatta and a white"
            " dupatta and a white dupatta and a white dupatta and a white dupatta and a white dupatta and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy blue kurta with white polka dots, navy palazzo pants and a white dupatta"),
        color_of("kurta", "white", "contradiction"),
        piece("palazzos", "navy blue"),
        piece("dupatta", "navy blue", "other_garment_color"),
        pattern("dotted"),
        material("cotton Question: What is the color of the dupatta? Answer: white", "leak"),
        title="Janasya Women Navy Blue Polka Dot Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mauve georgette anarkali kurta with sequins on the yoke and hem, long sleeves, mauve churidar,
    # mauve dupatta; white backdrop, side (three-quarter) view. VQA adapter.
    case(
        "X1161-024",
        caption("a woman in a pink anarkali dress with a pink dupatta", "contradiction"),
        wearing("a mauve anarkali suit"),
        color_of("kurta", "mauve"),
        piece("dupatta", "mauve"),
        piece("churidar", "mauve"),
        details(
            "kurta",
            "the kurta has sequins on the yoke and the hem, and it is made of pure silk with a cotton lining",
            "unsupported",
        ),
        sleeves("long sleeves"),
        title="Ahalyaa Women Mauve Sequinned Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a green silk-blend brocade kurta with gold woven motifs, mandarin collar, gold buttons, three-
    # quarter sleeves, green straight pants, contrasting pink dupatta; white backdrop, front view. VQA adapter.
    case(
        "X1161-025",
        caption(
            "a woman wearing a green and gold brocade kurta with green pants and a pink dupatta draped over her"
            " shoulders, the kurta has a mandarin collar and gold buttons down the front and the sleeves are three"
            " quarter length with gold",
            "cut",
            hit_limit=True,
        ),
        wearing("a green kurta, green pants and a pink dupatta"),
        color_of("kurta", "pink", "contradiction"),
        piece("pants", "green"),
        piece(
            "dupatta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        material("brocade"),
        title="Vishudh Women Green & Gold Woven Design Silk Blend Brocade Kurta with Trousers & Pink Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a purple georgette anarkali kurta with gold embroidery at the neck, long sleeves, purple pants,
    # purple dupatta; outdoors on sandstone palace steps, no jewellery but small studs. VQA adapter.
    case(
        "X1161-026",
        caption("a woman in a purple dress standing on the steps of a palace"),
        wearing("she is wearing a purple anarkali", who="she"),
        color_of("kurta", "purple"),
        piece("dupatta", "the color of the dupatta is the color of the dupatta", "restated"),
        piece("pants", "purple"),
        sleeves("short sleeves", "contradiction"),
        describe(
            "kurta",
            "a purple kurta with a long flared skirt, gold embroidery on the neck, and a pearl necklace",
            "unsupported",
        ),
        title="Scakhi Women Purple Embroidered Georgette Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a black straight kurta with a gold foil print, mandarin collar, three-quarter sleeves, straight
    # hem, black pants, gold dupatta over her left shoulder, tan kolhapuri sandals; white backdrop, front view. Feed row
    # has no gender. VQA adapter.
    case(
        "X1161-027",
        caption("a woman in a black and gold kurta and black pants"),
        wearing("a black kurta with black pants and a gold dupatta"),
        color_of("kurta", "black"),
        piece("dupatta", "black", "other_garment_color"),
        piece(
            "pants",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        pattern("printed"),
        describe(
            "kurta",
            "a black kurta with gold print, a mandarin collar, three quarter sleeves and a straight hem, worn with"
            " black pants and a gold dupatta over her left",
            "cut",
            hit_limit=True,
        ),
        title="KALINI Women Black Foil Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # photo: model in a beige straight kurta, three-quarter sleeves, maroon thread embroidery on the yoke, maroon
    # palazzos, maroon chanderi dupatta with a gold zari border and tassels; white backdrop, front view. VQA adapter.
    case(
        "X1161-028",
        caption("a woman in a beige kurta with maroon pants and a maroon dupatta"),
        wearing("a beige kurta and maroon palazzos"),
        color_of("kurta", "maroon", "contradiction"),
        piece("palazzos", "maroon"),
        piece("dupatta", "beige", "other_garment_color"),
        details("dupatta", "the dupatta has tassels on the edges and a gold border"),
        sleeves("three-quarter sleeves"),
        describe("kurta", "the kurta is a kurta", "restated"),
        title="Nayo Women Beige Yoke Design Kurta with Palazzos & Maroon Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a white anarkali gown with a red floral print, round neck, three-quarter sleeves, no dupatta;
    # light grey studio wall behind, front view. VQA adapter.
    case(
        "X1161-029",
        caption("a woman in a white dress with red flowers standing in front of a grey wall"),
        wearing("a white dress with red flowers"),
        color_of("gown", "red", "contradiction"),
        is_a("gown", "yes"),
        describe("gown", "a white gown with red flowers"),
        pattern("floral"),
        details(
            "gown",
            "red flowers, red flowers, red flowers, red flowers, red flowers, red flowers, red flowers, red flowers,"
            " red flowers, red flowers",
            "loop",
            hit_limit=True,
        ),
        sleeves("long sleeves", "contradiction"),
        title="GERUA Women White & Red Floral Printed Anarkali Gown",
        category="Ethnic Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a coral pink straight kurta, white pants, coral dupatta held up in her right hand; white backdrop,
    # front view. VQA adapter.
    case(
        "X1161-030",
        caption("a woman in a pink kurta holding a pink scarf"),
        wearing("a pink kurta and white pants"),
        color_of("kurta", "pink"),
        piece("pants", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        details(
            "kurta",
            "she is wearing a pink kurta with white pants and a pink dupatta and she is wearing a pink kurta with"
            " white pants and a pink dupatta and",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Women Coral Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a turquoise blue kurta with a silver foil print, white palazzos, turquoise dupatta; white
    # backdrop, front view. VQA adapter.
    case(
        "X1161-031",
        caption("a woman in a turquoise kurta with white pants and a blue scarf"),
        wearing("a blue kurta, white palazzo pants and a blue dupatta"),
        color_of("kurta", "turquoise blue"),
        piece("palazzos", "turquoise", "other_garment_color"),
        piece("dupatta", "turquoise"),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        pattern("solid", "contradiction"),
        describe("kurta", "no", "non_answer"),
        title="Anubhutee Women Turquoise Blue Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: model in a rani pink silk ethnic gown with a gold zari woven border, round neck, short puff sleeves, gold
    # tissue dupatta draped over both arms to the floor; white backdrop, front view. VQA adapter.
    case(
        "X1161-032",
        caption(
            "a woman in a pink silk gown with a gold border and a gold dupatta, the gown has short puff sleeves and a"
            " round neck and the dupatta is draped over her arms and falls to the floor on",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a pink gown and a gold dupatta", "pronoun"),
        color_of("gown", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        details("gown", "the gown has a gold zari border at the hem, a round neck, and short puff sleeves"),
        is_a("kurta", "yes", "contradiction"),
        title="Inddus Women Pink Woven Design Silk Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an ivory knee-length straight kurta with a green leaf print, green trousers, ivory dupatta with a
    # green border; keyhole round neck; white backdrop, front view only. VQA adapter.
    case(
        "X1161-033",
        caption("a woman in a white kurta with green leaves and green pants"),
        wearing("he is wearing a white kurta with green pants and a white dupatta", "pronoun"),
        color_of("kurta", "green", "contradiction"),
        piece("trousers", "green"),
        piece("dupatta", "white with a green border"),
        describe("kurta", "the kurta is white"),
        garment_type("dress", "contradiction"),
        details(
            "kurta",
            "the kurta has a green leaf print, a round neck with a keyhole and a back tie with tassels",
            "unsupported",
        ),
        title="Libas Women Ivory Leaf Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a colour-block anarkali kurta, rani pink bodice and orange flared skirt, pink churidar, orange
    # dupatta; white backdrop, front view. VQA adapter.
    case(
        "X1161-034",
        caption("a woman in a pink and orange anarkali dress with an orange dupatta"),
        wearing("a pink and orange anarkali kurta with churidar and an orange dupatta"),
        color_of("kurta", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        piece("churidar", "orange", "other_garment_color"),
        pattern("color block"),
        details(
            "kurta",
            "the kurta is pink and orange and the dupatta is orange and the kurta is pink and orange and the dupatta is"
            " orange and the",
            "loop",
            hit_limit=True,
        ),
        title="Sassafras Ethnic Women Pink & Orange Colourblocked Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a light blue cotton knee-length straight kurta with white thread embroidery on the yoke and
    # sleeves, notched V neck, lace at the sleeve hems, white pants, blue dupatta; white backdrop. VQA adapter.
    case(
        "X1161-035",
        caption("a woman wearing a light blue kurta with white embroidery and white pants"),
        wearing("a blue kurta"),
        color_of("kurta", "blue"),
        piece("pants", "white"),
        piece("dupatta", "white", "other_garment_color"),
        details(
            "kurta",
            "the kurta has white thread embroidery on the yoke and the sleeves, a v neck with a notch, three quarter"
            " sleeves with lace at the hem and a straight",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        is_a("dress", "yes", "contradiction"),
        title="Biba Women Blue Embroidered Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red silk-blend short-sleeved kurta, gold straight pants, plain red dupatta with a gold border;
    # white backdrop, front view. VQA adapter.
    case(
        "X1161-036",
        caption("Question: what is the woman wearing? Answer: a red kurta", "leak"),
        wearing("a red kurta with gold pants and a red dupatta"),
        color_of("kurta", "red"),
        piece("pants", "red", "other_garment_color"),
        piece("dupatta", "red with gold border"),
        material("silk"),
        sleeves("short sleeves"),
        details("dupatta", "the dupatta has a gold border and mirror work all over", "unsupported"),
        title="House of Pataudi Women Red Solid Silk Blend Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: model in a lime green anarkali kurta with pink thread embroidery at the neck, lime churidar, pink dupatta;
    # white backdrop, front view. VQA adapter.
    case(
        "X1161-037",
        caption("a woman in a green dress with pink embroidery and a pink scarf"),
        wearing("he is wearing a lime green kurta with a pink dupatta", "pronoun", who="she"),
        color_of("kurta", "lime green"),
        piece("dupatta", "green", "other_garment_color"),
        piece("churidar", "green"),
        details(
            "kurta", "Question: What are the kurta details? Answer: the kurta has pink embroidery on the neck", "leak"
        ),
        title="Aurelia Women Lime Green Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: model in a black georgette ethnic gown with silver mirror work on the yoke and sleeves, round neck, many-
    # panelled flared skirt, black dupatta over her shoulder; white backdrop, front view. VQA adapter.
    case(
        "X1161-038",
        caption("a woman in a black dress with silver sequins"),
        wearing("a black gown with a black dupatta"),
        color_of("gown", "black"),
        piece("dupatta", "black"),
        details("gown", "the gown has mirror work on the yoke and the sleeves"),
        material("velvet", "unsupported"),
        is_a("kurta", "yes", "contradiction"),
        describe(
            "gown",
            "a black gown with silver mirror work on the yoke and the sleeves, a round neck, a flared skirt with many"
            " panels and a black dupatta draped over her",
            "cut",
            hit_limit=True,
        ),
        title="Ethnovogue Women Black Mirror Work Georgette Gown with Dupatta",
        category="Ethnic Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a nude (dusty pink) straight kurta, nude palazzos, sheer nude organza dupatta; white backdrop,
    # front view. VQA adapter.
    case(
        "X1161-039",
        caption("a woman in a pink kurta and pink pants with a sheer pink dupatta"),
        wearing("a pink kurta set"),
        color_of("kurta", "brown", "contradiction"),
        piece("palazzos", "pink"),
        piece("dupatta", "", "non_answer"),
        material(
            "organza organza organza organza organza organza organza organza organza organza organza organza organza"
            " organza organza",
            "loop",
            hit_limit=True,
        ),
        title="SHAYE Women Nude-Coloured Solid Kurta with Palazzos & Organza Dupatta",
        category="Kurta Sets",
        color="Nude",
        gender="Women",
    ),
    # photo: model in a sleeveless mustard floor-length tiered ethnic dress, no dupatta; white backdrop, front view. VQA
    # adapter.
    case(
        "X1161-040",
        caption("a woman in an orange dress with a tiered skirt", "contradiction"),
        wearing("clothes", "non_answer"),
        color_of("dress", "yellow"),
        describe(
            "dress",
            "the dress is yellow, the dress is yellow, the dress is yellow, the dress is yellow, the dress is yellow,"
            " the dress is",
            "loop",
            hit_limit=True,
        ),
        sleeves("sleeveless"),
        title="Indo Era Women Mustard Solid Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat lay, no person: green straight kurta, green pants and a cream dupatta with a pink and green floral
    # print laid out on a white surface. Feed row has no gender. VQA adapter.
    case(
        "X1161-041",
        caption("a green kurta, pants and a printed dupatta laid out on a white surface"),
        wearing("a woman wearing a green kurta and green pants", "unsupported"),
        color_of("kurta", "green"),
        piece("pants", "green"),
        piece("dupatta", "cream with pink and green flowers"),
        pattern("solid"),
        title="Janasya Women Green Solid Kurta with Trousers & Printed Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # photo: model in a yellow straight kurta, white palazzos, white dupatta, no jewellery, seated on a wooden stool;
    # white backdrop, front view. VQA adapter.
    case(
        "X1161-042",
        caption("a woman in a yellow kurta sitting on a wooden stool"),
        wearing("a yellow kurta, white palazzo pants and silver jhumkas", "unsupported"),
        color_of("kurta", "yellow"),
        piece("palazzos", "white"),
        piece("dupatta", "yellow", "other_garment_color"),
        describe("kurta", "yellow", "non_answer"),
        title="Libas Women Yellow Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a navy blue anarkali kurta with a maroon ethnic-motif print, navy churidar, maroon dupatta; white
    # backdrop, front view. VQA adapter.
    case(
        "X1161-043",
        caption("a woman in a blue and red printed dress with a red scarf"),
        wearing("he is wearing a printed anarkali kurta", "pronoun"),
        color_of("kurta", "navy blue"),
        piece("churidar", "navy blue"),
        piece(
            "dupatta",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon"
            " maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        pattern("printed"),
        title="Anouk Women Navy Blue & Maroon Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a pastel blue georgette gown with white floral embroidery on the bodice, blue net dupatta, round
    # neck, floor length; white wall with a potted plant on her left, front view. VQA adapter.
    case(
        "X1161-044",
        caption(
            "a woman in a light blue gown with white flowers and a blue dupatta standing in front of a white wall with"
            " a potted plant"
        ),
        wearing("a blue gown and a blue dupatta"),
        color_of("gown", "blue"),
        piece("dupatta", "blue"),
        details("gown", "the gown has white flowers embroidered on the bodice"),
        material("georgette"),
        describe(
            "gown",
            "a light blue gown with white floral embroidery, a sweetheart neckline and a long trail at the back",
            "unsupported",
        ),
        title="Zeel Women Blue Embroidered Georgette Gown with Net Dupatta",
        category="Ethnic Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a plain pink cotton straight kurta, pink pants, pink and white striped dupatta with thin pink
    # tassels; white backdrop, front view. VQA adapter.
    case(
        "X1161-045",
        caption("a woman wearing a pink kurta and pink pants with a striped scarf"),
        wearing("the woman is wearing what the woman is wearing", "restated", who="the woman"),
        color_of("kurta", "pink"),
        piece("pants", "pink"),
        piece("dupatta", "pink and white stripes"),
        pattern("striped", "contradiction"),
        details(
            "dupatta",
            "the dupatta has pink and white stripes running across it, thin pink tassels at both ends and it is made"
            " of a light cotton fabric that",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Pink Solid Pure Cotton Kurta with Trousers & Striped Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an off-white anarkali gown with gold embroidery on the bodice and sleeves, gold border at the hem,
    # red net dupatta, small studs, no necklace; white backdrop, front view. VQA adapter.
    case(
        "X1161-046",
        caption("a bride in a white and gold gown with a red dupatta and a gold necklace", "unsupported"),
        wearing("a white gown with a red dupatta"),
        color_of("gown", "off white"),
        piece("dupatta", "red"),
        details("gown", "gold embroidery on the bodice and the sleeves, a flared skirt with a gold border"),
        material("the material of the garment is the material", "restated"),
        describe("dupatta", "dupatta", "non_answer"),
        title="Mabish by Sonal Jain Women Off White Embroidered Anarkali Gown with Red Dupatta",
        category="Ethnic Dresses",
        color="Off White",
        gender="Women",
    ),
]
