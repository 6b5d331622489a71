"""BLIND_1193 (45 products; Myntra kids' ethnic wear, VQA adapter): written blind in the sixty-first session. Measured
blind at e097e3a (the session's fifth rules): 64/83 failures found (77.1%) and 12/171 correct texts flagged (7.0%).
The writer's notes, verbatim:

Scenario: a Myntra kids' ethnic wear feed (kurta sets, kurta with dhoti or churidar, Nehru jackets, sherwanis,
lehenga cholis, a pattu pavadai, anarkalis, sharara sets, ethnic gowns), boys and girls of about 3 to 12. Catalog shots:
a child on a plain grey, white or pastel backdrop wearing the set, now and then a flat lay, a back view, or a prop (a
flute, a kite, a diya thali, a marigold garland backdrop, mojaris beside a flat lay). The feed's columns are kept as
Myntra has them: the product name as title (brand first), category as the article type ("Kurta Sets", "Lehenga
Choli", "Sherwani", "Ethnic Dresses", "Nehru Jackets", "Kurtas"), color as the base colour of the main piece,
gender as "Boys"/"Girls"; a few rows lack gender or another column, as feeds do.
Who wrote what: no caption was made (the VQA adapter alone, and its captions are broken, so the job asked questions
only). Every text is from Salesforce/blip2-opt-2.7b with leoreigoto/Data3_V3_BLIP2_VQA (8-bit, LoRA on q/k), prompt
"Question: ... Answer:", greedy, 30 new tokens, generation stopped at newline or eos. The questionnaire: what the
person is wearing, the color of each piece of the set (kurta, pyjama/churidar/dhoti/salwar/palazzos/sharara, jacket,
lehenga, blouse/choli, dupatta, stole), and, per product, some of: the yes/no "Is this a <title's garment>?", the
closed type/color/pattern/sleeve questions, the material, the details of one piece. Piece colors are free
generation, stored open; the closed questions keep the raw text when it maps to no option.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A neighbouring shade name is right (white for cream or off white, yellow for mustard or gold, red for maroon,
pink for peach or magenta, blue for navy or teal, green for sea green, lime or olive, purple for lavender); a clearly
different hue is wrong. The adapter only knows In-shop garment words, so a fair In-shop word for the silhouette is right
(dress for an anarkali or a gown, skirt for a lehenga, shirt or top for a kurta worn as a top, jacket or vest for a
sherwani or Nehru jacket, pants for a pyjama, churidar or dhoti); a word for another kind is a contradiction (dress for
a flat-laid straight kurta, shorts for ankle-length dhoti pants). A piece's color answered with the color of another
piece in the photo (jacket, dupatta, bottom) is other_garment_color; a color no piece has (embroidery, backdrop, navy
read as black) is contradiction. A material the title states and the answer denies would be contradiction; a material
the photo makes implausible, or a detail the photo cannot show (the front of a back view, mirror work that is not there,
a dupatta the set does not have), is unsupported. Answers that only give back the question ("the garment is made of the
material of the garment") are restated; "", an In-shop class word for a color, "yes" to a question that is not yes/no, a
prop for a details question, or only the color for a details question are non_answer. Loops, leaks ("Question: ...
Answer:" continued) and cuts ran to 30 tokens and carry hit_limit; two short right answers also carry hit_limit because
the adapter, trained on unmasked padding, went on emitting pad tokens that decoding dropped: I left those unmarked, the
text being right. About a third of the texts are wrong. Material guesses the title does not state (silk for a shiny
jacquard, cotton for a matte print) are taken as right when the photo is consistent with them.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import case, color_of, details, is_a, wearing

BLIND_1193 = [
    # Photo: boy on light grey backdrop, cream full-sleeve self-design cotton kurta, white pyjama, brown mojaris.
    # All texts: VQA adapter (Data3_V3), no caption.
    case(
        "X1193-001",
        wearing("a white kurta and white pants"),
        color_of("kurta", "white", kind="open"),
        color_of("pyjama", "white", kind="open"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        Q.pattern("solid"),
        gender="Boys",
        title="Jompers Boys Cream-Coloured Self Design Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl on white, magenta flared lehenga with gold zari border, magenta sleeveless choli, gold net dupatta
    # with tassels draped from one shoulder, gold bangles. All texts: VQA adapter; wearing cut at the limit, the
    # dupatta given the lehenga's pink.
    case(
        "X1193-002",
        wearing(
            "a pink lehenga with a gold border and a pink blouse and a gold net dupatta with tassels draped over"
            " her shoulder and gold bangles on her",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Aarika Girls Magenta & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: boy on grey, knee-length navy blue jacquard sherwani with cloth buttons, off-white churidar, maroon stole
    # over one shoulder. All texts: VQA adapter; the material answer looped to the limit.
    case(
        "X1193-003",
        wearing("a blue jacket and white pants"),
        color_of("sherwani", "blue", kind="open"),
        color_of("churidar", "blue", "other_garment_color", kind="open"),
        color_of("stole", "red", kind="open"),
        is_a("sherwani", "yes"),
        Q.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk"
            " silk silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Navy Blue Woven Design Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: girl on pastel pink, mustard yellow floral-print anarkali to the knee, full sleeves, green churidar,
    # green dupatta over the arms. All texts: VQA adapter; dupatta given the kurta's yellow, sleeves read short.
    case(
        "X1193-004",
        wearing("a yellow dress"),
        color_of("kurta", "yellow", kind="open"),
        color_of("churidar", "green", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Girls",
        title="Biba Girls Mustard Yellow Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy on white, white full-sleeve kurta under a mustard printed Nehru jacket, white pyjama.
    # All texts: VQA adapter; the jacket details looped.
    case(
        "X1193-005",
        wearing("a yellow vest and white pants"),
        color_of("kurta", "yellow", "other_garment_color", kind="open"),
        color_of("jacket", "yellow", kind="open"),
        color_of("pyjama", "white", kind="open"),
        details(
            "jacket",
            "the jacket is a yellow jacket with a white kurta and white pyjama and a yellow jacket with a white kurta"
            " and white pyjama and a yellow jacket",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Aj Dezines Boys White Kurta with Pyjamas & Mustard Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: flat lay on white, peach sequinned georgette lehenga, peach short-sleeve crop blouse, off-white net
    # dupatta folded beside. No child. All texts: VQA adapter; dupatta given the lehenga's pink, cotton for sequinned
    # georgette.
    case(
        "X1193-006",
        wearing("a pink skirt and a pink top"),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        Q.pattern("embellished"),
        Q.material("cotton", "unsupported"),
        gender="Girls",
        title="Bitiya by Bhama Girls Peach-Coloured Sequinned Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: boy on pale blue, saffron orange full-sleeve kurta, ankle-length white dhoti pants, holding a wooden
    # flute (Janmashtami prop). All texts: VQA adapter; wearing looped, the details answer names the prop.
    case(
        "X1193-007",
        wearing(
            "a orange kurta and white dhoti and a flute in his hand and a orange kurta and white dhoti and a"
            " flute in his hand and",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "orange", kind="open"),
        color_of("dhoti", "white", kind="open"),
        is_a("kurta", "yes"),
        details("kurta", "a flute", "non_answer"),
        gender="Boys",
        title="Little Bansi Boys Orange Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: girl on white, green straight kurta with white block print, three-quarter sleeves, white palazzos, no
    # dupatta. All texts: VQA adapter; wearing looped, three-quarter sleeves read as short.
    case(
        "X1193-008",
        wearing(
            "a green kurta with white print and white palazzo pants and a green kurta with white print and white"
            " palazzo pants and a green",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "white", kind="open"),
        Q.material("cotton"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Girls",
        title="Cutiekins Girls Green & White Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy sitting on a wooden stool, maroon silk-blend kurta with dense gold embroidery on the yoke, cream
    # pyjama. All texts: VQA adapter; wearing looped, the kurta's color is the embroidery's.
    case(
        "X1193-009",
        wearing(
            "a red kurta with gold embroidery and white pants and a red kurta with gold embroidery and white"
            " pants and a red kurta with",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "gold", "contradiction", kind="open"),
        color_of("pyjama", "white", kind="open"),
        details("kurta", "gold embroidery on the neck and the front"),
        is_a("kurta", "yes"),
        Q.material("silk"),
        gender="Boys",
        title="Vastramay Boys Maroon Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: girl on grey, teal floor-length flared ethnic gown with small floral print, full sleeves.
    # All texts: VQA adapter.
    case(
        "X1193-010",
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve"),
        wearing("she is wearing a blue dress with flowers"),
        gender="Girls",
        title="Ethnovog Girls Teal Floral Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: boy on beige, cream brocade sherwani with gold buttons, cream churidar, red dupatta over one shoulder.
    # All texts: VQA adapter; the details answer looped, the churidar given the dupatta's red.
    case(
        "X1193-011",
        wearing("a white sherwani with a red dupatta"),
        color_of("sherwani", "white", kind="open"),
        color_of("churidar", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        details(
            "sherwani",
            "gold buttons and gold embroidery on the collar and the sleeves and gold buttons and gold embroidery on"
            " the collar and the sleeves and gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        gender="Boys",
        title="KID1 Boys Cream-Coloured Woven Design Sherwani Set with Dupatta",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: back view of a girl, yellow printed lehenga with pink border, yellow choli with a tasselled tie-up back,
    # pink dupatta over the arms. All texts: VQA adapter; the choli's color came back as an In-shop class word.
    case(
        "X1193-012",
        wearing("a yellow skirt and a pink scarf"),
        color_of("lehenga", "yellow", kind="open"),
        color_of("choli", "blouse", "non_answer", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "no", "contradiction"),
        Q.pattern("printed"),
        gender="Girls",
        title="Pspeaches Girls Yellow & Pink Printed Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: short-haired boy on grey, powder blue full-sleeve kurta, white churidar, one hand in the kurta's side
    # pocket. All texts: VQA adapter; "she" for the boy, the material ran on into the training template.
    case(
        "X1193-013",
        wearing("she is wearing a blue kurta and white pants", "pronoun"),
        color_of("kurta", "blue", kind="open"),
        color_of("churidar", "white", kind="open"),
        Q.sleeve_length("long sleeve"),
        Q.material(
            "cotton Question: What is the color of the kurta? Answer: blue Question: What is the color of the churidar?"
            " Answer: white",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sojanya Boys Blue Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl on white, white chikankari short kurta, white sharara, pink dupatta with a gold gota border over the
    # shoulders. All texts: VQA adapter; wearing cut at the limit, dupatta given the kurta's white.
    case(
        "X1193-014",
        wearing(
            "a white kurta with white embroidery and white sharara pants and a pink dupatta with a gold border"
            " draped over her shoulders and a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "white", kind="open"),
        color_of("sharara", "white", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        details("kurta", "embroidered"),
        Q.pattern("floral"),
        gender="Girls",
        title="Biba Girls White Embroidered Chikankari Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: boy on grey, black printed Nehru jacket (the product) over a white kurta and white pyjama that are not
    # sold with it. All texts: VQA adapter; the garment's color is the kurta's, and "no" to the title's garment.
    case(
        "X1193-015",
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        color_of("jacket", "black", kind="open"),
        wearing("a black vest and white shirt and white pants"),
        is_a("nehru jacket", "no", "contradiction"),
        Q.pattern("printed"),
        gender="Boys",
        title="YK Boys Black Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: girl with two braids on cream, red bandhani lehenga, gold short-sleeve blouse, red bandhani dupatta.
    # All texts: VQA adapter; "he" for the girl, and the blouse given the lehenga's red.
    case(
        "X1193-016",
        wearing("he is wearing a red lehenga", "pronoun"),
        color_of("lehenga", "red", kind="open"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        Q.pattern("printed"),
        gender="Girls",
        title="Readiprint Fashions Girls Red Bandhani Printed Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: flat lay on white, yellow full-sleeve kurta with a white pyjama folded beside it. Feed row has no gender.
    # All texts: VQA adapter; wearing looped, the pyjama's answer ran on into the training template.
    case(
        "X1193-017",
        wearing(
            "a yellow kurta and white pyjama and a yellow kurta and white pyjama and a yellow kurta and white"
            " pyjama and a yellow kurta and",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "yellow", kind="open"),
        color_of(
            "pyjama",
            "yellow Question: What is the color of the pyjama? Answer: yellow Question: What is the color of the"
            " pyjama? Answer: yellow",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeve"),
        title="Jompers Boys Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: girl holding a brass pooja thali, pink knee-length anarkali with gold foil print on yoke and hem, white
    # leggings, pink dupatta with gold border. All texts: VQA adapter; leggings given the kurta's pink, details looped.
    case(
        "X1193-018",
        wearing("a pink dress"),
        color_of("kurta", "pink", kind="open"),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        details(
            "kurta",
            "gold print on the yoke and the hem and gold print on the yoke and the hem and gold print on the yoke and"
            " the hem and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Girls",
        title="Aks Kids Girls Pink Ethnic Motifs Printed Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: boy on white, sea green kurta, cream dhoti pants, gold brocade Nehru jacket.
    # All texts: VQA adapter; the kurta and the dhoti both given the jacket's gold.
    case(
        "X1193-019",
        wearing("a green kurta and a gold jacket and white pants"),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        color_of("jacket", "gold", kind="open"),
        color_of("dhoti", "gold", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="Aj Dezines Boys Green Kurta with Dhoti Pants & Nehru Jacket",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: girl on grey, royal blue velvet lehenga with silver embroidery, blue short-sleeve blouse, silver net
    # dupatta over the shoulders. All texts: VQA adapter; wearing cut at the limit, blouse given the dupatta's silver.
    case(
        "X1193-020",
        wearing(
            "a blue lehenga with silver embroidery and a blue blouse with short sleeves and a silver net dupatta"
            " draped over her shoulders and a pair of silver",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "blue", kind="open"),
        color_of("blouse", "silver", "other_garment_color", kind="open"),
        color_of("dupatta", "silver", kind="open"),
        Q.material("velvet"),
        gender="Girls",
        title="Biba Girls Blue & Silver Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: boy holding a teddy bear, maroon self-design sherwani, gold-toned churidar.
    # All texts: VQA adapter.
    case(
        "X1193-021",
        wearing("a red jacket and gold pants"),
        color_of("sherwani", "red", kind="open"),
        color_of("churidar", "red", "other_garment_color", kind="open"),
        is_a("sherwani", "yes"),
        details("sherwani", "the sherwani details are the sherwani", "restated"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="Vastramay Boys Maroon Self Design Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: girl on white, lavender kurta with thread embroidery at the neck, lavender palazzos, white dupatta with a
    # lavender embroidered border. All texts: VQA adapter; one color for all three pieces, wearing cut.
    case(
        "X1193-022",
        wearing(
            "a purple kurta with white embroidery on the neck and purple palazzo pants and a white dupatta with purple"
            " embroidery on the border and purple",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "purple", kind="open"),
        color_of("palazzos", "purple", kind="open"),
        color_of("dupatta", "purple", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Sangria Girls Lavender Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: boy in front of an orange marigold garland backdrop, navy full-sleeve cotton kurta with a small white
    # leaf print, white pyjama. All texts: VQA adapter; the kurta took the backdrop's orange.
    case(
        "X1193-023",
        wearing("a blue shirt and white pants"),
        color_of("kurta", "orange", "contradiction", kind="open"),
        color_of("pyjama", "white", kind="open"),
        Q.pattern("printed"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Boys",
        title="Kinder Kids Boys Navy Blue & White Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: girl on pastel green, bottle green knee-length fit and flare dress, gold embroidered yoke, short puff
    # sleeves, shiny fabric. All texts: VQA adapter; the material ran on into the template, the wearing answer looped.
    case(
        "X1193-024",
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short sleeve"),
        Q.material(
            "silk Question: What is the color of the garment? Answer: green Question: What is the color of the garment?"
            " Answer: green",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "a green dress with gold and a green dress with gold and a green dress with gold and a green dress with"
            " gold and a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="The Magic Wand Girls Green & Gold-Toned Ethnic Motifs Fit & Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Photo: flat lay on light wood, a single long white chikankari cotton kurta (below the knee), full sleeves.
    # All texts: VQA adapter; laid flat, the kurta was called a dress.
    case(
        "X1193-025",
        Q.garment_type("dress", "contradiction"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Fabindia Boys White Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: girl on white, patchwork lehenga (pink, green, orange, blue panels), green choli, orange dupatta.
    # All texts: VQA adapter; the dupatta given the choli's green, the pattern answer gives the question back.
    case(
        "X1193-026",
        wearing("a colorful skirt and a green top"),
        color_of("lehenga", "multicolor", kind="open"),
        color_of("choli", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        Q.pattern("the pattern of the garment is the pattern", "restated"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Multicoloured Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: boy with hands folded in namaste, peach kurta, cream pyjama, open cream jacket with cream threadwork
    # (no mirrors); front view only. All texts: VQA adapter; pyjama given the kurta's pink, the jacket details invent
    # mirror work and a back.
    case(
        "X1193-027",
        wearing("a white jacket and a pink kurta"),
        color_of("kurta", "pink", kind="open"),
        color_of("jacket", "white", kind="open"),
        color_of("pyjama", "pink", "other_garment_color", kind="open"),
        details("jacket", "embroidered with gold thread and mirror work on the front and the back", "unsupported"),
        Q.material("silk"),
        gender="Boys",
        title="Jompers Boys Peach-Coloured Kurta with Pyjamas & Embroidered Jacket",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: girl on grey, sleeveless orange short kurta with pink yoke embroidery, pink sharara, orange dupatta.
    # All texts: VQA adapter; "he" for the girl, the dupatta's answer looped.
    case(
        "X1193-028",
        wearing("he is wearing an orange top and pink pants", "pronoun"),
        color_of("kurta", "orange", kind="open"),
        color_of("sharara", "pink", kind="open"),
        color_of(
            "dupatta",
            "orange and pink and orange and pink and orange and pink and orange and pink and orange and pink and"
            " orange and pink and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Aarika Girls Orange & Pink Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: boy on white, off-white sherwani with pink floral embroidery, off-white churidar, pink safa (turban) with a
    # gold kalgi brooch, pink dupatta. All texts: VQA adapter; wearing cut, the sherwani given the dupatta's pink.
    case(
        "X1193-029",
        wearing(
            "a white sherwani with pink embroidery and a pink turban and a pink dupatta and white churidar pants"
            " and a pink turban with a gold brooch and a",
            "cut",
            hit_limit=True,
        ),
        color_of("sherwani", "pink", "other_garment_color", kind="open"),
        color_of("churidar", "white", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("sherwani", "yes"),
        Q.pattern("floral"),
        gender="Boys",
        title="KID1 Boys Off White & Pink Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: girl on light grey, navy floor-length gown with silver sequin yoke, full sheer sleeves.
    # All texts: VQA adapter; the closed color read the navy as black, the open answer says blue.
    case(
        "X1193-030",
        Q.garment_type("dress"),
        Q.color("black", "contradiction"),
        Q.pattern("embellished"),
        Q.sleeve_length("long sleeve"),
        wearing("a blue dress"),
        gender="Girls",
        title="Pspeaches Girls Navy Blue Embellished Anarkali Ethnic Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: boy leaning on a wooden chair, black full-sleeve kurta, white pyjama.
    # All texts: VQA adapter; the pyjama given the kurta's black.
    case(
        "X1193-031",
        wearing("a black kurta and white pyjama"),
        color_of("kurta", "black", kind="open"),
        color_of("pyjama", "black", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        Q.material("the garment is made of the material of the garment", "restated"),
        gender="Boys",
        title="Sojanya Boys Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: girl twirling on white, sea green lehenga, peach short-sleeve choli, peach dupatta.
    # All texts: VQA adapter; wearing looped, the dupatta given the lehenga's green.
    case(
        "X1193-032",
        wearing(
            "she is wearing a green lehenga and a pink choli and a pink dupatta and she is wearing a green"
            " lehenga and a pink choli and a",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "green", kind="open"),
        color_of("choli", "pink", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Ethnovog Girls Sea Green & Peach Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: boy sitting on stone steps, red full-sleeve cotton kurta, ankle-length cream dhoti pants.
    # All texts: VQA adapter; the dhoti called shorts, the material ran on into the template.
    case(
        "X1193-033",
        wearing("a red shirt and white shorts", "contradiction"),
        color_of("kurta", "red", kind="open"),
        color_of("dhoti", "white", kind="open"),
        Q.sleeve_length("long sleeve"),
        Q.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the"
            " garment made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Little Bansi Boys Red & Cream Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: girl on white, gold brocade kurta, white churidar, gold tissue dupatta.
    # All texts: VQA adapter; churidar given the dupatta's gold, the details answer came back empty.
    case(
        "X1193-034",
        wearing("a gold dress"),
        color_of("kurta", "yellow", kind="open"),
        color_of("churidar", "gold", "other_garment_color", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        details("kurta", "", "non_answer"),
        gender="Girls",
        title="Biba Girls Gold-Toned Woven Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Gold",
    ),
    # Photo: boy on pale yellow holding a paper kite, sky blue full-sleeve kurta with a bandhani dot print, white
    # pyjama. Feed row has no gender. All texts: VQA adapter.
    case(
        "X1193-035",
        wearing("a blue shirt and white pants"),
        color_of("kurta", "blue", kind="open"),
        color_of("pyjama", "white", kind="open"),
        Q.pattern("yes", "non_answer"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        title="Aj Dezines Boys Blue Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: girl on grey, maroon lehenga, gold sleeveless crop top, long sheer maroon georgette jacket (cape) open at
    # the front; no dupatta. All texts: VQA adapter; jacket details looped.
    case(
        "X1193-036",
        wearing("a red dress with a gold top"),
        color_of("lehenga", "red", kind="open"),
        color_of("choli", "gold", kind="open"),
        color_of("jacket", "red", kind="open"),
        details(
            "jacket",
            "the jacket is a long jacket with a long jacket with a long jacket with a long jacket with a long jacket"
            " with a long jacket",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        gender="Girls",
        title="Aks Kids Girls Maroon & Gold-Toned Lehenga Choli with Ethnic Jacket",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: back view of a boy on grey, off-white full-sleeve kurta, off-white pyjama; the front is not visible.
    # All texts: VQA adapter; "she" for the boy seen from behind, details of a front the photo does not show; "yes"
    # followed by pad tokens to the limit.
    case(
        "X1193-037",
        wearing("she is wearing a white kurta and white pants", "pronoun"),
        color_of("kurta", "white", kind="open"),
        color_of("pyjama", "white", kind="open"),
        details("kurta", "the kurta has a mandarin collar and buttons on the front", "unsupported"),
        Q.sleeve_length("long sleeve"),
        is_a("kurta", "yes", hit_limit=True),
        gender="Boys",
        title="Jompers Boys Off White Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: girl holding a brass lamp, green silk pattu pavadai (long skirt) with pink zari border, pink puff-sleeve
    # blouse. All texts: VQA adapter; wearing looped, the blouse given the skirt's green.
    case(
        "X1193-038",
        wearing(
            "a green skirt and a pink blouse and a green skirt and a pink blouse and a green skirt and a pink"
            " blouse and a green",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        Q.material("silk"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Little Bansi Girls Green & Pink Silk Pattu Pavadai",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: boy on grey, mustard silk full-sleeve kurta, white churidar.
    # All texts: VQA adapter; the kurta's answer ran on through the template, churidar given the kurta's yellow.
    case(
        "X1193-039",
        wearing("a yellow kurta and white pants"),
        color_of(
            "kurta",
            "yellow Question: What is the color of the churidar? Answer: white Question: What is the color of the"
            " kurta? Answer: yellow Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("churidar", "yellow", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        Q.material("silk"),
        gender="Boys",
        title="Vastramay Boys Mustard Yellow Kurta with Churidar",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl on white, off-white anarkali with red floral print, three-quarter sleeves, red palazzos.
    # All texts: VQA adapter; the kurta given the palazzos' red, three-quarter sleeves read as long.
    case(
        "X1193-040",
        wearing("she is wearing a white dress with red flowers and red pants"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        color_of("palazzos", "red", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve", "contradiction"),
        gender="Girls",
        title="Cutiekins Girls Off White & Red Floral Print Anarkali Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: flat lay on cream, gold embroidered high-neck sherwani, cream churidar, a pair of gold mojaris placed
    # beside as props. All texts: VQA adapter; churidar given the sherwani's gold, details cut at the limit.
    case(
        "X1193-041",
        wearing("a gold sherwani and white pants"),
        color_of("sherwani", "gold", kind="open"),
        color_of("churidar", "gold", "other_garment_color", kind="open"),
        details(
            "sherwani",
            "the sherwani has a high neck collar and gold buttons and gold embroidery on the front and the sleeves and"
            " a pair of gold shoes with gold embroidery on the",
            "cut",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        Q.garment_type("jacket"),
        gender="Boys",
        title="KID1 Boys Gold-Toned Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: girl on white, lime green lehenga with pink floral print, pink short-sleeve choli; the set has no dupatta
    # and none is in the photo. All texts: VQA adapter; lehenga given the choli's pink, a color for a dupatta that is
    # not there.
    case(
        "X1193-042",
        wearing("a green skirt and a pink top"),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        color_of("choli", "pink", kind="open"),
        color_of("dupatta", "pink", "unsupported", kind="open"),
        Q.pattern("floral"),
        gender="Girls",
        title="Aarika Girls Lime Green Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Photo: boy sitting cross-legged on a floor cushion, teal blue full-sleeve kurta, white pyjama. Feed row has no
    # category. All texts: VQA adapter; the kurta's color looped, the pyjama given the kurta's blue.
    case(
        "X1193-043",
        wearing("a blue shirt and white pants"),
        color_of(
            "kurta",
            "teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal"
            " teal teal teal teal teal teal teal teal teal teal",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pyjama", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        gender="Boys",
        title="Aj Dezines Boys Teal Blue Kurta with Pyjamas",
        color="Teal",
    ),
    # Photo: girl on white, yellow gota patti kurta, yellow sharara, pink and green leheriya dupatta with a gold border.
    # All texts: VQA adapter; wearing cut at the limit, the details answer only gives the color back.
    case(
        "X1193-044",
        wearing(
            "a yellow kurta with gold gota work on the neck and the hem and yellow sharara pants and a pink and"
            " green dupatta with a gold border and",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "yellow", kind="open"),
        color_of("sharara", "yellow", kind="open"),
        color_of("dupatta", "pink and green", kind="open"),
        details("kurta", "the kurta is yellow", "non_answer"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Sangria Girls Yellow Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: short-haired boy on grey, olive pathani kurta with a shirt collar and one chest pocket, olive salwar.
    # All texts: VQA adapter; "she" for the boy; "green" for the salwar followed by pad tokens to the limit.
    case(
        "X1193-045",
        wearing("she is wearing a green shirt and green pants", "pronoun"),
        color_of("kurta", "green", kind="open"),
        color_of("salwar", "green", kind="open", hit_limit=True),
        details("kurta", "a collar and a pocket on the chest"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="Sojanya Boys Olive Green Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Olive",
    ),
]
