"""BLIND_681 (46 products; Myntra men's innerwear/nightwear, VQA adapter): written blind in the fifty-fourth session.
Measured blind at fa926b6 (the session's third rules): 94/117 failures found (80.3%) and 10/168 correct texts flagged
(6.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's innerwear, loungewear and nightwear: briefs, trunks, boxers, innerwear vests,
thermal tops, bottoms and sets, lounge pants, lounge shorts, lounge t-shirts, pyjamas, night suits and one bath robe.
Most photos are catalog shots on a white or light grey backdrop of a model cropped at the neck, often shirtless for
briefs and trunks, and wearing a second garment for everything else (a t-shirt over lounge pants, a kurta over
pyjamas, a vest over briefs, jeans under a thermal top). Packs are shown as flat lays of folded pieces, no person.

Who wrote what: every text comes from leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b. Open answers and captions are
its free greedy generation (30 new tokens for answers, 50 for captions; the caption is generated with an empty
prompt). The adapter was trained without an end token and on In-shop garment classes only, so it runs on: loops of
a color or a phrase, answers cut mid-sentence, continuations into a new `Question: ... Answer:` turn. It names
innerwear with In-shop words (tank top, shorts, leggings, pants) and gives a garment the color of the garment next to
it. Closed answers (garment_type, color, pattern, sleeve_length, is_a) come from enrich's `--engine reference`,
which ranks candidate values with the same adapter: they are one value each, never looped or cut, but can be wrong.
Short open answers are those where the model still emitted the newline that stops generation; the rest ran on.

Labeling conventions and judgement calls:
- Visual synonyms count as correct: "tank top" for an innerwear vest, "leggings" or "long underwear" for thermal
  bottoms, "long sleeve shirt" for a thermal top, "boxer briefs" or "underwear" for trunks, "boxer shorts" or
  "shorts" for woven boxers, "pants" or "pajamas" for lounge pants and pyjamas, khaki/tan for beige, red for maroon.
- "shorts" for briefs, "sweater" or "jacket" for a thermal top or robe, "jeans", "kurta", "t-shirt" or "shirt" for
  the product when that is the other garment in the photo: contradiction (the seller's category says otherwise).
- A closed color that is another garment's color (the t-shirt's grey for the lounge pants) or the waistband's color
  is labelled contradiction; the same mistake in an open answer or a caption is other_garment_color.
- is_a asks about the product: "yes" to "Is this a vest?" for briefs worn under a vest is a contradiction.
- For packs (seller color Multi or missing), a closed color naming one of the pack's colors is correct.
- Names of the non-product garment are not judged (a caption calling the trunks under a product vest "shorts").
- Material: generic "cotton" (or what the title says) is correct; a fiber the title contradicts or cannot support
  (satin for a "Pure Cotton" set, micro modal, merino wool, antibacterial finish) is unsupported.
- A wrong neckline, an invented pocket, belt, zip, fly or eye mask, or a person invented for a flat lay: unsupported.
- A one-word color or "no"/"none" to an open question is non_answer; an answer that only turns the question's words
  around ("the details of the vest are that it is a vest") is restated.
- A text with several faults gets the one most visible: a loop that ends in `Question:` is a leak when the turn
  format is there, a loop otherwise; a pronoun text is otherwise right. Loops, leaks that run on and cuts are marked
  hit_limit=True; a cut is a sentence stopped mid-phrase at the limit with no repetition.
- "she"/"her"/"woman's" for a Men row is pronoun; "he" for a flat lay with nobody in it is unsupported, not pronoun.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

WAIST = question("waistband", "What is written on the waistband?", "open")

BLIND_681 = [
    # photo: model cropped at the neck, shirtless, navy briefs with a grey waistband printed JOCKEY in white; white
    #   backdrop, front view. All texts by the VQA adapter; color closed by the reference engine.
    case(
        "X681-001",
        caption("a man in a navy blue brief with a grey waistband"),
        wearing("navy blue briefs", who="the man"),
        color_of("briefs", "navy blue"),
        WAIST("jockey"),
        details(
            "briefs",
            "the waistband is grey and the briefs are navy blue and the waistband is grey and the briefs are navy "
            "blue and the waistband is grey and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jockey Men Navy Blue Solid Cotton Briefs 1010",
        category="Briefs",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay of three folded briefs, black, grey melange and navy, white waistbands; no person, white
    #   backdrop. VQA adapter; closed answers by the reference engine.
    case(
        "X681-002",
        caption("a pair of black shorts", "contradiction"),
        Q.garment_type("briefs"),
        Q.color("black"),
        describe("briefs", "three briefs, one black, one grey and one navy, each with a white waistband"),
        Q.pattern("solid"),
        wearing("he is wearing a black brief", "unsupported"),
        title="Van Heusen Men Pack of 3 Solid Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: shirtless model, charcoal trunks with a red waistband printed XYXX in white; light grey backdrop.
    #   VQA adapter; color and is_a closed.
    case(
        "X681-003",
        caption("a man in grey boxer briefs with a red waistband"),
        color_of("trunks", "red", "contradiction"),
        details("trunks", "the waistband has the brand name xyxx printed in white letters"),
        Q.material("cotton and modal with a silver antibacterial finish", "unsupported"),
        is_a("pair of trunks", "yes"),
        wearing("charcoal grey trunks", who="the man"),
        title="XYXX Men Charcoal Grey Solid Trunks",
        category="Trunk",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a white ribbed sleeveless vest and mid-blue jeans, white backdrop, front view, head cropped.
    #   VQA adapter; open color question asked free; sleeve and pattern closed.
    case(
        "X681-004",
        caption("a man wearing a white tank top and blue jeans"),
        wearing("a white tank top and blue jeans", who="he"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "a white ribbed tank top with a round neck"),
        Q.pattern("striped", "contradiction"),
        title="Dollar Bigboss Men White Solid Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: model in a grey melange long-sleeve crew-neck thermal top and matching grey thermal bottoms, white
    #   backdrop, full body below the chin. VQA adapter; type, color, sleeves closed.
    case(
        "X681-005",
        caption("a man wearing a grey long sleeve shirt and grey leggings"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        details(
            "thermal top",
            "the thermal top has a round neck and long sleeves and ribbed cuffs and a round neck and long sleeves "
            "and ribbed cuffs and a round",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a grey thermal top and grey thermal pants", "pronoun", who="the man"),
        title="Jockey Men Grey Melange Thermal Top 2401",
        category="Thermal Tops",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a plain white crew-neck t-shirt over black thermal bottoms (ribbed ankle cuffs), white
    #   backdrop, full length. VQA adapter; garment type closed.
    case(
        "X681-006",
        caption("a man in a white t-shirt and white leggings", "other_garment_color"),
        color_of("thermal bottoms", "white", "other_garment_color", kind="open"),
        Q.garment_type("leggings"),
        Q.material("wool"),
        describe("thermal bottoms", "black leggings with an elastic waistband and ribbed ankle cuffs"),
        title="Lux Cottswool Men Black Thermal Bottoms",
        category="Thermal Bottoms",
        color="Black",
        gender="Men",
    ),
    # photo: model in a plain grey t-shirt (untucked, covering the waist) and navy-and-green checked flannel lounge
    #   pants, white backdrop, full length. VQA adapter; pattern and color closed.
    case(
        "X681-007",
        caption("a man wearing a grey t-shirt and plaid pajama pants"),
        color_of("lounge pants", "grey", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        describe(
            "lounge pants",
            "a pair of blue plaid pants with a drawstring waist and two side pockets and a back pocket",
            "unsupported",
        ),
        wearing("a grey t-shirt and blue plaid pants", who="the man"),
        Q.color("grey", "contradiction"),
        title="Marks & Spencer Men Navy Blue Checked Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a navy pyjama set, notch-collar button-front top with white piping and one piped chest pocket,
    #   navy pants; white backdrop, full length. VQA adapter; type and sleeves closed.
    case(
        "X681-008",
        caption("a man in a blue pajama set with white trim"),
        wearing(
            "a blue shirt and blue pants Question: What is the color of the shirt? Answer: blue",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        Q.garment_type("night suit"),
        details("pyjama set", "the top has a notched collar, white piping, a chest pocket and buttons down the front"),
        Q.sleeve_length("long sleeves"),
        Q.material("satin", "unsupported"),
        title="Marks & Spencer Men Navy Blue Pure Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white sleeveless vest and red-and-white checked woven boxers with a one-button fly, white
    #   backdrop. VQA adapter; pattern and is_a closed.
    case(
        "X681-009",
        caption("a man in a white tank top and red plaid boxer shorts"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        details("boxers", "the boxers have a button fly and an elastic waistband"),
        wearing(
            "he is wearing boxer shorts and a tank top and boxer shorts and a tank top and boxer shorts and a tank "
            "top and boxer",
            "loop",
            who="he",
            hit_limit=True,
        ),
        is_a("vest", "yes", "contradiction"),
        title="Jockey Men Red & White Checked Boxers 1223",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: model in a white t-shirt and olive green cotton lounge shorts with a white drawstring, side pockets
    #   and a small Jockey logo on the left leg; white backdrop. VQA adapter; color closed.
    case(
        "X681-010",
        caption("a man wearing a white t-shirt and green shorts"),
        Q.color("green"),
        color_of("shorts", "olive green", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        describe(
            "shorts",
            "a pair of olive green shorts with a white drawstring, two side pockets and a small jockey logo on the "
            "left leg near the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jockey Men Olive Green Solid Lounge Shorts SP26",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: two folded white sleeveless vests side by side, flat lay on white; no person. VQA adapter; closed
    #   type, color and sleeves by the reference engine.
    case(
        "X681-011",
        caption(
            "white tank top white tank top white tank top white tank top white tank top white tank top white tank top "
            "white tank top white tank top white tank top white tank top white tank top",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.color("white"),
        describe("vests", "two white sleeveless vests with a round neck"),
        wearing("white", "non_answer"),
        Q.sleeve_length("sleeveless"),
        title="Lux Venus Men Pack of 2 White Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: shirtless model in black trunks with a black waistband printed CALVIN KLEIN in white; white backdrop.
    #   VQA adapter; color closed.
    case(
        "X681-012",
        caption("a man in black underwear with calvin klein written on the waistband"),
        WAIST("calvin klein"),
        color_of("trunks", "black"),
        details(
            "trunks",
            "the waistband says calvin klein calvin klein calvin klein calvin klein calvin klein calvin klein calvin "
            "klein calvin",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing black underwear", "pronoun", who="the man"),
        Q.material("cotton stretch"),
        title="Calvin Klein Underwear Men Pack of 3 Black Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy long-sleeve crew-neck thermal top and matching navy thermal bottoms, white backdrop.
    #   VQA adapter; type and color closed.
    case(
        "X681-013",
        caption(
            "a man wearing a blue long sleeve shirt and blue pants and a blue long sleeve shirt and blue pants and a "
            "blue long sleeve shirt and blue pants and a blue long sleeve shirt and blue pants and a blue",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("thermal wear"),
        Q.color("navy blue"),
        describe(
            "thermal set",
            "a navy blue thermal top with long sleeves and a round neck and matching navy blue thermal pants",
        ),
        details("thermal set", "the details are the details of the thermal set", "restated"),
        Q.material("polyester fleece", "unsupported"),
        title="Dollar Thermocot Men Navy Blue Cotton Thermal Set",
        category="Thermal Set",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black crew-neck t-shirt and grey melange drawstring lounge pants with cuffed ankles, white
    #   backdrop, full length. VQA adapter; color and pattern closed.
    case(
        "X681-014",
        caption("a man wearing a black t-shirt and grey sweatpants"),
        wearing("black t-shirt and black pants", "other_garment_color", who="the man"),
        color_of("lounge pants", "black", "contradiction"),
        Q.pattern("solid"),
        describe("lounge pants", "grey joggers with a drawstring waist and cuffed ankles"),
        Q.material("cotton"),
        title="Ajile by Pantaloons Men Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a plain white cotton kurta to the knee over blue-and-white vertically striped pyjamas with a
    #   drawstring, white backdrop, full length. VQA adapter; pattern and type closed.
    case(
        "X681-015",
        caption("a man in a white kurta and blue striped pants"),
        color_of("pyjamas", "blue and white stripes", kind="open"),
        Q.pattern("striped"),
        Q.garment_type("kurta", "contradiction"),
        wearing("a white dress", "contradiction", who="the person"),
        details(
            "pyjamas",
            "the pyjamas have a drawstring waist, white stripes and blue stripes and white stripes and blue stripes "
            "and white stripes and blue",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Men Blue Striped Cotton Pyjamas",
        category="Pyjamas",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black racerback gym vest with a small white Jockey logo on the chest and grey track pants,
    #   white backdrop. VQA adapter; color and sleeves closed.
    case(
        "X681-016",
        caption("a man wearing a black tank top and grey pants"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "a black tank top with a racerback"),
        details(
            "vest",
            "the vest has a deep scoop neck, a racer back and a small jockey logo on the chest Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        title="Jockey Men Black Solid Racerback Vest US27",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: shirtless model in red briefs with a navy waistband printed U.S. POLO ASSN. in white; white backdrop.
    #   VQA adapter; color closed.
    case(
        "X681-017",
        caption("a man in red briefs with a blue waistband"),
        color_of("briefs", "navy blue", "contradiction"),
        wearing("red underwear", who="the man"),
        WAIST("us polo assn"),
        Q.material("cotton"),
        details("briefs", "red", "non_answer"),
        describe("briefs", "red briefs Question: Describe the waistband. Answer: blue with white letters", "leak"),
        title="U.S. Polo Assn. Men Red Solid Briefs I003",
        category="Briefs",
        color="Red",
        gender="Men",
    ),
    # photo: shirtless model in navy woven boxers with a small white anchor print, a one-button fly and a white
    #   waistband printed TOMMY HILFIGER in navy; white backdrop. VQA adapter; pattern and color closed.
    case(
        "X681-018",
        caption(
            "a man wearing a pair of navy blue boxer shorts with a white anchor print and an elastic waistband with "
            "tommy hilfiger written on it in blue letters standing against a white wall with his hands at his sides "
            "and his",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("navy blue"),
        describe("boxers", "a pair of navy blue boxers with white polka dots", "contradiction"),
        wearing("he is wearing a navy blue boxers with white anchors and a white t-shirt", "unsupported", who="he"),
        details("boxers", "the boxers have an elastic waistband with tommy hilfiger written on it and a button fly"),
        title="Tommy Hilfiger Men Navy Blue Printed Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a cream V-neck long-sleeve thermal top tucked into mid-blue jeans with a brown leather belt,
    #   white backdrop, head cropped. VQA adapter; color, type and sleeves closed.
    case(
        "X681-019",
        caption("a man wearing a white long sleeve shirt and blue jeans"),
        color_of("thermal top", "blue", "other_garment_color", kind="open"),
        Q.color("off white"),
        Q.garment_type("jeans", "contradiction"),
        Q.sleeve_length("long sleeves"),
        describe(
            "thermal top",
            "a cream long sleeve thermal top with a v neck, fitted cuffs and a ribbed hem that is tucked into blue "
            "jeans with a brown leather belt and",
            "cut",
            hit_limit=True,
        ),
        wearing("a cream thermal top and jeans", who="the man"),
        title="Van Heusen Men Off White Thermal Top",
        category="Thermal Tops",
        color="Off White",
        gender="Men",
    ),
    # photo: model in a grey short-sleeve t-shirt printed SLEEP MODE: ON in black and navy shorts, white backdrop.
    #   VQA adapter; pattern closed.
    case(
        "X681-020",
        caption("a man wearing a grey t-shirt that says sleep mode on and blue shorts"),
        Q.pattern("printed"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        wearing("a grey shirt and navy shorts", who="the man"),
        describe("t-shirt", "a grey t-shirt with the words sleep mode on on the front in black letters"),
        details(
            "night suit",
            "the t-shirt says sleep mode on sleep mode on sleep mode on sleep mode on sleep mode on sleep mode on",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Free Authority Men Grey & Navy Printed Night Suit",
        category="Night suits",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a white waffle-textured bath robe with a shawl collar, tied belt and two patch pockets, grey
    #   lounge pants below; white backdrop. VQA adapter; type and color closed.
    case(
        "X681-021",
        caption("a man wearing a white robe and grey pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white"),
        wearing(
            "a white bathrobe Question: What is the color of the bathrobe? Answer: white Question: What",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("robe", "the robe has a shawl collar, a tie belt and two patch pockets"),
        title="Spaces Men White Cotton Waffle Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Men",
    ),
    # photo: five folded briefs fanned out, red, navy, black, grey and sky blue; no person, white backdrop.
    #   VQA adapter; closed answers by the reference engine. Feed row has no color.
    case(
        "X681-022",
        caption("Question: What cloth is the person wearing? Answer: underwear", "leak"),
        Q.color("red"),
        Q.garment_type("shorts", "contradiction"),
        describe("briefs", "five pairs of briefs in red, blue, black, grey and light blue"),
        wearing("no", "non_answer", who="the person"),
        is_a("pair of briefs", "yes"),
        title="Jockey Men Pack of 5 Assorted Briefs",
        category="Briefs",
        gender="Men",
    ),
    # photo: shirtless model in grey trunks with a small navy geometric print and a navy waistband printed DAMENSCH
    #   in white; white backdrop. VQA adapter; pattern closed.
    case(
        "X681-023",
        caption("a man in grey and blue patterned boxer briefs"),
        Q.pattern("solid", "contradiction"),
        color_of("trunks", "grey with a blue print", kind="open"),
        details(
            "trunks",
            "the trunks have a navy blue waistband with damensch written in white, a small geometric print and a "
            "contoured pouch",
        ),
        wearing(
            "he is wearing a pair of grey boxer briefs with a blue geometric print and a navy waistband with white "
            "letters that say damensch on the",
            "cut",
            who="he",
            hit_limit=True,
        ),
        Q.material("micro modal", "unsupported"),
        title="DAMENSCH Men Grey Printed Trunks",
        category="Trunk",
        color="Grey",
        gender="Men",
    ),
    # photo: three sleeveless vests laid flat side by side, grey melange, navy and black; no person, white
    #   backdrop. VQA adapter; closed color and sleeves.
    case(
        "X681-024",
        caption("three tank tops in grey blue and black"),
        Q.color("grey"),
        describe("vests", "three sleeveless tank tops in grey, navy and black with a round neck"),
        wearing("the man is wearing what the man is wearing", "restated", who="the man"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("cotton"),
        title="Hanes Men Pack of 3 Assorted Vests",
        category="Innerwear Vests",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a maroon crew-neck short-sleeve lounge t-shirt with a small white logo on the chest (no
    #   pocket) and black lounge pants, white backdrop. VQA adapter; color and sleeves closed.
    case(
        "X681-025",
        caption("a man in a red t-shirt and black pants"),
        Q.color("maroon"),
        Q.sleeve_length("short sleeves"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "a maroon t-shirt with a round neck and a pocket on the chest", "unsupported"),
        wearing("she is wearing a maroon t-shirt and black pants", "pronoun", who="the man"),
        title="Jockey Men Maroon Solid Lounge T-shirt 2714",
        category="Lounge Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a grey melange thermal top worn over matching grey thermal bottoms (the top hangs over the
    #   waistband), white backdrop, front view. VQA adapter; color and type closed.
    case(
        "X681-026",
        caption(
            "a man wearing grey long underwear and a grey long sleeve shirt and grey long underwear and a grey long "
            "sleeve shirt and grey long underwear and a grey long sleeve shirt and grey long underwear and",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("leggings"),
        details("thermal bottoms", "the details of the thermal bottoms are the thermal bottoms", "restated"),
        describe(
            "thermal bottoms",
            "grey thermal pants with a wide elastic waistband with jockey written on it, a front fly and ribbed ankle "
            "cuffs",
            "unsupported",
        ),
        Q.material("cotton"),
        title="Jockey Men Grey Melange Thermal Bottoms 2420",
        category="Thermal Bottoms",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a red-and-black checked brushed-cotton pyjama set, collared button-front top with a chest
    #   pocket, matching pants, no belt; white backdrop. VQA adapter; pattern and color closed.
    case(
        "X681-027",
        caption("a man in red and black plaid pajamas"),
        Q.pattern("checked"),
        Q.color("red"),
        wearing(
            "red and black plaid pajamas and red and black plaid pajamas and red and black plaid pajamas and red and "
            "black plaid",
            "loop",
            who="he",
            hit_limit=True,
        ),
        details("pyjama set", "the top has a collar, buttons and a chest pocket"),
        Q.material("flannel"),
        describe("pyjama set", "a red and black plaid shirt and pants with a black belt", "unsupported"),
        title="Marks & Spencer Men Red & Black Checked Brushed Cotton Pyjama Set",
        category="Night suits",
        color="Red",
        gender="Men",
    ),
    # photo: model in white briefs with a white waistband printed JOCKEY in black, wearing an unbuttoned light blue
    #   denim shirt over them; white backdrop. VQA adapter; color and type closed.
    case(
        "X681-028",
        caption("a man in white underwear and a blue shirt"),
        color_of("briefs", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.garment_type("shirt", "contradiction"),
        wearing("white briefs and an open blue denim shirt", who="the man"),
        WAIST("jockey"),
        details("briefs", "the briefs details are the details of the briefs", "restated"),
        title="Jockey Men White Solid Briefs 8037",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: model in a plain white t-shirt and black joggers with an all-over small white star print, drawstring
    #   waist and cuffed ankles; white backdrop. VQA adapter; pattern and color closed.
    case(
        "X681-029",
        caption("a man wearing a white t-shirt and black pants with white stars"),
        Q.pattern("printed"),
        color_of("lounge pants", "white", "other_garment_color", kind="open"),
        wearing("a white t-shirt and black star print joggers", who="the man"),
        details(
            "lounge pants",
            "the pants have white stars, a drawstring waist, side pockets and cuffed ankles and white stars, a "
            "drawstring waist, side pockets and",
            "loop",
            hit_limit=True,
        ),
        Q.color("white", "contradiction"),
        title="Bewakoof Men Black Printed Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: shirtless model in olive trunks with a black waistband printed MACROMAN in olive letters; white
    #   backdrop. VQA adapter; color closed.
    case(
        "X681-030",
        caption("a man in green underwear with a black waistband"),
        color_of("trunks", "black", "contradiction"),
        wearing("olive green trunks with a black waistband", who="the man"),
        WAIST("macroman"),
        details(
            "trunks",
            "the trunks are olive green with a black elastic waistband that has the word macroman printed in green "
            "letters on the front and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        title="Macroman M-Series Men Olive Green Solid Cotton Trunks M1012",
        category="Trunk",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a plain black t-shirt and blue-and-green checked lounge shorts, white backdrop. VQA adapter;
    #   pattern and type closed.
    case(
        "X681-031",
        caption("a man in a black shirt and blue plaid shorts"),
        Q.pattern("checked"),
        wearing("a black t-shirt and blue checked shorts", who="the man"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        describe("shorts", "shorts", "non_answer"),
        Q.garment_type("shorts"),
        title="U.S. Polo Assn. Men Blue & Green Checked Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a skin-coloured sleeveless round-neck vest tucked into dark grey trunks with a black
    #   waistband; white backdrop. VQA adapter; color, sleeves and is_a closed.
    case(
        "X681-032",
        caption("a man wearing a beige tank top and grey shorts"),
        Q.color("beige"),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "yes"),
        details(
            "vest", "the vest has a round neck and is made of 100% combed cotton with a tagless label", "unsupported"
        ),
        wearing(
            "he is wearing a skin colored vest with a round neck and a pair of dark grey trunks with a black "
            "waistband and the vest is tucked into the",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Jockey Men Skin-Coloured Solid Innerwear Vest 8820",
        category="Innerwear Vests",
        color="Skin",
        gender="Men",
    ),
    # photo: model in a black V-neck long-sleeve thermal top (no zip) and black thermal bottoms, light grey
    #   backdrop. VQA adapter; color and sleeves closed.
    case(
        "X681-033",
        caption("a man in a black long sleeve shirt and black pants"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        wearing(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe("thermal top", "a black thermal top with a v neck and a zip at the collar", "unsupported"),
        Q.material("cotton"),
        title="Lux Inferno Men Black V-Neck Thermal Top",
        category="Thermal Tops",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white short-sleeve crew-neck t-shirt and navy pyjama pants with a small white print, white
    #   backdrop, full length. VQA adapter; sleeves and pattern closed.
    case(
        "X681-034",
        caption("a man wearing a white t-shirt and blue pajama pants"),
        color_of("pyjama pants", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("printed"),
        wearing("a white t-shirt and navy printed pyjamas", who="the man"),
        details(
            "night suit",
            "the t-shirt has a round neck and short sleeves and the pants have a drawstring and a print of small white",
            "cut",
            hit_limit=True,
        ),
        title="Ajile by Pantaloons Men White & Navy Printed Night Suit",
        category="Night suits",
        color="White",
        gender="Men",
    ),
    # photo: two folded trunks, one black and one navy, each with a grey waistband printed JOCKEY; no person,
    #   white backdrop. VQA adapter; type and color closed.
    case(
        "X681-035",
        caption("two pairs of boxer briefs one black and one blue"),
        Q.garment_type("trunks"),
        Q.color("black"),
        describe("trunks", "a black pair and a navy pair of trunks with grey waistbands"),
        wearing("the man is wearing black trunks and a grey t-shirt", "unsupported", who="the man"),
        WAIST("Question: What is written on the waistband? Answer: jockey", "leak"),
        title="Jockey Men Pack of 2 Trunks 1015",
        category="Trunk",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a navy blue crew-neck t-shirt and beige cotton-linen drawstring lounge pants, white backdrop.
    #   VQA adapter; color closed, the pants' color also asked free.
    case(
        "X681-036",
        caption("a man in a blue shirt and blue pants", "other_garment_color"),
        Q.color("navy blue", "contradiction"),
        color_of("lounge pants", "khaki", kind="open"),
        Q.material("linen"),
        describe("lounge pants", "a pair of beige pants with a drawstring"),
        wearing("a navy t-shirt and beige drawstring pants", who="the man"),
        title="Fabindia Men Beige Cotton Linen Lounge Pants",
        category="Lounge Pants",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a white sleeveless vest and grey melange briefs with a black waistband printed HANES in
    #   white; white backdrop. VQA adapter; color and is_a closed.
    case(
        "X681-037",
        caption("a man in a white tank top and grey underwear"),
        wearing("a white tank top and white briefs", "other_garment_color", who="the man"),
        Q.color("grey"),
        details("briefs", "the briefs have a black waistband with hanes written in white"),
        is_a("vest", "yes", "contradiction"),
        Q.material("cotton"),
        describe("briefs", "she is wearing grey melange briefs with a black waistband", "pronoun"),
        title="Hanes Men Grey Melange Solid Briefs",
        category="Briefs",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a maroon long-sleeve thermal top and matching maroon thermal bottoms, white backdrop.
    #   VQA adapter; color and sleeves closed.
    case(
        "X681-038",
        caption("a man wearing a red long sleeve shirt and red pants"),
        Q.color("purple", "contradiction"),
        describe("thermal set", "a maroon thermal top and bottom"),
        details(
            "thermal set",
            "Question: What are the thermal set details? Answer: the top has long sleeves and the bottom has",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a maroon thermal set", who="he"),
        Q.sleeve_length("long sleeves"),
        title="Dollar Ultra Men Maroon Thermal Set",
        category="Thermal Set",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a navy t-shirt ending above the waist and grey melange lounge shorts with navy side piping,
    #   elastic waist and drawstring; white backdrop. VQA adapter; color closed.
    case(
        "X681-039",
        caption("a man in a blue t-shirt and grey shorts"),
        Q.color("grey"),
        color_of("shorts", "navy blue", "other_garment_color", kind="open"),
        details(
            "shorts", "the shorts have navy blue piping along the sides and an elastic waistband with a drawstring"
        ),
        wearing("blue", "non_answer", who="the man"),
        describe(
            "shorts",
            "the shorts are grey melange shorts with navy blue piping and navy blue piping and navy blue piping and "
            "navy blue piping and",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Men Grey Melange Lounge Shorts 9426",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a navy muscle vest with deep armholes and JOCKEY printed in white on the chest, black shorts;
    #   white backdrop. VQA adapter; pattern and color closed.
    case(
        "X681-040",
        caption(
            "a man in a tank top Question: What is the color of the tank top? Answer: navy blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("black", "contradiction"),
        wearing("a navy blue tank top and black shorts", who="the man"),
        describe("vest", "a navy blue sleeveless tank top with deep armholes and jockey printed in white on the chest"),
        details("vest", "the details of the vest are that it is a vest", "restated"),
        title="Jockey Men Navy Blue Printed Gym Vest",
        category="Innerwear Vests",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a plain black t-shirt and grey-and-white checked pyjamas with a drawstring and side pockets,
    #   no fly; white backdrop. VQA adapter; pattern and type closed.
    case(
        "X681-041",
        caption("a man in a black t-shirt and grey checkered pants"),
        color_of("pyjamas", "black", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        Q.garment_type("t-shirt", "contradiction"),
        wearing("she is wearing a black t-shirt and grey check pants", "pronoun", who="the man"),
        describe(
            "pyjamas",
            "grey and white checked pyjama pants with a drawstring waist and two side pockets and a button fly",
            "unsupported",
        ),
        title="Marks & Spencer Men Grey Checked Pyjamas",
        category="Pyjamas",
        color="Grey",
        gender="Men",
    ),
    # photo: shirtless model in blue briefs with a small yellow pineapple print and a yellow waistband; white
    #   backdrop. VQA adapter; color and pattern closed.
    case(
        "X681-042",
        caption("a man in blue underwear with yellow pineapples"),
        Q.color("yellow", "contradiction"),
        Q.pattern("printed"),
        details("briefs", "the briefs have a yellow waistband and a pineapple print"),
        wearing(
            "a pair of blue briefs with yellow pineapples on them and a yellow waistband and blue briefs with yellow "
            "pineapples on them and a yellow",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe(
            "briefs",
            "a pair of blue low rise briefs covered in small yellow pineapples with a yellow elastic waistband and a "
            "contoured pouch at the",
            "cut",
            hit_limit=True,
        ),
        title="Bummer Men Blue Printed Briefs",
        category="Briefs",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a navy-and-white horizontally striped long-sleeve lounge t-shirt and grey lounge pants, hands
    #   in the pants' pockets; white backdrop. VQA adapter; pattern and sleeves closed.
    case(
        "X681-043",
        caption("a man wearing a blue and white striped shirt and grey pants"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves", "contradiction"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        describe("t-shirt", "a navy and white striped long sleeve t-shirt with a round neck"),
        wearing("a striped long sleeve shirt and grey lounge pants with his hands in the pockets", who="the man"),
        details(
            "t-shirt",
            "the t-shirt has navy and white stripes Answer: navy and white Question: What is the color of the pants? "
            "Answer: grey",
            "leak",
            hit_limit=True,
        ),
        title="Jack & Jones Men Navy Blue Striped Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a charcoal crew-neck long-sleeve thermal top and black lounge pants, white backdrop.
    #   VQA adapter; color and is_a closed.
    case(
        "X681-044",
        caption("a man in a dark grey long sleeve shirt and black pants"),
        Q.color("charcoal"),
        color_of("thermal top", "black", "other_garment_color", kind="open"),
        describe(
            "thermal top",
            "a charcoal grey thermal top with long sleeves and a round neck that is made for winter and keeps you "
            "warm in the cold weather and",
            "cut",
            hit_limit=True,
        ),
        Q.material("merino wool", "unsupported"),
        is_a("sweater", "yes", "contradiction"),
        title="Marks & Spencer Men Charcoal Thermal Top",
        category="Thermal Tops",
        color="Charcoal",
        gender="Men",
    ),
    # photo: three folded woven boxers, blue checks, green checks and red checks; no person, white backdrop.
    #   VQA adapter; pattern and type closed. Feed row has no color.
    case(
        "X681-045",
        caption("a woman's plaid shorts on a white background", "pronoun"),
        Q.pattern("checked"),
        Q.garment_type("shorts"),
        describe("boxers", "three pairs of checked boxers in blue, green and red"),
        details("boxers", "none", "non_answer"),
        wearing("he is wearing a pair of blue plaid boxer shorts and a white t-shirt", "unsupported", who="the man"),
        title="Jockey Men Pack of 3 Assorted Checked Boxers",
        category="Boxers",
        gender="Men",
    ),
    # photo: model in a blue long-sleeve raglan t-shirt with grey sleeves printed SWEET DREAMS in white and grey
    #   melange pyjama pants; no eye mask; white backdrop. VQA adapter; color and sleeves closed.
    case(
        "X681-046",
        caption("a man wearing a blue and grey shirt and grey pants"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves"),
        wearing("a blue t-shirt with sweet dreams on it and grey pyjamas", who="the person"),
        describe(
            "night suit",
            "a blue and grey night suit with a t-shirt and pants and a matching eye mask",
            "unsupported",
        ),
        details("night suit", "the details of the night suit", "restated"),
        Q.material("cotton"),
        title="Sweet Dreams Men Blue & Grey Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
]
