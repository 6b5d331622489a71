"""BLIND_1348 (45 products; Myntra women's kurtas and kurta sets, VQA adapter): written blind in the sixty-third
session. Measured blind at a6e2e4e (the session's eighth and final rules): 73/84 failures found (86.9%) and 4/198
correct texts flagged (2.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas and kurta sets (kurta with palazzos or trousers, often with a dupatta),
catalog columns title, category (Myntra's article type: Kurta Sets, Kurtas, Kurtis), color (its base colour) and
gender, one column left out now and then. Photos are the usual Myntra shots: a model on a plain light backdrop, the
set worn head to toe, sometimes a back view, a flat lay, or a prop (handbag, potli, stool). Every text comes from
leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, greedy, 30 new tokens, with the original experiments'
questionnaire adapted to the product: "What is she wearing?", "What is the color of the <piece>?" asked separately
for the kurta, the palazzos or trousers and the dupatta, "What is the kurta color?" on some, "Describe the kurta.",
"What are the kurta details?" (on three sets also the palazzos', trousers' or dupatta's details, under their own
question ids), and the VQA data's "Is this a kurta?". The VQA adapter does not caption, so there are no captions.
Short answers mostly stop cleanly (the model emits a newline); long open answers often loop or run to the limit, and
a few echo the "Question: ... Answer:" format. About three in ten texts are wrong: most sets are matching solids or
one print, so the color questions are easy, and the damage sits in the describe/details answers, the garment name
and the pieces whose color differs from the kurta's.
Who wrote what: all texts by the VQA adapter; nothing from the caption adapters or the extractive QA model.
Labeling conventions and judgement calls: the kurta's piece names follow the title (palazzos, trousers, dupatta).
A kurta called "a dress", "a long dress", "a saree" or answered "no" to "Is this a kurta?" is a contradiction;
"a top", "a kurta" alone, "a scarf" for the dupatta are left correct. Hue families are accepted: teal or turquoise as
blue, rust or coral as orange, lavender as purple, off-white or cream as white, mustard as yellow, navy as blue,
burgundy as red, and the peach Anarkali answered "pink" (it reads pink in the photo). A piece given another worn
piece's color (the one-color-for-everything habit) is other_garment_color; a color taken from a prop (the red potli)
or from nothing in the photo (grey for a white-and-black set) is a contradiction. Sleeves or neck contrary to the
photo and to another answer are contradictions; invented parts (pockets, zipper, belt, the front of a back-view
shot) and a fabric the title contradicts (silk for rayon, cotton for crepe) are unsupported. "the kurta", "details",
an empty answer, "they are palazzos" and "they are trousers" are non_answer; "the kurta details are the kurta
details" and "the details of the kurta" are restated. "he" or "a man" for the women's model is pronoun. A text that
echoes the prompt format ("Answer: ...", "Question: ...") is a leak even when its color is also wrong. Every loop and
every mid-phrase stop ran to the 30-token limit and is marked hit_limit; a loop that drags in a neighbouring piece
("... a white dupatta and blue palazzos and a white dupatta ...") is labelled loop, not by its colors.
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, question, wearing

kurta_color = question("kurta_color", "What is the kurta color?", "open")


def piece_details(garment, text, failure=None, hit_limit=False):
    """the details question for the palazzos, trousers or dupatta, kept apart from the kurta's"""
    return question(f"details_{garment}", f"What are the {garment} details?", "open")(text, failure, hit_limit)


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1348 = [
    # Photo: model on a grey backdrop, navy kurta with white ethnic motifs, navy printed palazzos, a white sheer
    # dupatta over one shoulder. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-001",
        she("a blue kurta with palazzo pants and a white dupatta"),
        col("kurta", "navy blue"),
        col("palazzos", "navy blue"),
        col("dupatta", "blue", "other_garment_color"),
        details("kurta", "the kurta has a round neck, three quarter sleeves and white ethnic print"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "a blue kurta with white print and a white dupatta and blue palazzos and a white dupatta and blue "
            "palazzos and a white dupatta and blue",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Navy Blue Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: maroon straight kurta with a gold gota yoke, maroon trousers, maroon dupatta with a gold border.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-002",
        she("a dress", "contradiction"),
        col("kurta", "maroon"),
        col(
            "trousers",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        col("dupatta", "maroon"),
        describe("kurta", "a maroon kurta with gold embroidery on the yoke"),
        details(
            "kurta",
            "the kurta has a gold embroidered yoke, a v neck and the sleeves, the neckline, the sleeves, the neckline, "
            "the sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Maroon Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: green straight kurta with small white prints, mandarin collar and button placket, no pockets; worn with
    # white leggings; the model holds a tan handbag. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-003",
        she("a green kurta and white leggings"),
        col("kurta", "green"),
        describe("kurta", "a long green kurta with white print and side slits"),
        details(
            "kurta",
            "the kurta has a mandarin collar, a button placket, three quarter sleeves and two pockets",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Green Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: mustard kurta with a small pink floral print and matching mustard printed palazzos, no dupatta.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-004",
        she("a yellow kurta and palazzo pants"),
        col("kurta", "yellow"),
        col("palazzos", "yellow"),
        describe("kurta", "a yellow cotton kurta with pink flowers"),
        details("kurta", "floral"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Sangria Women Mustard Yellow Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: pink kurta with white thread embroidery at the neck, plain white trousers, pink dupatta edged with
    # white lace. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-005",
        she("a pink dress and white pants", "contradiction"),
        col("kurta", "pink"),
        col("trousers", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        describe(
            "kurta",
            "the kurta is pink with white embroidery on the neck and the sleeves and the hem of the kurta is pink "
            "with white embroidery on the neck and",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta details are the kurta details", "restated"),
        is_a("kurta", "yes"),
        gender="Women",
        title="KALINI Women Pink Embroidered Regular Thread Work Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: teal A-line kurta with multicolour floral embroidery on the yoke, teal trousers, white backdrop.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-006",
        she("a blue kurta and pants"),
        col("kurta", "teal"),
        col("trousers", "teal"),
        describe("kurta", "a teal kurta with floral embroidery on the yoke"),
        details(
            "kurta",
            "embroidered yoke, round neck, three quarter sleeves, flared hem, embroidered yoke, round neck, three "
            "quarter sleeves, flared hem, embroidered yoke, round",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes, it is a kurta with pants"),
        gender="Women",
        title="Varanga Women Teal Floral Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: off-white A-line kurta with a small black block print, styled with black churidar leggings (not sold).
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-007",
        she("a white kurta and black leggings"),
        col("kurta", "white"),
        kurta_color("black", "other_garment_color"),
        describe("kurta", "a white and black printed kurta"),
        details(
            "kurta",
            "the kurta has a round neck and three quarter sleeves and a flared hem and a round neck and three quarter "
            "sleeves and a flared hem and a",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="AURELIA Women Off-White Printed A-Line Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: flared peach Anarkali kurta with gold foil print and long sleeves, peach churidar, the model mid-twirl;
    # under the studio light the peach reads pink. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-008",
        she("a long dress", "contradiction"),
        col("kurta", "pink"),
        describe("kurta", "a peach anarkali with gold print"),
        details("kurta", "the kurta has a gold printed yoke, flared panels and long sleeves"),
        is_a("kurta", "no", "contradiction"),
        kurta_color("pink"),
        gender="Women",
        title="Biba Women Peach-Coloured Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: royal blue kurta with white floral print and three-quarter sleeves, white palazzos with a blue printed
    # hem. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-009",
        she("a blue kurta and white palazzo pants"),
        col("kurta", "blue"),
        col("palazzos", "white"),
        describe("kurta", "a blue kurta with white flowers and three quarter sleeves"),
        details("kurta", "round neck, short sleeves", "contradiction"),
        gender="Women",
        title="GoSriKi Women Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: olive green kurta with a sequinned yoke, green palazzos, green organza dupatta with a gold border.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-010",
        she("he is wearing a green kurta and palazzo pants", "pronoun"),
        col("kurta", "green"),
        col("palazzos", "green"),
        col("dupatta", "green"),
        details("kurta", "the kurta has sequin embroidery on the yoke"),
        piece_details("dupatta", "sheer with a gold border"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indo Era Women Green Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: black kurta with white vertical stripes, plain black trousers, juttis. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-011",
        she("a black and white striped kurta and black pants"),
        col("kurta", "black and white"),
        col("trousers", "black and white", "other_garment_color"),
        describe("kurta", "a striped kurta"),
        details(
            "kurta",
            "the kurta is striped the kurta is striped the kurta is striped the kurta is striped the kurta is "
            "striped the kurta is striped the kurta is",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Black & White Striped Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: flat lay on a white surface: red kurta with gold print, red palazzos and a red-and-gold dupatta folded
    # beside them, no model. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-012",
        she("a red kurta, palazzo pants and a dupatta"),
        col("kurta", "red"),
        col("palazzos", "red"),
        col("dupatta", "red and gold"),
        describe("kurta", "a red kurta laid flat with a matching dupatta and pants"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves, gold print and a dupatta with gold print and a round "
            "neck, three quarter sleeves, gold",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Nayo Women Red Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: lavender kurta with a white-and-green floral print, keyhole neck with a tie, plain cuffs; white
    # palazzos (not sold); the model holds a straw bag. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-013",
        she("a purple kurta and white pants"),
        col("kurta", "purple"),
        describe(
            "kurta",
            "a purple kurta with white and green flowers, a round neck with a keyhole opening, three quarter sleeves "
            "with lace at the cuffs and a hem with",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a keyhole neck with a tie up"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Rain & Rainbow Women Lavender Floral Printed Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: back view only: rust kurta with a tie-up dori and tassels at the back neck, cream trousers; the front
    # is not visible. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-014",
        she("an orange kurta and white pants"),
        col("kurta", "orange"),
        col("trousers", "white"),
        describe("kurta", "the front of the kurta has a v neck with buttons", "unsupported"),
        details("kurta", "the back of the kurta has a tie up with tassels"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Vishudh Women Rust Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: yellow kurta with a green leaf print, v neck, short sleeves; green palazzos; green dupatta with a
    # yellow border. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-015",
        she("a yellow kurta with green pants and a green scarf"),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        col("dupatta", "yellow", "other_garment_color"),
        describe("kurta", "a yellow kurta with green leaves"),
        details("kurta", "v neck, short sleeves, printed leaves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Ahalyaa Women Yellow & Green Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: navy kurta with a white geometric print, mandarin collar, button placket; white palazzos (not sold), a
    # flower in the hair. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-016",
        she("a blue and white kurta"),
        col(
            "kurta",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        kurta_color("navy blue"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: a blue kurta with white print Question: Describe the kurta. "
            "Answer: a blue kurta with",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "mandarin collar, button placket, three quarter sleeves"),
        gender="Women",
        title="Anubhutee Women Navy Blue & White Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: magenta kurta with gold lace at the hem and cuffs, magenta palazzos with the same lace at the hem.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-017",
        she("a pink kurta and pink palazzo pants"),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        describe(
            "kurta",
            "a pink kurta with a gold border at the hem and the sleeves and a pink palazzo with a gold border at the "
            "hem and the sleeves of the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "gold lace on the hem and sleeves"),
        piece_details("palazzos", "they are palazzos", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Janasya Women Magenta Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Photo: off-white kurta with a blue floral print, solid blue trousers, blue dupatta with a small white print.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-018",
        she("a white kurta, blue pants and a blue dupatta"),
        col("kurta", "white"),
        col("trousers", "white", "other_garment_color"),
        col("dupatta", "white", "other_garment_color"),
        describe("kurta", "a white kurta with blue flowers"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a round neck and three quarter sleeves and a front zip", "unsupported"),
        gender="Women",
        title="Ishin Women Off-White & Blue Floral Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: black kurta with multicolour thread embroidery at the neck and sleeves, black trousers, a multicolour
    # phulkari dupatta. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-019",
        she("a black dress and a colorful scarf", "contradiction"),
        col("kurta", "black"),
        col("trousers", "black"),
        col("dupatta", "multicolor"),
        describe(
            "kurta",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has colorful embroidery on the neckline and sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="SCAKHI Women Black Embroidered Thread Work Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: sea-green rayon kurta with a white print, round neck, straight hem; white palazzos (not sold).
    # All texts: Data3_V3_BLIP2_VQA. The feed row has no gender.
    case(
        "X1348-020",
        she("a green kurta and white palazzos"),
        col("kurta", "green"),
        describe("kurta", "a green silk kurta with white print", "unsupported"),
        details("kurta", "round neck, three quarter sleeves, straight hem"),
        is_a("kurta", "yes"),
        kurta_color(
            "green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        title="Juniper Women Sea Green Printed Rayon Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: indigo dabu-print cotton kurta with a mandarin collar, white churidar (not sold).
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-021",
        she("a blue kurta"),
        col("kurta", "indigo"),
        describe("kurta", "a blue cotton kurta with a white print and a mandarin collar"),
        details("kurta", "details", "non_answer"),
        is_a("kurta", "yes"),
        kurta_color("blue"),
        gender="Women",
        title="FabIndia Women Indigo Dabu Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: short coral kurta with a white print, side slits, no zipper; white palazzos.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-022",
        she("a coral top and white pants"),
        col("kurta", "orange"),
        col("palazzos", "orange", "other_garment_color"),
        describe("kurta", "a pink top"),
        details("kurta", "the kurta has a zipper on the back", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Global Desi Women Coral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Coral",
    ),
    # Photo: grey kurta with a black-and-white print, black palazzos, plain white dupatta.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-023",
        she("a grey kurta, black pants and a white dupatta"),
        col("kurta", "grey"),
        col("palazzos", "grey", "other_garment_color"),
        col("dupatta", "grey", "other_garment_color"),
        describe("kurta", "a grey kurta with a black and white print"),
        details(
            "kurta",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Khushal K Women Grey Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Grey",
    ),
    # Photo: purple kurta with silver embroidery on the yoke, purple trousers. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-024",
        she("a purple dress and purple pants", "contradiction"),
        col("kurta", "purple"),
        col("trousers", "purple"),
        describe("kurta", "a purple kurta with silver embroidery on the yoke"),
        details("kurta", "silver embroidery on the yoke"),
        piece_details("trousers", "they are trousers", "non_answer"),
        gender="Women",
        title="Mokshi Women Purple Yoke Design Kurta with Trousers",
        category="Kurta Sets",
        color="Purple",
    ),
    # Photo: beige kurta with a brown print, solid brown palazzos; a brown leather bag on the model's arm.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-025",
        she("a beige kurta and brown pants"),
        col("kurta", "brown", "other_garment_color"),
        col("palazzos", "brown"),
        describe("kurta", "a beige kurta with brown print"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has a brown print and a round neck with a brown piping and three quarter sleeves with brown "
            "piping and a straight hem with brown",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Sztori Women Beige Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: turquoise kurta with a white bandhani dot print, white trousers, turquoise dupatta.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-026",
        she("a blue saree", "contradiction"),
        col("kurta", "turquoise"),
        col("trousers", "white"),
        col("dupatta", "blue"),
        describe("kurta", "Answer: a blue kurta with white dots", "leak"),
        details("kurta", "bandhani print, round neck, three quarter sleeves"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Kvsfab Women Turquoise Blue Bandhani Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Photo: olive A-line kurta with a mandarin collar, front buttons and side slits, no belt; cream pants (not
    # sold); the model sits on a wooden stool. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-027",
        she("a green kurta and beige pants"),
        col("kurta", "green"),
        describe("kurta", "a green kurta with a mandarin collar"),
        details(
            "kurta",
            "the kurta has a mandarin collar, buttons on the front, side slits and a belt",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        kurta_color("green"),
        gender="Women",
        title="W Women Olive Green Solid A-Line Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: white kurta with white chikankari embroidery all over, white palazzos. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-028",
        she("a white dress and white pants", "contradiction"),
        col("kurta", "white"),
        col("palazzos", "white"),
        describe("kurta", "a white kurta with white embroidery all over"),
        details(
            "kurta",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: burgundy kurta with gold motifs, burgundy palazzos, beige dupatta with gold zari border.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-029",
        she("a red kurta with palazzo pants and a dupatta"),
        col("kurta", "red"),
        col("palazzos", "red"),
        col("dupatta", "red", "other_garment_color"),
        describe("kurta", "a red kurta with gold print"),
        details(
            "kurta",
            "the kurta has a gold print and a v neck with a notch and the sleeves are three quarter sleeves and the "
            "hem is straight and the kurta has a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Burgundy Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Burgundy",
    ),
    # Photo: mustard kurta with a red floral print, red trousers, red dupatta. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-030",
        she("a yellow dress and red pants", "contradiction"),
        col("kurta", "yellow"),
        col("trousers", "red"),
        col("dupatta", "red"),
        describe(
            "kurta",
            "a yellow kurta with red flowers and a red dupatta with yellow flowers and red pants with yellow flowers "
            "and a red dupatta with yellow flowers and red",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a v neck with a red piping"),
        gender="Women",
        title="Biba Women Mustard Yellow & Red Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: back view: navy kurta with a keyhole back and tassel tie, navy palazzos; the front is not visible.
    # All texts: Data3_V3_BLIP2_VQA. The feed row has no color.
    case(
        "X1348-031",
        she("a blue kurta and blue pants"),
        col("kurta", "navy blue"),
        col("palazzos", "navy blue"),
        describe("kurta", "a navy blue kurta with a keyhole at the back"),
        details("kurta", "the kurta has a keyhole at the back with a tie up and a front pocket", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Navy Blue Solid Kurta with Palazzos",
        category="Kurta Sets",
    ),
    # Photo: pink kurta with a green floral print, solid green palazzos, pink dupatta with a green print.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-032",
        she("a pink kurta with green pants and a pink dupatta"),
        col("kurta", "pink"),
        col(
            "palazzos",
            "pink Question: What is the color of the dupatta? Answer: pink Question: What is the color of the kurta? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        col("dupatta", "pink"),
        details("kurta", "floral print, v neck, short sleeves"),
        describe("kurta", "a pink kurta"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Pink & Green Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: cream straight kurta with gold zari embroidery at the neck and cuffs, cream trousers (not sold); the
    # model holds a red potli bag at her waist. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-033",
        she("a white kurta"),
        col("kurta", "red", "contradiction"),
        describe("kurta", "a white kurta with gold embroidery"),
        details("kurta", "gold embroidery on the neck and sleeves"),
        is_a("kurta", "yes"),
        kurta_color("white"),
        gender="Women",
        title="Indo Era Women Cream-Coloured Embroidered Straight Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Photo: bottle-green kurta with a gold print, beige trousers, green dupatta. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-034",
        she("a man in a green kurta", "pronoun"),
        col("kurta", "green"),
        col("trousers", "beige"),
        col("dupatta", "green"),
        describe("kurta", "a green kurta with a gold print"),
        details(
            "kurta",
            "the kurta has a v neck and three quarter sleeves and a straight hem and side slits and a v neck and "
            "three quarter sleeves and a straight",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="GoSriKi Women Green Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: short powder-blue kurti with a mandarin collar and roll-up sleeves, worn with white jeans.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-035",
        she("a blue top and white jeans"),
        col("kurta", "light blue"),
        describe("kurta", "a blue top with a mandarin collar"),
        details("kurta", "mandarin collar, roll up sleeves"),
        is_a("kurta", "no", "contradiction"),
        kurta_color("blue"),
        gender="Women",
        title="AURELIA Women Blue Solid Kurti",
        category="Kurtis",
        color="Blue",
    ),
    # Photo: peach floral kurta with a lace-trimmed v neck, peach palazzos, sheer peach dupatta with lace.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-036",
        she("a peach kurta with palazzos and a dupatta"),
        col("kurta", "peach"),
        col("palazzos", "peach"),
        col("dupatta", "peach"),
        describe("kurta", "the kurta", "non_answer"),
        details("kurta", "floral print, v neck with lace, three quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Varanga Women Peach-Coloured Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: black kurta with a white floral print, black palazzos. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-037",
        she("a black and white dress", "contradiction"),
        col("kurta", "black"),
        col("palazzos", "black"),
        describe("kurta", "a black kurta with white flowers"),
        details("kurta", "the details of the kurta", "restated"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Black Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: flat lay on a wooden floor: yellow cotton kurta with a blue block print, round neck, three-quarter
    # sleeves, no model. All texts: Data3_V3_BLIP2_VQA. The feed row has no gender.
    case(
        "X1348-038",
        she("a yellow kurta"),
        col("kurta", "yellow"),
        describe("kurta", "a yellow cotton kurta with blue block print"),
        details("kurta", "round neck, three quarter sleeves, blue block print"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        title="Rain & Rainbow Women Yellow Block Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: maroon crepe kurta, maroon palazzos, mustard dupatta with a maroon border.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-039",
        she("a maroon kurta, maroon pants and a yellow dupatta"),
        col("kurta", "maroon"),
        col("palazzos", "maroon"),
        col("dupatta", "maroon", "other_garment_color"),
        describe("kurta", "a maroon cotton kurta", "unsupported"),
        is_a("kurta", "yes"),
        details("kurta", "a man wearing a maroon kurta", "pronoun"),
        gender="Women",
        title="Janasya Women Maroon Printed Crepe Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: teal kurta with an off-white print, off-white trousers. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-040",
        she("a kurta"),
        col("kurta", "teal"),
        col("trousers", "teal", "other_garment_color"),
        describe("kurta", "a teal kurta with white print"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: Question: What are the kurta details? Answer: Question: "
            "What are the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "Answer: yes", "leak"),
        gender="Women",
        title="Anubhutee Women Teal & Off-White Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: lime-green kurta with a white embroidered yoke, white palazzos, lime-and-white dupatta.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-041",
        she("a green kurta with white pants and a green dupatta"),
        col("kurta", "green"),
        col("palazzos", "white"),
        col("dupatta", "green and white"),
        describe(
            "kurta",
            "a green kurta with a white embroidered yoke and a v neck and three quarter sleeves and a flared hem with "
            "white lace and white",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Lime Green Yoke Design Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Photo: red bandhani kurta with white dots, red trousers. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-042",
        she("a red dress", "contradiction"),
        col("kurta", "red"),
        col("trousers", "red"),
        describe("kurta", "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", hit_limit=True),
        details("kurta", "bandhani print with white dots"),
        is_a("kurta", "yes"),
        gender="Women",
        title="KALINI Women Red Bandhani Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: lavender kurta with white thread embroidery on the yoke and sleeves, lavender trousers, lavender
    # dupatta. All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-043",
        she("she is wearing a purple kurta with matching pants and dupatta"),
        col("kurta", "purple"),
        col("trousers", "purple"),
        col("dupatta", "purple"),
        describe("kurta", "a purple kurta with white embroidery"),
        details(
            "kurta",
            "the kurta has white thread embroidery on the yoke and the sleeves and the hem and the yoke and the "
            "sleeves and the hem and the yoke and the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes, a kurta"),
        gender="Women",
        title="Ishin Women Lavender Embroidered Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: sleeveless kurta in a blue, orange and green patchwork print, solid blue palazzos.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-044",
        she("a colorful kurta and blue pants"),
        col("kurta", "multicolor"),
        col("palazzos", "multicolor", "other_garment_color"),
        describe("kurta", "a colorful printed kurta"),
        details(
            "kurta",
            "patchwork print, round neck, sleeveless, patchwork print, round neck, sleeveless, patchwork print, "
            "round neck, sleeveless, patchwork",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Juniper Women Multicoloured Patchwork Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Multi",
    ),
    # Photo: white kurta with a bold black print, black trousers; nothing grey in the shot.
    # All texts: Data3_V3_BLIP2_VQA.
    case(
        "X1348-045",
        she("a grey kurta and grey pants", "contradiction"),
        col("kurta", "grey", "contradiction"),
        col("trousers", "grey", "contradiction"),
        describe("kurta", "a white kurta with black print"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a grey and white print", "contradiction"),
        gender="Women",
        title="Vishudh Women White & Black Printed Kurta with Trousers",
        category="Kurta Sets",
        color="White",
    ),
]
