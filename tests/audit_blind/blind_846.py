"""BLIND_846 (46 products; old Myntra men's ethnic/casual, captions+span QA): written blind in the fifty-sixth session.
Measured blind at 2a72e81 (the session's fourth rules): 104/128 failures found (81.2%) and 9/177 correct texts flagged
(5.1%). The writer's notes, verbatim:

Scenario: an older Myntra feed of men's ethnic wear (kurtas, kurta sets, Nehru jackets, sherwanis, churidars, dhotis,
pyjamas) and casual wear (t-shirts, shirts, jeans, chinos, shorts, track pants, sweatshirts, jackets), with the short
product names of the old catalog ("Fabindia Men Kurta"). Photos are of the shared set's kind: 224x224 product shots,
mostly on a white or light grey backdrop, the product worn by a male model who also wears other garments (a white
pyjama under a kurta, a white kurta under a Nehru jacket, a tee under a shirt or jacket), now and then a prop.

Who wrote what: every caption comes from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
on blip2-opt-2.7b, greedy, 50 new tokens. After one epoch it writes either a short base-model style caption with
hues ("a man in a maroon kurta and cream pants") or the DeepFashion template ("The gentleman wears a long-sleeve
shirt with pure color patterns..."), which names patterns and a fabric but no hues, calls kurtas "shirt", and now
and then says "lady". It usually stops at the newline, but not always: some captions run to the 50-token limit and
are cut mid-phrase, loop a clause, or run on into a `Question: ... Answer:` exchange. The open answers (wearing,
describe, details, material, and the open color questions) are spans extracted from that caption by
timpal0l/mdeberta-v3-base-squad2, so they can only be as good as the caption: they copy its loops, cuts, leaks and
wrong words, grab the nearest color word (often the pyjama's or the tee's), or come back empty. The closed answers
(garment_type, color, pattern, sleeve_length, the yes/no "Is this a ...?" and the closed color questions) come from
enrich's `--engine reference`, which ranks a candidate list and returns one value: never a loop or a cut, but it can
pick the under-garment's color or the dominant garment's type.

Labeling conventions and judgement calls:
- Each text carries at most one failure label, the most salient one; a caption that loops past the limit is "loop",
  one that stops mid-phrase at the limit is "cut", one that runs into a Question/Answer exchange is "leak".
- An extracted span inherits the caption's fault only where it carries it (a span with the loop is "loop"; a clean
  span from a cut caption is correct).
- "shirt", "blouse" or "dress" for a kurta, and "skirt" or a "no" for a dhoti, are contradictions of the seller's
  category. "vest" for a Nehru jacket, "pants" for a churidar, pyjama or track pants, and "pajamas" for a pyjama are
  accepted as correct.
- "Is this a ...?" and garment_type are judged against the seller's product, not whatever else is in the frame: a
  closed "vest" for a kurta worn under a Nehru jacket is a contradiction.
- A color word taken from another garment in the photo (pyjama, tee, jeans, turban, stole) is other_garment_color; a
  color taken from a print or logo on the product itself, or a hue the photo does not show at all, is contradiction.
- Colors are judged by the photo at the level of the seller's colour groups: "yellow" for mustard, "red" for maroon,
  "blue" for teal or navy, "orange" for rust, "green" for olive, "white" for cream/off white, "pink" for peach are
  correct. One row's seller color (Brown) is wrong for the photo (rust); the answers that say orange are correct.
- The template's fabric words: "cotton" is accepted for kurtas, shirts, tees, chinos and shorts where the title does
  not say otherwise; "chiffon" or "denim" for a formal shirt or a silk-blend kurta is unsupported, as are a wrist
  accessory, sunglasses, a hat, a hood, a belt, a chain, a shoulder bag, a basketball or a chest pocket that the
  photo does not have. "denim" for a shirt's material taken from the jeans' clause, where the caption itself says
  the shirt is cotton, is a contradiction.
- A span that gives back only the question's words ("the kurta", "jeans", "The gentleman wears") is restated; an
  empty span, a pattern phrase given for a color ("pure color"), and a backdrop, another garment or a brand given for
  the material ("a white wall", "white pants", "nike") are non_answer. A one-word span that carries a real attribute
  ("ripped" for the jeans' details) is an answer.
- An accessory (turban, watch) given as a garment's details is a contradiction (answered as garment), and so is a
  span that describes another garment ("a maroon vest" for the kurta's details).
- A wrong closed pattern or sleeve length (stripes called solid, a sleeveless jacket called short-sleeved) is a
  contradiction, whether or not the caption says otherwise.
- "lady", "woman" or "her" for the male models is pronoun, on the caption and on any span that carries it.
- Only captions that ran to the 50-token limit carry hit_limit; extracted spans never do.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_846 = [
    # photo: cream cotton straight kurta, full sleeves, mandarin collar, with white pyjama, white backdrop, front
    # view; caption by the epoch-1 caption adapter (short style), open answers extracted, closed by the reference
    case(
        "X846-001",
        caption("the gentleman wears a long-sleeve cream kurta with pure color patterns and white pyjamas"),
        wearing("a long-sleeve cream kurta", who="he"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.garment_type("kurta"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        describe("kurta", "kurta", "restated"),
        title="Fabindia Men Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon silk-blend kurta with gold embroidery down the placket, cream churidar, beige mojris, white
    # backdrop, full length; caption by the epoch-1 adapter (base style), spans extracted, closed by the reference
    case(
        "X846-002",
        caption("a man in a maroon kurta and cream pants standing in front of a white wall"),
        wearing("a maroon kurta and cream pants", who="he"),
        details("kurta", "", "non_answer"),
        color_of("kurta", "maroon", kind="open"),
        Q.pattern("embroidered"),
        is_a("kurta", "yes"),
        Q.material("a white wall", "non_answer"),
        title="Manyavar Men Maroon Kurta Pyjama",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy crew-neck tee with a white "ROADSTER 1987" chest print, worn with blue jeans, white backdrop;
    # caption by the epoch-1 adapter (template) looping to the limit, spans extracted, closed by the reference
    case(
        "X846-003",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is crew. The T-shirt is with cotton fabric and its neckline is crew. The T-shirt is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="he"),
        Q.color("white", "contradiction"),
        details(
            "T-shirt",
            "cotton fabric and its neckline is crew. The T-shirt is with cotton fabric and its neckline is crew",
            "loop",
        ),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        title="Roadster Men Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard Nehru jacket buttoned over a white kurta and white churidar, white backdrop, front view;
    # caption by the epoch-1 adapter (base style), spans extracted, closed answers by the reference engine
    case(
        "X846-004",
        caption("a man wearing a white kurta and a yellow vest"),
        wearing("a white kurta and a yellow vest", who="he"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        is_a("jacket", "yes"),
        title="Blackberrys Men Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive casual shirt, sleeves rolled to the elbow, two flap chest pockets, khaki chinos, light grey
    # backdrop; caption by the epoch-1 adapter (template) cut at the limit, spans extracted, closed by the reference
    case(
        "X846-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        Q.garment_type("shirt"),
        Q.color("green"),
        describe("shirt", "a long-sleeve shirt with pure color patterns"),
        details("shirt", "The trousers are with cotton fabric and", "cut"),
        title="Mufti Men Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with whiskering at the hips, white tee left untucked, cropped at the chest, white
    # backdrop; caption by the epoch-1 adapter (base style), spans extracted, closed answers by the reference engine
    case(
        "X846-006",
        caption("a man wearing blue jeans and a white t-shirt"),
        wearing("blue jeans and a white t-shirt", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "jeans", "restated"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("jeans"),
        Q.pattern("solid"),
        is_a("pair of jeans", "yes"),
        title="Indian Terrain Men Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: indigo short kurta with small white block-printed buttis, full sleeves, white pyjama, a potted plant at
    # the left edge, white backdrop; caption by the epoch-1 adapter (template, "lady"), spans extracted
    case(
        "X846-007",
        caption(
            "The lady wears a long-sleeve blouse with floral patterns. The blouse is with cotton fabric. The lady "
            "wears long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve blouse with floral patterns", "contradiction", who="he"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.material("cotton"),
        describe("kurta", "The lady wears long pants", "pronoun"),
        title="Fabindia Men Printed Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: gold-beige brocade sherwani to the knee with a woven paisley, cream churidar, a maroon stole over the
    # left shoulder, white backdrop; caption by the epoch-1 adapter (base style), spans extracted
    case(
        "X846-008",
        caption("a man in a gold sherwani with a red scarf"),
        wearing("a gold sherwani with a red scarf", who="he"),
        color_of("sherwani", "red", "other_garment_color", kind="open"),
        Q.color("gold"),
        Q.garment_type("dress", "contradiction"),
        details("sherwani", "", "non_answer"),
        Q.sleeve_length("long"),
        title="Manyavar Men Sherwani",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: red pique polo with white collar tipping and a small cat logo, black track pants, white backdrop;
    # caption by the epoch-1 adapter (template with a hue) cut at the limit, spans extracted, closed by the reference
    case(
        "X846-009",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns and its neckline is lapel. The "
            "gentleman wears long black pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve polo shirt", who="he"),
        color_of("T-shirt", "black", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.garment_type("t-shirt"),
        details("T-shirt", "its neckline is lapel"),
        is_a("t-shirt", "yes"),
        title="Puma Men Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: khaki flat-front chinos, a navy-and-white checked shirt tucked in, brown belt and loafers, white
    # backdrop, full length; caption by the epoch-1 adapter (base style), spans extracted, closed by the reference
    case(
        "X846-010",
        caption("a man in a blue shirt and khaki pants"),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("trousers", "blue", "other_garment_color", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue", "other_garment_color"),
        describe("trousers", "khaki pants"),
        title="Wills Lifestyle Men Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: charcoal textured Nehru jacket over a white kurta and white pyjama, light grey backdrop, front view;
    # caption by the epoch-1 adapter running on into a Question/Answer exchange to the limit; spans extracted
    case(
        "X846-011",
        caption(
            "a man wearing a grey vest over a white shirt Question: what is the man wearing? Answer: a grey vest over "
            "a white shirt Question: what",
            "leak",
            hit_limit=True,
        ),
        wearing("a grey vest over a white shirt", who="he"),
        color_of("jacket", "grey", kind="open"),
        details("jacket", "Answer: a grey vest", "leak"),
        Q.garment_type("vest"),
        Q.sleeve_length("sleeveless"),
        is_a("kurta", "yes", "contradiction"),
        title="Fabindia Men Nehru Jacket",
        category="Nehru Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: blue-and-white gingham checked shirt, full sleeves, black jeans, white backdrop; caption by the epoch-1
    # adapter (template) cut at the limit, spans extracted, closed answers by the reference engine
    case(
        "X846-012",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel collar. The gentleman wears long jeans. The jeans are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        Q.pattern("checked"),
        Q.color("black", "other_garment_color"),
        describe("shirt", "The shirt is with cotton fabric and it has a lapel collar"),
        Q.material("denim", "contradiction"),
        title="Highlander Men Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white chikankari kurta with white thread embroidery, white pyjama, brown kolhapuri sandals, hands in the
    # kurta's side pockets, white backdrop; caption by the epoch-1 adapter (base style, "her"), spans extracted
    case(
        "X846-013",
        caption("a man in a white kurta and white pants standing with her hands in her pockets", "pronoun"),
        wearing("a white kurta and white pants", who="he"),
        color_of("kurta", "white", kind="open"),
        Q.pattern("embroidered"),
        details("kurta", "her hands in her pockets", "pronoun"),
        Q.garment_type("kurta"),
        title="Svanik Men Kurta Pyjama",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: grey cotton chino shorts to the knee, no belt, white tee with a black surf print, white sneakers, white
    # backdrop; caption by the epoch-1 adapter (template, invents a belt), spans extracted, closed by the reference
    case(
        "X846-014",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
            "and pure color patterns. There is a belt in his waist.",
            "unsupported",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="he"),
        color_of("shorts", "pure color", "non_answer", kind="open"),
        details("shorts", "cotton fabric and pure color patterns"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        title="Levis Men Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: black skinny jeans faded at the knees, grey melange tee, cropped at the waist, white backdrop; caption by
    # the epoch-1 adapter (base style, one color for both), spans extracted, closed answers by the reference engine
    case(
        "X846-015",
        caption("a man in grey jeans and a grey t-shirt", "contradiction"),
        wearing("grey jeans and a grey t-shirt", "contradiction", who="he"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        Q.color("black"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        describe("jeans", "jeans", "restated"),
        title="Jack & Jones Men Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: off-white cotton churidar gathered at the ankles under the hem of a rust kurta, white backdrop, waist
    # down; caption by the epoch-1 adapter (base style), spans extracted, closed answers by the reference engine
    case(
        "X846-016",
        caption("a man in an orange kurta and white pants"),
        wearing("an orange kurta and white pants", who="he"),
        color_of("churidar", "orange", "other_garment_color", kind="open"),
        Q.garment_type("pants"),
        Q.color("white"),
        is_a("kurta", "yes", "contradiction"),
        title="Fabindia Men Churidar",
        category="Churidar",
        color="Off White",
        gender="Men",
    ),
    # photo: white linen shirt with a band collar, full sleeves, beige trousers, white backdrop; caption by the
    # epoch-1 adapter (base style) looping to the limit, spans extracted, closed answers by the reference engine
    case(
        "X846-017",
        caption(
            "a man wearing a white shirt and beige pants and a white shirt and beige pants and a white shirt and beige "
            "pants and a white shirt and beige pants and a white shirt and beige pants and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and beige pants and a white shirt and beige pants", "loop", who="he"),
        color_of("shirt", "white", kind="open"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        Q.garment_type("shirt"),
        describe("shirt", "a white shirt and beige pants and a white shirt", "loop"),
        title="Wrangler Men Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: teal silk-blend kurta with a self-woven jacquard, full sleeves, stand collar, cream churidar, white
    # backdrop, three-quarter view; caption by the epoch-1 adapter (template), spans extracted
    case(
        "X846-018",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The kurta is with chiffon fabric and "
            "its neckline is stand.",
            "unsupported",
        ),
        wearing("a long-sleeve kurta with pure color patterns", who="he"),
        Q.material("chiffon", "unsupported"),
        Q.color("blue"),
        Q.pattern("solid"),
        describe("kurta", "the kurta", "restated"),
        title="Manyavar Men Silk Blend Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: black track pants with two white side stripes and a small white logo at the thigh, grey hoodie, hands
    # empty, white backdrop; caption by the epoch-1 adapter (base style, invents a basketball), spans extracted
    case(
        "X846-019",
        caption("a man in black pants with white stripes and a grey hoodie holding a basketball", "unsupported"),
        wearing("black pants with white stripes and a grey hoodie", who="he"),
        color_of("track pants", "grey", "other_garment_color", kind="open"),
        details("track pants", "white stripes"),
        Q.garment_type("pants"),
        Q.pattern("striped"),
        Q.color("grey", "other_garment_color"),
        title="Nike Men Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: rust-orange cotton kurta (the seller says Brown), full sleeves, blue jeans, no bag, white backdrop;
    # caption by the epoch-1 adapter (base style, invents a shoulder bag), spans extracted, closed by the reference
    case(
        "X846-020",
        caption("a man in an orange kurta and blue jeans with a bag on his shoulder", "unsupported"),
        wearing("an orange kurta and blue jeans", who="he"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        Q.color("orange"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        details("kurta", "a bag on his shoulder", "unsupported"),
        title="Fabindia Men Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: plain grey melange V-neck tee, navy shorts, white backdrop; caption by the epoch-1 adapter (base style,
    # "woman"), spans extracted, closed answers by the reference engine
    case(
        "X846-021",
        caption("a woman in a grey t-shirt and blue shorts", "pronoun"),
        wearing("a grey t-shirt and blue shorts", who="he"),
        color_of("t-shirt", "grey", kind="open"),
        Q.color("grey"),
        details("t-shirt", "a woman in a grey t-shirt", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        title="Proline Men Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: cream cotton dhoti with a thin gold border, off-white kurta, white backdrop, full length; caption by the
    # epoch-1 adapter running on into Question/Answer exchanges to the limit, spans extracted, closed by the reference
    case(
        "X846-022",
        caption(
            "a man in a white kurta and white pants Question: is this a dhoti? Answer: no Question: is this a dhoti? "
            "Answer: no Question: is this a",
            "leak",
            hit_limit=True,
        ),
        wearing("a white kurta and white pants", who="he"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("white"),
        details("dhoti", "Answer: no", "leak"),
        is_a("dhoti", "no", "contradiction"),
        title="Sojanya Men Dhoti",
        category="Dhotis",
        color="Cream",
        gender="Men",
    ),
    # photo: red-and-black buffalo-check flannel shirt worn open over a black crew tee, grey jeans, no watch, white
    # backdrop; caption by the epoch-1 adapter (template, invents a wrist accessory), spans extracted
    case(
        "X846-023",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel collar. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        Q.color("red"),
        Q.pattern("checked"),
        describe("shirt", "an accessory on his wrist", "unsupported"),
        Q.sleeve_length("long"),
        title="Roadster Men Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy short kurta with white thread embroidery at the collar, white pyjama, black mojris, white backdrop;
    # caption by the epoch-1 adapter (template) cut at the limit, spans extracted, closed by the reference engine
    case(
        "X846-024",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns and its neckline is stand. The "
            "gentleman wears long pants. The pants are with cotton fabric and pure color patterns. The kurta has "
            "embroidery on the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "embroidery on the", "cut"),
        wearing("a long-sleeve kurta with pure color patterns", who="he"),
        Q.color("navy blue"),
        color_of("kurta", "white", "other_garment_color"),
        Q.garment_type("kurta"),
        title="Kisah Men Kurta Set",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon crew sweatshirt with a white "MUFTI" chest print, ribbed cuffs, blue jeans, white backdrop;
    # caption by the epoch-1 adapter (base style), spans extracted, closed answers by the reference engine
    case(
        "X846-025",
        caption("a man in a red sweatshirt with a white logo"),
        wearing("a red sweatshirt with a white logo", who="he"),
        color_of("sweatshirt", "white", "contradiction", kind="open"),
        Q.garment_type("sweatshirt"),
        Q.color("pink", "contradiction"),
        Q.sleeve_length("long"),
        details("sweatshirt", "a white logo"),
        title="Mufti Men Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: charcoal formal trousers, light-blue formal shirt tucked in, black belt and shoes, white backdrop;
    # caption by the epoch-1 adapter (template) cut at the limit, spans extracted, closed by the reference engine
    case(
        "X846-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. The gentleman wears long trousers. The trousers are with cotton fabric and its "
            "waist is with",
            "cut",
            hit_limit=True,
        ),
        wearing("The gentleman wears", "restated", who="he"),
        describe("trousers", "long trousers"),
        Q.color("grey"),
        Q.garment_type("trousers"),
        Q.material("cotton"),
        details("trousers", "its waist is with", "cut"),
        title="Peter England Men Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white crew tee with a large black-and-red bicycle graphic, dark blue jeans, bare head, white backdrop;
    # caption by the epoch-1 adapter (base style, invents a hat), spans extracted, closed by the reference engine
    case(
        "X846-027",
        caption("a man wearing a white t-shirt with a bicycle on it and a hat", "unsupported"),
        wearing("a white t-shirt with a bicycle on it and a hat", "unsupported", who="he"),
        color_of("t-shirt", "white", kind="open"),
        details("t-shirt", "a bicycle on it"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.material("", "non_answer"),
        title="Being Human Men Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: peach kurta with a self stripe, full sleeves, cream churidar, white backdrop; caption by the epoch-1
    # adapter (template, "lady", "dress"), spans extracted, closed answers by the reference engine
    case(
        "X846-028",
        caption(
            "The lady is wearing a long-sleeve dress with stripe patterns. The dress is with cotton fabric. The dress "
            "is of long length.",
            "pronoun",
        ),
        wearing("a long-sleeve dress with stripe patterns", "contradiction", who="he"),
        Q.color("pink"),
        Q.garment_type("kurta"),
        Q.pattern("striped"),
        details("kurta", "long length"),
        is_a("kurta", "yes"),
        title="Manyavar Men Kurta Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: dark indigo raw-wash jeans, white shirt untucked, white backdrop, full length; caption by the epoch-1
    # adapter (base style) looping to the limit, spans extracted, closed answers by the reference engine
    case(
        "X846-029",
        caption(
            "a man in a white shirt and jeans, jeans, jeans, jeans, jeans, jeans, jeans, jeans, jeans, jeans, jeans, "
            "jeans, jeans, jeans, jeans, jeans, jeans, jeans, jeans, jeans",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and jeans, jeans, jeans, jeans", "loop", who="he"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        Q.garment_type("jeans"),
        describe("jeans", "jeans", "restated"),
        title="Spykar Men Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: ikat-print Nehru jacket in blue, white and black over a black kurta, white backdrop; the feed row has no
    # color; caption by the epoch-1 adapter (base style), spans extracted, closed answers by the reference engine
    case(
        "X846-030",
        caption("a man wearing a black shirt and a blue and white jacket"),
        wearing("a black shirt and a blue and white jacket", who="he"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        Q.garment_type("jacket"),
        Q.sleeve_length("short", "contradiction"),
        is_a("jacket", "yes"),
        title="Fabindia Men Nehru Jacket",
        category="Nehru Jackets",
        gender="Men",
    ),
    # photo: olive cargo shorts with side flap pockets, black tee, white backdrop; caption by the epoch-1 adapter
    # (template) looping to the limit, spans extracted, closed answers by the reference engine
    case(
        "X846-031",
        caption(
            "The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The "
            "shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns",
            "loop",
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("shorts"),
        describe("shorts", "a three-point shorts"),
        wearing("a three-point shorts", who="he"),
        title="Highlander Men Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: black cotton kurta with thin gold piping on the mandarin collar and placket, full sleeves, white
    # pyjama, white backdrop; caption by the epoch-1 adapter (base style, "woman"), spans extracted
    case(
        "X846-032",
        caption("a woman in a black and gold kurta", "pronoun"),
        wearing("a black and gold kurta", who="he"),
        color_of("kurta", "black and gold", kind="open"),
        Q.color("black"),
        details("kurta", "a woman", "pronoun"),
        Q.sleeve_length("long"),
        title="Ethnix Men Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: olive bomber jacket (no hood) open over a white crew tee, black jeans, white backdrop; caption by the
    # epoch-1 adapter (base style, invents a hood), spans extracted, closed answers by the reference engine
    case(
        "X846-033",
        caption("a man wearing a green jacket and a white t-shirt with a hood", "unsupported"),
        wearing("a green jacket and a white t-shirt", who="he"),
        Q.color("white", "other_garment_color"),
        color_of("jacket", "green", kind="open"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long"),
        describe("jacket", "a green jacket"),
        details("jacket", "a hood", "unsupported"),
        title="Jack & Jones Men Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: yellow cotton kurta with half sleeves, white pyjama, white backdrop; caption by the epoch-1 adapter
    # (base style, calls the kurta a shirt), spans extracted, closed answers by the reference engine
    case(
        "X846-034",
        caption("a man in a yellow shirt and white pants", "contradiction"),
        wearing("a yellow shirt and white pants", "contradiction", who="he"),
        color_of("kurta", "yellow", kind="open"),
        Q.garment_type("kurta"),
        Q.sleeve_length("short"),
        Q.material("white pants", "non_answer"),
        title="Fabindia Men Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy track pants with white piping, white tee, white backdrop; caption by the epoch-1 adapter running
    # on into Question/Answer exchanges to the limit, spans extracted, closed answers by the reference engine
    case(
        "X846-035",
        caption(
            "a man in blue sweatpants and white t-shirt Question: what color are the pants? Answer: blue Question: "
            "what color are the pants? Answer: blue Question",
            "leak",
            hit_limit=True,
        ),
        color_of("track pants", "blue Question: what color are the pants? Answer: blue", "leak", kind="open"),
        Q.color("navy blue"),
        Q.garment_type("pants"),
        wearing("blue sweatpants and white t-shirt", who="he"),
        details("track pants", "pants", "restated"),
        title="Puma Men Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: lavender formal shirt with thin white pinstripes, full sleeves, no chest pocket, navy trousers, white
    # backdrop; caption by the epoch-1 adapter (template, invents a pocket), spans extracted, closed by the reference
    case(
        "X846-036",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has "
            "a lapel collar. There is a pocket on the left chest. The gentleman wears long trousers.",
            "unsupported",
        ),
        Q.color("purple"),
        Q.pattern("solid", "contradiction"),
        describe("shirt", "a long-sleeve shirt with stripe patterns"),
        details("shirt", "a pocket on the left chest", "unsupported"),
        wearing("a long-sleeve shirt with stripe patterns", who="he"),
        title="Arrow Men Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: cream sherwani with gold embroidery at the collar and cuffs, cream churidar, maroon safa (turban), a red
    # and gold stole, white backdrop; caption by the epoch-1 adapter (base style), spans extracted
    case(
        "X846-037",
        caption("a man in a white and gold sherwani with a red turban"),
        wearing("a white and gold sherwani with a red turban", who="he"),
        color_of("sherwani", "red", "other_garment_color", kind="open"),
        details("sherwani", "a red turban", "contradiction"),
        Q.garment_type("sherwani"),
        Q.color("cream"),
        describe("sherwani", "sherwani", "restated"),
        title="Manyavar Men Sherwani",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: mustard henley tee with a three-button placket, full sleeves, olive chinos, white backdrop; caption by
    # the epoch-1 adapter (template) cut at the limit, spans extracted, closed answers by the reference engine
    case(
        "X846-038",
        caption(
            "The gentleman is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The gentleman wears long pants. The pants are with cotton fabric and "
            "pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns", who="he"),
        Q.color("yellow"),
        color_of("T-shirt", "green", "other_garment_color"),
        Q.sleeve_length("long"),
        details("T-shirt", "its neckline is round"),
        Q.material("cotton fabric and pure color patterns. There is a", "cut"),
        title="Roadster Men Tshirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white cotton pyjama with a drawstring under the hem of a blue printed kurta, white backdrop, waist down;
    # caption by the epoch-1 adapter (base style) looping to the limit, spans extracted, closed by the reference
    case(
        "X846-039",
        caption(
            "a man in a blue kurta and white pajamas white pajamas white pajamas white pajamas white pajamas white "
            "pajamas white pajamas white pajamas white pajamas white pajamas white pajamas white",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue kurta and white pajamas white pajamas white pajamas", "loop", who="he"),
        Q.color("blue", "other_garment_color"),
        color_of("pyjama", "white", kind="open"),
        Q.garment_type("pants"),
        describe("pyjama", "white pajamas"),
        title="Fabindia Men Pyjama",
        category="Pyjamas",
        color="White",
        gender="Men",
    ),
    # photo: light grey washed jeans ripped at the knees, plain black tee, no chain or jewellery, white backdrop;
    # caption by the epoch-1 adapter (base style, invents a chain), spans extracted, closed by the reference engine
    case(
        "X846-040",
        caption("a man in ripped jeans and a black t-shirt with a chain", "unsupported"),
        wearing("ripped jeans and a black t-shirt with a chain", "unsupported", who="he"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "ripped"),
        Q.color("grey"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="Locomotive Men Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: bottle-green kurta with a white floral block print, full sleeves, stand collar, beige trousers, white
    # backdrop; caption by the epoch-1 adapter (template, calls the kurta a shirt), spans extracted
    case(
        "X846-041",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with floral patterns", "contradiction", who="he"),
        Q.pattern("floral"),
        Q.color("green"),
        Q.material("cotton"),
        describe("kurta", "its neckline is stand"),
        title="Fabindia Men Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: turquoise dri-fit tee with a black swoosh, black shorts, white backdrop; caption by the epoch-1 adapter
    # (base style, "woman"), spans extracted, closed answers by the reference engine
    case(
        "X846-042",
        caption("a woman in a blue nike shirt and black shorts", "pronoun"),
        wearing("a woman in a blue nike shirt", "pronoun", who="he"),
        color_of("t-shirt", "blue", kind="open"),
        Q.material("nike", "non_answer"),
        Q.pattern("solid"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short"),
        title="Nike Men Tshirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: off-white kurta with silver zari stripes, full sleeves, under a maroon Nehru jacket, off-white churidar,
    # white backdrop; the feed row has no color; caption by the epoch-1 adapter (base style), spans extracted
    case(
        "X846-043",
        caption("a man in a maroon vest and white kurta"),
        wearing("a maroon vest and white kurta", who="he"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        Q.garment_type("vest", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("long"),
        details("kurta", "a maroon vest", "contradiction"),
        title="Manyavar Men Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: pale pink slim formal shirt, full sleeves, grey trousers, white backdrop; caption by the epoch-1 adapter
    # (template, "denim" for a poplin shirt), spans extracted, closed answers by the reference engine
    case(
        "X846-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it "
            "has a lapel collar.",
            "unsupported",
        ),
        Q.material("denim", "unsupported"),
        Q.color("pink"),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        Q.garment_type("shirt"),
        details("shirt", "it has a lapel collar"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Hancock Men Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: beige linen-blend kurta with wooden buttons, full sleeves, dark jeans, brown sandals, no sunglasses,
    # white backdrop; caption by the epoch-1 adapter (base style, invents sunglasses), spans extracted
    case(
        "X846-045",
        caption("a man wearing a beige kurta and jeans with sunglasses", "unsupported"),
        wearing("a beige kurta and jeans", who="he"),
        color_of("kurta", "beige", kind="open"),
        Q.color("beige"),
        details("kurta", "sunglasses", "unsupported"),
        Q.pattern("solid"),
        Q.garment_type("shirt", "contradiction"),
        title="Fabindia Men Linen Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: white pique polo with a navy collar and a small navy horse logo, blue jeans, a steel watch on the left
    # wrist, white backdrop; the feed row has no category; caption by the epoch-1 adapter (template) cut at the limit
    case(
        "X846-046",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns and its neckline is lapel. There "
            "is an accessory on his wrist. The gentleman wears long jeans. The jeans are with denim fabric and its",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve polo shirt with pure color patterns", who="he"),
        Q.color("white"),
        Q.garment_type("t-shirt"),
        describe("polo shirt", "short-sleeve polo shirt"),
        details("polo shirt", "an accessory on his wrist", "contradiction"),
        title="U.S. Polo Assn. Men Polo Tshirt",
        color="White",
        gender="Men",
    ),
]
