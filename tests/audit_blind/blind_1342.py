"""BLIND_1342 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-third session. Measured blind at 97437fb (the session's sixth rules): 97/117 failures found (82.9%) and 7/164
correct texts flagged (4.3%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets), catalog shots: a
model on a plain backdrop wearing the product over/with other clothes (tees, shirts, kurtas, jeans, chinos), two flat
lays, one back view, a coffee cup and a backpack strap as props. Feed columns: title, category (Myntra article type),
color (base colour), gender; gender, category or color is missing on a few rows as in a real export.
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch
on blip2-opt-2.7b, greedy, 50 new tokens, no prompt). It writes the DeepFashion-MultiModal template ("The man wears a
long-sleeve ... with pure color patterns ... The pants are with denim fabric"), with no hue names except where some
base-model habit leaks through after one epoch ("a long-sleeve white shirt"); with no trained end token it either
stops on a newline after the template or runs to the limit, cut mid-sentence or restarting the template. Every
answer is timpal0l/mdeberta-v3-base-squad2 extracting a span from that caption (empty string when it chose no
answer), so answers never run to a limit and never leak a prompt; they inherit whatever the caption got wrong. The
questions are the blind closed questions (type, color, pattern, sleeve length) plus the material question and
"What is the person wearing?", 4 to 6 per product.
Labeling conventions and judgement calls:
- A caption gets one label. If it has a content error about the product (wrong garment kind, wrong color, wrong
  fabric, invented hat/ring/lower clothing, wrong pronoun), that label wins over "cut" even when it also hit the limit
  (hit_limit=True is still set). A caption that ran to the limit with fine content is "cut"; one that restarted the
  template and repeats a clause of it is "loop"; one cut three or four words into the restart is "cut".
- Color answers like "pure color", "solid color", "graphic", "stripe" or "" give no color: non_answer.
- An answer that takes a color from another garment in the caption (the inner shirt, the jeans) is
  other_garment_color. A material, sleeve length, pattern or garment kind lifted from another garment's sentence
  (the pants' "denim", the kurta's "long-sleeve", the shirt's "lattice") is contradiction; so is a material against
  the title (Pure Wool, Linen) and a garment kind against the title/category (shirt or T-shirt for a blazer,
  sweatshirt, Nehru jacket). A fabric the caption gives the product itself that the photo does not support (cotton
  for a nylon puffer, a windcheater, a track jacket, a formal poly-viscose blazer) is unsupported.
- "sweater" for a sweatshirt or hoodie is left correct (colloquial near-synonym, the template has no sweatshirt
  word); "vest" for a Nehru jacket is correct; "shirt" for a corduroy overshirt-jacket (shacket) is correct; "leather"
  for a PU biker jacket is correct (it looks like leather and the title does not say). "upper clothing" as the garment
  type says nothing: non_answer.
- "What is the person wearing?" answered with a true description of another worn garment (the white shirt under the
  blazer) is left correct: it is true of the photo, only incomplete. "long trousers" for it is likewise left correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, wearing

BLIND_1342 = [
    # Photo: model in a navy quilted nylon puffer, zipped, grey tee collar showing, blue jeans, white backdrop, watch.
    # Caption: epoch-1 caption adapter (ran to 50 tokens); answers: extractive QA over the caption. "cotton" is wrong
    # for the shiny nylon shell.
    case(
        "X1342-001",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is stand. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on his",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with solid color patterns and a long pants"),
        Q.garment_type("jacket"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: black pullover hoodie (hood down), black joggers, hands in the kangaroo pocket. Caption: epoch-1 adapter,
    # stopped on a newline; answers: extractive QA. QA found no color span.
    case(
        "X1342-002",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long pants"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: maroon crew-neck knit pullover, white shirt collar just visible, beige chinos. Caption: epoch-1 adapter,
    # stopped on a newline, right; answers: extractive QA ("long trousers" is true, only not the product).
    case(
        "X1342-003",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. It has a round neckline. The man "
            "wears long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("long trousers"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted fabric"),
        gender="Men",
        title="Louis Philippe Sport Men Maroon Solid Pullover Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: charcoal single-breasted formal blazer (poly-viscose), white shirt, dark grey trousers, watch. Caption:
    # epoch-1 adapter, cut at 50 tokens; it describes "a shirt" with a lapel neckline, blazer and shirt merged.
    # Answers: extractive QA.
    case(
        "X1342-004",
        caption(
            "The man wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with solid color patterns and a long pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("solid color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: cream woven-brocade sleeveless Nehru jacket over a long cream kurta, churidar, mojaris. Caption: epoch-1
    # adapter, ran to the limit; calls the outfit a long-sleeve shirt. Answers: extractive QA; the long sleeves are
    # the kurta's, the brocade is poly-silk, not cotton.
    case(
        "X1342-005",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its neckline "
            "is stand. The man wears long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Photo: mid-blue washed denim trucker jacket over a white tee, black jeans. Caption: epoch-1 adapter, stopped on a
    # newline, right; answers: extractive QA.
    case(
        "X1342-006",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and its "
            "neckline is lapel. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: grey melange crew-neck sweatshirt with a large PUMA chest print, black track pants, watch. Caption:
    # epoch-1 adapter, ran to the limit; calls it a T-shirt. Answers: extractive QA.
    case(
        "X1342-007",
        caption(
            "The man wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with graphic patterns and a long pants", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: mustard cable-knit V-neck cardigan worn open over a white tee, blue jeans. Caption: epoch-1 adapter, ran
    # to the limit and starts the template again before being cut. Answers: extractive QA; "denim" is the jeans'.
    case(
        "X1342-008",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitted fabric. It has a V-shape neckline. The pants are with denim fabric and pure color patterns. The "
            "man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long pants"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Roadster Men Mustard Yellow Self Design Cardigan",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: navy cotton-blend casual blazer with a faint grey windowpane check, white tee, grey chinos; no ring on
    # his hands. Caption: epoch-1 adapter, stopped on a newline, invents the ring. Answers: extractive QA.
    case(
        "X1342-009",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is lapel. There is a ring on his finger.",
            "unsupported",
        ),
        wearing("a long-sleeve jacket with lattice patterns and a long pants"),
        Q.garment_type("jacket"),
        Q.color("", "non_answer"),
        Q.pattern("lattice patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Checked Single-Breasted Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: olive matte cotton-twill bomber with ribbed cuffs, black tee, black jeans, a watch. Caption: epoch-1
    # adapter, stopped on a newline, right; answers: extractive QA.
    case(
        "X1342-010",
        caption(
            "The man wears a long-sleeve jacket with solid color patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is stand. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a long-sleeve jacket with solid color patterns and a long pants"),
        Q.garment_type("jacket"),
        Q.color("solid color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: navy crew-neck sweatshirt, the collar and cuffs of a white shirt peeking out, khaki chinos. Caption:
    # epoch-1 adapter (a base-model hue leaks in), ran to the limit; it describes the inner white shirt as the
    # garment. Answers: extractive QA.
    case(
        "X1342-011",
        caption(
            "The man wears a long-sleeve white shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. The "
            "man wears a long-sleeve",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve white shirt with solid color patterns and a long pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: black sleeveless cotton-blend Nehru jacket over a white kurta, white pyjama. Caption: epoch-1 adapter,
    # cut at 50 tokens, content right (the kurta read as a shirt). Answers: extractive QA.
    case(
        "X1342-012",
        caption(
            "The man wears a sleeveless vest with pure color patterns and a long pants. The vest is with cotton fabric "
            "and its neckline is stand. The man wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with pure color patterns and a long pants"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Vastramay Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: grey crew-neck pullover with navy and white chest stripes, dark jeans, a watch. Caption: epoch-1 adapter,
    # restarts the template and runs to the limit. Answers: extractive QA. (category missing in the feed row)
    case(
        "X1342-013",
        caption(
            "His sweater has long sleeves, knitted fabric and stripe patterns. It has a round neckline. The man wears "
            "long trousers. The trousers are with denim fabric and pure color patterns. His sweater has long sleeves, "
            "knitted fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("sweater"),
        Q.garment_type("sweater"),
        Q.color("stripe", "non_answer"),
        Q.pattern("stripe patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted fabric"),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Striped Pullover Sweater",
        color="Grey",
    ),
    # Photo: black faux-leather (PU) biker jacket, grey tee, black jeans, boots. Caption: epoch-1 adapter with a hue,
    # stopped on a newline, right; answers: extractive QA.
    case(
        "X1342-014",
        caption(
            "This man wears a long-sleeve black jacket with pure color patterns. The jacket is with leather fabric and "
            "its neckline is lapel. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a long-sleeve black jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        gender="Men",
        title="Fort Collins Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: hoodie with a red body and white sleeves and hood, blue jeans. Caption: epoch-1 adapter, restarts the
    # template and runs to the limit. Answers: extractive QA.
    case(
        "X1342-015",
        caption(
            "The man wears a long-sleeve sweater with color block patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The man wears a long-sleeve "
            "sweater with color block",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with color block patterns and a long pants"),
        Q.garment_type("sweater"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block patterns"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Red & White Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # Photo: beige linen-cotton blazer, open, over a white shirt, navy trousers. Caption: epoch-1 adapter with a hue,
    # cut at the limit; the white shirt is real, the blazer is only "a jacket outside". Answers: extractive QA.
    case(
        "X1342-016",
        caption(
            "The man wears a long-sleeve white shirt with solid color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The man wears a jacket outside. The pants are with cotton fabric "
            "and solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve white shirt with solid color patterns and a long pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Raymond Men Beige Solid Slim-Fit Single-Breasted Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: flat lay, a maroon hooded quilted nylon puffer alone on white. Caption: epoch-1 adapter, stopped on a
    # newline; it invents a lower clothing in denim. Answers: extractive QA.
    case(
        "X1342-017",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Monte Carlo Men Maroon Solid Quilted Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Photo: navy V-neck knit sweater over a white shirt (open collar, no tie), grey trousers, a watch. Caption:
    # epoch-1 adapter, stopped on a newline, right; answers: extractive QA.
    case(
        "X1342-018",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. It has a V-shape neckline. The man "
            "wears long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("sweater"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted fabric"),
        gender="Men",
        title="Van Heusen Men Navy Blue Solid V-Neck Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: maroon jacquard (poly-silk) sleeveless Nehru jacket over an off-white cotton kurta, white churidar.
    # Caption: epoch-1 adapter with a hue, cut at the limit; the white shirt is the kurta, the jacket is "a vest".
    # Answers: extractive QA, all taken from the kurta's sentence.
    case(
        "X1342-019",
        caption(
            "The man wears a long-sleeve white shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is stand. There is an outer clothing of vest. The vest is with graphic "
            "patterns and its",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Hangup Men Maroon Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: three-quarter view, olive crew-neck sweatshirt, black joggers, white sneakers, bare wrists. Caption:
    # epoch-1 adapter, ran to the limit, invents the wrist accessory. Answers: extractive QA; the wearing span stops
    # mid-phrase.
    case(
        "X1342-020",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure", "cut"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Solid Sweatshirt",
        category="Sweatshirts",
        color="Olive Green",
    ),
    # Photo: black sleeveless padded gilet over a grey full-sleeve tee, blue jeans. Caption: epoch-1 adapter, cut at
    # the limit, content fine (tee, "a vest outside"). Answers: extractive QA, taken from the tee's sentence.
    case(
        "X1342-021",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The man wears a vest outside. The pants are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns and a long pants"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Duke Men Black Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: charcoal crew-neck knit in pure wool, light blue jeans. Caption: epoch-1 adapter, stopped on a newline;
    # "cotton fabric" against the title's Pure Wool. Answers: extractive QA.
    case(
        "X1342-022",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The man "
            "wears long trousers. The trousers are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Marks & Spencer Men Charcoal Grey Solid Pure Wool Sweater",
        category="Sweaters",
        color="Charcoal",
    ),
    # Photo: black tuxedo blazer with satin peak lapels, white shirt, black bow tie, black trousers. Caption: epoch-1
    # adapter, cut at the limit (the bow tie is the "neckwear"). Answers: extractive QA.
    case(
        "X1342-023",
        caption(
            "The man wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. There is a "
            "neckwear on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with solid color patterns and a long pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Hancock Men Black Solid Slim Fit Tuxedo Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: tan suede trucker jacket, white tee, dark jeans, a takeaway coffee cup in his hand. Caption: epoch-1
    # adapter, cut at the limit; suede read as leather is fine. Answers: extractive QA.
    case(
        "X1342-024",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and its "
            "neckline is lapel. The man wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("leather"),
        gender="Men",
        title="Jack & Jones Men Tan Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
    ),
    # Photo: mustard hoodie with white text print on the chest, black jeans. Caption: epoch-1 adapter with a hue,
    # stopped on a newline, right; answers: extractive QA.
    case(
        "X1342-025",
        caption(
            "The man wears a long-sleeve yellow hoodie with graphic patterns and a long pants. The hoodie is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a long-sleeve yellow hoodie with graphic patterns and a long pants"),
        Q.garment_type("hoodie"),
        Q.color("yellow"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Mustard Yellow Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: navy cotton Nehru jacket with a small paisley butti print, over a cream kurta, cream pyjama. Caption:
    # epoch-1 adapter, repeats the kurta's sentence and runs to the limit. Answers: extractive QA.
    case(
        "X1342-026",
        caption(
            "The man wears a sleeveless vest with floral patterns and a long pants. The vest is with cotton fabric and "
            "its neckline is stand. The man wears a long-sleeve shirt with pure color patterns. The man wears a "
            "long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Sojanya Men Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: olive ribbed turtleneck sweater, black jeans. Caption: epoch-1 adapter, stopped on a newline, right
    # (turtleneck as "stand"); answers: extractive QA.
    case(
        "X1342-027",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. It has a stand neckline. The man "
            "wears long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("sweater"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted fabric"),
        gender="Men",
        title="Pepe Jeans Men Olive Green Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Olive",
    ),
    # Photo: khaki nylon windcheater, hood down, zipped, grey cargo pants, a backpack strap over one shoulder, no hat.
    # Caption: epoch-1 adapter, stopped on a newline; invents a hat. Answers: extractive QA. (gender missing)
    case(
        "X1342-028",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is stand. There is a hat on his head.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        title="Woodland Men Khaki Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: grey Prince of Wales check formal blazer, light blue shirt, navy tie, charcoal trousers. Caption: epoch-1
    # adapter with a hue, cut at the limit; shirt described, blazer only "a jacket outside". Answers: extractive QA,
    # all from the shirt's sentence.
    case(
        "X1342-029",
        caption(
            "The man wears a long-sleeve blue shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. There is a neckwear on his neck. The man wears a jacket outside. "
            "The jacket",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve blue shirt with pure color patterns and a long pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("pure color patterns", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Louis Philippe Men Grey Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: black fleece hoodie worn with the hood up, small white logo, grey joggers. Caption: epoch-1 adapter,
    # stopped on a newline; reads the raised hood as a hat. Answers: extractive QA.
    case(
        "X1342-030",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is a hat on his head.",
            "unsupported",
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long pants"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Black Solid Club Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: navy nylon puffer with a small flag logo, white roll-neck underneath, beige chinos. Caption: epoch-1
    # adapter with a hue, ran to the limit; the navy reads "black". Answers: extractive QA.
    case(
        "X1342-031",
        caption(
            "The man wears a long-sleeve black jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on his",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve black jacket with pure color patterns and a long pants", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: rust cable-knit crew-neck pullover, cream chinos. Caption: epoch-1 adapter, stopped on a newline, right;
    # answers: extractive QA.
    case(
        "X1342-032",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. It has a round neckline. The man "
            "wears long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted fabric"),
        gender="Men",
        title="Mufti Men Rust Orange Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Rust",
    ),
    # Photo: beige linen Nehru jacket over a short white kurta, blue jeans (indo-western), a watch. Caption: epoch-1
    # adapter, stopped on a newline; "cotton" against the title's Linen. Answers: extractive QA.
    case(
        "X1342-033",
        caption(
            "The man wears a sleeveless vest with pure color patterns and a long pants. The vest is with cotton fabric "
            "and its neckline is stand. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a sleeveless vest with pure color patterns and a long pants"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="KISAH Men Beige Solid Linen Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: blue sweatshirt with white horizontal stripes, a white tee hem below it, beige chinos. Caption: epoch-1
    # adapter, restarts the template and runs to the limit. Answers: extractive QA ("pure color" is the chinos').
    case(
        "X1342-034",
        caption(
            "The man wears a long-sleeve sweater with stripe patterns and a long pants. The sweater is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The man wears "
            "a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("stripe patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="United Colors of Benetton Men Blue Striped Sweatshirt",
        category="Sweatshirts",
        color="Blue",
    ),
    # Photo: navy poly-viscose formal blazer, light pink shirt, grey trousers, no ring. Caption: epoch-1 adapter,
    # switches to "the lady" halfway and runs to the limit. Answers: extractive QA.
    case(
        "X1342-035",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is lapel. The lady wears long pants. There is a ring on her finger. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns and a long pants"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="WES Formals by Westside Men Navy Blue Slim-Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: charcoal washed denim jacket over a white hoodie with the hood pulled out, black jeans. Caption: epoch-1
    # adapter with a hue, cut at the limit; leads with the hoodie. Answers: extractive QA.
    case(
        "X1342-036",
        caption(
            "This man wears a long-sleeve white hoodie with pure color patterns. The hoodie is with cotton fabric. The "
            "man wears a jacket outside. The jacket is with denim fabric and its neckline is lapel. The man wears long "
            "pants. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve white hoodie with pure color patterns"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="HERE&NOW Men Charcoal Grey Solid Denim Jacket",
        category="Jackets",
        color="Charcoal",
    ),
    # Photo: beige V-neck sleeveless knit sweater over a blue checked shirt, navy chinos. Caption: epoch-1 adapter,
    # cut at the limit; the sweater is only "an outer clothing of vest". Answers: extractive QA, from the shirt.
    case(
        "X1342-037",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton fabric "
            "and its neckline is lapel. There is an outer clothing of vest. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns and a long pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("lattice patterns", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        gender="Men",
        title="Arrow Men Beige Solid Sleeveless Sweater",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: red polyester zip track jacket with white stripes down the sleeves, black track pants, a watch. Caption:
    # epoch-1 adapter, stopped on a newline; "cotton" for the shiny tricot. Answers: extractive QA.
    case(
        "X1342-038",
        caption(
            "The man wears a long-sleeve jacket with color block patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        Q.color("", "non_answer"),
        Q.pattern("color block patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Red Solid Sporty Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: lavender sweatshirt with a cartoon graphic, blue jeans. Caption: epoch-1 adapter, stopped on a newline,
    # right; answers: extractive QA.
    case(
        "X1342-039",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a long-sleeve sweater with graphic patterns and a long pants"),
        Q.garment_type("sweater"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men Lavender Printed Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # Photo: maroon velvet blazer over a black knit turtleneck, black trousers. Caption: epoch-1 adapter with a hue,
    # cut at the limit; the turtleneck leads, velvet read as "furry". Answers: extractive QA, from the turtleneck.
    case(
        "X1342-040",
        caption(
            "The man wears a long-sleeve black sweater with pure color patterns and a long pants. The sweater is with "
            "knitted fabric and its neckline is stand. The man wears a jacket outside. The jacket is with furry fabric "
            "and its neckline",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve black sweater with pure color patterns and a long pants"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted fabric", "contradiction"),
        gender="Men",
        title="Mr Button Men Maroon Velvet Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: flat lay, a bottle-green cotton Nehru jacket with a floral block print, alone on white. Caption: epoch-1
    # adapter, stopped on a newline after two sentences, right; answers: extractive QA. (gender missing)
    case(
        "X1342-041",
        caption("The upper clothing has no sleeves, cotton fabric and floral patterns. It has a stand neckline."),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        title="Fabindia Men Green Cotton Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
    ),
    # Photo: brown corduroy overshirt jacket (shacket) worn open over a black tee, beige chinos. Caption: epoch-1
    # adapter, cut at the limit, content fine. Answers: extractive QA. (color missing in the feed row)
    case(
        "X1342-042",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The man wears a long-sleeve T-shirt with pure color patterns. The pants "
            "are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Brown Solid Corduroy Overshirt Jacket",
        category="Jackets",
    ),
    # Photo: off-white pullover with thin navy self-stripes, dark blue jeans. Caption: epoch-1 adapter with a hue
    # (on the jeans), stopped on a newline, right; the color answer takes the jeans' blue. Answers: extractive QA.
    case(
        "X1342-043",
        caption(
            "His sweater has long sleeves, knitted fabric and stripe patterns. It has a round neckline. The man wears "
            "long blue trousers. The trousers are with denim fabric and pure color patterns."
        ),
        Q.garment_type("sweater"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("stripe patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted fabric"),
        gender="Men",
        title="Roadster Men White & Navy Blue Self-Striped Pullover Sweater",
        category="Sweaters",
        color="White",
    ),
    # Photo: back view, teal crew sweatshirt with a small text print across the back, black joggers. Caption: epoch-1
    # adapter, restarts the template and runs to the limit. Answers: extractive QA; the pattern span is only "color
    # patterns".
    case(
        "X1342-044",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. The man wears a long-sleeve sweater "
            "with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long pants"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("color patterns", "restated"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Teal Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # Photo: blue-and-grey colourblocked nylon windcheater, black joggers, a baseball cap, a watch. Caption: epoch-1
    # adapter, ran to the limit; the cap and watch are real, "cotton" is not. Answers: extractive QA.
    case(
        "X1342-045",
        caption(
            "The man wears a long-sleeve jacket with color block patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is stand. There is a hat on his head. There is an accessory on his wrist. There "
            "is a",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Campus Sutra Men Blue Colourblocked Windcheater Jacket",
        category="Jackets",
        color="Blue",
    ),
]
