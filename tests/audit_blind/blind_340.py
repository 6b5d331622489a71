"""BLIND_340 (46 products; men's t-shirts and polos, Indian marketplace): written blind in the forty-fourth session.
Measured blind at 6ca75e2 (the session's rules as they stood): 126/146 failures found (86.3%) and 11/191 correct
texts flagged (5.8%). The writer's notes, verbatim:

Scenario: an English catalog feed from an Indian marketplace (Myntra/Flipkart-like) of men's t-shirts and polos:
graphic and typography tees, plain round-neck and V-neck tees, henleys (half and full sleeves), polos (pique, tipped
collars, striped), oversized drop-shoulder tees with back prints, and packs of 2, 3 or 5 tees. Model shots with
jeans (blue, black, white, ripped) or shorts (denim, khaki, beige, black), some against coloured walls, brick walls,
plants or a beach; flat-lays on white, pink, wooden or concrete surfaces with props (watch, sunglasses). Each row has
the seller's title, category, color and gender; a few rows miss the gender or the category.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` writes the captions and the open answers (wearing,
description, details, material, and this set's print question "What is printed on the t-shirt?") unless the
comment over a case says the caption adapter wrote them; it writes short lowercase texts and stops on its own
(never hit_limit), sometimes too early (a cut), sometimes running on into a new "Question: ... Answer:" (leak),
sometimes repeating a phrase a few times before it stops. The caption adapter (DeepFashion template, no hue names,
no end token) runs to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True; asked any
question it returns its template. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece
color questions and the yes/no "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate
sets: never a loop or a cut, but often the wrong candidate (another garment's color, the backdrop's, the trim's).

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, blue for navy, teal or sky blue, green for olive,
  bottle green, teal or mint, yellow for mustard, purple for lavender, grey for charcoal or grey melange, white for
  cream or beige (the base model calls cream white), orange for rust.
- Garment synonyms are correct: shirt or polo for a polo shirt, shirt or t-shirt for a henley, baseball shirt for a
  raglan tee, tee for t-shirt. garment_type "shirt" for a tee worn under an open shirt (the open shirt's class) is
  contradiction; is_a("henley") "no" for a henley is contradiction.
- The color of another garment in the photo (the jeans, the shorts, the open flannel shirt, the shoes) given to the
  product, or the product's color given to the jeans or shorts, is other_garment_color. The color of a backdrop,
  of the print or of the collar tipping given as the garment's color is contradiction. A color no piece in the photo
  has is contradiction.
- Packs: "two t-shirts" for a pack of 3 is contradiction; the reference engine's "multicolor" for a pack is correct.
- Print colors stated as print colors ("the planet is orange and the letters are white" on a navy tee) are correct;
  print words read off the tee ("good vibes") are correct.
- Props really in the photo (sunglasses, a watch on the flat-lay, a cap, a coffee cup, a brick or yellow wall, a
  plant) are correct in captions. A prop answered to the details question ("a watch") is contradiction (an
  accessory answered as the garment). Invented parts (a pocket, a zipper, a hood, a logo where there is none, a
  watch the photo does not show) are unsupported.
- Materials: cotton for any tee or pique polo is correct; the title's fabric ("cotton and linen") is correct; a fabric
  neither named nor visible (silk, linen on a cotton tee, polyester, leather, denim for the tee) is unsupported.
  A material question answered with the garment's name or color ("a black t-shirt", "tie dye") is restated.
- Adapter texts: a text that repeats a sentence (or a whole clause) of the template is loop; one that stops mid-
  sentence without repeating is cut, even where it invented an accessory before the cut; a template returned for
  the material question is restated; a template that names a garment the photo contradicts ("long pants" on a man
  in shorts, "long-sleeve" on a half-sleeve tee) is contradiction, hit_limit kept. The template answering the
  wearing, description or details question does answer it, so those are cut or loop, not restated.
- Base texts: one cut by an early stop ("a white t-shirt with a") is cut without hit_limit; a phrase repeated three
  or more times is loop; "Question: ... Answer: ..." anywhere in it is leak, even after right words. An empty answer,
  "the details of the t-shirt", "a print", "it is a t-shirt" for details are non_answer; "the t-shirt is a t-shirt"
  and a material answered with the color or the garment are restated.
- "she", "her" or "a woman" for a man (all rows are men's wear, long-haired models included) is pronoun.
- The open flannel shirt's chest pocket given as a detail on the tee worn under it (X340-023) is counted correct:
  the pocket is in the photo and the answer names "the shirt", not the tee.
- One failure kind per text, the one the auditor would see first: a leak whose first words carry a wrong color is
  leak; a pronoun answer with right colors is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

printed = question("print", "What is printed on the t-shirt?", "open")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_collar = question("color_collar", "What is the color of the collar?", "closed")

# adapter template pieces (DeepFashion-MultiModal wording)
TEE_GRAPHIC = "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric."
TEE_PURE = "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric."

BLIND_340 = [
    # photo: model in a black round-neck tee with a large white skull print, mid-blue jeans, plain grey backdrop,
    # front view, cropped at the thighs.
    case(
        "X340-001",
        caption("a man in a black t-shirt with a skull on it"),
        D.wearing("a black t-shirt and blue jeans"),
        D.color("black"),
        printed("a skull"),
        color_jeans("blue"),
        D.material("cotton"),
        title="Men Black Skull Graphic Printed Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a plain white crew-neck tee on a light wooden floor, no pocket.
    # caption: adapter
    case(
        "X340-002",
        caption(
            "The T-shirt is short-sleeve with pure color patterns. The T-shirt is with cotton fabric. It has a crew "
            "neckline. The T-shirt is short-sleeve with pure color patterns. The T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.description(
            "a white t-shirt laying on a wooden floor Question: What is the color of the floor? Answer: brown",
            "leak",
        ),
        D.details("the t-shirt has a pocket on the left side", "unsupported"),
        D.material("cotton"),
        D.pattern("striped", "contradiction"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy pique polo with thin white tipping on the collar and cuffs, khaki shorts, standing in
    # front of a white-washed outdoor wall, full body.
    case(
        "X340-003",
        caption("a man in a blue polo shirt and khaki shorts standing in front of a white wall"),
        D.wearing("a blue polo shirt and blue shorts", "other_garment_color"),
        D.color("navy blue"),
        color_shorts("beige"),
        color_collar("white", "contradiction"),
        is_a("polo shirt", "yes"),
        D.details("white stripes on the collar"),
        D.material("silk", "unsupported"),
        title="Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a maroon full-sleeve henley (three-button placket), black jeans, light grey studio backdrop.
    case(
        "X340-004",
        caption("a man wearing a red henley shirt and black jeans"),
        D.wearing("a red shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        is_a("henley", "yes"),
        D.details("buttons on the front"),
        D.description("a red shirt with buttons and buttons and buttons and buttons", "loop"),
        title="Men Maroon Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: back view of a model in a white oversized drop-shoulder tee with a big blue wave and black Japanese
    # lettering printed on the back, light blue jeans, white backdrop.
    # caption: adapter
    case(
        "X340-005",
        caption(
            TEE_GRAPHIC + " It has a crew neckline. The pants this gentleman wears is of long length. The pants are "
            "with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white t-shirt with a blue wave on the back", "pronoun"),
        printed("a wave"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        color_jeans("white", "other_garment_color"),
        D.description("a white t-shirt with a blue and black design on the back of the", "cut"),
        title="Men White Typography Printed Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of three folded plain round-neck tees, black, grey melange and olive, on a white surface.
    case(
        "X340-006",
        caption("three t-shirts on a white background"),
        D.description("two t-shirts, one black and one grey", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("multicolor"),
        is_a("t-shirt", "yes"),
        D.details(
            "the t-shirts have a round neck and short sleeves and a round neck and short sleeves and a round neck",
            "loop",
        ),
        D.material("cotton"),
        D.wearing("", "non_answer"),
        title="Men Pack of 3 Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a grey melange plain tee and black cotton shorts, standing against a bright yellow wall.
    case(
        "X340-007",
        caption("a man in a grey t-shirt and black shorts against a yellow wall"),
        D.wearing("she is wearing a grey t-shirt and black shorts", "pronoun"),
        D.color("grey"),
        color_shorts("black"),
        D.pattern("solid"),
        D.description("a yellow t-shirt", "contradiction"),
        D.material("the t-shirt is grey", "restated"),
        title="Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a green and white horizontally striped polo, mid-blue jeans, city street behind; hands in
    # pockets, no watch visible.
    case(
        "X340-008",
        caption("a man wearing a green and white striped polo shirt and blue jeans and a watch", "unsupported"),
        D.wearing("a striped shirt and jeans"),
        D.pattern("striped"),
        D.color("green"),
        D.sleeve_length("short sleeves"),
        D.details(
            "the polo shirt has a collar and three buttons Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        is_a("polo shirt", "yes"),
        color_jeans("green", "other_garment_color"),
        title="Men Green & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: flat-lay of a mustard oversized drop-shoulder tee on grey concrete; the dropped shoulders make the half
    # sleeves hang low, but they stop above the elbow.
    # description, material: adapter
    case(
        "X340-009",
        caption("a yellow t-shirt laying on the", "cut"),
        D.color("yellow"),
        D.garment_type("t-shirt"),
        D.details("the t-shirt is yellow", "restated"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "The T-shirt is short-sleeve with pure color patterns. The T-shirt is with cotton fabric. It has a crew "
            "neckline. The T-shirt is short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.material(
            TEE_PURE + " It has a crew neckline",
            "restated",
            hit_limit=True,
        ),
        title="Men Mustard Solid Oversized Drop Shoulder T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a black pique polo with a small embroidered white logo on the chest, light blue jeans,
    # sunglasses pushed up on his head, white backdrop.
    case(
        "X340-010",
        caption("a man wearing a black polo shirt and sunglasses"),
        D.wearing("a black polo shirt and blue jeans"),
        D.color("black"),
        color_jeans("black", "other_garment_color"),
        D.details("a small logo on the chest"),
        D.material("polyester", "unsupported"),
        D.description("a black polo shirt with a white logo on the", "cut"),
        title="Men Black Pique Polo T-shirt with Embroidered Logo",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white tee with a multicolour astronaut-on-the-moon print, black jeans, street with parked
    # scooters behind.
    case(
        "X340-011",
        caption("a man in a white t-shirt with an astronaut on it standing on a street with a", "cut"),
        printed("an astronaut"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.wearing("a white t-shirt and black jeans"),
        is_a("t-shirt", "yes"),
        D.details("an astronaut on the moon with a flag and a rocket and a dog", "unsupported"),
        title="Men White Astronaut Graphic Print T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy half-sleeve henley, beige shorts, on a beach with the sea behind.
    # caption: adapter
    case(
        "X340-012",
        caption(
            TEE_PURE + " It has a round neckline. The gentleman wears a three-point shorts. The shorts are with "
            "cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and shorts"),
        D.color("navy blue"),
        is_a("henley", "no", "contradiction"),
        color_shorts("beige"),
        D.material("linen", "unsupported"),
        D.description("a man on the beach", "non_answer"),
        title="Men Navy Blue Solid Henley Neck Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an olive plain round-neck tee, white shorts, green park behind, front view.
    case(
        "X340-013",
        caption("a man in a green t-shirt and white shorts"),
        D.wearing("a green shirt and white", "cut"),
        D.color("olive"),
        color_shorts("green", "other_garment_color"),
        D.description("a green t-shirt with a round neck"),
        D.details("the t-shirt has a zipper on the front", "unsupported"),
        D.material("green", "restated"),
        title="Men Olive Green Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: long-haired model in a red polo, blue jeans, white backdrop.
    case(
        "X340-014",
        caption("a woman in a red polo shirt and blue jeans", "pronoun"),
        D.wearing("a red shirt and jeans"),
        D.color("red"),
        D.garment_type("polo shirt"),
        D.sleeve_length("short sleeves"),
        D.description("her shirt is red with a collar", "pronoun"),
        color_jeans("red", "other_garment_color"),
        D.details("a collar and buttons Question: What color are the jeans? Answer: blue", "leak"),
        title="Men Red Solid Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: flat-lay of a colour-blocked tee, black body with a broad white chest panel, on a white surface.
    case(
        "X340-015",
        caption("a black and white t-shirt"),
        D.color("black"),
        D.pattern("colour block"),
        D.description("a black t-shirt with a white stripe"),
        D.details("the details of the t-shirt", "non_answer"),
        D.material("", "non_answer"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Men Black & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: back view of a model in a light blue oversized tee with a large tiger print on the back, black cargo
    # shorts, white backdrop.
    # wearing: adapter
    case(
        "X340-016",
        caption("a man wearing a blue t-shirt with a tiger on the back of the", "cut"),
        D.wearing(
            TEE_GRAPHIC + " It has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        printed("a tiger"),
        D.color("blue"),
        color_shorts("blue", "other_garment_color"),
        D.sleeve_length("half sleeves"),
        D.details("a tiger on the back of the shirt and a tiger on the front", "unsupported"),
        title="Men Light Blue Tiger Printed Oversized T-shirt",
        category="Tshirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in a white pique polo, navy shorts, standing beside a large potted plant, white wall.
    case(
        "X340-017",
        caption(
            "a man in a white polo shirt standing next to a plant Question: What is the man holding? Answer: nothing",
            "leak",
        ),
        D.color("white"),
        color_shorts("navy blue"),
        D.description("a white polo shirt with a collar"),
        D.details("a white collar and a white collar and a white collar and a white collar", "loop"),
        D.material("the shirt is white", "restated"),
        D.wearing("a white shirt and green pants", "contradiction"),
        title="Men White Solid Polo Collar Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a yellow tee printed "GOOD VIBES" in black letters, blue jeans, white backdrop.
    case(
        "X340-018",
        caption("a man wearing a yellow t-shirt that says good vibes"),
        printed("good vibes"),
        D.color("yellow"),
        D.wearing("a yellow t-shirt with black letters and blue jeans"),
        D.pattern("printed"),
        color_jeans("yellow", "other_garment_color"),
        D.details("good vibes only Question: What is the man wearing? Answer: a yellow shirt", "leak"),
        D.material("yellow", "restated"),
        title="Men Yellow Typography Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: flat-lay of a charcoal full-sleeve henley on a dark wooden table, a steel watch and aviator sunglasses
    # placed beside it.
    case(
        "X340-019",
        caption("a grey shirt with a watch and sunglasses on a wooden table"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("grey"),
        D.description("a grey long sleeve shirt with buttons"),
        D.details("a watch", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("wood", "unsupported"),
        D.wearing("a watch and sunglasses", "contradiction"),
        title="Men Charcoal Grey Solid Henley Full Sleeves T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat-lay of two folded polos side by side, one navy and one white, on a white surface.
    # caption: adapter
    case(
        "X340-020",
        caption(
            "The T-shirt is short-sleeve with pure color patterns. The T-shirt is with cotton fabric. It has a lapel "
            "neckline. The T-shirt is short-sleeve with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel",
            "loop",
            hit_limit=True,
        ),
        D.description("two polo shirts, one blue and one white"),
        D.garment_type("polo shirt"),
        is_a("polo shirt", "yes"),
        D.material("the polo shirts are blue and white", "restated"),
        D.details(
            "the polo shirts have three buttons and a logo Question: What is the color of the logo? Answer: red",
            "leak",
        ),
        title="Men Pack of 2 Solid Polo T-shirts",
        category="Tshirts",
        color="Navy Blue & White",
        gender="Men",
    ),
    # photo: model in a white tee with an all-over green tropical leaf print, beige shorts, on a beach.
    case(
        "X340-021",
        caption("a man in a white shirt with green leaves standing on the beach"),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        color_shorts("beige"),
        D.wearing("a white shirt with leaves and shorts"),
        printed("palm leaves"),
        D.material("the shirt is made of", "cut"),
        is_a("t-shirt", "no", "contradiction"),
        title="Men White Tropical Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a black oversized tee, ripped light blue jeans and red sneakers, red-brick wall behind.
    case(
        "X340-022",
        caption("a man in a black t-shirt and ripped jeans standing in front of a brick wall"),
        D.wearing("a black t-shirt, ripped jeans and red shoes"),
        D.color("red", "other_garment_color"),
        color_jeans("light blue"),
        D.description("a black t-shirt with a hood", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.details("the t-shirt is black", "restated"),
        title="Men Black Solid Oversized Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a plain white crew-neck tee worn under an open red-and-black buffalo-check flannel shirt,
    # black jeans, grey backdrop.
    case(
        "X340-023",
        caption("a man wearing a plaid shirt over a white t-shirt"),
        D.wearing("a red and black plaid shirt, a white t-shirt and black jeans"),
        D.color("red", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        D.pattern("solid"),
        D.description("a white t-shirt under a checkered shirt"),
        D.details("the shirt has a pocket on the chest"),
        D.material("flannel", "unsupported"),
        title="Men White Solid Crew Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a teal pique polo, white shorts, white backdrop, cropped at the knees.
    # details, material: adapter
    case(
        "X340-024",
        caption("a man in a blue polo shirt and white shorts and white shoes", "unsupported"),
        D.color("green"),
        D.details(
            "The T-shirt is short-sleeve with pure color patterns. It has a lapel neckline. The gentleman wears a "
            "three-point shorts. The shorts are",
            "cut",
            hit_limit=True,
        ),
        D.material(
            TEE_PURE + " It has a lapel neckline.",
            "restated",
            hit_limit=True,
        ),
        color_shorts("white"),
        D.wearing("he is wearing a blue polo shirt and white shorts"),
        is_a("polo shirt", "yes"),
        title="Men Teal Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a grey tee with a faded black motorcycle print, dark blue jeans, grey backdrop.
    case(
        "X340-025",
        caption(
            "a man wearing a grey t-shirt with a motorcycle on it Question: what is the man wearing? Answer: a grey "
            "t-shirt",
            "leak",
        ),
        printed("a motorcycle"),
        D.color("grey"),
        D.wearing("a grey t-shirt and jeans"),
        color_jeans("grey", "other_garment_color"),
        D.material("leather", "unsupported"),
        D.details("a motorcycle and a man riding it", "unsupported"),
        title="Men Grey Printed Biker Graphic T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: flat-lay of a lavender plain round-neck tee on a pastel pink paper backdrop.
    case(
        "X340-026",
        caption("a purple t-shirt on a pink background"),
        D.color("pink", "contradiction"),
        D.garment_type("t-shirt"),
        D.description("a purple t-shirt on a pink background on a pink background on a pink background", "loop"),
        D.details("short sleeves and a", "cut"),
        is_a("tank top", "no"),
        D.material("purple", "restated"),
        title="Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in a blue-and-white horizontally striped half-sleeve henley, khaki shorts, white backdrop.
    case(
        "X340-027",
        caption("a man in a blue and white striped shirt and khaki shorts"),
        D.pattern("striped"),
        D.color("blue"),
        is_a("henley", "yes"),
        D.details("buttons and a pocket and buttons and a pocket and buttons and a pocket", "loop"),
        D.material("linen", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.wearing("a blue and white striped shirt and khaki pants", "contradiction"),
        title="Men Blue & White Striped Henley Neck Cotton Blend T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: long-haired bearded model in a black tee with a white guitar and "ROCK N ROLL" print, black jeans, dark
    # grey backdrop.
    case(
        "X340-028",
        caption("a woman with long hair wearing a black t-shirt with a guitar on it", "pronoun"),
        D.wearing("a black t-shirt and black jeans"),
        D.color("black"),
        color_jeans("black"),
        printed("a guitar"),
        D.description("a black t-shirt with a white guitar and the words rock and roll"),
        D.details("a guitar and a guitar and a guitar and a guitar", "loop"),
        D.material("the t-shirt is black and white", "restated"),
        title="Men Black Guitar Graphic Print T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a bottle-green pique polo with yellow tipping on the collar and sleeve hems, white surface.
    case(
        "X340-029",
        caption("a green polo shirt with yellow stripes on the collar"),
        D.color("yellow", "contradiction"),
        D.description("a green polo shirt"),
        D.details("yellow stripes on the collar and sleeves"),
        D.material("polyester", "unsupported"),
        D.garment_type("polo shirt"),
        color_collar("yellow"),
        D.pattern("striped", "contradiction"),
        title="Men Bottle Green Cotton Polo T-shirt with Tipping Detail",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: model in a beige oversized tee, black shorts and a black baseball cap, white backdrop.
    # wearing: adapter
    case(
        "X340-030",
        caption("a man wearing a white t-shirt and a black hat"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The gentleman wears a short-sleeve "
            "T-shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("beige"),
        color_shorts("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the t-shirt", "non_answer"),
        D.description("a white t-shirt with a black hat and a black hat and a black hat", "loop"),
        title="Men Beige Solid Oversized T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a blue, purple and pink tie-dye tee, white shorts, white backdrop.
    case(
        "X340-031",
        caption("a man wearing a tie dye t-shirt and white shorts"),
        D.pattern("printed"),
        D.color("white", "other_garment_color"),
        D.description("a colorful tie dye t-shirt"),
        color_shorts("white"),
        D.material("tie dye", "restated"),
        D.wearing("a tie dye shirt and white shorts Question: What color is the shirt? Answer: blue", "leak"),
        title="Men Blue & Purple Tie-Dye Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a plain white round-neck tee and mid-blue denim shorts, white backdrop.
    case(
        "X340-032",
        caption("a man in a white t-shirt and denim shorts"),
        D.wearing("a white t-shirt and blue denim shorts"),
        D.color("white"),
        D.description("a white t-shirt with a", "cut"),
        color_shorts("blue"),
        D.details("the t-shirt has a v-neck", "contradiction"),
        D.material("the t-shirt is a t-shirt", "restated"),
        title="Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a black polo and white jeans, light grey backdrop.
    case(
        "X340-033",
        caption("a man wearing a black polo shirt and white pants"),
        D.wearing("a black shirt and black pants", "other_garment_color"),
        D.color("black"),
        color_jeans("white"),
        is_a("polo shirt", "yes"),
        D.sleeve_length("short sleeves"),
        D.details("the collar and the buttons"),
        D.description("a black polo shirt with a pocket", "unsupported"),
        title="Men Black Solid Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a rust-orange tee with a sunset-and-palm-trees print in yellow and black, white surface, no
    # person.
    # caption, details: adapter
    case(
        "X340-034",
        caption(
            "The T-shirt is short-sleeve with graphic patterns. The T-shirt is with cotton fabric. It has a round "
            "neckline. There is an accessory on his wrist. There is an accessory in his hand. The T-shirt is short",
            "cut",
            hit_limit=True,
        ),
        D.color("orange"),
        printed("a sunset with palm trees"),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.pattern("graphic"),
        D.material(
            "The T-shirt is short-sleeve with graphic patterns. The T-shirt is with cotton fabric. It has a round "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.wearing(
            TEE_GRAPHIC + " It has a round neckline. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        title="Men Rust Orange Sunset Graphic Printed T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: model in a white full-sleeve henley, black jeans, white backdrop.
    case(
        "X340-035",
        caption("a man in a white henley shirt and black jeans"),
        D.wearing("he is wearing a white long sleeve shirt and black jeans"),
        D.description("her shirt is white with buttons", "pronoun"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        color_jeans("blue", "contradiction"),
        D.material("white", "restated"),
        title="Men White Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a light pink pique polo, grey shorts, outdoor terrace with a white railing.
    # Row misses the gender.
    case(
        "X340-036",
        caption("a man in a pink polo shirt and grey shorts"),
        D.color("white", "contradiction"),
        color_shorts("grey"),
        D.wearing("a pink shirt and shorts"),
        D.details("Question: What are the details of the garment? Answer: a pink polo shirt", "leak"),
        D.material("cotton"),
        D.description("a pink polo shirt with a white collar", "contradiction"),
        title="Men Light Pink Solid Polo T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # photo: model in a navy tee printed with an orange planet and white "SPACE" lettering, mid-blue jeans, white
    # backdrop. Row misses the category.
    case(
        "X340-037",
        caption("a man in a blue t-shirt with a planet on it Question: What is the planet? Answer: saturn", "leak"),
        D.color("navy blue"),
        color_jeans("blue"),
        printed("a planet and the word space"),
        D.pattern("solid", "contradiction"),
        D.wearing("a blue shirt with a planet and jeans"),
        D.details("the planet is orange and the letters are white"),
        D.description("a blue t-shirt with a planet on it and a planet on it and a planet on it", "loop"),
        title="Men Navy Blue Space Graphic Print T-shirt",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay, back view, of a black oversized tee with a large white graphic print (a rose and lettering),
    # grey surface.
    case(
        "X340-038",
        caption("the back of a black t-shirt with a large white print"),
        printed("a print", "non_answer"),
        D.color("black"),
        D.description("a black t-shirt"),
        D.details("it is a t-shirt", "non_answer"),
        D.material("a black t-shirt", "restated"),
        D.pattern("graphic"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white raglan tee with black three-quarter sleeves, blue jeans, white backdrop.
    case(
        "X340-039",
        caption("a man in a white and black baseball shirt"),
        D.color("white"),
        D.sleeve_length("three-quarter sleeves"),
        color_jeans("blue"),
        D.pattern("colour block"),
        D.wearing(
            "a white shirt with black sleeves and a pair of blue jeans and a pair of blue jeans and a pair of", "loop"
        ),
        D.description("a white shirt with black", "cut"),
        title="Men White & Black Raglan Sleeve T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a charcoal pique polo and beige chino shorts sitting at a cafe table, holding a coffee cup; no
    # watch visible (both wrists bare).
    case(
        "X340-040",
        caption("a man in a grey polo shirt holding a cup of coffee"),
        D.wearing("a grey polo shirt, shorts and a watch", "unsupported"),
        D.color("grey"),
        color_shorts("grey", "other_garment_color"),
        D.garment_type("polo shirt"),
        D.details("the polo shirt has two buttons"),
        D.material("coffee", "unsupported"),
        D.description("a grey polo shirt with a", "cut"),
        title="Men Charcoal Solid Polo T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat-lay of five folded round-neck tees fanned out: white, black, navy, grey melange, maroon.
    case(
        "X340-041",
        caption("a stack of t-shirts in different colors"),
        D.description("five t-shirts in white, black, blue, grey and red"),
        D.color("multicolor"),
        D.garment_type("t-shirt"),
        is_a("t-shirt", "yes"),
        D.details("the t-shirts are folded"),
        D.material("cotton"),
        title="Men Pack of 5 Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        color="Multicolour",
        gender="Men",
    ),
    # photo: model in a white tee with an all-over black comic-strip print, black shorts, white backdrop.
    # caption: adapter
    case(
        "X340-042",
        caption(
            TEE_GRAPHIC + " It has a round neckline. The gentleman wears a long pants. The pants are with denim "
            "fabric "
            "and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt with black and white comics and black shorts"),
        D.color("white"),
        color_shorts("black"),
        printed("comics"),
        D.pattern("striped", "contradiction"),
        D.details("comic comic comic comic comic comic comic", "loop"),
        title="Men White Comic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a sky-blue V-neck tee and white jeans, white backdrop.
    case(
        "X340-043",
        caption("a man in a light blue t-shirt and white jeans"),
        D.color("blue"),
        color_jeans("blue", "other_garment_color"),
        D.description("a light blue v-neck t-shirt"),
        D.details("a v-neck"),
        D.material("denim", "unsupported"),
        D.wearing("a light blue shirt and white jeans Question: What is the man holding? Answer: nothing", "leak"),
        title="Men Sky Blue Solid V-Neck T-shirt",
        category="Tshirts",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: flat-lay of a mint green half-sleeve henley (three buttons) on a white surface.
    case(
        "X340-044",
        caption("a green henley t-shirt on a white background"),
        D.color("green"),
        D.description("a light green shirt with three buttons on the", "cut"),
        is_a("henley", "yes"),
        D.sleeve_length("short sleeves"),
        D.material("cotton and linen"),
        D.details("buttons", "non_answer"),
        D.garment_type("tank top", "contradiction"),
        title="Men Mint Green Cotton Linen Henley T-shirt",
        category="Tshirts",
        color="Mint Green",
        gender="Men",
    ),
    # photo: model in a red tee printed "BE YOURSELF" in white, black jeans, white backdrop.
    case(
        "X340-045",
        caption("a man in a red t-shirt that says be yourself"),
        D.wearing("a red t-shirt and black jeans Question: What is the color of the t-shirt? Answer: red", "leak"),
        D.color("red"),
        printed("be yourself"),
        color_jeans("black"),
        D.description("she is wearing a red t-shirt with white letters", "pronoun"),
        D.material("the t-shirt is made of", "cut"),
        title="Men Red Typography Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a navy-and-white striped polo, beige shorts, white backdrop.
    # caption, description: adapter
    case(
        "X340-046",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped polo shirt and beige shorts"),
        D.pattern("striped"),
        D.color("beige", "other_garment_color"),
        color_shorts("beige"),
        D.description(
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
]
