"""BLIND_766 (46 products; Myntra kids' ethnic wear, caption adapter epoch 2): written blind in the fifty-fifth session.
Measured blind at 3f15adb (the session's sixth rules): 116/139 failures found (83.5%) and 31/202 correct texts flagged
(15.3%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' ethnic wear feed: boys' kurta sets (kurta with pyjamas, churidar or dhoti pants,
some with a Nehru jacket) and sherwani sets, girls' lehenga cholis and anarkalis (as "Kurta Sets", "Kurtas" or
"Ethnic Dresses"). Photos are catalog shots of a child model, mostly on a white or light studio backdrop, some on
colored walls, a curtain, marigold garlands, a garden or a rooftop; stoles, dupattas, turbans, potli bags and
jewelry are worn or held; a few are seated or side views.

Who wrote what: captions and every open answer are free generation by the caption adapter at epoch 2 (DeepFashion
template captions, LoRA on q_proj/k_proj, no end token learned). Its habits: the DeepFashion template ("The lady
wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric...") even for questions,
"the man"/"the lady"/"the gentleman" for children, "pure color" instead of a hue, DeepFashion fabrics (cotton,
chiffon, denim, leather, furry, knitted) for silk and velvet, a kurta called a shirt and a sherwani a coat or a
jacket, a lehenga a skirt with a tank top; about a third of its captions still start like the base model ("a young
boy in a red kurta standing in front of ..."). No end token was trained, but at epoch 2 it still often stops on
the newline the base model emits after a short phrase; template sentences and lists run on, loop or hit the 30-token
(answers) or 50-token (captions) limit, and it sometimes writes the next "Question: ... Answer:" itself. Closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?", some garment colors) come from enrich's
`--engine reference` and are one candidate value each, so they never loop or stop short; their failures are wrong
picks.

Labeling conventions and judgement calls:
- One label per text, the most salient failure. A loop that runs into the token limit is "loop" (hit_limit=True),
  not "cut"; a looped "Question: ... Answer:" is "leak"; the caption template returned for a question and cut at the
  limit is "cut".
- "cut" only where the text stops mid-phrase at the limit (hit_limit=True). A text that is complete is not cut.
- Shades are the same color: cream/off-white called white, maroon/magenta called red/pink, peach called pink, teal
  called blue, navy called blue, rust called orange, gold-toned called gold. "teal" called green is avoided.
- Garment synonyms that are correct: kurta = long shirt/shirt in a caption, anarkali = dress/gown, lehenga = skirt,
  choli = top/blouse/tank top, sherwani = coat/jacket in a caption, Nehru jacket = vest, dupatta = scarf/stole,
  churidar/pyjama/dhoti = pants, safa = turban/hat. Closed garment_type "dress" for a boy's kurta set or a lehenga,
  "shirt" for a kurta set, and "no" to "Is this a lehenga?" for a lehenga are "contradiction".
- "other_garment_color": the product, the asked garment, or any garment a "wearing" answer names, given the color
  of another garment in the photo (pyjamas, churidar, leggings, dupatta, stole, turban, Nehru jacket, choli), in
  open answers and also in closed picks. A color that belongs to no garment (backdrop wall, marigolds, stage
  lights, a print motif of the same garment) or to nothing in the photo is "contradiction".
- "contradiction" also covers wrong sleeves or pattern, and a fabric that the seller's title contradicts ("cotton"
  for a title saying Silk Blend, "denim" for Pure Cotton).
- "unsupported": invented details not in the photo: pockets, zips, hoods, drawstrings, lapels on a mandarin collar,
  tassels, a dupatta that is not there, and DeepFashion fabrics that cannot be right for the photo where the title
  names no fabric (denim, leather, knitted, chiffon for a matte cotton kurta, furry for velvet). A plausible fabric
  (cotton for a matte kurta, silk for a sheen, chiffon for a sheer net or georgette choli) is counted correct. A
  garment that is not in the photo (a dupatta on a girl who wears none) is "unsupported" too.
- "pronoun": he/she/his/her, and gender nouns (lady, girl, man) that are wrong for the catalog's gender; "the man"
  or "the gentleman" for a boy and "the lady" for a girl are gender-consistent and counted correct.
- "non_answer": a single word or yes/no to an open question, "none"; the caption template returned for an open
  color question with no hue in it. "restated": the question's own words back ("the kurta details are the details
  of the kurta", "Describe the kurta").
- Rows may lack a column (one has no category, one no color), as real feeds do.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_766 = [
    # photo: boy in a cream straight kurta (mandarin collar, button placket, full sleeves) with maroon pyjamas,
    # plain white backdrop, front view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-001",
        caption(
            "The boy wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is standing. The pants are of long length with pure color patterns."
        ),
        wearing("a cream kurta and maroon pyjamas"),
        Q.garment_type("kurta set"),
        Q.color("cream"),
        color_of("pyjamas", "maroon"),
        details("kurta", "the kurta has a mandarin collar, a button placket and long sleeves"),
        describe(
            "kurta",
            "The kurta is with cotton fabric and its neckline is standing. The kurta is with cotton fabric and its "
            "neckline is standing. The kurta is with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="YK Boys Cream-Coloured & Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: boy in a navy blue self-design sherwani with gold-toned buttons, off-white churidar, beige mojaris,
    # grey studio backdrop, front view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-002",
        caption("a young boy in a blue sherwani standing in front of a grey wall"),
        wearing("a blue sherwani with gold buttons and white churidar pants"),
        Q.garment_type("sherwani"),
        Q.color("white", "other_garment_color"),
        describe(
            "sherwani",
            "The sherwani is with cotton fabric and pure color patterns. It has a lapel neckline.",
            "unsupported",
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("silk"),
        title="Jashvi Boys Navy Blue Self Design Sherwani with Churidar",
        category="Sherwani",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink flared lehenga with a wide gold zari border, matching pink sleeveless choli, sheer gold
    # net dupatta over one shoulder, glass bangles; white backdrop, front view. Free texts: caption adapter epoch 2.
    case(
        "X766-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The skirt the lady wears is of long length. The skirt is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink lehenga with a gold dupatta"),
        Q.garment_type("lehenga"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        details(
            "lehenga",
            "gold zari border at the hem, gold zari border at the hem, gold zari border at the hem, gold zari border",
            "loop",
            hit_limit=True,
        ),
        title="Aks Kids Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a mustard yellow kurta, white pyjamas and a navy blue printed Nehru jacket, brown mojaris;
    # white backdrop, front view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-004",
        caption(
            "The man wears a vest with graphic patterns. The vest is with cotton fabric. It has a standing neckline. "
            "The shirt is of long sleeves. The man wears a long pants with pure color patterns."
        ),
        wearing("a yellow kurta, a blue jacket and white pants"),
        Q.garment_type("kurta set"),
        Q.color("blue", "other_garment_color"),
        color_of(
            "kurta",
            "The kurta is yellow and the jacket is blue. Question: What is the color of the pants? Answer: white. "
            "Question: What is",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("The vest is with denim fabric.", "unsupported"),
        title="Vastramay Boys Mustard Yellow Kurta with White Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a peach anarkali with a small floral print, three-quarter sleeves, matching peach churidar,
    # off-white dupatta; light grey backdrop, front view. Free texts: caption adapter epoch 2.
    case(
        "X766-005",
        caption("a little girl in a peach dress with flowers on it"),
        wearing("a pink floral dress and a white scarf"),
        Q.color("peach"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("anarkali", "a long flared peach kurta with small flowers printed all over"),
        details(
            "anarkali",
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The lady wears a long "
            "leggings. The leggings are with cotton",
            "cut",
            hit_limit=True,
        ),
        title="Biba Girls Peach-Coloured Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a maroon jacquard kurta with gold-toned self design and gold buttons, gold-toned churidar,
    # holding a brass diya; backdrop of orange and yellow marigold garlands. Free texts: caption adapter epoch 2.
    case(
        "X766-006",
        caption("a young boy in a red kurta standing in front of a wall of orange flowers"),
        wearing("a maroon kurta and gold pants"),
        Q.garment_type("kurta set"),
        Q.color("orange", "contradiction"),
        details("kurta", "gold buttons on the placket and a mandarin collar"),
        describe(
            "kurta",
            "She wears a long-sleeve kurta with pure color patterns. The kurta is with silk fabric and its neckline "
            "is standing.",
            "pronoun",
        ),
        Q.material("silk"),
        title="Aj DEZInES Boys Maroon & Gold-Toned Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a bottle green lehenga with a pink and gold embroidered border, pink short-sleeved choli, pink
    # dupatta, maang tikka; plain white backdrop, twirling, side-front view. Free texts: caption adapter epoch 2.
    case(
        "X766-007",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with cotton fabric and floral patterns."
        ),
        wearing("a pink top and a pink skirt", "other_garment_color"),
        Q.garment_type("lehenga"),
        Q.color("green"),
        color_of("lehenga", "green", kind="open"),
        details("lehenga", "pink and gold embroidery along the hem and a flared shape"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("striped", "contradiction"),
        title="Kisah Girls Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a cream sherwani with gold embroidery on collar and cuffs, cream churidar, maroon velvet stole
    # over one shoulder, maroon safa; beige backdrop, front view. Free texts: caption adapter epoch 2.
    case(
        "X766-008",
        caption("a young boy in a white sherwani and a red turban"),
        wearing("a white sherwani with a red scarf"),
        Q.garment_type("sherwani"),
        Q.color("maroon", "other_garment_color"),
        describe("sherwani", "the sherwani is a sherwani", "restated"),
        details(
            "sherwani",
            "gold embroidery on the collar and cuffs, gold embroidery on the collar and cuffs, gold embroidery on the "
            "collar and cuffs, gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        title="Manyavar Boys Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a mustard anarkali kurta with red and green block-printed ethnic motifs, full sleeves, no
    # dupatta, white leggings; outdoors in a garden with green plants. Free texts: caption adapter epoch 2.
    case(
        "X766-009",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings with pure color patterns."
        ),
        wearing("a yellow dress with red flowers"),
        Q.garment_type("kurta"),
        Q.color("green", "contradiction"),
        Q.pattern("printed"),
        describe("kurta", "He is wearing a yellow kurta with red and green prints", "pronoun"),
        Q.material("cotton"),
        title="Bitiya by Bhama Girls Mustard Yellow Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a plain white cotton kurta and white pyjamas, barefoot, light blue backdrop, front view.
    # Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-010",
        caption("a young boy in a white kurta standing in front of a blue wall"),
        wearing("a white kurta and white pants"),
        Q.garment_type("kurta set"),
        Q.color("blue", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "white", "non_answer"),
        Q.material("The kurta is with denim fabric.", "contradiction"),
        describe("kurta", "a white kurta with embroidery on the collar and cuffs", "unsupported"),
        title="Fabindia Kids Boys White Pure Cotton Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a red net lehenga with gold sequin work, red sleeveless blouse, golden tissue dupatta held in
    # both hands; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns."
        ),
        wearing("a red lehenga and a gold dupatta"),
        Q.garment_type("lehenga"),
        Q.color("red"),
        Q.pattern("embellished"),
        color_of("dupatta", "red", "other_garment_color", kind="open"),
        details("lehenga", "The lehenga has pockets on both sides and a zip closure at the back.", "unsupported"),
        describe(
            "lehenga",
            "The lady wears a long skirt with graphic patterns. The skirt is with chiffon fabric. The lady wears a "
            "sleeveless tank top with",
            "cut",
            hit_limit=True,
        ),
        title="Pspeaches Girls Red & Gold-Toned Sequinned Lehenga with Blouse & Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a navy kurta with thin white vertical stripes, side pockets (hands in them), white pyjamas,
    # brown sandals; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-012",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The gentleman wears a long pants with pure color patterns."
        ),
        wearing("a blue striped kurta and white pants"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        describe(
            "kurta",
            "The kurta is blue with white stripes. The pants are white. The kurta is blue with white stripes. The "
            "pants are white. The kurta is",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "pockets on the sides and a button placket"),
        Q.material("cotton"),
        Q.garment_type("sherwani", "contradiction"),
        title="Ethnix by Raymond Boys Navy Blue & White Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a royal blue lehenga with a pink floral print, pink short-sleeved choli, blue dupatta; pink
    # studio wall behind, front view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-013",
        caption("a little girl in a blue and pink lehenga standing in front of a pink wall"),
        wearing("a pink skirt and a blue top", "other_garment_color"),
        Q.garment_type("lehenga"),
        Q.color("blue"),
        Q.pattern("floral"),
        color_of("choli", "pink", kind="open"),
        describe("lehenga", "blue", "non_answer"),
        details("lehenga", "a pink floral print with a belt and a side zip", "unsupported"),
        title="Aks Kids Girls Blue & Pink Printed Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a maroon velvet sherwani with gold buttons, gold-toned churidar, gold mojaris; dark brown wooden
    # panel backdrop, three-quarter view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-014",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric and its "
            "neckline is standing. The man wears a long pants with pure color patterns.",
            "unsupported",
        ),
        wearing("a red jacket and gold pants"),
        Q.garment_type("sherwani"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        details("sherwani", "Question: What are the sherwani details? Answer: gold buttons on the front", "leak"),
        Q.material("velvet"),
        title="Jashvi Boys Maroon Solid Velvet Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a teal sleeveless anarkali dress with a gold embroidered yoke, flared to the ankles, holding a
    # gold potli bag; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory in her hand."
        ),
        wearing("a teal dress and a gold bag"),
        Q.garment_type("dress"),
        Q.color("teal"),
        Q.pattern("embroidered"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a teal dress with a gold embroidered yoke and a flared skirt"),
        Q.material("The dress is with leather fabric.", "unsupported"),
        title="Cutiekins Girls Teal Embroidered Anarkali Dress",
        category="Ethnic Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a peach kurta with white churidar, holding a small brass puja thali; white backdrop.
    # Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-016",
        caption(
            "The boy wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is standing. The boy wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink kurta and white pants"),
        Q.garment_type("kurta set"),
        Q.color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        describe("kurta", "a peach kurta with a hood and two front pockets", "unsupported"),
        title="YK Boys Peach-Coloured Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl in a yellow lehenga covered with mirror work, orange short-sleeved blouse, orange dupatta with
    # tassels held in her hands; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-017",
        caption("a little girl in a yellow lehenga holding an orange scarf"),
        wearing("a yellow and orange lehenga"),
        Q.color("orange", "other_garment_color"),
        Q.pattern("embellished"),
        color_of("blouse", "orange", kind="open"),
        details(
            "lehenga",
            "small round mirrors sewn all over the skirt with orange thread, small round mirrors sewn all over the "
            "skirt with orange thread",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe(
            "lehenga",
            "The lady wears a long skirt with pure color patterns. The skirt is with cotton fabric. The lady wears "
            "a short-sleeve shirt and a",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Girls Yellow & Orange Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a sage green kurta with a cream floral print and a mandarin collar, cream pyjamas; grey
    # backdrop, slight side view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-018",
        caption(
            "The man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a long pants with pure color patterns.",
            "unsupported",
        ),
        wearing("a green kurta with flowers and white pants"),
        Q.color("green"),
        Q.pattern("floral"),
        color_of("pyjamas", "green", "other_garment_color"),
        describe("kurta", "He is wearing a green kurta with a floral print and cream pyjamas."),
        Q.material("The shirt is with chiffon fabric.", "unsupported"),
        title="Kisah Boys Green & Cream Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: toddler girl in a purple silk lehenga with a gold woven border and a purple short-sleeved blouse, no
    # dupatta, sitting on a white cube; white backdrop. Free texts: caption adapter epoch 2. The row has no category.
    case(
        "X766-019",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with silk fabric and pure color patterns. She is sitting."
        ),
        wearing("a purple lehenga and blouse"),
        Q.garment_type("dress", "contradiction"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        details("lehenga", "a gold border at the hem and a dupatta with tassels", "unsupported"),
        Q.material("silk"),
        describe("lehenga", "no", "non_answer"),
        title="BownBee Girls Purple & Gold-Toned Woven Design Lehenga & Blouse",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in a gold-toned jacquard sherwani, maroon churidar, maroon dupatta over the shoulder; white
    # backdrop, front view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-020",
        caption("a young boy in a gold sherwani and red pants"),
        wearing("a gold jacket and maroon pants"),
        Q.garment_type("sherwani"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("self design"),
        describe(
            "sherwani",
            "The sherwani is with cotton fabric and pure color patterns. The sherwani is with cotton fabric and pure "
            "color patterns. The sherwani is",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of material", "restated"),
        details("sherwani", "her sherwani has gold buttons and a stand collar", "pronoun"),
        title="Aj DEZInES Boys Gold-Toned Self Design Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Boys",
    ),
    # photo: girl in a pink anarkali with a white and green floral print, round neck, three-quarter sleeves, pink
    # churidar, white dupatta; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-021",
        caption("a little girl in a pink dress with a white scarf"),
        wearing("a pink anarkali, pink leggings and a white dupatta"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        details("anarkali", "The anarkali has a V-neck with lace trim and pom pom tassels at the hem.", "unsupported"),
        describe("anarkali", "He wears a pink anarkali kurta with floral prints.", "pronoun"),
        Q.garment_type("lehenga", "contradiction"),
        title="Biba Girls Pink Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a black kurta, red dhoti pants, a red printed stole around the neck; white backdrop, front view.
    # Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-022",
        caption(
            "The boy wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The boy "
            "wears a red dhoti. The boy wears a red scarf."
        ),
        wearing("a black kurta and a red dhoti"),
        Q.color("red", "other_garment_color"),
        color_of("kurta", "black", kind="open"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: The kurta is black. Question: What is the color of the "
            "dhoti? Answer: red",
            "leak",
            hit_limit=True,
        ),
        Q.material(
            "The kurta is with cotton fabric. The dhoti is with cotton fabric. The scarf is with cotton fabric. The "
            "kurta is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a black kurta with silver sequins on the collar and a red belt", "unsupported"),
        title="Sojanya Boys Black & Red Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in an off-white lehenga with green and pink thread embroidery, green blouse with short sleeves,
    # green dupatta; light pink wall behind. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-023",
        caption("a little girl in a white lehenga with a green top standing in front of a pink wall"),
        wearing("a white skirt, a green top and a green scarf"),
        Q.color("green", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("lehenga", "white", kind="open"),
        details(
            "lehenga",
            "green and pink thread embroidery on the skirt, green and pink thread embroidery on the skirt, green and "
            "pink thread embroidery on the",
            "loop",
            hit_limit=True,
        ),
        title="Aks Kids Girls Off-White & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a sky blue silk-blend kurta with a mandarin collar and side slits, off-white pyjamas, standing on
    # a wooden floor against a white wall, side view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-024",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The man wears a long pants with pure color patterns.",
            "contradiction",
        ),
        wearing("a light blue kurta and blue pyjamas", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        describe("kurta", "a light blue kurta with a mandarin collar, long sleeves and side slits"),
        Q.material("silk"),
        details("kurta", "The kurta has a chest pocket and embroidered cuffs.", "unsupported"),
        title="Vastramay Boys Blue Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a maroon velvet floor-length anarkali gown with gold embroidery at the yoke and the hem, full
    # sleeves; white backdrop, front view only. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. It has a round neckline. The dress is of "
            "long length."
        ),
        wearing("a red gown"),
        Q.color("maroon"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe(
            "gown",
            "a maroon velvet gown with a gold embroidered yoke. The gown has a zip at the back and two pockets on "
            "the sides",
            "unsupported",
        ),
        details("gown", "gold embroidery on the yoke and along the hem"),
        Q.material("velvet"),
        color_of(
            "gown",
            "The lady wears a long-sleeve dress with pure color patterns. It has a round neckline.",
            "non_answer",
            kind="open",
        ),
        title="Kinder Kids Girls Maroon Embroidered Velvet Anarkali Gown",
        category="Ethnic Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in an off-white kurta and churidar under a bottle green brocade Nehru jacket with gold motifs,
    # hands on hips; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-026",
        caption(
            "The man wears a vest with graphic patterns. The vest is with cotton fabric. It has a standing neckline. "
            "The man wears a long-sleeve shirt. The man wears a long pants with pure color patterns."
        ),
        wearing("a green vest over a white kurta and white pants"),
        Q.garment_type("kurta set"),
        Q.color("green", "other_garment_color"),
        color_of("kurta", "white", kind="open"),
        details("jacket", "gold motifs woven on the green fabric and a mandarin collar"),
        Q.material(
            "The vest is with cotton fabric and graphic patterns. It has a standing neckline. The shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        title="Manyavar Boys Off-White Kurta with Churidar & Green Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Boys",
    ),
    # photo: girl in a lavender net lehenga with silver sequins, lavender sleeveless blouse, no dupatta, hair in a
    # bun, holding out the skirt; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple lehenga and a silver dupatta", "unsupported"),
        Q.color("purple"),
        Q.pattern("embellished"),
        is_a("lehenga", "no", "contradiction"),
        describe("lehenga", "She is wearing a purple lehenga with silver sequins."),
        Q.material("net"),
        details(
            "lehenga",
            "silver sequins all over the skirt. Question: What is the color of the blouse? Answer: purple",
            "leak",
        ),
        title="Pspeaches Girls Lavender Sequinned Net Lehenga with Blouse",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a yellow kurta with a small white booti print, white pyjamas, holding a kite on a rooftop under
    # a blue sky. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-028",
        caption("a young boy in a yellow kurta holding a kite on a rooftop"),
        wearing("a yellow kurta and white pants"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        describe(
            "kurta",
            "The kurta is yellow with small white flowers printed all over it. It has a mandarin collar, long sleeves "
            "and a short placket with three",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "yes", "non_answer"),
        Q.material("silk", "contradiction"),
        title="Utsa Kids Boys Yellow Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a navy anarkali with gold foil print, three-quarter sleeves, navy palazzos, pink dupatta;
    # white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-029",
        caption("a little girl in a blue dress with a pink scarf"),
        wearing("a blue anarkali with a pink dupatta"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        describe(
            "anarkali",
            "The anarkali is blue with gold prints. Question: Describe the dupatta. Answer: The dupatta is pink.",
            "leak",
        ),
        Q.material("The dress is with knitted fabric.", "unsupported"),
        title="Bitiya by Bhama Girls Navy Blue Printed Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a plain black sherwani with silver buttons, white churidar, silver-grey stole over one shoulder;
    # grey backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-030",
        caption(
            "The man wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is standing. The man wears a long pants with pure color patterns."
        ),
        wearing("a black sherwani and white pants"),
        Q.garment_type("sherwani"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        describe(
            "sherwani",
            "She wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric.",
            "pronoun",
        ),
        details("sherwani", "silver buttons down the front and a grey stole over the shoulder"),
        Q.material("The coat is with leather fabric.", "unsupported"),
        color_of("churidar", "grey", "other_garment_color"),
        title="Ethnix by Raymond Boys Black Solid Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a multicolour bandhani-print lehenga (red, yellow and green dots), red short-sleeved blouse,
    # red dupatta; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt with lattice "
            "patterns. The skirt is with cotton fabric."
        ),
        wearing("a colorful skirt and a red top"),
        Q.color("multi"),
        Q.pattern("printed"),
        color_of("blouse", "red", kind="open"),
        details(
            "lehenga",
            "red, yellow, green, red, yellow, green, red, yellow, green, red, yellow, green, red, yellow, green, red",
            "loop",
            hit_limit=True,
        ),
        Q.material("The skirt is with denim fabric.", "unsupported"),
        describe("lehenga", "a lehenga that is a lehenga", "restated"),
        title="Kisah Girls Multi Bandhani Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a teal kurta with cream pyjamas and tan mojaris in front of a beige curtain, front view.
    # Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-032",
        caption("a young boy in a blue kurta and white pants standing in front of a curtain"),
        wearing("a teal kurta and cream pyjamas"),
        Q.garment_type("dress", "contradiction"),
        Q.color("cream", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        describe(
            "kurta",
            "He wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its neckline "
            "is standing. He wears a long",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "none", "non_answer"),
        title="YK Boys Teal Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Boys",
    ),
    # photo: girl in a white chikankari anarkali with white thread embroidery and full sleeves, white churidar,
    # yellow dupatta; standing in a garden. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-033",
        caption("a little girl in a white dress standing in a garden"),
        wearing("a white anarkali and a yellow dupatta"),
        Q.color("white"),
        Q.pattern("embroidered"),
        describe("anarkali", "a white anarkali with yellow embroidery", "other_garment_color"),
        details(
            "anarkali",
            "white thread embroidery all over, white thread embroidery all over, white thread embroidery all over, "
            "white thread",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Cutiekins Girls White Chikankari Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a rust orange kurta with small cream motifs, cream pyjamas, seated on a wooden stool; white
    # backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-034",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. He is sitting on",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange kurta and white pants"),
        Q.color("red", "contradiction"),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        details("kurta", "small cream motifs printed all over and a button placket"),
        describe(
            "kurta",
            "an orange kurta with cream motifs, a pointed lapel collar and silver buttons on the cuffs",
            "unsupported",
        ),
        title="Sangria Boys Orange Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a peach lehenga with gold embroidery, peach blouse with cap sleeves, mint green dupatta around
    # the shoulders; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-035",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and floral patterns. There is a scarf on her neck."
        ),
        wearing("a green lehenga", "other_garment_color"),
        Q.color("peach"),
        Q.sleeve_length("short sleeves"),
        color_of("dupatta", "green", kind="open"),
        details("lehenga", "the lehenga has lehenga details", "restated"),
        describe("lehenga", "Question: Describe the lehenga. Answer: a peach lehenga with gold embroidery", "leak"),
        title="Aks Kids Girls Peach-Coloured Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a sea green sherwani with silver embroidery on the collar, white churidar, white safa with a
    # green brooch; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-036",
        caption("a young boy in a green sherwani and a white turban"),
        wearing("a green sherwani, white pants and a white hat"),
        Q.garment_type("sherwani"),
        Q.color("green"),
        describe(
            "sherwani",
            "a green sherwani with silver embroidery on the collar and a brooch on the turban. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        details("sherwani", "The sherwani has a hood and two zip pockets on the chest.", "unsupported"),
        Q.material("silk"),
        Q.pattern("checked", "contradiction"),
        title="Kinder Kids Boys Sea Green Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Sea Green",
        gender="Boys",
    ),
    # photo: girl in a red anarkali with gold gota trim at the hem, full sleeves, no dupatta, gold leggings,
    # twirling; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a red dress and red leggings", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a kurta", "non_answer"),
        details("kurta", "gold trim along the hem"),
        title="Biba Girls Red Solid Anarkali Kurta",
        category="Kurtas",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a charcoal grey kurta (full sleeves, mandarin collar) with black churidar; white backdrop, front
    # view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-038",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a grey kurta and black pants"),
        Q.garment_type("kurta set"),
        Q.color("black", "other_garment_color"),
        color_of(
            "kurta",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe("kurta", "a grey kurta with short sleeves and a round neck", "contradiction"),
        title="Vastramay Boys Charcoal Grey Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl in a magenta silk lehenga with a wide gold border, gold brocade short-sleeved blouse, magenta
    # dupatta; white backdrop, side view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-039",
        caption("a little girl in a pink lehenga with a gold top"),
        wearing("a pink skirt, a gold blouse and a pink dupatta"),
        Q.color("gold", "other_garment_color"),
        describe("lehenga", "He is wearing a pink lehenga with a gold border.", "pronoun"),
        details("lehenga", "the skirt is made of cotton and has a drawstring waist with tassels", "unsupported"),
        Q.material("The skirt is with knitted fabric.", "unsupported"),
        title="Sangria Girls Magenta & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy in a beige linen kurta with full sleeves, white churidar, brown sandals; white backdrop.
    # Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-040",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric and its "
            "neckline is standing. The man wears a long pants with pure color patterns. The pants are with linen "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown kurta and brown pants", "contradiction"),
        Q.color("beige"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("kurta", "the kurta is a kurta for a boy", "restated"),
        Q.material("linen"),
        title="Ethnix by Raymond Boys Beige Solid Linen Kurta with Churidar",
        category="Kurta Sets",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in a lime green sleeveless anarkali dress with pink floral embroidery on the yoke, pink net
    # dupatta; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-041",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of long length."
        ),
        wearing("a green dress with a pink scarf"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a pink dress with green flowers", "other_garment_color"),
        details("dress", "The dress has buttons on the sleeves and a belt at the waist.", "unsupported"),
        Q.garment_type("lehenga", "contradiction"),
        title="Pspeaches Girls Lime Green Embroidered Anarkali Dress",
        category="Ethnic Dresses",
        color="Lime Green",
        gender="Girls",
    ),
    # photo: boy in a pink cotton silk kurta with gold dhoti pants; white backdrop, front view.
    # Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-042",
        caption("a little girl in a pink dress", "pronoun"),
        wearing("a pink kurta and gold dhoti"),
        Q.garment_type("kurta set"),
        Q.color("pink"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: Question: What are the kurta details? Answer: Question: "
            "What are the kurta details? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton silk"),
        describe("kurta", "kurta", "non_answer"),
        title="Aj DEZInES Boys Pink Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Pink",
        gender="Boys",
    ),
    # photo: girl in a navy lehenga with silver sequins, navy blouse with long sheer sleeves, silver dupatta; studio
    # backdrop of purple bokeh lights. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-043",
        caption("a little girl in a blue lehenga standing in front of purple lights"),
        wearing("a blue lehenga with silver sequins and a silver dupatta"),
        Q.color("purple", "contradiction"),
        Q.pattern("embellished"),
        Q.sleeve_length("long sleeves"),
        describe(
            "lehenga",
            "The lehenga is with chiffon fabric and pure color patterns. The lehenga is with chiffon fabric and pure "
            "color patterns. The lehenga is with",
            "loop",
            hit_limit=True,
        ),
        details("lehenga", "silver sequins all over the skirt, a cut-out back and a slit on one side", "unsupported"),
        title="Kisah Girls Navy Blue & Silver Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: toddler boy in a red full-sleeved kurta with a gold foil buti print and side buttons, white pyjamas,
    # seated on the floor; white backdrop. Free texts: caption adapter epoch 2; closed: reference engine. The row
    # has no color.
    case(
        "X766-044",
        caption("The baby wears a long-sleeve shirt with graphic patterns. The baby wears a long pants."),
        wearing("a red kurta with gold print and white pyjamas"),
        Q.color("red"),
        color_of("pyjamas", "red", "other_garment_color"),
        details("kurta", "gold printed motifs on the front and a side button closure"),
        describe("kurta", "Describe the kurta", "restated"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="BownBee Boys Red Printed Kurta with Pyjamas",
        category="Kurta Sets",
        gender="Boys",
    ),
    # photo: girl in an off-white anarkali with a pink floral block print, blue churidar, blue dupatta; white
    # backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-045",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings."
        ),
        wearing("a blue dress and blue leggings", "other_garment_color"),
        Q.color("white"),
        Q.pattern("floral"),
        details(
            "anarkali",
            "She wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its neckline is "
            "round. She wears a long leggings",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "The dress is with cotton fabric and its neckline is round. The lady wears a long leggings. The "
            "leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Biba Girls Off-White & Pink Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a peach sherwani with pearl and gold embroidery, gold churidar, peach dupatta; white backdrop.
    # Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X766-046",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is standing. The lady wears a long leggings.",
            "pronoun",
        ),
        wearing("a peach sherwani and gold pants"),
        Q.garment_type("sherwani"),
        Q.color("peach"),
        details(
            "sherwani",
            "pearls and gold embroidery on the front, pearls and gold embroidery on the front, pearls and gold "
            "embroidery on the front",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        describe(
            "sherwani",
            "a peach sherwani with pearl work Question: What is the pattern of the garment? Answer: embroidered "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("churidar", "peach", "other_garment_color", kind="open"),
        title="Jashvi Boys Peach Embroidered Sherwani with Churidar & Dupatta",
        category="Sherwani",
        color="Peach",
        gender="Boys",
    ),
]
