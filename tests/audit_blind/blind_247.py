"""BLIND_247 (46 products; men's casual and smart wear: shirts, polos, tees, chinos, jeans, knitwear, blazers): written
blind in the forty-first session. Measured blind at bd8551b (the session's rules as they stood): 102/123 failures
found (82.9%) and 2/162 correct texts flagged (1.2%). The writer's notes, verbatim:

Scenario: an ASOS-like English catalog feed of men's casual and smart wear: oxford, linen, denim, flannel and
printed shirts, pique and knitted polos, plain, striped and graphic t-shirts, chinos and smart trousers, jeans in
every wash, overshirts, jumpers, cardigans and a sweater vest, and blazers. Titles are long and descriptive ("ASOS
DESIGN regular fit oxford shirt with button down collar in white"). Most photos are model shots where the product
is worn with other garments (a tee under an overshirt, a shirt under a jumper or a blazer, chinos under a shirt),
and the models sometimes wear caps, beanies, hats, watches or bags; a few photos are flat lays or hanger shots, and
some backdrops are coloured walls. Each product has the seller's title, category, color and gender; a few rows miss
the gender or the color, as real feeds do.

Who wrote what: captions come either from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in
a white shirt and beige pants", with the "t - shirt" spacing of its tokenizer) or from the caption-only LoRA adapter
of the original experiments (the DeepFashion template, "The gentleman wears a long-sleeve shirt with pure color
patterns. The shirt is with cotton fabric. It has a lapel neckline. ..."). The adapter has no end-of-answer token:
each of its texts runs to its limit (50 new tokens for captions, 30 for answers), carries hit_limit=True, either
loops on a sentence of its template or stops mid-sentence, and it returns the template to any question. Open
questions (wearing, description, details, material, accessories, collar, neckline) come from the base model unless
the comment before the case says the adapter answered them; the base model stops on its own and never has
hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors and the yes/no "Is
this a ...?") are enrich's `--engine reference` answers, one value from a candidate set: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct: blue for navy, indigo, light or mid wash; grey for charcoal or grey marl; white for
  ecru, cream or off white; brown for camel, tan or chocolate; red for burgundy; green for olive, sage or khaki;
  orange for rust; beige or khaki for stone chinos. Mustard given as orange is a contradiction (the closed engine
  picked the wrong candidate), as is the colour of a wall or of a print given as the garment's colour.
- The colour of another worn item given as the product's colour (the tee under an overshirt, the shirt under a
  jumper or a blazer, the shirt above the chinos, a hat, a bag) is other_garment_color, closed or open. When an
  answer gives a non-product garment the colour of the product or of another piece ("a white shirt and white pants"
  for beige chinos under a white shirt) it is contradiction: the colour is another text's for another garment.
- Garment synonyms count as correct: sweater for jumper, cardigan or knitted polo in an open answer, jacket for an
  overshirt or a blazer, suit for a blazer worn with matching trousers, pants for chinos or trousers, shirt for a
  polo or a t-shirt in an open answer, hat for a cap or a beanie. The closed engine's "no" to "Is this a polo
  shirt?" for a knitted polo, and "yes" to "Is this a t-shirt?" for a button-through shirt, are contradictions.
- A multipack answered as one tee (a black t-shirt for a three-pack in Multi) is a contradiction of the title.
- Materials: one the title names (linen, merino, lambswool, corduroy, denim, pique, wool mix) or a plausible cotton
  for a plain tee, oxford, chino or jeans is correct; wool for a jumper the title says is cotton is unsupported.
- Invented items or details not in the photo (a pocket square, a tie, a chest pocket, gold buttons, knee rips on
  clean jeans, a watch, jeans on a photo cropped at the waist, a button down collar on a grandad-collar shirt) are
  unsupported.
- Sleeve length: a long-sleeve shirt with the sleeves rolled to the elbow is still long sleeves (correct); long
  sleeves for a sleeveless sweater vest worn over a long-sleeve shirt is a contradiction.
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without repeating
  is cut, even where it invents trousers, a wrist accessory or a person on a hanger shot before stopping (one kind
  per text, the cut is what the auditor sees first). The template returned for the material question is restated.
  The template answering "What is the person wearing?" or "Describe the garment." does answer it: cut or loop.
- Base answers: one that stops short ("it is made of") is cut without hit_limit; an empty answer, "they are pants",
  "the details of the jeans" and "the pants have details" are non_answer; a material question answered with the
  garment's name (and colour) is restated; an answer that runs on into "Question: ... Answer: ..." is leak even
  where its first words are right; "she" or "a woman" for a man is pronoun.
- A garment's details answered with an accessory ("a blue hat") is a contradiction; the closed engine's "jacket" for a
  half-zip jumper is a contradiction; a collar given the wall's colour ("a pink collar") is a contradiction.
- A hanger or flat-lay photo answered for "What is the person wearing?" with the garment's name is counted correct:
  the answer names what is shown.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
accessories = question("accessories", "What accessories is the man wearing?", "open")
collar = question("collar", "What kind of collar does the shirt have?", "open")
neckline = question("neckline", "What is the neckline of the sweater?", "open")

BLIND_247 = [
    # photo: man in a white long-sleeve oxford shirt with button down collar and a chest pocket, tucked into beige
    # chinos with a brown belt, plain white backdrop, front view. caption: base
    case(
        "X247-001",
        caption("a man in a white shirt and beige pants"),
        D.wearing("a white shirt and white pants", "contradiction"),
        B.garment_type("shirt"),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        B.material("cotton"),
        title="ASOS DESIGN regular fit oxford shirt with button down collar in white",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy short-sleeve pique polo with a small embroidered logo on the chest, grey jeans, grey wall.
    # caption, material: adapter
    case(
        "X247-002",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long denim pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and jeans"),
        color_shirt("grey", "other_garment_color"),
        is_a("polo shirt", "yes"),
        D.details("a logo on the chest"),
        B.material(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Jack & Jones Originals pique polo in navy with logo embroidery",
        category="Polo Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a black relaxed crew-neck t-shirt with a large white "NYC" print on the front, black jeans,
    # white backdrop. caption: base; description: adapter
    case(
        "X247-003",
        caption("a man in a black t - shirt with a white print"),
        D.wearing("a black t - shirt and black jeans"),
        B.color("white", "contradiction"),
        B.pattern("graphic"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The T-shirt is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        title="ASOS DESIGN relaxed t-shirt in black with NYC city print",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive twill overshirt worn open over a white t-shirt, dark blue jeans, beige backdrop; the
    # overshirt has two flap chest pockets. caption, details: adapter
    case(
        "X247-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green jacket over a white t - shirt"),
        B.color("white", "other_garment_color"),
        color_of("jacket", "green"),
        D.material("cotton twill"),
        D.details(
            "The shirt is with cotton fabric. It has a lapel neckline. There are two pockets. The shirt is with "
            "cotton fabric. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        title="Only & Sons twill overshirt in olive",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: waist-down shot: light wash slim jeans, the hem of a white t-shirt tucked in at the waist, white
    # sneakers, grey backdrop; the jeans are clean, no rips, no belt. caption: base
    case(
        "X247-005",
        caption("a man wearing light blue jeans and white sneakers"),
        D.wearing("a white shirt, blue jeans and a black belt", "unsupported"),
        color_jeans("white", "other_garment_color"),
        B.garment_type("jeans"),
        D.details("ripped knees", "unsupported"),
        B.material("denim"),
        title="Levi's 511 slim fit jeans in light wash blue",
        category="Jeans",
        color="Light Wash Blue",
        gender="Men",
    ),
    # photo: man in a grey marl lambswool crew-neck jumper, black chinos, a dark blue baseball cap, white backdrop.
    # caption: base
    case(
        "X247-006",
        caption("a man in a grey sweater and a hat"),
        wearing("she is wearing a grey sweater and black pants", "pronoun", who="the man"),
        B.garment_type("sweater"),
        B.color("grey"),
        B.material("wool"),
        accessories("a blue hat"),
        D.details("a blue hat", "contradiction"),
        title="ASOS DESIGN lambswool crew neck jumper in grey marl",
        category="Jumpers & Cardigans",
        color="Grey Marl",
        gender="Men",
    ),
    # photo: man in a navy two-button slim blazer over a light blue shirt, no tie, grey trousers, grey studio
    # backdrop; no pocket square. caption: adapter. (the feed row has no gender)
    case(
        "X247-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The outer clothing is with cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue suit jacket and a blue shirt"),
        B.color("light blue", "other_garment_color"),
        is_a("blazer", "yes"),
        D.details("two buttons and a pocket square", "unsupported"),
        B.material("wool"),
        title="Selected Homme slim fit wool mix blazer in navy",
        category="Blazers",
        color="Navy",
    ),
    # photo: man in a pink short-sleeve relaxed linen shirt with a revere collar, white shorts, sand-coloured
    # backdrop. caption: base
    case(
        "X247-008",
        caption("a man in a pink shirt and white shorts"),
        D.wearing("a pink shirt and pink shorts", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material("linen"),
        B.color("pink"),
        D.description(
            "a pink shirt with a collar and buttons Question: What is the man wearing? Answer: a pink shirt",
            "leak",
        ),
        title="ASOS DESIGN relaxed revere linen shirt in pink",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a red and black check flannel shirt, long sleeves, black jeans, in front of a red brick wall.
    # caption, details: adapter
    case(
        "X247-009",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt"),
        B.pattern("plaid"),
        B.color("red"),
        color_pants("black"),
        B.material("a red and black plaid shirt", "restated"),
        D.details(
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        title="Bershka brushed flannel check shirt in red and black",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a plain white organic cotton crew-neck t-shirt, gold watch on the left wrist, light grey
    # backdrop, upper body; no chest pocket. caption: base
    case(
        "X247-010",
        caption("a man in a white t - shirt"),
        D.wearing("she is wearing a white t - shirt and a watch", "pronoun"),
        B.color("white"),
        D.details("a pocket on the chest", "unsupported"),
        B.material("cotton"),
        B.sleeve_length("short sleeves"),
        title="ASOS DESIGN organic cotton crew neck t-shirt in white",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: full-length shot: dark indigo straight jeans with button fly, navy t-shirt, brown boots, white
    # backdrop. caption: base; details: adapter
    case(
        "X247-011",
        caption("a man in a blue shirt and jeans"),
        D.wearing(
            "a pair of jeans and boots Question: What color are the jeans? Answer: blue",
            "leak",
        ),
        color_jeans("blue"),
        B.garment_type("jeans"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and "
            "pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.material("denim"),
        title="Weekday Space straight leg jeans with button fly in dark indigo",
        category="Jeans",
        color="Indigo",
        gender="Men",
    ),
    # photo: man in a burgundy long-sleeve knitted polo with a three-button placket, khaki trousers, white backdrop.
    # caption, details: adapter
    case(
        "X247-012",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a lapel neckline. The sweater is with knitting fabric. It has a lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        B.color("red"),
        is_a("polo shirt", "no", "contradiction"),
        D.wearing("a maroon sweater and khaki pants"),
        B.material("knit"),
        D.details(
            "The sweater is with knitting fabric. It has a lapel neckline. There are three buttons on the neckline. "
            "The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        title="River Island long sleeve knitted polo in burgundy",
        category="Polo Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: full-length: stone slim chinos, white t-shirt, navy suede loafers, no belt, white backdrop.
    # caption: base
    case(
        "X247-013",
        caption("a man in a white t - shirt and khaki pants"),
        B.color("white", "other_garment_color"),
        color_pants("beige"),
        B.garment_type("pants"),
        D.details("they are pants", "non_answer"),
        B.material("the pants are beige", "restated"),
        D.wearing("a white t - shirt, beige pants and a belt", "unsupported"),
        title="Farah Elm slim fit chinos in stone",
        category="Chinos",
        color="Stone",
        gender="Men",
    ),
    # photo: man in a light blue denim shirt, long sleeves rolled to the elbow, worn open over a grey t-shirt, black
    # jeans, a steel watch on the wrist, white backdrop. caption: adapter
    case(
        "X247-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. There is an accessory on his wrist. The gentleman wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim shirt over a grey t - shirt and black jeans"),
        B.color("grey", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.material("denim"),
        D.details("a pocket on the chest and", "cut"),
        title="Jack & Jones denim shirt in light blue wash",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: man in an ecru cable-knit jumper, brown leather bag on a strap over one shoulder, white backdrop.
    # caption: base
    case(
        "X247-015",
        caption("a man in a white sweater with a brown bag"),
        D.wearing(
            "a white sweater Question: What is the man carrying? Answer: a brown bag",
            "leak",
        ),
        B.color("brown", "other_garment_color"),
        B.pattern("solid"),
        D.details("cable knit and ribbed cuffs"),
        B.material("wool", "unsupported"),
        title="ASOS DESIGN cotton cable knit jumper in ecru",
        category="Jumpers & Cardigans",
        color="Ecru",
        gender="Men",
    ),
    # photo: man in a blue short-sleeve revere shirt with a white palm print, beige shorts, straw hat, no
    # sunglasses, pale backdrop. caption: adapter
    case(
        "X247-016",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a hat. The shorts are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt with white flowers and a straw hat", who="the man"),
        B.pattern("floral"),
        B.color("white", "contradiction"),
        color_shorts("blue", "contradiction"),
        accessories("a straw hat and sunglasses", "unsupported"),
        title="ASOS DESIGN regular fit revere shirt in blue palm print",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: full-length: charcoal skinny smart trousers with a pressed crease, white shirt tucked in, black belt,
    # black shoes, white backdrop. caption: base
    case(
        "X247-017",
        caption("a man in a white shirt and grey pants"),
        B.color("white", "other_garment_color"),
        B.garment_type("pants"),
        D.description("grey pants with a crease down the front"),
        D.details("belt loops and side pockets"),
        is_a("jeans", "no", article="a pair of"),
        D.wearing("a white shirt, grey pants and a tie", "unsupported"),
        title="Topman skinny smart trousers in charcoal",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a sage green twin-tipped pique polo (white and navy stripes on collar and sleeve cuffs), white
    # chinos, pale pink wall behind. caption: base
    case(
        "X247-018",
        caption("a man in a green polo shirt standing in front of a pink wall"),
        D.wearing("a green shirt and white pants"),
        B.color("pink", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.details("stripes on the collar and sleeves"),
        D.material("the polo shirt is green", "restated"),
        D.description("a green polo shirt with a pink collar", "contradiction"),
        title="Fred Perry twin tipped polo shirt in sage green",
        category="Polo Shirts",
        color="Sage",
        gender="Men",
    ),
    # photo: man in a navy merino crew-neck jumper over a white shirt (collar showing at the neck), grey chinos,
    # white backdrop. caption: adapter
    case(
        "X247-019",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue sweater over a white shirt"),
        B.color("white", "other_garment_color"),
        B.garment_type("sweater"),
        B.material("merino wool"),
        D.description("a navy blue crew neck sweater"),
        D.details("the details of the sweater", "non_answer"),
        title="Selected Homme merino wool crew neck jumper in navy",
        category="Jumpers & Cardigans",
        color="Navy",
        gender="Men",
    ),
    # photo: full-length: washed black skinny jeans with rips at both knees, grey t-shirt, white sneakers, white
    # backdrop. caption: base
    case(
        "X247-020",
        caption("a man in a grey shirt and black jeans"),
        color_jeans("grey", "other_garment_color"),
        D.details("a rip on the knee"),
        B.material("denim"),
        D.wearing("she is wearing black jeans and a grey t - shirt", "pronoun"),
        title="ASOS DESIGN skinny jeans in washed black with knee rips",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a blue and white vertical stripe long-sleeve shirt with button down collar, navy chinos, white
    # backdrop. caption: adapter. (the feed row has no color)
    case(
        "X247-021",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and white pants", "contradiction"),
        B.pattern("striped"),
        B.color("blue"),
        D.details("vertical stripes and a button down collar"),
        is_a("t-shirt", "yes", "contradiction"),
        title="ASOS DESIGN stretch slim stripe shirt with button down collar in blue",
        category="Shirts",
        gender="Men",
    ),
    # photo: man in a camel corduroy overshirt worn open over a black t-shirt, black jeans, white backdrop; two
    # patch chest pockets. caption: base; details: adapter
    case(
        "X247-022",
        caption("a man in a brown jacket and black pants"),
        D.wearing("a brown jacket, a black shirt and black pants"),
        B.color("black", "other_garment_color"),
        B.material("corduroy"),
        D.details(
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "brown"),
        title="Bershka cord overshirt in camel",
        category="Shirts",
        color="Camel",
        gender="Men",
    ),
    # photo: man in a mustard short-sleeve t-shirt with a small chest logo, black bucket hat, navy shorts, no watch,
    # white backdrop. caption: base
    case(
        "X247-023",
        caption("a man in a yellow shirt and a black hat"),
        D.wearing("a yellow t - shirt, a black hat and blue shorts"),
        B.color("orange", "contradiction"),
        B.material("cotton"),
        accessories("a black hat and a watch", "unsupported"),
        D.details("a logo on the", "cut"),
        title="Carhartt WIP chase t-shirt in mustard",
        category="T-Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a grey prince of wales check blazer over a black roll-neck jumper, black trousers, white
    # backdrop; breast pocket and cuff buttons visible. caption: adapter
    case(
        "X247-024",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey plaid blazer and a black turtleneck"),
        B.color("black", "other_garment_color"),
        B.pattern("checked"),
        B.garment_type("blazer"),
        D.details("a button on the sleeve and a pocket on the chest"),
        B.material("wool"),
        title="ASOS DESIGN slim wool blend blazer in grey prince of wales check",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: full-length: ecru straight jeans, navy polo shirt, brown loafers, white backdrop. caption: base
    case(
        "X247-025",
        caption("a woman in a blue polo shirt and white jeans", "pronoun"),
        color_jeans("blue", "other_garment_color"),
        B.garment_type("jeans"),
        D.details("the details of the jeans", "non_answer"),
        B.material("cotton"),
        D.wearing("a blue polo shirt and white jeans"),
        title="Topman straight jeans in ecru",
        category="Jeans",
        color="Ecru",
        gender="Men",
    ),
    # photo: man in a black short-sleeve pique polo, white trousers, holding a black tote bag, light blue wall
    # behind. caption: adapter
    case(
        "X247-026",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        B.color("blue", "contradiction"),
        is_a("polo shirt", "yes"),
        D.wearing(
            "a black polo shirt and white pants Question: What is the man holding? Answer: a bag",
            "leak",
        ),
        B.material("pique cotton"),
        B.sleeve_length("short sleeves"),
        title="Polo Ralph Lauren custom fit pique polo in black",
        category="Polo Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a chocolate brown button-through knitted cardigan, open over a white t-shirt, beige chinos,
    # white backdrop; two patch pockets. caption: base
    case(
        "X247-027",
        caption("a man in a brown cardigan and a white t - shirt"),
        D.wearing("she is wearing a brown sweater and a white t - shirt", "pronoun"),
        B.garment_type("cardigan"),
        B.color("white", "other_garment_color"),
        D.details("buttons down the front and two pockets"),
        B.material("a brown cardigan", "restated"),
        title="ASOS DESIGN knitted cardigan in chocolate brown",
        category="Jumpers & Cardigans",
        color="Chocolate",
        gender="Men",
    ),
    # photo: man in a white long-sleeve breton t-shirt with navy horizontal stripes, navy chinos, white backdrop;
    # no pocket. caption: base
    case(
        "X247-028",
        caption("a man in a striped shirt and blue pants"),
        B.pattern("striped"),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        D.description("a white and blue striped long sleeve shirt"),
        D.details("a pocket on the chest", "unsupported"),
        B.material("it is made of cotton and", "cut"),
        title="ASOS DESIGN long sleeve breton stripe t-shirt in white and navy",
        category="T-Shirts",
        color="White/Navy",
        gender="Men",
    ),
    # photo: man in a light grey single-breasted suit jacket with matching trousers, white t-shirt, white sneakers,
    # grey concrete wall. caption: base; description, details: adapter
    case(
        "X247-029",
        caption("a man in a grey suit standing against a wall"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt is",
            "loop",
            hit_limit=True,
        ),
        B.color("grey"),
        B.garment_type("blazer"),
        is_a("suit", "yes"),
        title="Selected Homme slim suit jacket in light grey",
        category="Blazers",
        color="Light Grey",
        gender="Men",
    ),
    # photo: full-length: olive slim chinos, blue denim shirt tucked in, brown belt, white backdrop. caption: base
    case(
        "X247-030",
        caption("a man in a blue shirt and green pants"),
        D.wearing("a blue shirt and blue pants", "contradiction"),
        color_pants("green"),
        B.color("green"),
        D.material("the pants are made of", "cut"),
        D.details("belt loops and pockets"),
        title="Dockers alpha slim chinos in olive",
        category="Chinos",
        color="Olive",
        gender="Men",
    ),
    # photo: back view, cropped at the waist: white short-sleeve t-shirt with a large orange and purple sunset
    # graphic printed on the back, white backdrop. caption: base
    case(
        "X247-031",
        caption("the back of a man's t - shirt with a sunset on it"),
        B.color("orange", "contradiction"),
        B.pattern("graphic"),
        D.description("a white t - shirt with a picture of a sunset on the back"),
        D.wearing("a white t - shirt and blue jeans", "unsupported"),
        B.sleeve_length("short sleeves"),
        D.details("the details of the t - shirt", "non_answer"),
        title="Pull&Bear sunset back print t-shirt in white",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a black knitted roll-neck jumper, grey trousers, gold watch on the wrist, dark grey backdrop.
    # caption, material: adapter
    case(
        "X247-032",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand-up collar neckline. There is an accessory on his wrist. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black turtleneck sweater and grey pants"),
        B.color("black"),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand",
            "restated",
            hit_limit=True,
        ),
        neckline("the neckline of the sweater", "non_answer"),
        title="ASOS DESIGN knitted roll neck jumper in black",
        category="Jumpers & Cardigans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white short-sleeve pique polo with a small green crocodile logo, green baseball cap, beige
    # shorts, white backdrop. caption: base
    case(
        "X247-033",
        caption("a man wearing a white polo shirt and a green hat"),
        D.wearing("a white shirt and a green hat"),
        B.color("green", "other_garment_color"),
        D.details("a green logo on the chest"),
        is_a("polo shirt", "yes"),
        B.material("cotton"),
        D.description("a white polo shirt with a green logo and a zip", "unsupported"),
        title="Lacoste classic fit pique polo in white",
        category="Polo Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a charcoal half-zip knitted jumper over a white t-shirt (white neckline at the zip), blue jeans,
    # white backdrop. caption: adapter
    case(
        "X247-034",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand-up collar neckline. The sweater is with knitting fabric. It has a stand-up",
            "loop",
            hit_limit=True,
        ),
        B.color("grey"),
        B.garment_type("jacket", "contradiction"),
        D.details("a zipper on the neck"),
        D.wearing(
            "a grey sweater and blue jeans Question: What is the color of the sweater? Answer: grey",
            "leak",
        ),
        title="Jack & Jones half zip knitted jumper in charcoal",
        category="Jumpers & Cardigans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in an ecru long-sleeve linen shirt with a grandad (band) collar, beige linen trousers, white
    # backdrop. caption: base
    case(
        "X247-035",
        caption("a man in a white shirt and beige pants"),
        collar("a button down collar", "unsupported"),
        B.color("white"),
        B.material("linen"),
        D.description("a white shirt with long sleeves and no collar"),
        B.sleeve_length("long sleeves"),
        D.wearing("she is wearing a white shirt and beige pants", "pronoun"),
        title="ASOS DESIGN relaxed linen shirt with grandad collar in ecru",
        category="Shirts",
        color="Ecru",
        gender="Men",
    ),
    # photo: flat lay on a white surface: three folded crew-neck t-shirts, black, white and grey, no person.
    # caption: base
    case(
        "X247-036",
        caption("three t - shirts in black, white and grey"),
        B.garment_type("t-shirt"),
        B.color("black", "contradiction"),
        D.description("a black t - shirt", "contradiction"),
        B.material("cotton"),
        title="ASOS DESIGN 3 pack crew neck t-shirts in multiple colours",
        category="T-Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: light blue short-sleeve oxford shirt on a wooden hanger against a white wall, no person; button down
    # collar and a chest pocket. caption, material: adapter. (the feed row has no gender)
    case(
        "X247-037",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt"),
        B.color("blue"),
        B.sleeve_length("short sleeves"),
        D.details("a button down collar and a pocket on the chest"),
        B.material(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="ASOS DESIGN short sleeve oxford shirt in light blue",
        category="Shirts",
        color="Light Blue",
    ),
    # photo: man in a black double-breasted blazer with black buttons over a black t-shirt, black trousers, no tie,
    # white backdrop. caption: base
    case(
        "X247-038",
        caption("a man in a black suit"),
        B.color("black"),
        D.details("gold buttons", "unsupported"),
        D.wearing("a black suit and a black shirt and a tie", "unsupported"),
        B.garment_type("blazer"),
        is_a("blazer", "yes"),
        title="River Island double breasted blazer in black",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: full-length: mid blue loose fit jeans (clean, no rips), pale yellow overshirt over a white tee, orange
    # wall behind. caption: base
    case(
        "X247-039",
        caption("a man in a yellow jacket and jeans standing in front of an orange wall"),
        color_jeans("yellow", "other_garment_color"),
        D.details("a rip in the knee", "unsupported"),
        B.material("denim"),
        D.wearing("she is wearing a yellow shirt and jeans", "pronoun"),
        B.garment_type("jeans"),
        title="Weekday Galaxy loose fit jeans in mid blue",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a grey marl crew-neck t-shirt with a small embroidered chest logo, black crossbody bag strap
    # across the chest, grey backdrop. caption: adapter
    case(
        "X247-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The T-shirt is with cotton fabric. It has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t - shirt and a black bag"),
        B.color("black", "other_garment_color"),
        D.details("a logo on the chest and a black strap"),
        B.material("cotton"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="New Look crew neck t-shirt in grey marl",
        category="T-Shirts",
        color="Grey Marl",
        gender="Men",
    ),
    # photo: full-length: navy slim chinos, white oxford shirt tucked in, brown belt, white backdrop. caption: base;
    # wearing: adapter
    case(
        "X247-041",
        caption("a man in a white shirt and blue pants"),
        color_pants("blue"),
        B.color("white", "other_garment_color"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.details("", "non_answer"),
        B.material("cotton"),
        title="Selected Homme slim fit chinos in navy",
        category="Chinos",
        color="Navy",
        gender="Men",
    ),
    # photo: man in an olive oversized crew-neck t-shirt, black beanie, black jeans, plain front with no logo,
    # white backdrop. caption: base
    case(
        "X247-042",
        caption("a man in a green t - shirt and a black hat"),
        D.wearing("a green shirt and black jeans"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        D.description("a green t - shirt with short sleeves and a round neck"),
        D.material(
            "it is made of cotton Question: What is the color of the shirt? Answer: green",
            "leak",
        ),
        D.details("a logo on the chest", "unsupported"),
        title="Only & Sons oversized t-shirt in khaki",
        category="T-Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a navy cotton jumper with cream and rust colour-block panels across the chest and sleeves,
    # black trousers, white backdrop. caption, details: adapter
    case(
        "X247-043",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        B.pattern("color block"),
        B.color("blue"),
        D.wearing("a blue, white and orange sweater"),
        D.details(
            "The sweater is with knitting fabric. It has a round neckline. The sweater is with knitting fabric. It "
            "has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        B.material("wool", "unsupported"),
        title="ASOS DESIGN cotton colour block jumper in navy",
        category="Jumpers & Cardigans",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a cornflower blue short-sleeve shirt with a small white spot print, no chest pocket, white
    # jeans, white backdrop. caption: base. (the feed row has no category)
    case(
        "X247-044",
        caption("a man in a blue shirt with white polka dots"),
        B.pattern("polka dot"),
        B.color("white", "contradiction"),
        D.description("a blue shirt with white dots and short sleeves and a", "cut"),
        D.details("a pocket on the chest and a collar", "unsupported"),
        D.wearing("a blue shirt and blue jeans", "contradiction"),
        title="Topman short sleeve shirt with ditsy spot print in blue",
        color="Blue",
        gender="Men",
    ),
    # photo: full-length: rust wide leg corduroy trousers, cream jumper, white sneakers, white backdrop.
    # caption: base
    case(
        "X247-045",
        caption("a man in a white sweater and orange pants"),
        color_pants("white", "other_garment_color"),
        B.garment_type("pants"),
        B.material("corduroy"),
        D.details("the pants have details", "non_answer"),
        D.wearing(
            "a white sweater and orange pants Question: What are the pants made of? Answer: corduroy",
            "leak",
        ),
        title="ASOS DESIGN wide leg cord trousers in rust",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a green and cream argyle knitted sweater vest over a white long-sleeve shirt, grey trousers,
    # white backdrop. caption, material: adapter
    case(
        "X247-046",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a green sweater vest over a white shirt"),
        B.pattern("argyle"),
        B.color("green"),
        is_a("vest", "yes"),
        B.material(
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt",
            "restated",
            hit_limit=True,
        ),
        title="ASOS DESIGN knitted argyle sweater vest in green",
        category="Jumpers & Cardigans",
        color="Green",
        gender="Men",
    ),
]
