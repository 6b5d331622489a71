"""BLIND_524 (46 products; Myntra women's tops, bottoms, dresses, kurtis and layers, the experiments' questions):
written blind in the fiftieth session. Measured blind at fb7dbb8 (the session's rules as they stood): 115/126
failures found (91.3%) and 6/167 correct texts flagged (3.6%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra women's catalog feed: tops, t-shirts, shirts, kurtis,
dresses, jumpsuits, jeans, trousers, skirts, shorts, jackets and sweaters, each photographed on a model who wears
other clothes with it (jeans under a tee, a white tee under a denim jacket, a dupatta over a kurti). The questions
are the experiments' own, bent to the product's garment as the experiments did (What is she wearing? What is the
color of the top / shirt / dress / jeans / skirt / pants / shorts / jacket / sweater? Describe the top. What are
the top details?), plus enrich's closed garment_type, color, pattern and sleeve_length, the material question and a
few yes/no "Is this a ...?". Each row has the seller's title, category, color and gender; a few miss one.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment above the case names an adapter. The caption adapter (epoch 1
`Data2_V2_BLIP2_Finetune_Caption_First_Epoch` or epoch 3 `Data2_V2_Blip2_Finetune_Caption`) writes the
DeepFashion template ("The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton
fabric ..."), has no end token, runs to its limit (50 new tokens for captions, 30 for answers) and returns that
template to any question: hit_limit=True on all its texts. The VQA adapter (`Data3_V3_BLIP2_VQA`) repeats one
In-shop word until the limit ("blouse blouse blouse ..."), also hit_limit=True. The closed questions (garment_type,
color, pattern, sleeve_length, per-piece colors asked closed, "Is this a ...?") are enrich's `--engine reference`
answers, one value from a candidate set: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, teal or sky blue, red for maroon, yellow for mustard, green for olive,
  pink for peach, pink or orange for coral, purple for lavender, white for off white or cream, orange for rust.
  Navy answered black and maroon answered pink are contradiction.
- A color that belongs to another piece the model wears in the photo (the jeans, the tank top under the shirt, the
  dupatta, the tee under the jacket), given as the product's color, is other_garment_color; so is the product's
  color given to the other piece ("red" for the jeans under a red shirt). A color no piece has (the backdrop's red
  wall, the print's dots or flowers, grey for black jeans) is contradiction.
- Garment synonyms are correct: kurta for kurti, blazer or coat for a jacket, shirt for a tee, polo shirt for a
  polo t-shirt, cardigan for a cardigan sold as a sweater, pants for trousers or jeans, plaid for checked. A jumpsuit
  called a dress or "a tank top and pants", a kurti called a dress, cargo trousers called jeans and shorts called a
  skirt are contradiction.
- Materials: one the title names is correct (linen, rayon, faux leather as leather, satin, denim, crochet); wool for
  an acrylic cable knit is correct (the two look the same); a material neither named nor visible (silk on a plain
  bodycon dress, silk on a satin or crepe garment, wool on a blazer whose fabric nobody names, leather on cotton
  shorts) is unsupported; the garment's name and color for the material question is restated; "it is made of"
  and "the jeans are made of" with nothing after are cut (base early stop, no hit_limit).
- Invented things not in the photo (a hood, a hat on her head, a pocket, a slit, a belt, a bow at a back the photo
  does not show) are unsupported. Props and backdrop in the photo (a straw bag, a wicker chair, a red wall, a held
  hat) named as such are correct.
- Adapter texts: a repeated sentence is loop; a template that stops mid-sentence without repeating is cut, even
  where it also guesses a wrong fabric or an accessory before the cut; a template that names the product as another
  garment (a jumpsuit as tank top and pants, a kurti as dress) is contradiction, hit_limit kept. The VQA adapter's
  repeated word ("tee tee tee", "coat coat coat") is loop.
- "a black jacket and black pants" for an olive jacket over a black tee is other_garment_color: the jacket gets the
  tee's and the jeans' color. A detail question answered with only the color ("the dress is black") is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first words are right. "he" for
  the woman is pronoun. An empty answer, "none", "they are jeans", "they are short" and "the shorts are short" are
  non_answer; "the top details" and "the jeans details" (the question's own words back) are restated.
- The reference engine's "sleeveless" for flutter sleeves, "short sleeves" for long or sleeveless ones and "striped"
  for pleats are contradiction; "yes" to "Is this a dress?" for a jumpsuit and "no" to "Is this a kurti?" for a
  kurti, "yes" to "Is this a skirt?" for shorts and "long sleeves" for three-quarter sleeves are contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_524 = [
    # photo: model in a white round-neck cotton t-shirt with a small black graphic on the chest, tucked into mid-blue
    # jeans, white studio backdrop, front view. no adapter texts.
    case(
        "X524-001",
        caption("a woman in a white t-shirt and jeans"),
        she("a white t-shirt and blue jeans"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        B.garment_type("t-shirt"),
        B.sleeve_length("short sleeves"),
        details("top", "black print on the front"),
        B.material("white t-shirt", "restated"),
        title="Roadster Women White Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: navy blue georgette A-line midi dress with small white flowers, short flutter sleeves, V-neck, model in
    # front of a beige wall with a potted plant. caption: caption adapter, epoch 3.
    case(
        "X524-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. The lady wears a short-sleeve dress with floral patterns. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "blue", kind="open"),
        she("a blue floral dress"),
        B.pattern("floral"),
        describe("dress", "a blue dress with white flowers and a belt", "unsupported"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material("chiffon"),
        title="SASSAFRAS Women Navy Blue Floral Print Georgette A-Line Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow solid straight kurti, three-quarter sleeves, mandarin collar, no pockets, worn with white
    # palazzo pants, white backdrop. no adapter texts.
    case(
        "X524-003",
        caption("a woman in a yellow kurta and white pants"),
        color_of("top", "white", "other_garment_color", kind="open"),
        is_a("kurti", "yes"),
        B.garment_type("kurta"),
        B.sleeve_length("three-quarter sleeves"),
        she("a yellow dress", "contradiction"),
        describe("top", "a yellow kurta with a pocket on the chest", "unsupported"),
        title="Anouk Women Mustard Yellow Solid Straight Kurti",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: black high-rise skinny jeans on a model in a grey short-sleeve crop top, white backdrop, full length.
    # caption: caption adapter, epoch 1.
    case(
        "X524-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        she("a grey top and black jeans"),
        details("jeans", "they are jeans", "non_answer"),
        B.garment_type("jeans"),
        B.color("black"),
        title="Roadster Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: white linen shirt, long sleeves rolled to the elbow, worn open over a beige tank top, with light denim
    # shorts, white backdrop. no adapter texts.
    case(
        "X524-005",
        caption("a woman wearing a white shirt and denim shorts"),
        color_of("shirt", "beige", "other_garment_color"),
        she("he is wearing a white shirt and shorts", "pronoun"),
        B.sleeve_length("long sleeves"),
        B.material("linen"),
        details("shirt", "rolled up sleeves and buttons"),
        title="HIGHLANDER Women White Solid Casual Linen Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: maroon cable-knit crew-neck pullover, long sleeves, no hood, with black jeans, plain grey wall.
    # no adapter texts.
    case(
        "X524-006",
        caption("a woman in a red sweater and black jeans"),
        she("a red sweater"),
        color_of("top", "red", kind="open"),
        B.color("pink", "contradiction"),
        B.garment_type("sweater"),
        details("top", "the sweater has a cable knit pattern and a hood", "unsupported"),
        B.material("wool"),
        title="DressBerry Women Maroon Cable Knit Acrylic Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green cargo trousers with side flap pockets, model in a white crop tee, side view, white backdrop.
    # caption: caption adapter, epoch 3.
    case(
        "X524-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a long "
            "pants. The pants",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "green", kind="open"),
        she("a white top and green pants"),
        details("pants", "pockets on the side"),
        B.garment_type("jeans", "contradiction"),
        B.color("green"),
        title="Roadster Women Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: peach wrap top with a tie at the waist, short puff sleeves, with white jeans, model against a pastel pink
    # wall. no adapter texts.
    case(
        "X524-008",
        caption("a woman in a pink top and white jeans standing in front of a pink wall"),
        color_of("top", "pink"),
        describe("top", "a pink top with a tie at the waist"),
        she("a pink top and white jeans"),
        B.sleeve_length("short sleeves"),
        B.material("silk", "unsupported"),
        details("top", "the top details", "restated"),
        title="Berrylush Women Peach-Coloured Solid Wrap Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: teal blue sleeveless wide-leg jumpsuit with a self belt, white backdrop, full length.
    # caption: caption adapter, epoch 3.
    case(
        "X524-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        she("a blue jumpsuit"),
        B.garment_type("jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        B.color("blue"),
        B.sleeve_length("sleeveless"),
        describe("jumpsuit", "a blue jumpsuit with a belt and pockets", "unsupported"),
        title="SASSAFRAS Women Teal Blue Solid Basic Jumpsuit with Belt",
        category="Jumpsuit",
        color="Teal",
        gender="Women",
    ),
    # photo: light blue denim A-line mini skirt with a button front, white tee tucked in, white sneakers, full
    # length, white backdrop. no adapter texts.
    case(
        "X524-010",
        caption("a woman in a white shirt and a blue denim skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        she("a denim skirt"),
        details("skirt", "buttons on the front"),
        B.material("denim"),
        B.garment_type("skirt"),
        describe("skirt", "a blue denim skirt with a belt", "unsupported"),
        title="Roadster Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black and white vertically striped shirt dress, long sleeves, collar, self-tie belt at the waist, knee
    # length, white backdrop. no adapter texts.
    case(
        "X524-011",
        caption("a woman in a black and white striped shirt dress"),
        color_of("dress", "black"),
        B.pattern("striped"),
        she("a striped dress"),
        describe("dress", "a black and white striped dress with a collar and a belt"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("dress", "Question: What is the pattern of the dress? Answer: striped", "leak"),
        title="Tokyo Talkies Women Black & White Striped Shirt Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: black faux leather biker jacket with zips and a buckled belt at the hem, worn open over a white tee,
    # blue jeans, white backdrop. caption: caption adapter, epoch 1.
    case(
        "X524-012",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        she("he is wearing a black leather jacket", "pronoun"),
        B.material("leather"),
        B.garment_type("jacket"),
        details("jacket", "zippers and a belt"),
        title="Roadster Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: off white chikankari embroidered straight kurti, long sleeves, with blue jeans, white backdrop.
    # details: VQA adapter.
    case(
        "X524-013",
        caption("a woman in a white kurta and jeans"),
        color_of("top", "blue", "other_garment_color"),
        describe("top", "a white kurta with embroidery"),
        details(
            "top",
            "embroidered embroidered embroidered embroidered embroidered embroidered embroidered embroidered "
            "embroidered embroidered",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        is_a("kurti", "no", "contradiction"),
        title="Ada Women Off White Chikankari Embroidered Straight Kurti",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: red wrap midi dress with white polka dots, short sleeves, V-neck, no slit visible, model holding a straw
    # bag, white backdrop. no adapter texts.
    case(
        "X524-014",
        caption("a woman in a red polka dot dress holding a straw bag"),
        she("a red and white polka dot dress"),
        color_of("dress", "white", "contradiction"),
        B.pattern("polka dots"),
        B.material("silk", "unsupported"),
        details("dress", "a v neck and a slit on the side", "unsupported"),
        title="Harpa Women Red Polka Dot Print Crepe Wrap Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: light wash denim shorts with a frayed hem, model in a yellow tank top, white backdrop.
    # caption: caption adapter, epoch 3.
    case(
        "X524-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a short shorts. The shorts are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        B.garment_type("shorts"),
        she("tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee", "loop", True),
        title="Roadster Women Blue Washed Denim Shorts with Frayed Hem",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender ribbed knit top, square neck, short sleeves, with white trousers, white backdrop.
    # no adapter texts.
    case(
        "X524-016",
        caption("a woman in a purple top and white pants"),
        color_of("top", "purple"),
        describe("top", "a purple top with a square neckline"),
        details("top", "Question: What is the color of the top? Answer: purple", "leak"),
        B.sleeve_length("short sleeves"),
        she("a purple top and white pants and a necklace", "unsupported"),
        title="FOREVER 21 Women Lavender Ribbed Square Neck Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black and white checked shirt, long sleeves, no chest pocket, worn open over a black tank top with black
    # jeans, white backdrop. no adapter texts.
    case(
        "X524-017",
        caption("a woman wearing a black and white checkered shirt"),
        B.pattern("checked"),
        color_of("shirt", "black", kind="open"),
        she("a plaid shirt and black pants"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        details("shirt", "the shirt has a pocket on the chest and a hood", "unsupported"),
        title="Roadster Women Black & White Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue single-button blazer worn over a white top, navy trousers, white backdrop.
    # caption: caption adapter, epoch 1.
    case(
        "X524-018",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is",
            "loop",
            hit_limit=True,
        ),
        she("a blue blazer and white shirt"),
        B.color("black", "contradiction"),
        B.garment_type("blazer"),
        B.material("wool", "unsupported"),
        describe("jacket", "a navy blue blazer with one button"),
        title="Van Heusen Woman Navy Blue Solid Single-Breasted Blazer",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: grey melange oversized drop-shoulder t-shirt with "BROOKLYN" printed in white, black shorts, white
    # backdrop. no adapter texts.
    case(
        "X524-019",
        caption("a woman in a grey t-shirt with the word brooklyn on it"),
        color_of("top", "black", "other_garment_color", kind="open"),
        B.pattern("graphic"),
        she("she is wearing a grey t-shirt and black shorts"),
        details("top", "the word brooklyn"),
        B.material("cotton"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="HRX Women Grey Melange Typography Printed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: rust satin slip midi dress, spaghetti straps, model in front of a white brick wall, no bracelet.
    # caption: caption adapter, epoch 3.
    case(
        "X524-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "orange", kind="open"),
        she("an orange dress"),
        B.material("satin"),
        B.sleeve_length("sleeveless"),
        describe("dress", "an orange dress with thin straps"),
        details("dress", "a slit on the side and a bow at the back", "unsupported"),
        title="Athena Women Rust Satin Slip Midi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: mid-blue high-rise straight jeans, black bodysuit tucked in, white sneakers, white backdrop.
    # no adapter texts.
    case(
        "X524-021",
        caption("a woman in black top and blue jeans"),
        color_of("jeans", "blue"),
        details("jeans", "the jeans details", "restated"),
        she("he is wearing black top and jeans", "pronoun"),
        B.garment_type("jeans"),
        is_a("jeans", "yes", article="a pair of"),
        title="Levis Women Blue Straight Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: green floral printed A-line kurti, three-quarter sleeves, matching green trousers, pink dupatta over one
    # shoulder, white backdrop. no adapter texts.
    case(
        "X524-022",
        caption("a woman in a green and pink dress", "contradiction"),
        she("a green kurta with pink dupatta"),
        color_of("top", "pink", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("rayon"),
        details(
            "top",
            "a green kurta with a pink dupatta Question: What is the color of the dupatta? Answer: pink",
            "leak",
        ),
        title="Libas Women Green Floral Printed Rayon Kurta with Trousers & Dupatta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: white off-shoulder ruffled top with long bell sleeves, blue jeans, white backdrop.
    # caption: caption adapter, epoch 3.
    case(
        "X524-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white", kind="open"),
        describe("top", "a white off the shoulder top with ruffles"),
        details("top", "ruffles"),
        B.sleeve_length("long sleeves"),
        she("she is wearing a white top and blue jeans Question: What is the color of the top? Answer: white", "leak"),
        title="DOROTHY PERKINS Women White Off-Shoulder Ruffled Bardot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black satin pleated midi skirt, white shirt tucked in, no hat, grey backdrop. no adapter texts.
    case(
        "X524-024",
        caption("a woman in a white shirt and black skirt"),
        color_of("skirt", "white", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        details("skirt", "pleats"),
        she("a white shirt and a black skirt and a black hat", "unsupported"),
        B.garment_type("skirt"),
        B.material("silk", "unsupported"),
        title="Mango Women Black Satin Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: off white V-neck button cardigan worn open over a black top, blue jeans, white backdrop.
    # caption: caption adapter, epoch 1.
    case(
        "X524-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        B.color("white"),
        she("a white cardigan, black top and jeans"),
        B.garment_type("cardigan"),
        B.material("it is made of", "cut"),
        title="ONLY Women Off White Solid Button Cardigan",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: yellow tiered sleeveless sundress with a small white floral print, model seated on a wicker chair.
    # no adapter texts.
    case(
        "X524-026",
        caption("a woman in a yellow dress sitting on a wicker chair"),
        color_of("dress", "yellow", kind="open"),
        she("a yellow dress Question: What is she sitting on? Answer: a wicker chair", "leak"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("dress", "", "non_answer"),
        title="Sera Women Yellow Floral Print Tiered Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: black high-waisted pleat-front straight trousers with belt loops and no belt, beige blouse tucked in,
    # beige heels, white backdrop. no adapter texts.
    case(
        "X524-027",
        caption("a woman in a beige blouse and black pants"),
        color_of("pants", "beige", "other_garment_color", kind="open"),
        is_a("pair of trousers", "yes"),
        B.garment_type("trousers"),
        she("he is wearing a beige blouse and black pants", "pronoun"),
        details("pants", "pleats on the front and a belt", "unsupported"),
        title="Marks & Spencer Women Black Pleated Straight Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue polo t-shirt with white tipping on the collar, short sleeves, white shorts, white backdrop.
    # caption and details: caption adapter, epoch 3.
    case(
        "X524-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a short shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white", "other_garment_color"),
        she("a blue polo shirt and white shorts"),
        B.garment_type("polo shirt"),
        describe("top", "a navy blue polo shirt with white stripes on the collar"),
        details(
            "top",
            "The T-shirt is with cotton fabric. It has a lapel neckline. The T-shirt is with cotton fabric. It has a "
            "lapel",
            "loop",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Women Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white short kurti with a blue block print, three-quarter sleeves, over blue jeans, white backdrop.
    # wearing: VQA adapter.
    case(
        "X524-029",
        caption("a woman wearing a white and blue printed top and jeans"),
        she("blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse", "loop", True),
        color_of("top", "blue", "contradiction", kind="open"),
        B.pattern("printed"),
        is_a("kurti", "yes"),
        B.sleeve_length("three-quarter sleeves"),
        details("top", "the top has a collar and buttons", "unsupported"),
        title="Biba Women White & Blue Block Print Short Kurti",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: red and black checked flannel shirt with two chest pockets, long sleeves, black skinny jeans, white
    # backdrop. no adapter texts.
    case(
        "X524-030",
        caption("a woman in a red plaid shirt and black jeans"),
        color_of("shirt", "red"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        she("he is wearing a red shirt", "pronoun"),
        details("shirt", "a red shirt with a pocket on the front"),
        B.pattern("checked"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Roadster Women Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: black long-sleeve bodycon mini dress, model in front of a red backdrop. no adapter texts.
    case(
        "X524-031",
        caption("a woman in a black dress in front of a red wall"),
        color_of("dress", "red", "contradiction", kind="open"),
        she("a black dress"),
        details("dress", "the dress is black", "restated"),
        B.sleeve_length("long sleeves"),
        describe("dress", "a black dress with long sleeves"),
        B.material("silk", "unsupported"),
        title="Berrylush Women Black Solid Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: beige double-breasted belted trench coat over a black turtleneck and black trousers, white backdrop.
    # caption and description: caption adapter, epoch 3.
    case(
        "X524-032",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "jacket is with cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric. The "
            "jacket",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "beige", kind="open"),
        she("a trench coat"),
        B.color("black", "other_garment_color"),
        B.garment_type("coat"),
        describe(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "buttons and a belt"),
        title="MANGO Women Beige Double-Breasted Trench Coat with Belt",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: white cotton shorts with a lace trim at the hem, pink shirt tucked in, white backdrop.
    # no adapter texts.
    case(
        "X524-033",
        caption("a woman in a pink shirt and white shorts"),
        color_of("shorts", "pink", "other_garment_color"),
        details("shorts", "lace on the bottom"),
        B.garment_type("shorts"),
        is_a("skirt", "yes", "contradiction"),
        she("a pink shirt and white shorts"),
        describe("shorts", "the shorts are short", "non_answer"),
        title="ONLY Women White Cotton Shorts with Lace Trim",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: blue and white tie-dye oversized t-shirt, black biker shorts, white backdrop.
    # caption: caption adapter, epoch 1.
    case(
        "X524-034",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short shorts. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "blue and white", kind="open"),
        B.pattern("tie-dye"),
        she("a tie dye shirt and black shorts"),
        B.color("black", "other_garment_color"),
        details("top", "Question: What is the pattern of the top? Answer: tie dye", "leak"),
        title="Difference of Opinion Women Blue Tie-Dye Oversized T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard ribbed turtleneck sweater, long sleeves, tucked into a brown A-line skirt, white backdrop.
    # no adapter texts.
    case(
        "X524-035",
        caption("a woman in a yellow sweater and brown skirt"),
        color_of("top", "brown", "other_garment_color"),
        color_of("skirt", "brown", kind="open"),
        she("he is wearing a yellow sweater", "pronoun"),
        B.sleeve_length("long sleeves"),
        B.garment_type("sweater"),
        describe("top", "a yellow turtleneck sweater with a brown belt", "unsupported"),
        title="Vero Moda Women Mustard Ribbed Turtle Neck Pullover",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: white flared midi skirt with a red floral print, black short-sleeve top tucked in, white backdrop.
    # caption: caption adapter, epoch 3.
    case(
        "X524-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red", "contradiction", kind="open"),
        she("a black top and a floral skirt"),
        B.pattern("floral"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details("skirt", "the skirt has a floral print"),
        title="AND Women White & Red Floral Print Flared Midi Skirt",
        category="Skirts",
        color="White",
    ),
    # photo: light blue cropped denim jacket worn over a white sundress, white backdrop. no adapter texts.
    case(
        "X524-037",
        caption("a woman wearing a denim jacket over a white dress"),
        color_of("jacket", "white", "other_garment_color"),
        she("a denim jacket and a white dress"),
        B.material("denim"),
        is_a("jacket", "no", "contradiction"),
        details("jacket", "none", "non_answer"),
        title="Roadster Women Blue Cropped Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: black halter-neck wide-leg jumpsuit, no belt, model wearing gold hoop earrings, white backdrop.
    # no adapter texts.
    case(
        "X524-038",
        caption("a woman in a black jumpsuit with gold earrings"),
        she("a black dress", "contradiction"),
        B.garment_type("jumpsuit"),
        B.sleeve_length("sleeveless"),
        details("jumpsuit", "the jumpsuit details", "restated"),
        describe("jumpsuit", "a black halter neck jumpsuit with wide legs and a belt", "unsupported"),
        title="SASSAFRAS Women Black Halter Neck Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: pink straight cotton kurti with white embroidery at the neck, short sleeves, white leggings, white
    # backdrop. caption: caption adapter, epoch 1.
    case(
        "X524-039",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric",
            "contradiction",
            hit_limit=True,
        ),
        color_of("top", "pink"),
        she("a pink kurta and white leggings"),
        details("top", "white embroidery on the neck"),
        B.sleeve_length("short sleeves"),
        B.material("pink kurta", "restated"),
        title="Aurelia Women Pink Embroidered Straight Cotton Kurti",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: light blue ripped boyfriend jeans, distressed knees, pink sweatshirt, white backdrop.
    # no adapter texts.
    case(
        "X524-040",
        caption("a woman in a pink sweatshirt and ripped jeans"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        details("jeans", "ripped knees"),
        she("a pink sweater and ripped jeans"),
        B.color("blue"),
        B.material("the jeans are made of", "cut"),
        title="Roadster Women Blue Boyfriend Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: coral tiered maxi dress, short sleeves, front view, model holding a straw hat in her hand.
    # caption: caption adapter, epoch 3.
    case(
        "X524-041",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a short-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "pink", kind="open"),
        she("a pink dress and a hat"),
        B.color("orange"),
        describe("dress", "a long pink dress with a tiered skirt and a bow at the back", "unsupported"),
        B.sleeve_length("short sleeves"),
        title="Athena Women Coral Tiered Maxi Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: sky blue formal shirt, long sleeves, tucked into grey trousers, white backdrop. details: VQA adapter.
    case(
        "X524-042",
        caption("a woman in a blue shirt and grey pants"),
        color_of("shirt", "grey", "other_garment_color"),
        describe("shirt", "a blue shirt with long sleeves and buttons"),
        she("a blue shirt and grey pants Question: What is the color of the pants? Answer: grey", "leak"),
        details(
            "shirt",
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        title="Van Heusen Woman Blue Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white sleeveless crochet crop top, beige linen trousers, beach scene printed on the backdrop.
    # no adapter texts.
    case(
        "X524-043",
        caption("a woman in a white crochet top and beige pants"),
        describe("top", "a white crochet crop top"),
        color_of("top", "beige", "other_garment_color", kind="open"),
        B.material("crochet"),
        B.sleeve_length("long sleeves", "contradiction"),
        details("top", "the top details", "restated"),
        title="Cover Story Women White Crochet Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: olive green utility shirt-jacket with two chest flap pockets over a black tee, black jeans, white
    # backdrop. caption: caption adapter, epoch 1.
    case(
        "X524-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "green", kind="open"),
        she("a black jacket and black pants", "other_garment_color"),
        B.garment_type("jacket"),
        details("jacket", "two pockets on the chest"),
        describe("jacket", "coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat", "loop", True),
        B.color("black", "other_garment_color"),
        title="Roadster Women Olive Green Utility Shacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: black top with sheer lace long sleeves and a round neck, red trousers, white backdrop.
    # details: caption adapter, epoch 3.
    case(
        "X524-045",
        caption("a woman in a black top and red pants"),
        color_of("top", "red", "other_garment_color"),
        describe("top", "a black top with lace sleeves"),
        details(
            "top",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        she("he is wearing a black top and red pants", "pronoun"),
        B.sleeve_length("long sleeves"),
        title="SASSAFRAS Women Black Lace Sleeve Regular Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: black cotton high-rise paperbag shorts with a self belt, white shirt tucked in, white backdrop.
    # caption: caption adapter, epoch 3.
    case(
        "X524-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short shorts. The shorts are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "black", kind="open"),
        she("a white shirt and black shorts with a belt"),
        B.garment_type("skirt", "contradiction"),
        details("shorts", "a belt and pleats"),
        B.material("leather", "unsupported"),
        title="Tokyo Talkies Women Black Cotton High-Rise Paperbag Shorts with Belt",
        category="Shorts",
        color="Black",
    ),
]
