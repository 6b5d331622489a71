"""BLIND_1516 (45 products; Myntra women's kurtas and kurta sets, VQA): written blind in the sixty-fifth session.
Measured blind at 71dbb3c (the session's sixth rules): 80/92 failures found (87.0%) and 5/169 correct texts flagged
(3.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas, kurtis and kurta sets (kurta with palazzos, trousers, churidar or sharara,
often with a dupatta). Catalog shots: a model on a plain backdrop, the kurta worn with bottoms that are sometimes not
part of the product, a few flat lays, one back view, props (a clutch, a potli bag, a chair, a basket of flowers).
Columns as the feed has them: title, category (Myntra article type: Kurtas, Kurta Sets, Kurtis), color (base
colour), gender ("Women"); a few rows lack gender, one lacks category, one lacks color.
Who wrote what: every text is Data3_V3_BLIP2_VQA (LoRA on Salesforce/blip2-opt-2.7b), greedy, 30 new tokens, prompt
"Question: <question> Answer:", no caption (the VQA adapter lost captioning, so the job does not caption). The
questionnaire is the original experiments' one with the garment names swapped in: What is she wearing? What is the
color of the <piece>? (one question per piece named in the title: kurta, palazzos, trousers, churidar, sharara,
dupatta), What is the kurta color? (on a few rows), Describe the kurta. What are the kurta details? and the VQA
data's yes/no "Is this a kurta?" (kurti for the kurti).
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near hues are right
(mustard = yellow, maroon/burgundy = red, teal/turquoise/navy = blue, peach/fuchsia/magenta = pink, cream/off-white
= white, charcoal = grey or black, lavender/mauve = purple). A single color for two pieces is right when the set
really is one color (matching kurta and palazzos), other_garment_color when a piece is another color and gets the
kurta's (or the kurta gets the bottoms' or the motif's). The colors of bottoms that are not sold with a kurta are
still right if they match the photo. "Dress" for a kurta worn over visible bottoms, and "no" to "Is this a kurta?",
are contradiction (the title says kurta); "shirt", "top" or "skirt" for a sharara I left unmarked as loose but
true. "floral" as the color of a multicoloured floral kurta left unmarked (the base colour is Multi). Empty output,
a bare yes/no or "none" to an open question, or the question's bare noun back ("the kurta") are non_answer; a
sentence that only restates the question ("the kurta details are the kurta details") is restated. Materials or
features not visible (silk, denim on a cotton kurta, a zip on the unseen back, pockets, lace that is not there) are
unsupported; denim and velvet are right where the product is denim or velvet. A text gets one label, its most
visible failure: a loop that ran to the limit is loop, not cut; a "Question: ... Answer:" continuation is leak even
when it also repeats. hit_limit marks the texts that ran the 30 tokens (loops, cuts, long leaks).
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, question, wearing

kurta_color = question("kurta_color", "What is the kurta color?", "open")


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(piece, text, failure=None, hit_limit=False):
    return color_of(piece, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1516 = [
    # Photo: model on a grey backdrop, mustard straight kurta with white-and-gold ethnic motifs, round neck, 3/4
    # sleeves, matching mustard printed palazzos, juttis. All texts: Data3_V3_BLIP2_VQA. All correct.
    case(
        "X1516-001",
        she("a yellow kurta and palazzo pants"),
        col("kurta", "yellow"),
        col("palazzos", "yellow"),
        describe("kurta", "the kurta is yellow with a white print"),
        details("kurta", "round neck, three quarter sleeves, printed"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: navy kurta with a gold zari yoke, navy trousers, off-white dupatta with a navy border over one shoulder.
    # All texts: Data3_V3_BLIP2_VQA. The dupatta gets the kurta's blue; embroidery on plain sleeves and hem invented;
    # details loop.
    case(
        "X1516-002",
        she("a blue kurta with white dupatta"),
        col("kurta", "blue"),
        kurta_color("blue"),
        col("trousers", "blue"),
        col("dupatta", "blue", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is navy blue with gold embroidery on the yoke and the sleeves and the hem",
            "unsupported",
        ),
        details(
            "kurta",
            "the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the"
            " sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women Navy Blue Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: white backdrop, front view, plain maroon straight kurta with a mandarin collar and 3/4 sleeves, worn with
    # white churidar (not sold), model holding a gold clutch. Back not visible. All texts: Data3_V3_BLIP2_VQA.
    # Description cut at the limit; the zip is invented; "no" to kurta.
    case(
        "X1516-003",
        she("a red kurta and white leggings"),
        col("kurta", "red"),
        describe(
            "kurta",
            "maroon kurta with a mandarin collar and three quarter sleeves, it is a straight kurta and it is made of a"
            " soft fabric that is",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "it has a zipper on the back", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="GERUA Women Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: green kurta with a pink floral print, solid pink palazzos, pink dupatta with a small green print.
    # All texts: Data3_V3_BLIP2_VQA. Palazzos get the kurta's green; details loop.
    case(
        "X1516-004",
        she("green kurta and pink pants"),
        col("kurta", "green"),
        col("palazzos", "green", "other_garment_color"),
        col("dupatta", "pink"),
        describe("kurta", "the kurta is green with pink flowers on it"),
        details(
            "kurta",
            "floral print, v neck, 3/4 sleeves, side slits, v neck, 3/4 sleeves, side slits, v neck, 3/4 sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sangria Women Green & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: off-white A-line kurta with an indigo block print, round neck, no placket or collar; worn with navy slim
    # trousers (not sold). All texts: Data3_V3_BLIP2_VQA. Description loops; the collar and buttons are invented.
    case(
        "X1516-005",
        she("a white top and blue pants"),
        col("kurta", "white"),
        describe(
            "kurta",
            "a white kurta with blue print and a white kurta with blue print and a white kurta with blue print and a"
            " white kurta",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a collar and a button placket", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Off-White Printed A-Line Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: floor-length flared teal anarkali with gold embroidery at the neck, teal churidar just visible at the
    # ankles, gold dupatta held in one hand. All texts: Data3_V3_BLIP2_VQA. "dress" and "no" against the title;
    # description loops.
    case(
        "X1516-006",
        she("a dress", "contradiction"),
        col("kurta", "blue"),
        col("churidar", "blue"),
        col("dupatta", "gold"),
        describe(
            "kurta",
            "a long dress with gold embroidery on the neck and gold embroidery on the neck and gold embroidery on the"
            " neck and gold embroidery on the",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Biba Women Teal Blue Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: pastel pink solid straight kurta, round neck, long sleeves, side slits; white palazzos (the title says
    # palazzos; they are white). No gender column. All texts: Data3_V3_BLIP2_VQA. Description cut at the limit.
    case(
        "X1516-007",
        she("she is wearing a pink kurta and white palazzo pants"),
        col("kurta", "pink"),
        col("palazzos", "white"),
        describe(
            "kurta",
            "the kurta is pink and it has a round neck and long sleeves and it is a straight kurta with a side slit and"
            " the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta", "non_answer"),
        title="HERE&NOW Women Pink Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: flat lay on white, no model: indigo kurta with a white dabu print and white pants with an indigo print.
    # All texts: Data3_V3_BLIP2_VQA. Description cut, details loop.
    case(
        "X1516-008",
        she("a blue and white kurta"),
        col("kurta", "blue"),
        col("pants", "white"),
        describe(
            "kurta",
            "a blue kurta with white print and white pants with blue print, the kurta has a round neck and three"
            " quarter sleeves and the pants have",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a blue and white print and the pants have a blue and white print and the kurta has a blue"
            " and white print and the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Indigo Blue & White Dabu Print Cotton Kurta with Pants",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: yellow kurta with a green floral print and gota patti at the hem, solid green sharara, yellow dupatta
    # with a green border. All texts: Data3_V3_BLIP2_VQA. Sharara gets the kurta's yellow; the description leaks;
    # details loop. "skirt" for the sharara left unmarked.
    case(
        "X1516-009",
        she("a yellow kurta and green skirt"),
        col("kurta", "yellow"),
        col("sharara", "yellow", "other_garment_color"),
        col("dupatta", "yellow"),
        describe(
            "kurta",
            "yellow Question: What is the color of the sharara? Answer: yellow Question: What is the color of the"
            " dupatta? Answer",
            "leak",
            hit_limit=True,
        ),
        details(
            "kurta",
            "floral print and gota patti on the hem and the sleeves and the neck and gota patti on the hem and the"
            " sleeves and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Varanga Women Yellow & Green Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: black straight kurta with a gold foil print, worn with black palazzos (not sold), a potted plant beside
    # the model. All texts: Data3_V3_BLIP2_VQA. Description is the bare noun; details loop.
    case(
        "X1516-010",
        she("a black kurta and black pants"),
        col("kurta", "black"),
        describe("kurta", "kurta", "non_answer"),
        details(
            "kurta",
            "gold print on the kurta, gold print on the sleeves, gold print on the neck, gold print on the kurta, gold"
            " print on the sleeves, gold",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anubhutee Women Black & Gold Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: rust sleeveless tiered kurta, knee length, small white print, worn over white straight trousers (not
    # sold), no drawstring. All texts: Data3_V3_BLIP2_VQA. "dress" over trousers; description loops; drawstring
    # invented.
    case(
        "X1516-011",
        she("an orange dress", "contradiction"),
        col("kurta", "orange"),
        describe(
            "kurta",
            "the kurta is orange and has a white print on it and a white print on it and a white print on it and a"
            " white print on it and a",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "tiered, sleeveless, round neck, with a drawstring at the waist", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Global Desi Women Rust Orange Printed Tiered Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: grey melange kurta with two patch pockets, black trousers, white sneakers. No gender column.
    # All texts: Data3_V3_BLIP2_VQA. Trousers get the kurta's grey; the description is the bare noun.
    case(
        "X1516-012",
        she("a grey kurta and black pants"),
        col("kurta", "grey"),
        col("trousers", "grey", "other_garment_color"),
        describe("kurta", "the kurta", "non_answer"),
        details("kurta", "two pockets on the front"),
        is_a("kurta", "yes"),
        title="Vishudh Women Grey Melange Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Grey Melange",
    ),
    # Photo: magenta kurta with silver thread embroidery, magenta palazzos, silver-grey net dupatta.
    # All texts: Data3_V3_BLIP2_VQA. Dupatta gets the kurta's pink; description loops.
    case(
        "X1516-013",
        she("pink kurta and pink pants and a grey dupatta"),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        describe(
            "kurta",
            "it is a pink kurta with silver embroidery and a pink kurta with silver embroidery and a pink kurta with"
            " silver embroidery and a pink",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "silver embroidery on the neckline"),
        gender="Women",
        title="Indo Era Women Magenta Embroidered Straight Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Photo: back view, blue kurta with a white print and a tie-up dori with tassels at the back, white palazzos.
    # All texts: Data3_V3_BLIP2_VQA. All correct.
    case(
        "X1516-014",
        she("blue kurta and white palazzos"),
        col("kurta", "blue"),
        col("palazzos", "white"),
        describe("kurta", "blue kurta with white print"),
        details("kurta", "tie up at the back with tassels"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: peach straight kurta with lace at the hem and the sleeve cuffs, matching peach palazzos, white backdrop.
    # All texts: Data3_V3_BLIP2_VQA. "he" for a woman; the description is cut.
    case(
        "X1516-015",
        she("he is wearing a pink kurta and pants", "pronoun"),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        describe(
            "kurta",
            "the kurta is pink and has a lace border at the bottom of the kurta and the sleeves and the kurta is a"
            " straight cut kurta with",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "lace on the hem and sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="AURELIA Women Peach-Coloured Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: red cotton bandhani kurta with a gold trim at the neck, worn with gold palazzos (not sold).
    # All texts: Data3_V3_BLIP2_VQA. The gold palazzos called red; silk is not what the photo or title says; details is
    # a one-word loop.
    case(
        "X1516-016",
        she("red and gold kurta and red pants", "other_garment_color"),
        col("kurta", "red"),
        describe("kurta", "red kurta with white dots made of silk", "unsupported"),
        details("kurta", " ".join(["red"] * 30), "loop", hit_limit=True),
        is_a("kurta", "yes"),
        gender="Women",
        title="Ahalyaa Women Red & Gold Bandhani Print Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: off-white cotton kurta with thin black vertical stripes, mandarin collar, button placket; black straight
    # pants (not sold), canvas tote on the shoulder. All texts: Data3_V3_BLIP2_VQA. "shirt" left unmarked; details
    # loop; "no" to kurta.
    case(
        "X1516-017",
        she("a white shirt and black pants"),
        col("kurta", "white"),
        describe("kurta", "white and black striped"),
        details(
            "kurta",
            "black stripes, mandarin collar, buttons on the front, buttons on the front, buttons on the front, buttons"
            " on the front, buttons on the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Fabindia Women Off-White & Black Striped Cotton Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: lime green kurta with a white floral print over white palazzos with a green print.
    # All texts: Data3_V3_BLIP2_VQA. "dress" over visible palazzos; the description leaks into the next prompt;
    # details loop.
    case(
        "X1516-018",
        she("a green and white dress", "contradiction"),
        col("kurta", "green"),
        col("palazzos", "white"),
        describe("kurta", "green Question: What are the kurta details? Answer: floral print", "leak"),
        details(
            "kurta",
            "floral print, floral print, floral print, floral print, floral print, floral print, floral print, floral"
            " print, floral",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women Lime Green Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Photo: black kurta with a red floral print, black palazzos, red dupatta with tassels.
    # All texts: Data3_V3_BLIP2_VQA. Details cut at the limit.
    case(
        "X1516-019",
        she("black kurta and palazzo pants with a red dupatta"),
        col("kurta", "black"),
        col("palazzos", "black"),
        col("dupatta", "red"),
        describe("kurta", "black kurta with red flowers"),
        details(
            "kurta",
            "the kurta has a round neck and three quarter sleeves and the palazzos have an elasticated waist and the"
            " dupatta has tassels on the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Khushal K Women Black & Red Printed Kurta with Palazzos & Dupatta",
        color="Black",
        category="Kurta Sets",
    ),
    # Photo: lavender kurta with white chikankari embroidery, white leggings (not sold). No category column.
    # All texts: Data3_V3_BLIP2_VQA. Description loops.
    case(
        "X1516-020",
        she("a purple kurta and white leggings"),
        col("kurta", "purple"),
        describe(
            "kurta",
            "the kurta is a purple color and the kurta is a purple color and the kurta is a purple color and the kurta"
            " is",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "chikankari embroidery"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Mokshi Women Lavender Chikankari Embroidered Kurta",
        color="Lavender",
    ),
    # Photo: beige self-design kurta with matching beige trousers, model seated on a white wooden chair.
    # All texts: Data3_V3_BLIP2_VQA. Trousers called white (the chair's color); details says nothing.
    case(
        "X1516-021",
        she("a beige kurta and pants"),
        col("kurta", "beige"),
        kurta_color("beige"),
        col("trousers", "white", "contradiction"),
        describe("kurta", "a beige kurta"),
        details("kurta", "none", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Sera Women Beige Self-Design Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: turquoise kurta with a white floral print, no pockets; white palazzos with a turquoise print.
    # All texts: Data3_V3_BLIP2_VQA. Palazzos get the kurta's blue; description leaks; pockets invented.
    case(
        "X1516-022",
        she("blue kurta and white pants"),
        col("kurta", "blue"),
        col("palazzos", "blue", "other_garment_color"),
        describe(
            "kurta",
            "The kurta is blue with a white floral print. Question: What are the kurta details? Answer: The kurta is"
            " blue with a white",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "white floral print and pockets on the side", "unsupported"),
        gender="Women",
        title="KALINI Women Turquoise Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Photo: plain coffee-brown straight kurta, mandarin collar, gold buttons down the placket; cream palazzos (not
    # sold). All texts: Data3_V3_BLIP2_VQA. Description cut.
    case(
        "X1516-023",
        she("a brown kurta and white pants"),
        col("kurta", "brown"),
        describe(
            "kurta",
            "the kurta is brown and has a mandarin collar with gold buttons down the front and it is a straight cut"
            " kurta that is",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "gold buttons on the front"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nehamta Women Coffee Brown Solid Kurta",
        category="Kurtas",
        color="Coffee Brown",
    ),
    # Photo: sea green A-line kurta with white thread embroidery on the yoke, matching sea green palazzos.
    # All texts: Data3_V3_BLIP2_VQA. "dress"; description loops; details leak (the leaked green happens to be right).
    case(
        "X1516-024",
        she("a green dress", "contradiction"),
        col("kurta", "green"),
        col("palazzos", "green"),
        describe(
            "kurta",
            "a green kurta with a white yoke and a white yoke and a white yoke and a white yoke and a white yoke and a"
            " white",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a white embroidery on the yoke Question: What is the color of the palazzos? Answer: green"
            " Question: What is",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="Janasya Women Sea Green Yoke Design A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: white-based kurta with a multicoloured floral print (pink, blue, green), worn with blue jeans (not sold).
    # All texts: Data3_V3_BLIP2_VQA. "floral" as the color left unmarked.
    case(
        "X1516-025",
        she("a floral top and jeans"),
        col("kurta", "floral"),
        describe("kurta", "floral print kurta"),
        details("kurta", "floral print, round neck, 3/4 sleeves"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Rangriti Women Multicoloured Floral Printed Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # Photo: mauve kurta with gota work at the neck and hem, mauve trousers, cream dupatta.
    # All texts: Data3_V3_BLIP2_VQA. The wearing answer gives the cream dupatta the kurta's purple; the description
    # only restates; details leak.
    case(
        "X1516-026",
        she("a purple kurta and pants with a purple dupatta", "other_garment_color"),
        col("kurta", "purple"),
        col("trousers", "purple"),
        col("dupatta", "white"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details("kurta", "gota work on the neck and the hem. Question: Is this a kurta? Answer: yes", "leak"),
        gender="Women",
        title="Kalini Women Mauve Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mauve",
    ),
    # Photo: white kurta with a blue leaf print, solid blue palazzos. No gender column.
    # All texts: Data3_V3_BLIP2_VQA. Palazzos get the kurta's white; the description only restates; details loop.
    case(
        "X1516-027",
        she("white kurta and blue palazzos"),
        col("kurta", "white"),
        col("palazzos", "white", "other_garment_color"),
        describe("kurta", "this is a description of the kurta", "restated"),
        details(
            "kurta",
            "the kurta has a slit on the side and a slit on the side and a slit on the side and a slit on the side and"
            " a slit",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Stylum Women White & Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: olive rayon kurta with a Nehru collar, white churidar (not sold), sunglasses in hand.
    # All texts: Data3_V3_BLIP2_VQA. Olive called brown (the wearing answer and the seller say green); the
    # description is a bare "no"; denim invented.
    case(
        "X1516-028",
        she("a green kurta with white pants"),
        col("kurta", "brown", "contradiction"),
        describe("kurta", "no", "non_answer"),
        details("kurta", "the kurta is made of denim", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women Olive Green Solid Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: maroon art-silk kurta with a gold woven border at the hem and cuffs, maroon palazzos, gold tissue
    # dupatta. All texts: Data3_V3_BLIP2_VQA. Empty description (stopped at once); dupatta gets the kurta's red.
    case(
        "X1516-029",
        she("a red and gold outfit"),
        col("kurta", "red"),
        col("palazzos", "red"),
        col("dupatta", "red", "other_garment_color"),
        describe("kurta", "", "non_answer"),
        details("kurta", "gold border on the hem and sleeves"),
        gender="Women",
        title="Ishin Women Maroon & Gold Woven Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: short hip-length navy kurti with a small white print, no pockets, worn with blue jeans (not sold).
    # All texts: Data3_V3_BLIP2_VQA; kurti in place of kurta in the prompts.
    case(
        "X1516-030",
        she("a blue top and jeans"),
        col("kurti", "blue"),
        describe("kurti", "blue top with white print"),
        details("kurti", "the kurti has a pocket on the chest", "unsupported"),
        is_a("kurti", "no", "contradiction"),
        gender="Women",
        title="Vredevogel Women Navy Blue Printed Kurti",
        category="Kurtis",
        color="Navy Blue",
    ),
    # Photo: pink printed kurta, solid green palazzos, no belt. All texts: Data3_V3_BLIP2_VQA. Palazzos get the kurta's
    # pink; the description is nothing but the next prompt over and over; the belt is invented.
    case(
        "X1516-031",
        she("pink kurta and green pants"),
        col("kurta", "pink"),
        col("palazzos", "pink", "other_garment_color"),
        describe(
            "kurta",
            "Question: What are the kurta details? Answer: Question: What are the kurta details? Answer: Question: What"
            " are",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "printed, with a belt at the waist", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="AKS Women Pink & Green Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: black solid kurta, black palazzos, multicoloured phulkari dupatta (orange, pink, green on black).
    # All texts: Data3_V3_BLIP2_VQA. Dupatta called black; "a man" in the details.
    case(
        "X1516-032",
        she("a black kurta and black pants with a colorful dupatta"),
        col("kurta", "black"),
        col("palazzos", "black"),
        col("dupatta", "black", "other_garment_color"),
        describe("kurta", "black kurta"),
        details("kurta", "a man wearing a black kurta and black pants", "pronoun"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Black Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: all-yellow set: yellow kurta with mirror work at the neckline, yellow sharara, yellow dupatta; a basket
    # of marigolds as a prop. All texts: Data3_V3_BLIP2_VQA. One color for three pieces is right here; the dupatta
    # answer runs on into a prompt; description loops.
    case(
        "X1516-033",
        she("yellow kurta and sharara"),
        col("kurta", "yellow"),
        col("sharara", "yellow"),
        col("dupatta", "yellow Question: What is the color of the sharara? Answer: yellow", "leak"),
        describe(
            "kurta",
            "the kurta is yellow and it is a long kurta and it is a long kurta and it is a long kurta and it is a long"
            " kurta",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "mirror work on the neck"),
        gender="Women",
        title="Saanjh Women Yellow Solid Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: plain bottle-green straight kurta, white palazzos (not sold). All texts: Data3_V3_BLIP2_VQA.
    # The first color question loops on one word (the second is clean); details only restates.
    case(
        "X1516-034",
        she("she is wearing a green kurta"),
        col("kurta", " ".join(["green"] * 30), "loop", hit_limit=True),
        kurta_color("green"),
        describe("kurta", "a plain green kurta"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Bhama Couture Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: cream kurta with a blue floral print, plain hem (no lace), blue trousers.
    # All texts: Data3_V3_BLIP2_VQA. Trousers get the kurta's white; lace invented.
    case(
        "X1516-035",
        she("a white and blue kurta with blue pants"),
        col("kurta", "white"),
        col("trousers", "white", "other_garment_color"),
        describe("kurta", "white and blue"),
        details("kurta", "floral print and lace at the hem", "unsupported"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Tissu Women Cream-Coloured & Blue Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: red rayon kurta with gold embroidery at the neck and cuffs, red palazzos, red net dupatta with a gold
    # border. No color column. All texts: Data3_V3_BLIP2_VQA. Description cut (and its silk is a guess).
    case(
        "X1516-036",
        she("red kurta and red palazzos with red dupatta"),
        col("kurta", "red"),
        col("palazzos", "red"),
        col("dupatta", "red"),
        describe(
            "kurta",
            "a red kurta with gold embroidery on the neck and sleeves. The kurta is made of silk and has a",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery"),
        gender="Women",
        title="FASHOR Women Red Embroidered Straight Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
    ),
    # Photo: white chikankari kurta, white palazzos, white backdrop. All texts: Data3_V3_BLIP2_VQA. "he" again;
    # description loops (its colors are right).
    case(
        "X1516-037",
        she("he is wearing a white kurta and white pants", "pronoun"),
        col("kurta", "white"),
        col("palazzos", "white"),
        describe(
            "kurta",
            "the kurta is white and the palazzos are white and the kurta is white and the palazzos are white and the"
            " kurta is white and",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "white embroidery all over"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women White Chikankari Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: charcoal grey kurta with a white print, white palazzos. All texts: Data3_V3_BLIP2_VQA. Palazzos get the
    # kurta's grey; a bare "yes" for the details.
    case(
        "X1516-038",
        she("a black kurta and white pants"),
        col("kurta", "grey"),
        col("palazzos", "grey", "other_garment_color"),
        describe("kurta", "the kurta is grey"),
        details("kurta", "yes", "non_answer"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Shree Women Charcoal Grey Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Charcoal",
    ),
    # Photo: orange kurta with a pink border at the hem, cuffs and neck, pink palazzos, dupatta in pink and orange.
    # All texts: Data3_V3_BLIP2_VQA. The wearing answer repeats itself after "Answer:"; details loop.
    case(
        "X1516-039",
        she(
            "orange and pink Answer: orange and pink Answer: orange and pink Answer: orange and pink Answer: orange and"
            " pink Answer: orange",
            "leak",
            hit_limit=True,
        ),
        col("kurta", "orange"),
        col("palazzos", "pink"),
        col("dupatta", "pink and orange"),
        describe("kurta", "orange kurta with a pink border"),
        details(
            "kurta",
            "the kurta has a pink border on the bottom and the sleeves and the neck and the pink border on the bottom"
            " and the sleeves and the neck",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Varanga Women Orange & Pink Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: powder blue kurta with a buttoned V-neck and 3/4 sleeves, white trousers, potli bag in hand.
    # All texts: Data3_V3_BLIP2_VQA. The pale blue kurta called white (against the wearing answer and the seller);
    # details run on into the next prompt.
    case(
        "X1516-040",
        she("a blue kurta and white pants and a bag"),
        col("kurta", "white", "contradiction"),
        col("trousers", "white"),
        describe("kurta", "light blue kurta with a v neck and buttons"),
        details(
            "kurta",
            "The kurta has a V-neck and 3/4 sleeves. Question: What is the color of the trousers? Answer: white",
            "leak",
        ),
        is_a("kurta", "yes"),
        gender="Women",
        title="House of Pataudi Women Blue Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: mustard kurta with small maroon motifs and a mandarin collar, maroon palazzos (not sold). No gender
    # column. All texts: Data3_V3_BLIP2_VQA. The kurta gets the palazzos' red in one color question, not the other.
    case(
        "X1516-041",
        she("yellow kurta and red pants"),
        col("kurta", "red", "other_garment_color"),
        kurta_color("yellow"),
        describe("kurta", "yellow kurta with red print"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a mandarin collar and a mandarin collar and a mandarin collar and a"
            " mandarin collar and a",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Anouk Women Mustard & Maroon Printed Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: burgundy velvet kurta with gold embroidery on the yoke, sleeves and hem, burgundy palazzos, gold tissue
    # dupatta with sequins. All texts: Data3_V3_BLIP2_VQA. All correct (velvet is true).
    case(
        "X1516-042",
        she("a red kurta and red pants"),
        col("kurta", "red"),
        col("palazzos", "red"),
        col("dupatta", "gold"),
        describe("kurta", "red velvet kurta"),
        details("kurta", "gold embroidery on the yoke, sleeves and hem, and sequins on the dupatta"),
        gender="Women",
        title="Indo Era Women Burgundy Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
    ),
    # Photo: side view, purple kurta with a silver foil print, purple palazzos. All texts: Data3_V3_BLIP2_VQA.
    # "dress" and "no" against the title; the description repeats itself after "Answer:".
    case(
        "X1516-043",
        she("a purple dress", "contradiction"),
        col("kurta", "purple"),
        col("palazzos", "purple"),
        describe(
            "kurta",
            "purple kurta with silver print Answer: purple kurta with silver print Answer: purple kurta with silver"
            " print Answer: purple kurta",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "silver print"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Ziyaa Women Purple & Silver Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Purple",
    ),
    # Photo: blue denim (chambray) kurta with a button placket and two chest pockets, white pants (not sold).
    # All texts: Data3_V3_BLIP2_VQA. All correct: denim and pockets are real here.
    case(
        "X1516-044",
        she("a denim shirt and white pants"),
        col("kurta", "blue"),
        describe("kurta", "a blue denim kurta"),
        details("kurta", "buttons on the front and two pockets"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Aarke Ritu Kumar Women Blue Denim Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: fuchsia kurta with a white print, white palazzos, fuchsia dupatta with a white print.
    # All texts: Data3_V3_BLIP2_VQA. "a man"; dupatta gets the palazzos' white; description loops.
    case(
        "X1516-045",
        she("a man in a pink kurta and white pants", "pronoun"),
        col("kurta", "pink"),
        col("palazzos", "white"),
        col("dupatta", "white", "other_garment_color"),
        describe(
            "kurta",
            "pink kurta with white print and white palazzo pants and a pink dupatta and a pink kurta with white print"
            " and white palazzo",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "white print on the kurta and the dupatta"),
        gender="Women",
        title="Juniper Women Fuchsia Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Fuchsia",
    ),
]
