"""BLIND_1420 (45 products; Myntra women's kurtas and kurta sets, VQA adapter): written blind in the sixty-fourth
session. Measured blind at 9207eb7 (the session's fifth and final rules): 68/97 failures found (70.1%) and 12/181
correct texts flagged (6.6%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed, article types Kurtas, Kurta Sets and a few Kurtis: straight, A-line and
anarkali kurtas, sets with palazzos or trousers, most sets with a dupatta. Photos are the catalog's first image: a
model on a plain light backdrop, styled with bottoms and juttis or sandals, sometimes a potli bag, a clutch or a
chair as a prop; a few flat lays and one back view. Catalog columns as the feed has them: title, category (Myntra's
article type), color (its base colour, the kurta's colour for a set), gender; a few rows lack one of them.
Who wrote what: every text is from Salesforce/blip2-opt-2.7b with the leoreigoto/Data3_V3_BLIP2_VQA LoRA adapter,
prompt "Question: ... Answer:", greedy, 30 new tokens, the prompt sliced off and whitespace stripped. No caption was
generated (the VQA adapter breaks captions, so the run skipped that step). The questionnaire is the original
experiments' one carried over to kurtas: "What is she wearing?", one "What is the color of the X?" per piece
(kurta, palazzos/trousers/leggings, dupatta), "What is the kurta color?", "Describe the kurta.", "What are the
kurta details?", sometimes "What are the palazzos details?" and "Is this a kurta?". The questions were keyed to the
article type, not to the photo: sets were always asked the dupatta's colour, so a set shipped without a dupatta
still got a dupatta colour. Short answers stopped on their own; the rest ran on to 30 tokens (hit_limit).
Labeling conventions and judgement calls: I judged by the photo I imagined (the comment above each case) and the
title. The adapter knows In-shop classes, not "kurta": calling the kurta a "dress", "blouse" or "top" is marked
contradiction (the catalog says kurta and the answer names another garment); "dress" for a floor-length anarkali is
marked too, since the title and category say kurta. A wearing answer that names the kurta right but omits the
bottoms is accepted. Close hues are accepted when the photo's shade sits between them (mustard/yellow, maroon/red,
off-white/white/cream, teal/green, rust/orange, peach/pink, sea green/green, lavender/purple); navy answered "black"
or a clearly wrong hue is a contradiction. A colour that belongs to another piece of the same photo is
other_garment_color; the colour of a prop (bag, clutch) given for a garment is contradiction. A dupatta colour for a
set with no dupatta in the photo is unsupported, as are invented buttons, pockets, zippers, lace, mirror work and
fabrics the title contradicts. A loop is marked loop even when its first word is right; a run-on that stops
mid-phrase at the limit is cut; text that carries "Question:"/"Answer:" is leak even when it also hits the limit.
Only the question's word back ("kurta" to "Describe the kurta.") or nothing is non_answer; a sentence that turns the
question around without content is restated. "he"/"a man" for a women's product is pronoun. One-word answers that
are true (a colour to "Describe the kurta." or to "What is she wearing?") are accepted as thin but correct.
"""

from tests.audit_corpus import case, color_of, describe, details, is_a, question, wearing


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


kurta_color = question("kurta_color", "What is the kurta color?", "open")

W = "Women"

