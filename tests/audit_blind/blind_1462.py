"""BLIND_1462 (45 products; Myntra men's winterwear, caption + extractive QA): written blind in the sixty-fifth session.
Measured blind at 81d2e84 (the session's second rules): 104/130 failures found (80.0%) and 11/185 correct texts
flagged (5.9%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (article types Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets, one
Rain Jacket), the marketplace's usual shots: a model on a plain grey or white backdrop wearing the product with other
clothes (tees and shirts under jackets and blazers, kurtas under Nehru jackets, jeans, chinos, trousers), two flat
lays, three back views. Catalog columns as the feed has them (title, category = article type, color = base colour,
gender); a few rows lack one of them.

Who wrote what: every caption is Salesforce/blip2-opt-2.7b with the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), no prompt, greedy, 50 new tokens. The adapter learned the
DeepFashion-MultiModal template ("The man is wearing a long-sleeve sweater with pure color patterns. The sweater is
with knitted fabric. ..."), so it names patterns, never hues (four captions let a hue slip in), and since no
end-of-text was trained every caption runs to the 50-token limit (hit_limit=True on all of them). Every answer is
timpal0l/mdeberta-v3-base-squad2 run extractively over that caption: a span copied out of the caption, or an empty
string when the QA model prefers no answer. The questionnaire is the same for every product: what the person is
wearing, garment type, color, pattern, sleeve length, material. Answers never go through BLIP-2 generate, so they
never hit a token limit, never loop and never leak a prompt.

Labeling conventions and judgement calls:
- A caption that ends mid-sentence at the limit is "cut"; when it also says something false of the photo or title
  (a pronoun for a man, a fabric the product is not, an invented accessory or invented trousers on a flat lay, a
  garment the title contradicts) I labelled that content error instead, since hit_limit already records the cut;
  a caption that loops is "loop". One caption ended exactly on a full stop at the limit and says nothing false:
  left unmarked, hit_limit=True.
- Color answers of "pure color", "striped", "graphic", "color block", "complicated" say no hue: non_answer. The
  same spans are correct answers to the pattern question.
- A hue taken from another garment (the black jeans, the white shirt under the sweater) is other_garment_color.
- Layered shots: "What is the person wearing?" answered with the tee, shirt, kurta or trousers under/beside the
  product is true of the photo and left unmarked; the garment type, sleeve or material of that other garment given
  for the product is contradiction (the title or the caption's own "outer clothing" sentence says otherwise).
- "cotton" for a nylon puffer, quilted or rain jacket, or a bomber with a nylon sheen, where the title says nothing
  of the fabric: unsupported. Where the title names the fabric (velvet, tweed, linen, wool blend) a different
  fabric is contradiction. "cotton" for blazers whose photo cannot tell and title is silent: left unmarked.
- "upper clothing" as the garment type or as what the person wears, and "long sleeves" as what the person wears,
  name no garment: non_answer. "outer clothing" for a jacket, blazer or Nehru jacket is vague but true: unmarked.
- "vest" for a sleeveless sweater is right; "tank top" for a Nehru jacket is not.
- Sleeves pushed to the elbows read as "medium-sleeve" on a full-sleeve hoodie: unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, wearing

BLIND_1462 = [
    # Photo: model in a navy pullover hoodie (hood down, kangaroo pocket), mid-blue jeans, white sneakers, grey
    # backdrop. Caption: epoch-1 caption adapter; answers: extractive QA over the caption.
    case(
        "X1462-001",
        caption(
            "The gentleman is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The pants this gentleman wears is of long length. The pants are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model in a black nylon bomber (visible sheen, ribbed cuffs) worn open over a white crew-neck tee, black
    # joggers. Caption: epoch-1 adapter (calls the bomber "outer clothing" of cotton); answers: extractive QA, which
    # mostly picks the tee.
    case(
        "X1462-002",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man also wears an outer clothing, with cotton fabric and pure color patterns. "
            "The pants",
            "unsupported",
            hit_limit=True,
        ),
        wearing("short-sleeve T-shirt"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a maroon crew-neck wool pullover, beige chinos, hands in pockets. Caption: epoch-1 adapter;
    # answers: extractive QA.
    case(
        "X1462-003",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a round neckline. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Men",
        title="Monte Carlo Men Maroon Solid Pure Wool Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: model in a charcoal checked single-breasted blazer over a plain white shirt (no tie), grey trousers.
    # Caption: epoch-1 adapter (shirt first, blazer as "outer clothing" with lattice patterns); answers: extractive QA.
    case(
        "X1462-004",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and it has a lapel neckline. There is an outer clothing on this gentleman, with cotton fabric and lattice "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("lattice patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: model in a beige woven-design (jacquard) sleeveless Nehru jacket over a cream full-sleeve kurta and
    # churidar. Caption: epoch-1 adapter (the jacket is the "vest"); answers: extractive QA, which takes the kurta.
    case(
        "X1462-005",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a standing neckline. This man also wears a vest, with cotton fabric and complicated patterns. The pants "
            "this "
            "man wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Manyavar Men Beige Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: model in a black hoodie with a large white PUMA print across the chest, hood down, no hat, black track
    # pants. Caption: epoch-1 adapter (invents a hat); answers: extractive QA.
    case(
        "X1462-006",
        caption(
            "The man is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "The man wears a long pants. The pants are with cotton fabric and pure color patterns. This man wears a "
            "hat. "
            "The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("long-sleeve sweatshirt with graphic patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in an olive quilted puffer (shiny nylon shell, zipped up, stand collar), black jeans. Caption:
    # epoch-1 adapter; answers: extractive QA.
    case(
        "X1462-007",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a standing neckline. The pants the gentleman wears is of long length. The pants are with denim "
            "fabric and pure color",
            "unsupported",
            hit_limit=True,
        ),
        wearing("long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: model in a black PU-leather biker jacket (wide lapels, asymmetric zip) over a grey tee, blue jeans.
    # Caption: epoch-1 adapter; answers: extractive QA.
    case(
        "X1462-008",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        gender="Men",
        title="WROGN Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a light-wash denim trucker jacket, buttoned halfway, white tee visible at the neck, black chinos.
    # Caption: epoch-1 adapter (calls the jacket a shirt); answers: extractive QA.
    case(
        "X1462-009",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="Mufti Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: flat lay, grey melange crew-neck sweatshirt alone on white, no person, no trousers. Caption: epoch-1
    # adapter (invents a wearer's long pants); answers: extractive QA.
    case(
        "X1462-010",
        caption(
            "The person is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The pants this person wears is of long length. The pants are with cotton "
            "fabric and pure",
            "unsupported",
            hit_limit=True,
        ),
        wearing("long-sleeve sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        title="Jack & Jones Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model in a navy self-design blazer, buttoned, white shirt, styled with navy trousers so it reads as a
    # suit, pocket square. Caption: epoch-1 adapter ("suit"); answers: extractive QA.
    case(
        "X1462-011",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric and its "
            "neckline is lapel. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. This",
            "contradiction",
            hit_limit=True,
        ),
        wearing("trousers"),
        Q.garment_type("suit", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Blackberrys Men Navy Blue Self-Design Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: model in a mustard V-neck pullover over a white collared shirt, blue jeans, steel watch on the left
    # wrist. Caption: epoch-1 adapter, "upper clothing" template; answers: extractive QA.
    case(
        "X1462-012",
        caption(
            "The upper clothing has long sleeves, knitted fabric and pure color patterns. It has a V-shape neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        gender="Men",
        title="Allen Solly Men Mustard Yellow Solid Pullover Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # Photo: model in a red hoodie with navy sleeves and a navy hood panel, grey joggers. Caption: epoch-1 adapter,
    # falls into a loop on the pants sentence; answers: extractive QA.
    case(
        "X1462-013",
        caption(
            "His sweatshirt has long sleeves, cotton fabric and color block patterns. The man wears a long pants. The "
            "pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Harvard Men Red & Navy Blue Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # Photo: model in a maroon velvet sleeveless Nehru jacket over a white full-sleeve kurta, white churidar.
    # Caption: epoch-1 adapter (kurta as shirt, jacket as "outer clothing" of furry fabric); answers: extractive QA.
    case(
        "X1462-014",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. There is an outer clothing on the man, with furry fabric and pure color patterns. The "
            "pants the",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt with pure color patterns"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Vastramay Men Maroon Solid Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: back view, model in an olive pullover hoodie (hood down), blue jeans. Caption: epoch-1 adapter; answers:
    # extractive QA. The feed row has no base colour.
    case(
        "X1462-015",
        caption(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The pants the man wears is of long length. The pants are with denim fabric and pure color "
            "patterns. The man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Olive Solid Hooded Sweatshirt",
        category="Sweatshirts",
    ),
    # Photo: male model with shoulder-length hair in a black single-breasted blazer over a white shirt, black
    # trousers. Caption: epoch-1 adapter, calls him "the lady"; answers: extractive QA.
    case(
        "X1462-016",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an outer clothing on her, with cotton fabric and pure color patterns. "
            "The lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Black Solid Slim Fit Single-Breasted Casual Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: model in a navy crew-neck sweater with white horizontal stripes, khaki chinos. Caption: epoch-1 adapter;
    # answers: extractive QA.
    case(
        "X1462-017",
        caption(
            "This gentleman is wearing a long-sleeve sweater with striped patterns. The sweater is with knitted "
            "fabric. It has a round neckline. This gentleman wears a long pants. The pants are with cotton fabric and "
            "pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve sweater with striped patterns"),
        Q.garment_type("sweater"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue & White Striped Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: model in an open grey button-front cardigan over a white crew-neck tee, dark jeans. Caption: epoch-1
    # adapter (tee first, cardigan as knitted "outer clothing"); answers: extractive QA, which takes the tee.
    case(
        "X1462-018",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. There is an outer clothing on the man, with knitted fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Van Heusen Men Grey Solid Button-Front Cardigan",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: model in a khaki matte cotton-twill bomber, zipped, black jeans, white sneakers. Caption: epoch-1
    # adapter; answers: extractive QA.
    case(
        "X1462-019",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="HIGHLANDER Men Khaki Solid Bomber Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: model in a navy fleece hoodie with a small chest logo, grey joggers; sleeves cover the wrists, no watch
    # or band. Caption: epoch-1 adapter (invents a wrist accessory); answers: extractive QA.
    case(
        "X1462-020",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "The man wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory "
            "on his wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("long-sleeve sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Navy Blue Sportswear Club Fleece Hoodie",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model in a cream cable-knit crew-neck sweater, dark indigo jeans. Caption: epoch-1 adapter, ran to the
    # limit but the 50th token happened to be the full stop: nothing false, nothing cut; answers: extractive QA.
    case(
        "X1462-021",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Men",
        title="Louis Philippe Sport Men Cream-Coloured Cable Knit Pullover",
        category="Sweaters",
        color="Cream",
    ),
    # Photo: model in a black shiny nylon puffer, zipped, hood attached, black jeans. Caption: epoch-1 adapter, one of
    # the few that lets a hue in ("black", right here) but calls the shell cotton; answers: extractive QA.
    case(
        "X1462-022",
        caption(
            "The man is wearing a long-sleeve black jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a standing neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("long-sleeve black jacket"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Flying Machine Men Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a white crew-neck sweatshirt with black slogan text printed on the chest, black jeans. Caption:
    # epoch-1 adapter, lets "black" in for the jeans (true of them); answers: extractive QA gives the jeans' hue as the
    # garment's color.
    case(
        "X1462-023",
        caption(
            "The man is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "It "
            "has a round neckline. The man wears a black long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve sweatshirt with graphic patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men White & Black Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # Photo: model in a teal quilted polyester jacket with a hood edged in faux fur, dark chinos, hands in pockets.
    # Caption: epoch-1 adapter takes the fur trim for the fabric; answers: extractive QA.
    case(
        "X1462-024",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns and a long trousers. The jacket is "
            "with furry fabric. The trousers are with cotton fabric and pure color patterns. This gentleman wears",
            "unsupported",
            hit_limit=True,
        ),
        wearing("long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry", "unsupported"),
        gender="Men",
        title="Jack & Jones Men Teal Solid Quilted Hooded Jacket",
        category="Jackets",
        color="Teal",
    ),
    # Photo: model in a grey wool-blend blazer over a black turtleneck, black trousers. Caption: epoch-1 adapter
    # (turtleneck as sweater, blazer as cotton "outer clothing"); answers: extractive QA, which takes the turtleneck.
    case(
        "X1462-025",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a standing neckline. There is an outer clothing on this gentleman, with cotton fabric and pure "
            "color "
            "patterns. The trousers",
            "contradiction",
            hit_limit=True,
        ),
        wearing("long-sleeve sweater"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted", "contradiction"),
        gender="Men",
        title="Raymond Men Grey Solid Slim Fit Single-Breasted Wool Blend Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: male model in a charcoal crew-neck sweatshirt, black joggers. Caption: epoch-1 adapter, "the female";
    # answers: extractive QA.
    case(
        "X1462-026",
        caption(
            "The female is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The female wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Charcoal Grey Solid Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: flat lay, navy self-design sleeveless Nehru jacket alone on white, no person. Caption: epoch-1 adapter
    # ("tank top", and invents a man's long pants); answers: extractive QA.
    case(
        "X1462-027",
        caption(
            "His tank top has sleeves cut off, cotton fabric and complicated patterns. The neckline of it is standing. "
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "This "
            "man",
            "unsupported",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("complicated", "non_answer"),
        Q.pattern("complicated patterns"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton"),
        gender="Men",
        title="Manyavar Men Navy Blue Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: model in a black denim jacket with a white sherpa collar, open over a grey hoodie, black jeans. Caption:
    # epoch-1 adapter (hoodie first, jacket as denim "outer clothing"); answers: extractive QA.
    case(
        "X1462-028",
        caption(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. There is an outer clothing on the man, with denim fabric and pure color patterns. The man wears a "
            "long",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve sweatshirt"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Men",
        title="Roadster Men Black Solid Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a grey melange full-zip high-neck sweatshirt, navy track pants, black watch on his wrist.
    # Caption: epoch-1 adapter (no fabric sentence for the top; QA takes the pants' cotton, true of the sweatshirt
    # too); answers: extractive QA. The feed row has no gender.
    case(
        "X1462-029",
        caption(
            "The gentleman is wearing a long-sleeve sweatshirt with pure color patterns. It has a standing neckline. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        title="Puma Men Grey Melange Solid Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model in a brown checked tweed blazer over a light blue shirt, navy trousers. Caption: epoch-1 adapter
    # (calls the tweed blazer cotton); answers: extractive QA.
    case(
        "X1462-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The outer clothing this gentleman wears is with cotton fabric and lattice patterns. "
            "The trousers",
            "contradiction",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Park Avenue Men Brown Checked Slim Fit Tweed Blazer",
        category="Blazers",
        color="Brown",
    ),
    # Photo: model in an olive crew-neck sweatshirt, beige chinos. Caption: epoch-1 adapter loops on the fabric
    # sentence; answers: extractive QA.
    case(
        "X1462-031",
        caption(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The sweatshirt is with cotton fabric. The sweatshirt is with cotton fabric. The sweatshirt is "
            "with cotton "
            "fabric. The sweatshirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Dennis Lingo Men Olive Green Solid Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: model in a navy sleeveless V-neck sweater over a white full-sleeve formal shirt, grey trousers. Caption:
    # epoch-1 adapter (shirt first, the sweater as a knitted "vest"); answers: extractive QA.
    case(
        "X1462-032",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man also wears a vest, with knitted fabric and pure color patterns. The trousers "
            "this",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Arrow Men Navy Blue Solid Sleeveless Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: model in a rust corduroy trucker jacket (chest pockets, metal buttons) open over a black tee, blue jeans.
    # Caption: epoch-1 adapter calls the jacket a shirt; answers: extractive QA.
    case(
        "X1462-033",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There "
            "is a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("long pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Mufti Men Rust Solid Corduroy Jacket",
        category="Jackets",
        color="Rust",
    ),
    # Photo: model in a blue nylon hooded rain jacket (windcheater), zipped, black track pants. Caption: epoch-1
    # adapter lets "blue" in (right) and calls the nylon cotton; answers: extractive QA.
    case(
        "X1462-034",
        caption(
            "The man is wearing a long-sleeve blue jacket with pure color patterns. The jacket is with cotton fabric. "
            "The man wears a long pants. The pants are with cotton fabric and pure color patterns. The man wears a "
            "long "
            "pants",
            "unsupported",
            hit_limit=True,
        ),
        wearing("long-sleeve blue jacket"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Wildcraft Men Blue Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Blue",
    ),
    # Photo: model in a grey melange crew-neck cotton sweatshirt, white chinos. Caption: epoch-1 adapter, "upper
    # clothing" template; answers: extractive QA.
    case(
        "X1462-035",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This person wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        wearing("long sleeves", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Grey Melange Pure Cotton Crew Neck Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: male model in a black leather biker jacket over a white tee, blue jeans, no rings. Caption: epoch-1
    # adapter, "the lady" and a ring on "her" finger; answers: extractive QA.
    case(
        "X1462-036",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is a ring on her",
            "pronoun",
            hit_limit=True,
        ),
        wearing("long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        gender="Men",
        title="SELECTED Men Black Solid Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a navy-and-white striped full-sleeve hoodie with the sleeves pushed up to the elbows, black
    # jeans. Caption: epoch-1 adapter reads the pushed sleeves as medium sleeves; answers: extractive QA.
    case(
        "X1462-037",
        caption(
            "The man is wearing a medium-sleeve sweatshirt with striped patterns. The sweatshirt is with cotton "
            "fabric. The man wears a long pants. The pants are with denim fabric and pure color patterns. There is an "
            "accessory "
            "on",
            "unsupported",
            hit_limit=True,
        ),
        wearing("medium-sleeve sweatshirt with striped patterns", "unsupported"),
        Q.garment_type("sweatshirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped patterns"),
        Q.sleeve_length("medium-sleeve", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="The Indian Garage Co Men Navy Blue & White Striped Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: model in a cream-and-gold woven-design sleeveless Nehru jacket over a white full-sleeve kurta, white
    # pyjama. Caption: epoch-1 adapter calls the jacket a tank top; answers: extractive QA.
    case(
        "X1462-038",
        caption(
            "His tank top has sleeves cut off, cotton fabric and complicated patterns. It has a standing neckline. The "
            "man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The pants this "
            "man",
            "contradiction",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt with pure color patterns"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("complicated patterns"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton"),
        gender="Men",
        title="Jompers Men Cream-Coloured & Gold Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Photo: model in a navy V-neck pullover over a white full-sleeve shirt (collar and cuffs showing), grey trousers.
    # Caption: epoch-1 adapter lets "white" in for the shirt (true of it); answers: extractive QA gives the shirt's hue.
    case(
        "X1462-039",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a V-shape neckline. The man wears a white long-sleeve shirt. The shirt is with cotton fabric. The man "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Men",
        title="Allen Solly Men Navy Blue Self Design V-Neck Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: flat lay, black pullover hoodie alone on white, no person. Caption: epoch-1 adapter invents "the lady"
    # wearing it, and her pants; answers: extractive QA.
    case(
        "X1462-040",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Octave Men Black Solid Hooded Sweatshirt",
        color="Black",
    ),
    # Photo: model in a coffee-brown genuine leather jacket over a black tee, blue jeans, watch on the left wrist.
    # Caption: epoch-1 adapter; answers: extractive QA.
    case(
        "X1462-041",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "leather fabric. The pants are with denim fabric and pure color patterns. There is an accessory on his "
            "wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve jacket with pure color patterns and a long pants"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather"),
        gender="Men",
        title="Woodland Men Coffee Brown Solid Genuine Leather Jacket",
        category="Jackets",
        color="Coffee Brown",
    ),
    # Photo: model in a beige linen blazer, unbuttoned, over a white crew-neck tee, white chinos. Caption: epoch-1
    # adapter (tee first, blazer as cotton "outer clothing"); answers: extractive QA.
    case(
        "X1462-042",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. There is an outer clothing on the man, with cotton fabric and pure color patterns. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("short-sleeve T-shirt"),
        Q.garment_type("outer clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Blackberrys Men Beige Solid Slim Fit Linen Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: model in a black sweatshirt with a large multicolour superhero print over the whole front, blue jeans.
    # Caption: epoch-1 adapter calls it pure color; answers: extractive QA.
    case(
        "X1462-043",
        caption(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The man wears a long trousers. The trousers are with denim fabric and "
            "pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Marvel Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in a grey melange turtleneck sweater, blue jeans, watch on his wrist. Caption: epoch-1 adapter, no
    # fabric sentence for the sweater; answers: extractive QA takes the jeans' denim.
    case(
        "X1462-044",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns and a long trousers. It has a "
            "standing neckline. The trousers are with denim fabric and pure color patterns. There is an accessory on "
            "his wrist. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve sweater with pure color patterns and a long trousers"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Monte Carlo Men Grey Melange Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: back view, model in a navy padded nylon jacket (quilted, hood), black track pants. Caption: epoch-1
    # adapter, no sleeve word, loops on the pants; answers: extractive QA, no answer for the sleeves. The feed row
    # has no gender.
    case(
        "X1462-045",
        caption(
            "The man is wearing a jacket with pure color patterns. The jacket is with cotton fabric. The man wears a "
            "long pants. The pants are with cotton fabric and pure color patterns. The man wears a long pants. The "
            "pants are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("jacket with pure color patterns"),
        Q.garment_type("jacket"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("", "non_answer"),
        Q.material("cotton", "unsupported"),
        title="Puma Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
]
