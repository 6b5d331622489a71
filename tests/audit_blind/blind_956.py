"""BLIND_956 (46 products; Myntra men's & boys' innerwear/nightwear, VQA): written blind in the fifty-seventh session.
Measured blind at 5a92fc7 (the session's final rules): 108/127 failures found (85.0%) and 22/186 correct texts flagged
(11.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and boys' innerwear, nightwear and loungewear (Innerwear Vests, Briefs, Trunk,
Boxers, Night suits, Lounge Pants, Lounge Shorts, Lounge Tshirts, Bath Robe, Robe, thermals). Photos are catalog
shots on a white or light backdrop: torso or waist-to-thigh crops of a model for vests, briefs and trunks; full or
three-quarter shots for loungewear and night suits, where the model also wears something else (a tee over lounge
pants, a vest over boxers, jeans under an undershirt); a few packs are flat lays with no person at all.

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). The
caption is free generation with 50 new tokens; open answers (wearing, describe, details, material, and an open color
question now and then) are free generation with 30 new tokens; closed answers (garment type, color, pattern, sleeve
length, neckline, "Is this a ...?") are the candidate the reference engine ranked first, so they never loop or stop
short, but often pick the tee's color for the pants or the waistband's color for the trunks. The adapter was trained
on VQA pairs only, with unmasked labels and no end token: its captions are short and sometimes slide into the
`Question: ... Answer:` format, its answers sometimes run on into loops or stop at the token limit, and it names
garments in the In-shop vocabulary (tank, tee, shorts, pants) rather than the innerwear one.

Labeling conventions and judgement calls:
- One label per text. A text that repeats a phrase until the limit is a loop (hit_limit=True) even if the phrase is
  true; a text that stops mid-phrase at the limit without repeating is a cut, even where what came before is right.
- A text that writes `Question:` or `Answer:` is a leak, whatever else it says; hit_limit=True where it ran on.
- other_garment_color: the product is given the color of another garment the model wears (the tee over the lounge
  pants, the vest over the boxers, the trousers under an undershirt). The product given the color of its own
  waistband, of the backdrop, or a wrong color from nowhere is a contradiction, as is another garment given the
  product's color in the caption.
- A multi-piece night suit named by one of its own pieces' colors is not scored as wrong; I avoided asking it.
- Garment words: "tank top"/"tank" for a sleeveless vest, "t-shirt" for a half-sleeve undershirt, "underwear" or
  "boxer briefs" for trunks, "shorts"/"boxer shorts" for boxers, "leggings" for thermal bottoms, "pajamas" for a night
  suit, "shirt" for a kurta are correct. Trunks or briefs called "shorts", briefs called "boxers" or "trunks", a
  sleeveless vest called a t-shirt (or "no" to "Is this a tank top?"), a thermal top called a sweater are
  contradictions (of the seller's category, and of the other texts where they say otherwise).
- Material: cotton (or a cotton blend / cotton stretch) for knit innerwear, tees and pyjamas counts as correct even
  when the title does not say it; a specific or unlikely fabric that neither title nor photo supports (silk, satin,
  wool, linen, modal, "100% polyester dri-fit", denim) is unsupported. "yes"/"no" to the material question is a
  non_answer; "the garment is made of the garment material" is restated.
- Invented parts (side pockets on briefs, zip pockets, a hood, buttons on a vest, a towel, a belt that is the
  waistband, a wearer in a flat lay) are unsupported.
- non_answer: an empty answer, yes/no to an open question, or a single word (a color, the garment's own name) to
  "Describe ..." / "What are ... details?" / "What is the person wearing?". A short phrase that names garment and
  color ("white pants", "orange shorts") is a correct description.
- pronoun: she/her/woman/girl for a Men or Boys product, in an answer or in the caption.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_956 = [
    # photo: man's torso in a white ribbed sleeveless round-neck vest, navy trousers at the bottom edge, white
    # backdrop, front view. VQA adapter wrote every text (closed ones ranked by the reference engine).
    case(
        "X956-001",
        caption("a man wearing a white tank top and blue pants"),
        wearing("a white tank top"),
        color_of("vest", "white"),
        is_a("tank top", "yes"),
        BQ.garment_type("t-shirt", "contradiction"),
        BQ.pattern("solid"),
        details(
            "vest",
            "the vest has a round neck and ribbed fabric, the vest has a round neck and ribbed fabric, the vest has a"
            " round neck and",
            "loop",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        title="Jockey Men White Ribbed Cotton Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: waist-to-thigh crop of a man in black trunks with a grey elastic waistband printed JOCKEY in white,
    # white backdrop, front view. VQA adapter wrote every text.
    case(
        "X956-002",
        caption("a man in black underwear with a grey waistband"),
        wearing("black shorts", "contradiction"),
        color_of("trunks", "black"),
        BQ.garment_type("trunks"),
        details(
            "trunks",
            "the trunks have a grey elastic waistband with the brand name in white letters and the legs are short"
            " and close to the",
            "cut",
            hit_limit=True,
        ),
        BQ.material("the trunks are made of satin", "unsupported"),
        title="Jockey Men Black Trunks 1015",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay of three briefs, navy, grey and maroon, each with a white waistband printed with the brand
    # name, white backdrop, no person. VQA adapter wrote every text.
    case(
        "X956-003",
        caption("three pairs of briefs in blue, grey and red on a white background"),
        wearing(
            "a pair of blue briefs and a pair of blue briefs and a pair of blue briefs and a pair of blue briefs and a",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("briefs"),
        BQ.pattern("solid"),
        describe("briefs", "three briefs in navy, grey and maroon with white waistbands"),
        details("briefs", "the briefs have a contrast waistband and a front fly and side pockets", "unsupported"),
        BQ.material("cotton"),
        title="Hanes Men Pack of 3 Cotton Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: waist-to-thigh crop of a man in grey melange trunks with a black waistband carrying a yellow logo,
    # white backdrop. VQA adapter wrote every text.
    case(
        "X956-004",
        caption("a man in grey underwear with a black waistband"),
        wearing("he is wearing grey trunks with a black waistband"),
        color_of("trunks", "black", "contradiction"),
        BQ.garment_type("boxers", "contradiction"),
        describe(
            "trunks",
            "Question: Describe the trunks. Answer: grey Question: Describe the trunks. Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        title="Macroman M-Series Men Grey Melange Trunks",
        category="Trunk",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white sleeveless round-neck vest on a headless mannequin torso, light grey backdrop, front view.
    # VQA adapter wrote every text.
    case(
        "X956-005",
        caption(
            "Question: What cloth is the person wearing? Answer: tank Question: What is the color of the tank? Answer:"
            " white Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a white tank top"),
        is_a("t-shirt", "yes", "contradiction"),
        BQ.sleeve_length("sleeveless"),
        describe("vest", "white", "non_answer"),
        details("vest", "the vest has a round neck and a curved hem"),
        BQ.material("the garment is made of garment material", "restated"),
        title="VIP Frenchie Men White Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: a boy standing barefoot in a sky-blue half-sleeve t-shirt with an orange and white rocket print and
    # navy pyjama pants with small yellow stars, white backdrop. VQA adapter wrote every text.
    case(
        "X956-006",
        caption("a boy in blue pajamas with a rocket on the shirt"),
        wearing("a blue t-shirt and blue pants with stars"),
        color_of("pants", "blue"),
        BQ.pattern("printed"),
        BQ.sleeve_length("short sleeve"),
        describe(
            "night suit", "she is wearing a blue t-shirt with a rocket print and dark blue pajama pants", "pronoun"
        ),
        details(
            "night suit",
            "the t-shirt has a rocket print and the pants have stars and the t-shirt has a rocket print and the pants"
            " have stars and",
            "loop",
            hit_limit=True,
        ),
        title="Doodle Boys Blue Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: a man in navy lounge pants with a white drawstring and side pockets, a white crew-neck t-shirt on top,
    # white sneakers, white backdrop, full-length front view. VQA adapter wrote every text.
    case(
        "X956-007",
        caption("a man in a white t-shirt and navy blue pants"),
        wearing("a white t-shirt and blue pants"),
        color_of("pants", "navy blue"),
        BQ.color("white", "other_garment_color"),
        describe("pants", "white pants with a drawstring", "other_garment_color"),
        details("pants", "the pants have a drawstring waist and two side pockets"),
        BQ.material("cotton"),
        title="Jockey Men Navy Blue Cotton Lounge Pants 9008",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: a man in grey melange knit lounge shorts above the knee with a small navy logo on the left leg and a
    # black t-shirt, cropped at the chest, white backdrop. VQA adapter wrote every text.
    case(
        "X956-008",
        caption("a woman in a black shirt and grey shorts", "pronoun"),
        wearing("black shirt and grey shorts"),
        color_of("shorts", "black", "other_garment_color"),
        BQ.garment_type("shorts"),
        details(
            "shorts",
            "the shorts have a logo on the left leg and a drawstring waist and zip pockets at the back",
            "unsupported",
        ),
        BQ.material("cotton blend"),
        title="U.S. Polo Assn. Men Grey Melange Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: a man in a maroon round-neck short-sleeve t-shirt and charcoal lounge pants, white backdrop,
    # three-quarter view. VQA adapter wrote every text.
    case(
        "X956-009",
        caption("a man in a red t-shirt and grey pants"),
        BQ.color("maroon"),
        BQ.garment_type("t-shirt"),
        wearing(
            "a maroon t-shirt and grey pants, a maroon t-shirt and grey pants, a maroon t-shirt and grey pants, a"
            " maroon t-shirt",
            "loop",
            hit_limit=True,
        ),
        describe("t-shirt", "grey t-shirt with a round neck and short sleeves", "other_garment_color"),
        BQ.sleeve_length("short sleeve"),
        details("t-shirt", "the t-shirt has a chest pocket with a button", "unsupported"),
        title="Jockey Men Maroon Lounge T-shirt 2715",
        category="Lounge Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: a man in woven blue-and-navy checked boxer shorts with an elastic waistband and a button fly, a white
    # sleeveless vest on top, white backdrop. VQA adapter wrote every text.
    case(
        "X956-010",
        caption("a man in a white tank top and blue plaid shorts"),
        wearing("white tank top and blue checkered boxer shorts"),
        color_of("boxers", "white", "other_garment_color"),
        BQ.pattern("checked"),
        is_a("shorts", "yes", article="a pair of"),
        details("boxers", "the boxers have a button fly and an elastic waistband"),
        BQ.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment"
            " made",
            "leak",
            hit_limit=True,
        ),
        title="Chromozome Men Blue Checked Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: a boy in red-and-black buffalo-check pyjama pants with an elastic waist and a black t-shirt with white
    # printed text, white backdrop. VQA adapter wrote every text.
    case(
        "X956-011",
        caption("a young boy wearing a black shirt and red plaid pants"),
        color_of("pants", "red"),
        wearing("a black t-shirt and plaid pajama pants"),
        describe("pants", "red and black checked pajama pants with an elastic waist"),
        details("pants", "the pants have a zipper fly and a belt", "unsupported"),
        BQ.garment_type("shorts", "contradiction"),
        BQ.material("the garment is made of the material", "restated"),
        title="Kook N Keech Boys Red Checked Lounge Pants",
        category="Lounge Pants",
        color="Red",
        gender="Boys",
    ),
    # photo: a man in a navy-and-white pinstriped pyjama set: full-sleeve button-down shirt with a notch collar and a
    # chest pocket trimmed in white piping, matching long pants, white backdrop. VQA adapter wrote every text.
    case(
        "X956-012",
        caption(
            "a man in a blue striped shirt and blue striped pants with a blue striped shirt and blue striped pants"
            " with a blue striped",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("striped"),
        BQ.sleeve_length("long sleeve"),
        wearing("a blue shirt and blue pants"),
        describe(
            "night suit",
            "navy blue striped shirt with a collar and buttons down the front and matching striped pants with",
            "cut",
            hit_limit=True,
        ),
        details(
            "night suit",
            "the night suit has a chest pocket with white piping and a drawstring at the waist",
            "unsupported",
        ),
        BQ.material("silk", "unsupported"),
        title="Sleep Mate Men Navy Blue Striped Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: a man in a black half-sleeve round-neck fitted undershirt, grey trousers at the bottom edge, white
    # backdrop. VQA adapter wrote every text.
    case(
        "X956-013",
        caption("a man in a black t-shirt and black pants", "contradiction"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        color_of("vest", "grey", "other_garment_color"),
        wearing("a black t-shirt and grey pants"),
        is_a("vest", "yes"),
        BQ.material("cotton"),
        title="Jockey Men Black Round Neck Cotton Undershirt 2726",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay of two trunks, one black and one grey, both with black waistbands carrying a white Puma logo,
    # white backdrop, no person. VQA adapter wrote every text.
    case(
        "X956-014",
        caption("two pairs of underwear on a white background"),
        wearing(
            "Question: What is the person wearing? Answer: tee Question: Is this a tee? Answer: no Question",
            "leak",
            hit_limit=True,
        ),
        BQ.garment_type("trunks"),
        is_a("tee", "no"),
        describe("trunks", "one black and one grey trunk with puma logo on the waistband"),
        details("trunks", "", "non_answer"),
        title="Puma Men Pack of 2 Black & Grey Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: waist-to-thigh crop of a man in charcoal trunks with a charcoal waistband lettered LEVI'S in white,
    # light grey backdrop. VQA adapter wrote every text.
    case(
        "X956-015",
        caption("a man in grey boxer briefs"),
        BQ.color("grey"),
        wearing("she is wearing grey underwear", "pronoun"),
        describe("trunks", "the trunks are trunks", "restated"),
        details("trunks", "the waistband has the brand name in white letters"),
        BQ.material("cotton and spandex"),
        title="Levis Men Charcoal 300 Series Cotton Stretch Trunks",
        category="Trunk",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat lay of five white sleeveless round-neck boys' vests fanned out on a light blue backdrop, no person.
    # VQA adapter wrote every text.
    case(
        "X956-016",
        caption(
            "a pile of white tank tops on a blue background with a white tank top on a blue background with a white"
            " tank top on a blue",
            "loop",
            hit_limit=True,
        ),
        BQ.color("blue", "contradiction"),
        BQ.garment_type("vest"),
        wearing("white tank tops"),
        describe("vests", "five white vests with round necks and no sleeves"),
        details(
            "vests",
            "the vests have a round neck and armholes and the vests have a round neck and armholes and the vests have"
            " a round",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("sleeveless"),
        title="Lux Cozi Boys Pack of 5 White Vests",
        category="Innerwear Vests",
        color="White",
        gender="Boys",
    ),
    # photo: waist-to-thigh crop of a man in skin-toned (beige) briefs with a wide brown elastic waistband printed
    # with the brand name, white backdrop. VQA adapter wrote every text.
    case(
        "X956-017",
        caption("a man wearing a beige underwear and a brown belt", "unsupported"),
        color_of("briefs", "brown", "contradiction"),
        wearing("beige briefs with a brown waistband"),
        BQ.garment_type("briefs"),
        details(
            "briefs",
            "the briefs have a brown waistband and the brand name is written on the waistband in beige letters and"
            " the leg openings are",
            "cut",
            hit_limit=True,
        ),
        describe("briefs", "beige briefs with a wide brown elastic waistband"),
        title="Dollar Bigboss Men Skin Briefs",
        category="Briefs",
        color="Skin",
        gender="Men",
    ),
    # photo: flat lay of three boys' briefs: cars print on light blue, dinosaur print on green, plain red, white
    # backdrop, no person. VQA adapter wrote every text.
    case(
        "X956-018",
        caption("three pairs of children's underwear with cartoon prints"),
        BQ.pattern("printed"),
        wearing("a pair of boxers", "contradiction"),
        describe(
            "briefs",
            "Question: Describe the briefs. Answer: blue Question: Describe the briefs. Answer: blue Question:"
            " Describe",
            "leak",
            hit_limit=True,
        ),
        details("briefs", "the briefs have car and dinosaur prints"),
        BQ.material("cotton"),
        title="Bodycare Kids Boys Pack of 3 Printed Briefs",
        category="Briefs",
        color="Multi",
        gender="Boys",
    ),
    # photo: a man in a belted white waffle-weave bath robe with a shawl collar and two patch pockets, bare legs,
    # white backdrop, front view. VQA adapter wrote every text.
    case(
        "X956-019",
        caption("a man in a white robe with a towel on his head", "unsupported"),
        BQ.garment_type("robe"),
        wearing("a white bath robe with a belt"),
        describe("robe", "a white robe with a hood and zipper", "unsupported"),
        details("robe", "the robe has a shawl collar and a belt at the waist and two patch pockets"),
        is_a("jacket", "yes", "contradiction"),
        BQ.material("waffle cotton"),
        BQ.sleeve_length("long sleeve"),
        title="Trident Men White Waffle Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Men",
    ),
    # photo: a man in a belted navy robe with a slight sheen and maroon piping on the collar and cuffs, over maroon
    # pyjama pants, white backdrop. VQA adapter wrote every text.
    case(
        "X956-020",
        caption("a man in a blue robe and red pants"),
        color_of("robe", "maroon", "other_garment_color"),
        wearing("a blue robe"),
        BQ.pattern("solid"),
        details("robe", "the robe has red piping on the collar and cuffs and a belt"),
        describe(
            "robe",
            "a navy blue robe with maroon piping on the collar and the cuffs and a matching belt tied at the front and"
            " the robe falls to the",
            "cut",
            hit_limit=True,
        ),
        BQ.material("wool", "unsupported"),
        title="Sleep Mate Men Navy Blue Robe",
        category="Robe",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: a man in olive camouflage-print knit shorts with a drawstring and side pockets and a black t-shirt,
    # cropped at the chest, white backdrop. VQA adapter wrote every text.
    case(
        "X956-021",
        caption("a man in a black t-shirt and camouflage shorts"),
        BQ.color("olive"),
        BQ.pattern("camouflage"),
        color_of(
            "shorts",
            "black and green black and green black and green black and green black and green black and green black and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a black shirt and green shorts"),
        details("shorts", "the shorts have a drawstring and side pockets"),
        describe("shorts", "he is wearing black shorts", "other_garment_color"),
        BQ.material("no", "non_answer"),
        title="Kook N Keech Men Olive Camouflage Print Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: a small boy in a yellow half-sleeve t-shirt with a green dinosaur print and green shorts, white
    # backdrop. VQA adapter wrote every text.
    case(
        "X956-022",
        caption("a little boy wearing a yellow shirt and green shorts"),
        BQ.color("yellow"),
        wearing("she is wearing a yellow top and green shorts", "pronoun"),
        describe("night suit", "yellow t-shirt with a dinosaur and green shorts"),
        details("night suit", "the t-shirt has a dinosaur print on the front"),
        is_a("dress", "yes", "contradiction"),
        BQ.sleeve_length("short sleeve"),
        title="Doodle Boys Yellow & Green Printed Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Boys",
    ),
    # photo: a man in a grey melange full-sleeve crew-neck thermal top with ribbed cuffs and matching thermal
    # bottoms, white backdrop, arms at his sides. The feed row has no category. VQA adapter wrote every text.
    case(
        "X956-023",
        caption(
            "a man in a grey long sleeve shirt and grey pants standing in front of a white background with his arms"
            " at his sides and his feet apart and his head turned slightly to the left and his",
            "cut",
            hit_limit=True,
        ),
        BQ.garment_type("sweater", "contradiction"),
        BQ.sleeve_length("long sleeve"),
        wearing("a grey long sleeve top and grey leggings"),
        BQ.material("wool", "unsupported"),
        details(
            "thermal top",
            "the top has ribbed cuffs and a round neck, the top has ribbed cuffs and a round neck, the top has ribbed"
            " cuffs",
            "loop",
            hit_limit=True,
        ),
        title="Lux Inferno Men Grey Melange Thermal Top",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: a man seen from a three-quarter back view in a teal racerback sleeveless vest and black shorts, white
    # backdrop. VQA adapter wrote every text.
    case(
        "X956-024",
        caption("Question: What is the color of the tank? Answer: blue", "leak"),
        color_of("vest", "teal"),
        BQ.garment_type("vest"),
        wearing("a tank top and shorts"),
        describe("vest", "a teal tank top with a racerback and a scoop neck"),
        details("vest", "the vest has a pocket on the chest and buttons", "unsupported"),
        BQ.material("the tank top is made of the tank top", "restated"),
        is_a("tank top", "no", "contradiction"),
        title="Proline Men Teal Racerback Innerwear Vest",
        category="Innerwear Vests",
        color="Teal",
        gender="Men",
    ),
    # photo: waist-to-thigh crop of a man in red trunks with a navy waistband lettered in white, white backdrop.
    # VQA adapter wrote every text.
    case(
        "X956-025",
        caption("a man in red underwear with a blue waistband"),
        color_of("trunks", "red"),
        BQ.color("navy blue", "contradiction"),
        wearing("red underwear"),
        details(
            "trunks",
            "the trunks are red the trunks are red the trunks are red the trunks are red the trunks are red the trunks",
            "loop",
            hit_limit=True,
        ),
        BQ.material("it is made of the material of the trunks", "restated"),
        title="Jockey Men Red Trunks US21",
        category="Trunk",
        color="Red",
        gender="Men",
    ),
    # photo: a man in a navy short-sleeve round-neck t-shirt printed CHILL in white across the chest and grey lounge
    # shorts, white backdrop, front view. VQA adapter wrote every text.
    case(
        "X956-026",
        caption("a man wearing a blue t-shirt that says chill"),
        BQ.pattern("printed"),
        BQ.color("grey", "other_garment_color"),
        wearing("a navy t-shirt with the word chill on it and grey shorts"),
        describe(
            "t-shirt",
            "a navy blue t-shirt with white letters that say chill on the front and short sleeves and a round neck"
            " and a",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has the word relax on the back", "unsupported"),
        BQ.sleeve_length("short sleeve"),
        title="Kook N Keech Men Navy Blue Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: a man in a grey melange crew-neck t-shirt and black-and-grey checked pyjama pants, white backdrop.
    # VQA adapter wrote every text.
    case(
        "X956-027",
        caption("a man in a grey t-shirt and plaid pants"),
        color_of("t-shirt", "grey"),
        color_of("pants", "black and grey checks", kind="open"),
        BQ.pattern("checked"),
        wearing("he is wearing a grey t-shirt and black and grey checked pyjamas"),
        details(
            "night suit",
            "Question: What are the night suit details? Answer: grey Question: What are the night suit details?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        BQ.material("yes", "non_answer"),
        title="Jockey Men Grey Melange & Black Checked Night Suit",
        category="Night suits",
        color="Grey",
        gender="Men",
    ),
    # photo: a boy in navy lounge pants with white side stripes and ribbed ankle cuffs, a red t-shirt and white
    # sneakers, white backdrop. VQA adapter wrote every text.
    case(
        "X956-028",
        caption("a boy in a red shirt and red pants", "other_garment_color"),
        color_of("pants", "red", "other_garment_color"),
        wearing("a red t-shirt and navy blue track pants with white stripes"),
        describe("pants", "navy blue pants with white stripes on the sides and an elastic waist"),
        details("pants", "the pants have white stripes on the sides and elastic cuffs at the ankles"),
        BQ.garment_type("lounge pants"),
        is_a("jeans", "no", article="a pair of"),
        BQ.material("denim", "unsupported"),
        title="YK Boys Navy Blue Solid Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: a man in navy boxer shorts with a white anchor print and an elastic waistband, a grey t-shirt on top,
    # white backdrop. VQA adapter wrote every text.
    case(
        "X956-029",
        caption("a man in a grey shirt and grey shorts with anchors", "other_garment_color"),
        BQ.color("grey", "other_garment_color"),
        BQ.pattern("printed"),
        wearing("a grey t-shirt and navy boxer shorts with white anchors"),
        describe("boxers", "navy boxers with a white anchor print and an elastic waistband"),
        details("boxers", "the boxers have a zip fly and back pockets", "unsupported"),
        BQ.material("cotton"),
        title="Chromozome Men Navy Blue Printed Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: waist-to-thigh crop of a man in white briefs with a white waistband lettered in grey, white backdrop.
    # VQA adapter wrote every text.
    case(
        "X956-030",
        caption("a woman in white underwear", "pronoun"),
        color_of("briefs", "white"),
        BQ.garment_type("briefs"),
        wearing(
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        describe("briefs", "white", "non_answer"),
        details("briefs", "the waistband has grey letters"),
        title="Jockey Men White Briefs 8035",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: a man in black jogger lounge pants with ribbed ankle cuffs and a drawstring, a white sleeveless vest on
    # top, white backdrop. VQA adapter wrote every text.
    case(
        "X956-031",
        caption("a man in a white tank top and black pants"),
        color_of("pants", "white", "other_garment_color"),
        wearing("white tank top and black joggers"),
        describe("pants", "black jogger pants with cuffs at the ankles and a drawstring"),
        details(
            "pants",
            "the pants are black and the pants are black and the pants are black and the pants are black and the pants",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("lounge pants"),
        BQ.material("cotton"),
        title="Hanes Men Black Jogger Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: a man in a grey melange sleeveless V-neck vest and blue jeans, cropped at the hips, white backdrop.
    # VQA adapter wrote every text.
    case(
        "X956-032",
        caption("a man in a grey tank top and jeans"),
        BQ.color("blue", "other_garment_color"),
        neckline("v-neck"),
        wearing("a grey tank top"),
        describe("vest", "a gray sleeveless vest with a v neck"),
        BQ.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment"
            " made",
            "leak",
            hit_limit=True,
        ),
        title="Macroman Men Grey Melange V-Neck Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat lay of two boys' trunks, one royal blue and one red, with elastic waistbands lettered with the
    # brand name, white backdrop, no person. The feed row has no color. VQA adapter wrote every text.
    case(
        "X956-033",
        caption("two pairs of boys underwear one blue and one red"),
        BQ.garment_type("shorts", "contradiction"),
        wearing("he is wearing blue underwear", "unsupported"),
        describe("trunks", "a blue trunk and a red trunk with elastic waistbands"),
        details(
            "trunks",
            "the trunks have elastic waistbands with the brand name and the trunks have elastic waistbands with the"
            " brand name and the",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        title="Bodycare Kids Boys Pack of 2 Trunks",
        category="Trunk",
        gender="Boys",
    ),
    # photo: a man in an off-white straight cotton pyjama with a drawstring, a blue kurta over it to mid-thigh,
    # white backdrop. VQA adapter wrote every text.
    case(
        "X956-034",
        caption("a man in a blue shirt and white pants"),
        BQ.color("blue", "other_garment_color"),
        BQ.garment_type("pyjamas"),
        wearing("a blue kurta and white pyjama"),
        describe("pyjama", "white pants"),
        details("pyjama", "the pyjama has a drawstring waist and straight legs"),
        is_a("kurta", "yes", "contradiction"),
        BQ.material("cotton"),
        title="Fabindia Men Off White Cotton Pyjama",
        category="Lounge Pants",
        color="Off White",
        gender="Men",
    ),
    # photo: a man in a maroon full-sleeve night suit: button-down shirt with white piping on the collar and chest
    # pocket, matching pants with an elastic waist, white backdrop. VQA adapter wrote every text.
    case(
        "X956-035",
        caption(
            "a man in red pajamas red pajamas red pajamas red pajamas red pajamas red pajamas red pajamas red pajamas"
            " red pajamas red",
            "loop",
            hit_limit=True,
        ),
        BQ.color("maroon"),
        BQ.sleeve_length("long sleeve"),
        wearing("red pajamas"),
        describe(
            "night suit",
            "a maroon shirt with white piping on the collar and pocket and maroon pants with an elastic waist",
        ),
        details("night suit", "the shirt has a hood and a zipper", "unsupported"),
        is_a("dress", "no"),
        BQ.material("satin", "unsupported"),
        title="Sleepwear Men Maroon Solid Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: a man in lounge shorts with navy and light blue stripes and a drawstring waist, a white t-shirt on top,
    # white backdrop. VQA adapter wrote every text.
    case(
        "X956-036",
        caption("a man wearing a white shirt and striped shorts"),
        color_of("shorts", "white", "other_garment_color"),
        BQ.pattern("striped"),
        wearing("she is wearing a white t-shirt and striped shorts", "pronoun"),
        details("shorts", "the shorts have a drawstring waist"),
        describe("shorts", "shorts", "non_answer"),
        title="Jockey Men Navy Blue Striped Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: a man in a black sleeveless vest with a white Puma cat logo on the chest and grey shorts, white
    # backdrop. VQA adapter wrote every text.
    case(
        "X956-037",
        caption("a man in a black tank top with a white logo"),
        color_of("vest", "black"),
        BQ.pattern("solid"),
        wearing("a black tank top and grey shorts"),
        describe("vest", "black tank top with a white puma logo on the chest"),
        details("vest", "the vest has a logo on the chest"),
        is_a("t-shirt", "yes", "contradiction"),
        BQ.material("100% polyester dri-fit fabric", "unsupported"),
        title="Puma Men Black Printed Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: a boy in a grey short-sleeve t-shirt with a Mickey Mouse print and red pyjama pants, white backdrop.
    # VQA adapter wrote every text.
    case(
        "X956-038",
        caption("a little boy in a grey shirt with mickey mouse and red pants"),
        BQ.color("grey"),
        wearing("a mickey mouse t-shirt and red pants"),
        color_of("t-shirt", "red", "other_garment_color"),
        details(
            "night suit",
            "the t-shirt has mickey mouse on it the t-shirt has mickey mouse on it the t-shirt has mickey mouse on it"
            " the",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("short sleeve"),
        BQ.garment_type("night suit"),
        title="Disney Boys Grey & Red Mickey Mouse Printed Night Suit",
        category="Night suits",
        color="Grey",
        gender="Boys",
    ),
    # photo: a man in an olive short-sleeve henley lounge t-shirt with three buttons and grey lounge shorts, white
    # backdrop. VQA adapter wrote every text.
    case(
        "X956-039",
        caption("a man in a green shirt and grey shorts"),
        BQ.color("olive"),
        neckline("henley"),
        wearing("a green t-shirt with buttons and grey shorts"),
        describe("t-shirt", "the t-shirt is a t-shirt with a t-shirt", "restated"),
        details(
            "t-shirt",
            "the t-shirt has a henley neck with three buttons and short sleeves and a straight hem and the buttons are"
            " the same color as the",
            "cut",
            hit_limit=True,
        ),
        title="Jockey Men Olive Henley Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: waist-to-thigh crop of a man in navy trunks with a navy waistband, light grey backdrop.
    # VQA adapter wrote every text.
    case(
        "X956-040",
        caption("a man in blue underwear standing in front of a grey wall"),
        color_of("trunks", "grey", "contradiction"),
        BQ.garment_type("trunks"),
        wearing("navy blue trunks"),
        describe("trunks", "she is wearing navy trunks", "pronoun"),
        details("trunks", "yes", "non_answer"),
        BQ.material("microfiber modal", "unsupported"),
        title="Van Heusen Men Navy Blue Trunks",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: a man in grey woven checked boxers with an elastic waistband and a black sleeveless vest, white
    # backdrop. VQA adapter wrote every text.
    case(
        "X956-041",
        caption("a man in a black tank top and black plaid shorts", "other_garment_color"),
        color_of("boxers", "black", "other_garment_color"),
        BQ.pattern("checked"),
        wearing("a black tank top and plaid boxers"),
        details(
            "boxers",
            "Answer: the boxers have an elastic waistband Question: What are the boxers details? Answer: the boxers"
            " have an",
            "leak",
            hit_limit=True,
        ),
        is_a("shorts", "yes", article="a pair of"),
        BQ.material("cotton"),
        title="Hanes Men Grey Checked Boxers",
        category="Boxers",
        color="Grey",
        gender="Men",
    ),
    # photo: a man in a light blue round-neck t-shirt and blue-and-white checked pyjama pants with an elastic waist,
    # white backdrop. VQA adapter wrote every text.
    case(
        "X956-042",
        caption("a man in a blue t-shirt and plaid pajama pants"),
        BQ.color("blue"),
        BQ.garment_type("night suit"),
        wearing(
            "he is wearing a blue t-shirt and blue checked pants, he is wearing a blue t-shirt and blue checked pants,"
            " he is",
            "loop",
            hit_limit=True,
        ),
        describe(
            "night suit",
            "a light blue t-shirt with a round neck and blue and white checked pyjama pants with an elastic waist"
            " and a",
            "cut",
            hit_limit=True,
        ),
        details("night suit", "the t-shirt has a v-neck", "contradiction"),
        title="Sleep Mate Men Blue Checked Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: a man in charcoal thermal bottoms with ribbed ankle cuffs and a matching charcoal thermal top, white
    # backdrop. VQA adapter wrote every text.
    case(
        "X956-043",
        caption("a man in a grey long sleeve shirt and grey leggings"),
        BQ.garment_type("leggings"),
        BQ.color("grey"),
        wearing("a grey shirt and leggings"),
        describe("thermal bottoms", "grey leggings with ribbed cuffs at the ankle"),
        details("thermal bottoms", "the thermal bottoms have thermal bottoms details", "restated"),
        BQ.material("wool", "unsupported"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Lux Inferno Men Charcoal Thermal Bottoms",
        category="Thermal Bottoms",
        color="Charcoal",
        gender="Men",
    ),
    # photo: a boy in orange knit lounge shorts with a drawstring and a white t-shirt with a small blue print, white
    # backdrop. VQA adapter wrote every text.
    case(
        "X956-044",
        caption("a girl in a white shirt and orange shorts", "pronoun"),
        color_of("shorts", "white", "other_garment_color"),
        wearing("a white t-shirt with a print and orange shorts"),
        details(
            "shorts",
            "the shorts have an elastic waistband with a drawstring and the shorts have an elastic waistband with a",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("shorts"),
        describe("shorts", "orange shorts"),
        title="YK Boys Orange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Orange",
        gender="Boys",
    ),
    # photo: waist-to-thigh crop of a man in purple briefs with a black waistband lettered JOCKEY in white, white
    # backdrop, front view. VQA adapter wrote every text.
    case(
        "X956-045",
        caption(
            "a man in purple underwear with a black waistband that has the word jockey written on it in white letters,"
            " standing against a white background with his hands at his sides and his legs slightly apart and his",
            "cut",
            hit_limit=True,
        ),
        BQ.color("purple"),
        wearing("purple", "non_answer"),
        describe("briefs", "purple briefs with a black waistband"),
        details(
            "briefs",
            "the briefs have a black waistband with white letters and a contoured pouch and the leg openings have a"
            " soft",
            "cut",
            hit_limit=True,
        ),
        BQ.garment_type("trunks", "contradiction"),
        title="Jockey Men Purple Briefs 1010",
        category="Briefs",
        color="Purple",
        gender="Men",
    ),
    # photo: a man in a white half-sleeve round-neck vest (undershirt) and blue jeans, cropped at the hips, white
    # backdrop. VQA adapter wrote every text.
    case(
        "X956-046",
        caption("a man in a white t-shirt and blue jeans"),
        color_of("vest", "blue", "other_garment_color"),
        BQ.sleeve_length("short sleeve"),
        wearing("a white t-shirt"),
        describe(
            "vest",
            "the vest is white the vest is white the vest is white the vest is white the vest is white the vest",
            "loop",
            hit_limit=True,
        ),
        details("vest", "the vest has short sleeves and a round neck"),
        BQ.material("cotton"),
        title="Jockey Men White Half Sleeve Round Neck Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
]
