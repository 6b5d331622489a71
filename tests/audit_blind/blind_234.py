"""BLIND_234 (46 products; men's and women's topwear and bottomwear model shots, default questionnaire): written blind
in the forty-first session. Measured blind at bb6341b (the session's rules as they stood): 98/126 failures found
(77.8%) and 3/161 correct texts flagged (1.9%). The writer's notes, verbatim:

Scenario: a random night of a Myntra-like English catalog feed of men's and women's topwear and bottomwear
(t-shirts, shirts, tops, kurtas, sweatshirts, jackets, jeans, trousers, track pants, shorts), all model shots in
which the model wears other garments too (jeans under a t-shirt, a tee under a jacket, a tucked-in shirt over
trousers, palazzos under a kurta), on studio backdrops, brick or plain walls, and a few outdoor shots. Each product
has the seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do. Only
enrich's default questionnaire is asked (wearing, garment_type, color, pattern, sleeve_length, description, details,
material); not every question is stored for every product.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in
a blue shirt and jeans") or the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The
gentleman wears a short-sleeve T-shirt with pure color patterns ..."). The adapter has no end-of-answer token, so
every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True; asked a
question, it returns its template. The comment before each case names the texts the adapter wrote; every other open
answer is the base model's, which stops on its own (never hit_limit). The closed questions (garment_type, color,
pattern, sleeve_length) are enrich's `--engine reference` answers chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- The product is the garment the seller lists; "the garment" in a question means it. The color of another garment
  worn in the photo (the jeans under a listed t-shirt, the tee under a listed jacket) given as the product's color,
  by the reference engine or by an open answer, is other_garment_color. A print's or trim's color given as the
  garment's color (orange for a black tee with an orange skull, red for a white top with red flowers) is
  contradiction, and so is a color no piece in the photo has.
- Shade words count as correct: blue for navy, red for maroon, green for olive, sea green or teal, yellow for
  mustard, pink for peach, purple for lavender, grey for charcoal or grey melange, white for off white, khaki for
  beige. Mustard answered "orange" is contradiction.
- Garment synonyms count as correct: hoodie for a hooded sweatshirt, sweatpants or joggers for track pants, polo
  shirt for a polo t-shirt, chinos or pants for trousers, "long shirt" for a kurta, sweater for a sweatshirt in the
  adapter's template, shirt or tank top for a top the model wears with the product. A kurta called a dress (by the
  base model, the adapter or the engine) is contradiction; so are jeans for track pants and "short pants" for
  full-length track pants.
- Describing another garment in the photo as the product (the shirt worn over listed jeans, the outer checked shirt
  for a listed t-shirt) is contradiction; the engine picking that garment's type or pattern is contradiction too.
- Materials: one the title names is correct (faux leather as "leather"); "cotton" for jeans is correct (denim is a
  cotton twill), and a plausible guess on a fabric the title leaves open (cotton on a tee, nylon on a puffer) is
  correct. A material that contradicts the title (silk for a pure cotton kurta) is contradiction; one neither named
  nor visible (silk, wool, leather or denim on a plain cotton-look garment) is unsupported.
- Invented details not in the photo (a pocket, a hood, a zipper, a fur collar, a belt, jewellery, a dupatta, a hat,
  a bow tie, a logo, a chain, shoes on a photo cropped at the knees, holes on clean jeans, cuffs on a plain hem, a
  print other than the one shown) are unsupported.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated (even where it names a fabric).
  Where the template misnames the product itself (a kurta as a dress, track pants as short pants), the misnaming is
  what the auditor sees first: contradiction, hit_limit kept. An accessory invented by a template that is then cut
  is labelled cut. The template answering "What is the person wearing?" or the details question does answer it, so
  those are cut or loop.
- A base answer cut short by an early stop ("it is made of") is cut, without hit_limit. An empty answer, "the details
  of the kurta", "the shorts are short", "the shirt is a shirt", a description that is only the garment's name
  ("shorts", "the top") are non_answer; a material answer that names only the garment and its color, or restates
  the question, is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he"/"a man" for a woman, "she" for a man, is pronoun.
- Quilting read as "striped" is contradiction; side stripes on track pants read as "striped" are correct; rolled-up
  long sleeves answered "long sleeves" are correct; a short flutter sleeve answered "sleeveless" is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case

BLIND_234 = [
    # photo: man in a navy blue round-neck t-shirt, light blue jeans, plain grey studio backdrop, front view.
    # caption: adapter
    case(
        "X234-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a blue t-shirt and blue jeans Question: What is the color of the t-shirt? Answer: blue",
            "leak",
        ),
        D.color("blue"),
        D.pattern("solid"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Men Navy Blue Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mustard yellow top with ruffled short sleeves, white jeans, white studio, front view.
    # adapter: none
    case(
        "X234-002",
        caption("a woman in a yellow top and white jeans"),
        D.wearing("a yellow top and white pants"),
        D.color("white", "other_garment_color"),
        D.description("an orange top with ruffled sleeves", "contradiction"),
        D.details("the top has a bow on the back", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Solid Ruffle Sleeve Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in blue slim fit jeans with light whiskering, a white full-sleeve shirt tucked in, white studio.
    # adapter: none
    case(
        "X234-003",
        caption("a man in a white shirt and blue jeans"),
        D.wearing("she is wearing a white shirt and blue jeans", "pronoun"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.description("a white shirt with a collar", "contradiction"),
        D.details("the jeans are faded on the front and", "cut"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a maroon straight kurta with gold ethnic-motif print, three-quarter sleeves, white palazzos,
    # beige wall with a potted plant. caption: adapter
    case(
        "X234-004",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The pants are with cotton fabric and pure color patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red kurta with gold print and a red dupatta", "unsupported"),
        D.garment_type("kurta"),
        D.color("red"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("gold print on the front and the sleeves"),
        title="Women Maroon & Golden Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a grey melange pullover hooded sweatshirt with a kangaroo pocket, black joggers, white studio.
    # adapter: none
    case(
        "X234-005",
        caption("a man wearing a grey hoodie and grey pants", "contradiction"),
        D.garment_type("sweatshirt"),
        D.color("black", "other_garment_color"),
        D.description("a grey hoodie with a front pocket"),
        D.details("the hoodie has a zipper on the front", "unsupported"),
        D.material("fleece"),
        title="Men Grey Melange Solid Hooded Fleece Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in black skinny jeans (clean look), white crop top, white sneakers, light grey backdrop.
    # adapter: none
    case(
        "X234-006",
        caption("a woman in a white top and black jeans"),
        D.wearing("a white shirt and black jeans"),
        D.color("black"),
        D.pattern("solid"),
        D.description("blue skinny jeans", "contradiction"),
        D.details("the jeans have a hole in the knee", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in a blue and white checked full-sleeve shirt, buttoned, beige chinos, white studio, front view.
    # caption, details: adapter
    case(
        "X234-007",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves"),
        D.description("a blue and white striped shirt", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a lavender sweatshirt with "GOOD VIBES" printed in white on the chest, blue jeans, pink
    # backdrop. adapter: none
    case(
        "X234-008",
        caption("a woman wearing a purple sweatshirt with a text on it"),
        D.wearing("he is wearing a purple sweatshirt and jeans", "pronoun"),
        D.color("blue", "other_garment_color"),
        D.pattern("printed"),
        D.details('the sweatshirt has the words "good vibes" on it'),
        D.material(
            "the sweatshirt is made of cotton and polyester Question: What is the pattern of the sweatshirt? Answer: "
            "printed",
            "leak",
        ),
        title="Women Lavender Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in an olive green bomber jacket (nylon look, ribbed collar, no hood) open over a white t-shirt,
    # black jeans, grey studio. caption: adapter
    case(
        "X234-009",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a green jacket", "pronoun"),
        D.color("white", "other_garment_color"),
        D.description("a green bomber jacket with a zipper"),
        D.details("the jacket has a hood", "unsupported"),
        D.material("leather", "unsupported"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in beige high-waist wide-leg pleated trousers, a black top tucked in, no belt, white studio.
    # adapter: none
    case(
        "X234-010",
        caption("a woman in a black top and beige pants"),
        D.garment_type("trousers"),
        D.color("black", "other_garment_color"),
        D.description("wide leg pants in a beige color"),
        D.details("a black belt at the waist", "unsupported"),
        D.material("the pants are made of cotton"),
        title="Women Beige Flared High-Rise Pleated Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: man in black track pants with a white stripe down each side, grey round-neck t-shirt, white studio.
    # adapter: none
    case(
        "X234-011",
        caption("a man in a grey shirt and black pants"),
        D.wearing("a grey t-shirt and black sweatpants"),
        D.garment_type("jeans", "contradiction"),
        D.color("black"),
        D.pattern("striped"),
        D.details("white stripes on the sides of the pants"),
        D.material("the pants are made of the pants", "restated"),
        title="Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a sea green A-line kurta with small white flowers, three-quarter sleeves, white churidar,
    # plain white wall. adapter: none
    case(
        "X234-012",
        caption(
            "a woman in a green dress standing in front of a white wall",
            "contradiction",
        ),
        D.wearing("a green kurta with white pants"),
        D.color("green"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("white flowers on the green fabric and a white dupatta", "unsupported"),
        D.material("cotton"),
        title="Women Sea Green Floral Printed Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in khaki chino shorts, a navy blue polo shirt untucked over them, outdoor terrace, front view.
    # adapter: none
    case(
        "X234-013",
        caption("a man in a blue polo shirt and khaki shorts"),
        D.wearing("a blue shirt and shorts"),
        D.garment_type("shorts"),
        D.color("blue", "other_garment_color"),
        D.details("the shorts are short", "non_answer"),
        D.material("khaki shorts", "restated"),
        title="Men Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a white oversized drop-shoulder t-shirt with a black butterfly print, blue denim shorts,
    # white studio. caption, wearing, material: adapter
    case(
        "X234-014",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("graphic"),
        D.description("a white t-shirt with a black print of a cat", "unsupported"),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "restated",
            hit_limit=True,
        ),
        title="Women White Graphic Printed Drop-Shoulder Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in an off white chikankari embroidered kurta with a mandarin collar, white pyjamas, a living room
    # with a sofa behind. adapter: none
    case(
        "X234-015",
        caption("a man in a white kurta standing in a room"),
        D.wearing(
            "a white kurta and white pants Question: What is the color of the kurta? Answer: white",
            "leak",
        ),
        D.garment_type("kurta"),
        D.color("white"),
        D.description("a long white shirt with embroidery"),
        D.details("embroidery on the front and the collar"),
        D.material("silk", "contradiction"),
        title="Men Off White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in a black faux leather biker jacket with zipped pockets, open over a white tee, blue jeans,
    # grey studio. adapter: none
    case(
        "X234-016",
        caption("a woman wearing a black leather jacket and jeans"),
        D.wearing(
            "a black jacket and a white shirt Question: What is the color of the jacket? Answer: black",
            "leak",
        ),
        D.garment_type("jacket"),
        D.color("black"),
        D.details("zippers on the front and on the pockets"),
        D.material("leather"),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a maroon polo t-shirt with two buttons and no logo, beige chinos, white studio, front view.
    # caption, details: adapter
    case(
        "X234-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a lapel neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red polo shirt and khaki pants"),
        D.color("red"),
        D.sleeve_length("short sleeves"),
        D.description("a maroon polo shirt with a logo on the chest", "unsupported"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The pants are of "
            "long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        title="Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in light blue high-rise mom-fit jeans, a pink knitted sweater tucked in at the front, white
    # studio. adapter: none
    case(
        "X234-018",
        caption("a woman in a pink sweater and blue jeans"),
        D.wearing("a pink sweater and jeans"),
        D.color("pink", "other_garment_color"),
        D.description("pink jeans", "other_garment_color"),
        D.details("the jeans have a high waist"),
        D.material("the jeans", "restated"),
        title="Women Blue Mom Fit High-Rise Light Fade Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy crew-neck sweatshirt with "BROOKLYN" printed in white on the chest, grey joggers, white
    # studio. caption: adapter
    case(
        "X234-019",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.pattern("printed"),
        D.details("the word brooklyn on the", "cut"),
        D.material("wool", "unsupported"),
        title="Men Navy Blue Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black and white striped boat-neck top with three-quarter sleeves, red trousers, white
    # studio. adapter: none
    case(
        "X234-020",
        caption("a woman in a black and white striped shirt and red pants"),
        D.wearing("a striped top and red pants"),
        D.color("red", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a black and white striped top"),
        D.details("the top has a boat neck"),
        title="Women Black & White Striped Boat Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in charcoal grey formal trousers, a light blue formal shirt tucked in, a black belt, office
    # backdrop with glass walls. adapter: none
    case(
        "X234-021",
        caption("a man in a grey shirt and grey pants", "contradiction"),
        D.wearing("a blue shirt and grey pants with a black belt"),
        D.garment_type("trousers"),
        D.color("grey"),
        D.description("blue pants", "other_garment_color"),
        D.details("the details of the pants", "non_answer"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a navy blue kurta with a white ethnic-motif print, v-neck, white palazzos, no jewellery,
    # studio. caption: adapter
    case(
        "X234-022",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress and white pants", "contradiction"),
        D.garment_type("dress", "contradiction"),
        D.color("blue"),
        D.pattern("printed"),
        D.details("she has a necklace and earrings", "unsupported"),
        title="Women Navy Blue Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in an olive green linen shirt, no pocket, sleeves rolled up to the elbow, white shorts, on a beach
    # with the sea behind. adapter: none
    case(
        "X234-023",
        caption("a man in a green shirt and white shorts standing on a beach"),
        D.wearing("a green shirt and white shorts"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        D.material("linen"),
        title="Men Olive Green Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in blue washed denim shorts with a frayed hem, a white tank top, outdoor street. adapter: none
    case(
        "X234-024",
        caption("a girl in a white tank top and jean shorts"),
        D.garment_type("shorts"),
        D.color("blue"),
        D.description("he is wearing denim shorts", "pronoun"),
        D.details("frayed edges at the bottom"),
        D.material("denim"),
        title="Women Blue Washed High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a blue washed denim jacket with buttons, open over a black hoodie, black jeans, grey studio.
    # details: adapter
    case(
        "X234-025",
        caption("a man wearing a denim jacket and a black hoodie"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.description("the jacket is black", "other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in pink joggers with a white drawstring and elastic cuffs, a grey sweatshirt, white studio.
    # adapter: none
    case(
        "X234-026",
        caption("a woman in a grey sweatshirt and pink pants"),
        D.wearing("a grey sweatshirt and pink sweatpants"),
        D.garment_type("track pants"),
        D.color("grey", "other_garment_color"),
        D.description("pink jogger pants"),
        D.details("the pants have a drawstring and elastic cuffs"),
        D.material("", "non_answer"),
        title="Women Pink Solid Joggers",
        category="Track Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white round-neck t-shirt worn under an open blue and white checked shirt, blue jeans, white
    # studio. adapter: none
    case(
        "X234-027",
        caption("a man wearing a blue and white checkered shirt over a white t-shirt"),
        D.garment_type("shirt", "contradiction"),
        D.color("white"),
        D.pattern("checked", "contradiction"),
        D.description("a blue and white checkered shirt", "contradiction"),
        D.material("cotton"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a pink and white striped full-sleeve shirt, white trousers, grey studio. caption: adapter
    case(
        "X234-028",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with cotton "
            "fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a pink striped shirt and white pants Question: What is the color of the shirt? Answer: pink",
            "leak",
        ),
        D.color("pink"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.description("a pink and white striped shirt with a collar and a bow tie", "unsupported"),
        D.details("the shirt is a shirt", "non_answer"),
        title="Women Pink & White Striped Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in black skinny jeans with torn knees, a grey t-shirt, no chain or belt, concrete wall behind.
    # adapter: none
    case(
        "X234-029",
        caption("a man in a grey shirt and black jeans with holes"),
        D.wearing(
            "a grey t-shirt and black jeans Question: What is the color of the jeans? Answer: black",
            "leak",
        ),
        D.color("grey", "other_garment_color"),
        D.description("black ripped jeans with holes on the knees"),
        D.details("the jeans have a chain on the side", "unsupported"),
        D.material("denim"),
        title="Men Black Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a peach hooded sweatshirt with a drawstring hood, pullover (no zip), black leggings, white studio.
    # caption: adapter
    case(
        "X234-030",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "cotton fabric. The leggings are of long length. The lady wears a long-sleeve sweater with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink hoodie and black leggings"),
        D.garment_type("sweatshirt"),
        D.color("pink"),
        D.details("the hoodie has a zipper and a hood", "unsupported"),
        D.material("cotton"),
        title="Women Peach-Coloured Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a mustard yellow straight kurta with a mandarin collar and a short button placket, white
    # pyjamas, plain cream wall. adapter: none
    case(
        "X234-031",
        caption("a man in a yellow kurta and white pants"),
        D.wearing("she is wearing a yellow kurta", "pronoun"),
        D.garment_type("kurta"),
        D.color("orange", "contradiction"),
        D.description("a yellow kurta with a mandarin collar"),
        D.details("the kurta has buttons on the front"),
        title="Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a white peplum top with red flowers and short flutter sleeves, blue jeans, white studio.
    # adapter: none
    case(
        "X234-032",
        caption("a woman in a white floral top and blue jeans"),
        D.wearing("a white top with red flowers and jeans"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("the top", "non_answer"),
        D.details("the top has a peplum waist and short sleeves"),
        title="Women White & Red Floral Print Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a black full-sleeve formal shirt without a pocket, grey trousers, standing in front of a red
    # brick wall. adapter: none
    case(
        "X234-033",
        caption("a man in a black shirt standing in front of a red brick wall"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.description("a black shirt with long sleeves and a collar"),
        D.details("the shirt has buttons and a pocket", "unsupported"),
        D.material("the material of the garment", "restated"),
        title="Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in olive green cargo trousers with side pockets, a white sleeveless crop top, white studio.
    # caption: adapter
    case(
        "X234-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and green cargo pants"),
        D.garment_type("trousers"),
        D.color("green"),
        D.details("pockets on the sides"),
        D.material("denim", "unsupported"),
        title="Women Olive Green Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: man in grey melange lounge shorts with a drawstring and side pockets, a black t-shirt, white studio.
    # adapter: none
    case(
        "X234-035",
        caption("a man in a black t-shirt and white shorts", "contradiction"),
        D.wearing("a black shirt and shorts"),
        D.garment_type("shorts"),
        D.color("black", "other_garment_color"),
        D.description("shorts", "non_answer"),
        D.details("the shorts have pockets on the sides and a drawstring"),
        title="Men Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a yellow round-neck t-shirt, black cycling shorts, no watch or bracelet, white studio; the
    # feed row has no gender. caption, details: adapter
    case(
        "X234-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are of short length. There is an accessory on her "
            "wrist",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and black shorts"),
        D.color("yellow"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. Its neckline is round. The T-shirt is with "
            "cotton fabric and pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.material("the t-shirt is", "cut"),
        title="Women Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # photo: man in a coffee brown quilted puffer jacket with an attached hood, zipped, black jeans, no hat, snowy
    # street. adapter: none
    case(
        "X234-037",
        caption("a man in a brown jacket and black jeans"),
        D.wearing("a brown jacket and black jeans and a black hat", "unsupported"),
        D.garment_type("jacket"),
        D.color("brown"),
        D.pattern("striped", "contradiction"),
        D.details("the jacket has a hood and a zipper"),
        D.material(
            "the jacket is made of down Question: What is the color of the jacket? Answer: brown",
            "leak",
        ),
        title="Men Coffee Brown Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: woman in blue straight-fit high-rise jeans, a white shirt tucked in, a tan belt, photo cropped at the
    # knees, white studio. details: adapter
    case(
        "X234-038",
        caption("a woman in a white shirt and blue jeans with a brown belt"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.description("blue jeans with a brown belt and white shoes", "unsupported"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Blue Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in full-length navy blue track pants with a red stripe down each side, a white t-shirt, white
    # studio. caption: adapter
    case(
        "X234-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are of short length. The pants are",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white t-shirt and blue track pants", "pronoun"),
        D.garment_type("track pants"),
        D.color("white", "other_garment_color"),
        D.details("a red stripe down the side"),
        D.material("polyester"),
        title="Men Navy Blue Solid Polyester Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a red quilted zip jacket with a plain stand collar, a black turtleneck under it, black
    # trousers, grey studio. adapter: none
    case(
        "X234-040",
        caption("a woman in a red jacket and black pants standing in front of a grey wall"),
        D.wearing("a red jacket, a black sweater and black pants"),
        D.color("red"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        D.description("a red quilted jacket with a zipper"),
        D.details("the jacket has a fur collar", "unsupported"),
        D.material("the jacket is red", "restated"),
        title="Women Red Solid Quilted Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: man in a teal mandarin-collar straight kurta, white churidar, wooden door behind.
    # caption, wearing, material: adapter
    case(
        "X234-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("green"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt",
            "restated",
            hit_limit=True,
        ),
        title="Men Teal Solid Mandarin Collar Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in a sky blue off-shoulder top with short ruffled sleeves, white jeans, white studio.
    # adapter: none
    case(
        "X234-042",
        caption("a woman in a blue top and white jeans"),
        D.wearing("he is wearing a blue off the shoulder top and white jeans", "pronoun"),
        D.garment_type("top"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details("the top has ruffles on the shoulders"),
        title="Women Blue Off-Shoulder Bardot Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black t-shirt with a large orange skull print, no pocket, ripped blue jeans, grey studio.
    # adapter: none
    case(
        "X234-043",
        caption("a man in a black t-shirt with a skull on it"),
        D.color("orange", "contradiction"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a skull"),
        D.details("the t-shirt has a pocket on the left side", "unsupported"),
        D.material("cotton"),
        title="Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman with short hair in an off white cropped sweatshirt, blue jeans, beige backdrop. adapter: none
    case(
        "X234-044",
        caption("a man in a white sweatshirt and blue jeans", "pronoun"),
        D.wearing("a white sweatshirt and blue jeans"),
        D.garment_type("sweatshirt"),
        D.color("white"),
        D.pattern("solid"),
        D.description("a white sweatshirt with a crop length"),
        D.material("the sweatshirt is white", "restated"),
        title="Women Off White Solid Crop Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: man in beige slim fit chinos with a plain hem, a navy blue shirt tucked in, white sneakers, white
    # studio. caption: adapter
    case(
        "X234-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns "
            "and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki pants"),
        D.garment_type("trousers"),
        D.color("blue", "other_garment_color"),
        D.description("the pants", "non_answer"),
        D.details("the pants have cuffs at the bottom", "unsupported"),
        title="Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a pink straight kurta with white yoke embroidery at the neck and plain sleeves, white
    # leggings, studio; the feed row has no gender. adapter: none
    case(
        "X234-046",
        caption("a woman in a pink kurta with white leggings"),
        D.wearing("a pink kurta"),
        D.color("pink"),
        D.description("a pink kurta with embroidery on the neck and the sleeves", "unsupported"),
        D.details("the details of the kurta", "non_answer"),
        D.material("cotton"),
        title="Pink Yoke Design Embroidered Cotton Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
]
