"""BLIND_647 (46 products; men's open jackets/hoodies over tees, base+QA): written blind in the fifty-third session.
Measured blind at 94342b7 (the session's sixteenth rules): 100/128 failures found (78.1%) and 4/184 correct texts
flagged (2.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's Jackets and Sweatshirts (hoodies, zip-through sweatshirts, bombers, track,
denim, puffer, fleece and leather jackets). Every photo is a catalog shot of a male model wearing the product open
over a t-shirt, mostly with jeans, chinos, joggers or track pants, on a white or light grey backdrop, front view
unless the comment says otherwise. Seller columns: title, category (Jackets / Sweatshirts), color, gender; a few
rows lack color or gender, as real feeds do.

Who wrote what: the caption is the untuned base Salesforce/blip2-opt-2.7b (no adapter, greedy, 50 new tokens). It
usually stops by itself after a short alt-text style sentence, but confuses the open outer layer with the t-shirt
under it, gives one garment another's hue, invents brands from logos or stripes, hoods, fur, patches and leather,
calls long-haired men "a woman", and now and then runs on or loops until the limit, or continues into a
"Question: ... Answer:" pair it saw in web text. The open answers of the default questionnaire (wearing,
description, details, material) are spans that timpal0l/mdeberta-v3-base-squad2 extracts from that caption, so they
are verbatim pieces of it: empty when it finds nothing (often for material), sometimes a span of the wrong part of
the sentence (the pose, the backdrop, the other garment) or a span ending on "with" or "of the". The closed answers
(garment_type, color, pattern, sleeve_length) come from enrich's --engine reference, one candidate value each; it
ranks over the whole photo, so the t-shirt in the middle of the frame often wins (its color, its short sleeves, its
print, "t-shirt" as the type).

Labeling conventions and judgement calls:
- A span that copies a failure of the caption gets the same label as the caption's failure; a span that copies only
  the correct part of a bad caption is correct.
- A color that another garment in the photo has (the t-shirt, the trousers) given to the product is
  other_garment_color; a hue that nothing in the photo has (navy called black, brown leather called black) is
  contradiction. Near shades count as right: olive = green, charcoal = grey / dark grey, maroon / burgundy = red,
  khaki / beige = tan, teal = blue, cream sherpa = white, grey melange = grey.
- The type, sleeves or pattern of the t-shirt given to the product ("t-shirt", "short", "graphic", "striped") is a
  contradiction; so is a type the seller's category rules out (a zip hoodie called "jacket", a zip-through
  sweatshirt called "sweater" or "jacket", an overshirt-style jacket called "shirt"), and a lining color given as
  the garment's color.
- A hood, fur lining, patch, logo, brand, zipper or leather that the photo does not show is unsupported; "fur" as
  the material of a nylon parka whose only fur is the hood trim is unsupported too.
- Empty spans, and spans that answer with only the pose, the backdrop, another garment or the bare garment name
  ("black pants" for the details, "zip up" for the material) are non_answer.
- Spans made of the question's own words with nothing after them ("a man is wearing", "the person is wearing",
  "the details of a ... sweatshirt" for the details) are restated.
- A caption calling the male model "a woman", "a young woman" or "she"/"her" is pronoun, and so is a span that
  carries the "her"; a span without it is judged on the garment alone. No pronoun label where gender is missing.
- A caption that loops to the 50-token limit is loop with hit_limit; one that runs on without looping and stops
  mid-phrase at the limit is cut with hit_limit. Spans from them that end mid-phrase are cut; spans that repeat are
  loop. Extractive spans never hit a limit themselves.
- A caption starting "Answer:" or continuing into "Question: ... Answer:" is leak, and so is any span carrying it.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_647 = [
    # photo: black bomber jacket open over white crew tee, blue jeans, white backdrop; no patch anywhere
    case(
        "X647-001",
        caption("a man wearing a black bomber jacket and a white t-shirt with a patch on the sleeve", "unsupported"),
        Q.wearing("a black bomber jacket and a white t-shirt"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("black bomber jacket"),
        Q.details("a patch on the sleeve", "unsupported"),
        Q.material("", "non_answer"),
        title="Roadster Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange zip hoodie open over black tee with a small white chest print, black joggers, white backdrop
    case(
        "X647-002",
        caption("a man wearing a black hoodie and black pants", "other_garment_color"),
        Q.wearing("a black hoodie and black pants", "other_garment_color"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("", "non_answer"),
        title="HRX by Hrithik Roshan Men Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mid-blue washed denim trucker jacket open over white tee, black jeans, plain grey backdrop
    case(
        "X647-003",
        caption("a man in a denim jacket and white t-shirt standing against a grey wall"),
        Q.wearing("a denim jacket and white t-shirt"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("denim"),
        Q.details("standing against a grey wall", "non_answer"),
        title="Lee Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: red zip hoodie with a small white Puma cat logo on the left chest, open over grey tee, blue jeans
    case(
        "X647-004",
        caption("nike men's red hoodie", "unsupported"),
        Q.wearing("nike men's red hoodie", "unsupported"),
        Q.garment_type("hoodie"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description("red hoodie"),
        Q.details("nike men's", "unsupported"),
        title="Puma Men Red Zip Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive utility jacket with two chest flap pockets, open over black tee, khaki chinos, white backdrop
    case(
        "X647-005",
        caption("a man wearing a green jacket with pockets and a black t-shirt"),
        Q.wearing("a green jacket with pockets and a black t-shirt"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("green jacket with pockets"),
        Q.details("pockets"),
        Q.material("", "non_answer"),
        title="WROGN Men Olive Solid Open Front Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: charcoal zip-through sweatshirt, no hood, open over white tee with a black graphic, dark jeans
    case(
        "X647-006",
        caption("a man wearing a grey hoodie over a white t-shirt with a graphic print", "unsupported"),
        Q.wearing("a grey hoodie over a white t-shirt with a graphic print", "unsupported"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("graphic", "contradiction"),
        Q.description("a grey hoodie", "unsupported"),
        Q.details("a graphic print", "contradiction"),
        title="Proline Men Charcoal Zip-Through Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy quilted puffer jacket open over white tee, grey trousers, white backdrop
    case(
        "X647-007",
        caption("a man wearing a black puffer jacket", "contradiction"),
        Q.wearing("a black puffer jacket", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("black puffer jacket", "contradiction"),
        title="Fort Collins Men Navy Blue Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black zip hoodie with white tribal print on both sleeves, open over plain red tee, black jeans
    case(
        "X647-008",
        caption("a man wearing a black and white hoodie with a skull print and a red shirt", "unsupported"),
        Q.wearing("a black and white hoodie with a skull print and a red shirt", "unsupported"),
        Q.garment_type("hoodie"),
        Q.color("red", "other_garment_color"),
        Q.pattern("printed"),
        Q.description("black and white hoodie with a skull print", "unsupported"),
        title="Tantra Men Printed Black Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey zip hoodie with a small white swoosh, open over navy tee, grey sweatpants, hands in pockets;
    # male model with a man bun
    case(
        "X647-009",
        caption("a man in a grey hoodie and sweatpants with her hands in her pockets", "pronoun"),
        Q.wearing("a grey hoodie and sweatpants"),
        Q.garment_type("hoodie"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.details("her hands in her pockets", "pronoun"),
        Q.material("", "non_answer"),
        title="Nike Men As Aw77 Fz Hoody Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: beige harrington jacket with zip front, open over navy tee, white chinos; long-haired male model
    case(
        "X647-010",
        caption("a woman wearing a tan jacket and a blue shirt", "pronoun"),
        Q.wearing("a tan jacket and a blue shirt"),
        Q.garment_type("jacket"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("tan jacket"),
        title="Scullers Men Beige Jacket",
        category="Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: red windcheater with black shoulder panels, stand collar, no hood, open over grey tee, black track pants
    case(
        "X647-011",
        caption("a man in a red and black jacket with a hood", "unsupported"),
        Q.wearing("a red and black jacket with a hood", "unsupported"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.material("", "non_answer"),
        title="Wildcraft Men Red Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal hoodie open over white tee, blue jeans, white backdrop; the feed row has no color
    case(
        "X647-012",
        caption("a man wearing a grey hoodie and a white t-shirt"),
        Q.wearing("a grey hoodie and a white t-shirt"),
        Q.garment_type("hoodie"),
        Q.color("white", "other_garment_color"),
        Q.description("a man wearing a grey", "cut"),
        Q.details("a white t-shirt", "non_answer"),
        title="Basics Men Charcoal Grey Hooded Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: maroon zip-through sweatshirt with white ribbed tipping at collar and cuffs, open over white tee, beige
    # chinos
    case(
        "X647-013",
        caption("a man wearing a maroon sweatshirt with white trim and a white t-shirt"),
        Q.wearing("a maroon sweatshirt with white trim and a white t-shirt"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("white trim"),
        title="United Colors of Benetton Men Maroon Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy track jacket with three white stripes down each sleeve (Reebok vector on chest), open over white
    # tee, navy track pants
    case(
        "X647-014",
        caption("adidas men's blue track jacket with white stripes", "unsupported"),
        Q.wearing("adidas men's blue track jacket with white stripes", "unsupported"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.details("white stripes"),
        title="Reebok Men Navy Blue Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black zip hoodie with all-over grey camouflage print, open over white tee, black jeans
    case(
        "X647-015",
        caption(
            "a man wearing a black and grey camouflage hoodie with a black and grey camouflage hoodie with a black and"
            " grey camouflage hoodie with a black and grey camouflage hoodie with a black and grey camouflage",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a black and grey camouflage hoodie"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.description("black and grey camouflage hoodie with a black and grey camouflage hoodie", "loop"),
        title="Locomotive Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive zip hoodie open over white tee, black jeans, white backdrop
    case(
        "X647-016",
        caption("a man wearing a green hoodie and black jeans"),
        Q.wearing("a man wearing", "restated"),
        Q.garment_type("hoodie"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short", "contradiction"),
        Q.pattern("solid"),
        Q.material("", "non_answer"),
        title="Duke Men Olive Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black track jacket with white piping, open over grey tee, black track pants
    case(
        "X647-017",
        caption("a man wearing a black jacket Question: what is the man wearing? Answer: a black jacket", "leak"),
        Q.wearing("a black jacket"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.description("a black jacket Question: what is the man wearing? Answer: a black jacket", "leak"),
        Q.details("", "non_answer"),
        title="Fila Men Black Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: red zip hoodie with white drawstrings, open over black graphic tee, blue jeans, white backdrop
    case(
        "X647-018",
        caption("a man in a red hoodie with a black t-shirt"),
        Q.wearing("a red hoodie with a black t-shirt"),
        Q.garment_type("hoodie"),
        Q.color("red"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("red hoodie"),
        Q.details("a red hoodie", "non_answer"),
        title="Mr.Men Men Red Zip Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: dark brown leather biker jacket open over white tee, blue jeans, white backdrop
    case(
        "X647-019",
        caption("a man wearing a black leather jacket and jeans", "contradiction"),
        Q.wearing("a black leather jacket and jeans", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("brown"),
        Q.material("leather"),
        Q.details("jeans", "non_answer"),
        title="Lee Cooper Men Brown Leather Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: blue-and-black buffalo check flannel jacket open over white tee, black jeans, white backdrop
    case(
        "X647-020",
        caption("a man wearing a blue and black plaid jacket over a white t-shirt"),
        Q.wearing("a blue and black plaid jacket over a white t-shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        Q.description("blue and black plaid jacket"),
        Q.material("", "non_answer"),
        title="Roadster Men Blue & Black Checked Overshirt Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey zip hoodie open over white tee, light jeans; male model with shoulder-length hair
    case(
        "X647-021",
        caption("a woman in a grey hoodie and white shirt", "pronoun"),
        Q.wearing("a grey hoodie and white shirt"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("grey hoodie and white shirt"),
        title="Jack & Jones Men Grey Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: navy windbreaker with a white chevron across the chest, plain nylon hood, open over grey tee
    case(
        "X647-022",
        caption("a man wearing a navy blue nike jacket with a fur lined hood", "unsupported"),
        Q.wearing("a navy blue nike jacket with a fur lined hood", "unsupported"),
        Q.garment_type("jacket"),
        Q.color("navy blue"),
        Q.pattern("color block"),
        Q.details("fur lined hood", "unsupported"),
        Q.material("fur", "unsupported"),
        title="Nike Men Navy Blue Windrunner Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: khaki bomber with black ribbed collar and cuffs, open over black tee, black jeans, white backdrop
    case(
        "X647-023",
        caption("a man wearing a khaki bomber jacket with black ribbed cuffs and black jeans"),
        Q.wearing("a khaki bomber jacket with black ribbed cuffs and black jeans"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.description("khaki bomber jacket with black", "cut"),
        Q.details("black ribbed cuffs"),
        title="Highlander Men Khaki Solid Bomber Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: teal zip hoodie with three white stripes on each sleeve, open over white tee, dark jeans
    case(
        "X647-024",
        caption("a man wearing a blue hoodie with white stripes on the sleeves"),
        Q.wearing("a blue hoodie with white stripes on the sleeves"),
        Q.garment_type("hoodie"),
        Q.color("teal"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.details("white stripes on the sleeves"),
        title="Adidas Men Teal Essentials 3-Stripes Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: white zip hoodie open wide over black tee, black jeans, white backdrop (the tee fills the frame centre)
    case(
        "X647-025",
        caption("a man wearing a black t-shirt and a white hoodie"),
        Q.wearing("a black t-shirt and a white hoodie"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a black t-shirt", "contradiction"),
        title="Being Human Men White Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: dark indigo denim jacket with plain denim collar, open over grey melange tee, black jeans
    case(
        "X647-026",
        caption("a man wearing a denim jacket with a sheepskin collar and a grey t-shirt", "unsupported"),
        Q.wearing("a denim jacket with a sheepskin collar and a grey t-shirt", "unsupported"),
        Q.garment_type("jacket"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("denim"),
        Q.details("a sheepskin collar", "unsupported"),
        title="Numero Uno Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard yellow zip hoodie open over white tee, blue jeans, white backdrop
    case(
        "X647-027",
        caption("a man is wearing a yellow hoodie and blue jeans"),
        Q.wearing("a man is wearing", "restated"),
        Q.garment_type("hoodie"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("yellow hoodie"),
        title="Campus Sutra Men Mustard Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy zip-through sweatshirt with red and white tipping on the collar, open over white tee, grey backdrop
    case(
        "X647-028",
        caption("a man in a navy blue zip up sweatshirt"),
        Q.wearing("a navy blue zip up sweatshirt"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("zip up", "non_answer"),
        title="Monte Carlo Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black nylon hooded parka with faux-fur trim on the hood, open over grey tee, blue jeans
    case(
        "X647-029",
        caption("a man wearing a black coat with a fur hood"),
        Q.wearing("a black coat with a fur hood"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.details("a fur hood"),
        Q.material("fur", "unsupported"),
        title="Fort Collins Men Black Hooded Parka Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal zip hoodie with orange inner hood lining, open over white tee, jeans; long-haired male model
    case(
        "X647-030",
        caption("she is wearing a dark grey hoodie with an orange hood", "pronoun"),
        Q.wearing("a dark grey hoodie with an orange hood"),
        Q.garment_type("hoodie"),
        Q.color("orange", "contradiction"),
        Q.pattern("solid"),
        Q.description("dark grey hoodie with an orange hood"),
        title="Flying Machine Men Charcoal Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black polyester jacket with a reflective silver strip, open over white Puma logo tee; no gender column
    case(
        "X647-031",
        caption("a man wearing a black jacket and a white puma t-shirt"),
        Q.wearing("a black jacket and a white puma t-shirt"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("black jacket"),
        title="Puma Men Black Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: brown corduroy jacket with a cream sherpa collar, open over cream tee, blue jeans, white backdrop
    case(
        "X647-032",
        caption(
            "a man wearing a brown corduroy jacket with a white collar and a white shirt and a white collar and a white"
            " shirt and a white collar and a white shirt and a white collar and a white shirt and a white",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a brown corduroy jacket with a white collar and a white shirt"),
        Q.garment_type("jacket"),
        Q.color("brown"),
        Q.material("corduroy"),
        Q.details("a white collar and a white shirt and a white collar and a white shirt", "loop"),
        title="Wrangler Men Brown Corduroy Sherpa Collar Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: plain olive zip hoodie, no logo or print, open over white tee, black joggers, white backdrop
    case(
        "X647-033",
        caption("a man wearing an olive green hoodie with a logo on the chest", "unsupported"),
        Q.wearing("an olive green hoodie with a logo on the chest", "unsupported"),
        Q.garment_type("hoodie"),
        Q.color("olive"),
        Q.pattern("graphic", "contradiction"),
        Q.details("a logo on the chest", "unsupported"),
        title="Mast & Harbour Men Olive Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: heather grey hoodie open over navy tee with thin white stripes, blue jeans, white backdrop
    case(
        "X647-034",
        caption("a man in a grey hoodie and a striped t-shirt"),
        Q.wearing("a grey hoodie and a striped t-shirt"),
        Q.garment_type("hoodie"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("grey hoodie"),
        title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white track jacket with navy side panels, open over black tee, navy track pants, white backdrop
    case(
        "X647-035",
        caption("a man wearing a black jacket and blue pants", "other_garment_color"),
        Q.wearing("a black jacket and blue pants", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.color("white"),
        Q.pattern("color block"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("black jacket", "other_garment_color"),
        title="Kappa Men White Track Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: bottle green quilted jacket with stand collar, no hood, open over white tee; light grey backdrop,
    # three-quarter view
    case(
        "X647-036",
        caption("a man wearing a dark green quilted jacket with a hood in front of a grey background", "unsupported"),
        Q.wearing("a dark green quilted jacket with a hood", "unsupported"),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("quilted"),
        Q.material("", "non_answer"),
        title="United Colors of Benetton Men Bottle Green Quilted Jacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: navy zip hoodie with a small white logo, open over white tee, grey joggers, white backdrop
    case(
        "X647-037",
        caption("Answer: a man wearing a navy blue hoodie and a white t-shirt", "leak"),
        Q.wearing("a navy blue hoodie and a white t-shirt"),
        Q.garment_type("hoodie"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.description("Answer: a man wearing a navy blue hoodie", "leak"),
        title="Puma Men Navy Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black zip-through fleece sweatshirt, no hood, open over red tee, dark jeans, white backdrop
    case(
        "X647-038",
        caption("a man in a black sweatshirt and red t-shirt"),
        Q.wearing("a black sweatshirt and", "cut"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("red", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.material("", "non_answer"),
        title="Proline Men Black Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: black lightweight polyester running jacket with a neon green zip, open over grey tee, black shorts
    case(
        "X647-039",
        caption("a man wearing a black leather jacket with a green zipper", "unsupported"),
        Q.wearing("a black leather jacket with a green zipper", "unsupported"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.material("leather", "unsupported"),
        Q.details("a green zipper"),
        title="HRX by Hrithik Roshan Men Black Running Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: burgundy zip hoodie with white drawcords, open over white tee, blue jeans, white backdrop
    case(
        "X647-040",
        caption("the details of a men's burgundy hooded sweatshirt"),
        Q.wearing("a men's burgundy hooded sweatshirt"),
        Q.garment_type("hoodie"),
        Q.color("burgundy"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("the details of a men's burgundy hooded sweatshirt", "restated"),
        Q.description("burgundy hooded sweatshirt"),
        title="Ether Men Burgundy Hooded Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: royal blue fleece jacket open over black tee, model holding a grey backpack by one strap, white backdrop
    case(
        "X647-041",
        caption("a man wearing a blue fleece jacket and holding her backpack", "pronoun"),
        Q.wearing("a blue fleece jacket"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.material("fleece"),
        Q.details("holding her backpack", "pronoun"),
        title="Wildcraft Men Blue Fleece Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: navy harrington jacket open over white tee, grey trousers, white backdrop
    case(
        "X647-042",
        caption("a man wearing a grey jacket, grey shirt and grey pants", "other_garment_color"),
        Q.wearing("a grey jacket, grey shirt and grey pants", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("grey jacket", "other_garment_color"),
        title="Peter England Men Navy Blue Harrington Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black zip hoodie with a small white print on the chest, open over white tee, black jeans
    case(
        "X647-043",
        caption("a man in a black hoodie with a white print"),
        Q.wearing("a black hoodie with a white print"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        Q.details("a white print"),
        title="Bewakoof Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey hooded jacket with black shoulder panels and black hood, open over white tee, blue jeans; plain
    # sleeves, one front zip
    case(
        "X647-044",
        caption(
            "a man wearing a grey and black hooded jacket with a zipper and a white t-shirt and blue jeans, with a"
            " zipper on the front of the jacket and a zipper on the sleeves of the",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a grey and black hooded jacket with a zipper and a white t-shirt and blue jeans"),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.pattern("color block"),
        Q.details("a zipper on the sleeves of the", "cut"),
        title="Octave Men Grey & Black Colourblocked Hooded Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: pastel pink zip hoodie open over white tee, light blue jeans; long-haired male model; no color column
    case(
        "X647-045",
        caption("a young woman in a pink hoodie and jeans", "pronoun"),
        Q.wearing("a pink hoodie and jeans"),
        Q.garment_type("hoodie"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("pink hoodie"),
        title="Kook N Keech Men Pink Hooded Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: maroon track jacket with white side stripes, open over grey tee, black joggers, white backdrop
    case(
        "X647-046",
        caption("the person is wearing a red track jacket and black pants"),
        Q.wearing("the person is wearing", "restated"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        Q.details("black pants", "non_answer"),
        title="Sports52 Wear Men Maroon Track Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
]
