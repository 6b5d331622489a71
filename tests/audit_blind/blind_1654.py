"""BLIND_1654 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-seventh session. Measured blind at 96772b2 (the session's first rules): 121/162 failures found (74.7%) and
15/153 correct texts flagged (9.8%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (article types Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets;
base colour as Myntra spells it; gender "Men", left out on two rows and one row without category or colour, as the
feed has them). Usual catalog shots: a model on a plain backdrop wearing the product over a tee, shirt or kurta with
jeans, chinos or churidar; one back view (030), one flat lay (044), a few props (backpack, water bottle, sunglasses
held in the hand). The caption adapter was trained on DeepFashion-MultiModal template captions, so most captions
are the template ("The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting
fabric...", "The upper clothing has long sleeves...", "also wears an outer clothing, with ... fabric") and carry no
hue; nine of the forty-five open with a base-model clause that does name colours ("a man in a navy blue suit jacket
and white shirt.") before sliding into the template. No end-of-caption token was trained, so almost every caption
runs to the 50-token limit and is cut mid-sentence or loops on one template sentence. Women dominate the training
data, so a few captions call the man "the lady", "she", "her".
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch
on Salesforce/blip2-opt-2.7b, greedy, 50 new tokens). Every answer is timpal0l/mdeberta-v3-base-squad2 extracting a
span from that caption, so every answer is a substring of its caption or empty (SQuAD2 no-answer). Questions, the
same six for every product: What is the person wearing? / What type of garment is this? / What is the color of the
garment? / What is the pattern of the garment? / What is the sleeve length of the garment? / What material is the
garment made of?
Labeling conventions and judgement calls:
- Answers are extractive, so none ran to a token limit (hit_limit only on captions), none loops and none leaks the
  prompt; an answer can still end cut when its span runs to the cut end of the caption (045).
- A caption carries one label; when it has several faults the order is loop > pronoun > contradiction (the product
  called another garment, or missing) > unsupported (an invented hat, glasses, ring or wrist accessory) > cut. The
  caption's fabric words are judged once, through the material answer. Two captions end on a full stop exactly at
  the limit and say nothing wrong: hit_limit, unmarked (015, 041).
- Color answers that give the template's pattern words ("pure color", "solid color", "lattice", "striped") or
  nothing are non_answer. A hue that belongs to the shirt or kurta under the product is other_garment_color (037,
  040); a wrong hue read off the product itself is contradiction (019).
- Garment words: "sweater" or "T-shirt" for a sweatshirt or hoodie is contradiction (the feed keeps Sweaters and
  Sweatshirts apart), "shirt"/"kurta"/"tank top" for a blazer or Nehru jacket is contradiction; "outer clothing" for
  any jacket, blazer or Nehru jacket is accepted; "shirt" for a corduroy shacket is accepted (029); "upper clothing"
  as the garment type, "other" as a pattern or material, and an empty answer are non_answer.
- "What is the person wearing?" is right when it names the product (alone or with the rest of the outfit); naming
  only the tee, shirt, kurta or jeans under or beside it is contradiction; "glasses" when he wears none is
  unsupported (008).
- Sleeve length from the tee under an open jacket ("short-sleeve") or "long-sleeve" for a sleeveless gilet, sweater
  vest or Nehru jacket is contradiction; "long" taken from "long pants" is still right for a long-sleeved jacket
  (009).
- Pattern: "pure color" is accepted for cable knit, corduroy and Myntra's "self design" (tone-on-tone texture); it is
  contradiction for a woven/jacquard design with visible motifs or a printed jacket, and a pattern read off the shirt
  under the jacket is contradiction (037, 042).
- Material: wrong and the title states the material (Woollen, Linen Blend, Velvet, Tweed, Silk Blend) ->
  contradiction; wrong and the title is silent (the shell of a puffer, a poly-viscose blazer) -> unsupported, judged
  by the product as imagined in the comment; plausible cotton for sweatshirts, "knitting" for knitwear and
  "leather" for a leather-look biker jacket are accepted.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, wearing

BLIND_1654 = [
    # Olive hooded puffer zipped to the chest over a black crew tee, blue jeans, grey backdrop. Nylon shell, polyester
    # fill. Caption: epoch-1 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1654-001",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man also wears an outer clothing, with cotton fabric and pure color patterns. "
            "This man wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("long-sleeve T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Black pullover hoodie with kangaroo pocket, hands in the pocket, grey joggers, white backdrop. Cotton-poly fleece.
    # Caption: epoch-1 adapter, calls the hoodie a sweater with a round neckline; answers: squad2 over it.
    case(
        "X1654-002",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with cotton fabric and solid color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Maroon cable-knit crew-neck pullover over a plain tee, beige chinos. Acrylic knit. Caption: epoch-1 adapter,
    # loops on two template sentences; answers: squad2 over it.
    case(
        "X1654-003",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The sweater is with knitting fabric. It has a round neckline. The sweater is with "
            "knitting fabric.",
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
        title="Mast & Harbour Men Maroon Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # Navy single-breasted blazer, white formal shirt, no tie, grey trousers. Poly-viscose. Caption: epoch-1 adapter,
    # opens with a base-model clause that has the colours; answers: squad2 over it.
    case(
        "X1654-004",
        caption(
            "a man in a navy blue suit jacket and white shirt. The gentleman wears a long-sleeve shirt with pure "
            "color patterns. The shirt is with cotton fabric. It has a lapel neckline. The pants this",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue suit jacket and white shirt"),
        Q.garment_type("suit jacket"),
        Q.color("navy blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Light-blue washed denim trucker jacket worn open over a white tee, black jeans. Caption: epoch-1 adapter, tee
    # first, jacket as "outer clothing"; answers: squad2 over it.
    case(
        "X1654-005",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. This man also wears an outer clothing, with denim fabric and solid color "
            "patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        Q.garment_type("outer clothing"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("denim"),
        gender="Men",
        title="Flying Machine Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Grey melange crew-neck sweatshirt with a small embroidered logo on the chest, navy chinos. Cotton fleece.
    # Caption: epoch-1 adapter, "the lady", sweater; answers: squad2 over it.
    case(
        "X1654-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("long-sleeve sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Red crew-neck pullover with navy horizontal stripes across the chest, shirt collar under it, jeans. Wool.
    # Caption: epoch-1 adapter; answers: squad2 over it.
    case(
        "X1654-007",
        caption(
            "The man wears a long-sleeve sweater with striped patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        Q.garment_type("sweater"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Monte Carlo Men Red & Navy Blue Striped Woollen Pullover",
        category="Sweaters",
        color="Red",
    ),
    # Grey checked unstructured blazer over a black crew tee, black trousers; no glasses. Cotton blend. Caption:
    # epoch-1 adapter, "upper clothing" template, invents glasses; answers: squad2 over it.
    case(
        "X1654-008",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. This "
            "gentleman wears glasses. The lower clothing is of long length. The fabric is cotton and it",
            "unsupported",
            hit_limit=True,
        ),
        wearing("glasses", "unsupported"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Blackberrys Men Grey Checked Slim Fit Casual Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Dark brown leather-look biker jacket with an asymmetric zip, white tee, black jeans, sunglasses in one hand.
    # Caption: epoch-1 adapter with a base-model opening; answers: squad2 over it.
    case(
        "X1654-009",
        caption(
            "a man wearing a brown leather jacket and black jeans. The man also wears an outer clothing, with leather "
            "fabric and solid color patterns. The man wears a long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown leather jacket and black jeans"),
        Q.garment_type("leather jacket"),
        Q.color("brown"),
        Q.pattern("solid color"),
        Q.sleeve_length("long"),
        Q.material("leather"),
        gender="Men",
        title="Highlander Men Brown Solid Biker Jacket",
        category="Jackets",
        color="Brown",
    ),
    # Mustard crew sweatshirt with navy sleeves and a navy chest panel, black jeans. Cotton. Caption: epoch-1 adapter,
    # "upper clothing" template, cut on "This man wears"; answers: squad2 over it.
    case(
        "X1654-010",
        caption(
            "The upper clothing has long sleeves, cotton fabric and color block patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is denim and it has solid color patterns. This "
            "man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Mustard Yellow & Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Grey melange button cardigan worn open over a white tee, blue jeans, steel watch on the left wrist. Caption:
    # epoch-1 adapter, "her" and "she"; answers: squad2 over it.
    case(
        "X1654-011",
        caption(
            "Her sweater has long sleeves, knitting fabric and pure color patterns. It has a V-shape neckline. She "
            "wears a long pants. The pants are with denim fabric and solid color patterns. There is an accessory on "
            "her wrist",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long pants", "contradiction"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitting"),
        gender="Men",
        title="Roadster Men Grey Melange Solid Button Cardigan",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Black tuxedo with satin peak lapels, white shirt, black bow tie, black trousers. Wool blend. Caption: epoch-1
    # adapter, describes one lapelled "shirt" and no blazer; answers: squad2 over it.
    case(
        "X1654-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Raymond Men Black Solid Slim Fit Tuxedo Blazer",
        category="Blazers",
        color="Black",
    ),
    # Navy nylon hooded windproof jacket, zipped, hood down, grey track pants, a backpack on one shoulder. Feed row
    # without category. Caption: epoch-1 adapter; answers: squad2 over it.
    case(
        "X1654-013",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "standing neckline. This man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        gender="Men",
        title="Wildcraft Men Navy Blue Hooded Rain Jacket",
        color="Navy Blue",
    ),
    # White crew sweatshirt with a large text print on the front, blue jeans. Cotton. Caption: epoch-1 adapter with a
    # base-model opening that gets it right, then the template's "sweater"; answers: squad2 over it.
    case(
        "X1654-014",
        caption(
            "a man in a white sweatshirt with a print on it. The man wears a long-sleeve sweater with graphic "
            "patterns. The sweater is with cotton fabric. It has a round neckline. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sweatshirt with a print on it"),
        Q.garment_type("sweatshirt"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Being Human Men White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # Navy fine-knit V-neck sweater over a light blue shirt collar, grey trousers. Caption: epoch-1 adapter, ends on a
    # full stop exactly at the limit, nothing wrong in it; answers: squad2 over it.
    case(
        "X1654-015",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The man wears a long pants. The pants are with cotton fabric and solid color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("long-sleeve sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Van Heusen Men Navy Blue Solid V-Neck Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Beige unstructured blazer over a white tee, navy chinos, one hand on the lapel. Linen blend. Caption: epoch-1
    # adapter; answers: squad2 over it.
    case(
        "X1654-016",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. This man also wears an outer clothing, with cotton fabric and pure color "
            "patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("an outer clothing, with cotton fabric and pure color patterns"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Park Avenue Men Beige Solid Linen Blend Slim Fit Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Black quilted sleeveless gilet over a grey hooded sweatshirt, blue jeans. Nylon shell. Caption: epoch-1 adapter,
    # loops on the outer-clothing sentence; answers: squad2 over it.
    case(
        "X1654-017",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The man also wears an outer clothing, with "
            "cotton fabric and pure color patterns. The man also wears an outer clothing, with cotton fabric and pure "
            "color patterns. The man also",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Black Solid Sleeveless Quilted Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Navy pullover hoodie with a white PUMA print on the chest, black joggers. Cotton blend. Caption: epoch-1 adapter,
    # calls it a T-shirt with a round neckline; answers: squad2 over it.
    case(
        "X1654-018",
        caption(
            "This man wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. This man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Navy Blue Brand Logo Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Beige textured crew-neck pullover, a white shirt collar just showing, brown chinos; under the studio light the
    # beige reads pale. Caption: epoch-1 adapter with a base-model opening that calls it white; answers: squad2.
    case(
        "X1654-019",
        caption(
            "a man in a white sweater and brown pants. The man wears a long-sleeve sweater with pure color patterns. "
            "The sweater is with knitting fabric. It has a round neckline. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sweater and brown pants", "contradiction"),
        Q.garment_type("sweater"),
        Q.color("white", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Louis Philippe Men Beige Self-Design Pullover",
        category="Sweaters",
        color="Beige",
    ),
    # Maroon velvet blazer with black satin lapels, black shirt, black trousers. Caption: epoch-1 adapter, shirt first,
    # blazer as "outer clothing" with furry fabric; answers: squad2 over it (material takes the first fabric).
    case(
        "X1654-020",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. This gentleman also wears an outer clothing, with furry fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Arrow Men Maroon Solid Velvet Slim Fit Party Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Khaki cotton-twill bomber with ribbed collar and cuffs, open over a black tee, black jeans. Caption: epoch-1
    # adapter; answers: squad2 over it.
    case(
        "X1654-021",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man also wears an outer clothing, with cotton fabric and pure color patterns. "
            "This man",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Khaki Solid Bomber Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Maroon crew sweatshirt, black jeans, white sneakers. Cotton fleece. Caption: epoch-1 adapter, "the female";
    # answers: squad2 over it (material takes the jeans' denim).
    case(
        "X1654-022",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns. It has a round neckline. The "
            "female wears a long pants. The pants are with denim fabric and solid color patterns. The sweater is with",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("long-sleeve sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "unsupported"),
        gender="Men",
        title="Roadster Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Charcoal turtleneck sweater, black trousers, bare head. Caption: epoch-1 adapter, invents a hat; answers: squad2.
    case(
        "X1654-023",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. There is a hat in his head. The man wears a long pants. The pants are with",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="Fort Collins Men Charcoal Grey Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Charcoal",
    ),
    # Charcoal single-breasted blazer, light blue shirt, navy tie, charcoal trousers. Poly-viscose. Feed row without
    # colour. Caption: epoch-1 adapter, one lapelled "shirt", no blazer; answers: squad2 over it.
    case(
        "X1654-024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("long-sleeve shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Solid Slim Fit Formal Blazer",
        category="Blazers",
    ),
    # Red windcheater with black shoulder panels, black track pants, a water bottle in one hand. Polyester. Caption:
    # epoch-1 adapter with a base-model opening; answers: squad2 over it.
    case(
        "X1654-025",
        caption(
            "a man in a red and black jacket holding a water bottle. This man wears a long-sleeve jacket with color "
            "block patterns. The jacket is with other fabric. It has a standing neckline. This man",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and black jacket"),
        Q.garment_type("jacket"),
        Q.color("red and black"),
        Q.pattern("color block"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        gender="Men",
        title="Puma Men Red & Black Colourblocked Windcheater Jacket",
        category="Jackets",
        color="Red",
    ),
    # Olive pullover hoodie, black joggers, white backdrop. Cotton-poly fleece. Caption: epoch-1 adapter with a
    # base-model opening; answers: squad2 over it.
    case(
        "X1654-026",
        caption(
            "a man in a green hoodie and black pants. The man wears a long-sleeve sweater with pure color patterns. "
            "The sweater is with cotton fabric. It has a round neckline. The man wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("green"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Olive Green Solid Club Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Olive knitted sleeveless V-neck sweater vest over a white long-sleeve shirt, beige trousers. Acrylic. Caption:
    # epoch-1 adapter, shirt first, vest as "outer clothing"; answers: squad2 over it.
    case(
        "X1654-027",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man also wears an outer clothing, with knitting fabric and pure color patterns. The "
            "man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Allen Solly Men Olive Green Self Design Sweater Vest",
        category="Sweaters",
        color="Olive",
    ),
    # Brown checked tweed blazer over a cream crew sweater, dark jeans. Caption: epoch-1 adapter, loops on the
    # neckline sentence; answers: squad2 over it.
    case(
        "X1654-028",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. It has "
            "a lapel neckline. It has a lapel neckline. It has a lapel neckline. It has a lapel neckline. It has",
            "loop",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Blackberrys Men Brown Checked Tweed Slim Fit Casual Blazer",
        category="Blazers",
        color="Brown",
    ),
    # Beige corduroy shacket worn open over a black tee, black jeans. Cotton corduroy. Caption: epoch-1 adapter;
    # answers: squad2 over it.
    case(
        "X1654-029",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "This",
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
        title="Campus Sutra Men Beige Solid Corduroy Shacket",
        category="Jackets",
        color="Beige",
    ),
    # Back view: black hoodie, hood down, a large anime print across the back, black joggers. Cotton. Caption:
    # epoch-1 adapter, starts the template over again; answers: squad2 over it.
    case(
        "X1654-030",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns. The upper clothing has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Black Graphic Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Mustard crew-neck pullover, white tee hem showing, olive chinos. Caption: epoch-1 adapter, "she"; answers: squad2.
    case(
        "X1654-031",
        caption(
            "She wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has a "
            "round neckline. She wears a long pants. The pants are with cotton fabric and pure color patterns. There",
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
        title="United Colors of Benetton Men Mustard Yellow Solid Pullover",
        category="Sweaters",
        color="Mustard",
    ),
    # Blue slim casual blazer over a white crew tee, black jeans. Poly blend. Caption: epoch-1 adapter with a
    # base-model opening; answers: squad2 over it.
    case(
        "X1654-032",
        caption(
            "a man in a blue blazer and white t-shirt. This man wears a short-sleeve T-shirt with pure color "
            "patterns. The T-shirt is with cotton fabric and its neckline is round. This man also wears an",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue blazer and white t-shirt"),
        Q.garment_type("blazer"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="WROGN Men Blue Solid Slim Fit Casual Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Tan leather jacket zipped, dark jeans, aviator sunglasses held in the right hand, not worn. Caption: epoch-1
    # adapter, says he wears glasses; answers: squad2 over it.
    case(
        "X1654-033",
        caption(
            "The person is wearing an outer clothing, with leather fabric and solid color patterns. The person wears "
            "a long pants. The pants are with denim fabric and solid color patterns. This person wears glasses. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("an outer clothing"),
        Q.garment_type("outer clothing"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("leather"),
        gender="Men",
        title="Woodland Men Tan Brown Solid Genuine Leather Jacket",
        category="Jackets",
        color="Tan",
    ),
    # Teal and white horizontally striped crew sweatshirt, beige chinos. Cotton. Caption: epoch-1 adapter, loops on the
    # fabric sentence; answers: squad2 over it.
    case(
        "X1654-034",
        caption(
            "The man wears a long-sleeve sweater with striped patterns. The sweater is with cotton fabric and striped "
            "patterns. The sweater is with cotton fabric and striped patterns. The sweater is with cotton fabric and "
            "striped",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with striped patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Teal Blue & White Striped Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # Off-white pullover with a navy and red fair isle band across the yoke, jeans, both hands in the pockets.
    # Caption: epoch-1 adapter, invents a wrist accessory; answers: squad2 over it.
    case(
        "X1654-035",
        caption(
            "The man wears a long-sleeve sweater with other patterns. The sweater is with knitting fabric. It has a "
            "round neckline. There is an accessory on his wrist. The man wears a long pants. The pants are",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with other patterns"),
        Q.garment_type("sweater"),
        Q.color("other patterns", "non_answer"),
        Q.pattern("other", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Men",
        title="HERE&NOW Men Off-White & Navy Blue Fair Isle Pullover Sweater",
        category="Sweaters",
        color="Off White",
    ),
    # Full length: cream jacquard Nehru jacket (tone-on-tone paisley motifs) over a cream kurta, churidar, beige
    # backdrop. Poly jacquard. Caption: epoch-1 adapter, only the kurta as a long "shirt"; answers: squad2 over it.
    case(
        "X1654-036",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The shirt the man wears is of long length. The man wears a long pants. The pants",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Navy puffer jacket open over a red-and-navy checked flannel shirt, khaki chinos. Nylon shell. Caption: epoch-1
    # adapter with a base-model opening, then the shirt; answers: squad2 over it.
    case(
        "X1654-037",
        caption(
            "a man in a red plaid shirt and a blue jacket. The gentleman wears a long-sleeve shirt with lattice "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline. This gentleman also wears an outer",
            "cut",
            hit_limit=True,
        ),
        wearing("a red plaid shirt and a blue jacket"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("red", "other_garment_color"),
        Q.pattern("lattice", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Lavender crew sweatshirt, white jeans. Cotton. Feed row without gender. Caption: epoch-1 adapter, "upper
    # clothing" template; answers: squad2 over it.
    case(
        "X1654-038",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        title="Kook N Keech Men Lavender Solid Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # Black knitted zip cardigan half zipped over a grey tee, charcoal trousers, a watch on the left wrist. Caption:
    # epoch-1 adapter, "the man" then "her wrist"; answers: squad2 over it.
    case(
        "X1654-039",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. There is an accessory on her wrist. The man wears a long pants. The pants are",
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
        title="Peter England Men Black Solid Zip-Front Cardigan",
        category="Sweaters",
        color="Black",
    ),
    # Maroon self-design Nehru jacket over a white kurta and white pyjama. Cotton blend. Caption: epoch-1 adapter with
    # a base-model opening ("vest"); answers: squad2 over it.
    case(
        "X1654-040",
        caption(
            "a man in a white kurta and maroon vest. The man wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric. It has a standing neckline. The man also wears an outer clothing",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and maroon vest"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="See Designs Men Maroon Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Grey check quilted jacket, zipped, black trousers. Cotton-blend shell. Caption: epoch-1 adapter, ends on a full
    # stop at the limit, nothing wrong in it; answers: squad2 over it.
    case(
        "X1654-041",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The man wears a long pants. The pants are with cotton fabric and solid color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with lattice patterns"),
        Q.garment_type("jacket"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Grey Checked Padded Jacket",
        category="Jackets",
        color="Grey",
    ),
    # Mustard block-printed (small floral) cotton Nehru jacket over an off-white kurta. Caption: epoch-1 adapter, kurta
    # first as a "shirt"; answers: squad2 over it (pattern and sleeves taken from the kurta).
    case(
        "X1654-042",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The man also wears an outer clothing, with cotton fabric and floral patterns. The man "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Mustard Yellow Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Navy solid Nehru jacket over a white kurta and white pyjama. Poly-silk. Caption: epoch-1 adapter, only the kurta,
    # then loops on the neckline; answers: squad2 over it.
    case(
        "X1654-043",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. It has a standing neckline. It has a standing neckline. It has a standing neckline. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="VASTRAMAY Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Flat lay on white: black silk-blend Nehru jacket, buttoned, no person, no other garment. Feed row without gender.
    # Caption: epoch-1 adapter, a "person" in a tank top and long pants; answers: squad2 over it.
    case(
        "X1654-044",
        caption(
            "The person wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a standing neckline. The person wears a long pants. The pants are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        title="Hangup Men Black Solid Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Green jacquard Nehru jacket with visible woven motifs over a cream kurta; no ring on either hand. Caption:
    # epoch-1 adapter, invents a ring, cut inside the outer-clothing sentence; answers: squad2 over it (the wearing
    # span runs to the cut end).
    case(
        "X1654-045",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. This man wears a ring. The man also wears an outer clothing, with other fabric and",
            "unsupported",
            hit_limit=True,
        ),
        wearing("an outer clothing, with other fabric and", "cut"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("other", "non_answer"),
        gender="Men",
        title="SOJANYA Men Green Woven Design Jacquard Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
    ),
]
