"""BLIND_938 (46 products; older Myntra women's ethnicwear/tops, zero-shot): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 107/125 failures found (85.6%) and 14/178 correct texts flagged
(7.9%). The writer's notes, verbatim:

Scenario: the older Myntra "Fashion Product Images" feed, the shared photos' kind (224x224 shots on a white backdrop,
the product worn by a model with other garments), short titles ("Biba Women Red Kurta"), women's ethnic wear (kurtas,
kurtis, tunics, sarees, a dupatta, a churidar, a lehenga set) and women's tops. Catalog columns title, category
(Myntra article type), color (base colour) and gender; a few rows lack one of them, as the old feed does.

Who wrote what: every caption and open answer is the untuned base Salesforce/blip2-opt-2.7b, zero-shot, greedy, with
the `Question: ... Answer:` prompt (30 new tokens for answers, 50 for captions). Its habits: short lowercase answers,
often a bare word; the color of the leggings, palazzo, dupatta or jeans given to the product; "dress" for a long
kurta or a lehenga; details it cannot see (pockets, zippers, buttons, mirrors, tassels, a dupatta that is not there);
now and then it runs on into a new `Question: ... Answer:` turn, echoes the question, says "he", or repeats a phrase
until the limit. The closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") are the reference
engine's pick among candidate values with the same base model, so they never loop, leak or stop short.

Labeling conventions and judgement calls:
- Judged against the photo described in the `# photo:` comment; where the seller's color is off (a "Brown" kurta
  that looks rust) an answer matching the photo is correct, and an answer matching the seller ("brown") is accepted.
- Shades within one color family are correct (navy / blue, fuchsia / magenta / pink, maroon / red, cream / white,
  mustard / yellow, rust / orange); a hue from another family is a failure.
- The product given the color of another worn garment (leggings, palazzo, jeans, dupatta, blouse) is
  other_garment_color; a wrong color that only a print, border or embroidery of the product itself has, or one
  color given to two garments that differ, is contradiction.
- Wrong garment class is contradiction: "dress" for a kurta, anarkali or lehenga; "kurta" for a dupatta or churidar;
  "shirt" for a tunic without a collar. Accepted synonyms: tunic / kurta, top / kurti, blouse / top, sari / saree,
  leggings / churidar, skirt for the lehenga, pants / palazzo, shirt for a top that has a collar and a button placket.
- A yes/no closed answer that denies the product's class or accepts the wrong class is contradiction.
- Material: a plausible fabric the photo does not argue against is correct (cotton for a matte printed kurta, silk
  for a sheeny saree, chiffon for a sheer top); a fabric the photo does not show (silk, velvet, wool, denim on a
  matte cotton or knit garment) is unsupported; a fabric against one named in the title is contradiction.
- Invented parts (pockets, zippers, buttons, bows, mirrors, tassels, an absent dupatta) are unsupported even when the
  rest of the answer is right.
- A bare one-word answer, or yes/no, to an open question (wearing, describe, details) is non_answer, even when the
  word is true ("pleats", "pink"); an answer that only gives the question's words back, or echoes the question, is
  restated.
- A text that runs into a new `Question:` or `Answer:` turn is leak, even when its first part is right; a text that
  repeats a phrase to the token limit is loop; one stopped mid-phrase at the limit without repeating is cut.
- "he" / "his" for the women's models is pronoun, even when the rest of the answer is right.
- One label per text: the first failure a reader meets.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_938 = [
    # photo: knee-length red straight kurta, small gold foil buti print, 3/4 sleeves, round neck, white churidar,
    # white backdrop, front view. Base BLIP-2 zero-shot wrote caption and open answers; reference engine the closed.
    case(
        "X938-001",
        caption("a woman wearing a red kurta and white leggings"),
        wearing("a red kurta and white churidar", who="she"),
        color_of("kurta", "red"),
        B.pattern("printed"),
        describe(
            "kurta", "a red kurta with gold print Question: What is the color of the churidar? Answer: white", "leak"
        ),
        details("kurta", "the kurta has a zipper at the back and two pockets", "unsupported"),
        B.material("silk", "unsupported"),
        title="Biba Women Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue straight kurta with white geometric block print, 3/4 sleeves, side slits, white palazzo
    # trousers, white backdrop, front view. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-002",
        caption("a woman in a blue and white printed kurta"),
        wearing("a white kurta and white pants", "other_garment_color", who="she"),
        B.color("navy blue"),
        B.garment_type("kurta"),
        B.sleeve_length("three-quarter"),
        describe("kurta", "the kurta is blue and the pants are blue", "contradiction"),
        details("kurta", "white geometric print on the body and sleeves"),
        title="W Women Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless round-neck top, light blue skinny jeans, hand on hip, white backdrop, front view.
    # Base model zero-shot on the default questionnaire (open); reference engine (closed).
    case(
        "X938-003",
        caption("a woman in a black top and jeans posing"),
        D.wearing("a black tank top and light blue jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("top"),
        D.sleeve_length("sleeveless"),
        D.description(
            "a black top with a black top and a black top and a black top and a black top and a black top and a",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: off-white loose peasant top with small blue and orange floral print, short flutter sleeves, blue tassel
    # tie at the neck, dark blue jeans, white backdrop. Base model zero-shot (caption, open); reference (closed).
    case(
        "X938-004",
        caption("a woman wearing a white floral top and blue jeans"),
        wearing("she is wearing a white top with flowers", who="she"),
        B.pattern("floral"),
        B.color("orange", "contradiction"),
        describe("top", "white top with blue flowers and a blue tie at the neck"),
        details("top", "Question: What are the top details? Answer: the top has a floral print", "leak"),
        B.material("denim", "unsupported"),
        title="Global Desi Women Printed Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: cream straight cotton kurta, maroon thread embroidery on the neck placket, long sleeves, maroon churidar,
    # no dupatta, white backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-005",
        caption("a woman in a white kurta with red pants"),
        wearing("a cream kurta with maroon leggings", who="the woman"),
        color_of("kurta", "maroon", "other_garment_color"),
        B.material("silk", "contradiction"),
        B.sleeve_length("long"),
        describe("kurta", "a white kurta with red embroidery and a red dupatta", "unsupported"),
        details("kurta", "embroidery around the neck"),
        title="Fabindia Women Cream Cotton Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: royal blue knee-length A-line kurta, white floral print along the hem, sleeveless, white leggings,
    # white backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-006",
        caption("a woman wearing a blue dress with white flowers", "contradiction"),
        wearing("a blue kurta and white leggings", who="she"),
        color_of("kurta", "blue"),
        B.sleeve_length("three-quarter", "contradiction"),
        describe("kurta", "it is a blue kurta with white flowers at the bottom"),
        details("kurta", "he is wearing a blue kurta with white flowers", "pronoun"),
        title="Span Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard yellow short-sleeve woven top, keyhole neckline with a button at the back of the neck, black
    # skinny trousers, white backdrop, front view. Base model zero-shot, default questionnaire; reference (closed).
    case(
        "X938-007",
        caption("a woman wearing a yellow top and black pants"),
        D.wearing("a yellow top and black pants"),
        D.color("mustard"),
        D.pattern("solid"),
        D.description("top", "non_answer"),
        D.details("the top has a keyhole neckline"),
        D.material("the garment is made of material", "restated"),
        title="Mineral Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: orange straight kurta with green and pink floral block print, mandarin collar, 3/4 sleeves, green
    # palazzo pants, white backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-008",
        caption("a woman wearing an orange and green kurta"),
        wearing("an orange kurta and green pants", who="she"),
        B.color("green", "other_garment_color"),
        B.pattern("floral"),
        B.garment_type("kurta"),
        describe(
            "kurta",
            "orange kurta with floral print and green pants and green pants and green pants and green pants and green",
            "loop",
            hit_limit=True,
        ),
        title="Sepia Women Orange Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: light pink sheer chiffon top with a ruffled front, short sleeves, no bow or belt, white jeans, white
    # backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-009",
        caption("a woman in a pink top and white jeans"),
        wearing("a pink blouse and white jeans", who="the woman"),
        color_of("top", "white", "other_garment_color"),
        describe("top", "a pink top with ruffles on the front and a bow at the waist", "unsupported"),
        details("top", "the top has details on the top", "restated"),
        B.sleeve_length("short"),
        B.material("chiffon"),
        title="Jealous 21 Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: red georgette saree with a gold zari border, matching red blouse, pallu over the left shoulder, white
    # backdrop, full length. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-010",
        caption("a woman in a red sari with gold trim"),
        wearing("a red saree", who="she"),
        B.garment_type("saree"),
        B.color("gold", "contradiction"),
        details("saree", "gold border"),
        describe("saree", "red saree, Question: What is the color of the blouse? Answer: red", "leak"),
        B.material("velvet", "unsupported"),
        title="Satya Paul Women Red Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: bottle green straight kurta, white floral print on the yoke, 3/4 sleeves, no buttons, white cigarette
    # pants, white backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-011",
        caption("a woman in a green and white kurta standing"),
        wearing("he is wearing a green kurta and white pants", "pronoun", who="the model"),
        color_of("kurta", "green"),
        B.pattern("floral"),
        describe("kurta", "a green kurta with white flowers and gold buttons on the front", "unsupported"),
        details("kurta", "the kurta has a floral print on the yoke"),
        B.material("cotton"),
        title="Aurelia Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: peach short-sleeve crepe top with pleats down the front, navy blue trousers, white backdrop.
    # Base model zero-shot, default questionnaire (open); reference engine (closed).
    case(
        "X938-012",
        caption("a woman in a pink top and blue pants"),
        D.wearing("a peach top and navy pants"),
        D.color("navy blue", "other_garment_color"),
        D.garment_type("blouse"),
        D.sleeve_length("short"),
        D.details("pleats", "non_answer"),
        D.description("Question: Describe the garment. Answer: a peach top with pleats", "leak"),
        title="Elle Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: black net saree scattered with silver sequins, silver border, black sleeveless blouse, white backdrop.
    # Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-013",
        caption("a woman in a black sari with silver sequins"),
        wearing("a black saree with a silver border", who="she"),
        color_of("saree", "black"),
        B.pattern("striped", "contradiction"),
        B.material("net"),
        describe("saree", "saree", "non_answer"),
        details(
            "saree",
            "the saree has a silver border and a silver border and a silver border and a silver border and a silver",
            "loop",
            hit_limit=True,
        ),
        title="Meee Women Black Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: black A-line kurta with a red and white tribal motif print at the hem and on the sleeves, 3/4 sleeves,
    # red churidar, white backdrop, three-quarter view. Base model zero-shot (caption, open); reference (closed).
    case(
        "X938-014",
        caption("a woman in a black kurta and red leggings"),
        wearing("a black kurta with a red print at the bottom and red leggings", who="the woman"),
        color_of("kurta", "red", "other_garment_color"),
        B.garment_type("kurta"),
        describe(
            "kurta",
            "a black kurta with red and white tribal print at the bottom, three quarter sleeves, a round neck and a"
            " slit on both sides of the kurta and the",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Folklore Women Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: sky blue sleeveless georgette top with a white lace panel at the yoke, white trousers, white backdrop.
    # Base model zero-shot, default questionnaire (open); reference engine (closed).
    case(
        "X938-015",
        caption("a woman wearing a light blue top with lace"),
        D.wearing("a blue top and white pants"),
        D.color("light blue"),
        D.sleeve_length("short", "contradiction"),
        D.description("it is a blue top with lace on the top and white pants"),
        D.details("lace", "non_answer"),
        D.material("wool", "unsupported"),
        title="Remanika Women Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: floor-length flared anarkali kurta, yellow with green and orange floral print, full sleeves, pink
    # churidar barely visible, pink chiffon dupatta over both arms, white backdrop. Base model zero-shot; reference.
    case(
        "X938-016",
        caption("a woman in a yellow dress with flowers", "contradiction"),
        wearing("a yellow anarkali with a pink dupatta", who="she"),
        color_of("kurta", "pink", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("long"),
        details("kurta", "the kurta has a floral print and a pink dupatta"),
        B.material("velvet", "unsupported"),
        title="Biba Women Multi Printed Anarkali Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: off-white cotton kurta with white-on-white chikankari embroidery, 3/4 sleeves, light blue jeans (fusion
    # look), white backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-017",
        caption("a woman in a white embroidered kurta and jeans"),
        wearing("a white kurta and blue jeans", who="she"),
        B.color("blue", "other_garment_color"),
        B.pattern("embroidered"),
        describe("kurta", "kurta", "non_answer"),
        details("kurta", "white embroidery all over the kurta"),
        title="Sepia Women Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: dark navy lace top with a scalloped hem, cap sleeves, nude lining, cream trousers, white backdrop.
    # Base model zero-shot, default questionnaire (open); reference engine (closed).
    case(
        "X938-018",
        caption("a woman in a blue lace top and white pants"),
        D.wearing("a blue lace top and white pants"),
        D.color("black", "contradiction"),
        D.garment_type("top"),
        D.description(
            "the garment is a navy blue lace top with scalloped edges at the hem and the cap sleeves, a round neck and"
            " a nude lining under the lace and white pants with a",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of wool", "unsupported"),
        title="Forever New Women Navy Lace Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: fuchsia pink straight kurta with gold print, mandarin collar, 3/4 sleeves, gold-beige palazzo, white
    # backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-019",
        caption("a woman wearing a pink kurta and gold pants"),
        wearing(
            "pink kurta with gold print, Question: What is the color of the pants? Answer: gold",
            "leak",
            who="the woman",
        ),
        color_of("kurta", "magenta"),
        B.sleeve_length("three-quarter"),
        describe("kurta", "pink", "non_answer"),
        details("kurta", "the collar is a mandarin collar"),
        B.material("cotton"),
        title="Shree Women Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: black off-shoulder top with long bell sleeves, no buttons or collar, white wide-leg pants, white
    # backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-020",
        caption("a woman in a black top and white pants"),
        wearing("he is wearing a black top and white pants", "pronoun", who="the model"),
        color_of("top", "white", "other_garment_color"),
        B.sleeve_length("long"),
        describe("top", "it is a black off the shoulder top with bell sleeves"),
        details("top", "the top has buttons down the front and a collar", "unsupported"),
        title="Avirate Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold foil print at the yoke and hem, 3/4 sleeves, matte cotton, beige
    # palazzo pants, white backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-021",
        caption("a woman wearing a red kurta with gold print"),
        wearing("a maroon kurta and beige pants", who="she"),
        B.color("beige", "other_garment_color"),
        B.garment_type("kurta"),
        describe("kurta", "a maroon kurta with a gold print"),
        details("kurta", "What are the kurta details?", "restated"),
        B.material("silk", "unsupported"),
        title="Vishudh Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: beige cotton kurta with a small blue floral print, long sleeves, blue churidar, no dupatta, white
    # backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-022",
        caption("a woman in a beige kurta with blue flowers"),
        wearing("a beige kurta and blue churidar", who="she"),
        color_of("kurta", "blue", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("short", "contradiction"),
        describe(
            "kurta",
            "the kurta is a beige kurta with a blue floral print and blue churidar and a blue dupatta",
            "unsupported",
        ),
        title="Rain and Rainbow Women Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: turquoise straight kurta with a black and white ikat print, sleeveless, black leggings, white backdrop.
    # Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-023",
        caption("a woman in a blue printed kurta and black leggings"),
        wearing("a blue kurta", who="she"),
        color_of("kurta", "black", "other_garment_color"),
        B.pattern("solid", "contradiction"),
        B.sleeve_length("sleeveless"),
        details("kurta", "ikat print in black and white"),
        describe("kurta", "it is a blue kurta with a print, he is wearing black leggings", "pronoun"),
        title="Ira Soleil Women Blue Printed Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: rust cotton kurta block-printed with mustard paisleys, mustard border on the sleeves, 3/4 sleeves, round
    # neck with a front slit, off-white pants, white backdrop. Base model zero-shot; reference engine (closed).
    # The row has no color column.
    case(
        "X938-024",
        caption("a woman in an orange paisley kurta and white pants"),
        wearing("his kurta is orange and his pants are white", "pronoun", who="the model"),
        B.color("rust"),
        B.pattern("paisley"),
        describe(
            "kurta",
            "it is an orange cotton kurta with a paisley print all over, three quarter sleeves, a round neck with a"
            " slit in front and a yellow border on the",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Mother Earth Women Printed Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: teal straight kurta with small white dots, 3/4 sleeves, white leggings, a white clutch in her hand,
    # white backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-025",
        caption("a woman in a teal kurta holding a white purse"),
        wearing("a blue kurta and white leggings", who="she"),
        color_of("kurta", "white", "other_garment_color"),
        is_a("kurta", "yes"),
        B.pattern("polka dot"),
        details("kurta", "small white dots all over and a white bag"),
        describe(
            "kurta", "a teal kurta with white dots, Question: What is the color of the leggings? Answer: white", "leak"
        ),
        title="W Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: white short-sleeve cotton jersey top with navy horizontal stripes, round neck, no pocket, red trousers,
    # white backdrop. Base model zero-shot, default questionnaire (open); reference engine (closed).
    case(
        "X938-026",
        caption("a woman in a blue and white striped top and red pants"),
        D.wearing("a white and blue striped top with red pants"),
        D.color("red", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("long", "contradiction"),
        D.description("a white top with blue stripes and a pocket on the chest", "unsupported"),
        D.material(
            "cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton",
            "loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: hip-length yellow kurti with white chikan embroidery on the neckline, 3/4 sleeves, blue jeans, white
    # backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-027",
        caption("a woman in a yellow top and blue jeans"),
        wearing("a yellow top", who="she"),
        B.garment_type("top"),
        B.color("yellow"),
        B.sleeve_length("sleeveless", "contradiction"),
        describe("kurti", "the kurti is yellow and the jeans are yellow", "contradiction"),
        details("kurti", "she is wearing a yellow kurti with white embroidery"),
        title="Kurti's Women Yellow Kurti",
        category="Kurtis",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy kurta with a pink floral print, 3/4 sleeves, matching navy palazzo with pink print at the hem, no
    # tassels, white backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-028",
        caption("a woman in a blue floral kurta and pants"),
        wearing("a blue kurta and blue pants", who="she"),
        B.color("pink", "contradiction"),
        B.pattern("floral"),
        B.garment_type("kurta"),
        describe("kurta", "no", "non_answer"),
        details("kurta", "the kurta has a pink flower print and pink tassels on the sleeves", "unsupported"),
        title="Libas Women Navy Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: magenta chiffon dupatta with a gold gota border, no tassels, draped round the neck of a model in a plain
    # white kurta and white churidar, white backdrop. Base model zero-shot (caption, open); reference (closed).
    case(
        "X938-029",
        caption("a woman in a white kurta with a pink scarf"),
        wearing("a white kurta and a pink scarf", who="the woman"),
        color_of("dupatta", "white", "other_garment_color"),
        B.garment_type("kurta", "contradiction"),
        describe("dupatta", "a pink dupatta with a gold border"),
        details("dupatta", "the dupatta has tassels at the ends", "unsupported"),
        title="Shree Women Magenta Dupatta",
        category="Dupatta",
        color="Magenta",
        gender="Women",
    ),
    # photo: purple straight kurta with silver embroidery at the neckline, 3/4 sleeves, white churidar, white
    # backdrop, side view. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-030",
        caption("a woman in a purple kurta"),
        wearing(
            "a purple kurta and white pants Question: What is the color of the kurta? Answer: purple Question: What"
            " is the color",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "pink", "contradiction"),
        B.sleeve_length("three-quarter"),
        details("kurta", "silver embroidery at the neck"),
        B.material("the garment is made of cotton"),
        title="Biba Women Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: red sleeveless peplum top, black pencil skirt, white backdrop, front view.
    # Base model zero-shot, default questionnaire (open); reference engine (closed).
    case(
        "X938-031",
        caption("a woman in a red top and black skirt"),
        D.wearing("she is wearing a red top and a black skirt"),
        D.color("black", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a red sleeveless top with a peplum"),
        D.details("the top has a ruffle at the waist"),
        D.material("the garment is made of the material", "restated"),
        title="Vero Moda Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: indigo cotton kurta with a white dabu print, long sleeves, white salwar, white backdrop.
    # Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-032",
        caption("a woman wearing a blue and white kurta and white pants"),
        wearing("blue", "non_answer", who="she"),
        color_of("kurta", "white", "other_garment_color"),
        B.pattern("printed"),
        B.material("cotton"),
        describe(
            "kurta",
            "a dark blue kurta with a white print all over, long sleeves, a round neck and a white salwar with a"
            " drawstring at the waist and the salwar",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Women Indigo Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green utility top with a collar, a button placket and two flap chest pockets, short sleeves, matte
    # cotton twill, beige chinos, white backdrop. Base model zero-shot, default questionnaire; reference (closed).
    case(
        "X938-033",
        caption("a woman in a green shirt and beige pants"),
        D.wearing("a green shirt and khaki pants"),
        D.color("khaki", "other_garment_color"),
        D.garment_type("shirt"),
        D.description("it is a green shirt with two pockets on the front"),
        D.details("he has two pockets on his shirt", "pronoun"),
        D.material("denim", "unsupported"),
        title="Mango Women Olive Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: rust-orange A-line kurta with gold print (the seller calls it Brown), 3/4 sleeves, cream palazzo,
    # white backdrop. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-034",
        caption("a woman in an orange kurta and white pants"),
        wearing("an orange kurta and cream pants and a gold necklace", "unsupported", who="she"),
        B.color("rust"),
        B.garment_type("kurta"),
        describe("kurta", "a brown kurta with gold print"),
        details("kurta", "Answer: gold print on the kurta", "leak"),
        title="Anouk Women Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: powder blue matte cotton kurta with white thread embroidery on the neck and sleeves, 3/4 sleeves, white
    # palazzo, white dupatta with a blue border over one shoulder, white backdrop. Base model zero-shot; reference.
    case(
        "X938-035",
        caption("a woman wearing a white kurta with a blue scarf", "other_garment_color"),
        wearing("a light blue kurta and white palazzo pants and a white dupatta", who="she"),
        color_of("kurta", "light blue"),
        B.pattern("embroidered"),
        details("kurta", "white embroidery on the neck and sleeves"),
        B.material("silk", "unsupported"),
        title="Sangria Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: white woven top with a black and red abstract brushstroke print, 3/4 sleeves, round neck, black jeans,
    # white backdrop. Base model zero-shot, default questionnaire (open); reference engine (closed).
    case(
        "X938-036",
        caption("a woman wearing a white top with a black and red print"),
        D.wearing("a white printed top and black jeans"),
        D.color("white"),
        D.pattern("printed"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description(
            "the top is white with a black and red abstract print on the front and the back, three quarter sleeves"
            " and a round neck, she is wearing",
            "cut",
            hit_limit=True,
        ),
        D.details("black and red brush strokes on the front"),
        title="Harpa Women Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: parrot green silk saree with a gold border, pink blouse, pallu draped over the shoulder, white backdrop.
    # Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-037",
        caption("a woman in a green saree with a gold border"),
        wearing("he is wearing a green sari and a pink blouse", "pronoun", who="the model"),
        color_of("saree", "pink", "other_garment_color"),
        B.material("silk"),
        B.garment_type("saree"),
        details("saree", "the saree is a saree", "restated"),
        title="Soch Women Green Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: grey melange long-sleeve knit top with "PARIS" printed in white on the chest, no zipper, black jeans,
    # white backdrop. Base model zero-shot, default questionnaire (open); reference engine (closed).
    case(
        "X938-038",
        caption("a woman in a grey top and black pants"),
        D.wearing("he is wearing a grey shirt and black pants", "pronoun"),
        D.color("grey"),
        D.pattern("printed"),
        D.sleeve_length("long"),
        D.description("a grey sweatshirt with paris written on it and a hood", "unsupported"),
        D.details("the top has a zipper on the side", "unsupported"),
        title="Only Women Grey Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: the product is a white churidar, gathered at the ankles, worn under a red knee-length kurta, white
    # backdrop, full length. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-039",
        caption("a woman in a red kurta and white pants"),
        wearing("a red kurta with white leggings", who="she"),
        color_of("churidar", "red", "other_garment_color"),
        B.garment_type("kurta", "contradiction"),
        describe("churidar", "white leggings with gathers at the ankle"),
        is_a("churidar", "no", "contradiction"),
        title="Biba Women White Churidar",
        category="Churidar",
        color="White",
        gender="Women",
    ),
    # photo: lavender short-sleeve top with white lace trim at the hem, grey jeans, white backdrop.
    # Base model zero-shot, default questionnaire (open); reference engine (closed).
    case(
        "X938-040",
        caption("a woman wearing a lavender top with white lace and grey jeans"),
        D.wearing("a light purple top and grey jeans"),
        D.color("grey", "other_garment_color"),
        D.garment_type("top"),
        D.description("the garment is a top", "restated"),
        D.details("white lace at the bottom"),
        D.material("silk", "unsupported"),
        title="Kook N Keech Women Lavender Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: mid-blue chambray cotton tunic, band neck without collar, white embroidery at the yoke, roll-up
    # sleeves with tabs, white leggings, white backdrop. Base model zero-shot (caption, open); reference (closed).
    case(
        "X938-041",
        caption("a woman in a blue tunic and white leggings"),
        wearing("a blue tunic with white leggings", who="the woman"),
        B.garment_type("shirt", "contradiction"),
        B.color("blue"),
        describe("tunic", "a blue tunic with white embroidery and a belt at the waist", "unsupported"),
        B.material("cotton"),
        details("tunic", "embroidery", "non_answer"),
        title="Global Desi Women Blue Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: baby pink straight kurta with a small green leaf print, sleeveless, green palazzo, green dupatta over
    # one shoulder, white backdrop. Base model zero-shot (caption, open); reference (closed). No gender column.
    case(
        "X938-042",
        caption("a woman in a white kurta and green pants with a green scarf", "contradiction"),
        wearing("a pink kurta", who="she"),
        color_of("kurta", "green", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        describe("kurta", "yes", "non_answer"),
        details("kurta", "small green leaves printed on the kurta"),
        title="Jaipur Women Pink Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # photo: black cotton peasant top with red and yellow thread embroidery at the neckline, no mirrors, 3/4 sleeves,
    # white palazzo, white backdrop. Base model zero-shot, default questionnaire; reference engine (closed).
    case(
        "X938-043",
        caption("a woman in a black top with red embroidery"),
        D.wearing("a black top and white pants"),
        D.color("red", "contradiction"),
        D.pattern("embroidered"),
        D.description("it is a black top with embroidery and mirrors on the neckline", "unsupported"),
        D.details("embroidery Question: What is the pattern of the garment? Answer: embroidered", "leak"),
        title="Global Desi Women Black Embroidered Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: pink silk lehenga skirt with gold embroidery, pink choli, gold net dupatta over the head and arm, no
    # mirror work, white backdrop, full length. Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-044",
        caption("a woman in a pink and gold lehenga"),
        wearing("a pink skirt and top with a gold scarf", who="she"),
        color_of("lehenga", "gold", "other_garment_color"),
        B.garment_type("dress", "contradiction"),
        details("lehenga", "gold embroidery and mirror work and a zip on the side", "unsupported"),
        B.material("silk"),
        title="Ethnix Women Pink Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: grey kurta with an asymmetric hem and a black geometric print, 3/4 sleeves, black leggings, white
    # backdrop. Base model zero-shot (caption, open); reference engine (closed). The row has no category column.
    case(
        "X938-045",
        caption("a woman in a grey and black kurta"),
        wearing(
            "a grey kurta and black leggings Question: What is the color of the leggings? Answer: black Question:"
            " What is the color of the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "black", "other_garment_color"),
        B.pattern("printed"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details("kurta", "the kurta has an uneven hem"),
        title="W Women Grey Kurta",
        color="Grey",
        gender="Women",
    ),
    # photo: cream hip-length top with small red bandhani dots, short sleeves, red leggings, white backdrop.
    # Base model zero-shot (caption, open); reference engine (closed).
    case(
        "X938-046",
        caption("a woman wearing a white top with red dots and red leggings"),
        wearing("a white top and red pants", who="the woman"),
        B.color("red", "other_garment_color"),
        B.pattern("polka dot"),
        describe("top", "she is wearing a white top with small red dots"),
        details(
            "top",
            "the top has small red dots all over it, short sleeves and a round neck with a small slit in the front"
            " and the hem of the",
            "cut",
            hit_limit=True,
        ),
        B.material("the garment is made of the garment", "restated"),
        title="Biba Women Cream Printed Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
]
