"""BLIND_557 (46 products; Myntra men's and boys' wedding-season ethnic wear): written blind in the fifty-first session.
Measured blind at a00ca7d (the session's rules as they stood): 104/127 failures found (81.9%) and 12/175 correct texts
flagged (6.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and boys' ethnic and festive wear for the wedding season: kurtas, kurta pyjama
and kurta churidar sets, Nehru jackets over kurtas, bandhgalas, sherwanis with safas and stoles, dhoti sets, two
accessory rows (a safa, a stole) shot on a model in a full outfit. Mostly models on white or light grey studio
backdrops, a few with props (a chair, a potted plant, a marigold garland, a small diya), four on mannequins. Catalog
columns are the seller's: title, category (Myntra article type), color (base colour), gender; three rows lack one.

Who wrote what: the untuned Salesforce/blip2-opt-2.7b wrote every caption (50 new tokens) and every open answer (30
new tokens, greedy, `Question: ... Answer:` prompt): What is the man/boy/person wearing?, Describe the X., What are
the X details?, What is the color of the X? (asked open here) and the material question. Its habits: short lowercase
answers that are usually right about the main garment; one color carried over to every garment (the jacket given
the kurta's white, the churidar the sherwani's red); invented trims (gold buttons, pocket squares, zippers, hoods);
"she"/"her" for men in long kurtas and for boys; now and then it runs past the answer into a fresh "Question: ...
Answer:" turn, echoes the question, answers an open question with one word, or repeats a phrase until the token
limit, and its longest descriptions stop mid-phrase at 30 tokens. The closed questions (garment type, color,
pattern, sleeve length, "Is this a sherwani?") come from enrich's reference engine, which picks one candidate, so
they are one word and never loop or stop short, but it picks the wrong candidate when another garment or a prop
dominates the photo.

Labeling conventions and judgement calls:
- The product is the row's title; its color is the seller's. A shade in the same color group as the seller's color
  is correct (cream kurta called white, peach called pink, maroon called red, teal called blue, magenta called
  pink); a hue from another group is a contradiction (lavender called pink, peach called orange, saffron called
  yellow, magenta called purple).
- An open answer that gives a garment the color of another garment in the same photo is other_garment_color; a
  closed color answer that does the same is labelled contradiction (the closed answer is judged against the seller).
- Naming a garment the product is not (dress for a kurta, skirt for a dhoti, shirt for a kurta, sherwani for a
  safa, "yes" to "Is this a sherwani?" on a kurta or Nehru jacket) is a contradiction. "vest" for a Nehru jacket
  (a sleeveless waistcoat), "jacket" for a bandhgala, "scarf" for a stole, "turban" for a safa and "pants" for a
  dhoti are counted correct: the nearest common word, not a wrong garment. A kurta worn under a jacket product and
  called "kurta" or "shirt" is not judged.
- Details the photo does not show (gold buttons on plain buttons, a pocket square, a lapel, a watch, a belt, a
  garden backdrop, sneakers on cropped feet) are unsupported. A material answer is asked only where the title names
  the fabric; a different fabric is unsupported, not a contradiction.
- A lone color, "yes"/"no", "unknown", an empty string, or only the question's garment word ("a jacket" to
  "Describe the jacket.") is a non_answer; a bare garment name to "What is the man wearing?" ("a kurta", "a
  sherwani") is a short but correct answer. A sentence that echoes the question back ("the color of the dhoti is the
  color of the dhoti", "what is the man wearing") is restated.
- "she"/"her" or "a little girl" for a male model, boy or male mannequin is pronoun; "he" for a male mannequin is
  fine. When one text has two faults the more visible one is the label (a leak that also echoes is a leak).
- loop and cut texts ran to the token limit (hit_limit=True); a leak that ran on to the limit has it too.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

garment_type, color, pattern, sleeve = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length
MAN, BOY, ONE = "the man", "the boy", "the person"

BLIND_557 = [
    # photo: man, front view, cream knee-length kurta with mandarin collar and concealed placket, cream churidar, tan
    # mojaris, white backdrop. Base BLIP-2 wrote caption and open answers; reference engine the closed ones.
    case(
        "X557-001",
        caption("a man in a cream kurta and churidar standing in front of a white wall"),
        wearing("she is wearing a cream kurta and churidar", "pronoun", who=MAN),
        describe("kurta", "the kurta is cream with a mandarin collar and long sleeves"),
        details("kurta", "it has gold buttons and embroidery on the collar", "unsupported"),
        garment_type("kurta"),
        color("white"),
        sleeve("long"),
        title="Manyavar Men Cream-Coloured Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: man in an indigo-blue straight kurta with small rust-orange block-printed motifs, long sleeves, white
    # pyjama, one hand in the side pocket, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-002",
        caption("a man wearing a blue printed kurta with his hand in his pocket"),
        wearing("a blue kurta and white pajamas", who=MAN),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        details("kurta", "small orange flowers printed all over it"),
        pattern("printed"),
        sleeve("short", "contradiction"),
        material("cotton"),
        title="Fabindia Men Indigo Blue Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: man with hands folded in a navy self-design Nehru jacket (mandarin collar, five gold buttons) over a white
    # kurta and white pyjama, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-003",
        caption("a man in a white kurta and a navy blue vest with his hands folded"),
        wearing("a white kurta and a blue jacket", who=MAN),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        describe("jacket", "the jacket is a jacket", "restated"),
        details(
            "jacket",
            "the jacket has a mandarin collar and five buttons down the front and it is made of a textured fabric "
            "with a small self design all over and it",
            "cut",
            hit_limit=True,
        ),
        garment_type("jacket"),
        sleeve("sleeveless"),
        is_a("sherwani", "yes", "contradiction"),
        title="Vastramay Men Navy Blue Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, three-quarter view, maroon velvet bandhgala (closed high collar, gold buttons, no lapels, no pocket
    # square) with cream trousers, grey backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-004",
        caption("a man in a maroon velvet jacket and white pants"),
        wearing("a maroon jacket with gold buttons and cream pants", who=MAN),
        color_of(
            "jacket",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jacket", "the jacket has a pocket square and a lapel collar", "unsupported"),
        material("velvet"),
        garment_type("jacket"),
        title="See Designs Men Maroon Velvet Bandhgala Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: groom look, front view: ivory sherwani with gold zari embroidery on the chest, red safa, red stole over the
    # left shoulder, ivory churidar, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-005",
        caption("a man in a white sherwani with a red turban and a red scarf"),
        wearing("a white sherwani and a red turban", who=MAN),
        color_of("stole", "red", kind="open"),
        describe("sherwani", "the sherwani is red with gold embroidery", "other_garment_color"),
        details("sherwani", "yes", "non_answer"),
        is_a("sherwani", "yes"),
        color("red", "contradiction"),
        garment_type("sherwani"),
        title="Manyavar Men Off-White Embroidered Sherwani Set with Safa and Stole",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: boy, about eight, in a plain long-sleeved mustard-yellow kurta (mandarin collar, self-covered buttons) and
    # white pyjama, brown mojaris, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-006",
        caption("a young boy in a yellow kurta and white pants"),
        wearing("she is wearing a yellow kurta", "pronoun", who=BOY),
        color_of("pyjama", "yellow", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is yellow with a white embroidered collar and gold buttons", "unsupported"),
        garment_type("kurta"),
        color("yellow"),
        sleeve("long"),
        title="Jompers Boys Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: man looking to his left, mustard kurta with a soft sheen and a mandarin collar, white churidar, white
    # backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-007",
        caption("a man in a yellow kurta looking to the side"),
        describe("kurta", "the kurta is made of silk and has a mandarin collar"),
        details("kurta", "Question: What are the kurta details? Answer: the kurta details are", "leak"),
        material("silk"),
        color_of("kurta", "mustard yellow", kind="open"),
        pattern("solid"),
        title="Tasva Men Mustard Silk Blend Solid Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: barefoot man in a white cotton kurta and a white dhoti with a gold zari border at the hem, white backdrop.
    # Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-008",
        caption("a man in a white kurta and dhoti"),
        wearing("a white kurta and a white dhoti with a gold border", who=MAN),
        describe("dhoti", "the dhoti is gold", "contradiction"),
        details(
            "dhoti",
            "the dhoti has a gold border at the bottom and it is tied at the waist and the dhoti has a gold border at "
            "the bottom and it is tied",
            "loop",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        garment_type("skirt", "contradiction"),
        title="Sethukrishna Men White Pure Cotton Kurta and Dhoti Set with Zari Border",
        category="Dhotis",
        color="White",
        gender="Men",
    ),
    # photo: man in a black Nehru jacket with a grey paisley print and black buttons, over a plain black kurta and black
    # trousers, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-009",
        caption("a man in a black kurta with a black and grey paisley vest"),
        wearing("a black kurta and a black jacket", who=MAN),
        color_of("jacket", "black and grey", kind="open"),
        describe("jacket", "a black jacket with gold buttons", "unsupported"),
        details("jacket", "the jacket details are the details of the jacket", "restated"),
        pattern("printed"),
        is_a("sherwani", "no"),
        title="Hangup Men Black Paisley Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: headless male mannequin in a peach sherwani with tonal thread embroidery on chest, collar and cuffs, knee-
    # length, matching peach churidar, grey studio backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-010",
        caption("a mannequin wearing a pink sherwani in front of a grey background"),
        wearing("a peach sherwani", who=ONE),
        describe("sherwani", "she is wearing a peach sherwani with a long coat", "pronoun"),
        details(
            "sherwani",
            "the sherwani is peach with tonal embroidery on the chest and the collar and the cuffs and it has a long "
            "length that goes below the knee and",
            "cut",
            hit_limit=True,
        ),
        color("orange", "contradiction"),
        material("silk"),
        sleeve("long"),
        title="Sojanya Men Peach Silk Blend Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
        gender="Men",
    ),
    # photo: man standing beside a wooden chair, bottle-green kurta with tonal gold woven motifs (no stripes), white
    # pyjama, beige backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-011",
        caption("a man in a green kurta standing next to a chair"),
        wearing(
            "a green kurta and white pajamas and a green kurta and white pajamas and a green kurta and white pajamas "
            "and a green",
            "loop",
            who=MAN,
            hit_limit=True,
        ),
        color_of("kurta", "green", kind="open"),
        details("kurta", "the kurta has a gold pattern woven into the fabric"),
        material("silk", "unsupported"),
        pattern("striped", "contradiction"),
        garment_type("kurta"),
        title="Anouk Men Green Woven Design Cotton Blend Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: smiling boy in a navy Nehru jacket with gold buttons over a white kurta and white churidar, white backdrop.
    # Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-012",
        caption("a little boy in a blue vest and white kurta smiling"),
        wearing("he is wearing a white kurta and a blue vest", who=BOY),
        color_of("jacket", "blue", kind="open"),
        color_of("churidar", "blue", "other_garment_color", kind="open"),
        describe(
            "jacket",
            "the jacket is navy blue with a mandarin collar and gold buttons and there is a white kurta under it and "
            "the boy is wearing white churidar and",
            "cut",
            hit_limit=True,
        ),
        garment_type("jacket"),
        is_a("sherwani", "no"),
        title="Jompers Boys Navy Blue Nehru Jacket with White Kurta and Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: man with both hands in his pockets, rose-pink solid kurta with side slits, white pyjama, white backdrop.
    # Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-013",
        caption("a man in a pink kurta with his hands in his pockets"),
        wearing("pink", "non_answer", who=MAN),
        describe("kurta", "the kurta is pink and the pajamas are white"),
        details(
            "kurta", "solid pink with side slits\nQuestion: What is the color of the pyjama? Answer: white", "leak"
        ),
        color_of("pyjama", "white", kind="open"),
        material("linen", "unsupported"),
        pattern("solid"),
        title="KISAH Men Pink Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a teal kurta with a silky finish, a beige Nehru jacket with a small tonal print, beige pyjama, white
    # backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-014",
        caption("a man in a blue kurta and a beige vest"),
        wearing("a teal kurta with a beige jacket and pants", who=MAN),
        color_of("jacket", "teal", "other_garment_color", kind="open"),
        color_of(
            "kurta",
            "Question: What is the color of the kurta? Answer: teal Question: What is the color of the jacket? "
            "Answer: beige",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        garment_type("kurta"),
        color("beige", "contradiction"),
        title="Ethnix by Raymond Men Teal Kurta with Beige Nehru Jacket and Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: head-and-chest crop of a man in an ivory sherwani wearing a maroon bandhani-dotted safa with a cream kalgi
    # brooch, white backdrop; the product is the safa. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-015",
        caption("a man wearing a red turban and a white sherwani"),
        wearing("a turban", who=MAN),
        color_of("safa", "white", "other_garment_color", kind="open"),
        describe("safa", "no", "non_answer"),
        garment_type("sherwani", "contradiction"),
        color("maroon"),
        title="Sojanya Men Maroon Bandhani Print Safa",
        category="Headwear",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a cream sherwani with a gold brocade stole draped over one shoulder, cream churidar, white backdrop;
    # the product is the stole. Base BLIP-2 open texts; reference engine closed. Feed row has no category.
    case(
        "X557-016",
        caption("a man in a cream sherwani with a gold scarf over his shoulder"),
        wearing("he is wearing a sherwani and a stole", who=MAN),
        color_of("stole", "cream", "other_garment_color", kind="open"),
        describe("stole", "the stole is a stole", "restated"),
        garment_type("scarf"),
        color("gold"),
        title="Manyavar Men Gold-Toned Woven Design Stole",
        color="Gold",
        gender="Men",
    ),
    # photo: man in an off-white long-sleeved kurta with white-on-white chikankari embroidery on the yoke and sleeves,
    # white pyjama, bare wrists, light grey backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-017",
        caption("a man in a white kurta with embroidery on the front"),
        wearing("a white kurta and white pants with a gold watch", "unsupported", who=MAN),
        describe("kurta", "white kurta with white embroidery on the chest and the sleeves"),
        details("kurta", "embroidery"),
        material("cotton"),
        sleeve("short", "contradiction"),
        title="House of Pataudi Men Off-White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a black kurta with silver thread embroidery along the collar and placket, black pyjama, white
    # backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-018",
        caption("a man in a black kurta with silver embroidery"),
        wearing("Answer: a black kurta and black pants", "leak", who=MAN),
        describe(
            "kurta",
            "the kurta is black and has a silver embroidered neckline and placket and the sleeves are long and the "
            "kurta is black and has a silver",
            "loop",
            hit_limit=True,
        ),
        color("black"),
        sleeve("long"),
        is_a("sherwani", "yes", "contradiction"),
        title="Tasva Men Black Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: boy in a red silk kurta (plain front, mandarin collar) and gold-toned dhoti pants, gold mojaris, white
    # backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-019",
        caption("a boy in a red kurta and gold pants"),
        wearing("she is wearing a red kurta and a gold dhoti", "pronoun", who=BOY),
        color_of("dhoti", "red", "other_garment_color", kind="open"),
        describe("kurta", "the kurta has a hood and a zipper", "unsupported"),
        details("kurta", "what are the kurta details? the kurta details are the details on the kurta", "restated"),
        color("red"),
        garment_type("kurta"),
        title="Vastramay Boys Red Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Red",
        gender="Boys",
    ),
    # photo: man in a short beige linen kurta with a chest pocket and a button placket, sleeves rolled to the elbow,
    # worn untucked over dark blue jeans (waist covered), white backdrop. Base BLIP-2 open; reference engine closed.
    case(
        "X557-020",
        caption("a man in a beige kurta and blue jeans"),
        wearing("he is wearing a beige kurta and blue jeans with a brown leather belt", "unsupported", who=MAN),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has a pocket on the chest and buttons on the front of the kurta and a pocket on the chest and "
            "buttons on the front of the kurta and",
            "loop",
            hit_limit=True,
        ),
        material("linen"),
        pattern("solid"),
        title="Fabindia Men Beige Linen Short Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a Nehru jacket with a multicolor ikat print (red, blue, mustard) over a plain black kurta and black
    # pyjama, white backdrop. Base BLIP-2 open texts; reference engine closed. Feed row has no color.
    case(
        "X557-021",
        caption("a man in a black kurta and a colorful vest"),
        wearing(
            "a man in a black kurta and a colorful jacket Question: what is the man wearing? Answer: a black kurta "
            "and a",
            "leak",
            who=MAN,
            hit_limit=True,
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        describe("jacket", "the jacket is multicolored with a red blue and yellow print"),
        material("unknown", "non_answer"),
        pattern("printed"),
        garment_type("vest"),
        title="Hangup Men Multicoloured Ikat Printed Nehru Jacket",
        category="Nehru Jackets",
        gender="Men",
    ),
    # photo: headless male mannequin in a navy bandhgala suit (closed high collar, brass buttons, matching navy
    # trousers, no shirt visible), grey backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-022",
        caption(
            "a mannequin dressed in a navy blue suit with a high collar and gold buttons and matching navy blue "
            "trousers standing in front of a plain grey background with soft lighting on the left side of the",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue suit and a white shirt", "unsupported", who=ONE),
        describe("jacket", "a navy blue jacket with a high collar and gold buttons"),
        color_of("trousers", "black", "contradiction", kind="open"),
        garment_type("jacket"),
        color("blue"),
        title="Raymond Men Navy Blue Solid Bandhgala Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a burgundy raw-silk sherwani with antique gold embroidery on collar and chest, matching burgundy
    # safa, cream churidar, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-023",
        caption("a man in a red sherwani and a red turban"),
        wearing(
            "a man in a red sherwani and a red turban and a red sherwani and a red turban and a red sherwani and a red "
            "turban and a",
            "loop",
            who=MAN,
            hit_limit=True,
        ),
        describe("sherwani", "the sherwani is maroon with gold embroidery on the collar and the chest"),
        color_of("churidar", "red", "other_garment_color", kind="open"),
        is_a("sherwani", "yes"),
        material("velvet", "unsupported"),
        title="Manyavar Men Burgundy Raw Silk Sherwani Set with Safa",
        category="Sherwani",
        color="Burgundy",
        gender="Men",
    ),
    # photo: man in a plain lavender kurta with long sleeves and a mandarin collar, white churidar, no embellishment,
    # white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-024",
        caption("a man in a purple kurta and white churidar"),
        wearing("a purple kurta", who=MAN),
        color_of("kurta", "pink", "contradiction", kind="open"),
        describe("kurta", "describe the kurta", "restated"),
        details("kurta", "the kurta has a mirror work on the yoke and a golden border", "unsupported"),
        sleeve("long"),
        garment_type("kurta"),
        title="KISAH Men Lavender Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: boy in a green kurta under a gold-toned brocade Nehru jacket, white pyjama, white backdrop. Base BLIP-2
    # open texts; reference engine closed.
    case(
        "X557-025",
        caption("a young boy wearing a green kurta and a gold vest"),
        wearing("she is wearing a green kurta and a gold jacket", "pronoun", who=BOY),
        color_of("jacket", "gold", kind="open"),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        color_of("pyjama", "white", kind="open"),
        garment_type("kurta"),
        title="Jompers Boys Green Kurta with Golden Nehru Jacket and Pyjama",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: man in a grey textured sleeveless ethnic jacket with covered buttons, over a royal-blue kurta and white
    # pyjama, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-026",
        caption("a man in a blue kurta and a grey vest"),
        wearing("the man is wearing what he is wearing", "restated", who=MAN),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        describe("jacket", "the jacket is grey with a textured pattern and buttons down the front"),
        details("jacket", "", "non_answer"),
        sleeve("sleeveless"),
        color("grey"),
        title="Ethnix Men Grey Textured Ethnic Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a white round-neck kurta with a short front slit and white pyjama, a maroon stole with a gold border
    # around his neck, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-027",
        caption("a man in a white kurta with a maroon scarf"),
        wearing("a white kurta and a maroon stole", who=MAN),
        color_of("stole", "white", "other_garment_color", kind="open"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta is white with a round neck and a short slit at the front and the stole is maroon with a gold "
            "border that is wrapped around the neck and the",
            "cut",
            hit_limit=True,
        ),
        color("white"),
        is_a("sherwani", "no"),
        title="Manyavar Men White Kurta Pyjama Set with Maroon Stole",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a saffron-orange round-neck kurta with a front slit, cream dhoti with a thin gold border, white
    # backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-028",
        caption("a man in an orange kurta and a white dhoti"),
        wearing("orange kurta and white dhoti", who=MAN),
        describe("kurta", "the kurta is orange with a round neck and long sleeves"),
        details(
            "kurta",
            "the kurta is orange and it has a round neck with a slit in the front and long sleeves and the dhoti is "
            "cream and it has a gold",
            "cut",
            hit_limit=True,
        ),
        color("yellow", "contradiction"),
        garment_type("kurta"),
        title="Sethukrishna Men Saffron Kurta with Cream Dhoti Set",
        category="Dhotis",
        color="Orange",
        gender="Men",
    ),
    # photo: man in an olive-green Nehru jacket (mandarin collar, buttons) over a white kurta with blue jeans, white
    # backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-029",
        caption("a man wearing a green vest over a white kurta and jeans"),
        wearing("a green vest and jeans", who=MAN),
        color_of("jacket", "olive green", kind="open"),
        describe("jacket", "the jacket is white", "other_garment_color"),
        details("jacket", "Answer: the jacket has a mandarin collar and buttons", "leak"),
        material("wool", "unsupported"),
        is_a("sherwani", "no"),
        garment_type("jacket"),
        title="Vastramay Men Olive Green Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a kurta with thin blue and white vertical stripes, mandarin collar, button placket, long sleeves
    # with buttoned cuffs, side slits, white pyjama, white backdrop. Base BLIP-2 open; reference engine closed.
    case(
        "X557-030",
        caption("a man in a blue and white striped kurta"),
        wearing("he is wearing a striped kurta and white pajamas", who=MAN),
        describe("kurta", "the kurta is solid blue with no pattern", "contradiction"),
        details(
            "kurta",
            "the kurta has thin blue and white vertical stripes all over and a mandarin collar with a button placket "
            "and long sleeves with buttoned cuffs and two side",
            "cut",
            hit_limit=True,
        ),
        pattern("striped"),
        sleeve("long"),
        title="Anouk Men Blue and White Striped Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: headless male mannequin in a cream sherwani with copper buttons, maroon velvet stole over one shoulder,
    # cream churidar, grey backdrop with a potted plant beside it. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-031",
        caption("a mannequin wearing a cream sherwani next to a plant"),
        wearing("a sherwani", who=ONE),
        color_of("stole", "cream", "other_garment_color", kind="open"),
        describe("sherwani", "a cream sherwani with a maroon stole and copper buttons"),
        details("sherwani", "the sherwani has a zipper on the back and a hood", "unsupported"),
        color("maroon", "contradiction"),
        is_a("sherwani", "yes"),
        title="Manyavar Men Cream Sherwani Set with Stole",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: boy in a long-sleeved white sherwani with gold buttons, a gold safa and white churidar, white backdrop.
    # Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-032",
        caption("a little boy in a white sherwani and a gold turban"),
        wearing("a white sherwani and a gold turban", who=BOY),
        color_of("safa", "white", "other_garment_color", kind="open"),
        describe("sherwani", "her sherwani is white with gold buttons", "pronoun"),
        garment_type("sherwani"),
        sleeve("long"),
        title="Vastramay Boys White Sherwani Set with Safa",
        category="Sherwani",
        color="White",
        gender="Boys",
    ),
    # photo: man in a long-sleeved peach kurta, small green and blue floral print, mandarin collar with three buttons,
    # white pyjama, plain white studio backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-033",
        caption("a man in a peach kurta with a floral print standing in a garden", "unsupported"),
        wearing("a pink kurta with flowers and white pants", who=MAN),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has a floral print all over and a mandarin collar with three buttons on the placket and the "
            "sleeves have a floral print and the hem of the",
            "cut",
            hit_limit=True,
        ),
        pattern("floral"),
        sleeve("long"),
        title="Anouk Men Peach Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: man in a copper brocade Nehru jacket over a cream kurta and cream churidar, white backdrop. Base BLIP-2
    # open texts; reference engine closed.
    case(
        "X557-034",
        caption("a man in a bronze brocade vest over a cream kurta"),
        wearing("a cream kurta and a copper jacket", who=MAN),
        color_of("jacket", "cream", "other_garment_color", kind="open"),
        describe("jacket", "a jacket", "non_answer"),
        garment_type("jacket"),
        pattern("solid", "contradiction"),
        is_a("sherwani", "no"),
        title="Mohanlal Sons Men Copper-Toned Brocade Nehru Jacket",
        category="Nehru Jackets",
        color="Copper",
        gender="Men",
    ),
    # photo: man in a long-sleeved magenta art-silk kurta, mandarin collar, white churidar, white backdrop. Base BLIP-2
    # open texts; reference engine closed.
    case(
        "X557-035",
        caption("a man in a pink kurta and white pants"),
        wearing("what is the man wearing", "restated", who=MAN),
        color_of("kurta", "purple", "contradiction", kind="open"),
        describe("kurta", "the kurta is magenta with a mandarin collar"),
        material("silk"),
        sleeve("long"),
        title="Tasva Men Magenta Art Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Magenta",
        gender="Men",
    ),
    # photo: man in a short red-and-black checked kurta with a band collar and button placket, long sleeves, black
    # jeans, cropped at the knees, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-036",
        caption("a man in a red and black checkered kurta and black jeans"),
        wearing(
            "he is wearing a red and black checkered kurta with black jeans and white sneakers",
            "unsupported",
            who=MAN,
        ),
        color_of("kurta", "red and black", kind="open"),
        describe(
            "kurta",
            "the kurta is red and black checkered with a band collar and a button placket and the sleeves are long and "
            "the kurta is red and black checkered with a",
            "loop",
            hit_limit=True,
        ),
        pattern("checked"),
        garment_type("shirt", "contradiction"),
        title="Hangup Men Red and Black Checked Short Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: man in a matte black sherwani with silver embroidery on collar and cuffs, black churidar, a silver-grey
    # stole over one shoulder, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-037",
        caption("a man in a black sherwani and a silver scarf"),
        wearing("Question: What is the man wearing? Answer: a black sherwani", "leak", who=MAN),
        describe("sherwani", "a black sherwani with silver embroidery on the collar and sleeves"),
        color_of("stole", "black", "other_garment_color", kind="open"),
        material("velvet", "unsupported"),
        is_a("sherwani", "yes"),
        color("grey", "contradiction"),
        title="Manyavar Men Black Art Silk Sherwani with Silver Embroidery",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: man in a sky-blue kurta (band collar, half placket with white buttons, no pocket, side slits) and white
    # pyjama, beige studio backdrop with a potted palm. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-038",
        caption("a man in a light blue kurta standing next to a plant"),
        wearing("a light blue kurta and white pajamas", who=MAN),
        color_of("kurta", "light blue", kind="open"),
        describe(
            "kurta",
            "the kurta is light blue and it has a band collar and a half placket with white buttons and long sleeves "
            "and side slits at the bottom and it is",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a pocket on the left side and buttons", "unsupported"),
        material("cotton"),
        garment_type("dress", "contradiction"),
        title="Fabindia Men Sky Blue Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: boy in a full-sleeved maroon bandhgala with gold buttons (no pocket square) and cream trousers, white
    # backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-039",
        caption("a young boy in a maroon jacket and white pants"),
        wearing("he is wearing a red jacket and white pants", who=BOY),
        color_of("trousers", "maroon", "other_garment_color", kind="open"),
        describe("jacket", "the jacket is maroon with gold buttons and a pocket square", "unsupported"),
        garment_type("jacket"),
        sleeve("long"),
        title="Jompers Boys Maroon Bandhgala with Trousers",
        category="Blazers",
        color="Maroon",
        gender="Boys",
    ),
    # photo: lower-body mannequin form in a cream dhoti with a thin gold border, pleated at the front, nothing above the
    # waist, white backdrop. Base BLIP-2 open texts; reference engine closed. Feed row has no gender.
    case(
        "X557-040",
        caption("a white dhoti on a mannequin"),
        wearing("a white skirt", "contradiction", who=ONE),
        describe("dhoti", "the dhoti is white with a gold border"),
        details(
            "dhoti",
            "the dhoti is cream with a thin gold border along the edge and it is pleated in the front and tied at the "
            "waist with the ends tucked in at the",
            "cut",
            hit_limit=True,
        ),
        color_of("dhoti", "the color of the dhoti is the color of the dhoti", "restated", kind="open"),
        garment_type("pants"),
        color("white"),
        title="Sethukrishna Men Cream Solid Dhoti with Zari Border",
        category="Dhotis",
        color="Cream",
    ),
    # photo: man in a bottle-green velvet Nehru jacket with a gold brooch on the left chest, over an ivory kurta and
    # ivory churidar, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-041",
        caption("a man in a green velvet vest with a gold brooch"),
        wearing("she is wearing a green jacket over a white kurta", "pronoun", who=MAN),
        color_of(
            "jacket",
            "green green green green green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("jacket", "the jacket is ivory", "other_garment_color"),
        material("velvet"),
        sleeve("long", "contradiction"),
        title="Vastramay Men Bottle Green Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: man in a bright yellow kurta with pink and green florals and a mandarin collar, white pyjama, an orange
    # marigold garland around his neck, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-042",
        caption("a man in a yellow kurta with a flower garland around his neck"),
        wearing("a yellow kurta and white pajamas and a garland of flowers", who=MAN),
        describe("kurta", "describe the kurta. the kurta is a kurta", "restated"),
        details("kurta", "the kurta has pink and green flowers and a mandarin collar"),
        color_of("pyjama", "white Question: what is the color of the kurta? Answer: yellow", "leak", kind="open"),
        pattern("floral"),
        color("orange", "contradiction"),
        title="Anouk Men Yellow Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in a cream pathani kurta with a shirt collar, two chest flap pockets and buttoned cuffs, cream salwar,
    # white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-043",
        caption("a man in a cream kurta and pants with a collar and pockets"),
        wearing("a kurta", who=MAN),
        describe("kurta", "the kurta has a shirt collar and two flap pockets on the chest"),
        details(
            "kurta",
            "the kurta details are the collar the pockets the buttons the cuffs the collar the pockets the buttons the "
            "cuffs the collar the pockets the",
            "loop",
            hit_limit=True,
        ),
        garment_type("shirt", "contradiction"),
        color("white"),
        title="Ethnix Men Cream Pathani Kurta Set",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a royal-blue sherwani with silver embroidery on front, sleeves and collar, white churidar, a white
    # stole over one shoulder, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-044",
        caption("a man in a blue sherwani and white pants"),
        wearing("a blue sherwani with a white scarf", who=MAN),
        color_of("stole", "blue", "other_garment_color", kind="open"),
        describe(
            "sherwani",
            "the sherwani is blue with silver embroidery on the front and the sleeves and the collar and the sherwani "
            "is blue with silver embroidery on the",
            "loop",
            hit_limit=True,
        ),
        details("sherwani", "sherwani", "non_answer"),
        is_a("sherwani", "no", "contradiction"),
        color("blue"),
        title="Manyavar Men Royal Blue Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Blue",
        gender="Men",
    ),
    # photo: boy holding a small brass diya, in a long-sleeved peach kurta, white pyjama and a cream jacket with a blue
    # floral print, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-045",
        caption("a little boy in a peach kurta and a floral vest holding a small lamp"),
        wearing("her outfit is a peach kurta and white pajamas", "pronoun", who=BOY),
        color_of("jacket", "peach", "other_garment_color", kind="open"),
        describe("jacket", "the jacket has a blue floral print on a cream background"),
        details(
            "jacket",
            "the jacket is a jacket Question: What are the jacket details? Answer: the jacket is a",
            "leak",
            hit_limit=True,
        ),
        sleeve("long"),
        title="Jompers Boys Peach Kurta Pyjama with Printed Nehru Jacket",
        category="Kurta Sets",
        color="Peach",
        gender="Boys",
    ),
    # photo: man in a long-sleeved maroon kurta and white pyjama with a cream stole printed with maroon paisleys around
    # his neck, white backdrop. Base BLIP-2 open texts; reference engine closed.
    case(
        "X557-046",
        caption("a man in a maroon kurta with a paisley scarf"),
        wearing(
            "a maroon kurta with white pajamas and a scarf and a maroon kurta with white pajamas and a scarf and a "
            "maroon kurta with white pajamas and a",
            "loop",
            who=MAN,
            hit_limit=True,
        ),
        color_of("stole", "cream with a maroon print", kind="open"),
        color_of("kurta", "maroon", kind="open"),
        describe("kurta", "it's a kurta", "non_answer"),
        sleeve("long"),
        title="KISAH Men Maroon Kurta with Pyjamas and Printed Stole",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
]
