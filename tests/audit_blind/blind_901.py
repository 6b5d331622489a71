"""BLIND_901 (46 products; Myntra men's ethnic sets, VQA per-piece colors): written blind in the fifty-seventh session.
Measured blind at d08c3e3 (the session's fourth rules): 100/117 failures found (85.5%) and 8/168 correct texts flagged
(4.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's ethnic sets (kurta pyjama, kurta churidar, kurta with dhoti pants, kurta with
Nehru jacket, sherwani sets with churidar, stole or safa). Catalog photos, mostly a full-length front view on a white
or light grey studio backdrop; a few lifestyle shots (marigold wall, potted plant, a stool) and props (sunglasses, a
brass diya, a ceremonial sword). The seller's columns: title, category (article type), color (base colour, usually
the kurta's or the sherwani's, sometimes the jacket's), gender; a few rows lack category or color, as real feeds do.

Who wrote what: captions come from the untuned base Salesforce/blip2-opt-2.7b (the job maps the caption to no
adapter): short, generic, ends by itself, now and then "arafed", a wrong hue or "a woman". Every question is answered
through the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA. Closed questions (per-piece colors of the kurta, pyjama,
churidar, dhoti pants and sherwani; pattern, sleeve length, garment type, "Is this a ...?") go through
enrich's --engine reference, which ranks the candidates and keeps one, so those never loop or stop short but often
pick the color of the other piece of the set. Open questions (what is he wearing, describe/details, material, the
Nehru jacket's, stole's and dupatta's color) are free generation, max 30 new tokens: with no end token trained the
adapter repeats itself, runs into the next "Question: ... Answer:" of its training format, or is cut at the limit;
it calls a Nehru jacket a "vest", a churidar "pants", and likes to invent brooches, zari borders and pockets.

Labeling conventions and judgement calls:
- other_garment_color: a text that gives the asked piece the color of another piece visibly worn in the photo (the
  pyjama's color for the kurta, the stole's or safa's for the sherwani), closed or open alike. A color taken from
  the backdrop, from embroidery or from a print on the same piece, or seen nowhere, is a contradiction.
- Shades: cream/off white/white, maroon/red/burgundy, lavender/light purple, teal/blue, olive/green, peach/pink,
  rust/orange, mustard/yellow count as the same color in a caption or answer; navy called black, lavender called
  blue, pink called red, dark green called blue are contradictions.
- A Nehru jacket called "vest" or "jacket", a churidar or pyjama called "pants", a sherwani called "jacket" or
  "coat", a diya called a candle or lamp are correct. A closed garment type that differs from the seller's
  category (kurta for a Nehru Jackets row, kurta for a sherwani) is a contradiction.
- Seller color wrong for the photo (X901-010: "Brown" for a rust kurta): the text that matches the photo is correct.
- Material: correct when the title names it (velvet, linen, cotton) or it agrees with the title; a material the
  title contradicts, or a specific one claimed where the title is silent and the photo does not show it, is
  unsupported. Invented accessories or trims (brooch, pocket square, zari border, chain) are unsupported.
- "a woman" in a caption, or she/her in an answer, for a Men row is pronoun.
- A one-word color, "yes" or an empty string to an open describe/wearing question is non_answer; a sentence that
  only turns the question back ("the details of the kurta are ...") is restated.
- A loop or leak that also ran to the token limit keeps the loop or leak label, with hit_limit=True; cut is only for
  a text that ends mid-phrase at the limit without repeating itself.
- "Solid" for a tone-on-tone self-design kurta is correct; "solid" for a paisley print is a contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
garment_type = BLIND_QUESTIONS.garment_type
sleeve = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_901 = [
    # photo: maroon self-design kurta, cream churidar, brown mojaris, white backdrop, front view.
    # base model wrote the caption, VQA adapter the answers (closed ones via the reference engine).
    case(
        "X901-001",
        caption("a man in a maroon kurta and white pants"),
        wearing(
            "a maroon kurta and white churidar pants and a maroon kurta and white churidar pants and a maroon kurta",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is maroon with a mandarin collar and a self design pattern, it has long sleeves and a",
            "cut",
            hit_limit=True,
        ),
        pattern("solid"),
        title="Manyavar Men Maroon Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: cream kurta and cream pyjama under a navy blue Nehru jacket with a small white buta print; hands in
    # the jacket pockets, white backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-002",
        caption("a man wearing a blue vest over a white kurta"),
        color_of(
            "nehru jacket",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("kurta", "cream"),
        color_of("pyjama", "navy blue", "other_garment_color"),
        wearing("he is wearing a cream kurta with a navy blue nehru jacket and cream pyjamas", who="he"),
        details(
            "nehru jacket",
            "the jacket has a mandarin collar, three buttons and two pockets with a gold zari border",
            "unsupported",
        ),
        title="VASTRAMAY Men Navy Blue Printed Nehru Jacket with Cream Kurta & Pyjama",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige sherwani woven with gold thread, cream churidar, maroon stole over the left shoulder, white
    # backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-003",
        caption("a man in a gold sherwani with a red scarf"),
        color_of("sherwani", "maroon", "other_garment_color"),
        color_of("churidar", "cream"),
        garment_type("sherwani"),
        describe(
            "sherwani",
            "the sherwani is a long coat with a stand collar, gold buttons and a woven pattern all over, with a",
            "cut",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        title="Manyavar Men Beige & Maroon Art Silk Woven Design Sherwani Set",
        category="Sherwani",
        color="Beige",
        gender="Men",
    ),
    # photo: mustard yellow straight kurta with small white floral motifs, white pyjama, white backdrop, the model
    # turned to his left. Base model caption, VQA adapter answers.
    case(
        "X901-004",
        caption("a man wearing a yellow kurta with white pants"),
        pattern("printed"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "white"),
        details(
            "kurta",
            "the kurta has a floral print, a mandarin collar and a button placket, the sleeves are long and the kurta "
            "has a floral print, the sleeves are long and",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow kurta and white pants", "pronoun", who="the man"),
        title="KISAH Men Mustard Yellow Printed Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: black kurta, black pyjama, grey Nehru jacket with a faint geometric print, light grey studio backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-005",
        caption("a man in a black kurta and grey vest standing in front of a grey wall"),
        color_of("kurta", "black"),
        color_of("pyjama", "black"),
        color_of("nehru jacket", "grey", kind="open"),
        wearing(
            "a black kurta, black pants and a grey vest Question: What is the color of the vest? Answer: grey",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        garment_type("shirt", "contradiction"),
        title="Hangup Men Black Solid Kurta with Pyjamas & Grey Printed Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: white chikankari kurta with white-on-white thread embroidery, white pyjama, beige mojaris, white
    # backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-006",
        caption("a man in a white kurta with embroidery on it"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        pattern("embroidered"),
        describe("kurta", "white", "non_answer"),
        material("cotton"),
        details("kurta", "the kurta has floral embroidery in blue thread on the chest and sleeves", "unsupported"),
        title="Ada Men White Chikankari Embroidered Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: navy blue solid kurta, white churidar, sunglasses held in the right hand, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-007",
        caption("a man in a blue kurta holding sunglasses"),
        color_of("kurta", "navy blue"),
        color_of("churidar", "navy blue", "other_garment_color"),
        wearing("a blue kurta and white pants", who="the man"),
        garment_type("kurta"),
        details("kurta", "the details of the kurta are on the kurta", "restated"),
        sleeve("short", "contradiction"),
        title="See Designs Men Navy Blue Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white sherwani with gold embroidery on collar and front, off-white churidar, red safa (turban),
    # pearl mala, white backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-008",
        caption("a man in a white sherwani with a red turban"),
        color_of("sherwani", "red", "other_garment_color"),
        color_of("churidar", "off white"),
        describe(
            "sherwani",
            "the sherwani is off white with gold embroidery on the collar and front, it has a red turban and a pearl "
            "necklace and a red turban and a pearl necklace and a red turban",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        wearing("a white sherwani, a red turban and a necklace", who="the man"),
        sleeve("long"),
        title="Manyavar Men Off White Embroidered Sherwani with Churidar & Safa",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: back view: olive green kurta, white pyjama, white backdrop; collar and placket not visible.
    # Base model caption, VQA adapter answers.
    case(
        "X901-009",
        caption("the back of a man in a green kurta and white pants"),
        color_of("kurta", "olive"),
        color_of("pyjama", "white"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a placket with three buttons and two side pockets",
            "unsupported",
        ),
        wearing(
            "he is wearing a green kurta and white pants and he is wearing a green kurta and white pants and he is",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        title="Anouk Men Olive Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: a rust orange kurta (the seller calls it brown), cream pyjama, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-010",
        caption("a man in an orange kurta and white pants"),
        color_of("kurta", "orange"),
        color_of("pyjama", "cream"),
        material("linen", "unsupported"),
        describe(
            "kurta", "the kurta is orange with a band collar and long sleeves, it is a straight kurta with side slits"
        ),
        details("kurta", "the kurta has kurta details on the kurta", "restated"),
        title="Sojanya Men Brown Solid Cotton Silk Kurta with Pyjamas",
        category="Kurta Sets",
        color="Brown",
        gender="Men",
    ),
    # photo: pink self-design kurta with gold-tone buttons, white churidar, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-011",
        caption("a woman in a pink kurta and white pants", "pronoun"),
        color_of("kurta", "pink"),
        color_of("churidar", "pink", "other_garment_color"),
        wearing("pink", "non_answer", who="the man"),
        describe("kurta", "the kurta is pink with a high collar and long sleeves, it has a gold button placket"),
        title="Manyavar Men Pink Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: yellow kurta, plain white dhoti pants, white backdrop, front view.
    # Base model caption, VQA adapter answers.
    case(
        "X901-012",
        caption("a man in a yellow kurta and white dhoti"),
        color_of("kurta", "yellow"),
        color_of("dhoti pants", "yellow", "other_garment_color"),
        garment_type("kurta"),
        wearing(
            "a yellow kurta and white pants Question: What is the color of the pants? Answer: white Question: What is"
            " the",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        details("dhoti pants", "the dhoti has a gold border at the hem and pleats at the front", "unsupported"),
        is_a("kurta", "yes"),
        title="Sanwara Men Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: teal blue Nehru jacket over a white kurta and white pyjama, white backdrop; the seller lists the
    # jacket alone. Base model caption, VQA adapter answers.
    case(
        "X901-013",
        caption("a man wearing a blue vest and white kurta"),
        color_of("nehru jacket", "white", "other_garment_color", kind="open"),
        color_of("kurta", "white"),
        garment_type("kurta", "contradiction"),
        details("nehru jacket", "the jacket has a mandarin collar and buttons down the front and two pockets"),
        wearing("he is wearing a teal nehru jacket over a white kurta and white pyjama", who="he"),
        describe("nehru jacket", "no", "non_answer"),
        title="Dennis Lingo Men Teal Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: navy blue sherwani with silver thread embroidery, cream churidar, white backdrop, three-quarter view.
    # Base model caption, VQA adapter answers.
    case(
        "X901-014",
        caption("a man in a black sherwani and white pants", "contradiction"),
        color_of("sherwani", "navy blue"),
        color_of("churidar", "cream"),
        describe(
            "sherwani",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        details("sherwani", "the sherwani has embroidery on the collar and cuffs and a gold brooch", "unsupported"),
        sleeve("long"),
        title="TheEthnicCo Men Navy Blue Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige linen kurta and matching beige pyjama, white backdrop. The row has no category.
    # Base model caption, VQA adapter answers.
    case(
        "X901-015",
        caption("a man in a beige kurta and pants"),
        color_of("kurta", "grey", "contradiction"),
        color_of("pyjama", "beige"),
        material("linen"),
        details("kurta", "the kurta has details", "non_answer"),
        wearing("she is wearing a beige kurta and beige pants", "pronoun", who="the person"),
        title="Fabindia Men Beige Linen Kurta Pyjama Set",
        color="Beige",
        gender="Men",
    ),
    # photo: green solid kurta, white churidar, a multicolor printed stole (pink, orange, blue) round the neck,
    # white backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-016",
        caption("a man in a green kurta with a colorful scarf"),
        color_of("kurta", "green"),
        color_of("churidar", "white"),
        color_of("stole", "green", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "the kurta is a green kurta with a green kurta and a green kurta and a green kurta and a green kurta and a",
            "loop",
            hit_limit=True,
        ),
        pattern("solid"),
        title="Manyavar Men Green Solid Kurta with Churidar & Printed Stole",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: maroon velvet Nehru jacket over a black kurta and black churidar, white backdrop, no accessories.
    # Base model caption, VQA adapter answers.
    case(
        "X901-017",
        caption("a man in a black kurta and a red vest"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("churidar", "black"),
        color_of("nehru jacket", "maroon", kind="open"),
        material("velvet"),
        wearing(
            "a black kurta, black pants and a maroon vest with a gold brooch and a pocket square",
            "unsupported",
            who="the man",
        ),
        title="Hangup Men Black Kurta Set with Maroon Velvet Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: white kurta, white churidar, black Nehru jacket with gold-tone buttons and a chest welt pocket, white
    # backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-018",
        caption("arafed man in a black jacket and white pants"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("nehru jacket", "black", kind="open"),
        color_of("churidar", "white"),
        details(
            "nehru jacket",
            "the jacket has a mandarin collar and a gold button placket and a pocket on the chest and a pocket on the "
            "chest and a pocket on the chest and a pocket",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Vastramay Men White Kurta with Churidar & Black Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: lavender solid kurta with mandarin collar and button placket, white pyjama, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-019",
        caption("a man in a blue kurta and white pants", "contradiction"),
        color_of("kurta", "lavender"),
        color_of("pyjama", "white"),
        describe(
            "kurta",
            "the kurta is light purple, it has a mandarin collar and long sleeves with a button placket down the",
            "cut",
            hit_limit=True,
        ),
        wearing("Question: What is the man wearing? Answer: a purple kurta and white pants", "leak", who="the man"),
        material("cotton"),
        title="Manyavar Men Lavender Solid Cotton Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: off-white kurta and pyjama, maroon Nehru jacket with a paisley print, the model seated on a wooden
    # stool, white backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-020",
        caption("a man sitting on a stool wearing a white kurta and a red jacket"),
        color_of("nehru jacket", "maroon", kind="open"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("pyjama", "off white"),
        details(
            "nehru jacket",
            "the jacket has a paisley print, a mandarin collar and buttons in the front, it has two welt pockets and",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer", who="the man"),
        title="Vastramay Men Off White Kurta Pyjama with Maroon Printed Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: peach sherwani with pastel thread embroidery, cream churidar, cream mojaris, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-021",
        caption("a man in a pink sherwani and white pants"),
        color_of("sherwani", "peach"),
        color_of("churidar", "peach", "other_garment_color"),
        describe("sherwani", "the sherwani is described as a sherwani", "restated"),
        garment_type("sherwani"),
        is_a("sherwani", "no", "contradiction"),
        title="Manyavar Men Peach Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
        gender="Men",
    ),
    # photo: indigo kurta with a white floral block print, round neck with a short placket and a chest patch
    # pocket, white pyjama, white backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-022",
        caption("a man wearing a blue and white printed shirt and white pants"),
        pattern("printed"),
        color_of("kurta", "blue"),
        color_of("pyjama", "white"),
        material("cotton"),
        wearing("she is wearing a blue printed kurta and white pyjama", "pronoun", who="the person"),
        details(
            "kurta",
            "the kurta has a white floral block print all over, a round neck with a short placket and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Men Indigo Printed Cotton Kurta Set",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: black sherwani with gold buttons and stand collar, white churidar, red stole over one shoulder,
    # white backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-023",
        caption("a man in a black sherwani and white pants"),
        color_of("sherwani", "black"),
        color_of("churidar", "white"),
        details(
            "sherwani",
            "the sherwani has gold buttons and a stand collar and long sleeves Question: What is the color of the "
            "sherwani? Answer: black",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a black sherwani and white churidar with a red stole", who="he"),
        sleeve("long"),
        title="Sojanya Men Black & Gold-Toned Solid Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: white kurta, white pyjama, mustard Nehru jacket, hands folded in namaste, white backdrop. The row has
    # no color. Base model caption, VQA adapter answers.
    case(
        "X901-024",
        caption("a man in a yellow vest with his hands folded"),
        color_of(
            "nehru jacket",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        color_of("pyjama", "yellow", "other_garment_color"),
        wearing("a white kurta, white pants and a mustard vest", who="the man"),
        title="Hangup Men Mustard Nehru Jacket with White Kurta Pyjama",
        category="Kurta Sets",
        gender="Men",
    ),
    # photo: grey kurta with three-button placket and side slits, white pyjama, light grey backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-025",
        caption("a man in a grey kurta standing against a grey wall"),
        color_of("kurta", "grey"),
        color_of("pyjama", "grey", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is grey with a mandarin collar and three buttons on the front, it has long sleeves and side "
            "slits",
        ),
        material(
            "the kurta is made of cotton and the pyjama is made of cotton and the kurta is made of cotton and the",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Men Grey Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: red kurta with gold embroidery on the yoke only (plain sleeves), off-white churidar, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-026",
        caption("a man in a red kurta with gold embroidery"),
        color_of("kurta", "gold", "contradiction"),
        color_of("churidar", "off white"),
        pattern("embroidered"),
        describe("kurta", "the kurta is red with gold embroidery on the yoke, long sleeves and a mandarin collar"),
        details("kurta", "the kurta has gold embroidery on the yoke and sequins on the sleeves", "unsupported"),
        wearing("a red kurta with white churidar", who="the man"),
        title="Manyavar Men Red Yoke Design Kurta with Churidar",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: sea green kurta, white pyjama, white Nehru jacket with a green and pink floral print, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-027",
        caption("a man in a green kurta and a white floral vest"),
        color_of("kurta", "sea green"),
        color_of("pyjama", "white"),
        color_of("nehru jacket", "green", "other_garment_color", kind="open"),
        details(
            "nehru jacket",
            "the jacket is white with a green floral print and a mandarin collar, it has buttons down the front and a",
            "cut",
            hit_limit=True,
        ),
        wearing("her kurta is green and her pants are white", "pronoun", who="he"),
        title="Vastramay Men Sea Green Kurta & White Pyjama with Printed Nehru Jacket",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: multicolor patchwork-print kurta (red, blue, orange panels), white pyjama, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-028",
        caption("a man in a colorful printed kurta and white pants"),
        color_of("kurta", "multicolor"),
        color_of("pyjama", "red", "other_garment_color"),
        pattern("printed"),
        describe(
            "kurta",
            "the kurta has a patchwork print in red, blue and orange with a mandarin collar and full sleeves",
        ),
        details(
            "kurta",
            "the kurta has a print of the kurta and a print of the kurta and a print of the kurta and a print of the",
            "loop",
            hit_limit=True,
        ),
        title="Sanwara Men Multicoloured Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Multi",
        gender="Men",
    ),
    # photo: maroon kurta, white churidar, shimmering silver Nehru jacket, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-029",
        caption("a man in a silver vest and maroon kurta"),
        color_of("nehru jacket", "silver", kind="open"),
        color_of("kurta", "maroon"),
        color_of("churidar", "silver", "other_garment_color"),
        material("velvet", "unsupported"),
        garment_type("kurta"),
        title="Manyavar Men Maroon Kurta with Silver Nehru Jacket & Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: plain white kurta and white pyjama, tan leather mojaris, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-030",
        caption("a man in a white kurta and white pants"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        wearing("a white kurta and white pyjama and brown shoes", who="the man"),
        describe(
            "kurta",
            "the kurta is white and has a white collar and white sleeves and white buttons and a white collar and "
            "white sleeves and white",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "it has a embroidered pocket with a floral motif", "unsupported"),
        is_a("kurta", "yes"),
        title="See Designs Men White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: lifestyle shot: teal paisley-print kurta, cream churidar, brown mojaris, beige wall with a potted plant.
    # Base model caption, VQA adapter answers.
    case(
        "X901-031",
        caption("a man in a blue kurta standing next to a plant"),
        color_of("kurta", "teal"),
        color_of("churidar", "cream"),
        pattern("solid", "contradiction"),
        describe(
            "kurta",
            "the kurta is teal with a paisley print, a mandarin collar and long sleeves, it is a straight kurta with a "
            "curved hem",
        ),
        wearing(
            "a teal kurta, cream churidar and brown mojaris, the kurta has a paisley print and the churidar is",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        title="House of Pataudi Men Teal Paisley Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: rose pink woven sherwani, ivory churidar, pink safa, pearl mala, holding a ceremonial sword, white
    # backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-032",
        caption("a man in a red sherwani holding a sword", "contradiction"),
        color_of("sherwani", "pink"),
        color_of("churidar", "pink", "other_garment_color"),
        wearing(
            "a pink sherwani and a pink turban and a pink sherwani and a pink turban and a pink sherwani and a pink",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        details(
            "sherwani",
            "the sherwani has a woven pattern all over and a stand collar with a row of pearl buttons and the sleeves",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        title="Manyavar Men Pink Woven Design Sherwani Set with Safa",
        category="Sherwani",
        color="Pink",
        gender="Men",
    ),
    # photo: coffee brown kurta with mandarin collar, beige pyjama, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-033",
        caption("a man in a brown kurta and beige pants"),
        color_of("kurta", "black", "contradiction"),
        color_of("pyjama", "beige"),
        describe("kurta", "a brown kurta with a mandarin collar"),
        details("kurta", "the details of the kurta are the details of a brown kurta", "restated"),
        material("Question: What material is the kurta made of? Answer: cotton", "leak"),
        title="Anouk Men Coffee Brown Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: powder blue kurta with long sleeves, white churidar, three-quarter view, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-034",
        caption("a man in a light blue kurta and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("churidar", "white"),
        pattern("solid"),
        wearing("yes", "non_answer", who="the man"),
        sleeve("short", "contradiction"),
        title="Jompers Men Blue Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: cream kurta with plain hem, cream dhoti pants with a gold border, maroon stole over the shoulder,
    # white backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-035",
        caption("a man in a white kurta and dhoti with a red scarf"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("dhoti pants", "cream"),
        wearing("a white kurta and a white dhoti and a red scarf", who="the man"),
        describe(
            "kurta",
            "the kurta is cream with a mandarin collar and gold buttons and a gold border on the hem and the sleeves",
            "unsupported",
        ),
        garment_type("kurta"),
        title="Sojanya Men Cream Kurta with Dhoti Pants & Maroon Stole",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: lifestyle shot: yellow kurta, white pyjama, white Nehru jacket with white thread embroidery, in front of
    # a wall of orange marigold garlands. Base model caption, VQA adapter answers.
    case(
        "X901-036",
        caption("a man in a yellow kurta standing in front of a wall of orange flowers"),
        color_of("kurta", "yellow"),
        color_of("nehru jacket", "orange", "contradiction", kind="open"),
        color_of("pyjama", "white"),
        details(
            "nehru jacket",
            "the jacket is white with white thread embroidery on the front and a mandarin collar, it has white buttons"
            " and two pockets at the",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow kurta and a white jacket", "pronoun", who="the person"),
        title="Vastramay Men Yellow Kurta with White Pyjama & Embroidered Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: white kurta, black churidar, white backdrop, front view.
    # Base model caption, VQA adapter answers.
    case(
        "X901-037",
        caption("a man in a white kurta and black pants"),
        color_of("kurta", "white"),
        color_of("churidar", "white", "other_garment_color"),
        wearing("a white kurta and black churidar", who="the man"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: the kurta is white with a mandarin collar and long sleeves Question:"
            " Describe the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Hangup Men White & Black Solid Kurta with Churidar",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: burgundy velvet sherwani with gold buttons and a high collar, cream churidar, white backdrop; no
    # brooch, no pocket square. Base model caption, VQA adapter answers.
    case(
        "X901-038",
        caption("a man in a red velvet jacket and white pants"),
        color_of("sherwani", "burgundy"),
        color_of("churidar", "cream"),
        material("velvet"),
        describe(
            "sherwani",
            "the sherwani is a burgundy velvet sherwani with a high collar and gold buttons, it has a matching pocket "
            "square and a brooch",
            "unsupported",
        ),
        details("sherwani", "his sherwani has gold buttons and a high collar"),
        title="Manyavar Men Burgundy Velvet Sherwani Set",
        category="Sherwani",
        color="Burgundy",
        gender="Men",
    ),
    # photo: saffron orange kurta, white pyjama, the model adjusting his left cuff, bare wrists, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-039",
        caption("a man in an orange kurta and white pants adjusting his sleeve"),
        color_of("kurta", "red", "contradiction"),
        color_of("pyjama", "white"),
        describe("kurta", "orange", "non_answer"),
        details(
            "kurta",
            "the kurta has a mandarin collar, a button placket and long sleeves, it has side slits and a straight hem"
            " with a",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange kurta, white pants and a watch", "unsupported", who="the man"),
        title="KISAH Men Orange Solid Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Orange",
        gender="Men",
    ),
    # photo: cream kurta and cream pyjama under a rust Nehru jacket with a cream and green floral print, white
    # backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-040",
        caption("a man in a white kurta and an orange vest"),
        color_of("nehru jacket", "rust", kind="open"),
        color_of("kurta", "rust", "other_garment_color"),
        color_of("pyjama", "cream"),
        details(
            "nehru jacket",
            "the jacket has a floral print, a mandarin collar and a row of buttons down the front, it has two welt "
            "pockets and a",
            "cut",
            hit_limit=True,
        ),
        wearing("Question: What is he wearing? Answer: a cream kurta", "leak", who="he"),
        title="Anouk Men Cream Kurta Pyjama with Rust Printed Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: teal green sherwani with gold embroidery, cream churidar, gold dupatta over the shoulder, white
    # backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-041",
        caption("a man in a green sherwani with a gold scarf"),
        color_of("sherwani", "gold", "other_garment_color"),
        color_of("churidar", "cream"),
        color_of("dupatta", "gold", kind="open"),
        wearing(
            "a green sherwani, white pants and a gold scarf and a green sherwani, white pants and a gold scarf and a "
            "green",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        describe("sherwani", "the sherwani is made of silk and has a velvet collar", "unsupported"),
        title="TheEthnicCo Men Teal Green Embroidered Sherwani with Churidar & Dupatta",
        category="Sherwani",
        color="Teal",
        gender="Men",
    ),
    # photo: dark bottle green velvet Nehru jacket over a cream kurta and cream pyjama, glasses in hand, white
    # backdrop. The row has no color. Base model caption, VQA adapter answers.
    case(
        "X901-042",
        caption("a man wearing a blue vest over a white kurta", "contradiction"),
        color_of("nehru jacket", "green", kind="open"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("pyjama", "cream"),
        material("velvet"),
        details("kurta", "the kurta has a mandarin collar and long sleeves"),
        describe("nehru jacket", "the nehru jacket is a jacket worn by the man", "restated"),
        title="Manyavar Men Cream Kurta Set with Green Velvet Nehru Jacket",
        category="Kurta Sets",
        gender="Men",
    ),
    # photo: sky blue kurta with white chikankari embroidery on the front and sleeves, white pyjama, matte cotton,
    # white backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-043",
        caption("a man in a blue embroidered kurta"),
        color_of("kurta", "blue"),
        color_of("pyjama", "white"),
        pattern("embroidered"),
        details(
            "kurta",
            "the kurta has white embroidery on the front and sleeves and a mandarin collar and white embroidery on the"
            " front and sleeves and a mandarin collar and white",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue kurta and white pajamas", who="the man"),
        material("silk", "unsupported"),
        title="Ada Men Blue Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: beige kurta and beige pyjama under a brown checked tweed Nehru jacket, no jewellery, white backdrop.
    # Base model caption, VQA adapter answers.
    case(
        "X901-044",
        caption("a man in a brown checked vest and beige kurta"),
        color_of("nehru jacket", "brown", kind="open"),
        color_of("kurta", "beige"),
        color_of("pyjama", "brown", "other_garment_color"),
        describe("nehru jacket", "the nehru jacket is a nehru jacket", "restated"),
        wearing(
            "he is wearing a beige kurta and a brown checked vest with a gold chain",
            "unsupported",
            who="he",
        ),
        title="Dennis Lingo Men Brown Checked Nehru Jacket with Beige Kurta Pyjama",
        category="Kurta Sets",
        color="Brown",
        gender="Men",
    ),
    # photo: navy blue kurta with gold-tone buttons, navy pyjama, holding a lit brass diya, plain hem and cuffs,
    # white backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-045",
        caption("a man in a blue kurta holding a candle"),
        color_of("kurta", "navy blue"),
        color_of("pyjama", "black", "contradiction"),
        describe("kurta", "the kurta is navy blue with a mandarin collar and gold buttons, he is holding a lamp"),
        wearing("she is wearing a blue kurta and blue pants", "pronoun", who="the person"),
        details("kurta", "the kurta has a gold zari border at the hem and cuffs", "unsupported"),
        title="Sanwara Men Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey jacquard sherwani with silver buttons, white churidar, grey and silver stole, body slightly
    # turned, white backdrop. Base model caption, VQA adapter answers.
    case(
        "X901-046",
        caption("a man in a grey sherwani and white pants"),
        color_of("sherwani", "grey"),
        color_of("churidar", "white"),
        describe(
            "sherwani",
            "the sherwani is grey with a woven pattern all over, a stand collar and silver buttons down the front, it "
            "has",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        sleeve("long"),
        garment_type("kurta", "contradiction"),
        title="Manyavar Men Grey Woven Design Sherwani Set",
        category="Sherwani",
        color="Grey",
        gender="Men",
    ),
]
