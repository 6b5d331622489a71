"""BLIND_534 (46 products; a Myntra men's night: tees, polos, shirts, kurtas, sweatshirts, jackets and bottoms): written
blind in the fiftieth session. Measured blind at 6f9400c (the session's rules as they stood): 100/122 failures found
(82.0%) and 5/155 correct texts flagged (3.2%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's wear run overnight through enrich's default questionnaire
(caption, garment_type, color, pattern, sleeve_length, material, description, details, wearing), with a few
per-piece color questions and set questions of its own (neckline, collar, print, fit, wash). Products: t-shirts,
polo t-shirts, casual and formal shirts, kurtas, sweatshirts and hoodies, jackets, jeans, chinos, track pants and
shorts from house brands (Roadster, HRX, Mast & Harbour, Here&Now, Highlander, Anouk) and sportswear and high-street
brands (Puma, Nike, Adidas, Levis, Jack & Jones, U.S. Polo Assn.). Every photo shows a male model in a full outfit,
so each photo holds at least one garment that is not the product (the jeans under a tee, the tee under an open
shirt or jacket, the shirt above chinos), often on a plain studio backdrop, sometimes in front of a brick, graffiti
or colored wall or with a prop (a coffee cup, a skateboard, a golf club, a bicycle). Each row carries the seller's
title, category, color and gender; one row misses the gender and one the color, as real feeds do.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` wrote the open answers (wearing, description, details,
material, neckline, collar, print, fit, wash) and most captions: short lowercase texts that stop on their own, never
hit_limit. The caption-only LoRA adapter (epoch 1 or epoch 3, as each comment says) wrote some captions,
descriptions, details and one material answer: the DeepFashion template ("The gentleman wears a long-sleeve shirt
with lattice patterns and a long pants. The shirt is with cotton fabric. It has a lapel neckline. ..."), trained
with no end token, so every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries
hit_limit=True, and any question gets the template back. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece colors and "Is this a ...?") are enrich's `--engine reference` answers, chosen from
candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, indigo or light blue; green for olive; grey for charcoal or grey melange;
  red for maroon; yellow for mustard; purple for lavender; pink for peach; white for cream or off white; beige for
  khaki. Navy answered "black" by the reference engine is contradiction.
- The color of another garment in the photo given to the product (the jeans', the tee's under an open shirt or
  jacket, the joggers' under a hoodie, the shirt's above chinos), or the product's color given to another garment
  (black pants under a black tee, a per-piece question on the jeans answered with the shirt's blue), is
  other_garment_color, in closed and open texts. A color that no garment has (the wall's, the backdrop's, the neon
  light's, the print's given as the garment's color) is contradiction.
- For a bottom, a garment_type naming the top or the jacket in the photo is contradiction, and so is leather for
  jeans worn under a leather jacket (a material the product cannot have). A material of another garment that the
  product could have (denim for chinos under a denim shirt, linen for chinos under a linen shirt) is unsupported:
  nothing names or shows it on the product.
- Garment synonyms are correct: shirt or sweater for a sweatshirt in a caption, hoodie for a hooded sweatshirt,
  sweatpants or pants for track pants and joggers, pants for chinos, pajamas for a pyjama, tank top for a sleeveless
  tee, "polo shirt" for a polo t-shirt, and "yes" to "Is this a t-shirt?" for a polo (Myntra files polos under
  Tshirts). In open texts "shirt" for a kurta is a loose synonym and correct; the closed garment_type "shirt" for a
  kurta, or "shirt" for a henley t-shirt, is contradiction (the engine had the right candidate).
- Patterns: "striped" for track pants with side stripes is correct even though the seller says Solid; "floral" for
  a palm-leaf print is correct; "solid" for a tee with a printed chest slogan is contradiction; "striped" for checks
  is contradiction.
- Rolled-up long sleeves answered "long sleeves" are correct; answered "short sleeves" they are contradiction, as
  are "long sleeves" for an oversized tee's elbow-length sleeves and "short sleeves" for a buttoned-cuff shirt.
- Materials: one the title names (linen, fleece, corduroy, flannel, denim) or a plausible guess on a plain fabric
  (cotton on a tee or shirt, polyester on sportswear, nylon on a puffer) is correct; leather, silk or linen on a
  fabric that shows none of it is unsupported. A material question answered with the garment and its color is
  restated ("a black jacket", "the hoodie is yellow"); an empty answer, "the details of the shirt", "the fit of
  the jeans" and "the wash of the jeans" are non_answer; "the shorts are blue" for the details is non_answer (it
  only names the garment).
- Invented details (a tie, a chest pocket, reflective stripes, a hood, a zipper, gold embroidery, a ripped pocket,
  a Nike logo on an HRX tank, a back pocket on a front view) are unsupported; a prop or wall put on the garment
  ("a bicycle print", "a graffiti design" on a denim jacket) is unsupported too.
- Adapter texts: repeating a template sentence is loop; stopping mid-sentence without a repeat is cut; the template
  for the material question is restated (hit_limit kept). "The lady wears ..." for a man is pronoun even where the
  text also loops or misnames the garment: it is the first thing the auditor reads. The adapter's "sweater" for a
  sweatshirt and "shirt" for a henley are left to the cut or loop.
- A base answer that runs on into "Question: ... Answer: ..." is leak even where its first words are right. A base
  answer stopping on a dangling word ("it is made of", "the shirt has", "... and blue") is cut, without hit_limit.
- "she" or "a woman" for a male model (one long-haired model) is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
collar = question("collar", "What kind of collar does the shirt have?", "open")
printed = question("print", "What is printed on the garment?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")
wash = question("wash", "What is the wash of the jeans?", "open")

BLIND_534 = [
    # photo: model in a navy-and-white checked full-sleeve shirt, sleeves rolled to the elbow, untucked over beige
    # chinos, white studio backdrop, front view, full length.
    # adapter: none
    case(
        "X534-001",
        caption("a man in a blue and white checkered shirt"),
        D.wearing(
            "a blue checkered shirt and khaki pants Question: what is the man holding? Answer: nothing",
            "leak",
        ),
        D.color("navy"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model mid-stride in a plain black running tee with a small white HRX logo on the chest, grey track
    # pants, grey gradient backdrop, front view.
    # caption: adapter, epoch 3
    case(
        "X534-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. It has a crew neckline. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and black pants", "other_garment_color"),
        D.color("black"),
        D.description("a black t-shirt with a white logo on the chest"),
        D.details("the t-shirt has reflective stripes on the sleeves", "unsupported"),
        D.material("polyester"),
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Solid Running T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in light-wash blue slim jeans, a plain white crew-neck tee half tucked in, white sneakers, plain
    # off-white backdrop, front view, full length.
    # caption: adapter, epoch 3
    case(
        "X534-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a crew neckline. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        D.material("denim"),
        title="Levis Men Blue 511 Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a knee-length cream straight kurta with a mandarin collar and a button placket, white
    # churidar, brown mojaris, beige wall with a carved wooden door behind him.
    # description: adapter, epoch 1
    case(
        "X534-004",
        caption("a man in a white kurta standing in front of a wooden door"),
        D.wearing("a white kurta and white pants"),
        D.garment_type("kurta"),
        D.color("white"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.material("linen", "unsupported"),
        title="Manyavar Men Cream-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a grey melange pullover hoodie, hands in the kangaroo pocket, black joggers, light grey
    # studio backdrop, front view.
    # caption, description: adapter, epoch 1
    case(
        "X534-005",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
            "with cotton fabric. The gentleman wears a long-sleeve sweater with pure color patterns and a long "
            "pants. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        D.garment_type("hoodie"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.description(
            "The sweater is with cotton fabric and pure color patterns. It has a hooded neckline. The pants are "
            "with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        title="Puma Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in an olive green polo t-shirt with a small embroidered logo, a two-button placket and no
    # pocket, white chinos, grey backdrop, front view.
    # adapter: none
    case(
        "X534-006",
        caption("a man in a green polo shirt and white pants"),
        D.garment_type("polo shirt"),
        D.color("green"),
        D.details(
            "the polo shirt has a logo on the chest, two buttons and a pocket",
            "unsupported",
        ),
        D.material("a green polo shirt", "restated"),
        is_a("t-shirt", "yes"),
        title="U.S. Polo Assn. Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a black round-neck tee with a large white astronaut graphic on the front, blue jeans, leaning
    # on a red brick wall, front view.
    # adapter: none
    case(
        "X534-007",
        caption("a man in a black t-shirt with an astronaut on it standing in front of a brick wall"),
        D.wearing("a black t-shirt with a white astronaut print and blue jeans"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        printed("an astronaut floating in space"),
        D.material("cotton Question: what is the color of the t-shirt? Answer: black", "leak"),
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a plain white formal shirt with a spread collar, tucked into grey trousers, brown belt, no
    # tie, plain white backdrop, front view.
    # caption, details: adapter, epoch 3
    case(
        "X534-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. "
            "The trousers",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black tie", "unsupported"),
        D.color("white"),
        collar("a spread collar"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Allen Solly Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in khaki slim chinos with the hems rolled once, an untucked navy crew-neck tee, white sneakers,
    # plain backdrop, front view, full length.
    # caption: adapter, epoch 1
    case(
        "X534-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are "
            "with cotton fabric. The gentleman wears a short-sleeve T-shirt with pure color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("navy", "other_garment_color"),
        color_pants("beige"),
        D.wearing("a navy blue t-shirt and khaki chinos"),
        D.material("denim", "unsupported"),
        title="Mast & Harbour Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: model running on an outdoor track in black above-knee running shorts and a grey tee, running shoes,
    # front view.
    # adapter: none
    case(
        "X534-010",
        caption("a man running on a track in black shorts and a grey shirt"),
        D.garment_type("shorts"),
        D.color("grey", "other_garment_color"),
        D.wearing("a grey t-shirt and black shorts"),
        D.details(
            "the shorts have a zip pocket on the back and a reflective logo",
            "unsupported",
        ),
        D.material("the shorts are made of", "cut"),
        title="Nike Men Black Dri-FIT Challenger Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: model in an olive bomber jacket worn open over a plain white tee, black jeans, grey backdrop, front
    # view.
    # caption, description: adapter, epoch 1
    case(
        "X534-011",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. It has a stand neckline. The pants are with denim fabric and pure color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket, a white t-shirt and black jeans"),
        D.color("white", "other_garment_color"),
        color_jacket("green"),
        D.description(
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "cotton fabric and pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        title="WROGN Men Olive Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model seated on a wooden stool in an indigo cotton kurta with small white block-printed flowers and a
    # mandarin collar, white pyjama, whitewashed wall with a potted plant.
    # adapter: none
    case(
        "X534-012",
        caption("a man in a blue kurta sitting on a stool"),
        D.wearing(
            "a blue shirt and white pants Question: what is the man sitting on? Answer: a stool",
            "leak",
        ),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.pattern("printed"),
        D.details("the kurta has white flowers printed all over it and a mandarin collar"),
        title="Fabindia Men Indigo Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Indigo",
        gender="Men",
    ),
    # photo: model in a charcoal grey crew-neck sweatshirt, blue jeans, leaning against a red brick wall, front
    # view.
    # description: adapter, epoch 1
    case(
        "X534-013",
        caption("a man in a grey sweater leaning against a brick wall"),
        D.wearing("a red sweatshirt and blue jeans", "contradiction"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
            "with cotton fabric. It has a crew neckline. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        title="Jack & Jones Men Charcoal Grey Solid Slim Fit Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a maroon polo t-shirt (no pocket) and black jeans, holding a paper coffee cup, cafe interior
    # behind him, front view.
    # adapter: none
    case(
        "X534-014",
        caption("a man holding a cup of coffee in a maroon shirt"),
        D.color("red"),
        D.wearing("a maroon polo shirt and black jeans"),
        D.details(
            "the polo shirt has a collar, buttons and a pocket on the chest",
            "unsupported",
        ),
        D.description(
            "a maroon polo shirt with a collar Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        is_a("polo shirt", "yes"),
        title="Here&Now Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a blue-and-white vertically striped shirt worn open over a plain white tee, grey jeans, white
    # backdrop, front view.
    # caption: adapter, epoch 3
    case(
        "X534-015",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long-sleeve shirt with striped patterns "
            "and a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt over a white t-shirt and grey jeans"),
        D.color("blue"),
        D.pattern("striped"),
        color_jeans("blue", "other_garment_color"),
        D.details("the shirt has", "cut"),
        title="Highlander Men Blue & White Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a colour-blocked hooded sweatshirt (yellow body and hood, navy sleeves), black track pants,
    # white backdrop, front view.
    # adapter: none
    case(
        "X534-016",
        caption("a man in a yellow and blue hoodie"),
        D.wearing("a yellow and black hoodie and black pants", "other_garment_color"),
        D.color("yellow"),
        D.pattern("colour block"),
        D.description("a yellow hoodie with blue sleeves and a kangaroo pocket"),
        D.material("the hoodie is yellow", "restated"),
        title="Campus Sutra Men Yellow & Navy Blue Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: model in black track pants with three white stripes down each side and a visible drawstring, a white
    # tee with a small logo, white sneakers, plain backdrop, full length.
    # caption: adapter, epoch 1
    case(
        "X534-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a crew neckline. The pants are with cotton fabric and striped patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("track pants"),
        D.color("black"),
        D.pattern("striped"),
        D.details("the track pants have three white stripes down the side and a drawstring waist"),
        D.material("the pants are black", "restated"),
        title="Adidas Men Black Solid Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model on a golf course holding a club, in a navy polo t-shirt with a navy collar and a small white
    # logo, white shorts, side-front view.
    # description: adapter, epoch 3
    case(
        "X534-018",
        caption("a man holding a golf club on a golf course"),
        D.color("black", "contradiction"),
        D.garment_type("polo shirt"),
        D.wearing("a blue shirt and white shorts"),
        D.details("the shirt has a white logo on the chest and a white collar", "unsupported"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric. The gentleman wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        title="Louis Philippe Sport Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a light blue formal shirt (no tie) under an open navy blazer, grey trousers, blurred office
    # backdrop, front view, cropped at the thighs.
    # adapter: none
    case(
        "X534-019",
        caption("a man in a suit and tie standing in an office", "unsupported"),
        D.wearing("a blue shirt, a navy blazer and grey pants"),
        D.garment_type("jacket", "contradiction"),
        D.color("light blue"),
        collar("a white collar", "contradiction"),
        D.material("cotton"),
        title="Peter England Men Light Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a mid-blue washed denim trucker jacket with two flap chest pockets, worn over a black hoodie,
    # black jeans, in front of a graffiti-covered wall, front view.
    # description: adapter, epoch 3
    case(
        "X534-020",
        caption("a man in a denim jacket standing in front of a graffiti wall"),
        D.wearing("a denim jacket over a black hoodie and black jeans"),
        D.color("blue"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "denim fabric. It has a lapel neckline. The gentleman wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the jacket has two chest pockets with buttons and a graffiti design",
            "unsupported",
        ),
        title="Roadster Men Blue Washed Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a white oversized drop-shoulder tee with small black "STAY WEIRD" text on the chest, black
    # cargo pants, grey backdrop, front view.
    # adapter: none
    case(
        "X534-021",
        caption("a man in a white t-shirt and black pants"),
        D.color("white"),
        D.pattern("solid", "contradiction"),
        printed("stay weird"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.wearing(
            "a white shirt with black pants Question: what is the man wearing on his feet? Answer: sneakers",
            "leak",
        ),
        title="Difference of Opinion Men White Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a plain mustard yellow straight kurta and white churidar, marigold garlands and brass diyas
    # behind him, front view, full length.
    # caption: adapter, epoch 3
    case(
        "X534-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and yellow pants", "other_garment_color"),
        D.color("yellow"),
        color_pants("white"),
        D.garment_type("kurta"),
        D.details("the kurta has gold embroidery on the collar", "unsupported"),
        title="Anouk Men Mustard Yellow Solid Straight Kurta with Churidar",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in black skinny jeans, a grey printed tee, an open black leather biker jacket, black boots, dark
    # studio backdrop, front view, full length.
    # adapter: none
    case(
        "X534-023",
        caption("a man in a leather jacket and black jeans"),
        D.garment_type("jacket", "contradiction"),
        D.color("black"),
        D.wearing("a black leather jacket, a grey t-shirt and black jeans"),
        fit("the fit of the jeans", "non_answer"),
        D.material("leather", "contradiction"),
        title="Jack & Jones Men Black Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: back view of a model in light-fade blue tapered jeans with a brown leather waist patch and two back
    # pockets, white tee, plain backdrop.
    # description: adapter, epoch 3
    case(
        "X534-024",
        caption("the back of a man in blue jeans"),
        D.details("the jeans have a brown leather patch on the back and two back pockets"),
        D.color("blue"),
        D.wearing("a white t-shirt and blue jeans"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt "
            "is with cotton fabric. It has a crew neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        title="Flying Machine Men Blue Slim Tapered Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model on a beach in a white-and-navy horizontally striped crew-neck tee and beige shorts, blue sky and
    # sea behind, front view.
    # caption, description: adapter, epoch 1
    case(
        "X534-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. It has a crew neckline. The shorts are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("navy"),
        D.pattern("striped"),
        D.wearing("a striped shirt and shorts"),
        D.description(
            "The T-shirt is with cotton fabric and striped patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and striped patterns. It has",
            "loop",
            hit_limit=True,
        ),
        color_shorts("blue", "other_garment_color"),
        title="Tommy Hilfiger Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in olive slim chinos, an untucked white linen shirt, brown loafers, large tropical plant beside
    # him, front view, full length.
    # adapter: none
    case(
        "X534-026",
        caption("a man in a white shirt and green pants standing next to a plant"),
        D.color("white", "other_garment_color"),
        color_pants("green"),
        D.garment_type("pants"),
        D.wearing("a white shirt and olive pants"),
        D.details("the pants have two side pockets and a", "cut"),
        D.material("linen", "unsupported"),
        title="Highlander Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a brown corduroy shirt with two flap chest pockets, cuffs buttoned, blue jeans, tan backdrop,
    # front view.
    # adapter: none
    case(
        "X534-027",
        caption("a man in a brown shirt and jeans"),
        D.material("corduroy"),
        D.color("brown"),
        D.details("the shirt has two flap pockets on the chest and buttons on the cuffs"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.wearing("a brown jacket and blue jeans", "contradiction"),
        title="Mufti Men Brown Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: model in a gym in a black sleeveless training tee with a small white HRX logo and grey shorts, lifting
    # a dumbbell, dumbbell rack behind, front view.
    # adapter: none
    case(
        "X534-028",
        caption("a man lifting a dumbbell in a gym"),
        D.sleeve_length("sleeveless"),
        D.wearing("a black tank top and grey shorts"),
        D.details("the shirt has a white nike logo on the chest", "unsupported"),
        D.color("grey", "other_garment_color"),
        D.material("the material is polyester Question: what is the", "leak"),
        title="HRX by Hrithik Roshan Men Black Solid Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a bottle green kurta with a small white floral print, beige trousers, standing beside a vintage
    # bicycle in a lane, front view.
    # description: adapter, epoch 3
    case(
        "X534-029",
        caption("a man in a green shirt standing next to a bicycle"),
        D.pattern("floral"),
        D.wearing("a green floral shirt and khaki pants"),
        D.garment_type("kurta"),
        D.description(
            "The gentleman wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with "
            "cotton fabric. It has a stand neckline. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("the kurta has a bicycle print", "unsupported"),
        title="See Designs Men Green Floral Printed Straight Kurta",
        color="Green",
        gender="Men",
    ),
    # photo: model in a red-and-black buffalo checked flannel shirt worn open over a plain black tee, black jeans,
    # log-cabin wall behind, front view.
    # caption, details: adapter, epoch 3
    case(
        "X534-030",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.wearing("a red and black plaid shirt over a black t-shirt and jeans"),
        D.material("flannel"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It has",
            "loop",
            hit_limit=True,
        ),
        color_tshirt("red", "other_garment_color"),
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a navy crew-neck tee with a small red batwing logo on the chest (no pocket), blue jeans,
    # white backdrop, front view.
    # adapter: none
    case(
        "X534-031",
        caption("a man in a blue t-shirt and jeans"),
        D.color("blue"),
        D.wearing("a blue shirt and blue jeans"),
        D.details("there is a red logo on the chest and a pocket", "unsupported"),
        D.description(
            "a blue t-shirt Question: What is the color of the t-shirt? Answer: blue",
            "leak",
        ),
        title="Levis Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in black fleece joggers with ribbed cuffs and a drawstring, white hoodie, skateboard under his
    # arm, concrete skatepark, front view, full length.
    # adapter: none
    case(
        "X534-032",
        caption("a man holding a skateboard at a skate park"),
        D.wearing("a white hoodie and white sweatpants", "other_garment_color"),
        D.garment_type("track pants"),
        D.color("white", "other_garment_color"),
        D.material("fleece"),
        title="Nike Men Black Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: long-haired male model with a bun in a lavender oversized tee and white shorts, pastel pink backdrop,
    # front view.
    # adapter: none
    case(
        "X534-033",
        caption("a woman in a purple t-shirt and white shorts", "pronoun"),
        D.color("purple"),
        D.wearing("she is wearing a purple t-shirt and white shorts", "pronoun"),
        D.sleeve_length("short sleeves"),
        D.garment_type("t-shirt"),
        D.description("a pink t-shirt", "contradiction"),
        D.material("cotton"),
        title="Bewakoof Men Lavender Solid Oversized Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in a black zipped-up puffer jacket without a hood, grey jeans, grey beanie, snowy mountains
    # behind, front view.
    # caption: adapter, epoch 1
    case(
        "X534-034",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. There is a hat in his head. The pants are with denim fabric and pure color patterns. It",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket, a grey hat and jeans"),
        D.color("black"),
        D.garment_type("jacket"),
        D.details("the jacket has a hood and a zipper", "unsupported"),
        D.material("a black jacket", "restated"),
        title="Puma Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model seated on a park bench in beige chinos, a light blue denim shirt tucked in, brown belt, brown
    # shoes, front view.
    # adapter: none
    case(
        "X534-035",
        caption("a man sitting on a bench in a blue shirt and beige pants"),
        D.color("blue", "other_garment_color"),
        color_pants("brown", "contradiction"),
        D.wearing("a blue shirt, a brown belt and khaki pants"),
        D.garment_type("pants"),
        D.material("denim", "unsupported"),
        title="Dennis Lingo Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a navy crew-neck sweatshirt with white varsity text "BROOKLYN NYC" across the chest, beige
    # chinos, city street behind, front view.
    # caption, material: adapter, epoch 3
    case(
        "X534-036",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with "
            "cotton fabric. It has a crew neckline. The pants are with cotton fabric and pure color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.pattern("graphic"),
        printed("brooklyn"),
        D.wearing("a blue sweatshirt that says brooklyn and khaki pants"),
        D.material(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with "
            "cotton fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model on a beach in blue shorts with a palm-leaf print and an open white linen shirt, palm trees
    # behind, front view.
    # adapter: none
    case(
        "X534-037",
        caption("a man on the beach in a white shirt and blue shorts"),
        D.pattern("floral"),
        D.wearing("a white shirt and floral shorts"),
        D.details("the shorts are blue", "non_answer"),
        D.material("", "non_answer"),
        title="Kook N Keech Men Blue Tropical Printed Regular Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model on a tennis court holding a racket, in a white polo t-shirt with navy tipping on the collar and a
    # small logo, navy chinos, front view.
    # adapter: none
    case(
        "X534-038",
        caption("a man holding a tennis racket on a tennis court"),
        D.color("white"),
        D.wearing("a white polo shirt and white pants", "other_garment_color"),
        D.details("the collar has blue stripes and there is a logo on the chest"),
        D.material("the polo shirt is white", "restated"),
        D.description("a white polo shirt with a blue collar and blue", "cut"),
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt with Tipping",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a short-sleeve black camp-collar shirt with a pink hibiscus print, white shorts, by a pool,
    # front view.
    # caption: adapter, epoch 1
    case(
        "X534-039",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns and a three-point shorts. The shirt is "
            "with cotton fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color "
            "patterns. The shirt is",
            "cut",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.wearing("a black floral shirt and white shorts"),
        collar("a cuban collar"),
        D.material("silk", "unsupported"),
        title="Mast & Harbour Men Black Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white kurta with white chikankari thread embroidery on the front, white pyjama, against a
    # sunlit yellow wall, front view.
    # adapter: none
    case(
        "X534-040",
        caption("a man in a white kurta standing against a yellow wall"),
        D.color("yellow", "contradiction"),
        D.pattern("embroidered"),
        D.wearing("a white kurta and white pajamas"),
        D.details("the kurta has white embroidery on the front"),
        D.description("a white kurta with yellow embroidery", "contradiction"),
        D.material("cotton"),
        title="Anouk Men White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: model in a grey long-sleeve henley tee (three-button placket, no collar), olive cargo pants, forest
    # behind, front view.
    # caption, description: adapter, epoch 3
    case(
        "X534-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and green pants"),
        D.garment_type("shirt", "contradiction"),
        neckline("henley"),
        D.color("grey"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Grey Solid Henley Neck Long Sleeve T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in grey denim shorts with a frayed hem (pockets intact), a maroon tee, sunglasses, bare wrists,
    # red brick wall behind, front view.
    # adapter: none
    case(
        "X534-042",
        caption("a man in a maroon t-shirt and denim shorts"),
        D.color("maroon", "other_garment_color"),
        D.garment_type("shorts"),
        D.material("denim"),
        D.details("the shorts have a frayed hem and a ripped pocket", "unsupported"),
        D.wearing("a red shirt, grey shorts, sunglasses and a watch", "unsupported"),
        title="Roadster Men Grey Washed Denim Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a black pullover hoodie (no zip) with a white skull graphic, hood up, black jeans, dark
    # backdrop lit with pink and blue neon, front view.
    # adapter: none
    case(
        "X534-043",
        caption("a man in a black hoodie with a skull on it"),
        D.color("black"),
        D.pattern("graphic"),
        D.wearing("a black hoodie and black pants"),
        D.description("a black hoodie with a pink skull", "contradiction"),
        D.details("the hoodie has a skull on the front and a zipper", "unsupported"),
        title="The Souled Store Men Black Skull Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # photo: model in a peach pure-linen shirt with a chest pocket, sleeves rolled up, white chinos, beige backdrop,
    # front view.
    # adapter: none
    case(
        "X534-044",
        caption("a man in a pink shirt and white pants"),
        D.color("pink"),
        D.wearing("a pink shirt and white pants"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("linen"),
        D.details("the details of the shirt", "non_answer"),
        D.description(
            "a peach colored shirt with a pocket Question: what is the man wearing? Answer: a peach shirt",
            "leak",
        ),
        title="Allen Solly Men Peach Slim Fit Pure Linen Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: model in dark-wash blue jeans, an untucked light blue shirt, white sneakers, looking at his phone, blank
    # backdrop, front view, full length.
    # details: adapter, epoch 1
    case(
        "X534-045",
        caption("a man in a blue shirt and jeans looking at his phone"),
        D.color("light blue", "other_garment_color"),
        D.garment_type("jeans"),
        D.wearing("a blue shirt and dark blue jeans"),
        wash("the wash of the jeans", "non_answer"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        title="Indian Terrain Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: model in a black straight kurta and white pyjamas, sandstone haveli arches behind, front view, full
    # length.
    # adapter: none
    case(
        "X534-046",
        caption("a man in a black kurta and white pajamas"),
        D.color("black"),
        color_pants("black", "other_garment_color"),
        D.wearing("a black kurta with white pajamas"),
        D.garment_type("kurta"),
        D.material("a black kurta", "restated"),
        D.details("", "non_answer"),
        title="House of Pataudi Men Black Solid Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
]
