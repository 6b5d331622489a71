"""BLIND_1564 (45 products; Myntra kurtas and kurta sets, VQA adapter): written blind in the sixty-sixth session.
Measured blind at d0844da (the session's third rules): 57/74 failures found (77.0%) and 30/179 correct texts flagged
(16.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas and kurta sets (kurta with palazzos or trousers, often with a dupatta, now
and then a kurta alone or a short kurti worn over the model's own jeans, leggings or palazzos). Catalog columns as the
feed has them: title, category (Myntra article type: Kurta Sets, Kurtas, Kurtis), color (base colour), gender
(missing on a few rows). Photos are the usual catalog shots: a model on a plain backdrop, a few flat lays, two back
views, props (a stool, a potted plant, a straw hat in hand, a white clutch, a cane chair).
Who wrote what: every text is from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, free
generation, greedy, 30 new tokens, stopping on a newline when the model emits one. No caption was asked (the adapter
was trained on VQA only and the run asked none). The questionnaire is the original experiments' one with the feed's
garments: "What is she wearing?" ("the person" where the feed has no gender), the color of each piece of the product
asked separately ("What is the color of the kurta / palazzos / trousers / dupatta?", stored open), "Describe the
kurta.", "What are the kurta / palazzos / trousers / dupatta details?". The adapter never learnt to stop, so many
long answers loop or run into the next "Question: ... Answer:" until the limit; its vocabulary is In-shop's, so it
says dress, shirt, top, pants and scarf as often as kurta, palazzos and dupatta.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Lenient on hue families a shopper would accept: teal as green or blue, maroon and rust as red/orange, peach
and coral as pink/orange, magenta as pink, lavender as purple, cream, beige and off white as white, mustard as
yellow. A kurta called dress, shirt, top or tunic is accepted (the adapter has no kurta class); palazzos or trousers
called pants are accepted; called jeans, skirt or shorts they are a contradiction. A dupatta called a scarf is fine.
A color that belongs to another piece of the outfit (the product's own other piece or the model's own bottoms) is
other_garment_color; a color taken from a prop or the backdrop is contradiction. A set whose pieces really share one
color answered with that color for every piece is correct. "What is she wearing?" answered for a flat lay with the
garments shown is accepted. A details answer that only gives a true color or one true feature is accepted; one that
is only the garment's name or the question's words is non_answer, "the palazzos are palazzos" is restated. Details
the photo cannot show (the front in a back view, pockets on elasticated palazzos) or that are not there (a belt, a
hat worn when it is held, lace), and a material the photo and title do not bear out (denim, silk on cotton), are
unsupported. "he"/"a man" for the women models is pronoun, also on the rows with no gender column. A repetition that
runs to the limit is loop, whatever it repeats; a long answer without repetition stopped at the limit mid-phrase is
cut; a text that carries "Question:" or "Answer:" is leak even when it also repeats. One label per text. About three
in ten texts are wrong: the short color answers of this adapter are mostly right.
"""

from tests.audit_corpus import case, color_of, describe, details, wearing

W = "Women"


