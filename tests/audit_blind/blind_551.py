"""BLIND_551 (46 products; DeepFashion In-shop studio wear, VQA adapter): written blind in the fifty-first session.
Measured blind at 75f2757 (the session's second rules): 108/128 failures found (84.4%) and 3/162 correct texts flagged
(1.9%). The writer's notes, verbatim:

Scenario: a DeepFashion In-shop style catalog of women's and men's everyday wear (tees, tanks, blouses, shirts,
sweaters, cardigans, jackets, a blazer, dresses, skirts, shorts, jeans, trousers). Studio photos on white or light
grey seamless backdrops, front, side and back views, the model nearly always wearing a second garment (a tee under a
jacket, jeans under a top). Seller columns are sparse: a short title, a Myntra-like category, a color that is missing on
some rows, gender Women or Men.

Who wrote what: captions by the untuned base model (blip2-opt-2.7b, 50-token limit): short "a woman in a ... and
..." sentences, mostly right, sometimes one color for two garments, a wrong garment word, an invented prop or
setting, once a loop. "What is the person wearing?", "What is the color of the <garment>?" and "What material is it
made of?" by the fine-tuned VQA adapter (Data3_V3_BLIP2_VQA, open, 30-token limit): trained without an end token, so
the job's newline stop catches most answers but some loop or run to the limit and are cut mid-phrase; it borrows the
other garment's color, leaks the "Question: ... Answer:" format, echoes the question, answers "yes" or a bare
word, says he/she at random, and invents material facts and details. "What is the pattern of the garment?", "What is
the sleeve length?" and "Is this a dress?" by enrich's --engine reference (closed: one candidate picked from solid /
striped / floral / checked / graphic / polka dot, sleeveless / short / three-quarter / long, yes / no).

Labeling conventions and judgement calls:
- One label per text, the most salient failure. A text that repeats itself up to the limit is a loop (hit_limit),
  not a cut; cut is for text that runs to the limit without repeating and stops mid-phrase. A leak that also runs
  to the limit stays a leak (hit_limit set).
- The color question names the garment of the seller's category (top for tees, tanks, blouses, sweaters; shirt,
  jacket, blazer, cardigan, dress, skirt, shorts, jeans, trousers, pants otherwise), as the VQA data templated it.
- other_garment_color: a color answer (or a wearing answer, or a caption) that gives the product the color of the
  other garment in the photo. A wrong color that no garment in the photo has is a contradiction.
- contradiction also covers: a closed pattern or sleeve pick that the photo and title contradict (ribbing or pleats
  read as "striped", the tee's stripes given to the shorts), a wrong garment word (jeans called leggings, a skirt
  called shorts), and "yes" to "Is this a dress?" for a skirt, blouse or coat, "no" for a sweater dress.
- Shades and synonyms count as right: cream for a white-ish cardigan, camel/tan/beige for a trench, grey for
  charcoal, navy/dark blue, rust/orange, plaid/checked, "blue and white" for a gingham or striped garment.
- unsupported: details not in the photo (pockets or buttons on a back view, logos, bags, coffee cups, a tie, a
  street or beach for a studio shot, gold buttons on tonal buttons) and material claims the photo cannot carry
  (certifications, origin, "waterproof nylon", leather for a blazer, silk and lace for a printed wrap dress).
- Bare one-word open answers that do answer (cotton, chiffon, wool) are correct. "yes", "no", an
  empty answer, "it", "black" alone to "What is the person wearing?", "material", and "pure color" (DeepFashion's
  pattern label) to a color question are non_answer.
- restated: the question's own words given back as a sentence without the prompt format ("the color of the top is
  the color of the top"); the same with "Question:"/"Answer:" in it is a leak.
- pronoun: he/she/his/her wrong for the seller's gender, and once the base caption's "a man" for a women's blazer.
- Titles follow a short Myntra style; Cardigans are filed under Sweaters, the trench under Jackets.
"""

from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

pattern = question("pattern", "What is the pattern of the garment?", "closed")
sleeves = question("sleeve_length", "What is the sleeve length?", "closed")
made_of = question("material", "What material is it made of?", "open")


