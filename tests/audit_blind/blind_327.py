"""BLIND_327 (46 products; women's tops and bottoms, Indian marketplace, studio and cafe shots): written blind in the
forty-fourth session. Measured blind at ef4211a (the session's rules as they stood): 99/119 failures found (83.2%)
and 3/147 correct texts flagged (2.0%). The writer's notes, verbatim:

Scenario: an English catalog feed from an Indian fashion marketplace, women's tops and bottoms only: t-shirts,
shirts, tops, crop tops, jeans, trousers, palazzos, skirts, shorts and jeggings. Every photo is a model shot, either
on a plain white studio backdrop or in a cafe (brick, yellow or pink walls, tables, coffee cups, a laptop, plants).
The model always wears a second garment (a top over the bottoms being sold, jeans or trousers under the top being
sold), sometimes a third (a denim jacket, a tank under an open shirt). Each row has the seller's title, category,
color and gender; two rows miss the gender and one misses the color, as real feeds do. Seller colors are the
marketplace's shade names (Navy Blue, Mustard, Maroon, Rust, Teal, Coral, Lavender, Charcoal, Off White, Olive...).

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
blue t-shirt and jeans") unless the comment says the caption adapter wrote them (the DeepFashion template, "The lady
wears a short-sleeve T-shirt with pure color patterns and a long denim pants. ..."). The caption adapter has no end
token: every text of it runs to its limit (50 new tokens for captions, 30 for answers), carries hit_limit=True, and
it returns its template to any question. The open questions (wearing, "What is she wearing?", description, details,
material, the open color questions and the neckline question) come from the base model, which stops on its own and
never has hit_limit, unless the comment says the VQA adapter (`Data3_V3_BLIP2_VQA`) or the caption adapter answered.
The VQA adapter was trained on In-shop VQA pairs with no end token: its answers start right, or nearly, and then
repeat the color or the garments, or run on into the next "Question: ... Answer:" of its training data, until the
30-token limit (hit_limit=True). The closed questions (garment_type, color, pattern, sleeve_length, the per-piece
closed color questions and "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets;
they never loop or get cut, but they are wrong in the ways a ranking over candidates is wrong.

Labeling conventions and judgement calls:
- The product is the garment in the title; the other garments in the photo are context. Shade words count as correct
  for the seller's color: blue for navy or teal, red for maroon, yellow for mustard, orange for rust or coral, pink
  for peach or coral, purple for lavender, green for olive, teal or sea green, grey for charcoal or grey melange,
  khaki or tan for beige, white for off white, dark blue for indigo jeans.
- The product given the color of another garment in the photo (the tee over the jeans, the jeans under the top, the
  denim jacket over the tee) is other_garment_color. The product given the color of a wall or of something that is
  no garment is contradiction; so is another piece of the outfit given the product's color ("blue jeans" under a blue
  shirt when the jeans are white) and a color no piece has. Charcoal answered black and maroon answered brown by the
  reference engine are contradiction (judgement calls: both are the neighbouring candidate).
- Garment synonyms are correct: pants for trousers, jeans, jeggings or palazzos; leggings for jeggings ("yes" to "Is
  this a pair of jeans?" for jeggings is correct too); shirt or top for a crop top, a tie-up crop shirt or a blouse;
  lace for eyelet embroidery; plaid for checked. Palazzos as a skirt, shorts as a skirt, a skirt-and-tee outfit as a
  dress, a melange t-shirt as a sweatshirt, skinny jeans as leggings are contradiction. A caption that gives
  pinstriped black palazzos the stripes' color ("white pants") is contradiction.
- The reference engine's wrong pattern or sleeves (pleats as striped, the tee's stripes given to a solid denim skirt,
  long sleeves as three-quarter, a sleeveless top as short sleeves) are contradiction.
- Materials: one the title names is correct; denim for jeans and denim shorts, chiffon for georgette and a plausible
  guess where the title names none (cotton for a t-shirt or cargo pants, polyester for formal trousers, spandex for
  jeggings) are correct. A material the title contradicts (linen or wool for cotton, silk for cotton, polyester for
  a cotton shirt) or a silk guess on a plain crepe skirt is unsupported, and so is denim for a crop top worn with
  jeans (the jeans' fabric, not a color: unsupported rather than other_garment_color). A material question
  answered with the garment or its color ("the top is black") is restated; so is the caption adapter's template.
- Invented details not in the photo (a chest pocket, a belt, a bow, a drawstring, a zipper on a front view, buttons
  on a top with none, a printed photo or a dog for a cat print) are unsupported. A wrong neckline from the base
  model ("round" for a square neck) is contradiction.
- Caption adapter texts are all failures: cut when they stop mid-sentence without repeating a sentence, loop when they
  start a template sentence over and carry on into it. The template's own inventions (a ring, an accessory on the
  wrist) are not labelled apart: the cut is what the auditor sees first. The template to "What is the color of ...?"
  is not used in this set.
- VQA adapter texts: a repeated color or garment list is loop; one that runs on into "Question: ... Answer:" is leak,
  even where its first words are right. hit_limit on all of them.
- Base answers: one that runs on into "Question: ... Answer:" is leak; one that stops short ("it is made of", "a blue
  and white striped shirt and") is cut without hit_limit; an empty answer, "the details of the shirt", "the shirt has
  details", "they are jeans" and "the jeans" are non_answer. "he" or "a man" for the women's models is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    is_a,
    question,
    wearing,
)

neckline = question("neckline", "What is the neckline of the top?", "open")

BLIND_327 = [
    # photo: model in a navy blue solid round-neck cotton t-shirt tucked into light blue jeans, white backdrop, front.
    # "What is she wearing?": VQA adapter
    case(
        "X327-001",
        caption("a woman in a blue t-shirt and jeans posing for a photo"),
        wearing(
            "a t-shirt and jeans Question: What is the color of the t-shirt? Answer: blue Question: What is the color "
            "of the jeans? Answer",
            "leak",
            who="she",
            hit_limit=True,
        ),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Women Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow short-sleeve solid crop top with black high-waist jeans, white backdrop.
    # caption: caption adapter
    case(
        "X327-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        color_of("top", "yellow"),
        is_a("crop top", "yes"),
        D.description("a yellow crop top with short sleeves"),
        D.material("denim", "unsupported"),
        title="Women Mustard Yellow Solid Crop Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman seated in a cafe at a wooden table with a coffee cup, brick wall behind; white shirt with thin blue
    # vertical stripes, no pockets, sleeves rolled up, beige trousers.
    case(
        "X327-003",
        caption("a woman sitting at a table in a cafe with a cup of coffee"),
        wearing("a white and blue striped shirt", who="she"),
        D.pattern("striped"),
        D.color("white"),
        describe(
            "shirt",
            "a white shirt with blue stripes and a pocket on the chest",
            "unsupported",
        ),
        D.material("linen", "unsupported"),
        title="Women White & Blue Striped Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in black high-rise skinny jeans and a grey t-shirt, white backdrop, front view.
    # color of the jeans: VQA adapter
    case(
        "X327-004",
        caption("a woman in a grey t-shirt and black jeans"),
        color_of(
            "jeans",
            "black black black black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("grey", "other_garment_color"),
        D.details("the jeans are skinny and have a high waist"),
        D.material("denim"),
        is_a("pair of leggings", "yes", "contradiction"),
        title="Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: light blue boyfriend jeans with ripped knees and rolled hems, white tee, white sneakers, white backdrop,
    # full length.
    case(
        "X327-005",
        caption("a woman wearing ripped jeans and a white t-shirt"),
        D.wearing("a white t-shirt and white jeans", "other_garment_color"),
        D.details("the jeans have ripped knees and rolled up hems"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        title="Women Blue Boyfriend Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a maroon rib-knit long-sleeve fitted top and black jeggings, standing by a cafe window with
    # plants. caption and details: caption adapter
    case(
        "X327-006",
        caption(
            "The female is wearing a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is "
            "with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color "
            "patterns. The female",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a red sweater and black pants", "pronoun", who="she"),
        title="Women Maroon Ribbed Fitted Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green cargo trousers with side flap pockets, white cropped tank top, white backdrop, full length.
    # "What is she wearing?": VQA adapter
    case(
        "X327-007",
        caption("a woman in a white tank top and green cargo pants"),
        color_of("pants", "green"),
        D.color("white", "other_garment_color"),
        D.details(
            "the pants have pockets on the side and a drawstring at the waist",
            "unsupported",
        ),
        D.material("cotton"),
        wearing(
            "a tank top and pants and a tank top and pants and a tank top and pants and a tank top and pants and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Women Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: black and white checked long-sleeve shirt worn open over a black tank top, blue jeans; outside a cafe,
    # brick wall. The shirt has no chest pockets.
    case(
        "X327-008",
        caption("a woman standing in front of a brick wall"),
        D.wearing("a black and white plaid shirt and jeans"),
        D.color("black"),
        D.description("a black and white checkered shirt with a black tank top underneath"),
        D.details(
            "the shirt has buttons down the front and two pockets on the chest",
            "unsupported",
        ),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Black & White Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: white wide-leg rayon palazzos with a peach short top, white backdrop, full length.
    case(
        "X327-009",
        caption("a woman in a pink top and white pants"),
        D.garment_type("palazzos"),
        D.color("pink", "other_garment_color"),
        color_of("pants", "white", kind="open"),
        is_a("skirt", "yes", "contradiction"),
        D.wearing("he is wearing a pink top and white pants", "pronoun"),
        title="Women White Solid Flared Rayon Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: light blue denim shorts with frayed hems, yellow t-shirt with a small graphic, white backdrop.
    # "What is she wearing?": VQA adapter
    case(
        "X327-010",
        caption("a woman in denim shorts and a yellow t-shirt"),
        wearing(
            "a shirt and shorts Question: What is the color of the shirt? Answer: yellow Question: What is the color "
            "of the shorts? Answer:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        D.color("yellow", "other_garment_color"),
        D.details("the shorts have a frayed hem"),
        D.material("denim"),
        title="Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: black A-line midi skirt with small white polka dots, white short-sleeve blouse tucked in, seated in a
    # cafe. The skirt's fabric looks like crepe.
    case(
        "X327-011",
        caption("a woman in a black and white polka dot skirt sitting in a cafe"),
        D.color("black"),
        describe("skirt", "a black skirt with white polka dots"),
        wearing("a white shirt and a black dress", "contradiction", who="she"),
        D.material("silk", "unsupported"),
        D.pattern("solid", "contradiction"),
        title="Women Black Polka Dot Printed A-Line Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white t-shirt with a black "NEW YORK" text print, black jeans, white backdrop. No picture on the tee.
    case(
        "X327-012",
        caption("a woman wearing a white t-shirt with the word new york on it"),
        D.color("white"),
        D.pattern("graphic"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.description("a white t-shirt with a black and white photo of a city", "unsupported"),
        D.material("the shirt is white", "restated"),
        title="Women White Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: peach floral printed top with short puff sleeves, white jeans, cafe table with flowers in a vase.
    # caption and description: caption adapter
    case(
        "X327-013",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is round. The pants are with denim fabric and solid color patterns. There is a "
            "ring on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("floral"),
        D.description(
            "The shirt is with chiffon fabric and floral patterns. It has a round neckline. The shirt is with chiffon "
            "fabric and floral patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        title="Women Peach Floral Print Puff Sleeve Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: charcoal grey formal trousers with a pressed crease, white shirt tucked in, white backdrop.
    # "What is she wearing?": VQA adapter
    case(
        "X327-014",
        caption("a woman in a white shirt and grey pants"),
        D.garment_type("trousers"),
        D.color("grey"),
        color_of("pants", "black", "contradiction"),
        D.description("a pair of grey pants with a white shirt tucked in"),
        wearing(
            "a shirt and pants Question: What is the color of the pants? Answer: grey Question: What is the color of "
            "the shirt? Answer:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="Women Charcoal Grey Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Women",
    ),
    # photo: black jeggings worn with a long white tunic top reaching mid-thigh, white backdrop, full length.
    case(
        "X327-015",
        caption("a woman in a white top and black leggings"),
        D.garment_type("leggings"),
        is_a("pair of jeans", "yes"),
        D.color("white", "other_garment_color"),
        D.wearing("a white shirt and black leggings"),
        D.material("black leggings", "restated"),
        title="Women Black Skinny Fit Jeggings",
        category="Jeggings",
        color="Black",
        gender="Women",
    ),
    # photo: rust orange sleeveless square-neck crop top, no buttons, high-waist blue jeans; standing against a
    # yellow wall in a cafe.
    case(
        "X327-016",
        caption("a woman standing in front of a yellow wall"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.wearing("an orange top and blue jeans"),
        neckline("round", "contradiction"),
        D.details("the top has a square neckline and buttons on the front", "unsupported"),
        title="Women Rust Solid Square Neck Crop Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: blue denim long-sleeve shirt with two flap chest pockets, white jeans, white backdrop.
    # color of the shirt: VQA adapter
    case(
        "X327-017",
        caption("a woman in a denim shirt and white jeans"),
        color_of(
            "shirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.material("denim"),
        D.details("the shirt has a collar, buttons and two pockets"),
        D.wearing("a blue shirt and blue jeans", "contradiction"),
        title="Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender oversized drop-shoulder cotton t-shirt, black cycling shorts, white backdrop.
    # color of the t-shirt: VQA adapter
    case(
        "X327-018",
        caption("a woman wearing a purple t-shirt and black shorts"),
        D.color("purple"),
        D.description("the shirt is purple and the shorts are purple", "contradiction"),
        D.material("cotton"),
        color_of(
            "t-shirt",
            "purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Women Lavender Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # photo: white linen-blend wide-leg trousers with a black sleeveless bodysuit, leaning on a cafe counter.
    # caption and wearing: caption adapter
    case(
        "X327-019",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long trousers. The tank top is "
            "with cotton fabric and it has a round neckline. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long trousers. The tank top is "
            "with cotton fabric and it has",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.garment_type("trousers"),
        D.material("linen"),
        title="Women White Linen Blend Wide Leg Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: teal solid long-sleeve shirt with beige trousers, white backdrop. caption: caption adapter
    case(
        "X327-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.wearing("a green shirt and khaki pants"),
        D.material("the shirt is green", "restated"),
        D.details("", "non_answer"),
        D.pattern("solid"),
        title="Women Teal Solid Regular Fit Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Women",
    ),
    # photo: black faux-leather mini skirt, white fitted t-shirt tucked in, white backdrop, front view (no zipper
    # visible).
    case(
        "X327-021",
        caption("a woman in a black leather skirt and white t-shirt"),
        D.color("white", "other_garment_color"),
        D.material("leather"),
        is_a("pair of shorts", "yes", "contradiction"),
        D.details("the skirt has a zipper on the side", "unsupported"),
        title="Women Black PU Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy and white horizontal striped long-sleeve top with blue jeans, seated at a cafe's outdoor table.
    case(
        "X327-022",
        caption("a woman in a striped shirt sitting at a table outside a cafe"),
        D.pattern("striped"),
        D.color("blue"),
        wearing("a blue and white striped shirt and", "cut", who="she"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        D.material("wool", "unsupported"),
        title="Women Navy Blue & White Striped Cotton Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: blue high-waist mom-fit jeans, white crop top, white sneakers, white backdrop; no belt.
    case(
        "X327-023",
        caption("a woman in a white crop top and blue jeans"),
        color_of("jeans", "blue"),
        D.color("blue"),
        D.details("they are jeans", "non_answer"),
        D.description("a pair of blue jeans with a white belt", "unsupported"),
        D.material("denim"),
        title="Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: bottle green palazzos with a small white floral print, white t-shirt, white backdrop.
    # caption: caption adapter; color of the pants: VQA adapter
    case(
        "X327-024",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and floral patterns. The "
            "female wears a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "white white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.color("green"),
        is_a("skirt", "yes", "contradiction"),
        D.wearing("he is wearing a white t-shirt and green pants", "pronoun"),
        title="Women Green Floral Printed Palazzos",
        category="Palazzos",
        color="Green",
        gender="Women",
    ),
    # photo: white sleeveless cotton top with eyelet (broderie) embroidery, light blue denim shorts, by a cafe window.
    case(
        "X327-025",
        caption("a woman in a white top and denim shorts sitting by a window"),
        D.wearing("a white lace top and denim shorts"),
        D.details(
            "the top has lace and embroidery. Question: what is the top made of? Answer: cotton",
            "leak",
        ),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("cotton"),
        D.color("blue", "other_garment_color"),
        title="Women White Schiffli Embroidered Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black straight trousers with a red shirt tucked in, no belt, white backdrop.
    case(
        "X327-026",
        caption("a woman in a red shirt and black pants"),
        D.wearing(
            "a red shirt and black pants. Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        D.color("black"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        D.description("black pants with a belt", "unsupported"),
        title="Women Black Solid Straight Fit Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: off white long-sleeve top with a ruffled neckline (no bow), black trousers, cafe with a white wall.
    case(
        "X327-027",
        caption("a woman in a white blouse and black pants"),
        D.color("white"),
        D.garment_type("top"),
        D.details("the blouse has ruffles on the neck and a bow", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.wearing("he is wearing a white shirt and black pants", "pronoun"),
        title="Women Off White Ruffled Neck Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: coral ribbed short-sleeve crop t-shirt, grey high-waist jeans, white backdrop.
    # "What is she wearing?": VQA adapter
    case(
        "X327-028",
        caption("a woman wearing a pink crop top and grey jeans"),
        wearing(
            "a crop top and jeans and a crop top and jeans and a crop top and jeans and a crop top and jeans and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.color("orange"),
        D.garment_type("t-shirt"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("it is made of cotton and", "cut"),
        title="Women Coral Ribbed Crop T-shirt",
        category="Tshirts",
        color="Coral",
        gender="Women",
    ),
    # photo: black pleated midi skirt, mustard t-shirt tucked in, no belt; holding a coffee cup in a cafe.
    case(
        "X327-029",
        caption("a woman holding a cup of coffee in a cafe"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.garment_type("dress", "contradiction"),
        color_of("skirt", "black", kind="open"),
        D.description(
            "a black pleated skirt with a yellow t-shirt and a brown belt",
            "unsupported",
        ),
        title="Women Black Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: plain white cotton t-shirt with blue jeans, against a pink cafe wall with a neon sign.
    # caption: caption adapter
    case(
        "X327-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.wearing("a white t-shirt and blue jeans"),
        D.material("cotton"),
        D.details("the details of the shirt", "non_answer"),
        title="Women White Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: back view of dark blue (indigo) skinny jeans with two back pockets, black top, white backdrop.
    case(
        "X327-031",
        caption("the back of a woman in dark blue jeans"),
        D.color("black", "other_garment_color"),
        color_of("jeans", "dark blue", kind="open"),
        D.details("the jeans have two back pockets"),
        is_a("pair of jeans", "no", "contradiction"),
        D.material("the jeans are blue", "restated"),
        title="Women Indigo Skinny Fit Jeans",
        category="Jeans",
        color="Indigo",
        gender="Women",
    ),
    # photo: yellow floral printed cotton shorts, white tank top, white backdrop.
    case(
        "X327-032",
        caption("a woman in a white tank top and yellow floral shorts"),
        D.garment_type("skirt", "contradiction"),
        D.pattern("floral"),
        D.color("yellow"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        D.material("silk", "unsupported"),
        title="Women Yellow Floral Print Cotton Shorts",
        category="Shorts",
        color="Yellow",
        gender="Women",
    ),
    # photo: black t-shirt with a cartoon cat print, light denim shorts, white backdrop.
    case(
        "X327-033",
        caption("a woman wearing a black t-shirt with a cat on it"),
        D.color("black"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a picture of a dog on it", "unsupported"),
        wearing("a black shirt and shorts", who="she"),
        D.material("it is made of", "cut"),
        title="Women Black Graphic Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: beige chino trousers, white t-shirt under an open light blue denim jacket, white backdrop.
    # details: caption adapter
    case(
        "X327-034",
        caption("a woman in a denim jacket, white t-shirt and khaki pants"),
        D.garment_type("trousers"),
        D.color("blue", "other_garment_color"),
        color_of("pants", "khaki", kind="open"),
        D.wearing("a jean jacket, a white shirt and tan pants"),
        D.material("cotton"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The lady wears a long-sleeve denim jacket with "
            "pure color patterns and",
            "cut",
            hit_limit=True,
        ),
        title="Women Beige Slim Fit Chinos Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: sea green georgette top with short flutter sleeves and a v-neck, white jeans, in a cafe.
    # caption and details: caption adapter
    case(
        "X327-035",
        caption(
            "This woman wears a short-sleeve blouse with pure color patterns and a long pants. The blouse is with "
            "chiffon fabric. It has a v-shape neckline. The pants are with denim fabric and pure color patterns. This "
            "woman wears a short-sleeve blouse",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The blouse is with chiffon fabric and pure color patterns. It has a v-shape neckline. The blouse is with "
            "chiffon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.material("chiffon"),
        wearing(
            "a blouse and jeans and a blouse and jeans and a blouse and jeans and a blouse and jeans and a blouse",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Women Sea Green Georgette Flutter Sleeve Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black crepe palazzos with white vertical pinstripes, black sleeveless crop top, white backdrop.
    # (the feed's color column is empty on this row)
    case(
        "X327-036",
        caption("a woman in a black top and white pants", "contradiction"),
        D.pattern("striped"),
        D.color("black"),
        D.garment_type("palazzos"),
        D.description(
            "a pair of black and white striped pants with a black top. Question: what is the material of the pants? "
            "Answer: cotton",
            "leak",
        ),
        D.material("crepe"),
        title="Women Black & White Striped Crepe Palazzos",
        category="Palazzos",
        gender="Women",
    ),
    # photo: white tie-up crop shirt, short sleeves, knotted at the front, black shorts; cafe with plants behind.
    # color of the top: VQA adapter
    case(
        "X327-037",
        caption("a woman in a white shirt and black shorts standing in a cafe"),
        color_of(
            "top",
            "white Question: What is the color of the shorts? Answer: black Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.details("the shirt is tied at the front"),
        D.material("it is a white shirt", "restated"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women White Tie-Up Crop Shirt Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: grey melange long-sleeve round-neck t-shirt, black jeggings, white backdrop.
    case(
        "X327-038",
        caption("a woman in a grey long sleeve shirt and black leggings"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.garment_type("sweatshirt", "contradiction"),
        D.wearing("a gray shirt and black pants"),
        D.details("", "non_answer"),
        title="Women Grey Melange Solid Full Sleeve T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: solid blue denim A-line mini skirt with a button front, navy and white striped tee tucked in, white
    # backdrop. "What is she wearing?": VQA adapter
    case(
        "X327-039",
        caption("a woman in a striped shirt and denim skirt"),
        D.pattern("striped", "contradiction"),
        D.details("the skirt has buttons down the", "cut"),
        color_of("skirt", "blue", kind="open"),
        D.material("denim"),
        wearing(
            "a shirt and a skirt and a shirt and a skirt and a shirt and a skirt and a shirt and a skirt and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Women Blue Button-Front Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: olive utility shirt with two flap pockets and rolled-up sleeves, black jeans; seated at a cafe table
    # with a laptop. color of the shirt: VQA adapter
    case(
        "X327-040",
        caption("a woman in a green shirt sitting at a table with a laptop"),
        color_of(
            "shirt",
            "green and the pants are black and the shirt is green and the pants are black and the shirt is",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("green"),
        D.details("the shirt has two pockets and the sleeves are rolled up"),
        D.material("polyester", "unsupported"),
        D.wearing("a green shirt and green pants", "contradiction"),
        title="Women Olive Solid Cotton Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white denim shorts with frayed hems (no belt), navy and white striped shirt knotted at the waist, white
    # backdrop. (the feed's gender column is empty on this row)
    case(
        "X327-041",
        caption("a woman in a striped shirt and white skirt", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        D.details("the shorts have a frayed hem and a belt", "unsupported"),
        D.material("denim"),
        title="Women White Frayed Hem Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # photo: short-haired model in a black crop top with a white "weekend" text print, blue jeans, white backdrop.
    case(
        "X327-042",
        caption("a man wearing a black t-shirt and blue jeans", "pronoun"),
        D.color("black"),
        D.pattern("printed"),
        D.details("the top says weekend on the front"),
        D.garment_type("top"),
        D.material("the top is black", "restated"),
        title="Women Black Typography Print Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: blue flared bootcut jeans, white ribbed top, beige high heels, white backdrop, full length.
    # color of the jeans: VQA adapter
    case(
        "X327-043",
        caption("a woman in flared jeans and a white top"),
        D.wearing("a white top, blue jeans and high heels"),
        D.color("black", "contradiction"),
        D.description("the jeans are flared at the bottom and have a high waist"),
        D.details("the jeans", "non_answer"),
        color_of(
            "jeans",
            "blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Women Blue Bootcut High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon straight-fit trousers, cream long-sleeve collared shirt tucked in, white backdrop.
    # caption and material: caption adapter
    case(
        "X327-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline",
            "restated",
            hit_limit=True,
        ),
        D.color("red"),
        color_of("pants", "brown", "contradiction"),
        D.garment_type("trousers"),
        title="Women Maroon Straight Fit Trousers",
        category="Trousers",
        color="Maroon",
        gender="Women",
    ),
    # photo: blue rayon shirt with a white floral print, short sleeves, white trousers; cafe table with a coffee cup.
    case(
        "X327-045",
        caption("a woman in a floral shirt sitting in a cafe"),
        D.pattern("floral"),
        D.color("blue"),
        wearing("a blue and white floral shirt and white pants", who="she"),
        D.material("rayon"),
        D.description(
            "a blue floral shirt with a collar and short sleeves. Question: what is the material of the shirt? "
            "Answer: rayon",
            "leak",
        ),
        D.details("the shirt has details", "non_answer"),
        title="Women Blue Floral Printed Rayon Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black sleeveless ribbed tank crop top with thin straps, light blue mom jeans, white backdrop.
    case(
        "X327-046",
        caption("a woman in a black tank top and jeans"),
        D.wearing("she is wearing a black tank top and blue jeans"),
        D.color("black"),
        D.description("he is wearing a black tank top", "pronoun"),
        color_of("jeans", "black", "contradiction", kind="open"),
        D.material("cotton"),
        title="Women Black Ribbed Sleeveless Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
]
