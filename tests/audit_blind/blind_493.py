"""BLIND_493 (46 products; Myntra women's casual night: tops, tees, shirts, kurtis, dresses, jeans, skirts, co-ords):
written blind in the forty-ninth session. Measured blind at 710b8e0 (the session's rules as they stood): 89/117
failures found (76.1%) and 5/144 correct texts flagged (3.5%). The writer's notes, verbatim:

Scenario: one night of a Myntra women's catalog through enrich's default questionnaire (caption, garment_type, color,
pattern, sleeve_length, material, description, details, wearing) plus a few per-piece color questions, a fit question
for jeans, a print question for graphic tees, a neckline question and the yes/no "Is this a ...?". The products are
tops, t-shirts, shirts, kurtis and kurta sets, dresses, jeans, skirts, shorts and co-ord sets, shot on models in full
outfits (a tee tucked into jeans, a kurta over white palazzos, a crop top over a maxi skirt), mostly on plain studio
backdrops, some against colored walls, brick, wooden doors, a garden or a beach, a few with props (a chair, a plant,
a framed picture, a straw bag). Each row has the seller's title, category, color and gender; two rows miss a column
(X493-041 has no color, X493-042 no gender), as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b`: short, lowercase,
stopping on its own, so never hit_limit; it names colors loosely, gives the outfit's other piece the product's
color, invents accessories and details, sometimes stops early ("it is made of"), sometimes runs on into the next
"Question: ... Answer:" of the prompt format, and sometimes says "he". The caption adapter (epoch 3) wrote a few
captions, descriptions and details, marked in a comment before each case: it returns the DeepFashion template
("The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is with cotton
fabric ...") whatever the prompt, never stops (no end token) and runs to its limit (50 new tokens for captions, 30 for
answers), so every adapter text has hit_limit=True. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece colors and "Is this a ...?") come from enrich's `--engine reference` with the VQA
adapter: a value picked from a candidate set, never a loop nor a cut, but often the wrong value (the other piece's
color, a print color, a shade pushed to its neighbour, pleats as stripes, a sleeve length off by one).

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal blue, green for teal, olive or sage, yellow
  for mustard, red for maroon, orange for rust, purple for lavender, white for off white, grey for grey melange.
  Mustard answered "orange", navy answered "black", lavender answered "pink" (a pink wall stands behind it) and rust
  answered "yellow" are contradictions.
- A two-colored garment answered with one of its own colors (white for a black-and-white striped tee) is correct. A
  print's or embroidery's color given as the garment's color (gold for a maroon kurta with a gold yoke, white for a
  black dress with white dots, white for blue shorts with white flowers) is contradiction.
- Where the color given to the product is the one of another piece worn in the photo (the jeans, the tucked-in tee,
  the palazzos, the trousers of a shirt), the text is other_garment_color. Where the model gives another piece the
  product's color or a color no piece has ("a yellow shirt and a yellow jeans", "black jeans" for blue ones, a brown
  top with orange pants for a one-color co-ord), it is contradiction.
- Garment synonyms are correct: top for a short kurti or a peplum, blouse for a top, suit for a kurta set, scarf for
  a dupatta, palazzo pants for palazzos, dress for an anarkali kurta (it is cut as one). Denim shorts as "jeans", a
  shirt dress as "shirt", a grey tee as "sweater", a denim skirt as "shorts", a pinafore dress as "skirt" (the
  adapter's template), a peplum top as "dress", lounge shorts as "pants" and a maxi skirt with a tucked top as
  "dress" are contradictions.
- Materials: one the title names (linen, satin, lace, denim, knit, cotton) or a plausible guess on a plain
  cotton-look fabric ("cotton") is correct; a fabric neither named nor visible (silk on a printed wrap dress, silk for
  the satin shirt, silk on an anarkali) is unsupported. A material question answered with a color or the garment's
  name is restated; "it is made of" (an early stop) is cut without hit_limit.
- Items not in the photo (a belt, a purse, sunglasses, a hat, a dupatta with a kurta worn alone, sneakers in a photo
  cropped above the knees, tassels, a necklace, mirror work, a pocket, a collar, a v-neck on a round-neck tee,
  a slit, pleats on a flat skirt, a back print, a zip or a bow the front view cannot show) are unsupported. Wool for a
  cotton-look tee or a checked skirt whose title names no fabric is unsupported too.
- Adapter texts: the first failure the auditor meets is labelled. A template that repeats one of its sentences is
  loop; one cut mid-sentence without repeating is cut; a template that names the wrong garment (a pinafore dress as a
  skirt) is contradiction. The template answering "Describe the garment." or "What are the details of the garment?"
  answers the question, so it is cut or loop, not restated.
- "the details of the jeans", an empty answer and "they are short" for the shorts' details are non_answer; the
  question returned as the answer ("what is the person wearing") is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" for the women in this catalog is pronoun.
- Co-ords named piece by piece with the same color for both pieces ("a green shirt and green pants") are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
fit = question("fit", "What is the fit of the jeans?", "open")
printed = question("print", "What is printed on the t-shirt?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_493 = [
    # photo: model in a white short-sleeve round-neck tee with black "BROOKLYN" lettering across the chest, tucked
    # into mid-blue straight jeans, front view, plain white studio backdrop.
    # adapter: none
    case(
        "X493-001",
        caption("a woman wearing a white t-shirt and black jeans", "contradiction"),
        D.wearing("a white t-shirt with the word brooklyn on it"),
        D.garment_type("t-shirt"),
        D.color("blue", "other_garment_color"),
        D.pattern("printed"),
        printed("brooklyn"),
        title="Women White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black sleeveless ribbed square-neck crop top over light-blue high-rise mom jeans, front view,
    # light grey backdrop.
    # adapter: caption
    case(
        "X493-002",
        caption(
            "The lady wears a tank shirt with pure color patterns and a long denim pants. The tank shirt is with "
            "cotton fabric. It has a square neckline. The pants are with denim fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and black jeans", "contradiction"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.details("it has buttons down the front", "unsupported"),
        D.material("cotton"),
        title="Women Black Solid Ribbed Square Neck Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy straight kurta with a small white floral print, three-quarter sleeves, worn alone (no
    # dupatta) over white palazzos, front view, plain beige wall behind.
    # adapter: none
    case(
        "X493-003",
        caption("a woman in a blue kurta and white pants standing in front of a wall"),
        D.garment_type("kurta"),
        D.color("black", "contradiction"),
        D.pattern("floral"),
        D.description("a navy blue kurta with white flowers and a white dupatta", "unsupported"),
        D.material("cotton"),
        D.wearing("he is wearing a blue kurta and white pants", "pronoun"),
        title="Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mid-blue washed denim shorts with a frayed hem and a tucked-in white tee, cropped just above the knees,
    # white backdrop.
    # adapter: none
    case(
        "X493-004",
        caption("a woman wearing a white t-shirt and denim shorts"),
        color_shorts("white", "other_garment_color"),
        D.details("they are short", "non_answer"),
        D.garment_type("shorts"),
        D.material("denim"),
        D.wearing(
            "she is wearing a white t-shirt and blue shorts and white sneakers",
            "unsupported",
        ),
        title="Women Blue Washed High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a mustard sleeveless A-line midi dress with small white polka dots and a v-neck, tan flat
    # sandals, no hat or bag, full length, plain white backdrop.
    # adapter: caption, description
    case(
        "X493-005",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("polka dots"),
        D.wearing("a yellow dress with white polka dots and a white hat", "unsupported"),
        D.description(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a v-",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        title="Women Mustard Yellow Polka Dot A-Line Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a white oversized long-sleeve cotton shirt with rolled cuffs over black skinny jeans, light
    # grey wall with a potted plant beside her, front view.
    # adapter: none
    case(
        "X493-006",
        caption("a woman in a white shirt and black pants standing next to a plant"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "the shirt has a collar and buttons Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        D.wearing("he is wearing a white shirt and black jeans", "pronoun"),
        title="Women White Solid Oversized Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a red and white gingham short-sleeve shirt (no pocket) knotted at the waist over blue denim
    # shorts, outdoor street backdrop, full length.
    # adapter: none
    case(
        "X493-007",
        caption("a woman wearing a red and white checkered shirt and shorts"),
        D.pattern("checked"),
        D.color("red"),
        D.wearing("a red shirt and blue jeans", "contradiction"),
        D.details("a knot at the waist and a pocket on the chest", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Red & White Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: black high-rise skinny jeans with a tucked-in grey tee and white sneakers, full length, white backdrop.
    # adapter: none
    case(
        "X493-008",
        caption("a woman in a grey shirt and blue jeans", "contradiction"),
        D.garment_type("jeans"),
        D.color("grey", "other_garment_color"),
        color_jeans("black"),
        D.wearing("a grey t-shirt and black jeans and white shoes"),
        D.details("the details of the jeans", "non_answer"),
        fit("skinny"),
        title="Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: sage green co-ord, short-sleeve boxy shirt with a chest pocket and matching wide-leg trousers, solid,
    # full length, beige backdrop.
    # adapter: none
    case(
        "X493-009",
        caption("a woman in a green shirt and pants"),
        D.wearing("a green shirt and green pants"),
        color_shirt("green"),
        color_pants("green"),
        D.description("a green shirt with a pocket on the chest and matching pants"),
        title="Women Sage Green Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black and white horizontal striped short-sleeve round-neck tee with blue jeans, white
    # backdrop, front view.
    # adapter: caption, description
    case(
        "X493-010",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long denim pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. Her",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.wearing("a black and white striped shirt and black jeans", "contradiction"),
        D.description(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long denim pants. The T-shirt is with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        title="Women Black & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: pink floral tiered maxi skirt with a white sleeveless top tucked in, full length, garden with green
    # foliage behind; no slit.
    # adapter: none
    case(
        "X493-011",
        caption("a woman in a white top and pink skirt standing in a garden"),
        color_skirt("pink"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.wearing("a white top and a long pink skirt with flowers"),
        D.details("the skirt has a slit on the side", "unsupported"),
        D.garment_type("dress", "contradiction"),
        title="Women Pink Floral Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an olive green smocked top with short puff sleeves, no bow or tie, over white jeans, white
    # backdrop.
    # adapter: none
    case(
        "X493-012",
        caption("a woman wearing a green top and white jeans"),
        D.color("green"),
        D.description("a green blouse with puffy sleeves and a bow", "unsupported"),
        D.wearing("he is wearing a green shirt and white pants", "pronoun"),
        D.material("cotton"),
        title="Women Olive Green Puff Sleeve Smocked Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon anarkali kurta with a gold embroidered yoke and gold-edged cuffs, long sleeves, matching maroon
    # churidar, full length, plain cream backdrop.
    # adapter: none
    case(
        "X493-013",
        caption("a woman in a red dress with gold embroidery"),
        D.garment_type("kurta"),
        D.color("gold", "contradiction"),
        D.details("gold embroidery on the neck and a gold belt", "unsupported"),
        D.material("silk", "unsupported"),
        D.wearing("a red kurta and red leggings"),
        title="Women Maroon Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: white A-line midi dress with a blue floral print, v-neck, short flutter sleeves, no belt, on a street.
    # adapter: description, details
    case(
        "X493-014",
        caption("a woman in a white dress with blue flowers walking down the street"),
        D.color("white"),
        D.pattern("floral"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with cotton fabric and floral patterns. It has a v-shape neckline. The dress is with cotton "
            "fabric and floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress with blue flowers and a blue belt", "unsupported"),
        title="Women White & Blue Floral Print A-Line Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: light blue straight jeans with ripped knees, black cropped top, white sneakers, full length, white
    # backdrop.
    # adapter: none
    case(
        "X493-015",
        caption("a woman in black top and ripped jeans"),
        color_jeans("blue"),
        color_top("white", "contradiction"),
        D.details("the jeans have holes in the knees"),
        D.wearing(
            "a black top and light blue jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Women Light Blue Straight Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black cotton lounge shorts with a drawstring and side pockets under an oversized lavender tee, white
    # backdrop, cropped at mid-thigh.
    # adapter: none
    case(
        "X493-016",
        caption("a woman in a purple shirt and black shorts"),
        D.color("purple", "other_garment_color"),
        D.garment_type("pants", "contradiction"),
        D.details("drawstring waist and pockets"),
        D.wearing("a purple t-shirt and purple shorts", "contradiction"),
        title="Women Black Solid Mid-Rise Regular Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: co-ord of a white crop top and a white knee-length skirt, both with a black abstract brush print, full
    # length, grey backdrop.
    # adapter: none
    case(
        "X493-017",
        caption("a woman in a black and white outfit"),
        D.wearing("a white top and a white skirt"),
        color_skirt("black", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.description("a white top and skirt with black print"),
        title="Women White & Black Printed Top with Skirt Co-Ords",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: grey melange long-sleeve round-neck tee with black leggings, white backdrop, full length.
    # adapter: caption
    case(
        "X493-018",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.sleeve_length("long sleeves"),
        D.wearing("a grey sweater and black leggings", "contradiction"),
        D.garment_type("t-shirt"),
        D.material("wool", "unsupported"),
        title="Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: teal blue wrap top tied at the waist, three-quarter sleeves, v-neck, no collar, with white trousers;
    # white wall with a framed picture behind.
    # adapter: none
    case(
        "X493-019",
        caption("a woman in a blue top and white pants standing in front of a picture"),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the top has a tie at the waist"),
        D.description("a blue top with a white collar", "unsupported"),
        D.wearing("a green top and blue pants", "contradiction"),
        title="Women Teal Blue Solid Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: yellow and white striped shirt dress, collar, button front, rolled long sleeves, self-fabric belt, knee
    # length, white backdrop.
    # adapter: none
    case(
        "X493-020",
        caption("a woman in a yellow and white striped shirt", "contradiction"),
        D.garment_type("dress"),
        D.color("yellow"),
        D.details("buttons down the front and a belt"),
        D.material("it is made of", "cut"),
        title="Women Yellow & White Striped Shirt Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: black satin pleated maxi skirt with a white tee tucked in, full length, white backdrop.
    # adapter: caption
    case(
        "X493-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with chiffon fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_skirt("black"),
        D.pattern("striped", "contradiction"),
        D.wearing("a white t-shirt and a black skirt"),
        D.material("satin"),
        title="Women Black Satin Pleated Flared Maxi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white chikankari short kurti over blue jeans, three-quarter sleeves, white backdrop.
    # adapter: none
    case(
        "X493-022",
        caption("a woman wearing a white top and jeans"),
        D.color("blue", "other_garment_color"),
        D.pattern("embroidered"),
        D.details("white embroidery and mirror work", "unsupported"),
        D.material("it is made of", "cut"),
        D.wearing("a white kurta and blue jeans"),
        title="Women White Chikankari Embroidered Short Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: pink tee with a large Mickey Mouse print on the front, black shorts, white backdrop.
    # adapter: none
    case(
        "X493-023",
        caption("a woman wearing a pink mickey mouse t-shirt"),
        printed("mickey mouse"),
        D.color("pink"),
        D.pattern("graphic"),
        D.wearing("a pink t-shirt with mickey mouse on it and black shorts"),
        title="Women Pink Mickey Mouse Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: red long-sleeve square-neck bodycon dress, black heels, no bag, full length, white backdrop.
    # adapter: none
    case(
        "X493-024",
        caption("a woman in a red dress and black shoes"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.wearing("a red dress and a black purse", "unsupported"),
        D.description("a red dress with long sleeves and a square neck"),
        D.material("the dress is red", "restated"),
        D.color("red"),
        title="Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: navy wide-leg high-rise jeans with a white shirt tucked in, no belt, full length, grey backdrop.
    # adapter: none
    case(
        "X493-025",
        caption("a woman in a white shirt and blue jeans"),
        color_jeans("black", "contradiction"),
        D.color("white", "other_garment_color"),
        D.wearing("a white shirt and blue jeans and a brown belt", "unsupported"),
        D.details("wide legs and a high waist"),
        title="Women Navy Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige linen long-sleeve button-down shirt with white trousers, front view, white backdrop.
    # adapter: caption, description
    case(
        "X493-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with linen "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The lady wears a "
            "long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("linen"),
        title="Women Beige Linen Regular Fit Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: off-white sleeveless lace top with a scalloped hem over blue jeans, sitting on a cafe chair.
    # adapter: none
    case(
        "X493-027",
        caption("a woman in a white lace top sitting on a chair"),
        D.color("white"),
        D.material("lace"),
        D.wearing("a white lace top and white jeans", "contradiction"),
        D.details("lace with a scalloped hem and a zip at the back", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Off White Lace Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: white denim shorts with a black tank top, no sunglasses, standing on a beach, full length.
    # adapter: none
    case(
        "X493-028",
        caption("a woman in black top and white shorts standing on the beach"),
        color_shorts("black", "other_garment_color"),
        D.color("white"),
        D.wearing("a black tank top and white shorts and sunglasses", "unsupported"),
        D.material("denim"),
        D.details(
            "frayed edges Question: what is the color of the shorts? Answer: white",
            "leak",
        ),
        title="Women White Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: mustard A-line kurta with a small brown block print, worn alone (no dupatta) over white palazzos, in
    # front of a carved wooden door.
    # adapter: none
    case(
        "X493-029",
        caption("a woman in a yellow kurta standing in front of a wooden door"),
        D.color("orange", "contradiction"),
        D.pattern("printed"),
        D.wearing("a yellow kurta and white palazzo pants"),
        D.description("a yellow kurta with a red print and a white dupatta", "unsupported"),
        title="Women Mustard Yellow Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: blue denim sleeveless pinafore dress over a white short-sleeve tee, knee length, white backdrop.
    # adapter: caption
    case(
        "X493-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short denim skirt. The T-shirt is "
            "with cotton fabric. It has a round neckline. The skirt is with denim fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("white", "other_garment_color"),
        D.wearing(
            "a blue denim dress and a white shirt Question: is this a dress? Answer: yes",
            "leak",
        ),
        D.material("denim"),
        D.sleeve_length("sleeveless"),
        title="Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: blue and white vertical striped long-sleeve shirt, no pocket, with white trousers, against a blue wall.
    # adapter: none
    case(
        "X493-031",
        caption("a woman in a blue and white striped shirt standing in front of a blue wall"),
        D.pattern("checked", "contradiction"),
        D.color("blue"),
        D.details("a collar, buttons and a pocket on the chest", "unsupported"),
        D.wearing("she is wearing a striped shirt and white pants"),
        title="Women Blue & White Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black oversized drop-shoulder round-neck tee (its print is on the back; the front is plain), grey
    # shorts, front view, white backdrop.
    # adapter: none
    case(
        "X493-032",
        caption("a woman wearing a black t-shirt and grey shorts"),
        D.color("black"),
        D.wearing("a black t-shirt with a white print", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.description("a black t shirt with a v neck", "unsupported"),
        title="Women Black Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: blue denim button-front A-line mini skirt with a pink fitted top, full length, white backdrop.
    # adapter: none
    case(
        "X493-033",
        caption("a woman in a pink top and a denim skirt"),
        color_skirt("pink", "other_garment_color"),
        D.garment_type("shorts", "contradiction"),
        D.details("buttons down the front"),
        D.wearing(
            "a pink top and a blue skirt Question: what is the color of the skirt? Answer: blue Question:",
            "leak",
        ),
        D.material("denim"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: rust ribbed knit co-ord, sleeveless tank top and flared trousers, full length, cream backdrop.
    # adapter: none
    case(
        "X493-034",
        caption("a woman in an orange top and pants"),
        color_top("yellow", "contradiction"),
        color_pants("orange"),
        D.wearing("a brown top and orange pants", "contradiction"),
        D.material("knit"),
        D.details("the details of the top", "non_answer"),
        title="Women Rust Ribbed Top with Flared Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: green wrap midi dress with white and pink flowers, long sleeves, tie belt, no jewellery, in front of a
    # white brick wall.
    # adapter: details
    case(
        "X493-035",
        caption("a woman in a green floral dress standing in front of a brick wall"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The lady wears a "
            "long-sleeve dress with floral",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.wearing("a green dress with white flowers and a necklace", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Green Floral Print Wrap Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: white peplum top with cap sleeves over black trousers, white backdrop, front view.
    # adapter: none
    case(
        "X493-036",
        caption("a woman in a black and white outfit"),
        D.color("white"),
        D.wearing("a black top and white pants", "contradiction"),
        D.description("a white peplum top with ruffles"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("dress", "contradiction"),
        title="Women White Solid Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: grey high-rise mom jeans with a white crop top, no belt, full length, white backdrop.
    # adapter: none
    case(
        "X493-037",
        caption("a woman in a white top and grey jeans"),
        color_jeans("grey"),
        D.color("white", "other_garment_color"),
        D.wearing("she is wearing a white top and grey jeans"),
        D.details("high waist and a belt", "unsupported"),
        title="Women Grey Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: red floral cotton shorts with a white tee, cropped at the knees, white backdrop.
    # adapter: caption
    case(
        "X493-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and floral patterns. The lady wears a short-sleeve "
            "T-shirt with",
            "loop",
            hit_limit=True,
        ),
        color_shorts("white", "other_garment_color"),
        D.pattern("floral"),
        D.wearing("a white shirt and red shorts"),
        D.details("they are short", "non_answer"),
        D.material("cotton"),
        title="Women Red Floral Printed Cotton Shorts",
        category="Shorts",
        color="Red",
        gender="Women",
    ),
    # photo: pink floral kurta with pink trousers and a white dupatta with a pink print draped on one shoulder, no
    # tassels, full length, white backdrop.
    # adapter: none
    case(
        "X493-039",
        caption("a woman in a pink kurta and white scarf"),
        color_kurta("pink"),
        color_dupatta("pink", "contradiction"),
        D.wearing("a pink suit with a white dupatta"),
        D.material("the kurta is pink", "restated"),
        D.details("the kurta has a print of flowers and a tassel on the neck", "unsupported"),
        title="Women Pink Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: yellow round-neck short-sleeve tee without a pocket over black jeans, white backdrop.
    # adapter: none
    case(
        "X493-040",
        caption("a woman in a yellow shirt and black pants"),
        D.color("yellow"),
        D.wearing("a yellow shirt and a yellow jeans", "contradiction"),
        D.description("a yellow t-shirt with a pocket", "unsupported"),
        D.sleeve_length("short sleeves"),
        title="Women Yellow Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: lavender sleeveless tiered maxi dress, front view, pink wall behind.
    # adapter: none
    case(
        "X493-041",
        caption("a woman in a purple dress standing in front of a pink wall"),
        D.color("pink", "contradiction"),
        D.wearing("he is wearing a long purple dress", "pronoun"),
        D.sleeve_length("sleeveless"),
        D.description("a purple dress with ruffles"),
        D.details("the dress has a bow at the back", "unsupported"),
        title="Women Lavender Tiered Maxi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: black satin long-sleeve relaxed shirt with black trousers, white backdrop.
    # adapter: none
    case(
        "X493-042",
        caption("a woman in a black shirt and black pants"),
        D.color("black"),
        D.material("silk", "unsupported"),
        D.wearing("a black shirt and black pants"),
        D.details("", "non_answer"),
        title="Black Satin Relaxed Fit Party Shirt",
        category="Shirts",
        color="Black",
    ),
    # photo: blue co-ord of a short-sleeve shirt and shorts with a white floral print, lapel collar, white backdrop.
    # adapter: description
    case(
        "X493-043",
        caption("a woman in a blue floral shirt and shorts"),
        D.description(
            "The lady wears a short-sleeve shirt with floral patterns and a short pants. The shirt is with cotton "
            "fabric. It has a lapel",
            "cut",
            hit_limit=True,
        ),
        color_shirt("blue"),
        color_shorts("white", "contradiction"),
        D.wearing("a blue and white floral shirt and shorts"),
        title="Women Blue Floral Printed Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: black halter-neck crop top with white wide-leg trousers, white backdrop.
    # adapter: none
    case(
        "X493-044",
        caption("a woman in a black top and white pants"),
        neckline("halter"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.wearing("what is the person wearing", "restated"),
        D.material("black", "restated"),
        title="Women Black Halter Neck Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: brown and beige checked A-line mini skirt, flat front without pleats, cream sweater, black ankle boots,
    # full length, white backdrop.
    # adapter: none
    case(
        "X493-045",
        caption("a woman in a white sweater and a plaid skirt"),
        color_skirt("brown"),
        D.pattern("plaid"),
        D.color("white", "other_garment_color"),
        D.wearing("a white sweater, a plaid skirt and black boots"),
        D.details("pleats at the front", "unsupported"),
        D.material("wool", "unsupported"),
        title="Women Brown & Beige Checked A-Line Mini Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: black fit-and-flare dress with white polka dots and short puff sleeves, holding a straw bag, white
    # backdrop.
    # adapter: caption
    case(
        "X493-046",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory in her hand. The lady wears a short-sleeve dress with graphic",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.wearing("a black and white polka dot dress and a straw bag"),
        D.sleeve_length("short sleeves"),
        title="Women Black Polka Dot Print Fit & Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
]
