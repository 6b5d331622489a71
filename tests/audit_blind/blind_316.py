"""BLIND_316 (46 products; men's everyday wear on an Indian marketplace: tees, shirts, bottoms, kurtas, innerwear):
written blind in the forty-third session. Measured blind at 7fbfe5f (the session's rules as they stood): 95/114
failures found (83.3%) and 10/141 correct texts flagged (7.1%). The writer's notes, verbatim:

Scenario: a men's catalog drawn at random from one night's run on a Myntra-like Indian marketplace feed: round-neck,
polo, henley and graphic tees, casual, formal, linen and denim shirts, jeans, chinos and formal trousers, shorts,
track pants and joggers, kurtas and kurta sets, bomber, denim, puffer, windcheater, biker and Nehru jackets,
sweaters and cardigans, and innerwear (briefs, trunks, vests, boxers). About two thirds are model shots (studio
backdrops, a brick wall, a gym, a marigold festive set, printed mountain or beach backdrops), the rest flat-lays on
white or on a wooden table. Many model shots show a second garment (the jeans under a tee, the tee under a jacket,
the pyjama under a kurta). Each product has the seller's title, category, color and gender; a few rows miss the
color or the gender, as real feeds do. Seller colors are the feed's words (Navy Blue, Olive, Charcoal, Rust, Teal,
Maroon, Mustard, Multi).

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a ...")
unless the comment says the caption adapter wrote them; the adapter writes the DeepFashion template ("The gentleman
wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."), was trained with no end
token, so it always runs to its limit (50 new tokens for captions, 30 for answers, hit_limit=True), and asked any
question it returns its template. The open answers (wearing, description, details, material, the set's own open
questions) come from the base model unless the comment names the adapter; the base model stops on its own (newline)
and never has hit_limit, though it sometimes stops early or runs on into a "Question: ... Answer:" of its own. The
closed answers (garment_type, color, pattern, sleeve_length, the per-piece color questions and the yes/no
"Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut, but
often a wrong candidate (a print's color, a prop's color, the other garment's color).

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal blue, green for olive or teal, red for
  maroon, yellow for mustard, orange for rust, grey or gray for charcoal or grey melange, khaki or beige for beige,
  cream or white for off white. "black" for navy is a contradiction (the reference engine does it on dark photos).
- Garment synonyms are correct: shirt for a t-shirt in the wearing answer, tank top for an innerwear vest, vest for
  a Nehru jacket, sweater for a cardigan, sweatpants or joggers for track pants, pajamas for a pyjama, jean jacket
  for a denim jacket, underwear for briefs or trunks, plaid shorts for checked boxers, pants for trousers or chinos.
  The adapter's "shirt" for a kurta is a contradiction (the auditor sees a shirt where the seller sells a kurta);
  the reference engine's "shorts" for innerwear trunks is a contradiction; "no" to "Is this a jacket?" for a Nehru
  jacket and "yes" to "Is this a pair of track pants?" for running shorts are contradictions.
- A color of the print, piping or text given as the garment's color (green leaves on navy shorts, red letters on a
  white tee, red piping on navy track pants, blue flowers on a white shirt) is contradiction; the brown of the
  wooden table under a flat-lay given as the sweater's color is contradiction. The color of another garment in the
  photo (the tucked-in tee, the shirt over the trousers, the hoodie over the joggers, the kurta over the pyjama)
  given to the product or to a piece is other_garment_color. Where the title names two colors (White & Navy Blue
  striped tee), either is correct for the color question. One piece's color for a pack of assorted trunks with no
  seller color is correct (it is one of the pieces).
- Materials: named in the title, or a plausible guess from the look (cotton for tees, kurtas and briefs, polyester
  or nylon for track pants, running shorts and shell jackets, wool for sweaters, leather for a biker jacket, linen
  for a linen shirt, denim for jeans) is correct; one the title contradicts (silk for a pure cotton kurta) or that
  nothing in the photo suggests (leather for a nylon bomber, silk for a cotton-look printed kurta) is unsupported.
- Invented items or details (a chest pocket on a plain tee or on a pocketless shirt, a side stripe on plain chinos,
  a zipper on a pullover, a hat, a tie, a fur collar, a belt on a biker jacket, a drawstring and pockets on woven
  boxers, blue embroidery on white-on-white chikankari, shorts on a model cropped at the waist) are unsupported. The
  brown belt that is in the chinos photo is correct. A wrong color for a detail that is there (a black waistband
  where it is grey) is contradiction.
- One color repeated for every garment in an open answer ("a black t-shirt and black jeans" for navy and blue,
  "a grey t-shirt" for the white tee under grey track pants, "light blue pants" for white trousers) is contradiction:
  the color is wrong for a piece, not borrowed by the product.
- Adapter texts: one that repeats a sentence or clause of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated (even though it is also cut and
  mentions a fabric); the template answering wearing, description or details answers it, so it is cut or loop.
  Where the adapter's template opens with "The lady" for a men's product, pronoun is what the auditor sees first;
  where it misnames the garment (a kurta as a shirt), contradiction, hit_limit kept either way.
- Base answers: a stop after "it is made of" is cut (no hit_limit), and so is a wearing answer that stops on "and
  black"; an empty answer, "the details of the jeans", "the briefs have details", "they are shorts", "the pants are
  pants", "it is made of fabric" and "the garment is a garment" are non_answer; a material question answered with
  the garment's name or color ("black", "a pink shirt", "the pants are navy blue") is restated; base answers that
  run on into "Question: ... Answer: ..." are leak, even where the first words are right; "a woman" or "she" for a
  men's model is pronoun, "he" is correct. The wearing question on a flat-lay answered with the garment ("a red
  shirt", "underwear") is correct; the empty answer is non_answer.
- A closed sleeve answer for the layer under the product ("long sleeves" for a sleeveless sweater vest worn over a
  full-sleeve shirt) is contradiction; rolled-up full sleeves answered "long sleeves" are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
fit = question("fit", "What is the fit of the garment?", "open")

BLIND_316 = [
    # photo: model in a navy blue plain round-neck half-sleeve tee and mid-blue jeans, plain white studio backdrop,
    # front view, cropped at the thighs. All texts base or reference.
    case(
        "X316-001",
        caption("a man in a navy blue t - shirt and jeans"),
        D.wearing("a black t-shirt and black jeans", "contradiction"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.details("the t-shirt has a pocket on the chest", "unsupported"),
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white plain full-sleeve Oxford button-down shirt, untucked, beige chinos, light grey
    # backdrop. caption: adapter
    case(
        "X316-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and khaki pants"),
        D.color("white"),
        color_of("pants", "white", "other_garment_color"),
        is_a("shirt", "yes"),
        D.material("it is made of", "cut"),
        title="HIGHLANDER Men White Slim Fit Oxford Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of a black half-sleeve tee with a large white tiger-face print on the chest, white background.
    # All texts base or reference.
    case(
        "X316-003",
        caption("a black t - shirt with a tiger on it"),
        D.wearing("a black t-shirt"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.material("black", "restated"),
        D.description("a black t-shirt with a white tiger on the front and a red collar", "unsupported"),
        title="Men Black Tiger Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in blue slim-fit jeans, a white plain tee tucked in, white sneakers, white backdrop, full length.
    # details: adapter
    case(
        "X316-004",
        caption("a man in a white t - shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans"),
        color_of("jeans", "blue"),
        D.details(
            "The pants this gentleman wears is of long length. The pants are with denim fabric and solid color "
            "patterns. The pants this gentleman wears is of",
            "loop",
            hit_limit=True,
        ),
        fit("slim fit"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a maroon plain full-sleeve straight kurta with a mandarin collar, white churidar pyjama, beige
    # wall with a potted plant beside him. caption, details: adapter
    case(
        "X316-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red kurta and white pants"),
        D.color("red"),
        color_pyjama("white"),
        D.details(
            "It has a stand neckline. The pants are with cotton fabric and pure color patterns. It has a stand "
            "neckline. The",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Men Maroon Solid Straight Kurta with Churidar",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in olive cargo shorts with side flap pockets, black plain tee, cropped at the knees, grey
    # backdrop. All texts base or reference.
    case(
        "X316-006",
        caption("a man in a black t - shirt and green shorts"),
        D.wearing("she is wearing a black shirt and green shorts", "pronoun"),
        D.color("black", "other_garment_color"),
        D.details("the shorts have pockets on the sides"),
        D.material("green", "restated"),
        title="Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in grey track pants with a white stripe down each side and a drawstring, white plain tee, white
    # sneakers, white backdrop, full length. All texts base or reference.
    case(
        "X316-007",
        caption("a man in grey sweatpants and white sneakers"),
        D.wearing("grey sweatpants and a grey t - shirt", "contradiction"),
        D.color("grey"),
        D.pattern("solid"),
        D.description("the pants are grey with a white stripe on the side and a drawstring at the waist"),
        D.material("polyester Question: what is the color of the pants? Answer: grey", "leak"),
        title="Men Grey Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a red-and-navy checked full-sleeve casual shirt with one chest pocket, blue jeans, white
    # backdrop. caption: adapter
    case(
        "X316-008",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("checked"),
        D.details("the shirt has a pocket on the chest and buttons down the front"),
        color_of("jeans", "red", "other_garment_color"),
        title="Men Red & Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a black nylon bomber jacket with ribbed cuffs and hem, open over a white tee, black jeans,
    # grey backdrop. All texts base or reference.
    case(
        "X316-009",
        caption("a man wearing a black jacket and black pants"),
        D.wearing("a black jacket, white shirt and black pants"),
        D.material("leather", "unsupported"),
        D.description("a black bomber jacket with a zipper and ribbed cuffs"),
        color_tshirt("black", "other_garment_color"),
        title="Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a mustard plain round-neck pullover sweater, blue jeans, standing against a red brick wall.
    # All texts base or reference.
    case(
        "X316-010",
        caption("a man in a yellow sweater standing in front of a brick wall"),
        D.wearing("a yellow sweater and yellow jeans", "contradiction"),
        D.color("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("wool"),
        D.description("a yellow sweater with a zipper on the front", "unsupported"),
        title="Men Mustard Solid Pullover Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: flat-lay of three folded briefs (navy, grey melange, black), each with an elastic waistband printed with
    # the brand name, white background. All texts base or reference.
    case(
        "X316-011",
        caption("three pairs of underwear on a white background"),
        D.wearing("underwear Question: what is the color of the underwear? Answer: black", "leak"),
        D.pattern("solid"),
        D.material("cotton"),
        D.details("the briefs have details", "non_answer"),
        is_a("pair of shorts", "no"),
        title="Men Pack of 3 Solid Cotton Briefs",
        category="Innerwear",
        color="Multi",
        gender="Men",
    ),
    # photo: model from the waist up in a white ribbed sleeveless innerwear vest, plain grey backdrop. All texts base
    # or reference.
    case(
        "X316-012",
        caption("a man in a white tank top"),
        D.wearing("a white tank top and white shorts", "unsupported"),
        D.garment_type("tank top"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("she is wearing a white tank top", "pronoun"),
        title="Jockey Men White Solid Ribbed Cotton Innerwear Vest",
        category="Innerwear",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy polo tee with a three-button placket, khaki chinos, dark grey studio backdrop.
    # caption, details: adapter
    case(
        "X316-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The T-shirt is with cotton fabric. It has a lapel neckline. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.wearing("a blue polo shirt and khaki pants"),
        D.garment_type("polo shirt"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The gentleman wears "
            "a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Navy Blue Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in beige slim chinos, white full-sleeve shirt tucked in, brown leather belt, brown loafers, white
    # backdrop. All texts base or reference.
    case(
        "X316-014",
        caption("a man in a white shirt and beige pants"),
        D.wearing("a white shirt, beige pants and a brown belt"),
        D.color("beige"),
        color_of("shirt", "beige", "other_garment_color"),
        D.details("the pants have a black stripe down the side", "unsupported"),
        title="Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in black joggers with elastic ankle cuffs, grey melange pullover hoodie, white backdrop, full
    # length. All texts base or reference.
    case(
        "X316-015",
        caption("a man in a grey hoodie and black joggers"),
        D.color("grey", "other_garment_color"),
        is_a("pair of track pants", "yes"),
        D.details("the pants have elastic cuffs at the ankles"),
        D.wearing("a grey hoodie and black pants and a black hat", "unsupported"),
        title="Men Black Solid Slim Fit Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a white full-sleeve straight kurta with white chikankari embroidery down the front, mandarin
    # collar, white background. All texts base or reference.
    case(
        "X316-016",
        caption("a white kurta with embroidery on the front"),
        D.wearing("a white kurta"),
        D.pattern("embroidered"),
        D.color("white"),
        D.description("a white kurta with blue embroidery on the front", "unsupported"),
        D.material("silk", "unsupported"),
        title="Men White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: model in a mid-blue washed denim jacket with two flap chest pockets, open over a black tee, black
    # jeans, white backdrop. caption, material: adapter
    case(
        "X316-017",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. It has a lapel neckline. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jean jacket, a black t - shirt and black", "cut"),
        D.color("blue"),
        D.description("a blue jean jacket with buttons down the front and two chest pockets"),
        D.material(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. It has a lapel neckline. The "
            "gentleman wears a long",
            "restated",
            hit_limit=True,
        ),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in navy shorts with a green palm-leaf print, white plain tee, cropped at the knees, white
    # backdrop. All texts base or reference.
    case(
        "X316-018",
        caption("a man in a white t - shirt and blue shorts with palm trees"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.details("the shorts have palm leaves on them"),
        color_tshirt("blue", "other_garment_color"),
        title="Men Navy Blue Tropical Printed Regular Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a grey melange button-front cardigan with two patch pockets, open over a white tee, dark blue
    # jeans, white backdrop. description: adapter
    case(
        "X316-019",
        caption("a man in a grey cardigan and white shirt"),
        D.garment_type("sweater"),
        D.color("white", "other_garment_color"),
        D.details("the cardigan has buttons down the front and two pockets"),
        D.wearing("a grey sweater and a white shirt"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "The sweater is with knitted fabric. The",
            "loop",
            hit_limit=True,
        ),
        title="Men Grey Melange Solid Cardigan",
        category="Sweaters",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a light blue linen full-sleeve shirt with the sleeves rolled to the elbows, one chest pocket,
    # white trousers, beige backdrop. details: adapter
    case(
        "X316-020",
        caption("a man in a light blue shirt and light blue pants", "contradiction"),
        D.material("linen"),
        D.sleeve_length("long sleeves"),
        D.color("blue"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The gentleman wears a "
            "long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.description("a light blue linen shirt Question: what is the color of the pants? Answer: white", "leak"),
        title="Men Blue Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of black skinny jeans folded in half, back pockets visible, white background. All texts base
    # or reference.
    case(
        "X316-021",
        caption("a pair of black jeans on a white background"),
        D.color("blue", "contradiction"),
        D.wearing("jeans"),
        D.details("the details of the jeans", "non_answer"),
        D.material("denim"),
        title="Men Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy woven-design sleeveless Nehru jacket over a white full-sleeve kurta and white pyjama,
    # cream backdrop. All texts base or reference.
    case(
        "X316-022",
        caption("a man in a blue vest and white kurta"),
        D.color("white", "other_garment_color"),
        D.wearing("a white kurta pajama and a blue jacket"),
        D.garment_type("vest"),
        is_a("jacket", "no", "contradiction"),
        D.material("it is made of a", "cut"),
        title="Men Navy Blue Woven Design Nehru Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an olive full-sleeve henley tee with a three-button placket, grey trousers, white backdrop.
    # caption: adapter
    case(
        "X316-023",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.wearing("a green shirt and green pants", "contradiction"),
        color_of("pants", "green", "other_garment_color"),
        D.details("the shirt has buttons on the neck"),
        title="Men Olive Green Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of navy track pants with red piping down each side, drawstring waist, white background. All
    # texts base or reference.
    case(
        "X316-024",
        caption("a pair of blue sweatpants with red stripes"),
        D.color("red", "contradiction"),
        D.description(
            "a pair of navy blue track pants with a red stripe on the side Question: what is the color of the "
            "stripe? Answer: red",
            "leak",
        ),
        D.material("polyester"),
        D.wearing("", "non_answer"),
        title="Men Navy Blue Solid Track Pants with Piping",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white half-sleeve casual shirt with a small blue floral print, no chest pocket, blue jeans,
    # white backdrop. All texts base or reference.
    case(
        "X316-025",
        caption("a man in a white shirt with blue flowers"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.wearing("a white shirt with flowers and blue jeans"),
        D.details("the shirt has a floral print and a pocket on the chest", "unsupported"),
        D.material("the shirt is white with blue flowers", "restated"),
        title="Men White & Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model (short hair, beard) in a black padded puffer jacket with a hood and full zip, black trousers,
    # light grey backdrop. All texts base or reference.
    case(
        "X316-026",
        caption("a woman wearing a black puffer jacket with a hood", "pronoun"),
        D.wearing("a black jacket"),
        D.color("black"),
        D.material("nylon"),
        D.details("the jacket has a hood, a zipper and a fur collar", "unsupported"),
        title="Men Black Solid Padded Jacket with Detachable Hood",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a navy cable-knit crew-neck sweater on a brown wooden table. All texts base or reference.
    case(
        "X316-027",
        caption("a blue sweater on a wooden table"),
        D.color("brown", "contradiction"),
        D.material("the sweater is made of", "cut"),
        D.wearing("a blue sweater"),
        D.details("the sweater has a cable knit pattern and a round neck"),
        title="Men Navy Blue Cable Knit Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a yellow full-sleeve kurta and white pyjama, standing in front of a backdrop of marigold
    # garlands. details: adapter
    case(
        "X316-028",
        caption("a man in a yellow kurta and white pants standing in front of flowers"),
        color_kurta("yellow"),
        color_pyjama("yellow", "other_garment_color"),
        D.wearing("a yellow kurta and white pajamas"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of fabric", "non_answer"),
        title="Men Yellow Solid Kurta with Pyjamas",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: model in charcoal grey slim formal trousers with a pressed crease, light pink full-sleeve formal shirt
    # tucked in, black belt, white backdrop. All texts base or reference.
    case(
        "X316-029",
        caption("a man in a pink shirt and grey pants"),
        D.color("pink", "other_garment_color"),
        D.wearing("a pink shirt and gray pants"),
        D.details("the pants have a crease down the front"),
        D.material("polyester"),
        D.description("the pants are pants", "non_answer"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat-lay of two trunks side by side, one black and one red, each with a grey elastic waistband, white
    # background. No seller color. All texts base or reference.
    case(
        "X316-030",
        caption("two pairs of boxer shorts, one black and one red"),
        D.garment_type("shorts", "contradiction"),
        D.color("black"),
        D.material("cotton"),
        D.wearing("underwear"),
        D.details("the shorts have a black waistband", "contradiction"),
        title="Men Pack of 2 Assorted Trunks",
        category="Innerwear",
        gender="Men",
    ),
    # photo: model in a white half-sleeve tee with navy horizontal stripes, beige shorts, printed beach backdrop.
    # caption: adapter
    case(
        "X316-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("striped"),
        D.wearing("a striped shirt and khaki shorts"),
        color_shorts("white", "other_garment_color"),
        D.description("a white and blue striped t - shirt with a pocket on the chest", "unsupported"),
        title="Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in light blue distressed denim shorts with rips on the front, black plain tee, cropped at the
    # shins, white backdrop. All texts base or reference.
    case(
        "X316-032",
        caption("a man in a black t - shirt and ripped denim shorts"),
        D.color("blue"),
        D.details("the shorts have rips on the front"),
        D.material("denim"),
        D.wearing("a black shirt and a black hat", "unsupported"),
        D.description("they are shorts", "non_answer"),
        title="Men Blue Distressed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a maroon V-neck sleeveless sweater vest over a white full-sleeve shirt, grey trousers, white
    # backdrop. All texts base or reference.
    case(
        "X316-033",
        caption("a man in a red sweater vest and a white shirt"),
        D.color("red"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("it is made of", "cut"),
        neckline("v neck"),
        D.wearing("a red sweater, a white shirt and a tie", "unsupported"),
        title="Men Maroon Solid Sleeveless Sweater Vest",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat-lay of a pink full-sleeve formal shirt, folded with the collar up, no pocket, white background.
    # All texts base or reference.
    case(
        "X316-034",
        caption("a pink shirt folded on a white background"),
        D.wearing("", "non_answer"),
        D.color("pink"),
        D.material("a pink shirt", "restated"),
        D.details("the shirt has a button down collar and a pocket", "unsupported"),
        title="Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in olive cargo joggers with side pockets and elastic ankle cuffs, black plain tee, white
    # sneakers, white backdrop, full length. caption, material: adapter
    case(
        "X316-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman wears a long pants. The",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.wearing("a black t-shirt and green cargo pants"),
        D.details("the pants have pockets on the sides and elastic at the ankles"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a rust short kurta with a mandarin collar and a half button placket, blue jeans, white
    # backdrop. All texts base or reference.
    case(
        "X316-036",
        caption("a man in an orange kurta and jeans"),
        D.color("orange"),
        color_of("jeans", "orange", "other_garment_color"),
        D.garment_type("kurta"),
        D.details("it has a mandarin collar and a button placket"),
        D.description("an orange kurta with jeans Question: what is the man wearing? Answer: a kurta", "leak"),
        title="Men Rust Orange Solid Short Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: model in a teal blue hooded windcheater with a full zip, black track pants, printed mountain backdrop.
    # All texts base or reference.
    case(
        "X316-037",
        caption("a man in a blue jacket standing in front of mountains"),
        D.color("green"),
        D.details("the jacket has a hood and a zipper on the front"),
        D.wearing("a blue jacket and blue pants", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Teal Blue Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a white half-sleeve tee with "NYC" in red block letters on the chest, blue jeans, grey
    # backdrop. caption: adapter
    case(
        "X316-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this gentleman wears is of long length. The pants are with denim fabric "
            "and solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.wearing("she is wearing a white t-shirt with red letters and jeans", "pronoun"),
        D.details("the shirt has the letters nyc on it"),
        color_of("jeans", "white", "other_garment_color"),
        title="Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of grey-and-white checked woven boxers with an elastic waistband, white background. All texts
    # base or reference.
    case(
        "X316-039",
        caption("a pair of plaid shorts on a white background"),
        D.garment_type("boxers"),
        D.pattern("checked"),
        D.material("the shorts are grey and white", "restated"),
        D.wearing("shorts"),
        D.details("the shorts have a drawstring and two pockets", "unsupported"),
        title="Men Grey Checked Pure Cotton Boxers",
        category="Innerwear",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a black fine-knit turtleneck pullover, grey wool trousers, white backdrop. All texts base or
    # reference.
    case(
        "X316-040",
        caption("a man in a black turtleneck sweater"),
        D.wearing("he is wearing a black sweater and grey pants"),
        D.details("the sweater has a high neck"),
        D.material("wool Question: what is the color of the sweater? Answer: black", "leak"),
        color_of("pants", "black", "other_garment_color"),
        D.description("the garment is a garment", "non_answer"),
        title="Men Black Solid Turtle Neck Pullover",
        category="Sweaters",
        color="Black",
        gender="Men",
    ),
    # photo: model in a light blue full-sleeve denim shirt worn open over a white tee, khaki chinos, white
    # backdrop. caption, material: adapter
    case(
        "X316-041",
        caption(
            "The gentleman wears a long-sleeve shirt with denim fabric and pure color patterns. It has a lapel "
            "neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.wearing("a denim shirt over a white t - shirt and khaki pants"),
        D.material(
            "The gentleman wears a long-sleeve shirt with denim fabric and pure color patterns. It has a lapel "
            "neckline. The gentleman wears a",
            "restated",
            hit_limit=True,
        ),
        color_tshirt("blue", "other_garment_color"),
        title="Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of navy chinos laid flat, back view with two buttoned welt pockets, white background. All
    # texts base or reference.
    case(
        "X316-042",
        caption("a pair of navy blue pants on a white background"),
        D.color("blue"),
        D.details("the pants have pockets on the back and a button"),
        D.material("the pants are navy blue", "restated"),
        D.garment_type("jeans", "contradiction"),
        title="Men Navy Blue Regular Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black straight kurta with an all-over gold-toned block print, white pyjama, deep red
    # backdrop. All texts base or reference.
    case(
        "X316-043",
        caption("a man in a black and gold kurta"),
        D.color("black"),
        color_pyjama("black", "other_garment_color"),
        D.wearing("a black kurta with gold design and white pants"),
        D.material("silk", "unsupported"),
        title="Men Black & Gold-Toned Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a maroon plain half-sleeve V-neck tee, white background. caption, details: adapter
    case(
        "X316-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V-shape neckline. The lady wears a long pants. The pants are with",
            "pronoun",
            hit_limit=True,
        ),
        D.color("red"),
        D.wearing("a red shirt"),
        D.garment_type("t-shirt"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a V-shape neckline. The T-shirt is "
            "with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Men Maroon Solid V-Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # photo: model in black running shorts with a small white logo on the left leg, grey tank top, gym backdrop
    # with dumbbell racks. All texts base or reference.
    case(
        "X316-045",
        caption("a man in black shorts and a gray tank top in a gym"),
        D.color("black"),
        D.details("the shorts have a white logo on the left leg"),
        D.wearing("black shorts and a black tank top", "contradiction"),
        is_a("pair of track pants", "yes", "contradiction"),
        color_shorts("grey", "other_garment_color"),
        title="Men Black Solid Running Sports Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a brown biker jacket with an asymmetric zip, open over a white tee, blue jeans, grey backdrop.
    # No seller gender. caption: adapter
    case(
        "X316-046",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The jacket is with leather fabric. It has a lapel neckline. The jacket is with "
            "leather",
            "loop",
            hit_limit=True,
        ),
        D.material("leather"),
        D.color("brown"),
        D.wearing("a brown leather jacket, white shirt and jeans"),
        color_of("jeans", "brown", "other_garment_color"),
        D.details("the jacket has a zipper and a belt at the waist", "unsupported"),
        title="Men Brown Solid Biker Jacket",
        category="Jackets",
        color="Brown",
    ),
]
