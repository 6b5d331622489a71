"""BLIND_561 (46 products; Myntra men's night run, base OPT-2.7b): written blind in the fifty-first session. Measured
blind at 5d6943d (the session's rules as they stood): 134/158 failures found (84.8%) and 10/211 correct texts flagged
(4.7%). The writer's notes, verbatim:

Scenario: one night's enrichment of a Myntra men's catalog feed on enrich's default questionnaire (wearing,
garment_type, color, pattern, sleeve_length, description, details, material). Shirts, t-shirts, polos, henleys,
kurtas, jeans, chinos and formal trousers, shorts, track pants, sweatshirts and hoodies, jackets and blazers, mostly
worn by a male model in a full outfit on the usual white (a few beige) studio backdrop, plus four flat-lays with no
person. Seller titles in the current Myntra style (brand, Men, color, fit, pattern, type); the feed's columns are
title, category (Myntra article type) and color (base colour); one row lacks color, one category, one gender.

Who wrote what: every caption and every open answer (wearing, description, details, material) is free generation by
the untuned base model Salesforce/blip2-opt-2.7b, greedy, 50 new tokens for captions and 30 for answers: short,
lowercase, often a bare noun phrase, sometimes a single word or a yes/no. Its habits as written here: it names the
outfit rather than the product (the jeans' color for the shirt), calls a kurta a shirt and a sweatshirt a sweater,
invents pockets, hoods, logos and fabrics, sometimes says "she" or "a woman" for the male model, now and then keeps
generating past the answer into a new "Question: ... Answer:" turn, and on long "details" answers falls into a
repeated phrase until the token limit or stops mid-phrase at it. The closed questions (garment_type, color,
pattern, sleeve_length) come from enrich's --engine reference, which ranks a fixed candidate list and returns one
value: never a loop or a cut, but it can pick the value of another garment in the photo or a plainly wrong one.

Labeling conventions and judgement calls:
- One label per text, the one that best describes what went wrong; a looping or cut answer is labeled loop or cut
  even if what it said before breaking down was also invented.
- A color is correct when it names the product's seller color or a near shade of it (red for Maroon, white for
  Cream, purple for Lavender, grey for Grey Melange/Charcoal, blue for Navy or Indigo). For a two-color product whose
  title names both colors (White & Navy stripes, White & Red colourblock) either named color is correct.
- A color that belongs to another garment visible in the photo (the jeans, the tee under the jacket, the shirt
  tucked into the trousers) is other_garment_color; a color no garment in the photo has is contradiction.
- A garment type or pattern that belongs to the other garment (the shirt's "checked" for the jeans, "shirt" for
  trousers) is contradiction, and so is "shirt" for a kurta, "sweater" for a sweatshirt, a wrong sleeve length.
  "jacket" for a blazer, "hoodie" for a hooded sweatshirt, "sweatpants" for track pants, "pants" for trousers and
  "tank top" for a sleeveless tee are accepted as synonyms.
- Material: the evident fabric for the item (denim jeans, cotton tee, shirt or kurta, fleece or cotton sweatshirt,
  polyester track pants or running shorts, leather for a leather-look biker jacket) is correct when the title is
  silent. A fiber the title contradicts is contradiction (cotton for a linen shirt); a fiber neither title nor photo
  supports (silk, wool, polyester for a cotton-look tee, leather from the belt, down fill, linen from the other
  garment) is unsupported.
- Invented features not in the photo (a hood, a chest pocket, a tie, a pocket square, rips on clean-look jeans, a
  v-neck on a round neck) are unsupported.
- A one-word or yes/no answer to an open question that says nothing about the product ("yes", "no", "pants" for the
  details, "they are shorts") is non_answer; a short answer that names a real, visible detail ("nike logo") is
  correct.
- The question echoed back, or an answer that only restates the question's words ("the details of the polo shirt",
  "the garment", "the material of the garment"), is restated.
- "she" or "a woman" for the male model is pronoun; "he" is correct.
- Text running on into "Question: ... Answer:" is leak whether or not the part before it was right.
- hit_limit=True on every loop and cut, and on leaks and captions that ran to the token limit.
- No sleeve_length question is stored for bottoms (the run skips it for Jeans, Trousers, Shorts, Track Pants).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

Q = DEFAULT_QUESTIONS
W, GT, COL, PAT, SL = Q.wearing, Q.garment_type, Q.color, Q.pattern, Q.sleeve_length
DESC, DET, MAT = Q.description, Q.details, Q.material

BLIND_561 = [
    # photo: man in a navy-and-white checked full-sleeve casual shirt, untucked, no chest pocket, light blue jeans,
    # white sneakers, white backdrop, front view; caption and open answers base OPT-2.7b, closed answers reference
    case(
        "X561-001",
        caption("a man wearing a red and white checkered shirt and jeans", "contradiction"),
        W("a checkered shirt and jeans"),
        GT("shirt"),
        COL("navy blue"),
        PAT("checked"),
        SL("long"),
        DESC("a blue and white plaid shirt"),
        DET("the shirt has a pocket on the left side", "unsupported"),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black round-neck t-shirt with a big white "NEW YORK 1986" print on the chest, olive chinos,
    # white backdrop, front view; base OPT-2.7b open texts, reference closed
    case(
        "X561-002",
        caption("a man in a black t - shirt with the words new york on it"),
        W("black t-shirt"),
        GT("t-shirt"),
        COL("olive", "other_garment_color"),
        PAT("printed"),
        DESC("a green t-shirt with white writing on it", "other_garment_color"),
        DET(
            "new york new york new york new york new york new york new york new york new york new york new york new",
            "loop",
            hit_limit=True,
        ),
        MAT("cotton"),
        title="HRX by Hrithik Roshan Men Black Typography Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a maroon pique polo with white tipping on the collar and cuffs, small logo on the left chest,
    # grey jeans, white backdrop, front view; base OPT-2.7b open texts, reference closed
    case(
        "X561-003",
        caption("a man wearing a red polo shirt and grey jeans"),
        W("she is wearing a red polo shirt", "pronoun"),
        GT("polo shirt"),
        COL("grey", "other_garment_color"),
        PAT("solid"),
        DESC(
            "a maroon polo shirt with a white stripe on the collar and the cuffs, two buttons on the placket and a "
            "small logo on the left side of the",
            "cut",
            hit_limit=True,
        ),
        DET("the details of the polo shirt", "restated"),
        MAT("polyester", "contradiction"),
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in mid-blue skinny jeans, clean look, a white crew-neck t-shirt tucked in, brown boots, white
    # backdrop, full length; base OPT-2.7b open texts, reference closed
    case(
        "X561-004",
        caption("a man in a white t - shirt and blue jeans"),
        W("jeans"),
        GT("jeans"),
        COL("white", "other_garment_color"),
        PAT("solid"),
        DESC("black jeans", "contradiction"),
        DET(
            "the jeans have a button fly and a zipper fly and a button fly and a zipper fly and a button fly and a",
            "loop",
            hit_limit=True,
        ),
        MAT("denim"),
        title="Mast & Harbour Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in khaki slim chinos, a navy polo tucked in, brown leather belt, tan loafers, side view, white
    # backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-005",
        caption("a man in a blue shirt and khaki pants"),
        W("khaki pants and a blue shirt"),
        GT("jeans", "contradiction"),
        COL("navy blue", "other_garment_color"),
        DESC("khaki pants"),
        DET("pants", "non_answer"),
        MAT("leather", "unsupported"),
        title="Highlander Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a cream straight kurta with tone-on-tone self-design weave and mandarin collar, white churidar,
    # brown juttis, plain beige backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-006",
        caption("a man in a white kurta standing in front of a wall"),
        W("a white kurta pajama"),
        GT("kurta"),
        COL("cream"),
        SL("long"),
        DESC("it is a white kurta with a white pajama"),
        DET(
            "he is wearing a white kurta with a white pajama and a white kurta and a white pajama and a white kurta",
            "loop",
            hit_limit=True,
        ),
        MAT("silk", "unsupported"),
        title="Manyavar Men Cream-Coloured Self Design Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: man in black track pants with two white stripes down each side and zip side pockets, grey melange
    # hoodie, running shoes, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-007",
        caption("a man in a grey hoodie and black pants"),
        W("a gray sweatshirt and black sweatpants"),
        GT("track pants"),
        COL("grey", "other_garment_color"),
        PAT("striped"),
        DESC("gray sweatpants", "other_garment_color"),
        DET(
            "the pants have an elastic waistband with a drawstring and two side pockets with zippers and white "
            "stripes running down the side of each leg from the",
            "cut",
            hit_limit=True,
        ),
        MAT("polyester"),
        title="Puma Men Black Side-Striped Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a mustard crew-neck sweatshirt, no hood, small embroidered logo on the chest, blue jeans, white
    # backdrop, front view; base OPT-2.7b open texts, reference closed
    case(
        "X561-008",
        caption("a man wearing a yellow sweatshirt and jeans"),
        W("yellow sweatshirt"),
        GT("sweater", "contradiction"),
        COL("yellow"),
        PAT("solid"),
        SL("long"),
        DESC("a yellow sweatshirt with a hood", "unsupported"),
        MAT("cotton"),
        title="Roadster Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in an olive bomber jacket with a zip pocket on the left sleeve, open over a white t-shirt, black
    # jeans, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-009",
        caption("a man in a green jacket and black pants"),
        W("a green jacket and a white shirt"),
        GT("jacket"),
        PAT("camouflage", "contradiction"),
        COL("white", "other_garment_color"),
        SL("long"),
        DESC(
            "a green bomber jacket with a zipper on the front, ribbed cuffs and a ribbed collar, two pockets on the "
            "sides and a pocket on the left sleeve with a",
            "cut",
            hit_limit=True,
        ),
        DET(
            "Question: What is the color of the jacket? Answer: green Question: What is the color of the shirt? "
            "Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        MAT("leather", "unsupported"),
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a navy single-breasted two-button blazer over a white shirt, no tie, grey trousers, white
    # backdrop, front view; base OPT-2.7b open texts, reference closed
    case(
        "X561-010",
        caption("a man in a suit and tie", "unsupported"),
        W("a navy blazer and a white shirt"),
        GT("blazer"),
        COL("navy blue"),
        PAT("solid"),
        DESC("a black suit jacket", "contradiction"),
        DET("two buttons"),
        MAT("wool", "unsupported"),
        title="Blackberrys Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in knee-length beige chino shorts with side pockets, a light blue linen shirt with rolled sleeves,
    # white sneakers, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-011",
        caption("a man wearing a blue shirt and beige shorts"),
        W("shorts Question: What color are the shorts? Answer: beige", "leak"),
        GT("shorts"),
        COL("blue", "other_garment_color"),
        DESC("a pair of khaki pants", "contradiction"),
        DET("the shorts have a pocket on the side"),
        MAT("linen", "unsupported"),
        title="Breakbounce Men Beige Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a grey melange full-sleeve henley t-shirt with a three-button placket, no pocket, dark blue jeans,
    # white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-012",
        caption("a man wearing a grey shirt and blue jeans"),
        W("blue t-shirt and jeans", "other_garment_color"),
        GT("shirt", "contradiction"),
        COL("grey"),
        SL("short", "contradiction"),
        DESC("a grey henley shirt with buttons"),
        DET("buttons and a chest pocket", "unsupported"),
        MAT("cotton"),
        title="Highlander Men Grey Melange Solid Henley Neck Slim Fit T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a blue straight kurta with a small white floral print all over, white pyjama, white backdrop;
    # base OPT-2.7b open texts, reference closed
    case(
        "X561-013",
        caption("a man in a blue and white shirt", "contradiction"),
        W("a blue kurta"),
        GT("kurta"),
        COL("blue"),
        PAT("floral"),
        SL("short", "contradiction"),
        DESC("a blue kurta with white flowers on it"),
        DET("she is wearing a blue kurta with white flowers", "pronoun"),
        MAT(
            "cotton Question: What is the color of the kurta? Answer: blue Question: What is the color of the "
            "pajama? Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        title="Anouk Men Blue & White Floral Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a white full-sleeve formal shirt, collar buttoned, on a white backdrop, no person;
    # base OPT-2.7b open texts, reference closed
    case(
        "X561-014",
        caption("a white shirt on a white background"),
        W("a white shirt"),
        GT("shirt"),
        COL("white"),
        SL("long"),
        DESC("yes", "non_answer"),
        DET(
            "the shirt has a spread collar, buttons down the front, long sleeves with buttoned cuffs and a curved "
            "hem at the bottom of the shirt and the",
            "cut",
            hit_limit=True,
        ),
        MAT("cotton"),
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in black slim jeans, distressed at both knees, no belt, a grey t-shirt with a small printed logo,
    # white sneakers, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-015",
        caption("a man in a gray t - shirt and black jeans with holes in the knees"),
        W("she is wearing black jeans", "pronoun"),
        GT("jeans"),
        COL("grey", "other_garment_color"),
        PAT("printed", "contradiction"),
        DESC("ripped black jeans"),
        DET("the jeans have a button and a zipper and a belt", "unsupported"),
        MAT("denim"),
        title="Roadster Men Black Slim Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy hooded sweatshirt with a big white "BROOKLYN" print and a kangaroo pocket, black track
    # pants, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-016",
        caption("a man wearing a blue hoodie with the word brooklyn on it"),
        W("a black hoodie", "other_garment_color"),
        GT("sweatshirt"),
        COL("black", "other_garment_color"),
        PAT("printed"),
        SL("short", "contradiction"),
        DESC("a navy blue hoodie with white letters"),
        DET(
            "brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn brooklyn "
            "brooklyn brooklyn brooklyn brooklyn",
            "loop",
            hit_limit=True,
        ),
        MAT("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="HRX by Hrithik Roshan Men Navy Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white polo with navy horizontal stripes and a navy collar, beige chinos, white backdrop;
    # base OPT-2.7b open texts, reference closed
    case(
        "X561-017",
        caption("a man wearing a striped polo shirt"),
        W("a blue and white striped shirt"),
        GT("polo shirt"),
        COL("navy blue"),
        PAT("striped"),
        SL("short"),
        DESC("a white polo shirt with blue stripes"),
        DET("a polo shirt with stripes and a zipper", "unsupported"),
        title="Tommy Hilfiger Men White & Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in charcoal grey flat-front formal trousers, a light pink formal shirt tucked in, black belt,
    # black shoes, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-018",
        caption("a man in a pink shirt and grey pants"),
        W("pink shirt and grey pants"),
        GT("shirt", "contradiction"),
        COL("pink", "other_garment_color"),
        DESC("a pink shirt", "other_garment_color"),
        DET("pleated", "unsupported"),
        MAT("linen", "unsupported"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a light blue denim shirt, full sleeves rolled up to the elbows, two flap chest pockets, off-white
    # chinos, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-019",
        caption("a man wearing a denim shirt and white pants"),
        W("he is wearing a denim shirt and white pants"),
        GT("shirt"),
        COL("grey", "contradiction"),
        PAT("solid"),
        SL("long"),
        DESC("a blue denim shirt with two pockets on the front"),
        DET(
            "two pockets on the front and two pockets on the front and two pockets on the front and two pockets "
            "on the front and two",
            "loop",
            hit_limit=True,
        ),
        MAT("denim"),
        title="Levis Men Blue Regular Fit Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a white round-neck t-shirt with a red and yellow tiger graphic on the chest, blue ripped jeans,
    # white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-020",
        caption("a man in a white t - shirt with a tiger on it"),
        W("she is wearing a white t-shirt and jeans", "pronoun"),
        GT("t-shirt"),
        COL("blue", "other_garment_color"),
        PAT("graphic"),
        DESC("a yellow t-shirt with a tiger", "contradiction"),
        DET("a tiger print on the front and a v-neck", "unsupported"),
        MAT("cotton Question: What is the pattern of the garment? Answer: graphic", "leak"),
        title="Bewakoof Men White Graphic Printed Round Neck Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a mid-blue washed denim jacket worn open over a black hoodie (hood out), black jeans, white
    # backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-021",
        caption("a man wearing a denim jacket and a black hoodie"),
        W("a jean jacket"),
        GT("jacket"),
        COL("black", "other_garment_color"),
        DESC("a denim jacket with a hood", "unsupported"),
        DET(
            "the jacket has a button on the front and a button on the front and a button on the front and a button",
            "loop",
            hit_limit=True,
        ),
        MAT("denim"),
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a maroon silk-blend straight kurta with gold thread embroidery round the neckline, cream
    # churidar, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-022",
        caption("a man in a red kurta with gold embroidery"),
        W("the person is wearing", "restated"),
        GT("kurta"),
        COL("purple", "contradiction"),
        SL("long"),
        DESC("a maroon kurta with gold embroidery on the neck"),
        DET(
            "Question: What are the details of the garment? Answer: The kurta is made of silk and has gold "
            "embroidery on the collar and",
            "leak",
            hit_limit=True,
        ),
        MAT("silk"),
        title="Sojanya Men Maroon Embroidered Silk Blend Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in light-wash denim shorts with a frayed hem, a black sleeveless t-shirt, white sneakers, white
    # backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-023",
        caption("a man in a black tank top and jean shorts"),
        W("a black tank top and shorts"),
        GT("shorts"),
        COL("black", "other_garment_color"),
        PAT("solid"),
        DESC("black shorts", "other_garment_color"),
        DET("they are shorts", "non_answer"),
        MAT("denim"),
        title="Mast & Harbour Men Blue Washed Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black short-sleeve cuban-collar shirt with an all-over white and yellow hibiscus print, beige
    # shorts, sunglasses held in one hand, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-024",
        caption("a man in a black shirt with flowers on it holding sunglasses"),
        W("a hawaiian shirt Question: Is this a shirt? Answer: yes", "leak"),
        GT("shirt"),
        COL("black"),
        PAT("striped", "contradiction"),
        SL("short"),
        DESC("a black shirt with white flowers and yellow flowers"),
        DET(
            "the shirt has a floral print and a floral print and a floral print and a floral print and a floral",
            "loop",
            hit_limit=True,
        ),
        MAT("rayon", "unsupported"),
        title="HIGHLANDER Men Black & White Slim Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of navy straight track pants, white drawstring, open slip pockets, white backdrop, no person;
    # base OPT-2.7b open texts, reference closed
    case(
        "X561-025",
        caption("a pair of blue sweatpants on a white background"),
        W("sweatpants"),
        GT("track pants"),
        COL("navy blue"),
        PAT("solid"),
        DESC("a pair of grey jogging pants", "contradiction"),
        DET("drawstring and zipper pockets", "unsupported"),
        MAT("cotton"),
        title="Jockey Men Navy Blue Solid Straight Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in olive green cargo trousers with flap pockets on the thighs, a black t-shirt, white sneakers,
    # white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-026",
        caption("a man in a black t - shirt and green cargo pants"),
        W("cargo pants"),
        GT("trousers"),
        COL("black", "other_garment_color"),
        PAT("printed", "contradiction"),
        DESC("pants", "non_answer"),
        DET(
            "the pants have pockets on the side and on the back and on the front and on the side and on the back "
            "and on",
            "loop",
            hit_limit=True,
        ),
        MAT("the material of the garment", "restated"),
        title="Roadster Men Olive Green Regular Fit Solid Cargos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a colourblocked sweatshirt (white body, red chest panel, navy sleeves), blue jeans, white
    # backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-027",
        caption("a man wearing a red, white and blue sweatshirt"),
        W("a red white and blue sweater", "contradiction"),
        GT("sweatshirt"),
        COL("red"),
        PAT("colour blocked"),
        SL("long"),
        DESC("a sweatshirt with a hood and a pocket on the front", "unsupported"),
        DET("Question: What is the color of the sweatshirt? Answer: red", "leak"),
        MAT("fleece"),
        title="United Colors of Benetton Men White & Red Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a grey-and-brown checked casual blazer over a black turtleneck, black trousers, white backdrop,
    # no pocket square; base OPT-2.7b open texts, reference closed
    case(
        "X561-028",
        caption("a man in a suit jacket and black turtleneck"),
        W("a plaid blazer"),
        GT("jacket"),
        COL("black", "other_garment_color"),
        PAT("checked"),
        SL("short", "contradiction"),
        DESC("a brown plaid blazer with a black sweater"),
        DET(
            "the blazer has a notch lapel, two buttons, and a pocket square in the breast pocket",
            "unsupported",
        ),
        title="Mr Button Men Grey & Brown Checked Slim Fit Casual Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a plain olive green crew-neck t-shirt without a pocket, black joggers, hands in pockets, white
    # backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-029",
        caption("a man in a green shirt and black pants with a backpack", "unsupported"),
        W("a brown t-shirt", "contradiction"),
        GT("t-shirt"),
        COL("olive"),
        SL("short"),
        DESC("a green t-shirt with a pocket on the chest", "unsupported"),
        DET("green", "non_answer"),
        MAT("cotton"),
        title="Roadster Men Olive Green Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a sky blue full-sleeve linen shirt with a mandarin collar, white trousers, hands in pockets,
    # plain beige backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-030",
        caption(
            "a man in a blue shirt and white pants standing in front of a beige wall with his hands in his pockets "
            "and looking at the camera with a serious look on his face and a",
            "cut",
            hit_limit=True,
        ),
        W("blue shirt and white pants"),
        GT("shirt"),
        COL("white", "other_garment_color"),
        SL("long"),
        DESC("a white shirt with a collar", "other_garment_color"),
        DET("the shirt has a mandarin collar and buttons down the front"),
        MAT("cotton", "contradiction"),
        title="Mango Man Blue Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in light-fade blue slim jeans, a navy checked shirt untucked, brown shoes, side view, white
    # backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-031",
        caption("a man in a blue plaid shirt and jeans"),
        W("jeans and a plaid shirt"),
        GT("shirt", "contradiction"),
        COL("blue"),
        PAT("checked", "contradiction"),
        DESC("a plaid shirt", "contradiction"),
        DET(
            "the jeans have five pockets, a button and zipper closure, belt loops, and a light wash with fading on "
            "the thighs and the knees and the",
            "cut",
            hit_limit=True,
        ),
        MAT("denim"),
        title="Levis Men Blue 511 Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a bright green polo with white collar tipping and a small chest logo, white shorts, white
    # backdrop, front view; base OPT-2.7b open texts, reference closed
    case(
        "X561-032",
        caption("a woman in a green polo shirt and white shorts", "pronoun"),
        W("a green shirt and white shorts"),
        GT("polo shirt"),
        COL("white", "other_garment_color"),
        PAT("solid"),
        SL("short"),
        DESC("a green polo"),
        DET("a collar with two buttons and a logo on the sleeve", "unsupported"),
        title="Puma Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in a mustard yellow short kurta with a mandarin collar and a half button placket, blue jeans,
    # brown loafers, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-033",
        caption("a man wearing a yellow kurta and jeans"),
        W("yellow kurta and blue jeans"),
        GT("shirt", "contradiction"),
        COL("blue", "other_garment_color"),
        SL("long"),
        DESC("it is a yellow kurta with a mandarin collar and buttons"),
        DET("he is wearing a yellow shirt with jeans and brown shoes", "contradiction"),
        MAT("cotton"),
        title="Fabindia Men Mustard Yellow Solid Cotton Short Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a black padded puffer jacket with a hood, zipped up, grey jeans, white backdrop;
    # base OPT-2.7b open texts, reference closed
    case(
        "X561-034",
        caption("a man in a grey jacket with a hood", "other_garment_color"),
        W("a black coat"),
        GT("jacket"),
        COL("black"),
        SL("long"),
        DESC("jacket", "non_answer"),
        DET(
            "the jacket has a hood and a zipper and a hood and a zipper and a hood and a zipper and a hood and a",
            "loop",
            hit_limit=True,
        ),
        MAT("down", "unsupported"),
        title="Wildcraft Men Black Solid Padded Hooded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a red-and-black buffalo check flannel shirt worn open over a grey t-shirt, black jeans, white
    # backdrop; the feed row has no category; base OPT-2.7b open texts, reference closed
    case(
        "X561-035",
        caption("a man wearing a red and black plaid shirt over a gray t - shirt"),
        W("a flannel shirt"),
        GT("shirt"),
        COL("grey", "other_garment_color"),
        PAT("checked"),
        DESC("a gray shirt", "other_garment_color"),
        DET(
            "Question: Describe the garment. Answer: red and black checkered shirt Question: What are the details of "
            "the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        MAT("the garment is made of material", "restated"),
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
        color="Red",
        gender="Men",
    ),
    # photo: man in a grey melange full-zip hooded sweatshirt, zipped halfway over a white t-shirt, navy joggers,
    # white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-036",
        caption("a man in a grey hoodie and blue pants"),
        W("she is wearing a gray hoodie", "pronoun"),
        GT("sweatshirt"),
        PAT("striped", "contradiction"),
        COL("white", "other_garment_color"),
        DESC("a gray hoodie with a zipper"),
        DET("the hoodie has a zipper"),
        MAT("wool", "unsupported"),
        title="Jack & Jones Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in black slim formal trousers with a pressed crease, a white formal shirt tucked in, black shoes,
    # side view, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-037",
        caption("a man in a white shirt and black pants"),
        W("he is wearing black pants"),
        GT("trousers"),
        COL("white", "other_garment_color"),
        DESC("white dress pants", "other_garment_color"),
        DET(
            "the pants have a crease down the front of each leg, a flat front, belt loops, two slanted side pockets "
            "and two welt pockets on the back of",
            "cut",
            hit_limit=True,
        ),
        MAT("wool", "unsupported"),
        title="Arrow Men Black Tailored Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy and white breton-striped full-sleeve round-neck t-shirt, white jeans, white backdrop;
    # base OPT-2.7b open texts, reference closed
    case(
        "X561-038",
        caption("a man in a striped shirt and white pants"),
        W("she is wearing a striped shirt", "pronoun"),
        GT("t-shirt"),
        COL("navy blue"),
        PAT("striped"),
        SL("short", "contradiction"),
        DESC("a blue and white striped shirt with long sleeves"),
        MAT("polyester", "unsupported"),
        DET(
            "the shirt has blue and white stripes and a round neck and long sleeves and blue and white stripes and a "
            "round neck",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a brown leather-look biker jacket with an asymmetric zip, belted waist and zipped cuffs, a black
    # t-shirt, black jeans, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-039",
        caption("a man in a brown leather jacket and black pants"),
        W("clothes", "non_answer"),
        GT("jacket"),
        COL("black", "other_garment_color"),
        PAT("solid"),
        DESC("a black leather jacket with zippers", "other_garment_color"),
        DET(
            "the jacket has a zipper on the front and two zippered pockets on the front and a belt at the waist and "
            "zippers on the cuffs of the",
            "cut",
            hit_limit=True,
        ),
        MAT("leather"),
        title="Roadster Men Brown Solid Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a white kurta with white chikankari floral embroidery on the front only, plain white pyjama,
    # white backdrop; the product is the set; base OPT-2.7b open texts, reference closed
    case(
        "X561-040",
        caption("a man in a white shirt and white pants", "contradiction"),
        W("white kurta pajama"),
        GT("kurta"),
        COL("white"),
        SL("long"),
        DESC(
            "a white kurta with white embroidery on the front and the sleeves and a white pajama with a drawstring "
            "at the waist and white embroidery on the",
            "cut",
            hit_limit=True,
        ),
        DET("embroidery and mirror work", "unsupported"),
        MAT("cotton"),
        title="See Designs Men White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: man mid-stride in black running shorts with a small reflective swoosh, a red sleeveless running top,
    # running shoes, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-041",
        caption("a man in a red tank top and black shorts running"),
        W("running clothes"),
        GT("shorts"),
        COL("red", "other_garment_color"),
        DESC("describe the garment", "restated"),
        DET("nike logo"),
        MAT("polyester"),
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a lavender full-sleeve formal shirt tucked into navy trousers, white backdrop; the feed row has
    # no gender column; base OPT-2.7b open texts, reference closed
    case(
        "X561-042",
        caption("a man in a purple shirt and blue pants"),
        W("purple shirt"),
        GT("shirt"),
        COL("navy blue", "other_garment_color"),
        PAT("solid"),
        SL("long"),
        DESC("a pink dress shirt", "contradiction"),
        DET("what are the details of the garment", "restated"),
        MAT("silk", "unsupported"),
        title="Park Avenue Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # photo: flat-lay of two plain round-neck t-shirts side by side, one black and one white, white backdrop, no
    # person; the feed row has no color; base OPT-2.7b open texts, reference closed
    case(
        "X561-043",
        caption("two t - shirts on a white background"),
        W("t-shirts"),
        GT("t-shirt"),
        COL("black"),
        PAT("solid"),
        DESC("the garment", "restated"),
        DET(
            "there are two t-shirts, one black and one white, with round necks and short sleeves and a small label "
            "at the neck of each one and a",
            "cut",
            hit_limit=True,
        ),
        MAT("cotton"),
        title="Jockey Men Pack of 2 Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        gender="Men",
    ),
    # photo: man in dark indigo clean-look regular jeans, a white shirt tucked in, tan belt, tan shoes, no watch,
    # white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-044",
        caption("a man in a white shirt and blue jeans wearing a watch", "unsupported"),
        W("a white shirt and jeans Question: What is the color of the jeans? Answer: blue", "leak"),
        GT("jeans"),
        COL("navy blue"),
        DESC("no", "non_answer"),
        DET("the jeans have a zipper and a button and rips on the knee", "unsupported"),
        MAT("denim"),
        title="Wrangler Men Indigo Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of a black crew-neck sweatshirt with a small white embroidered logo on the chest and ribbed
    # cuffs, white backdrop, no person; base OPT-2.7b open texts, reference closed
    case(
        "X561-045",
        caption(
            "a black sweatshirt with a white logo on the front of the sweatshirt and a white logo on the back of the "
            "sweatshirt and a white logo on the sleeve of the sweatshirt and a white logo on the",
            "loop",
            hit_limit=True,
        ),
        W("a black sweatshirt"),
        GT("sweatshirt"),
        COL("black"),
        SL("long"),
        DESC("a black crew neck sweatshirt"),
        DET("the sweatshirt has a hood and a zipper", "unsupported"),
        MAT("cotton"),
        title="Tommy Hilfiger Men Black Solid Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive green short-sleeve mandarin-collar shirt with one chest pocket, black jeans, holding a
    # phone, white backdrop; base OPT-2.7b open texts, reference closed
    case(
        "X561-046",
        caption("a man in a green shirt holding a cell phone"),
        W("she is wearing a green shirt and black jeans", "pronoun"),
        GT("shirt"),
        COL("black", "other_garment_color"),
        SL("long", "contradiction"),
        DESC("a green shirt with a pocket"),
        DET("no", "non_answer"),
        MAT("what material is the garment made of", "restated"),
        title="Roadster Men Olive Green Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
]
