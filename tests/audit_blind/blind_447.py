"""BLIND_447 (46 products; women's catalog night run: kurtas, tops, jeans, dresses, sarees, co-ords): written blind in
the forty-seventh session. Measured blind at 496f1cc (the session's rules as they stood): 104/129 failures found
(80.6%) and 4/160 correct texts flagged (2.5%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for women, run overnight with the caption and VQA adapters loaded next
to the base model: straight, A-line and anarkali kurtas (some with palazzos and dupattas), tops and tees, jeans,
dresses, sarees with their blouses, and co-ord sets. Every photo is a model shot, most on a plain studio backdrop,
some with a coloured wall, a stool, a plant, a bag or a hat in frame, and most with a second garment worn (a top over
the jeans, jeans under the top, palazzos under the kurta, the saree's blouse). Each row has the seller's title,
category, color and gender; a few miss the color, the category or the gender, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase, "a woman in a
blue kurta ...") or from the caption adapter of the original experiments (the DeepFashion template, "The lady wears
a long-sleeve shirt with pure color patterns ..."). The caption adapter was trained with no end-of-answer token: its
texts run to the limit (50 new tokens for captions, 30 for answers), carry hit_limit=True and, asked a question,
return the template. A few open answers come from the VQA adapter (one epoch, In-shop attributes, also no end
token): it gives a one-word In-shop answer and then repeats it, or runs on into the next "Question: ... Answer:" of
its training format; those carry hit_limit=True too. Every other open answer (wearing, description, details,
material, neckline, fit) comes from the base model, which stops on its own and never has hit_limit. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece colors and "Is this a ...?") are enrich's
`--engine reference` answers, picked from candidate sets: never a loop or a cut. Comments name the texts that came
from an adapter.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, teal or indigo; green for olive, emerald or teal; red for maroon; pink for
  peach; yellow for mustard; purple for lavender or lilac; white for off white; grey for charcoal. Navy given as
  black, orange given as red, peach given as white, lavender given as grey are contradiction.
- The color of another piece worn in the photo (the top over the jeans, the jeans under the top, the palazzos under
  the kurta, the saree's blouse, the shoes) given as the product's color is other_garment_color. The color of a wall,
  a backdrop or a print motif given as the garment's color is contradiction. One color for two pieces that differ
  ("yellow jeans" under a yellow sweater, "white pants" under a white top, "white" for the red blouse of a white
  saree) is other_garment_color whichever piece gets the wrong one.
- Garment synonyms are correct: sari for saree, tunic for kurta, shirt or blouse for a top, pants for jeans or
  palazzos, suit for a blazer set, scarf for a dupatta, sweater for a knit top, jacket for a blazer. A kurta or a
  saree called a dress (base or adapter), a closed garment_type naming the other piece, and "yes" to "Is this a
  skirt?" for a top worn with a skirt are contradiction.
- Materials: one the title names is correct, and so is a plausible look-alike (chiffon for georgette, sheer fabric
  for organza, knit for ribbed); a material neither named nor visible (silk on georgette or cotton, polyester on a
  cotton top, cotton on linen) is unsupported; a material that belongs to a prop (straw for the bag) is contradiction.
- Invented items (a belt, a hood, a zipper or button on an unseen back, a bindi, a clutch, a purse, a slit, pockets,
  tassels, boots on a photo cropped at mid-thigh, rips on clean jeans, a necklace) are unsupported. Items truly in the
  photo (a hat, a bag, red shoes, ripped knees) are correct.
- Adapter texts: a text that repeats a sentence or a word is loop; one that stops mid-sentence without repeating is
  cut; a VQA adapter text that runs on into "Question: ..." is leak. Where the template names the garment wrongly (a
  saree or a kurta as a dress, a saree as a shirt and a skirt), the misnaming is what the auditor sees first:
  contradiction, hit_limit kept. The template returned for the material question is restated, even where it names a
  fabric. The template answering the wearing, description or details question does answer it: cut or loop.
- Base answers: one that runs on into "Question: ... Answer: ..." is leak even where its first words are right; one
  that stops early ("it is made of") is cut, without hit_limit; an empty answer, "the jeans have details", "the
  details of the dress" and "made of a material" are non_answer; the garment and its color given back for a
  description, details or material question ("the kurta is orange", "blue jeans") are restated.
- Closed pattern answers: the other piece's pattern (striped for white jeans under a striped shirt), tiers read as
  striped, small flowers read as polka dot and floral for a solid dress are contradiction.
- "he" for a woman is pronoun.
- Co-ords named piece by piece in their own colors are correct; garment_type is not asked of co-ords.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")

BLIND_447 = [
    # photo: model in a navy blue straight cotton kurta with a small white floral print, round neck, three-quarter
    # sleeves, worn with white palazzos; plain white backdrop, front view.
    # no adapter texts
    case(
        "X447-001",
        caption("a woman wearing a blue kurta with white flowers"),
        D.wearing(
            "a blue floral kurta and white pants Question: What is the color of the kurta? Answer: blue",
            "leak",
        ),
        B.garment_type("kurta"),
        B.color("black", "contradiction"),
        B.pattern("floral"),
        D.details("it has a mandarin collar and wooden buttons", "unsupported"),
        title="Women Navy Blue Floral Printed Straight Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white ruffled cotton crop top with short flutter sleeves, round neck, tucked into blue jeans;
    # light grey backdrop, front view.
    # caption: caption adapter
    case(
        "X447-002",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and blue jeans"),
        B.color("blue", "other_garment_color"),
        color_top("white"),
        B.sleeve_length("short sleeves"),
        B.material("polyester", "unsupported"),
        title="Women White Ruffled Cotton Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in light blue high-rise skinny jeans, clean (no rips), with a black tee tucked in; white backdrop,
    # front view, cropped at the ankles.
    # no adapter texts
    case(
        "X447-003",
        caption("a woman in a black shirt and jeans"),
        D.wearing("he is wearing a black shirt and blue jeans", "pronoun"),
        color_jeans("blue"),
        B.color("black", "other_garment_color"),
        D.details("they are ripped at the knees", "unsupported"),
        B.material("denim"),
        title="Women Light Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a maroon solid A-line midi dress, V neck, short puff sleeves, matte fabric; beige wall behind.
    # caption: caption adapter
    case(
        "X447-004",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress with a black belt", "unsupported"),
        B.color("red"),
        B.pattern("floral", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material("silk", "unsupported"),
        title="Women Maroon Puff Sleeve A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a green Banarasi saree with a wide gold zari border, matching green short-sleeve blouse, no
    # jewellery; a pink wall behind her.
    # no adapter texts
    case(
        "X447-005",
        caption("a woman in a green sari standing in front of a pink wall"),
        D.wearing("a green sari"),
        B.garment_type("dress", "contradiction"),
        B.color("green"),
        color_blouse("pink", "contradiction"),
        D.details("gold border and a gold necklace", "unsupported"),
        title="Green Zari Woven Banarasi Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a mustard yellow co-ord, a boxy short-sleeve top and straight trousers with a small white
    # geometric print; white backdrop.
    # wearing: VQA adapter
    case(
        "X447-006",
        caption("a woman wearing a yellow top and pants"),
        D.wearing(
            "pants Question: What is the color of the pants? Answer: yellow Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        color_top("yellow"),
        color_pants("orange", "contradiction"),
        B.pattern("geometric"),
        B.material("it is made of", "cut"),
        title="Women Mustard Yellow Geometric Printed Top with Trousers Co-Ords",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a pink straight kurta with white thread embroidery on the yoke, white palazzos and a pink
    # dupatta with white dots over one shoulder; white backdrop.
    # caption: caption adapter
    case(
        "X447-007",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and white pants with a scarf"),
        color_kurta("pink"),
        color_pants("white"),
        color_dupatta("white", "other_garment_color"),
        D.details("it has details", "non_answer"),
        title="Women Pink Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black top with thin white horizontal stripes, boat neck, long sleeves, with black trousers;
    # grey backdrop, front view.
    # no adapter texts
    case(
        "X447-008",
        caption("a woman in a black and white striped shirt"),
        D.wearing("he is wearing a striped shirt and black pants", "pronoun"),
        B.pattern("striped"),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        D.description("a striped shirt with a pocket on the chest", "unsupported"),
        title="Women Black & White Striped Boat Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in navy blue wide-leg high-rise jeans and a white long-sleeve shirt with a collar, tucked in;
    # white backdrop, full length.
    # details: caption adapter
    case(
        "X447-009",
        caption("a woman in a white shirt and blue jeans"),
        D.wearing("white shirt and white jeans", "other_garment_color"),
        color_jeans("black", "contradiction"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        B.material("blue jeans", "restated"),
        B.garment_type("jeans"),
        title="Women Navy Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model sitting on a wooden stool in a white wrap midi dress with red and blue flowers, V neck, short
    # sleeves, fabric tie at the waist; white backdrop.
    # no adapter texts
    case(
        "X447-010",
        caption("a woman sitting on a stool in a floral dress"),
        D.wearing("a white floral dress"),
        B.color("red", "contradiction"),
        B.pattern("floral"),
        D.details("a tie at the waist"),
        neckline("round neck", "contradiction"),
        B.material("the dress is made of a material", "non_answer"),
        title="Women White & Red Floral Print Wrap Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a red georgette saree with a sequinned border, black sleeveless blouse; black backdrop.
    # no adapter texts
    case(
        "X447-011",
        caption("a woman in a red sari"),
        D.wearing(
            "she is wearing a red saree and a black blouse Question: What is the color of the saree? Answer: red",
            "leak",
        ),
        B.color("red"),
        color_blouse("red", "other_garment_color"),
        B.material("silk", "unsupported"),
        D.description("a red saree with sequins on the border"),
        title="Red Embellished Sequinned Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a white linen co-ord, a short-sleeve button-down shirt and shorts, wearing a straw hat; beige
    # backdrop.
    # no adapter texts
    case(
        "X447-012",
        caption("a woman in a white shirt and shorts wearing a straw hat"),
        D.wearing("white shirt and white shorts"),
        color_shirt("white"),
        color_shorts("white"),
        B.material("cotton", "unsupported"),
        D.details("buttons down the front and two pockets on the chest", "unsupported"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women White Linen Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: model in a mustard yellow A-line kurta with mirror work on the yoke, three-quarter sleeves, white pants;
    # a potted plant beside her, white backdrop.
    # color of the kurta (open): VQA adapter
    case(
        "X447-013",
        caption("a woman in a yellow dress standing next to a plant", "contradiction"),
        D.wearing("a yellow kurta"),
        B.color("yellow"),
        color_of(
            "kurta",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("mirror work and tassels on the sleeves", "unsupported"),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Mustard Yellow Mirror Work A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in an olive green satin cami top with thin straps, tucked into blue jeans; white backdrop.
    # caption: caption adapter
    case(
        "X447-014",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. The "
            "pants this woman wears is of long length. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green top and jeans"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.material("satin"),
        is_a("tank top", "yes"),
        title="Women Olive Green Satin Cami Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: model in black bootcut mid-rise jeans with a red crop top; no belt; white backdrop, full length.
    # no adapter texts
    case(
        "X447-015",
        caption("a woman in a red top and black jeans"),
        D.wearing("a red shirt and black pants"),
        color_jeans("red", "other_garment_color"),
        B.color("black"),
        B.pattern("solid"),
        D.details("it has a belt", "unsupported"),
        is_a("jeans", "yes", article="a pair of"),
        title="Women Black Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue denim shirt dress, short rolled sleeves, collar, button front, self belt; white backdrop.
    # caption and material: caption adapter
    case(
        "X447-016",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. The lady wears a belt. The lady wears a short-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim dress"),
        B.color("blue"),
        B.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        D.details("button down and a belt"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Blue Denim Belted Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a peach organza saree with pink and green floral embroidery, peach blouse; white backdrop.
    # details: caption adapter
    case(
        "X447-017",
        caption("a woman in a pink sari with flowers"),
        D.wearing("a pink saree"),
        B.color("white", "contradiction"),
        B.material("sheer fabric"),
        B.pattern("floral"),
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress",
            "contradiction",
            hit_limit=True,
        ),
        title="Peach Floral Embroidered Organza Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black single-breasted blazer and black trousers co-ord over a white tee; grey backdrop.
    # description: VQA adapter
    case(
        "X447-018",
        caption("a woman in a black suit"),
        D.wearing(
            "a black suit Question: What is the color of the suit? Answer: black",
            "leak",
        ),
        B.color("white", "other_garment_color"),
        color_pants("black"),
        is_a("jacket", "yes"),
        D.description(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Blazer & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white chikankari embroidered cotton kurta with white pants, against a blue painted wall.
    # no adapter texts
    case(
        "X447-019",
        caption("a woman in a white kurta standing in front of a blue wall"),
        D.wearing("a blue kurta and white pants", "contradiction"),
        B.color("white"),
        D.details(
            "white embroidery Question: What is the material of the kurta? Answer: cotton",
            "leak",
        ),
        B.material("cotton"),
        is_a("kurta", "yes"),
        title="Women White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a teal blue long-sleeve wrap top with a V neck, black trousers; white backdrop.
    # caption, description and material: caption adapter
    case(
        "X447-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue top and black pants"),
        B.color("green"),
        B.sleeve_length("long sleeves"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Teal Blue Solid Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: model in mid-blue relaxed mom jeans with a yellow knitted sweater tucked in; white backdrop.
    # caption: caption adapter
    case(
        "X447-021",
        caption(
            "The upper clothing has long sleeves, knitted fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is denim and it has solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow sweater and yellow jeans", "other_garment_color"),
        color_jeans("blue"),
        B.color("yellow", "other_garment_color"),
        D.details("the jeans have details", "non_answer"),
        fit("relaxed"),
        title="Women Blue Relaxed Fit Mom Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black dress with white polka dots, fit and flare, short sleeves, no bow or belt, red heels;
    # white backdrop, full length.
    # no adapter texts
    case(
        "X447-022",
        caption("a woman in a black and white polka dot dress and red shoes"),
        D.wearing("a black and white dress with red shoes and a red purse", "unsupported"),
        B.color("black"),
        B.pattern("polka dot"),
        D.details("polka dots and a bow at the waist", "unsupported"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        title="Women Black & White Polka Dot Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy blue cotton saree with a white bandhani dot print, white short-sleeve blouse; white
    # backdrop.
    # caption: caption adapter
    case(
        "X447-023",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue and white sari"),
        B.color("blue"),
        is_a("saree", "yes"),
        B.material("silk", "unsupported"),
        D.details(
            "white dots all over the sari Question: What is the color of the sari? Answer: blue",
            "leak",
        ),
        title="Navy Blue & White Bandhani Printed Pure Cotton Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a lavender knitted co-ord, a short-sleeve crop top and a midi skirt; white backdrop.
    # no adapter texts
    case(
        "X447-024",
        caption("a woman in a purple top and skirt"),
        D.wearing("a purple sweater and skirt"),
        color_top("purple"),
        color_skirt("grey", "contradiction"),
        B.material("knitted"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Women Lavender Knitted Crop Top & Midi Skirt Co-Ord",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a white round-neck cotton tee under an open light blue denim jacket, black trousers; the tee
    # shows at the front only; white backdrop.
    # no adapter texts
    case(
        "X447-025",
        caption("a woman in a denim jacket and white t-shirt"),
        D.wearing("he is wearing a denim jacket, white shirt and black pants", "pronoun"),
        B.garment_type("jacket", "contradiction"),
        B.color("white"),
        B.material("cotton"),
        is_a("t-shirt", "yes"),
        title="Women White Solid Cotton Round Neck T-Shirt",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in an ankle-length green flared anarkali kurta with small gold floral motifs, three-quarter
    # sleeves; white backdrop.
    # wearing: VQA adapter
    case(
        "X447-026",
        caption("a woman in a green dress with gold print", "contradiction"),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: green Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        B.color("green"),
        B.pattern("floral"),
        D.details("gold print and gold buttons on the front", "unsupported"),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Green & Gold-Toned Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: model in a red sleeveless peplum top with a round neck, white jeans; white backdrop.
    # caption and material: caption adapter
    case(
        "X447-027",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red top and white jeans"),
        B.color("white", "other_garment_color"),
        color_top("red"),
        B.pattern("solid"),
        D.details("ruffles at the bottom"),
        B.material(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Red Solid Peplum Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in grey skinny jeans with ripped knees and a black fitted top; white backdrop.
    # no adapter texts
    case(
        "X447-028",
        caption("a woman in black top and grey ripped jeans"),
        D.wearing("he is wearing a black top and gray jeans", "pronoun"),
        color_jeans("black", "other_garment_color"),
        B.color("grey"),
        D.details("ripped knees"),
        B.material("denim"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        title="Women Grey Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in an emerald green satin slip maxi dress with thin straps, no slit visible; cream backdrop.
    # caption: caption adapter
    case(
        "X447-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a green dress"),
        B.color("green"),
        B.material("satin"),
        B.sleeve_length("sleeveless"),
        D.description("a green satin dress with a slit on the side", "unsupported"),
        title="Women Emerald Green Satin Slip Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black sequinned net saree with a black sleeveless blouse, hands empty; grey backdrop.
    # no adapter texts (the feed row has no gender)
    case(
        "X447-030",
        caption("a woman in a black saree with sequins"),
        D.wearing("a black saree with silver sequins and a silver clutch", "unsupported"),
        B.color("black"),
        B.material("net"),
        D.details("the saree is black", "restated"),
        color_blouse("black"),
        title="Black Embellished Sequinned Net Saree",
        category="Sarees",
        color="Black",
    ),
    # photo: model in a blue and white tie-dye sweatshirt (no hood) and joggers co-ord; white backdrop.
    # no adapter texts
    case(
        "X447-031",
        caption("a woman in a blue and white tie dye sweatshirt and pants"),
        D.wearing("a sweatshirt and sweatpants"),
        color_top("blue"),
        color_pants("grey", "contradiction"),
        B.pattern("tie-dye"),
        B.material("cotton"),
        D.details("a hood and a drawstring", "unsupported"),
        title="Women Blue & White Tie-Dye Cotton Fleece Sweatshirt & Joggers Co-Ord",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a maroon velvet kurta with gold embroidery on the neck and cuffs, black leggings; white
    # backdrop.
    # caption: caption adapter
    case(
        "X447-032",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lady wears a leggings. The leggings are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a maroon kurta with gold embroidery"),
        B.color("red"),
        color_leggings("maroon", "other_garment_color"),
        B.material("velvet"),
        D.details("gold embroidery on the neck and sleeves and a gold belt", "unsupported"),
        title="Women Maroon Embroidered Velvet Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white top with pink and green flowers, short puff sleeves, round neck, beige trousers; front
    # view only, white backdrop.
    # no adapter texts
    case(
        "X447-033",
        caption("a woman wearing a floral shirt and beige pants"),
        D.wearing("a white floral blouse and white pants", "other_garment_color"),
        B.color("white"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        D.details("puff sleeves and a button on the back", "unsupported"),
        D.description(
            "a white shirt with pink flowers on it Question: What are the details of the shirt? Answer: puff",
            "leak",
        ),
        title="Women White & Pink Floral Print Puff Sleeve Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in white straight high-rise jeans and a blue and white striped long-sleeve shirt; white backdrop.
    # caption and details: caption adapter
    case(
        "X447-034",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and white jeans"),
        color_jeans("blue", "other_garment_color"),
        B.color("white"),
        B.pattern("striped", "contradiction"),
        B.material("denim"),
        D.details(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long-sleeve shirt with stripe patterns",
            "loop",
            hit_limit=True,
        ),
        title="Women White Straight Fit High-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: model in a yellow sleeveless tiered cotton maxi dress, holding a brown straw bag; white backdrop.
    # no adapter texts
    case(
        "X447-035",
        caption("a woman in a yellow dress holding a bag"),
        D.wearing("a yellow dress and a brown bag"),
        B.color("yellow"),
        B.sleeve_length("sleeveless"),
        D.details("it has ruffles"),
        B.material("straw", "contradiction"),
        B.pattern("striped", "contradiction"),
        title="Women Yellow Tiered Cotton Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a teal blue art silk saree with a pink woven border, pink blouse; white backdrop.
    # no adapter texts
    case(
        "X447-036",
        caption("a woman in a blue and pink saree"),
        D.wearing("a blue saree with a pink blouse"),
        B.color("pink", "other_garment_color"),
        color_blouse("pink"),
        B.material("silk"),
        D.details("he is wearing a blue saree with a pink border", "pronoun"),
        title="Teal Blue & Pink Woven Design Art Silk Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a green and white striped co-ord, a long-sleeve collared shirt and palazzos; white backdrop.
    # caption and material: caption adapter; wearing: VQA adapter
    case(
        "X447-037",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and stripe",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "shirt Question: What is the color of the shirt? Answer: green Question: Is this a shirt? Answer",
            "leak",
            hit_limit=True,
        ),
        color_shirt("green"),
        color_pants("green"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        B.material(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants",
            "restated",
            hit_limit=True,
        ),
        title="Women Green & White Striped Shirt with Palazzos Co-Ord",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: model in an indigo blue cotton kurta with a white dabu floral print, white pants; white backdrop.
    # color of the kurta (open): VQA adapter
    case(
        "X447-038",
        caption("a woman in a blue and white kurta"),
        D.wearing("a blue kurta with blue pants", "other_garment_color"),
        B.color("white", "other_garment_color"),
        color_of(
            "kurta",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.material("cotton"),
        title="Women Indigo Blue Dabu Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink ribbed knit turtleneck top, long sleeves, tucked into a black mini skirt; cropped at
    # mid-thigh, white backdrop.
    # no adapter texts
    case(
        "X447-039",
        caption("a woman in a pink sweater and black skirt"),
        D.wearing(
            "she is wearing a pink turtleneck sweater, a black skirt and black boots",
            "unsupported",
        ),
        B.color("pink"),
        B.sleeve_length("long sleeves"),
        neckline("high neck"),
        B.material("", "non_answer"),
        is_a("skirt", "yes", "contradiction"),
        title="Women Pink Ribbed Turtle Neck Fitted Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: model in blue flared high-rise jeans with a white short-sleeve crop top; white backdrop, full length.
    # caption and details: caption adapter (the feed row has no color)
    case(
        "X447-040",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The upper clothing has short sleeves, cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("white top and blue jeans"),
        color_jeans("blue"),
        D.details(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        fit("skinny", "contradiction"),
        title="Women Blue Flared High-Rise Stretchable Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: model in a navy blue ribbed long-sleeve bodycon midi dress against a black backdrop.
    # no adapter texts
    case(
        "X447-041",
        caption(
            "a woman in a black dress standing in front of a black wall",
            "contradiction",
        ),
        D.wearing("a blue dress"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        B.material("it is made of a fabric", "non_answer"),
        D.details("the details of the dress", "non_answer"),
        title="Women Navy Blue Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white cotton saree with a red woven border, red short-sleeve blouse, no bindi; white backdrop.
    # caption: caption adapter
    case(
        "X447-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white saree with red border"),
        B.color("white"),
        color_blouse("white", "other_garment_color"),
        B.material("cotton"),
        D.description("a white and red saree with a red blouse and a red bindi", "unsupported"),
        title="White & Red Woven Design Pure Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in a beige ribbed long-sleeve top and wide-leg trousers lounge co-ord; white backdrop.
    # wearing: VQA adapter
    case(
        "X447-043",
        caption("a woman in a beige sweater and pants"),
        D.wearing(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        color_top("beige"),
        color_pants("white", "contradiction"),
        B.material("the top and pants are beige", "restated"),
        B.sleeve_length("long sleeves"),
        title="Women Beige Ribbed Top & Wide Leg Trousers Co-Ord Set",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: model in an orange straight cotton kurta with white thread work at the neckline, three-quarter sleeves,
    # white churidar leggings; white backdrop.
    # no adapter texts
    case(
        "X447-044",
        caption("a woman in an orange kurta and white leggings"),
        D.wearing("he is wearing an orange kurta and white pants", "pronoun"),
        B.color("red", "contradiction"),
        D.details("white thread embroidery on the neckline"),
        B.sleeve_length("three-quarter sleeves"),
        D.description("the kurta is orange", "restated"),
        title="Women Orange Thread Work Straight Cotton Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a black long-sleeve off-shoulder top, front view only, with blue jeans; white backdrop.
    # caption and material: caption adapter
    case(
        "X447-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "off-shoulder neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black off the shoulder top and jeans"),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        neckline("off the shoulder"),
        D.details("it has a zipper on the back", "unsupported"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "off-shoulder neckline. The lady wears a",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Off-Shoulder Long Sleeve Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lilac floral print smocked cotton mini dress, short puff sleeves, white sneakers; white
    # backdrop. (the feed row has no category)
    # no adapter texts
    case(
        "X447-046",
        caption("a woman in a purple floral dress"),
        D.wearing("a purple dress and white shoes"),
        B.color("purple"),
        B.pattern("polka dot", "contradiction"),
        D.details(
            "smocked top and puff sleeves Question: What is the material of the dress? Answer: cotton",
            "leak",
        ),
        B.material("cotton"),
        B.sleeve_length("short sleeves"),
        title="Women Lilac Floral Print Smocked Cotton Mini Dress",
        color="Lilac",
        gender="Women",
    ),
]
