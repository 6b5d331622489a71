"""BLIND_1291 (45 products; Myntra men's shirts/tees, epoch-2 captioner): written blind in the sixty-third session.
Measured blind at 5ce7a6b (the session's first rules): 101/108 failures found (93.5%) and 4/229 correct texts flagged
(1.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts (article type "Shirts") and t-shirts and polos (article type
"Tshirts"), each photographed on a model over jeans or chinos on a plain studio backdrop; one flat lay (X1291-010),
two back views (X1291-024, X1291-042), and a few props (a coffee cup, sunglasses hooked on a placket, a leather
jacket over the shoulder, a bicycle). The feed's columns are title, category (article type), color (base colour) and
gender; a row now and then lacks one of them, as Myntra exports do. The job ran in two batches: X1291-001 to
X1291-023 were asked six questions (what he is wearing, the color of the shirt or t-shirt, the color of the pants,
describe it, its details, "Is this a shirt / t-shirt?"); from X1291-024 on the yes/no question was swapped for the
sleeve-length and material questions (seven questions). The job always asks about "the pants", whether the model
wears jeans or chinos.
Who wrote what: every text, caption and answers alike, is greedy output of BLIP-2 OPT-2.7b with the epoch-2
checkpoint of the DeepFashion caption adapter (between the published epoch-1 and epoch-3 adapters), 50 new tokens for
the caption and 30 for each answer. At epoch 2 the adapter still gives a short answer to many questions (the base
model's habit, and those stop on the newline), but for many prompts it returns the DeepFashion caption template
("This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric..."), which never
names a hue and, at 30 tokens, is always cut mid-sentence. Captions that get past the fourth template sentence run on
into an accessory sentence or a repeat and are cut at 50 tokens.
Labeling conventions and judgement calls: one label per text. A template answer cut at 30 tokens is "cut" when the
question is one the template addresses (what he wears, describe, details, sleeves, material) and "non_answer" when it
is not (a color question, the yes/no question), since it gives no color or yes/no at all; both carry hit_limit. A
cut caption is "cut" even when the cut sentence is an accessory the photo lacks. A loop that ran to the limit is
"loop". "pure color" for a color question (the training data's pattern label) is "non_answer". A color that belongs
to another garment in the photo (the jeans, the inner t-shirt, a prop jacket) is "other_garment_color"; the shirt's
color given to the pants is the same. A pants color for a flat lay with no pants is "unsupported", as are
accessories, pockets and logos the photo does not show. Near hues I counted as right: olive/green, maroon/red,
lavender and mauve/purple, teal/green, rust/orange, off-white/white, charcoal/grey, khaki/beige for chinos. Beige
called "white" I counted wrong (contradiction with the seller's Beige). A polo is filed under Tshirts on Myntra, so
"no" to "Is this a t-shirt?" for a polo is a contradiction. DeepFashion has no linen: "cotton" for a linen shirt is a
contradiction with the title; "leather" (the prop jacket's) for a shirt the caption calls cotton is a
contradiction too. A template answer's wrong pronoun ("The lady wears") I let the cut or non-answer label
cover; a complete text with the wrong pronoun is "pronoun".
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

MEN = "Men"

BLIND_1291 = [
    # 001 front view: navy and white checked shirt, long sleeves buttoned, untucked, one patch pocket; light blue
    # jeans, white sneakers, grey backdrop. All texts: epoch-2 caption adapter (greedy).
    case(
        "X1291-001",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears a long trousers. The trousers are with denim fabric and solid color patterns."
        ),
        wearing(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue and white", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("shirt", "a navy blue and white checked shirt with long sleeves"),
        details("shirt", "The shirt has a lapel collar, long sleeves, button closure and a pocket on the chest."),
        is_a(
            "shirt",
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "non_answer",
            hit_limit=True,
        ),
        gender=MEN,
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # 002 front view: olive crew-neck t-shirt, short sleeves, black slim jeans, hands in pockets, no watch or
    # jewellery. All texts: epoch-2 caption adapter.
    case(
        "X1291-002",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a green t-shirt and black jeans", who="he"),
        color_of("t-shirt", "pure color", "non_answer", kind="open"),
        color_of("pants", "black", kind="open"),
        describe(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a round neck and short sleeves"),
        is_a("t-shirt", "yes"),
        gender=MEN,
        title="HRX by Hrithik Roshan Men Olive Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # 003 front view: black short-sleeve shirt with a small white leaf-and-flower print, beige chinos, brown leather
    # watch on the left wrist. All texts: epoch-2 caption adapter.
    case(
        "X1291-003",
        caption(
            "This gentleman is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It"
            " has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns."
        ),
        wearing("black shirt and khaki pants", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe("shirt", "a black shirt with white flowers on it"),
        details(
            "shirt",
            "The shirt has a lapel collar, short sleeves, button closure and floral patterns. The shirt has a lapel"
            " collar, short sleeves, button",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender=MEN,
        title="WROGN Men Black Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # 004 front view: white long-sleeve shirt, sleeves rolled to the elbow, tucked into navy chinos, brown belt.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-004",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The man"
            " wears a long trousers. The trousers are with cotton fabric and pure color patterns. He wears a belt."
        ),
        wearing("white shirt and blue pants", who="he"),
        color_of(
            "shirt",
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The man"
            " wears a long trousers. The trousers",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("shirt", "a white shirt with a collar and buttons"),
        details("shirt", "the shirt is tucked into the pants"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Mast & Harbour Men White Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # 005 front view: black crew-neck t-shirt with a large white typographic chest print ("STAY WEIRD"), blue ripped
    # jeans. All texts: epoch-2 caption adapter; the template came back in its "lady" form.
    case(
        "X1291-005",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns.",
            "pronoun",
        ),
        wearing("a black t-shirt with a white print and blue jeans", who="he"),
        color_of("t-shirt", "black", kind="open"),
        color_of(
            "pants",
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a print on the front"),
        is_a("t-shirt", "yes"),
        gender=MEN,
        title="Difference of Opinion Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 006 front view: grey melange polo, three-button placket, small embroidered chest logo, dark blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-006",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with denim fabric and solid color patterns."
        ),
        wearing("grey polo shirt and jeans", who="he"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe("t-shirt", "a grey polo shirt"),
        details(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " it has a lapel",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "no", "contradiction"),
        gender=MEN,
        title="Nautica Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 007 front view: polo with horizontal navy and white stripes, plain white collar, beige chinos, white sneakers.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-007",
        caption(
            "This man wears a short-sleeve T-shirt with striped patterns and a long trousers. The T-shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing(
            "This man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and it"
            " has a lapel",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "navy blue and white", kind="open"),
        color_of("pants", "pure color", "non_answer", kind="open"),
        describe("t-shirt", "a navy blue and white striped polo shirt"),
        details("t-shirt", "striped with a white collar"),
        is_a("t-shirt", "yes"),
        gender=MEN,
        title="U.S. Polo Assn. Men Navy Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 008 front view: mid-blue faded denim shirt, long sleeves, two flap chest pockets, buttoned, black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-008",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        wearing(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its"
            " neckline is lapel. The man wears a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("shirt", "a blue denim shirt with two pockets"),
        details("shirt", "the shirt has two pockets on the chest and buttons on the sleeves"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Jack & Jones Men Blue Slim Fit Faded Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 009 front view: mustard-yellow crew-neck t-shirt with a cartoon of a dog wearing sunglasses, blue jeans; the
    # model holds a takeaway coffee cup and wears no glasses. All texts: epoch-2 caption adapter.
    case(
        "X1291-009",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The man"
            " wears a long trousers. The trousers are with denim fabric and pure color patterns. This man wears"
            " glasses.",
            "unsupported",
        ),
        wearing("a yellow t-shirt and jeans", who="he"),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The man"
            " wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a dog wearing sunglasses"),
        is_a("t-shirt", "yes"),
        gender=MEN,
        title="Bewakoof Men Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # 010 flat lay on white, no model: black crew-neck t-shirt with a yellow Batman logo; nothing else in the frame.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-010",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns.",
            "unsupported",
        ),
        wearing("a black t-shirt with a batman logo", who="he"),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "blue", "unsupported", kind="open"),
        describe("t-shirt", "a black t-shirt with a batman logo on it"),
        details(
            "t-shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender=MEN,
        title="The Souled Store Men Black Batman Logo Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 011 front view: small blue and white gingham check, long sleeves, untucked, khaki chinos, tan loafers, no
    # accessories. All texts: epoch-2 caption adapter.
    case(
        "X1291-011",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline"
            " is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns."
            " This man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white checked shirt and khaki pants", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "khaki", kind="open"),
        describe(
            "shirt",
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a lapel collar and buttons"),
        is_a(
            "shirt",
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "non_answer",
            hit_limit=True,
        ),
        gender=MEN,
        title="Peter England Casuals Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 012 front view: white crew-neck t-shirt with a red batwing logo on the chest, light blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-012",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        wearing(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("t-shirt", "a white t-shirt with a red logo"),
        details("t-shirt", "the t-shirt has a red logo on the chest"),
        is_a("t-shirt", "yes"),
        gender=MEN,
        title="Levis Men White Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 013 front view: mustard long-sleeve shirt worn open over a white crew-neck t-shirt, black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-013",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        wearing("a yellow shirt over a white t-shirt and black jeans", who="he"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("pants", "black", kind="open"),
        describe("shirt", "a shirt", "restated"),
        details(
            "shirt",
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Campus Sutra Men Mustard Yellow Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # 014 front view: olive long-sleeve utility shirt with two flap chest pockets, beige chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-014",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and solid"
            " color patterns."
        ),
        wearing(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " it has a lapel neckline",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " it has a lapel neckline",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "beige", kind="open"),
        describe("shirt", "green shirt"),
        details("shirt", "two pockets on the chest"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Flying Machine Men Olive Green Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # 015 front view: light pink long-sleeve shirt, untucked, white chinos, no accessories.
    # All texts: epoch-2 caption adapter (the pink shirt pulled it to its "lady" template).
    case(
        "X1291-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns.",
            "pronoun",
        ),
        wearing("she is wearing a pink shirt and white pants", "pronoun", who="he"),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("shirt", "a pink shirt with long sleeves"),
        details(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender=MEN,
        title="HERE&NOW Men Pink Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # 016 front view: white pique polo with navy tipping on the collar and a small flag logo, navy chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-016",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("white polo shirt and blue pants", who="he"),
        color_of("t-shirt", "white", kind="open"),
        color_of(
            "pants",
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " it has a lapel",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe("t-shirt", "a white polo shirt with a logo on the chest"),
        details(
            "t-shirt",
            "the collar, the buttons, the logo, the collar, the buttons, the logo, the collar, the buttons, the logo,"
            " the collar, the",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender=MEN,
        title="Tommy Hilfiger Men White Solid Pure Cotton Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 017 front view: black crew-neck t-shirt with the white Puma cat and wordmark, mid-grey jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-017",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        wearing("a black t-shirt and grey jeans", who="he"),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "puma logo"),
        is_a(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "non_answer",
            hit_limit=True,
        ),
        gender=MEN,
        title="Puma Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 018 front view: maroon full-sleeve henley, three-button placket, blue jeans. The sleeves are long (the title
    # does not say so). All texts: epoch-2 caption adapter.
    case(
        "X1291-018",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a red t-shirt and jeans", who="he"),
        color_of("t-shirt", "maroon", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has long sleeves and three buttons on the neck"),
        is_a("t-shirt", "yes"),
        gender=MEN,
        title="Locomotive Men Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # 019 front view: lavender long-sleeve shirt, light grey chinos, steel watch on the left wrist. The feed row
    # has no colour. All texts: epoch-2 caption adapter.
    case(
        "X1291-019",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple shirt and grey pants", who="he"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "purple", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "long sleeves and buttons"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="Dennis Lingo Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
    ),
    # 020 front view: beige short-sleeve shirt with one chest pocket, sunglasses hooked on the placket (not worn),
    # dark blue jeans. All texts: epoch-2 caption adapter.
    case(
        "X1291-020",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        wearing("a white shirt and blue jeans", "contradiction", who="he"),
        color_of("shirt", "beige", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("shirt", "a beige shirt with sunglasses on it"),
        details("shirt", "the shirt has a pocket with sunglasses"),
        is_a(
            "shirt",
            "This man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "non_answer",
            hit_limit=True,
        ),
        gender=MEN,
        title="Louis Philippe Sport Men Beige Solid Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # 021 front view: khaki long-sleeve shirt tucked into dark blue jeans, brown belt.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-021",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns. This man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("khaki shirt and jeans", who="he"),
        color_of("shirt", "khaki", kind="open"),
        color_of("pants", "khaki", "other_garment_color", kind="open"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details("shirt", "the shirt is tucked into the jeans"),
        is_a("shirt", "yes"),
        gender=MEN,
        title="SPYKAR Men Khaki Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # 022 front view: navy crew-neck t-shirt with a small all-over white geometric print, olive chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-022",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        wearing("a blue t-shirt and green pants", who="he"),
        color_of(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "green", kind="open"),
        describe(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "small white print all over"),
        is_a("t-shirt", "yes"),
        gender=MEN,
        title="Moda Rapido Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 023 front view: red crew-neck t-shirt with white horizontal stripes, blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-023",
        caption(
            "This man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        wearing(
            "This man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "red and white", kind="open"),
        color_of(
            "pants",
            "This man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe("t-shirt", "a red and white striped t-shirt"),
        details(
            "t-shirt",
            "stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes, stripes,"
            " stripes, stripes, stripes, stripes",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender=MEN,
        title="Harvard Men Red & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # ---- second batch: sleeve-length and material questions instead of the yes/no question ----
    # 024 back view: oversized black drop-shoulder t-shirt with a large anime-girl print on the back, light blue
    # baggy jeans. All texts: epoch-2 caption adapter.
    case(
        "X1291-024",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The man"
            " wears a long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        wearing(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The man"
            " wears a long trousers. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "pure color", "non_answer", kind="open"),
        describe("t-shirt", "the back of a black t-shirt with a picture on it"),
        details("t-shirt", "a picture of a girl on the back"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="DILLINGER Men Black Graphic Printed Oversized Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 025 front view: rust short-sleeve Cuban-collar shirt with a cream leaf print, worn open at the neck, beige
    # chinos, thin gold chain. All texts: epoch-2 caption adapter.
    case(
        "X1291-025",
        caption(
            "This man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        wearing("an orange shirt and beige pants", who="he"),
        color_of("shirt", "orange", kind="open"),
        color_of(
            "pants",
            "This man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "This man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a collar and leaves on it"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        BLIND_QUESTIONS.material("chiffon", "unsupported"),
        gender=MEN,
        title="Snitch Men Rust Cuban Collar Printed Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # 026 front view: teal linen shirt, long sleeves rolled up, slightly slubby texture, white chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-026",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns.",
            "contradiction",
        ),
        wearing("a green shirt and white pants", who="he"),
        color_of("shirt", "green", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("shirt", "a green shirt with long sleeves"),
        details("shirt", "the sleeves are rolled up"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        BLIND_QUESTIONS.material("cotton", "contradiction"),
        gender=MEN,
        title="ether Men Teal Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # 027 front view: white shirt with thin vertical blue stripes, long sleeves, navy chinos, no accessories.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-027",
        caption(
            "This man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. This man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and blue pants", who="he"),
        color_of("shirt", "blue and white", kind="open"),
        color_of(
            "pants",
            "This man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe("shirt", "a white shirt with blue stripes"),
        details(
            "shirt",
            "This man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="Indian Terrain Men White & Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # 028 front view: charcoal polo, two-button placket, black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-028",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with denim fabric and pure color patterns."
        ),
        wearing(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it"
            " has a lapel",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it"
            " has a lapel",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        describe("t-shirt", "a grey polo shirt"),
        details("t-shirt", "two buttons on the collar"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="Allen Solly Sport Men Charcoal Grey Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # 029 front view: green and black buffalo-check flannel shirt worn open over a black crew-neck t-shirt, blue
    # jeans, bare head (no hat). All texts: epoch-2 caption adapter.
    case(
        "X1291-029",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The man wears"
            " a long trousers. The trousers are with denim fabric and pure color patterns. This man wears a hat.",
            "unsupported",
        ),
        wearing("a green and black plaid shirt over a black t-shirt and jeans", who="he"),
        color_of("shirt", "green and black", kind="open"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe("shirt", "a green and black plaid flannel shirt"),
        details("shirt", "the shirt is unbuttoned and worn over a t-shirt"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        BLIND_QUESTIONS.material("flannel"),
        gender=MEN,
        title="Roadster Men Green & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # 030 front view: off-white crew-neck t-shirt with a small sunset print on the chest, olive chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-030",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        wearing(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        color_of("pants", "green", kind="open"),
        describe("t-shirt", "a white t-shirt with a picture of a sunset"),
        details(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="Kook N Keech Men Off-White Printed Round Neck T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # 031 front view: black short-sleeve henley, stone-washed grey jeans, black strap watch on the left wrist.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-031",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with"
            " cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns."
            " There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("black t-shirt and grey jeans", who="he"),
        color_of("t-shirt", "black", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("t-shirt", "black henley t-shirt"),
        details(
            "t-shirt",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        BLIND_QUESTIONS.material(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Urbano Fashion Men Black Solid Henley Neck Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 032 front view: maroon long-sleeve shirt, black jeans; a brown leather jacket held over one shoulder (prop).
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-032",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        wearing("a maroon shirt, black jeans and a brown leather jacket", who="he"),
        color_of("shirt", "brown", "other_garment_color", kind="open"),
        color_of("pants", "black", kind="open"),
        describe(
            "shirt",
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a collar and buttons down the front"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        BLIND_QUESTIONS.material("leather", "contradiction"),
        gender=MEN,
        title="HIGHLANDER Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # 033 front view: grey melange crew-neck t-shirt, plain, no pocket, navy chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-033",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt "
            "is with cotton fabric and it has a crew neckline. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("he is wearing a grey t-shirt and blue pants", who="he"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe(
            "t-shirt",
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton"
            " fabric and it has a crew",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="Mast & Harbour Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 034 front view: mauve long-sleeve shirt with a mandarin (band) collar, white jeans. The feed row has no
    # colour. All texts: epoch-2 caption adapter.
    case(
        "X1291-034",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns.",
            "contradiction",
        ),
        wearing("a purple shirt and white jeans", who="he"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("shirt", "a purple shirt with a mandarin collar"),
        details("shirt", "the shirt has a stand collar and long sleeves"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="HERE&NOW Men Mauve Slim Fit Mandarin Collar Casual Shirt",
        category="Shirts",
    ),
    # 035 front view: white crew-neck t-shirt, small black chest logo (the text print is on the back, unseen),
    # short sleeves, black jeans, white sneakers. The feed row has no gender. All texts: epoch-2 caption adapter.
    case(
        "X1291-035",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("white t-shirt and black jeans", who="he"),
        color_of("t-shirt", "white", kind="open"),
        color_of(
            "pants",
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "a small logo on the chest"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve", "contradiction"),
        BLIND_QUESTIONS.material("cotton"),
        title="WROGN Men White Back Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 036 front view: black long-sleeve shirt, untucked, light grey jeans, no accessories.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-036",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns. This man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("Question: What is he wearing? Answer: a black shirt and grey jeans", "leak", who="he"),
        color_of("shirt", "black", kind="open"),
        color_of("pants", "grey", kind="open"),
        describe("shirt", "a black shirt"),
        details("shirt", "the shirt has long sleeves and a collar"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="Roadster Men Black Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # 037 front view: white crew-neck t-shirt with a small black swoosh, khaki chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-037",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("white t-shirt and khaki pants", who="he"),
        color_of(
            "t-shirt",
            "white Question: What is the color of the pants? Answer: khaki Question: What is the color of the shoes?"
            " Answer: white",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "khaki", kind="open"),
        describe("t-shirt", "a white t-shirt with a nike logo"),
        details("t-shirt", "nike logo on the chest"),
        BLIND_QUESTIONS.sleeve_length(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="Nike Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 038 front view: navy short-sleeve shirt with a tiny white polka-dot print, light blue jeans. The feed row has
    # no category. All texts: epoch-2 caption adapter.
    case(
        "X1291-038",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns.",
            "contradiction",
        ),
        wearing("a blue shirt and jeans", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe(
            "shirt",
            "This man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "white polka dots, short sleeves, button down"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="Jack & Jones Men Navy Blue Slim Fit Polka Dot Printed Casual Shirt",
        color="Navy Blue",
    ),
    # 039 front view: red polo, white jeans; the model leans on a black bicycle (prop).
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-039",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a red shirt and white pants", who="he"),
        color_of("t-shirt", "red", kind="open"),
        color_of("pants", "white", kind="open"),
        describe(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it"
            " has a lapel",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "a man standing next to a bike", "non_answer"),
        BLIND_QUESTIONS.sleeve_length("short"),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="Puma Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # 040 front view: colourblocked crew-neck t-shirt, navy upper half and white lower half, black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-040",
        caption(
            "This man wears a short-sleeve T-shirt with color block patterns and a long trousers. The T-shirt is with"
            " cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns."
        ),
        wearing(
            "This man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and"
            " its neckline is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue and white", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        describe("t-shirt", "a blue and white t-shirt"),
        details("t-shirt", "the top is blue and the bottom is white"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="Campus Sutra Men Blue & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # 041 front view: brown corduroy shirt, long sleeves, one chest pocket, dark blue jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-041",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        wearing("a brown shirt and jeans", who="he"),
        color_of("shirt", "brown", kind="open"),
        color_of("pants", "brown", "other_garment_color", kind="open"),
        describe("shirt", "a brown corduroy shirt"),
        details(
            "shirt",
            "The shirt has a lapel collar, long sleeves and a pocket on the chest. The shirt has a lapel collar, long"
            " sleeves and a pocket",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        BLIND_QUESTIONS.material("corduroy"),
        gender=MEN,
        title="Mufti Men Brown Slim Fit Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
    ),
    # 042 back view: green polo seen from behind (collar, plain back, short sleeves), beige chinos. The feed row
    # has no gender. All texts: epoch-2 caption adapter.
    case(
        "X1291-042",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The"
            " man wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The"
            " man wears a long trousers. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "green", kind="open"),
        color_of("pants", "khaki", kind="open"),
        describe("t-shirt", "a green polo shirt with a collar"),
        details("t-shirt", "the back of the shirt", "non_answer"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        BLIND_QUESTIONS.material("cotton"),
        title="United Colors of Benetton Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # 043 front view: white short-sleeve shirt with a black abstract brush-stroke print, black jeans.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-043",
        caption(
            "This man wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        wearing(
            "This man wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "white and black", kind="open"),
        color_of("pants", "black", kind="open"),
        describe(
            "shirt",
            "This man wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The man wears a",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "black and white print"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve", "contradiction"),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="Ketch Men White & Black Abstract Printed Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # 044 front view: plain mustard crew-neck t-shirt, no print or logo, blue jeans, white sneakers.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-044",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a yellow t-shirt and blue jeans", who="he"),
        color_of("t-shirt", "pure color", "non_answer", kind="open"),
        color_of("pants", "blue", kind="open"),
        describe("t-shirt", "a yellow t-shirt with a black logo on the chest", "unsupported"),
        details(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        BLIND_QUESTIONS.material("cotton"),
        gender=MEN,
        title="Mast & Harbour Men Mustard Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # 045 front view: blue and black tartan check shirt, long sleeves, buttoned, beige chinos.
    # All texts: epoch-2 caption adapter.
    case(
        "X1291-045",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The man wears"
            " a long trousers. The trousers are with cotton fabric and pure color patterns. The man wears a long"
            " trousers. The trousers are",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue checked shirt and beige pants", who="he"),
        color_of("shirt", "blue", kind="open"),
        color_of("pants", "beige", kind="open"),
        describe("shirt", "a blue and black checked shirt"),
        details("shirt", "the shirt has buttons and a collar"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        BLIND_QUESTIONS.material("denim", "unsupported"),
        gender=MEN,
        title="Arrow Sport Men Blue & Black Slim Fit Tartan Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
]
