"""BLIND_810 (46 products; Myntra men's kurtas, kurta pyjama sets and Nehru jackets, base BLIP-2 zero-shot): written
blind in the fifty-fifth session. Measured blind at 7bf5cc7 (the session's final rules): 110/140 failures found (78.6%)
and 10/205 correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: a Myntra-like men's ethnic-wear feed. Categories are Kurtas, Kurta Sets and Nehru Jackets. The photos are
catalog shots on a white or light studio backdrop (a few show a grey wall, a wooden chair or a stool). Every model
wears more than the product: a kurta over a churidar, pyjama, jeans or trousers, and a Nehru jacket over a kurta of
another color. Sets with a jacket or stole have a second color in the frame.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b with no adapter (zero-shot). Greedy
decoding, 30 new tokens for answers and 50 for the caption. Captions and open answers are free generation. Closed
answers (garment type, color, pattern, sleeve length, neckline, the color_of questions stored closed, and "Is this
a ...?") come from enrich's --engine reference, which picks one candidate, so they never loop or stop short. The base
model answers briefly and usually stops on the newline. Its habits: a kurta called a "shirt", the pyjama's, jeans'
or inner kurta's color given for the product, "she" or "a woman" for a man in a long kurta, invented buttons,
pockets, embroidery and fabrics, an occasional one-word answer to an open question. Now and then it runs on: it
repeats one phrase to the token limit, writes a long sentence that the limit cuts, or continues the
"Question: ... Answer:" format.

Labeling conventions and judgement calls:
- For a Kurta Set, the seller's color is the kurta's color. A color answer that gives the pyjama's, churidar's,
  stole's or jacket's color is other_garment_color. For a Nehru jacket, giving the color of the kurta under it is
  also other_garment_color.
- Shades and synonyms in the same color group count as correct: cream or off white for white, maroon for red,
  indigo for navy blue, gold for a gold-toned kurta, light blue for sky blue, pink for peach or magenta.
- A color that nothing garment-like in the photo has is a contradiction. So is the backdrop wall's color given for
  the kurta. A plainly wrong garment type, sleeve length, neckline or pattern is a contradiction too, and so is
  "no" to "Is this a kurta?" for a kurta.
- A bare "shirt" for a knee-length kurta is a contradiction with the seller's category. "Shirt" for a hip-length
  short kurta is a fair description and is correct. "Long shirt" would also be correct.
- "Vest" for a sleeveless Nehru jacket is correct, because it is a waistcoat. "Kurta" as the garment type of a
  Nehru-jacket product is a contradiction: the model named the garment under the product.
- "Solid" for a tone-on-tone self-design or jacquard kurta whose title says self-design is a contradiction.
- Material: a fabric that the title names, or that the photo plainly shows (sheen for silk, matte weave for
  cotton), is correct. A fabric the title does not name and the photo does not show (polyester, wool, satin,
  velvet on a matte kurta, "100% cotton") is unsupported. Denim given for the kurta because the jeans are denim is
  unsupported.
- Invented parts are unsupported: buttons of the wrong kind or count, pockets, embroidery or a brooch that is not
  there.
- A one-word answer to an open question (a bare color for "What is the person wearing?" or "Describe the garment.")
  is non_answer, and so is "it is a kurta" for "Describe the kurta.". An answer that only rephrases the question
  ("the kurta details are the kurta details", "the material of the garment is fabric") is restated.
- "She", "her" or "a woman" for a product whose gender is Men is pronoun, even where the rest is right.
- A text that repeats a phrase to the token limit is a loop. One sentence that stops mid-phrase at the limit is
  cut, even if it has a small invention inside. A text that goes on with "Question:" or "Answer:" is a leak, even
  when the answer before it is right.
- Each failing text gets one label, the one that best explains why it fails.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
neckline = question("neckline", "What type of neckline does the garment have?", "closed")

BLIND_810 = [
    # photo: navy blue straight kurta, mandarin collar, full sleeves, white churidar, white backdrop, front view; base
    # model wrote every text
    case(
        "X810-001",
        caption("a man wearing a navy blue kurta and white pants"),
        wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        details("kurta", "the kurta has a mandarin collar and buttons on the front"),
        title="Fabindia Men Navy Blue Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream kurta with tone-on-tone woven self-design motifs, cream pyjama, cream self-covered buttons, brown
    # mojaris, no pocket, white backdrop; base model wrote every text
    case(
        "X810-002",
        caption("a man in a white kurta and white pajamas"),
        wearing("kurta pajama"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.material("silk"),
        describe("garment", "a long white kurta with a long white pajama"),
        details("kurta", "the kurta has gold buttons and a pocket", "unsupported"),
        is_a("kurta", "yes"),
        title="Manyavar Men Cream Self-Design Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon kurta with small golden-yellow floral block prints, mandarin collar, no pocket, full sleeves, matte
    # cotton, beige trousers, white backdrop; base model wrote every text
    case(
        "X810-003",
        caption("a man in a red kurta with a floral print"),
        wearing("a red shirt", "contradiction"),
        Q.color("maroon"),
        Q.pattern("floral"),
        color_of("pants", "maroon", "other_garment_color"),
        details("kurta", "gold flowers on the kurta"),
        describe("kurta", "the kurta is maroon with gold flowers and a chest pocket", "unsupported"),
        Q.material("silk", "unsupported"),
        title="Jompers Men Maroon Floral Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard kurta with a self-colored mandarin collar, full sleeves, white pyjama, front view, white backdrop;
    # base model wrote every text
    case(
        "X810-004",
        caption("a man in a yellow kurta and white pants"),
        wearing("yellow kurta and white pajamas"),
        Q.color("white", "other_garment_color"),
        color_of("pyjama", "white"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("kurta", "the kurta is yellow with a white collar", "unsupported"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "yellow kurta yellow kurta yellow kurta yellow kurta yellow kurta yellow kurta yellow kurta"
            " yellow kurta yellow kurta yellow kurta",
            "loop",
            hit_limit=True,
        ),
        title="Vastramay Men Mustard Yellow Kurta with White Pyjama",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: off-white kurta with white chikankari embroidery on the front panel, white pyjama, three-quarter side pose,
    # white backdrop; base model wrote every text
    case(
        "X810-005",
        caption("a man in a white kurta with embroidery"),
        wearing("he is wearing a white kurta"),
        Q.pattern("embroidered"),
        Q.color("off white"),
        details("kurta", "embroidery on the sleeves and the hem", "unsupported"),
        Q.material("linen", "unsupported"),
        describe(
            "garment",
            "a white kurta with white embroidery and a white kurta with white embroidery and a white kurta with"
            " white embroidery and a",
            "loop",
            hit_limit=True,
        ),
        title="See Designs Men Off White Chikankari Embroidered Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: navy blue brocade Nehru jacket with navy fabric-covered buttons, worn over a white kurta and white
    # churidar, white backdrop; base model wrote every text
    case(
        "X810-006",
        caption("a man wearing a white kurta and a blue vest"),
        wearing("a white kurta and a blue jacket"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        color_of("jacket", "blue"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid", "contradiction"),
        describe("jacket", "blue", "non_answer"),
        details("jacket", "the jacket has gold buttons", "unsupported"),
        title="Manyavar Men Navy Blue Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle green kurta with a white paisley print, mandarin collar, white pyjama, white backdrop; base model
    # wrote every text
    case(
        "X810-007",
        caption("a man in a green and white kurta"),
        wearing("a green dress", "contradiction"),
        Q.color("green"),
        Q.pattern("printed"),
        neckline("mandarin collar"),
        Q.material("the material of the garment is fabric", "restated"),
        is_a("kurta", "no", "contradiction"),
        title="Anouk Men Green Paisley Printed Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: three-piece set, a black kurta and black churidar under a grey Nehru jacket with small printed motifs,
    # white backdrop; base model wrote every text
    case(
        "X810-008",
        caption("a man in a black kurta and a grey jacket"),
        wearing("she is wearing a black kurta and a grey vest", "pronoun"),
        Q.color("grey", "other_garment_color"),
        color_of("kurta", "black"),
        color_of("jacket", "black", "other_garment_color"),
        details("jacket", "the jacket has a print on it"),
        describe("garment", "a black kurta with a grey jacket over it Question:", "leak"),
        title="KISAH Men Black Kurta with Churidar and Grey Printed Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: white knee-length cotton kurta with no pockets, full sleeves rolled to the forearm, blue jeans, white
    # backdrop; base model wrote every text
    case(
        "X810-009",
        caption("a man wearing a white kurta and blue jeans"),
        wearing("white kurta and jeans"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue", "other_garment_color"),
        color_of("jeans", "blue"),
        Q.material("cotton"),
        details("kurta", "the kurta has a pocket on the chest", "unsupported"),
        describe("kurta", "white", "non_answer"),
        title="Fabindia Men White Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: plain beige kurta and beige churidar, full sleeves, standing in front of a light grey studio wall; base
    # model wrote every text
    case(
        "X810-010",
        caption("a man in a beige kurta standing in front of a grey wall"),
        wearing("she is wearing a beige kurta and pants", "pronoun"),
        Q.color("beige"),
        color_of("kurta", "grey", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        details("kurta", "the kurta has embroidery on the collar", "unsupported"),
        title="Sojanya Men Beige Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: rust orange kurta with a gold thread-embroidered placket and gold buttons, full sleeves, white pyjama,
    # brown mojaris, white backdrop; base model wrote every text
    case(
        "X810-011",
        caption("a man in an orange kurta"),
        wearing("orange kurta and orange pants", "other_garment_color"),
        Q.color("orange"),
        Q.garment_type("dress", "contradiction"),
        details("kurta", "gold embroidery on the placket"),
        Q.material("100% cotton", "unsupported"),
        describe(
            "garment",
            "a long orange kurta with a gold embroidered neckline and gold buttons down the front of the kurta with a"
            " pair of white pants and a pair of brown",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="House of Pataudi Men Rust Orange Embroidered Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: mustard cotton Nehru jacket, solid, worn over a white kurta and white pyjama, white backdrop; base model
    # wrote every text
    case(
        "X810-012",
        caption("a man in a yellow vest and white pants"),
        Q.garment_type("vest"),
        Q.color("yellow"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        is_a("jacket", "yes"),
        wearing("a yellow vest Question: What is the color of the vest? Answer: yellow", "leak"),
        Q.material("cotton"),
        Q.pattern("solid"),
        details("jacket", "the jacket has a zipper on the front", "unsupported"),
        title="Fabindia Men Mustard Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: pastel pink kurta with tone-on-tone thread work at the mandarin collar, white pyjama, white backdrop; base
    # model wrote every text
    case(
        "X810-013",
        caption("a woman in a pink kurta and white pants", "pronoun"),
        wearing("pink kurta"),
        Q.color("pink"),
        color_of("pyjama", "pink", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "the kurta has a mandarin collar"),
        describe("kurta", "the kurta is a kurta", "restated"),
        Q.material("georgette", "unsupported"),
        title="Manyavar Men Pink Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: grey melange hip-length short kurta with roll-up tab sleeves, black jeans, white sneakers, white backdrop;
    # base model wrote every text
    case(
        "X810-014",
        caption("a man in a grey shirt and black jeans"),
        wearing("grey kurta black jeans"),
        Q.garment_type("kurta"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless", "contradiction"),
        color_of("jeans", "grey", "other_garment_color"),
        Q.material("denim", "unsupported"),
        title="Showoff Men Grey Melange Solid Short Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: royal blue silk kurta with a visible sheen, gold buttons, white churidar, gold mojaris, white backdrop;
    # base model wrote every text
    case(
        "X810-015",
        caption("a man in a blue kurta and blue pants", "other_garment_color"),
        Q.color("blue"),
        Q.material("silk"),
        details("kurta", "gold buttons"),
        describe("kurta", "the kurta is made of silk and has gold buttons and a gold collar", "unsupported"),
        Q.pattern("solid"),
        wearing(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Vastramay Men Blue Silk Blend Solid Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green kurta with side-seam pockets, cream pyjama, one hand in a pocket, white backdrop; base model
    # wrote every text
    case(
        "X810-016",
        caption("a man in a green kurta and white pants"),
        wearing("green kurta"),
        Q.color("olive"),
        color_of("pants", "green", "other_garment_color"),
        describe("garment", "green", "non_answer"),
        neckline("v-neck", "contradiction"),
        details("kurta", "the kurta has pockets"),
        title="Anouk Men Olive Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: red knee-length ikat kurta with a mandarin collar and no pocket, with a white and black woven pattern, blue
    # jeans, white backdrop; base model wrote every text
    case(
        "X810-017",
        caption("a man in a red and white shirt", "contradiction"),
        wearing("a red kurta and jeans"),
        Q.pattern("solid", "contradiction"),
        Q.color("red"),
        Q.material("cotton"),
        details("kurta", "it has a mandarin collar and a pocket", "unsupported"),
        color_of("jeans", "red", "other_garment_color"),
        title="Mother Earth Men Red Ikat Cotton Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: black Nehru jacket with five black buttons, over a light blue kurta and white pyjama, white backdrop, matte
    # fabric; base model wrote every text
    case(
        "X810-018",
        caption("a man in a black vest and a blue kurta"),
        Q.garment_type("jacket"),
        Q.color("blue", "other_garment_color"),
        color_of("jacket", "black"),
        wearing("he is wearing a black vest and a blue kurta", who="he"),
        details("jacket", "the jacket has a mandarin collar and gold buttons", "unsupported"),
        Q.material("wool", "unsupported"),
        title="See Designs Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: lavender matte cotton kurta, mandarin collar, full sleeves, white churidar, brown sandals, white backdrop;
    # base model wrote every text
    case(
        "X810-019",
        caption("a man in a purple kurta and white pants"),
        Q.color("purple"),
        color_of("kurta", "pink", "contradiction", kind="open"),
        wearing("a kurta"),
        Q.sleeve_length("long sleeves"),
        describe(
            "kurta",
            "a light purple kurta with a mandarin collar and full sleeves, worn with white churidar pants"
            " and brown sandals, the man stands with his arms by his side and",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Sojanya Men Lavender Solid Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Men",
    ),
    # photo: maroon kurta, mandarin collar, gold embroidery on the yoke only, off-white churidar, gold mojaris, beige
    # studio set with a wooden chair beside him; base model wrote every text
    case(
        "X810-020",
        caption("a man standing next to a wooden chair in a red kurta"),
        wearing("red kurta and white pants"),
        Q.color("maroon"),
        color_of("pants", "maroon", "other_garment_color"),
        Q.pattern("embroidered"),
        neckline("v-neck", "contradiction"),
        details("kurta", "gold embroidery on the neck, chest and sleeves", "unsupported"),
        describe(
            "garment",
            "a red kurta with gold embroidery on the neck and chest, worn with white pants and a pair of gold shoes,"
            " the man is standing next to a wooden chair with his",
            "cut",
            hit_limit=True,
        ),
        title="Manyavar Men Maroon Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: indigo kurta with small white block-printed motifs, white pyjama, white backdrop; base model wrote every
    # text
    case(
        "X810-021",
        caption("a man in a blue and white printed kurta"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        wearing("a blue and white shirt", "contradiction"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        Q.material("cotton Question: What is the pattern of the garment? Answer: printed", "leak"),
        title="Fabindia Men Indigo Block Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream Nehru jacket with gold brocade and gold buttons, over a maroon kurta and cream churidar, white
    # backdrop; base model wrote every text
    case(
        "X810-022",
        caption("a man in a red kurta and a gold vest"),
        wearing("a red kurta and a gold vest Question: What is the", "leak"),
        Q.color("maroon", "other_garment_color"),
        color_of("jacket", "cream"),
        Q.garment_type("vest"),
        is_a("jacket", "no", "contradiction"),
        details("jacket", "the jacket has a floral pattern and gold buttons"),
        Q.material("silk"),
        title="Manyavar Men Cream Silk Blend Brocade Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender="Men",
    ),
    # photo: teal kurta with a mandarin collar and full sleeves, white pyjama, side profile, white backdrop; base model
    # wrote every text
    case(
        "X810-023",
        caption("a man in a teal kurta and white pants"),
        Q.color("blue"),
        wearing("she is wearing a teal kurta", "pronoun"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("cotton"),
        neckline("round neck", "contradiction"),
        title="KISAH Men Teal Solid Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: black kurta, black pyjama, black mojaris, black buttons, white backdrop; base model wrote every text
    case(
        "X810-024",
        caption("a man in a black kurta and black pants"),
        wearing("black kurta pajama"),
        Q.color("black"),
        color_of("pyjama", "black"),
        describe("garment", "a black kurta with a black pajama"),
        details("kurta", "the kurta has a black collar and black buttons"),
        is_a("kurta", "yes"),
        title="Vastramay Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: white kurta with thin red vertical stripes and white buttons, navy blue trousers, white backdrop; base
    # model wrote every text
    case(
        "X810-025",
        caption("a man in a red and white striped kurta and blue pants"),
        Q.color("white"),
        Q.pattern("striped"),
        color_of("pants", "red", "other_garment_color"),
        wearing("she is wearing a striped kurta and blue trousers", "pronoun", who="he"),
        Q.material(
            "the garment is made of cotton and the garment is made of cotton and the garment is made of cotton and"
            " the garment is",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a white kurta with red stripes and red buttons", "unsupported"),
        title="Anouk Men White & Red Striped Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: maroon Nehru jacket with a small white floral print, over a white kurta and white pyjama, white backdrop,
    # matte cotton; base model wrote every text
    case(
        "X810-026",
        caption("a man in a white kurta and a red vest"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("red"),
        is_a("jacket", "yes"),
        details("jacket", "the jacket is printed with white flowers"),
        Q.material("polyester", "unsupported"),
        wearing("What is the person wearing? Answer: a white kurta and a red vest", "leak"),
        title="Jompers Men Maroon Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: peach kurta with a mandarin collar, white pyjama, white backdrop; base model wrote every text
    case(
        "X810-027",
        caption("a man in a peach colored kurta"),
        Q.color("pink"),
        color_of("pyjama", "peach", "other_garment_color"),
        wearing("kurta pajama Question: What is the color of the kurta? Answer: peach", "leak"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "it is a kurta", "non_answer"),
        details("kurta", "she has a kurta with a collar", "pronoun"),
        Q.material("cotton"),
        title="See Designs Men Peach Solid Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: navy blue kurta and white pyjama, standing against a plain grey studio background; base model wrote every
    # text
    case(
        "X810-028",
        caption("a man in a blue kurta and white pajamas standing against a grey background"),
        Q.color("white", "other_garment_color"),
        color_of("kurta", "navy blue"),
        Q.pattern("solid"),
        wearing(
            "a blue kurta and white pajamas Question: What is the color of the kurta? Answer: blue Question: What is"
            " the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        details("kurta", "i don't know", "non_answer"),
        title="Sojanya Men Navy Blue Kurta with White Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: gold-toned silk kurta with a sheen and a mandarin collar, cream churidar, white backdrop; base model wrote
    # every text
    case(
        "X810-029",
        caption("a man in a yellow kurta"),
        Q.color("gold"),
        color_of("pants", "gold", "other_garment_color"),
        Q.material("silk"),
        details("kurta", "the kurta is shiny with a mandarin collar"),
        Q.sleeve_length("long sleeves"),
        wearing("gold", "non_answer"),
        title="Manyavar Men Gold-Toned Silk Kurta",
        category="Kurtas",
        color="Gold",
        gender="Men",
    ),
    # photo: coffee brown linen kurta with a mandarin collar, a button placket and one chest pocket, beige trousers,
    # white backdrop; base model wrote every text
    case(
        "X810-030",
        caption("a man in a brown kurta and khaki pants"),
        Q.color("brown"),
        wearing("she is wearing a brown kurta", "pronoun"),
        Q.material("linen"),
        color_of("kurta", "beige", "other_garment_color"),
        neckline("mandarin collar"),
        describe(
            "garment",
            "a brown kurta with a mandarin collar and a button placket with a pocket on the chest and a pocket on the"
            " side and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Men Coffee Brown Linen Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: solid grey sleeveless Nehru jacket with black buttons over a full-sleeved black kurta and black pyjama,
    # white backdrop; base model wrote every text
    case(
        "X810-031",
        caption("a man in a black kurta and a grey vest"),
        Q.color("black", "other_garment_color"),
        color_of("jacket", "grey"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("jacket"),
        describe("jacket", "a grey vest with black buttons"),
        wearing("a grey vest"),
        Q.material("it is made of material", "restated"),
        title="Vastramay Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: bright yellow knee-length kurta with small blue floral prints, blue jeans, white sneakers, white backdrop;
    # base model wrote every text
    case(
        "X810-032",
        caption("a man in a yellow kurta with blue flowers"),
        wearing("yellow shirt and jeans", "contradiction"),
        Q.color("yellow"),
        Q.pattern("floral"),
        color_of("jeans", "yellow", "other_garment_color"),
        details("kurta", "blue flowers"),
        describe("garment", "the garment is a garment", "restated"),
        is_a("kurta", "yes"),
        title="Jompers Men Yellow Floral Printed Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: plain off-white art-silk kurta and churidar, a red stole over one shoulder, brown sandals, white backdrop;
    # base model wrote every text
    case(
        "X810-033",
        caption("a man in a white kurta with a red scarf"),
        Q.color("red", "other_garment_color"),
        wearing("white kurta and red scarf"),
        color_of("kurta", "white"),
        details("kurta", "the kurta has red embroidery on the collar", "unsupported"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "no", "contradiction"),
        Q.material("silk"),
        describe(
            "garment",
            "a white kurta with a red scarf draped over his left shoulder, white churidar pants and a"
            " pair of brown leather sandals, he is standing with his right hand on",
            "cut",
            hit_limit=True,
        ),
        title="Manyavar Men Off White Art Silk Kurta with Churidar and Stole",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: sea green solid kurta, white pyjama, white backdrop; base model wrote every text
    case(
        "X810-034",
        caption("a woman in a green kurta", "pronoun"),
        Q.color("green"),
        wearing("a green kurta and white pants Answer: a green kurta and white pants", "leak"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.pattern("solid"),
        describe("garment", "the garment is a kurta", "non_answer"),
        details(
            "kurta",
            "green green green green green green green green green green green green green green green green green"
            " green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        title="Sojanya Men Sea Green Solid Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Men",
    ),
    # photo: patchwork kurta in blue, orange and green panels, matte cotton, white pyjama, white backdrop; the feed has
    # no color column for this row; base model wrote every text
    case(
        "X810-035",
        caption("a man in a colorful kurta"),
        Q.color("multicolor"),
        Q.pattern("color block"),
        wearing("a blue orange and green kurta"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.material("khadi", "unsupported"),
        title="Mother Earth Men Multicoloured Patchwork Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: blue khadi Nehru jacket with two pockets and wooden buttons, over a white kurta and white pyjama, white
    # backdrop; base model wrote every text
    case(
        "X810-036",
        caption("a man in a white kurta and blue vest"),
        Q.garment_type("vest"),
        Q.color("blue"),
        color_of("pajamas", "blue", "other_garment_color"),
        is_a("jacket", "yes"),
        Q.material("khadi"),
        details("jacket", "the jacket has three pockets and gold buttons", "unsupported"),
        wearing(
            "he is wearing a white kurta with a blue vest over it and white pajamas with a blue vest over it and white"
            " pajamas with a blue",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Fabindia Men Blue Khadi Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: black matte cotton kurta with a gold foil print down the placket, mandarin collar, white churidar, white
    # backdrop; base model wrote every text
    case(
        "X810-037",
        caption("a man in a black and gold kurta"),
        Q.color("black"),
        Q.pattern("printed"),
        color_of("pants", "black", "other_garment_color"),
        wearing("a black shirt", "contradiction"),
        details("kurta", "a gold print down the front"),
        Q.material("velvet", "unsupported"),
        describe(
            "kurta",
            "the kurta is black with a gold print down the front and has a mandarin collar and long sleeves, it is"
            " worn with white pants and a pair of black",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Men Black Foil Printed Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: sky blue kurta with small white bird prints, white pyjama, seated on a wooden stool, white backdrop; base
    # model wrote every text
    case(
        "X810-038",
        caption("a man sitting on a stool in a blue kurta"),
        Q.color("light blue"),
        Q.pattern("printed"),
        color_of("pyjama", "blue", "other_garment_color"),
        wearing("a blue shirt and white pants", "contradiction"),
        details("kurta", "birds printed on the kurta"),
        is_a("kurta", "yes"),
        Q.material("the garment is made of the material of the garment", "restated"),
        title="Jompers Men Blue Bird Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: navy blue kurta with a tonal jacquard weave and a mandarin collar, white churidar, white backdrop; base
    # model wrote every text
    case(
        "X810-039",
        caption("a woman in a dark blue kurta", "pronoun"),
        Q.color("black", "contradiction"),
        Q.pattern("self design"),
        wearing("dark blue kurta"),
        neckline("mandarin collar"),
        Q.material("polyester", "unsupported"),
        describe("kurta", "What are the details of the kurta? Answer: the kurta has a mandarin collar", "leak"),
        title="House of Pataudi Men Navy Blue Jacquard Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle green velvet Nehru jacket with gold embroidery and no brooch, over a cream kurta and cream churidar,
    # white backdrop; base model wrote every text
    case(
        "X810-040",
        caption("a man in a green vest with gold embroidery"),
        Q.color("cream", "other_garment_color"),
        color_of("jacket", "green"),
        Q.material("velvet"),
        details("jacket", "gold embroidery on the front and a gold brooch", "unsupported"),
        wearing("a green jacket and white pants"),
        Q.sleeve_length("sleeveless"),
        describe("jacket", "a jacket", "non_answer"),
        title="Manyavar Men Green Embroidered Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: solid orange kurta with side slits, white churidar, hands folded in a namaste, white backdrop; base model
    # wrote every text
    case(
        "X810-041",
        caption("a man in an orange kurta with his hands folded"),
        Q.color("orange"),
        wearing("orange", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("checked", "contradiction"),
        describe("garment", "it is a long orange kurta with a slit on the side"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        title="Vastramay Men Orange Solid Cotton Kurta",
        category="Kurtas",
        color="Orange",
        gender="Men",
    ),
    # photo: three-piece set, a cream kurta and cream churidar under a maroon Nehru jacket, white backdrop; base model
    # wrote every text
    case(
        "X810-042",
        caption("a man in a red jacket and white kurta"),
        Q.color("maroon", "other_garment_color"),
        color_of("kurta", "cream"),
        color_of("jacket", "cream", "other_garment_color"),
        wearing("kurta and jacket"),
        is_a("kurta", "yes"),
        describe(
            "garment",
            "a white kurta with a red jacket over it and white pants and a red jacket over it and white"
            " pants and a red jacket over it and",
            "loop",
            hit_limit=True,
        ),
        title="Sojanya Men Cream Kurta with Churidar and Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: grey kurta with thin white pinstripes, mandarin collar, white pyjama, white backdrop; base model wrote
    # every text
    case(
        "X810-043",
        caption("a man in a grey kurta with white stripes"),
        Q.pattern("striped"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        wearing("grey striped kurta white pajama"),
        details("kurta", "the kurta has thin white stripes and a mandarin collar"),
        Q.material("cotton"),
        title="Fabindia Men Grey Pinstriped Cotton Kurta",
        category="Kurtas",
        color="Grey",
        gender="Men",
    ),
    # photo: magenta matte kurta, full sleeves, white pyjama, white backdrop; base model wrote every text
    case(
        "X810-044",
        caption("a man in a pink kurta"),
        Q.color("pink"),
        wearing("she is wearing a pink kurta and white pajamas", "pronoun"),
        Q.sleeve_length("long sleeves"),
        Q.material("satin", "unsupported"),
        describe("garment", "pink", "non_answer"),
        title="KISAH Men Magenta Solid Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Men",
    ),
    # photo: beige Nehru jacket with a brown geometric print, over an olive kurta and beige trousers, white backdrop;
    # base model wrote every text
    case(
        "X810-045",
        caption("a man wearing a beige vest over a green kurta"),
        Q.garment_type("jacket"),
        Q.color("green", "other_garment_color"),
        Q.pattern("geometric"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a vest"),
        details("jacket", "the jacket is a jacket", "restated"),
        is_a("jacket", "yes"),
        Q.material("cotton"),
        title="See Designs Men Beige Geometric Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: white kurta with white thread embroidery around the neck, white pyjama, a wristwatch, white backdrop; the
    # feed has no gender column for this row; base model wrote every text
    case(
        "X810-046",
        caption("a man in a white kurta pajama"),
        wearing("white kurta pajama"),
        Q.color("white"),
        Q.pattern("embroidered"),
        details("kurta", "white embroidery around the neck"),
        describe(
            "garment",
            "a white kurta with white embroidery around the neck and a white pajama, the man is wearing"
            " a watch on his left wrist and has his hands at his",
            "cut",
            hit_limit=True,
        ),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Manyavar Men White Embroidered Kurta Pyjama Set",
        category="Kurta Sets",
        color="White",
    ),
]
