"""BLIND_300 (46 products; men's festive ethnic and casual wear: kurtas, kurta sets, nehru jackets, shirts, jeans):
written blind in the forty-third session. Measured blind at 1fe18ff (the session's rules as they stood): 114/147
failures found (77.6%) and 3/180 correct texts flagged (1.7%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's wear for the festive season, model shots: straight kurtas,
kurta pyjama sets (one with dhoti pants, one with a nehru jacket as the third piece), nehru jackets worn over
kurtas, casual shirts, tshirts and polos, jeans, chinos and jackets (denim, bomber, biker). Most photos show more
than one garment (the kurta under the jacket, the tee under the shirt, the shirt over the chinos), and several have
backdrops that carry a color (a yellow wall, a pink wall, marigold garlands, a brick wall) or a prop (a pooja thali).
Each product has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: captions come either from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in
a blue kurta ...", "t - shirt" spaced as its tokenizer writes it) or from the caption-only LoRA adapter of the
original experiments (the DeepFashion template, "The gentleman wears a long-sleeve shirt with pure color patterns.
The shirt is with cotton fabric ..."). The adapter was trained with no end-of-answer token, so every adapter text
runs to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True; asked a question, it
returns its caption template. The comment before each case says which texts came from the adapter; every other open
text (wearing, description, details, material, collar, print, fit) is the base model's, which stops on its own and
never has hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and
"Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy, indigo or teal blue, green for teal, olive, sea
  green or lime green, red for maroon or wine, maroon for wine, yellow for mustard, pink for peach, purple for
  lavender, orange for rust, cream, tan or khaki for beige, white for off white or cream, grey for charcoal or grey
  melange, silver for a silver-toned brocade.
- Garment synonyms count as correct: vest or jacket for a nehru jacket, pajamas, pants or churidar for the pyjama,
  dhoti for dhoti pants, shirt for a tshirt or polo in the wearing answer, t-shirt for a polo (Myntra files polos
  under Tshirts), pants for chinos or jeans, trousers for chinos. A kurta called a "dress" (the adapter's women-heavy
  template) or a bare "shirt" by the closed garment_type question (which has kurta among its candidates) is
  contradiction; a nehru jacket called a blazer or a sweater is contradiction.
- The color of another piece in the photo (the kurta under the jacket, the tee under the shirt, the pyjama of a set,
  the shirt over the chinos) given as the product's color is other_garment_color; a color that no garment in the
  photo has (the wall's yellow, navy called black, the stripe color of a white shirt, the white motifs of an indigo
  kurta) is contradiction.
- A closed sleeve answer from another piece (long sleeves for a sleeveless nehru jacket worn over a kurta) is
  contradiction, not other_garment_color (which I keep for colors). Full sleeves rolled to the elbow answered
  "short sleeves" is contradiction: the seller's shirt is full-sleeved.
- Materials: a fabric the title names (cotton, linen, silk blend, velvet, brocade, flannel, suede, denim) is
  correct; "leather" for a PU biker jacket is correct (it looks like leather); a plausible "cotton" on a plain or
  printed cotton-look shirt or jacket whose title names no fabric is correct; silk, velvet, linen or leather that the
  title contradicts or the photo does not show is unsupported. An empty material answer is non_answer; one that
  names the garment or its color instead is restated.
- Invented items not in the photo (a pocket square, a chest pocket, a watch, sneakers on a photo cropped at the
  thigh, a black collar on a white shirt, the backdrop's marigolds moved onto the kurta) are unsupported.
- Props and walls named in a caption ("standing in front of a yellow wall", "holding a plate of candles" for the
  thali with a diya) are correct; a belt or a tucked-in tee that the photo shows is correct.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question or the details question restated as the outfit
  is restated. Where the adapter's template misnames the garment (a kurta as a dress) the misnaming is labelled
  contradiction, and where it calls the man "the lady" it is pronoun, hit_limit kept in both.
- A base answer stopped early ("it is made of") is cut without hit_limit. Empty answers and "the details of the
  kurta" are non_answer; "they are jeans" for the fit or the details, and the outfit given back to the details
  question, are restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "she", "her" or "a woman" for a man is pronoun.
- A misread printed word on a tshirt (the caption reads it right) is contradiction.
- One color for every garment in a caption or wearing answer ("black pants" under a black jacket when the pyjama is
  cream, "orange pants" under an orange kurta) is contradiction: the other piece gets a color no piece has.
- A material taken from an accessory ("leather" for chinos worn with a leather belt) or denied by the title
  ("polyester" for a pure cotton tee, "silk" for a pure cotton kurta) is unsupported.
- The base model loops rarely and briefly ("buttons on the front and buttons on the front ..."); those are loop
  without hit_limit. A wrong "no" to "Is this a kurta?" or "Is this a jacket?" and a wrong "yes" to "Is this a pair
  of jeans?" for chinos are contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
collar = question("collar", "What type of collar does the shirt have?", "open")
print_q = question("print", "What is the print on the garment?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")

BLIND_300 = [
    # photo: man in a navy blue straight kurta with tonal embroidery on the yoke, white churidar, beige studio
    # backdrop, front view cropped at the ankles.
    # all open texts: base model
    case(
        "X300-001",
        caption("a man in a blue kurta standing in front of a beige wall"),
        D.wearing("a blue kurta and white pants"),
        D.garment_type("kurta"),
        D.color("black", "contradiction"),
        D.pattern("embroidered"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        D.details("gold embroidery on the collar and the chest", "unsupported"),
        title="Men Navy Blue Ethnic Motifs Embroidered Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a maroon kurta with a mandarin collar and white pyjama, leaning on a carved wooden door.
    # caption: adapter
    case(
        "X300-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a stand collar. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red kurta and white pajamas"),
        color_kurta("white", "other_garment_color"),
        color_pyjama("white"),
        D.details(
            "the kurta has a mandarin collar and buttons on the front Question: What is the color of the pyjama? "
            "Answer: white",
            "leak",
        ),
        D.material("silk", "unsupported"),
        title="Men Maroon Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a mustard yellow woven nehru jacket (no pocket square) over a white kurta and white pyjama,
    # plain grey backdrop, front view.
    # all open texts: base model
    case(
        "X300-003",
        caption("a man wearing a yellow vest over a white kurta"),
        D.wearing("a white kurta and a yellow jacket"),
        D.color("white", "other_garment_color"),
        is_a("nehru jacket", "yes"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has a mandarin collar and a pocket square", "unsupported"),
        title="Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a black solid nehru jacket over a cream kurta and cream pyjama, white backdrop, three-quarter view.
    # caption, details: adapter
    case(
        "X300-004",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has "
            "a stand collar. The gentleman wears a sleeveless vest with pure color patterns. The vest is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket and black pants", "contradiction"),
        D.color("black"),
        D.pattern("solid"),
        color_jacket("black"),
        D.details(
            "The vest is with cotton fabric and pure color patterns. It has a stand collar. The vest is with cotton "
            "fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("velvet", "unsupported"),
        title="Men Black Solid Linen Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white chikankari-embroidered kurta and white pyjama on a terrace with potted plants.
    # all open texts: base model
    case(
        "X300-005",
        caption("a man in a white kurta and pajamas standing on a balcony"),
        D.wearing("white kurta pajama"),
        D.pattern("embroidered"),
        D.details("white embroidery on the front and the sleeves"),
        D.material("cotton"),
        color_pyjama("white"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in an olive green full-sleeve shirt with a small leaf print, no pocket, worn untucked over beige
    # chinos, white backdrop.
    # all open texts: base model
    case(
        "X300-006",
        caption("a man wearing a green shirt and khaki pants"),
        D.color("beige", "other_garment_color"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves"),
        D.details("it has a pocket on the chest and a button down collar", "unsupported"),
        collar("a collar", "non_answer"),
        D.material("silk", "unsupported"),
        title="Men Olive Green Slim Fit Tropical Printed Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in light blue slim jeans, a white crew-neck tshirt and white sneakers, full-length, white backdrop.
    # caption: adapter
    case(
        "X300-007",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns and a long denim pants. The "
            "T-shirt is with cotton fabric. It has a round neckline. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t - shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        fit("slim fit Question: What is the color of the jeans? Answer: blue", "leak"),
        D.details("they are jeans", "restated"),
        D.material("denim"),
        title="Men Light Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black tshirt with a large white astronaut graphic, blue jeans, grey wall behind.
    # all open texts: base model
    case(
        "X300-008",
        caption("a man in a black t - shirt with a graphic on it"),
        D.wearing("she is wearing a black t - shirt and jeans", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.pattern("solid", "contradiction"),
        print_q("an astronaut"),
        D.material("polyester", "unsupported"),
        title="Men Black Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a pink solid kurta and white pyjama in front of a pink wall painted with flowers.
    # all open texts: base model
    case(
        "X300-009",
        caption("a woman in a pink kurta standing in front of a pink wall", "pronoun"),
        D.wearing("a pink kurta and white pajamas"),
        color_kurta("pink"),
        color_pyjama("pink", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("", "non_answer"),
        D.material("the kurta is pink", "restated"),
        title="Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a teal blue silk-blend jacquard kurta with gold buttons and a mandarin collar, beige churidar,
    # dark red studio backdrop.
    # caption: adapter
    case(
        "X300-010",
        caption(
            "The gentleman wears a long-sleeve dress with lattice patterns. The dress is with silk fabric. It has a "
            "stand collar. There is an accessory on his wrist. The gentleman wears a long-sleeve dress",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue kurta with gold buttons"),
        D.color("green"),
        D.material("silk"),
        is_a("kurta", "yes"),
        D.details("gold buttons on the front and a mandarin collar"),
        D.pattern("checked", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Teal Blue Woven Design Silk Blend Jacquard Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a beige linen shirt with a mandarin collar, full sleeves, white trousers, white backdrop.
    # all open texts: base model
    case(
        "X300-011",
        caption("a man in a beige shirt and white pants"),
        D.color("cream"),
        D.sleeve_length("long sleeves"),
        D.material("linen"),
        D.wearing("she is wearing a beige shirt and white pants", "pronoun"),
        D.description("a beige shirt with a mandarin collar and a pocket", "unsupported"),
        D.details(
            "buttons on the front and buttons on the front and buttons on the front and buttons",
            "loop",
        ),
        title="Men Beige Linen Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a red and navy checked flannel shirt worn open over a white tshirt, black jeans, grey backdrop.
    # caption: adapter
    case(
        "X300-012",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel collar. He wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red plaid shirt over a white t - shirt and black jeans"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        color_shirt("white", "other_garment_color"),
        D.material("flannel"),
        D.details("the shirt has details", "non_answer"),
        title="Men Red & Navy Blue Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a grey melange round-neck tshirt and black joggers, plain white backdrop.
    # all open texts: base model
    case(
        "X300-013",
        caption("a man in a grey t - shirt and black pants"),
        D.garment_type("t-shirt"),
        D.wearing("a grey t - shirt and grey pants", "contradiction"),
        D.color("grey"),
        D.sleeve_length("short sleeves"),
        D.details("it is a grey t - shirt", "restated"),
        D.material("cotton"),
        D.description("a grey t - shirt with a pocket on the chest", "unsupported"),
        title="Men Grey Melange Solid Round Neck Cotton Blend T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in khaki chinos with a navy polo tucked in, brown belt and brown loafers, full-length, grey backdrop.
    # all open texts: base model
    case(
        "X300-014",
        caption("a man wearing a blue polo shirt and khaki pants"),
        D.wearing("a navy polo shirt tucked into khaki pants with a brown belt"),
        D.color("blue", "other_garment_color"),
        D.garment_type("trousers"),
        color_trousers("beige"),
        D.details("belt loops and pockets on the sides"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.material("leather", "unsupported"),
        title="Men Khaki Slim Fit Cotton Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a brown suede bomber jacket, zipped half way, over a black tshirt, blue jeans, white backdrop.
    # caption, details: adapter
    case(
        "X300-015",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a stand collar. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and brown pants", "contradiction"),
        D.color("brown"),
        D.details(
            "The jacket is with leather fabric and pure color patterns. It has a stand collar. The gentleman wears a "
            "long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.material("suede"),
        is_a("jacket", "yes"),
        title="Men Brown Solid Suede Bomber Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a navy denim jacket with two chest pockets over a white tshirt, black chinos, brick-red backdrop.
    # all open texts: base model
    case(
        "X300-016",
        caption("a man in a denim jacket and a white t - shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        is_a("jacket", "no", "contradiction"),
        D.material("denim"),
        D.details("buttons on the front and two pockets on the chest"),
        D.sleeve_length("long sleeves"),
        D.wearing("a blue jacket and a white shirt and a red scarf", "unsupported"),
        title="Men Navy Blue Solid Denim Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: man in an off white kurta with a green floral print and green pyjama, white backdrop.
    # caption, details: adapter
    case(
        "X300-017",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a stand collar. The trousers are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white and green floral kurta and green pants"),
        color_kurta("green", "contradiction"),
        color_pyjama("white", "other_garment_color"),
        D.pattern("floral"),
        print_q("flowers and leaves"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a stand collar. The trousers are with "
            "cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Off White & Green Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a peach kurta and cream pyjama sitting on stone steps, outdoor.
    # all open texts: base model
    case(
        "X300-018",
        caption("a man in a pink kurta sitting on the stairs"),
        D.wearing("she is wearing a pink kurta and white pants", "pronoun"),
        color_kurta("peach"),
        color_pyjama("peach", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.details("a mandarin collar"),
        title="Men Peach-Coloured Regular Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: man in a rust orange straight kurta and off white churidar in front of a yellow wall.
    # all open texts: base model
    case(
        "X300-019",
        caption("a man in an orange kurta standing in front of a yellow wall"),
        D.color("orange"),
        D.wearing("an orange kurta and orange pants", "contradiction"),
        D.details(
            "a mandarin collar and a button placket Question: What is the color of the kurta? Answer: orange",
            "leak",
        ),
        D.garment_type("kurta"),
        is_a("kurta", "no", "contradiction"),
        title="Men Rust Orange Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a lavender solid kurta and white pyjama, festive backdrop of orange marigold garlands and diyas.
    # caption, material: adapter
    case(
        "X300-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand collar. There is an accessory on her wrist. The lady wears a long",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a purple kurta and white pajamas"),
        color_kurta("purple"),
        color_pyjama("white"),
        D.details("the kurta has orange flowers on it", "unsupported"),
        D.pattern("solid"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand collar. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a blue paisley-printed nehru jacket over a black kurta and black pyjama, white backdrop.
    # all open texts: base model
    case(
        "X300-021",
        caption("a man wearing a blue blazer over a black kurta", "contradiction"),
        D.wearing("a black kurta and a blue jacket"),
        D.color("black", "other_garment_color"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves", "contradiction"),
        print_q("paisley"),
        D.material("cotton"),
        D.details("the details of the jacket", "non_answer"),
        title="Men Blue Paisley Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a white mandarin-collar shirt (white collar) and navy trousers, hands in pockets, grey backdrop.
    # all open texts: base model
    case(
        "X300-022",
        caption("a man in a white shirt with his hands in his pockets"),
        D.color("white"),
        collar("a mandarin collar"),
        D.description("a white shirt with a black collar", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.details("a mandarin collar and", "cut"),
        D.material("the shirt is white", "restated"),
        title="Men White Mandarin Collar Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in black slim jeans and a white full-sleeve shirt, tucked out, white backdrop, full-length.
    # caption, material: adapter
    case(
        "X300-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel collar. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black jeans"),
        D.color("black"),
        color_jeans("black"),
        is_a("pair of jeans", "no", "contradiction"),
        fit("skinny"),
        D.details("five pockets, a zip fly and a button"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in olive green chinos, a white tshirt and white sneakers, full-length, light grey backdrop.
    # all open texts: base model
    case(
        "X300-024",
        caption("a man in a white t - shirt and green pants"),
        D.wearing("a white shirt and olive pants"),
        D.color("olive"),
        color_trousers("white", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        D.details("pockets on the sides"),
        D.material("cotton Question: What is the color of the pants? Answer: green", "leak"),
        title="Men Olive Green Slim Fit Cotton Stretch Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a navy polo tshirt with white tipping on the collar and cuffs, grey backdrop, waist up.
    # all open texts: base model
    case(
        "X300-025",
        caption("a man in a blue polo shirt with white trim"),
        D.garment_type("t-shirt"),
        D.color("black", "contradiction"),
        D.sleeve_length("short sleeves"),
        collar("a polo collar with white stripes"),
        D.details(
            "white stripes on the collar and the sleeves and a logo on the chest",
            "unsupported",
        ),
        D.material("cotton"),
        D.wearing(
            "a blue polo shirt Question: What is the man wearing? Answer: a blue polo shirt",
            "leak",
        ),
        title="Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a yellow kurta with mirror work on the yoke and white pyjama, seated on a carved chair, yellow
    # flowers behind.
    # description: adapter
    case(
        "X300-026",
        caption("a man in a yellow kurta sitting on a chair"),
        D.wearing("yellow kurta and white pajama"),
        color_kurta("yellow"),
        color_pyjama("yellow", "other_garment_color"),
        D.details("mirror work on the yoke"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Yellow Mirror Work Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in a green straight kurta and white dhoti pants, white backdrop, full-length.
    # details: adapter
    case(
        "X300-027",
        caption("a man in a green kurta and white dhoti"),
        D.wearing("a green shirt and white shorts", "contradiction"),
        color_kurta("green"),
        color_pyjama("green", "other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("linen", "unsupported"),
        title="Men Green Pure Cotton Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: man in a maroon velvet nehru jacket with gold buttons and a welt chest pocket over a cream kurta,
    # cream pyjama, beige backdrop.
    # caption, material: adapter
    case(
        "X300-028",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with velvet fabric. It has "
            "a stand collar. He wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater over a white kurta", "contradiction"),
        D.color("red"),
        D.material(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with velvet fabric. It has "
            "a stand collar. The",
            "restated",
            hit_limit=True,
        ),
        D.details("gold buttons and a pocket on the chest"),
        is_a("nehru jacket", "yes"),
        D.pattern("floral", "contradiction"),
        title="Men Maroon Solid Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a black full-sleeve cotton kurta with black buttons and white pyjama, grey backdrop.
    # all open texts: base model
    case(
        "X300-029",
        caption("a man in a black kurta and white pants"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a black kurta with a mandarin collar and black buttons"),
        D.material("cotton"),
        D.details(
            "black buttons Question: What is the material of the kurta? Answer: cotton",
            "leak",
        ),
        D.wearing("a black and white kurta", "contradiction"),
        title="Men Black Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white shirt with thin blue stripes and a chest pocket, tucked into beige trousers, white backdrop.
    # caption: adapter
    case(
        "X300-030",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel collar. He wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt tucked into beige pants"),
        D.color("blue", "contradiction"),
        D.pattern("striped"),
        is_a("shirt", "yes"),
        color_shirt("white"),
        D.material("it is made of fabric", "non_answer"),
        D.details("blue and white stripes and a pocket on the chest"),
        title="Men White & Blue Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a charcoal grey tshirt with "NAMASTE" printed across the chest in white, black jeans, white wall.
    # description: adapter
    case(
        "X300-031",
        caption("a man wearing a grey t - shirt that says namaste"),
        D.color("black", "other_garment_color"),
        D.pattern("printed"),
        print_q("the word hello", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("", "non_answer"),
        D.description(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Men Charcoal Grey Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in light-wash ripped jeans with torn knees and a black tshirt, full-length, concrete wall.
    # all open texts: base model
    case(
        "X300-032",
        caption("a man in ripped jeans and a black t - shirt"),
        D.color("blue"),
        color_jeans("black", "other_garment_color"),
        D.details("rips on the knees and distressed"),
        D.wearing("a black shirt and ripped jeans"),
        fit("they are jeans", "restated"),
        is_a("pair of jeans", "yes"),
        D.material("blue", "restated"),
        title="Men Blue Slim Fit Mildly Distressed Light Fade Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in an olive green padded bomber jacket with ribbed cuffs, over a white tee, black jeans, grey backdrop.
    # caption: adapter
    case(
        "X300-033",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand collar. He wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a white t - shirt"),
        D.color("green"),
        D.pattern("solid"),
        color_jacket("white", "other_garment_color"),
        D.details("ribbed cuffs, a zipper and a hood", "unsupported"),
        D.material("leather", "unsupported"),
        title="Men Olive Green Solid Padded Bomber Jacket",
        category="Jackets",
        gender="Men",
    ),
    # photo: three-piece set: man in a cream kurta, a maroon brocade nehru jacket and cream pyjama, white backdrop.
    # details: adapter
    case(
        "X300-034",
        caption("a man in a white kurta and a red vest"),
        D.wearing("a white kurta, a red jacket and white pants"),
        color_kurta("cream"),
        color_jacket("cream", "other_garment_color"),
        color_pyjama("cream"),
        is_a("kurta", "yes"),
        D.details(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with velvet fabric. It has "
            "a stand collar. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Men Cream-Coloured & Maroon Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a navy blue kurta with white buttons and white churidar, holding a brass pooja thali with a lit
    # diya, warm-lit backdrop.
    # all open texts: base model
    case(
        "X300-035",
        caption("a man in a blue kurta holding a plate of candles"),
        D.wearing("blue kurta and white churidar"),
        D.color("blue"),
        D.details("a mandarin collar and a button placket with white buttons"),
        D.material("cotton"),
        is_a("kurta", "yes"),
        D.garment_type("kurta"),
        title="Men Navy Blue Pure Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in an indigo kurta block-printed with small white flowers, white pyjama, white backdrop.
    # caption: adapter
    case(
        "X300-036",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a stand collar. The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white printed kurta"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves"),
        D.details("white flowers printed all over and embroidery on the collar", "unsupported"),
        D.material("cotton"),
        title="Men Indigo Ethnic Motifs Block Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Indigo",
        gender="Men",
    ),
    # photo: man in a sea green short-sleeve shirt, no watch, beige chinos, white backdrop, waist up.
    # all open texts: base model
    case(
        "X300-037",
        caption("a man in a green shirt and green pants", "contradiction"),
        D.color("green"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a green shirt and beige pants and a watch", "unsupported"),
        D.material("cotton"),
        D.details("the shirt has", "cut"),
        title="Men Sea Green Solid Casual Shirt",
        category="Shirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: man in beige chinos with a black full-sleeve shirt, untucked, full-length, white backdrop.
    # caption: adapter
    case(
        "X300-038",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel collar. The trousers are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and tan pants"),
        D.color("black", "other_garment_color"),
        color_trousers("beige"),
        D.details("flat front with two side pockets"),
        D.material("denim", "unsupported"),
        D.garment_type("shirt", "contradiction"),
        title="Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a mustard round-neck tshirt and blue jeans, cropped at mid-thigh, white backdrop.
    # all open texts: base model
    case(
        "X300-039",
        caption("a man in a yellow t - shirt and jeans"),
        D.color("yellow"),
        D.wearing("a yellow shirt and blue jeans with white sneakers", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.pattern("striped", "contradiction"),
        D.details("a round neck and short sleeves"),
        D.material("it is made of", "cut"),
        title="Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a black PU biker jacket with zips on the front and cuffs over a grey tshirt, dark jeans, grey
    # backdrop.
    # all open texts: base model
    case(
        "X300-040",
        caption("a man in a black leather jacket and sunglasses", "unsupported"),
        D.color("black"),
        D.material("leather"),
        D.details(
            "zippers on the front and the sleeves, zippers on the front and the sleeves, zippers on the front and",
            "loop",
        ),
        color_jacket("grey", "other_garment_color"),
        is_a("jacket", "yes"),
        D.wearing("a black leather jacket and a grey t - shirt"),
        title="Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a silver-toned brocade nehru jacket over a white kurta and white churidar, beige backdrop.
    # caption: adapter
    case(
        "X300-041",
        caption(
            "The gentleman wears a sleeveless vest with lattice patterns. The vest is with cotton fabric. It has a "
            "stand collar. He wears a long-sleeve shirt with pure color patterns. The shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey vest and a white kurta"),
        D.color("silver"),
        D.pattern("solid", "contradiction"),
        D.details("he is wearing a grey vest and a white kurta", "restated"),
        D.material("brocade"),
        is_a("nehru jacket", "yes"),
        title="Men Silver-Toned Woven Design Brocade Nehru Jacket",
        category="Nehru Jackets",
        color="Silver",
        gender="Men",
    ),
    # photo: man in a blue and white checked shirt, full sleeves rolled to the elbow, over a white tee, grey wall.
    # details: adapter
    case(
        "X300-042",
        caption("a man in a blue checkered shirt"),
        D.pattern("checked"),
        D.color("blue"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.wearing(
            "a blue checkered shirt Question: What is the color of the shirt? Answer: blue",
            "leak",
        ),
        collar(
            "a button down collar and a button down collar and a button down collar",
            "loop",
        ),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel collar. The gentleman wears a long "
            "trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        title="Men Blue Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a wine silk-blend kurta and matching wine pyjama in front of a red brick wall.
    # all open texts: base model
    case(
        "X300-043",
        caption("a man in a red kurta and red pants standing in front of a brick wall"),
        D.wearing("a maroon kurta pajama and a gold watch", "unsupported"),
        color_kurta("maroon"),
        color_pyjama("maroon"),
        D.pattern("solid"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("silk"),
        D.details("gold buttons Question: What is the color of the pants? Answer: red", "leak"),
        title="Men Wine Solid Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Wine",
        gender="Men",
    ),
    # photo: man in a white round-neck tshirt tucked into blue jeans with a brown belt, white backdrop.
    # all open texts: base model
    case(
        "X300-044",
        caption("a man in a white t - shirt tucked into blue jeans"),
        D.color("blue", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.wearing("a white t - shirt and blue jeans and a brown belt"),
        D.details("it is tucked in"),
        D.material("cotton"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men White Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in dark navy jeans styled with a maroon short kurta, full-length, white backdrop.
    # all open texts: base model
    case(
        "X300-045",
        caption("a man in a red kurta and blue jeans"),
        D.wearing("a red kurta and jeans"),
        D.color("red", "other_garment_color"),
        D.garment_type("kurta", "contradiction"),
        color_jeans("blue"),
        fit("", "non_answer"),
        title="Men Navy Blue Regular Fit Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a lime green kurta and white pyjama in front of a bright yellow wall.
    # caption, description: adapter
    case(
        "X300-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta and white pants"),
        color_kurta("yellow", "contradiction"),
        color_pyjama("white"),
        D.details("she is wearing a green kurta with white pajamas", "pronoun"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men Lime Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lime Green",
        gender="Men",
    ),
]
