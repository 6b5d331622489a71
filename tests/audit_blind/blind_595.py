"""BLIND_595 (46 products; Myntra men's and boys' bottoms on model shots): written blind in the fifty-second session.
Measured blind at 2b2b7dc (the session's seventh rules): 111/125 failures found (88.8%) and 2/184 correct texts flagged
(1.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and boys' bottoms: shorts, track pants, joggers, cargo trousers, jeans and
chinos. Every photo is a catalog model shot on the usual white backdrop with a top worn (t-shirt, polo, tank, hoodie,
shirt, sometimes a jacket or sweater layered over it), mostly front views, a few turned to the side; shoes show in
most. The seller columns are title, category (Myntra's article type) and color (Myntra's base colour); a few rows lack
the category or the color, as real feeds do. One seller color is off the photo (X595-026: khaki shorts sold as
Brown).

Who wrote what: every caption comes from the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, 50 new tokens). It writes the DeepFashion-MultiModal
template: "The man is wearing a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt
is with cotton fabric...", pattern words instead of hue names, "long pants"/"three-point shorts" for the bottoms, now
and then "The lady"/"The woman" learned from a women-heavy training set, "There is an accessory on his wrist" whether
or not there is one, and, with no end token, it either repeats its first sentence or is cut at 50 tokens. Every
answer comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): closed questions (garment type, color, pattern,
fit, "Is this a pair of ...?" and the stored-closed color_of questions) through enrich's --engine reference, which
picks one candidate, so those never loop or get cut; open questions (what is he wearing, describe, details,
waistband, pockets, material, and color_of stored open) are free generation with 30 new tokens. The VQA adapter is
short and mostly right on "what is he wearing", drifts to the top's color when asked the bottom's color, invents
details it cannot see (back pockets, linings, fabric technologies), runs on with "Question: ... Answer:" after its
answer, and loops on a word or a clause.

Labeling conventions and judgement calls:
- One label per text, the most specific one: a loop or a leak that also ran to the token limit is labeled loop or
  leak (with hit_limit=True), not cut. Cut is only for a text that stops mid-phrase at the limit without repeating.
- A color of the worn top given to the bottom (the product) is other_garment_color. The top's own color question
  answered with the bottom's color is also other_garment_color (the asked garment got another garment's color).
- A wrong hue for the product that is not the top's color (navy read as black, maroon as brown, white as grey,
  olive as khaki, dark brown as black, black jeans as blue) is contradiction; so is a wrong garment type (jeans for
  chinos or cargo joggers, shorts, jeans or leggings for track pants, track pants for shorts, jeans for trousers), a
  pattern taken from the top (striped for solid shorts under a striped polo), a wrong pattern word in a caption
  (floral for camo, plaid for solid trousers), and "the same color for both garments" in a wearing answer when the
  top's own color question has it right.
- Unsupported: details nobody can see on a front shot (back pockets, patches on the back, inner linings, hidden
  pockets), fabric technologies and compositions not in the title (UPF, waterproof, 2% lycra, recycled), and
  accessories that are not in the photo (hat, necklace, sunglasses). A caption's accessory line is correct when the
  photo shows it (X595-034's watch, belts on X595-009/036/044).
- A material answer is correct when the title or the photo settles it ("denim" for jeans, "polyester" for a
  Dri-FIT short); "denim" for cotton joggers worn under a denim jacket is a contradiction.
- Leak: any "Question:" or "Answer:" of the prompt format in the text, at its start or after a right answer.
- Restated: the answer gives the question's own words back as a sentence ("the jeans details are the details on
  the jeans"). Non_answer: a one-word, yes/no, or garment-name-only reply to an open question ("yes", "no",
  "chinos", "they are shorts", "the trousers are long").
- Pronoun: she/her/lady/woman for a Men or Boys product, in a caption or an open answer.
- Correct answers accept near shades and synonyms of the seller color (olive as green, charcoal as dark grey,
  khaki as beige, maroon as red, dark indigo as navy blue), joggers as track pants or pants, chinos as trousers or
  pants, sweatpants for track pants, and the caption template's "pure color patterns" for solid and "color block"
  for a contrast side panel. Side tapes and three-stripes count as "striped" for the closed pattern question.
- X595-026's answers (khaki, beige) follow the photo, not the seller's Brown, and are labeled correct.
- A caption that names the top's pattern (graphic, plaid, striped) is correct when the top has it.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

FIT = question("fit", "What is the fit of the garment?", "closed")
WAIST = question("waistband", "What kind of waistband does it have?", "open")
POCKETS = question("pockets", "How many pockets does it have?", "open")

BLIND_595 = [
    # photo: navy blue shorts with a small white swoosh on the left leg, white crew-neck t-shirt, white sneakers,
    # white backdrop, front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-001",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are with pure color patterns."
        ),
        wearing("a white t-shirt and navy blue shorts", who="he"),
        color_of("shorts", "white", "other_garment_color"),
        Q.garment_type("shorts"),
        details("shorts", "a small white logo on the left leg and an elastic waistband"),
        material("polyester"),
        is_a("pair of track pants", "yes", "contradiction"),
        POCKETS("two side pockets and a zippered back pocket", "unsupported"),
        title="Nike Men Navy Blue Dri-FIT Training Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track pants with thin white piping down each side, grey melange t-shirt, black shoes, white
    # backdrop, model turned three-quarters. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-002",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The pants this lady wears is of long length. The pants are with cotton fabric and solid color patterns.",
            "pronoun",
        ),
        wearing("a grey t-shirt and black track pants with a white stripe", who="he"),
        color_of("track pants", "black"),
        describe("track pants", "black track pants with white piping on the sides and an elastic waist"),
        is_a("pair of track pants", "yes"),
        details(
            "track pants",
            "the track pants have a drawstring, a drawstring, a drawstring, a drawstring, a drawstring, a drawstring",
            "loop",
            hit_limit=True,
        ),
        WAIST(
            "Answer: elastic Question: What kind of waistband does it have? Answer: elastic Question: What kind of",
            "leak",
            hit_limit=True,
        ),
        title="Puma Men Black Essential Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with light fading on the thighs, black polo t-shirt worn untucked, brown boots,
    # white backdrop, front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-003",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns and a long denim pants. The shirt is "
            "with cotton fabric and it has a lapel neckline. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("black polo shirt and blue jeans", who="he"),
        color_of("jeans", "black", "other_garment_color"),
        Q.color("blue"),
        details("jeans", "five pockets, a button fly and a leather patch at the back", "unsupported"),
        material("denim"),
        is_a("pair of jeans", "yes"),
        title="Levis Men Blue 511 Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: a boy in olive cargo shorts with flap pockets on both sides, red t-shirt with a yellow car print,
    # white sneakers, white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-004",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("he is wearing a red t-shirt and green shorts", who="the boy"),
        color_of("shorts", "red", "other_garment_color"),
        describe("shorts", "olive green cargo shorts with two flap pockets on the sides"),
        details("shorts", "the shorts details are the details of the shorts", "restated"),
        Q.garment_type("shorts"),
        title="Gini and Jony Boys Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: black track pants with three white stripes down the sides and zips at the ankles, black t-shirt with a
    # white chest logo, white backdrop, front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-005",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and striped patterns."
        ),
        wearing("black t-shirt and black track pants with white stripes", who="he"),
        Q.pattern("striped"),
        color_of("track pants", "black"),
        describe(
            "track pants", "black track pants with three white stripes down the sides, zip pockets and zipped ankles"
        ),
        material("polyester and spandex with a moisture-wicking lining", "unsupported"),
        title="ADIDAS Men Black Tiro Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange joggers with ribbed ankle cuffs, navy blue pullover hoodie, white sneakers, no watch or
    # jewelry, white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-006",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on his "
            "wrist.",
            "unsupported",
        ),
        wearing("a navy blue hoodie and grey joggers", who="the man"),
        color_of("joggers", "navy blue", "other_garment_color"),
        Q.garment_type("joggers"),
        details("joggers", "ribbed cuffs at the ankles, a drawstring waist and side pockets"),
        WAIST("elastic with a drawstring"),
        title="Proline Men Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: a boy in navy track pants with a red and white stripe down each side, white t-shirt with a small
    # printed robot, white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-007",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "trousers this boy wears is of long length. The trousers are with cotton fabric and color block patterns."
        ),
        wearing("a white t-shirt and blue track pants", who="the boy"),
        color_of(
            "track pants",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        is_a("pair of track pants", "yes"),
        describe("track pants", "she is wearing blue track pants with red stripes", "pronoun"),
        title="Ant Kids Boys Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: black jeans with a slight wash, white long-sleeve shirt with rolled sleeves worn untucked, brown shoes,
    # white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-008",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
            "with cotton fabric and it has a lapel neckline. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a white shirt and black jeans", who="he"),
        color_of("jeans", "blue", "contradiction"),
        color_of("shirt", "white"),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: the jeans have five pockets Question: What are the",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Wrangler Men Black Skanders Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: khaki slim chinos, navy polo tucked in, brown leather belt, brown loafers, white backdrop, front view.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-009",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. There is a belt on his waist."
        ),
        wearing("a navy blue polo shirt tucked into beige chinos with a brown belt", who="he"),
        Q.garment_type("jeans", "contradiction"),
        Q.color("khaki"),
        FIT("slim"),
        material("cotton twill with 2% lycra for stretch", "unsupported"),
        describe("chinos", "chinos", "non_answer"),
        title="Basics Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: red running shorts with black side panels, black tank top, black running shoes, white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-010",
        caption(
            "The man is wearing a sleeveless tank shirt with pure color patterns and a three-point shorts. The tank "
            "shirt is with cotton fabric. The shorts are with cotton fabric and color block patterns."
        ),
        wearing("a black tank top and red shorts", who="he"),
        color_of("shorts", "black", "other_garment_color"),
        Q.pattern("color block"),
        details("shorts", "they are shorts", "non_answer"),
        WAIST(
            "elastic waistband with a drawstring and a drawstring and a drawstring and a drawstring and a drawstring",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants", "contradiction"),
        title="Reebok Men Red Running Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: light blue skinny jeans ripped at both knees, grey t-shirt with a black city print, white sneakers,
    # white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-011",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("grey t-shirt, ripped blue jeans and white shoes", who="he"),
        color_of("jeans", "light blue"),
        describe("jeans", "light blue skinny jeans with rips on the knees"),
        details("jeans", "the jeans have a small tear on the left knee and a drawstring waist", "unsupported"),
        FIT("skinny"),
        Q.garment_type("jeans"),
        title="Flying Machine Men Light Blue Skinny Fit Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: a boy in grey melange joggers with an elastic waist and cuffs, mustard yellow hooded sweatshirt,
    # white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-012",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("yellow hoodie and grey pants", who="the boy"),
        color_of("joggers", "yellow", "other_garment_color"),
        Q.color("grey"),
        describe("joggers", "grey jogger pants with an elastic waist and cuffed ankles"),
        material("yes", "non_answer"),
        Q.garment_type("shorts", "contradiction"),
        title="Doodle Boys Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: olive cargo trousers with flap pockets on the thighs, black crew t-shirt, black boots, white backdrop,
    # front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-013",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("black t-shirt and olive green cargo pants", who="he"),
        color_of("pants", "black", "other_garment_color"),
        POCKETS(
            "six pockets including two cargo pockets with flaps, two slant pockets and two back pockets", "unsupported"
        ),
        details("cargo pants", "flap pockets on the thighs, belt loops and a button closure"),
        Q.garment_type("trousers"),
        describe("cargo pants", "khaki cargo pants with flap pockets", "contradiction"),
        title="Mr.Men Men Olive Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: charcoal fleece joggers with a black swoosh on the left thigh and cuffed ankles, white hoodie, white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-014",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white hoodie and dark grey joggers"),
        color_of(
            "joggers",
            "dark grey dark grey dark grey dark grey dark grey dark grey dark grey dark grey dark grey dark",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("grey"),
        details("joggers", "a black nike logo on the left thigh, cuffed ankles and side pockets"),
        describe("joggers", "white joggers with a black logo", "other_garment_color"),
        is_a("pair of joggers", "yes"),
        title="Nike Men Charcoal Club Fleece Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: dark indigo regular jeans with light whiskering, grey and white checked shirt worn untucked, white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-015",
        caption(
            "The man is wearing a long-sleeve shirt with plaid patterns and a long denim pants. The shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a checked shirt and jeans", who="he"),
        Q.color("navy blue"),
        color_of("shirt", "blue", "other_garment_color"),
        details("jeans", "dark wash with whiskering, five pockets and a button and zip fly"),
        describe(
            "jeans",
            "Answer: dark blue jeans with a regular fit Answer: dark blue jeans with a regular fit Answer:",
            "leak",
            hit_limit=True,
        ),
        material("100% cotton denim, 12 oz, made in India", "unsupported"),
        title="Lee Men Dark Blue Chicago Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: a boy in navy chino shorts with belt loops, blue and white horizontally striped polo t-shirt, white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-016",
        caption(
            "The boy is wearing a short-sleeve polo shirt with striped patterns and a three-point shorts. The shirt "
            "is with cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a striped polo shirt and navy shorts", who="the boy"),
        Q.pattern("striped", "contradiction"),
        color_of("shorts", "navy blue"),
        details("shorts", "no", "non_answer"),
        describe("shorts", "blue shorts with a button and belt loops"),
        title="612 League Boys Navy Blue Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: black training shorts with a small white cat logo on the left leg, lime green t-shirt, white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-017",
        caption(
            "The woman is wearing a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("he is wearing a black t-shirt and black shorts", "contradiction", who="he"),
        color_of("shorts", "black"),
        color_of("t-shirt", "green"),
        details(
            "shorts",
            "a white puma logo on the left leg and a mesh lining with a key pocket inside the waistband",
            "unsupported",
        ),
        Q.garment_type("shorts"),
        title="Puma Men Black Active Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: beige slim trousers, navy blazer open over a white shirt, brown shoes, white backdrop, front view.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-018",
        caption(
            "The man is wearing a long-sleeve suit with pure color patterns and a long trousers. The suit is with "
            "cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a navy blazer, a white shirt and beige pants", who="the man"),
        Q.color("navy blue", "other_garment_color"),
        color_of(
            "trousers",
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        describe("trousers", "beige slim fit trousers with a flat front and belt loops"),
        details(
            "trousers",
            "a flat front with slant pockets, belt loops and a button closure and a zip fly and the hems are",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Men Beige Slim Fit Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: royal blue track pants with a white and red logo tape down each side, white t-shirt, white backdrop.
    # The feed row has no color. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-019",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue track pants with a white stripe on the side", who="he"),
        color_of("track pants", "white", "other_garment_color"),
        Q.pattern("striped"),
        details("track pants", "logo tape down the sides, zip pockets and a drawstring waist"),
        is_a("pair of jeans", "no"),
        describe("track pants", "describe the track pants", "restated"),
        title="Kappa Men Blue Banda Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: a boy in mid-blue denim shorts with turned-up hems, orange t-shirt with a printed dinosaur, no hat,
    # white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-020",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with denim fabric and pure color patterns. There is a hat on his "
            "head.",
            "unsupported",
        ),
        wearing("an orange t-shirt and blue denim shorts", who="the boy"),
        color_of("shorts", "orange", "other_garment_color"),
        describe("shorts", "she is wearing blue denim shorts", "pronoun"),
        details("shorts", "folded hems, five pockets and a button closure"),
        material("denim"),
        Q.garment_type("shorts"),
        title="Palm Tree Boys Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: white tennis shorts with a small red and blue logo, navy polo with white tipping on the collar, white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-021",
        caption(
            "The man is wearing a short-sleeve polo shirt with pure color patterns and a three-point shorts. The "
            "shirt is with cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("navy polo shirt and white shorts", who="he"),
        Q.color("white"),
        color_of("polo shirt", "white", "other_garment_color"),
        describe("shorts", "the shorts are white with a small fila logo on the leg"),
        WAIST("elastic"),
        color_of("shorts", "grey", "contradiction", kind="open"),
        title="Fila Men White Tennis Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: grey washed slim jeans, black leather jacket open over a white t-shirt, no necklace, black boots,
    # white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-022",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is "
            "with leather fabric. There is an accessory on his neck. The pants are with denim fabric.",
            "unsupported",
        ),
        wearing("a black leather jacket, a white t-shirt and grey jeans", who="he"),
        color_of("jeans", "black", "other_garment_color"),
        color_of("t-shirt", "white"),
        describe(
            "jeans",
            "grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans",
            "loop",
            hit_limit=True,
        ),
        FIT("slim"),
        title="Jack & Jones Men Grey Glenn Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: navy shorts with three white stripes on each side, light grey t-shirt, white backdrop, front view.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-023",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric and striped patterns."
        ),
        wearing("a grey t-shirt and blue shorts with white stripes", who="he"),
        color_of(
            "shorts",
            "navy blue Question: What is the color of the t-shirt? Answer: grey Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        details("shorts", "three white stripes on each side and an elastic waistband with a drawcord"),
        is_a("pair of shorts", "yes"),
        describe(
            "shorts",
            "navy blue shorts with three white stripes on the sides and an elastic waistband with a white drawcord "
            "and a small white",
            "cut",
            hit_limit=True,
        ),
        title="ADIDAS Men Navy Blue 3-Stripes Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: a boy in black tapered track pants, red t-shirt with a white swoosh, black shoes, white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-024",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a red t-shirt and black pants", who="the boy"),
        color_of("track pants", "red", "other_garment_color", kind="open"),
        Q.color("black"),
        describe("track pants", "yes", "non_answer"),
        details(
            "track pants",
            "elastic waist, zip pockets, reflective strips at the ankles and a hidden phone pocket",
            "unsupported",
        ),
        Q.garment_type("leggings", "contradiction"),
        title="Nike Boys Black Tapered Track Pants",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: black slim joggers with cargo pockets and elastic cuffs, light blue denim jacket open over a white
    # t-shirt, white sneakers, white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-025",
        caption(
            "The man is wearing a long-sleeve denim jacket with pure color patterns and a long pants. The jacket is "
            "with denim fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a denim jacket over a white t-shirt and black joggers", who="he"),
        color_of("joggers", "blue", "other_garment_color"),
        describe("joggers", "black joggers with cargo pockets on the side and elastic cuffs"),
        details("joggers", "the details of the joggers are the joggers details", "restated"),
        Q.garment_type("jeans", "contradiction"),
        material("denim", "contradiction"),
        title="Roadster Men Black Slim Fit Cargo Joggers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: khaki cargo shorts with two side cargo pockets, olive green t-shirt, white backdrop. The seller's
    # color says Brown, the photo is a light khaki. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-026",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a medium shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("an olive t-shirt and khaki cargo shorts", who="he"),
        Q.color("olive", "other_garment_color"),
        color_of("shorts", "beige", kind="open"),
        POCKETS("two cargo pockets and two side pockets"),
        details(
            "shorts", "cargo pockets with velcro flaps and a built-in belt, UPF 50 sun protection fabric", "unsupported"
        ),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Columbia Men Brown Silver Ridge Cargo Shorts",
        category="Shorts",
        color="Brown",
        gender="Men",
    ),
    # photo: a boy in navy chinos, red and black checked flannel shirt open over a white t-shirt, white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-027",
        caption(
            "The boy is wearing a long-sleeve shirt with plaid patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are with cotton fabric and plaid patterns.",
            "contradiction",
        ),
        wearing("a red checked shirt over a white t-shirt and blue pants", who="the boy"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        color_of("trousers", "red and black checks", "other_garment_color", kind="open"),
        describe("trousers", "the trousers are long", "non_answer"),
        title="United Colors of Benetton Boys Navy Blue Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: light grey track pants with black side panels and a small black logo on the left thigh, black
    # t-shirt, black sneakers, white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-028",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. The man is wearing a "
            "short-sleeve T-shirt with pure color patterns and a long pants. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a black t-shirt and grey sweatpants"),
        color_of("track pants", "grey"),
        Q.color("black", "other_garment_color"),
        details("track pants", "black panels on the sides and a puma logo on the thigh"),
        describe(
            "track pants",
            "grey track pants with black panels on the sides and a puma logo on the left thigh and an elastic "
            "waistband with a white",
            "cut",
            hit_limit=True,
        ),
        material("100% recycled polyester", "unsupported"),
        title="Puma Men Grey Colourblocked Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: medium blue straight jeans, maroon long-sleeve henley t-shirt, brown shoes, white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-029",
        caption(
            "The man is wearing a long-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt "
            "is with cotton fabric and its neckline is round. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a maroon t-shirt and blue jeans", who="he"),
        color_of("jeans", "maroon", "other_garment_color"),
        color_of("t-shirt", "red"),
        details("jeans", "the jeans", "non_answer"),
        is_a("pair of jeans", "yes"),
        describe("jeans", "black jeans with a straight fit", "contradiction"),
        title="Pepe Jeans Men Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: a boy in grey camouflage print shorts with an elastic waist, black t-shirt, white backdrop.
    # The feed row has no category. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-030",
        caption(
            "The boy is wearing a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric and floral patterns.",
            "contradiction",
        ),
        wearing("a black t-shirt and camouflage shorts", who="the boy"),
        Q.pattern("camouflage"),
        Q.color("grey"),
        describe("shorts", "grey camo shorts with an elastic waist"),
        details(
            "shorts",
            "the shorts have a camouflage print and the shorts have a camouflage print and the shorts have a",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "cotton Question: What is the pattern of the garment? Answer: camouflage Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Doodle Boys Grey Camouflage Print Shorts",
        color="Grey",
        gender="Boys",
    ),
    # photo: maroon track pants with white piping down the sides, white t-shirt, white sports shoes, white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-031",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white t-shirt and red track pants", who="he"),
        color_of("track pants", "brown", "contradiction"),
        Q.garment_type("track pants"),
        describe("track pants", "maroon track pants with white piping down the side"),
        material("polyester with a waterproof coating", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Reebok Men Maroon Training Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive chinos with rolled hems, white and navy horizontally striped t-shirt, white sneakers, white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-032",
        caption(
            "The man is wearing a short-sleeve T-shirt with striped patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a striped t-shirt and olive green pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        details("chinos", "rolled up hems, slant pockets and belt loops"),
        describe(
            "chinos",
            "Question: Describe the chinos. Answer: olive chinos with rolled hems Question: Describe the t-shirt.",
            "leak",
            hit_limit=True,
        ),
        FIT("slim"),
        title="Indigo Nation Men Olive Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: a boy in dark blue jeans, green pullover hoodie, white sneakers, white backdrop, front view.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-033",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a green hoodie and blue jeans", who="the boy"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "adjustable waist with buttons inside, five pockets and an embroidered patch on the back pocket",
            "unsupported",
        ),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        WAIST("the waistband is the waistband of the jeans", "restated"),
        title="Gini and Jony Boys Dark Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: black shorts with split side hems and a small white swoosh, white tank top, black sports watch on the
    # left wrist, white backdrop, side view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-034",
        caption(
            "The man is wearing a sleeveless tank shirt with pure color patterns and a three-point shorts. The tank "
            "shirt is with cotton fabric. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a white tank top and black shorts", "pronoun", who="he"),
        color_of("shorts", "black"),
        Q.garment_type("shorts"),
        details("shorts", "split hems at the sides and a small white swoosh"),
        describe("shorts", "black shorts with a white logo"),
        title="Nike Men Black Flex Stride Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: navy track pants with a lime green stripe down each side, lime green t-shirt, white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-035",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and color block patterns."
        ),
        wearing("a green t-shirt and dark blue track pants"),
        color_of("track pants", "green", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("track pants", "green stripes on the side, zip pockets and an elastic waist"),
        is_a("pair of shorts", "yes", "contradiction"),
        describe(
            "track pants",
            "navy blue track pants with green stripes down the sides and zip pockets and an elastic waist with a "
            "drawstring and the",
            "cut",
            hit_limit=True,
        ),
        title="Lotto Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: dark coffee brown slim trousers, light blue oxford shirt tucked in, tan belt, brown shoes, white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-036",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. There is a belt on his waist."
        ),
        wearing("a light blue shirt and brown trousers", who="he"),
        Q.color("brown"),
        color_of("trousers", "black trousers", "contradiction", kind="open"),
        describe("trousers", "the trousers are brown and slim with belt loops"),
        details("trousers", "What are the trousers details? the trousers details are", "restated"),
        title="Locomotive Men Coffee Brown Slim Fit Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: a boy in red basketball shorts with white trim on the hems, white sleeveless jersey with a red number
    # print, white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-037",
        caption(
            "The boy is wearing a sleeveless tank shirt with graphic patterns and a three-point shorts. The tank "
            "shirt is with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a white jersey and red shorts", who="the boy"),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "red basketball shorts with white trim"),
        details(
            "shorts",
            "white piping on the hems and a drawstring red red red red red red red red red red red red red red",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        material("polyester mesh Question: What is the boy wearing? Answer: a white jersey and red shorts", "leak"),
        title="Nike Boys Red Basketball Shorts",
        category="Shorts",
        color="Red",
        gender="Boys",
    ),
    # photo: mid grey flat-front trousers, navy crew sweater over a white shirt with the collar showing, black
    # shoes, white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-038",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with knitting fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a navy sweater over a white shirt and grey trousers", who="the man"),
        Q.color("grey"),
        color_of("trousers", "navy blue", "other_garment_color"),
        details("trousers", "pleats in the front, cuffed hems and side adjusters on the waistband", "unsupported"),
        FIT("regular"),
        describe("trousers", "grey jeans with a regular fit", "contradiction"),
        title="Arrow Sport Men Grey Regular Fit Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: blue board shorts with a green tropical leaf print, plain white t-shirt, white backdrop.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-039",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric and floral patterns."
        ),
        wearing("a white t-shirt and floral shorts", who="he"),
        Q.pattern("printed"),
        Q.color("blue"),
        color_of("shorts", "blue with green leaves", kind="open"),
        details("shorts", "a tropical print, drawstring waist and quick-dry fabric with UV protection", "unsupported"),
        describe("shorts", "shorts", "non_answer"),
        title="Puma Men Blue Printed Board Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: a boy in olive joggers with black ribbed cuffs and a black waistband, white t-shirt with a black
    # skateboard print, white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-040",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and color block patterns. The "
            "boy is wearing a short-sleeve T-shirt with graphic patterns and a",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white t-shirt and green joggers", who="the boy"),
        color_of("joggers", "olive"),
        details("joggers", "black ribbed cuffs and a black waistband with a drawstring"),
        describe("joggers", "her joggers are olive green with black cuffs", "pronoun"),
        Q.garment_type("track pants"),
        title="Ant Kids Boys Olive Joggers",
        category="Track Pants",
        color="Olive",
        gender="Boys",
    ),
    # photo: beige cargo trousers with flap pockets on the thighs, olive overshirt open over a white t-shirt,
    # white sneakers, white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-041",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("an olive shirt over a white t-shirt and beige cargo pants", who="he"),
        Q.color("olive", "other_garment_color"),
        color_of("cargo pants", "beige"),
        details(
            "cargo pants",
            "two flap pockets on the legs Question: What are the cargo pants details? Answer: two flap pockets on",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="Roadster Men Beige Cargo Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: grey melange sweat shorts with a black logo on the left leg, black t-shirt with a white print, black
    # sliders, white backdrop, front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-042",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a black t-shirt and grey shorts", who="he"),
        color_of("shorts", "grey"),
        color_of("t-shirt", "grey", "other_garment_color"),
        describe("shorts", "grey sweat shorts with a black adidas logo on the left leg"),
        details("shorts", "drawstring waist, side pockets and a zipped back pocket", "unsupported"),
        Q.garment_type("track pants", "contradiction"),
        title="ADIDAS Men Grey Melange Essentials Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: a boy in black track pants with a yellow stripe down each side, yellow t-shirt, white backdrop.
    # The feed row has no color. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-043",
        caption(
            "The boy is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a yellow t-shirt and black track pants", who="the boy"),
        Q.color("yellow", "other_garment_color"),
        color_of("track pants", "black and yellow", kind="open"),
        details("track pants", "yellow stripes on the sides"),
        describe("track pants", "the track pants are track pants", "restated"),
        WAIST(
            "elastic waistband with a black drawstring and the track pants have yellow stripes on the sides and a "
            "small logo on the",
            "cut",
            hit_limit=True,
        ),
        title="Doodle Boys Black Side Stripe Track Pants",
        category="Track Pants",
        gender="Boys",
    ),
    # photo: navy chino shorts with belt loops, white polo with a small logo, brown belt, white sneakers, white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-044",
        caption(
            "The man is wearing a short-sleeve polo shirt with pure color patterns and a medium shorts. The shirt is "
            "with cotton fabric and it has a lapel neckline. There is a belt on his waist. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a white polo shirt, a brown belt and navy shorts", who="he"),
        Q.color("navy blue"),
        color_of("shorts", "blue"),
        details("shorts", "belt loops, slant pockets and a button closure with a zip fly"),
        FIT("regular"),
        is_a("pair of shorts", "yes"),
        title="U.S. Polo Assn. Men Navy Blue Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light stone-wash slim jeans, navy bomber jacket over a grey t-shirt, no sunglasses, white sneakers,
    # white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-045",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is "
            "with cotton fabric. The pants are with denim fabric and pure color patterns. He wears a pair of "
            "sunglasses.",
            "unsupported",
        ),
        wearing("a navy jacket, a grey t-shirt and light blue jeans", who="he"),
        color_of("jeans", "navy blue", "other_garment_color"),
        describe(
            "jeans",
            "light blue jeans with a faded wash jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans",
            "loop",
            hit_limit=True,
        ),
        FIT("slim"),
        Q.garment_type("jeans"),
        title="Mufti Men Light Blue Slim Fit Stone Wash Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: a boy in light blue and white vertically striped seersucker shorts with a drawstring, navy t-shirt,
    # white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X595-046",
        caption(
            "The boy is wearing a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric and striped patterns."
        ),
        wearing("a navy t-shirt and striped shorts", who="the boy"),
        Q.pattern("solid", "contradiction"),
        color_of("shorts", "blue and white", kind="open"),
        describe("shorts", "light blue and white striped shorts with a drawstring waist"),
        details(
            "shorts",
            "vertical stripes, a drawstring and a drawstring and a drawstring and a drawstring and a drawstring and",
            "loop",
            hit_limit=True,
        ),
        material("100% organic cotton seersucker", "unsupported"),
        title="United Colors of Benetton Boys Blue Striped Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
]
