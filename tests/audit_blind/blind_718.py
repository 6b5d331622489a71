"""BLIND_718 (46 products; Myntra jackets, blazers, coats; BLIP-2 zero-shot): written blind in the fifty-fourth session.
Measured blind at dc30159 (the session's tenth rules): 125/140 failures found (89.3%) and 12/203 correct texts flagged
(5.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of outerwear (Jackets, Blazers, Coats, Rain Jacket, Nehru Jackets) for Men and Women.
Catalog photos on a white or light grey backdrop, a model wearing the product open or closed over other clothes (a
t-shirt, a shirt and tie, a kurta, a hoodie, jeans or trousers), now and then a bag or a scarf; one ghost-mannequin
shot with no person. Seller columns as the feed has them: title, category (article type), color (base colour),
gender; a few rows lack one column.

Who wrote what: every caption and every open answer is free generation by the untuned base model
Salesforce/blip2-opt-2.7b, zero-shot, greedy, `Question: ... Answer:` prompts, 30 new tokens for answers and 50 for
captions. It answers short and plain ("a black leather jacket", "grey"), lowercase, mostly stops on a newline, but
on describe/details prompts it sometimes runs on: it repeats a phrase until the limit, runs out of tokens mid-list,
or carries on with a new `Question: ... Answer:` turn of its own. It reads the most visible color in the frame (the
t-shirt under an open jacket, the jeans, a bag) as the product's color, lends the product's color to the trousers,
invents hoods, belts, pocket squares and gold buttons, guesses "down", "silk" or "velvet" for materials, answers
"yes" or one word to open prompts, and says he/she by habit. Closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?") come from enrich's `--engine reference` over the same base model: one candidate value
each, never a loop or a cut, but the candidate can be the wrong one (the inner garment's color or pattern).

Labeling conventions and judgement calls:
- The product is the seller's article (the jacket, blazer or coat). A color answer for it that names the color of
  another thing in view (inner top, trousers, scarf, bag) is other_garment_color; so is an answer that lends the
  product's color to another garment asked about ("red" for the black pants under a red jacket). A wrong color that
  nothing in view has, or the product's own trim or accent color given as its color, is contradiction.
- A pattern, sleeve length or garment type taken from another garment (the striped tee's "striped", the hoodie's
  "long sleeve" under a sleeveless gilet, the scarf's "checked"), or invented, is contradiction; so is "no" to
  "Is this a jacket/blazer?" for the product, "yes" to "Is this a suit?" for a blazer worn with other trousers, and
  a dark brown leather jacket called black when nothing black is in view. Quilting or a storm flap read as
  "striped" is contradiction: the seller's solid garment has no stripes.
- Shades in the seller's color group count as right (navy/blue, olive/green, tan/brown, rust/orange, cream/white,
  peach/pink, lavender/purple, burgundy/red, charcoal/grey). Khaki called tan or beige counts as right, and a teal
  jacket called green or blue counts as right: both are how a person would name them. A shade named into another
  group (lavender called pink, burgundy called purple, brown suede called orange) is contradiction.
- Material: a fiber or fabric the look supports (denim, leather for leather or suede, corduroy, fleece, quilted
  polyester shell, felted wool coat, linen named by the title) is right even when the title does not name it; a
  material the look does not support or that cannot be seen (down fill, silk for a satin-look bomber, velvet for
  matte crepe, leather for a wool-look blazer, cotton for a shiny nylon shell) is unsupported.
- unsupported: a detail that is not in the photo (hood, belt, fur collar, pocket square, gold buttons, shoes out of
  frame, a watch or gloves nobody wears, a person in a ghost-mannequin shot, "waterproof and breathable").
- non_answer: yes/no or a single word (the garment's name or a bare color) to an open describe/details/material
  prompt; a short noun phrase to "What is ... wearing?" ("a tuxedo", "a coat") is a correct answer.
- restated: the answer only gives the prompt's own words back ("the jacket details are the details of the jacket",
  "describe the jacket", "details"), including "a jacket" for what is worn under the jacket.
- loop: a phrase repeated until the token limit (hit_limit=True). cut: an answer that makes progress but stops mid
  phrase at the limit (hit_limit=True); a looping text that is also cut is labeled loop.
- leak: the model writes `Question:`/`Answer:` itself; labeled leak even where the leaked answer is right.
- pronoun: he/she against the row's gender; "he" for a Men row is right. The row with no gender has no pronoun case.
- One label per text: the first failure a reader would notice.
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

under = question("under_jacket", "What is the person wearing under the jacket?", "open")

BLIND_718 = [
    # photo: black faux-leather biker jacket, asymmetric silver zip, no belt, worn open over a white crew-neck tee,
    # mid-blue jeans, white backdrop, front view. Base BLIP-2 wrote caption and open answers; closed by reference.
    case(
        "X718-001",
        caption("a man wearing a black leather jacket and blue jeans"),
        wearing("a black leather jacket"),
        under("a white t-shirt"),
        color_of("jacket", "white", failure="other_garment_color"),
        Q.garment_type("jacket"),
        details("jacket", "zipper and pockets"),
        describe(
            "jacket", "it is a black leather jacket with silver zippers and a belt at the waist", failure="unsupported"
        ),
        title="Roadster Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy single-button blazer with flap pockets over a white top, black trousers, hand on hip, white
    # backdrop, front view. Base BLIP-2 zero-shot for caption and open answers; closed answers by reference.
    case(
        "X718-002",
        caption("a woman in a navy blue blazer and black pants"),
        wearing("a blue blazer, white shirt and black pants", who="the woman"),
        Q.color("black", failure="other_garment_color"),
        Q.sleeve_length("long sleeve"),
        is_a("blazer", "yes"),
        color_of("pants", "blue", failure="other_garment_color"),
        details("blazer", "the blazer has a single button and two flap pockets"),
        describe("blazer", "he is wearing a navy blue blazer", failure="pronoun"),
        title="Vero Moda Women Navy Blue Solid Single-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive nylon bomber with orange lining showing at the open front, black-tipped ribbed collar and cuffs,
    # zip pocket on the left sleeve (no patch), over a grey tee, black jeans, white backdrop. Base BLIP-2; closed
    # answers by the reference engine.
    case(
        "X718-003",
        caption("a man wearing a green bomber jacket and black jeans"),
        color_of("jacket", "green"),
        Q.color("grey", failure="other_garment_color"),
        Q.pattern("solid"),
        wearing("a green jacket and a grey shirt"),
        Q.material("nylon"),
        details("jacket", "the jacket has a zipper, ribbed cuffs and a patch on the sleeve", failure="unsupported"),
        describe(
            "jacket",
            "a green bomber jacket with an orange lining, ribbed collar and cuffs with black tipping, a zip front "
            "and a zip pocket on the left sleeve and",
            failure="cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Olive Green Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue denim trucker jacket, button front, two chest pockets, open over a black-and-white striped
    # tee, black skinny jeans, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-004",
        caption("a woman wearing a denim jacket and a striped shirt"),
        color_of("jacket", "blue"),
        Q.color("black", failure="other_garment_color"),
        Q.pattern("striped", failure="contradiction"),
        wearing("she is wearing a blue denim jacket and a striped shirt", who="she"),
        describe("jacket", "blue denim jacket with buttons and two chest pockets"),
        details("jacket", "the jacket details are the details of the jacket", failure="restated"),
        title="Levis Women Blue Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey slim blazer with matching grey trousers (suit look), light blue formal shirt, navy tie
    # with thin white diagonal stripes, white backdrop. Base BLIP-2 zero-shot; closed by reference.
    case(
        "X718-005",
        caption("a man in a suit and tie"),
        color_of("blazer", "grey"),
        wearing("a gray suit with a blue shirt and a tie"),
        Q.garment_type("blazer"),
        Q.pattern("striped", failure="contradiction"),
        color_of("shirt", "blue"),
        describe(
            "blazer",
            "a grey blazer with a blue shirt and a blue tie and a blue tie and a blue tie and a blue tie and a blue "
            "tie",
            failure="loop",
            hit_limit=True,
        ),
        title="Blackberrys Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: tan double-breasted longline overcoat, self belt tied, notch lapels, no hood, no fur, over a black
    # turtleneck, black trousers and ankle boots, black handbag on the arm, white backdrop. Base BLIP-2; reference.
    case(
        "X718-006",
        caption("a woman wearing a brown coat and black boots"),
        wearing("a coat", who="the woman"),
        color_of("coat", "black", failure="other_garment_color"),
        Q.color("brown"),
        is_a("coat", "yes"),
        Q.material("yes", failure="non_answer"),
        details("coat", "the coat has a belt and buttons"),
        describe("coat", "a long brown coat with a belt, a fur collar and a hood", failure="unsupported"),
        title="Mango Women Tan Solid Longline Overcoat",
        category="Coats",
        color="Tan",
        gender="Women",
    ),
    # photo: red hooded rain jacket, hood down, zipped to the chin, black track pants, white backdrop, front view.
    # Base BLIP-2 zero-shot wrote caption and open answers; closed answers by the reference engine.
    case(
        "X718-007",
        caption("a man wearing a red jacket with a hood"),
        color_of("jacket", "red"),
        color_of("pants", "red", failure="other_garment_color"),
        Q.material("nylon"),
        wearing("a red rain jacket and black pants", who="he"),
        details("jacket", "a hood and a zip"),
        describe("jacket", "yes", failure="non_answer"),
        Q.sleeve_length("long sleeve"),
        title="Wildcraft Men Red Solid Rain Jacket",
        category="Rain Jacket",
        color="Red",
        gender="Men",
    ),
    # photo: black cropped quilted puffer, high collar, zip front, over a beige knit top, blue jeans, white
    # backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-008",
        caption("a woman in a black puffer jacket and jeans"),
        Q.garment_type("jacket"),
        color_of("jacket", "black"),
        Q.color("beige", failure="other_garment_color"),
        wearing(
            "a black jacket and blue jeans Question: What is the color of the jacket? Answer: black", failure="leak"
        ),
        details("jacket", "quilted with a high collar and a zip front"),
        Q.pattern("striped", failure="contradiction"),
        Q.material("down", failure="unsupported"),
        title="ONLY Women Black Solid Cropped Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: sleeveless maroon Nehru jacket with a faint self-design, self-covered buttons, no pocket square, over a
    # cream kurta and white churidar, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-009",
        caption("a man in a red vest and white kurta"),
        color_of("jacket", "white", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        wearing("a maroon jacket over a cream kurta"),
        describe("jacket", "a maroon nehru jacket with gold buttons and a pocket square", failure="unsupported"),
        details("jacket", "mandarin collar, buttons down the front, welt pockets"),
        is_a("jacket", "no", failure="contradiction"),
        title="Manyavar Men Maroon Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: white open-front blazer with no buttons, three-quarter sleeves, over a black camisole, blue jeans,
    # white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-010",
        caption("a woman wearing a white blazer and jeans"),
        Q.color("white"),
        Q.sleeve_length("three-quarter sleeve"),
        Q.pattern("striped", failure="contradiction"),
        wearing("a white jacket and a black top", who="she"),
        describe("blazer", "a white blazer with black buttons", failure="unsupported"),
        details(
            "blazer",
            "the blazer is white and the jeans are blue and the top is black and the blazer is white and the jeans are "
            "blue and the",
            failure="loop",
            hit_limit=True,
        ),
        title="Harpa Women White Solid Open-Front Blazer",
        category="Blazers",
        color="White",
        gender="Women",
    ),
    # photo: khaki cotton field jacket, four flap pockets with buttons, open over a white tee, navy chinos, light grey
    # backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-011",
        caption("a man in a tan jacket and blue pants"),
        color_of("jacket", "beige"),
        Q.color("white", failure="other_garment_color"),
        color_of("pants", "blue"),
        wearing("a jacket and pants"),
        details("jacket", "four pockets with flaps and buttons"),
        describe(
            "jacket",
            "a khaki jacket with four pockets on the front and a button placket and a collar and a white t-shirt under "
            "it and a",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", failure="contradiction"),
        title="Mast & Harbour Men Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: peach cropped denim jacket, full-length sleeves, over a white tee, light blue jeans, white backdrop.
    # Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-012",
        caption("a woman wearing a pink jacket and white shirt"),
        color_of("jacket", "pink"),
        wearing("he is wearing a pink denim jacket and blue jeans", failure="pronoun", who="the woman"),
        Q.pattern("solid"),
        Q.material("denim"),
        Q.sleeve_length("short sleeve", failure="contradiction"),
        describe("jacket", "pink", failure="non_answer"),
        title="Tokyo Talkies Women Peach-Coloured Solid Cropped Denim Jacket",
        category="Jackets",
        color="Peach",
        gender="Women",
    ),
    # photo: grey melange zip-up hooded sweat jacket, half zipped, small puma cat logo on the chest, split kangaroo
    # pockets, over a black tee, black joggers, white sneakers, white backdrop. Base BLIP-2; reference for closed.
    case(
        "X718-013",
        caption("a man wearing a grey hoodie and black pants"),
        color_of("jacket", "grey"),
        Q.color("black", failure="other_garment_color"),
        Q.garment_type("jacket"),
        wearing("a gray hoodie"),
        under("a black t-shirt"),
        details("jacket", "hood with drawstrings, zip front, kangaroo pockets and a puma logo on the chest"),
        describe(
            "jacket",
            "a grey sweatshirt with a hood and a zipper and a pocket on the front and a zipper on the front and a "
            "zipper on the",
            failure="loop",
            hit_limit=True,
        ),
        title="Puma Men Grey Melange Hooded Sweat Jacket",
        category="Jackets",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: red double-breasted wool pea coat with black buttons and wide collar, no belt, black skinny jeans, black
    # ankle boots, light grey backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-014",
        caption("a woman in a red coat standing in front of a gray wall"),
        color_of("coat", "red"),
        color_of("pants", "red", failure="other_garment_color"),
        Q.garment_type("coat"),
        wearing("a red coat, black pants and black boots", who="the woman"),
        describe(
            "coat",
            "a red double breasted coat with black buttons Question: What is the color of the coat? Answer: red",
            failure="leak",
        ),
        details("coat", "black buttons, a wide collar, pockets and a belt", failure="unsupported"),
        Q.sleeve_length("short sleeve", failure="contradiction"),
        title="AND Women Red Solid Double-Breasted Pea Coat",
        category="Coats",
        color="Red",
        gender="Women",
    ),
    # photo: navy blazer with a faint windowpane check, navy horn buttons, white pocket square, white shirt without
    # tie, beige chinos, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-015",
        caption("a man in a blue blazer and khaki pants"),
        Q.pattern("checked"),
        color_of("blazer", "beige", failure="other_garment_color"),
        wearing("a navy blazer with a white shirt and a pocket square"),
        describe("blazer", "a navy blue blazer with a white pocket square"),
        details("blazer", "the blazer has a gold crest on the pocket and gold buttons", failure="unsupported"),
        Q.material("leather", failure="unsupported"),
        is_a("blazer", "yes"),
        title="Louis Philippe Men Navy Blue Checked Slim Fit Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive parka, hood down with faux-fur trim, drawstring waist, flap pockets, over a white sweater, blue
    # jeans, cropped at the knees (no shoes in frame), white backdrop. Base BLIP-2 zero-shot; closed by reference.
    case(
        "X718-016",
        caption("a woman wearing a green parka with a fur hood"),
        color_of("jacket", "olive"),
        color_of("pants", "green", failure="other_garment_color"),
        wearing(
            "she is wearing a green jacket with a fur hood and blue jeans and white shoes",
            who="she",
            failure="unsupported",
        ),
        details("jacket", "the jacket has a fur hood, drawstring waist and flap pockets"),
        describe("jacket", "the jacket is the jacket", failure="restated"),
        Q.sleeve_length("long sleeve"),
        title="Roadster Women Olive Green Solid Hooded Parka Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: dark brown leather jacket, shirt collar with press studs, zip front, zipped side pockets, open over a
    # white tee, indigo jeans, white backdrop; nothing black in view. Base BLIP-2 zero-shot; closed by reference.
    case(
        "X718-017",
        caption("a man in a black leather jacket and jeans", failure="contradiction"),
        color_of("jacket", "brown"),
        Q.material("leather"),
        wearing(
            "a leather jacket and a white t-shirt Question: What is the color of the jacket? Answer: brown",
            failure="leak",
        ),
        describe("jacket", "a brown leather jacket with a zipper and a shirt collar"),
        details(
            "jacket",
            "the jacket has a zip front, two zipped side pockets, a shirt collar with press studs, buttoned cuffs "
            "and a stitched panel at the back of the",
            failure="cut",
            hit_limit=True,
        ),
        title="Woodland Men Brown Solid Leather Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: black longline blazer, open over a white top with a red floral print, black trousers, white backdrop.
    # Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-018",
        caption("a woman wearing a black blazer over a floral top"),
        Q.color("black"),
        Q.pattern("floral", failure="contradiction"),
        color_of("pants", "red", failure="other_garment_color"),
        wearing("a black jacket, a floral shirt and black pants", who="the woman"),
        describe("blazer", "a long black blazer"),
        details("blazer", "black", failure="non_answer"),
        title="DressBerry Women Black Solid Longline Blazer",
        category="Blazers",
        color="Black",
        gender="Women",
    ),
    # photo: navy shiny quilted padded jacket, detachable hood, zipped, zip pockets, elastic cuffs, grey trousers,
    # white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-019",
        caption("a man wearing a blue puffer jacket with a hood"),
        color_of("jacket", "grey", failure="other_garment_color"),
        Q.garment_type("jacket"),
        wearing("she is wearing a blue jacket and grey pants", failure="pronoun", who="he"),
        details("jacket", "quilted, with a hood, zip pockets and elastic cuffs"),
        describe("jacket", "describe the jacket", failure="restated"),
        Q.material("wool", failure="unsupported"),
        title="Fort Collins Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: sleeveless longline ethnic jacket, blue and orange block print, mandarin collar, over a plain white
    # kurta and white palazzos, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-020",
        caption("a woman wearing a blue and orange printed jacket over a white dress"),
        Q.pattern("printed"),
        color_of("jacket", "white", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        is_a("jacket", "no", failure="contradiction"),
        wearing("a blue printed jacket and white pants"),
        describe("jacket", "a long sleeveless jacket with a block print in blue and orange and a mandarin collar"),
        details("jacket", "Question: What are the jacket details? Answer: the jacket has a print", failure="leak"),
        title="Global Desi Women Multicoloured Printed Ethnic Jacket",
        category="Jackets",
        color="Multi",
        gender="Women",
    ),
    # photo: beige unstructured linen-blend blazer, patch pockets, two buttons, sunglasses in the breast pocket, over
    # a light blue tee, white trousers, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-021",
        caption("a man wearing a beige jacket and white pants"),
        Q.color("beige"),
        Q.material("linen"),
        wearing("a jacket, a blue t-shirt and white pants"),
        describe(
            "blazer",
            "a beige blazer with a pair of sunglasses in the breast pocket, patch pockets at the hips, two buttons "
            "and notch lapels and the sleeves are",
            failure="cut",
            hit_limit=True,
        ),
        details("blazer", "the blazer details", failure="restated"),
        Q.sleeve_length("long sleeve"),
        is_a("blazer", "no", failure="contradiction"),
        title="Raymond Men Beige Linen Blend Casual Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: mustard corduroy shirt-jacket, two chest pockets, no belt, open over a black tee, ripped blue jeans,
    # white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-022",
        caption("a woman in a yellow jacket and ripped jeans"),
        color_of("jacket", "yellow"),
        color_of("pants", "yellow", failure="other_garment_color"),
        Q.garment_type("jacket"),
        Q.material("corduroy"),
        wearing("a mustard jacket and a black t-shirt", who="she"),
        describe(
            "jacket",
            "a mustard yellow corduroy jacket with two chest pockets and a leather belt",
            failure="unsupported",
        ),
        details(
            "jacket",
            "buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons buttons "
            "buttons buttons",
            failure="loop",
            hit_limit=True,
        ),
        title="Sassafras Women Mustard Yellow Solid Corduroy Shacket",
        category="Jackets",
        color="Mustard",
        gender="Women",
    ),
    # photo: black nylon windbreaker with a white chevron panel across the chest, white swoosh, hood, black track
    # pants, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-023",
        caption("a man wearing a black and white nike jacket"),
        color_of("jacket", "white", failure="contradiction"),
        Q.pattern("color block"),
        Q.material("cotton", failure="unsupported"),
        wearing("a black nike jacket and black pants"),
        details("jacket", "a hood, a chevron across the chest and a swoosh logo"),
        describe("jacket", "black", failure="non_answer"),
        title="Nike Men Black Windrunner Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey felted-wool overcoat, notch lapels, single button, flap pockets, open over a pink knit sweater and
    # blue jeans, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-024",
        caption("a woman in a gray coat and pink sweater"),
        color_of("coat", "pink", failure="other_garment_color"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        wearing("a grey coat with a pink sweater and jeans", who="the woman"),
        Q.material("wool"),
        details("coat", "notch lapels, a single button and two flap pockets"),
        describe(
            "coat",
            "a gray coat with a pink sweater and jeans and a pink sweater and jeans and a pink sweater and jeans and a "
            "pink",
            failure="loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Grey Melange Solid Overcoat",
        category="Coats",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: light-wash blue denim jacket over a black hoodie with the hood out, black jeans, white backdrop.
    # Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-025",
        caption("a man wearing a denim jacket and a black hoodie"),
        color_of("jacket", "black", failure="other_garment_color"),
        Q.material("denim"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        wearing("a jean jacket over a hoodie"),
        under("a black hoodie"),
        is_a("jacket", "yes"),
        details("jacket", "the details of the jacket are the jacket", failure="restated"),
        describe("jacket", "he is wearing a blue denim jacket with a black hood"),
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: pastel pink double-breasted blazer, gold buttons, peak lapels, no belt, matte crepe, matching pink
    # trousers (co-ord), white tee, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-026",
        caption("a woman in a pink suit"),
        Q.color("pink"),
        color_of("pants", "white", failure="other_garment_color"),
        details("blazer", "gold buttons, peak lapels and flap pockets"),
        wearing("he is wearing a pink suit and a white shirt", failure="pronoun"),
        describe(
            "blazer", "the blazer is a double breasted blazer with six gold buttons and a belt", failure="unsupported"
        ),
        Q.material("velvet", failure="unsupported"),
        Q.sleeve_length("long sleeve"),
        title="Mango Women Pink Solid Double-Breasted Blazer",
        category="Blazers",
        color="Pink",
        gender="Women",
    ),
    # photo: teal satin-finish bomber, ribbed collar, cuffs and hem, zip front, side pockets, over a white graphic
    # tee, black jeans, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-027",
        caption("a man wearing a blue jacket and a white t-shirt"),
        color_of("jacket", "green"),
        Q.color("white", failure="other_garment_color"),
        Q.pattern("graphic", failure="contradiction"),
        wearing("a bomber jacket and a graphic t-shirt"),
        is_a("jacket", "yes"),
        describe(
            "jacket",
            "a teal bomber jacket with a ribbed collar and cuffs and a zip front and two side pockets and a ribbed hem "
            "and",
            failure="cut",
            hit_limit=True,
        ),
        title="WROGN Men Teal Blue Solid Bomber Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: off-white sherpa fleece zip jacket with brown suede-look collar and pocket trims, over a black top,
    # black leggings, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-028",
        caption("a woman in a white fur jacket and black leggings"),
        Q.color("white"),
        color_of("jacket", "brown", failure="contradiction"),
        Q.material("fleece"),
        wearing("a white jacket", who="she"),
        details("jacket", "brown collar, zip front and brown pocket trims"),
        describe(
            "jacket",
            "Question: Describe the jacket. Answer: a white fleece jacket Question: What is the color "
            "of the jacket? Answer: white",
            failure="leak",
        ),
        title="Women Off White Solid Sherpa Jacket",
        category="Jackets",
        color="Off White",
        gender="Women",
    ),
    # photo: black tuxedo blazer with satin shawl lapel, one button, no pocket square, white dress shirt, black bow
    # tie, black trousers, framed above the knees, dark grey backdrop. Base BLIP-2 zero-shot; closed by reference.
    case(
        "X718-029",
        caption("a man in a black tuxedo and bow tie standing against a grey background"),
        color_of("blazer", "black"),
        color_of("shirt", "white"),
        wearing("a tuxedo"),
        details("blazer", "shawl lapel in satin, one button and a white pocket square", failure="unsupported"),
        describe(
            "blazer",
            "he is wearing a black tuxedo with a white shirt and a black bow tie and black shoes",
            failure="unsupported",
        ),
        Q.garment_type("blazer"),
        title="Park Avenue Men Black Solid Tuxedo Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: burgundy faux-leather biker jacket, zipped, black skinny jeans, white backdrop, front view.
    # Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-030",
        caption("a woman in a red leather jacket and black pants"),
        color_of("jacket", "purple", failure="contradiction"),
        color_of("pants", "red", failure="other_garment_color"),
        Q.material("leather"),
        wearing("he is wearing a burgundy leather jacket and black jeans", failure="pronoun", who="the woman"),
        describe(
            "jacket",
            "a red leather jacket with a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and a",
            failure="loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Vero Moda Women Burgundy Solid Biker Jacket",
        category="Jackets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: charcoal single-breasted overcoat, open over a navy crew-neck sweater and grey trousers, red-and-black
    # tartan scarf round the neck, bare hands, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-031",
        caption("a man in a grey coat and a plaid scarf"),
        Q.pattern("checked", failure="contradiction"),
        color_of("coat", "gray"),
        Q.color("blue", failure="other_garment_color"),
        wearing("a long grey coat, a blue sweater and a red plaid scarf", who="he"),
        describe(
            "coat", "a charcoal overcoat with a red and black plaid scarf and leather gloves", failure="unsupported"
        ),
        details("coat", "the coat", failure="non_answer"),
        Q.material("wool"),
        title="Arrow Men Charcoal Grey Solid Single-Breasted Overcoat",
        category="Coats",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black lightweight running jacket, stand collar (no hood), reflective silver stripe across the chest and
    # back, zipped, black tights, white backdrop. Row lacks the color column. Base BLIP-2; closed by reference.
    case(
        "X718-032",
        caption("a woman wearing a black jacket and black leggings"),
        Q.color("black"),
        wearing("he is wearing a black jacket and black leggings", failure="pronoun", who="the woman"),
        details("jacket", "the jacket has a hood", failure="unsupported"),
        describe(
            "jacket",
            "the jacket is a black jacket with a silver stripe on the front and the back and the sleeves and the front "
            "and the back and the sleeves and",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        title="Puma Women Black Running Jacket",
        category="Jackets",
        gender="Women",
    ),
    # photo: grey denim jacket with metal buttons and button-flap chest pockets, open over a red-and-black check
    # flannel shirt, black jeans, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-033",
        caption("a man wearing a grey jean jacket over a red plaid shirt"),
        color_of("jacket", "red", failure="other_garment_color"),
        Q.pattern("checked", failure="contradiction"),
        Q.material("denim"),
        wearing("a denim jacket and a plaid shirt"),
        under("a jacket", failure="restated"),
        describe("jacket", "a gray denim jacket with button flap chest pockets"),
        details("jacket", "metal buttons and chest pockets"),
        title="Flying Machine Men Grey Solid Denim Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: navy ethnic jacket with long sleeves and a small white floral print, plain collar, no embroidery, over a
    # white kurta and white leggings, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-034",
        caption("a woman in a blue floral jacket and white pants"),
        Q.pattern("floral"),
        Q.color("white", failure="other_garment_color"),
        is_a("jacket", "no", failure="contradiction"),
        wearing("she is wearing a blue and white floral jacket over a white kurta", who="she"),
        describe(
            "jacket", "a navy blue jacket with white flowers, and gold embroidery on the collar", failure="unsupported"
        ),
        details("jacket", "the details are white flowers on blue"),
        title="Biba Women Navy Blue Printed Ethnic Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light grey glen-check two-button blazer, notch lapels, plain sleeves, over a black turtleneck, black
    # trousers, white backdrop. Row lacks the category column. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-035",
        caption("a man in a grey plaid blazer and black turtleneck"),
        Q.pattern("checked"),
        color_of("blazer", "black", failure="other_garment_color"),
        wearing("a grey blazer"),
        describe("blazer", "grey checked blazer, two buttons, notch lapels and elbow patches", failure="unsupported"),
        details("blazer", "two buttons Question: What is the color of the blazer? Answer: grey", failure="leak"),
        is_a("suit", "yes", failure="contradiction"),
        title="INVICTUS Men Grey Checked Slim Fit Single-Breasted Casual Blazer",
        color="Grey",
        gender="Men",
    ),
    # photo: bright green puffer with a drawstring hood, zip front, side pockets, over a black turtleneck, grey
    # joggers, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-036",
        caption("a woman wearing a green puffer jacket"),
        color_of("jacket", "green"),
        wearing("he is wearing a green jacket and gray pants", failure="pronoun"),
        Q.garment_type("jacket"),
        describe("jacket", "green", failure="non_answer"),
        details("jacket", "the jacket has a hood, a zip and a drawstring at the hood and side pockets"),
        Q.material("down", failure="unsupported"),
        title="Roadster Women Green Solid Puffer Jacket",
        category="Jackets",
        color="Green",
        gender="Women",
    ),
    # photo: black sleeveless padded gilet, zip, two pockets, small Columbia logo on the chest, over a blue hooded
    # sweatshirt with long sleeves, khaki pants, white backdrop. Base BLIP-2 zero-shot; closed by reference.
    case(
        "X718-037",
        caption("a man in a black vest and blue hoodie"),
        Q.sleeve_length("long sleeve", failure="contradiction"),
        color_of("jacket", "blue", failure="other_garment_color"),
        wearing("a black puffer vest over a blue hoodie"),
        under("a blue hoodie"),
        Q.garment_type("vest"),
        details("jacket", "a zip, a columbia logo on the chest and two pockets"),
        describe("jacket", "he is wearing a black vest and a blue hoodie"),
        title="Columbia Men Black Sleeveless Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: rust single-breasted blazer in matte crepe, over a cream satin camisole, beige trousers, white backdrop.
    # Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-038",
        caption("a woman wearing an orange blazer and beige pants"),
        Q.color("orange"),
        color_of("pants", "beige"),
        wearing("he is wearing a blazer, a cream top and pants", failure="pronoun", who="the person"),
        describe(
            "blazer",
            "an orange blazer with a white top and beige pants. the blazer is made of velvet",
            failure="unsupported",
        ),
        details(
            "blazer",
            "the blazer is orange the blazer is orange the blazer is orange the blazer is orange the blazer is orange "
            "the",
            failure="loop",
            hit_limit=True,
        ),
        title="Van Heusen Woman Rust Solid Single-Breasted Blazer",
        category="Blazers",
        color="Rust",
        gender="Women",
    ),
    # photo: olive, brown and black camouflage-print cotton jacket, collar, snap buttons, flap chest pockets, no
    # sleeve pockets, over a black tee, beige chinos, white backdrop. Base BLIP-2 zero-shot; closed by reference.
    case(
        "X718-039",
        caption("a man in a camouflage jacket and khaki pants"),
        Q.pattern("printed"),
        color_of("jacket", "green"),
        color_of("pants", "green", failure="other_garment_color"),
        wearing("camo jacket and tan pants", who="the man"),
        describe(
            "jacket",
            "a camouflage print jacket with a collar and snap buttons and flap pockets on the chest and a black "
            "t-shirt under it and beige pants and a",
            failure="cut",
            hit_limit=True,
        ),
        details("jacket", "the details of the jacket are the details", failure="restated"),
        Q.material("cotton"),
        title="Roadster Men Olive Green & Brown Camouflage Print Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black belted trench coat, double-breasted, epaulettes, over a white shirt and black trousers, red
    # handbag on the arm, white backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-040",
        caption("a woman in a black trench coat holding a red bag"),
        color_of("coat", "red", failure="other_garment_color"),
        Q.color("black"),
        Q.garment_type("coat"),
        wearing("a black coat and a red bag", who="the woman"),
        details("coat", "double breasted buttons, a belt and epaulettes"),
        describe("coat", "coat", failure="non_answer"),
        Q.material("Question: What material is the garment made of? Answer: cotton", failure="leak"),
        title="Zink London Women Black Solid Trench Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: orange hooded windcheater with a black zip, over a white tee, navy track pants, white backdrop; no
    # label or tag about waterproofing in view. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-041",
        caption("a man wearing an orange jacket with a black zipper"),
        color_of("jacket", "orange"),
        color_of("pants", "orange", failure="other_garment_color"),
        Q.pattern("solid"),
        wearing("an orange jacket and blue pants"),
        Q.material("polyester"),
        describe(
            "jacket",
            "the jacket is orange and has a hood and a black zipper and is waterproof and breathable",
            failure="unsupported",
        ),
        details("jacket", "what are the jacket details", failure="restated"),
        title="Puma Men Orange Windcheater Jacket",
        category="Jackets",
        color="Orange",
        gender="Men",
    ),
    # photo: brown suede jacket with fringes on the sleeves and back yoke, pointed collar, snap buttons, patch
    # pockets, over a white lace top, blue flared jeans, white backdrop. Base BLIP-2 zero-shot; closed by reference.
    case(
        "X718-042",
        caption("a woman wearing a brown fringe jacket and jeans"),
        Q.color("brown"),
        color_of("jacket", "orange", failure="contradiction"),
        Q.material("leather"),
        wearing(
            "a woman wearing a brown jacket and blue jeans and a white top and a brown jacket and blue jeans and a "
            "white top and a brown",
            failure="loop",
            who="the woman",
            hit_limit=True,
        ),
        describe("jacket", "brown suede jacket with fringes on the sleeves"),
        details(
            "jacket",
            "fringes hanging from the sleeves and the back yoke, a pointed collar, snap buttons down the front and two "
            "patch pockets at the",
            failure="cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Brown Solid Suede Jacket",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: cream jacquard Nehru jacket with a subtle woven pattern, mandarin collar, five buttons, welt chest
    # pocket, over a navy kurta and white churidar, white backdrop. Base BLIP-2 zero-shot; closed by reference.
    case(
        "X718-043",
        caption("a man in a white vest and blue kurta"),
        color_of("jacket", "blue", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        wearing("she is wearing a white jacket and a blue kurta", failure="pronoun", who="he"),
        details("jacket", "mandarin collar, five buttons and a chest welt pocket"),
        describe("jacket", "a cream colored nehru jacket with a subtle woven pattern"),
        Q.material("silk", failure="unsupported"),
        title="Manyavar Men Cream Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender="Men",
    ),
    # photo: lavender satin-finish cropped bomber, ribbed cuffs, over a white tee, light blue mom jeans, white
    # backdrop. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-044",
        caption("a woman wearing a pink jacket and jeans", failure="contradiction"),
        color_of("jacket", "purple"),
        Q.color("blue", failure="other_garment_color"),
        Q.material("silk", failure="unsupported"),
        wearing("she is wearing a purple bomber jacket with a white t-shirt and blue jeans", who="she"),
        describe("jacket", "a lilac satin bomber jacket with ribbed cuffs"),
        details("jacket", "details", failure="restated"),
        title="ONLY Women Lavender Solid Cropped Bomber Jacket",
        category="Jackets",
        color="Lavender",
        gender="Women",
    ),
    # photo: blue-and-white pinstripe single-breasted blazer over a white tee, navy chinos, bare wrists (no watch),
    # white backdrop.
    # Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-045",
        caption("a man in a blue striped blazer and a white t-shirt"),
        Q.pattern("striped"),
        Q.color("blue"),
        Q.garment_type("suit", failure="contradiction"),
        wearing("a blazer and a t-shirt and a watch", failure="unsupported"),
        color_of("pants", "blue"),
        describe(
            "blazer",
            "a blue and white striped blazer. Question: what is the man wearing? Answer: a blue and "
            "white striped blazer",
            failure="leak",
        ),
        details("blazer", "stripes", failure="non_answer"),
        is_a("blazer", "yes"),
        title="Hangup Men Blue & White Striped Single-Breasted Casual Blazer",
        category="Blazers",
        color="Blue",
        gender="Men",
    ),
    # photo: navy rain jacket on a ghost mannequin, no person, hood up on the form, zip front with storm flap, velcro
    # cuffs, white backdrop. Row lacks the gender column. Base BLIP-2 zero-shot; closed answers by reference.
    case(
        "X718-046",
        caption("a blue jacket on a white background"),
        color_of("jacket", "blue"),
        wearing("a man wearing a blue jacket", failure="unsupported"),
        Q.garment_type("jacket"),
        Q.pattern("striped", failure="contradiction"),
        details("jacket", "a hood, zip front with storm flap, and velcro cuffs"),
        describe("jacket", "navy", failure="non_answer"),
        title="Wildcraft Unisex Navy Blue Solid Rain Jacket",
        category="Rain Jacket",
        color="Navy Blue",
    ),
]
