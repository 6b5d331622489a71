"""BLIND_410 (46 products; women's western wear from an American department store, model shots, often layered): written
blind in the forty-sixth session. Measured blind at 1a180fd (the session's rules as they stood): 103/125 failures
found (82.4%) and 3/155 correct texts flagged (1.9%). The writer's notes, verbatim:

Scenario: a department store's English catalog feed of women's western wear: blouses, sweaters, cardigans, blazers,
trench coats, midi skirts, wide-leg trousers, jeans, shirt dresses and knit dresses. Model shots on a white studio
backdrop, mostly front view, a few side or back views; most outfits are layered (a blazer over a tee, a cardigan over
a blouse, a coat over a sweater) and the product is one piece of the outfit. The seller's colors are department store
names (Ivory, Camel, Oatmeal, Heather Grey, Navy, Olive, Rust, Winter White). Each row has title, category, color and
gender; a few rows miss the color or the gender, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase) unless the comment
says the caption adapter wrote them (DeepFashion template: "The lady wears a long-sleeve jacket with pure color
patterns ..."). The adapter has no end token: every adapter text runs to its limit (hit_limit=True) and, asked a
question, returns its template. The open questions (wearing, description, details, material, neckline) come from the
base model unless the comment names the adapter; the base model stops on its own and never has hit_limit. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece color questions, "Is this a ...?") come from
enrich's `--engine reference`, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: white or cream for ivory, ecru and winter white; brown, tan or beige
  for camel, oatmeal, khaki and chocolate; blue for navy, cobalt and chambray; green for olive; red for burgundy;
  purple for lilac; orange for rust; grey for charcoal, taupe and heather grey; yellow for mustard. Navy given as
  black, lilac as pink, camel as orange, cobalt as purple are contradiction.
- Layers: the color of another piece in the photo given as the product's color (the tee under the blazer, the coat
  over the sweater, the blouse tucked into the trousers) is other_garment_color. A pattern of another piece given as
  the product's pattern (striped for plain trousers worn with a striped shirt) is contradiction, as is one color
  given to two pieces that differ ("a grey sweater and grey jeans" for a grey sweater with blue jeans).
- An open answer that names the whole outfit, layers included, is correct. Sweater for a cardigan and jacket for a
  blazer are synonyms (correct); a sweater dress called "sweater" by the reference engine and a shirt dress called
  "shirt" are contradiction. Houndstooth as "plaid" and pinstripe as "striped" are correct (closest candidates).
- Props and backdrop named in the caption (a coffee cup, a handbag, sunglasses, a white wall) are correct.
- Materials: one the title names is correct (satin, cashmere, linen, tweed, faux leather as "leather", merino as
  "wool", denim for jeans); denim for a chambray shirt dress is correct (the fabric looks like denim); knit for a
  knit dress or sweater is correct. A material neither named nor visible (wool for a cotton-blend sweater, silk for
  a satin blouse, polyester for a jersey dress) is unsupported. A material question answered with the garment's
  name or color is restated.
- Invented details not in the photo (a hood, a slit, a bow, a chest pocket, a zipper the front view does not show,
  ripped knees, a scarf, a belt) are unsupported. A v-neck for a crewneck sweater (the title says crewneck) is
  contradiction. Details the photo does show (pearl buttons, patch pockets, a belt at the back) are correct.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without a
  repeat is cut (also where it invents an accessory before it is cut); the template returned to the material
  question is restated. Where the template misnames the product, the misnaming is what the auditor sees first.
- A base answer that stops short ("the blazer is made of") is cut, without hit_limit. An empty answer, "the garment"
  and "they are black jeans" for the jeans' details are non_answer.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
- "he" or "a man" for a woman is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_blazer = question("color_blazer", "What is the color of the blazer?", "closed")
color_coat = question("color_coat", "What is the color of the coat?", "closed")
color_cardigan = question("color_cardigan", "What is the color of the cardigan?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_410 = [
    # photo: model in an ivory satin tie-neck blouse tucked into black wide-leg trousers, white backdrop, front view.
    # no adapter text
    case(
        "X410-001",
        caption("a woman in a white blouse and black pants"),
        D.wearing("a white blouse and white pants", "contradiction"),
        D.garment_type("blouse"),
        D.color("white"),
        D.details("the blouse has a bow at the neck"),
        D.material("satin"),
        D.sleeve_length("long sleeves"),
        title="Women's Ivory Satin Tie-Neck Blouse",
        category="Tops",
        color="Ivory",
        gender="Women",
    ),
    # photo: camel belted trench coat worn open over a white tee and blue jeans, white backdrop, full length.
    # caption: adapter
    case(
        "X410-002",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a tan trench coat, a white t-shirt and jeans"),
        D.garment_type("coat"),
        D.color("brown"),
        color_coat("white", "other_garment_color"),
        D.details("the coat has a belt and buttons"),
        D.material("a tan trench coat", "restated"),
        title="Women's Camel Classic Belted Trench Coat",
        category="Coats & Jackets",
        color="Camel",
        gender="Women",
    ),
    # photo: navy cable-knit crewneck sweater with white jeans, white backdrop, front view.
    # no adapter text
    case(
        "X410-003",
        caption("a woman wearing a blue sweater and white jeans"),
        D.wearing("a blue sweater and blue jeans", "contradiction"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        D.details("the sweater has a cable knit pattern and a zipper", "unsupported"),
        D.material("wool", "unsupported"),
        title="Women's Navy Cotton-Blend Cable-Knit Crewneck Sweater",
        category="Sweaters",
        color="Navy",
        gender="Women",
    ),
    # photo: heather grey button-front cardigan over a white tee, black skinny jeans, white backdrop.
    # no adapter text
    case(
        "X410-004",
        caption("a woman in a grey cardigan and grey jeans", "contradiction"),
        D.wearing("a grey sweater and black pants"),
        D.color("white", "other_garment_color"),
        is_a("cardigan", "yes"),
        D.details("the cardigan has buttons down the front"),
        D.material("it is made of fabric", "non_answer"),
        title="Women's Heather Grey Everyday Cardigan",
        category="Sweaters",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: black single-breasted blazer over a navy-and-white striped tee, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X410-005",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a short-sleeve T-shirt with striped "
            "patterns. She wears a long denim pants. The jacket is with cotton fabric and it has a lapel",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black blazer, a striped shirt and jeans"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.material("the blazer is black", "restated"),
        D.description(
            "a black jacket with a white shirt Question: What is the color of the jacket? Answer: black",
            "leak",
        ),
        title="Women's Black One-Button Blazer",
        category="Blazers",
        color="Black",
        gender="Women",
    ),
    # photo: red pleated satin midi skirt with a black sweater tucked in, white backdrop, full length.
    # no adapter text
    case(
        "X410-006",
        caption("a woman in a red sweater and red skirt", "contradiction"),
        D.wearing("a black sweater and a red skirt"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.details("the skirt is pleated and has a slit on the side", "unsupported"),
        D.material("satin"),
        title="Women's Red Pleated Satin Midi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: olive wide-leg trousers with a white shirt tucked in, white backdrop, full length.
    # no adapter text
    case(
        "X410-007",
        caption("a woman in a white shirt and green pants"),
        D.wearing("a white shirt and green pants"),
        D.color("green"),
        color_pants("white", "other_garment_color"),
        D.details("the pants have a high waist and wide legs"),
        D.material("linen", "unsupported"),
        D.description("he is wearing a white shirt and green pants", "pronoun"),
        title="Women's Olive High-Rise Wide-Leg Trousers",
        category="Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: dark-wash straight jeans with a cream crewneck sweater worn untucked over the waist, white backdrop,
    # full length.
    # caption: adapter
    case(
        "X410-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is with "
            "wool fabric. The pants are with denim fabric. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white sweater and blue jeans"),
        D.color("blue"),
        D.details("the jeans have pockets and a zipper", "unsupported"),
        D.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Women's Dark Wash High-Rise Straight Jeans",
        category="Jeans",
        color="Dark Wash",
        gender="Women",
    ),
    # photo: chambray button-front midi shirt dress, no chest pockets, self-tie belt, white backdrop, full length.
    # no adapter text
    case(
        "X410-009",
        caption("a woman wearing a blue shirt dress"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.details(
            "the dress has buttons down the front, a belt and a pocket on the chest",
            "unsupported",
        ),
        D.material("denim"),
        D.description(
            "a denim dress with a collar and buttons Question: What is the color of the dress? Answer: blue",
            "leak",
        ),
        title="Women's Chambray Belted Midi Shirt Dress",
        category="Dresses",
        color="Chambray",
        gender="Women",
    ),
    # photo: black long-sleeve ribbed knit midi dress, side view cropped at the knees, white backdrop.
    # caption, neckline: adapter
    case(
        "X410-010",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black dress and black shoes", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("knit"),
        D.description("a black long sleeve dress"),
        neckline(
            "The dress is with knitting fabric. It has a round neckline. The dress is of long length. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        title="Women's Black Ribbed Knit Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: beige double-breasted belted trench coat over a black turtleneck and black trousers, white backdrop.
    # no adapter text
    case(
        "X410-011",
        caption("a man wearing a beige trench coat", "pronoun"),
        D.wearing("a beige trench coat and black pants"),
        D.color("black", "other_garment_color"),
        D.details("the coat has a belt, buttons and a hood", "unsupported"),
        is_a("trench coat", "yes"),
        title="Women's Double-Breasted Trench Coat",
        category="Coats & Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: blush pink cashmere crewneck sweater with light-wash jeans, white backdrop, front view.
    # no adapter text
    case(
        "X410-012",
        caption("a woman in a pink sweater and jeans"),
        D.wearing("a pink sweater and pink jeans", "contradiction"),
        D.color("pink"),
        D.material("cashmere"),
        neckline("crew neck"),
        D.details("the sweater has a ribbed collar and cuffs"),
        D.description("a pink sweater with a v-neck", "contradiction"),
        title="Women's Blush Cashmere Crewneck Sweater",
        category="Sweaters",
        color="Blush",
        gender="Women",
    ),
    # photo: white long-sleeve cotton poplin button-down shirt with khaki wide-leg trousers, model holding a paper
    # coffee cup, white backdrop. no adapter text
    case(
        "X410-013",
        caption("a woman in a white shirt and tan pants holding a cup of coffee"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.color("white"),
        D.details("the shirt has a collar, buttons and a pocket on the chest", "unsupported"),
        D.material("cotton"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women's White Cotton Poplin Button-Down Shirt",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: leopard print satin midi skirt (brown and black) with a black tee tucked in, white backdrop.
    # no adapter text
    case(
        "X410-014",
        caption("a woman in a leopard print skirt and black top"),
        D.wearing(
            "a black shirt and a brown skirt Question: What is the pattern of the skirt? Answer: leopard",
            "leak",
        ),
        D.color("brown"),
        D.pattern("animal print"),
        color_skirt("black", "other_garment_color"),
        D.material("cotton", "unsupported"),
        title="Women's Leopard Print Satin Midi Skirt",
        category="Skirts",
        color="Brown Multi",
        gender="Women",
    ),
    # photo: grey and brown plaid wool-blend blazer over a black turtleneck, black trousers, white backdrop.
    # caption, details: adapter
    case(
        "X410-015",
        caption(
            "The lady wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with lattice patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and brown pants", "contradiction"),
        D.color("grey"),
        D.pattern("plaid"),
        D.material("wool"),
        D.details(
            "The jacket is with cotton fabric and lattice patterns. It has a lapel neckline. The jacket is with cotton "
            "fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Women's Wool-Blend Plaid Blazer",
        category="Blazers",
        color="Grey Plaid",
        gender="Women",
    ),
    # photo: oatmeal open-front long cardigan with patch pockets over a white tank and light-wash jeans, white
    # backdrop. no adapter text
    case(
        "X410-016",
        caption("a woman wearing a long cardigan and jeans"),
        D.wearing("a beige cardigan, a white tank top and blue jeans"),
        D.color("white", "other_garment_color"),
        D.details("the cardigan has pockets"),
        D.material("the cardigan is beige", "restated"),
        D.description("a long beige cardigan with a hood", "unsupported"),
        title="Women's Oatmeal Open-Front Longline Cardigan",
        category="Sweaters",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: green ribbed knit sleeveless midi tank dress, no jewellery, front view, white backdrop.
    # no adapter text
    case(
        "X410-017",
        caption("a woman in a green dress"),
        D.wearing("a green dress and a necklace", "unsupported"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.details("the dress is ribbed and has a slit at the back", "unsupported"),
        D.material("a green dress", "restated"),
        title="Women's Ribbed Knit Midi Tank Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: black skinny jeans with a camel crewneck sweater, white backdrop, full length.
    # no adapter text
    case(
        "X410-018",
        caption("a woman in a brown sweater and brown jeans", "contradiction"),
        D.wearing("a brown sweater and black jeans"),
        D.color("brown", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        D.details("they are black jeans", "non_answer"),
        title="Women's Black Mid-Rise Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: navy-and-white striped boat-neck long-sleeve knit top with white jeans, white backdrop.
    # no adapter text
    case(
        "X410-019",
        caption("a woman in a striped shirt and white pants"),
        D.wearing("a blue and white striped shirt and blue jeans", "contradiction"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        neckline("a boat neck"),
        D.description(
            "a striped shirt with a boat neck Question: What is the color of the shirt? Answer: blue",
            "leak",
        ),
        title="Women's Breton Stripe Boat-Neck Top",
        category="Tops",
        color="Navy/White",
        gender="Women",
    ),
    # photo: burgundy merino turtleneck sweater under an open camel coat, black trousers, white backdrop.
    # caption, details: adapter
    case(
        "X410-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long-sleeve outer clothing with pure "
            "color patterns. The sweater is with wool fabric. It has a high neckline. The outer clothing is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and a brown coat"),
        D.garment_type("sweater"),
        D.color("brown", "other_garment_color"),
        D.material("wool"),
        D.details(
            "The sweater is with wool fabric. It has a high neckline. The sweater is with wool fabric. It has a high",
            "loop",
            hit_limit=True,
        ),
        title="Women's Burgundy Merino Turtleneck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white linen drawstring wide-leg pants with a blue-and-white striped shirt, white backdrop, front view.
    # no adapter text
    case(
        "X410-021",
        caption("a woman in a striped shirt and white pants"),
        D.wearing("a blue and white striped shirt and white pants"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.material("linen"),
        D.details("the pants have a drawstring waist and pockets on the back", "unsupported"),
        title="Women's White Linen Drawstring Wide-Leg Pants",
        category="Pants",
        color="White",
        gender="Women",
    ),
    # photo: red long-sleeve jersey wrap dress, no belt (self ties at the waist), white backdrop, full length.
    # details: adapter
    case(
        "X410-022",
        caption("a woman in a red dress posing for a photo"),
        D.wearing("a red dress with a black belt", "unsupported"),
        D.color("red"),
        D.description("a red wrap dress with long sleeves"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester", "unsupported"),
        title="Women's Red Jersey Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: blue floral blouse (white flowers on a blue ground) with short puff sleeves and ruffled cuffs, white
    # jeans, white backdrop. no adapter text
    case(
        "X410-023",
        caption("a woman in a blue floral blouse and white jeans"),
        D.wearing("a blue shirt and blue jeans", "contradiction"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details("the blouse has ruffles on the sleeves and a bow", "unsupported"),
        title="Women's Floral Puff-Sleeve Blouse",
        category="Tops",
        color="Blue Multi",
        gender="Women",
    ),
    # photo: charcoal pinstripe wide-leg trousers with the matching blazer and an open-collar white shirt,
    # no tie, white backdrop.
    # no adapter text
    case(
        "X410-024",
        caption("a woman in a grey suit"),
        D.wearing("a grey suit, a white shirt and a tie", "unsupported"),
        D.color("white", "other_garment_color"),
        D.pattern("striped"),
        is_a("pair of pants", "yes"),
        D.material("wool", "unsupported"),
        title="Women's Charcoal Pinstripe Wide-Leg Trousers",
        category="Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: camel wool A-line midi skirt with a cream crewneck sweater tucked in, white backdrop.
    # caption: adapter
    case(
        "X410-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt with pure color patterns. "
            "The sweater is with knitting fabric. The skirt is with wool fabric. The lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown sweater and a brown skirt", "contradiction"),
        D.color("orange", "contradiction"),
        D.material("wool"),
        D.details("the skirt has a slit in the front", "unsupported"),
        title="Women's Camel Wool-Blend A-Line Midi Skirt",
        category="Skirts",
        color="Camel",
        gender="Women",
    ),
    # photo: black faux-leather midi skirt with a grey crewneck sweater, front view cropped at the knees,
    # white backdrop.
    # no adapter text
    case(
        "X410-026",
        caption("a woman in a grey sweater and black leather skirt"),
        D.wearing("a grey sweater, a black skirt and black boots", "unsupported"),
        D.color("black"),
        color_skirt("grey", "other_garment_color"),
        D.material("leather"),
        D.details("the skirt has a zipper on the side", "unsupported"),
        title="Women's Black Faux-Leather Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: sky blue cardigan with pearl buttons over a matching blue shell, white trousers, white backdrop.
    # no adapter text
    case(
        "X410-027",
        caption("a woman wearing a blue cardigan"),
        D.wearing("a blue sweater and white pants"),
        D.color("blue"),
        D.details("the cardigan has pearl buttons"),
        D.sleeve_length("long sleeves"),
        D.material("cashmere", "unsupported"),
        D.description("he is wearing a light blue cardigan", "pronoun"),
        title="Women's Sky Blue Pearl-Button Cardigan",
        category="Sweaters",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: mustard turtleneck sweater dress, knee length, with brown knee-high boots, white backdrop.
    # no adapter text
    case(
        "X410-028",
        caption("a woman in a yellow sweater dress and brown boots"),
        D.wearing("a yellow dress and yellow boots", "contradiction"),
        D.garment_type("sweater", "contradiction"),
        D.color("yellow"),
        D.material("knit"),
        neckline("turtleneck"),
        title="Women's Mustard Turtleneck Sweater Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: white high-rise wide-leg jeans with a black blazer over a black top, white backdrop, full length.
    # caption: adapter
    case(
        "X410-029",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is with "
            "cotton fabric and the pants are with denim fabric. It has a lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and white jeans"),
        D.color("black", "other_garment_color"),
        D.details("the jeans have a wide leg and a high waist"),
        D.material("denim"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Women's White High-Rise Wide-Leg Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: cream silk blouse with a point collar under an open navy cardigan, white backdrop, waist up.
    # no adapter text
    case(
        "X410-030",
        caption("a woman in a blue cardigan and white blouse"),
        D.wearing("a navy cardigan over a blue shirt", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.material("silk"),
        D.details("the blouse has a collar"),
        title="Women's Cream Washable Silk Blouse",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: khaki cotton gabardine trench coat, back view showing the storm flap and the belt tied at the back,
    # bare head, white backdrop.
    # no adapter text
    case(
        "X410-031",
        caption("the back of a woman in a trench coat"),
        D.wearing("a beige trench coat and a brown hat", "unsupported"),
        D.color("beige"),
        D.details("the coat has a belt in the back"),
        D.description("a beige trench coat with a hood", "unsupported"),
        D.material("cotton"),
        title="Women's Cotton Gabardine Trench Coat",
        category="Coats & Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: blue-and-white vertical striped short-sleeve shirt dress, belted, knee length, white backdrop.
    # caption, details: adapter
    case(
        "X410-032",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of medium length. There is a belt on her waist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped dress"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "The dress is with cotton fabric and striped patterns. It has a lapel neckline. The dress is with cotton "
            "fabric and striped patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Women's Striped Short-Sleeve Belted Shirt Dress",
        category="Dresses",
        color="Blue/White",
        gender="Women",
    ),
    # photo: chocolate brown wide-leg trousers, no belt, with an ivory blouse tucked in, model standing against a
    # white wall. no adapter text
    case(
        "X410-033",
        caption("a woman in a white shirt and brown pants standing in front of a white wall"),
        D.wearing("a white blouse and brown pants"),
        D.color("brown"),
        D.description("a pair of brown pants with a belt", "unsupported"),
        D.details("", "non_answer"),
        D.material("the pants are brown", "restated"),
        title="Women's Chocolate Pleated Wide-Leg Trousers",
        category="Pants",
        color="Chocolate",
        gender="Women",
    ),
    # photo: light-wash mom jeans with a white tee tucked in and a black leather belt, white backdrop, full length.
    # no adapter text
    case(
        "X410-034",
        caption("a man in a white t-shirt and jeans", "pronoun"),
        D.wearing("a white shirt, blue jeans and a black belt"),
        D.color("blue"),
        color_jeans("white", "other_garment_color"),
        D.details("the jeans have ripped knees", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Women's Light Wash High-Rise Mom Jeans",
        category="Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: black-and-white houndstooth tweed blazer with black buttons over a black top, black trousers,
    # white backdrop.
    # caption: adapter
    case(
        "X410-035",
        caption(
            "The lady wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with lattice patterns. The jacket is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white jacket and a white pants", "contradiction"),
        D.color("black"),
        D.pattern("plaid"),
        D.material("tweed"),
        D.details("the blazer has gold buttons", "unsupported"),
        title="Women's Houndstooth Tweed Blazer",
        category="Blazers",
        color="Black/White",
        gender="Women",
    ),
    # photo: lilac v-neck cardigan worn buttoned as a top, with white wide-leg trousers, white backdrop.
    # no adapter text
    case(
        "X410-036",
        caption("a woman in a purple sweater and white pants"),
        D.wearing("a purple sweater and white pants"),
        D.color("purple"),
        D.description("a pink cardigan with buttons", "contradiction"),
        is_a("cardigan", "no", "contradiction"),
        D.material("the cardigan is purple", "restated"),
        title="Women's Lilac V-Neck Cardigan",
        category="Sweaters",
        color="Lilac",
        gender="Women",
    ),
    # photo: black midi skirt with white polka dots, with a white blouse tucked in, white backdrop.
    # no adapter text
    case(
        "X410-037",
        caption("a woman in a white blouse and black polka dot skirt"),
        D.wearing("a white shirt and a black and white skirt"),
        D.color("black"),
        D.pattern("polka dot"),
        color_skirt("white", "contradiction"),
        D.details("the skirt has polka dots"),
        D.material("chiffon Question: What is the color of the skirt? Answer: black", "leak"),
        title="Women's Polka Dot Chiffon Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: heather grey long-sleeve sweater-knit midi dress under a long camel cardigan, white backdrop.
    # no adapter text
    case(
        "X410-038",
        caption("a woman in a grey dress and a brown cardigan"),
        D.wearing("a grey dress and a tan cardigan"),
        D.color("brown", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("knit"),
        D.details("", "non_answer"),
        D.description("she is wearing a grey dress and a grey cardigan", "contradiction"),
        title="Women's Heather Grey Sweater-Knit Midi Dress",
        category="Dresses",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: olive cotton twill utility shirt dress with two chest pockets and a belt, white sneakers, full length.
    # no adapter text
    case(
        "X410-039",
        caption("a woman in an olive green shirt dress"),
        D.wearing("a green dress and white sneakers"),
        D.garment_type("dress"),
        D.color("brown", "contradiction"),
        D.details("the dress has two chest pockets and a belt"),
        D.material("cotton"),
        neckline("collar"),
        title="Women's Olive Cotton Twill Utility Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: rust satin long-sleeve blouse with blue jeans, white backdrop, waist up.
    # no adapter text
    case(
        "X410-040",
        caption("a woman in an orange blouse and jeans"),
        D.wearing(
            "she is wearing an orange blouse and blue jeans Question: What is the color of the blouse? Answer: orange",
            "leak",
        ),
        D.color("orange"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        D.description("an orange blouse with a", "cut"),
        title="Women's Rust Satin Button-Front Blouse",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: ecru wide-leg jeans with a camel coat over a black top, white backdrop, full length.
    # caption: adapter
    case(
        "X410-041",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns, a long-sleeve shirt with pure color patterns "
            "and a long denim pants. The coat is with wool fabric. The shirt is with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat, a black top and white jeans"),
        D.color("white"),
        color_jeans("brown", "other_garment_color"),
        color_coat("brown"),
        D.details("the jeans are wide leg"),
        title="Women's Ecru Wide-Leg Jeans",
        category="Jeans",
        color="Ecru",
        gender="Women",
    ),
    # photo: navy double-breasted blazer with gold buttons over a white tee, blue jeans, white backdrop.
    # no adapter text
    case(
        "X410-042",
        caption("a woman in a navy blazer and jeans"),
        D.wearing("a blue jacket, white shirt and jeans"),
        D.color("blue"),
        color_blazer("gold", "contradiction"),
        D.details("the blazer has gold buttons"),
        D.material("the blazer is made of", "cut"),
        title="Women's Navy Double-Breasted Blazer",
        category="Blazers",
        color="Navy",
        gender="Women",
    ),
    # photo: black belted trench coat, model in sunglasses holding a tan handbag, white backdrop, full length.
    # no adapter text
    case(
        "X410-043",
        caption("a woman in a black trench coat holding a handbag"),
        D.wearing("he is wearing a black coat and sunglasses", "pronoun"),
        D.color("black"),
        D.details("the coat has a belt"),
        D.description("she is wearing a black trench coat with a red scarf", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Women's Black Belted Trench Coat",
        category="Coats & Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: pink floral tiered midi skirt with a white tee tucked in, white backdrop, no jewellery.
    # caption: adapter
    case(
        "X410-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt with floral patterns. "
            "The T-shirt is with cotton fabric and the skirt is with chiffon fabric. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and a white floral skirt", "contradiction"),
        D.color("pink"),
        D.pattern("floral"),
        color_top("white"),
        color_skirt("white", "other_garment_color"),
        title="Women's Pink Floral Tiered Midi Skirt",
        category="Skirts",
        color="Pink Multi",
        gender="Women",
    ),
    # photo: cobalt blue ponte knit sheath dress, three-quarter sleeves, black pumps, white backdrop, full length.
    # no adapter text
    case(
        "X410-045",
        caption("a woman in a blue dress posing for a picture"),
        D.wearing("a blue dress and black heels"),
        D.color("purple", "contradiction"),
        D.description("the garment", "non_answer"),
        D.material("knit"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women's Cobalt Ponte Knit Sheath Dress",
        category="Dresses",
        color="Cobalt",
    ),
    # photo: winter white cotton cable-knit cardigan over a black knit dress, white backdrop, full length.
    # caption, material: adapter
    case(
        "X410-046",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long dress with pure color patterns. "
            "The cardigan is with knitting fabric. The lady wears a long-sleeve cardigan with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white sweater and a black dress"),
        D.color("black", "other_garment_color"),
        is_a("cardigan", "yes"),
        D.material(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "It has a v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women's Winter White Cotton Cable-Knit Cardigan",
        category="Sweaters",
        color="Winter White",
    ),
]
