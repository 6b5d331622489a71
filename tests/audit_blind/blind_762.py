"""BLIND_762 (46 products; Myntra men's ethnic sets, VQA adapter, per-piece color questions): written blind in the
fifty-fifth session. Measured blind at 3f15adb (the session's sixth rules): 103/125 failures found (82.4%) and 8/186
correct texts flagged (4.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's ethnic sets: kurta pyjama and kurta churidar sets, kurta sets with a Nehru
jacket, sherwani sets with churidar and stole. Catalog photos of a model on a white, grey or beige studio backdrop,
mostly front or three-quarter views, with mojaris or kolhapuris, now and then a watch, a brooch or a safa. The
seller's columns are title, category (article type), color (base colour of the set) and gender; a few rows lack one.

Who wrote what: captions come from the untuned base Salesforce/blip2-opt-2.7b (short, stops on its newline, knows the
word kurta, sometimes says shirt or vest, invents a setting). Open answers (wearing, describe, details, material and
the open per-piece color questions) come from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA, trained without an end
token: it often runs on into the next piece, repeats itself to the 30-token limit, is cut mid-sentence, or writes
the next "Question: ... Answer:" itself; it favours one color for every piece. Closed answers (per-piece colors,
pattern, sleeve length, garment type, "Is this a kurta?") come from enrich's --engine reference scoring candidates
with the same adapter: one candidate value, never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Truth is the photo as described in the comment; where the seller's color is wrong (a "Brown" kurta that is rust),
  an answer matching the photo is correct and one matching the seller's wrong color is a contradiction.
- A per-piece color answer that gives another piece's color (the jacket's navy for the kurta) is other_garment_color
  when open; the same mistake in a closed answer is labeled contradiction (the kind's definition is for open text).
- A print color given as a piece's color (the blue of a white kurta's print given for the pyjama) is contradiction.
- Color groups are lenient: maroon called red, peach called pink, off-white or cream called white, teal or turquoise
  called blue are correct; cream called gold, sky blue called navy blue are not.
- A Nehru jacket called a vest or a jacket and a sherwani called a coat are correct; a kurta called a plain "shirt"
  is a contradiction (garment class wrong against the seller), "long shirt" would have been accepted.
- Material answers naming a fabric the title does not name (and the photo cannot show) are unsupported; a fabric
  the title names is correct; a fabric against the title's fabric is unsupported too.
- Invented props, settings and trims (sword, wedding, red carpet, turban, pocket square, zip, hood, lining) are
  unsupported. An answer that is incomplete (names only the kurta) but not wrong is correct.
- One-word or yes/no answers to describe/details/wearing are non_answer; a sentence that only restates the question
  ("the nehru jacket is a nehru jacket") is restated.
- "she" for a Men row is pronoun; so is a caption that calls the man a woman.
- Loops and cuts are marked hit_limit=True; a loop that also repeats a wrong color is labeled loop (primary failure).
- A leak is any text containing the "Question: ... Answer:" format or a bare leading "Answer:"; labeled leak even if
  the answer inside is right. Leaks that ran on to the limit are marked hit_limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
garment = BLIND_QUESTIONS.garment_type
MAN = "the man"

BLIND_762 = [
    # photo: cream knee-length silk-blend kurta with mandarin collar and gold-toned buttons, matching cream churidar,
    # brown mojaris, white backdrop, front view. Caption base OPT-2.7b; open answers VQA adapter; closed reference.
    case(
        "X762-001",
        caption("a man in a cream kurta and churidar standing against a white background"),
        wearing("a cream kurta and churidar", who=MAN),
        color_of("kurta", "cream"),
        color_of("churidar", "cream"),
        color_of(
            "kurta",
            "cream and the churidar is cream and the kurta is cream and the churidar is cream and the kurta is cream",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("kurta", "a mandarin collar and a button placket with gold buttons"),
        describe(
            "kurta",
            "the kurta is cream with a mandarin collar and a button placket with gold buttons and the sleeves are long"
            " and the hem is straight and the",
            "cut",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Manyavar Men Cream Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: beige kurta, white pyjama, navy blue Nehru jacket with a small white buta print, brown loafers, hands in
    # pockets, white backdrop, front view. Caption base; open answers VQA adapter; closed reference.
    case(
        "X762-002",
        caption("a man wearing a blue jacket and white pants"),
        color_of("kurta", "navy blue", "contradiction"),
        color_of("nehru jacket", "navy blue"),
        color_of("pyjama", "white"),
        wearing("a blue jacket and a beige kurta and white pants", who=MAN),
        describe(
            "nehru jacket",
            "the jacket is navy blue with a small white print all over it and it has a mandarin collar and four"
            " buttons on the front and the",
            "cut",
            hit_limit=True,
        ),
        title="KISAH Men Beige & Navy Blue Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: maroon sherwani with gold-toned embroidery on collar and placket, light gold churidar, cream stole over the
    # left shoulder, maroon mojaris, grey backdrop, no props. Caption base; open VQA adapter; closed reference.
    case(
        "X762-003",
        caption("a man in a maroon sherwani holding a sword", "unsupported"),
        color_of("sherwani", "maroon"),
        color_of("churidar", "maroon and the sherwani is maroon", "other_garment_color", kind="open"),
        color_of("stole", "cream"),
        wearing("a maroon sherwani with gold embroidery, a cream stole and gold churidar", who=MAN),
        details("sherwani", "gold embroidery on the collar and the front"),
        describe("stole", "the stole is a stole", "restated"),
        title="Vastramay Men Maroon & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: white cotton kurta with indigo-blue floral block print, mandarin collar, white pyjama, tan kolhapuris,
    # white backdrop, front view. Caption base; open VQA adapter; closed reference.
    case(
        "X762-004",
        caption("a man wearing a white kurta with blue flowers on it"),
        pattern("floral"),
        color_of("kurta", "white"),
        color_of("pyjama", "blue", "contradiction"),
        describe("kurta", "the kurta is white with a blue floral print and it has a mandarin collar"),
        wearing("she is wearing a white kurta and white pants", "pronoun"),
        title="See Designs Men White & Blue Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: mustard yellow solid cotton kurta with side pockets, white pyjama, slight side view, white backdrop.
    # Caption base; open answers VQA adapter; closed reference.
    case(
        "X762-005",
        caption("a man in a yellow kurta and white pajamas"),
        color_of("kurta", "yellow", kind="open"),
        color_of("pyjama", "yellow", "other_garment_color", kind="open"),
        material("cotton"),
        details(
            "kurta",
            "side pockets and a button placket Question: What is the color of the kurta? Answer: yellow Question:",
            "leak",
            hit_limit=True,
        ),
        garment("kurta"),
        title="Jompers Men Mustard Yellow Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: off-white kurta, off-white churidar, solid navy Nehru jacket with a chest welt pocket, white backdrop,
    # front view. Caption base; open VQA adapter; closed reference.
    case(
        "X762-006",
        caption("a man in a blue vest and white pants"),
        color_of("nehru jacket", "navy blue"),
        color_of(
            "kurta",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("churidar", "white"),
        wearing("a navy blue nehru jacket over an off-white kurta with churidar", who=MAN),
        describe("nehru jacket", "a jacket", "non_answer"),
        title="SOJANYA Men Navy Blue & Off-White Solid Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: bottle green cotton kurta, cream pyjama, white backdrop, man standing straight, front view.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-007",
        caption("a man in a green kurta and white pants standing in front of a white wall"),
        color_of("kurta", "green"),
        color_of("pyjama", "green", "contradiction"),
        material("linen", "unsupported"),
        details("kurta", "the kurta details", "restated"),
        wearing("a green kurta and cream pyjamas", who="he"),
        title="Fabindia Men Green Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: black self-design (tone-on-tone jacquard) kurta, black pyjama, black mojaris, grey backdrop, no jewellery.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-008",
        caption("a man in a black kurta and black pants on a gray background"),
        pattern("solid"),
        color_of("kurta", "black"),
        color_of("pyjama", "black", kind="open"),
        describe(
            "kurta",
            "the kurta is black with a black black black black black black black black black black black black black"
            " black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        wearing("a black kurta with a small gold brooch and black pants", "unsupported", who=MAN),
        title="Ethnix by Raymond Men Black Self-Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: pink solid kurta, white pyjama, grey Nehru jacket with a white geometric print, white backdrop.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-009",
        caption("a man wearing a pink kurta and a gray vest"),
        color_of("kurta", "grey", "other_garment_color", kind="open"),
        color_of("nehru jacket", "grey"),
        color_of("pyjama", "white"),
        pattern("floral", "contradiction"),
        describe("nehru jacket", "grey with a white geometric print and a mandarin collar"),
        is_a("kurta", "yes"),
        wearing("a pink kurta, a grey printed jacket and white pyjamas", who=MAN),
        details("kurta", "Question: What are the kurta details? Answer: a mandarin collar and a placket", "leak"),
        title="Hangup Men Pink Solid Kurta with Pyjamas & Grey Printed Nehru Jacket",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: ivory sherwani with gold zari embroidery all over, ivory churidar, maroon velvet dupatta over the left
    # shoulder, gold mojaris, beige studio backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-010",
        caption("a man in a white sherwani with a red scarf at a wedding", "unsupported"),
        color_of("sherwani", "off white"),
        color_of("dupatta", "maroon"),
        color_of("churidar", "maroon", "other_garment_color", kind="open"),
        details(
            "sherwani",
            "gold embroidery on the whole sherwani, the collar, the sleeves, the collar, the sleeves, the collar, the"
            " sleeves, the collar",
            "loop",
            hit_limit=True,
        ),
        wearing("an off-white sherwani with gold embroidery and a maroon dupatta", who=MAN),
        title="Manyavar Men Off-White & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: blue-and-white vertical striped cotton kurta, mandarin collar, full sleeves, white pyjama, white backdrop.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-011",
        caption("a man wearing a blue and white striped kurta and white pants"),
        pattern("striped"),
        color_of("kurta", "blue"),
        color_of("pyjama", "blue", "contradiction"),
        describe("kurta", "blue and white vertical stripes with a mandarin collar and full sleeves"),
        sleeves("long sleeve"),
        wearing("she is wearing a blue striped kurta and white pyjama", "pronoun"),
        title="Anouk Men Blue & White Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: peach solid kurta with a little tonal embroidery at the neckline, cream churidar, side pose, white
    # backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-012",
        caption("a man in a pink kurta and white pants"),
        color_of("kurta", "peach", kind="open"),
        color_of(
            "churidar",
            "peach and the kurta is peach and the churidar is peach and the kurta is peach and the churidar is peach"
            " and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("she is wearing a peach kurta and churidar", "pronoun"),
        details("kurta", "embroidery around the neckline"),
        material("cotton", "unsupported"),
        pattern("striped", "contradiction"),
        title="Kraft India Men Peach-Coloured Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: teal kurta, cream pyjama, beige Nehru jacket with a brown paisley print, white backdrop, front view.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-013",
        caption("a man in a blue kurta and a beige vest"),
        color_of("kurta", "teal"),
        color_of("nehru jacket", "beige"),
        color_of("pyjama", "teal", "other_garment_color", kind="open"),
        describe(
            "nehru jacket",
            "the jacket is beige with a brown paisley print and it has a mandarin collar and buttons on the front and"
            " a pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        details(
            "nehru jacket",
            "paisley print, paisley print, paisley print, paisley print, paisley print, paisley print, paisley print",
            "loop",
            hit_limit=True,
        ),
        wearing("a teal kurta, cream pyjamas and a beige printed nehru jacket", who=MAN),
        title="VASTRAMAY Men Teal Kurta with Pyjama & Beige Printed Nehru Jacket",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: grey melange cotton kurta, white pyjama, three-quarter view, hand on hip, black sports watch, white
    # backdrop. Caption base; open VQA adapter; closed reference. The feed row has no color column.
    case(
        "X762-014",
        caption("a man in a gray kurta and white pants with a watch"),
        color_of("kurta", "grey"),
        color_of("pyjama", "white"),
        material("cotton"),
        details("kurta", "Answer: a mandarin collar and a button placket", "leak"),
        wearing("a grey kurta and white pajamas and a black watch", who=MAN),
        describe("kurta", "grey", "non_answer"),
        title="Jompers Men Grey Melange Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        gender="Men",
    ),
    # photo: red art-silk kurta, white pyjama, bare head, red mojaris, white backdrop, front view.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-015",
        caption("a man in a red kurta and white pants posing for a picture"),
        color_of("kurta", "red", kind="open"),
        color_of("pyjama", "red", "other_garment_color", kind="open"),
        wearing("a red kurta and white pants and a red turban", "unsupported", who=MAN),
        details(
            "kurta",
            "the kurta is red and the pants are white and the kurta is red and the pants are white and the kurta is"
            " red and the",
            "loop",
            hit_limit=True,
        ),
        garment("kurta"),
        title="Sanwara Men Red Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: lavender solid kurta with concealed placket and side pockets, white churidar, white backdrop.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-016",
        caption("a man in a purple kurta with white pants"),
        color_of("kurta", "lavender"),
        color_of("churidar", "white"),
        describe("kurta", "the kurta", "non_answer"),
        is_a("kurta", "yes"),
        wearing("a purple kurta and white churidar", who=MAN),
        color_of("churidar", "purple", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a concealed button placket and two side pockets and slits on both"
            " sides and the sleeves are full and",
            "cut",
            hit_limit=True,
        ),
        title="Mag Stylus Men Lavender Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: beige-gold woven brocade sherwani with stand collar and gold buttons, maroon brooch on the chest, cream
    # churidar, gold mojaris, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-017",
        caption("a man in a gold sherwani standing in front of a white wall"),
        color_of("sherwani", "gold"),
        color_of("churidar", "gold", "contradiction"),
        details("sherwani", "woven pattern all over and a brooch on the chest"),
        wearing("a gold sherwani with a brooch and a cream churidar", who=MAN),
        describe(
            "sherwani",
            "the sherwani is gold with a woven design and a stand collar and it has gold buttons down the front and"
            " the sleeves are long and the",
            "cut",
            hit_limit=True,
        ),
        material("velvet", "unsupported"),
        title="Manyavar Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: solid navy blue kurta, white pyjama, plain maroon Nehru jacket with five buttons, no pocket square,
    # white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-018",
        caption("a man in a maroon vest and blue kurta"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        color_of("nehru jacket", "maroon", kind="open"),
        color_of("pyjama", "white"),
        wearing("a blue kurta and a maroon jacket and white pants and a white pocket square", "unsupported", who=MAN),
        describe("nehru jacket", "maroon with a mandarin collar and five buttons"),
        pattern("printed", "contradiction"),
        title="Hangup Men Navy Blue Kurta with Pyjamas & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white Lucknowi chikankari kurta, white-on-white embroidery on the yoke and full sleeves, white pyjama,
    # white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-019",
        caption("a man in a white kurta pajama"),
        pattern("embroidered"),
        color_of("kurta", "white"),
        color_of("pyjama", "white", kind="open"),
        details("kurta", "white embroidery on the front and the sleeves"),
        describe("kurta", "white with embroidery on the yoke and a zip pocket on the side", "unsupported"),
        wearing("a white kurta and white pyjama", who=MAN),
        sleeves("short sleeve", "contradiction"),
        title="See Designs Men White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: mustard kurta with small black printed motifs and a mandarin collar, white dhoti pants, brown kolhapuris,
    # white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-020",
        caption("a man wearing a yellow kurta and white dhoti pants"),
        color_of("kurta", "mustard"),
        color_of("dhoti pants", "white"),
        pattern("printed"),
        describe("kurta", "mustard yellow with small black motifs and a mandarin collar"),
        wearing("he is wearing a yellow kurta with dhoti", who=MAN),
        details(
            "kurta",
            "the kurta has a mandarin collar Question: What is the color of the dhoti pants? Answer: white Question:"
            " What is",
            "leak",
            hit_limit=True,
        ),
        material("polyester", "unsupported"),
        color_of("dhoti pants", "mustard", "other_garment_color", kind="open"),
        title="Vastramay Men Mustard Printed Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: black kurta, white churidar, grey textured-weave Nehru jacket, white backdrop, front view.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-021",
        caption("a man in a black kurta and a gray vest"),
        color_of("kurta", "black"),
        color_of("churidar", "black", "contradiction"),
        color_of("nehru jacket", "grey", kind="open"),
        wearing("she is wearing a black kurta and a grey jacket", "pronoun"),
        details("nehru jacket", "the nehru jacket details are the nehru jacket", "restated"),
        title="SOJANYA Men Black & Grey Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: olive green cotton kurta with a chest pocket, matching olive pyjama, bearded man with hands folded, white
    # backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-022",
        caption("a man in a green kurta and green pants"),
        color_of("kurta", "olive"),
        color_of("pyjama", "olive"),
        color_of("pyjama", "white", "contradiction", kind="open"),
        material("cotton"),
        describe("kurta", "olive green with a mandarin collar and a chest pocket"),
        wearing(
            "green green green green green green green green green green green green green green green green green"
            " green green green green green green green green green green green green green",
            "loop",
            who=MAN,
            hit_limit=True,
        ),
        title="Fabindia Men Olive Green Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: white kurta, white pyjama, Nehru jacket in a patchwork of red, blue, yellow and green squares, button
    # front, no hood, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-023",
        caption("a man in a colorful vest and white kurta"),
        color_of("nehru jacket", "multi"),
        color_of("kurta", "multicolored", "other_garment_color", kind="open"),
        color_of("pyjama", "white"),
        describe("nehru jacket", "patchwork of red, blue, yellow and green squares"),
        details("nehru jacket", "a zip and a hood", "unsupported"),
        wearing(
            "a white kurta and white pyjamas with a nehru jacket that has red and blue and yellow and green squares on"
            " it and the",
            "cut",
            who=MAN,
            hit_limit=True,
        ),
        title="KISAH Men White Kurta with Pyjamas & Multicoloured Patchwork Nehru Jacket",
        category="Kurta Sets",
        color="Multi",
        gender="Men",
    ),
    # photo: maroon velvet knee-length sherwani with gold buttons and a high collar, cream churidar, dark grey
    # backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-024",
        caption("a man in a maroon sherwani and white pants"),
        material("velvet"),
        color_of("sherwani", "maroon", kind="open"),
        color_of("churidar", "maroon", "other_garment_color", kind="open"),
        details("sherwani", "gold buttons"),
        wearing("a red coat and white pants", who=MAN),
        describe(
            "sherwani",
            "the sherwani is maroon velvet with gold buttons down the front and a high collar and it is knee length"
            " and it has long sleeves with",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "no", "contradiction"),
        title="Manyavar Men Maroon Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: sea green solid kurta with side slits, white pyjama, white backdrop, front view.
    # Caption base; open VQA adapter; closed reference. The feed row has no gender column.
    case(
        "X762-025",
        caption("a man in a green kurta and white pants"),
        color_of("kurta", "green"),
        color_of("pyjama", "white"),
        wearing("Question: What is the man wearing? Answer: a green kurta", "leak", who=MAN),
        describe("kurta", "sea green with a mandarin collar and side slits"),
        is_a("kurta", "yes"),
        garment("shirt", "contradiction"),
        title="Jompers Men Sea Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # photo: rust orange kurta with thin gold piping on the placket, cream pyjama, white backdrop.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-026",
        caption("a man in an orange kurta and white pants"),
        color_of("kurta", "orange", kind="open"),
        color_of("pyjama", "orange", "other_garment_color", kind="open"),
        details("kurta", "gold piping on the placket"),
        wearing("an orange kurta", who=MAN),
        material("silk", "unsupported"),
        garment("jacket", "contradiction"),
        title="Kraft India Men Rust Orange Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
        gender="Men",
    ),
    # photo: sky blue kurta, white pyjama, navy blue Nehru jacket, white backdrop, front view.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-027",
        caption("a man in a blue vest and blue kurta"),
        color_of("kurta", "navy blue", "contradiction"),
        color_of("nehru jacket", "navy blue"),
        color_of("pyjama", "blue", "other_garment_color", kind="open"),
        wearing("a light blue kurta with a navy jacket and white pyjamas", who=MAN),
        describe("nehru jacket", "the nehru jacket is a nehru jacket", "restated"),
        title="SOJANYA Men Blue Solid Kurta with Pyjamas & Navy Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: cream brocade sherwani with buttons down the front, red stole, cream churidar, red safa (turban) on the
    # head, empty hands, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-028",
        caption("a man in a white sherwani and a red turban"),
        color_of("sherwani", "cream"),
        color_of("stole", "red"),
        color_of("churidar", "red", "other_garment_color", kind="open"),
        wearing("a cream sherwani, a red turban and a red stole, holding a sword", "unsupported", who=MAN),
        details("sherwani", "brocade pattern with buttons down the front"),
        title="Vastramay Men Cream-Coloured Sherwani Set with Stole",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: purple art-silk kurta with mandarin collar and gold buttons, white pyjama, white backdrop.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-029",
        caption("a man in a purple kurta and white pants"),
        color_of("kurta", "purple"),
        color_of("pyjama", "purple", "contradiction"),
        describe(
            "kurta",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple"
            " purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a purple dress", "pronoun"),
        details(
            "kurta",
            "the kurta has a mandarin collar with gold buttons and a placket and the sleeves are long and the kurta is"
            " knee length and the side slits",
            "cut",
            hit_limit=True,
        ),
        title="Hangup Men Purple Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Purple",
        gender="Men",
    ),
    # photo: off-white linen kurta, off-white pyjama, beige linen Nehru jacket with two pockets and wooden buttons,
    # white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-030",
        caption("a man in a beige vest and white pants"),
        material("linen"),
        color_of("kurta", "off white"),
        color_of("nehru jacket", "white", "other_garment_color", kind="open"),
        details("nehru jacket", "two pockets and wooden buttons"),
        wearing("a beige jacket over a white kurta and white pyjamas", who=MAN),
        describe("kurta", "this is a description of the kurta", "restated"),
        title="Fabindia Men Off-White Linen Kurta with Pyjamas & Beige Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: charcoal grey kurta with hidden placket and buttoned cuffs, black pyjama, white backdrop.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-031",
        caption("a man in a gray kurta and black pants"),
        color_of("kurta", "charcoal"),
        color_of("pyjama", "black"),
        color_of("pyjama", "grey", "other_garment_color", kind="open"),
        describe("kurta", "a kurta", "non_answer"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a hidden placket and the sleeves have buttoned cuffs and there is a"
            " pocket on the side and the",
            "cut",
            hit_limit=True,
        ),
        title="Ethnix by Raymond Men Charcoal Grey Kurta with Pyjamas",
        category="Kurta Sets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white kurta, white pyjama, pink Nehru jacket with a floral print, white backdrop, front view.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-032",
        caption("a man in a pink vest with flowers on it"),
        color_of("nehru jacket", "pink"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        color_of("pyjama", "white"),
        pattern("floral"),
        wearing("a pink floral jacket and a white kurta pyjama", who=MAN),
        describe(
            "nehru jacket", "pink with a floral print Question: What is the color of the kurta? Answer: pink", "leak"
        ),
        title="KISAH Men White Kurta Pyjama with Pink Floral Print Nehru Jacket",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: beige kurta with tonal thread work at the collar, maroon churidar, white backdrop.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-033",
        caption("a man in a beige kurta and red pants"),
        color_of("kurta", "beige"),
        color_of("churidar", "maroon"),
        color_of("churidar", "beige", "other_garment_color", kind="open"),
        wearing("a beige kurta and maroon churidar", who=MAN),
        details("kurta", "the kurta has kurta details", "restated"),
        title="Sanwara Men Beige & Maroon Kurta with Churidar",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: green kurta, white pyjama, plain mustard Nehru jacket with mandarin collar, no pocket square, white
    # backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-034",
        caption("a man in a green kurta and a yellow vest"),
        color_of("kurta", "yellow", "other_garment_color", kind="open"),
        color_of("nehru jacket", "yellow", kind="open"),
        color_of("pyjama", "white"),
        describe("nehru jacket", "mustard with a mandarin collar and a pocket square", "unsupported"),
        wearing("a green kurta, a mustard nehru jacket and white pyjamas", who=MAN),
        title="Vastramay Men Green Kurta with Pyjamas & Mustard Nehru Jacket",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: navy blue solid kurta with band collar and long sleeves, white pyjama, white backdrop.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-035",
        caption("a man in a blue kurta and white pants"),
        color_of("kurta", "navy blue"),
        color_of("pyjama", "navy blue", "contradiction"),
        describe("kurta", "navy blue with a band collar and long sleeves"),
        wearing("yes", "non_answer", who=MAN),
        material("cotton", "unsupported"),
        details("kurta", "no", "non_answer"),
        title="Anouk Men Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black kurta, black churidar, green brocade Nehru jacket with gold buttons (lining not visible), white
    # backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-036",
        caption("a man in a green jacket and black pants"),
        color_of("nehru jacket", "green"),
        color_of("kurta", "green", "contradiction"),
        color_of("churidar", "black", kind="open"),
        details("nehru jacket", "brocade with gold buttons"),
        describe("nehru jacket", "green brocade with a red silk lining", "unsupported"),
        details("kurta", "the kurta details are the details of the black kurta", "restated"),
        title="Manyavar Men Black Kurta Set with Green Brocade Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: dusty pink (rose) sherwani with silver-tone embroidery at collar and cuffs, cream churidar, cream stole,
    # white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-037",
        caption("a woman in a pink dress", "pronoun"),
        color_of("sherwani", "pink"),
        color_of("stole", "cream"),
        color_of("churidar", "pink", "contradiction"),
        color_of("sherwani", "cream", "other_garment_color", kind="open"),
        details("sherwani", "silver embroidery on the collar and the cuffs"),
        wearing("a pink sherwani and a cream stole", who=MAN),
        title="Manyavar Men Rose Embroidered Sherwani Set",
        category="Sherwani",
        color="Rose",
        gender="Men",
    ),
    # photo: turquoise blue kurta with mandarin collar, long sleeves and a side pocket, white churidar, white backdrop.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-038",
        caption("a man in a blue kurta and white pants"),
        color_of("kurta", "turquoise", kind="open"),
        color_of("churidar", "white", kind="open"),
        describe(
            "kurta",
            "the kurta is turquoise blue and it has a mandarin collar and long sleeves and a side pocket and the kurta"
            " is turquoise blue and it has a",
            "loop",
            hit_limit=True,
        ),
        wearing("Answer: a blue kurta and white churidar", "leak", who=MAN),
        is_a("kurta", "no", "contradiction"),
        title="Jompers Men Turquoise Blue Kurta with Churidar",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: rust-orange solid kurta (the seller says Brown), cream pyjama, plain collar, no mirror work, white
    # backdrop. Caption base; open VQA adapter; closed reference. The feed row has no category column.
    case(
        "X762-039",
        caption("a man in an orange kurta and white pants"),
        color_of("kurta", "orange"),
        color_of("pyjama", "white"),
        color_of("kurta", "brown", "contradiction", kind="open"),
        wearing("an orange kurta and white pants", who=MAN),
        details("kurta", "embroidered collar and mirror work", "unsupported"),
        title="Hangup Men Brown Solid Kurta with Pyjamas",
        color="Brown",
        gender="Men",
    ),
    # photo: white kurta, white pyjama, black Nehru jacket in a suiting fabric, white backdrop, front view.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-040",
        caption("a man in a black vest and white pants"),
        color_of("kurta", "white"),
        color_of("nehru jacket", "black"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        color_of("pyjama", "white", kind="open"),
        describe("nehru jacket", "black", "non_answer"),
        wearing("he's wearing a white kurta with a black nehru jacket over it and white pyjama pants", who=MAN),
        material("leather", "unsupported"),
        title="SOJANYA Men White Kurta Pyjama with Black Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: magenta silk kurta, gold-toned churidar, white backdrop, three-quarter view.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-041",
        caption("a man in a pink kurta"),
        material("silk"),
        color_of("kurta", "magenta"),
        color_of(
            "churidar",
            "magenta magenta magenta magenta magenta magenta magenta magenta magenta magenta magenta magenta magenta",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("she is wearing a magenta kurta with gold churidar", "pronoun"),
        details("kurta", "the kurta is magenta and the churidar is magenta", "other_garment_color"),
        title="Sanwara Men Magenta Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Magenta",
        gender="Men",
    ),
    # photo: lime green kurta with round neck, short button placket, long sleeves and side slits, white pyjama, no
    # dupatta, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X762-042",
        caption("a man in a green shirt and white pants", "contradiction"),
        color_of("kurta", "green"),
        color_of("pyjama", "white"),
        describe("kurta", "lime green with a round neck and three buttons"),
        wearing("a green kurta and white pajamas with a green dupatta", "unsupported", who=MAN),
        details(
            "kurta",
            "the kurta has a round neck with a short button placket and the sleeves are long and there are slits on"
            " both sides and the kurta",
            "cut",
            hit_limit=True,
        ),
        title="Jompers Men Lime Green Kurta with White Pyjamas",
        category="Kurta Sets",
        color="Lime Green",
        gender="Men",
    ),
    # photo: khaki kurta, khaki pyjama, brown Nehru jacket with two welt pockets, no watch, white backdrop.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-043",
        caption("a man in a brown vest and khaki pants"),
        color_of("kurta", "brown", "other_garment_color", kind="open"),
        color_of("nehru jacket", "brown"),
        color_of("pyjama", "khaki"),
        details(
            "nehru jacket",
            "two welt pockets Question: What is the color of the pyjama? Answer: brown Question: What is the color of"
            " the",
            "leak",
            hit_limit=True,
        ),
        garment("kurta"),
        wearing("a brown jacket and khaki pants and a khaki kurta and brown shoes and a watch", "unsupported", who=MAN),
        title="KISAH Men Khaki Kurta Pyjama with Brown Nehru Jacket",
        category="Kurta Sets",
        color="Khaki",
        gender="Men",
    ),
    # photo: indigo cotton kurta with white dabu block print all over, indigo pyjama, white backdrop.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-044",
        caption("a man in a blue and white printed kurta"),
        pattern("printed"),
        material("cotton"),
        color_of("kurta", "blue", kind="open"),
        color_of("pyjama", "white", "contradiction", kind="open"),
        describe(
            "kurta",
            "dark blue with white prints all over, the prints, the prints, the prints, the prints, the prints, the"
            " prints, the prints, the prints",
            "loop",
            hit_limit=True,
        ),
        wearing("clothes", "non_answer", who=MAN),
        title="Fabindia Men Indigo Printed Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: black knee-length sherwani with silver embroidery at the collar and silver buttons, gold-toned churidar,
    # black mojaris, beige studio backdrop, plain floor. Caption base; open VQA adapter; closed reference.
    case(
        "X762-045",
        caption("a man in a black sherwani standing on a red carpet", "unsupported"),
        color_of("sherwani", "black"),
        color_of("churidar", "gold"),
        color_of("churidar", "black", "other_garment_color", kind="open"),
        details("sherwani", "silver embroidery at the collar"),
        describe(
            "sherwani",
            "the sherwani is black with silver embroidery on the collar and the buttons are silver and it is knee"
            " length with long sleeves and a",
            "cut",
            hit_limit=True,
        ),
        title="Manyavar Men Black Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: lemon yellow kurta, white pyjama, navy blue Nehru jacket, white backdrop, front view.
    # Caption base; open VQA adapter; closed reference.
    case(
        "X762-046",
        caption("a man in a blue vest and yellow kurta"),
        color_of("kurta", "yellow"),
        color_of("nehru jacket", "navy blue"),
        color_of("pyjama", "yellow", "other_garment_color", kind="open"),
        wearing(
            "Question: What is the man wearing? Answer: a navy jacket, a yellow kurta and white pyjamas",
            "leak",
            who=MAN,
        ),
        describe("nehru jacket", "the nehru jacket is a jacket", "restated"),
        is_a("kurta", "yes"),
        title="Hangup Men Yellow Kurta with Pyjamas & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
]
