"""BLIND_204 (46 products; random sample of a Myntra-like men's/women's/kids' apparel catalog, nightly run): written
blind in the thirty-ninth session. Measured blind at c1c6db6 (the session's rules as they stood): 75/91 failures found
(82.4%) and 5/108 correct texts flagged (4.6%). The writer's notes, verbatim:

Scenario: a random draw of one product per item from an English, Myntra-like catalog feed across men's, women's and
kids' apparel: t-shirts, shirts, tops, dresses, kurtas, jeans, trousers (chinos, palazzos, cargos), shorts, skirts,
jackets, sweatshirts, and sets (kurta sets, a kids' t-shirt-and-shorts set, a co-ord). Most photos are studio model
shots (the model wears the product with other garments: a tee under a jacket, a top over the jeans on sale); a few
are flat lays or hanger shots with no person. Catalog columns are title (brand + gender + color + pattern + garment,
as Myntra writes them), category (Myntra article type), color (the seller's base colour, free-form: "Navy Blue",
"Off White", "Grey Melange") and gender (Men, Women, Boys, Girls). As in a real feed, a few rows lack the color
(empty string) or the gender (None).

Who wrote what: the nightly run splits the catalog shards over the configurations being compared, so each product
has its texts from one configuration. (a) 28 products: the untuned base Salesforce/blip2-opt-2.7b wrote the caption
and the open answers (wearing, description, details, material, and a few extra open questions: what is printed, the
color of a second garment or of the set's other piece). It stops on its own (newline), so its texts are short and
never hit the limit; its failures are wrong or repeated colors, a wrong pronoun, invented details, an empty or
echoing answer, once a leaked "Answer:". (b) 9 products: the caption-only LoRA (Data2_V2_Blip2_Finetune_Caption,
epoch 3) wrote the caption and the description or details, the base the wearing answer. The adapter was trained
without an end token, so every one of its texts runs to the token limit (50 for captions, 30 for answers;
hit_limit=True on each): the DeepFashion-MultiModal template ("The lady wears a long-sleeve dress with floral
patterns. The dress is with cotton fabric..."), no hue names, mostly cut mid-sentence, sometimes looping one
template sentence, inventing accessories, once a wrong pattern and once "gentleman" for a woman. (c) 9 products:
the VQA LoRA (Data3_V3_BLIP2_VQA), also without an end token, wrote the open answers (hit_limit=True on each: loops
of its one-word In-shop classes, run-on answers cut at the limit, or its training format "Question: ... Answer: ..."
continued into the text); the caption there is the base model's (on one product, the caption LoRA's). (d) Every
closed question (garment_type, color, pattern, sleeve_length, "Is this a ...?") is enrich's --engine reference:
candidates ranked, one of a closed set returned, never cut, never hit_limit; its failures are picking the wrong
candidate, most often the color or the type of the other garment in the shot.

Labeling conventions and judgement calls:
- A correct text may be terse ("shorts", "a pink dress") or name the other garments in the shot in their own colors
  ("a white t-shirt and blue jeans" for the jeans); what counts is that it is true of the photo and the product.
- Shade words and broad hues for the seller's color are correct: dark blue for Navy Blue, red for a maroon print,
  white for Cream or Off White, green for Olive, Sea Green or Mint Green, beige for Khaki, purple for Lavender,
  orange or brown for Rust, pink for Peach, blue for navy chinos. A color that belongs to another garment
  in the shot, given as the product's color (or as the color of a piece that has another), is other_garment_color;
  a hue that nothing in the shot has is contradiction ("white" for the light blue shirt, "red" for the pink dress).
- Garment synonyms are correct: hoodie for a hooded sweatshirt, coat for a puffer jacket, sweater for a sweatshirt,
  pants for trousers/palazzos/chinos, blouse or shirt for a shirt-style top, "dress" for an anarkali kurta (it looks
  like a gown). The reference engine's "kurta" for a kurta set and "shirt" for a "Shirt Style Top" are correct; the
  base's "dress" for a top worn over jeans, or "shorts" for full-length chinos, is contradiction. The caption LoRA's
  "dress"/"shirt" for a kurta is the template's nearest class and is not counted by itself.
- Sets named piece by piece in their own colors are correct ("a yellow kurta, green palazzo pants and a green
  dupatta"); one color for every piece ("green" for the pink sharara) is other_garment_color.
- Materials: correct when the title names the material or it is plain from the photo (denim for jeans, linen for a
  pure linen shirt); a material the title contradicts or nothing shows (silk for georgette, linen for pure cotton,
  "100% cotton" for pure linen) is unsupported, as are parts the photo cannot show or does not have (a back zip seen
  from the front, a fur trim, a tie, a chest pocket, a flag) and a person put into a hanger shot or jeans into a flat
  lay.
- One kind per text, the first error in reading order: a caption-LoRA template with a wrong pronoun or a wrong
  pattern near its start and a cut at its end is pronoun / contradiction; one that invents an accessory and then
  stops at the limit is unsupported; a VQA answer that begins looping is a loop though it is also cut; an answer
  that runs on into "Question: ... Answer:" is a leak.
- Every text from the two adapters has hit_limit=True, including one caption-LoRA answer that happens to end on a
  full stop at the limit (X204-031's description), labeled correct: it is complete and true of the photo (the model
  does wear a watch).
- Echoes: "short" for the shorts' details, "they are jeans" for the jeans' details, an empty material answer, "i don't
  know" are non_answer; answers that only rephrase the question ("the garment is made of the material of the
  jacket", "the garment is a dress" for the description) are restated. "the skirt is navy blue" for the details is
  thin but true: correct.
- A flat lay asked "What is the person wearing?" and answered with the garments on show is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

PRINT = question("print", "What is printed on the t-shirt?", "open")
NECKLINE = question("neckline", "What is the neckline of the top?", "open")
BOTTOM = question("bottom", "What is the person wearing on the bottom?", "open")

BLIND_204 = [
    # ================= (a) base model (caption, open answers) + reference engine (closed answers) =================
    # model shot: man in a plain navy crew-neck tee, no pocket, grey jeans, white wall
    case(
        "X204-001",
        caption("a man in a dark blue t-shirt standing against a white wall"),
        D.wearing("a navy blue t-shirt and navy blue jeans", "contradiction"),
        D.color("navy blue"),
        D.material("cotton"),
        D.description("a blue t-shirt with a pocket", "unsupported"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # model shot: white shirt with thin black vertical stripes, spread collar, no pocket, black trousers
    case(
        "X204-002",
        caption("a man in a white shirt with black stripes and black pants"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.color("white"),
        D.pattern("checked", "contradiction"),
        D.details("it has a pocket on the chest and a button down collar", "unsupported"),
        gender="Men",
        title="HERE&NOW Men White & Black Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # model shot: mid-blue slim jeans, white crew-neck tee, white sneakers
    case(
        "X204-003",
        caption("a man in a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details("they are jeans", "non_answer"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # model shot: black pullover hoodie (no zip), white WROGN wordmark across the chest, drawstrings, black joggers
    case(
        "X204-004",
        caption("a man in a black hoodie with a white logo"),
        D.wearing("a black sweatshirt with a hood and black pants"),
        D.pattern("solid", "contradiction"),
        D.details("the hood has a drawstring and there is a zipper in the front", "unsupported"),
        gender="Men",
        title="WROGN Men Black Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # model shot: charcoal grey drawstring shorts with side pockets, white tee, white sneakers
    case(
        "X204-005",
        caption("a man in grey shorts and a white t-shirt"),
        D.color("grey"),
        D.garment_type("t-shirt", "contradiction"),
        D.material("Answer: cotton", "leak"),
        D.description("grey shorts with a drawstring and pockets"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Regular Fit Shorts",
        category="Shorts",
        color="Charcoal",
    ),
    # model shot: pale sea-green pure linen shirt, sleeves rolled, beige trousers
    case(
        "X204-006",
        caption("a man in a light green shirt and beige pants"),
        D.color("beige", "other_garment_color"),
        D.material("linen"),
        D.details("the shirt is made of 100% cotton", "unsupported"),
        gender="Men",
        title="Linen Club Men Sea Green Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # model shot: black tee with a large white-and-orange astronaut graphic (astronaut floating, no flag), blue jeans
    case(
        "X204-007",
        caption("a man wearing a black t-shirt with an astronaut on it"),
        D.color("black"),
        PRINT("a man in a space suit holding a flag", "unsupported"),
        D.description("a white t-shirt with an astronaut on it", "contradiction"),
        gender="Men",
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # model shot: light blue slim formal shirt, no tie, navy chinos, brown belt
    case(
        "X204-008",
        caption("a man in a blue shirt and tie", "unsupported"),
        D.color("light blue"),
        color_of("pants", "blue", kind="open"),
        D.description("a white shirt with a collar", "contradiction"),
        gender="Men",
        title="Van Heusen Men Light Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Light Blue",
    ),
    # model shot: navy shirt and matching navy shorts with a white leaf print, worn as a co-ord
    case(
        "X204-009",
        caption("a man in a blue shirt and blue shorts with a leaf print"),
        D.wearing("she is wearing a blue shirt and shorts", "pronoun"),
        D.color("navy blue"),
        D.details("the details of the garment are the details of the shirt and shorts", "restated"),
        gender="Men",
        title="Jack & Jones Men Navy Blue Tropical Printed Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Navy Blue",
    ),
    # --- women -----------------------------------------------------------------------------------------------------
    # model shot: mustard printed kurta, green palazzos, green dupatta over one shoulder
    case(
        "X204-010",
        caption("a woman in a yellow kurta and green pants with a dupatta"),
        D.wearing("a yellow kurta, green palazzo pants and a green dupatta"),
        D.garment_type("kurta"),
        color_of("dupatta", "yellow", kind="open", failure="other_garment_color"),
        gender="Women",
        title="Libas Women Mustard Yellow & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # model shot: black fitted crop top, short sleeves, square neck, light blue jeans
    case(
        "X204-011",
        caption("a woman in a black crop top and blue jeans"),
        D.wearing("he is wearing a black top and jeans", "pronoun"),
        D.sleeve_length("sleeveless", "contradiction"),
        NECKLINE("square neck"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
    ),
    # model shot: short-haired woman in a white shirt-style top with button front, black straight trousers
    case(
        "X204-012",
        caption("a man in a white shirt and black pants", "pronoun"),
        D.garment_type("shirt"),
        D.color("white"),
        color_of("pants", "white", kind="open", failure="other_garment_color"),
        D.description("a white blouse with buttons down the front"),
        gender="Women",
        title="Vero Moda Women White Solid Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # model shot: navy A-line knee-length skirt, white tee tucked in
    case(
        "X204-013",
        caption("a woman in a white t-shirt and a navy skirt"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.details("the skirt is navy blue"),
        gender="Women",
        title="AND Women Navy Blue Solid A-Line Knee Length Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # model shot: green tiered georgette maxi dress with small white flowers, short flutter sleeves, plain wall
    case(
        "X204-014",
        caption("arafed woman in a green floral dress standing in front of a wall"),
        D.color("green"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("silk", "unsupported"),
        gender="Women",
        title="Berrylush Women Green Floral Print Tiered Georgette Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # model shot: off-white tiered midi skirt with a small maroon block print, black top tucked in
    case(
        "X204-015",
        caption("a woman in a black top and a white skirt"),
        D.wearing("a black top and a white skirt with red flowers"),
        D.color("black", "other_garment_color"),
        D.description("a black skirt", "other_garment_color"),
        gender="Women",
        title="Global Desi Women Off-White & Maroon Printed Tiered Midi Skirt",
        category="Skirts",
        color="Off White",
    ),
    # model shot: rust shirt dress with a self-tie belt, sleeves rolled to the elbow, tan sandals
    case(
        "X204-016",
        caption("a woman in an orange shirt dress with a belt"),
        D.wearing("a brown dress"),
        D.color("orange"),
        D.description("the garment is a dress", "restated"),
        gender="Women",
        title="Athena Women Rust Solid Shirt Dress with Belt",
        category="Dresses",
        color="Rust",
    ),
    # model shot: black flared palazzos, long white kurta over them, juttis
    case(
        "X204-017",
        caption("a woman in a white kurta and black pants"),
        D.wearing("a white top and black palazzo pants"),
        D.garment_type("kurta", "contradiction"),
        D.color("white", "other_garment_color"),
        D.description("black palazzo pants"),
        gender="Women",
        title="Jaipur Kurti Women Black Solid Flared Palazzos",
        category="Trousers",
        color="Black",
    ),
    # hanger shot: light blue and white striped shirt, long sleeves, no person
    case(
        "X204-018",
        caption("a blue and white striped shirt on a hanger"),
        D.wearing("a woman wearing a blue and white striped shirt", "unsupported"),
        D.color("light blue"),
        D.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Light Blue Striped Pure Cotton Shirt",
        category="Shirts",
        color="Light Blue",
    ),
    # model shot: mid-blue washed denim shorts with frayed hems, white ribbed tank top
    case(
        "X204-019",
        caption("a woman in a white tank top and denim shorts"),
        D.wearing("shorts"),
        D.color("white", "other_garment_color"),
        D.details("short", "non_answer"),
        D.description("a pair of blue jean shorts with frayed edges"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # model shot: white chikankari embroidered cotton top worn over light jeans; the feed row has no color
    case(
        "X204-020",
        caption("a woman in a white dress with embroidery", "contradiction"),
        D.wearing("a white shirt and blue jeans"),
        D.color("white"),
        D.material("linen", "unsupported"),
        gender="Women",
        title="Anouk Women White Chikankari Embroidered Pure Cotton Top",
        category="Tops",
        color="",
    ),
    # model shot: red wrap midi dress with white polka dots, short sleeves, v-neck, no slit
    case(
        "X204-021",
        caption("a woman in a black and white polka dot dress", "contradiction"),
        D.wearing("a red dress with white polka dots"),
        D.color("red"),
        D.details("it has a v neck and a slit on the side", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Red Polka Dot Printed Wrap Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # model shot: lavender short-sleeve top with a square neck, white jeans
    case(
        "X204-022",
        caption("a woman in a purple top and white jeans"),
        D.wearing("a purple shirt and white pants"),
        D.color("white", "other_garment_color"),
        D.material("i don't know", "non_answer"),
        gender="Women",
        title="Harpa Women Lavender Solid Square Neck Top",
        category="Tops",
        color="Lavender",
    ),
    # --- kids ------------------------------------------------------------------------------------------------------
    # model shot: boy in a red tee with a green dinosaur print, blue shorts
    case(
        "X204-023",
        caption("a young boy in a red t-shirt with a dinosaur on it"),
        D.wearing("she is wearing a red t-shirt and blue shorts", "pronoun"),
        D.color("red"),
        PRINT("a dinosaur"),
        gender="Boys",
        title="YK Boys Red Dinosaur Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # model shot: girl in a pink sleeveless fit-and-flare dress with a bow at the waist, front view only
    case(
        "X204-024",
        caption("a little girl in a red dress with a bow", "contradiction"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.details("it has a bow on the front and a zipper on the back", "unsupported"),
        gender="Girls",
        title="Hopscotch Girls Pink Solid Fit & Flare Dress with Bow",
        category="Dresses",
        color="Pink",
    ),
    # flat lay: blue tee with a car print laid above plain grey shorts (a two-piece set)
    case(
        "X204-025",
        caption("a blue t-shirt and grey shorts on a white background"),
        D.wearing("a blue shirt and grey shorts"),
        D.color("grey", "other_garment_color"),
        color_of("shorts", "grey", kind="open"),
        gender="Boys",
        title="Babyhug Boys Blue & Grey Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Blue",
    ),
    # model shot: boy in a black hooded puffer jacket zipped up, plain hood (no fur), blue jeans
    case(
        "X204-026",
        caption("a boy wearing a black puffer jacket with a fur hood", "unsupported"),
        D.wearing("a black coat"),
        D.color("black"),
        D.material("the garment is made of the material of the jacket", "restated"),
        gender="Boys",
        title="Pepe Jeans Boys Black Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # model shot: girl in a pale peach sweatshirt with a unicorn print, white leggings
    case(
        "X204-027",
        caption("a little girl wearing a pink sweatshirt with a unicorn on it"),
        D.wearing("a sweater and white leggings"),
        D.color("peach"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a white sweatshirt with a unicorn", "contradiction"),
        gender="Girls",
        title="Mothercare Girls Peach-Coloured Unicorn Printed Sweatshirt",
        category="Sweatshirts",
        color="Peach",
    ),
    # flat lay: yellow kids' tee with a Minions print, nothing else in the shot; the feed row has no gender
    case(
        "X204-028",
        caption("a yellow t-shirt with a minion on it and a pair of jeans", "unsupported"),
        D.wearing("a yellow shirt with minions"),
        PRINT("minions"),
        D.material("", "non_answer"),
        gender=None,
        title="Kids Ville Kids Yellow Minions Printed T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # ======== (b) caption LoRA (caption, description/details) + base (wearing) + reference engine ========
    # model shot: olive bomber jacket with rib collar, black tee, black jeans
    case(
        "X204-029",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. It"
            " has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black pants"),
        D.color("olive"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. It"
            " has a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # model shot: cream self-design straight kurta with mandarin collar, white churidar
    case(
        "X204-030",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It"
            " has a stand neckline. The trousers the gentleman wears is of long length. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and white pants"),
        D.garment_type("kurta"),
        D.color("cream"),
        D.details(
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The"
            " shirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men Cream-Coloured Self Design Straight Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # model shot: black skinny jeans, grey crew-neck tee, steel watch on the left wrist
    case(
        "X204-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is round. The gentleman wears a long denim pants with pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and black jeans"),
        D.color("grey", "other_garment_color"),
        D.description(
            "The pants the gentleman wears is of long length. The pants are with denim fabric and pure color"
            " patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        gender="Men",
        title="Spykar Men Black Skinny Fit Low-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # model shot: black fit-and-flare midi dress with small white flowers, v-neck, short sleeves, no jewellery, no hat
    case(
        "X204-032",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a"
            " v-shape neckline. The dress is of medium length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black dress with white flowers"),
        D.color("black"),
        D.details(
            "The dress is with chiffon fabric and it has a v-shape neckline. The lady wears a ring on her finger."
            " The lady wears a hat on her head",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Black Floral Print Fit & Flare Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # model shot: teal printed anarkali kurta, flared to mid-calf, long sleeves, white churidar
    case(
        "X204-033",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round"
            " neckline. The dress is of long length. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress"),
        D.garment_type("kurta"),
        is_a("kurta", "yes"),
        D.color("teal"),
        D.details(
            "The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The"
            " dress is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="W Women Teal Blue Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # model shot: woman in an oversized grey melange sweatshirt, black biker shorts
    case(
        "X204-034",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric."
            " It has a round neckline. The gentleman wears a short pants. The pants are with",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt and black shorts"),
        D.color("grey"),
        D.description(
            "The sweater is with cotton fabric and pure color patterns. The sweater is with cotton fabric and pure"
            " color patterns. The sweater is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Styli Women Grey Melange Solid Oversized Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # model shot: yellow floral wrap top, long sleeves, white trousers; the feed row has no gender
    case(
        "X204-035",
        caption(
            "This woman wears a long-sleeve blouse with striped patterns. The blouse is with chiffon fabric and it"
            " has a v-shape neckline. The woman wears a long trousers. The trousers are with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow floral blouse and white pants"),
        D.color("yellow"),
        D.details(
            "This woman wears a long-sleeve blouse with floral patterns. The blouse is with chiffon fabric and it has"
            " a v-shape",
            "cut",
            hit_limit=True,
        ),
        gender=None,
        title="StyleStone Women Yellow Floral Print Wrap Top",
        category="Tops",
        color="Yellow",
    ),
    # model shot: girl in a green printed kurta, pink sharara, pink dupatta
    case(
        "X204-036",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round"
            " neckline. The lady wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta and pink pants"),
        D.garment_type("kurta"),
        D.color("green"),
        color_of("pants", "green", kind="open", failure="other_garment_color"),
        gender="Girls",
        title="Biba Girls Green & Pink Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # model shot: woman in a mint green floral shirt, sleeves rolled, blue jeans, bare wrists
    case(
        "X204-037",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The lady wears a long denim pants. There is an accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a green shirt and green pants", "contradiction"),
        D.color("green"),
        D.pattern("floral"),
        D.description(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Mast & Harbour Women Mint Green Floral Printed Casual Shirt",
        category="Shirts",
        color="Mint Green",
    ),
    # ======== (c) VQA LoRA (open answers) + base caption + reference engine ========
    # model shot: khaki slim chinos, full length, white shirt tucked in, brown loafers
    case(
        "X204-038",
        caption("a man in a white shirt and khaki shorts", "contradiction"),
        D.wearing(
            "pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants, shirt, pants,",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.color("beige"),
        D.details(
            "the pants are long and the pants are long and the pants are long and the pants are long and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # model shot: mustard crew-neck sweatshirt, black joggers
    case(
        "X204-039",
        caption("a man in a yellow sweatshirt and black pants"),
        D.wearing(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater"
            " sweater sweater",
            "loop",
            hit_limit=True,
        ),
        D.color("mustard"),
        D.material(
            "cotton Question: what is the color of the sweater? Answer: yellow Question: what is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # model shot: wide-leg light blue high-rise jeans with front pockets, white fitted top tucked in
    case(
        "X204-040",
        caption("a woman in a white top and blue jeans posing for the camera"),
        D.wearing(
            "tee and denim tee and denim tee and denim tee and denim tee and denim tee and denim tee and denim",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.details(
            "the jeans are high waisted and have a wide leg and two pockets on the front and the jeans are made of a"
            " light blue denim that",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # model shot: lavender top with short puff sleeves, round neck and smocked bodice, white jeans
    case(
        "X204-041",
        caption("a woman in a purple top and white jeans"),
        D.wearing(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        D.color("purple"),
        D.description(
            "the blouse has a round neck and short puff sleeves and it is made of a light fabric with a smocked",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Berrylush Women Lavender Puff Sleeve Smocked Top",
        category="Tops",
        color="Lavender",
    ),
    # model shot: maroon kurta with gold-toned print, matching maroon trousers (caption from the caption LoRA)
    case(
        "X204-042",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a"
            " v-shape neckline. The pants the lady wears is of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "dress Question: what is the color of the dress? Answer: red Question: what is the color of the pants?"
            " Answer: red Question",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("maroon"),
        D.details(
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the"
            " hem, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vishudh Women Maroon & Gold-Toned Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Maroon",
    ),
    # model shot: olive cargo trousers with side pockets and drawstring hems, black crop tee
    case(
        "X204-043",
        caption("a woman in a black top and green cargo pants"),
        D.wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants"
            " pants",
            "loop",
            hit_limit=True,
        ),
        D.color("olive"),
        D.description(
            "the pants are cargo pants with pockets on the sides and the pants are green and the pants have a"
            " drawstring at the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Olive Green Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # model shot: short-haired girl in light-fade blue jeans, yellow tee
    case(
        "X204-044",
        caption("a little boy in a yellow shirt and jeans", "pronoun"),
        D.wearing(
            "denim Question: what is the color of the denim? Answer: blue Question: is this a denim? Answer: yes"
            " Question",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("yellow", "other_garment_color"),
        gender="Girls",
        title="Gini and Jony Girls Blue Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # model shot: boy in a white and navy checked short-sleeve shirt with a chest pocket, sleeves rolled, khaki shorts
    case(
        "X204-045",
        caption("a young boy in a checkered shirt and khaki shorts"),
        D.wearing(
            "shirt, shorts, shoes, shirt, shorts, shoes, shirt, shorts, shoes, shirt, shorts, shoes, shirt, shorts,"
            " shoes",
            "loop",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.details(
            "the shirt has a collar and buttons and a pocket on the chest and the sleeves are short and rolled up"
            " and the shirt is",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Allen Solly Junior Boys White & Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # model shot: girl in a purple layered tutu skirt, white tee with a heart print
    case(
        "X204-046",
        caption("a little girl in a white t-shirt and a purple tutu skirt"),
        D.wearing(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        D.color("purple"),
        BOTTOM(
            "a purple skirt Question: what is the color of the skirt? Answer: purple Question: is this a skirt?",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cherry Crumble Girls Purple Solid Layered Tutu Skirt",
        category="Skirts",
        color="Purple",
    ),
]
