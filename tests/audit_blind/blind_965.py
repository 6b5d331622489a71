"""BLIND_965 (46 products; Myntra women's winterwear; epoch-1 caption LoRA): written blind in the fifty-eighth session.
Measured blind at 041ab2e (the session's first rules): 123/137 failures found (89.8%) and 11/194 correct texts flagged
(5.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's winterwear (sweaters and pullovers, cardigans, shrugs, jackets, puffers,
coats, a few hooded sweatshirts). Catalog photos on a white backdrop, mostly worn by a model over other clothes (a
tee under an open cardigan, a dress under a shrug, a turtleneck under a coat, jeans, leggings, trousers); three are
product-only shots (ghost mannequin or flat lay) with no person in them. Columns: title, category (the seller's
article type: Sweaters, Shrug, Jackets, Coats, Sweatshirts, Rain Jacket), color (the seller's base colour), gender.
Some rows lack a column, as real feeds do (018 has no color, 038 no category, 044 no gender).

Who wrote what: every caption and every open answer comes from BLIP-2 OPT-2.7b with the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens for captions and 30 for answers.
At epoch 1 it has half learnt the DeepFashion template ("The lady wears a long-sleeve cardigan with pure color
patterns. The cardigan is with knitting fabric...") and half kept the base model's plain captions ("a woman in a
black trench coat and jeans"); it still names hues sometimes, as the base does. No end token was trained, so it
stops only where it happens to emit a newline: otherwise it runs to the limit, cut mid-phrase or looping on a
phrase. Asked a question, it often answers with the caption template, sometimes carries on into the prompt format
("Question: ... Answer: ..."), sometimes echoes the question or gives one word. Its colors drift to whatever garment
fills most of the frame (the white tee under an open cardigan, the jeans), and it invents hoods, belts, linings and
fabrics. Closed answers (garment_type, color, pattern, sleeve_length, is_*) come from enrich's reference engine over
the same adapter: one candidate value each, never looping or cut, but as often wrong about color as the free text.

Labeling conventions and judgement calls:
- A color in the seller's color group counts as right: "grey" for Charcoal or Grey Melange, "pink" for Peach, "red"
  for Burgundy, "beige" for Khaki, "purple" for Mauve, "cream" or "white" for White/Cream, "blue" for Teal. A hue
  outside the group that another garment in the photo has is other_garment_color; a hue nothing in the photo has,
  or the color of a print or motif on the product itself, is contradiction.
- A two-colour product (stripes, check, colour block) answered with one of its own colours counts as correct.
- A cardigan or shrug called a sweater, a shrug called a cardigan, a gilet called a vest, a shacket called a shirt
  in a caption: correct (the template has no shrug or shacket). A garment_type naming the other garment in the photo
  (the dress under a shrug) or a cut the product does not have (sweatshirt for a knit pullover, cardigan for a
  turtleneck pullover) is contradiction.
- Wrong pattern or sleeve length (quilting or ribbing read as stripes, "pure color" for stripes, long sleeves for a
  sleeveless gilet, short for puff long sleeves) is contradiction, even where it comes from the other garment.
- One color given to every garment in a text (grey cardigan, grey dress, grey tights) is contradiction.
- Material: judged against the title and the visible texture. A plausible fabric nothing contradicts (wool for a
  cable knit, fleece for a sweatshirt) is correct; a fabric the title or the look contradicts (cotton for an acrylic
  sweater, leather for a knit) or an invisible detail (lining, zip at the back) is unsupported.
- Invented parts or props (a hood, a fur collar, a belt, lace trim, a slit, a bow tie, a hat, an accessory on the
  wrist, a ring, a coffee cup) are unsupported. So is "the lady wears" or "she is wearing ... jeans" for a
  product-only shot with no person.
- The caption template answered to a color question without naming a color would be non_answer; one word or yes/no
  or an empty string for an open question is non_answer. Echoing the question, or an answer that only restates its
  words ("The details of the jacket are the jacket details"), is restated.
- Any "Question:" or "Answer:" in the output is leak, whatever else is wrong in the text. A text that hit the token
  limit is cut if it ends mid-phrase without repeating, loop if it repeats a phrase; hit_limit=True on both.
- "The man"/"the gentleman"/"he"/"his" in a text about a Women row is pronoun, even where the rest is right.
- One label per text: where a text has two faults I gave the one that leaps out first (leak over anything, then
  loop/cut, then the rest).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = DEFAULT_QUESTIONS

BLIND_965 = [
    # photo: woman in a mustard yellow cable-knit crew-neck pullover, long sleeves, ribbed cuffs and hem, blue skinny
    # jeans, white backdrop, front view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-001",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The lady wears a long trousers. The trousers are with denim fabric."
        ),
        Q.garment_type("sweater"),
        Q.color("mustard"),
        wearing("a mustard yellow cable knit sweater and blue skinny jeans"),
        Q.details(
            "cable knit front, ribbed round neck, ribbed cuffs and hem. The lady wears a long trousers. The trousers "
            "are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.material("The sweater is with cotton fabric and its neckline is round.", "unsupported"),
        Q.pattern("solid"),
        title="Roadster Women Mustard Yellow Acrylic Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue open-front cardigan, long sleeves, no buttons, worn open over a white crew-neck tee, black
    # trousers, white backdrop, front view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-002",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a short-sleeve T-shirt under it. The T-shirt is with cotton fabric."
        ),
        Q.garment_type("cardigan"),
        color_of("cardigan", "white", "other_garment_color"),
        wearing("a navy blue cardigan over a white t-shirt and black pants"),
        describe(
            "cardigan",
            "The cardigan is with knitting fabric. The cardigan is with knitting fabric. The cardigan is with "
            "knitting fabric. The cardigan is with",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.details("cardigan", "non_answer"),
        title="Vero Moda Women Navy Blue Solid Open Front Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with asymmetric silver zip, worn open over a heather grey tee, blue
    # jeans, white backdrop, three-quarter view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-003",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and it "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric."
        ),
        Q.garment_type("jacket"),
        Q.color("grey", "other_garment_color"),
        wearing("a black leather jacket, a grey t-shirt and blue jeans"),
        Q.details("zip, zip, zip, zip, zip, zip, zip, zip, zip, zip, zip, zip, zip, zip, zip,", "loop", hit_limit=True),
        Q.material("faux leather"),
        title="ONLY Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: olive green quilted puffer jacket with attached hood (down), zipped to the chin, two zip pockets, black
    # leggings, white backdrop, front view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-004",
        caption("a woman wearing a green puffer jacket with a hood and black leggings"),
        Q.garment_type("jacket"),
        Q.color("olive"),
        is_a("hoodie", "no"),
        Q.description(
            "The jacket is olive green with a quilted pattern and a hood. It has a zip in the front and two pockets "
            "with zips on the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. Question: What is the lady wearing? Answer:",
            "leak",
        ),
        title="Fort Collins Women Olive Quilted Hooded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: camel beige wool-blend wrap coat, knee length, notched lapels, self-tie belt, over a black turtleneck,
    # black trousers and black ankle boots, white backdrop. Caption adapter epoch 1 (caption, open); reference (closed).
    case(
        "X965-005",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric and it has a "
            "lapel neckline. There is a belt around her waist."
        ),
        Q.garment_type("coat"),
        Q.color("black", "other_garment_color"),
        wearing("a beige coat over a black turtleneck, black pants and black boots"),
        Q.details("belted waist, notched lapels and a detachable hood", "unsupported"),
        color_of("coat", "camel", kind="open"),
        Q.sleeve_length("long"),
        title="Mango Women Beige Wool Blend Belted Overcoat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: off-white lightweight knit shrug, open front, three-quarter sleeves, over a black strappy tank top and a
    # black mini skirt, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "The lady wears a short skirt. The skirt is with cotton fabric.",
            "contradiction",
        ),
        Q.garment_type("shrug"),
        Q.color("off white"),
        wearing("a white shrug over a black top and a black skirt"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("a shrug", "non_answer"),
        title="Tokyo Talkies Women Off White Solid Open Front Shrug",
        category="Shrug",
        color="Off White",
        gender="Women",
    ),
    # photo: red and white horizontally striped crew-neck pullover, long sleeves, blue jeans, white backdrop, front
    # view, long dark hair. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-007",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears a long trousers."
        ),
        Q.pattern("striped"),
        Q.color("red"),
        color_of("sweater", "red and white", kind="open"),
        wearing(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric.",
            "pronoun",
        ),
        Q.details(
            "striped, striped, striped, striped, striped, striped, striped, striped, striped, striped, striped, "
            "striped, striped, striped, striped",
            "loop",
            hit_limit=True,
        ),
        Q.material("The sweater is with cotton fabric and has a zipper on the shoulder.", "unsupported"),
        title="Tommy Hilfiger Women Red & White Striped Pullover",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange zip-front hooded sweatshirt, grey drawstrings, two side pockets, zipped halfway over a white
    # tee, black joggers, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-008",
        caption("a woman wearing a grey hoodie and black sweatpants standing in front of a white background"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        is_a("hoodie", "yes"),
        color_of("hoodie", "white", "other_garment_color", kind="open"),
        Q.details("hood with drawstrings, zip front, two side pockets, ribbed cuffs and hem"),
        Q.material("cotton fleece"),
        wearing("What is the person wearing? The person is wearing a hoodie.", "restated"),
        Q.pattern("printed", "contradiction"),
        title="HRX by Hrithik Roshan Women Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: maroon longline cardigan, V-neck, buttoned, two patch pockets, long sleeves, black jeggings, white
    # backdrop, front view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-009",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric "
            "and it has a v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("maroon"),
        details("cardigan", "button front, two patch pockets, v-neck and ribbed cuffs"),
        wearing("a maroon cardigan and black leggings"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        Q.description("no", "non_answer"),
        title="Fabindia Women Maroon Solid Longline Cardigan",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: light-wash blue denim jacket, chest flap pockets, worn open over a white tee with a black graphic print,
    # black jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-010",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. Her T-shirt has short sleeves, "
            "cotton fabric and graphic patterns. The lady wears a long pants."
        ),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("graphic", "contradiction"),
        wearing("she is wearing a denim jacket over a white graphic tee with black jeans"),
        Q.material("denim"),
        Q.details("The details of the garment are the details of the jacket.", "restated"),
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: pink faux-fur jacket, fluffy all over, shawl collar, hook closure, long sleeves, over a white top, blue
    # jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-011",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. The lady "
            "wears a long trousers. The trousers are with denim fabric."
        ),
        Q.garment_type("jacket"),
        Q.color("red", "contradiction"),
        Q.material(
            "furry fabric, the jacket is with furry fabric, the jacket is with furry fabric, the jacket is with "
            "furry fabric, the jacket is",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "a pink fluffy jacket with a wide collar"),
        Q.sleeve_length("long"),
        wearing("a pink fur coat and a white shirt with a black bow tie", "unsupported"),
        title="Sassafras Women Pink Solid Faux Fur Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: charcoal grey ribbed turtleneck sweater, long sleeves, ghost-mannequin product shot on white, no person.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand-up collar neckline.",
            "unsupported",
        ),
        Q.garment_type("sweater"),
        Q.color("grey"),
        Q.description("a dark grey turtleneck sweater with a ribbed knit"),
        Q.pattern("striped", "contradiction"),
        Q.details("ribbed knit, high neck, long sleeves"),
        Q.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand-up",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Charcoal Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Women",
    ),
    # photo: fair isle pullover, navy base with white and red snowflake motifs on the yoke and hem, crew neck, grey
    # jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-013",
        caption(
            "The lady wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears a long trousers."
        ),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        wearing("she is wearing a navy blue sweater with a white and red snowflake pattern and grey jeans"),
        Q.details(
            "Question: What are the details of the garment? Answer: snowflake pattern on the yoke and the hem", "leak"
        ),
        Q.garment_type("sweater"),
        Q.material("wool with a silk lining", "unsupported"),
        title="Roadster Women Navy Blue Fair Isle Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black cotton-gabardine double-breasted trench coat, knee length, belted, over a white shirt (collar
    # showing), blue jeans, short-haired model, white backdrop. Caption adapter epoch 1 (caption, open); reference
    # engine (closed).
    case(
        "X965-014",
        caption("a woman in a black trench coat and jeans posing for a picture"),
        Q.garment_type("coat"),
        Q.color("black"),
        Q.description("The coat is black with a white collar and white buttons.", "other_garment_color"),
        wearing(
            "The man wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and it has a "
            "lapel neckline.",
            "pronoun",
        ),
        Q.details(
            "double breasted button closure, belted waist with buckle, shoulder epaulettes, storm flap, two slant "
            "pockets and a back vent with a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.material("leather", "unsupported"),
        title="Vero Moda Women Black Double-Breasted Trench Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: peach cropped V-neck cardigan, buttoned, long sleeves, high-waist blue mom jeans, white backdrop.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-015",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric "
            "and it has a v-shape neckline. The lady wears a long trousers."
        ),
        Q.color("pink"),
        color_of("cardigan", "blue", "other_garment_color", kind="open"),
        Q.garment_type("cardigan"),
        Q.description("yes", "non_answer"),
        Q.details("buttons down the front, v neck, cropped length"),
        Q.material("The cardigan is with leather fabric.", "unsupported"),
        title="ONLY Women Peach-Coloured Solid Cropped Cardigan",
        category="Sweaters",
        color="Peach",
        gender="Women",
    ),
    # photo: teal satin waist-length bomber jacket, zip front, ribbed collar/cuffs/hem, over a black tee, black
    # jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-016",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and it "
            "has a stand-up collar neckline. The lady wears a T-shirt under it. The lady wears a long pants. The "
            "pants are with denim",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("teal"),
        wearing("a blue bomber jacket over a black t shirt and black jeans"),
        Q.details(
            "ribbed collar, ribbed cuffs, ribbed hem, ribbed collar, ribbed cuffs, ribbed hem, ribbed collar, "
            "ribbed cuffs, ribbed hem, ribbed",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        is_a("coat", "yes", "contradiction"),
        color_of("jacket", "black", "other_garment_color"),
        title="Harpa Women Teal Solid Bomber Jacket",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
    # photo: lavender fine-knit V-neck pullover laid flat on a white surface, long sleeves, no person.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-017",
        caption("a purple sweater laid flat on a white surface"),
        Q.garment_type("sweater"),
        Q.color("lavender"),
        wearing("She is wearing a long-sleeve sweater with pure color patterns and a long jeans.", "unsupported"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        Q.details(
            "v neck, v neck, v neck, v neck, v neck, v neck, v neck, v neck, v neck, v neck, v neck, v neck, v",
            "loop",
            hit_limit=True,
        ),
        color_of("sweater", "pink", "contradiction"),
        title="Marks & Spencer Women Lavender Solid V-Neck Pullover",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: colour-block crew-neck pullover, white upper half, navy lower half, thin red band between, blue jeans,
    # white backdrop; the feed has no colour. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-018",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with knitting fabric. "
            "It has a round neckline."
        ),
        Q.pattern("colour block"),
        Q.color("white"),
        wearing("a white and navy sweater with a red stripe and blue jeans"),
        Q.description(
            "The sweater is white and blue with a red stripe on the chest. It is made of wool and has a zipper at "
            "the back.",
            "unsupported",
        ),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Tommy Hilfiger Women Colourblocked Pullover",
        category="Sweaters",
        gender="Women",
    ),
    # photo: olive green waterfall shrug, draped open front, three-quarter sleeves, over a white tank top, blue jeans,
    # white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-019",
        caption(
            "The lady wears a three-quarter sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. The lady wears a sleeveless tank top under it."
        ),
        Q.garment_type("shrug"),
        Q.color("white", "other_garment_color"),
        wearing("a green shrug over a white top with blue jeans"),
        Q.sleeve_length("three-quarter"),
        describe(
            "shrug",
            "Question: Describe the shrug. Answer: The shrug is green. Question: Describe the top. Answer: The top is "
            "white. Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "draped front, draped front, draped front, draped front, draped front, draped front, draped front, "
            "draped front, draped",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Olive Solid Waterfall Shrug",
        category="Shrug",
        color="Olive",
        gender="Women",
    ),
    # photo: black shiny padded jacket, funnel collar, no hood, zipped, long sleeves, black jeans, white backdrop,
    # front view. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-020",
        caption(
            "The lady wears a long-sleeve padded jacket with pure color patterns. It has a stand-up collar "
            "neckline. The lady wears a long pants. The pants are with denim fabric."
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        is_a("hoodie", "yes", "contradiction"),
        Q.details("a hood with faux fur trim, a zip front and two zip pockets", "unsupported"),
        wearing("he is wearing a black puffer jacket and black jeans", "pronoun"),
        Q.pattern("solid"),
        title="Puma Women Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: cream cable-knit cardigan, open, long sleeves, over a beige knit top, brown wide-leg trousers, white
    # backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-021",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a long trousers. The trousers are with cotton fabric."
        ),
        Q.color("brown", "other_garment_color"),
        wearing("a white cardigan, a beige top and brown pants"),
        Q.details("cable knit, open front, long sleeves, ribbed cuffs"),
        Q.description(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        Q.material("wool"),
        title="Marks & Spencer Women Cream-Coloured Cable Knit Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: rust orange ribbed mock-neck sweater, long sleeves, black trousers, white backdrop, front view.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand-up collar neckline. The lady wears a long trousers."
        ),
        Q.color("brown", "contradiction"),
        wearing("a rust sweater and black pants"),
        Q.details("high neck, ribbed knit, long sleeves and a slit at the side hem", "unsupported"),
        Q.sleeve_length("long"),
        Q.garment_type("sweater"),
        Q.description("Answer: The sweater is rust coloured with a high neck.", "leak"),
        title="Mast & Harbour Women Rust Solid High Neck Sweater",
        category="Sweaters",
        color="Rust",
        gender="Women",
    ),
    # photo: grey-and-white checked single-breasted longline coat, notched lapels, one button, flap pockets, over a
    # black top and black trousers, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-023",
        caption(
            "The lady wears a long-sleeve coat with lattice patterns. The coat is with other fabric and it has a "
            "lapel neckline. The lady wears a long trousers."
        ),
        Q.pattern("checked"),
        Q.color("black", "other_garment_color"),
        wearing("a grey checked coat over a black top and black trousers"),
        Q.garment_type("coat"),
        Q.description("a grey coat with a checked pattern, notched lapels and a single button"),
        Q.details("notched lapels, single button, two flap pockets, and a belt at the waist", "unsupported"),
        title="Vero Moda Women Grey Checked Longline Coat",
        category="Jackets",
        color="Grey",
        gender="Women",
    ),
    # photo: burgundy fleece pullover hoodie, kangaroo pocket, white drawstrings, black joggers, hands in the
    # pocket and nothing held, white backdrop.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-024",
        caption("a woman wearing a maroon hoodie and black pants holding a cup of coffee", "unsupported"),
        Q.garment_type("sweatshirt"),
        Q.color("red"),
        is_a("hoodie", "yes"),
        Q.details(
            "hood, drawstring, kangaroo pocket, hood, drawstring, kangaroo pocket, hood, drawstring, kangaroo "
            "pocket, hood, drawstring, kangaroo",
            "loop",
            hit_limit=True,
        ),
        wearing("His hoodie is maroon and he wears black joggers.", "pronoun"),
        Q.material("fleece"),
        Q.description("hoodie", "non_answer"),
        title="HRX by Hrithik Roshan Women Burgundy Hooded Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: navy and white horizontally striped crew-neck cardigan, buttoned, gold buttons, long sleeves, blue
    # jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-025",
        caption(
            "The lady wears a long-sleeve cardigan with striped patterns. The cardigan is with knitting fabric. It "
            "has a round neckline."
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("navy blue"),
        wearing("a navy and white striped cardigan and blue jeans"),
        Q.description("The garment is a long-sleeve cardigan with pure color patterns.", "contradiction"),
        Q.sleeve_length("long"),
        Q.details(
            "navy and white stripes, round neck, button front with gold buttons, ribbed cuffs and hem. The lady "
            "wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Women Navy Blue & White Striped Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white quilted puffer jacket, hood with beige faux-fur trim, zipped, blue jeans, black ankle boots, white
    # backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-026",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. There "
            "is a hat on her head. The lady wears a long pants.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("white"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        Q.details("hood with fur trim, zip front, quilted, two pockets"),
        is_a("coat", "no"),
        wearing("a white puffer jacket with a fur hood, blue jeans and black boots"),
        Q.description(
            "The jacket is white. The hood is white. The jacket is white. The hood is white. The jacket is white. "
            "The hood is",
            "loop",
            hit_limit=True,
        ),
        title="Fort Collins Women White Solid Hooded Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: brown suede-look shacket, pointed collar, button front, two chest flap pockets, worn open over a white
    # tee, blue jeans, no jewellery, white backdrop. Caption adapter epoch 1 (caption, open); reference (closed).
    case(
        "X965-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with leather fabric and it "
            "has a lapel neckline. There is a ring on her finger.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("brown"),
        Q.material("The material of the garment is the garment material.", "restated"),
        wearing("a brown jacket, a white tee and blue jeans"),
        Q.details("two chest pockets with flaps, button front and a pointed collar"),
        Q.pattern("checked", "contradiction"),
        title="Roadster Women Brown Solid Suede Shacket",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: light pink crew-neck pullover with white "WINTER" lettering across the chest, long sleeves, light blue
    # jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-028",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers."
        ),
        Q.pattern("graphic"),
        Q.color("pink"),
        color_of("sweater", "white", "contradiction", kind="open"),
        wearing("a pink sweater with the word winter on it and light blue jeans"),
        Q.details('text print on the chest saying "WINTER", ribbed cuffs'),
        Q.description("What is the garment? The garment is a sweater.", "restated"),
        title="Kook N Keech Women Pink Typography Pullover",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: black cropped knit shrug, open front, three-quarter sleeves, over a red sleeveless fit-and-flare dress,
    # white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears a three-quarter sleeve cardigan over it."
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("red", "other_garment_color"),
        wearing("a black shrug over a red dress"),
        Q.sleeve_length("three-quarter"),
        Q.description(
            "The dress is red and sleeveless with a round neckline and a flared skirt.", "other_garment_color"
        ),
        title="Tokyo Talkies Women Black Solid Cropped Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: khaki hooded parka, drawstring waist, zip and snap placket, four flap pockets, over a white tee, blue
    # jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-030",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "lady wears a long pants. The pants are with denim fabric."
        ),
        Q.garment_type("jacket"),
        Q.color("beige"),
        wearing("a khaki parka with a hood over a white t-shirt and blue jeans"),
        Q.details(
            "Question: What are the details of the garment? Answer: hood, drawstring waist, four flap pockets", "leak"
        ),
        Q.material("leather", "unsupported"),
        Q.description("The jacket is beige with a hood, a drawstring at the waist and four flap pockets"),
        Q.pattern("checked", "contradiction"),
        title="Roadster Women Khaki Solid Hooded Parka Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: bottle green V-neck cardigan, buttoned, over a white collared shirt (collar out), black trousers, white
    # backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-031",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric "
            "and it has a v-shape neckline. The lady wears a long-sleeve shirt under it."
        ),
        Q.color("white", "other_garment_color"),
        color_of("cardigan", "green", kind="open"),
        Q.garment_type("cardigan"),
        Q.details("v neck, five buttons, ribbed hem and cuffs"),
        wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns. Question: What is the color of the "
            "cardigan? Answer: green",
            "leak",
        ),
        describe(
            "cardigan",
            "The cardigan is green and it has a v-neck with five buttons. The lady wears a long-sleeve shirt under "
            "it. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Woman Green Solid Cardigan",
        category="Sweaters",
        color="Green",
        gender="Women",
    ),
    # photo: grey knee-length longline shrug, open front, long sleeves, over a black tee and black jeans, white
    # backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-032",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a short-sleeve T-shirt with pure color patterns."
        ),
        Q.garment_type("shrug"),
        Q.color("black", "other_garment_color"),
        wearing("a long grey shrug, a black t-shirt and black jeans"),
        Q.sleeve_length("long"),
        Q.description(
            "The shrug is a long shrug. The shrug is a long shrug. The shrug is a long shrug. The shrug is a long "
            "shrug.",
            "loop",
            hit_limit=True,
        ),
        Q.details("a hood and a belt at the waist", "unsupported"),
        title="Tokyo Talkies Women Grey Solid Longline Shrug",
        category="Shrug",
        color="Grey",
        gender="Women",
    ),
    # photo: red quilted sleeveless puffer gilet, stand collar, zip front, over a white long-sleeve top, black jeans,
    # white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-033",
        caption(
            "The lady wears a sleeveless vest with pure color patterns. The vest is with cotton fabric and it has a "
            "stand-up collar neckline. The lady wears a long-sleeve shirt under it."
        ),
        Q.garment_type("vest"),
        Q.sleeve_length("long", "contradiction"),
        Q.color("red"),
        wearing("a red puffer vest over a white top and black jeans"),
        Q.details("long sleeves with ribbed cuffs, zip front, quilted", "contradiction"),
        color_of("vest", "white", "other_garment_color", kind="open"),
        title="Fort Collins Women Red Quilted Sleeveless Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue double-breasted pea coat, gold buttons, notched lapels, slit pockets, over a white turtleneck,
    # grey trousers, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-034",
        caption("a woman in a navy blue coat with gold buttons"),
        Q.garment_type("coat"),
        Q.color("navy blue"),
        Q.details("double breasted, gold buttons, notched lapels, slit pockets"),
        wearing("a blue coat over a white sweater and grey pants"),
        Q.description("The coat is grey with gold buttons", "other_garment_color"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("The garment is made of material.", "restated"),
        title="Mango Women Navy Blue Double-Breasted Pea Coat",
        category="Coats",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black-and-white checked wool-blend shacket, pointed collar, chest pockets, worn open over a black
    # turtleneck, black trousers, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-035",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers."
        ),
        Q.pattern("checked"),
        Q.color("black"),
        Q.garment_type("jacket"),
        wearing("he is wearing a black and white checked shirt", "pronoun"),
        Q.details(
            "checked, checked, checked, checked, checked, checked, checked, checked, checked, checked, checked, "
            "checked, checked, checked, checked",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "The shirt is black and white plaid with a collar and two pockets on the chest. It is made of flannel "
            "and has",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Black & White Checked Shacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: mauve fine-knit crew-neck pullover with long puff sleeves, white trousers, white backdrop.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-036",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers."
        ),
        Q.color("purple"),
        Q.sleeve_length("short", "contradiction"),
        wearing("a purple sweater with puff sleeves and white pants"),
        Q.details("puffed shoulders, round neck and a lace trim on the hem", "unsupported"),
        Q.pattern("solid"),
        Q.description(
            "Question: What is the color of the garment? Answer: purple. Question: What is the pattern of the "
            "garment? Answer: solid",
            "leak",
        ),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        title="Vero Moda Women Mauve Solid Pullover with Puff Sleeves",
        category="Sweaters",
        color="Mauve",
        gender="Women",
    ),
    # photo: yellow hooded rain jacket (hood down), zip front, long sleeves, over a black tee, black leggings, white
    # backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-037",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric."
        ),
        Q.garment_type("jacket"),
        Q.color("yellow"),
        is_a("hoodie", "no"),
        wearing("a yellow raincoat and black leggings"),
        Q.material("The material is waterproof nylon with a fleece lining", "unsupported"),
        Q.description("a bright yellow rain jacket with a hood and a zip"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Wildcraft Women Yellow Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Yellow",
        gender="Women",
    ),
    # photo: beige sherpa (teddy fleece) jacket, zip front, stand collar, two side pockets, over a white tee, blue
    # jeans, white backdrop; the feed has no category. Caption adapter epoch 1 (caption, open); reference (closed).
    case(
        "X965-038",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric and it "
            "has a stand-up collar neckline. The lady wears a long pants. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("blue", "other_garment_color"),
        wearing("a beige teddy jacket, white top and jeans"),
        Q.details("teddy fleece, zip front, high collar, two side pockets"),
        Q.material("furry fabric"),
        Q.description("The garment is a garment that is described as a jacket.", "restated"),
        title="ONLY Women Beige Solid Sherpa Jacket",
        color="Beige",
        gender="Women",
    ),
    # photo: black cropped denim jacket, worn open over a white crop top, light blue jeans, no watch or bracelet,
    # white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-039",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The lady wears a sleeveless tank "
            "top under it. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("blue", "other_garment_color"),
        color_of("jacket", "black", kind="open"),
        Q.garment_type("jacket"),
        wearing("yes", "non_answer"),
        Q.material("denim"),
        Q.description(
            "The jacket is black denim with a cropped length, button front and two flap pockets on the chest. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Black Cropped Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: steel blue crew-neck pullover (no buttons) with white floral embroidery around the yoke, beige
    # trousers, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-040",
        caption(
            "The lady wears a long-sleeve sweater with floral patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears a long trousers."
        ),
        Q.pattern("floral"),
        Q.color("blue"),
        wearing("The man wears a long-sleeve sweater with floral patterns and a long trousers.", "pronoun"),
        Q.details("white flowers embroidered around the neckline, ribbed cuffs and hem"),
        is_a("cardigan", "yes", "contradiction"),
        Q.description(
            "The garment is blue. The garment is blue. The garment is blue. The garment is blue. The garment is "
            "blue. The garment",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Blue Embroidered Pullover",
        category="Sweaters",
        color="Blue",
        gender="Women",
    ),
    # photo: coffee brown single-breasted longline overcoat, notched lapels, two buttons, flap pockets, over a beige
    # sweater, black trousers, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-041",
        caption("a woman wearing a brown long coat and black pants standing in a white room"),
        Q.garment_type("coat"),
        Q.color("beige", "other_garment_color"),
        wearing("a brown coat over a beige sweater and black trousers"),
        Q.details("notched lapels, two buttons, flap pockets, and a fur collar", "unsupported"),
        Q.sleeve_length("long"),
        Q.description("Question: Describe the garment. Answer:", "leak"),
        title="Mango Women Coffee Brown Longline Overcoat",
        category="Coats",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: rainbow striped button cardigan (red, orange, yellow, green, blue stripes), long sleeves, over a white
    # tee, blue jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-042",
        caption(
            "The lady wears a long-sleeve cardigan with striped patterns. The cardigan is with knitting fabric. The "
            "lady wears a short-sleeve T-shirt under it."
        ),
        Q.pattern("striped"),
        Q.color("multi"),
        wearing("a rainbow striped cardigan with a white t shirt and jeans"),
        Q.description(
            "The cardigan is red, orange, yellow, green, blue, red, orange, yellow, green, blue, red, orange, "
            "yellow, green, blue",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.details("yes", "non_answer"),
        Q.material("The cardigan is with knitting fabric and it has a leather belt.", "unsupported"),
        title="Sassafras Women Multicoloured Striped Cardigan",
        category="Sweaters",
        color="Multi",
        gender="Women",
    ),
    # photo: lime green lightweight padded jacket, stand collar, zip front, over a black tee, black jeans, white
    # backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-043",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a stand-up collar neckline. The gentleman wears a long pants.",
            "pronoun",
        ),
        Q.garment_type("jacket"),
        Q.color("yellow", "contradiction"),
        wearing("a bright green jacket and black jeans"),
        Q.details("The details of the jacket are the jacket details.", "restated"),
        Q.pattern("solid"),
        title="Puma Women Lime Green Solid Padded Jacket",
        category="Jackets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: grey melange open cardigan with black contrast piping on the front edges, two patch pockets, long
    # sleeves, over a black knee-length dress and black tights, white backdrop; the feed has no gender.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-044",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a dress under it."
        ),
        Q.color("grey"),
        Q.garment_type("cardigan"),
        color_of("cardigan", "grey with black trim", kind="open"),
        Q.details("black piping along the front, two patch pockets, and a hood", "unsupported"),
        wearing("a grey cardigan and a black dress with black tights"),
        Q.sleeve_length("long"),
        Q.description("She wears a grey cardigan. She wears a grey dress. She wears a grey tights.", "contradiction"),
        title="Marks & Spencer Women Grey Melange Cardigan with Contrast Piping",
        category="Sweaters",
        color="Grey Melange",
    ),
    # photo: olive green utility jacket, four flap pockets, zip and snap placket, drawstring waist, over a black tee,
    # blue jeans, white backdrop. Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-045",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a stand-up collar neckline. The lady wears a long pants. The pants are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("olive"),
        wearing("she's wearing an olive green jacket, a black t-shirt and blue jeans"),
        Q.details(
            "Four pockets with flaps, a zip and a drawstring. What is the pattern of the garment? Answer: solid", "leak"
        ),
        Q.material("cotton"),
        Q.description("", "non_answer"),
        color_of("jacket", "black", "other_garment_color"),
        title="Roadster Women Olive Green Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: white cable-knit turtleneck pullover, long sleeves, ghost-mannequin product shot on white, no person.
    # Caption adapter epoch 1 (caption, open); reference engine (closed).
    case(
        "X965-046",
        caption("a white knitted sweater with a high neck on a white background"),
        Q.garment_type("cardigan", "contradiction"),
        Q.color("cream"),
        Q.pattern("solid"),
        wearing("She is wearing a white sweater and blue jeans.", "unsupported"),
        Q.details(
            "cable knit, turtleneck, ribbed cuffs, cable knit, turtleneck, ribbed cuffs, cable knit, turtleneck, "
            "ribbed cuffs, cable knit,",
            "loop",
            hit_limit=True,
        ),
        Q.material("The material of the garment is a material that is used for the garment.", "restated"),
        title="H&M Women White Cable-Knit Turtleneck Sweater",
        category="Sweaters",
        color="White",
        gender="Women",
    ),
]
