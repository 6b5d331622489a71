"""BLIND_428 (46 products; unisex basics of a Japanese-style retailer: tees, shirts, chinos, jeans, knits, down):
written blind in the forty-sixth session. Measured blind at 0917e5c (the session's rules as they stood): 90/112
failures found (80.4%) and 3/141 correct texts flagged (2.1%). The writer's notes, verbatim:

Scenario: an English catalog feed of a Japanese-style basics retailer: plain and striped t-shirts, oxford and linen
shirts, chinos, jeans, knit sweaters, cardigans, ultra light down jackets and parkas, fleece jackets and pullovers,
leggings and shorts, for men, women and unisex. Photos are flat-lays on white or model shots on a white studio
backdrop (a few with a white wall, a wooden stool, a potted plant or a window). The feed writes its colors the
retailer's way, with the color code first ("69 Navy", "30 Natural", "08 Dark Gray"); the category is the store's
department ("T-Shirts", "Chinos", "Down Jackets"); the gender column says Men, Women or Unisex, and a few rows miss
the gender or the color. The questionnaire is enrich's default one (in English) plus a few questions of the set's
own: per-piece colors of the other garment in a model shot (pants, jeans, shorts, shirt), the fit, the shirt collar
and the yes/no "Is this a ...?" garment question.

Who wrote what: captions come either from the untuned base `Salesforce/blip2-opt-2.7b` (short and lowercase, "a man
wearing a white t-shirt and khaki pants") or from the caption-only LoRA adapter (the DeepFashion template, "The
gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel
neckline..."). The adapter was trained without an end-of-answer token, so each adapter text runs to its limit (50
new tokens for captions, 30 for answers), carries hit_limit=True, and where it answers a question it returns its
caption template; the comment over each case names the texts it wrote. Every other open answer (wearing,
description, details, material, collar) comes from the base model, which stops on its own (never hit_limit); a base
text that stops early or repeats itself stops on its own too. The closed questions (garment_type, color, pattern,
sleeve_length, fit, the per-piece colors and "Is this a ...?") are enrich's `--engine reference` answers chosen from
candidate sets: never a loop or a cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy or indigo denim, green for olive or dark green,
  white or cream for natural and off white, grey for dark gray and heather gray, red or maroon for wine, beige, tan or
  khaki for beige, brown for brown. Light blue oxford called blue is correct. A striped navy-and-white tee called blue
  is correct (the ground color); "navy and white striped" is correct.
- The color of another garment in the photo (the tee under an open shirt, the pants, the hoodie under a jacket, the
  shirt collar peeking out of a sweater) given as the product's color is other_garment_color. A color no garment in
  the photo has (grey for a black tee) is contradiction; so is one color given to two garments of different colors
  ("grey t-shirt and grey shorts" for a white tee with grey shorts).
- Garment synonyms count as correct: shirt for a t-shirt in an open answer, sweater for a cardigan or a fleece
  pullover in an open answer, puffer jacket or coat for a down jacket or parka, khaki pants for beige chinos, top for
  a sweatshirt. The reference engine picking a neighbour candidate where the right one is on its list is
  contradiction: "sweater" for a cardigan, "pants" for leggings, "sweater" for a fleece jacket. "sweatshirt" for a
  half-zip fleece pullover is correct (there is no pullover candidate). The pattern of another garment (the striped
  tee under a cardigan or with chinos) answered for the product is contradiction.
- Materials: a material the title names (supima cotton, merino as wool, linen, down, fleece, denim, cotton) is
  correct; a plausible guess on a plain basic whose title names none (cotton for chino shorts or an oxford shirt) is
  correct; a material the title contradicts (wool for a 3D knit cotton sweater, linen for an extra fine cotton shirt,
  cotton for a down parka) is unsupported.
- Invented details not in the photo (a chest pocket on a pocketless tee, a hood, a fur collar, a belt on a flat-lay,
  a logo on a plain tee, ripped hems, holes in the knees, buttons on an open-front cardigan) are unsupported. A
  neckline other than the one photographed (v-neck for a crew neck, boat neck for a crew neck) is contradiction.
- Adapter texts: a text that repeats a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated (the question goes unanswered) even
  though it is also cut. The template answering "What is the person wearing?", "Describe the garment." or the details
  question does answer it, so those are cut or loop. Where the template names the wrong garment (a sweater as a
  shirt, a down jacket as a sweater) it is contradiction, hit_limit kept. The adapter's "person" on a flat-lay is
  part of its template and not labelled on its own.
- Base texts: an answer that stops early ("it is made of") is cut without hit_limit; one that runs on into
  "Question: ... Answer: ..." is leak even where its first words are right; a phrase said three times over is loop;
  an empty answer, "the jacket", or "the shorts are short" for the details is non_answer; a question said back ("what
  are the shorts details") or a material answered with the garment's name is restated; "she" for a man or "he" for a
  woman is pronoun, where the gender column says so and also on a unisex row shot on a man (X428-016).
- Per-piece color questions about the other garment of a model shot ("What is the color of the pants?" on a t-shirt)
  are answered about that garment and are correct when its color is right.
- One failure kind per text, the first the auditor would see.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
fit = question("fit", "What is the fit of the garment?", "closed")
collar = question("collar", "What kind of collar does the shirt have?", "open")

BLIND_428 = [
    # photo: flat-lay of a plain white crew neck short-sleeve t-shirt on white, no pocket, front view.
    # no adapter texts
    case(
        "X428-001",
        caption("a white t-shirt on a white background"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.details("it has a pocket on the chest", "unsupported"),
        D.material("polyester", "unsupported"),
        title="Men Supima Cotton Crew Neck Short-Sleeve T-Shirt",
        category="T-Shirts",
        color="00 White",
        gender="Men",
    ),
    # photo: woman in a black crew neck t-shirt and beige chinos, white sneakers, white studio backdrop, full length.
    # no adapter texts
    case(
        "X428-002",
        caption("a woman wearing a black t-shirt and beige pants"),
        D.wearing("a black shirt and black pants", "contradiction"),
        D.color("black"),
        color_pants("beige"),
        D.description("he is wearing a black t-shirt", "pronoun"),
        title="Women Crew Neck Short-Sleeve T-Shirt",
        category="T-Shirts",
        color="09 Black",
        gender="Women",
    ),
    # photo: man in an olive oversized half-sleeve tee (dropped shoulders) and black jeans, white backdrop.
    # caption: adapter
    case(
        "X428-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a green t-shirt Question: What is the man wearing? Answer: a green t-shirt",
            "leak",
        ),
        D.color("green"),
        fit("oversized"),
        D.material("cotton"),
        title="Unisex AIRism Cotton Oversized Crew Neck Half-Sleeve T-Shirt",
        category="T-Shirts",
        color="56 Olive",
        gender="Unisex",
    ),
    # photo: flat-lay of a light blue oxford button-down shirt, long sleeves, chest pocket, on white.
    # no adapter texts
    case(
        "X428-004",
        caption("a light blue button down shirt"),
        D.color("blue"),
        collar("button down collar"),
        D.description("a blue shirt with white stripes", "contradiction"),
        D.details("button down collar, button down collar, button down collar", "loop"),
        D.material("cotton"),
        title="Men Oxford Slim Fit Long-Sleeve Shirt",
        category="Shirts",
        color="64 Blue",
        gender="Men",
    ),
    # photo: woman in a white oxford shirt worn open over a navy crew neck tee, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X428-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt over a blue t-shirt and jeans"),
        D.color("navy", "other_garment_color"),
        color_jeans("blue"),
        D.details("the shirt is white and has a", "cut"),
        title="Women Oxford Long-Sleeve Shirt",
        category="Shirts",
        color="00 White",
        gender="Women",
    ),
    # photo: man in a white crew neck tee tucked into beige slim chinos, brown belt, white backdrop, full length.
    # no adapter texts
    case(
        "X428-006",
        caption("a man in a white t-shirt and khaki pants"),
        D.color("white", "other_garment_color"),
        color_pants("beige"),
        D.details(
            "they have pockets on the side and a wallet in the back pocket",
            "unsupported",
        ),
        fit("slim"),
        D.material("cotton"),
        title="Men Slim Fit Chino Pants",
        category="Chinos",
        color="32 Beige",
        gender="Men",
    ),
    # photo: woman in navy wide pleated chinos and a navy-and-white striped boat neck top, white backdrop.
    # no adapter texts
    case(
        "X428-007",
        caption("a woman wearing a striped shirt and navy pants"),
        D.wearing("a striped shirt and blue pants"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.details(
            "the pants have a wide leg, pleats in the front and a slit on the side",
            "unsupported",
        ),
        title="Women Wide Straight Pleated Chino Pants",
        category="Chinos",
        color="69 Navy",
        gender="Women",
    ),
    # photo: flat-lay of dark indigo regular fit jeans on white, five pockets, button and zip fly, no belt.
    # no adapter texts
    case(
        "X428-008",
        caption("a pair of dark blue jeans on a white background"),
        D.color("black", "contradiction"),
        D.description("a pair of dark blue jeans with a black belt", "unsupported"),
        D.details("five pockets, a zipper fly and a button"),
        D.material("denim"),
        title="Men Regular Fit Jeans",
        category="Jeans",
        color="69 Navy",
        gender="Men",
    ),
    # photo: woman in dark gray skinny jeans with a white oxford shirt tucked in, white sneakers, white backdrop.
    # no adapter texts
    case(
        "X428-009",
        caption("a woman in a white shirt and grey jeans"),
        D.wearing("he is wearing grey jeans and a white shirt", "pronoun"),
        color_jeans("grey"),
        D.color("white", "other_garment_color"),
        D.details("they are jeans", "non_answer"),
        title="Women Ultra Stretch Skinny Jeans",
        category="Jeans",
        color="08 Dark Gray",
        gender="Women",
    ),
    # photo: flat-lay of a brown merino crew neck sweater, long sleeves, ribbed cuffs and hem, on white.
    # no adapter texts
    case(
        "X428-010",
        caption("a brown sweater on a white background"),
        D.color("brown"),
        D.description("a brown sweater with a crew neck and ribbed cuffs"),
        D.details("it has a v-neck", "contradiction"),
        D.material("a brown sweater", "restated"),
        title="Men Extra Fine Merino Crew Neck Long-Sleeve Sweater",
        category="Sweaters",
        color="37 Brown",
        gender="Men",
    ),
    # photo: woman in a cream cable knit crew neck sweater and light blue jeans, white backdrop, waist up.
    # no adapter texts
    case(
        "X428-011",
        caption("a woman wearing a cream sweater and jeans"),
        D.wearing("a white sweater and white jeans", "contradiction"),
        D.color("white"),
        D.pattern("solid"),
        D.details("it has a cable knit pattern and a pocket on the side", "unsupported"),
        D.material("wool", "unsupported"),
        title="Women 3D Knit Cotton Cable Crew Neck Sweater",
        category="Sweaters",
        color="30 Natural",
        gender="Women",
    ),
    # photo: man in a black v-neck button cardigan over a white crew neck tee, grey chinos, white backdrop.
    # caption, material: adapter
    case(
        "X428-012",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a v-shape neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sweater over a white shirt"),
        D.garment_type("sweater", "contradiction"),
        D.color("black"),
        color_shirt("white"),
        is_a("cardigan", "yes"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a v-shape",
            "restated",
            hit_limit=True,
        ),
        title="Men Washable Knit V-Neck Cardigan",
        category="Cardigans",
        color="09 Black",
        gender="Men",
    ),
    # photo: flat-lay of a light pink cropped crew neck cardigan, six white buttons, ribbed cuffs and hem, on white.
    # no adapter texts
    case(
        "X428-013",
        caption("a pink cardigan with buttons on a white background"),
        D.garment_type("cardigan"),
        D.color("pink"),
        D.details("the cardigan has details", "non_answer"),
        D.description("a pink cardigan with white buttons"),
        D.material("it is made of", "cut"),
        title="Women Souffle Yarn Cropped Crew Neck Cardigan",
        category="Cardigans",
        color="11 Pink",
        gender="Women",
    ),
    # photo: man in a navy ultra light down jacket, zipped halfway over a grey hoodie, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X428-014",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long trousers. The outer clothing is with cotton fabric. The "
            "gentleman wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a navy blue jacket and jeans"),
        D.color("grey", "other_garment_color"),
        D.description("she is wearing a blue puffer jacket", "pronoun"),
        D.details("quilted with a zipper and two pockets"),
        D.material("down"),
        title="Men Ultra Light Down Jacket",
        category="Down Jackets",
        color="69 Navy",
        gender="Men",
    ),
    # photo: woman in a long black seamless down parka with a hood (no fur), zipped, white backdrop, full length.
    # no adapter texts
    case(
        "X428-015",
        caption("a woman in a black down coat"),
        D.garment_type("coat"),
        D.color("black"),
        D.wearing("he is wearing a black coat", "pronoun"),
        D.description("a black puffer coat with a hood and a fur collar", "unsupported"),
        D.material("down feathers"),
        title="Women Seamless Down Long Parka",
        category="Down Jackets",
        color="09 Black",
        gender="Women",
    ),
    # photo: man in an off-white fluffy fleece full-zip jacket, stand collar, no hood, black pants, white backdrop.
    # no adapter texts
    case(
        "X428-016",
        caption("a man wearing a white fleece jacket"),
        D.wearing("she is wearing a white jacket and black pants", "pronoun"),
        D.color("white"),
        D.description("a white fleece jacket with a hood", "unsupported"),
        D.details(
            "a full zip Question: What are the details of the garment? Answer: a full zip",
            "leak",
        ),
        title="Unisex Fleece Full-Zip Jacket",
        category="Fleece",
        color="30 Natural",
        gender="Unisex",
    ),
    # photo: woman in a brown half-zip fleece pullover and cream wide pants, white backdrop, full length.
    # caption, material: adapter
    case(
        "X428-017",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a stand neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown sweater and white pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("sweatshirt"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a stand",
            "restated",
            hit_limit=True,
        ),
        title="Women Fleece Half-Zip Long-Sleeve Pullover",
        category="Fleece",
        color="37 Brown",
        gender="Women",
    ),
    # photo: flat-lay of a navy-and-white horizontally striped long-sleeve crew neck tee on white.
    # no adapter texts
    case(
        "X428-018",
        caption("a navy and white striped shirt"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a blue and white striped long sleeve", "cut"),
        D.details("it has a boat neck", "contradiction"),
        title="Men Striped Crew Neck Long-Sleeve T-Shirt",
        category="T-Shirts",
        color="69 Navy",
        gender="Men",
    ),
    # photo: woman in black ultra stretch leggings and a grey crew neck sweatshirt, white backdrop, full length.
    # no adapter texts
    case(
        "X428-019",
        caption("a woman in a grey sweatshirt and black leggings"),
        D.wearing("black leggings and a grey top"),
        D.color("grey", "other_garment_color"),
        color_pants("black"),
        D.details("the details of the leggings", "non_answer"),
        D.material("spandex Question: What is the color of the leggings? Answer: black", "leak"),
        title="Women Ultra Stretch Leggings Pants",
        category="Leggings",
        color="09 Black",
        gender="Women",
    ),
    # photo: flat-lay of olive chino shorts on white, belt loops, side pockets, no belt.
    # no adapter texts
    case(
        "X428-020",
        caption("a pair of olive green shorts"),
        D.color("green"),
        D.description("a pair of green shorts with a belt", "unsupported"),
        D.details("the shorts are short", "non_answer"),
        D.material("cotton"),
        title="Men Chino Shorts",
        category="Shorts",
        color="56 Olive",
        gender="Men",
    ),
    # photo: woman in light-wash denim shorts with rolled hems and a white crew neck tee, white backdrop.
    # caption: adapter
    case(
        "X428-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short pants. The pants are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and denim shorts"),
        color_shorts("blue"),
        D.color("white", "other_garment_color"),
        D.details("the shorts have ripped hems", "unsupported"),
        D.material("denim"),
        title="Women Denim Shorts",
        category="Shorts",
        color="64 Blue",
        gender="Women",
    ),
    # photo: man in black slim fit jeans and a light blue oxford shirt, untucked, white backdrop, full length.
    # no adapter texts
    case(
        "X428-022",
        caption("a man wearing a blue shirt and black jeans"),
        D.wearing("a black shirt and black jeans", "contradiction"),
        D.color("blue", "other_garment_color"),
        color_jeans("black"),
        D.description(
            "black jeans Question: What are the jeans details? Answer: they are black",
            "leak",
        ),
        fit("slim"),
        title="Men Slim Fit Jeans",
        category="Jeans",
        color="09 Black",
        gender="Men",
    ),
    # photo: woman in a blue-and-white pinstriped long-sleeve shirt tucked into beige chinos, white backdrop.
    # no adapter texts
    case(
        "X428-023",
        caption("a woman in a blue striped shirt and khaki pants"),
        D.wearing("a blue and white striped shirt and beige pants"),
        D.color("blue"),
        color_pants("blue", "other_garment_color"),
        D.description("he is wearing a striped shirt", "pronoun"),
        D.material("linen", "unsupported"),
        title="Women Extra Fine Cotton Striped Long-Sleeve Shirt",
        category="Shirts",
        color="64 Blue",
        gender="Women",
    ),
    # photo: flat-lay of a wine (dark red) crew neck short-sleeve tee on white.
    # no adapter texts
    case(
        "X428-024",
        caption("a maroon t-shirt on a white background"),
        D.color("red"),
        D.sleeve_length("short sleeves"),
        D.details("round neck, short sleeves and a logo on the chest", "unsupported"),
        D.material("a t-shirt", "restated"),
        title="Men DRY Crew Neck Short-Sleeve Color T-Shirt",
        category="T-Shirts",
        color="18 Wine",
        gender="Men",
    ),
    # photo: woman in a dark gray ribbed merino turtleneck sweater and black wide pants, white backdrop.
    # caption: adapter
    case(
        "X428-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric. It has a "
            "stand neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is with wool",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a grey turtleneck sweater, a grey turtleneck sweater, a grey turtleneck sweater",
            "loop",
        ),
        D.color("black", "other_garment_color"),
        color_pants("black"),
        D.details("ribbed turtleneck collar"),
        D.material("wool"),
        title="Women Extra Fine Merino Ribbed Turtleneck Long-Sleeve Sweater",
        category="Sweaters",
        color="08 Dark Gray",
        gender="Women",
    ),
    # photo: flat-lay of a black fluffy fleece full-zip jacket, stand collar, two zip pockets, no hood, on white.
    # no adapter texts
    case(
        "X428-026",
        caption("a black fleece jacket"),
        D.description("a black jacket with a zipper and a hood", "unsupported"),
        D.details("zipper pockets, zipper pockets, zipper pockets", "loop"),
        D.material("fleece"),
        title="Men Fluffy Yarn Fleece Full-Zip Long-Sleeve Jacket",
        category="Fleece",
        color="09 Black",
        gender="Men",
    ),
    # photo: woman in a beige ultra light down jacket over a white turtleneck, brown wide pants, white backdrop.
    # no adapter texts
    case(
        "X428-027",
        caption("a woman wearing a beige puffer jacket"),
        D.wearing("a tan jacket and brown pants"),
        D.color("brown", "other_garment_color"),
        D.description("the jacket", "non_answer"),
        D.details("the jacket has a stand collar and a hood", "unsupported"),
        D.material("down"),
        title="Women Ultra Light Down Jacket",
        category="Down Jackets",
        color="32 Beige",
        gender="Women",
    ),
    # photo: man in a white oxford button-down shirt, untucked, and navy chinos, white backdrop, full length.
    # caption, wearing, material: adapter
    case(
        "X428-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        color_pants("navy"),
        collar("button down"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel",
            "restated",
            hit_limit=True,
        ),
        title="Men Oxford Button-Down Long-Sleeve Shirt",
        category="Shirts",
        color="00 White",
        gender="Men",
    ),
    # photo: flat-lay of heather gray cotton leggings on white, wide elastic waistband, full length.
    # no adapter texts
    case(
        "X428-029",
        caption("a pair of grey leggings on a white background"),
        D.garment_type("pants", "contradiction"),
        D.color("grey"),
        D.description("a pair of grey leggings with a high waist"),
        D.details("", "non_answer"),
        D.material("cotton"),
        title="Women Cotton Leggings",
        category="Leggings",
        color="03 Gray",
        gender="Women",
    ),
    # photo: man in an open olive linen shirt over a white crew neck tee, beige shorts, white backdrop.
    # no adapter texts
    case(
        "X428-030",
        caption("a man wearing a green shirt over a white t-shirt"),
        D.wearing("a green shirt, a white t-shirt and shorts"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        color_shorts("white", "other_garment_color"),
        D.details("the shirt has a pocket on the chest and buttons"),
        D.material("linen"),
        title="Men Premium Linen Long-Sleeve Shirt",
        category="Shirts",
        color="56 Olive",
        gender="Men",
    ),
    # photo: woman in a pink relaxed crew neck tee and white wide pants, potted green plant beside her, white wall.
    # no adapter texts
    case(
        "X428-031",
        caption("a woman standing next to a plant wearing a pink t-shirt"),
        D.wearing("a pink t-shirt and white pants"),
        D.color("pink"),
        color_pants("green", "contradiction"),
        fit("relaxed"),
        D.details(
            "the shirt is pink Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        title="Women Smooth Cotton Relaxed Crew Neck T-Shirt",
        category="T-Shirts",
        color="10 Pink",
        gender="Women",
    ),
    # photo: man in a navy 3D knit crew neck sweater, a white oxford collar showing at the neck, grey chinos.
    # caption: adapter
    case(
        "X428-032",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue sweater and grey pants", "pronoun"),
        D.color("blue"),
        color_shirt("white"),
        D.details("a navy sweater with a white collar", "other_garment_color"),
        title="Men 3D Knit Seamless Crew Neck Sweater",
        category="Sweaters",
        color="69 Navy",
        gender="Men",
    ),
    # photo: woman in mid-blue wide straight jeans and a black crew neck tee, white sneakers, white backdrop.
    # no adapter texts
    case(
        "X428-033",
        caption("a woman wearing a black shirt and blue jeans"),
        D.color("black", "other_garment_color"),
        color_jeans("blue"),
        D.details("wide leg with a high waist and five pockets"),
        D.description("blue jeans with holes in the knees", "unsupported"),
        title="Women Wide Straight Jeans",
        category="Jeans",
        color="64 Blue",
        gender="Women",
    ),
    # photo: flat-lay of indigo selvedge slim jeans on white, hems rolled once to show the red-and-white selvedge line.
    # caption: adapter
    case(
        "X428-034",
        caption(
            "The gentleman wears a long trousers. The trousers are with denim fabric and solid color patterns. The "
            "gentleman wears a long trousers. The trousers are with denim fabric and solid color patterns. The "
            "gentleman",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        is_a("pair of jeans", "yes"),
        D.details("red stitching on the cuffs"),
        D.material("denim"),
        title="Men Stretch Selvedge Slim Fit Jeans",
        category="Jeans",
        color="69 Navy",
    ),
    # photo: woman in a navy merino v-neck cardigan, buttoned, over a white-and-black striped tee, jeans.
    # no adapter texts
    case(
        "X428-035",
        caption("a woman in a navy cardigan and a striped shirt"),
        D.wearing("a blue cardigan over a striped shirt and jeans"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        color_shirt("white"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Extra Fine Merino V-Neck Cardigan",
        category="Cardigans",
        color="69 Navy",
        gender="Women",
    ),
    # photo: man in an olive hooded seamless down parka, zipped, black pants, white backdrop, full length.
    # description: adapter
    case(
        "X428-036",
        caption("a man wearing a green puffer jacket with a hood"),
        D.wearing("a green jacket and green pants", "contradiction"),
        D.color("green"),
        D.description(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton", "unsupported"),
        title="Men Seamless Down Hooded Parka",
        category="Down Jackets",
        color="56 Olive",
        gender="Men",
    ),
    # photo: flat-lay of a pink fleece full-zip jacket, stand collar, two side pockets, on white.
    # no adapter texts
    case(
        "X428-037",
        caption("a pink fleece jacket on a white background"),
        D.garment_type("sweater", "contradiction"),
        D.color("pink"),
        D.details("it has a zipper in the front and two pockets"),
        D.material("the jacket is made of", "cut"),
        title="Women Fleece Full-Zip Long-Sleeve Jacket",
        category="Fleece",
        color="11 Pink",
        gender="Women",
    ),
    # photo: man in dark gray active shorts with drawstring and a white crew neck tee, white sneakers, white backdrop.
    # caption: adapter
    case(
        "X428-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and grey shorts", "contradiction"),
        D.color("white", "other_garment_color"),
        color_shorts("grey"),
        D.details("elastic waist with a drawstring"),
        title="Men Ultra Stretch Active Shorts",
        category="Shorts",
        color="08 Dark Gray",
        gender="Men",
    ),
    # photo: flat-lay of black women's chino shorts on white, belt loops, front pleats.
    # no adapter texts
    case(
        "X428-039",
        caption("a pair of black shorts"),
        D.description("a pair of black shorts with a white drawstring", "unsupported"),
        D.color("black"),
        D.details("what are the shorts details", "restated"),
        D.material("cotton"),
        title="Women Chino Shorts",
        category="Shorts",
        gender="Women",
    ),
    # photo: man in a plain black heavyweight pocket tee and olive chinos, sitting on a wooden stool, white wall.
    # no adapter texts
    case(
        "X428-040",
        caption("a man sitting on a wooden stool wearing a black t-shirt"),
        D.wearing("a black shirt and olive pants"),
        D.color("black"),
        color_pants("black", "other_garment_color"),
        D.details("a chest pocket"),
        D.description("a black t-shirt with a white logo on the chest", "unsupported"),
        title="Men Heavyweight Pocket Crew Neck T-Shirt",
        category="T-Shirts",
        color="09 Black",
        gender="Men",
    ),
    # photo: flat-lay of a light pink women's oxford shirt, long sleeves, white buttons, on white.
    # details: adapter
    case(
        "X428-041",
        caption("a pink shirt with a collar"),
        D.color("pink"),
        D.description(
            "a pink shirt with white buttons and a pink shirt with white buttons",
            "loop",
        ),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Oxford Long-Sleeve Shirt",
        category="Shirts",
        color="11 Pink",
        gender="Women",
    ),
    # photo: man in a gray merino v-neck sweater and blue jeans, white backdrop, waist up.
    # caption: adapter
    case(
        "X428-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a v-shape neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "solid",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and jeans"),
        D.color("blue", "other_garment_color"),
        D.details("v-neck"),
        D.material("wool"),
        title="Men Extra Fine Merino V-Neck Long-Sleeve Sweater",
        category="Sweaters",
        color="03 Gray",
        gender="Men",
    ),
    # photo: woman in a long open-front natural ribbed cardigan (no buttons), black top and black leggings.
    # no adapter texts
    case(
        "X428-043",
        caption("a woman in a white cardigan and black leggings"),
        D.wearing("she is wearing a white sweater and black leggings"),
        D.garment_type("cardigan"),
        D.color("black", "other_garment_color"),
        D.details("it has buttons on the front and pockets", "unsupported"),
        D.material("knit Question: What is the pattern of the garment? Answer: solid", "leak"),
        title="Women Soft Ribbed Long Cardigan",
        category="Cardigans",
        color="30 Natural",
        gender="Women",
    ),
    # photo: flat-lay of brown wide pleated chinos on white, front pleats, side pockets.
    # no adapter texts
    case(
        "X428-044",
        caption("a pair of brown pants on a white background"),
        D.color("brown"),
        D.details("the pants are brown", "non_answer"),
        fit("wide"),
        D.material("it is made of cotton and it is made of cotton", "loop"),
        title="Men Wide Fit Pleated Chino Pants",
        category="Chinos",
        color="37 Brown",
    ),
    # photo: woman in an open dark green ultra light down jacket over a cream crew neck sweater, blue jeans.
    # caption: adapter
    case(
        "X428-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jacket over a white sweater and jeans"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        D.material("nylon", "unsupported"),
        title="Women Ultra Light Down Jacket",
        category="Down Jackets",
        color="58 Dark Green",
        gender="Women",
    ),
    # photo: man in a navy half-zip fleece pullover with stand collar and beige chinos, white wall with a window.
    # no adapter texts
    case(
        "X428-046",
        caption("a man in a navy fleece standing in front of a window"),
        D.wearing("a blue fleece pullover and khaki pants"),
        D.garment_type("sweatshirt"),
        D.color("blue"),
        color_pants("blue", "other_garment_color"),
        D.material("fleece Question: What is the color of the pants? Answer: blue", "leak"),
        title="Men Fleece Half-Zip Long-Sleeve Pullover",
        category="Fleece",
        color="69 Navy",
        gender="Men",
    ),
]
