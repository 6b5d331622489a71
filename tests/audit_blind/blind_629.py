"""BLIND_629 (46 products; Myntra kids' winterwear and school basics): written blind in the fifty-third session.
Measured blind at 8710343 (the session's sixth rules): 123/138 failures found (89.1%) and 21/189 correct texts flagged
(11.1%). The writer's notes, verbatim:

Scenario: a Myntra kids' catalog feed of winterwear and school basics (sweaters, cardigans, sweater vests, puffer and
fleece jackets, hoodies and sweatshirts, track pants, school polo t-shirts, shorts), each photographed on a boy or girl
model, mostly on a white or light grey studio backdrop, front view unless noted, the model wearing other clothes too
(a school shirt under a sweater, jeans or track pants under a jacket, a t-shirt over track pants). The seller columns
are title, category (Myntra article type), color (Myntra base colour) and gender (Boys/Girls); a few rows lack one.

Who wrote what: every caption is the caption adapter at epoch 3 (Data2_V2_Blip2_Finetune_Caption), which only knows
the DeepFashion-MultiModal template ("This gentleman wears a long-sleeve sweater with pure color patterns. The sweater
is with knitting fabric...", "The lady wears..."), names patterns and fabrics but never hues, invents accessories
(a ring, a hat, something on the wrist), and, trained without an end token, sometimes repeats a sentence until the
50-token limit or stops mid-sentence there. Every answer is the VQA adapter (Data3_V3_BLIP2_VQA): closed answers
(garment_type, color, pattern, sleeve_length, is_a, and color_of where marked closed) went through enrich's
--engine reference, which picks one candidate value, so they never loop or stop short but often pick the color of
the shirt, jeans or t-shirt worn with the product, or the wrong garment; open answers (wearing, describe, details,
material, color_of marked open) are free generation, short In-shop style phrases ("sweatshirt/hoodie",
"jacket/coat") that sometimes run on: repeating a word, stopping at the 30-token limit, or writing the next
"Question: ... Answer:" turn of its training format.

Labeling conventions and judgement calls:
- The product is the garment named in the seller's category/title; a color answer giving the color of another
  garment worn in the photo (shirt under a sweater, jeans, leggings, the t-shirt over track pants) is
  other_garment_color, whether the answer is open or closed. A wrong color that no garment in the photo has, or a
  wrong garment type, pattern or sleeve length, is contradiction (also when the wrong sleeve length or pattern
  belongs to the shirt underneath: those are not colors).
- Color shades within the seller's color group count as right (maroon for Burgundy, pink for Peach, green for Olive,
  white for Cream, grey for Charcoal or Grey Melange); "green" for a Teal jacket is a contradiction (Teal is in the
  Blue group and the jacket reads blue-green, closer to blue).
- A color of a print or trim on the product itself (the pink hearts on a white sweater) given as the product's
  color is a contradiction, not other_garment_color.
- "one color for every garment" in a wearing answer (navy sweater, navy shirt, navy skirt when the shirt is white)
  is other_garment_color, as is a wearing answer that gives the product the trousers' or t-shirt's color.
- DeepFashion caption fabrics are judged loosely: "knitting" for sweaters, "cotton" for sweatshirts, track pants and
  polos and for padded jackets (the template has no polyester), "furry" for fleece, "denim" for jeans, are correct;
  "leather" for a padded nylon jacket is unsupported. "lapel" neckline for a polo collar and "standing" for a
  zip-up collar are correct. "pure color" for a cable-knit or quilted solid garment is correct.
- A caption that describes only the shirt or t-shirt worn with the product, correctly, is counted correct.
- Invented details (an accessory, a tie, a hat, a ring, reflective strips, pockets that are not there, fillings,
  linings, percentages of a fiber, waterproofing, brand fabrics) are unsupported. A plain fiber plausible and
  visible for the garment (cotton, fleece, knit, denim, nylon for a puffer) is a correct material answer.
- A text that stops mid-phrase at the token limit is cut (hit_limit=True), even when it also invents something; a
  text that repeats a phrase until the limit is loop (hit_limit=True); a text that writes "Question:" or "Answer:" is
  leak, whatever else it has (hit_limit set only where it ran to the limit).
- non_answer: empty output, "yes"/"no" to an open question, or only the garment's name or the question's words
  back ("the shorts are short"). restated: the answer is a sentence restating the question ("the details of the
  track pants are the track pants"), no information.
- pronoun: he/his/gentleman for a girl model or she/her/lady for a boy model, in a caption or an answer; the
  template's "The lady"/"This gentleman" for a child of the right gender is correct.
- A terse correct answer ("sweater", "jacket/coat" to what the child is wearing) is correct, not a non_answer; a
  one-word garment name to "Describe the ..." is a non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_629 = [
    # photo: boy in a navy blue plain V-neck school pullover over a white shirt (collar showing), grey trousers,
    # white backdrop, front view. Caption adapter ep3 caption; VQA adapter answers.
    case(
        "X629-001",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns."
        ),
        Q.garment_type("sweater"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        wearing("a navy blue sweater over a white shirt and grey trousers", who="the boy"),
        Q.material("knit"),
        details("sweater", "v neck, ribbed cuffs and waistband, a small embroidered logo on the sleeve", "unsupported"),
        title="Gini and Jony Boys Navy Blue Solid V-Neck Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a red pullover hoodie with a white "BROOKLYN" print on the chest, hood down, blue jeans, white
    # backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-002",
        caption(
            "This gentleman wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. The pants this gentleman wears is of long length. The pants are with denim fabric and pure color "
            "patterns. There is a hat in his head.",
            "unsupported",
        ),
        Q.garment_type("hoodie"),
        Q.color("red"),
        Q.pattern("graphic"),
        color_of("hoodie", "blue", "other_garment_color", kind="open"),
        details("hoodie", "drawstring hood, kangaroo pocket and a white brooklyn print on the chest"),
        is_a("jacket", "no"),
        title="Palm Tree Boys Red Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a pink quilted puffer jacket, zipped, hood with faux-fur trim, white top visible at the neck, blue
    # jeggings, white backdrop. Caption adapter ep3 (ran to 50 tokens); VQA adapter answers.
    case(
        "X629-003",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("pink"),
        wearing("pink puffer jacket, white top and blue jeggings", who="the girl"),
        describe("jacket", "a pink padded jacket with a hood and fur trim, zip front"),
        Q.material("polyester with duck down filling", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Mothercare Girls Pink Solid Padded Hooded Jacket",
        category="Jackets",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in grey melange track pants with a black stripe down each side, black crew-neck t-shirt, white
    # sneakers, full length on white backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-004",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and striped patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black", "other_garment_color"),
        color_of(
            "pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "pants",
            "elasticated waist with drawstring, black side stripes, zip pockets and a reflective logo on the knee",
            "unsupported",
        ),
        wearing("a black t-shirt and grey track pants", who="the boy"),
        title="YK Boys Grey Melange Track Pants with Side Stripes",
        category="Track Pants",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a maroon button-front knit cardigan over a white school shirt, grey pleated skirt, white
    # backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-005",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a V-shape neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is a ring on her finger.",
            "unsupported",
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("maroon"),
        color_of("cardigan", "grey", "other_garment_color", kind="open"),
        details("cardigan", "five buttons down the front, ribbed cuffs and hem"),
        is_a("sweater", "yes"),
        wearing("he is wearing a maroon cardigan and a grey skirt", "pronoun", who="the child"),
        title="Gini and Jony Girls Maroon Solid Cardigan",
        category="Sweaters",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a white school polo t-shirt with navy tipping on the collar and sleeve cuffs, navy shorts, white
    # backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-006",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short sleeves"),
        describe(
            "polo shirt",
            "a white polo shirt with a navy tipped collar and two buttons Question: What is the color of the shorts? "
            "Answer: navy",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton pique"),
        title="612 League Boys White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy in an olive green hooded puffer jacket, zipped, orange lining visible inside the hood, black track
    # pants, white sneakers, white backdrop. Caption adapter ep3 (looped); VQA adapter answers.
    case(
        "X629-007",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The jacket is with cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric. The "
            "jacket is with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("green"),
        wearing("a black jacket and black pants", "other_garment_color", who="the boy"),
        details("jacket", "hood with orange lining, zip front, two side pockets, elastic cuffs"),
        Q.sleeve_length("long sleeves"),
        is_a("sweater", "yes", "contradiction"),
        title="UCB Kids Boys Olive Hooded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a lavender zip-through hooded sweatshirt with a white unicorn print on the front, white
    # leggings, white backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-008",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sweatshirt"),
        Q.color("purple"),
        Q.pattern("floral", "contradiction"),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        describe("sweatshirt", "a lavender hoodie with a unicorn print on the front, zip closure and a hood"),
        wearing("sweatshirt/hoodie", who="the girl"),
        title="Cherry Crumble Girls Lavender Unicorn Print Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in navy blue track pants with thin white piping down the sides, white t-shirt with a small blue
    # chest print, white backdrop. Caption adapter ep3 (cut); VQA adapter answers.
    case(
        "X629-009",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        details("track pants", "the details of the track pants are the track pants", "restated"),
        is_a("jeans", "no", article="a pair of"),
        title="YK Boys Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow crew-neck pullover with a cable-knit panel down the front, blue jeans, white
    # backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-010",
        caption(
            "Her sweater has long sleeves, knitting fabric and pure color patterns. It has a round neckline. The pants "
            "the lady wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        Q.garment_type("sweater"),
        Q.color("yellow"),
        Q.pattern("striped", "contradiction"),
        wearing(
            "a yellow sweater and blue jeans Question: What is the color of the jeans? Answer: blue",
            "leak",
            who="the girl",
        ),
        Q.material(
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool "
            "wool wool wool wool wool wool wool wool wool",
            "loop",
            hit_limit=True,
        ),
        details("sweater", "cable knit pattern on the front, ribbed neckline and cuffs"),
        title="Mothercare Girls Mustard Cable Knit Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a black padded bomber jacket worn open over a grey t-shirt, blue jeans, white backdrop.
    # Caption adapter ep3; VQA adapter answers.
    case(
        "X629-011",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a standing neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("grey", "other_garment_color"),
        color_of("jacket", "black", kind="open"),
        wearing("a black jacket, grey t-shirt and blue jeans", who="the boy"),
        Q.sleeve_length("long sleeves"),
        describe(
            "jacket",
            "a black padded bomber jacket with a ribbed collar, cuffs and hem, a zip front and a pocket on the left "
            "sleeve with a",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Junior Boys Black Padded Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in a plain grey melange pullover hoodie, black joggers, white backdrop. Caption adapter ep3; VQA
    # adapter answers.
    case(
        "X629-012",
        caption(
            "This gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The pants this gentleman wears is of long length. The pants this gentleman wears is of long "
            "length. The pants this gentleman wears is of long length. The pants",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        describe("sweatshirt", "sweatshirt", "non_answer"),
        details(
            "sweatshirt",
            "hood with drawstrings, kangaroo pocket, ribbed cuffs Question: What are the pants details? Answer: "
            "elastic waist",
            "leak",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        Q.pattern("solid"),
        title="Kids Ville Unisex Kids Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a red fleece zip-up jacket with a white snowflake print across the chest and sleeves, black
    # leggings, white backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-013",
        caption(
            "This gentleman wears a long-sleeve jacket with graphic patterns. The jacket is with cotton fabric. It has "
            "a standing neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("printed"),
        wearing("red jacket", who="the girl"),
        details("jacket", "white snowflake print across the chest and sleeves, zip front, stand collar"),
        Q.material("anti-pill polar fleece, machine washable", "unsupported"),
        title="Gini and Jony Girls Red Printed Fleece Jacket",
        category="Jackets",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a bottle green V-neck sleeveless sweater vest over a white long-sleeve shirt with a red-and-navy
    # striped school tie, grey trousers, white backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is a neckwear in his neck. This gentleman also wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("sweater", "yes"),
        wearing("a green sweater vest over a white shirt with a striped tie and grey trousers", who="the boy"),
        describe(
            "vest",
            "a green knitted vest with a v neck, ribbed armholes and a school crest embroidered on the chest",
            "unsupported",
        ),
        title="Gini and Jony Boys Green Solid Sleeveless Sweater",
        category="Sweaters",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in navy blue school track pants with two white stripes down each side, pink t-shirt, white
    # backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and striped patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("pink", "other_garment_color"),
        color_of("pants", "navy blue", kind="open"),
        wearing("she is wearing a pink t-shirt and navy track pants", who="the girl"),
        details(
            "pants",
            "two white stripes on the side, elastic waistband, side pockets, side pockets, side pockets, side pockets, "
            "side pockets, side pockets, side",
            "loop",
            hit_limit=True,
        ),
        title="Lilliput Girls Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a sky blue school polo t-shirt with an embroidered crest on the left chest, navy shorts, white
    # backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-016",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.garment_type("polo shirt"),
        Q.color("blue"),
        Q.sleeve_length("short sleeves"),
        details(
            "polo shirt",
            "embroidered crest on the left chest, three button placket, ribbed collar and ribbed sleeve hems, side "
            "vents at the hem and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("100% organic cotton", "unsupported"),
        is_a("t-shirt", "yes"),
        title="Bodycare Kids Boys Sky Blue School Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a cream cable-knit cardigan with pearl buttons over a light pink top, blue jeans, white
    # backdrop. Caption adapter ep3 (cut); VQA adapter answers.
    case(
        "X629-017",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a V-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is a ring",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("cardigan"),
        Q.color("white"),
        Q.pattern("solid"),
        color_of("cardigan", "pink", "other_garment_color", kind="open"),
        describe("cardigan", "a cream cable knit cardigan with pearl buttons and long sleeves"),
        wearing("a cardigan and jeans", who="the girl"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Mothercare Girls Cream Cable Knit Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Girls",
    ),
    # photo: boy in an orange and navy colour-blocked hooded windcheater, zipped, grey track pants, white backdrop.
    # Caption adapter ep3; VQA adapter answers.
    case(
        "X629-018",
        caption(
            "This gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("orange"),
        Q.pattern("colour blocked"),
        wearing("jacket/coat", who="the boy"),
        Q.material("nylon, waterproof and windproof with taped seams", "unsupported"),
        color_of("jacket", "orange and navy blue", kind="open"),
        describe(
            "jacket",
            "Question: Describe the jacket. Answer: an orange and navy jacket with a hood Question: What is the color "
            "of the",
            "leak",
            hit_limit=True,
        ),
        title="Proline Kids Boys Orange Colourblocked Hooded Windcheater",
        category="Jackets",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a black quilted sleeveless puffer jacket (gilet) over a red long-sleeve t-shirt, blue jeans,
    # white backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-019",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("jacket", "red", "other_garment_color", kind="open"),
        describe("jacket", "a black sleeveless puffer jacket with a high collar and zip"),
        title="Allen Solly Junior Girls Black Sleeveless Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in charcoal grey joggers with cuffed hems and a white t-shirt with a blue rocket print, white
    # backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-020",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        wearing("a white t-shirt with a blue print, grey joggers and a black cap", "unsupported", who="the boy"),
        details(
            "track pants",
            "elastic waist with drawstring, two side pockets, cuffed ankles. Question: What is the color of the "
            "t-shirt? Answer: white Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        title="Cub McPaws Boys Charcoal Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl in a white school polo t-shirt, navy pleated skirt, white backdrop. Caption adapter ep3; VQA
    # adapter answers.
    case(
        "X629-021",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "Her skirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        wearing("he is wearing a white polo shirt and a navy blue skirt", "pronoun", who="the girl"),
        is_a("shirt", "yes"),
        describe("polo shirt", "polo shirt", "non_answer"),
        details("polo shirt", "two button placket, ribbed collar and short sleeves with ribbed cuffs"),
        title="Bodycare Kids Girls White School Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a maroon crew-neck pullover with a white-and-navy reindeer band across the chest, blue jeans,
    # white backdrop. Caption adapter ep3 (looped); VQA adapter answers.
    case(
        "X629-022",
        caption(
            "His sweater has long sleeves, knitting fabric and graphic patterns. It has a round neckline. The pants "
            "the gentleman wears is of long length. The pants are with denim fabric and pure color patterns. The pants "
            "are with denim fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("maroon"),
        Q.pattern("solid", "contradiction"),
        describe("sweater", "a maroon sweater with a white and navy reindeer pattern across the chest"),
        wearing("a blue sweater and blue jeans", "other_garment_color", who="the boy"),
        details("sweater", "the sweater details are on the sweater", "restated"),
        title="Gini and Jony Boys Maroon Self Design Pullover",
        category="Sweaters",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a magenta pink pullover hoodie with glitter "DREAM" text, grey track pants, white backdrop.
    # Caption adapter ep3; VQA adapter answers.
    case(
        "X629-023",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pink"),
        color_of("hoodie", "grey", "other_garment_color", kind="open"),
        details(
            "hoodie",
            "glitter text on the front that reads dream, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a "
            "hood, a hood",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink hoodie and grey track pants", who="the girl"),
        Q.material("fleece"),
        title="Pepe Jeans Girls Magenta Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy in khaki cargo shorts with flap side pockets, navy crew-neck t-shirt, white backdrop. Caption
    # adapter ep3; VQA adapter answers.
    case(
        "X629-024",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("navy blue", "other_garment_color"),
        color_of("shorts", "beige", kind="open"),
        details("shorts", "the shorts are short", "non_answer"),
        is_a("shorts", "yes", article="a pair of"),
        wearing("a navy t-shirt and khaki cargo shorts", who="the boy"),
        title="U.S. Polo Assn. Kids Boys Khaki Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl in a light-wash blue denim jacket with a cream sherpa collar, buttoned, white t-shirt, black
    # leggings, white backdrop, no props. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-025",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and its "
            "neckline is lapel. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.material("denim"),
        details(
            "jacket",
            "sherpa lined collar, button front, two chest flap pockets, warm fleece lining inside",
            "unsupported",
        ),
        wearing(
            "a blue denim jacket with a white t-shirt and black leggings, she is holding a pink school bag and a",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="Tales & Stories Girls Blue Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a black crew-neck sweatshirt with a white and red "NASA" print, khaki chinos, white backdrop.
    # Caption adapter ep3; VQA adapter answers.
    case(
        "X629-026",
        caption(
            "This gentleman wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.pattern("graphic"),
        color_of("sweatshirt", "beige", "other_garment_color", kind="open"),
        details("sweatshirt", "What are the sweatshirt details? The sweatshirt details are", "restated"),
        Q.material("cotton Question: Is this a sweatshirt? Answer: yes", "leak"),
        title="Kook N Keech Boys Black NASA Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a teal quilted hooded jacket, zipped, navy jeggings, light grey backdrop. Caption adapter ep3
    # (cut); VQA adapter answers.
    case(
        "X629-027",
        caption(
            "The lady wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("green", "contradiction"),
        wearing("he is wearing a teal hooded jacket and navy blue jeggings", "pronoun", who="the child"),
        describe("jacket", "a teal quilted jacket with a hood and zip front"),
        is_a("jacket", "yes"),
        Q.material("polyester with thermal insulation, water repellent", "unsupported"),
        title="Monte Carlo Girls Teal Quilted Hooded Jacket",
        category="Jackets",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in navy blue school shorts with belt loops and a black belt, white polo t-shirt tucked in, white
    # backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-028",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There is a belt.",
            "contradiction",
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "navy blue", kind="open"),
        details("shorts", "belt loops, front button and zip fly, two side pockets"),
        wearing(
            "white polo shirt and navy shorts Question: What is the color of the shorts? Answer: navy blue Question: "
            "What is the color of the",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        title="Bodycare Kids Boys Navy Blue School Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a peach hooded puffer jacket with faux fur on the hood, grey leggings, white backdrop. Caption
    # adapter ep3; VQA adapter answers.
    case(
        "X629-029",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("pink"),
        Q.pattern("solid"),
        color_of(
            "jacket",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach "
            "peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("jacket", "she is wearing a peach puffer jacket with a fur hood"),
        Q.material("polyester"),
        details("jacket", "none", "non_answer"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Mothercare Girls Peach Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a red and navy horizontally striped polo t-shirt, beige shorts, white backdrop. Caption adapter
    # ep3; VQA adapter answers.
    case(
        "X629-030",
        caption(
            "This gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        wearing(
            "a red and navy striped polo t-shirt with a white collar and beige shorts with a brown belt and white "
            "sneakers and",
            "cut",
            who="the boy",
            hit_limit=True,
        ),
        color_of("polo shirt", "red and navy blue stripes", kind="open"),
        Q.material("cotton"),
        details("polo shirt", "Answer: striped collar, two buttons", "leak"),
        title="612 League Boys Red & Navy Striped Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in grey melange track pants with pink side taping and slant side pockets, white t-shirt, white
    # sneakers, white backdrop. The feed row has no color. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        wearing("she is wearing a white t-shirt and grey track pants with pink stripes", who="the girl"),
        details("track pants", "pink taping down the sides, elastic waistband with drawstring, side pockets"),
        describe("track pants", "yes", "non_answer"),
        title="Lilliput Girls Grey Melange Track Pants with Contrast Taping",
        category="Track Pants",
        gender="Girls",
    ),
    # photo: boy in a navy blue zip-up hooded sweatshirt with a grey-lined hood, open over a white t-shirt, blue
    # jeans, white backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-032",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("hoodie"),
        Q.color("navy blue"),
        color_of("sweatshirt", "blue", kind="open"),
        details("sweatshirt", "zip front, grey lined hood with drawstrings, two pockets, ribbed cuffs"),
        is_a("t-shirt", "yes", "contradiction"),
        wearing("a white t-shirt and blue jeans", "contradiction", who="the boy"),
        title="Marks & Spencer Boys Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a navy blue V-neck school pullover with white stripes at the V-neck and cuffs, white shirt
    # collar, navy pleated skirt, white backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-033",
        caption(
            "Her sweater has long sleeves, knitting fabric and pure color patterns. It has a V-shape neckline. The "
            "lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. There is a neckwear in "
            "her neck.",
            "unsupported",
        ),
        Q.garment_type("sweater"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        wearing("a navy blue sweater, a navy blue shirt and a navy blue skirt", "other_garment_color", who="the girl"),
        details(
            "sweater",
            "white stripes on the v neck and cuffs, white stripes on the v neck and cuffs, white stripes on the v "
            "neck and",
            "loop",
            hit_limit=True,
        ),
        title="Gini and Jony Girls Navy Blue Solid School Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a coffee brown quilted jacket with a corduroy collar and chest flap pockets, open over a blue
    # and white checked shirt, blue jeans, white backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-034",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("brown"),
        Q.pattern("checked", "contradiction"),
        describe(
            "jacket",
            "a brown quilted jacket with a corduroy collar, snap buttons and two flap pockets on the chest and two "
            "flap pockets on the chest and two flap pockets on",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester shell with a corduroy collar"),
        wearing("a brown jacket over a checked shirt and jeans", who="the boy"),
        color_of("jacket", "blue", "other_garment_color"),
        title="Allen Solly Junior Boys Coffee Brown Quilted Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Boys",
    ),
    # photo: girl in black track pants with a white stripe down each side, a lilac pullover hoodie, white backdrop.
    # Caption adapter ep3; VQA adapter answers.
    case(
        "X629-035",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("purple", "other_garment_color"),
        color_of(
            "pants",
            "black black track pants black track pants black track pants black track pants black track pants black "
            "track pants black track",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a lilac hoodie and black track pants with white stripes", who="the girl"),
        details("pants", "the pants details are the details of the pants", "restated"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Lilliput Girls Black Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in an olive crew-neck sweatshirt with a white mountain graphic and the word "ADVENTURE", black track
    # pants, white backdrop. The feed row has no category. Caption adapter ep3 (cut); VQA adapter answers.
    case(
        "X629-036",
        caption(
            "This gentleman wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and pure color patterns. This gentleman also wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("green"),
        Q.pattern("graphic"),
        color_of("sweatshirt", "green Question: What is the color of the pants? Answer: black", "leak", kind="open"),
        describe(
            "sweatshirt",
            "an olive sweatshirt with a white mountain print and the word adventure, ribbed cuffs and hem",
        ),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="HRX by Hrithik Roshan Boys Olive Printed Sweatshirt",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a white crew-neck knit sweater with small pink hearts knitted in, light blue jeans, white
    # backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-037",
        caption(
            "Her sweater has long sleeves, knitting fabric and graphic patterns. It has a round neckline. The pants "
            "the lady wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        Q.garment_type("sweater"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        color_of("sweater", "pink", "contradiction", kind="open"),
        wearing("he is wearing a white sweater with pink hearts and blue jeans", "pronoun", who="the girl"),
        Q.material("wool and cashmere", "unsupported"),
        title="Cherry Crumble Girls White Heart Pattern Sweater",
        category="Sweaters",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a red hooded puffer jacket, zipped, blue jeans, white sneakers, holding a football, white
    # backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-038",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("red"),
        wearing("she is wearing a red puffer jacket and blue jeans, holding a football", "pronoun", who="the child"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        details(
            "jacket",
            "hood, zip front with a storm flap, two zip pockets, elastic cuffs and reflective strips",
            "unsupported",
        ),
        is_a("jacket", "yes"),
        title="UCB Kids Boys Red Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a yellow school house polo t-shirt, navy shorts, white ankle socks, white backdrop. Caption
    # adapter ep3; VQA adapter answers.
    case(
        "X629-039",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("polo shirt"),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("polo shirt", "navy blue", "other_garment_color", kind="open"),
        describe(
            "polo shirt",
            "a yellow polo shirt with a ribbed collar, a two button placket and short sleeves with ribbed cuffs, worn "
            "with navy blue shorts and white socks and",
            "cut",
            hit_limit=True,
        ),
        wearing("Answer: a yellow polo shirt and navy shorts", "leak", who="the girl"),
        title="Bodycare Kids Girls Yellow School Polo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a grey V-neck sleeveless school sweater over a white short-sleeve shirt, no tie, navy shorts,
    # white backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-040",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. This "
            "gentleman also wears an outer clothing, with knitting fabric and pure color patterns. The gentleman wears "
            "a three-point shorts."
        ),
        Q.garment_type("sweater"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        wearing("sweater", who="the boy"),
        describe(
            "sweater",
            "a grey sleeveless sweater with a v neck over a white shirt, with a red and white striped tie",
            "unsupported",
        ),
        is_a("vest", "yes"),
        Q.material("acrylic wool blend, anti pilling", "unsupported"),
        title="Gini and Jony Boys Grey Solid Sleeveless Sweater",
        category="Sweaters",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a knee-length navy blue padded parka with a faux-fur trimmed hood (down), tie belt at the waist,
    # flap pockets, black leggings, black boots, white backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-041",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is a hat on her "
            "head.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        color_of("jacket", "navy blue", kind="open"),
        details("jacket", "fur trimmed hood, zip and snap front, two flap pockets, belted waist"),
        Q.material("", "non_answer"),
        wearing("she is wearing a navy coat with a grey skirt and black boots", "contradiction", who="the girl"),
        title="Mothercare Girls Navy Blue Longline Padded Parka",
        category="Jackets",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in black track pants with a white "SPORTS" print on the left thigh, red t-shirt, white backdrop.
    # Caption adapter ep3; VQA adapter answers.
    case(
        "X629-042",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and graphic patterns. The gentleman wears glasses.",
            "unsupported",
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("black"),
        wearing("a red t-shirt and red pants", "other_garment_color", who="the boy"),
        color_of("track pants", "black", kind="open"),
        details(
            "track pants",
            "white print on the left leg, elastic waist, elastic waist, elastic waist, elastic waist, elastic waist, "
            "elastic waist, elastic",
            "loop",
            hit_limit=True,
        ),
        title="YK Boys Black Printed Track Pants",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a light pink crew-neck sweatshirt with a sequin heart on the front, grey track pants, white
    # backdrop. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-043",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("pink"),
        Q.pattern("graphic"),
        describe(
            "sweatshirt", "Question: Describe the sweatshirt. Answer: a pink sweatshirt with a sequin heart", "leak"
        ),
        details("sweatshirt", "sequin heart on the front, ribbed cuffs and hem, dropped shoulders"),
        wearing("she is wearing a pink sweatshirt and grey pants", who="the girl"),
        Q.material("cotton, brushed fleece inside, 320 gsm", "unsupported"),
        title="Cherry Crumble Girls Pink Sequinned Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a royal blue quilted puffer jacket with a grey contrast hood, zipped, black track pants, white
    # backdrop. Caption adapter ep3 (cut); VQA adapter answers.
    case(
        "X629-044",
        caption(
            "This gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("color block"),
        wearing("a blue and grey puffer jacket with a hood and black track pants", who="the boy"),
        color_of(
            "jacket",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("nylon"),
        describe("jacket", "the jacket is described as a jacket", "restated"),
        title="Proline Kids Boys Blue Colourblocked Puffer Jacket",
        category="Jackets",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in a green school house polo t-shirt with a small white logo on the chest, grey shorts, white
    # backdrop. The feed row has no gender. Caption adapter ep3; VQA adapter answers.
    case(
        "X629-045",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There is a ring on his finger.",
            "unsupported",
        ),
        Q.garment_type("polo shirt"),
        Q.color("grey", "other_garment_color"),
        color_of("polo shirt", "green", kind="open"),
        details("polo shirt", "the polo shirt details are the polo shirt", "restated"),
        Q.material("cotton pique"),
        is_a("t-shirt", "yes"),
        title="Bodycare Kids Green School House Polo T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # photo: girl in a burgundy zip-up hoodie with white drawstrings, blue jeans, light grey backdrop, three-quarter
    # view. Caption adapter ep3 (looped); VQA adapter answers.
    case(
        "X629-046",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "The lady wears a long pants. The pants are with denim fabric and pure color patterns. The lady wears a "
            "long pants. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("maroon"),
        wearing("a maroon hoodie and blue jeans", who="the girl"),
        Q.sleeve_length("long sleeves"),
        describe(
            "hoodie",
            "a maroon hoodie with a zip front and white drawstrings, she is also wearing a white scarf and a silver "
            "watch",
            "unsupported",
        ),
        is_a("jacket", "no"),
        details("hoodie", "no", "non_answer"),
        title="Pepe Jeans Girls Burgundy Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Girls",
    ),
]
