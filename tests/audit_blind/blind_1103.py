"""BLIND_1103 (46 products; Myntra men's kurtas, sets, Nehru jackets, zero-shot): written blind in the sixtieth session.
Measured blind at 7cfc313 (the session's first rules): 115/133 failures found (86.5%) and 8/186 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's ethnic wear: straight, pathani, short and printed kurtas (article type Kurtas),
kurta pyjama / churidar / dhoti sets (Kurta Sets) and Nehru jackets (Nehru Jackets). Studio catalog photos, mostly a
white or light grey backdrop, one model standing front or three-quarter view, usually in the full outfit: a jacket is
shot over a kurta or a shirt, a kurta over a pyjama, churidar or jeans, sometimes a stole, a garland or sunglasses.

Who wrote what: every caption and open answer is the untuned base model Salesforce/blip2-opt-2.7b (8-bit, greedy,
zero-shot, no adapter), 50 new tokens for captions and 30 for answers, stopping on the newline. Its habits: short
answers, often one word; it calls a kurta a shirt or a dress and a Nehru jacket a vest; it reads the color of the
biggest or brightest garment in the frame (the white pyjama, the kurta under the jacket) and gives it to the garment
asked about, or gives one color to two garments; it says "a woman"/"she" for slim men in long kurtas; now and then it
continues the "Question: ... Answer:" format, echoes the question, or repeats a phrase until the token limit. Closed
answers (garment type, color, pattern, sleeve length, the color of a named garment, "Is this a ...?") come from
enrich's --engine reference ranking candidate values with the same base model: always one clean value, never a loop.

Labeling conventions and judgement calls:
- Correctness is judged against the photo as described in the "# photo:" comment; where the seller's color is off
  (a "Brown" kurta that is rust), a text that matches the photo is correct.
- The product is the article the row sells: the jacket for Nehru Jackets, the kurta for Kurtas, and for Kurta Sets
  the kurta (its color is the row's color). A product color question answered with another worn garment's color is
  other_garment_color; giving a non-product garment (pyjama, churidar, jeans) the product's or a wrong color is
  contradiction (one color for two garments), as is a wrong closed value (pattern, sleeves, type, yes/no).
- A Nehru jacket called a vest, or cream/off-white called white, rust called orange, teal called blue, is correct.
  A kurta called a shirt or a dress (caption or closed type) is contradiction; the kurta under a jacket called a
  shirt is not the product and is left correct.
- For a Multi or two-color product a color that is really in the print, or named in the title, is correct.
- "Long sleeves" for a sleeveless Nehru jacket (the kurta's sleeves) is contradiction, not other_garment_color.
- Material: correct only when the title names the fabric; a fabric the title and photo do not support is
  unsupported. Invented details (embroidery, zips, brooches, hoods, pockets that are not there) are unsupported.
- A one-word, "yes", "none" or bare-garment answer to an open question is non_answer; a text that gives the
  question's own words back ("the kurta is a kurta", the question itself) is restated.
- "a woman"/"she"/"her" for a Men row is pronoun, even when the text also says "dress"; one label per text, the
  most salient: a leaked "Question:"/"Answer:" is leak whatever else it says, a repeating text is loop, a text that
  stops mid-phrase at the limit without repeating is cut.
- hit_limit is set on loops and cuts that ran to the token limit and on one leak that filled its 30 tokens.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_1103 = [
    # photo: man in a white solid cotton straight kurta, mandarin collar, white churidar, brown juttis; white backdrop,
    # front view. Caption and open answers: base model zero-shot; closed: reference engine.
    case(
        "X1103-001",
        caption("a man in a white kurta and white pants standing in front of a white wall"),
        wearing("a white kurta and churidar"),
        color("white"),
        garment_type("kurta"),
        material("cotton"),
        details("kurta", "it has a mandarin collar and a button placket"),
        describe("kurta", "the kurta is a kurta", "restated"),
        title="Fabindia Men White Solid Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: maroon silk-blend kurta with mandarin collar and gold buttons, white pyjama, black mojaris; light grey
    # backdrop, front view. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X1103-002",
        caption("a man in a maroon kurta and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        wearing("a maroon kurta and white pyjama"),
        describe("kurta", "the kurta is long and has gold buttons"),
        color_of("pyjama", "maroon", "contradiction", kind="open"),
        pattern("solid"),
        sleeves("long sleeves"),
        title="Jompers Men Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: sleeveless navy blue self-design Nehru jacket (chest welt pocket, two waist pockets) over a cream kurta
    # and cream pyjama; white backdrop, front view. Base model: caption, open answers; reference engine: closed.
    case(
        "X1103-003",
        caption("a man wearing a blue vest and a white kurta"),
        color_of("nehru jacket", "cream", "other_garment_color"),
        is_a("nehru jacket", "yes"),
        wearing("a blue jacket over a white kurta"),
        sleeves("long sleeves", "contradiction"),
        details("jacket", "it has a pocket on the chest and buttons down the front"),
        describe("jacket", "she is wearing a blue jacket", "pronoun"),
        title="See Designs Men Navy Blue Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard yellow straight kurta with a small white floral block print, round neck with a short placket,
    # worn with blue jeans; white backdrop, front. Base model wrote caption/open texts; reference engine closed ones.
    case(
        "X1103-004",
        caption("a man in a yellow shirt and blue jeans", "contradiction"),
        color("yellow"),
        pattern("floral"),
        color_of("jeans", "blue", kind="open"),
        describe("kurta", "yellow", "non_answer"),
        details("kurta", "the kurta has a floral print and a round neck"),
        garment_type("shirt", "contradiction"),
        title="Sojanya Men Mustard Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: cream kurta with white chikankari threadwork on the yoke and cuffs, cream pyjama; beige backdrop, front.
    # Caption and open answers from the base model; closed answers from the reference engine.
    case(
        "X1103-005",
        caption("a man in a white kurta pajama standing in front of a wall"),
        wearing("white kurta pajama"),
        pattern("embroidered"),
        material("silk", "unsupported"),
        details("kurta", "embroidery on the neck and the chest"),
        is_a("kurta", "yes"),
        garment_type("dress", "contradiction"),
        describe(
            "kurta",
            "the kurta is cream with white embroidery on the yoke, the neckline, the placket, the cuffs, the hem and"
            " the side slits, and the pyjama is cream with a drawstring at the",
            "cut",
            hit_limit=True,
        ),
        title="Manyavar Men Cream Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: black Nehru jacket with a gold woven paisley brocade, gold buttons, over a white kurta and white churidar;
    # white backdrop, front. Base model: caption and open answers; reference engine: closed answers.
    case(
        "X1103-006",
        caption("a man wearing a black and gold jacket"),
        color("white", "other_garment_color"),
        pattern("paisley"),
        wearing("a black jacket and white pants"),
        describe(
            "jacket",
            "a black jacket with gold buttons and a gold buttons and a gold buttons and a gold buttons and a gold"
            " buttons and a gold",
            "loop",
            hit_limit=True,
        ),
        material("velvet", "unsupported"),
        title="Manyavar Men Black Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: indigo kurta with small white dabu-printed motifs, long sleeves, white pyjama; white backdrop,
    # three-quarter view. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X1103-007",
        caption("a man wearing a blue printed kurta"),
        color_of("kurta", "blue"),
        color_of("pants", "blue", "contradiction", kind="open"),
        wearing("a blue kurta and white pyjamas"),
        material("cotton"),
        pattern("printed"),
        sleeves("long sleeves"),
        describe("kurta", "the kurta is white with blue flowers", "other_garment_color"),
        title="Fabindia Men Indigo Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: pale pink solid straight kurta, mandarin collar, white churidar, tan sandals; white backdrop, front view.
    # Caption and open answers: base model; closed answers: reference engine.
    case(
        "X1103-008",
        caption("a woman in a pink dress and white pants", "pronoun"),
        wearing("he is wearing a pink kurta and white pants"),
        color("pink"),
        garment_type("kurta"),
        describe("kurta", "Question: Describe the kurta. Answer: pink kurta", "leak"),
        details("kurta", "it has a mandarin collar"),
        title="Vastramay Men Pink Solid Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: olive green solid kurta with side-seam pockets (hands in them), white churidar; white backdrop, front.
    # Base model wrote the caption and open answers; the reference engine the closed ones.
    case(
        "X1103-009",
        caption("a man in a green kurta and white churidar"),
        color("green"),
        color_of("churidar", "green", "contradiction", kind="open"),
        wearing("green", "non_answer"),
        details("kurta", "pockets on both sides"),
        sleeves("long sleeves"),
        describe("kurta", "the kurta is white", "other_garment_color"),
        title="Sojanya Men Olive Green Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: beige solid Nehru jacket (five buttons, two welt pockets) over a light blue shirt, navy chinos; white
    # backdrop, front view. Base model: caption and open answers; reference engine: closed.
    case(
        "X1103-010",
        caption("a man wearing a beige vest and a blue shirt"),
        color("blue", "other_garment_color"),
        is_a("nehru jacket", "no", "contradiction"),
        wearing("a vest and a shirt"),
        material("linen", "unsupported"),
        details("jacket", "five buttons and two pockets"),
        describe("jacket", "the jacket is a jacket", "restated"),
        title="Hangup Men Beige Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: white straight kurta with thin black vertical pinstripes, black trousers, black loafers; white backdrop,
    # front view. Caption and open answers from the base model; closed from the reference engine.
    case(
        "X1103-011",
        caption("a man in a white striped kurta and black pants"),
        pattern("striped"),
        color("black", "contradiction"),
        describe("kurta", "the kurta is white with black stripes and it is long"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        wearing(
            "a man wearing a white kurta with black stripes and black pants and a black pants and a black pants and a"
            " black",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Men White & Black Striped Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: royal blue solid silk kurta, mandarin collar, gold buttons, white churidar; white backdrop, front.
    # Base model wrote the caption and open answers; reference engine the closed answers.
    case(
        "X1103-012",
        caption("a man in a blue kurta with gold buttons"),
        material("silk"),
        color("blue"),
        details("kurta", "gold buttons on the front and a mandarin collar"),
        describe("kurta", "it is a long blue kurta with gold buttons and embroidery on the sleeves", "unsupported"),
        color_of("churidar", "white", kind="open"),
        pattern("embroidered", "contradiction"),
        wearing("he is wearing a white kurta and a white churidar", "other_garment_color"),
        title="Manyavar Men Blue Solid Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon solid Nehru jacket over a black kurta and black pyjama; light grey backdrop, front view.
    # Base model: caption and open answers; reference engine: closed answers.
    case(
        "X1103-013",
        caption("a man in a maroon vest and black shirt"),
        color_of("nehru jacket", "maroon"),
        wearing("black", "non_answer"),
        sleeves("sleeveless"),
        describe("jacket", "the jacket is black", "other_garment_color"),
        is_a("nehru jacket", "yes"),
        material("cotton", "unsupported"),
        title="Majestic Man Men Maroon Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: peach pathani kurta with a shirt collar and two chest flap pockets, peach salwar, brown sandals; white
    # backdrop, front view. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X1103-014",
        caption("a man in a pink shirt and pants", "contradiction"),
        color("pink"),
        garment_type("kurta"),
        details("kurta", "two pockets on the chest and a collar"),
        wearing("he is wearing a peach kurta and salwar"),
        material("wool", "unsupported"),
        color_of("salwar", "white", "contradiction", kind="open"),
        title="House of Pataudi Men Peach-Coloured Solid Pathani Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: black solid kurta, white pyjama, white sneakers; white backdrop, front view.
    # Caption and open answers: base model; closed: reference engine.
    case(
        "X1103-015",
        caption("a man in a black kurta and white pants"),
        color("white", "other_garment_color"),
        color_of("pyjama", "white", kind="open"),
        wearing("black kurta and white pyjama"),
        describe("kurta", "she is wearing a black kurta with a white pyjama", "pronoun"),
        sleeves("long sleeves"),
        details("kurta", "the kurta has details on it", "restated"),
        title="Mohanlal Sons Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: straight kurta with a red, blue and white ikat print, worn with blue jeans; white backdrop, front.
    # Base model: caption and open answers; reference engine: closed answers.
    case(
        "X1103-016",
        caption("a man wearing a red and blue printed kurta and jeans"),
        pattern("printed"),
        color("red"),
        describe("kurta", "a red kurta with a blue and white pattern"),
        details("kurta", "Question: What are the kurta details? Answer: the kurta has a", "leak"),
        material("cotton", "unsupported"),
        wearing("clothes", "non_answer"),
        title="KISAH Men Multicoloured Ikat Printed Straight Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
    # photo: grey Nehru jacket with a subtle check, over a white shirt, blue jeans; white backdrop, front view.
    # Base model wrote caption and open answers; reference engine the closed answers.
    case(
        "X1103-017",
        caption("a man wearing a grey vest and jeans"),
        pattern("solid", "contradiction"),
        color("grey"),
        wearing("a grey vest, a white shirt and blue jeans"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        details(
            "jacket",
            "the jacket has a mandarin collar, four buttons, a chest pocket, two side pockets and a lining in the back"
            " with a small logo on the inside of the",
            "cut",
            hit_limit=True,
        ),
        title="Ethnix by Raymond Men Grey Checked Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: bottle green kurta with gold foil-printed leaves, cream pyjama; white backdrop, front view.
    # Caption and open answers: base model; closed answers: reference engine.
    case(
        "X1103-018",
        caption("a man in a green and gold kurta"),
        color_of("kurta", "green"),
        pattern("printed"),
        is_a("kurta", "yes"),
        describe("kurta", "the kurta is green"),
        details("kurta", "the kurta has a zipper on the back", "unsupported"),
        wearing("a green kurta and cream pants"),
        color_of("pyjama", "green", "contradiction", kind="open"),
        title="Vastramay Men Green Printed Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: three-piece set: white kurta and white pyjama with a mustard Nehru jacket (wooden buttons) over them;
    # white backdrop, front. Base model: caption and open answers; reference engine: closed answers.
    case(
        "X1103-019",
        caption("a man wearing a yellow vest and white kurta"),
        color("yellow"),
        garment_type("kurta"),
        wearing("yellow", "non_answer"),
        details("jacket", "the jacket has gold buttons", "unsupported"),
        sleeves("long sleeves"),
        material("silk", "unsupported"),
        title="Jompers Men White & Yellow Kurta Pyjama with Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: navy blue solid short kurta with half sleeves, beige chinos, white sneakers; white backdrop, front.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X1103-020",
        caption("a man in a blue shirt and khaki pants", "contradiction"),
        sleeves("short sleeves"),
        color("navy blue"),
        color_of("pants", "navy blue", "contradiction", kind="open"),
        wearing("she is wearing a blue kurta and beige pants", "pronoun"),
        describe("kurta", "a kurta", "non_answer"),
        title="Highlander Men Navy Blue Solid Short Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white jacquard self-design Nehru jacket over a maroon kurta and white churidar; white backdrop,
    # front view. Base model: caption and open answers; reference engine: closed answers.
    case(
        "X1103-021",
        caption("a man in a white jacket and a red kurta"),
        color_of("nehru jacket", "maroon", "other_garment_color"),
        wearing("he is wearing a white vest over a maroon kurta"),
        describe("jacket", "it is a white jacket with a red kurta and a white churidar"),
        material("cotton", "unsupported"),
        is_a("nehru jacket", "yes"),
        color_of("kurta", "white", "contradiction", kind="open"),
        title="Manyavar Men Off-White Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Off White",
        gender="Men",
    ),
    # photo: white kurta with white chikankari flowers on the front and sleeves, white pyjama; white backdrop, front.
    # Feed row lacks the color column. Caption and open answers: base model; closed: reference engine.
    case(
        "X1103-022",
        caption("a man in a white kurta with embroidery"),
        color("white"),
        pattern("embroidered"),
        details("kurta", "embroidered flowers on the front and the sleeves"),
        describe("kurta", "white", "non_answer"),
        wearing("white kurta and white pajamas"),
        material("Question: What material is the garment made of? Answer: cotton Question: What", "leak"),
        title="Ada Men White Chikankari Embroidered Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: saffron orange solid kurta with round neck and side slits, white dhoti pants; white backdrop, front.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X1103-023",
        caption("a man in an orange kurta and white dhoti"),
        color("orange"),
        color_of("dhoti", "orange", "contradiction", kind="open"),
        wearing("orange kurta and white pants"),
        details(
            "kurta",
            "the kurta has a round neck and a slit on the side and a slit on the side and a slit on the side and a slit"
            " on the side and a",
            "loop",
            hit_limit=True,
        ),
        garment_type("kurta"),
        describe("kurta", "he is wearing a kurta", "restated"),
        title="Sojanya Men Orange Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
        gender="Men",
    ),
    # photo: sleeveless teal Nehru jacket with a small white paisley print over a white kurta and white pyjama; white
    # backdrop, front. Base model: caption and open answers; reference engine: closed answers.
    case(
        "X1103-024",
        caption("a man wearing a blue printed vest over a white kurta"),
        color("white", "other_garment_color"),
        pattern("paisley"),
        wearing("a blue jacket and a white kurta"),
        describe("jacket", "he is wearing a blue jacket with a paisley print"),
        sleeves("long sleeves", "contradiction"),
        details("jacket", "yes", "non_answer"),
        title="Hangup Men Teal Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: rust orange solid kurta (the seller calls it Brown), mandarin collar, off-white pyjama; white backdrop,
    # front view. Caption and open answers: base model; closed: reference engine.
    case(
        "X1103-025",
        caption("a man in an orange kurta and white pants"),
        color("orange"),
        wearing("an orange kurta and white pants"),
        describe("kurta", "it is a long orange kurta with a mandarin collar and buttons down the front"),
        details("kurta", "the kurta is made of silk and has a gold thread work on the collar", "unsupported"),
        material("cotton", "unsupported"),
        color_of("pyjama", "orange", "contradiction", kind="open"),
        title="Mohanlal Sons Men Brown Solid Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: lavender solid kurta with lavender mandarin collar, white pyjama; white backdrop, front view.
    # Base model wrote caption and open answers; reference engine the closed answers.
    case(
        "X1103-026",
        caption("a man in a purple kurta and white pants"),
        color("purple"),
        color_of("pyjama", "white", kind="open"),
        wearing("a purple kurta"),
        describe("kurta", "Describe the kurta.", "restated"),
        is_a("kurta", "yes"),
        sleeves("long sleeves"),
        details("kurta", "the kurta has a white collar", "other_garment_color"),
        material("rayon", "unsupported"),
        title="Vastramay Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: mustard solid Nehru jacket over a black kurta and black pyjama, hands at his sides; white backdrop,
    # front. Base model: caption and open answers; reference engine: closed answers.
    case(
        "X1103-027",
        caption(
            "a man wearing a yellow vest over a black kurta and black pants standing in front of a white wall with his"
            " hands in his pockets and looking at the camera with a smile on his face and a watch on his left wrist and"
            " a ring on his",
            "cut",
            hit_limit=True,
        ),
        color("black", "other_garment_color"),
        wearing("a yellow jacket and a black kurta"),
        describe("jacket", "a yellow jacket with a pocket square and a brooch on the lapel", "unsupported"),
        is_a("nehru jacket", "yes"),
        material("polyester", "unsupported"),
        title="Shvaas by Vastramay Men Mustard Yellow Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: sky blue straight kurta with white thread embroidery on the placket, white churidar; white backdrop,
    # model looking sideways. Caption and open answers: base model; closed: reference engine.
    case(
        "X1103-028",
        caption("a man wearing a light blue kurta and white pants"),
        color("blue"),
        pattern("embroidered"),
        details("kurta", "embroidery on the placket"),
        describe("kurta", "the kurta is white", "other_garment_color"),
        wearing("she is wearing a blue kurta", "pronoun"),
        color_of("churidar", "white", kind="open"),
        title="Anouk Men Blue Embroidered Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: bright yellow solid kurta, white pyjama, an orange marigold garland around his neck; white backdrop,
    # front. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X1103-029",
        caption("a man in a yellow kurta with a garland of flowers"),
        color("yellow"),
        wearing("yellow kurta and white pants and a garland"),
        describe("kurta", "a yellow kurta with a floral print", "unsupported"),
        pattern("floral", "contradiction"),
        details("kurta", "yellow", "non_answer"),
        title="Jompers Men Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: black solid Nehru jacket buttoned over a white shirt, blue jeans, one hand in the jeans pocket; white
    # backdrop, front. Base model: caption and open answers; reference engine: closed answers.
    case(
        "X1103-030",
        caption("a man in a black vest and jeans"),
        color("black"),
        sleeves("sleeveless"),
        color_of("jeans", "blue", kind="open"),
        wearing("a black vest, white shirt and blue jeans"),
        details("jacket", "none", "non_answer"),
        describe("jacket", "she is wearing a black vest", "pronoun"),
        title="Peter England Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange cotton kurta with a band collar, black pyjama; white backdrop, front view.
    # Caption and open answers: base model; closed: reference engine.
    case(
        "X1103-031",
        caption("a man in a grey kurta and black pants"),
        color("black", "other_garment_color"),
        material("cotton"),
        describe("kurta", "a grey kurta with black pants"),
        wearing("a grey kurta and black pyjamas. Question: What is the color of the pyjamas? Answer: black", "leak"),
        is_a("kurta", "no", "contradiction"),
        title="Fabindia Men Grey Solid Cotton Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: red kurta with tonal woven self-design and gold buttons, cream churidar, a cream stole over one shoulder;
    # white backdrop, front. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X1103-032",
        caption("a man in a red kurta and a white scarf"),
        color("red"),
        color_of("churidar", "cream", kind="open"),
        wearing("a red kurta"),
        details("kurta", "the kurta has a gold embroidery on the collar and the cuffs and the hem", "unsupported"),
        describe("kurta", "he is wearing a red kurta with a cream stole"),
        color_of("kurta", "cream", "other_garment_color"),
        material("silk", "unsupported"),
        title="Manyavar Men Red Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: sleeveless navy Nehru jacket with a small white dot print over a light pink kurta and white pyjama; white
    # backdrop, front. Feed row lacks gender. Base model: caption and open answers; reference engine: closed.
    case(
        "X1103-033",
        caption("a man in a blue polka dot vest and pink kurta"),
        color_of("nehru jacket", "pink", "other_garment_color"),
        pattern("polka dots"),
        wearing("a woman wearing a blue jacket and a pink dress", "pronoun"),
        describe("jacket", "a blue jacket with white dots"),
        sleeves("sleeveless"),
        title="Hangup Men Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # photo: beige linen straight kurta with one chest pocket, white pyjama, brown kolhapuris; white backdrop, front.
    # Caption and open answers: base model; closed: reference engine.
    case(
        "X1103-034",
        caption("a man in a beige kurta and white pants"),
        color("beige"),
        material("linen"),
        color_of("pants", "beige", "contradiction", kind="open"),
        details(
            "kurta",
            "it has a pocket on the chest and a pocket on the chest and a pocket on the chest and a pocket on the chest"
            " and",
            "loop",
            hit_limit=True,
        ),
        garment_type("kurta"),
        describe("kurta", "the kurta is white", "other_garment_color"),
        title="Fabindia Men Beige Linen Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: sea green kurta with a white floral print, white pyjama; light grey backdrop, front view.
    # Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X1103-035",
        caption("a man in a green floral kurta"),
        color("green"),
        pattern("floral"),
        describe("kurta", "the kurta", "non_answer"),
        wearing("a white kurta with a white pajama", "other_garment_color"),
        details(
            "kurta",
            "the details of the kurta are the details of the kurta and the details of the kurta and the details of",
            "loop",
            hit_limit=True,
        ),
        title="Sojanya Men Sea Green Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: coffee brown solid Nehru jacket with mandarin collar over a beige kurta and beige pyjama; white backdrop,
    # front. Base model: caption and open answers; reference engine: closed answers.
    case(
        "X1103-036",
        caption("a man in a brown jacket and beige kurta"),
        color("brown"),
        color_of("kurta", "brown", "contradiction", kind="open"),
        is_a("nehru jacket", "yes"),
        material("wool", "unsupported"),
        describe(
            "jacket",
            "a brown jacket with a mandarin collar Question: What is the color of the kurta? Answer: beige",
            "leak",
        ),
        wearing("a brown jacket and a brown kurta", "contradiction"),
        title="Majestic Man Men Coffee Brown Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: black straight kurta with a small white geometric print, long sleeves, white churidar; white backdrop,
    # front. Caption and open answers: base model; closed: reference engine.
    case(
        "X1103-037",
        caption("a man in a black and white printed kurta"),
        color("black"),
        pattern("printed"),
        wearing("he wears a black kurta with white prints and white pants"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: The kurta is black with white prints. Question: Describe the pants."
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        sleeves("short sleeves", "contradiction"),
        color_of("churidar", "black", "contradiction", kind="open"),
        title="Hangup Men Black Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: turquoise blue solid kurta with mandarin collar and hidden placket, cream churidar; white backdrop,
    # front. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X1103-038",
        caption("a woman in a blue dress", "pronoun"),
        color("blue"),
        wearing("a blue kurta and white churidar"),
        color_of("churidar", "blue", "contradiction", kind="open"),
        details("kurta", "the kurta has a mandarin collar and a hidden placket"),
        garment_type("dress", "contradiction"),
        title="Ethnix by Raymond Men Turquoise Blue Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: white solid Nehru jacket over a navy blue kurta and white pyjama; white backdrop, front view.
    # Base model: caption and open answers; reference engine: closed answers.
    case(
        "X1103-039",
        caption("a man in a white jacket and a blue kurta"),
        color("white"),
        describe("jacket", "the jacket is navy blue", "other_garment_color"),
        wearing("a white vest and a blue kurta and white pants"),
        details("jacket", "what are the jacket details?", "restated"),
        sleeves("sleeveless"),
        is_a("nehru jacket", "yes"),
        color_of("nehru jacket", "navy blue", "other_garment_color"),
        title="See Designs Men White Solid Nehru Jacket",
        category="Nehru Jackets",
        color="White",
        gender="Men",
    ),
    # photo: magenta straight kurta with a gold foil print, white pyjama; white backdrop, front view.
    # Caption and open answers: base model; closed: reference engine.
    case(
        "X1103-040",
        caption("a man in a pink kurta"),
        color("purple", "contradiction"),
        pattern("printed"),
        describe("kurta", "a pink kurta with gold print and white pyjama"),
        details(
            "kurta",
            "the collar, the sleeves, the hem, the collar, the sleeves, the hem, the collar, the sleeves, the hem, the"
            " collar",
            "loop",
            hit_limit=True,
        ),
        material("she is wearing a silk kurta", "pronoun"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        title="Sojanya Men Magenta Printed Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Men",
    ),
    # photo: off-white solid kurta and off-white churidar, a red stole draped over both shoulders; white backdrop,
    # front. Feed row lacks gender. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X1103-041",
        caption("a man in a white kurta with a red scarf"),
        color("red", "other_garment_color"),
        wearing("white kurta, white churidar and a red stole"),
        describe("kurta", "the kurta is white and has a red stole"),
        is_a("kurta", "yes"),
        pattern("solid"),
        color_of("churidar", "red", "contradiction", kind="open"),
        details("kurta", "a pocket on the chest with a pen", "unsupported"),
        title="Manyavar Men Off-White Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
    ),
    # photo: olive green solid Nehru jacket over a white kurta and white pyjama; white backdrop, front view.
    # Base model: caption and open answers; reference engine: closed answers.
    case(
        "X1103-042",
        caption("a man wearing a green vest and white kurta pajama"),
        color("green"),
        wearing("green", "non_answer"),
        details(
            "jacket", "it has a pocket on the chest and a pocket square and a red rose on the pocket", "unsupported"
        ),
        pattern("solid"),
        color_of("kurta", "green", "contradiction", kind="open"),
        title="Ethnix by Raymond Men Olive Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: navy blue solid kurta with an asymmetric hem, white pyjama; white backdrop, three-quarter view.
    # Caption and open answers: base model; closed: reference engine.
    case(
        "X1103-043",
        caption("a man in a blue kurta with an asymmetric hem"),
        color("navy blue"),
        describe("kurta", "a navy blue kurta with an asymmetric hem and white pants"),
        wearing(
            "he is wearing a blue kurta and white pajamas and a white pajamas and a white pajamas and a white pajamas"
            " and a white",
            "loop",
            hit_limit=True,
        ),
        garment_type("kurta"),
        details("kurta", "the kurta has a hood", "unsupported"),
        material("denim", "unsupported"),
        title="Hangup Men Navy Blue Solid Asymmetric Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle green velvet kurta with a high collar and gold buttons, cream churidar, brown mojaris; white
    # backdrop, front. Base model wrote caption and open answers; reference engine the closed ones.
    case(
        "X1103-044",
        caption("a man in a green velvet kurta and white pants"),
        material("velvet"),
        color("green"),
        color_of("churidar", "green", "contradiction", kind="open"),
        details("kurta", "gold buttons and a high collar"),
        describe("kurta", "green kurta Answer: green kurta", "leak"),
        wearing("a cream kurta and churidar", "other_garment_color"),
        title="House of Pataudi Men Green Velvet Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: sleeveless grey jacquard Nehru jacket (grey and silver woven motif) over a black kurta and black churidar;
    # white backdrop, front. Base model: caption and open answers; reference engine: closed answers.
    case(
        "X1103-045",
        caption("a man in a grey jacket and black kurta"),
        color("grey"),
        color_of("kurta", "black", kind="open"),
        describe("jacket", "the jacket is black and has a mandarin collar", "other_garment_color"),
        sleeves("long sleeves", "contradiction"),
        wearing("grey jacket and black kurta pajama"),
        details(
            "jacket",
            "the jacket has a mandarin collar, five buttons, two pockets on the front and one on the chest, a woven"
            " pattern in grey and silver thread and a",
            "cut",
            hit_limit=True,
        ),
        title="Jompers Men Grey Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: cream solid kurta, blue jeans, sunglasses held in his right hand; white backdrop, front view.
    # Caption and open answers: base model; closed: reference engine.
    case(
        "X1103-046",
        caption("a man in a white kurta and blue jeans holding sunglasses"),
        color("cream"),
        wearing("a cream kurta and jeans"),
        describe("kurta", "the kurta is blue", "other_garment_color"),
        details("kurta", "the kurta has sunglasses", "unsupported"),
        is_a("kurta", "yes"),
        color_of("jeans", "cream", "contradiction", kind="open"),
        title="KISAH Men Cream-Coloured Solid Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
]
