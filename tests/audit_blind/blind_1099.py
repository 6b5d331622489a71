"""BLIND_1099 (46 products; Myntra women's kurtas, base BLIP-2, piece colors): written blind in the sixtieth session.
Measured blind at 7cfc313 (the session's first rules): 100/127 failures found (78.7%) and 9/182 correct texts flagged
(4.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's kurtas, kurtis and tunics (seller categories Kurtas, Kurtis, Tunics). The
photos are the usual catalog shots: a model standing on a white (once a grey) studio backdrop, front or three-quarter
view, wearing the product with its bottoms (leggings, churidar, palazzos, trousers, jeans), often a dupatta, with
earrings, a clutch or sunglasses as props. The job asks a caption, "What is the person wearing?", and one color
question per visible piece (the kurta/kurti/tunic and its bottoms or dupatta), plus a few describe, details,
pattern, sleeve and material questions.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy. Per-piece color
questions and the pattern, sleeve, garment-type and yes/no questions are closed (enrich's reference engine picks one
candidate value, so they never loop or stop short, but they do pick the wrong piece's color). Captions, the wearing
question, describe, details and material are free generation (no color question was asked open). The base model
is terse: short captions, short answers, it often gives one color to every piece, calls a long kurta a "dress"
or a "saree", sometimes says "he", sometimes echoes the Question/Answer format, and on longer describe/details
prompts it occasionally repeats a phrase until the 30-token limit or runs out mid-sentence.

Labeling conventions and judgement calls:
- A color in the same color group as the photo's true color counts as correct (maroon for burgundy, red for maroon,
  pink for peach, blue for teal or turquoise, white for cream or off-white); a color from another group is wrong.
- When the seller's color is wrong (a "Brown" kurta that is plainly rust), an answer that matches the photo is
  correct; the photo line says so.
- A Multi-colour kurta: naming its dominant ground hue is correct.
- A piece's color answered with the color of another worn piece (bottoms, dupatta) is other_garment_color, closed
  or open; a wrong color that no other piece has (navy read as black, magenta as purple, lime as yellow, a print
  accent instead of the ground color) is contradiction.
- A kurta or kurti called a "dress" or "saree" is contradiction; a tunic or short kurti called a "top" or "shirt"
  (shirt-style ones) is correct; "salwar suit" or "anarkali" for a kurta set is correct. A closed garment-type
  answer of "dress" for a tunic worn over jeans, or "shirt" for a knee-length kurta, is contradiction; so is a
  closed pattern or sleeve value the photo plainly contradicts.
- Invented details not visible in the photo (pockets, mirror work, a back keyhole seen from the front, a lining,
  a belt) and a material the title does not support or contradicts are unsupported; a material the title names
  (cotton for a "Cotton" or "Cotton Silk" title, velvet for a "Velvet" one) is correct.
- A bare color, a bare yes/no, or the garment's name alone as the answer to describe/details/wearing is
  non_answer; echoing the question or "the X is an X" is restated.
- A phrase repeated until the token limit is loop (hit_limit); a sentence stopped at the token limit without a
  repeat is cut (hit_limit). "he/his" for these women models is pronoun. Two rows lack gender (the model then
  writes "a person" or "she"), one lacks the color column, as real feeds do.
- A text with a Question:/Answer: fragment is leak even when the answer inside it is right.
- One label per text: the first thing a careful reader would object to.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1099 = [
    # photo: navy blue straight kurta with small white floral print, white palazzos, silver earrings, white backdrop,
    # front view. All texts by base blip2-opt-2.7b zero-shot.
    case(
        "X1099-001",
        caption("a woman in a blue floral kurta and white palazzo pants"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "white"),
        wearing("a blue kurta and white pants"),
        describe("kurta", "the kurta is white with blue flowers", "contradiction"),
        Q.pattern("floral"),
        is_a("kurta", "no", "contradiction"),
        title="Biba Women Navy Blue Floral Print Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow kurta with small white block print, matching mustard palazzos, maroon dupatta over one
    # shoulder, round neck, three-quarter sleeves, side slits, white backdrop, front view. Base model, zero-shot.
    case(
        "X1099-002",
        caption("a woman in a yellow kurta with a red scarf"),
        color_of("kurta", "yellow"),
        color_of("dupatta", "yellow", "other_garment_color"),
        color_of("palazzos", "mustard"),
        wearing("she is wearing a yellow salwar suit", who="she"),
        details("kurta", "the kurta has a red border at the bottom and a red dupatta", "unsupported"),
        describe(
            "kurta",
            "the kurta is mustard yellow with a small white print all over, it has a round neck, three quarter "
            "sleeves and side slits and it is paired with",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Women Mustard Yellow Printed Kurta with Palazzos",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: black-and-white horizontal striped tunic, mid-thigh length, worn with mid-blue jeans and white sneakers,
    # white backdrop, front view. Base model, zero-shot.
    case(
        "X1099-003",
        caption("a woman wearing a black and white striped top and jeans"),
        color_of("tunic", "black"),
        color_of("jeans", "blue"),
        Q.pattern("striped"),
        describe(
            "tunic",
            "a black and white striped shirt with a black and white striped shirt with a black and white striped "
            "shirt with a",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a striped shirt and jeans", "pronoun"),
        Q.garment_type("dress", "contradiction"),
        title="Mast & Harbour Women Black & White Striped Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: pink flared anarkali kurta, gold foil print on the yoke and the hem, white churidar, gold jhumkas, no
    # dupatta, white backdrop, front view. Base model, zero-shot.
    case(
        "X1099-004",
        caption("a woman in a long pink dress", "contradiction"),
        color_of("kurta", "pink"),
        color_of("churidar", "pink", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.sleeve_length("three-quarter sleeves"),
        details("kurta", "gold print on the neckline and the hem"),
        title="Libas Women Pink Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle green solid straight kurta with a mandarin collar, beige trousers, tan flats, hand on hip, white
    # backdrop, matte fabric. Base model, zero-shot.
    case(
        "X1099-005",
        caption("a woman in a green kurta and beige pants"),
        color_of("kurta", "green"),
        color_of("trousers", "green", "other_garment_color"),
        Q.material("silk", "unsupported"),
        describe("kurta", "green kurta with a collar"),
        Q.pattern("printed", "contradiction"),
        wearing("Question: What is the person wearing? Answer: a green kurta", "leak"),
        title="W Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: short white kurti with a dense blue ikat print, round notched neck, short sleeves, worn with blue jeans,
    # white backdrop, front view. Base model, zero-shot.
    case(
        "X1099-006",
        caption("a woman wearing a white and blue printed top and jeans"),
        color_of("kurti", "white"),
        color_of("jeans", "white", "other_garment_color"),
        Q.pattern("printed"),
        wearing("a white kurti and blue jeans"),
        details("kurti", "it has a mandarin collar and a button placket", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Jaipur Kurti Women White & Blue Ikat Print Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold thread embroidery on the yoke, cream palazzos, cream dupatta with a thin
    # maroon border, white backdrop, front view. Base model, zero-shot.
    case(
        "X1099-007",
        caption("a woman in a red kurta and white palazzo pants with a scarf"),
        color_of("kurta", "maroon"),
        color_of("palazzos", "cream"),
        color_of("dupatta", "maroon", "other_garment_color"),
        wearing("she is wearing a red and white salwar kameez", who="the woman"),
        describe("kurta", "the kurta is a kurta", "restated"),
        Q.pattern("embroidered"),
        details("kurta", "no", "non_answer"),
        title="Sangria Women Maroon Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal A-line kurta with a white floral block print, round neck, three-quarter sleeves, flared hem, white
    # leggings, white backdrop. Base model, zero-shot.
    case(
        "X1099-008",
        caption("a woman in a blue kurta with white leggings"),
        color_of("kurta", "teal"),
        color_of("leggings", "white"),
        describe("kurta", "a teal kurta with white flowers"),
        details(
            "kurta",
            "the kurta has a side slit and a round neck, the sleeves are three quarter length and the hem is "
            "flared and the kurta is made of",
            "cut",
            hit_limit=True,
        ),
        wearing("kurta and leggings"),
        is_a("dress", "yes", "contradiction"),
        title="Aurelia Women Teal Printed A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: black straight kurta with red and green floral thread embroidery on the yoke, red churidar, black juttis,
    # white backdrop, front view; plain matte cotton-look fabric. Base model, zero-shot.
    case(
        "X1099-009",
        caption("a woman in a black kurta with red pants"),
        color_of("kurta", "black"),
        color_of("churidar", "black", "other_garment_color"),
        Q.pattern("embroidered"),
        describe("kurta", "black with red and green flowers on the neck"),
        Q.material("velvet", "unsupported"),
        wearing("he is wearing a black kurta and red pants", "pronoun"),
        title="Varanga Women Black Embroidered Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: peach solid kurti with pintucks on the yoke, short sleeves, off-white palazzos, white backdrop, front
    # view. Base model, zero-shot.
    case(
        "X1099-010",
        caption("a woman in an orange top and white pants", "contradiction"),
        color_of("kurti", "peach"),
        color_of("palazzos", "peach", "other_garment_color"),
        wearing("she is wearing a peach kurti and white pants"),
        details("kurti", "yes", "non_answer"),
        Q.sleeve_length("short sleeves"),
        title="Span Women Peach Solid Kurti",
        category="Kurtis",
        color="Peach",
        gender="Women",
    ),
    # photo: olive green shirt-style tunic with collar, button front and roll-up sleeves, cinched with a brown belt,
    # black leggings, white backdrop; cotton twill look. Base model, zero-shot.
    case(
        "X1099-011",
        caption("a woman in a green shirt and black leggings"),
        color_of("tunic", "olive"),
        color_of("leggings", "black"),
        describe(
            "tunic", "the tunic is olive green, with a collar, buttons down the front and a brown belt at the waist"
        ),
        Q.material("denim", "unsupported"),
        wearing("a green shirt and black leggings Question: What is the color of the shirt? Answer: green", "leak"),
        title="SASSAFRAS Women Olive Green Solid Shirt-Style Tunic",
        category="Tunics",
        color="Olive",
        gender="Women",
    ),
    # photo: white chikankari straight kurta, white palazzos, pastel pink dupatta around the neck, white backdrop,
    # front view. Base model, zero-shot.
    case(
        "X1099-012",
        caption("a woman in a white kurta with a pink dupatta"),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        Q.material("cotton"),
        details("kurta", "white embroidery all over"),
        describe("kurta", "the kurta is white with pink embroidery and a pink dupatta", "other_garment_color"),
        wearing("she is wearing a white kurta"),
        title="Ada Women White Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: red tunic with a white floral print, full sleeves, tie-up neck with tassels, blue jeans, holding
    # sunglasses, white backdrop. Base model, zero-shot.
    case(
        "X1099-013",
        caption("a woman in a red floral top and jeans holding sunglasses"),
        color_of("tunic", "red"),
        color_of("jeans", "red", "other_garment_color"),
        describe("tunic", "the tunic is red with white flowers and has a tie-up at the neck with tassels"),
        Q.sleeve_length("long sleeves"),
        wearing("he is wearing a red shirt", "pronoun"),
        details("tunic", "Question: What are the tunic details? Answer: tassels", "leak"),
        title="Global Desi Women Red Floral Print Tunic",
        category="Tunics",
        color="Red",
        gender="Women",
    ),
    # photo: lavender solid straight kurta with silver gota lace at the hem, white trousers, white backdrop, three-
    # quarter view; the lavender reads slightly cool under the studio light. Base model, zero-shot.
    case(
        "X1099-014",
        caption("a woman in a purple kurta and white pants"),
        color_of("kurta", "blue", "contradiction"),
        color_of("trousers", "white"),
        describe("kurta", "the kurta is lavender with silver lace at the bottom"),
        Q.material("the material is the material of the kurta", "restated"),
        is_a("kurta", "yes"),
        title="Indo Era Women Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: multicolour printed kurta, yellow ground with pink and green flowers and a green hem border, green
    # palazzos, white backdrop; no mirror work anywhere. Base model, zero-shot.
    case(
        "X1099-015",
        caption("a woman in a colorful kurta and green pants"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "green"),
        wearing("a multicolored kurta"),
        details(
            "kurta",
            "the kurta has a floral print in yellow and pink with a green border at the hem and mirror work on the "
            "yoke",
            "unsupported",
        ),
        Q.pattern("floral"),
        title="Rain & Rainbow Women Multicoloured Printed Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: grey melange solid tunic, long sleeves, black leggings, white sneakers, white backdrop, front view.
    # Base model, zero-shot.
    case(
        "X1099-016",
        caption("a woman in a grey top and black leggings"),
        color_of("tunic", "black", "other_garment_color"),
        color_of("leggings", "black"),
        describe("tunic", "grey", "non_answer"),
        wearing("he is wearing a grey tunic and black leggings", "pronoun"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("striped", "contradiction"),
        title="Tissu Women Grey Melange Solid Tunic",
        category="Tunics",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: bright orange straight kurta with small gold motifs, round neck, no pockets, white leggings, white
    # backdrop, front view. Base model, zero-shot.
    case(
        "X1099-017",
        caption("a woman in an orange kurta and white leggings standing in front of a white wall"),
        color_of("kurta", "orange"),
        color_of("leggings", "orange", "other_garment_color"),
        wearing("the person is wearing an orange kurta and white leggings"),
        describe(
            "kurta",
            "orange kurta with gold print, orange kurta with gold print, orange kurta with gold print, orange kurta "
            "with gold",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a v-neck and pockets on both sides", "unsupported"),
        title="Nayo Women Orange Printed Straight Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: indigo cotton kurti with a white dabu print, knee length with side slits, white churidar, oxidised
    # silver earrings, white backdrop. Base model, zero-shot.
    case(
        "X1099-018",
        caption("a woman wearing a blue and white kurta"),
        color_of("kurti", "blue"),
        color_of("churidar", "white"),
        Q.material("cotton"),
        describe("kurti", "a blue kurti with a white print"),
        wearing("a woman in a blue dress", "contradiction"),
        details("kurti", "it has a zip at the back and two pockets", "unsupported"),
        title="Fabindia Women Blue Cotton Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta straight kurta with gold zari woven stripes, gold palazzos, big gold jhumkas, white backdrop.
    # Base model, zero-shot.
    case(
        "X1099-019",
        caption("a woman in a pink and gold kurta"),
        color_of("kurta", "purple", "contradiction"),
        color_of("palazzos", "gold"),
        wearing("she is wearing a pink kurta and gold pants"),
        details("kurta", "the details of the kurta", "restated"),
        Q.pattern("floral", "contradiction"),
        is_a("kurta", "yes"),
        title="Vishudh Women Magenta Woven Design Straight Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: lemon yellow kurti with white thread embroidery at the neckline, white jeans, side view on a white
    # backdrop. Base model, zero-shot.
    case(
        "X1099-020",
        caption("a woman in a yellow top and blue jeans", "contradiction"),
        color_of("kurti", "yellow"),
        color_of("jeans", "blue", "contradiction"),
        describe("kurti", "a yellow kurti with white embroidery on the neckline"),
        wearing("a yellow kurti and white jeans", who="she"),
        Q.garment_type("kurta"),
        details("kurti", "the kurti has a high-low hem and a back zip", "unsupported"),
        title="AKS Women Yellow Embroidered Kurti",
        category="Kurtis",
        color="Yellow",
        gender="Women",
    ),
    # photo: off-white kurta with a red floral print, red palazzos, red dupatta draped on both shoulders, white
    # backdrop, front view; plain cotton, no zari. Base model, zero-shot.
    case(
        "X1099-021",
        caption("a woman in a white and red floral kurta with red pants and a red dupatta"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("palazzos", "red"),
        color_of("dupatta", "red"),
        wearing("a salwar suit"),
        Q.garment_type("saree", "contradiction"),
        details("kurta", "it is made of silk and has gold zari work on the sleeves", "unsupported"),
        title="Juniper Women Off-White & Red Floral Print Kurta with Palazzos & Dupatta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: navy tunic with white polka dots, short sleeves, black skinny jeans, tan handbag on the arm, white
    # backdrop. Base model, zero-shot.
    case(
        "X1099-022",
        caption("a woman wearing a navy blue polka dot top and jeans holding a handbag"),
        color_of("tunic", "navy blue"),
        color_of("jeans", "navy blue", "other_garment_color"),
        Q.pattern("polka dots"),
        wearing("a blue top with white polka dots and black jeans"),
        describe("tunic", "Question: Describe the tunic. Answer: a navy blue tunic with white polka dots", "leak"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Mast & Harbour Women Navy Polka Dot Print Tunic",
        category="Tunics",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige cotton kurta with brown block print, round neck, three-quarter sleeves, brown palazzos, white
    # backdrop. Base model, zero-shot.
    case(
        "X1099-023",
        caption("a woman in a white kurta with brown pants", "contradiction"),
        color_of("kurta", "brown", "other_garment_color"),
        color_of("palazzos", "brown"),
        Q.material("cotton"),
        describe("kurta", "the kurta is beige with brown block print, it has a round neck and three quarter sleeves"),
        wearing("he is wearing a beige kurta", "pronoun"),
        title="Taavi Women Beige Cotton Block Print Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: red anarkali kurta with gold print on the flared hem and sleeves, red churidar, sheer red dupatta,
    # front view on a white backdrop (the back of the kurta is not visible). Base model, zero-shot.
    case(
        "X1099-024",
        caption("a woman in a red saree", "contradiction"),
        color_of("kurta", "red"),
        color_of("churidar", "red"),
        color_of("dupatta", "red"),
        is_a("kurta", "yes"),
        wearing("she is wearing a red and gold anarkali"),
        Q.material("silk", "unsupported"),
        details(
            "kurta",
            "gold print on the flared hem and the sleeves, with a round neck and a keyhole at the back",
            "unsupported",
        ),
        title="Biba Women Red Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: black kurti with a white geometric print, white leggings, white backdrop; the feed row has no color.
    # Base model, zero-shot.
    case(
        "X1099-025",
        caption("a woman in a black and white printed kurta"),
        color_of("kurti", "black"),
        color_of("leggings", "black", "other_garment_color"),
        Q.pattern("printed"),
        describe(
            "kurti",
            "it is a black and white kurti it is a black and white kurti it is a black and white kurti it is a black "
            "and",
            "loop",
            hit_limit=True,
        ),
        wearing("black and white kurti"),
        title="Shree Women Black & White Printed Kurti",
        category="Kurtis",
        gender="Women",
    ),
    # photo: sea green straight kurta with white thread embroidery, white palazzos, white dupatta, white backdrop.
    # Base model, zero-shot.
    case(
        "X1099-026",
        caption("a woman in a green kurta and white pants with a white dupatta"),
        color_of("kurta", "blue", "contradiction"),
        color_of("palazzos", "white"),
        color_of("dupatta", "green", "other_garment_color"),
        wearing("a green kurta", who="she"),
        details("kurta", "kurta", "non_answer"),
        title="Libas Women Sea Green Embroidered Kurta with Palazzos & Dupatta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: rust (orange-brown) straight kurta with a black print, black leggings, white backdrop; the seller calls
    # it Brown, the photo is plainly rust. Base model, zero-shot.
    case(
        "X1099-027",
        caption("a woman in an orange kurta and black leggings"),
        color_of("kurta", "rust"),
        color_of("leggings", "black"),
        describe("kurta", "the kurta is black", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing("a rust kurta and black leggings Question: What is the color of the leggings? Answer: black", "leak"),
        Q.material("the kurta is made of cotton and has a lining of satin and a zip at the back", "unsupported"),
        title="Anouk Women Brown Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: pastel blue tunic with same-color lace inserts on the sleeves and hem, white jeans, white backdrop.
    # Base model, zero-shot.
    case(
        "X1099-028",
        caption("a woman in a light blue top with white pants"),
        color_of("tunic", "white", "other_garment_color"),
        color_of("jeans", "white"),
        describe("tunic", "a light blue tunic with lace on the sleeves and the hem"),
        wearing("Answer: a blue top and white jeans", "leak"),
        Q.garment_type("tunic"),
        Q.material("chiffon", "unsupported"),
        title="Melange by Lifestyle Women Blue Lace Detail Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: mauve kurta with a small floral print and matching mauve trousers, v neck, white backdrop.
    # Base model, zero-shot.
    case(
        "X1099-029",
        caption("a woman in a purple floral kurta and matching pants"),
        color_of("kurta", "pink", "contradiction"),
        color_of("trousers", "mauve"),
        wearing("she is wearing a purple kurta and pants"),
        details(
            "kurta",
            "the kurta has a v neck and the sleeves are three quarter and the kurta has a floral print and the kurta "
            "has side slits and the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="W Women Mauve Floral Printed Kurta with Trousers",
        category="Kurtas",
        color="Mauve",
    ),
    # photo: green and white checked kurti with a shirt collar, white leggings, white backdrop; the feed row has
    # no gender. Base model, zero-shot.
    case(
        "X1099-030",
        caption("a person wearing a green and white checkered shirt"),
        color_of("kurti", "green"),
        color_of("leggings", "green", "other_garment_color"),
        Q.pattern("checked"),
        wearing("a green and white shirt"),
        Q.material("flannel", "unsupported"),
        title="Bitterlime Women Green & White Checked Kurti",
        category="Kurtis",
        color="Green",
    ),
    # photo: fuchsia pink kurti with a white floral print, white palazzos, holding a potli bag, white backdrop.
    # Base model, zero-shot.
    case(
        "X1099-031",
        caption("a woman in a pink kurta and white pants holding a purse"),
        color_of("kurti", "pink"),
        color_of("palazzos", "pink", "other_garment_color"),
        wearing("she's wearing a pink top", who="the woman"),
        describe(
            "kurti", "pink kurti with white flowers Question: What is the color of the palazzos? Answer: white", "leak"
        ),
        details("kurti", "pink", "non_answer"),
        title="Ishin Women Pink Printed Kurti with Palazzos",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue anarkali kurta with gold flower print, navy churidar, model mid-twirl, white backdrop.
    # Base model, zero-shot.
    case(
        "X1099-032",
        caption("a woman in a blue dress twirling", "contradiction"),
        color_of("kurta", "black", "contradiction"),
        color_of("churidar", "navy blue"),
        wearing("a navy blue anarkali"),
        describe("kurta", "the kurta is navy blue with gold flowers"),
        Q.sleeve_length("long sleeves"),
        details(
            "kurta",
            "gold flowers on the kurta, gold flowers on the sleeves, gold flowers on the kurta, gold flowers on the "
            "sleeves, gold flowers on the",
            "loop",
            hit_limit=True,
        ),
        title="Aurelia Women Navy Blue Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white cotton tunic with white embroidery on the yoke, blue jeans, sunglasses pushed up on her head,
    # white backdrop. Base model, zero-shot.
    case(
        "X1099-033",
        caption("a woman in a white top and blue jeans with sunglasses on her head"),
        color_of("tunic", "white"),
        color_of("jeans", "blue"),
        describe("tunic", "white", "non_answer"),
        Q.material("linen", "unsupported"),
        wearing("he is wearing a white shirt and jeans", "pronoun"),
        title="Nayo Women White Cotton Embroidered Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: burgundy velvet straight kurta, mandarin collar, gold buttons, full sleeves, side slits, black leggings,
    # white backdrop.
    # Base model, zero-shot.
    case(
        "X1099-034",
        caption("a woman in a maroon velvet kurta"),
        color_of("kurta", "maroon"),
        color_of("leggings", "maroon", "other_garment_color"),
        Q.material("velvet"),
        describe("kurta", "a maroon kurta with a mandarin collar and gold buttons"),
        wearing("the woman is wearing a red kurta", who="she"),
        details(
            "kurta",
            "the kurta is maroon velvet with a mandarin collar and gold buttons down the front, it has full sleeves "
            "and a straight hem and side slits that",
            "cut",
            hit_limit=True,
        ),
        title="Juniper Women Burgundy Velvet Straight Kurta",
        category="Kurtas",
        color="Burgundy",
        gender="Women",
    ),
    # photo: blue and white vertical striped straight kurta, white trousers, white backdrop, front view.
    # Base model, zero-shot.
    case(
        "X1099-035",
        caption("a woman in a blue and white striped kurta"),
        color_of("kurta", "blue"),
        color_of("trousers", "white"),
        Q.pattern("striped"),
        describe(
            "kurta",
            "the stripes are blue and white and the stripes are blue and white and the stripes are blue and white and "
            "the stripes",
            "loop",
            hit_limit=True,
        ),
        wearing("what is the person wearing?", "restated"),
        Q.garment_type("shirt", "contradiction"),
        title="GERUA Women Blue & White Striped Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: peach georgette tunic with green leaves and small pink flowers, flared sleeves, white leggings, white
    # backdrop. Base model, zero-shot.
    case(
        "X1099-036",
        caption("a woman in a floral top and white leggings"),
        color_of("tunic", "green", "contradiction"),
        color_of("leggings", "white"),
        describe("tunic", "peach tunic with green leaves and pink flowers and flared sleeves"),
        wearing("a woman wearing a peach and green floral shirt"),
        Q.pattern("floral"),
        Q.material("chiffon", "unsupported"),
        title="Rain & Rainbow Women Peach-Coloured Floral Print Georgette Tunic",
        category="Tunics",
        color="Peach",
        gender="Women",
    ),
    # photo: turquoise solid kurti with short sleeves and white lace at the hem, white leggings, white juttis, white
    # backdrop. Base model, zero-shot.
    case(
        "X1099-037",
        caption("a woman in a turquoise kurti and white leggings"),
        color_of("kurti", "turquoise blue"),
        color_of("leggings", "turquoise blue", "other_garment_color"),
        wearing("she's wearing a blue top"),
        details("kurti", "the kurti has white lace at the bottom"),
        describe("kurti", "a turquoise kurti with white leggings and white shoes Question:", "leak"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Anmi Women Turquoise Blue Solid Kurti",
        category="Kurtis",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black solid kurta, white palazzos, a multicolour phulkari dupatta (orange, pink, green) over both arms,
    # gold earrings, white backdrop. Base model, zero-shot.
    case(
        "X1099-038",
        caption("a woman in a black kurta with a colorful scarf and white pants"),
        color_of("kurta", "black"),
        color_of("dupatta", "black", "other_garment_color"),
        color_of("palazzos", "white"),
        describe(
            "kurta",
            "a black kurta with a colorful dupatta and white palazzos and golden earrings and a black kurta with a "
            "colorful dupatta and white",
            "loop",
            hit_limit=True,
        ),
        wearing("a black kurta Question: What is she wearing? Answer:", "leak"),
        title="Sangria Women Black Solid Kurta with Palazzos & Phulkari Dupatta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: cream cotton silk kurta with a thin gold border at the neck, matching cream pants, no belt, white
    # backdrop. Base model, zero-shot.
    case(
        "X1099-039",
        caption("a woman in a white kurta and white pants"),
        color_of("kurta", "cream"),
        color_of("pants", "cream"),
        Q.material("cotton"),
        describe(
            "kurta", "the kurta is cream colored with a gold border at the neck and a matching belt", "unsupported"
        ),
        wearing("he is wearing a white kurta with white pants", "pronoun"),
        title="Fabindia Women Cream Cotton Silk Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: red and black buffalo check tunic, black leggings, black ankle boots, white backdrop.
    # Base model, zero-shot.
    case(
        "X1099-040",
        caption("a woman in a red and black checkered shirt and black leggings"),
        color_of("tunic", "black", "other_garment_color"),
        color_of("leggings", "black"),
        Q.pattern("checked"),
        wearing("she is wearing a red and black plaid shirt, black leggings and black boots", who="the woman"),
        describe("tunic", "the tunic is a tunic", "restated"),
        Q.material("wool", "unsupported"),
        title="Mast & Harbour Women Red & Black Checked Tunic",
        category="Tunics",
        color="Red",
        gender="Women",
    ),
    # photo: lime green kurti with white thread embroidery around the neck, white palazzos, white backdrop.
    # Base model, zero-shot.
    case(
        "X1099-041",
        caption("a woman in a yellow kurta and white pants", "contradiction"),
        color_of("kurti", "green"),
        color_of("palazzos", "white"),
        wearing("green kurta with white pants"),
        details("kurti", "white thread embroidery around the neck"),
        describe("kurti", "kurti", "non_answer"),
        Q.material("it is made of silk and cotton and polyester", "unsupported"),
        title="Jaipur Kurti Women Lime Green Embroidered Kurti",
        category="Kurtis",
        color="Lime Green",
        gender="Women",
    ),
    # photo: charcoal grey straight kurta with a white geometric print, black leggings, black sandals, white
    # backdrop. Base model, zero-shot.
    case(
        "X1099-042",
        caption("a woman in a gray kurta and black leggings"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("leggings", "black"),
        describe("kurta", "grey with white print"),
        wearing("he is wearing a gray kurta and black pants", "pronoun"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.pattern("solid", "contradiction"),
        title="Vishudh Women Charcoal Grey Printed Straight Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Women",
    ),
    # photo: bright yellow anarkali kurta with gota patti lace at the neckline, sleeves and hem, yellow churidar,
    # pink-orange dupatta draped on one shoulder, white backdrop. Base model, zero-shot.
    case(
        "X1099-043",
        caption("a woman in a yellow anarkali with an orange dupatta"),
        color_of("kurta", "yellow"),
        color_of("churidar", "yellow"),
        color_of("dupatta", "yellow", "other_garment_color"),
        details(
            "kurta",
            "gota patti lace on the neckline and the hem and the sleeves and the neckline and the hem and the sleeves "
            "and the neckline and",
            "loop",
            hit_limit=True,
        ),
        wearing("yellow", "non_answer"),
        Q.garment_type("dress", "contradiction"),
        title="Libas Women Yellow Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: light blue chambray tunic with white embroidery on the yoke, three-quarter roll-up sleeves with tabs,
    # white leggings, white backdrop. Base model, zero-shot.
    case(
        "X1099-044",
        caption("a woman wearing a light blue tunic and white leggings"),
        color_of("tunic", "blue"),
        color_of("leggings", "blue", "other_garment_color"),
        Q.material("denim", "unsupported"),
        describe(
            "tunic",
            "the tunic is light blue with white embroidery on the yoke and has three quarter sleeves with roll up "
            "tabs and a",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a blue shirt and blue jeans", "other_garment_color"),
        title="Global Desi Women Blue Chambray Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: deep purple straight kurta with silver foil print, silver-grey palazzos, holding a silver clutch, grey
    # studio backdrop; no mirror work. Base model, zero-shot.
    case(
        "X1099-045",
        caption("a woman in a purple kurta standing in front of a gray wall"),
        color_of("kurta", "purple"),
        color_of("palazzos", "purple", "other_garment_color"),
        wearing("purple kurta and grey pants"),
        describe("kurta", "the kurta is purple with silver print and mirror work on the neck", "unsupported"),
        Q.color("grey", "other_garment_color"),
        details("kurta", "the kurta details", "restated"),
        title="Ahalyaa Women Purple Printed Straight Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: navy kurti with a small white print, three-quarter sleeves, red piping at the neckline and sleeves,
    # white narrow pants, three-quarter view on a white backdrop. Base model, zero-shot.
    case(
        "X1099-046",
        caption("a woman in a blue kurta with white pants"),
        color_of("kurti", "navy blue"),
        color_of("pants", "white"),
        wearing("she is wearing a blue shirt with white pants"),
        details("kurti", "red piping on the neckline and the sleeves, white print all over"),
        describe("kurti", "describe the kurti", "restated"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="W Women Navy Blue Printed Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
]
