"""BLIND_294 (46 products; Myntra-like women's kurtas, tops, tees, dresses, jeans, bottoms, sweatshirts): written blind
in the forty-third session. Measured blind at 8b1322c (the session's rules as they stood): 111/124 failures found
(89.5%) and 6/155 correct texts flagged (3.9%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's wear shot on models: kurtas and kurtis (straight, A-line,
anarkali, printed, embroidered), tops, t-shirts, dresses, jeans, leggings, palazzos, skirts and sweatshirts. Most
photos show a whole outfit (a kurta over palazzos, a top tucked into jeans), so a second garment with its own color
is almost always in frame; some have a colored wall, a chair, a stool, a bag or a hat. Each product has the seller's
title, category, color and gender; a few rows miss one of them, as real feeds do. The questions are the original
experiments' (what is she wearing, the color of the top / the bottom / the garment by name, describe the garment)
plus enrich's default questionnaire, and a fit question for jeans and a neckline question for some tops.

Who wrote what: three models, each on part of the items, per question (the comment above each case says which).
The untuned base `Salesforce/blip2-opt-2.7b` writes short lowercase texts ("a woman in a blue kurta and white
pants") and stops on its own: never hit_limit, though it sometimes stops too early, runs on into a new
"Question: ... Answer:" or gives "he". The caption-only LoRA adapter writes the DeepFashion template ("The lady wears
a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric ...") for every prompt, has no end
token and so always runs to its limit (hit_limit=True), cut mid-sentence or looping. The VQA adapter answers with
In-shop class names and colors ("blouse/shirt", "grey") but also never stops: it repeats the answer or goes on with
the training format's next "Question: ... Answer:" (hit_limit=True). The closed questions (garment_type, color,
pattern, sleeve_length, fit, per-piece colors, "Is this a ...?") are enrich's `--engine reference` answers, chosen
from candidate sets, unless a comment says the VQA adapter answered a color question in free text (kind open).

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon, blue for navy or teal, yellow for mustard, green for olive or emerald,
  purple for lavender or lilac, pink for peach, white for off white, tan for beige. Mustard as "orange" and navy as
  "black" are contradiction.
- Garment synonyms are correct: pants for palazzos, jeans or trousers; top or shirt for a short kurti; shirt or
  t-shirt for a tee; sweater or hoodie for a sweatshirt (hoodie only where it has a hood); scarf for a dupatta;
  plaid for checked. A kurta product (long, straight or anarkali) called a dress is contradiction, also in the adapter's
  template, where I let the misnaming win over the cut (hit_limit kept). The adapter's "shirt" for a short kurti and
  "tank top" for a sports bra are accepted and those texts are labelled by their cut or loop.
- The color of another piece of the outfit (the tucked-in tee, the kurta over leggings, the dupatta, the jacket)
  given to the product is other_garment_color, in a closed answer or in an open one ("pink sweater and pink jeans").
  A color that no garment has (the wall's, the print's, the lettering's, the trim's) is contradiction. The
  pattern of another garment (the shirt's stripes for white jeans) is contradiction.
- Walls, stools, chairs, bags and hats that the photo comment names are correct when mentioned; a purse, pocket,
  hood, collar, slit or knee hole that the photo does not show is unsupported, and so is a material that neither the
  title nor the photo supports (silk for an unnamed printed kurta or for satin, wool for cotton fleece,
  linen or polyester for cotton).
  "cotton" for an unnamed cotton-look fabric and "chiffon" for georgette are accepted as plausible guesses.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without a repeat is cut; the
  template returned for the material question is restated. Invented accessories or fabrics inside a cut template
  are left under the cut (one kind per text). VQA adapter texts: the same word over and over, or a list of class
  names repeated, is loop; running on into "Question: ... Answer:" is leak even where the first word is right.
- Base texts: stopping at "she is wearing" or "it is made of" is cut (no hit_limit); an empty answer, "they are
  leggings", "the leggings have details" and "the details" are non_answer; the material question answered with the
  garment and its color is restated; "he" or "a man" for a woman is pronoun; a text that runs into "Question:" is
  leak.
- Closed answers never loop or cut: a wrong one is contradiction, or other_garment_color where the value is another
  piece's color. "no" to "Is this a crop top?" for a crop top is contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
fit = question("fit", "What is the fit of the jeans?", "closed")
neckline = question("neckline", "What is the neckline of the top?", "open")

BLIND_294 = [
    # photo: model in a straight navy blue cotton kurta with a small white floral print, three-quarter sleeves, white
    # palazzos, plain beige backdrop, front view.
    # no adapter texts: base model and reference engine
    case(
        "X294-001",
        caption("a woman in a blue kurta and white pants standing in front of a beige wall"),
        wearing("a blue and white kurta", who="she"),
        B.garment_type("kurta"),
        B.color("navy"),
        B.pattern("floral"),
        color_bottom("white"),
        B.material("cotton"),
        title="Women Navy Blue Floral Printed Straight Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow A-line short kurti with mirror work at the yoke, short sleeves, blue jeans,
    # light grey backdrop.
    # caption, details: caption adapter
    case(
        "X294-002",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow top and jeans", who="she"),
        B.color("yellow"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        is_a("kurti", "yes"),
        title="Women Mustard Yellow Mirror Work A-Line Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a white top with ruffled short sleeves tucked into black high-waist trousers, white backdrop.
    # wearing: VQA adapter; no caption adapter texts
    case(
        "X294-003",
        caption("a woman in a white top and black pants"),
        wearing(
            "blouse/shirt, pants, blouse/shirt, pants, blouse/shirt, pants, blouse/shirt, pants, blouse/shirt, "
            "pants, blouse/shirt",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_bottom("black"),
        B.color("black", "other_garment_color"),
        D.details("ruffle sleeves and a bow at the neck", "unsupported"),
        title="Women White Ruffle Sleeve Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a grey melange round-neck tee with a black "BROOKLYN" print, blue jeans, in front of a red
    # brick wall.
    # no adapter texts
    case(
        "X294-004",
        caption("a woman in a grey t - shirt standing in front of a brick wall"),
        wearing("a grey shirt and jeans", who="she"),
        B.color("red", "contradiction"),
        B.pattern("graphic"),
        D.description("a grey t shirt with the word brooklyn on it"),
        B.material("polyester", "unsupported"),
        title="Women Grey Melange Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a maroon crepe wrap midi dress, long sleeves, tie at the waist, no slit visible, a potted plant
    # beside her, white backdrop.
    # caption: caption adapter
    case(
        "X294-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress", who="she"),
        B.color("maroon"),
        B.sleeve_length("long sleeves"),
        D.details("it has a tie at the waist"),
        B.material("silk", "unsupported"),
        title="Women Maroon Solid Crepe Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in light blue skinny jeans with slashed knees, black crop top, white sneakers, full length, white
    # backdrop.
    # wearing: VQA adapter
    case(
        "X294-006",
        caption("a woman in a black top and blue jeans"),
        wearing(
            "pants Question: What is the color of the pants? Answer: blue Question: What is the color of the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        B.color("black", "other_garment_color"),
        fit("skinny"),
        D.details("ripped knees"),
        title="Women Blue Skinny Fit Mid-Rise Slash Knee Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings under a plain white knee-length kurta, grey backdrop.
    # no adapter texts
    case(
        "X294-007",
        caption("a woman wearing a white top and black leggings"),
        B.garment_type("leggings"),
        B.color("white", "other_garment_color"),
        wearing("black leggings and a white kurta", who="she"),
        B.material("cotton"),
        D.details("they are leggings", "non_answer"),
        title="Women Black Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in olive green flared palazzos with a white short kurti, brown-toned backdrop.
    # caption, wearing: caption adapter
    case(
        "X294-008",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.color("green"),
        color_bottom("white", "other_garment_color"),
        B.garment_type("pants"),
        B.material("rayon"),
        title="Women Olive Green Solid Flared Rayon Palazzos",
        category="Palazzos",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a black pleated midi skirt with white polka dots, a red tee tucked in, no bag, white wall.
    # no adapter texts
    case(
        "X294-009",
        caption("a woman in a red shirt and a black and white polka dot skirt"),
        wearing("a red shirt and a black skirt", who="she"),
        B.color("red", "other_garment_color"),
        B.pattern("polka dot"),
        D.details("pleats Question: what is the length of the skirt? Answer: midi", "leak"),
        D.description(
            "a black and white skirt with white dots, a red shirt and a black purse",
            "unsupported",
        ),
        title="Women Black & White Polka Dot Print Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender hooded sweatshirt with a kangaroo pocket, blue jeans, mid-grey backdrop.
    # wearing: VQA adapter
    case(
        "X294-010",
        caption("a woman in a purple hoodie and jeans"),
        wearing(
            "sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie "
            "sweatshirt/hoodie sweatshirt/hoodie",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("sweatshirt", "purple"),
        B.garment_type("jacket", "contradiction"),
        is_a("hoodie", "yes"),
        D.details("a hood and a pocket"),
        D.description("a grey hoodie", "contradiction"),
        title="Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a flared teal blue anarkali kurta with gold foil motifs, long sleeves, a teal dupatta over one
    # shoulder, no jewellery, beige backdrop.
    # no adapter texts
    case(
        "X294-011",
        caption("a woman in a blue and gold dress", "contradiction"),
        wearing("a blue kurta with a scarf", who="she"),
        B.color("teal"),
        B.pattern("printed"),
        D.details("gold print and a gold necklace", "unsupported"),
        B.material("silk", "unsupported"),
        title="Women Teal Blue Ethnic Motifs Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a peach off-shoulder bardot top with short puff sleeves, white jeans, cream backdrop.
    # caption, description: caption adapter
    case(
        "X294-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a short-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink top and white pants", who="she"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        neckline("off the shoulder"),
        title="Women Peach-Coloured Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black oversized tee with a big yellow and white sunflower graphic, blue jeans, in front of a
    # pastel pink wall.
    # no adapter texts
    case(
        "X294-013",
        caption("a woman in a black t - shirt with a sunflower on it standing in front of a pink wall"),
        wearing(
            "he is wearing a black shirt with a yellow flower on it",
            "pronoun",
            who="she",
        ),
        B.color("yellow", "contradiction"),
        B.pattern("graphic"),
        B.sleeve_length("short sleeves"),
        B.material("the t - shirt is black", "restated"),
        title="Women Black Graphic Printed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white shirt dress with thin blue vertical stripes, short sleeves, button front, fabric belt,
    # sitting on a wooden stool, white backdrop.
    # wearing, color of the dress (open, free text): VQA adapter
    case(
        "X294-014",
        caption("a woman in a blue and white striped dress sitting on a stool"),
        wearing(
            "dress Question: What is the color of the dress? Answer: white Question: Is this a dress? Answer: yes",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("white"),
        D.details("buttons and a belt"),
        title="Women White & Blue Striped Shirt Dress with Belt",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in black straight high-rise jeans, a grey knit sweater tucked in, white backdrop, full length.
    # no adapter texts
    case(
        "X294-015",
        caption("a woman in a grey sweater and black jeans"),
        wearing("a grey sweater and grey pants", "other_garment_color", who="she"),
        color_of("jeans", "black"),
        fit("straight"),
        D.description("he is wearing black jeans and a grey sweater", "pronoun"),
        B.material("denim"),
        title="Women Black Straight Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in maroon churidar leggings (gathered at the ankle) under a beige printed kurta, cream backdrop.
    # caption, details: caption adapter
    case(
        "X294-016",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige top and beige leggings", "other_garment_color", who="she"),
        B.color("beige", "other_garment_color"),
        B.garment_type("leggings"),
        D.details(
            "The leggings are with cotton fabric and pure color patterns. The leggings are with cotton fabric and "
            "pure color patterns. The leggings are",
            "loop",
            hit_limit=True,
        ),
        is_a("churidar", "no", "contradiction"),
        title="Women Maroon Solid Churidar-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in white flared palazzos with a black geometric print, a black sleeveless top, in front of a
    # mustard yellow wall.
    # no adapter texts
    case(
        "X294-017",
        caption("a woman in a black top and white pants standing in front of a yellow wall"),
        color_bottom("white"),
        B.color("yellow", "contradiction"),
        B.pattern("printed"),
        D.description("white pants with black print"),
        wearing(
            "a black top and white pants Question: what is the color of the wall? Answer: yellow",
            "leak",
            who="she",
        ),
        title="Women White & Black Geometric Printed Flared Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: model in a blue denim A-line mini skirt with a button front, a white tee tucked in, white backdrop.
    # wearing: VQA adapter
    case(
        "X294-018",
        caption("a woman in a white shirt and a blue skirt"),
        wearing(
            "skirt, tee/tank, skirt, tee/tank, skirt, tee/tank, skirt, tee/tank, skirt, tee/tank, skirt",
            "loop",
            who="she",
            hit_limit=True,
        ),
        B.garment_type("skirt"),
        B.color("blue"),
        D.details("a zipper on the side", "unsupported"),
        B.material("denim"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a navy blue crew-neck fleece sweatshirt with white "CALIFORNIA" lettering, grey joggers, grey
    # backdrop.
    # caption, wearing: caption adapter
    case(
        "X294-019",
        caption(
            "This woman is wearing a long-sleeve sweater with graphic patterns and a long trousers. The sweater is "
            "with cotton fabric. The trousers are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "This woman is wearing a long-sleeve sweater with graphic patterns and a long trousers. The sweater is "
            "with cotton fabric. The trousers are",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        B.pattern("graphic"),
        B.material("fleece"),
        D.details("the details", "non_answer"),
        title="Women Navy Blue Printed Fleece Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink and white block-printed short kurti, round neck with a keyhole (no collar, no buttons),
    # three-quarter sleeves, blue jeans, standing by a white door with a potted plant.
    # no adapter texts
    case(
        "X294-020",
        caption("a woman in a pink shirt and jeans standing in front of a door"),
        wearing("a pink and white top and blue jeans", who="she"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.pattern("printed"),
        D.details("the top has a collar and buttons", "unsupported"),
        title="Women Pink & White Block Printed Pure Cotton Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a sleeveless yellow georgette floral maxi dress, holding a straw hat in one hand, white
    # backdrop.
    # color of the dress (open, free text): VQA adapter
    case(
        "X294-021",
        caption("a woman in a yellow dress holding a hat"),
        wearing("a yellow floral dress and a hat", who="she"),
        B.color("yellow"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_of(
            "dress",
            "yellow Question: What is the color of the dress? Answer: yellow Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.material("chiffon"),
        title="Women Yellow Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a black lace strappy crop top, high-waist blue mom jeans, grey concrete wall.
    # caption: caption adapter
    case(
        "X294-022",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders. The lady wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and blue jeans", who="she"),
        B.color("black"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("lace"),
        is_a("crop top", "no", "contradiction"),
        title="Women Black Lace Strappy Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white polo t-shirt with navy tipping on the collar and sleeve hems, beige chinos, white
    # backdrop.
    # wearing, details: VQA adapter
    case(
        "X294-023",
        caption("a woman in a white polo shirt and khaki pants"),
        wearing(
            "polo shirt Question: What is the color of the polo shirt? Answer: white Question: Is this a polo shirt? "
            "Answer",
            "leak",
            who="she",
            hit_limit=True,
        ),
        B.color("navy", "contradiction"),
        B.garment_type("t-shirt"),
        D.details(
            "the collar, the sleeves, the collar, the sleeves, the collar, the sleeves, the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        color_bottom("beige"),
        title="Women White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a long green straight kurta with white chikankari embroidery, white cotton pants, no bracelet
    # or ring, light grey backdrop.
    # details, material: caption adapter
    case(
        "X294-024",
        caption("a woman in a green kurta with white embroidery"),
        wearing("a green and white dress", "contradiction", who="she"),
        B.color("green"),
        B.pattern("embroidered"),
        D.details(
            "The dress is with cotton fabric and floral patterns. It has a round neckline. There is an accessory on "
            "her wrist. She wears a ring. There",
            "contradiction",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is",
            "restated",
            hit_limit=True,
        ),
        title="Women Green Chikankari Embroidered Straight Cotton Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: model in mid-blue bootcut jeans with a clean look (no rips), pink sweatshirt, white sneakers, white
    # backdrop.
    # no adapter texts
    case(
        "X294-025",
        caption("a woman in a pink sweatshirt and blue jeans"),
        color_of("jeans", "blue"),
        color_top("pink"),
        wearing("a pink sweater and pink jeans", "other_garment_color", who="she"),
        fit("skinny", "contradiction"),
        D.details("a hole in the knee", "unsupported"),
        title="Women Blue Bootcut Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in grey melange printed training tights with a side pocket, black sports bra, a rolled yoga mat at
    # her feet, white studio.
    # caption: caption adapter; color of the leggings (open, free text): VQA adapter
    case(
        "X294-026",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. It has a round neckline. The "
            "lady wears a leggings. The leggings are with cotton fabric and graphic patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and grey leggings", who="she"),
        color_of(
            "leggings",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        D.details("a pocket on the side"),
        title="Women Grey Melange Printed Training Tights with Side Pocket",
        category="Leggings",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a sleeveless red short kurti with a white floral print, white palazzos, cream backdrop.
    # no adapter texts (the feed row has no gender)
    case(
        "X294-027",
        caption("a woman in a red and white floral top and white pants"),
        wearing("she is wearing", "cut", who="she"),
        B.color("red"),
        B.sleeve_length("sleeveless"),
        B.pattern("floral"),
        B.material("a red top", "restated"),
        title="Red Floral Printed Sleeveless Kurti",
        category="Kurtis",
        color="Red",
    ),
    # photo: model in a navy blue short-sleeve bodycon midi dress with white piping, against a blue-painted wall.
    # wearing: VQA adapter
    case(
        "X294-028",
        caption("a woman in a blue dress standing in front of a blue wall"),
        wearing(
            "dress Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question",
            "leak",
            who="she",
            hit_limit=True,
        ),
        B.color("navy"),
        B.sleeve_length("sleeveless", "contradiction"),
        is_a("dress", "yes"),
        D.details("white trim and a zipper on the back", "unsupported"),
        title="Women Navy Blue Bodycon Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an emerald green satin cowl-neck top, long sleeves, black trousers, dark grey backdrop.
    # description: caption adapter
    case(
        "X294-029",
        caption("a woman in a green shirt and black pants"),
        wearing("a green shirt", who="she"),
        B.color("green"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        neckline("a cowl neck"),
        title="Women Green Satin Cowl Neck Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: model in a plain mustard round-neck tee (no chest pocket), blue jeans, a black sling bag across the body,
    # white backdrop.
    # no adapter texts
    case(
        "X294-030",
        caption("a woman in a yellow shirt with a black bag"),
        wearing("a yellow t - shirt, jeans and a black bag", who="she"),
        B.color("orange", "contradiction"),
        B.pattern("solid"),
        D.details("it has a pocket on the chest", "unsupported"),
        B.material("cotton"),
        title="Women Mustard Yellow Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in black wide-leg palazzos with a white printed kurta, white backdrop.
    # wearing: VQA adapter
    case(
        "X294-031",
        caption("a woman in a white kurta and black pants"),
        wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_bottom("black"),
        B.color("white", "other_garment_color"),
        B.garment_type("palazzos"),
        D.description("he is wearing black pants and a white shirt", "pronoun"),
        title="Women Black Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon floral printed tiered maxi skirt with a black tank top, beige backdrop.
    # caption, wearing: caption adapter
    case(
        "X294-032",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. "
            "This lady wears a long skirt, with chiffon fabric and floral patterns. Her tank top",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. Her "
            "tank top has sleeves cut off, cotton",
            "loop",
            who="she",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        B.pattern("floral"),
        D.details("ruffles"),
        color_of("skirt", "maroon"),
        title="Women Maroon Floral Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in an off-white cropped cotton fleece sweatshirt with pink embroidered "be kind" lettering, light
    # blue jeans, pastel pink backdrop.
    # no adapter texts
    case(
        "X294-033",
        caption("a woman in a white sweatshirt with pink letters"),
        wearing("a pink sweater and blue jeans", "contradiction", who="she"),
        B.color("pink", "contradiction"),
        B.garment_type("sweatshirt"),
        D.details("the words be kind on the front"),
        B.material("wool", "unsupported"),
        title="Women Off White Embroidered Typography Cotton Fleece Crop Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a yellow and orange bandhani-print straight kurta, three-quarter sleeves, yellow palazzos,
    # sitting on a wooden chair by a white wall.
    # color of the kurta (open, free text): VQA adapter
    case(
        "X294-034",
        caption("a woman in yellow sitting on a wooden chair"),
        color_of(
            "kurta",
            "yellow Question: What is the color of the pants? Answer: yellow Question: What is the color",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.color("orange", "contradiction"),
        B.pattern("printed"),
        is_a("kurta", "yes"),
        wearing("he is wearing a yellow kurta", "pronoun", who="she"),
        B.material("cotton"),
        title="Women Yellow & Orange Bandhani Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a black and white gingham check fit-and-flare dress, square neck, short puff sleeves, no belt,
    # white wall.
    # caption, details: caption adapter
    case(
        "X294-035",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a short-sleeve dress with lattice patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("checked"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "The dress is with cotton fabric and lattice patterns. It has a square neckline. The dress is with cotton "
            "fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a black and white checkered dress", who="she"),
        title="Women Black & White Checked Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in white wide-leg high-rise jeans with a navy and white striped shirt tucked in, white backdrop.
    # no adapter texts
    case(
        "X294-036",
        caption(
            "a woman in a blue and white striped shirt and blue jeans",
            "other_garment_color",
        ),
        color_of("jeans", "white"),
        color_top("blue"),
        B.pattern("striped", "contradiction"),
        wearing("a blue and white striped shirt and white jeans", who="she"),
        D.details("", "non_answer"),
        title="Women White Wide Leg High-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: model in navy blue ankle-length leggings under a mustard short kurta, front view, grey backdrop.
    # wearing: VQA adapter
    case(
        "X294-037",
        caption("a woman in a yellow top and blue leggings"),
        wearing(
            "leggings Question: What is the color of the leggings? Answer: black Question: What is the color of the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        B.color("blue"),
        D.description("black leggings", "contradiction"),
        D.details("the leggings have details", "non_answer"),
        B.material("cotton"),
        title="Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a blue, green and white tie-dye boxy tee-style top (no pocket), short sleeves, black shorts,
    # white backdrop.
    # wearing: caption adapter
    case(
        "X294-038",
        caption("a woman in a tie dye shirt and black shorts"),
        wearing(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short-sleeve T-shirt with color",
            "loop",
            who="she",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("printed"),
        B.material("a tie dye shirt", "restated"),
        D.details("a pocket on the front", "unsupported"),
        title="Women Blue & Green Tie-Dye Boxy Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a light pink v-neck tee and grey track pants, sitting on a white cube, white backdrop.
    # color of the top (open, free text): VQA adapter
    case(
        "X294-039",
        caption("a woman sitting on a white box wearing a pink shirt and grey pants"),
        color_of(
            "top",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_bottom("grey"),
        B.color("grey", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        wearing("a pink shirt", who="she"),
        D.description("a white t - shirt", "contradiction"),
        title="Women Pink Solid V-Neck T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy blue long-sleeve kurti with white embroidery at the neck, white leggings, light blue
    # backdrop.
    # no adapter texts
    case(
        "X294-040",
        caption("a man in a blue shirt and white pants", "pronoun"),
        wearing("a blue top and white leggings", who="she"),
        B.color("black", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("embroidery on the neck"),
        B.material("it is made of", "cut"),
        title="Women Navy Blue Embroidered Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a beige corduroy button-front A-line mini skirt, a brown knit sweater tucked in, cream
    # backdrop.
    # caption: caption adapter; details: VQA adapter
    case(
        "X294-041",
        caption(
            "This woman is wearing a long-sleeve sweater with pure color patterns and a short skirt. The sweater is "
            "with knitted fabric. The skirt is with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown sweater and a brown skirt", "other_garment_color", who="she"),
        B.color("brown", "other_garment_color"),
        D.details(
            "buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, "
            "buttons, buttons, buttons",
            "loop",
            hit_limit=True,
        ),
        B.material("corduroy"),
        B.garment_type("skirt"),
        title="Women Beige Corduroy A-Line Mini Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: model in an olive green crew-neck sweatshirt with white colour-blocked sleeve panels, no hood, black
    # joggers, grey backdrop.
    # no adapter texts
    case(
        "X294-042",
        caption("a woman in a green and white sweatshirt and black pants"),
        wearing("a green sweater and black pants", who="she"),
        B.color("black", "other_garment_color"),
        B.pattern("color block"),
        D.description("a green sweatshirt with white sleeves and a hood", "unsupported"),
        B.material("cotton"),
        D.details("i don't know", "non_answer"),
        title="Women Olive Green Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a white straight kurta with a pink floral print, three-quarter sleeves, white palazzos, a pink
    # dupatta over both shoulders, pale pink backdrop.
    # caption: caption adapter
    case(
        "X294-043",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. There is a",
            "contradiction",
            hit_limit=True,
        ),
        D.description("a white kurta with pink flowers"),
        B.color("pink", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter sleeves"),
        wearing("a white kurta, white pants and a pink scarf", who="she"),
        title="Women White & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a sleeveless rust orange tiered cotton midi dress with a smocked bodice, holding a brown
    # handbag, white backdrop.
    # wearing: VQA adapter
    case(
        "X294-044",
        caption("a woman in an orange dress holding a brown purse"),
        wearing(
            "dress, and the dress is with the color of orange and the dress has a smocked bodice and the dress is "
            "sleeveless and the",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.color("orange"),
        B.sleeve_length("sleeveless"),
        D.details("smocking on the top and a slit on the side", "unsupported"),
        B.material("linen", "unsupported"),
        title="Women Rust Orange Tiered Smocked Cotton Midi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: model in dark indigo slim jeans, a white tee and an open black leather jacket, grey backdrop.
    # caption: caption adapter
    case(
        "X294-045",
        caption(
            "This woman is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "leather fabric. The pants are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a black leather jacket, a white shirt and blue jeans", who="she"),
        color_of("jeans", "black", "other_garment_color"),
        fit("slim"),
        B.material("denim"),
        D.details(
            "the jeans are dark blue Question: what is the fit of the jeans? Answer: slim",
            "leak",
        ),
        title="Women Navy Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a lilac checked shirt-style top with the sleeves rolled up, blue jeans, standing next to a white
    # brick wall.
    # color of the top (open, free text): VQA adapter (the feed row has no category)
    case(
        "X294-046",
        caption("a woman in a purple plaid shirt standing next to a white brick wall"),
        wearing("a purple shirt and jeans", who="she"),
        color_of(
            "top",
            "white Question: What is the color of the jeans? Answer: blue Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("checked"),
        D.details("buttons on the front and rolled up sleeves"),
        B.material("the shirt is purple", "restated"),
        title="Women Lavender Checked Casual Shirt-Style Top",
        color="Lavender",
        gender="Women",
    ),
]
