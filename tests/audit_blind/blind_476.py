"""BLIND_476 (46 products; men's and women's loungewear and innerwear night, models and flat-lays): written blind in the
forty-eighth session. Measured blind at 8ccc46a (the session's rules as they stood): 87/110 failures found (79.1%)
and 2/134 correct texts flagged (1.5%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed from one night's run over loungewear and innerwear for men and women:
track pants and joggers, lounge shorts, innerwear vests (single and packs), lounge t-shirts, pyjamas and lounge
pants, night suits (top and pyjamas or shorts, some satin) and camisoles. About two thirds are model shots (often a
second garment worn with the product: a tee over the track pants, an open shirt over a camisole, a hoodie over velour
pants; innerwear vests are often headless torso crops) and a third are flat-lays on white, wood or bed sheets. Some
photos have colored walls, a brick wall, a window or a bed behind the model. Each row has the seller's title,
category, color and gender; a few rows miss the color (assorted packs) or the gender, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
white t-shirt and navy blue track pants") unless the comment says the caption adapter wrote them (the
DeepFashion-MultiModal template, "The gentleman wears a short-sleeve T-shirt with pure color patterns ..."). The
adapter has no end token: every adapter text runs to its limit and carries hit_limit=True, and asked a question it
returns its template. Open questions (wearing, description, details, material and this set's neckline, print and
waistband questions) come from the base model unless the comment names the adapter; the base model stops on its own
and never has hit_limit (even when it stops early, mid-phrase). Closed questions (garment_type, color, pattern,
sleeve_length, the per-piece colors and "Is this a ...?") are enrich's `--engine reference` answers chosen from
candidate sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or royal blue, grey for charcoal or grey melange
  (but black for charcoal is contradiction), red for maroon, green for olive or teal, yellow for mustard, purple for
  lavender, pink for peach, beige for nude. White for off white is correct.
- Garment synonyms are correct: joggers or sweatpants for track pants, tank top for an innerwear vest or a
  camisole, pajamas for pyjamas or a night suit, henley or shirt for a henley t-shirt, sweatshirt for a hoodie,
  baseball shirt for a raglan tee. garment_type "shirt" for a night suit and "t-shirt" for a sleeveless vest are
  contradiction.
- The color of the other worn garment (the tee over track pants, the open shirt over a camisole, the tee with lounge
  shorts) given as the product's color is other_garment_color. The color of a wall, of a side stripe, piping or print
  given as the garment's color is contradiction (the wall is not a garment).
- A person's or layer's sleeves given as the product's sleeve length (long sleeves for a camisole under an open
  shirt) is contradiction.
- Materials: one the title names is correct (velour as "velvet" too); a plausible "cotton" on a jersey or printed
  fabric the title does not name is correct; a material the title contradicts or nothing shows (polyester or fleece
  on cotton, silk on cotton or on satin) is unsupported. Invented parts (logos, pockets on a front view that shows
  none, lace trims, back pockets on a front view) are unsupported.
- Adapter texts: repeating a template sentence is loop; stopping mid-sentence without repeating is cut; returned for
  the material question it is restated; misnaming the garment itself (a t-shirt as a sweater, lounge shorts as long
  pants) is contradiction, hit_limit kept. One kind per text: the one seen first.
- Base texts: running on into "Question: ... Answer:" is leak; an empty answer or "the shorts have details" is
  non_answer, and so is "the shorts are short"; a material question answered with the garment and its color is
  restated, and so is a details question answered with the garment's name or color only; an early stop ("it is
  made of") is cut without hit_limit.
- "she" or "a woman" for a men's product (headless torso crops) and "he" for a women's product are pronoun.
- A garment that is not in the photo (a tee beside flat-laid shorts, briefs on a torso crop cut at the waist) is
  unsupported. A color no piece in the photo has, given to one piece ("white shorts" for navy ones), is
  contradiction, and so is another garment for the product ("a lace bra" for a camisole) or a wrong neckline.
- Two garments given one color when they differ ("a black sweatshirt and black pants" over maroon pants) is
  contradiction. A pack shown as several pieces and named in the plural is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
print_q = question("print", "What is printed on the garment?", "open")
waistband = question("waistband", "What kind of waistband does it have?", "open")

BLIND_476 = [
    # photo: man in navy blue joggers with thin white side stripes and a plain white crew-neck tee, grey studio
    # backdrop, full front view.
    # adapter: none
    case(
        "X476-001",
        caption("a man in a white t-shirt and navy blue track pants"),
        D.wearing("a white t-shirt and white pants", "contradiction"),
        D.garment_type("track pants"),
        D.color("white", "other_garment_color"),
        D.details("white stripes on the side and a zip pocket", "unsupported"),
        title="Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in black cotton lounge shorts with a grey melange crop tee, white backdrop, front view.
    # caption: adapter
    case(
        "X476-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey shorts", "contradiction"),
        D.garment_type("shorts"),
        D.color("black"),
        D.material("cotton"),
        title="Women Black Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: headless torso crop (cut at the waist) of a man in a white ribbed innerwear vest, plain white backdrop.
    # adapter: none
    case(
        "X476-003",
        caption("a man wearing a white tank top"),
        D.wearing("a white vest and white briefs", "unsupported"),
        D.color("white"),
        D.description("a woman in a white tank top", "pronoun"),
        D.details("it is a white tank top", "restated"),
        title="Men Pack of 2 White Solid Ribbed Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in a pink cotton camisole with a thin lace trim at the neckline and grey lounge shorts, white
    # wall with a potted plant.
    # adapter: none
    case(
        "X476-004",
        caption("a woman in a pink tank top standing next to a plant"),
        D.wearing("a pink top and pink shorts", "contradiction"),
        D.garment_type("camisole"),
        D.color("pink"),
        D.details("lace trim on the neckline"),
        D.material("silk", "unsupported"),
        title="Women Pink Solid Cotton Camisole",
        category="Camisoles",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a plain grey melange round-neck lounge tee with black shorts, white studio, front view; no logo.
    # caption: adapter
    case(
        "X476-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a grey shirt Question: What is the color of the shorts? Answer: black",
            "leak",
        ),
        D.color("grey"),
        D.sleeve_length("short sleeves"),
        D.description("a grey t-shirt with a black logo on the chest", "unsupported"),
        title="Men Grey Melange Solid Round Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a night suit: white tee with small lavender hearts and solid lavender pyjama pants, studio.
    # adapter: none
    case(
        "X476-006",
        caption("a woman in white and purple pajamas"),
        D.wearing("she is wearing purple pajamas and a white shirt"),
        color_top("white"),
        color_pants("white", "other_garment_color"),
        D.description("a pink shirt with hearts", "contradiction"),
        D.details("hearts on the shirt and the pants", "unsupported"),
        title="Women White & Lavender Printed Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: flat-lay of charcoal grey cotton joggers with a drawstring and ribbed cuffs on a light wooden floor.
    # adapter: none
    case(
        "X476-007",
        caption("a pair of black sweatpants on a wooden floor", "contradiction"),
        D.wearing("a pair of sweatpants"),
        D.color("grey"),
        D.details("elastic cuffs and a drawstring"),
        D.material("polyester", "unsupported"),
        title="Men Charcoal Grey Solid Cotton Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in black track pants with a white side stripe and a white crop top, grey backdrop, front view.
    # caption: adapter
    case(
        "X476-008",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and black pants"),
        D.color("white", "other_garment_color"),
        D.description(
            "black pants with white stripes Question: What is the material of the pants? Answer: cotton",
            "leak",
        ),
        D.details("white stripes down the side"),
        title="Women Black Solid Track Pants with Side Stripe",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: headless torso crop of a man in a navy blue sporty innerwear vest, light grey backdrop.
    # adapter: none
    case(
        "X476-009",
        caption("a man in a blue tank top"),
        D.wearing("she is wearing a blue tank top", "pronoun"),
        D.color("navy blue"),
        D.description("a dark blue tank top with a logo on the front", "unsupported"),
        title="Men Navy Blue Solid Gym Vest",
        category="Innerwear Vests",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of olive green drawstring lounge shorts on white.
    # material: adapter
    case(
        "X476-010",
        caption("a pair of green shorts on a white background"),
        D.wearing("a pair of green shorts and a white t-shirt", "unsupported"),
        D.color("green"),
        D.details("the shorts are short", "non_answer"),
        D.material(
            "The lady wears a short pants with pure color patterns. The pants are with cotton fabric. The lady wears a "
            "short pants with pure",
            "restated",
            hit_limit=True,
        ),
        title="Women Olive Green Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in red and black checked pyjama pants with side pockets and a black tee, white studio.
    # adapter: none
    case(
        "X476-011",
        caption("a man in a black t-shirt and plaid pajama pants"),
        D.wearing("a black shirt and black pants", "contradiction"),
        D.color("red"),
        D.details("a drawstring waist and two pockets"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Red & Black Checked Cotton Pyjamas",
        category="Pyjamas",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a black satin camisole under an open long-sleeve white shirt, beige wall.
    # adapter: none
    case(
        "X476-012",
        caption("a woman in a black top and a white shirt"),
        D.wearing("a white shirt and a black tank top"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("satin"),
        title="Women Black Satin Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive green lounge tee with a white "ADVENTURE" text print, beige shorts, white studio.
    # caption, details: adapter
    case(
        "X476-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a short pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green t-shirt and shorts"),
        D.color("beige", "other_garment_color"),
        print_q("the word adventure"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Men Olive Green Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman sitting on a bed with white sheets in a navy blue satin night suit (notch-collar shirt with white
    # piping, long pyjamas).
    # adapter: none
    case(
        "X476-014",
        caption("a woman in navy blue pajamas sitting on a bed"),
        D.wearing(
            "blue pajamas Question: What is the color of the piping? Answer: white",
            "leak",
        ),
        color_top("blue"),
        color_pants("black", "contradiction"),
        D.material("silk", "unsupported"),
        D.details("white piping on the collar and pockets"),
        title="Women Navy Blue Satin Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man all in black: black track pants with zip side pockets and a black tee, grey backdrop.
    # adapter: none
    case(
        "X476-015",
        caption("a man in a black t-shirt and black pants"),
        D.wearing("black t-shirt and black sweatpants"),
        D.color("black"),
        D.details("zip pockets on the sides and a white logo", "unsupported"),
        D.description("", "non_answer"),
        title="Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of white lounge shorts with a small pink floral print, white background.
    # adapter: none
    case(
        "X476-016",
        caption("a pair of pink and white floral shorts"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.details("pink flowers"),
        D.material("a pair of white shorts", "restated"),
        title="Women White Floral Printed Lounge Shorts",
        category="Lounge Shorts",
        color="White",
        gender="Women",
    ),
    # photo: headless torso crop of a man in a grey melange innerwear vest in front of a bright blue wall.
    # adapter: none
    case(
        "X476-017",
        caption("a man in a grey tank top against a blue wall"),
        D.wearing("a grey tank top"),
        D.color("blue", "contradiction"),
        D.description("she is wearing a gray tank top", "pronoun"),
        title="Men Grey Melange Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a mustard yellow lounge tee with black "SLEEPY HEAD" text, black shorts, white studio.
    # adapter: none
    case(
        "X476-018",
        caption("a woman in a yellow t-shirt that says sleepy head"),
        D.wearing("she is wearing a yellow shirt and yellow shorts", "contradiction"),
        D.color("orange", "contradiction"),
        D.pattern("solid", "contradiction"),
        print_q("sleepy head"),
        D.description("a yellow shirt with black letters"),
        title="Women Mustard Yellow Typography Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a light blue and white striped button-down night suit (long sleeves, long pyjamas), studio.
    # caption: adapter
    case(
        "X476-019",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a long-sleeve shirt with stripe patterns and a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue striped shirt and pants"),
        D.garment_type("shirt", "contradiction"),
        color_top("blue"),
        D.sleeve_length("long sleeves"),
        title="Men Blue Striped Cotton Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in grey melange cotton joggers and a white tank top, standing by a window, front view.
    # adapter: none
    case(
        "X476-020",
        caption("a woman in grey sweatpants standing by a window"),
        D.wearing("a white tank top and grey sweatpants"),
        D.color("grey"),
        D.material("fleece", "unsupported"),
        D.details("cuffed ankles and a drawstring waist"),
        D.description("grey sweatpants with a white stripe down the side", "unsupported"),
        title="Women Grey Melange Cotton Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in navy blue lounge shorts with a white check and a white innerwear vest, white studio.
    # adapter: none
    case(
        "X476-021",
        caption("a man in a white tank top and blue plaid shorts"),
        D.wearing("a white shirt and blue shorts"),
        D.color("white", "other_garment_color"),
        color_shorts("blue"),
        D.details("the shorts have details", "non_answer"),
        title="Men Navy Blue Checked Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of a pack of two camisoles, one white and one beige, side by side on white.
    # adapter: none
    case(
        "X476-022",
        caption("two white tank tops on a white background", "contradiction"),
        D.wearing("two tank tops"),
        D.garment_type("camisole"),
        D.color("white"),
        D.material("it is a tank top", "restated"),
        title="Women Pack of 2 Solid Cotton Camisoles",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: man in a black lounge tee with a chest pocket and grey track pants, white studio.
    # caption, material: adapter
    case(
        "X476-023",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and grey pants"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details("a pocket on the chest"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Solid Pocket Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in teal green pyjama pants with a white floral print and a plain white tee, white studio.
    # adapter: none
    case(
        "X476-024",
        caption("a woman in a white t-shirt and green floral pajama pants"),
        D.wearing("a white shirt and green pants"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.description(
            "green pants with white flowers Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        D.material("a pair of pants", "restated"),
        title="Women Teal Floral Printed Pyjamas",
        category="Pyjamas",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a black innerwear vest with blue jeans, cropped at the hips, light grey backdrop.
    # adapter: none
    case(
        "X476-025",
        caption("a man in a black tank top"),
        D.wearing("a black tank top and jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("black"),
        D.description("a black tank top with a white logo on the chest", "unsupported"),
        title="Men Black Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: woman sitting on a bed in lavender lounge shorts and a white graphic tee; plain hems, no lace.
    # adapter: none
    case(
        "X476-026",
        caption("a woman sitting on a bed in purple shorts"),
        D.wearing("he is wearing a white t-shirt and purple shorts", "pronoun"),
        D.color("purple"),
        color_shorts("white", "other_garment_color"),
        D.details("lace trim on the hem", "unsupported"),
        title="Women Lavender Solid Lounge Shorts",
        gender="Women",
        category="Lounge Shorts",
        color="Lavender",
    ),
    # photo: man in olive green cargo joggers with side pockets and a black tee, in front of a red brick wall.
    # material: adapter
    case(
        "X476-027",
        caption("a man in a black t-shirt and green pants standing in front of a brick wall"),
        D.wearing("a black shirt and red pants", "contradiction"),
        D.color("red", "contradiction"),
        D.details("pockets on the side"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a peach night suit: tee with a white "GOOD NIGHT" print and peach and white striped shorts.
    # adapter: none
    case(
        "X476-028",
        caption("a woman in a pink shirt and striped shorts"),
        D.wearing("pink pajamas"),
        color_shorts("pink"),
        print_q("good night"),
        D.details("he is wearing a pink shirt with good night written on it", "pronoun"),
        D.material("she is wearing a pink shirt", "restated"),
        title="Women Peach-Coloured Printed Night Suit",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a white raglan lounge tee with navy blue short sleeves, navy shorts, white studio.
    # details: adapter
    case(
        "X476-029",
        caption("a man in a white and blue baseball shirt"),
        D.wearing("a white and blue shirt and white shorts", "contradiction"),
        D.color("white"),
        D.pattern("solid", "contradiction"),
        D.description("white t-shirt with blue sleeves"),
        D.details(
            "The T-shirt is with cotton fabric and color block patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and color block patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Men White & Navy Blue Colourblocked Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of navy blue track pants with a pink side stripe, white background.
    # caption: adapter
    case(
        "X476-030",
        caption(
            "The lady wears a long pants with pure color patterns. The pants are with cotton fabric. The lady wears a "
            "long pants with pure color patterns. The pants are with cotton fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of blue pants"),
        D.garment_type("track pants"),
        D.color("pink", "contradiction"),
        D.details("pink stripe on the side"),
        title="Women Navy Blue Track Pants with Contrast Side Stripe",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in grey melange lounge pants with a drawstring and a white tee, white backdrop.
    # adapter: none
    case(
        "X476-031",
        caption("a man in a white t-shirt and grey pants"),
        D.wearing("a white t-shirt and grey sweatpants"),
        D.color("white", "other_garment_color"),
        D.details("a drawstring at the waist"),
        D.description("grey sweatpants. Question: What is the material? Answer: cotton.", "leak"),
        title="Men Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a red camisole with adjustable straps, in front of a pale pink backdrop.
    # adapter: none
    case(
        "X476-032",
        caption("a woman in a red tank top against a pink background"),
        D.wearing("a red tank top"),
        D.color("red"),
        D.description("a pink camisole", "contradiction"),
        D.details("adjustable straps and a bow at the front", "unsupported"),
        title="Women Red Solid Camisole",
        category="Camisoles",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay of a pack of three plain white ribbed innerwear vests, fanned out on white.
    # adapter: none
    case(
        "X476-033",
        caption("three white tank tops"),
        D.garment_type("vest"),
        D.color("white"),
        D.details("the vests are white", "restated"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Men Pack of 3 White Solid Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in an oversized black lounge tee with a white cat graphic and grey joggers, white studio.
    # description: adapter
    case(
        "X476-034",
        caption("a woman in a black t-shirt with a cat on it"),
        D.wearing("a black t-shirt with a cat and grey pants"),
        D.color("black"),
        print_q("a cat"),
        D.material("a black t-shirt with a cat", "restated"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Graphic Printed Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # photo: man in a night suit: plain maroon tee and maroon and navy checked pyjamas, grey backdrop.
    # adapter: none
    case(
        "X476-035",
        caption("a man in a red shirt and plaid pants"),
        D.wearing("a red t-shirt and blue plaid pants"),
        color_top("red"),
        color_pants("navy blue"),
        D.description("she is wearing a red shirt and plaid pants", "pronoun"),
        D.material("a red shirt and plaid pants", "restated"),
        title="Men Maroon & Navy Blue Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in grey melange lounge shorts and a white camisole, front view, white studio; no pockets shown.
    # caption: adapter
    case(
        "X476-036",
        caption(
            "The lady wears a tank tank top with pure color patterns and a short pants. The tank top is with cotton "
            "fabric. It has a suspenders neckline. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and grey shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.details("pockets on the back", "unsupported"),
        title="Women Grey Melange Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in royal blue polyester track pants with a small white logo on the left thigh, white tee, studio.
    # adapter: none
    case(
        "X476-037",
        caption("a man in a white shirt and blue sweatpants"),
        D.wearing("a white shirt and blue sweat", "cut"),
        D.color("white", "other_garment_color"),
        D.details("a white logo on the leg"),
        D.material("polyester"),
        title="Men Royal Blue Polyester Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a pyjama set: white tee with small red strawberries and solid red pyjama pants, studio.
    # adapter: none
    case(
        "X476-038",
        caption("a woman in red and white pajamas with strawberries"),
        D.wearing("a white shirt and red pants"),
        color_top("red", "contradiction"),
        color_pants("red"),
        D.details("strawberries on the shirt"),
        D.material("silk", "unsupported"),
        title="Women White & Red Printed Pyjama Set",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy blue short-sleeve v-neck lounge tee and grey shorts, grey backdrop.
    # adapter: none
    case(
        "X476-039",
        caption("a man in a navy blue v-neck t-shirt"),
        D.wearing("a blue shirt and gray shorts"),
        D.color("blue"),
        neckline("round neck", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "a blue t-shirt with a v-neck Question: what is the neckline of the t-shirt? Answer: v-neck",
            "leak",
        ),
        title="Men Navy Blue Solid V-Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of a nude lace camisole on a white surface.
    # adapter: none
    case(
        "X476-040",
        caption("a white lace bra on a white surface", "contradiction"),
        D.wearing("a tank top"),
        D.color("beige"),
        D.material("lace"),
        D.details("the camisole has details", "non_answer"),
        title="Women Nude-Coloured Lace Camisole",
        category="Camisoles",
        color="Nude",
        gender="Women",
    ),
    # photo: man in black lounge shorts with a grey camouflage print and a plain grey tee, white studio.
    # wearing: adapter
    case(
        "X476-041",
        caption("a man in a grey t-shirt and camo shorts"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.pattern("printed"),
        D.details("camouflage print and a logo on the leg", "unsupported"),
        title="Men Black Camouflage Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in maroon velour track pants and a black cropped hoodie, white studio.
    # adapter: none
    case(
        "X476-042",
        caption("a woman in a black hoodie and red pants"),
        D.wearing("a black sweatshirt and black pants", "contradiction"),
        D.color("red"),
        D.material("velvet"),
        D.description("maroon track pants with white stripes on the side", "unsupported"),
        waistband("a waistband", "non_answer"),
        title="Women Maroon Velour Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat-lay of a pack of two innerwear vests, one black and one grey, side by side on white.
    # adapter: none
    case(
        "X476-043",
        caption("a black tank top and a grey tank top"),
        D.wearing("black and grey tank tops"),
        D.color("black"),
        D.material("it is made of", "cut"),
        title="Men Assorted Pack of 2 Innerwear Vests",
        category="Innerwear Vests",
        gender="Men",
    ),
    # photo: woman in a black satin night suit: short-sleeve notch-collar shirt and shorts with white piping, studio.
    # caption: adapter
    case(
        "X476-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a short pants. The shirt is with satin "
            "fabric. It has a lapel neckline. The pants are with satin fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("black pajamas with white trim"),
        D.color("black"),
        color_shorts("white", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("satin"),
        title="Women Black Satin Night Suit",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: man in a long-sleeve maroon henley lounge tee (three buttons, no pocket) and black track pants, dark
    # grey backdrop.
    # adapter: none
    case(
        "X476-045",
        caption("a man in a maroon henley shirt"),
        D.wearing("a red shirt and black pants"),
        D.color("black", "other_garment_color"),
        neckline("henley with three buttons"),
        D.sleeve_length("long sleeves"),
        D.details("buttons on the chest and a pocket", "unsupported"),
        title="Men Maroon Henley Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in black and white checked flannel pyjama pants and a black tee, white studio.
    # adapter: none
    case(
        "X476-046",
        caption("a woman in black and white plaid pajama pants"),
        D.wearing("a black shirt and black pants", "contradiction"),
        D.color("black"),
        D.pattern("checked"),
        D.details("the details are on the pants", "non_answer"),
        D.description("plaid pants with a black stripe down the side", "unsupported"),
        title="Women Black & White Checked Pyjamas",
        category="Pyjamas",
        color="Black",
    ),
]
