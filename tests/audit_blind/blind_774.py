"""BLIND_774 (46 products; Myntra men's jackets/blazers/coats, VQA adapter): written blind in the fifty-fifth session.
Measured blind at d6ee66b (the session's seventh rules): 121/136 failures found (89.0%) and 9/198 correct texts flagged
(4.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's outerwear (article types Jackets, Blazers, Coats, Nehru Jackets, Waistcoat,
Rain Jacket), real catalog shots on a white (once a grey) studio backdrop, the model wearing the product open or
closed over a shirt, a t-shirt, a polo or a hoodie, with jeans, chinos or trousers; mostly front views, a few
three-quarter views, some cropped at the waist. Seller colors are Myntra's (Navy Blue, Charcoal, Olive, Khaki,
Tan, Coffee Brown, Camel Brown, Grey Melange, Multi, Silver...), one seller color is wrong for the photo (a "Brown"
corduroy shacket that is plainly rust), and two rows lack a column (one has no category, one no gender).

Who wrote what: every caption and every open answer is free generation by Salesforce/blip2-opt-2.7b with the VQA
adapter leoreigoto/Data3_V3_BLIP2_VQA (greedy, 50 new tokens for captions, 30 for answers, prompt
"Question: ... Answer:"; captions with the bare image). The adapter was trained without an end token and with the
prompt inside the loss, so it often runs on: it repeats a phrase, is cut mid-phrase at the limit, echoes the
question back, or writes the next "Question: ... Answer:" itself; it answers yes/no or one word where the VQA data
did, and as a captioner it sometimes answers a question nobody asked. Closed answers (garment type, color,
pattern, sleeve length, the color-of questions stored closed, "Is this a ...?") come from enrich's reference
engine, which picks one candidate; they never loop or stop short, but they often pick the inner shirt's color,
pattern or sleeves, or the backdrop's color.

Labeling conventions and judgement calls:
- The truth is the photo described in the "# photo:" comment; where the seller's color is wrong for the photo, an
  answer that matches the photo is correct.
- Shade and synonym answers are correct: blue or dark blue for Navy Blue, grey for Charcoal or Silver, beige for
  Khaki, brown for Tan, Camel or Coffee Brown, red or maroon for Burgundy, white for Cream or Off White, green for
  Olive; suit jacket for a blazer, vest for a Nehru jacket, a waistcoat or a sleeveless padded jacket, shirt for a
  t-shirt when the photo shows a t-shirt under the jacket, raincoat for a rain jacket, peacoat or parka for a coat.
- A blazer is a jacket ("Is this a jacket?" yes is correct); a blazer or a quilted jacket is not a coat, an overcoat
  or a pea coat is not a blazer, a parka is a coat; a sleeveless padded jacket is a vest. For a multi-colored
  product one of its colors, picked by the closed engine, is correct.
- other_garment_color: an open answer (caption included) that gives the product, or another worn garment, the color
  of a different garment in the photo (the shirt's blue for the blazer, the jacket's maroon for the tee). The same
  mistake in a closed answer (the reference engine picked the shirt's color) is labeled contradiction, as is a closed
  pattern or sleeve length taken from the inner garment, a wrong yes/no, a wrong garment type, and a color that no
  garment in the photo has (the backdrop's grey, black for an olive jacket).
- An open answer that names a pattern or sleeves the other answers and the photo contradict (stripes on a solid
  puffer, long sleeves on a sleeveless jacket) is a contradiction; a detail that the photo does not show at all (a
  hood, a belt, a back vent or a back print in a front view, shoes in a waist-up crop, a lining fabric, a fiber
  percentage) is unsupported. A material answer is correct when it is what the visible fabric is (denim, leather,
  corduroy, velvet, tweed, wool, cotton for a sweat knit or twill) and the title does not say otherwise; a material
  that neither the photo nor the title supports is unsupported.
- A text is labeled with one kind only, its most salient one: a leak that also runs to the limit is a leak; a loop
  that ends mid-phrase is a loop; cut is for a text that runs on with new content and stops mid-phrase at the limit.
  hit_limit=True on every loop and cut and on leaks that ran to the limit.
- non_answer: an empty answer, yes/no to an open question, a single word that only names the garment or a color
  for "Describe ..."/"What are ... details?", or a caption that is only "yes". A one- or two-word answer to "What is
  he wearing?" that names the garment ("black blazer", "vest") answers it and is correct.
- restated: the answer echoes the question's own words ("describe the blazer", "the blazer details", "what is the
  person wearing? ...") instead of, or before, answering.
- pronoun: "she"/"her" or "a woman" for a product whose gender is Men.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_774 = [
    # photo: navy blue washed denim trucker jacket worn open over a white crew-neck t-shirt, black jeans, white
    # backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-001",
        caption("a man wearing a blue denim jacket and a white t-shirt"),
        wearing("a denim jacket over a white t-shirt and black jeans", who="he"),
        color_of("jacket", "navy blue"),
        color_of("shirt", "white"),
        details(
            "jacket",
            "the jacket has a button front, two chest pockets with flaps and the the jacket has a button front, two"
            " chest pockets with flaps and the",
            "loop",
            hit_limit=True,
        ),
        material("denim"),
        Q.pattern("solid"),
        describe(
            "jacket",
            "a navy blue denim jacket with a spread collar, metal buttons, two chest pockets with button flaps, two"
            " side welt pockets and adjustable button tabs at the",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue Solid Denim Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey single-breasted two-button blazer, notch lapels, no pocket square, over a light blue formal
    # shirt without a tie, grey trousers, white backdrop. Caption and open answers: VQA adapter; closed: reference.
    case(
        "X774-002",
        caption("a man in a grey suit jacket and blue shirt posing for a photo"),
        wearing("a grey blazer, a light blue shirt and grey trousers"),
        color_of("blazer", "blue", "other_garment_color", kind="open"),
        describe(
            "blazer",
            "a grey single breasted blazer with notch lapels and two buttons, a pocket square in the chest pocket",
            "unsupported",
        ),
        Q.garment_type("blazer"),
        Q.sleeve_length("long sleeve"),
        is_a("coat", "no"),
        details(
            "blazer",
            "Answer: the blazer has notch lapels and two buttons Question: What is the color of the shirt? Answer:"
            " light blue",
            "leak",
            hit_limit=True,
        ),
        title="Louis Philippe Men Charcoal Grey Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black leather-look biker jacket with an asymmetric zip, worn open over a grey melange t-shirt, black
    # jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-003",
        caption("a man wearing a black leather jacket with a grey shirt underneath"),
        wearing("she is wearing a black leather jacket and a grey t-shirt", "pronoun"),
        color_of("jacket", "black"),
        color_of("t-shirt", "black", "contradiction"),
        details(
            "jacket",
            "the jacket has a zipper on the front and a zipper on the sleeves and a zipper on the pockets and a zipper"
            " on the collar and a zipper on",
            "loop",
            hit_limit=True,
        ),
        material("leather"),
        describe(
            "jacket",
            "a black leather jacket with a zipper and a belt at the waist and silver studs on the shoulders",
            "unsupported",
        ),
        title="WROGN Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: olive green bomber jacket with black ribbed collar, cuffs and hem, zipped halfway over a white t-shirt,
    # blue jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-004",
        caption("a man wearing a green bomber jacket and white shirt"),
        wearing("a green jacket, a white t-shirt and blue jeans"),
        color_of("jacket", "olive green", kind="open"),
        describe(
            "jacket",
            "a green bomber jacket with a black collar and black cuffs and a black waistband and a black zipper and a"
            " black collar and black cuffs and a",
            "loop",
            hit_limit=True,
        ),
        Q.color("olive"),
        Q.pattern("solid"),
        is_a("jacket", "yes"),
        color_of("t-shirt", "green", "other_garment_color", kind="open"),
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: tan suede-look trucker jacket with a button front, worn open over a black t-shirt, khaki chinos, white
    # backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-005",
        caption("a man in a brown jacket and black shirt standing in front of a white wall"),
        color_of("jacket", "brown"),
        color_of("shirt", "black"),
        describe("jacket", "a brown leather jacket with a zipper front and a hood", "unsupported"),
        material("suede"),
        wearing(
            "a brown jacket and a black t-shirt and khaki pants and a black t-shirt and khaki pants and a black"
            " t-shirt and khaki",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        title="Mast & Harbour Men Tan Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: navy blue hooded padded puffer jacket zipped to the chest, the collar and placket of a red checked shirt
    # showing at the neck, dark jeans, elastic cuffs, white backdrop. Caption/open: VQA adapter; closed: reference.
    case(
        "X774-006",
        caption("a man wearing a blue puffer jacket with a hood"),
        color_of("jacket", "red", "other_garment_color", kind="open"),
        wearing("a navy blue puffer jacket over a red checked shirt"),
        Q.pattern("checked", "contradiction"),
        Q.garment_type("jacket"),
        details("jacket", "the jacket has a hood, a zip front, two side pockets and elasticated cuffs"),
        is_a("coat", "no"),
        describe(
            "jacket",
            "a navy blue padded jacket with a hood Question: Is this a coat? Answer: no Question: What is the color of"
            " the shirt? Answer: red",
            "leak",
            hit_limit=True,
        ),
        title="Fort Collins Men Navy Blue Solid Hooded Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black slim-fit casual blazer with a faint self texture, worn open over a white t-shirt, blue jeans, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-007",
        caption("a man wearing a black blazer and a white t-shirt"),
        wearing("black blazer", who="he"),
        describe(
            "blazer",
            "Question: Describe the blazer. Answer: Question: Describe the blazer. Answer: Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        color_of("blazer", "black"),
        color_of("t-shirt", "white"),
        Q.sleeve_length("long sleeve"),
        details("blazer", "the blazer is made of 100% wool and has a silk lining", "unsupported"),
        title="WROGN Men Black Slim Fit Solid Casual Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: khaki (beige) double-breasted knee-length trench coat with a belt and epaulettes, no hood, worn open over
    # a white shirt, navy trousers, full length on white. Caption and open answers: VQA adapter; closed: reference.
    case(
        "X774-008",
        caption(
            "Question: What is the color of the coat? Answer: beige Question: What is the color of the shirt? Answer:"
            " white Question: What is the color of the pants? Answer: navy Question: What is",
            "leak",
            hit_limit=True,
        ),
        wearing("a long beige coat with a belt, a white shirt and navy trousers"),
        color_of("coat", "beige"),
        is_a("coat", "yes"),
        Q.garment_type("coat"),
        details(
            "coat",
            "the coat has a double breasted front, a belt at the waist, epaulettes on the shoulders and a hood",
            "unsupported",
        ),
        describe(
            "coat",
            "a beige trench coat with a belt and buttons and a belt and buttons and a belt and buttons and a belt and"
            " buttons and a",
            "loop",
            hit_limit=True,
        ),
        title="Highlander Men Khaki Solid Double-Breasted Trench Coat",
        category="Coats",
        color="Khaki",
        gender="Men",
    ),
    # photo: maroon sleeveless Nehru jacket with a mandarin collar and five buttons, over a cream full-sleeve shirt,
    # white trousers, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-009",
        caption("a man wearing a red vest and white pants"),
        wearing("a maroon nehru jacket over a cream shirt and white trousers"),
        Q.sleeve_length("long sleeve", "contradiction"),
        color_of(
            "jacket",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        describe("jacket", "a sleeveless jacket with a mandarin collar and buttons down the front"),
        is_a("jacket", "yes"),
        details("jacket", "", "non_answer"),
        title="Manyavar Men Maroon Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: mid-blue washed denim trucker jacket with a white sherpa collar, worn open over a black t-shirt, black
    # jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-010",
        caption("a man wearing a denim jacket with a fur collar"),
        color_of("jacket", "blue"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        wearing("she is wearing a denim jacket and a black t-shirt", "pronoun"),
        material("denim"),
        details("jacket", "the jacket has a white fur collar, button front and two chest pockets"),
        describe(
            "jacket",
            "a light blue denim jacket with a white sherpa collar, a button front, two flap chest pockets, two hand"
            " pockets and button cuffs, worn over a black",
            "cut",
            hit_limit=True,
        ),
        title="Levis Men Blue Washed Sherpa Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard yellow hooded windcheater zipped to mid chest over a grey t-shirt, black joggers, two zip pockets,
    # no reflective strip, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-011",
        caption("a man in a yellow jacket and black pants"),
        wearing("a yellow rain jacket"),
        color_of("jacket", "yellow"),
        describe(
            "jacket",
            "a yellow hooded jacket with a full zip front, two zip pockets at the waist, elastic cuffs, a drawstring"
            " hem and a reflective strip on the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        material("cotton", "unsupported"),
        color_of("t-shirt", "yellow", "other_garment_color", kind="open"),
        title="HRX by Hrithik Roshan Men Mustard Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: light grey Prince of Wales checked single-breasted blazer worn open over a navy crew-neck t-shirt, grey
    # trousers, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-012",
        caption("a man wearing a grey plaid blazer and a blue shirt"),
        Q.pattern("checked"),
        color_of("blazer", "navy blue", "contradiction"),
        describe("blazer", "grey checked blazer"),
        wearing("he is wearing a grey checked blazer and a navy blue t-shirt", who="he"),
        details("blazer", "the blazer details", "restated"),
        Q.sleeve_length("long sleeve"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        title="Blackberrys Men Grey Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: black horizontally quilted puffer jacket (black stitching, no stripes) zipped up, a white shirt collar at
    # the neck, blue jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-013",
        caption(
            "a man wearing a black jacket and a black jacket and a black jacket and a black jacket and a black jacket"
            " and a black jacket and a black jacket and a black jacket and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a black jacket"),
        describe("jacket", "jacket", "non_answer"),
        color_of("jacket", "black with white stripes", "contradiction", kind="open"),
        Q.pattern("solid"),
        is_a("jacket", "yes"),
        details("jacket", "the jacket has a hood and a fur collar", "unsupported"),
        title="Duke Men Black Solid Quilted Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue wool double-breasted pea coat with six buttons and a wide collar, over a white shirt, grey
    # trousers, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-014",
        caption("a man wearing a navy blue peacoat over a white shirt"),
        color_of("coat", "navy blue"),
        material("wool"),
        wearing("a blue coat and a white shirt and grey pants"),
        details(
            "coat",
            "the coat has a double breasted front with six buttons, a wide collar and two flap pockets Question: What"
            " is the color of the coat? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("coat"),
        is_a("blazer", "yes", "contradiction"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        title="Park Avenue Men Navy Blue Wool Blend Double-Breasted Pea Coat",
        category="Coats",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive, brown and black camouflage print utility jacket with four flap pockets, a drawstring waist and a
    # zip-and-button front, open over a black t-shirt, black jeans, white backdrop. Caption/open: VQA; closed: ref.
    case(
        "X774-015",
        caption("a man wearing a camouflage jacket and black t-shirt"),
        Q.pattern("printed"),
        color_of("jacket", "green and brown", kind="open"),
        describe(
            "jacket",
            "a camouflage print jacket with four flap pockets, a drawstring waist and a zip and button front",
        ),
        color_of("t-shirt", "olive", "contradiction"),
        wearing(
            "a camouflage jacket and a black t-shirt and a black t-shirt and a black t-shirt and a black t-shirt and a"
            " black t-shirt and",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "the jacket details are the details of the jacket", "restated"),
        title="Roadster Men Olive Green & Brown Camouflage Print Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: beige unstructured linen-blend blazer with patch pockets, open over a white t-shirt, navy chinos, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-016",
        caption(
            "a man in a beige blazer and white shirt posing for a photo on a white background looking at the camera"
            " with a smile on his face and his hands in the pockets of his navy blue chinos and a pair of brown",
            "cut",
            hit_limit=True,
        ),
        color_of("blazer", "beige"),
        color_of("pants", "navy blue"),
        describe("blazer", "a light brown blazer with notch lapels, two buttons and patch pockets"),
        material("leather", "unsupported"),
        Q.garment_type("blazer"),
        wearing("a beige blazer, a white t-shirt and navy blue pants", who="he"),
        details("blazer", "none", "non_answer"),
        title="Mast & Harbour Men Beige Solid Linen Blend Casual Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: red and navy colour-blocked hooded windcheater (red body, navy shoulders and sleeves), zipped, over a
    # white t-shirt; cropped at the waist, front view only, small logo on the chest. Caption/open: VQA; closed: ref.
    case(
        "X774-017",
        caption("a man wearing a red and blue jacket with a hood"),
        color_of("jacket", "red"),
        Q.pattern("color block"),
        describe(
            "jacket", "a red and blue jacket with a hood, a zipper and a large white logo on the back", "unsupported"
        ),
        wearing("a red jacket, a white shirt and black shorts", "unsupported"),
        is_a("jacket", "yes"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        title="Puma Men Red & Navy Blue Colourblocked Hooded Windcheater",
        category="Jackets",
        color="Multi",
        gender="Men",
    ),
    # photo: black tuxedo blazer with satin peak lapels and one button, over a white dress shirt with a black bow
    # tie, black trousers, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-018",
        caption("a man in a blue tuxedo with a bow tie", "contradiction"),
        wearing("a black suit and white shirt with a bow tie"),
        color_of("blazer", "white", "other_garment_color", kind="open"),
        details("blazer", "the blazer has satin peak lapels, a single button closure and a chest pocket"),
        Q.pattern("solid"),
        color_of("shirt", "white"),
        Q.sleeve_length("long sleeve"),
        describe("blazer", "a white blazer with black lapels", "other_garment_color"),
        title="Louis Philippe Men Black Slim Fit Single-Breasted Tuxedo Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: olive green sleeveless quilted padded jacket (gilet) zipped over a blue denim shirt, khaki chinos, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-019",
        caption("a man wearing a blue vest over a denim shirt", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        color_of("jacket", "blue", "contradiction"),
        wearing("a green puffer vest, a denim shirt and khaki pants"),
        describe("jacket", "a green quilted jacket with long sleeves and a zip front", "contradiction"),
        is_a("vest", "yes"),
        details(
            "jacket",
            "the jacket has a zip front and two zip pockets and a zip front and two zip pockets and a zip front and"
            " two",
            "loop",
            hit_limit=True,
        ),
        title="Wildcraft Men Olive Green Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: coffee brown genuine leather bomber jacket with ribbed cuffs and hem and a plain ribbed collar (no fur),
    # open over a white henley, blue jeans, plain grey backdrop. Caption and open answers: VQA adapter; closed: ref.
    case(
        "X774-020",
        caption("a man wearing a brown leather jacket in front of a grey wall"),
        material("leather"),
        color_of("jacket", "brown"),
        wearing(
            "he is wearing a brown leather jacket, a white shirt and blue jeans and a brown leather jacket, a white"
            " shirt and blue jeans and a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        details("jacket", "the jacket has ribbed cuffs and hem, a zip front and a fur collar", "unsupported"),
        Q.color("grey", "contradiction"),
        describe(
            "jacket",
            "a brown leather bomber jacket with a ribbed collar, ribbed cuffs and hem, a zip front, two slanted welt"
            " pockets and a white henley and blue jeans under the",
            "cut",
            hit_limit=True,
        ),
        title="Teakwood Leathers Men Coffee Brown Solid Genuine Leather Bomber Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: navy blazer with gold metal buttons, notch lapels, a chest pocket and flap pockets, open over a light
    # blue and white pinstriped shirt, beige chinos, white backdrop. Caption and open answers: VQA; closed: reference.
    case(
        "X774-021",
        caption("a man wearing a blue blazer and khaki pants"),
        color_of("blazer", "navy blue"),
        color_of("shirt", "blue and white striped", kind="open"),
        Q.pattern("striped", "contradiction"),
        describe(
            "blazer",
            "a navy blue blazer with gold buttons, notch lapels, a chest pocket and two flap pockets at the front,"
            " worn with a light blue striped shirt and beige",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blazer, a striped shirt and beige chinos"),
        is_a("coat", "yes", "contradiction"),
        title="Van Heusen Men Navy Blue Solid Slim Fit Single-Breasted Smart Casual Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange hooded zip-up sporty jacket in sweat knit, open over a black t-shirt, black track pants,
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-022",
        caption("a man wearing a grey hoodie and a black t-shirt"),
        wearing("a hoodie"),
        color_of("jacket", "grey", kind="open"),
        details("jacket", "yes", "non_answer"),
        Q.garment_type("jacket"),
        material("cotton"),
        Q.color("black", "contradiction"),
        describe("jacket", "she is wearing a grey hooded jacket with a zip front", "pronoun"),
        title="Harvard Men Grey Melange Solid Hooded Sporty Jacket",
        category="Jackets",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: rust orange corduroy shacket with a point collar, button front and two flap chest pockets, open over a
    # white t-shirt, blue jeans, white backdrop; the seller's "Brown" is wrong, it is plainly rust. VQA; closed: ref.
    case(
        "X774-023",
        caption("a man wearing an orange corduroy jacket and white t-shirt"),
        color_of("jacket", "rust"),
        material("corduroy"),
        wearing("she is wearing an orange jacket and a white t-shirt", "pronoun"),
        describe("jacket", "an orange jacket with a collar, button front and two chest pockets with flaps"),
        Q.sleeve_length("long sleeve"),
        color_of("t-shirt", "orange", "other_garment_color", kind="open"),
        title="Roadster Men Brown Corduroy Shacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: light blue washed denim jacket, open, over a grey pullover hoodie with the hood out over the collar, black
    # jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-024",
        caption("a man wearing a denim jacket over a grey hoodie"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        color_of("hoodie", "grey"),
        wearing("a blue jean jacket and a grey hooded sweatshirt"),
        details(
            "jacket",
            "Question: What are the jacket details? Answer: the jacket has a button front and two pockets",
            "leak",
        ),
        Q.pattern("solid"),
        is_a("shirt", "no"),
        describe("jacket", "a light blue denim jacket with a button front and chest pockets, worn over a grey hoodie"),
        title="Flying Machine Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: cream self-design (woven jacquard, no embroidery) sleeveless Nehru jacket over a light blue shirt, white
    # trousers, front view on white. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-025",
        caption("a man in a white vest and blue shirt"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        color_of("jacket", "light blue", "other_garment_color", kind="open"),
        describe(
            "jacket",
            "a white nehru jacket with a mandarin collar, buttons and embroidery on the front and back",
            "unsupported",
        ),
        wearing("a cream jacket over a blue shirt and white pants", who="he"),
        details(
            "jacket",
            "buttons Question: What is the color of the shirt? Answer: light blue Question: What is the color of the"
            " pants? Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        title="Fabindia Men Cream Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender="Men",
    ),
    # photo: bottle green velvet party blazer with a shawl collar and one button, over a black t-shirt, black
    # trousers, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-026",
        caption("a man wearing a green velvet blazer and a black shirt"),
        color_of("blazer", "green"),
        material("velvet"),
        details(
            "blazer",
            "the blazer has a shawl collar and a single button and a shawl collar and a single button and a shawl"
            " collar and a single button and a",
            "loop",
            hit_limit=True,
        ),
        wearing("what is the person wearing", "restated"),
        describe("blazer", "green", "non_answer"),
        color_of("t-shirt", "green", "other_garment_color", kind="open"),
        title="Hangup Men Green Velvet Slim Fit Party Blazer",
        category="Blazers",
        color="Green",
        gender="Men",
    ),
    # photo: grey melange wool-blend single-breasted longline overcoat, notch lapels, flap pockets, worn open over a
    # black t-shirt, black trousers, white sneakers, full length, front view, no gloves. VQA; closed: reference.
    case(
        "X774-027",
        caption("a man in a long grey coat with a fur collar and black leather gloves", "unsupported"),
        wearing("a grey coat and a black t-shirt and black trousers and white sneakers"),
        color_of("coat", "black", "other_garment_color", kind="open"),
        is_a("coat", "yes"),
        Q.garment_type("coat"),
        details(
            "coat",
            "the coat has a notch lapel collar, single breasted button front, two flap pockets and a back vent",
            "unsupported",
        ),
        material("wool"),
        describe(
            "coat",
            "a grey coat with a notch collar and a belt and a belt and a belt and a belt and a belt and a belt and a"
            " belt and",
            "loop",
            hit_limit=True,
        ),
        title="Celio Men Grey Melange Solid Wool Blend Overcoat",
        category="Coats",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: burgundy quilted jacket with a high neck, zip front, welt pockets and ribbed cuffs, open over a grey
    # t-shirt, blue jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-028",
        caption("a man in a red quilted jacket and grey shirt"),
        color_of("jacket", "maroon"),
        wearing("a maroon jacket and a grey t-shirt and blue jeans"),
        describe(
            "jacket",
            "a maroon quilted jacket with a high neck, zip front, two welt pockets and ribbed cuffs. the jacket is"
            " made of 100% polyester and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        color_of("t-shirt", "maroon", "other_garment_color", kind="open"),
        is_a("coat", "yes", "contradiction"),
        title="Monte Carlo Men Burgundy Solid Quilted Jacket",
        category="Jackets",
        color="Burgundy",
        gender="Men",
    ),
    # photo: black and white houndstooth slim-fit blazer, two buttons, notch lapels, open over a black crew-neck
    # t-shirt, black jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-029",
        caption("a man wearing a black and white checkered blazer and black shirt"),
        Q.pattern("checked"),
        color_of("blazer", "black"),
        wearing("she is wearing a black and white jacket", "pronoun"),
        describe("blazer", "a black and white houndstooth blazer with notch lapels and two buttons"),
        details("blazer", "the blazer has a zipper", "unsupported"),
        Q.sleeve_length("short sleeve", "contradiction"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        title="Blackberrys Men Black & White Houndstooth Slim Fit Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue hooded rain jacket (hood down) with a zip front under a storm flap, over a white t-shirt, grey
    # joggers, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-030",
        caption("a man in a blue rain jacket with a hood"),
        is_a("raincoat", "yes"),
        color_of(
            "jacket",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("jacket", "a blue waterproof jacket with a hood and a zip front with a storm flap"),
        Q.garment_type("jacket"),
        wearing("a navy blue raincoat and a white shirt"),
        details(
            "jacket",
            "the jacket is waterproof and breathable with taped seams and a detachable hood",
            "unsupported",
        ),
        title="Wildcraft Men Navy Blue Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white textured casual blazer, open over a navy polo t-shirt, beige trousers, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-031",
        caption("a man wearing a white blazer and a blue polo shirt"),
        color_of("blazer", "white"),
        color_of("polo shirt", "white", "contradiction"),
        describe("blazer", "describe the blazer", "restated"),
        wearing("she is wearing a white jacket and a navy blue shirt", "pronoun"),
        Q.pattern("solid"),
        details(
            "blazer",
            "the blazer has a notch lapel and a notch lapel and a notch lapel and a notch lapel and a notch lapel and a"
            " notch lapel and a",
            "loop",
            hit_limit=True,
        ),
        title="Raymond Men Off-White Textured Slim Fit Casual Blazer",
        category="Blazers",
        color="Off White",
        gender="Men",
    ),
    # photo: black Harrington jacket with a stand collar with button tabs, zip front, red tartan lining showing at the
    # collar, half zipped over a white t-shirt, blue jeans, white backdrop. Caption/open: VQA adapter; closed: ref.
    case(
        "X774-032",
        caption("a man wearing a black jacket with a plaid lining and white t-shirt"),
        color_of("jacket", "black", kind="open"),
        Q.pattern("checked", "contradiction"),
        details(
            "jacket", "the jacket has a stand collar, a zip front, a red plaid lining and button tabs at the collar"
        ),
        wearing(
            "he is wearing a black jacket and a white t shirt and a pair of jeans and a pair of jeans and a pair of"
            " jeans and a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        title="Jack & Jones Men Black Solid Harrington Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: khaki cotton-twill utility jacket with four pockets, open over a blue and black checked flannel shirt,
    # dark jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-033",
        caption("yes", "non_answer"),
        color_of("jacket", "beige"),
        color_of("shirt", "blue and black plaid", kind="open"),
        describe("jacket", "a blue and black checked jacket with a collar and buttons", "other_garment_color"),
        Q.pattern("solid"),
        wearing(
            "the person is wearing a khaki jacket over a checked shirt. the person is wearing a khaki jacket over a"
            " checked shirt. the person is",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="U.S. Polo Assn. Men Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: grey pinstriped formal blazer with notch lapels and two buttons, buttoned over a white shirt with a blue
    # tie, grey trousers, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-034",
        caption("a man in a grey pinstriped suit and blue tie"),
        Q.pattern("striped"),
        color_of("tie", "blue", kind="open"),
        color_of("blazer", "grey"),
        wearing("a suit and tie"),
        describe(
            "blazer",
            "a grey pinstripe blazer with notch lapels, two buttons, a chest pocket, flap pockets and a white shirt"
            " and blue tie underneath, the blazer is",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Arrow Men Grey Pinstriped Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: teal blue padded nylon bomber jacket with ribbed trims, no hood, zipped halfway over a white t-shirt,
    # black jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-035",
        caption("a man wearing a blue jacket and a white shirt"),
        color_of("jacket", "teal"),
        wearing("a teal bomber jacket and a white t-shirt"),
        details("jacket", "the jacket is made of leather and has a fur lined hood", "unsupported"),
        Q.garment_type("t-shirt", "contradiction"),
        describe(
            "jacket",
            "Question: Describe the jacket. Answer: a blue bomber jacket with a zipper Question: What is the color of"
            " the jacket? Answer: blue Question",
            "leak",
            hit_limit=True,
        ),
        title="Numero Uno Men Teal Blue Solid Padded Bomber Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: brown and tan checked tweed blazer with suede elbow patches (three-quarter view, the left elbow patch in
    # sight), open over a cream crew-neck t-shirt, blue jeans, white backdrop. VQA adapter; closed: reference engine.
    case(
        "X774-036",
        caption("a man wearing a brown plaid blazer and a white t-shirt"),
        material("tweed"),
        Q.pattern("checked"),
        color_of("blazer", "brown and tan", kind="open"),
        details("blazer", "the blazer has elbow patches"),
        wearing(
            "a brown jacket and a white shirt and a brown jacket and a white shirt and a brown jacket and a white"
            " shirt and a brown jacket",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "brown", "contradiction"),
        describe(
            "blazer",
            "a brown checked blazer with notch lapels, two buttons and a matching waistcoat underneath",
            "unsupported",
        ),
        title="Indian Terrain Men Brown Checked Tweed Slim Fit Blazer",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
    # photo: black hip-length parka with a faux-fur trimmed hood, zip and press-stud front, four flap pockets and a
    # drawstring waist, open over a blue checked shirt, blue jeans, white backdrop. VQA adapter; closed: reference.
    case(
        "X774-037",
        caption("a man in a black coat with a fur hood"),
        is_a("coat", "yes"),
        color_of("jacket", "black"),
        wearing("a black parka with a fur hood and a blue shirt"),
        describe(
            "jacket",
            "a black hooded jacket with a fur trim, a zip and press stud front, four flap pockets and a drawstring"
            " waist, the jacket is lined with",
            "cut",
            hit_limit=True,
        ),
        material("denim", "unsupported"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        title="Killer Men Black Solid Parka Jacket with Faux Fur Trim Hood",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue formal waistcoat with a V neck, five buttons and two welt pockets, buttoned over a white shirt
    # with rolled sleeves, navy trousers, white backdrop. Caption and open answers: VQA adapter; closed: reference.
    case(
        "X774-038",
        caption("a man wearing a blue vest and a white shirt"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("vest"),
        color_of("waistcoat", "white", "other_garment_color", kind="open"),
        wearing("vest"),
        details("waistcoat", "the waistcoat has a v neck, five buttons and two welt pockets"),
        describe(
            "waistcoat",
            "a navy blue waistcoat with a v neck and five buttons worn over a white shirt with the sleeves rolled up to"
            " the elbows and navy blue trousers and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "contradiction"),
        title="Park Avenue Men Navy Blue Solid Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white glossy puffer jacket with a high neck and two zip pockets, zipped over a black t-shirt (its hem
    # shows), black trousers, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-039",
        caption("a woman wearing a white puffer jacket and black pants", "pronoun"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        details("jacket", "the jacket has a high neck, a zip front and two zip pockets"),
        wearing("a white jacket and black pants"),
        is_a("jacket", "no", "contradiction"),
        describe(
            "jacket",
            "a white puffer jacket with a high neck and a zip front Question: Is this a jacket? Answer: yes Question:"
            " What is the color of the jacket",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Men White Solid Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: black track jacket with three white stripes down each sleeve and a small white logo on the chest, zipped
    # halfway over a white t-shirt, cropped at the waist (no legs or shoes in frame). VQA adapter; closed: reference.
    case(
        "X774-040",
        caption("a man wearing a black and white adidas jacket"),
        Q.pattern("striped"),
        color_of("jacket", "black"),
        describe(
            "jacket",
            "a black track jacket with white stripes on the sleeves, a zip front and a small logo on the chest",
        ),
        wearing("a black jacket with white stripes and a white shirt and black pants and white shoes", "unsupported"),
        Q.sleeve_length("long sleeve"),
        Q.garment_type("t-shirt", "contradiction"),
        title="ADIDAS Men Black 3-Stripes Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue denim slim-fit blazer with notch lapels and two buttons, open over a white shirt, beige chinos,
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-041",
        caption("a man in a blue denim blazer and white shirt"),
        material("denim"),
        Q.garment_type("blazer"),
        color_of(
            "blazer",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("blazer", "blazer details", "restated"),
        wearing("a blue denim jacket, a white shirt and beige pants"),
        describe(
            "blazer",
            "a blue denim blazer with two buttons, notch lapels and brown leather elbow patches",
            "unsupported",
        ),
        title="Mufti Men Blue Slim Fit Denim Blazer",
        category="Blazers",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon party blazer with an all-over gold paisley print, black satin peak lapels and one button, over a
    # black shirt, black trousers, white backdrop, hands at the sides. Caption/open: VQA adapter; closed: reference.
    case(
        "X774-042",
        caption(
            "a man wearing a red and gold paisley print blazer with black lapels over a black shirt standing in front"
            " of a white background with his hands in his pockets and looking at the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        color_of("blazer", "black", "contradiction"),
        describe("blazer", "a maroon blazer with gold paisley print, peak lapels and a single button"),
        wearing("what is the person wearing? a maroon blazer and a black shirt", "restated"),
        color_of("shirt", "black"),
        details(
            "blazer",
            "the blazer has an all over gold paisley print, black satin peak lapels, a single button closure, a chest"
            " welt pocket and two flap pockets at the",
            "cut",
            hit_limit=True,
        ),
        title="Vastramay Men Maroon & Gold-Toned Printed Slim Fit Party Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: camel brown single-breasted longline overcoat with notch lapels, three buttons and flap pockets, no belt,
    # open over a white t-shirt, black jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference.
    case(
        "X774-043",
        caption("a man in a brown coat and white shirt"),
        color_of("coat", "brown"),
        wearing("a long coat"),
        details(
            "coat",
            "the coat has a notch lapel, single breasted front with three buttons and two flap pockets and a belt",
            "unsupported",
        ),
        describe("coat", "no", "non_answer"),
        Q.garment_type("coat"),
        color_of("jeans", "black"),
        is_a("blazer", "yes", "contradiction"),
        title="Mast & Harbour Men Camel Brown Solid Longline Overcoat",
        category="Coats",
        color="Camel Brown",
        gender="Men",
    ),
    # photo: all black: black slim-fit casual blazer with notch lapels, two buttons, a chest welt pocket and flap
    # pockets, open over a black t-shirt, black trousers, white backdrop; the feed row has no gender. VQA; closed: ref.
    case(
        "X774-044",
        caption("a man wearing a black blazer and a black t-shirt"),
        color_of("blazer", "black"),
        color_of("t-shirt", "black"),
        wearing("an all black outfit with a black blazer over a black t-shirt and black trousers"),
        details(
            "blazer", "the blazer has notch lapels, a two button closure, a chest welt pocket and two flap pockets"
        ),
        Q.pattern("solid"),
        title="Hangup Men Black Solid Slim Fit Casual Blazer",
        category="Blazers",
        color="Black",
    ),
    # photo: olive green satin bomber jacket with a small embroidered patch on the left chest, black ribbed trims, zip
    # front, open over a white t-shirt, blue jeans, front view only (the back is not in sight); the row has no
    # category. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-045",
        caption("a man wearing a black bomber jacket with a patch on the chest", "contradiction"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        details("jacket", "the jacket has an embroidered tiger on the back", "unsupported"),
        wearing("a green jacket and a white t-shirt"),
        Q.sleeve_length("long sleeve"),
        describe(
            "jacket",
            "a green satin bomber jacket with a small embroidered patch on the left chest, ribbed collar, cuffs and"
            " hem, and a zip front with a",
            "cut",
            hit_limit=True,
        ),
        title="WROGN Men Olive Green Solid Bomber Jacket with Embroidered Patch",
        color="Olive",
        gender="Men",
    ),
    # photo: silver shimmer party blazer with black satin notch lapels, over a black shirt, black trousers, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X774-046",
        caption("a man wearing a silver blazer with black lapels and black shirt"),
        color_of("blazer", "grey"),
        color_of("shirt", "silver", "other_garment_color", kind="open"),
        wearing(
            "he is wearing a silver jacket, black shirt, black pants Question: What is he wearing? Answer: a silver"
            " jacket, black shirt",
            "leak",
            who="he",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("blazer", "yes"),
        details("blazer", "the blazer has sequins all over and a velvet collar", "unsupported"),
        title="Hangup Men Silver-Toned Shimmer Slim Fit Party Blazer",
        category="Blazers",
        color="Silver",
        gender="Men",
    ),
]
