"""BLIND_351 (46 products; women's Indian marketplace night run: kurtas, sets, tops, dresses, jeans, sarees, more):
written blind in the forty-fourth session. Measured blind at d9788e8 (the session's rules as they stood): 115/135
failures found (85.2%) and 12/157 correct texts flagged (7.6%). The writer's notes, verbatim:

Scenario: a women's catalog drawn at random from one night's run on an Indian marketplace feed: straight, A-line and
anarkali kurtas, kurta sets with trousers, palazzos or sharara and a dupatta, tops and shirts, dresses, jeans,
sarees (Banarasi, georgette, cotton, net), leggings, sweatshirts and nightwear (night suits, nightdresses, kaftans,
lounge sets). Model shots on studio backdrops, coloured walls, a bed, a couch, a balcony or steps, with props (a
plant, a brass lamp, a handbag). Each row has the seller's title, category, color and gender; a few miss the gender.

Who wrote what: the open questions (the experiments' "What is she wearing?", "Describe the shirt.", "What are the
jeans details?", and the default questionnaire's description, details and material) were answered by the untuned
base `Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on their own (never hit_limit), sometimes running
on into the next "Question: ... Answer:". Captions come from the base model unless the comment says the caption
adapter wrote them; the caption adapter (DeepFashion template, no end token) runs to its limit (hit_limit=True) and
returns its template to whatever it is asked. A few free-generation color questions (kind="open") and one details
question were answered by the VQA adapter, which has no end token either and loops to the limit. The closed
questions (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") are enrich's
`--engine reference` answers from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, blue for navy or teal, green for teal or olive,
  yellow for mustard, pink for peach, purple for lavender, white or cream for off white and cream, white for beige,
  brown for rust (rust sits between orange and brown), grey/gray for grey melange.
- A color of the print, border, stripes or lettering given as the garment's color (gold for a pink saree with a
  zari border, green for the leaves on a yellow dress, white for the dots on a black maxi, pink for the letters on a
  white sweatshirt) is contradiction, except where the seller's title names both colors ("White & Blue"): then
  either color is correct. A wall or backdrop color given as the garment's is contradiction, and so is the print's
  color given to a plain piece (white trousers under a white-dotted bandhani kurta whose trousers are plain blue).
- The color of another piece in the photo (the palazzos under a kurta, the tee over leggings, the blouse under a
  saree, the jeans under a top) given to the product, or the product's color given to that other piece, is
  other_garment_color.
- Garment synonyms are correct: sari for saree, scarf for dupatta, hoodie for a hooded sweatshirt, sweater for a
  sweatshirt, pajamas/nightgown/robe for nightwear and a kaftan, top or shirt for a short kurti or a tunic, the
  adapter's "shirt" for a kurta worn over pants (the nearest DeepFashion class), dress for an ankle-length flared
  anarkali. "dress" for a straight kurta or a short kurti (the base model's words, the adapter's template, or the
  reference engine's garment_type for a kurta set) is contradiction; so is the adapter's "dress" for a saree
  (hit_limit kept), and a garment_type naming the other piece ("kurta" for churidar leggings worn under one) or
  another garment ("jeans" for leggings).
- Materials: the title's material or its look-alike (chiffon for georgette, cotton for denim, net for a net saree)
  is correct; a plausible guess on a plain fabric the title does not name (polyester for a stretch bodycon, cotton
  for a printed kurta) is correct; a material the title contradicts or nothing shows (silk on a cotton kurta or
  kaftan, wool on a fleece hoodie, linen on a cotton shirt dress) is unsupported.
- Invented items (a belt, a necklace, a hood, a bow, pockets, a v neck the photo does not show) are unsupported. A
  handbag, bangles, a lamp or a plant that the photo shows are correct; a bed invented for a grey studio backdrop is
  unsupported.
- A base answer cut by an early stop ("it is made of") is cut without hit_limit; an empty answer, "the details of
  the pajamas", "they are jeans" / "they are shorts" for details, "it is a shirt" to "Describe the shirt." and "it
  is made of fabric" are non_answer; a material question answered with the garment and its color is restated.
- Adapter texts: a repeated template sentence is loop; one that stops mid-sentence without repeating is cut (even
  where it invents an accessory before stopping); its template for the material question is restated. A VQA-adapter
  color answer repeating one word is loop. Base answers that run on into "Question: ... Answer: ..." or echo the
  prompt are leak.
- "he" or "a man" for a woman is pronoun, including a waist-down crop where the model guessed a man.
- The reference engine's wrong closed answers are contradiction (navy as black, mustard as orange, a zari border as
  striped, puff sleeves as long sleeves, off-shoulder short sleeves as sleeveless, "no" to "Is this a kurta?").
- A pack of two leggings shown on one pair: the pair worn (navy) is the product's color; maroon is folded in an
  inset and no text names it.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
neckline = question("neckline", "What is the neckline of the kurta?", "open")

BLIND_351 = [
    # photo: model in a navy blue straight kurta with a small white floral print, three-quarter sleeves, white
    # palazzos, white studio backdrop, front view. no adapter text
    case(
        "X351-001",
        caption("a woman in a blue floral kurta and white pants"),
        wearing("a blue dress and white pants", "contradiction", who="she"),
        color_of("pants", "white"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("shirt", "the shirt is blue with white flowers"),
        title="Women Navy Blue Floral Printed Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a maroon straight kurta with gold thread embroidery on the yoke, matching trousers, maroon
    # dupatta over one shoulder, beige wall with a potted plant. caption: caption adapter; details: VQA adapter
    case(
        "X351-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a maroon kurta with gold embroidery and matching pants", who="she"),
        color_dupatta("gold", "contradiction"),
        D.material("silk", "unsupported"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Women Maroon Yoke Design Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a black ribbed short-sleeve crop top with light blue jeans, pink wall. no adapter text
    case(
        "X351-003",
        caption("a woman in a black crop top and jeans standing against a pink wall"),
        wearing("a black top and blue jeans", who="she"),
        color_of("shirt", "black"),
        color_of("jeans", "black", "other_garment_color"),
        D.color("pink", "contradiction"),
        B.sleeve_length("short sleeves"),
        details("shirt", "it has a round neck and a pocket on the front", "unsupported"),
        title="Women Black Solid Ribbed Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a yellow A-line midi dress with white flowers and green leaves, flutter sleeves, garden
    # backdrop with shrubs. no adapter text
    case(
        "X351-004",
        caption("a woman in a yellow floral dress standing in a garden"),
        wearing("she is wearing a yellow dress with white flowers", who="she"),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        D.details("the dress has a belt and pockets", "unsupported"),
        D.material("silk", "unsupported"),
        is_a("dress", "yes"),
        title="Women Yellow Floral Print Georgette A-Line Midi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in blue high-rise skinny jeans, white tee tucked in, white sneakers, grey backdrop, full length.
    # caption: caption adapter
    case(
        "X351-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. Her pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        color_of("shirt", "blue", "other_garment_color"),
        D.garment_type("jeans"),
        details("jeans", "they are jeans", "non_answer"),
        D.material("the jeans are blue", "restated"),
        title="Women Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink Banarasi saree with a wide gold zari border and small gold buttas, pink blouse, pallu
    # over the shoulder, earrings, beige backdrop. no adapter text
    case(
        "X351-006",
        caption("a woman in a pink sari with a gold border"),
        wearing("a pink and gold saree", who="she"),
        D.color("gold", "contradiction"),
        D.garment_type("saree"),
        D.material("silk"),
        D.details("gold border and a gold necklace", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Women Pink & Gold-Toned Zari Woven Silk Blend Banarasi Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings under a red straight knee-length kurta, white backdrop. no adapter
    case(
        "X351-007",
        caption("a woman in a red kurta and black leggings"),
        wearing("a red dress and black leggings", "contradiction", who="she"),
        color_of("pants", "black"),
        D.color("red", "other_garment_color"),
        D.garment_type("leggings"),
        D.material("it is made of cotton and", "cut"),
        describe("pants", "they are black and tight"),
        title="Women Black Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a grey melange crew-neck sweatshirt with white "BROOKLYN" lettering, black joggers, grey
    # backdrop. no adapter text
    case(
        "X351-008",
        caption("a woman wearing a grey sweatshirt with the word brooklyn on it"),
        wearing("a gray sweatshirt and gray pants", "other_garment_color", who="she"),
        color_of("pants", "grey", "other_garment_color"),
        D.pattern("graphic"),
        B.sleeve_length("long sleeves"),
        D.details("it has a hood", "unsupported"),
        D.material("cotton"),
        title="Women Grey Melange Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a pink night suit: long-sleeve button-down shirt with a white heart print and lapel collar,
    # matching pyjamas, standing by a bed, watch on her wrist. caption and details: caption adapter
    case(
        "X351-009",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and graphic patterns. The lady wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        wearing("pajamas", who="she"),
        color_of("shirt", "white", "contradiction"),
        color_of("pants", "pink"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a lapel neckline. There is an accessory on "
            "her wrist. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("nightwear"),
        title="Women Pink Heart Print Pure Cotton Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a mustard yellow solid straight kurta with a gold gota yoke, three-quarter sleeves, white
    # pants, pastel blue wall. no adapter text
    case(
        "X351-010",
        caption("a woman in a yellow kurta standing in front of a blue wall"),
        wearing("a yellow kurta with white pants", who="she"),
        D.color("orange", "contradiction"),
        D.pattern("printed", "contradiction"),
        describe("kurta", "it is a yellow kurta with a gold neckline"),
        D.material("it is made of", "cut"),
        is_a("kurta", "yes"),
        title="Women Mustard Yellow Yoke Design Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in an ankle-length flared green anarkali kurta with a white floral print, long sleeves, green
    # palazzos, white dupatta with green print around the neck, bangles, balcony with a railing. caption: caption
    # adapter
    case(
        "X351-011",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. There is a scarf around her neck. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green dress and a white scarf", who="she"),
        color_dupatta("green", "other_garment_color"),
        color_kurta("green"),
        B.sleeve_length("long sleeves"),
        D.material("rayon"),
        D.details("a gold necklace and earrings", "unsupported"),
        title="Women Green Floral Printed Rayon Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white shirt with thin blue vertical stripes, chest pocket, sleeves rolled up, tucked into
    # black trousers, light grey backdrop. no adapter text
    case(
        "X351-012",
        caption("a woman in a white and blue striped shirt"),
        wearing("a striped shirt and blue jeans", "contradiction", who="she"),
        color_of("shirt", "blue"),
        color_of("pants", "white", "other_garment_color"),
        D.pattern("striped"),
        describe("shirt", "the shirt is white with blue stripes and has a collar and buttons"),
        details(
            "shirt",
            "the shirt has a pocket on the chest and the sleeves are rolled up Question: what is the color of the "
            "pants? Answer: black",
            "leak",
        ),
        title="Women White & Blue Striped Regular Fit Casual Shirt",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a maroon sleeveless knee-length bodycon dress with a square neck, cream backdrop. no adapter
    case(
        "X351-013",
        caption("a woman in a red dress posing for a photo"),
        wearing("he is wearing a red dress", "pronoun", who="she"),
        D.color("maroon"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("the dress has a square neckline"),
        D.material("it is made of polyester and has a", "cut"),
        title="Women Maroon Solid Bodycon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in black wide-leg jeans and a beige cropped top, tan handbag on her shoulder, white backdrop.
    # no adapter text
    case(
        "X351-014",
        caption("a woman in black jeans and a beige top holding a brown bag"),
        wearing("black jeans and a white top", who="she"),
        color_of("jeans", "black"),
        color_of("shirt", "black", "other_garment_color"),
        D.garment_type("jeans"),
        details(
            "jeans",
            "the jeans have a high waist and wide legs Question: what is the color of the jeans? Answer: black",
            "leak",
        ),
        D.material("black jeans", "restated"),
        title="Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a teal georgette saree with a small black-and-white abstract print, black sleeveless blouse,
    # white backdrop. caption: caption adapter
    case(
        "X351-015",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with graphic patterns. The dress is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green saree with a black blouse", who="she"),
        D.color("black", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.material("chiffon"),
        color_of("shirt", "black"),
        title="Women Teal Abstract Printed Georgette Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model in off-white churidar leggings gathered at the ankles, under a pink short-sleeve knee-length
    # kurta, white backdrop, full length. no adapter text
    case(
        "X351-016",
        caption("a woman in a pink kurta and white leggings"),
        wearing("a pink and white outfit", who="she"),
        color_of("pants", "pink", "other_garment_color"),
        D.color("white"),
        D.garment_type("kurta", "contradiction"),
        D.details("they have gathers at the ankle"),
        title="Women Off-White Solid Churidar Leggings",
        category="Leggings",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a lavender hooded sweatshirt with a kangaroo pocket and white drawstrings, blue jeans, white
    # backdrop. no adapter text
    case(
        "X351-017",
        caption("a woman in a purple hoodie and jeans"),
        wearing("he is wearing a purple hoodie", "pronoun", who="she"),
        D.color("pink", "contradiction"),
        D.details("it has a hood with drawstrings and a pocket in the front"),
        D.material("wool", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Women Lavender Solid Cotton Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a navy blue satin knee-length nightdress with spaghetti straps and lace trim at the neckline,
    # standing next to a bed. no adapter text
    case(
        "X351-018",
        caption("a woman in a blue satin nightgown standing next to a bed"),
        wearing("a black nightgown", "contradiction", who="she"),
        D.color("black", "contradiction"),
        D.material("satin"),
        D.details("lace on the neckline and a bow at the waist", "unsupported"),
        B.sleeve_length("sleeveless"),
        title="Women Navy Blue Satin Nightdress with Lace Detail",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an off-white straight chikankari kurta with white floral thread embroidery, long sleeves,
    # white pants, light pink wall. caption: caption adapter
    case(
        "X351-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants she wears are long with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta with embroidery", who="she"),
        D.color("cream"),
        D.pattern("floral"),
        D.material("the kurta is white", "restated"),
        color_of("pants", "white"),
        is_a("kurta", "yes"),
        title="Women Off White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a peach kurta with mirror work, matching sharara and a peach dupatta, cream backdrop with a
    # cane chair. no adapter text
    case(
        "X351-020",
        caption("a woman in a pink outfit with a scarf"),
        wearing("a pink kurta and pants", who="she"),
        D.garment_type("dress", "contradiction"),
        color_dupatta("peach"),
        D.details(
            "the kurta has mirror work Question: what is the color of the dupatta? Answer: pink",
            "leak",
        ),
        D.material("it is made of fabric", "non_answer"),
        title="Women Peach-Coloured Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in an olive green ribbed tank top with beige trousers, white backdrop. no adapter text
    case(
        "X351-021",
        caption("a woman in a green tank top and beige pants"),
        wearing("a green tank top", who="she"),
        color_of("shirt", "green"),
        color_of("pants", "green", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        describe("shirt", "it is a shirt", "non_answer"),
        D.details("the shirt has a bow on the front", "unsupported"),
        title="Women Olive Green Ribbed Tank Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a knee-length blue denim shirt dress, lapel collar, button placket, short sleeves, self belt
    # at the waist, white brick wall. caption: caption adapter
    case(
        "X351-022",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. There is a belt in her waist. The lady wears a short-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue denim shirt dress", who="she"),
        D.color("white", "contradiction"),
        D.material("denim"),
        D.details(
            "buttons down the front and a belt Question: what is the material of the dress? Answer: denim",
            "leak",
        ),
        is_a("dress", "yes"),
        title="Women Blue Solid Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in light blue mom-fit jeans ripped at the knees, black tee tucked in, front view, grey backdrop.
    # color_jeans (open, free generation): VQA adapter
    case(
        "X351-023",
        caption("a woman wearing a black t-shirt and ripped jeans"),
        wearing("she is wearing a black shirt and blue jeans", who="she"),
        color_of(
            "jeans",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        details("jeans", "they are ripped at the knees and have a brown belt", "unsupported"),
        D.material("cotton"),
        title="Women Light Blue Mom Fit Distressed Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a red saree with a golden zari border, red blouse, gold bangles, studio backdrop with a brass
    # lamp stand beside her. no adapter text
    case(
        "X351-024",
        caption("a woman in a red saree standing next to a lamp"),
        wearing("a red saree and a gold necklace", "unsupported", who="she"),
        D.color("red"),
        D.details("a gold border and bangles on her wrist"),
        D.pattern("striped", "contradiction"),
        is_a("saree", "yes"),
        D.material("the saree is red", "restated"),
        title="Women Red & Gold-Toned Silk Blend Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in navy blue ankle-length leggings and a white tee, white backdrop; a folded maroon pair in an
    # inset. no adapter text
    case(
        "X351-025",
        caption("a woman in a white shirt and blue leggings"),
        wearing("a white t-shirt and blue pants", who="she"),
        color_of("pants", "blue"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        D.details("the details of the leggings", "non_answer"),
        title="Women Pack of 2 Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue & Maroon",
        gender="Women",
    ),
    # photo: model in a black crew-neck sweatshirt with a large orange-and-black tiger graphic on the front, blue
    # jeans, white backdrop. caption: caption adapter
    case(
        "X351-026",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve sweater with graphic patterns. The sweater is",
            "loop",
            hit_limit=True,
        ),
        wearing("a black sweatshirt with a tiger on it", who="she"),
        D.color("orange", "contradiction"),
        D.pattern("graphic"),
        describe("shirt", "a black sweatshirt with a tiger on it and a hood", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Women Black Graphic Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue-and-white checked pyjama set: notch-collar shirt with white piping, matching pyjamas,
    # grey backdrop. no adapter text; the feed row has no gender
    case(
        "X351-027",
        caption(
            "a woman in blue and white checkered pajamas sitting on a bed",
            "unsupported",
        ),
        wearing("pajamas", who="she"),
        D.pattern("checked"),
        color_of("shirt", "blue"),
        describe("shirt", "it is blue and white checked with a collar and white piping"),
        D.details("the details of the pajamas", "non_answer"),
        title="Women Blue & White Checked Pure Cotton Pyjama Set",
        category="Night Suits",
        color="Blue",
    ),
    # photo: model in a rust orange A-line kurta with small white and black block-print motifs, round neck with a
    # keyhole, three-quarter sleeves, white pants, potted plant beside her. no adapter text
    case(
        "X351-028",
        caption("a woman in an orange kurta standing next to a plant"),
        wearing("an orange kurta and orange pants", "other_garment_color", who="she"),
        D.color("brown"),
        D.pattern("printed"),
        D.material("silk", "unsupported"),
        D.details("the kurta has a v neck and a pocket", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Women Rust Orange Block Printed Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a blue kurta with a white bandhani dot print and matching trousers, no dupatta, beige
    # backdrop. caption: caption adapter
    case(
        "X351-029",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns and a long pants. The dress is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and lattice patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue and white kurta and pants", who="she"),
        color_of("pants", "white", "contradiction"),
        D.pattern("polka dot"),
        D.material("cotton with a", "cut"),
        D.details("the kurta has white dots and a round neck"),
        title="Women Blue Bandhani Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink floral peplum top with short puff sleeves and white jeans, white wall. no adapter text
    case(
        "X351-030",
        caption("a woman in a pink floral top and white jeans"),
        wearing("a pink top and white jeans", who="she"),
        color_of("jeans", "pink", "other_garment_color"),
        D.color("pink"),
        D.details("the top has a peplum and puff sleeves"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Pink Floral Print Peplum Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black sleeveless tiered maxi dress with white polka dots, v neck, white backdrop. caption and
    # material: caption adapter
    case(
        "X351-031",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is long. The lady wears a sleeveless dress with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a black and white polka dot dress with a black belt",
            "unsupported",
            who="she",
        ),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        B.sleeve_length("sleeveless"),
        D.material(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Black & White Polka Dot Tiered Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: waist-down crop: grey straight-fit jeans and white sneakers, grey backdrop. no adapter text
    case(
        "X351-032",
        caption("a man in grey jeans and white sneakers", "pronoun"),
        wearing("jeans", who="she"),
        color_of("jeans", "grey"),
        D.garment_type("jeans"),
        details("jeans", "Question: What are the jeans details? Answer: grey jeans", "leak"),
        D.material("jeans", "restated"),
        title="Women Grey Straight Fit Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a mustard cotton saree with a black-and-red block-printed border, black blouse, sitting on
    # stone steps outdoors. no adapter text
    case(
        "X351-033",
        caption("a woman in a yellow sari sitting on steps"),
        wearing(
            "she is wearing a yellow saree and a black blouse Question: what is the color of the saree? Answer: yellow",
            "leak",
            who="she",
        ),
        D.color("black", "other_garment_color"),
        D.material("cotton"),
        D.details("the saree has a printed border"),
        D.pattern("printed"),
        title="Women Mustard Printed Border Pure Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in maroon leggings under a long grey kurta with side slits, white backdrop. no adapter text
    case(
        "X351-034",
        caption("a woman in a grey dress and red leggings", "contradiction"),
        wearing("a gray kurta and red leggings", who="she"),
        color_of("pants", "grey", "other_garment_color"),
        D.color("maroon"),
        D.garment_type("leggings"),
        D.material("cotton"),
        title="Women Maroon Solid Churidar-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a cream oversized sweatshirt with dropped shoulders and ribbed cuffs and hem, blue jeans, beige
    # backdrop. caption: caption adapter; the feed row has no gender
    case(
        "X351-035",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with cotton fabric. Her pants are with denim fabric and pure color patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sweater and blue jeans", who="she"),
        D.color("white"),
        color_of("jeans", "white", "other_garment_color"),
        D.details("it has a hood and a pocket", "unsupported"),
        D.pattern("solid"),
        title="Women Cream-Coloured Solid Oversized Sweatshirt",
        category="Sweatshirts",
        color="Cream",
    ),
    # photo: model in a maroon cotton kaftan nightdress with a white paisley print and wide elbow sleeves, sitting
    # on a couch. no adapter text
    case(
        "X351-036",
        caption("a woman in a red kaftan sitting on a couch"),
        wearing("he is wearing a red robe", "pronoun", who="she"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.garment_type("nightwear"),
        D.material("silk", "unsupported"),
        title="Women Maroon Paisley Printed Pure Cotton Kaftan Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a purple short kurti with white thread embroidery at the neck and sleeve hems, blue jeans,
    # white backdrop. no adapter text
    case(
        "X351-037",
        caption("a woman in a purple dress and jeans", "contradiction"),
        wearing("a purple shirt and jeans", who="she"),
        color_of("jeans", "purple", "other_garment_color"),
        color_of("shirt", "purple"),
        D.details("white embroidery on the neck and sleeves"),
        D.material("", "non_answer"),
        title="Women Purple Embroidered Short Kurti",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a yellow kurta with a white yoke design, white trousers, white dupatta with a yellow border,
    # white backdrop. no adapter text
    case(
        "X351-038",
        caption("a woman in a yellow kurta and white pants with a white dupatta"),
        wearing(
            "a yellow kurta Question: What is the color of the pants? Answer: white",
            "leak",
            who="she",
        ),
        color_dupatta("yellow", "contradiction"),
        color_of("pants", "yellow", "other_garment_color"),
        D.garment_type("kurta"),
        D.material("yellow kurta with white pants", "restated"),
        title="Women Yellow Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a red off-shoulder top with a ruffle over short flared sleeves, black jeans, white backdrop.
    # caption: caption adapter
    case(
        "X351-039",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long denim pants. The blouse is with "
            "chiffon fabric. It has a suspenders neckline. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a red top and black jeans", who="she"),
        D.color("red"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.details("the top has ruffles on the shoulders and a tie at the waist", "unsupported"),
        color_of("jeans", "red", "other_garment_color"),
        title="Women Red Solid Off-Shoulder Ruffled Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a green midi shirt dress with a collar, buttons, long sleeves rolled up and a self-tie belt,
    # light grey backdrop. no adapter text
    case(
        "X351-040",
        caption("a woman in a green dress with a belt"),
        wearing(
            "a green dress with a belt and a pair of sunglasses",
            "unsupported",
            who="she",
        ),
        D.color("green"),
        D.details("the dress has a collar buttons and a belt"),
        D.material("linen", "unsupported"),
        is_a("dress", "yes"),
        title="Women Green Solid Pure Cotton Shirt Dress with Belt",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in dark navy flared high-rise jeans, white blouse tucked in, no belt, nude heels, white backdrop.
    # no adapter text
    case(
        "X351-041",
        caption("a woman in a white blouse and blue flared jeans"),
        wearing("a white top and blue jeans and a black belt", "unsupported", who="she"),
        color_of("jeans", "black", "contradiction"),
        color_of("shirt", "white"),
        details("jeans", "the jeans are flared at the bottom"),
        D.garment_type("jeans"),
        title="Women Navy Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black net saree with sequin work all over, black blouse, dark grey backdrop. caption:
    # caption adapter
    case(
        "X351-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black saree with sequins", who="she"),
        D.color("black"),
        D.material("silk", "unsupported"),
        D.details("the saree has sequins and a silver belt", "unsupported"),
        D.garment_type("saree"),
        title="Women Black Embellished Sequinned Net Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white sweatshirt with pink "LOVE" lettering on the chest, grey joggers, white backdrop.
    # no adapter text
    case(
        "X351-043",
        caption("a woman wearing a pink sweatshirt that says love", "contradiction"),
        wearing("a white sweatshirt and gray pants", who="she"),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        color_of("pants", "white", "other_garment_color"),
        D.material("the sweatshirt is white", "restated"),
        title="Women White Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a grey melange lounge set, short-sleeve tee and shorts, sitting on a bed. color_shirt (open,
    # free generation): VQA adapter
    case(
        "X351-044",
        caption("a woman in a grey t-shirt and shorts sitting on a bed"),
        wearing("he is wearing a gray shirt and shorts", "pronoun", who="she"),
        color_shorts("grey"),
        color_of(
            "shirt",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("shorts", "they are shorts", "non_answer"),
        B.sleeve_length("short sleeves"),
        D.material("", "non_answer"),
        title="Women Grey Melange Lounge T-shirt with Shorts",
        category="Night Suits",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a navy blue long-sleeve tunic top with a white geometric print, black leggings, white
    # backdrop. caption and description: caption adapter
    case(
        "X351-045",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The pants she wears are long with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt with white design and black leggings", who="she"),
        D.color("white", "contradiction"),
        D.pattern("geometric"),
        color_of("pants", "black"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Women Navy Blue Geometric Print Tunic",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white straight kurta with a blue floral print, mandarin collar with a button placket,
    # three-quarter sleeves, blue pants, white backdrop. no adapter text
    case(
        "X351-046",
        caption("a woman wearing a white and blue kurta and blue pants"),
        wearing("a white kurta with blue flowers", who="she"),
        D.color("blue"),
        color_of("pants", "blue"),
        D.material("cotton"),
        neckline("a round neckline", "contradiction"),
        B.sleeve_length("three-quarter sleeves"),
        title="Women White & Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
]
