"""BLIND_1372 (45 products; Myntra women's kurtas and kurta sets, VQA): written blind in the sixty-fourth session.
Measured blind at d381b30 (the session's first rules): 59/72 failures found (81.9%) and 10/169 correct texts flagged
(5.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas, kurtis and kurta sets (kurta with palazzos, trousers, sharara or churidar,
often with a dupatta). Catalog columns as the feed has them: title (productDisplayName), category (the articleType:
Kurtas, Kurtis, Kurta Sets), color (baseColour, the kurta's colour for a set), gender; a few rows miss one column.
Photos are the usual catalog shots: a model on a plain studio backdrop wearing the product, styled with pieces that are
not sold (leggings, jeans, a denim jacket), jewellery, juttis, a bag; now and then a flat lay, a back view, a stool.
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), free
generation, greedy, 30 new tokens, prompt "Question: ... Answer:". No caption: this run did not caption (the VQA-only
adapter's captions are broken). Questionnaire of the original experiments adapted to the product: "What is she
wearing?", the color of each piece asked separately (kurta, palazzos/trousers/sharara/churidar, dupatta), "Describe
the kurta.", "What are the kurta details?", and sometimes the VQA data's yes/no "Is this a kurta?". The adapter learnt
In-shop vocabulary (dress, blouse, pants, skirt), short answers, and no end-of-answer token: most answers come back
clean (it emits padding), some loop to the limit, some run on into the next "Question: ... Answer:".
Labeling conventions and judgement calls: a kurta called "dress" (or a sharara called "skirt") contradicts the title
and is marked contradiction; a generic "top" for a short kurti, "pants"/"leggings" for trousers/churidar and "scarf"
for a dupatta are accepted. Near hues are accepted (navy -> blue, maroon -> red, magenta/peach -> pink, mustard ->
yellow, rust/coral -> orange, teal -> green, off-white/cream -> white); a different hue is wrong. A kurta's color
answered with its print's color when the ground clearly dominates is a contradiction, even when the print color is also
the bottom's; a piece given the color of another sold or styled garment is other_garment_color; given the color of a
bag or of embroidery thread it is contradiction. "no" to "Is this a kurta/kurti?" is a contradiction of the title.
Invented details the photo does not show (collar, pockets, lace, silk) are unsupported; a detail read off a back view
that cannot be seen is unsupported. Any text that repeats until the 30-token limit is a loop (hit_limit); a text that
runs on sensibly and stops mid-phrase at the limit is cut. "yes", an empty string or the question's words back to an
open question are non_answer; a sentence that only rephrases the question is restated. An answer that runs into the
next "Question:" or starts with "Answer:" is a leak even when its first words are right. One-word answers that are
true ("gold", "blue") are counted correct, however thin.
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, wearing

BLIND_1372 = [
    # 001 Photo: model front on a grey backdrop; navy blue A-line kurta with small white flowers, white palazzos, navy
    # dupatta with a white border over one arm, tan juttis. All texts: VQA adapter.
    case(
        "X1372-001",
        wearing("a blue kurta and white pants", who="she"),
        color_of("kurta", "navy blue", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        describe("kurta", "a blue kurta with white flowers"),
        details(
            "kurta",
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women Navy Blue Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 002 Photo: model front; white straight kurta, indigo block-print motifs spaced out (white ground dominates), round
    # neck with a short placket, 3/4 sleeves; styled with white leggings and kolhapuris, a jute tote on the shoulder.
    # All texts: VQA adapter.
    case(
        "X1372-002",
        wearing("a white kurta and white leggings", who="she"),
        color_of("kurta", "blue", "contradiction", kind="open"),
        describe("kurta", "a white kurta with blue print"),
        details("kurta", "the kurta has a mandarin collar and three quarter sleeves", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women White & Blue Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # 003 Photo: model front; maroon straight kurta with a gold zari yoke, maroon trousers, gold-beige dupatta with a
    # maroon border across both arms. All texts: VQA adapter.
    case(
        "X1372-003",
        wearing("a red dress", "contradiction", who="she"),
        color_of("kurta", "maroon", kind="open"),
        color_of("trousers", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red red",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery on the neck"),
        gender="Women",
        title="Sangria Women Maroon Yoke Design Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # 004 Photo: model front on a beige backdrop; off-white chikankari straight kurta, off-white palazzos, silver
    # jhumkas. All texts: VQA adapter.
    case(
        "X1372-004",
        wearing("a white kurta and white palazzo pants", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("palazzos", "white", kind="open"),
        describe("kurta", "white with white embroidery"),
        details("kurta", "", "non_answer"),
        gender="Women",
        title="GERUA Women Off-White Embroidered Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # 005 Photo: model front, hand on hip; bottle green solid straight kurta with side slits, black leggings.
    # All texts: VQA adapter.
    case(
        "X1372-005",
        wearing("a green kurta and black leggings", who="she"),
        color_of("kurta", "green", kind="open"),
        describe(
            "kurta",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a slit on the side and a slit on the side and a slit on the side and a slit on the "
            "side and a slit",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # 006 Photo: model front; mustard A-line kurta with small red-and-green floral buttis, white churidar, flat sandals.
    # All texts: VQA adapter.
    case(
        "X1372-006",
        wearing("yes", "non_answer", who="she"),
        color_of("kurta", "yellow", kind="open"),
        describe("kurta", "a yellow dress with flowers", "contradiction"),
        details("kurta", "floral"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Biba Women Mustard Yellow Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # 007 Photo: model front; pink kurta with a white floral print, matching pink printed palazzos, sheer white dupatta
    # with a pink border; round neck, 3/4 sleeves, straight hem. All texts: VQA adapter.
    case(
        "X1372-007",
        wearing(
            "a pink dress, a pink dress, a pink dress, a pink dress, a pink dress, a pink dress, a pink dress, a pink",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "pink", kind="open"),
        color_of("palazzos", "pink", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        describe("kurta", "a pink kurta with a white floral print"),
        details("kurta", "the kurta has a round neck, three-quarter sleeves and a straight hem"),
        gender="Women",
        title="KALINI Women Pink Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # 008 Photo: model front; teal kurta with gold thread embroidery on the yoke and sleeve hems, teal trousers, teal
    # net dupatta with a gold border. All texts: VQA adapter.
    case(
        "X1372-008",
        wearing("a green kurta and green pants", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("trousers", "green Question: What is the color of the dupatta? Answer: green", "leak", kind="open"),
        color_of("dupatta", "green", kind="open"),
        describe("kurta", "a green kurta with gold embroidery on the neck and the sleeves"),
        details(
            "kurta",
            "the kurta is made of a light fabric with embroidery on the yoke and it has a matching pair of pants and "
            "a matching dupatta which is made of a light fabric with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Indo Era Women Teal Green Ethnic Motifs Embroidered Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # 009 Photo: flat lay on white, no model; black straight kurta with a gold foil print. All texts: VQA adapter.
    case(
        "X1372-009",
        wearing("a black dress with gold print", "contradiction", who="she"),
        color_of("kurta", "black", kind="open"),
        describe("kurta", "a black kurta with gold print"),
        details("kurta", "gold print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Black & Gold-Toned Foil Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # 010 Photo: model front; blue kurta with a white geometric print, solid white palazzos. All texts: VQA adapter.
    case(
        "X1372-010",
        wearing("a blue kurta and white pants", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "blue", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is blue and white"),
        details(
            "kurta",
            "the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the "
            "neckline, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AKS Women Blue & White Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # 011 Photo: model front; peach solid straight kurta with a lace trim at the hem, peach trousers. All texts: VQA
    # adapter.
    case(
        "X1372-011",
        wearing("a pink kurta and pink pants", who="she"),
        color_of("kurta", "peach", kind="open"),
        color_of("trousers", "peach", kind="open"),
        describe("kurta", "a peach kurta with lace on the hem"),
        details("kurta", "lace"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Peach-Coloured Solid Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Peach",
    ),
    # 012 Photo: model front; navy kurta with white-and-orange ethnic motifs, navy sharara, orange dupatta draped over
    # both shoulders. All texts: VQA adapter.
    case(
        "X1372-012",
        wearing("a blue dress and a blue skirt", "contradiction", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("sharara", "blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        describe("kurta", "blue with orange and white flowers"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        gender="Women",
        title="Anubhutee Women Navy Blue Ethnic Motifs Printed Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 013 Photo: model mid-twirl; red flared anarkali kurta with gold gota work at the yoke and hem, red churidar.
    # All texts: VQA adapter.
    case(
        "X1372-013",
        wearing("a red kurta and red leggings", who="she"),
        color_of("kurta", "red", kind="open"),
        describe("kurta", "a long red kurta with gold embroidery"),
        details("kurta", "gold embroidery on the neck and the hem"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Ahalyaa Women Red Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # 014 Photo: back view only; lavender solid kurta with a keyhole and a fabric-button at the back neck, lavender
    # palazzos; the front neckline cannot be seen. All texts: VQA adapter.
    case(
        "X1372-014",
        wearing("a purple kurta and purple pants", who="she"),
        color_of("kurta", "purple", kind="open"),
        color_of(
            "palazzos",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("kurta", "the back of the kurta has a keyhole with a button"),
        details("kurta", "a v-neck with a button placket", "unsupported"),
        gender="Women",
        title="HERE&NOW Women Lavender Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
    ),
    # 015 Photo: model front; olive green straight kurta with a small white print, no pockets; styled with white
    # trousers and a brown leather sling bag across the body. All texts: VQA adapter.
    case(
        "X1372-015",
        wearing("a green kurta, white pants and a brown bag", who="she"),
        color_of("kurta", "brown", "contradiction", kind="open"),
        describe("kurta", "green with white print"),
        details("kurta", "the kurta has a pocket on the front", "unsupported"),
        gender="Women",
        title="Nayo Women Olive Green Printed Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # 016 Photo: model front; turquoise cotton kurta with a small white print, styled with white palazzos (not sold).
    # All texts: VQA adapter.
    case(
        "X1372-016",
        wearing("a blue kurta and white palazzos", who="she"),
        color_of("kurta", "turquoise", kind="open"),
        describe("kurta", "a blue kurta with white print"),
        details("kurta", "white print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Janasya Women Turquoise Blue Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # 017 Photo: model front; rust flared A-line kurta with a black floral print, black leggings. Feed row has no
    # category. All texts: VQA adapter.
    case(
        "X1372-017",
        wearing("a brown dress and black leggings", "contradiction", who="she"),
        color_of("kurta", "orange", kind="open"),
        describe("kurta", "orange with black print"),
        details("kurta", "the kurta has a flared hem and black flowers all over"),
        gender="Women",
        title="Global Desi Women Rust Floral Printed Flared Kurta",
        color="Rust",
    ),
    # 018 Photo: model front; white solid kurta with a round neck (no collar), white trousers, pink-and-green printed
    # dupatta over one shoulder. All texts: VQA adapter.
    case(
        "X1372-018",
        wearing("a white kurta, white pants and a pink scarf", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("trousers", "white", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        describe("kurta", "a white kurta with a white collar", "unsupported"),
        details(
            "kurta",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Aurelia Women White Solid Kurta with Trousers & Printed Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # 019 Photo: model front; magenta kurta with a gold ethnic print, magenta palazzos, magenta dupatta with a gold
    # border. All texts: VQA adapter.
    case(
        "X1372-019",
        wearing("she is wearing a pink kurta", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("palazzos", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        describe("kurta", "pink and gold"),
        details(
            "kurta",
            "gold print on the kurta and the palazzos and the dupatta and the kurta and the palazzos and the dupatta "
            "and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Khushal K Women Magenta Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # 020 Photo: model front; grey-and-white vertical striped straight kurta, white trousers (not sold).
    # All texts: VQA adapter.
    case(
        "X1372-020",
        wearing("a grey kurta and white pants", who="she"),
        color_of("kurta", "grey Question: What is the color of the pants? Answer: white", "leak", kind="open"),
        describe("kurta", "grey and white stripes"),
        details("kurta", "striped"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Mokshi Women Grey & White Striped Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # 021 Photo: model front; yellow kurta with a pink floral print, yellow sharara (flared, reads like a skirt), pink
    # dupatta with a gota border. All texts: VQA adapter.
    case(
        "X1372-021",
        wearing("a yellow kurta and a yellow skirt", "contradiction", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("sharara", "yellow", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        describe("kurta", "a yellow kurta with pink flowers and a pink dupatta"),
        details("kurta", "floral"),
        gender="Women",
        title="Saanjh Women Yellow Floral Printed Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # 022 Photo: model front; black solid kurta, black palazzos, black dupatta with colorful phulkari embroidery.
    # All texts: VQA adapter.
    case(
        "X1372-022",
        wearing("a black kurta", who="she"),
        color_of("kurta", "black", kind="open"),
        color_of("palazzos", "black", kind="open"),
        color_of(
            "dupatta",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("kurta", "black with colorful embroidery on the dupatta"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves, a straight hem and two side slits and it is paired "
            "with black palazzos and a black dupatta with colorful embroidery on the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Yufta Women Black Solid Kurta with Palazzos & Phulkari Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # 023 Photo: model front; short beige kurti with a brown print, blue jeans. All texts: VQA adapter.
    case(
        "X1372-023",
        wearing("a beige top and blue jeans", who="she"),
        color_of("kurti", "beige", kind="open"),
        describe("kurti", "a short beige top with brown print"),
        details("kurti", "brown print"),
        is_a("kurti", "no", "contradiction"),
        gender="Women",
        title="Skylee Women Beige & Brown Printed Kurti",
        category="Kurtis",
        color="Beige",
    ),
    # 024 Photo: model front; purple kurta with white thread embroidery on the yoke, white trousers, purple dupatta.
    # All texts: VQA adapter.
    case(
        "X1372-024",
        wearing("a purple kurta and purple pants", "other_garment_color", who="she"),
        color_of("kurta", "purple", kind="open"),
        color_of("trousers", "white", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        describe("kurta", "purple with white embroidery"),
        details("kurta", "white embroidery on the yoke"),
        gender="Women",
        title="Ishin Women Purple Embroidered Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # 025 Photo: model front; indigo handloom cotton straight kurta with a woven stripe border (matte, clearly cotton),
    # white pants (not sold). Feed row has no color. All texts: VQA adapter.
    case(
        "X1372-025",
        wearing("a blue kurta and white pants", who="she"),
        color_of("kurta", "blue", kind="open"),
        describe("kurta", "blue"),
        details("kurta", "the kurta is made of silk", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Taavi Women Blue Woven Design Handloom Straight Kurta",
        category="Kurtas",
    ),
    # 026 Photo: model front; green kurta with a pink floral print, solid pink palazzos. All texts: VQA adapter.
    case(
        "X1372-026",
        wearing("a green and pink kurta", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", "other_garment_color", kind="open"),
        describe("kurta", "Answer: green with pink flowers", "leak"),
        details("kurta", "pink flowers"),
        gender="Women",
        title="Vishudh Women Green & Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # 027 Photo: model front holding a red potli bag; red kurta, red palazzos and red dupatta, all with a gold print.
    # All texts: VQA adapter.
    case(
        "X1372-027",
        wearing("he is wearing a red kurta and red pants", "pronoun", who="she"),
        color_of("kurta", "red", kind="open"),
        color_of("palazzos", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        describe("kurta", "red with gold print"),
        details("kurta", "gold"),
        gender="Women",
        title="Libas Women Red Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # 028 Photo: model front; sea green solid straight kurta (clearly green under the studio light), white churidar.
    # All texts: VQA adapter.
    case(
        "X1372-028",
        wearing("a blue kurta and white leggings", "contradiction", who="she"),
        color_of("kurta", "green", kind="open"),
        describe("kurta", "a green kurta"),
        details(
            "kurta",
            "the kurta the kurta the kurta the kurta the kurta the kurta the kurta the kurta",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Rangriti Women Sea Green Solid Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # 029 Photo: model front; cream kurta with a sparse pink floral print (cream ground dominates), solid pink trousers.
    # All texts: VQA adapter.
    case(
        "X1372-029",
        wearing("a white kurta with pink flowers and pink pants", who="she"),
        color_of("kurta", "pink", "contradiction", kind="open"),
        color_of("trousers", "pink", kind="open"),
        describe("kurta", "cream with pink flowers"),
        details(
            "kurta",
            "flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers "
            "flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers flowers "
            "flowers flowers flowers flowers",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Bitiya by Bhama Women Cream-Coloured & Pink Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Cream",
    ),
    # 030 Photo: flat lay on a wooden floor with a brass plate as a prop, no model; off-white chikankari kurta with a
    # mandarin collar and 3/4 sleeves. All texts: VQA adapter.
    case(
        "X1372-030",
        wearing("", "non_answer", who="she"),
        color_of("kurta", "white", kind="open"),
        describe("kurta", "a white kurta with embroidery"),
        details("kurta", "the kurta has a round neck and long sleeves", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="House of Pataudi Women Off-White Chikankari Embroidered Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # 031 Photo: model front; black kurta with a white print, white palazzos with a black print.
    # All texts: VQA adapter.
    case(
        "X1372-031",
        wearing("a black and white kurta and white pants", who="she"),
        color_of("kurta", "black", kind="open"),
        color_of("palazzos", "white", kind="open"),
        describe("kurta", "black and white"),
        details(
            "kurta",
            "the kurta has a black and white print and the pants have a black and white print and the kurta has a "
            "black and white print",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Juniper Women Black & White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # 032 Photo: model front; mustard kurta with a green embroidered yoke, green trousers, green dupatta with a mustard
    # border. All texts: VQA adapter.
    case(
        "X1372-032",
        wearing("a yellow kurta and green pants", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("trousers", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "green", kind="open"),
        describe("kurta", "a yellow kurta with a green yoke"),
        details("kurta", "yes", "non_answer"),
        gender="Women",
        title="Varanga Women Mustard Yellow & Green Yoke Design Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # 033 Photo: model front, evening styling; navy georgette kurta with silver sequins at the neck, sleeves and hem,
    # navy palazzos. All texts: VQA adapter.
    case(
        "X1372-033",
        wearing("a blue dress and blue pants", "contradiction", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        describe("kurta", "blue with silver sequins"),
        details(
            "kurta",
            "sequins on the neck, the sleeves, the hem, the neck, the sleeves, the hem, the neck, the sleeves, the "
            "hem, the neck",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AKS Couture Women Navy Blue Sequinned Georgette Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 034 Photo: model front; coral kurta with a white print, white trousers. Feed row has no gender.
    # All texts: VQA adapter.
    case(
        "X1372-034",
        wearing("an orange kurta and white pants", who="she"),
        color_of("kurta", "orange", kind="open"),
        color_of("trousers", "white", kind="open"),
        describe("kurta", "an orange kurta with white print"),
        details("kurta", "white print Question: What are the pants details? Answer: white", "leak"),
        title="Shree Women Coral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Coral",
    ),
    # 035 Photo: model front; maroon velvet kurta (visible sheen) with gold embroidery at the neck and sleeves, maroon
    # sharara with a gold hem, gold tissue dupatta. All texts: VQA adapter.
    case(
        "X1372-035",
        wearing("a red dress", "contradiction", who="she"),
        color_of("kurta", "red", kind="open"),
        color_of("sharara", "red", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        describe("kurta", "the kurta is made of velvet with gold embroidery"),
        details(
            "kurta",
            "gold embroidery on the neck and sleeves and the hem of the sharara and the dupatta has a gold border "
            "and the kurta has gold embroidery on the neck and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Indo Era Women Maroon & Gold-Toned Embroidered Velvet Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # 036 Photo: model front; baby pink solid short kurti, white jeans. All texts: VQA adapter.
    case(
        "X1372-036",
        wearing("a pink top and white jeans", who="she"),
        color_of("kurti", "pink", kind="open"),
        describe("kurti", "a pink top"),
        details("kurti", "the details of the kurti", "non_answer"),
        is_a("kurti", "yes"),
        gender="Women",
        title="W Women Pink Solid Kurti",
        category="Kurtis",
        color="Pink",
    ),
    # 037 Photo: model seated on a wooden stool; blue kurta with white ethnic motifs, white palazzos, blue dupatta on
    # her lap. All texts: VQA adapter.
    case(
        "X1372-037",
        wearing(
            "a blue kurta and a white pant and a blue dupatta and a white pant and a blue dupatta and a white pant "
            "and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        describe("kurta", "blue and white"),
        details("kurta", "white motifs"),
        gender="Women",
        title="Sangria Women Blue Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # 038 Photo: model front; peach kurta with gold embroidery on the neckline and sleeves, peach trousers.
    # All texts: VQA adapter.
    case(
        "X1372-038",
        wearing("a peach kurta and peach pants", who="she"),
        color_of("kurta", "peach", kind="open"),
        color_of("trousers", "gold", "contradiction", kind="open"),
        describe("kurta", "peach with gold embroidery"),
        details("kurta", "gold embroidery on the neckline and the sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Ahalyaa Women Peach-Coloured Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="Peach",
    ),
    # 039 Photo: model front; multicolour patchwork-print straight kurta, black leggings. All texts: VQA adapter.
    case(
        "X1372-039",
        wearing("a colorful kurta and black leggings", who="she"),
        color_of("kurta", "multicolor", kind="open"),
        describe("kurta", "a colorful kurta with a print"),
        details("kurta", "patchwork"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Anouk Women Multicoloured Patchwork Printed Straight Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # 040 Photo: model in a back three-quarter view, face turned to camera; olive solid kurta with a notched round
    # neck with one button, 3/4 sleeves, olive palazzos. All texts: VQA adapter.
    case(
        "X1372-040",
        wearing(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", kind="open"),
        describe("kurta", "a man in a green kurta", "pronoun"),
        details("kurta", "the kurta has a round neck with a button and three quarter sleeves"),
        gender="Women",
        title="Janasya Women Olive Green Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Olive",
    ),
    # 041 Photo: model front; grey kurta with a pink floral print, solid pink trousers, grey dupatta with pink tassels.
    # All texts: VQA adapter.
    case(
        "X1372-041",
        wearing("a grey kurta, pink pants and a grey scarf", who="she"),
        color_of("kurta", "grey", kind="open"),
        color_of("trousers", "grey", "other_garment_color", kind="open"),
        color_of("dupatta", "grey", kind="open"),
        describe("kurta", "grey with pink flowers"),
        details("kurta", "pink flowers"),
        gender="Women",
        title="Libas Women Grey & Pink Floral Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Grey",
    ),
    # 042 Photo: model front; white kurta with blue vertical stripes, solid blue palazzos. All texts: VQA adapter.
    case(
        "X1372-042",
        wearing("a blue and white striped kurta and blue pants", who="she"),
        color_of("kurta", "white and blue", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        describe("kurta", "white with blue stripes"),
        details(
            "kurta",
            "the stripes are blue and the pants are blue and the stripes are blue and the pants are blue and the "
            "stripes are blue and the pants",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="KALINI Women White & Blue Striped Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # 043 Photo: model front; black tiered kurta with a small white print, worn open under a light-blue denim jacket
    # (styling, not sold). All texts: VQA adapter.
    case(
        "X1372-043",
        wearing("a black dress and a denim jacket", "contradiction", who="she"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        describe("kurta", "black with white print"),
        details("kurta", "tiered"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Global Desi Women Black Printed Tiered Kurta",
        category="Kurtas",
        color="Black",
    ),
    # 044 Photo: model front; green floral kurta with a round neck and 3/4 sleeves, green churidar, yellow dupatta.
    # All texts: VQA adapter.
    case(
        "X1372-044",
        wearing("a green kurta, green leggings and a yellow dupatta", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("churidar", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is a kurta", "non_answer"),
        details(
            "kurta",
            "floral print on the kurta with a round neck and three quarter sleeves and a pair of green leggings and "
            "a yellow dupatta with a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Aurelia Women Green Floral Printed Kurta with Churidar & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # 045 Photo: model front holding a white handbag; royal blue solid A-line kurta with plain sleeves, white palazzos.
    # All texts: VQA adapter.
    case(
        "X1372-045",
        wearing("a blue kurta and white pants", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "white", kind="open"),
        describe(
            "kurta",
            "the kurta is a blue kurta and it is a blue kurta and it is a blue kurta and it is a",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has lace on the sleeves", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Blue Solid A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
]
