"""BLIND_395 (46 products; women's and men's activewear, model shots on grey backdrops): written blind in the forty-
fifth session. Measured blind at 7afc101 (the session's rules as they stood): 105/131 failures found (80.2%) and
7/164 correct texts flagged (4.3%). The writer's notes, verbatim:

Scenario: an English catalog feed from a global sports brand's activewear range for women and men: running tees,
training tanks, sports bras, leggings, tights, joggers and track pants, shorts, track jackets, hoodies and
windbreakers. Every photo is a model shot on a plain grey studio backdrop (front view unless the comment says
otherwise), so the product is always worn with other pieces (a bra over leggings, a tee under an open jacket), and
many pieces are grey, black or white like the backdrop. Each row has the seller's title, category, color (the brand's
own names: Hyper Pink, Volt, Obsidian, Sail, Light Bone, Smoke Grey...) and gender; two rows miss a column.

Who wrote what: every caption comes from the caption adapter of the original experiments (the DeepFashion template:
"The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."). It has no
end token, so every caption runs to its 50-token limit and carries hit_limit=True; its patterns are DeepFashion's
(pure color, graphic, striped, color block, floral) and it names no hue. The open questions of the default
questionnaire (wearing, description, details, material) come from the untuned base model: short lowercase answers
that stop on their own (no hit_limit). The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece color questions, fit and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, one
candidate from a closed set; they never loop or get cut.

Labeling conventions and judgement calls:
- Adapter captions: a caption that repeats a sentence of the template is loop; one that stops mid-sentence is cut
  (even where it also guesses "cotton" for a synthetic fabric or a wrong pattern word at the very end); one that
  happens to end on a full stop at the limit and says nothing wrong is correct (hit_limit kept). Where the template
  misnames the product itself (a sports bra or a track jacket as a "tank top" / "T-shirt") or gives the product a
  wrong pattern inside a finished sentence (pure color for camo, floral for tie-dye), that is what the auditor sees
  first: contradiction. "The lady" / "Her" for a man is pronoun.
- Template synonyms counted correct: "sweater" with "hooded neckline" for a hoodie, "tank top ... hooded neckline"
  for a sleeveless hoodie, "outer clothing" / "upper clothing" for a jacket, "trousers" / "pants" for joggers and
  track pants, "leggings" for tights. A caption that describes the other pieces (the tee under the shorts) is fine.
- Shade words counted correct: pink for Hyper Pink, yellow or green for Volt (a neon yellow-green), blue for
  Obsidian, Midnight Navy, College Navy and Game Royal, orange or pink for Coral, purple for Lilac, green or blue for
  Dark Teal, green for Olive and Medium Olive, white or beige for Sail and Light Bone, grey for every heather or smoke
  grey, red for Team Red and University Red. Navy given as black and olive as brown are contradiction.
- A color that belongs to another piece in the photo (the bra's pink for the shorts, the tee's white for an open
  hoodie, the black shorts' color for a green jacket) is other_garment_color, also in a wearing answer that gives two
  garments one color. A color that no piece has (grey from the backdrop) or the color of the product's own print,
  trim or liner is contradiction.
- Multicolor products: any one of their colors is correct (pink for a tie-dye tee, purple or pink for the color-block
  windbreaker).
- Materials: one the title names is correct (polyester, fleece, nylon, cotton); "polyester" for a tricot track
  jacket is correct (tricot is a polyester knit); "cotton" for a plain cotton-look tee or hoodie with no material in
  the title is correct; cotton for a title that says polyester, leather for a windbreaker, and claims such as
  "waterproof" or "water resistant" that the title does not make are unsupported. A material answered with the
  garment's name is restated; a color, "material", "i don't know" or an empty answer is non_answer.
- Invented parts (a hood on a hood-less jacket, zip pockets, side stripes, a logo on a plain piece, a back pocket on
  a front view, a chest pocket) are unsupported. A wrong neckline or sleeve length is contradiction.
- The reference engine's garment_type or yes/no naming another piece in the photo (shorts for the tights worn under
  them, "yes" to "Is this a sports bra?" for the open hoodie over one) is contradiction; "pants" for flared leggings
  is a synonym and correct.
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first words are right. A base
  answer stopped early ("it is made of", "a white t shirt with") is cut, without hit_limit. A base answer that repeats
  its phrase is loop. "he" / "a man" for a woman and "she" / "a woman" for a man are pronoun.
- Details answered "the details of the jacket", "the shirt has details" or "they are shorts" are non_answer.
- A wearing answer that names only some of the pieces, or a prop (headphones), is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_bra = question("color_sports_bra", "What is the color of the sports bra?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_hoodie = question("color_hoodie", "What is the color of the hoodie?", "closed")
fit = question("fit", "What is the fit of the garment?", "closed")

BLIND_395 = [
    # photo: woman in a hot pink short-sleeve crew-neck running tee with a small white logo on the left chest, black
    # running shorts, grey backdrop, front view. caption: adapter
    case(
        "X395-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and black shorts"),
        D.color("pink"),
        D.sleeve_length("short sleeves"),
        D.description("a pink shirt with a v neck", "contradiction"),
        D.material("cotton", "unsupported"),
        title="Women Pink Dri-FIT Polyester Running Tee",
        category="T-Shirts",
        color="Hyper Pink",
        gender="Women",
    ),
    # photo: woman in a plain black racerback training tank and grey leggings, grey backdrop, three-quarter back view
    # showing the racerback. caption: adapter
    case(
        "X395-002",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. Her tank "
            "top has no sleeves, cotton fabric and pure color patterns. The neckline of it",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black tank top and grey leggings"),
        D.color("black"),
        color_leggings("black", "other_garment_color"),
        D.details("a racer back"),
        D.sleeve_length("sleeveless"),
        D.material("a black tank top", "restated"),
        title="Women Black Racerback Training Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a neon yellow-green medium-support sports bra with a scoop neck and black leggings, grey
    # backdrop. caption: adapter
    case(
        "X395-003",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this lady wears is of long length. The pants are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow sports bra and black leggings"),
        D.garment_type("sports bra"),
        D.color("yellow"),
        D.description("a yellow tank top", "contradiction"),
        D.material("a sports bra", "restated"),
        is_a("tank top", "no"),
        title="Women Volt Medium-Support Sports Bra",
        category="Sports Bras",
        color="Volt",
        gender="Women",
    ),
    # photo: woman in plain black high-waisted 7/8 leggings and a white sports bra, white sneakers, grey backdrop,
    # full length. caption: adapter
    case(
        "X395-004",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sports bra and black leggings"),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        D.details("high waisted"),
        D.description("a pair of black leggings with white stripes on the side", "unsupported"),
        fit("tight"),
        title="Women Black High-Waisted 7/8 Training Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: woman in olive, khaki and black camouflage-print high-rise leggings and a black sports bra, grey
    # backdrop. caption: adapter
    case(
        "X395-005",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("camouflage leggings and a black top"),
        D.pattern("camouflage"),
        D.color("green"),
        color_leggings("green"),
        D.description("a pair of camo leggings with a pocket on the side", "unsupported"),
        is_a("pair of leggings", "yes"),
        title="Women Camo Print High-Rise Leggings",
        category="Leggings",
        color="Olive Camo",
        gender="Women",
    ),
    # photo: woman in heather grey fleece joggers with a drawstring and cuffed ankles, white cropped tee, grey
    # backdrop (grey on grey). caption: adapter
    case(
        "X395-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and grey sweatpants"),
        D.garment_type("joggers"),
        D.color("grey"),
        color_pants("white", "other_garment_color"),
        D.description("a pair of grey joggers with a black stripe", "unsupported"),
        D.material("fleece"),
        title="Women Grey Fleece Jogger Pants",
        category="Joggers",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: woman in plain navy running shorts (no trim) and a white tee, cropped chest to mid-thigh, grey backdrop.
    # caption: adapter
    case(
        "X395-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue shorts"),
        D.color("black", "contradiction"),
        color_shorts("blue"),
        D.details("the shorts have a white stripe on the side", "unsupported"),
        D.material("the shorts are made of", "cut"),
        title="Women Navy Tempo Running Shorts",
        category="Shorts",
        color="Midnight Navy",
        gender="Women",
    ),
    # photo: woman in a black tricot track jacket with three white stripes down the sleeves, stand collar, no hood,
    # worn open over a white tee, black leggings, grey backdrop. caption: adapter
    case(
        "X395-008",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long leggings. The leggings are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jacket, a white shirt and black leggings"),
        D.garment_type("jacket"),
        D.color("black"),
        D.pattern("striped"),
        D.details("three white stripes and a hood", "unsupported"),
        D.material("polyester"),
        title="Women Black Tricot Track Jacket",
        category="Jackets",
        color="Black/White",
        gender="Women",
    ),
    # photo: woman in a plain lilac oversized pullover hoodie, hood down, kangaroo pocket, black leggings, grey
    # backdrop. caption: adapter
    case(
        "X395-009",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a hooded neckline. The lady wears a long leggings. The leggings are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple hoodie and purple leggings", "other_garment_color"),
        D.garment_type("hoodie"),
        D.color("purple"),
        D.details("a hood and a pocket in the front"),
        D.description("a purple hoodie with a white logo", "unsupported"),
        fit("oversized"),
        title="Women Lilac Oversized Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Lilac",
        gender="Women",
    ),
    # photo: woman in a coral half-zip nylon windbreaker, stand collar, no pockets visible, black shorts, grey
    # backdrop. caption: adapter
    case(
        "X395-010",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a stand neckline. The "
            "lower clothing is of short length. The fabric is cotton and it has pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange jacket and black shorts"),
        D.color("orange"),
        color_jacket("pink"),
        D.details("zipper pockets on the sides", "unsupported"),
        D.description(
            "an orange jacket Question: What is the color of the jacket? Answer: orange",
            "leak",
        ),
        D.material("nylon"),
        title="Women Coral Nylon Half-Zip Windbreaker",
        category="Jackets",
        color="Coral",
        gender="Women",
    ),
    # photo: woman in a very dark navy long-sleeve running top with thumbholes and a small reflective logo on the
    # chest, black leggings, grey backdrop. caption: adapter (ends on a full stop at the limit)
    case(
        "X395-011",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and black pants", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        D.details("a small logo on the chest"),
        title="Women Obsidian Long-Sleeve Running Top",
        category="Tops",
        color="Obsidian",
        gender="Women",
    ),
    # photo: woman in a black strappy light-support sports bra and black leggings (all black), grey backdrop, back
    # view showing the crossed straps. caption: adapter
    case(
        "X395-012",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black sports bra and black leggings"),
        D.garment_type("sports bra"),
        D.color("black"),
        D.details("straps on the back"),
        D.material("cotton", "unsupported"),
        is_a("tank top", "yes", "contradiction"),
        title="Women Black Strappy Light-Support Sports Bra",
        category="Sports Bras",
        color="Black",
        gender="Women",
    ),
    # photo: woman in dark teal leggings with a side phone pocket and a heather grey tank, grey backdrop.
    # caption: adapter
    case(
        "X395-013",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey tank top and green leggings"),
        D.color("grey", "other_garment_color"),
        color_leggings("blue"),
        D.details("a pocket on the side"),
        D.description("a pair of dark green leggings with a pocket on the side"),
        fit("loose", "contradiction"),
        title="Women Dark Teal Leggings with Side Pocket",
        category="Leggings",
        color="Dark Teal",
        gender="Women",
    ),
    # photo: woman in black 8-inch biker shorts and a pink sports bra, grey backdrop. caption: adapter
    case(
        "X395-014",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "shorts this lady wears is of three-point length. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink sports bra and pink shorts", "other_garment_color"),
        D.garment_type("shorts"),
        D.color("black"),
        fit("tight"),
        title="Women Black Biker Shorts 8in",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a white cropped tee with a large red logo print across the chest, black leggings, grey
    # backdrop. caption: adapter (ends on a full stop at the limit)
    case(
        "X395-015",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt with a red logo and black leggings"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a white crop top with a red logo"),
        D.material("cotton"),
        title="Women White Graphic Crop Tee",
        category="T-Shirts",
        color="White",
        gender="Women",
    ),
    # photo: woman in a heather grey racerback running tank and navy shorts, grey backdrop. caption: adapter
    case(
        "X395-016",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray tank top and blue shorts"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description("he is wearing a grey tank top", "pronoun"),
        D.material("a grey tank top", "restated"),
        title="Women Heather Grey Racerback Running Tank",
        category="Tops",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: woman in a black full-zip hoodie worn open over a grey sports bra, black leggings, grey backdrop.
    # caption: adapter
    case(
        "X395-017",
        caption(
            "This lady also wears an outer clothing, with cotton fabric and pure color patterns. The upper clothing "
            "has no sleeves, cotton fabric and pure color patterns. This lady also wears an outer clothing, with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and a grey sports bra"),
        D.garment_type("hoodie"),
        D.color("black"),
        D.material("a black hoodie", "restated"),
        is_a("sports bra", "yes", "contradiction"),
        title="Women Black Full-Zip Training Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in brown flared yoga leggings and a cream sports bra, grey backdrop, side view, full length.
    # caption: adapter
    case(
        "X395-018",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns. The upper clothing has no sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white top and brown pants"),
        D.garment_type("pants"),
        D.color("brown"),
        D.details("flared at the bottom"),
        D.material("a pair of brown pants", "restated"),
        title="Women Brown Flared Yoga Leggings",
        category="Leggings",
        color="Archaeo Brown",
        gender="Women",
    ),
    # photo: woman in a neon yellow-green full-zip running jacket with reflective strips at the cuffs, black top and
    # black leggings, grey backdrop. caption: adapter
    case(
        "X395-019",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a neon yellow jacket and black pants"),
        D.color("green"),
        color_jacket("yellow"),
        D.details("reflective stripes on the sleeves"),
        D.material("waterproof material", "unsupported"),
        title="Women Volt Reflective Running Jacket",
        category="Jackets",
        color="Volt",
        gender="Women",
    ),
    # photo: woman in a plain red crew-neck training tee with a small white logo, black joggers, grey backdrop.
    # caption: adapter
    case(
        "X395-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red shirt and black pants"),
        D.color("red"),
        D.sleeve_length("short sleeves"),
        D.description("a red shirt with a black stripe on the sleeve", "unsupported"),
        D.details(
            "a red shirt with a white logo Question: what is the color of the shirt? Answer: red",
            "leak",
        ),
        title="Women Red Training T-Shirt",
        category="T-Shirts",
        color="Team Red",
        gender="Women",
    ),
    # photo: woman in a plain white high-support sports bra (no zip) and grey joggers, grey backdrop.
    # caption: adapter
    case(
        "X395-021",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is V-shape. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and solid color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white sports bra and grey sweatpants"),
        D.garment_type("tank top", "contradiction"),
        D.color("white"),
        color_pants("grey"),
        D.details("a zipper in the front", "unsupported"),
        title="Women White High-Support Sports Bra",
        category="Sports Bras",
        color="White",
        gender="Women",
    ),
    # photo: woman in a color-block windbreaker (pink body, purple sleeves, white chest panel, stand collar, no
    # hood), black leggings, grey backdrop. caption: adapter (ends on a full stop at the limit)
    case(
        "X395-022",
        caption(
            "The upper clothing has long sleeves, other fabric and color block patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a pink and purple jacket and black leggings"),
        D.pattern("color block"),
        D.color("pink"),
        color_jacket("purple"),
        D.description("a pink and purple jacket with a hood", "unsupported"),
        D.material("i don't know", "non_answer"),
        title="Women Colour-Block Windbreaker Jacket",
        category="Jackets",
        color="Pink/Purple/White",
        gender="Women",
    ),
    # photo: woman in a relaxed pastel tie-dye tee (pink, blue and yellow swirls) and black shorts, grey backdrop.
    # caption: adapter
    case(
        "X395-023",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a tie dye shirt and black shorts"),
        D.pattern("tie-dye"),
        D.color("pink"),
        fit("loose"),
        D.material("", "non_answer"),
        title="Women Tie-Dye Relaxed Training Tee",
        category="T-Shirts",
        color="Multicolor",
        gender="Women",
    ),
    # photo: man in a black crew-neck running tee with a small white logo on the chest, black shorts, grey
    # backdrop. caption: adapter
    case(
        "X395-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and black shorts"),
        D.color("black"),
        D.description("a black shirt with a white logo on the chest"),
        D.details("the shirt has details", "non_answer"),
        D.material("polyester"),
        title="Men Black Dri-FIT Polyester Running Tee",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a plain white training tank and grey shorts, grey backdrop. caption: adapter
    case(
        "X395-025",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a white tank top and grey shorts"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description("a white tank top and white shorts", "other_garment_color"),
        D.details("a white tank top with a black logo on the front", "unsupported"),
        title="Men White Training Tank",
        category="Tank Tops",
        color="White",
        gender="Men",
    ),
    # photo: man in a royal blue crew-neck training tee and black shorts, headphones around his neck, grey
    # backdrop. caption: adapter
    case(
        "X395-026",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and headphones"),
        D.color("blue"),
        color_shorts("blue", "other_garment_color"),
        D.details("it has a v-neck", "contradiction"),
        title="Men Royal Blue Training T-Shirt",
        category="T-Shirts",
        color="Game Royal",
        gender="Men",
    ),
    # photo: man in black tapered fleece joggers with elastic cuffs, white tee, white sneakers, grey backdrop, full
    # length. caption: adapter
    case(
        "X395-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The trousers the gentleman wears is of long length. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black sweatpants"),
        D.garment_type("joggers"),
        D.color("black"),
        D.details("a drawstring and a zipper on the side", "unsupported"),
        D.description(
            "a man wearing black joggers and white sneakers Question: What is the color of the shoes? Answer: white",
            "leak",
        ),
        D.material("fleece"),
        title="Men Black Tapered Fleece Joggers",
        category="Joggers",
        color="Black",
        gender="Men",
    ),
    # photo: man in smoke grey 7-inch running shorts and a black tee, grey backdrop, front view. caption: adapter
    case(
        "X395-028",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black shorts", "other_garment_color"),
        D.color("grey"),
        color_shorts("grey"),
        D.details("the shorts have a pocket on the back", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Men Smoke Grey 7in Running Shorts",
        category="Shorts",
        color="Smoke Grey",
        gender="Men",
    ),
    # photo: man in a navy tricot track jacket with a red stripe down each sleeve, stand collar, no hood, zipped up,
    # grey backdrop. caption: adapter
    case(
        "X395-029",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket with red stripes"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        D.details("the details of the jacket", "non_answer"),
        D.description(
            "a navy blue jacket with a red stripe down the sleeve and a hood",
            "unsupported",
        ),
        D.material("polyester"),
        title="Men Navy Tricot Track Jacket",
        category="Jackets",
        color="Navy/Red",
        gender="Men",
    ),
    # photo: man in a heather grey pullover fleece hoodie, hood down, kangaroo pocket, black joggers, grey
    # backdrop. caption: adapter (ends on a full stop at the limit)
    case(
        "X395-030",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.details("a hood and a front pocket"),
        D.description("a woman in a grey hoodie", "pronoun"),
        D.material("it is made of", "cut"),
        title="Men Grey Heather Pullover Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Dark Grey Heather",
        gender="Men",
    ),
    # photo: man in an olive full-zip hooded windbreaker, zipped, hood down, black shorts, grey backdrop.
    # caption: adapter
    case(
        "X395-031",
        caption(
            "This gentleman also wears an outer clothing, with other fabric and pure color patterns. The lower "
            "clothing is of short length. This gentleman also wears an outer clothing, with other fabric and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black shorts"),
        D.color("green"),
        color_jacket("black", "other_garment_color"),
        D.details("a hood and a zipper"),
        D.material("the jacket is made of a lightweight, water resistant fabric", "unsupported"),
        title="Men Olive Hooded Windbreaker",
        category="Jackets",
        color="Medium Olive",
        gender="Men",
    ),
    # photo: man in black full-length compression tights worn under black running shorts, grey tee, grey backdrop,
    # full length. caption: adapter
    case(
        "X395-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt, black shorts and black leggings"),
        D.garment_type("shorts", "contradiction"),
        D.color("black"),
        D.description("a man in black shorts and black tights"),
        fit("tight"),
        is_a("pair of leggings", "yes"),
        title="Men Black Compression Running Tights",
        category="Tights & Leggings",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white long-sleeve crew-neck training top and black joggers, grey backdrop.
    # caption: adapter
    case(
        "X395-033",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a white long sleeve shirt with a round neck"),
        D.details("the details of the garment", "non_answer"),
        title="Men White Long-Sleeve Training Top",
        category="Tops",
        color="White",
        gender="Men",
    ),
    # photo: man in navy 2-in-1 running shorts with a grey inner liner showing at the hem, white tee, grey
    # backdrop. caption: adapter
    case(
        "X395-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The shorts this gentleman wears is of three-point length. The shorts",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue shorts"),
        D.color("blue"),
        color_shorts("grey", "contradiction"),
        D.details("they are shorts", "non_answer"),
        title="Men Navy 2-in-1 Running Shorts",
        category="Shorts",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a white cotton tee with a large black logo print on the chest, black shorts, grey backdrop.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X395-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt with a black logo"),
        D.color("white"),
        D.pattern("graphic"),
        color_top("black", "contradiction"),
        D.material("cotton"),
        title="Men White Cotton Graphic Logo Tee",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a plain red training tank and black shorts, grey backdrop. caption: adapter
    case(
        "X395-036",
        caption(
            "The gentleman wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The gentleman wears a tank top with pure color patterns. The tank",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red tank top and black shorts"),
        D.color("red"),
        D.sleeve_length("sleeveless"),
        D.description("a woman wearing a red tank top", "pronoun"),
        D.details(
            "a red tank top Question: What is the color of the shorts? Answer: black",
            "leak",
        ),
        title="Men Red Training Tank Top",
        category="Tank Tops",
        color="University Red",
        gender="Men",
    ),
    # photo: man in a smoke grey half-zip long-sleeve running top, zipped to the chest, no hood, black shorts, grey
    # backdrop. caption: adapter
    case(
        "X395-037",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and black shorts"),
        D.garment_type("hoodie", "contradiction"),
        D.color("grey"),
        D.details("a zipper at the neck"),
        fit("slim"),
        D.material("wool", "unsupported"),
        title="Men Grey Half-Zip Running Top",
        category="Tops",
        color="Smoke Grey",
        gender="Men",
    ),
    # photo: man in black track pants with a white stripe down each side, white tee, grey backdrop, full length.
    # caption: adapter
    case(
        "X395-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and striped",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants with white stripes"),
        D.garment_type("pants"),
        D.pattern("striped"),
        color_pants("white", "other_garment_color"),
        D.material("black", "non_answer"),
        title="Men Black Track Pants with Side Stripes",
        category="Track Pants",
        color="Black/White",
        gender="Men",
    ),
    # photo: man in olive fleece joggers with plain side pockets (no zips) and a black hoodie, grey backdrop.
    # caption: adapter
    case(
        "X395-039",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and green pants"),
        D.color("brown", "contradiction"),
        color_pants("green"),
        D.details("the pants have a zipper pocket", "unsupported"),
        D.material("fleece"),
        title="Men Olive Fleece Joggers",
        category="Joggers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a plain black sleeveless training hoodie, hood down, grey shorts, grey backdrop.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X395-040",
        caption(
            "The gentleman wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "hooded neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and grey shorts"),
        D.garment_type("hoodie"),
        D.color("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("a hood and no sleeves"),
        D.description("a man in a black hoodie with white letters", "unsupported"),
        title="Men Black Sleeveless Training Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in green camouflage training shorts with a visible drawstring, black tee, grey backdrop.
    # caption: adapter
    case(
        "X395-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "floral",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and camo shorts"),
        D.pattern("camouflage"),
        D.color("black", "other_garment_color"),
        color_shorts("green"),
        D.description("camouflage shorts with a drawstring"),
        D.details("a pocket on the side and a zipper", "unsupported"),
        title="Men Camo Print Training Shorts",
        category="Shorts",
        color="Green Camo",
        gender="Men",
    ),
    # photo: man in a black and white color-block hooded windbreaker (black body, white shoulders), zipped, grey
    # backdrop. caption: adapter
    case(
        "X395-042",
        caption(
            "The upper clothing has long sleeves, other fabric and color block patterns. It has a hooded neckline. The "
            "lower clothing is of long length. The upper clothing has long sleeves, other fabric and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white jacket"),
        D.pattern("color block"),
        D.color("black"),
        D.details("a hood and a zipper on the front"),
        D.material("leather", "unsupported"),
        title="Men Colour-Block Windbreaker",
        category="Jackets",
        color="Black/White",
        gender="Men",
    ),
    # photo: man in an off-white crew-neck running tee (no pockets) and black shorts, grey backdrop, side view.
    # caption: adapter
    case(
        "X395-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white shirt and black shorts", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.details("a pocket on the chest", "unsupported"),
        D.description("a white t shirt with", "cut"),
        title="Men Sail Running T-Shirt",
        category="T-Shirts",
        color="Sail",
        gender="Men",
    ),
    # photo: woman in a light beige cropped fleece hoodie, hood down, black leggings, grey backdrop.
    # caption: adapter
    case(
        "X395-044",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a hooded neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white hoodie and black leggings"),
        D.color("beige"),
        color_hoodie("grey", "contradiction"),
        D.description("a man in a white hoodie and black leggings", "pronoun"),
        D.material("the garment is made of material", "non_answer"),
        fit("tight", "contradiction"),
        title="Women Light Bone Cropped Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Light Bone",
        gender="Women",
    ),
    # photo: woman in black running shorts with a white side trim and side split, heather grey tank, grey backdrop.
    # The feed row has no color. caption: adapter
    case(
        "X395-045",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The shorts this lady wears is of "
            "three-point length. The shorts are with cotton fabric and pure color patterns. Her tank top has no",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey tank top and black shorts"),
        D.color("black"),
        color_shorts("grey", "other_garment_color"),
        D.details("a white stripe on the side"),
        D.description(
            "black running shorts with white trim and black running shorts with white trim",
            "loop",
        ),
        title="Women Black Running Shorts with Side Split",
        category="Shorts",
        gender="Women",
    ),
    # photo: man in a navy full-zip hoodie worn open over a white tee, grey joggers, grey backdrop. The feed row has
    # no gender. caption: adapter
    case(
        "X395-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "This gentleman also wears an outer clothing, with cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a blue hoodie"),
        D.color("white", "other_garment_color"),
        color_hoodie("blue"),
        D.details("a zipper and a hood"),
        D.description(
            "a man in a blue jacket and grey pants Question: what is the man wearing? Answer: a blue jacket",
            "leak",
        ),
        D.material("a blue hoodie", "restated"),
        title="Men Navy Full-Zip Hoodie",
        category="Hoodies & Sweatshirts",
        color="College Navy",
    ),
]
