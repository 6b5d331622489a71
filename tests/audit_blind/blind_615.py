"""BLIND_615 (46 products; old Myntra feed, caption epoch 3 + VQA adapter): written blind in the fifty-second session.
Measured blind at 94ddb22 (the session's final rules): 130/145 failures found (89.7%) and 5/199 correct texts flagged
(2.5%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind: short seller titles, Men, Women, Boys, Girls and
one Unisex row; 224x224 product photos on a white backdrop, almost all worn by a model who also wears other clothes
(jeans under a tee, a tee under an open jacket or shirt, leggings under a kurta), one flat lay. A few rows lack the
article_type or the base_colour column, as the old feed has them. Seller colors are Myntra's (Navy Blue, Peach,
Grey Melange, Multi...), seller types are Myntra's (Tshirts, Kurtas, Track Pants...).

Who wrote what: every caption is the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption):
DeepFashion-MultiModal template sentences ("The gentleman wears a long-sleeve shirt with lattice patterns. The shirt
is with cotton fabric."), pattern words instead of hues (pure color, lattice, graphic, striped, floral), no kurta,
hoodie-vs-sweatshirt or polo vocabulary of its own, a strong "lady"/"her" habit from a women-heavy training set, and
no end token: a caption that does not finish inside 50 tokens is cut or starts the template again. Every answer is the
VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) with enrich's default questionnaire. Closed questions (garment_type,
color, pattern, sleeve_length) come from `--engine reference`, which picks one candidate value: they never loop or
stop short, but the pick can be another garment's color or pattern, or the top's type for a bottom. Open questions
(wearing, description, details, material) are free generation, 30 tokens: short In-shop style answers ("a white
shirt and black pants"), one color for two garments, invented pockets, zips and belts, loops when no newline comes,
the `Question: ... Answer:` format leaking back, and the question restated or a bare "yes"/color for describe/details.

Labeling conventions and judgement calls:
- One label per text. A loop or a cut takes the label even where the looped words are otherwise fine; I wrote loops
  and cuts so that the rest of the text is right for the photo.
- hit_limit=True on every loop and cut, and on the one leak that runs on to 30 tokens; every other text ends cleanly
  and is taken as having stopped on the newline terminator (hit_limit False).
- A closed color (or pattern) pick that is another garment's color (the jeans' blue for a black tee) is labeled
  contradiction, as the kind's own comment puts it ("a color another text gives another garment"). other_garment_color
  is used for open answers (wearing, description, details) that give the product another garment's color; an open
  answer that gives it another garment's stripes ("a black skirt with white stripes") is a contradiction.
- Caption garment nouns: "sweater" for a sweatshirt or hoodie, and "shirt" or "dress" for a kurta, are contradictions,
  because the feed files those as different article types (Sweaters vs Sweatshirts, Shirts/Dresses vs Kurtas).
  "upper clothing"/"lower clothing", "T-shirt" for a polo, "hoodie" for a hooded sweatshirt, "pants" for jeans or track
  pants are correct. A closed garment_type "shirt" for a polo that the seller files under Tshirts is a contradiction.
- Caption patterns: "pure color" for a solid garment (small logo, self-embroidery, cable knit or a side stripe
  included; "striped" for the side-striped track pants is right too), "lattice" for checks and "floral" for a leaf
  print are correct; "pure color" for an ikat print or a polka-dot skirt is a contradiction. A wrong sleeve
  length in a caption is a contradiction.
- Fabric: a fabric the photo supports (cotton for a jersey tee, denim for jeans, knitting for a sweater, leather for a
  leather-look biker jacket, chiffon for a sheer flowing dress, flannel for a brushed check shirt) is correct even
  though the seller never states it; a fabric the photo argues against (leather for a cotton bomber, denim for a twill
  shirt, linen for a crisp poplin shirt) is unsupported.
- Accessories and construction details (pockets, zips, belts, bows, hoods, tassels, sequins, a logo on a sleeve) are
  correct only where the photo shows them; a detail on a side the photo does not show is unsupported.
- Pronouns: Boys are male and Girls female ("the lady" for a girl is gender-right, not a pronoun failure); "lady",
  "woman", "she" or "her" for a men's or boys' model, "he" for a girl, is pronoun. Answers naming the product's wearer
  correctly by pronoun are fine.
- The photo decides, not the seller: khaki -> beige, peach -> pink, lavender -> purple, grey melange -> grey and
  navy -> blue are right answers. For the Multi row, naming the print's colors is right; the white of the jeans is not.
- A bare color or "yes" to "Describe the garment."/"What are the details...?"/the material question is non_answer; a
  short answer that does answer (material "cotton", wearing "a red dress") is correct. Saying the question's words
  back ("the details of the jeans", "made of the garment") is restated.
- The wearing question is about the whole photo, so naming the other clothes there is correct; a flat lay's "a white
  t-shirt" is correct too.
- Rows that lack a column simply omit that keyword. Each product carries 4-8 of the questionnaire's answers, as the
  night's export kept them (no sleeve length for bottoms; pattern or sleeve missing on some rows); which ones are
  absent means nothing.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

Q = DEFAULT_QUESTIONS
WEAR, TYPE, COLOR, PATTERN = Q.wearing, Q.garment_type, Q.color, Q.pattern
SLEEVE, DESC, DETAILS, MAT = Q.sleeve_length, Q.description, Q.details, Q.material

BLIND_615 = [
    # photo: man in a yellow round-neck short-sleeve tee with a small black logo on the left chest, mid-blue jeans,
    # white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter (closed by reference engine).
    case(
        "X615-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The trousers are of long length. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        WEAR("a blue t-shirt and blue jeans", "other_garment_color"),
        TYPE("t-shirt"),
        COLOR("yellow"),
        SLEEVE("short"),
        DETAILS("a black logo on the chest and a pocket on the left side", "unsupported"),
        MAT("cotton"),
        title="Puma Men Yellow Logo Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a sleeveless pink top of a light, sheer fabric with a ruffled neckline, white cropped trousers,
    # white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-002",
        caption(
            "This lady wears a sleeveless top with pure color patterns. The top is with chiffon fabric. The lady "
            "wears a three-point pants. The pants are with cotton fabric and pure color patterns."
        ),
        WEAR("a pink top and white pants"),
        TYPE("top"),
        COLOR("white", "contradiction"),
        SLEEVE("sleeveless"),
        DESC("a pink sleeveless top with ruffles around the neck"),
        DETAILS("ruffles on the neckline and a zipper on the back", "unsupported"),
        title="Vero Moda Women Pink Ruffle Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: man in mid-blue faded slim jeans, a plain grey t-shirt worn untucked, a brown belt visible at the waist,
    # white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The pants are of long length. The "
            "pants are with denim fabric and pure color patterns. This gentleman wears a belt."
        ),
        WEAR("a grey t-shirt and grey jeans", "other_garment_color"),
        TYPE("jeans"),
        COLOR("grey", "contradiction"),
        PATTERN("solid"),
        DESC("grey jeans with a faded wash", "other_garment_color"),
        DETAILS("faded thighs, front pockets and a brown belt"),
        MAT("denim"),
        title="Flying Machine Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a maroon straight kurta with a gold block print, three-quarter sleeves, white churidar leggings,
    # gold bangles on one wrist, white backdrop, front view. The row has no base_colour. Caption: caption adapter epoch
    # 3; answers: VQA adapter.
    case(
        "X615-004",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. Its "
            "neckline is round. The lady wears a long leggings. There is an accessory on her wrist.",
            "contradiction",
        ),
        WEAR("a red dress and white leggings", "contradiction"),
        TYPE("kurta"),
        COLOR("maroon"),
        SLEEVE("three-quarter"),
        DESC("a maroon kurta with gold print"),
        MAT("cotton"),
        title="Biba Women Printed Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: man in a navy-and-white checked full-sleeve shirt, buttoned, with beige chinos, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-005",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are of long length. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        WEAR("a blue checkered shirt and khaki pants"),
        TYPE("shirt"),
        COLOR("navy blue"),
        PATTERN("solid", "contradiction"),
        DESC("a navy blue and white checked shirt with a collar and buttons down the front"),
        DETAILS("the details of the garment are the details of the shirt", "restated"),
        MAT("cotton"),
        title="Arrow Men Checks Navy Blue Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: boy in a red short-sleeve tee with a large white-and-yellow cartoon car print, navy shorts, white backdrop,
    # front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-006",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The lady wears a three-point shorts.",
            "pronoun",
        ),
        WEAR("a red t-shirt with a car on it and blue shorts"),
        TYPE("t-shirt"),
        COLOR("red"),
        DESC("red", "non_answer"),
        DETAILS("a car print on the front and a zipper pocket", "unsupported"),
        MAT("cotton"),
        title="Doodle Kids Boys Printed Red Tshirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: woman in black skinny jeans and a white long-sleeve blouse tucked in, black ankle boots, white backdrop,
    # front view. The row has no article_type. Caption: caption adapter epoch 3 (runs into its template again); answers:
    # VQA adapter.
    case(
        "X615-007",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. Its "
            "neckline is lapel. The pants are of long length. The pants are with denim fabric and pure color "
            "patterns. The pants are of long length. The pants are with denim fabric",
            "loop",
            hit_limit=True,
        ),
        WEAR("a white shirt and black jeans"),
        TYPE("jeans"),
        COLOR("white", "contradiction"),
        PATTERN("solid"),
        DESC("white skinny jeans", "other_garment_color"),
        MAT("denim"),
        title="Only Women Black Skinny Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt with "HRX" printed in black on the chest, ribbed cuffs and hem,
    # plain sleeves, black joggers, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-008",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a crew neckline. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        WEAR("a black sweatshirt and black pants", "other_garment_color"),
        TYPE("sweatshirt"),
        COLOR("grey"),
        SLEEVE("long"),
        DETAILS("HRX printed on the chest in black letters and a zip pocket on the sleeve", "unsupported"),
        MAT("cotton"),
        title="HRX Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a knee-length sleeveless blue dress with a white floral print, V neck, a thin watch on one wrist
    # and no ring, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-009",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a ring. There is an accessory on her wrist.",
            "unsupported",
        ),
        WEAR("a blue floral dress"),
        TYPE("dress"),
        COLOR("blue"),
        SLEEVE("short", "contradiction"),
        DESC("a blue dress with white flowers, sleeveless, knee length"),
        DETAILS("Question: What are the details of the garment? Answer: white flowers", "leak"),
        MAT(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon "
            "chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        title="Mango Women Blue Floral Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in black track pants with one white stripe down each side, slash side pockets without zips, a plain
    # black tee, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The pants are of long length. The "
            "pants are with cotton fabric and striped patterns."
        ),
        WEAR("a black t-shirt and black track pants"),
        TYPE("track pants"),
        COLOR("black"),
        DESC("black track pants with a white stripe down the side"),
        DETAILS("a white stripe on the side, an elastic waist with a drawstring and zip pockets", "unsupported"),
        MAT("Answer: polyester", "leak"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a lavender fitted V-neck tee with a small white logo on the chest, black leggings, a watch, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-011",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a v-shape neckline. The woman wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        WEAR("she is wearing a purple shirt and black pants"),
        TYPE("t-shirt"),
        COLOR("purple"),
        DESC("a black t-shirt with a v-neck", "other_garment_color"),
        DETAILS(
            "a v-neck and a white logo on the chest and a white logo on the chest and a white logo on the chest and "
            "a white",
            "loop",
            hit_limit=True,
        ),
        MAT("the garment is made of the material of the garment", "restated"),
        title="Nike Women Lavender Training Tshirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a long white kurta with a mandarin collar, a half placket, plain cuffs and side slits, white pyjama,
    # white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its "
            "neckline is stand. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        WEAR("a white kurta and white pants"),
        TYPE("kurta"),
        COLOR("white"),
        DESC("white", "non_answer"),
        DETAILS("mandarin collar, buttons down the front half and embroidery on the cuffs", "unsupported"),
        MAT(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: girl in a pink sleeveless party dress, sequinned bodice and a full tulle skirt, front view only, white
    # backdrop. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. Its "
            "neckline is round."
        ),
        WEAR("a pink dress"),
        TYPE("skirt", "contradiction"),
        COLOR("pink"),
        SLEEVE("sleeveless"),
        DESC("a pink dress with a sequin top and a fluffy tulle skirt"),
        DETAILS("sequins on the bodice, a bow at the back and a zip", "unsupported"),
        MAT("the garment is made of the garment", "restated"),
        title="Cutecumber Girls Pink Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in an olive bomber jacket worn open over a white crew tee, mid-blue jeans, ribbed collar, cuffs and
    # hem, zip front, side pockets; matte cotton twill; white backdrop, front view. Caption: caption adapter epoch 3;
    # answers: VQA adapter.
    case(
        "X615-014",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a short-sleeve T-shirt. The pants are of long length. The pants "
            "are with denim fabric and pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        WEAR("a green jacket, a white t-shirt and blue jeans"),
        TYPE("jacket"),
        COLOR("white", "contradiction"),
        PATTERN("solid"),
        DESC("a white jacket with a zipper", "other_garment_color"),
        DETAILS("ribbed collar, cuffs and hem, zip front and side pockets"),
        MAT("leather", "unsupported"),
        title="Roadster Men Olive Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a black knee-length A-line skirt with a black-and-white horizontally striped short-sleeve top
    # tucked in, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-015",
        caption(
            "This woman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. Its "
            "neckline is round. The skirt this woman wears is of medium length. The skirt is with cotton fabric and "
            "pure color patterns."
        ),
        WEAR("a striped shirt and a black skirt"),
        TYPE("skirt"),
        COLOR("black"),
        PATTERN("striped", "contradiction"),
        DESC("a black skirt with white stripes", "contradiction"),
        MAT("cotton"),
        title="Vero Moda Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain pink formal shirt with a chest pocket, tucked into navy trousers, white backdrop, front
    # view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers.",
            "pronoun",
        ),
        WEAR("a blue shirt and blue pants", "other_garment_color"),
        TYPE("shirt"),
        COLOR("pink"),
        DESC("she is wearing a pink shirt with long sleeves", "pronoun"),
        DETAILS(
            "a spread collar, buttons down the front, a pocket on the left chest, long sleeves with buttoned cuffs "
            "and the shirt is tucked into the",
            "cut",
            hit_limit=True,
        ),
        MAT("cotton"),
        title="Reid & Taylor Men Solid Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: boy in khaki cargo shorts with side cargo pockets and no belt, a white tee with a blue rocket print, bare-
    # headed, white backdrop, front view. The row has no base_colour. Caption: caption adapter epoch 3; answers: VQA
    # adapter.
    case(
        "X615-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The shorts are of three-point length. The shorts are with cotton fabric and pure "
            "color patterns. This gentleman wears a hat.",
            "unsupported",
        ),
        WEAR("a white t-shirt and khaki shorts"),
        TYPE("shorts"),
        COLOR("beige"),
        DESC("white shorts with pockets", "other_garment_color"),
        DETAILS("cargo pockets on the sides, a button and a belt", "unsupported"),
        MAT("the shorts are made of shorts", "restated"),
        title="Gini & Jony Boys Cargo Shorts",
        category="Shorts",
        gender="Boys",
    ),
    # photo: woman in a mustard cable-knit crew-neck sweater (no buttons) with ribbed neckline, cuffs and hem, blue
    # jeans, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-018",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "Its neckline is crew. The pants are of long length. The pants are with denim fabric and pure color "
            "patterns."
        ),
        WEAR("a yellow sweater and jeans"),
        TYPE("sweater"),
        COLOR("yellow"),
        DESC("a blue sweater with a cable knit", "other_garment_color"),
        DETAILS("cable knit on the front, ribbed neckline and buttons on the shoulder", "unsupported"),
        MAT("wool"),
        title="United Colors of Benetton Women Mustard Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a navy polo with white tipping on the collar and cuffs, beige chino shorts, white backdrop, front
    # view. Caption: caption adapter epoch 3; answers: VQA adapter (the details answer leaks the prompt format and runs
    # on to the limit).
    case(
        "X615-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "Its neckline is lapel. The shorts are of three-point length."
        ),
        WEAR("a blue polo shirt and beige shorts"),
        TYPE("shirt", "contradiction"),
        COLOR("navy blue"),
        SLEEVE("short"),
        DESC("a navy blue polo shirt with white lines on the collar"),
        DETAILS(
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment? "
            "Answer: Question",
            "leak",
            hit_limit=True,
        ),
        MAT(
            "cotton and polyester and cotton and polyester and cotton and polyester and cotton and polyester and "
            "cotton and polyester and cotton and",
            "loop",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Navy Blue Polo Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white off-shoulder top with short puff sleeves, white broderie embroidery and a smocked elastic
    # band, light-blue denim shorts, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The shorts "
            "are of three-point length. The shorts are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        WEAR("a white top and blue shorts"),
        TYPE("top"),
        COLOR("white"),
        DESC("a blue off the shoulder top", "other_garment_color"),
        DETAILS(
            "off the shoulder neckline with white embroidery on the front and the sleeves, a smocked elastic band "
            "around the top and a tie at the",
            "cut",
            hit_limit=True,
        ),
        MAT("the material of the garment", "restated"),
        title="FOREVER 21 Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in charcoal flat-front formal trousers with a pressed crease, a light-blue shirt tucked in, a black
    # belt, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers are of long length. The trousers are with cotton fabric and pure "
            "color patterns. This gentleman wears a belt."
        ),
        WEAR("a blue shirt and grey pants"),
        TYPE("trousers"),
        COLOR("blue", "contradiction"),
        PATTERN("solid"),
        DESC("blue trousers with a black belt", "other_garment_color"),
        DETAILS("black", "non_answer"),
        MAT("the material is the material of the trousers", "restated"),
        title="Louis Philippe Men Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a sleeveless green A-line matte cotton kurta, white floral print, white palazzo pants, white
    # backdrop, front view. Caption: caption adapter epoch 3 (starts its lower-clothing sentence again); answers: VQA
    # adapter.
    case(
        "X615-022",
        caption(
            "The upper clothing has no sleeves, cotton fabric and floral patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The lower clothing is "
            "of long length. The fabric is cotton and it has",
            "loop",
            hit_limit=True,
        ),
        WEAR("a green kurta and white palazzo pants"),
        TYPE("kurta"),
        COLOR("green"),
        SLEEVE("sleeveless"),
        DESC("white kurta with green flowers", "other_garment_color"),
        MAT("silk", "unsupported"),
        title="W Women Green Printed Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: man in black slim jeans and a white long-sleeve shirt with rolled sleeves, untucked, white backdrop, front
    # view. The row has no article_type. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants are of long length. The pants are with denim fabric and pure color "
            "patterns."
        ),
        WEAR("a white shirt and black jeans"),
        TYPE("shirt", "contradiction"),
        COLOR("black"),
        PATTERN("solid"),
        DESC("black jeans with a slim fit"),
        DETAILS(
            "a white shirt, a white shirt, a white shirt, a white shirt, a white shirt, a white shirt, a white "
            "shirt, a",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Men Black Slim Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an olive cotton-twill utility shirt with two flap chest pockets and rolled-up sleeves, black
    # jeans, a watch, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-024",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants are of long length. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist. This woman",
            "cut",
            hit_limit=True,
        ),
        WEAR("a green shirt and black jeans"),
        TYPE("shirt"),
        COLOR("black", "contradiction"),
        PATTERN("solid"),
        DESC("a green shirt with two pockets on the chest and rolled up sleeves"),
        DETAILS("yes", "non_answer"),
        MAT("denim", "unsupported"),
        title="Arrow Woman Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a maroon V-neck sweater over a white collared shirt, grey trousers, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-025",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a v-shape neckline. The trousers are of long length."
        ),
        WEAR("a red sweater over a white shirt and grey pants"),
        TYPE("sweater"),
        COLOR("maroon"),
        DESC("a white sweater with a v-neck", "other_garment_color"),
        DETAILS("no", "non_answer"),
        MAT("cashmere", "unsupported"),
        title="Monte Carlo Men Maroon Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: girl in a yellow sleeveless top with a printed purple butterfly (flat print, no sequins), blue denim
    # shorts, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-026",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The shorts are with denim fabric and pure color patterns."
        ),
        WEAR("a yellow top and blue shorts"),
        TYPE("top"),
        COLOR("yellow"),
        SLEEVE("long", "contradiction"),
        DESC("a yellow top with a butterfly on it and sequins", "unsupported"),
        DETAILS("he is wearing a yellow top", "pronoun"),
        title="Kids Girls Yellow Printed Top",
        category="Tops",
        color="Yellow",
        gender="Girls",
    ),
    # photo: man in navy sports shorts with a white logo on the left leg, elastic waistband and drawstring, a plain grey
    # tee, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The shorts are of three-point length. The shorts are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        WEAR("a grey t-shirt and blue shorts"),
        TYPE("shorts"),
        COLOR("grey", "contradiction"),
        PATTERN("solid"),
        DESC("grey shorts with a white logo", "other_garment_color"),
        DETAILS("a white nike logo on the left leg, an elastic waistband and a zip pocket on the back", "unsupported"),
        MAT("polyester"),
        title="Nike Men Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black leather-look biker jacket, worn open, silver zips, wide notched collar, no belt, over a
    # white tee, blue jeans, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-028",
        caption(
            "This woman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. Its "
            "neckline is lapel. The pants are of long length. The pants are with denim fabric and pure color "
            "patterns."
        ),
        WEAR("a black leather jacket, a white t-shirt and blue jeans"),
        TYPE("jacket"),
        COLOR("black"),
        DESC(
            "a black leather jacket with silver zippers on the front and the sleeves and the pockets and the sleeves "
            "and the pockets and the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        DETAILS("silver zippers, a wide collar and a belt at the waist", "unsupported"),
        MAT("leather"),
        title="Vero Moda Women Black Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay, no model: a white crew-neck tee with a black-and-red skull graphic on the front, front side only,
    # white backdrop. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-029",
        caption("The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a crew neckline."),
        WEAR(
            "a white t-shirt with a skull on it and a white t-shirt with a skull on it and a white t-shirt with a "
            "skull on it and a",
            "loop",
            hit_limit=True,
        ),
        TYPE("t-shirt"),
        COLOR("white"),
        SLEEVE("long", "contradiction"),
        DESC("a white t-shirt with a skull on the front"),
        DETAILS("a skull print in black and red on the front and a logo on the sleeve", "unsupported"),
        MAT("cotton"),
        title="Roadster Men White Printed Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in grey melange joggers with black ribbed ankle cuffs, drawstring waist, small logo on the left
    # thigh, two side pockets, a black tank top, white backdrop, front view. Caption: caption adapter epoch 3; answers:
    # VQA adapter.
    case(
        "X615-030",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        WEAR("a black tank top and grey sweatpants"),
        TYPE("track pants"),
        COLOR("black", "contradiction"),
        PATTERN("solid"),
        DESC("black track pants with black cuffs", "other_garment_color"),
        DETAILS(
            "ribbed cuffs at the ankles, an elastic waistband with a drawstring, a small puma logo on the left thigh "
            "and two side pockets with",
            "cut",
            hit_limit=True,
        ),
        MAT("the garment is made of material", "restated"),
        title="Puma Women Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a mid-blue denim trucker jacket with metal buttons and two flap chest pockets, over a white crew
    # tee, black jeans, a watch on his wrist, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA
    # adapter.
    case(
        "X615-031",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. Its "
            "neckline is lapel. The pants are of long length. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        WEAR("a black denim jacket, a white t-shirt and black jeans", "other_garment_color"),
        TYPE("jacket"),
        COLOR("blue"),
        DESC("a blue denim jacket with buttons and two chest pockets"),
        DETAILS("Question: What is the color of the jacket? Answer: blue", "leak"),
        MAT("denim"),
        title="Levis Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: boy in a royal-blue hooded sweatshirt with "UCB" printed in white, a drawstring hood and a kangaroo pocket,
    # grey track pants, white backdrop, front view. Caption: caption adapter epoch 3 (starts over); answers: VQA
    # adapter.
    case(
        "X615-032",
        caption(
            "The gentleman wears a long-sleeve hoodie with graphic patterns. The hoodie is with cotton fabric. The "
            "pants are of long length. The pants are with cotton fabric and pure color patterns. The gentleman wears "
            "a long-sleeve hoodie with graphic patterns. The hoodie is with",
            "loop",
            hit_limit=True,
        ),
        WEAR("a blue hoodie and grey pants"),
        TYPE("sweatshirt"),
        COLOR("blue"),
        SLEEVE("long"),
        DESC("she is wearing a blue hoodie", "pronoun"),
        DETAILS("a hood with a drawstring, a kangaroo pocket and UCB printed on the chest"),
        title="United Colors of Benetton Boys Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in a black short-sleeve tee with "GOOD VIBES" printed in white, blue ripped jeans, white backdrop,
    # front view. The row has no base_colour. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-033",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The pants are of long length. The pants are with denim fabric and pure color patterns."
        ),
        WEAR("a blue t-shirt and blue ripped jeans", "other_garment_color"),
        TYPE("t-shirt"),
        COLOR("blue", "contradiction"),
        PATTERN("printed"),
        DESC("a black t-shirt that says good vibes in white letters"),
        DETAILS("the t-shirt", "non_answer"),
        MAT("the material of the garment is cotton"),
        title="Tantra Women Printed Tshirt",
        category="Tshirts",
        gender="Women",
    ),
    # photo: man in a crisp white poplin shirt with thin blue vertical stripes and a chest pocket, navy trousers, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-034",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are of long length. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        WEAR("a white and blue striped shirt and navy pants"),
        TYPE("shirt"),
        COLOR("white"),
        PATTERN("solid", "contradiction"),
        DESC("a white shirt with thin blue stripes and a pocket on the chest"),
        DETAILS(
            "a white shirt with thin blue stripes and a pocket on the chest and a white shirt with thin blue stripes "
            "and a pocket",
            "loop",
            hit_limit=True,
        ),
        MAT("linen", "unsupported"),
        title="Peter England Men Stripes White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a red long-sleeve wrap midi dress below the knee, a tie at the waist and a leg slit, a bracelet
    # and a ring, nude heels, white backdrop, front view. Caption: caption adapter epoch 3 (starts over); answers: VQA
    # adapter.
    case(
        "X615-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a "
            "long-sleeve dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        WEAR("a red dress"),
        TYPE("dress"),
        COLOR("red"),
        SLEEVE("long"),
        DESC(
            "a red wrap dress with long sleeves, a v neck and a tie at the waist, the skirt falls to below the knee "
            "with a slit on the",
            "cut",
            hit_limit=True,
        ),
        DETAILS("a v neck, a tie at the waist, a slit on the leg and pockets", "unsupported"),
        MAT("red", "non_answer"),
        title="Dorothy Perkins Women Red Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in a bottle-green tee with an all-over white tropical leaf print, no pocket, khaki chinos, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter (the material answer leaks the next
    # question's format before its newline).
    case(
        "X615-036",
        caption(
            "The gentleman wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The trousers are of long length. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        WEAR("a green shirt with leaves on it and khaki pants"),
        TYPE("t-shirt"),
        COLOR("green"),
        SLEEVE("short"),
        DESC("a green t-shirt with white leaves all over it and a pocket", "unsupported"),
        DETAILS("white leaves printed all over the t-shirt"),
        MAT(
            "Question: What material is the garment made of? Answer: cotton Question: What is the color of the "
            "garment? Answer: green",
            "leak",
        ),
        title="Classic Polo Men Printed Green Tshirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in beige high-waisted pleated trousers with slanted pockets and turned-up cuffs, a brown belt, a
    # black long-sleeve chiffon blouse tucked in, white backdrop, front view. The row has no article_type. Caption:
    # caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-037",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The "
            "trousers are of long length. The trousers are with cotton fabric and pure color patterns. This woman "
            "wears a belt."
        ),
        WEAR("a black shirt and beige pants"),
        TYPE("trousers"),
        COLOR("black", "contradiction"),
        PATTERN("solid"),
        DESC("black trousers", "other_garment_color"),
        DETAILS(
            "pleats on the front, a high waist with a brown belt, slanted side pockets and turned up cuffs at the "
            "ankles, the trousers are",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Woman Beige Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a powder-blue silk-look kurta with tone-on-tone embroidery on the collar and placket, white
    # churidar, a watch on one wrist, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA
    # adapter.
    case(
        "X615-038",
        caption(
            "The upper clothing has long sleeves, silk fabric and pure color patterns. Its neckline is stand. The "
            "lower clothing is of long length. There is an accessory on her wrist.",
            "pronoun",
        ),
        WEAR("a blue kurta and white pants"),
        TYPE("kurta"),
        COLOR("blue"),
        DESC("a white kurta with embroidery on the collar and the front", "other_garment_color"),
        DETAILS("Question: What are the details of the garment? Answer: embroidery on the collar", "leak"),
        MAT("silk"),
        title="Manyavar Men Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: male model in a black crew-neck sweatshirt with a large white swoosh on the chest, no hood, grey joggers,
    # white backdrop, front view. Unisex row. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-039",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a crew neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        WEAR("Question: What is the person wearing? Answer: a black sweatshirt and grey sweatpants", "leak"),
        TYPE("sweatshirt"),
        COLOR("grey", "contradiction"),
        PATTERN("printed"),
        SLEEVE("long"),
        DESC("a grey sweatshirt with a white nike logo", "other_garment_color"),
        DETAILS("a big white swoosh on the chest, ribbed cuffs and a hood", "unsupported"),
        MAT("cotton"),
        title="Nike Unisex Black Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Unisex",
    ),
    # photo: woman in a peach straight kurta with mirror work on the yoke and a slit neckline, long sleeves, no tassels,
    # beige leggings, bangles and a ring, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA
    # adapter.
    case(
        "X615-040",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. Its neckline is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. This lady wears a ring. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        WEAR("a pink kurta and beige leggings"),
        TYPE("kurta"),
        COLOR("pink"),
        DESC("yes", "non_answer"),
        DETAILS("mirror work around the neck and the yoke, a slit neckline and gold tassels", "unsupported"),
        MAT(
            "cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, "
            "cotton, cotton,",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: boy in dark-blue jeans and an orange-and-white horizontally striped tee, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The pants are of long length. The pants are with denim fabric and pure color "
            "patterns."
        ),
        WEAR("an orange striped t-shirt and blue jeans"),
        TYPE("jeans"),
        COLOR("orange", "contradiction"),
        PATTERN("solid"),
        DESC("orange jeans", "other_garment_color"),
        DETAILS("the details of the jeans", "restated"),
        title="Palm Tree Boys Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in a multi-colored ikat-print matte cotton top (blue, red, mustard), three-quarter sleeves, a
    # tasselled tie at the neck, white jeans, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA
    # adapter.
    case(
        "X615-042",
        caption(
            "This woman wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its "
            "neckline is round. The pants are of long length. The pants are with denim fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        WEAR("a colorful top and white jeans"),
        TYPE("top"),
        COLOR("white", "contradiction"),
        PATTERN("printed"),
        SLEEVE("three-quarter"),
        DESC("a blue, red and yellow printed top with three quarter sleeves"),
        DETAILS("tassels on the neckline"),
        MAT("silk", "unsupported"),
        title="Global Desi Women Multi Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: man in khaki chinos with a brown belt, a navy polo tucked in, brown loafers, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-043",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. Its "
            "neckline is lapel. The trousers are of long length. The trousers are with cotton fabric and pure color "
            "patterns. This woman wears a belt.",
            "pronoun",
        ),
        WEAR("he is wearing a blue polo shirt and khaki pants"),
        TYPE("trousers"),
        COLOR("beige"),
        DESC("navy blue pants with a brown belt", "other_garment_color"),
        DETAILS(
            "a brown belt, a brown belt, a brown belt, a brown belt, a brown belt, a brown belt, a brown belt, a",
            "loop",
            hit_limit=True,
        ),
        MAT("cotton"),
        title="Dockers Men Khaki Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a dusty-pink pullover hoodie with white drawstrings and a kangaroo pocket, no zip, black leggings,
    # white backdrop, front view. The row has no base_colour. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-044",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "woman wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        WEAR("a pink hoodie and black leggings"),
        TYPE("sweatshirt"),
        COLOR("pink"),
        SLEEVE("long"),
        DESC("a black hoodie with white drawstrings", "other_garment_color"),
        DETAILS("a hood with white drawstrings, a front pocket and a zipper", "unsupported"),
        MAT("cotton Question: What is the color of the garment? Answer: pink", "leak"),
        title="Roadster Women Hooded Sweatshirt",
        category="Sweatshirts",
        gender="Women",
    ),
    # photo: man in a red-and-black buffalo-check brushed flannel shirt with two flap chest pockets and a curved hem,
    # worn open over a grey tee, blue jeans, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA
    # adapter.
    case(
        "X615-045",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The pants are of "
            "long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        WEAR("a red and black plaid shirt over a grey t-shirt and blue jeans"),
        TYPE("shirt"),
        COLOR("red"),
        PATTERN("striped", "contradiction"),
        SLEEVE("long"),
        DESC("a grey shirt with red and black checks", "other_garment_color"),
        DETAILS(
            "buttons down the front, two pockets with flaps on the chest, long sleeves with buttoned cuffs and a "
            "curved hem, the shirt is worn open over a",
            "cut",
            hit_limit=True,
        ),
        MAT("flannel"),
        title="Wrangler Men Red Checked Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: girl in a navy knee-length pleated skirt with white polka dots, a plain white tee tucked in, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X615-046",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "skirt is of medium length. The skirt is with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        WEAR("a white t-shirt and a blue skirt with white dots Question: Is this a skirt? Answer: yes", "leak"),
        TYPE("skirt"),
        COLOR("navy blue"),
        PATTERN("polka dot"),
        DESC("a white skirt with polka dots", "other_garment_color"),
        DETAILS(
            "she is wearing a white t-shirt and a navy blue skirt with white polka dots and a white t-shirt and a navy "
            "blue skirt with",
            "loop",
            hit_limit=True,
        ),
        title="Kids Girls Navy Blue Polka Dot Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Girls",
    ),
]