def color_q(garment, text, failure=None, hit_limit=False):
    """The VQA adapter's free answer to "What is the color of the <garment>?"."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def dress(text, failure=None):
    return is_a("dress", text, failure)


BLIND_551 = [
    # photo: white crew-neck tee, light blue jeans, white sneakers, white backdrop, front. Caption base model;
    # wearing, color, material VQA adapter; pattern, sleeves, dress reference engine (same split for every product).
    case(
        "X551-001",
        caption("a woman wearing a white t-shirt and blue jeans standing in front of a white wall"),
        wearing("a white t-shirt and light blue jeans"),
        color_q("top", "blue", "other_garment_color"),
        pattern("solid"),
        sleeves("short"),
        made_of(
            "the t-shirt is made of 100% organic cotton certified by the global organic textile standard",
            "unsupported",
        ),
        dress("no"),
        title="Women Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: navy and white vertical striped button-down shirt, sleeves rolled to the elbow, beige chinos, light grey
    # backdrop, front.
    case(
        "X551-002",
        caption("a man in a blue and white striped shirt and khaki pants"),
        wearing("he is wearing a navy and white striped shirt with the sleeves rolled up and beige chinos"),
        color_q("shirt", "blue and white Question: What is the pattern of the garment? Answer: striped", "leak"),
        pattern("solid", "contradiction"),
        sleeves("long"),
        made_of(
            "the shirt is made of cotton and has a pocket on the chest and a pocket on the chest and a pocket on the "
            "chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        title="Men Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red wrap midi dress with small white flowers, three-quarter sleeves, tie at the waist, white backdrop,
    # side view, bare legs, no bag.
    case(
        "X551-003",
        caption("a woman in a red floral dress is standing in front of a white background"),
        wearing(
            "a red wrap dress with small white flowers, a v-neck and three-quarter sleeves, and a tie at the waist "
            "that is tied in a",
            "cut",
            hit_limit=True,
        ),
        color_q("dress", "red with white flowers"),
        pattern("floral"),
        sleeves("three-quarter"),
        made_of("silk with a lace lining", "unsupported"),
        dress("yes"),
        title="Women Floral Print Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: charcoal grey crew-neck pullover over a white collared shirt (collar and cuffs show), black trousers,
    # white backdrop, front.
    case(
        "X551-004",
        caption("a man wearing a grey sweater over a white shirt and black pants"),
        wearing("a white sweater and black pants", "other_garment_color"),
        color_q("top", "grey"),
        pattern("solid"),
        sleeves("long"),
        made_of(
            "Answer: wool Question: What is the color of the top? Answer: grey Question: What is the pattern of the "
            "garment? Answer: solid Question",
            "leak",
            hit_limit=True,
        ),
        title="Men Solid Pullover Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: sheer black chiffon blouse with small white polka dots, long sleeves, tucked into white trousers, no
    # jewellery, white backdrop, front.
    case(
        "X551-005",
        caption(
            "a woman wearing a black and white polka dot blouse and white pants and a gold necklace", "unsupported"
        ),
        wearing("Question: What is the person wearing? Answer: a black blouse and white pants", "leak"),
        color_q("top", "black with white polka dots"),
        pattern("polka dot"),
        sleeves("long"),
        made_of("chiffon"),
        dress("no"),
        title="Women Polka Dot Sheer Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: dark indigo slim jeans with plain back pockets (no tab, no patch), grey tee untucked, white backdrop,
    # back view.
    case(
        "X551-006",
        caption("the back of a man wearing jeans and a grey t-shirt"),
        wearing("she is wearing a grey t-shirt and dark blue jeans", "pronoun"),
        color_q("jeans", "grey", "other_garment_color"),
        pattern("solid"),
        made_of("denim with a red tab on the back pocket", "unsupported"),
        dress("no"),
        title="Men Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard yellow pleated midi skirt, white tee tucked in, white sandals, white backdrop, front.
    case(
        "X551-007",
        caption("a woman in a white shirt and yellow skirt"),
        wearing("a white t-shirt tucked into a mustard pleated skirt"),
        color_q("skirt", "white", "other_garment_color"),
        pattern("striped", "contradiction"),
        made_of(
            "the skirt is made of a lightweight polyester fabric with a pleated design and an elastic waistband at the "
            "back and the front of the",
            "cut",
            hit_limit=True,
        ),
        dress("yes", "contradiction"),
        title="Women Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: black tee with a white mountain-range print and the word EXPLORE, olive cargo shorts, white backdrop,
    # front.
    case(
        "X551-008",
        caption("a man wearing a black t-shirt with a mountain on it"),
        wearing("a black graphic t-shirt and olive green shorts"),
        color_q("top", "black and white"),
        pattern("graphic"),
        sleeves("short"),
        made_of("cotton"),
        dress("no"),
        title="Men Graphic Print Crew Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: cream chunky-knit cardigan worn open over a black camisole, blue jeans, white backdrop, front.
    case(
        "X551-009",
        caption("a woman wearing a white sweater and jeans"),
        wearing("a black cardigan over a black top and blue jeans", "other_garment_color"),
        color_q("cardigan", "cream"),
        pattern("solid"),
        sleeves("long"),
        made_of("yes", "non_answer"),
        title="Women Open Front Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: olive green bomber jacket with black rib collar, cuffs and hem, silver zip, no hood, over a white tee,
    # black jeans, no bag, white backdrop, front.
    case(
        "X551-010",
        caption("a man in a green jacket and black jeans with a backpack", "unsupported"),
        wearing("a green bomber jacket with a white t-shirt and black jeans"),
        color_q(
            "jacket",
            "the jacket is olive green with black ribbed cuffs and a black ribbed collar and a black ribbed hem and a "
            "silver zipper down the",
            "cut",
            hit_limit=True,
        ),
        pattern("solid"),
        sleeves("long"),
        made_of("leather with a fur lined hood", "unsupported"),
        title="Men Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: light-wash denim cut-off shorts with frayed hem, navy and white striped tee, side view, white backdrop;
    # the shorts have plain pockets, no patch.
    case(
        "X551-011",
        caption("a woman in a striped shirt and denim shorts"),
        wearing(
            "a striped shirt and denim shorts and a striped shirt and denim shorts and a striped shirt and denim "
            "shorts and a striped shirt and",
            "loop",
            hit_limit=True,
        ),
        color_q("shorts", "light blue"),
        pattern("striped", "contradiction"),
        made_of("stretch denim with a distressed logo patch on the back pocket", "unsupported"),
        dress("no"),
        title="Women Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: red pique polo shirt with thin white tipping on the collar, short sleeves, no logo, navy chinos, white
    # backdrop, front.
    case(
        "X551-012",
        caption("a man wearing a blue polo shirt and blue pants", "other_garment_color"),
        wearing("a red polo shirt and navy chinos"),
        color_q("top", "red"),
        pattern("solid"),
        sleeves("long", "contradiction"),
        made_of("pique cotton with an embroidered logo on the chest", "unsupported"),
        title="Men Solid Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: lavender turtleneck sweater, long sleeves, grey trousers, light grey backdrop, back view.
    case(
        "X551-013",
        caption("the back of a woman wearing a purple sweater and grey pants"),
        wearing(
            "a purple turtleneck sweater and grey pants, the sweater has long sleeves and a ribbed turtleneck collar "
            "and the pants are grey and",
            "cut",
            hit_limit=True,
        ),
        color_q("top", "gray", "other_garment_color"),
        pattern("solid"),
        sleeves("long"),
        made_of("it is made of the material it is made of", "restated"),
        title="Women Turtleneck Pullover",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: khaki chinos, navy crew-neck sweater, brown belt, brown shoes, white backdrop, front.
    case(
        "X551-014",
        caption("a man in a blue sweater and khaki pants"),
        wearing("a navy blue sweater and khaki chinos with a brown belt"),
        color_q("trousers", "navy blue", "other_garment_color"),
        pattern("solid"),
        made_of(
            "the chinos are made of cotton twill, the chinos are made of cotton twill, the chinos are made of cotton "
            "twill, the chinos are",
            "loop",
            hit_limit=True,
        ),
        dress("no"),
        title="Men Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: black sleeveless knee-length shift dress, nude heels, white backdrop, front. Seller row has no color.
    case(
        "X551-015",
        caption("a woman in a little black dress posing for a photo"),
        wearing("a black sleeveless dress and nude heels"),
        color_q("dress", "navy blue", "contradiction"),
        pattern("solid"),
        sleeves("long", "contradiction"),
        made_of("polyester crepe"),
        dress("yes"),
        title="Women Solid Shift Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: light blue chambray shirt, long sleeves, dark wash jeans, white backdrop, side view.
    case(
        "X551-016",
        caption("a man in a denim shirt and jeans standing on a city street", "unsupported"),
        wearing("a blue denim shirt and dark jeans"),
        color_q("shirt", "pure color", "non_answer"),
        pattern("solid"),
        sleeves("long"),
        made_of(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim",
            "loop",
            hit_limit=True,
        ),
        dress("no"),
        title="Men Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white cotton eyelet (broderie anglaise) blouse with short puff sleeves, blue denim skirt, white backdrop,
    # front.
    case(
        "X551-017",
        caption("a woman wearing a white blouse and a denim skirt"),
        wearing("a white top with puffed sleeves and a blue denim skirt"),
        color_q("top", "blue", "other_garment_color"),
        sleeves("short"),
        made_of("cotton Answer: cotton with embroidered eyelets", "leak"),
        dress("yes", "contradiction"),
        title="Women Eyelet Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: grey melange v-neck tee without pocket, black trousers, white backdrop, front.
    case(
        "X551-018",
        caption("a man wearing a grey t-shirt and black pants standing in front of a white wall"),
        wearing("a grey v-neck t-shirt with a small chest pocket and black pants", "unsupported"),
        color_q("top", "black", "other_garment_color"),
        pattern("solid"),
        sleeves("short"),
        made_of(
            "the t-shirt is made of a soft cotton blend fabric that is breathable and comfortable to wear. it has a "
            "v-neck and short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        title="Men Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black high-rise skinny jeans ripped at both knees, white blouse tucked in, white backdrop, front. No
    # seller color.
    case(
        "X551-019",
        caption("a woman wearing a white shirt and black leggings", "contradiction"),
        wearing("black", "non_answer"),
        color_q("jeans", "black"),
        pattern("solid"),
        made_of(
            "denim, the jeans are ripped at the knees, the jeans are ripped at the knees, the jeans are ripped at the "
            "knees, the jeans",
            "loop",
            hit_limit=True,
        ),
        dress("no"),
        title="Women Skinny Fit High-Rise Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: black leather biker jacket with asymmetric zip, white tee, blue jeans, white backdrop, side view.
    case(
        "X551-020",
        caption("a man in a black leather jacket and jeans"),
        wearing("she is wearing a black leather jacket, a white t-shirt and blue jeans", "pronoun"),
        color_q("jacket", "white", "other_garment_color"),
        pattern("solid"),
        sleeves("long"),
        made_of(
            "the jacket is made of genuine leather and has a zip closure with silver hardware and three zip pockets on "
            "the front and a",
            "cut",
            hit_limit=True,
        ),
        title="Men Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: mint green ribbed tank top, white shorts, empty hands, white backdrop, front.
    case(
        "X551-021",
        caption("a woman in a green tank top and white shorts holding a cup of coffee", "unsupported"),
        wearing("a mint green ribbed tank top and white shorts"),
        color_q("top", "white", "other_garment_color"),
        pattern("striped", "contradiction"),
        sleeves("sleeveless"),
        made_of(
            "Question: What material is it made of? Answer: cotton Question: What is the color of the top? Answer: "
            "green Question: What is",
            "leak",
            hit_limit=True,
        ),
        title="Women Ribbed Tank Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: navy cable-knit crew-neck sweater, beige chinos, white backdrop, front; no label visible.
    case(
        "X551-022",
        caption("a man wearing a blue sweater and khaki pants"),
        wearing("she is wearing a navy blue cable knit sweater and beige pants", "pronoun"),
        color_q("top", "black", "contradiction"),
        pattern("solid"),
        sleeves("long"),
        made_of("100% merino wool from new zealand", "unsupported"),
        dress("no"),
        title="Men Cable Knit Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: blue denim A-line mini skirt (button front, not visible from behind), black tee, no belt, white
    # backdrop, back view.
    case(
        "X551-023",
        caption("the back of a woman wearing a black shirt and blue shorts", "contradiction"),
        wearing(
            "a black t-shirt and a denim skirt with buttons down the front and a belt with a gold buckle", "unsupported"
        ),
        color_q("skirt", "black", "other_garment_color"),
        pattern("solid"),
        made_of("Question: What material is it made of? Answer: denim", "leak"),
        dress("no"),
        title="Women Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: navy chino shorts with button fly, white linen shirt untucked, white backdrop, front.
    case(
        "X551-024",
        caption("a man wearing a white shirt and blue shorts"),
        wearing("no", "non_answer"),
        color_q("shorts", "white", "other_garment_color"),
        pattern("checked", "contradiction"),
        made_of(
            "cotton, the shorts have a zip fly, the shorts have a zip fly, the shorts have a zip fly, the shorts have "
            "a zip fly",
            "loop",
            hit_limit=True,
        ),
        dress("no"),
        title="Men Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: camel belted trench coat without hood, over a black turtleneck, black trousers, white backdrop, front.
    case(
        "X551-025",
        caption("a woman in a tan trench coat and black pants"),
        wearing("she is wearing a beige trench coat with a belt over a black turtleneck and black pants"),
        color_q("jacket", "camel"),
        pattern("solid"),
        sleeves("long"),
        made_of("waterproof nylon with a detachable hood", "unsupported"),
        dress("yes", "contradiction"),
        title="Women Belted Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: white tee with thin black horizontal stripes (breton), short sleeves, grey trousers, white backdrop,
    # front.
    case(
        "X551-026",
        caption("a man wearing a black and white striped shirt and grey pants"),
        wearing(
            "a white t-shirt with thin black horizontal stripes across the chest and the sleeves, grey trousers with a "
            "crease down the front of the",
            "cut",
            hit_limit=True,
        ),
        color_q("top", "grey", "other_garment_color"),
        pattern("striped"),
        sleeves("long", "contradiction"),
        made_of("cotton"),
        title="Men Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: blue and white gingham sleeveless fit-and-flare sundress, white sneakers, white backdrop, front. No
    # seller color.
    case(
        "X551-027",
        caption("a woman in a blue and white checkered dress"),
        wearing("a blue and white plaid dress and white sneakers"),
        color_q("dress", "blue and white"),
        pattern("checked"),
        sleeves("short", "contradiction"),
        made_of(
            "the dress is made of cotton and the dress is made of cotton and the dress is made of cotton and the dress "
            "is made of",
            "loop",
            hit_limit=True,
        ),
        dress("yes"),
        title="Women Checked Fit and Flare Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: white oxford button-down shirt untucked, navy chinos, light grey backdrop, back view (no chest visible).
    case(
        "X551-028",
        caption("the back of a man in a white shirt and blue pants"),
        wearing("a white shirt with a pocket on the chest and navy pants", "unsupported"),
        color_q("shirt", "blue", "other_garment_color"),
        pattern("solid"),
        sleeves("long"),
        made_of("yes", "non_answer"),
        title="Men Oxford Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: pink tee with white "HELLO SUNSHINE" lettering, white jeans, white backdrop, front.
    case(
        "X551-029",
        caption("a woman wearing a pink t-shirt that says hello sunshine"),
        wearing("a pink t-shirt with white letters and white jeans"),
        color_q("top", "pink"),
        pattern("graphic"),
        sleeves("short"),
        made_of("cotton jersey"),
        dress("no"),
        title="Women Typography Print T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black tailored trousers, light blue shirt tucked in, no tie, black belt, white backdrop, side view.
    case(
        "X551-030",
        caption("a man in a blue shirt and black pants with a tie", "unsupported"),
        wearing("a light blue dress shirt tucked into black trousers"),
        color_q("trousers", "blue", "other_garment_color"),
        pattern("solid"),
        made_of("material", "non_answer"),
        dress("no"),
        title="Men Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: emerald green satin button-up blouse, long sleeves, tucked into a black midi skirt, no bag, white
    # backdrop, front.
    case(
        "X551-031",
        caption("a woman wearing a green satin shirt and a black skirt holding a purse", "unsupported"),
        wearing("he is wearing a green blouse and a black skirt", "pronoun"),
        color_q("top", "emerald green"),
        pattern("solid"),
        sleeves("short", "contradiction"),
        made_of("", "non_answer"),
        dress("no"),
        title="Women Satin Shirt Style Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: mid-blue washed denim trucker jacket with metal buttons and two chest pockets, grey tee, black jeans,
    # white backdrop, front.
    case(
        "X551-032",
        caption("a man in a denim jacket and black jeans"),
        wearing("a blue denim jacket, a grey t-shirt and black jeans"),
        color_q("jacket", "black", "other_garment_color"),
        pattern("striped", "contradiction"),
        sleeves("long"),
        made_of(
            "the jacket is made of a washed denim fabric with a faded finish and metal buttons down the front and two "
            "chest pockets with",
            "cut",
            hit_limit=True,
        ),
        dress("no"),
        title="Men Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: white wide-leg linen trousers, rust cropped tee, white backdrop, side view. No seller color.
    case(
        "X551-033",
        caption("a woman in a orange top and white pants on the beach", "unsupported"),
        wearing("a rust colored top and white wide leg pants"),
        color_q("pants", "orange", "other_garment_color"),
        pattern("solid"),
        made_of("what material is it made of", "restated"),
        dress("no"),
        title="Women Wide Leg Linen Trousers",
        category="Trousers",
        gender="Women",
    ),
    # photo: olive long-sleeve henley with three buttons, grey jeans, white backdrop, front.
    case(
        "X551-034",
        caption("a man wearing a green shirt and gray jeans"),
        wearing(
            "Answer: a green henley and grey jeans Question: What is the person wearing? Answer: a green henley and "
            "grey jeans Question",
            "leak",
            hit_limit=True,
        ),
        color_q("top", "brown", "contradiction"),
        pattern("solid"),
        sleeves("long"),
        made_of("the material of the t-shirt", "restated"),
        title="Men Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy fine-knit v-neck cardigan buttoned up with tonal navy buttons, beige trousers, white backdrop,
    # front.
    case(
        "X551-035",
        caption("a woman in a blue cardigan with gold buttons and beige pants", "unsupported"),
        wearing("he is wearing a navy cardigan and beige pants", "pronoun"),
        color_q("cardigan", "beige", "other_garment_color"),
        pattern("solid"),
        sleeves("long"),
        made_of("it", "non_answer"),
        title="Women Button Front Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light-wash straight jeans, white tee, white sneakers, white backdrop, side view.
    case(
        "X551-036",
        caption("a man in a white t-shirt and blue jeans"),
        wearing(
            "a white t-shirt and blue jeans and white sneakers and white sneakers and white sneakers and white "
            "sneakers and white sneakers and white",
            "loop",
            hit_limit=True,
        ),
        color_q("jeans", "black", "contradiction"),
        pattern("solid"),
        made_of("the jeans are made of the material that jeans are made of", "restated"),
        dress("no"),
        title="Men Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard yellow ribbed turtleneck sweater dress, long sleeves, knee length, black boots, white backdrop,
    # front.
    case(
        "X551-037",
        caption("a woman wearing a yellow sweater dress and black boots"),
        wearing(
            "a mustard yellow ribbed sweater dress with a high turtleneck collar and long sleeves that reach the "
            "wrists and a fitted silhouette that ends just",
            "cut",
            hit_limit=True,
        ),
        color_q("dress", "yellow"),
        pattern("striped", "contradiction"),
        sleeves("long"),
        made_of("no", "non_answer"),
        dress("no", "contradiction"),
        title="Women Ribbed Sweater Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: red and black buffalo check flannel shirt worn open over a black tee, blue jeans, white backdrop, front.
    case(
        "X551-038",
        caption("a man wearing a red and black plaid shirt and jeans"),
        wearing("she is wearing a red and black plaid shirt over a black t-shirt and blue jeans", "pronoun"),
        color_q("shirt", "blue", "other_garment_color"),
        pattern("checked"),
        sleeves("long"),
        made_of(
            "the shirt is a plaid shirt with a plaid pattern and a plaid collar and plaid sleeves and plaid cuffs and "
            "plaid pockets and plaid",
            "loop",
            hit_limit=True,
        ),
        title="Men Checked Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: black satin midi skirt with a pink floral print, pink tee tucked in, white backdrop, side view.
    case(
        "X551-039",
        caption("a woman in a pink top and a black floral skirt"),
        wearing("a pink t-shirt and a black floral skirt Question: Is this a dress? Answer: no", "leak"),
        color_q("skirt", "black with pink flowers"),
        pattern("floral"),
        made_of(
            "the skirt is made of a shiny satin fabric with a black background and a pink floral print and it falls "
            "below the knee with",
            "cut",
            hit_limit=True,
        ),
        dress("yes", "contradiction"),
        title="Women Floral Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: plain navy crew-neck tee (no back print), khaki shorts, white backdrop, back view. No seller color.
    case(
        "X551-040",
        caption("the back of a man wearing a blue t-shirt and khaki shorts"),
        wearing("the person is wearing what the person is wearing in the picture", "restated"),
        color_q("top", "khaki", "other_garment_color"),
        pattern("graphic", "contradiction"),
        sleeves("short"),
        made_of(
            "cotton jersey jersey jersey jersey jersey jersey jersey jersey jersey jersey jersey jersey jersey jersey "
            "jersey jersey jersey jersey",
            "loop",
            hit_limit=True,
        ),
        title="Men Solid Crew Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: pale pink single-breasted blazer with notched lapels and flap pockets, white tee, blue jeans, white
    # backdrop, front.
    case(
        "X551-041",
        caption("a man wearing a pink blazer and a white shirt", "pronoun"),
        wearing("a pink blazer over a white t-shirt and jeans"),
        color_q(
            "blazer",
            "the blazer is a pale pink color with a notched lapel and a single button at the front and two flap "
            "pockets at the",
            "cut",
            hit_limit=True,
        ),
        pattern("solid"),
        sleeves("long"),
        made_of("leather", "unsupported"),
        title="Women Single-Breasted Blazer",
        category="Blazers",
        color="Pink",
        gender="Women",
    ),
    # photo: grey shawl-collar cardigan over a white tee (untucked, covering the waist), black jeans, white backdrop,
    # front.
    case(
        "X551-042",
        caption("a man in a grey cardigan and black jeans"),
        wearing("a grey cardigan with a white t-shirt and black jeans and a brown leather belt", "unsupported"),
        color_q(
            "cardigan",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            hit_limit=True,
        ),
        pattern("solid"),
        sleeves("long"),
        made_of("the cardigan is made of a material", "restated"),
        dress("no"),
        title="Men Shawl Collar Cardigan",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: white linen-blend paper-bag-waist shorts with a self-tie belt, black tank top, white backdrop, front.
    case(
        "X551-043",
        caption("a woman in a black top and white shorts"),
        wearing("Question: What is the person wearing? Answer:", "leak"),
        color_q("shorts", "white"),
        pattern("solid"),
        made_of(
            "the shorts are made of a linen and viscose blend with a paper bag waist and a self tie belt and two side "
            "pockets and",
            "cut",
            hit_limit=True,
        ),
        dress("no"),
        title="Women Paperbag Waist Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: grey glen-check slim trousers, black turtleneck, black shoes, light grey backdrop, front. No seller color.
    case(
        "X551-044",
        caption("a man in a black turtleneck and plaid pants"),
        wearing("a black turtleneck sweater and grey checked trousers"),
        color_q("trousers", "the color of the trousers is the color of the trousers", "restated"),
        pattern("checked"),
        made_of("wool"),
        dress("no"),
        title="Men Checked Slim Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: burgundy fitted long-sleeve top, black leggings, no bag, white backdrop, front.
    case(
        "X551-045",
        caption("a woman in a maroon long sleeve shirt and black pants with a brown leather handbag", "unsupported"),
        wearing(
            "a maroon top and black leggings and a maroon top and black leggings and a maroon top and black leggings "
            "and a maroon",
            "loop",
            hit_limit=True,
        ),
        color_q("top", "burgundy"),
        pattern("solid"),
        sleeves("three-quarter", "contradiction"),
        made_of("stretch cotton"),
        title="Women Solid Long Sleeve Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: short-sleeve blue resort shirt with a white hibiscus print, white shorts, white backdrop, front. No
    # seller color.
    case(
        "X551-046",
        caption(
            "a man wearing a blue hawaiian shirt with white flowers on it and white flowers on it and white flowers on "
            "it and white flowers on it and white flowers on it and white flowers on it and",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue floral shirt and white shorts"),
        color_q("shirt", "blue and white"),
        pattern("floral"),
        sleeves("long", "contradiction"),
        made_of("the shirt is made of the shirt's material", "restated"),
        title="Men Tropical Print Resort Shirt",
        category="Shirts",
        gender="Men",
    ),
]
