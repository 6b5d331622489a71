"""BLIND_336 (46 products; men's casual and ethnic wear on model shots, white and grey studio backdrops): written blind
in the forty-fourth session. Measured blind at 0a656bd (the session's rules as they stood): 109/128 failures found
(85.2%) and 4/161 correct texts flagged (2.5%). The writer's notes, verbatim:

Scenario: a Myntra-like English men's catalog drawn at random from a night's run: tshirts, shirts, jeans, trousers,
track pants, shorts, sweatshirts, jackets and kurtas, each shot on a male model against a plain white or light grey
studio backdrop, mostly front view, full length or cropped at the knees. Most photos show a second garment (the
jeans under the tee, the shirt under the jacket, the pyjama under the kurta), so the product's color competes with
another piece's. Each row has the seller's title, category, color and gender; three rows miss one of them.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a white
t-shirt and blue jeans") unless the comment says the caption adapter wrote them (the DeepFashion template, "The
gentleman wears a short-sleeve T-shirt with pure color patterns. ..."). The adapter has no end-of-answer token, so
each adapter text runs to its limit (50 new tokens for captions, 30 for answers), carries hit_limit=True, and returns
its template to any question. A few "What is he wearing?" / open color answers come from the experiments' VQA adapter
(named in the comment): it too never stops, and loops on one word. Every other open answer is the base model's,
which stops on its own (never hit_limit). Closed questions (garment_type, color, pattern, sleeve_length, the
per-piece color questions, "Is this a ...?") are enrich's `--engine reference` answers, picked from candidate sets:
never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy or teal, red for maroon, yellow for mustard, orange for rust, green for
  olive, grey for charcoal or grey melange, cream or white for off white, white for a beige kurta, khaki for beige.
  The reference engine's navy as black, and indigo jeans as black, are contradiction.
- The color of another piece in the photo given to the product (the jeans' blue for a white tee, the shirt's white
  for charcoal trousers, the Nehru jacket's navy for a beige kurta set) is other_garment_color, closed or open; so
  is one piece's color given to another ("yellow" for the white churidar under a yellow kurta, "white pants" for the
  jeans under a white shirt, "grey" for the jeans under a grey sweatshirt). A print, stripe or embroidery color
  given as the garment's color (gold for a maroon kurta with gold embroidery, red for a white tee with red and blue
  stripes) is contradiction.
- Garment synonyms are correct: pants for track pants, trousers or joggers; sweatpants for joggers; sweater for a
  sweatshirt; hoodie for a hooded sweatshirt; shirt for a t-shirt or polo in a free answer; tunic or "long shirt"
  for a kurta; pajama for churidar. "shirt" alone for a kurta (closed garment_type, a free answer or the adapter's
  template), "pants" for shorts and "jacket" for a zip-up hooded sweatshirt are contradiction; so are "brown pants"
  for olive cargos and the shirt's "floral" given as the pattern of plain denim shorts. A "yes" to "Is this a pair
  of jeans?" for a denim shirt worn with jeans, and a "no" to "Is this a sweatshirt?" for one, are contradiction.
- Long sleeves rolled up are still "long" (correct); "short" for a full-sleeve tee, kurta or hoodie is
  contradiction. The adapter's "pure color patterns" for a striped tee is contradiction, hit_limit kept.
- Materials: one the title names or the photo plainly shows (denim, linen, silk blend, leather look, quilted nylon
  shell, a windcheater's nylon) is correct; cotton as a guess for a cotton-look tee, hoodie, kurta or shorts is
  correct; wool on a cotton sweatshirt or on polyester-viscose formal trousers, silk on a satin (polyester) shirt
  and leather on a nylon bomber are unsupported.
- Invented items not in the photo (a belt under an untucked shirt or a tee, boots on a photo cropped at the knees, a
  hood on a stand-collar puffer or a crew-neck sweatshirt, a logo, a dupatta, sunglasses, a watch, a cap, a chain, a
  cup of coffee, a drawstring on a belted waistband, cuffs on plain hems, a back pocket the front view cannot show,
  embroidery on plain sleeves, the adapter's "hat") are unsupported, even where the rest of the answer is right.
  Items that are in the photo (belt, sneakers, chest logo, print text "brooklyn") are correct.
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without repeating
  is cut; one that invents an accessory before being cut is unsupported (the invention comes first in reading); the
  template returned for the material question without repeating is restated. The template answering "What is he
  wearing?" or "Describe the garment." does answer it, so those are cut or loop. The VQA adapter's "shirt shirt
  shirt ..." and "black-black-black ..." are loop, even where the first word is right.
- Base answers cut by an early stop ("it is made of cotton and") are cut without hit_limit; a short base answer that
  repeats its own phrase ("a zipper and a button and a zipper and a button") is loop, also without hit_limit. An
  empty answer, "the details of the shirt", "the shirt has details", "it is a pair of pants", "the shorts are short"
  and "the jeans are blue" for the details are non_answer; a material question answered with the garment's name or
  color is restated.
- Base answers that run on into "Question: ... Answer: ..." (or that start by echoing the prompt) are leak, even
  where the answer part is right.
- "she" or "a woman" for the male model is pronoun.
- A both-garments answer that names each piece in its own color ("a black shirt and black pants" for an all-black
  outfit) is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
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

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
fit = question("fit", "What is the fit of the pants?", "open")


BLIND_336 = [
    # photo: man in a plain white round-neck short-sleeve t-shirt, blue jeans, white backdrop, front view, full length.
    # adapter: none
    case(
        "X336-001",
        caption("a man in a white t-shirt and blue jeans standing in front of a white background"),
        D.wearing("a white t-shirt and blue jeans and a watch", "unsupported"),
        D.garment_type("t-shirt"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short"),
        D.material("cotton"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy blue slim-fit long-sleeve casual shirt, untucked, beige chinos, grey backdrop, front view.
    # caption and details: adapter
    case(
        "X336-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki pants"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        is_a("shirt", "yes"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel collar. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in light blue slim jeans, black crew-neck t-shirt, white sneakers, white backdrop, full length.
    # adapter: none
    case(
        "X336-003",
        caption("a man in a black t-shirt and jeans"),
        wearing("a black shirt and blue jeans", who="he"),
        color_of("jeans", "blue"),
        D.color("black", "other_garment_color"),
        details("jeans", "the jeans are blue", "non_answer"),
        D.material("blue jeans", "restated"),
        title="Men Light Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black track pants with a white taped stripe down each side, grey t-shirt, grey backdrop, full
    # length, front view (the back is not shown).
    # adapter: none
    case(
        "X336-004",
        caption("a man in a grey t-shirt and black pants"),
        D.garment_type("pants"),
        D.color("black"),
        D.pattern("solid"),
        D.description("black track pants with white stripes on the side"),
        D.details(
            "the pants have a drawstring waist and white stripes on the sides and a zipper pocket on the back",
            "unsupported",
        ),
        D.material("the pants are made of", "cut"),
        title="Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a maroon hooded sweatshirt with kangaroo pocket and drawstrings, black joggers, white backdrop.
    # adapter: none
    case(
        "X336-005",
        caption("a man in a red hoodie and black pants"),
        wearing("a red hoodie and black pants", who="he"),
        D.garment_type("hoodie"),
        D.color("red"),
        D.details("a hood with drawstrings and a kangaroo pocket"),
        D.material("cotton"),
        is_a("sweatshirt", "yes"),
        title="Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in an olive green nylon bomber jacket, open over a white t-shirt, black jeans, grey backdrop.
    # caption: adapter
    case(
        "X336-006",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand collar. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black jeans"),
        D.color("green"),
        D.description("a green bomber jacket with a zipper"),
        D.material("leather", "unsupported"),
        D.details("the jacket has a zipper and", "cut"),
        color_of("shirt", "white"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a long white cotton kurta with mandarin collar, white pyjama, white backdrop, full length.
    # adapter: none
    case(
        "X336-007",
        caption("a man in a white kurta standing in front of a white wall"),
        wearing("a white kurta pajama", who="he"),
        D.garment_type("shirt", "contradiction"),
        D.color("white"),
        describe("garment", "a long white tunic with a mandarin collar"),
        D.material("cotton Question: What is the color of the pyjama? Answer: white", "leak"),
        title="Men White Solid Straight Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: man in navy chino shorts and a white polo t-shirt, white backdrop, cropped below the knees.
    # adapter: none
    case(
        "X336-008",
        caption("a man in a white polo shirt and blue shorts"),
        D.garment_type("shorts"),
        color_of("shorts", "white", "other_garment_color"),
        D.details("the shorts are short", "non_answer"),
        D.material("blue shorts", "restated"),
        title="Men Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black short-sleeve t-shirt with a large white skull graphic, grey joggers, grey backdrop.
    # caption, description and material: adapter
    case(
        "X336-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a black t - shirt with a white skull on it and a chain necklace",
            "unsupported",
        ),
        D.color("black"),
        D.pattern("graphic"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.description(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a red-and-navy checked flannel shirt, long sleeves, buttoned, blue jeans, white backdrop.
    # "What is he wearing?": VQA adapter
    case(
        "X336-010",
        caption(
            "a man in a red plaid shirt and jeans holding a cup of coffee",
            "unsupported",
        ),
        wearing(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.pattern("solid", "contradiction"),
        D.color("red"),
        describe("shirt", "a red and blue plaid shirt with a pocket on the chest"),
        color_of("shirt", "red"),
        title="Men Red & Navy Checked Casual Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in black skinny jeans with ripped knees, white shirt worn untucked over the waist, grey backdrop.
    # "What is he wearing?": VQA adapter
    case(
        "X336-011",
        caption("a man in a white shirt and black jeans"),
        D.color("black"),
        D.details("the jeans have ripped knees"),
        D.description("a pair of black jeans with a belt", "unsupported"),
        D.material("denim"),
        wearing(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            who="he",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Men Black Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in beige formal trousers, light blue shirt tucked in, brown leather belt, white backdrop, full length.
    # adapter: none
    case(
        "X336-012",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("a blue shirt, khaki pants and a brown belt"),
        D.garment_type("pants"),
        D.color("blue", "other_garment_color"),
        D.details("the pants have belt loops and a pocket"),
        D.material("cotton and", "cut"),
        fit("slim fit Question: What is the color of the pants? Answer: khaki", "leak"),
        title="Men Beige Slim Fit Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a grey melange crew-neck sweatshirt, navy jeans, light grey backdrop (grey on grey), front view.
    # adapter: none
    case(
        "X336-013",
        caption("a man in a grey sweater and jeans"),
        wearing("she is wearing a grey sweater and jeans", "pronoun", who="he"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        color_of("jeans", "grey", "other_garment_color"),
        D.sleeve_length("long"),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Solid Cotton Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a black denim jacket, open over a white hoodie with the hood out, black jeans, grey backdrop.
    # caption and description: adapter
    case(
        "X336-014",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The denim jacket is with denim "
            "fabric. It has a lapel collar. The gentleman wears a long-sleeve denim jacket with pure color patterns. "
            "The denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black denim jacket over a white hoodie"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.description(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The denim jacket is with "
            "denim fabric. It has a lapel",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Men Black Washed Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a mustard yellow short kurta with mandarin collar and front placket, white churidar, white backdrop.
    # adapter: none
    case(
        "X336-015",
        caption("a man in a yellow kurta and white pants"),
        wearing("a yellow shirt and white pants", "contradiction", who="he"),
        D.color("yellow"),
        color_top("yellow"),
        color_bottom("yellow", "other_garment_color"),
        D.details("the kurta has a mandarin collar and buttons on the front"),
        D.material("cotton Question: What is the color of the garment? Answer: yellow", "leak"),
        title="Men Mustard Yellow Solid Short Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a navy polo t-shirt with white collar tipping and a small embroidered chest logo, beige chinos,
    # grey backdrop; two-button placket, no pocket. caption: adapter
    case(
        "X336-016",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel collar. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue polo shirt and khaki pants", who="he"),
        D.garment_type("polo shirt"),
        D.color("blue"),
        D.details(
            "the shirt has a white collar and a logo on the chest and two buttons and a pocket",
            "unsupported",
        ),
        D.material("cotton"),
        title="Men Navy Blue Polo Collar T-shirt with Tipping",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white linen shirt, long sleeves rolled to the elbow, blue jeans, white backdrop (white on white).
    # adapter: none
    case(
        "X336-017",
        caption("a man in a white shirt and blue jeans standing in front of a white wall"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long"),
        D.material("linen"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        describe("shirt", "a white shirt with rolled up sleeves and a pocket"),
        is_a("shirt", "yes"),
        title="Men White Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in mid-blue jeans, a red-and-white checked shirt worn open over a white t-shirt, white backdrop.
    # adapter: none
    case(
        "X336-018",
        caption("a man in a red plaid shirt and jeans"),
        wearing("a red and white checkered shirt and blue jeans", who="he"),
        color_of("jeans", "red", "other_garment_color"),
        D.color("blue"),
        D.pattern("solid"),
        D.material("jeans", "restated"),
        details("jeans", "the jeans have a zipper and a button and", "cut"),
        title="Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in navy track pants with cuffed ankles, grey hoodie, grey backdrop, full length, no visible logo.
    # adapter: none
    case(
        "X336-019",
        caption("a man in a grey hoodie and blue sweatpants"),
        wearing("she is wearing a grey hoodie and blue pants", "pronoun", who="he"),
        D.garment_type("pants"),
        D.color("grey", "other_garment_color"),
        D.description(
            "a pair of navy blue sweatpants with a drawstring and a white nike logo",
            "unsupported",
        ),
        D.material("cotton"),
        title="Men Navy Blue Solid Joggers Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black sweatshirt with "BROOKLYN" printed across the chest in white, blue jeans, white backdrop.
    # caption and material: adapter
    case(
        "X336-020",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black sweatshirt with the word brooklyn on it"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.details("the word brooklyn written in white"),
        D.material(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a brown leather-look biker jacket with asymmetric zip, black t-shirt, black jeans, grey backdrop,
    # cropped at the knees. adapter: none
    case(
        "X336-021",
        caption("a man in a brown leather jacket"),
        wearing(
            "a brown leather jacket and black jeans and black boots",
            "unsupported",
            who="he",
        ),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long"),
        D.material("leather"),
        D.details(
            "Question: What are the details of the garment? Answer: the jacket has a zipper",
            "leak",
        ),
        title="Men Brown Solid Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a navy kurta with a small white buti print, mandarin collar, white pyjama, grey backdrop.
    # caption and material: adapter. The feed row has no color.
    case(
        "X336-022",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "stand collar. The pants this gentleman wears is of long length. The pants are with cotton fabric and "
            "pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue kurta with white pajama pants"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.details("the kurta has a mandarin collar and a white print"),
        D.material(
            "The shirt is with cotton fabric and floral patterns. It has a stand collar. The shirt is with cotton "
            "fabric and floral patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: man in olive cargo shorts with side pockets, black t-shirt, white backdrop, cropped at the shins.
    # "What is he wearing?": VQA adapter
    case(
        "X336-023",
        caption("a man in a black t-shirt and green shorts"),
        wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.color("green"),
        D.garment_type("pants", "contradiction"),
        D.details("the shorts have pockets on the sides and a belt", "unsupported"),
        D.material("cotton"),
        is_a("pair of shorts", "yes"),
        title="Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a mustard yellow short-sleeve henley t-shirt with three buttons, olive chinos, grey backdrop.
    # adapter: none
    case(
        "X336-024",
        caption("a woman in a yellow shirt and green pants", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("green", "other_garment_color"),
        D.description("a yellow t - shirt with buttons"),
        D.sleeve_length("short"),
        wearing("a yellow t-shirt and green pants", who="he"),
        D.material("the t-shirt is yellow", "restated"),
        title="Men Mustard Yellow Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a black satin party shirt, long sleeves, black trousers, grey backdrop, front view.
    # adapter: none
    case(
        "X336-025",
        caption("a woman in a black shirt and black pants", "pronoun"),
        D.color("black"),
        D.material("silk", "unsupported"),
        describe("shirt", "a black shirt"),
        D.details("the details of the shirt", "non_answer"),
        is_a("shirt", "yes"),
        title="Men Black Solid Satin Party Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in dark indigo jeans with rolled hems, white sneakers, light grey crew-neck sweatshirt, white backdrop.
    # caption and jeans details: adapter
    case(
        "X336-026",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater, blue jeans and white sneakers"),
        D.color("grey", "other_garment_color"),
        color_of("jeans", "black", "contradiction"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The gentleman wears a long pants. The pants are "
            "with denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Men Indigo Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in charcoal grey formal trousers with a front crease, white shirt tucked in, black belt, white
    # backdrop; plain hems. adapter: none
    case(
        "X336-027",
        caption("a man in a white shirt and grey pants"),
        D.color("grey"),
        color_of("pants", "white", "other_garment_color"),
        D.details(
            "the pants have a crease down the front and cuffs at the bottom",
            "unsupported",
        ),
        D.material("wool", "unsupported"),
        title="Men Charcoal Grey Slim Fit Poly Viscose Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a teal zip-up hooded sweatshirt, worn open over a white t-shirt, grey joggers, grey backdrop.
    # adapter: none
    case(
        "X336-028",
        caption("a man in a blue hoodie and white shirt"),
        wearing("a blue hoodie with a zipper", who="he"),
        D.garment_type("jacket", "contradiction"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short", "contradiction"),
        D.details("the hoodie has a zipper and two pockets and a hood"),
        title="Men Teal Blue Solid Hooded Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a navy quilted puffer jacket, zipped up, stand collar, no hood, black joggers, grey backdrop.
    # caption: adapter
    case(
        "X336-029",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand collar. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.description("a blue puffer jacket with a hood", "unsupported"),
        D.material("polyester"),
        D.sleeve_length("long"),
        title="Men Navy Blue Solid Quilted Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a maroon silk-blend kurta with gold embroidery at the neck and placket, cream churidar, white
    # backdrop. adapter: none
    case(
        "X336-030",
        caption("a man in a red kurta with gold embroidery"),
        wearing("a red kurta and white pants", who="he"),
        D.color("gold", "contradiction"),
        D.details("gold embroidery on the collar and the front and the sleeves", "unsupported"),
        D.material("silk"),
        D.sleeve_length("short", "contradiction"),
        color_bottom("white"),
        title="Men Maroon Embroidered Silk Blend Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in grey melange knit lounge shorts with drawstring and side pockets, white t-shirt, grey backdrop.
    # adapter: none
    case(
        "X336-031",
        caption("a man in a white t - shirt and grey shorts"),
        wearing(
            "a white shirt and grey shorts Question: What is the color of the shorts? Answer: grey",
            "leak",
            who="he",
        ),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.description("grey shorts with a drawstring and pockets"),
        D.material("", "non_answer"),
        title="Men Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a white t-shirt with thin red and blue horizontal stripes, short sleeves, blue jeans, white
    # backdrop. caption: adapter
    case(
        "X336-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and jeans"),
        D.pattern("striped"),
        D.color("white"),
        D.material("the t-shirt is made of", "cut"),
        color_of("t-shirt", "red", "contradiction"),
        title="Men White & Red Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a light blue denim shirt with two flap chest pockets and snap buttons, black jeans, grey backdrop.
    # adapter: none
    case(
        "X336-033",
        caption("a man in a blue denim shirt and black jeans"),
        wearing("he is wearing a denim shirt and jeans", who="he"),
        D.color("blue"),
        D.material("denim"),
        D.details("the shirt has details", "non_answer"),
        describe("shirt", "a blue denim shirt with two chest pockets and snap buttons"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Light Blue Denim Casual Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: man in grey washed jeans, navy t-shirt, white backdrop, full length.
    # adapter: none
    case(
        "X336-034",
        caption("a man in a blue t-shirt and grey jeans"),
        wearing("a blue shirt and grey jeans", who="he"),
        color_of("jeans", "blue", "other_garment_color"),
        D.color("grey"),
        details(
            "jeans",
            "the jeans have a zipper and a button and a zipper and a button",
            "loop",
        ),
        D.material("grey jeans", "restated"),
        title="Men Grey Slim Fit Light Fade Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: man in olive cargo trousers with flap side pockets, black t-shirt, black sneakers, grey backdrop.
    # adapter: none
    case(
        "X336-035",
        caption("a man in a black t-shirt and green cargo pants"),
        D.wearing("a black shirt and brown pants", "contradiction"),
        D.garment_type("pants"),
        D.color("green"),
        color_of("pants", "black", "other_garment_color"),
        D.details("pockets on the sides"),
        D.material("it is made of cotton and", "cut"),
        fit("regular fit"),
        title="Men Olive Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in grey joggers with cuffed ankles, black hoodie with hood down, white backdrop, full length.
    # caption and description: adapter
    case(
        "X336-036",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded collar. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and grey sweatpants"),
        D.color("black", "other_garment_color"),
        color_of("pants", "grey"),
        D.description(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        title="Men Grey Solid Cotton Joggers",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a navy sweatshirt with a white colour-block chest panel, blue jeans, grey backdrop.
    # adapter: none
    case(
        "X336-037",
        caption("a man in a blue and white sweatshirt with a hood", "unsupported"),
        D.wearing(
            "a blue and white sweater and blue jeans Question: What is the color of the sweater? Answer: blue",
            "leak",
        ),
        D.pattern("color block"),
        D.color("blue"),
        D.material("cotton"),
        is_a("sweatshirt", "no", "contradiction"),
        title="Men Navy Blue & White Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black hooded windcheater jacket (hood visible, down), black track pants, white backdrop.
    # open color of the jacket: VQA adapter. The feed row has no category.
    case(
        "X336-038",
        caption("a man wearing a black jacket with a hood"),
        wearing("a black jacket and black pants and a black cap", "unsupported", who="he"),
        D.garment_type("jacket"),
        D.color("black"),
        D.material("nylon"),
        D.details("the jacket has a hood and a zipper"),
        color_of(
            "jacket",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Men Black Solid Hooded Windcheater Jacket",
        color="Black",
        gender="Men",
    ),
    # photo: man in an off-white chikankari kurta with white tone-on-tone embroidery, white pyjama, grey backdrop;
    # no dupatta. adapter: none
    case(
        "X336-039",
        caption("a man in a white kurta with embroidery"),
        wearing(
            "he is wearing a white kurta and a white pajama with a dupatta",
            "unsupported",
            who="he",
        ),
        D.garment_type("kurta"),
        D.color("cream"),
        D.description("a white shirt with white embroidery", "contradiction"),
        D.material("silk", "unsupported"),
        title="Men Off White Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: man in light blue denim shorts with frayed hems, a white Hawaiian shirt with green leaf and pink flower
    # print, white backdrop, no sunglasses. adapter: none
    case(
        "X336-040",
        caption("a man in a hawaiian shirt and denim shorts"),
        wearing("a floral shirt and blue shorts and sunglasses", "unsupported", who="he"),
        D.color("white", "other_garment_color"),
        color_of("shorts", "blue"),
        D.pattern("floral", "contradiction"),
        D.details("the shorts have frayed edges"),
        D.material("denim"),
        title="Men Light Blue Washed Denim Shorts",
        category="Shorts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: man in a rust orange round-neck full-sleeve t-shirt, black jeans, grey backdrop.
    # caption and material: adapter
    case(
        "X336-041",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. He",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange shirt and black jeans"),
        D.color("orange"),
        D.sleeve_length("short", "contradiction"),
        D.material(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Men Rust Orange Solid Round Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a green-and-white vertical striped short-sleeve shirt, beige shorts, white backdrop.
    # "What is he wearing?": VQA adapter
    case(
        "X336-042",
        caption("a man in a green and white striped shirt and khaki shorts"),
        D.pattern("striped"),
        D.sleeve_length("short"),
        D.color("green"),
        wearing(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "a green and white striped shirt with short sleeves and a pocket on the",
            "cut",
        ),
        D.material("green and white striped shirt", "restated"),
        title="Men Green & White Striped Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in blue ripped jeans, white sneakers, yellow hoodie, grey backdrop, full length.
    # adapter: none
    case(
        "X336-043",
        caption("a man in a yellow hoodie and ripped jeans"),
        wearing("she is wearing a yellow hoodie and blue jeans", "pronoun", who="he"),
        D.color("yellow", "other_garment_color"),
        details("jeans", "ripped knees"),
        is_a("pair of jeans", "yes"),
        D.material("denim Question: What is the color of the jeans? Answer: blue", "leak"),
        title="Men Blue Slim Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in white linen trousers with belt loops, light pink shirt tucked in with a tan belt, white backdrop
    # (white on white). adapter: none
    case(
        "X336-044",
        caption("a man in a pink shirt and white pants"),
        D.color("pink", "other_garment_color"),
        D.material("linen"),
        D.description("white pants with a drawstring waist", "unsupported"),
        D.details("it is a pair of pants", "non_answer"),
        color_of("pants", "white"),
        title="Men White Linen Regular Fit Trousers",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: man in an olive green hoodie with a small white chest print, black joggers, white backdrop; no hat.
    # caption and material: adapter. The feed row has no gender.
    case(
        "X336-045",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded collar. There is a hat in his head. The gentleman wears a long pants. The pants are with "
            "cotton",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a green hoodie and black pants"),
        D.color("green"),
        D.details("a hood and a small logo on the chest"),
        D.sleeve_length("long"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a hooded collar. The",
            "restated",
            hit_limit=True,
        ),
        title="Olive Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # photo: man in a beige kurta with churidar and a navy Nehru jacket over it (a three-piece set), grey backdrop.
    # adapter: none
    case(
        "X336-046",
        caption("a man in a blue vest and white kurta"),
        wearing("a blue nehru jacket over a white kurta and white pants", who="he"),
        D.garment_type("kurta"),
        D.color("blue", "other_garment_color"),
        color_bottom("blue", "other_garment_color"),
        D.material("cotton Question: What is the color of the jacket? Answer: blue", "leak"),
        title="Men Beige Kurta with Churidar & Navy Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
]
