"""BLIND_366 (46 products; women's Myntra-like catalog: kurtas, sets, tops, bottoms, sarees, outerwear): written blind
in the forty-fifth session. Measured blind at 5605aec (the session's rules as they stood): 110/130 failures found
(84.6%) and 3/171 correct texts flagged (1.8%). The writer's notes, verbatim:

Scenario: a Myntra-like women's catalog drawn at random from one night's run: kurtas, kurta sets, tops, tshirts,
shirts, dresses, jeans, trousers, leggings, sarees, sweatshirts, jackets and a shrug, all model shots (mostly studio
backdrops, a few with a wall, a plant or a stool in the frame). Each row has the seller's title, category, color
and gender; a few rows miss the gender, as real feeds do. Seller colors are Myntra's (Navy Blue, Mustard, Olive,
Teal, Maroon, Peach, Lavender, Grey Melange, Beige).

Who wrote what: every caption comes from the caption adapter (DeepFashion template, no end token): it names no hue,
only patterns (pure color, floral, graphic, lattice, striped, color block), and runs to its 50-token limit, so every
caption carries hit_limit=True. The open questions of the default questionnaire (wearing, description, details,
material) come from the untuned base Salesforce/blip2-opt-2.7b: short lowercase texts that stop on their own (never
hit_limit). The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and the
yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Adapter captions: one that ends mid-sentence at the limit is cut; one that starts a template sentence over again
  (even only its first words, "The lady wears a long-sleeve") is loop; one whose 50 tokens happen to end on a full
  stop, with nothing wrong in it, is correct (hit_limit kept). An accessory the photo does not show in a caption that
  ends cleanly is unsupported; an invented item or fabric in a caption that is then cut is labelled cut.
- The adapter has no kurta or saree class. Calling the product kurta a "dress" (or a saree a "dress", or "a tank top
  and a long skirt") is contradiction, even when the text is also cut or loops: the misnamed garment is seen first.
  Its generic "upper clothing" / "lower clothing" sentences and "shirt" for a straight kurta are accepted (a kurta is
  a long shirt to the In-shop classes). A piece that is not the product misnamed (the kurta over the leggings of
  X366-036) does not make the caption a contradiction; the cut is labelled. "dress" for a flared anarkali kurta, by
  the base model, is accepted (it looks like one).
- Shade words are correct: yellow for mustard, blue for navy or teal blue, green for olive or teal, pink for peach,
  purple for lavender, red for maroon, tan or cream for beige, grey for grey melange. Mustard as "orange" and navy as
  "black" are contradiction. One of the two colors a two-color garment is sold as (white for a black-and-white
  striped top) is correct; the color of a print, border or embroidery given as the garment's color (white for the
  dots of a black dress, gold for a zari border, red for embroidery on a black kurta, green for the leaves on a
  white dress) is contradiction; the color of the backdrop is contradiction.
- The color of another piece in the photo (the jeans under a top, the dupatta of a set, the blouse of a saree, the
  inner tee under a jacket or shrug, the kurta over leggings) given as the product's or a piece's color is
  other_garment_color.
- Synonyms are correct: salwar kameez for a kurta set, hoodie for a hooded sweatshirt, sweater or cardigan for a
  shrug, shirt or top for a t-shirt, pants for trousers, churidar or leggings, heels when the photo shows them.
- Materials (base model): one the title names, or one the photo plainly shows (denim, leather for faux leather,
  lace for crochet, chiffon for a sheer flowy top, fleece for a sweatshirt, cotton for a cotton-look tee or kurta)
  is correct; one that contradicts the title (silk for an organza saree, cotton in the adapter's caption for a linen
  shirt) or is another garment's (denim for a t-shirt worn with denim shorts) is contradiction; silk or linen on a
  garment whose title names no material and which shows none is unsupported.
- Invented details (a bow on a back the front view does not show, a hood on a biker jacket, jewellery the model does
  not wear) are unsupported.
- Base answers: "he" for the woman is pronoun; an answer that runs on into "Question: ... Answer:" is leak even when
  its first words are right; an early stop mid-phrase ("it is made of") is cut without hit_limit; an empty answer or
  "the details of the jeans" is non_answer; a material answered with the garment's name, or "the garment is made of
  material", is restated; a short phrase said three times over is loop.
- Describing the whole outfit for "Describe the garment." (a white shirt and black pants, for trousers) is correct.
- One color given to two pieces of different colors (a yellow kurta "with yellow pants" over white palazzos, "grey
  leggings" under a grey tee, "blue jeans" for black ones) is contradiction, and so is a color no piece has (a "red
  blouse" over a white one). The reference engine's wrong closed answers are contradiction (trousers as jeans,
  puff sleeves as long sleeves, a geometric print as solid, "yes" to "Is this a dress?" for a kurta set).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")

BLIND_366 = [
    # photo: model in a calf-length mustard yellow straight kurta with a white floral block print, three-quarter
    # sleeves, round neck, worn with white palazzos; plain off-white backdrop, front view.
    # caption: adapter
    case(
        "X366-001",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta with yellow pants", "contradiction"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("floral"),
        D.material("cotton"),
        is_a("dress", "no"),
        D.details("the details of the kurta", "non_answer"),
        title="Women Mustard Yellow Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a navy blue A-line kurta with gold foil ethnic motifs, long sleeves, mandarin collar, navy
    # churidar; grey studio backdrop, front view.
    # caption: adapter
    case(
        "X366-002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a stand "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue kurta with gold designs"),
        D.color("black", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        title="Women Navy Blue Ethnic Motifs Foil Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white chikankari straight kurta (white-on-white embroidery), three-quarter sleeves, V-neck,
    # white trousers; she stands beside a potted plant against a beige wall.
    # caption: adapter (its 50 tokens end on a full stop)
    case(
        "X366-003",
        caption(
            "The female is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is v-shape. The female wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        D.description("a woman in a white kurta standing next to a plant"),
        D.details(
            "the kurta has embroidery on the front and a gold border at the hem",
            "unsupported",
        ),
        D.color("white"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("silk", "contradiction"),
        title="Women White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a sleeveless teal straight kurta with a thread-work yoke, round neck, teal pants; no jewellery;
    # light grey backdrop.
    # caption: adapter
    case(
        "X366-004",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. Her tank top has "
            "no sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green kurta"),
        D.color("green"),
        D.details("the kurta has a gold necklace and earrings", "unsupported"),
        D.sleeve_length("sleeveless"),
        is_a("kurta", "yes"),
        D.material("cotton and silk and cotton and silk and cotton and silk", "loop"),
        title="Women Teal Yoke Design Thread Work Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a pink floral printed anarkali kurta flaring to mid-calf, long sheer sleeves, round neck, white
    # churidar; white studio backdrop.
    # caption: adapter
    case(
        "X366-005",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with floral patterns. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.pattern("floral"),
        D.material("it is made of", "cut"),
        color_pants("pink", "other_garment_color"),
        title="Women Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an olive green straight kurta with a white geometric print, short sleeves, mandarin collar with
    # a button placket, white pants; shot against an exposed red brick wall.
    # caption: adapter
    case(
        "X366-006",
        caption(
            "The upper clothing has short sleeves, cotton fabric and lattice patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady wears a "
            "ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green and white kurta"),
        D.color("green"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("it has a collar and buttons on the front"),
        D.description("a green kurta with white pants in front of a brick wall"),
        title="Women Olive Green Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a black straight kurta with red and gold thread embroidery around the neckline, long sleeves,
    # black palazzos; plain grey backdrop.
    # caption: adapter
    case(
        "X366-007",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is v-shape. The female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black kurta with red embroidery"),
        D.color("red", "contradiction"),
        D.details("the kurta has red and gold embroidery on the neck"),
        D.material("a black kurta", "restated"),
        is_a("kurta", "yes"),
        title="Women Black Embroidered Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a bottle-green kurta with a small gold print, matching green trousers and a pink dupatta over
    # one shoulder; grey backdrop, front view.
    # caption: adapter
    case(
        "X366-008",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a scarf "
            "on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta with a pink dupatta"),
        D.description("a green and pink salwar kameez"),
        D.color("pink", "other_garment_color"),
        color_dupatta("pink"),
        color_pants("green"),
        is_a("dress", "yes", "contradiction"),
        title="Women Green Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white kurta with a blue floral print, three-quarter sleeves, round neck, blue palazzos and a
    # white dupatta with a blue border; white backdrop.
    # caption: adapter
    case(
        "X366-009",
        caption(
            "The female is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The female wears a long pants. The pants are with cotton fabric and floral patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white kurta and blue pants"),
        D.color("white"),
        D.pattern("floral"),
        D.material("the kurta is made of cotton and the dupatta is made of", "cut"),
        D.details(
            "the kurta has blue flowers on it Question: What is the color of the dupatta? Answer: white",
            "leak",
        ),
        color_pants("blue"),
        title="Women White & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a maroon kurta with gold zari embroidery at the neck and cuffs, long sleeves, maroon sharara and
    # a gold tissue dupatta; beige backdrop.
    # caption: adapter
    case(
        "X366-010",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. The lady "
            "wears a long pants",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress with gold embroidery", "contradiction"),
        D.color("red"),
        color_dupatta("gold"),
        D.material("silk", "unsupported"),
        D.details("the kurta has gold embroidery on the neck and sleeves"),
        color_pants("gold", "other_garment_color"),
        title="Women Maroon Ethnic Motifs Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a yellow kurta with small mirror work on the yoke, three-quarter sleeves, round neck, white
    # churidar; glass bangles on both wrists; plain cream backdrop. The feed row has no gender.
    # caption: adapter (its 50 tokens end on a full stop)
    case(
        "X366-011",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta with white pants"),
        D.details("the kurta has small mirrors on the front"),
        color_pants("yellow", "other_garment_color"),
        is_a("saree", "no"),
        D.material("yellow kurta", "restated"),
        title="Yellow Mirror Work Kurta with Churidar",
        category="Kurta Sets",
        color="Yellow",
    ),
    # photo: model in a navy blue kurta with a small white floral print, long sleeves, V-neck, plain white trousers;
    # grey backdrop.
    # caption: adapter
    case(
        "X366-012",
        caption(
            "The female is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The female wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The female",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue pants", "contradiction"),
        D.color("blue"),
        color_pants("white"),
        D.details(
            "it has a v neck and white flowers Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        D.material("cotton"),
        title="Women Navy Blue & White Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white square-neck crop top with short puff sleeves, tucked into high-rise blue jeans; grey
    # backdrop.
    # caption: adapter
    case(
        "X366-013",
        caption(
            "Her shirt has short sleeves, cotton fabric and pure color patterns. It has a square neckline. The lady "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns. Her shirt has short "
            "sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white top and blue jeans"),
        D.description("a white top with puffy sleeves"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        color_jeans("blue"),
        D.details(
            "the top has a square neck and puff sleeves Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Women White Solid Puff Sleeves Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a black-and-white horizontally striped long-sleeve boat-neck top, black trousers; white
    # backdrop.
    # caption: adapter
    case(
        "X366-014",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt and black pants"),
        D.pattern("striped"),
        D.color("white"),
        D.details("the stripes are black and", "cut"),
        is_a("top", "yes"),
        title="Women Black & White Striped Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard yellow ribbed sleeveless tank top, round neck, white wide-leg trousers; bare wrists,
    # no jewellery; pale grey backdrop.
    # caption: adapter (its 50 tokens end on a full stop)
    case(
        "X366-015",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an accessory "
            "on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a yellow tank top and white pants"),
        D.color("orange", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.material("ribbed cotton"),
        D.details("the top has a pocket on the front", "unsupported"),
        title="Women Mustard Yellow Ribbed Tank Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a peach top with a small white-and-green floral print, flutter sleeves, V-neck, peplum hem, in a
    # sheer flowy fabric, white jeans; front view only; white backdrop.
    # caption: adapter
    case(
        "X366-016",
        caption(
            "The female is wearing a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has "
            "a v-shape neckline. The female wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top with flowers and white jeans"),
        D.color("pink"),
        D.pattern("floral"),
        D.details("the top has ruffles on the sleeves and a bow on the back", "unsupported"),
        D.material("chiffon"),
        D.description(
            "a pink top with flowers Question: What is the color of the jeans? Answer: white",
            "leak",
        ),
        title="Women Peach-Coloured Floral Print Peplum Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a red satin wrap top with long sleeves, V-neck, black straight trousers; grey backdrop.
    # caption: adapter
    case(
        "X366-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red shirt and black pants"),
        D.description("a red and black dress", "contradiction"),
        D.color("red"),
        D.material("satin"),
        color_pants("black"),
        D.details("the top has a tie at the waist"),
        title="Women Red Satin Wrap Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a white round-neck short-sleeve t-shirt printed "bloom" in black letters, blue jeans; white
    # backdrop.
    # caption: adapter (its 50 tokens end on a full stop)
    case(
        "X366-018",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a white t - shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.details("it says bloom on the front"),
        D.material("cotton"),
        title="Women White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: short-haired model in a black oversized drop-shoulder t-shirt, grey joggers; light grey backdrop.
    # caption: adapter
    case(
        "X366-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("he is wearing a black t shirt and grey pants", "pronoun"),
        D.color("black"),
        D.sleeve_length("short sleeves"),
        color_pants("black", "other_garment_color"),
        D.material("cotton"),
        title="Women Black Solid Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a plain lavender round-neck t-shirt, blue denim shorts; white backdrop.
    # caption: adapter
    case(
        "X366-020",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "lady wears a medium-length shorts. The shorts are with denim fabric and pure color patterns. Her T-shirt "
            "has short sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and blue shorts"),
        D.color("purple"),
        D.pattern("solid"),
        D.description("a purple shirt"),
        D.material("denim", "contradiction"),
        D.details(
            "the shirt is purple and the shorts are blue and the shirt is purple and the shorts are blue",
            "loop",
        ),
        title="Women Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a yellow-and-blue tie-dye round-neck t-shirt, black leggings; white backdrop.
    # caption: adapter
    case(
        "X366-021",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow and blue tie dye shirt"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.details(
            "the shirt has a tie dye pattern and a tie dye pattern and a tie dye pattern",
            "loop",
        ),
        color_leggings("black"),
        title="Women Yellow & Blue Tie and Dye Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a blue-and-white checked cotton shirt, long sleeves rolled to the elbow, collar, tucked into
    # black jeans; grey backdrop.
    # caption: adapter
    case(
        "X366-022",
        caption(
            "The female is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The female wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt and blue jeans", "contradiction"),
        D.pattern("checked"),
        D.color("black", "other_garment_color"),
        D.details("it has a collar and buttons and the sleeves are rolled up"),
        D.material("cotton"),
        color_jeans("blue", "other_garment_color"),
        title="Women Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: short-haired model in an oversized white linen shirt, long sleeves, collar, beige trousers; white
    # backdrop.
    # caption: adapter (its 50 tokens end on a full stop)
    case(
        "X366-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white shirt and khaki pants", "pronoun"),
        D.color("white"),
        D.material("linen"),
        D.sleeve_length("long sleeves"),
        title="Women White Solid Linen Oversized Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in an olive green utility shirt with two flap chest pockets, long sleeves, tucked into blue jeans;
    # grey backdrop.
    # caption: adapter
    case(
        "X366-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a long trousers.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green shirt and jeans"),
        D.color("green"),
        D.details("it has two pockets on the front"),
        D.description(
            "a green shirt with pockets Question: What are the details of the garment? Answer: it has two pockets",
            "leak",
        ),
        is_a("jacket", "no"),
        D.material("cotton"),
        D.pattern("checked", "contradiction"),
        title="Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a black midi wrap dress with white polka dots, short sleeves, V-neck, thin silver bracelet;
    # white backdrop.
    # caption: adapter
    case(
        "X366-025",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with graphic "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot dress"),
        D.pattern("polka dots"),
        D.color("white", "contradiction"),
        D.description("a black dress with white dots"),
        D.material("silk", "unsupported"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Black & White Polka Dot Print Wrap Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sleeveless white maxi dress with a green leaf-and-flower print, sweetheart neck, a beaded
    # bracelet; studio with two large potted plants beside her.
    # caption: adapter (its 50 tokens end on a full stop)
    case(
        "X366-026",
        caption(
            "The female is wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is sweetheart. The dress is of long length. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("a white dress with green flowers"),
        D.color("green", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a woman standing in front of plants wearing a white floral dress"),
        D.details("the dress has green leaves and flowers on it"),
        D.material("silk", "unsupported"),
        title="Women White & Green Floral Print Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a knee-length red bodycon dress, long sleeves, square neck, black heels, no rings; grey
    # backdrop, full length.
    # caption: adapter
    case(
        "X366-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a pair of shoes. The lady wears a ring on her finger. The lady wears a "
            "long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress and black heels"),
        D.garment_type("dress"),
        D.color("red"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("the garment is made of material", "restated"),
        title="Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy blue shirt dress with white buttons, three-quarter sleeves, collar, navy self-fabric
    # belt; white backdrop.
    # caption: adapter
    case(
        "X366-028",
        caption(
            "The female is wearing a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a lapel neckline. She wears a belt. The female is wearing a medium-sleeve dress with pure color "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt dress with a belt"),
        D.color("black", "contradiction"),
        D.details(
            "it has buttons down the front and a belt and a pocket on the chest",
            "unsupported",
        ),
        D.material("cotton"),
        is_a("dress", "yes"),
        title="Women Navy Blue Solid Shirt Dress with Belt",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model sitting on a wooden stool in a mustard yellow tiered midi dress with a small ethnic print, short
    # puff sleeves, round neck, no hat; pink backdrop. The feed row has no gender.
    # caption: adapter
    case(
        "X366-029",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a hat on her head. The lady wears a pair of sandals. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow dress"),
        D.color("pink", "contradiction"),
        D.pattern("printed"),
        D.description("a woman sitting on a stool in a yellow dress against a pink wall"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        title="Women Mustard Yellow Ethnic Motifs Printed Tiered A-Line Midi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # photo: model in light blue high-rise skinny jeans with a white t-shirt tucked in, silver watch; white backdrop.
    # caption: adapter
    case(
        "X366-030",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white jeans", "contradiction"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        color_jeans("blue"),
        D.details(
            "the jeans are blue Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Women Blue Skinny Fit High-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black straight-fit jeans with a red sleeveless crop top; grey backdrop.
    # caption: adapter
    case(
        "X366-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "lady wears a sleeveless tank",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red top and black jeans"),
        D.color("black"),
        D.details("the details of the jeans", "non_answer"),
        color_top("red"),
        is_a("jeans", "yes", article="a pair of"),
        D.material("denim"),
        title="Women Black Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue mom-fit jeans ripped at both knees, a white long-sleeve shirt knotted at the waist;
    # white backdrop.
    # caption: adapter
    case(
        "X366-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and ripped jeans with a brown belt", "unsupported"),
        D.details("the jeans are ripped at the knees"),
        D.description("blue jeans with holes in the knees"),
        D.color("blue"),
        D.pattern("solid"),
        title="Women Blue Mom Fit High-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in beige pleated wide-leg trousers with a black long-sleeve fitted top; light grey backdrop.
    # caption: adapter
    case(
        "X366-033",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black top and tan pants"),
        D.garment_type("jeans", "contradiction"),
        D.color("cream"),
        D.details("they have pleats in the front"),
        D.material("linen", "unsupported"),
        D.description("she is wearing a black top and beige pants"),
        title="Women Beige Solid Pleated Wide Leg Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in black slim formal trousers with a white collared shirt tucked in; white backdrop.
    # caption: adapter
    case(
        "X366-034",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The female wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. She wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.description("a white shirt and black pants"),
        D.color("white", "other_garment_color"),
        D.material("black pants", "restated"),
        color_pants("black"),
        D.details("they are black pants", "non_answer"),
        title="Women Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in olive green cargo trousers with side flap pockets and a white cropped t-shirt; white backdrop.
    # caption: adapter
    case(
        "X366-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and green pants"),
        D.details("the pants have pockets on the sides"),
        D.color("green"),
        D.description("he is wearing green cargo pants", "pronoun"),
        D.material("it is made of a", "cut"),
        title="Women Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: model in white churidar leggings under a blue knee-length kurta with long sleeves; white backdrop; the
    # leggings show from the knees down.
    # caption: adapter (the kurta, not the product, is called a dress)
    case(
        "X366-036",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white leggings"),
        D.garment_type("leggings"),
        D.color("blue", "other_garment_color"),
        D.details("the leggings are white and they are leggings", "non_answer"),
        color_leggings("white"),
        title="Women White Solid Churidar-Length Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings with a grey marl short-sleeve t-shirt; white backdrop.
    # caption: adapter (its 50 tokens end on a full stop)
    case(
        "X366-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey leggings", "contradiction"),
        D.color("black"),
        D.material("cotton"),
        is_a("leggings", "yes", article="a pair of"),
        D.details("the leggings are ankle length"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model draped in a red georgette saree with a gold zari border, red short-sleeve blouse, gold bangles;
    # beige backdrop.
    # caption: adapter
    case(
        "X366-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red saree with a gold necklace", "unsupported"),
        D.garment_type("saree"),
        D.color("gold", "contradiction"),
        D.material("chiffon"),
        color_blouse("red"),
        title="Red & Gold-Toned Zari Border Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a blue cotton saree with a white floral print and white border, white short-sleeve blouse,
    # a watch; white backdrop. The feed row has no gender.
    # caption: adapter
    case(
        "X366-039",
        caption(
            "The upper clothing has short sleeves, cotton fabric and floral patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has floral patterns. There is an accessory "
            "on her wrist. The upper",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white saree with a red blouse", "contradiction"),
        D.pattern("floral"),
        D.color("blue"),
        color_blouse("blue", "other_garment_color"),
        D.details(
            "it has a white border and flowers Question: What material is the garment made of? Answer: cotton",
            "leak",
        ),
        title="Blue & White Floral Printed Pure Cotton Saree",
        category="Sarees",
        color="Blue",
    ),
    # photo: model in a pink organza saree with a sequinned border, pink sleeveless blouse, the pallu held in one
    # hand, a bracelet; grey backdrop.
    # caption: adapter
    case(
        "X366-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. There "
            "is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink saree"),
        D.material("silk", "contradiction"),
        D.color("pink"),
        D.details("the saree has sequins on the border"),
        D.description(
            "a pink saree Question: What is the color of the blouse? Answer: pink",
            "leak",
        ),
        title="Pink Embellished Sequinned Organza Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a green Banarasi silk saree with gold zari weaving, maroon short-sleeve blouse, gold bangles;
    # cream backdrop.
    # caption: adapter
    case(
        "X366-041",
        caption(
            "The upper clothing has short sleeves, silk fabric and graphic patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is silk and it has graphic patterns. There is an accessory "
            "on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green and gold saree"),
        color_blouse("green", "other_garment_color"),
        D.color("green"),
        D.material("silk"),
        D.description("a green saree with a red blouse"),
        D.details("the saree has gold", "cut"),
        title="Green & Maroon Woven Design Zari Banarasi Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a grey melange hooded sweatshirt with "BROOKLYN" printed across the chest and a kangaroo
    # pocket, black joggers; white backdrop.
    # caption: adapter
    case(
        "X366-042",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "hooded neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        D.color("black", "other_garment_color"),
        D.details("it has a hood and a pocket and says brooklyn"),
        D.material("fleece"),
        D.description("a grey sweatshirt with a hood and a hood and a hood", "loop"),
        title="Women Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a plain pink crew-neck sweatshirt, blue jeans; white backdrop.
    # caption: adapter (its 50 tokens end on a full stop)
    case(
        "X366-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a pink sweater and blue jeans"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.description("", "non_answer"),
        D.material("wool", "unsupported"),
        D.details("it is a pink sweatshirt", "non_answer"),
        title="Women Pink Solid Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a blue washed denim jacket with button front and chest pockets, worn open over a white t-shirt,
    # black jeans; grey backdrop.
    # caption: adapter
    case(
        "X366-044",
        caption(
            "The outer clothing is a denim jacket with long sleeves. The upper clothing has short sleeves, cotton "
            "fabric and pure color patterns. The neckline of it is round. The lower clothing is of long length. The "
            "fabric is denim and it has",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket, white shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details("the jacket has buttons and pockets"),
        color_jacket("blue"),
        D.description("a blue jacket with a white shirt and white jeans", "contradiction"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: short-haired model in a black faux-leather biker jacket with an asymmetric zip (no hood), worn open over
    # a white top, blue jeans; white backdrop.
    # caption: adapter
    case(
        "X366-045",
        caption(
            "The outer clothing is a leather coat with long sleeves. The upper clothing has no sleeves, cotton fabric "
            "and pure color patterns. The neckline of it is round. The lower clothing is of long length. The fabric is "
            "denim and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and jeans"),
        D.material("leather"),
        D.color("black"),
        D.details("it has a zipper and a hood", "unsupported"),
        D.description("he is wearing a black leather jacket", "pronoun"),
        title="Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white crochet open-front shrug with long sleeves over a black tank top, blue jeans; white
    # backdrop.
    # caption: adapter
    case(
        "X366-046",
        caption(
            "The outer clothing is a cardigan with long sleeves, lace fabric and pure color patterns. The upper "
            "clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The lower "
            "clothing is of long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater over a black top and jeans"),
        D.garment_type("shrug"),
        D.color("black", "other_garment_color"),
        D.material("lace"),
        D.sleeve_length("long sleeves"),
        D.details("it is a shrug", "non_answer"),
        title="Women White Crochet Open Front Shrug",
        category="Shrugs",
        color="White",
        gender="Women",
    ),
]
