"""BLIND_297 (46 products; a night's Myntra-like men's and women's apparel feed, model shots): written blind in the
forty-third session. Measured blind at 1fe18ff (the session's rules as they stood): 121/136 failures found (89.0%)
and 4/174 correct texts flagged (2.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed drawn at random from one night's run: men's and women's t-shirts,
shirts, kurtas, tops, dresses, jeans, trousers, track pants, shorts, sweatshirts, jackets and sarees, all model
shots on studio backdrops (plain white or grey, a few coloured walls, a plant or a stool as props). Models wear the
product with other garments (a tee under a jacket, a top over jeans, palazzos under a kurta), so the photo often holds
two or three colors. Each row has the seller's title, category, color and gender; a few rows miss one column.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` answered the default questionnaire (short, lowercase,
stops on its own, never hit_limit); on about a third of the items the caption-only LoRA adapter of the original
experiments wrote the caption and sometimes one or two open answers, as the comment before each case says. The
adapter has no end-of-answer token: its texts run to the limit (hit_limit=True) and return the DeepFashion template
("This gentleman wears a long-sleeve shirt with lattice patterns ...") whatever was asked. The closed questions
(garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, teal or denim, green for olive, red for maroon, pink for peach, purple
  for lavender, beige or khaki for khaki, white for off white or cream, grey for charcoal or grey melange.
- Garment synonyms are correct: tshirt for a polo, shirt for a t-shirt in an open answer, hoodie or sweater for a
  sweatshirt, sweatpants or pants for track pants, sari for saree, pants for trousers, chinos or palazzos.
- The adapter's template says "shirt" for a kurta (its vocabulary has no kurta): accepted. "dress" for a straight
  kurta worn over pants is contradiction; "dress" for a floor-length Anarkali is accepted.
- A closed color that is the color of another garment in the photo (the tee under the jacket, the top over the
  jeans) is other_garment_color; one that is the color of the wall or of the print is contradiction. A per-piece
  color question answered with the product's color for a piece of another color is other_garment_color.
- garment_type naming the other garment of the outfit (shirt for the jeans product) is contradiction, and so is the
  reference engine's "shirt" for a kurta (kurta is among its candidates). The trim's color (gold for a red saree with a
  gold border, gold for a teal kurta with gold embroidery) is contradiction.
- An open answer that gives another piece of the outfit a color it does not have ("blue pants" for beige chinos,
  "white pants" for navy trousers, the product's color repeated for every garment) is contradiction.
- Materials: the one the title names, or a plausible guess on a plain fabric (cotton on a tee, a kurta, chinos) is
  correct; a fabric the title contradicts (linen for pure cotton, silk for georgette) or nothing supports (leather
  on a polyester bomber, silk on a plain crepe top, wool on a cotton-look hoodie) is unsupported.
- Invented details (a zipper, a chest pocket, a parrot, ripped knees, a word on the print) are unsupported.
- Adapter texts: one that repeats a sentence or a run of its template is loop; one that stops mid-sentence without
  repeating is cut; its template returned for the material question is restated. Where the template gets the garment
  or the sleeves wrong (a dress for a kurta, no sleeves for a long-sleeve top), contradiction, hit_limit kept.
- A base answer that stops early ("the kurta is made of") is cut, without hit_limit. An empty answer or one that
  only gives the question's words back ("they are shorts", "the jeans have details") is non_answer; the material
  question answered with the garment's name or color ("the shirt is white", "a blue denim shirt") is restated;
  "it is made of fabric" and "the material of the pants" are non_answer.
- "yes" to "Is this a shirt?" on the chinos product (a shirt is in the photo, but the product is the chinos) and
  "no" to "Is this a kurta?" on a kurta are contradiction. The adapter's "sweater" for a sweatshirt is accepted.
- A base answer that runs on into "Question: ... Answer: ..." or opens with the prompt is leak.
- "he" for a woman or "she" for a man is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_297 = [
    # photo: man in a navy blue polo t-shirt with beige chinos, white studio wall, front view, three-quarter length.
    # no adapter
    case(
        "X297-001",
        caption("a man in a navy blue polo shirt and beige pants standing against a white wall"),
        D.wearing("a blue polo shirt and blue pants", "contradiction"),
        D.garment_type("tshirt"),
        D.color("black", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mustard floral A-line kurta, three-quarter sleeves, v-neck, side slits, white palazzos,
    # grey backdrop. caption: adapter
    case(
        "X297-002",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        D.color("orange", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        color_of("pants", "white"),
        D.details("the kurta has a v neck and a belt at the waist", "unsupported"),
        title="Women Mustard Yellow Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in black slim fit jeans and a plain white crew-neck t-shirt, grey backdrop, full length.
    # no adapter
    case(
        "X297-003",
        caption("a man in a black t - shirt and black jeans", "contradiction"),
        D.wearing("a white shirt and black jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        color_of("jeans", "black"),
        D.details("the jeans have details", "non_answer"),
        D.material("denim"),
        title="Men Black Slim Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white ribbed sleeveless tank top tucked into mid-blue jeans, white backdrop.
    # caption, details: adapter
    case(
        "X297-004",
        caption(
            "Her tank top has no sleeves, with cotton fabric and pure color patterns. It has a round neckline. The "
            "lady wears a long pants, with denim fabric and solid color patterns. Her tank top has no sleeves, with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white tank top and blue jeans"),
        D.garment_type("top"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "Her tank top has no sleeves, with cotton fabric and pure color patterns. It has a round neckline. The "
            "lady wears a long pants, with",
            "cut",
            hit_limit=True,
        ),
        title="Women White Ribbed Sleeveless Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in an olive green pullover hoodie (hood, kangaroo pocket, drawstrings, no zipper), black track
    # pants, white backdrop. no adapter
    case(
        "X297-005",
        caption("a man wearing a green hoodie and black pants"),
        D.wearing("a green hoodie"),
        D.garment_type("sweatshirt"),
        D.color("green"),
        D.pattern("solid"),
        D.details(
            "it has a hood and a pocket in the front and a zipper on the side",
            "unsupported",
        ),
        D.material("wool", "unsupported"),
        title="Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a plain red georgette saree with a gold zari border and a red blouse, beige backdrop with a
    # potted plant beside her. no adapter
    case(
        "X297-006",
        caption("a woman in a red sari standing in front of a plant"),
        D.wearing("a red saree and a gold necklace", "unsupported"),
        D.garment_type("saree"),
        D.color("gold", "contradiction"),
        D.description("a red saree with gold border and a red blouse"),
        D.details(
            "the border is gold Question: what is the color of the saree? Answer: red",
            "leak",
        ),
        D.material("silk", "unsupported"),
        is_a("saree", "yes"),
        title="Women Red Solid Georgette Saree with Zari Border",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: man in a blue-and-white checked long-sleeve shirt with a chest pocket, navy chinos, white backdrop.
    # caption: adapter
    case(
        "X297-007",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and solid color patterns. "
            "This",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt"),
        D.garment_type("shirt"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a blue and white plaid shirt with a collar and a pocket"),
        title="Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black skinny high-rise jeans and a pink cropped t-shirt, white sneakers, grey backdrop.
    # no adapter
    case(
        "X297-008",
        caption("a woman in a pink top and black jeans"),
        D.wearing("a pink top and black jeans"),
        D.garment_type("top", "contradiction"),
        D.color("pink", "other_garment_color"),
        color_of("jeans", "black"),
        D.description("he is wearing black jeans and a pink shirt", "pronoun"),
        D.material("denim"),
        title="Women Black Skinny Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in grey melange joggers with white side stripes, a black crew-neck t-shirt, white backdrop.
    # details: adapter
    case(
        "X297-009",
        caption("a man in a black t - shirt and grey sweatpants"),
        D.wearing("a black shirt and black pants", "contradiction"),
        D.garment_type("track pants"),
        D.color("black", "other_garment_color"),
        D.details(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The pants this gentleman wears is of long length. The",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the pants", "non_answer"),
        title="Men Grey Melange Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a blue floral maxi dress with flutter sleeves and a v-neck, standing against a pale pink wall.
    # no adapter
    case(
        "X297-010",
        caption("a woman in a blue floral dress standing in front of a pink wall"),
        D.wearing("a blue dress"),
        D.garment_type("dress"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the dress has a v neckline and ruffle sleeves and a belt", "unsupported"),
        title="Women Blue Floral Print Flutter Sleeve Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black polyester bomber jacket, open over a white t-shirt, blue jeans, grey backdrop.
    # caption: adapter
    case(
        "X297-011",
        caption(
            "This gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and jeans"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "black"),
        D.details("the jacket has a zipper and pockets"),
        D.material("leather", "unsupported"),
        title="Men Black Solid Polyester Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white long-sleeve cotton shirt tucked into black trousers, white backdrop.
    # no adapter
    case(
        "X297-012",
        caption("a woman in a white shirt and white pants", "contradiction"),
        D.wearing("a white shirt and black pants"),
        D.garment_type("shirt"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.description("he is wearing a white shirt and black pants", "pronoun"),
        D.material("polyester", "unsupported"),
        title="Women White Solid Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a maroon straight kurta with a small ethnic motif print, mandarin collar, button placket, white
    # pyjamas, beige backdrop. no adapter
    case(
        "X297-013",
        caption("a man in a red kurta and white pants"),
        D.wearing("a red kurta"),
        D.garment_type("kurta"),
        D.color("red"),
        D.pattern("solid", "contradiction"),
        D.details("the kurta has a mandarin collar and buttons on the front"),
        D.material("the kurta is made of", "cut"),
        is_a("kurta", "yes"),
        title="Men Maroon Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a grey sweatshirt with a cartoon graphic on the chest, black leggings, white backdrop.
    # caption, material: adapter
    case(
        "X297-014",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt with a cartoon on it"),
        D.garment_type("sweatshirt"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.material(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "restated",
            hit_limit=True,
        ),
        title="Women Grey Graphic Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: man in khaki cargo shorts with side flap pockets and a white t-shirt, white backdrop, knees up.
    # no adapter
    case(
        "X297-015",
        caption("a man in a white t - shirt and white shorts", "contradiction"),
        D.wearing("a white shirt and khaki shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        color_of("shorts", "beige"),
        D.details("the shorts have pockets on the side and a belt", "unsupported"),
        title="Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a black-and-white horizontal striped round-neck t-shirt, blue jeans, grey backdrop.
    # no adapter
    case(
        "X297-016",
        caption("a woman in a black and white striped shirt and jeans"),
        D.wearing(
            "a striped shirt and jeans Question: what color are the jeans? Answer: blue",
            "leak",
        ),
        D.garment_type("tshirt"),
        D.color("black"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the shirt has black and white stripes"),
        title="Women Black & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a mid-blue washed denim jacket open over a grey t-shirt, black jeans, white backdrop.
    # caption, material: adapter
    case(
        "X297-017",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is "
            "with denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and blue jeans", "contradiction"),
        D.garment_type("jacket"),
        D.color("grey", "other_garment_color"),
        color_of("jacket", "blue"),
        D.material(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a peach square-neck top with puff sleeves, white jeans, grey backdrop.
    # no adapter
    case(
        "X297-018",
        caption("a woman in a pink top and white jeans"),
        D.wearing("a pink blouse and white pants"),
        D.garment_type("top"),
        D.color("pink"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the top has puff sleeves and a square neck"),
        D.material("silk", "unsupported"),
        title="Women Peach-Coloured Solid Puff Sleeve Crepe Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: man in light blue clean-look slim jeans (no rips), a black t-shirt, white sneakers, full length.
    # no adapter
    case(
        "X297-019",
        caption("a man in a black shirt and black jeans", "contradiction"),
        D.wearing("a black t - shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("black", "other_garment_color"),
        color_of("jeans", "blue"),
        color_of("shirt", "black"),
        D.details("the jeans are ripped at the knees", "unsupported"),
        title="Men Light Blue Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a green floral printed straight kurta, v-neck, long sleeves, matching green palazzos, white
    # backdrop. caption, details: adapter
    case(
        "X297-020",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and floral patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green dress", "contradiction"),
        D.garment_type("kurta"),
        D.color("green"),
        D.pattern("floral"),
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Women Green Floral Printed Straight Kurta with Palazzos",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: man in a plain white round-neck t-shirt (no pocket), blue jeans, grey backdrop.
    # no adapter
    case(
        "X297-021",
        caption("a man wearing a white t - shirt and jeans"),
        D.wearing("a white t - shirt"),
        D.garment_type("tshirt"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.description("a white t - shirt with a round neck"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        D.material("the shirt is white", "restated"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in navy high-rise pleated trousers with a white short-sleeve blouse tucked in, white backdrop.
    # details: adapter
    case(
        "X297-022",
        caption("a woman in a white shirt and blue pants"),
        D.wearing("a white blouse and white pants", "contradiction"),
        D.garment_type("trousers"),
        D.color("white", "other_garment_color"),
        color_of("pants", "blue"),
        D.details(
            "The trousers this lady wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a short-sleeve shirt with pure color patterns. The shirt",
            "cut",
            hit_limit=True,
        ),
        title="Women Navy Blue High-Rise Pleated Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a black slim fit training t-shirt and grey shorts, white backdrop.
    # no adapter
    case(
        "X297-023",
        caption("a man in a black shirt and grey shorts"),
        D.wearing("a black shirt"),
        D.garment_type("tshirt"),
        D.color("grey", "other_garment_color"),
        D.pattern("solid"),
        D.details("the shirt has a nike logo on the chest", "unsupported"),
        D.description(
            "a black t - shirt Question: What is the color of the shorts? Answer: grey",
            "leak",
        ),
        title="Men Black Solid Slim Fit Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a sleeveless yellow midi dress with white polka dots, white backdrop.
    # no adapter
    case(
        "X297-024",
        caption("a woman in a yellow dress with white polka dots"),
        D.wearing("a yellow dress and a straw hat", "unsupported"),
        D.garment_type("dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a yellow dress with white dots"),
        title="Women Yellow Polka Dot Print A-Line Midi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in a brown hooded padded puffer jacket, zipped, black jeans, grey backdrop.
    # caption, wearing, details: adapter
    case(
        "X297-025",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "This gentleman wears a long-sleeve jacket with pure color",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.details(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        title="Men Brown Solid Padded Puffer Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in blue bootcut jeans and a white shirt, white backdrop, full length. (feed row has no gender)
    # no adapter
    case(
        "X297-026",
        caption("a woman in a white shirt and blue jeans"),
        D.wearing("jeans and a blue shirt", "contradiction"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.description("", "non_answer"),
        D.details("the jeans have a flared leg"),
        D.material("the jeans are made of", "cut"),
        is_a("pair of jeans", "yes"),
        title="Women Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: man in a white chikankari embroidered cotton kurta with white pyjamas, beige backdrop.
    # caption, details: adapter
    case(
        "X297-027",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and pajamas"),
        D.garment_type("shirt", "contradiction"),
        D.color("white"),
        D.details(
            "The shirt is with cotton fabric. It has a stand neckline. The shirt is with cotton fabric. It has a stand "
            "neckline. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.material("linen", "unsupported"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black zip-front hooded sweatshirt, grey joggers, white backdrop.
    # no adapter
    case(
        "X297-028",
        caption("a woman in a black hoodie and grey sweatpants"),
        D.wearing("a black hoodie and black pants", "contradiction"),
        D.garment_type("sweatshirt"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("the hoodie has a zipper and a hood"),
        D.description("he is wearing a black hoodie", "pronoun"),
        title="Women Black Solid Hooded Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a blue pinstriped long-sleeve formal shirt, grey trousers, white backdrop.
    # description, details: adapter
    case(
        "X297-029",
        caption("a man in a blue striped shirt and grey pants"),
        D.wearing("a blue shirt and grey pants"),
        D.garment_type("shirt"),
        D.color("grey", "other_garment_color"),
        D.pattern("striped"),
        D.description(
            "This gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt is",
            "loop",
            hit_limit=True,
        ),
        title="Men Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a pink chiffon saree with a sequinned border and a silver sequinned blouse, grey backdrop, a
    # wooden stool beside her. no adapter
    case(
        "X297-030",
        caption("a woman in a pink saree standing next to a wooden stool"),
        D.wearing("Question: What is the person wearing? Answer: a pink sari", "leak"),
        D.garment_type("saree"),
        D.color("pink"),
        color_of("blouse", "pink", "other_garment_color"),
        D.details("the saree has a sequin border and tassels on the pallu", "unsupported"),
        D.material("chiffon"),
        title="Women Pink Sequinned Chiffon Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: man in charcoal grey joggers and a navy t-shirt, white sneakers, white backdrop.
    # caption, wearing: adapter
    case(
        "X297-031",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. "
            "This gentleman wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("track pants"),
        D.color("blue", "other_garment_color"),
        color_of("pants", "grey"),
        D.material("the pants are made of", "cut"),
        title="Men Charcoal Grey Solid Joggers Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a lavender t-shirt with "BROOKLYN" printed in white, black shorts, white backdrop.
    # no adapter
    case(
        "X297-032",
        caption("a woman in a purple t - shirt and black shorts"),
        D.wearing("a purple shirt and purple shorts", "contradiction"),
        D.garment_type("tshirt"),
        D.color("purple"),
        D.pattern("graphic"),
        D.details("the shirt has the word love on it", "unsupported"),
        D.sleeve_length("short sleeves"),
        title="Women Lavender Typography Printed T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in straight blue jeans, a red-and-black plaid flannel shirt open over a white t-shirt, grey
    # backdrop. no adapter
    case(
        "X297-033",
        caption("a man in a red plaid shirt and blue jeans"),
        D.wearing("a plaid shirt, white t - shirt and jeans"),
        D.garment_type("jeans"),
        D.color("red", "other_garment_color"),
        color_of("jeans", "blue"),
        D.details("the details of the jeans", "non_answer"),
        title="Men Blue Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in an olive utility jacket with flap pockets and buttons, over a black top, blue jeans, white
    # backdrop. caption, wearing: adapter
    case(
        "X297-034",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.details("the jacket has pockets and buttons"),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Women Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a navy crew-neck sweatshirt with a small printed logo on the chest, beige chinos, white
    # backdrop. no adapter
    case(
        "X297-035",
        caption("a man in a blue sweatshirt and khaki pants"),
        D.wearing("a navy sweater"),
        D.garment_type("sweatshirt"),
        D.color("beige", "other_garment_color"),
        D.pattern("printed"),
        D.details("the sweatshirt has a logo on the chest and a hood", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Men Navy Blue Brand Logo Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in blue washed denim shorts with a frayed hem and a white cropped t-shirt, white backdrop.
    # caption: adapter
    case(
        "X297-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a shorts. The shorts are with denim fabric and solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and denim shorts"),
        D.garment_type("shorts"),
        D.color("blue"),
        color_of("shorts", "white", "other_garment_color"),
        D.description("they are shorts", "non_answer"),
        D.details("the shorts have a frayed hem"),
        title="Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a white short-sleeve linen shirt, blue shorts, beige wall with a potted plant. (feed row has no
    # category) no adapter
    case(
        "X297-037",
        caption("a man in a white shirt standing in front of a plant"),
        D.wearing("a white shirt and white shorts", "contradiction"),
        D.garment_type("shirt"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt has a collar and buttons and a pocket", "unsupported"),
        D.material("linen"),
        title="Men White Solid Linen Casual Shirt",
        color="White",
        gender="Men",
    ),
    # photo: woman in a floor-length teal Anarkali kurta with gold embroidery at the neck and sleeve hems,
    # three-quarter sleeves, grey backdrop. caption: adapter
    case(
        "X297-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.garment_type("kurta"),
        D.color("gold", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Women Teal Blue Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: man in beige slim chinos with a brown belt and a white shirt tucked in, white backdrop.
    # no adapter
    case(
        "X297-039",
        caption("a man in a white shirt and beige pants"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.garment_type("shirt", "contradiction"),
        D.color("beige"),
        color_of("pants", "white", "other_garment_color"),
        D.details("the pants have belt loops and a brown belt"),
        is_a("shirt", "yes", "contradiction"),
        title="Men Beige Slim Fit Chinos Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a black off-shoulder top with long sleeves, blue jeans, white backdrop.
    # caption, details: adapter
    case(
        "X297-040",
        caption(
            "Her tank top has no sleeves, with cotton fabric and pure color patterns. The neckline of it is "
            "off-shoulder. The lady wears a long pants, with denim fabric and solid color patterns. There is an "
            "accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black top and jeans"),
        D.garment_type("top"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The neckline of it is off-shoulder. The lady wears a long pants, with denim fabric and solid color "
            "patterns. The neckline of it is off-shoulder. The",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Off-Shoulder Bardot Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange round-neck t-shirt, black jeans, white backdrop.
    # no adapter
    case(
        "X297-041",
        caption("a man in a black t - shirt and black jeans", "contradiction"),
        D.wearing("a grey t - shirt and black pants"),
        D.garment_type("tshirt"),
        D.color("black", "other_garment_color"),
        D.description("she is wearing a grey shirt", "pronoun"),
        D.material("cotton"),
        title="Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a black ribbed long-sleeve bodycon midi dress, standing against a red wall.
    # caption, wearing: adapter
    case(
        "X297-042",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("cotton and it has a zipper on the back", "unsupported"),
        title="Women Black Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light blue long-sleeve denim shirt, khaki chinos, grey backdrop. (feed row has no color)
    # no adapter
    case(
        "X297-043",
        caption("a man in a blue denim shirt and khaki pants"),
        D.wearing("a denim shirt"),
        D.garment_type("shirt"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a man wearing a", "cut"),
        D.material("a blue denim shirt", "restated"),
        title="Men Light Blue Solid Denim Casual Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: woman in navy track pants with a white side stripe and a white t-shirt, white backdrop.
    # no adapter
    case(
        "X297-044",
        caption("a woman in a white shirt and blue pants"),
        D.wearing("a white t - shirt and navy blue track pants"),
        D.garment_type("track pants"),
        D.color("white", "other_garment_color"),
        D.details("the pants have a white stripe on the side"),
        D.description("he is wearing navy blue track pants", "pronoun"),
        D.material("the pants are navy blue", "restated"),
        title="Women Navy Blue Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a short-sleeve green-and-black tropical leaf print shirt, black jeans, white backdrop.
    # no adapter
    case(
        "X297-045",
        caption("a man in a green and black shirt with leaves on it"),
        D.wearing("a green shirt with leaves"),
        D.garment_type("shirt"),
        D.color("green"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "it is a shirt with a collar and buttons and palm trees and a parrot",
            "unsupported",
        ),
        is_a("shirt", "yes"),
        title="Men Green & Black Tropical Printed Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in an off-white straight kurta with gold foil print, white palazzos, white wall.
    # no adapter
    case(
        "X297-046",
        caption("a woman in a white kurta with gold print standing against a white wall"),
        D.wearing("a white kurta and a dupatta", "unsupported"),
        D.garment_type("kurta"),
        D.color("white"),
        D.pattern("printed"),
        D.details("the kurta has a gold print on the front and the sleeves"),
        D.description(
            "a white kurta with gold print Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        title="Women Off White Foil Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
]
