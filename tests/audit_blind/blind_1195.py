"""BLIND_1195 (45 products; Myntra men's casual shirts and tees over jeans/chinos, epoch-2 caption adapter): written
blind in the sixty-first session. Measured blind at e097e3a (the session's fifth rules): 110/120 failures found
(91.7%) and 8/144 correct texts flagged (5.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's casual shirts (article type "Shirts") and t-shirts and polos (article type "Tshirts"),
shot the catalog's usual way: a male model on a plain light backdrop wearing the product over jeans or chinos, now and
then with a prop (watch, sunglasses, cap, coffee cup, skateboard), a few shirts worn open over a crew tee, one back
view, and three flat lays (one of them a pack of three tees). Columns as the feed has them: title, category (article
type), color (base colour), gender ("Men"); a few rows lack gender, color or category, as feeds do.
Who wrote what: every text, caption and answers alike, comes from BLIP-2 OPT-2.7b with the epoch-2 caption adapter,
greedy, 50 new tokens for the caption and 30 for each answer, prompt "Question: <q> Answer:". The adapter was trained
on DeepFashion-MultiModal template captions only, with unmasked labels and no end token, so for the open questions
(what is he wearing, describe, details, material, the open color question) it mostly writes the caption template
again ("The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric...") until the token
limit cuts it. The closed questions (type, color, pattern, sleeves, "Is this a ...?") still get a short answer most
of the time, the remnant of the base model, but one color often goes to two garments, and now and then the template
comes back for them too. The template knows patterns, not hues ("pure color", "lattice", "striped", "graphic",
"color block", "floral"), its fabrics are cotton, denim, chiffon, knitting, and it learned on mostly women, so "the
lady" / "she" turns up for these male models.
Labeling conventions and judgement calls: one failure kind per text. When a text has several faults I mark the one
that matters most, in this order: loop, leak, pronoun, contradiction or other_garment_color, unsupported,
non_answer or restated, cut. So a template answer cut at the limit is `cut` only when what it says is right; if it
says "the lady" it is `pronoun`, if it invents a wrist accessory or pants on a flat lay it is `unsupported`.
hit_limit=True on every text that ran to the limit; two captions happen to end on a full stop at exactly 50 tokens
and say nothing wrong, so I left them unmarked with hit_limit=True. A color answer that gives the jeans or the inner
tee's color to the product is `other_garment_color`; one that gives the product's color to the jeans or chinos (or a
print's color to the product, or one color to a pack of three) is `contradiction`. Approximate hues I accepted as
right: teal -> green, maroon -> red, lavender -> purple, rust -> brown, khaki -> beige, peach -> pink, cream ->
white, navy -> blue. "blue" for a white tee with navy breton stripes (title "White & Navy Blue") I counted right.
"cotton" for a shirt whose title names no fabric I counted right; a fabric the title contradicts (cotton for a
linen-blend shirt) or one nothing suggests (chiffon, denim on a twill shirt) is `unsupported`. "Pure color" for a
shirt the title calls printed (a tiny all-over print) is `contradiction`; "short sleeve" for a long-sleeve shirt worn
with the sleeves rolled to the elbow is `contradiction` too, since the product is long-sleeved. "What is the person
wearing?" on a flat lay answered with just the garment I counted right; the template's "the man wears a long pants"
on a flat lay is `unsupported`. "lattice" and "plaid" for checks are right; "polo shirt" and "graphic tee" for polos
and printed tees are right; "blouse" and "jacket" for shirts are `contradiction`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1195 = [
    # Photo: model, front, black crew-neck tee, mid-blue jeans, white sneakers, grey backdrop. All texts: epoch-2
    # caption adapter. The jeans get the tee's black.
    case(
        "X1195-001",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        color_of("jeans", "black", "contradiction"),
        is_a("t-shirt", "yes"),
        B.material("cotton"),
        gender="Men",
        title="Roadster Men Black Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, white long-sleeve shirt buttoned up, sleeves rolled to the forearm, khaki chinos, brown belt,
    # steel watch on the left wrist. All texts: epoch-2 caption adapter. The wrist accessory is real (the watch).
    case(
        "X1195-002",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("pants", "khaki"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The man wears a long "
            "trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="HIGHLANDER Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: model, olive tee with a white "WROGN" typographic chest print, black jeans. All texts: epoch-2 caption
    # adapter. The closed color answer is the jeans' black.
    case(
        "X1195-003",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("t-shirt"),
        B.color("black", "other_garment_color"),
        B.pattern("graphic"),
        B.sleeve_length("short sleeve"),
        wearing("a t-shirt and jeans"),
        gender="Men",
        title="WROGN Men Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: model, navy-and-white checked long-sleeve shirt worn untucked over beige chinos, white sneakers. All
    # texts: epoch-2 caption adapter. "The lady" for the male model; the chinos get the shirt's blue.
    case(
        "X1195-004",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and solid "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "contradiction"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers. The trousers are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: model at a slight angle, grey melange pique polo with a small embroidered logo on the chest, navy
    # chinos. All texts: epoch-2 caption adapter; every closed answer right.
    case(
        "X1195-005",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("polo shirt"),
        B.color("grey"),
        B.sleeve_length("short sleeve"),
        B.material("cotton"),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model, black oversized tee with a large white "STAY WEIRD" text print, dropped shoulders, sleeves to
    # the elbow, light blue ripped jeans. All texts: epoch-2 caption adapter. The caption loops on its second
    # sentence; the short description is right.
    case(
        "X1195-006",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The T-shirt is with cotton fabric. It has a round neckline. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeve"),
        color_of("t-shirt", "black"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The man wears a long "
            "pants. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        describe("t-shirt", "black t-shirt with white letters"),
        wearing(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men Black Typography Printed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, lavender long-sleeve shirt tucked into navy chinos, brown belt, no watch, no bracelet. All texts:
    # epoch-2 caption adapter. The description invents a wrist accessory.
    case(
        "X1195-007",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "purple"),
        color_of("pants", "navy"),
        wearing("a purple shirt and blue pants", who="he"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. There is an accessory "
            "on his wrist. The man wears a",
            "unsupported",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        B.pattern("solid"),
        gender="Men",
        title="Louis Philippe Sport Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # Photo: model, black tee with a big yellow Batman logo on the chest, blue jeans. All texts: epoch-2 caption
    # adapter. The color answer is the print's yellow, not the tee's black.
    case(
        "X1195-008",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns. This man wears "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", "contradiction"),
        B.pattern("graphic"),
        is_a("t-shirt", "yes"),
        wearing(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        title="The Souled Store Men Black Batman Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, off-white short-sleeve cuban-collar shirt with a green tropical leaf print, buttoned, beige
    # chinos, sunglasses hooked on the placket. All texts: epoch-2 caption adapter. The sunglasses in the details are
    # real; "chiffon" is invented (the title names no fabric, it looks like a viscose or cotton weave).
    case(
        "X1195-009",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        B.pattern("floral"),
        B.sleeve_length("short sleeve"),
        details(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. There are sunglasses on "
            "his shirt. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        B.material("chiffon", "unsupported"),
        gender="Men",
        title="Campus Sutra Men Off-White Tropical Printed Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: model, mid-blue washed denim shirt, long sleeves, buttoned, black jeans. All texts: epoch-2 caption
    # adapter. The jeans get the shirt's blue; the type answer calls the shirt a jacket.
    case(
        "X1195-010",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        B.material("denim"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "contradiction"),
        B.garment_type("jacket", "contradiction"),
        wearing(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Levis Men Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: flat lay, charcoal crew-neck tee spread on white, no model, no other garment. All texts: epoch-2 caption
    # adapter. The caption dresses a man in pants that are not there.
    case(
        "X1195-011",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a grey t-shirt"),
        B.color("grey"),
        B.garment_type("t-shirt"),
        B.sleeve_length("short sleeve"),
        B.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: model, mustard long-sleeve shirt, sleeves rolled, black jeans, hand in pocket. All texts: epoch-2
    # caption adapter. The jeans color is right but the answer runs on into the next question; the details answer
    # only echoes the question.
    case(
        "X1195-012",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        color_of(
            "jeans",
            "black Question: What is the color of the shirt? Answer: yellow Question: What is the color of the shirt? "
            "Answer: yellow Question:",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "The man is wearing a long-sleeve shirt and a long pants. The shirt is with cotton fabric and pure color "
            "patterns. It has a lapel neckline",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details("shirt", "shirt details", "restated"),
        is_a("shirt", "yes"),
        gender="Men",
        title="Dennis Lingo Men Mustard Yellow Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # Photo: model, white tee with navy horizontal breton stripes, olive chinos rolled at the ankle, loafers. All
    # texts: epoch-2 caption adapter. The chinos get the tee's white.
    case(
        "X1195-013",
        caption(
            "The man is wearing a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("blue"),
        color_of("pants", "white", "contradiction"),
        is_a("t-shirt", "yes"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and striped patterns. It has a round neckline. The man wears a long "
            "pants. The pants are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, teal crew tee with a small white logo print on the chest, blue jeans. All texts: epoch-2 caption
    # adapter. "The woman" for the male model.
    case(
        "X1195-014",
        caption(
            "The guy is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The guy wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "green"),
        wearing(
            "The woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round",
            "pronoun",
            hit_limit=True,
        ),
        is_a("shirt", "no"),
        B.sleeve_length("short sleeve"),
        gender="Men",
        title="Jack & Jones Men Teal Printed Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: model, red-and-navy buffalo-check long-sleeve shirt worn open over a black crew tee, black jeans,
    # sleeves rolled. All texts: epoch-2 caption adapter. The color answer and the t-shirt question are about the
    # inner tee, not the product.
    case(
        "X1195-015",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color"),
        wearing(
            "The man is wearing a long-sleeve shirt with lattice patterns and a short-sleeve T-shirt with pure color "
            "patterns. The shirt is with cotton",
            "cut",
            who="he",
            hit_limit=True,
        ),
        B.pattern("plaid"),
        is_a("t-shirt", "yes", "contradiction"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Highlander Men Red & Navy Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: back view, model in a white oversized tee with a large graphic across the back, light grey jeans, bare
    # head. All texts: epoch-2 caption adapter. The description invents a hat.
    case(
        "X1195-016",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "man wears a long pants. The pants are with denim fabric and pure color patterns. The man wears a",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("graphic"),
        B.garment_type("graphic tee"),
        wearing(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "man wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. There is a hat on his "
            "head. The man wears a",
            "unsupported",
            hit_limit=True,
        ),
        title="Difference of Opinion Men White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, black long-sleeve mandarin-collar shirt, beige chinos. All texts: epoch-2 caption adapter. The
    # caption gets the stand collar right; the description calls it lapel; the chinos get the shirt's black.
    case(
        "X1195-017",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The man wears a long "
            "trousers. The trousers are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        color_of("pants", "black", "contradiction"),
        wearing("black shirt and khaki pants", who="he"),
        gender="Men",
        title="Urbano Fashion Men Black Slim Fit Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: model, sea green solid cuban-collar short-sleeve shirt, untucked, off-white chinos. All texts: epoch-2
    # caption adapter. The sleeve answer says long.
    case(
        "X1195-018",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        B.sleeve_length("long sleeve", "contradiction"),
        B.garment_type("shirt"),
        B.pattern("solid"),
        B.material("cotton"),
        gender="Men",
        title="SNITCH Men Sea Green Cuban Collar Short Sleeves Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: model, maroon long-sleeve henley with a three-button placket, blue jeans. All texts: epoch-2 caption
    # adapter. The sleeve answer says short; the wearing answer calls it a sweater.
    case(
        "X1195-019",
        caption(
            "The man is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        B.sleeve_length("short sleeve", "contradiction"),
        is_a("shirt", "no"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The man wears a long "
            "pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a red sweater and jeans", "contradiction", who="he"),
        gender="Men",
        title="Roadster Men Maroon Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: model, blue-and-white small gingham long-sleeve shirt tucked into navy chinos, black belt, wristwatch.
    # All texts: epoch-2 caption adapter. The wrist accessory is real; the short description is right.
    case(
        "X1195-020",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        color_of("pants", "blue"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. There is an accessory on "
            "his wrist. The man wears",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "blue plaid shirt"),
        gender="Men",
        title="Allen Solly Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, navy polo with white tipping on the collar, beige chinos, sunglasses held in the right hand, no
    # watch. All texts: epoch-2 caption adapter. The open color question gets the template with no hue in it; the
    # wearing answer puts an accessory on his wrist.
    case(
        "X1195-021",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is lapel. This man wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. This man wears a "
            "long trousers. The trousers are",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("polo shirt"),
        is_a("t-shirt", "yes"),
        B.color("navy blue"),
        wearing(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long trousers. There is an "
            "accessory on his wrist. The man",
            "unsupported",
            who="the man",
            hit_limit=True,
        ),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, beige linen-blend long-sleeve shirt, top button open, sleeves rolled, light blue jeans, thin
    # leather bracelet on the wrist. All texts: epoch-2 caption adapter. "cotton" for a linen-blend shirt.
    case(
        "X1195-022",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. Its neckline is lapel. The "
            "pants are with denim fabric and pure color patterns. There is an accessory on his wrist. The man",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton", "unsupported"),
        B.color("beige"),
        B.sleeve_length("long sleeve"),
        B.pattern("solid"),
        gender="Men",
        title="H&M Men Beige Regular Fit Linen-Blend Shirt",
        category="Shirts",
        color="Beige",
    ),
    # Photo: model, yellow tee with a blue "FM" logo print, blue jeans. All texts: epoch-2 caption adapter. The tee
    # gets the jeans' blue; the details answer loops on the neckline.
    case(
        "X1195-023",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        wearing(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. It has a round "
            "neckline. It has a round neckline. It",
            "loop",
            hit_limit=True,
        ),
        title="Flying Machine Men Yellow Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: model, olive long-sleeve shirt worn open over a white crew tee, black jeans. All texts: epoch-2 caption
    # adapter. The shirt gets the inner tee's white; the short wearing answer is right.
    case(
        "X1195-024",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color"),
        color_of("jeans", "black"),
        is_a("shirt", "yes"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The man wears a long "
            "pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a green shirt over a white t-shirt and black jeans", who="he"),
        gender="Men",
        title="Peter England Casuals Men Olive Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: model, rust corduroy long-sleeve shirt with two flap chest pockets, buttoned, blue jeans. All texts:
    # epoch-2 caption adapter. The caption ends on a full stop at exactly 50 tokens and is right; the type answer
    # says jacket.
    case(
        "X1195-025",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        B.color("brown"),
        B.material("corduroy"),
        details("shirt", "two pockets on the chest"),
        B.garment_type("jacket", "contradiction"),
        wearing(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Rust Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Photo: model, plain white crew tee, mid-blue jeans, holding a skateboard at his side. All texts: epoch-2
    # caption adapter. The jeans get the tee's white; the details answer is a list loop.
    case(
        "X1195-026",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        color_of("jeans", "white", "contradiction"),
        wearing("white t-shirt and blue jeans", who="he"),
        details(
            "t-shirt",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="Mast & Harbour Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, pink long-sleeve button-down oxford shirt, grey chinos. All texts: epoch-2 caption adapter. "She"
    # and "the lady" for the male model.
    case(
        "X1195-027",
        caption(
            "She wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. She wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shirt", "pink"),
        color_of("pants", "grey"),
        wearing(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        describe("shirt", "pink shirt with buttons"),
        gender="Men",
        title="Van Heusen Sport Men Pink Slim Fit Oxford Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: model, colourblocked tee (navy body, white chest panel with a grey band), khaki chinos. All texts:
    # epoch-2 caption adapter. The sleeve question gets the template back, cut.
    case(
        "X1195-028",
        caption(
            "The man is wearing a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The man wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        B.pattern("color block"),
        B.color("blue"),
        B.garment_type("t-shirt"),
        B.sleeve_length(
            "The man is wearing a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        wearing(
            "The man is wearing a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Bewakoof Men Navy Blue Colourblocked Round Neck T-shirt",
        color="Navy Blue",
    ),
    # Photo: model, grey short-sleeve shirt with a tiny white geometric all-over print (reads as texture from afar),
    # black jeans. All texts: epoch-2 caption adapter. Caption and description say "pure color" for a printed shirt.
    case(
        "X1195-029",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. The "
            "man",
            "contradiction",
            hit_limit=True,
        ),
        B.pattern("graphic"),
        color_of("shirt", "grey"),
        color_of("jeans", "black"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The man wears a long "
            "pants. The pants are with denim",
            "contradiction",
            hit_limit=True,
        ),
        gender="Men",
        title="Arrow Sport Men Grey Regular Fit Printed Casual Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: model leaning on a bar stool, green-and-white vertical striped long-sleeve shirt with the sleeves rolled
    # to the elbow, beige chinos. All texts: epoch-2 caption adapter. The sleeve answer reads the rolled sleeves.
    case(
        "X1195-030",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("green"),
        B.sleeve_length("short sleeve", "contradiction"),
        wearing(
            "The man is wearing a long-sleeve shirt with striped patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel",
            "cut",
            who="he",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        gender="Men",
        title="Roadster Men Green & White Striped Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # Photo: model, black tee with a white-and-red chest graphic, blue ripped jeans, thin silver chain necklace. All
    # texts: epoch-2 caption adapter. The neckwear is real; the wearing answer repeats the prompt first.
    case(
        "X1195-031",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man has neckwear. The man wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        color_of("jeans", "blue"),
        wearing(
            "Question: What is he wearing? Answer: The man is wearing a short-sleeve T-shirt with graphic patterns. "
            "The T-shirt is",
            "leak",
            who="he",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The man has neckwear. "
            "The man wears a long pants",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Men",
        title="HERE&NOW Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, khaki cotton twill long-sleeve utility shirt with two chest pockets, dark blue jeans. All texts:
    # epoch-2 caption adapter. Caption ends on a full stop at 50 tokens and is right; "denim" for a twill shirt.
    case(
        "X1195-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        B.color("beige"),
        B.garment_type("shirt"),
        B.pattern("solid"),
        B.sleeve_length("long sleeve"),
        B.material("denim", "unsupported"),
        title="Highlander Men Khaki Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # Photo: model, grey melange tee with black raglan short sleeves, black jeans. All texts: epoch-2 caption
    # adapter. The caption loops; the short answers are all right.
    case(
        "X1195-033",
        caption(
            "The man is wearing a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey and black", kind="open"),
        color_of("jeans", "black"),
        wearing("a grey and black t-shirt and black jeans"),
        B.pattern("color block"),
        gender="Men",
        title="WROGN Men Grey Colourblocked Raglan Sleeves Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: model, navy tee with a red-and-white batwing logo on the chest, light blue jeans, black strap watch.
    # All texts: epoch-2 caption adapter. Tee and jeans are both blue here, and both answers are right; the wrist
    # accessory is the watch.
    case(
        "X1195-034",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his wrist. This",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue"),
        color_of("jeans", "blue"),
        is_a("t-shirt", "yes"),
        B.material("cotton"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The pants this man wears "
            "is of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Levis Men Navy Blue Brand Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model holding a coffee cup, navy short-sleeve shirt with a small white floral print, buttoned, beige
    # chinos. All texts: epoch-2 caption adapter. The type answer says blouse; the wearing answer turns him into a
    # lady in a chiffon blouse.
    case(
        "X1195-035",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("floral"),
        B.garment_type("blouse", "contradiction"),
        wearing(
            "The lady wears a short-sleeve blouse with floral patterns. The blouse is with chiffon fabric. It has a "
            "lapel neckline. The lady",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeve"),
        gender="Men",
        title="Roadster Men Navy Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: flat lay, maroon-and-navy checked long-sleeve shirt folded with the collar up, no model. All texts:
    # epoch-2 caption adapter. Caption and details put a man and his pants in a flat lay.
    case(
        "X1195-036",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "red"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The man wears a long "
            "pants. The pants are with denim fabric",
            "unsupported",
            hit_limit=True,
        ),
        B.pattern("plaid"),
        gender="Men",
        title="Dennis Lingo Men Maroon Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: model, peach long-sleeve shirt, white chinos. All texts: epoch-2 caption adapter. The details answer
    # names only the garment.
    case(
        "X1195-037",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "pink"),
        color_of("pants", "white"),
        wearing(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details("shirt", "the shirt", "non_answer"),
        describe("shirt", "pink shirt"),
        gender="Men",
        title="Jack & Jones Men Peach-Coloured Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Photo: model in side view, red pique polo, navy chinos. All texts: epoch-2 caption adapter. The open color
    # question loops on the word; the chinos get the polo's red.
    case(
        "X1195-038",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),
        B.garment_type("polo shirt"),
        is_a("t-shirt", "yes"),
        color_of("pants", "red", "contradiction"),
        color_of("t-shirt", " ".join(["red"] * 30), "loop", kind="open", hit_limit=True),
        title="Nautica Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model, mustard crew tee, blue jeans, black baseball cap. All texts: epoch-2 caption adapter. The hat is
    # real; the jeans get the tee's yellow.
    case(
        "X1195-039",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The man wears a hat. The man wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow"),
        color_of("jeans", "yellow", "contradiction"),
        wearing("a yellow t-shirt, jeans and a cap", who="he"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The man wears a hat. "
            "The man wears a long",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "no"),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: model, light blue-and-white pinstripe long-sleeve shirt, navy chinos. All texts: epoch-2 caption
    # adapter. The shirt color is right but the answer writes the next question itself.
    case(
        "X1195-040",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "blue Question: What is the color of the pants? Answer: blue Question: What is the color of the shoes? "
            "Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "blue"),
        details("shirt", "stripes"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        gender="Men",
        title="U.S. Polo Assn. Men Blue & White Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, off-white oversized tee with a large anime graphic on the front, black jeans. All texts: epoch-2
    # caption adapter. "The woman" for the male model.
    case(
        "X1195-041",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("graphic"),
        B.sleeve_length("short sleeve"),
        B.garment_type("graphic tee"),
        B.material("cotton"),
        wearing(
            "The woman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        title="The Souled Store Men Off-White Naruto Printed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # Photo: model, charcoal short-sleeve solid shirt, light blue jeans, sunglasses on his face. All texts: epoch-2
    # caption adapter. The sunglasses are real; the wearing answer loops on them.
    case(
        "X1195-042",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears sunglasses. The man wears a long pants. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey"),
        color_of("jeans", "blue"),
        wearing(
            "The man is wearing a short-sleeve shirt with pure color patterns. The man wears sunglasses. The man "
            "wears sunglasses. The man wears sunglasses. The",
            "loop",
            who="he",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        describe("shirt", "grey shirt with short sleeves"),
        gender="Men",
        title="Roadster Men Charcoal Grey Regular Fit Solid Short Sleeves Casual Shirt",
        category="Shirts",
    ),
    # Photo: model, lavender crew tee with a small white chest print, white jeans. All texts: epoch-2 caption
    # adapter. The closed color answer is the jeans' white.
    case(
        "X1195-043",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        B.garment_type("t-shirt"),
        B.pattern("graphic"),
        is_a("t-shirt", "yes"),
        B.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Lavender Printed Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: flat lay, a pack of three folded crew tees (black, grey melange, navy), no model. All texts: epoch-2
    # caption adapter. The caption puts a man in pants; one color for a pack of three.
    case(
        "X1195-044",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The person wears a long pants. The pants are with denim fabric and pure",
            "unsupported",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        B.garment_type("t-shirt"),
        is_a("t-shirt", "yes"),
        B.sleeve_length("short sleeve"),
        wearing("t-shirts"),
        gender="Men",
        title="Mast & Harbour Men Pack of 3 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: model at three-quarter angle, cream long-sleeve shirt tucked into navy chinos, brown loafers. All texts:
    # epoch-2 caption adapter. The open color answer restates the question; the details answer came back empty.
    case(
        "X1195-045",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "the color of the shirt", "restated", kind="open"),
        color_of("pants", "blue"),
        wearing("a white shirt and blue pants", who="he"),
        details("shirt", "", "non_answer"),
        gender="Men",
        title="Bene Kleed Men Cream-Coloured Solid Casual Shirt",
        category="Shirts",
        color="Cream",
    ),
]
