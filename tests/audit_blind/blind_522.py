"""BLIND_522 (46 products; DeepFashion In-shop studio photos, women's and men's tops, bottoms, dresses, outerwear):
written blind in the fiftieth session. Measured blind at fb7dbb8 (the session's rules as they stood): 106/121
failures found (87.6%) and 4/158 correct texts flagged (2.5%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed whose photos are DeepFashion In-shop style studio shots: one model per
photo on a plain white or light grey backdrop, front, side or back view, often cropped at the thighs or knees, the
product worn with other garments (a tee under a jacket or cardigan, a top over a skirt, shorts or pants). Women's
blouses, tees, tanks, dresses, skirts, cardigans, jackets, shorts and pants; men's tees, polos, shirts, sweaters,
jackets, pants and shorts. Each row has the seller's title, category (Tops, Tshirts, Shirts, Dresses, Skirts, Shorts,
Trousers, Jeans, Track Pants, Jackets, Sweaters), color and gender; a few rows miss the gender, as real feeds do.
The questions mix the original experiments' VQA questions ("What is the color of the {garment}?", "What cloth is
the person wearing?", "Is this a {garment}?"), the questionnaire they probed ("What is she/he wearing?", "What are
the {garment} details?", "Describe the {garment}.") and enrich's closed garment_type, color, pattern and
sleeve_length, plus the material question and two questions of this set (neckline, print).

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a navy
polo shirt and khaki pants") or from the caption-only LoRA adapter (the DeepFashion-MultiModal template, "The lady
wears a sleeveless blouse with pure color patterns. The blouse is with chiffon fabric ..."). The caption adapter has
no end-of-answer token: every text of it runs to its limit (50 new tokens for captions, 30 for answers) and carries
hit_limit=True, and asked any question (color, details, material) it returns its template, because caption
fine-tuning erased question answering. The VQA adapter (trained alone, batch size 1, no end token either) gives the
right short word and then cannot stop: it repeats the word ("yellow yellow yellow ...") or starts a new "Question:
... Answer:" turn, to the 30-token limit (hit_limit=True); it answers only the free-generation (open) color and
"What cloth ...?" questions where a comment says so. The other open answers come from the base model, which stops on
its own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-garment
color questions stored closed, and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen
from candidate sets: they never loop or get cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Every caption-adapter text is a failure. Where it repeats a sentence of its template it is loop; where it stops
  mid-sentence without repeating it is cut (even when what it says before the cut is right, and even when it has
  also invented something before the cut: the cut is what the auditor sees first). Where the template misnames the
  product itself (a jacket as a "shirt" or a "T-shirt") it is contradiction, hit_limit kept. The template returned
  for a color question is non_answer (it gives no hue: the template's "pure color patterns" is a pattern); returned
  for the material question it is restated, even where it names a fabric; returned for "What is she wearing?" or
  "What are the details?" it does answer, so it is cut or loop. A template that calls a cardigan a "sweater" is only
  cut: a cardigan is a sweater.
- Every VQA-adapter text is a failure: a word repeated to the limit is loop, an answer that runs on into "Question:
  ... Answer:" is leak, even though its first word is right.
- Shade words are correct for the seller's color: white for off white or ivory, blue for navy or chambray, red for
  maroon or burgundy, brown for tan, beige for khaki, green for olive, grey for charcoal or grey melange, purple for
  lavender, pink for coral, yellow for mustard. The reference engine's wrong shade family (mustard as orange) is
  contradiction. The color of a print (white dots on navy, a white slogan on a black tee, red flowers on a black
  shirt) given as the garment's color is contradiction; the color of another garment in the photo (the tee under a
  jacket, the camisole under a cardigan, the top over shorts or pants, the shirt above the pants) given to the
  product, or to another garment than its own, is other_garment_color. Two garments that really share a color (a
  black lace top with black pants) are correct.
- Garment synonyms are correct: shirt for a tee or a polo, plaid for checks or houndstooth, sweatpants for joggers,
  jeans for denim pants, top for a blouse or tank, lace for eyelet. A top and skirt named as "a dress" is
  contradiction, and so is the reference engine naming the other garment (dress for the denim jacket worn over it,
  skirt for tailored shorts). Pleats answered as "striped", a color-block dress as "solid" and the skirt's floral
  print given as the tank's pattern are contradiction. Side stripes on track pants count as striped; a tropical leaf
  print counts as floral.
- Rolled-up long sleeves answered "short sleeves" are contradiction (the seller sells a long-sleeve shirt); flutter
  sleeves answered "sleeveless" are contradiction.
- Invented items not in the photo (a hood on a bomber, a hat, a straw hat, a button-down collar on a henley, a white
  collar on a navy shirt dress) are unsupported. Materials: one the title names, or one the photo plainly shows
  (denim, leather look, lace, nylon on a shiny puffer, cotton or wool as a guess on a plain knit or tee) is correct; a
  luxury fibre neither named nor visible (cashmere, silk on chiffon) is unsupported, and so is denim for a flannel
  shirt the title calls flannel.
- Base answers: "they are shorts", "the dress is a dress", "the back of the shirt" (a back-view photo) and an empty
  answer are non_answer; a material question answered with the garment's color or its own name ("the jeans are made
  of jeans") is restated; "it is made of" (stopped early, no limit hit) is cut; "he"/"a man" for a woman or "she"
  for a man is pronoun.
- The base caption names the whole outfit, so it is labelled by what it says of every garment, not only the product;
  "a man in ..." for a woman with short cropped hair is pronoun.
- The reference engine's wrong candidates are contradiction: "no" to "Is this a skirt?" for the skirt, "cardigan" for
  a pullover V-neck sweater; so is the base model's "a round neckline" for a V-neck tee the title calls V-neck, "black
  shorts" for full-length track pants and "black pants" for tailored shorts. "A wedding dress" for a plain cotton
  sundress is unsupported (nothing in the photo makes it bridal). "new york" for a tee printed "BROOKLYN" is
  unsupported (text not in the photo).
- The caption adapter asked "What cloth is the person wearing?" about joggers returns the template of the hoodie as
  a "sweater" and is cut: a hoodie is a sweatshirt, and the cut is what shows first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

cloth = question("cloth", "What cloth is the person wearing?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")
printed = question("print", "What is printed on the garment?", "open")

BLIND_522 = [
    # photo: woman in an ivory sleeveless chiffon blouse with a ruffled neckline, tucked into black skinny pants,
    # no bow, white backdrop, front view cropped at the thighs.
    # caption: caption adapter
    case(
        "X522-001",
        caption(
            "The lady wears a sleeveless blouse with pure color patterns. The blouse is with chiffon fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white blouse and black pants", who="she"),
        B.color("white"),
        color_of("blouse", "white"),
        B.sleeve_length("sleeveless"),
        B.material("silk", "unsupported"),
        details("blouse", "ruffles on the collar and a bow", "unsupported"),
        title="Women Off-White Solid Ruffled Chiffon Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: man in a navy pique polo with white tipping on the collar, khaki chinos, white backdrop, front view.
    # no adapter text
    case(
        "X522-002",
        caption("a man in a navy polo shirt and khaki pants"),
        wearing("a blue polo shirt", who="he"),
        B.garment_type("polo shirt"),
        B.color("black", "contradiction"),
        color_of("pants", "blue", "other_garment_color"),
        is_a("polo shirt", "yes"),
        B.material("a navy polo shirt", "restated"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a red mini dress with a small white floral print and short flutter sleeves, tan sandals, no belt,
    # full body, white backdrop.
    # color of the dress: VQA adapter
    case(
        "X522-003",
        caption("a woman in a red floral dress"),
        color_of(
            "dress",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        cloth("a dress"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless", "contradiction"),
        wearing("a red dress with white flowers and a white belt", "unsupported", who="she"),
        title="Women Red Floral Print A-Line Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in a white crew-neck tee with a black skull print on the chest, black jeans, light grey backdrop.
    # caption, tee details: caption adapter
    case(
        "X522-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The trousers this gentleman wears is of long length. The trousers are with denim "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt with a skull on it", who="he"),
        B.color("white"),
        B.pattern("graphic"),
        details(
            "tee",
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        printed("a skull"),
        title="Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a heather grey racerback tank top and black leggings, side view, white backdrop.
    # no adapter text
    case(
        "X522-005",
        caption("a woman in a grey tank top and black leggings"),
        wearing("a grey tank top and grey leggings", "other_garment_color", who="she"),
        color_of("tank top", "black", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        describe("tank top", "it is a grey tank top with a racerback"),
        title="Women Grey Melange Solid Racerback Tank Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a light blue button-front denim mini skirt with a white tee tucked in, front view cropped at
    # the knees, white backdrop.
    # caption: caption adapter
    case(
        "X522-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        B.material("denim"),
        details("skirt", "buttons down the front"),
        wearing("a white shirt and a white skirt", "other_garment_color", who="she"),
        title="Women Blue Washed Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a red and navy checked flannel shirt, long sleeves buttoned, two chest pockets, dark jeans,
    # white backdrop.
    # "What cloth ...?": VQA adapter
    case(
        "X522-007",
        caption("a man wearing a red plaid shirt"),
        wearing("a plaid shirt and jeans", who="he"),
        B.pattern("checked"),
        B.color("red"),
        B.sleeve_length("long sleeves"),
        B.material("denim", "unsupported"),
        cloth(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men Red & Navy Blue Checked Cotton Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a long beige open-front knit cardigan over a black camisole and blue jeans, white backdrop,
    # full body.
    # caption: caption adapter; "What cloth ...?": VQA adapter
    case(
        "X522-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan "
            "cardigan cardigan cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        B.garment_type("cardigan"),
        color_of("cardigan", "beige"),
        title="Women Beige Solid Longline Open Front Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: man in an olive green crew-neck knit sweater with ribbed cuffs and hem, dark grey pants, light grey
    # backdrop. The feed row has no gender.
    # no adapter text
    case(
        "X522-009",
        caption("a man in a green sweater and grey pants"),
        wearing("a green sweater", who="he"),
        B.color("green"),
        B.material("wool"),
        details("sweater", "ribbed cuffs and hem"),
        is_a("sweater", "yes"),
        title="Men Olive Green Solid Pullover Sweater",
        category="Sweaters",
        color="Olive",
    ),
    # photo: woman in a black faux-leather biker jacket with silver zips, open over a white tee, blue jeans, white
    # backdrop.
    # jacket description: caption adapter
    case(
        "X522-010",
        caption("a woman in a black leather jacket and jeans"),
        describe(
            "jacket",
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.color("black"),
        B.material("leather"),
        details("jacket", "zippers on the front and sleeves"),
        wearing("he is wearing a black leather jacket", "pronoun", who="she"),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in khaki chino shorts and a light blue tee, cropped from the chest to the shins, white backdrop.
    # "What cloth ...?": VQA adapter
    case(
        "X522-011",
        caption("a man in a blue shirt and khaki shorts"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        B.color("beige"),
        details("shorts", "they are shorts", "non_answer"),
        is_a("shorts", "yes", article="a pair of"),
        cloth(
            "shorts Question: What cloth is the person wearing? Answer: shorts Question: What cloth is the person "
            "wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Men Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a navy and white horizontally striped long-sleeve tee and white jeans, white backdrop.
    # caption: caption adapter; color of the tee: VQA adapter
    case(
        "X522-012",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "tee",
            "navy blue and white and navy blue and white and navy blue and white and navy blue and white and navy "
            "blue and white and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing(
            "a blue and white striped shirt and blue jeans",
            "other_garment_color",
            who="she",
        ),
        B.pattern("striped"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        title="Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a tan suede-look bomber jacket (ribbed collar, no hood) over a white tee, black pants, white
    # backdrop.
    # no adapter text
    case(
        "X522-013",
        caption("a man wearing a brown jacket and a white t-shirt"),
        wearing("a brown jacket, a white t-shirt and black pants", who="he"),
        B.color("white", "other_garment_color"),
        details("jacket", "a hood and a zipper", "unsupported"),
        is_a("jacket", "yes"),
        B.material("it is made of", "cut"),
        title="Men Tan Brown Solid Bomber Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: woman in black wide-leg trousers and a cream short-sleeve knit top, full body, white backdrop.
    # caption: caption adapter
    case(
        "X522-014",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        cloth("black pants"),
        B.garment_type("pants"),
        B.color("white", "other_garment_color"),
        B.material("linen", "unsupported"),
        title="Women Black Solid Wide Leg Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white long-sleeve formal shirt with one chest pocket, open collar and no tie, tucked into navy
    # trousers, plain white backdrop (white shirt on white wall).
    # no adapter text
    case(
        "X522-015",
        caption("a man in a white shirt and blue pants"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("shirt", "it is a white shirt with a collar and buttons"),
        B.sleeve_length("long sleeves"),
        details("shirt", "the shirt has a pocket on the left side and a tie", "unsupported"),
        title="Men White Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in an emerald green satin slip midi dress with spaghetti straps, no slit, white backdrop, full body.
    # caption, material: caption adapter
    case(
        "X522-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The",
            "restated",
            hit_limit=True,
        ),
        B.color("green"),
        B.sleeve_length("sleeveless"),
        wearing("a green dress", who="she"),
        details("dress", "the dress has a slit on the side", "unsupported"),
        title="Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: man in grey melange joggers with a drawstring and elastic cuffs, black hoodie, white backdrop.
    # "What cloth ...?": caption adapter
    case(
        "X522-017",
        caption("a man in a black hoodie and grey sweatpants"),
        color_of("pants", "black", "other_garment_color"),
        B.garment_type("pants"),
        details("pants", "drawstring waist and elastic cuffs"),
        wearing(
            "a black hoodie and grey pants Question: what color are the pants? Answer: grey",
            "leak",
            who="he",
        ),
        cloth(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a pink floral-print V-neck blouse with three-quarter sleeves and white pants, white backdrop.
    # caption, color of the blouse: caption adapter
    case(
        "X522-018",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. It",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "blouse",
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("pink"),
        is_a("blouse", "yes"),
        title="Women Pink Floral Print V-Neck Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a bright yellow pique polo with a small embroidered logo on the chest and no pocket, navy
    # shorts, white backdrop.
    # color of the polo shirt: VQA adapter
    case(
        "X522-019",
        caption("a man in a yellow polo shirt and blue shorts"),
        B.color("yellow"),
        details("polo shirt", "a small logo on the chest and a pocket", "unsupported"),
        B.material("cotton"),
        cloth("shirt"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        color_of(
            "polo shirt",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Men Yellow Solid Cotton Pique Polo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in white denim shorts with frayed hems and a coral sleeveless crop top, white backdrop.
    # caption, shorts details: caption adapter
    case(
        "X522-020",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink top and white shorts", who="she"),
        B.garment_type("shorts"),
        B.color("pink", "other_garment_color"),
        details(
            "shorts",
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric. "
            "It has a round neckline",
            "cut",
            hit_limit=True,
        ),
        title="Women White Denim Frayed Hem Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: man in a charcoal V-neck sweater over a white shirt collar, black pants, white backdrop.
    # no adapter text
    case(
        "X522-021",
        caption("a man wearing a grey sweater over a white shirt"),
        wearing("she is wearing a grey sweater and black pants", "pronoun", who="he"),
        B.color("grey"),
        B.garment_type("cardigan", "contradiction"),
        neckline("v-neck"),
        B.material("cashmere", "unsupported"),
        title="Men Charcoal Grey Solid V-Neck Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a black tee with "BROOKLYN" printed in white across the chest, denim shorts, white backdrop.
    # "What cloth ...?": VQA adapter
    case(
        "X522-022",
        caption("a woman wearing a black t-shirt that says brooklyn"),
        cloth(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic "
            "tee graphic tee",
            "loop",
            hit_limit=True,
        ),
        printed("new york", "unsupported"),
        B.pattern("graphic"),
        B.color("white", "contradiction"),
        title="Women Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive utility jacket with four flap pockets, open over a grey tee, black jeans, light grey
    # backdrop.
    # caption: caption adapter
    case(
        "X522-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with denim "
            "fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.color("green"),
        details("jacket", "four pockets on the front"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        wearing("a green jacket and a green shirt", "other_garment_color", who="he"),
        title="Men Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a black and white houndstooth pencil skirt with a black blouse tucked in, front view (no
    # slit visible), white backdrop.
    # no adapter text
    case(
        "X522-024",
        caption("a woman in a black top and a black and white skirt"),
        B.pattern("checked"),
        B.color("black"),
        describe("skirt", "it is a black and white plaid skirt with a slit", "unsupported"),
        B.material("wool"),
        is_a("skirt", "yes"),
        wearing("a black and white dress", "contradiction", who="she"),
        title="Women Black & White Houndstooth Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light blue chambray shirt, long sleeves rolled up to the elbows, open over a white tee, beige
    # chinos, white backdrop.
    # shirt details: caption adapter; "What cloth ...?": VQA adapter
    case(
        "X522-025",
        caption("a man wearing a denim shirt and khaki pants"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("denim"),
        cloth(
            "shirt Question: What cloth is the person wearing? Answer: shirt Question: What cloth is the person "
            "wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Men Blue Solid Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a navy shirt dress with white polka dots, navy collar, buttons down the front, self belt, long
    # sleeves, white backdrop.
    # "What cloth ...?": VQA adapter
    case(
        "X522-026",
        caption("a woman in a navy blue polka dot dress"),
        B.pattern("polka dot"),
        B.color("white", "contradiction"),
        details("dress", "buttons down the front and a belt at the waist"),
        wearing(
            "a blue and white polka dot dress with a white collar",
            "unsupported",
            who="she",
        ),
        B.sleeve_length("long sleeves"),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        title="Women Navy Blue Polka Dot Print Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a plain black crew-neck tee and grey jeans, back view, white backdrop.
    # caption: caption adapter
    case(
        "X522-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("tee", "grey", "other_garment_color"),
        cloth("a black t-shirt"),
        B.sleeve_length("short sleeves"),
        details("tee", "the back of the shirt", "non_answer"),
        title="Men Black Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a mustard yellow cardigan with pearl buttons over a white blouse, black skirt, white backdrop.
    # color of the cardigan: VQA adapter
    case(
        "X522-028",
        caption("a woman in a yellow cardigan and black skirt"),
        color_of(
            "cardigan",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("orange", "contradiction"),
        details("cardigan", "pearl buttons"),
        is_a("cardigan", "yes"),
        wearing("a yellow sweater and a yellow skirt", "other_garment_color", who="she"),
        title="Women Mustard Yellow Solid Cardigan",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in navy shorts with a white palm-leaf print and a plain white tee, white backdrop, cropped at the
    # shins.
    # caption: caption adapter
    case(
        "X522-029",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a short pants. The pants are with cotton fabric and floral "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.color("blue"),
        wearing("a white shirt and blue shorts with palm trees", who="he"),
        details("shorts", "palm trees"),
        B.material("the shorts are blue", "restated"),
        is_a("shorts", "no", "contradiction", article="a pair of"),
        title="Men Navy Blue Tropical Print Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in light-wash skinny jeans with ripped knees and a black tee, full body, white backdrop.
    # "What is she wearing?": caption adapter
    case(
        "X522-030",
        caption("a woman in a black t-shirt and ripped jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("shirt", "black", kind="open"),
        B.garment_type("jeans"),
        details("jeans", "rips on the knees"),
        B.material("the jeans are made of jeans", "restated"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Women Blue Skinny Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a maroon and white horizontally striped polo, short sleeves, grey chinos, no headwear, white
    # backdrop.
    # color of the polo shirt: caption adapter
    case(
        "X522-031",
        caption("a man in a red and white striped polo shirt"),
        color_of(
            "polo shirt",
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("red"),
        B.garment_type("polo shirt"),
        wearing("a red and white striped shirt and a red hat", "unsupported", who="he"),
        details("polo shirt", "the polo shirt is a polo shirt", "non_answer"),
        title="Men Maroon & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a black lace blouse with sheer long sleeves and black pants (all black), white backdrop.
    # no adapter text
    case(
        "X522-032",
        caption("a woman wearing a black lace top and black pants"),
        color_of("pants", "black", kind="open"),
        B.color("black"),
        B.material("lace"),
        details("blouse", "lace sleeves"),
        B.sleeve_length("long sleeves"),
        title="Women Black Lace Detail Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy quilted hooded puffer jacket, zipped, and blue jeans, white backdrop.
    # caption: caption adapter
    case(
        "X522-033",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The trousers this gentleman wears is of long length. The trousers are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        details(
            "jacket",
            "a hood and a zipper Question: What is the color of the jacket? Answer: blue",
            "leak",
        ),
        B.color("blue"),
        B.garment_type("jacket"),
        B.material("nylon"),
        title="Men Navy Blue Solid Hooded Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a sleeveless shift dress, black body with a white panel down the front (color block), black
    # heels, full body, white backdrop.
    # color of the dress: VQA adapter
    case(
        "X522-034",
        caption("a woman in a black and white dress"),
        B.pattern("solid", "contradiction"),
        B.color("black"),
        wearing("a black and white dress and black shoes", who="she"),
        describe("dress", "the dress is a dress", "non_answer"),
        is_a("dress", "yes"),
        color_of(
            "dress",
            "black and white and black and white and black and white and black and white and black and white and "
            "black and white and black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Women Black & White Colourblocked Shift Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in beige slim chinos (side pockets, button and belt loops) and a navy crew-neck sweater,
    # white backdrop.
    # caption: caption adapter
    case(
        "X522-035",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The sweater "
            "is with knitting fabric",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "beige"),
        color_of("sweater", "beige", "other_garment_color", kind="open"),
        B.garment_type("pants"),
        details(
            "pants",
            "the pants have pockets on the sides and a drawstring",
            "unsupported",
        ),
        title="Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a white ribbed tank top with lace trim at the neckline and a blue floral midi skirt, white
    # backdrop.
    # no adapter text
    case(
        "X522-036",
        caption("a woman in a white tank top and a floral skirt"),
        B.pattern("floral", "contradiction"),
        B.color("white"),
        details("tank top", "lace trim around the neckline"),
        B.sleeve_length("sleeveless"),
        cloth("a white tank top and a white skirt", "other_garment_color"),
        title="Women White Ribbed Lace Trim Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a grey melange long-sleeve henley tee (three-button placket, no collar) and dark jeans, white
    # backdrop.
    # caption: caption adapter; color of the tee: VQA adapter
    case(
        "X522-037",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        B.color("grey"),
        wearing("a grey shirt and jeans", who="he"),
        neckline("a button-down collar", "unsupported"),
        color_of(
            "tee",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Men Grey Melange Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a light-wash denim jacket with buttons and chest pockets, no hood, open over a white floral
    # sundress, white backdrop.
    # no adapter text
    case(
        "X522-038",
        caption("a woman in a denim jacket and a white dress"),
        B.garment_type("dress", "contradiction"),
        B.color("blue"),
        B.material("denim"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        details("jacket", "buttons and pockets and a hood", "unsupported"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a short-sleeve black resort shirt with a red hibiscus print and beige shorts, white backdrop.
    # material: caption adapter
    case(
        "X522-039",
        caption("a man in a black shirt with red flowers"),
        B.pattern("floral"),
        B.material(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        B.color("red", "contradiction"),
        B.sleeve_length("short sleeves"),
        wearing(
            "a black shirt with red flowers and black shorts",
            "other_garment_color",
            who="he",
        ),
        title="Men Black Floral Print Resort Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a burgundy pleated midi skirt with a white tee tucked in, white backdrop, full body.
    # caption: caption adapter
    case(
        "X522-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red"),
        B.pattern("striped", "contradiction"),
        wearing("a white shirt and a red skirt", who="she"),
        details("skirt", "pleats"),
        is_a("skirt", "no", "contradiction"),
        title="Women Burgundy Solid Pleated Midi Skirt",
        category="Skirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a navy cable-knit pullover (no pocket) with a white shirt collar showing, side view, white backdrop.
    # color of the sweater: VQA adapter
    case(
        "X522-041",
        caption("a man in a blue sweater"),
        color_of(
            "sweater",
            "blue Question: What is the color of the sweater? Answer: blue Question: What is the color of the sweater? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("sweater", "a pocket on the chest", "unsupported"),
        B.material("wool"),
        is_a("sweater", "yes"),
        B.color("blue"),
        title="Men Navy Blue Cable Knit Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in black high-waisted tailored shorts with a self belt and a white sleeveless blouse, white
    # backdrop.
    # no adapter text
    case(
        "X522-042",
        caption("a woman in a white top and black shorts"),
        color_of("shorts", "black"),
        B.garment_type("skirt", "contradiction"),
        details("shorts", "a belt"),
        wearing("a white shirt and black pants", "contradiction", who="she"),
        title="Women Black Solid High-Rise Belted Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: man in black track pants with white side stripes and a white tee, white backdrop.
    # caption: caption adapter
    case(
        "X522-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and striped patterns",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("white", "other_garment_color"),
        cloth("a white t-shirt and black shorts", "contradiction"),
        details("pants", "white stripes on the side"),
        title="Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman with short cropped hair in a lavender V-neck short-sleeve tee and grey joggers, side view, white
    # backdrop.
    # no adapter text
    case(
        "X522-044",
        caption("a man in a purple shirt and grey pants", "pronoun"),
        B.color("purple"),
        color_of("tee", "grey", "other_garment_color", kind="open"),
        neckline("a round neckline", "contradiction"),
        wearing("a purple t-shirt and grey sweatpants", who="she"),
        B.sleeve_length("short sleeves"),
        title="Women Lavender Solid V-Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in a white sleeveless eyelet (broderie) cotton midi sundress, bare-headed, white backdrop, full
    # body.
    # caption: caption adapter
    case(
        "X522-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        B.material("cotton"),
        details("dress", "lace details on the bodice and hem"),
        wearing("a white dress and a straw hat", "unsupported", who="she"),
        cloth("a wedding dress", "unsupported"),
        title="Women White Cotton Schiffli Sleeveless Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in a blue and white vertically striped long-sleeve shirt and navy chinos, white backdrop. The feed
    # row has no gender.
    # no adapter text
    case(
        "X522-046",
        caption("a man in a blue striped shirt and blue pants"),
        B.pattern("striped"),
        B.color("blue"),
        details("shirt", "", "non_answer"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        cloth("a shirt"),
        title="Men Blue & White Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
]
