"""BLIND_217 (46 products; Indian sports retailer's jerseys, team kits, track and compression wear): written blind in
the fortieth session. Measured blind at 160b8f3 (the session's rules as they stood): 96/132 failures found (72.7%)
and 31/167 correct texts flagged (18.6%). The writer's notes, verbatim:

Scenario: an Indian sports retailer's English catalog feed of team and training wear: football, cricket and basketball
jerseys (many with a number, a player's name on the back and a sponsor's word on the chest), team kits sold as jersey
with shorts (or, for cricket, with trousers), track jackets and track pants, compression tops and tights, and sports
bras, for men, women, boys and girls. Photos are model shots (studio walls, gym corners with dumbbells and mirrors,
turf, a basketball court) and ghost-mannequin shots, some from the back to show the name and number. Sponsors and
player names are the catalog's own. Each row has the seller's title, category, color and gender; a few rows miss the
gender, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a blue
soccer jersey ...") unless the comment says the caption adapter wrote them (the DeepFashion template, "The gentleman
wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."). The adapter has no
end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries
hit_limit=True; asked a question, it returns its template. The open questions (wearing, description, details,
material, number, name, logo, sport, collar) come from the base model unless the comment names the adapter; the base
model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length,
the per-piece color questions and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen
from candidate sets: they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, royal blue, sky blue or teal blue; green for teal
  or olive; red for maroon; purple for lavender; grey for charcoal or grey melange; yellow for neon yellow. A teal
  top called green in one text and blue in another is correct in both.
- Sports synonyms are correct: soccer for football, soccer jersey, shirt, t-shirt or jersey for a football or
  cricket jersey, tank top for a basketball jersey, leggings for compression tights, sweatpants or joggers for track
  pants, uniform for a team kit, polo shirt for a collared cricket jersey, vest for a sleeveless compression top.
  Naming another garment (bikini top for a sports bra, hoodie for a hoodless track jacket, tank top for a sports bra
  in the adapter's template or the reference engine's garment_type) is contradiction; the adapter has no sports bra
  class, and where its template misnames the garment that is the kind, hit_limit kept.
- Jersey numbers and names: a number or name the seller's title contradicts (13 for a title's 18) is contradiction;
  a sport the photo and title contradict (baseball for a cricket jersey) is contradiction. A sponsor or brand the
  photo does not show (nike, adidas, puma on a plain jersey) is unsupported; the sponsor word the photo shows is
  correct even when the title does not repeat it.
- Colors: the color of a trim, piping, panel, zip or number print given as the whole garment's color is
  contradiction (gold for a black jersey with gold trim). The color of another piece worn in the photo (the pants
  under a track jacket, the shorts of a kit, the tee over tights, the leggings under a sports bra) given to the
  product is other_garment_color, and so is one of the product's own colours given to the other piece (red, the
  shoulder colour of a black-and-red jacket, for its black pants). Navy tights called black where the tee over them
  is black is other_garment_color. The colour of the wall behind the model given to the garment is contradiction.
- Invented things the photo lacks (a hood, a zipper on a pullover, buttons on a crew neck, a heart print, a v-neck on
  a crew-neck tee, a logo on a plain chest, a ball nobody holds) are unsupported. Props really in the photo (a
  basketball, a football at the feet, dumbbells, a mirror, a hoop) are correct.
- Materials: polyester, spandex, lycra, nylon, mesh for training wear are correct (the shiny or stretch knit shows in
  the photo, and the sportswear default is what a buyer expects); cotton for a melange jogger is correct; leather,
  silk, wool or denim on training wear is unsupported. A material question answered with the garment's name and
  colour is restated; the adapter's template returned for the material question is restated too.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops at the limit without
  repeating is cut, even where the last word closes a phrase ("pure color patterns"): it never reached its end. The
  template answering "What is the person wearing?", "Describe the garment." or "What are the details ...?" does
  answer them, so those are cut or loop, not restated. An adapter caption that invents a lower garment for a
  ghost-mannequin jersey is still labelled cut when it stops at the limit (one kind per text: the cut comes first).
- Base texts: "it is made of" or "the number on the jersey is" (stopped early) is cut without hit_limit; an empty
  answer, "yes" to an open question, "a logo" for the logo question and "the leggings have a pattern" are
  non_answer; "the name is on the back of the jersey" is restated; a text running on into "Question: ... Answer:"
  is leak even where its first words are right; "he" for a woman or girl, "she" for a man or boy is pronoun.
- Reference engine closed answers: sweater for a compression top, leggings for track pants, shorts for track pants,
  hoodie for a hoodless jacket, striped for a colour-block jacket or a plain jersey with a trimmed collar, solid for a
  striped or pinstriped jersey, floral for a sports bra with a word print, short sleeves for a sports bra or a
  racerback tank, long sleeves for a short-sleeve kit are contradiction. White for a blue-and-white (or green-and-
  white) striped jersey that the seller calls blue (green) is contradiction: the stripe's colour, not the garment's.
  Cotton for a compression tee whose title says polyester is unsupported, like the other wrong materials.
- Kits: naming each piece in its own colour is correct; the reference engine's per-piece colour questions are asked
  of kits and outfits; the jersey's colour given to the shorts (or the reverse) is other_garment_color.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jersey = question("color_jersey", "What is the color of the jersey?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
number = question("number", "What number is on the jersey?", "open")
name = question("name", "What name is on the back of the jersey?", "open")
logo = question("logo", "What logo is on the jersey?", "open")
sport = question("sport", "What sport is the jersey for?", "open")
collar = question("collar", "What is the collar of the jersey?", "open")

BLIND_217 = [
    # photo: ghost mannequin, back view of a royal blue football jersey, white "SHARMA" and "10", white collar trim,
    # plain white backdrop.
    # caption adapter: none
    case(
        "X217-001",
        caption("the back of a blue soccer jersey with the name sharma and the number 10"),
        name("sharma"),
        number("10"),
        B.color("blue"),
        B.sleeve_length("short sleeves"),
        D.description("a blue jersey with white letters and a white nike logo", "unsupported"),
        title="Men Royal Blue Football Jersey Printed Name Sharma 10",
        category="Jerseys",
        color="Royal Blue",
        gender="Men",
    ),
    # photo: man, front view, yellow cricket jersey with blue sleeve panels and "ZEPHYR" on the chest, navy track
    # pants, light grey studio wall.
    # caption adapter: caption
    case(
        "X217-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a long pants. The pants are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and blue pants"),
        B.color("blue", "other_garment_color"),
        logo("zephyr Question: what sport is the jersey for? Answer: cricket", "leak"),
        sport("cricket"),
        B.material("polyester"),
        title="Men Yellow Cricket Jersey with Blue Sleeves",
        category="Jerseys",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman, front view, black racerback sports bra with a wide elastic band, grey leggings, white gym wall.
    # caption adapter: none
    case(
        "X217-003",
        caption("a woman in a black sports bra and grey leggings"),
        D.wearing("a black sports bra and black leggings", "other_garment_color"),
        B.garment_type("sports bra"),
        B.color("grey", "other_garment_color"),
        D.details("he is wearing a black sports bra with a wide band", "pronoun"),
        B.material("spandex"),
        title="Women Black Racerback Medium Support Sports Bra",
        category="Sports Bras",
        color="Black",
        gender="Women",
    ),
    # photo: boy on an indoor court, hoop behind him, red sleeveless basketball jersey with white "23", matching red
    # shorts, holding a basketball at his hip.
    # caption adapter: none
    case(
        "X217-004",
        caption("a young boy in a red basketball uniform holding a basketball"),
        D.wearing("a red tank top and red shorts"),
        number("23"),
        color_jersey("red"),
        color_shorts("white", "contradiction"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("the jersey has the number 32 on the front", "contradiction"),
        title="Boys Red Basketball Jersey and Shorts Set No 23",
        category="Team Kits",
        color="Red",
        gender="Boys",
    ),
    # photo: man, front view, navy full-zip track jacket with white stripes down the sleeves, stand collar, white tee
    # under it, black track pants, grey backdrop.
    # caption adapter: caption, details
    case(
        "X217-005",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with polyester fabric. "
            "It has a stand neckline. The gentleman wears a long pants. The pants are with polyester fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and black pants"),
        color_jacket("black", "other_garment_color"),
        D.details(
            "The jacket is with polyester fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "polyester fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.garment_type("jacket"),
        title="Men Navy Blue Full-Zip Track Jacket",
        category="Track Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman running, side view, black compression tights with neon green side panels, white tank top, white
    # studio backdrop.
    # caption adapter: none
    case(
        "X217-006",
        caption("a woman in black leggings and a white tank top running"),
        D.wearing("black leggings"),
        B.garment_type("leggings"),
        B.color("white", "other_garment_color"),
        D.details("the leggings have details", "non_answer"),
        B.material("spandex"),
        D.description(
            "black leggings with a green stripe on the side and a pocket on the back",
            "unsupported",
        ),
        title="Women Black Compression Tights with Contrast Panels",
        category="Compression Tights",
        color="Black",
        gender="Women",
    ),
    # photo: ghost mannequin, front view, white football jersey with red sleeves and a small club crest, red shorts
    # with a white side stripe; no sponsor, no brand mark.
    # caption adapter: none
    case(
        "X217-007",
        caption("a white and red soccer uniform"),
        color_jersey("white"),
        color_shorts("red"),
        D.description("a white jersey with red sleeves and red shorts with a white stripe"),
        B.sleeve_length("long sleeves", "contradiction"),
        logo("adidas", "unsupported"),
        title="Men White and Red Football Team Kit (Jersey + Shorts)",
        category="Team Kits",
        color="White",
        gender="Men",
    ),
    # photo: woman, back view, sky blue cricket jersey with orange collar trim, polo collar, "KAUR" and "18" in
    # navy on the back, white cricket trousers, green outfield backdrop.
    # caption adapter: caption
    case(
        "X217-008",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        name("kaur"),
        number("13", "contradiction"),
        B.color("blue"),
        D.wearing("a blue shirt with the number 18 on it"),
        collar("it is a polo collar"),
        B.pattern("striped", "contradiction"),
        title="Women Sky Blue Cricket Jersey Kaur 18",
        category="Jerseys",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: man in a gym, front view, black long-sleeve mock-neck compression top, black shorts, dumbbell rack
    # behind; plain chest, no logo.
    # caption adapter: none
    case(
        "X217-009",
        caption("a man in a black shirt standing in a gym"),
        D.wearing("a black long sleeve shirt and black shorts"),
        B.sleeve_length("long sleeves"),
        B.garment_type("sweater", "contradiction"),
        D.description("a black shirt with a white nike logo on the chest", "unsupported"),
        B.material("polyester and spandex"),
        D.details(
            "the shirt has a high neck Question: what is the shirt made of? Answer: polyester",
            "leak",
        ),
        title="Men Black Long Sleeve Compression Top",
        category="Compression Tops",
        color="Black",
        gender="Men",
    ),
    # photo: teenage girl, front view, pink sports bra with a wide elastic band, black shorts, white backdrop.
    # caption adapter: none
    case(
        "X217-010",
        caption("a young girl in a pink bikini top", "contradiction"),
        D.wearing("a pink sports bra and black shorts"),
        B.color("pink"),
        D.details("it has a wide elastic band"),
        B.material("the bra is pink", "restated"),
        D.description("a pink bra with a white logo on the front", "unsupported"),
        title="Girls Pink Sports Bra",
        category="Sports Bras",
        color="Pink",
        gender="Girls",
    ),
    # photo: man, full length, black slim track pants with white piping and zip side pockets, grey pullover hoodie,
    # white sneakers, concrete wall.
    # caption adapter: none
    case(
        "X217-011",
        caption("a man in a grey hoodie and black pants"),
        color_pants("grey", "other_garment_color"),
        D.details("the pants have a white stripe down the side and a zipper on the pocket"),
        B.garment_type("leggings", "contradiction"),
        B.pattern("striped"),
        D.description(
            "the pants are black Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        title="Men Black Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: ghost mannequin, front view, green and white vertical striped football jersey, "KALINGA STEEL" across
    # the chest in black, crew neck.
    # caption adapter: caption, details
    case(
        "X217-012",
        caption(
            "The upper clothing has short sleeves, polyester fabric and striped patterns. It has a crew neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("white", "contradiction"),
        logo("kalinga steel"),
        D.details(
            "The upper clothing has short sleeves, polyester fabric and striped patterns. It has a crew neckline. The "
            "upper clothing has short sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="Men Green White Striped Football Jersey",
        category="Jerseys",
        color="Green",
        gender="Men",
    ),
    # photo: woman, front view, maroon zip-up track jacket with white side stripes and stand collar, black leggings,
    # beige studio wall.
    # caption adapter: none
    case(
        "X217-013",
        caption("a woman wearing a red jacket and black leggings"),
        D.wearing("a red jacket"),
        color_jacket("purple", "contradiction"),
        D.details("the jacket has a zipper and a hood", "unsupported"),
        B.sleeve_length("long sleeves"),
        B.material("wool", "unsupported"),
        is_a("hoodie", "yes", "contradiction"),
        title="Women Maroon Zip-Up Track Jacket",
        category="Track Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: boy on grass, front view, sky blue and white vertical striped football jersey with a navy "10" on the
    # chest, black shorts, a football at his feet.
    # caption adapter: none
    case(
        "X217-014",
        caption("a young boy in a blue and white striped soccer uniform standing on grass with a soccer ball"),
        D.wearing("he is wearing a blue and white striped jersey and black shorts"),
        color_shorts("black"),
        color_jersey("white", "contradiction"),
        number("10"),
        B.pattern("solid", "contradiction"),
        sport("soccer"),
        title="Boys Sky Blue White Striped Football Kit",
        category="Team Kits",
        color="Blue",
        gender="Boys",
    ),
    # photo: ghost mannequin, back view, purple sleeveless basketball jersey with yellow trim at the neck and arms,
    # "RAO" and "24" in yellow.
    # caption adapter: caption, description
    case(
        "X217-015",
        caption(
            "The gentleman wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The gentleman wears a tank top with pure color patterns. The tank",
            "loop",
            hit_limit=True,
        ),
        name("rao"),
        number("42", "contradiction"),
        B.color("purple"),
        D.description(
            "The tank top is with cotton fabric and pure color patterns. It has a round neckline. The tank top is "
            "with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        title="Men Purple Basketball Jersey Rao 24",
        category="Jerseys",
        color="Purple",
        gender="Men",
    ),
    # photo: woman in a gym, front view in a wall mirror, teal short-sleeve crew-neck compression tee, black shorts.
    # caption adapter: none
    case(
        "X217-016",
        caption("a woman in a green shirt and black shorts posing in front of a mirror"),
        D.wearing("a blue shirt and black shorts"),
        B.color("black", "other_garment_color"),
        D.details("the shirt has a v-neck", "unsupported"),
        B.garment_type("t-shirt"),
        B.material("it is made of", "cut"),
        title="Women Teal Short Sleeve Compression T-Shirt",
        category="Compression Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: ghost mannequin, grey melange jogger track pants with drawstring waist, ribbed ankle cuffs, side pockets.
    # caption adapter: none
    case(
        "X217-017",
        caption("a pair of grey sweatpants"),
        B.garment_type("pants"),
        color_pants("grey"),
        D.details(
            "they have an elastic waistband with a drawstring and cuffs at the ankles Question: what is the "
            "material of the pants? Answer: cotton",
            "leak",
        ),
        B.material("cotton"),
        D.description("grey joggers with two black stripes", "unsupported"),
        title="Unisex Grey Melange Jogger Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Unisex",
    ),
    # photo: man with arms crossed, front view, navy V-neck cricket fan jersey with orange shoulder panels, "NOVA"
    # on the chest, printed stadium backdrop.
    # caption adapter: none
    case(
        "X217-018",
        caption("a man in a blue and orange shirt with his arms crossed in front of a stadium"),
        D.wearing("a blue and orange jersey"),
        B.color("orange", "contradiction"),
        logo("nova"),
        sport("baseball", "contradiction"),
        D.details("the jersey has a collar and buttons", "unsupported"),
        title="Men Navy Cricket Fan Jersey with Orange Panels",
        category="Jerseys",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman against a white wall, front view, white high-neck sports bra, lavender leggings.
    # caption adapter: none
    case(
        "X217-019",
        caption("a woman in a white sports bra and purple leggings against a white wall"),
        D.wearing("a white top and purple leggings"),
        B.color("purple", "other_garment_color"),
        D.description("a white sports bra with a high neck"),
        B.garment_type("sports bra"),
        D.details("", "non_answer"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women White High Neck Sports Bra",
        category="Sports Bras",
        color="White",
        gender="Women",
    ),
    # photo: man on a cricket ground, front view, white long-sleeve collared cricket shirt, white trousers.
    # caption adapter: caption, material
    case(
        "X217-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants"),
        B.sleeve_length("long sleeves"),
        B.color("white"),
        is_a("polo shirt", "yes"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline",
            "restated",
            hit_limit=True,
        ),
        title="Men White Full Sleeve Cricket Shirt",
        category="Cricket Whites",
        color="White",
        gender="Men",
    ),
    # photo: girl, back view, pink football jersey with black "MEERA" and "7", black shorts, white backdrop.
    # caption adapter: none
    case(
        "X217-021",
        caption("the back of a girl wearing a pink jersey with the number 7"),
        name("meera"),
        number("1", "contradiction"),
        B.color("pink"),
        D.wearing("he is wearing a pink jersey", "pronoun"),
        color_shorts("pink", "other_garment_color"),
        title="Girls Pink Football Jersey Meera 7",
        category="Jerseys",
        color="Pink",
        gender="Girls",
    ),
    # photo: man, front view, navy compression tights worn under grey running shorts, black tee, small reflective
    # logo on the left thigh, grey backdrop.
    # caption adapter: none
    case(
        "X217-022",
        caption("a man in a black shirt, grey shorts and blue leggings"),
        D.wearing("a black shirt and grey shorts"),
        B.garment_type("leggings"),
        B.color("grey", "other_garment_color"),
        D.details("the leggings have a logo on the thigh"),
        B.material("spandex"),
        D.description("black leggings under grey shorts", "other_garment_color"),
        title="Men Navy Compression Tights",
        category="Compression Tights",
        color="Navy",
        gender="Men",
    ),
    # photo: woman, front view, olive jogger track pants with black side taping, white cropped tee, white sneakers,
    # light grey backdrop.
    # caption adapter: caption, details
    case(
        "X217-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white crop top and green pants"),
        color_pants("green"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The lady wears a long pants. The pants are "
            "with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        D.description("green pants with a black stripe"),
        B.material("denim", "unsupported"),
        title="Women Olive Jogger Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: ghost mannequin, front view, black mesh basketball jersey and shorts with white trim, white "3" on the
    # chest.
    # caption adapter: none
    case(
        "X217-024",
        caption("a black basketball jersey and shorts with the number 3"),
        color_jersey("black"),
        color_shorts("black"),
        number("3"),
        D.description(
            "a black basketball uniform with white trim Question: what is the number on the jersey? Answer: 3",
            "leak",
        ),
        B.material("mesh"),
        title="Men Black Mesh Basketball Team Kit Jersey and Shorts",
        category="Team Kits",
        color="Black",
        gender="Men",
    ),
    # photo: woman, back view, grey racerback compression tank, black shorts, white backdrop.
    # caption adapter: none
    case(
        "X217-025",
        caption("the back of a woman in a grey tank top and black shorts"),
        D.wearing("a grey tank top"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "the tank top has a racerback Question: what is the color of the tank top? Answer: grey",
            "leak",
        ),
        B.color("grey"),
        D.description("he is wearing a grey tank top", "pronoun"),
        title="Women Grey Racerback Compression Tank",
        category="Compression Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: man in front of a red painted wall, front view, black hooded track jacket with red colour-blocked
    # shoulders, white zip, black track pants.
    # caption adapter: none
    case(
        "X217-026",
        caption("a man in a black and red jacket standing in front of a red wall"),
        D.wearing("a black and red hooded jacket and black pants"),
        color_jacket("black"),
        B.pattern("striped", "contradiction"),
        D.details("it has a hood and a zipper"),
        B.material("leather", "unsupported"),
        color_pants("red", "other_garment_color"),
        title="Men Black Red Colourblocked Hooded Track Jacket",
        category="Track Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman on turf, front view, white football jersey with black sleeves, "SKYLINE" and a black "9" on the
    # chest, black shorts.
    # caption adapter: caption
    case(
        "X217-027",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white and black soccer jersey and black shorts"),
        B.color("black", "other_garment_color"),
        logo("skyline"),
        number("9"),
        D.details("it has black sleeves and a sponsor logo on the front"),
        B.material("the jersey is white", "restated"),
        title="Women White Football Jersey with Black Sleeves",
        category="Jerseys",
        color="White",
        gender="Women",
    ),
    # photo: boy, front view, navy track pants with two white side stripes, white tee, white backdrop.
    # caption adapter: none
    case(
        "X217-028",
        caption("a young boy in a white shirt and blue pants"),
        color_pants("white", "other_garment_color"),
        B.pattern("striped"),
        D.details("the pants have two white stripes on the side"),
        D.wearing("she is wearing a white shirt and blue pants", "pronoun"),
        B.material("the pants are made of", "cut"),
        title="Boys Navy Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy",
    ),
    # photo: woman, three-quarter back view, neon yellow strappy-back sports bra, black leggings, grey wall.
    # caption adapter: caption
    case(
        "X217-029",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow sports bra and black leggings"),
        B.color("yellow"),
        B.garment_type("tank top", "contradiction"),
        D.details("it has straps on the back"),
        B.material(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline",
            "restated",
            hit_limit=True,
        ),
        title="Women Neon Yellow Strappy Sports Bra",
        category="Sports Bras",
        color="Yellow",
        gender="Women",
    ),
    # photo: ghost mannequin, front view, cricket team kit: white jersey with blue shoulder panels and a club crest,
    # navy trousers; no sponsor word.
    # caption adapter: none
    case(
        "X217-030",
        caption("a white and blue cricket uniform"),
        color_jersey("blue", "other_garment_color"),
        color_pants("white", "other_garment_color"),
        D.description("a white jersey with blue shoulders and blue pants"),
        sport("cricket"),
        B.sleeve_length("short sleeves"),
        logo("a logo", "non_answer"),
        title="Men White Cricket Team Kit (Jersey + Trousers)",
        category="Team Kits",
        color="White",
        gender="Men",
    ),
    # photo: woman, front view, purple compression tights with an all-over black and white abstract print, black
    # sports bra, white backdrop.
    # caption adapter: none
    case(
        "X217-031",
        caption("a woman in a black sports bra and black leggings", "other_garment_color"),
        D.wearing("a black sports bra and purple printed leggings"),
        B.color("black", "other_garment_color"),
        B.pattern("printed"),
        D.details("the leggings have a pattern", "non_answer"),
        is_a("pair of leggings", "yes"),
        title="Women Purple Printed Compression Tights",
        category="Compression Tights",
        color="Purple",
        gender="Women",
    ),
    # photo: man, back view, red football jersey with thin black pinstripes, black "CHHETRI" and "11", black
    # shorts, grey backdrop.
    # caption adapter: caption
    case(
        "X217-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short-sleeve T-shirt with striped patterns. The",
            "loop",
            hit_limit=True,
        ),
        name("chhetri"),
        number("11"),
        B.color("red"),
        B.pattern("solid", "contradiction"),
        D.wearing("a red jersey with the number 11"),
        D.details(
            "the jersey has a red collar and the number 11 on the back and the front",
            "unsupported",
        ),
        title="Men Red Pinstripe Football Jersey Chhetri 11",
        category="Jerseys",
        color="Red",
        gender="Men",
    ),
    # photo: girl, front view, pink and white colour-block zip track jacket with a stand collar and zip pockets, blue
    # jeans, white backdrop.
    # caption adapter: none
    case(
        "X217-033",
        caption("a little girl in a pink and white jacket and jeans"),
        D.wearing("a pink jacket and blue jeans"),
        color_jacket("blue", "other_garment_color"),
        D.details("the jacket has a zipper and pockets"),
        B.garment_type("hoodie", "contradiction"),
        D.description(
            "a pink and white jacket with a hood and a heart on the front",
            "unsupported",
        ),
        title="Girls Pink Colourblock Track Jacket",
        category="Track Jackets",
        color="Pink",
        gender="Girls",
    ),
    # photo: man, front view, white sleeveless compression top, black compression tights, plain grey backdrop.
    # caption adapter: none
    case(
        "X217-034",
        caption("a man in a white tank top and black leggings"),
        B.sleeve_length("sleeveless"),
        B.color("white"),
        B.material("the tank top is white", "restated"),
        D.description("a white tank top with a black stripe on the side", "unsupported"),
        is_a("vest", "yes"),
        D.wearing("a white tank top and black shorts", "contradiction"),
        title="Men White Sleeveless Compression Top",
        category="Compression Tops",
        color="White",
        gender="Men",
    ),
    # photo: woman on green turf, front view, football team kit: yellow jersey, navy shorts, white socks.
    # caption adapter: caption, wearing
    case(
        "X217-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        color_jersey("yellow"),
        color_shorts("yellow", "other_garment_color"),
        D.description("a yellow jersey and blue shorts"),
        sport("soccer Question: what is the color of the jersey? Answer: yellow", "leak"),
        title="Women Yellow Navy Football Team Kit",
        category="Team Kits",
        color="Yellow",
        gender="Women",
    ),
    # photo: man running, side view, charcoal grey track pants with reflective strips at the calves, black tee,
    # outdoor track.
    # caption adapter: none
    case(
        "X217-036",
        caption("a man in a black shirt and grey pants running on a track"),
        color_pants("black", "other_garment_color"),
        D.details("the pants have reflective stripes on the legs"),
        B.garment_type("shorts", "contradiction"),
        B.material("polyester"),
        D.description("grey pants"),
        D.wearing("a black shirt and black shorts", "contradiction"),
        title="Men Charcoal Grey Running Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: ghost mannequin, front view, navy sports bra with white trim and a pink "FLEX" print on the band.
    # caption adapter: none
    case(
        "X217-037",
        caption("a blue sports bra with the word flex on it"),
        B.color("pink", "contradiction"),
        B.garment_type("sports bra"),
        D.details("it has a white trim and the word flex on the band"),
        B.material("silk", "unsupported"),
        is_a("tank top", "no"),
        B.pattern("floral", "contradiction"),
        title="Women Navy Blue Medium Impact Sports Bra",
        category="Sports Bras",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, front view, black football jersey with gold collar and cuffs, gold "8" and "TIDEWATER" on the
    # chest, black shorts, holding a football under his arm, dark grey backdrop.
    # caption adapter: none
    case(
        "X217-038",
        caption("a man in a black jersey holding a soccer ball"),
        B.color("gold", "contradiction"),
        number("8"),
        logo("tidewater"),
        D.details("the jersey has gold trim on the collar and sleeves"),
        D.wearing("she is wearing a black shirt and black shorts", "pronoun"),
        name("the back of the jersey", "non_answer"),
        title="Men Black Gold Football Jersey",
        category="Jerseys",
        color="Black",
        gender="Men",
    ),
    # photo: boy, back view, blue cricket fan jersey with a saffron, white and green stripe on one shoulder, orange
    # "ROHAN" and "45", white backdrop.
    # caption adapter: none
    case(
        "X217-039",
        caption("the back of a boy wearing a blue jersey with the number 45"),
        number("45"),
        name("the name is on the back of the jersey", "restated"),
        B.color("blue"),
        sport("basketball", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.wearing("a blue shirt with the number 45 on it and a blue hat", "unsupported"),
        title="Kids Blue Cricket Fan Jersey No 45",
        category="Jerseys",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in front of a pastel pink wall, front view, lavender cropped zip track jacket, white leggings.
    # caption adapter: details
    case(
        "X217-040",
        caption("a woman in a purple jacket and white leggings in front of a pink wall"),
        color_jacket("pink", "contradiction"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        D.wearing("a purple jacket and white pants"),
        B.material("the jacket is made of", "cut"),
        color_pants("white"),
        title="Women Lavender Cropped Track Jacket",
        category="Track Jackets",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, front view, red short-sleeve compression tee with a white "TRAIN HARD" print on the chest, black
    # shorts, gym with a mirror behind.
    # caption adapter: none
    case(
        "X217-041",
        caption("a man in a red shirt that says train hard"),
        B.pattern("graphic"),
        D.wearing("a red shirt Question: what is the man wearing? Answer: a red shirt", "leak"),
        B.color("red"),
        D.details(
            "the shirt has a print on the front that says train hard and a zipper",
            "unsupported",
        ),
        B.garment_type("t-shirt"),
        B.material("cotton", "unsupported"),
        title="Men Red Graphic Print Polyester Compression T-Shirt",
        category="Compression Tops",
        color="Red",
        gender="Men",
    ),
    # photo: ghost mannequin, back view, football kit: green jersey with white "SINGH" and "5", white shorts.
    # caption adapter: caption
    case(
        "X217-042",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The "
            "lower clothing is of short length. The fabric is cotton and it has pure color patterns",
            "cut",
            hit_limit=True,
        ),
        name("singh"),
        number("5"),
        color_jersey("green"),
        color_shorts("green", "other_garment_color"),
        D.description("green and white"),
        D.details(
            "the jersey has the name singh and the number 5 on the back and the shorts have the number",
            "cut",
        ),
        title="Men Green Football Kit Singh 5",
        category="Team Kits",
        color="Green",
        gender="Men",
    ),
    # photo: woman, front view, black full-length compression tights with mesh calf panels, maroon tee, white wall.
    # caption adapter: none
    case(
        "X217-043",
        caption("a woman in a red shirt and black leggings"),
        D.wearing("a maroon t-shirt and black leggings"),
        B.color("black"),
        D.details("they have mesh panels on the calves"),
        D.description("he is wearing black leggings", "pronoun"),
        B.material("the leggings are black", "restated"),
        B.garment_type("t-shirt", "contradiction"),
        title="Women Black Mesh Panel Compression Tights",
        category="Compression Tights",
        color="Black",
    ),
    # photo: man on a basketball court, hoop behind, front view, white sleeveless basketball jersey with blue trim,
    # blue shorts.
    # caption adapter: none
    case(
        "X217-044",
        caption("a man in a white basketball jersey standing on a basketball court"),
        D.wearing("a white tank top and white shorts", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.color("white"),
        D.details(
            "the jersey has blue trim around the arms and neck and a hood",
            "unsupported",
        ),
        number("the number on the jersey is", "cut"),
        title="Men White Reversible Basketball Jersey",
        category="Jerseys",
        color="White",
        gender="Men",
    ),
    # photo: woman outdoors on a running path, front view, black long-sleeve half-zip compression top with a pink
    # zip, black tights.
    # caption adapter: caption, description
    case(
        "X217-045",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a stand neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        B.color("pink", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("it has a pink zipper at the neck"),
        B.garment_type("t-shirt"),
        title="Women Black Half-Zip Long Sleeve Compression Top",
        category="Compression Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, green zip track jacket with yellow piping on the sleeves, matching green track pants,
    # white backdrop.
    # caption adapter: none
    case(
        "X217-046",
        caption("a man in a green jacket with yellow stripes"),
        D.wearing("a green jacket and black pants", "contradiction"),
        color_jacket("yellow", "contradiction"),
        D.details("yes", "non_answer"),
        B.material("nylon"),
        is_a("hoodie", "no"),
        title="Men Green Track Jacket with Yellow Piping",
        category="Track Jackets",
        color="Green",
        gender="Men",
    ),
]
