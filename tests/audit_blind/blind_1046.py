"""BLIND_1046 (46 products; Myntra kurta sets, VQA adapter, per-piece colors): written blind in the fifty-ninth session.
Measured blind at c12f507 (the session's second rules): 112/136 failures found (82.4%) and 11/176 correct texts flagged
(6.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic sets (article type "Kurta Sets", one "Salwar and Dupatta", one row with
no category): a kurta worn with palazzos, a sharara, a churidar or straight trousers, often with a dupatta.
Catalog shots of one model on a white or light grey studio backdrop, front or three-quarter view, full length, with
jhumkas, bangles and juttis or heels as styling. The seller's base colour is the kurta's colour, or Multi.

Who wrote what: captions are free generation by the untuned Salesforce/blip2-opt-2.7b (short, stops by itself,
calls a long kurta a "dress" now and then, repeats one colour over the outfit) except where a product's comment says
the VQA adapter wrote it. Every question is answered by leoreigoto/Data3_V3_BLIP2_VQA: the per-piece colour
questions ("What is the color of the kurta / palazzos / sharara / churidar / dupatta?"), the garment type, the
pattern, the sleeve length and "Is this a kurta?" are closed (enrich --engine reference ranks the candidate values
and keeps one, so they never loop or stop short); "What is the person / she wearing?", "Describe the kurta.",
"What are the kurta details?" and the material question are open, greedy, 30 new tokens. The adapter was trained
without an end token: about half its open answers stop on a newline, the rest loop or run to the limit, and some
carry on into a new "Question: ... Answer:" turn. Its In-shop vocabulary has no kurta, so it says dress, blouse,
top, skirt and pants; it gives the bottom and the dupatta the kurta's colour, and invents embroidery and fabrics.

Labeling conventions and judgement calls:
- The seller's base colour names the kurta, but sellers slip: X1046-035's white kurta with a blue print is sold as
  "Blue" (its bottom and dupatta are blue); there the photo wins and "white" for the kurta is correct. "The garment"
  in the generic questions (pattern, sleeves, material, garment type) is the kurta, so "printed" for a plain kurta
  worn with a printed dupatta is contradiction.
- A per-piece colour answer (closed or open) or a caption that gives a piece the colour another piece of the photo
  really has (kurta, bottom, dupatta, even the juttis) is other_garment_color; a colour that nothing in the photo
  has is contradiction (navy read as black, khaki read as green).
- Where every piece is the same colour (the all-pink set), the same colour for every piece is correct.
- A colour answer that names the print's ground, or ground and print together, is correct (a white kurta with a blue
  print answered "white" or "white and blue"); the print colour alone, where it is also the colour of the bottom or
  the dupatta, is other_garment_color (a beige kurta with brown print and brown trousers answered "brown"). For even
  black-and-white stripes both colours are the kurta's own and the seller's colour is correct. Shade synonyms and
  coarser names are correct (mustard or yellow, wine for maroon, off white or white for cream, purple for lavender
  or mauve, beige for khaki, orange for rust, green for sea green or mint, multi for an ikat kurta).
- Garment words: kurta, anarkali, top and tunic are correct for the kurta; pants, trousers and palazzo pants for
  palazzos; leggings and pants for a churidar; salwar suit or salwar kameez for the set. "Dress" for a kurta,
  "skirt" for a sharara, "saree" or "lehenga" for any of these sets is contradiction (the title and category say
  what it is). A closed garment type "dress" and "no" to "Is this a kurta?" are contradiction.
- A detail that the photo does not show (mirror work, sequins, pockets, a lining, a slip, tassels or a keyhole at
  the back) or a fabric the title does not name and the photo cannot show (cotton, silk, rayon, net, georgette) is
  unsupported, also when the rest of the answer is right. A fabric the title names (Cotton, Velvet) is correct.
- A text that runs to the token limit repeating a word or phrase is loop (hit_limit=True); one that stops mid-phrase
  at the limit without a repeating cycle is cut (hit_limit=True), even when what it said was right.
- A text that carries on into "Question:" or "Answer:" (or starts with "Answer:") is leak, whatever came before.
- Restated: the question's words turned back ("the kurta details are the details of the kurta", "describe the
  kurta", the question echoed). non_answer: one word, yes/no or an empty string for an open question that needs a
  description ("orange" for "Describe the kurta.", "clothes" for what she wears, "the kurta has a print"). A one-word
  wrong colour ("green" for a turquoise kurta) is labelled contradiction.
- Pronoun: "he", "his" or "a man" for a Women row. The row without a gender gets no pronoun label.
- Every text carries one label at most; where two apply I took the one a reader would name first (a loop of a wrong
  colour is loop; a leak after an invented detail is leak; a cut answer that had invented nothing is cut).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

material = BLIND_QUESTIONS.material
garment_type = BLIND_QUESTIONS.garment_type
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
# the job's own yes/no on the set, closed
is_set = question("is_set", "Is this a set?", "closed")

BLIND_1046 = [
    # photo: pink straight kurta with small white floral buttis, round neck, 3/4 sleeves; plain white palazzos; no
    # dupatta; silver jhumkas, tan juttis; white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-001",
        caption("a woman in a pink kurta and white palazzo pants"),
        wearing("a pink kurta with white flowers and white palazzo pants"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves and a white floral print all over, the palazzos are "
            "plain white and the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Libas Women Pink & White Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow A-line kurta with gold gota trim at the neck and hem, long sleeves; off-white sharara with
    # small mustard print; mustard dupatta with gold border; gold earrings; white backdrop, three-quarter view. Caption
    # base model; answers VQA adapter.
    case(
        "X1046-002",
        caption("a woman in a yellow and white outfit posing for a photo"),
        wearing("she is wearing a yellow top and a white skirt with a yellow scarf", "contradiction", who="she"),
        color_of("kurta", "mustard"),
        color_of("sharara", "off white"),
        color_of("dupatta", "yellow"),
        describe(
            "kurta",
            "a yellow kurta with gold lace at the neck and the hem Question: What is the color of the sharara? "
            "Answer: white",
            "leak",
        ),
        sleeves("long sleeves"),
        title="AKS Women Mustard Yellow & Off-White Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue straight kurta with white geometric print, mandarin collar; navy churidar; plain white dupatta
    # with navy tassels; white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-003",
        caption("a woman in a blue and white salwar suit"),
        wearing(
            "blue kurta blue kurta blue kurta blue kurta blue kurta blue kurta blue kurta blue kurta blue kurta blue",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "navy blue"),
        color_of("churidar", "navy blue"),
        color_of("dupatta", "navy blue", "other_garment_color"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        title="Biba Women Navy Blue & White Printed Churidar Kurta with Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon floor-length anarkali kurta with gold foil print, long sleeves; maroon churidar; beige net dupatta
    # with gold border; gold jhumkas; white backdrop, front view, dupatta over both arms. Caption base model; answers
    # VQA adapter.
    case(
        "X1046-004",
        caption("a woman in a maroon dress with a gold scarf", "contradiction"),
        wearing("a maroon anarkali with a churidar and a beige dupatta"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is maroon with gold print and it has a zari border and mirror work on the yoke and the sleeves",
            "unsupported",
        ),
        garment_type("kurta"),
        title="Aurelia Women Maroon Printed Anarkali Churidar Kurta with Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: sea green straight kurta, plain, with white thread embroidery on the yoke; white palazzos; white dupatta
    # with sea green and pink print; silver earrings; white backdrop, front view. Caption base model; answers VQA
    # adapter.
    case(
        "X1046-005",
        caption("a woman wearing a green kurta and white pants"),
        wearing(
            "a green kurta and white palazzo pants and a white dupatta with a green and pink print and silver "
            "earrings and a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("palazzos", "white"),
        color_of("dupatta", "green", "other_garment_color"),
        details("kurta", "white embroidery on the yoke Question: What is the color of the dupatta? Answer:", "leak"),
        material("silk", "unsupported"),
        title="W Women Sea Green Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black straight kurta with red and pink floral embroidery at the yoke; black palazzos; red chiffon dupatta;
    # red bangles; light grey backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-006",
        caption("a woman in a black dress with a red scarf", "contradiction"),
        wearing("a black kurta and black pants with a red dupatta"),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black", "other_garment_color"),
        details(
            "kurta",
            "red embroidery red embroidery red embroidery red embroidery red embroidery red embroidery red embroidery",
            "loop",
            hit_limit=True,
        ),
        pattern("embroidered"),
        title="Anouk Women Black Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: off-white chikankari straight kurta with white thread embroidery all over, 3/4 sleeves; off-white palazzos;
    # no dupatta; pearl earrings, gold juttis; light grey backdrop, three-quarter view. Caption base model; answers VQA
    # adapter.
    case(
        "X1046-007",
        caption("a woman wearing a white kurta with embroidery"),
        wearing("a white top and white pants"),
        color_of("kurta", "white"),
        color_of("palazzos", "off white"),
        describe("kurta", "white", "non_answer"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        material("cotton", "unsupported"),
        title="Ada Women Off-White Chikankari Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: peach A-line kurta with gold foil print at the hem; peach sharara; multicoloured (peach, green, pink)
    # printed dupatta; white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-008",
        caption("a woman in a peach colored dress and a colorful scarf", "contradiction"),
        wearing("a peach kurta and a peach sharara with a printed dupatta"),
        color_of("kurta", "peach"),
        color_of("sharara", "peach"),
        color_of("dupatta", "multi"),
        details(
            "kurta", "gold print at the hem and the sleeves, a round neck and a keyhole at the back", "unsupported"
        ),
        is_a("kurta", "yes"),
        title="Indo Era Women Peach-Coloured Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: teal straight kurta with small mustard motifs; mustard palazzos; teal dupatta with mustard border; gold
    # earrings; white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-009",
        caption("a woman in a teal kurta and yellow pants"),
        wearing(
            "she is wearing a teal kurta with yellow palazzo pants and a teal dupatta with a yellow border and gold "
            "earrings and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "teal"),
        color_of("palazzos", "teal", "other_garment_color"),
        color_of("dupatta", "teal"),
        pattern("printed"),
        material("pure cotton, hand block printed", "unsupported"),
        title="Jaipur Kurti Women Teal & Mustard Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: red straight kurta with white bandhani dots; white churidar; red dupatta with white bandhani dots; silver
    # oxidised jhumkas; white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-010",
        caption("a woman in a red and white salwar kameez"),
        wearing("he is wearing a red kurta with white dots, a white churidar and a red dupatta", "pronoun"),
        color_of("kurta", "red"),
        color_of("churidar", "red", "other_garment_color"),
        color_of("dupatta", "red"),
        describe("kurta", "red Answer: red Question: What is the color of the churidar? Answer: red", "leak"),
        material("cotton"),
        title="Rangriti Women Red & White Bandhani Print Cotton Churidar Kurta with Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: lavender A-line kurta with silver sequinned yoke; lavender sharara; lavender dupatta with silver border;
    # white backdrop, three-quarter view. Caption VQA adapter (loops); answers VQA adapter.
    case(
        "X1046-011",
        caption(
            "a woman wearing a purple dress and a purple skirt and a purple scarf and a purple skirt and a purple "
            "scarf and a purple skirt and a purple scarf and a purple skirt and a purple scarf and",
            "loop",
            hit_limit=True,
        ),
        wearing("a lavender kurta and sharara with a dupatta"),
        color_of("kurta", "lavender"),
        color_of("sharara", "lavender"),
        color_of("dupatta", "purple"),
        details("kurta", "sequins on the yoke"),
        title="Sangria Women Lavender Embellished Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: olive green straight kurta with thin white vertical stripes, 3/4 sleeves, V neck; plain olive palazzos; no
    # dupatta; white sneakers; white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-012",
        caption("a woman in a green striped kurta and green pants"),
        wearing("a striped kurta and pants"),
        color_of("kurta", "olive"),
        color_of("palazzos", "olive"),
        pattern("solid", "contradiction"),
        sleeves("three quarter sleeves"),
        describe("kurta", "he is wearing a green striped kurta with a v neck", "pronoun"),
        title="Libas Women Olive Green & White Striped Kurta with Palazzos",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: rust straight kurta with small cream block print; cream palazzos; rust and cream printed dupatta with
    # tassels; gold jhumkas; white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-013",
        caption("a woman in an orange kurta and white pants"),
        wearing(
            "an orange top and white pants with an orange and cream printed dupatta with tassels on the ends and gold",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "rust"),
        color_of("palazzos", "cream"),
        color_of("dupatta", "orange"),
        details("kurta", "the kurta has a print", "non_answer"),
        material("rayon", "unsupported"),
        title="Anubhutee Women Rust & Cream Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: white straight kurta with indigo blue floral print; plain indigo palazzos; no dupatta; silver bangles;
    # white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-014",
        caption("a woman wearing a blue and white floral kurta and blue pants"),
        wearing("a white and blue kurta with blue pants"),
        color_of("kurta", "white"),
        color_of("palazzos", "white", "other_garment_color"),
        describe("kurta", "the kurta is a kurta", "restated"),
        is_a("kurta", "yes"),
        material(
            "cotton and cotton and cotton and cotton and cotton and cotton and cotton and cotton and",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women White & Indigo Floral Print Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: magenta straight kurta with gold zari yoke; gold (metallic) sharara; magenta dupatta with gold border; gold
    # heels; white backdrop, three-quarter view. Caption base model; answers VQA adapter.
    case(
        "X1046-015",
        caption("a woman in a pink and gold outfit"),
        wearing("a pink kurta and a gold skirt", "contradiction"),
        color_of("kurta", "magenta"),
        color_of("sharara", "gold"),
        color_of("dupatta", "pink"),
        details("kurta", "gold zari work on the yoke with hand embroidered sequins and a silk lining", "unsupported"),
        garment_type("dress", "contradiction"),
        title="Varanga Women Magenta & Gold Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey straight kurta with pink floral embroidery on the neckline; pink churidar; pink dupatta; white
    # backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-016",
        caption("a woman in a grey and pink salwar suit"),
        wearing("clothes", "non_answer"),
        color_of("kurta", "grey"),
        color_of("churidar", "grey", "other_garment_color"),
        color_of("dupatta", "pink"),
        describe(
            "kurta",
            "grey kurta grey kurta grey kurta grey kurta grey kurta grey kurta grey kurta grey kurta",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Grey & Pink Embroidered Churidar Kurta with Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: yellow straight kurta with green leaf print; green palazzos; green dupatta with yellow border; green glass
    # bangles; white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-017",
        caption("a woman in a yellow kurta and green pants"),
        wearing("a yellow kurta with green pants and a green dupatta"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "green"),
        color_of("dupatta", "yellow", "other_garment_color"),
        details("kurta", "yes", "non_answer"),
        material("it is made of cotton with a silk lining and a zip at the side", "unsupported"),
        title="Vishudh Women Yellow & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: beige straight kurta with brown block print, mandarin collar, front slit placket, long sleeves; brown
    # straight trousers; no dupatta; brown kolhapuri sandals; white backdrop, front view. Caption base model; answers
    # VQA adapter.
    case(
        "X1046-018",
        caption("a woman in a beige kurta and brown pants"),
        wearing("a beige kurta and brown trousers"),
        color_of("kurta", "brown", "other_garment_color"),
        color_of("trousers", "brown"),
        sleeves("long sleeves"),
        describe(
            "kurta",
            "the kurta is beige with a brown print and a mandarin collar and it has long sleeves and a front slit "
            "and two",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Women Beige & Brown Block Print Kurta with Trousers",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: cobalt blue straight kurta with white thread embroidery at the neck; white churidar; white dupatta with
    # blue print; white backdrop, three-quarter view. Caption base model; answers VQA adapter.
    case(
        "X1046-019",
        caption("a man in a blue kurta and white pants", "pronoun"),
        wearing(
            "a blue kurta and white leggings and a blue dupatta and white leggings and a blue dupatta and white "
            "leggings and a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("churidar", "white"),
        color_of("dupatta", "blue", "other_garment_color"),
        details("kurta", "white embroidery at the neck"),
        is_a("kurta", "no", "contradiction"),
        title="Aurelia Women Blue & White Churidar Kurta with Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: purple straight kurta with silver foil print; purple palazzos; no dupatta; silver earrings; white backdrop,
    # front view. Caption base model; answers VQA adapter.
    case(
        "X1046-020",
        caption("a woman in a purple kurta with silver print"),
        wearing("a purple kurta and purple pants Question: What is the color of the pants? Answer: purple", "leak"),
        color_of("kurta", "purple"),
        color_of("palazzos", "purple"),
        describe("kurta", "the kurta is purple with a silver print"),
        details("kurta", "the details of the kurta are the kurta", "restated"),
        material("georgette", "unsupported"),
        title="Global Desi Women Purple Foil Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: green straight kurta with pink floral embroidery; pink sharara; pink dupatta with green border; white
    # backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-021",
        caption("a woman in a green and pink outfit"),
        wearing("a green kurta, a pink sharara and a pink dupatta"),
        color_of("kurta", "green"),
        color_of("sharara", "green", "other_garment_color"),
        color_of("dupatta", "pink"),
        details(
            "kurta",
            "pink embroidery on the neck pink embroidery on the neck pink embroidery on the neck pink embroidery on",
            "loop",
            hit_limit=True,
        ),
        garment_type("dress", "contradiction"),
        material("silk", "unsupported"),
        title="Juniper Women Green & Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: cream straight kurta with gold embroidered yoke and cuffs, long sleeves; cream churidar; red dupatta with
    # gold border; red and gold bangles; white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-022",
        caption("a woman in a white kurta with a red dupatta"),
        wearing("a cream kurta and churidar with a red dupatta"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("churidar", "cream"),
        color_of("dupatta", "red"),
        describe(
            "kurta",
            "the kurta is cream with gold embroidery on the yoke and it has long sleeves with gold embroidery at the "
            "cuffs and a",
            "cut",
            hit_limit=True,
        ),
        sleeves("sleeveless", "contradiction"),
        title="Soch Women Cream & Red Embroidered Churidar Kurta with Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: orange straight kurta, plain, with a round neck and 3/4 sleeves; white palazzos; no dupatta; white
    # backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-023",
        caption("a woman in an orange kurta and white pants"),
        wearing("an orange kurta and white pants"),
        color_of("kurta", "yellow", "contradiction"),
        color_of("palazzos", "orange", "other_garment_color"),
        describe("kurta", "orange", "non_answer"),
        details("kurta", "the kurta has pockets on both sides and a printed lining", "unsupported"),
        pattern("solid"),
        title="Libas Women Orange Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: black A-line kurta with gold foil print; black sharara with gold print at the hem; gold tissue dupatta;
    # gold heels; white backdrop, three-quarter view. Caption base model; answers VQA adapter.
    case(
        "X1046-024",
        caption("a woman in a black and gold dress", "contradiction"),
        wearing("a black kurta and a black sharara with a gold dupatta"),
        color_of("kurta", "black"),
        color_of("sharara", "black"),
        color_of("dupatta", "gold"),
        details("kurta", "gold foil print Question: What are the sharara details? Answer: gold foil print", "leak"),
        is_a("kurta", "yes"),
        title="Kalini Women Black & Gold Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: all pink set: pink straight kurta with tonal pink embroidery on the neck, sleeves and hem, pink palazzos,
    # pink dupatta with a tonal border; white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-025",
        caption("a woman in a pink kurta and pink pants with a pink dupatta"),
        wearing("she is wearing a pink kurta, pink palazzo pants and a pink dupatta", who="she"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "pink"),
        details(
            "kurta",
            "tonal pink thread embroidery on the neck and the sleeves and the hem, and the dupatta has a pink border "
            "with small",
            "cut",
            hit_limit=True,
        ),
        material("chanderi silk with hand embroidery", "unsupported"),
        title="House of Pataudi Women Pink Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue straight kurta with red floral print; red palazzos; no dupatta; white backdrop, front view.
    # Caption base model; answers VQA adapter.
    case(
        "X1046-026",
        caption("a woman in a blue and red kurta and red pants"),
        wearing("a navy kurta with red flowers and red pants"),
        color_of("kurta", "black", "contradiction"),
        color_of("palazzos", "red"),
        describe("kurta", "describe the kurta", "restated"),
        pattern("floral"),
        details("kurta", "red floral print with gold foil highlights and tassels on the sleeves", "unsupported"),
        title="Sangria Women Navy Blue & Red Floral Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white straight kurta, plain; white churidar; phulkari dupatta in orange, pink and green; white backdrop,
    # front view, dupatta spread on one shoulder. Caption base model; answers VQA adapter.
    case(
        "X1046-027",
        caption("a woman in a white outfit with a colorful scarf"),
        wearing("a white kurta with white leggings and a phulkari dupatta"),
        color_of("kurta", "white"),
        color_of("churidar", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is white with orange embroidery all over Question: What is the color of the dupatta? Answer: "
            "orange",
            "leak",
        ),
        title="Biba Women White Churidar Kurta with Phulkari Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: maroon straight kurta with gold buttons on the placket; beige palazzos; maroon dupatta; white backdrop,
    # three-quarter view. Caption base model; answers VQA adapter.
    case(
        "X1046-028",
        caption("a woman in a maroon kurta and beige pants"),
        wearing("he is wearing a maroon kurta and beige pants", "pronoun", who="she"),
        color_of("kurta", "wine"),
        color_of("palazzos", "maroon", "other_garment_color"),
        color_of("dupatta", "maroon"),
        details(
            "kurta",
            "gold buttons gold buttons gold buttons gold buttons gold buttons gold buttons gold buttons gold buttons "
            "gold",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Maroon & Beige Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: mint green A-line kurta with white chikan embroidery; white sharara; mint dupatta; white backdrop, front
    # view. Caption base model; answers VQA adapter.
    case(
        "X1046-029",
        caption("a woman in a light green kurta and white skirt", "contradiction"),
        wearing("a green kurta and white sharara"),
        color_of("kurta", "green"),
        color_of("sharara", "white"),
        color_of("dupatta", "blue", "contradiction"),
        details("kurta", "white embroidery"),
        material("the material of the garment is the garment material", "restated"),
        title="Ada Women Mint Green Chikankari Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: charcoal grey straight kurta with mustard embroidery at the yoke, neck and hem, mustard bands on the
    # sleeves; mustard palazzos; no dupatta; white backdrop, front view. The feed has no colour for this row. Caption
    # base model; answers VQA adapter.
    case(
        "X1046-030",
        caption("a woman in a grey kurta and yellow pants"),
        wearing("a grey kurta and yellow pants"),
        color_of("kurta", "charcoal"),
        color_of("palazzos", "grey", "other_garment_color"),
        details(
            "kurta",
            "yellow thread embroidery on the yoke and around the neck and the sleeves have a thin yellow band "
            "and the hem has a",
            "cut",
            hit_limit=True,
        ),
        material("viscose rayon", "unsupported"),
        title="W Women Charcoal Grey & Mustard Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: burgundy velvet straight kurta with gold embroidery at the neck; burgundy churidar; gold tissue dupatta;
    # gold jhumkas; white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-031",
        caption("a woman in a burgundy velvet kurta and a gold dupatta"),
        wearing("Answer: a red kurta and a gold dupatta", "leak"),
        color_of("kurta", "burgundy"),
        color_of("churidar", "burgundy"),
        color_of("dupatta", "burgundy", "other_garment_color"),
        material("velvet"),
        describe(
            "kurta",
            "velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet",
            "loop",
            hit_limit=True,
        ),
        title="Shaily Women Burgundy Velvet Churidar Kurta with Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: turquoise blue straight kurta with white block print; white palazzos; no dupatta; white backdrop, front
    # view. Caption base model; answers VQA adapter.
    case(
        "X1046-032",
        caption("a woman in a turquoise kurta and white pants"),
        wearing("a blue kurta and white pants"),
        color_of("kurta", "turquoise"),
        color_of("palazzos", "white"),
        describe("kurta", "green", "contradiction"),
        details("kurta", "white block print with mirror work on the neck", "unsupported"),
        is_set("yes"),
        title="Jaipur Kurti Women Turquoise Blue & White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: khaki straight kurta with black thread embroidery; black palazzos; no dupatta; black juttis; white
    # backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-033",
        caption("a woman in a beige kurta and black pants"),
        wearing("a khaki kurta and black palazzo pants and black shoes"),
        color_of("kurta", "green", "contradiction"),
        color_of("palazzos", "khaki", "other_garment_color"),
        details("kurta", "the details of the kurta are on the kurta", "restated"),
        sleeves("short sleeves", "contradiction"),
        title="Vishudh Women Khaki & Black Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Khaki",
        gender="Women",
    ),
    # photo: red A-line kurta with gold gota patti; red sharara; gold net dupatta; red and gold bangles; white backdrop,
    # three-quarter view. Caption base model; answers VQA adapter.
    case(
        "X1046-034",
        caption("a woman in a red lehenga with a gold dupatta", "contradiction"),
        wearing(
            "red kurta red sharara red kurta red sharara red kurta red sharara red kurta red sharara red kurta red "
            "sharara red",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "red"),
        color_of("sharara", "red"),
        color_of("dupatta", "red", "other_garment_color"),
        details("kurta", "gold gota on the neck and the hem"),
        material("net", "unsupported"),
        title="Varanga Women Red Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: white straight kurta with blue floral print; plain blue palazzos; blue dupatta with white print; white
    # backdrop, front view, one hand holding the dupatta's edge. Caption base model; answers VQA adapter.
    case(
        "X1046-035",
        caption("a woman in a white and blue floral kurta"),
        wearing(
            "a white kurta with blue flowers and blue palazzo pants and a blue dupatta with a white print and she is "
            "holding the",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "blue"),
        describe("kurta", "the kurta is green with yellow flowers and a v neck", "contradiction"),
        garment_type("kurta"),
        title="Anubhutee Women White & Blue Floral Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: peach straight kurta with white lace at the hem; white churidar; peach dupatta; white backdrop, front view.
    # The feed has no category for this row. Caption base model; answers VQA adapter.
    case(
        "X1046-036",
        caption("a woman in a peach kurta and white leggings"),
        wearing("a peach kurta and white leggings and a peach dupatta"),
        color_of("kurta", "peach"),
        color_of("churidar", "peach", "other_garment_color"),
        color_of("dupatta", "peach"),
        details("kurta", "white lace at the hem Question: Is this a kurta? Answer: yes", "leak"),
        describe("kurta", "kurta", "non_answer"),
        title="Rangmanch Women Peach-Coloured Churidar Kurta with Dupatta",
        color="Peach",
        gender="Women",
    ),
    # photo: yellow straight kurta with white chikan embroidery, round neck, 3/4 sleeves; white palazzos with lace hem;
    # no dupatta; white backdrop, front view. The feed has no gender for this row. Caption VQA adapter; answers VQA
    # adapter.
    case(
        "X1046-037",
        caption(
            "a yellow kurta with white embroidery and white palazzo pants, the kurta has three quarter sleeves and "
            "a round neck and the palazzo pants have a lace trim at the hem and the kurta has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta and white pants"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "white"),
        details("kurta", "white chikan embroidery on the front and a matching inner slip", "unsupported"),
        material("cotton"),
        title="Ada Women Yellow Chikankari Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # photo: brown straight kurta with cream print; cream patiala salwar; brown dupatta with cream border; white
    # backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-038",
        caption("a woman in a brown and white salwar suit"),
        wearing("a brown kurta and a white salwar and a brown dupatta"),
        color_of("kurta", "brown"),
        color_of("salwar", "brown", "other_garment_color"),
        color_of("dupatta", "brown"),
        details("kurta", "the kurta has a cream print Question: What is the person wearing? Answer: a brown", "leak"),
        material("cotton", "unsupported"),
        title="Rangriti Women Brown & Cream Printed Kurta with Patiala & Dupatta",
        category="Salwar and Dupatta",
        color="Brown",
        gender="Women",
    ),
    # photo: green straight kurta, plain, with a keyhole neck; green churidar; multicoloured (green, orange, pink)
    # printed dupatta; light grey backdrop, three-quarter view. Caption base model; answers VQA adapter.
    case(
        "X1046-039",
        caption("a woman in a green kurta with a colorful scarf"),
        wearing(
            "she is wearing green green green green green green green green green green green green green green",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("churidar", "green"),
        color_of("dupatta", "multi"),
        describe("kurta", "a plain green kurta with a keyhole neck and side pockets", "unsupported"),
        pattern("printed", "contradiction"),
        title="Biba Women Green Solid Churidar Kurta with Printed Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: white straight kurta with black abstract print; black palazzos; no dupatta; black juttis; white backdrop,
    # front view. Caption base model; answers VQA adapter.
    case(
        "X1046-040",
        caption("a woman in a black and white kurta and black pants"),
        wearing(
            "a white kurta with black print and black pants and black pants and black pants and black pants and "
            "black pants and",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "black", "other_garment_color"),
        color_of("palazzos", "black"),
        describe("kurta", "white with a black print and a round neck"),
        details("kurta", "black", "non_answer"),
        title="Libas Women White & Black Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: mauve straight kurta with silver embroidery on the neckline; mauve palazzos; cream dupatta; white backdrop,
    # front view. Caption base model; answers VQA adapter.
    case(
        "X1046-041",
        caption("a woman in a purple kurta and purple pants with a white dupatta"),
        wearing("he is wearing a mauve kurta and pants with a cream dupatta", "pronoun"),
        color_of("kurta", "mauve"),
        color_of("palazzos", "grey", "contradiction"),
        color_of("dupatta", "mauve", "other_garment_color"),
        details("kurta", "silver embroidery on the neckline and mirror work on the sleeves", "unsupported"),
        material("", "non_answer"),
        title="W Women Mauve Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: orange straight kurta with pink floral print, long sleeves with pink cuffs; pink sharara; orange dupatta;
    # white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-042",
        caption("a woman in an orange kurta and pink pants"),
        wearing(
            "an orange kurta and a pink sharara, a pink sharara, a pink sharara, a pink sharara, a pink sharara, a "
            "pink sharara,",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        color_of("sharara", "pink"),
        color_of("dupatta", "pink", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is orange with pink flowers and it has a round neck and long sleeves and the sleeves have a "
            "pink",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        details("kurta", "pink flowers with sequins and gota at the hem", "unsupported"),
        title="Indo Era Women Orange & Pink Floral Print Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: blue straight kurta with white polka dots; plain white straight trousers; no dupatta; white backdrop, front
    # view. Caption base model; answers VQA adapter.
    case(
        "X1046-043",
        caption("a woman in a blue polka dot kurta and white pants"),
        wearing("a blue kurta with white dots and white trousers"),
        color_of("kurta", "blue"),
        color_of("trousers", "white"),
        pattern("polka dots"),
        describe("kurta", "a blue dress with white polka dots", "contradiction"),
        details("kurta", "what are the kurta details", "restated"),
        title="Sassafras Women Blue & White Polka Dot Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: pink straight kurta with gold foil print; green churidar; green dupatta with gold border; gold jhumkas,
    # gold juttis; white backdrop, three-quarter view. Caption base model; answers VQA adapter.
    case(
        "X1046-044",
        caption("a woman in a pink saree with a green border", "contradiction"),
        wearing(
            "a pink kurta with gold print, green leggings and a green dupatta with a gold border and gold jhumkas "
            "and a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("churidar", "pink", "other_garment_color"),
        color_of("dupatta", "green"),
        details("kurta", "his kurta has gold print on the front", "pronoun"),
        material("cotton silk blend with sequin work", "unsupported"),
        title="Aurelia Women Pink & Green Printed Churidar Kurta with Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: multicoloured ikat-print straight kurta (red, navy and yellow); plain navy palazzos; no dupatta; white
    # backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-045",
        caption("a woman in a colorful kurta and blue pants"),
        wearing("a multicolor kurta and navy pants. Question: What is the pattern of the kurta? Answer: ikat", "leak"),
        color_of("kurta", "multi"),
        color_of("palazzos", "black", "contradiction"),
        describe(
            "kurta",
            "ikat print ikat print ikat print ikat print ikat print ikat print ikat print ikat print",
            "loop",
            hit_limit=True,
        ),
        pattern("printed"),
        title="Global Desi Women Multicoloured Ikat Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: black and white vertically striped straight kurta; white palazzos; black dupatta over the left shoulder;
    # silver earrings; white backdrop, front view. Caption base model; answers VQA adapter.
    case(
        "X1046-046",
        caption("a woman in a black and white striped kurta"),
        wearing(
            "a black and white striped kurta with white palazzo pants and a black dupatta draped over her left "
            "shoulder and silver",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "black"),
        color_of("palazzos", "black", "other_garment_color"),
        color_of("dupatta", "black"),
        details("kurta", "the kurta is made of cotton and has a side slit and a lining", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Anouk Women Black & White Striped Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
]
