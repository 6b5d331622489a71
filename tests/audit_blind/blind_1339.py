"""BLIND_1339 (45 products; Myntra men's shirts and tees over jeans or chinos, epoch-2 caption adapter): written blind
in the sixty-third session. Measured blind at 97437fb (the session's sixth rules): 87/99 failures found (87.9%) and
10/169 correct texts flagged (5.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts and t-shirts (article types Shirts and Tshirts), shot the catalog way:
a male model on a plain grey, white or beige backdrop wearing the product over jeans or chinos, sneakers, now and then
a watch, a belt, sunglasses or a cap; a flat lay, two back views, a coffee cup, a stool and a skateboard as
props; two shirts worn open over a tee. Catalog columns as the feed has them: title, category (article type), color
(base colour), gender; one or another left out where the feed had a gap.
Who wrote what: one system wrote every text: BLIP-2 OPT-2.7b with the epoch-2 caption LoRA adapter (DeepFashion
template captions, labels unmasked, no terminator trained), greedy, 50 new tokens for captions and 30 for answers,
prompts in the `Question: ... Answer:` form. The adapter sits between the two published checkpoints: it has not
forgotten how to give a short answer, but for many prompts it returns the caption template instead ("The man wears a
long-sleeve shirt with lattice patterns ..."), which runs on to the token limit because nothing taught it to stop.
Its color words come from the template's patterns (pure color, lattice, striped, graphic), never hues, so a color
question that gets the template gets no color; when it does give a hue, it often gives one garment's color to the
other. DeepFashion is mostly women, so "the lady" and "her" come back for men now and then. It knows no linen,
corduroy or flannel: its fabrics are cotton, denim, chiffon, knitting, leather, furry.
Labeling conventions and judgement calls: one failure kind per text, the one a reader would complain of first. A
template that answers the question asked (what he wears, describe, details, garment type) is judged on its content; if
it stops mid-sentence at the limit it is `cut`. A template (or a pattern word such as "pure color", "striped") given to
a color question, or to a yes/no question, is `non_answer`, cut or not. A wrong hue on the product that belongs to the
jeans/chinos (or to the print) is `other_garment_color`; a wrong hue on the jeans/chinos, or a hue nobody wears, is
`contradiction`; so is a wrong pattern, sleeve length, garment type or a material the title contradicts. A material or
an accessory that nothing in the photo or title supports (chiffon on a plain shirt, a ring, a wrist accessory on a bare
wrist, pants on a flat lay) is `unsupported`. "The lady"/"her" for a men's product is `pronoun` even when the text is
also cut. A repeated sentence or word is `loop`; a text that carries a `Question: ... Answer:` is `leak`; the question's
own words back ("pattern", "the t-shirt details", "a garment") are `restated`. Accepted as correct: red for maroon,
green for olive or teal, beige for khaki, purple for lavender, "grey" for a blue-and-grey check, "white" for a
navy-and-white stripe, "pure color" for a tee with a small chest logo (DeepFashion's own label for it), "medium-sleeve"
for an oversized tee whose sleeves reach the elbow, cotton for shirts and tees whose title names no material, and
"lapel" for a polo collar. Texts that end at a full stop within the limit were stopped by the newline the base model
still emits; hit_limit is marked only on texts that ran to the limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1339 = [
    # Photo: model front view, navy-and-white checked shirt untucked, cuffs buttoned, light blue jeans, white sneakers,
    # grey backdrop. Epoch-2 caption adapter wrote every text.
    case(
        "X1339-001",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and solid color patterns. The man is "
            "wearing a",
            "cut",
            hit_limit=True,
        ),
        wearing("a shirt and jeans", who="he"),
        color_of("shirt", "The shirt is with lattice patterns.", "non_answer"),
        color_of("jeans", "blue"),
        BQ.pattern("lattice"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: black crew-neck tee with a white "HRX" chest print, mid-grey slim jeans, black sneakers, white backdrop.
    # Epoch-2 caption adapter wrote every text; the jeans answer gives them the tee's black.
    case(
        "X1339-002",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        color_of("jeans", "black", "contradiction"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: blue-and-white vertical striped shirt, sleeves rolled to the elbow, untucked over beige chinos, steel
    # watch on the left wrist. Epoch-2 caption adapter wrote every text.
    case(
        "X1339-003",
        caption(
            "The man wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There is "
            "an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped shirt and khaki pants", who="he"),
        color_of("shirt", "striped", "non_answer"),
        color_of(
            "chinos",
            "The chinos are with cotton fabric and pure color patterns. The man wears a long-sleeve shirt with striped "
            "patterns. The shirt is",
            "non_answer",
            hit_limit=True,
        ),
        BQ.sleeve_length("medium-sleeve", "contradiction"),
        describe("shirt", "The shirt has long sleeves, cotton fabric and striped patterns. It has a lapel neckline."),
        gender="Men",
        title="Mast & Harbour Men Blue Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white oversized tee with a large multicolour anime print on the front, ripped light blue jeans, model
    # with hands in pockets. Epoch-2 caption adapter wrote every text; the caption calls him "the lady".
    case(
        "X1339-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. Her T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and solid color patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        BQ.color("white"),
        BQ.pattern("graphic"),
        is_a("t-shirt", "yes"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The pants "
            "are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: olive green solid shirt buttoned up, black jeans, white backdrop. Epoch-2 caption adapter wrote every
    # text; it gives the jeans the shirt's green.
    case(
        "X1339-005",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "green"),
        color_of("jeans", "green", "contradiction"),
        BQ.color("green"),
        BQ.garment_type("shirt"),
        wearing("a green shirt and green pants", "contradiction", who="he"),
        gender="Men",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: mid-blue denim shirt with two flap chest pockets, buttoned, over black chinos, brown boots.
    # Epoch-2 caption adapter wrote every text.
    case(
        "X1339-006",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        BQ.material("denim"),
        color_of("shirt", "blue"),
        color_of("chinos", "blue", "contradiction"),
        details(
            "shirt",
            "The shirt has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The man wears "
            "a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Levis Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: grey melange polo with a small embroidered logo and a two-button placket, navy chinos, grey backdrop.
    # Epoch-2 caption adapter wrote every text.
    case(
        "X1339-007",
        caption(
            "This guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. This guy wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        is_a("polo shirt", "yes"),
        color_of("t-shirt", "grey"),
        color_of("pants", "grey", "contradiction"),
        BQ.pattern("pure color"),
        BQ.garment_type(
            "The T-shirt is with cotton fabric. It has a lapel neckline. This guy wears a long pants. The pants are "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: maroon-and-navy tartan check shirt, sleeves rolled, untucked over dark blue jeans, white sneakers.
    # Epoch-2 caption adapter wrote every text; the caption starts over after its third sentence.
    case(
        "X1339-008",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton fabric "
            "and its neckline is lapel. The pants are with denim fabric and solid color patterns. The man wears a "
            "long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "red and blue"),
        color_of("jeans", "blue"),
        wearing("a plaid shirt and jeans", who="he"),
        BQ.sleeve_length("long-sleeve"),
        gender="Men",
        title="Highlander Men Maroon Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: plain white crew-neck tee, light blue jeans, one hand in pocket, silver watch. Epoch-2 caption adapter
    # wrote every text; the t-shirt color answer gives it the jeans' blue.
    case(
        "X1339-009",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        BQ.color("white"),
        BQ.material("cotton"),
        describe(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round.",
        ),
        gender="Men",
        title="HERE&NOW Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: pastel pink button-down shirt tucked into beige chinos, brown belt, beige backdrop. Epoch-2 caption
    # adapter wrote every text; the template calls him "the lady" twice.
    case(
        "X1339-010",
        caption(
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The lady "
            "wears "
            "a long trousers. The trousers are with cotton fabric and pure color patterns. There is an accessory on "
            "her waist.",
            "pronoun",
        ),
        color_of("shirt", "pink"),
        color_of("chinos", "white", "contradiction"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        BQ.pattern(
            "pure color Question: What is the sleeve length of the garment? Answer: long-sleeve",
            "leak",
        ),
        gender="Men",
        title="Campus Sutra Men Pink Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: dark green short-sleeve camp-collar shirt with a small white leaf print, light grey chinos.
    # Epoch-2 caption adapter wrote every text.
    case(
        "X1339-011",
        caption(
            "The man wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with cotton fabric "
            "and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        BQ.pattern("floral"),
        BQ.sleeve_length("short-sleeve"),
        color_of(
            "shirt",
            "The shirt is with floral patterns. The shirt is with floral patterns. The shirt is with floral patterns. "
            "The shirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "grey"),
        BQ.material("cotton"),
        gender="Men",
        title="The Indian Garage Co Men Green Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: red polo with a small white cat logo on the chest, dark navy jeans, bare wrists, white backdrop.
    # Epoch-2 caption adapter wrote every text; the caption invents a wrist accessory.
    case(
        "X1339-012",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There is "
            "an accessory on his wrist. This",
            "unsupported",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        color_of("jeans", "red", "contradiction"),
        is_a("polo shirt", "yes"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline.",
        ),
        gender="Men",
        title="Puma Men Red Solid Polo Collar Slim Fit T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: flat lay on white, black tee with "JACK & JONES" printed in white across the chest; no person, no pants.
    # Epoch-2 caption adapter wrote every text; the template puts a man and pants in the picture.
    case(
        "X1339-013",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        wearing("a black t-shirt", who="the person"),
        color_of("t-shirt", "black"),
        BQ.pattern("graphic"),
        BQ.sleeve_length("short-sleeve"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The man "
            "wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Black Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: mustard yellow solid shirt, cuffs buttoned, navy jeans, grey backdrop. Epoch-2 caption adapter wrote
    # every text.
    case(
        "X1339-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. This "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        color_of("jeans", "blue"),
        BQ.color("brown", "contradiction"),
        wearing("a yellow shirt and blue jeans", who="he"),
        BQ.garment_type("shirt"),
        gender="Men",
        title="Dennis Lingo Men Mustard Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: navy tee with a small white swoosh on the chest, light-wash jeans, white backdrop. Epoch-2 caption
    # adapter wrote every text; the material answer runs on into a question of its own.
    case(
        "X1339-015",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "blue"),
        BQ.pattern("pure color"),
        BQ.material("cotton Question: What is the color of the garment? Answer: blue", "leak"),
        is_a("t-shirt", "yes"),
        color_of("jeans", "blue"),
        gender="Men",
        title="Nike Men Navy Blue Brand Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: white linen shirt, top button open, sleeves rolled, khaki chinos, beige backdrop. Epoch-2 caption adapter
    # wrote every text; it has no word for linen.
    case(
        "X1339-016",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        BQ.material("cotton", "contradiction"),
        color_of("shirt", "white"),
        color_of("chinos", "white", "contradiction"),
        BQ.sleeve_length("long-sleeve"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The man wears "
            "a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Sport Men White Slim Fit Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: back view, black oversized tee with a large white typography print on the back, blue jeans.
    # Epoch-2 caption adapter wrote every text.
    case(
        "X1339-017",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a black shirt with a white design on the back", who="he"),
        color_of("t-shirt", "black and white"),
        BQ.pattern("graphic"),
        BQ.garment_type(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. The pants",
            "cut",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round.",
        ),
        gender="Men",
        title="Difference of Opinion Men Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: small blue-and-grey check shirt over grey chinos, model holding a takeaway coffee cup (prop).
    # Epoch-2 caption adapter wrote every text. The feed has no category for it.
    case(
        "X1339-018",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton fabric "
            "and its neckline is lapel. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey"),
        color_of("pants", "grey"),
        BQ.color("grey"),
        is_a("shirt", "yes"),
        wearing(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton fabric "
            "and its neckline is lapel",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Allen Solly Men Blue & Grey Regular Fit Checked Casual Shirt",
        color="Blue",
    ),
    # Photo: navy polo with a small flag logo and white-tipped collar, tucked into beige chinos, brown belt, watch.
    # Epoch-2 caption adapter wrote every text; the chinos get the belt's brown.
    case(
        "X1339-019",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. There "
            "is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue"),
        color_of("pants", "brown", "contradiction"),
        BQ.garment_type("polo shirt"),
        BQ.sleeve_length("short-sleeve"),
        describe("t-shirt", "a navy blue polo shirt with a white collar"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: black mandarin-collar shirt, grey ripped jeans, grey backdrop. Epoch-2 caption adapter wrote every text.
    case(
        "X1339-020",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is standing. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "black"),
        color_of("jeans", "black", "contradiction"),
        details(
            "shirt", "The shirt has long sleeves, cotton fabric and pure color patterns. It has a standing neckline."
        ),
        BQ.pattern("pure color"),
        BQ.garment_type(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Powerlook Men Black Mandarin Collar Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: yellow crew-neck tee with a blue bicycle print, navy chinos. Epoch-2 caption adapter wrote every text;
    # the t-shirt color answer takes the print's and the chinos' blue.
    case(
        "X1339-021",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on",
            "pronoun",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("pants", "blue"),
        BQ.color("yellow"),
        BQ.pattern("graphic"),
        wearing("a yellow shirt with a bicycle on it", who="he"),
        gender="Men",
        title="Being Human Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: khaki twill shirt with two flap pockets, sleeves rolled, dark indigo jeans, no rings or jewellery.
    # Epoch-2 caption adapter wrote every text; the caption adds a ring, the material answer takes the jeans' denim.
    case(
        "X1339-022",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. This man wears "
            "a ring.",
            "unsupported",
        ),
        color_of("shirt", "beige"),
        color_of("jeans", "blue"),
        BQ.sleeve_length("long-sleeve"),
        details("shirt", "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline."),
        BQ.material("denim", "contradiction"),
        gender="Men",
        title="Spykar Men Khaki Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: charcoal long-sleeve henley with three buttons, black jeans, white backdrop. Epoch-2 caption adapter
    # wrote every text; the wearing answer repeats its prompt first.
    case(
        "X1339-023",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        BQ.sleeve_length("short-sleeve", "contradiction"),
        color_of("t-shirt", "grey"),
        color_of("jeans", "black"),
        wearing(
            "Question: What is he wearing? Answer: The man wears a long-sleeve T-shirt with pure color patterns and a "
            "long pants. The",
            "leak",
            who="he",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: rust corduroy shirt, the wales plainly visible, blue jeans, grey backdrop. Epoch-2 caption adapter wrote
    # every text; the pattern answer reads the wales as stripes.
    case(
        "X1339-024",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        BQ.material("knitting", "contradiction"),
        color_of("shirt", "orange"),
        BQ.color(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The man wears a long "
            "pants. The pants",
            "non_answer",
            hit_limit=True,
        ),
        BQ.pattern("striped", "contradiction"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The man wears "
            "a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Mufti Men Rust Orange Slim Fit Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Photo: white oxford button-down shirt, sleeves rolled, navy chinos, white sneakers. Epoch-2 caption adapter
    # wrote every text. The feed has no color for it.
    case(
        "X1339-025",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel."
        ),
        color_of("shirt", "white"),
        color_of("chinos", "The chinos are with cotton fabric and pure color patterns.", "non_answer"),
        wearing("a white shirt and blue pants", who="he"),
        BQ.garment_type("a garment", "restated"),
        is_a("shirt", "yes"),
        gender="Men",
        title="GAP Men White Solid Oxford Casual Shirt",
        category="Shirts",
    ),
    # Photo: black shirt with small white polka dots, beige chinos, black watch. Epoch-2 caption adapter wrote every
    # text.
    case(
        "X1339-026",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton fabric "
            "and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory "
            "on his wrist. There",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("pure color", "contradiction"),
        color_of("shirt", "black and white"),
        color_of("pants", "beige"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and graphic patterns. It has a lapel neckline. The shirt has "
            "long sleeves, cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Urbano Fashion Men Black Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: navy-and-white horizontal breton stripes, crew neck, stone beige chinos. Epoch-2 caption adapter wrote
    # every text.
    case(
        "X1339-027",
        caption(
            "This man wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "blue and white"),
        BQ.pattern("striped"),
        BQ.color("white"),
        wearing(
            "The man wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round",
            "cut",
            who="he",
            hit_limit=True,
        ),
        is_a(
            "polo shirt",
            "This man wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its",
            "non_answer",
            hit_limit=True,
        ),
        gender="Men",
        title="Pepe Jeans Men Navy Blue & White Striped Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: lavender solid shirt, white jeans, light grey backdrop. Epoch-2 caption adapter wrote every text; the
    # sleeve answer came back empty.
    case(
        "X1339-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "purple"),
        color_of("jeans", "white"),
        BQ.color("blue", "contradiction"),
        describe("shirt", "a purple shirt with a collar and buttons"),
        BQ.sleeve_length("", "non_answer"),
        gender="Men",
        title="Van Heusen Sport Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: grey tee with a black skull graphic, black jeans, black baseball cap, tattooed forearm. Epoch-2 caption
    # adapter wrote every text; the t-shirt color answer takes the jeans' and the print's black.
    case(
        "X1339-029",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There is a hat "
            "on his",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("jeans", "black"),
        wearing("a t-shirt, jeans and a hat", who="he"),
        BQ.pattern("graphic"),
        BQ.material("the material of the garment", "restated"),
        gender="Men",
        title="Huetrap Men Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: sky blue linen shirt, long sleeves, visible slub texture, white chinos. Epoch-2 caption adapter wrote
    # every text; the caption calls the linen chiffon.
    case(
        "X1339-030",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        BQ.material("linen"),
        color_of("shirt", "blue"),
        color_of("chinos", "white"),
        details(
            "shirt",
            "The shirt has long sleeves, chiffon fabric and pure color patterns. It has a lapel neckline. The man "
            "wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Marks & Spencer Men Sky Blue Pure Linen Regular Fit Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: maroon V-neck tee, light blue jeans, white backdrop. Epoch-2 caption adapter wrote every text.
    case(
        "X1339-031",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton "
            "fabric and its neckline is V-shape. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "red"),
        color_of("jeans", "blue"),
        BQ.garment_type("t-shirt"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is V-shape. The "
            "pants this man wears is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton "
            "fabric and its neckline is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Flying Machine Men Maroon Solid V-Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: white shirt with thin blue pinstripes worn open over a white crew-neck tee, navy chinos. Epoch-2 caption
    # adapter wrote every text; the garment type answer names the tee underneath. The feed has no gender for it.
    case(
        "X1339-032",
        caption(
            "The man wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton fabric "
            "and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is a T-shirt",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        BQ.garment_type("t-shirt", "contradiction"),
        BQ.pattern("striped"),
        wearing("a white shirt, a white t-shirt and blue pants", who="he"),
        is_a("shirt", "yes"),
        title="Nautica Men White & Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: teal oversized tee with dropped shoulders, sleeves to the elbow, black chinos. Epoch-2 caption adapter
    # wrote every text.
    case(
        "X1339-033",
        caption(
            "This man wears a medium-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "green"),
        color_of("pants", "black"),
        BQ.sleeve_length("short-sleeve"),
        BQ.color("The color of the garment is pure color.", "non_answer"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Bewakoof Men Teal Blue Solid Round Neck Oversized T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: navy short-sleeve shirt with a small white geometric print, khaki chinos. Epoch-2 caption adapter wrote
    # every text.
    case(
        "X1339-034",
        caption(
            "The person wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "blue"),
        color_of("chinos", "blue", "contradiction"),
        BQ.sleeve_length("long-sleeve", "contradiction"),
        wearing(
            "The person wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its",
            "cut",
            who="he",
            hit_limit=True,
        ),
        BQ.pattern("pattern", "restated"),
        gender="Men",
        title="Peter England Casuals Men Navy Blue Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: white tee with a large black trefoil logo in the centre of the chest, black jeans. Epoch-2 caption adapter
    # wrote every text; the t-shirt color answer gives the jeans' and the logo's black.
    case(
        "X1339-035",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        BQ.color("white"),
        color_of("jeans", "black"),
        describe(
            "t-shirt", "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round."
        ),
        BQ.material("cotton"),
        gender="Men",
        title="Adidas Originals Men White Trefoil Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: beige solid shirt, dark brown chinos, model seated on a wooden stool (prop). Epoch-2 caption adapter wrote
    # every text; the caption starts over, the shirt color answer takes the chinos' brown.
    case(
        "X1339-036",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The man wears "
            "a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "brown", "other_garment_color"),
        color_of("pants", "brown"),
        BQ.color("beige"),
        wearing("a shirt and pants", who="he"),
        BQ.garment_type("shirt"),
        gender="Men",
        title="SNITCH Men Beige Classic Slim Fit Opaque Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: bottle green polo, light blue jeans, sunglasses on, white backdrop. Epoch-2 caption adapter wrote every
    # text.
    case(
        "X1339-037",
        caption(
            "This guy wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There "
            "are glasses on his",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        color_of("t-shirt", "green"),
        color_of(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. This guy wears a short-sleeve T-shirt with pure "
            "color",
            "non_answer",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        BQ.pattern("pure color"),
        wearing("a green polo shirt, jeans and sunglasses", who="he"),
        gender="Men",
        title="Jack & Jones Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: charcoal shirt with a black windowpane check, buttoned, black jeans. Epoch-2 caption adapter wrote every
    # text. The feed has no category for it.
    case(
        "X1339-038",
        caption(
            "Her shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The lady wears a "
            "long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("shirt", "grey"),
        color_of("jeans", "black"),
        details("shirt", "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline."),
        BQ.pattern("lattice"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: The shirt has long sleeves, cotton fabric and lattice patterns. It "
            "has a",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="WROGN Men Charcoal Grey Slim Fit Checked Casual Shirt",
        color="Charcoal",
    ),
    # Photo: off-white tee with a small line of black text on the chest, olive chinos. Epoch-2 caption adapter wrote
    # every text; the garment color answer takes the chinos' green.
    case(
        "X1339-039",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        color_of("chinos", "green"),
        BQ.color("green", "other_garment_color"),
        BQ.pattern("graphic"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Rigo Men Off-White Typography Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Photo: red-and-black buffalo check flannel shirt worn open over a grey tee, blue jeans. Epoch-2 caption adapter
    # wrote every text; worn open, the shirt passes for a jacket.
    case(
        "X1339-040",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton fabric "
            "and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "red and black"),
        color_of("jeans", "blue"),
        BQ.material("furry", "contradiction"),
        wearing("a red and black plaid shirt, a grey t-shirt and blue jeans", who="he"),
        BQ.garment_type("jacket", "contradiction"),
        gender="Men",
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: grey melange crew-neck tee with a chest pocket, dark blue jeans, skateboard held at his side (prop).
    # Epoch-2 caption adapter wrote every text.
    case(
        "X1339-041",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey"),
        color_of("jeans", "blue"),
        wearing("a t-shirt and jeans", who="he"),
        details("t-shirt", "the t-shirt details", "restated"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        gender="Men",
        title="Levis Men Grey Melange Solid Round Neck Pocket T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: blue resort-collar shirt with a large white-and-yellow tropical leaf print, short sleeves, white chinos.
    # Epoch-2 caption adapter wrote every text; the template calls him "the lady" and the fabric chiffon.
    case(
        "X1339-042",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        BQ.pattern("floral"),
        BQ.material("chiffon", "unsupported"),
        color_of("chinos", "white"),
        wearing(
            "The lady wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="The Indian Garage Co Men Blue Tropical Printed Resort Collar Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: navy long-sleeve tee with thin white horizontal stripes, sleeves pushed up to the forearm, beige chinos.
    # Epoch-2 caption adapter wrote every text.
    case(
        "X1339-043",
        caption(
            "This man wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "blue and white"),
        BQ.sleeve_length("medium-sleeve", "contradiction"),
        BQ.pattern("striped"),
        color_of("pants", "beige"),
        describe(
            "t-shirt",
            "The T-shirt has long sleeves, cotton fabric and striped patterns. The neckline of it is round. This man "
            "wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="HERE&NOW Men Navy Blue Striped Round Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: black crew-neck tee, front tucked into light grey jeans, black belt, white backdrop. Epoch-2 caption
    # adapter wrote every text; the garment color answer loops. The feed has no color for it.
    case(
        "X1339-044",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his waist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        color_of("jeans", "grey"),
        BQ.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
        ),
        wearing("a black t-shirt and grey jeans", who="he"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Roadster Men Black Solid Round Neck T-shirt",
        category="Tshirts",
    ),
    # Photo: back view, sky blue solid shirt with a box pleat at the yoke, beige chinos; the front is not shown.
    # Epoch-2 caption adapter wrote every text; the details answer adds a chest pocket nobody can see.
    case(
        "X1339-045",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "blue"),
        color_of("chinos", "khaki"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. It has a "
            "pocket on the chest.",
            "unsupported",
        ),
        BQ.garment_type(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        gender="Men",
        title="Mast & Harbour Men Sky Blue Solid Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
]
