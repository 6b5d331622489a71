"""BLIND_526 (46 products; Myntra men's topwear, bottomwear, ethnic and outerwear on models, experiments' questions):
written blind in the fiftieth session. Measured blind at d46ce42 (the session's rules as they stood): 95/109 failures
found (87.2%) and 3/137 correct texts flagged (2.2%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra-like English feed of men's wear: shirts (formal, checked,
striped, printed, linen, corduroy, flannel, satin), t-shirts (graphic, striped, henley, v-neck, oversized, pocket),
polos, kurtas and a Nehru jacket, jeans, chinos, formal and cargo trousers, shorts, jackets (biker, denim, puffer,
suede bomber), blazers, sweaters and sweatshirts. Every photo is a model wearing the product with other clothes (jeans
under a shirt, a shirt under a sweater, a tee under a jacket), mostly on plain studio backdrops, a few with a wall,
a plant, a stool or festive decor. Questions: the experiments' own ("What is he wearing?", "What is the color of the
shirt / t-shirt / jeans / pants?", "Describe the shirt.", "What are the shirt details?", "What material is the shirt
made of?", each asked of the garment in the photo: kurta, jacket, sweatshirt...) plus enrich's closed garment_type
and color, and here and there pattern, sleeve length and a yes/no "Is this a ...?". The catalog columns are the
seller's title, category, color and gender; a few rows miss the gender, as real feeds do.

Who wrote what: texts come from the untuned base `Salesforce/blip2-opt-2.7b` unless the comment above the case names
an adapter. The base model writes short lowercase texts and stops on its own (never hit_limit); now and then it stops
early mid-phrase, answers with nothing, echoes the question, or runs on into "Question: ... Answer: ...". The
caption adapter (epoch 1 or epoch 3, named per case) writes the DeepFashion template ("The gentleman wears a
long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton fabric ..."), with no hue names,
for a caption and for any question, and runs to its limit (50 new tokens for a caption, 30 for an answer):
hit_limit=True on all of them. The VQA adapter answers open questions with one word repeated to the limit
("red-red-red-...", "sweater sweater ...") and, asked for a caption, writes its own training prompts back
("Question: What cloth is the person wearing? Answer: ..."); hit_limit=True on all of them too. The closed questions
(garment_type, color, pattern, sleeve_length, "Is this a ...?") are enrich's `--engine reference` answers, chosen
from candidate sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal, green for olive, teal or bottle green, red
  for maroon, orange for rust, yellow for mustard, purple for lavender, pink for peach, white for cream, brown or
  beige for khaki and tan, gray or dark gray for charcoal and grey melange. Navy given as black, black given as
  navy, lavender given as blue, mustard given as orange and bottle green corduroy called brown are contradiction.
- The color of a print, a check line, a leaf print or a wall given as the garment's color is contradiction. The
  color of another garment the model wears (the jeans under the shirt, the tee under the jacket, the kurta under the
  Nehru jacket) given to the product, or one garment's color given to another garment of the outfit (the shirt's
  orange for the white trousers), is other_garment_color. Asked the color of a garment that is not the product (the
  jeans on a shirt photo), the right color is correct and a wrong one is judged the same way.
- Garment synonyms are correct in open texts: shirt or jacket for an overshirt, vest for a Nehru jacket, suit for a
  blazer worn with matching trousers, sweater for a crew-neck sweatshirt, hoodie for a hooded sweatshirt, pants or
  trousers for jeans and chinos, polo shirt or t-shirt for a polo, shirt for a henley. A kurta called a dress,
  shorts called jeans and a nehru jacket answered "yes" to "Is this a kurta?" are contradiction. The closed
  garment_type choosing another garment of the outfit (shirt for a trousers product) or a wrong class (shirt for a
  kurta, jeans for chinos, jacket for a pullover hoodie) is contradiction.
- Materials: one the title names is correct (cotton, linen for cotton linen, corduroy, flannel, denim, silk for silk
  blend, leather for faux leather); a plausible guess on a fabric the title does not name (cotton for a plain shirt
  or tee, wool for a knit sweater or a suiting blazer) is correct; silk for a satin-finish party shirt and leather
  for a nylon puffer are unsupported.
- Invented details not in the photo (a logo, a zipper on a pullover hoodie, a watch, a belt, a chest pocket, gold
  buttons, a white collar on a one-color shirt, a front graphic on a plain front) are unsupported. A background prop
  described as part of the garment (the marigold decor as flowers on the kurta) is unsupported.
- Adapter texts: a template that repeats its first sentence is loop; one that stops mid-sentence without repeating
  is cut, even where it invents an accessory first; a template whose garment or sleeves contradict the photo (a
  kurta as "dress", short sleeves as "long-sleeve") is contradiction, hit_limit kept. The template answering the
  material question is restated (it does not answer, though it names a fabric); the template answering a color
  question is non_answer (the template has no color at all). The template answering wearing, describe or details
  does answer them: cut or loop. The VQA adapter's repeated word is loop even where the word is right; its caption
  of training prompts is leak.
- Base texts: an answer stopped mid-phrase ("a black t-shirt and gray") is cut without hit_limit; an empty answer,
  "no" or "i don't know" to the material question, "the details of the shirt", "the pants have details" and "they
  are short" for the shorts' details are non_answer; the question echoed ("describe the shirt") and a material
  question answered with the garment and its color ("a gray sweatshirt") are restated; any text running on into
  "Question: ... Answer: ..." is leak even where its first words are right; "a woman" or "she" for the male model is
  pronoun.
- One kind per text: a text with a wrong pronoun and a right color is pronoun; a leak with a wrong second answer is
  leak.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

material_shirt = question("material_shirt", "What material is the shirt made of?", "open")


def he(text, failure=None, hit_limit=False):
    """The experiments' "What is he wearing?"."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_526 = [
    # photo: model in a white slim-fit formal shirt tucked into navy trousers, plain white backdrop, front view.
    # all base
    case(
        "X526-001",
        caption("a man in a white shirt and blue pants standing in front of a white wall"),
        he("a white shirt and blue pants"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "it is a white button down shirt with a collar"),
        material_shirt("cotton"),
        B.garment_type("shirt"),
        title="Men White Slim Fit Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy shirt with thin white and red checks, one chest patch pocket, worn with beige chinos, grey backdrop.
    # all base
    case(
        "X526-002",
        caption("a man wearing a blue plaid shirt and khaki pants"),
        color_of("shirt", "red", "contradiction", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        he(
            "a plaid shirt and khaki pants Question: what is the color of the shirt? Answer: blue",
            "leak",
        ),
        details("shirt", "it has a pocket on the chest and buttons down the front"),
        B.pattern("checked"),
        B.color("navy blue"),
        title="Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black crew-neck t-shirt with a large white "BROOKLYN" print on the chest, blue ripped jeans, white
    # backdrop. caption, description and material: caption adapter, epoch 3; the rest base
    case(
        "X526-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is crew. The pants are with denim fabric and solid color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        he("a black t-shirt and jeans"),
        color_of("t-shirt", "black", kind="open"),
        describe(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            "restated",
            hit_limit=True,
        ),
        B.garment_type("t-shirt"),
        title="Men Black Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive green solid polo with a two-button placket and no logo, dark blue jeans, model leaning on a
    # grey concrete wall. all base
    case(
        "X526-004",
        caption("a man in a green polo shirt leaning against a wall"),
        he("a green shirt and jeans"),
        color_of("t-shirt", "green", kind="open"),
        is_a("polo shirt", "yes"),
        details(
            "t-shirt",
            "it has a collar and two buttons and a logo on the chest",
            "unsupported",
        ),
        B.color("grey", "contradiction"),
        B.material("cotton"),
        title="Men Olive Green Solid Pure Cotton Polo T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: long maroon straight kurta with mandarin collar and button placket, white churidar, beige backdrop;
    # model with shoulder-length hair. color of the kurta: VQA adapter; the rest base
    case(
        "X526-005",
        caption("a woman in a red kurta standing in front of a wall", "pronoun"),
        he("he is wearing a red kurta and white pants"),
        color_of(
            "kurta",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.color("red"),
        describe("kurta", "it is a long red kurta with a mandarin collar and buttons"),
        title="Men Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: light blue faded slim-fit jeans, model in a plain white t-shirt and white sneakers, grey backdrop.
    # details: caption adapter, epoch 1; the rest base
    case(
        "X526-006",
        caption("a man in a white t-shirt and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        details(
            "jeans",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        B.color("white", "other_garment_color"),
        title="Men Light Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki slim-fit chinos with slant pockets and belt loops, navy polo tucked in, white backdrop.
    # all base
    case(
        "X526-007",
        caption("a man in a blue shirt and khaki pants"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        B.color("beige"),
        B.garment_type("jeans", "contradiction"),
        details("pants", "they have pockets on the side and belt loops"),
        title="Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: charcoal grey single-breasted notch-lapel blazer over a white shirt, matching grey trousers, dark studio
    # backdrop. caption and description: caption adapter, epoch 3; the rest base
    case(
        "X526-008",
        caption(
            "The gentleman wears a long-sleeve jacket with solid color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. The "
            "gentleman wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        he("a grey suit and a white shirt"),
        B.color("grey"),
        describe(
            "blazer",
            "The gentleman wears a long-sleeve jacket with solid color patterns and a long pants. The jacket is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("blazer"),
        B.material("wool"),
        title="Men Charcoal Grey Solid Single-Breasted Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mustard pullover hooded sweatshirt with kangaroo pocket and drawstrings (no zip), black joggers, white
    # backdrop; model with a man bun. all base
    case(
        "X526-009",
        caption("a woman wearing a yellow hoodie and black pants", "pronoun"),
        he("a yellow hoodie"),
        B.color("yellow"),
        B.garment_type("jacket", "contradiction"),
        details("sweatshirt", "it has a hood, a front pocket and a zipper", "unsupported"),
        title="Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white crew-neck t-shirt with thin navy horizontal stripes, blue jeans, white backdrop.
    # wearing: VQA adapter; the rest base
    case(
        "X526-010",
        caption("a man in a striped shirt and jeans"),
        he(
            "t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "white and blue", kind="open"),
        B.color("navy blue", "contradiction"),
        B.pattern("striped"),
        title="Men White & Navy Blue Striped Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: rust orange linen shirt, mandarin collar, sleeves rolled up, white trousers, beige backdrop with a potted
    # plant. material: caption adapter, epoch 1; the rest base
    case(
        "X526-011",
        caption("a man in an orange shirt standing next to a plant"),
        color_of("shirt", "orange", kind="open"),
        color_of("pants", "orange", "other_garment_color", kind="open"),
        material_shirt(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is stand.",
            "restated",
            hit_limit=True,
        ),
        details("shirt", "it has a mandarin collar and the sleeves are rolled up"),
        title="Men Rust Orange Solid Linen Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket with asymmetric zip and two zip pockets, open over a grey t-shirt, black
    # jeans, grey backdrop. all base
    case(
        "X526-012",
        caption("a man in a black leather jacket"),
        he("a black jacket and a gray shirt"),
        B.color("grey", "other_garment_color"),
        details(
            "jacket",
            "it has a zipper and two pockets on the front and a hood",
            "unsupported",
        ),
        B.material("leather"),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy cable-knit crew-neck pullover, a white shirt collar showing at the neck, beige trousers, white
    # backdrop. wearing: VQA adapter; the rest base
    case(
        "X526-013",
        caption("a man wearing a blue sweater over a white shirt"),
        he(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater",
            "loop",
            hit_limit=True,
        ),
        B.color("navy blue"),
        B.material("wool"),
        describe("sweater", "it is a blue sweater with a", "cut"),
        title="Men Navy Blue Cable Knit Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt with a small embroidered chest logo and ribbed cuffs, black jeans,
    # white backdrop. all base
    case(
        "X526-014",
        caption("a man in a gray sweatshirt and black jeans"),
        he("a gray sweater and gray pants", "other_garment_color"),
        B.color("black", "other_garment_color"),
        details("sweatshirt", "it has a small logo on the chest and ribbed cuffs"),
        B.garment_type("sweatshirt"),
        B.material("a gray sweatshirt", "restated"),
        title="Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mid-wash blue denim shorts, model in a white t-shirt with a small print, white backdrop. all base
    case(
        "X526-015",
        caption("a man in a white shirt and denim shorts"),
        he("a white t-shirt and blue jeans", "contradiction"),
        B.garment_type("jeans", "contradiction"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they are short", "non_answer"),
        B.material("denim"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: white chikankari-embroidered cotton kurta, white pyjama, model outdoors against a yellow wall.
    # all base
    case(
        "X526-016",
        caption("a man in a white kurta standing in front of a yellow wall"),
        he("a white kurta and white pants"),
        color_of("kurta", "yellow", "contradiction", kind="open"),
        describe(
            "kurta",
            "it is a white kurta with embroidery on the front Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        B.material("cotton"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: black skinny jeans, model in a red-and-black checked flannel shirt worn open over a white t-shirt,
    # white backdrop. caption: caption adapter, epoch 1; the rest base
    case(
        "X526-017",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns. He wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black", kind="open"),
        color_of("shirt", "red", kind="open"),
        B.color("red", "other_garment_color"),
        title="Men Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: pastel pink formal shirt, all pink including the collar, navy tie, grey trousers, white backdrop.
    # all base
    case(
        "X526-018",
        caption("a man in a pink shirt and tie"),
        he("she is wearing a pink shirt and a blue tie", "pronoun"),
        color_of("shirt", "pink", kind="open"),
        describe("shirt", "it is a pink shirt with a white collar", "unsupported"),
        material_shirt("cotton"),
        title="Men Pink Slim Fit Solid Formal Cotton Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: blue-and-white vertical striped short-sleeve casual shirt, navy shorts, light grey backdrop.
    # color of the shirt: VQA adapter; details and material: caption adapter, epoch 3; the rest base
    case(
        "X526-019",
        caption("a man in a blue and white striped shirt"),
        color_of(
            "shirt",
            "blue and white and blue and white and blue and white and blue and white and blue and white and blue and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with striped patterns and a three-point pants. The shirt is with "
            "cotton fabric and its neckline",
            "contradiction",
            hit_limit=True,
        ),
        material_shirt(
            "The gentleman wears a short-sleeve shirt with striped patterns and a three-point pants. The shirt is with "
            "cotton fabric and",
            "restated",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.sleeve_length("short sleeves"),
        title="Men Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive cargo trousers with flap side pockets, black t-shirt, white backdrop. all base
    case(
        "X526-020",
        caption("a man in a black shirt and green cargo pants"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        he(
            "a black t-shirt and green pants Question: what is the color of the t-shirt? Answer: black",
            "leak",
        ),
        details("pants", "they have pockets on the sides"),
        B.color("olive"),
        B.material("i don't know", "non_answer"),
        title="Men Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: teal solid polo with white tipping on the collar and sleeve hems, beige chinos, white backdrop.
    # all base
    case(
        "X526-021",
        caption("a man in a blue polo shirt and khaki pants"),
        color_of("t-shirt", "green", kind="open"),
        is_a("polo shirt", "yes"),
        details(
            "t-shirt",
            "it has white stripes on the collar and sleeves Question: what is the color of the pants? Answer: khaki",
            "leak",
        ),
        B.pattern("striped", "contradiction"),
        title="Men Teal Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: mid-blue washed denim jacket open over a white hoodie, black jeans, white backdrop.
    # wearing and details: caption adapter, epoch 3; the rest base
    case(
        "X526-022",
        caption("a young man wearing a denim jacket over a white hoodie"),
        he(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "denim fabric and its",
            "cut",
            hit_limit=True,
        ),
        details(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The gentleman wears a "
            "long-sleeve jacket with pure color",
            "loop",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket"),
        B.material("denim"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: black v-neck t-shirt, grey joggers, white backdrop. all base
    case(
        "X526-023",
        caption("a man in a black v-neck t-shirt"),
        he("a black t-shirt and gray", "cut"),
        color_of("t-shirt", "black", kind="open"),
        describe("t-shirt", "it is a black t-shirt with a v neck"),
        B.color("navy blue", "contradiction"),
        title="Men Black Solid V-Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy straight kurta with a small white floral print, mandarin collar, white pyjama, white backdrop.
    # caption: caption adapter, epoch 1; the rest base
    case(
        "X526-024",
        caption(
            "The gentleman wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long-sleeve dress with floral patterns. The dress is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        he("a blue kurta and white pants"),
        color_of("kurta", "blue", kind="open"),
        B.garment_type("shirt", "contradiction"),
        B.pattern("floral"),
        title="Men Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey flat-front formal trousers, light blue shirt tucked in, black belt, white backdrop. all base
    case(
        "X526-025",
        caption("a man in a blue shirt and gray pants"),
        color_of("pants", "gray", kind="open"),
        he(
            "a blue shirt and gray pants Question: what is the color of the belt? Answer: black",
            "leak",
        ),
        B.garment_type("shirt", "contradiction"),
        details("pants", "they have a belt and pockets"),
        title="Men Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: red crew-neck sweatshirt with a large white "NYC" print, blue jeans, white backdrop. all base
    case(
        "X526-026",
        caption("a man in a red sweatshirt with the word nyc on it"),
        he("a red sweatshirt with white letters and blue", "cut"),
        B.color("white", "contradiction"),
        describe("sweatshirt", "", "non_answer"),
        title="Men Red Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # photo: lavender cotton-linen shirt, white chinos, bare wrists, white backdrop. all base
    case(
        "X526-027",
        caption("a man wearing a purple shirt and white pants"),
        color_of("shirt", "purple", kind="open"),
        he("a purple shirt and white pants and a watch", "unsupported"),
        material_shirt("linen"),
        details("shirt", "the details of the shirt", "non_answer"),
        B.color("blue", "contradiction"),
        title="Men Lavender Solid Cotton Linen Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: dark-wash navy straight jeans, black pullover hoodie, white sneakers, white backdrop, no wrist
    # accessory. caption and details: caption adapter, epoch 3; the rest base
    case(
        "X526-028",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory on his "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        B.color("blue"),
        details(
            "jeans",
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        title="Men Navy Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle green quilted nylon puffer jacket with hood and zip, white tee underneath, black jeans, white
    # backdrop. all base
    case(
        "X526-029",
        caption("a man in a green puffer jacket"),
        he("a black jacket and black pants", "contradiction"),
        B.color("green"),
        B.material("leather", "unsupported"),
        title="Men Green Solid Padded Jacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: white full-sleeve henley t-shirt with a three-button placket, olive chinos, beige backdrop. all base
    case(
        "X526-030",
        caption("a man in a white shirt and green pants"),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("t-shirt", "it is a white t-shirt with buttons on the collar"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Men White Solid Henley Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy self-design casual blazer over a white crew-neck t-shirt, beige chinos, white backdrop.
    # caption: caption adapter, epoch 1; wearing: VQA adapter; the rest base
    case(
        "X526-031",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is lapel. The T-shirt is with cotton fabric and its neckline is round. "
            "The pants are",
            "cut",
            hit_limit=True,
        ),
        he(
            "jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        B.garment_type("blazer"),
        color_of("t-shirt", "white", kind="open"),
        title="Men Navy Blue Self-Design Single-Breasted Casual Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: yellow short-sleeve resort shirt with a white and green leaf print, no pocket, white shorts, white
    # backdrop. all base
    case(
        "X526-032",
        caption("a man wearing a yellow shirt with flowers on it"),
        color_of("shirt", "green", "contradiction", kind="open"),
        describe("shirt", "it is a yellow shirt with a floral print and", "cut"),
        B.pattern("floral"),
        details(
            "shirt",
            "it has a collar and buttons on the front and a pocket on the chest",
            "unsupported",
        ),
        material_shirt("cotton"),
        title="Men Yellow Tropical Printed Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: maroon v-neck pullover over a white shirt (collar and cuffs showing), blue jeans, white backdrop.
    # all base
    case(
        "X526-033",
        caption("a man in a red sweater and jeans"),
        he("a red sweater and a white shirt"),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        B.color("maroon"),
        B.garment_type("shirt", "contradiction"),
        title="Men Maroon Solid V-Neck Pullover",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: sky blue oxford button-down shirt, dark navy jeans, model sitting on a wooden stool, white backdrop.
    # all base
    case(
        "X526-034",
        caption("a man sitting on a stool wearing a blue shirt and jeans"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("shirt", "describe the shirt", "restated"),
        material_shirt("cotton Question: what is the color of the jeans? Answer: blue", "leak"),
        title="Men Blue Oxford Button-Down Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black Nehru jacket with black buttons over a white kurta and white pyjama, beige backdrop. all base
    case(
        "X526-035",
        caption("a man in a black vest and white kurta"),
        he("a white kurta and black vest"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket"),
        describe("jacket", "it is a black jacket with gold buttons", "unsupported"),
        is_a("kurta", "yes", "contradiction"),
        title="Men Black Solid Woven Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy zip-front hooded sweatshirt with white drawstrings, open over a grey t-shirt, black jeans, white
    # backdrop. caption: caption adapter, epoch 3; the rest base
    case(
        "X526-036",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt "
            "is with cotton fabric. The pants are with denim fabric and pure color patterns. The gentleman wears a "
            "long-sleeve sweatshirt with",
            "loop",
            hit_limit=True,
        ),
        he("a blue hoodie and a gray shirt"),
        B.garment_type("sweatshirt"),
        B.color("grey", "other_garment_color"),
        details("sweatshirt", "it has a hood with white strings and a zipper"),
        B.material("no", "non_answer"),
        title="Men Navy Blue Solid Hooded Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle green corduroy overshirt with two buttoned chest pockets, open over a cream t-shirt, blue jeans,
    # white backdrop. all base
    case(
        "X526-037",
        caption("a man in a brown corduroy jacket and jeans", "contradiction"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        B.color("green"),
        material_shirt("corduroy"),
        details("shirt", "it has two pockets on the chest and buttons"),
        title="Men Green Corduroy Overshirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: navy chino shorts, no belt, white linen shirt untucked, white sneakers, white backdrop. all base
    case(
        "X526-038",
        caption("a man in a white shirt and black shorts", "contradiction"),
        he("a white shirt and shorts"),
        B.garment_type("shorts"),
        B.color("white", "other_garment_color"),
        details("shorts", "they have a belt", "unsupported"),
        title="Men Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black satin-finish party shirt, black trousers, dark grey backdrop. all base
    case(
        "X526-039",
        caption("a man in a black shirt and black pants"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        describe(
            "shirt",
            "it is a black shirt with a black collar and black buttons and black",
            "cut",
        ),
        material_shirt("silk", "unsupported"),
        title="Men Black Solid Satin Finish Party Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: tan suede bomber jacket with ribbed collar and cuffs, white t-shirt, blue jeans, white backdrop.
    # description and material: caption adapter, epoch 1; wearing: VQA adapter; the rest base
    case(
        "X526-040",
        caption("a man wearing a brown jacket and jeans"),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "leather fabric and its neckline is stand. The",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "leather fabric and its neckline",
            "restated",
            hit_limit=True,
        ),
        he(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        B.color("brown"),
        B.garment_type("jacket"),
        title="Men Tan Brown Solid Suede Bomber Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: peach oversized drop-shoulder t-shirt, plain front, black cargo pants, white backdrop; model with long
    # hair. all base
    case(
        "X526-041",
        caption("a woman wearing a pink t-shirt and black pants", "pronoun"),
        he("a pink t-shirt and black pants"),
        color_of("t-shirt", "pink", kind="open"),
        B.color("peach"),
        describe("t-shirt", "it is a pink t-shirt with a graphic on the front", "unsupported"),
        title="Men Peach-Coloured Solid Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: cream pleated relaxed-fit trousers, black knit polo tucked in, white backdrop.
    # color of the pants: VQA adapter; the rest base
    case(
        "X526-042",
        caption("a man in a black shirt and white pants"),
        color_of(
            "pants",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        details("pants", "the pants have details", "non_answer"),
        B.garment_type("trousers"),
        title="Men Cream-Coloured Pleated Relaxed Fit Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: charcoal heathered t-shirt with a chest pocket, olive shorts, beige backdrop. all base
    case(
        "X526-043",
        caption("a man in a gray t-shirt with a pocket"),
        he("he is wearing a gray t-shirt and gray shorts", "other_garment_color"),
        color_of("t-shirt", "dark gray", kind="open"),
        details("t-shirt", "it has a pocket on the chest"),
        B.material("a gray t-shirt", "restated"),
        B.garment_type("t-shirt"),
        title="Men Charcoal Grey Solid Pocket T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black skinny jeans with knee rips, white shirt, white backdrop; no gender in the feed row. all base
    case(
        "X526-044",
        caption("a man in a white shirt and black ripped jeans"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        he("she is wearing a white shirt and black jeans", "pronoun"),
        details("jeans", "they have holes in the knees"),
        B.color("black"),
        title="Men Black Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: red-and-black buffalo check flannel shirt open over a black t-shirt, grey jeans, white backdrop.
    # caption and color of the t-shirt: caption adapter, epoch 1; the rest base
    case(
        "X526-045",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns. He wears a "
            "long-sleeve",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "red and black", kind="open"),
        color_of(
            "t-shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        B.color("red"),
        material_shirt("flannel"),
        title="Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: mustard silk-blend self-design kurta, white churidar, festive backdrop hung with orange marigold
    # garlands. caption: VQA adapter; the rest base
    case(
        "X526-046",
        caption(
            "Question: What cloth is the person wearing? Answer: dress Question: What cloth is the person wearing? "
            "Answer: dress Question: What cloth is the person",
            "leak",
            hit_limit=True,
        ),
        he("a yellow kurta and white churidar"),
        B.color("orange", "contradiction"),
        B.material("silk"),
        describe("kurta", "it is a yellow kurta with orange flowers", "unsupported"),
        title="Men Mustard Yellow Silk Blend Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
]
