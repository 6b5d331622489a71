"""BLIND_1131 (46 products; Myntra men's jackets/blazers/coats, VQA adapter): written blind in the sixtieth session.
Measured blind at d18a88b (the session's sixth rules): 122/135 failures found (90.4%) and 3/185 correct texts flagged
(1.6%). The writer's notes, verbatim:

Scenario: a Myntra-like men's outerwear feed (article types Jackets, Blazers, Nehru Jackets, Rain Jacket, Coats):
bombers, denim and suede trucker jackets, puffers and gilets, windcheaters, trench coats, overcoats, pea coats,
formal, party and casual blazers. Every photo is a catalog shot of a male model (one unisex raincoat) wearing the
product over a shirt or t-shirt, with trousers, jeans or chinos; mostly a white backdrop, a few on a grey studio
wall; front view except where the comment says otherwise. The seller's columns follow Myntra's styles.csv habits
(brand + "Men" + colour + pattern + type in the title); four rows lack a column (gender, category or color).

Who wrote what: every text, captions included, comes from blip2-opt-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30 new tokens for answers and 50 for the caption, stopping on a newline.
Closed questions (garment type, color, pattern, sleeve length, "Is this a ...?", and the color-of-garment questions
unless marked open) are stored from enrich's --engine reference, so they are one candidate value and never loop or
stop short; their errors are wrong picks, very often the inner shirt's or the jeans' color, the shirt's pattern or
its sleeves. The adapter was trained without an end token and with the loss on the prompt, so its free text often
runs on: repeats a phrase until the limit, stops mid-phrase at 30 tokens, or writes the next "Question: ... Answer:"
of its training format on the same line. Its captions are weak (VQA-only training), sometimes just an answer in the
training format. It gives a jacket the color of the t-shirt or jeans under/with it, paints every garment one color,
invents hoods, fur, belts, logos and pocket squares, guesses materials, and now and then calls the model a woman.

Labeling conventions and judgement calls:
- The product is the outer garment (jacket, blazer, coat). An OPEN text (caption, wearing, describe, details,
  under) that gives the product the color of a garment worn with it is other_garment_color. A CLOSED answer that
  picks another garment's color (the shirt's, the jeans', the backdrop's) is labelled contradiction, as is a closed
  pattern or sleeve length that belongs to the inner shirt (checked shirt under a solid jacket, shirt sleeves under
  a sleeveless Nehru jacket or gilet), or a closed color given to the inner garment that is the jacket's.
- An open text that paints the inner garments in the product's (correct) color, "a grey jacket, grey shirt and grey
  pants", is contradiction (the product is right, the others are wrong).
- Colors are judged by the seller's color group: maroon/burgundy read as red, cream as white, peach as pink, khaki
  and tan as beige/brown, charcoal as grey, teal as blue, mustard as yellow; those are correct. Teal called green
  and peach called orange are contradictions.
- Materials: correct when the title names it (linen, velvet, suede, leather, denim, corduroy, tweed = wool, rain
  jacket = waterproof) or it is unmistakable in the photo (a shiny quilted puffer shell = nylon); otherwise a guessed
  material ("wool" for a plain overcoat, "cotton" for a windcheater) is unsupported.
- A detail not visible in the photo (a hood, fur, a belt, studs, a pocket square, a print on the unseen back, shoes
  below the crop) is unsupported, even when plausible for the style.
- Calling a shirt-jacket (overshirt) a "shirt" in the closed garment type is a contradiction of the seller's
  category; the caption saying "plaid shirt" for it is accepted as a correct description of what is seen.
- "vest" for a Nehru jacket or gilet and "suit" for a blazer worn with matching trousers are correct.
- A text that runs to the limit repeating a phrase is loop (hit_limit); one that stops mid-phrase without
  repeating is cut (hit_limit). A text with "Question:" or "Answer:" in it is leak, even when it also runs on.
- An empty answer, "yes"/"no", or one bare word (a color alone) to an open question is non_answer; a sentence that
  only turns the question back into a statement ("the details of the coat") is restated.
- Pronoun failures are only set on rows whose gender is Men; the row without a gender has none.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import Text, ask, caption, case, color_of, describe, details, is_a, wearing


def under(garment: str, text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """What the model says is worn under the outer garment (open)."""
    return Text("under", ask(f"What is the man wearing under the {garment}?"), "open", text, failure, hit_limit)


BLIND_1131 = [
    # photo: navy blue bomber jacket with navy ribbed collar, cuffs and hem, worn open over a plain white crew-neck
    # t-shirt, black jeans; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-001",
        caption("a man wearing a navy blue bomber jacket over a white t-shirt and black jeans"),
        wearing("a navy jacket and a white t-shirt", who="the man"),
        Q.garment_type("jacket"),
        color_of("jacket", "navy blue"),
        color_of("t-shirt", "white"),
        describe(
            "jacket",
            "a navy blue bomber jacket with a white bomber jacket with a white bomber jacket with a white bomber",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "a white collar and white cuffs", "other_garment_color"),
        under("jacket", "a white t-shirt"),
        title="Roadster Men Navy Blue Solid Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey single-breasted two-button blazer, notch lapels, over a light blue formal shirt (no tie),
    # grey trousers; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-002",
        caption("a man in a grey suit jacket and a light blue shirt"),
        wearing("a blue blazer and a blue shirt", "other_garment_color", who="the man"),
        color_of("blazer", "charcoal"),
        Q.pattern("solid"),
        details("blazer", "the details of the blazer are the details of the blazer", "restated"),
        is_a("blazer", "yes"),
        Q.material("wool", "unsupported"),
        title="Blackberrys Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black hooded padded (puffer) jacket, shiny quilted shell, zipped to the chin, no fur; blue jeans; white
    # backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-003",
        caption("a woman wearing a black puffer jacket with a hood and blue jeans", "pronoun"),
        wearing("a black jacket Question: what is the color of the pants? Answer: blue", "leak", who="the man"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.sleeve_length("long"),
        describe("jacket", "a black padded jacket with a hood and a fur trim on the hood", "unsupported"),
        details(
            "jacket",
            "a hood with a drawstring, a zip front, two zip "
            "pockets on the side and a quilted pattern on the front and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("nylon"),
        title="Fort Collins Men Black Solid Hooded Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue denim trucker jacket, open, over a black t-shirt with a large white skull print, black jeans;
    # white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-004",
        caption("a man wearing a denim jacket and a black t-shirt with a white skull print on it"),
        wearing("a black jacket and black jeans", "other_garment_color", who="the man"),
        color_of("jacket", "blue"),
        color_of("t-shirt", "black"),
        Q.material("denim"),
        Q.pattern("graphic", "contradiction"),
        details(
            "jacket",
            "buttons, buttons, buttons, buttons, buttons, "
            "buttons, buttons, buttons, buttons, buttons, buttons, buttons",
            "loop",
            hit_limit=True,
        ),
        title="Flying Machine Men Blue Solid Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green utility jacket, four flap pockets, zip and button placket, point collar, no hood, open over a
    # white t-shirt, beige chinos; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-005",
        caption("a man in an olive green jacket and a white t-shirt and khaki pants"),
        wearing("he is wearing a white jacket", "other_garment_color", who="the person"),
        Q.color("olive"),
        color_of("t-shirt", "olive", "contradiction"),
        describe("jacket", "a green jacket with a hood and a drawstring waist", "unsupported"),
        details("jacket", "the jacket has four flap pockets on the front, a zip and button closure and a collar"),
        is_a("coat", "no"),
        title="WROGN Men Olive Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: beige knee-length double-breasted trench coat with a belt, white shirt collar visible, navy trousers;
    # plain grey studio wall; front view. All texts: VQA adapter.
    case(
        "X1131-006",
        caption("a man in a beige trench coat with a belt standing in front of a grey wall"),
        wearing("a beige coat and a white shirt and blue pants", who="the man"),
        Q.garment_type("coat"),
        color_of("coat", "grey", "contradiction"),
        describe(
            "coat",
            "a beige trench coat with a belt and double breasted buttons and a belt and double breasted buttons and a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        details("coat", "the details of the coat", "restated"),
        title="Wills Lifestyle Men Beige Solid Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: dark brown leather biker jacket with an asymmetric zip, zipped cuffs, no belt, over a black crew-neck
    # t-shirt, dark blue jeans; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-007",
        caption("a man wearing a brown leather jacket and a black shirt"),
        wearing("she is wearing a brown leather jacket and jeans", "pronoun", who="the person"),
        color_of("jacket", "brown"),
        color_of("t-shirt", "brown", "contradiction"),
        Q.material("leather"),
        details(
            "jacket",
            "the jacket has a zipper on the front and a zipper on "
            "the sleeves and a zipper on the pockets and a zipper on",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Justanned Men Brown Solid Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: light grey blazer with a faint blue windowpane check, two buttons, no pocket square, over a white shirt
    # without a tie, navy chinos; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-008",
        caption("a man in a grey plaid blazer and white shirt"),
        wearing("a grey jacket, a grey shirt and grey pants", "contradiction", who="the man"),
        Q.pattern("checked"),
        color_of("shirt", "white"),
        describe("blazer", "blazer", "non_answer"),
        Q.garment_type("blazer"),
        details("blazer", "two buttons, a notch lapel and a pocket square", "unsupported"),
        title="Park Avenue Men Grey Checked Slim Fit Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: Puma windcheater, red body with black shoulder and sleeve panels, small white Puma cat logo on the chest,
    # stand collar, no hood, half zipped over a black t-shirt, black track pants; white backdrop. All: VQA adapter.
    case(
        "X1131-009",
        caption("a man in a red and black jacket and black pants"),
        wearing("a red jacket and black pants", who="the man"),
        Q.pattern("color block"),
        Q.color("red"),
        describe(
            "jacket",
            "a red and black jacket with a puma logo on the chest, a hood, and a zipper on the front and a drawstring",
            "unsupported",
        ),
        Q.material("cotton", "unsupported"),
        under("jacket", "a black t-shirt"),
        title="Puma Men Red & Black Colourblocked Windcheater",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: maroon velvet party blazer with black satin shawl lapel, one button, over a black shirt, black trousers;
    # white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-010",
        caption("a man in a maroon velvet blazer and black shirt posing for a picture"),
        wearing("a black blazer and a black shirt", "other_garment_color", who="the man"),
        color_of("blazer", "black", "contradiction"),
        Q.material("velvet"),
        details(
            "blazer",
            "the blazer has a black shawl collar and a single "
            "button closure and two flap pockets and a chest pocket and a",
            "cut",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        title="Hangup Men Maroon Velvet Slim Fit Party Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy blue sleeveless Nehru jacket with mandarin collar and five buttons over a white full-sleeve shirt,
    # beige trousers; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-011",
        caption("a man wearing a blue vest and white shirt"),
        wearing("a navy blue nehru jacket over a white shirt", who="the man"),
        Q.sleeve_length("long", "contradiction"),
        Q.garment_type("jacket"),
        color_of("jacket", "navy blue"),
        describe("jacket", "a sleeveless jacket with a mandarin collar and buttons on the front"),
        details("jacket", "Question: What are the jacket details? Answer: mandarin collar Question: What", "leak"),
        title="Manyavar Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: tan suede trucker jacket, plain collar (no shearling), open over a blue-and-white checked shirt, dark
    # jeans; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-012",
        caption("a man wearing a brown suede jacket over a blue and white checked shirt"),
        wearing("a blue jacket and a blue shirt", "other_garment_color", who="the man"),
        color_of("jacket", "tan"),
        Q.pattern("checked", "contradiction"),
        Q.material("suede"),
        color_of("shirt", "blue and white", kind="open"),
        describe("jacket", "a brown suede jacket with a sherpa collar", "unsupported"),
        title="Bareskin Men Tan Brown Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: black sleeveless quilted padded gilet, zipped, over a red full-sleeve t-shirt, grey joggers; white
    # backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-013",
        caption("a man in a black vest and a red long sleeve shirt"),
        wearing("a red jacket and black pants", "other_garment_color", who="the man"),
        Q.sleeve_length("sleeveless"),
        Q.color("red", "contradiction"),
        describe(
            "jacket",
            "a black puffer vest with a zipper and a black puffer vest with a zipper and a black puffer vest with a",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        under("jacket", "a red t-shirt"),
        details("jacket", "the jacket details are on the jacket", "restated"),
        title="HRX by Hrithik Roshan Men Black Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange hooded sweat jacket, half zipped, split kangaroo pockets, white drawstrings, over a navy
    # t-shirt, black track pants; white backdrop; front view only. All texts: VQA adapter.
    case(
        "X1131-014",
        caption("Question: what cloth is the person wearing? Answer: jacket/coat", "leak"),
        wearing("a grey hoodie and a blue t-shirt", who="the man"),
        Q.garment_type("jacket"),
        color_of("jacket", "grey"),
        describe(
            "jacket",
            "a grey hooded jacket with a zipper, kangaroo pockets "
            "and drawstrings, he is wearing a blue shirt underneath",
        ),
        is_a("sweatshirt", "no"),
        details("jacket", "the jacket has a logo print on the back", "unsupported"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sporty Jacket",
        category="Jackets",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy double-breasted blazer with gold buttons and a white pocket square, over a white shirt, no tie,
    # light grey trousers; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-015",
        caption("a man in a navy blue blazer with gold buttons and a white shirt and grey pants"),
        wearing("a white jacket and grey pants", "other_garment_color", who="the man"),
        color_of("blazer", "navy blue"),
        Q.pattern("solid"),
        details("blazer", "gold buttons"),
        describe("blazer", "a navy blue blazer with gold buttons and a red pocket square and a red tie", "unsupported"),
        color_of("shirt", "white"),
        title="Raymond Men Navy Blue Solid Double-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: camel brown knee-length single-breasted overcoat, notch lapels, three buttons, flap pockets, open over a
    # black t-shirt, black trousers; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-016",
        caption("a man in a brown coat and a black shirt and black pants in front of a white background"),
        wearing("a black coat and black pants", "other_garment_color", who="the man"),
        Q.garment_type("coat"),
        color_of("coat", "brown"),
        Q.material("wool", "unsupported"),
        describe("coat", "a long brown coat with notch lapels and two flap pockets"),
        details(
            "coat",
            "the coat has notch lapels, a single breasted button closure with three buttons, two flap pockets at the",
            "cut",
            hit_limit=True,
        ),
        under("coat", "no", "non_answer"),
        title="Mast & Harbour Men Camel Brown Solid Overcoat",
        category="Coats",
        color="Brown",
        gender="Men",
    ),
    # photo: teal blue quilted puffer jacket with a hood, open over a white t-shirt, blue jeans; white backdrop;
    # front view. All texts: VQA adapter.
    case(
        "X1131-017",
        caption("a man wearing a green puffer jacket and a white shirt", "contradiction"),
        wearing("she is wearing a blue jacket and a white t-shirt", "pronoun", who="the person"),
        color_of("jacket", "teal"),
        Q.pattern("solid"),
        details("jacket", "a hood and a zipper"),
        under(
            "jacket",
            "a white t-shirt and a white t-shirt and a white t-shirt and a white t-shirt and a white t-shirt and a",
            "loop",
            hit_limit=True,
        ),
        title="Fort Collins Men Teal Blue Solid Quilted Puffer Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: black wool tuxedo blazer with black satin peak lapels over a white dress shirt and black bow tie, black
    # trousers; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-018",
        caption("a man in a black tuxedo with a bow tie"),
        wearing("a black suit and a white shirt and a black tie", who="the man"),
        color_of("blazer", "white", "contradiction"),
        color_of("shirt", "white"),
        describe("blazer", "he is wearing a black tuxedo jacket with satin lapels and a bow tie"),
        is_a("blazer", "yes"),
        Q.material("velvet", "unsupported"),
        title="Louis Philippe Men Black Slim Fit Tuxedo Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: mustard yellow bomber jacket, mustard ribbed trims, zip sleeve pocket on the left arm, open over a black
    # t-shirt, black jeans, hands in pockets; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-019",
        caption(
            "a man wearing a mustard yellow bomber jacket with a zip front and ribbed cuffs over a black t-shirt and "
            "black jeans standing in front of a white background with his hands in his pockets and looking at the",
            "cut",
            hit_limit=True,
        ),
        wearing("yellow", "non_answer", who="the man"),
        color_of("jacket", "yellow"),
        color_of("t-shirt", "black"),
        describe("jacket", "a mustard bomber jacket with a zip front and ribbed cuffs"),
        details("jacket", "the jacket has a zipper on the front and a pocket on the left sleeve"),
        Q.material("leather", "unsupported"),
        title="Roadster Men Mustard Yellow Solid Bomber Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: light blue washed and distressed denim jacket, open over a white shirt buttoned to the collar, khaki
    # chinos; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-020",
        caption("a man wearing a white denim jacket and white shirt", "other_garment_color"),
        wearing("a denim jacket Question: what is the color of the shirt? Answer: white", "leak", who="the man"),
        Q.color("blue"),
        Q.material("denim"),
        details(
            "jacket",
            "distressed, distressed, distressed, distressed, "
            "distressed, distressed, distressed, distressed, distressed",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Highlander Men Blue Washed Distressed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green camouflage print bomber jacket, open over a black t-shirt, black jeans; white backdrop;
    # front view. All texts: VQA adapter.
    case(
        "X1131-021",
        caption("a man wearing a camouflage jacket and a black t-shirt"),
        wearing("a black jacket and a black t-shirt", "other_garment_color", who="the man"),
        Q.pattern("solid", "contradiction"),
        Q.color("green"),
        describe(
            "jacket",
            "a camouflage jacket with a camouflage print and a "
            "camouflage print and a camouflage print and a camouflage",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        details("jacket", "details on the jacket", "restated"),
        title="Roadster Men Olive Green Camouflage Print Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: navy blue rain jacket with a hood (down), zipped, two zip side pockets, small white Wildcraft logo, grey
    # t-shirt visible at the neck, black trousers; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-022",
        caption("a man in a blue rain jacket with a hood"),
        wearing("a blue jacket and black pants", who="the man"),
        Q.garment_type("jacket"),
        Q.material("waterproof fabric"),
        details(
            "jacket",
            "the jacket has a hood, a zipper and two pockets on "
            "the side. The jacket is made of a waterproof material and",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "grey", "contradiction"),
        describe("jacket", "yes", "non_answer"),
        title="Wildcraft Men Navy Blue Solid Rain Jacket",
        category="Rain Jacket",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige unstructured linen blazer, notch lapels, patch pockets, no elbow patches, over a light pink shirt,
    # white trousers; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-023",
        caption("a man in a beige blazer and pink shirt"),
        wearing("a pink jacket and a pink shirt", "other_garment_color", who="the man"),
        color_of("blazer", "beige"),
        color_of("shirt", "pink"),
        Q.material("linen"),
        describe("blazer", "she is wearing a beige blazer with a notch lapel and patch pockets", "pronoun"),
        Q.sleeve_length("long"),
        details("blazer", "a single button closure, patch pockets and a contrast elbow patch", "unsupported"),
        title="Blackberrys Men Beige Linen Slim Fit Casual Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: black Nike windcheater with a white swoosh on the chest and a hood, zipped halfway over a white t-shirt,
    # black track pants; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-024",
        caption(
            "a man wearing a black nike jacket with a white nike logo on the chest and a white nike logo on the chest "
            "and a white nike logo on the chest and a white nike logo",
            "loop",
            hit_limit=True,
        ),
        wearing("a black jacket with a hood", who="the man"),
        color_of("jacket", "black"),
        Q.garment_type("jacket"),
        details("jacket", "nike logo"),
        under("jacket", "white", "non_answer"),
        title="Nike Men Black Windrunner Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: cream textured casual blazer, two buttons, over a navy crew-neck t-shirt, blue jeans; white backdrop;
    # front view. All texts: VQA adapter.
    case(
        "X1131-025",
        caption("a man wearing a white blazer and a blue t-shirt"),
        wearing("she is wearing a white jacket and a blue shirt", "pronoun", who="the person"),
        color_of("blazer", "blue", "contradiction"),
        Q.pattern("solid"),
        describe("blazer", "a white blazer"),
        details("blazer", "the blazer has blazer details", "restated"),
        title="Mr Button Men Cream Textured Slim Fit Casual Blazer",
        category="Blazers",
        color="Cream",
        gender="Men",
    ),
    # photo: charcoal grey double-breasted pea coat, six black buttons, over a white shirt, grey trousers; plain grey
    # studio wall; front view. All texts: VQA adapter.
    case(
        "X1131-026",
        caption("a man in a grey double breasted coat standing in front of a grey wall"),
        wearing("a white coat", "other_garment_color", who="the man"),
        Q.garment_type("blazer", "contradiction"),
        color_of("coat", "charcoal"),
        describe("coat", "a grey coat with buttons Question: describe the shirt. Answer: white", "leak"),
        is_a("coat", "yes"),
        title="Highlander Men Charcoal Grey Double-Breasted Pea Coat",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy blue blazer with thin white pinstripes and matching trousers (a suit look), white shirt, navy tie
    # with white diagonal stripes; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-027",
        caption("a man in a navy blue pinstripe suit and a white shirt and tie"),
        wearing("a suit and tie Question: is this a blazer? Answer: yes", "leak", who="the man"),
        Q.pattern("striped"),
        color_of("blazer", "navy blue"),
        color_of("tie", "blue and white stripes", kind="open"),
        details(
            "blazer",
            "the blazer has a notch lapel, two buttons, a chest "
            "pocket and two flap pockets. He is wearing a white shirt",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Van Heusen Men Navy Blue Striped Slim Fit Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust corduroy trucker jacket, silver metal buttons, self collar (no shearling), open over a white
    # t-shirt, black jeans; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-028",
        caption("a man wearing an orange jacket and a white t-shirt"),
        wearing("a corduroy jacket and a white t-shirt", who="the man"),
        color_of("jacket", "black", "contradiction"),
        Q.material("corduroy"),
        describe("jacket", "a corduroy jacket with a shearling collar and a shearling lining", "unsupported"),
        color_of("t-shirt", "white"),
        details("jacket", "white buttons and a white collar", "other_garment_color"),
        title="Roadster Men Rust Solid Corduroy Trucker Jacket",
        category="Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: black denim jacket, open over a white t-shirt, grey jeans; white backdrop; front view. The feed row has
    # no gender. All texts: VQA adapter.
    case(
        "X1131-029",
        caption("a man wearing a black denim jacket and a white t-shirt"),
        wearing("a black jacket", who="the man"),
        Q.color("black"),
        Q.material("denim"),
        details(
            "jacket",
            "black, black, black, black, black, black, black, black, black, black, black, black, black, black, black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        under("jacket", "Question: What is the man wearing under the jacket? Answer: a white t-shirt", "leak"),
        title="Mufti Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: grey herringbone tweed blazer with brown suede elbow patches, over a blue chambray shirt, dark jeans;
    # white backdrop; three-quarter side view (one elbow visible). All texts: VQA adapter.
    case(
        "X1131-030",
        caption("a man in a grey tweed jacket with elbow patches and a blue shirt"),
        wearing("a blue blazer and a blue shirt", "other_garment_color", who="the man"),
        color_of("blazer", "blue", "contradiction"),
        describe("blazer", "a grey blazer with brown elbow patches"),
        Q.material("wool"),
        details(
            "blazer",
            "elbow patches and elbow patches and elbow patches "
            "and elbow patches and elbow patches and elbow patches and",
            "loop",
            hit_limit=True,
        ),
        under("blazer", "", "non_answer"),
        title="Arrow Men Grey Herringbone Tweed Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: bottle green bomber jacket with a bright orange lining showing at the open front, over a white t-shirt,
    # black jeans; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-031",
        caption("a woman in a green jacket with an orange lining and a white shirt", "pronoun"),
        wearing("an orange jacket and a white t-shirt", "contradiction", who="the man"),
        color_of("jacket", "green"),
        Q.pattern("solid"),
        describe(
            "jacket",
            "a green bomber jacket Question: describe the t-shirt Answer: a white t-shirt Question: describe the jeans",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        title="Campus Sutra Men Green Solid Bomber Jacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: varsity jacket, navy body, white sleeves, white chenille letter "B" on the left chest, open over a grey
    # t-shirt, blue jeans; white backdrop; front view only (back not shown). All texts: VQA adapter.
    case(
        "X1131-032",
        caption("a man wearing a blue and white baseball jacket with the letter b on it"),
        wearing(
            "a navy blue and white varsity jacket with a white letter b on the chest, a grey t-shirt underneath, blue",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.pattern("color block"),
        Q.sleeve_length("short", "contradiction"),
        describe("jacket", "a varsity jacket with the number 23 on the back", "unsupported"),
        details("jacket", "letter b"),
        title="Roadster Men Navy Blue & White Colourblocked Varsity Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: burgundy quilted jacket, no hood, zipped halfway over a white t-shirt, grey jeans; white backdrop;
    # front view. The feed row has no category. All texts: VQA adapter.
    case(
        "X1131-033",
        caption("Question: What is the color of the jacket? Answer: maroon", "leak"),
        wearing("a red jacket, a red shirt and red jeans", "contradiction", who="the man"),
        color_of("jacket", "maroon"),
        Q.pattern("solid"),
        details("jacket", "the jacket is quilted"),
        is_a("jacket", "yes"),
        describe("jacket", "a maroon quilted jacket with a detachable hood and a fur lining", "unsupported"),
        title="Monte Carlo Men Burgundy Solid Quilted Jacket",
        color="Burgundy",
        gender="Men",
    ),
    # photo: black genuine leather jacket, zip front open, no belt or studs, over a grey melange crew-neck t-shirt,
    # black jeans; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-034",
        caption("a man in a black leather jacket and grey shirt"),
        wearing("a leather jacket and a grey t-shirt and black jeans", who="the man"),
        Q.material("leather"),
        color_of("jacket", "black"),
        color_of("t-shirt", "black", "contradiction"),
        describe(
            "jacket",
            "a black leather jacket with a zipper and a belt at the waist and studs on the shoulders",
            "unsupported",
        ),
        under("jacket", "a t-shirt"),
        details("jacket", "the jacket has jacket details", "restated"),
        title="Teakwood Leathers Men Black Genuine Leather Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: khaki Harrington jacket with a red tartan lining visible at the open collar, over a navy polo t-shirt,
    # white chinos; photo cropped at mid-thigh (no shoes, no watch); white backdrop. All texts: VQA adapter.
    case(
        "X1131-035",
        caption("a man in a khaki jacket and a blue polo shirt"),
        wearing("a blue jacket and a blue polo shirt", "other_garment_color", who="the man"),
        Q.pattern("checked", "contradiction"),
        color_of("jacket", "beige"),
        describe(
            "jacket",
            "a khaki jacket with a red plaid lining and a navy "
            "blue polo shirt and white pants and white shoes and a watch",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        title="Celio Men Khaki Solid Harrington Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: royal blue casual blazer, two buttons, over a black crew-neck t-shirt, blue jeans; white backdrop; front
    # view. The feed row has no color. All texts: VQA adapter.
    case(
        "X1131-036",
        caption("a man in a blue blazer and black t-shirt"),
        wearing("a blue blazer and a black shirt", who="the man"),
        color_of("blazer", "blue"),
        Q.garment_type("t-shirt", "contradiction"),
        describe("blazer", "the blazer is blue"),
        details(
            "blazer",
            "Answer: two buttons Answer: two buttons Answer: two buttons Answer: two buttons Answer: two buttons",
            "leak",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Hangup Men Blue Solid Slim Fit Casual Blazer",
        category="Blazers",
        gender="Men",
    ),
    # photo: brown-and-white houndstooth blazer over a white shirt, brown trousers; white backdrop; front view. The
    # feed row has no category. All texts: VQA adapter.
    case(
        "X1131-037",
        caption("a woman wearing a brown checkered blazer and white shirt", "pronoun"),
        wearing("a brown jacket and a white shirt", who="the man"),
        Q.pattern("checked"),
        color_of("blazer", "brown"),
        describe(
            "blazer",
            "a brown and white checkered blazer with a white "
            "shirt and a white shirt and a white shirt and a white shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "brown", "contradiction"),
        title="Raymond Men Brown Houndstooth Slim Fit Blazer",
        color="Brown",
        gender="Men",
    ),
    # photo: white denim jacket with silver buttons, two flap chest pockets, two side pockets, open over a blue
    # t-shirt, beige chinos; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-038",
        caption("a man wearing a white jacket and blue shirt"),
        wearing("a blue jacket and a blue t-shirt", "other_garment_color", who="the man"),
        Q.color("white"),
        Q.material("denim"),
        details("jacket", "yes", "non_answer"),
        is_a("shirt", "yes", "contradiction"),
        describe(
            "jacket",
            "a white denim jacket with silver buttons, two chest pockets with button flaps, two side pockets and a",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men White Solid Denim Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: navy blue padded jacket with a detachable hood trimmed in grey faux fur, zipped, flap pockets at the
    # waist, white t-shirt collar visible, blue jeans; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-039",
        caption("a woman wearing a navy blue parka with a fur hood", "pronoun"),
        wearing("a white jacket with a fur hood", "other_garment_color", who="the man"),
        color_of("jacket", "navy blue"),
        Q.sleeve_length("long"),
        describe(
            "jacket",
            "a navy blue padded jacket with a fur trimmed hood, a zip front, two flap pockets at the waist and a",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "the hood is detachable"),
        Q.material("fur", "unsupported"),
        title="Duke Men Navy Blue Padded Jacket with Detachable Hood",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black ankle-length belted trench coat, open over a grey t-shirt, black trousers; grey gradient backdrop;
    # front view. All texts: VQA adapter.
    case(
        "X1131-040",
        caption("a man in a black trench coat standing in front of a grey background"),
        wearing("a grey coat and a grey t-shirt", "other_garment_color", who="the man"),
        Q.garment_type("coat"),
        color_of("coat", "black"),
        describe("coat", "a long black coat with a belt"),
        details(
            "coat",
            "the coat has a belt the coat has a belt the coat has a belt the coat has a belt the coat has a belt the",
            "loop",
            hit_limit=True,
        ),
        under("coat", "Answer: a grey t-shirt", "leak"),
        title="Dennis Lingo Men Black Solid Longline Trench Coat",
        category="Coats",
        color="Black",
        gender="Men",
    ),
    # photo: light grey formal blazer with matching trousers (a suit look), white shirt, navy blue tie; white
    # backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-041",
        caption("a man in a grey suit and a blue tie"),
        wearing("a grey suit, a white shirt and a blue tie", who="the man"),
        color_of("blazer", "grey"),
        color_of("tie", "navy blue"),
        Q.pattern("solid"),
        describe("blazer", "Describe the blazer. The blazer is a blazer", "restated"),
        is_a("blazer", "no", "contradiction"),
        details("blazer", "no", "non_answer"),
        title="Peter England Men Light Grey Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: peach casual blazer, notch lapels, over a white crew-neck t-shirt, blue jeans; white backdrop; front
    # view. All texts: VQA adapter.
    case(
        "X1131-042",
        caption("a man wearing a pink blazer and white t-shirt"),
        wearing("he is wearing a pink jacket", who="the person"),
        color_of("blazer", "orange", "contradiction"),
        color_of("t-shirt", "white"),
        describe(
            "blazer",
            "a pink blazer with a white t-shirt and a white shirt "
            "and a white shirt and a white shirt and a white shirt",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        details(
            "blazer",
            "Question: What are the blazer details? Answer: notch lapel Question: What is the color of the t-shirt?",
            "leak",
            hit_limit=True,
        ),
        title="Hangup Men Peach Solid Slim Fit Casual Blazer",
        category="Blazers",
        color="Peach",
        gender="Men",
    ),
    # photo: blue-and-white checked heavy flannel overshirt (shirt-jacket) with two flap chest pockets, open over a
    # white t-shirt, black jeans; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-043",
        caption("a man wearing a blue and white plaid shirt over a white t-shirt"),
        wearing("a plaid shirt and jeans", who="the man"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("checked"),
        color_of("jacket", "blue"),
        details("jacket", "two chest pockets with flaps and buttons"),
        under("jacket", "a white t-shirt"),
        describe("jacket", "describe the jacket: the jacket", "restated"),
        title="Roadster Men Blue & White Checked Overshirt Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: yellow hip-length hooded raincoat with snap buttons, over a black t-shirt, black pants, worn by a male
    # model; white backdrop; front view. Unisex row. All texts: VQA adapter.
    case(
        "X1131-044",
        caption("a man in a yellow raincoat with a hood"),
        wearing("a black raincoat", "other_garment_color", who="the man"),
        color_of("jacket", "yellow"),
        Q.material("rubber", "unsupported"),
        describe("jacket", "a yellow rain jacket with a hood and snap buttons"),
        details(
            "jacket",
            "the jacket is yellow and has a hood Question: What are the jacket details? Answer: the jacket is yellow",
            "leak",
            hit_limit=True,
        ),
        title="Zeel Unisex Yellow Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: coffee brown suede bomber jacket with brown ribbed collar, cuffs and hem, open over a cream t-shirt,
    # dark blue jeans; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-045",
        caption("a man in a brown jacket and a white t-shirt"),
        wearing("a white jacket and a white shirt", "other_garment_color", who="the man"),
        color_of("jacket", "brown"),
        Q.material("suede"),
        Q.pattern("solid"),
        describe("jacket", "a brown suede bomber jacket with ribbed cuffs and hem"),
        under("jacket", "a cream t-shirt"),
        details(
            "jacket",
            "the jacket has a zip front, ribbed cuffs, a ribbed hem, a ribbed collar, two side pockets and a",
            "cut",
            hit_limit=True,
        ),
        title="WROGN Men Coffee Brown Suede Bomber Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: dark forest green hooded parka with a drawstring waist and four front pockets, open over a red-and-black
    # buffalo check flannel shirt, blue jeans; white backdrop; front view. All texts: VQA adapter.
    case(
        "X1131-046",
        caption("a man wearing a green parka over a red and black plaid shirt"),
        wearing("a red jacket and a plaid shirt", "other_garment_color", who="the man"),
        Q.pattern("checked", "contradiction"),
        color_of("jacket", "green"),
        color_of("shirt", "red"),
        describe(
            "jacket",
            "a green parka with a hood, a drawstring waist and "
            "four front pockets, worn open over a red and black plaid",
            "cut",
            hit_limit=True,
        ),
        title="Wildcraft Men Green Solid Hooded Parka Jacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
]
