"""BLIND_1065 (46 products; Myntra kids' ethnic wear; caption LoRA, epoch 2): written blind in the fifty-ninth session.
Measured blind at d16324b (the session's sixth rules): 111/138 failures found (80.4%) and 17/202 correct texts flagged
(8.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of kids' ethnic wear: boys' kurta sets (kurta with pyjama, churidar or dhoti pants,
some with a Nehru jacket, one kurta sold alone), boys' sherwani sets, girls' lehenga cholis and girls' anarkalis
(kurta sets with churidar, leggings or palazzos, one ethnic gown). Studio catalog photos: mostly one child, full
length, front view, on a white, grey, beige, pale pink or light blue backdrop, with the set's own bottoms, dupattas,
stoles and safas plus styling extras (mojaris, bangles, jhumkas, maang tikka, jeans under one kurta); a few props
(a stool, a pillar, a diya, a pooja thali, a toy sword, a potted plant) and one flat lay on a wooden surface.

Who wrote what: the caption and every open answer come from BLIP-2 OPT-2.7b with the caption LoRA stopped after its
second epoch (trained on DeepFashion-MultiModal template captions, unmasked labels, no end token). Its captions are
mostly the DeepFashion template ("This man wears a long-sleeve shirt with pure color patterns...", "The lady wears",
"The gentleman", fabric "cotton/chiffon/other", accessories "on her wrist", "a hat"), with no hue names; now and then
a base-model style caption with hues slips through. It knows no kurta, sherwani or lehenga in the template: it says
shirt, coat, vest, dress, skirt, tank top. On questions it still answers short phrases with hues most of the time
(epoch 2 has not erased that yet), and the answer ends where the base model puts its newline; when it does not, it
runs on: loops on a phrase, runs out of tokens mid-sentence, echoes the "Question: ... Answer:" frame, or falls back
into the caption template. It gives one garment the color of another piece of the set, invents pockets, zips,
belts, turbans and rings, and calls a boy in a long kurta "the lady". Closed answers (garment type, color, pattern,
sleeve length, "Is this a ...?") come from enrich's --engine reference, one candidate value each, so they are never
cut or looped; their failures are a wrong candidate.

Labeling conventions and judgement calls:
- One label per text. A text cut at the token limit is "cut", unless it repeats a phrase, then "loop"; a text that
  carries the Question/Answer frame is "leak" whatever else is wrong with it.
- The template's nearest DeepFashion garment counts as correct: shirt for a kurta, coat for a sherwani, vest for a
  Nehru jacket, dress for an anarkali or gown, skirt for a lehenga, tank top or shirt for a choli. "Dress" for a
  boys' kurta, "jacket" for a sherwani on the closed type question, "no" to "Is this a sherwani?" are contradictions.
- "This man", "the gentleman" and "the lady" for children are the template's words and correct when the gender
  matches; "the lady", "she" or "the girl" for a boy (and "he" for a girl) are pronoun failures.
- "Pure color patterns" counts as right for solid or self-design garments with small embroidered areas; "lattice"
  for jacquard or brocade, "graphic" for foil or block prints, "floral" for floral embroidery or print.
- An open answer that gives one piece of the set another piece's color (kurta given the pyjama's or jacket's color,
  a lehenga given the dupatta's or blouse's color, a dupatta given the anarkali's color, two pieces given one color)
  is other_garment_color. A closed color answer that names another piece's color (churidar, stole, jacket, dupatta,
  backdrop, jeans) against the seller's color is a contradiction.
- A wrong hue or sleeve length with no other piece of that color, a wrong type, and a material against the title's
  (cotton for a velvet or silk-blend title, denim for a cotton kurta) are contradictions, also when only the photo
  shows it.
- Invented details (pockets, zips, turbans, rings, belts, back ties the front view cannot show, embroidery on a plain
  piece), a person in a flat lay, a prop named as something it is not, and a material the photo's look rules out
  (silk for a matte block print, cotton or velvet for a shiny silk) are unsupported. A material the look supports
  (cotton or rayon for matte, silk for sheen, net, velvet, brocade, jacquard) counts as correct without a title.
- Near shades are correct: red for maroon, brown or orange for rust, blue for teal, navy or turquoise, pink for
  magenta, purple for lavender, white for off white or cream, green for sea green or lime green.
- One word or yes/no to an open question, the garment's own name back ("the sherwani", "a lehenga", "kurta"), or
  only what the name already says ("the lehenga is long") is non_answer; a sentence that turns the question back
  ("the kurta details are on the kurta", "the material is the material") is restated. A single word that does
  answer ("sequins" for the gown's details, "maroon" for a color) is correct.
- hit_limit is set on every cut and loop, on one long leak, and on two template captions that ended their last
  sentence exactly at the 50-token limit; those two are complete and correct.
- Some rows lack a catalog column (color on two, category on one), as real feeds do.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

gt = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
sl = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material

BLIND_1065 = [
    # photo: boy of about six, front view, cream matte cotton straight kurta with a mandarin collar and three
    # gold-toned buttons, long sleeves, maroon pyjama, tan mojaris, white backdrop. Caption and open answers: caption
    # LoRA epoch 2; closed: reference engine.
    case(
        "X1065-001",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a cream kurta and maroon pyjamas", who="the boy"),
        gt("kurta"),
        col("cream"),
        color_of("pyjama", "maroon", kind="open"),
        details("kurta", "a mandarin collar and gold buttons on the front"),
        title="YK Boys Cream-Coloured Solid Kurta with Maroon Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: boy, front view, mustard yellow kurta with a slight sheen, round keyhole neck, yellow and green thread
    # embroidery on the yoke, long sleeves, white churidar bunched at the ankles, gold mojaris, white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-002",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns and long pants. The neckline of the shirt "
            "is round. The pants this man wears is of long length. The pants are with solid color patterns. There "
            "is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta and white pants", who="the boy"),
        col("mustard"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        pat("embroidered"),
        mat(
            "it is made of cotton and it is made of cotton and it is made of cotton and it is made of cotton and it "
            "is made of",
            "loop",
            hit_limit=True,
        ),
        title="Vastramay Boys Mustard Yellow Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl, front view, pink lehenga skirt with gold zari floral embroidery and a gold border, sleeveless pink
    # choli with gold sequins, green net dupatta with a gota border over one shoulder, glass bangles, white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is of long "
            "length with floral patterns. There is an accessory on her wrist."
        ),
        wearing("a pink lehenga with a green dupatta", who="the girl"),
        describe("lehenga", "a green lehenga with a gold border", "other_garment_color"),
        col("pink"),
        pat("printed", "contradiction"),
        color_of("dupatta", "green", kind="open"),
        sl("sleeveless"),
        mat(
            "the lehenga is made of silk and the blouse is made of silk and the dupatta is made of silk and the "
            "lehenga is made of silk and",
            "loop",
            hit_limit=True,
        ),
        title="Aks Kids Girls Pink & Green Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, front view, knee-length navy blue jacquard sherwani with gold buttons and a stand collar, cream
    # churidar, maroon velvet safa with a brooch, cream mojaris, light grey backdrop. No pocket square. Caption and
    # open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-004",
        caption(
            "The gentleman wears a long-sleeve coat with lattice patterns. The coat is with other fabric and it has a "
            "stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a hat.",
            hit_limit=True,
        ),
        wearing("a blue sherwani and a red hat", who="the boy"),
        gt("sherwani"),
        col("cream", "contradiction"),
        details(
            "sherwani",
            "the sherwani has gold buttons and a mandarin collar and a pocket square",
            "unsupported",
        ),
        color_of("churidar", "cream", kind="open"),
        title="Jashvi Boys Navy Blue & Cream-Coloured Woven Design Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, front view, peach flared anarkali to mid-calf with a small peach-on-peach floral print,
    # three-quarter sleeves, peach churidar, plain off-white net dupatta with a gold gota lace border around the
    # neck, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-005",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with cotton "
            "fabric and it has a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a peach dress with a white scarf", who="the girl"),
        pat("floral"),
        sl("three-quarter sleeves"),
        describe("anarkali", "the anarkali is peach with a floral print and a flared hem"),
        color_of("dupatta", "peach", "other_garment_color", kind="open"),
        color_of("churidar", "white", "other_garment_color", kind="open"),
        details("anarkali", "Question: What are the anarkali details? Answer: floral print", "leak"),
        title="Biba Girls Peach-Coloured Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy, front view, navy blue Nehru jacket with a small white buta print, buttoned, two welt pockets, over a
    # white knee-length kurta, white pyjama, white backdrop. No zip. Caption and open answers: caption LoRA epoch 2;
    # closed: reference engine.
    case(
        "X1065-006",
        caption(
            "This man wears a vest with graphic patterns over a long-sleeve shirt. The shirt is with cotton fabric "
            "and pure color patterns. The pants this man wears are of long length."
        ),
        wearing("a white kurta and a blue jacket", who="he"),
        col("navy blue"),
        color_of("jacket", "navy blue", kind="open"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        details("jacket", "the jacket has a mandarin collar and buttons down the front and two pockets"),
        describe("jacket", "the jacket is blue with white dots and it has a zip on the front", "unsupported"),
        title="Aj Dezines Boys White Kurta Pyjama with Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, front view, mustard lehenga with round mirror work and multicolor thread embroidery, maroon
    # short-sleeve choli, maroon dupatta with a mirror border over both arms, oxidised jhumkas, white backdrop. Caption
    # and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-007",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. "
            "The shirt is with cotton fabric. The skirt is with cotton fabric. There is an accessory in her ear."
        ),
        wearing("a yellow skirt and a red top", who="the girl"),
        col("maroon", "contradiction"),
        describe("lehenga", "the lehenga is yellow with mirror work and embroidery"),
        details(
            "lehenga",
            "the lehenga has mirror work and a zipper on the side and a tassel on the side and a tassel on the side "
            "and a tassel on the side and a",
            "loop",
            hit_limit=True,
        ),
        color_of("choli", "maroon", kind="open"),
        title="Kisah Girls Mustard Yellow & Maroon Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy, front view, hands behind his back, sea green matte cotton kurta with side slits and a stand collar,
    # off-white pyjama, brown sandals, white backdrop. Caption and open answers: caption LoRA epoch 2; closed:
    # reference engine.
    case(
        "X1065-008",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is stand."
        ),
        wearing("He is wearing a green kurta and white pajamas", who="the boy"),
        col("green"),
        color_of("pyjama", "green", "other_garment_color", kind="open"),
        mat("cotton"),
        details("kurta", "the kurta details are on the kurta", "restated"),
        color_of(
            "kurta",
            "The man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        title="Sethukrishna Boys Sea Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Boys",
    ),
    # photo: girl, front view, knee-length sleeveless magenta anarkali with gold foil ethnic motifs on the yoke and
    # hem, magenta churidar, no dupatta, pale pink studio backdrop. Caption and open answers: caption LoRA epoch 2;
    # closed: reference engine.
    case(
        "X1065-009",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of knee length."
        ),
        wearing("a pink dress", who="the girl"),
        col("magenta"),
        sl("long sleeves", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        color_of("anarkali", "the anarkali is pink and the background is pink", kind="open"),
        details("anarkali", "gold print on the yoke and on the hem"),
        mat(
            "the anarkali is made of silk with a cotton lining and the churidar is made of cotton lycra and the "
            "dupatta is made of net and the",
            "cut",
            hit_limit=True,
        ),
        title="Cutecumber Girls Magenta Ethnic Motifs Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy, front view, cream silk sherwani with gold zari embroidery on the collar and placket, cream churidar,
    # maroon stole over one shoulder, gold mojaris, white backdrop. Caption and open answers: caption LoRA epoch 2;
    # closed: reference engine.
    case(
        "X1065-010",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns and long trousers. The coat is with "
            "other fabric and it has a stand neckline. There is a scarf around his neck. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a cream sherwani and a red scarf", who="the boy"),
        color_of("sherwani", "maroon", "other_garment_color", kind="open"),
        col("cream"),
        pat("embroidered"),
        mat("silk"),
        describe("sherwani", "a cream sherwani with a maroon stole. She is wearing gold shoes", "pronoun"),
        title="Manyavar Boys Cream Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl, front view, red velvet lehenga with gold butis, red choli with elbow sleeves and a gold sequin
    # border, red net dupatta over her head, red glass bangles, white backdrop. Back not shown, no belt. Caption and
    # open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-011",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with other "
            "fabric and it has floral patterns. The lady has a scarf on her head."
        ),
        wearing("a red lehenga", who="she"),
        col("red"),
        mat("velvet"),
        details("lehenga", "The lehenga has gold embroidery and a belt with a bow at the back", "unsupported"),
        color_of("dupatta", "red", kind="open"),
        describe(
            "choli",
            "the choli is red with gold sequins and has a back zip and a tie-up at the back",
            "unsupported",
        ),
        title="Pspeaches Girls Red & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy, front view, black cotton kurta with a small gold-toned geometric foil print all over, white
    # churidar, black mojaris, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference
    # engine.
    case(
        "X1065-012",
        caption(
            "This man wears a long-sleeve shirt with graphic patterns and long pants. The shirt is with cotton fabric "
            "and it has a stand neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black and gold kurta", who="the child"),
        col("black"),
        pat("solid", "contradiction"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has a print on the front and the back and the sleeves and the collar and the placket and "
            "the hem and the",
            "cut",
            hit_limit=True,
        ),
        mat("the kurta is made of cotton"),
        title="YK Boys Black & Gold-Toned Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl, front view, off-white georgette anarkali with white chikankari embroidery all over, long sleeves,
    # white churidar, off-white dupatta with lace edging, no jewellery, light blue backdrop. Caption and open answers:
    # caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and it "
            "has a V-shape neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a white dress and a white scarf", who="the girl"),
        col("blue", "contradiction"),
        pat("embroidered"),
        describe("anarkali", "the anarkali is white with white embroidery and the background is blue"),
        mat("Answer: chiffon", "leak"),
        title="Bitiya by Bhama Girls Off White Chikankari Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy, front view, orange (saffron) knee-length cotton kurta sold alone, styled over blue jeans, white
    # sneakers, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-014",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns."
        ),
        wearing("an orange kurta and blue jeans", who="the boy"),
        gt("kurta"),
        col("blue", "contradiction"),
        color_of("kurta", "orange", kind="open"),
        mat("denim", "contradiction"),
        is_a("pair of jeans", "no"),
        details("kurta", "The details of the kurta are the kurta's details", "restated"),
        title="Fabindia Boys Orange Solid Cotton Kurta",
        category="Kurtas",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl, front view, one hand on her hip, lavender net lehenga with silver sequins, sleeveless lavender
    # crop blouse, white net dupatta, white backdrop. Caption and open answers: caption LoRA epoch 2; closed:
    # reference engine.
    case(
        "X1065-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color patterns. The lady wears a sleeveless tank top with pure color patterns "
            "and a long skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple lehenga and a white dupatta", who="the girl"),
        col("lavender"),
        describe("lehenga", "a lavender lehenga with silver sequins and a white net dupatta"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        sl("sleeveless"),
        details("lehenga", "a lehenga", "non_answer"),
        title="FASHION DREAM Girls Lavender Sequinned Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy, front view, maroon velvet sherwani with gold embroidery on the stand collar, white churidar, gold
    # mojaris, bare head, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-016",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with other fabric and its "
            "neckline is stand. The trousers are of long length and pure color patterns."
        ),
        wearing("a red coat and white pants", who="the boy"),
        gt("sherwani"),
        col("maroon"),
        mat("cotton", "contradiction"),
        details(
            "sherwani",
            "gold embroidery on the collar Question: What is the color of the churidar? Answer: white",
            "leak",
        ),
        describe(
            "sherwani",
            "a maroon velvet sherwani with gold embroidery on the collar and a matching maroon turban",
            "unsupported",
        ),
        color_of("sherwani", "blue", "contradiction", kind="open"),
        title="Jashvi Boys Maroon Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl, front view, teal anarkali with gold gota patti lace on the yoke and hem, elbow sleeves, teal
    # palazzos mostly under the hem, pink dupatta with a gold border, white backdrop. Caption and open answers:
    # caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-017",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and it "
            "has a round neckline. She wears a scarf."
        ),
        wearing("a green dress and a pink scarf", who="the girl"),
        col("pink", "contradiction"),
        color_of("anarkali", "pink", "other_garment_color", kind="open"),
        describe("dupatta", "a pink dupatta with a gold border"),
        sl("half sleeves"),
        details("anarkali", "yes", "non_answer"),
        title="Readiprint Fashions Girls Teal Green Gotta Patti Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy, front view, powder blue kurta with white chikankari embroidery on the yoke and cuffs, white pyjama,
    # holding a lit brass diya in both hands, white backdrop. No chest pocket. Caption and open answers: caption LoRA
    # epoch 2; closed: reference engine.
    case(
        "X1065-018",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is stand. He holds a cup in his hand.",
            "unsupported",
        ),
        wearing("a blue kurta and white pants", who="the boy"),
        pat("embroidered"),
        col("blue"),
        color_of("kurta", "blue with white embroidery", kind="open"),
        details(
            "kurta",
            "white embroidery on the yoke and the cuffs and a pocket on the chest with a pen in it",
            "unsupported",
        ),
        title="Kinder Kids Boys Blue Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, front view, patchwork printed lehenga in pink, green and blue panels, yellow short-sleeve blouse,
    # pink dupatta on one shoulder, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference
    # engine.
    case(
        "X1065-019",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with color block "
            "patterns. The skirt is with cotton fabric."
        ),
        wearing("a colorful skirt and a yellow top", who="the girl"),
        col("multi"),
        pat("printed"),
        color_of("lehenga", "yellow", "other_garment_color", kind="open"),
        describe("blouse", "a yellow blouse with short sleeves and a pink dupatta on her shoulder"),
        details("lehenga", "the lehenga is long and the lehenga is flared", "non_answer"),
        mat(
            "Question: What material is the garment made of? Answer: cotton Question: What is the color of the "
            "lehenga? Answer: pink",
            "leak",
            hit_limit=True,
        ),
        title="Bitiya by Bhama Girls Multicoloured Printed Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy sitting on a low wooden stool, front view, beige jacquard sherwani with a self-design and gold
    # buttons, cream dhoti pants, white backdrop. No zip, no pockets. Caption and open answers: caption LoRA epoch 2;
    # closed: reference engine.
    case(
        "X1065-020",
        caption(
            "The gentleman is sitting on a chair. He wears a long-sleeve coat with lattice patterns and long pants. "
            "The coat is with other fabric and its neckline is stand. The pants are",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige sherwani and white dhoti", who="the boy"),
        gt("jacket", "contradiction"),
        col("beige"),
        details("sherwani", "the sherwani has buttons and a collar and a pocket and a zipper", "unsupported"),
        is_a("sherwani", "yes"),
        title="Aj Dezines Boys Beige & Gold-Toned Self Design Sherwani with Dhoti Pants",
        category="Sherwani",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl, front view, yellow cotton anarkali with a small pink and green floral print, three-quarter
    # sleeves, green churidar, no dupatta, a potted plant beside her, white backdrop. Caption and open answers:
    # caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-021",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. There is a plant next to her."
        ),
        wearing("He is wearing a yellow dress with green pants", "pronoun", who="the girl"),
        col("yellow"),
        color_of("churidar", "green", kind="open"),
        color_of("anarkali", "green", "other_garment_color", kind="open"),
        sl("three-quarter sleeves"),
        pat("floral"),
        details(
            "anarkali",
            "the anarkali has a floral print and a gathered waist and a tassel tie at the back",
            "unsupported",
        ),
        title="Sangria Girls Yellow Floral Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy, front view, hands in his pockets, open maroon brocade Nehru jacket over a cream kurta, cream
    # churidar, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-022",
        caption(
            "This man wears a vest with lattice patterns and a long-sleeve shirt. The vest is with other fabric. The "
            "shirt is with cotton fabric and pure color patterns. The man has his hands in his pockets."
        ),
        wearing("a maroon jacket and a cream kurta", who="the boy"),
        col("maroon", "contradiction"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        color_of("jacket", "maroon", kind="open"),
        details("jacket", "the jacket has a mandarin collar and a brocade pattern"),
        mat("the jacket is made of velvet", "unsupported"),
        describe("jacket", "she has her hands in the pockets of a maroon brocade jacket", "pronoun"),
        title="YK Boys Cream-Coloured Kurta with Churidar & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl, front view, navy blue lehenga with pink and gold floral embroidery along the hem, pink
    # short-sleeve blouse, pink dupatta, maang tikka, white backdrop; the lehenga falls straight, no flare visible.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-023",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "shirt is with cotton fabric. The skirt is with cotton fabric. There is an accessory on her head."
        ),
        wearing("a blue lehenga and a pink blouse", who="the girl"),
        describe("lehenga", "a blue lehenga with pink embroidery at the bottom"),
        col("navy blue"),
        color_of(
            "lehenga",
            "pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        mat(
            "The lehenga is made of silk and the blouse is made of cotton and the dupatta is made of net and the "
            "lehenga is made of",
            "cut",
            hit_limit=True,
        ),
        details(
            "lehenga",
            "the lehenga has pink and gold embroidery at the hem and a can-can underneath",
            "unsupported",
        ),
        title="Kinder Kids Girls Navy Blue & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: flat lay, no model: a plain white cotton kurta and white pyjama laid out on a grey-brown wooden surface,
    # top view, no embroidery. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-024",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is stand.",
            "unsupported",
        ),
        wearing("a white shirt and white pants"),
        gt("kurta"),
        col("white"),
        color_of("pyjama", "white", kind="open"),
        describe("kurta", "a white kurta on a wooden floor"),
        mat("cotton"),
        sl("short sleeves", "contradiction"),
        details("kurta", "the kurta has embroidery on the collar and the cuffs", "unsupported"),
        title="Sethukrishna Boys White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl, front view, black anarkali with gold foil motifs, full sleeves, black churidar, red dupatta with a
    # gold border across her shoulders, white backdrop. Caption and open answers: caption LoRA epoch 2; closed:
    # reference engine.
    case(
        "X1065-025",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. She wears a scarf around her neck. The lady wears a long-sleeve dress with graphic "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress and a red scarf", who="the girl"),
        col("black"),
        color_of("dupatta", "red", kind="open"),
        describe("anarkali", "the anarkali is red with gold print", "other_garment_color"),
        pat("printed"),
        mat("georgette"),
        details(
            "anarkali",
            "gold foil print on the yoke and hem Question: Describe the dupatta. Answer: a red dupatta with a gold "
            "border",
            "leak",
        ),
        title="Biba Girls Black & Gold-Toned Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Girls",
    ),
    # photo: boy, front view, off-white silk sherwani with a woven self-design and gold buttons, off-white churidar,
    # rose pink safa and rose pink stole, holding a marigold flower, white backdrop. No red embroidery. Caption and
    # open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-026",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with other fabric and its "
            "neckline is stand. The gentleman wears a hat. The gentleman wears a hat. The gentleman wears a hat. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a white sherwani and a pink turban", who="the boy"),
        col("pink", "contradiction"),
        color_of("sherwani", "off white", kind="open"),
        details(
            "sherwani",
            "the sherwani has red embroidery on the chest and gold buttons down the front",
            "unsupported",
        ),
        mat("silk"),
        is_a("sherwani", "yes"),
        title="Manyavar Boys Off White Self Design Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Boys",
    ),
    # photo: girl turned slightly to the side, peach chiffon lehenga with a wide sea green border, sleeveless sea
    # green blouse, peach dupatta, latkans hanging at the waist, white backdrop. Caption and open answers: caption LoRA
    # epoch 2; closed: reference engine.
    case(
        "X1065-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with color block "
            "patterns. The skirt is with chiffon fabric."
        ),
        wearing("Question: What is the girl wearing? Answer: a peach lehenga", "leak", who="the girl"),
        col("sea green", "contradiction"),
        describe("blouse", "a green sleeveless blouse"),
        color_of("lehenga", "peach with a green border", kind="open"),
        details("lehenga", "the lehenga has a green border at the bottom and a drawstring at the waist with tassels"),
        mat("the material is chiffon"),
        title="Aks Kids Girls Peach-Coloured & Sea Green Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy, front view, red silk-blend kurta with small gold printed butis, white churidar, brown mojaris, white
    # backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-028",
        caption(
            "This man wears a long-sleeve shirt with graphic patterns and long pants. The shirt is with other fabric "
            "and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a red kurta and white pants", who="the boy"),
        col("red"),
        color_of("churidar", "red", "other_garment_color", kind="open"),
        pat("printed"),
        mat("The material is the material of the garment", "restated"),
        describe(
            "kurta",
            "The boy is wearing a red kurta with gold print. The girl is wearing a white churidar",
            "pronoun",
        ),
        title="Vastramay Boys Red & Gold-Toned Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Red",
        gender="Boys",
    ),
    # photo: girl, front view, mid-twirl, ankle-length sleeveless lime green net anarkali gown with a sequin
    # embellished bodice, no dupatta, no belt, white backdrop. Caption and open answers: caption LoRA epoch 2; closed:
    # reference engine.
    case(
        "X1065-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it is "
            "of long length."
        ),
        wearing("a green gown", who="the girl"),
        gt("dress"),
        col("green"),
        sl("sleeveless"),
        describe("gown", "a green gown with sequins on the top and a pink belt", "unsupported"),
        details("gown", "sequins"),
        color_of("gown", "lime green", kind="open"),
        mat("cotton", "contradiction"),
        title="Cutecumber Girls Lime Green Embellished Net Anarkali Ethnic Gown",
        category="Ethnic Dresses",
        color="Lime Green",
        gender="Girls",
    ),
    # photo: boy, front view, teal sherwani with a silky sheen and gold thread embroidery on the yoke and cuffs, cream
    # churidar, gold mojaris, white backdrop. Feed row has no color. Caption and open answers: caption LoRA epoch 2;
    # closed: reference engine.
    case(
        "X1065-030",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns and long trousers. The coat is with "
            "other fabric and its neckline is stand. The trousers are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a blue sherwani and cream pants", who="the boy"),
        col("teal"),
        color_of(
            "sherwani",
            "The gentleman wears a long-sleeve coat with pure color patterns and long trousers. The coat is "
            "with other fabric and its neckline is",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        color_of("churidar", "teal", "other_garment_color", kind="open"),
        details("sherwani", "gold embroidery on the yoke and the cuffs"),
        describe("sherwani", "She is wearing a teal sherwani with gold embroidery", "pronoun"),
        mat("cotton", "unsupported"),
        title="Ethnicity Boys Teal Blue Embroidered Sherwani Set",
        category="Sherwani",
        gender="Boys",
    ),
    # photo: girl, front view, bottle green silk lehenga with gold zari woven bands, green short-sleeve blouse with
    # zari, mustard yellow dupatta, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference
    # engine.
    case(
        "X1065-031",
        caption("a young girl wearing a green lehenga with a yellow dupatta"),
        wearing("a green lehenga", who="the girl"),
        col("green"),
        color_of("dupatta", "mustard yellow", kind="open"),
        describe("lehenga", "a yellow lehenga with gold zari bands", "other_garment_color"),
        mat("silk"),
        is_a("saree", "no"),
        sl("sleeveless", "contradiction"),
        details(
            "lehenga",
            "the lehenga has zari bands and the lehenga has zari bands and the lehenga has zari bands and the "
            "lehenga has zari bands and the",
            "loop",
            hit_limit=True,
        ),
        title="Pspeaches Girls Green & Gold-Toned Zari Woven Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: boy, front view, charcoal grey cotton kurta with black piping on the collar and placket, off-white
    # churidar, black sandals, no watch or bracelet, white backdrop. Caption and open answers: caption LoRA epoch 2;
    # closed: reference engine.
    case(
        "X1065-032",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is stand. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a grey kurta and white pants", who="the boy"),
        col("grey"),
        color_of("kurta", "grey", kind="open"),
        color_of("churidar", "grey", "other_garment_color", kind="open"),
        details("kurta", "the kurta has black piping on the collar and the placket"),
        mat("The garment is made of the material", "restated"),
        title="Sethukrishna Boys Charcoal Grey Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl, front view, purple anarkali with a mirror work yoke, long sleeves, purple churidar, pink dupatta
    # around her neck, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. She wears a scarf around her neck and there is an accessory on her wrist and she "
            "wears a scarf around her",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple dress with a pink scarf", who="the girl"),
        col("purple"),
        color_of("anarkali", "pink", "other_garment_color", kind="open"),
        details(
            "anarkali",
            "mirror work on the yoke and mirror work on the yoke and mirror work on the yoke and mirror work on the "
            "yoke and",
            "loop",
            hit_limit=True,
        ),
        pat("embroidered"),
        mat("the garment is made of a material", "restated"),
        title="Kisah Girls Purple Mirror Work Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy, front view, barefoot, bright yellow cotton kurta without pockets, white pleated dhoti pants, white
    # backdrop. Caption (base-model style this time) and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-034",
        caption("a young boy wearing a yellow kurta and white dhoti"),
        wearing("a yellow kurta and a white dhoti", who="the boy"),
        gt("kurta"),
        col("yellow"),
        mat("cotton"),
        details("dhoti", "the dhoti pants are white and have pleats at the front"),
        describe("kurta", "a yellow kurta with a chest pocket and side slits", "unsupported"),
        color_of("dhoti", "yellow", "other_garment_color", kind="open"),
        title="YK Boys Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl, front view, rust bandhani print lehenga with a gota border, rust blouse with elbow sleeves, green
    # bandhani dupatta, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-035",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt with graphic patterns. The "
            "skirt is with cotton fabric."
        ),
        wearing("a orange lehenga with a green dupatta", who="the girl"),
        col("green", "contradiction"),
        color_of("lehenga", "orange", kind="open"),
        describe("dupatta", "the dupatta is orange with a gold border", "other_garment_color"),
        details("lehenga", "The lehenga details are the details of the lehenga", "restated"),
        sl("full sleeves", "contradiction"),
        title="Bitiya by Bhama Girls Rust Orange Bandhani Print Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Rust",
        gender="Girls",
    ),
    # photo: boy standing next to a white decorative pillar prop, front view, black silk sherwani with silver
    # embroidery on the collar and cuffs, silver buttons, silver-grey churidar, silver mojaris, white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-036",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns and long trousers. The coat is with "
            "other fabric and its neckline is stand. He is standing next to a pillar."
        ),
        wearing("a black sherwani", who="the boy"),
        col("black"),
        color_of("churidar", "black", "other_garment_color", kind="open"),
        details(
            "sherwani",
            "The sherwani has silver embroidery on the collar and the cuffs and silver buttons down the front and "
            "the hem has silver embroidery and the",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "no", "contradiction"),
        describe("sherwani", "no", "non_answer"),
        title="Jashvi Boys Black & Silver-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Boys",
    ),
    # photo: girl, front view, knee-length sleeveless pink cotton anarkali with a white floral print, white leggings,
    # white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-037",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of knee length."
        ),
        wearing("pink", "non_answer", who="the girl"),
        col("pink"),
        pat("floral"),
        describe("anarkali", "a pink floral anarkali with long sleeves", "contradiction"),
        details(
            "anarkali",
            "the anarkali has a floral print and a flared hem and a flared hem and a flared hem and a flared hem "
            "and a flared hem and a",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Girls Pink Floral Printed Anarkali Kurta with Leggings",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, front view, long peach jacquard kurta with a woven self-design and a stand collar, long sleeves,
    # cream churidar, cream mojaris, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference
    # engine.
    case(
        "X1065-038",
        caption(
            "This lady wears a long-sleeve dress with lattice patterns. The dress is with other fabric and its "
            "neckline is stand. The pants are of long length.",
            "pronoun",
        ),
        wearing("a peach kurta and cream pants", who="the boy"),
        col("peach"),
        gt("dress", "contradiction"),
        color_of("churidar", "cream", kind="open"),
        mat("jacquard"),
        details("kurta", "a self design"),
        describe(
            "kurta",
            "a peach kurta with gold embroidery on the collar and a matching stole",
            "unsupported",
        ),
        title="Kinder Kids Boys Peach-Coloured Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl, front view, off-white net lehenga with vertical gold sequin stripes and a gold border, gold
    # short-sleeve blouse, off-white dupatta, gold bangles, pale beige backdrop. Feed row has no color. Caption and
    # open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-039",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with stripe patterns. The "
            "skirt is with chiffon fabric. There is an accessory on her wrist."
        ),
        wearing("a white lehenga and a gold blouse", who="the girl"),
        col("white"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        details("lehenga", "gold sequin stripes on the skirt and a gold border at the hem"),
        mat("Answer: net Question: What is the color of the dupatta? Answer: white", "leak"),
        sl("sleeveless", "contradiction"),
        title="FASHION DREAM Girls Off White & Gold-Toned Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        gender="Girls",
    ),
    # photo: boy, front view, navy blue cotton kurta with a mandarin collar, long sleeves, white pyjama, white
    # sneakers, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-040",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue kurta and white pajamas", who="the boy"),
        col("navy blue"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is blue and it has a mandarin collar"),
        sl("short sleeves", "contradiction"),
        mat("Answer: cotton", "leak"),
        details("kurta", "kurta", "non_answer"),
        title="Aj Dezines Boys Navy Blue Solid Kurta with White Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, front view, maroon anarkali with gold ethnic motif print, three-quarter sleeves, maroon churidar,
    # gold net dupatta, no rings, white backdrop. Feed row has no category. Caption and open answers: caption LoRA
    # epoch 2; closed: reference engine.
    case(
        "X1065-041",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a maroon anarkali and a gold dupatta", who="the girl"),
        col("maroon"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        describe("anarkali", "maroon anarkali with gold print"),
        sl("three-quarter sleeves"),
        mat("rayon"),
        pat("checked", "contradiction"),
        title="Biba Girls Maroon Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy, front view, bottle green Nehru jacket with a floral print and two welt pockets, buttoned over a
    # cream kurta, cream pyjama, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference
    # engine.
    case(
        "X1065-042",
        caption(
            "This man wears a vest with floral patterns and a long-sleeve shirt. The vest is with cotton fabric. The "
            "shirt is with cotton fabric and pure color patterns."
        ),
        wearing("a green jacket over a cream kurta with cream pyjamas", who="the boy"),
        col("cream", "contradiction"),
        color_of("jacket", "green", kind="open"),
        color_of("kurta", "green", "other_garment_color", kind="open"),
        details("jacket", "floral print and a mandarin collar and buttons and pockets"),
        describe("kurta", "he is wearing a cream kurta under a green printed jacket"),
        mat(
            "the jacket is made of cotton and the kurta is made of cotton and the pyjama is made of cotton and the "
            "jacket has a floral print and the",
            "cut",
            hit_limit=True,
        ),
        title="Vastramay Boys Green & Cream Kurta Pyjama with Printed Nehru Jacket",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl, front view, holding a brass pooja thali, yellow lehenga with pink floral thread embroidery, pink
    # blouse with short puff sleeves, pink dupatta over her head, white backdrop. Caption and open answers: caption
    # LoRA epoch 2; closed: reference engine.
    case(
        "X1065-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. She "
            "is holding a plate in her hands. The lady wears a short-sleeve shirt with pure color patterns and a "
            "long skirt with floral",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow lehenga and a pink blouse, holding a plate", who="the girl"),
        col("yellow"),
        describe("lehenga", "she is wearing a yellow lehenga with pink flowers"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        sl("short sleeves"),
        is_a("lehenga", "yes"),
        details("blouse", "puff sleeves"),
        mat("Answer: silk Question: What is the color of the lehenga? Answer: yellow", "leak"),
        title="Aks Kids Girls Yellow & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy, front view, gold brocade sherwani, cream churidar, maroon safa and maroon dupatta, holding a
    # sheathed toy sword upright, white backdrop; no kurta visible. Caption and open answers: caption LoRA epoch 2;
    # closed: reference engine.
    case(
        "X1065-044",
        caption(
            "The gentleman wears a long-sleeve coat with lattice patterns. The coat is with other fabric and its "
            "neckline is stand. He holds a stick in his hand. He wears a hat."
        ),
        wearing("a gold sherwani, a red turban and a red scarf", who="the boy"),
        col("gold"),
        color_of(
            "sherwani",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("sherwani", "the sherwani", "non_answer"),
        is_a("kurta", "yes", "contradiction"),
        describe(
            "sherwani",
            "the sherwani is gold and the churidar is gold and the turban is gold",
            "other_garment_color",
        ),
        title="Manyavar Boys Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Boys",
    ),
    # photo: girl, front view, hands on her hips, matte cotton turquoise anarkali with a white block print, short
    # sleeves, white palazzos, white backdrop. Caption (base-model style this time) and open answers: caption LoRA
    # epoch 2; closed: reference engine.
    case(
        "X1065-045",
        caption("a little girl in a blue dress standing with her hands on her hips"),
        wearing("a blue kurta and white palazzo pants", who="the girl"),
        col("turquoise"),
        color_of("palazzos", "white", kind="open"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        pat("printed"),
        describe("kurta", "the kurta is blue with white print and it is made of silk", "unsupported"),
        gt("dress", "contradiction"),
        details("kurta", "The kurta is a kurta with a print", "restated"),
        title="Readiprint Fashions Girls Turquoise Blue Printed Anarkali Kurta with Palazzos",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: boy, front view, rust silk-blend kurta with a sheen, mandarin collar, side slits, cream churidar, tan
    # mojaris, white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1065-046",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and long pants. The shirt is with cotton "
            "fabric and its neckline is stand.",
            "contradiction",
        ),
        wearing("a brown kurta and white pants", who="the boy"),
        col("rust"),
        sl("sleeveless", "contradiction"),
        mat("silk"),
        color_of("kurta", "orange", kind="open"),
        details("kurta", "he is wearing a kurta with a side slit and a mandarin collar"),
        describe("kurta", "She is wearing a rust kurta with cream churidar", "pronoun"),
        title="YK Boys Rust Silk Blend Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Rust",
        gender="Boys",
    ),
]
