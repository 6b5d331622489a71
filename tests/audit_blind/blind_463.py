"""BLIND_463 (46 products; Myntra kids' wear: boys' tees, shirts, shorts, joggers; girls' dresses, tops, bottoms):
written blind in the forty-eighth session. Measured blind at 1e6fdd0 (the session's rules as they stood): 100/117
failures found (85.5%) and 7/157 correct texts flagged (4.5%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of kids' wear: boys' t-shirts (graphic, striped, polo, packs of three),
shirts (checked, denim, formal, printed), shorts (denim, cargo, camouflage, melange) and joggers or track pants;
girls' frocks and dresses, tops, leggings (and jeggings), skirts; night suits for both. Most photos show a child
model wearing the product with other garments (a tee with the shorts, jeans with the top, a cardigan over a frock),
in front of studio backdrops, coloured walls, curtains, a brick wall, a park, a bed, balloons; some products are laid
flat on a white surface or a wooden floor. Each row has the seller's title, category, color and gender (Boys or
Girls); a few rows miss the gender or the color, as real feeds do.

Who wrote what: the captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a young boy
in a ...") except where the comment says the caption adapter wrote them (the DeepFashion template of the original
experiments, "The gentleman wears a short-sleeve T-shirt with graphic patterns ..."). The adapter has no end token:
every adapter caption runs to the 50-token limit and carries hit_limit=True. The open questions (wearing,
description, details, material and the set's own "What is printed on the garment?") come from the base model, which
stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece colors of the night suits and sets, the yes/no "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets: they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal, red for maroon, yellow for mustard, pink for
  peach, fuchsia or coral, orange for coral, purple for lavender, green for olive, teal, mint or olive camouflage,
  black for charcoal, beige for khaki. Orange for mustard, brown for maroon and grey for olive are contradiction.
- For a striped tee either stripe color is correct; for a pack of three differently coloured tees (seller color
  Multi) any one of the three colors is correct; a floral frock on white answered with the flowers' pink is
  contradiction (print color), and so is the print's green for a black tee with green lettering.
- A color, wall or prop in the photo named for what it is (a yellow wall, a pink wall, balloons, a brick wall, a
  soccer ball held by the boy) is correct; the wall's yellow given as the tee's color is contradiction.
- The color of another garment worn in the photo (the white tee under the checked shirt, the jeans under the top, the
  cardigan over the frock) given as the product's color is other_garment_color. A non-product garment given the
  product's color ("white shorts" with a white polo, "red t-shirt" with a red skirt) is contradiction, and so is a
  set's second piece given the first piece's color.
- Garment synonyms are correct: dress for a frock, pants or sweatpants for joggers and track pants, pants for
  leggings, jeans for denim-look jeggings, shirt for a polo t-shirt or a tee, pajamas for a night suit, overall dress
  for a pinafore. Jeans for denim shorts, shorts for a skirt, pants for shorts, jacket for a denim shirt, shirt for a
  dress and sweater (the cardigan) as the frock's garment type are contradiction.
- Patterns: "striped" for track pants with side stripes is correct; for pleats or colour-block bands it is
  contradiction; "checked" for khaki shorts (the shirt's pattern) is contradiction; "printed" for camouflage is
  correct. Sleeves: three-quarter sleeves as long, sleeveless as short, full sleeves rolled to the elbow as short,
  and the under-tee's long sleeves for a sleeveless pinafore are contradiction.
- Packs: a singular description ("a grey t-shirt", "a pair of blue leggings") of a pack of three or two is
  contradiction (the count the title gives).
- Descriptions or details that describe the other garment instead of the product (the top for leggings, "a white
  t-shirt" for jeggings) are contradiction.
- Materials: one the title names (cotton, cotton lycra as spandex, denim, tulle) or a plausible cotton guess is
  correct; silk, polyester on "Pure Cotton", linen, wool, "wood" (the floor) are unsupported. A material question
  answered with the garment's name, color or pattern ("purple leggings", "it is a striped shirt", "camouflage") is
  restated.
- Non-answers: "they are black", "the shorts are short", "the dress is blue", "the garment is a garment", "the
  details of the garment", "the t-shirts are t-shirts", and "nothing" for the wearing question on a flat lay.
- Invented items not in the photo (a pocket, a belt, a necklace, a tie, a bow tie, a hood, a zipper pocket, a bow, a
  logo, a flower in her hair, a balloon she is not holding, batman on a spiderman tee) are unsupported.
- A base answer that stops early ("it is made of", "a drawstring and") is cut without hit_limit; one that runs on
  into "Question: ... Answer: ..." is leak, even where the first words are right.
- Pronouns: "he" or "boy" for a girl, "girl" for a boy, and the adapter's "The lady" for a boy are pronoun. The
  adapter's person on a flat-lay photo is its template, not labelled for itself.
- Adapter captions: one that repeats a sentence of the template is loop, otherwise cut (hit_limit kept), except the
  "The lady" caption of a boys' night suit, labelled pronoun (the first thing wrong).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pyjamas = question("color_pyjamas", "What is the color of the pyjamas?", "closed")
printed = question("print", "What is printed on the garment?", "open")

BLIND_463 = [
    # photo: boy in a navy round-neck tee with a green dinosaur print, beige shorts, plain white studio backdrop.
    # no adapter text
    case(
        "X463-001",
        caption("a young boy wearing a navy blue t-shirt with a dinosaur on it"),
        D.wearing("a blue t-shirt and khaki shorts"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        printed("a dinosaur"),
        title="Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a red tee with white horizontal stripes and blue denim shorts, pale blue wall, front view.
    # caption: adapter
    case(
        "X463-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and jean shorts"),
        D.color("red"),
        D.pattern("striped"),
        D.details("it has a pocket on the chest", "unsupported"),
        D.material("the shirt is made of a shirt", "restated"),
        title="Boys Red & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a mustard A-line frock with small white flowers and puff sleeves, next to a potted plant, white
    # backdrop. no adapter text
    case(
        "X463-003",
        caption("a little girl in a yellow dress standing next to a plant"),
        D.wearing("a yellow dress with white flowers and a necklace", "unsupported"),
        D.garment_type("dress"),
        D.color("orange", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("silk", "unsupported"),
        title="Girls Mustard Yellow Floral Print A-Line Cotton Frock",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in olive green joggers with a plain white tee and white sneakers, light grey backdrop, full length.
    # no adapter text
    case(
        "X463-004",
        caption("a boy in a white t-shirt and grey pants", "contradiction"),
        D.wearing("a white shirt and green pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.details("the pants have an elastic waist and two pockets"),
        D.material("they are green pants", "restated"),
        title="Boys Olive Green Solid Cotton Joggers",
        category="Track Pants",
        color="Olive",
        gender="Boys",
    ),
    # photo: girls' night suit laid flat on white: pink tee with a unicorn print, pink and white checked pyjamas.
    # caption: adapter
    case(
        "X463-005",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and lattice patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink pajama set with a unicorn"),
        color_top("pink"),
        color_pyjamas("pink"),
        printed("a unicorn"),
        D.details("a unicorn on the top and a pocket on the pants", "unsupported"),
        title="Girls Pink Unicorn Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a red and navy checked full-sleeve shirt (sleeves rolled to the elbow) worn open over a white tee,
    # beige chinos, red brick wall behind. no adapter text
    case(
        "X463-006",
        caption("a young boy standing in front of a brick wall"),
        D.wearing("a plaid shirt and khaki pants"),
        D.garment_type("shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a red and blue plaid shirt with buttons"),
        title="Boys Red & Navy Blue Checked Full Sleeves Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in black ankle-length leggings with a long white top with small pink flowers, white backdrop.
    # no adapter text
    case(
        "X463-007",
        caption("a little girl in a white top and black leggings"),
        D.wearing("he is wearing a white shirt and black pants", "pronoun"),
        D.color("black"),
        D.material("spandex"),
        D.details("they are black", "non_answer"),
        D.description("a white top with pink flowers", "contradiction"),
        title="Girls Black Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in grey melange shorts with a plain green tee, white backdrop, full length.
    # caption: adapter
    case(
        "X463-008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color "
            "patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a green shirt and grey shorts Question: what is the boy wearing? Answer: a green shirt and grey shorts",
            "leak",
        ),
        D.color("green", "other_garment_color"),
        D.garment_type("shorts"),
        D.material("cotton"),
        is_a("pair of shorts", "yes"),
        title="Boys Grey Melange Solid Regular Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a lavender sleeveless tiered maxi dress, white curtain behind, front view.
    # no adapter text
    case(
        "X463-009",
        caption("a little girl in a purple dress Question: what is the girl wearing? Answer: a purple dress", "leak"),
        D.wearing("a purple dress"),
        D.color("purple"),
        D.description("a long purple dress with ruffles"),
        D.details("it has a belt and a bow on the back", "unsupported"),
        D.material("it is made of", "cut"),
        title="Girls Lavender Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a white polo t-shirt with navy tipping on the collar and sleeves, navy shorts, grey backdrop.
    # no adapter text
    case(
        "X463-010",
        caption("a boy wearing a white polo shirt and blue shorts"),
        D.wearing("a white shirt and white shorts", "contradiction"),
        D.garment_type("shirt"),
        D.color("blue", "other_garment_color"),
        D.details("the collar is blue"),
        D.material("polyester", "unsupported"),
        title="Boys White Pure Cotton Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a red pleated skater skirt with a white tee printed with a red heart, white wall.
    # no adapter text
    case(
        "X463-011",
        caption("a girl in a red skirt and a red t-shirt", "contradiction"),
        D.wearing("she is wearing a red skirt and a white shirt"),
        D.garment_type("skirt"),
        D.pattern("striped", "contradiction"),
        D.color("red"),
        D.details("pleats Question: what is the color of the skirt? Answer: red", "leak"),
        title="Girls Red Solid Pleated Flared Skirt",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a night suit: navy tee with a red car print, navy and grey striped shorts, white backdrop.
    # caption: adapter
    case(
        "X463-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and striped patterns. It",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and striped shorts"),
        color_top("blue"),
        color_shorts("white", "contradiction"),
        printed("a car"),
        D.description("a blue pajama set with a car on the shirt and", "cut"),
        title="Boys Navy Blue Car Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl seated on a wooden stool in a peach top with ruffled short sleeves and blue jeans, white backdrop.
    # no adapter text
    case(
        "X463-013",
        caption("a little girl sitting on a wooden stool"),
        D.wearing("a pink shirt and blue jeans"),
        D.garment_type("top"),
        D.color("blue", "other_garment_color"),
        D.description("a pink top with ruffles on the sleeves and a bow", "unsupported"),
        D.material("a pink top", "restated"),
        title="Girls Peach-Coloured Ruffled Sleeves Top",
        category="Tops",
        color="Peach",
        gender="Girls",
    ),
    # photo: black track pants with a white stripe down each side, laid flat on white.
    # no adapter text
    case(
        "X463-014",
        caption("a pair of black pants with white stripes on the side"),
        D.wearing("nothing", "non_answer"),
        D.color("black"),
        D.pattern("striped"),
        D.details("two white stripes on the side and a zipper pocket", "unsupported"),
        D.material("cotton"),
        title="Boys Black Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a sleeveless white frock with pink and blue flowers, white backdrop, front view.
    # caption: adapter
    case(
        "X463-015",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with floral patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress with flowers"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("cotton"),
        title="Girls White Floral Print Sleeveless Cotton Fit & Flare Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in an orange tee with "COOL DUDE" in white letters, black joggers, bright yellow wall.
    # no adapter text
    case(
        "X463-016",
        caption("a boy in an orange shirt standing in front of a yellow wall"),
        D.wearing("an orange t-shirt and black pants"),
        D.color("yellow", "contradiction"),
        printed("the words cool dude"),
        D.sleeve_length("short sleeves"),
        D.material("it is made of", "cut"),
        title="Boys Orange Typography Printed T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a blue denim A-line skirt with a button front, yellow tee, white backdrop.
    # no adapter text
    case(
        "X463-017",
        caption("a little girl wearing a yellow shirt and a denim skirt"),
        D.wearing("a yellow top and a jean skirt"),
        D.garment_type("shorts", "contradiction"),
        D.color("yellow", "other_garment_color"),
        D.material("denim"),
        D.details("buttons down the front and a belt", "unsupported"),
        title="Girls Blue Denim Button-Front A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a white full-sleeve formal shirt tucked into black trousers, grey backdrop, no tie.
    # no adapter text
    case(
        "X463-018",
        caption("a boy in a white shirt and black pants"),
        D.wearing("a white shirt and black pants Question: what is the color of the pants? Answer: black", "leak"),
        D.garment_type("shirt"),
        D.sleeve_length("long sleeves"),
        D.details("a collar and buttons and a tie", "unsupported"),
        D.material("cotton"),
        title="Boys White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: pack of two leggings (teal and grey) laid flat side by side on white.
    # no adapter text
    case(
        "X463-019",
        caption("two pairs of leggings on a white background"),
        D.garment_type("leggings"),
        D.color("green"),
        D.description("a pair of blue leggings", "contradiction"),
        D.details("the details of the garment", "non_answer"),
        D.material("cotton"),
        title="Girls Pack of 2 Solid Cotton Leggings",
        category="Leggings",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a plain maroon tee and blue jeans holding a soccer ball, white backdrop; no logo on the tee.
    # no adapter text
    case(
        "X463-020",
        caption("a young boy holding a soccer ball"),
        D.wearing("a red shirt and jeans"),
        D.color("brown", "contradiction"),
        D.description("a red t-shirt with a soccer ball on it", "unsupported"),
        D.details("it has a nike logo on the chest", "unsupported"),
        D.material("cotton"),
        title="Boys Maroon Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a black and white striped long-sleeve top with a red skirt, white backdrop.
    # no adapter text
    case(
        "X463-021",
        caption("a boy in a striped shirt and a red skirt", "pronoun"),
        D.wearing("a black and white striped shirt and a red skirt"),
        D.color("red", "other_garment_color"),
        D.pattern("striped"),
        D.description("a black and white striped shirt"),
        D.material("it is a striped shirt", "restated"),
        title="Girls Black & White Striped Top",
        category="Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in mid-blue denim shorts with a plain white tee, white backdrop, full length.
    # caption: adapter
    case(
        "X463-022",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and its neckline is round. The shorts are with denim fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans", "contradiction"),
        D.color("blue"),
        D.garment_type("shorts"),
        D.details("the shorts are short", "non_answer"),
        D.material("denim"),
        title="Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless fuchsia party frock (sequinned bodice, tulle skirt), balloons and a birthday banner
    # on the wall behind; her hands at her sides. no adapter text
    case(
        "X463-023",
        caption("a little girl in a pink dress holding a balloon", "unsupported"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.material("tulle"),
        D.details("sequins on the top and a bow on the back", "unsupported"),
        D.description("a pink princess dress"),
        title="Girls Fuchsia Sequinned Tulle Party Dress",
        category="Dresses",
        color="Fuchsia",
        gender="Girls",
    ),
    # photo: boy in grey melange joggers with a navy sweatshirt, white backdrop.
    # no adapter text
    case(
        "X463-024",
        caption("a boy in a blue sweatshirt and grey pants"),
        D.wearing("he is wearing a blue sweater and grey sweatpants"),
        D.garment_type("pants"),
        D.color("blue", "other_garment_color"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.material("wool", "unsupported"),
        title="Boys Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a white top with white thread embroidery on the yoke, three-quarter sleeves, blue jeans.
    # caption: adapter
    case(
        "X463-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants are of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white top and jeans", "pronoun"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("white"),
        D.details("embroidery on the chest"),
        D.material("cotton"),
        title="Girls White Embroidered Three-Quarter Sleeves Cotton Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: yellow tee with blue sleeves and a wide blue band across the chest (colour block), laid flat on a
    # wooden floor. no adapter text
    case(
        "X463-026",
        caption("a yellow and blue t-shirt on a wooden floor"),
        D.wearing("a yellow and blue shirt"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.material("wood", "unsupported"),
        D.description("a yellow t-shirt with blue sleeves"),
        title="Boys Yellow & Blue Colourblocked T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a navy skirt with white polka dots and a plain white tee, white backdrop; no bow.
    # no adapter text
    case(
        "X463-027",
        caption("a girl wearing a white shirt and a blue polka dot skirt"),
        D.wearing("a white shirt and a blue skirt with white dots"),
        D.color("white", "other_garment_color"),
        D.pattern("polka dot"),
        D.garment_type("skirt"),
        D.details("white polka dots and a bow", "unsupported"),
        title="Girls Navy Blue Polka Dot Print Flared Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in khaki cargo shorts with a blue and white checked half-sleeve shirt, white backdrop.
    # no adapter text
    case(
        "X463-028",
        caption("a boy in a blue plaid shirt and khaki shorts"),
        D.wearing("a blue plaid shirt and blue shorts", "other_garment_color"),
        D.color("beige"),
        D.pattern("checked", "contradiction"),
        D.details("cargo pockets on the sides"),
        D.material("khaki shorts", "restated"),
        title="Boys Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl in a red and white gingham dress with a white Peter Pan collar and puff sleeves, white wall;
    # no pockets. no adapter text
    case(
        "X463-029",
        caption("a little girl in a red and white checkered dress"),
        D.wearing("a red and white shirt", "contradiction"),
        D.color("red"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves"),
        D.description("a red plaid dress with a white collar and a pocket", "unsupported"),
        title="Girls Red & White Gingham Checked A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boys' night suit laid flat on white: green tee with a dinosaur, green pyjamas with small dinosaurs.
    # caption: adapter
    case(
        "X463-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The gentleman wears a short-sleeve T-shirt with graphic "
            "patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green shirt with a dinosaur and green shorts", "contradiction"),
        color_top("green"),
        color_pyjamas("blue", "contradiction"),
        printed("dinosaurs"),
        D.material("cotton"),
        title="Boys Green Dinosaur Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Green",
        gender="Boys",
    ),
    # photo: short-haired girl in a pink tee with "Princess" in silver glitter, white shorts, white backdrop.
    # no adapter text
    case(
        "X463-031",
        caption("a boy in a pink shirt and white shorts", "pronoun"),
        D.wearing("a pink shirt with the word princess on it"),
        D.color("white", "other_garment_color"),
        printed("princess"),
        D.garment_type("t-shirt"),
        D.material("a pink shirt", "restated"),
        title="Girls Pink Typography Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a light blue full-sleeve denim shirt, buttoned, with black jeans, white backdrop; no hood.
    # no adapter text
    case(
        "X463-032",
        caption("a boy wearing a denim jacket", "contradiction"),
        D.wearing("a denim shirt and black jeans"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("denim"),
        D.details("two pockets on the chest and a hood", "unsupported"),
        title="Boys Light Blue Denim Full Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless mint green top with a tie-up bow at the neck, white leggings, white backdrop.
    # no adapter text
    case(
        "X463-033",
        caption("a little girl in a green top and white leggings"),
        D.wearing("a green shirt and white pants"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("a bow at the neck"),
        D.description("the garment is a garment", "non_answer"),
        title="Girls Mint Green Solid Tie-Up Neck Top",
        category="Tops",
        color="Mint Green",
        gender="Girls",
    ),
    # photo: pack of three plain round-neck tees (white, grey melange, navy) laid flat in a row on white.
    # no adapter text
    case(
        "X463-034",
        caption("three t-shirts on a white background"),
        D.wearing("t-shirts"),
        D.garment_type("t-shirt"),
        D.description("a grey t-shirt", "contradiction"),
        D.details("the t-shirts are t-shirts", "non_answer"),
        D.material("cotton"),
        title="Boys Pack of 3 Solid Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in purple leggings under a long pink printed top that reaches mid-thigh, white backdrop.
    # caption: adapter
    case(
        "X463-035",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress and purple leggings"),
        D.color("pink", "other_garment_color"),
        D.garment_type("leggings"),
        D.material("purple leggings", "restated"),
        title="Girls Purple Solid Ankle-Length Leggings",
        category="Leggings",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in olive, brown and black camouflage print shorts with a black tee, white backdrop.
    # no adapter text
    case(
        "X463-036",
        caption("a boy in a black t-shirt and camouflage shorts"),
        D.wearing("a black shirt and camo shorts"),
        D.color("green"),
        D.pattern("printed"),
        D.garment_type("pants", "contradiction"),
        D.material("camouflage", "restated"),
        title="Boys Olive Green Camouflage Printed Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a white frock with embroidered flowers on the skirt under an open pink cardigan, pink wall.
    # no adapter text
    case(
        "X463-037",
        caption("a little girl in a pink sweater standing in front of a pink wall"),
        D.wearing("a pink sweater and a white dress"),
        D.color("pink", "other_garment_color"),
        D.garment_type("sweater", "contradiction"),
        D.details("embroidered flowers on the skirt"),
        D.material("cotton"),
        title="Girls White Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a red tee with a Spider-Man print, blue jeans, white backdrop.
    # no adapter text
    case(
        "X463-038",
        caption("a boy wearing a spiderman t-shirt"),
        D.wearing("a red spiderman shirt and jeans"),
        D.color("red"),
        printed("batman", "unsupported"),
        D.description(
            "a red t-shirt with spiderman on it Question: what is the color of the t-shirt? Answer: red", "leak"
        ),
        D.material("cotton"),
        title="Boys Red Spider-Man Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl sitting on a bed with white pillows in a night suit: yellow tee with a lemon, white shorts with
    # yellow lemons. no adapter text
    case(
        "X463-039",
        caption("a little girl sitting on a bed in yellow pajamas"),
        D.wearing("she is wearing yellow pajamas"),
        color_top("yellow"),
        color_shorts("white"),
        D.description(
            "yellow pajamas with lemons on the shorts Question: what is the color of the top? Answer: yellow", "leak"
        ),
        D.material("pajamas", "restated"),
        title="Girls Yellow & White Lemon Printed Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a charcoal half-sleeve shirt with a small white leaf print, beige shorts, white backdrop.
    # caption: adapter
    case(
        "X463-040",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns and a three-point shorts. The shirt is "
            "with cotton fabric and its neckline is lapel. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and khaki shorts"),
        D.color("black"),
        D.pattern("printed"),
        D.details("the details of the shirt are the details of the shirt", "non_answer"),
        D.material("linen", "unsupported"),
        title="Boys Charcoal Leaf Printed Cotton Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl in blue denim-look jeggings with a white tee, white backdrop.
    # no adapter text
    case(
        "X463-041",
        caption("a girl in a white t-shirt and blue jeans"),
        D.wearing("a white shirt and jeans"),
        D.garment_type("jeans"),
        is_a("pair of leggings", "no", "contradiction"),
        D.details("a white t-shirt", "contradiction"),
        D.material("denim"),
        title="Girls Blue Denim-Look Jeggings",
        category="Leggings",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy with longish hair in teal joggers with a grey tee, outdoors in a park, trees behind.
    # no adapter text
    case(
        "X463-042",
        caption("a young girl standing in a park", "pronoun"),
        D.wearing("a grey t-shirt and blue pants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("pants"),
        D.details("a drawstring and", "cut"),
        D.material("cotton"),
        title="Boys Teal Blue Solid Cotton Joggers",
        category="Track Pants",
        color="Teal",
    ),
    # photo: girl in a coral tiered skirt with an elastic waist and a white tank top, white backdrop; hair in a
    # plain ponytail. no adapter text
    case(
        "X463-043",
        caption("a girl wearing an orange skirt and an orange tank top", "contradiction"),
        D.wearing("a white tank top and an orange skirt"),
        D.color("orange"),
        D.garment_type("skirt"),
        D.description("a pink skirt with ruffles"),
        D.details("there is a flower in her hair", "unsupported"),
        title="Girls Coral Tiered Flared Skirt",
        category="Skirts",
        color="Coral",
        gender="Girls",
    ),
    # photo: black round-neck tee with "GAME ON" in neon green letters, laid flat on a grey backdrop.
    # caption: adapter
    case(
        "X463-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt"),
        D.color("green", "contradiction"),
        printed("game on"),
        D.description(
            "a black t-shirt with green letters Question: what does the t-shirt say? Answer: game on", "leak"
        ),
        title="Boys Black Typography Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a sleeveless blue denim pinafore dress over a white long-sleeve tee, white backdrop.
    # no adapter text
    case(
        "X463-045",
        caption("a little boy in a blue denim dress and a white shirt", "pronoun"),
        D.wearing("a denim overall dress and a white shirt"),
        D.garment_type("dress"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("denim"),
        D.details("the dress is blue", "non_answer"),
        title="Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a two-piece set: white half-sleeve shirt and navy shorts, white backdrop; no bow tie.
    # no adapter text
    case(
        "X463-046",
        caption("a boy in a white shirt and blue shorts"),
        D.wearing("a white shirt and navy blue shorts"),
        D.color("white"),
        color_shorts("white", "contradiction"),
        D.description("a white shirt with a bow tie and blue shorts", "unsupported"),
        D.material("a shirt and shorts", "restated"),
        title="Boys White Shirt with Navy Blue Shorts Clothing Set",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
]
