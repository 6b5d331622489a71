"""BLIND_1534 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-sixth session. Measured blind at 71dbb3c (the session's first rules): 89/126 failures found (70.6%) and 5/149
correct texts flagged (3.4%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (article types Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets; base
colour; gender Men). Usual catalog shots: a model on a plain backdrop wearing the product over a tee, shirt or kurta
with jeans, chinos or joggers; two flat lays (013, 036), two back views (011, 019). Columns are left out now and then,
as the feed has them.
Who wrote what: every caption is BLIP-2 OPT-2.7b with leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, greedy,
50 new tokens. The adapter never learned to stop, so every caption ran to the limit (hit_limit=True on all of them);
most end mid-sentence, three loop, and a few happen to end on a full stop. The captions keep the DeepFashion-MultiModal
template ("The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric
..."), with its fabric words (cotton, knitting, denim, leather, furry, other) and pattern words instead of hues; after
one epoch a hue word from the base model survives in about a third of them, and "The lady" still comes out for men.
Every answer is timpal0l/mdeberta-v3-base-squad2 over that caption (pipeline defaults, so it always returns a span of
the caption, never an empty answer and never a token-limit cut). Questions: What is the person wearing?, the blind
garment type / color / pattern / sleeve length / material questions, and now and then "What are the <garment>
details?"; 4 to 6 per product.
Labeling conventions and judgement calls: judged against the imagined photo and the title. A caption gets one label:
its content failure when it has one (pronoun, the product called a shirt or T-shirt or sweater when the title says
blazer / jacket / sweatshirt, a colour-block or turtle-neck product described otherwise, a loop, an invented person
and trousers in a flat lay, an invented hat or watch), otherwise "cut" when it stops mid-sentence; a caption that
ends on a full stop and says nothing wrong is left unmarked even though it hit the limit. A layered shot whose caption
describes the inner shirt or kurta but adds "There is an outer clothing on him" before being cut is labeled cut only.
Colour answers that are a pattern word ("pure color", "striped", "lattice", "graphic patterns") are non_answer; a hue
lifted from the trousers' sentence is other_garment_color. "sweater" for a Myntra sweatshirt or hoodie, "shirt" or
"T-shirt" for a jacket, blazer or sweatshirt, "jacket" for a zip cardigan and "long-sleeve" for a sleeveless product
(the inner top's sleeves) are contradiction. "jacket" for a blazer, "vest" for a Nehru jacket and "outer clothing" as
a garment type are left correct. Material: "knitting" for a sweater is correct; "other" is non_answer; a material that
the title contradicts (Wool Blend, Linen, Silk Blend, Velvet) or that the caption gives another garment ("denim" from
the jeans) is contradiction; "cotton" for a product whose title is silent but which is plainly polyester, nylon or
poly-viscose in the photo (padded and quilted jackets, track jackets, formal blazers, Roadster's faux suede) is
unsupported. "white" for a cream Nehru jacket and "blue" for a navy blazer are left correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, details, wearing

BLIND_1534 = [
    # Photo: model in a navy quilted puffer, half zipped over a white crew tee, blue jeans, grey backdrop. Polyester
    # shell. Caption: epoch-1 caption adapter (cut at 50 tokens); answers: mdeberta squad2 over the caption.
    case(
        "X1534-001",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is standing. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: model in a black hoodie with the hood up, black joggers, dark grey backdrop. Caption: epoch-1 adapter,
    # "The lady" for a man, hood read as a hat, cut. Answers: extractive QA over the caption.
    case(
        "X1534-002",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is a hat on her "
            "head. The lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in a grey self-design blazer worn open over a white shirt, grey trousers, brown belt. Poly-viscose.
    # Caption: epoch-1 adapter describes the shirt, never the blazer. Answers: extractive QA over it.
    case(
        "X1534-003",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and solid "
            "color patterns. There is a belt",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("solid color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Grey Self-Design Single-Breasted Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: model in an olive cotton-twill bomber with a ribbed collar, black tee, black jeans. Caption: epoch-1
    # adapter, keeps a hue, ends on a full stop at the limit. Answers: extractive QA, all right.
    case(
        "X1534-004",
        caption(
            "The gentleman wears a long-sleeve olive jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is standing. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve olive jacket with pure color patterns"),
        Q.color("olive"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("jacket", "its neckline is standing"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: model in a black leather biker jacket (asymmetric zip, notched collar) over a grey tee, blue jeans,
    # boots. Caption: epoch-1 adapter, cut. Answers: extractive QA over it.
    case(
        "X1534-005",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("leather"),
        details("jacket", "its neckline is lapel"),
        gender="Men",
        title="Leather Retail Men Black Solid Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a mid-blue denim trucker jacket over a white hoodie (hood down), black chinos, no hat.
    # Caption: epoch-1 adapter, invents a hat just before the cut. Answers: extractive QA over it.
    case(
        "X1534-006",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a hat on his",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Blue Solid Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: model in a hooded padded jacket, red body with navy shoulder and sleeve panels, grey track pants.
    # Nylon shell. Caption: epoch-1 adapter calls it pure color. Answers: extractive QA over it.
    case(
        "X1534-007",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is standing. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Being Human Men Red & Navy Blue Colourblocked Padded Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: model in a khaki four-pocket cotton utility jacket with a shirt collar, white tee, dark jeans.
    # Caption: epoch-1 adapter keeps the hue but calls the jacket a shirt. Answers: extractive QA over it.
    case(
        "X1534-008",
        caption(
            "The gentleman wears a long-sleeve khaki shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The gentleman",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve khaki shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("khaki"),
        Q.material("cotton"),
        details("jacket", "its neckline is lapel"),
        gender="Men",
        title="Highlander Men Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: model in a black quilted sleeveless jacket (gilet) over a grey melange full-sleeve sweatshirt, blue
    # jeans. Nylon. Caption: epoch-1 adapter describes the inner sweatshirt, notes an outer clothing, is cut.
    case(
        "X1534-009",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "its neckline is round. There is an outer clothing on him. The gentleman wears a long trousers. The "
            "trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Black Solid Sleeveless Quilted Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a charcoal polyester track jacket zipped up, small white logo, black track pants, no watch.
    # Caption: epoch-1 adapter, ends on a full stop, invents an accessory on the wrist. Answers: extractive QA.
    case(
        "X1534-010",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is standing. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Charcoal Grey Solid Training Jacket",
        category="Jackets",
        color="Charcoal",
    ),
    # Photo: back view, model in a maroon nylon windcheater with the hood down, black pants. Caption: epoch-1
    # adapter, fabric "other", cut. Answers: extractive QA over it.
    case(
        "X1534-011",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and "
            "its neckline is standing. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("other", "non_answer"),
        title="Monte Carlo Men Maroon Solid Windcheater Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Photo: model in a brown faux-suede (polyester) trucker jacket, white tee, black jeans, sunglasses in hand.
    # Caption: epoch-1 adapter keeps the hue, calls the fabric leather, cut. Answers: extractive QA.
    case(
        "X1534-012",
        caption(
            "The gentleman wears a long-sleeve brown jacket with pure color patterns. The jacket is with leather "
            "fabric and its neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve brown jacket with pure color patterns"),
        Q.color("brown"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather", "unsupported"),
        details("jacket", "its neckline is lapel"),
        gender="Men",
        title="Roadster Men Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Brown",
    ),
    # Photo: flat lay on white, a mustard hooded puffer, no person. Caption: epoch-1 adapter invents "the lady" and
    # her pants. Answers: extractive QA over it.
    case(
        "X1534-013",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is standing. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color patterns", "non_answer"),
        Q.material("cotton", "unsupported"),
        details("jacket", "its neckline is standing"),
        gender="Men",
        title="Duke Men Mustard Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Mustard",
    ),
    # Photo: model in a teal hooded padded jacket, black jeans, white sneakers. Caption: epoch-1 adapter loops on
    # the jacket sentence until the limit. Answers: extractive QA over it.
    case(
        "X1534-014",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is standing. The jacket is with cotton fabric and its neckline is standing. The jacket is "
            "with cotton fabric and its",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton fabric", "unsupported"),
        gender="Men",
        title="Campus Sutra Men Teal Blue Solid Hooded Padded Jacket",
        category="Jackets",
        color="Teal",
    ),
    # Photo: model in a beige cotton shacket worn open over a black tee, blue jeans. Caption: epoch-1 adapter calls
    # the shirt-jacket a shirt, against the Jackets category. Answers: extractive QA.
    case(
        "X1534-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Beige Solid Shacket",
        category="Jackets",
        color="Beige",
    ),
    # Photo: model in a grey cotton-blend hooded zip jacket over a white tee, navy chinos, a watch on his wrist.
    # Caption: epoch-1 adapter, hue kept, ends on a full stop; everything right.
    case(
        "X1534-016",
        caption(
            "The gentleman wears a long-sleeve grey jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is standing. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve grey jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Grey Solid Hooded Jacket",
        category="Jackets",
        color="Grey",
    ),
    # Photo: model in a grey melange crew-neck sweatshirt with a chest graphic, black jeans. Caption: epoch-1
    # adapter, cut. Answers: extractive QA over it.
    case(
        "X1534-017",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model in a mustard crew-neck sweatshirt, a white tee hem showing, blue jeans, hand in pocket.
    # Caption: epoch-1 adapter, hue and "sweatshirt" from the base model, ends on a full stop; all right.
    case(
        "X1534-018",
        caption(
            "The gentleman wears a long-sleeve yellow sweatshirt with pure color patterns. The sweatshirt is with "
            "cotton fabric and its neckline is round. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve yellow sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("yellow"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: back view, model in a navy hooded sweatshirt with a large back print, hood down, light blue jeans.
    # Caption: epoch-1 adapter invents a hat (the hood is down), cut. Answers: extractive QA over it.
    case(
        "X1534-019",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. There "
            "is a hat on his head. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        details("sweatshirt", "There is a hat on his head", "unsupported"),
        gender="Men",
        title="Roadster Men Navy Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model in a maroon hoodie, hood down, small logo, black joggers, no watch. Caption: epoch-1 adapter,
    # "The lady" for a man. Answers: extractive QA over it.
    case(
        "X1534-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory "
            "on her wrist. The lady wears a",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Photo: model in a white sweatshirt with black typography across the chest, black chinos, white backdrop.
    # Caption: epoch-1 adapter calls it a T-shirt. Answers: extractive QA over it.
    case(
        "X1534-021",
        caption(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men White Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # Photo: model in an olive sweatshirt with black sleeves and yoke, black joggers. Caption: epoch-1 adapter, the
    # only hue it keeps is the joggers'. Answers: extractive QA; the colour comes from the pants sentence.
    case(
        "X1534-022",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric "
            "and its neckline is round. The gentleman wears a long black pants. The pants are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Harvard Men Olive Green & Black Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: model in a charcoal half-zip sweatshirt with a stand collar, grey track pants. Caption: epoch-1
    # adapter loops on the pants sentence. Answers: extractive QA over it.
    case(
        "X1534-023",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "its neckline is standing. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The pants are with cotton fabric and pure color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("long-sleeve sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        details("sweatshirt", "its neckline is standing"),
        gender="Men",
        title="Proline Men Charcoal Grey Solid Sweatshirt with Half Zip",
        category="Sweatshirts",
    ),
    # Photo: model in a navy and white Breton-striped crew sweatshirt, beige chinos, a watch. Caption: epoch-1
    # adapter, cut. Answers: extractive QA over it.
    case(
        "X1534-024",
        caption(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with cotton fabric and "
            "its neckline is round. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with striped patterns", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="The Indian Garage Co Men Navy Blue & White Striped Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model in an off-white crew sweatshirt, olive cargo pants. Caption: epoch-1 adapter, hue kept, cut.
    # Answers: extractive QA over it, all right.
    case(
        "X1534-025",
        caption(
            "The gentleman wears a long-sleeve white sweatshirt with pure color patterns. The sweatshirt is with "
            "cotton fabric and its neckline is round. The gentleman wears a long pants. The pants are with cotton "
            "fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve white sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Off-White Solid Sweatshirt",
        category="Sweatshirts",
        color="Off White",
    ),
    # Photo: model in a black hoodie with a large white logo print, hood down, grey joggers. Caption: epoch-1
    # adapter keeps the joggers' hue and invents a hat; ends on a full stop. Answers: extractive QA.
    case(
        "X1534-026",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "The gentleman wears a long grey pants. The pants are with cotton fabric and pure color patterns. There is "
            "a hat on his head.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        details("sweatshirt", "graphic patterns"),
        gender="Men",
        title="Nike Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in a navy textured crew pullover, white shirt collar showing, beige chinos. Caption: epoch-1
    # adapter, cut. Answers: extractive QA over it.
    case(
        "X1534-027",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("knitting"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Self Design Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: model in a maroon crew pullover with grey chest stripes, blue jeans. Caption: epoch-1 adapter, cut.
    # Answers: extractive QA; the material is lifted from the jeans' sentence.
    case(
        "X1534-028",
        caption(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric and "
            "its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Allen Solly Men Maroon & Grey Striped Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: model in a beige button cardigan worn open over a white tee, navy chinos. Caption: epoch-1 adapter
    # describes the tee, notes the outer clothing, cut. Answers: extractive QA pick the tee.
    case(
        "X1534-029",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. There is an outer clothing on him. The outer clothing is with knitting fabric. "
            "The gentleman wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("knitting"),
        gender="Men",
        title="Van Heusen Men Beige Solid Cardigan",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: model in a grey melange wool-blend crew pullover, black trousers. Caption: epoch-1 adapter says cotton,
    # cut. Answers: extractive QA over it.
    case(
        "X1534-030",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "its neckline is round. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Monte Carlo Men Grey Melange Wool Blend Sweater",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: model in a bottle-green cable-knit crew pullover, light blue jeans. Caption: epoch-1 adapter, hue kept,
    # ends on a full stop; all right (the cable knit is simply not mentioned).
    case(
        "X1534-031",
        caption(
            "The gentleman wears a long-sleeve green sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("sweater", "its neckline is round"),
        gender="Men",
        title="Roadster Men Green Cable Knit Pullover",
        category="Sweaters",
        color="Green",
    ),
    # Photo: model in a black turtleneck sweater, grey trousers. Caption: epoch-1 adapter gives it a round neckline.
    # Answers: extractive QA over it.
    case(
        "X1534-032",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.material("knitting"),
        details("sweater", "its neckline is round", "contradiction"),
        gender="Men",
        title="Marks & Spencer Men Black Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Black",
    ),
    # Photo: model in a rust V-neck sweater over a white shirt, navy trousers, a watch. Caption: epoch-1 adapter,
    # cut. Answers: extractive QA over it.
    case(
        "X1534-033",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is V-shape. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("sweater", "its neckline is V-shape"),
        gender="Men",
        title="Louis Philippe Men Rust Solid V-Neck Sweater",
        category="Sweaters",
        color="Rust",
    ),
    # Photo: model in a cream acrylic V-neck sweater vest over a blue full-sleeve shirt, grey trousers. Caption:
    # epoch-1 adapter describes the shirt, never the vest. Answers: extractive QA over it.
    case(
        "X1534-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an outer",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Peter England Men Cream Solid Sleeveless Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: model in a coffee-brown zip-front knitted cardigan with a stand collar, zipped, black jeans. Caption:
    # epoch-1 adapter calls it a brown jacket, cut. Answers: extractive QA over it.
    case(
        "X1534-035",
        caption(
            "The gentleman wears a long-sleeve brown jacket with pure color patterns. The jacket is with knitting "
            "fabric and its neckline is standing. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("brown"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        title="Mufti Men Coffee Brown Solid Zip-Front Cardigan",
        category="Sweaters",
        color="Coffee Brown",
    ),
    # Photo: flat lay on a wooden floor, a navy and grey argyle pullover folded at the sleeves, no person. Caption:
    # epoch-1 adapter invents "the lady" in denim pants. Answers: extractive QA over it.
    case(
        "X1534-036",
        caption(
            "The lady wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with lattice patterns"),
        Q.garment_type("sweater"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Fabindia Men Navy Blue & Grey Argyle Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: model in a navy cotton-blend casual blazer over a white tee, beige chinos, a pocket square. Caption:
    # epoch-1 adapter, "blue jacket", cut. Answers: extractive QA over it.
    case(
        "X1534-037",
        caption(
            "The gentleman wears a long-sleeve blue jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("blazer", "its neckline is lapel"),
        gender="Men",
        title="Blackberrys Men Navy Blue Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model in a black poly-viscose formal blazer, white shirt, black trousers. Caption: epoch-1 adapter
    # describes the shirt, notes the outer clothing, cut. Answers: extractive QA over it.
    case(
        "X1534-038",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an outer clothing on him. The gentleman wears a long trousers. The trousers "
            "are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Raymond Men Black Slim Fit Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: model in a beige unstructured linen blazer over a white shirt, white trousers. Caption: epoch-1
    # adapter keeps "white" and describes the shirt. Answers: extractive QA over it.
    case(
        "X1534-039",
        caption(
            "The gentleman wears a long-sleeve white shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long white trousers. The trousers are with cotton fabric "
            "and pure color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Linen Club Men Beige Solid Linen Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: model in a maroon velvet blazer over a black shirt, black trousers. Caption: epoch-1 adapter calls the
    # velvet furry and starts repeating the jacket sentence. Answers: extractive QA over it.
    case(
        "X1534-040",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The jacket is with furry fabric and its "
            "neckline is lapel. The jacket is with furry fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("furry", "contradiction"),
        details("blazer", "its neckline is lapel"),
        gender="Men",
        title="House of Pataudi Men Maroon Solid Velvet Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: model in a brown and beige checked blazer over a black turtleneck, black trousers. Poly-viscose.
    # Caption: epoch-1 adapter, checks as lattice, cut. Answers: extractive QA over it.
    case(
        "X1534-041",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with lattice patterns"),
        Q.garment_type("jacket"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        title="Hangup Men Brown Checked Single-Breasted Blazer",
        category="Blazers",
        color="Brown",
    ),
    # Photo: model in a charcoal poly-viscose formal blazer, light blue shirt, navy tie, charcoal trousers. Caption:
    # epoch-1 adapter, cut. Answers: extractive QA over it.
    case(
        "X1534-042",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is lapel. There is a neckwear on him. The gentleman wears a long trousers. The trousers are "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton", "unsupported"),
        details("blazer", "its neckline is lapel"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: model in a maroon silk-blend brocade Nehru jacket over a cream kurta, white churidar. Caption: epoch-1
    # adapter describes the kurta as a shirt, notes the outer clothing, cut. Answers: extractive QA over it.
    case(
        "X1534-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is standing. There is an outer clothing on him. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: model in a cream cotton-blend Nehru jacket over a light blue kurta, white pyjama. Caption: epoch-1
    # adapter, hues kept, cut. Answers: extractive QA over it, all right.
    case(
        "X1534-044",
        caption(
            "The gentleman wears a sleeveless white vest with pure color patterns. The vest is with cotton fabric and "
            "its neckline is standing. The gentleman wears a long-sleeve blue shirt. The shirt is with cotton fabric "
            "and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless white vest"),
        Q.garment_type("vest"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("jacket", "its neckline is standing"),
        title="Vastramay Men Cream-Coloured Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Photo: model in a black silk-blend Nehru jacket over a white kurta, white churidar. Caption: epoch-1 adapter,
    # "The lady" for a man. Answers: extractive QA over it.
    case(
        "X1534-045",
        caption(
            "The lady wears a sleeveless vest with pure color patterns. The vest is with cotton fabric and its "
            "neckline is standing. The lady wears a long-sleeve shirt. The shirt is with cotton fabric and pure color "
            "patterns. The lady wears a long",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Mohanlal Sons Men Black Solid Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
]
