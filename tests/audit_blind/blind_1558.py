"""BLIND_1558 (46 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-sixth session. Measured blind at b37ad1b (the session's second rules): 114/138 failures found (82.6%) and 4/184
correct texts flagged (2.2%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (articleType Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets, one Rain
Jacket), photographed the catalog's usual way: a model on a plain light backdrop wearing the product with jeans,
chinos, joggers or a kurta, a T-shirt or shirt often visible under an open jacket; three flat lays, two back views,
a few props (coffee cup, stool, backpack, sunglasses). Catalog columns as the feed has them: title (Myntra's
productDisplayName style), category (articleType), color (baseColour), gender; one or two dropped here and there.
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch
on blip2-opt-2.7b, greedy, 50 new tokens, no prompt). It writes the DeepFashion-MultiModal template ("The man wears a
long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. ...") and, being only one epoch in,
now and then opens with a base-model phrase that names hues ("a man wearing a grey sweatshirt and black pants.").
No end token was trained, so every caption runs to the 50-token limit: hit_limit=True on all of them; most end
mid-sentence, some fall into a loop. Every answer is timpal0l/mdeberta-v3-base-squad2 run over that caption, so an
answer is always a span of the caption (or empty when the QA model prefers no answer); answers never hit a limit.
The questionnaire is the same for every product: What is the person wearing?, garment type, color, pattern, sleeve
length, material (the blind makers' wording).
Labeling conventions and judgement calls:
- Caption: cut when it stops mid-sentence at the limit; loop when it repeats its own sentences; pronoun when it calls
  the male model a lady/woman or "her"; unsupported when it invents a hat (a hood), sunglasses or an accessory that
  is not in the photo (that trumps the truncation). A caption that happens to stop on a full stop at 50 tokens with
  nothing false in it is left unmarked (hit_limit still True). Calling a blazer a "shirt" in the caption is not
  labeled on the caption (it is true of the shirt underneath); the answers that carry it are.
- Color: the template has no hue words, so the QA model lifts "pure color", "graphic", "lattice", "color block",
  "striped": non_answer. A hue lifted from the base-model opening is correct when it is the product's,
  other_garment_color when it is the T-shirt's, shirt's or pants' hue, contradiction when it is simply the wrong hue
  for the product.
- Garment type and the open "wearing" answer: "upper clothing" is a non_answer; a sweatshirt called "sweater" or
  "T-shirt", a blazer or Nehru jacket or sweater vest called "shirt"/"T-shirt", a blazer called "sweater" is
  contradiction (the seller's category says otherwise). A "wearing" answer that names only the shirt or T-shirt under
  the product is left correct: the person does wear it. A corduroy shacket called "shirt" I left correct, a blazer
  called "jacket" too, a Nehru jacket called "vest" too.
- Sleeve length: "long-sleeve" for a sleeveless gilet, Nehru jacket or sweater vest (the sleeves are the shirt's or
  kurta's) is contradiction; "short-sleeve" for the T-shirt hidden under a blazer, likewise.
- Pattern: "pure color" is a right answer for solids, melange, tone-on-tone self design and cable knit; the pants'
  "lattice" given to a solid sweater is contradiction; "other" for a camouflage print is a non_answer.
- Material: judged on what the photo and title support. "cotton" for a sweatshirt, corduroy or a matte cotton-blend
  Nehru jacket is left correct; "cotton" for a nylon/polyester puffer, bomber or quilted shell, or for a suiting
  blazer (the shirt's fabric, really) is unsupported; a material that the title or the caption itself gives the
  product otherwise (the jeans' "denim", "furry" for a denim sherpa jacket, "knitting" for a tweed blazer) is
  contradiction; "other"/"other fabric" or an empty span is non_answer; "kn" lifted from a caption cut inside
  "knitting" is cut.
- Restated: a span that is a whole caption sentence with its subject ("This gentleman wears a long-sleeve jacket
  ...") instead of the answer.
- No prompt leaks: the caption has no prompt and the answers are spans of the caption.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, wearing

BLIND_1558 = [
    # Photo: model, front, navy quilted puffer zipped up, black jeans, grey backdrop; no watch.
    # Caption: epoch-1 caption adapter (cut at 50 tokens). Answers: mdeberta squad2 over the caption.
    case(
        "X1558-001",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his",
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
    # Photo: model, hood down, grey melange pullover hoodie with kangaroo pocket, black joggers, black smartwatch.
    # Caption: epoch-1 adapter, "upper clothing" template, cut. Answers: extractive QA over it.
    case(
        "X1558-002",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model, olive bomber open over a white crew T-shirt, light blue jeans; shiny nylon shell, ribbed cuffs.
    # Caption: epoch-1 adapter, opens with a base-model phrase, then the template; cut. Answers: extractive QA.
    case(
        "X1558-003",
        caption(
            "a man wearing an olive green bomber jacket and jeans. The man wears a long-sleeve jacket with pure color "
            "patterns. The jacket is with cotton fabric. It has a standing neckline. The man wears long pants. The "
            "pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("an olive green bomber jacket and jeans"),
        Q.garment_type("bomber jacket"),
        Q.color("olive green"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: model in a charcoal single-breasted blazer, buttoned, over a white formal shirt, grey trousers, no tie.
    # Caption: epoch-1 adapter describes the shirt under the blazer (lapels put on the "shirt"); cut. Answers: QA.
    case(
        "X1558-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: flat lay on white, navy V-neck pullover with a fine textured (self design) knit, sleeves folded in.
    # Caption: epoch-1 adapter, invents "the person", then loops. Answers: extractive QA over it.
    case(
        "X1558-005",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The person wears a long-sleeve sweater with pure color patterns. The sweater is "
            "with knitting fabric. It has",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Self Design V-Neck Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: model, black faux-leather biker jacket with asymmetric zip, open over a grey T-shirt, black jeans,
    # steel watch on the left wrist.
    # Caption: epoch-1 adapter; reaches 50 tokens exactly on the full stop, nothing false. Answers: extractive QA.
    case(
        "X1558-006",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        gender="Men",
        title="Wrogn Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a maroon brocade Nehru jacket (woven floral buttis) over a plain cream kurta and churidar.
    # Caption: epoch-1 adapter takes kurta + jacket for one "long-sleeve shirt" with the jacket's floral; cut.
    # Answers: extractive QA over it.
    case(
        "X1558-007",
        caption(
            "This man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. This man wears long pants. The pants are with cotton fabric and pure color patterns. "
            "This man wears a long-sleeve shirt",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: model, black crew-neck sweatshirt with a big white logo print on the chest, grey joggers; bare wrists.
    # Caption: epoch-1 adapter, calls it a sweater and invents a wrist accessory; cut. Answers: extractive QA.
    case(
        "X1558-008",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "neckline of it is round. The man wears long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model, mid-blue washed denim trucker jacket open over a white T-shirt, black jeans.
    # Caption: epoch-1 adapter, starts the template over again and is cut. Answers: extractive QA.
    case(
        "X1558-009",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. The "
            "man wears a long-sleeve jacket",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: model, navy blazer with a faint grey windowpane check, open over a light blue shirt, beige chinos.
    # Caption: epoch-1 adapter; cut. Answers: extractive QA over it.
    case(
        "X1558-010",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with lattice patterns"),
        Q.garment_type("jacket"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Blackberrys Men Navy Blue Checked Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model with the hood up, mustard pullover hoodie, black jeans; no hat, the hood covers the head.
    # Caption: epoch-1 adapter reads the hood as a hat; cut. Answers: extractive QA picks the hat for "wearing".
    case(
        "X1558-011",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. This "
            "man wears a hat. This man wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a hat", "unsupported"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HIGHLANDER Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: back view, model facing away, black hooded puffer (hood down, glossy nylon), black jeans.
    # Caption: epoch-1 adapter, loops on the jacket sentence. Answers: extractive QA over it.
    case(
        "X1558-012",
        caption(
            "The person wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "person wears long pants. The pants are with denim fabric and pure color patterns. The person wears a "
            "long-sleeve jacket with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        title="Duke Men Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model, tan suede trucker jacket open over a black T-shirt, blue jeans.
    # Caption: epoch-1 adapter, base-model opening then template; cut. Answers: extractive QA.
    case(
        "X1558-013",
        caption(
            "a man wearing a brown suede jacket and jeans. The man wears a long-sleeve jacket with pure color "
            "patterns. The jacket is with leather fabric. It has a lapel neckline. The man wears long pants. The "
            "pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown suede jacket and jeans"),
        Q.garment_type("suede jacket"),
        Q.color("brown"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        gender="Men",
        title="Bene Kleed Men Tan Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
    ),
    # Photo: model with shoulder-length hair and a beard, beige crew-neck sweater, white jeans.
    # Caption: epoch-1 adapter calls him a lady; cut as well. Answers: extractive QA over it.
    case(
        "X1558-014",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. Her sweater is with knitting fabric. The "
            "neckline of it is round. The lady wears long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Mast & Harbour Men Beige Solid Pullover Sweater",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: model, solid navy Nehru jacket (matte cotton-blend) over a white kurta and white pyjama.
    # Caption: epoch-1 adapter sees the sleeveless jacket as a vest; cut. Answers: extractive QA.
    case(
        "X1558-015",
        caption(
            "This man wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "standing neckline. This man wears long pants. The pants are with cotton fabric and pure color patterns. "
            "This man wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with pure color patterns"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Vastramay Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: model, grey pullover with navy horizontal stripes, black chinos, watch on the wrist.
    # Caption: epoch-1 adapter, ends on a full stop at the limit, nothing false. Answers: extractive QA.
    case(
        "X1558-016",
        caption(
            "The man wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. The "
            "neckline of it is round. The man wears long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        Q.garment_type("sweater"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting fabric"),
        gender="Men",
        title="Roadster Men Grey & Navy Blue Striped Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: model, light grey single-breasted blazer open over a white shirt, navy trousers.
    # Caption: epoch-1 adapter, base-model opening names both colors, template describes the shirt; cut.
    # Answers: extractive QA; the color span it picks is the shirt's.
    case(
        "X1558-017",
        caption(
            "a man in a white shirt and a grey blazer. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline. The gentleman wears long pants. The "
            "pants are",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a grey blazer"),
        Q.garment_type("blazer"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Peter England Men Grey Solid Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: model, red and black colourblocked track jacket with stand collar, black track pants.
    # Caption: epoch-1 adapter; cut. Answers: extractive QA over it.
    case(
        "X1558-018",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with other fabric. It has a "
            "standing neckline. The man wears long pants. The pants are with cotton fabric and pure color patterns. "
            "The man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with color block patterns"),
        Q.garment_type("jacket"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        gender="Men",
        title="Puma Men Red & Black Colourblocked Track Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: model, olive quilted sleeveless gilet zipped over a grey long-sleeve henley, blue jeans.
    # Caption: epoch-1 adapter gives the gilet the henley's long sleeves; cut. Answers: extractive QA.
    case(
        "X1558-019",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Olive Green Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: model, navy button-front cardigan (cotton-rich knit) open over a white crew T-shirt, grey trousers.
    # Caption: epoch-1 adapter describes the T-shirt, notes the cardigan as outer clothing; cut. Answers: QA.
    case(
        "X1558-020",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "neckline of it is round. There is an outer clothing cardigan. The man wears long pants. The pants are "
            "with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Solid Cardigan",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: flat lay, white crew sweatshirt with a multicolour graphic print on the chest.
    # Caption: epoch-1 adapter calls it a long-sleeve T-shirt and loops. Answers: extractive QA over it.
    case(
        "X1558-021",
        caption(
            "The person wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "neckline of it is round. The person wears a long-sleeve T-shirt with graphic patterns. The T-shirt is "
            "with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # Photo: model, beige lightweight bomber (polyester, slight sheen) open over a black T-shirt, black jeans.
    # Caption: epoch-1 adapter, base-model opening then template; cut. Answers: extractive QA picks the T-shirt's hue.
    case(
        "X1558-022",
        caption(
            "a man wearing a black t-shirt and a beige jacket. The man wears a long-sleeve jacket with pure color "
            "patterns. The jacket is with cotton fabric. It has a standing neckline. The man wears long pants. The "
            "pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and a beige jacket"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Campus Sutra Men Beige Solid Lightweight Bomber Jacket",
        category="Jackets",
        color="Beige",
    ),
    # Photo: model, teal sleeveless V-neck sweater vest over a white long-sleeve shirt, grey trousers.
    # Caption: epoch-1 adapter describes only the shirt (with the vest's V neckline); cut. Answers: extractive QA.
    case(
        "X1558-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The man wears long pants. The pants are with cotton fabric and pure color patterns. "
            "The man wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Teal Blue Self Design Sleeveless Sweater",
        category="Sweaters",
        color="Teal",
    ),
    # Photo: model, charcoal crew-neck pullover, black jeans, white sneakers.
    # Caption: epoch-1 adapter; cut. Answers: extractive QA over it.
    case(
        "X1558-024",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "neckline of it is round. The man wears long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting fabric"),
        gender="Men",
        title="Jack & Jones Men Charcoal Grey Solid Pullover",
        category="Sweaters",
        color="Charcoal",
    ),
    # Photo: model, navy diamond-quilted jacket zipped, khaki chinos.
    # Caption: epoch-1 adapter; cut. Answers: extractive QA; "wearing" takes the whole first sentence.
    case(
        "X1558-025",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. His jacket is with other fabric. It "
            "has a standing neckline. This gentleman wears long pants. The pants are with cotton fabric and pure "
            "color patterns. This gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("This gentleman wears a long-sleeve jacket with pure color patterns", "restated"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other fabric", "non_answer"),
        gender="Men",
        title="Allen Solly Men Navy Blue Solid Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: model, grey melange fleece crew sweatshirt with a small chest logo, black joggers.
    # Caption: epoch-1 adapter, base-model opening names it right, template part says sweater; cut. Answers: QA.
    case(
        "X1558-026",
        caption(
            "a man wearing a grey sweatshirt and black pants. The man wears a long-sleeve sweater with pure color "
            "patterns. The sweater is with cotton fabric. The neckline of it is round. The man wears long pants. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt and black pants"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Grey Melange Sportswear Club Fleece Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model, cream tone-on-tone jacquard Nehru jacket over a light gold kurta, cream churidar.
    # Caption: epoch-1 adapter sees one long-sleeve "shirt"; cut where it starts over. Answers: extractive QA.
    case(
        "X1558-027",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "standing neckline. The man wears long pants. The pants are with cotton fabric and pure color patterns. "
            "The man wears a long-sleeve shirt",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("other", "non_answer"),
        title="Manyavar Men Cream-Coloured Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Photo: model holding a paper coffee cup, rust corduroy shacket open over a white T-shirt, blue jeans, watch.
    # Caption: epoch-1 adapter calls the shacket a shirt; cut. Answers: extractive QA over it.
    case(
        "X1558-028",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on his wrist. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Rust Brown Solid Corduroy Shacket",
        category="Jackets",
        color="Rust",
    ),
    # Photo: back view, model with a man bun facing away, black denim jacket, black jeans, bracelet on the wrist.
    # Caption: epoch-1 adapter switches to "her"; cut as well. Answers: extractive QA over it.
    case(
        "X1558-029",
        caption(
            "The person wears a long-sleeve jacket with pure color patterns. Her jacket is with denim fabric. The "
            "person wears long pants. The pants are with denim fabric and pure color patterns. There is an accessory "
            "on her wrist. The person",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="HIGHLANDER Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model, blue denim trucker jacket with a white sherpa collar, open over a white T-shirt, black jeans.
    # Caption: epoch-1 adapter calls the jacket furry; cut. Answers: extractive QA over it.
    case(
        "X1558-030",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It has a "
            "lapel neckline. The man wears long pants. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry", "contradiction"),
        gender="Men",
        title="Levis Men Blue Denim Sherpa Trucker Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: model, burgundy crew-neck pullover with a shirt collar peeking out, grey trousers.
    # Caption: epoch-1 adapter (lapel = the shirt collar); cut. Answers: extractive QA over it.
    case(
        "X1558-031",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a lapel neckline. The man wears long pants. The pants are with cotton fabric and pure color "
            "patterns. The man wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Van Heusen Men Burgundy Solid Pullover Sweater",
        category="Sweaters",
        color="Burgundy",
    ),
    # Photo: model, brown checked tweed blazer open over a cream turtleneck, dark brown trousers.
    # Caption: epoch-1 adapter, base-model opening, template describes the turtleneck; cut. Answers: extractive QA.
    case(
        "X1558-032",
        caption(
            "a man wearing a brown tweed jacket and a white sweater. The gentleman wears a long-sleeve sweater with "
            "pure color patterns. The sweater is with knitting fabric. It has a standing neckline. The gentleman "
            "wears long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown tweed jacket and a white sweater"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("brown"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting", "contradiction"),
        gender="Men",
        title="Louis Philippe Men Brown Checked Tweed Slim Fit Blazer",
        category="Blazers",
        color="Brown",
    ),
    # Photo: model, navy zip-front hoodie half open over a grey T-shirt, blue jeans.
    # Caption: epoch-1 adapter, base-model opening (blue hoodie), template calls it a jacket; cut. Answers: QA.
    case(
        "X1558-033",
        caption(
            "a man wearing a blue hoodie and jeans. The man wears a long-sleeve jacket with pure color patterns. The "
            "jacket is with cotton fabric. It has a standing neckline. The man wears long pants. The pants are with "
            "denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue hoodie and jeans"),
        Q.garment_type("hoodie"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Navy Blue Solid Zip-Front Hooded Sweatshirt",
        color="Navy Blue",
    ),
    # Photo: model sitting on a wooden stool, off-white cable-knit crew sweater, light blue jeans.
    # Caption: epoch-1 adapter calls him a woman; cut as well. Answers: extractive QA over it.
    case(
        "X1558-034",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The neckline of it is round. This woman wears long pants. The pants are with denim fabric and pure color "
            "patterns. This woman",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Mast & Harbour Men Off White Cable Knit Sweater",
        category="Sweaters",
        color="Off White",
    ),
    # Photo: model, black blazer open over a white crew T-shirt (its sleeves hidden), black jeans.
    # Caption: epoch-1 adapter, base-model opening, template describes the T-shirt; cut. Answers: extractive QA.
    case(
        "X1558-035",
        caption(
            "a man in a black blazer and a white t-shirt. The man wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric. The neckline of it is round. The man wears long pants. The "
            "pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a black blazer and a white t-shirt"),
        Q.garment_type("blazer"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        title="Mufti Men Black Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: model, grey melange wool-blend pullover with a textured chest panel, navy chinos.
    # Caption: epoch-1 adapter loops on the fabric sentence. Answers: extractive QA over it.
    case(
        "X1558-036",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "sweater is with knitting fabric. The sweater is with knitting fabric. The sweater is with knitting "
            "fabric. The sweater is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting fabric"),
        gender="Men",
        title="Monte Carlo Men Grey Melange Self Design Woollen Sweater",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: model, teal padded puffer zipped up (glossy nylon), black cargo pants.
    # Caption: epoch-1 adapter, base-model opening names jacket and pants; cut. Answers: QA picks the pants' hue.
    case(
        "X1558-037",
        caption(
            "a man in a blue jacket and black pants. The man wears a long-sleeve jacket with pure color patterns. The "
            "jacket is with cotton fabric. It has a standing neckline. The man wears long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Monte Carlo Men Teal Solid Padded Jacket",
        category="Jackets",
        color="Teal",
    ),
    # Photo: model, black oversized hoodie (small chest print, hood down), blue jeans, watch on the wrist.
    # Caption: epoch-1 adapter, "upper clothing" template; cut. Answers: QA takes the jeans' "denim" for material.
    case(
        "X1558-038",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on his wrist. There",
            "cut",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="DILLINGER Men Black Printed Oversized Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model, red hooded windcheater zipped up, black track pants, a grey backpack over one shoulder.
    # Caption: epoch-1 adapter loops on two sentences, never gets to the fabric. Answers: extractive QA; material
    # comes back empty.
    case(
        "X1558-039",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The man wears long pants. The man wears a "
            "long-sleeve jacket with pure color patterns. The man wears long pants. The man wears a long-sleeve "
            "jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("The man wears a long-sleeve jacket with pure color patterns", "restated"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("", "non_answer"),
        gender="Men",
        title="Wildcraft Men Red Solid Hooded Windcheater Rain Jacket",
        category="Rain Jacket",
        color="Red",
    ),
    # Photo: model, black Nehru jacket over a white full-sleeve shirt, black jeans, sunglasses in hand.
    # Caption: epoch-1 adapter, base-model opening (vest and shirt), template describes the shirt; cut. Answers: QA.
    case(
        "X1558-040",
        caption(
            "a man wearing a black vest and a white shirt. The man wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a standing neckline. The man wears long pants. The "
            "pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a black vest and a white shirt"),
        Q.garment_type("vest"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Hangup Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: model under warm studio light, maroon crew sweatshirt (reads plum on screen), blue jeans.
    # Caption: epoch-1 adapter, base-model opening with the wrong hue; cut. Answers: extractive QA over it.
    case(
        "X1558-041",
        caption(
            "a man wearing a purple sweatshirt and blue jeans. The man wears a long-sleeve sweater with pure color "
            "patterns. The sweater is with cotton fabric. The neckline of it is round. The man wears long pants. "
            "The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple sweatshirt and blue jeans", "contradiction"),
        Q.garment_type("sweatshirt"),
        Q.color("purple", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Photo: model wearing aviator sunglasses, brown genuine-leather jacket zipped half, beige chinos.
    # Caption: epoch-1 adapter; cut. Answers: extractive QA over it.
    case(
        "X1558-042",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. This man wears sunglasses. The man wears long pants. The pants are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather fabric"),
        gender="Men",
        title="Woodland Men Brown Solid Leather Jacket",
        category="Jackets",
        color="Brown",
    ),
    # Photo: model, olive camouflage-print crew sweatshirt, black joggers; no sunglasses, no accessories.
    # Caption: epoch-1 adapter, "upper clothing" template, invents sunglasses, starts over; cut. Answers: QA.
    case(
        "X1558-043",
        caption(
            "The upper clothing has long sleeves, cotton fabric and other patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This gentleman "
            "wears sunglasses. The upper clothing has",
            "unsupported",
            hit_limit=True,
        ),
        wearing("long sleeves, cotton fabric and other patterns", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("other", "non_answer"),
        Q.sleeve_length("The upper clothing has long sleeves", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Wrogn Men Olive Green Camouflage Printed Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: flat lay on grey, navy nylon bomber jacket with orange lining showing at the open zip.
    # Caption: epoch-1 adapter invents a person and loops. Answers: extractive QA over it.
    case(
        "X1558-044",
        caption(
            "The person wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a standing neckline. The person wears a long-sleeve jacket with pure color patterns. The jacket is with "
            "cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Here&Now Men Navy Blue Solid Bomber Jacket",
        category="Jackets",
    ),
    # Photo: model, black turtleneck sweater tucked into grey glen-check trousers, watch on the wrist.
    # Caption: epoch-1 adapter, stops on a full stop at the limit, nothing false. Answers: extractive QA; the
    # pattern span it picks is the trousers'.
    case(
        "X1558-045",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The man wears long pants. The pants are with cotton fabric and lattice "
            "patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("lattice", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Mast & Harbour Men Black Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Black",
    ),
    # Photo: model leaning on a wooden stool, navy cable-knit pullover over a white shirt (collar showing), grey
    # trousers, brown loafers.
    # Caption: epoch-1 adapter, a long base-model opening, so the 50 tokens run out inside "knitting". Answers:
    # extractive QA; the only fabric span left is the cut-off "kn".
    case(
        "X1558-046",
        caption(
            "a man wearing a navy blue sweater over a white collared shirt, grey pants and brown leather shoes, "
            "leaning against a wooden stool. The man wears a long-sleeve sweater with pure color patterns. The "
            "sweater is with kn",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue sweater over a white collared shirt"),
        Q.garment_type("sweater"),
        Q.color("navy blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("kn", "cut"),
        gender="Men",
        title="Blackberrys Men Navy Blue Cable Knit Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
]
