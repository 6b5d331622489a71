"""BLIND_1486 (45 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-fifth session. Measured blind at eb96f22 (the session's fourth rules): 117/149 failures found (78.5%) and 9/162
correct texts flagged (5.6%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets, one Rain Jacket),
the catalog's own columns (title, category = Myntra article type, color = base colour, gender), one of them left out
now and then as a real feed does. Photos are the usual catalog shots: a model on a plain grey or white backdrop, the
product worn over a tee, shirt, turtleneck or kurta with jeans, chinos or churidar; two flat lays, one back view and a
few props (an umbrella, a coffee cup, a backpack, sunglasses).
Who wrote what: every caption is BLIP-2 OPT-2.7b with the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), no prompt, greedy, 50 new tokens. It speaks the
DeepFashion-MultiModal template ("His sweater has long sleeves, cotton fabric and pure color patterns", "This man also
wears an outer clothing, with ...", "The pants this man wears is of long length"), so it has no hue names and names
the upper garment shirt / T-shirt / sweater / tank top / upper clothing; being only one epoch in, the base model's own
style still breaks through now and then ("a man in a black leather jacket and blue jeans.") and then hues appear.
No end-of-caption token was trained, so most captions run to the 50-token limit and are cut, a few loop; some stop on
their own. Every answer (wearing, type, color, pattern, sleeve length, material, sometimes details or a yes/no) is a
span that timpal0l/mdeberta-v3-base-squad2 extracted from that caption, or "" where it chose no answer; so answers
never loop or get cut by themselves (no hit_limit on answers), they inherit the caption's words, and they cannot leak
the prompt (no leak label in this set).
Labeling conventions and judgement calls:
- Judged by the photo I imagined (comment above each case) and the title. A caption cut mid-sentence at the limit is
  `cut` (hit_limit=True); a looping one is `loop`; those two take precedence over whatever else the caption gets
  wrong. Two captions ran exactly to the limit but end on a full stop: marked hit_limit=True and left unmarked.
- A caption that calls a male model "the lady" / "the female" / "her" is `pronoun` (the DeepFashion data is mostly
  women).
- "pure color", "solid color", "graphic", "striped", "lattice", "color block" or "" given for the color question say
  no hue: `non_answer`. The same words for the pattern question are judged as patterns. "upper clothing" / "outer
  clothing" as the garment type, or as what the person wears, say nothing: `non_answer`; "" likewise.
- Answers that describe the layer under the product (the tee under a bomber, the kurta under a Nehru jacket) for
  "What is the person wearing?" are true of the photo and left unmarked; the same span for the garment type, the
  sleeve length or the material of the product is `contradiction`.
- "sweater" for a sweatshirt/hoodie: left unmarked in the open wearing answer (everyday usage), `contradiction` as the
  answer to the closed garment type. "sweater" or "shirt" for a jacket or blazer is `contradiction` everywhere.
- Material: "cotton" for a polyester / nylon / poly-viscose product whose title names no material is `unsupported`
  (invented); where the title names the material (Wool Blend, Denim) or the caption itself gives the product another
  fabric and the answer takes a different garment's, it is `contradiction`. "other fabric" is `non_answer`. "leather"
  for a PU biker jacket left unmarked (looks and is sold as leather-look); "knitting fabric" for a knitted cotton
  sweater left unmarked. Quilting read as "lattice patterns" left unmarked; a one-colour cable or self-design knit
  read as "pure color" left unmarked.
- A hue from another garment (jeans, kurta, trousers) given as the product's color is `other_garment_color`.
- An answer that returns most of the caption for a details question is `restated`; an invented accessory or hat is
  `unsupported`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, details, is_a, wearing

BLIND_1486 = [
    # Photo: front, navy pullover hoodie (kangaroo pocket, drawstrings), light-blue jeans, white sneakers, grey
    # backdrop. Caption: epoch-1 caption adapter, cut at 50 tokens; answers: mdeberta squad2 over the caption.
    case(
        "X1486-001",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this man wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: front, black nylon puffer jacket zipped up, black joggers, grey backdrop. Caption: epoch-1 adapter, the
    # base model's style first, stopped by itself; "cotton" is invented (polyester shell). Answers: extractive QA.
    case(
        "X1486-002",
        caption(
            "a man in a black jacket. The outer clothing is with cotton fabric and pure color patterns. The pants this "
            "man wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a black jacket"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: front, grey melange crew-neck knit pullover, dark navy chinos, grey backdrop. Caption: epoch-1 adapter,
    # stopped by itself, correct. Answers: extractive QA (the wearing span landed on the trousers: true, unmarked).
    case(
        "X1486-003",
        caption(
            "His sweater has long sleeves, knitting fabric and pure color patterns. It has a round neckline. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a long trousers"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitting fabric"),
        details("sweater", "It has a round neckline"),
        gender="Men",
        title="Mast & Harbour Men Grey Melange Solid Pullover Sweater",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: front, navy single-breasted blazer (poly-viscose), white shirt, navy tie, grey trousers, white backdrop.
    # Caption: epoch-1 adapter, cut at 50 tokens. Answers: extractive QA; the type comes from the shirt.
    case(
        "X1486-004",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. It has a lapel neckline. This "
            "gentleman also wears an outer clothing, with cotton fabric and pure color patterns. The trousers this "
            "gentleman wears is of long length. The",
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
        title="Louis Philippe Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: front, beige jacquard (poly-silk) Nehru jacket over a cream cotton kurta and churidar, tan mojaris,
    # studio. Caption: epoch-1 adapter, cut. Answers: extractive QA, mostly from the kurta ("shirt").
    case(
        "X1486-005",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. There is an outer clothing with other fabric and complicated patterns. The lower "
            "clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Manyavar Men Beige Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: front, olive polyester bomber worn open over a white crew tee, black jeans, grey backdrop. Caption:
    # epoch-1 adapter, cut mid-sentence. Answers: extractive QA, the tee's words reused for the bomber.
    case(
        "X1486-006",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man also wears an outer clothing, with cotton fabric and pure color patterns. The "
            "pants this",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="WROGN Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: front, navy crew-neck sweatshirt with a large white brand print on the chest, beige chinos. Caption:
    # epoch-1 adapter, stopped by itself, correct. Answers: extractive QA.
    case(
        "X1486-007",
        caption(
            "His upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.material("cotton fabric"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: front, charcoal diamond-quilted polyester jacket, stand collar, zipped, blue jeans. Caption: epoch-1
    # adapter, loops on two sentences to the limit. Answers: extractive QA; the details span catches the loop.
    case(
        "X1486-008",
        caption(
            "The man wears a long-sleeve sweater with lattice patterns. The sweater is with cotton fabric. It has a "
            "standing neckline. The sweater is with cotton fabric. It has a standing neckline. The sweater is with "
            "cotton fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with lattice patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice patterns"),
        Q.material("cotton", "unsupported"),
        details(
            "jacket",
            "It has a standing neckline. The sweater is with cotton fabric. It has a standing neckline",
            "loop",
        ),
        gender="Men",
        title="Fort Collins Men Charcoal Grey Quilted Jacket",
        category="Jackets",
        color="Charcoal",
    ),
    # Photo: front, maroon V-neck cable-knit pullover over a white shirt collar, grey trousers. Caption: epoch-1
    # adapter, cut. Answers: extractive QA; the details span ends where the caption was cut.
    case(
        "X1486-009",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. The neckline of it is v-shape. The trousers this gentleman wears is of long length. The "
            "trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting fabric"),
        details("sweater", "cotton fabric and pure color", "cut"),
        gender="Men",
        title="Monte Carlo Men Maroon Self Design Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: front, black polyester track jacket with thin white piping down the sleeves, white tee under, black track
    # pants, white sneakers. Caption: epoch-1 adapter, short, stopped by itself; "color block" misreads the piping.
    case(
        "X1486-010",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It has a "
            "standing neckline.",
            "contradiction",
        ),
        wearing("a long-sleeve jacket"),
        Q.garment_type("jacket"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        is_a("jacket", "", "non_answer"),
        gender="Men",
        title="Puma Men Black Solid Sporty Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: front, male model, mustard crew-neck sweatshirt, black jeans, white sneakers. Caption: epoch-1 adapter
    # calls him "the lady", stopped by itself. Answers: extractive QA. Feed row without gender.
    case(
        "X1486-011",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants the lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        title="Highlander Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: front, white hoodie with a large black graphic print, black joggers. Caption: epoch-1 adapter, base-model
    # opening with hues, stopped by itself, correct. Answers: extractive QA, all correct.
    case(
        "X1486-012",
        caption(
            "a man wearing a white hoodie with a black graphic print. The upper clothing is with cotton fabric and "
            "graphic patterns. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a white hoodie with a black graphic print"),
        Q.garment_type("hoodie"),
        Q.color("white"),
        Q.pattern("graphic patterns"),
        Q.material("cotton fabric"),
        gender="Men",
        title="Kook N Keech Men White Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # Photo: front, mid-blue washed denim trucker jacket over a grey hoodie (hood out), black jeans. Caption: epoch-1
    # adapter, cut. Answers: extractive QA; the material span takes the hoodie's "cotton" (first fabric named).
    case(
        "X1486-013",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. This gentleman also wears an outer "
            "clothing, with denim fabric and pure color patterns. The trousers this gentleman wears is of long "
            "length. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("sweater"),
        Q.garment_type("outer clothing", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "contradiction"),
        details("jacket", "denim fabric and", "cut"),
        gender="Men",
        title="Levis Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: front, grey micro-check self-design blazer over a black turtleneck, black trousers, sunglasses in hand,
    # a watch on the wrist. Caption: epoch-1 adapter, stopped by itself, correct. Answers: extractive QA.
    case(
        "X1486-014",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. It has a standing neckline. This man also "
            "wears an outer clothing, with other fabric and lattice patterns. There is an accessory on his wrist."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.material("other fabric", "non_answer"),
        details("blazer", "other fabric and lattice patterns"),
        gender="Men",
        title="Blackberrys Men Grey Self-Design Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: front, cream self-design Nehru jacket (viscose blend) over a maroon kurta, white pyjama. Caption: epoch-1
    # adapter in the base model's words, short, stopped by itself; maroon read as red, cream as white: fair.
    case(
        "X1486-015",
        caption(
            "a man wearing a red kurta and a white vest. The upper clothing is with cotton fabric and pure color "
            "patterns. The lower clothing is of long length."
        ),
        wearing("a red kurta and a white vest"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("red", "other_garment_color"),
        Q.pattern("pure color"),
        Q.material("cotton", "unsupported"),
        is_a("Nehru jacket", "", "non_answer"),
        gender="Men",
        title="Vastramay Men Cream-Coloured Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Photo: front, black PU biker jacket with asymmetric zip, grey tee, blue jeans. Caption: epoch-1 adapter, base
    # style first, ran exactly to the limit on a full stop, correct. Answers: extractive QA ("long length" is the
    # pants', right by accident).
    case(
        "X1486-016",
        caption(
            "a man in a black leather jacket and blue jeans. The outer clothing is with leather fabric and pure color "
            "patterns. The pants this man wears is of long length. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a black leather jacket and blue jeans"),
        Q.garment_type("leather jacket"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("long length"),
        Q.material("leather"),
        gender="Men",
        title="Roadster Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: front, polyester windcheater, black body with a red chest panel, hood down, grey joggers; no hat.
    # Caption: epoch-1 adapter, invents a hat, cut. Answers: extractive QA.
    case(
        "X1486-017",
        caption(
            "The man wears a long-sleeve sweater with color block patterns. The sweater is with other fabric. It has a "
            "standing neckline. There is a hat on his head. The pants this man wears is of long length. The pants are "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with color block patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block patterns"),
        Q.material("other fabric", "non_answer"),
        details("jacket", "There is a hat on his head", "unsupported"),
        gender="Men",
        title="Campus Sutra Men Black & Red Colourblocked Windcheater Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: back view, grey melange hoodie (hood down), black joggers, white backdrop. Caption: epoch-1 adapter,
    # short, stopped by itself, correct. Answers: extractive QA.
    case(
        "X1486-018",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: front, navy crew-neck sweater with white horizontal chest stripes, beige chinos. Caption: epoch-1
    # adapter, cut. Answers: extractive QA, right but for the color.
    case(
        "X1486-019",
        caption(
            "This gentleman wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        Q.garment_type("sweater"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting fabric"),
        gender="Men",
        title="Allen Solly Men Navy Blue Striped Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: front, blue glen-check cotton-blend casual blazer worn open over a white crew tee, dark jeans. Caption:
    # epoch-1 adapter, cut. Answers: extractive QA; type, sleeves and pattern come from the tee.
    case(
        "X1486-020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. This gentleman also wears an outer clothing, with cotton fabric and lattice "
            "patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        title="Van Heusen Men Blue Checked Slim Fit Casual Blazer",
        category="Blazers",
        color="Blue",
    ),
    # Photo: front, green paisley-printed cotton Nehru jacket over a white kurta. Caption: epoch-1 adapter, loops to
    # the limit. Answers: extractive QA; "tank top" is wrong, "sleeveless" and "floral" are right.
    case(
        "X1486-021",
        caption(
            "The person wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. The "
            "neckline of it is standing. The tank top is with cotton fabric. The neckline of it is standing. The tank "
            "top is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with floral patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="See Designs Men Green Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
    ),
    # Photo: flat lay on white, olive hooded padded jacket (nylon shell), zipped, no person. Caption: epoch-1 adapter
    # invents a person, a hat and pants, cut. Answers: extractive QA.
    case(
        "X1486-022",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. There is a hat on his head. The pants this person wears is of long length. The pants "
            "are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Indian Terrain Men Olive Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: front, navy V-neck pure-cotton pullover over a white tee, stone chinos. Caption: epoch-1 adapter,
    # stopped by itself, correct. Answers: extractive QA.
    case(
        "X1486-023",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is v-shape. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton fabric"),
        details("sweater", "The neckline of it is v-shape"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Pure Cotton Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: front, black polyester track jacket with white three stripes down the sleeves, black track pants, no
    # watch. Caption: epoch-1 adapter, base style first, invents a wrist accessory, stopped at 49 tokens.
    case(
        "X1486-024",
        caption(
            "a man in a black and white jacket. The outer clothing is with cotton fabric and striped patterns. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a black and white jacket"),
        Q.garment_type("jacket"),
        Q.color("black and white"),
        Q.pattern("striped patterns"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Adidas Men Black Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: front, beige cable-knit crew-neck sweater, brown corduroy trousers. Caption: epoch-1 adapter, cut.
    # Answers: extractive QA ("knitting fabric" for a knitted cotton sweater: right).
    case(
        "X1486-025",
        caption(
            "This man wears a long-sleeve sweater with complicated patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with complicated patterns"),
        Q.garment_type("sweater"),
        Q.color("", "non_answer"),
        Q.pattern("complicated patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting fabric"),
        gender="Men",
        title="Marks & Spencer Men Beige Cable Knit Pure Cotton Sweater",
        category="Sweaters",
        color="Beige",
    ),
    # Photo: front, navy V-neck sleeveless acrylic sweater vest over a light-blue formal shirt, grey trousers.
    # Caption: epoch-1 adapter, cut. Answers: extractive QA, from the shirt where the vest was asked about.
    case(
        "X1486-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is a tank top with knitting fabric and pure color patterns. The trousers "
            "this gentleman wears is of long length",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Peter England Men Navy Blue Solid Sleeveless Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: front, male model holding a paper coffee cup, grey crew sweatshirt with a chest print, blue jeans.
    # Caption: epoch-1 adapter calls him "the female", stopped by itself. Feed row without the color column.
    case(
        "X1486-027",
        caption(
            "The female wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.material("cotton"),
        gender="Men",
        title="Being Human Men Grey Printed Sweatshirt",
        category="Sweatshirts",
    ),
    # Photo: front, navy poly-viscose bandhgala buttoned to the mandarin collar, white pocket square, beige trousers;
    # nothing under it shows. Caption: epoch-1 adapter names the bandhgala a shirt, stopped by itself.
    case(
        "X1486-028",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. It has a standing neckline. The "
            "trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Raymond Men Navy Blue Tailored Fit Bandhgala Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: front, camel wool-blend longline jacket worn open over a black turtleneck, black trousers. Caption:
    # epoch-1 adapter, base style first with hues, cut. Answers: extractive QA; the color span took "black".
    case(
        "X1486-029",
        caption(
            "a man wearing a brown coat and black pants. The outer clothing is with cotton fabric and pure color "
            "patterns. This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown coat and black pants"),
        Q.garment_type("coat"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Jack & Jones Men Camel Brown Solid Longline Jacket",
        category="Jackets",
        color="Camel Brown",
    ),
    # Photo: front, rust zip-up hoodie worn open over a white tee, black jeans. Caption: epoch-1 adapter, cut.
    # Answers: extractive QA; type and sleeves taken from the tee.
    case(
        "X1486-030",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man also wears an outer clothing, with cotton fabric and pure color patterns. The "
            "pants this man",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Rust Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Rust",
    ),
    # Photo: front, teal crew-neck sweatshirt, black joggers, grey backdrop. Caption: epoch-1 adapter, stopped by
    # itself, correct. Answers: extractive QA (a whole sentence for wearing: long, but it answers). No gender column.
    case(
        "X1486-031",
        caption(
            "His upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "pants this gentleman wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("His upper clothing has long sleeves, cotton fabric and pure color patterns"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        title="HRX by Hrithik Roshan Men Teal Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # Photo: front, red nylon hooded rain jacket (hood down), navy trousers, holding a black umbrella. Caption: epoch-1
    # adapter, base style first, stopped by itself; "cotton" is the pants'. Answers: extractive QA.
    case(
        "X1486-032",
        caption(
            "a man in a red jacket holding an umbrella. The outer clothing is with other fabric and pure color "
            "patterns. The pants this man wears is of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a red jacket"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.material("cotton", "contradiction"),
        is_a("rain jacket", "", "non_answer"),
        gender="Men",
        title="Wildcraft Men Red Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Red",
    ),
    # Photo: front, indigo block-printed cotton Nehru jacket over a white kurta, white churidar. Caption: epoch-1
    # adapter, cut. Answers: extractive QA; "vest" for a Nehru jacket accepted.
    case(
        "X1486-033",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. This man also wears a vest with cotton fabric and floral patterns. The lower clothing "
            "is of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("vest"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Blue Cotton Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
    ),
    # Photo: front, coffee-brown acrylic button cardigan worn open over a white tee, blue jeans. Caption: epoch-1
    # adapter, cut. Answers: extractive QA; sleeves and fabric taken from the tee.
    case(
        "X1486-034",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The outer clothing is a cardigan with knitting fabric and pure color patterns. The "
            "pants this man wears is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("cardigan"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Roadster Men Coffee Brown Solid Cardigan",
        category="Sweaters",
        color="Coffee Brown",
    ),
    # Photo: front, charcoal wool-blend blazer, light-pink shirt, grey trousers. Caption: epoch-1 adapter calls the
    # man "the lady", stopped by itself. Answers: extractive QA.
    case(
        "X1486-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. It has a lapel neckline. This lady also "
            "wears an outer clothing, with cotton fabric and pure color patterns. The pants the lady wears is of long "
            "length.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Wool Blend Slim Fit Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: flat lay on white, black crew sweatshirt with a white slogan print on the chest. Caption: epoch-1
    # adapter, short, no person invented, correct. Answers: extractive QA.
    case(
        "X1486-036",
        caption("The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline."),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Kook N Keech Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: front, olive sleeveless nylon puffer gilet over a black long-sleeve henley, blue jeans. Caption: epoch-1
    # adapter, cut. Answers: extractive QA. Feed row without the category column.
    case(
        "X1486-037",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. There is a tank top with cotton fabric and lattice patterns. The pants this man wears is "
            "of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("lattice patterns"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Highlander Men Olive Solid Sleeveless Puffer Jacket",
        color="Olive",
    ),
    # Photo: front, olive V-neck knit sweater over a white shirt, navy chinos. Caption: epoch-1 adapter, "her" and
    # "the lady" for a male model, stopped by itself. Answers: extractive QA.
    case(
        "X1486-038",
        caption(
            "Her sweater has long sleeves, knitting fabric and pure color patterns. The neckline of it is v-shape. "
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("sweater"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitting fabric"),
        details("sweater", "The neckline of it is v-shape"),
        gender="Men",
        title="Van Heusen Men Olive Solid V-Neck Sweater",
        category="Sweaters",
        color="Olive",
    ),
    # Photo: front, navy hoodie with a white chest band (colourblocked), black joggers. Caption: epoch-1 adapter,
    # loops on one sentence to the limit. Answers: extractive QA.
    case(
        "X1486-039",
        caption(
            "The man wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric and "
            "color block patterns. The sweater is with cotton fabric and color block patterns. The sweater is with "
            "cotton fabric and color block",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with color block patterns"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block patterns"),
        Q.material("cotton fabric"),
        gender="Men",
        title="Campus Sutra Men Navy Blue & White Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: front, khaki cotton-twill lightweight jacket zipped, blue jeans. Caption: epoch-1 adapter, base style
    # first, ran exactly to the limit on a full stop, correct. Answers: extractive QA; the color span took the jeans'.
    case(
        "X1486-040",
        caption(
            "a man in a beige jacket and blue jeans. The outer clothing is with cotton fabric and pure color "
            "patterns. The pants this man wears is of long length. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a beige jacket and blue jeans"),
        Q.garment_type("jacket"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender="Men",
        title="Indian Terrain Men Khaki Solid Lightweight Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # Photo: front, red crew-neck knit pullover over a white shirt collar, navy chinos. Caption: epoch-1 adapter,
    # base style first, cut. Answers: extractive QA, all right.
    case(
        "X1486-041",
        caption(
            "a man wearing a red sweater and a white shirt. His sweater has long sleeves, knitting fabric and pure "
            "color patterns. It has a round neckline. The trousers this gentleman wears is of long length. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a red sweater and a white shirt"),
        Q.garment_type("sweater"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitting fabric"),
        gender="Men",
        title="Tommy Hilfiger Men Red Solid Pullover",
        category="Sweaters",
        color="Red",
    ),
    # Photo: front, black poly-viscose party blazer with satin peak lapels, white shirt, black bow tie, black
    # trousers. Caption: epoch-1 adapter reads the satin as leather, cut. Answers: extractive QA.
    case(
        "X1486-042",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. It has a lapel neckline. There is "
            "neckwear on the gentleman. This gentleman also wears an outer clothing, with leather fabric and pure "
            "color patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("leather", "unsupported"),
        details("blazer", "It has a lapel neckline"),
        gender="Men",
        title="Peter England Men Black Solid Slim Fit Party Blazer",
        category="Blazers",
        color="Black",
    ),
    # Photo: front, black hooded nylon puffer jacket, a backpack strap over one shoulder, grey joggers. Caption: epoch-1
    # adapter, loops on one sentence to the limit. Answers: extractive QA.
    case(
        "X1486-043",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with cotton fabric. The "
            "sweater is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: front, tan suede-finish (polyester) trucker jacket open over a white tee, black jeans. Caption: epoch-1
    # adapter, base style first, cut. Answers: extractive QA; sleeves from the tee.
    case(
        "X1486-044",
        caption(
            "a man wearing a brown leather jacket. The outer clothing is with leather fabric and pure color patterns. "
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown leather jacket"),
        Q.garment_type("leather jacket"),
        Q.color("brown"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Fort Collins Men Tan Brown Solid Suede Finish Trucker Jacket",
        category="Jackets",
        color="Tan",
    ),
    # Photo: front, grey melange crew-neck sweatshirt, black chinos. Caption: epoch-1 adapter, stopped by itself,
    # correct. Answers: extractive QA; the details span is nearly the whole caption, pants included.
    case(
        "X1486-045",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this man wears is of long length."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details(
            "sweatshirt",
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this man wears is of long length",
            "restated",
        ),
        gender="Men",
        title="Allen Solly Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
]
