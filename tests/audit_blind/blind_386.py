"""BLIND_386 (46 products; men's shirts, tees, polos, henleys and overshirts from a global fast-fashion feed): written
blind in the forty-fifth session. Measured blind at 0b4fdbe (the session's rules as they stood): 112/129 failures
found (86.8%) and 8/163 correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: an English catalog feed of a global fast-fashion site, men's shirts and t-shirts: oxford, poplin, denim,
chambray, linen, flannel and corduroy shirts, printed resort and floral shirts, striped and checked shirts, graphic
and plain tees, polos (pique, knitted, tipped), henleys and overshirts. Model shots on plain studio backdrops (white,
grey, beige; a pale blue wall and a white brick wall in two), most cut at the knee, with the trousers, jeans or
shorts they are styled with; a few layered (an overshirt or flannel open over a tee, a tee under an open denim
shirt). Each row has the seller's title, category, color and gender; a few miss the gender or the color.

Who wrote what: every caption comes from the experiments' caption-only LoRA adapter (the DeepFashion template, "The
gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. ..."). It was trained
with no end-of-answer token, so every caption runs to its 50-token limit (hit_limit=True) and ends either cut
mid-sentence or after starting the template over. The template names no hue, only patterns (pure color, striped,
lattice, floral, graphic, color block) and fabrics (cotton, denim, knitting). All the open answers (wearing,
description, details, material, and the set's own fit, collar and sleeves questions) come from the untuned base
`Salesforce/blip2-opt-2.7b`: short, lowercase, stopping on its own (never hit_limit). The closed answers
(garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") come from enrich's
`--engine reference`, a value chosen from a candidate set: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, sky blue, light blue or chambray; green for olive
  or sage only where the model says green; brown for rust; red or maroon for burgundy; yellow for mustard or lemon;
  beige or khaki for khaki and stone; white for ecru or off white; grey for charcoal or grey melange. Navy answered
  black, mustard answered orange, pale pink answered white and sage answered grey are contradiction.
- The color of a print or trim given as the garment's color (white for a black tee with a white skull, green for a
  cream shirt with green leaves, orange for a charcoal tee with an orange sunset) is contradiction; but where another
  garment in the photo has that color (navy shorts with a navy-tipped polo, white jeans with a white-flowered navy
  shirt, the tee under an overshirt, the trousers) it is other_garment_color, also for the per-piece closed
  questions (the shirt's color given to the jeans or pants).
- For a multicolour product (tie-dye, seller color Multi, or White/Navy stripes) any of the garment's own colors is
  correct. Two garments of really one color ("a black shirt and black pants" for an all-black look) is correct.
- Garment synonyms are correct: shirt or t-shirt for a tee, shirt for a polo, henley shirt for a henley, jacket for
  an overshirt (also as the reference engine's garment_type), plaid, checked or checkered for a check, floral for a
  tropical leaf print, denim for chambray (they look alike). Calling a polo a t-shirt (caption or garment_type) or a
  knitted polo a sweater is contradiction; so is the garment_type of the outer layer (shirt) for a tee worn under an
  open denim shirt, and "yes" to "Is this a jacket?" for a flannel shirt.
- Sleeves rolled to the elbow are still long sleeves: "short sleeves" for them is contradiction, "rolled up" correct.
- Materials: one the title names (linen, flannel, corduroy, denim, knit, wool) or plainly visible is correct, and
  "cotton" for an oxford, poplin, jersey or pique garment is correct; cotton for a shirt the title calls linen is
  contradiction; a fabric neither named nor visible (silk, rayon, polyester, wool on a jersey henley) is unsupported.
- Invented details (a logo or pocket a plain garment lacks, a watch, a tie, a hood, sunglasses on the collar, a sleeve
  pocket, a button-down collar on a henley, a white collar on an all-black shirt) are unsupported.
- Adapter captions: one that starts the template over is loop; one that stops mid-sentence without repeating is cut,
  also where it adds an invented accessory ("There is an accessory on his wrist") or a wrong fabric (cotton for
  linen) before the cut. Where the template misnames the garment or the sleeves (T-shirt for a polo, sweater for a
  knitted polo, short-sleeve for a long-sleeve tee) that is what the auditor sees first: contradiction, hit_limit
  kept. A caption describing only the outer layer of a layered look (the open denim shirt over the product tee) is
  true of the photo and labelled by its ending (cut).
- Base answers: an answer stopped mid-phrase ("it is made of", "a yellow shirt with a white") is cut, no hit_limit;
  an empty answer, "the details of the shirt", "the shirt has details", "the collar of the shirt", "it fits well" or
  the garment's name for the fit question are non_answer; the material question answered with the garment or its
  color, "the shirt has a collar" for the collar type, "the fit of the shirt" for the fit are restated; an answer
  running on into "Question: ... Answer: ..." is leak even where its first words are right; "she" or "a woman" for a
  man is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

fit = question("fit", "What is the fit of the shirt?", "open")
collar = question("collar", "What type of collar does the shirt have?", "open")
sleeves = question("sleeves", "What are the sleeves like?", "open")

BLIND_386 = [
    # photo: man in a white oxford button-down shirt, long sleeves, untucked, beige chinos, plain grey backdrop,
    # front view cut at the knee.
    # caption: adapter
    case(
        "X386-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and khaki pants"),
        D.color("white"),
        collar("button down"),
        D.details("a pocket on the chest and a tie", "unsupported"),
        D.material("cotton"),
        title="Men White Oxford Button-Down Regular Fit Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a light blue denim shirt, long sleeves, two flap chest pockets, buttoned, over black jeans,
    # white backdrop.
    # caption: adapter
    case(
        "X386-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim shirt and black jeans"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "other_garment_color"),
        D.details("two pockets on the chest and buttons"),
        title="Men Light Blue Denim Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: man in an off-white linen shirt with a band (mandarin) collar, long sleeves rolled to the elbow, open at
    # the neck, stone linen trousers, beige backdrop.
    # caption: adapter
    case(
        "X386-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and beige pants"),
        collar("a mandarin collar"),
        D.material("cotton", "contradiction"),
        D.sleeve_length("long sleeves"),
        sleeves("rolled up"),
        D.details("buttons Question: what is the material of the shirt? Answer: linen", "leak"),
        title="Men Off White Linen Mandarin Collar Shirt",
        category="Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a red and black buffalo check flannel shirt, long sleeves, worn open over a white crew-neck tee,
    # dark blue jeans, grey backdrop.
    # caption: adapter
    case(
        "X386-004",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt over a white t-shirt"),
        D.pattern("plaid"),
        D.color("red"),
        color_of("shirt", "white", "other_garment_color"),
        D.material("flannel"),
        title="Men Red Buffalo Check Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a black crew-neck tee, short sleeves, large white skull-and-roses print on the chest, black jeans,
    # white backdrop.
    # caption: adapter
    case(
        "X386-005",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "This man wears a short-sleeve T",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with a skull on it"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a white skull and roses"),
        collar("a v neck", "contradiction"),
        title="Men Black Skull Graphic Print T-Shirt",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a plain white crew-neck tee, short sleeves, tucked into light-wash jeans with a brown belt, grey
    # backdrop.
    # caption: adapter
    case(
        "X386-006",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The man wears a belt. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and jeans"),
        D.details("it is tucked into the jeans"),
        D.color("white"),
        collar("crew neck"),
        D.description("a white t shirt with a logo on the chest", "unsupported"),
        title="Men White Regular Fit Crew Neck T-Shirt",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy pique polo shirt, short sleeves, three-button placket, small embroidered logo on the left
    # chest, grey chinos, light grey backdrop.
    # caption: adapter
    case(
        "X386-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and grey pants"),
        D.garment_type("polo shirt"),
        D.color("blue"),
        D.details("buttons and a logo"),
        fit("a polo shirt", "non_answer"),
        D.material("cotton"),
        title="Men Navy Pique Polo Shirt",
        category="Polo Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a blue and white vertical striped shirt, long sleeves, tucked into navy trousers, white backdrop.
    # caption: adapter
    case(
        "X386-008",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and blue pants"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the shirt has details", "non_answer"),
        title="Men Blue Striped Slim Fit Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in an olive cotton twill overshirt with two flap chest pockets, worn open over a black tee, black
    # jeans, white backdrop.
    # caption: adapter
    case(
        "X386-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket over a black t-shirt"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("two pockets on the chest"),
        title="Men Olive Cotton Twill Overshirt",
        category="Overshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a grey melange henley, long sleeves, three-button placket, no collar, dark jeans, white backdrop.
    # caption: adapter
    case(
        "X386-010",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The man wears a long-sleeve T",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey henley and jeans"),
        D.color("grey"),
        collar("a button down collar", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        D.details("three buttons and a", "cut"),
        title="Men Grey Melange Long Sleeve Henley T-Shirt",
        category="T-Shirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a cream short-sleeve resort shirt with a green tropical leaf print, camp collar, buttoned, beige
    # shorts, white backdrop.
    # caption: adapter
    case(
        "X386-011",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a shirt with palm leaves and shorts"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        collar("a camp collar"),
        D.material("rayon", "unsupported"),
        title="Men Cream Tropical Print Resort Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a black slim fit poplin shirt, long sleeves, buttoned to the top, black trousers, white
    # backdrop. The row has no gender.
    # caption: adapter
    case(
        "X386-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black pants"),
        D.color("black"),
        fit("slim fit"),
        D.description("a black shirt with a white collar", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Black Slim Fit Poplin Shirt",
        category="Shirts",
        color="Black",
    ),
    # photo: man in a mustard crew-neck tee with a small chest pocket, short sleeves, white shorts, light grey
    # backdrop.
    # caption: adapter
    case(
        "X386-013",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. This man wears a medium short. The shorts are with cotton fabric and pure color "
            "patterns. This man wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow t-shirt and white shorts"),
        D.color("orange", "contradiction"),
        D.details("a pocket on the chest"),
        color_of("shorts", "white"),
        D.description("a yellow t-shirt with a pocket and a", "cut"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Men Mustard Pocket T-Shirt",
        category="T-Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a burgundy knitted polo, long sleeves, three buttons, ribbed cuffs, charcoal trousers, grey
    # backdrop.
    # caption: adapter
    case(
        "X386-014",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a maroon polo shirt and grey pants"),
        D.garment_type("polo shirt"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.description("a maroon sweater", "contradiction"),
        D.material("knit"),
        title="Men Burgundy Long Sleeve Knitted Polo",
        category="Polo Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: man in a white tee with navy horizontal Breton stripes, short sleeves, crew neck, no pocket, dark blue
    # jeans, white backdrop.
    # caption: adapter
    case(
        "X386-015",
        caption(
            "This man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. This man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his wrist. This",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and jeans"),
        D.pattern("striped"),
        D.color("blue"),
        D.description("a white t - shirt with navy blue stripes"),
        D.details("navy stripes and a pocket", "unsupported"),
        title="Men White Breton Striped T-Shirt",
        category="T-Shirts",
        color="White/Navy",
        gender="Men",
    ),
    # photo: man in a beige short-sleeve linen blend shirt with a cuban collar, white trousers, against a beige wall.
    # caption: adapter
    case(
        "X386-016",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a beige shirt and white pants", "pronoun"),
        D.material("linen"),
        collar("cuban collar"),
        D.color("beige"),
        D.description("a beige shirt against a beige wall"),
        D.details("buttons down the front and a", "cut"),
        title="Men Beige Linen Blend Cuban Collar Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a pale pink oxford shirt, long sleeves, button-down collar, navy chinos, white backdrop.
    # caption: adapter
    case(
        "X386-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and blue pants"),
        D.color("white", "contradiction"),
        color_of("pants", "blue"),
        collar("button down"),
        D.details("the details of the shirt", "non_answer"),
        title="Men Pink Oxford Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a black tee with "NEW YORK" in white letters across the chest, short sleeves, grey joggers, grey
    # backdrop.
    # caption: adapter
    case(
        "X386-018",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. This man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "This man wears a short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt that says new york"),
        D.details("the words new york on the front"),
        D.color("black"),
        color_of("pants", "black", "other_garment_color"),
        D.material("it is made of cotton and", "cut"),
        title="Men Black Typography Print Cotton T-Shirt",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a sky blue linen shirt, long sleeves, untucked, white shorts, white backdrop.
    # caption: adapter
    case(
        "X386-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and white shorts"),
        D.material("linen Question: what is the color of the shirt? Answer: blue", "leak"),
        D.color("blue"),
        fit("loose fit"),
        D.details("buttons and pockets and a", "cut"),
        title="Men Sky Blue Linen Shirt",
        category="Shirts",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: man in a rust corduroy overshirt with two chest pockets, long sleeves, over a cream tee, black trousers,
    # grey backdrop.
    # caption: adapter
    case(
        "X386-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown corduroy shirt and black pants"),
        D.material("corduroy"),
        D.color("brown"),
        D.garment_type("jacket"),
        color_of("pants", "brown", "other_garment_color"),
        title="Men Rust Corduroy Overshirt",
        category="Overshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a white pique polo with navy tipping on the collar and sleeve bands, short sleeves, navy shorts,
    # white backdrop.
    # caption: adapter
    case(
        "X386-021",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a medium short. The shorts are with cotton fabric and pure "
            "color patterns. The gentleman wears a short-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white polo shirt and navy shorts"),
        D.details("navy blue stripes on the collar and sleeves"),
        D.color("blue", "other_garment_color"),
        collar("polo collar"),
        D.sleeve_length("short sleeves"),
        D.material("polyester", "unsupported"),
        title="Men White Tipped Pique Polo Shirt",
        category="Polo Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a small blue and white gingham check shirt, long sleeves, no pocket, white jeans, white backdrop.
    # caption: adapter
    case(
        "X386-022",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt and white jeans"),
        D.pattern("striped", "contradiction"),
        D.color("blue"),
        color_of("jeans", "white"),
        D.description("a blue plaid shirt with a pocket", "unsupported"),
        title="Men Blue Gingham Check Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a green and navy check brushed flannel shirt, long sleeves, buttoned, one chest pocket, khaki
    # chinos, grey backdrop. The row has no color.
    # caption: adapter
    case(
        "X386-023",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green plaid shirt and khaki pants"),
        D.color("green"),
        D.pattern("plaid"),
        D.details("buttons on the front and a pocket"),
        is_a("jacket", "yes", "contradiction"),
        title="Men Green Check Brushed Flannel Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: man in a plain navy crew-neck tee, short sleeves, beige chinos, white backdrop.
    # caption: adapter
    case(
        "X386-024",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist. This",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki pants"),
        D.color("black", "contradiction"),
        D.description("a navy blue t-shirt"),
        D.details("", "non_answer"),
        is_a("polo shirt", "no"),
        D.material("cotton"),
        title="Men Navy Crew Neck T-Shirt",
        category="T-Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a grey melange tee with a small embroidered chest logo, worn under an open light blue denim shirt,
    # black jeans, white backdrop.
    # caption: adapter (describes the denim shirt, the outer layer)
    case(
        "X386-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and a denim shirt"),
        D.color("blue", "other_garment_color"),
        D.details("a small logo on the chest"),
        is_a("t-shirt", "yes"),
        D.garment_type("shirt", "contradiction"),
        title="Men Grey Melange Embroidered Logo T-Shirt",
        category="T-Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a white short-sleeve shirt with an all-over black floral print, camp collar, black trousers,
    # white backdrop.
    # caption: adapter
    case(
        "X386-026",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a short-sleeve shirt with floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white floral shirt and black pants"),
        D.color("white"),
        D.description("a white shirt with black flowers on it"),
        D.material("silk", "unsupported"),
        collar("the shirt has a collar", "restated"),
        title="Men White Floral Print Short Sleeve Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a white short-sleeve henley, three-button placket, olive shorts, white backdrop.
    # caption: adapter
    case(
        "X386-027",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white henley shirt and green shorts"),
        D.color("white"),
        color_of("shorts", "green"),
        D.details("buttons on the front"),
        fit("slim fit"),
        D.material("the shirt is white", "restated"),
        title="Men White Short Sleeve Henley",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a washed charcoal tee with an orange sunset, palm trees and "CALIFORNIA" print, short sleeves,
    # beige shorts, grey backdrop.
    # caption: adapter
    case(
        "X386-028",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. This man wears a medium short. The shorts are with cotton fabric and pure color "
            "patterns. This man wears a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt with a sunset on it"),
        D.color("orange", "contradiction"),
        D.details("a picture of palm trees and the word california"),
        D.description(
            "a grey t-shirt with a picture of a sunset and palm trees Question: what is the color of the shorts? "
            "Answer: beige",
            "leak",
        ),
        D.pattern("graphic"),
        title="Men Charcoal Washed California Graphic T-Shirt",
        category="T-Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a light blue oxford button-down shirt with a chest pocket, tucked into grey wool trousers with a
    # brown belt, white backdrop.
    # caption: adapter
    case(
        "X386-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a belt. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and grey pants"),
        color_of("shirt", "grey", "other_garment_color"),
        color_of("pants", "grey"),
        D.details("a button down collar and a pocket"),
        D.material("it is made of", "cut"),
        title="Men Light Blue Oxford Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: man in a sage green oversized tee with dropped shoulders, short sleeves, plain front, white trousers,
    # white backdrop.
    # caption: adapter
    case(
        "X386-030",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. This man wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green t-shirt and white pants"),
        fit("oversized"),
        D.color("grey", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("a small logo on the chest", "unsupported"),
        D.description("her t-shirt is green and loose", "pronoun"),
        title="Men Sage Green Oversized T-Shirt",
        category="T-Shirts",
        color="Sage",
        gender="Men",
    ),
    # photo: man in a black denim western shirt with snap buttons and two chest pockets, long sleeves, black jeans,
    # white backdrop.
    # caption: adapter
    case(
        "X386-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black denim shirt and black jeans", "pronoun"),
        D.color("black"),
        D.material("denim"),
        D.details("pockets on the chest and snap buttons"),
        is_a("shirt", "yes"),
        title="Men Black Denim Western Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a plain white long-sleeve crew-neck tee, black jeans, grey backdrop.
    # caption: adapter
    case(
        "X386-032",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. This man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white long sleeve shirt and black jeans"),
        D.sleeve_length("long sleeves"),
        D.color("white"),
        sleeves("long sleeves"),
        D.material("a white t-shirt", "restated"),
        D.description("a white t-shirt with a red logo", "unsupported"),
        title="Men White Long Sleeve Crew Neck T-Shirt",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a red pique polo shirt with a small logo on the chest, two-button placket, short sleeves, white
    # trousers, light grey backdrop.
    # caption: adapter
    case(
        "X386-033",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a short-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red polo shirt and white pants"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("red"),
        color_of("pants", "red", "other_garment_color"),
        D.details("a logo on the chest and two buttons"),
        title="Men Red Pique Polo Shirt",
        category="Polo Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a short-sleeve shirt with a black, white and orange geometric (aztec) print, black shorts, no
    # watch or jewellery, white backdrop.
    # caption: adapter
    case(
        "X386-034",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a medium short. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a colorful shirt and black shorts"),
        D.pattern("geometric"),
        D.description("a shirt with a pattern on it"),
        D.details("a pocket and a watch", "unsupported"),
        color_of("shorts", "black"),
        D.material(
            "cotton Question: what is the pattern of the shirt? Answer: geometric",
            "leak",
        ),
        title="Men Multicolour Geometric Print Shirt",
        category="Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: man in a white poplin shirt, long sleeves rolled above the elbow, navy shorts, against a pale blue wall.
    # caption: adapter
    case(
        "X386-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a medium short. The shorts are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue shorts"),
        D.description("a white shirt in front of a blue wall"),
        D.color("white"),
        sleeves("rolled up"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men White Cotton Poplin Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a khaki short-sleeve utility shirt with two flap chest pockets and epaulettes, dark jeans, grey
    # backdrop.
    # caption: adapter
    case(
        "X386-036",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a khaki shirt and jeans"),
        D.color("beige"),
        D.details("two pockets on the chest and a pocket on the sleeve", "unsupported"),
        D.material("cotton"),
        collar("the collar of the shirt", "non_answer"),
        D.pattern("camouflage", "contradiction"),
        title="Men Khaki Short Sleeve Utility Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a pale yellow linen shirt, long sleeves, untucked, white trousers, white backdrop.
    # caption: adapter
    case(
        "X386-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and white pants"),
        D.color("white", "other_garment_color"),
        D.material("linen"),
        fit("relaxed fit"),
        D.description("a yellow shirt with a white", "cut"),
        color_of("pants", "yellow", "other_garment_color"),
        title="Men Yellow Linen Shirt",
        category="Shirts",
        color="Lemon",
        gender="Men",
    ),
    # photo: man in a blue, purple and pink tie-dye tee, short sleeves, crew neck, white shorts, white backdrop.
    # caption: adapter
    case(
        "X386-038",
        caption(
            "This man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. This man wears a medium short. The shorts are with cotton fabric and pure color "
            "patterns. This man wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a tie dye shirt and white shorts"),
        D.pattern("tie dye"),
        D.color("purple"),
        D.description("a blue purple and pink tie dye t-shirt"),
        fit("it fits well", "non_answer"),
        D.material("tie dye", "restated"),
        title="Men Multicolour Tie-Dye T-Shirt",
        category="T-Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: man in an ecru open-knit short-sleeve shirt with a camp collar, brown trousers, beige backdrop.
    # caption: adapter
    case(
        "X386-039",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with knitting fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a short-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white knit shirt and brown pants"),
        D.color("brown", "other_garment_color"),
        D.material("knit"),
        D.details("the shirt is knitted and has a collar"),
        fit("the fit of the shirt", "restated"),
        title="Men Ecru Textured Knit Short Sleeve Shirt",
        category="Shirts",
        color="Ecru",
        gender="Men",
    ),
    # photo: man in a mid-blue denim short-sleeve shirt, buttoned, khaki chino shorts, white backdrop.
    # caption: adapter
    case(
        "X386-040",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim shirt and khaki shorts"),
        D.color("blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("denim"),
        D.details(
            "the shirt is a denim shirt Question: what is the color of the shorts? Answer: khaki",
            "leak",
        ),
        title="Men Blue Denim Short Sleeve Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black pique polo shirt, short sleeves, two-button placket, grey trousers, nothing on the
    # collar, white backdrop. The row has no gender.
    # caption: adapter
    case(
        "X386-041",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black polo shirt"),
        D.garment_type("polo shirt"),
        D.color("black"),
        is_a("polo shirt", "yes"),
        collar("a polo collar with two buttons"),
        D.details("sunglasses hanging from the collar", "unsupported"),
        title="Black Regular Fit Polo Shirt",
        category="Polo Shirts",
        color="Black",
    ),
    # photo: man in a navy short-sleeve shirt with a small white flower (ditsy) print, camp collar, no pocket, white
    # jeans, light grey wall.
    # caption: adapter
    case(
        "X386-042",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears a short-sleeve shirt with floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt with white flowers and white jeans"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.description("a navy shirt with a small white flower print"),
        D.details("white flowers and a pocket", "unsupported"),
        title="Men Navy Ditsy Floral Print Shirt",
        category="Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a plain white crew-neck tee from a pack of three (small black and grey swatches at the side of
    # the image), no pocket, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X386-043",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. This man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his wrist. This man",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and jeans"),
        D.color("white"),
        D.garment_type("t-shirt"),
        D.details("a pocket on the chest", "unsupported"),
        D.material("t-shirt", "restated"),
        title="Men Pack of 3 Cotton Crew Neck T-Shirts",
        category="T-Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: man in an olive short-sleeve henley with a three-button placket, black jeans, white backdrop.
    # caption: adapter
    case(
        "X386-044",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. This man wears a short-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a woman wearing a green shirt and black jeans", "pronoun"),
        D.color("green"),
        color_of("jeans", "black"),
        collar("no collar"),
        D.details("buttons"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Olive Short Sleeve Henley",
        category="T-Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a grey check wool-blend overshirt, long sleeves, no hood, worn open over a white tee, black
    # trousers, white backdrop.
    # caption: adapter
    case(
        "X386-045",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey plaid jacket over a white t-shirt and black pants"),
        D.material("wool"),
        D.pattern("checked"),
        D.color("white", "other_garment_color"),
        D.description("a grey plaid jacket with a hood", "unsupported"),
        title="Men Grey Check Wool Blend Overshirt",
        category="Overshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a light blue chambray shirt with two chest pockets, long sleeves, white trousers, in front of a
    # white brick wall.
    # caption: adapter
    case(
        "X386-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and white pants in front of a brick wall"),
        D.material("denim"),
        D.color("blue"),
        fit(
            "regular fit Question: what is the material of the shirt? Answer: denim",
            "leak",
        ),
        D.details("the shirt has two pockets and a collar"),
        title="Men Light Blue Chambray Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
]
