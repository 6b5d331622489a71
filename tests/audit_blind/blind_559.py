"""BLIND_559 (46 products; In-shop wear: caption LoRA, QA spans, base colors): written blind in the fifty-first session.
Measured blind at d02680a (the session's rules as they stood): 109/135 failures found (80.7%) and 3/191 correct texts
flagged (1.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's and men's apparel (tees, tanks, polos, blouses, shirts, knitwear, sweatshirts,
jackets, a gilet, dresses, a romper and a jumpsuit, shorts, skirts, jeans) photographed DeepFashion In-shop style: a
model on a plain white or very light grey studio backdrop, front and back views, usually wearing a second garment (a
tee under a jacket, shorts or jeans with a top). Seller columns are sparse: some rows have no color or no title.

Who wrote what: the caption is the caption-only LoRA adapter, epoch 3 (pure DeepFashion template: "The lady wears a
short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric...", no hue words) or epoch 1 (opens
in the base model's style with hues, "a woman in a yellow dress", then slides into the template). Trained without an
end token, both often run to the 50-token limit and are cut there or repeat a template sentence. The open answers to
What is the person wearing? / What is the sleeve length? / What is the fabric? / What is the neckline? are spans an
extractive QA model (mdeberta squad2) copies out of that caption: empty when it finds nothing, and they inherit the
caption's mistakes (wrong pronoun, a sentence about the other garment, a cut tail, a repeated sentence). The
per-piece "What is the color of the X?" answers are the untuned base model, free generation (stored open): short
hues, but one color for every garment, the `Question: ... Answer:` format continued, echoes, loops to 30 tokens.
The closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference
engine: one candidate value each, never looping or cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Any text that ran to its token limit has hit_limit=True and is labelled cut, or loop when it repeats itself; a
  caption that stopped on its own is not cut even when long. Extractive spans never hit a limit: a span copied from
  a cut tail is labelled cut, one copied across a repeated sentence is labelled loop.
- One label per text, the most visible failure: a looping caption that also claims a ring is labelled loop.
- other_garment_color: the product (or, for a layered outfit, the piece asked about) is given the color of another
  garment that is visible in the photo (the tee's white for the jacket, the tank's black for the shorts). This is used
  for closed color answers too. When instead the product's color is given to the other garment (the "grey" tee
  makes the jeans "grey"), or a hue nothing in the photo has, the text is a contradiction.
- contradiction also covers a wrong garment, sleeve length, pattern or fabric that the photo, the seller's columns or
  the other texts contradict (a romper called a dress, a cable knit called lattice, the tee's cotton given as the
  jeans' fabric).
- unsupported: details the photo does not show (a ring, a wrist accessory, a hat, a neckline stated on a back view),
  and a fabric that the title contradicts (cotton for a viscose shirt, chiffon for a satin cami).
  When the base model swaps two colors (tee "blue", jeans "red" on a red tee with blue jeans) the product's answer
  is other_garment_color and the other garment's answer a contradiction.
- non_answer: the QA model's empty span (also on a back view where no neckline shows: it is still no answer), a span
  naming no garment ("upper clothing"), or "yes"/"no"/"none" to an open color question. restated: the question's
  own words back ("The neckline of it", "the color of the jumpsuit", a bare "jeans" for the jeans' color).
- A cut or looping caption that says a true thing stays cut/loop; a caption's accessory that is really there (a
  wristwatch, a self-tie belt) is right, and answers copied from right parts of a failed caption are right.
- pronoun: the text calls a man "the lady"/"her" or a woman "his"/"the gentleman"/"a man"; a span that carries the
  caption's wrong pronoun ("His sweater" on a women's product) is labelled pronoun as well.
- Correct by convention: DeepFashion's template has no sweatshirt or hoodie, so "sweater" for a sweatshirt is taken
  as right; "a long pants" for jeans, "three-point pants" for shorts and "lapel" for a polo collar are the template's
  words and right; a true answer to "What is the person wearing?" that names the other garment ("a long pants" on
  a shirt product) is right for the photo. The questionnaire asks sleeve and neckline only of tops, dresses and
  outerwear, so bottoms have fewer open answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

SLEEVES = question("sleeves", "What is the sleeve length?", "open")
FABRIC = question("fabric", "What is the fabric?", "open")
NECKLINE = question("neckline", "What is the neckline?", "open")

BLIND_559 = [
    # photo: woman, front view, heather grey crew-neck short-sleeve tee with a small pink rose print on the chest,
    # tucked into light-wash blue denim shorts; white backdrop. Caption: epoch 3; spans: QA; colors: base.
    case(
        "X559-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a short pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        FABRIC("cotton"),
        NECKLINE("round"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("shorts", "grey", "contradiction", kind="open"),
        is_a("t-shirt", "no", "contradiction"),
        Q.color("Blue", "other_garment_color"),
        title="Roadster Women Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man, front view, navy pique polo with a two-button placket and collar, khaki chinos, white backdrop.
    # Caption: epoch 3 (calls him "the lady"); spans: QA; colors: base.
    case(
        "X559-002",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        SLEEVES("short-sleeve"),
        NECKLINE("lapel"),
        color_of("shirt", "blue Question: What is the color of the pants? Answer: blue", "leak", kind="open"),
        color_of("pants", "navy blue", "contradiction", kind="open"),
        Q.garment_type("polo shirt"),
        title="U.S. Polo Assn. Men Solid Navy Blue Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front view, sleeveless V-neck chiffon midi dress, white ground with small blue flowers, nude
    # sandals, white backdrop, no jewellery. Caption: epoch 1 (hues, then repeats the ring sentence to the limit).
    case(
        "X559-003",
        caption(
            "a woman in a blue and white floral dress. The dress is with chiffon fabric and floral patterns. It has a"
            " V-shape neckline. The lady wears a ring. The lady wears a ring. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue and white floral dress"),
        SLEEVES("", "non_answer"),
        FABRIC("chiffon"),
        NECKLINE("V-shape"),
        color_of("dress", "white with blue flowers", kind="open"),
        Q.color("Blue", "contradiction"),
        title="Athena Women White Floral Print Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man, back view, black crew-neck sweatshirt with a large white print across the back, grey joggers,
    # hands in pockets, nothing on the wrists; white backdrop. Caption: epoch 3; spans: QA; colors: base.
    case(
        "X559-004",
        caption(
            "His sweater has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The gentleman"
            " wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on"
            " his wrist.",
            "unsupported",
        ),
        wearing("an accessory on his wrist", "unsupported"),
        SLEEVES("long sleeves"),
        FABRIC("cotton"),
        color_of("sweatshirt", "black Question: What is the color of the pants?", "leak", kind="open"),
        color_of("pants", "black", "contradiction", kind="open"),
        Q.sleeve_length("long"),
        title="HRX by Hrithik Roshan Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front view, dusty pink long-sleeve button-front blouse with a pointed collar, tucked into a black
    # pencil skirt; white backdrop. Caption: epoch 3, repeats its fabric/neckline sentences to the limit.
    case(
        "X559-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " lapel neckline. The shirt is with chiffon fabric. It has a lapel neckline. The shirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        SLEEVES("long-sleeve"),
        NECKLINE("lapel"),
        color_of("shirt", "pink", kind="open"),
        color_of("skirt", "pink", "contradiction", kind="open"),
        Q.color("Black", "other_garment_color"),
        title="Vero Moda Women Dusty Pink Solid Shirt Style Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: man, front view, medium-blue slim jeans, untucked plain white crew-neck tee, white sneakers; white
    # backdrop. Caption: epoch 1, cut at the limit; spans: QA; colors: base.
    case(
        "X559-006",
        caption(
            "a man wearing a white t-shirt and blue jeans. The pants are with denim fabric and pure color patterns."
            " The man wears a short-sleeve T-shirt with pure color patterns. It has a round neckline. He",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue jeans"),
        FABRIC("denim"),
        color_of("jeans", "blue", kind="open"),
        color_of("t-shirt", "blue", "contradiction", kind="open"),
        is_a("pair of jeans", "yes", article="a"),
        title="Levis Men Blue 511 Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, front view, black-and-white gingham short-sleeve romper with a round neck and a tie waist, white
    # backdrop. Caption: epoch 3 (calls it a dress); spans: QA; colors: base.
    case(
        "X559-007",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a"
            " round neckline.",
            "contradiction",
        ),
        wearing("a short-sleeve dress with lattice patterns", "contradiction"),
        SLEEVES("short-sleeve"),
        FABRIC("cotton"),
        NECKLINE("round"),
        color_of("romper", "black and white", kind="open"),
        Q.pattern("checked"),
        title="SASSAFRAS Women Black & White Checked Playsuit",
        category="Playsuit",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, white shirt with thin blue vertical stripes, long sleeves rolled to the forearm, button-
    # down collar, navy chinos; white backdrop. Caption: epoch 3 (says pure color); spans: QA; colors: base.
    case(
        "X559-008",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The gentleman"
            " wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a long trousers"),
        SLEEVES("long sleeves"),
        NECKLINE("lapel"),
        color_of(
            "shirt",
            "blue and white striped shirt with a white collar and white buttons down the front and a small pocket on"
            " the left side of the chest and the",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "blue and white", "contradiction", kind="open"),
        Q.pattern("striped"),
        title="Peter England Men Blue & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, front view, olive green cotton utility jacket worn open over a white ribbed tank top, black skinny
    # jeans; white backdrop. Caption: epoch 3, cut at the limit; spans: QA; colors: base.
    case(
        "X559-009",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a"
            " lapel neckline. This lady wears a sleeveless tank top. The tank top is with cotton fabric and pure"
            " color patterns. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        SLEEVES("long-sleeve"),
        FABRIC("cotton"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        color_of(
            "jeans",
            "black and white and black and white and black and white and black and white and black and white and black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("Olive"),
        title="Roadster Women Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man, front view, plain red crew-neck short-sleeve tee, dark blue jeans, bare wrists; white backdrop.
    # Caption: epoch 1 (invents a wrist accessory); spans: QA; colors: base.
    case(
        "X559-010",
        caption(
            "a man in a red t-shirt and jeans. The T-shirt is with cotton fabric. It has a round neckline. There is an"
            " accessory on his wrist.",
            "unsupported",
        ),
        wearing("a red t-shirt and jeans"),
        FABRIC("cotton"),
        NECKLINE("round"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "red", "contradiction", kind="open"),
        Q.sleeve_length("short"),
        title="Puma Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman, front view, mustard yellow pleated midi skirt, black short-sleeve crew tee tucked in; white
    # backdrop. Caption: epoch 3; spans: QA (fabric span from the tee's sentence); colors: base.
    case(
        "X559-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        FABRIC("cotton", "contradiction"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        color_of("t-shirt", "black", kind="open"),
        Q.garment_type("skirt"),
        Q.color("Mustard"),
        title="Mango Women Mustard Yellow Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man, front view, charcoal grey fine-knit V-neck pullover over a white collared shirt (collar and cuffs
    # showing), dark grey trousers, no glasses; light grey backdrop. Caption: epoch 3 (invents glasses); spans: QA;
    # colors: base.
    case(
        "X559-012",
        caption(
            "His sweater has long sleeves, knitting fabric and pure color patterns. It has a V-shape neckline. The"
            " gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. He wears"
            " glasses.",
            "unsupported",
        ),
        wearing("His sweater"),
        SLEEVES("long sleeves"),
        FABRIC("knitting"),
        NECKLINE("V-shape"),
        color_of(
            "sweater",
            "grey. Question: What is the color of the shirt? Answer: white. Question: What is the color of the pants?"
            " Answer: grey",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "grey", "contradiction", kind="open"),
        Q.color("White", "other_garment_color"),
        title="Marks & Spencer Men Charcoal Grey Solid V-Neck Pullover",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman, back view, coral sleeveless scoop-back cotton tank, white denim shorts; white backdrop.
    # Caption: epoch 3, stuck on its fabric sentence; spans: QA copy the repetition; colors: base.
    case(
        "X559-013",
        caption(
            "The tank top is with cotton fabric. The tank top is with cotton fabric. The tank top is with cotton"
            " fabric. The tank top is with cotton fabric. The tank top is with cotton fabric. The tank",
            "loop",
            hit_limit=True,
        ),
        wearing("The tank top is with cotton fabric. The tank top is with cotton fabric", "loop"),
        SLEEVES("", "non_answer"),
        FABRIC("cotton"),
        color_of("tank top", "orange", kind="open"),
        color_of("shorts", "white", kind="open"),
        Q.sleeve_length("sleeveless"),
        title="FOREVER 21 Women Coral Solid Tank Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: man, front view, khaki cotton chino shorts, navy short-sleeve polo, brown loafers; white backdrop.
    # Caption: epoch 1, cut at the limit; spans: QA; colors: base.
    case(
        "X559-014",
        caption(
            "a man wearing a blue polo shirt and khaki shorts. His shirt has short sleeves, cotton fabric and pure"
            " color patterns. It has a lapel neckline. The gentleman wears a three-point pants. The pants are with"
            " cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue polo shirt and khaki shorts"),
        FABRIC("cotton"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        color_of("shirt", "no", "non_answer", kind="open"),
        Q.garment_type("shorts"),
        title="Celio Men Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman, front view, white crew-neck tee with black "PARIS" lettering, black skinny jeans, no jewellery;
    # white backdrop. Caption: epoch 3 (adds a wrist accessory); spans: QA; colors: base (continues the format).
    case(
        "X559-015",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long pants. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        NECKLINE("round"),
        color_of("t-shirt", "white Question: What is the color of the jeans? Answer: black", "leak", kind="open"),
        color_of("jeans", "his jeans are black", "pronoun", kind="open"),
        Q.pattern("graphic"),
        title="Tokyo Talkies Women White Typography Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man, front view, black leather biker jacket with an asymmetric zip and notched lapels, open over a grey
    # marl crew tee, dark indigo jeans, no watch; white backdrop. Caption: epoch 3, cut at the limit; spans: QA; colors:
    # base; closed color picks the tee's grey.
    case(
        "X559-016",
        caption(
            "His jacket has long sleeves, leather fabric and pure color patterns. It has a lapel neckline. The"
            " gentleman wears a long pants. The pants are with denim fabric and pure color patterns. There is an"
            " accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("His jacket"),
        SLEEVES("long sleeves"),
        FABRIC("leather"),
        color_of("jacket", "black", kind="open"),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        Q.garment_type("jacket"),
        Q.color("Grey", "other_garment_color"),
        title="Roadster Men Black Solid Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front view, beige longline open-front knit cardigan over a black camisole, black leggings, no
    # rings; white backdrop. Caption: epoch 1, loops on a ring it invents; spans: QA; colors: base.
    case(
        "X559-017",
        caption(
            "a woman wearing a beige cardigan and black leggings. The lady wears a long-sleeve sweater with pure color"
            " patterns. The sweater is with knitting fabric. She wears a ring. She wears a ring. She wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a beige cardigan and black leggings"),
        SLEEVES("long-sleeve"),
        FABRIC("knitting"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        Q.color("Beige"),
        Q.garment_type("cardigan"),
        title="Vero Moda Women Beige Solid Longline Open Front Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: man, front view, light blue chambray long-sleeve shirt, beige chinos, a steel wristwatch on the left
    # wrist; white backdrop. Caption: epoch 3, cut at the limit; spans: QA; colors: base (one loops).
    case(
        "X559-018",
        caption(
            "His shirt has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The gentleman"
            " wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an"
            " accessory on his wrist. His",
            "cut",
            hit_limit=True,
        ),
        wearing("His shirt"),
        SLEEVES("long sleeves"),
        FABRIC("denim"),
        color_of(
            "shirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "beige", kind="open"),
        Q.color("Blue"),
        title="WROGN Men Light Blue Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, back view, red long-sleeve bodycon knit dress to the knee, the round back neckline visible, hair
    # up, no bracelet; white backdrop. Caption: epoch 3 (invents a wrist accessory); spans: QA; colors: base (loops).
    case(
        "X559-019",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with knitting fabric."
            " It has a round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        SLEEVES("long-sleeve"),
        FABRIC("knitting"),
        color_of(
            "dress",
            "red dress with a red dress with a red dress with a red dress with a red dress with a red dress with a",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        title="Dressberry Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man, front view, heather grey zip-up hoodie worn open over a black crew tee, black joggers; white
    # backdrop. Caption: epoch 3 (calls him "the lady", no neckline sentence); spans: QA; colors: base.
    case(
        "X559-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The"
            " lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        SLEEVES("long-sleeve"),
        NECKLINE("", "non_answer"),
        color_of("hoodie", "grey", kind="open"),
        color_of("t-shirt", "grey", "contradiction", kind="open"),
        Q.garment_type("sweatshirt"),
        title="Puma Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, front view, light-wash blue denim cutoff shorts with frayed hems, a navy-and-white Breton striped
    # short-sleeve tee tucked in; white backdrop. Caption: epoch 1, cut at the limit; spans: QA; colors: base.
    case(
        "X559-021",
        caption(
            "a woman wearing a striped shirt and denim shorts. The lady wears a short-sleeve T-shirt with striped"
            " patterns. The T-shirt is with cotton fabric. It has a round neckline. The lady wears a short pants."
            " The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and denim shorts"),
        FABRIC("denim"),
        color_of("shorts", "blue", kind="open"),
        color_of("shirt", "blue and white", kind="open"),
        Q.color("White", "other_garment_color"),
        Q.pattern("solid"),
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front view, black sleeveless muscle tank with deep armholes, grey jersey shorts; white backdrop.
    # Caption: epoch 3; spans: QA; colors: base (one echoes "Answer:").
    case(
        "X559-022",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The"
            " gentleman wears a three-point pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("tank top"),
        SLEEVES("no sleeves"),
        FABRIC("cotton"),
        color_of("tank top", "Answer: black", "leak", kind="open"),
        color_of("shorts", "black", "contradiction", kind="open"),
        Q.color("Grey", "other_garment_color"),
        title="Jack & Jones Men Black Solid Tank Top",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front view, ivory satin V-neck camisole with black lace trim at the neckline, wide-leg black
    # trousers, bare hands; white backdrop. Caption: epoch 3 ("upper clothing" form, invents a ring).
    case(
        "X559-023",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The neckline of it is V-shape."
            " The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This woman"
            " wears a ring.",
            "unsupported",
        ),
        wearing("upper clothing", "non_answer"),
        SLEEVES("no sleeves"),
        FABRIC("chiffon", "unsupported"),
        NECKLINE("V-shape"),
        color_of("top", "white", kind="open"),
        color_of("pants", "black", kind="open"),
        title="AND Women Off-White Satin Lace Trim Camisole Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: man, back view, white short-sleeve pique polo (collar seen from behind), navy chino shorts; white
    # backdrop. Caption: epoch 3, starts the template over and runs to the limit; spans: QA; colors: base.
    case(
        "X559-024",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The"
            " gentleman wears a three-point pants. The pants are with cotton fabric and pure color patterns. His"
            " shirt has short sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("His shirt"),
        SLEEVES("short sleeves"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "white", "contradiction", kind="open"),
        Q.garment_type("polo shirt"),
        Q.color("Navy Blue", "other_garment_color"),
        title="Lacoste Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman, front view, navy crepe sleeveless V-neck wide-leg jumpsuit with a self-tie fabric belt at the waist;
    # white backdrop. Caption: epoch 1; spans: QA; colors: base (echoes the question).
    case(
        "X559-025",
        caption(
            "a woman in a navy blue jumpsuit with a belt. The upper clothing has no sleeves, cotton fabric and pure"
            " color patterns. The neckline of it is V-shape. The lower clothing is of long length.",
            "unsupported",
        ),
        wearing("a navy blue jumpsuit with a belt"),
        SLEEVES("no sleeves"),
        FABRIC("cotton", "unsupported"),
        color_of("jumpsuit", "the color of the jumpsuit", "restated", kind="open"),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("short", "contradiction"),
        title="Vero Moda Women Navy Blue Solid Crepe Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, front view, burgundy cable-knit crew-neck pullover, mid-blue jeans; white backdrop. Caption: epoch 3
    # (reads the cables as lattice); spans: QA; colors: base (one color for both).
    case(
        "X559-026",
        caption(
            "His sweater has long sleeves, knitting fabric and lattice patterns. It has a round neckline. The"
            " gentleman wears a long pants. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("His sweater"),
        FABRIC("knitting"),
        NECKLINE("round"),
        color_of("sweater", "maroon", kind="open"),
        color_of("jeans", "jeans", "restated", kind="open"),
        Q.pattern("solid"),
        title="Mast & Harbour Men Burgundy Cable Knit Pullover",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman, front view, black-and-white horizontal striped long-sleeve Breton top, red A-line midi skirt, no
    # belt; white backdrop. Caption: epoch 3; spans: QA; colors: base (gives the top the skirt's red).
    case(
        "X559-027",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
            " There is a belt.",
            "unsupported",
        ),
        wearing("a long-sleeve T-shirt with striped patterns"),
        SLEEVES("long-sleeve"),
        NECKLINE("round"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        color_of("skirt", "red Question: What is the color of the top? Answer: red", "leak", kind="open"),
        Q.pattern("striped"),
        title="H&M Women Black & White Striped Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man, back view, black skinny jeans, plain white short-sleeve tee untucked, hands at his sides, no watch;
    # white backdrop. Caption: epoch 3, cut at the limit; spans: QA (fabric from the tee's sentence); colors: base.
    case(
        "X559-028",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The"
            " gentleman wears a long pants. The pants are with denim fabric and pure color patterns. There is an"
            " accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("an accessory on his", "cut"),
        FABRIC("cotton", "contradiction"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        title="Highlander Men Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front view, mid-blue denim A-line button-front mini skirt, white long-sleeve cotton blouse tucked
    # in; white backdrop. Caption: epoch 1 ("a man"); spans: QA; colors: base; closed color picks the blouse's white.
    case(
        "X559-029",
        caption(
            "a man wearing a white shirt and a denim skirt. The upper clothing has long sleeves, cotton fabric and pure"
            " color patterns. The lower clothing is of short length. The fabric is denim and it has pure color"
            " patterns.",
            "pronoun",
        ),
        wearing("a man wearing a white shirt and a denim skirt", "pronoun"),
        FABRIC("denim"),
        color_of("skirt", "blue", kind="open"),
        color_of("shirt", "white", kind="open"),
        Q.garment_type("skirt"),
        Q.color("White", "other_garment_color"),
        title="Roadster Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front view, red-and-black buffalo check flannel shirt, buttoned and worn untucked over blue jeans
    # (no belt in sight); white backdrop. Caption: epoch 3 (invents a belt); spans: QA (one echoes "The neckline of
    # it"); colors: base (one loops).
    case(
        "X559-030",
        caption(
            "His shirt has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. The"
            " gentleman wears a long pants. The pants are with denim fabric and pure color patterns. There is a belt.",
            "unsupported",
        ),
        wearing("His shirt"),
        SLEEVES("long sleeves"),
        NECKLINE("The neckline of it", "restated"),
        color_of(
            "shirt",
            "red and black plaid red and black plaid red and black plaid red and black plaid red and black plaid red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "red and black", "contradiction", kind="open"),
        Q.pattern("checked"),
        title="HERE&NOW Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman, back view, light blue washed denim jacket over a black-and-white floral chiffon midi dress, hair
    # down, wrists hidden by the sleeves; white backdrop. Caption: epoch 3, cut at the limit.
    case(
        "X559-031",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. The lady"
            " wears a dress. The dress is with chiffon fabric and floral patterns. It has a V-shape neckline. There"
            " is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        SLEEVES("long-sleeve"),
        FABRIC("chiffon", "contradiction"),
        NECKLINE("V-shape", "unsupported"),
        color_of("jacket", "black and white", "other_garment_color", kind="open"),
        color_of("dress", "black and white", kind="open"),
        Q.color("Blue"),
        title="Mango Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man, front view, olive long-sleeve henley tee (three-button placket), blue jeans; white backdrop.
    # Caption: epoch 1; spans: QA; colors: base (one carries on with new questions to the limit).
    case(
        "X559-032",
        caption(
            "a man in a green shirt and jeans. His T-shirt has long sleeves, cotton fabric and pure color patterns. It"
            " has a round neckline."
        ),
        wearing("a green shirt and jeans"),
        SLEEVES("long sleeves"),
        NECKLINE("round"),
        color_of(
            "shirt",
            "green Question: What is the color of the jeans? Answer: blue Question: What is the color of the shoes?"
            " Answer: white Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        Q.sleeve_length("short", "contradiction"),
        title="Mast & Harbour Men Olive Solid Henley T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, front view, blush pink short-sleeve crew tee knotted at the front, white jeans; white backdrop.
    # Caption: epoch 3 ("the gentleman"); spans: QA; colors: base (answers yes). Seller row has no color.
    case(
        "X559-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric."
            " It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure"
            " color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        FABRIC("cotton"),
        NECKLINE("round"),
        color_of("t-shirt", "yes", "non_answer", kind="open"),
        color_of("jeans", "white", kind="open"),
        Q.color("White", "other_garment_color"),
        title="ONLY Women Pink Solid Front Knot T-shirt",
        category="Tshirts",
        gender="Women",
    ),
    # photo: man, front view, navy glossy nylon quilted puffer jacket zipped to a stand collar, grey wool trousers,
    # bareheaded; white backdrop. Caption: epoch 3 (invents a hat); spans: QA; colors: base.
    case(
        "X559-034",
        caption(
            "His jacket has long sleeves, cotton fabric and pure color patterns. It has a standing neckline. The"
            " gentleman wears a long pants. He wears a hat.",
            "unsupported",
        ),
        wearing("a hat", "unsupported"),
        SLEEVES("long sleeves"),
        FABRIC("cotton", "unsupported"),
        NECKLINE("standing"),
        color_of("jacket", "navy blue", kind="open"),
        Q.garment_type("jacket"),
        title="Fort Collins Men Navy Blue Solid Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front view, yellow cotton sundress with small white polka dots, spaghetti straps, square neck;
    # white backdrop. Caption: epoch 1, repeats a sentence to the limit; spans: QA; colors: base.
    case(
        "X559-035",
        caption(
            "a woman in a yellow dress with white polka dots. The dress is with cotton fabric and pure color patterns."
            " The dress is with cotton fabric and pure color patterns. The dress is with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow dress with white polka dots"),
        SLEEVES("", "non_answer"),
        FABRIC("cotton"),
        color_of("dress", "yellow", kind="open"),
        Q.pattern("polka dot"),
        Q.garment_type("dress"),
        title="Sera Women Yellow Polka Dot Print Strappy Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: man, front view, grey marl jersey drawstring shorts, black crew tee, white socks and slides, bare wrists;
    # white backdrop. Caption: epoch 3; spans: QA; colors: base; closed type picks "pants".
    case(
        "X559-036",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The"
            " gentleman wears a three-point pants. The pants are with cotton fabric and pure color patterns. There is"
            " an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a three-point pants"),
        FABRIC("cotton"),
        color_of("shorts", "grey", kind="open"),
        color_of("t-shirt", "grey", "contradiction", kind="open"),
        Q.garment_type("pants", "contradiction"),
        Q.color("Black", "other_garment_color"),
        title="Jockey Men Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, front view, lavender chunky-knit turtleneck sweater, light-wash jeans; white backdrop.
    # Caption: epoch 3 ("his", "the gentleman"); spans: QA carry the pronoun; colors: base. Seller row has no color.
    case(
        "X559-037",
        caption(
            "His sweater has long sleeves, knitting fabric and pure color patterns. It has a standing neckline. The"
            " gentleman wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("His sweater", "pronoun"),
        SLEEVES("long sleeves"),
        FABRIC("knitting"),
        NECKLINE("standing"),
        color_of("sweater", "the sweater is the color of the sweater", "restated", kind="open"),
        Q.color("Lavender"),
        title="Women Lavender Chunky Knit Turtle Neck Pullover",
        category="Sweaters",
        gender="Women",
    ),
    # photo: man, front view, navy short-sleeve camp-collar shirt with green tropical leaves and pink hibiscus, white
    # shorts; white backdrop. Caption: epoch 1, cut at the limit; spans: QA; colors: base.
    case(
        "X559-038",
        caption(
            "a man wearing a floral shirt and white shorts. His shirt has short sleeves, cotton fabric and floral"
            " patterns. It has a lapel neckline. The gentleman wears a three-point pants. The pants are with cotton"
            " fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a floral shirt and white shorts"),
        SLEEVES("short sleeves"),
        FABRIC("cotton", "unsupported"),
        NECKLINE("lapel"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("shorts", "white", kind="open"),
        Q.pattern("floral"),
        title="Highlander Men Navy Blue Tropical Printed Viscose Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, back view, emerald green long-sleeve wrap blouse with a tie at the back waist, black slim
    # trousers, no rings; white backdrop. Caption: epoch 3 (no neckline sentence, back view; invents a ring); spans: QA;
    # colors: base.
    case(
        "X559-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady"
            " wears a long pants. The pants are with cotton fabric and pure color patterns. This woman wears a ring.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        SLEEVES("long-sleeve"),
        FABRIC("chiffon"),
        NECKLINE("", "non_answer"),
        color_of("blouse", "green", kind="open"),
        color_of("pants", "green", "contradiction", kind="open"),
        Q.garment_type("blouse"),
        title="Berrylush Women Green Solid Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: man, front view, grey quilted sleeveless gilet zipped over a mid-blue denim long-sleeve shirt, dark
    # chinos; white backdrop. Caption: epoch 3; spans: QA (sleeve span from the shirt's sentence); colors: base.
    case(
        "X559-040",
        caption(
            "His jacket has no sleeves, cotton fabric and pure color patterns. It has a standing neckline. His shirt"
            " has long sleeves, denim fabric and pure color patterns. The gentleman wears a long pants."
        ),
        wearing("His jacket"),
        SLEEVES("long sleeves", "contradiction"),
        FABRIC("cotton"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        color_of("shirt", "none", "non_answer", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("vest"),
        title="Roadster Men Grey Solid Quilted Gilet",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, back view, dark indigo high-rise skinny jeans, white cropped cotton tank; white backdrop.
    # Caption: epoch 3; spans: QA; colors: base. All right.
    case(
        "X559-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The"
            " lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a long pants"),
        FABRIC("denim"),
        color_of("jeans", "dark blue", kind="open"),
        color_of("tank top", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        Q.color("Navy Blue"),
        title="DOLCE CRUDO Women Navy Blue Skinny Fit High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, front view, white crew tee with a large orange-and-black tiger face print, black jeans; white
    # backdrop. Caption: epoch 1, cut at the limit; spans: QA; colors: base (one loops); closed pattern wrong.
    case(
        "X559-042",
        caption(
            "a man wearing a white t-shirt with a tiger on it. His T-shirt has short sleeves, cotton fabric and"
            " graphic patterns. It has a round neckline. The gentleman wears a long pants. The pants are with denim"
            " fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt with a tiger on it"),
        SLEEVES("short sleeves"),
        NECKLINE("round"),
        color_of("t-shirt", "white and orange", kind="open"),
        color_of(
            "jeans",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="Bewakoof Men White Tiger Graphic Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman, front view, peach square-neck blouse with short flutter sleeves, white cotton mini skirt, no
    # rings; white backdrop. Caption: epoch 3 (invents a ring); spans: QA; colors: base. Seller row has no brand.
    case(
        "X559-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " square neckline. The lady wears a short skirt. This woman wears a ring.",
            "unsupported",
        ),
        wearing("a ring", "unsupported"),
        SLEEVES("short-sleeve"),
        FABRIC("chiffon"),
        NECKLINE("square"),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "pink", "contradiction", kind="open"),
        Q.color("White", "other_garment_color"),
        title="Peach Ruffle Sleeve Square Neck Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: man, front view, navy crewneck sweatshirt with white varsity "BROOKLYN" lettering, grey joggers, no
    # watch; white backdrop. Caption: epoch 3, cut at the limit; spans: QA; colors: base (one echoes the prompt, one
    # echoes the question).
    case(
        "X559-044",
        caption(
            "His sweater has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The gentleman"
            " wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on"
            " his wrist. His",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        FABRIC("cotton"),
        NECKLINE("round"),
        color_of("sweatshirt", "Question: What is the color of the sweatshirt? Answer: navy blue", "leak", kind="open"),
        color_of("pants", "the color of the pants", "restated", kind="open"),
        Q.color("Grey", "other_garment_color"),
        title="Kook N Keech Men Navy Blue Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, back view, white cotton paperbag-waist shorts with a self-tie belt, black fitted tank; white
    # backdrop.
    # Caption: epoch 1; spans: QA; colors: base; closed color picks the tank's black. Seller row has no color.
    case(
        "X559-045",
        caption(
            "a woman wearing black top and white shorts. The lady wears a sleeveless tank top with pure color patterns."
            " The tank top is with cotton fabric. The lady wears a short pants. There is a belt."
        ),
        wearing("black top and white shorts"),
        FABRIC("cotton"),
        color_of("shorts", "shorts", "restated", kind="open"),
        color_of("top", "white", "contradiction", kind="open"),
        Q.color("Black", "other_garment_color"),
        Q.garment_type("shorts"),
        title="Women White Paperbag Waist Shorts",
        category="Shorts",
        gender="Women",
    ),
    # photo: man, front view, pink oxford button-down long-sleeve shirt, grey trousers; white backdrop. Caption:
    # epoch 3, repeats its trousers sentence to the limit; spans: QA; colors: base (calls it "her shirt").
    case(
        "X559-046",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The gentleman"
            " wears a long pants. The pants are with cotton fabric and pure color patterns. The pants are with cotton"
            " fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("His shirt"),
        SLEEVES("long sleeves"),
        FABRIC("cotton"),
        color_of("shirt", "her shirt is pink", "pronoun", kind="open"),
        color_of("pants", "grey", kind="open"),
        Q.color("Pink"),
        title="Arrow Men Pink Solid Oxford Regular Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
]