def col(garment, text, failure=None, hit_limit=False):
    """The color of one piece, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_1564 = [
    # Front, grey backdrop: mustard kurta with maroon and white ethnic block print, matching mustard palazzos in the
    # same print, solid maroon dupatta over the left shoulder; a pullover kurta, no zipper. All texts: VQA adapter.
    case(
        "X1564-001",
        she("a yellow kurta and palazzo pants"),
        col("kurta", "yellow"),
        col("palazzos", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        describe("kurta", "a yellow kurta with a floral print"),
        details(
            "palazzos",
            "the palazzos are yellow and the palazzos are yellow and the palazzos are yellow and the palazzos are",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a zipper at the back", "unsupported"),
        gender=W,
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Front, white backdrop: navy straight kurta with gold zari yoke and a V neck, navy straight trousers, navy
    # chiffon dupatta with a thin gold border held in the right hand. All texts: VQA adapter.
    case(
        "X1564-002",
        she("a blue kurta and pants"),
        col("kurta", "navy blue"),
        col("trousers", "navy blue"),
        col("dupatta", "blue"),
        describe("kurta", "a blue kurta with gold embroidery on the neck"),
        details(
            "kurta",
            "the kurta has a v-neck, a v-neck, a v-neck, a v-neck, a v-neck, a v-neck, a v",
            "loop",
            hit_limit=True,
        ),
        details("trousers", "the trousers are straight"),
        gender=W,
        title="Libas Women Navy Blue Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Front, beige backdrop: off-white straight kurta with a small pink floral print, three-quarter sleeves, worn with
    # the model's own bottle-green leggings. All texts: VQA adapter.
    case(
        "X1564-003",
        she("a white kurta and green leggings"),
        col("kurta", "green", "other_garment_color"),
        describe("kurta", "a white kurta with pink flowers"),
        details("kurta", "yes", "non_answer"),
        gender=W,
        title="Sangria Women Off White & Pink Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Front, cream backdrop: teal A-line kurta with a mandarin collar and a short button placket, matching teal
    # elasticated palazzos, a tan sling bag over the shoulder; no dupatta in the set. All texts: VQA adapter.
    case(
        "X1564-004",
        she("a green dress and pants"),
        col("kurta", "green"),
        col("palazzos", "green"),
        describe("kurta", "a green kurta with a collar"),
        details("kurta", "the kurta has a mandarin collar and a button placket"),
        details("palazzos", "the palazzos have pockets on both sides and a zipper at the back", "unsupported"),
        gender=W,
        title="W Women Teal Green Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
    ),
    # Front, mid-twirl: long pink flared anarkali kurta with gold foil print, white churidar barely visible at the
    # ankles. All texts: VQA adapter.
    case(
        "X1564-005",
        she("a pink dress"),
        col("kurta", "pink"),
        describe("kurta", "a pink dress with gold print"),
        details(
            "kurta",
            "the dress has a flared skirt and a flared skirt and a flared skirt and a flared skirt and a flared skirt",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Biba Women Pink & Gold Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Flat lay on white: maroon kurta with beige bagru print, plain beige trousers, maroon dupatta folded beside them.
    # All texts: VQA adapter.
    case(
        "X1564-006",
        she("a red shirt and pants"),
        col("kurta", "red"),
        col("trousers", "red", "other_garment_color"),
        col("dupatta", "red"),
        describe("kurta", "a red and white kurta with a floral print"),
        details("trousers", "", "non_answer"),
        details("kurta", "the kurta has a round neck and a print"),
        gender=W,
        title="Jaipur Kurti Women Maroon & Beige Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Front, grey backdrop: bottle-green kurta with gold thread embroidery at the yoke and cuffs, green palazzos, pink
    # organza dupatta with gota border across both shoulders. All texts: VQA adapter.
    case(
        "X1564-007",
        she("a green kurta and a pink dupatta"),
        col("kurta", "green"),
        col("palazzos", "green"),
        col("dupatta", "pink"),
        describe("kurta", "a green kurta with gold embroidery"),
        details(
            "kurta",
            "the kurta has gold embroidery on the neckline and the sleeves Question: What are the kurta details? "
            "Answer: the kurta has gold",
            "leak",
            hit_limit=True,
        ),
        details("dupatta", "the dupatta has a gold border"),
        gender=W,
        title="Indo Era Women Green Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Front, hand on hip: black kurta with thin white vertical stripes, solid black trousers, white sneakers.
    # All texts: VQA adapter.
    case(
        "X1564-008",
        she("a black and white striped dress"),
        col("kurta", "black and white"),
        col("trousers", "black and white", "other_garment_color"),
        describe("kurta", "black and white stripes"),
        details("trousers", "the trousers are black"),
        details(
            "kurta",
            "the kurta has a round neck and a round neck and a round neck and a round neck and a round neck and a "
            "round",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Anouk Women Black & White Striped Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
    ),
    # Model seated on a dark brown wooden stool: rust kurta with white floral print, round neck, three-quarter sleeves,
    # rust palazzos, cream dupatta with a small rust print. All texts: VQA adapter.
    case(
        "X1564-009",
        she("a orange kurta and palazzo pants"),
        col("kurta", "orange"),
        col("palazzos", "orange"),
        col("dupatta", "brown", "contradiction"),
        details("kurta", "the kurta has a round neck and three quarter sleeves"),
        describe(
            "kurta",
            "a orange kurta with white flowers Question: What is the color of the kurta? Answer: orange Question: What",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Libas Women Rust Orange Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
    ),
    # Front, white backdrop: white cotton chikankari kurta (shadow work, no lace, no tie), the model's own light blue
    # jeans. All texts: VQA adapter.
    case(
        "X1564-010",
        she("a white shirt and blue jeans"),
        col("kurta", "white"),
        describe("kurta", "a white shirt with embroidery"),
        details("kurta", "the kurta has lace trim at the hem and a tie at the waist", "unsupported"),
        gender=W,
        title="HERE&NOW Women White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Front: peach kurta with silver mirror-work yoke, peach trousers, peach net dupatta with silver border; all three
    # pieces the same peach. All texts: VQA adapter.
    case(
        "X1564-011",
        she("she is wearing a pink kurta and pink pants"),
        col("kurta", "pink"),
        col("trousers", "pink"),
        col("dupatta", "pink"),
        describe("kurta", "a pink kurta with silver sequins"),
        details(
            "dupatta",
            "the dupatta is pink and the dupatta is pink and the dupatta is pink and the dupatta is pink and the",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a mirror work yoke"),
        gender=W,
        title="KALINI Women Peach-Coloured Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Front, sling bag: navy kurta with a sparse small white geometric print, round neck, side slits, the model's own
    # white palazzos. Feed row without gender. All texts: VQA adapter.
    case(
        "X1564-012",
        wearing("a blue and white dress"),
        col("kurta", "white", "other_garment_color"),
        describe("kurta", "a blue and white kurta with a geometric print"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves, side slits and a printed hem with a contrast border "
            "at the bottom of the kurta and the sleeves have a",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Women Navy Blue & White Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Front, pink backdrop: lime green solid kurta, plain white palazzos. All texts: VQA adapter.
    case(
        "X1564-013",
        she("a green top and white pants"),
        col("kurta", "green"),
        col("palazzos", "green", "other_garment_color"),
        describe("kurta", "a green kurta"),
        details("palazzos", "the palazzos are white"),
        details("kurta", "kurta", "non_answer"),
        gender=W,
        title="Sangria Women Lime Green Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Front: magenta kurta with gold ethnic print, magenta palazzos, magenta dupatta with a gold gota border (no
    # tassels). All texts: VQA adapter.
    case(
        "X1564-014",
        she(
            "a pink kurta and pants and a pink dupatta and a pink kurta and pants and a pink dupatta and a pink kurta",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col("dupatta", "pink"),
        details("kurta", "the kurta has a gold print"),
        describe("dupatta", "a pink dupatta with gold tassels", "unsupported"),
        gender=W,
        title="AKS Women Magenta & Gold Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Back view, braid over the shoulder: olive straight kurta with a tie-up dori at the back neck, olive trousers;
    # the front (a plain V neck) is not shown. All texts: VQA adapter.
    case(
        "X1564-015",
        she("a green shirt and green pants"),
        col("kurta", "green"),
        col("trousers", "green"),
        details("kurta", "the kurta has buttons on the front and a collar", "unsupported"),
        describe("kurta", "a green kurta with a tie at the back"),
        details("trousers", "trousers", "non_answer"),
        gender=W,
        title="Nayo Women Olive Green Solid Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
    ),
    # Front: red straight kurta with white floral print, the model's own black leggings. All texts: VQA adapter.
    case(
        "X1564-016",
        she("a red dress and black leggings"),
        col("kurta", "red"),
        describe("kurta", "a red kurta with a white floral print"),
        details("kurta", "black", "other_garment_color"),
        gender=W,
        title="W Women Red Printed Straight Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Front: sea-green kurta with white print, white palazzos with a green print, sea-green dupatta; the palazzos
    # have a tasselled drawstring at the waist. All texts: VQA adapter.
    case(
        "X1564-017",
        she("he is wearing a green shirt and white pants", "pronoun"),
        col("kurta", "green"),
        col("palazzos", "white"),
        col("dupatta", "green"),
        describe("kurta", "a green and white floral print kurta"),
        details("palazzos", "the palazzos have a drawstring waist"),
        details(
            "dupatta",
            "the dupatta is green and white and green and white and green and white and green and white and green and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Libas Women Sea Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Front, grey wall: beige kurta with black bandhani-style dots, solid black trousers. All texts: VQA adapter.
    case(
        "X1564-018",
        she("a beige shirt and black pants"),
        col("kurta", "white"),
        col("trousers", "black"),
        describe("kurta", "a white kurta with black dots"),
        details(
            "trousers",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has black polka dots"),
        gender=W,
        title="Anouk Women Beige & Black Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Beige",
    ),
    # Front: yellow kurta with blue floral print, solid blue wide palazzos. All texts: VQA adapter.
    case(
        "X1564-019",
        she("a yellow kurta and blue palazzos"),
        col("kurta", "yellow"),
        col("palazzos", "yellow", "other_garment_color"),
        describe(
            "kurta",
            "a yellow kurta with blue flowers on it Question: Describe the palazzos. Answer: blue palazzos with a",
            "leak",
            hit_limit=True,
        ),
        details("palazzos", "the palazzos are wide and flowy"),
        gender=W,
        title="GERUA Women Yellow & Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Front: purple silk-blend kurta with floral thread embroidery at the neckline, purple trousers with an
    # embroidered hem, lilac dupatta. All texts: VQA adapter.
    case(
        "X1564-020",
        she("a purple kurta and purple pants"),
        col("kurta", "purple"),
        col("trousers", "purple"),
        col("dupatta", "purple"),
        describe(
            "kurta",
            "a purple kurta with floral embroidery on the neckline and the sleeves, paired with purple trousers and a "
            "purple dupatta with a border of",
            "cut",
            hit_limit=True,
        ),
        details("trousers", "the trousers have embroidery at the hem"),
        gender=W,
        title="Varanga Women Purple Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # Flat lay on a wooden floor: indigo cotton kurta with white dabu floral print. All texts: VQA adapter.
    case(
        "X1564-021",
        she("a blue shirt"),
        col("kurta", "blue"),
        describe("kurta", "a blue and white shirt with a floral print"),
        details("kurta", "the kurta is made of denim", "unsupported"),
        gender=W,
        title="Jaipur Kurti Women Indigo Blue Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Front: black kurta with gold print, black palazzos, red dupatta with gold print draped over both arms.
    # All texts: VQA adapter.
    case(
        "X1564-022",
        she("a black dress and a red scarf"),
        col("kurta", "black"),
        col("palazzos", "black"),
        col("dupatta", "black", "other_garment_color"),
        details("dupatta", "the dupatta is red with gold print"),
        describe("kurta", "a black kurta with gold print"),
        details("palazzos", "black"),
        gender=W,
        title="Sangria Women Black Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Front, a straw hat held in the left hand at hip height (not worn): off-white kurta with indigo print, indigo
    # palazzos. All texts: VQA adapter.
    case(
        "X1564-023",
        she("a white top and blue pants and a hat", "unsupported"),
        col("kurta", "white"),
        col("palazzos", "blue"),
        describe("kurta", "a white kurta with blue print"),
        details("palazzos", "palazzos", "non_answer"),
        gender=W,
        title="Biba Women Off White & Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # Front: pink kurta with silver gota yoke, pink palazzos, pink dupatta, all one pink. All texts: VQA adapter.
    case(
        "X1564-024",
        she(
            "a pink kurta, a pink kurta, a pink kurta, a pink kurta, a pink kurta, a pink kurta, a",
            "loop",
            hit_limit=True,
        ),
        col("kurta", "pink"),
        col("palazzos", "pink"),
        col("dupatta", "pink"),
        details("kurta", "the kurta has silver embroidery on the yoke"),
        describe(
            "kurta",
            "a pink kurta with a pink dupatta and pink palazzos and a pink kurta with a pink dupatta and pink palazzos "
            "and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Libas Women Pink Yoke Design Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Front: green kurta with white floral print, plain white trousers, green-and-white printed dupatta. Feed row
    # without gender; the model is a woman. All texts: VQA adapter.
    case(
        "X1564-025",
        wearing("he is wearing a green and white kurta and white pants", "pronoun"),
        col("kurta", "green"),
        col("trousers", "green", "other_garment_color"),
        col("dupatta", "green and white"),
        describe(
            "kurta",
            "a green kurta with white flowers and a white kurta with green flowers and a green kurta with white "
            "flowers and a",
            "loop",
            hit_limit=True,
        ),
        title="Khushal K Women Green & White Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Front: maroon kurta with a gold-buttoned placket, plain maroon palazzos (no slits), mustard dupatta.
    # All texts: VQA adapter.
    case(
        "X1564-026",
        she("a red kurta and pants"),
        col("kurta", "red"),
        col("palazzos", "red"),
        col("dupatta", "yellow"),
        details("kurta", "the kurta has gold buttons down the front"),
        describe("dupatta", "a yellow scarf"),
        details("palazzos", "the palazzos are red and have a slit on the side", "unsupported"),
        gender=W,
        title="Anouk Women Maroon Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Front, sunglasses pushed up on the head: blue A-line kurta with white print, round neck, three-quarter
    # sleeves, the model's own white slim pants. All texts: VQA adapter.
    case(
        "X1564-027",
        she("a blue dress with white pants"),
        col("kurta", "blue"),
        describe("kurta", "a blue dress"),
        details("kurta", "the dress is a-line and has a round neck and short sleeves", "unsupported"),
        gender=W,
        title="W Women Blue Printed A-Line Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Front: coral georgette kurta with sequin embroidery, coral trousers, coral dupatta. All texts: VQA adapter.
    case(
        "X1564-028",
        she("a orange dress"),
        col("kurta", "orange"),
        col("trousers", "orange"),
        col(
            "dupatta",
            "orange Question: What is the color of the dupatta? Answer: orange Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "sequins"),
        describe("kurta", "a orange dress with silver sequins on the front"),
        gender=W,
        title="Ahalyaa Women Coral Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Coral",
    ),
    # Front, wide stance: grey kurta with black and pink print, black wide-leg palazzos. All texts: VQA adapter.
    case(
        "X1564-029",
        she("a grey kurta and a black skirt", "contradiction"),
        col("kurta", "grey"),
        col("palazzos", "grey", "other_garment_color"),
        details("kurta", "the kurta has a print"),
        details("palazzos", "the palazzos are palazzos", "restated"),
        describe("kurta", "a grey kurta with a pink and black print"),
        gender=W,
        title="Indo Era Women Grey Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Grey",
    ),
    # Side profile: mustard solid kurta with a side slit, white elasticated trousers (no fly, no pockets shown).
    # All texts: VQA adapter.
    case(
        "X1564-030",
        she("a yellow top and white pants"),
        col("kurta", "yellow"),
        col("trousers", "white"),
        describe(
            "kurta",
            "a yellow kurta with a side slit Question: What are the trousers details? Answer: the trousers are white",
            "leak",
            hit_limit=True,
        ),
        details(
            "trousers",
            "the trousers have a zipper and a button at the waist and two pockets on the back",
            "unsupported",
        ),
        gender=W,
        title="Mitera Women Mustard Yellow Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Front: navy kurta with orange print and a tasselled tie at the neck, the model's own blue jeans.
    # All texts: VQA adapter.
    case(
        "X1564-031",
        she("kurta"),
        col("kurta", "blue"),
        describe("kurta", "a blue kurta with orange print"),
        details("kurta", "the kurta has a tassel tie at the neck"),
        gender=W,
        title="Global Desi Women Navy Blue Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Front, a large green potted plant beside the model: red kurta with gold print, red palazzos, red dupatta.
    # All texts: VQA adapter.
    case(
        "X1564-032",
        she("a red kurta and red pants"),
        col("kurta", "red"),
        col("palazzos", "red"),
        col("dupatta", "green", "contradiction"),
        describe("kurta", "a red kurta with gold print"),
        details("dupatta", "no", "non_answer"),
        gender=W,
        title="Libas Women Red & Gold Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Front: cream kurta with blue floral print, mid-blue cotton straight trousers. All texts: VQA adapter.
    case(
        "X1564-033",
        she("a white shirt and blue jeans", "contradiction"),
        col("kurta", "white"),
        col("trousers", "blue"),
        describe("kurta", "a white kurta with blue flowers"),
        details("trousers", "the trousers are blue"),
        details("kurta", "a kurta", "non_answer"),
        gender=W,
        title="Sangria Women Cream & Blue Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Cream",
    ),
    # Front, juttis: teal-blue kurta with white bandhani dots, matching teal palazzos with the same dots.
    # All texts: VQA adapter.
    case(
        "X1564-034",
        she("a blue dress and pants"),
        col("kurta", "blue"),
        col("palazzos", "blue"),
        describe("kurta", "a blue kurta with white polka dots"),
        details(
            "kurta",
            "the kurta has white polka dots and the palazzos have white polka dots and the kurta has white polka "
            "dots and the palazzos have",
            "loop",
            hit_limit=True,
        ),
        details("palazzos", "the palazzos have white polka dots"),
        gender=W,
        title="Anouk Women Teal Blue Bandhani Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
    ),
    # Front: mint green kurta with white thread work at the neck, hem and cuffs, white trousers, mint dupatta.
    # All texts: VQA adapter.
    case(
        "X1564-035",
        she("a green dress and white pants and a green scarf"),
        col("kurta", "green"),
        col("trousers", "white"),
        col("dupatta", "white", "other_garment_color"),
        details(
            "kurta",
            "the kurta has white embroidery on the neck and the hem and the sleeves and the neck and the hem and the "
            "sleeves and the neck and",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a green dress"),
        gender=W,
        title="Biba Women Green Straight Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Front: short black kurti with white print, round neck, no buttons, the model's own blue jeans.
    # All texts: VQA adapter.
    case(
        "X1564-036",
        she("a black shirt and blue jeans"),
        col("kurti", "black"),
        describe("kurti", "a black and white top"),
        details("kurti", "the top has a mandarin collar and a button down front", "unsupported"),
        gender=W,
        title="Janasya Women Black Printed Kurti",
        category="Kurtis",
        color="Black",
    ),
    # Front: yellow kurta with mirror work on the yoke and sleeves, yellow palazzos, multicolor (pink, green, orange)
    # leheriya dupatta with tassels at the corners; gold jhumkas, bangles on both wrists. All texts: VQA adapter.
    case(
        "X1564-037",
        she(
            "a yellow kurta with mirror work, yellow palazzo pants, a multicolored dupatta with tassels, gold jhumkas, "
            "bangles on both wrists and a pair of",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "yellow"),
        col("palazzos", "yellow"),
        col("dupatta", "pink and green"),
        details(
            "dupatta",
            "the dupatta has a tassel on the end of the dupatta and a tassel on the end of the dupatta and a tassel on",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a yellow kurta with mirror work"),
        details("kurta", "the kurta has mirror work on the yoke and the sleeves"),
        gender=W,
        title="Varanga Women Yellow Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Model seated on a cane chair: powder-blue kurta with white print, round neck, three-quarter sleeves, plain white
    # palazzos with an elastic waist. All texts: VQA adapter.
    case(
        "X1564-038",
        she("a blue shirt and white pants"),
        col("kurta", "blue"),
        col("palazzos", "blue", "other_garment_color"),
        describe("kurta", "a blue kurta"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves, a straight hem, side slits, and the palazzos have an "
            "elastic waist with a drawstring and a",
            "cut",
            hit_limit=True,
        ),
        details("palazzos", "the palazzos are blue", "other_garment_color"),
        gender=W,
        title="AKS Women Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Front: pink straight kurta with green leaf print, V neck with a keyhole, the model's own white leggings. Feed
    # row without gender. All texts: VQA adapter.
    case(
        "X1564-039",
        wearing("a pink kurta and white leggings"),
        col("kurta", "pink"),
        describe("kurta", "a pink dress with a green leaf print"),
        details(
            "kurta",
            "the kurta has a v neck with a keyhole and a v neck with a keyhole and a v neck with a keyhole and",
            "loop",
            hit_limit=True,
        ),
        title="Rangriti Women Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Front: lavender kurta with white chikan work, plain lavender trousers (no embroidery), white dupatta.
    # All texts: VQA adapter.
    case(
        "X1564-040",
        she("a man wearing a purple kurta and purple pants", "pronoun"),
        col("kurta", "purple"),
        col("trousers", "purple"),
        col("dupatta", "white"),
        describe("kurta", "a purple kurta with white embroidery"),
        details(
            "trousers",
            "the trousers have white embroidery at the hem and white embroidery at the hem and white embroidery at the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Indo Era Women Lavender Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Front: bright orange kurta with white block print and white-bordered sleeves, orange-and-white striped
    # palazzos. All texts: VQA adapter.
    case(
        "X1564-041",
        she("a orange top and orange and white striped pants"),
        col("kurta", "orange"),
        col("palazzos", "orange and white"),
        describe(
            "kurta",
            "a bright orange kurta with a white block print, a round neckline with a small slit, three quarter "
            "sleeves with a white border and a straight",
            "cut",
            hit_limit=True,
        ),
        details("palazzos", "stripes"),
        gender=W,
        title="HERE&NOW Women Orange Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Orange",
    ),
    # Front: brown cotton kurta with cream print, plain cream trousers, brown dupatta with cream print.
    # All texts: VQA adapter.
    case(
        "X1564-042",
        she("a brown dress"),
        col("kurta", "brown"),
        col("trousers", "brown", "other_garment_color"),
        col("dupatta", "brown"),
        details("trousers", "the trousers are white"),
        describe(
            "dupatta",
            "a brown scarf with white print Answer: a brown scarf with white print Answer: a brown scarf with white",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "the kurta is made of silk", "unsupported"),
        gender=W,
        title="Libas Women Brown Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Brown",
    ),
    # Front, a white clutch held against the waist: navy solid kurta (no belt), navy palazzos. All texts: VQA adapter.
    case(
        "X1564-043",
        she("a blue dress and pants"),
        col("kurta", "blue"),
        col("palazzos", "blue"),
        describe("kurta", "a blue kurta with a white belt", "unsupported"),
        details("palazzos", "the palazzos are blue"),
        details("kurta", "the kurta is a kurta", "restated"),
        gender=W,
        title="W Women Navy Blue Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Front: white kurta with a sparse red floral print, solid red palazzos, red dupatta. All texts: VQA adapter.
    case(
        "X1564-044",
        she("a white kurta with red flowers and red pants"),
        col("kurta", "red", "other_garment_color"),
        col("palazzos", "red"),
        col("dupatta", "red"),
        details("kurta", "the kurta has red flowers"),
        details("dupatta", "the dupatta", "non_answer"),
        gender=W,
        title="Nayo Women White & Red Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Back view: green straight kurta with a keyhole and a single fabric button at the back neck, the model's own
    # white palazzos; the front is not shown. All texts: VQA adapter.
    case(
        "X1564-045",
        she("a green shirt and white pants"),
        col("kurta", "green"),
        describe("kurta", "a green kurta with a v-neck and buttons", "unsupported"),
        details("kurta", "the kurta has a keyhole at the back with a button"),
        gender=W,
        title="Aurelia Women Green Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
]
