"""BLIND_1023 (46 products; older Myntra men's ethnic/casual, captions+QA): written blind in the fifty-eighth session.
Measured blind at 955f328 (the session's final rules): 90/120 failures found (75.0%) and 2/174 correct texts flagged
(1.1%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind: short seller titles ("Fabindia Men Navy Kurta"), men's
ethnic wear (kurtas, kurta pyjama sets, Nehru jackets) and casual wear (tees, polos, shirts, jeans, chinos, shorts,
track pants, sweaters, jackets). Product shots on a white backdrop, worn by a model who also wears other garments
(churidar or jeans under a kurta, a tee under a jacket, a shirt over the jeans on sale). A few rows lack a column
(gender, article type or base colour), as real feeds do; seller colors are kept as the feed has them, even where
the photo reads another shade (a "Brown" kurta that looks rust).

Who wrote what: the third experiment's pipeline. Captions by blip2-opt-2.7b with the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens, the job stopping on newline. One
epoch in, it still has the base model's hue words ("a man wearing a navy blue kurta") and about two captions in
three end on their own; the rest run on to the limit in DeepFashion template sentences ("the kurta is with cotton
fabric and pure color patterns", "The gentleman wears ...", "the pants this man wears is of long length"), which
loop, stop mid-sentence, drift into "The lady"/"her" for a man, or, since the loss covered the prompt, continue into
a new "Question: ... Answer: ..." turn. Open answers (wearing, describe, details, material, some color questions)
are spans that timpal0l/mdeberta-v3-base-squad2 extracted from that caption: always a substring of the caption (an
empty string when the no-answer score won), so they inherit the caption's loops, leaks, pronouns and inventions,
and add their own span mistakes (the pants' color for the kurta, a span cut where the caption was cut, a span that
is only "The gentleman wears"). Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come
from enrich's --engine reference, which ranks fixed candidates with the base model: one candidate each, never a
loop or a cut, but the base model's habit of one color for every garment and of answering about the most visible
garment rather than the product.

Labeling conventions and judgement calls:
- "This" in a closed question means the catalogued product: "yes" to "Is this a kurta?" for a Nehru jacket worn over
  a kurta, or "kurta" as the garment type of that jacket, is a contradiction (of the seller's category).
- A closed color answer that gives the asked garment another garment's color (the tee's grey for the jeans) is a
  contradiction; other_garment_color is kept for open (extracted) answers that give the asked garment the color of
  another garment in the photo, or describe the product as that other garment ("a white collared shirt" for the
  sweater). A print's color is not another garment: a closed "black" for a white tee with a black print is a
  contradiction.
- Shades within one family are correct: cream/white, rust/orange/brown, peach/pink, lavender/light purple, navy/blue,
  mustard/yellow, charcoal/gray. Magenta answered "purple" is a contradiction (seller and caption say pink).
- Garment synonyms are correct: vest for a Nehru jacket, pants for trousers/track pants/churidar/pyjama, hoodie for a
  sweatshirt, shirt for a henley. A short kurta called a "shirt" is a contradiction of the seller's category.
- Material: a common fabric that fits the visible garment or the title (cotton for a kurta or tee, wool for a
  sweater, denim for jeans, linen/silk where the title says so, polyester for shiny track pants) is correct; a
  material the photo does not show and the title does not give ("leather" for a suede-look bomber) is unsupported.
- Unsupported: a detail that is not in the photo (a watch, sneakers cropped out of frame, a fur collar, gold buttons,
  a logo, rips, a skateboard). An extracted span that repeats the caption's invention is labelled unsupported too;
  a shorter span of the same caption that leaves the invention out is correct.
- One label per text. A capped caption that also misgenders is labelled pronoun (hit_limit kept); a capped caption
  whose last sentence is unfinished is cut; one that repeats a phrase to the limit is loop; one that opens a new
  "Question: ... Answer:" turn is leak, whether it ends on its own or at the limit.
- Extracted spans never ran to a limit (hit_limit False); a span that ends where the caption was cut is cut.
- non_answer: an empty string, a lone color or word as a description or details, or a span about the backdrop or
  the pose instead of the garment. restated: a span that only restates the question's frame ("The gentleman wears",
  "The pants this gentleman wears") without the asked content.
- Pronoun: "she", "her", "The lady", "a woman" for a Men's product. The row without a gender (X1023-031) has no
  pronoun failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1023 = [
    # photo: man in a navy blue straight kurta (long sleeves, mandarin collar, solid) over white churidar, brown juttis,
    # white backdrop, front view. Caption: epoch-1 caption adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-001",
        caption(
            "a man wearing a navy blue kurta and white churidar pants. the kurta has long sleeves and a mandarin "
            "collar."
        ),
        wearing("a navy blue kurta and white churidar pants"),
        color_of("kurta", "navy blue"),
        details("kurta", "long sleeves and a mandarin collar"),
        describe("kurta", "white churidar pants", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("", "non_answer"),
        is_a("kurta", "yes"),
        title="Fabindia Men Navy Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream solid kurta with matching off-white pyjama, no props, white backdrop, full length front view.
    # Caption ran to the limit looping the template; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-002",
        caption(
            "a man in a cream kurta and white pyjama. the kurta is with cotton fabric and pure color patterns. the "
            "pyjama is with cotton fabric and pure color patterns. the pyjama is with cotton fabric and pure color "
            "patterns. the pyjama is",
            "loop",
            hit_limit=True,
        ),
        wearing("a cream kurta and white pyjama"),
        color_of("kurta", "cream"),
        Q.pattern("floral", "contradiction"),
        details(
            "kurta",
            "the pyjama is with cotton fabric and pure color patterns. the pyjama is with cotton fabric and pure color "
            "patterns",
            "loop",
        ),
        Q.material("cotton fabric"),
        title="Manyavar Men Cream Kurta Pyjama Set",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon sleeveless Nehru jacket (solid, five buttons) over a white kurta and white pyjama, white backdrop.
    # Caption leaked a new QA turn; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-003",
        caption(
            "a man wearing a maroon nehru jacket over a white kurta and white pants. Question: what is the color of "
            "the jacket? Answer: maroon",
            "leak",
        ),
        wearing("a maroon nehru jacket over a white kurta and white pants"),
        color_of("jacket", "maroon"),
        is_a("kurta", "yes", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("jacket", "white", "other_garment_color"),
        title="Manyavar Men Maroon Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange crew-neck t-shirt, short sleeves, worn with mid-blue jeans, white backdrop, front view.
    # Caption: adapter (ended on its own); open: mdeberta spans; closed: reference engine (one color for both).
    case(
        "X1023-004",
        caption("a man in a grey t-shirt and blue jeans standing in front of a white wall"),
        wearing("a grey t-shirt and blue jeans"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "grey", "contradiction"),
        Q.sleeve_length("short"),
        details("t-shirt", "standing in front of a white wall", "non_answer"),
        describe("t-shirt", "a grey t-shirt"),
        title="Roadster Men Grey Melange Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black crew-neck t-shirt with a large white-and-red graphic print on the chest, blue jeans, white
    # backdrop. Caption ran to the limit mid-sentence; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-005",
        caption(
            "a man wearing a black t-shirt with a white and red graphic print on the front and blue jeans. the t-shirt "
            "is with cotton fabric and graphic patterns. it has a round neckline. the jeans this man wears is of long "
            "length. the jeans are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt with a white and red graphic print on the front and blue jeans"),
        Q.color("black"),
        Q.pattern("graphic"),
        describe("t-shirt", "a black t-shirt with a white and red graphic print on the front"),
        details("jeans", "the jeans are with", "cut"),
        Q.material("cotton fabric"),
        title="Flying Machine Men Printed Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: blue-and-white checked casual shirt, long sleeves rolled to the elbow, beige chinos with a brown belt,
    # no watch, white backdrop. Caption: adapter (invented a watch); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-006",
        caption(
            "a man wearing a blue and white checked shirt and beige pants with a brown belt and a watch", "unsupported"
        ),
        wearing("a blue and white checked shirt and beige pants"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        color_of("pants", "beige"),
        Q.pattern("checked"),
        Q.sleeve_length("long"),
        title="Wrangler Men Blue Checked Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive cargo shorts (knee length, side flap pockets) with a plain white t-shirt, white sneakers, white
    # backdrop. Caption: adapter drifted fully into the DeepFashion template and "The lady"; closed: reference engine.
    case(
        "X1023-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a five-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a five-point shorts"),
        color_of("shorts", "olive"),
        color_of("t-shirt", "olive", "contradiction"),
        details("shorts", "cotton fabric and pure color patterns"),
        is_a("pair of shorts", "yes"),
        title="Roadster Men Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: mustard kurta with a small white floral block print, long sleeves, white pyjama, no scarf, white
    # backdrop. Caption: adapter (invented a red scarf); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-008",
        caption(
            "a man wearing a yellow kurta with white flowers on it and white pajamas and a red scarf around his neck",
            "unsupported",
        ),
        wearing("a yellow kurta with white flowers on it and white pajamas"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.color("yellow"),
        Q.pattern("floral"),
        describe("kurta", "a yellow kurta with white flowers on it"),
        details("kurta", "", "non_answer"),
        Q.sleeve_length("long"),
        title="Fabindia Men Mustard Printed Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: mid-wash blue slim jeans, worn with a white shirt tucked in, brown shoes, white backdrop, full length.
    # Caption looped to the limit; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-009",
        caption(
            "a man wearing a white shirt and blue jeans. the jeans are blue. the jeans are blue. the jeans are blue. "
            "the jeans are blue. the jeans are blue. the jeans are blue. the jeans are blue. the jeans are",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and blue jeans"),
        color_of("jeans", "blue"),
        color_of("shirt", "blue", "contradiction"),
        details("jeans", "the jeans are blue. the jeans are blue. the jeans are blue", "loop"),
        describe("jeans", "a white shirt", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        title="Levis Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki chino trousers with a navy polo tucked in and a brown belt, cropped at the knees (no shoes),
    # white backdrop. Caption: adapter (invented sneakers); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-010",
        caption("a man in a navy blue polo shirt and khaki pants with a brown belt and white sneakers", "unsupported"),
        wearing("a navy blue polo shirt and khaki pants with a brown belt"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        Q.garment_type("trousers"),
        Q.color("khaki"),
        color_of("shirt", "khaki", "contradiction"),
        details("pants", "khaki pants with a brown belt"),
        title="Basics Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: red pique polo t-shirt with a contrast white collar, grey jeans, a steel watch on the left wrist,
    # white backdrop. Caption ran to the limit mid-sentence; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-011",
        caption(
            "a man wearing a red polo shirt with a white collar and grey jeans. the polo shirt is with cotton fabric "
            "and pure color patterns. it has a lapel collar. there is an accessory on his wrist. the jeans this",
            "cut",
            hit_limit=True,
        ),
        wearing("a red polo shirt with a white collar and grey jeans", who="he"),
        color_of("shirt", "red"),
        Q.sleeve_length("short"),
        Q.material("cotton fabric"),
        describe("shirt", "a red polo shirt with a white collar"),
        details("shirt", "there is an accessory on his wrist. the jeans this", "cut"),
        title="U.S. Polo Assn. Men Red Polo Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: white linen shirt, long sleeves, stand (band) collar, beige linen trousers, white backdrop.
    # Caption: adapter, slipped into "her" in the template part; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-012",
        caption(
            "a man wearing a white shirt and beige pants. the shirt is with linen fabric and pure color patterns. it "
            "has a stand collar. her pants are with linen fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a white shirt and beige pants"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        Q.material("linen fabric"),
        details("shirt", "it has a stand collar"),
        describe("shirt", "the shirt is with linen fabric and pure color patterns"),
        Q.pattern("solid"),
        is_a("shirt", "yes"),
        title="Celio Men White Linen Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: plain rust kurta (the seller calls it Brown), long sleeves, white churidar, white backdrop.
    # Caption leaked QA turns to the limit; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-013",
        caption(
            "a man in an orange kurta and white pants. Question: what is the man wearing? Answer: an orange kurta and "
            "white pants. Question: is this a kurta? Answer: yes. Question: what",
            "leak",
            hit_limit=True,
        ),
        wearing("an orange kurta and white pants"),
        color_of("kurta", "brown"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt", "contradiction"),
        describe("kurta", "orange", "non_answer"),
        title="Fabindia Men Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: green-and-white horizontally striped polo t-shirt, navy shorts, white backdrop, front view.
    # Caption looped to the limit; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-014",
        caption(
            "a man wearing a green and white striped polo shirt and navy blue shorts. the shirt has stripes on it. the "
            "shirt has stripes on it. the shirt has stripes on it. the shirt has stripes on it. the shirt has",
            "loop",
            hit_limit=True,
        ),
        wearing("a green and white striped polo shirt and navy blue shorts"),
        color_of("shirt", "green"),
        Q.pattern("striped"),
        color_of("shorts", "green", "contradiction"),
        details("shirt", "the shirt has stripes on it"),
        title="Classic Polo Men Stripes Green Polo Tshirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: charcoal pullover hoodie with a kangaroo pocket (hands in it), black track pants, white backdrop.
    # Caption looped on the pose to the limit; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-015",
        caption(
            "a man wearing a gray hoodie and black pants with his hands in his pockets, his hands in his pockets, his "
            "hands in his pockets, his hands in his pockets, his hands in his pockets, his hands in his",
            "loop",
            hit_limit=True,
        ),
        wearing("a gray hoodie and black pants"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long"),
        is_a("jacket", "yes", "contradiction"),
        title="Puma Men Charcoal Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy track pants with white side stripes, plain grey t-shirt, no accessories, white backdrop.
    # Caption: template sentences to the limit, cut; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-016",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants this "
            "gentleman wears is of long length. The pants are with cotton fabric and color block patterns. There is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants"),
        color_of("pants", "navy blue"),
        Q.pattern("striped"),
        details("pants", "The pants this gentleman wears", "restated"),
        describe("pants", "a long pants"),
        is_a("pair of track pants", "yes"),
        title="Adidas Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black matte Nehru jacket with black fabric-covered buttons over a cream kurta and cream churidar, white
    # backdrop. Caption: adapter (invented gold buttons); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-017",
        caption("a man in a black vest with gold buttons and a white kurta", "unsupported"),
        wearing("a black vest with gold buttons and a white kurta", "unsupported"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("kurta", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        title="Manyavar Men Black Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: pink short kurta (hip length, side slits, long sleeves) with blue jeans, white backdrop.
    # Caption: adapter called the kurta a shirt; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-018",
        caption("a man wearing a pink shirt and blue jeans", "contradiction"),
        wearing("a pink shirt and blue jeans", "contradiction"),
        color_of("kurta", "pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        title="Anouk Men Pink Short Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: beige linen kurta with a mandarin collar, white pyjama, brown sandals, white backdrop.
    # Caption went on into QA turns to the limit; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-019",
        caption(
            "a man wearing a beige kurta and white pants. Question: what is the man wearing? Answer: a beige kurta and "
            "white pants. Question: what is the color of the kurta? Answer: beige",
            "leak",
            hit_limit=True,
        ),
        wearing("a beige kurta and white pants"),
        color_of("kurta", "beige", kind="open"),
        details("kurta", "Answer: a beige kurta and white pants", "leak"),
        Q.sleeve_length("long"),
        title="Fabindia Men Beige Linen Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: light blue denim shirt with two flap chest pockets, long sleeves, white trousers, white backdrop.
    # All correct: caption by the adapter, spans by mdeberta, closed by the reference engine. No base colour column.
    case(
        "X1023-020",
        caption("a man wearing a blue denim shirt with two pockets on the chest and white pants"),
        wearing("a blue denim shirt with two pockets on the chest and white pants"),
        color_of("shirt", "blue"),
        Q.material("denim"),
        details("shirt", "two pockets on the chest"),
        Q.pattern("solid"),
        title="Levis Men Blue Denim Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: maroon V-neck sweater with a white shirt collar showing, grey trousers, white backdrop.
    # Caption ran to the limit mid-sentence; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-021",
        caption(
            "a man in a maroon sweater with a white collared shirt underneath and gray pants. the sweater is with wool "
            "fabric and pure color patterns. it has a v-shape neckline. the sweater this man wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon sweater with a white collared shirt underneath and gray pants"),
        color_of("sweater", "maroon"),
        Q.garment_type("sweater"),
        describe("sweater", "a white collared shirt", "other_garment_color"),
        details("sweater", "the sweater this man wears is of long", "cut"),
        Q.material("wool fabric"),
        title="Monte Carlo Men Maroon Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: off-white pathani kurta (shirt collar, long sleeves, chest pocket) with matching off-white salwar, white
    # backdrop. Caption leaked QA turns to the limit; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-022",
        caption(
            "a man wearing a white kurta and white pants with a collar and long sleeves. Question: is this a kurta? "
            "Answer: yes. Question: what is the color of the pants? Answer: white. Question",
            "leak",
            hit_limit=True,
        ),
        wearing("a white kurta and white pants"),
        color_of("kurta", "white"),
        color_of("pants", "white"),
        describe("kurta", "a collar and long sleeves"),
        Q.pattern("solid"),
        title="Manyavar Men Off White Pathani Suit",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: teal long-sleeve henley t-shirt (three-button placket), beige chinos, white backdrop.
    # Caption: adapter said "a woman"; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-023",
        caption("a woman wearing a teal shirt with buttons and beige pants", "pronoun"),
        wearing("a teal shirt with buttons and beige pants", who="he"),
        color_of("t-shirt", "teal"),
        describe("t-shirt", "a teal shirt with buttons"),
        details("t-shirt", "buttons", "non_answer"),
        Q.sleeve_length("long"),
        title="Highlander Men Teal Henley Tshirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: yellow crew-neck t-shirt with black text print "BRKLYN 88", black shorts, nothing in hand, white
    # backdrop. Caption: adapter (invented a skateboard); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-024",
        caption(
            "a man wearing a yellow t-shirt with black writing on it and black shorts holding a skateboard",
            "unsupported",
        ),
        wearing("a yellow t-shirt with black writing on it and black shorts"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.color("yellow"),
        Q.pattern("printed"),
        details("t-shirt", "black writing on it"),
        title="Tantra Men Yellow Printed Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: dark indigo slim jeans, clean (no rips), black crew tee worn untucked over the waist, white sneakers,
    # white backdrop. Caption: adapter (invented rips and a belt); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-025",
        caption("a man wearing a black t-shirt and dark blue ripped jeans with a leather belt", "unsupported"),
        wearing("a black t-shirt and dark blue ripped jeans", "unsupported"),
        color_of("jeans", "blue"),
        is_a("pair of jeans", "yes"),
        details("jeans", "ripped jeans with a leather belt", "unsupported"),
        Q.garment_type("jeans"),
        title="Roadster Men Dark Blue Slim Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey formal trousers, white formal shirt tucked in, no tie, hands in the trouser pockets, white backdrop.
    # Caption: adapter (invented a tie); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-026",
        caption(
            "a man wearing a white shirt with a black tie and grey pants standing with his hands in his pockets",
            "unsupported",
        ),
        wearing("a white shirt with a black tie and grey pants", "unsupported"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white"),
        Q.garment_type("trousers"),
        details("pants", "his hands in his pockets", "non_answer"),
        describe("pants", "grey pants"),
        title="Van Heusen Men Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: white chikankari kurta (white thread embroidery all over front and sleeves), white pyjama, white
    # backdrop. Caption looped to the limit; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-027",
        caption(
            "a man wearing a white kurta with white embroidery and white pants. the kurta has embroidery on the front "
            "and embroidery on the sleeves and embroidery on the sleeves and embroidery on the sleeves and embroidery "
            "on the sleeves and",
            "loop",
            hit_limit=True,
        ),
        wearing("a white kurta with white embroidery and white pants"),
        color_of("kurta", "white"),
        Q.pattern("embroidered"),
        details("kurta", "embroidery on the front and embroidery on the sleeves and embroidery on the sleeves", "loop"),
        Q.material("", "non_answer"),
        title="Fabindia Men White Chikan Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: light-wash blue denim jacket worn open (plain denim collar) over a white crew tee, black jeans, white
    # backdrop. Caption: adapter (invented a fur collar); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-028",
        caption("a man wearing a denim jacket with a fur collar over a white t-shirt and black jeans", "unsupported"),
        wearing("a denim jacket with a fur collar over a white t-shirt and black jeans", "unsupported"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.garment_type("jacket"),
        Q.material("denim"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Wrangler Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: purple-and-white checked shirt, no chest pocket, long sleeves, blue jeans, no watch, white backdrop.
    # Caption: adapter (invented a pocket and a watch); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-029",
        caption(
            "a man wearing a purple plaid shirt with a pocket on the chest and blue jeans, he is wearing a watch on "
            "his left hand",
            "unsupported",
        ),
        wearing("a purple plaid shirt with a pocket on the chest and blue jeans", "unsupported"),
        color_of("shirt", "purple"),
        Q.pattern("checked"),
        color_of("jeans", "purple", "contradiction"),
        Q.sleeve_length("long"),
        title="United Colors of Benetton Men Check Purple Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: plain orange crew-neck t-shirt, khaki shorts, white backdrop. Caption: adapter in pure template
    # (no hues, ended on its own); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is "
            "with cotton fabric. It has a round neckline."
        ),
        wearing("The gentleman wears", "restated"),
        color_of("t-shirt", "orange"),
        color_of("shorts", "orange", "contradiction"),
        Q.sleeve_length("short"),
        Q.material("cotton fabric"),
        describe("t-shirt", "a short-sleeve T-shirt with pure color patterns"),
        title="Proline Men Orange Tshirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: shiny black polyester track pants with white side piping, red t-shirt, white backdrop. The row has no
    # gender. Caption ran to the limit mid-sentence; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-031",
        caption(
            "a man in a red t-shirt and black track pants with white stripes on the side. the pants are with polyester "
            "fabric and pure color patterns. the t-shirt is with cotton fabric and pure color patterns. it has a round",
            "cut",
            hit_limit=True,
        ),
        wearing("a red t-shirt and black track pants with white stripes on the side"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.material("polyester fabric"),
        details("pants", "white stripes on the side"),
        describe("pants", "the t-shirt is with cotton fabric and pure color patterns. it has a round", "cut"),
        title="Nike Men Black Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: brown suede-look bomber jacket, zipped, ribbed cuffs and hem, blue jeans, white backdrop.
    # Caption: adapter (called it leather); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-032",
        caption("a man wearing a brown leather jacket and blue jeans", "unsupported"),
        color_of("jacket", "brown"),
        Q.sleeve_length("long"),
        Q.material("leather", "unsupported"),
        is_a("jacket", "yes"),
        color_of("jeans", "brown", "contradiction"),
        title="Roadster Men Brown Bomber Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: bottle green kurta, stand collar, long sleeves, beige trousers, white backdrop. Caption: template run to
    # the limit with "The lady" (labelled pronoun, capped); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-033",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "stand neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve kurta with pure color patterns"),
        color_of("kurta", "green"),
        color_of("trousers", "green", "contradiction"),
        describe("kurta", "It has a stand neckline"),
        Q.material("cotton fabric"),
        title="Fabindia Men Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: lavender formal shirt, long sleeves, tucked into navy trousers, white backdrop.
    # Caption: adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-034",
        caption("a man wearing a light purple shirt and navy blue pants"),
        wearing("a light purple shirt and navy blue pants"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        Q.color("purple"),
        Q.sleeve_length("long"),
        Q.garment_type("t-shirt", "contradiction"),
        describe("shirt", "a light purple shirt"),
        title="Arrow Men Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy denim shorts (mid-thigh, turned-up hem) with a red crew tee, white backdrop.
    # Caption went on into QA turns to the limit; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-035",
        caption(
            "a man wearing a red t-shirt and blue denim shorts. Question: what is the color of the shorts? Answer: "
            "blue. Question: what is the color of the t-shirt? Answer: red. Question: what",
            "leak",
            hit_limit=True,
        ),
        wearing("a red t-shirt and blue denim shorts"),
        color_of("shorts", "blue. Question: what is the color of the t-shirt? Answer: red", "leak", kind="open"),
        Q.garment_type("shorts"),
        Q.material("denim"),
        describe("shorts", "a red t-shirt", "other_garment_color"),
        title="Pepe Jeans Men Navy Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: short-sleeve tropical print shirt (blue ground, green leaves, orange flowers), beige chinos, white
    # backdrop. Caption: adapter said "a woman"; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-036",
        caption("a woman wearing a blue shirt with green leaves and orange flowers and beige pants", "pronoun"),
        wearing("a blue shirt with green leaves and orange flowers and beige pants"),
        color_of("shirt", "blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        details("shirt", "green leaves and orange flowers"),
        describe("shirt", "green", "non_answer"),
        title="Wrangler Men Printed Multi Shirt",
        category="Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: light blue kurta with thin white vertical stripes, no pocket, white buttons, white pyjama, white
    # backdrop. Caption: adapter (invented a pocket and gold buttons); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-037",
        caption(
            "a man wearing a blue and white striped kurta with a pocket on the chest and gold buttons and white pants",
            "unsupported",
        ),
        wearing("a blue and white striped kurta"),
        color_of("kurta", "blue"),
        Q.pattern("striped"),
        details("kurta", "a pocket on the chest and gold buttons", "unsupported"),
        Q.sleeve_length("long"),
        title="Fabindia Men Blue Striped Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: white crew tee with a black tiger-face graphic print, blue jeans, white backdrop.
    # Caption looped to the limit; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-038",
        caption(
            "a man wearing a white t-shirt with a black tiger on it and blue jeans. the t-shirt is white. the jeans "
            "are blue. the t-shirt is white. the jeans are blue. the t-shirt is white. the jeans are blue. the t-shirt "
            "is",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt with a black tiger on it and blue jeans"),
        color_of("t-shirt", "black", "contradiction"),
        Q.pattern("graphic"),
        describe("t-shirt", "the t-shirt is white. the jeans are blue. the t-shirt is white", "loop"),
        Q.sleeve_length("short"),
        title="Ed Hardy Men Printed White Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive casual shirt, long sleeves, two flap pockets, buttoned, black jeans, white backdrop.
    # Caption: adapter, "her shirt" in the template part; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-039",
        caption(
            "a man wearing a green shirt and black pants. her shirt has long sleeves, cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a green shirt and black pants", who="he"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.garment_type("shirt"),
        describe("shirt", "a green shirt"),
        Q.material("", "non_answer"),
        title="Roadster Men Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black skinny jeans, grey long-sleeve henley, white backdrop. Caption: template with "Her pants"
    # (ended on its own); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-040",
        caption(
            "This person wears a long-sleeve shirt with solid color patterns and long pants. Her pants are with denim "
            "fabric and solid color patterns. The shirt is with cotton fabric.",
            "pronoun",
        ),
        wearing("This person wears", "restated"),
        color_of("jeans", "black"),
        color_of("shirt", "black", "contradiction"),
        details("jeans", "Her pants are with denim fabric and solid color patterns", "pronoun"),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: peach slim kurta, long sleeves, white pyjama, white backdrop. The row has no article type.
    # Caption leaked a QA turn; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-041",
        caption(
            "a man wearing a peach kurta and white pants standing on a white background. Question: what is the man "
            "wearing? Answer: a peach kurta",
            "leak",
        ),
        wearing("a peach kurta and white pants"),
        color_of("kurta", "pink"),
        color_of("pants", "peach", "contradiction"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        describe("kurta", "a peach kurta"),
        title="See Designs Men Peach Kurta",
        color="Peach",
        gender="Men",
    ),
    # photo: coffee brown cable-knit crew-neck sweater, blue jeans, white backdrop. Caption: template to the limit,
    # cut; open: mdeberta spans; closed: reference engine (read the cables as stripes).
    case(
        "X1023-042",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater "
            "is with wool fabric. It has a crew neckline. The sweater this gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("This gentleman wears", "restated"),
        color_of("sweater", "brown"),
        describe("sweater", "The sweater this gentleman wears", "restated"),
        Q.material("wool fabric"),
        Q.pattern("striped", "contradiction"),
        title="Monte Carlo Men Coffee Brown Sweater",
        category="Sweaters",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: magenta silk kurta with a sheen and gold buttons, cream churidar, white backdrop.
    # Caption ran to the limit mid-sentence; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-043",
        caption(
            "a man in a pink kurta with gold buttons and white pants. the kurta is with silk fabric and pure color "
            "patterns. it has a stand neckline. the pants this man wears is of long length. the pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink kurta with gold buttons and white pants"),
        color_of("kurta", "purple", "contradiction"),
        Q.material("silk fabric"),
        details("kurta", "gold buttons"),
        Q.pattern("solid"),
        title="Manyavar Men Magenta Silk Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Men",
    ),
    # photo: plain sea green pique polo (no logo), short sleeves, white chinos, white backdrop.
    # Caption: adapter (invented a chest logo); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-044",
        caption("a man wearing a green polo shirt with a logo on the chest and white pants", "unsupported"),
        wearing("a green polo shirt with a logo on the chest and white pants", "unsupported"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt"),
        title="Basics Men Sea Green Polo Tshirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: beige cargo shorts with side flap pockets, navy crew tee, white backdrop.
    # Caption looped to the limit; open: mdeberta spans; closed: reference engine.
    case(
        "X1023-045",
        caption(
            "a man in a navy t-shirt and beige shorts with pockets on the sides and pockets on the sides and pockets "
            "on the sides and pockets on the sides and pockets on the sides and pockets on the",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy t-shirt and beige shorts"),
        color_of("shorts", "navy", "other_garment_color", kind="open"),
        color_of("t-shirt", "navy blue"),
        details("shorts", "pockets on the sides and pockets on the sides and pockets on the sides", "loop"),
        is_a("pair of shorts", "yes"),
        title="Roadster Men Beige Cargo Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: indigo kurta with white block-printed motifs, blue jeans, cropped at mid-thigh (no feet), white
    # backdrop. Caption: adapter (invented sandals); open: mdeberta spans; closed: reference engine.
    case(
        "X1023-046",
        caption(
            "a man wearing a dark blue kurta with a white print and blue jeans and a pair of brown sandals",
            "unsupported",
        ),
        wearing("a dark blue kurta with a white print and blue jeans"),
        color_of("kurta", "blue"),
        Q.pattern("printed"),
        describe("kurta", "a dark blue kurta with a white print"),
        details("kurta", "blue jeans", "other_garment_color"),
        is_a("shirt", "yes", "contradiction"),
        title="Fabindia Men Indigo Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
]
