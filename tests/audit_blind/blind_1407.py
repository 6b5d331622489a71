"""BLIND_1407 (45 products; Myntra ethnic wear, caption + extractive QA): written blind in the sixty-fourth session.
Measured blind at 4e1890e (the session's fourth rules): 60/72 failures found (83.3%) and 30/270 correct texts flagged
(11.1%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, straight and A-line kurtas shown over leggings, kurta
sets with a dupatta, ethnic gowns and ethnic maxi dresses. Catalog shots: a model on a plain studio backdrop, the
product worn with leggings, churidars or a dupatta of another colour, now and then a flat lay, a back view or a prop
(a flower bunch, a cup, a potli bag). Columns as the feed has them: title, category (Myntra article type: Kurtas,
Kurtis, Kurta Sets, Ethnic Dresses), color (base colour) and gender, one of them missing here and there.
Who wrote what: the caption comes from the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3) on
Salesforce/blip2-opt-2.7b, 50 new tokens at most. It speaks only the DeepFashion-MultiModal template: dress, shirt,
leggings, pants; pure color / floral / graphic / lattice patterns; cotton / chiffon / knitted / denim / leather
fabric; no hue at all. Roughly half the captions stop on their own, the rest run to the limit, either cut
mid-sentence or going round the template again. The open questions (What is the person wearing? Describe the
garment. What are the details of the garment? What material is the garment made of?) are answered by the extractive
QA model (timpal0l/mdeberta-v3-base-squad2) over that caption, so every open answer is a span of the caption or empty
(the squad2 no-answer, stored as ""). The closed questions (garment type, color, pattern, sleeve length, "Is this a
kurta/gown/dress?") are answered by the reference engine, ranking a fixed candidate list that includes kurta, gown,
dress, top and leggings and the usual hue names; its answers are whole candidates and never cut or loop.
Two questionnaires ran over the feed: X1407-001 to -023 were asked wearing, description, material, type, color,
pattern and sleeves; X1407-024 onward wearing, details, type, color, sleeves and a yes/no garment question, with
material or pattern added on a few.
Labeling conventions and judgement calls:
- Open texts can only use the template's words, so "dress" or "shirt" for a kurta in a caption or an extractive span
  is left unmarked (it is the nearest thing the model can say); a closed garment_type of "dress" or "top" for a
  product sold and shown as a kurta is marked contradiction, because "kurta" was among the candidates. "dress" or
  "gown" for a gown are both right.
- "chiffon" for a georgette product is left unmarked (the template's word for a sheer fabric); a fabric the title
  contradicts ("cotton" for rayon, Liva, crepe or georgette, "chiffon" for silk blend or Liva, "knitted" for velvet,
  "denim" for cotton) is marked contradiction in the material answer, and in the caption when it is the caption's
  only fault (a cut, loop, pronoun or invented accessory takes the caption's one label instead).
- Near hues are left unmarked: mustard called yellow, rust called orange, olive called green, navy called blue,
  burgundy called maroon, lavender called purple, magenta called pink, off white called white. Peach called orange
  and navy called black are marked (they look different in the photo).
- A closed color that is the leggings', churidar's or dupatta's color is other_garment_color.
- One label per text. For captions: a repeated full sentence makes it loop (hit_limit); ending mid-phrase without a
  full repeat makes it cut (hit_limit), even when a few words of the template had started again or an accessory
  clause had started; otherwise the caption's own fault (pronoun, invented accessory, wrong fabric).
- An accessory sentence is judged by the photo: bangles or a watch make "an accessory on her wrist" right, bare
  wrists make it unsupported; a hat held or absent is unsupported; sunglasses pushed up on the head count as glasses.
  A flat lay has no wrist, so any wrist accessory there is unsupported.
- An empty extractive answer is non_answer; "dress" alone for "Describe the garment." is restated. A wearing answer
  that names only the leggings ("pants") is marked contradiction: it names another garment than the product.
- Extractive answers that repeat a caption fault are marked with the same kind as the caption fault (e.g. "denim").
- About one text in five is wrong, fewer than usual: closed answers are whole candidates and open answers are spans of
  the caption, so the loops and cuts stay in the captions, and most closed errors are the colour of the leggings or
  dupatta, a kurta ranked as "dress", or sleeves the photo alone settles.
"""

