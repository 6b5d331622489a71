"""BLIND_23 (44 products; an Indian marketplace's men's catalog, Myntra style: t-shirts, shirts, jeans, trousers,
track pants, sweatshirts, jackets, blazers, kurtas, nehru jackets; enrich's default questionnaire with the VQA
adapter's closed answers kept as generated, captions by the caption adapter or the base model, open answers by
the base model; Myntra columns for two thirds of the products): written blind in the twelfth session and
measured blind at 491cbb3, the session's final audits but one change: 100/133 and 9/144. The writer's notes,
verbatim:

BLIND_23: a blind corpus of BLIP-2 outputs for an Indian marketplace's men's catalog.

Scenario
    A batch enrich run over a men's catalog in the style of Myntra's "Fashion Product Images": t-shirts and polos,
    casual and formal shirts, jeans, chinos and trousers, track pants, shorts, sweatshirts and hoodies, jackets and
    blazers, kurtas and nehru jackets, a little innerwear and sportswear. Mostly on-model studio shots on white or
    light grey, the model often wearing other garments (a t-shirt under an open shirt, jeans under a kurta, a kurta
    under a nehru jacket); a few flat-lays with no person. About two thirds of the products carry catalog columns
    (Case.extra): `category` (Myntra articleType), `color` (baseColour) and `title` (productDisplayName); the rest
    have none. gender is "Men", three products are "Boys".

Systems (the same for every Case unless its comment says otherwise)
    caption   - either the experiments' caption adapter, epoch 3 (DeepFashion-MultiModal template: pattern words,
                never a hue; 50 new tokens, often running to the limit and looping or cut mid-sentence; it was
                trained mostly on women, so "lady"/"her" slips in), or the untuned base model (short, lowercase,
                "t - shirt"). Each Case's comment says which.
    closed    - garment_type, color, pattern, sleeve_length: the VQA LoRA adapter through the reference engine; the
                stored text is what the adapter generated (10 new tokens max): In-shop class names ("tee/tank",
                "jacket/coat", "pants", "denim", "polo shirt", "sweatshirt/hoodie", "graphic tee"), color words,
                yes/no (it was trained on "Is this a ...?"), loops, prompt leaks, answers about another garment.
    open      - wearing, description, details, material: the untuned base model (30 new tokens max).

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-115 of tests/audit_corpus.py (Text/Case, the helpers and
    the TARGETS keys). I did not read the audits, the queries, the docs or any other corpus, and ran nothing of
    enrich. The texts are invented to follow what CONTEXT.md reports of these models; the photos are invented too,
    and each Case's comment states what its photo shows: that is the truth every label is judged against, together
    with the catalog columns. Each Case holds the texts a reviewer checked for that product, not always all nine.

Label conventions and judgement calls
    - One label per text: the fault a reviewer would fix first. failure=None means the text is right for the photo.
    - hit_limit=True only where the text plausibly ran to its token limit (50 caption, 10 closed, 30 open); such a
      text is always a failure (cut, loop or leak).
    - cut: stops mid-sentence or mid-phrase at the limit. loop: a word, phrase or sentence repeated (even if the
      repeated content is true). leak: "Question:"/"Answer:" of the prompt format in the text.
    - other_garment_color: a color that belongs to another garment of the outfit given to the product (closed or
      open). contradiction: a wrong garment type, a wrong pattern, a wrong sleeve length (including "long"/"short"
      for trousers and shorts, where sleeves do not apply, and the sleeves of the layer underneath), a wrong color
      that is no other garment's, or an answer that describes another garment of the outfit.
    - unsupported: a detail the photo does not show (a hood, a pocket square, lettering that is not there, an
      accessory on a bare wrist, a person and trousers invented for a flat-lay, "100% organic cotton").
    - non_answer: says nothing about what was asked: empty, "i don't know", "yes"/"no" to a "what" question, a color
      given to the pattern question, only the garment's name for its details ("they are shorts").
    - restated: a sentence that only turns the question back ("the details of the shirt are the details of the
      shirt", "the person is wearing a jacket").
    - pronoun: "she", "her", "lady", "woman" for a man or a boy.
    - In-shop class names are right when the class holds the product: "tee/tank" for a t-shirt or a vest, "pants"
      for trousers, chinos and track pants, "denim" for jeans, "polo shirt" for a polo, "sweatshirt/hoodie" or
      "sweater" for a sweatshirt, "jacket/coat" for jackets, blazers and nehru jackets, "blouse/shirt" for shirts
      and kurtas (a kurta is a long shirt). "dress" for a kurta is a contradiction; so is "denim" for a denim SHIRT
      (the class is jeans), "leggings" for track pants, and a class that names the layer underneath.
    - Colors: a near name counts as right ("blue" for Navy Blue, "white" for Off White, "red" for Maroon, "green" or
      "teal" for Teal, "tan" for Beige). Plausible materials that the photo cannot refute are right (cotton for a
      tee, polyester for track wear, wool blend for a blazer); a short but true answer is right.
    - A pattern of "solid" is right for tone-on-tone self-design fabric and for a garment with only a small logo.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS, Case, caption, case

# the default questionnaire's questions, as tests/audit_corpus.py makes them (the writer's own helpers asked the same)
WEAR, GTYPE, COLOR, PATTERN, SLEEVES, DESCR, DETAILS, MATERIAL = (
    DEFAULT_QUESTIONS.wearing,
    DEFAULT_QUESTIONS.garment_type,
    DEFAULT_QUESTIONS.color,
    DEFAULT_QUESTIONS.pattern,
    DEFAULT_QUESTIONS.sleeve_length,
    DEFAULT_QUESTIONS.description,
    DEFAULT_QUESTIONS.details,
    DEFAULT_QUESTIONS.material,
)


BLIND_23: list[Case] = [
    # Photo: navy shirt with thin white and red checks, long sleeves, button-down collar, one plain chest pocket (no
    # logo), worn buttoned with light blue jeans, white background. Caption: caption adapter.
    case(
        "MN-30112",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        COLOR("navy"),
        PATTERN("blue", "non_answer"),
        WEAR("a blue plaid shirt and jeans"),
        DETAILS(
            "the shirt has a button down collar, a pocket on the chest and a small logo on the pocket", "unsupported"
        ),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Slim Fit Checked Casual Shirt",
    ),
    # Photo: grey melange track pants with drawstring waist, elastic cuffs, small black logo on the thigh; the model
    # wears a black short-sleeve crew t-shirt and white sneakers. Caption: base model.
    case(
        "MN-30127",
        caption("a man in a black t - shirt and grey sweatpants"),
        GTYPE("pants"),
        COLOR("black", "other_garment_color"),
        SLEEVES("short", "contradiction"),
        WEAR("a black shirt and grey pants"),
        DESCR("grey sweatpants with a drawstring"),
        DETAILS("the pants have a drawstring and elastic cuffs"),
        gender="Men",
        category="Track Pants",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Track Pants",
    ),
    # Photo: white pique polo, short sleeves, navy tipping on the collar, small navy embroidered logo on the left
    # chest, no pocket; navy chinos; a steel watch on his left wrist. Caption: caption adapter.
    case(
        "MN-30141",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        COLOR("white"),
        PATTERN("solid Question: What is the color of the", "leak", hit_limit=True),
        DESCR("a white polo shirt with a blue collar and a blue logo"),
        DETAILS(
            "the polo shirt has a navy blue collar, two white buttons, a logo on the left side of the chest and "
            "short sleeves with a navy",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Photo: mid-blue slim jeans, light fading on the thighs, five pockets, zip fly; the model wears a white crew
    # t-shirt and white sneakers. Caption: caption adapter.
    case(
        "MN-30158",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers are with denim fabric and pure color patterns. The trousers are "
            "with denim fabric and pure color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        GTYPE("denim"),
        COLOR("white", "other_garment_color"),
        WEAR("a white t - shirt and blue jeans"),
        DETAILS("they are jeans", "non_answer"),
        MATERIAL("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # Photo: olive green nylon bomber jacket, zip front, ribbed collar, cuffs and hem, no hood, a small zip pocket on
    # the left sleeve; worn open over a white crew t-shirt, black jeans. Caption: base model.
    case(
        "MN-30163",
        caption("a man wearing a green bomber jacket and black jeans"),
        GTYPE("jacket/coat"),
        COLOR("green-green-green-green-green", "loop", hit_limit=True),
        WEAR("a green jacket, a white shirt and black pants"),
        DESCR("the jacket is a green bomber jacket with a hood", "unsupported"),
        DETAILS(
            "the jacket has a zipper in the front, a ribbed collar, ribbed cuffs and a ribbed waistband, and there "
            "is a small pocket with a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Mast & Harbour Men Olive Green Solid Bomber Jacket",
    ),
    # Photo: off-white tone-on-tone jacquard straight kurta, knee length, long sleeves, mandarin collar, gold-tone
    # buttons on a half placket; worn over blue jeans, brown sandals. Caption: caption adapter.
    case(
        "MN-30179",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. This lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns.",
            "pronoun",
        ),
        GTYPE("dress", "contradiction"),
        COLOR("white"),
        WEAR("a white kurta and jeans"),
        DESCR("a white kurta with a mandarin collar and gold buttons"),
        MATERIAL("the kurta is made of the same material as the kurta", "restated"),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Self Design Straight Kurta",
    ),
    # Photo: black crew-neck running t-shirt, short sleeves, a small white swoosh on the left chest, plain back (seen
    # only from the front); black running shorts. Caption: base model.
    case(
        "MN-30184",
        caption("a man in a black nike shirt and black shorts"),
        COLOR("black"),
        SLEEVES("short-short-short-short-short", "loop", hit_limit=True),
        DESCR("a black t-shirt with a white nike logo and reflective stripes on the back", "unsupported"),
        DETAILS(
            "the shirt has a nike logo on the chest and a nike logo on the chest and a nike logo on the chest and "
            "a nike logo on",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("polyester"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Nike Men Black Dri-FIT Running T-shirt",
    ),
    # Photo: white solid formal shirt, long sleeves, spread collar, no pocket, tucked into charcoal trousers with a
    # black belt; no watch, bare wrists, no tie. Caption: caption adapter.
    case(
        "MN-30196",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his wrist. The gentleman wears a long trousers.",
            "unsupported",
        ),
        GTYPE("blouse/shirt"),
        COLOR("grey", "other_garment_color"),
        WEAR("a white shirt and grey pants"),
        DESCR("a white dress shirt"),
        DETAILS("the details of the shirt are the details of the shirt", "restated"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Peter England Men White Slim Fit Solid Formal Shirt",
    ),
    # Photo: grey melange pullover hoodie, long sleeves, kangaroo pocket, drawstring hood, white PUMA logo and
    # wordmark printed on the chest; black track pants. Caption: caption adapter.
    case(
        "MN-30205",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The man "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. The man wears a long "
            "pants. The pants are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        COLOR("grey"),
        WEAR("he is wearing a grey hoodie and black pants"),
        DESCR("a black hoodie with a white puma logo", "other_garment_color"),
        DETAILS("i don't know", "non_answer"),
        gender="Men",
    ),
    # Photo: khaki (beige) slim chinos, slant side pockets, belt loops, hem turned up once; the model wears an
    # untucked navy polo and white sneakers. Caption: base model.
    case(
        "MN-30211",
        caption("a man in a blue shirt and khaki pants"),
        GTYPE("pants Question: What type of garment is", "leak", hit_limit=True),
        COLOR("navy", "other_garment_color"),
        WEAR("a blue polo shirt and khaki pants"),
        DESCR(
            "a pair of khaki pants with a rolled up hem, belt loops and two pockets on the front and two pockets "
            "on the back and a button",
            "cut",
            hit_limit=True,
        ),
        DETAILS("they are pants", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Jack & Jones Men Khaki Slim Fit Chinos",
    ),
    # Photo: navy single-breasted two-button blazer, notch lapels, flap pockets, no pocket square; over a white
    # shirt, with beige trousers. Caption: caption adapter.
    case(
        "MN-30226",
        caption(
            "This gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is "
            "with cotton fabric. It has a lapel neckline. This gentleman wears a long-sleeve shirt with pure color "
            "patterns. This gentleman wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        COLOR("navy"),
        WEAR("a black suit and a white shirt", "contradiction"),
        DESCR("the blazer is navy blue with two buttons and a white pocket square", "unsupported"),
        DETAILS("the blazer has a notch lapel, two buttons and flap pockets"),
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Raymond Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
    ),
    # Photo: a boy in a red crew-neck t-shirt, short sleeves, a green cartoon dinosaur printed on the chest (no
    # lettering); blue denim shorts. Caption: base model.
    case(
        "MN-30230",
        caption("a young boy wearing a red t - shirt with a dinosaur on it"),
        GTYPE("graphic tee"),
        PATTERN("red", "non_answer"),
        WEAR("she is wearing a red shirt and blue shorts", "pronoun"),
        DESCR("a red t-shirt with a green dinosaur"),
        DETAILS('the t-shirt has a green dinosaur and the word "roar" on the front', "unsupported"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Printed Round Neck T-shirt",
    ),
    # Photo: flat-lay on white, no person: maroon polo, short sleeves, two-button placket, ribbed collar.
    # Caption: caption adapter.
    case(
        "MN-30244",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The person wears a long pants. The pants are with denim fabric and solid "
            "color patterns.",
            "unsupported",
        ),
        GTYPE("polo shirt"),
        COLOR("maroon"),
        WEAR("a red polo shirt"),
        DETAILS("a polo shirt", "non_answer"),
        gender="Men",
    ),
    # Photo: black skinny stretch jeans, five pockets, zip fly; the model wears a grey melange short-sleeve crew
    # t-shirt. Caption: caption adapter.
    case(
        "MN-30259",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The trousers the man wears is of",
            "cut",
            hit_limit=True,
        ),
        GTYPE("denim"),
        COLOR("grey", "other_garment_color"),
        WEAR("a grey shirt and grey jeans", "other_garment_color"),
        DESCR("she is wearing black skinny jeans", "pronoun"),
        MATERIAL("denim"),
        DETAILS("five pockets and a zipper"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Wrangler Men Black Skinny Fit Stretchable Jeans",
    ),
    # Photo: mustard yellow solid casual shirt, long sleeves rolled to the elbow, worn open over a white crew
    # t-shirt, blue jeans. Caption: base model.
    case(
        "MN-30262",
        caption("a man wearing a yellow shirt over a white t - shirt"),
        GTYPE("tee/tank", "contradiction"),
        COLOR("white", "other_garment_color"),
        SLEEVES("long-long-long-long-long", "loop", hit_limit=True),
        WEAR("a yellow shirt, white t-shirt and jeans"),
        DESCR("a mustard yellow button up shirt"),
        DETAILS("the shirt has buttons down the front and the sleeves are rolled up"),
        gender="Men",
        category="Shirts",
        color="Mustard",
        title="HIGHLANDER Men Mustard Yellow Slim Fit Solid Casual Shirt",
    ),
    # Photo: black hooded rain jacket, full zip, long sleeves, small reflective grey logo on the chest, lining not
    # visible; grey track pants. Caption: caption adapter.
    case(
        "MN-30275",
        caption(
            "The guy wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with other "
            "fabric. The guy wears a long pants. The pants are with cotton fabric and pure color patterns. The guy "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        GTYPE("jacket/coat Question: What is the color of", "leak", hit_limit=True),
        WEAR("a black jacket and grey pants"),
        DESCR("it is a garment that is worn on the upper body", "restated"),
        DETAILS("the jacket has a hood, a zipper and a fleece lining", "unsupported"),
        MATERIAL("nylon"),
        gender="Men",
    ),
    # Photo: navy blue cotton straight kurta with small white block-printed floral motifs, long sleeves, mandarin
    # collar, self buttons, no embroidery; white pyjama. Caption: base model.
    case(
        "MN-30288",
        caption("a man in a blue kurta and white pants"),
        GTYPE("blouse/shirt"),
        COLOR("blue"),
        PATTERN("floral"),
        WEAR("a blue dress", "contradiction"),
        DETAILS("the kurta has gold embroidery on the collar and the cuffs", "unsupported"),
        gender="Men",
        category="Kurtas",
        color="Navy Blue",
        title="Fabindia Men Navy Blue Printed Straight Kurta",
    ),
    # Photo: white ribbed sleeveless round-neck innerwear vest; the model wears grey knit lounge shorts.
    # Caption: caption adapter.
    case(
        "MN-30293",
        caption(
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. "
            "This gentleman wears a three-point shorts, with cotton fabric and pure color patterns. This gentleman "
            "wears a three-point shorts, with cotton",
            "loop",
            hit_limit=True,
        ),
        GTYPE("shorts", "contradiction"),
        SLEEVES("sleeveless"),
        WEAR("a white tank top and grey shorts"),
        DETAILS(
            "a white tank top with a white tank top with a white tank top with a white tank top with a white tank "
            "top with a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Innerwear Vests",
        color="White",
        title="Jockey Men White Solid Innerwear Vest 8820",
    ),
    # Photo: olive green knee-length cargo shorts, flap cargo pockets on the sides; the model wears a white crew
    # t-shirt. Caption: caption adapter.
    case(
        "MN-30307",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        GTYPE("shorts"),
        COLOR("white", "other_garment_color"),
        WEAR("a white shirt and green shorts"),
        DESCR("the shorts are green with pockets on the sides"),
        DETAILS("they are shorts", "non_answer"),
        MATERIAL("the shorts are made of the material of the shorts", "restated"),
        gender="Men",
    ),
    # Photo: light blue formal shirt with thin white vertical stripes, long sleeves, one pocket on the left chest,
    # plain buttoned cuffs; navy trousers. Caption: base model.
    case(
        "MN-30312",
        caption("a man in a blue striped shirt and navy pants"),
        GTYPE("blouse/shirt"),
        COLOR("blue"),
        PATTERN("solid", "contradiction"),
        WEAR("a blue and white striped shirt and blue pants"),
        DETAILS("the shirt has a pocket on the left side of the chest and french cuffs with cufflinks", "unsupported"),
        MATERIAL(
            "cotton Question: What is the color of the shirt? Answer: light blue Question: What is the color of "
            "the pants",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Allen Solly Men Blue Slim Fit Striped Formal Shirt",
    ),
    # Photo: teal crew-neck sweatshirt, long sleeves, ribbed cuffs and hem, no print; black jeans; a watch on his
    # left wrist. Caption: caption adapter.
    case(
        "MN-30326",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. There is an accessory on her wrist. The lady wears a long pants.",
            "pronoun",
        ),
        COLOR("teal"),
        WEAR("a green sweatshirt and black jeans"),
        DESCR(
            "the sweatshirt is a green crew neck sweatshirt with long sleeves, ribbed cuffs and a ribbed hem, and "
            "it is worn with black jeans and a",
            "cut",
            hit_limit=True,
        ),
        DETAILS("she is wearing a green sweatshirt with a round neck", "pronoun"),
        SLEEVES("long"),
        gender="Men",
        category="Sweatshirts",
        color="Teal",
        title="Campus Sutra Men Teal Solid Sweatshirt",
    ),
    # Photo: flat-lay, no person: grey melange crew-neck t-shirt, short sleeves, red-and-white Levi's batwing logo
    # printed on the chest. Caption: base model.
    case(
        "MN-30331",
        caption("a grey t - shirt with a red logo on it"),
        GTYPE("tee/tank"),
        COLOR("grey-grey-grey-grey-grey", "loop", hit_limit=True),
        PATTERN("graphic"),
        WEAR(
            "a grey t-shirt Question: What is the person wearing? Answer: a grey t-shirt Question: What is the",
            "leak",
            hit_limit=True,
        ),
        DESCR("a grey t-shirt with the levi's logo on the front"),
        MATERIAL("100% organic cotton", "unsupported"),
        gender="Men",
    ),
    # Photo: charcoal grey flat-front formal trousers, belt loops, side pockets, pressed crease; the model wears a
    # light pink formal shirt tucked in and a black leather belt. Caption: caption adapter.
    case(
        "MN-30345",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        GTYPE("pants"),
        COLOR("pink", "other_garment_color"),
        WEAR("a pink shirt and grey pants"),
        DESCR("a pair of pink pants", "other_garment_color"),
        DETAILS(
            "the trousers have a flat front, belt loops, side pockets and a crease down the front of each leg and "
            "a hook and bar closure and",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("not sure", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
    ),
    # Photo: a boy on a white background in navy track pants with two white side stripes on each leg, elastic
    # waist with drawstring, side pockets; plain white crew t-shirt. No ball, no sport. Caption: base model.
    case(
        "MN-30350",
        caption("a little boy in a white shirt and blue pants playing soccer", "unsupported"),
        GTYPE("leggings", "contradiction"),
        PATTERN("stripes stripes stripes stripes stripes", "loop", hit_limit=True),
        WEAR("a white t-shirt and blue track pants"),
        DESCR("the pants are blue with white stripes on the side"),
        DETAILS(
            "the pants have white stripes on the sides, an elastic waistband with a drawstring, two pockets on the "
            "sides and a",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Track Pants",
        color="Navy Blue",
        title="Gini and Jony Boys Navy Blue Track Pants with Side Stripes",
    ),
    # Photo: mid-blue denim shirt, long sleeves, two flap chest pockets, metal snap buttons, worn open over a white
    # crew t-shirt, black jeans. Caption: caption adapter.
    case(
        "MN-30368",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric. The man wears a",
            "cut",
            hit_limit=True,
        ),
        GTYPE("denim", "contradiction"),
        COLOR("blue"),
        WEAR("a denim shirt, white t-shirt and black jeans"),
        DESCR("a white t-shirt", "contradiction"),
        DETAILS("the shirt has two pockets on the chest with flaps and snap buttons"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue Regular Fit Denim Casual Shirt",
    ),
    # Photo: light blue jeans with rips at both knees and whiskering; the model wears a black crew t-shirt.
    # Caption: base model.
    case(
        "MN-30373",
        caption("a man in a black t - shirt and ripped jeans"),
        GTYPE("denim"),
        COLOR("black-black-black-black-black", "loop", hit_limit=True),
        PATTERN("black", "non_answer"),
        WEAR("a black t - shirt and blue jeans"),
        DESCR("the jeans are black with rips on the knees", "other_garment_color"),
        MATERIAL("denim"),
        DETAILS("the jeans have holes in the knees"),
        gender="Men",
    ),
    # Photo: beige woven-design (jacquard) sleeveless nehru jacket, mandarin collar, button front; worn over a white
    # long-sleeve kurta and white churidar. Caption: caption adapter.
    case(
        "MN-30389",
        caption(
            "This woman wears a sleeveless outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a stand neckline. This woman wears a long-sleeve shirt with pure color patterns.",
            "pronoun",
        ),
        GTYPE("jacket/coat"),
        COLOR("white", "other_garment_color"),
        SLEEVES("long", "contradiction"),
        WEAR("a white kurta and a beige vest"),
        DESCR("a beige vest with buttons"),
        gender="Men",
        category="Nehru Jackets",
        color="Beige",
        title="Vastramay Men Beige Woven Design Nehru Jacket",
    ),
    # Photo: black full-zip track jacket, stand collar, no hood, three white stripes down each sleeve, small white
    # logo on the chest; black track pants. Caption: base model.
    case(
        "MN-30394",
        caption("a man wearing a black adidas jacket with white stripes"),
        GTYPE("jacket/coat"),
        PATTERN("striped"),
        WEAR("the person is wearing a jacket", "restated"),
        DESCR("a black track jacket with three white stripes on the sleeves"),
        DETAILS("the jacket has a zipper, a hood and three stripes", "unsupported"),
        gender="Men",
    ),
    # Photo: red and black buffalo-check flannel shirt, long sleeves, worn open over a black crew t-shirt, grey
    # jeans. Caption: caption adapter.
    case(
        "MN-30402",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        GTYPE("blouse/shirt"),
        COLOR("red Question: What is the color of the", "leak", hit_limit=True),
        PATTERN("checked"),
        WEAR("a woman in a red and black plaid shirt", "pronoun"),
        DESCR("a red and black plaid shirt"),
        DETAILS(
            "a red and black plaid shirt with a red and black plaid shirt with a red and black plaid shirt with a",
            "loop",
            hit_limit=True,
        ),
        SLEEVES("long"),
        gender="Men",
    ),
    # Photo: beige linen shirt, short sleeves, camp (cuban) collar, plain weave with no stripes, worn buttoned with
    # white shorts; no hat. Caption: caption adapter.
    case(
        "MN-30415",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a three-point shorts. This man wears a hat.",
            "unsupported",
        ),
        COLOR("beige"),
        PATTERN("striped", "contradiction"),
        WEAR("a tan shirt and white shorts"),
        DESCR("a white shirt", "other_garment_color"),
        DETAILS("the details of the shirt are in the details", "restated"),
        MATERIAL("linen"),
        gender="Men",
        category="Shirts",
        color="Beige",
        title="Powerlook Men Beige Relaxed Fit Linen Casual Shirt",
    ),
    # Photo: black running shorts, small white Puma logo on the left leg, elastic waist with white drawstring, two
    # side pockets; the model wears a grey crew t-shirt. Caption: base model.
    case(
        "MN-30427",
        caption("a man in a grey shirt and black shorts"),
        GTYPE("shorts"),
        COLOR("grey", "other_garment_color"),
        SLEEVES("short", "contradiction"),
        WEAR("a grey t - shirt and black shorts"),
        DETAILS(
            "the shorts have a white puma logo on the left leg, an elastic waistband with a white drawstring and "
            "two side pockets and they are made of a light",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("polyester"),
        gender="Men",
    ),
    # Photo: navy t-shirt with white horizontal stripes, short sleeves, crew neck, no pocket, small flag logo on
    # the chest; beige chinos. Caption: caption adapter.
    case(
        "MN-30436",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The trousers are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        COLOR("navy"),
        SLEEVES("long", "contradiction"),
        WEAR("a blue and white striped shirt and khaki pants"),
        DESCR("it is a navy and white striped t-shirt with a pocket on the chest", "unsupported"),
        MATERIAL("cotton Question: Is the shirt striped? Answer: yes Question: Is the shirt", "leak", hit_limit=True),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Tommy Hilfiger Men Navy Blue Striped Round Neck T-shirt",
    ),
    # Photo: maroon silk-blend straight kurta, long sleeves, mandarin collar, concealed placket; white pyjama; a
    # watch on his wrist. Caption: caption adapter.
    case(
        "MN-30441",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        GTYPE("blouse/shirt"),
        COLOR("red"),
        WEAR("she is wearing a red kurta and white pants", "pronoun"),
        DESCR("the garment is a red dress", "contradiction"),
        DETAILS("the details are the details of the garment", "restated"),
        MATERIAL("silk"),
        gender="Men",
        category="Kurtas",
        color="Maroon",
        title="Anouk Men Maroon Solid Straight Kurta",
    ),
    # Photo: light blue denim trucker jacket, long sleeves, button front, two flap chest pockets, no hood of its
    # own; worn over a grey hoodie (hood out) with black jeans. Caption: base model.
    case(
        "MN-30456",
        caption("a man wearing a denim jacket over a grey hoodie"),
        GTYPE("sweatshirt/hoodie", "contradiction"),
        COLOR("blue"),
        WEAR("a denim jacket, a grey hoodie and black jeans"),
        DESCR("a grey jacket with a hood", "other_garment_color"),
        DETAILS("the jacket has two pockets on the chest and buttons on the front"),
        gender="Men",
    ),
    # Photo: navy pullover hoodie, white "ROADSTER" lettering printed across the chest, kangaroo pocket,
    # drawstrings; light blue jeans; a watch on his wrist. Caption: caption adapter.
    case(
        "MN-30463",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        GTYPE("sweatshirt/hoodie"),
        COLOR("navy-navy-navy-navy-navy", "loop", hit_limit=True),
        PATTERN("graphic"),
        WEAR("a black hoodie and jeans", "contradiction"),
        DESCR("a navy blue hoodie with white writing on it"),
        DETAILS('it says "supreme" on the front', "unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Printed Hooded Sweatshirt",
    ),
    # Photo: flat-lay on white, no person: navy solid chinos. Caption: caption adapter.
    case(
        "MN-30477",
        caption(
            "The person wears a long pants. The pants are with cotton fabric and pure color patterns. The person "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. The person wears a long "
            "pants. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        GTYPE("pants"),
        COLOR("navy"),
        PATTERN("solid"),
        SLEEVES("long", "contradiction"),
        WEAR("a pair of blue pants"),
        DESCR("a pair of navy blue chinos"),
        gender="Men",
    ),
    # Photo: green pique polo, short sleeves, crocodile logo on the left chest, two-button placket, ribbed collar;
    # white trousers. Caption: base model.
    case(
        "MN-30482",
        caption("a man in a green polo shirt and white pants"),
        GTYPE("polo shirt"),
        COLOR("white", "other_garment_color"),
        WEAR("he is wearing a green polo shirt and white pants"),
        DESCR("a green polo shirt with a crocodile logo"),
        DETAILS("the polo has a crocodile logo on the chest, two buttons and a ribbed collar"),
        MATERIAL("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Men",
        category="Tshirts",
        color="Green",
        title="Lacoste Men Green Solid Polo T-shirt",
    ),
    # Photo: grey Prince-of-Wales check blazer, two buttons, notch lapels, flap pockets; over a black turtleneck,
    # black trousers, black shoes, no belt visible. Caption: caption adapter.
    case(
        "MN-30496",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        GTYPE("jacket/coat"),
        COLOR("black", "other_garment_color"),
        PATTERN("checked"),
        WEAR("a grey plaid suit jacket and black pants"),
        DESCR("the blazer is a blazer", "restated"),
        DETAILS(
            "the blazer is a grey plaid blazer with a black turtleneck sweater and black pants and black shoes and "
            "a black belt and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Photo: a boy in a red crew-neck sweatshirt, long sleeves, small white logo on the chest; blue jeans.
    # Caption: base model.
    case(
        "MN-30503",
        caption("a young boy wearing a red sweater and jeans"),
        GTYPE("yes", "non_answer"),
        SLEEVES("long"),
        WEAR(
            "a red sweater and blue jeans and a red sweater and blue jeans and a red sweater and blue jeans and a "
            "red sweater and blue",
            "loop",
            hit_limit=True,
        ),
        DESCR("she is wearing a red sweater", "pronoun"),
        DETAILS("the sweatshirt is red with a round neck and long sleeves and a small logo on the chest"),
        gender="Boys",
        category="Sweatshirts",
        color="Red",
        title="United Colors of Benetton Boys Red Solid Sweatshirt",
    ),
    # Photo: black sleeveless gym tank with deep armholes, white "TRAIN" lettering printed on the chest; black
    # shorts. Caption: base model.
    case(
        "MN-30517",
        caption("a man in a black tank top and black shorts"),
        GTYPE("tee/tank"),
        SLEEVES("yes", "non_answer"),
        WEAR("a black tank top"),
        DESCR("the tank top is black with white letters"),
        DETAILS(
            "the tank top has white letters on the chest Answer: the tank top has white letters on the chest "
            "Answer: the tank",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Photo: brown faux-leather biker jacket, asymmetric zip, zip pockets, zipped cuffs, long sleeves; over a white
    # short-sleeve crew t-shirt, blue jeans. Caption: caption adapter.
    case(
        "MN-30529",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "leather fabric. It has a lapel neckline. The man wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric. The man wears a",
            "cut",
            hit_limit=True,
        ),
        SLEEVES("short", "contradiction"),
        WEAR("a woman wearing a brown leather jacket and jeans", "pronoun"),
        DESCR("a brown leather jacket with a zipper"),
        DETAILS("the jacket has zippers on the pockets and on the sleeves"),
        MATERIAL("leather"),
        gender="Men",
        category="Jackets",
        color="Brown",
        title="Roadster Men Brown Solid Biker Jacket",
    ),
    # Photo: mid-blue washed denim shorts with turned-up (not frayed) hems; the model wears a white t-shirt with a
    # black graphic print. Caption: caption adapter.
    case(
        "MN-30534",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns."
        ),
        GTYPE("shorts"),
        COLOR("white", "other_garment_color"),
        PATTERN("graphic", "contradiction"),
        WEAR("a white t - shirt and denim shorts"),
        DESCR("the shorts are blue denim with a frayed hem", "unsupported"),
        gender="Men",
        category="Shorts",
        color="Blue",
        title="Flying Machine Men Blue Washed Denim Shorts",
    ),
    # Photo: black track pants, white Puma logo on the left thigh, elastic cuffs, drawstring waist; the model wears
    # a white crew t-shirt. Caption: base model.
    case(
        "MN-30548",
        caption("the man is wearing a white shirt and black pants"),
        GTYPE("pants"),
        COLOR("black"),
        WEAR("black pants"),
        DESCR("the garment is a garment that is worn by a person", "restated"),
        DETAILS(
            "black Question: What are the details of the garment? Answer: black Question: What are the",
            "leak",
            hit_limit=True,
        ),
        MATERIAL("", "non_answer"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Track Pants",
    ),
    # Photo: navy sleeveless nehru jacket, mandarin collar, five buttons, a welt chest pocket; over a cream kurta
    # and cream churidar; a watch on his wrist. Caption: caption adapter.
    case(
        "MN-30551",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        COLOR("navy"),
        WEAR("a navy vest and a white kurta"),
        DESCR(
            "a blue vest with a white kurta with a white kurta with a white kurta with a white kurta with a white "
            "kurta with a",
            "loop",
            hit_limit=True,
        ),
        DETAILS("the vest has five buttons and a pocket on the chest"),
        MATERIAL("the garment is made of the material", "restated"),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Solid Nehru Jacket",
    ),
]
