"""BLIND_358 (46 products; men's and boys' everyday, festive and innerwear catalog, model shots and flat-lays): written
blind in the forty-fifth session. Measured blind at 91a1dfb (the session's rules as they stood): 109/131 failures
found (83.2%) and 9/165 correct texts flagged (5.5%). The writer's notes, verbatim:

Scenario: a men's and boys' catalog drawn at random from one night's run on an Indian marketplace feed: tshirts,
polos, casual and formal shirts, jeans, chinos, joggers and track pants, shorts, kurtas and kurta sets, nehru
jackets, hoodies, blazers and innerwear (vests, trunks, briefs). About two thirds are model shots (studio backdrops,
a brick wall, a wooden door, marigold garlands, a potted plant), the rest flat-lays or a mannequin. Each row has the
seller's title, category, color and gender; innerwear packs carry the color "Assorted"; a few rows miss a column.

Who wrote what: the base model `Salesforce/blip2-opt-2.7b` writes the short lowercase captions and open answers and
stops on its own (never hit_limit). The caption adapter (DeepFashion template, "The gentleman wears a long-sleeve
shirt with pure color patterns. The shirt is with cotton fabric ...", no end token) wrote the captions and the few
open answers the comment before each case names; every adapter text runs to its limit (50 tokens for captions, 30
for answers) and carries hit_limit=True. Closed questions (garment_type, color, pattern, sleeve_length, fit, the
per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers, picked from candidate
sets: never a loop or a cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal (and green for teal), green for olive, red
  for maroon, yellow for mustard, pink for coral (and orange for coral, the base model says both), beige or brown
  for khaki, brown or orange for rust, tan for beige, grey for charcoal melange. Mustard answered "orange" and
  charcoal answered "black" are contradiction (the reference engine picked the neighbouring candidate).
- A color from the backdrop or a prop (marigolds, brick wall, wooden door) or from the print or trim (a leaf print,
  gold embroidery, a red superhero print) given as the garment's color is contradiction. The color of another piece
  the model wears (the tee under a blazer, the jeans under a shirt, the kurta under a nehru jacket) is
  other_garment_color.
- An open answer giving another piece a color no piece has ("black pants" with beige chinos, "grey jeans" with blue
  jeans) is contradiction.
- Synonyms are correct: suit for a blazer, vest or waistcoat for a nehru jacket, jacket for a zip hoodie,
  sweatshirt for a hoodie, pants for chinos and joggers, track pants for joggers, tank top for an innerwear vest,
  underwear for trunks and briefs, hawaiian shirt for a tropical print shirt, floral for a leaf print. A kurta called
  a shirt (the reference engine's garment_type, or the base model's "white shirt") is contradiction.
- A two-color stripe or check answered with either of its colors is correct (white for a blue and white striped
  shirt). A jogger's single side stripe leaves its pattern "solid"; a polo's tipping answered "striped" is
  contradiction, the same tipping described as "stripes on the collar and sleeves" is correct.
- Fit: the title's fit is the truth (slim, regular, straight); another candidate is contradiction. Sleeves rolled up
  on a full-sleeve shirt answered "short sleeves" is contradiction.
- Materials: one the title names is correct; a plausible unnamed guess on a plain woven fabric (wool for a formal
  blazer whose title names none) is correct; one the title contradicts (silk on a cotton kurta set, linen on cotton
  shorts, polyester on cotton fleece, nylon on polyester, denim on cotton cargo shorts) or one with no ground (jute on
  a woven nehru jacket) is unsupported.
- Invented items (a pocket square, a tie, a necklace, a back patch on a front view, a zipper on a pullover, a logo on
  a plain tee, socks in a pack of trunks, a person or other garments in a flat-lay) are unsupported. Pack counts
  named wrong ("two pairs" for a pack of 3, "a pair" for a pack of 2) are contradiction.
- Adapter texts: a repeated template sentence is loop; a stop mid-sentence without repeating is cut; the template
  returned for the material question is restated. Inventions inside an adapter text that is cut or loops (a T-shirt
  on a flat-lay of jeans) do not change the label: the cut or loop is seen first.
- Base answers: an answer stopped after "made of" or "a picture of" is cut (no hit_limit); empty, "it is a vest",
  "the details of the pants", "they are short", "the shorts have details", "it is made of fabric" are non_answer;
  the material question answered with the garment's name and color, or the collar question with "a collar", is
  restated; an answer running on into "Question: ... Answer: ..." is leak even where its first words are right;
  "she" for a man or a boy is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

fit = question("fit", "What is the fit of the garment?", "closed")
printed = question("print", "What is printed on the t-shirt?", "open")
collar = question("collar", "What kind of collar does the shirt have?", "open")

BLIND_358 = [
    # photo: man in a navy blue short-sleeve pique polo with white buttons, beige chinos, plain white studio, front
    # view cropped at mid-thigh.
    # adapter: none
    case(
        "X358-001",
        caption("a man wearing a navy blue polo shirt and khaki pants"),
        D.wearing("a blue polo shirt and black pants", "contradiction"),
        D.garment_type("polo shirt"),
        D.color("blue"),
        B.sleeve_length("short sleeves"),
        D.details("two buttons and a collar"),
        D.material("polyester", "unsupported"),
        title="Men Navy Blue Solid Cotton Pique Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of a boys' white crew-neck tee with a green cartoon dinosaur print, on a light wooden floor.
    # caption: adapter
    case(
        "X358-002",
        caption(
            "This guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. This guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        printed("a dinosaur"),
        D.color("white"),
        D.wearing("a white shirt with a dinosaur on it and blue jeans", "unsupported"),
        is_a("t-shirt", "yes"),
        D.material("a white t-shirt with a dinosaur", "restated"),
        title="Boys White Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: man in light blue faded slim jeans, white crew-neck tee, black sneakers, grey studio, full length.
    # adapter: none
    case(
        "X358-003",
        caption("a man in a white t - shirt and blue jeans"),
        color_of("jeans", "blue"),
        fit("slim"),
        D.color("white", "other_garment_color"),
        D.details("faded"),
        D.description("a pair of blue jeans with rips on the knees", "unsupported"),
        D.material("denim"),
        title="Men Light Blue Slim Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a white long cotton kurta and white pyjamas in front of orange marigold garlands, full length.
    # adapter: none
    case(
        "X358-004",
        caption("a man in a white kurta standing in front of orange flowers"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.garment_type("kurta"),
        D.color("orange", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        title="Men White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a maroon sleeveless nehru jacket over a cream kurta and cream pyjama, grey studio, front view.
    # caption, details: adapter
    case(
        "X358-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand collar. The gentleman also wears a vest. The vest is with solid color patterns and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a maroon vest and a white kurta"),
        color_of("jacket", "cream", "other_garment_color"),
        D.garment_type("nehru jacket"),
        B.sleeve_length("sleeveless"),
        D.details(
            "The vest is with cotton fabric and pure color patterns. It has a stand collar. There are buttons on the "
            "front. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        title="Men Maroon Solid Woven Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a black pullover hoodie (hood down, kangaroo pocket, no zip), grey joggers, white studio.
    # adapter: none
    case(
        "X358-006",
        caption("a man wearing a black hoodie and grey sweatpants"),
        D.wearing("a black sweatshirt"),
        color_of("hoodie", "black"),
        D.details("a hood and a pocket in the front and a zipper", "unsupported"),
        D.material("polyester", "unsupported"),
        is_a("hoodie", "yes"),
        D.description("she is wearing a black hoodie", "pronoun"),
        title="Men Black Solid Cotton Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of olive green chinos folded on white, belt loops and slant pockets visible, no belt.
    # caption: adapter
    case(
        "X358-007",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.garment_type("pants"),
        fit("slim"),
        D.details("belt loops and pockets"),
        D.wearing("", "non_answer"),
        D.description("a pair of green pants with a belt", "unsupported"),
        title="Men Olive Green Slim Fit Cotton Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a red and navy checked full-sleeve shirt with the sleeves rolled to the elbow, blue jeans,
    # white studio.
    # details: adapter
    case(
        "X358-008",
        caption("a man in a red plaid shirt and jeans"),
        D.pattern("checked"),
        D.color("red"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel collar. The shirt is with cotton "
            "fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.wearing(
            "a red and blue plaid shirt and blue jeans Question: what is the color of the shirt? Answer: red", "leak"
        ),
        title="Men Red & Navy Blue Checked Full Sleeves Cotton Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in grey melange slim joggers, black crew-neck tee, white sneakers, against a bare concrete wall.
    # caption: adapter
    case(
        "X358-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        color_of("joggers", "black", "other_garment_color"),
        D.color("grey"),
        fit("regular", "contradiction"),
        D.details("drawstring waist and elastic cuffs"),
        D.material("cotton"),
        title="Men Grey Melange Slim Fit Cotton Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: boy in blue washed denim shorts and a yellow tee, white studio, full length.
    # adapter: none
    case(
        "X358-010",
        caption("a young boy in a yellow shirt and blue shorts"),
        D.wearing("she is wearing a yellow t-shirt and denim shorts", "pronoun"),
        color_of("shorts", "yellow", "other_garment_color"),
        D.details("they are short", "non_answer"),
        D.material("denim"),
        is_a("pair of shorts", "yes"),
        title="Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in a navy single-breasted blazer over a white shirt, grey trousers, no tie, no pocket square, grey
    # studio.
    # caption: adapter
    case(
        "X358-011",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has a "
            "lapel collar. The gentleman wears a long-sleeve suit with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue suit and white shirt"),
        color_of("blazer", "grey", "other_garment_color"),
        D.garment_type("blazer"),
        D.details("two buttons and a pocket square", "unsupported"),
        D.material("wool"),
        title="Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of three trunks (black, navy, grey) side by side, printed brand text on the waistbands.
    # adapter: none
    case(
        "X358-012",
        caption("three pairs of men's underwear on a white background"),
        D.garment_type("underwear"),
        D.description("two pairs of boxer briefs", "contradiction"),
        D.material("cotton"),
        D.details("elastic waistband with a logo"),
        D.wearing("a pair of underwear and a pair of socks", "unsupported"),
        title="Men Pack of 3 Solid Cotton Trunks",
        category="Trunks",
        color="Assorted",
        gender="Men",
    ),
    # photo: man in a white ribbed innerwear vest and blue jeans, plain grey studio, cropped at the hips.
    # adapter: none
    case(
        "X358-013",
        caption("a man in a white tank top"),
        D.garment_type("vest"),
        D.color("white"),
        B.sleeve_length("sleeveless"),
        D.material("the vest is made of", "cut"),
        D.wearing("she is wearing a white tank top", "pronoun"),
        D.details("it is a vest", "non_answer"),
        title="Men White Solid Ribbed Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man in a plain mustard yellow crew-neck tee (no pocket) and blue jeans, leaning on a white brick wall.
    # adapter: none
    case(
        "X358-014",
        caption("a man in a yellow t - shirt leaning against a white brick wall"),
        D.color("orange", "contradiction"),
        D.wearing("a yellow shirt and jeans"),
        D.pattern("solid"),
        D.description("a yellow t-shirt with a pocket on the chest", "unsupported"),
        D.material("cotton"),
        D.details("the details of the t-shirt", "non_answer"),
        title="Men Mustard Yellow Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a blue and white vertical striped full-sleeve formal shirt tucked into navy chinos, white studio.
    # caption, details: adapter
    case(
        "X358-015",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The pants this gentleman wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("white"),
        D.details(
            "The shirt is with cotton fabric and stripe patterns. It has a lapel collar. The shirt is with cotton "
            "fabric and stripe patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        D.wearing("a blue and white striped shirt and white pants", "contradiction"),
        title="Men Blue & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: boy in a plain yellow cotton kurta with wooden buttons and white pyjama, brass diyas on the floor,
    # cream wall.
    # adapter: none
    case(
        "X358-016",
        caption("a little boy in a yellow kurta and white pants"),
        D.wearing("she is wearing a yellow kurta", "pronoun"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "yellow", "other_garment_color"),
        D.garment_type("kurta"),
        D.material("cotton"),
        D.details("gold buttons and embroidery on the collar", "unsupported"),
        title="Boys Yellow Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: man in beige cotton chino shorts and an untucked white linen shirt, plain white studio.
    # adapter: none
    case(
        "X358-017",
        caption("a man in a white shirt and khaki shorts"),
        color_of("shorts", "beige"),
        D.color("white", "other_garment_color"),
        D.details("the shorts have details", "non_answer"),
        fit("regular"),
        D.material("linen", "unsupported"),
        title="Men Beige Solid Regular Fit Cotton Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: flat-lay of black slim jeans folded on a grey concrete surface, five pockets and zip fly.
    # caption, description: adapter
    case(
        "X358-018",
        caption(
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.color("grey", "contradiction"),
        fit("slim"),
        D.garment_type("jeans"),
        D.details("five pockets and a zip fly"),
        D.description(
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color "
            "patterns. The pants this gentleman wears is",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a dark green short-sleeve shirt with a white and light green tropical leaf print, beige shorts,
    # white studio.
    # details: adapter
    case(
        "X358-019",
        caption("a man wearing a green shirt with leaves on it"),
        D.pattern("floral"),
        D.color("white", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.wearing(
            "a green shirt with white flowers and khaki shorts Question: what is the pattern of the shirt? Answer: "
            "floral",
            "leak",
        ),
        D.material("rayon"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a lapel collar. The gentleman wears a pair of "
            "shorts. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        title="Men Green Tropical Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: flat-lay of a maroon pullover hoodie with white drawstrings and a kangaroo pocket, on white.
    # details: adapter
    case(
        "X358-020",
        caption("a maroon hoodie on a white background"),
        D.color("red"),
        D.garment_type("hoodie"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded",
            "cut",
            hit_limit=True,
        ),
        D.material("a maroon hoodie", "restated"),
        D.wearing("a hoodie Question: what is the color of the hoodie? Answer: maroon", "leak"),
        title="Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a teal short-sleeve polo (no chest pocket) and black jeans, in front of a red brick wall.
    # adapter: none
    case(
        "X358-021",
        caption("a man in a green polo shirt standing in front of a brick wall"),
        D.color("red", "contradiction"),
        color_of("polo shirt", "green"),
        D.wearing("a green shirt and blue jeans", "contradiction"),
        D.details("a pocket on the chest", "unsupported"),
        B.sleeve_length("short sleeves"),
        title="Men Teal Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: flat-lay of boys' navy joggers with one thin white stripe down each side, on white.
    # caption: adapter
    case(
        "X358-022",
        caption(
            "The pants this guy wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The pants this guy wears is of long length. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("solid"),
        D.garment_type("track pants"),
        D.details("the details of the pants", "non_answer"),
        D.material("cotton"),
        D.wearing("a pair of blue pants and a white shirt", "unsupported"),
        title="Boys Navy Blue Cotton Joggers with Side Stripe",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: man in a white linen full-sleeve shirt with a spread collar, no pocket, beige trousers, a potted plant
    # beside him, white studio.
    # adapter: none
    case(
        "X358-023",
        caption("a man in a white shirt standing next to a plant"),
        D.color("white"),
        D.material("linen"),
        D.wearing("a white shirt and black pants", "contradiction"),
        D.details("a pocket on the chest and a logo", "unsupported"),
        collar("a collar", "restated"),
        title="Men White Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: charcoal grey two-button blazer on a ghost mannequin, white backdrop.
    # caption, material: adapter
    case(
        "X358-024",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has a "
            "lapel collar. The gentleman wears a long-sleeve suit with pure color patterns. The suit",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.garment_type("blazer"),
        D.details("two buttons and a pocket"),
        D.material(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        title="Men Charcoal Grey Solid Regular Fit Single-Breasted Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in dark blue straight jeans, red checked shirt untucked, brown boots, white studio, front view.
    # adapter: none
    case(
        "X358-025",
        caption("a man in a red checkered shirt and blue jeans"),
        color_of("jeans", "red", "other_garment_color"),
        D.color("blue"),
        fit("straight"),
        D.wearing("a red shirt and jeans"),
        D.details("brown leather patch on the back", "unsupported"),
        D.material("cotton Question: is this a pair of jeans? Answer: yes", "leak"),
        title="Men Dark Blue Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Men",
    ),
    # photo: man in a black art silk kurta with gold thread embroidery on the placket and neck, white churidar, in
    # front of a carved wooden door. No jewellery.
    # details: adapter
    case(
        "X358-026",
        caption("a man in a black kurta with gold embroidery"),
        D.color("gold", "contradiction"),
        D.garment_type("kurta"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand collar. The",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),
        D.wearing("a black kurta and a gold necklace", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Men Black Embroidered Art Silk Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: man in a pink full-sleeve formal shirt tucked into grey trousers, black belt, no tie, grey studio.
    # caption, material: adapter
    case(
        "X358-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel collar. The pants this gentleman wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.wearing("a pink shirt and gray pants with a black belt"),
        D.description("a pink shirt with a tie", "unsupported"),
        B.sleeve_length("long sleeves"),
        fit("slim"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel",
            "restated",
            hit_limit=True,
        ),
        title="Men Pink Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: boy in a red zip-up hoodie, open over a white tee, blue jeans, white studio.
    # adapter: none
    case(
        "X358-028",
        caption("a boy wearing a red hoodie and jeans"),
        D.wearing("a red jacket"),
        D.color("white", "other_garment_color"),
        D.details("a zipper and a hood"),
        is_a("hoodie", "yes"),
        D.material("it is made of fabric", "non_answer"),
        D.description("she is wearing a red hoodie", "pronoun"),
        title="Boys Red Solid Front-Open Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: man in a white tee with black "STAY WILD" typography on the chest, grey joggers, white studio.
    # adapter: none
    case(
        "X358-029",
        caption("a man wearing a white t - shirt that says stay wild"),
        printed("stay wild"),
        D.color("white"),
        color_of("t-shirt", "black", "contradiction"),
        D.wearing("a white t-shirt and grey pants"),
        D.description(
            "a white t-shirt with black letters on it Question: what does the t-shirt say? Answer: stay wild", "leak"
        ),
        fit("oversized", "contradiction"),
        title="Men White Typography Printed Regular Fit T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of khaki cotton cargo shorts with flap pockets on both sides, on white.
    # caption: adapter
    case(
        "X358-030",
        caption(
            "The shorts this gentleman wears is of short length. The shorts are with cotton fabric and pure color "
            "patterns. The shorts this gentleman wears is of short length. The shorts are",
            "loop",
            hit_limit=True,
        ),
        D.color("beige"),
        D.garment_type("shorts"),
        D.details("cargo pockets on the sides"),
        D.material("denim", "unsupported"),
        D.description("a pair of brown shorts"),
        D.wearing("", "non_answer"),
        title="Men Khaki Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy blue nehru jacket on a mannequin, over a white kurta, grey backdrop, front view.
    # details: adapter
    case(
        "X358-031",
        caption("a blue vest on a mannequin"),
        color_of("jacket", "white", "other_garment_color"),
        D.garment_type("waistcoat"),
        D.details(
            "The vest is with cotton fabric and pure color patterns. It has a stand collar. The gentleman wears a "
            "long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue vest and white shirt"),
        D.material("jute", "unsupported"),
        title="Men Navy Blue Self Design Woven Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of two briefs, one grey melange and one black, on white.
    # adapter: none
    case(
        "X358-032",
        caption("two pairs of underwear, one grey and one black"),
        D.garment_type("briefs"),
        D.description("a pair of black underwear", "contradiction"),
        D.material("the underwear is made of", "cut"),
        D.details("an elastic waistband and a fly"),
        title="Men Pack of 2 Cotton Briefs",
        category="Briefs",
        color="Assorted",
        gender="Men",
    ),
    # photo: man in olive slim joggers, white tee, white sneakers, plain beige studio, full length.
    # caption: adapter
    case(
        "X358-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and green pants"),
        color_of("joggers", "green"),
        D.color("white", "other_garment_color"),
        D.details("elastic cuffs at the ankles"),
        fit("relaxed", "contradiction"),
        D.material("cotton"),
        title="Men Olive Green Slim Fit Cotton Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a light grey melange polo with navy tipping on collar and sleeve hems, blue jeans, white studio.
    # adapter: none
    case(
        "X358-034",
        caption("a man in a gray polo shirt and jeans"),
        D.color("grey"),
        D.details("navy blue stripes on the collar and sleeves"),
        D.pattern("striped", "contradiction"),
        D.wearing("he is wearing a grey polo shirt and grey pants", "contradiction"),
        D.material("cotton"),
        title="Men Grey Melange Polo T-shirt with Tipping Detail",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: boy in a blue and white checked short-sleeve shirt and beige shorts, white studio.
    # adapter: none
    case(
        "X358-035",
        caption("a young boy in a blue and white checkered shirt"),
        D.pattern("checked"),
        D.color("blue"),
        color_of("shirt", "beige", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        D.wearing("a blue and white shirt and blue shorts", "contradiction"),
        D.material("cotton Question: what is the color of the shorts? Answer: beige", "leak"),
        title="Boys Blue & White Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in a sky blue mandarin-collar kurta with buttons and white pyjama, in front of a brown wooden door.
    # caption: adapter
    case(
        "X358-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand collar. The gentleman wears a long-sleeve shirt with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white pajamas"),
        D.color("brown", "contradiction"),
        D.garment_type("shirt", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("a mandarin collar and buttons"),
        title="Men Sky Blue Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a plain black crew-neck tee on white, no print or logo.
    # adapter: none
    case(
        "X358-037",
        caption("a black t - shirt on a white background"),
        D.color("black"),
        D.garment_type("t-shirt"),
        D.wearing("a black t-shirt with a white logo", "unsupported"),
        D.details("", "non_answer"),
        D.material("a black t-shirt", "restated"),
        B.sleeve_length("short sleeves"),
        title="Men Black Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in rust slim chinos, white shirt tucked in, brown belt, tan loafers, white studio.
    # adapter: none
    case(
        "X358-038",
        caption("a man in a white shirt and brown pants"),
        color_of("pants", "white", "other_garment_color"),
        D.color("orange"),
        D.wearing("a white shirt tucked into brown pants"),
        fit("slim"),
        D.details("belt loops and side pockets"),
        D.material("the pants are made of", "cut"),
        title="Men Rust Slim Fit Cotton Chinos",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a mid-blue denim full-sleeve shirt with two flap chest pockets, buttoned, black jeans, grey studio.
    # caption: adapter
    case(
        "X358-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel collar. The pants this gentleman wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.material("denim"),
        D.wearing("a denim shirt and black jeans"),
        D.details("two chest pockets with flaps"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a boys' navy polo with a small white embroidered logo on the chest, on white.
    # adapter: none
    case(
        "X358-040",
        caption("a navy blue polo shirt with a white logo"),
        D.color("blue"),
        D.garment_type("polo shirt"),
        D.wearing("a blue polo shirt and jeans", "unsupported"),
        D.details("a logo on the chest and a collar"),
        D.material("a navy polo shirt", "restated"),
        title="Boys Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: man in a grey hoodie with a black mountain graphic on the front, blue jeans, white studio.
    # adapter: none
    case(
        "X358-041",
        caption("a man wearing a gray hoodie with a picture of mountains on it"),
        D.color("grey"),
        D.pattern("graphic"),
        color_of("hoodie", "blue", "other_garment_color"),
        D.wearing("a grey hoodie and grey jeans", "contradiction"),
        D.details("a mountain print on the front and a hood"),
        D.description("she is wearing a grey hoodie", "pronoun"),
        title="Men Grey Graphic Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a beige linen blazer with patch pockets over a white crew-neck tee, blue jeans, grey studio.
    # caption, details: adapter
    case(
        "X358-042",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel collar. The gentleman wears a short-sleeve T-shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.wearing("a tan blazer, white t-shirt and jeans"),
        D.garment_type("blazer"),
        D.material("linen"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a lapel collar. The jacket is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Men Beige Solid Linen Blend Casual Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in black track pants with two white stripes down each side, grey tee, white studio.
    # adapter: none
    case(
        "X358-043",
        caption("a man in a grey t - shirt and black track pants"),
        color_of("track pants", "grey", "other_garment_color"),
        D.color("black"),
        D.details("white stripes on the sides"),
        D.wearing(
            "a grey shirt and black pants with white stripes Question: what is the color of the shirt? Answer: grey",
            "leak",
        ),
        D.material("nylon", "unsupported"),
        title="Men Black Solid Polyester Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a coral short-sleeve casual shirt and white shorts, plain white studio.
    # caption, details: adapter
    case(
        "X358-044",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel collar. The shorts this gentleman wears is of short length. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.wearing("an orange shirt and white shorts"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel collar. The shirt is with cotton "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("linen"),
        title="Men Coral Solid Linen Blend Casual Shirt",
        category="Shirts",
        color="Coral",
        gender="Men",
    ),
    # photo: boy in a grey tee with a red and blue spider superhero print, black shorts, white studio.
    # adapter: none
    case(
        "X358-045",
        caption("a little boy wearing a grey t - shirt with spiderman on it"),
        printed("spiderman"),
        D.color("red", "contradiction"),
        D.wearing("she is wearing a grey t-shirt and black shorts", "pronoun"),
        is_a("t-shirt", "yes"),
        D.description("a grey t-shirt with a picture of", "cut"),
        D.material("cotton"),
        title="Boys Grey Superhero Printed Cotton T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Boys",
    ),
    # photo: man in navy cotton lounge shorts with a white drawstring and side pockets, grey tee, cropped waist
    # to knee, white studio.
    # adapter: none
    case(
        "X358-046",
        caption("a man in navy blue shorts"),
        color_of("shorts", "blue"),
        D.garment_type("shorts"),
        D.details("the shorts are short", "non_answer"),
        D.material("a pair of navy blue shorts", "restated"),
        D.wearing("a pair of shorts and a grey shirt Question: what color are the shorts? Answer: blue", "leak"),
        title="Men Navy Blue Solid Cotton Lounge Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
]
