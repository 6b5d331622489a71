"""BLIND_453 (46 products; men's catalog night with the caption adapter: shirts, tees, jeans, kurtas, jackets): written
blind in the forty-seventh session. Measured blind at bbc1aa6 (the session's rules as they stood): 113/124 failures
found (91.1%) and 3/152 correct texts flagged (2.0%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's wear, run overnight with the caption-only LoRA adapter loaded
for captions: casual and formal shirts (solid, checked, striped, floral, denim, linen, corduroy), round-neck, polo,
henley and graphic t-shirts, jeans (skinny, ripped, relaxed, a flat lay), chinos, cargos, formal trousers and
joggers, kurtas (plain, printed, chikankari, festive, with churidar or pyjama) and a Nehru jacket, jackets (bomber,
denim, puffer, biker, suede trucker, a shacket, a blazer), sweatshirts and hoodies. Most photos are model shots on a
studio backdrop, some outdoors (brick wall, street, beach, garden, marigold decor), a few flat lays or a hanger. Each
product has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: most captions come from the caption-only adapter of the original experiments (DeepFashion template:
"The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. ..."), the rest
from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase, "a man in a ..."). The adapter was trained with
no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and
carries hit_limit=True; where the night routed an open question (details, description, material) to the adapter,
the comment says so and the answer is the caption template again. Other open answers (wearing, description,
details, material, the set's own open questions: collar, print, fit) come from the base model, which stops on its
own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, per-piece colors,
"Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct: blue for navy or indigo, green for olive or mint, red for maroon, yellow for
  mustard only when the word is yellow (orange for mustard is contradiction), cream for white, orange or brown for
  rust, beige or khaki for beige, grey for charcoal or grey melange.
- Garment synonyms count as correct: pants for trousers or joggers, sweatpants for joggers, shirt for a t-shirt or
  a polo in an open answer, hoodie or sweater for a sweatshirt, jacket for a zip-through sweatshirt or a blazer,
  vest for a Nehru jacket, shirt (closed garment_type) for a shacket, plaid for checked. "dress" for a kurta and
  "polo shirt" for a plain round-neck tee are contradiction.
- A color of the backdrop, of the sea, of the plants, of a wooden wall, of a print, logo or stripe given as the
  garment's color is contradiction. The color of another garment in the photo (the tee under the jacket, the
  jeans, the churidar, the joggers) given to the product, in a closed per-piece answer or in an open answer ("a
  white shirt and white pants" for black trousers), is other_garment_color. A color the photo has nowhere (black
  for a navy jacket, blue shorts for white trousers) is contradiction.
- "a black t-shirt and black jeans" for an all-black outfit is correct: both really are black.
- Invented details (elbow patches, a pocket square, a fur collar, a belt on a jacket that has none, rips on clean
  jeans, an extra chest pocket, embroidery on a plain collar) are unsupported. A material neither named in the
  title nor visible (leather for a nylon bomber, silk on a cotton kurta, wool on cotton fleece or on formal
  trousers, down in a padded jacket) is unsupported; cotton on a plain cotton-look blazer is a fair guess: correct.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without repeating is cut; the
  template returned for the material question is restated, even where it names a fabric. The template answering
  details or description does answer them, so those are cut or loop. One adapter caption says "The lady" for a man:
  pronoun, the first thing the auditor sees, hit_limit kept.
- A base answer that stops early ("it is made of") is cut without hit_limit. An empty answer, "the details of the
  shirt", "they are pants", "they are jeans" and "the collar of the shirt" are non_answer; a material question
  answered with the garment's name and color, and "the garment is a shirt" for a description, are restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "she" or "a woman" for the male models is pronoun.
- Flat lays and the hanger shot: "What is the person wearing?" answered with the product ("a pair of jeans") is
  correct; an empty answer is non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, details, is_a, question, wearing

collar = question("collar", "What is the collar of the shirt?", "open")
print_on = question("print", "What is printed on the t-shirt?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")

BLIND_453 = [
    # photo: model in a navy blue slim-fit long-sleeve cotton shirt, spread collar, untucked over light blue jeans,
    # white studio backdrop, front view.
    # caption: adapter
    case(
        "X453-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black shirt and blue jeans", "contradiction"),
        color_of("shirt", "navy"),
        color_of("jeans", "navy", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white short-sleeve crew-neck t-shirt with a black skull graphic on the chest, black jeans,
    # grey backdrop.
    # caption, material: adapter
    case(
        "X453-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt with a skull on it"),
        B.color("white"),
        B.pattern("solid", "contradiction"),
        print_on("a skull"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a black nylon bomber jacket worn open over a white crew-neck tee, black trousers, zip and
    # two side pockets visible, white backdrop.
    # no adapter text
    case(
        "X453-003",
        caption("a man wearing a black jacket and a black t - shirt", "other_garment_color"),
        D.wearing("a black jacket"),
        color_of("jacket", "white", "other_garment_color"),
        D.material("leather", "unsupported"),
        D.details("it has a zipper and pockets"),
        B.garment_type("jacket"),
        title="Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: waist-down model shot: olive green flat-front chinos, white shirt tucked in, brown leather belt, white
    # backdrop.
    # caption, details: adapter
    case(
        "X453-004",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with pure color patterns. The trousers this gentleman "
            "wears is of long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("green pants and a white shirt"),
        color_of("pants", "white", "other_garment_color"),
        details(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long-sleeve shirt "
            "with pure color",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no"),
        D.material("cotton"),
        title="Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a maroon long-sleeve henley t-shirt with a three-button placket (no pocket), blue jeans,
    # beige wall.
    # caption: adapter
    case(
        "X453-005",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and blue jeans", who="he"),
        B.color("red"),
        B.sleeve_length("long sleeves"),
        D.details("it has buttons on the front and a pocket on the chest", "unsupported"),
        D.material("a red shirt", "restated"),
        title="Men Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a white straight cotton kurta, mandarin collar, long sleeves, white pyjama, standing by a
    # carved wooden door.
    # details: adapter
    case(
        "X453-006",
        caption("a man in a white kurta standing in front of a wooden door"),
        D.wearing("a white kurta and pants"),
        B.garment_type("kurta"),
        B.color("cream"),
        D.details(
            "The shirt is with cotton fabric. It has a stand neckline. The shirt is with cotton fabric. It has a "
            "stand neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        B.pattern("solid"),
        title="Men White Solid Straight Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: waist-down shot of light blue skinny jeans with faded whiskers (no rips), black tee hem visible, white
    # sneakers, white backdrop.
    # caption: adapter
    case(
        "X453-007",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with denim fabric and pure color "
            "patterns. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric. It has",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        details("jeans", "the jeans are ripped at the knees", "unsupported"),
        D.material("denim"),
        fit("skinny"),
        D.wearing("blue jeans and a blue shirt", "other_garment_color"),
        title="Men Light Blue Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a grey melange hooded sweatshirt with kangaroo pocket and drawstrings, black joggers, grey
    # backdrop.
    # caption, material: adapter
    case(
        "X453-008",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        B.garment_type("sweatshirt"),
        B.color("black", "other_garment_color"),
        D.details("it has a hood and a pocket"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a",
            "restated",
            hit_limit=True,
        ),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a red and navy checked flannel shirt worn open over a white tee, khaki trousers, outdoor red
    # brick wall.
    # no adapter text
    case(
        "X453-009",
        caption("a man in a red and blue plaid shirt standing in front of a brick wall"),
        D.wearing("a red shirt and red pants", "other_garment_color"),
        B.pattern("checked"),
        color_of("shirt", "red"),
        D.details("the details of the shirt", "non_answer"),
        D.material("wool", "unsupported"),
        title="Men Red & Navy Checked Cotton Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in black slim-fit formal trousers, white formal shirt tucked in, black belt, white backdrop.
    # caption: adapter
    case(
        "X453-010",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. The trousers this",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        details("pants", "they are pants", "non_answer"),
        is_a("pair of trousers", "yes"),
        title="Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a plain mustard yellow short-sleeve round-neck t-shirt, blue jeans, white backdrop.
    # description: adapter
    case(
        "X453-011",
        caption("a man in a yellow t - shirt and jeans"),
        D.wearing("a yellow shirt"),
        B.color("orange", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a light-wash blue denim jacket with button front and two flap chest pockets, white tee under
    # it, black jeans, white backdrop.
    # caption, details: adapter
    case(
        "X453-012",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt "
            "is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and black jeans"),
        color_of("jacket", "blue"),
        color_of("jeans", "blue", "other_garment_color"),
        D.details(
            "The jacket is with denim fabric. It has a lapel neckline. The gentleman wears a short-sleeve T-shirt "
            "with pure",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Men Blue Light Wash Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a navy and white horizontally striped polo t-shirt with a white collar, beige chinos,
    # outdoors in front of green plants.
    # caption, details: adapter
    case(
        "X453-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and khaki pants"),
        B.pattern("striped"),
        B.color("green", "contradiction"),
        is_a("polo shirt", "yes"),
        D.details(
            "The T-shirt is with cotton fabric and stripe patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers",
            "cut",
            hit_limit=True,
        ),
        title="Men Navy Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a navy blue quilted padded jacket with hood and front zip, blue jeans, white backdrop.
    # no adapter text
    case(
        "X453-014",
        caption("a man wearing a blue puffer jacket and jeans"),
        D.wearing("a black jacket and blue jeans", "contradiction"),
        B.garment_type("jacket"),
        D.material("down", "unsupported"),
        D.details("it has a hood and a zipper"),
        color_of("jacket", "navy"),
        title="Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a blue printed straight kurta (small white buti print), mandarin collar, long sleeves, white
    # churidar, plain backdrop.
    # caption, material: adapter
    case(
        "X453-015",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white pants"),
        B.garment_type("kurta"),
        B.pattern("printed"),
        B.color("white", "other_garment_color"),
        D.material(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Blue Printed Straight Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in black cotton cargo trousers with side flap pockets, olive green tee, sneakers, grey concrete
    # wall.
    # no adapter text
    case(
        "X453-016",
        caption("a man standing in front of a concrete wall wearing black cargo pants"),
        D.wearing("black pants and a black shirt", "other_garment_color"),
        details("pants", "they have pockets on the sides"),
        color_of("pants", "green", "other_garment_color"),
        D.material("cotton"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Black Solid Cotton Cargo Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white oxford button-down formal shirt, long sleeves, tucked into navy trousers, grey
    # backdrop.
    # caption, material: adapter
    case(
        "X453-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers this gentleman wears is of long length. The gentleman wears a "
            "long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue pants"),
        color_of("shirt", "white"),
        D.description(
            "he is wearing a white shirt and blue pants Question: describe the shirt. Answer: a white shirt", "leak"
        ),
        collar("button down"),
        D.material(
            "The shirt is with cotton fabric. It has a lapel neckline. The gentleman wears a long-sleeve shirt with "
            "pure color patterns. The shirt is",
            "restated",
            hit_limit=True,
        ),
        title="Men White Oxford Button-Down Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a beige crew-neck cotton fleece sweatshirt with "BROOKLYN" in small brown letters on the chest,
    # ribbed cuffs, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X453-018",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige sweater and jeans"),
        B.color("beige"),
        print_on("a picture of a city", "unsupported"),
        D.material("wool", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Men Beige Typography Printed Cotton Fleece Sweatshirt",
        category="Sweatshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: flat lay of dark indigo straight-fit jeans on a white background, no model.
    # no adapter text
    case(
        "X453-019",
        caption("a pair of dark blue jeans on a white background"),
        B.garment_type("jeans"),
        B.color("black", "contradiction"),
        details("jeans", "they have five pockets and a button"),
        D.wearing("a pair of jeans"),
        D.material("a pair of blue jeans", "restated"),
        title="Men Dark Indigo Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # photo: model in a black PU leather biker jacket with an asymmetric zip (no belt), grey tee, black jeans, dark
    # grey backdrop.
    # caption: adapter
    case(
        "X453-020",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and black jeans"),
        D.material("leather"),
        color_of("jacket", "black"),
        D.details("it has a zipper and a belt", "unsupported"),
        D.description(
            "a black leather jacket with zippers Question: what is the color of the jacket? Answer: black", "leak"
        ),
        title="Men Black Solid PU Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a light pink short-sleeve linen shirt with camp collar and one chest pocket, white shorts,
    # pastel blue studio wall.
    # no adapter text
    case(
        "X453-021",
        caption("a man in a pink shirt standing in front of a blue wall"),
        D.wearing("a pink shirt and white shorts"),
        B.color("blue", "contradiction"),
        D.material("linen"),
        B.sleeve_length("short sleeves"),
        D.details(
            "it has a collar and a pocket and buttons Question: what is the color of the shorts? Answer: white",
            "leak",
        ),
        title="Men Pink Solid Linen Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: long-haired male model in an olive green short-sleeve crew-neck tee, black track pants, gym backdrop.
    # caption: adapter
    case(
        "X453-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a green shirt and black pants"),
        B.color("green"),
        B.garment_type("polo shirt", "contradiction"),
        D.material("cotton"),
        D.description("she is wearing a green t - shirt", "pronoun"),
        title="Men Olive Solid Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in black skinny jeans with knee rips, white shirt, white backdrop.
    # no adapter text
    case(
        "X453-023",
        caption("a woman in black ripped jeans and a white shirt", "pronoun"),
        color_of("jeans", "black"),
        details("jeans", "they are ripped at the knees"),
        D.wearing("a white shirt and black jeans"),
        color_of("shirt", "black", "other_garment_color"),
        fit("skinny"),
        title="Men Black Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in a sleeveless navy blue woven brocade Nehru jacket with mandarin collar, buttons and a welt
    # pocket, over a white kurta and white pyjama, marigold garlands behind.
    # caption, details: adapter
    case(
        "X453-024",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and a blue vest"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.garment_type("jacket"),
        D.details(
            "The vest is with cotton fabric. It has a stand neckline. The gentleman wears a long-sleeve shirt with "
            "pure",
            "cut",
            hit_limit=True,
        ),
        title="Men Navy Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay of a white short-sleeve round-neck t-shirt with a small red logo on the left chest (no pocket),
    # grey background.
    # no adapter text
    case(
        "X453-025",
        caption("a white t - shirt with a red logo"),
        D.wearing("", "non_answer"),
        B.color("red", "contradiction"),
        B.pattern("solid"),
        D.details("it has a logo on the chest and a pocket", "unsupported"),
        D.material("cotton"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a green and black buffalo-checked overshirt (shacket) worn open over a black tee, blue jeans,
    # white backdrop.
    # caption, details: adapter
    case(
        "X453-026",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green and black plaid shirt and jeans"),
        B.pattern("checked"),
        B.color("blue", "other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline and buttons on",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shirt"),
        title="Men Green & Black Checked Overshirt Shacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: model walking on a city street in beige slim-fit chinos, an untucked navy polo covering the waistband,
    # brown loafers.
    # no adapter text
    case(
        "X453-027",
        caption("a man walking down the street in khaki pants and a blue shirt"),
        color_of("pants", "khaki"),
        D.wearing("khaki pants and a khaki shirt", "other_garment_color"),
        details("pants", "the pants have a belt", "unsupported"),
        D.material("cotton"),
        is_a("pair of trousers", "yes"),
        title="Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a white chikankari-embroidered cotton kurta (tone-on-tone embroidery down the front), long
    # sleeves, white pyjama, garden backdrop.
    # caption, material: adapter
    case(
        "X453-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white kurta"),
        B.pattern("solid", "contradiction"),
        D.details("it has embroidery on the front"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand",
            "restated",
            hit_limit=True,
        ),
        B.color("cream"),
        title="Men White Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy blue zip-through fleece sweatshirt (no hood) with two side pockets, grey joggers,
    # white backdrop.
    # details: adapter
    case(
        "X453-029",
        caption("a man in a navy blue jacket and grey pants"),
        D.wearing("a blue jacket and grey sweatpants"),
        B.garment_type("sweatshirt"),
        B.color("grey", "other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand",
            "cut",
            hit_limit=True,
        ),
        D.material("fleece"),
        title="Men Navy Blue Solid Fleece Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a red short-sleeve t-shirt with a large white "NEW YORK 1985" print, black jeans, white wall.
    # caption, material: adapter
    case(
        "X453-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red t - shirt with new york on it"),
        B.color("white", "contradiction"),
        print_on("new york"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        title="Men Red Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in charcoal grey slim-fit formal trousers, light blue shirt tucked in, black belt, white backdrop.
    # caption: adapter
    case(
        "X453-031",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey"),
        color_of("shirt", "blue"),
        D.wearing("a blue shirt and grey pants and a black belt"),
        details("pants", "the details of the pants", "non_answer"),
        D.material("wool", "unsupported"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model on a beach in a yellow and white floral short-sleeve resort-collar shirt, white linen trousers,
    # blue sea behind.
    # no adapter text
    case(
        "X453-032",
        caption("a man standing on the beach wearing a floral shirt"),
        D.wearing("a yellow shirt and blue shorts", "contradiction"),
        B.pattern("floral"),
        B.color("blue", "contradiction"),
        D.description("a yellow shirt with flowers on it"),
        D.material("rayon"),
        title="Men Yellow Floral Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: front view of a model in a plain black hooded sweatshirt with kangaroo pocket, black joggers, white
    # backdrop; the back is not shown and the product has no print.
    # caption: adapter
    case(
        "X453-033",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The "
            "sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black hoodie"),
        B.color("black"),
        D.details("it has a hood and a big print on the back", "unsupported"),
        is_a("hoodie", "yes"),
        D.material("a black hoodie", "restated"),
        title="Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a light-wash blue denim shirt with two flap chest pockets, worn open over a white tee, beige
    # chinos, white backdrop.
    # details: adapter
    case(
        "X453-034",
        caption("a man in a denim shirt and khaki pants"),
        D.wearing("a blue denim shirt and a white t-shirt"),
        color_of("shirt", "white", "other_garment_color"),
        D.material("denim"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with denim fabric. It has a lapel neckline. The shirt is with denim fabric. It has a "
            "lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        title="Men Blue Light Wash Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a maroon silk-blend kurta with a self-design weave, mandarin collar, gold buttons (plain
    # collar), cream churidar, palace-arch backdrop.
    # caption: adapter
    case(
        "X453-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has "
            "a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a red kurta", "pronoun"),
        B.color("maroon"),
        B.garment_type("kurta"),
        D.details("it has gold buttons and gold embroidery on the collar", "unsupported"),
        D.material("silk"),
        title="Men Maroon Self Design Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in navy blue joggers with white side stripes and a drawstring, white short-sleeve tee, white
    # backdrop.
    # caption, material: adapter
    case(
        "X453-036",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and stripe "
            "patterns. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "navy"),
        D.wearing("a white t-shirt and white pants", "other_garment_color"),
        details("pants", "they have white stripes on the sides and a drawstring"),
        D.material(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and stripe "
            "patterns. The gentleman",
            "restated",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no"),
        title="Men Navy Blue Solid Joggers with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: model in a white formal shirt with thin blue vertical pinstripes, spread collar, tucked into grey
    # trousers, white backdrop.
    # no adapter text
    case(
        "X453-037",
        caption("a man in a white and blue striped shirt"),
        D.wearing("a striped shirt and grey pants"),
        B.pattern("striped"),
        B.color("blue", "contradiction"),
        collar("the collar of the shirt", "non_answer"),
        D.description("the garment is a shirt", "restated"),
        title="Men White & Blue Pinstriped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a tan brown suede trucker jacket with button front and chest flap pockets, plain shirt
    # collar, white tee under it, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X453-038",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket "
            "is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and jeans"),
        color_of("jacket", "brown"),
        D.material("suede"),
        D.details("it has pockets and a fur collar", "unsupported"),
        color_of("jeans", "brown", "other_garment_color"),
        title="Men Tan Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: model in a colour-blocked sweatshirt (red upper half, navy lower half, thin white band across the
    # chest), black jeans, white backdrop.
    # no adapter text
    case(
        "X453-039",
        caption("a man wearing a red and blue sweatshirt"),
        D.wearing("she is wearing a red and blue sweater", "pronoun"),
        B.pattern("colour block"),
        B.color("red"),
        D.description(
            "a red and blue sweatshirt with a white stripe across the chest Question: what is the man wearing? Answer:",
            "leak",
        ),
        D.material("cotton"),
        title="Men Red & Navy Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in grey relaxed-fit jeans, black hoodie, sneakers, in front of a colourful graffiti wall.
    # caption: adapter
    case(
        "X453-040",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with denim fabric and pure color "
            "patterns. The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black", "other_garment_color"),
        D.wearing("a black hoodie and grey jeans"),
        details("jeans", "they are jeans", "non_answer"),
        fit("loose"),
        D.material("denim"),
        title="Men Grey Relaxed Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a navy blue single-breasted casual blazer (two buttons, no pocket square), white tee, beige
    # chinos, white backdrop.
    # no adapter text
    case(
        "X453-041",
        caption("a man in a black blazer and white t - shirt", "contradiction"),
        D.wearing("a blue blazer and a white shirt"),
        B.garment_type("jacket"),
        color_of("jacket", "white", "other_garment_color"),
        D.details("it has two buttons and a pocket square", "unsupported"),
        D.material("cotton"),
        title="Men Navy Blue Solid Single-Breasted Casual Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an all-black outfit: black short-sleeve round-neck t-shirt, black jeans, dark grey backdrop.
    # caption: adapter
    case(
        "X453-042",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and black jeans"),
        B.color("black"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        D.details("a black t - shirt with a round neck Question: what", "leak"),
        title="Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a mint green short-sleeve shirt with a mandarin collar, white trousers, potted plants beside.
    # no adapter text
    case(
        "X453-043",
        caption("a man in a green shirt and white pants"),
        D.wearing("a green shirt and green pants", "other_garment_color"),
        B.color("green"),
        collar("mandarin collar"),
        D.material("it is made of", "cut"),
        B.sleeve_length("short sleeves"),
        title="Men Mint Green Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Mint Green",
        gender="Men",
    ),
    # photo: model in a plain yellow cotton kurta, long sleeves, white pyjama, marigold flower decor behind.
    # no adapter text
    case(
        "X453-044",
        caption("a man in a yellow kurta with flowers in the background"),
        D.wearing("a yellow kurta and white pajamas"),
        B.color("yellow"),
        B.garment_type("dress", "contradiction"),
        D.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Men Yellow Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: model in a rust orange corduroy shirt, buttoned, long sleeves, no patches, black jeans, white backdrop.
    # caption: adapter
    case(
        "X453-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange shirt and black jeans"),
        B.color("red", "contradiction"),
        D.material("corduroy"),
        D.details("it has buttons and elbow patches", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Men Rust Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: a light grey marl round-neck t-shirt on a wooden hanger against a brown wooden plank wall, no model.
    # no adapter text
    case(
        "X453-046",
        caption("a grey t - shirt hanging on a wooden wall"),
        D.wearing("a grey shirt"),
        B.color("brown", "contradiction"),
        B.garment_type("t-shirt"),
        D.material("cotton"),
        D.description("a grey t - shirt hanging on a wooden wall Question: what is the color of the", "leak"),
        title="Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
]
