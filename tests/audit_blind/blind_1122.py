"""BLIND_1122 (46 products; older Myntra feed, women's dresses/tops/bottoms, base BLIP-2 zero-shot): written blind in
the sixtieth session. Measured blind at 5b9d700 (the session's fifth rules): 124/140 failures found (88.6%) and 8/207
correct texts flagged (3.9%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed, the same kind as the shared real photos: short seller titles ("Mineral Women
Printed Red Top"), article_type as the seller's category, base_colour as the seller's color (Navy Blue, Olive,
Maroon, Peach, Off White, Mustard, Multi...). Only women's dresses, tops/t-shirts and bottoms (jeans, trousers,
skirts, shorts, capris, leggings, jeggings, track pants). 224x224 product shots on a white or light grey studio
backdrop, a model wearing the product with other clothes (a tee tucked into the jeans, a tunic over the leggings),
mostly front views, a few back views and crops at the waist or shoulders. Four rows lack a column (two no color,
one no category, one no gender), as the old feed has them.

Who wrote what: every text comes from the untuned base Salesforce/blip2-opt-2.7b (no adapter), greedy decoding.
Captions are free generation with no prompt (50 tokens); open answers are free generation after
"Question: ... Answer:" (30 tokens); closed answers (garment type, color, pattern, sleeve length, "Is this a ...?")
come from enrich's --engine reference, which ranks the candidate values and returns one, so they never loop or stop
short. The base model mostly gives short answers and stops on the newline, but: it names the color of whatever is
largest or brightest in the frame (the tee over the jeans, the tunic over the leggings), uses one color for two
garments, invents details it cannot see (zips on the back in a front view, pockets, slits, belts, exotic fabrics),
sometimes says "he" for a woman, now and then echoes the question or gives a one-word answer, and in a minority of
long answers runs on: repeats a phrase to the token limit, or carries on into a new "Question: ... Answer:" pair,
or is cut mid-phrase at the limit. Its captions have the usual "arafed" and "posing for a photo" quirks.

Labeling conventions and judgement calls:
- Closed answers that pick another garment's color, pattern or type (the tee's "white" for the jeans) are labelled
  contradiction; open answers that give the product another garment's or an accessory's color (a belt, a purse, a
  necklace) are labelled other_garment_color. An open answer that gives a wrong shade the photo does not have
  (orange for mustard) is a contradiction.
- A closed color that names one of the prominent colors of a Multi or printed product is correct (orange for a
  multicolor print with much orange; white for a white-ground floral dress). Shade families are correct: maroon or
  burgundy for red, peach for pink, khaki for beige, olive for green, navy for blue, charcoal for grey.
- "striped" for track pants with side stripes is correct; "striped" for shorts worn under a striped tee is not.
- Material: the common fabric of the garment class that the photo does not contradict (cotton, denim, polyester for
  sportswear, linen or chiffon or lace or suede-look where the photo comment says so) is correct; silk, leather,
  satin, velvet, wool or an invented blend or liner the photo cannot show is unsupported.
- An answer that names only the other garment or only part of the outfit ("a white kurta" for leggings) is correct
  if true; incompleteness is not a failure.
- Details invented for a view that cannot show them (a back zip in a front view, a drawstring under a tee, pockets
  not there, a bow, a slit) are unsupported. A text with an invented detail that also loops or is cut is labelled
  loop or cut (the run-on is the failure that ends it); a text that runs on into a new "Question:" is a leak even if
  it hit the limit.
- One-word color answers or the bare garment name to "Describe ..."/"What are the ... details?"/"What is ...
  wearing?", an empty answer, and "the shorts are short" are non_answer; answers that turn the question back ("the
  dress details are the details of the dress", "a description of the dress") are restated.
- "he" for a Women row is pronoun even when the question said "she"; the row without gender has no pronoun text.
- "arafed", "posing for a photo" and "t - shirt" tokenization are the base model's style, not failures.
- is_a with "yes" for a garment the product is not (a dress for leggings, a skirt for a top) is a contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
gtype, col, pat, slv, mat = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material

BLIND_1122 = [
    # photo: navy blue sleeveless knee-length A-line dress, solid, round neck, tan flat sandals, white backdrop, front
    # view, full length; all texts base BLIP-2 zero-shot (closed via reference engine)
    case(
        "X1122-001",
        caption("a woman in a navy blue dress standing against a white wall"),
        wearing("a blue dress"),
        gtype("dress"),
        col("navy"),
        slv("sleeveless"),
        describe("dress", "a navy blue dress with white polka dots", "unsupported"),
        details("dress", "the dress has a belt at the waist and two side pockets", "unsupported"),
        mat("silk", "unsupported"),
        title="Tokyo Talkies Women Navy Blue Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red top with a small white floral print, three-quarter sleeves, round neck, worn untucked over mid-blue
    # jeans, white backdrop, front view to mid-thigh; base BLIP-2 zero-shot
    case(
        "X1122-002",
        caption("a woman wearing a red floral top and blue jeans"),
        wearing("a red shirt and jeans"),
        col("red"),
        pat("floral"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        describe("top", "a red top with white flowers"),
        details("top", "the top has a bow at the neck and buttons down the back", "unsupported"),
        mat("the top is made of cotton with a silk lining", "unsupported"),
        title="Mineral Women Printed Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: back view, cropped from the waist down: mid-blue washed skinny jeans, the hem of a white t-shirt tucked
    # in, two back pockets with no patch, white backdrop; base BLIP-2 zero-shot
    case(
        "X1122-003",
        caption("the back of a woman in blue jeans"),
        wearing("jeans"),
        gtype("jeans"),
        col("white", "contradiction"),
        color_of("jeans", "blue", kind="open"),
        describe("jeans", "a pair of white jeans", "other_garment_color"),
        details("jeans", "the jeans have a button fly and a leather patch on the back", "unsupported"),
        title="Jealous 21 Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black pleated midi skirt below the knee, worn with a white sleeveless top tucked in, black heels, light
    # grey studio backdrop, front view full length; base BLIP-2 zero-shot
    case(
        "X1122-004",
        caption("a woman in a white top and black skirt"),
        wearing("a white shirt and a black skirt"),
        col("black"),
        pat("solid"),
        is_a("dress", "yes", "contradiction"),
        describe("skirt", "a white skirt with pleats", "other_garment_color"),
        details("skirt", "the skirt is pleated and falls below the knee"),
        mat("the skirt is made of leather", "unsupported"),
        title="Vero Moda Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white crew-neck short-sleeve t-shirt with a small pink Puma cat logo on the left chest, grey track pants,
    # white backdrop, front view to the knees; base BLIP-2 zero-shot
    case(
        "X1122-005",
        caption("a woman wearing a white t - shirt and grey pants"),
        wearing("he is wearing a white shirt and gray pants", "pronoun", who="she"),
        gtype("t-shirt"),
        slv("short"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details("shirt", "puma logo"),
        describe(
            "shirt",
            "a white t - shirt with a pink puma logo on the chest and grey pants with a pink stripe down the side "
            "and a",
            "cut",
            hit_limit=True,
        ),
        is_a("tank top", "no"),
        title="Puma Women White T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: multicolor ethnic-print shift dress (orange ground with green and blue motifs), short sleeves, round neck,
    # knee length, white backdrop, front view; base BLIP-2 zero-shot
    case(
        "X1122-006",
        caption("a woman in a colorful dress posing for a photo"),
        wearing(
            "a printed dress with a printed dress with a printed dress with a printed dress with a printed dress "
            "with a",
            "loop",
            hit_limit=True,
        ),
        col("orange"),
        pat("printed"),
        slv("short"),
        describe("dress", "the dress is a dress", "restated"),
        details("dress", "the dress has a v neck and a tie at the waist", "unsupported"),
        title="Sher Singh Women Printed Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: beige straight-leg formal trousers with a pressed front crease, black short-sleeve top tucked in, cropped
    # at the shoulders, white backdrop, front view; base BLIP-2 zero-shot
    case(
        "X1122-007",
        caption("a woman in a black top and black pants", "contradiction"),
        wearing("black shirt and khaki pants"),
        gtype("trousers"),
        col("black", "contradiction"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details("pants", "the pants have a crease down the front"),
        describe("pants", "you can describe the pants as pants", "restated"),
        mat("cotton"),
        title="Arrow Woman Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: pink sleeveless top with a ruffled neckline, white cotton shorts, white backdrop, front view to the
    # thighs; base BLIP-2 zero-shot
    case(
        "X1122-008",
        caption("a woman wearing a pink top and white shorts"),
        wearing("she is wearing a pink top", who="she"),
        slv("long", "contradiction"),
        describe("top", "a pink sleeveless top with ruffles around the neck"),
        col("pink"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details(
            "top",
            "ruffles Question: what is the color of the shorts? Answer: white Question: what is",
            "leak",
            hit_limit=True,
        ),
        title="Elle Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black ankle-length leggings under a long white cotton tunic that covers the thighs, cropped at the
    # chest, white backdrop, front view; base BLIP-2 zero-shot
    case(
        "X1122-009",
        caption("a woman wearing a white tunic and black leggings"),
        wearing("a white kurta"),
        gtype("leggings"),
        col("white", "contradiction"),
        color_of("leggings", "black", kind="open"),
        is_a("dress", "yes", "contradiction"),
        details("leggings", "white", "other_garment_color"),
        title="Go Colors Women Black Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: light blue denim shorts with a frayed hem, grey tank top tucked in, white backdrop, front view from the
    # chest to the knees; base BLIP-2 zero-shot
    case(
        "X1122-010",
        caption("a woman in a grey tank top and denim shorts"),
        wearing("he is wearing a gray tank top and shorts", "pronoun"),
        gtype("jeans", "contradiction"),
        pat("solid"),
        color_of("shorts", "gray", "other_garment_color", kind="open"),
        details("shorts", "the shorts are short", "non_answer"),
        mat("denim"),
        describe("shorts", "the shorts are light blue with frayed edges"),
        title="Roadster Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green long-sleeve cotton top with a short button placket and mandarin collar, white trousers,
    # white backdrop, front view to the knees; base BLIP-2 zero-shot
    case(
        "X1122-011",
        caption("a woman in a green shirt and white pants"),
        wearing("he is wearing a green shirt and white pants", "pronoun"),
        col("green"),
        slv("long"),
        details("top", "buttons on the front"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe(
            "top",
            "the top is a green top with a collar and a collar and a collar and a collar and a collar and a collar and",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Olive Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: red jersey wrap maxi dress with a v neck and a tie at the waist, long sleeves, no slit, model holds a
    # small black clutch, white backdrop, front view full length; base BLIP-2 zero-shot
    case(
        "X1122-012",
        caption("arafed woman in a red dress holding a black purse"),
        wearing("a red dress"),
        gtype("dress"),
        col("black", "contradiction"),
        describe("dress", "a long red dress with a slit up the leg", "unsupported"),
        slv("long"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the dress is a wrap dress with long sleeves and a tie at the waist and a v neck and a long skirt that "
            "goes",
            "cut",
            hit_limit=True,
        ),
        mat("satin", "unsupported"),
        title="Mango Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange capris to mid-calf, black t-shirt with a white Puma logo worn over the waistband, white
    # sneakers, white backdrop, front view full length; base BLIP-2 zero-shot
    case(
        "X1122-013",
        caption("a woman in a black t - shirt and black pants", "contradiction"),
        wearing("black shirt and gray pants"),
        gtype("shorts", "contradiction"),
        col("grey"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details("pants", "the pants have a drawstring waist and a puma logo on the left leg", "unsupported"),
        title="Puma Women Grey Capris",
        category="Capris",
        color="Grey",
        gender="Women",
    ),
    # photo: navy blue jeggings, side view, peach short-sleeve top worn untucked, white backdrop, full length;
    # base BLIP-2 zero-shot
    case(
        "X1122-014",
        caption("a woman in a pink top and blue pants"),
        wearing("a pink shirt"),
        gtype("leggings"),
        col("pink", "contradiction"),
        describe("pants", "the pants are tight"),
        mat("denim"),
        details("pants", "", "non_answer"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        title="Kraus Women Navy Jeggings",
        category="Jeggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black off-shoulder top with short flutter sleeves, mid-blue jeans, white backdrop, front view to the
    # thighs; base BLIP-2 zero-shot
    case(
        "X1122-015",
        caption("a woman in a black off the shoulder top and jeans"),
        wearing("black top and jeans"),
        col("black"),
        slv("short"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        describe("top", "top", "non_answer"),
        details("top", "off the shoulder"),
        mat("lace", "unsupported"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: long flared cotton skirt, indigo and white block print, worn with a white short kurti top over the
    # waistband, white backdrop, front view full length; base BLIP-2 zero-shot; the row has no color column
    case(
        "X1122-016",
        caption("a woman in a blue and white skirt"),
        wearing("a long skirt and a white top"),
        wearing("he is wearing a blue skirt and a white top", "pronoun", who="she"),
        gtype("skirt"),
        pat("printed"),
        col("blue"),
        details("skirt", "the skirt has a floral print and a drawstring", "unsupported"),
        describe("skirt", "the skirt is a skirt", "restated"),
        title="Fabindia Women Printed Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: yellow short-sleeve t-shirt with a black Nike swoosh, black running shorts, white backdrop, front view
    # to the thighs; base BLIP-2 zero-shot
    case(
        "X1122-017",
        caption("a woman in a yellow nike t - shirt and black shorts"),
        wearing("yellow", "non_answer"),
        col("yellow"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        details("shirt", "nike logo on the front"),
        describe(
            "shirt",
            "a yellow nike shirt with a black swoosh and black shorts and white shoes and white socks and a black",
            "cut",
            hit_limit=True,
        ),
        mat("polyester"),
        title="Nike Women Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: black sleeveless bodycon dress above the knee, thin silver necklace, white backdrop, front view; base
    # BLIP-2 zero-shot
    case(
        "X1122-018",
        caption("a woman in a black dress with a necklace"),
        wearing("a little black dress"),
        col("black"),
        slv("sleeveless"),
        describe("dress", "a black dress with a zipper on the back", "unsupported"),
        color_of("dress", "silver", "other_garment_color", kind="open"),
        mat("polyester"),
        details("dress", "black", "non_answer"),
        is_a("skirt", "no"),
        title="Only Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: black formal straight trousers, white long-sleeve shirt tucked in, black belt, white backdrop, front
    # view full length; base BLIP-2 zero-shot
    case(
        "X1122-019",
        caption("a woman in a white shirt and black pants"),
        wearing("a white shirt and black pants"),
        gtype("shirt", "contradiction"),
        col("black"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "the pants have a belt"),
        describe(
            "pants",
            "black pants Question: Describe the shirt. Answer: white shirt Question: Describe the belt. Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Van Heusen Woman Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: off-white short-sleeve top with a crochet lace yoke, light blue jeans, white backdrop, front view to the
    # hips; base BLIP-2 zero-shot
    case(
        "X1122-020",
        caption("a woman wearing a white lace top and jeans"),
        wearing("white top and blue jeans"),
        col("white"),
        pat("solid"),
        slv("long", "contradiction"),
        mat("lace"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details(
            "top",
            "the top has a lace yoke and short sleeves and a lace yoke and short sleeves and a lace yoke and short",
            "loop",
            hit_limit=True,
        ),
        describe("top", "the top is white with lace on the chest"),
        title="Mango Women Off White Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: black skinny jeans, no rips, grey crew-neck sweatshirt, white sneakers, white backdrop, front view full
    # length; base BLIP-2 zero-shot
    case(
        "X1122-021",
        caption("a woman wearing a gray sweatshirt and black jeans"),
        wearing("she's wearing a sweatshirt and jeans", who="she"),
        col("grey", "contradiction"),
        color_of("jeans", "gray", "other_garment_color", kind="open"),
        describe("jeans", "black skinny jeans"),
        details("jeans", "the jeans are ripped at the knees", "unsupported"),
        is_a("leggings", "yes", "contradiction", article="a pair of"),
        title="Lee Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: turquoise blue skater dress, short sleeves, thin white belt at the waist, white backdrop, front view;
    # base BLIP-2 zero-shot
    case(
        "X1122-022",
        caption("a woman in a blue dress with a white belt"),
        wearing("a blue dress"),
        col("blue"),
        pat("solid"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        describe("dress", "a description of the dress", "restated"),
        details("dress", "the dress has a white belt and pockets on the sides", "unsupported"),
        slv("short"),
        title="Harpa Women Blue Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: purple tunic-length top with white thread embroidery around the neck, three-quarter sleeves, white
    # leggings, white backdrop, front view full length; base BLIP-2 zero-shot
    case(
        "X1122-023",
        caption("a woman in a purple top and white leggings"),
        wearing("purple shirt and white leggings"),
        col("white", "contradiction"),
        slv("three-quarter"),
        details("top", "embroidery on the neck"),
        mat("cotton and silk blend", "unsupported"),
        describe(
            "top",
            "a woman in a purple top with embroidery on the neck and a pair of white leggings and a pair of white "
            "leggings and a pair of",
            "loop",
            hit_limit=True,
        ),
        title="Remanika Women Purple Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: khaki chino shorts with rolled cuffs, navy and white breton-striped tee tucked in, white backdrop, front
    # view from the shoulders to the knees; base BLIP-2 zero-shot
    case(
        "X1122-024",
        caption("a woman in a striped shirt and khaki shorts"),
        wearing("a striped shirt and shorts"),
        gtype("shorts"),
        col("navy", "contradiction"),
        pat("striped", "contradiction"),
        details("shorts", "rolled up cuffs"),
        describe(
            "shorts",
            "khaki shorts with a striped shirt Question: What is the color of the shirt? Answer: navy blue",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: maroon A-line dress with a gold foil print along the hem, long sleeves, no buttons or belt, white
    # backdrop, front view full length; base BLIP-2 zero-shot
    case(
        "X1122-025",
        caption("a woman in a red dress"),
        wearing("a burgundy dress with gold trim"),
        col("maroon"),
        pat("printed"),
        slv("short", "contradiction"),
        mat("velvet", "unsupported"),
        describe("dress", "the dress is maroon with gold print at the bottom"),
        details("dress", "gold buttons down the front and a gold belt", "unsupported"),
        title="Besiva Women Maroon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: sheer peach chiffon blouse with short sleeves and a round neck, black trousers, white backdrop, front
    # view to the knees; base BLIP-2 zero-shot
    case(
        "X1122-026",
        caption("a woman in a peach blouse and black pants"),
        wearing("a peach top and black pants"),
        col("pink"),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        mat("chiffon"),
        details("blouse", "pink", "non_answer"),
        describe("blouse", "the blouse is peach with a ruffled collar and pearl buttons down the front", "unsupported"),
        title="Tarama Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: navy track pants with three white stripes down each side, white tank top, white sneakers, white
    # backdrop, front view full length; base BLIP-2 zero-shot
    case(
        "X1122-027",
        caption("a woman in a white tank top and blue track pants"),
        wearing("a white tank top and blue sweatpants"),
        gtype("trousers"),
        pat("striped"),
        col("white", "contradiction"),
        details("pants", "three white stripes down the side"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("pants", "he is wearing blue pants with white stripes", "pronoun"),
        title="Adidas Women Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: blue denim mini skirt with a front button placket, black t-shirt tucked in, no belt, no bag, white
    # backdrop, front view to the knees; base BLIP-2 zero-shot
    case(
        "X1122-028",
        caption("a woman in a black shirt and a denim skirt"),
        wearing("a black t - shirt and a jean skirt"),
        col("blue"),
        gtype("skirt"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        details("skirt", "buttons down the front"),
        mat(
            "the skirt is made of denim and has a lining of cotton and a zipper at the back and a button at the",
            "cut",
            hit_limit=True,
        ),
        describe(
            "skirt",
            "a short denim skirt with buttons down the front and a black shirt and a black belt and a black bag and a "
            "black",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Blue Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: light blue sleeveless top with white polka dots, plain round neck, white shorts, white backdrop, front
    # view to the thighs; base BLIP-2 zero-shot
    case(
        "X1122-029",
        caption("a woman in a blue polka dot top"),
        wearing("a blue and white polka dot shirt and white shorts"),
        pat("polka dots"),
        col("white", "contradiction"),
        slv("sleeveless"),
        details("top", "it has polka dots"),
        describe("top", "a sleeveless top with a bow at the neck", "unsupported"),
        title="Mineral Women Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: dark indigo bootcut jeans, white shirt worn untucked, brown ankle boots, white backdrop, front view full
    # length; base BLIP-2 zero-shot; the row has no color column
    case(
        "X1122-030",
        caption("a woman in a white shirt and jeans standing in front of a white wall"),
        wearing("a white shirt and blue jeans"),
        wearing("he is wearing a white shirt and jeans", "pronoun", who="she"),
        gtype("jeans"),
        col("white", "contradiction"),
        color_of("jeans", "dark blue", kind="open"),
        details("jeans", "the jeans flare out at the bottom"),
        mat("the garment is made of a material", "restated"),
        title="Flying Machine Women Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: emerald green floor-length halter-neck maxi dress, sleeveless, no slit, no belt, gold heels, white
    # backdrop, front view full length; base BLIP-2 zero-shot
    case(
        "X1122-031",
        caption("a woman in a long green dress"),
        wearing("a green gown"),
        col("green"),
        color_of("dress", "gold", "other_garment_color", kind="open"),
        slv("sleeveless"),
        is_a("dress", "yes"),
        describe(
            "dress",
            "it is a long green dress with a halter neck and a long green dress with a halter neck and a long green",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the dress has a high slit on the side and a gold chain belt", "unsupported"),
        title="Tokyo Talkies Women Green Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: grey melange v-neck short-sleeve t-shirt, navy capri leggings, white backdrop, front view full length;
    # base BLIP-2 zero-shot
    case(
        "X1122-032",
        caption("a woman wearing a gray t - shirt and blue leggings"),
        wearing("he is wearing a grey t - shirt", "pronoun"),
        col("grey"),
        slv("short"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        details("t-shirt", "v neck"),
        mat("the t-shirt is made of wool", "unsupported"),
        title="Proline Women Grey T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: olive cargo trousers with flap pockets on the thighs, white crop top, white backdrop, front view full
    # length; base BLIP-2 zero-shot
    case(
        "X1122-033",
        caption("a woman in a white top and white pants", "contradiction"),
        wearing("green cargo pants"),
        col("green"),
        color_of("pants", "olive green", kind="open"),
        details("pants", "pockets on the side"),
        describe("pants", "the pants are white cargo pants", "other_garment_color"),
        mat("cotton"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Vero Moda Women Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: black half-sleeve top with a white and red geometric print, mid-blue jeans, white backdrop, front view
    # to the hips; base BLIP-2 zero-shot
    case(
        "X1122-034",
        caption("a woman wearing a black and white top and jeans"),
        wearing("a black and white shirt and blue jeans"),
        pat("printed"),
        col("blue", "contradiction"),
        describe("top", "a black top with white and red print"),
        details(
            "top",
            "the top has a black and white print. Question: What are the jeans details? Answer: the jeans are blue",
            "leak",
            hit_limit=True,
        ),
        mat("silk", "unsupported"),
        title="Sassafras Women Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: baby pink lace shift dress with cap sleeves and a round neck, nude heels, no bag, white backdrop, front
    # view full length; base BLIP-2 zero-shot
    case(
        "X1122-035",
        caption("a woman in a pink lace dress"),
        wearing("pink", "non_answer"),
        mat("lace"),
        slv("short"),
        col("pink"),
        details("dress", "she has pink dress with lace with a pink purse", "unsupported"),
        describe(
            "dress",
            "a light pink lace dress with short sleeves and a round neckline and a scalloped hem and a pair of nude",
            "cut",
            hit_limit=True,
        ),
        title="Mango Women Pink Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: tan suede-look A-line mini skirt with a row of front buttons, cream knit sweater tucked in, white
    # backdrop, front view to the knees; base BLIP-2 zero-shot
    case(
        "X1122-036",
        caption("a woman in a white sweater and brown skirt"),
        wearing("a sweater and a skirt"),
        col("brown"),
        mat("suede"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        describe("skirt", "the skirt", "non_answer"),
        details("skirt", "the skirt has buttons and pockets on the front", "unsupported"),
        title="Kook N Keech Women Brown Skirt",
        category="Skirts",
        color="Tan",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless peplum top, black skinny jeans, white backdrop, front view to the knees; base
    # BLIP-2 zero-shot
    case(
        "X1122-037",
        caption("a woman in a yellow top and black jeans"),
        wearing("yellow top"),
        col("yellow"),
        slv("sleeveless"),
        pat("solid"),
        describe("top", "a mustard yellow peplum top"),
        color_of("top", "orange", "contradiction", kind="open"),
        details("top", "the top has a peplum and a zipper on the back and a bow on the back", "unsupported"),
        title="Tokyo Talkies Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: light-wash blue boyfriend jeans with ripped knees and rolled hems, black tank top, one hand in a pocket,
    # white backdrop, front view full length; base BLIP-2 zero-shot
    case(
        "X1122-038",
        caption("a woman in a black tank top and ripped jeans"),
        wearing("jeans and a black tank top"),
        col("blue"),
        details("jeans", "ripped knees and rolled cuffs"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        mat("denim Question: what is the color of the tank top? Answer: black", "leak"),
        is_a("jeans", "yes", article="a pair of"),
        title="Levis Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: white cotton eyelet (broderie anglaise) sundress with spaghetti straps, straw hat, light grey backdrop,
    # front view full length; base BLIP-2 zero-shot
    case(
        "X1122-039",
        caption("a woman in a white dress and a straw hat"),
        wearing("a white dress and a hat"),
        col("white"),
        slv("sleeveless"),
        pat("solid"),
        describe(
            "dress",
            "she is wearing a white dress and a straw hat. she is wearing a white dress and a straw hat. she is "
            "wearing",
            "loop",
            hit_limit=True,
        ),
        details("dress", "eyelet embroidery and thin straps"),
        color_of("dress", "yellow", "other_garment_color", kind="open"),
        mat("silk", "unsupported"),
        title="Harpa Women White Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: maroon ankle-length leggings under a beige printed tunic to the knees, plain hems, white backdrop, front
    # view cropped at the chest; base BLIP-2 zero-shot
    case(
        "X1122-040",
        caption("a woman wearing a beige tunic and maroon leggings"),
        wearing("a tunic and leggings"),
        col("beige", "contradiction"),
        gtype("dress", "contradiction"),
        color_of("leggings", "red", kind="open"),
        mat("the leggings are made of cotton Question: What is the color of the tunic? Answer: beige", "leak"),
        details("leggings", "the leggings have a lace trim at the ankle", "unsupported"),
        title="Go Colors Women Maroon Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy top with white horizontal breton stripes, boat neck, three-quarter sleeves, white jeans, white
    # backdrop, front view to the knees; base BLIP-2 zero-shot
    case(
        "X1122-041",
        caption("a woman wearing a navy and white striped shirt and white pants"),
        wearing("a striped shirt"),
        pat("striped"),
        col("white", "contradiction"),
        slv("three-quarter"),
        describe("top", "he is wearing a blue and white striped shirt", "pronoun"),
        details("top", "boat neck"),
        color_of("top", "navy blue Question: what is the color of the pants? Answer: white", "leak", kind="open"),
        title="Arrow Woman Navy Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: hot pink running shorts with white piping and a small white Nike swoosh, black sports tee, white
    # backdrop, front view from the chest to the knees; base BLIP-2 zero-shot
    case(
        "X1122-042",
        caption("a woman in a black shirt and pink shorts"),
        wearing("shorts"),
        col("black", "contradiction"),
        color_of("shorts", "pink", kind="open"),
        details("shorts", "white piping and a nike logo"),
        describe("shorts", "the shorts are pink and black", "other_garment_color"),
        mat("the shorts are made of cotton and spandex and have a built in liner and a zip pocket", "unsupported"),
        title="Nike Women Pink Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: white-ground floral midi dress with red and yellow flowers, short puff sleeves, square neck, white
    # backdrop, front view full length; base BLIP-2 zero-shot; the row has no gender column
    case(
        "X1122-043",
        caption("a woman in a white floral dress"),
        wearing("a floral dress"),
        pat("floral"),
        col("white"),
        describe("dress", "a white dress with red flowers"),
        details("dress", "the dress details are the details of the dress", "restated"),
        slv("long", "contradiction"),
        title="Sassafras Women Floral Dress",
        category="Dresses",
        color="Multi",
    ),
    # photo: white wide-leg linen trousers, black and white striped short-sleeve top tucked in, white backdrop, front
    # view full length; base BLIP-2 zero-shot
    case(
        "X1122-044",
        caption("a woman in a striped shirt and white pants"),
        wearing("black and white striped shirt and white pants"),
        col("white"),
        pat("striped", "contradiction"),
        mat("linen"),
        describe("pants", "black and white striped pants", "other_garment_color"),
        details("pants", "wide leg pants with a drawstring and side pockets", "unsupported"),
        title="Mark Taylor Women White Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless tank top with gold sequins around the neckline, red A-line skirt, white backdrop, front
    # view to the knees; base BLIP-2 zero-shot
    case(
        "X1122-045",
        caption("a woman in a black top and a red skirt"),
        wearing("black top and red skirt"),
        col("red", "contradiction"),
        slv("sleeveless"),
        details("top", "gold sequins around the neck"),
        describe(
            "top",
            "a black top with gold sequins and a red skirt and a red skirt and a red skirt and a red skirt and a red",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes", "contradiction"),
        title="Only Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: charcoal grey knit pencil skirt to the knee, white blouse with black polka dots tucked in, black heels,
    # white backdrop, front view full length; base BLIP-2 zero-shot; the row has no category column
    case(
        "X1122-046",
        caption("a woman in a white polka dot shirt and gray skirt"),
        wearing("she is wearing a white shirt and a gray skirt", who="she"),
        gtype("skirt"),
        col("grey"),
        pat("polka dots", "contradiction"),
        describe(
            "skirt",
            "a grey pencil skirt that comes to the knee and is made of wool and has a slit in the back and a",
            "cut",
            hit_limit=True,
        ),
        details(
            "skirt",
            "gray Question: What is the color of the shirt? Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Kook N Keech Women Grey Skirt",
        color="Charcoal",
        gender="Women",
    ),
]
