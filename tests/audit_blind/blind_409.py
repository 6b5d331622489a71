"""BLIND_409 (46 products; men's sportswear and athleisure: dri-fit tees, polos, joggers, track sets): written blind in
the forty-sixth session. Measured blind at 1a180fd (the session's rules as they stood): 107/131 failures found
(81.7%) and 8/163 correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: an Indian marketplace's English feed of men's sportswear and athleisure: dri-fit and cotton t-shirts, polo
t-shirts, track pants, joggers, running shorts, track jackets and windcheaters, sweatshirts and hoodies, tracksuits and
compression tights. Photos are model shots (studio walls in grey or white, a brick wall, a gym with dumbbells, a
running track, a basketball court, a golf course, a beach) and flat-lays on white or on a wooden floor. Seller colors
are the marketplace's shade names (Navy Blue, Olive, Teal, Charcoal, Grey Melange, Mustard, Maroon, Lavender, Cream,
Coffee Brown); each row has title, category, color and gender, and a few rows miss the gender or the category.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a black
t-shirt ...") unless the comment says the caption adapter wrote them; the caption adapter (the experiments' caption
LoRA, DeepFashion template, "The gentleman wears a short-sleeve T-shirt with pure color patterns ...") has no end
token, runs to its limit (50 tokens for captions, 30 for answers) and carries hit_limit=True, and returns its
template to any question. A few open answers come from the experiments' VQA adapter (said in the comment): it also
never stops, repeating one word or running on into the next "Question: ... Answer:" it was trained on, hit_limit=True.
Every other open answer (wearing, description, details, material, fit) is the base model's, which stops on its own.
Closed answers (garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are
enrich's `--engine reference` answers, picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, sky blue or teal; green for olive, bottle green, teal or lime; grey for
  charcoal and grey melange; red for maroon; yellow for mustard; purple for lavender; white for cream; brown for
  coffee. Black for charcoal is wrong (other_garment_color where another piece in the photo is black).
- Garment synonyms are correct: sweatpants or pants for joggers and track pants, sweater for a sweatshirt, hoodie for
  a hooded sweatshirt or hooded zip jacket, leggings for compression tights, tank top for a sleeveless gym tee, shirt
  for a t-shirt or polo, tracksuit answered as "a jacket and pants".
- other_garment_color: the product given the color of another piece in the photo (the tee under the jacket, the tee
  above the shorts or joggers). The other way round, a piece that is not the product given the product's color
  ("grey jeans" under a grey tee, "blue shorts" under a teal tee) is contradiction: a color no piece of that kind has.
- The color of a print, a logo, trim, piping or tipping given as the garment's color is contradiction.
- Layered outfits named piece by piece in their own colors are correct (a black jacket over a grey t-shirt; black
  shorts over grey tights). Props and backdrops named in a caption (a basketball, dumbbells, a brick wall, a golf
  course) are correct when they are in the photo.
- Materials: polyester for dri-fit, spandex for compression wear, fleece or cotton for sweatshirts, nylon for a
  windcheater the title calls nylon, cotton for cotton tees and polos are correct. Cotton for a dri-fit or
  polyester title, and wool for a cotton fleece sweatshirt, are unsupported.
- Invented details (a nike logo that is not there, a hood on a collared jacket, a chest pocket, a number on the back
  of a front-view photo, a back zip pocket on a front flat-lay, a side stripe on plain pants) are unsupported.
- Adapter texts: a text that repeats a sentence or a word is loop; one that stops mid-sentence without repeating is
  cut, even where it invents a fabric or an accessory before the cut; the template returned for the material
  question is restated. Where the template names the wrong garment (shorts for track pants) the misnaming is labelled
  contradiction, hit_limit kept. VQA adapter texts that run on into "Question: ... Answer:" are leak, even where they
  repeat; one word repeated to the limit is loop.
- Base answers that run on into "Question: ... Answer: ..." are leak. "it is made of" is cut (no hit_limit). An
  empty answer, "the garment", "the pants are red", "they are tight", "they are shorts" are non_answer; the material
  question answered with the garment and color ("black shorts") is restated.
- "a woman" or "she" for the male model (cropped at the neck, or hood up) is pronoun.
- A pack of two answered as one t-shirt is contradiction; "Is this a basketball jersey?" or "Is this a polo shirt?"
  answered yes for a crew-neck short-sleeve tee is contradiction.
- The reference engine's wrong closed answers are contradiction: grey for olive, red for neon orange, striped for an
  abstract print or for a polo's tipped collar, short sleeves for a full-sleeve compression tee, long sleeves for a
  polo, shorts for joggers or tights, jacket for a sweatshirt, sweatshirt for a track jacket. Pink for lavender in an
  open answer is contradiction too (purple is the shade word that passes).
- The caption template that describes the pieces in the photo but not the product (the tee and shorts over
  compression tights) is cut, not contradiction: what it says is true until the cut. The template describing a pack
  of two tees as one, repeating itself, is loop. A correct word repeated to the limit by the VQA adapter
  ("polyester polyester ...") is loop.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

fit = question("fit", "What is the fit of the garment?", "open")

BLIND_409 = [
    # photo: model in a black round-neck dri-fit t-shirt with grey joggers, plain grey studio backdrop, front view.
    # no adapter texts
    case(
        "X409-001",
        caption("a man in a black t-shirt and grey pants standing in front of a grey wall"),
        wearing("a black t-shirt", who="he"),
        B.garment_type("t-shirt"),
        B.color("black"),
        B.sleeve_length("short sleeves"),
        B.material("polyester"),
        title="Men Black Dri-FIT Round Neck Running T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy polo t-shirt with white tipping on the collar, black track pants, white backdrop.
    # caption and details: adapter
    case(
        "X409-002",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and black pants"),
        B.color("navy"),
        is_a("polo shirt", "yes"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped", "contradiction"),
        title="Men Navy Blue Solid Polo T-shirt with Tipped Collar",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of grey melange joggers on white, drawstring waist, cuffed ankles, no side stripe.
    # caption: adapter
    case(
        "X409-003",
        caption(
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The pants",
            "loop",
            hit_limit=True,
        ),
        D.wearing("nothing", "non_answer"),
        B.garment_type("pants"),
        B.color("grey"),
        D.description("a pair of grey sweatpants with a white stripe down the side", "unsupported"),
        D.details("drawstring waist and elastic cuffs"),
        B.material("cotton"),
        title="Men Grey Melange Solid Cotton Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model running on a red track in a white t-shirt and red running shorts with white side piping, no pockets.
    # no adapter texts
    case(
        "X409-004",
        caption("a man running on a track in a white shirt and red shorts"),
        D.wearing("a white shirt and red shorts"),
        B.color("white", "other_garment_color"),
        color_of("shorts", "red"),
        D.details("the shorts have a white stripe on the side and a zip pocket", "unsupported"),
        B.material("red shorts", "restated"),
        title="Men Red Solid Running Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a black zip track jacket with white taping on the sleeves, worn open over a grey t-shirt;
    # white studio backdrop. caption and material: adapter
    case(
        "X409-005",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand-up collar. The gentleman wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt is with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket over a grey t-shirt"),
        B.garment_type("jacket"),
        B.color("grey", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.details("white stripes on the sleeves and a zipper"),
        B.material(
            "The jacket is with cotton fabric and color block patterns. It has a stand-up collar. The gentleman "
            "wears a short-sleeve T-shirt",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Track Jacket with Contrast Taping",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in an olive green dri-fit t-shirt, no logo, in a dark gym with a dumbbell rack behind him.
    # no adapter texts
    case(
        "X409-006",
        caption("a man in a green shirt standing in a gym"),
        D.wearing("a green shirt"),
        B.color("grey", "contradiction"),
        D.description("it is a green t-shirt with a round neck"),
        D.details("it has a nike logo on the chest", "unsupported"),
        B.material("cotton", "unsupported"),
        title="Men Olive Green Slim Fit Dri-Fit Polyester T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black compression tights under black running shorts, cropped from the waist to the feet, white backdrop.
    # no adapter texts
    case(
        "X409-007",
        caption("a woman in black leggings and black shorts", "pronoun"),
        D.wearing("black leggings and shorts"),
        B.garment_type("leggings"),
        B.color("black"),
        D.details("they are tight", "non_answer"),
        B.material("spandex"),
        title="Men Black Solid Compression Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: model in a maroon pullover hoodie with a kangaroo pocket and black joggers, white wall.
    # caption: adapter
    case(
        "X409-008",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. This "
            "man wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red hoodie and black pants"),
        B.garment_type("hoodie"),
        B.color("maroon"),
        color_of("pants", "maroon", "contradiction"),
        D.details("a hood and a pocket in the front and a zipper", "unsupported"),
        title="Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in navy track pants with a white side stripe and a white t-shirt, light grey backdrop.
    # no adapter texts
    case(
        "X409-009",
        caption("a man in a white t-shirt and blue track pants"),
        wearing("a white t-shirt and white pants", "other_garment_color", who="he"),
        B.garment_type("track pants"),
        B.color("white", "other_garment_color"),
        color_of("pants", "navy"),
        D.details("a white stripe on the side"),
        is_a("pair of jeans", "no"),
        title="Men Navy Blue Solid Track Pants with Side Stripe",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a charcoal grey tracksuit (zip jacket and pants) with neon green zippers, grey backdrop.
    # no adapter texts
    case(
        "X409-010",
        caption("a man in a grey tracksuit"),
        D.wearing("a grey jacket and black pants", "contradiction"),
        B.garment_type("tracksuit"),
        B.color("grey"),
        D.description(
            "a grey tracksuit with green zippers Question: what is the color of the pants? Answer: grey",
            "leak",
        ),
        D.details("green zipper"),
        B.material("polyester"),
        title="Men Charcoal Grey Solid Tracksuit",
        category="Tracksuits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a mustard yellow cotton t-shirt with "RUN THE CITY" printed in black and grey shorts, in a park.
    # no adapter texts
    case(
        "X409-011",
        caption("a man in a yellow shirt with the words run the city"),
        D.wearing("a yellow t-shirt and yellow shorts", "contradiction"),
        B.color("yellow"),
        color_of("t-shirt", "black", "contradiction"),
        B.pattern("graphic"),
        D.description("it is a yellow t-shirt with black writing on it"),
        D.details("the words run the city are written in white", "contradiction"),
        B.material("the shirt is made of cotton"),
        title="Men Mustard Yellow Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: flat-lay of a white pique polo t-shirt with a two-button placket on a light wooden floor.
    # caption and material: adapter
    case(
        "X409-012",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His "
            "trousers are of long length. The trousers are with cotton fabric and solid color patterns. His shirt "
            "has short sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white polo shirt"),
        B.garment_type("polo shirt"),
        B.color("white"),
        B.sleeve_length("short sleeves"),
        D.details("a collar and two buttons and a pocket", "unsupported"),
        B.material(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. His trousers are of "
            "long length. The trousers are",
            "restated",
            hit_limit=True,
        ),
        title="Men White Solid Pique Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of black running shorts, front view, small reflective logo on the left leg, white background.
    # caption: adapter
    case(
        "X409-013",
        caption(
            "His shorts are of three-point length. The shorts are with cotton fabric and pure color patterns. There "
            "is an accessory on his wrist. The gentleman wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        B.color("black"),
        D.description("a pair of black running shorts with a reflective logo"),
        D.details("a zipper pocket on the back", "unsupported"),
        B.material("black shorts", "restated"),
        title="Men Black Solid Running Shorts with Reflective Print",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a royal blue crew-neck sweatshirt and light blue jeans in front of a red brick wall.
    # no adapter texts
    case(
        "X409-014",
        caption("a man in a blue sweatshirt standing in front of a brick wall"),
        D.wearing("a blue sweater and jeans"),
        B.garment_type("jacket", "contradiction"),
        B.color("blue"),
        color_of("jeans", "blue"),
        B.pattern("solid"),
        D.details("the sweatshirt has a red brick pattern", "unsupported"),
        B.material("a blue sweatshirt", "restated"),
        title="Men Royal Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a navy and white horizontally striped golf polo with a three-button placket and beige shorts,
    # on a golf course. no adapter texts
    case(
        "X409-015",
        caption("a man in a blue and white striped shirt on a golf course"),
        D.wearing("a striped shirt and khaki pants", "contradiction"),
        B.pattern("striped"),
        B.color("blue"),
        B.sleeve_length("short sleeves"),
        D.details("a collar and three buttons and a logo on the chest", "unsupported"),
        title="Men Navy Blue & White Striped Golf Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black long-sleeve compression t-shirt and black track pants in a gym, front view.
    # caption and details: adapter
    case(
        "X409-016",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black long sleeve shirt and black pants"),
        B.garment_type("t-shirt"),
        B.color("black"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("spandex"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The gentleman wears "
            "a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        fit("it is a tight fit"),
        title="Men Black Compression Full Sleeve T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey hooded zip-up track jacket, zipped, and black joggers, white backdrop.
    # color of the jacket and material: VQA adapter (the color question asked open)
    case(
        "X409-017",
        caption("a man in a grey hoodie and black pants"),
        D.wearing("a grey jacket and grey pants", "contradiction"),
        B.garment_type("jacket"),
        color_of(
            "jacket",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("a hood and a zipper"),
        B.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        title="Men Grey Hooded Zip-Up Track Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a teal dri-fit t-shirt with black raglan sleeves and black shorts, on a stadium field.
    # no adapter texts
    case(
        "X409-018",
        caption("a man in a green and black shirt standing on a field"),
        D.wearing("a blue shirt and blue shorts", "contradiction"),
        B.color("teal"),
        B.pattern("color block"),
        D.description("a green shirt with black sleeves"),
        D.details("the sleeves are black"),
        B.material("cotton", "unsupported"),
        title="Men Teal Blue Colourblocked Raglan Dri-Fit T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: model in olive cargo joggers with side pockets and a black t-shirt, grey backdrop.
    # no adapter texts
    case(
        "X409-019",
        caption("a man in a black t-shirt and green cargo pants"),
        D.wearing("a black shirt and black pants", "other_garment_color"),
        B.garment_type("pants"),
        color_of("pants", "olive"),
        D.details("cargo pockets on the sides and a zipper on the ankles", "unsupported"),
        B.material("cotton"),
        fit("slim fit"),
        title="Men Olive Green Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of a navy tracksuit, jacket with a red and white chest panel, plain navy pants, white background.
    # caption and details: adapter
    case(
        "X409-020",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand-up collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and red pants", "contradiction"),
        B.garment_type("tracksuit"),
        B.color("red", "contradiction"),
        D.details(
            "The jacket is with cotton fabric and color block patterns. It has a stand-up collar. The jacket is with "
            "cotton fabric and color",
            "loop",
            hit_limit=True,
        ),
        B.material("polyester"),
        title="Men Navy Blue Colourblocked Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a grey melange round-neck t-shirt with a small chest logo and blue jeans, white backdrop.
    # caption: adapter
    case(
        "X409-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and blue jeans"),
        B.color("grey"),
        color_of("jeans", "grey", "contradiction"),
        D.details("a small logo on the chest"),
        B.material("it is made of", "cut"),
        title="Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model with the hood up in a black fleece hoodie with a large white "ATHLETIC DEPT." print, black
    # joggers, white backdrop. no adapter texts
    case(
        "X409-022",
        caption("a man in a black hoodie with athletic dept written on it"),
        D.wearing("she is wearing a black hoodie", "pronoun"),
        B.garment_type("hoodie"),
        B.color("white", "contradiction"),
        B.pattern("graphic"),
        D.details("the words athletic dept on the front in black", "contradiction"),
        B.material("fleece"),
        title="Men Black Typography Printed Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in an all-red polo t-shirt and white shorts, white wristband, on a tennis court.
    # caption and material: adapter
    case(
        "X409-023",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His shorts "
            "are of three-point length. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. His",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red shirt and white shorts"),
        B.color("red"),
        is_a("polo shirt", "yes"),
        D.details("a white collar", "other_garment_color"),
        B.material(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. His shorts are of "
            "three-point length. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Red Solid Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in grey and black camouflage joggers and a black t-shirt, white backdrop.
    # no adapter texts
    case(
        "X409-024",
        caption("a man in a black shirt and camouflage pants"),
        D.wearing("a black t-shirt and camo pants"),
        B.pattern("camouflage"),
        B.color("green", "contradiction"),
        color_of("pants", "grey"),
        D.details("the pants have a camouflage print and a pocket on the knee", "unsupported"),
        title="Men Grey Camouflage Printed Joggers",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: flat-lay of a sky blue dri-fit t-shirt on white.
    # caption: adapter
    case(
        "X409-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a t-shirt"),
        B.garment_type("t-shirt"),
        B.color("blue"),
        B.sleeve_length("short sleeves"),
        D.details("the t-shirt is blue", "non_answer"),
        is_a("polo shirt", "yes", "contradiction"),
        B.material("polyester"),
        title="Men Sky Blue Solid Dri-Fit Training T-shirt",
        category="Tshirts",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: black track pants with neon green side piping and white sneakers, cropped from the waist down, no side
    # zip. no adapter texts
    case(
        "X409-026",
        caption("a woman in black pants and white sneakers", "pronoun"),
        D.wearing("black pants and white shoes"),
        B.color("black"),
        color_of("pants", "green", "contradiction"),
        D.details("green stripes on the side"),
        B.material("it is made of polyester and it has a zipper on the side", "unsupported"),
        title="Men Black Track Pants with Contrast Piping",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a cream crew-neck sweatshirt and brown chinos against wooden panelling.
    # caption and material: adapter
    case(
        "X409-027",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and brown pants"),
        B.color("white"),
        color_of("pants", "white", "contradiction"),
        B.material(
            "The sweater is with cotton fabric and pure color patterns. It has a round neckline. The sweater is with "
            "cotton fabric and pure",
            "restated",
            hit_limit=True,
        ),
        title="Men Cream Solid Sweatshirt",
        category="Sweatshirts",
        color="Cream",
        gender="Men",
    ),
    # photo: model running on a road in a black running t-shirt with a small white chest logo and black shorts.
    # no adapter texts
    case(
        "X409-028",
        caption("a man running down the street in black"),
        D.wearing("a black shirt and black shorts"),
        B.color("black"),
        D.description(
            "he is wearing a black t-shirt and black shorts and he is running Question: what color are his shoes? "
            "Answer: white",
            "leak",
        ),
        D.details("a reflective stripe on the back", "unsupported"),
        is_a("tank top", "no"),
        title="Men Black Running T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: bottle green full-zip track jacket with a stand collar and two zip pockets, ghost mannequin on white.
    # caption: adapter
    case(
        "X409-029",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand-up collar. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.color("green"),
        B.sleeve_length("long sleeves"),
        D.description("a green jacket with a hood", "unsupported"),
        D.details("a zipper and two pockets"),
        B.material("a green jacket", "restated"),
        title="Men Bottle Green Solid Track Jacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: model in light grey cotton terry shorts and a white t-shirt, white backdrop.
    # caption and material: adapter
    case(
        "X409-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and grey shorts"),
        B.garment_type("shorts"),
        B.color("white", "other_garment_color"),
        color_of("shorts", "grey"),
        D.details("they are shorts", "non_answer"),
        B.material(
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Light Grey Solid Cotton Terry Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: long-haired model in a purple dri-fit t-shirt with a black abstract line print and black joggers, grey
    # backdrop. no adapter texts
    case(
        "X409-031",
        caption("a man in a purple shirt with a pattern on it"),
        D.wearing("she is wearing a purple and black shirt", "pronoun"),
        B.color("purple"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.description("a purple t-shirt with black lines"),
        B.material("polyester Question: what is the color of the pants? Answer: black", "leak"),
        title="Men Purple Abstract Printed Dri-Fit T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: flat-lay of black slim joggers, folded, drawstring showing, on a white table.
    # wearing, details and the open color question: VQA adapter
    case(
        "X409-032",
        caption("a pair of black pants folded on a table"),
        wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "black. Question: What is the color of the pants? Answer: black. Question: What is the color of the pants? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.color("black"),
        D.details(
            "drawstring drawstring drawstring drawstring drawstring drawstring drawstring drawstring drawstring "
            "drawstring drawstring drawstring drawstring drawstring drawstring",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Solid Slim Fit Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model running outdoors in grey compression tights under black running shorts and a black t-shirt.
    # caption: adapter
    case(
        "X409-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt, black shorts and grey leggings"),
        B.garment_type("shorts", "contradiction"),
        B.color("black", "other_garment_color"),
        is_a("pair of leggings", "yes"),
        B.material("black shorts and grey leggings", "restated"),
        title="Men Grey Solid Compression Tights",
        category="Tights",
        color="Grey",
        gender="Men",
    ),
    # photo: model holding a basketball on an indoor court in a neon orange dri-fit t-shirt, front view, no number.
    # no adapter texts
    case(
        "X409-034",
        caption("a man holding a basketball on a court"),
        D.wearing("an orange shirt"),
        B.color("red", "contradiction"),
        D.description("an orange shirt with a basketball on it", "unsupported"),
        D.details("the shirt has a number on the back", "unsupported"),
        is_a("basketball jersey", "yes", "contradiction"),
        title="Men Neon Orange Solid Dri-Fit T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: model on a hillside in a black hooded nylon windcheater and grey joggers.
    # caption and details: adapter
    case(
        "X409-035",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket and black pants", "contradiction"),
        B.color("black"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a hooded neckline. The jacket is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.material("nylon"),
        title="Men Black Hooded Nylon Windcheater Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a white polo t-shirt with black tipping on the collar and sleeve hems, on white.
    # caption: adapter
    case(
        "X409-036",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His shirt "
            "has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His shirt has short "
            "sleeves,",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("polo shirt"),
        B.color("black", "contradiction"),
        B.pattern("solid"),
        D.description("the garment", "non_answer"),
        D.details("black stripes on the collar and the sleeves"),
        title="Men White Polo T-shirt with Tipping Detail",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a charcoal melange quarter-zip sweatshirt and black track pants against a grey wall.
    # caption: adapter
    case(
        "X409-037",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a stand-up collar. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and black pants"),
        B.garment_type("sweatshirt"),
        B.color("black", "other_garment_color"),
        D.details("a zipper at the neck and a pocket on the chest", "unsupported"),
        B.material("wool", "unsupported"),
        title="Men Charcoal Quarter-Zip Cotton Fleece Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in red solid track pants and a white t-shirt, white studio.
    # caption and material: adapter
    case(
        "X409-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white shirt and red pants"),
        B.garment_type("track pants"),
        color_of("pants", "red"),
        D.details("the pants are red", "non_answer"),
        B.material(
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Red Solid Track Pants",
        category="Track Pants",
        color="Red",
        gender="Men",
    ),
    # photo: model running in navy shorts with a lime green waistband and a lime green t-shirt, outdoor path.
    # no adapter texts
    case(
        "X409-039",
        caption("a man in a green shirt and blue shorts running"),
        D.wearing("a green shirt and green shorts", "other_garment_color"),
        B.color("green", "other_garment_color"),
        color_of("shorts", "navy"),
        D.details("a green waistband"),
        B.material(
            "it is made of polyester. Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        title="Men Navy Running Shorts with Contrast Waistband",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model lifting a dumbbell in a gym in a black sleeveless gym t-shirt with deep armholes and black shorts.
    # caption: adapter
    case(
        "X409-040",
        caption(
            "The gentleman wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top"),
        B.garment_type("t-shirt"),
        B.color("black"),
        B.sleeve_length("sleeveless"),
        D.details("the sides are cut low"),
        B.material("a black tank top", "restated"),
        title="Men Black Sleeveless Gym T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a lavender short-sleeve pique polo, no pocket, and white shorts, on a beach.
    # no adapter texts
    case(
        "X409-041",
        caption("a man in a purple shirt standing on the beach"),
        D.wearing("a pink shirt and white shorts", "contradiction"),
        B.color("purple"),
        is_a("polo shirt", "yes"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details("a pocket on the chest", "unsupported"),
        B.material("cotton"),
        title="Men Lavender Solid Polo T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in a colour-blocked track jacket (black body, white sleeves), zipped, black joggers, white backdrop.
    # caption and description: adapter
    case(
        "X409-042",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand-up collar. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white jacket"),
        B.garment_type("sweatshirt", "contradiction"),
        B.color("black"),
        B.pattern("color block"),
        D.description(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand-up",
            "cut",
            hit_limit=True,
        ),
        title="Men Black & White Colourblocked Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in coffee brown joggers with elastic ankles and a beige t-shirt, white backdrop.
    # no adapter texts
    case(
        "X409-043",
        caption("a man in a white t-shirt and brown pants"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        B.garment_type("shorts", "contradiction"),
        B.color("beige", "other_garment_color"),
        color_of("pants", "brown"),
        D.details("elastic ankles and a drawstring"),
        title="Men Coffee Brown Solid Joggers",
        color="Brown",
        gender="Men",
    ),
    # photo: flat-lay of two dri-fit t-shirts side by side, one black and one navy, on white.
    # caption: adapter
    case(
        "X409-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt", "contradiction"),
        B.garment_type("t-shirt"),
        D.description("two t-shirts, one black and one navy blue"),
        B.material("polyester"),
        title="Men Pack of 2 Solid Dri-Fit T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a black tracksuit with a small white chest logo, plain black pants, in front of a white wall.
    # wearing: VQA adapter
    case(
        "X409-045",
        caption("a man in a black tracksuit standing in front of a white wall"),
        D.wearing(
            "tracksuit. Question: What is the color of the tracksuit? Answer: black. Question: What is the color of "
            "the pants?",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("tracksuit"),
        B.color("white", "contradiction"),
        D.details("a white logo on the chest and a white stripe down the pants", "unsupported"),
        B.material("it is made of polyester and it has a hood", "unsupported"),
        title="Men Black Solid Tracksuit",
        category="Tracksuits",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white dri-fit t-shirt and black shorts against a white backdrop.
    # caption: adapter
    case(
        "X409-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
            "and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and white shorts", "contradiction"),
        B.color("white"),
        B.sleeve_length("short sleeves"),
        D.description("it is a plain white t-shirt"),
        D.details("", "non_answer"),
        title="Men White Solid Dri-Fit T-shirt",
        category="Tshirts",
        color="White",
    ),
]
