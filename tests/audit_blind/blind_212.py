"""BLIND_212 (46 products; Indian marketplace men's, women's and kids' apparel, flat-lays, packs, model shots): written
blind in the fortieth session. Measured blind at 170b32e (the session's rules as they stood): 105/137 failures found
(76.6%) and 5/170 correct texts flagged (2.9%). The writer's notes, verbatim:

Scenario: a nightly run's random sample over a large Myntra-like English feed: men's shirts, polos, tees, jeans,
chinos, track pants, hoodies, jackets and kurtas; women's kurtas, kurta sets, sarees, tops, dresses, leggings,
palazzos and co-ords; boys' and girls' tees, shirts, frocks, lehengas, dungarees and rompers. Many photos are
ghost-mannequin or flat-lay shots with no person (white sweep, grey floor, wooden table, a few props such as earrings
or a plant); a few hold several items (packs of three t-shirts, a kurta set laid out piece by piece, two rompers);
the rest are model shots, some against coloured or brick walls. Each row has the seller's title, category, color and
gender; three rows miss one column.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` writes short lowercase captions and open answers and
stops on its own (never hit_limit); it can stop early mid-phrase, run on into "Question: ... Answer:", restate the
question, invent details and give the wrong pronoun or another garment's color. The caption-only adapter of the
original experiments writes the DeepFashion template ("The gentleman wears a short-sleeve T-shirt with pure color
patterns ..."), has no end token, so it always runs to its limit (50 tokens for captions, 30 for answers) with
hit_limit=True and returns the template to any question it is given; the comment before each case says which texts
came from it. The closed questions (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?")
are enrich's `--engine reference` answers, picked from candidate sets: never a loop or a cut, but wrong picks happen.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy or teal, red for maroon, yellow for mustard, orange for rust, purple for
  lavender, cream or white for off white, white for cream pyjamas, grey for charcoal or grey melange, tan for beige,
  peach or pink for peach. The reference engine picking a neighbouring but different color (black for charcoal,
  orange for mustard) is contradiction.
- The color of a wall, a print, a trim, a lining or a stripe given as the garment's color is contradiction; the color
  of another piece in the photo (the tee under a jacket, the pants of a kurta set, the blouse of a lehenga) is
  other_garment_color. A pack color no piece of the pack has is contradiction. A wrong count of items is
  contradiction.
- Where the seller's title names two colors of a striped or checked garment ("White & Blue Striped"), either color
  is correct for the closed color question.
- Synonyms are correct: hoodie for a hooded sweatshirt, sweater for a sweatshirt or cardigan, overalls for dungarees,
  onesie for a romper, vest for a Nehru jacket, sari for saree, trousers for palazzos or chinos, tunic or kurti for a
  kurta, dress for an anarkali (it flares like a gown) and for a girl's two-piece lehenga set worn. A kurta named a
  shirt (base or adapter) is contradiction (the seller's category says kurta), and so is a kurta set laid out in
  three pieces captioned as one dress, a hoodie answered yes to "Is this a jacket?", chinos answered yes to "Is this a
  pair of jeans?".
- "What is the person wearing?" on a photo with no person: naming the garment is correct ("she is wearing a yellow
  kurta" on a women's ghost mannequin too); "nothing" is non_answer.
- Materials: one the title names (linen, silk, denim, faux leather as "leather", georgette as "chiffon", cotton) is
  correct; cotton as a plausible guess on tees, kurtas, hoodies and printed cotton-look fabric is correct; "knit" for a
  visibly knitted cardigan is correct; silk where neither title nor photo suggests it is unsupported. Answering the
  material question with the garment's name and color is restated; "the material of the pants" is non_answer.
- Invented items (a belt, a tie, a hood, a necklace, a zipper on an unseen back, sleeve pockets, a second chest pocket,
  mirror work) are unsupported. Props really in the photo (a straw bag, earrings, a plant, a chair, graffiti) are
  correct when mentioned.
- Adapter texts: repeating a template sentence is loop; stopping mid-sentence without repeating is cut, even where
  it invented a lower garment or a fabric before the cut (one kind per text). Where the adapter misnames the product
  itself (a kurta as a shirt or a dress), the misnaming is labelled contradiction, hit_limit kept. One adapter caption
  that invents a t-shirt over chino shorts and ends on a full stop is unsupported. The template given for "What is
  the person wearing?", "Describe the garment." or the details question answers it: loop or cut, not restated.
- A base answer that stops early ("the jacket is made of", "a pair of red and black") is cut without hit_limit; an
  empty answer, "they are short" and "the details of the hoodie" are non_answer.
- "he" or "a boy" for a woman or girl, "she" for a man or boy, is pronoun; "the lady" or "the gentleman" in an
  adapter text about a child is the template's word and is not labelled.
- The reference engine's wrong picks are contradiction: skinny for slim fit, floral for polka dots, solid for a block
  print, striped for a car print, a zari border or a plain bomber, long sleeves or sleeveless where the photo shows
  otherwise, t-shirt for a sweatshirt or a romper, "yes" to "Is this a skirt?" for palazzos.
- A person's other garments invented on a photo that has no person ("a man in a grey hoodie and blue jeans" on a
  ghost mannequin, "black leggings and a white top" on a flat-lay) are unsupported, and so are a watch, a pocket
  square, a slit, a rainbow and stars beside the printed unicorn, a tie on an open collar.
- The adapter's template returned for the material question is restated even where it names a fabric; a
  base answer of the pieces' names ("a maroon kurta and white pyjamas", "a yellow tank top") is restated too.
  "the top has details" is non_answer.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, details, is_a, question

color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
colors_items = question("colors_items", "What colors are the items?", "open")
item_count = question("item_count", "How many items are in the photo?", "open")
print_on = question("print", "What is printed on the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")
fit = question("fit", "What is the fit of the jeans?", "closed")

BLIND_212 = [
    # photo: ghost mannequin, men's navy blue pique polo t-shirt with white tipping on the collar, white background.
    # adapter: details
    case(
        "X212-001",
        caption("a navy blue polo shirt on a white background"),
        D.wearing("a blue polo shirt"),
        D.garment_type("t-shirt"),
        D.color("navy"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The T-shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of three men's round-neck tees (black, white, grey melange) on a grey concrete floor.
    # adapter: none
    case(
        "X212-002",
        caption("three t-shirts laid out on a grey floor"),
        colors_items("black, white and grey"),
        item_count("three"),
        D.pattern("solid"),
        D.description("a pack of three t-shirts in black, white and blue", "contradiction"),
        D.material("cotton"),
        D.wearing(
            "three t-shirts Question: How many t-shirts are there? Answer: three",
            "leak",
        ),
        title="Men Pack of 3 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: model shot, man in olive green cargo joggers with side pockets, white tee, white sneakers, beige backdrop.
    # adapter: caption, material
    case(
        "X212-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is crew. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and green pants"),
        color_pants("olive"),
        D.color("white", "other_garment_color"),
        D.details("the pants have pockets on the side and a drawstring at the", "cut"),
        is_a("pair of jeans", "no"),
        D.material(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: ghost mannequin, women's mustard yellow straight kurta, white floral print, three-quarter sleeves.
    # adapter: caption
    case(
        "X212-004",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with floral",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("she is wearing a yellow kurta"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        title="Women Mustard Yellow Floral Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model shot, boy of about eight in a red and navy checked shirt, open over a white tee, blue jeans,
    # light grey studio backdrop. adapter: description
    case(
        "X212-005",
        caption("a young boy in a plaid shirt and jeans"),
        D.wearing("a red plaid shirt and a white t-shirt"),
        color_shirt("white", "other_garment_color"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a pocket on the chest and a hood", "unsupported"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Boys Red & Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay, women's black ankle-length leggings on a white background. adapter: none
    case(
        "X212-006",
        caption("a pair of black leggings on a white background"),
        D.wearing("she is wearing black leggings and a white top", "unsupported"),
        D.garment_type("leggings"),
        D.color("black"),
        D.material("black leggings", "restated"),
        D.details("", "non_answer"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model shot, woman in a peach anarkali kurta with gold embroidery at the yoke, peach trousers, white net
    # dupatta over one shoulder, cream wall with a potted plant. adapter: none
    case(
        "X212-007",
        caption("a woman in a pink dress standing in front of a plant"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        color_kurta("peach"),
        color_dupatta("white"),
        color_pants("white", "other_garment_color"),
        D.details("the kurta has gold embroidery on the neckline"),
        D.material("silk", "unsupported"),
        title="Women Peach-Coloured Embroidered Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: ghost mannequin, men's white slim fit formal shirt, long sleeves, spread collar, white background.
    # adapter: caption, details, material
    case(
        "X212-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay on a wooden floor, women's three-piece set laid out: green kurta with white block print, white
    # palazzos, green dupatta. adapter: none
    case(
        "X212-009",
        caption("a green and white dress laid out on a wooden floor", "contradiction"),
        item_count("three"),
        color_kurta("green"),
        color_pants("green", "other_garment_color"),
        color_dupatta("green"),
        D.pattern("solid", "contradiction"),
        D.material("cotton"),
        D.wearing("a green kurta, white pants and a green", "cut"),
        title="Women Green & White Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model shot, girl of about six in a yellow A-line frock with white polka dots, short puff sleeves,
    # front view, pink wall behind. adapter: none
    case(
        "X212-010",
        caption("a little girl in a yellow dress standing in front of a pink wall"),
        D.wearing("a yellow dress with white polka dots"),
        D.color("pink", "contradiction"),
        D.pattern("floral", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has a bow on the back and a zipper", "unsupported"),
        title="Girls Yellow Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: ghost mannequin, men's grey melange hooded sweatshirt, kangaroo pocket, white drawstrings.
    # adapter: caption, details
    case(
        "X212-011",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a man in a grey hoodie and blue jeans", "unsupported"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. "
            "The lower clothing is of",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("jacket", "yes", "contradiction"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model shot, woman in a blue washed denim jacket over a white tee and black jeans, red brick wall.
    # adapter: details, material
    case(
        "X212-012",
        caption("a woman in a denim jacket standing in front of a brick wall"),
        D.wearing("a denim jacket, a white t-shirt and black jeans"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "blue"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The outer clothing is with denim fabric and pure color patterns. It has a lapel neckline. The lady "
            "wears a short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with denim "
            "fabric. It",
            "restated",
            hit_limit=True,
        ),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: flat-lay, boys' navy blue short-sleeve tee with a big green dinosaur print, white background.
    # adapter: none
    case(
        "X212-013",
        caption("a blue t-shirt with a dinosaur on it"),
        print_on("a dinosaur"),
        D.color("green", "contradiction"),
        D.pattern("graphic"),
        D.wearing(
            "a t-shirt with a dinosaur on it Question: What is the color of the t-shirt? Answer: blue",
            "leak",
        ),
        D.material("cotton"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Boys Navy Blue Dinosaur Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: model shot, man in a white chikankari kurta with a mandarin collar and white pyjamas, yellow wall.
    # adapter: none
    case(
        "X212-014",
        caption("a man in a white kurta standing in front of a yellow wall"),
        D.wearing("a white kurta and pants"),
        D.garment_type("kurta"),
        D.color("yellow", "contradiction"),
        D.details("the kurta has embroidery on the front and a", "cut"),
        neckline("a round neckline", "contradiction"),
        D.material("cotton"),
        title="Men White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: ghost mannequin, women's maroon sleeveless georgette top with a ruffle along the round neckline.
    # adapter: details
    case(
        "X212-015",
        caption("a maroon top with ruffles on a white background"),
        D.wearing("he is wearing a red top", "pronoun"),
        D.garment_type("top"),
        D.color("red"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. It has a round neckline. The "
            "upper clothing has no sleeves, chiffon",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Maroon Solid Georgette Ruffled Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat-lay, men's light blue slim fit jeans on a wooden table, front view, no belt. adapter: none
    case(
        "X212-016",
        caption("a pair of blue jeans on a wooden table"),
        D.wearing("a man wearing blue jeans and a brown belt", "unsupported"),
        color_jeans("blue"),
        fit("skinny", "contradiction"),
        D.details("the jeans have a zipper and", "cut"),
        is_a("pair of jeans", "yes"),
        D.material("denim"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model shot, woman in a black and white striped short-sleeve bodycon midi dress, black heels, grey
    # backdrop, no belt. adapter: caption, material
    case(
        "X212-017",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with striped patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white striped dress and black shoes"),
        D.color("black"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves"),
        D.description("a black and white striped dress with a belt", "unsupported"),
        D.material(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Black & White Striped Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: ghost mannequin, boys' navy blue long-sleeve quilted puffer jacket, hood with orange lining inside.
    # adapter: none
    case(
        "X212-018",
        caption("a navy blue jacket with a hood on a white background"),
        D.wearing("he is wearing a blue jacket"),
        D.garment_type("jacket"),
        D.color("orange", "contradiction"),
        D.details("the jacket has a hood and a zipper"),
        D.material("the jacket is made of", "cut"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Boys Navy Blue Solid Padded Jacket with Hood",
        category="Jackets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: model shot, woman in a plain teal blue Banarasi silk saree, wide gold zari border, matching blouse, gold
    # stud earrings, no necklace, grey backdrop. adapter: none
    case(
        "X212-019",
        caption("a woman in a blue sari"),
        D.wearing("a blue saree and a gold necklace", "unsupported"),
        D.garment_type("saree"),
        D.color("gold", "contradiction"),
        D.details("the saree has a gold border"),
        D.material("silk"),
        D.pattern("striped", "contradiction"),
        title="Teal Blue & Gold-Toned Zari Woven Banarasi Silk Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: ghost mannequin, men's black track pants with a white stripe down each side. adapter: caption
    case(
        "X212-020",
        caption(
            "This man wears a long pants. The pants are with cotton fabric and pure color patterns. This man wears a "
            "long pants. The pants are with cotton fabric and pure color patterns. This man wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black pants"),
        color_pants("black"),
        D.color("white", "contradiction"),
        D.pattern("solid"),
        D.details("the pants have white stripes on the side"),
        D.material("the material of the pants", "non_answer"),
        title="Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay, three boys' tees (red, yellow, blue) each with a cartoon car print, white background.
    # adapter: none
    case(
        "X212-021",
        caption("three t-shirts with cars on them"),
        colors_items("red, yellow and green", "contradiction"),
        item_count("two", "contradiction"),
        D.description("three t-shirts"),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        title="Boys Pack of 3 Printed Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: model shot, man in a rust orange linen shirt with one chest pocket, sleeves rolled to the elbow, beige
    # chinos, trees in the background. adapter: none
    case(
        "X212-022",
        caption("a man in an orange shirt and khaki pants standing in front of trees"),
        color_shirt("orange"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has two pockets on the chest", "unsupported"),
        D.material("linen"),
        D.wearing("a man in an orange shirt and a watch", "unsupported"),
        title="Men Rust Orange Solid Linen Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: ghost mannequin, women's lavender cropped sweatshirt with white "BROOKLYN" text across the chest.
    # adapter: caption, description
    case(
        "X212-023",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve sweater with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple sweatshirt with the word brooklyn on it"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("purple"),
        print_on("brooklyn"),
        D.description(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Lavender Typography Printed Cropped Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model shot, girl of about seven in a short-sleeve pink choli with gold embroidery, a green lehenga and an
    # orange dupatta, no mirror work, white backdrop. adapter: none
    case(
        "X212-024",
        caption("a little girl in a pink and green dress"),
        D.wearing("he is wearing a pink and green lehenga", "pronoun"),
        color_blouse("pink"),
        color_skirt("pink", "other_garment_color"),
        color_dupatta("orange"),
        D.details("the lehenga has gold embroidery and mirror work", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Girls Pink & Green Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay, men's charcoal grey slim fit chinos, front view, white background. adapter: none
    case(
        "X212-025",
        caption("a pair of gray pants on a white background"),
        D.garment_type("trousers"),
        D.color("black", "contradiction"),
        D.details("the pants have two pockets on the front"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.material("cotton"),
        D.description(
            "a pair of gray pants Question: What is the color of the pants? Answer: gray",
            "leak",
        ),
        title="Men Charcoal Grey Slim Fit Chinos",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model shot, woman in a navy blue wrap maxi dress with small white flowers, short sleeves, tie at the
    # waist, holding a straw bag, white wall. adapter: caption
    case(
        "X212-026",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady is wearing a ring. There is an accessory in her hand. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress and a straw bag"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has a tie at the waist and a slit on the side", "unsupported"),
        title="Women Navy Blue Floral Print Wrap Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: ghost mannequin, men's white shirt with blue vertical stripes, short sleeves. adapter: wearing
    case(
        "X212-027",
        caption("a white and blue striped shirt"),
        D.wearing(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("a white and blue striped shirt", "restated"),
        title="Men White & Blue Striped Short Sleeves Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay, men's maroon kurta with a button placket beside cream pyjamas, beige cloth backdrop.
    # adapter: caption
    case(
        "X212-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. The "
            "gentleman",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red kurta and white pants"),
        item_count("two"),
        color_kurta("maroon"),
        color_pants("maroon", "other_garment_color"),
        D.details("the kurta has buttons on the front"),
        D.material("a maroon kurta and white pyjamas", "restated"),
        title="Men Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: model shot, toddler boy in blue denim dungarees with a bib pocket and buttoned straps over a yellow tee
    # (the set's two pieces), white backdrop. adapter: details
    case(
        "X212-029",
        caption("a little boy in overalls and a yellow shirt"),
        D.wearing("a yellow shirt and blue overalls"),
        D.garment_type("dungarees"),
        color_of("dungarees", "yellow", "other_garment_color"),
        D.details(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The upper clothing has short sleeves",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Boys Blue Solid Denim Dungarees with T-shirt",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat-lay, women's black flared rayon palazzos on a white background (feed row has no gender).
    # adapter: none
    case(
        "X212-030",
        caption("a pair of black pants on a white background"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("trousers"),
        D.color("black"),
        D.description("black wide leg pants"),
        D.material("silk", "unsupported"),
        is_a("skirt", "yes", "contradiction"),
        title="Women Black Solid Rayon Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # photo: model shot, man in a mustard yellow hoodie and black jeans, holding a coffee cup, graffiti wall.
    # adapter: material
    case(
        "X212-031",
        caption("a man in a yellow hoodie standing in front of a wall with graffiti"),
        D.wearing("a yellow hoodie and black jeans"),
        D.garment_type("sweatshirt"),
        D.color("orange", "contradiction"),
        D.details("the details of the hoodie", "non_answer"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: ghost mannequin, girls' light blue washed denim shorts with frayed hems. adapter: caption
    case(
        "X212-032",
        caption(
            "The lower clothing is of short length. The fabric is denim and it has pure color patterns. The upper "
            "clothing has short sleeves, cotton fabric and pure color patterns. It has a round",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing blue shorts", "pronoun"),
        color_shorts("blue"),
        details("shorts", "they are short", "non_answer"),
        is_a("pair of shorts", "yes"),
        D.material("denim"),
        title="Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat-lay on a white table, women's blue kurta with ethnic motifs, blue trousers and a white dupatta with
    # a blue print, a pair of silver earrings as a prop. adapter: none
    case(
        "X212-033",
        caption("a blue kurta, pants and a white scarf on a table with earrings"),
        D.wearing(
            "a blue kurta and a white dupatta Question: What is the color of the pants? Answer: blue",
            "leak",
        ),
        color_kurta("blue"),
        color_pants("blue"),
        color_dupatta("blue", "other_garment_color"),
        D.pattern("printed"),
        D.material("the kurta is made of cotton and the dupatta is made of", "cut"),
        title="Women Blue Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model shot, woman in a black faux leather biker jacket (no belt) over a red top, blue jeans, grey
    # backdrop. adapter: caption
    case(
        "X212-034",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket, a red shirt and jeans"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("the jacket has a zipper and a belt", "unsupported"),
        D.material("leather"),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: ghost mannequin, men's navy blue round-neck tee with white "NYC 1984" print on the chest.
    # adapter: caption, details
    case(
        "X212-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short-sleeve T-shirt with graphic patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue t-shirt", "pronoun"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        print_on("nyc 1984"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model shot, woman sitting on a wooden chair in a white collared short-sleeve shirt and matching shorts,
    # both with pink flowers. adapter: none
    case(
        "X212-036",
        caption("a woman in a white floral shirt and shorts sitting on a chair"),
        D.wearing("a white shirt and white shorts with pink flowers"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details(
            "the shirt has a collar and buttons Question: What is the color of the shorts? Answer: white",
            "leak",
        ),
        D.material("a white floral shirt and shorts", "restated"),
        title="Women White & Pink Floral Print Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: ghost mannequin, men's plain beige bomber jacket, black ribbed collar, cuffs and hem, side pockets, no
    # sleeve pocket. adapter: none
    case(
        "X212-037",
        caption("a tan jacket on a white background"),
        D.wearing("a man wearing a tan jacket and black", "cut"),
        D.garment_type("jacket"),
        D.color("black", "contradiction"),
        D.details("the jacket has a zipper and pockets on the sleeves", "unsupported"),
        D.pattern("striped", "contradiction"),
        title="Men Beige Solid Bomber Jacket",
        category="Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: flat-lay, girls' pink tee with a unicorn print beside grey leggings, white background.
    # adapter: caption
    case(
        "X212-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a boy wearing a pink t-shirt", "pronoun"),
        item_count("two"),
        color_tshirt("pink"),
        color_of("leggings", "pink", "other_garment_color"),
        print_on("a unicorn with a rainbow and stars", "unsupported"),
        title="Girls Pink & Grey Printed T-shirt with Leggings",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: model shot, man in a navy blue two-button blazer over a white shirt with an open collar (no tie), grey
    # trousers, grey backdrop. adapter: none
    case(
        "X212-039",
        caption("a man in a suit and tie", "unsupported"),
        D.wearing("a blue blazer, a white shirt and gray pants"),
        D.garment_type("blazer"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("the blazer has two buttons and a pocket square", "unsupported"),
        D.material("wool", "unsupported"),
        title="Men Navy Blue Solid Single-Breasted Slim Fit Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: ghost mannequin, women's off white knitted button-front cardigan, v-neck, long sleeves.
    # adapter: caption, details
    case(
        "X212-040",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a white sweater Question: What is the color of the sweater? Answer: white",
            "leak",
        ),
        D.garment_type("cardigan"),
        D.color("cream"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a v-shape neckline. The sweater is "
            "with knitting fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("knit"),
        title="Women Off White Self Design Cardigan",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: model shot, boy in a white kurta, white pyjamas and a navy blue Nehru jacket with gold buttons, beige
    # backdrop. adapter: none
    case(
        "X212-041",
        caption("a young boy in a white kurta and a blue vest"),
        D.wearing("she is wearing a white kurta and a blue jacket", "pronoun"),
        color_kurta("white"),
        color_of("jacket", "white", "other_garment_color"),
        D.details("the jacket has gold buttons"),
        D.material("the kurta is", "cut"),
        title="Boys White Kurta with Pyjamas & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay, men's red and black checked cotton lounge pants with a drawstring, white background.
    # adapter: details
    case(
        "X212-042",
        caption("a pair of red and black plaid pants"),
        D.wearing("a man wearing a pair of red and black", "cut"),
        D.color("red"),
        D.pattern("checked"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has lattice patterns. The lower "
            "clothing is of long length. The fabric is cotton and",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men Red & Black Checked Cotton Lounge Pants",
        category="Lounge Pants",
        color="Red",
        gender="Men",
    ),
    # photo: model shot, woman in a mustard yellow ribbed tank top tucked into light blue mom jeans, white wall.
    # adapter: none
    case(
        "X212-043",
        caption("a woman in a yellow top and jeans"),
        D.wearing("a yellow tank top tucked into blue jeans"),
        D.garment_type("top"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.material("a yellow tank top", "restated"),
        D.details("the top has details", "non_answer"),
        title="Women Mustard Yellow Ribbed Tank Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: ghost mannequin, men's navy blue chino shorts, front view, white background.
    # adapter: caption, description
    case(
        "X212-044",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("blue shorts"),
        color_shorts("blue"),
        D.details("the shorts have pockets"),
        is_a("pair of shorts", "yes"),
        D.material("cotton"),
        D.description(
            "This gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. The shorts "
            "are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay, two infant rompers (one white with small bear prints, one plain blue), snap buttons down the
    # front, white background (feed row has no color). adapter: none
    case(
        "X212-045",
        caption("two baby onesies on a white background"),
        D.wearing("he is wearing a onesie"),
        item_count("two"),
        colors_items("white and blue"),
        D.garment_type("t-shirt", "contradiction"),
        D.details("the rompers have snap buttons on the front and bears printed on them"),
        D.material("the romper is made of", "cut"),
        title="Infant Boys Pack of 2 Printed Pure Cotton Rompers",
        category="Rompers",
        gender="Boys",
    ),
    # photo: model shot, woman in a white kurti with a black block print and three-quarter sleeves, blue jeans, a
    # green wall of plants behind. adapter: caption, material
    case(
        "X212-046",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white kurti and blue jeans"),
        D.garment_type("kurta"),
        D.color("green", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter sleeves"),
        D.material(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is",
            "restated",
            hit_limit=True,
        ),
        title="Women White & Black Printed Kurti",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
]
