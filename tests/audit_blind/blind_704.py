"""BLIND_704 (46 products; Myntra kids' rompers, bodysuits, sets and frocks, caption adapter at epoch 2): written blind
in the fifty-fourth session. Measured blind at 240db6d (the session's eighth rules): 111/130 failures found (85.4%) and
13/180 correct texts flagged (7.2%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' feed (infants' and toddlers' rompers, bodysuits, sleepsuits, dungarees, clothing sets
and frocks). Photos are studio shots on white, light grey or beige backdrops: most on a baby or toddler model who
often wears other things (leggings, tights, a cardigan, a headband, sandals), a few flat-lays of multi-packs with no
person. Props appear (a teddy bear, a plush rabbit, a blanket). Feed columns: title, category (the seller's
article_type), color (the seller's base_colour), gender (Boys, Girls, Unisex); a few rows lack one of them.

Who wrote what: the caption, "Describe ..." and "... details" texts come from the caption adapter at epoch 2 (an
intermediate checkpoint between the published epoch 1 and epoch 3 adapters, trained without an end token). It writes
the DeepFashion template ("The baby is wearing a short-sleeve romper with floral patterns. The romper is with cotton
fabric ..."), names the nearest adult class (T-shirt, tank top, overall, shirt, sweater) for kids' garments, rarely
names hues in captions, and when it does not emit the base model's newline it runs on to the token limit (50 for
captions, 30 for answers): loops, cuts mid-phrase, or the "Question: ... Answer:" format echoed back. The "What is
... wearing?" and material answers come from the untuned base blip2-opt-2.7b: short, usually stopped, but with the
base model's habits (one color for every garment, he/she swapped, a prop's color or a guessed fabric). Closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?", and some "color of the ..." questions) come
from enrich's --engine reference picking one candidate, so they never loop or stop short; their failures are wrong
picks. A few "color of the ..." questions are marked open (free generation by the base model).

Labeling conventions and judgement calls:
- The template's nearest adult class for a kids' garment (T-shirt or tank top for a bodysuit seen from the front,
  overall for dungarees, shirt for a kurta, jumpsuit for a sleepsuit, sweater for a sweater dress in a caption) is
  not a failure in a caption or free answer; a closed garment_type pick that names another category than the
  seller's (t-shirt for a bodysuit, sweater for a sweater dress, dress for a romper) is a contradiction.
- "woman", "girl", "baby" for a baby are not pronoun failures; only he/she/his/her against the row's gender is. For
  Unisex rows neither he nor she is labeled.
- other_garment_color: the wrong color is visibly that of another worn item (leggings, tights, cardigan, t-shirt
  under dungarees, the set's other piece, sandals, headband, clip-on bow tie), in open or closed answers. A wrong
  color taken from a prop or backdrop (teddy bear, blanket) or from a trim that is part of the garment itself (a
  sailor collar) is labeled contradiction instead.
- A garment's other fabric given as the product's (denim for a bodysuit worn with a denim skirt) or a material the
  title contradicts (silk for a velvet dress) is contradiction; a fiber or feature nobody can see or that is absent
  (bamboo, satin, leather-look, a zip at the back, a matching hat that is not in the photo, pockets not shown) is
  unsupported. Cotton, knit or wool for a visibly knitted or jersey item is accepted as correct.
- A one-word or yes/no reply to an open question, an empty reply, or the question's own words with nothing added is
  non_answer; a full sentence that only restates the question ("the shorts are shorts", "Describe the frock. The
  frock is green." with the prompt echoed without the Question/Answer markers) is restated.
- A text that repeats the Question/Answer format is labeled leak even when it also repeats itself or is cut at the
  limit; a text that repeats a phrase to the limit is loop; a text that stops mid-phrase at the limit is cut. Every
  text that ran to its limit has hit_limit=True; no correct text ran to its limit.
- For a multi-pack, "multi" or a description of both pieces is correct; a wrong count is a contradiction.
- One label per text: the failure a reader would notice first.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

gtype = BLIND_QUESTIONS.garment_type
colour = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
fabric = BLIND_QUESTIONS.material

BLIND_704 = [
    # photo: infant girl sitting on a white backdrop in a peach short-sleeve romper with small white daisies, frilled
    # cap sleeves, snap crotch; white headband with a bow. Caption/details/describe: caption adapter ep2; wearing,
    # material: base; closed: reference engine.
    case(
        "X704-001",
        caption(
            "The baby girl is wearing a short-sleeve romper with floral patterns. The romper is with cotton fabric and"
            " it has a round neckline. She wears a white headband."
        ),
        wearing("a peach romper with white flowers", who="the baby"),
        gtype("romper"),
        colour("peach"),
        pattern("floral"),
        fabric("cotton"),
        describe(
            "romper",
            "The romper has a peter pan collar, snap buttons at the crotch and a matching hat with a pom pom.",
            "unsupported",
        ),
        details(
            "romper",
            "The romper has frills on the sleeves and a bow on the headband. The romper has frills on the sleeves and"
            " a bow on the headband. The romper has frills on the",
            "loop",
            hit_limit=True,
        ),
        title="Mothercare Infant Girls Peach Printed Pure Cotton Romper",
        category="Rompers",
        color="Peach",
        gender="Girls",
    ),
    # photo: flat-lay on white, no person: pack of 3 long-sleeve bodysuits (navy with a whale print, plain white, grey
    # melange with white stripes), snap crotches visible. Caption/describe/details: adapter ep2; wearing: base.
    case(
        "X704-002",
        caption(
            "The bodysuits are long-sleeve with cotton fabric. One is with graphic patterns, one is with pure color"
            " patterns and one is with striped patterns."
        ),
        wearing("a blue shirt with a whale on it", "contradiction"),
        gtype("bodysuit"),
        colour("multi"),
        is_a("bodysuit", "yes"),
        sleeves("long sleeves"),
        describe(
            "bodysuits",
            "The bodysuits have long sleeves and snap buttons at the bottom. The navy one has a whale print on the"
            " chest.",
        ),
        details("bodysuits", "The bodysuits have a hood and a zip at the front.", "unsupported"),
        title="Babyhug Infant Boys Pack of 3 Long Sleeves Bodysuits",
        category="Bodysuit",
        color="Multi",
        gender="Boys",
    ),
    # photo: toddler girl on a light grey backdrop in a yellow sleeveless A-line frock with white polka dots and a
    # white peter pan collar, white sandals. Caption/describe/details: adapter ep2; wearing: base; closed: reference.
    case(
        "X704-003",
        caption(
            "The girl is wearing a sleeveless dress with dotted patterns. It has a peter pan collar. The dress is knee"
            " length. She wears white sandals."
        ),
        wearing("a yellow dress with white polka dots and white sandals", who="she"),
        gtype("dress"),
        colour("white", "other_garment_color"),
        pattern("polka dots"),
        sleeves("short sleeves", "contradiction"),
        describe(
            "dress",
            "The dress is a yellow a-line dress with white polka dots and a white collar, it is sleeveless and falls"
            " to the knee",
        ),
        details("dress", "The dress has a white collar, a zip at the back and two pockets at the front", "unsupported"),
        title="Hopscotch Girls Yellow Polka Dot A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: infant lying on a white blanket in a mint green long-sleeve footed sleepsuit with small grey elephants,
    # zip front. Caption/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-004",
        caption(
            "The baby is wearing a long-sleeve jumpsuit with graphic patterns. The jumpsuit is with cotton fabric. The"
            " baby is lying on a white blanket."
        ),
        wearing("a green onesie with elephants on it", who="the baby"),
        gtype("jumpsuit"),
        colour("mint green"),
        details(
            "sleepsuit",
            "The sleepsuit has a zip from the neck to the leg, covered feet and elephant prints all over, a zip from"
            " the neck to the leg, covered feet and elephant prints all over, a zip",
            "loop",
            hit_limit=True,
        ),
        fabric("fleece", "unsupported"),
        title="Mini Klub Unisex Kids Green Printed Sleepsuit",
        category="Sleepsuit",
        color="Green",
        gender="Unisex",
    ),
    # photo: toddler boy on white in a white half-sleeve t-shirt with a red car graphic and navy blue drawstring
    # shorts, white sneakers. Caption/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-005",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and shorts. The T-shirt is with cotton"
            " fabric and it has a round neckline. The T-shirt is with cotton fabric and it has a round neckline. The"
            " T-shirt is with cotton fabric and it has",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue shorts", who="he"),
        color_of("t-shirt", "white"),
        color_of("shorts", "white", "other_garment_color"),
        pattern("graphic"),
        sleeves("long sleeves", "contradiction"),
        details("t-shirt", "The t-shirt has a red car on the front and the shorts have a drawstring at the waist"),
        fabric("cotton"),
        title="U.S. Polo Assn. Kids Boys White & Navy Blue T-shirt with Shorts",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: infant girl on white in a pink short-sleeve bodysuit with "little princess" in silver glitter, worn with
    # white leggings. Caption/describe: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-006",
        caption(
            "The baby is wearing a short-sleeve T-shirt with graphic patterns and long leggings. The T-shirt is with"
            " cotton fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns."
            " The baby wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink bodysuit and white leggings", who="she"),
        gtype("t-shirt", "contradiction"),
        colour("pink"),
        describe(
            "bodysuit",
            "The bodysuit is pink with short sleeves and the words little princess written in silver glitter on the"
            " chest",
        ),
        fabric("it is made of cotton"),
        title="Babyhug Infant Girls Pink Printed Bodysuit",
        category="Bodysuit",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby boy sitting on white in light blue denim shortall dungarees with brass buttons over a white t-shirt
    # with red stripes. Caption/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-007",
        caption(
            "The baby is wearing a short-sleeve T-shirt with striped patterns and an overall. The overall is with denim"
            " fabric and pure color patterns. The T-shirt is with cotton fabric."
        ),
        wearing("a striped shirt and blue overalls", who="the baby"),
        color_of("dungarees", "red", "other_garment_color"),
        gtype("overalls"),
        fabric("denim"),
        details(
            "dungarees",
            "The dungarees have two metal buttons on the straps and a pocket on the chest. Question: What is the color"
            " of the dungarees? Answer: blue Question: What is",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Gini and Jony Infant Boys Blue Denim Dungarees with T-shirt",
        category="Dungarees",
        color="Blue",
        gender="Boys",
    ),
    # photo: toddler girl in front of a beige wall in a red velvet long-sleeve fit and flare party frock with a gold
    # sequin yoke, white tights, black shoes. Caption/details: adapter ep2; wearing, material: base; closed: reference.
    case(
        "X704-008",
        caption(
            "The girl is wearing a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It has"
            " a round neckline. The dress is of knee length. She stands in front of a beige wall."
        ),
        wearing("a white dress and white tights", "other_garment_color", who="she"),
        colour("red"),
        pattern("solid"),
        details(
            "dress",
            "The dress has a gold sequined yoke, long sleeves and a flared skirt. It is worn with white stockings and"
            " black shoes.",
        ),
        fabric("silk", "contradiction"),
        title="Peppermint Girls Red Embellished Velvet Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: baby sitting on a white floor in a grey melange short-sleeve romper with a raccoon face applique.
    # Caption/describe/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-009",
        caption(
            "The baby is wearing a short-sleeve romper with graphic patterns. The romper is with cotton fabric. The"
            " romper is with cotton fabric. The romper is with cotton fabric. The romper is with cotton fabric. The"
            " romper is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey romper with a raccoon face", who="the baby"),
        colour("grey"),
        describe(
            "romper",
            "The romper is grey with short sleeves and a raccoon on the front. He is sitting on a white floor.",
        ),
        details("romper", "the details of the romper are on the romper", "restated"),
        fabric("cotton"),
        is_a("romper", "no", "contradiction"),
        title="Mothercare Unisex Infant Grey Melange Romper",
        category="Rompers",
        color="Grey Melange",
        gender="Unisex",
    ),
    # photo: toddler girl on white in a lavender top with short flutter (ruffle) sleeves and a butterfly print, with
    # white leggings. Caption/details: adapter ep2; wearing: base; closed: reference engine.
    case(
        "X704-010",
        caption(
            "The girl is wearing a sleeveless top with graphic patterns and long leggings. The top is with cotton"
            " fabric. The leggings are with pure color patterns.",
            "contradiction",
        ),
        wearing("a purple top and white leggings", who="she"),
        color_of("top", "lavender"),
        color_of("leggings", "lavender", "other_garment_color"),
        sleeves("short sleeves"),
        pattern("printed"),
        details(
            "top",
            "The top has ruffles on the sleeves, butterflies on the front and sequins on the wings",
            "unsupported",
        ),
        title="Babyoye Girls Lavender & White Printed Top with Leggings",
        category="Clothing Set",
        color="Lavender",
        gender="Girls",
    ),
    # photo: infant boy on a cream rug in an olive green long-sleeve henley romper with three buttons and ribbed
    # cuffs; a brown teddy bear sits beside him. Caption/describe/details: adapter ep2; wearing, material: base.
    case(
        "X704-011",
        caption(
            "The baby is wearing a long-sleeve romper with pure color patterns. The romper is with cotton fabric and it"
            " has a round neckline with buttons. There is a brown teddy bear next to him."
        ),
        wearing("she is wearing a green onesie", "pronoun", who="the baby"),
        colour("brown", "contradiction"),
        gtype("romper"),
        describe("romper", "the romper is olive green with a teddy bear print on the front", "unsupported"),
        details(
            "romper",
            "The romper has three buttons at the neck, long sleeves and ribbed cuffs Question: What is the color of the"
            " romper? Answer: green",
            "leak",
        ),
        fabric("cotton"),
        title="Hopscotch Infant Boys Olive Solid Cotton Romper",
        category="Rompers",
        color="Olive",
        gender="Boys",
    ),
    # photo: toddler girl on white in a white cotton frock with multicolor floral embroidery on the yoke, puff
    # sleeves, a pink ribbon sash; white shoes. Caption/describe/details: adapter ep2; wearing, material: base.
    case(
        "X704-012",
        caption(
            "The girl is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric and it has"
            " a round neckline. The dress is of knee length. There is a belt at her waist. The girl wears white shoes"
            " and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white dress with a pink bow", who="the girl"),
        colour("white"),
        describe(
            "dress",
            "The dress is white with flowers embroidered on the top, puffed sleeves and a pink ribbon tied at the"
            " waist",
        ),
        details("dress", "The dress has a zipper at the back and two side pockets.", "unsupported"),
        fabric("cotton"),
        title="Cherry Crumble Girls White Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: toddler boy on white in a mustard yellow long-sleeve kurta with a self-woven pattern and mandarin
    # collar, white pyjamas, brown sandals. Caption/describe/details: adapter ep2; wearing: base; closed: reference.
    case(
        "X704-013",
        caption(
            "The boy is wearing a long-sleeve shirt with pure color patterns and long trousers. The shirt is with"
            " cotton fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a yellow kurta and white pants", who="he"),
        color_of("kurta", "mustard"),
        color_of("pyjamas", "mustard", "other_garment_color"),
        gtype("shirt", "contradiction"),
        describe("pyjamas", "the pyjamas are the pyjamas that go with the kurta", "restated"),
        details(
            "kurta",
            "The kurta has a mandarin collar, buttons down the front and a self design, the pyjamas are white with a"
            " drawstring, the kurta has a mandarin collar, buttons",
            "loop",
            hit_limit=True,
        ),
        title="Little Bansi Boys Mustard Kurta with Pyjamas",
        category="Clothing Set",
        color="Mustard",
        gender="Boys",
    ),
    # photo: toddler girl on white in a navy blue sleeveless playsuit with white anchors and a red bow at the waist,
    # red sandals. Caption/describe/details: adapter ep2; wearing: base; closed: reference engine.
    case(
        "X704-014",
        caption(
            "The girl is wearing a sleeveless romper with graphic patterns. The romper is with cotton fabric and its"
            " neckline is round. The romper is of short length. She wears red sandals."
        ),
        wearing("he is wearing a blue romper", "pronoun", who="she"),
        colour("navy blue"),
        pattern("solid", "contradiction"),
        is_a("jumpsuit", "yes"),
        describe(
            "playsuit",
            "The playsuit is navy blue with white anchors all over, a red bow at the waist, short legs and a round"
            " neck. She is wearing red sandals with a buckle and a",
            "cut",
            hit_limit=True,
        ),
        details("playsuit", "The playsuit has a sailor collar, gold buttons and a matching hat", "unsupported"),
        sleeves("sleeveless"),
        title="Hopscotch Girls Navy Blue Printed Playsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: baby on white in a white short-sleeve envelope-neck bodysuit worn with mustard yellow knitted pants.
    # Caption/describe: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-015",
        caption(
            "The baby is wearing a short-sleeve T-shirt with pure color patterns and long pants. The T-shirt is with"
            " cotton fabric and it has a round neckline. The pants are with knitting fabric."
        ),
        wearing("a white shirt and yellow pants", who="the baby"),
        colour("yellow", "other_garment_color"),
        gtype("bodysuit"),
        describe(
            "bodysuit",
            "The bodysuit is white with short sleeves and an envelope neckline. It has snap buttons at the bottom and"
            " it is worn with yellow knitted pants and",
            "cut",
            hit_limit=True,
        ),
        fabric("yes", "non_answer"),
        title="Carter's Unisex Infant White Solid Bodysuit",
        category="Bodysuit",
        color="White",
        gender="Unisex",
    ),
    # photo: baby girl on white in a pink sleeveless party frock, sequined bodice and a puffy layered net skirt;
    # pink headband. Caption/describe/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-016",
        caption(
            "The girl is wearing a sleeveless dress with pure color patterns. The dress has a sequined top and a puffy"
            " net skirt. She wears a pink headband."
        ),
        wearing("a pink tutu dress", who="the baby"),
        colour("pink"),
        fabric("net"),
        describe(
            "dress",
            "The dress is pink with a sequin top, a layered tulle skirt and a satin bow at the back with pearls",
            "unsupported",
        ),
        details(
            "dress",
            "Question: What are the dress details? Answer: The dress has sequins on the top and a tulle skirt.",
            "leak",
        ),
        title="Toy Balloon Kids Girls Pink Embellished Net Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: infant boy lying on a light blue blanket in a white short-sleeve romper with thin navy stripes and a
    # small green dinosaur patch. Caption/describe/details: adapter ep2; wearing: base; closed: reference engine.
    case(
        "X704-017",
        caption(
            "The baby is wearing a short-sleeve romper with striped patterns. The romper is with cotton fabric. He is"
            " lying on a blue blanket."
        ),
        wearing("a blue and white striped onesie", who="he"),
        colour("white"),
        pattern("striped"),
        describe("romper", "The romper is light blue", "contradiction"),
        details(
            "romper",
            "The romper has a dinosaur on the chest and buttons on the shoulder and a dinosaur on the chest and buttons"
            " on the shoulder and a dinosaur on the chest and",
            "loop",
            hit_limit=True,
        ),
        title="Mothercare Infant Boys White Striped Romper",
        category="Rompers",
        color="White",
        gender="Boys",
    ),
    # photo: toddler girl on white in a sleeveless red-and-white gingham top and plain red shorts.
    # Caption/details: adapter ep2 (it also answered the material question); wearing: base; closed: reference engine.
    case(
        "X704-018",
        caption(
            "The girl is wearing a sleeveless top with lattice patterns and shorts. The top is with cotton fabric. The"
            " shorts are with pure color patterns."
        ),
        wearing("a red and white checkered top and red shorts", who="she"),
        pattern("checked"),
        color_of("shorts", "white", "other_garment_color"),
        sleeves("sleeveless"),
        fabric("The top is with cotton fabric."),
        details("top", "the top details are the details on the top", "restated"),
        title="Babyhug Girls Red & White Checked Top with Shorts",
        category="Clothing Set",
        color="Red",
        gender="Girls",
    ),
    # photo: baby on white in a yellow long-sleeve chunky-knit romper with a hood with bear ears and wooden buttons.
    # Caption/describe/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-019",
        caption(
            "The baby is wearing a long-sleeve romper with pure color patterns. The romper is with knitting fabric and"
            " it has a hood. The romper is long length."
        ),
        wearing("a yellow hoodie", "contradiction", who="the baby"),
        colour("yellow"),
        describe(
            "romper",
            "The romper is yellow with a hood. Question: Describe the romper. Answer: The romper is yellow with a hood."
            " Question: Describe the romper. Answer:",
            "leak",
            hit_limit=True,
        ),
        details("romper", "The romper has a hood with bear ears and buttons down the front"),
        fabric("knitted wool"),
        title="Mini Klub Unisex Infant Yellow Hooded Romper",
        category="Rompers",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: infant boy sitting on white, barefoot, in a navy blue sleeveless bodysuit with "DADDY'S LITTLE BUDDY" in
    # white letters. Caption/describe/details: adapter ep2; wearing: base; closed: reference engine.
    case(
        "X704-020",
        caption(
            "The baby is wearing a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and it"
            " has a round neckline. The tank top has a round neckline. The tank top has a round neckline. The tank top"
            " has a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue tank top that says daddy's little buddy", who="he"),
        colour("black", "contradiction"),
        sleeves("sleeveless"),
        describe(
            "bodysuit",
            "The bodysuit is navy blue with the words daddy's little buddy in white. It has a pocket on the chest and"
            " a zipper at the back.",
            "unsupported",
        ),
        is_a("bodysuit", "yes"),
        details("bodysuit", "the bodysuit", "non_answer"),
        title="Babyhug Infant Boys Navy Blue Printed Sleeveless Bodysuit",
        category="Bodysuit",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl (about 4) on white in an orange long-sleeve ankle-length anarkali frock with gold block print and
    # a pink dupatta with gold border over one shoulder. Caption/details: adapter ep2; wearing: base; closed: reference.
    case(
        "X704-021",
        caption(
            "The girl is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has"
            " a round neckline. The dress is of ankle length. There is a scarf on her shoulder."
        ),
        wearing("a pink dress", "other_garment_color", who="she"),
        colour("orange"),
        color_of("dupatta", "pink"),
        pattern("printed"),
        sleeves("short sleeves", "contradiction"),
        details(
            "dress",
            "The dress has gold prints all over, long sleeves and a flared skirt that reaches the ankles. The dupatta"
            " is pink with a gold border and the dress has",
            "cut",
            hit_limit=True,
        ),
        title="Biba Girls Orange Printed Anarkali Dress with Dupatta",
        category="Dresses",
        color="Orange",
        gender="Girls",
    ),
    # photo: infant boy held upright (hands out of frame) on white in a red-and-black buffalo check long-sleeve
    # flannel romper with a black collar. Caption/describe/details: adapter ep2; wearing, material: base.
    case(
        "X704-022",
        caption(
            "The baby is wearing a long-sleeve romper with lattice patterns. The romper is with cotton fabric and it"
            " has a lapel neckline."
        ),
        wearing("a red and black plaid onesie", who="the baby"),
        colour("red"),
        pattern("striped", "contradiction"),
        sleeves("long sleeves"),
        fabric("denim", "unsupported"),
        describe("romper", "A romper.", "non_answer"),
        details(
            "romper",
            "red and black red and black red and black red and black red and black red and black red and black red and"
            " black",
            "loop",
            hit_limit=True,
        ),
        title="Hopscotch Infant Boys Red & Black Checked Romper",
        category="Rompers",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay on white, no person: pack of 2 short-sleeve bodysuits, one pink with a red strawberry print,
    # one plain white. Caption/describe/details: adapter ep2; wearing: base; closed: reference engine.
    case(
        "X704-023",
        caption(
            "Two short-sleeve bodysuits are laid flat, one with graphic patterns and one with pure color patterns."
        ),
        wearing("three baby onesies", "contradiction"),
        colour("pink"),
        is_a("bodysuit", "yes"),
        pattern("printed"),
        describe(
            "bodysuits",
            "The bodysuits are pink and white with short sleeves and snap buttons at the bottom. The pink one has"
            " strawberries printed on it.",
        ),
        details(
            "bodysuits",
            "The bodysuits are made of organic cotton and have lap shoulders and mittens on the sleeves",
            "unsupported",
        ),
        title="Babyhug Infant Girls Pack of 2 Bodysuits",
        category="Bodysuit",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby on white in a 3-piece set: white short-sleeve bodysuit with a whale print, teal-and-white striped
    # leggings, teal cap. The feed row has no color. Caption/details: adapter ep2; wearing: base; closed: reference.
    case(
        "X704-024",
        caption(
            "The baby is wearing a short-sleeve T-shirt with graphic patterns and long pants with striped patterns. The"
            " T-shirt is with cotton fabric and it has a round neckline. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt, striped pants and a hat", who="the baby"),
        color_of("pants", "white", "other_garment_color"),
        color_of("cap", "teal"),
        gtype("clothing set"),
        details(
            "set",
            "The set has a bodysuit, pants and a cap. The bodysuit has a whale on it. The set has a bodysuit, pants and"
            " a cap. The bodysuit has a whale on",
            "loop",
            hit_limit=True,
        ),
        title="Mothercare Unisex Infant 3-Piece Striped Set",
        category="Clothing Set",
        gender="Unisex",
    ),
    # photo: toddler girl on white in a teal sleeveless fit and flare dress under a short white long-sleeve cardigan,
    # white shoes. Caption/describe/details: adapter ep2; wearing: base; closed: reference engine.
    case(
        "X704-025",
        caption(
            "The girl is wearing a long-sleeve cardigan with pure color patterns and a dress. The dress is with cotton"
            " fabric and it is of knee length."
        ),
        wearing("a white sweater and a blue dress", who="she"),
        colour("white", "other_garment_color"),
        sleeves("long sleeves", "contradiction"),
        describe("dress", "The dress is teal with a fitted top and a flared skirt, worn under a white cardigan"),
        details("dress", "The dress has a lace trim at the hem and a bow at the back.", "unsupported"),
        is_a("cardigan", "no"),
        title="Gini and Jony Girls Teal Solid Fit and Flare Dress",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: toddler boy on white in a grey melange hooded sweatshirt (hood down) with a kangaroo pocket and black
    # joggers, no hat. Caption/details: adapter ep2 (it also answered material); wearing: base; closed: reference.
    case(
        "X704-026",
        caption(
            "The boy is wearing a long-sleeve sweater with pure color patterns and long pants. The sweater is with"
            " cotton fabric. The pants are with cotton fabric and pure color patterns. There is a hat.",
            "unsupported",
        ),
        wearing("a grey hoodie and black pants", who="he"),
        color_of("joggers", "grey", "other_garment_color"),
        color_of("sweatshirt", "grey"),
        fabric("Answer: cotton Question: What is the color of the garment? Answer: grey", "leak"),
        details(
            "sweatshirt",
            "The sweatshirt has a hood with a drawstring, a kangaroo pocket at the front and ribbed cuffs. The joggers"
            " are black with an elastic waist and ribbed",
            "cut",
            hit_limit=True,
        ),
        title="Mothercare Boys Grey Melange & Black Sweatshirt with Joggers",
        category="Clothing Set",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: baby girl on white in a white short-sleeve romper with a red cherry print and a ruffled hem, red
    # hairband. Caption/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-027",
        caption(
            "The baby is wearing a short-sleeve romper with graphic patterns. The romper is with cotton fabric and it"
            " has a round neckline. The romper has ruffles. She wears a red headband."
        ),
        wearing("clothes", "non_answer", who="the baby"),
        colour("red", "other_garment_color"),
        gtype("dress", "contradiction"),
        pattern("printed"),
        details(
            "romper",
            "The romper has cherries on it. Question: What is the color of the romper? Answer: The romper is white."
            " Question: What is the pattern of the romper? Answer:",
            "leak",
            hit_limit=True,
        ),
        fabric("cotton"),
        title="Cherry Crumble Infant Girls White Printed Romper",
        category="Rompers",
        color="White",
        gender="Girls",
    ),
    # photo: toddler boy on white in brown corduroy dungarees over a cream long-sleeve knit sweater, brown boots.
    # Caption/describe/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-028",
        caption(
            "The boy is wearing a long-sleeve sweater with pure color patterns and an overall. The overall is with"
            " cotton fabric and pure color patterns. The sweater is with knitting fabric."
        ),
        wearing("a brown overall and a white sweater", who="he"),
        color_of("dungarees", "cream", "other_garment_color"),
        fabric("corduroy"),
        describe(
            "sweater",
            "The sweater is cream with a round neck and long sleeves, she is wearing it under the dungarees",
            "pronoun",
        ),
        details(
            "dungarees",
            "The dungarees have a bib pocket, adjustable straps with buttons and the dungarees have a bib pocket,"
            " adjustable straps with buttons and the dungarees have",
            "loop",
            hit_limit=True,
        ),
        title="Hopscotch Boys Brown Corduroy Dungarees with Sweater",
        category="Dungarees",
        color="Brown",
        gender="Boys",
    ),
    # photo: toddler girl on white in a pink short-sleeve t-shirt with a unicorn graphic (glitter horn) and a grey
    # tiered skirt, pink shoes. Caption/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-029",
        caption(
            "The girl is wearing a short-sleeve T-shirt with graphic patterns and a skirt. The T-shirt is with cotton"
            " fabric and it has a round neckline. The skirt is of short length and its fabric is cotton."
        ),
        wearing("a pink shirt with a unicorn and a grey skirt", who="she"),
        color_of("skirt", "pink", "other_garment_color"),
        color_of("t-shirt", "pink"),
        gtype("dress", "contradiction"),
        details(
            "skirt",
            "The skirt is grey with a tiered ruffled hem and an elastic waistband. She is also wearing a pink t-shirt"
            " with a unicorn and glitter on the horn and pink shoes with",
            "cut",
            hit_limit=True,
        ),
        fabric("it is made of silk and tulle", "unsupported"),
        title="Toy Balloon Girls Pink & Grey Printed T-shirt with Skirt",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay on white, no person: pack of 2 long-sleeve footed sleepsuits, one sky blue with white stars, one
    # white with blue stars. The feed row has no gender. Caption/details: adapter ep2; wearing: base.
    case(
        "X704-030",
        caption(
            "Two long-sleeve jumpsuits with graphic patterns are laid on a white surface. The jumpsuits are with cotton"
            " fabric."
        ),
        wearing("two onesies with stars"),
        gtype("jumpsuit"),
        colour("blue"),
        sleeves("long sleeves"),
        details(
            "sleepsuits",
            "The sleepsuits have snap buttons down the front and covered feet with anti-slip soles and a matching hat.",
            "unsupported",
        ),
        title="Babyhug Unisex Infant Pack of 2 Printed Sleepsuits",
        category="Sleepsuit",
        color="Blue",
    ),
    # photo: toddler girl on a light grey backdrop in a navy-and-white horizontally striped sleeveless A-line dress
    # with a red belt, red shoes. Caption/describe/details: adapter ep2; wearing: base; closed: reference engine.
    case(
        "X704-031",
        caption(
            "The girl is wearing a sleeveless dress with striped patterns. The dress is with cotton fabric and it has"
            " a round neckline. The dress is of knee length. There is a belt at her waist."
        ),
        wearing("the girl is wearing", "non_answer", who="the girl"),
        colour("navy blue"),
        pattern("striped"),
        describe("dress", "The dress is red", "other_garment_color"),
        sleeves("sleeveless"),
        details("dress", "yes", "non_answer"),
        title="U.S. Polo Assn. Kids Girls Navy Blue Striped A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: baby boy sitting on white in a sky blue short-sleeve shirt with a white collar and white shorts.
    # Caption/describe: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-032",
        caption(
            "The baby is wearing a short-sleeve shirt with pure color patterns and shorts. The shirt is with cotton"
            " fabric and it has a lapel neckline. The shorts are with pure color patterns. The shorts are with pure"
            " color patterns. The shorts are with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue shirt and white shorts", who="he"),
        color_of("shirt", "sky blue"),
        color_of("shorts", "white"),
        describe(
            "shirt",
            "The shirt is sky blue with a white collar, short sleeves and buttons on the front. She is sitting on a"
            " white background.",
            "pronoun",
        ),
        fabric("cotton"),
        title="Little Kangaroos Infant Boys Blue & White Shirt with Shorts",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: baby girl lying on a white sheet in a lavender velour long-sleeve footed romper with a cream lace collar.
    # Caption/describe/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-033",
        caption(
            "The baby is wearing a long-sleeve romper with pure color patterns. The romper is with velvet fabric and it"
            " has a lace collar. The baby is lying on a white sheet."
        ),
        wearing("a purple onesie", who="the baby"),
        colour("pink", "contradiction"),
        fabric("velvet"),
        describe(
            "romper",
            "The romper is lavender with long sleeves, a cream lace collar and covered feet. It is made of soft velour"
            " fabric with snap buttons running from the neck down to",
            "cut",
            hit_limit=True,
        ),
        details(
            "romper",
            "The romper has a cream lace collar, covered feet and snap buttons down the leg. It is made of soft velour"
            " and it is a romper made of soft velour and it is a romper",
            "loop",
            hit_limit=True,
        ),
        title="Mini Klub Infant Girls Lavender Velour Romper",
        category="Rompers",
        color="Lavender",
        gender="Girls",
    ),
    # photo: barefoot baby boy on white in a mustard long-sleeve bodysuit with a fox print, worn with brown corduroy
    # pants. Caption/describe/details: adapter ep2; wearing: base; closed: reference engine.
    case(
        "X704-034",
        caption(
            "The baby is wearing a long-sleeve T-shirt with graphic patterns and long pants. The T-shirt is with cotton"
            " fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a yellow shirt with a fox and brown pants", who="he"),
        colour("brown", "other_garment_color"),
        gtype("bodysuit"),
        describe(
            "bodysuit",
            "The bodysuit is mustard yellow with a fox on the chest and long sleeves. He is wearing brown pants and"
            " brown shoes.",
            "unsupported",
        ),
        details("bodysuit", "The bodysuit details are the bodysuit.", "restated"),
        is_a("bodysuit", "no", "contradiction"),
        title="Carter's Infant Boys Mustard Printed Bodysuit",
        category="Bodysuit",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl on white in a cream short-sleeve short kurta with pink thread embroidery at neck and hem, pink
    # flared sharara pants. Caption/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-035",
        caption(
            "The girl is wearing a short-sleeve shirt with floral patterns and long trousers. The shirt is with cotton"
            " fabric. The trousers are with pure color patterns."
        ),
        wearing("a white top and pink pants", who="she"),
        color_of("sharara", "pink"),
        color_of("kurta", "pink", "other_garment_color"),
        details(
            "kurta",
            "The kurta has pink embroidery around the neck and the hem, and a keyhole at the back with a tassel tie.",
            "unsupported",
        ),
        fabric("silk", "unsupported"),
        pattern("embroidered"),
        title="Biba Girls Cream & Pink Embroidered Kurta with Sharara",
        category="Clothing Set",
        color="Cream",
        gender="Girls",
    ),
    # photo: newborn on white in an oatmeal beige sleeveless muslin romper with wooden shoulder buttons and a white
    # knitted bonnet. The feed row has no color. Caption/details: adapter ep2; wearing, material: base.
    case(
        "X704-036",
        caption(
            "The baby is wearing a sleeveless romper with pure color patterns. The romper is with cotton fabric. The"
            " baby wears a hat."
        ),
        wearing("a beige romper and a white hat", who="the baby"),
        colour("white", "other_garment_color"),
        fabric("muslin"),
        sleeves("short sleeves", "contradiction"),
        details(
            "romper",
            "The romper has two wooden buttons on each shoulder, a round neck and wide leg openings with a soft trim."
            " The baby is also wearing a knitted bonnet that is tied under the",
            "cut",
            hit_limit=True,
        ),
        title="Mothercare Unisex Newborn Beige Solid Muslin Romper",
        category="Rompers",
        gender="Unisex",
    ),
    # photo: baby girl on white in a sea green short-sleeve frock with a smocked yoke and puff sleeves, matching
    # bloomers. Caption/describe/details: adapter ep2; wearing: base; closed: reference engine.
    case(
        "X704-037",
        caption(
            "The baby is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it"
            " has a round neckline. The dress is of short length."
        ),
        wearing("a green dress", who="she"),
        colour("sea green"),
        pattern("floral", "contradiction"),
        is_a("dress", "yes"),
        describe("frock", "Describe the frock. The frock is green.", "restated"),
        details(
            "frock",
            "The frock has smocking on the chest, puff sleeves, matching bloomers and a zip at the back",
            "unsupported",
        ),
        title="Babyhug Infant Girls Sea Green Smocked Frock with Bloomer",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: baby boy on white in a white short-sleeve sailor romper with a navy sailor collar (white stripes), a red
    # tie, and a white sailor cap. Caption/details: adapter ep2; wearing: base; closed: reference engine.
    case(
        "X704-038",
        caption(
            "The baby is wearing a short-sleeve romper with pure color patterns. The romper is with cotton fabric and"
            " it has a lapel neckline. She wears a hat.",
            "pronoun",
        ),
        wearing("a sailor suit and a sailor hat", who="he"),
        colour("navy blue", "contradiction"),
        gtype("romper"),
        details(
            "romper",
            "The romper has a navy blue sailor collar with white stripes, a red tie at the front and buttons at the"
            " crotch. Question: Is this a romper? Answer: yes Question",
            "leak",
            hit_limit=True,
        ),
        is_a("romper", "yes"),
        title="Hopscotch Infant Boys White Sailor Romper with Cap",
        category="Rompers",
        color="White",
        gender="Boys",
    ),
    # photo: baby girl on white in a rust ribbed long-sleeve bodysuit with ruffled shoulders, worn with a light blue
    # denim skirt. Caption/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-039",
        caption(
            "The baby is wearing a long-sleeve T-shirt with pure color patterns and a skirt. The skirt is with denim"
            " fabric. The T-shirt is with cotton fabric."
        ),
        wearing("an orange top and a denim skirt", who="she"),
        colour("blue", "other_garment_color"),
        fabric("denim", "contradiction"),
        details("bodysuit", "The bodysuit has ruffles on the shoulders and ribbed fabric"),
        pattern("solid"),
        title="Hopscotch Infant Girls Rust Ribbed Bodysuit",
        category="Bodysuit",
        color="Rust",
        gender="Girls",
    ),
    # photo: toddler standing on white in a white long-sleeve two-piece night suit printed with multicolor rainbows,
    # clouds and stars, holding a grey plush rabbit. Caption/describe/details: adapter ep2; wearing: base.
    case(
        "X704-040",
        caption(
            "The child is wearing a long-sleeve T-shirt with graphic patterns and long pants with graphic patterns. The"
            " T-shirt is with cotton fabric. There is a rabbit in her hand."
        ),
        wearing("pajamas with rainbows on them", who="the child"),
        colour("white"),
        gtype("night suit"),
        describe("night suit", "", "non_answer"),
        details(
            "night suit",
            "The night suit has a long-sleeve top and pants with rainbows, clouds and stars printed all over. The top"
            " has a round neck and the pants have an elastic waist and",
            "cut",
            hit_limit=True,
        ),
        fabric("The T-shirt is with cotton fabric."),
        title="Mini Klub Unisex Kids White Printed Night Suit",
        category="Night suits",
        color="White",
        gender="Unisex",
    ),
    # photo: toddler girl on white in a pink corduroy pinafore dress over a white long-sleeve top with a frilled
    # collar, white tights. Caption/details: adapter ep2; wearing, material: base; closed: reference engine.
    case(
        "X704-041",
        caption(
            "The girl is wearing a long-sleeve shirt with pure color patterns and a dress. The dress is with cotton"
            " fabric. The dress is of knee length. The dress is of knee length. The dress is of knee length. The dress"
            " is of knee length. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress and a white shirt", who="she"),
        colour("pink"),
        color_of("pinafore", "white", "other_garment_color"),
        details(
            "pinafore",
            "The pinafore has two buttons on the straps and a pocket on the front. The top has a frilly collar.",
        ),
        fabric("fabric", "non_answer"),
        title="Gini and Jony Girls Pink Corduroy Pinafore Dress with Top",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy on white in a white short-sleeve camp-collar shirt with a green tropical leaf print and beige
    # shorts. Caption/describe: adapter ep2; wearing and the open shirt color: base; closed: reference engine.
    case(
        "X704-042",
        caption(
            "The boy is wearing a short-sleeve shirt with floral patterns and shorts. The shirt is with cotton fabric"
            " and it has a lapel neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a shirt with leaves on it and khaki shorts", who="he"),
        color_of("shorts", "green", "other_garment_color"),
        color_of("shirt", "the shirt is white with green leaves", kind="open"),
        pattern("printed"),
        describe("shorts", "the shorts are shorts", "restated"),
        is_a("shirt", "yes"),
        title="Cherry Crumble Boys White & Green Tropical Print Shirt with Shorts",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: toddler girl on white in a maroon long-sleeve cable knit sweater dress with grey leggings and black
    # boots. Caption/details: adapter ep2; wearing, material, open leggings color: base; closed: reference engine.
    case(
        "X704-043",
        caption(
            "The girl is wearing a long-sleeve sweater with pure color patterns and long leggings. The sweater is with"
            " knitting fabric and it has a round neckline."
        ),
        wearing("a red sweater and gray tights", who="she"),
        gtype("sweater", "contradiction"),
        colour("maroon"),
        color_of("leggings", "the leggings are maroon", "other_garment_color", kind="open"),
        details(
            "dress",
            "The dress has cable knit on the front, ribbed cuffs and a ribbed hem. He is wearing grey leggings and"
            " black boots.",
            "pronoun",
        ),
        fabric("wool"),
        title="Mothercare Girls Maroon Cable Knit Sweater Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: newborn on white in an off-white long-sleeve kimono-style wrap bodysuit with side ties and white scratch
    # mittens, no hat. The feed row has no category. Caption/describe/details: adapter ep2; wearing, material: base.
    case(
        "X704-044",
        caption(
            "The baby is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a v-shape neckline."
        ),
        wearing("a white onesie and white mittens", who="the baby"),
        colour("white"),
        details(
            "bodysuit",
            "Answer: The bodysuit is a kimono style with ties on the side and a v-neck.",
            "leak",
        ),
        describe(
            "bodysuit",
            "The bodysuit is white with long sleeves and ties on the side, she is wearing white mittens and a white"
            " hat",
            "unsupported",
        ),
        fabric("cotton"),
        sleeves("long sleeves"),
        title="Babyhug Unisex Newborn White Kimono Bodysuit",
        color="Off White",
        gender="Unisex",
    ),
    # photo: toddler girl on white in a black sleeveless wide-leg jumpsuit with yellow and white flowers and a tie
    # belt, pink sandals. Caption/describe/details: adapter ep2; wearing: base; closed: reference engine.
    case(
        "X704-045",
        caption(
            "The girl is wearing a sleeveless jumpsuit with floral patterns. The jumpsuit is with chiffon fabric. The"
            " jumpsuit is of long length. She wears pink sandals."
        ),
        wearing("she is wearing a black jumpsuit with flowers", who="she"),
        colour("pink", "other_garment_color"),
        pattern("floral"),
        is_a("jumpsuit", "no", "contradiction"),
        describe(
            "jumpsuit",
            "The jumpsuit is black with yellow and white flowers, sleeveless with a square neck and wide legs. It has"
            " a fabric tie belt at the waist and she wears pink sandals with a",
            "cut",
            hit_limit=True,
        ),
        details(
            "jumpsuit",
            "The jumpsuit has wide legs, a tie belt at the waist and a button at the back of the neck",
            "unsupported",
        ),
        title="Peppermint Girls Black Floral Print Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Girls",
    ),
    # photo: baby boy sitting on white in a black short-sleeve tuxedo-look romper (white shirt front and buttons
    # printed on) with a red clip-on bow tie. Caption/describe/details: adapter ep2; wearing, material: base.
    case(
        "X704-046",
        caption(
            "The baby is wearing a short-sleeve romper with color block patterns. The romper is with cotton fabric."
            " There is a tie."
        ),
        wearing("a tuxedo and a red bow tie", who="he"),
        colour("red", "other_garment_color"),
        gtype("romper"),
        details("romper", "The romper details are on the romper.", "restated"),
        fabric("satin", "unsupported"),
        describe(
            "romper",
            "The romper is black with a white shirt and buttons printed on the front, short sleeves, snap buttons"
            " between the legs and a red bow tie clipped at the",
            "cut",
            hit_limit=True,
        ),
        title="Hopscotch Infant Boys Black & White Tuxedo Romper with Bow Tie",
        category="Rompers",
        color="Black",
        gender="Boys",
    ),
]
