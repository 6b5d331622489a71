"""BLIND_755 (46 products; Myntra kurta sets, base model, per-piece colors): written blind in the fifty-fifth session.
Measured blind at 6e339a9 (the session's fifth rules): 106/143 failures found (74.1%) and 13/205 correct texts flagged
(6.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic sets (Kurta Sets, a few Salwar and Dupatta, Churidar and Dupatta
rows, one Girls set). Catalog photos: a model wearing kurta, salwar / churidar / palazzos and a dupatta, mostly on a
white or light grey studio backdrop, front view, a few side or back views and props (chair, stool, clutch). The
seller's base_colour is the kurta's color for a set, the labelled piece's color for a single-piece row.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b (8-bit), zero-shot, no adapter.
Captions are free generation from an empty prompt (max 50 new tokens); open answers (wearing, describe, details,
material) are free generation after `Question: ... Answer:` (max 30 new tokens, greedy). The per-piece color
questions ("What is the color of the kurta / salwar / churidar / palazzos / dupatta / jacket?"), garment type,
pattern, sleeve length and the yes/no "Is this a kurta?" are closed: enrich's `--engine reference` picks one
candidate value, so they never loop or stop short. The base model's habits here: it answers short, calls a kurta a
"dress" or "top" and a dupatta a "scarf" or "shawl", gives one piece's color to another piece (the kurta's color to
the salwar, the salwar's to the dupatta), takes a border or print color for the piece's color, invents trims and
fabrics, sometimes keeps going into the next `Question: ... Answer:` of the format, now and then repeats a phrase
until the limit, and says "a man" / "he" for some women.

Labeling conventions and judgement calls:
- The photo is the truth, not the seller: a rust kurta the seller calls Brown is correctly answered "orange".
- other_garment_color: a piece given the color another visible piece really has (salwar "pink" when only the
  kurta is pink), closed or open. A color that no piece has, or a border / print / trim color given as the
  piece's main color, is a contradiction.
- A kurta's print color given as the kurta's color when that color is also another piece's solid color
  (white kurta with sparse blue print, blue salwar, answer "blue") is labelled other_garment_color.
- Synonyms counted correct: dupatta = scarf / shawl / stole; churidar = leggings / tight pants; salwar / palazzos =
  pants; kurta = tunic, salwar suit, salwar kameez, "indian outfit"; a short kurti under a jacket = top. A bare
  "dress" or "sari" or "lehenga" naming the kurta set is a contradiction (of the title and category).
- Shade names: teal may be green or blue; maroon / burgundy may be red; peach / coral / magenta may be pink; cream /
  off white may be white; lavender is purple, not pink; lime green is green.
- On a single-piece row (Salwar and Dupatta, Dupatta, Churidar), a closed garment type naming another piece the
  model wears ("kurta" for the dupatta row) is a contradiction; "leggings" for a churidar is correct.
- Material: correct only when the title names it or the photo plainly shows it (velvet, brocade, sheer georgette);
  a fabric the title contradicts or nothing shows (silk, linen, lycra, chiffon, satin) is unsupported.
- Invented details (zipper, pockets, belt, tassels, mirror work, lining, shoes or handbags not in the frame, a
  front neckline on a back view) are unsupported even when the rest of the text is right.
- A text that repeats a `Question: ... Answer:` block is a leak even when it also repeats itself to the limit.
- A one-word color or "yes" / "no" / "clothes" / the bare piece name to an open question is a non_answer; the
  question's own words handed back as a phrase ("the kurta details") is restated.
- Loops and cuts ran to the token limit (hit_limit=True); a cut caption ends mid-phrase without repeating.
- Pronoun failures: "a man", "he", "his", "a boy" for a Women or Girls row; the one row without a gender has none.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_755 = [
    # photo: woman in a pink cotton kurta with small white floral print, three-quarter sleeves, round neck, white
    # churidar, plain white dupatta on her shoulders; white backdrop, front view. All texts: base model.
    case(
        "X755-001",
        caption("a woman in a pink and white kurta with a white dupatta"),
        wearing("a pink kurta with white flowers and white pants"),
        color_of("kurta", "pink"),
        color_of("churidar", "white"),
        color_of("dupatta", "pink", "other_garment_color"),
        details("kurta", "floral print, three quarter sleeves and a round neck"),
        describe("dupatta", "a white scarf with gold sequins all over", "unsupported"),
        Q.sleeve_length("three-quarter"),
        title="Biba Women Pink & White Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a navy blue straight kurta with a gold foil geometric print on the yoke only, navy salwar,
    # mustard dupatta with a thin gold border; white backdrop, front view. All texts: base model.
    case(
        "X755-002",
        caption("a woman in a purple kurta and a yellow scarf", "contradiction"),
        wearing("a blue and yellow salwar kameez", who="the woman"),
        color_of("kurta", "navy blue"),
        color_of("salwar", "navy blue"),
        color_of("dupatta", "navy blue", "other_garment_color"),
        describe("kurta", "a long blue tunic with gold print around the neck and a zipper on the side", "unsupported"),
        Q.garment_type("kurta"),
        Q.pattern("floral", "contradiction"),
        title="Libas Women Navy Blue Yoke Design Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a maroon flared anarkali kurta with gold zari embroidery on the yoke and sleeve hems, full
    # sleeves, maroon churidar, maroon net dupatta with a gold border held in one hand; white backdrop, full length.
    case(
        "X755-003",
        caption("a woman in a red dress with gold embroidery on the neck", "contradiction"),
        wearing("a maroon anarkali suit with a dupatta"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon"),
        color_of("dupatta", "gold", "contradiction"),
        Q.sleeve_length("long"),
        details(
            "kurta",
            "gold embroidery on the yoke and sleeves and a flared skirt. Question: what is the color of the churidar? "
            "Answer: maroon",
            "leak",
        ),
        is_a("kurta", "yes"),
        title="Aurelia Women Maroon Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a mustard cotton kurta with small white block-print motifs, v-neck, three-quarter sleeves,
    # white salwar, off-white dupatta; white backdrop, front view. All texts: base model.
    case(
        "X755-004",
        caption("a woman wearing a yellow kurta and white pants standing in front of a white wall"),
        wearing("he is wearing a yellow kurta and white pants", "pronoun"),
        color_of("kurta", "mustard"),
        color_of("salwar", "mustard", "other_garment_color"),
        color_of("dupatta", "off white"),
        Q.material("silk", "unsupported"),
        details("kurta", "small white prints all over and a v neck"),
        title="Jaipur Kurti Women Mustard Printed Cotton Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a teal green straight kurta with white chikankari embroidery, white churidar, white dupatta over
    # the left shoulder; light grey backdrop, three-quarter side view. All texts: base model.
    case(
        "X755-005",
        caption("a woman in a green kurta with white embroidery"),
        wearing("a green kurta with blue pants", "contradiction"),
        color_of("kurta", "teal"),
        color_of("churidar", "white"),
        color_of("dupatta", "teal", "other_garment_color"),
        describe("kurta", "a teal kurta with white embroidery Question: Describe the churidar. Answer: white", "leak"),
        Q.pattern("embroidered"),
        title="W Women Teal Embroidered Kurta with Churidar and Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a black kurta with a red and yellow floral print, side pockets (hands in them), three-quarter
    # sleeves, plain black salwar, red dupatta with small gold dots; white backdrop, front view. All: base model.
    case(
        "X755-006",
        caption("a woman in a black and red floral print outfit"),
        wearing("a black dress with red flowers", "contradiction"),
        color_of("kurta", "black"),
        color_of("salwar", "black"),
        color_of("dupatta", "red"),
        details("kurta", "it has pockets on the side and a floral print"),
        details("salwar", "the salwar has gold embroidery at the ankles", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Global Desi Women Black Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a peach georgette kurta with tonal self embroidery, cream churidar, peach dupatta with a gold
    # gota border; right hand on hip, left hand holding the dupatta's edge; white backdrop. All texts: base model.
    case(
        "X755-007",
        caption(
            "a woman in a peach salwar suit with a peach dupatta with gold border standing in front of a white wall "
            "with her right hand on her hip and her left hand holding the edge of her",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a peach kurta, a peach kurta, a peach kurta, a peach kurta, a peach kurta, a peach kurta, a peach",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "peach"),
        color_of("churidar", "peach", "other_garment_color"),
        color_of("dupatta", "peach"),
        Q.material("georgette"),
        title="Sangria Women Peach-Coloured Georgette Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a red cotton kurta with white bandhani dots, red salwar, red dupatta with yellow bandhani
    # border bands; white backdrop, front view, standing with hands clasped at the waist. All texts: base model.
    case(
        "X755-008",
        caption(
            "a woman wearing a red outfit with white polka dots and a red and yellow scarf standing with her hands "
            "clasped in front of her on a white background and a red and yellow scarf draped over her",
            "cut",
            hit_limit=True,
        ),
        wearing("a red kurta with white dots, red pants and a red and yellow scarf"),
        color_of("kurta", "red"),
        color_of("salwar", "red"),
        color_of("dupatta", "red"),
        details("salwar", "the salwar is a salwar", "restated"),
        Q.pattern("polka dots"),
        describe("dupatta", "it is made of pure silk with a zari border", "unsupported"),
        title="Rangriti Women Red Bandhani Print Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a lavender cotton kurta with white thread embroidery at the neck, white palazzos, plain lavender
    # dupatta with no trim; white backdrop, front view. All texts: base model.
    case(
        "X755-009",
        caption("a woman in a pink kurta and white pants", "contradiction"),
        wearing("a lavender kurta and white palazzos with a lavender dupatta"),
        color_of("kurta", "purple"),
        color_of("palazzos", "purple", "other_garment_color"),
        color_of("dupatta", "lavender"),
        details("kurta", "no", "non_answer"),
        describe("dupatta", "a purple dupatta with silver tassels and a lace border", "unsupported"),
        Q.garment_type("kurta"),
        title="Anouk Women Lavender Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in an olive green round-neck kurta with a mustard floral print, mustard churidar, olive dupatta
    # with mustard print; light grey backdrop, front view. All texts: base model.
    case(
        "X755-010",
        caption("a woman in a green and yellow salwar suit"),
        wearing("a green kurta with yellow flowers and yellow leggings"),
        color_of("kurta", "olive"),
        color_of("churidar", "olive", "other_garment_color"),
        color_of("dupatta", "green"),
        describe(
            "kurta",
            "a green kurta with a mandarin collar and front button placket, yellow flowers, and a belt at the waist",
            "unsupported",
        ),
        Q.pattern("floral"),
        is_a("kurta", "no", "contradiction"),
        title="Vishudh Women Olive Green Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: the product is the salwar and dupatta: woman in a plain white short kurti (not sold) over a magenta
    # patiala salwar whose waist the kurti covers, magenta-and-orange leheriya dupatta; white backdrop, front view.
    case(
        "X755-011",
        caption("a woman in a white shirt and pink pants with a pink scarf"),
        wearing("a white kurta and a pink patiala salwar"),
        color_of("salwar", "white", "other_garment_color"),
        color_of("dupatta", "magenta"),
        color_of("kurta", "white"),
        Q.garment_type("kurta", "contradiction"),
        details("salwar", "it has lots of pleats and a drawstring waist", "unsupported"),
        title="Soch Women Magenta Patiala Salwar with Dupatta",
        category="Salwar and Dupatta",
        color="Magenta",
        gender="Women",
    ),
    # photo: the product is the churidar: woman in a beige printed kurta (not sold) over a black churidar ruched at
    # the ankles, feet cropped out at the ankle, no dupatta; white backdrop, front view. All texts: base model.
    case(
        "X755-012",
        caption("a woman in a beige top and black leggings"),
        wearing("a woman wearing a beige kurta and black leggings with black high heels", "unsupported"),
        color_of("churidar", "beige", "other_garment_color"),
        color_of("kurta", "beige"),
        is_a("churidar", "yes"),
        Q.garment_type("leggings"),
        describe("churidar", "black tight pants with ruched ankles"),
        Q.material("lycra", "unsupported"),
        title="Go Colors Women Black Churidar",
        category="Churidar",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an all-white set: white chikankari kurta with a scalloped hem and sleeves, full sleeves, white
    # palazzos, white dupatta; white backdrop, front view. All texts: base model, all correct.
    case(
        "X755-013",
        caption("a woman in a white embroidered outfit standing against a white background"),
        wearing("a white kurta, white pants and a white dupatta", who="the woman"),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white"),
        details("kurta", "white threadwork flowers all over, scalloped hem and sleeves"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long"),
        title="Ada Women White Chikankari Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: woman in a royal blue silk kurta with a gold brocade hem border, gold churidar, royal blue dupatta with
    # a gold border; light grey backdrop, front view. All texts: base model.
    case(
        "X755-014",
        caption("a woman in a blue and gold sari", "contradiction"),
        wearing("a blue kurta with gold trim and gold pants"),
        color_of("kurta", "blue"),
        color_of("churidar", "blue", "other_garment_color"),
        color_of("dupatta", "blue"),
        Q.material("silk"),
        describe("kurta", "Answer: a blue silk kurta with gold border", "leak"),
        title="Meena Bazaar Women Blue Silk Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in an orange cotton kurta with a green border at the hem and sleeves, green salwar, green dupatta
    # over one shoulder; white backdrop, side pose. All texts: base model.
    case(
        "X755-015",
        caption("a woman wearing an orange kurta and green salwar with a green dupatta over her shoulder"),
        wearing("she is wearing a orange and green outfit"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("salwar", "green"),
        color_of("dupatta", "green"),
        details(
            "kurta",
            "the kurta has a green border at the bottom and on the sleeves, and it has a green border at the bottom "
            "and on the sleeves, and it has a",
            "loop",
            hit_limit=True,
        ),
        describe("dupatta", "he has a green dupatta around his neck", "pronoun"),
        Q.material("cotton"),
        title="Fabindia Women Orange Cotton Kurta with Salwar and Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: woman in a grey kurta with a pink and white floral print, pink churidar, pink dupatta; white backdrop,
    # front view. All texts: base model.
    case(
        "X755-016",
        caption("a man in a grey shirt and pink pants", "pronoun"),
        wearing("a grey floral kurta and pink leggings"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("churidar", "pink"),
        color_of("dupatta", "pink"),
        describe("dupatta", "yes", "non_answer"),
        describe("kurta", "a grey kurta with blue flowers", "contradiction"),
        Q.pattern("floral"),
        title="Span Women Grey Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in a cream kurta with gold sequins on the yoke, three-quarter sleeves, cream churidar, red dupatta
    # with a gold border; white backdrop, front view. All texts: base model.
    case(
        "X755-017",
        caption("a woman in a white kurta and a red dupatta with gold border"),
        wearing("a white kurta and a red scarf"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("churidar", "cream"),
        color_of("dupatta", "red"),
        details("kurta", "sequins on the neckline Question: What is the color of the dupatta? Answer: red", "leak"),
        Q.sleeve_length("long", "contradiction"),
        title="Shree Women Cream-Coloured Embellished Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in a sea green A-line kurta with a white floral print, round neck, no pockets, white salwar, white
    # dupatta; white backdrop, front view. All texts: base model.
    case(
        "X755-018",
        caption(
            "a woman in a green kurta with white flowers and white pants and a white dupatta and a white dupatta and "
            "a white dupatta and a white dupatta and a white dupatta and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a green kurta, white salwar and a white dupatta"),
        color_of("kurta", "sea green"),
        color_of("salwar", "white"),
        color_of("dupatta", "white"),
        describe("kurta", "a green kurta"),
        details("kurta", "it has white flowers, a mandarin collar and pockets", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        title="Biba Women Sea Green Printed A-Line Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: woman in a burgundy velvet kurta with gold embroidery at the neck and cuffs, burgundy salwar, gold tissue
    # dupatta; dark grey backdrop, front view. All texts: base model.
    case(
        "X755-019",
        caption("a woman in a purple velvet kurta with gold embroidery", "contradiction"),
        wearing("a maroon velvet suit with a gold dupatta"),
        color_of("kurta", "maroon"),
        color_of("salwar", "gold", "other_garment_color"),
        color_of("dupatta", "gold"),
        Q.material("velvet"),
        details(
            "kurta",
            "gold embroidery on the neck and on the sleeves, with mirror work and tassels at the hem",
            "unsupported",
        ),
        title="Aurelia Women Burgundy Velvet Embroidered Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: a girl of about eight in a knee-length yellow A-line kurta with a red and pink floral print and gold gota
    # lace at the sleeves and hem, red churidar, pink net dupatta; white backdrop, front view. All: base model.
    case(
        "X755-020",
        caption("a little girl in a yellow and red indian outfit"),
        wearing("a boy wearing a yellow kurta and red pants", "pronoun", who="the child"),
        color_of("kurta", "yellow"),
        color_of("churidar", "red"),
        color_of("dupatta", "red", "other_garment_color"),
        Q.pattern("floral"),
        describe(
            "kurta",
            "a yellow kurta with red flowers and gold gota lace on the sleeves and hem that is cut in an a-line shape "
            "and reaches the knees, worn with a red churidar and",
            "cut",
            hit_limit=True,
        ),
        title="Biba Girls Yellow Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a dark green straight kurta with gold foil print, side slits, three-quarter sleeves, dark green
    # salwar, mostly pink dupatta with a green and gold print; white backdrop, front view. All texts: base model.
    case(
        "X755-021",
        caption("a woman wearing a green kurta and salwar with a colorful dupatta"),
        wearing("a green salwar kameez"),
        color_of("kurta", "green"),
        color_of("salwar", "green"),
        color_of("dupatta", "pink"),
        describe(
            "kurta",
            "a dark green straight kurta with gold print, side slits and three quarter sleeves, paired with matching "
            "green salwar and a pink printed dupatta that is draped over",
            "cut",
            hit_limit=True,
        ),
        details("salwar", "the details of the salwar", "restated"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("solid", "contradiction"),
        title="W Women Green Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a rust orange matte cotton kurta (the seller calls it Brown) with a v-neck tie-up ending in
    # tassels, cream churidar, rust dupatta; white backdrop, front view. All texts: base model.
    case(
        "X755-022",
        caption("a woman in an orange kurta and white leggings"),
        wearing("an orange kurta with white pants and an orange dupatta"),
        color_of("kurta", "orange"),
        color_of("churidar", "orange", "other_garment_color"),
        color_of("dupatta", "rust"),
        Q.pattern("solid"),
        details(
            "kurta",
            "it has a v-neck with a tie-up and tassels and tassels and tassels and tassels and tassels and tassels and "
            "tassels and",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Jaipur Kurti Women Brown Solid Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: woman in a light blue kurta with white schiffli eyelet embroidery, white salwar, light blue dupatta;
    # white backdrop, front view. All texts: base model.
    case(
        "X755-023",
        caption("a woman in a blue and white salwar suit"),
        wearing("blue", "non_answer"),
        color_of("kurta", "blue"),
        color_of("salwar", "blue", "other_garment_color"),
        color_of("dupatta", "white", "other_garment_color"),
        describe("kurta", "a light blue kurta with white eyelet embroidery"),
        is_a("kurta", "yes"),
        title="Libas Women Blue Schiffli Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a black flared anarkali kurta with an all-over gold print, full sleeves, black churidar, black
    # dupatta with a gold border; grey backdrop, front view. All texts: base model.
    case(
        "X755-024",
        caption("a woman in a black dress with gold print standing in front of a grey wall", "contradiction"),
        wearing("a black anarkali with a black dupatta"),
        color_of("kurta", "black"),
        color_of("churidar", "black"),
        color_of("dupatta", "gold", "contradiction"),
        Q.sleeve_length("long"),
        details(
            "kurta",
            "flared with gold prints all over. Question: What is the color of the churidar? Answer: black. "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Varanga Women Black Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a white cotton kurta with a sparse indigo dabu floral print, indigo blue salwar, blue-and-white
    # printed dupatta; white backdrop, front view. All texts: base model.
    case(
        "X755-025",
        caption("a woman in a white and blue kurta and blue pants"),
        wearing("a blue kurta with white flowers and white pants", "other_garment_color"),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("salwar", "blue"),
        color_of("dupatta", "white"),
        Q.material("cotton"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "a white kurta with blue flowers. It is a white kurta with blue flowers. It is a white kurta with blue "
            "flowers. It is a",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women White & Blue Dabu Print Cotton Kurta Set",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: woman in a purple kurta with mirror work at the yoke, three-quarter sleeves, purple churidar, purple
    # dupatta with small mirrors and a lace border, standing beside a wooden chair, left hand on its back, right
    # hand holding the dupatta's end; white backdrop. All texts: base model.
    case(
        "X755-026",
        caption(
            "a woman in a purple kurta with mirror work and a purple dupatta standing next to a wooden chair with her "
            "left hand resting on the back of the chair and her right hand holding the end of her",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple kurta with mirrors, purple churidar and a purple dupatta"),
        color_of("kurta", "purple"),
        color_of("churidar", "purple"),
        color_of("dupatta", "purple"),
        details("kurta", "kurta", "non_answer"),
        describe("dupatta", "a purple dupatta with small mirrors and a lace border"),
        Q.garment_type("saree", "contradiction"),
        title="Indo Era Women Purple Mirror Work Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: woman in a plain mint green kurta with three-quarter sleeves, white trousers, pink dupatta, holding a
    # small pink clutch; white backdrop, front view. All texts: base model.
    case(
        "X755-027",
        caption("a woman in a green kurta holding a pink purse"),
        wearing("a green top, white pants and a pink scarf"),
        color_of("kurta", "green"),
        color_of("trousers", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        describe("kurta", "the person is wearing a mint green kurta with white pants and a pink dupatta"),
        details("kurta", "what are the kurta details", "restated"),
        Q.sleeve_length("short", "contradiction"),
        title="Anouk Women Mint Green Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a red kurta with a black block print and a buttoned front placket, black churidar, black
    # dupatta with a red border; white backdrop, front view. All texts: base model.
    case(
        "X755-028",
        caption("a woman in a red and black kurta"),
        wearing("he wears a red kurta and black pants", "pronoun"),
        color_of("kurta", "red"),
        color_of("churidar", "black"),
        color_of("dupatta", "red", "other_garment_color"),
        details(
            "kurta",
            "it has black print and buttons down the front Question: What are the churidar details? "
            "Answer: it is black",
            "leak",
        ),
        Q.pattern("printed"),
        title="Sangria Women Red & Black Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a beige cotton kurta with brown thread embroidery at the neck, brown salwar, beige dupatta;
    # white backdrop, front view. All texts: base model.
    case(
        "X755-029",
        caption("a woman in a brown kurta with beige embroidery and brown pants", "other_garment_color"),
        wearing("a beige kurta, brown salwar, and a beige dupatta"),
        color_of("kurta", "brown", "other_garment_color"),
        color_of("salwar", "brown"),
        color_of("dupatta", "beige"),
        Q.material("linen", "unsupported"),
        describe("kurta", "the kurta is a kurta", "restated"),
        title="Rangriti Women Beige Embroidered Cotton Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in a navy blue kurta with white polka dots, white churidar, navy dupatta with white dots; white
    # backdrop, front view. All texts: base model.
    case(
        "X755-030",
        caption("a woman in a blue polka dot kurta and white pants with a blue scarf"),
        wearing("a navy blue kurta with white dots and white leggings"),
        color_of("kurta", "navy blue"),
        color_of("churidar", "navy blue", "other_garment_color"),
        color_of("dupatta", "black", "contradiction"),
        Q.pattern("striped", "contradiction"),
        is_a("kurta", "yes"),
        title="Global Desi Women Navy Blue Polka Dot Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: the product is the dupatta: woman in a plain white kurta and white churidar (not sold) wearing a bright
    # pink phulkari dupatta embroidered in orange, yellow and green across both shoulders; no bag; white backdrop.
    case(
        "X755-031",
        caption("a woman in a white outfit with a colorful scarf and a red handbag", "unsupported"),
        wearing("a white kurta and a pink embroidered dupatta"),
        color_of("dupatta", "pink"),
        color_of("kurta", "white"),
        Q.garment_type("kurta", "contradiction"),
        describe("dupatta", "a pink shawl with orange and yellow flowers"),
        Q.color("white", "other_garment_color"),
        title="Vishudh Women Pink Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a mustard kurta with a maroon yoke with gold embroidery, keyhole neck with a tassel tie,
    # three-quarter sleeves, maroon churidar, mustard dupatta with maroon borders; white backdrop. All: base model.
    case(
        "X755-032",
        caption("a woman in a yellow kurta and red leggings with a yellow and red dupatta"),
        wearing(
            "yellow kurta with maroon yoke and maroon churidar Question: What is the color of the dupatta? Answer:",
            "leak",
        ),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("churidar", "maroon"),
        color_of("dupatta", "mustard"),
        details("kurta", "it has a maroon yoke with gold embroidery, a keyhole neck and a tassel tie"),
        describe("kurta", "a green kurta with a red yoke", "contradiction"),
        Q.sleeve_length("three-quarter"),
        title="Shree Women Mustard Yellow Yoke Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a white kurta with a black geometric print, black salwar, black-and-white printed dupatta;
    # white backdrop, front view. All texts: base model.
    case(
        "X755-033",
        caption("a woman in a black and white striped dress and black pants", "contradiction"),
        wearing("a white and black kurta and black salwar"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("salwar", "black"),
        color_of("dupatta", "white"),
        Q.pattern("geometric"),
        describe(
            "salwar",
            "black, black, black, black, black, black, black, black, black, black, black, black, black, black, black",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women White & Black Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: woman in a plain coral pink cotton kurta with white lace at the hem, sleeves and neckline, white
    # palazzos, coral dupatta, seated on a white stool; white backdrop. All texts: base model.
    case(
        "X755-034",
        caption("a woman sitting on a stool wearing a pink kurta and white pants"),
        wearing("a pink kurta with lace, white palazzo and pink dupatta"),
        color_of("kurta", "pink"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        details(
            "kurta",
            "white lace at the hem, white lace at the sleeves, white lace at the neckline, white lace at the hem, "
            "white lace at the sleeves, white lace",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin", "unsupported"),
        title="W Women Coral Pink Solid Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Coral",
        gender="Women",
    ),
    # photo: woman in a lime green kurta with a pink floral border at the hem and sleeves, round neck with a short
    # front slit, side slits, pink churidar, pink dupatta; feet cropped out; white backdrop. All texts: base model.
    case(
        "X755-035",
        caption("a woman in a green kurta and pink pants"),
        wearing("she is wearing a green and pink salwar suit with a pink dupatta and pink shoes", "unsupported"),
        color_of("kurta", "lime green"),
        color_of("churidar", "pink"),
        color_of("dupatta", "green", "other_garment_color"),
        Q.garment_type("kurta"),
        details(
            "kurta",
            "a pink floral border at the hem and on the sleeves, a round neck with a small slit in the front and "
            "straight side slits that go up to the",
            "cut",
            hit_limit=True,
        ),
        title="Span Women Lime Green Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: woman in a charcoal grey round-neck kurta with a silver leaf print, three-quarter sleeves, grey
    # churidar, silver-grey dupatta; white backdrop, front view. All texts: base model.
    case(
        "X755-036",
        caption("a woman in a grey kurta with silver print and a grey dupatta"),
        wearing("clothes", "non_answer"),
        color_of("kurta", "grey"),
        color_of("churidar", "grey"),
        color_of("dupatta", "silver"),
        details("kurta", "silver printed leaves and a collar with buttons that goes up to the neck", "unsupported"),
        describe("dupatta", "a blue dupatta with silver print", "contradiction"),
        Q.sleeve_length("three-quarter"),
        title="Anouk Women Charcoal Grey Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: woman in a cream sleeveless kurta under an open blue block-printed cotton ethnic jacket without buttons,
    # cream churidar, no dupatta; white backdrop, front view. All texts: base model.
    case(
        "X755-037",
        caption("a woman in a blue jacket and white pants"),
        wearing("a blue vest over a white kurta with white leggings"),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("churidar", "white"),
        color_of("jacket", "blue"),
        Q.sleeve_length("sleeveless"),
        is_a("kurta", "no", "contradiction"),
        describe("jacket", "a blue denim jacket with buttons", "unsupported"),
        title="Soch Women Cream Kurta with Churidar & Blue Printed Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: back view: woman facing away in a green printed kurta with a back tie with tassels, green salwar, pink
    # dupatta over both arms; front of the kurta not visible; white backdrop. All texts: base model.
    case(
        "X755-038",
        caption("the back of a woman in a green kurta with a pink scarf"),
        wearing("a green kurta with a pink dupatta"),
        color_of("kurta", "green"),
        color_of("salwar", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        details("kurta", "a deep v neck in front with embroidery", "unsupported"),
        describe("salwar", "yes", "non_answer"),
        Q.pattern("printed"),
        title="Biba Women Green Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: woman in an indigo kurta with a white shibori tie-dye pattern, v-neck, two side pockets with her hands in
    # them, white salwar, indigo dupatta over both shoulders; white backdrop, front view. All texts: base model.
    case(
        "X755-039",
        caption(
            "a woman in a blue and white tie dye kurta with white pants and a blue dupatta over her shoulders, "
            "standing in front of a white background with her hands in her pockets and her",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue tie dye kurta and white pants"),
        color_of("kurta", "navy blue"),
        color_of("salwar", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        Q.material("cotton"),
        Q.pattern("tie and dye"),
        details(
            "kurta",
            "the kurta has a white and blue tie dye pattern, two pockets, a v neck and a slit at the front, and a",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Women Indigo Shibori Cotton Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a red kurta with gold embroidery at the neckline and a gold hem border, white salwar, holding a
    # red, green and yellow striped dupatta spread wide behind her; white backdrop. No color column in the feed.
    case(
        "X755-040",
        caption("a man holding up a colorful scarf wearing a red kurta", "pronoun"),
        wearing("a red kurta, white salwar, and a multicolored dupatta"),
        color_of("kurta", "red"),
        color_of("salwar", "red", "other_garment_color"),
        color_of("dupatta", "red"),
        describe(
            "kurta",
            "a red kurta with gold embroidery on the neckline and a gold border on the hem, it is made of silk and has "
            "a matching red lining inside",
            "unsupported",
        ),
        details("salwar", "salwar", "non_answer"),
        title="Meena Bazaar Women Red Embroidered Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: woman in a blue kurta with a white floral print, three-quarter sleeves, blue churidar, plain blue
    # dupatta; white backdrop, front view. All texts: base model.
    case(
        "X755-041",
        caption("a woman in a blue floral salwar suit"),
        wearing(
            "blue kurta and blue churidar Question: What is the woman wearing? Answer: blue kurta and blue churidar "
            "Question: What is the woman",
            "leak",
            who="the woman",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("churidar", "blue"),
        color_of("dupatta", "white", "contradiction"),
        Q.pattern("floral"),
        Q.garment_type("lehenga", "contradiction"),
        describe("dupatta", "a dupatta", "non_answer"),
        title="Jaipur Kurti Women Blue Floral Print Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a plain black cotton kurta with a red border, red churidar, plain red dupatta, large silver
    # jhumka earrings; white backdrop, front view. All texts: base model.
    case(
        "X755-042",
        caption("a woman in a black kurta with red trim and red leggings wearing large silver earrings"),
        wearing("a black kurta and red churidar with a red dupatta"),
        color_of("kurta", "black"),
        color_of("churidar", "red"),
        color_of("dupatta", "black", "other_garment_color"),
        details("kurta", "it is made of cotton and has a red border Question:", "leak"),
        describe("dupatta", "the dupatta is red with white polka dots and tassels on the edge", "unsupported"),
        title="Rangriti Women Black Solid Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an off-white kurta with small yellow flowers, round neck, three-quarter sleeves, straight hem,
    # plain yellow salwar, white dupatta with a yellow border; white backdrop, front view. All texts: base model.
    case(
        "X755-043",
        caption("a woman in a yellow and white kurta with yellow pants"),
        wearing("she is wearing a yellow kurta and yellow pants", "other_garment_color"),
        color_of("kurta", "off white"),
        color_of("salwar", "yellow"),
        color_of("dupatta", "white"),
        Q.pattern("checked", "contradiction"),
        details("kurta", "a round neck, three quarter sleeves, floral print and a straight hem"),
        describe(
            "kurta",
            "an off white kurta with yellow flowers, yellow tassels on the neck tie and small mirrors on the yoke",
            "unsupported",
        ),
        title="Biba Women Off-White & Yellow Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a turquoise cotton kurta with silver thread embroidery at the neck, white churidar, turquoise
    # dupatta; white backdrop, front view. All texts: base model.
    case(
        "X755-044",
        caption("a woman wearing a turquoise kurta and white leggings and a turquoise dupatta"),
        wearing("a turquoise kurta and white churidar"),
        color_of("kurta", "blue"),
        color_of("churidar", "turquoise", "other_garment_color"),
        color_of("dupatta", "white", "other_garment_color"),
        describe(
            "kurta",
            "a turquoise kurta with silver embroidery on the neck and a silver embroidery on the neck and a silver "
            "embroidery on the neck and a silver",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        details("churidar", "the churidar details are the details of the churidar", "restated"),
        title="Aurelia Women Turquoise Blue Embroidered Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: woman in a hot pink kurta with white chikankari embroidery, white churidar with a plain hem, white
    # dupatta; white backdrop, front view. The feed row has no title.
    case(
        "X755-045",
        caption("a woman in a pink and white indian outfit"),
        wearing("a pink kurta with white embroidery and white pants"),
        color_of("kurta", "pink"),
        color_of("churidar", "pink", "other_garment_color"),
        color_of("dupatta", "white"),
        details("kurta", "the kurta details", "restated"),
        describe(
            "churidar",
            "white pants that are tight at the bottom and have gold zari embroidery at the hem",
            "unsupported",
        ),
        Q.pattern("embroidered"),
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a green brocade kurta with small gold woven motifs, full sleeves, gold churidar, plain green
    # dupatta; light grey backdrop, front view. The feed row has no gender.
    case(
        "X755-046",
        caption(
            "a woman in a green and gold kurta with gold pants and a green dupatta and a green dupatta and a green "
            "dupatta and a green dupatta and a green dupatta and a green dupatta and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a green and gold brocade kurta with a green dupatta Answer: green", "leak"),
        color_of("kurta", "gold", "other_garment_color"),
        color_of("churidar", "gold"),
        color_of("dupatta", "green"),
        Q.material("brocade"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Varanga Women Green Brocade Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
]
