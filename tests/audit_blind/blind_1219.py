"""BLIND_1219 (45 products; Myntra men's casual shirts and t-shirts, epoch-2 caption adapter): written blind in the
sixty-first session. Measured blind at 1ef79ed (the session's sixth rules): 81/92 failures found (88.0%) and 11/172
correct texts flagged (6.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts (article type "Shirts") and t-shirts (article type "Tshirts"),
photographed the catalog's usual way: a male model on a white or light grey backdrop, the product worn over jeans or
chinos, now and then an inner tee, a watch, a belt or a cap in hand; two flat lays (045 and 022) and two back views
(016, 029). The feed's columns are title, category (Myntra's article type), color (Myntra's base colour) and gender
("Men"); gender or color is missing on a few rows, as in a real feed.
Who wrote what: every text, the caption and every answer, comes from BLIP-2 OPT-2.7b with the caption LoRA after its
second epoch (trained on DeepFashion-MultiModal template captions with the unmasked labels), greedy, 50 new tokens
for captions and 30 for answers, prompts in the `Question: ... Answer:` form. At epoch 2 the adapter still answers
short questions tersely about half of the time ("blue", "yes", "a shirt and jeans"); the other half it falls back on
the caption template ("The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric
..."), which has no hue names, so a color question can come back as "pure color" or as template sentences. With no
end-of-answer token trained, long outputs run to the limit: cut mid-sentence, looping on one template sentence, or
echoing the next `Question:`. Short outputs that stopped are the ones where the model happened to emit a stop.
Labeling conventions and judgement calls: one failure kind per wrong text, by what is most wrong with it; judged by
the photo I imagined (described above each case) and the title. A text that ran to the limit and stops mid-sentence
is `cut`, unless it never starts answering the question at all (a color question answered with template sentences
and no color), which I call `non_answer`; "pure color"/"solid color" to a color question is `non_answer`. A text that
ran to the limit repeating one unit is `loop`, one that echoes the prompt format is `leak`, whatever else it holds.
A wrong color given to the jeans/pants that belongs to the product (the template's one-color-for-everything habit) is
`contradiction`; the product's color question answered with the color of another garment in the photo (the inner
tee) is `other_garment_color`. Colors of a print read as the garment's color (black logo on a white tee, yellow
print on a black tee) are `contradiction`. A wrong pattern, sleeve, garment type or material against the title or
photo is `contradiction`; things not in the photo at all (a man and jeans in a flat lay, a hat that is held not worn,
a chest pocket on a shirt without one, chiffon) are `unsupported`; "lapel neckline" on a mandarin collar I called
`unsupported` (invented detail) rather than contradiction. "The lady"/"she" for a man is `pronoun`. Near-hue calls
I accepted as correct: "red" for Maroon, "pink" for Peach, "green" for Teal, "white" for Cream, "beige" for Khaki,
"blue" for Navy Blue, "purple" for Lavender, "orange" for Rust; I did NOT accept "black" for Charcoal or "white" for
Beige. "cotton" for an untitled casual shirt or tee, "knitted" for a pique polo and "a white shirt" for a white tee
I took as correct. "Is this a t-shirt?" -> "no" for a title "Polo Collar T-shirt" I marked contradiction (the seller
calls it a t-shirt). The template caption omits the inner tee or the watch without being wrong for it. Flat-lay
"What is he wearing?" answered "a black shirt" I left correct (the question is ill-posed, the garment is right).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1219 = [
    # Photo: model in a navy-and-white checked full-sleeve shirt, sleeves rolled to the elbow, light blue jeans, white
    # backdrop. All texts: caption adapter, epoch 2.
    case(
        "X1219-001",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a shirt and jeans", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel neckline. The shirt is with cotton fabric and it has a "
            "lapel neckline. The shirt is",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        gender="Men",
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: black crew-neck tee, grey chinos, white sneakers, model facing the camera. All texts: caption adapter.
    case(
        "X1219-002",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "black", "contradiction", kind="open"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short-sleeve"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. The man wears a long trousers. The trousers "
            "are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: olive green full-sleeve shirt, buttoned to the second button, black jeans. All texts: caption adapter.
    case(
        "X1219-003",
        caption(
            "This man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("shirt", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "green", "contradiction", kind="open"),
        describe("shirt", "The shirt is with cotton fabric and its neckline is lapel. It has long sleeves."),
        is_a("shirt", "yes"),
        Q.color("pure color", "non_answer"),
        gender="Men",
        title="WROGN Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: maroon tee with a small white text print on the chest, mid-blue jeans, bare wrists. All texts: caption
    # adapter.
    case(
        "X1219-004",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "red", kind="open"),
        Q.pattern("graphic"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a crew neckline. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("t-shirt and jeans"),
        gender="Men",
        title="HERE&NOW Men Maroon Printed Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: blue-and-white vertical striped short-sleeve shirt, beige chinos, model with one hand in pocket. All
    # texts: caption adapter.
    case(
        "X1219-005",
        caption(
            "The man wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "beige", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color", "contradiction"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel neckline. The shirt is with cotton fabric and it has a "
            "lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Levis Men Blue & White Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: grey melange polo, two-button placket, navy chinos, brown loafers. All texts: caption adapter.
    case(
        "X1219-006",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric and it has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a polo shirt and pants", who="he"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        Q.garment_type("polo shirt"),
        is_a("t-shirt", "no", "contradiction"),
        gender="Men",
        title="Mast & Harbour Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: black oversized tee with a large yellow-orange anime print on the front, drop shoulders, light-wash
    # jeans. All texts: caption adapter.
    case(
        "X1219-007",
        caption(
            "This man is wearing a short-sleeve tee with graphic patterns and a round neckline. The tee is with cotton "
            "fabric. The pants he wears are of long length, with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "yellow", "contradiction", kind="open"),
        wearing(
            "Question: What is he wearing? Answer: a t-shirt Question: What is he wearing? Answer: a t-shirt Question:"
            " What",
            "leak",
            who="he",
            hit_limit=True,
        ),
        details("t-shirt", "graphic patterns"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Bewakoof Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: mustard full-sleeve shirt, sleeves rolled, white chinos, model leaning on a stool. All texts: caption
    # adapter.
    case(
        "X1219-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("shirt and pants", who="he"),
        color_of("shirt", "yellow", kind="open"),
        color_of("pants", "white", kind="open"),
        Q.material("cotton"),
        Q.color("pure color", "non_answer"),
        gender="Men",
        title="Dennis Lingo Men Mustard Yellow Slim Fit Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: white short-sleeve shirt with a small navy leaf print, camp collar, worn untucked over khaki chinos. All
    # texts: caption adapter.
    case(
        "X1219-009",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "white", kind="open"),
        Q.pattern("floral"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel neckline. The man wears a long trousers. The trousers "
            "are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.garment_type("shirt"),
        gender="Men",
        title="The Indian Garage Co Men White Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: charcoal grey full-sleeve henley with three buttons, dark blue jeans. All texts: caption adapter.
    case(
        "X1219-010",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        Q.sleeve_length("long-sleeve"),
        details("t-shirt", "it has buttons on the neckline"),
        wearing(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a "
            "round",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "The pants are with denim fabric and solid color patterns.", "non_answer", kind="open"),
        gender="Men",
        title="Jack & Jones Men Charcoal Grey Henley Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: khaki linen full-sleeve shirt, visible slub texture, sleeves rolled, dark indigo jeans. All texts: caption
    # adapter.
    case(
        "X1219-011",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns.",
            "contradiction",
        ),
        Q.material("cotton", "contradiction"),
        color_of("shirt", "beige", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("shirt and jeans", who="he"),
        Q.sleeve_length("long-sleeve"),
        Q.color(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man",
            "non_answer",
        ),
        gender="Men",
        title="Nautica Men Khaki Solid Linen Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: navy polo with a small chest logo and white tipping on the collar, beige chinos, steel watch on the left
    # wrist. All texts: caption adapter. The feed row has no gender.
    case(
        "X1219-012",
        caption(
            "His polo shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His "
            "pants has long length, cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of("pants", "blue", "contradiction", kind="open"),
        Q.garment_type("polo shirt"),
        details(
            "t-shirt",
            "The polo shirt is with cotton fabric. It has a lapel neckline. There is a logo on the chest. There is an "
            "accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Navy Blue Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: white full-sleeve oxford shirt, button-down collar, black jeans, no accessories. All texts: caption
    # adapter.
    case(
        "X1219-013",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        color_of("jeans", "black", kind="open"),
        wearing("white shirt and black jeans", who="he"),
        describe(
            "shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.pattern("pure color"),
        gender="Men",
        title="Highlander Men White Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: colourblocked tee, teal body with a white chest panel, navy jeans. All texts: caption adapter.
    case(
        "X1219-014",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "green and white", kind="open"),
        Q.pattern("color block"),
        wearing("a t-shirt"),
        Q.material(
            "The T-shirt is with cotton fabric. It has a round neckline. The man wears a long pants. The pants are "
            "with denim fabric",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Campus Sutra Men Teal & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: red-and-black buffalo check flannel shirt worn open over a plain white tee, two chest pockets, blue
    # jeans. All texts: caption adapter.
    case(
        "X1219-015",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("shirt", "red", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        wearing("a shirt, a t-shirt and jeans", who="he"),
        details(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel neckline. It has buttons on the front and a pocket on "
            "the chest. The shirt",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        gender="Men",
        title="Roadster Men Black & Red Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: back view, off-white oversized tee with a large black typography print across the back, black jeans.
    # All texts: caption adapter.
    case(
        "X1219-016",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The man "
            "wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "black", kind="open"),
        wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline",
            "cut",
            who="he",
            hit_limit=True,
        ),
        describe("t-shirt", "The T-shirt has a letter print on the back."),
        Q.pattern("striped", "contradiction"),
        gender="Men",
        title="Difference of Opinion Men Off White Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Photo: rust orange short-sleeve shirt, cream chinos, tan belt. All texts: caption adapter.
    case(
        "X1219-017",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("shirt", "orange", kind="open"),
        color_of("pants", "orange", "contradiction", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("shirt"),
        wearing(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Rust Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Photo: white tee with a black brand logo printed on the chest, olive chinos. All texts: caption adapter.
    case(
        "X1219-018",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "black", "contradiction", kind="open"),
        color_of("pants", "green", kind="open"),
        wearing("t-shirt and pants", who="he"),
        is_a("t-shirt", "yes"),
        describe(
            "t-shirt", "The T-shirt is with cotton fabric. It has a round neckline. There is a logo on the chest."
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men White Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: navy full-sleeve shirt with a white micro dot print, light grey chinos. All texts: caption adapter.
    case(
        "X1219-019",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("pure color", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel neckline. The shirt is with cotton fabric and it has a "
            "lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        wearing("The lady wears a long-sleeve shirt with graphic patterns.", "pronoun"),
        gender="Men",
        title="WROGN Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: peach crew-neck tee, mid-blue jeans, white sneakers. All texts: caption adapter.
    case(
        "X1219-020",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "pink", kind="open"),
        color_of("jeans", "solid color", "non_answer", kind="open"),
        Q.material("cotton"),
        details("t-shirt", "The T-shirt is with cotton fabric. It has a round neckline."),
        wearing(
            "Question: What is he wearing? Answer: a t-shirt and jeans Question: What is the color of the t-shirt? "
            "Answer: pink",
            "leak",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Peach-Coloured Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Photo: indigo denim shirt, full sleeves, two flap chest pockets, beige chinos. All texts: caption adapter.
    case(
        "X1219-021",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.material("denim"),
        color_of("shirt", "blue", kind="open"),
        Q.garment_type("denim", "contradiction"),
        is_a("shirt", "yes"),
        wearing("a denim shirt and beige pants", who="he"),
        details(
            "shirt",
            "It has two pockets on the chest. It has two pockets on the chest. It has two pockets on the chest. It has",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Levis Men Indigo Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: flat lay, a grey melange crew-neck tee laid flat on a white surface, no model, nothing else. All texts:
    # caption adapter.
    case(
        "X1219-022",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        wearing("a t-shirt"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("jeans", "blue", "unsupported", kind="open"),
        Q.sleeve_length("short-sleeve"),
        gender="Men",
        title="Roadster Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: lavender full-sleeve shirt without a pocket, navy chinos, sunglasses held in the right hand. All texts:
    # caption adapter.
    case(
        "X1219-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "blue", kind="open"),
        wearing("shirt", who="he"),
        details(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel neckline. The shirt has a pocket on the chest.",
            "unsupported",
        ),
        gender="Men",
        title="Dennis Lingo Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: olive green crew-neck tee, black jeans. All texts: caption adapter.
    case(
        "X1219-024",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The person wears a long pants. The pants are with denim fabric and solid color "
            "patterns."
        ),
        wearing("She is wearing a t-shirt and jeans.", "pronoun"),
        color_of("t-shirt", "green", kind="open"),
        color_of("jeans", "green", "contradiction", kind="open"),
        Q.pattern("pure color"),
        details("t-shirt", "they are t-shirt details", "restated"),
        gender="Men",
        title="Bewakoof Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: sea green short-sleeve shirt with a white and yellow tropical leaf print, light blue jeans. All texts:
    # caption adapter.
    case(
        "X1219-025",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("shirt", "green", kind="open"),
        Q.pattern("floral"),
        describe("shirt", "It has floral patterns."),
        Q.material("The shirt is with chiffon fabric.", "unsupported"),
        wearing("The lady wears a short-sleeve shirt with floral patterns and a long denim pants.", "pronoun"),
        gender="Men",
        title="The Indian Garage Co Men Sea Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: black full-sleeve shirt with a mandarin collar, grey washed jeans. All texts: caption adapter.
    case(
        "X1219-026",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", "contradiction", kind="open"),
        wearing("a black shirt", who="he"),
        is_a("shirt", "yes"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        gender="Men",
        title="HERE&NOW Men Black Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: navy-and-white horizontal striped polo, khaki chinos. All texts: caption adapter.
    case(
        "X1219-027",
        caption(
            "The man wears a short-sleeve polo shirt with striped patterns. The polo shirt is with cotton fabric and "
            "it has a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        Q.pattern("striped"),
        Q.color("blue and white"),
        color_of(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure "
            "color patterns. The trousers",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("t-shirt"),
        gender="Men",
        title="Jack & Jones Men Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: maroon-and-navy small checked full-sleeve shirt, black jeans. All texts: caption adapter.
    case(
        "X1219-028",
        caption(
            "The man wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric and it has a lapel "
            "neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("shirt", "red", kind="open"),
        color_of(
            "jeans",
            "Question: What is the color of the jeans? Answer: black Question: What is the color of the shirt? Answer: "
            "red Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("shirt", "It has plaid patterns and a lapel neckline."),
        wearing("a plaid shirt and black jeans", who="he"),
        gender="Men",
        title="Highlander Men Maroon & Navy Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: back view, plain white crew-neck tee, mid-blue jeans. All texts: caption adapter.
    case(
        "X1219-029",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The man "
            "wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a white shirt", who="he"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jeans", "white", "contradiction", kind="open"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. The man wears a long pants. The pants are "
            "with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: light beige full-sleeve shirt, buttoned, navy chinos. All texts: caption adapter.
    case(
        "X1219-030",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.material("cotton"),
        color_of("shirt", "white", "contradiction", kind="open"),
        color_of("pants", "blue", kind="open"),
        is_a("t-shirt", "yes", "contradiction"),
        wearing(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="U.S. Polo Assn. Men Beige Solid Tailored Fit Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: yellow tee with black typography print, blue jeans, a baseball cap held in the left hand (not worn). All
    # texts: caption adapter.
    case(
        "X1219-031",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. It is with cotton fabric. The man wears a "
            "long denim pants. This man wears a hat.",
            "unsupported",
        ),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("a t-shirt and a hat", "unsupported", who="he"),
        Q.pattern("graphic"),
        gender="Men",
        title="Bewakoof Men Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: charcoal grey full-sleeve shirt worn open over a plain white crew-neck tee, blue jeans. All texts:
    # caption adapter.
    case(
        "X1219-032",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a short-sleeve T-shirt inside. The man wears a long pants. The pants are "
            "with denim",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        wearing("a shirt and a t-shirt", who="he"),
        describe("shirt", "The shirt is grey."),
        gender="Men",
        title="WROGN Men Charcoal Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # Photo: navy crew-neck tee, light grey chinos, white sneakers. All texts: caption adapter. The feed row has no
    # base colour.
    case(
        "X1219-033",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The "
            "T-shirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        color_of("pants", "pure color", "non_answer", kind="open"),
        wearing("t-shirt and pants", who="he"),
        details("t-shirt", "It has a round neckline."),
        Q.sleeve_length("short"),
        gender="Men",
        title="Campus Sutra Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
    ),
    # Photo: cream full-sleeve shirt with a mandarin (stand) collar, dark blue jeans. All texts: caption adapter.
    case(
        "X1219-034",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "stand neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("shirt", "white", kind="open"),
        wearing("the man", "non_answer", who="he"),
        is_a("shirt", "yes"),
        Q.garment_type("shirt"),
        color_of("jeans", "white", "contradiction", kind="open"),
        gender="Men",
        title="Roadster Men Cream-Coloured Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Photo: red crew-neck tee, blue jeans, white sneakers. All texts: caption adapter.
    case(
        "X1219-035",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red", kind="open"),
        color_of("jeans", "red", "contradiction", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length(
            "The T-shirt has short sleeves. The T-shirt has short sleeves. The T-shirt has short sleeves. The T-shirt "
            "has",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Red Solid Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: olive-and-black checked full-sleeve shirt worn open over a black tee, light blue jeans. All texts: caption
    # adapter.
    case(
        "X1219-036",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("shirt", "green", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.pattern("lattice"),
        details("shirt", "The shirt details are the shirt details.", "restated"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Levis Men Olive Green & Black Checked Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: pink full-sleeve shirt, white chinos. All texts: caption adapter.
    case(
        "X1219-037",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("she is wearing a pink shirt and white pants", "pronoun", who="he"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("shirt", "pink"),
        Q.material(
            "The shirt is with cotton fabric and it has a lapel neckline. The man wears a long trousers. The trousers "
            "are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="The Indian Garage Co Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: black-and-white horizontal striped crew-neck tee, olive chinos. All texts: caption adapter.
    case(
        "X1219-038",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.pattern("striped"),
        color_of("t-shirt", "black and white", kind="open"),
        color_of("pants", "black", "contradiction", kind="open"),
        wearing(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Black & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: white pique polo, navy chinos, a watch on the left wrist. All texts: caption adapter. The feed row has no
    # gender.
    case(
        "X1219-039",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns. It is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers with cotton fabric. There is an accessory on his wrist."
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. There is an accessory on his wrist. The man "
            "wears a short-sleeve polo",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("polo"),
        Q.material("knitted"),
        wearing(
            "The man wears a short-sleeve polo shirt with pure color patterns. It is with cotton fabric and it has a "
            "lapel neckline. The man wears",
            "cut",
            hit_limit=True,
        ),
        title="Nautica Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: teal blue full-sleeve shirt, buttoned cuffs, beige chinos. All texts: caption adapter.
    case(
        "X1219-040",
        caption(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "beige", kind="open"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        wearing("a shirt", who="he"),
        describe("shirt", "It is a shirt.", "restated"),
        gender="Men",
        title="Dennis Lingo Men Teal Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # Photo: brown corduroy full-sleeve shirt with two chest pockets, mid-blue jeans. All texts: caption adapter.
    case(
        "X1219-041",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        Q.material("denim", "contradiction"),
        Q.color("brown"),
        color_of("jeans", "blue", kind="open"),
        details("shirt", "It has two pockets on the chest and buttons on the front."),
        wearing("a brown shirt and blue jeans", who="he"),
        gender="Men",
        title="Roadster Men Brown Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
    ),
    # Photo: purple tee with a white graphic print, black jeans, model with hands in pockets. All texts: caption
    # adapter.
    case(
        "X1219-042",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("t-shirt", "purple", kind="open"),
        color_of("jeans", "black", kind="open"),
        wearing("t-shirt"),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve", "contradiction"),
        gender="Men",
        title="Bewakoof Men Purple Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Purple",
    ),
    # Photo: sky blue oxford button-down shirt tucked into khaki chinos, brown leather belt. All texts: caption
    # adapter.
    case(
        "X1219-043",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric. He wears a belt."
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "beige", kind="open"),
        wearing("a blue shirt and khaki pants", who="he"),
        details(
            "shirt",
            "The shirt is tucked in. The shirt is tucked in. The shirt is tucked in. The shirt is tucked in. The shirt "
            "is",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Sky Blue Slim Fit Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: green-and-white small checked short-sleeve shirt, grey jeans. All texts: caption adapter.
    case(
        "X1219-044",
        caption(
            "The man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("shirt", "green", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("lattice"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and it has a lapel neckline. The man wears a long pants. The pants are "
            "with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("Answer: a shirt and jeans", "leak", who="the man"),
        color_of("jeans", "green", "contradiction", kind="open"),
        gender="Men",
        title="U.S. Polo Assn. Men Green & White Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: flat lay, a black full-sleeve shirt folded on a grey surface, no model, no other garment. All texts:
    # caption adapter. The feed row has no gender.
    case(
        "X1219-045",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        color_of("shirt", "black", kind="open"),
        wearing("a black shirt", who="he"),
        Q.garment_type("shirt"),
        color_of("jeans", "black", "unsupported", kind="open"),
        Q.pattern("pure color"),
        title="Dennis Lingo Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
]
