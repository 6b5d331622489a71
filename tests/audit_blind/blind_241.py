"""BLIND_241 (46 products; Japanese and Korean basics for men and women: shirts, knits, wide trousers, padded jackets):
written blind in the forty-first session. Measured blind at 62b08b6 (the session's rules as they stood): 101/126
failures found (80.2%) and 2/157 correct texts flagged (1.3%). The writer's notes, verbatim:

Scenario: a Uniqlo- or Musinsa-like English catalog feed of everyday basics for men and women: oxford and
broadcloth shirts, knit cardigans (souffle yarn, boucle, ribbed, cotton), crew-neck, V-neck and turtleneck sweaters,
wide and tapered trousers, padded jackets, vests and coats, t-shirts (plain, pocket, graphic, waffle, striped) and
skirts (satin, pleated, denim, knit, jersey). Titles carry fit and fabric words ("Wide Fit", "Relaxed", "Extra Fine
Merino", "Souffle Yarn"); colors are the brand's names (Off White, Natural, Wine, Olive, Khaki, Dark Gray, Mustard).
Photos are model shots on plain white, grey or beige backdrops, mostly front view, the product worn with other
basics (a tee under a cardigan, a shirt tucked into trousers). Each row has title, category, color and gender; two
rows miss the color, one the gender, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
navy sweater and grey pants") or the caption-only LoRA adapter of the original experiments (the DeepFashion template,
"The gentleman wears a long-sleeve shirt with pure color patterns ..."). The adapter has no end-of-answer token: its
texts run to the limit (50 new tokens for captions, 30 for answers), carry hit_limit=True, and asked any question it
returns the template. Open questions (wearing, description, details, material, fit, neckline) come from the base
model unless the comment before the case says the adapter answered them; the base model stops on its own, never with
hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") are
enrich's `--engine reference` answers, picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for light blue or navy, white for off white or natural, beige
  for natural or oatmeal, red or maroon for wine, green for olive or dark green, tan or khaki for beige, tan for
  khaki, gray for dark gray or light gray, burgundy for wine. Navy given as black and mustard given as orange are
  contradiction; a color that another piece of the outfit has (the tee under a cardigan, the shirt tucked into the
  trousers, the hoodie under a jacket) given as the product's color is other_garment_color. A print's color given
  as the color of a white graphic tee is contradiction.
- A base answer that gives every garment the product's color ("a green jacket and green pants" for black pants,
  "red sweater and red jeans") is contradiction, not other_garment_color: the wrong color is on the other piece.
  The reference engine giving a piece's color question the product's color (black pants under a black cardigan
  when the pants are white) is other_garment_color.
- Garment synonyms in open answers are correct: sweater for a buttoned cardigan, jacket for an overshirt, coat for a
  long padded jacket, top for a tee, sweatshirt for a hoodie, sweater for a long-sleeve waffle tee. The closed
  garment_type picking "sweater" for a cardigan is contradiction (cardigan is one of its candidates), and so is "yes"
  to "Is this a t-shirt?" for a flannel shirt worn open over a tee, or "skirt" as the garment type of a shirt.
- Patterns: ribbing, pleats and corduroy wales answered "striped" are contradiction; a waffle knit answered
  "lattice" is contradiction; "plaid" for a check is correct.
- A sleeveless vest answered "long sleeves" (the sweater under it) is contradiction; an elbow-length oversized tee
  answered "long sleeves" is contradiction; a short-sleeve shirt answered "long sleeves" too.
- Materials: a fiber in the title (merino, lambswool, cashmere, linen, flannel, corduroy, denim, jersey, cotton) is
  correct; "knit" for a knit is correct; nylon or polyester for the shell of a padded jacket is correct (the sheen
  is visible); cotton for a plain tee is correct. A fiber neither in the title nor visible (wool for souffle yarn,
  silk for satin or broadcloth, linen for oxford) is unsupported.
- Invented details (a belt hidden under a sweater, a logo on a plain tee, a hood, a fur collar, buttons down a
  plain skirt, a side slit, side stripes, a drawstring under an untucked shirt, a zipper and pockets on the front of
  a back-view photo, gold buttons on self-covered ones) are unsupported.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut, even where it misnames the fabric (chiffon for satin, furry for boucle) or invents an accessory first. The
  template returned for the material question is restated (hit_limit kept). The template answering wearing,
  description or details does answer it: cut or loop.
- A base answer stopped early mid-phrase ("cargo pockets on the", "it is made of") is cut without hit_limit. An empty
  answer, "the details of the shirt", "the shirt has details", "it is made of fabric" and "the skirt is long" for
  details are non_answer.
  Details or material answered with only the garment's name and color ("a white t-shirt", "the pants are blue",
  "a striped shirt", "it is a coat") is restated; a short description ("gray pants") is correct.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even when its first words are right.
- "he" for a woman and "she" for a man are pronoun (the gender column says Men or Women on those rows).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
fit = question("fit", "What is the fit of the pants?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_241 = [
    # photo: man in a light blue button-down oxford shirt tucked into beige chinos, plain white backdrop, front view.
    # caption: adapter
    case(
        "X241-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a blue shirt and khaki pants"),
        B.garment_type("shirt"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        D.details("button down collar. Question: what is the fabric of the shirt? Answer: oxford", "leak"),
        B.material("cotton"),
        title="Men Easy Care Oxford Slim Fit Long Sleeve Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in an off-white souffle yarn crew-neck cardigan, buttoned up, black wide trousers, light grey
    # backdrop, front view. caption: adapter
    case(
        "X241-002",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is with "
            "knitting fabric. The pants are with cotton fabric and pure color patterns. It has a round",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and black pants"),
        B.color("white"),
        color_pants("white", "other_garment_color"),
        D.details("it has buttons on the front and a round neck"),
        B.material("it is made of wool", "unsupported"),
        title="Women Souffle Yarn Crew Neck Cardigan",
        category="Cardigans",
        color="Off White",
        gender="Women",
    ),
    # photo: man in a navy merino crew-neck sweater, white oxford shirt collar showing at the neck, grey trousers,
    # beige backdrop. description: adapter
    case(
        "X241-003",
        caption("a man wearing a navy sweater and grey pants"),
        D.wearing("a blue sweater over a white shirt"),
        B.color("white", "other_garment_color"),
        B.garment_type("sweater"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with wool fabric. The gentleman wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        B.material("merino wool"),
        title="Men Extra Fine Merino Crew Neck Long Sleeve Sweater",
        category="Sweaters",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in beige pleated wide trousers, a black tee tucked in over the waistband, white sneakers, white
    # backdrop, full length. No adapter text.
    case(
        "X241-004",
        caption("a woman in a black t-shirt and beige pants"),
        D.wearing("black shirt and black pants", "contradiction"),
        color_pants("beige"),
        B.color("black", "other_garment_color"),
        B.pattern("solid"),
        D.details("the pants have pleats at the front"),
        D.description("wide leg pants with a black belt", "unsupported"),
        title="Women Pleated Wide Pants",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: man in an olive padded jacket zipped to the chin, grey hoodie hood over the collar, black pants, grey
    # backdrop. caption, details: adapter
    case(
        "X241-005",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and green pants", "contradiction"),
        B.color("green"),
        is_a("jacket", "yes"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        B.material("nylon"),
        title="Men Pufftech Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a white oversized crew-neck tee with elbow-length dropped sleeves, blue wide jeans, white
    # backdrop. No adapter text.
    case(
        "X241-006",
        caption("a man in a white t-shirt and jeans"),
        D.wearing("a white shirt and blue jeans"),
        B.color("white"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details("a white t-shirt", "restated"),
        B.material("cotton"),
        title="Unisex AIRism Cotton Oversized Crew Neck T-Shirt",
        category="T-Shirts",
        color="White",
        gender="Unisex",
    ),
    # photo: woman in a brown satin narrow midi skirt, cream knit sweater tucked in, brown loafers, beige wall behind.
    # caption: adapter
    case(
        "X241-007",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. The skirt is with chiffon fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown sweater and a brown skirt", "contradiction"),
        B.color("brown"),
        color_top("white"),
        B.material("silk", "unsupported"),
        is_a("skirt", "yes"),
        title="Women Satin Narrow Midi Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: man in dark grey wide pleated chinos, white crew-neck tee untucked, standing in front of a grey wall.
    # No adapter text.
    case(
        "X241-008",
        caption("a man in a white shirt and gray pants standing in front of a gray wall"),
        D.wearing("a white t-shirt and grey pants"),
        color_pants("gray"),
        B.color("white", "other_garment_color"),
        D.description("gray pants"),
        fit("skinny", "contradiction"),
        title="Men Wide Fit Pleated Chino Pants",
        category="Trousers",
        color="Dark Gray",
        gender="Men",
    ),
    # photo: woman in a pink ribbed V-neck cardigan worn open over a white crew-neck tee, light blue jeans, white
    # backdrop. caption, wearing: adapter
    case(
        "X241-009",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is with "
            "knitting fabric. It has a round neckline. The lady wears a long-sleeve cardigan with pure color patterns. "
            "The cardigan",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is with "
            "knitting fabric. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        B.color("pink"),
        B.garment_type("cardigan"),
        D.details("buttons on the front and a v neck"),
        neckline("round neck", "contradiction"),
        title="Women Ribbed V-Neck Cardigan",
        category="Cardigans",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a blue-and-white striped button-down oxford shirt, navy trousers, white backdrop, front view.
    # No adapter text.
    case(
        "X241-010",
        caption("a man in a blue and white striped shirt"),
        D.wearing("a blue and white striped shirt and black pants", "contradiction"),
        B.pattern("striped"),
        B.color("blue"),
        D.details("button down collar and a pocket on the chest"),
        B.material("it is made of cotton. Question: what is the color of the shirt? Answer: blue", "leak"),
        title="Men Oxford Striped Button-Down Long Sleeve Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black seamless down short jacket zipped up, grey hoodie hood out over the collar, light grey
    # backdrop, waist up. caption, material: adapter
    case(
        "X241-011",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black puffer jacket"),
        B.color("grey", "other_garment_color"),
        B.garment_type("jacket"),
        B.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. There",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Women Seamless Down Short Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a natural (oatmeal) waffle-knit long-sleeve crew-neck tee, khaki chinos, white backdrop.
    # No adapter text.
    case(
        "X241-012",
        caption("a man in a beige sweater and khaki pants"),
        D.wearing("she is wearing a white sweater", "pronoun"),
        B.color("beige"),
        B.sleeve_length("long sleeves"),
        D.details("waffle texture on the fabric"),
        B.pattern("lattice", "contradiction"),
        title="Men Waffle Crew Neck Long Sleeve T-Shirt",
        category="T-Shirts",
        color="Natural",
        gender="Men",
    ),
    # photo: woman sitting on a wooden stool in a plain black relaxed crew-neck tee and white wide trousers, white
    # backdrop. No adapter text.
    case(
        "X241-013",
        caption("a woman sitting on a stool wearing a black shirt and white pants"),
        D.wearing("she is wearing a black t-shirt and white pants"),
        B.color("black"),
        color_pants("white"),
        D.description("a black t-shirt with a white logo on the chest", "unsupported"),
        B.material("he is wearing a cotton t-shirt", "pronoun"),
        title="Women Cotton Relaxed Crew Neck T-Shirt",
        category="T-Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a navy pleated flared long skirt, white blouse tucked in, white backdrop, full length.
    # caption, details: adapter
    case(
        "X241-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with chiffon fabric and pure color patterns. It has a lapel",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a blue skirt"),
        B.color("black", "contradiction"),
        B.pattern("striped", "contradiction"),
        D.details(
            "The skirt is with chiffon fabric and pure color patterns. The lady wears a long-sleeve shirt with pure "
            "color patterns and a long skirt. The skirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="Women Pleated Flare Long Skirt",
        category="Skirts",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a wine lambswool crew-neck sweater, white tee hem showing below it, black jeans, grey backdrop.
    # details: adapter
    case(
        "X241-015",
        caption("a man in a red sweater and black jeans"),
        D.wearing("a red sweater and red jeans", "contradiction"),
        B.color("red"),
        B.material("wool"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. The gentleman wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        D.description("a red sweater with a white shirt underneath and a black belt", "unsupported"),
        title="Men Premium Lambswool Crew Neck Sweater",
        category="Sweaters",
        color="Wine",
        gender="Men",
    ),
    # photo: woman in a white cropped oxford shirt, long sleeves rolled once, blue denim mini skirt, white backdrop.
    # No adapter text.
    case(
        "X241-016",
        caption("a woman in a white shirt and a blue denim skirt"),
        D.wearing("he is wearing a white shirt and a denim skirt", "pronoun"),
        B.color("white"),
        B.garment_type("skirt", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("", "non_answer"),
        title="Women Oxford Cropped Long Sleeve Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in khaki wide curved pants, navy sweatshirt, white sneakers, white backdrop, full length.
    # No adapter text.
    case(
        "X241-017",
        caption("a man wearing a navy sweater and khaki pants"),
        D.wearing("a blue sweatshirt and tan pants"),
        color_pants("khaki"),
        B.color("navy", "other_garment_color"),
        fit("wide leg"),
        D.details(
            "the pants have pockets on the side. Question: what is the color of the pants? Answer: khaki", "leak"
        ),
        title="Men Wide Fit Curved Pants",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a light grey boucle short cardigan buttoned with self-covered grey buttons, black slacks, white
    # backdrop. caption: adapter
    case(
        "X241-018",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is with "
            "furry fabric. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray sweater and black pants"),
        B.color("grey"),
        B.garment_type("cardigan"),
        B.material("the cardigan is gray", "restated"),
        D.description("a gray cardigan with gold buttons", "unsupported"),
        title="Women Boucle Knit Short Cardigan",
        category="Cardigans",
        color="Light Gray",
        gender="Women",
    ),
    # photo: man in a navy light padded vest over a grey crew-neck sweater, beige chinos, white backdrop.
    # details: adapter
    case(
        "X241-019",
        caption("a man wearing a blue vest and a gray sweater"),
        D.wearing("a navy vest over a gray sweater"),
        B.garment_type("vest"),
        B.color("gray", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "The gentleman wears a sleeveless vest with pure color patterns and a long trousers. The vest is with "
            "cotton fabric. The gentleman wears a sleeveless",
            "loop",
            hit_limit=True,
        ),
        title="Men Light Padded Vest",
        category="Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a white graphic tee with a red and black cartoon print on the front, light jeans, white
    # backdrop. No adapter text. The feed row has no gender.
    case(
        "X241-020",
        caption("a woman wearing a white t-shirt with a red cartoon print"),
        D.wearing("a white t-shirt with a picture on it"),
        B.color("red", "contradiction"),
        B.pattern("graphic"),
        D.description("a white t - shirt with a cartoon character on the front"),
        D.details("a red and black cartoon. Question: what is the person wearing? Answer: a white t", "leak"),
        B.material("cotton"),
        title="UT Archive Graphic Short Sleeve T-Shirt",
        category="T-Shirts",
        color="White",
    ),
    # photo: woman in a blue denim A-line midi skirt with a plain front (side zip), white tee tucked in, white
    # backdrop. caption, material: adapter
    case(
        "X241-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. The skirt is with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and a denim skirt"),
        B.color("blue"),
        B.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. The skirt is with denim",
            "restated",
            hit_limit=True,
        ),
        D.description("a blue skirt with buttons down the front", "unsupported"),
        is_a("pair of jeans", "no"),
        title="Women Denim A-Line Midi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black merino turtleneck sweater, grey wool trousers, grey backdrop, waist up.
    # No adapter text.
    case(
        "X241-022",
        caption("a man in a black turtleneck sweater"),
        D.wearing("a black sweater and grey pants"),
        B.color("black"),
        B.garment_type("sweater"),
        neckline("crew neck", "contradiction"),
        B.material("it is made of", "cut"),
        title="Men Extra Fine Merino Turtleneck Long Sleeve Sweater",
        category="Sweaters",
        color="Black",
        gender="Men",
    ),
    # photo: woman in olive linen-blend wide pants, white linen shirt worn untucked over the waistband, a rattan chair
    # beside her, white backdrop. caption: adapter
    case(
        "X241-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and green pants"),
        color_pants("green"),
        B.color("white", "other_garment_color"),
        B.material("linen"),
        D.details("the pants have a drawstring waist", "unsupported"),
        title="Women Linen Blend Easy Wide Pants",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a khaki padded coach jacket with snap buttons, open over a black tee, black pants, white
    # backdrop. caption, description: adapter
    case(
        "X241-024",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a khaki jacket over a black t-shirt"),
        B.color("black", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("coat"),
        D.details("snap buttons and a", "cut"),
        title="Men Padded Coach Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a grey mock-neck short-sleeve tee, black pleated skirt, white backdrop, waist up.
    # No adapter text.
    case(
        "X241-025",
        caption("a woman in a grey shirt and a black skirt"),
        D.wearing("he is wearing a gray top and black skirt", "pronoun"),
        B.color("gray"),
        B.sleeve_length("short sleeves"),
        neckline("high neck"),
        D.details("the details of the shirt", "non_answer"),
        B.material("cotton"),
        title="Women Smooth Cotton Mock Neck Short Sleeve T-Shirt",
        category="T-Shirts",
        color="Gray",
        gender="Women",
    ),
    # photo: woman in an off-white long-sleeve boat-neck tee with navy horizontal stripes, navy wide trousers, white
    # backdrop. caption: adapter
    case(
        "X241-026",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. It has a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and blue pants"),
        B.color("white"),
        B.pattern("striped"),
        is_a("sweater", "yes", "contradiction"),
        D.details("boat neck and stripes"),
        B.material("a striped shirt", "restated"),
        title="Women Striped Boat Neck Long Sleeve T-Shirt",
        category="T-Shirts",
        color="Off White",
        gender="Women",
    ),
    # photo: man in navy slim ankle pants, white oxford shirt tucked in, brown leather belt, white backdrop.
    # No adapter text.
    case(
        "X241-027",
        caption("a man in a white shirt and blue pants"),
        D.wearing("a white shirt, blue pants and a brown belt"),
        color_pants("black", "contradiction"),
        B.color("navy"),
        fit("slim"),
        D.details("the pants are blue", "restated"),
        title="Men Smart Ankle Pants",
        category="Trousers",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a mustard 3D-knit crew-neck sweater, light blue jeans, white backdrop.
    # caption, wearing: adapter
    case(
        "X241-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. The pants are with denim fabric and pure color patterns. The lady wears a long-sleeve "
            "sweater with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. The pants are with",
            "cut",
            hit_limit=True,
        ),
        B.color("orange", "contradiction"),
        B.garment_type("sweater"),
        B.sleeve_length("long sleeves"),
        title="Women 3D Knit Crew Neck Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a red-and-black check flannel shirt worn open over a white crew-neck tee, black jeans, white
    # backdrop. No adapter text.
    case(
        "X241-029",
        caption("a man wearing a red and black plaid shirt"),
        D.wearing("a plaid shirt and black jeans"),
        B.pattern("plaid"),
        B.color("red"),
        B.material("flannel"),
        D.description("a red and black checkered shirt with a hood", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Men Flannel Checked Long Sleeve Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a grey check pleated mini skirt, black crew-neck sweater, black tights, white backdrop.
    # caption: adapter
    case(
        "X241-030",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric. The skirt is with cotton fabric and lattice patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sweater and a black skirt", "contradiction"),
        B.color("black", "other_garment_color"),
        B.pattern("plaid"),
        D.details("pleats"),
        is_a("skirt", "yes"),
        title="Women Checked Pleated Mini Skirt",
        category="Skirts",
        color="Gray",
        gender="Women",
    ),
    # photo: man in a navy cotton crew-neck cardigan buttoned halfway over a white tee, grey trousers, white backdrop.
    # description: adapter
    case(
        "X241-031",
        caption("a man wearing a blue cardigan over a white t-shirt"),
        D.wearing("she is wearing a blue sweater", "pronoun"),
        B.color("navy"),
        B.garment_type("sweater", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve cardigan with pure color patterns and a long trousers. The cardigan is "
            "with cotton fabric. The gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Men Cotton Crew Neck Cardigan",
        category="Cardigans",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a beige oversized long padded coat with a stand collar (no hood), black turtleneck, black
    # pants, grey backdrop. No adapter text.
    case(
        "X241-032",
        caption("a woman in a beige puffer coat"),
        D.wearing("a tan jacket and black pants"),
        B.color("black", "other_garment_color"),
        B.garment_type("coat"),
        D.details("the coat has a hood and a fur collar", "unsupported"),
        B.material("it is a coat", "restated"),
        B.sleeve_length("long sleeves"),
        title="Women Oversized Padded Long Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a dark green Supima crew-neck tee (no pocket), beige chinos, white backdrop.
    # No adapter text.
    case(
        "X241-033",
        caption("a man in a green t-shirt and khaki pants"),
        D.wearing("a green shirt and beige pants"),
        B.color("black", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material("cotton"),
        D.details(
            "a green t-shirt with a pocket on the chest. Question: what is the material of the t-shirt? Answer: cotton",
            "leak",
        ),
        title="Men Supima Cotton Crew Neck Short Sleeve T-Shirt",
        category="T-Shirts",
        color="Dark Green",
        gender="Men",
    ),
    # photo: woman in black tuck wide pants (plain sides), white blouse tucked in, black heels, white backdrop.
    # caption: adapter
    case(
        "X241-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric. The pants are with cotton fabric and pure color patterns. It has a V-shape",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white blouse and black pants"),
        color_pants("black"),
        B.color("white", "other_garment_color"),
        fit("wide leg. Question: what is the color of the pants? Answer: black", "leak"),
        D.description("black pants with white stripes on the side", "unsupported"),
        title="Women Tuck Wide Pants",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a light blue cashmere V-neck sweater, white trousers, white backdrop. details: adapter
    case(
        "X241-035",
        caption("a woman in a light blue sweater and white pants"),
        D.wearing("a blue sweater and white pants"),
        B.color("white", "other_garment_color"),
        B.material("cashmere"),
        neckline("v neck"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has a V-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Women 100% Cashmere V-Neck Sweater",
        category="Sweaters",
        color="Light Blue",
        gender="Women",
    ),
    # photo: man in a brown corduroy overshirt worn open over a cream tee, black trousers, white backdrop; two flap
    # chest pockets, no hood. No adapter text.
    case(
        "X241-036",
        caption("a man wearing a brown corduroy jacket"),
        D.wearing("a brown shirt over a white t-shirt"),
        B.color("brown"),
        B.pattern("striped", "contradiction"),
        B.material("corduroy"),
        D.details("it has two chest pockets with flaps and a hood", "unsupported"),
        title="Men Corduroy Long Sleeve Overshirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a pink broadcloth shirt, white wide jeans, white backdrop. description: adapter
    case(
        "X241-037",
        caption("a woman in a pink shirt and white jeans"),
        D.wearing("a pink shirt and pink pants", "contradiction"),
        B.color("pink"),
        B.garment_type("shirt"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        title="Women Extra Fine Cotton Broadcloth Long Sleeve Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in beige wide tapered cargo pants, black hoodie, white sneakers, white backdrop. No adapter text.
    case(
        "X241-038",
        caption("a man in a black hoodie and beige cargo pants"),
        D.wearing("a black sweatshirt and black pants", "contradiction"),
        color_pants("black", "other_garment_color"),
        B.color("beige"),
        D.details("cargo pockets on the", "cut"),
        is_a("pair of jeans", "no"),
        title="Men Wide Tapered Cargo Pants",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a navy heavyweight pocket tee, grey trousers, white backdrop. No adapter text.
    case(
        "X241-039",
        caption("a woman in a navy t-shirt"),
        D.wearing("a black shirt and gray pants", "contradiction"),
        B.color("gray", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        D.details("a pocket. Question: what is the color of the t-shirt? Answer: navy", "leak"),
        B.material("a blue t-shirt", "restated"),
        title="Unisex Heavyweight Cotton Pocket T-Shirt",
        category="T-Shirts",
        color="Navy",
        gender="Unisex",
    ),
    # photo: woman in a dark grey ribbed knit long skirt (no slit), cream cardigan, white backdrop, full length.
    # caption: adapter
    case(
        "X241-040",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long skirt. The cardigan is with "
            "knitting fabric. The skirt is with knitting fabric and striped patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and a gray skirt"),
        color_skirt("gray"),
        B.pattern("striped", "contradiction"),
        B.material("knit"),
        D.description("a long grey skirt with a slit on the side", "unsupported"),
        title="Women Ribbed Knit Long Skirt",
        category="Skirts",
        color="Dark Gray",
        gender="Women",
    ),
    # photo: man in a dark brown souffle yarn V-neck cardigan over a white tee, black pants, white backdrop.
    # No adapter text. The feed row has no color.
    case(
        "X241-041",
        caption("a man wearing a brown cardigan and a white t-shirt"),
        D.wearing("a brown sweater and black pants"),
        B.color("white", "other_garment_color"),
        B.garment_type("cardigan"),
        D.details("the details of the cardigan", "non_answer"),
        D.description("a brown cardigan with a v neck and buttons"),
        B.material("it is made of fabric", "non_answer"),
        title="Men Souffle Yarn V-Neck Cardigan",
        category="Cardigans",
        gender="Men",
    ),
    # photo: woman in a red ultra light down quilted jacket zipped halfway over a white tee, blue jeans, white
    # backdrop. caption, material: adapter
    case(
        "X241-042",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns. The lady wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red jacket and blue jeans"),
        B.color("red"),
        B.material(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. The pants are with denim",
            "restated",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        D.details("quilted with a zipper. Question: what is the color of the jacket? Answer: red", "leak"),
        title="Women Ultra Light Down Compact Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: man in a white short-sleeve oxford shirt with a button-down collar and chest pocket, beige shorts, white
    # backdrop. No adapter text.
    case(
        "X241-043",
        caption("a man in a white shirt and khaki shorts"),
        D.wearing("a white shirt and tan shorts"),
        B.color("white"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details("the shirt has details", "non_answer"),
        B.material("linen", "unsupported"),
        title="Men Oxford Relaxed Fit Short Sleeve Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black cropped crew-neck cardigan, buttoned, white wide pants, white backdrop.
    # description: adapter
    case(
        "X241-044",
        caption("a woman in a black cardigan and white pants"),
        D.wearing("he is wearing a black cardigan and white pants", "pronoun"),
        B.color("black"),
        color_pants("black", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is with "
            "knitting fabric. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        title="Women Cropped Crew Neck Cardigan",
        category="Cardigans",
        color="Black",
        gender="Women",
    ),
    # photo: back view of a man in a navy padded stand-collar jacket, grey trousers, white backdrop; the front is not
    # visible. No adapter text.
    case(
        "X241-045",
        caption("the back of a man wearing a navy jacket"),
        D.wearing("she is wearing a blue jacket", "pronoun"),
        B.color("navy"),
        D.details("a zipper on the front and two pockets", "unsupported"),
        D.description("a blue padded jacket with a high collar and", "cut"),
        B.sleeve_length("long sleeves"),
        title="Men Padded Stand Collar Jacket",
        category="Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a wine brushed-jersey flared midi skirt, grey sweatshirt, white backdrop. caption: adapter.
    # The feed row has no color.
    case(
        "X241-046",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "cotton fabric. The skirt is with cotton fabric and pure color patterns. The lady wears a long-sleeve "
            "sweater with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a gray sweater and a burgundy skirt"),
        B.color("gray", "other_garment_color"),
        color_skirt("red"),
        D.details("the skirt is long", "non_answer"),
        B.material("jersey"),
        title="Women Brushed Jersey Flare Midi Skirt",
        category="Skirts",
        gender="Women",
    ),
]
