"""BLIND_506 (46 products; DeepFashion In-shop studio photos of women's and men's basics, VQA questions): written blind
in the forty-ninth session. Measured blind at 1418e63 (the session's rules as they stood): 115/129 failures found
(89.1%) and 1/165 correct texts flagged (0.6%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed whose photos are DeepFashion In-shop style studio shots: one model, full
or three-quarter length, front view unless the comment says otherwise, on a plain white or light grey backdrop (a
few with a grey wall or a wooden stool in frame). Women's blouses and tops, dresses, skirts, cardigans and shorts;
men's tees, shirts, sweaters and pants, nearly always worn with a second garment (a tee under a cardigan, a blouse
over shorts, a tee over chinos), which is where most color mix-ups come from. Each product has the seller's title,
category, color and gender; a few rows miss the gender, as real feeds do. The questions are the original
experiments' VQA questions ("What is the color of the {garment}?", "What cloth is the person wearing?", "Is this a
{garment}?") plus enrich's open questions (wearing, description, details, material) and its closed garment_type,
color, pattern and sleeve_length.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
white blouse and black pants") or from the caption-only LoRA adapter (the DeepFashion template, "The lady wears a
long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."). The VQA questions asked as open
questions ("What cloth is the person wearing?" and the open "What is the color of the {garment}?") are answered
either by the base model or by the VQA LoRA adapter; the comment above each case names every text an adapter wrote.
Both adapters were trained with no end-of-answer token and with the loss over the prompt, so every adapter text runs
to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True: the VQA adapter gives a right
or wrong one-word answer and then repeats it ("white white white ...", "black-black-black ...") or writes the next
`Question: ... Answer:` pair of its training data; the caption adapter returns its template to any question. The base
model stops on its own, writes short lowercase texts and never has hit_limit. The closed questions (garment_type,
color, pattern, sleeve_length, the closed per-piece "What is the color of the {garment}?" and the yes/no "Is this a
{garment}?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut, but the
ranking can pick the wrong candidate (another piece's color, pleats as stripes, navy as black).

Labeling conventions and judgement calls:
- Shade words and near shades count as correct for the seller's color: white for cream or off white, yellow for
  mustard, red for maroon or burgundy, blue for navy or teal, green for olive or teal, beige for khaki, brown for tan,
  grey for charcoal or grey melange. Two colors for a two-color garment ("red and blue" for a red-and-navy check,
  "black and white" for a polka-dot or striped top) are correct.
- The color of another piece of the outfit in the photo (the tee under the cardigan, the jeans under the tee, the
  stripes of the shirt worn over the shorts) given for the product, or the product's color given for another piece,
  is other_garment_color. The color of the print alone (white for a black tee with a white print, white for a black
  dress with white dots, pink for a white skirt with pink flowers) is contradiction, and so is a color no piece has
  (brown for a maroon dress, even with a wooden stool in frame) and a wrong shade family (navy as black, maroon as
  pink, mustard as orange).
- The pattern of another piece given for the product (striped for plain shorts under a striped shirt) is
  contradiction, as are pleats answered striped and a fair isle answered striped; a wrong sleeve length is
  contradiction; a sweater dress answered "sweater" by the reference engine is contradiction.
- Garment synonyms are correct: shirt or top for a blouse, sweater for a cardigan, sweatpants for joggers, shirt for a
  tee where the base model says "striped shirt", dress for a shirt dress. Walls, stools and backdrops named in a
  caption are correct.
- Invented details (a bow on a back the front view does not show, a belt on a dress with none, a slit, a chest
  pocket, a hood, a necklace beside a bracelet, gold buttons on white-buttoned knit, a logo, a skull where the print
  is a mountain, a back zipper) are unsupported; a material that the catalog contradicts (polyester for a cotton
  tee, wool for a cotton pullover) or that is neither named nor visible (silk on a georgette top) is unsupported.
  Chiffon for georgette, and the material the title gives (suede, linen, denim, acrylic), are correct.
- Adapter texts: a text that repeats a sentence of the template, or a one-word answer repeated, is loop; a text that
  stops mid-sentence without repeating is cut (even where it invents an accessory before the cut); the template
  returned for the material or a color question is restated (the question is not answered); the template answering
  "What is the person wearing?" or "Describe the garment." does answer it, so those are cut or loop. A VQA adapter
  answer that runs into the next "Question: ... Answer:" pair is leak (the first word may be right).
- Base answers that run on into "Question: ... Answer: ..." are leak. "he" for a woman or "she" for a man (in an
  answer or a base caption) is pronoun. An empty answer, "the details of the shirt", "they are short" and "they are
  pants", "it is a sweater", "fabric" and "it is made of fabric" are non_answer; a material question answered with
  the garment's name and color is restated; a base answer that stops on "it is made of" or "with a rolled" is cut
  (no hit_limit).
- The base caption naming a top and skirt as one dress is contradiction. The reference engine's yes/no is
  contradiction where it says "yes" to "Is this a pair of jeans?" for khaki chinos or "no" to "Is this a t-shirt?"
  for a tee; "yes" to "Is this a sweater?" for a cardigan is correct (synonym).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_506 = [
    # photo: woman in a cream sheer long-sleeve pleated-front blouse tucked into black trousers, white backdrop.
    # color_of blouse (open): VQA adapter
    case(
        "X506-001",
        caption("a woman in a cream blouse and black pants"),
        D.wearing("a white blouse and black pants"),
        color_of(
            "blouse",
            "cream-cream-cream-cream-cream-cream-cream-cream-cream-cream-cream-cream-cream-cream-cream",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("blouse"),
        B.color("cream"),
        B.sleeve_length("long sleeves"),
        B.material("chiffon"),
        title="Women Cream Sheer Chiffon Pleated Blouse",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in a navy blue short-sleeve blouse with small white polka dots, white jeans, white backdrop.
    # caption: caption adapter
    case(
        "X506-002",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polka dot blouse and white jeans"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        B.pattern("polka dot"),
        B.color("navy"),
        B.sleeve_length("short sleeves"),
        title="Women Navy Blue Polka Dot Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a white sleeveless blouse with a ruffled neckline, red skirt visible below, light grey backdrop.
    # no adapter text
    case(
        "X506-003",
        caption("a woman wearing a white top and a red skirt"),
        cloth("a white shirt"),
        D.details("the blouse has a ruffled neckline and a bow on the back", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("blouse", "yes"),
        color_of("skirt", "red"),
        D.wearing("a white blouse and a white skirt", "other_garment_color"),
        title="Women White Ruffle Neck Sleeveless Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a black-and-white horizontally striped long-sleeve boat-neck top, black mini skirt, white
    # backdrop. caption: caption adapter
    case(
        "X506-004",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with striped patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "black and white", kind="open"),
        D.wearing("a striped shirt and a black skirt"),
        B.pattern("striped"),
        B.color("black"),
        B.material("cotton"),
        D.details(
            "it has a boat neck and long sleeves Question: What is the color of the skirt? Answer: black",
            "leak",
        ),
        title="Women Black & White Striped Cotton Boat Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a mustard yellow three-quarter-sleeve peasant blouse with embroidery at the neckline, blue denim
    # shorts, white backdrop. color_of blouse (open), cloth: VQA adapter
    case(
        "X506-005",
        caption("a woman in a yellow blouse and denim shorts"),
        color_of(
            "blouse",
            "yellow Question: What is the color of the shorts? Answer: blue Question: Is this a blouse? Answer: "
            "yes Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        cloth(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        B.color("orange", "contradiction"),
        B.sleeve_length("three-quarter sleeves"),
        D.details("embroidery on the neckline"),
        title="Women Mustard Yellow Embroidered Peasant Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a white long-sleeve blouse with a black floral print, blue jeans, standing before a grey wall.
    # color_of blouse (open): VQA adapter
    case(
        "X506-006",
        caption("a woman in a floral blouse and jeans standing in front of a grey wall"),
        D.wearing("he is wearing a floral shirt and jeans", "pronoun"),
        B.pattern("floral"),
        B.color("black", "contradiction"),
        B.material("silk", "unsupported"),
        B.sleeve_length("long sleeves"),
        color_of(
            "blouse",
            "white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Women White & Black Floral Print Georgette Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a pale pink long-sleeve button-down shirt, white shorts, white backdrop.
    # caption, description: caption adapter
    case(
        "X506-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "pink"),
        color_of("shorts", "pink", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        title="Women Pink Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in an olive green long-sleeve utility shirt with two flap chest pockets, black skinny jeans, white
    # backdrop. cloth: VQA adapter
    case(
        "X506-008",
        caption("a woman wearing a green shirt and black jeans"),
        D.wearing("a green shirt and black jeans"),
        color_of("blouse", "black", "other_garment_color"),
        D.details("it has two pockets on the chest and buttons"),
        B.material("it is made of", "cut"),
        B.garment_type("shirt"),
        cloth(
            "shirt Question: What is the color of the shirt? Answer: green Question: Is this a shirt? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        title="Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a red sleeveless V-neck A-line midi dress (no belt), nude heels, gold bracelet, white backdrop.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X506-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "red", kind="open"),
        is_a("dress", "yes"),
        B.sleeve_length("sleeveless"),
        D.description("a red dress with a belt", "unsupported"),
        title="Women Red Solid A-Line Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a maroon long-sleeve knee-length wrap dress with a tie at the waist, no slit, seated on a
    # wooden stool, white backdrop. no adapter text
    case(
        "X506-010",
        caption("a woman in a burgundy dress sitting on a wooden stool"),
        D.wearing("a red dress"),
        color_of("dress", "brown", "contradiction", kind="open"),
        D.description("the dress is a wrap dress with long sleeves and a tie at the waist"),
        B.material("a maroon wrap dress", "restated"),
        B.color("maroon"),
        D.details("the dress has a v neck and a slit", "unsupported"),
        title="Women Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a black dress with white polka dots, short puff sleeves, round neck, no collar, no belt, white
    # backdrop. no adapter text
    case(
        "X506-011",
        caption("a woman in a black and white polka dot dress"),
        color_of("dress", "white", "contradiction"),
        B.pattern("polka dot"),
        D.details("the dress has a white collar and a belt", "unsupported"),
        D.wearing(
            "a polka dot dress Question: What is the color of the dress? Answer: black and white",
            "leak",
        ),
        B.sleeve_length("short sleeves"),
        title="Women Black Polka Dot Puff Sleeve Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a sleeveless V-neck maxi dress, multicolor flowers on a blue ground, thin bracelet on her wrist,
    # white backdrop. caption: caption adapter
    case(
        "X506-012",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with floral "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress and a necklace", "unsupported"),
        B.pattern("floral"),
        B.color("blue"),
        is_a("dress", "yes"),
        B.material("chiffon"),
        title="Women Blue Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a grey ribbed-knit long-sleeve bodycon sweater dress, black ankle boots, white backdrop.
    # color_of dress (open): VQA adapter
    case(
        "X506-013",
        caption("a woman in a grey sweater dress and black boots"),
        color_of(
            "dress",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description("a grey dress with long sleeves"),
        B.garment_type("sweater", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.wearing("she is wearing a grey dress and black boots"),
        title="Women Grey Melange Ribbed Bodycon Jumper Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a white lace short-sleeve knee-length shift dress, round neck, nothing on her wrists, white
    # backdrop. caption, material: caption adapter; color_of dress (open): VQA adapter
    case(
        "X506-014",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with lace fabric. It has a "
            "round neckline. The dress is of knee length. There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with lace fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("solid"),
        D.wearing("a white lace dress"),
        title="Women White Lace Shift Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: woman in a teal blue three-quarter-sleeve button-front shirt dress with a self tie belt, white backdrop.
    # no adapter text
    case(
        "X506-015",
        caption("a woman in a green shirt dress with a belt"),
        D.wearing("a blue dress with a belt"),
        B.color("teal"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("buttons down the front and a belt at the waist"),
        is_a("dress", "yes"),
        cloth("he is wearing a dress", "pronoun"),
        title="Women Teal Solid Shirt Dress with Belt",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a navy-and-white striped short-sleeve t-shirt dress, white sneakers, white backdrop.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X506-016",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with striped patterns. The dress is with cotton "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "dress Question: What is the color of the dress? Answer: navy Question: Is this a dress? Answer: yes "
            "Question",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a striped dress and white shoes"),
        color_of("dress", "black", "contradiction"),
        B.pattern("striped"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Women Navy Blue & White Striped T-shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a black knife-pleated midi skirt with a white tee tucked in, white backdrop.
    # no adapter text
    case(
        "X506-017",
        caption("a woman in a white t-shirt and black pleated skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        D.wearing("a white shirt and a black skirt"),
        B.pattern("striped", "contradiction"),
        B.garment_type("skirt"),
        is_a("skirt", "yes"),
        B.material("it is made of fabric", "non_answer"),
        title="Women Black Solid Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a blue button-front denim mini skirt with front pockets, grey-and-white striped tee tucked in,
    # white backdrop. caption: caption adapter; color_of skirt (open): VQA adapter
    case(
        "X506-018",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "skirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("denim"),
        D.details("the skirt has buttons down the front and pockets"),
        B.garment_type("skirt"),
        D.wearing("a striped t-shirt and a denim skirt"),
        B.color("grey", "other_garment_color"),
        title="Women Blue Denim Button Front Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a white A-line knee-length skirt with a pink floral print, black fitted top tucked in, white
    # backdrop. no adapter text
    case(
        "X506-019",
        caption("a woman in a black and white dress", "contradiction"),
        D.wearing("a black top and floral skirt"),
        B.color("black", "other_garment_color"),
        color_of("skirt", "pink", "contradiction", kind="open"),
        B.pattern("floral"),
        is_a("skirt", "yes"),
        B.material("fabric", "non_answer"),
        title="Women White & Pink Floral Print A-Line Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: woman in a tan suede A-line skirt with front buttons, no slit, cream sweater tucked in, white backdrop.
    # cloth: VQA adapter
    case(
        "X506-020",
        caption("a woman in a white sweater and a brown skirt"),
        color_of("skirt", "brown"),
        D.description("a brown skirt with a slit on the side", "unsupported"),
        cloth(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white sweater and a brown skirt"),
        B.material("suede"),
        title="Women Tan Suede A-Line Button Front Skirt",
        category="Skirts",
        color="Tan",
        gender="Women",
    ),
    # photo: woman in a red tartan mini skirt, black long-sleeve turtleneck tucked in, black tights, white backdrop.
    # caption: caption adapter
    case(
        "X506-021",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a high neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("plaid"),
        B.color("red"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        D.details("", "non_answer"),
        D.wearing("a black sweater and a red plaid skirt"),
        title="Women Red Checked Tartan Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a grey long-sleeve open-front cardigan (no hood) over a white tank, black pants, white backdrop.
    # no adapter text
    case(
        "X506-022",
        caption("a woman in a grey cardigan, white top and black pants"),
        D.wearing("a grey sweater"),
        color_of("cardigan", "white", "other_garment_color"),
        is_a("cardigan", "yes"),
        B.material("wool"),
        B.garment_type("cardigan"),
        D.description("a grey cardigan with a hood", "unsupported"),
        title="Women Grey Wool Blend Open Front Longline Cardigan",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in an off-white cable-knit cardigan worn buttoned, V-neck, blue jeans, white backdrop.
    # caption: caption adapter; color_of cardigan (open): VQA adapter
    case(
        "X506-023",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "cardigan",
            "white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description("a white knit cardigan with buttons"),
        D.details("cable knit and buttons"),
        B.color("white"),
        is_a("sweater", "yes"),
        title="Women Off White Cable Knit Cardigan",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a navy cardigan with white trim and white buttons over a red-and-white striped tee, white
    # skirt, white backdrop. no adapter text
    case(
        "X506-024",
        caption("a woman in a blue cardigan and a striped shirt"),
        D.wearing("a blue sweater, a striped shirt and a white skirt"),
        B.color("red", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        D.details("the cardigan has white trim and gold buttons", "unsupported"),
        cloth("cardigan"),
        title="Women Navy Blue Solid Cardigan with Contrast Trim",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a mustard chunky-knit long-sleeve V-neck cardigan over a black dress, white backdrop.
    # caption, wearing, material: caption adapter
    case(
        "X506-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is "
            "with knitting",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("cardigan", "yellow"),
        B.sleeve_length("long sleeves"),
        color_of("dress", "black"),
        B.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape",
            "restated",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Chunky Knit Cardigan",
        category="Sweaters",
        color="Mustard",
    ),
    # photo: woman in a black cropped short-sleeve button cardigan without pockets, white skirt with a small floral
    # print, white backdrop. no adapter text
    case(
        "X506-026",
        caption("a woman in a black cardigan and floral skirt"),
        D.wearing("a black top and a white skirt with flowers"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.garment_type("cardigan"),
        B.material("a black cardigan", "restated"),
        color_of("cardigan", "black", kind="open"),
        D.details("the cardigan has buttons down the front and a pocket", "unsupported"),
        title="Women Black Cropped Short Sleeve Cardigan",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: woman in blue denim cutoff shorts with frayed hems, white tank top, white backdrop.
    # color_of shorts (open): VQA adapter
    case(
        "X506-027",
        caption("a woman in a white tank top and denim shorts"),
        color_of(
            "shorts",
            "blue Question: What is the color of the tank? Answer: white Question: Is this a shorts? Answer: yes "
            "Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.details("they are short", "non_answer"),
        B.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        D.description("blue denim shorts with a frayed hem"),
        title="Women Blue Denim Frayed Hem Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in white linen tie-waist shorts, navy-and-white striped long-sleeve shirt, white backdrop.
    # caption: caption adapter
    case(
        "X506-028",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short shorts. The shorts are with linen fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "navy", "other_garment_color"),
        B.material("linen"),
        D.wearing("a blue striped shirt and white shorts"),
        B.pattern("striped", "contradiction"),
        B.color("white"),
        title="Women White Linen Tie-Up Waist Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: woman in black high-waist tailored shorts, front view, pink blouse tucked in, light grey backdrop.
    # no adapter text
    case(
        "X506-029",
        caption("a woman in a pink blouse and black shorts"),
        D.wearing(
            "a pink shirt and black shorts Question: What is the color of the shorts? Answer: black",
            "leak",
        ),
        color_of("shorts", "black", kind="open"),
        D.details("the shorts have a zipper and a pocket on the back", "unsupported"),
        B.color("black"),
        B.garment_type("shorts"),
        cloth("he is wearing a pink shirt and black shorts", "pronoun"),
        title="Women Black High-Rise Tailored Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in khaki cotton chino shorts with rolled hems, white tee, white backdrop.
    # cloth: VQA adapter
    case(
        "X506-030",
        caption("a woman wearing a white t-shirt and khaki shorts"),
        cloth(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "beige"),
        D.wearing("he is wearing a white shirt and shorts", "pronoun"),
        B.material("cotton"),
        D.description("khaki shorts with a rolled", "cut"),
        title="Women Khaki Cotton Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: man in a white crew-neck short-sleeve tee, black jeans, white backdrop.
    # color_of t-shirt (open): VQA adapter
    case(
        "X506-031",
        caption("a man in a white t-shirt and black jeans"),
        D.wearing("a white t-shirt and black jeans"),
        color_of(
            "t-shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        B.material("a white t-shirt", "restated"),
        title="Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy short-sleeve tee with a white mountain print on the chest, grey joggers, white backdrop.
    # caption: caption adapter
    case(
        "X506-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("graphic"),
        B.color("blue"),
        D.wearing("a blue t-shirt with a skull on it", "unsupported"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        D.details("it has a mountain print on the chest"),
        cloth("a t-shirt and sweatpants"),
        title="Men Navy Blue Graphic Printed T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a red-and-black horizontally striped short-sleeve tee, blue jeans, white backdrop.
    # cloth: VQA adapter
    case(
        "X506-033",
        caption("a man in a red and black striped shirt"),
        D.wearing("she is wearing a red striped shirt and jeans", "pronoun"),
        B.pattern("striped"),
        B.color("red"),
        is_a("t-shirt", "yes"),
        cloth(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        title="Men Red & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a heather grey short-sleeve V-neck tee without pockets, khaki chinos, white backdrop.
    # no adapter text
    case(
        "X506-034",
        caption("a man wearing a grey t-shirt and khaki pants"),
        D.description("it is a grey t-shirt with a v-neck"),
        D.details("the t-shirt has a pocket on the chest", "unsupported"),
        B.material("polyester", "unsupported"),
        B.sleeve_length("short sleeves"),
        color_of("t-shirt", "grey"),
        D.wearing("a grey shirt and grey pants", "other_garment_color"),
        title="Men Grey Melange Solid V-Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a black short-sleeve tee with a large white-and-red "NYC" text print, blue shorts, white backdrop.
    # caption, material: caption adapter
    case(
        "X506-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with nyc on it"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        B.pattern("graphic"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        is_a("t-shirt", "no", "contradiction"),
        title="Men Black Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a light blue long-sleeve oxford button-down shirt, navy chinos, white backdrop.
    # color_of shirt (open): VQA adapter
    case(
        "X506-036",
        caption("a man in a light blue shirt and navy pants"),
        D.wearing("a blue shirt and blue pants"),
        color_of(
            "shirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "blue"),
        B.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        B.material("a blue shirt", "restated"),
        title="Men Blue Solid Oxford Button-Down Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a red-and-navy checked long-sleeve flannel shirt worn open over a white tee, blue jeans, white
    # backdrop; two plain chest pockets, no logo. caption: caption adapter
    case(
        "X506-037",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        B.pattern("plaid"),
        D.wearing("a plaid shirt, a white t-shirt and jeans"),
        B.color("white", "other_garment_color"),
        D.details("the shirt has two chest pockets and an embroidered logo", "unsupported"),
        color_of("shirt", "red and blue", kind="open"),
        title="Men Red & Navy Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a white short-sleeve linen camp-collar shirt, beige shorts, white backdrop.
    # no adapter text
    case(
        "X506-038",
        caption("a woman in a white shirt and beige shorts", "pronoun"),
        cloth("a shirt"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("linen"),
        D.details("the details of the shirt", "non_answer"),
        B.garment_type("shirt"),
        title="Men White Linen Cuban Collar Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a black slim-fit long-sleeve shirt, black trousers, light grey backdrop.
    # caption: caption adapter; color_of shirt (open): VQA adapter
    case(
        "X506-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black pants"),
        color_of("pants", "black"),
        B.garment_type("shirt"),
        D.details(
            "it has buttons down the front and a collar Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        title="Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy crew-neck knit pullover with a white shirt collar showing, grey trousers, white backdrop.
    # no adapter text
    case(
        "X506-040",
        caption("a man in a navy sweater and grey pants"),
        D.wearing("a blue sweater over a white shirt"),
        color_of("sweater", "grey", "other_garment_color"),
        B.material("wool", "unsupported"),
        is_a("sweater", "yes"),
        B.pattern("solid"),
        D.details("it is a sweater", "non_answer"),
        title="Men Navy Blue Solid Pure Cotton Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a charcoal grey cable-knit turtleneck sweater, black jeans, white backdrop.
    # caption: caption adapter
    case(
        "X506-041",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a high neckline. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        D.description("a grey turtleneck sweater"),
        B.pattern("solid"),
        B.color("grey"),
        color_of("jeans", "grey", "other_garment_color"),
        title="Men Charcoal Grey Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a burgundy V-neck sweater, blue jeans, white backdrop.
    # cloth: VQA adapter
    case(
        "X506-042",
        caption("a man in a red sweater and jeans"),
        cloth(
            "sweater Question: What is the color of the sweater? Answer: red Question: Is this a sweater? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a maroon sweater and blue jeans"),
        B.color("pink", "contradiction"),
        D.details("it has a v neck"),
        B.sleeve_length("long sleeves"),
        color_of("jeans", "red", "other_garment_color"),
        title="Men Maroon Solid V-Neck Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a green-and-white fair isle patterned sweater, grey trousers, white backdrop.
    # color_of sweater (open): VQA adapter
    case(
        "X506-043",
        caption("a man in a green and white sweater"),
        B.pattern("striped", "contradiction"),
        D.wearing("she is wearing a sweater", "pronoun"),
        B.material("acrylic"),
        D.details("it has a snowflake pattern"),
        color_of(
            "sweater",
            "green-white-green-white-green-white-green-white-green-white-green-white-green-white-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Men Green & White Fair Isle Acrylic Sweater",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: man in khaki chinos with belt loops and no belt, white tee untucked, white sneakers, white backdrop.
    # cloth: VQA adapter
    case(
        "X506-044",
        caption("a man in a white t-shirt and khaki pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.garment_type("pants"),
        D.details("the pants have pockets and a belt", "unsupported"),
        cloth(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        B.color("beige"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in black jogger pants with a drawstring waist, grey hoodie, white backdrop.
    # caption: caption adapter
    case(
        "X506-045",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a long-sleeve sweatshirt with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black sweatpants"),
        color_of("pants", "grey", "other_garment_color"),
        B.material("cotton"),
        D.description("black joggers with a drawstring"),
        title="Men Black Solid Cotton Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in navy slim trousers with a light blue shirt tucked in, white backdrop.
    # color_of pants (open): VQA adapter
    case(
        "X506-046",
        caption("a man in a blue shirt and blue pants"),
        color_of(
            "pants",
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        D.details("they are pants", "non_answer"),
        is_a("pair of pants", "yes"),
        D.wearing("a blue shirt and blue pants"),
        title="Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
]
