"""BLIND_315 (46 products; women's everyday and ethnic wear from a night's run, model shots): written blind in the
forty-third session. Measured blind at 7fbfe5f (the session's rules as they stood): 116/131 failures found (88.5%)
and 2/166 correct texts flagged (1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like women's catalog, products drawn at random from one night's run: kurtas (straight, A-line,
anarkali, chikankari sets), tops, tshirts, shirts, dresses, jeans, trousers, leggings, sarees, sweatshirts and
jackets. Every photo is a model shot, so the product is nearly always worn with something else (a kurta over
leggings or palazzos, a tee tucked into jeans, a jacket over a tee, a saree with its blouse), against studio
backdrops, coloured walls, doors, curtains or a potted plant. Each row carries the seller's title, category, color
and gender; a few rows miss the color or the gender, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase, "a woman in a
...") unless the comment names the caption adapter (`Data2_V2_Blip2_Finetune_Caption`), whose DeepFashion template
("The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ...") never stops and
always carries hit_limit=True; asked a question it returns its template. The experiments' questions (What is she
wearing? What is the color of the top / bottom / shirt? Describe the garment. What are the shirt details?) and the
default questionnaire's open questions are answered by the base model unless the comment says the VQA adapter
(`Data3_V3_BLIP2_VQA`) or the caption adapter answered them. The VQA adapter was trained without an end token on
prompt-and-padding labels: it answers with one In-shop word or color and then repeats it ("blouse blouse blouse",
"white-white-white") or runs on into the next "Question: ... Answer:" of its training data, always to the 30-token
limit (hit_limit=True). Its color answers are stored open (free generation). The base model stops on its own and
never has hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, per-piece colors stored closed,
"Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or indigo, red for maroon, yellow for mustard, green
  for olive or emerald, purple for lavender, pink for peach, orange for rust, grey for grey melange or charcoal,
  khaki or beige for beige, white for off white.
- Garment synonyms are correct: sari for saree, t - shirt / tee for t-shirt, polo shirt or shirt for a polo tee,
  pants for trousers or jeans, sweatpants for joggers, sweater for a sweatshirt, hoodie for a hooded sweatshirt,
  blazer for a jacket, top for a blouse, shirt or top for a kurta (the adapter's "long-sleeve shirt" for a kurta is
  not a misnaming). "dress" for a kurta worn over palazzos, for a saree, or "shirt" for a shirt dress is a
  contradiction of the garment; where the adapter's template does it, contradiction wins over cut or loop and
  hit_limit stays.
- A color the closed color question gives that belongs to another piece in the photo (the leggings under a kurta,
  the tee under a jacket, the blouse of a saree, the shoes or boots) is other_garment_color; the color of a print,
  border, collar or drawstring given as the garment's color is contradiction; a color that nothing worn has (the
  wall's pink, a "grey" white shirt) is contradiction. An open per-piece answer that gives the bottom the top's color
  (the base model's one-color-for-everything) is other_garment_color.
- Layered outfits named piece by piece in their own colors are correct; a wall, door, plant or brick wall named in a
  caption is correct when it is in the photo. The belt on the mom jeans is in the photo, so naming it is correct.
- Materials: the one the title names is correct (faux leather as "leather", flannel, satin, denim); chiffon for a
  georgette is correct (they look alike); "cotton" as a guess on a plain knit or printed top whose title names no
  material is correct, and so is "spandex" for stretch sports leggings; a material the title contradicts (silk for a
  cotton or georgette title, cotton for rayon) is contradiction; a material neither named nor visible (leather on
  cargo trousers, velvet on a ribbed knit dress, wool on checked trousers, none named in the title) is unsupported.
  "it is made of fabric" is non_answer; "it is made of" (an early stop of the base model) is cut without hit_limit;
  the garment's name or color given for the material is restated.
- Invented details not in the photo (a belt, a gold belt, a slit, buttons on a yoke, a pocket, a hood, a logo, a gold
  border on a saree that has none, a bow, zip or zipper on a back the front view does not show, a drawstring) are
  unsupported.
- The reference engine's wrong closed answers are contradiction (pleats or ribs as striped, a solid polo as striped,
  stripes as checked, three-quarter or full sleeves as long or short, sleeveless as long sleeves, a shirt dress as
  shirt, a saree as dress), except a color that belongs to another piece (other_garment_color, per-piece questions
  included: "blue" for the top of a lavender top worn with blue jeans).
- Adapter texts: a text that repeats a sentence or a word of its own is loop; one cut mid-sentence without repeating
  is cut; the caption template returned for the material question is restated (it answers with the garment's
  description); the template returned for the wearing or describe questions does answer them, so it is cut or loop.
  A VQA adapter text that runs into "Question: ... Answer:" is leak, even where its first word is right; its
  one-word repeats are loop even where the color repeated is wrong.
- Base answers that run on into "Question: ... Answer: ..." are leak; an empty answer, "the details of the t - shirt",
  "the jeans have details", "the saree has details" and "the dress has details" are non_answer; "the leggings are
  leggings", "the shirt is a shirt", "a red dress" for the details question and "white" for the material are
  restated.
- "he", "his" or "a man" for a woman is pronoun, in captions, wearing and description answers alike.
- "Is this a kurta?" answered "yes" for a pair of leggings worn under a kurta is contradiction (the product is the
  leggings); "no" to "Is this a dress?" for a kurta is correct.
"""

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

