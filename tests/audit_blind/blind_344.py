"""BLIND_344 (46 products; mixed women's, men's and kids' catalog, one night's run, base and both adapters): written
blind in the forty-fourth session. Measured blind at 15c67b8 (the session's rules as they stood): 112/126 failures
found (88.9%) and 13/158 correct texts flagged (8.2%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed drawn at random from one night's run of enrich: women, men and kids,
every category (t-shirts, shirts, tops, jeans, trousers, shorts, skirts, leggings, dresses, kurtas and kurta sets,
sarees, sherwanis, dhotis, lehengas, bras, trunks, vests, camisoles, night suits, sweaters, cardigans, hoodies,
jackets, coats, thermals), model shots (studio, walls, streets, parks, temples, beds) and flat-lays (folded on
tables, beds, floors, with props such as sunglasses, a tie or a coffee cup). Each row has the seller's title,
category, color and gender; a few rows miss the gender or the color, as real feeds do. The default questionnaire,
plus a few per-piece color questions and the yes/no "Is this a ...?" question.

Who wrote what: each product's generated texts (caption and open answers: wearing, description, details, material)
come from one of three models, about a third of the products each, and the comment before each case says which:
- base: the untuned `Salesforce/blip2-opt-2.7b`; short lowercase texts that stop on their own (newline), never
  hit_limit. Its failures are the ones CONTEXT.md lists for the untuned base: one color for two garments, wrong
  pronoun, invented details, the odd run-on into "Question: ... Answer:", an early stop, a non-answer.
- VQA adapter (`leoreigoto/Data3_V3_BLIP2_VQA`): trained with unmasked labels and no end token, so every text runs
  to its limit (hit_limit=True): hyphen or word loops ("black-black-black"), lists that repeat ("the collar, the
  sleeves, the collar, ..."), cuts, and the trained prompt format leaking ("... Question: What is the color of the
  shirt? Answer: ..."). Asked for a caption (no question) it answers as if asked what the person wears.
- caption adapter (`leoreigoto/Data2_V2_Blip2_Finetune_Caption`): the DeepFashion template ("The lady wears a ...
  with pure color patterns. The ... is with cotton fabric."), no end token, runs to its limit (hit_limit=True), and
  returns the template to every question.
The closed questions (garment_type, color, pattern, sleeve_length, color of a named piece, "Is this a ...?") are
enrich's `--engine reference` answers, values chosen from candidate sets, never a loop nor a cut, whatever model
wrote the open texts of the product.

Labeling conventions and judgement calls:
- Every adapter text hit its limit; none is labelled correct. A text that repeats a phrase or sentence is loop; one
  that stops mid-sentence without repeating is cut; one that runs into "Question: ... Answer:" is leak. The caption
  template returned for the material question is restated, even where it names a fabric.
- Where the caption template misnames the garment itself (a bra as a tank top, a kurta as a dress), that is what the
  auditor sees first: contradiction, hit_limit kept. Where it says "the lady" for a men's or boys' product, that is
  pronoun. Invented items before a cut (trousers under a flat-lay t-shirt, heels, a backpack) leave the label cut.
  A flat-lay with no gender in the feed makes "the lady" no pronoun failure.
- Shade words are correct: yellow for mustard, blue for navy or teal, green for olive, emerald, mint, purple for
  lavender or lilac, beige for nude or khaki, brown or tan for camel, cream for off white. Garment synonyms are
  correct: kurta pajama for kurta with churidar, vest for a Nehru jacket, hoodie for a hooded sweatshirt, sweater for
  a cardigan, pajama set for a night suit, henley for a t-shirt, blouse for a top.
- A closed color that belongs to another piece in the photo (the tucked-in tee, the sweater over a skirt, the
  collar of the shirt under a sweater) is other_garment_color, and so is an open answer that gives the product that
  color ("a black coat" for a camel coat over a black turtleneck, "red jeans" beside a red shirt). A wrong color no
  piece has, or navy called black, is contradiction.
- One color given to two pieces that differ: where it is the product's color wrongly given to the other piece
  ("white pants and a white sweater" for white trousers under a beige top, "a white blouse and a white skirt", "an
  orange kurta and orange vest"), the auditor sees a contradiction of the other piece; where the product gets the
  other piece's color ("grey sweatpants" beside a grey hoodie), other_garment_color.
- Reference colors that name the trim, print or embroidery (gold for a maroon saree with a zari border, gold for a
  cream sherwani with gold embroidery, white for a black dress with white dots) are contradiction, as are mustard as
  orange, lavender as pink, nude as white and navy as black. "solid" for a printed garment, "checked" for a plain
  oxford shirt and "sleeveless" for flutter sleeves are contradiction; "jacket" for a pullover hoodie is too.
- Reference pattern "striped" for pleats or cable knit, "checked" for a plain dhoti, and sleeve "short sleeves" for
  full sleeves are contradiction. "Is this a pair of shorts?" yes for trunks, and "Is this a dress?" yes for an
  anarkali kurta, are contradiction; "Is this a sweater?" yes for a cardigan is correct.
- For a pack (trunks, camisoles) of several colors I asked no color question: no single candidate is right.
- A striped product answered "striped", a black-and-white striped tee answered "black" (the seller's color) and
  "striped" for track pants with side stripes are correct.
- Materials: a fabric the title names is correct; a plausible guess for a fabric the title does not name (polyester
  for a puffer, wool for a trench coat) is correct; a fabric the title contradicts (silk for a cotton kurta or a
  cotton lehenga, cotton for polyester track pants) is unsupported. "the coat has details", "the details of the
  night suit" and "they are shorts" (for the shorts' details) are non_answer; the garment's name and color given
  for the material is restated; "the dhoti has a" and "it is made of" (early stops of the base model) are cut,
  without hit_limit.
- Invented parts (a zipper on a pullover crop top, a hood on a flannel shirt or a henley, a fur collar on a puffer,
  panties beside a flat-lay bra) are unsupported. "he"/"she", "a girl" or "a woman" against the feed's gender is
  pronoun (the base model calls a hooded boy "a young girl").
- Calling a shirt dress "a shirt" and the cami-and-shorts night suit "a nightgown" are contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")


def loop(word: str, times: int, sep: str = "-") -> str:
    """The VQA adapter's word loop, as far as the token limit let it go."""
    return sep.join([word] * times)


