"""BLIND_1145 (46 products; older Myntra feed, women's ethnic wear and tops, base BLIP-2 zero-shot): written blind in
the sixtieth session. Measured blind at 2135623 (the session's eighth rules): 106/124 failures found (85.5%) and 17/171
correct texts flagged (9.9%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind: short product names ("Biba Women Maroon Kurta"),
women's ethnic wear (kurtas, kurtis, tunics, an anarkali, one churidar and one dupatta listing) and western tops.
224x224 product shots, mostly on a white studio backdrop (one on grey), the model wearing the product with other
garments (churidar, leggings, palazzos, jeans, a dupatta, an open blazer, a camisole underneath) and sometimes props
(a tote bag, sunglasses, earrings, a belt). Seller columns: title, category (Myntra article type), color (Myntra
base colour), gender; a few rows lack the color, the category or the gender, as real feeds do.

Who wrote what: every free text (captions, wearing, description, details, material, neckline, open color questions)
is Salesforce/blip2-opt-2.7b zero-shot, no adapter, greedy, prompt `Question: ... Answer:`, 30 new tokens for
answers and 50 for captions. The base model usually stops on a newline, so most answers are short and lowercase,
often terse ("a pink top", "cotton"); it calls kurtas "dress" or "shirt", takes the color of the leggings, jeans,
dupatta or bag for the product's, invents pockets, zippers and belts, sometimes says "he" for the women models,
sometimes runs on into another `Question: ... Answer:` turn, and now and then repeats a phrase until the token limit
or runs a long list into the limit. Closed answers (garment_type, color, pattern, sleeve_length, the yes/no "Is this
a ...?" questions) come from enrich's `--engine reference`, which picks one candidate: they never loop or stop short,
but they pick the wrong garment's color or the wrong class as often as the free text does.

Labeling conventions and judgement calls:
- A kurta, kurti or tunic called "dress" or "shirt" (caption or answer) is a contradiction of the seller's category;
  "kurta" for a kurti, "tunic" for a kurta, "top" for a short kurti, "scarf" for a dupatta, "blouse" or "t-shirt"
  for a top of that cut, "salwar kameez"/"anarkali suit" for a kurta worn with its bottoms are all accepted.
- Neighbouring shade names are correct: maroon = red, peach = pink, teal = blue or green, magenta = pink or purple,
  mustard or lemon = yellow, rust = orange, cream or off white = white, lavender = purple, charcoal = grey.
- A color answer that is the color of another visible garment or prop (leggings, churidar, jeans, dupatta, bag,
  belt, the camisole underneath, the blazer over it) is other_garment_color, even where that color also appears in
  a print; a color that is in no garment at all, or only in a small logo, is a contradiction.
- A wrong garment class or a wrong pattern or sleeve length is a contradiction; a material that the title names
  otherwise (Cotton, Silk) is a contradiction; a material the photo makes implausible (denim for an indigo cotton
  print, leather, wool for chiffon) and invented parts (pockets, zippers, belts, bows, necklines not shown) are
  unsupported. A plausible guess of a material the photo does not contradict is correct.
- On the churidar and dupatta listings, describing the kurta instead of the product is other_garment_color when it
  gives the kurta's color, and garment_type "kurta" is a contradiction.
- A one-word color or "yes" to an open question, "it is a top", "the garment is a kurta" for details, or "the
  garment has details" is non_answer; an answer that turns the question's words back ("the details are the details
  of the top", "the material is the material of the garment") is restated.
- "he"/"his" or "a man" for the women models is pronoun; on the row with no gender nothing is labelled pronoun.
- A text that repeats a phrase to the limit is loop (hit_limit); a text that runs a long list into the limit and
  stops mid-phrase without repeating is cut (hit_limit); a run-on into another `Question: ... Answer:` turn is leak,
  whatever the extra turn says.
- A bare "fabric" for the material is non_answer; "made of the material of the dupatta" is restated.
- "yes" to "Is this a dress?" or "Is this a skirt?" for a kurta or a top is a contradiction; an open color
  question about the bottoms answered with the product's color is other_garment_color.
- One label per text: the first failure a reader would notice.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a, question

neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_1145 = [
    # photo: maroon straight kurta with gold foil print at the yoke, 3/4 sleeves, white churidar, white backdrop,
    # front view; all texts base BLIP-2 zero-shot (closed ones via the reference engine)
    case(
        "X1145-001",
        caption("a woman wearing a maroon kurta with gold print and white pants"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.description("a red kurta with gold design"),
        Q.material("silk", "unsupported"),
        title="Biba Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal A-line kurta with small white block-print motifs, mandarin collar and button placket, long sleeves,
    # beige palazzo, white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-002",
        caption("a woman in a green and white printed kurta"),
        Q.wearing("a green kurta and beige pants"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("mandarin collar and buttons on the front"),
        Q.pattern("solid", "contradiction"),
        Q.material("cotton"),
        neckline("mandarin collar"),
        title="W Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: black sleeveless top with a lace panel at the neckline, blue skinny jeans, hand on hip, white backdrop,
    # front view (back not visible); base BLIP-2 zero-shot
    case(
        "X1145-003",
        caption("a woman wearing a black top and blue jeans"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        Q.description("black top with lace"),
        Q.details("the top has a zipper on the back", "unsupported"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mustard tunic with blue and pink ikat print, roll-up sleeves, white leggings, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X1145-004",
        caption("a woman wearing a yellow and blue printed tunic and white leggings"),
        Q.wearing("a yellow tunic"),
        Q.garment_type("dress", "contradiction"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.details(
            "it has a print on the front and the back and the sleeves and the front and the back and the sleeves"
            " and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Global Desi Women Printed Tunic",
        category="Tunics",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white cotton kurta with red thread embroidery at the neckline, plain 3/4 sleeves, red churidar, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X1145-005",
        caption("a woman in a white kurta with red embroidery"),
        Q.color("red", "other_garment_color"),
        Q.material("silk", "contradiction"),
        Q.description("white kurta with red embroidery on the neck and mirror work on the sleeves", "unsupported"),
        Q.wearing("she is wearing a white kurta and red pants"),
        Q.sleeve_length("three-quarter"),
        title="Fabindia Women Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: navy blue top with white polka dots, round neck, short sleeves, white shorts, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X1145-006",
        caption("a woman wearing a blue and white polka dot shirt and white shorts"),
        Q.pattern("polka dot"),
        Q.color("navy blue"),
        Q.description("Question: Describe the garment. Answer: a blue polka dot top", "leak"),
        Q.details("long sleeves and a collar", "contradiction"),
        Q.material("polyester"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        title="Mango Women Printed Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink flared anarkali kurta, sleeveless, gold border at the hem, pink churidar, gold dupatta over one
    # shoulder, white backdrop, front view only; base BLIP-2 zero-shot
    case(
        "X1145-007",
        caption("a woman in a pink and gold anarkali suit"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long", "contradiction"),
        Q.wearing("he is wearing a pink kurta and a gold scarf", "pronoun"),
        Q.details("gold border at the bottom and a zip at the back", "unsupported"),
        Q.color("pink"),
        title="Sangria Women Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: white top with navy horizontal stripes, boat neck, 3/4 sleeves, red skinny jeans, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X1145-008",
        caption("a woman wearing a striped shirt and red pants"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("white top with blue stripes"),
        Q.material("cotton"),
        Q.wearing("a striped top and red jeans"),
        neckline("boat neck"),
        title="Only Women Striped Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: bottle green kurta with small yellow floral booti print, long sleeves, no pockets, yellow salwar,
    # white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-009",
        caption("a woman in a green kurta and yellow pants"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("floral"),
        Q.description("a green kurta with yellow flowers and a pocket on the side", "unsupported"),
        Q.details("the garment is a kurta", "non_answer"),
        Q.material("cotton"),
        color_of("kurta", "yellow", "other_garment_color", kind="open"),
        title="Aurelia Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: peach chiffon top with short cap sleeves and a pleated front, white jeans, white backdrop, front view;
    # base BLIP-2 zero-shot
    case(
        "X1145-010",
        caption("a woman wearing a peach top and white jeans"),
        Q.wearing("a pink top and white jeans"),
        Q.garment_type("blouse"),
        Q.sleeve_length("short"),
        Q.details("pleats on the front and a bow at the back", "unsupported"),
        Q.material("chiffon"),
        Q.description("pink", "non_answer"),
        title="Jealous 21 Women Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: indigo dabu-print kurta with white leaf motifs and side slits, white palazzos, brown leather tote bag on
    # the arm, white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-011",
        caption("a woman in a blue printed kurta with a brown bag"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("printed"),
        Q.wearing("a blue kurta, white pants and a brown bag"),
        Q.details("leaf print and slits on the side"),
        Q.material("denim", "unsupported"),
        title="Anouk Women Indigo Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta sleeveless top with a ruffled neckline, black leggings, white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-012",
        caption("a woman in a purple top and black leggings"),
        Q.color("pink"),
        Q.description(
            "a purple top with ruffles on the neck and a ruffle on the neck and a ruffle on the neck and a ruffle on",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.wearing("a pink top Question: What is she wearing on her legs? Answer: black leggings", "leak"),
        Q.details("what are the details of the garment", "restated"),
        title="Remanika Women Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: mustard kurta with red bandhani dot print, 3/4 sleeves, red dupatta, white churidar, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X1145-013",
        caption("a woman in a yellow kurta with a red scarf"),
        Q.garment_type("kurta"),
        Q.color("red", "other_garment_color"),
        Q.pattern("printed"),
        Q.description("a yellow kurta with red dots"),
        Q.material("cotton"),
        Q.wearing("she is wearing a yellow kurta, a red dupatta and white pants"),
        is_a("dress", "yes", "contradiction"),
        title="Rangriti Women Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: grey melange t-shirt-cut top with a black sequinned bow print, short sleeves, black jeggings, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X1145-014",
        caption("a woman wearing a grey t - shirt with a black bow"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.details("the bow is made of sequins"),
        Q.material("wool", "unsupported"),
        title="Mineral Women Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: cream kurta with an all-over pink and green floral print, round neck with keyhole, 3/4 sleeves, pink
    # churidar, white backdrop; base BLIP-2 zero-shot; the row has no color
    case(
        "X1145-015",
        caption("a woman in a floral print kurta and pink pants"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.description(
            "a white kurta with pink and green flowers all over it, three quarter sleeves, a round neck with a"
            " keyhole opening and pink piping along the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        Q.wearing("a pink dress and pink pants", "contradiction"),
        neckline("round neck"),
        title="Biba Women Printed Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: navy chambray shirt-style top, button front, two flap chest pockets, sleeves rolled up and held by button
    # tabs, curved hem, white jeans, white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-016",
        caption("a woman wearing a blue denim shirt and white jeans"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.material("denim"),
        Q.details(
            "buttons on the front, two flap pockets on the chest, sleeves rolled up and held with a tab and a curved"
            " hem at the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.wearing("he is wearing a blue shirt and white pants", "pronoun"),
        title="Wrangler Women Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless kurta with white geometric print, black palazzo pants, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X1145-017",
        caption("a woman wearing a black and white kurta and black pants"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.description("black kurta Question: What is the color of the pants? Answer: black", "leak"),
        Q.color("black"),
        Q.material("the garment is made of material", "restated"),
        title="Libas Women Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: red indo-western kurta with shirt collar and full button placket, long sleeves, blue jeans, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X1145-018",
        caption("a woman in a red shirt and blue jeans", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("blue", "other_garment_color"),
        Q.details("collar and buttons down the front"),
        Q.wearing("a red kurta and jeans"),
        Q.material("silk", "unsupported"),
        title="Taurus Women Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: cream lace top with a scalloped hem, short sleeves, mint green skirt, white backdrop, front view;
    # base BLIP-2 zero-shot
    case(
        "X1145-019",
        caption("a woman in a white lace top and a green skirt"),
        Q.color("green", "other_garment_color"),
        Q.pattern("lace"),
        Q.description("a white top with lace"),
        Q.details("scalloped edges and a button at the back of the neck", "unsupported"),
        Q.material("lace"),
        is_a("skirt", "yes", "contradiction"),
        title="Avirate Women Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: purple short kurti with silver mirror work at the neck, 3/4 sleeves, blue jeans, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X1145-020",
        caption("a woman wearing a purple top and jeans"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("purple"),
        Q.details("mirror work on the neck"),
        Q.description("purple", "non_answer"),
        Q.wearing(
            "a purple shirt and blue jeans and a purple shirt and blue jeans and a purple shirt and blue jeans and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Sepia Women Kurti",
        category="Kurtis",
        color="Purple",
        gender="Women",
    ),
    # photo: yellow sleeveless top with small white floral embroidery at the neck, grey shorts, sunglasses pushed up
    # on the head, white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-021",
        caption("a woman wearing a yellow top and grey shorts with sunglasses on her head"),
        Q.color("yellow"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.details("the top has a pocket and the shorts have pockets", "unsupported"),
        Q.wearing("yes", "non_answer"),
        title="United Colors of Benetton Women Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy kurta with orange and white geometric print, side slits, 3/4 sleeves, solid orange leggings, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X1145-022",
        caption("a woman wearing an orange and blue kurta"),
        Q.color("orange", "other_garment_color"),
        Q.pattern("geometric"),
        Q.description("a blue kurta with orange and white design and orange leggings"),
        Q.sleeve_length("three-quarter"),
        Q.details(
            "the kurta has a slit on the side and a slit on the side and a slit on the side and a slit on the side"
            " and a",
            "loop",
            hit_limit=True,
        ),
        title="Vishudh Women Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black racerback sports tank top with a small pink Puma logo on the chest, black track shorts, white
    # backdrop, front view; base BLIP-2 zero-shot
    case(
        "X1145-023",
        caption("a woman in a black tank top with a pink logo"),
        Q.garment_type("tank top"),
        Q.color("pink", "contradiction"),
        Q.material("polyester"),
        Q.details("the logo of puma on the chest and a hidden pocket on the back", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Puma Women Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: orange kurta with green border at the hem and cuffs, long sleeves, green churidar and green dupatta,
    # white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-024",
        caption("a woman in an orange and green salwar kameez"),
        Q.color("green", "other_garment_color"),
        Q.wearing("he is wearing an orange kurta with green pants and a green dupatta", "pronoun"),
        Q.description(
            "a orange kurta with green border on the sleeves and the bottom, worn with a green churidar and a green"
            " dupatta draped over the left shoulder and the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.material("the material is the material of the garment", "restated"),
        title="Rangmanch Women Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: white cropped tee-style top with a black "PARIS" text print, short sleeves, black high-waist skirt (no
    # belt), white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-025",
        caption("a woman wearing a white t - shirt with the word paris on it"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        Q.details("the word paris is written on the front"),
        Q.description("a white shirt with black letters and a black skirt with a belt", "unsupported"),
        title="Tokyo Talkies Women Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: sea green silk kurta with a gold zari border at the neckline, 3/4 sleeves, white churidar, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X1145-026",
        caption("a woman in a green silk kurta"),
        Q.material("cotton", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.details("gold embroidery on the neck"),
        Q.wearing("he is wearing a green kurta", "pronoun"),
        title="Fabindia Women Silk Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: red peplum top, short sleeves, blue jeans, white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-027",
        caption("a woman wearing a red peplum top and blue jeans"),
        Q.garment_type("top"),
        Q.color("blue", "other_garment_color"),
        Q.description("red top with a ruffle at the waist"),
        Q.details("the garment has details", "non_answer"),
        Q.material("leather", "unsupported"),
        title="Kraus Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: royal blue flared anarkali kurta with gold print at the yoke and hem, full sleeves, blue churidar, white
    # backdrop, side view mid-twirl, no drawstring or tassels; base BLIP-2 zero-shot
    case(
        "X1145-028",
        caption("a woman in a blue anarkali dress", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.description("a blue anarkali with gold print at the hem and a drawstring waist with tassels", "unsupported"),
        Q.sleeve_length("long"),
        Q.wearing("a blue dress Question: What is the color of the dress? Answer: blue", "leak"),
        title="Biba Women Anarkali Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender georgette top with a front knot, short sleeves, white trousers, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X1145-029",
        caption("a woman in a purple shirt and white pants"),
        Q.color("white", "other_garment_color"),
        Q.details("it has a knot at the front"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("it is a top", "non_answer"),
        Q.material("georgette"),
        neckline("the neckline of the garment is a neckline", "restated"),
        title="Elle Women Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: white kurta with an all-over blue, pink and green floral block print, 3/4 sleeves, blue palazzos, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X1145-030",
        caption("a woman wearing a floral kurta and blue pants"),
        Q.color("multi"),
        Q.pattern("floral"),
        Q.description(
            "a white kurta with blue, pink and green flowers printed all over, three quarter sleeves, a round neck"
            " and a pair of blue palazzo pants with",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the flowers are pink and blue and green and pink and blue and green and pink and blue and green and"
            " pink and",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a dress", "contradiction"),
        title="Jaipur Kurti Women Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: olive silk camisole with lace trim at the neckline, worn under an open black blazer, black trousers,
    # white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-031",
        caption("a woman in a black jacket and a green top"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.details("lace trim on the neckline"),
        Q.material("silk"),
        Q.wearing("a black blazer, green top and black pants"),
        title="French Connection Women Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: beige sleeveless kurta with a rust and brown print band at the hem, round neck with a small front slit,
    # rust pants, white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-032",
        caption("a woman wearing a beige kurta and orange pants"),
        Q.garment_type("tunic"),
        Q.color("orange", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a beige sleeveless kurta with a brown print at the bottom and a round neck with a small slit at the"
            " front and",
            "cut",
            hit_limit=True,
        ),
        Q.material("yes", "non_answer"),
        title="W Women Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: sky blue and white checked shirt-style top, pointed collar, one chest pocket, sleeves rolled to the
    # elbow, khaki shorts, white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-033",
        caption("a woman wearing a blue plaid shirt and khaki shorts"),
        Q.pattern("checked"),
        Q.color("khaki", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.details("the shirt has buttons and a collar"),
        Q.wearing("she is wearing a blue shirt and beige shorts"),
        Q.description(
            "a blue and white checked shirt with long sleeves rolled up to the elbow, a pointed collar, a button"
            " placket and a pocket on the left",
            "cut",
            hit_limit=True,
        ),
        title="Lee Women Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: peach kurta with white chikankari-style thread embroidery, 3/4 sleeves, white leggings, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X1145-034",
        caption("a woman in a pink kurta with white embroidery"),
        Q.color("white", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.details("white embroidery all over the front"),
        Q.material("cotton Question: What is the color of the leggings? Answer: white", "leak"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.wearing("his kurta is peach and he is wearing white leggings", "pronoun"),
        title="Aurelia Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: brown handloom kurta with thin white stripes, mandarin collar with three buttons, long sleeves, no pockets,
    # off white pyjama, white backdrop, the model's face cropped; base BLIP-2 zero-shot; the row has no gender
    case(
        "X1145-035",
        caption("a person wearing a brown striped kurta and white pants"),
        Q.pattern("striped"),
        Q.color("brown"),
        Q.material("handloom cotton"),
        Q.description("brown", "non_answer"),
        Q.details("stripes on the kurta, buttons on the neck and two side pockets", "unsupported"),
        title="Mother Earth Kurta",
        category="Kurtas",
        color="Brown",
    ),
    # photo: sheer pink top with small white floral embroidery, long plain sleeves, white camisole visible underneath,
    # blue jeans, white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-036",
        caption("a woman wearing a pink blouse and blue jeans"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description(
            "a pink top with a pink top with a pink top with a pink top with a pink top with a pink top with a",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        Q.details("white flowers embroidered and sequins on the cuffs", "unsupported"),
        title="Scullers For Her Women Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: turquoise kurta with pink thread embroidery at the yoke, sleeveless, pink leggings, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X1145-037",
        caption("a woman in a turquoise kurta and pink leggings"),
        Q.color("turquoise"),
        Q.garment_type("dress", "contradiction"),
        Q.wearing("turquoise", "non_answer"),
        Q.details("Question: What are the details of the garment? Answer: pink embroidery on the neck", "leak"),
        Q.sleeve_length("sleeveless"),
        color_of("leggings", "pink", kind="open"),
        title="Sangria Women Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: off-white cotton crochet top with a scalloped hem, short sleeves, blue denim shorts, white backdrop,
    # front view; base BLIP-2 zero-shot
    case(
        "X1145-038",
        caption("a woman in a white crochet top and denim shorts"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.material("crochet"),
        Q.description("the garment is a white garment", "restated"),
        Q.details("a zipper on the side and two pockets", "unsupported"),
        title="Mango Women Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: lemon yellow kurta with green leaf print, 3/4 sleeves, green churidar, green dupatta with yellow border,
    # white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-039",
        caption("a man wearing a yellow kurta with green leaves and a green dupatta", "pronoun"),
        Q.color("green", "other_garment_color"),
        Q.pattern("floral"),
        Q.wearing("a yellow and green dress", "contradiction"),
        Q.description("yellow kurta with green leaf print"),
        Q.material("fabric", "non_answer"),
        title="Biba Women Yellow Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: charcoal off-shoulder top with long sleeves, no buttons, black jeans, hand in hair, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X1145-040",
        caption("a woman in a grey off the shoulder top and black jeans"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        Q.details(
            "the shoulders are off the shoulder and the sleeves are long and the shoulders are off the shoulder and the"
            " sleeves are",
            "loop",
            hit_limit=True,
        ),
        Q.description("a grey top with a v neck and buttons", "unsupported"),
        Q.wearing("he is wearing a grey sweater and black jeans", "pronoun"),
        title="Vero Moda Women Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: the product is a white churidar, worn under a knee-length red printed kurta that covers most of it, full
    # length view, white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-041",
        caption("a woman in a red kurta and white leggings"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("red", "other_garment_color"),
        Q.wearing("a red kurta and white pants"),
        Q.description("a red kurta with a white print", "other_garment_color"),
        Q.material("cotton"),
        title="Biba Women Churidar",
        category="Churidar",
        color="White",
        gender="Women",
    ),
    # photo: the product is a magenta dupatta with a gold gota border, draped over both shoulders of a model in a white
    # kurta and white churidar, its ends hanging plain at the back, white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-042",
        caption("a woman wearing a white kurta with a pink scarf"),
        Q.garment_type("scarf"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("gold border and tassels at the ends", "unsupported"),
        Q.material("the garment is made of the material of the dupatta", "restated"),
        title="Rangriti Women Dupatta",
        category="Dupatta",
        color="Magenta",
        gender="Women",
    ),
    # photo: cobalt blue knit top with a white lace yoke, 3/4 sleeves, grey trousers, white backdrop;
    # base BLIP-2 zero-shot
    case(
        "X1145-043",
        caption("a woman in a blue top with a white lace collar"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("a blue top"),
        Q.details("the details are the details of the top", "restated"),
        Q.material("cotton"),
        title="Span Women Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: rust sleeveless kurta with black and cream ikat print and a flared hem, black leggings, silver jhumka
    # earrings, white backdrop; base BLIP-2 zero-shot
    case(
        "X1145-044",
        caption("a woman in an orange and black printed dress and black leggings", "contradiction"),
        Q.color("orange"),
        Q.pattern("checked", "contradiction"),
        Q.wearing("an orange kurta, black leggings and silver earrings"),
        Q.sleeve_length("sleeveless"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Global Desi Women Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: black tunic with white polka dots and a thin red belt at the waist, short sleeves, black leggings, white
    # backdrop; base BLIP-2 zero-shot
    case(
        "X1145-045",
        caption("a woman wearing a black polka dot tunic with a red belt"),
        Q.color("red", "other_garment_color"),
        Q.pattern("polka dot"),
        Q.description("black top with white polka dots and a red belt"),
        Q.details("a red belt Question: What is the color of the belt? Answer: red", "leak"),
        Q.sleeve_length("short"),
        Q.wearing(
            "she is wearing a black polka dot top and a red belt and a red belt and a red belt and a red belt and"
            " a red",
            "loop",
            hit_limit=True,
        ),
        title="Avirate Women Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: white kurta with black kantha running-stitch lines, long sleeves, button placket at the neck, no pockets,
    # black jeans, plain grey studio backdrop; base BLIP-2 zero-shot; the row has no category
    case(
        "X1145-046",
        caption("a woman in a white shirt with black stitching and black jeans", "contradiction"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.details("black stitching in lines"),
        Q.material("cotton"),
        Q.wearing("a white kurta and black jeans, standing in front of a grey wall"),
        Q.description(
            "a white kurta with long sleeves and black thread work and buttons on the neck and a pocket on the side",
            "unsupported",
        ),
        title="Anouk Women White Kurta",
        color="White",
        gender="Women",
    ),
]