from tests.audit_corpus import BLIND_QUESTIONS, DEFAULT_QUESTIONS, caption, case, is_a

Q = DEFAULT_QUESTIONS
B = BLIND_QUESTIONS

BLIND_1407 = [
    # Photo: navy blue anarkali with small white flowers, three-quarter sleeves, round neck, white leggings, jhumkas.
    # caption: caption adapter (stopped on its own); open: extractive QA over the caption; closed: reference engine.
    case(
        "X1407-001",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length."
        ),
        Q.wearing("a medium-sleeve dress with floral patterns"),
        Q.description("a medium-sleeve dress with floral patterns"),
        B.material("cotton"),
        B.garment_type("kurta"),
        B.color("navy blue"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Libas Women Navy Blue Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: mustard straight calf-length kurta, blue block-printed motifs, three-quarter sleeves, mandarin collar,
    # white leggings. caption: caption adapter, ran to the limit and cut; open: extractive QA; closed: reference engine.
    case(
        "X1407-002",
        caption(
            "This woman wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The pants this woman wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.description("", "non_answer"),
        B.material("cotton"),
        B.garment_type("kurta"),
        B.color("mustard"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="AKS Women Mustard Yellow & Blue Ethnic Motifs Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: teal solid flared anarkali, sheer georgette, gota border at the hem, long sleeves, V-neck, gold leggings.
    # caption: caption adapter, went round the template again to the limit; open: extractive QA; closed: engine.
    case(
        "X1407-003",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The female wears a long-sleeve dress with pure color patterns. The dress is with "
            "chiffon fabric. It has a v-shape",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.description("a long-sleeve dress with pure color patterns. The dress is with chiffon fabric"),
        B.material("chiffon"),
        B.garment_type("dress", "contradiction"),
        B.color("teal"),
        B.pattern("solid"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="Sangria Women Teal Solid Flared Georgette Anarkali Kurta with Gotta Patti",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: pink floor-length georgette gown, embroidered yoke, long sleeves, round neck, matching pink dupatta on one
    # shoulder; wrists bare. caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-004",
        caption(
            "The lady is wearing a long-sleeve dress with solid color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.wearing("a long-sleeve dress with solid color patterns"),
        Q.description("dress", "restated"),
        B.material("chiffon"),
        B.garment_type("gown"),
        B.color("pink"),
        B.pattern("embroidered"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="Inddus Women Pink Embroidered Yoke Georgette Gown with Dupatta",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: green A-line rayon kurta with small white flowers, short sleeves, round neck, white leggings.
    # caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns and a long leggings. The dress is with cotton "
            "fabric. It has a round neckline.",
            "contradiction",
        ),
        Q.wearing("a short-sleeve dress with floral patterns and a long leggings"),
        Q.description("short-sleeve dress with floral patterns"),
        B.material("cotton", "contradiction"),
        B.garment_type("kurta"),
        B.color("white", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        gender="Women",
        title="W Women Green Floral Printed Rayon A-Line Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: rust anarkali with gold foil print, three-quarter sleeves, keyhole round neck, beige leggings, bangles.
    # caption: caption adapter, cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X1407-006",
        caption(
            "The female wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The pants the female wears is of long length. The "
            "pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.description("", "non_answer"),
        B.material("cotton"),
        B.garment_type("kurta"),
        B.color("orange"),
        B.pattern("printed"),
        B.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="Biba Women Rust Orange & Gold-Toned Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: maroon crepe straight kurta, gold embroidered yoke, long sleeves, round neck, gold leggings, gold net
    # dupatta over both arms. caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-007",
        caption(
            "This man is wearing a long-sleeve dress with solid color patterns. The dress is with cotton fabric. It "
            "has a round neckline. There is a neckwear.",
            "pronoun",
        ),
        Q.wearing("a long-sleeve dress with solid color patterns"),
        Q.description("long-sleeve dress with solid color patterns"),
        B.material("cotton", "contradiction"),
        B.garment_type("kurta"),
        B.color("gold", "other_garment_color"),
        B.pattern("embroidered"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="Janasya Women Maroon Yoke Design Crepe Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: flat lay, no model: black sleeveless maxi with white and red geometric print, V-neck, fabric tie belt.
    # caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-008",
        caption(
            "The person wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.wearing("a sleeveless dress with graphic patterns"),
        Q.description("sleeveless dress with graphic patterns"),
        B.material("cotton"),
        B.garment_type("dress"),
        B.color("black"),
        B.pattern("geometric"),
        B.sleeve_length("sleeveless"),
        gender="Women",
        title="Global Desi Women Black Geometric Printed Cotton Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: peach Liva (rayon) anarkali, thread-embroidered yoke, three-quarter sleeves, V-neck, white churidar.
    # caption: caption adapter, cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X1407-009",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "solid color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with floral patterns"),
        Q.description("a medium-sleeve dress with floral patterns"),
        B.material("chiffon", "contradiction"),
        B.garment_type("kurta"),
        B.color("peach"),
        B.pattern("embroidered"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Indo Era Women Peach-Coloured Floral Embroidered Liva Anarkali Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: hip-length navy kurti with a pink geometric print, three-quarter sleeves, round neck, bright pink leggings.
    # caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-010",
        caption(
            "This woman wears a medium-sleeve shirt with graphic patterns and a long leggings. The shirt is with "
            "cotton fabric. It has a round neckline."
        ),
        Q.wearing("a medium-sleeve shirt with graphic patterns and a long leggings"),
        Q.description("medium-sleeve shirt with graphic patterns"),
        B.material("cotton"),
        B.garment_type("top", "contradiction"),
        B.color("pink", "other_garment_color"),
        B.pattern("geometric"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Vishudh Women Navy Blue & Pink Geometric Printed Kurti",
        category="Kurtis",
        color="Navy Blue",
    ),
    # Photo: red floor-length georgette gown, sequinned yoke, full sleeves, round neck, red net dupatta, mid-twirl.
    # caption: caption adapter, round the template again to the limit; open: extractive QA; closed: reference engine.
    case(
        "X1407-011",
        caption(
            "The female is wearing a long-sleeve dress with solid color patterns. The dress is with chiffon fabric. "
            "It has a round neckline. The female is wearing a long-sleeve dress with solid color patterns. The dress "
            "is with chiffon fabric. It",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with solid color patterns"),
        Q.description("", "non_answer"),
        B.material("chiffon"),
        B.garment_type("gown"),
        B.color("red"),
        B.pattern("embellished"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="KALINI Women Red Embellished Georgette Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: olive straight kurta with cream paisley print, three-quarter sleeves, mandarin collar with a placket,
    # cream leggings. caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-012",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The pants this lady wears is of long length."
        ),
        Q.wearing("a medium-sleeve shirt with graphic patterns"),
        Q.description("medium-sleeve shirt with graphic patterns"),
        B.material("cotton"),
        B.garment_type("kurta"),
        B.color("green"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves", "contradiction"),
        gender="Women",
        title="Anouk Women Olive Green & Cream Paisley Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: yellow georgette maxi ethnic dress, pink and white flowers, short puff sleeves, round neck; the model holds
    # a bunch of white flowers, no hat anywhere. caption: caption adapter (stopped); open: extractive QA; closed:
    # reference engine.
    case(
        "X1407-013",
        caption(
            "The female wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. She wears a hat.",
            "unsupported",
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.description("short-sleeve dress with floral patterns"),
        B.material("cotton", "contradiction"),
        B.garment_type("dress"),
        B.color("yellow"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        gender="Women",
        title="Libas Women Yellow Floral Printed Georgette Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Yellow",
    ),
    # Photo: back view: blue anarkali with white flowers, long sleeves, white leggings; the neckline is not visible.
    # caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-014",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. The pants the "
            "lady wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.description("long-sleeve dress with floral patterns"),
        B.material("cotton"),
        B.garment_type("dress", "contradiction"),
        B.color("blue"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="Rangriti Women Blue & White Floral Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: pink silk-blend anarkali with gold zari flowers, long sleeves, V-neck, pink leggings, gold dupatta round
    # the neck, bangles. caption: caption adapter, round the template again; open: extractive QA; closed: engine.
    case(
        "X1407-015",
        caption(
            "This woman wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is a neckwear. There is an accessory on her wrist. This woman wears a "
            "long-sleeve dress with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.description("long-sleeve dress with floral patterns"),
        B.material("chiffon", "contradiction"),
        B.garment_type("kurta"),
        B.color("gold", "other_garment_color"),
        B.pattern("embroidered"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="Ahalyaa Women Pink & Gold Embroidered Silk Blend Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: white cotton straight kurta with indigo block print, three-quarter sleeves, round neck, indigo leggings,
    # mojaris. caption: caption adapter, round the template again; open: extractive QA; closed: reference engine.
    case(
        "X1407-016",
        caption(
            "The female wears a medium-sleeve dress with graphic patterns and a long leggings. The dress is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "The female wears a medium-sleeve dress with graphic",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns and a long leggings"),
        Q.description("medium-sleeve dress with graphic patterns"),
        B.material("cotton"),
        B.garment_type("kurta"),
        B.color("blue", "other_garment_color"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Jaipur Kurti Women White & Indigo Block Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: purple velvet floor-length gown, gold border at the hem and cuffs, long sleeves, round neck.
    # caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-017",
        caption(
            "The lady is wearing a long-sleeve dress with solid color patterns. The dress is with knitted fabric. It "
            "has a round neckline.",
            "contradiction",
        ),
        Q.wearing("a long-sleeve dress with solid color patterns"),
        Q.description("long-sleeve dress with solid color patterns"),
        B.material("knitted", "contradiction"),
        B.garment_type("gown"),
        B.color("purple"),
        B.pattern("solid"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="SCAKHI Women Purple Solid Velvet Ethnic Gown",
        category="Ethnic Dresses",
        color="Purple",
    ),
    # Photo: off-white cotton chikankari straight kurta, white thread flowers, three-quarter sleeves, round neck,
    # white leggings. caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-018",
        caption(
            "The female wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The pants this female wears is of long length."
        ),
        Q.wearing("a medium-sleeve dress with floral patterns"),
        Q.description("medium-sleeve dress with floral patterns"),
        B.material("cotton"),
        B.garment_type("kurta"),
        B.color("white"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="GERUA Women Off-White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: teal knee-length flared kurta with white geometric print, sleeveless with wide straps, square neck, white
    # leggings. caption: caption adapter (stopped); open: extractive QA (no span for "wearing"); closed: engine.
    case(
        "X1407-019",
        caption(
            "Her dress has no sleeves, cotton fabric and graphic patterns. It has a square neckline. The pants this "
            "lady wears is of long length."
        ),
        Q.wearing("", "non_answer"),
        Q.description("no sleeves, cotton fabric and graphic patterns"),
        B.material("cotton"),
        B.garment_type("kurta"),
        B.color("teal"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("sleeveless"),
        gender="Women",
        title="Juniper Women Teal & White Geometric Printed Cotton Flared Sleeveless Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: mustard anarkali with gold foil print, three-quarter sleeves, V-neck, red leggings, no rings.
    # caption: caption adapter, cut at the limit; open: extractive QA; closed: reference engine. The feed has no color.
    case(
        "X1407-020",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "solid color patterns. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.description("graphic patterns"),
        B.material("cotton"),
        B.garment_type("kurta"),
        B.color("red", "other_garment_color"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Varanga Women Mustard Yellow Foil Printed Anarkali Kurta",
        category="Kurtas",
    ),
    # Photo: green solid rayon straight kurta, calf length with side slits, lace at the neck, three-quarter sleeves,
    # white leggings. caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-021",
        caption(
            "This lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length.",
            "contradiction",
        ),
        Q.wearing("a medium-sleeve dress with pure color patterns"),
        Q.description("medium-sleeve dress with pure color patterns"),
        B.material("cotton", "contradiction"),
        B.garment_type("dress", "contradiction"),
        B.color("green"),
        B.pattern("solid"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Aurelia Women Green Solid Rayon Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: black georgette anarkali with a multicolour floral print, long sleeves, round neck, black leggings, a
    # watch on the left wrist. caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-022",
        caption(
            "The female wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist."
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.description("long-sleeve dress with floral patterns"),
        B.material("chiffon"),
        B.garment_type("kurta"),
        B.color("black"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="Sangria Women Black Floral Printed Georgette Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: burgundy straight kurta, gold thread work on the yoke, three-quarter sleeves, round neck, white leggings,
    # big jhumkas. caption: caption adapter (stopped); open: extractive QA (no span for "wearing"); closed: engine.
    case(
        "X1407-023",
        caption(
            "His dress has medium sleeves, cotton fabric and solid color patterns. It has a round neckline. The pants "
            "this gentleman wears is of long length.",
            "pronoun",
        ),
        Q.wearing("", "non_answer"),
        Q.description("medium sleeves, cotton fabric and solid color patterns"),
        B.material("cotton"),
        B.garment_type("kurta"),
        B.color("maroon"),
        B.pattern("solid"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Anubhutee Women Burgundy Yoke Design Straight Kurta",
        category="Kurtas",
        color="Burgundy",
    ),
    # Photo: pink anarkali with small white flowers, three-quarter sleeves, V-neck, white trousers, white dupatta with
    # a pink border over both shoulders. caption: caption adapter (stopped); open: extractive QA; closed: engine.
    case(
        "X1407-024",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is a neckwear."
        ),
        Q.wearing("a medium-sleeve dress with floral patterns"),
        Q.details("v-shape neckline"),
        B.garment_type("kurta"),
        B.color("pink"),
        is_a("kurta", "yes"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Libas Women Pink Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: navy blue floor-length georgette gown, silver sequins on the yoke and cuffs, sheer long sleeves, round
    # neck, a cocktail ring. caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-025",
        caption(
            "The female wears a long-sleeve dress with solid color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. There is a ring on her finger."
        ),
        Q.wearing("a long-sleeve dress with solid color patterns"),
        Q.details("round neckline"),
        B.garment_type("gown"),
        B.color("black", "contradiction"),
        is_a("gown", "yes"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="Inddus Women Navy Blue Embellished Georgette Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: sea green straight kurta with small pink flowers, three-quarter sleeves, round neck, pink leggings; the
    # model holds a pink dupatta in one hand. caption: caption adapter (stopped); open: extractive QA; closed: engine.
    case(
        "X1407-026",
        caption(
            "This woman wears a medium-sleeve dress with floral patterns and a long leggings. The dress is with "
            "cotton fabric. It has a round neckline."
        ),
        Q.wearing("a medium-sleeve dress with floral patterns and a long leggings"),
        Q.details("round neckline"),
        B.garment_type("kurta"),
        B.color("pink", "other_garment_color"),
        is_a("kurta", "yes"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="AKS Couture Women Sea Green & Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: powder blue solid sleeveless anarkali, round neck, white leggings, white dupatta round the neck.
    # caption: caption adapter (stopped); open: extractive QA (picks the leggings for "wearing"); closed: engine.
    case(
        "X1407-027",
        caption(
            "Her dress has no sleeves, chiffon fabric and pure color patterns. It has a round neckline. The pants "
            "this lady wears is of long length. There is a neckwear."
        ),
        Q.wearing("pants", "contradiction"),
        Q.details("round neckline"),
        B.garment_type("kurta"),
        B.color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        B.sleeve_length("sleeveless"),
        gender="Women",
        title="W Women Blue Solid Sleeveless Georgette Anarkali Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: red knee-length flared ethnic dress with gold print, three-quarter sleeves, round neck, gold churidar.
    # caption: caption adapter, cut at the limit as it started over; open: extractive QA; closed: reference engine.
    case(
        "X1407-028",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The lady wears a medium",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.details("round neckline"),
        B.garment_type("dress"),
        B.color("red"),
        is_a("dress", "yes"),
        B.sleeve_length("three-quarter sleeves"),
        B.pattern("printed"),
        gender="Women",
        title="Biba Women Red & Gold-Toned Printed Flared Ethnic Dress",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: grey and off-white vertical striped straight kurta, long sleeves rolled to the elbow, shirt collar, white
    # leggings. caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-029",
        caption(
            "The female wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this female wears is of long length."
        ),
        Q.wearing("a long-sleeve shirt with striped patterns"),
        Q.details("lapel neckline"),
        B.garment_type("kurta"),
        B.color("grey"),
        is_a("kurta", "yes"),
        B.sleeve_length("long sleeves"),
        B.pattern("striped"),
        gender="Women",
        title="Anouk Women Grey & Off-White Striped Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: maroon maxi ethnic dress, gold floral embroidery on the yoke, long sleeves, round neck.
    # caption: caption adapter, round the template again; open: extractive QA; closed: reference engine.
    case(
        "X1407-030",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. It has a round neckline",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.details("round neckline"),
        B.garment_type("dress"),
        B.color("maroon"),
        is_a("dress", "yes"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="Indo Era Women Maroon Floral Embroidered Georgette Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # Photo: lavender straight kurta with white flowers, short sleeves, notched round neck, white leggings, bare
    # wrists. caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-031",
        caption(
            "This woman wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.details("round neckline"),
        B.garment_type("kurta"),
        B.color("purple"),
        is_a("kurta", "no", "contradiction"),
        B.sleeve_length("short sleeves"),
        gender="Women",
        title="Janasya Women Lavender Floral Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: orange cotton anarkali with white block print, three-quarter sleeves, round neck, white leggings. The
    # feed leaves gender out. caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-032",
        caption(
            "The female wears a medium-sleeve dress with graphic patterns. The dress is with denim fabric. It has a "
            "round neckline. The pants this female wears is of long length.",
            "contradiction",
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.details("round neckline"),
        B.material("denim", "contradiction"),
        B.garment_type("kurta"),
        B.color("orange"),
        B.sleeve_length("three-quarter sleeves"),
        title="Rangriti Women Orange & White Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Orange",
    ),
    # Photo: teal floor-length gown, silver embroidery, long sleeves, V-neck, silver net dupatta over one shoulder.
    # caption: caption adapter, round the template again; open: extractive QA; closed: reference engine.
    case(
        "X1407-033",
        caption(
            "The female is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. There is a neckwear. The female is wearing a long-sleeve dress with floral "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.details("v-shape neckline"),
        B.garment_type("gown"),
        B.color("grey", "other_garment_color"),
        is_a("gown", "yes"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="KALINI Women Teal Blue Embroidered Georgette Gown with Dupatta",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: beige straight kurta with green leaf print, three-quarter sleeves, buttoned V-neck, green leggings.
    # caption: caption adapter, cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X1407-034",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long leggings. The dress is with cotton "
            "fabric. It has a v-shape neckline. The leggings are of long length. The leggings are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with floral patterns and a long leggings"),
        Q.details("v-shape neckline"),
        B.garment_type("kurta"),
        B.color("green", "other_garment_color"),
        is_a("kurta", "yes"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Libas Women Beige & Green Leaf Printed Straight Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Photo: magenta sleeveless straight kurta, gold-printed yoke, round neck, cream leggings.
    # caption: caption adapter (stopped); open: extractive QA (no span for "wearing"); closed: reference engine.
    case(
        "X1407-035",
        caption(
            "Her dress has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.wearing("", "non_answer"),
        Q.details("no sleeves, cotton fabric and pure color patterns"),
        B.garment_type("kurta"),
        B.color("pink"),
        is_a("kurta", "yes"),
        B.sleeve_length("sleeveless"),
        gender="Women",
        title="Vishudh Women Magenta Yoke Design Sleeveless Straight Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: bottle green silk anarkali with gold woven motifs, three-quarter sleeves, round neck, gold leggings,
    # bangles, a potli bag in one hand. caption: caption adapter, cut at the limit; open: extractive QA; closed: engine.
    case(
        "X1407-036",
        caption(
            "The lady is wearing a medium-sleeve dress with lattice patterns. The dress is with chiffon fabric. It has "
            "a round neckline. There is an accessory on her wrist. The pants this lady wears is of long length. The "
            "pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with lattice patterns"),
        Q.details("round neckline"),
        B.garment_type("kurta"),
        B.color("green"),
        is_a("kurta", "yes"),
        B.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="Ahalyaa Women Green Ethnic Motifs Woven Design Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: blue tiered maxi ethnic dress with a white floral print, short flutter sleeves, V-neck, sunglasses pushed
    # up on the head. caption: caption adapter (stopped); open: extractive QA; closed: engine. No category in the feed.
    case(
        "X1407-037",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. This lady wears glasses."
        ),
        Q.wearing("a short-sleeve dress with graphic patterns"),
        Q.details("v-shape neckline"),
        B.garment_type("dress"),
        B.color("blue"),
        is_a("dress", "yes"),
        B.sleeve_length("short sleeves"),
        B.pattern("solid", "contradiction"),
        gender="Women",
        title="Global Desi Women Blue & White Floral Printed Tiered Maxi Ethnic Dress",
        color="Blue",
    ),
    # Photo: mustard straight kurta, mirror-work yoke, three-quarter sleeves, mandarin collar, white leggings, glass
    # bangles. caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-038",
        caption(
            "This woman is wearing a medium-sleeve dress with solid color patterns. The dress is with cotton fabric. "
            "It has a stand neckline. There is an accessory on his wrist.",
            "pronoun",
        ),
        Q.wearing("a medium-sleeve dress with solid color patterns"),
        Q.details("stand neckline"),
        B.garment_type("kurta"),
        B.color("yellow"),
        is_a("kurta", "yes"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Sangria Women Mustard Yellow Yoke Design Mirror Work Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: rust anarkali with gold foil print, long sleeves, V-neck, black cotton-lycra leggings.
    # caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-039",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The pants this lady wears is of long length. The pants are with leather fabric.",
            "unsupported",
        ),
        Q.wearing("a long-sleeve dress with graphic patterns"),
        Q.details("v-shape neckline"),
        B.material("cotton"),
        B.garment_type("kurta"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="Juniper Women Rust Foil Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: white solid straight kurta with a lace hem, three-quarter sleeves, round neck, white leggings; the model
    # holds a cup of tea. caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-040",
        caption(
            "The female wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The pants this female wears is of long length."
        ),
        Q.wearing("a medium-sleeve dress with pure color patterns"),
        Q.details("round neckline"),
        B.garment_type("kurta"),
        B.color("white"),
        is_a("kurta", "yes"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Aurelia Women White Solid Straight Kurta with Lace Detail",
        category="Kurtas",
        color="White",
    ),
    # Photo: emerald green floor-length gown, gold floral embroidery, long sleeves, round neck, gold dupatta on one
    # shoulder, bangles. caption: caption adapter, round the template again; open: extractive QA; closed: engine.
    # The feed has no color for it.
    case(
        "X1407-041",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is a neckwear. There is an accessory on her wrist. The lady wears a long-sleeve "
            "dress with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with floral patterns"),
        Q.details("round neckline"),
        B.garment_type("dress"),
        B.color("green"),
        is_a("gown", "no", "contradiction"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="SCAKHI Women Green Floral Embroidered Georgette Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
    ),
    # Photo: navy straight kurta with white ethnic motifs, three-quarter sleeves, round neck, white leggings.
    # caption: caption adapter (stopped); open: extractive QA; closed: reference engine.
    case(
        "X1407-042",
        caption(
            "This gentleman wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The pants this gentleman wears is of long length.",
            "pronoun",
        ),
        Q.wearing("a medium-sleeve shirt with graphic patterns"),
        Q.details("round neckline"),
        B.garment_type("kurta"),
        B.color("blue"),
        is_a("kurta", "yes"),
        B.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="Anubhutee Women Navy Blue & White Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: pale peach solid kurta, gota yoke, three-quarter sleeves, V-neck, peach leggings.
    # caption: caption adapter, cut at the limit as it started over; open: extractive QA; closed: reference engine.
    case(
        "X1407-043",
        caption(
            "The female wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a v-shape neckline. The pants this female wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. The female",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with pure color patterns"),
        Q.details("v-shape neckline"),
        B.garment_type("kurta"),
        B.color("orange", "contradiction"),
        is_a("kurta", "yes"),
        B.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Libas Women Peach-Coloured Yoke Design Gotta Patti Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: black anarkali with gold print, long sleeves, round neck, black churidar, gold-printed dupatta round the
    # neck. caption: caption adapter (stopped); open: extractive QA (no span for details); closed: reference engine.
    case(
        "X1407-044",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a neckwear. The pants this lady wears is of long length."
        ),
        Q.wearing("a long-sleeve dress with graphic patterns"),
        Q.details("", "non_answer"),
        B.garment_type("kurta"),
        B.color("black"),
        is_a("kurta", "yes"),
        B.sleeve_length("long sleeves"),
        B.pattern("printed"),
        gender="Women",
        title="Biba Women Black & Gold-Toned Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: hot pink solid flared anarkali, long bell sleeves, V-neck, gold leggings, heels.
    # caption: caption adapter, cut at the limit as it started over; open: extractive QA; closed: reference engine.
    case(
        "X1407-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.details("v-shape neckline"),
        B.garment_type("dress", "contradiction"),
        B.color("pink"),
        is_a("kurta", "yes"),
        B.sleeve_length("long sleeves"),
        gender="Women",
        title="Varanga Women Pink Solid Flared Georgette Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
]
