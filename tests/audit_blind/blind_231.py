"""BLIND_231 (46 products; women's ethnic and fusion wear: kurtas, kurta sets, kurtis, sarees, dupattas, co-ords):
written blind in the forty-first session. Measured blind at 10c9c9b (the session's rules as they stood): 93/124
failures found (75.0%) and 11/159 correct texts flagged (6.9%). The writer's notes, verbatim:

Scenario: an Indian marketplace's English feed of women's ethnic and fusion wear: straight, A-line and anarkali kurtas,
kurta sets (kurta with trousers, palazzos or sharara, often with a dupatta of another colour), short kurtis and tunics
worn with jeans or leggings, palazzos sold alone and shot with a top, sarees with a blouse of their own colour or
another, dupattas shot over a plain kurta, and printed co-ord sets. Titles name the fabric (Pure Cotton, Rayon,
Georgette, Silk Blend, Chanderi, Art Silk) and the print or work (block print, bandhani, leheriya, ikat, chikankari,
mirror work, zari). Model shots on plain studio backdrops (white, beige, grey, pink, red, blue) and outdoors (garden,
balcony, brick and painted walls, a fort, a market, a beach, a mustard field), some with props (a wooden chair, a
bicycle, a swing, a diya, a cafe table). Each row has the seller's title, category, color and gender; a few rows miss
the gender, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment above the case says the caption adapter of the original
experiments wrote them. The adapter writes the DeepFashion template ("The lady wears a long-sleeve shirt with pure
color patterns. The shirt is with cotton fabric. ..."), knows no kurta, saree or dupatta, and with no end token runs
to its limit (hit_limit=True), returning its template to any question. The closed questions (garment_type, color,
pattern, sleeve_length, the per-piece colour questions, "Is this a ...?") are enrich's `--engine reference` answers,
chosen from candidate sets: they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon or burgundy, yellow for mustard or lemon, pink for peach or magenta,
  purple for lavender or lilac, green for teal, olive, mint, sea green or bottle green, blue for navy, indigo or sky
  blue, white or cream for off white, grey for charcoal, orange for rust. Mustard given as orange is a contradiction.
- Garment synonyms are correct: dress or gown for an anarkali or a long kurta, top, shirt or tunic for a kurti or
  kurta, pants or leggings for trousers, palazzos, churidar or sharara, scarf for a dupatta, dress for a kaftan.
  The reference engine choosing "dress" for a kurta (the candidates hold "kurta") is a contradiction, and so is
  "kurta" for a dupatta shot over a kurta.
- Adapter texts always end at the limit: one that repeats a sentence of the template is loop, one that stops
  mid-sentence without repeating is cut, a template returned for the material question is restated. Where the
  template names a saree a dress, that misnaming is what the auditor sees first: contradiction, hit_limit kept.
  Calling a kurta or kurti "shirt" or "dress" in the template is a synonym, so those texts stay cut or loop even
  where they guess cotton on rayon.
- Materials: the title's fabric is correct; silk for Silk Blend, Art Silk or Chanderi, cotton for Chanderi, chiffon
  for georgette are correct. A different fabric than the title names (cotton or polyester for rayon, silk or linen
  for cotton, silk, velvet or cotton for georgette) is contradiction. A base answer stopped early ("it is made of",
  "cotton and") is cut (no hit_limit); a material answered with the garment's name and colour, or the question said
  back, is restated; an empty one is non_answer.
- The colour of another piece of the outfit (jeans, leggings, the kurta over dupatta or palazzos, the blouse under
  a saree, the dupatta) given to the product or to another piece is other_garment_color. A colour from the backdrop,
  a prop or a flower field, or the print's or the border's colour given as a garment's (white for a navy ikat kurta,
  gold for the cream blouse of a saree with a gold border), is contradiction. "multicolor" for a bandhani dupatta or
  a patola saree is correct.
- Invented items or features the photo lacks (pockets, a belt, a hood, a collar or buttons on a plain round neck,
  tassels, a necklace, bangles, earrings, a handbag, a dupatta or scarf not worn, an elastic waist hidden under the
  top, a zipper on a back the front view hides, embroidery on plain sleeves) are unsupported.
- "he", "a man" for a woman is pronoun. "the details of the kurta", "the saree has details", an empty answer and a
  details answer that only says the garment's colour or length are non_answer.
- Base answers running on into "Question: ... Answer: ..." are leak even when the first words are right.
- A wrong closed sleeve or pattern (short sleeves as long, a foil print as solid) is contradiction. Bandhani dots
  as polka dots, leheriya as striped, ikat as printed, phulkari and sequin work as embroidered are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_palazzos = question("color_palazzos", "What is the color of the palazzos?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_saree = question("color_saree", "What is the color of the saree?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
neckline = question("neckline", "What is the neckline of the kurta?", "open")
print_q = question("print", "What is the print on the fabric?", "open")

BLIND_231 = [
    # photo: model in a white straight kurta with blue ethnic block print, white trousers, round neck, white studio
    # backdrop, full-length front view; no pockets, no dupatta.
    # All texts from the base model.
    case(
        "X231-001",
        caption("a woman in a white and blue printed kurta and white pants"),
        D.wearing("a white kurta with blue print and a blue dupatta", "unsupported"),
        D.color("white"),
        D.pattern("printed"),
        D.material("cotton"),
        D.details("it has two pockets on the side", "unsupported"),
        title="Women White & Blue Ethnic Motifs Block Print Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: mustard A-line kurti with gold foil print on the yoke, three-quarter sleeves, worn with blue jeans,
    # outdoor garden, front view.
    # caption: adapter
    case(
        "X231-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long denim pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow top and yellow jeans", "other_garment_color"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("cotton", "contradiction"),
        title="Women Mustard Yellow Foil Printed Rayon A-Line Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: pink georgette saree with a silver zari border, matching pink blouse, plain beige studio backdrop,
    # pallu over the left shoulder.
    # All texts from the base model.
    case(
        "X231-003",
        caption("a woman in a pink saree posing for a photo"),
        D.wearing(
            "a pink saree. Question: what is the color of the blouse? Answer: pink",
            "leak",
        ),
        D.garment_type("saree"),
        D.color("pink"),
        D.material("silk", "contradiction"),
        D.details("it has a gold border", "contradiction"),
        title="Pink Georgette Saree with Zari Border",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue kurta with white thread embroidery on the yoke, white palazzos, white dupatta over both
    # shoulders, grey stone wall outdoors.
    # caption, details: adapter
    case(
        "X231-004",
        caption(
            "The lady wears a three-quarter-sleeve dress with pure color patterns. The dress is with cotton fabric. "
            "It has a round neckline. The lady wears a three-quarter-sleeve dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue kurta, white pants and a white scarf"),
        color_kurta("blue"),
        color_palazzos("white"),
        color_dupatta("white"),
        D.details(
            "The lady wears a three-quarter-sleeve dress with pure color patterns. The dress is with cotton fabric. "
            "It has a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Women Navy Blue Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black flared palazzos (the product) worn with a plain white short-sleeve top, grey studio backdrop,
    # full-length front view.
    # All texts from the base model.
    case(
        "X231-005",
        caption("a woman in a white shirt and black pants"),
        D.wearing("a white shirt and black pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.details("the pants are long", "non_answer"),
        D.material("the pants are black", "restated"),
        title="Women Black Solid Rayon Flared Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: green Chanderi straight kurta with small woven gold motifs, green trousers, sheer pink dupatta, balcony
    # with potted plants.
    # All texts from the base model.
    case(
        "X231-006",
        caption("a woman in a green dress standing on a balcony"),
        D.wearing("a green kurta with a pink dupatta"),
        color_dupatta("green", "other_garment_color"),
        D.material("silk"),
        D.details("it has gold motifs all over"),
        D.color("pink", "other_garment_color"),
        title="Women Green Ethnic Motifs Woven Chanderi Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: maroon long-sleeve straight kurta with a gold zari neckline, cream churidar, model seated on a brown
    # wooden chair, white studio.
    # details, material: adapter
    case(
        "X231-007",
        caption("a woman in a maroon kurta sitting on a wooden chair"),
        D.wearing("a red kurta and white leggings"),
        D.details(
            "The shirt is with silk fabric and pure color patterns. It has a stand collar neckline. The shirt is with "
            "silk fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        D.color("brown", "contradiction"),
        D.sleeve_length("long sleeves"),
        title="Women Maroon Silk Blend Zari Neck Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: yellow and white striped collared shirt with elbow-length sleeves and matching striped trousers, white
    # studio backdrop.
    # All texts from the base model.
    case(
        "X231-008",
        caption("a woman in a yellow and white striped shirt and pants"),
        D.wearing("a striped shirt and pants"),
        D.pattern("striped"),
        D.color("yellow"),
        D.sleeve_length("short sleeves"),
        D.details(
            "the shirt has a collar and buttons down the front. Question: what is the color of the pants? Answer: "
            "white",
            "leak",
        ),
        D.material("linen", "contradiction"),
        title="Women Yellow & White Striped Pure Cotton Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Yellow",
        gender="Women",
    ),
    # photo: red art silk saree with a broad gold zari border, gold short-sleeve blouse, outdoor temple steps.
    # caption: adapter
    case(
        "X231-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red saree with a red blouse", "other_garment_color"),
        color_saree("red"),
        color_blouse("red", "other_garment_color"),
        D.material("silk"),
        D.details("gold border"),
        title="Red Art Silk Saree with Zari Woven Border",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: peach floor-length flared anarkali kurta with an embroidered yoke, no belt, no dupatta, pink studio
    # backdrop, front view.
    # All texts from the base model.
    case(
        "X231-010",
        caption("a woman in a pink gown against a pink wall"),
        D.wearing("a long pink dress with a dupatta", "unsupported"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.material("chiffon"),
        D.details("embroidery on the yoke and a belt at the waist", "unsupported"),
        title="Women Peach Embroidered Georgette Anarkali Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: indigo short kurti with white dabu floral print, white jeans, red brick wall outdoors.
    # details: adapter
    case(
        "X231-011",
        caption("a woman standing in front of a brick wall"),
        D.wearing("he is wearing a blue shirt and white pants", "pronoun"),
        D.color("blue"),
        D.pattern("floral"),
        D.material("cotton and", "cut"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a round neckline. The shirt is with cotton "
            "fabric and floral patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Women Indigo Dabu Print Pure Cotton Kurti",
        category="Kurtis",
        color="Indigo",
        gender="Women",
    ),
    # photo: olive green long-sleeve longline tunic, black leggings, city street outdoors, walking pose.
    # description: adapter
    case(
        "X231-012",
        caption("a woman in a green top and black leggings walking on the street"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("cotton", "contradiction"),
        D.details("the tunic is long", "non_answer"),
        title="Women Olive Green Solid Rayon Longline Tunic",
        category="Tunics",
        color="Olive",
        gender="Women",
    ),
    # photo: off white three-quarter-sleeve chikankari kurta with white thread embroidery all over, matching
    # palazzos, beige studio backdrop.
    # All texts from the base model.
    case(
        "X231-013",
        caption("a woman in a white kurta and pants with embroidery"),
        D.wearing("a white dress with embroidery"),
        D.color("cream"),
        D.pattern("embroidered"),
        D.details("the kurta has white thread embroidery all over"),
        D.material("the kurta is white", "restated"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Off White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: sky blue georgette dupatta with tasselled ends (the product) draped over a plain white kurta, white
    # studio.
    # All texts from the base model.
    case(
        "X231-014",
        caption("a woman in a white kurta with a blue scarf"),
        D.garment_type("kurta", "contradiction"),
        D.color("white", "other_garment_color"),
        is_a("dupatta", "yes"),
        D.material("silk", "contradiction"),
        D.description("a light blue dupatta with tassels at the ends"),
        title="Sky Blue Solid Georgette Dupatta with Tasselled Border",
        category="Dupattas",
        color="Blue",
        gender="Women",
    ),
    # photo: black and white geometric printed short-sleeve top with matching palazzos, white painted wall outdoors.
    # caption, details: adapter
    case(
        "X231-015",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white top and pants"),
        D.pattern("geometric"),
        D.details(
            "The pants are with cotton fabric and graphic patterns. The pants are with cotton fabric and graphic "
            "patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.material("polyester", "contradiction"),
        title="Women Black & White Geometric Printed Rayon Top with Palazzos Co-Ord",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: lavender three-quarter-sleeve straight kurta, white trousers, green park outdoors.
    # All texts from the base model.
    case(
        "X231-016",
        caption("a woman in a purple kurta standing in a park"),
        D.wearing("a purple kurta and white pants"),
        color_kurta("purple"),
        color_pants("purple", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("", "non_answer"),
        D.material("the kurta is purple", "restated"),
        title="Women Lavender Pure Cotton Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: teal kurta with an all-over gold foil print and a mandarin collar, teal trousers, dark grey studio
    # backdrop, no dupatta.
    # All texts from the base model.
    case(
        "X231-017",
        caption("a woman in a green outfit standing against a grey wall"),
        D.color("green"),
        D.pattern("solid", "contradiction"),
        D.material("silk"),
        D.details("gold print on the kurta and a mandarin collar"),
        D.wearing("a green kurta and green pants and a green dupatta", "unsupported"),
        title="Women Teal Foil Printed Silk Blend Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: rust short-sleeve kurti with a chest patch pocket, plain sleeves, blue jeans, model seated at a cafe
    # table outdoors.
    # All texts from the base model.
    case(
        "X231-018",
        caption("a woman sitting at a table in a cafe"),
        D.wearing(
            "an orange top and jeans. Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.color("orange"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        D.details("it has a pocket on the chest and embroidery on the sleeves", "unsupported"),
        title="Women Rust Solid Pure Cotton Kurti with Patch Pocket",
        category="Kurtis",
        color="Rust",
        gender="Women",
    ),
    # photo: white cotton saree with a pink floral print, pink sleeveless blouse, white studio backdrop.
    # description: adapter
    case(
        "X231-019",
        caption("a woman in a white saree with pink flowers"),
        color_saree("white"),
        color_blouse("white", "other_garment_color"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with floral patterns.",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.pattern("floral"),
        title="White & Pink Floral Printed Pure Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: mint green kurta with sequins on the neckline and sleeves, matching sharara, garden outdoors, front
    # view only, hands empty.
    # All texts from the base model.
    case(
        "X231-020",
        caption(
            "a woman in a green dress standing in a garden with a handbag",
            "unsupported",
        ),
        D.wearing("a green kurta and sharara"),
        D.color("green"),
        D.material("georgette"),
        D.details("sequins on the neck and sleeves and a zipper at the back", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Women Mint Green Sequinned Georgette Kurta with Sharara",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: beige wide-leg palazzos (the product) worn with an untucked black short-sleeve top that covers the
    # waist, white studio.
    # caption: adapter
    case(
        "X231-021",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.details("they have a wide leg and an elastic waist", "unsupported"),
        D.material("cotton"),
        title="Women Beige Solid Pure Cotton Wide Leg Palazzos",
        category="Palazzos",
        color="Beige",
        gender="Women",
    ),
    # photo: magenta A-line kurta with a pink and white leheriya (diagonal stripe) print, white trousers, no
    # dupatta, sandstone fort outdoors.
    # All texts from the base model.
    case(
        "X231-022",
        caption("a woman in a pink kurta standing in front of a fort"),
        D.pattern("striped"),
        D.color("pink"),
        D.wearing("a pink and white striped dress and a red scarf", "unsupported"),
        D.material("rayon"),
        D.details("the details of the kurta", "non_answer"),
        color_pants("pink", "other_garment_color"),
        title="Women Magenta Leheriya Printed Rayon A-Line Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: mustard kurta and trousers with a multicoloured bandhani dupatta, white studio.
    # wearing, details: adapter
    case(
        "X231-023",
        caption("a woman in a yellow kurta with a colorful dupatta"),
        D.wearing(
            "The lady wears a three-quarter-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a three-quarter-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        color_kurta("orange", "contradiction"),
        color_dupatta("multicolor"),
        D.details(
            "The lady wears a three-quarter-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Pure Cotton Kurta with Trousers & Bandhani Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: black sleeveless georgette kurti with silver mirror work on the neck and hem, black leggings, red
    # studio backdrop.
    # All texts from the base model.
    case(
        "X231-024",
        caption("a woman in a black top standing in front of a red background"),
        D.wearing("a black kurti with mirror work"),
        D.color("red", "contradiction"),
        D.material("silk", "contradiction"),
        D.details("mirror work on the neck and the hem"),
        B.sleeve_length("sleeveless"),
        D.garment_type("dress", "contradiction"),
        title="Women Black Mirror Work Georgette Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: multicolour patola saree (red, blue and green geometric weave), red blouse, no jewellery, haveli
    # courtyard outdoors.
    # material: adapter
    case(
        "X231-025",
        caption("a woman in a colorful saree standing in a courtyard"),
        D.color("multicolor"),
        D.pattern("striped", "contradiction"),
        D.material(
            "The lady wears a sleeveless shirt with lattice patterns. The shirt is with silk fabric. It has a v-shape "
            "neckline. There is",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a red and blue saree with a red blouse and gold bangles", "unsupported"),
        color_blouse("red"),
        title="Multicolour Patola Printed Silk Blend Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: pink and white floral printed kurta with pink trousers, round neck with no buttons, field of yellow
    # flowers outdoors.
    # All texts from the base model.
    case(
        "X231-026",
        caption("a woman in a pink floral dress standing in a field of yellow flowers"),
        D.color("yellow", "contradiction"),
        D.pattern("floral"),
        D.wearing("a pink kurta with flowers and pink pants"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("it is made of", "cut"),
        neckline("a round neck with buttons down the front", "unsupported"),
        title="Women Pink Floral Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: charcoal grey pintucked kurta with a mandarin collar, white palazzos, white studio.
    # caption, material: adapter
    case(
        "X231-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand collar neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey kurta and white pants"),
        color_kurta("grey"),
        color_palazzos("grey", "other_garment_color"),
        D.details("it has pintucks on the front and a mandarin collar"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand collar neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Charcoal Grey Pintucked Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: cream Chanderi dupatta with a gold zari border and no tassels (the product), worn over a maroon kurta,
    # outdoor garden.
    # All texts from the base model; the feed row has no gender.
    case(
        "X231-028",
        caption("a woman in a red dress with a white scarf"),
        D.garment_type("dupatta"),
        D.color("red", "other_garment_color"),
        D.material("silk"),
        D.description("a cream dupatta with gold border and gold tassels", "unsupported"),
        D.wearing("a red kurta and a cream dupatta"),
        title="Cream Chanderi Dupatta with Zari Border",
        category="Dupattas",
        color="Cream",
    ),
    # photo: lemon yellow peplum top with short flutter sleeves and matching palazzos, white studio.
    # All texts from the base model.
    case(
        "X231-029",
        caption("a woman in a yellow top and pants"),
        D.wearing("she is wearing a yellow peplum top and yellow pants"),
        D.description("he is wearing a yellow outfit", "pronoun"),
        D.color("yellow"),
        D.material("cotton", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details(
            "the top has a peplum and ruffles on the sleeves. Question: what is the material of the top? Answer: "
            "georgette",
            "leak",
        ),
        title="Women Lemon Yellow Georgette Peplum Top with Palazzos Co-Ord Set",
        category="Co-Ords",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy blue straight kurta with a white ikat print, navy trousers, rooftop terrace under a blue sky.
    # details: adapter
    case(
        "X231-030",
        caption("a woman in a blue and white kurta standing on a terrace"),
        D.pattern("printed"),
        D.color("white", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a round neckline. The shirt is with cotton "
            "fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.wearing("a blue kurta and white pants", "contradiction"),
        title="Women Navy Blue Ikat Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle green kurta with gold brocade on the yoke, gold dupatta, hair tied back and no earrings, model
    # holding a lit diya, marigold garlands in the studio.
    # All texts from the base model.
    case(
        "X231-031",
        caption("a woman in a green kurta holding a diya"),
        D.color("green"),
        color_dupatta("gold"),
        D.wearing(
            "she is wearing a green kurta with a gold dupatta and gold earrings",
            "unsupported",
        ),
        D.material("silk"),
        D.details(
            "gold brocade on the yoke. Question: what is the color of the dupatta? Answer: gold",
            "leak",
        ),
        title="Women Bottle Green Woven Design Art Silk Kurta with Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: white palazzos with schiffli embroidery at the hem (the product), worn with a pink short-sleeve kurti,
    # no pockets, white studio.
    # caption: adapter
    case(
        "X231-032",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("pink", "other_garment_color"),
        D.details("white pants with embroidery at the bottom and side pockets", "unsupported"),
        is_a("palazzo", "yes"),
        title="Women White Schiffli Embroidered Pure Cotton Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: red short-sleeve kurta with a black bandhani dot print, black trousers, busy street market outdoors.
    # All texts from the base model.
    case(
        "X231-033",
        caption("a woman in a red kurta standing in a market"),
        D.wearing("a red kurta and black pants"),
        color_pants("red", "other_garment_color"),
        D.pattern("polka dots"),
        D.material("", "non_answer"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Red & Black Bandhani Printed Rayon Kurta with Trousers",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: lilac ruffled georgette saree with a lilac sleeveless blouse, white studio.
    # caption, material: adapter
    case(
        "X231-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a purple saree with ruffles"),
        D.color("purple"),
        D.garment_type("saree"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.pattern("solid"),
        title="Lilac Ruffled Georgette Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: colour-blocked kurta, orange above the waist and pink below, a gold gota lace at the seam, white
    # trousers, white studio.
    # All texts from the base model.
    case(
        "X231-035",
        caption("a woman in an orange and pink kurta"),
        D.color("orange"),
        D.pattern("color block"),
        D.details("it has a gold lace between the orange and pink parts"),
        D.wearing("a pink kurta and pink pants", "other_garment_color"),
        D.material("silk", "contradiction"),
        title="Women Orange & Pink Colourblocked Pure Cotton Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: coffee brown kaftan tunic with a white floral print, elbow-length batwing sleeves, a tie at the waist,
    # no hood, sandy beach outdoors.
    # All texts from the base model.
    case(
        "X231-036",
        caption("a woman in a brown kaftan on the beach"),
        D.garment_type("tunic"),
        D.color("brown"),
        B.sleeve_length("short sleeves"),
        D.wearing("a brown dress"),
        D.material("rayon"),
        D.details("it has a tie at the waist and white print and a hood", "unsupported"),
        print_q(
            "white flowers and leaves. Question: what is the color of the tunic? Answer: brown",
            "leak",
        ),
        title="Women Coffee Brown Printed Rayon Kaftan Tunic",
        category="Tunics",
        color="Brown",
        gender="Women",
    ),
    # photo: purple long-sleeve kurta with tonal embroidery on the yoke, purple trousers, purple dupatta, white
    # studio.
    # description, details: adapter
    case(
        "X231-037",
        caption("a woman in a purple kurta and dupatta"),
        D.color("purple"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with silk fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.material("silk"),
        is_a("kurta", "yes"),
        color_dupatta("purple"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with silk fabric. It has a "
            "v-shape neckline. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        title="Women Purple Embroidered Silk Blend Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: sea green short-sleeve kurti with a white floral print, white palazzos, wall painted bright blue
    # outdoors.
    # All texts from the base model.
    case(
        "X231-038",
        caption("a woman standing in front of a blue wall"),
        D.wearing("a green top and white pants"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.material("cotton"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("it is a kurti with a", "cut"),
        title="Women Sea Green Floral Printed Pure Cotton Kurti",
        category="Kurtis",
        color="Sea Green",
        gender="Women",
    ),
    # photo: orange phulkari dupatta with multicolour floral embroidery (the product), draped round the neck over a
    # plain white kurta and trousers, mustard field outdoors.
    # caption, material: adapter
    case(
        "X231-039",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. There is an accessory on her neck. The lady wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dupatta"),
        D.color("white", "other_garment_color"),
        D.pattern("embroidered"),
        D.description(
            "a colorful dupatta with flowers. Question: what is the dupatta made of? Answer: cotton",
            "leak",
        ),
        D.material(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. There is an",
            "restated",
            hit_limit=True,
        ),
        title="Orange Phulkari Embroidered Dupatta",
        category="Dupattas",
        color="Orange",
        gender="Women",
    ),
    # photo: burgundy sequinned kurta with sheer long sleeves with matching palazzos, dark studio with blurred fairy
    # lights behind.
    # All texts from the base model.
    case(
        "X231-040",
        caption("a woman in a red kurta with lights in the background"),
        D.wearing("a red outfit"),
        D.color("red"),
        D.material("velvet", "contradiction"),
        D.details("sequins"),
        D.pattern("embroidered"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Burgundy Sequinned Georgette Kurta with Palazzos",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: sky blue kurta with white chikankari embroidery round the round neck, white palazzos, model standing by
    # a parked bicycle outdoors.
    # All texts from the base model.
    case(
        "X231-041",
        caption("a woman standing next to a bicycle"),
        D.wearing("a blue shirt and white pants"),
        D.color("blue"),
        D.details("it has a white collar", "unsupported"),
        D.material("what material is the garment made of", "restated"),
        color_pants("blue", "other_garment_color"),
        title="Women Sky Blue Chikankari Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: green and white tropical leaf printed long-sleeve shirt with a lapel collar and matching trousers,
    # garden outdoors.
    # wearing, material: adapter
    case(
        "X231-042",
        caption("a woman in a green and white outfit in a garden"),
        D.wearing(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long-sleeve shirt with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.color("green"),
        D.material(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Women Green & White Tropical Printed Rayon Shirt with Trousers Co-Ord",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: cream Chanderi saree with a woven gold border, cream blouse, no jewellery, beige studio.
    # All texts from the base model.
    case(
        "X231-043",
        caption("a woman in a white saree with gold border"),
        D.color("cream"),
        D.material("silk. Question: what is the color of the blouse? Answer: cream", "leak"),
        D.details("the saree has details", "non_answer"),
        D.wearing("a white saree and a gold necklace", "unsupported"),
        color_blouse("gold", "contradiction"),
        title="Cream & Gold Woven Chanderi Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: red three-quarter-sleeve short kurti, white churidar, white studio, three-quarter side pose.
    # caption, wearing: adapter
    case(
        "X231-044",
        caption(
            "The lady wears a three-quarter-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The shirt is with cotton fabric. It has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a three-quarter-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long leggings. The leggings are",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.details("the top is red", "non_answer"),
        D.material("cotton"),
        title="Women Red Solid Pure Cotton Short Kurti",
        category="Kurtis",
        color="Red",
        gender="Women",
    ),
    # photo: yellow kurta with mirror work on the neck, yellow palazzos, green dupatta, model seated on a wooden
    # swing outdoors.
    # All texts from the base model.
    case(
        "X231-045",
        caption("a woman sitting on a swing in a yellow dress"),
        D.garment_type("kurta"),
        color_dupatta("yellow", "other_garment_color"),
        D.material("chiffon"),
        D.details("mirror work on the neck"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Yellow Mirror Work Georgette Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: white long-sleeve tunic with a blue floral print, blue jeans, pale blue studio backdrop.
    # wearing, details: adapter
    case(
        "X231-046",
        caption("a man in a white shirt with blue flowers", "pronoun"),
        D.wearing(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. The lady wears "
            "a long-sleeve shirt with floral patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a round neckline. The lady wears a long "
            "denim pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.material("rayon"),
        D.pattern("floral"),
        title="Women White & Blue Floral Printed Rayon Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
]
