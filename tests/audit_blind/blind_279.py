"""BLIND_279 (46 products; women's everyday catalog: kurtas, tops, dresses, jeans, leggings, sarees, nightwear): written
blind in the forty-second session. Measured blind at a216288 (the session's rules as they stood): 115/136 failures
found (84.6%) and 4/172 correct texts flagged (2.3%). The writer's notes, verbatim:

Scenario: a Myntra-like women's catalog drawn at random from one night's run: kurtas and kurta sets, tops, dresses,
jeans, leggings, sarees, sweatshirts, jackets and nightwear, all model shots (studio backdrops, a few walls, a door,
a bed, a sofa, a gym). The default questionnaire (wearing, garment_type, color, pattern, sleeve_length, description,
details, material) is asked, with a few per-piece color questions and yes/no "Is this a ...?" questions. Each row has
the seller's title, category, color and gender; a few rows miss the color or the gender, as real feeds do.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` writes short lowercase captions and answers and stops on
its own (never hit_limit); now and then it runs on into the next "Question: ... Answer:" of its prompt format, or
stops after "it is made of". The caption adapter (DeepFashion template, trained with no end-of-answer token) runs to
its limit (50 new tokens for captions, 30 for answers) and always carries hit_limit=True; asked a question, it
returns its template. The comment above each case says which texts came from the adapter; all other open texts are
the base model's. The closed questions (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a
...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut, but often the
wrong candidate (a print color, a wall, another piece of the outfit).

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, blue for navy, indigo or teal blue, purple for
  lavender, yellow for mustard, pink for peach, tan or beige for a beige coat, grey for melange, green for olive.
  Navy answered black is contradiction.
- The color of another piece in the photo (the tee under a jacket, the kurta over leggings, the blouse of a saree)
  given as the product's color is other_garment_color. A print, border or foil color given as the garment's color
  (gold for a black kurta with gold foil print, white for a black dress with white dots) is contradiction; so is the
  color of a wall, a door or a bed, or a color no piece has.
- Garment synonyms are correct: sari for saree, scarf for dupatta, hoodie or sweater for a sweatshirt, jacket for a
  zip-up sweatshirt, coat for a trench, pajamas for a night suit, night dress or dress for a nightdress, top or shirt
  for a kurta worn over leggings, pants for leggings or palazzos. The adapter calling a kurta a "shirt" is accepted
  (a kurta is a long shirt) and the text is labelled for its cut; the adapter calling a saree a "dress" is
  contradiction (the misnaming is seen first), hit_limit kept.
- Closed garment_type naming the other piece (kurta for the leggings product) is contradiction. An anarkali kurta
  called a "dress" (base caption, adapter details) is accepted: the flared anarkali looks like one.
- One color for every garment ("a grey hoodie and grey pants" over black joggers, "red leggings" under a red kurta
  for black leggings): where the product gets another piece's color it is other_garment_color; where a piece that
  is not the product gets the product's color (purple pants, green joggers, red leggings under a red jacket, a
  black top's color on grey jeans) it is contradiction.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut, even where it mentions an invented accessory; the template returned for the material question is restated
  (the question is not answered), though also cut. The template answering wearing or description does answer it, so
  it is labelled cut or loop.
- Base texts: an early stop ("it is made of") is cut without hit_limit; empty answers and "the details of the
  garment" are non_answer; details answered only with the garment's name or color ("the leggings are red", "the
  saree is green") and material answered with the garment's color or name are restated; running on into
  "Question: ..." is leak even when the first words are right; "he" for a woman, or "a man" in a caption, is
  pronoun; a short run of the same phrase that stops on its own is loop.
- Invented items and props (a book, a necklace on a model with no jewellery, a handbag, white shoes on a photo
  cropped at the ankles, a logo, the eiffel tower, a belt, a slit, a zipper on a pullover, a dupatta, a robe, fur,
  rips, a red or gold border that is not there, embroidery on the sleeves of a printed kurta) are unsupported.
- A material the title contradicts or does not name and the photo does not show (leather on a cotton jacket, wool on
  fleece, silk on rayon or on a georgette saree, cotton on polyester track leggings) is unsupported; lycra answered
  spandex, georgette answered chiffon and a plain cotton guess on a cotton-look fabric are correct.
- Real props and layers named correctly (a belt that is there, a wooden door, a plant, a gym, a tee under a jacket)
  are correct, as are print colors named as the print ("white flowers", "the word paris in white letters").
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
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_279 = [
    # photo: model in a navy blue straight kurta with a small white floral print, white palazzos, beige studio wall.
    # adapter: none
    case(
        "X279-001",
        caption("a woman in a blue kurta and white pants standing in front of a wall"),
        D.wearing("a white kurta and white pants", "contradiction"),
        D.garment_type("kurta"),
        D.color("blue"),
        D.pattern("floral"),
        color_pants("blue", "contradiction"),
        D.details("it has a floral print and a pocket", "unsupported"),
        title="Women Navy Blue Floral Printed Straight Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow sleeveless top with a ruffled neckline, blue skinny jeans,
    # white backdrop, front view.
    # caption, description: adapter
    case(
        "X279-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow top and jeans"),
        D.color("orange", "contradiction"),
        color_jeans("yellow", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("ruffles on the sleeves", "unsupported"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Ruffled Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black midi dress with white polka dots, short puff sleeves, no belt, grey backdrop.
    # adapter: none
    case(
        "X279-003",
        caption("a woman in a black and white polka dot dress"),
        D.wearing("a black dress with white polka dots"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.material("chiffon"),
        D.description("a black dress with white polka dots and a belt", "unsupported"),
        title="Women Black Polka Dot Georgette Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue high-rise skinny jeans (clean, no rips), white tee tucked in, white backdrop.
    # caption, description: adapter
    case(
        "X279-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        D.details("the jeans are ripped", "unsupported"),
        D.description(
            "The pants are with denim fabric and solid color patterns. The pants are of long length. The pants are "
            "with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Women Light Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings under a knee-length maroon kurta, grey backdrop.
    # adapter: none
    case(
        "X279-005",
        caption("a woman in a red kurta and black leggings"),
        D.wearing("a red dress and red leggings", "other_garment_color"),
        D.garment_type("leggings"),
        D.color("red", "other_garment_color"),
        color_leggings("black"),
        D.material("the leggings are black", "restated"),
        D.details("leggings", "non_answer"),
        title="Women Black Solid Ankle-Length Cotton Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red Banarasi saree with a wide gold zari border, red blouse, pallu over the shoulder, studio.
    # caption, description: adapter
    case(
        "X279-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red saree"),
        D.garment_type("saree"),
        D.color("gold", "contradiction"),
        D.material("silk"),
        D.details("gold border"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        title="Women Red Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a grey melange pullover hooded sweatshirt with a white "BROOKLYN" print, black joggers.
    # adapter: none
    case(
        "X279-007",
        caption("a woman wearing a grey sweatshirt with the word brooklyn on it"),
        D.wearing("a grey hoodie and grey pants", "contradiction"),
        D.garment_type("jacket", "contradiction"),
        D.color("grey"),
        D.pattern("graphic"),
        D.details("it has a hood and a zipper", "unsupported"),
        title="Women Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in an olive green cotton utility jacket with chest pockets, open over a white top, blue jeans.
    # caption: adapter
    case(
        "X279-008",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is with "
            "cotton fabric. The pants are with denim fabric and solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and jeans"),
        D.color("green"),
        D.description("a green jacket with a white shirt underneath"),
        is_a("jacket", "yes"),
        D.details("pockets"),
        D.material("leather", "unsupported"),
        title="Women Olive Green Solid Cotton Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model sitting on a bed with white sheets, pink pyjama set (shirt and pyjama) with a small cartoon print.
    # adapter: none
    case(
        "X279-009",
        caption("a woman in pink pajamas sitting on a bed"),
        D.wearing("pajamas"),
        D.garment_type("pajamas"),
        D.color("white", "contradiction"),
        D.pattern("solid", "contradiction"),
        D.details(
            "the pajamas have a cartoon print Question: What is the color of the pajamas? Answer: pink",
            "leak",
        ),
        D.material("the pajamas are pink", "restated"),
        title="Women Pink Printed Cotton Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a yellow anarkali kurta with mirror work on the yoke, long sleeves, white churidar, no dupatta.
    # details: adapter
    case(
        "X279-010",
        caption("a woman in a yellow anarkali dress"),
        D.wearing("a yellow kurta with white pants"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.description("a yellow kurta with a green dupatta", "unsupported"),
        D.material("a yellow kurta", "restated"),
        title="Women Yellow Mirror Work Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a blue-and-white vertical striped shirt-style top, black trousers, white backdrop.
    # caption, material, details: adapter
    case(
        "X279-011",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.material(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and striped patterns. Its neckline is lapel. The shirt is with cotton "
            "fabric and striped patterns. Its",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue & White Striped Shirt Style Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white maxi dress with pink and green flowers, short flutter sleeves, no slit, potted plant.
    # adapter: none
    case(
        "X279-012",
        caption("a woman in a white floral dress standing next to a plant"),
        D.wearing("a floral dress"),
        D.color("white"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a long white dress with pink and green flowers"),
        D.details("the dress has a slit on the side", "unsupported"),
        D.material("it is made of a", "cut"),
        title="Women White Floral Print Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in black high-waist mom jeans and a beige cropped sweater, grey backdrop.
    # details: adapter
    case(
        "X279-013",
        caption("a woman in a beige sweater and black jeans"),
        D.wearing("she is wearing a sweater and jeans"),
        D.garment_type("jeans"),
        D.color("blue", "contradiction"),
        is_a("pair of jeans", "yes"),
        D.details(
            "The pants are with denim fabric and solid color patterns. The pants are of long length. The pants are "
            "with denim fabric and solid",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Women Black Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in navy blue leggings under a white short kurti, white backdrop.
    # caption, material: adapter
    case(
        "X279-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and blue leggings"),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        color_leggings("blue"),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline",
            "restated",
            hit_limit=True,
        ),
        title="Women Navy Blue Solid Cotton Lycra Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a teal green georgette saree with a small floral print, black blouse, no jewellery, studio.
    # adapter: none
    case(
        "X279-015",
        caption("a woman in a green sari with a gold necklace", "unsupported"),
        D.wearing("a green saree and black blouse"),
        D.color("black", "other_garment_color"),
        D.pattern("floral"),
        D.material("chiffon"),
        D.details("the saree is green", "restated"),
        D.description("a green saree with a black blouse and a red border", "unsupported"),
        title="Women Teal Green Floral Printed Georgette Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a plain lavender crew-neck sweatshirt and white jeans, white backdrop.
    # caption, details: adapter
    case(
        "X279-016",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a purple sweatshirt and white jeans", "pronoun"),
        D.color("purple"),
        color_pants("purple", "contradiction"),
        D.sleeve_length("long sleeves"),
        neckline("round"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. It has a round neckline. The sweater is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Women Lavender Solid Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black faux leather biker jacket with a zip, plain collar, black top, blue jeans.
    # adapter: none
    case(
        "X279-017",
        caption("a woman in a black leather jacket and jeans"),
        D.wearing("a black leather jacket"),
        D.color("black"),
        D.material("leather"),
        D.details(
            "zipper Question: What is the material of the jacket? Answer: leather",
            "leak",
        ),
        D.description("a black leather jacket with a fur collar", "unsupported"),
        title="Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model on a grey sofa in a navy satin night suit (shirt with white piping and a chest pocket, pyjama).
    # caption, description: adapter
    case(
        "X279-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with satin "
            "fabric and its neckline is lapel. The pants are with satin fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue pajama set"),
        D.color("black", "contradiction"),
        D.material("satin"),
        D.details("white piping on the collar and pocket"),
        color_pants("blue"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with satin "
            "fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Navy Blue Satin Night Suit",
        category="Night Suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a green floral printed kurta set with green pants and a pink dupatta; gota trim on the
    # neckline only, plain sleeves. adapter: none
    case(
        "X279-019",
        caption("a woman in a green kurta with a pink dupatta"),
        D.wearing("a green kurta and pink scarf"),
        D.color("pink", "other_garment_color"),
        color_dupatta("pink"),
        D.pattern("solid", "contradiction"),
        D.material("the fabric is", "cut"),
        D.details("the kurta has gold embroidery on the neckline and sleeves", "unsupported"),
        title="Women Green Floral Printed Rayon Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a red long-sleeve off-shoulder top and blue jeans, white backdrop.
    # caption, description: adapter
    case(
        "X279-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is suspenders. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red off the shoulder top and jeans"),
        D.garment_type("top"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.details("off the shoulder"),
        D.material("the top is red", "restated"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        title="Women Red Off-Shoulder Bardot Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a blue denim shirt dress with buttons down the front and a tan fabric belt, short sleeves.
    # adapter: none
    case(
        "X279-021",
        caption("a woman in a blue denim dress with a belt"),
        D.wearing("a denim dress"),
        D.garment_type("dress"),
        D.color("blue"),
        D.material("denim"),
        D.details("buttons down the front and a belt"),
        D.sleeve_length("short sleeves"),
        title="Women Blue Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in blue straight jeans and a pink tee, white wall with a plant.
    # caption: adapter
    case(
        "X279-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. The pants are with denim fabric. The lady wears a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and blue jeans"),
        D.color("pink", "other_garment_color"),
        color_jeans("blue"),
        D.details("the jeans are blue", "restated"),
        D.material("denim"),
        title="Women Blue Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in white churidar leggings (ruched at the ankle) under a blue kurta, grey backdrop.
    # adapter: none
    case(
        "X279-023",
        caption("a woman in a blue kurta and white leggings"),
        D.wearing("a blue top and white leggings"),
        D.garment_type("kurta", "contradiction"),
        D.color("white"),
        D.material("the leggings are white", "restated"),
        D.details("they are ruched at the ankle"),
        title="Women White Solid Churidar-Length Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: model in a mustard yellow saree with a maroon border and a maroon blouse, cream backdrop.
    # adapter: none
    case(
        "X279-024",
        caption("a woman in a yellow sari posing for a picture"),
        D.wearing("yellow saree"),
        D.color("red", "other_garment_color"),
        color_blouse("red"),
        D.details("a red border"),
        D.material("silk"),
        is_a("saree", "no", "contradiction"),
        title="Women Mustard Yellow Cotton Silk Saree with Contrast Border",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black hooded sweatshirt with white drawstrings and a kangaroo pocket, no logo, black leggings.
    # adapter: none
    case(
        "X279-025",
        caption("a woman wearing a black hoodie and black leggings"),
        D.wearing("a black hoodie with a white logo", "unsupported"),
        D.garment_type("sweatshirt"),
        D.color("black"),
        D.details("a hood and a kangaroo pocket"),
        D.material("wool", "unsupported"),
        title="Women Black Cotton Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a light blue denim jacket over a white midi dress, white backdrop.
    # caption, details: adapter
    case(
        "X279-026",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long-sleeve dress. The jacket is with "
            "denim fabric. The lady wears a long-sleeve jacket with pure color patterns and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a white dress"),
        D.color("white", "other_garment_color"),
        color_jacket("blue"),
        D.material("denim"),
        D.details(
            "The jacket is with denim fabric and solid color patterns. It has a lapel neckline. The jacket is with "
            "denim fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Women Light Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a knee-length sleeveless maroon nightdress with a small white floral print, no robe,
    # standing in a bedroom.
    # adapter: none
    case(
        "X279-027",
        caption("a woman in a red nightgown laying on a bed with a book", "unsupported"),
        D.wearing("a red dress"),
        D.color("red"),
        D.pattern("polka dots", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a red night dress with a matching robe", "unsupported"),
        D.material("it is made of cotton and it is made of cotton", "loop"),
        title="Women Maroon Floral Printed Cotton Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white chikankari embroidered straight kurta, blue jeans, white backdrop.
    # caption, description: adapter
    case(
        "X279-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and jeans"),
        D.color("white"),
        is_a("kurta", "no", "contradiction"),
        D.details("white embroidery"),
        D.material("cotton"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        title="Women White Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a black-and-white horizontal striped short-sleeve top and blue jeans, grey backdrop.
    # adapter: none
    case(
        "X279-029",
        caption("a man in a black and white striped shirt", "pronoun"),
        D.wearing("a striped shirt and jeans"),
        D.color("black"),
        D.pattern("striped"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "stripes Question: What is the color of the shirt? Answer: black and white",
            "leak",
        ),
        title="Women Black & White Striped Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in an emerald green satin slip dress with spaghetti straps, no jewellery, cream wall.
    # caption, material: adapter
    case(
        "X279-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a sleeveless dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("green"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "v-shape neckline. The dress",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.details("spaghetti straps"),
        D.description("a green dress with a gold necklace", "unsupported"),
        title="Women Emerald Green Satin Slip Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in grey wide-leg jeans and a black crop top, cropped at the ankles, white backdrop.
    # adapter: none
    case(
        "X279-031",
        caption("a woman in a black top and grey jeans"),
        D.wearing("a black top and black pants", "contradiction"),
        D.color("black", "other_garment_color"),
        color_jeans("grey"),
        D.details("", "non_answer"),
        D.material("denim"),
        D.description("grey jeans with a black top and white shoes", "unsupported"),
        title="Women Grey Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in black track leggings with white side stripes and a grey tank top, gym with machines behind.
    # adapter: none
    case(
        "X279-032",
        caption("a woman in a grey tank top and black leggings in a gym"),
        D.wearing("he is wearing a grey tank top and black leggings", "pronoun"),
        D.color("black"),
        D.pattern("striped"),
        is_a("pair of leggings", "yes"),
        D.details("white stripes on the sides"),
        D.material("cotton", "unsupported"),
        title="Women Black Side Stripe Polyester Track Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy blue sequinned georgette saree with a silver border, blue sleeveless blouse,
    # dark backdrop.
    # caption, details: adapter
    case(
        "X279-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue saree"),
        D.color("silver", "contradiction"),
        D.material("silk", "unsupported"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. There is an "
            "accessory on her wrist. The dress is",
            "contradiction",
            hit_limit=True,
        ),
        title="Women Navy Blue Sequinned Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink oversized sweatshirt with "PARIS" in white letters, blue jeans, white backdrop.
    # adapter: none
    case(
        "X279-034",
        caption("a woman in a pink sweatshirt with the word paris on it"),
        D.wearing("a pink sweater"),
        D.color("pink"),
        D.pattern("solid", "contradiction"),
        D.details("the word paris in white letters"),
        D.material("fleece"),
        D.description("a pink sweatshirt with the eiffel tower on it", "unsupported"),
        title="Women Pink Typography Printed Oversized Cotton Fleece Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a beige belted trench coat with buttons over a black top and black jeans, no bag, grey backdrop.
    # adapter: none
    case(
        "X279-035",
        caption("a woman in a beige trench coat and black pants"),
        D.wearing("a tan coat"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.details("a belt and buttons"),
        D.material("it is made of", "cut"),
        D.description("a beige trench coat with a belt and a black handbag", "unsupported"),
        title="Women Beige Solid Longline Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a grey tee and grey-and-white checked pyjama pants, white bedroom wall.
    # caption: adapter
    case(
        "X279-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and lattice patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and plaid pajama pants"),
        D.color("grey"),
        D.pattern("checked"),
        D.details("the details of the garment", "non_answer"),
        D.material("cotton"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Grey Checked Cotton Pyjama Set",
        category="Night Suits",
        color="Grey",
    ),
    # photo: model in an indigo blue kurta with white block-printed motifs and an asymmetric hem, white pants, standing
    # before a brown wooden door; no dupatta. adapter: none
    case(
        "X279-037",
        caption("a woman in a blue kurta standing in front of a wooden door"),
        D.wearing("a blue and white kurta"),
        D.color("brown", "contradiction"),
        D.pattern("printed"),
        D.details("it has a asymmetric hem"),
        D.material("cotton"),
        D.description(
            "a blue kurta with white flowers, white pants and a white dupatta",
            "unsupported",
        ),
        title="Women Indigo Blue Ethnic Motifs Printed Asymmetric Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a peach satin long-sleeve wrap top tied at the waist, black trousers, white backdrop.
    # caption, material: adapter
    case(
        "X279-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with satin fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink top and black pants"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.details("a tie at the waist"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with satin fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Peach Satin Wrap Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a red-and-white gingham check mini dress, square neck, short puff sleeves, white backdrop.
    # adapter: none
    case(
        "X279-039",
        caption("a woman in a red and white checkered dress"),
        D.wearing("a red dress"),
        D.color("red"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "the dress has a square neckline and puff sleeves Question: What is the material of the dress? Answer: "
            "cotton",
            "leak",
        ),
        D.material("cotton"),
        title="Women Red & White Gingham Checked Puff Sleeve Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in dark blue bootcut jeans and a white shirt knotted at the waist, red brick wall behind.
    # caption, description: adapter
    case(
        "X279-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and jeans"),
        D.color("black", "contradiction"),
        color_jeans("red", "contradiction"),
        D.details("the jeans have a flared leg"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        title="Women Dark Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in maroon leggings under a beige kurta, grey backdrop. The feed row has no color.
    # adapter: none
    case(
        "X279-041",
        caption("a woman in a beige kurta and red leggings"),
        D.wearing("a beige top and red pants"),
        D.garment_type("leggings"),
        D.color("red"),
        color_leggings("red"),
        D.details("the leggings are red", "restated"),
        D.material(
            "it's made of cotton and spandex and it's made of cotton and spandex",
            "loop",
        ),
        title="Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        gender="Women",
    ),
    # photo: model in a black georgette saree with a red floral print and a narrow red border, black blouse, studio.
    # The feed row has no gender. adapter: none
    case(
        "X279-042",
        caption("a woman in a black sari with red flowers"),
        D.wearing("a black and red saree"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.material("chiffon"),
        D.details("red flowers and a gold border", "unsupported"),
        color_blouse("red", "contradiction"),
        title="Black Floral Printed Georgette Saree",
        category="Sarees",
        color="Black",
    ),
    # photo: model in an olive green zip-up sweatshirt with two pockets, open over a white tee, black joggers.
    # caption: adapter
    case(
        "X279-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The lady wears a long-sleeve "
            "sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green jacket and green pants", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.details("a zipper and two pockets"),
        D.material("the sweatshirt is green", "restated"),
        title="Women Olive Green Solid Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a red hooded polyester puffer jacket (no fur) and black leggings, white backdrop.
    # adapter: none
    case(
        "X279-044",
        caption("a woman in a red puffer jacket"),
        D.wearing("a red jacket and red leggings", "contradiction"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.details("a hood and zipper"),
        D.material("the material of the jacket", "non_answer"),
        D.description("a red jacket with a fur hood", "unsupported"),
        title="Women Red Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: model in a lavender short-sleeve cotton nightdress with a bunny print and white lace at the hem, bed
    # with pillows behind. caption, material: adapter
    case(
        "X279-045",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple night dress"),
        D.color("purple"),
        D.pattern("floral", "contradiction"),
        D.details("a bunny on the front and lace"),
        D.material(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress",
            "restated",
            hit_limit=True,
        ),
        title="Women Lavender Graphic Printed Pure Cotton Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black straight rayon kurta with a gold foil print, black palazzos, grey backdrop.
    # adapter: none
    case(
        "X279-046",
        caption("a woman in a black and gold kurta"),
        D.wearing("a black kurta"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        D.material("silk", "unsupported"),
        D.details("gold print"),
        D.description(
            "a black kurta with gold print and black pants Question: What is the material of the kurta? Answer: silk",
            "leak",
        ),
        title="Women Black Foil Printed Straight Rayon Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
]
