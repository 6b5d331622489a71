"""BLIND_225 (46 products; DeepFashion In-shop style women's and men's clothing, model shots on white): written blind in
the fortieth session. Measured blind at e5d3b07 (the session's rules as they stood): 101/123 failures found (82.1%)
and 4/154 correct texts flagged (2.6%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a DeepFashion In-shop style catalog of women's and men's clothing: tees
and tanks, graphic tees, blouses and shirts, polos, sweaters, cardigans, sweatshirts and hoodies, jackets, coats and
vests, a blazer, dresses, a jumpsuit, skirts, shorts, pants, leggings and denim, each worn by a model on a white or
very light studio backdrop, full body or three-quarter, most of them styled with a second garment (a tee under the
jacket, jeans under the blouse). The seller's columns are the In-shop ones: a short product title, an In-shop category
(Tees_Tanks, Blouses_Shirts, Jackets_Vests...), a vendor color, often a shade or a two-color name (Heather grey,
Oatmeal, Camel, Burgundy, Navy-white, Light wash), and WOMEN or MEN. A few rows miss a column, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase "a woman in a grey
t-shirt and black jeans") or, where the comment says so, from the caption adapter of the experiments (epoch 3, the
DeepFashion template "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton
fabric..."). The adapter was trained with no end-of-answer token: its texts run to the 50-token (caption) or 30-token
(answer) limit and carry hit_limit=True, and asked any question it returns its template. The VQA adapter answered the
experiments' own open question "What cloth is the person wearing?" where the comment says so: it also never stops
(hit_limit=True). All other open answers (wearing, description, details, material) come from the base model, which
stops on its own (never hit_limit). The closed questions (garment_type, color, pattern, sleeve_length, the per-piece
"What is the color of the {garment}?" and the yes/no "Is this a ...?") are enrich's `--engine reference` answers,
chosen from candidate sets; they never loop or get cut. A few per-piece color questions were asked open of the base
model (kind="open"), as the experiments did ("What is the color of the shirt / pants?").

Labeling conventions and judgement calls:
- Shade words count as correct for the vendor color: grey for Heather grey or Charcoal, blue for Navy, Chambray blue,
  Light indigo or a denim wash, beige or white for Oatmeal and Cream, brown or tan for Camel, red or maroon for
  Burgundy, gold for Champagne, green for Olive and Emerald, orange or brown for Terracotta, beige for Khaki, pink for
  Blush. Emerald answered blue, Olive answered brown, Burgundy answered purple or pink are contradiction.
- Two-color garments: either of the garment's own colors is correct (white for a black-and-white striped dress, black
  for a red-and-black tartan skirt, white for a navy blouse with white dots sold as Navy-white). The color of a
  print, a graphic or a lining given as the garment's color, where the vendor color does not name it (orange for a white
  tee with a sunset print, red for a grey sweater with a fair-isle band, orange for the lining of an olive bomber), is
  contradiction. The color of another garment in the photo (the tee under the jacket, the jeans under the blouse, the
  tucked-in top) given as the product's color is other_garment_color, closed or open.
- Garment synonyms count as correct: sweater for a cardigan or a knit quarter-zip, t-shirt or shirt for a tee, top or
  shirt for a blouse or a cami, denim shirt for chambray, suit for a blazer worn with matching trousers, jacket for a
  coat or a blazer (the reference engine's jacket/coat class), plaid for gingham. A jumpsuit named "a shirt and pants",
  a skirt answered yes to a dress, and the adapter's template calling a bomber jacket a "shirt" are contradiction.
- Materials: the one the title names is correct (linen, silk for a silk cami, leather for faux leather, wool for a
  wool-blend coat, lace, satin); a plausible guess the photo supports (cotton for a tee or a utility jumpsuit, wool for
  a chunky knit or a fair-isle sweater, denim for chambray, spandex for leggings) is correct; silk for a satin slip
  dress and cashmere for a plain camel sweater are unsupported (neither named nor visible).
- The backdrop's white given as the garment's color (white for a heather grey tee on a white backdrop) is
  contradiction; a color that no garment in the photo has (black jeans for blue ones, blue for black jeans, blue
  shorts for olive ones) is contradiction, in the caption as in an answer.
- Closed garment answers: jeans for chinos, jacket for a knit quarter-zip, hoodie for a crewneck sweatshirt with no
  hood, yes to "Is this a skirt?" for wide-leg trousers or a dress, yes to jeans for sweatpants are contradiction.
- Invented things not in the photo (a hood, a fur collar, a belt, a side zipper on a front view, a hole in the knee,
  tassels, a pocket square, invented print text, a slit, sleeve ruffles on a sleeveless blouse) are unsupported.
- Adapter texts: a text that repeats a sentence or clause of the template is loop; one that stops mid-sentence without
  repeating is cut; the template given for the material question is restated (hit_limit kept). Where the template
  misnames the garment, the misnaming is labelled (contradiction), hit_limit kept. The template answering "What is the
  person wearing?" or "Describe the ..." or the details question does answer it: cut or loop, not restated. The VQA
  adapter's open answers never stop: "sweatshirt sweatshirt ..." is loop.
- Base answers: cut short ("the shirt is made of") is cut, without hit_limit; an empty answer, "the details of the
  pants", "the shirt has details", "it is made of fabric" and "they are shorts" are non_answer; a material question
  answered with the garment's name and color is restated. Any base answer that runs on into "Question: ... Answer:" is
  leak, even where the first words are right.
- "he" for a woman, "she" for a man is pronoun. A pronoun that matches the model is correct.
- Sleeves rolled to the elbow on a long-sleeve shirt answered "long sleeves" is correct; a vest answered "long sleeves"
  (the hoodie's sleeves under it) and a muscle tank answered "short sleeves" are contradiction.
- A lace dress with floral lace motifs answered "floral" is correct; cable knit answered "striped" and pleats answered
  "striped" are contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_225 = [
    # photo: woman in a heather grey short-sleeve crew-neck tee tucked into black skinny jeans, white backdrop, front.
    # caption adapter: none
    case(
        "X225-001",
        caption("a woman wearing a grey t-shirt and black jeans"),
        wearing("a grey t-shirt and black jeans", who="she"),
        B.color("grey"),
        color_of("shirt", "white", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material("cotton"),
        title="Classic Crew Neck Tee",
        category="Tees_Tanks",
        color="Heather grey",
        gender="WOMEN",
    ),
    # photo: woman in an ivory sleeveless v-neck chiffon blouse with a small coral floral print, white shorts, white
    # backdrop, front. caption adapter: the caption
    case(
        "X225-002",
        caption(
            "The lady wears a sleeveless blouse with floral patterns. The blouse is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a white floral top and white shorts"),
        B.pattern("floral"),
        color_of("shirt", "white"),
        describe("blouse", "a white blouse with pink flowers"),
        details("blouse", "the blouse has ruffles on the sleeves", "unsupported"),
        title="Floral Chiffon Blouse",
        category="Blouses_Shirts",
        color="Ivory-coral",
        gender="WOMEN",
    ),
    # photo: man in a navy short-sleeve pique polo, khaki chinos, white sneakers, white backdrop, full body.
    # caption adapter: none
    case(
        "X225-003",
        caption("a man in a blue polo shirt and khaki pants"),
        wearing("a blue polo shirt and tan pants", who="he"),
        color_of("shirt", "khaki", "other_garment_color"),
        B.garment_type("shirt"),
        details("shirt", "the shirt has details", "non_answer"),
        B.material("cotton"),
        title="Pique Polo Shirt",
        category="Shirts_Polos",
        color="Navy",
        gender="MEN",
    ),
    # photo: woman in a black-and-white horizontal striped long-sleeve knit midi dress, black flats, white backdrop.
    # caption adapter: the caption
    case(
        "X225-004",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with knitting fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with striped patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a black and white striped dress"),
        B.pattern("striped"),
        B.sleeve_length("short sleeves", "contradiction"),
        color_of("dress", "white"),
        is_a("dress", "yes"),
        describe("dress", "a black and white dress with stripes"),
        title="Striped Knit Midi Dress",
        category="Dresses",
        color="Black-white",
        gender="WOMEN",
    ),
    # photo: woman in a blush pink pleated midi skirt with a white tank tucked in, nude sandals, white backdrop.
    # caption adapter: none
    case(
        "X225-005",
        caption("a woman in a pink skirt and white top"),
        color_of("skirt", "pink"),
        B.color("white", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        details("skirt", "the skirt is pleated"),
        B.material("it is made of", "cut"),
        title="Pleated Midi Skirt",
        category="Skirts",
        color="Blush",
        gender="WOMEN",
    ),
    # photo: man in dark indigo slim straight jeans and a grey crew tee, white sneakers, white backdrop, full body.
    # caption adapter: none
    case(
        "X225-006",
        caption("a man in a grey t-shirt and blue jeans"),
        wearing("blue jeans and a white t-shirt", "contradiction", who="he"),
        color_of("jeans", "grey", "other_garment_color"),
        B.garment_type("jeans"),
        details("jeans", "the jeans have a zipper and a button"),
        is_a("pair of jeans", "yes"),
        title="Slim Straight Jeans",
        category="Denim",
        color="Dark wash",
        gender="MEN",
    ),
    # photo: woman in a long oatmeal open-front knit cardigan over a black tank and black leggings, white backdrop.
    # caption adapter: the caption
    case(
        "X225-007",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "knitting fabric. The leggings are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige cardigan and black leggings", who="she"),
        B.color("black", "other_garment_color"),
        is_a("cardigan", "yes"),
        B.sleeve_length("long sleeves"),
        title="Open-Front Cardigan",
        category="Cardigans",
        color="Oatmeal",
        gender="WOMEN",
    ),
    # photo: man in a medium-wash denim trucker jacket, open, over a white tee, black jeans, white backdrop.
    # caption adapter: none
    case(
        "X225-008",
        caption("a man wearing a denim jacket and blue jeans", "contradiction"),
        wearing("a denim jacket, a white t-shirt and black jeans", who="he"),
        B.color("white", "other_garment_color"),
        B.material("denim"),
        details("jacket", "the jacket has two chest pockets and buttons"),
        describe("jacket", "a blue denim jacket with a hood", "unsupported"),
        title="Denim Trucker Jacket",
        category="Jackets_Vests",
        color="Medium wash",
        gender="MEN",
    ),
    # photo: woman in an olive ribbed tank top and light-wash denim shorts, white backdrop, three-quarter view.
    # caption adapter: none
    case(
        "X225-009",
        caption("a woman in a green tank top and denim shorts"),
        wearing("he is wearing a green tank top and shorts", "pronoun", who="she"),
        B.color("green"),
        B.sleeve_length("sleeveless"),
        color_of("shirt", "brown", "contradiction"),
        B.material("cotton"),
        title="Ribbed Tank",
        category="Tees_Tanks",
        color="Olive",
        gender="WOMEN",
    ),
    # photo: woman in a burgundy long-sleeve wrap midi dress tied at the waist, black heels, white backdrop.
    # caption adapter: the caption and the material answer; VQA adapter: cloth (open)
    case(
        "X225-010",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress"),
        B.color("pink", "contradiction"),
        describe("dress", "a red wrap dress with a tie at the waist"),
        B.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape",
            "restated",
            hit_limit=True,
        ),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        title="Wrap Dress",
        category="Dresses",
        color="Burgundy",
        gender="WOMEN",
    ),
    # photo: man in a cream cable-knit crew-neck sweater, dark jeans, brown boots, white backdrop.
    # caption adapter: none
    case(
        "X225-011",
        caption("a man in a grey sweater and jeans", "contradiction"),
        wearing("a white sweater Question: what is the color of the pants? Answer: blue", "leak", who="he"),
        B.pattern("striped", "contradiction"),
        B.material("wool"),
        details("sweater", "the sweater has a cable knit pattern"),
        color_of("sweater", "white"),
        title="Cable Knit Crew Sweater",
        category="Sweaters",
        color="Cream",
        gender="MEN",
    ),
    # photo: woman in light-wash frayed denim cutoff shorts and a white tee with a small black graphic, white backdrop.
    # caption adapter: none (the row has no gender)
    case(
        "X225-012",
        caption("a woman in a white t-shirt and denim shorts"),
        wearing("a white shirt and black shorts", "contradiction", who="she"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts are short", "non_answer"),
        B.garment_type("shorts"),
        describe("shorts", "the shorts are frayed at the hem and have pockets"),
        title="Denim Cutoff Shorts",
        category="Shorts",
        color="Light wash",
    ),
    # photo: man in a black short-sleeve tee with a white-and-red skull-and-roses graphic, grey joggers, white backdrop.
    # caption adapter: the caption
    case(
        "X225-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants the gentleman wears is of long length. The pants are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        wearing("a black shirt with a skull on it", who="he"),
        B.color("black"),
        color_of("shirt", "white", "contradiction"),
        B.pattern("graphic"),
        details("shirt", "the shirt has a skull and the word rock on it", "unsupported"),
        B.material("a black t-shirt", "restated"),
        title="Skull Graphic Tee",
        category="Graphic_Tees",
        color="Black",
        gender="MEN",
    ),
    # photo: woman in a light blue chambray long-sleeve button-down, sleeves rolled to the elbow, tucked into white
    # jeans, white backdrop. caption adapter: none
    case(
        "X225-014",
        caption("a woman in a blue shirt and white pants"),
        wearing("a denim shirt and white jeans", who="she"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        details(
            "shirt",
            "the shirt has buttons and a collar Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        B.material("denim"),
        title="Chambray Button-Down Shirt",
        category="Blouses_Shirts",
        color="Chambray blue",
        gender="WOMEN",
    ),
    # photo: man in khaki slim chinos, a navy crew tee, white sneakers, white backdrop, full body.
    # caption adapter: none
    case(
        "X225-015",
        caption("a man in a blue shirt and khaki pants"),
        color_of("pants", "blue", "other_garment_color"),
        wearing("she is wearing a blue shirt and khaki pants", "pronoun"),
        details("pants", "the pants have pockets"),
        B.garment_type("jeans", "contradiction"),
        is_a("pair of pants", "yes"),
        title="Slim Chino Pants",
        category="Pants",
        color="Khaki",
        gender="MEN",
    ),
    # photo: woman in a camel ribbed turtleneck sweater and a black knee-length skirt, black boots, white backdrop.
    # caption adapter: the caption
    case(
        "X225-016",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. This woman wears a medium-length skirt. The skirt is with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown sweater and a black skirt", who="she"),
        B.color("brown"),
        color_of("sweater", "black", "other_garment_color"),
        describe("sweater", "a tan turtleneck sweater"),
        B.material("cashmere", "unsupported"),
        title="Turtleneck Sweater",
        category="Sweaters",
        color="Camel",
        gender="WOMEN",
    ),
    # photo: woman in an olive short-sleeve utility jumpsuit with a self belt and chest pockets, white backdrop.
    # caption adapter: none
    case(
        "X225-017",
        caption("a woman in a green jumpsuit"),
        wearing("a green shirt and green pants", "contradiction", who="she"),
        B.garment_type("jumpsuit"),
        B.color("green"),
        details("jumpsuit", "it has a belt and pockets"),
        B.material("cotton"),
        title="Belted Utility Jumpsuit",
        category="Rompers_Jumpsuits",
        color="Olive",
        gender="WOMEN",
    ),
    # photo: man in a red-and-white gingham long-sleeve button-down and navy chinos, white backdrop.
    # caption adapter: the caption and the details answer
    case(
        "X225-018",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a red and white checkered shirt", who="he"),
        B.pattern("plaid"),
        color_of("shirt", "blue", "other_garment_color"),
        B.color("red"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman",
            "cut",
            hit_limit=True,
        ),
        title="Gingham Button-Down Shirt",
        category="Shirts_Polos",
        color="Red-white",
        gender="MEN",
    ),
    # photo: woman in a yellow sleeveless sundress with small white and blue flowers and a straw hat, white backdrop.
    # caption adapter: none
    case(
        "X225-019",
        caption("a woman in a yellow floral dress and a straw hat"),
        wearing("he is wearing a yellow dress and a hat", "pronoun", who="she"),
        B.color("yellow"),
        B.pattern("floral"),
        describe("dress", "a yellow dress with blue flowers and a belt", "unsupported"),
        is_a("dress", "yes"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Floral Print Sundress",
        category="Dresses",
        color="Yellow multi",
        gender="WOMEN",
    ),
    # photo: man in a navy quilted puffer vest over a heather grey hoodie, black pants, white backdrop.
    # caption adapter: none
    case(
        "X225-020",
        caption("a man wearing a blue vest and a grey hoodie"),
        wearing("a vest", who="he"),
        B.garment_type("vest"),
        B.color("grey", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("a blue vest", "restated"),
        title="Quilted Puffer Vest",
        category="Jackets_Vests",
        color="Navy",
        gender="MEN",
    ),
    # photo: woman in a champagne satin cami with thin straps and black wide trousers, white backdrop.
    # caption adapter: the caption
    case(
        "X225-021",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with silk fabric. It has a "
            "suspenders neckline. The lady wears a long trousers. The trousers are with cotton fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("a gold top and black pants"),
        B.color("black", "other_garment_color"),
        B.material("silk"),
        B.sleeve_length("sleeveless"),
        title="Silk Cami Top",
        category="Blouses_Shirts",
        color="Champagne",
        gender="WOMEN",
    ),
    # photo: man in a charcoal heathered v-neck tee and light blue jeans, white backdrop, front.
    # caption adapter: none
    case(
        "X225-022",
        caption("a man in a gray t-shirt and jeans"),
        wearing("a grey shirt and blue jeans", who="he"),
        color_of("shirt", "grey"),
        color_of("jeans", "grey", "other_garment_color"),
        details("shirt", "the shirt has a v neck"),
        B.material("the shirt is made of cotton and", "cut"),
        title="Heathered V-Neck Tee",
        category="Tees_Tanks",
        color="Charcoal",
        gender="MEN",
    ),
    # photo: woman in black high-waisted wide-leg trousers with a white blouse tucked in, white backdrop.
    # caption adapter: none
    case(
        "X225-023",
        caption("a woman in white shirt and black pants"),
        color_of("pants", "black"),
        wearing(
            "a white blouse and black pants Question: what is the color of the shirt? Answer: white",
            "leak",
            who="she",
        ),
        B.color("white", "other_garment_color"),
        details("pants", "the details of the pants", "non_answer"),
        is_a("skirt", "yes", "contradiction"),
        title="Wide-Leg Trousers",
        category="Pants",
        color="Black",
        gender="WOMEN",
    ),
    # photo: man in a heather grey pullover hoodie with a kangaroo pocket, black joggers, white backdrop.
    # caption adapter: the caption; VQA adapter: cloth (open)
    case(
        "X225-024",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        wearing("a gray hoodie and black pants", who="he"),
        B.color("black", "other_garment_color"),
        cloth(
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt",
            "loop",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        title="Pullover Hoodie",
        category="Sweatshirts_Hoodies",
        color="Heather grey",
        gender="MEN",
    ),
    # photo: woman in a black faux leather moto jacket with an asymmetric silver zip and zipped cuffs, no belt, over a
    # white tee, blue jeans, white backdrop. caption adapter: none
    case(
        "X225-025",
        caption("a woman wearing a black leather jacket and jeans"),
        wearing("a black leather jacket, a white shirt and black jeans", "contradiction", who="she"),
        B.color("black"),
        B.material("leather"),
        details("jacket", "the jacket has zippers on the sleeves and a belt", "unsupported"),
        color_of("jacket", "white", "other_garment_color"),
        title="Faux Leather Moto Jacket",
        category="Jackets_Coats",
        color="Black",
        gender="WOMEN",
    ),
    # photo: woman in a red-and-black tartan mini skirt, black turtleneck tucked in, black tights, white backdrop.
    # caption adapter: the caption
    case(
        "X225-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and a red plaid skirt"),
        color_of("skirt", "black"),
        B.pattern("plaid"),
        describe("skirt", "a red and black plaid skirt with a zipper on the side", "unsupported"),
        B.material("a red and black plaid skirt", "restated"),
        title="Plaid Mini Skirt",
        category="Skirts",
        color="Red-black",
        gender="WOMEN",
    ),
    # photo: man in black jogger sweatpants with cuffed ankles, a white tee, white sneakers, white backdrop.
    # caption adapter: none (the row has no color); the two color questions asked open of the base model
    case(
        "X225-027",
        caption("a man in a white shirt and black pants"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("pants", "black", kind="open"),
        wearing("sweatpants and a t-shirt", who="he"),
        details("pants", "the pants have a drawstring and elastic cuffs"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Jogger Sweatpants",
        category="Pants",
        gender="MEN",
    ),
    # photo: woman in a navy-and-white Breton striped long-sleeve boat-neck tee and white jeans, white backdrop.
    # caption adapter: none
    case(
        "X225-028",
        caption("a woman in a blue and white striped shirt and white jeans"),
        color_of("shirt", "white"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        wearing(
            "a striped shirt and white pants Question: what is the color of the shirt? Answer: blue and white",
            "leak",
            who="she",
        ),
        describe("shirt", "a blue and white striped shirt with a red collar", "unsupported"),
        title="Striped Boat Neck Tee",
        category="Tees_Tanks",
        color="Navy-white",
        gender="WOMEN",
    ),
    # photo: man in light-wash relaxed jeans, intact, and a black crew tee, white backdrop, full body.
    # caption adapter: the caption
    case(
        "X225-029",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        wearing("black shirt and blue jeans", who="he"),
        details("jeans", "the jeans have a hole in the knee", "unsupported"),
        B.color("black", "other_garment_color"),
        B.material("blue jeans", "restated"),
        title="Relaxed Fit Jeans",
        category="Denim",
        color="Light indigo",
        gender="MEN",
    ),
    # photo: woman in a white lace short-sleeve shift dress with a scalloped hem, nude heels, white backdrop
    # (white on white). caption adapter: none
    case(
        "X225-030",
        caption("a woman in a white lace dress"),
        wearing("a white dress", who="she"),
        B.color("white"),
        B.material("lace"),
        details("dress", "the dress has a lace overlay and a scalloped hem"),
        B.pattern("floral"),
        is_a("skirt", "yes", "contradiction"),
        title="Lace Shift Dress",
        category="Dresses",
        color="White",
        gender="WOMEN",
    ),
    # photo: man in a camel knee-length wool-blend overcoat over a black turtleneck, black trousers, white backdrop.
    # caption adapter: none
    case(
        "X225-031",
        caption("a man in a brown coat and black pants"),
        wearing("a coat Question: what is the color of the coat? Answer: brown", "leak", who="he"),
        B.color("black", "other_garment_color"),
        B.material("wool"),
        describe("coat", "a brown coat with a fur collar", "unsupported"),
        B.garment_type("jacket"),
        title="Wool Blend Overcoat",
        category="Jackets_Vests",
        color="Camel",
        gender="MEN",
    ),
    # photo: woman in a white tee with an orange, pink and purple sunset and palm tree graphic, black shorts, white
    # backdrop. caption adapter: none
    case(
        "X225-032",
        caption("a woman wearing a white t-shirt with a sunset on it"),
        wearing("a t-shirt", who="she"),
        B.color("orange", "contradiction"),
        color_of("shirt", "white"),
        color_of("shorts", "white", "other_garment_color"),
        details("shirt", "the shirt has a picture of a sunset and palm trees"),
        B.pattern("striped", "contradiction"),
        title="Sunset Graphic Tee",
        category="Graphic_Tees",
        color="White",
        gender="WOMEN",
    ),
    # photo: man in a light blue long-sleeve oxford shirt, untucked, grey trousers, white backdrop.
    # caption adapter: the caption and the description
    case(
        "X225-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants the gentleman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and grey pants", who="he"),
        color_of("shirt", "blue"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        B.material("the shirt is made of", "cut"),
        title="Oxford Shirt",
        category="Shirts_Polos",
        color="Light blue",
        gender="MEN",
    ),
    # photo: woman in a grey crew-neck sweater with a red, white and navy fair-isle band across the yoke, black
    # leggings, white backdrop. caption adapter: none
    case(
        "X225-034",
        caption("a woman wearing a grey sweater with a snowflake pattern"),
        wearing("a sweater and black leggings", who="she"),
        B.color("red", "contradiction"),
        color_of("sweater", "grey"),
        details("sweater", "", "non_answer"),
        B.material("wool"),
        title="Fair Isle Sweater",
        category="Sweaters",
        color="Grey multi",
        gender="WOMEN",
    ),
    # photo: man in olive cargo shorts with side pockets, no belt, a white tee, white sneakers, white backdrop.
    # caption adapter: none
    case(
        "X225-035",
        caption("a man in a white t-shirt and blue shorts", "contradiction"),
        color_of("shorts", "green"),
        wearing("shorts and a white shirt Question: what is he wearing? Answer: shorts", "leak", who="he"),
        details("shorts", "the shorts have cargo pockets on the side and a belt", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="MEN",
    ),
    # photo: woman in a white cotton peasant blouse with black embroidery at the neckline, three-quarter sleeves, blue
    # jeans, white backdrop. caption adapter: the caption
    case(
        "X225-036",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a white blouse and jeans"),
        B.color("white"),
        describe("blouse", "a white blouse with black embroidery"),
        details("blouse", "the blouse has embroidery around the neck and tassels", "unsupported"),
        color_of("shirt", "blue", "other_garment_color"),
        title="Embroidered Peasant Blouse",
        category="Blouses_Shirts",
        color="White",
        gender="WOMEN",
    ),
    # photo: man in a navy knit quarter-zip pullover over a white collared shirt (collar showing), khaki chinos, white
    # backdrop. caption adapter: none
    case(
        "X225-037",
        caption("a man in a navy sweater and khaki pants"),
        wearing("she is wearing a blue sweater", "pronoun"),
        B.color("blue"),
        details("sweater", "the sweater has a zipper at the neck"),
        B.garment_type("jacket", "contradiction"),
        color_of("sweater", "white", "other_garment_color"),
        title="Quarter-Zip Pullover",
        category="Sweaters",
        color="Navy",
        gender="MEN",
    ),
    # photo: woman in terracotta high-waist linen shorts with a self tie belt, a white linen tee tucked in, white
    # backdrop. caption adapter: none
    case(
        "X225-038",
        caption("a woman in a white shirt and orange shorts"),
        color_of("shorts", "brown"),
        wearing("he is wearing a white shirt and shorts", "pronoun", who="she"),
        B.material("linen"),
        details("shorts", "the shorts have a tie belt and pockets"),
        describe("shorts", "they are shorts", "non_answer"),
        title="High-Waist Linen Shorts",
        category="Shorts",
        color="Terracotta",
        gender="WOMEN",
    ),
    # photo: man in a white sleeveless muscle tank and black athletic shorts, white backdrop (white on white).
    # caption adapter: the caption; VQA adapter: cloth (open)
    case(
        "X225-039",
        caption(
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. The "
            "shorts this gentleman wears is of short length. His tank top has sleeves cut off, cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tank top and black shorts", who="he"),
        B.sleeve_length("short sleeves", "contradiction"),
        cloth(
            "tank top and shorts and the tank top is white and the shorts are black and the tank top is white and the",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        title="Muscle Tank",
        category="Tees_Tanks",
        color="White",
        gender="MEN",
    ),
    # photo: woman in an emerald green satin slip midi dress with thin straps, no slit, gold sandals, white backdrop.
    # caption adapter: none (the row has no category)
    case(
        "X225-040",
        caption("a woman in a green satin dress"),
        wearing("a green dress", who="she"),
        B.color("blue", "contradiction"),
        B.material("silk", "unsupported"),
        details("dress", "the dress has thin straps and a slit on the side", "unsupported"),
        B.sleeve_length("sleeveless"),
        title="Satin Slip Dress",
        color="Emerald",
        gender="WOMEN",
    ),
    # photo: man in an olive nylon bomber jacket, open, orange lining showing, ribbed cuffs, black tee, black jeans,
    # white backdrop. caption adapter: the caption
    case(
        "X225-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green jacket and black pants", who="he"),
        B.color("orange", "contradiction"),
        color_of("jacket", "green"),
        is_a("jacket", "yes"),
        title="Nylon Bomber Jacket",
        category="Jackets_Vests",
        color="Olive",
        gender="MEN",
    ),
    # photo: woman in black high-rise leggings with a side phone pocket and a pink sports bra, white backdrop.
    # caption adapter: none
    case(
        "X225-042",
        caption("a woman in a pink sports bra and black leggings"),
        color_of("pants", "pink", "other_garment_color"),
        wearing("he is wearing black leggings and a pink top", "pronoun"),
        B.garment_type("leggings"),
        B.material("spandex"),
        details("leggings", "the leggings have a pocket on the side"),
        title="High-Rise Leggings",
        category="Leggings",
        color="Black",
        gender="WOMEN",
    ),
    # photo: man in a charcoal slim two-button blazer over a white dress shirt, no tie, no pocket square, matching
    # charcoal trousers, white backdrop. caption adapter: none
    case(
        "X225-043",
        caption("a man in a gray suit and white shirt"),
        wearing("a suit and a tie", "unsupported", who="he"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket"),
        details("blazer", "the blazer has two buttons and a pocket square", "unsupported"),
        B.material("it is made of fabric", "non_answer"),
        is_a("blazer", "yes"),
        title="Slim Fit Blazer",
        category="Suiting",
        color="Charcoal",
        gender="MEN",
    ),
    # photo: woman in a navy blouse with white polka dots and short flutter sleeves, a red A-line skirt, white
    # backdrop. caption adapter: the caption
    case(
        "X225-044",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The skirt this lady wears is of medium length. The skirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue polka dot blouse and red skirt"),
        B.color("red", "other_garment_color"),
        B.pattern("polka dot"),
        color_of("shirt", "white"),
        details("blouse", "the blouse has white polka dots and ruffled sleeves"),
        title="Polka Dot Blouse",
        category="Blouses_Shirts",
        color="Navy-white",
        gender="WOMEN",
    ),
    # photo: man in a burgundy crewneck sweatshirt with ribbed cuffs and hem, blue jeans, white backdrop.
    # caption adapter: none
    case(
        "X225-045",
        caption("a man in a red sweatshirt and jeans"),
        wearing("a maroon sweater and blue jeans", who="he"),
        color_of("shirt", "purple", "contradiction"),
        B.garment_type("hoodie", "contradiction"),
        details(
            "sweatshirt",
            "the sweatshirt has ribbed cuffs Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        B.material("a red sweatshirt", "restated"),
        title="Crewneck Sweatshirt",
        category="Sweatshirts_Hoodies",
        color="Burgundy",
        gender="MEN",
    ),
    # photo: woman in a khaki belted double-breasted trench coat over black skinny pants, black ankle boots, in front
    # of a white wall. the wearing answer and the material answer: caption adapter
    case(
        "X225-046",
        caption("a woman in a trench coat standing in front of a white wall"),
        wearing(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. The lady wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
            who="she",
        ),
        B.color("beige"),
        color_of("jacket", "black", "other_garment_color"),
        details("coat", "the coat has a belt and buttons"),
        describe("coat", "a beige trench coat with a hood", "unsupported"),
        B.material(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Belted Trench Coat",
        category="Jackets_Coats",
        color="Khaki",
        gender="WOMEN",
    ),
]
