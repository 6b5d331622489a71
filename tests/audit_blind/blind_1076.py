"""BLIND_1076 (46 products; old Myntra tops, kurtas, sarees; VQA adapter): written blind in the fifty-ninth session.
Measured blind at 247287f (the session's seventh rules): 102/115 failures found (88.7%) and 7/160 correct texts flagged
(4.4%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, women's wear only: 15 tops, 16 kurtas and 15 sarees.
Short seller titles ("Biba Women Red Kurta"), article_type as category (Tops, Kurtas, Sarees), base_colour as color,
gender Women. Three rows lack a column (two a color, one a category) and one lacks the gender, as real feeds do.
Photos are 224x224 catalog shots on a white backdrop, worn by a model: kurtas over leggings, churidars, palazzos or
jeans, some with a dupatta; sarees draped over a contrasting or matching blouse; tops over jeans, trousers, skirts.

Who wrote what: every caption and open answer comes from BLIP-2 OPT-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), greedy, 50 new tokens for captions and 30 for answers. The adapter was trained
without an end token, so some answers loop or are cut at the limit; it was trained on VQA pairs only, so a caption
is sometimes a bare VQA answer or a leaked "question: ... answer: ..." pair. Its color answers to the open color
question sometimes come back as DeepFashion pattern words ("floral", "pure color"). It knows In-shop classes, so a
kurta or a saree is sometimes a "dress". Closed answers (garment type, color, pattern, sleeve length, "Is this a
...?") come from enrich's --engine reference, which ranks candidate values with the same adapter: they are always
one clean value, sometimes the wrong one (the leggings', blouse's or jeans' color, a wrong kind, a wrong sleeve).

Labeling conventions and judgement calls:
- A kurta or saree called a "dress", or "no" to "Is this a kurta/saree?", is a contradiction (the seller's
  category says otherwise). A top called a "blouse", "shirt", "tank top", "crop top" or "t-shirt" is a synonym
  and correct; a kurta called a "tunic" would be too.
- A color answer that gives the color of another visible garment (leggings, palazzo, jeans, the saree's blouse,
  a dupatta) is other_garment_color, even where that color also appears in the product's print or border. A wrong
  color that no garment in the photo has (purple for royal blue, brown for maroon) is a contradiction.
- Shades count as the same color: navy is blue, maroon is red, peach is pink, cream is white, teal answered
  "teal" is right; "pink" for magenta or peach is right.
- Invented details (pockets, zips, a hat, shoes or jewelry outside the frame, tassels, a belt) are unsupported. A
  material the photo and the title make implausible (leather, denim, velvet, silk for a cotton title) is
  unsupported; a plausible one the photo fits (cotton kurta, chiffon saree, polyester sports tank) is correct.
- A one-word garment answer ("kurta", "saree"), "yes", an empty answer, or a pattern word ("floral", "pure color")
  to an open question is a non_answer. An answer that echoes the question's own words ("the kurta details are on
  the kurta") is restated.
- A text that both loops and ends at the token limit is labelled loop (hit_limit=True); a text cut mid-phrase at
  the limit without repeating itself is cut. A text with two problems carries the one a reader would notice first.
- "he"/"his" for a model in a Women row is pronoun; no pronoun failure is placed on the row without a gender.
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

Q = BLIND_QUESTIONS

BLIND_1076 = [
    # photo: red cotton kurta with small white-and-gold block print, three-quarter sleeves, mandarin collar, worn
    # with white churidar; front view, white backdrop. Caption and open answers: VQA adapter; closed: reference.
    case(
        "X1076-001",
        caption("a woman wearing a red kurta and white pants"),
        wearing("a red kurta with white churidar", who="she"),
        color_of("kurta", "red"),
        Q.color("orange", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        details("kurta", "the kurta has a v-neck and a zipper at the back", "unsupported"),
        title="Biba Women Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: bottle-green solid straight kurta, long sleeves, small round neck with a short button placket, worn
    # with off-white salwar and an off-white printed dupatta over one shoulder; front view. VQA adapter; reference.
    case(
        "X1076-002",
        caption("a woman wearing a green kurta and a white scarf"),
        wearing("a green dress with white pants", "contradiction"),
        color_of("kurta", "white", "other_garment_color"),
        is_a("kurta", "yes"),
        describe("kurta", "the kurta is a long sleeve kurta with a round neck and buttons at the neck"),
        Q.material("cotton"),
        title="Fabindia Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue A-line kurta with a white geometric print on the yoke and along the hem, sleeveless, worn
    # with white leggings; three-quarter view. VQA adapter (caption, open); reference engine (closed).
    case(
        "X1076-003",
        caption("a woman wearing a blue kurta with white print"),
        color_of("kurta", "blue", kind="open"),
        Q.sleeve_length("long", "contradiction"),
        details(
            "kurta",
            "the kurta has a white print on the hem and the neckline, the sleeves are sleeveless, the sleeves are "
            "sleeveless, the sleeves are",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        wearing("she is wearing a navy blue kurta and white leggings"),
        title="W Women Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow kurta with a small maroon floral print all over, three-quarter sleeves, round neck with
    # a tasselled tie, worn with maroon palazzo pants; front view. VQA adapter; reference engine.
    case(
        "X1076-004",
        caption("a woman wearing a yellow and red floral print kurta with red pants"),
        color_of("kurta", "maroon", "other_garment_color"),
        Q.color("yellow"),
        describe(
            "kurta",
            "the kurta is a yellow floral print kurta with a round neck and three quarter sleeves and a tie at the "
            "neck",
        ),
        wearing("he is wearing a yellow kurta and red pants", "pronoun"),
        title="Global Desi Women Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white kurta with navy blue block-printed floral bootis, long sleeves, mandarin collar, worn with
    # navy churidar; front view, white backdrop. VQA adapter; reference engine.
    case(
        "X1076-005",
        caption("a woman wearing a white kurta with blue print and blue leggings"),
        color_of("kurta", "blue", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        Q.garment_type("kurta"),
        details("kurta", "the kurta has a mandarin collar and blue floral motifs all over"),
        wearing("a white kurta and blue leggings"),
        title="Aurelia Women Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: fuchsia pink flared anarkali kurta with gold foil print on the yoke, three-quarter sleeves, worn with
    # gold-beige churidar and a pink dupatta draped over both arms; front view. VQA adapter; reference engine.
    case(
        "X1076-006",
        caption("a woman wearing a pink kurta with gold print"),
        color_of(
            "kurta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        describe(
            "kurta",
            "the kurta is a pink flared kurta with gold print on the yoke, it comes with a matching dupatta and two "
            "side pockets",
            "unsupported",
        ),
        wearing("a pink kurta, gold leggings and a pink dupatta", who="she"),
        title="Shree Women Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: black straight kurta with a white chevron print, short sleeves, round neck, worn with white palazzos;
    # front view. VQA adapter (caption, open); reference engine (closed).
    case(
        "X1076-007",
        caption("a woman wearing a black and white striped kurta and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        Q.pattern("printed"),
        details("kurta", "question: what is the color of the kurta? answer: black", "leak"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        title="Vishudh Women Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: indigo blue kurta with a white dabu floral print, three-quarter sleeves, notched round neck, worn with
    # white cotton pants; model in a side pose, hand on hip. VQA adapter; reference engine.
    case(
        "X1076-008",
        caption("a woman in a blue and white floral print dress", "contradiction"),
        wearing("a blue kurta and white pants"),
        color_of("kurta", "blue"),
        Q.pattern("floral"),
        describe(
            "kurta",
            "the kurta is a blue kurta with white floral print and a notch neck, the sleeves are three quarter length "
            "and the hem is",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon kurta with gold zari embroidery round the neckline and cuffs, long sleeves, side slits, worn
    # with beige churidar; front view. VQA adapter; reference engine.
    case(
        "X1076-009",
        caption("a woman wearing a maroon kurta with gold embroidery on the neck"),
        color_of("kurta", "brown", "contradiction", kind="open"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has gold embroidery on the neckline and the cuffs, it has side slits and a pocket on the right",
            "unsupported",
        ),
        wearing("kurta", "non_answer", who="she"),
        title="Folklore Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal kurta with a small white polka-dot print, sleeveless, keyhole neck, worn with white leggings;
    # front view, white backdrop. VQA adapter; reference engine.
    case(
        "X1076-010",
        caption("a woman wearing a teal kurta with white polka dots"),
        color_of("kurta", "teal"),
        Q.pattern("polka dots"),
        Q.sleeve_length("sleeveless"),
        describe(
            "kurta",
            "the kurta is a sleeveless kurta with a keyhole neckline and white polka dots, it has a zip closure at the "
            "back",
            "unsupported",
        ),
        wearing("he is wearing a teal kurta with white leggings", "pronoun"),
        title="Sringaar Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: beige kurta with rust-orange thread embroidery on the yoke, three-quarter sleeves, worn with rust
    # churidar and a rust dupatta; front view. The row has no color column. VQA adapter; reference engine.
    case(
        "X1076-011",
        caption("a woman wearing an orange scarf and a beige kurta"),
        color_of("kurta", "orange", "other_garment_color"),
        Q.color("beige"),
        details("kurta", "the kurta has orange embroidery on the yoke and three quarter sleeves"),
        is_a("kurta", "yes"),
        wearing(
            "a beige kurta with orange dupatta and orange pants and orange dupatta and orange pants and orange "
            "dupatta and orange pants and orange",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Beige Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: bright yellow solid kurta, long sleeves, mandarin collar, worn with mid-blue jeans (fusion look);
    # front view. VQA adapter; reference engine.
    case(
        "X1076-012",
        caption("a woman wearing a yellow kurta and jeans"),
        color_of("kurta", "blue", "other_garment_color"),
        wearing("question: what is the color of the jeans? answer: blue", "leak"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        describe("kurta", "the kurta is a yellow long kurta with a mandarin collar"),
        title="Fabindia Women Yellow Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: rust orange kurta with a black block print, short sleeves, side slits, worn with black leggings; side
    # view. VQA adapter (caption, open); reference engine (closed).
    case(
        "X1076-013",
        caption("a woman in an orange kurta and black leggings"),
        color_of("kurta", "black", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is an orange kurta with black print and short sleeves, the kurta has side slits and the kurta "
            "has side slits and the kurta has",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta details are on the kurta", "restated"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        title="Mother Earth Women Rust Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: white chikankari kurta with white thread embroidery all over, long sleeves, round neck, worn with white
    # leggings; front view, white backdrop. VQA adapter; reference engine.
    case(
        "X1076-014",
        caption("a woman wearing a white kurta with embroidery"),
        color_of("kurta", "white"),
        wearing(
            "a white kurta and white leggings question: what is the color of the kurta? answer: white",
            "leak",
            who="she",
        ),
        details("kurta", "the kurta has white embroidery all over and a pink border at the hem", "unsupported"),
        Q.pattern("embroidered"),
        is_a("kurta", "yes"),
        title="Shree Women White Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: purple kurta with silver foil print, three-quarter sleeves, v-neck, worn with grey palazzos and small
    # silver jhumka earrings, no necklace; front view. VQA adapter; reference engine.
    case(
        "X1076-015",
        caption("a woman wearing a purple kurta and grey pants"),
        color_of("kurta", "purple with silver print", kind="open"),
        Q.sleeve_length("three-quarter"),
        describe("kurta", "the kurta is grey", "other_garment_color"),
        wearing("a purple kurta with grey pants and silver earrings and a silver necklace", "unsupported"),
        title="Libas Women Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: peach kurta with white lace trim at the hem and sleeves, three-quarter sleeves, worn with white
    # churidar; photo cropped at mid-calf, no feet. VQA adapter; reference engine.
    case(
        "X1076-016",
        caption("a woman wearing a peach kurta with white lace"),
        Q.color("pink"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        wearing("a peach kurta with white pants and white shoes", "unsupported"),
        Q.sleeve_length("three-quarter"),
        title="Melange Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: black sleeveless top with lace trim at the neckline, worn with light blue skinny jeans; front view,
    # white backdrop. VQA adapter (caption, open); reference engine (closed).
    case(
        "X1076-017",
        caption("a woman wearing a black top and blue jeans"),
        color_of("top", "blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("top", "the top is a black sleeveless top with lace on the neckline"),
        is_a("top", "yes"),
        Q.material("leather", "unsupported"),
        wearing(
            "a black sleeveless top with lace on the neckline and light blue skinny jeans with a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white solid blouse with short ruffled sleeves and a keyhole back, worn with black trousers; model holds
    # sunglasses in one hand; front view. VQA adapter; reference engine.
    case(
        "X1076-018",
        caption("a woman in a white blouse and black pants holding sunglasses"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        details("top", "the top has ruffles on the sleeves and a button down front with a pocket", "unsupported"),
        wearing("a white blouse and black pants", who="she"),
        Q.garment_type("top"),
        describe("top", "the top is a top worn by the woman", "restated"),
        title="Mango Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: pink peplum top, short sleeves, round neck, worn with white jeans; front view. VQA adapter; reference.
    case(
        "X1076-019",
        caption("a woman wearing a pink top and white jeans"),
        color_of("top", "pink"),
        describe("top", "a pink peplum top with short sleeves and a round neck"),
        details(
            "top",
            "the top has a peplum hem and short sleeves and a round neck and a peplum hem and short sleeves and a "
            "round neck and a peplum",
            "loop",
            hit_limit=True,
        ),
        wearing("his top is pink and his jeans are white", "pronoun"),
        is_a("top", "no", "contradiction"),
        title="Tokyo Talkies Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: red top with white polka dots, cap sleeves, worn with blue denim shorts; front view. VQA adapter;
    # reference engine.
    case(
        "X1076-020",
        caption("a woman in a red and white polka dot top and denim shorts"),
        color_of("top", "orange", "contradiction"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short"),
        describe("top", "the top is a red top with white polka dots, cap sleeves and a", "cut", hit_limit=True),
        wearing("shorts", "non_answer"),
        title="Remanika Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: navy-and-white horizontally striped boat-neck top, three-quarter sleeves, worn with red cropped
    # trousers; front view. VQA adapter (caption, open); reference engine (closed).
    case(
        "X1076-021",
        caption("a woman wearing a blue and white striped shirt and red pants"),
        color_of("top", "red", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter"),
        details("top", "the top has a boat neck and three quarter sleeves"),
        Q.material("cotton"),
        wearing("a white top with blue stripes and a red skirt", "contradiction", who="she"),
        title="United Colors of Benetton Women Striped Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sleeveless top in a tropical print (green leaves and orange flowers on white), worn with black jeans;
    # front view. VQA adapter; reference engine.
    case(
        "X1076-022",
        caption("a woman wearing a floral print top and black jeans"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        describe("top", "question: describe the top. answer: the top is a floral print top", "leak"),
        wearing("a floral sleeveless top and black jeans", who="she"),
        color_of("top", "floral", "non_answer", kind="open"),
        title="Only Women Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: grey melange t-shirt-style top with a knot at the front hem, short sleeves, round neck, worn with black
    # leggings; front view. VQA adapter; reference engine.
    case(
        "X1076-023",
        caption("a woman wearing a grey t-shirt and black leggings"),
        color_of("top", "grey"),
        Q.garment_type("top"),
        details("top", "the top has a knot at the front and short sleeves"),
        is_a("top", "yes"),
        wearing("he is wearing a grey t-shirt and black pants", "pronoun"),
        Q.material("denim", "unsupported"),
        describe(
            "top",
            "the top is a grey melange top with short sleeves and a knot at the front, it has a round neck and a "
            "relaxed fit and the hem is",
            "cut",
            hit_limit=True,
        ),
        title="Kraus Women Grey Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: mustard-yellow off-shoulder top with an elasticated ruffled neckline, full sleeves, worn with blue
    # ripped jeans; front view. VQA adapter; reference engine.
    case(
        "X1076-024",
        caption("a woman in a yellow off shoulder top and ripped jeans"),
        color_of("top", "yellow", kind="open"),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "top",
            "the top is a yellow off-shoulder top with long sleeves and a ruffle at the neckline and a tie at the "
            "waist",
            "unsupported",
        ),
        wearing("question: what is the person wearing? answer: a yellow top", "leak"),
        title="Miss Chase Women Yellow Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: olive green sleeveless shirt-style top with collar and button placket, tucked into beige trousers;
    # front view. VQA adapter (caption, open); reference engine (closed).
    case(
        "X1076-025",
        caption("a woman wearing a green shirt tucked into beige pants"),
        color_of("top", "beige", "other_garment_color"),
        Q.color("olive"),
        details("top", "the top has a collar and buttons down the front and it is tucked in"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("checked", "contradiction"),
        title="Sepia Women Green Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: royal blue racerback sports tank with a small white Puma logo on the chest, worn with black track
    # pants; side view, cropped at the knees. VQA adapter; reference engine.
    case(
        "X1076-026",
        caption("a woman in a blue tank top and black pants"),
        color_of("top", "purple", "contradiction"),
        describe("top", "the top is a blue tank top with a white logo on the chest and a racer back"),
        wearing("a blue tank top and black pants and white sneakers", "unsupported", who="she"),
        Q.material("polyester"),
        details("top", "the top details are a top", "restated"),
        title="Puma Women Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender chiffon top with a pleated front, short sleeves, worn with a white skirt; front view. The row
    # has no gender. VQA adapter (its caption came back as a bare VQA answer); reference engine.
    case(
        "X1076-027",
        caption("blouse", "non_answer"),
        color_of("top", "white", "other_garment_color"),
        is_a("top", "yes"),
        Q.material("chiffon"),
        describe(
            "top",
            "the top is a lavender top with pleats on the front and short sleeves, the top is lavender and the top is "
            "lavender and the top is lavender and the",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple top and a white skirt"),
        title="Park Avenue Women Lavender Top",
        category="Tops",
        color="Lavender",
    ),
    # photo: maroon solid wrap top with a tie at the waist, long sleeves, v-neck, worn with black trousers; photo
    # cropped at the knees. VQA adapter; reference engine.
    case(
        "X1076-028",
        caption("a woman in a red wrap top and black pants"),
        color_of("top", "maroon"),
        wearing("a maroon top and black pants and black heels", "unsupported"),
        details("top", "the top has a v neck and a tie at the waist and long sleeves"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        title="Avirate Women Maroon Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: coral-orange cold-shoulder crop top, short sleeves, worn with white high-waist jeans; no headwear;
    # front view. VQA adapter (caption, open); reference engine (closed).
    case(
        "X1076-029",
        caption("a woman wearing an orange top and white jeans and a hat", "unsupported"),
        Q.color("white", "other_garment_color"),
        describe("top", "the top is an orange crop top with cold shoulder sleeves"),
        Q.sleeve_length("short"),
        wearing("she is wearing an orange crop top and white jeans"),
        title="Femella Women Orange Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: black-and-white gingham checked top with puff sleeves and a square neck, worn with blue jeans; front
    # view. The row has no category column. VQA adapter; reference engine.
    case(
        "X1076-030",
        caption("a woman wearing a black and white checkered top and blue jeans"),
        Q.pattern("checked"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details("top", "the top has puff sleeves and a square neck"),
        Q.garment_type("dress", "contradiction"),
        title="Harpa Women Black Top",
        color="Black",
        gender="Women",
    ),
    # photo: white t-shirt-style top with a blue "LEE" graphic print, short sleeves, worn with a blue denim skirt;
    # front view. VQA adapter (caption, open); reference engine (closed).
    case(
        "X1076-031",
        caption("a woman wearing a white t-shirt with a blue logo and a denim skirt"),
        color_of("top", "white"),
        Q.pattern("graphic"),
        describe("top", "the top is a white top with a graphic print on the front and a", "cut", hit_limit=True),
        wearing(
            "a white top and a blue skirt and a blue skirt and a blue skirt and a blue skirt and a blue skirt and a "
            "blue skirt and a blue",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("top", "the details of the top", "restated"),
        title="Lee Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: royal blue georgette saree with a silver border, silver-grey sleeveless blouse, pallu over the left
    # shoulder; front view. VQA adapter; reference engine.
    case(
        "X1076-032",
        caption("a woman in a blue saree with silver border"),
        color_of("saree", "silver", "other_garment_color"),
        is_a("saree", "yes"),
        describe("saree", "the saree is a blue saree with a silver border and a silver blouse"),
        Q.material("georgette"),
        wearing("she is wearing a blue dress", "contradiction"),
        title="Sringam Women Blue Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: pink saree with an abstract black geometric print, black short-sleeved blouse, pallu over the left
    # shoulder; front view. VQA adapter (caption, open); reference engine (closed).
    case(
        "X1076-033",
        caption("a woman wearing a pink and black saree"),
        color_of("saree", "black", "other_garment_color"),
        Q.pattern("printed"),
        details("saree", "the saree has a black geometric print and a black blouse with short sleeves"),
        wearing("he is wearing a pink saree", "pronoun"),
        describe(
            "saree",
            "the saree is a pink saree with black geometric print and a black blouse, the pallu is draped over the "
            "left shoulder and the",
            "cut",
            hit_limit=True,
        ),
        title="Satya Paul Women Pink Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: green chiffon saree with a small yellow floral print and a yellow border, yellow short-sleeved blouse;
    # model holds the end of the pallu in one hand; front view. VQA adapter; reference engine.
    case(
        "X1076-034",
        caption("a woman in a green and yellow saree holding the end of it"),
        color_of("saree", "yellow", "other_garment_color", kind="open"),
        Q.color("green"),
        describe(
            "saree",
            "the saree is green with yellow flowers and a yellow border, the blouse is yellow with short sleeves and "
            "the blouse is yellow with short sleeves and the",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.material("chiffon"),
        title="Prafful Women Green Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: red silk saree with a gold zari border and small gold butis, red blouse with a gold border, pleated
    # pallu over the shoulder; front view. VQA adapter (caption, open); reference engine (closed).
    case(
        "X1076-035",
        caption("a woman in a red and gold saree"),
        color_of("saree", "red"),
        Q.material("silk"),
        details(
            "saree",
            "the saree has a gold zari border and small gold motifs all over the body and the pallu has a",
            "cut",
            hit_limit=True,
        ),
        wearing("question: what is the color of the saree? answer: red", "leak", who="she"),
        is_a("saree", "no", "contradiction"),
        title="Diya Women Red Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: orange solid saree with a magenta border, magenta blouse; front view. VQA adapter; reference engine.
    case(
        "X1076-036",
        caption("a woman wearing an orange saree with a pink border"),
        color_of("saree", "pink", "other_garment_color"),
        describe("saree", "the saree is orange with a pink border, it has a pink blouse"),
        wearing("saree", "non_answer"),
        Q.pattern("striped", "contradiction"),
        is_a("saree", "yes"),
        title="Triveni Women Orange Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: cream cotton saree with a red border, red short-sleeved blouse, bare wrists; front view, matte
    # handloom texture. VQA adapter (caption, open); reference engine (closed).
    case(
        "X1076-037",
        caption("a woman in a white saree with a red border"),
        color_of("saree", "red", "other_garment_color"),
        Q.color("off white"),
        details("saree", "the saree has a red border and a red blouse"),
        Q.material("silk", "unsupported"),
        wearing("a white saree with red border and a red blouse and gold bangles", "unsupported"),
        title="Avishi Cream Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: multicolor patola-style printed saree in red, green and yellow, green blouse; front view. The row has
    # no color column. VQA adapter; reference engine.
    case(
        "X1076-038",
        caption("a woman wearing a colorful saree"),
        Q.color("multi"),
        color_of("saree", "blue", "contradiction"),
        Q.pattern("printed"),
        describe(
            "saree",
            "the saree is red and green and yellow and red and green and yellow and red and green and yellow and red "
            "and green and yellow and red",
            "loop",
            hit_limit=True,
        ),
        wearing("a multicolor saree with a green blouse question: is this a saree? answer: yes", "leak", who="she"),
        is_a("saree", "yes"),
        title="Saree Mall Women Printed Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: purple net saree with sequin work and a scalloped border, pink blouse; model with a hand on her hip;
    # front view. VQA adapter (caption, open); reference engine (closed).
    case(
        "X1076-039",
        caption("a woman in a purple saree with sequins"),
        color_of("saree", "pink", "other_garment_color"),
        Q.material("net"),
        details(
            "saree",
            "the saree has sequins all over and a scalloped border and a pink blouse with a pink blouse with a pink "
            "blouse with a pink blouse with a pink",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a purple saree with a pink blouse", "pronoun"),
        is_a("saree", "yes"),
        title="Mitera Women Purple Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: grey saree with a black border and a black printed pallu, black blouse; front view. VQA adapter (its
    # caption ran on to the 50-token limit); reference engine.
    case(
        "X1076-040",
        caption(
            "a woman wearing a grey saree with a black border and a black blouse and a black border and a black "
            "blouse and a black border and a black blouse and a black border and a black blouse and a black border "
            "and a black",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        describe(
            "saree",
            "the saree is a grey saree with a black border and a black blouse, it has a zari pallu with gold weaving",
            "unsupported",
        ),
        is_a("saree", "yes"),
        color_of("blouse", "black"),
        title="Vishudh Women Grey Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: yellow saree with a white floral print, white blouse; front view. VQA adapter; reference engine.
    case(
        "X1076-041",
        caption("a woman in a yellow saree"),
        color_of("saree", "white", "other_garment_color"),
        Q.pattern("floral"),
        details("saree", "the saree details are the details of the saree", "restated"),
        wearing("a yellow saree with white flowers and a white blouse", who="she"),
        Q.garment_type("dress", "contradiction"),
        title="Ishin Women Yellow Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy blue crepe saree with a golden border, gold elbow-sleeved blouse; front view. VQA adapter
    # (caption, open); reference engine (closed).
    case(
        "X1076-042",
        caption("a woman wearing a navy blue saree and gold blouse"),
        color_of("saree", "gold", "other_garment_color", kind="open"),
        Q.garment_type("saree"),
        describe(
            "saree",
            "the saree is a navy blue saree with a gold border and a gold blouse with elbow sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        wearing("a blue saree with a gold blouse"),
        title="Janasya Women Navy Blue Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach organza saree with a silver embroidered border, peach blouse; front view. VQA adapter; reference.
    case(
        "X1076-043",
        caption("a woman in a peach saree"),
        color_of("saree", "pure color", "non_answer", kind="open"),
        is_a("saree", "yes"),
        details("saree", "the saree has a silver embroidered border"),
        wearing("a pink dress", "contradiction"),
        Q.material("organza"),
        describe(
            "saree",
            "the saree is a peach saree with a silver border and a peach blouse with short sleeves and the pallu",
            "cut",
            hit_limit=True,
        ),
        title="Kalki Women Peach Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: black saree with a red border, red blouse; three-quarter view. VQA adapter (caption, open); reference
    # engine (closed).
    case(
        "X1076-044",
        caption("a woman in a black saree with red trim"),
        color_of("saree", "red", "other_garment_color"),
        Q.color("black"),
        describe("saree", "the saree is black with a red border"),
        wearing("yes", "non_answer", who="she"),
        details("saree", "the saree has a red border and a red blouse and a red belt", "unsupported"),
        title="Shonaya Women Black Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: rust-brown handloom cotton saree with thin self stripes and a plain border, beige blouse; front view.
    # VQA adapter (its caption came back as a leaked question/answer pair); reference engine.
    case(
        "X1076-045",
        caption("question: what is the person wearing? answer: a brown saree", "leak"),
        color_of("saree", "brown"),
        Q.pattern("striped"),
        Q.material("cotton"),
        describe(
            "saree",
            "the saree is a brown striped saree with a beige blouse and a gold border and tassels on the pallu",
            "unsupported",
        ),
        details("saree", "", "non_answer"),
        title="Fabindia Women Brown Saree",
        category="Sarees",
        color="Brown",
        gender="Women",
    ),
    # photo: magenta saree with a green border, green blouse; front view. VQA adapter; reference engine.
    case(
        "X1076-046",
        caption("a woman wearing a pink and green saree"),
        color_of("saree", "green", "other_garment_color"),
        is_a("saree", "yes"),
        details("saree", "the saree has a green border and a", "cut", hit_limit=True),
        wearing("a magenta saree and a green blouse"),
        title="Mirchi Women Magenta Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
]
