"""BLIND_452 (46 products; European fast-fashion men's and women's knits, linen, trousers, slip skirts, blazers):
written blind in the forty-seventh session. Measured blind at 496f1cc (the session's rules as they stood): 96/123
failures found (78.0%) and 8/154 correct texts flagged (5.2%). The writer's notes, verbatim:

Scenario: a night run over a European fast-fashion catalog (Zara/H&M/Mango-like English feed) for men and women: rib
and fine-knit tops, knitted polos, cardigans and vests, linen and linen-blend shirts, wide-leg and relaxed pleated
trousers, satin slip skirts and blazers. Every photo is product-only, no person: flat lays on white, grey, a wooden
floor, concrete or a linen sheet; ghost mannequins on grey; garments on wooden hangers against white, beige, pink,
terracotta or grey walls. A few photos are styled with a second piece (a white tee under a blazer, a sweater beside a
skirt, a tank inside a cardigan) or a prop (a straw hat, a plant). Vendor colors are the chain's own words (Ecru,
Sand, Stone, Sage green, Khaki green, Rust, Camel, Champagne, Burgundy, Lilac, Grey marl); each row has title,
category, color and gender, and a few rows miss one of them.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase, "a white linen
shirt on a hanger") or, where the comment says so, from the caption-only LoRA adapter of the original experiments
(the DeepFashion template, "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton
fabric. ..."). The adapter has no end-of-answer token: every adapter text runs to its limit (50 new tokens for the
caption, 30 for answers), carries hit_limit=True, and returns the template to any question it is given; it knows no
linen or satin (its fabrics are cotton, chiffon, knitting, denim...) and it still says "the lady" or "the gentleman"
although no one is in the photo. The open questions (wearing, description, details, material and this set's neckline,
closure and fit) come from the base model unless the comment names the adapter; the base model stops on its own and
never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions
and "Is this a ...?") are enrich's `--engine reference` answers, picked from candidate sets; they never loop or cut.

Labeling conventions and judgement calls:
- Shade words count as correct for the vendor's color: white or cream for ecru, off-white, cream or light beige;
  beige for sand, stone or cream; brown for camel, chocolate or the tones of a leopard print; blue for navy or light
  blue; red for burgundy and rust shown as orange; green for sage, khaki green or olive; purple for lilac; gold for
  champagne satin; grey for grey marl or dark grey pinstripe. Navy given as black, lilac given as pink, burgundy
  given as purple and sage given as grey by the reference engine are contradiction (the engine had the right
  candidate and chose another).
- A wall, floor or sheet named in a caption ("hanging on a pink wall") is correct; the backdrop's color given as the
  garment's color is contradiction (no garment in the photo has it). The color of the styling piece (the tee under
  the blazer, the sweater next to the skirt, the tank inside the cardigan) given to the product is
  other_garment_color, and so is the product's color given to that piece by a per-piece question.
- Garment synonyms are correct: jacket or suit jacket for a blazer, coat in the adapter's template for a blazer,
  sweater for a fine-knit top or a knitted t-shirt, pants for trousers, sweater vest for a knit vest, polo for a
  knitted polo. A slip skirt called a dress, wide-leg trousers called a skirt or shorts, a blazer called a shirt (the
  adapter's template does this) and a cardigan called a jacket are contradiction.
- A print's own color given as the garment's color (white for a navy skirt with white dots) is contradiction; for a
  two-color stripe either color is correct. Floral for a palm-leaf print is correct (the engine's nearest
  candidate); striped for a plain ribbed or textured knit is contradiction.
- Materials: one the title names is correct (linen, satin, wool-blend, cotton); knit, knitted, ribbed knit and
  crochet are visible and correct; wool or cotton for an unnamed plain knit and wool for a tailored suit blazer are
  plausible guesses and correct; silk for a satin skirt, leather for trousers and anything not visible is
  unsupported; a material the title contradicts (cotton for "Linen shirt", wool for "Fine-knit cotton jumper") is
  contradiction (silk for "Printed linen-blend shirt" too). A fiber blend guessed for trousers whose title names no
  fabric ("wool and polyester") is unsupported.
- Invented items (a belt, a tie, a shirt under an empty blazer, a bow, jeans, a pineapple in the print, a pocket on
  a shirt with none, buttons of a color the photo does not show, lace trim, a gold chain, a man in the suit when the
  photo has no one) are unsupported. Items really in the photo (the straw hat prop, the belt sold with the trousers)
  are correct.
- Product-only photos: "What is the person wearing?" answered with the garment ("a white shirt") is correct; "nothing"
  or an empty answer is non_answer. "He" for a women's product and "she" for a men's one are pronoun; so is the
  adapter's "The lady wears ..." for a men's product, which is what the auditor meets first (hit_limit kept).
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without repeating
  is cut; the template returned for the material question is restated even though it is cut; a template that names
  the garment wrongly is contradiction. Accessories the template invents before being cut do not change its label.
- A base answer stopped short ("it is made of", "it has a v-neck and a") is cut without hit_limit. "It is a knit
  top" or "they are white pants" for the details are non_answer; a material answered with the garment's name and
  color or with a color alone ("white", "the pants are white"), or "the blazer is a blazer", is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

neckline = question("neckline", "What is the neckline of the garment?", "open")
closure = question("closure", "How does the garment fasten?", "open")
fit = question("fit", "What is the fit of the garment?", "open")

BLIND_452 = [
    # photo: ecru sleeveless rib-knit tank top, flat lay on a light grey background, front view.
    # adapter: none
    case(
        "X452-001",
        caption("a white knit tank top on a gray background"),
        D.wearing("a white tank top"),
        D.garment_type("top"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        title="Rib-knit vest top",
        category="Tops",
        color="Ecru",
        gender="Women",
    ),
    # photo: light blue linen shirt, long sleeves, one chest pocket, on a wooden hanger against a white wall.
    # caption: adapter
    case(
        "X452-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue jeans", "unsupported"),
        D.color("blue"),
        D.material("linen"),
        D.details("it has a pocket on the chest and buttons down the front"),
        title="100% linen shirt",
        category="Shirts",
        color="Light blue",
        gender="Men",
    ),
    # photo: sand high-waisted wide-leg tailored trousers with front pleats and side pockets, ghost mannequin, grey.
    # adapter: none
    case(
        "X452-003",
        caption("a pair of beige wide leg pants"),
        D.wearing("a pair of white pants", "contradiction"),
        D.color("beige"),
        D.details("they have a belt and pockets", "unsupported"),
        D.material("a pair of beige pants", "restated"),
        title="Wide-leg tailored trousers",
        category="Trousers",
        color="Sand",
        gender="Women",
    ),
    # photo: black satin midi slip skirt, flat lay on white, no slit, thin elastic waist.
    # adapter: none
    case(
        "X452-004",
        caption("a black satin skirt on a white background"),
        D.wearing("a black dress", "contradiction"),
        is_a("dress", "no"),
        D.color("black"),
        D.description("a black satin skirt with a slit", "unsupported"),
        D.material("silk", "unsupported"),
        title="Satin slip skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy unstructured two-button blazer with a breast pocket on a ghost mannequin over a plain white crew-neck
    # tee, grey backdrop. caption: adapter
    case(
        "X452-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The outer clothing is a coat with solid color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black blazer and a white t-shirt", "contradiction"),
        D.garment_type("blazer"),
        D.color("white", "other_garment_color"),
        color_of("blazer", "navy"),
        D.details("it has two buttons and a pocket on the chest"),
        title="Unstructured cotton blazer",
        category="Blazers",
        color="Navy",
        gender="Men",
    ),
    # photo: sage green short-sleeve fine-knit polo top with three buttons, flat lay on white.
    # adapter: none
    case(
        "X452-006",
        caption("a green knitted polo shirt"),
        D.wearing("he is wearing a green polo shirt", "pronoun"),
        D.garment_type("polo shirt"),
        D.color("grey", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material(
            "it is made of cotton Question: What is the color of the shirt? Answer: green",
            "leak",
        ),
        title="Fine-knit polo top",
        category="Tops",
        color="Sage green",
        gender="Women",
    ),
    # photo: white short-sleeve linen shirt with a camp collar and no pocket, on a hanger against a beige wall.
    # adapter: none
    case(
        "X452-007",
        caption("a white shirt hanging on a hanger against a beige wall"),
        D.wearing("nothing", "non_answer"),
        D.color("beige", "contradiction"),
        D.material("linen"),
        D.details("a button down collar and a pocket", "unsupported"),
        title="Linen resort shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: camel double-breasted blazer with dark horn buttons on a wooden hanger, white backdrop.
    # caption: adapter
    case(
        "X452-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("blazer"),
        D.color("brown"),
        D.description("a brown double breasted blazer"),
        D.details("it has gold buttons", "unsupported"),
        D.wearing("nothing", "non_answer"),
        title="Double-breasted blazer",
        category="Blazers",
        color="Camel",
        gender="Women",
    ),
    # photo: light beige textured cotton knit t-shirt (fine horizontal texture, no stripes of another color), flat lay
    # on a light wooden floor. adapter: none
    case(
        "X452-009",
        caption("a white t-shirt on a wooden floor"),
        D.wearing("a white sweater"),
        D.color("brown", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        title="Textured cotton knit T-shirt",
        category="T-shirts",
        color="Light beige",
        gender="Men",
    ),
    # photo: rust oversized linen shirt, long sleeves, one pocket, flat lay on white.
    # details: adapter
    case(
        "X452-010",
        caption("an orange linen shirt"),
        D.wearing("a shirt Question: What is the color of the shirt? Answer: orange", "leak"),
        D.color("orange"),
        D.description("a long sleeve shirt with a collar and a", "cut"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("linen"),
        title="Oversized linen shirt",
        category="Shirts",
        color="Rust",
        gender="Women",
    ),
    # photo: grey marl relaxed pleated trousers on a ghost mannequin, grey backdrop, front view.
    # caption: adapter
    case(
        "X452-011",
        caption(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and solid color patterns. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and solid color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of grey pants"),
        D.color("grey"),
        D.details("they have pleats in the front"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.material("it is made of wool and polyester", "unsupported"),
        title="Relaxed fit pleated trousers",
        category="Trousers",
        color="Grey marl",
        gender="Men",
    ),
    # photo: champagne satin midi slip skirt on a clip hanger against a pale pink wall, no bow, no slit.
    # adapter: none
    case(
        "X452-012",
        caption("a gold satin skirt hanging on a pink wall"),
        D.wearing("he is wearing a skirt", "pronoun"),
        D.details("the skirt is long", "non_answer"),
        D.garment_type("skirt"),
        D.color("pink", "contradiction"),
        D.description("a long satin skirt with a bow", "unsupported"),
        D.material("satin"),
        title="Satin midi slip skirt",
        category="Skirts",
        color="Champagne",
        gender="Women",
    ),
    # photo: black cropped V-neck knit cardigan with white pearl buttons, long sleeves, flat lay on white.
    # adapter: none
    case(
        "X452-013",
        caption("a black cardigan with white buttons"),
        D.wearing("a black jacket", "contradiction"),
        D.garment_type("cardigan"),
        D.color("black"),
        D.details("it has white buttons and a v neck"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("", "non_answer"),
        title="Cropped knit cardigan",
        category="Cardigans",
        color="Black",
        gender="Women",
    ),
    # photo: navy long-sleeve linen shirt folded in a flat lay with a straw hat beside it, white background.
    # adapter: none
    case(
        "X452-014",
        caption("a blue shirt and a straw hat"),
        D.wearing("a blue shirt and a hat"),
        D.color("black", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.details("it has a collar and", "cut"),
        D.material("linen"),
        D.description(
            "a blue shirt with a collar Question: What is the color of the hat? Answer: brown",
            "leak",
        ),
        title="Linen shirt regular fit",
        category="Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: grey check oversized single-breasted blazer on a ghost mannequin, white backdrop.
    # caption, details: adapter
    case(
        "X452-015",
        caption(
            "The lady wears a long-sleeve coat with lattice patterns. The coat is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long-sleeve coat with lattice patterns. The coat is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey plaid jacket and black pants", "unsupported"),
        D.garment_type("jacket"),
        D.color("grey"),
        D.pattern("plaid"),
        D.details(
            "The coat is with cotton fabric and lattice patterns. It has a lapel neckline. The coat is with cotton "
            "fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        title="Oversized check blazer",
        category="Blazers",
        color="Grey",
        gender="Women",
    ),
    # photo: dark brown short-sleeve knitted polo shirt with a three-button placket, flat lay on white, nothing else.
    # adapter: none
    case(
        "X452-016",
        caption("a brown knit polo shirt on a white background"),
        D.wearing("a brown polo shirt and a pair of jeans", "unsupported"),
        D.color("black", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("it has three buttons on the collar"),
        D.material("knit"),
        title="Knitted polo shirt",
        category="Polo shirts",
        color="Dark brown",
        gender="Men",
    ),
    # photo: white linen-blend wide-leg trousers with a drawstring waist, flat lay on light grey.
    # adapter: none
    case(
        "X452-017",
        caption("a pair of white linen pants with a drawstring"),
        D.wearing("she is wearing white pants"),
        D.garment_type("shorts", "contradiction"),
        D.color("white"),
        D.details("they are white pants", "non_answer"),
        D.material("the pants are white", "restated"),
        title="Linen-blend wide-leg trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: black slim-fit suit blazer on a black hanger against a white backdrop, no shirt or tie.
    # adapter: none
    case(
        "X452-018",
        caption("a black suit jacket on a hanger"),
        D.wearing(
            "the person is wearing a black suit Question: What is the color of the suit? Answer: black",
            "leak",
        ),
        D.details("it has two buttons and a", "cut"),
        D.color("black"),
        D.description("a black blazer with a white shirt and a tie", "unsupported"),
        D.material("wool"),
        title="Slim fit suit blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: navy and white horizontally striped short-sleeve fine-knit top with a boat neck, flat lay on white.
    # caption: adapter
    case(
        "X452-019",
        caption(
            "The lady wears a short-sleeve sweater with stripe patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears a short-sleeve sweater with stripe patterns. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        neckline("a boat neck"),
        title="Striped fine-knit top",
        category="Tops",
        color="Navy blue/White",
        gender="Women",
    ),
    # photo: khaki green long-sleeve linen shirt, one chest pocket, flat lay on white.
    # adapter: none
    case(
        "X452-020",
        caption("a green linen shirt with a pocket"),
        D.wearing("she is wearing a green shirt", "pronoun"),
        D.color("green"),
        D.details("it has a pocket on the front and buttons"),
        D.material("cotton", "contradiction"),
        D.description("a blue shirt with a pocket", "contradiction"),
        title="Linen shirt",
        category="Shirts",
        color="Khaki green",
        gender="Men",
    ),
    # photo: leopard print satin midi slip skirt with an elastic waist, flat lay on white.
    # adapter: none
    case(
        "X452-021",
        caption("a leopard print skirt on a white background"),
        D.wearing("a leopard print dress", "contradiction"),
        D.pattern("floral", "contradiction"),
        D.color("brown"),
        D.description("a leopard print midi skirt with an elastic waist"),
        D.material("satin"),
        title="Leopard print satin skirt",
        category="Skirts",
        color="Beige/Leopard",
        gender="Women",
    ),
    # photo: stone linen drawstring trousers in a flat lay beside a folded white linen shirt (styling), white floor.
    # adapter: none
    case(
        "X452-022",
        caption("a pair of beige pants and a white shirt"),
        D.wearing("a white shirt and beige pants"),
        D.garment_type("trousers"),
        D.color("white", "other_garment_color"),
        color_of("pants", "beige"),
        color_of("shirt", "beige", "other_garment_color"),
        D.details("the pants have a drawstring"),
        D.material("it is made of", "cut"),
        title="Linen drawstring trousers",
        category="Trousers",
        color="Stone",
        gender="Men",
    ),
    # photo: white oversized linen shirt on a hanger against a white wall, a potted plant beside it.
    # caption, description: adapter
    case(
        "X452-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory in her hand. The lady wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.material("linen"),
        D.details("a plant", "non_answer"),
        title="Oversized linen shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: burgundy long-sleeve square-neck rib top on a ghost mannequin, grey backdrop.
    # adapter: none
    case(
        "X452-024",
        caption("a red long sleeve top"),
        D.wearing(
            "a red sweater with a square neck Question: What is the color of the sweater? Answer: red",
            "leak",
        ),
        D.color("purple", "contradiction"),
        neckline("square neck"),
        D.material("ribbed knit"),
        title="Square-neck rib top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: beige linen-blend single-breasted blazer, two buttons, two flap pockets and a breast pocket, on a wooden
    # hanger against a grey wall. adapter: none
    case(
        "X452-025",
        caption("a beige blazer hanging on a grey wall"),
        D.wearing("a man in a beige suit", "unsupported"),
        D.garment_type("jacket"),
        D.color("grey", "contradiction"),
        D.details("it has two buttons and three pockets"),
        D.material("linen"),
        title="Linen-blend blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: dark grey pinstripe high-waisted wide-leg trousers on a ghost mannequin, white backdrop.
    # caption, description: adapter
    case(
        "X452-026",
        caption(
            "The lady wears a long trousers. The trousers are with cotton fabric and stripe patterns. The lady wears "
            "a long trousers. The trousers are with cotton fabric and stripe patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of grey striped pants and a white shirt", "unsupported"),
        D.color("grey"),
        D.details("they have a high waist and a wide leg"),
        D.description(
            "The lady wears a long trousers. The trousers are with cotton fabric and stripe patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        title="Wide-leg pinstripe trousers",
        category="Trousers",
        color="Dark grey/Pinstripe",
        gender="Women",
    ),
    # photo: khaki green satin slip midi skirt in a flat lay with a folded cream knit sweater above it (styling).
    # adapter: none
    case(
        "X452-027",
        caption("a green skirt and a white sweater"),
        D.wearing("a white sweater and a green skirt"),
        D.color("white", "other_garment_color"),
        color_of("skirt", "green"),
        D.material("silk", "unsupported"),
        D.description("a white satin skirt", "other_garment_color"),
        title="Satin slip midi skirt",
        category="Skirts",
        color="Khaki green",
        gender="Women",
    ),
    # photo: navy fine-knit crew-neck jumper, long sleeves, ribbed cuffs and hem, flat lay on white.
    # adapter: none
    case(
        "X452-028",
        caption("a navy blue sweater on a white background"),
        D.wearing("she is wearing a blue sweater", "pronoun"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "contradiction"),
        D.details("it has a crew neck and ribbed cuffs"),
        title="Fine-knit cotton jumper",
        category="Knitwear",
        color="Navy",
        gender="Men",
    ),
    # photo: light blue and white vertically striped long-sleeve linen shirt, one chest pocket, flat lay on white.
    # caption, material: adapter
    case(
        "X452-029",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt"),
        D.pattern("striped"),
        D.color("blue"),
        D.material(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details("it has a pocket"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Striped linen shirt",
        category="Shirts",
        color="Light blue/Striped",
        gender="Women",
    ),
    # photo: cream open-knit short-sleeve resort shirt with a camp collar and buttons, on a wooden hanger, white wall.
    # adapter: none
    case(
        "X452-030",
        caption("a white crochet shirt on a hanger"),
        D.wearing("he is wearing a white shirt"),
        D.garment_type("sweater", "contradiction"),
        D.color("white"),
        D.material("cotton"),
        D.details(
            "a crochet shirt with a collar and buttons Question: What is the material of the shirt? Answer: cotton",
            "leak",
        ),
        title="Open-knit resort shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: white single-breasted tailored blazer with tonal white buttons on a ghost mannequin over a black top, grey
    # backdrop. adapter: none
    case(
        "X452-031",
        caption("a white blazer with a black top"),
        D.wearing("a white blazer"),
        D.garment_type("blazer"),
        D.color("black", "other_garment_color"),
        D.description("a black blazer with a white shirt", "other_garment_color"),
        D.details("it has two pockets and one button"),
        D.material("white", "restated"),
        title="Tailored blazer",
        category="Blazers",
        color="White",
        gender="Women",
    ),
    # photo: white long-sleeve linen shirt with a grandad (band) collar on a wooden hanger against a white wall.
    # caption: adapter
    case(
        "X452-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady also wears a long trousers. The trousers are with",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a white shirt"),
        D.color("white"),
        closure("", "non_answer"),
        D.material("cotton", "contradiction"),
        neckline("a mandarin collar"),
        title="Linen grandad collar shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: lilac short-sleeve crew-neck fine-knit top, flat lay on white.
    # adapter: none
    case(
        "X452-033",
        caption("a purple knitted top"),
        D.wearing("a pink sweater", "contradiction"),
        D.color("pink", "contradiction"),
        D.details("it is a knit top", "non_answer"),
        D.material("knit"),
        title="Short-sleeve knit top",
        category="Tops",
        color="Lilac",
        gender="Women",
    ),
    # photo: navy double-breasted blazer with gold buttons on a ghost mannequin, nothing under it, grey backdrop.
    # details: adapter
    case(
        "X452-034",
        caption("a navy blue blazer with gold buttons"),
        D.wearing("a blue blazer and a white shirt and a tie", "unsupported"),
        D.garment_type("blazer"),
        D.color("navy"),
        D.details(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel",
            "cut",
            hit_limit=True,
        ),
        D.material("wool"),
        title="Double-breasted blazer",
        category="Blazers",
        color="Navy",
        gender="Men",
    ),
    # photo: off-white bias-cut satin slip skirt, flat lay on a beige linen sheet.
    # adapter: none
    case(
        "X452-035",
        caption("a white satin skirt on a beige sheet"),
        D.wearing("a white skirt"),
        D.color("beige", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        D.description("a white satin skirt with lace trim", "unsupported"),
        D.material("it is made of", "cut"),
        title="Bias-cut satin skirt",
        category="Skirts",
        color="Off-white",
        gender="Women",
    ),
    # photo: black ribbed knit tank top, flat lay on white.
    # caption: adapter
    case(
        "X452-036",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The gentleman wears a sleeveless tank top with pure color patterns. The tank",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black tank top"),
        D.color("black"),
        D.details("a black tank top with a ribbed texture"),
        D.material(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Ribbed knit tank top",
        category="Tops",
        color="Black",
        gender="Men",
    ),
    # photo: light beige linen blazer on a wooden hanger against a terracotta wall, no belt.
    # adapter: none
    case(
        "X452-037",
        caption("a beige jacket hanging on an orange wall"),
        D.wearing("a beige jacket"),
        D.garment_type("blazer"),
        D.color("orange", "contradiction"),
        D.description("a beige jacket with a belt", "unsupported"),
        D.material("linen"),
        title="Linen blazer",
        category="Blazers",
        color="Light beige",
        gender="Women",
    ),
    # photo: brown flowing wide-leg trousers with an elastic waist, hung from a clip hanger, white backdrop; the wide
    # legs fall together like a skirt. caption, material: adapter
    case(
        "X452-038",
        caption(
            "The lady wears a long trousers. The trousers are with chiffon fabric and pure color patterns. There is "
            "an accessory on her wrist. The lady wears a long trousers. The trousers are with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("skirt", "contradiction"),
        D.color("brown"),
        D.wearing("a pair of brown pants"),
        D.details("they have an elastic waist"),
        D.material(
            "The lady wears a long trousers. The trousers are with chiffon fabric and pure color patterns. The lady "
            "wears a long",
            "restated",
            hit_limit=True,
        ),
        title="Wide-leg flowing trousers",
        category="Trousers",
        color="Chocolate",
        gender="Women",
    ),
    # photo: green palm-leaf print short-sleeve linen-blend shirt on a wooden hanger, white backdrop.
    # adapter: none
    case(
        "X452-039",
        caption("a green shirt with palm leaves on it"),
        D.wearing("a shirt with a leaf print"),
        D.pattern("floral"),
        D.color("green"),
        D.sleeve_length("short sleeves"),
        D.details("it has palm leaves and a pineapple", "unsupported"),
        D.material("silk", "contradiction"),
        title="Printed linen-blend shirt",
        category="Shirts",
        color="Green/Palm print",
        gender="Men",
    ),
    # photo: cream V-neck knit vest, flat lay on white.
    # adapter: none
    case(
        "X452-040",
        caption("a white knitted vest on a white background"),
        D.wearing("a white sweater vest and a white shirt", "unsupported"),
        D.garment_type("vest"),
        D.color("beige"),
        D.material("wool"),
        D.details("it has a v-neck and a", "cut"),
        title="Knit vest",
        category="Knitwear",
        color="Cream",
        gender="Women",
    ),
    # photo: black wide-leg trousers sold with a black faux-leather belt, flat lay on grey.
    # adapter: none
    case(
        "X452-041",
        caption("a pair of black pants with a belt"),
        D.wearing("he is wearing black pants"),
        D.color("black"),
        D.details("they have a belt"),
        is_a("belt", "yes", "contradiction"),
        D.material("leather", "unsupported"),
        fit("wide leg"),
        title="Wide-leg trousers with belt",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: black knit halterneck top, flat lay on white.
    # caption: adapter
    case(
        "X452-042",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitting fabric. It "
            "has a suspenders neckline. There is an accessory on her neck. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black halter top"),
        D.sleeve_length("sleeveless"),
        D.color("black"),
        neckline("it has a halter neck and a gold chain", "unsupported"),
        title="Knit halterneck top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: brown and beige check wool-blend blazer, flat lay on white.
    # adapter: none
    case(
        "X452-043",
        caption("a brown plaid blazer"),
        D.wearing("", "non_answer"),
        D.pattern("plaid"),
        D.color("brown"),
        D.material("wool"),
        D.description("the blazer is a blazer", "restated"),
        title="Checked wool-blend blazer",
        category="Blazers",
        color="Brown/Check",
        gender="Men",
    ),
    # photo: navy satin slip skirt with small white polka dots, flat lay on white.
    # caption: adapter
    case(
        "X452-044",
        caption(
            "The lady wears a long skirt with graphic patterns. The skirt is with chiffon fabric. There is an "
            "accessory on her wrist. The lady wears a long skirt with graphic patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue polka dot skirt"),
        D.pattern("polka dot"),
        D.material("chiffon", "unsupported"),
        D.color("white", "contradiction"),
        D.description(
            "a navy blue skirt with white polka dots Question: Describe the skirt. Answer: a navy blue skirt with "
            "white polka dots",
            "leak",
        ),
        title="Polka dot slip skirt",
        category="Skirts",
        color="Navy/White dot",
        gender="Women",
    ),
    # photo: black long-sleeve linen shirt with black buttons, flat lay on grey concrete.
    # adapter: none
    case(
        "X452-045",
        caption("a black shirt on a concrete floor"),
        D.wearing("a black shirt and black pants", "unsupported"),
        D.color("black"),
        D.details("the shirt has a black", "cut"),
        D.material("linen"),
        D.description("a black shirt with white buttons", "unsupported"),
        title="Linen shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue cropped knit cardigan with buttons, flat lay with a white rib tank folded inside it.
    # adapter: none; the feed row has no gender
    case(
        "X452-046",
        caption("a blue cardigan and a white tank top"),
        D.wearing("a blue sweater and a white top"),
        D.color("white", "other_garment_color"),
        color_of("cardigan", "blue"),
        color_of("top", "blue", "other_garment_color"),
        D.details("it has buttons down the front and a pocket", "unsupported"),
        D.material("a blue cardigan", "restated"),
        title="Knit cardigan",
        category="Cardigans",
        color="Light blue",
    ),
]
