"""BLIND_948 (46 products; Myntra men's jackets/blazers/coats, VQA adapter): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 124/134 failures found (92.5%) and 9/195 correct texts flagged
(4.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's outerwear (Jackets, Blazers, Coats, a Waistcoat, a Nehru jacket, a rain
jacket), each photographed on a model who wears it over a shirt or a t-shirt, mostly on a white or light grey studio
backdrop, front or three-quarter view, one back view; props are few (sunglasses, a backpack, hands in pockets).
The seller's columns are title, category (Myntra article type), color (base colour) and gender; a few rows lack one.

Who wrote what: every text is from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b). The caption is
its generation from the empty prompt; the LoRA touched only q_proj/k_proj for one epoch, so most captions still read
like the base model's short captions, but some leak the `Question: ... Answer:` format it was trained on, some loop,
one collapses to the In-shop class name "jacket/coat". Open answers (wearing, describe, details, material, open color
questions) are greedy free generation with a 30-token limit (50 for the caption) and a newline stop: short answers
often end cleanly, the rest loop or are cut at the limit because no end token was trained. Closed answers (garment
type, color, pattern, sleeve length, "Is this a ...?", and the closed color questions) come from enrich's reference
engine, one candidate each: they never loop or stop short, but often pick the inner shirt's color or pattern.
The adapter's habits: it reads the layered outfit as one garment, lends the inner t-shirt's color to the jacket,
calls checks or prints on the shirt the jacket's pattern, invents hoods, fur, logos and pocket squares, and says
"she" now and then for a male model.

Labeling conventions and judgement calls:
- Truth is the photo described in each product's comment, not the seller's columns; where the seller's color is
  wrong (X948-027: "Brown" for an olive jacket) the answer that matches the photo is correct.
- other_garment_color: an open text that gives the labelled product (the jacket/blazer/coat) the color of the inner
  shirt or t-shirt, the trousers or a carried accessory. A closed color answer that does the same is labelled
  contradiction (the engine picked a wrong candidate), and so is an open text that gives the inner garment the
  product's color, or a caption that swaps the two colors.
- contradiction also covers closed garment types, patterns and sleeve lengths that the title, the category or the
  other texts contradict (a checked shirt's "checked" for a solid blazer, "long sleeves" for a sleeveless jacket).
- Shades and groups count as correct: maroon called red, mustard called yellow, tan or camel called brown, charcoal
  called grey, navy called blue. "suit" for a blazer worn with matching trousers in a caption is correct; "suit" as
  the closed garment type of a Blazers row is a contradiction. "shirt" for a shacket (X948-042), "jacket" for a
  blazer and "vest" for a waistcoat or a sleeveless jacket are correct.
- unsupported: a detail the photo does not show (hood, fur lining, studs, crest, pocket square, boots, a backpack, a
  back print on a front view, chest pockets on a back view) or a material that the title names otherwise or the
  fabric's look rules out. A material the title names, or that the look makes plain (denim, corduroy, velvet,
  suede, leather on a titled leather jacket), is correct.
- non_answer: an empty answer, yes/no or a bare garment or pattern word to wearing/describe/details, "jacket/coat"
  as a caption, "pure color" to a color question. One-word answers to the material or color questions are correct.
- restated: the question's own words returned as the answer ("the person is wearing", "the blazer is a blazer"),
  including the question echoed before an answer without the Question/Answer format.
- leak: any "Question:" or "Answer:" in the text, even when the answer around it is right.
- loop and cut: a text that repeats a phrase until the limit is a loop; one that ends mid-phrase at the limit without
  repeating is cut; both carry hit_limit=True. A text with two faults carries the one that dominates it.
- pronoun: he/she or man/woman wrong for the row's gender (all rows are Men or have no gender column).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_948 = [
    # photo: mid-blue washed denim trucker jacket worn open over a plain white crew-neck t-shirt, black jeans; white
    # backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-001",
        caption("a man wearing a blue denim jacket and a white t-shirt"),
        wearing("a denim jacket over a white t-shirt and black jeans"),
        color_of("jacket", "blue"),
        color_of("t-shirt", "white", kind="open"),
        Q.material("denim"),
        details(
            "jacket",
            "the jacket has two chest pockets with button flaps and a button front with a button front with a button "
            "front with",
            failure="loop",
            hit_limit=True,
        ),
        title="Roadster Men Blue Solid Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: navy two-button single-breasted blazer with notch lapels, worn open over a light blue formal shirt, no
    # tie, mid-grey trousers; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-002",
        caption("a man in a navy blue suit jacket and a light blue shirt"),
        Q.garment_type("blazer"),
        Q.color("black", failure="contradiction"),
        color_of("shirt", "light blue", kind="open"),
        describe("blazer", "a navy blue blazer with notch lapels and two buttons, worn open over a light blue shirt"),
        is_a("jacket", "yes"),
        wearing("a navy blue blazer, a light blue shirt, a navy blue tie and grey pants", failure="unsupported"),
        title="Blackberrys Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green nylon bomber with black ribbed collar, cuffs and hem, a zip pocket on the left sleeve, zipped
    # halfway over a black crew-neck t-shirt, blue jeans; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-003",
        caption("a man wearing a green bomber jacket and blue jeans"),
        wearing("a black jacket and blue jeans", failure="other_garment_color"),
        color_of("jacket", "olive"),
        Q.pattern("solid"),
        details("jacket", "ribbed collar, ribbed cuffs and a zip front"),
        describe(
            "jacket",
            "an olive green bomber jacket with a black ribbed collar and cuffs, zipped halfway up over a black "
            "t-shirt, with a zip pocket on the left sleeve and",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Highlander Men Olive Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: grey blazer with a faint blue windowpane check, single-breasted, over a white shirt with a navy tie,
    # charcoal trousers; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-004",
        caption("a man wearing a grey plaid blazer with a white shirt and a blue tie"),
        Q.pattern("solid", failure="contradiction"),
        Q.color("grey"),
        color_of("tie", "blue", kind="open"),
        describe("blazer", "the blazer is a blazer", failure="restated"),
        is_a("blazer", "yes"),
        wearing("she is wearing a grey blazer and a white shirt", failure="pronoun"),
        title="Louis Philippe Men Grey Checked Slim Fit Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: black quilted puffer with an attached hood, zipped to mid-chest, a grey melange t-shirt showing at the
    # neck, grey joggers; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-005",
        caption(
            "Question: What is the color of the jacket? Answer: black Question: Is this a jacket? Answer: yes "
            "Question: What cloth is the person wearing? Answer: jacket/coat",
            failure="leak",
        ),
        wearing("a black jacket and grey pants"),
        color_of("jacket", "black"),
        Q.material("leather", failure="unsupported"),
        details("jacket", "quilted, with a hood, a zip front and two side pockets"),
        Q.garment_type("jacket"),
        color_of("t-shirt", "black", kind="open", failure="contradiction"),
        title="HRX by Hrithik Roshan Men Black Solid Hooded Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: beige double-breasted trench coat with a belt tied at the waist, over a white shirt, navy chinos; white
    # backdrop, three-quarter view. VQA adapter wrote all texts.
    case(
        "X948-006",
        caption("a man wearing a beige trench coat with a belt"),
        color_of("coat", "white", kind="open", failure="other_garment_color"),
        Q.color("beige"),
        Q.garment_type("coat"),
        describe(
            "coat",
            "a long double breasted coat with a belt at the waist and a collar and a belt at the waist and a collar "
            "and a belt at",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        wearing("she is wearing a beige trench coat over a white shirt and blue pants", failure="pronoun"),
        title="Raymond Men Beige Solid Double-Breasted Trench Coat",
        category="Coats",
        color="Beige",
        gender="Men",
    ),
    # photo: red track jacket with black shoulder and side panels, zip front, small white Puma cat logo on the chest,
    # over a white t-shirt, black track pants; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-007",
        caption("a man in a red and black jacket"),
        Q.pattern("colour block"),
        color_of("jacket", "red"),
        details("jacket", "a zip front, a puma logo on the chest and black panels on the sleeves"),
        wearing("a red jacket and black pants Question: What is the color of the jacket? Answer: red", failure="leak"),
        Q.sleeve_length("long sleeves"),
        describe("jacket", "a red jacket with a hood and black stripes down the sides", failure="unsupported"),
        title="Puma Men Red & Black Colourblocked Track Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: tan brown matte faux-leather biker jacket with an asymmetric zip and a buckle tab at the hem, no studs,
    # over a white crew t-shirt, blue jeans; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-008",
        caption("a man wearing a brown leather jacket and a white t-shirt"),
        Q.color("brown"),
        color_of("t-shirt", "brown", kind="open", failure="contradiction"),
        describe(
            "jacket",
            "a brown biker jacket with a zip and a belt at the hem and silver studs on the collar",
            failure="unsupported",
        ),
        is_a("jacket", "yes"),
        Q.sleeve_length("long sleeves"),
        wearing("jacket", failure="non_answer"),
        title="Mufti Men Tan Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: charcoal one-button blazer with peak lapels and a white pocket square, over a white shirt with a maroon
    # tie, black trousers; light grey studio backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-009",
        caption("a man in a suit and tie standing in front of a grey wall"),
        Q.color("charcoal"),
        color_of("tie", "red", kind="open"),
        color_of(
            "blazer",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            kind="open",
            failure="loop",
            hit_limit=True,
        ),
        details("blazer", "peak lapels, one button, a white pocket square and flap pockets"),
        Q.garment_type("suit", failure="contradiction"),
        title="Van Heusen Men Charcoal Grey Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black washed denim jacket, open, over a red-and-black checked flannel shirt, blue jeans; white backdrop,
    # front view. VQA adapter wrote all texts.
    case(
        "X948-010",
        caption("a man wearing a black denim jacket over a plaid shirt"),
        Q.pattern("checked", failure="contradiction"),
        color_of("jacket", "black"),
        color_of("shirt", "red and black plaid", kind="open"),
        wearing("a red jacket and blue jeans", failure="other_garment_color"),
        Q.material("denim"),
        details(
            "jacket",
            "the jacket has two chest pockets with button flaps, a button front and a pointed collar, and the sleeves "
            "end in buttoned cuffs with a",
            failure="cut",
            hit_limit=True,
        ),
        title="Wrangler Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: maroon quilted sleeveless puffer jacket, no hood, zipped, over a navy-and-white striped full-sleeve shirt,
    # beige chinos; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-011",
        caption("a man wearing a red vest and a striped shirt"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        Q.garment_type("jacket"),
        color_of("jacket", "maroon"),
        is_a("vest", "yes"),
        describe("jacket", "a maroon quilted jacket with a hood and a zip", failure="unsupported"),
        wearing("a blue and white striped shirt under a vest, and khaki pants"),
        title="Monte Carlo Men Maroon Solid Quilted Sleeveless Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: khaki unstructured cotton casual blazer over a white crew-neck t-shirt, light blue jeans, sunglasses held
    # in the right hand; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-012",
        caption("jacket/coat", failure="non_answer"),
        Q.color("khaki"),
        color_of("blazer", "white", kind="open", failure="other_garment_color"),
        wearing("a khaki blazer, a white t shirt and jeans, and he is holding sunglasses"),
        details("blazer", "blazer", failure="non_answer"),
        Q.material("wool", failure="unsupported"),
        title="Park Avenue Men Khaki Solid Cotton Casual Blazer",
        category="Blazers",
        color="Khaki",
        gender="Men",
    ),
    # photo: olive utility jacket with a drawstring hood, snap buttons and four flap pockets, open over a white
    # t-shirt, black jeans; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-013",
        caption("a man wearing a green jacket with a hood and black pants"),
        Q.color("olive green"),
        Q.garment_type("jacket"),
        details("jacket", "four pockets with flaps, a hood with drawstrings and snap buttons"),
        Q.pattern("solid"),
        wearing(
            "he is wearing a green jacket over a white t-shirt with black jeans and a pair of",
            failure="cut",
            hit_limit=True,
        ),
        color_of("jacket", "white", kind="open", failure="other_garment_color"),
        title="Flying Machine Men Olive Solid Hooded Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: light-wash blue denim jacket with an off-white sherpa collar over a grey melange t-shirt, hands in the
    # jacket pockets; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-014",
        caption("a man wearing a denim jacket with a fur collar"),
        color_of("jacket", "grey", kind="open", failure="other_garment_color"),
        Q.color("blue"),
        Q.material("denim"),
        is_a("jacket", "yes"),
        describe(
            "jacket", "Question: Describe the jacket. Answer: a blue denim jacket with a fur collar", failure="leak"
        ),
        wearing("denim", failure="non_answer"),
        title="Numero Uno Men Blue Washed Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: navy textured (self-design) blazer over a white-and-pink micro-checked shirt, no tie, beige chinos; white
    # backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-015",
        caption("a man wearing a blue blazer and a checkered shirt and khaki pants"),
        Q.color("navy blue"),
        Q.pattern("checked", failure="contradiction"),
        color_of("shirt", "navy blue", kind="open", failure="contradiction"),
        wearing(
            "a blue blazer and a blue blazer and a blue blazer and a blue blazer and a blue blazer and a blue blazer "
            "and",
            failure="loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        title="Allen Solly Men Navy Blue Self-Design Slim Fit Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black leather biker jacket with an asymmetric silver zip, zip pockets and snap collar, over a white
    # t-shirt, black jeans; white backdrop, front view cropped at mid-thigh (no shoes). VQA adapter wrote all texts.
    case(
        "X948-016",
        caption("a man in a black leather jacket and a white t-shirt"),
        Q.material("leather"),
        color_of("jacket", "white", failure="contradiction"),
        describe("jacket", "a black leather jacket with a silver zipper and zip pockets"),
        wearing("a black leather jacket and a white t-shirt and black jeans and black boots", failure="unsupported"),
        Q.sleeve_length("long sleeves"),
        details(
            "jacket",
            "an asymmetric silver zip, zip pockets at the chest and the waist, snap buttons on the collar and a belt "
            "at the",
            failure="cut",
            hit_limit=True,
        ),
        title="Jack & Jones Men Black Solid Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey hooded windbreaker with white and black chevron panels and a white swoosh, over a black t-shirt,
    # black track pants; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-017",
        caption("a man wearing a grey and white jacket with a hood"),
        color_of("jacket", "black", kind="open", failure="other_garment_color"),
        Q.color("grey"),
        Q.pattern("colour block"),
        details("jacket", "a hood, a zipper and a nike logo on the chest"),
        Q.garment_type("hoodie", failure="contradiction"),
        wearing("she is wearing a grey jacket and black pants", failure="pronoun"),
        title="Nike Men Grey AS Windrunner Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: brown tweed blazer with a faint check and suede elbow patches, over a light blue shirt, dark brown
    # trousers; white backdrop, three-quarter view showing the left elbow. VQA adapter wrote all texts.
    case(
        "X948-018",
        caption("a man wearing a brown blazer with elbow patches and a blue shirt"),
        Q.pattern("checked"),
        Q.color("brown"),
        color_of("shirt", "light blue", kind="open"),
        details("blazer", "the details of the blazer are the blazer's details", failure="restated"),
        Q.material("wool"),
        is_a("coat", "no"),
        color_of("blazer", "blue", kind="open", failure="other_garment_color"),
        wearing("Answer: a brown blazer and a blue shirt", failure="leak"),
        title="Peter England Men Brown Checked Wool Tweed Blazer",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
    # photo: navy quilted puffer with a plain hood (no fur), worn open over a red t-shirt, blue jeans; white backdrop,
    # front view. VQA adapter wrote all texts.
    case(
        "X948-019",
        caption(
            "a man wearing a blue puffer jacket and a red shirt and blue jeans and a red shirt and blue jeans and a "
            "red shirt and blue jeans and a red shirt and blue jeans and a red shirt and blue jeans and a red shirt "
            "and",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a red jacket and blue jeans", failure="other_garment_color"),
        Q.color("navy blue"),
        color_of("t-shirt", "red", kind="open"),
        describe(
            "jacket",
            "a navy blue padded jacket with a hood and a zip front and fur lining inside the hood",
            failure="unsupported",
        ),
        is_a("jacket", "yes"),
        title="Duke Men Navy Blue Solid Hooded Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard woven-brocade Nehru jacket with a mandarin collar and an empty welt chest pocket, over a white
    # full-sleeve shirt, white trousers; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-020",
        caption("a woman in a yellow vest and a white shirt", failure="pronoun"),
        Q.garment_type("jacket"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        color_of("jacket", "white", kind="open", failure="other_garment_color"),
        details(
            "jacket",
            "a mandarin collar, a row of buttons and a pocket square in the chest pocket",
            failure="unsupported",
        ),
        wearing("a yellow jacket over a white shirt and white pants"),
        title="Manyavar Men Mustard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: camel knee-length single-breasted wool-blend overcoat over a white shirt with a navy knit tie, dark grey
    # trousers; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-021",
        caption("a man wearing a long brown coat, a white shirt and a blue tie"),
        Q.material("wool"),
        color_of("coat", "brown"),
        color_of("tie", "black", kind="open", failure="contradiction"),
        describe(
            "coat",
            "a long brown coat with a collar and a collar and a collar and a collar and a collar and a collar and a "
            "collar and",
            failure="loop",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        Q.garment_type("blazer", failure="contradiction"),
        wearing("a white coat, a white shirt and a blue tie", failure="other_garment_color"),
        title="Celio Men Brown Solid Wool Blend Overcoat",
        category="Coats",
        color="Brown",
        gender="Men",
    ),
    # photo: black lightweight nylon windcheater with the hood down, no logo, zipped to the chest over a white t-shirt,
    # grey joggers; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-022",
        caption("a man wearing a black jacket with a hood and a white logo on the chest", failure="unsupported"),
        Q.garment_type("jacket"),
        Q.material("nylon"),
        wearing(
            "a black jacket Question: What is the color of the jacket? Answer: black Question: What is the color of "
            "the pants? Answer: grey",
            failure="leak",
            hit_limit=True,
        ),
        details("jacket", "", failure="non_answer"),
        color_of("jacket", "black"),
        describe(
            "jacket",
            "a black windcheater with a hood folded down at the back, a zip up the front to the chest and elastic at "
            "the cuffs and the",
            failure="cut",
            hit_limit=True,
        ),
        title="Roadster Men Black Solid Nylon Hooded Windcheater Jacket",
        category="Rain Jacket",
        color="Black",
        gender="Men",
    ),
    # photo: black tuxedo blazer with a satin shawl lapel, one button, over a white dress shirt with a black bow tie,
    # black trousers; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-023",
        caption("a man in a black tuxedo with a bow tie"),
        Q.color("black"),
        color_of("shirt", "black", kind="open", failure="contradiction"),
        details("blazer", "a satin shawl collar, a single button and a bow tie"),
        Q.pattern("solid"),
        wearing(
            "a black suit, a white shirt and a black bow tie and a black bow tie and a black bow tie and a black bow "
            "tie and a",
            failure="loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        describe("blazer", "this is a blazer that the man is wearing in the picture", failure="restated"),
        title="Raymond Men Black Solid Slim Fit Tuxedo Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: olive camouflage-print bomber (green, brown and black) with an orange lining showing at the open front,
    # over a white t-shirt, black jeans; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-024",
        caption("a man wearing a camouflage jacket and a white t-shirt"),
        Q.pattern("printed"),
        Q.color("green"),
        color_of("jacket", "white", kind="open", failure="other_garment_color"),
        describe("jacket", "a camo bomber jacket with ribbed cuffs and a zip, and an orange lining"),
        wearing("Answer: a camouflage jacket", failure="leak"),
        details("jacket", "a zip front, ribbed cuffs and a fur-lined hood", failure="unsupported"),
        title="Locomotive Men Olive Printed Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue two-button blazer with plain black buttons and a plain chest pocket, over a white shirt with a
    # navy tie with small white dots, grey trousers; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-025",
        caption("a man wearing a blue blazer, a white shirt and a polka dot tie"),
        color_of("blazer", "blue"),
        Q.pattern("polka dots", failure="contradiction"),
        wearing("he is wearing a blue blazer and a white shirt with a tie"),
        details("blazer", "notch lapels, three gold buttons and a crest on the chest pocket", failure="unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Arrow Men Blue Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
        gender="Men",
    ),
    # photo: black track jacket with white stripes down the sleeves, a stand collar and a small white Puma logo, half
    # zipped over a white t-shirt, black track pants; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-026",
        caption(
            "a man wearing a black jacket with white stripes on the sleeves Question: what is the color of the "
            "jacket? Answer: black",
            failure="leak",
        ),
        color_of("jacket", "black", kind="open"),
        Q.garment_type("sweatshirt", failure="contradiction"),
        details("jacket", "white stripes on the sleeves, a stand collar and a zip"),
        describe(
            "jacket",
            "a black track jacket with white stripes running down the sleeves and a small white puma logo on the "
            "left side of the",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a black jacket and black pants and a white t-shirt"),
        Q.material("leather", failure="unsupported"),
        title="Puma Men Black T7 Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: olive-khaki cotton field jacket with four flap pockets and a waist drawstring (the seller's "Brown" is
    # wrong), open over a navy t-shirt, blue jeans; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-027",
        caption("a man wearing an olive green jacket and a blue t-shirt"),
        Q.color("green"),
        color_of("t-shirt", "blue", kind="open"),
        details("jacket", "four pockets with flaps and buttons and a drawstring at the waist"),
        wearing("a green jacket with blue t-shirt and jeans"),
        Q.material("cotton"),
        describe("jacket", "yes", failure="non_answer"),
        color_of("jacket", "blue", kind="open", failure="other_garment_color"),
        title="Indian Terrain Men Brown Solid Cotton Utility Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: grey melange fleece zip jacket with a hood, open over a black t-shirt with a white front graphic, blue
    # jeans; white backdrop, front view only (nothing on the back is visible). VQA adapter wrote all texts.
    case(
        "X948-028",
        caption("a man wearing a grey hoodie and a black t-shirt"),
        color_of("jacket", "grey"),
        color_of("t-shirt", "black with a white print", kind="open"),
        Q.material("fleece"),
        wearing("she is wearing a grey hoodie and a black shirt", failure="pronoun"),
        describe(
            "jacket",
            "a grey jacket with a hood and pockets and a zip and a print of a skull on the back",
            failure="unsupported",
        ),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Fort Collins Men Grey Melange Solid Fleece Hooded Jacket",
        category="Jackets",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: rust-orange corduroy trucker jacket with a cream sherpa lining showing at the open front, over a white
    # t-shirt, black jeans; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-029",
        caption("a man wearing an orange corduroy jacket"),
        Q.color("orange"),
        Q.material("corduroy"),
        details("jacket", "two chest pockets, a button front and a fleece lining"),
        Q.pattern("striped", failure="contradiction"),
        wearing("an orange jacket and a white t-shirt and black jeans"),
        color_of("jacket", "white", kind="open", failure="other_garment_color"),
        title="Mufti Men Rust Solid Corduroy Trucker Jacket",
        category="Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: charcoal blazer with thin white pinstripes over a light pink shirt, no tie, matching charcoal trousers;
    # white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-030",
        caption("a man in a pinstripe suit and a pink shirt"),
        Q.pattern("striped"),
        color_of("blazer", "pink", kind="open", failure="other_garment_color"),
        color_of("shirt", "pink", kind="open"),
        Q.color("grey"),
        describe("blazer", "a striped blazer"),
        wearing("a grey suit with a pink shirt and a grey tie", failure="unsupported"),
        details("blazer", "striped Question: What are the blazer details? Answer: striped", failure="leak"),
        title="Louis Philippe Men Charcoal Grey Pinstripe Slim Fit Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: bright red hooded rain jacket with a storm flap and two zip pockets, zipped to the chest over a grey
    # t-shirt, black track pants, no bag; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-031",
        caption("a man wearing a red raincoat with a hood and a backpack", failure="unsupported"),
        Q.garment_type("jacket"),
        color_of("jacket", "red"),
        details("jacket", "a hood with a drawcord, a zip front with a storm flap and two zip pockets"),
        wearing(
            "a red jacket and black pants and a red jacket and black pants and a red jacket and black pants and a red "
            "jacket and black",
            failure="loop",
            hit_limit=True,
        ),
        is_a("jacket", "no", failure="contradiction"),
        color_of("t-shirt", "red", kind="open", failure="contradiction"),
        title="Wildcraft Men Red Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Red",
        gender="Men",
    ),
    # photo: stone-beige harrington jacket with a red-and-navy tartan lining showing at the open collar, over a navy
    # polo t-shirt, white chinos; white backdrop, front view. VQA adapter wrote all texts. The row has no category.
    case(
        "X948-032",
        caption("a man wearing a beige jacket and a blue polo shirt"),
        Q.color("beige"),
        color_of("jacket", "blue", kind="open", failure="other_garment_color"),
        Q.pattern("checked", failure="contradiction"),
        details("jacket", "a plaid lining, a zip front and a button at the collar"),
        describe("jacket", "Describe the jacket. a beige jacket with a plaid lining", failure="restated"),
        title="Tommy Hilfiger Men Beige Solid Harrington Jacket",
        color="Beige",
        gender="Men",
    ),
    # photo: grey five-button waistcoat with two welt pockets over a white shirt with the sleeves rolled to the elbow,
    # black trousers; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-033",
        caption("a man wearing a white vest and a grey shirt", failure="contradiction"),
        Q.garment_type("vest"),
        color_of("waistcoat", "white", kind="open", failure="other_garment_color"),
        Q.color("grey"),
        wearing("a grey waistcoat, a white shirt with the sleeves rolled up and black trousers"),
        details("waistcoat", "five buttons and two welt pockets"),
        Q.sleeve_length("sleeveless"),
        describe(
            "waistcoat",
            "a grey waistcoat with five buttons and two pockets, worn over a white shirt with the sleeves rolled up "
            "to the elbows and a pair of black",
            failure="cut",
            hit_limit=True,
        ),
        title="Raymond Men Grey Self Design Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: back view of a mid-blue denim trucker jacket with the collar turned up, a white t-shirt hem showing below
    # it, black jeans; white backdrop; the jacket's front is not visible. VQA adapter wrote all texts.
    case(
        "X948-034",
        caption("the back of a man wearing a blue denim jacket"),
        wearing(
            "a blue denim jacket, a white t-shirt and black jeans, seen from the back with the collar turned up and "
            "the",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        details("jacket", "two chest pockets with flaps", failure="unsupported"),
        is_a("jacket", "yes"),
        Q.material("denim"),
        color_of("jacket", "white", kind="open", failure="other_garment_color"),
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: navy double-breasted pea coat with wide lapels and black anchor buttons over a white shirt, dark jeans;
    # white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-035",
        caption("a man in a navy blue pea coat"),
        Q.color("black", failure="contradiction"),
        color_of("coat", "navy blue", kind="open"),
        Q.garment_type("coat"),
        describe("coat", "a double breasted coat with two rows of buttons and a wide collar"),
        wearing(
            "He is wearing a coat over a shirt. He is wearing a coat over a shirt. He is wearing a coat over a",
            failure="loop",
            hit_limit=True,
        ),
        color_of("shirt", "pure color", kind="open", failure="non_answer"),
        Q.material("the garment is made of the material of the coat", failure="restated"),
        title="Van Heusen Men Navy Blue Solid Slim Fit Pea Coat",
        category="Coats",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: teal bomber with a satin sheen, open over a white t-shirt with black text printed on the chest, black
    # jeans; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-036",
        caption("a man in a blue bomber jacket"),
        Q.color("teal"),
        color_of("t-shirt", "white", kind="open"),
        Q.material("cotton", failure="unsupported"),
        wearing("a blue jacket, a white t-shirt with black writing on it and black jeans"),
        details("jacket", "the jacket has a zip"),
        Q.pattern("printed", failure="contradiction"),
        describe("jacket", "a white bomber jacket with black letters on it", failure="other_garment_color"),
        title="Being Human Men Teal Blue Solid Bomber Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: light grey melange casual blazer over a black t-shirt with a white graphic, blue jeans; white backdrop,
    # front view. VQA adapter wrote all texts.
    case(
        "X948-037",
        caption("a man wearing a grey blazer and a black t-shirt with a graphic print"),
        color_of("blazer", "black", failure="contradiction"),
        color_of("t-shirt", "black", kind="open"),
        describe(
            "blazer",
            "a grey blazer with a grey blazer with a grey blazer with a grey blazer with a grey blazer with a grey",
            failure="loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        Q.sleeve_length("long sleeves"),
        wearing("the person is wearing", failure="restated"),
        title="Jack & Jones Men Grey Melange Slim Fit Casual Blazer",
        category="Blazers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: tan suede zip jacket with a shirt collar, open over a blue-and-white striped shirt with the collar out,
    # beige chinos, a watch on the left wrist, hands in the chino pockets; white backdrop. VQA adapter wrote all texts.
    case(
        "X948-038",
        caption(
            "a man wearing a brown suede jacket and a striped shirt with his hands in the pockets of his beige "
            "chinos, standing in front of a white background and looking to the left with a",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("leather"),
        Q.color("tan"),
        color_of("shirt", "blue and white striped", kind="open"),
        wearing(
            "a tan suede jacket over a blue and white striped shirt with the collar out, with beige chinos, and a "
            "watch on his left",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("striped", failure="contradiction"),
        is_a("jacket", "yes"),
        title="Woodland Men Tan Brown Solid Suede Leather Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: charcoal wool-blend overcoat with a faint black check, notch lapels, three buttons, no belt or hood, over
    # a white t-shirt, black jeans, white sneakers; white backdrop, full-length front view. VQA adapter wrote all texts.
    case(
        "X948-039",
        caption("a man in a long grey coat and white sneakers"),
        Q.pattern("checked"),
        Q.color("grey"),
        color_of("coat", "white", kind="open", failure="other_garment_color"),
        Q.material("wool"),
        details("coat", "notch lapels, three buttons, flap pockets, a belt and a hood", failure="unsupported"),
        wearing("Question: What is the person wearing? Answer: a grey coat and a white t-shirt", failure="leak"),
        title="s.Oliver Men Charcoal Grey Checked Wool Blend Overcoat",
        category="Coats",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy windcheater with lime green shoulder panels and a plain stand collar (no hood), zipped over a grey
    # t-shirt, black track pants; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-040",
        caption("a man wearing a blue and green jacket"),
        Q.color("navy blue"),
        Q.pattern("colour block"),
        color_of("t-shirt", "grey", kind="open"),
        wearing(
            "a jacket and a jacket and a jacket and a jacket and a jacket and a jacket and a jacket and a jacket and",
            failure="loop",
            hit_limit=True,
        ),
        details(
            "jacket",
            "green panels on the shoulders, a zip front and a hood rolled into the collar",
            failure="unsupported",
        ),
        describe("jacket", "the jacket is a jacket that is worn by the person", failure="restated"),
        Q.garment_type("coat", failure="contradiction"),
        title="Proline Men Navy Blue & Lime Green Colourblocked Windcheater",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon velvet blazer with a shawl lapel in the same velvet, one button, over a black shirt, black
    # trousers; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-041",
        caption("a man in a red velvet blazer and a black shirt"),
        Q.color("maroon"),
        color_of("shirt", "black", kind="open"),
        Q.material("velvet"),
        wearing("a woman wearing a red jacket and black pants", failure="pronoun"),
        describe("blazer", "a maroon blazer with a shawl collar"),
        Q.garment_type("blazer"),
        color_of("blazer", "black", kind="open", failure="other_garment_color"),
        details(
            "blazer",
            "a shawl collar in the same velvet, a single button, a chest pocket and two flap pockets at the front and "
            "the sleeves have four",
            failure="cut",
            hit_limit=True,
        ),
        title="Hangup Men Maroon Solid Velvet Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: green-and-black buffalo-check heavy flannel shacket with two flap chest pockets, worn open over a white
    # t-shirt, black jeans; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-042",
        caption("a man wearing a green and black plaid shirt and a white t-shirt"),
        Q.garment_type("shirt"),
        Q.pattern("checked"),
        color_of("jacket", "white", kind="open", failure="other_garment_color"),
        Q.color("green"),
        details("jacket", "two chest pockets with flaps and a button front"),
        wearing(
            "a plaid shirt, a white t-shirt and black jeans Question: What is the color of the shirt? Answer: green",
            failure="leak",
        ),
        title="Roadster Men Green & Black Checked Shacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: blue-and-grey glen check blazer over a white shirt, no tie, navy trousers, cropped above the knee (no
    # shoes or belt visible); white backdrop, front view. VQA adapter wrote all texts. The row has no gender column.
    case(
        "X948-043",
        caption("a man wearing a blue plaid blazer"),
        Q.pattern("checked"),
        color_of("blazer", "white", failure="contradiction"),
        color_of("shirt", "white", kind="open"),
        describe("blazer", "plaid", failure="non_answer"),
        wearing(
            "he is wearing a blue checked blazer over a white shirt with navy blue trousers and brown shoes and a "
            "brown belt and a",
            failure="cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Park Avenue Men Blue Checked Slim Fit Blazer",
        category="Blazers",
        color="Blue",
    ),
    # photo: khaki cotton bomber over a navy t-shirt, blue jeans, a black backpack slung over the right shoulder;
    # white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-044",
        caption("a man wearing a tan jacket and carrying a black backpack"),
        Q.color("khaki"),
        color_of("jacket", "black", kind="open", failure="other_garment_color"),
        color_of("t-shirt", "navy blue", kind="open"),
        details(
            "jacket",
            "the jacket has a zipper on the front and ribbed cuffs and ribbed cuffs and ribbed cuffs and ribbed cuffs "
            "and ribbed cuffs and",
            failure="loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        Q.material("nylon", failure="unsupported"),
        wearing("he is wearing a khaki bomber jacket and a blue t-shirt with a backpack on his shoulder"),
        title="Numero Uno Men Khaki Solid Cotton Bomber Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: dark indigo denim blazer with notch lapels and two buttons, worn open over a white t-shirt, beige chinos;
    # white backdrop, front view. VQA adapter wrote all texts. The row has no color column.
    case(
        "X948-045",
        caption("a man in a denim blazer and a white t-shirt"),
        Q.material("denim"),
        Q.color("blue"),
        color_of("blazer", "white", kind="open", failure="other_garment_color"),
        Q.garment_type("jacket"),
        describe(
            "blazer", "a dark blue denim blazer with a notch lapel and two buttons worn open over a white t-shirt"
        ),
        wearing(
            "a blazer and a t-shirt and a blazer and a t-shirt and a blazer and a t-shirt and a blazer and a t-shirt",
            failure="loop",
            hit_limit=True,
        ),
        details("blazer", "no", failure="non_answer"),
        title="Highlander Men Blue Slim Fit Denim Blazer",
        category="Blazers",
        gender="Men",
    ),
    # photo: red polyester-padded quilted jacket with a stand collar and a small USPA logo on the chest, half zipped
    # over a navy-and-white striped t-shirt; white backdrop, front view. VQA adapter wrote all texts.
    case(
        "X948-046",
        caption("a man wearing a red jacket and a striped shirt"),
        Q.pattern("striped", failure="contradiction"),
        Q.color("red"),
        details("jacket", "a small logo on the chest, a stand collar and quilted panels"),
        wearing("She is wearing a red jacket and a blue and white striped shirt", failure="pronoun"),
        Q.material("down", failure="unsupported"),
        color_of("jacket", "navy blue", kind="open", failure="other_garment_color"),
        title="U.S. Polo Assn. Men Red Solid Padded Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
]