BLIND_344 = [
    # photo: woman in a mustard yellow ribbed sleeveless crop top, light blue mom jeans, against a plain white wall;
    # front view, knees up.
    # base model
    case(
        "X344-001",
        caption("a woman in a yellow top and blue jeans standing against a white wall"),
        D.wearing("a yellow crop top and jeans"),
        D.garment_type("top"),
        D.color("orange", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("it has a zipper on the front", "unsupported"),
        D.material("cotton"),
        title="Women Mustard Yellow Ribbed Cotton Crop Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat-lay of a navy blue round-neck t-shirt with a white "BROOKLYN" typography print, on a wooden floor.
    # caption, wearing: caption adapter
    case(
        "X344-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("black", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        title="Men Navy Blue Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: girl in a pink and white floral A-line cotton frock with flutter sleeves, holding a teddy bear,
    # pastel pink backdrop, full length.
    # caption, wearing: VQA adapter
    case(
        "X344-003",
        caption(
            "a little girl in a pink dress holding a teddy bear Question: What is the color of the dress? Answer: "
            "pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.wearing(loop("dress", 15), "loop", hit_limit=True),
        D.color("pink"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        is_a("dress", "yes"),
        title="Girls Pink Floral Print Fit and Flare Cotton Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in a white chikankari-embroidered cotton kurta with a white churidar, beige studio backdrop, full
    # length, front view.
    # base model
    case(
        "X344-004",
        caption("a man in a white kurta and pants"),
        D.wearing("a white kurta pajama"),
        D.description("a white kurta with embroidery on the front"),
        D.garment_type("kurta"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of a black lace non-padded bra on a white surface, straps spread.
    # base model
    case(
        "X344-005",
        caption("a black bra on a white background"),
        D.wearing("a black bra and panties", "unsupported"),
        D.details("lace"),
        D.garment_type("bra"),
        D.color("black"),
        D.material("a black bra", "restated"),
        title="Women Black Lace Non-Padded Non-Wired Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man in light blue slim-fit jeans, a white t-shirt tucked in, white sneakers; grey studio backdrop,
    # framed from the chest down.
    # caption, details: caption adapter
    case(
        "X344-006",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric. The trousers are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns and a long",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        color_jeans("white", "other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        title="Men Light Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a maroon silk saree with a broad gold zari border and a gold blouse, standing by a carved
    # stone pillar; full length.
    # caption, wearing: VQA adapter
    case(
        "X344-007",
        caption(
            "a woman in a red dress a woman in a red dress a woman in a red dress a woman in a red dress a woman in "
            "a red dress a woman in a red",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "dress and a dress and a dress and a dress and a dress and a dress and a dress and a",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("saree"),
        D.color("gold", "contradiction"),
        D.pattern("solid"),
        is_a("saree", "yes"),
        title="Maroon Woven Design Silk Blend Saree with Zari Border",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: boy in an olive green hooded puffer jacket, zipped up, black joggers, in a park with trees behind.
    # base model
    case(
        "X344-008",
        caption("a young girl in a green jacket standing in a park", "pronoun"),
        D.wearing("a green jacket and black pants"),
        D.description("a green jacket with a hood and a zipper and a fur collar", "unsupported"),
        D.garment_type("jacket"),
        D.color("green"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.material("polyester"),
        title="Boys Olive Green Solid Hooded Padded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Boys",
    ),
    # photo: woman in a teal blue straight kurta with a small white floral print, three-quarter sleeves, white
    # palazzos; studio with a potted plant beside her.
    # caption, material: caption adapter
    case(
        "X344-009",
        caption(
            "The lady wears a three-quarter-sleeve dress with floral patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a three-quarter-sleeve dress with floral patterns. The dress is with cotton fabric. It "
            "has a v-shape",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Teal Blue Floral Printed Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a red and navy checked flannel shirt, open, sleeves rolled, over a white crew-neck t-shirt,
    # dark blue jeans; red brick wall behind.
    # base model
    case(
        "X344-010",
        caption("a man in a plaid shirt standing in front of a brick wall"),
        D.wearing("a red plaid shirt and red jeans", "other_garment_color"),
        D.description("a red and blue plaid shirt with a white t-shirt underneath"),
        D.details("the shirt has two pockets on the chest and a hood", "unsupported"),
        D.color("red"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves"),
        title="Men Red & Navy Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in black ankle-length leggings, a grey oversized sweatshirt over them, white sneakers; white
    # studio, full length.
    # caption, wearing: VQA adapter
    case(
        "X344-011",
        caption(loop("black", 25), "loop", hit_limit=True),
        D.wearing(
            "the person is wearing a grey sweatshirt and black leggings and a pair of white sneakers and a pair of",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "the leggings are black. the leggings are black. the leggings are black. the leggings are black. the",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("leggings"),
        D.color("grey", "other_garment_color"),
        is_a("leggings", "yes", article="a pair of"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a red and white Fair Isle knitted crew-neck sweater on a white bedspread.
    # caption, wearing: caption adapter
    case(
        "X344-012",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with knitting fabric. "
            "The lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("red"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves"),
        title="Kids Red & White Fair Isle Acrylic Pullover Sweater",
        category="Sweaters",
        color="Red",
    ),
    # photo: woman in a black and white polka dot wrap midi dress, short sleeves, straw bag in hand, on a sunny
    # street.
    # caption, details: caption adapter
    case(
        "X344-013",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and graphic patterns. It has a v-shape neckline. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves"),
        title="Women Black & White Polka Dot Print Wrap Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of three folded trunks (black, grey melange, navy) in a fan, on a white surface.
    # caption, wearing: VQA adapter
    case(
        "X344-014",
        caption(
            "What is the color of the trunks? Answer: black Question: What is the color of the trunks? Answer: "
            "black Question: What is",
            "leak",
            hit_limit=True,
        ),
        D.wearing(loop("shorts", 16, " "), "loop", hit_limit=True),
        D.garment_type("trunks"),
        D.pattern("solid"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        title="Men Pack of 3 Solid Cotton Trunks",
        category="Trunks",
        color="Assorted",
        gender="Men",
    ),
    # photo: woman in white wide-leg linen trousers with a beige knit top tucked in; plain off-white wall, full
    # length.
    # base model
    case(
        "X344-015",
        caption("a woman in white pants and a beige top"),
        D.wearing("white pants and a white sweater", "contradiction"),
        D.details("the pants have a high waist and wide legs"),
        color_pants("white"),
        D.color("beige", "other_garment_color"),
        D.material("linen"),
        title="Women White Linen Blend Wide Leg Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: man in a charcoal grey crew-neck pullover over a white collared shirt (collar showing), dark grey
    # trousers; grey studio backdrop.
    # caption, wearing: caption adapter
    case(
        "X344-016",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric. "
            "The gentleman wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        title="Men Charcoal Grey Solid Pullover Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: girl in a yellow mirror-work lehenga choli with a green dupatta, marigold garlands behind her.
    # base model
    case(
        "X344-017",
        caption("a little girl in a yellow and green lehenga"),
        D.wearing("a yellow lehenga"),
        D.description("he is wearing a yellow lehenga with a green dupatta", "pronoun"),
        D.details("the dress has mirror work and a green border"),
        D.garment_type("lehenga choli"),
        D.color("yellow"),
        color_dupatta("green"),
        D.material("silk", "unsupported"),
        title="Girls Yellow & Green Mirror Work Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: man in a white polo t-shirt with navy tipping on the collar, beige chinos, brown belt; white wall.
    # caption, wearing, details: VQA adapter
    case(
        "X344-018",
        caption(
            "the person is wearing a white polo shirt and khaki pants. the person is wearing a white polo shirt and "
            "khaki pants. the person",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a white polo shirt and a pair of khaki pants with a brown belt and a pair of white sneakers and a pair of",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the collar, the sleeves, the buttons, the collar, the sleeves, the buttons, the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        is_a("polo shirt", "yes"),
        title="Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman sitting on a bed with white pillows in a lavender satin camisole and shorts night set.
    # base model
    case(
        "X344-019",
        caption("a woman in a purple satin pajama set sitting on a bed"),
        D.wearing("a purple nightgown", "contradiction"),
        D.garment_type("night suit"),
        D.color("pink", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.material("satin"),
        D.details("the details of the night suit", "non_answer"),
        title="Women Lavender Satin Camisole & Shorts Night Suit",
        category="Night Suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: flat-lay of a boys' green t-shirt with a cartoon dinosaur print, on a grey background.
    # caption, description: caption adapter
    case(
        "X344-020",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short pants. The pants are with",
            "pronoun",
            hit_limit=True,
        ),
        D.description(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("short sleeves"),
        title="Boys Green Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: woman in a white schiffli-embroidered top with short puff sleeves and a blue denim skirt, on a beach.
    # base model
    case(
        "X344-021",
        caption("a woman in a white top and denim skirt on the beach"),
        D.wearing("a white blouse and a white skirt", "contradiction"),
        D.details("the top has puff sleeves and eyelet embroidery"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.material("cotton Question: What is the color of the top? Answer: white", "leak"),
        title="Women White Schiffli Embroidered Puff Sleeve Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a cream sherwani with gold embroidery, a maroon stole over one shoulder, beige churidar;
    # palace courtyard backdrop.
    # caption, wearing: VQA adapter
    case(
        "X344-022",
        caption(loop("jacket", 25), "loop", hit_limit=True),
        D.wearing(
            "a white jacket and white pants Question: What is the color of the jacket? Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("sherwani"),
        D.color("gold", "contradiction"),
        D.pattern("embroidered"),
        is_a("kurta", "no"),
        title="Men Cream-Coloured Embroidered Sherwani Set",
        category="Sherwanis",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a camel double-breasted belted trench coat over a black turtleneck and black trousers,
    # walking on a city street.
    # base model
    case(
        "X344-023",
        caption("a woman in a tan coat walking down the street"),
        D.wearing("a tan trench coat and black pants"),
        D.description("a black coat with a belt", "other_garment_color"),
        D.details("the coat has details", "non_answer"),
        D.color("brown"),
        D.sleeve_length("long sleeves"),
        D.material("wool"),
        title="Women Camel Brown Solid Double-Breasted Trench Coat",
        category="Coats",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: girl in a navy blue pleated skirt and a white t-shirt, plain white backdrop, full length.
    # caption, material: caption adapter
    case(
        "X344-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("navy blue"),
        D.pattern("striped", "contradiction"),
        title="Girls Navy Blue Pleated A-Line Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: man in black track pants with white side stripes and a grey pullover hoodie, in a gym with racks of
    # weights behind.
    # base model
    case(
        "X344-025",
        caption("a man in a grey hoodie and grey sweatpants", "other_garment_color"),
        D.wearing("a grey hoodie and black pants"),
        D.details("white stripes on the side"),
        color_pants("grey", "other_garment_color"),
        D.pattern("striped"),
        D.material("cotton", "unsupported"),
        title="Men Black Polyester Track Pants with Contrast Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an emerald green satin slip maxi dress with thin straps, beige wall with a round mirror.
    # caption, wearing: VQA adapter
    case(
        "X344-026",
        caption(loop("green", 25, " "), "loop", hit_limit=True),
        D.wearing(
            "a green satin dress with thin straps and a slit on the side and a pair of gold heels and a gold "
            "necklace and",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the straps, the slit, the back, the straps, the slit, the back, the straps, the slit, the back, the",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        title="Women Emerald Green Satin Slip Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: boy in an orange kurta, white pyjama and a blue printed Nehru jacket, festive backdrop with lamps.
    # base model
    case(
        "X344-027",
        caption("a little boy in an orange kurta and orange vest", "contradiction"),
        D.wearing("an orange kurta and a blue jacket"),
        D.description("she is wearing an orange kurta", "pronoun"),
        D.garment_type("kurta"),
        D.color("orange"),
        color_pants("orange", "other_garment_color"),
        title="Boys Orange Kurta with Pyjamas & Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: flat-lay of a folded light blue oxford formal shirt with a navy tie laid across it, on a dark desk.
    # caption, details: caption adapter
    case(
        "X344-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is a tie around his neck. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric. It has a lapel neckline. There is a tie around his neck. The shirt is "
            "with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("blue"),
        D.pattern("checked", "contradiction"),
        D.sleeve_length("long sleeves"),
        title="Men Light Blue Slim Fit Oxford Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a mint green anarkali kurta with gota patti trim, white churidar and a mint dupatta; studio
    # with a vase of flowers.
    # caption, wearing: VQA adapter
    case(
        "X344-029",
        caption(
            "a woman in a green dress a woman in a green dress a woman in a green dress a woman in a green dress a "
            "woman in a green",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "the person is wearing a dress Question: Is this a dress? Answer: yes Question: What is the color of the "
            "dress?",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("green"),
        D.sleeve_length("three-quarter sleeves"),
        is_a("dress", "yes", "contradiction"),
        title="Women Mint Green Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mint Green",
        gender="Women",
    ),
    # photo: man in a black hooded sweatshirt with a white chest logo and blue jeans, bare concrete wall.
    # base model
    case(
        "X344-030",
        caption("a man wearing a black hoodie with a white logo"),
        D.wearing("a black hoodie and jeans"),
        D.details(
            "it has a hood and a front pocket Question: What is the color of the hoodie? Answer: black",
            "leak",
        ),
        D.garment_type("sweatshirt"),
        D.color("black"),
        D.pattern("printed"),
        D.material("it is made of", "cut"),
        title="Men Black Brand Logo Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: nude-coloured padded t-shirt bra on a mannequin torso, white backdrop.
    # caption, material: caption adapter
    case(
        "X344-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a short pants. The",
            "contradiction",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("bra"),
        D.color("white", "contradiction"),
        is_a("bra", "yes"),
        title="Women Nude-Coloured Solid Padded T-shirt Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: girl in a lilac fleece hoodie with a unicorn print, blue jeggings, white shoes; white backdrop.
    # caption, wearing: VQA adapter
    case(
        "X344-032",
        caption(
            "a little girl in a purple hoodie with a unicorn on it and blue jeans and white shoes and a pink backpack "
            "and a",
            "cut",
            hit_limit=True,
        ),
        D.wearing(loop("hoodie", 15), "loop", hit_limit=True),
        D.garment_type("jacket", "contradiction"),
        D.color("purple"),
        D.pattern("graphic"),
        is_a("jacket", "no"),
        title="Girls Lavender Unicorn Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: flat-lay of folded khaki cotton chino shorts on a wooden table, sunglasses beside them.
    # caption, wearing, details: VQA adapter
    case(
        "X344-033",
        caption(loop("shorts", 25), "loop", hit_limit=True),
        D.wearing(
            "a pair of khaki shorts and a pair of sunglasses and a pair of khaki shorts and a pair of sunglasses and a",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the pockets, the belt loops, the button, the zipper, the pockets, the belt loops, the button, the",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        color_shorts("beige"),
        is_a("jeans", "no", article="a pair of"),
        title="Men Khaki Solid Cotton Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a black faux-leather mini skirt, a red cable-knit sweater, black tights and ankle boots,
    # autumn park with fallen leaves.
    # caption, wearing: caption adapter
    case(
        "X344-034",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric. The skirt is with leather fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("red", "other_garment_color"),
        is_a("skirt", "yes"),
        title="Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white cotton dhoti with a gold zari border and a beige kurta, sitting on temple steps.
    # base model
    case(
        "X344-035",
        caption("a man in a white dhoti and a kurta sitting on the steps"),
        D.wearing("a white dhoti and a beige kurta"),
        D.details("the dhoti has a", "cut"),
        D.garment_type("dhoti"),
        D.color("white"),
        D.pattern("checked", "contradiction"),
        D.material("cotton"),
        title="Men White Pure Cotton Dhoti with Zari Border",
        category="Dhotis",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of a mustard yellow cable-knit button cardigan on a white sheet, a cup of coffee beside it.
    # caption, wearing: VQA adapter
    case(
        "X344-036",
        caption(
            "a yellow sweater and a cup of coffee on a white bed Question: What is the color of the sweater? Answer: "
            "yellow Question:",
            "leak",
            hit_limit=True,
        ),
        D.wearing(loop("cardigan", 15), "loop", hit_limit=True),
        D.garment_type("cardigan"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        is_a("sweater", "yes"),
        title="Women Mustard Yellow Cable Knit Cardigan",
        category="Cardigans",
        color="Mustard",
        gender="Women",
    ),
    # photo: boy in mid-blue denim shorts and a red and white striped t-shirt, on a playground slide.
    # base model
    case(
        "X344-037",
        caption("a young boy in a red and white striped shirt and jean shorts on a playground"),
        D.wearing("a red shirt and blue shorts"),
        D.description("a pair of red shorts", "other_garment_color"),
        D.details("they are shorts", "non_answer"),
        color_shorts("blue"),
        D.color("blue"),
        D.material("denim"),
        title="Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in a black and white horizontally striped long-sleeve Breton t-shirt with blue jeans, white
    # painted brick wall.
    # caption, details: caption adapter
    case(
        "X344-038",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The lady wears a long-sleeve T-shirt with "
            "striped patterns and a long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long trousers. The T-shirt is with "
            "cotton fabric",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        title="Women Black & White Striped Long Sleeve T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white ribbed sleeveless innerwear vest and grey trunks, plain light grey backdrop.
    # caption, wearing: VQA adapter
    case(
        "X344-039",
        caption(loop("tank top", 17, " "), "loop", hit_limit=True),
        D.wearing(
            "a white tank top and grey shorts Question: What is the color of the tank top? Answer: white Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        is_a("vest", "yes"),
        title="Men White Ribbed Pure Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in pink rayon palazzo pants with a short white kurti, studio backdrop, full length.
    # caption, details: VQA adapter
    case(
        "X344-040",
        caption(
            "a woman in a white top and pink pants a woman in a white top and pink pants a woman in a white top and "
            "pink pants a woman in a white",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the pants, the waist, the pants, the waist, the pants, the waist, the pants, the waist, the pants, the",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("palazzos"),
        D.color("white", "other_garment_color"),
        color_pants("pink"),
        title="Women Pink Solid Rayon Palazzos",
        category="Palazzos",
        color="Pink",
        gender="Women",
    ),
    # photo: flat-lay of two girls' cotton camisoles (one white, one pink) side by side on a pastel background.
    # caption, wearing: caption adapter
    case(
        "X344-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a sleeveless tank top with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("camisole"),
        D.pattern("solid"),
        D.sleeve_length("sleeveless"),
        title="Girls Pack of 2 Cotton Camisoles",
        category="Camisoles",
        color="White",
        gender="Girls",
    ),
    # photo: man in an open tan suede-look bomber jacket over a black t-shirt, olive cargo pants; graffiti wall.
    # caption, wearing: VQA adapter
    case(
        "X344-042",
        caption(loop("brown", 25), "loop", hit_limit=True),
        D.wearing(
            "the person is wearing a brown jacket and a black shirt and green pants and a brown jacket and a black",
            "loop",
            hit_limit=True,
        ),
        D.material(loop("leather", 15), "loop", hit_limit=True),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        title="Men Tan Brown Solid Bomber Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: woman in a red and white gingham checked shirt dress, full sleeves, self belt; wall of framed
    # pictures behind her.
    # base model
    case(
        "X344-043",
        caption("a woman in a red and white checkered dress standing in front of a wall with pictures"),
        D.wearing("a red plaid dress with a belt"),
        D.description("a red and white checkered shirt", "contradiction"),
        D.color("red"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("cotton"),
        title="Women Red & White Gingham Checked Belted Shirt Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay of a navy blue thermal set, long-sleeve top above matching bottoms, on white.
    # caption, material: VQA adapter
    case(
        "X344-044",
        caption(
            "a blue shirt and blue pants on a white background Question: What is the color of the shirt? Answer: "
            "blue Question:",
            "leak",
            hit_limit=True,
        ),
        D.material(loop("cotton", 15, " "), "loop", hit_limit=True),
        D.garment_type("thermal set"),
        D.color("black", "contradiction"),
        D.sleeve_length("long sleeves"),
        title="Kids Navy Blue Solid Thermal Top & Bottom Set",
        category="Thermal Set",
        gender="Boys",
    ),
    # photo: woman in dark blue high-rise skinny jeans and a white shirt, framed from the chest down; white studio.
    # caption, material: caption adapter
    case(
        "X344-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its",
            "restated",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        color_jeans("blue"),
        is_a("jeans", "yes", article="a pair of"),
        title="Women Navy Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in an olive green long-sleeve henley t-shirt with three buttons, mountains behind him.
    # base model
    case(
        "X344-046",
        caption("a woman in a green shirt standing on a mountain", "pronoun"),
        D.wearing("a green henley"),
        D.description(
            "a green long sleeve shirt with a pocket on the chest and a hood",
            "unsupported",
        ),
        D.details("she has a button on the front", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        title="Men Olive Green Solid Henley Neck Cotton T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
]
