"""BLIND_1444 (45 products; Myntra women's kurta sets, VQA adapter): written blind in the sixty-fifth session. Measured
blind at 0c250e6 (the session's first rules): 63/75 failures found (84.0%) and 9/194 correct texts flagged (4.6%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas and kurta sets (kurta with palazzos, trousers, churidar or sharara, often
with a dupatta). Catalog columns as the feed has them: title (brand first), category as Myntra's article type ("Kurtas",
"Kurta Sets"), color as its base colour ("Navy Blue", "Off White", "Mustard", "Teal"...), gender ("Women"); a column
is missing now and then. Photos: a model on a plain backdrop, mostly front views, a few back views, one flat lay,
props now and then (a jute bag, a clutch, a potted plant, a styling dupatta that is not sold with the kurta).
Who wrote what: every text is Salesforce/blip2-opt-2.7b with the leoreigoto/Data3_V3_BLIP2_VQA adapter, greedy, 30
new tokens, prompt "Question: ... Answer:". No caption: the run asked questions only (the VQA adapter's captions are
broken). The questionnaire is the original experiments' one adapted to the product: "What is she wearing?", the color
of each piece asked separately ("What is the color of the kurta / palazzos / trousers / dupatta?", free generation,
stored open), "Describe the kurta.", "What are the kurta details?", "Is this a kurta?". Single kurtas also get the old
"pants" (or "jeans") color question about the bottoms the model wears with them. Since the adapter learnt no
end-of-answer, the long answers loop, run into a new "Question: ... Answer:" or stop at the limit mid-phrase; short
answers (a color, "yes") stop on their own.
Labeling conventions and judgement calls: a kurta called "a dress", "a long dress" (even the flared Anarkali) is a
contradiction of the title; "salwar kameez", "anarkali suit", "top and bottom" wording is fine, and a sharara called a
"skirt" is left correct (it looks like one). A near color is correct: navy for Navy Blue, white for Off White or
cream, yellow for Mustard, green or blue for Teal, pink for Peach and Magenta and Mauve, purple for Lavender, orange
for Rust, red or burgundy for Maroon. A piece's color answered with the color of another piece in the photo (the
palazzos', the dupatta's, the styling dupatta's) is other_garment_color; a wrong color that belongs to no other
garment (the print's hue, a border, a clutch, black for navy) is contradiction. Same color for all pieces of a
tone-on-tone set is correct. A loop whose first word is right is still a loop; a cut text whose words are right is
still cut; a leak is marked leak whatever its first answer. Invented details (buttons, a zipper, a keyhole neck on a
back view, sandals on a flat lay, the prop given as a detail, silk where neither title nor photo says so) are
unsupported; silk for a cotton title is a contradiction. A color alone or "yes" to the details question, an empty
answer and the question's words back are non_answer; "the kurta is a kurta" or "a kurta" to "Describe the kurta." is
restated. "he"/"his" for a woman is pronoun. hit_limit marks every loop, cut and leak text that ran to 30 new tokens;
no correct text ran to the limit. About 28% of the texts are wrong: most answers here are one color or "yes", which
stop on their own and are mostly right; the failures sit in the long answers and in the colors of the second pieces.
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, wearing

BLIND_1444 = [
    # Truth: front view, navy straight kurta with white ethnic motifs, white palazzos, navy dupatta with white print on
    # one shoulder, grey backdrop. All texts: VQA adapter.
    case(
        "X1444-001",
        wearing("a dress", "contradiction", who="she"),
        color_of("kurta", "navy", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of(
            "dupatta",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("kurta", "navy blue kurta with white print"),
        details(
            "kurta",
            "the dupatta is navy and white and the kurta is navy and white and the palazzo is navy and white and the "
            "dupatta is navy and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Navy Blue & White Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: tone-on-tone pink set: pink straight kurta with gold embroidered yoke, pink trousers, sheer pink dupatta
    # with gold border. All texts: VQA adapter, all correct.
    case(
        "X1444-002",
        wearing("a pink kurta and pants", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("trousers", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        details("kurta", "gold embroidery on the neck"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Pink Yoke Design Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: mustard straight kurta with small white flowers, three-quarter sleeves, round neck, worn with white
    # leggings (not sold); the model holds a jute bag. All texts: VQA adapter.
    case(
        "X1444-003",
        wearing("a yellow kurta and white leggings", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "a yellow kurta with white floral print and three quarter sleeves and a round neck and a brown bag on "
            "the shoulder and a pair of white",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "floral print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Mustard Yellow Floral Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Truth: plain navy kurta, mandarin collar, three-quarter sleeves, side slits, worn with beige trousers (not sold).
    # All texts: VQA adapter.
    case(
        "X1444-004",
        wearing("a navy kurta and beige pants", who="she"),
        color_of("kurta", "black", "contradiction", kind="open"),
        color_of("pants", "beige", kind="open"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details("kurta", "mandarin collar"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Truth: maroon kurta with gold floral print, maroon trousers, beige-gold dupatta with maroon border over both
    # shoulders. All texts: VQA adapter.
    case(
        "X1444-005",
        wearing("dress", "contradiction", who="she"),
        color_of("kurta", "maroon", kind="open"),
        color_of("trousers", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="GoSriKi Women Maroon Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: white cotton kurta with white chikankari embroidery, white churidar, white backdrop. All texts: VQA
    # adapter.
    case(
        "X1444-006",
        wearing("a white dress", "contradiction", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("kurta", "white embroidered kurta"),
        details("kurta", "embroidery"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Rain & Rainbow Women White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Truth: peach kurta with blue block print, blue palazzos with small peach print, no dupatta. No gender column in
    # this row. All texts: VQA adapter.
    case(
        "X1444-007",
        wearing("a kurta and palazzo pants", who="she"),
        color_of("kurta", "peach", kind="open"),
        color_of("palazzos", "peach", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "peach kurta with blue print Question: What is the color of the palazzo? Answer: blue Question: What is "
            "the color of the dupatta? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Jaipur Kurti Women Peach-Coloured & Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: off-white kurta with pink floral print and pink lace at the hem, pink churidar, pink dupatta; the model
    # holds the dupatta's end. All texts: VQA adapter, all correct.
    case(
        "X1444-008",
        wearing("she is wearing a white kurta with pink flowers and pink pants and a pink dupatta", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("churidar", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        details("kurta", "pink floral print and lace on the hem"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Off-White & Pink Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Truth: back view: teal A-line kurta with white and orange geometric print, tie-up dori with tassels at the back
    # neck, white palazzos (not sold); no buttons anywhere. All texts: VQA adapter.
    case(
        "X1444-009",
        wearing("a green dress", "contradiction", who="she"),
        color_of("kurta", "green", kind="open"),
        describe("kurta", "a green kurta with tassels at the back"),
        details("kurta", "buttons on the front", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Teal Green Printed A-Line Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Truth: purple straight kurta with silver embroidery on the yoke, purple trousers, lavender dupatta. All texts:
    # VQA adapter.
    case(
        "X1444-010",
        wearing("he is wearing a purple kurta and purple pants", "pronoun", who="she"),
        color_of("kurta", "purple", kind="open"),
        color_of("trousers", "purple", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        details("kurta", "silver embroidery on the neck"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indo Era Women Purple Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # Truth: yellow kurta with green ethnic motifs, green palazzos, yellow dupatta with green print and green border.
    # All texts: VQA adapter.
    case(
        "X1444-011",
        wearing("yellow kurta and green pants", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("palazzos", "green", kind="open"),
        color_of(
            "dupatta",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a yellow kurta with green print and green palazzo pants and a yellow dupatta with green print and a "
            "green border and a yellow dupatta with green",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "ethnic print"),
        gender="Women",
        title="KALINI Women Yellow Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: red kurta with gold zari yoke, off-white trousers; the model holds a bunch of marigolds. All texts: VQA
    # adapter.
    case(
        "X1444-012",
        wearing("red kurta and white pants", who="she"),
        color_of("kurta", "red", kind="open"),
        color_of("trousers", "red", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "a red kurta with a gold yoke and a pair of white pants and a bunch of yellow flowers in her hands and a "
            "pair of gold",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Red Yoke Design Kurta with Trousers",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: black straight kurta with white geometric print, no pockets, worn with blue jeans (not sold). All texts:
    # VQA adapter.
    case(
        "X1444-013",
        wearing("black kurta and jeans", who="she"),
        color_of("kurta", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        describe("kurta", "black and white"),
        details("kurta", "pockets", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="HERE&NOW Women Black Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Truth: rust flared Anarkali kurta with gold print, rust palazzos, cream dupatta with rust border. All texts: VQA
    # adapter.
    case(
        "X1444-014",
        wearing("a long dress", "contradiction", who="she"),
        color_of("kurta", "orange", kind="open"),
        color_of("palazzos", "orange", kind="open"),
        color_of("dupatta", "white", kind="open"),
        describe("kurta", "orange kurta with gold print"),
        details(
            "kurta",
            "gold print on the kurta and the kurta and the kurta and the kurta and the kurta and the kurta and the "
            "kurta and the kurta",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Khushal K Women Rust Orange Printed Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
    ),
    # Truth: flat lay on white, no model: lime green kurta with white floral print and white palazzos laid side by
    # side; no shoes in the picture. All texts: VQA adapter.
    case(
        "X1444-015",
        wearing("a green kurta and white pants", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "white", kind="open"),
        describe("kurta", "a green kurta with white flowers on it"),
        details("kurta", "the model is wearing a pair of white sandals", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Ahalyaa Women Lime Green Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Truth: magenta straight kurta with small gold woven buttis (they read as dots), gold churidar (not sold), hand on
    # hip. All texts: VQA adapter.
    case(
        "X1444-016",
        wearing("pink dress", "contradiction", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("pants", "gold", kind="open"),
        describe("kurta", "pink kurta with gold polka dots"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: gold Question: What are the kurta details? Answer: gold "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Soch Women Magenta Woven Design Straight Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Truth: solid mustard cotton kurta with mandarin collar and a button placket, mustard palazzos. All texts: VQA
    # adapter, all correct.
    case(
        "X1444-017",
        wearing("yellow kurta and yellow pants", who="she"),
        color_of("kurta", "mustard", kind="open"),
        color_of("palazzos", "mustard", kind="open"),
        describe("kurta", "the kurta is mustard in color"),
        details("kurta", "buttons"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Janasya Women Mustard Yellow Solid Pure Cotton Kurta with Palazzos",
        color="Mustard",
    ),
    # Truth: light pink straight kurta with blue floral print, white palazzos (not sold), a white handbag. No category
    # column in this row. All texts: VQA adapter.
    case(
        "X1444-018",
        wearing("a pink kurta and white pants and a bag", who="she"),
        color_of("kurta", "blue", "contradiction", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("kurta", "pink kurta with blue flowers"),
        details("kurta", "floral print"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="AURELIA Women Pink Floral Print Straight Kurta",
        color="Pink",
    ),
    # Truth: olive A-line kurta with white tribal print, white cropped pants, brown sandals, small silver earrings.
    # All texts: VQA adapter.
    case(
        "X1444-019",
        wearing(
            "she is wearing an olive green kurta with white print and white pants and brown sandals and a pair of "
            "silver earrings and a silver",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "green", kind="open"),
        color_of("pants", "white", kind="open"),
        details("kurta", "tribal print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Global Desi Women Olive Green Printed A-Line Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Truth: cobalt blue kurta with white print, white palazzos, blue dupatta. All texts: VQA adapter.
    case(
        "X1444-020",
        wearing("dress", "contradiction", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "blue", "other_garment_color", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        describe(
            "kurta",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "white print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Blue Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: grey kurta with white print, white trousers with a small grey print. All texts: VQA adapter.
    case(
        "X1444-021",
        wearing("grey kurta and grey pants", "other_garment_color", who="she"),
        color_of("kurta", "grey", kind="open"),
        color_of("trousers", "grey", "other_garment_color", kind="open"),
        describe("kurta", "a kurta", "restated"),
        details("kurta", "print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anubhutee Women Grey & White Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
    ),
    # Truth: sea green kurta with white thread embroidery at the V neckline, three-quarter sleeves, sea green
    # palazzos, white organza dupatta with sea green border. All texts: VQA adapter.
    case(
        "X1444-022",
        wearing("a green salwar kameez", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", kind="open"),
        color_of("dupatta", "white", kind="open"),
        describe("kurta", "a green kurta with white embroidery on the neck"),
        details(
            "kurta",
            "the kurta has a v neck and three quarter sleeves and the kurta has a v neck and three quarter sleeves and "
            "the kurta has a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Nayo Women Sea Green Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Truth: black straight kurta with gold foil print, black leggings (not sold). All texts: VQA adapter.
    case(
        "X1444-023",
        wearing("black dress", "contradiction", who="she"),
        color_of("kurta", "black", kind="open"),
        color_of("pants", "black", kind="open"),
        describe(
            "kurta",
            "the kurta is black and the kurta is black and the kurta is black and the kurta is black and the kurta is "
            "black and the",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "gold print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Black & Gold Foil Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Truth: red bandhani kurta (tie-dye dots), yellow flared sharara, red dupatta with yellow bandhani. All texts: VQA
    # adapter, all correct.
    case(
        "X1444-024",
        wearing("red kurta and yellow skirt", who="she"),
        color_of("kurta", "red", kind="open"),
        color_of("sharara", "yellow", kind="open"),
        color_of("dupatta", "red", kind="open"),
        details("kurta", "polka dots"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Ishin Women Red & Yellow Bandhani Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: front view, bottle green solid kurta with gold lace at the sleeve hems, gold palazzos (not sold); no
    # zipper to see. No color column in this row. All texts: VQA adapter.
    case(
        "X1444-025",
        wearing("green kurta", who="she"),
        color_of("kurta", "green", kind="open"),
        describe("kurta", "a green kurta with gold lace"),
        details("kurta", "the kurta has a zipper at the back", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Biba Women Green Solid Straight Kurta",
        category="Kurtas",
    ),
    # Truth: white kurta with indigo dabu print, indigo palazzos with white print. All texts: VQA adapter.
    case(
        "X1444-026",
        wearing("white kurta and blue pants", who="she"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        describe("kurta", "white kurta with blue print"),
        details("kurta", "white", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women White & Blue Indigo Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: lavender kurta with silver yoke embroidery, lavender trousers, lavender dupatta with a narrow silver
    # border; the model holds the dupatta open. All texts: VQA adapter.
    case(
        "X1444-027",
        wearing("a purple kurta and purple pants and a purple scarf", who="she"),
        color_of("kurta", "purple", kind="open"),
        color_of("trousers", "purple", kind="open"),
        color_of("dupatta", "silver", "contradiction", kind="open"),
        describe(
            "kurta",
            "the kurta is purple in color and the trousers are purple in color and the dupatta is purple in color and "
            "the kurta is purple in",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "silver embroidery"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Lavender Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Truth: beige straight kurta with maroon floral print, maroon palazzos (not sold). All texts: VQA adapter.
    case(
        "X1444-028",
        wearing("beige kurta and maroon pants", who="she"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        color_of("pants", "maroon", kind="open"),
        describe("kurta", "beige kurta with maroon flowers"),
        details("kurta", "yes", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Beige & Maroon Printed Straight Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Truth: navy rayon kurta with white paisley print, navy palazzos in the same print. All texts: VQA adapter.
    case(
        "X1444-029",
        wearing("navy blue kurta and navy blue palazzo", who="she"),
        color_of("kurta", "navy", kind="open"),
        color_of("palazzos", "navy", kind="open"),
        describe("kurta", "a navy blue kurta with paisley print"),
        details("kurta", "the kurta details are the kurta details", "non_answer"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Juniper Women Navy Blue Printed Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: off-white kurta with pintucks on the yoke, white pants (not sold), a red dupatta draped for styling (not
    # sold). All texts: VQA adapter.
    case(
        "X1444-030",
        wearing("a white kurta and a red scarf", who="she"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        describe("kurta", "white kurta with pleats"),
        details("kurta", "pleats"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Off-White Solid Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Truth: orange round-neck kurta with white print, white palazzos, orange dupatta. All texts: VQA adapter.
    case(
        "X1444-031",
        wearing(
            "she is wearing an orange kurta with white palazzo pants and an orange dupatta",
            who="she",
        ),
        color_of("kurta", "orange", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        describe("kurta", "an orange kurta made of silk", "unsupported"),
        details("kurta", "the kurta has a round neck"),
        is_a("kurta", "yes"),
        gender="Women",
        title="GERUA Women Orange Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # Truth: teal kurta with mustard ethnic motifs, mustard trousers. All texts: VQA adapter.
    case(
        "X1444-032",
        wearing("a blue kurta and yellow pants", who="she"),
        color_of("kurta", "teal", kind="open"),
        color_of("trousers", "teal", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "teal kurta with yellow print Question: What is the color of the trousers? Answer: teal Question: What is "
            "the color",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Mokshi Women Teal Blue Ethnic Motifs Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
    ),
    # Truth: indigo cotton straight kurta with white print, white churidar (not sold). All texts: VQA adapter.
    case(
        "X1444-033",
        wearing("a blue kurta and white pants", who="she"),
        color_of("kurta", "blue", kind="open"),
        describe("kurta", "a blue kurta with white print, made of cotton"),
        details("kurta", "the kurta is made of silk", "contradiction"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Fabindia Women Indigo Cotton Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Truth: back view: mint kurta with lace at the sleeves, mint palazzos, white chiffon dupatta over the arm; the
    # front (a plain round neck, no buttons) is not in the picture. All texts: VQA adapter.
    case(
        "X1444-034",
        wearing("a green dress", "contradiction", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        describe("kurta", "a green kurta with a keyhole neck and buttons", "unsupported"),
        details("kurta", "lace on the sleeves"),
        gender="Women",
        title="Sangria Women Mint Green Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: maroon velvet kurta with gold embroidery at the neck and sleeves, maroon palazzos, gold tissue dupatta.
    # No gender column in this row. All texts: VQA adapter.
    case(
        "X1444-035",
        wearing("maroon kurta", who="she"),
        color_of("kurta", "burgundy", kind="open"),
        color_of("palazzos", "burgundy", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        describe("kurta", "he is wearing a maroon kurta with gold embroidery on the neck and sleeves", "pronoun"),
        details("kurta", "gold", "non_answer"),
        is_a("kurta", "yes"),
        title="Aks Women Maroon & Gold Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: black kurta with red floral print, black trousers; the model holds a red clutch. All texts: VQA adapter.
    case(
        "X1444-036",
        wearing("black kurta and black pants", who="she"),
        color_of("kurta", "black", kind="open"),
        color_of("trousers", "red", "contradiction", kind="open"),
        describe("kurta", "a black kurta with red flowers and a red clutch in his hand", "pronoun"),
        details("kurta", "red flowers"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Black Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: cream kurta with rust hand block print, rust palazzos (not sold), a potted plant beside the model. All
    # texts: VQA adapter.
    case(
        "X1444-037",
        wearing("cream kurta and orange pants", who="she"),
        color_of("kurta", "beige", kind="open"),
        color_of("pants", "orange", kind="open"),
        describe("kurta", "a white kurta with orange print"),
        details("kurta", "a plant", "unsupported"),
        gender="Women",
        title="Jaipur Kurti Women Cream Hand Block Printed Straight Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Truth: yellow kurta with pink flowers, yellow trousers, pink dupatta. All texts: VQA adapter.
    case(
        "X1444-038",
        wearing("yellow kurta and pink scarf", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("trousers", "yellow", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "a yellow kurta with pink flowers on it, a yellow kurta with pink flowers on it, a yellow kurta with pink "
            "flowers on it",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "floral"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Yellow Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: peach A-line kurta with gota lace at the hem, white leggings (not sold), barefoot model. All texts: VQA
    # adapter.
    case(
        "X1444-039",
        wearing("pink dress", "contradiction", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("kurta", "peach kurta"),
        details("kurta", "lace at the bottom"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Rangriti Women Peach Solid A-Line Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Truth: green kurta with pink floral print, pink palazzos. All texts: VQA adapter.
    case(
        "X1444-040",
        wearing("green kurta and pink pants", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", "other_garment_color", kind="open"),
        describe("kurta", "", "non_answer"),
        details("kurta", "floral print"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Green & Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: black kurta with white thread embroidery, white palazzos, black dupatta with white embroidered border.
    # All texts: VQA adapter.
    case(
        "X1444-041",
        wearing("a black kurta and white pants", who="she"),
        color_of(
            "kurta",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "black", kind="open"),
        details("kurta", "embroidery"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Ahika Women Black Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: turquoise kurta with gold embroidery at the neck and sleeves, turquoise trousers with gold embroidery at
    # the hem. All texts: VQA adapter.
    case(
        "X1444-042",
        wearing("blue kurta and blue pants", who="she"),
        color_of("kurta", "turquoise", kind="open"),
        color_of("trousers", "turquoise", kind="open"),
        describe(
            "kurta",
            "a turquoise blue kurta with gold embroidery on the neck and the sleeves and a pair of turquoise blue "
            "pants with gold embroidery on the bottom of the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "embroidery on the neck"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Indo Era Women Turquoise Blue Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Truth: mauve straight kurta with white floral print, round neck, three-quarter sleeves, side slits, white
    # trousers (not sold). All texts: VQA adapter.
    case(
        "X1444-043",
        wearing("a purple kurta and white pants", who="she"),
        color_of("kurta", "pink", kind="open"),
        color_of("pants", "white", kind="open"),
        describe("kurta", "purple"),
        details(
            "kurta",
            "the sleeves are three quarter sleeves and the neckline is a round neck and the hem is a straight hem and "
            "the side slits are",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Mauve Floral Printed Straight Kurta",
        category="Kurtas",
        color="Mauve",
    ),
    # Truth: coffee brown kurta with a button placket down the front, brown palazzos. All texts: VQA adapter.
    case(
        "X1444-044",
        wearing("a brown kurta and brown pants", who="she"),
        color_of("kurta", "brown", kind="open"),
        color_of("palazzos", "brown", kind="open"),
        describe("kurta", "a brown kurta with buttons on the front"),
        details(
            "kurta",
            "the kurta has buttons on the front and the buttons are on the front and the buttons are on the front and "
            "the buttons are",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Sangria Women Coffee Brown Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Coffee Brown",
    ),
    # Truth: red flared Anarkali kurta with gold embroidery on the neck, yoke and sleeves, red churidar (not sold).
    # All texts: VQA adapter.
    case(
        "X1444-045",
        wearing("a red anarkali suit", who="she"),
        color_of("kurta", "red", kind="open"),
        color_of("pants", "red", kind="open"),
        describe(
            "kurta",
            "red kurta with gold embroidery Question: What are the kurta details? Answer: gold embroidery Question: "
            "What is the color",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery on the neck and the yoke and the sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="KLOSIA Women Red Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
]