BLIND_1420 = [
    # Photo: model facing camera, mustard straight kurta with white ethnic-motif block print, white palazzos, mustard
    # dupatta with white border over one shoulder, white backdrop. All texts: VQA adapter.
    case(
        "X1420-001",
        she("a yellow kurta and white pants"),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        col("dupatta", "yellow"),
        describe("kurta", "a yellow kurta with a white print"),
        details(
            "kurta",
            "the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the"
            " neckline, the sleeves",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: navy kurta with small white and pink floral print, matching navy trousers, no dupatta, hand on hip.
    # All texts: VQA adapter.
    case(
        "X1420-002",
        she("dress", "contradiction"),
        col("kurta", "black", "contradiction"),
        col("trousers", "navy"),
        col("dupatta", "navy", "unsupported"),
        kurta_color("navy blue"),
        describe("kurta", "a floral print kurta"),
        is_a("kurta", "yes"),
        gender=W,
        title="Libas Women Navy Blue Floral Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: bottle-green straight kurta with gold zari embroidery on the yoke (keyhole neck, no buttons), styled with
    # beige trousers and gold juttis. All texts: VQA adapter.
    case(
        "X1420-003",
        she("blouse and pants", "contradiction"),
        col("kurta", "green"),
        describe("kurta", "a green kurta with gold embroidery on the neckline"),
        details("kurta", "gold embroidery on the yoke and buttons on the front", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        title="Sangria Women Green Yoke Design Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: off-white solid straight kurta, mandarin collar, three-quarter sleeves, pink churidar leggings.
    # All texts: VQA adapter.
    case(
        "X1420-004",
        she("a white blouse and pink leggings", "contradiction"),
        col("kurta", "white"),
        col("leggings", "pink"),
        describe("kurta", "white"),
        details("kurta", "mandarin collar"),
        is_a("kurta", "no", "contradiction"),
        gender=W,
        title="W Women Off-White Solid Mandarin Collar Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: pink A-line kurta with gotta patti work at the neck, pink palazzos, pink organza dupatta with gotta
    # border; model holds a small gold potli bag. All texts: VQA adapter.
    case(
        "X1420-005",
        she("a pink dress and pink pants", "contradiction"),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col("dupatta", "gold", "contradiction"),
        describe(
            "kurta",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery on the neck"),
        gender=W,
        title="Women Pink Ethnic Motifs Yoke Design Regular Gotta Patti Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: flat lay on grey board: teal cotton kurta with white leaf print, white trousers folded beside it, no
    # person. All texts: VQA adapter.
    case(
        "X1420-006",
        she("dress", "contradiction"),
        col("kurta", "green"),
        col(
            "trousers",
            "white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        col("dupatta", "white", "unsupported"),
        describe("kurta", "a green and white kurta"),
        details("kurta", "print"),
        gender=W,
        title="Jaipur Kurti Women Teal Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: maroon anarkali kurta, floor length, gold foil print on the flare, maroon churidar barely visible, gold
    # dupatta draped across both arms. All texts: VQA adapter.
    case(
        "X1420-007",
        she("dress", "contradiction"),
        col("kurta", "red"),
        col("dupatta", "red", "other_garment_color"),
        kurta_color("maroon"),
        describe(
            "kurta",
            "a long red dress with gold print on the skirt and gold print on the sleeves and gold print on the neckline"
            " and a gold",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Biba Women Maroon Foil Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: yellow straight kurta with white floral embroidery at the hem, white palazzos, white dupatta with yellow
    # pom-poms. All texts: VQA adapter.
    case(
        "X1420-008",
        she("a yellow kurta and white palazzo pants"),
        col("kurta", "yellow"),
        col(
            "palazzos",
            "white Question: What is the color of the dupatta? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        col("dupatta", "white"),
        describe(
            "kurta",
            "a yellow kurta with white embroidery on the hem and white palazzos and a white dupatta with yellow pom"
            " poms and white",
            "cut",
            hit_limit=True,
        ),
        details("palazzos", "the palazzos are white palazzos", "restated"),
        gender=W,
        title="Varanga Women Yellow Floral Embroidered Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: black straight kurta with small silver buttis, black trousers, sitting on a white stool, no dupatta.
    # All texts: VQA adapter.
    case(
        "X1420-009",
        she("black"),
        col("kurta", "black"),
        col("trousers", "black"),
        describe(
            "kurta",
            "a black kurta with silver dots and a black kurta with silver dots and a black kurta with silver dots and a"
            " black",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "pockets on the side", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        title="KALINI Women Black Ethnic Motifs Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: lavender chikankari kurta (white thread embroidery all over), white palazzos, sheer lavender dupatta.
    # All texts: VQA adapter.
    case(
        "X1420-010",
        she("dress and pants", "contradiction"),
        col("kurta", "purple"),
        col("palazzos", "white"),
        col("dupatta", "purple"),
        describe("kurta", "kurta", "non_answer"),
        details(
            "kurta",
            "embroidery embroidery embroidery embroidery embroidery embroidery embroidery embroidery embroidery"
            " embroidery embroidery embroidery embroidery embroidery embroidery",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Ada Women Lavender Chikankari Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: rust A-line kurta with black block print, black trousers, back-facing three-quarter pose.
    # All texts: VQA adapter.
    case(
        "X1420-011",
        she("a orange blouse and black pants", "contradiction"),
        col("kurta", "orange"),
        col("trousers", "orange", "other_garment_color"),
        kurta_color("brown"),
        describe("kurta", "an orange kurta with black print"),
        gender=W,
        title="Indo Era Women Rust Printed A-Line Kurta with Trousers",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: white cotton kurta with blue indigo dabu print, blue palazzos, model with a cane basket prop.
    # All texts: VQA adapter.
    case(
        "X1420-012",
        she("a white and blue dress", "contradiction"),
        col("kurta", "white"),
        col("palazzos", "blue"),
        col("dupatta", "blue", "unsupported"),
        describe("kurta", "a white kurta with blue print"),
        details("kurta", "the kurta has a blue print"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Fabindia Women White & Blue Dabu Print Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: sea-green straight kurta, solid, with pintucks on the yoke and lace at the sleeve hems, white cigarette
    # trousers. Gender column missing. All texts: VQA adapter.
    case(
        "X1420-013",
        she("a green kurta"),
        col("kurta", "green"),
        col("trousers", "green", "other_garment_color"),
        describe("kurta", "a green kurta with lace on the sleeves"),
        details("kurta", "lace on the sleeves"),
        title="AURELIA Women Sea Green Solid Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: magenta silk-blend kurta with gold zari stripes, gold palazzos, magenta dupatta with zari border.
    # All texts: VQA adapter.
    case(
        "X1420-014",
        she("a pink dress and gold pants", "contradiction"),
        col("kurta", "pink"),
        col("palazzos", "gold"),
        col("dupatta", "pink"),
        kurta_color(
            "pink Answer: pink Answer: pink Answer: pink Answer: pink Answer: pink Answer: pink Answer: pink",
            "leak",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "the kurta is a pink kurta with gold stripes and the sleeves are pink and the neckline is pink and the"
            " sleeves are pink",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Mitera Women Magenta Striped Zari Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Photo: peach straight kurta with small white floral print, white trousers, peach and white dupatta.
    # All texts: VQA adapter.
    case(
        "X1420-015",
        she("he is wearing a pink kurta and white pants", "pronoun"),
        col("kurta", "pink"),
        col("trousers", "white"),
        col("dupatta", "white"),
        describe("kurta", "a pink kurta with white flowers"),
        details("kurta", "floral print and lace at the hem", "unsupported"),
        gender=W,
        title="GERUA Women Peach-Coloured Floral Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: olive kurti, hip length, solid, with a Chinese collar and a white-piped placket with four wooden buttons,
    # blue jeans. All texts: VQA adapter.
    case(
        "X1420-016",
        she("a green top and blue jeans", "contradiction"),
        col("kurti", "green"),
        describe("kurti", "a green shirt with buttons", "contradiction"),
        details("kurti", "buttons on the front"),
        is_a("kurti", "yes"),
        gender=W,
        title="Souchii Women Olive Green Solid Mandarin Collar Kurti",
        category="Kurtis",
        color="Olive",
    ),
    # Photo: red bandhani printed anarkali kurta with a flared hem, red leggings, red dupatta; white backdrop.
    # All texts: VQA adapter.
    case(
        "X1420-017",
        she("a red dress", "contradiction"),
        col("kurta", "red"),
        col("leggings", "red"),
        col("dupatta", "red"),
        describe("kurta", "red bandhani print"),
        details(
            "kurta",
            "the bandhani print, the sleeves, the neckline, the bandhani print, the sleeves, the neckline, the bandhani"
            " print",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Jaipur Kurti Women Red Bandhani Printed Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: cream straight kurta with pastel floral embroidery on the yoke, cream trousers, cream net dupatta.
    # All texts: VQA adapter.
    case(
        "X1420-018",
        she("a white blouse and white pants", "contradiction"),
        col("kurta", "white"),
        col("trousers", "white"),
        col("dupatta", "white"),
        kurta_color("cream"),
        describe("kurta", "a white kurta with flowers on the neck"),
        details("kurta", "mirror work on the yoke", "unsupported"),
        gender=W,
        title="House of Pataudi Women Cream Floral Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: turquoise A-line kurta with white ikat print, white palazzos, no dupatta, model holding a tan leather
    # sling bag. All texts: VQA adapter.
    case(
        "X1420-019",
        she("a blue kurta and white pants"),
        col("kurta", "blue"),
        col("palazzos", "white"),
        col("dupatta", "brown", "contradiction"),
        describe(
            "kurta",
            "blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue",
            "loop",
            hit_limit=True,
        ),
        details("palazzos", "white"),
        gender=W,
        title="Libas Women Turquoise Blue Ikat Printed A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Photo: grey straight kurta with black geometric print, black trousers. Colour column missing.
    # All texts: VQA adapter.
    case(
        "X1420-020",
        she("grey"),
        col("kurta", "grey"),
        col("trousers", "grey", "other_garment_color"),
        kurta_color("grey"),
        describe("kurta", "", "non_answer"),
        details("kurta", "geometric print"),
        gender=W,
        title="HERE&NOW Women Grey & Black Geometric Printed Kurta with Trousers",
        category="Kurta Sets",
    ),
    # Photo: blue straight kurta with white floral print worn with white trousers; a second model in the same kurta
    # stands partly cropped at the frame's edge. All texts: VQA adapter.
    case(
        "X1420-021",
        she("a blue kurta"),
        col("kurta", "blue"),
        col("trousers", "blue", "other_garment_color"),
        describe("kurta", "a blue kurta with white flowers"),
        details("kurta", "the kurta has a white floral print on it"),
        is_a("kurta", "no", "contradiction"),
        gender=W,
        title="Anouk Women Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: back view (first image of the listing): coral kurta with a tie-up dori with tassels at the back, white
    # palazzos, the dupatta folded over her arm. All texts: VQA adapter.
    case(
        "X1420-022",
        she("a pink blouse and white pants", "contradiction"),
        col("kurta", "pink"),
        col("palazzos", "white"),
        col("dupatta", "pink"),
        describe("kurta", "a pink kurta with tassels on the back"),
        details("kurta", "buttons on the front and tassels", "unsupported"),
        gender=W,
        title="Vishudh Women Coral Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Coral",
    ),
    # Photo: beige straight kurta with brown kalamkari print, brown palazzos, brown dupatta.
    # All texts: VQA adapter.
    case(
        "X1420-023",
        she("a beige kurta and brown pants"),
        col(
            "kurta",
            "beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige",
            "loop",
            hit_limit=True,
        ),
        col("palazzos", "brown"),
        col("dupatta", "brown"),
        kurta_color("beige"),
        describe("kurta", "the kurta is a kurta", "restated"),
        gender=W,
        title="Sangria Women Beige & Brown Kalamkari Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: purple kurta with silver sequin work on the yoke, purple trousers, silver organza dupatta.
    # All texts: VQA adapter.
    case(
        "X1420-024",
        she("a purple kurta and purple pants"),
        col("kurta", "purple"),
        col("trousers", "purple"),
        col("dupatta", "purple", "other_garment_color"),
        describe("kurta", "a purple kurta with silver embroidery"),
        details("kurta", "sequins on the yoke"),
        is_a(
            "kurta",
            "yes, it is a kurta. it is a kurta. it is a kurta. it is a kurta. it is a kurta. it is a",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Indo Era Women Purple Sequinned Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # Photo: white straight kurta with black polka dots, black palazzos, no dupatta; model seated on a cane chair.
    # All texts: VQA adapter.
    case(
        "X1420-025",
        she("a white dress with black polka dots", "contradiction"),
        col("kurta", "white"),
        col("palazzos", "black"),
        col("dupatta", "black", "unsupported"),
        describe("kurta", "a white kurta with black polka dots"),
        details(
            "kurta",
            "the kurta has a white background with black polka dots and a round neck and three quarter sleeves and a"
            " straight hem",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Tokyo Talkies Women White & Black Polka Dot Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: mustard solid A-line kurta with a V-neck and side slits, worn with white leggings.
    # All texts: VQA adapter.
    case(
        "X1420-026",
        she("a yellow kurta and white leggings"),
        col("kurta", "yellow"),
        col("leggings", "yellow", "other_garment_color"),
        describe("kurta", "a man wearing a yellow kurta", "pronoun"),
        details("kurta", "v neck"),
        is_a("kurta", "yes"),
        gender=W,
        title="W Women Mustard Yellow Solid A-Line Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: navy blue kurta with orange and white floral print, orange palazzos, orange dupatta.
    # All texts: VQA adapter.
    case(
        "X1420-027",
        she("a blue kurta and orange pants"),
        col("kurta", "blue"),
        col("palazzos", "orange"),
        col(
            "dupatta",
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            hit_limit=True,
        ),
        kurta_color("navy"),
        describe("kurta", "a navy blue kurta with orange flowers"),
        details("palazzos", "the palazzos details are the palazzos", "restated"),
        gender=W,
        title="Anubhutee Women Navy Blue & Orange Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: green kurta with white leheriya stripes, white trousers, green dupatta with white stripes.
    # All texts: VQA adapter.
    case(
        "X1420-028",
        she("a green and white striped dress", "contradiction"),
        col("kurta", "green"),
        col("trousers", "green", "other_garment_color"),
        col("dupatta", "green"),
        describe("kurta", "striped"),
        details("kurta", "stripes"),
        gender=W,
        title="Rangriti Women Green Leheriya Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: black anarkali kurta, floor length, with multicolour thread embroidery on the bodice, black churidar,
    # black net dupatta. All texts: VQA adapter.
    case(
        "X1420-029",
        she("a black dress", "contradiction"),
        col("kurta", "black"),
        col("dupatta", "black"),
        kurta_color("black"),
        describe("kurta", "a black anarkali with colorful embroidery"),
        details("kurta", "embroidery on the chest and pockets on the sides", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        title="Aurelia Women Black Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: pink kurti, hip length, with white floral print and a tie-up neck, worn with blue jeans.
    # All texts: VQA adapter.
    case(
        "X1420-030",
        she("a pink blouse and jeans", "contradiction"),
        col("kurti", "pink"),
        col("jeans", "blue"),
        describe("kurti", "a pink top with white flowers", "contradiction"),
        details("kurti", "tie up neck"),
        gender=W,
        title="Tissu Women Pink Floral Printed Tie-Up Neck Kurti",
        category="Kurtis",
        color="Pink",
    ),
    # Photo: white chikankari straight kurta with white thread embroidery, white palazzos, no dupatta, white
    # backdrop. All texts: VQA adapter.
    case(
        "X1420-031",
        she("white"),
        col("kurta", "white"),
        col("palazzos", "white"),
        col("dupatta", "white", "unsupported"),
        describe("kurta", "a white kurta with white embroidery"),
        details(
            "kurta",
            "white embroidery, white embroidery, white embroidery, white embroidery, white embroidery, white"
            " embroidery, white embroidery",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="Ada Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: orange straight kurta with gold foil print, white trousers, orange and gold dupatta. Gender column
    # missing. All texts: VQA adapter.
    case(
        "X1420-032",
        she("a orange kurta and white pants"),
        col("kurta", "orange"),
        col("trousers", "orange", "other_garment_color"),
        col("dupatta", "orange"),
        describe("kurta", "orange kurta with gold print"),
        details("kurta", "made of silk", "unsupported"),
        title="Libas Women Orange Foil Printed Pure Cotton Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: burgundy velvet straight kurta with gold embroidery at the neck and cuffs, burgundy trousers.
    # All texts: VQA adapter.
    case(
        "X1420-033",
        she("a red dress", "contradiction"),
        col("kurta", "red"),
        col("trousers", "red"),
        kurta_color("burgundy"),
        describe("kurta", "a burgundy velvet kurta with gold embroidery"),
        details("kurta", "Answer: gold embroidery on the neck and sleeves", "leak"),
        gender=W,
        title="Sangria Women Burgundy Embroidered Velvet Kurta with Trousers",
        category="Kurta Sets",
        color="Burgundy",
    ),
    # Photo: lime-green kurta with white floral print, white palazzos, white dupatta; a potted plant prop behind.
    # All texts: VQA adapter.
    case(
        "X1420-034",
        she("a green kurta and white pants"),
        col("kurta", "green"),
        col("palazzos", "white"),
        col("dupatta", "green", "other_garment_color"),
        describe(
            "kurta",
            "a green kurta with white flowers and a white dupatta and white palazzos and a green kurta with white"
            " flowers and a white",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "floral"),
        is_a("kurta", "yes"),
        gender=W,
        title="Anouk Women Lime Green Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Photo: blue denim-look chambray kurta with white thread embroidery on the placket, worn with white trousers.
    # All texts: VQA adapter.
    case(
        "X1420-035",
        she("denim", "contradiction"),
        col("kurta", "blue"),
        col("trousers", "blue", "other_garment_color"),
        describe("kurta", "a blue kurta with white embroidery"),
        details("kurta", "white embroidery on the placket"),
        is_a("kurta", "no", "contradiction"),
        gender=W,
        title="Fabindia Women Blue Embroidered Chambray Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: multicolour patchwork-print kurta (red, yellow, green blocks), green palazzos, yellow dupatta.
    # All texts: VQA adapter.
    case(
        "X1420-036",
        she("a multicolored kurta and green pants"),
        col("kurta", "multi"),
        col("palazzos", "green"),
        col("dupatta", "green", "other_garment_color"),
        describe(
            "kurta",
            "a red, yellow, green, red, yellow, green, red, yellow, green, red, yellow, green, red",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "patchwork"),
        gender=W,
        title="Global Desi Women Multicoloured Patchwork Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Multi",
    ),
    # Photo: pastel-blue straight kurta with white mirror work on the yoke, white trousers, white dupatta.
    # All texts: VQA adapter.
    case(
        "X1420-037",
        she("a blue kurta and white pants"),
        col("kurta", "blue"),
        col("trousers", "white"),
        col("dupatta", "blue", "other_garment_color"),
        describe("kurta", "blue kurta with mirror work"),
        details("kurta", "mirror work on the neck"),
        is_a(
            "kurta",
            "yes Question: Is this a dress? Answer: yes Question: Is this a skirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Varanga Women Blue Mirror Work Yoke Design Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: mauve A-line kurta, solid, with a scalloped hem, mauve palazzos, no dupatta. Category column missing.
    # All texts: VQA adapter.
    case(
        "X1420-038",
        she("a pink dress", "contradiction"),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col("dupatta", "pink", "unsupported"),
        describe("kurta", "pink"),
        details("kurta", "the scalloped hem"),
        gender=W,
        title="Tokyo Talkies Women Mauve Solid A-Line Kurta with Palazzos",
        color="Mauve",
    ),
    # Photo: flat lay: yellow kurta with orange and pink floral print, pink palazzos beside it, yellow dupatta folded
    # on top. All texts: VQA adapter.
    case(
        "X1420-039",
        she("a yellow kurta and pink pants"),
        col("kurta", "yellow"),
        col("palazzos", "pink"),
        col("dupatta", "yellow"),
        describe("kurta", "a yellow kurta with orange and pink flowers"),
        details(
            "palazzos",
            "the palazzos are pink and the palazzos are pink and the palazzos are pink and the palazzos are pink",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Sangria Women Yellow Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: grey-melange straight kurta with black tape detail at the hem, worn with black leggings.
    # All texts: VQA adapter.
    case(
        "X1420-040",
        she("a grey kurta and black leggings"),
        col("kurta", "grey"),
        col("leggings", "black"),
        describe("kurta", "a grey kurta"),
        details(
            "kurta",
            "the hem, the hem, the hem, the hem, the hem, the hem, the hem, the hem, the hem, the hem",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        title="HERE&NOW Women Grey Melange Solid Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: red straight kurta with white floral print, red trousers, white dupatta with red border.
    # All texts: VQA adapter.
    case(
        "X1420-041",
        she("a red kurta and red pants"),
        col("kurta", "red"),
        col("trousers", "red"),
        col("dupatta", "red", "other_garment_color"),
        kurta_color(
            "red Question: What is the color of the pants? Answer: red Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "a red kurta with white flowers"),
        gender=W,
        title="Libas Women Red Floral Printed Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: teal anarkali kurta with gold gota border at the hem, teal churidar, gold dupatta; model twirling.
    # All texts: VQA adapter.
    case(
        "X1420-042",
        she("a green dress", "contradiction"),
        col("kurta", "green"),
        col("dupatta", "gold"),
        describe("kurta", "a teal anarkali with a gold border"),
        details("kurta", "gold border on the bottom and a zipper on the side", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        title="Biba Women Teal Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: off-white straight kurta with black and red block print, black palazzos; the model wears a red bindi and
    # silver jhumkas. All texts: VQA adapter.
    case(
        "X1420-043",
        she("a white kurta and black pants"),
        col("kurta", "white"),
        col("palazzos", "black"),
        col("dupatta", "red", "unsupported"),
        describe("kurta", "a white kurta with black and red print"),
        details("kurta", "the details of the kurta are the kurta details", "restated"),
        gender=W,
        title="Jaipur Kurti Women Off-White & Black Block Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: pink kurta with white thread work, white trousers, pink dupatta; model with hands folded.
    # All texts: VQA adapter.
    case(
        "X1420-044",
        she(
            "a pink kurta with white embroidery and white pants and a pink dupatta with a white border and pink tassels"
            " on the",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "pink"),
        col("trousers", "white"),
        col("dupatta", "pink"),
        describe("kurta", "pink kurta with white thread work"),
        details("kurta", "zipper on the back", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        title="Anouk Women Pink Thread Work Kurta with Trousers & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: olive-green kurta with a small all-over floral print and a front slit, olive trousers, no dupatta.
    # All texts: VQA adapter.
    case(
        "X1420-045",
        she("a green kurta and green pants"),
        col("kurta", "green"),
        col("trousers", "green"),
        col("dupatta", "green", "unsupported"),
        kurta_color("olive"),
        describe("kurta", "kurta", "non_answer"),
        details("kurta", "front slit"),
        gender=W,
        title="Mokshi Women Olive Green Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
    ),
]
