"""BLIND_382 (46 products; men's everyday and ethnic wear on an Indian marketplace, model shots and flat-lays): written
blind in the forty-fifth session. Measured blind at 8d466c7 (the session's rules as they stood): 111/134 failures
found (82.8%) and 5/174 correct texts flagged (2.9%). The writer's notes, verbatim:

Scenario: one men's catalog drawn at random from a night's run on an Indian marketplace (a Myntra/Flipkart-like English
feed): t-shirts (solid, striped, graphic, polo, henley), casual and formal shirts, jeans, trousers and chinos, shorts,
track pants, kurtas and kurta sets, a Nehru jacket, jackets (puffer, bomber, denim, leather, gilet), sweaters and
sweatshirts, and innerwear (briefs, trunks, vests, boxers, often in packs). Most photos are model shots on a studio
backdrop (grey, white, beige, a brick wall, plants, festive lights, a chair) with the model in a second garment (jeans
under the t-shirt, a tee under the jacket); the rest are flat-lays, some with props. Each row has the seller's title,
category, color and gender; three rows miss one column (gender, color or category), as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
blue shirt and jeans") or the caption LoRA adapter of the original experiments (the DeepFashion-MultiModal template,
"The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."). The
adapter was trained with no end-of-answer token, so each adapter text runs to its limit (50 new tokens for captions,
30 for answers) and carries hit_limit=True; asked a question, it returns its caption template. The open questions
(wearing, description, details, material) come from the base model unless the case's comment says the adapter
answered them; the base model stops on its own and never has hit_limit. The closed questions (garment_type, color,
pattern, sleeve_length, fit, neckline, the per-piece color questions and "Is this a ...?") are enrich's
`--engine reference` answers chosen from candidate sets; they never loop or hit a limit, but can pick the wrong
candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal blue, green for olive or teal, red for maroon,
  yellow for mustard, grey for charcoal or grey melange, white or cream for off white, khaki, tan or beige for khaki.
  Reference picks of a neighbouring but wrong hue are contradiction: olive as brown, mustard as orange, navy as black
  (except where black is the color of the other garment in the photo: then other_garment_color).
- The color of the other garment in the photo (the jeans under a t-shirt, the tee under a jacket, the kurta under a
  Nehru jacket) given as the product's color is other_garment_color; so is one color given to both garments of a
  two-color outfit ("a black t-shirt and black pants" for black tee and grey track pants). Where both garments really
  are one color (black tee, black track pants), one color for both is correct.
- The color of a print or of the backdrop given as the garment's color (yellow for a white tee with a yellow tiger,
  green for a blue shirt shot in front of plants) is contradiction.
- Garment synonyms are correct: tee/t-shirt, pants/trousers/chinos, sweatpants or joggers for track pants, hoodie or
  sweater for a hooded sweatshirt, vest for a Nehru jacket or an innerwear vest, tank top for a vest, underwear for
  briefs or trunks, boxers or shorts for boxer shorts, jean jacket for denim jacket, plaid for checked. A base model
  calling a kurta "a shirt" (a long shirt is what it is) is counted correct; the adapter's "shirt" for a short kurta
  is not held against it either (those texts are labelled cut or loop).
- Materials: one the title names, or a plausible look-alike guess where the title names none (cotton on a plain tee,
  wool on a sweater, polyester on a puffer or sports shorts) is correct. A material the title contradicts (silk or
  chiffon on a cotton kurta, leather on a polyester bomber, denim on a cotton t-shirt) is unsupported.
- Invented things not in the photo (a tie, a logo or brand mark on a plain garment, a hood, a fur collar, a belt,
  buttons of a color the photo does not show, pleats and turn-ups on flat-front trousers, a person in a flat-lay) are
  unsupported.
- Adapter texts: a repeated template sentence is loop; a text stopping mid-sentence without repeating is cut; a
  template returned for the material question is restated (even where it names a fabric). An adapter text that
  misnames the product itself (a short-sleeve T-shirt for a turtleneck sweater) is contradiction, with hit_limit
  kept.
- Base texts: "it is made of", "the shirt has a" (early stop) are cut without hit_limit; an empty answer, "the
  details of the jeans", "the garment" and "yes" to an open question are non_answer; a material question answered
  with the garment's name or color ("a pink shirt", "maroon", "the sweater") is restated.
  Base answers that run on into "Question: ... Answer: ..." are leak even when the first words are right.
- "a woman"/"she" for a male model (two long-haired models) is pronoun.
- Sleeves: rolled-up full sleeves are still long sleeves ("short sleeves" is contradiction); the hoodie's long
  sleeves given for a sleeveless gilet worn over it is contradiction (the auditor sees the sleeve claim first).
- Packs: "two pairs" for a pack of three is contradiction; naming one of the pack's items is correct.
- Garment misnames are contradiction: a shirt as a jacket, briefs or trunks as shorts or briefs (the seller names
  the cut), denim shorts or chinos as jeans, a vest as a t-shirt, a long kurta as a dress, and the reference
  engine's "no" to "Is this a kurta?" for a kurta.
- One short base answer repeats itself and stops on its own ("grey and black and grey and black"): loop, no
  hit_limit.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

fit = question("fit", "What is the fit of the garment?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "closed")
color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_sweater = question("color_sweater", "What is the color of the sweater?", "closed")

BLIND_382 = [
    # photo: model in a plain white round-neck t-shirt and mid-blue jeans, light grey studio backdrop, front view.
    # all base / reference
    case(
        "X382-001",
        caption("a man in a white t-shirt and jeans standing in front of a grey wall"),
        D.wearing("a white t-shirt and white jeans", "other_garment_color"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        neckline("round neck"),
        D.details("a small logo on the chest", "unsupported"),
        D.material("denim", "unsupported"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of a black round-neck t-shirt with a white astronaut print on the chest, on a pale wooden floor.
    # caption: adapter
    case(
        "X382-002",
        caption(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The T-shirt "
            "has short sleeves, cotton fabric and graphic patterns. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt"),
        D.color("black"),
        D.pattern("solid", "contradiction"),
        D.description("a black t-shirt with a white astronaut on it"),
        is_a("t-shirt", "yes"),
        title="Men Black Astronaut Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in an olive green full-sleeve slim-fit casual shirt, untucked, over beige chinos; white wall.
    # all base / reference
    case(
        "X382-003",
        caption("a man in a green shirt and khaki pants"),
        D.wearing("a green jacket and beige pants", "contradiction"),
        D.color("brown", "contradiction"),
        fit("slim fit"),
        color_pants("beige"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a", "cut"),
        title="Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in light blue slim-fit jeans, a white t-shirt and white sneakers, full length, grey backdrop.
    # caption, details: adapter
    case(
        "X382-004",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        color_jeans("white", "other_garment_color"),
        D.color("blue"),
        fit("slim fit"),
        D.material("denim"),
        D.details(
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and "
            "solid color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a knee-length maroon cotton kurta with mandarin collar and white pyjama, beige wall, a potted
    # plant beside him. all base / reference
    case(
        "X382-005",
        caption("a man in a red kurta standing next to a plant"),
        D.wearing("a red kurta and white pants"),
        is_a("kurta", "yes"),
        color_kurta("maroon"),
        neckline("v-neck", "contradiction"),
        D.material("silk", "unsupported"),
        D.details("it has buttons on the front"),
        title="Men Maroon Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in grey melange track pants with black side stripes and a black t-shirt, white studio.
    # all base / reference
    case(
        "X382-006",
        caption("a man in a black shirt and grey sweatpants"),
        D.wearing("a black t-shirt and black pants", "other_garment_color"),
        color_pants("grey"),
        D.details("black stripes on the side"),
        D.material("cotton"),
        is_a("pair of track pants", "no", "contradiction"),
        D.description("the pants are grey and black and grey and black", "loop"),
        title="Men Grey Melange Solid Joggers Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a zipped navy blue hooded puffer jacket over a grey t-shirt and blue jeans, white studio.
    # caption, wearing: adapter
    case(
        "X382-007",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The gentleman wears a long pants. The pants are with denim fabric and "
            "solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton "
            "fabric. The gentleman wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        color_jacket("black", "contradiction"),
        D.description("a blue puffer jacket with a hood"),
        D.material("polyester"),
        is_a("jacket", "yes"),
        D.details("the", "non_answer"),
        title="Men Navy Blue Solid Hooded Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a mustard yellow cable-knit crew-neck pullover, white shirt collar showing at the neck, black
    # trousers, grey backdrop. all base / reference
    case(
        "X382-008",
        caption("a man in a yellow sweater and black pants"),
        D.wearing("a yellow sweater over a white shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.material("wool"),
        neckline("v-neck", "contradiction"),
        title="Men Mustard Yellow Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: flat-lay of three folded cotton briefs (black, grey, navy) side by side on white. Row has no gender.
    # all base / reference
    case(
        "X382-009",
        caption("three pairs of underwear on a white background"),
        D.wearing("underwear"),
        D.garment_type("shorts", "contradiction"),
        D.description("two pairs of black underwear", "contradiction"),
        D.material("cotton"),
        D.details("yes", "non_answer"),
        title="Men Pack of 3 Solid Cotton Briefs",
        category="Briefs",
        color="Multi",
    ),
    # photo: model in a white full-sleeve linen shirt, sleeves rolled to the elbow, one chest pocket, spread collar,
    # light blue jeans; red brick wall. all base / reference
    case(
        "X382-010",
        caption("a man in a white shirt standing in front of a brick wall"),
        D.wearing("a white shirt and jeans"),
        D.color("white"),
        D.material("linen"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("it has a pocket on the chest and a button down collar", "unsupported"),
        title="Men White Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in black slim-fit formal trousers, a light pink formal shirt tucked in, black belt; grey backdrop.
    # caption: adapter
    case(
        "X382-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and black pants"),
        color_pants("black"),
        D.description("pink", "other_garment_color"),
        fit("regular fit", "contradiction"),
        D.details("the pants have a belt"),
        D.material("a pink shirt", "restated"),
        title="Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in light blue washed denim shorts with a frayed hem and a red printed t-shirt, beige backdrop.
    # all base / reference
    case(
        "X382-012",
        caption("a man in a red shirt and denim shorts"),
        D.wearing("a red shirt and blue shorts"),
        color_shorts("red", "other_garment_color"),
        D.details("the shorts have a frayed hem"),
        D.material("denim"),
        is_a("pair of shorts", "yes"),
        D.garment_type("jeans", "contradiction"),
        D.description("a pair of blue denim shorts with a red belt", "unsupported"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black polyester bomber jacket (ribbed collar, zip, two side pockets) over a white t-shirt and
    # black jeans, white studio. all base / reference
    case(
        "X382-013",
        caption("a man wearing a black jacket and black jeans"),
        D.wearing("a black jacket and a white shirt"),
        D.color("black"),
        D.details(
            "the jacket has a zipper and two pockets Question: what is the color of the jacket? Answer: black",
            "leak",
        ),
        D.material("leather", "unsupported"),
        is_a("jacket", "yes"),
        neckline("hooded", "contradiction"),
        title="Men Black Solid Polyester Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a navy and white horizontally striped round-neck t-shirt on a grey background.
    # caption: adapter
    case(
        "X382-014",
        caption(
            "The T-shirt has short sleeves, cotton fabric and striped patterns. It has a round neckline. The T-shirt "
            "has short sleeves, cotton fabric and striped patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("striped"),
        D.description("a blue and white striped shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a man wearing a blue and white striped shirt", "unsupported"),
        title="Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model seated on a wooden chair in an off-white kurta with white thread embroidery on the yoke and a white
    # churidar, white studio. all base / reference
    case(
        "X382-015",
        caption("a man in a white kurta sitting on a chair"),
        D.wearing("a white kurta and pajamas"),
        color_kurta("white"),
        D.description("a white kurta with gold embroidery", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        D.material("cotton"),
        D.details("details", "non_answer"),
        title="Men Off White Embroidered Yoke Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: long-haired male model in a pink short-sleeve floral printed shirt and white shorts, pale blue studio.
    # all base / reference
    case(
        "X382-016",
        caption("a woman in a pink shirt and white shorts", "pronoun"),
        D.wearing("a pink floral shirt and white shorts"),
        D.pattern("floral"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.material("rayon Question: what is the fit of the shirt? Answer: regular", "leak"),
        title="Men Pink Floral Print Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a black hooded sweatshirt with "BROOKLYN" in white letters across the chest, kangaroo pocket,
    # grey joggers; grey backdrop. caption: adapter
    case(
        "X382-017",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and grey sweatpants"),
        D.color("black"),
        D.description("a black hoodie with the word brooklyn on it"),
        D.details("a hood, a kangaroo pocket and a zipper", "unsupported"),
        D.material("it is made of", "cut"),
        title="Men Black Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in khaki cotton chinos, a navy polo t-shirt tucked in, white sneakers; white studio.
    # all base / reference
    case(
        "X382-018",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("a navy polo shirt and tan pants"),
        color_pants("blue", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        fit("regular fit", "contradiction"),
        D.details("the pants have pockets on the sides"),
        D.material("khaki", "restated"),
        title="Men Khaki Slim Fit Cotton Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: flat-lay of two folded plain white sleeveless cotton vests on grey.
    # all base / reference
    case(
        "X382-019",
        caption("two white tank tops on a grey background"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.description("a white tank top with a black logo on the front", "unsupported"),
        D.material("a white vest", "restated"),
        title="Men Pack of 2 White Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: model in a red and black checked flannel shirt worn open over a black t-shirt, blue jeans, white studio.
    # caption, details: adapter
    case(
        "X382-020",
        caption(
            "His shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The pants this "
            "gentleman wears is of long length. The pants are with denim fabric and solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red plaid shirt over a black t-shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.description("a red and black plaid shirt"),
        color_shirt("red"),
        D.details(
            "His shirt has long sleeves, cotton fabric and lattice patterns. His shirt has long sleeves, "
            "cotton fabric and lattice patterns. His shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a long teal blue cotton-silk kurta with mandarin collar and white pyjama, festive string
    # lights blurred behind. all base / reference
    case(
        "X382-021",
        caption("a man in a blue kurta standing in front of lights"),
        D.wearing("a blue shirt and white pants"),
        color_kurta("green"),
        D.details("the kurta has a mandarin collar and buttons"),
        D.material("cotton silk"),
        is_a("kurta", "yes"),
        title="Men Teal Blue Solid Cotton Silk Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: model in grey slim-fit jeans and a white shirt, sleeves rolled; plain white backdrop.
    # all base / reference
    case(
        "X382-022",
        caption("a man in a white shirt and grey jeans"),
        D.wearing("a white shirt and grey jeans"),
        color_jeans("grey"),
        D.color("white", "other_garment_color"),
        D.details("the details of the jeans", "non_answer"),
        D.material("denim Question: what is the fit of the jeans? Answer: slim", "leak"),
        title="Men Grey Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a mustard yellow full-sleeve henley t-shirt (three buttons at the neck) and black jeans,
    # white studio. all base / reference
    case(
        "X382-023",
        caption("a man in a yellow shirt with black pants"),
        D.wearing("a yellow t-shirt and black jeans"),
        D.color("orange", "contradiction"),
        neckline("henley neck"),
        D.sleeve_length("long sleeves"),
        D.details("it has three buttons on the neck"),
        D.description("a yellow and black shirt", "other_garment_color"),
        title="Men Mustard Yellow Solid Henley Neck Full Sleeves T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in olive green cotton cargo shorts and a plain black t-shirt, no belt, beige backdrop.
    # caption: adapter
    case(
        "X382-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and green shorts"),
        color_shorts("green"),
        D.details("cargo pockets on the sides"),
        D.description("a pair of green cargo shorts with a belt", "unsupported"),
        is_a("pair of shorts", "yes"),
        D.material("shorts", "restated"),
        title="Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a light blue washed denim jacket (buttoned front, two flap chest pockets, plain denim collar)
    # over a white t-shirt, black jeans; grey backdrop. all base / reference
    case(
        "X382-025",
        caption("a man in a denim jacket and black jeans"),
        D.wearing("a blue jean jacket and black pants"),
        color_jacket("blue"),
        D.material("denim"),
        is_a("jacket", "no", "contradiction"),
        D.description("a blue denim jacket with a fur collar", "unsupported"),
        D.details(
            "the jacket has buttons on the front and two chest pockets Question: what is the color of the jacket? "
            "Answer: blue Question:",
            "leak",
        ),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a grey melange V-neck pullover over a light blue shirt (collar showing), navy chinos; white
    # studio. caption, wearing: adapter
    case(
        "X382-026",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. "
            "It has a V-shape neckline. This gentleman wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a V-shape neckline. This",
            "cut",
            hit_limit=True,
        ),
        neckline("v-neck"),
        D.color("blue", "other_garment_color"),
        D.material("the sweater", "restated"),
        D.sleeve_length("long sleeves"),
        color_sweater("grey"),
        title="Men Grey Melange V-Neck Pullover Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a white crew-neck t-shirt with a big red and yellow tiger print, black shorts; beige backdrop.
    # all base / reference
    case(
        "X382-027",
        caption("a man in a white t-shirt with a tiger on it"),
        D.wearing("a white t-shirt with a tiger print"),
        D.color("yellow", "contradiction"),
        D.pattern("graphic"),
        D.description("a white t-shirt with a red and yellow tiger on the front"),
        D.material(
            "cotton Question: what is the pattern of the t-shirt? Answer: graphic",
            "leak",
        ),
        color_tshirt("black", "other_garment_color"),
        title="Men White Tiger Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in black polyester track pants with thin white side piping and zip pockets, and a black t-shirt;
    # grey wall. all base / reference
    case(
        "X382-028",
        caption("a man in a black shirt and black pants"),
        D.wearing("a black t-shirt and black pants"),
        color_pants("black"),
        D.details("white stripes on the sides and a zipper on the pocket"),
        D.material("polyester"),
        is_a("pair of jeans", "no"),
        title="Men Black Solid Polyester Track Pants with Zip Pockets",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of two folded checked boxer shorts (one navy and white check, one grey and white check) on white.
    # Row has no color. caption: adapter
    case(
        "X382-029",
        caption(
            "The shorts are with cotton fabric and lattice patterns. The shorts are with cotton fabric and lattice "
            "patterns. The shorts are with cotton fabric and lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.pattern("checked"),
        D.description("a pair of blue and white plaid boxers"),
        D.material("the shorts are made of", "cut"),
        D.wearing("he is wearing a pair of blue shorts", "unsupported"),
        title="Men Pack of 2 Checked Cotton Boxers",
        category="Boxers",
        gender="Men",
    ),
    # photo: model in a light pink slim-fit formal shirt, no tie, navy trousers; grey backdrop.
    # all base / reference
    case(
        "X382-030",
        caption("a man in a pink shirt and blue pants"),
        D.wearing("a pink shirt and a blue tie", "unsupported"),
        D.color("pink"),
        fit("slim fit"),
        D.details("it has a collar and buttons"),
        D.material("a pink shirt", "restated"),
        color_shirt("blue", "other_garment_color"),
        title="Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a short mustard cotton kurta with a white floral block print and band collar, blue jeans;
    # white studio. caption: adapter
    case(
        "X382-031",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The gentleman wears a long pants. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and jeans"),
        color_kurta("blue", "other_garment_color"),
        D.pattern("floral"),
        is_a("kurta", "yes"),
        D.description("a yellow and white shirt with a flower print"),
        D.details("the kurta has a", "cut"),
        title="Men Mustard Floral Printed Short Cotton Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a brown genuine leather biker jacket (asymmetric zip, no hood) over a grey t-shirt, blue jeans;
    # dark grey backdrop. all base / reference
    case(
        "X382-032",
        caption("a man in a brown leather jacket"),
        D.wearing("a brown jacket and blue jeans"),
        color_jacket("brown"),
        D.material("leather"),
        D.description("a brown leather jacket with a hood", "unsupported"),
        D.details("zipper Question: what is the color of the t-shirt? Answer: grey", "leak"),
        D.color("grey", "other_garment_color"),
        title="Men Brown Solid Genuine Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: bearded long-haired male model in a black round-neck cotton t-shirt and blue jeans; white studio.
    # all base / reference
    case(
        "X382-033",
        caption("a woman in a black t-shirt", "pronoun"),
        D.wearing("she is wearing a black shirt and jeans", "pronoun"),
        D.color("black"),
        D.sleeve_length("short sleeves"),
        neckline("v-neck", "contradiction"),
        D.material("cotton"),
        title="Men Black Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: back view of a model in dark indigo straight-fit jeans (two back pockets, leather patch) and a grey
    # t-shirt; grey backdrop. caption, wearing, material: adapter
    case(
        "X382-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_jeans("blue"),
        fit("straight fit"),
        D.details("two pockets on the back"),
        D.material(
            "The gentleman wears a long pants. The pants are with denim fabric and solid color patterns. The "
            "gentleman wears a long pants. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of a maroon polo t-shirt with white tipping on the collar and sleeve hems, no logo, on white.
    # all base / reference
    case(
        "X382-035",
        caption("a maroon polo shirt on a white background"),
        D.garment_type("polo shirt"),
        D.color("red"),
        D.details("white stripes on the collar and sleeves"),
        D.description("a maroon polo shirt with a white logo on the chest", "unsupported"),
        neckline("round neck", "contradiction"),
        D.material("maroon", "restated"),
        title="Men Maroon Solid Polo Collar T-shirt with Tipping",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a white full-sleeve formal shirt with thin blue vertical stripes and white buttons, tucked into
    # beige trousers; white studio. all base / reference
    case(
        "X382-036",
        caption("a man in a blue and white striped shirt"),
        D.wearing("a striped shirt and beige pants"),
        D.pattern("solid", "contradiction"),
        D.color("beige", "other_garment_color"),
        D.details("the shirt has a pocket and blue buttons", "unsupported"),
        D.material("cotton"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men White & Blue Striped Regular Fit Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a charcoal grey sleeveless Nehru jacket over a white kurta and white pyjama; beige backdrop.
    # all base / reference
    case(
        "X382-037",
        caption("a man in a white kurta and a grey vest"),
        D.wearing("a grey vest and white kurta"),
        color_jacket("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        is_a("jacket", "yes"),
        D.description("a grey vest with a mandarin collar and buttons"),
        D.material("the jacket", "restated"),
        D.details("details", "non_answer"),
        title="Men Charcoal Grey Solid Woven Nehru Jacket",
        category="Nehru Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in plain navy blue running shorts with an elastic waistband and a black sleeveless vest;
    # white studio. caption, material: adapter
    case(
        "X382-038",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and blue shorts"),
        color_shorts("black", "other_garment_color"),
        D.material(
            "The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The gentleman wears a three",
            "restated",
            hit_limit=True,
        ),
        D.details("the shorts have an elastic waistband"),
        D.description("a pair of blue shorts with a white nike logo", "unsupported"),
        title="Men Navy Blue Solid Running Sports Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a maroon zip-front knitted cardigan over a white t-shirt, blue jeans; white studio.
    # all base / reference
    case(
        "X382-039",
        caption("a man in a red sweater and jeans"),
        D.wearing("a red sweater and a white shirt"),
        D.color("red"),
        D.description("a red sweater with a hood and a zipper", "unsupported"),
        D.details(
            "the sweater has a zipper Question: what is the material of the sweater? Answer: wool",
            "leak",
        ),
        D.sleeve_length("long sleeves"),
        color_sweater("white", "other_garment_color"),
        title="Men Maroon Solid Zip-Front Cardigan",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a sky blue half-sleeve casual shirt with small white polka dots, untucked over white trousers;
    # green leafy plants behind. all base / reference
    case(
        "X382-040",
        caption("a man in a blue shirt standing in front of plants"),
        D.wearing(
            "a blue shirt and white pants Question: what is the pattern of the shirt? Answer: polka dots",
            "leak",
        ),
        D.pattern("polka dots"),
        D.color("green", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt has white dots"),
        D.material("the shirt is made of", "cut"),
        title="Men Blue Polka Dot Print Half Sleeve Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model shot cropped at chest and mid-thigh, black cotton trunks with a white branded waistband; white
    # studio. Row has no category. all base / reference
    case(
        "X382-041",
        caption("a man in black underwear"),
        D.wearing("black underwear"),
        D.garment_type("briefs", "contradiction"),
        D.color("black"),
        D.details("a white waistband with the brand name"),
        D.material("", "non_answer"),
        title="Men Black Solid Cotton Trunks",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy blue turtleneck pullover sweater and black trousers; grey wall.
    # caption, description: adapter
    case(
        "X382-042",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has "
            "a standing neckline. This man wears a long pants. The pants are with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue turtleneck and black pants"),
        neckline("high neck"),
        D.color("black", "other_garment_color"),
        D.material("wool"),
        is_a("sweater", "yes"),
        D.details("the garment", "non_answer"),
        D.description(
            "This man wears a long-sleeve sweater with pure color patterns. This man wears a long-sleeve "
            "sweater with pure color patterns. This man",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Turtle Neck Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in grey checked flat-front formal trousers (no turn-ups), a white shirt tucked in, black belt,
    # brown shoes; white studio. all base / reference
    case(
        "X382-043",
        caption("a man in a white shirt and grey pants"),
        D.wearing("a white shirt and grey plaid pants"),
        color_pants("grey"),
        D.pattern("checked"),
        D.material("wool"),
        D.details("the pants have a pleat in the front and cuffs at the bottom", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: long-haired male model in a white chikankari-embroidered cotton kurta and white pyjama; beige backdrop.
    # all base / reference
    case(
        "X382-044",
        caption("a woman in a white kurta with embroidery", "pronoun"),
        D.wearing("a white dress and white pants", "contradiction"),
        color_kurta("white"),
        D.details("white embroidery on the front"),
        D.material("chiffon", "unsupported"),
        is_a("kurta", "yes"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of a grey melange fleece sweatshirt with "CALIFORNIA" in navy letters, on a wooden table with
    # sunglasses and a wristwatch beside it. all base / reference
    case(
        "X382-045",
        caption("a grey sweatshirt with sunglasses and a watch on a wooden table"),
        D.color("blue", "contradiction"),
        D.pattern("graphic"),
        D.description("a grey sweatshirt with the word california on it"),
        D.details("blue letters on the front and ribbed cuffs"),
        D.material("fleece"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Grey Melange Printed Fleece Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in an olive green sleeveless quilted puffer gilet over a black hoodie, black jeans; white studio.
    # caption: adapter
    case(
        "X382-046",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The "
            "jacket is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green vest over a black hoodie"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_jacket("green"),
        D.color("black", "other_garment_color"),
        D.description("a green puffer vest"),
        title="Men Olive Green Sleeveless Quilted Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
]
