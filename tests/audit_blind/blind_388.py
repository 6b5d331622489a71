"""BLIND_388 (46 products; men's apparel night-run sample: tees, shirts, bottoms, kurtas, layers, innerwear): written
blind in the forty-fifth session. Measured blind at 087b5dd (the session's rules as they stood): 104/116 failures
found (89.7%) and 2/148 correct texts flagged (1.4%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for men, drawn at random from one night's run of enrich: t-shirts and
polos, casual and formal shirts, jeans, chinos and formal trousers, shorts, track pants and joggers, kurtas and kurta
sets (kurta with pyjama or churidar, one with a Nehru jacket), jackets, sweaters and cardigans, and innerwear (brief
and trunk packs, vests, thermals). Model shots (often layered: a shirt over a tee, a jacket over a hoodie, a tee
tucked into chinos) and flat-lays on white; some backdrops have colored walls, brick, wood, plants or a gym. Each
product has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a ...")
or from the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The gentleman wears a
long-sleeve shirt with lattice patterns. The shirt is with cotton fabric ..."). The adapter has no end-of-answer
token, so each adapter text runs to its limit (hit_limit=True) and, asked a question, returns its template. Open
answers (wearing, description, details, material) come from the base model unless the comment before the case says
the adapter answered them; the base model stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions, "Is this a ...?") are enrich's
`--engine reference` answers chosen from candidate sets; they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, blue for navy, indigo or sky blue, green for olive
  or teal, yellow for mustard, white for cream or off white, grey for charcoal or grey melange, beige or khaki for
  beige. A print, patch or trim color given as the garment's color (red for a white tee's red graphic, white for the
  white flowers on navy shorts, brown for a jeans' leather patch) is contradiction, and so is a wall or backdrop
  color given as the garment's (pink for a yellow kurta before a pink wall, brown for a cream cardigan before a wood
  wall).
- The color of another garment in the photo (the tee under a shirt, the pyjama of a kurta set, the jacket over the
  kurta, the tucked-in shirt) given to the product, by a closed answer or an open one, is other_garment_color; an
  open answer that gives both garments the one color of the other ("a white t-shirt and white pants") is too.
- Garment synonyms are correct: pants or joggers or sweatpants for track pants, pants for chinos and trousers, tank
  top or undershirt for a vest, sweatshirt for a hoodie, vest for a Nehru jacket, pajamas for a pyjama or churidar,
  shirt for a t-shirt or thermal top in an open answer. The reference engine picking another worn garment ("jacket"
  for a shirt under a blazer), "shorts" for briefs, or "no" to "Is this a kurta?" for a kurta is contradiction.
- The adapter's template calling the product's kurta a "shirt" is contradiction (the misnaming is seen first, as
  with a jumpsuit called a dress), hit_limit kept. The adapter's template opening with "The lady" for a man is
  pronoun, hit_limit kept; "she" from the base model for a man is pronoun.
- Adapter texts: one that repeats a sentence or clause of the template is loop; one that stops mid-sentence without
  repeating is cut (even where the last clause happens to read complete); the template returned for the material
  question is restated, even though it names a fabric and is also cut. The template answering the wearing question
  answers it, so it is cut or loop.
- A base answer stopped early mid-phrase ("it is made of", "elastic cuffs at the") is cut without hit_limit.
- Materials: a fabric the title names is correct (cotton, linen, denim, polyester, flannel, leather for a leather
  look jacket); one the title contradicts or that is neither named nor visible (silk for a cotton blend kurta, wool
  for an acrylic sweater or a cotton thermal, fur for a puffer with no fur) is unsupported. A material answer that
  only restates the garment and its color is restated; "the garment is made of material" and "the shorts are made
  of fabric" are non_answer.
- Invented items not in the photo (a chest pocket, a hood, a belt, a tie, a necklace, a chain, a scarf, a hat,
  sunglasses, a logo, a rip on clean-look jeans) are unsupported; items that are there (a brown belt, sandals, white
  side stripes, a chest pocket the photo shows) are correct.
- "a pair of underwear" for a pack of two trunks is contradiction (the count against the title).
- Details answered with only the garment and its color ("the jeans are grey") and an empty answer are non_answer.
- Base answers running on into "Question: ... Answer: ..." are leak, even where the first words are right, and so
  is an answer that is only the prompt echoed back.
- Other closed answers that are plainly wrong are contradiction: navy as black, sky blue as white, a cable knit as
  striped, a striped tee as solid, long sleeves called short (and short called long), track pants as jeans.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")

BLIND_388 = [
    # photo: model in a navy round-neck plain tee, light blue jeans, plain white studio backdrop, front view.
    # no adapter texts
    case(
        "X388-001",
        caption("a man wearing a navy t-shirt and jeans standing in front of a white wall"),
        D.wearing("a blue t-shirt and jeans"),
        D.color("black", "contradiction"),
        color_jeans("blue"),
        D.details("the t-shirt has a pocket on the chest", "unsupported"),
        D.material("cotton"),
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white shirt with thin blue vertical stripes, one chest pocket, sleeves down, beige chinos,
    # grey backdrop.
    # caption: adapter
    case(
        "X388-002",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and khaki pants"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        color_pants("white", "other_garment_color"),
        D.details("the shirt has a pocket on the chest and", "cut"),
        title="Men White & Blue Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a plain white tee, black slim clean-look jeans (no rips), white sneakers, light grey backdrop.
    # no adapter texts
    case(
        "X388-003",
        caption("a man in a white t-shirt and black jeans"),
        D.wearing("a white t-shirt and black jeans"),
        color_jeans("white", "other_garment_color"),
        D.details("a rip on the knee", "unsupported"),
        D.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of olive green chinos on white, no belt, back pockets not shown.
    # caption: adapter
    case(
        "X388-004",
        caption(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("green"),
        D.description("a pair of green pants"),
        D.details("the pants have a black belt", "unsupported"),
        D.material("cotton"),
        title="Men Olive Green Slim Fit Solid Cotton Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a black tee and grey melange knee-length shorts, white sneakers, white backdrop.
    # no adapter texts
    case(
        "X388-005",
        caption("a man in a black t-shirt and grey shorts"),
        D.wearing("she is wearing a black t-shirt and grey shorts", "pronoun"),
        color_shorts("black", "other_garment_color"),
        D.material("cotton"),
        is_a("pair of shorts", "yes"),
        D.details("they are grey shorts", "non_answer"),
        title="Men Grey Melange Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in navy track pants with a white stripe down each side, white tee, grey backdrop.
    # no adapter texts
    case(
        "X388-006",
        caption("a man in a white shirt and blue track pants"),
        D.wearing("a white t-shirt and white pants", "other_garment_color"),
        color_pants("blue"),
        D.pattern("solid"),
        D.details("white stripes on the side"),
        D.material("polyester"),
        title="Men Navy Blue Solid Polyester Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white chikankari-embroidered straight kurta, white pyjama, beige backdrop.
    # caption: adapter
    case(
        "X388-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),
        D.color("white"),
        D.wearing("a white kurta and white pajamas"),
        D.details("embroidery on the front"),
        is_a("kurta", "yes"),
        title="Men White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: model in a maroon self-design kurta, cream churidar, brown mojaris, marigold garlands behind;
    # no jewellery.
    # no adapter texts
    case(
        "X388-008",
        caption("a man in a red kurta and white pants"),
        color_kurta("cream", "other_garment_color"),
        color_pants("white"),
        D.wearing("a red and gold kurta with a necklace", "unsupported"),
        D.material("silk", "unsupported"),
        title="Men Maroon Self Design Cotton Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a black leather-look biker jacket (no hood) over a grey tee, blue jeans, white backdrop.
    # no adapter texts
    case(
        "X388-009",
        caption("a man in a black leather jacket and jeans"),
        D.wearing("a black jacket, a grey t-shirt and blue jeans"),
        color_jacket("black"),
        D.material("leather"),
        D.details("it has a hood", "unsupported"),
        D.color("grey", "other_garment_color"),
        title="Men Black Solid Leather Look Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a mustard cable-knit crew-neck pullover over a white collared shirt, beige chinos.
    # caption: adapter
    case(
        "X388-010",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.wearing("a yellow sweater and a white shirt"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        D.pattern("striped", "contradiction"),
        title="Men Mustard Yellow Cable Knit Acrylic Pullover Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: flat-lay of three folded briefs (black, grey, navy) on white, plain self-colored waistbands.
    # no adapter texts
    case(
        "X388-011",
        caption("three pairs of underwear on a white background"),
        D.garment_type("shorts", "contradiction"),
        D.description("three pairs of briefs in black, grey and blue"),
        D.material("cotton"),
        D.details("elastic waistband with a white logo", "unsupported"),
        title="Men Pack of 3 Solid Cotton Briefs",
        category="Innerwear",
        color="Multi",
    ),
    # photo: model in a white short-sleeve tee with a large red and black skull graphic, black jeans, red brick wall.
    # no adapter texts
    case(
        "X388-012",
        caption("a man in a white t-shirt with a red graphic standing against a brick wall"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.wearing("a white t-shirt and black jeans"),
        D.details(
            "a graphic print of a skull Question: What is the color of the t-shirt? Answer: white",
            "leak",
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men White Graphic Printed Round Neck Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a green and navy checked shirt worn open over a white tee, dark jeans; two chest pockets.
    # caption: adapter
    case(
        "X388-013",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("checked"),
        D.wearing("a green plaid shirt over a white t-shirt and jeans"),
        color_shirt("white", "other_garment_color"),
        D.details("two pockets on the chest"),
        title="Men Green & Navy Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: model in light blue relaxed jeans with ripped knees, black hoodie, white backdrop.
    # no adapter texts
    case(
        "X388-014",
        caption("a man in a black hoodie and ripped jeans"),
        color_jeans("black", "other_garment_color"),
        D.details("ripped knees"),
        D.wearing("a black sweatshirt and blue jeans"),
        D.material("the jeans are light blue", "restated"),
        D.description("a pair of light blue jeans with ripped knees and", "cut"),
        title="Men Light Blue Relaxed Fit Highly Distressed Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in charcoal grey formal trousers with a front crease, white formal shirt tucked in, black belt.
    # no adapter texts
    case(
        "X388-015",
        caption("a man in a white shirt and grey pants"),
        D.color("grey"),
        color_pants("white", "other_garment_color"),
        D.wearing("a white shirt tucked into grey pants with a black belt"),
        D.details("the pants have a pocket on the back and a pocket on the", "cut"),
        is_a("pair of trousers", "no", "contradiction"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat-lay of navy shorts with a small white flower print, on white.
    # caption: adapter
    case(
        "X388-016",
        caption(
            "The shorts are with cotton fabric and floral patterns. The gentleman wears a shorts. The shorts are with "
            "cotton fabric and floral patterns. The gentleman wears a shorts. The",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.description("a pair of blue shorts with white flowers"),
        D.material("the shorts are made of fabric", "non_answer"),
        title="Men Navy Blue Floral Printed Cotton Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in black joggers with ribbed ankle cuffs, olive tee, white sneakers, bare head, grey backdrop.
    # no adapter texts; the feed row has no color
    case(
        "X388-017",
        caption("a man in a green t-shirt and black joggers wearing a hat", "unsupported"),
        D.wearing("a green shirt and black pants"),
        D.color("black"),
        D.details("elastic cuffs at the", "cut"),
        D.material("cotton"),
        title="Men Black Solid Cotton Joggers",
        category="Track Pants",
        gender="Men",
    ),
    # photo: model in an indigo kurta with a small white block print, no pocket, white pyjama, white backdrop.
    # caption: adapter
    case(
        "X388-018",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long trousers. The trousers are with cotton",
            "pronoun",
            hit_limit=True,
        ),
        color_kurta("white", "other_garment_color"),
        D.pattern("printed"),
        D.wearing("a blue kurta and white pants"),
        is_a("kurta", "yes"),
        D.details("the kurta has a pocket on the chest", "unsupported"),
        title="Men Indigo Blue Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a yellow mandarin-collar kurta and white pyjama, standing before a pink painted wall.
    # no adapter texts
    case(
        "X388-019",
        caption("a man in a yellow kurta standing in front of a pink wall"),
        D.color("pink", "contradiction"),
        color_pyjama("white"),
        D.wearing("a yellow kurta and white pajamas"),
        D.material("cotton Question: What is the color of the pyjama? Answer: white", "leak"),
        D.description("a yellow kurta with a mandarin collar and", "cut"),
        title="Men Yellow Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: model in an olive bomber jacket with a zip pocket on the sleeve, black tee, black jeans.
    # wearing, material: adapter
    case(
        "X388-020",
        caption("a man in a green bomber jacket and black pants"),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        color_jacket("black", "other_garment_color"),
        D.details("a zipper on the sleeve"),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Polyester Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of a navy v-neck fine-knit sweater on white.
    # details: adapter
    case(
        "X388-021",
        caption("a navy blue sweater on a white background"),
        D.garment_type("sweater"),
        D.color("black", "contradiction"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a V-shape neckline. The sweater is "
            "with knitting fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        title="Men Navy Blue Solid V-Neck Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white sleeveless ribbed vest, cropped at the waist, bare neck, white backdrop.
    # no adapter texts
    case(
        "X388-022",
        caption("a man in a white tank top"),
        D.garment_type("tank top"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.wearing("a white undershirt and a gold chain", "unsupported"),
        D.material("a white vest", "restated"),
        title="Men White Solid Pure Cotton Innerwear Vest",
        category="Innerwear",
        color="White",
        gender="Men",
    ),
    # photo: model in a maroon polo tee with a two-button placket, beige chinos, grey backdrop.
    # caption: adapter
    case(
        "X388-023",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.garment_type("polo shirt"),
        D.wearing("a maroon polo shirt and beige pants"),
        color_pants("red", "other_garment_color"),
        D.details("a collar with two buttons"),
        title="Men Maroon Solid Polo Collar Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a sky blue formal shirt, top button open, no tie, navy trousers, white backdrop.
    # no adapter texts
    case(
        "X388-024",
        caption("a man in a light blue shirt and blue pants"),
        D.wearing("a blue shirt and a tie", "unsupported"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("Question: What material is the shirt made of? Answer: cotton", "leak"),
        D.details("the shirt has buttons and a collar"),
        title="Men Sky Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of dark blue slim jeans on white, brown leather patch on the waistband.
    # caption, details: adapter
    case(
        "X388-025",
        caption(
            "The trousers are with denim fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with denim fabric and pure color patterns. The gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("brown", "contradiction"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Men Dark Blue Slim Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Men",
    ),
    # photo: model in beige pleated linen trousers, white linen shirt untucked over the waist, sand-colored backdrop.
    # no adapter texts
    case(
        "X388-026",
        caption("a man in a white shirt and beige pants"),
        D.color("beige"),
        color_pants("beige"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        D.material("linen"),
        D.description("a pair of beige pants"),
        title="Men Beige Pleated Cotton Linen Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in olive cargo shorts with side flap pockets, white tee, white backdrop.
    # no adapter texts
    case(
        "X388-027",
        caption("a man in a white t-shirt and green cargo shorts"),
        D.details("cargo pockets on the side"),
        color_shorts("white", "other_garment_color"),
        D.wearing("she is wearing a white shirt and shorts", "pronoun"),
        is_a("pair of shorts", "yes"),
        D.material("denim", "unsupported"),
        title="Men Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of grey melange track pants with a white drawstring, on white.
    # caption, material: adapter
    case(
        "X388-028",
        caption(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        D.garment_type("jeans", "contradiction"),
        D.description("a pair of grey sweatpants"),
        D.details("drawstring at the waist"),
        D.material(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton",
            "restated",
            hit_limit=True,
        ),
        title="Men Grey Melange Solid Cotton Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a black mandarin-collar kurta with gold buttons, white pyjama, grey backdrop.
    # no adapter texts
    case(
        "X388-029",
        caption("a man in a black kurta"),
        D.wearing("a black kurta and white pants"),
        D.color("white", "other_garment_color"),
        D.details("gold buttons on the front"),
        D.material("it is made of", "cut"),
        title="Men Black Solid Mandarin Collar Cotton Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: model in a cream kurta and pyjama with a navy printed Nehru jacket over the kurta; no scarf, no dupatta.
    # no adapter texts
    case(
        "X388-030",
        caption("a man in a white kurta and a blue vest"),
        color_kurta("white"),
        color_jacket("white", "other_garment_color"),
        D.wearing("a white kurta, a blue jacket and white pants"),
        D.description("a white kurta with a blue nehru jacket and a red scarf", "unsupported"),
        D.material("silk", "unsupported"),
        title="Men Cream Cotton Kurta & Pyjama with Navy Printed Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a mid-blue denim trucker jacket over a white hoodie, black jeans, white backdrop.
    # caption, details: adapter
    case(
        "X388-031",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The denim jacket is with denim "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue denim jacket, a white hoodie and black jeans"),
        color_jacket("blue"),
        D.material("denim"),
        D.color("black", "other_garment_color"),
        D.details(
            "The denim jacket is with denim fabric and pure color patterns. It has a lapel neckline. The gentleman "
            "wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        title="Men Blue Washed Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a red and white horizontally striped crew-neck pullover (no hood), blue jeans.
    # no adapter texts
    case(
        "X388-032",
        caption("a man in a red and white striped sweater"),
        D.pattern("striped"),
        D.color("red"),
        D.wearing("a red and white striped sweater and blue jeans"),
        D.details("the sweater has a hood", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Red & White Striped Pullover Sweater",
        category="Sweaters",
        color="Red",
        gender="Men",
    ),
    # photo: flat-lay of two trunks, one navy and one grey, side by side on white.
    # caption, details: adapter; the feed row has no gender
    case(
        "X388-033",
        caption(
            "The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. The gentleman "
            "wears a shorts. The shorts are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("underwear"),
        D.description("a pair of blue underwear", "contradiction"),
        D.material("cotton"),
        D.color("blue"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a shorts. The shorts are "
            "with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Men Pack of 2 Solid Cotton Trunks",
        category="Innerwear",
        color="Navy Blue & Grey",
    ),
    # photo: model in a black long-sleeve henley with a three-button placket, grey joggers, grey backdrop.
    # no adapter texts
    case(
        "X388-034",
        caption("a man in a black long sleeve shirt and grey pants"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.wearing("a black shirt and grey", "cut"),
        D.color("black"),
        D.details("three buttons on the neck"),
        D.material("the garment is made of material", "non_answer"),
        title="Men Black Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a pink oxford shirt under an unbuttoned navy blazer, grey trousers, white backdrop.
    # no adapter texts
    case(
        "X388-035",
        caption("a man in a navy blazer and pink shirt"),
        color_shirt("blue", "other_garment_color"),
        D.wearing("a pink shirt, a blue blazer and grey pants"),
        D.garment_type("jacket", "contradiction"),
        D.material("cotton Question: What is the color of the shirt? Answer: pink", "leak"),
        title="Men Pink Solid Cotton Oxford Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in grey skinny jeans (no belt, tee untucked over the waist), navy crew-neck tee, white sneakers.
    # caption: adapter
    case(
        "X388-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim",
            "pronoun",
            hit_limit=True,
        ),
        color_jeans("grey"),
        D.wearing("he is wearing a blue shirt and grey jeans"),
        D.details("the jeans are grey", "non_answer"),
        is_a("pair of jeans", "yes"),
        D.description("a pair of grey jeans with a black belt", "unsupported"),
        title="Men Grey Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: model in navy slim chinos with a brown leather belt, white tee tucked in, tan loafers.
    # no adapter texts
    case(
        "X388-037",
        caption("a man wearing a white t-shirt and navy pants"),
        D.color("white", "other_garment_color"),
        D.details("belt loops and a brown belt"),
        D.description("a pair of blue pants Question: Describe the shirt. Answer: a white t-shirt", "leak"),
        D.material("cotton"),
        title="Men Navy Blue Slim Fit Cotton Stretch Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in black sports shorts and a red tee, in a gym with racks of weights behind.
    # no adapter texts
    case(
        "X388-038",
        caption("a man in a red shirt and black shorts in a gym"),
        D.wearing("a red t-shirt and red shorts", "other_garment_color"),
        color_shorts("black"),
        D.details("", "non_answer"),
        D.material("polyester"),
        title="Men Black Solid Dry Fit Polyester Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: model in navy track pants with red side panels, grey pullover hoodie, white backdrop.
    # caption, material: adapter
    case(
        "X388-039",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and blue and red pants"),
        color_pants("grey", "other_garment_color"),
        D.pattern("color block"),
        D.details("red panels on the side"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue & Red Colourblocked Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a teal Pathani kurta with a collar and a chest pocket, matching teal salwar, white backdrop.
    # no adapter texts
    case(
        "X388-040",
        caption("a man in a green kurta and green pants"),
        D.color("green"),
        D.wearing("a green kurta pajama"),
        D.details("a collar and a pocket on the chest"),
        D.material("the kurta is green", "restated"),
        is_a("kurta", "no", "contradiction"),
        title="Men Teal Solid Pathani Kurta with Salwar",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: model sitting on stone stairs beside a potted plant, navy kurta with yoke embroidery, white pyjama,
    # brown sandals.
    # material: adapter
    case(
        "X388-041",
        caption("a man in a blue kurta sitting on stairs next to a plant"),
        color_kurta("blue"),
        color_pants("blue", "other_garment_color"),
        D.details("embroidery on the neck"),
        D.wearing("a blue kurta with a white pajama and sandals"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue Yoke Design Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of a navy quilted puffer jacket with a plain hood (no fur trim), zipped, on white.
    # no adapter texts
    case(
        "X388-042",
        caption("a blue puffer jacket with a hood"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.details("it is a jacket", "non_answer"),
        D.material("fur", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Men Navy Blue Quilted Hooded Padded Polyester Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an off-white button-front cardigan over a navy tee, against a wood-panelled wall.
    # caption, details: adapter
    case(
        "X388-043",
        caption(
            "The gentleman wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. It has a V-shape neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.wearing("a white cardigan over a blue t-shirt"),
        is_a("cardigan", "yes"),
        D.description("a brown sweater", "contradiction"),
        D.details(
            "The cardigan is with knitting fabric and pure color patterns. It has a V-shape neckline. The cardigan "
            "is with knitting fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Men Off White Solid Cotton Cardigan",
        category="Sweaters",
        color="Off White",
        gender="Men",
    ),
    # photo: model in a black long-sleeve round-neck thermal top, no print or logo, cropped at the hips,
    # white backdrop.
    # no adapter texts
    case(
        "X388-044",
        caption("a man in a black long sleeve shirt"),
        D.garment_type("t-shirt"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        D.wearing("she is wearing a black shirt", "pronoun"),
        D.description("a black long sleeve shirt with a white logo on the chest", "unsupported"),
        title="Men Black Solid Cotton Thermal Top",
        category="Innerwear",
        color="Black",
        gender="Men",
    ),
    # photo: model in a yellow short-sleeve tee with navy horizontal stripes, white shorts, no eyewear, white backdrop.
    # no adapter texts
    case(
        "X388-045",
        caption("a man in a yellow and blue striped shirt and white shorts"),
        D.color("yellow"),
        D.pattern("solid", "contradiction"),
        D.wearing("a yellow shirt, white shorts and sunglasses", "unsupported"),
        D.details("Question: What are the details of the garment? Answer:", "leak"),
        title="Men Yellow & Navy Striped Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: model in a red and black checked flannel shirt worn open over a black tee, blue jeans, pine forest behind;
    # one chest pocket.
    # caption: adapter
    case(
        "X388-046",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The gentleman wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("checked"),
        D.wearing("a red and black plaid shirt, a black t-shirt and jeans"),
        D.details("a pocket on the chest Question: What is the color of the shirt? Answer: red", "leak"),
        D.material("flannel"),
        title="Men Red & Black Checked Cotton Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
]
