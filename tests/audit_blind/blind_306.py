"""BLIND_306 (46 products; a night's run over a men's and women's apparel catalog: topwear to innerwear): written blind
in the forty-third session. Measured blind at f8e69bd (the session's rules as they stood): 111/136 failures found
(81.6%) and 3/168 correct texts flagged (1.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed drawn at random from one night's run: men's and women's topwear (shirts,
t-shirts, polos, crop tops, blazers), bottomwear (jeans, chinos, trousers, joggers, cargo pants and shorts, skirts,
leggings), ethnic wear (kurtas, kurta sets, sarees, Nehru jackets), winter wear (hoodies, sweatshirts, sweaters,
cardigans, puffer, bomber, biker jackets, an overcoat, a thermal top) and innerwear and loungewear (vests, bras,
camisoles, trunks, boxers, night suits, lounge sets, pyjamas). Mostly model shots on studio backdrops, walls,
bedrooms, streets and gardens, with the model wearing other garments besides the product; some flat-lays on white,
wood or colored paper. Each row has the seller's title, category, color and gender; a few miss the color or the
gender, as real feeds do.

Who wrote what: the run used the untuned base `Salesforce/blip2-opt-2.7b` for captions and most open questions
(short, lowercase, stops on its own, never hit_limit), the original experiments' VQA adapter
(`leoreigoto/Data3_V3_BLIP2_VQA`) on some of the experiments' own questions ("What cloth is the person wearing?",
"What is the color of the jeans?", "Describe the shirt.", ...), and the caption adapter on some items' captions and
details. Both adapters were trained with no end-of-answer token, so every adapter text runs to its limit (50 new
tokens for captions, 30 for answers) and carries hit_limit=True: the VQA adapter loops on its short answers
("blue-blue-blue...") or runs on into a sentence cut at the limit; the caption adapter returns the DeepFashion
template to whatever it is asked. The comment before each case names the adapter texts; every other open text is the
base model's. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions, the
experiments' "What is the color of the shirt/pants/jeans?" when stored closed, and "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets: never a loop or a cut, but they can pick the wrong
candidate (the backdrop's color, another piece's color, a shade's neighbour).

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy or teal blue, green for olive or teal, red for
  maroon, yellow for mustard, orange for rust, purple for lavender, pink for peach, white for cream or off white,
  beige or khaki for beige, tan for khaki, grey for charcoal or grey melange. Orange for mustard, black for navy and
  pink for lavender are contradiction. A print or trim color given as the garment's color (green leaves on a white
  shirt, the gold border of a navy saree, the white flowers on pink pyjamas) is contradiction; the color of the
  backdrop (pink paper, a white sweep) given as the garment's color is contradiction.
- The color of another piece the model wears (the tee under a jacket, the shirt tucked into trousers, the kurta over
  leggings) given as the product's color is other_garment_color. When the question itself names the other piece
  ("What is the color of the shirt?" asked of a track pants product), the other piece's true color is correct.
- Garment synonyms count as correct: tank top for a vest or a camisole, hoodie for a hooded sweatshirt, sweatpants or
  track pants for joggers, pajamas for a night suit or lounge pants, underwear for trunks, shorts for boxers, vest
  for a Nehru jacket, jacket for a blazer, coat for an overcoat, long sleeve shirt for a thermal top, sweatsuit for a
  lounge set, nightgown for a night dress, dress for an anarkali kurta (it is cut and worn as a gown). A straight
  kurta called dress, shirt or blouse (the caption adapter's template does all three) is contradiction, hit_limit
  kept; so are "shorts" as the garment type of trunks, "pants" of cargo shorts, "jeans" of chinos, "dress" of a
  saree, "shirt" of a denim jacket, and "no" to "Is this a blazer?" for a blazer.
- Patterns: "striped" for track pants with a side stripe is correct (the stripes are there); "striped" for a plain
  melange thermal or for checked boxers, "floral" for a teddy bear print, are contradiction.
- A per-piece question answered with another piece's color (the beige shorts "red" from the polo, the navy chinos
  "red" from the sweater, the dupatta "orange" from the kurta) is other_garment_color.
- "One color for every garment" (black tee and "black jeans" for blue jeans; "three pairs of black underwear" for a
  black, grey and navy pack) is contradiction.
- Materials: a fibre the title names, leather for faux leather, denim for a denim jacket, wool or knit for a knitted
  sweater or cardigan whose title names no fibre, and cotton for a plain cotton-look garment are correct; a fibre
  neither named nor visible (silk on a ribbed cotton top or a georgette kurta, satin on cotton pyjamas, velvet on a
  plain blazer, leather on a nylon bomber, wool on a thermal, spandex on a camisole) is unsupported. The material
  question answered with the garment's name or color is restated.
- Invented details not in the photo (a chest pocket, rips, a belt, a hood on a collared puffer, gold buttons, a hook
  closure a front flat-lay cannot show, a slit, a logo) are unsupported. A detail that belongs to the layer beneath
  and is named as such ("a white shirt collar under the sweater") is correct.
- Adapter texts: one that repeats a phrase or a sentence is loop; one that stops mid-sentence without repeating is
  cut, even where it invented something before the cut; a template returned for a details question is cut or loop (it
  does give details). Where the template misnames the garment at its start, contradiction; where it calls a man
  "the lady ... her wrist", pronoun (the first thing the auditor meets).
- A base text stopped early ("it is made of", "the details of the shirt are", a caption ending "... coat and") is
  cut, without hit_limit. An empty answer, "the details of the cardigan", "the pants have details", "it is made of
  fabric", "the material of the garment" and "they are shorts" for the shorts' details are non_answer.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" for a woman or "she" for a man is pronoun; "she is wearing ..." for a woman is correct.
- Flat-lays: "What is the person wearing?" answered with the garment alone ("a plaid shirt") is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")
shirt_color = question("shirt_color", "What is the shirt color?", "open")
color_top = question("color_top", "What is the color of the top?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
printed = question("print", "What is printed on the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_306 = [
    # photo: man in a navy slim-fit full-sleeve shirt (no chest pocket), beige chinos, white studio sweep, front view.
    # cloth: VQA adapter
    case(
        "X306-001",
        caption("a man in a blue shirt and khaki pants"),
        wearing("a blue shirt and tan pants", who="he"),
        color_of("shirt", "blue"),
        describe("shirt", "a black button down shirt", "contradiction"),
        cloth(
            "shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white straight kurta with pink floral print, three-quarter sleeves, white palazzos, pale
    # grey backdrop. caption: caption adapter
    case(
        "X306-002",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white kurta with pink flowers and white pants"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        is_a("kurta", "yes"),
        D.material("cotton"),
        title="Women White & Pink Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: man in a black fleece hooded sweatshirt with kangaroo pocket, blue jeans, grey backdrop.
    # details: VQA adapter
    case(
        "X306-003",
        caption("a man wearing a black hoodie and jeans"),
        wearing("a black hoodie and black jeans", "contradiction", who="he"),
        color_of("shirt", "black"),
        D.garment_type("sweatshirt"),
        details(
            "hoodie",
            "the hood, the pocket, the sleeves, the hood, the pocket, the sleeves, the hood, the pocket, the sleeves, "
            "the hood, the",
            "loop",
            hit_limit=True,
        ),
        D.material("fleece"),
        title="Men Black Solid Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a mustard sleeveless ribbed square-neck crop top, white wide-leg jeans, beige wall.
    # no adapter texts
    case(
        "X306-004",
        caption("a woman in a yellow top and white pants standing against a wall"),
        D.wearing("a yellow top and white jeans"),
        D.color("orange", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a yellow crop top with a square neck"),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Ribbed Cotton Crop Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat-lay of grey melange joggers with drawstring waist and two side pockets, on white.
    # details of the pants: VQA adapter
    case(
        "X306-005",
        caption("a pair of grey sweatpants on a white background"),
        D.wearing("a pair of grey sweatpants"),
        D.garment_type("pants"),
        color_of("pants", "grey"),
        details(
            "pants",
            "the drawstring, the pockets, the waistband, the drawstring, the pockets, the waistband, the drawstring, "
            "the pockets, the",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        D.material("", "non_answer"),
        title="Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in black churidar leggings under a long white kurta, side view, white backdrop.
    # no adapter texts
    case(
        "X306-006",
        caption("a woman in a white top and black leggings"),
        D.wearing("a white kurta and black leggings"),
        D.color("white", "other_garment_color"),
        color_of("pants", "black"),
        D.details("they are leggings", "non_answer"),
        is_a("leggings", "yes", article="a pair of"),
        D.material("the leggings are black", "restated"),
        title="Women Black Solid Churidar Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white sleeveless cotton innerwear vest, plain, blue jeans, white backdrop.
    # no adapter texts
    case(
        "X306-007",
        caption("a man in a white tank top and jeans"),
        wearing("a white tank top", who="he"),
        D.garment_type("tank top"),
        D.sleeve_length("sleeveless"),
        D.color("grey", "contradiction"),
        D.description("a white tank top with a logo on the chest", "unsupported"),
        D.material("a white tank top", "restated"),
        title="Men White Solid Pure Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in a floor-length maroon georgette anarkali kurta, gold embroidery on the yoke, long sleeves, red
    # curtain behind. caption: caption adapter
    case(
        "X306-008",
        caption(
            "The lady wears a long-sleeve dress with solid color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with solid",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a red dress with gold embroidery", "pronoun", who="she"),
        D.color("red"),
        is_a("kurta", "no", "contradiction"),
        D.details("gold embroidery on the neckline"),
        D.material("silk", "unsupported"),
        title="Women Maroon Embroidered Georgette Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in an olive nylon bomber jacket, open over a white crew-neck tee, black jeans, city street.
    # describe the jacket: VQA adapter
    case(
        "X306-009",
        caption("a man in a green jacket standing on a street"),
        wearing("a green jacket, white t-shirt and black jeans", who="he"),
        color_of("jacket", "white", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("the jacket has a zipper and two pockets"),
        D.material("leather", "unsupported"),
        describe(
            "jacket",
            "green jacket with a zipper on the front and two pockets on the sides and a white t-shirt underneath and "
            "black jeans and white sneakers on the",
            "cut",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Nylon Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in blue skinny jeans (no rips), white shirt tucked in, white studio backdrop.
    # color of the jeans, cloth: VQA adapter (the color in free generation)
    case(
        "X306-010",
        caption("a woman in a white shirt and blue jeans"),
        wearing("a white shirt and blue jeans", who="she"),
        color_of(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jeans", "the jeans have rips on the knees", "unsupported"),
        D.color("white", "other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        cloth(
            "blouse and denim blouse and denim blouse and denim blouse and denim blouse and denim blouse and denim",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a white cotton kurta (mandarin collar, knee length) and white pyjamas, cream backdrop.
    # caption, details of the kurta: caption adapter
    case(
        "X306-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white kurta and pajamas", who="he"),
        D.garment_type("kurta"),
        D.color("white"),
        color_of("pants", "white"),
        D.material("cotton and the pants are also made of cotton Question: Is this a kurta? Answer: yes", "leak"),
        details(
            "kurta",
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Men White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: woman in a grey melange sweatshirt with "BROOKLYN" printed in white on the chest, black leggings,
    # white backdrop. no adapter texts
    case(
        "X306-012",
        caption("a woman wearing a grey sweatshirt and black leggings"),
        wearing("he is wearing a grey sweatshirt", "pronoun", who="she"),
        D.color("grey"),
        D.garment_type("hoodie", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("it has the word brooklyn printed on the front"),
        printed("the word brooklyn in white letters"),
        title="Women Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: flat-lay of a blue and white checked full-sleeve shirt, button-down collar, on a wooden floor.
    # color of the shirt: VQA adapter (free generation)
    case(
        "X306-013",
        caption("a blue and white checkered shirt on a wooden floor"),
        D.wearing("a plaid shirt"),
        D.pattern("checked"),
        D.color("blue"),
        D.description("a blue and white plaid shirt with a button down collar"),
        D.material("the shirt is blue and white", "restated"),
        color_of(
            "shirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Men Blue & White Checked Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a black non-padded t-shirt bra, front view, on pink paper.
    # no adapter texts
    case(
        "X306-014",
        caption("a black bra on a pink background"),
        D.garment_type("bra"),
        D.color("pink", "contradiction"),
        D.details("the bra has adjustable straps and a hook closure", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Black Solid Non-Padded Cotton T-shirt Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man in navy track pants with a white side stripe and a drawstring, white crew-neck tee, grey backdrop.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X306-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue track pants", who="he"),
        color_of("pants", "blue"),
        color_of("shirt", "white"),
        D.pattern("striped"),
        D.details("the pants have white stripes on the side and a drawstring"),
        cloth(
            "a white tee and navy track pants with white stripes on the side and a pair of white sneakers and a "
            "black watch on the left",
            "cut",
            hit_limit=True,
        ),
        title="Men Navy Blue Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pink night suit with small white flowers all over (notch-collar button shirt and pyjama),
    # standing by a white bed. no adapter texts
    case(
        "X306-016",
        caption("a woman in pink pajamas standing in a bedroom"),
        wearing("pink pajamas with flowers", who="she"),
        D.pattern("floral"),
        color_top("pink"),
        color_of("pants", "white", "contradiction"),
        D.details("the top has buttons and a collar Question: What is the color of the pants? Answer: pink", "leak"),
        D.material("satin", "unsupported"),
        title="Women Pink Floral Printed Cotton Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man in charcoal grey formal trousers, light blue shirt tucked in, black belt, grey backdrop.
    # details: caption adapter
    case(
        "X306-017",
        caption("a man in a blue shirt and grey pants"),
        wearing("a blue shirt and blue pants", "contradiction", who="he"),
        color_of("pants", "blue", "other_garment_color"),
        D.garment_type("trousers"),
        details(
            "trousers",
            "The trousers are with cotton fabric and solid color patterns. The gentleman wears a long-sleeve shirt "
            "with solid color patterns. The shirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        is_a("jeans", "no", article="a pair of"),
        D.material("polyester"),
        title="Men Charcoal Grey Slim Fit Polyester Blend Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a navy art silk saree with a broad gold zari border and matching navy blouse, beige wall.
    # no adapter texts
    case(
        "X306-018",
        caption("a woman in a blue saree with gold border"),
        wearing("a blue sari", who="she"),
        D.garment_type("dress", "contradiction"),
        D.color("gold", "contradiction"),
        D.description("a navy blue saree with a gold border and a matching blouse"),
        D.details("the saree has a gold border and gold tassels on the pallu", "unsupported"),
        D.material("silk"),
        title="Women Navy Blue Zari Bordered Art Silk Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a red cotton pique polo t-shirt (two-button placket), beige shorts, white backdrop.
    # cloth: VQA adapter
    case(
        "X306-019",
        caption("a man in a red polo shirt and khaki shorts"),
        cloth(
            "polo shirt and shorts polo shirt and shorts polo shirt and shorts polo shirt and shorts polo shirt and",
            "loop",
            hit_limit=True,
        ),
        shirt_color("red"),
        color_of("shorts", "red", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.details("the shirt has a collar and two buttons"),
        D.material("the shirt is red", "restated"),
        title="Men Red Solid Cotton Pique Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in olive cargo pants with side pockets, black crop top, grey concrete wall.
    # no adapter texts
    case(
        "X306-020",
        caption("a woman in a black top and green pants"),
        wearing("he is wearing a black crop top and green cargo pants", "pronoun", who="she"),
        color_of("pants", "green"),
        details("pants", "the pants have details", "non_answer"),
        D.color("black", "other_garment_color"),
        D.material("the pants are green", "restated"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Women Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a black puffer jacket with a stand collar (no hood), open over a grey hoodie with the hood out,
    # blue jeans, white backdrop. caption: caption adapter
    case(
        "X306-021",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jacket and a grey hoodie", who="he"),
        color_of("jacket", "grey", "other_garment_color"),
        D.details("the jacket has a hood and a zipper", "unsupported"),
        D.material("a black puffer jacket", "restated"),
        title="Men Black Solid Padded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a light blue denim jacket with metal buttons, over a white tee, black mini skirt, white
    # backdrop. no adapter texts
    case(
        "X306-022",
        caption("a woman in a denim jacket and black skirt"),
        wearing("a denim jacket, a white t-shirt and a black skirt", who="she"),
        D.color("blue"),
        D.garment_type("shirt", "contradiction"),
        describe("jacket", "a light blue denim jacket with white buttons", "unsupported"),
        D.material("denim"),
        D.details("", "non_answer"),
        is_a("denim jacket", "yes"),
        title="Women Light Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: flat-lay of beige chinos (button, zip fly, slant pockets) on white.
    # no adapter texts
    case(
        "X306-023",
        caption("a pair of khaki pants on a white background"),
        D.color("khaki"),
        D.garment_type("jeans", "contradiction"),
        color_of("pants", "beige"),
        D.details("the pants have a button and a zipper and two pockets"),
        D.material("the pants are made of", "cut"),
        title="Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a lavender short-sleeve cotton night dress with a teddy bear print on the front, bedroom with
    # a white wardrobe. caption: caption adapter
    case(
        "X306-024",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple nightgown", who="she"),
        D.color("purple"),
        D.pattern("floral", "contradiction"),
        D.details("the dress has a teddy bear print on the front"),
        D.material("cotton"),
        title="Women Lavender Printed Pure Cotton Night Dress",
        category="Night Dress",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a white short-sleeve shirt printed with green tropical leaves (no pocket), tan shorts, white
    # backdrop. no adapter texts
    case(
        "X306-025",
        caption("a man in a white shirt with green leaves"),
        wearing("a white shirt with green leaves and tan shorts", who="he"),
        D.color("green", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves"),
        shirt_color("green", "contradiction"),
        describe("shirt", "a white shirt with green palm leaves and a pocket", "unsupported"),
        title="Men White Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a rust orange straight kurta, matching rust trousers, cream dupatta over one shoulder,
    # outdoors by a wall. wearing: VQA adapter
    case(
        "X306-026",
        caption("a woman in an orange kurta and dupatta"),
        wearing(
            "dress and pants dress and pants dress and pants dress and pants dress and pants dress and pants dress",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.color("orange"),
        color_dupatta("orange", "other_garment_color"),
        D.details("the kurta has gold buttons on the neck", "unsupported"),
        color_of("pants", "orange"),
        D.material("silk", "unsupported"),
        title="Women Rust Orange Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: man in mid-blue faded jeans (no rips), black crew-neck tee, sitting on a wooden bench outdoors.
    # no adapter texts
    case(
        "X306-027",
        caption("a man wearing black t-shirt and blue jeans sitting on a bench"),
        wearing("a black t-shirt and black jeans", "contradiction", who="he"),
        color_of("jeans", "black", "other_garment_color"),
        details("jeans", "the jeans are faded and distressed at the knees", "unsupported"),
        D.garment_type("jeans"),
        is_a("jeans", "yes", article="a pair of"),
        title="Men Blue Regular Fit Light Fade Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a grey melange long-sleeve round-neck thermal top on a white sweep.
    # no adapter texts
    case(
        "X306-028",
        caption("a grey long sleeve shirt on a white background"),
        D.garment_type("top"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        D.details("it has a round neck and long sleeves"),
        D.material("wool", "unsupported"),
        title="Women Grey Melange Solid Thermal Top",
        category="Thermal Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a maroon crew-neck knitted pullover, white shirt collar showing at the neck, navy chinos,
    # light grey backdrop. caption: caption adapter
    case(
        "X306-029",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. There is an accessory on her wrist. The lady wears a long trousers. The",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a red sweater and blue pants"),
        D.color("red"),
        D.details("a white shirt collar under the sweater"),
        color_of("pants", "red", "other_garment_color"),
        D.material("wool"),
        title="Men Maroon Solid Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a white long-sleeve formal shirt (no pocket), black trousers, office with glass walls.
    # describe: VQA adapter
    case(
        "X306-030",
        caption("a woman in a white shirt and black pants standing in an office"),
        wearing("a white shirt and black pants", who="she"),
        shirt_color("white"),
        describe(
            "shirt",
            "white shirt with long sleeves and a collar and buttons on the front white shirt with long sleeves and a "
            "collar and",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        D.pattern("solid"),
        details("shirt", "the details of the shirt are", "cut"),
        title="Women White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay of a pack of three trunks (black, grey, navy), logo waistbands, on white.
    # no adapter texts
    case(
        "X306-031",
        caption("three pairs of men's underwear on a white background"),
        D.garment_type("shorts", "contradiction"),
        D.description("three pairs of black underwear", "contradiction"),
        D.details("the waistband has a logo Question: What is the color of the waistband? Answer: black", "leak"),
        D.material("cotton"),
        title="Men Pack of 3 Solid Cotton Stretch Trunks",
        category="Trunks",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a blue midi A-line skirt with white flowers, white top tucked in, garden with green hedges.
    # no adapter texts
    case(
        "X306-032",
        caption("a woman in a blue skirt with flowers standing in a garden"),
        D.wearing("a white top and blue floral skirt"),
        color_of("skirt", "white", "other_garment_color"),
        D.pattern("floral"),
        D.description("a blue floral skirt with a slit on the side", "unsupported"),
        D.material("the skirt is blue", "restated"),
        title="Women Blue Floral Printed A-Line Midi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a green silk-blend Nehru jacket with gold buttons over a white kurta, white pyjamas, beige
    # backdrop. caption: caption adapter
    case(
        "X306-033",
        caption(
            "The gentleman wears a sleeveless vest with solid color patterns. The vest is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a green vest and white kurta", "pronoun"),
        D.color("white", "other_garment_color"),
        is_a("jacket", "yes"),
        D.details("the jacket has gold buttons and a pocket square", "unsupported"),
        D.material("silk"),
        title="Men Green Woven Design Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a peach short-sleeve tee with a butterfly graphic and the words "be free", blue jeans,
    # white brick wall. no adapter texts
    case(
        "X306-034",
        caption("a woman in a pink t-shirt and jeans"),
        D.wearing("she is wearing a pink t-shirt and blue jeans"),
        D.color("pink"),
        printed("butterflies and the words be free"),
        D.details("a butterfly print Question: What is the color of the shirt? Answer: pink", "leak"),
        D.sleeve_length("short sleeves"),
        title="Women Peach Graphic Printed Cotton T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a brown faux leather biker jacket with zipped sleeves and pockets, black tee, blue jeans,
    # dark grey backdrop. describe the jacket: VQA adapter
    case(
        "X306-035",
        caption("a man in a brown leather jacket"),
        wearing("she is wearing a brown leather jacket", "pronoun", who="he"),
        color_of("jacket", "brown"),
        D.color("black", "other_garment_color"),
        D.details("the jacket has zippers on the sleeves and pockets"),
        D.material("leather"),
        describe(
            "jacket",
            "brown jacket brown jacket brown jacket brown jacket brown jacket brown jacket brown jacket brown jacket "
            "brown jacket brown jacket",
            "loop",
            hit_limit=True,
        ),
        title="Men Brown Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a navy lounge set (short-sleeve tee and joggers with drawstring and ankle cuffs), sitting on
    # a grey couch. color of the pants: VQA adapter (free generation)
    case(
        "X306-036",
        caption("a woman in a blue sweatsuit sitting on a couch"),
        D.wearing("a blue t-shirt and sweatpants"),
        color_top("black", "contradiction"),
        color_of(
            "pants",
            "blue pants with a drawstring waist and elastic cuffs at the bottom and a blue t-shirt with a round neck "
            "and short sleeves and a",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        D.details("the pants have a drawstring and cuffs at the ankles"),
        D.material("the material of the garment", "non_answer"),
        title="Women Navy Blue Solid Lounge T-shirt with Joggers",
        category="Lounge Set",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: flat-lay of blue and white checked cotton boxers with an elastic waistband, on a light wood table.
    # no adapter texts
    case(
        "X306-037",
        caption("a pair of blue plaid boxer shorts"),
        D.garment_type("shorts"),
        color_of("shorts", "blue"),
        details("shorts", "they are shorts", "non_answer"),
        D.pattern("striped", "contradiction"),
        D.material("cotton Question: What is the pattern of the shorts? Answer: plaid", "leak"),
        title="Men Blue Checked Pure Cotton Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a yellow straight kurta with white thread embroidery at the neck and sleeves, three-quarter
    # sleeves, white palazzos, white backdrop. caption: caption adapter
    case(
        "X306-038",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta with white embroidery and white pants"),
        D.color("yellow"),
        D.details("white embroidery on the neck and sleeves"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("the kurta is yellow", "restated"),
        is_a("dress", "yes", "contradiction"),
        title="Women Yellow Thread Work Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in a grey wool-blend single-breasted overcoat (notch lapel, two buttons, no belt), black turtleneck,
    # black trousers, white backdrop. no adapter texts
    case(
        "X306-039",
        caption("a man in a grey coat and", "cut"),
        wearing("a grey coat, black sweater and black pants", who="he"),
        D.color("black", "other_garment_color"),
        D.garment_type("coat"),
        D.details("the coat has a notch lapel and two buttons and a belt", "unsupported"),
        D.material("wool"),
        color_of("pants", "grey", "other_garment_color"),
        title="Men Grey Solid Wool Blend Overcoat",
        category="Overcoats",
        color="Grey",
        gender="Men",
    ),
    # photo: flat-lay of a nude-coloured seamless camisole with thin straps on white.
    # no adapter texts
    case(
        "X306-040",
        caption("a beige tank top on a white background"),
        D.color("beige"),
        D.garment_type("tank top"),
        D.sleeve_length("sleeveless"),
        D.details("it has thin straps and a lace trim at the top", "unsupported"),
        D.material("spandex", "unsupported"),
        title="Women Nude-Coloured Solid Seamless Camisole",
        category="Camisoles",
        color="Nude",
        gender="Women",
    ),
    # photo: man in olive green cargo shorts with flap pockets, plain white tee, park path.
    # color of the shorts (free generation), details of the shorts: VQA adapter
    case(
        "X306-041",
        caption("a man in a white t-shirt and green shorts"),
        wearing("a white shirt and green shorts", who="he"),
        color_of(
            "shorts",
            "green shorts with pockets on the sides and a drawstring waist and a white t-shirt with a logo on the "
            "front and a pair of white",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("pants", "contradiction"),
        details(
            "shorts",
            "pockets on the sides, pockets on the sides, pockets on the sides, pockets on the sides, pockets on the",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.material("it is made of fabric", "non_answer"),
        title="Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a red single-button blazer with flap pockets, black top, black trousers, grey backdrop.
    # no adapter texts
    case(
        "X306-042",
        caption("a woman in a red blazer and black pants"),
        wearing(
            "a red blazer and black pants Question: What is the color of the blazer? Answer: red", "leak", who="she"
        ),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("the blazer has one button and two flap pockets"),
        D.material("velvet", "unsupported"),
        is_a("blazer", "no", "contradiction"),
        title="Women Red Solid Single-Breasted Blazer",
        category="Blazers",
        color="Red",
    ),
    # photo: man in a cream chikankari cotton kurta (white tonal embroidery, white buttons), white pyjamas, potted
    # plants behind. details of the kurta: caption adapter
    case(
        "X306-043",
        caption("a man in a white kurta with embroidery"),
        wearing("he is wearing a white kurta pajama", who="he"),
        D.color("cream"),
        D.pattern("embroidered"),
        is_a("kurta", "yes"),
        D.description("a white kurta with white embroidery and gold buttons", "unsupported"),
        D.material("cotton"),
        details(
            "kurta",
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The gentleman wears a "
            "long trousers. The trousers are",
            "contradiction",
            hit_limit=True,
        ),
        title="Men Cream Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a lavender hooded sweatshirt with kangaroo pocket and drawstrings, blue jeans, pink wall.
    # no adapter texts
    case(
        "X306-044",
        caption("a woman in a purple hoodie standing against a pink wall"),
        D.wearing("he is wearing a purple hoodie and jeans", "pronoun"),
        D.color("pink", "contradiction"),
        D.details(
            "the hoodie has a kangaroo pocket Question: What is the material of the hoodie? Answer: cotton", "leak"
        ),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in navy pyjama pants with a small white star print, plain grey tee, bedroom with a white bed.
    # caption and wearing: caption adapter
    case(
        "X306-045",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey", "other_garment_color"),
        color_of("shirt", "grey"),
        D.pattern("printed"),
        D.material("cotton Question: What is the color of the pants? Answer: blue", "leak"),
        title="Men Navy Blue Printed Pure Cotton Lounge Pants",
        category="Lounge Pants",
        gender="Men",
    ),
    # photo: woman in a teal blue knit cardigan with buttons down the front, open over a white tee, light blue
    # jeans, white backdrop. no adapter texts
    case(
        "X306-046",
        caption("a woman in a teal cardigan and white top"),
        D.wearing("she is wearing a green cardigan and a white shirt"),
        D.garment_type("cardigan"),
        D.color("green"),
        describe("cardigan", "a blue knit cardigan with buttons down the front"),
        details("cardigan", "the details of the cardigan", "non_answer"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("knit"),
        title="Women Teal Blue Solid Button-Down Cardigan",
        category="Sweaters",
        color="Teal Blue",
        gender="Women",
    ),
]
