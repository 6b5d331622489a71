"""BLIND_729 (46 products; women's tops with jeans, zero-shot base BLIP-2): written blind in the fifty-fourth session.
Measured blind at 4b4f207 (the session's final rules): 102/123 failures found (82.9%) and 5/169 correct texts flagged
(3.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's Tops, Shirts and Tshirts, each worn by a model with jeans or trousers on a
white studio backdrop (a few with a blazer or denim jacket over the top, a bag, sunglasses or a stool as props), front
view unless the photo line says otherwise. Catalog columns: title, category (Myntra article_type), color (Myntra
base_colour), gender; a few rows lack gender or color, as real feeds do.

Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions (max 50
new tokens) and the open questions (What is she wearing? Describe the <piece>. What are the <piece> details? What
material...; max 30 new tokens) are greedy free generation; the base model usually stops on the newline, so loops and
cuts are rarer than in the adapters' runs but do occur on the long "details" and "Describe" prompts, and once in a
caption that ran to 50 tokens. The per-piece color questions (What is the color of the top / shirt / t-shirt? and of
the jeans / trousers?) were stored closed by enrich's `--engine reference` for X729-001..030 (one candidate picked,
never looping or cut), and open (free generation) for X729-031..046, which were rerun with the generate engine. A few
rows also carry the closed pattern, sleeve-length, garment-type, garment-color or "Is this a top?" question. The base
model's habits: short answers, one color repeated for every piece (the jeans' blue for the top, the top's color for
the jeans), invented pockets, lace, zips and materials, "he" for a woman, one-word answers to "Describe ...", and now
and then it keeps writing the next "Question: ... Answer:" turn.

Labeling conventions and judgement calls:
- other_garment_color: a text (open or closed) that gives the catalogued product (the top piece) the color of
  another garment or layer worn in the photo (jeans, trousers, blazer, denim jacket). Where the wrong color is also
  in the product's own print I avoided the case rather than label it.
- contradiction: a wrong color, pattern, sleeve length or garment for the photo that is not another garment's color
  given to the product; this includes the lower piece's color question answered with the top's color (one color for
  two garments) or with a prop's color (the bag), and a closed garment type that contradicts the seller's category.
- Shades are correct when they name the photo's hue at another granularity: navy/dark blue/blue, maroon/wine/red,
  lavender/purple, peach/pink, olive/green, cream/off white/white, mustard/yellow, khaki/beige.
- Seller colors that misname the photo (a "Brown" top that is plainly rust) are the seller's error: the model naming
  what the photo shows is correct.
- unsupported: a detail, print motif or material that neither the photo nor the title supports (a chest pocket that
  is not there, lace on a plain top, "silk", "cotton" when the title says nothing of it, a zip at the unseen back).
  A material that the title names is correct.
- non_answer: yes/no, a single word (a lone color, "lace", "buttons", "clothes") or "it's a shirt" given to an open
  Describe, details or wearing question. restated: the question's words handed back as a sentence ("the top details
  are the top details", "the top is a top").
- pronoun: "he" for a Women row, and "a man" in a caption for a Women row (the gender word, not only the pronoun).
  Rows without gender carry no pronoun labels.
- cut: a text that stopped at the token limit mid-phrase (hit_limit=True); when such a text repeats itself, loop
  (also hit_limit=True). leak: the answer runs on into a new "Question: ... Answer:" turn, whatever its content.
- A caption's or open answer's wrong extra object (a necklace, a belt) that the photo does not show is unsupported;
  a closed yes/no "no" to "Is this a top?" for a top is a contradiction.
- One label per text: the failure that a reader would name first.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
gtype = BLIND_QUESTIONS.garment_type
gcolor = BLIND_QUESTIONS.color

BLIND_729 = [
    # photo: plain white long-sleeved button-down shirt, no pocket, worn untucked with mid-blue jeans, white backdrop,
    # front view; all texts base BLIP-2, colors closed (reference engine)
    case(
        "X729-001",
        caption("a woman wearing a blue shirt and blue jeans", "other_garment_color"),
        wearing("a white shirt and blue jeans", who="she"),
        color_of("shirt", "white"),
        color_of("jeans", "blue"),
        describe("shirt", "a white button down shirt with long sleeves"),
        details("shirt", "it has buttons down the front and a pocket on the chest", "unsupported"),
        title="Vero Moda Women White Solid Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: navy blue short-sleeved round-neck top, white straight trousers, white sneakers, white backdrop; base
    # BLIP-2, colors closed
    case(
        "X729-002",
        caption("a woman in a blue top and white pants"),
        wearing("she is wearing a navy top and white pants", who="she"),
        color_of("top", "white", "other_garment_color"),
        color_of("trousers", "white"),
        details("top", "the top has a round neck and short sleeves"),
        describe("top", "a white top with short sleeves", "other_garment_color"),
        title="Flying Machine Women Solid Navy Blue Tops",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red and white horizontally striped crew-neck t-shirt, short sleeves, blue jeans, white backdrop; base
    # BLIP-2, colors closed
    case(
        "X729-003",
        caption("a woman wearing a red and white striped shirt and jeans"),
        wearing("he is wearing a striped shirt and jeans", "pronoun", who="she"),
        color_of("t-shirt", "red"),
        color_of("jeans", "blue"),
        describe("t-shirt", "red and white stripes"),
        details("t-shirt", "the t - shirt details are the t - shirt details", "restated"),
        pattern("striped"),
        material("cotton", "unsupported"),
        title="Roadster Women Red & White Striped T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: black sleeveless shell top, grey tapered trousers, black heels, white backdrop; base BLIP-2, colors closed
    case(
        "X729-004",
        caption("a woman in a black top and grey pants standing against a white wall"),
        wearing("a black top and grey pants", who="she"),
        color_of("top", "black"),
        color_of("trousers", "black", "contradiction"),
        describe("top", "black", "non_answer"),
        sleeves("long sleeves", "contradiction"),
        title="United Colors of Benetton Women Winter Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: olive cotton utility shirt with two flap chest pockets and roll-up tabs, beige chinos, white backdrop; base
    # BLIP-2, colors closed
    case(
        "X729-005",
        caption("a woman in a green shirt and khaki pants"),
        color_of("shirt", "olive"),
        color_of("trousers", "beige"),
        details("shirt", "the shirt has a collar, buttons and two flap pockets on the chest"),
        material("cotton"),
        wearing("she is wearing a green shirt and green pants", "contradiction", who="she"),
        title="Arrow Woman Hallie Olive Cotton Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: yellow sleeveless top with a ruffled neckline, white skinny jeans, white backdrop; base BLIP-2, colors
    # closed
    case(
        "X729-006",
        caption("a woman wearing a yellow top and white jeans"),
        wearing("a yellow top and white jeans", who="she"),
        color_of("top", "yellow"),
        color_of("jeans", "yellow", "contradiction"),
        describe("top", "a yellow sleeveless top with a ruffled neckline"),
        details(
            "top",
            "the top has a ruffled neckline and a ruffled neckline and a ruffled neckline and a ruffled neckline and a",
            "loop",
            hit_limit=True,
        ),
        material("chiffon", "unsupported"),
        title="AND by Anita Dongre Women Yellow Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey melange crew-neck t-shirt, short sleeves, black jeans, white backdrop; base BLIP-2, colors closed
    case(
        "X729-007",
        caption("a woman in a grey t - shirt and black jeans"),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("jeans", "black"),
        describe("t-shirt", "grey", "non_answer"),
        wearing("a black t - shirt and black jeans", "other_garment_color", who="she"),
        details("t-shirt", "the t - shirt has a v - neck and a pocket", "unsupported"),
        title="Puma Women Solid Grey Melange T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: light pink long-sleeved shirt tucked into white wide-leg trousers, white backdrop; base BLIP-2, colors
    # closed
    case(
        "X729-008",
        caption("a woman in a pink shirt and white pants"),
        wearing("pink shirt and white pants", who="she"),
        color_of("shirt", "pink"),
        color_of("trousers", "pink", "contradiction"),
        details("shirt", "pink", "non_answer"),
        describe(
            "shirt",
            "the shirt is pink and the pants are white Question: What is the color of the shirt? Answer: pink",
            "leak",
        ),
        title="United Colors of Benetton Women Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: plain lavender jersey top, loose, round neck, long sleeves, no trims, blue jeans, white sneakers, white
    # backdrop; base BLIP-2, colors closed
    case(
        "X729-009",
        caption("a woman wearing a purple top and blue jeans"),
        color_of("top", "purple"),
        color_of("jeans", "blue"),
        wearing("she is wearing a purple top and jeans", who="she"),
        details("top", "the top has a lace trim at the hem", "unsupported"),
        describe(
            "top",
            "a light purple top with long sleeves and a round neck, the top is loose fitting and it is worn with a "
            "pair of blue jeans and white",
            "cut",
            hit_limit=True,
        ),
        sleeves("short sleeves", "contradiction"),
        title="s.Oliver Women Solid Lavender Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: maroon long-sleeved v-neck knit top, dark navy jeans, white backdrop; base BLIP-2, colors closed
    case(
        "X729-010",
        caption("a woman in a red top and jeans"),
        color_of("top", "navy blue", "other_garment_color"),
        color_of("jeans", "navy blue"),
        describe("top", "a red top with long sleeves and a v neck"),
        details("top", "the top is made of velvet", "unsupported"),
        wearing("a maroon sweater and black jeans", "contradiction", who="she"),
        title="s.Oliver Women Solid Maroon Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: white crew-neck t-shirt with black "LOVE" lettering across the chest, black jeans, white backdrop; base
    # BLIP-2, colors closed
    case(
        "X729-011",
        caption("a woman wearing a white t - shirt with the word love on it"),
        color_of("t-shirt", "white"),
        color_of("jeans", "white", "contradiction"),
        describe("t-shirt", "a white t - shirt with black lettering"),
        wearing("white t - shirt and black jeans", who="she"),
        details("t-shirt", "the t - shirt has a picture of a cat on it", "unsupported"),
        pattern("graphic"),
        title="Tokyo Talkies Women White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: cream top with a black zebra print, elbow sleeves, black slim trousers, white backdrop; base BLIP-2, colors
    # closed
    case(
        "X729-012",
        caption("a woman wearing a zebra print top and black pants"),
        color_of("top", "white"),
        color_of("trousers", "black"),
        describe("top", "a black and white zebra print top"),
        details(
            "top",
            "the top has a zebra print and a zebra print and a zebra print and a zebra print and a zebra print and",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a zebra shirt and black pants", "pronoun", who="she"),
        material("polyester", "unsupported"),
        title="Arrow Women Zebra Cream Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: mid-blue denim shirt, long sleeves, white jeans, white backdrop; base BLIP-2, colors closed
    case(
        "X729-013",
        caption("a woman in a denim shirt and white jeans"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "contradiction"),
        wearing("denim shirt and white jeans", who="she"),
        describe("shirt", "a white shirt with two pockets", "other_garment_color"),
        details("shirt", "the details of the shirt are the shirt's details", "restated"),
        material("denim"),
        title="Levis Women Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black solid shirt with a pointed collar, sleeves to the wrist, blue jeans, white backdrop; base BLIP-2,
    # colors closed
    case(
        "X729-014",
        caption("a man in a black shirt and blue jeans", "pronoun"),
        color_of("shirt", "black"),
        color_of("jeans", "blue"),
        wearing("she is wearing a black shirt and blue jeans", who="she"),
        details("shirt", "the shirt has a collar and buttons"),
        describe("shirt", "black shirt with short sleeves and a collar", "contradiction"),
        title="United Colors of Benetton Women Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: orange top with a keyhole neck closed by one button, pleats under the yoke, three-quarter sleeves, curved
    # hem, white jeans, tan sandals, white backdrop; base BLIP-2, colors closed
    case(
        "X729-015",
        caption("a woman wearing an orange top and white jeans"),
        color_of("top", "orange"),
        color_of("jeans", "white"),
        describe("top", "orange top with a keyhole neck and three quarter sleeves"),
        details(
            "top",
            "the top has a keyhole at the neck, a button, pleats at the front, a curved hem and it is worn with white "
            "jeans and tan",
            "cut",
            hit_limit=True,
        ),
        gcolor("white", "other_garment_color"),
        title="Arrow Woman Cameron Orange Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: peach crew-neck t-shirt, short sleeves, plain, blue jeans, white backdrop; base BLIP-2, colors closed
    case(
        "X729-016",
        caption("a woman in a pink t - shirt and jeans"),
        color_of("t-shirt", "peach"),
        color_of("jeans", "blue"),
        wearing("she is wearing a pink shirt and pink jeans", "contradiction", who="she"),
        describe("t-shirt", "a pink t - shirt Question: What is the color of the jeans? Answer: blue", "leak"),
        details("t-shirt", "yes", "non_answer"),
        title="United Colors Of Benetton Women Light Winter Peach T-Shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: teal cowl-neck top, long sleeves, no embellishment, black trousers, white backdrop; base BLIP-2, colors
    # closed
    case(
        "X729-017",
        caption("a woman in a teal top and black pants"),
        color_of("top", "black", "other_garment_color"),
        color_of("trousers", "black"),
        describe("top", "a teal top with a cowl neck"),
        details("top", "the top has sequins on the neckline", "unsupported"),
        wearing("a teal blouse with black trousers", who="she"),
        gtype("jeans", "contradiction"),
        title="Mango Women Teal Cowl Neck Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: white top with a pink and green floral print, short sleeves, round neck, blue jeans, white backdrop; base
    # BLIP-2, colors closed
    case(
        "X729-018",
        caption("a woman wearing a floral top and jeans"),
        color_of("top", "white"),
        color_of("jeans", "blue"),
        describe("top", "a white top with pink and green flowers"),
        details("top", "floral print, short sleeves, round neck"),
        wearing("he is wearing a floral shirt and blue jeans", "pronoun", who="she"),
        pattern("floral"),
        gtype("dress", "contradiction"),
        title="Wrangler Women Floral Print Multi Tops",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: mustard shirt with black checks, collar, long sleeves, no hood, black jeans, white backdrop; base BLIP-2,
    # colors closed
    case(
        "X729-019",
        caption("a woman wearing a yellow plaid shirt and black jeans"),
        color_of("shirt", "yellow"),
        color_of("jeans", "black"),
        pattern("solid", "contradiction"),
        describe("shirt", "yellow and black plaid"),
        details("shirt", "the shirt has a hood", "unsupported"),
        wearing("a yellow and black checkered shirt and jeans", who="she"),
        title="U.S. Polo Assn. Women Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: white polo t-shirt with a two-button placket and a small embroidered logo on the chest, blue jeans, white
    # backdrop; base BLIP-2, colors closed
    case(
        "X729-020",
        caption("a woman in a white polo shirt and jeans"),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        wearing("a white polo shirt and blue jeans", who="she"),
        describe("t-shirt", "white", "non_answer"),
        details("t-shirt", "the polo has a collar and two buttons at the placket and a small logo on the chest"),
        title="Flying Machine Women Solid White Polo Tshirts",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: grey round-neck top under an open black blazer, hands in pockets, ponytail, black trousers, black shoes,
    # white backdrop; base BLIP-2, colors closed
    case(
        "X729-021",
        caption(
            "a woman in a black blazer and grey top standing in front of a white wall with her hands in her pockets "
            "and her hair pulled back in a ponytail, she is wearing a pair of black pants and a pair of black",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "grey"),
        color_of("trousers", "black"),
        wearing("a black jacket, a grey top and black pants", who="she"),
        describe("top", "a black blazer with a single button", "other_garment_color"),
        details("top", "the top details are the top details", "restated"),
        gcolor("black", "other_garment_color"),
        title="United Colors of Benetton Women Solid Grey Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: burgundy shirt, one chest pocket on the left, sleeves rolled to the elbow, black skinny jeans, white
    # backdrop; base BLIP-2, colors closed
    case(
        "X729-022",
        caption("a woman in a burgundy shirt and black jeans"),
        color_of("shirt", "red"),
        color_of("jeans", "red", "contradiction"),
        details("shirt", "the shirt has a pocket on the left side and buttons"),
        describe("shirt", "a maroon shirt with the sleeves rolled up"),
        wearing("she's wearing a wine colored shirt and black skinny jeans", who="she"),
        title="Vero Moda Women Burgundy Solid Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: royal blue top with a yellow leaf print, short sleeves, white trousers, white backdrop; base BLIP-2, colors
    # closed
    case(
        "X729-023",
        caption("a woman wearing a blue printed top and white pants"),
        color_of("top", "white", "other_garment_color"),
        color_of("trousers", "white"),
        describe("top", "a blue top with yellow leaves"),
        details(
            "top",
            "the top is a blue top with a yellow leaf print and the top is a blue top with a yellow leaf print and the",
            "loop",
            hit_limit=True,
        ),
        wearing("a white top and white pants", "other_garment_color", who="she"),
        title="Tokyo Talkies Women Printed Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: green shirt with roll-up sleeves buttoned at the elbow, blue jeans, white backdrop; base BLIP-2, colors
    # closed
    case(
        "X729-024",
        caption("a woman in a green shirt and blue jeans standing in front of a white wall"),
        color_of("shirt", "green"),
        color_of("jeans", "green", "contradiction"),
        wearing("she is wearing a green shirt with rolled up sleeves and blue jeans", who="she"),
        describe("shirt", "a blue button up shirt with the sleeves rolled up", "other_garment_color"),
        material("silk", "unsupported"),
        title="Wrangler Women Roll Up Green Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: black sleeveless top with white polka dots, white jeans, no jewellery, white backdrop; base BLIP-2, colors
    # closed
    case(
        "X729-025",
        caption("a woman wearing a black and white polka dot top and white jeans with a gold necklace", "unsupported"),
        color_of("top", "black"),
        color_of("jeans", "white"),
        pattern("polka dots"),
        sleeves("long sleeves", "contradiction"),
        describe("top", "black top with white polka dots"),
        details(
            "top",
            "it is a black top with white polka dots it is a black top with white polka dots it is a black top",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Black Polka Dot Print Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white shirt with thin blue vertical stripes, chest pocket, plain buttoned cuffs, navy trousers, white
    # backdrop; base BLIP-2, colors closed
    case(
        "X729-026",
        caption("a woman wearing a blue and white striped shirt and navy pants"),
        color_of("shirt", "white"),
        color_of("trousers", "blue"),
        wearing("a striped shirt and blue pants", who="she"),
        describe("shirt", "a white shirt with thin blue vertical stripes"),
        details("shirt", "the shirt has a collar, a chest pocket and french cuffs with cufflinks", "unsupported"),
        pattern("checked", "contradiction"),
        title="Arrow Woman Stripes White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: plain red round-neck top with cap sleeves, no trim, black jeans, white backdrop; base BLIP-2, colors closed
    case(
        "X729-027",
        caption("a woman in a red top and black jeans"),
        color_of("top", "red"),
        color_of("jeans", "black"),
        wearing("a black top and black jeans", "other_garment_color", who="she"),
        details("top", "the top has a round neckline, cap sleeves and a lace trim", "unsupported"),
        describe("top", "red top Question: What is the color of the jeans? Answer: black", "leak"),
        title="United Colors of Benetton Women Solid Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: beige top with brown horizontal stripes, three-quarter sleeves, blue jeans, white backdrop; base BLIP-2,
    # colors closed
    case(
        "X729-028",
        caption("a woman in a striped top and jeans"),
        color_of("top", "beige"),
        color_of("jeans", "beige", "contradiction"),
        describe("top", "a beige and brown striped top with three quarter sleeves"),
        wearing("a striped shirt and jeans", who="she"),
        pattern("striped"),
        details("top", "the top has a button placket and a breast pocket", "unsupported"),
        title="s.Oliver Women Stripes Beige Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: magenta boat-neck top, long sleeves, tucked into grey jeans, silver flats, white backdrop; base BLIP-2,
    # colors closed
    case(
        "X729-029",
        caption("a woman in a pink top and grey jeans"),
        color_of("top", "pink"),
        color_of("jeans", "pink", "contradiction"),
        describe(
            "top",
            "a bright pink top with a boat neck and long sleeves, it is tucked into a pair of grey jeans and she is "
            "wearing a pair of silver",
            "cut",
            hit_limit=True,
        ),
        details("top", "the top has a boat neck and long sleeves and it is made of cotton", "unsupported"),
        wearing("he is wearing a pink top and grey jeans", "pronoun", who="she"),
        title="s.Oliver Women Solid Magenta Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: rust top (the seller calls it Brown) with a small white paisley print, off-white trousers, white backdrop;
    # base BLIP-2, colors closed
    case(
        "X729-030",
        caption("a woman wearing an orange printed top and white pants"),
        color_of("top", "orange"),
        color_of("trousers", "white"),
        describe("top", "a rust colored top with a white paisley print"),
        wearing("she is wearing a brown and white top and white pants", who="she"),
        is_a("top", "no", "contradiction"),
        title="s.Oliver Women Printed Brown Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: navy blue v-neck t-shirt, no pocket, white trousers, white backdrop; base BLIP-2, colors open (generate)
    case(
        "X729-031",
        caption("a woman in a navy blue t - shirt and white pants"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        color_of("trousers", "white", kind="open"),
        wearing("a navy t - shirt and white trousers", who="she"),
        describe("t-shirt", "the t - shirt is navy blue with a v - neck"),
        details("t-shirt", "the t - shirt has a pocket on the chest", "unsupported"),
        title="U.S. Polo Assn. Women Solid Navy Blue Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: plain olive green crew-neck t-shirt, no logo, short sleeves, blue jeans, white backdrop; base BLIP-2,
    # colors open
    case(
        "X729-032",
        caption("a woman wearing an olive green t - shirt and blue jeans"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("he is wearing a green t - shirt and jeans", "pronoun", who="she"),
        describe("t-shirt", "an olive green t - shirt with short sleeves"),
        details("t-shirt", "the t - shirt has a small logo on the chest", "unsupported"),
        title="United Colors of Benetton Women Solid Olive T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white lace top, lace at the sleeves and yoke, blue jeans, white backdrop; base BLIP-2, colors open
    case(
        "X729-033",
        caption("a woman wearing a white lace top and blue jeans"),
        color_of("top", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        describe("top", "lace", "non_answer"),
        details(
            "top",
            "lace on the sleeves and the neckline and the hem and the sleeves and the neckline and the hem and the",
            "loop",
            hit_limit=True,
        ),
        material("lace"),
        title="Vero Moda Women White Lace Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: lavender shirt with a regular pointed collar, long sleeves, grey trousers, white backdrop; base BLIP-2,
    # colors open
    case(
        "X729-034",
        caption("a woman in a purple shirt and purple pants", "contradiction"),
        color_of("shirt", "lavender", kind="open"),
        color_of("trousers", "gray", kind="open"),
        wearing("a purple shirt and gray pants", who="she"),
        describe("shirt", "it's a shirt", "non_answer"),
        details("shirt", "the shirt has a mandarin collar and a pocket", "unsupported"),
        title="United Colors of Benetton Women Solid Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: black t-shirt with a gold Nike swoosh on the chest, grey jeans, white backdrop; base BLIP-2, colors open
    case(
        "X729-035",
        caption("a woman in a black nike t - shirt and grey jeans"),
        color_of("t-shirt", "black and gold", kind="open"),
        color_of("jeans", "grey", kind="open"),
        describe("t-shirt", "a black t - shirt with the nike logo in gold"),
        details(
            "t-shirt",
            "the nike logo, the nike logo, the nike logo, the nike logo, the nike logo, the nike logo, the",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "black t - shirt and grey jeans Question: what is the color of the t - shirt? Answer: black",
            "leak",
            who="she",
        ),
        title="Nike Women Black Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: mint green top with puff sleeves and a square neck, front view (back unseen), white jeans, white backdrop;
    # base BLIP-2, colors open
    case(
        "X729-036",
        caption("a woman wearing a mint green top and white jeans"),
        color_of("top", "white", "other_garment_color", kind="open"),
        color_of("jeans", "white", kind="open"),
        describe("top", "a light green top with puff sleeves"),
        details("top", "the top has puff sleeves and a square neck with smocking at the back", "unsupported"),
        wearing("a green top and white jeans", who="she"),
        title="FOREVER 21 Women Sea Green Puff Sleeve Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: off-white shirt with a loosely tied bow at the neck, long buttoned cuffs, tucked into black trousers, a
    # brown handbag in her hand, white backdrop; base BLIP-2, colors open
    case(
        "X729-037",
        caption("a woman in a white shirt and black pants holding a brown bag"),
        color_of("shirt", "white", kind="open"),
        color_of("trousers", "brown", "contradiction", kind="open"),
        wearing("a white shirt, black pants and a brown bag", who="she"),
        describe("shirt", "the shirt is black", "other_garment_color"),
        details(
            "shirt",
            "the shirt has a bow at the neck which is tied in a loose knot and the sleeves are long with buttoned "
            "cuffs and the shirt is tucked into",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Off White Tie-Up Neck Shirt",
        category="Shirts",
        color="Off White",
        gender="Women",
    ),
    # photo: pink t-shirt with a white palm-tree print and the word CALIFORNIA, blue jeans, sunglasses pushed up on her
    # head, white backdrop; base BLIP-2, colors open
    case(
        "X729-038",
        caption("a woman with sunglasses on her head wearing a pink t - shirt and jeans"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("t-shirt", "a pink t - shirt with a white print of a flower", "unsupported"),
        details("t-shirt", "the t - shirt details", "restated"),
        wearing("a pink t - shirt and blue jeans", who="she"),
        title="Roadster Women Pink Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: purple polo t-shirt with white tipping on the collar, black trousers, white backdrop; base BLIP-2, colors
    # open
    case(
        "X729-039",
        caption("a woman in a purple polo shirt and black pants"),
        color_of("t-shirt", "purple", kind="open"),
        color_of("trousers", "purple", "contradiction", kind="open"),
        wearing("he is wearing a purple shirt and black pants", "pronoun", who="she"),
        describe("t-shirt", "purple polo shirt with white collar"),
        details(
            "t-shirt",
            "the polo shirt is purple the polo shirt is purple the polo shirt is purple the polo shirt is purple the",
            "loop",
            hit_limit=True,
        ),
        title="Nike Women Purple Polo Tshirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: khaki shirt with epaulettes and two flap chest pockets, worn untucked, no belt, blue jeans, white backdrop;
    # base BLIP-2, colors open
    case(
        "X729-040",
        caption("a woman wearing a khaki shirt and blue jeans"),
        color_of("shirt", "beige", kind="open"),
        color_of("jeans", "beige", "contradiction", kind="open"),
        describe("shirt", "a khaki shirt with epaulettes and two flap pockets"),
        details("shirt", "the shirt details are the details on the shirt", "restated"),
        wearing("a khaki shirt, jeans and a brown belt", "unsupported", who="she"),
        title="Roadster Women Khaki Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
        gender="Women",
    ),
    # photo: navy top with a pink floral print, flared sleeves, tie at the waist, round neck with a small front keyhole,
    # white trousers, white backdrop; base BLIP-2, colors open
    case(
        "X729-041",
        caption("a woman in a navy blue floral top and white pants"),
        color_of("top", "white", "other_garment_color", kind="open"),
        color_of("trousers", "white", kind="open"),
        describe("top", "a dark blue top with pink flowers and a tie at the waist"),
        details(
            "top",
            "the top has a tie at the waist, flared sleeves, a round neck with a small keyhole and the model is "
            "wearing it with white trousers and a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("clothes", "non_answer", who="she"),
        title="Sassafras Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey shirt with a collar, no pocket, black jeans, she sits on a wooden stool, white backdrop; base BLIP-2,
    # colors open
    case(
        "X729-042",
        caption("a woman sitting on a stool wearing a grey shirt and black jeans"),
        color_of("shirt", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        wearing("he is wearing a grey shirt and black jeans", "pronoun", who="she"),
        describe("shirt", "a grey shirt with a collar and a chest pocket", "unsupported"),
        details("shirt", "no", "non_answer"),
        title="s.Oliver Women Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Women",
    ),
    # photo: plain white crew-neck t-shirt under an open mid-blue denim jacket, black jeans, white backdrop; base
    # BLIP-2, colors open
    case(
        "X729-043",
        caption("a woman in a denim jacket and black jeans"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        wearing("a denim jacket, a white t - shirt and black jeans", who="she"),
        describe(
            "t-shirt",
            "the t - shirt is white Question: What is the color of the jacket? Answer: blue",
            "leak",
        ),
        details("t-shirt", "a plain white crew neck t - shirt"),
        title="Jealous 21 Women White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: red and black buffalo-check shirt, long sleeves, blue jeans, white backdrop; base BLIP-2, colors open
    case(
        "X729-044",
        caption("a woman wearing a red and black plaid shirt and jeans"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("shirt", "a red and black checked shirt"),
        details("shirt", "buttons", "non_answer"),
        wearing("red and black plaid shirt and blue jeans", who="she"),
        material("wool", "unsupported"),
        title="Levis Women Red Checked Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: plain black cropped top, short sleeves, high-waisted blue jeans, white backdrop; base BLIP-2, colors open;
    # the feed row has no gender
    case(
        "X729-045",
        caption("a woman wearing a black crop top and high waisted jeans"),
        color_of("top", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        wearing("a black crop top and blue jeans", who="the person"),
        describe("top", "a black crop top with a lace up front", "unsupported"),
        details("top", "the details of the top", "restated"),
        title="Only Women Black Solid Crop Top",
        category="Tops",
        color="Black",
    ),
    # photo: coral peplum top, sleeveless, blue jeans, white backdrop, front view only; base BLIP-2, colors open; the
    # feed row has no color
    case(
        "X729-046",
        caption("a woman in a blue top and jeans", "other_garment_color"),
        color_of("top", "coral", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("top", "the top is a top", "restated"),
        details("top", "the top has a peplum hem and a zip at the back", "unsupported"),
        wearing(
            "she is wearing an orange top and blue jeans Question: What is the color of the top? Answer: orange",
            "leak",
            who="she",
        ),
        title="Only Women Coral Peplum Top",
        category="Tops",
        gender="Women",
    ),
]
