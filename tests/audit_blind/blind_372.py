"""BLIND_372 (46 products; a night's mixed apparel run: women, men, kids; model shots and flat-lays): written blind in
the forty-fifth session. Measured blind at fc78fbc (the session's rules as they stood): 104/124 failures found
(83.9%) and 7/155 correct texts flagged (4.5%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog drawn at random from one night's run: t-shirts, shirts, tops, kurtas, kurta
sets, dresses, jeans, trousers, track pants, shorts, sarees, sweatshirts, jackets and nightwear, for women, men,
boys and girls. Most photos are model shots on studio backdrops or in simple settings (brick wall, bedroom, beach,
cafe), a few are flat-lays on white or on a wooden floor. Each row carries the seller's title, category, color and
gender; a few rows miss the gender, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase) unless the
comment says the caption adapter wrote them (DeepFashion template, no end token: it runs to its limit, hit_limit=True,
and returns its template to any question it is asked). The experiments' questions (what is the person wearing, the
color of the top / bottom, describe the garment) and the open default questions come from the base model, which
stops on its own (never hit_limit), unless the comment names the VQA adapter (`Data3_V3_BLIP2_VQA`), which also has
no end token and runs to the limit: it loops or is cut. Closed answers (garment_type, color, pattern, sleeve_length,
the per-piece colors, "Is this a ...?") are enrich's `--engine reference` choices from candidate sets: never a loop
or a cut, only right or wrong values. A few per-piece color questions are answered by free generation (kind open).

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy or teal, green for olive or teal, red for maroon, purple for lavender,
  brown or tan for khaki, pink for peach, yellow for mustard, grey for charcoal. Charcoal given as "black", navy as
  "black" and maroon as "pink" are contradiction. Two garments truly sharing one color (an all-black hoodie and
  joggers, a saree with its matching blouse) are correct.
- The color of a print, stripe, border or embroidery given as the garment's color is contradiction; the color of
  the wall, floor or backdrop given as the garment's color is contradiction; the color of another garment in the
  photo (the tee under a jacket, the jeans under a top, the dupatta, the other half of a set) is other_garment_color.
- Garment synonyms are correct: hoodie or sweater for a sweatshirt, plaid for checked, pajamas for a night suit,
  nightgown for a nightdress, sweatpants for joggers, jean shorts for denim shorts, horse for a unicorn print,
  shirt for a kurta in the adapter's template. "dress" for a kurta or a kurta set, and the adapter's "dress" for a
  saree, are contradiction.
- On a flat-lay, "What is the person wearing?" answered with the garment is correct; an empty answer is non_answer.
- Materials: one the title names, or one plainly visible (denim, satin, faux leather, Banarasi silk) is correct, and
  so are plausible guesses for plain fabrics (cotton on a tee, polyester on track pants or formal trousers, chiffon
  for georgette); a material neither named nor visible (silk on a cotton set, linen, wool, lace, leather on a nylon
  bomber, denim on cotton cargos), or one the title contradicts (polyester for a titled cotton top), is unsupported.
- Invented details (a belt, a slit, a bow, a necklace, a tie, a fur collar, a hood on a hoodless shirt, a logo on a
  plain polo, palm trees for a leaf print, "new york" for "brooklyn", a print on the unseen back, the backdrop's
  garland flowers given as the garment's details) are unsupported.
- Adapter texts: one that repeats a sentence or phrase is loop; one stopped mid-sentence without repeating is cut;
  a template answering the material question is restated even though cut; a template misnaming the garment (a saree
  as a dress) is contradiction, hit_limit kept. A VQA adapter answer that invents something before it is cut is cut.
- A base answer stopping early ("it is made of") is cut without hit_limit. "they are short", "it is made of fabric",
  "the garment is a garment" and an empty answer are non_answer; an answer giving back only the question's garment
  ("the jeans details are the jeans", "the pants are blue" to the material question) is restated.
- A base answer running on into "Question: ... Answer: ..." is leak, even where its first words are right.
- "he" for a woman or a girl, "she" for a man or a boy, is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_372 = [
    # photo: man in a navy blue crew-neck short-sleeve t-shirt, light blue jeans, white studio backdrop, front view.
    # no adapter text
    case(
        "X372-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        wearing("a blue t-shirt and black jeans", "contradiction"),
        color_of("t-shirt", "blue"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mustard straight kurta with white floral block print, 3/4 sleeves, mustard palazzos, white
    # dupatta over one shoulder, beige wall. caption: caption adapter
    case(
        "X372-002",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta and pants"),
        color_of("top", "yellow"),
        color_of("pants", "white", "other_garment_color"),
        describe("garment", "a yellow kurta with white flowers"),
        is_a("kurta", "yes"),
        D.material("silk", "unsupported"),
        title="Anouk Women Mustard Yellow Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat-lay of a red kids' t-shirt, front up: a white dinosaur print and the word "ROAR", on white. no adapter
    case(
        "X372-003",
        caption("a red t-shirt with a dinosaur on it"),
        D.wearing("a red shirt"),
        D.garment_type("t-shirt"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.details("a dinosaur on the front and the word roar on the back", "unsupported"),
        title="Kids Boys Red Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: man in a white shirt with thin blue vertical stripes, sleeves rolled to the elbow, beige chinos, grey
    # backdrop. caption: caption adapter; wearing: VQA adapter
    case(
        "X372-004",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel collar. The pants are with cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a shirt and pants a shirt and pants a shirt and pants a shirt and pants a shirt and pants a shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "contradiction"),
        color_of("pants", "beige"),
        B.pattern("striped"),
        describe("garment", "a white and blue striped shirt"),
        B.material("linen", "unsupported"),
        title="Men White & Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black midi dress with small pink and white flowers, short flutter sleeves, no belt, white wall
    # with a potted plant beside her. no adapter text
    case(
        "X372-005",
        caption("a woman in a black floral dress standing next to a plant"),
        wearing("a black dress with pink flowers"),
        B.color("pink", "contradiction"),
        B.sleeve_length("short sleeves"),
        describe("garment", "it's a black dress with flowers on it"),
        D.details("the dress has a belt and a slit", "unsupported"),
        title="Women Black Floral Print Fit and Flare Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in blue skinny jeans, a white t-shirt half tucked in, white sneakers, grey backdrop, cropped at the
    # chin. no adapter text
    case(
        "X372-006",
        caption("a man in a white shirt and black jeans", "contradiction"),
        wearing("he is wearing jeans and a white t-shirt"),
        color_of("jeans", "white", "other_garment_color"),
        describe("garment", "a pair of blue jeans"),
        details("jeans", "the jeans details are the jeans", "restated"),
        D.material("denim"),
        title="Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a red Banarasi silk saree with a wide gold zari border, red blouse, pallu over the left
    # shoulder, carved wooden door behind her. caption: caption adapter
    case(
        "X372-007",
        caption(
            "The woman wears a sleeveless dress with graphic patterns. The dress is with silk fabric. It has a v-shape "
            "neckline. There is an accessory on her wrist. The woman wears a sleeveless dress with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a red saree"),
        D.color("gold", "contradiction"),
        is_a("saree", "yes"),
        D.material("silk"),
        title="Women Red & Gold-Toned Woven Design Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: girl of about six in a pink and white horizontally striped sleeveless A-line dress, white sneakers,
    # blurred green park behind her; plain back not shown. no adapter text
    case(
        "X372-008",
        caption("a little girl in a pink and white striped dress"),
        wearing("he is wearing a pink dress", "pronoun"),
        B.color("pink"),
        B.pattern("striped"),
        B.sleeve_length("sleeveless"),
        D.details("a bow on the back", "unsupported"),
        title="Girls Pink & White Striped A-Line Cotton Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in black track pants with a white side stripe, grey pullover hoodie, white backdrop, cropped at the
    # shoulders. no adapter text
    case(
        "X372-009",
        caption("a man in a grey hoodie and black pants"),
        wearing("a grey sweatshirt and grey pants", "other_garment_color"),
        color_of("pants", "grey", "other_garment_color"),
        color_of("top", "grey"),
        describe("garment", "black track pants with a white stripe"),
        title="Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of an olive green short-sleeve peplum top on a brown wooden floor. caption and material: caption
    # adapter
    case(
        "X372-010",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a green shirt"),
        B.color("green"),
        B.garment_type("top"),
        color_of("top", "brown", "contradiction"),
        B.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Olive Green Solid Peplum Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a white long-sleeve knee-length kurta with a mandarin collar, white churidar, plain blue wall.
    # color of the kurta: VQA adapter (free generation)
    case(
        "X372-011",
        caption("a man in a white kurta standing in front of a blue wall"),
        wearing("a white kurta and white pants"),
        D.color("blue", "contradiction"),
        color_of(
            "kurta",
            "white white white white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Men White Solid Straight Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in black high-rise wide-leg jeans, a white crop top, brown belt, full length, white backdrop.
    # wearing: VQA adapter
    case(
        "X372-012",
        caption("a woman in a white top and white pants", "other_garment_color"),
        wearing(
            "white top and black pants white top and black pants white top and black pants white top and black",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "white"),
        color_of("jeans", "black"),
        is_a("pair of jeans", "no", "contradiction"),
        details("jeans", "a brown belt and wide legs"),
        title="Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt with a black "BROOKLYN" print, black joggers, white backdrop.
    # caption: caption adapter
    case(
        "X372-013",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt with the word brooklyn on it"),
        D.color("black", "other_garment_color"),
        color_of("pants", "black"),
        describe(
            "garment",
            "a grey sweatshirt with black letters that say new york",
            "unsupported",
        ),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a teal blue A-line calf-length kurta with a gold ethnic motif print, 3/4 sleeves, white
    # leggings, grey backdrop. describe: VQA adapter
    case(
        "X372-014",
        caption("a woman wearing a blue dress with gold designs", "contradiction"),
        wearing("a blue kurta and white leggings"),
        B.color("green"),
        B.sleeve_length("three-quarter sleeves"),
        color_of("pants", "white"),
        describe(
            "garment",
            "a long blue kurta with gold print on the front and the sleeves, white leggings and a pair of gold "
            "sandals with a",
            "cut",
            hit_limit=True,
        ),
        title="Women Teal Blue Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: man in khaki chino shorts with side pockets, a navy polo t-shirt, white sneakers, white backdrop, cropped
    # at the neck. no adapter text
    case(
        "X372-015",
        caption("a man in a blue shirt and khaki shorts"),
        wearing("a blue shirt and blue shorts", "other_garment_color"),
        color_of("shorts", "blue", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        describe("garment", "khaki shorts with pockets"),
        D.material("cotton"),
        title="Men Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a pink short-sleeve notch-collar pyjama top with navy polka dots and navy pyjama pants with pink
    # dots, sitting on a bed in a bedroom. caption: caption adapter
    case(
        "X372-016",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel collar. The pants are with cotton fabric and graphic patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("pajamas"),
        color_of("top", "pink"),
        color_of("pants", "pink", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        describe("garment", "a pink and blue pajama set with polka dots"),
        title="Women Pink & Navy Blue Polka Dot Printed Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: man in an olive nylon bomber jacket worn open over a white t-shirt, black jeans, grey backdrop.
    # describe: VQA adapter
    case(
        "X372-017",
        caption("a man in a green jacket and blue jeans", "contradiction"),
        wearing("a green jacket, a white shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        describe(
            "garment",
            "a jacket with a zipper and pockets and a zipper and pockets and a zipper and pockets and a zipper",
            "loop",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: boy in a blue and white checked short-sleeve shirt with one chest pocket, open over a white t-shirt,
    # beige shorts, white studio backdrop. no adapter text
    case(
        "X372-018",
        caption("a young boy in a blue and white plaid shirt"),
        wearing("she is wearing a plaid shirt and shorts", "pronoun"),
        color_of("shirt", "blue"),
        color_of("shorts", "white", "other_garment_color"),
        B.pattern("checked"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Boys Blue & White Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in a green georgette saree with a small white floral print and a pink border, pink blouse, grey
    # studio backdrop. wearing: VQA adapter
    case(
        "X372-019",
        caption("a woman in a green saree posing for a picture"),
        wearing(
            "saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        color_of("blouse", "green", "other_garment_color"),
        D.material("chiffon"),
        describe("garment", "a green saree with a pink border"),
        D.details(
            "the saree has a pink border and white flowers Question: what is the color of the blouse? Answer: pink",
            "leak",
        ),
        title="Women Green Floral Printed Georgette Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: man in charcoal grey slim formal trousers, a light blue formal shirt tucked in, no tie, black belt,
    # white backdrop. caption: caption adapter
    case(
        "X372-020",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel collar. The trousers are with cotton fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and a black tie", "unsupported"),
        color_of("pants", "black", "contradiction"),
        color_of("shirt", "white", "contradiction"),
        describe("garment", "grey formal trousers"),
        D.material("polyester"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a lavender pullover hoodie with a kangaroo pocket, hood down, blue jeans, white wall with a pink
    # neon sign. no adapter text
    case(
        "X372-021",
        caption("a woman in a purple hoodie and jeans"),
        wearing("a purple sweatshirt"),
        B.color("purple"),
        color_of("jeans", "purple", "other_garment_color"),
        describe("garment", "a purple hoodie with a pocket in the front"),
        is_a("hoodie", "yes"),
        title="Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: flat-lay of a yellow crew-neck t-shirt with black "STAY WEIRD" lettering, on white. caption and details:
    # caption adapter
    case(
        "X372-022",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short-sleeve T-shirt with graphic patterns. The T",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow t-shirt that says stay wild", "unsupported"),
        D.color("yellow"),
        D.pattern("graphic"),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T",
            "loop",
            hit_limit=True,
        ),
        title="Men Yellow Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a white cotton top with white embroidery on the front and short puff sleeves, light blue jeans,
    # wall with hanging plants. no adapter text
    case(
        "X372-023",
        caption("a woman in a white top and jeans"),
        wearing("a white blouse and jeans"),
        D.color("white"),
        color_of("jeans", "white", "other_garment_color"),
        D.details("embroidery on the front and puff sleeves"),
        D.material("polyester", "unsupported"),
        title="Women White Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: girl in an orange kurta with a green leaf print, green sharara, light green dupatta, yellow backdrop.
    # wearing: VQA adapter
    case(
        "X372-024",
        caption("a little girl in an orange and green dress", "contradiction"),
        wearing(
            "a dress and pants a dress and pants a dress and pants a dress and pants a dress and pants a dress",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "orange"),
        color_of("pants", "orange", "other_garment_color"),
        describe("garment", "an orange kurta with green leaves and green pants"),
        is_a("kurta", "no", "contradiction"),
        title="Girls Orange & Green Leaf Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Girls",
    ),
    # photo: flat-lay of folded light blue jeans with rips at the knees, on a white background. no adapter text
    case(
        "X372-025",
        caption("a pair of ripped jeans on a white background"),
        D.wearing("", "non_answer"),
        color_of("jeans", "blue"),
        details("jeans", "ripped knees"),
        D.material("denim"),
        title="Men Light Blue Slim Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Light Blue",
    ),
    # photo: woman in a maroon long-sleeve wrap maxi dress tied at the waist, on outdoor steps, white building behind.
    # caption: caption adapter
    case(
        "X372-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is long. The lady wears a long-sleeve dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress"),
        B.color("pink", "contradiction"),
        B.sleeve_length("long sleeves"),
        describe("garment", "a long red dress with a tie at the waist"),
        B.material("silk", "unsupported"),
        title="Women Maroon Solid Wrap Maxi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a black short-sleeve shirt with a white tropical leaf print (no palm trees), beige shorts, beach
    # backdrop with sand and sea. no adapter text
    case(
        "X372-027",
        caption("a man in a black and white shirt standing on the beach"),
        wearing("a hawaiian shirt and shorts"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        describe("garment", "a black shirt with palm trees on it", "unsupported"),
        D.details("the shirt has a", "cut"),
        title="Men Black Tropical Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in navy blue joggers with a drawstring waist and cuffed ankles, white tank top, grey backdrop,
    # cropped at the shoulders. no adapter text
    case(
        "X372-028",
        caption("a woman in a white tank top and blue pants"),
        wearing("he is wearing a white tank top and navy blue sweatpants", "pronoun"),
        color_of("pants", "black", "contradiction"),
        color_of("top", "white"),
        details("pants", "drawstring waist and cuffs at the ankles"),
        D.material("the pants are blue", "restated"),
        title="Women Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: boy in a red sweatshirt with a navy and white colour-blocked band across the chest, blue jeans, white
    # backdrop. caption: caption adapter
    case(
        "X372-029",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns and a long pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and solid color patterns",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and blue sweatshirt and jeans"),
        B.color("red"),
        B.pattern("solid", "contradiction"),
        color_of("jeans", "red", "other_garment_color"),
        is_a("sweatshirt", "yes"),
        title="Boys Red Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: woman in a light pink straight kurta with white chikankari embroidery, full sleeves, white palazzos, no
    # jewellery, white studio backdrop. no adapter text
    case(
        "X372-030",
        caption("a woman wearing a pink and white kurta"),
        wearing("a pink kurta and white pants"),
        D.color("pink"),
        describe(
            "garment",
            "a pink kurta with white embroidery and a necklace",
            "unsupported",
        ),
        D.material("it is made of", "cut"),
        D.sleeve_length("long sleeves"),
        is_a("dress", "yes", "contradiction"),
        title="Women Pink Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a maroon polo t-shirt with white collar tipping, no logo, navy chinos, standing by a cafe table
    # with coffee cups. no adapter text
    case(
        "X372-031",
        caption("a man in a red polo shirt standing next to a table"),
        wearing("a red polo shirt and blue pants"),
        D.color("red"),
        D.garment_type("polo shirt"),
        color_of("pants", "red", "other_garment_color"),
        D.details("a collar and buttons and a logo on the chest", "unsupported"),
        title="Men Maroon Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in mid-blue denim shorts with a frayed hem, black t-shirt tucked in, white sneakers, red brick wall.
    # no adapter text
    case(
        "X372-032",
        caption("a woman in a black shirt and blue shorts standing in front of a brick wall"),
        wearing("black t-shirt and jean shorts"),
        color_of("shorts", "red", "contradiction"),
        color_of("top", "black"),
        details("shorts", "the shorts are short", "non_answer"),
        D.material("denim"),
        title="Women Blue Washed High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy blue long-sleeve kurta with a stand collar, white pyjamas, backdrop of orange marigold
    # garlands. caption: caption adapter; describe: VQA adapter
    case(
        "X372-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and it has a stand collar. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta and blue pants", "other_garment_color"),
        color_of("top", "blue"),
        color_of("pants", "white"),
        describe(
            "garment",
            "a blue kurta with a white kurta with a white kurta with a white kurta with a white kurta with a",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        D.details("orange flowers", "unsupported"),
        title="Men Navy Blue & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black faux leather biker jacket with zips, over a grey t-shirt, blue jeans, city street.
    # no adapter text
    case(
        "X372-034",
        caption("a woman in a black leather jacket and jeans"),
        wearing("a black jacket, a grey t-shirt and jeans"),
        D.color("grey", "other_garment_color"),
        D.material("leather"),
        D.details("zippers and a fur collar", "unsupported"),
        describe("garment", "he is wearing a black leather jacket", "pronoun"),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in grey and white checked lounge pants, white t-shirt, sitting on a sofa. no adapter text
    case(
        "X372-035",
        caption("a man sitting on a couch in pajamas"),
        wearing("a white shirt and plaid pants"),
        color_of("pants", "white", "other_garment_color"),
        D.pattern("checked"),
        D.details("plaid Question: what is the color of the shirt? Answer: white", "leak"),
        title="Men Grey Checked Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: girl in a yellow short-sleeve t-shirt with a pink unicorn print, denim shorts, white backdrop.
    # caption: caption adapter
    case(
        "X372-036",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and solid color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow shirt with a unicorn on it"),
        B.color("yellow"),
        color_of("shorts", "yellow", "other_garment_color"),
        describe("garment", "a yellow t-shirt with a pink horse"),
        title="Girls Yellow Unicorn Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in beige high-waist straight trousers with front pleats, black top tucked in, white wall.
    # describe: VQA adapter
    case(
        "X372-037",
        caption("a woman in a black top and beige pants"),
        wearing("black top and tan pants"),
        color_of("pants", "white", "contradiction"),
        color_of("top", "black"),
        describe(
            "garment",
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        details("trousers", "pleats in the front"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Beige Solid Straight Fit High-Rise Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a mid-blue denim shirt with two chest pockets, sleeves rolled up, black jeans, wooden fence.
    # no adapter text
    case(
        "X372-038",
        caption("a man in a denim shirt leaning against a fence"),
        wearing("a denim shirt and black jeans"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "other_garment_color"),
        D.material("denim"),
        D.details("two pockets on the chest, buttons and a hood", "unsupported"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a blue kurta with a white block print, white trousers and a blue dupatta, on white.
    # caption and material: caption adapter
    case(
        "X372-039",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve shirt with floral patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white dress", "contradiction"),
        color_of("top", "blue"),
        color_of("pants", "white"),
        describe("garment", "a blue kurta with white prints, white pants and a blue scarf"),
        D.material(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. There",
            "restated",
            hit_limit=True,
        ),
        title="Women Blue & White Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black zip-up hoodie and black joggers, all black, white backdrop. color of the pants: VQA adapter
    # (free generation)
    case(
        "X372-040",
        caption("a man in a black hoodie and black pants"),
        wearing("a black hoodie"),
        D.color("black"),
        color_of(
            "pants",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("the hoodie has details", "non_answer"),
        D.material("cotton"),
        describe(
            "garment",
            "a black hoodie with a zipper Question: what is the color of the hoodie? Answer: black",
            "leak",
        ),
        title="Men Black Solid Hooded Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white t-shirt with a large red rose graphic, black skirt, pink wall. no adapter text
    case(
        "X372-041",
        caption("a woman in a white t-shirt with a rose on it"),
        wearing("a white t-shirt and a black skirt"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        describe("garment", "a white t-shirt with a red rose"),
        D.material("lace", "unsupported"),
        title="Women White Floral Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a light-wash denim jacket with buttons and two chest pockets, over a black hoodie, black jeans,
    # grey backdrop. caption: caption adapter; wearing: VQA adapter
    case(
        "X372-042",
        caption(
            "The gentleman wears a long-sleeve denim jacket with solid color patterns and a long pants. The jacket is "
            "with denim fabric. It has a lapel collar. The pants are with denim fabric and solid color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "jacket, pants, jacket, pants, jacket, pants, jacket, pants, jacket, pants, jacket, pants, jacket",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        is_a("jacket", "yes"),
        D.details("buttons and two chest pockets"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a peach satin sleeveless slip nightdress with lace trim at the neckline, no bow, in a bedroom.
    # no adapter text
    case(
        "X372-043",
        caption("a woman in a pink nightgown standing in a bedroom"),
        wearing("a pink dress"),
        D.color("pink"),
        D.material("satin"),
        D.sleeve_length("sleeveless"),
        D.details("lace on the top and a bow", "unsupported"),
        D.description("the garment is a garment", "non_answer"),
        title="Women Peach Satin Lace Trim Night Dress",
        category="Nightdress",
        color="Peach",
        gender="Women",
    ),
    # photo: boy in navy cotton shorts and a red t-shirt, holding a football, white backdrop. no adapter text
    case(
        "X372-044",
        caption("a young boy in a red shirt holding a soccer ball"),
        wearing("a red shirt and blue shorts"),
        color_of("shorts", "red", "other_garment_color"),
        color_of("top", "red"),
        details("shorts", "the shorts are blue shorts", "restated"),
        D.material("it is made of cotton and", "cut"),
        title="Boys Navy Blue Solid Regular Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: woman in a yellow chiffon saree with a gold sequinned border and a matching yellow blouse, in a green
    # garden. no adapter text
    case(
        "X372-045",
        caption("a woman in a yellow saree in a garden"),
        wearing("a yellow saree"),
        D.color("yellow"),
        color_of("blouse", "yellow"),
        D.material("silk", "unsupported"),
        describe(
            "garment",
            "a yellow saree with a gold border and a red blouse",
            "contradiction",
        ),
        D.details(
            "sequins on the border Question: what is the color of the saree? Answer: yellow",
            "leak",
        ),
        title="Yellow Solid Chiffon Saree with Sequinned Border",
        category="Sarees",
        color="Yellow",
    ),
    # photo: man in olive cotton cargo trousers with side pockets, black t-shirt, white sneakers, concrete wall.
    # describe: VQA adapter
    case(
        "X372-046",
        caption("a man in a black shirt and green pants"),
        wearing("she is wearing a black shirt and green pants", "pronoun"),
        color_of("pants", "green"),
        color_of("top", "black"),
        details("trousers", "cargo pockets on the sides"),
        D.material("denim", "unsupported"),
        describe(
            "garment",
            "green cargo pants with pockets on the side and pockets on the side and pockets on the side and pockets",
            "loop",
            hit_limit=True,
        ),
        title="Men Olive Solid Cotton Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
]
