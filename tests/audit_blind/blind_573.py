"""BLIND_573 (46 products; Myntra women's ethnic night on the VQA adapter): written blind in the fifty-first session.
Measured blind at 3d5f19d (the session's rules as they stood): 119/150 failures found (79.3%) and 13/208 correct texts
flagged (6.2%). The writer's notes, verbatim:

Scenario: one night of a Myntra women's ethnic-wear feed on enrich's default questionnaire: kurtas, kurtis, kurta
sets, anarkalis, sarees, lehenga cholis, salwar suits, ethnic gowns and dresses, dupattas. Studio catalog photos of
a model, mostly on a white or pale grey backdrop, front view, usually with the set's other pieces on (palazzos,
churidars, leggings, jeans, a contrast blouse or dupatta); a few props (a clutch, a jute bag, a stool). Seller titles
in the current Myntra style ("Brand Women Colour Pattern Fabric Kind with X & Y"), category = Myntra article type.

Who wrote what: captions by the base blip2-opt-2.7b (short, lowercase, stop on their own; name the set's colors
well, sometimes take a contrast dupatta or blouse for the product, call an anarkali or a long kurta a "dress", now
and then say "a man"). Open answers (wearing, description, details, material) by the fine-tuned VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA at 30 new tokens: short answers often right, long ones run on (loops of a phrase or
of hyphenated words, or cut mid-phrase at the limit), sometimes echo the `Question: ... Answer:` format or the
question, sometimes one word or "yes", invent fabrics, pockets, borders and jewellery, and now and then say "he".
Closed answers (garment_type, color, pattern, sleeve_length) by `--engine reference`: one candidate value each,
never looped or cut; their failures are the wrong pick (a dupatta's or palazzo's color, "dress" for a kurta).

Labeling conventions and judgement calls:
- Seller color groups decide shade calls: maroon/burgundy answered "red", teal/turquoise answered "blue", peach or
  magenta answered "pink", lavender answered "purple", olive/sea green answered "green", cream answered "white",
  rust answered "orange" all count as correct.
- A color that another worn piece has (palazzos, leggings, jeans, contrast dupatta or blouse, a jacket) given as
  the product's color is other_garment_color; a color that only the product's own print, border or trim has (gold
  zari border, gold foil print, blue print on a white dress) given as its color is contradiction.
- On sarees the sleeve question is answered from the blouse worn with it; a right blouse sleeve counts as correct.
- "dress" or "floral dress" for an anarkali or a long kurta (caption or closed type) is contradiction; "anarkali
  dress" is correct; "top" or "shirt" for a hip-length kurti (a shirt-collar kurti for "shirt") counts as correct.
  A kurta or dupatta product whose closed type names the other piece (kurta for a dupatta, jacket for a kurta worn
  under one) is contradiction.
- Material: correct when the title names the fabric (or it is plainly visible: net, velvet, sequinned net);
  a fabric that contradicts the title's fabric, or is another worn piece's fabric (denim of jeans or jacket), is
  contradiction; a fabric where the title names none is unsupported.
- Invented pockets, buttons, borders, dupattas, jewellery, trains, backdrops are unsupported; a wrong color for a
  piece that is there (a "green blouse" on a red lehenga) is contradiction.
- A run-on answer that repeats a phrase is loop even when it also stops mid-phrase; cut is a run-on without
  repetition that stops mid-phrase at 30 tokens. Both have hit_limit=True.
- An answer that begins with "Answer:" or carries another "Question: ... Answer:" is leak even if its content is
  right; one that echoes "Describe the garment." or says "the garment is made of the material" is restated.
- One word ("white", "kurta", "fabric"), "yes" or "the dupatta" to an open description/details/material question
  is non_answer; a one-word material that names a fabric is an answer, judged as above.
- "he" or "a man" for the woman model is pronoun, even when the rest of the text is right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

Q = DEFAULT_QUESTIONS

BLIND_573 = [
    # photo: mustard straight kurta, small white floral block print, round neck, 3/4 sleeves; white palazzos; white
    # dupatta with mustard border on one shoulder; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-001",
        caption("a woman in a yellow kurta and white palazzo pants"),
        Q.wearing("a yellow kurta with white palazzos and a white dupatta"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.description(
            "a yellow kurta with a round neck and small white flowers printed all over, paired with white palazzo "
            "pants and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Anouk Women Mustard Yellow Floral Printed Pure Cotton Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon calf-length straight kurta, gold ethnic-motif foil print on yoke and hem, mandarin collar, long
    # sleeves, side slits, no pockets; off-white trousers; grey backdrop, front. base caption, VQA open, ref closed.
    case(
        "X573-002",
        caption("a woman in a maroon kurta with gold print and white pants"),
        Q.wearing("she is wearing a maroon kurta with gold print and white pants"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description(
            "a maroon kurta with a mandarin collar and gold ethnic print on the yoke and along the hem and the "
            "sleeves with the side slits and the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the kurta has a mandarin collar, long sleeves, side slits and two side pockets", "unsupported"),
        Q.material("cotton"),
        title="Libas Women Maroon Ethnic Motifs Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal banarasi saree, gold zari buttis, broad gold zari border, pallu on left shoulder; teal blouse with
    # elbow sleeves; gold jhumkas; off-white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-003",
        caption("a woman in a teal and gold saree"),
        Q.wearing("a teal saree with a gold border and a teal blouse"),
        Q.garment_type("saree"),
        Q.color("teal"),
        Q.pattern("floral", "contradiction"),
        Q.description(
            "the saree is a teal saree with a gold border and the saree is a teal saree with a gold border and the "
            "saree is a teal",
            "loop",
            hit_limit=True,
        ),
        Q.details("the saree has a gold zari border with peacock motifs and tassels on the pallu", "unsupported"),
        Q.material("silk"),
        title="Mitera Teal & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: pink flared lehenga with gold sequin embroidery, pink choli with elbow sleeves, contrast green net
    # dupatta with gold border pinned on the shoulder; white backdrop, front. base caption, VQA open, ref closed.
    case(
        "X573-004",
        caption("a woman in a pink and green lehenga"),
        Q.wearing("a pink lehenga with a green dupatta"),
        Q.garment_type("lehenga"),
        Q.color("green", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("elbow sleeves"),
        Q.description(
            "Question: Describe the garment. Answer: a pink lehenga with gold embroidery Question: What is the color "
            "of the dupatta? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.details("the lehenga has gold sequins all over and the dupatta has a gold border"),
        title="SCAKHI Pink & Gold-Toned Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: navy flared ankle-length anarkali kurta, white and pink floral print, round neck, 3/4 sleeves; white
    # churidar barely visible; white backdrop, model twirling, side-front. base caption, VQA open, reference closed.
    case(
        "X573-005",
        caption("a woman in a blue floral dress twirling", "contradiction"),
        Q.wearing("a navy blue anarkali kurta with white churidar"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description("he is wearing a long blue kurta with flowers", "pronoun"),
        Q.details(
            "the kurta has a flared hem and a round neck and the kurta has a flared hem and a round neck and the "
            "kurta has a",
            "loop",
            hit_limit=True,
        ),
        title="AHIKA Women Navy Blue Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach solid A-line hip-length kurti, keyhole neck with tassel tie, short sleeves; blue skinny jeans;
    # white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-006",
        caption("a woman wearing a blue top and jeans", "other_garment_color"),
        Q.wearing("a peach kurti and blue jeans"),
        Q.garment_type("kurti"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("he is wearing a peach kurti with blue jeans", "pronoun"),
        Q.details("the kurti has a keyhole neck with a tassel tie"),
        Q.material("denim", "contradiction"),
        title="W Women Peach-Coloured Solid Cotton A-Line Kurti",
        category="Kurtis",
        color="Peach",
        gender="Women",
    ),
    # photo: magenta bandhani-dot dupatta with gota lace border over both shoulders, on a plain white straight kurta
    # and white churidar; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-007",
        caption("a woman in a white kurta with a pink scarf"),
        Q.wearing("a white kurta with a pink dupatta"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.description("a pink dupatta with small white dots all over and a gold border"),
        Q.details("the details of the garment are the details of the dupatta", "restated"),
        title="SOUNDARYA Magenta & White Bandhani Printed Dupatta with Gotta Patti",
        category="Dupatta",
        color="Magenta",
        gender="Women",
    ),
    # photo: bottle green georgette floor-length ethnic gown, gold thread embroidery on yoke, long sleeves, flared;
    # no dupatta; hand on hip; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-008",
        caption("a woman in a green gown with gold embroidery"),
        Q.wearing("a green gown with gold embroidery on the neckline"),
        Q.garment_type("gown"),
        Q.color("green"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description(
            "a long green gown with gold embroidery on the yoke and a matching green dupatta with gold border",
            "unsupported",
        ),
        Q.details(
            "the gown has gold embroidery on the neckline and the sleeves, the neckline, the sleeves, the neckline, "
            "the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("georgette"),
        title="Inddus Women Green Embroidered Georgette Maxi Ethnic Gown",
        category="Ethnic Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: off-white chikankari cotton kurta, white thread work, plain round neck, 3/4 sleeves; off-white salwar;
    # sheer off-white dupatta; pale grey backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-009",
        caption("a woman in a white salwar suit"),
        Q.wearing("a white kurta with white salwar and a white dupatta"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("printed", "contradiction"),
        Q.description("white", "non_answer"),
        Q.details("the kurta has white thread embroidery and pearl buttons on the placket", "unsupported"),
        Q.material("cotton"),
        title="Rajnandini Women Off White Chikankari Embroidered Pure Cotton Kurta with Salwar & Dupatta",
        category="Salwar Suits",
        color="Off White",
        gender="Women",
    ),
    # photo: red georgette saree with thin black border, black sleeveless blouse, hand on the pallu; white backdrop,
    # front. base caption, VQA open, reference closed.
    case(
        "X573-010",
        caption("a woman in a red saree with black blouse"),
        Q.wearing(
            "a red saree with a black blouse Question: What is the color of the saree? Answer: red Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("saree"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "the saree is red with a black border and a black blouse and the pallu is red with a black border and "
            "the pallu is red",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "contradiction"),
        title="Saree mall Red Solid Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: rust straight kurta, small cream floral print, round neck with button placket, 3/4 sleeves, no mirror
    # work or tassels; cream palazzos; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-011",
        caption("a woman in an orange kurta and white pants"),
        Q.wearing("Answer: an orange kurta and white pants", "leak"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.description("an orange kurta with a round neck and a button placket and small cream flowers printed on it"),
        Q.details("the kurta has a mirror work yoke and tassels on the neckline", "unsupported"),
        title="Biba Women Rust Orange & Cream Floral Printed Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: lavender straight kurta, white thread embroidery on yoke, V-neck, 3/4 sleeves with scalloped hems,
    # straight hem with side slits; lavender trousers; white backdrop, front. base caption, VQA open, ref closed.
    case(
        "X573-012",
        caption("a woman in a blue kurta and pants", "contradiction"),
        Q.wearing("a purple kurta with purple pants"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description("a lavender kurta with white embroidery on the yoke and a v-neck"),
        Q.details(
            "the kurta has a v-neck with white thread embroidery on the yoke, three-quarter sleeves with a scalloped "
            "hem and a straight hem with side",
            "cut",
            hit_limit=True,
        ),
        Q.material("the material is a blend of cotton and polyester", "unsupported"),
        title="Sangria Women Lavender Yoke Design Thread Work Kurta with Trousers",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: navy chiffon saree with white leaf print and a thin navy border on the pallu; pink contrast blouse with
    # short sleeves; pallu over the arm; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-013",
        caption("a woman in a pink saree", "other_garment_color"),
        Q.wearing("a blue saree with a pink blouse"),
        Q.garment_type("saree"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.details(
            "the saree has white leaf print all over and a pink blouse with short sleeves, the pallu has a thin navy "
            "border with a white",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        title="Mitera Navy Blue & White Leaf Printed Pure Chiffon Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon velvet lehenga with gold zari embroidered border, gold brocade choli with elbow sleeves, maroon
    # net dupatta with gold lace; maang tikka; no train; white backdrop, front. base caption, VQA open, ref closed.
    case(
        "X573-014",
        caption("a woman in a red and gold lehenga"),
        Q.wearing("a gold lehenga with a maroon dupatta", "other_garment_color"),
        Q.garment_type("lehenga"),
        Q.color("gold", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("elbow sleeves"),
        Q.description(
            "a bridal lehenga with heavy stone work and mirror work on the skirt and a long train at the back",
            "unsupported",
        ),
        Q.details("the lehenga-lehenga-lehenga-lehenga-lehenga-lehenga-lehenga-lehenga", "loop", hit_limit=True),
        Q.material("velvet"),
        title="Panchhi Women Maroon & Gold-Toned Embroidered Velvet Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: black hip-length sleeveless kurti, white and red geometric print, mandarin collar; blue jeggings; white
    # backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-015",
        caption("a woman in a black and white printed top"),
        Q.wearing("a black printed kurti and blue jeans"),
        Q.garment_type("kurti"),
        Q.color("black"),
        Q.pattern("floral", "contradiction"),
        Q.description("she is wearing a black kurti with a mandarin collar and a white and red geometric print"),
        Q.details("yes", "non_answer"),
        Q.material("rayon", "unsupported"),
        title="Global Desi Women Black & White Geometric Printed Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: sea green flared anarkali kurta, gold gota lace at hem and sleeves, round neck, 3/4 sleeves; sea green
    # churidar; sea green dupatta with gota border; white backdrop, front. base caption, VQA open, ref closed.
    case(
        "X573-016",
        caption("a woman in a green anarkali dress with gold trim"),
        Q.wearing("a green anarkali kurta with a green dupatta and green churidar"),
        Q.color("green"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description(
            "the anarkali is green with gold gota lace at the hem and the sleeves and the dupatta has a gold border "
            "along both sides and small",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the kurta has a gold gota border at the hem, the sleeves, the neckline, the hem, the sleeves, the "
            "neckline, the hem",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Ahalyaa Women Sea Green Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: indigo straight kurta, white dabu floral block print, band collar, long sleeves; white cotton pants;
    # model holds a plain jute tote bag; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-017",
        caption("a woman in a blue kurta holding a bag"),
        Q.wearing("a blue kurta and white pants and a bag"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.description("he is wearing a blue kurta with white flowers", "pronoun"),
        Q.details(
            "the kurta has a band collar and a white floral print and a leather bag with a gold chain", "unsupported"
        ),
        Q.material("cotton"),
        title="Fabindia Women Indigo Blue Dabu Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow phulkari dupatta with pink, green and orange thread embroidery, over an off-white kurta and
    # off-white palazzos; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-018",
        caption("a woman in a white kurta with a yellow dupatta"),
        Q.wearing("a white kurta and white pants and a yellow scarf"),
        Q.garment_type("dupatta"),
        Q.color("white", "other_garment_color"),
        Q.description("a yellow dupatta with pink and green embroidery all over it and a white kurta"),
        Q.details(
            "the dupatta has pink green and orange thread embroidery and the dupatta has pink green and orange thread "
            "embroidery and",
            "loop",
            hit_limit=True,
        ),
        Q.material("dupatta", "non_answer"),
        title="Dupatta Bazaar Yellow & Pink Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Yellow",
        gender="Women",
    ),
    # photo: cream kerala kasavu cotton saree with broad gold zari border, cream blouse with gold-edged short sleeves;
    # jasmine in hair; white backdrop, front, pallu pleated on the shoulder. base caption, VQA open, ref closed.
    case(
        "X573-019",
        caption("a woman in a white saree with gold border standing in front of a temple", "unsupported"),
        Q.wearing("a white and gold saree"),
        Q.garment_type("saree"),
        Q.color("gold", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description("a cream saree with a wide gold border and a cream blouse"),
        Q.details(
            "the saree has a wide gold zari border along the pleats and the pallu, and the cream blouse has short "
            "sleeves edged with a thin",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="The Chennai Silks Cream-Coloured & Gold-Toned Zari Kasavu Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: burgundy tiered maxi ethnic dress, gold foil print, V-neck, flared bell sleeves to the elbow, waist tie;
    # white backdrop, side-front. base caption, VQA open, reference closed.
    case(
        "X573-020",
        caption("a woman in a red maxi dress"),
        Q.wearing("a red dress"),
        Q.color("maroon"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description(
            "a long burgundy dress with gold print and a tie at the waist, three tiers, a v-neck and flared sleeves "
            "that end at the elbow and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("Question: What are the details of the garment? Answer:", "leak"),
        Q.material("rayon", "unsupported"),
        title="Varanga Women Burgundy Ethnic Motifs Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: green and white vertical striped straight kurta, mandarin collar, long sleeves, no pockets; white trousers;
    # white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-021",
        caption("a woman in a green and white striped kurta"),
        Q.wearing("a green striped kurta and white pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("green"),
        Q.pattern("striped"),
        Q.description("a green kurta with thin white stripes, a mandarin collar and two patch pockets", "unsupported"),
        Q.details(
            "Question: What are the details of the garment? Answer: the kurta has white stripes and a mandarin collar "
            "Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Indo Era Women Green & White Striped Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: white chikankari hand-embroidered georgette kurta, sheer over a white slip, scalloped hem, long sleeves;
    # white palazzos; grey backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-022",
        caption("a woman in a white kurta standing in front of a grey wall"),
        Q.wearing("a white kurta and white palazzo pants"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.description("a white kurta with white embroidery and mirror work on the sleeves", "unsupported"),
        Q.details(
            "the kurta has white chikankari embroidery all over the front and the sleeves, with a scalloped hem and "
            "a sheer slip underneath that is",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        title="ADA Women White Chikankari Hand Embroidered Georgette Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: lime green flared lehenga with pink floral print, pink sleeveless choli, pink dupatta with lime border;
    # white backdrop, front. feed row lacks the color. base caption, VQA open, reference closed.
    case(
        "X573-023",
        caption("a woman in a green and pink lehenga"),
        Q.wearing("a green skirt and a pink top"),
        Q.garment_type("lehenga"),
        Q.color("green"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("a pink lehenga with a pink dupatta", "other_garment_color"),
        Q.details("the lehenga has a pink floral print and the choli is sleeveless"),
        Q.material("the material of the lehenga is the material of the garment", "restated"),
        title="Ethnovog Women Lime Green & Pink Floral Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        gender="Women",
    ),
    # photo: black net saree with all-over silver sequins, black sleeveless sweetheart blouse; model holds a silver
    # clutch; dark grey backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-024",
        caption("a woman in a black saree holding a purse"),
        Q.wearing("the person is wearing a black saree"),
        Q.garment_type("saree"),
        Q.color("black"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("a black saree with silver sequins and a black velvet blouse with a deep back", "unsupported"),
        Q.details(
            "the saree has silver sequins all over and the saree has silver sequins all over and the saree has "
            "silver sequins all over",
            "loop",
            hit_limit=True,
        ),
        Q.material("net"),
        title="Mitera Women Black Embellished Sequinned Net Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: pink A-line kurta, small white and green floral print, V-neck, 3/4 sleeves; pink palazzos; white dupatta
    # with pink floral print; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-025",
        caption("a woman in a pink floral kurta and pink pants"),
        Q.wearing("a pink kurta and a white dupatta"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description(
            "she is wearing a pink kurta with a v neck and a white dupatta with pink flowers and pink palazzo pants "
            "and a pink",
            "cut",
            hit_limit=True,
        ),
        Q.material("the garment is made of the material", "restated"),
        title="KALINI Women Pink Floral Printed Pure Cotton Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: olive knee-length straight kurta, mandarin collar with gold buttons, 3/4 sleeves, side slits; white
    # slim pants; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-026",
        caption("a man in a green kurta and white pants", "pronoun"),
        Q.wearing("a green kurta and white pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description(
            "a plain olive kurta with a mandarin collar and gold buttons, three-quarter sleeves, side slits and a "
            "straight hem, worn with white pants and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        title="AURELIA Women Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: red georgette anarkali kurta, gold zari embroidered yoke, long sleeves; red churidar; red chiffon dupatta
    # with gold border; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-027",
        caption("a woman in a red anarkali suit"),
        Q.wearing("a red anarkali suit with a red dupatta"),
        Q.garment_type("dress", "contradiction"),
        Q.color("red"),
        Q.sleeve_length("long sleeves"),
        Q.description("Describe the garment. a red anarkali with gold embroidery on the yoke", "restated"),
        Q.details("the anarkali has a gold embroidered yoke and a flared skirt with golden embroidery"),
        Q.material("Answer: georgette", "leak"),
        title="Stylee LIFESTYLE Women Red Embroidered Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Salwar Suits",
        color="Red",
        gender="Women",
    ),
    # photo: mustard silk-blend saree with contrast magenta zari border and magenta pallu; magenta blouse with elbow
    # sleeves; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-028",
        caption("a woman in a yellow and pink saree"),
        Q.wearing("a yellow saree with a pink border and a pink blouse"),
        Q.garment_type("saree"),
        Q.color("pink", "other_garment_color"),
        Q.description(
            "a mustard saree with a magenta border and magenta pallu with gold zari work on the border and the pallu "
            "and the border and the pallu and the border",
            "loop",
            hit_limit=True,
        ),
        Q.details("the saree has details", "non_answer"),
        Q.material("silk"),
        title="Kalamandir Women Mustard & Magenta Woven Design Zari Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: turquoise straight kurta, white and navy geometric print, round neck, 3/4 sleeves; black leggings;
    # white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-029",
        caption("a woman in a blue kurta and black leggings"),
        Q.wearing("a blue kurta and black leggings"),
        Q.garment_type("kurta"),
        Q.color("black", "other_garment_color"),
        Q.pattern("geometric"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description("the kurta is black with a geometric print", "other_garment_color"),
        Q.material("the material of the garment is the fabric", "restated"),
        title="Vishudh Women Turquoise Blue & Navy Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: peach georgette floor-length ethnic gown, silver sequin embroidery on the bodice, sleeveless; peach net
    # dupatta over the left shoulder; no jewellery; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-030",
        caption("a woman in a peach gown with a dupatta"),
        Q.wearing(
            "a peach gown with silver sequins on the bodice and a sheer peach dupatta draped over her left shoulder "
            "and falling to the floor with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("gown"),
        Q.color("peach"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description(
            "a peach gown with silver sequins on the bodice and a peach dupatta, she is wearing a peach gown with "
            "silver sequins on the bodice",
            "loop",
            hit_limit=True,
        ),
        Q.details("she has a silver necklace and earrings", "unsupported"),
        Q.material("georgette"),
        title="Ethnic Attire Women Peach-Coloured Embellished Georgette Maxi Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: grey straight kurta, silver ethnic-motif embroidery on yoke and round neck, 3/4 sleeves with silver lace;
    # grey trousers; pink dupatta with grey border; white backdrop, front. base caption, VQA open, ref closed.
    case(
        "X573-031",
        caption("a woman in a grey kurta with a pink dupatta"),
        Q.wearing("a pink kurta with a pink dupatta", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.color("grey"),
        Q.description("a grey kurta with a pink dupatta"),
        Q.details(
            "the kurta has silver ethnic motif embroidery on the yoke and round neck, three-quarter sleeves with "
            "silver lace at the hem and matching grey trousers with",
            "cut",
            hit_limit=True,
        ),
        Q.material("rayon", "unsupported"),
        title="Varanga Women Grey Ethnic Motifs Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: black chanderi dupatta with gold zari buttis and gold border over one shoulder, on a maroon straight kurta
    # and maroon trousers; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-032",
        caption("a woman in a red kurta with a black scarf"),
        Q.wearing("a maroon kurta and pants with a black dupatta"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("woven design"),
        Q.description("a black dupatta with gold border"),
        Q.details("the dupatta", "non_answer"),
        Q.material("chanderi"),
        title="Anouk Black & Gold-Toned Ethnic Motifs Woven Design Chanderi Dupatta with Zari",
        category="Dupatta",
        color="Black",
        gender="Women",
    ),
    # photo: navy lehenga with all-over silver sequin embroidery, navy blouse with short sleeves, silver-grey net
    # dupatta; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-033",
        caption("a woman in a blue lehenga with silver sequins"),
        Q.wearing("a blue lehenga with a silver dupatta"),
        Q.garment_type("lehenga"),
        Q.color("grey", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        Q.description("a navy lehenga with silver sequins all over and a silver dupatta with tassels", "unsupported"),
        Q.details(
            "Question: What are the details of the garment? Answer: the lehenga has silver sequins Question: What is "
            "the color of the dupatta?",
            "leak",
            hit_limit=True,
        ),
        title="Mabish by Sonal Jain Navy Blue & Silver-Toned Sequinned Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow chanderi straight kurta, gota patti lace on neckline, sleeves and hem, 3/4 sleeves, side slits;
    # white palazzos; no dupatta; silver jhumkas; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-034",
        caption("a woman in a yellow kurta with white pants and earrings"),
        Q.wearing("a yellow kurta with white pants and a pink dupatta", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("a yellow kurta with gold lace on the neckline and the hem"),
        Q.details(
            "the kurta has gold gota patti lace on the neckline and the hem and the sleeves and a straight hem with "
            "side slits and the palazzo",
            "cut",
            hit_limit=True,
        ),
        Q.material("chanderi silk"),
        title="Libas Women Yellow Gotta Patti Chanderi Silk Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: purple crepe saree, white and pink floral print, plain edge with no border; purple blouse with elbow
    # sleeves; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-035",
        caption("a woman in a purple saree with white flowers"),
        Q.wearing("he is wearing a purple saree with white flowers", "pronoun"),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description(
            "a purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple",
            "loop",
            hit_limit=True,
        ),
        Q.details("the saree has a zari border and a tassel pallu", "unsupported"),
        Q.material("crepe"),
        title="Saree mall Purple & White Floral Printed Crepe Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: blue and white striped hip-length kurti, shirt collar, button placket, roll-up long sleeves with button
    # tabs, curved hem with side slits; light blue jeans; white backdrop, front. base caption, VQA open, ref closed.
    case(
        "X573-036",
        caption("a woman in a blue and white striped shirt and jeans"),
        Q.wearing("she is wearing a blue striped kurti and jeans"),
        Q.color("blue"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.description("Answer: a blue and white striped kurti with a shirt collar", "leak"),
        Q.details(
            "the kurti has a shirt collar a button placket roll-up sleeves with button tabs and a curved hem with "
            "side slits and a chest",
            "cut",
            hit_limit=True,
        ),
        title="HERE&NOW Women Blue & White Striped Shirt Collar Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: black flared anarkali kurta, gold foil ethnic-motif print, round neck, long sleeves; black leggings;
    # white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-037",
        caption("a woman in a black and gold anarkali dress"),
        Q.wearing("he is wearing a black and gold anarkali", "pronoun"),
        Q.garment_type("kurta"),
        Q.color("gold", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.description("a black anarkali with gold print"),
        Q.details("no", "non_answer"),
        Q.material("velvet", "unsupported"),
        title="Janasya Women Black & Gold-Toned Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: rust bandhani-print short kurta with mirror work on the neckline, 3/4 sleeves; rust sharara; mustard
    # dupatta; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-038",
        caption("a woman in a yellow kurta and orange sharara", "other_garment_color"),
        Q.wearing("an orange kurta and orange pants with a yellow dupatta"),
        Q.garment_type("kurta"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description(
            "a kurta with a short kurta and sharara and a dupatta and a kurta with a short kurta and sharara and a "
            "dupatta and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("fabric", "non_answer"),
        title="Sangria Women Rust Bandhani Printed Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: pink organza saree, white and green floral print, thin silver border; pink sleeveless blouse; model holds
    # a white beaded clutch; pale pink backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-039",
        caption("a woman in a pink saree holding a white purse in front of a pink wall"),
        Q.wearing("he is wearing a pink saree", "pronoun"),
        Q.garment_type("saree"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("Question: Describe the garment. Answer: a pink saree with flowers", "leak"),
        Q.details(
            "the saree has white flowers and a silver border and the saree has white flowers and a silver border "
            "and the saree has white",
            "loop",
            hit_limit=True,
        ),
        Q.material("organza"),
        title="KALKI Fashion Women Pink Floral Printed Organza Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: white A-line maxi ethnic dress, blue floral print, round neck, 3/4 sleeves, fabric waist tie, no pockets;
    # white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-040",
        caption("a woman in a white dress with blue flowers"),
        Q.wearing("the person is wearing a garment", "restated"),
        Q.garment_type("dress"),
        Q.color("blue", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description(
            "the garment is a white dress with blue flowers and a tie at the waist and the garment is a white dress "
            "with blue flowers",
            "loop",
            hit_limit=True,
        ),
        Q.details("the dress has pockets on both sides", "unsupported"),
        Q.material("cotton"),
        title="Yufta Women White & Blue Floral Printed Cotton A-Line Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="White",
        gender="Women",
    ),
    # photo: beige straight kurta, tonal thread embroidery on the yoke, V-neck, long sleeves; cream trousers; white
    # backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-041",
        caption("a woman in a beige kurta and white pants"),
        Q.wearing("a beige kurta with white pants"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.description("kurta", "non_answer"),
        Q.details("the kurta has tonal thread embroidery on the yoke and a v-neck"),
        Q.material("linen", "unsupported"),
        title="Anouk Women Beige Yoke Design Thread Work Kurta with Trousers",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: red bridal lehenga, heavy gold zari and sequin embroidery, red short-sleeved choli, red net dupatta over
    # the head with gold border; gold choker, maang tikka; no train; white backdrop, front. base caption, VQA open.
    case(
        "X573-042",
        caption("a bride in a red and gold lehenga"),
        Q.wearing("a red bridal lehenga with a red dupatta on her head"),
        Q.garment_type("lehenga"),
        Q.color("red"),
        Q.sleeve_length("short sleeves"),
        Q.description("a red lehenga with gold embroidery and a green blouse", "contradiction"),
        Q.details(
            "the lehenga has heavy gold embroidery and sequins on the skirt and the blouse and the dupatta has a gold "
            "border and the lehenga has heavy gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Kalki Fashion Women Red & Gold-Toned Embroidered Bridal Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: teal solid short kurta, white thread embroidery at the neckline, 3/4 sleeves; teal patiala salwar; pink
    # chiffon dupatta; white backdrop, front. feed row lacks the color. base caption, VQA open, reference closed.
    case(
        "X573-043",
        caption("a woman in a blue kurta with a pink scarf"),
        Q.wearing("a pink kurta and patiala salwar", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.color("pink", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description("yes", "non_answer"),
        Q.details("the kurta has white embroidery on the neckline"),
        Q.material("cotton", "unsupported"),
        title="Rajnandini Women Teal Embroidered Kurta with Patiala & Dupatta",
        category="Salwar Suits",
        gender="Women",
    ),
    # photo: green knee-length straight kurta with white floral print, round neck, under a cropped light-blue denim
    # jacket worn open; white slim pants; white backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-044",
        caption("a woman in a denim jacket and a green floral dress", "contradiction"),
        Q.wearing("a blue denim jacket over a green kurta and white pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.description(
            "a blue jacket with a green kurta underneath and a blue jacket with a green kurta underneath and a blue "
            "jacket with a green",
            "loop",
            hit_limit=True,
        ),
        Q.details("the kurta has a white floral print and a round neck"),
        title="Sangria Women Green & White Floral Printed Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: white net dupatta, gold embroidered buttis, scalloped gold border, over a pink straight kurta and pink
    # trousers; no jewellery; white backdrop, front. feed row lacks the gender. base caption, VQA open, ref closed.
    case(
        "X573-045",
        caption("a woman in a pink kurta with a white dupatta"),
        Q.wearing("a pink suit with a white dupatta and gold bangles", "unsupported"),
        Q.garment_type("dupatta"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.description("a pink dupatta with gold flowers", "other_garment_color"),
        Q.details(
            "the dupatta has gold embroidery and the dupatta has gold embroidery and the dupatta has gold embroidery "
            "and the dupatta has gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("net"),
        title="Dupatta Bazaar White & Gold-Toned Embroidered Net Dupatta",
        category="Dupatta",
        color="White",
    ),
    # photo: grey shimmer saree with silver sequin border, silver sleeveless blouse; model seated on a white wooden
    # stool; light grey studio backdrop, front. base caption, VQA open, reference closed.
    case(
        "X573-046",
        caption("a woman in a grey saree sitting on a stool"),
        Q.wearing("she is wearing a grey saree and a silver blouse"),
        Q.garment_type("saree"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        Q.description("she is sitting on a wooden chair in a garden", "unsupported"),
        Q.details(
            "the saree has a silver border and a silver blouse and the saree has a silver border and a silver blouse "
            "and the saree has a",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of the material of the saree", "restated"),
        title="Mitera Women Grey & Silver-Toned Embellished Shimmer Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
]
