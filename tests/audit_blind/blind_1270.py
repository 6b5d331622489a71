"""BLIND_1270 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA with a material question):
written blind in the sixty-second session. Measured blind at 75d2b57 (the session's seventh rules): 113/131 failures
found (86.3%) and 16/151 correct texts flagged (10.6%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets), mostly a model on a
plain grey or white backdrop wearing the product over other clothes (tee, shirt, kurta, jeans, chinos), two flat lays,
one back view, one model carrying a backpack. Columns as the feed has them: title, category (Myntra article type),
color (base colour), gender; one product lacks the color column and one lacks gender.
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on
blip2-opt-2.7b, greedy, 50 new tokens, no prompt). It writes the DeepFashion-MultiModal template (sleeves, fabric,
"pure color"/"graphic"/"lattice" patterns, neckline, lower clothing, accessories) and never stops, so every caption ran
to the token limit (hit_limit=True on all of them); four captions kept some of the base model's wording ("a man wearing
a black jacket and ...") and so name hues. Every other text is timpal0l/mdeberta-v3-base-squad2 answering over that
caption: a span copied from the caption, or an empty string when it found none. The questionnaire: the person's
outfit, garment type, color, pattern, sleeve length, material, and now and then describe/details of the garment.
Labeling conventions and judgement calls: a caption gets one label. A caption cut mid-sentence at the limit is `cut`;
a caption that repeats a sentence until the limit is `loop`; a caption calling a male model "lady"/"female"/"her" is
`pronoun` even when also cut; a caption that ends on a full stop at the limit but invents something not in the photo
(an accessory, trousers on a flat lay) is `unsupported`; a caption that ends on a full stop at the limit and says
nothing false is left unmarked though hit_limit=True. A color answer that is a pattern word ("pure color", "graphic",
"lattice", "stripe") or empty is `non_answer`; a hue that belongs to the tee or trousers is `other_garment_color`.
Garment type: "upper clothing" is `non_answer`; "T-shirt"/"shirt" for a jacket or blazer (the caption described the
layer underneath) and "sweater" for a sweatshirt or hoodie are `contradiction`; "jacket" for a blazer, "vest" for a
Nehru jacket, "shirt" for a corduroy overshirt-jacket and "jacket" for a zip-front sweatshirt I accepted. The outfit
answer describing the tee or shirt underneath is left unmarked when it is true of the photo (he does wear it), even
though it misses the product. Material: copied from the inner layer or plainly wrong for a shiny padded or nylon shell
is `unsupported`; against a material in the title (merino wool, velvet) or taken from the trousers' sentence is
`contradiction`; "other" is `non_answer`; "cotton" for a matte blazer or Nehru jacket whose title says nothing I left
unmarked (the photo cannot refute it). Pattern "pure color" on a cable knit or ribbed sweater is correct (one colour);
"stripe" on a track jacket with sleeve tape is left unmarked despite "Solid" in the title; "graphic" on a solid hoodie
with a small logo and "color block" on a solid jacket with a contrast collar are `contradiction` against the title.
Sleeve length "long" lifted from "long pants" is right by chance and unmarked; "long pants" itself is `contradiction`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case

BLIND_1270 = [
    # Photo: model on grey backdrop, light-blue washed denim jacket worn open over a white crew tee, black jeans.
    # Caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-001",
        caption(
            "The man is wearing a long-sleeve jacket with solid color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve jacket with solid color patterns"),
        Q.garment_type("jacket"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: navy pullover hoodie, hood down, kangaroo pocket, black track pants, white backdrop.
    # Caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-002",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. This "
            "man wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: beige cable-knit crew-neck pullover, white shirt collar peeking out, navy chinos.
    # Caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-003",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Monte Carlo Men Beige Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: charcoal single-breasted blazer, buttoned, over a white shirt, grey trousers, one hand in pocket.
    # The blazer has a slight wool-blend sheen. Caption: epoch-1 adapter (describes the shirt, cut before the outer
    # layer); answers: mdeberta squad2 over the caption.
    case(
        "X1270-004",
        caption(
            "This gentleman is wearing a long-sleeve shirt with solid color patterns and a long pants. The shirt is "
            "with cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. "
            "This gentleman also wears an outer",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with solid color patterns and a long pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: maroon jacquard Nehru jacket with a woven buta motif and a slight sheen, over a cream kurta, white
    # churidar, mandarin collar. Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-005",
        caption(
            "His vest has sleeves cut off, cotton fabric and graphic patterns. It has a stand neckline. This man "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The pants this man "
            "wears is of long length",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("vest"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: black quilted puffer with a shiny nylon shell, zipped to a stand collar, blue jeans.
    # Caption: epoch-1 adapter, stuck on the fabric sentence; answers: mdeberta squad2 over the caption.
    case(
        "X1270-006",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "jacket is with cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric. The "
            "jacket is with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: grey melange crew-neck sweatshirt with a "WROGN NYC" chest print, blue jeans, watch on the left wrist.
    # Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-007",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        D.details("round neckline"),
        gender="Men",
        title="WROGN Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: male model, navy V-neck pullover over a light-blue shirt collar, khaki chinos.
    # Caption: epoch-1 adapter (calls him "the lady"); answers: mdeberta squad2 over the caption.
    case(
        "X1270-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "neckline of the sweater is V-shape. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        D.details("V-shape"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid V-Neck Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: olive bomber (matte nylon, ribbed collar and cuffs) worn open over a black crew tee, black jeans.
    # Caption: epoch-1 adapter, describes the tee and is cut before the outer layer; answers: mdeberta squad2.
    case(
        "X1270-009",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. This man",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: navy blazer with a faint windowpane check, over a white crew tee, beige chinos.
    # Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-010",
        caption(
            "His jacket has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. This man "
            "wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The pants this "
            "man wears is of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        D.description("His jacket has long sleeves, cotton fabric and lattice patterns"),
        gender="Men",
        title="Blackberrys Men Navy Blue Checked Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: mustard Nehru jacket over a white kurta and white pyjama, plain backdrop.
    # Caption: epoch-1 adapter in its "upper clothing" variant; answers: mdeberta squad2 over the caption.
    case(
        "X1270-011",
        caption(
            "The upper clothing has sleeves cut off, cotton fabric and pure color patterns. It has a stand neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This man also "
            "wears an outer clothing,",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton"),
        gender="Men",
        title="Vastramay Men Mustard Yellow Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: black pullover hoodie with a small white cat logo on the chest, grey joggers.
    # Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-012",
        caption(
            "The man is wearing a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a hooded neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Solid Essentials Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: dark brown faux-leather biker jacket with asymmetric zip and notched lapels, over a white tee, black jeans,
    # sunglasses held in one hand. Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-013",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "This man is holding a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        D.details("lapel"),
        gender="Men",
        title="Roadster Men Coffee Brown Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Coffee Brown",
    ),
    # Photo: burgundy button-front cardigan, V neck, over a white tee, blue jeans.
    # Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-014",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a V-shape neckline. The gentleman wears a long pants. The pants are with denim fabric and "
            "pure color patterns. This gentleman also wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Marks & Spencer Men Burgundy Solid Cardigan",
        category="Sweaters",
        color="Burgundy",
    ),
    # Photo: black tuxedo blazer with satin peak lapels, white shirt, black bow tie, black trousers.
    # Caption: epoch-1 adapter, stuck on "neckwear"; answers: mdeberta squad2 over the caption.
    case(
        "X1270-015",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man has neckwear. This man has neckwear. This man has neckwear. This man has "
            "neckwear. This man has",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Raymond Men Black Solid Slim Fit Tuxedo Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: flat lay on white: teal crew sweatshirt with a white and navy colour-blocked chest panel. No person.
    # Caption: epoch-1 adapter, invents trousers and a wrist accessory, ends on a full stop at the limit; answers:
    # mdeberta squad2 over the caption.
    case(
        "X1270-016",
        caption(
            "The upper clothing has long sleeves, cotton fabric and color block patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is denim and it has pure color patterns. There "
            "is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men Teal Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # Photo: khaki hooded windcheater, thin nylon shell, zipped, black joggers.
    # Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-017",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "stand neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        gender="Men",
        title="The Indian Garage Co Men Khaki Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: rust ribbed turtleneck sweater, black jeans, steel watch on the wrist.
    # Caption: epoch-1 adapter, ends on a full stop exactly at the limit, nothing false; answers: mdeberta squad2.
    case(
        "X1270-018",
        caption(
            "His sweater has long sleeves, knitting fabric and pure color patterns. It has a stand neckline. The "
            "pants this man wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on his wrist.",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("knitting"),
        D.details("stand neckline"),
        gender="Men",
        title="Roadster Men Rust Orange Self Design Turtle Neck Sweater",
        category="Sweaters",
        color="Rust",
    ),
    # Photo: navy Nehru jacket with a small printed paisley motif, over a plain white kurta, white churidar.
    # Caption: epoch-1 adapter (puts the print on a long-sleeve "shirt"); answers: mdeberta squad2 over the caption.
    case(
        "X1270-019",
        caption(
            "This man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a stand "
            "neckline. This man wears a long pants. The pants are with cotton fabric and pure color patterns. This "
            "man also wears an outer clothing",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Hangup Men Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: tan genuine leather zip jacket with a small point collar, white shirt, blue jeans.
    # Caption: epoch-1 adapter opening with the base model's own words (names hues); answers: mdeberta squad2.
    case(
        "X1270-020",
        caption(
            "a man wearing a brown leather jacket and jeans. The jacket is with leather fabric and its neckline is "
            "lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown leather jacket and jeans"),
        Q.garment_type("jacket"),
        Q.color("brown"),
        Q.sleeve_length("long"),
        Q.material("leather"),
        gender="Men",
        title="Woodland Men Tan Brown Solid Genuine Leather Jacket",
        category="Jackets",
        color="Tan",
    ),
    # Photo: grey melange crew sweatshirt, small chest logo, black joggers.
    # Caption: epoch-1 adapter opening with the base model's words; answers: mdeberta squad2 (empty for the sleeves).
    case(
        "X1270-021",
        caption(
            "a man wearing a grey sweatshirt and black pants. The sweatshirt is with cotton fabric and pure color "
            "patterns. It has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Grey Melange Sportswear Club Fleece Crew Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: beige unstructured casual blazer over a navy polo, white chinos.
    # Caption: epoch-1 adapter, describes the polo, cut before the outer layer; answers: mdeberta squad2.
    case(
        "X1270-022",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "This man also",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Park Avenue Men Beige Solid Slim Fit Casual Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: back view of a male model in a grey pullover with white horizontal stripes all over, blue jeans.
    # Caption: epoch-1 adapter ("lady", "her"); answers: mdeberta squad2 over the caption.
    case(
        "X1270-023",
        caption(
            "The lady wears a long-sleeve sweater with stripe patterns. The sweater is with knitting fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("stripe", "non_answer"),
        Q.pattern("stripe"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Mufti Men Grey Striped Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: navy sleeveless padded (puffer) jacket over a grey long-sleeve tee, blue jeans.
    # Caption: epoch-1 adapter, describes the tee; answers: mdeberta squad2 over the caption.
    case(
        "X1270-024",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "This man",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Monte Carlo Men Navy Blue Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: mustard crew sweatshirt, blue jeans, white sneakers.
    # Caption: epoch-1 adapter, stuck on the neckline sentence; answers: mdeberta squad2 over the caption.
    case(
        "X1270-025",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. It has a round neckline. It has a round neckline. It has a round neckline. It has a "
            "round neckline.",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: cream self-design (tonal jacquard) Nehru jacket over a cream kurta, cream pyjama.
    # Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-026",
        caption(
            "His vest has sleeves cut off, other fabric and pure color patterns. It has a stand neckline. This man "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The pants this man "
            "wears is of long",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("other", "non_answer"),
        D.description("His vest has sleeves cut off, other fabric and pure color patterns"),
        gender="Men",
        title="Manyavar Men Off White Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Off White",
    ),
    # Photo: black polyester track jacket with white tape stripes down the sleeves, zipped, black track pants; no
    # watch or band visible (cuffs cover the wrists). Caption: epoch-1 adapter, ends on a full stop at the limit but
    # invents the wrist accessory; answers: mdeberta squad2 over the caption.
    case(
        "X1270-027",
        caption(
            "The man wears a long-sleeve jacket with stripe patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The man wears a long pants. The pants are with cotton fabric and stripe patterns. There "
            "is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("stripe", "non_answer"),
        Q.pattern("stripe"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Sporty Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: olive sleeveless V-neck sweater vest over a white full-sleeve shirt, grey trousers.
    # Caption: epoch-1 adapter, shirt first; answers: mdeberta squad2 over the caption.
    case(
        "X1270-028",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a vest with sleeves cut off, knitting fabric and pure color patterns. "
            "The pants this man",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("knitting"),
        gender="Men",
        title="Allen Solly Men Olive Green Solid Sweater Vest",
        category="Sweaters",
        color="Olive",
    ),
    # Photo: maroon velvet bandhgala blazer, closed mandarin collar, black trousers.
    # Caption: epoch-1 adapter (reads the velvet pile as "furry"); answers: mdeberta squad2 over the caption.
    case(
        "X1270-029",
        caption(
            "His jacket has long sleeves, furry fabric and pure color patterns. It has a stand neckline. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns. This man "
            "wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.material("furry", "contradiction"),
        D.details("stand neckline"),
        gender="Men",
        title="Hangup Men Maroon Solid Velvet Bandhgala Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: off-white hoodie with small chest text (big back print not visible), blue jeans.
    # Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-030",
        caption(
            "The man is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men Off-White Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Off White",
    ),
    # Photo: black denim trucker jacket with a white sherpa collar, over a white tee, light-blue jeans.
    # Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-031",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with denim fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "This man has neckwear. This",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Black Solid Sherpa Trucker Denim Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: charcoal merino crew-neck sweater over a shirt collar, black trousers.
    # Caption: epoch-1 adapter (says cotton); answers: mdeberta squad2 over the caption.
    case(
        "X1270-032",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Solid Merino Wool Sweater",
        category="Sweaters",
        color="Charcoal",
    ),
    # Photo: flat lay on white: black woven-design Nehru jacket with a pocket square. No person.
    # Caption: epoch-1 adapter ("this lady", "her wrist"); answers: mdeberta squad2 over the caption.
    case(
        "X1270-033",
        caption(
            "The upper clothing has sleeves cut off, other fabric and graphic patterns. It has a stand neckline. This "
            "lady also wears an outer clothing, with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist. There is",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("other", "non_answer"),
        gender="Men",
        title="SOJANYA Men Black Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: red hooded puffer jacket (shiny shell), black pants, a backpack over one shoulder.
    # Caption: epoch-1 adapter opening with the base model's words; answers: mdeberta squad2 over the caption.
    case(
        "X1270-034",
        caption(
            "a man in a red jacket and black pants with a backpack. The jacket is with cotton fabric and pure color "
            "patterns. It has a stand neckline. The man wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Wildcraft Men Red Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: navy crew sweatshirt with white horizontal stripes, blue jeans.
    # Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption (empty for the color).
    case(
        "X1270-035",
        caption(
            "The man wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("stripe"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Navy Blue Striped Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: grey herringbone (self-design, no checks) formal blazer, light-blue shirt, navy tie, grey trousers.
    # Caption: epoch-1 adapter (reads the weave as lattice); answers: mdeberta squad2 over the caption.
    case(
        "X1270-036",
        caption(
            "His jacket has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. This man "
            "has neckwear. The pants this man wears is of long length. The pants are with cotton fabric and lattice "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice", "unsupported"),
        Q.sleeve_length("long sleeves"),
        D.details("The neckline of it is lapel"),
        gender="Men",
        title="Van Heusen Men Grey Self-Design Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: blue colour-blocked pullover (navy body, light-blue chest band edged in white), blue jeans.
    # Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption (material taken from the jeans' sentence).
    case(
        "X1270-037",
        caption(
            "The man wears a long-sleeve sweater with color block patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Pepe Jeans Men Blue Colourblocked Pullover",
        category="Sweaters",
        color="Blue",
    ),
    # Photo: beige corduroy overshirt-jacket (shacket), buttons, chest pockets, worn open over a black tee, black jeans.
    # Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-038",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Beige Solid Corduroy Overshirt Jacket",
        category="Jackets",
        color="Beige",
    ),
    # Photo: black crew sweatshirt with a large Spider-Man print on the front, blue jeans.
    # Caption: epoch-1 adapter, stuck on the fabric sentence; answers: mdeberta squad2 over the caption.
    case(
        "X1270-039",
        caption(
            "The man wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Black Marvel Spider-Man Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: indigo Nehru jacket with a small block-printed floral, over a white kurta, white pyjama.
    # Caption: epoch-1 adapter, ends on a full stop exactly at the limit, nothing false (the kurta read as a shirt);
    # answers: mdeberta squad2 over the caption.
    case(
        "X1270-040",
        caption(
            "His vest has sleeves cut off, cotton fabric and floral patterns. It has a stand neckline. This man wears "
            "a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The pants this man wears "
            "is of long length.",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Blue Cotton Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
    ),
    # Photo: male model in a navy padded jacket (shiny shell) with a red-white stripe tape along the zip, blue jeans.
    # Caption: epoch-1 adapter ("the female", "her"); answers: mdeberta squad2 over the caption.
    case(
        "X1270-041",
        caption(
            "The female wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: maroon round-neck pullover, black trousers.
    # Caption: epoch-1 adapter (V-shape neckline, wrong); answers: mdeberta squad2 over the caption.
    case(
        "X1270-042",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "neckline of the sweater is V-shape. The man wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        D.details("V-shape", "contradiction"),
        gender="Men",
        title="Highlander Men Maroon Solid Round Neck Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: navy double-breasted blazer over a white turtleneck, navy trousers. The feed row has no color column.
    # Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-043",
        caption(
            "His jacket has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. This "
            "man also wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        D.description("His jacket has long sleeves, cotton fabric and pure color patterns"),
        gender="Men",
        title="MANGO MAN Men Navy Blue Solid Double-Breasted Slim Fit Blazer",
        category="Blazers",
    ),
    # Photo: green zip-front sweatshirt with a stand collar, zipped half way over a white tee, black joggers.
    # The feed row has no gender column. Caption: epoch-1 adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1270-044",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        title="Campus Sutra Men Green Solid Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Green",
    ),
    # Photo: black bomber jacket worn open over a white crew tee, blue jeans.
    # Caption: epoch-1 adapter opening with the base model's words; answers: mdeberta squad2 over the caption.
    case(
        "X1270-045",
        caption(
            "a man wearing a white t-shirt and a black jacket. The jacket is with cotton fabric and pure color "
            "patterns. The man wears a long pants. The pants are with denim fabric and pure color patterns. There is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and a black jacket"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long pants", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
]