color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
printed = question("print", "What is printed on the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_315 = [
    # photo: model in a navy blue straight cotton kurta with a small white floral print, three-quarter sleeves,
    # white palazzos, plain white wall behind her, front view.
    # caption adapter: none
    case(
        "X315-001",
        caption("a woman in a blue kurta with white flowers standing against a white wall"),
        wearing("a blue kurta and white pants", who="she"),
        color_of("top", "blue", kind="open"),
        color_of("bottom", "white", kind="open"),
        describe("garment", "it is a blue kurta with white flowers"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "contradiction"),
        title="Women Navy Blue Floral Printed Straight Pure Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow A-line rayon kurta with a small gold ethnic-motif print, long sleeves, white
    # leggings, grey studio backdrop.
    # caption adapter: caption and details
    case(
        "X315-002",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta and white leggings", who="she"),
        D.color("yellow"),
        D.pattern("printed"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The shirt is with cotton "
            "fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton", "contradiction"),
        title="Women Mustard Yellow Ethnic Motifs Printed A-Line Rayon Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a white chikankari-embroidered cotton kurta with matching white palazzos, beige curtain behind.
    # VQA adapter: wearing, color of the top, color of the bottom
    case(
        "X315-003",
        caption("a woman in a white kurta with embroidery standing in front of a curtain"),
        wearing(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "top",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "bottom",
            "white Question: What is the color of the pants? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("embroidered"),
        D.material("cotton"),
        title="Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a maroon straight kurta with a gold zari-embroidered yoke, three-quarter sleeves, beige
    # trousers, plain grey backdrop. No buttons on the yoke.
    # caption adapter: none
    case(
        "X315-004",
        caption("a woman in a red kurta and beige pants"),
        D.wearing("he is wearing a red kurta", "pronoun"),
        D.garment_type("kurta"),
        D.color("gold", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("a red kurta with gold embroidery on the neck"),
        D.details("gold buttons on the front", "unsupported"),
        title="Maroon Yoke Design Zari Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in an olive green kurta with a black bandhani print, long sleeves, V neck, black leggings,
    # white backdrop.
    # caption adapter: caption and wearing
    case(
        "X315-005",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("top", "black", "other_garment_color"),
        color_of("bottom", "black"),
        D.pattern("printed"),
        is_a("kurta", "yes"),
        title="Women Olive Green & Black Bandhani Printed Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a floor-length peach georgette anarkali kurta, flared hem, long sleeves, cream wall behind.
    # caption adapter: none
    case(
        "X315-006",
        caption("a woman in a pink kurta with a flared hem"),
        wearing("a pink dress", "contradiction", who="she"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.description("", "non_answer"),
        D.material("chiffon"),
        is_a("dress", "no"),
        title="Women Peach-Coloured Solid Anarkali Georgette Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a plain black sleeveless crop top, blue skinny jeans, white studio backdrop; front view.
    # caption adapter: none
    case(
        "X315-007",
        caption("a woman in a black top and blue jeans posing for a photo"),
        wearing("a black top and jeans", who="she"),
        color_of("top", "black", kind="open"),
        color_of("bottom", "black", "other_garment_color", kind="open"),
        D.garment_type("top"),
        D.sleeve_length("sleeveless"),
        D.details("the top has a zipper on the back", "unsupported"),
        title="Women Black Solid Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white top with red horizontal stripes, boat neck, long sleeves, white trousers, standing in
    # front of a pink wall; front view.
    # caption adapter: none
    case(
        "X315-008",
        caption("a woman in a striped shirt standing in front of a pink wall"),
        D.wearing("a red and white striped top and white pants"),
        D.color("pink", "contradiction"),
        D.pattern("striped"),
        D.description("a red and white striped shirt with a bow on the back", "unsupported"),
        D.material("cotton"),
        title="Women White & Red Striped Boat Neck Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a lavender puff-sleeve ruffled top tucked into light blue jeans, grey backdrop.
    # caption adapter: caption and description
    case(
        "X315-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple top and jeans", who="she"),
        color_of("top", "blue", "other_garment_color"),
        color_of("bottom", "blue"),
        D.description(
            "The shirt is with chiffon fabric and pure color patterns. The shirt is with chiffon fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        title="Women Lavender Puff Sleeve Ruffled Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a green floral-print wrap top with full sleeves, black trousers, white backdrop.
    # VQA adapter: wearing, color of the top, color of the bottom
    case(
        "X315-010",
        caption("a woman wearing a green floral top and black pants"),
        wearing(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "top",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "bottom",
            "black and white and black and white and black and white and black and white and black and white and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("it is made of cotton"),
        title="Women Green Floral Printed Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: model in a rust ribbed-knit fitted top, square neck, short sleeves, beige trousers, potted plant beside.
    # caption adapter: none
    case(
        "X315-011",
        caption("a woman in an orange top standing next to a plant"),
        D.wearing("an orange top and beige pants"),
        D.color("orange"),
        D.pattern("striped", "contradiction"),
        D.details("the top has a square neckline"),
        D.material("an orange top", "restated"),
        title="Women Rust Ribbed Square Neck Fitted Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a white t-shirt with black "NEW YORK" lettering across the chest, blue denim shorts, grey
    # backdrop.
    # caption adapter: none
    case(
        "X315-012",
        caption("a woman in a white t - shirt with the words new york on it"),
        wearing("a white t - shirt and shorts", who="she"),
        printed("new york"),
        color_of("bottom", "white", "other_garment_color", kind="open"),
        D.color("black", "contradiction"),
        D.pattern("graphic"),
        D.material("white", "restated"),
        title="Women White Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black oversized drop-shoulder t-shirt, grey joggers, white backdrop.
    # caption adapter: caption
    case(
        "X315-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t shirt and grey sweatpants"),
        color_of("top", "black", kind="open"),
        color_of("bottom", "grey", kind="open"),
        D.material("the t - shirt is made of cotton"),
        D.details("the details of the t - shirt", "non_answer"),
        D.description("he is wearing a black t - shirt", "pronoun"),
        title="Women Black Solid Drop-Shoulder Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a plain yellow polo t-shirt (collar, three-button placket), white jeans, light grey backdrop.
    # caption adapter: none
    case(
        "X315-014",
        caption("a woman in a yellow polo shirt and white jeans"),
        D.wearing("a yellow shirt"),
        D.garment_type("t-shirt"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.pattern("striped", "contradiction"),
        D.description(
            "a yellow polo shirt with a collar and buttons Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        title="Women Yellow Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a pink and white tie-dye t-shirt, black leggings, standing in front of a red brick wall.
    # VQA adapter: wearing, color of the top, color of the bottom
    case(
        "X315-015",
        caption("a woman in a pink tie dye shirt standing in front of a brick wall"),
        wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "top",
            "pink Question: What is the color of the leggings? Answer: black Question: What is the color of",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "bottom",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("printed"),
        D.color("pink"),
        title="Women Pink & White Tie and Dye Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy blue t-shirt with white horizontal stripes, short sleeves, no pocket, khaki trousers.
    # caption adapter: none; the feed row has no color
    case(
        "X315-016",
        caption("a woman wearing a blue and white striped shirt"),
        D.wearing("a striped shirt and khaki pants"),
        D.color("blue"),
        D.pattern("checked", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("the shirt is made of", "cut"),
        D.details("the t - shirt has a pocket on the chest", "unsupported"),
        title="Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        gender="Women",
    ),
    # photo: model in a light blue denim shirt, sleeves rolled to the elbow, worn open over a white tank top, black
    # jeans, white backdrop.
    # caption adapter: none
    case(
        "X315-017",
        caption("a woman wearing a denim shirt over a white tank top"),
        wearing("a blue denim shirt, white top and black jeans", who="she"),
        D.garment_type("shirt"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("denim"),
        D.description("the shirt is a shirt", "restated"),
        title="Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white formal shirt with a collar, long sleeves, tucked into black trousers, office backdrop.
    # caption adapter: caption and the shirt details
    case(
        "X315-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "grey", "contradiction", kind="open"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: short-haired model in a red and black buffalo-check flannel shirt, open over a black tee, blue jeans,
    # grey backdrop.
    # VQA adapter: wearing and the color of the shirt
    case(
        "X315-019",
        caption("a man in a red and black plaid shirt and jeans", "pronoun"),
        wearing(
            "a plaid shirt and a plaid shirt and a plaid shirt and a plaid shirt and a plaid shirt and a plaid",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "red-black-red-black-red-black-red-black-red-black-red-black-red-black-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("red"),
        D.material("flannel"),
        title="Women Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in an olive green utility shirt, two flap chest pockets, long sleeves, untucked, no belt, beige
    # trousers, white wall.
    # caption adapter: none
    case(
        "X315-020",
        caption("a woman in a green shirt with pockets"),
        D.wearing("she is wearing a green shirt and beige pants"),
        D.color("green"),
        D.details("two pockets on the front and buttons"),
        D.description("a green shirt with a belt", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a black midi dress with white polka dots, V neck, short sleeves, no belt, red heels, white
    # backdrop.
    # caption adapter: none
    case(
        "X315-021",
        caption("a woman in a black and white polka dot dress"),
        wearing("a polka dot dress and red shoes", who="she"),
        D.color("red", "other_garment_color"),
        D.pattern("polka dot"),
        D.details("the dress has a belt", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.description("a black dress with white polka dots and a v neck"),
        title="Women Black & White Polka Dot A-Line Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a yellow floral-print sleeveless knee-length georgette dress, V neck, grey backdrop.
    # caption adapter: caption, wearing and material
    case(
        "X315-022",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of knee length. The lady wears a sleeveless dress with floral patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline",
            "restated",
            hit_limit=True,
        ),
        title="Women Yellow Floral Printed Georgette Fit & Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an emerald green satin slip dress with thin straps, no slit, no belt, gold earrings, standing
    # in front of a white door.
    # caption adapter: none
    case(
        "X315-023",
        caption("a woman in a green satin dress standing in front of a door"),
        D.wearing("a green dress"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.material("satin"),
        D.details("the dress has a slit on the side and a gold belt", "unsupported"),
        D.description("he is wearing a green satin dress", "pronoun"),
        title="Women Emerald Green Satin Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a navy blue knee-length shirt dress with a white collar, long sleeves, self-fabric belt.
    # VQA adapter: wearing
    case(
        "X315-024",
        caption("a woman in a blue dress with a white collar"),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress",
            "loop",
            who="she",
            hit_limit=True,
        ),
        describe("garment", "a navy blue dress with a belt"),
        D.color("white", "contradiction"),
        D.garment_type("shirt", "contradiction"),
        D.sleeve_length("long sleeves"),
        title="Women Navy Blue Shirt Dress with Belt",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a maroon ribbed bodycon dress, long sleeves, black knee boots, grey backdrop.
    # caption adapter: none; the feed row has no gender
    case(
        "X315-025",
        caption("a woman in a red dress and black boots"),
        wearing("a red dress", who="she"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("a red dress", "restated"),
        D.material("velvet", "unsupported"),
        title="Maroon Ribbed Bodycon Dress",
        category="Dresses",
        color="Maroon",
    ),
    # photo: model in light blue high-rise skinny jeans, white crop top, white sneakers, white backdrop.
    # caption adapter: none
    case(
        "X315-026",
        caption("a woman in a white top and blue jeans"),
        wearing("a white top and blue jeans", who="she"),
        D.color("white", "other_garment_color"),
        color_of("bottom", "blue"),
        D.material("denim"),
        D.garment_type("jeans"),
        D.details("the jeans have details", "non_answer"),
        title="Women Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black straight-fit jeans with a grey sweater tucked in, full-length front view.
    # caption adapter: caption
    case(
        "X315-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweater and black jeans", who="she"),
        color_of("top", "grey", kind="open"),
        color_of("bottom", "grey", "other_garment_color", kind="open"),
        D.color("black"),
        D.details("", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="Women Black Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in mid blue mom-fit jeans ripped at the knees, black t-shirt tucked in, brown belt, grey backdrop.
    # caption adapter: none
    case(
        "X315-028",
        caption("a woman in ripped jeans and a black shirt"),
        D.wearing("a black t - shirt and ripped jeans"),
        D.details("the jeans have rips on the knees"),
        D.color("black", "other_garment_color"),
        D.description("blue ripped jeans with a brown belt"),
        D.material("the jeans are made of jeans", "restated"),
        title="Women Blue Mom Fit High-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in white wide-leg jeans with a blue and white striped shirt, white backdrop.
    # VQA adapter: wearing, color of the top, color of the bottom
    case(
        "X315-029",
        caption("a woman in white pants and a striped shirt"),
        wearing(
            "a shirt and pants Question: What is the color of the pants? Answer: white Question: What",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "bottom",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "top",
            "blue and white and blue and white and blue and white and blue and white and blue and white and blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.garment_type("jeans"),
        title="Women White Wide Leg High-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: model in dark indigo bootcut jeans, mustard sweater, five-pocket jeans with a button fly visible.
    # caption adapter: none; the feed row has no gender
    case(
        "X315-030",
        caption("a woman in a yellow sweater and jeans"),
        D.wearing("a yellow sweater and blue jeans"),
        color_of("bottom", "blue"),
        D.color("yellow", "other_garment_color"),
        D.details("five pockets and a button"),
        D.description(
            "a blue jeans Question: What is the color of the sweater? Answer: yellow",
            "leak",
        ),
        title="Navy Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # photo: model in beige high-waist pleated trousers, white shirt tucked in, no belt, no drawstring, front view.
    # caption adapter: none
    case(
        "X315-031",
        caption("a woman in a white shirt and beige pants"),
        wearing("a white shirt and khaki pants", who="she"),
        color_of("bottom", "white", "other_garment_color", kind="open"),
        D.pattern("striped", "contradiction"),
        D.color("beige"),
        D.details("the pants have a belt and a drawstring", "unsupported"),
        D.material("cotton"),
        title="Women Beige Pleated High-Rise Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in black slim formal trousers with a grey blazer over a white top, grey backdrop.
    # caption adapter: caption and description
    case(
        "X315-032",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a long-sleeve jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey blazer and black pants", who="she"),
        D.color("grey", "other_garment_color"),
        D.garment_type("trousers"),
        describe(
            "garment",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in olive green cotton cargo trousers with side flap pockets, white tank top, white backdrop.
    # VQA adapter: wearing and the color of the bottom
    case(
        "X315-033",
        caption("a woman in green cargo pants and a white tank top"),
        wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "bottom",
            "green Question: What is the color of the tank? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe("garment", "green pants with pockets"),
        D.pattern("solid"),
        D.color("white", "other_garment_color"),
        D.material("the pants are made of leather", "unsupported"),
        title="Women Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: model in grey checked straight trousers, black turtleneck sweater tucked in, front view only.
    # caption adapter: none
    case(
        "X315-034",
        caption("a woman in a black sweater and grey plaid pants"),
        D.wearing("a black turtleneck and plaid pants"),
        D.color("black", "other_garment_color"),
        D.pattern("checked"),
        D.description("a pair of grey pants"),
        D.material("wool", "unsupported"),
        D.details("pockets on the side and a zip on the back", "unsupported"),
        title="Women Grey Checked Straight Fit Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings under a red knee-length kurta, white backdrop.
    # caption adapter: none
    case(
        "X315-035",
        caption("a woman in a red kurta and black leggings"),
        wearing("a red kurta and black leggings", who="she"),
        D.color("red", "other_garment_color"),
        D.garment_type("leggings"),
        D.description("the leggings are leggings", "restated"),
        is_a("kurta", "yes", "contradiction"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in navy blue stretch sports leggings (plain waistband, no pocket, no logo), pink sports tank top,
    # gym mat on the floor.
    # caption adapter: caption
    case(
        "X315-036",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and blue leggings"),
        color_of("bottom", "pink", "other_garment_color", kind="open"),
        D.color("blue"),
        D.material("spandex"),
        D.details(
            "the leggings have a pocket on the side and a logo on the waistband",
            "unsupported",
        ),
        title="Women Navy Blue Solid Slim-Fit Sports Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in white churidar leggings under a blue straight kurta, beige backdrop.
    # VQA adapter: wearing, color of the top, color of the bottom
    case(
        "X315-037",
        caption("a woman in a blue kurta and white pants"),
        wearing(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "bottom",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "top",
            "blue Question: What is the color of the leggings? Answer: white Question: What is the color of",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.garment_type("leggings"),
        title="Women White Solid Churidar-Length Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: model in a red georgette saree with a gold zari border, matching red blouse, pallu over the shoulder.
    # caption adapter: none
    case(
        "X315-038",
        caption("a woman in a red sari with a gold border"),
        wearing("a red saree", who="she"),
        D.color("gold", "contradiction"),
        D.garment_type("saree"),
        D.material("silk", "contradiction"),
        D.description("a red sari with a gold border and a matching blouse"),
        D.details("the saree has details", "non_answer"),
        title="Red Georgette Saree with Zari Border",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy blue cotton saree with a white floral print and no border, white short-sleeve blouse,
    # white wall.
    # caption adapter: caption
    case(
        "X315-039",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The lady wears a long-sleeve dress with floral patterns. The "
            "dress",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue and white sari", who="she"),
        color_blouse("white"),
        D.color("blue"),
        D.pattern("floral"),
        D.material("cotton"),
        D.details("the saree has a gold border", "unsupported"),
        title="Navy Blue & White Floral Printed Pure Cotton Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink Banarasi silk saree with gold zari weave, green blouse, standing in front of a wooden
    # door.
    # VQA adapter: wearing and the color of the saree
    case(
        "X315-040",
        caption("a woman in a pink sari standing in front of a wooden door"),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "saree",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("green", "other_garment_color"),
        D.material("silk"),
        D.garment_type("dress", "contradiction"),
        is_a("saree", "yes"),
        title="Pink & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a mustard yellow cotton saree with a black border, black blouse, plain cream backdrop.
    # caption adapter: none; the feed row has no color
    case(
        "X315-041",
        caption("a woman in a yellow sari with a black border"),
        D.wearing("he is wearing a yellow saree", "pronoun"),
        D.color("yellow"),
        color_blouse("black"),
        D.details("the saree has a black border"),
        D.description(
            "a yellow saree with a black border Question: What is the color of the blouse? Answer: black",
            "leak",
        ),
        title="Mustard Yellow Solid Cotton Saree with Contrast Border",
        category="Sarees",
        gender="Women",
    ),
    # photo: model in a grey melange hooded sweatshirt with a kangaroo pocket and white drawstrings, black joggers.
    # caption adapter: none
    case(
        "X315-042",
        caption("a woman in a grey hoodie and black pants"),
        wearing("a grey sweatshirt and black pants", who="she"),
        D.garment_type("sweatshirt"),
        D.color("white", "contradiction"),
        D.details("it has a hood and a pocket in front"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a lavender crew-neck sweatshirt with white "BROOKLYN" lettering, blue jeans, white backdrop.
    # caption adapter: caption and description
    case(
        "X315-043",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple sweatshirt and jeans", who="she"),
        D.color("blue", "other_garment_color"),
        D.description(
            "The sweater is with cotton fabric and graphic patterns. The sweater is with cotton fabric and graphic "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        printed("brooklyn"),
        title="Women Lavender Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black cropped crew-neck sweatshirt, long sleeves, white joggers, grey backdrop.
    # VQA adapter: wearing, color of the top, color of the bottom
    case(
        "X315-044",
        caption("a woman in a black sweatshirt and white pants"),
        wearing(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie",
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
        color_of(
            "bottom",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        neckline("a round neck with a hood", "unsupported"),
        title="Women Black Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue washed denim jacket (collar, buttons, no hood) over a white t-shirt, black jeans.
    # caption adapter: none
    case(
        "X315-045",
        caption("a woman in a denim jacket and black jeans"),
        D.wearing("a denim jacket, a white shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("denim"),
        D.details("the jacket has buttons and a collar and a hood", "unsupported"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black faux-leather biker jacket with long sleeves and an asymmetric zip, over a grey tee,
    # blue jeans, white backdrop.
    # caption adapter: caption
    case(
        "X315-046",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a black leather jacket and jeans", who="she"),
        D.color("black"),
        D.material("leather"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a man in a black leather jacket", "pronoun"),
        title="Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
]
