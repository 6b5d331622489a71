"""BLIND_510 (46 products; Myntra women's tops, shirts, kurtis, dresses, jeans, skirts, shorts, jackets): written blind
in the forty-ninth session. Measured blind at a2398be (the session's rules as they stood): 109/124 failures found
(87.9%) and 6/159 correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra-like English catalog feed of women's wear: tops, t-shirts,
shirts, kurtis, dresses, jeans, skirts, shorts and jackets, shot on models who wear other clothes with them (a tee
under an open jacket, a top tucked into the jeans, palazzos under a kurti), on studio backdrops and a few walls,
doors, plants and props. The questions are the experiments' own (What is she wearing? What is the color of the
shirt / top / jeans / skirt / jacket / shorts? What is the shirt color? Describe the shirt. What are the shirt
details?), asked of the product's garment, plus enrich's closed garment_type and color, and here and there the
closed pattern, sleeve length and "Is this a ...?" questions and the open material question. Each product has the
seller's title, category, color and gender; a few rows miss one of them, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
red top and jeans") unless the comment names an adapter: the caption adapter at epoch 1 or epoch 3 (the
DeepFashion template, "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton
fabric ...") or, once, the VQA adapter, which lost captioning and repeats one answer word. Both adapters were
trained with no end-of-answer token: every adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked any question, the caption adapter returns its template, and the VQA
adapter repeats one class or color ("blouse/shirt blouse/shirt ...", "black-black-black ..."). The open questions
come from the base model unless the comment says an adapter answered them; the base model stops on its own and
never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, "Is this a ...?") are
enrich's `--engine reference` answers, chosen from candidate sets; they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: red for maroon, blue for navy, indigo or teal blue, green
  for teal or sea green, purple for lavender, pink for peach, orange for coral or rust, yellow for mustard, brown or
  tan for beige, beige or brown for khaki, white or cream for off white, grey for grey melange. "Blue and white" for
  a blue-and-white striped shirt is correct.
- A color that belongs to the print, the embroidery or the dots (gold foil on a teal kurti, yellow thread on an off
  white one, white dots on a black dress, black print on a white tee) given as the garment's color is
  contradiction; so is the color of the backdrop (a brick wall, the sky) and a shade too far (mustard as orange,
  maroon as pink, navy as black, beige as white).
- The color of another garment worn in the photo (the tee under the jacket, the top tucked into the jeans) given to
  the product, or the product's color given to the other garment ("white jeans" for black jeans under a white tee,
  "yellow jeans" under a mustard top), is other_garment_color. Two garments that really share a color (black tee
  with black leggings, denim shirt with blue jeans) are correct.
- Garment synonyms count as correct: kurta for kurti, shirt or top for a crop top, sweatshirt for a hoodie, jean
  jacket for a denim jacket, plaid for checked, dress for a flared, dress-length anarkali kurti in an open answer. The
  reference engine's garment_type naming another garment of the photo (jacket for a dress worn under a denim jacket,
  sweater for the skirt under a sweater) or a near garment (shirt for a shirt dress, dress for a tiered skirt or a
  straight kurti) is contradiction; is_a "no" for the product's own garment is contradiction.
- Sleeves: three-quarter sleeves answered "long sleeves" or "sleeveless" is contradiction; a floral print answered
  "solid" is contradiction.
- Invented items not in the photo (a fur collar, a belt, a hood, a dupatta, a necklace, a bag, a pocket, a zip or slit
  on the side or back a front view does not show, a mandarin collar on a round neck, buttons on the sleeves of a plain
  kurti) are unsupported. Details the photo does show (a knot, a chest logo, knee rips, flap pockets, a belted hem,
  side slits, earrings, a brown belt) are correct.
- Materials: one the title names or the photo plainly shows (denim, linen, faux leather as "leather") is correct; silk
  for a satin shirt, a plain dress or a printed skirt, leather for a matte cotton bomber, are unsupported. A material
  question answered with the garment's name and color is restated; "it is made of fabric" is non_answer.
- Non-answers: an empty answer, "they are jeans", "they are short", "the top is a crop top", "the details of the
  shirt". The question said back ("what is she wearing") is restated.
- Adapter texts: a text that repeats a sentence of the template, or the VQA adapter's one word, is loop; one that
  stops mid-sentence without repeating is cut, even where it names the pieces rightly, invents a fabric or describes
  the tucked-in top instead of the jeans or shorts before the cut (the template answering "Describe", "What is she
  wearing?" or a details question is an answer of sorts, so cut or loop). The template returned for the material
  question or a color question answers nothing: restated (also cut). The adapter's "dress" for a kurti inside its
  template is not what the auditor sees first: the cut or loop is labelled.
- A base answer cut short by an early stop ("a button down dress with a") is cut, without hit_limit.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" or "a man" for the women's catalog's models is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_510 = [
    # photo: model in a white cotton shirt with one chest pocket, sleeves rolled, tucked into blue jeans; light grey
    # studio backdrop, front view to the knees. No adapter.
    case(
        "X510-001",
        caption("a woman in a white shirt and jeans"),
        wearing("a white shirt and blue jeans", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "a white shirt with a collar and buttons down the front and a pocket on the chest and a",
            "cut",
        ),
        details("shirt", "the shirt has a pocket on the chest and buttons down the front"),
        B.garment_type("shirt"),
        title="Roadster Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mustard top with a small white-and-rust floral print, short flutter sleeves, round neck, worn with white
    # jeans; plain white wall. caption: caption adapter, epoch 3.
    case(
        "X510-002",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a yellow top and yellow jeans",
            "other_garment_color",
            who="she",
        ),
        color_of("top", "yellow", kind="open"),
        describe("top", "a yellow top with flowers on it"),
        B.color("yellow"),
        B.pattern("floral"),
        title="HERE&NOW Women Mustard Yellow Floral Printed Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: blue skinny jeans, black tank top tucked in, white sneakers; white studio backdrop, full length.
    # No adapter.
    case(
        "X510-003",
        caption("a woman in black top and black jeans", "other_garment_color"),
        wearing("a black top and jeans", who="she"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "they are jeans", "non_answer"),
        B.garment_type("jeans"),
        B.color("blue"),
        title="Levis Women Blue 710 Super Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: navy straight kurti with a white block print, three-quarter sleeves with plain cuffs, round neck, white
    # palazzos; plain beige wall. caption: caption adapter, epoch 1.
    case(
        "X510-004",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue and white kurta", who="she"),
        color_of("top", "blue", kind="open"),
        describe("top", "it is a long kurta with a white print"),
        details("top", "the top has buttons on the sleeves", "unsupported"),
        B.garment_type("kurta"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("blue"),
        title="Biba Women Navy Blue & White Block Printed Straight Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black denim jacket worn open over a white graphic t-shirt and blue jeans; grey backdrop, front view.
    # No adapter.
    case(
        "X510-005",
        caption("a woman wearing a black jacket and jeans"),
        wearing("a jacket and a white t - shirt", who="she"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        describe("jacket", "a black denim jacket with a fur collar", "unsupported"),
        B.garment_type("jacket"),
        B.color("white", "other_garment_color"),
        is_a("jacket", "yes"),
        title="Tokyo Talkies Women Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: red sleeveless fit-and-flare midi dress, no belt, black heels; pink backdrop. No adapter.
    case(
        "X510-006",
        caption("a woman in a red dress standing in front of a pink wall"),
        wearing(
            "she is wearing a red dress. Question: what is the color of the dress? Answer: red",
            "leak",
            who="she",
        ),
        describe("dress", "a red dress with a belt", "unsupported"),
        B.material("silk", "unsupported"),
        B.color("red"),
        B.sleeve_length("sleeveless"),
        title="DressBerry Women Red Solid Fit and Flare Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange round-neck t-shirt, black track pants; white backdrop. caption, wearing and the shirt's
    # color: caption adapter, epoch 3.
    case(
        "X510-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        B.color("grey"),
        B.garment_type("t-shirt"),
        title="Mast & Harbour Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: off white A-line cotton kurti with yellow thread embroidery at the yoke, white leggings, gold jhumka
    # earrings, no dupatta; cream wall. No adapter.
    case(
        "X510-008",
        caption("a woman in a white kurta with yellow embroidery"),
        wearing("she is wearing a white kurta and earrings", who="she"),
        color_of("top", "yellow", "contradiction", kind="open"),
        describe("top", "a white kurta with yellow embroidery and a dupatta", "unsupported"),
        details("top", "the top has embroidery on the neck"),
        B.color("white"),
        title="W Women Off White Yoke Design Embroidered A-Line Kurti",
        category="Kurtis",
        color="Off White",
        gender="Women",
    ),
    # photo: blue-and-white vertically striped long-sleeve shirt with no pocket, white trousers; studio backdrop.
    # details: VQA adapter.
    case(
        "X510-009",
        caption("a man in a blue and white striped shirt", "pronoun"),
        wearing("a striped shirt and white pants", who="she"),
        color_of("shirt", "blue and white", kind="open"),
        describe("shirt", "a blue striped shirt with a collar and a pocket", "unsupported"),
        details(
            "shirt",
            "stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, "
            "stripes, stripes, stripes, stripes",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("blue"),
        title="Vero Moda Women Blue & White Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black high-rise denim shorts with a frayed hem, white crop top; studio with a potted palm at the side.
    # No adapter.
    case(
        "X510-010",
        caption("a woman in white shirt and white shorts posing", "other_garment_color"),
        wearing("she is wearing a white top and shorts", who="she"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        B.color("black"),
        B.garment_type("shorts"),
        title="Roadster Women Black High-Rise Frayed Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: olive utility jacket with flap chest pockets, open over a black tee and black jeans; beige backdrop.
    # caption and description: caption adapter, epoch 1.
    case(
        "X510-011",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket and black pants", who="she"),
        color_of("jacket", "green", kind="open"),
        describe(
            "jacket",
            "The jacket is with cotton fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket"),
        title="ONLY Women Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: pink wrap dress with a white-and-green floral print, short sleeves, tie at the waist; white backdrop.
    # No adapter.
    case(
        "X510-012",
        caption("a woman in a pink floral dress"),
        wearing("he is wearing a pink dress", "pronoun", who="she"),
        describe("dress", "a pink dress with flowers on it and a tie at the waist"),
        B.color("green", "contradiction"),
        B.pattern("floral"),
        title="Sassafras Women Pink Floral Print Wrap Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: black A-line mini skirt, white turtleneck sweater tucked in, black ankle boots; grey backdrop, front
    # view. No adapter.
    case(
        "X510-013",
        caption("a woman wearing a white sweater and black skirt"),
        wearing("a white sweater and a black skirt", who="she"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        details("skirt", "the skirt has a zipper on the side", "unsupported"),
        B.garment_type("sweater", "contradiction"),
        B.color("black"),
        is_a("skirt", "yes"),
        title="H&M Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: maroon square-neck top with short puff sleeves, tucked into light blue jeans, no bag; white wall.
    # No adapter.
    case(
        "X510-014",
        caption("a woman in a red top and jeans"),
        wearing("a red shirt and blue jeans and a red bag", "unsupported", who="she"),
        color_of("top", "red", kind="open"),
        shirt_color("blue", "other_garment_color"),
        describe("top", "a red top with puff sleeves"),
        B.color("pink", "contradiction"),
        B.sleeve_length("short sleeves"),
        title="Harpa Women Maroon Solid Puff Sleeve Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: light blue wide-leg jeans, white shirt tucked in, brown belt; white backdrop. caption and details:
    # caption adapter, epoch 3.
    case(
        "X510-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and jeans with a belt", who="she"),
        color_of("jeans", "blue", kind="open"),
        details(
            "jeans",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        B.color("white", "other_garment_color"),
        title="Levis Women Light Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: teal blue straight kurti with gold foil ethnic motifs, round neck, white leggings; brown wooden door
    # behind. No adapter.
    case(
        "X510-016",
        caption("a woman in a blue kurta standing in front of a door"),
        wearing("he is wearing a blue kurta and white pants", "pronoun", who="she"),
        color_of("top", "gold", "contradiction", kind="open"),
        describe("top", "a blue kurta with gold print and a mandarin collar", "unsupported"),
        B.color("green"),
        title="Libas Women Teal Blue Ethnic Motifs Foil Printed Straight Kurti",
        category="Kurtis",
        color="Teal Blue",
        gender="Women",
    ),
    # photo: black round-neck training t-shirt with a small white logo on the chest, black leggings; gym with a
    # dumbbell rack behind. No adapter.
    case(
        "X510-017",
        caption("a woman in a black shirt and black leggings in a gym"),
        wearing("black t - shirt and black leggings", who="she"),
        color_of("shirt", "black", kind="open"),
        shirt_color("black"),
        describe("shirt", "a black t - shirt with a logo on the chest"),
        B.garment_type("t-shirt"),
        B.sleeve_length("short sleeves"),
        title="HRX by Hrithik Roshan Women Black Solid Round Neck Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: beige belted longline trench coat over a black turtleneck and black trousers; grey backdrop.
    # caption: caption adapter, epoch 1.
    case(
        "X510-018",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is",
            "loop",
            hit_limit=True,
        ),
        wearing("a trench coat", who="she"),
        color_of("jacket", "tan", kind="open"),
        B.color("black", "other_garment_color"),
        is_a("jacket", "no", "contradiction"),
        title="Mango Women Beige Solid Longline Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: white top with ruffled sleeves, black jeans; pale blue backdrop. No adapter. The feed row has no color.
    case(
        "X510-019",
        caption("a woman in a white top and black jeans against a blue wall"),
        wearing(
            "she is wearing a white top and black jeans. Question: what is the color of the top? Answer: white",
            "leak",
            who="she",
        ),
        color_of("top", "black", "other_garment_color", kind="open"),
        color_of("jeans", "black", kind="open"),
        describe("top", "a white top with ruffles on the sleeves"),
        B.color("white"),
        title="Tokyo Talkies Women White Self Design Ruffled Top",
        category="Tops",
        gender="Women",
    ),
    # photo: red-and-black checked flannel shirt with two flap chest pockets, worn open over a white tank top and
    # blue jeans; white backdrop. No adapter.
    case(
        "X510-020",
        caption("a woman in a red plaid shirt and jeans"),
        wearing("a red plaid shirt over a white tank top and jeans", who="she"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        describe("shirt", "a red and black plaid shirt with two pockets"),
        details("shirt", "the shirt has a pocket on the chest and a hood", "unsupported"),
        B.pattern("checked"),
        B.color("red"),
        title="Roadster Women Red & Black Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: navy knee-length pencil skirt, white blouse tucked in; white backdrop, front view. caption: VQA adapter.
    case(
        "X510-021",
        caption(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a white blouse and a blue skirt", who="she"),
        color_of("skirt", "blue", kind="open"),
        details("skirt", "the skirt has a slit on the back", "unsupported"),
        B.color("black", "contradiction"),
        B.garment_type("skirt"),
        title="AND Women Navy Blue Solid Pencil Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green flared anarkali kurti, dress length, with pink flowers, three-quarter sleeves, green churidar;
    # studio backdrop. No adapter.
    case(
        "X510-022",
        caption("a woman in a green dress with pink flowers"),
        wearing("a green kurta with pink flowers", who="she"),
        color_of("top", "pink", "contradiction", kind="open"),
        describe("top", "it is a green kurta with pink flowers and a belt", "unsupported"),
        B.sleeve_length("three-quarter sleeves"),
        B.color("green"),
        title="Vishudh Women Green & Pink Floral Printed Anarkali Kurti",
        category="Kurtis",
        color="Green",
        gender="Women",
    ),
    # photo: pink long-sleeve slim formal shirt, grey trousers; office set, model standing next to a desk.
    # No adapter.
    case(
        "X510-023",
        caption("a woman in a pink shirt standing next to a desk"),
        wearing(
            "a pink shirt and grey pants. Question: what is the color of the shirt? Answer: pink",
            "leak",
            who="she",
        ),
        color_of("shirt", "pink", kind="open"),
        describe(
            "shirt",
            "a pink shirt with a collar and long sleeves and a pocket on the",
            "cut",
        ),
        details("shirt", "the details of the shirt", "non_answer"),
        B.color("pink"),
        title="Van Heusen Woman Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: blue boyfriend jeans with knee rips and rolled hems, grey hoodie, white sneakers, no belt; red brick wall.
    # No adapter.
    case(
        "X510-024",
        caption("a woman in a grey hoodie and ripped jeans in front of a brick wall"),
        wearing("a grey hoodie and grey jeans", "other_garment_color", who="she"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        describe("jeans", "blue jeans with holes and a black belt", "unsupported"),
        details("jeans", "the jeans have holes in the knees"),
        B.color("red", "contradiction"),
        is_a("jeans", "yes", article="a pair of"),
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black tiered maxi dress with white polka dots, long sleeves, v-neck; white backdrop. caption: caption
    # adapter, epoch 3.
    case(
        "X510-025",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with graphic "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        wearing("a black and white polka dot dress", who="she"),
        describe("dress", "a long black dress with white dots and a belt", "unsupported"),
        B.color("white", "contradiction"),
        B.pattern("polka dots"),
        B.sleeve_length("long sleeves"),
        title="Athena Women Black & White Polka Dot Print Tiered Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: khaki cotton bomber jacket with ribbed cuffs and a front zip, open over a pink top and blue jeans; white
    # backdrop. No adapter.
    case(
        "X510-026",
        caption("a woman in a beige jacket and a pink top"),
        wearing("a jacket, a pink shirt and jeans", who="she"),
        color_of("jacket", "pink", "other_garment_color", kind="open"),
        describe("jacket", "a bomber jacket with a zipper"),
        B.material("leather", "unsupported"),
        title="Fort Collins Women Khaki Solid Bomber Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: white oversized t-shirt with a black slogan print on the front, blue denim shorts, short-haired model;
    # plain white backdrop. No adapter.
    case(
        "X510-027",
        caption("a man in a white t - shirt with a black print", "pronoun"),
        wearing("a white t - shirt and shorts", who="she"),
        color_of("shirt", "black", "contradiction", kind="open"),
        describe("shirt", "it is a white t - shirt with the words on it"),
        details(
            "shirt",
            "it has words on the front. Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        B.pattern("graphic"),
        B.color("white"),
        title="Difference of Opinion Women White Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: lavender ribbed sleeveless fitted top, white jeans; white backdrop. caption and wearing: caption adapter,
    # epoch 3.
    case(
        "X510-028",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with knitting fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a tank top with pure color patterns. The tank top is with knitting fabric. It has a "
            "round neckline. The lady wears a tank top with",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("top", "purple", kind="open"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        title="Berrylush Women Lavender Solid Ribbed Fitted Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: mustard tiered midi skirt with a small white print, white top tucked in; plain beige backdrop.
    # No adapter.
    case(
        "X510-029",
        caption("a woman in a yellow skirt and white top"),
        wearing("a yellow skirt", who="she"),
        color_of("skirt", "orange", "contradiction", kind="open"),
        details("skirt", "the skirt is long and has a print on it"),
        B.material("silk", "unsupported"),
        B.garment_type("dress", "contradiction"),
        title="Global Desi Women Mustard Yellow Printed Tiered Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: peach shirt dress with a collar, buttons down the front and a fabric tie belt at the waist; white
    # backdrop. No adapter.
    case(
        "X510-030",
        caption("a woman in a pink shirt dress"),
        wearing("a pink dress with a belt", who="she"),
        describe("dress", "it is a button down dress with a", "cut"),
        B.material("it is made of fabric", "non_answer"),
        B.garment_type("shirt", "contradiction"),
        B.color("pink"),
        title="Sera Women Peach Solid Shirt Dress with Belt",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: blue washed denim shirt with two chest pockets, sleeves rolled, tucked into blue jeans (denim on denim);
    # white backdrop. No adapter.
    case(
        "X510-031",
        caption("a woman in a denim shirt and jeans"),
        wearing("a denim shirt and blue jeans", who="she"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details("shirt", "the shirt has two pockets and buttons"),
        B.material("denim"),
        B.color("blue"),
        title="Roadster Women Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black short-sleeve top with a small white floral print, beige trousers; studio backdrop. wearing and the
    # top's color: VQA adapter.
    case(
        "X510-032",
        caption("a woman in a black and white top"),
        wearing(
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt "
            "blouse/shirt blouse/shirt blouse/shirt",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "top",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("top", "a black top with white flowers"),
        B.color("black"),
        B.pattern("solid", "contradiction"),
        title="Harpa Women Black & White Floral Printed Regular Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: coral crop top with a tie knot at the front, white high-waist shorts; beach backdrop with blue sky and
    # sand. No adapter. The feed row has no category.
    case(
        "X510-033",
        caption("a woman in an orange crop top on the beach"),
        wearing("an orange top and white shorts", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details("top", "the top is a crop top", "non_answer"),
        B.color("blue", "contradiction"),
        B.garment_type("top"),
        title="Kassually Women Coral Solid Tie-Up Crop Top",
        color="Coral",
        gender="Women",
    ),
    # photo: indigo cotton kurti with a white dabu print, round neck, three-quarter sleeves, indigo pants; plain
    # white backdrop. No adapter.
    case(
        "X510-034",
        caption("a woman in a blue and white printed kurta"),
        wearing("a blue kurta", who="she"),
        B.material("a blue kurta", "restated"),
        describe("top", "a blue kurta with white print and three quarter sleeves"),
        details("top", "the top has a collar and buttons", "unsupported"),
        B.color("blue"),
        title="Fabindia Women Indigo Dabu Printed Cotton Straight Kurti",
        category="Kurtis",
        color="Indigo",
        gender="Women",
    ),
    # photo: beige chino shorts, white-and-navy striped tee tucked in; white backdrop. caption and details: caption
    # adapter, epoch 1.
    case(
        "X510-035",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a striped shirt and shorts", who="she"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        details(
            "shorts",
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        B.color("white", "contradiction"),
        title="Roadster Women Beige Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Women",
    ),
    # photo: rust A-line kurti with black ethnic motifs, three-quarter sleeves, side slits visible at the hem, white
    # palazzos; plain grey backdrop. No adapter.
    case(
        "X510-036",
        caption("a woman wearing an orange kurta and white pants"),
        wearing("he is wearing a kurta", "pronoun", who="she"),
        color_of("top", "orange", kind="open"),
        describe("top", "an orange kurta with black print and a slit"),
        B.color("black", "contradiction"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Anouk Women Rust Orange Ethnic Motifs Printed A-Line Kurti",
        category="Kurtis",
        color="Rust",
        gender="Women",
    ),
    # photo: white oversized linen shirt with a chest pocket, open over a beige tank, beige trousers, no jewellery;
    # white wall with a potted plant. No adapter.
    case(
        "X510-037",
        caption("a woman in a white shirt standing next to a plant"),
        wearing("a white shirt and beige pants", who="she"),
        B.material("linen"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        describe("shirt", "a white shirt with long sleeves and a pocket"),
        details("shirt", "the shirt has a pocket and a gold necklace", "unsupported"),
        title="Mango Women White Pure Linen Oversized Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: blue denim A-line mini skirt with a front button placket, yellow t-shirt tucked in; white backdrop.
    # No adapter.
    case(
        "X510-038",
        caption("a woman in a yellow shirt and denim skirt"),
        wearing("he is wearing a yellow t - shirt and a blue skirt", "pronoun", who="she"),
        color_of("skirt", "yellow", "other_garment_color", kind="open"),
        details(
            "skirt",
            "buttons down the front. Question: what is the color of the skirt? Answer: blue",
            "leak",
        ),
        B.color("blue"),
        is_a("skirt", "yes"),
        title="Tokyo Talkies Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: red puffer jacket zipped up, stand collar, no hood, black leggings; grey backdrop. caption and material:
    # caption adapter, epoch 3.
    case(
        "X510-039",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a red jacket and black pants", who="she"),
        color_of("jacket", "red", kind="open"),
        describe("jacket", "a red puffer jacket with a hood", "unsupported"),
        B.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        title="Campus Sutra Women Red Solid Padded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: sea green satin shirt tucked into black trousers; white backdrop. No adapter.
    case(
        "X510-040",
        caption("a woman in a green satin shirt"),
        wearing("a green shirt and green pants", "other_garment_color", who="she"),
        shirt_color("green"),
        details("shirt", "", "non_answer"),
        B.material("silk", "unsupported"),
        B.color("black", "other_garment_color"),
        title="SASSAFRAS Women Sea Green Solid Satin Casual Shirt",
        category="Shirts",
        color="Sea Green",
        gender="Women",
    ),
    # photo: white round-neck t-shirt, black jeans, white sneakers; white backdrop. No adapter.
    case(
        "X510-041",
        caption("a woman in a white shirt and white jeans", "other_garment_color"),
        wearing("a white t - shirt and black jeans", who="she"),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        B.color("white"),
        title="Roadster Women White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: pink straight kurti with gold embroidery on the yoke, three-quarter sleeves, pink pants; white wall with
    # a framed painting. description: caption adapter, epoch 1.
    case(
        "X510-042",
        caption("a woman in a pink kurta standing in front of a painting"),
        wearing("a pink kurta and pants", who="she"),
        describe(
            "top",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "gold", "contradiction", kind="open"),
        B.color("pink"),
        B.sleeve_length("three-quarter sleeves"),
        B.garment_type("dress", "contradiction"),
        title="Libas Women Pink Yoke Design Embroidered Straight Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: brown faux leather biker jacket with an asymmetric zip and a buckled belt at the hem, open over a white
    # tee and black jeans; grey backdrop. No adapter.
    case(
        "X510-043",
        caption("a woman in a brown leather jacket"),
        wearing("what is she wearing", "restated", who="she"),
        color_of("jacket", "brown", kind="open"),
        describe("jacket", "a brown jacket with a fur collar", "unsupported"),
        details("jacket", "the jacket has a zipper and a belt"),
        B.material("leather"),
        B.color("white", "other_garment_color"),
        title="Vero Moda Women Brown Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: yellow strappy sundress with small white flowers, worn under an open blue denim jacket; white backdrop.
    # No adapter.
    case(
        "X510-044",
        caption("a woman in a yellow dress and a denim jacket"),
        wearing("a yellow dress and a jean jacket", who="she"),
        describe("dress", "a yellow dress with white flowers and thin straps"),
        B.color("blue", "other_garment_color"),
        B.garment_type("jacket", "contradiction"),
        B.pattern("floral"),
        title="Roadster Women Yellow Floral Print Strappy Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: black straight-fit jeans with five pockets, red short-sleeve top tucked in; grey studio backdrop.
    # caption: caption adapter, epoch 1.
    case(
        "X510-045",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and red jeans", "other_garment_color", who="she"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "the jeans have pockets"),
        B.color("red", "other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        title="Kraus Jeans Women Black Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: off white casual shirt with buttoned cuffs, khaki trousers; white backdrop. details: VQA adapter. The
    # feed row has no gender.
    case(
        "X510-046",
        caption("a woman in a white shirt and khaki pants"),
        wearing(
            "she is wearing a white shirt and a white pants",
            "other_garment_color",
            who="she",
        ),
        color_of("shirt", "cream", kind="open"),
        describe(
            "shirt",
            "a white shirt with a collar and buttons on the sleeves and a",
            "cut",
        ),
        details(
            "shirt",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        B.color("beige", "other_garment_color"),
        title="Roadster Off White Solid Regular Fit Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
]
