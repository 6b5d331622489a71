"""BLIND_325 (46 products; women's activewear and swimwear: sports bras, leggings, shorts, swimsuits, cover-ups):
written blind in the forty-fourth session. Measured blind at abf161b (the session's rules as they stood): 103/129
failures found (79.8%) and 3/165 correct texts flagged (1.8%). The writer's notes, verbatim:

Scenario: an English catalog feed of women's activewear and swimwear: sports bras, leggings and yoga pants, running
and bike shorts, tank tops, one-piece swimsuits and tankinis, bikinis, beach cover-ups (shirts, crochet dresses,
sarongs, kaftans) and track jackets. Model shots in gyms (mirrors, brick and painted walls, kettlebells, yoga mats),
on beaches, by pools, on running tracks and trails, and on white. Most photos show a full outfit: the sold piece
with the other pieces it is styled with (a sports bra over leggings, a cover-up over a bikini, a jacket over a tee).
Each product has the seller's title, category, color and gender; a few rows miss the gender, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase) unless the
comment says the caption adapter wrote them (the DeepFashion template, "The lady wears a ... with pure color
patterns. The ... is with cotton fabric ..."); the adapter has no end token, runs to its limit (50 new tokens for
captions, 30 for answers) and carries hit_limit=True; asked a question it returns its template. The open questions
come from the base model, which stops on its own and never has hit_limit, except where the comment says the VQA
adapter (`Data3_V3_BLIP2_VQA`, also trained with no end token) answered one: it repeats its short answer up to the
limit ("green green green ..."), hit_limit=True. The closed questions (garment_type, color, pattern, sleeve_length,
the per-piece colors and "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets;
they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red or maroon for burgundy, blue for navy, teal, royal or dusty
  blue, green for teal, olive, sage, mint or forest green, pink for coral, baby pink or hot pink, orange for coral,
  purple for lilac, grey for grey melange or heather, yellow for neon yellow, brown for leopard print.
  Olive as brown, burgundy as pink and sage as blue are contradictions.
- The color of another piece of the outfit (the leggings under the sold bra, the bikini under the cover-up, the tee
  under the jacket, the jeans) given as the product's color, or a per-piece color that belongs to another piece, is
  other_garment_color. A color no piece has (the trees, the sky, the print's dots, the embroidery) is contradiction.
- Garment synonyms are correct: trousers or pants for leggings and yoga pants, dress for a crochet cover-up dress or
  a kaftan, skirt for a sarong, shirt for a beach cover-up shirt, bathing suit for a swimsuit or tankini, tracksuit
  for a jacket with matching joggers. A swimsuit called a dress, a sports bra or bikini top called a tank top or
  tank shirt, a tank top called a t-shirt, bike shorts called leggings, capri leggings called shorts, a bikini
  bottom called shorts, a track jacket called a hoodie are contradictions; where the caption adapter's
  template misnames the garment, that is what the auditor sees first (contradiction, hit_limit kept); where the
  template names only "upper clothing", it is cut or loop. The VQA adapter's "tank top tank top ..." for a bikini is
  loop: the repetition is seen first.
- Materials: spandex, lycra, nylon, polyester, mesh (on a mesh panel), crochet, chiffon (a sheer sarong), cotton for
  tees, tanks and heather leggings are correct; cotton or silk for a swimsuit or bikini, denim for leggings are
  unsupported. A material answered with the garment or its color ("yoga pants", "it is a jacket", "the shorts are
  black") is restated; "it is made of fabric" is non_answer; "it is made of" and "it is made of polyester and" are
  cut (no hit_limit: the base stopped early).
- Invented items (sunglasses, a straw hat, a water bottle, a hood, a zipper, a zipper pocket, a drawstring, buttons,
  a gold buckle, a chest pocket, a back pocket, reflective stripes or a racerback not in the view, side stripes on a
  plain garment) are unsupported. Details the title names (side pocket, 2-in-1 liner, cut-out, side splits) or the
  photo shows (ties, trim, a stand collar, criss-cross straps) are correct.
- Adapter texts: a repeated sentence of the template (or the VQA adapter's repeated word) is loop; a template that
  stops mid-sentence without repeating is cut; a template returned for the material question is restated.
- Base answers that run on into "Question: ... Answer:" are leak even where the first words are right; "he" for a
  woman is pronoun; "the shorts are short", "the tank top has details" and an empty answer are non_answer.
- Patterns: striped is correct for a swimsuit with contrast side stripes; striped for tie-dye and solid for a graphic
  print are contradictions; a white print color given for a navy dotted tankini is contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

color_bra = question("color_bra", "What is the color of the sports bra?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_bikini_top = question("color_bikini_top", "What is the color of the bikini top?", "closed")
color_bikini_bottom = question("color_bikini_bottom", "What is the color of the bikini bottom?", "closed")
neckline = question("neckline", "What is the neckline of the swimsuit?", "open")

BLIND_325 = [
    # photo: model in a black racerback sports bra and black leggings, gym with a mirrored wall and a dumbbell rack,
    # front three-quarter view.
    # adapter: none
    case(
        "X325-001",
        caption("a woman in a black sports bra and leggings standing in a gym"),
        D.wearing("a black sports bra and black leggings"),
        B.garment_type("sports bra"),
        B.color("black"),
        is_a("sports bra", "yes"),
        D.material("spandex"),
        D.details("the sports bra has", "cut"),
        color_leggings("grey", "contradiction"),
        title="Women Black Racerback Sports Bra",
        category="Sports Bras",
        color="Black",
        gender="Women",
    ),
    # photo: navy high-waist leggings worn with a white cropped tank top, white studio backdrop, full length front.
    # caption: caption adapter
    case(
        "X325-002",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("navy leggings and a white tank top"),
        color_leggings("black", "contradiction"),
        color_top("white"),
        B.color("white", "other_garment_color"),
        D.description("a pair of high waisted leggings"),
        title="Women Navy High-Waist Training Leggings",
        category="Leggings",
        color="Navy",
        gender="Women",
    ),
    # photo: coral triangle bikini with side-tie bottoms, beach with blue sea behind, front view.
    # adapter: none
    case(
        "X325-003",
        caption("a woman in a pink bikini on the beach"),
        D.wearing("he is wearing a pink bikini", "pronoun"),
        B.color("orange"),
        B.pattern("solid"),
        is_a("bikini", "yes"),
        D.material("cotton", "unsupported"),
        D.details("the bikini has ties on the sides"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Coral Triangle Bikini Set",
        category="Bikinis",
        color="Coral",
        gender="Women",
    ),
    # photo: grey melange running shorts with a black tank top, white backdrop, front view cropped at the shoulders.
    # caption, details: caption adapter
    case(
        "X325-004",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short shorts. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts",
            "loop",
            hit_limit=True,
        ),
        color_shorts("grey"),
        B.color("black", "other_garment_color"),
        D.wearing("a black tank top and grey shorts"),
        title="Women Grey Melange Running Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black one-piece swimsuit with white contrast stripes down the sides, sitting on a pool edge, blue water.
    # adapter: none
    case(
        "X325-005",
        caption("a woman in a black swimsuit sitting by a pool"),
        D.wearing("a black and white swimsuit"),
        B.pattern("striped"),
        B.color("black"),
        is_a("dress", "yes", "contradiction"),
        D.details("it has a zipper on the front", "unsupported"),
        title="Women Black Side-Stripe One-Piece Swimsuit",
        category="Swimsuits",
        color="Black",
        gender="Women",
    ),
    # photo: olive green seamless leggings (no drawstring) with a matching olive sports bra, gym, exposed brick wall.
    # color of the leggings: VQA adapter
    case(
        "X325-006",
        caption("a woman in a green sports bra and leggings posing in front of a brick wall"),
        color_of(
            "leggings",
            "green green green green green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.wearing("a green sports bra and green leggings"),
        D.material("nylon"),
        B.color("brown", "contradiction"),
        is_a("pair of leggings", "yes"),
        D.details("seamless with a high waist and a drawstring", "unsupported"),
        title="Women Olive Seamless High-Rise Leggings",
        category="Leggings",
        color="Olive",
        gender="Women",
    ),
    # photo: white long-sleeve linen-look cover-up shirt worn open over a black bikini, beach, front view.
    # caption, material: caption adapter
    case(
        "X325-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black bikini"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.garment_type("shirt"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women White Linen Blend Beach Cover-Up Shirt",
        category="Cover-Ups",
        color="White",
        gender="Women",
    ),
    # photo: purple and white tie-dye sports bra with grey leggings, white backdrop, front view only.
    # adapter: none
    case(
        "X325-008",
        caption("a woman in a tie dye sports bra and grey leggings"),
        B.pattern("tie-dye"),
        B.color("grey", "other_garment_color"),
        color_bra("purple"),
        D.wearing("he is wearing a purple sports bra and grey leggings", "pronoun"),
        D.details("the bra has a racerback and a logo on the band", "unsupported"),
        title="Women Purple Tie-Dye Sports Bra",
        category="Sports Bras",
        color="Purple",
        gender="Women",
    ),
    # photo: black bike shorts with a grey heather cropped tee, gym with rubber floor, holding a kettlebell.
    # adapter: none
    case(
        "X325-009",
        caption("a woman in a grey shirt and black shorts holding a kettlebell"),
        D.wearing("a grey t-shirt and black bike shorts"),
        color_shorts("black"),
        B.garment_type("shorts"),
        is_a("pair of leggings", "yes", "contradiction"),
        D.description("the shorts are short", "non_answer"),
        B.color("grey", "other_garment_color"),
        title="Women Black Bike Shorts 7 Inch",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: red halter-neck one-piece swimsuit, white backdrop, front view.
    # caption: caption adapter
    case(
        "X325-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "halter neckline. The lady wears a sleeveless dress with pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red swimsuit Question: what is the color of the swimsuit? Answer: red", "leak"),
        B.color("red"),
        B.garment_type("swimsuit"),
        neckline("v neck", "contradiction"),
        title="Women Red Halter One-Piece Swimsuit",
        category="Swimsuits",
        color="Red",
        gender="Women",
    ),
    # photo: black zip-up track jacket (stand collar, no hood) with white stripes down the sleeves, half zipped over a
    # white tee, black joggers, white backdrop.
    # adapter: none
    case(
        "X325-011",
        caption("a woman in a black jacket and white shirt"),
        D.wearing("a black track jacket with white stripes"),
        color_jacket("black"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.material("the jacket is black", "restated"),
        D.details("white stripes on the sleeves and a hood", "unsupported"),
        title="Women Black Track Jacket with Contrast Stripes",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: teal leggings with a side phone pocket, black sports bra, yoga studio with wood floor, on a purple mat.
    # adapter: none
    case(
        "X325-012",
        caption("a woman doing yoga on a mat"),
        D.wearing("blue leggings and a black sports bra"),
        color_leggings("green"),
        B.color("black", "other_garment_color"),
        D.details("side pocket"),
        D.material("it is made of", "cut"),
        D.description("leggings with a pocket on the side and a pocket on the back", "unsupported"),
        title="Women Teal Yoga Leggings with Side Pocket",
        category="Leggings",
        color="Teal",
        gender="Women",
    ),
    # photo: white tank top with a black "RUN" graphic on the chest, black running shorts, outdoor running track.
    # adapter: none
    case(
        "X325-013",
        caption("a woman running on a track"),
        D.wearing("a white tank top and black shorts"),
        B.color("white"),
        B.pattern("solid", "contradiction"),
        D.details("it has a graphic on the front that says run"),
        D.material("the tank top is white", "restated"),
        B.garment_type("t-shirt", "contradiction"),
        title="Women White RUN Graphic Tank Top",
        category="Tank Tops",
        color="White",
        gender="Women",
    ),
    # photo: leopard print bikini, beach at sunset, orange sky, front view.
    # wearing: VQA adapter
    case(
        "X325-014",
        caption("a woman in a leopard print bikini on the beach"),
        D.wearing(
            "tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top",
            "loop",
            hit_limit=True,
        ),
        B.pattern("leopard print"),
        B.color("brown"),
        is_a("bikini", "yes"),
        D.material("a leopard print bikini", "restated"),
        title="Women Leopard Print Bikini Set",
        category="Bikinis",
        color="Brown",
        gender="Women",
    ),
    # photo: black sports bra with a mesh panel across the front, matching black leggings, white backdrop, front view.
    # caption: caption adapter
    case(
        "X325-015",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("he is wearing a black sports bra and black leggings", "pronoun"),
        color_bra("black"),
        D.details("mesh panel on the front and a pocket on the back", "unsupported"),
        D.material("mesh"),
        is_a("tank top", "no"),
        title="Women Black Mesh Panel Sports Bra",
        category="Sports Bras",
        color="Black",
        gender="Women",
    ),
    # photo: pink running shorts with white trim and drawstring, white tank top, running in a park, green trees behind.
    # adapter: none
    case(
        "X325-016",
        caption("a woman in pink shorts and a white tank top running in a park"),
        color_shorts("pink"),
        color_top("white"),
        B.color("green", "contradiction"),
        D.details("white trim and a zipper pocket on the back", "unsupported"),
        D.wearing("pink shorts Question: what is the color of the shorts? Answer: pink", "leak"),
        title="Women Pink Running Shorts with Contrast Trim",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: navy and white horizontally striped scoop-neck one-piece swimsuit, white backdrop, no hardware.
    # adapter: none
    case(
        "X325-017",
        caption("a woman in a blue and white striped swimsuit"),
        B.pattern("striped"),
        B.color("blue"),
        B.garment_type("dress", "contradiction"),
        D.material("polyester"),
        D.description("a swimsuit with blue and white stripes and a gold buckle", "unsupported"),
        D.wearing("he is wearing a striped swimsuit", "pronoun"),
        title="Women Navy Striped Scoop-Neck Swimsuit",
        category="Swimsuits",
        color="Navy",
        gender="Women",
    ),
    # photo: black short-sleeve crochet cover-up dress over a white bikini (visible through the stitches), beach.
    # caption: caption adapter
    case(
        "X325-018",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with knitting fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with lattice patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black crochet dress over a white bikini"),
        B.color("white", "other_garment_color"),
        B.garment_type("dress"),
        D.material("crochet"),
        is_a("cover up", "yes"),
        title="Women Black Crochet Beach Cover-Up Dress",
        category="Cover-Ups",
        color="Black",
        gender="Women",
    ),
    # photo: burgundy ribbed fitted tank top, black leggings, gym with a grey painted wall.
    # adapter: none
    case(
        "X325-019",
        caption("a woman in a red tank top and black leggings"),
        color_top("red"),
        B.color("pink", "contradiction"),
        D.material("ribbed cotton"),
        D.details("the tank top has details", "non_answer"),
        D.wearing("a maroon tank top and black leggings"),
        title="Women Burgundy Ribbed Fitted Tank Top",
        category="Tank Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: lilac zip-up track jacket (stand collar, no hood), zipped, matching lilac joggers, white backdrop.
    # adapter: none
    case(
        "X325-020",
        caption("a woman in a purple tracksuit"),
        B.garment_type("jacket"),
        B.color("purple"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.wearing("a purple jacket and purple pants"),
        D.details("a hood and a zipper", "unsupported"),
        D.material("it is a jacket", "restated"),
        title="Women Lilac Zip-Up Track Jacket",
        category="Jackets",
        color="Lilac",
        gender="Women",
    ),
    # photo: black high-waist bikini bottom with a black bikini top, white backdrop, cropped from the chest to the
    # thighs.
    # adapter: none
    case(
        "X325-021",
        caption("a woman in a black bikini bottom"),
        B.garment_type("shorts", "contradiction"),
        B.color("black"),
        is_a("bikini", "yes"),
        D.description("a black high waisted bikini bottom with", "cut"),
        D.wearing("a black bikini"),
        D.material("cotton", "unsupported"),
        title="Women Black High-Waist Bikini Bottom",
        category="Bikinis",
        color="Black",
        gender="Women",
    ),
    # photo: royal blue longline sports bra, black leggings, gym with a blue painted wall behind.
    # adapter: none
    case(
        "X325-022",
        caption("a woman in a blue sports bra and black leggings standing in front of a blue wall"),
        color_bra("blue"),
        color_leggings("blue", "other_garment_color"),
        D.wearing("a blue sports bra and blue leggings", "other_garment_color"),
        D.material("cotton Question: what is the color of the sports bra? Answer: blue", "leak"),
        is_a("sports bra", "yes"),
        title="Women Royal Blue Longline Sports Bra",
        category="Sports Bras",
        color="Royal Blue",
        gender="Women",
    ),
    # photo: bikini top with a multicolor floral print on white, plain white bikini bottom, by a pool.
    # caption, details: caption adapter
    case(
        "X325-023",
        caption(
            "The lady wears a sleeveless tank shirt with floral patterns. The tank shirt is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a short trousers. The trousers are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "The tank shirt is with cotton fabric and floral patterns. It has a suspenders neckline. The tank shirt "
            "is with cotton fabric and floral",
            "loop",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.color("white"),
        D.wearing("a floral bikini"),
        B.garment_type("tank top", "contradiction"),
        title="Women Floral Print Bikini Top",
        category="Bikinis",
        color="White",
        gender="Women",
    ),
    # photo: plain black flared yoga pants with a grey tank top, white backdrop, full length. Row has no gender.
    # adapter: none
    case(
        "X325-024",
        caption("a woman in black yoga pants and a grey tank top"),
        B.garment_type("pants"),
        color_pants("black"),
        B.color("grey", "other_garment_color"),
        D.description("black pants with white stripes on the side", "unsupported"),
        D.wearing("she is wearing black pants and a grey shirt"),
        D.material("yoga pants", "restated"),
        title="Black Flared Yoga Pants",
        category="Leggings",
        color="Black",
    ),
    # photo: neon yellow running tank, black shorts, running on a city road, front view.
    # adapter: none
    case(
        "X325-025",
        caption("a woman running on the road in a yellow shirt"),
        B.color("yellow"),
        D.material("nylon"),
        D.details("reflective stripes on the back", "unsupported"),
        D.wearing("a yellow tank top and black shorts Question: what", "leak"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Neon Yellow Running Tank",
        category="Tank Tops",
        color="Neon Yellow",
        gender="Women",
    ),
    # photo: white one-piece swimsuit with a cut-out at the waist, standing on a beach, front view.
    # color of the swimsuit (open): VQA adapter
    case(
        "X325-026",
        caption("a woman in a white swimsuit standing on the beach"),
        color_of(
            "swimsuit",
            "white white white white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("white"),
        D.details("a cut out at the waist"),
        D.material("it is made of cotton", "unsupported"),
        is_a("swimsuit", "yes"),
        title="Women White Cut-Out One-Piece Swimsuit",
        category="Swimsuits",
        color="White",
        gender="Women",
    ),
    # photo: green and brown camouflage print high-waist leggings, black sports bra, white backdrop.
    # adapter: none
    case(
        "X325-027",
        caption("a woman in camo leggings and a black sports bra"),
        B.pattern("camouflage"),
        B.color("green"),
        color_bra("green", "other_garment_color"),
        D.description("camouflage leggings with a high waist"),
        D.material("denim", "unsupported"),
        title="Women Camo Print High-Waist Leggings",
        category="Leggings",
        color="Green",
        gender="Women",
    ),
    # photo: baby pink low-impact sports bra with white cotton shorts, white backdrop, front view.
    # caption, wearing: caption adapter
    case(
        "X325-028",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of short length. The fabric is cotton and it has pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of short",
            "cut",
            hit_limit=True,
        ),
        color_bra("pink"),
        color_shorts("pink", "other_garment_color"),
        B.garment_type("sports bra"),
        title="Women Baby Pink Low-Impact Sports Bra",
        category="Sports Bras",
        color="Baby Pink",
        gender="Women",
    ),
    # photo: black and white colour-block zip track jacket (no hood, two zip pockets), black leggings, gym.
    # adapter: none
    case(
        "X325-029",
        caption("a woman in a black and white jacket"),
        B.pattern("color block"),
        B.color("black"),
        wearing("a black and white jacket and black leggings", who="she"),
        D.details("a zipper and two pockets"),
        is_a("hoodie", "yes", "contradiction"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Women Colour-Block Track Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: orange tie-side bikini, standing by a pool with tropical plants, no accessories.
    # adapter: none
    case(
        "X325-030",
        caption("a woman in an orange bikini standing by a pool"),
        color_bikini_top("orange"),
        color_bikini_bottom("red", "contradiction"),
        D.wearing("an orange bikini and sunglasses", "unsupported"),
        D.material("spandex"),
        D.details("ties on the side of the bottom"),
        B.pattern("floral", "contradiction"),
        title="Women Orange Tie-Side Bikini",
        category="Bikinis",
        color="Orange",
        gender="Women",
    ),
    # photo: grey heather leggings with a white sports bra, white backdrop, full length.
    # description: caption adapter
    case(
        "X325-031",
        caption("a woman in grey leggings and a white sports bra"),
        D.description(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are",
            "loop",
            hit_limit=True,
        ),
        color_leggings("grey"),
        B.color("white", "other_garment_color"),
        D.material("cotton"),
        D.wearing("grey leggings and a grey top", "other_garment_color"),
        title="Women Grey Heather Everyday Leggings",
        category="Leggings",
        color="Grey",
        gender="Women",
    ),
    # photo: plain mint green relaxed tank top, white shorts, on a wooden beach boardwalk, no pocket.
    # adapter: none
    case(
        "X325-032",
        caption("a woman in a green tank top and white shorts on a boardwalk"),
        B.color("green"),
        B.sleeve_length("sleeveless"),
        D.material("it is a tank top", "restated"),
        D.details("it has a pocket on the chest", "unsupported"),
        wearing("he is wearing a green tank top", "pronoun", who="the woman"),
        color_shorts("green", "other_garment_color"),
        title="Women Mint Green Relaxed Tank Top",
        category="Tank Tops",
        color="Mint",
        gender="Women",
    ),
    # photo: navy tankini top with white polka dots and a plain navy bottom, white backdrop.
    # adapter: none
    case(
        "X325-033",
        caption("a woman in a navy blue polka dot swimsuit"),
        B.pattern("polka dot"),
        B.color("white", "contradiction"),
        is_a("tank top", "no"),
        D.description("a navy polka dot swim top with a matching bottom"),
        D.wearing("a blue and white polka dot dress", "contradiction"),
        title="Women Navy Polka Dot Tankini Set",
        category="Swimsuits",
        color="Navy",
        gender="Women",
    ),
    # photo: all-white set: white seamless leggings and white sports bra on a white backdrop.
    # caption: caption adapter
    case(
        "X325-034",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sports bra and white leggings"),
        color_leggings("white"),
        B.color("white"),
        D.material("it is made of fabric", "non_answer"),
        is_a("pair of leggings", "no", "contradiction"),
        title="Women White Seamless Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: sheer black sarong tied at the hip over a red bikini, beach, side slit where it is knotted.
    # adapter: none
    case(
        "X325-035",
        caption("a woman in a red bikini with a black sarong"),
        B.garment_type("skirt"),
        B.color("red", "other_garment_color"),
        D.material("chiffon"),
        D.wearing("a red bikini and a black skirt"),
        D.details("a slit on the side and a tie"),
        is_a("dress", "yes", "contradiction"),
        title="Women Black Sheer Sarong Cover-Up",
        category="Cover-Ups",
        color="Black",
        gender="Women",
    ),
    # photo: dusty blue 2-in-1 running shorts with a grey tee, forest trail, front view.
    # color of the shorts (open): VQA adapter
    case(
        "X325-036",
        caption("a woman running on a trail"),
        color_of(
            "shorts",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("grey", "other_garment_color"),
        D.details("it has a built in liner"),
        D.material("it is made of polyester and", "cut"),
        D.wearing("she is wearing a grey shirt and blue shorts"),
        title="Women Dusty Blue 2-in-1 Running Shorts",
        category="Shorts",
        color="Dusty Blue",
        gender="Women",
    ),
    # photo: hot pink one-piece swimsuit with ruffles along the off-shoulder neckline, V front, by a pool.
    # caption: caption adapter
    case(
        "X325-037",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink dress with ruffles", "contradiction"),
        B.color("pink"),
        B.sleeve_length("sleeveless"),
        neckline("v neck"),
        D.material("silk", "unsupported"),
        title="Women Hot Pink Ruffle One-Piece Swimsuit",
        category="Swimsuits",
        color="Hot Pink",
        gender="Women",
    ),
    # photo: plain black capri leggings with a white tank top, mirror selfie in a gym, phone covering the face.
    # adapter: none
    case(
        "X325-038",
        caption("a woman taking a selfie in a gym mirror"),
        D.wearing("black leggings and a white tank top"),
        B.color("black"),
        D.description("black leggings with a white stripe down the side", "unsupported"),
        D.details("the leggings have a white logo Question: what are the details of the leggings? Answer:", "leak"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Women Black Capri Gym Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: red lightweight track jacket worn open over a black sports bra, black leggings, studio, zip front.
    # adapter: none
    case(
        "X325-039",
        caption("a woman in a red jacket and black leggings"),
        color_jacket("red"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket"),
        D.wearing("a red jacket, black sports bra and black leggings"),
        D.description("a red jacket with white buttons", "unsupported"),
        D.material("nylon Question: what is the color of the jacket? Answer: red", "leak"),
        title="Women Red Lightweight Track Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: blue and white tie-dye crop tank top with blue bike shorts, white backdrop.
    # adapter: none
    case(
        "X325-040",
        caption("a woman in a blue tie dye shirt and shorts"),
        B.pattern("striped", "contradiction"),
        B.color("blue"),
        B.sleeve_length("sleeveless"),
        D.details("", "non_answer"),
        D.wearing("a tie dye crop top and blue shorts"),
        color_shorts("white", "other_garment_color"),
        title="Women Blue Tie-Dye Crop Tank",
        category="Tank Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black strapless bandeau bikini top and black bottoms, beach, front view.
    # caption, material: caption adapter
    case(
        "X325-041",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a strapless neckline. "
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a strapless neckline. "
            "The lower clothing is of",
            "restated",
            hit_limit=True,
        ),
        B.color("black"),
        is_a("bikini", "yes"),
        D.wearing("a black tank top and black shorts", "contradiction"),
        title="Women Black Bandeau Bikini Set",
        category="Bikinis",
        color="Black",
        gender="Women",
    ),
    # photo: sage green sports bra with criss-cross back straps and matching leggings, back view, gym.
    # adapter: none
    case(
        "X325-042",
        caption("the back of a woman in a green sports bra and leggings"),
        D.details("criss cross straps on the back"),
        color_bra("green"),
        B.color("blue", "contradiction"),
        D.material("lycra"),
        is_a("tank top", "yes", "contradiction"),
        D.wearing("a green sports bra and green leggings and a water bottle", "unsupported"),
        title="Women Sage Green Criss-Cross Back Sports Bra",
        category="Sports Bras",
        color="Sage",
        gender="Women",
    ),
    # photo: black running shorts with split hems, pink tank top, outdoor path. Row has no gender.
    # adapter: none
    case(
        "X325-043",
        caption("a woman in a pink top and black shorts"),
        D.wearing("pink tank top and black running shorts"),
        color_shorts("black"),
        color_top("black", "other_garment_color"),
        D.details("side splits"),
        D.material("the shorts are black", "restated"),
        title="Black Split-Hem Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # photo: white long-sleeve wrap kaftan with blue embroidery at the neckline, beach under a blue sky, no hat.
    # details: caption adapter
    case(
        "X325-044",
        caption("a woman in a white dress standing on the beach"),
        D.details(
            "The dress is with cotton fabric and graphic patterns. It has a v-shape neckline. The dress is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        B.color("blue", "contradiction"),
        B.garment_type("dress"),
        D.wearing("a white kaftan and a straw hat", "unsupported"),
        B.sleeve_length("long sleeves"),
        D.material("the dress is white", "restated"),
        title="Women White Embroidered Kaftan Cover-Up",
        category="Cover-Ups",
        color="White",
        gender="Women",
    ),
    # photo: plain forest green zip-up track jacket with a stand collar, white tee, blue jeans, white backdrop.
    # adapter: none
    case(
        "X325-045",
        caption("a woman in a green jacket and jeans"),
        color_jacket("green"),
        B.color("blue", "other_garment_color"),
        D.description("a green jacket with a white stripe", "unsupported"),
        D.details("a stand up collar and a", "cut"),
        D.wearing("she is wearing a green jacket and blue jeans"),
        title="Women Forest Green Zip-Up Track Jacket",
        category="Jackets",
        color="Forest Green",
        gender="Women",
    ),
    # photo: black sports bra and matching black shorts set, white backdrop, front view.
    # wearing: VQA adapter
    case(
        "X325-046",
        caption("a woman in a black sports bra and black shorts"),
        D.wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("sports bra"),
        color_shorts("black"),
        D.material("polyester Question: what is the color of the sports bra? Answer: black", "leak"),
        is_a("pair of shorts", "yes"),
        color_bra("grey", "contradiction"),
        title="Women Black Sports Bra and Shorts Set",
        category="Activewear Sets",
        color="Black",
        gender="Women",
    ),
]
