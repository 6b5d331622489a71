"""BLIND_364 (46 products; kids' everyday, night and ethnic wear for boys and girls, models and flat-lays): written
blind in the forty-fifth session. Measured blind at d19a016 (the session's rules as they stood): 101/123 failures
found (82.1%) and 2/164 correct texts flagged (1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' catalog drawn at random from a night's run: boys' and girls' t-shirts, shirts, shorts,
jeans, joggers and track pants, dresses and frocks, two- and three-piece clothing sets, sweatshirts and hoodies,
night suits and ethnic sets (kurta pyjamas, lehenga choli, anarkali sets). Most photos show a child model in a
studio or against a wall, a bed, a garden or festive decor; some are flat-lays on white, wood or a colored sheet.
Each product has the seller's title, category, color and gender; three rows miss one of them, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase) or, where the
comment says so, the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The gentleman
wears ..." for boys and "The lady wears ..." for girls, trained on adults). The adapter has no end-of-answer token,
so each of its texts runs to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True, and
asked a question it returns its template. The open answers (wearing, description, details, material, the set's
piece count) come from the base model unless the comment names the adapter; the base model stops on its own and
never has hit_limit. The closed answers (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a
...?") are enrich's `--engine reference` answers chosen from candidate sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, teal blue or light blue; green for olive or teal; red for maroon; yellow
  for mustard; purple for lavender or lilac; pink for peach; white for cream or off white; grey for charcoal or grey
  melange. A closed color that is a print's, a stripe's or a trim's color (white for navy with white dots, white for
  navy track pants with white side stripes) is contradiction; so is a color of the backdrop or a prop (the brick
  wall, the garden, the pink sheet, the teddy bear). The color of another garment in the photo (the tee under a
  shirt, the tee worn with the shorts, the other half of a set) is other_garment_color.
- Garment synonyms are correct: sweatpants or pants for joggers, hoodie for a hooded sweatshirt, pajamas for a night
  suit, nightgown for a night dress, vest for a nehru jacket or waistcoat, plaid for checked, camo for camouflage,
  shirt for a t-shirt in a base caption, indian dress for an anarkali, dress for a frock or pinafore. The adapter's
  "dress" for a lehenga choli or an anarkali and "shirt" for a kurta are taken as its template's nearest class (the
  text is labelled cut); "jeans" for denim shorts and "skirt" for shorts are contradiction.
- A pack of two described as one t-shirt, and a three-piece set counted as two (or a two-piece as three), are
  contradiction. The reference engine's wrong class is contradiction: shirt for a kurta or a t-shirt, dress for an
  anarkali kurta, jacket for a denim shirt, "no" to "Is this a lehenga?", "yes" to jeans for joggers or skirt for
  shorts. The base model's one color for both pieces (blue shorts with a navy tee when the shorts are grey) is
  contradiction.
- "nothing" for what the person wears in a flat-lay is non_answer; jeans, shoes or a cap added to a flat-lay or a
  model's outfit that the photo does not show are unsupported.
- Sleeves: a sleeveless pinafore answered "short sleeves" (the sleeves are the tee's underneath) is contradiction.
- Materials: cotton, denim, velvet and polyester (for track pants) are correct guesses the photo supports; silk on a
  cotton kurta or an embroidered cotton-look anarkali and satin on a printed cotton night dress are unsupported.
- Invented items not in the photo (a bow on a back the front view hides, a hat, a necklace, buttons, a side stripe,
  a bow on a plain top, a belt, a pocket, a crown, a scarf, a dog print where the print is a car) are unsupported.
- Adapter texts: a repeated template sentence is loop; one that stops mid-sentence without repeating is cut; the
  template returned for the material question is restated. An adapter details answer that describes the tee worn
  with the shorts is still labelled cut (the cut is seen first). The template answering "What is the person
  wearing?" or "Describe the garment." answers it, so it is cut or loop.
- Base answers running on into "Question: ... Answer: ..." are leak. A base answer that stops after "and" is cut,
  without hit_limit. An empty answer, "the details of the dress" and "they are short" are non_answer; a details or
  material question answered with the garment's name (and color) is restated.
- "a little boy" / "he" for a girl's product is pronoun; adapter texts say "The lady" for girls and "The gentleman"
  for boys, as its training data did, and are not counted as pronoun errors.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
pieces = question("pieces", "How many pieces are in the set?", "open")

BLIND_364 = [
    # photo: boy in a navy round-neck t-shirt with a green dinosaur print, grey shorts, plain white studio, front view.
    # no adapter text
    case(
        "X364-001",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        D.wearing("a blue t-shirt and blue shorts", "contradiction"),
        D.color("navy"),
        D.pattern("graphic"),
        is_a("t-shirt", "yes"),
        D.details("a dinosaur print on the front and a pocket", "unsupported"),
        title="Boys Navy Blue Dinosaur Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a knee-length pink floral fit-and-flare dress with short flutter sleeves, white studio, front.
    # caption, material: adapter
    case(
        "X364-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of knee length. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress with flowers"),
        D.color("pink"),
        D.sleeve_length("short sleeves"),
        D.details("it has a bow on the back", "unsupported"),
        D.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a white t-shirt with a red car print and blue cotton shorts (the set), white studio, full length.
    # no adapter text
    case(
        "X364-003",
        caption("a little boy in a white shirt and blue shorts"),
        D.wearing("a white t-shirt and blue shorts"),
        color_top("white"),
        color_shorts("white", "other_garment_color"),
        D.description("a white t-shirt with a dog print and blue shorts", "unsupported"),
        pieces("2 pieces Question: what is the color of the top? Answer: white", "leak"),
        title="Boys White & Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of plain grey melange joggers with a white drawstring and ribbed cuffs on a light wooden floor.
    # no adapter text
    case(
        "X364-004",
        caption("a pair of grey sweatpants on a wooden floor"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("pants"),
        D.color("grey"),
        D.details("drawstring waist and elastic cuffs"),
        D.material("cotton"),
        D.description("grey sweatpants with a black stripe down the side", "unsupported"),
        title="Boys Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in blue skinny jeans and a plain white short-sleeve tee, white studio, full length, front view.
    # caption: adapter
    case(
        "X364-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue jeans with a belt", "unsupported"),
        color_jeans("white", "other_garment_color"),
        D.color("blue"),
        D.details("blue jeans", "restated"),
        title="Girls Blue Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a red-and-navy checked long-sleeve shirt worn open over a white crew-neck tee, blue jeans, studio.
    # no adapter text
    case(
        "X364-006",
        caption("a young boy in a red and blue plaid shirt and a white hat", "unsupported"),
        D.wearing("a plaid shirt and jeans"),
        D.color("red"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves"),
        color_shirt("white", "other_garment_color"),
        D.description("a red and blue plaid shirt with a white t-shirt underneath"),
        title="Boys Red & Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay of a plain yellow sleeveless A-line cotton frock, round neck, no buttons or bow, on white.
    # no adapter text
    case(
        "X364-007",
        caption("a yellow dress on a white background"),
        D.garment_type("dress"),
        D.color("yellow"),
        D.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes"),
        D.material("cotton"),
        D.details("a bow at the waist and buttons on the front", "unsupported"),
        title="Girls Yellow Solid A-Line Cotton Frock",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in an olive hooded sweatshirt with kangaroo pocket, black joggers, against a grey wall, front view.
    # caption, material: adapter
    case(
        "X364-008",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green hoodie and green pants", "contradiction"),
        D.color("green"),
        D.garment_type("sweatshirt"),
        is_a("hoodie", "yes"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman",
            "restated",
            hit_limit=True,
        ),
        title="Boys Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl sitting on a bed with white pillows in a lavender night suit (top and pyjamas), unicorn print.
    # no adapter text
    case(
        "X364-009",
        caption("a little girl sitting on a bed in purple pajamas"),
        D.wearing(
            "purple pajamas Question: what is the color of the pajamas? Answer: purple",
            "leak",
        ),
        D.color("pink", "contradiction"),
        D.pattern("printed"),
        D.details("unicorn print"),
        D.description(
            "a purple pajama set with a unicorn on the front and a matching hat",
            "unsupported",
        ),
        title="Girls Lavender Unicorn Printed Night Suit",
        category="Night Suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a cream cotton kurta and white pyjama, marigold garlands behind him, full length, front view.
    # no adapter text
    case(
        "X364-010",
        caption("a young boy in a white kurta standing in front of flowers"),
        D.wearing("a white kurta and white pants with a red scarf", "unsupported"),
        D.color("white"),
        D.garment_type("shirt", "contradiction"),
        D.material("silk", "unsupported"),
        color_pants("white"),
        is_a("kurta", "yes"),
        title="Boys Cream-Coloured Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a mustard lehenga with a gold border, short-sleeve mustard choli and a pink net dupatta, studio.
    # caption: adapter
    case(
        "X364-011",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of ankle length. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow lehenga with a pink dupatta"),
        D.color("yellow"),
        color_dupatta("yellow", "other_garment_color"),
        is_a("lehenga", "no", "contradiction"),
        D.details("gold embroidery on the border"),
        title="Girls Mustard Yellow Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy sitting on concrete steps in black cargo shorts with side pockets and a plain white tee.
    # details: adapter
    case(
        "X364-012",
        caption("a boy in a white shirt and black shorts sitting on the stairs"),
        D.wearing("a white t-shirt and black shorts"),
        D.color("white", "other_garment_color"),
        D.garment_type("shorts"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("black shorts", "restated"),
        title="Boys Black Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a white t-shirt with red horizontal stripes, short sleeves, blue denim skirt, studio, front.
    # no adapter text
    case(
        "X364-013",
        caption("a little girl wearing a striped shirt and a denim skirt"),
        D.wearing("a red and white striped shirt"),
        D.color("red", "contradiction"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        is_a("t-shirt", "yes"),
        D.description("a white shirt with red stripes"),
        title="Girls White & Red Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of light blue clean-look slim jeans, five pockets and button fly visible, on white.
    # caption: adapter
    case(
        "X364-014",
        caption(
            "The trousers are with denim fabric and solid color patterns. The trousers are with denim fabric and solid "
            "color patterns. The trousers are with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details("five pockets, a zipper fly and a button"),
        is_a("pair of jeans", "yes"),
        D.material("blue jeans", "restated"),
        title="Boys Light Blue Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a peach tiered frock with flutter sleeves holding a brown teddy bear, pink wall behind her.
    # no adapter text
    case(
        "X364-015",
        caption("a little girl holding a teddy bear in front of a pink wall"),
        D.wearing("a pink dress"),
        D.color("brown", "contradiction"),
        D.pattern("solid"),
        D.details("ruffles on the skirt and a white belt", "unsupported"),
        D.material("cotton"),
        title="Girls Peach-Coloured Solid Tiered Fit & Flare Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a white polo t-shirt with navy tipping on collar and cuffs, navy shorts, white studio.
    # no adapter text
    case(
        "X364-016",
        caption("a boy in a white polo shirt and blue shorts"),
        D.wearing(
            "a white shirt and blue shorts Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        D.garment_type("t-shirt"),
        D.color("white"),
        color_shorts("blue"),
        D.details("a collar and two buttons"),
        D.material("white", "restated"),
        title="Boys White Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in navy denim shorts with small embroidered flowers on the pockets and a plain white tee, studio.
    # caption: adapter
    case(
        "X364-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a shorts. The shorts are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue shorts"),
        D.color("blue"),
        D.details("flowers embroidered on the pockets"),
        color_shorts("white", "other_garment_color"),
        is_a("skirt", "yes", "contradiction"),
        title="Girls Navy Blue Embroidered Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: flat-lay of a maroon crew-neck sweatshirt with "NYC" printed in white across the chest, on white.
    # no adapter text
    case(
        "X364-018",
        caption("a red sweatshirt with the word nyc on it"),
        D.wearing(
            "a red sweatshirt with the word nyc on it and a pair of jeans",
            "unsupported",
        ),
        D.garment_type("sweatshirt"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.material("", "non_answer"),
        D.details("the word nyc printed on the front in white"),
        title="Boys Maroon Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a plain white cotton top and pink shorts (the set), no bow or print, white studio, front view.
    # no adapter text
    case(
        "X364-019",
        caption("a little girl in a pink and white outfit"),
        D.wearing("he is wearing a white shirt and pink shorts", "pronoun"),
        color_top("pink", "other_garment_color"),
        color_shorts("pink"),
        D.description("a white top with a pink bow and pink shorts", "unsupported"),
        pieces("two"),
        title="Girls Pink & White Solid Top with Shorts",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in grey joggers with a plain black t-shirt and white sneakers, light grey studio, full length.
    # no adapter text
    case(
        "X364-020",
        caption("a boy wearing a black shirt and grey pants and a cap", "unsupported"),
        D.wearing("a black t-shirt and grey sweatpants"),
        D.color("black", "other_garment_color"),
        D.details("elastic waistband and pockets"),
        D.material("cotton"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Boys Grey Solid Regular Fit Joggers",
        category="Track Pants",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a red anarkali kurta with gold thread embroidery on the yoke, red leggings, red dupatta with a
    # gold border over one shoulder; studio, full length. caption: adapter
    case(
        "X364-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of ankle length. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red indian dress"),
        D.garment_type("dress", "contradiction"),
        D.color("red"),
        color_dupatta("red"),
        D.material("silk", "unsupported"),
        D.details("it has a lot of details", "non_answer"),
        title="Girls Red Ethnic Motifs Embroidered Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a blue-and-white striped short-sleeve shirt with a chest pocket, beige chinos, studio, front.
    # details: adapter
    case(
        "X364-022",
        caption("a little boy in a blue and white striped shirt"),
        D.wearing("a blue shirt and khaki pants"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves"),
        D.color("beige", "other_garment_color"),
        D.details(
            "The shirt is with cotton fabric and stripe patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and stripe patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton Question: what is the color of the pants? Answer: beige", "leak"),
        title="Boys Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl with long hair in a pink sweatshirt with a silver sequin heart, blue jeans, white studio.
    # no adapter text
    case(
        "X364-023",
        caption("a little boy in a pink sweatshirt", "pronoun"),
        D.wearing("a pink sweatshirt and jeans"),
        D.color("pink"),
        D.details("a heart made of sequins"),
        D.material("a pink sweatshirt", "restated"),
        title="Girls Pink Sequinned Heart Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay of navy track pants with two white side stripes, elastic waist, on white.
    # details: adapter
    case(
        "X364-024",
        caption("a pair of blue track pants with white stripes"),
        D.wearing("a pair of blue pants and a pair of white shoes", "unsupported"),
        D.garment_type("pants"),
        D.color("white", "contradiction"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure "
            "color patterns. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester"),
        title="Boys Navy Blue Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless blue denim pinafore dress over a white short-sleeve tee, studio, front view.
    # no adapter text
    case(
        "X364-025",
        caption("a little girl in a denim dress and white shirt"),
        D.wearing("a blue denim dress over a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("dress"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("denim"),
        title="Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a yellow t-shirt with a black Batman logo and blue jeans, park with trees behind, front view.
    # caption, material: adapter
    case(
        "X364-026",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow batman t-shirt and jeans"),
        D.color("yellow"),
        D.pattern("solid", "contradiction"),
        is_a("t-shirt", "yes"),
        D.description("a yellow t-shirt with a batman logo on it"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Boys Yellow Batman Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a teal short-sleeve cotton night dress with a cat print and a small bow at the neckline, bedroom.
    # details: adapter
    case(
        "X364-027",
        caption("a girl in a green nightgown with cats on it"),
        D.wearing(
            "a green nightgown Question: what is the color of the nightgown? Answer: green",
            "leak",
        ),
        D.color("green"),
        D.details(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("satin", "unsupported"),
        title="Girls Teal Cat Printed Pure Cotton Nightdress",
        category="Night Dress",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a white kurta, white pyjama and a navy nehru jacket (three pieces), wooden door behind him.
    # no adapter text
    case(
        "X364-028",
        caption("a young boy in a white kurta and blue vest"),
        D.wearing("a white kurta, blue jacket and white pants"),
        color_jacket("blue"),
        color_kurta("blue", "other_garment_color"),
        pieces("two", "contradiction"),
        D.garment_type("kurta"),
        D.material("silk", "unsupported"),
        title="Boys White Kurta with Pyjamas & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of purple joggers with elastic waist and cuffs, on a white sheet.
    # caption: adapter
    case(
        "X364-029",
        caption(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("pink", "contradiction"),
        D.details("elastic waist and", "cut"),
        D.material("cotton"),
        title="Girls Purple Solid Joggers",
        category="Track Pants",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in a long-sleeve blue denim shirt and black jeans, red brick wall behind, front view.
    # no adapter text
    case(
        "X364-030",
        caption("a boy in a denim shirt standing in front of a brick wall"),
        D.wearing("a blue denim shirt and blue jeans", "contradiction"),
        D.color("red", "contradiction"),
        D.garment_type("jacket", "contradiction"),
        D.material("denim"),
        color_jeans("black"),
        title="Boys Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in an off-white sleeveless floral maxi dress standing in a green garden with flowers.
    # no adapter text
    case(
        "X364-031",
        caption("a little girl in a white dress standing in a field of flowers"),
        D.wearing("a white dress with flowers"),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        D.details("the details of the dress", "non_answer"),
        D.sleeve_length("sleeveless"),
        title="Girls Off White Floral Printed Maxi Dress",
        category="Dresses",
        color="Off White",
        gender="Girls",
    ),
    # photo: flat-lay of a charcoal night suit, t-shirt with a rocket print and matching charcoal shorts, on white.
    # details: adapter
    case(
        "X364-032",
        caption("a grey t-shirt and shorts with a rocket on it"),
        D.wearing("a shirt and shorts"),
        D.color("grey"),
        color_shorts("grey"),
        D.pattern("printed"),
        D.details(
            "The shorts are with cotton fabric and graphic patterns. The T-shirt is with cotton fabric and graphic "
            "patterns. The shorts are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.description("a grey t-shirt with a rocket print and matching shorts"),
        D.material(
            "cotton Question: what is the pattern of the garment? Answer: printed",
            "leak",
        ),
        title="Boys Charcoal Grey Printed Night Suit",
        category="Night Suits",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl in orange cotton shorts and a white graphic tee, white studio, full length.
    # caption: adapter
    case(
        "X364-033",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("orange"),
        D.wearing("a white t-shirt and white shorts", "contradiction"),
        D.details("they are short", "non_answer"),
        D.garment_type("shorts"),
        title="Girls Orange Solid Cotton Shorts",
        category="Shorts",
        color="Orange",
        gender="Girls",
    ),
    # photo: boy in green camouflage print shorts and a plain black t-shirt, white studio, full length.
    # no adapter text
    case(
        "X364-034",
        caption("a boy wearing camouflage shorts and a black t-shirt"),
        D.wearing("a black shirt and camo shorts and a black cap", "unsupported"),
        D.color("green"),
        D.pattern("printed"),
        color_shorts("black", "other_garment_color"),
        D.details("green and brown camouflage print with pockets and a belt", "unsupported"),
        title="Boys Olive Green Camouflage Printed Shorts",
        category="Shorts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a navy dress with white polka dots, white peter pan collar and puff sleeves, studio, front.
    # no adapter text
    case(
        "X364-035",
        caption("a little girl wearing a blue dress with white polka dots"),
        D.wearing("a blue polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.details("a white collar and puff sleeves"),
        is_a("dress", "yes"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Girls Navy Blue Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: flat-lay of two round-neck t-shirts side by side, one black and one white, on a grey sheet.
    # no adapter text; the feed row has no category
    case(
        "X364-036",
        caption("two t-shirts, one black and one white"),
        D.garment_type("t-shirt"),
        D.wearing("a black t-shirt and a white t-shirt"),
        D.description("a black t-shirt", "contradiction"),
        D.material("black and white t-shirts", "restated"),
        title="Boys Pack of 2 Solid Round Neck Pure Cotton T-shirts",
        color="Black & White",
        gender="Boys",
    ),
    # photo: girl in a lilac sweatshirt and matching lilac joggers (co-ord set), white studio, full length.
    # caption: adapter
    case(
        "X364-037",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple sweatshirt and purple pants"),
        D.color("purple"),
        color_pants("purple"),
        D.details("a purple sweatshirt", "restated"),
        pieces("three", "contradiction"),
        title="Girls Lilac Solid Sweatshirt with Joggers",
        category="Clothing Set",
        color="Lilac",
        gender="Girls",
    ),
    # photo: boy in a party set: white long-sleeve shirt, navy waistcoat and navy trousers, navy bow tie, studio.
    # details: adapter
    case(
        "X364-038",
        caption("a young boy in a suit and bow tie"),
        D.wearing("a blue vest, white shirt and blue pants"),
        D.color("navy"),
        color_shirt("navy", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.description("a blue suit with a white shirt and a red bow tie", "contradiction"),
        title="Boys Navy Blue & White Shirt with Waistcoat, Trousers & Bow Tie Set",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a white short-sleeve t-shirt with "Princess" in gold glitter letters, on a pink sheet.
    # no adapter text
    case(
        "X364-039",
        caption("a white t-shirt with the word princess on it"),
        D.garment_type("shirt", "contradiction"),
        D.color("pink", "contradiction"),
        D.details("the word princess in gold glitter and a crown", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Girls White Typography Printed Glitter T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy sitting on a wooden chair in a mustard long-sleeve kurta with a mandarin collar and white pyjama.
    # caption: adapter
    case(
        "X364-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        D.color("yellow"),
        color_pants("yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Boys Mustard Yellow Mandarin Collar Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a sleeveless red velvet party frock with a tulle skirt and a satin bow at the waist, no jewellery,
    # decorated christmas tree behind her. description: adapter
    case(
        "X364-041",
        caption("a little girl in a red dress in front of a christmas tree"),
        D.wearing("a red dress"),
        D.color("red"),
        D.material("velvet"),
        D.details("a bow on the waist and a necklace", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        title="Girls Red Velvet Party Dress with Tulle Skirt",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of blue washed denim shorts with faded front panels, five pockets, no rips, on white.
    # details: adapter
    case(
        "X364-042",
        caption("a pair of blue denim shorts"),
        D.garment_type("shorts"),
        D.color("blue"),
        D.details(
            "The shorts are with denim fabric and pure color patterns. The shorts are with denim fabric and pure color "
            "patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        is_a("pair of shorts", "yes"),
        D.description("a pair of blue jeans", "contradiction"),
        title="Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl sitting on a bed in a pink night suit top with a bunny print and grey pyjama bottoms.
    # no adapter text
    case(
        "X364-043",
        caption("a little boy in pink pajamas sitting on a bed", "pronoun"),
        D.wearing("a pink top and grey pants"),
        color_top("pink"),
        color_pants("pink", "other_garment_color"),
        D.details("the details of the pajamas", "non_answer"),
        title="Girls Pink & Grey Bunny Printed Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in olive cargo joggers with side pockets and a plain white hoodie, grey studio, full length.
    # caption: adapter
    case(
        "X364-044",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white hoodie and green pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        D.details("cargo pockets on the sides and elastic cuffs"),
        D.material(
            "cotton blend Question: what is the pattern of the garment? Answer: solid",
            "leak",
        ),
        title="Boys Olive Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a blue-and-white checked long-sleeve shirt and black shorts, white studio, front view.
    # no adapter text; the feed row has no gender
    case(
        "X364-045",
        caption("a boy in a blue and white checkered shirt", "pronoun"),
        D.wearing("a plaid shirt and black shorts"),
        D.pattern("striped", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.details("a pocket on the chest and", "cut"),
        title="Girls Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: boy in a blue short-sleeve shirt with a palm-tree print and white shorts, beach-scene backdrop.
    # caption: adapter; the feed row has no color
    case(
        "X364-046",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. The "
            "gentleman wears a short-sleeve shirt with floral patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt with palm trees and white shorts"),
        color_shirt("blue"),
        color_shorts("blue", "other_garment_color"),
        D.pattern("printed"),
        pieces("two"),
        title="Boys Blue Tropical Printed Shirt with White Shorts",
        category="Clothing Set",
        gender="Boys",
    ),
]
