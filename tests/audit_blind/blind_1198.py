"""BLIND_1198 (45 products; Myntra men's winterwear, epoch-1 caption + extractive QA): written blind in the sixty-first
session. Measured blind at e097e3a (the session's fifth rules): 91/135 failures found (67.4%) and 6/180 correct texts
flagged (3.3%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets, one Rain Jacket),
catalog shots: a model on a plain backdrop wearing the product over other clothes (a tee, a shirt, a kurta), now and
then a flat lay, a back view, a crop, a prop (stool, coffee cup, helmet). Catalog columns as the feed has them: title,
category (Myntra article type), color (base colour), gender; a few rows lack one of them.
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch
on blip2-opt-2.7b, no prompt, greedy, 50 new tokens). It writes the DeepFashion-MultiModal template ("His sweater has
long sleeves, knitted fabric and pure color patterns"), calls garments by its few nouns (shirt, T-shirt, sweater,
jacket, vest, upper clothing), names patterns and never hues except in a handful of captions where the base model still
shows through, and mostly does not stop: about two thirds of the captions run to the 50-token limit and end
mid-sentence or go round the template again. Every answer is timpal0l/mdeberta-v3-base-squad2 extracting a span of that
caption for the same six questions (what the person is wearing, garment type, color, pattern, sleeve length,
material). So the answers never loop, never run to a limit and never echo the prompt; they are short spans, sometimes
the empty string (squad2's no-answer), and they inherit whatever the caption got wrong, or take the span from the
wrong garment's sentence (the trousers, the kurta, the shirt underneath).
Labeling conventions and judgement calls: one label per text. A caption that ran to the limit and stops mid-sentence
is `cut`; one that goes back round the template is `loop`; but when such a caption also names the wrong garment, a
color for the wrong garment, a material or pattern the title contradicts, or "her"/"lady" for the male model, I gave it
that label instead (`contradiction` or `pronoun`), since that is what an editor objects to first. A color answer that
names no hue ("pure color", "solid color", "graphic", "stripe", the empty string) is `non_answer`. "upper clothing" as
the garment type or as what the person wears, and the empty answer to "what is the person wearing" on a flat lay or back
view, are `non_answer` too. An answer that names another garment in the photo (the trousers, the shirt under the
vest, the kurta under the Nehru jacket, the tee under the open hoodie) instead of the product is `contradiction`, and so
is "sweater", "T-shirt" or "jacket" for a pullover sweatshirt or hoodie. A color taken from the kurta is
`other_garment_color`. Long-sleeve answers for sleeveless products are `contradiction`. Accepted as correct: "vest" for
a Nehru jacket (it is a sleeveless jacket, and the template has no better noun), "jacket" for a blazer, "sweater" for a
cardigan filed under Sweaters, "brown" for rust, "green" for olive, "floral" for paisley or floral embroidery, "knitted"
as the material of a sweater, "cotton" for sweatshirts, denim and cotton Nehru jackets, corduroy, and for matte blazers
whose fabric the photo cannot tell. "cotton" is `unsupported` where the photo plainly shows something else (glossy
nylon puffers, windcheaters, rain shells, silk-look jacquard, velvet, a sherpa-only "furry") and `contradiction` where
the title names the material (Tweed, Wool Blend). Answers invented from an invented caption detail (a ring, a hat that
is a helmet in his hand) are `unsupported`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, wearing

BLIND_1198 = [
    # Photo: model in a black denim trucker jacket worn open over a white crew tee, black jeans, white sneakers, grey
    # backdrop. Caption: epoch-1 caption adapter, ran to the limit and stops mid-sentence. Answers: extractive QA.
    case(
        "X1198-001",
        caption(
            "The man is wearing a long-sleeve jacket with solid color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The man wears a long trousers. The trousers are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with solid color patterns"),
        Q.garment_type("jacket"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="Roadster Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: grey melange pullover hoodie with kangaroo pocket and drawcords, black joggers, hands in the pocket.
    # Caption: epoch-1 adapter, calls the hoodie a sweater, runs to the limit. Answers: extractive QA; "wearing" took
    # the pants.
    case(
        "X1198-002",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long pants", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: olive green glossy nylon puffer, stand collar, zipped halfway over a black tee, blue jeans. Caption:
    # epoch-1 adapter, cut at the limit; "cotton fabric" is the template's default. Answers: extractive QA.
    case(
        "X1198-003",
        caption(
            "The man is wearing a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: navy self-design (fine tone-on-tone texture) formal blazer, white shirt, grey trousers, white pocket
    # square. Caption: epoch-1 adapter, stopped on its own. Answers: extractive QA.
    case(
        "X1198-004",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers."
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: beige jacquard (woven design, slight sheen) sleeveless Nehru jacket over a white full-sleeve kurta, white
    # churidar. Caption: epoch-1 adapter describes the kurta as a shirt and never sees the jacket; cut at the limit.
    # Answers: extractive QA, all about the kurta.
    case(
        "X1198-005",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Vastramay Men Beige Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: maroon cable-knit crew-neck pullover, white shirt collar peeking out, beige chinos. Caption: epoch-1
    # adapter, cut at the limit. Answers: extractive QA.
    case(
        "X1198-006",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. The neckline of it is round. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. This "
            "gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("His sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        gender="Men",
        title="Monte Carlo Men Maroon Cable Knit Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: black pullover hoodie with a small white logo on the chest, black track pants. Caption: epoch-1 adapter,
    # goes back round the template until the limit. Answers: extractive QA; no "wears" sentence to take from.
    case(
        "X1198-007",
        caption(
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The upper "
            "clothing has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Solid Essential Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: olive green polyester bomber with ribbed collar and cuffs, orange lining showing at the zip, grey tee,
    # dark jeans. Caption: epoch-1 adapter, one of the few with a hue, cut at the limit. Answers: extractive QA.
    case(
        "X1198-008",
        caption(
            "The man is wearing a green long-sleeve jacket with solid color patterns. The jacket is with cotton "
            "fabric. It has a stand neckline. The man wears a long trousers. The trousers are with denim fabric and "
            "solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("a green long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.pattern("solid color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: navy button-front cardigan worn open over a light-blue shirt, khaki chinos. Caption: epoch-1 adapter,
    # stopped on its own; leads with the shirt but does name the cardigan. Answers: extractive QA.
    case(
        "X1198-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. His outer clothing is a cardigan."
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("cardigan"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Navy Blue Solid Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: brown leather biker jacket zipped up, black jeans, boots. Caption: epoch-1 adapter, cut at the limit.
    # Answers: extractive QA.
    case(
        "X1198-010",
        caption(
            "His jacket has long sleeves, leather fabric and solid color patterns. It has a lapel neckline. The "
            "gentleman wears a long pants. The pants are with denim fabric and solid color patterns. This gentleman "
            "wears socks in",
            "cut",
            hit_limit=True,
        ),
        wearing("His jacket"),
        Q.garment_type("jacket"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long sleeves"),
        Q.material("leather"),
        gender="Men",
        title="Woodland Men Brown Solid Leather Jacket",
        category="Jackets",
        color="Brown",
    ),
    # Photo: grey blazer with a blue windowpane check, black crew tee, black trousers. Caption: epoch-1 adapter, cut at
    # the limit. Answers: extractive QA; the color question took the trousers' "pure color".
    case(
        "X1198-011",
        caption(
            "This gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with lattice patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Grey Checked Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: black hoodie with a large white typographic print on the chest, blue jeans; the model has shoulder-length
    # hair. Caption: epoch-1 adapter, stopped on its own, calls him "the lady". Answers: extractive QA.
    case(
        "X1198-012",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: maroon self-design (art silk, visible sheen) Nehru jacket buttoned over a cream kurta, cream pyjama.
    # Caption: epoch-1 adapter, cut at the limit. Answers: extractive QA.
    case(
        "X1198-013",
        caption(
            "The man is wearing a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Maroon Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: navy V-neck pullover with thin white horizontal stripes, white tee under it, stone chinos, no jewellery.
    # Caption: epoch-1 adapter misses the stripes and invents a ring, cut at the limit. Answers: extractive QA.
    case(
        "X1198-014",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The gentleman "
            "wears a ring on his",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a ring", "unsupported"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Striped V-Neck Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: back view, model turned away, grey melange fleece hoodie with the hood down, black joggers. Caption:
    # epoch-1 adapter, short, stopped on its own. Answers: extractive QA.
    case(
        "X1198-015",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length."
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Grey Sportswear Club Fleece Hoodie",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: glossy black hooded puffer zipped to the chin, black jeans. Caption: epoch-1 adapter with a hue (black for
    # both, and both are black), cut at the limit. Answers: extractive QA.
    case(
        "X1198-016",
        caption(
            "The man is wearing a black long-sleeve jacket with solid color patterns. The jacket is with cotton "
            "fabric. It has a stand neckline. The man wears a black long trousers. The trousers are with denim fabric "
            "and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a black long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("solid color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Jack & Jones Men Black Solid Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: brown herringbone tweed blazer, cream turtleneck, dark brown trousers. Caption: epoch-1 adapter, stopped
    # on its own, "cotton fabric" against the title's tweed. Answers: extractive QA.
    case(
        "X1198-017",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline.",
            "contradiction",
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Raymond Men Brown Self-Design Tweed Single-Breasted Blazer",
        category="Blazers",
        color="Brown",
    ),
    # Photo: mustard crew-neck sweatshirt, black jeans, white sneakers, model sitting on a wooden stool. Caption:
    # epoch-1 adapter calls it a long-sleeve T-shirt, cut at the limit. Answers: extractive QA.
    case(
        "X1198-018",
        caption(
            "The man is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: flat lay of a cream cotton Nehru jacket on white, buttons and welt pockets visible; no color column in
    # this row. Caption: epoch-1 adapter, goes round the two-sentence template until the limit. Answers: extractive QA.
    case(
        "X1198-019",
        caption(
            "The upper clothing has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is "
            "standing. The upper clothing has sleeves cut off, cotton fabric and pure color patterns. The neckline of "
            "it is",
            "loop",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton"),
        gender="Men",
        title="SOJANYA Men Cream-Coloured Solid Nehru Jacket",
        category="Nehru Jackets",
    ),
    # Photo: mid-blue washed denim jacket over a white hoodie with the hood out, black jeans, a steel watch. Caption:
    # epoch-1 adapter, cut at the limit. Answers: extractive QA.
    case(
        "X1198-020",
        caption(
            "His jacket has long sleeves, denim fabric and solid color patterns. It has a lapel neckline. The "
            "gentleman wears a long pants. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on his wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("His jacket"),
        Q.garment_type("jacket"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long sleeves"),
        Q.material("denim"),
        gender="Men",
        title="Spykar Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: rust crew-neck sweatshirt, blue jeans. Caption: epoch-1 adapter with a hue, calls it a sweater, stopped on
    # its own. Answers: extractive QA.
    case(
        "X1198-021",
        caption(
            "The man is wearing a brown long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round neckline.",
            "contradiction",
        ),
        wearing("a brown long-sleeve sweater", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("brown"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Rust Solid Sweatshirt",
        category="Sweatshirts",
        color="Rust",
    ),
    # Photo: beige sleeveless V-neck knitted sweater vest over a light-blue long-sleeve shirt, navy trousers. Caption:
    # epoch-1 adapter describes only the shirt, cut at the limit. Answers: extractive QA.
    case(
        "X1198-022",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Beige Solid Sweater Vest",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: maroon velvet party blazer with black satin peak lapels, black shirt, black trousers. Caption: epoch-1
    # adapter, cut at the limit. Answers: extractive QA.
    case(
        "X1198-023",
        caption(
            "This gentleman wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color patterns",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Blackberrys Men Maroon Velvet Slim Fit Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: khaki cotton twill jacket with a cream sherpa collar (and sherpa lining), white tee, blue jeans. Caption:
    # epoch-1 adapter reads the collar as "furry fabric", cut at the limit. Answers: extractive QA.
    case(
        "X1198-024",
        caption(
            "His jacket has long sleeves, furry fabric and solid color patterns. It has a lapel neckline. The "
            "gentleman wears a long pants. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("His jacket"),
        Q.garment_type("jacket"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long sleeves"),
        Q.material("furry", "unsupported"),
        gender="Men",
        title="The Indian Garage Co Men Khaki Solid Sherpa Collar Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: navy crew-neck pullover with broad white stripes across chest and sleeves, grey chinos. Caption: epoch-1
    # adapter, stopped on its own, right. Answers: extractive QA; "wearing" took the trousers.
    case(
        "X1198-025",
        caption(
            "His sweater has long sleeves, knitted fabric and stripe patterns. The neckline of it is round. The "
            "gentleman wears a long trousers."
        ),
        wearing("a long trousers", "contradiction"),
        Q.garment_type("sweater"),
        Q.color("stripe", "non_answer"),
        Q.pattern("stripe"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        gender="Men",
        title="Pepe Jeans Men Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: black cotton Nehru jacket with small gold-thread floral embroidery on the chest, over a white kurta, white
    # pyjama. Caption: epoch-1 adapter, cut at the limit. Answers: extractive QA; sleeves and color from the kurta.
    case(
        "X1198-026",
        caption(
            "The man is wearing a sleeveless vest with floral patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with floral patterns"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="KISAH Men Black Embroidered Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: blue polyester hooded windcheater with a white chest panel and navy sleeves, black track pants. Caption:
    # epoch-1 adapter, cut at the limit. Answers: extractive QA.
    case(
        "X1198-027",
        caption(
            "The man is wearing a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with color block patterns"),
        Q.garment_type("jacket"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Campus Sutra Men Blue & White Colourblocked Windcheater Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: burgundy cable-knit turtleneck sweater, black jeans, brown boots. Caption: epoch-1 adapter starts the
    # trousers sentence over and runs to the limit. Answers: extractive QA; squad2 gave no answer for the color.
    case(
        "X1198-028",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. It has a stand neckline. The "
            "gentleman wears a long pants. The pants are with denim fabric and solid color patterns. The gentleman "
            "wears a long pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a long pants", "contradiction"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        gender="Men",
        title="Mast & Harbour Men Burgundy Cable Knit Turtle Neck Sweater",
        category="Sweaters",
        color="Burgundy",
    ),
    # Photo: charcoal wool-blend formal blazer, white shirt, navy tie, grey trousers. Caption: epoch-1 adapter, the tie
    # is its "neckwear", cut at the limit. Answers: extractive QA; "wearing" took the tie.
    case(
        "X1198-029",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. This gentleman wears a neckwear. The gentleman wears a long trousers. The trousers "
            "are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a neckwear", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Arrow Men Charcoal Grey Wool Blend Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: black crew-neck sweatshirt with a big white CK logo print, light grey joggers. Caption: epoch-1 adapter
    # with a hue, gives the joggers the sweatshirt's black and calls it a sweater, cut at the limit. Answers: QA.
    case(
        "X1198-030",
        caption(
            "The man is wearing a black long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The man wears a black long pants. The pants are with cotton fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black long-sleeve sweater", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Calvin Klein Jeans Men Black Brand Logo Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: upper-body crop, grey melange textured (self-design) crew-neck sweater, white shirt collar. Caption:
    # epoch-1 adapter, stopped on its own, right. Answers: extractive QA.
    case(
        "X1198-031",
        caption("His sweater has long sleeves, knitted fabric and pure color patterns. The neckline of it is round."),
        wearing("His sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        gender="Men",
        title="Nautica Men Grey Self Design Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: navy cotton Nehru jacket with a small white paisley print, over a white kurta, white trousers. Caption:
    # epoch-1 adapter, "the lady", cut at the limit. Answers: extractive QA.
    case(
        "X1198-032",
        caption(
            "The lady wears a sleeveless vest with floral patterns. The vest is with cotton fabric. It has a stand "
            "neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with floral patterns"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Hangup Men Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: teal pullover hoodie with white drawcords, beige cargo pants, model holding a paper coffee cup. Caption:
    # epoch-1 adapter calls the pullover a jacket, cut at the limit. Answers: extractive QA.
    case(
        "X1198-033",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket", "contradiction"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Teal Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # Photo: coffee-brown corduroy jacket worn open over a white tee, blue jeans. Caption: epoch-1 adapter reads the
    # wales as stripes against the title's "Solid", stopped on its own. Answers: extractive QA.
    case(
        "X1198-034",
        caption(
            "His jacket has long sleeves, cotton fabric and stripe patterns. It has a lapel neckline. The gentleman "
            "wears a long pants.",
            "contradiction",
        ),
        wearing("a long pants", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("stripe", "non_answer"),
        Q.pattern("stripe", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Dennis Lingo Men Coffee Brown Solid Corduroy Jacket",
        category="Jackets",
        color="Coffee Brown",
    ),
    # Photo: mustard woven-design Nehru jacket over a white kurta, hands folded. Caption: epoch-1 adapter with hues,
    # kurta first (as a white shirt), then a yellow vest, cut at the limit. Answers: extractive QA, from the kurta.
    case(
        "X1198-035",
        caption(
            "The man is wearing a white long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand neckline. The man wears a yellow sleeveless vest. The vest is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white long-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Jompers Men Mustard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: navy sleeveless puffer gilet over a grey long-sleeve henley, black joggers, a watch. Caption: epoch-1
    # adapter gives the jacket the henley's sleeves, runs to the limit. Answers: extractive QA.
    case(
        "X1198-036",
        caption(
            "His jacket has long sleeves, cotton fabric and solid color patterns. It has a stand neckline. The "
            "gentleman wears a long pants. The pants are with cotton fabric and solid color patterns. There is an "
            "accessory on his wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("His jacket"),
        Q.garment_type("jacket"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: black single-breasted formal blazer, white shirt, black trousers, one hand in the trouser pocket. Caption:
    # epoch-1 adapter with a hue, stopped on its own, right. Answers: extractive QA.
    case(
        "X1198-037",
        caption(
            "This gentleman wears a black long-sleeve jacket with pure color patterns. The jacket is with cotton "
            "fabric. It has a lapel neckline."
        ),
        wearing("a black long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Black Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: back view, indigo block-printed cotton Nehru jacket over an off-white kurta, off-white trousers; no color
    # column in this row. Caption: epoch-1 adapter, "her"/"the lady", cut at the limit. Answers: extractive QA.
    case(
        "X1198-038",
        caption(
            "Her vest has sleeves cut off, cotton fabric and graphic patterns. The neckline of it is standing. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long trousers", "contradiction"),
        Q.garment_type("vest"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Indigo Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
    ),
    # Photo: flat lay, charcoal crew-neck sweatshirt folded on a white surface with its tag showing. Caption: epoch-1
    # adapter, two sentences over and over until the limit. Answers: extractive QA.
    case(
        "X1198-039",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "upper",
            "loop",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Duke Men Charcoal Grey Solid Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: red nylon rain jacket with the hood up, backpack strap over one shoulder, black track pants. Caption:
    # epoch-1 adapter with a hue, takes the hood for a hat, stopped on its own. Answers: extractive QA.
    case(
        "X1198-040",
        caption(
            "The man is wearing a red long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. The man wears a hat.",
            "unsupported",
        ),
        wearing("a red long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Wildcraft Men Red Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Red",
    ),
    # Photo: off-white shawl-collar button cardigan over a navy tee, dark jeans. Caption: epoch-1 adapter, cut at the
    # limit. Answers: extractive QA.
    case(
        "X1198-041",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a lapel neckline. His outer clothing is a cardigan. The gentleman wears a long trousers. The "
            "trousers are",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Men",
        title="Monte Carlo Men Off-White Self Design Cardigan",
        category="Sweaters",
        color="Off White",
    ),
    # Photo: grey melange zip-front hoodie worn open over a black crew tee, black joggers. Caption: epoch-1 adapter
    # describes the tee and calls the hoodie a cardigan, cut at the limit. Answers: extractive QA, about the tee.
    case(
        "X1198-042",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. His outer clothing is a cardigan. The man wears a long pants. The pants are "
            "with cotton",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Okane Men Grey Melange Solid Front-Open Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: navy double-breasted blazer with gold buttons, light-blue shirt, beige chinos, brown loafers, bare wrists.
    # Caption: epoch-1 adapter invents a wrist accessory, cut at the limit. Answers: extractive QA.
    case(
        "X1198-043",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his wrist. The gentleman wears a long trousers. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Blackberrys Men Navy Blue Solid Double-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: black faux-leather biker jacket, grey tee, black jeans, a motorcycle helmet held under the arm; no gender
    # column in this row. Caption: epoch-1 adapter takes the helmet for a hat, cut at the limit. Answers: QA.
    case(
        "X1198-044",
        caption(
            "His jacket has long sleeves, leather fabric and solid color patterns. It has a lapel neckline. The "
            "gentleman wears a long pants. The pants are with denim fabric and solid color patterns. The gentleman "
            "wears a hat. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a hat", "unsupported"),
        Q.garment_type("jacket"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long sleeves"),
        Q.material("leather"),
        title="WROGN Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: mustard V-neck sweater over a white shirt, navy chinos. Caption: epoch-1 adapter with a hue, gives the navy
    # chinos the sweater's yellow, cut at the limit. Answers: extractive QA.
    case(
        "X1198-045",
        caption(
            "The man is wearing a yellow long-sleeve sweater with pure color patterns. The sweater is with knitted "
            "fabric. It has a V-shape neckline. The man wears a yellow long trousers. The trousers are with cotton "
            "fabric and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a yellow long-sleeve sweater"),
        Q.garment_type("sweater"),
        Q.color("yellow"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Men",
        title="Allen Solly Men Mustard Yellow Solid V-Neck Sweater",
        category="Sweaters",
        color="Mustard",
    ),
]
