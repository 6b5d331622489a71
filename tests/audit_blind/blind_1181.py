"""BLIND_1181 (45 products; Myntra ethnic skirts, lehengas, sharara sets, base BLIP-2 per-piece colors): written blind
in the sixty-first session. Measured blind at dcde687 (the session's third rules): 45/66 failures found (68.2%) and
8/207 correct texts flagged (3.9%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed (article types Lehenga Choli, Skirts, Kurta Sets for the sharara and
gharara sets) run through base Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Columns as the feed has them: title
(productDisplayName), category (articleType), color (baseColour), gender; one or two rows lack a column. Photos are
the usual catalog shots: a model on a plain studio backdrop wearing the product with other clothes (a crop top or
shirt over the skirts, the dupatta draped on a shoulder or over the head), a few flat lays of folded fabric, a few
back views, one chair and one stool as props. Each product gets a caption plus four to six answers: the piece-by-piece
color questions ("What is the color of the lehenga / blouse / dupatta / kurta / sharara / skirt / top?") asked from
the pieces the title names (the styling top for the skirts), with a few of wearing, describe, details, material,
pattern, garment type and "Is this a lehenga/skirt?".
Who wrote what: every text is the untuned base model: the caption from the image alone (50 new tokens at most), the
answers from `Question: ... Answer:` prompts, greedy, 30 new tokens at most, color answers free generation (stored
open). The base model usually stops on the newline after a few words, so loops, cut answers and prompt leaks are few;
its errors gather on the secondary pieces: the blouse hidden under the dupatta, a sheer net dupatta read as the
lehenga under it, the sharara given the kurta's color, the skirt given the top's color, a folded lehenga called a
saree, invented settings and fabrics.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Adjacent shade names count as right (maroon/red, navy/teal/blue, peach/pink, mustard/yellow, rust/orange,
lavender/purple, off-white/white, sea green/lime/green). A color that belongs to another piece in the photo (or to
the print on the piece) is other_garment_color; a wrong color that belongs to nothing worn, or to a prop, is
contradiction. A lehenga or sharara set called a saree, shirt or "dress" in the closed garment-type question, or
"no" to "Is this a lehenga?" for a lehenga, is contradiction; "dress" in a caption or in the open wearing answer I
leave unmarked as vague rather than wrong, and "salwar kameez" or "pants" for a sharara set likewise. A fabric the
title names otherwise is contradiction; a fabric or detail nothing supports (silk for a matte rayon, pockets, a slit,
a beach, a wedding) is unsupported. Answers that only give the question's garment back ("it's a lehenga", "skirt",
"no", empty) are non_answer; one that says the question back as its answer is restated. A sequence that ran to 30
tokens is marked hit_limit, labeled loop when it repeats, leak when it goes on with "Question: ... Answer:", and cut
when it stops mid-sentence without repeating. About a quarter of the texts are wrong: the main piece's color and the
caption are usually right, and the failures sit where the photo makes the model guess.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    wearing,
)


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """Free-generated per-piece color answer (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


material = BLIND_QUESTIONS.material
pattern = BLIND_QUESTIONS.pattern

WOMEN = "Women"
LEHENGA = "Lehenga Choli"
SKIRTS = "Skirts"
SETS = "Kurta Sets"

BLIND_1181 = [
    # Model, front, grey backdrop: maroon velvet lehenga with gold zari border, maroon blouse, gold tissue dupatta on
    # the left shoulder. Base BLIP-2 zero-shot wrote all texts; the dupatta gets the lehenga's maroon.
    case(
        "X1181-001",
        caption("a woman in a maroon lehenga with gold embroidery"),
        wearing("a lehenga"),
        col("lehenga", "maroon"),
        col("blouse", "maroon"),
        col("dupatta", "maroon", "other_garment_color"),
        details("lehenga", "it has a gold border"),
        is_a("lehenga", "yes"),
        gender=WOMEN,
        title="Mitera Women Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Maroon",
    ),
    # Model, white backdrop: navy maxi skirt with small white flowers, white crop top tucked in; no slit anywhere.
    # Base BLIP-2 zero-shot; the description invents a side slit.
    case(
        "X1181-002",
        caption("a woman in a white top and a blue floral skirt"),
        col("skirt", "blue"),
        col("top", "white"),
        pattern("floral"),
        describe("skirt", "a blue skirt with white flowers and a slit on the side", "unsupported"),
        is_a("skirt", "yes"),
        gender=WOMEN,
        title="Global Desi Women Navy Blue Printed Flared Maxi Skirt",
        category=SKIRTS,
        color="Navy Blue",
    ),
    # Model, plain backdrop: yellow cotton kurta with green floral print, green sharara, yellow dupatta with green
    # border. Base BLIP-2 zero-shot; the sharara gets the kurta's yellow, the fabric is called silk against the title.
    case(
        "X1181-003",
        caption("a woman in a yellow and green outfit"),
        wearing("a yellow kurta and green pants"),
        col("kurta", "yellow"),
        col("sharara", "yellow", "other_garment_color"),
        col("dupatta", "yellow"),
        details("kurta", "the kurta has a v neck and three quarter sleeves"),
        material("silk", "contradiction"),
        gender=WOMEN,
        title="Libas Women Yellow & Green Printed Pure Cotton Kurta with Sharara & Dupatta",
        category=SETS,
        color="Yellow",
    ),
    # Model holding a tan sling bag: black midi skirt with small gold foil dots, mustard top. Base BLIP-2 zero-shot; the
    # top is given the skirt's black, and the details answer is the garment's name only.
    case(
        "X1181-004",
        caption("a woman in a yellow top and black skirt holding a bag"),
        col("skirt", "black"),
        col("top", "black", "other_garment_color"),
        describe("skirt", "it is a black skirt with gold polka dots"),
        details("skirt", "skirt", "non_answer"),
        garment_type("skirt"),
        gender=WOMEN,
        title="Anouk Women Black Printed Flared Midi Skirt",
        category=SKIRTS,
        color="Black",
    ),
    # Back view, hair in a low bun: off-white kurta, off-white sharara, pink dupatta over both arms. Base BLIP-2
    # zero-shot; the caption takes the model for a man, the details answer only names the view.
    case(
        "X1181-005",
        caption("a man in a white kurta and pants", "pronoun"),
        wearing("a white kurta"),
        col("kurta", "white"),
        col("sharara", "white"),
        col("dupatta", "pink"),
        details("kurta", "the back of the kurta", "non_answer"),
        gender=WOMEN,
        title="House of Pataudi Women Off-White & Pink Embroidered Kurta with Sharara & Dupatta",
        category=SETS,
        color="Off White",
    ),
    # Flat lay on white: pink lehenga spread out, green blouse fabric folded beside it, pink net dupatta folded on top.
    # Base BLIP-2 zero-shot; the blouse piece gets the lehenga's pink, the spread-out skirt is not seen as a lehenga.
    case(
        "X1181-006",
        caption("a pink and green lehenga on a white background"),
        garment_type("lehenga"),
        col("lehenga", "pink"),
        col("blouse", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        pattern("embroidered"),
        is_a("lehenga", "no", "contradiction"),
        gender=WOMEN,
        title="Warthy Ent Women Pink & Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Pink",
    ),
    # Model, beige backdrop: rust tiered maxi skirt, white shirt knotted at the waist. Base BLIP-2 zero-shot; the skirt
    # color answer gives the shirt's white although the caption and the wearing answer have it right.
    case(
        "X1181-007",
        caption("a woman in a white shirt and orange skirt"),
        wearing("a white shirt and an orange skirt"),
        col("skirt", "white", "other_garment_color"),
        col("top", "white"),
        describe("skirt", "it is a long skirt with ruffles"),
        pattern("solid"),
        gender=WOMEN,
        title="Sangria Women Rust Solid Tiered Flared Maxi Skirt",
        category=SKIRTS,
        color="Rust",
    ),
    # Model: navy sequinned lehenga, navy blouse, silver net dupatta over one arm. Base BLIP-2 zero-shot; the blouse
    # answer runs on into the next question to the limit, the dupatta gets the lehenga's blue.
    case(
        "X1181-008",
        caption("a woman in a blue sequin lehenga"),
        col("lehenga", "navy blue"),
        col(
            "blouse",
            "blue Question: What is the color of the dupatta? Answer: blue Question: What is the color of the lehenga?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        col("dupatta", "blue", "other_garment_color"),
        details("lehenga", "sequins"),
        is_a("lehenga", "yes"),
        gender=WOMEN,
        title="Mabish by Sonal Jain Women Navy Blue & Silver Embellished Ready to Wear Lehenga & Blouse with Dupatta",
        category=LEHENGA,
        color="Navy Blue",
    ),
    # Model, plain backdrop: bottle green rayon kurta with gold yoke embroidery, green sharara, green dupatta with gold
    # gota border; only small earrings, no necklace; matte fabric. Base BLIP-2 zero-shot; invents silk and a necklace.
    case(
        "X1181-009",
        caption("a woman in a green outfit with gold embroidery"),
        wearing("a green salwar kameez"),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "green"),
        describe("kurta", "a green kurta with gold embroidery and a gold necklace", "unsupported"),
        material("silk", "unsupported"),
        gender=WOMEN,
        title="Indo Era Women Green Embroidered Straight Kurta with Sharara & Dupatta",
        category=SETS,
        color="Green",
    ),
    # Flat lay on white: indigo cotton A-line skirt with white dabu floral buttis, tasselled drawstring, no pockets.
    # Base BLIP-2 zero-shot; silk against the title's cotton, pockets invented.
    case(
        "X1181-010",
        caption("a blue and white skirt on a white background"),
        col("skirt", "blue"),
        pattern("floral"),
        material("silk", "contradiction"),
        details("skirt", "it has two pockets", "unsupported"),
        garment_type("skirt"),
        gender=WOMEN,
        title="Fabindia Women Indigo Printed Cotton A-Line Skirt",
        category=SKIRTS,
        color="Blue",
    ),
    # Model: peach net lehenga with gold sequins, peach blouse, peach dupatta. Base BLIP-2 zero-shot; the description
    # walks through every piece and stops at the limit mid-phrase.
    case(
        "X1181-011",
        caption("a woman in a peach lehenga with gold sequins"),
        wearing("a lehenga"),
        describe(
            "lehenga",
            "the lehenga is a peach colored lehenga with gold sequins and the blouse is a peach colored blouse with"
            " gold sequins and the dupatta is a",
            "cut",
            hit_limit=True,
        ),
        col("lehenga", "pink"),
        col("blouse", "peach"),
        col("dupatta", "peach"),
        gender=WOMEN,
        title="Panit Women Peach-Coloured & Gold-Toned Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse"
        " with Dupatta",
        category=LEHENGA,
        color="Peach",
    ),
    # Model seated on a wooden stool: blue kurta with white flowers, white sharara with a blue printed band at the hem;
    # no dupatta in the set. Base BLIP-2 zero-shot; the sharara gets the kurta's blue.
    case(
        "X1181-012",
        caption("a woman sitting on a stool in a blue and white outfit"),
        wearing("a blue dress"),
        col("kurta", "blue"),
        col("sharara", "blue", "other_garment_color"),
        describe("kurta", "a blue kurta with white flowers"),
        pattern("floral"),
        gender=WOMEN,
        title="Janasya Women Blue & White Printed Kurta with Sharara",
        category=SETS,
        color="Blue",
    ),
    # Model, plain beige studio backdrop: red velvet lehenga with gold embroidery, red blouse, red net dupatta over the
    # head. Base BLIP-2 zero-shot; the caption invents a wedding, the material answer says silk against the title.
    case(
        "X1181-013",
        caption("a bride in a red lehenga at her wedding", "unsupported"),
        wearing("a red bridal lehenga"),
        col("lehenga", "red"),
        col("blouse", "red"),
        col("dupatta", "red"),
        details("lehenga", "gold embroidery"),
        material("silk", "contradiction"),
        gender=WOMEN,
        title="Chhabra 555 Women Red & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse with"
        " Dupatta",
        category=LEHENGA,
        color="Red",
    ),
    # Model: green maxi skirt with small white butas, short white top. Base BLIP-2 zero-shot; the top gets the skirt's
    # green, and the details answer loops to the limit.
    case(
        "X1181-014",
        caption("a woman wearing a green skirt and a white top"),
        col("skirt", "green"),
        col("top", "green", "other_garment_color"),
        details(
            "skirt",
            "the skirt has a print on it and a print on it and a print on it and a print on it and a print on it and a"
            " print",
            "loop",
            hit_limit=True,
        ),
        garment_type("skirt"),
        gender=WOMEN,
        title="W Women Green Printed Flared Maxi Skirt",
        category=SKIRTS,
        color="Green",
    ),
    # Model, white backdrop: pink cotton straight kurta, pink sharara, no dupatta. Base BLIP-2 zero-shot; the closed
    # type question answers dress.
    case(
        "X1181-015",
        caption("a woman in a pink kurta and pink pants"),
        wearing("a pink kurta"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        garment_type("dress", "contradiction"),
        material("cotton"),
        gender=WOMEN,
        title="Aurelia Women Pink Solid Pure Cotton Kurta with Sharara",
        category=SETS,
        color="Pink",
    ),
    # Model: mustard lehenga and blouse, mustard dupatta pleated across the torso and over the shoulder like a saree
    # pallu. Base BLIP-2 zero-shot; the drape makes it a saree in the caption, wearing and the yes/no question.
    case(
        "X1181-016",
        caption("a woman in a yellow saree", "contradiction"),
        wearing("a saree", "contradiction"),
        col("lehenga", "yellow"),
        col("blouse", "yellow"),
        col("dupatta", "yellow"),
        is_a("lehenga", "no", "contradiction"),
        gender=WOMEN,
        title="Ethnovog Women Mustard Yellow Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category=LEHENGA,
        color="Mustard",
    ),
    # Back view: multicolour patchwork-print flared skirt, black top. Base BLIP-2 zero-shot; the description is right
    # as far as it goes but rambles to the limit and stops mid-phrase.
    case(
        "X1181-017",
        caption("the back of a woman in a colorful skirt"),
        col("skirt", "multicolored"),
        col("top", "black"),
        describe(
            "skirt",
            "it is a long skirt with a lot of different colors and patterns on it, it is a very colorful skirt and it"
            " is very comfortable to",
            "cut",
            hit_limit=True,
        ),
        pattern("patchwork"),
        is_a("skirt", "yes"),
        gender=WOMEN,
        title="Rain & Rainbow Women Multicoloured Printed Flared Skirt",
        category=SKIRTS,
        color="Multi",
    ),
    # Model: teal silk-blend lehenga with embroidery, pink blouse, pink dupatta on the shoulder. Base BLIP-2 zero-shot;
    # all right.
    case(
        "X1181-018",
        caption("a woman in a blue lehenga with a pink dupatta"),
        wearing("a lehenga choli"),
        col("lehenga", "blue"),
        col("blouse", "pink"),
        col("dupatta", "pink"),
        details("lehenga", "the lehenga has a lot of embroidery"),
        gender=WOMEN,
        title="Kalini Teal & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Teal",
    ),
    # Model: beige kurta with gold neckline embroidery, beige sharara, beige dupatta with gold border. Base BLIP-2
    # zero-shot; the wearing answer calls her he.
    case(
        "X1181-019",
        caption("a woman in a beige outfit"),
        wearing("he is wearing a kurta and pants", "pronoun"),
        col("kurta", "beige"),
        col("sharara", "beige"),
        col("dupatta", "beige"),
        details("kurta", "gold embroidery on the neck"),
        garment_type("kurta"),
        gender=WOMEN,
        title="Soch Women Beige & Gold Embroidered Kurta with Sharara & Dupatta",
        category=SETS,
        color="Beige",
    ),
    # Model: off-white flared skirt, red printed short kurti over it. Base BLIP-2 zero-shot; the skirt color answer
    # gives the kurti's red.
    case(
        "X1181-020",
        caption("a woman in a red top and white skirt"),
        wearing("a red top and a white skirt"),
        col("skirt", "red", "other_garment_color"),
        col("top", "red"),
        describe("skirt", "it is a white skirt"),
        is_a("skirt", "yes"),
        gender=WOMEN,
        title="Biba Women Off-White Solid Flared Skirt",
        category=SKIRTS,
        color="Off White",
    ),
    # Flat lay: green silk lehenga fabric with gold zari folded in a stack, gold blouse piece, green dupatta folded on
    # top. Base BLIP-2 zero-shot; folded fabric read as a saree.
    case(
        "X1181-021",
        caption("a green and gold silk saree", "contradiction"),
        garment_type("saree", "contradiction"),
        col("lehenga", "green"),
        col("blouse", "gold"),
        col("dupatta", "green"),
        material("silk"),
        gender=WOMEN,
        title="Pothys Women Green & Gold-Toned Woven Design Silk Unstitched Lehenga & Blouse with Dupatta",
        category=LEHENGA,
        color="Green",
    ),
    # Model: white kurta with a multicolour floral print, pink sharara, pink dupatta with a white print. Base BLIP-2
    # zero-shot; the dupatta answer loops to the limit.
    case(
        "X1181-022",
        caption("a woman in a white and pink floral outfit"),
        wearing("a white kurta with pink pants"),
        col("kurta", "white"),
        col("sharara", "pink"),
        col(
            "dupatta",
            "pink and white and pink and white and pink and white and pink and white and pink and white and pink and"
            " white and",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        gender=WOMEN,
        title="Rangriti Women Multicoloured Floral Printed Kurta with Sharara & Dupatta",
        category=SETS,
        color="Multi",
    ),
    # Model: lavender lehenga, silver sequinned sleeveless blouse, lavender dupatta. Base BLIP-2 zero-shot; the blouse
    # gets the lehenga's purple.
    case(
        "X1181-023",
        caption("a woman in a purple lehenga"),
        wearing("a purple lehenga"),
        col("lehenga", "purple"),
        col("blouse", "purple", "other_garment_color"),
        col("dupatta", "purple"),
        details("blouse", "it is a sleeveless blouse with sequins"),
        gender=WOMEN,
        title="Mitera Women Lavender & Silver Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Lavender",
    ),
    # Model, grey backdrop: red cotton maxi skirt with white paisley print, black crop top. Base BLIP-2 zero-shot; one
    # answer echoes the prompt's "Answer:", one says just "no".
    case(
        "X1181-024",
        caption("a woman in a black top and red skirt"),
        col("skirt", "red"),
        col("top", "Answer: black", "leak"),
        pattern("paisley"),
        details("skirt", "no", "non_answer"),
        material("cotton"),
        gender=WOMEN,
        title="Tikhi Imli Women Red Paisley Printed Cotton Flared Maxi Skirt",
        category=SKIRTS,
        color="Red",
    ),
    # Model, grey backdrop: mustard kurta, mustard sharara, mustard dupatta, nothing green anywhere. Base BLIP-2
    # zero-shot; the caption gives the dupatta a green the color answers and the photo deny.
    case(
        "X1181-025",
        caption("a woman in a yellow kurta with a green dupatta", "contradiction"),
        wearing("a yellow kurta"),
        col("kurta", "yellow"),
        col("sharara", "yellow"),
        col("dupatta", "yellow"),
        gender=WOMEN,
        title="Varanga Women Mustard Yellow Embroidered Kurta with Sharara & Dupatta",
        category=SETS,
        color="Mustard",
    ),
    # Model: pink lehenga, blue blouse, blue dupatta pinned on the shoulder. Base BLIP-2 zero-shot; the description
    # only names the garment, the dupatta gets the lehenga's pink.
    case(
        "X1181-026",
        caption("a woman in a pink and blue lehenga"),
        describe("lehenga", "it's a lehenga", "non_answer"),
        col("lehenga", "pink"),
        col("blouse", "blue"),
        col("dupatta", "pink", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender=WOMEN,
        title="Inddus Women Pink & Blue Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Pink",
    ),
    # Model: black cotton skirt with gold block print, black kurti with gold print; the feed row lacks the category.
    # Base BLIP-2 zero-shot; all right.
    case(
        "X1181-027",
        caption("a woman in a black outfit with gold print"),
        col("skirt", "black"),
        col("top", "black"),
        details("skirt", "gold print"),
        pattern("printed"),
        material("cotton"),
        gender=WOMEN,
        title="Jaipur Kurti Women Black & Gold-Toned Printed Cotton Flared Skirt",
        color="Black",
    ),
    # Model: navy kurta with white print, navy sharara, white dupatta with navy print wrapped over one shoulder and
    # across the front. Base BLIP-2 zero-shot; the wrap reads as a saree, the dupatta gets the kurta's blue.
    case(
        "X1181-028",
        caption("a woman in a blue kurta and white scarf"),
        wearing("a blue saree", "contradiction"),
        col("kurta", "blue"),
        col("sharara", "blue"),
        col("dupatta", "blue", "other_garment_color"),
        describe("kurta", "a blue kurta with white flowers"),
        material("rayon"),
        gender=WOMEN,
        title="Libas Women Navy Blue Printed Rayon Kurta with Sharara & Dupatta",
        category=SETS,
        color="Navy Blue",
    ),
    # Back view: black georgette lehenga, black blouse with tie-up dori and tassels, gold dupatta folded over the arm.
    # Base BLIP-2 zero-shot; silk against the title's georgette.
    case(
        "X1181-029",
        caption("the back of a woman in a black lehenga"),
        wearing("a black lehenga"),
        col("lehenga", "black"),
        col("blouse", "black"),
        col("dupatta", "gold"),
        details("blouse", "tassels"),
        material("silk", "contradiction"),
        gender=WOMEN,
        title="Scakhi Women Black & Gold-Toned Embroidered Georgette Ready to Wear Lehenga & Blouse with Dupatta",
        category=LEHENGA,
        color="Black",
    ),
    # Model: teal cotton flared skirt with mirror work at the hem, white top, matte fabric. Base BLIP-2 zero-shot; the
    # top gets the skirt's green, and velvet is invented.
    case(
        "X1181-030",
        caption("a woman in a green skirt with mirror work"),
        col("skirt", "green"),
        col("top", "green", "other_garment_color"),
        details("skirt", "mirror work on the bottom"),
        material("velvet", "unsupported"),
        gender=WOMEN,
        title="Anouk Women Teal Green Embroidered Flared Ethnic Skirt",
        category=SKIRTS,
        color="Teal",
    ),
    # Model: green kurta with pink print, pink sharara, no dupatta. Base BLIP-2 zero-shot; the sharara gets the kurta's
    # green, and the sharara details answer came back empty.
    case(
        "X1181-031",
        caption("a woman in a green and pink outfit"),
        wearing("a green kurta and pink pants"),
        col("kurta", "green"),
        col("sharara", "green", "other_garment_color"),
        details("sharara", "", "non_answer"),
        gender=WOMEN,
        title="W Women Green & Pink Printed Kurta with Sharara",
        category=SETS,
        color="Green",
    ),
    # Model, white backdrop: champagne gold sequinned georgette lehenga, same blouse, sheer champagne net dupatta that
    # shows the white backdrop through it. Base BLIP-2 zero-shot; the dupatta read as white, silk invented.
    case(
        "X1181-032",
        caption("a woman in a gold sequin lehenga"),
        col("lehenga", "gold"),
        col("blouse", "gold"),
        col("dupatta", "white", "contradiction"),
        describe("lehenga", "a gold lehenga with sequins"),
        material("silk", "unsupported"),
        gender=WOMEN,
        title="Anouk Women Gold-Toned Sequinned Ready to Wear Lehenga & Blouse with Dupatta",
        category=LEHENGA,
        color="Gold",
    ),
    # Model barefoot on a plain white studio floor: pink tiered maxi skirt with small flowers, white top. Base BLIP-2
    # zero-shot; the caption invents a beach, the details answer only names the skirt.
    case(
        "X1181-033",
        caption("a woman in a pink skirt standing on a beach", "unsupported"),
        wearing("a pink skirt and white top"),
        col("skirt", "pink"),
        col("top", "white"),
        describe("skirt", "a long pink skirt"),
        details("skirt", "it is a pink skirt", "non_answer"),
        pattern("floral"),
        gender=WOMEN,
        title="Global Desi Women Pink Printed Tiered Maxi Skirt",
        category=SKIRTS,
        color="Pink",
    ),
    # Model: maroon silk-blend kurta, maroon sharara, maroon dupatta with gold border. Base BLIP-2 zero-shot; the
    # details answer says the question back.
    case(
        "X1181-034",
        caption("a woman in a red outfit with a red scarf"),
        col("kurta", "red"),
        col("sharara", "red"),
        col("dupatta", "red"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        material("silk"),
        gender=WOMEN,
        title="Indo Era Women Maroon Embroidered Silk Blend Kurta with Sharara & Dupatta",
        category=SETS,
        color="Maroon",
    ),
    # Model: peach lehenga with green floral print, green blouse, peach dupatta over the arm. Base BLIP-2 zero-shot;
    # the dupatta gets the blouse's green, and the lehenga is denied.
    case(
        "X1181-035",
        caption("a woman in a peach and green floral dress"),
        wearing("a dress"),
        col("lehenga", "peach"),
        col("blouse", "green"),
        col("dupatta", "green", "other_garment_color"),
        is_a("lehenga", "no", "contradiction"),
        gender=WOMEN,
        title="Kalini Women Peach-Coloured & Green Printed Ready to Wear Lehenga & Blouse with Dupatta",
        category=LEHENGA,
        color="Peach",
    ),
    # Model: mustard cotton flared skirt with black and white block print, white shirt; the feed row lacks the gender.
    # Base BLIP-2 zero-shot; the description loops to the limit.
    case(
        "X1181-036",
        caption("a woman in a yellow skirt and white shirt"),
        col("skirt", "yellow"),
        col("top", "white"),
        describe(
            "skirt",
            "a yellow skirt with a black and white print on it and a black and white print on it and a black and white"
            " print on it",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Sangria Women Mustard Yellow Printed Cotton Flared Skirt",
        category=SKIRTS,
        color="Mustard",
    ),
    # Flat lay on white: off-white round-neck kurta with a keyhole opening, green sharara, off-white dupatta with green
    # print, all folded. Base BLIP-2 zero-shot; the kurta is called a shirt and given a collar and buttons.
    case(
        "X1181-037",
        caption("a white shirt and green pants on a white background"),
        garment_type("shirt", "contradiction"),
        col("kurta", "white"),
        col("sharara", "green"),
        col("dupatta", "white"),
        details("kurta", "it has a collar and buttons", "unsupported"),
        material("cotton"),
        gender=WOMEN,
        title="Fabindia Women Off-White & Green Printed Cotton Kurta with Sharara & Dupatta",
        category=SETS,
        color="Off White",
    ),
    # Model seated on a gilded chair: sea green lehenga with silver sequins, sea green blouse, sea green dupatta. Base
    # BLIP-2 zero-shot; the blouse gets the chair's gold.
    case(
        "X1181-038",
        caption("a woman in a green lehenga sitting on a gold chair"),
        wearing("a green lehenga"),
        col("lehenga", "green"),
        col("blouse", "gold", "contradiction"),
        col("dupatta", "green"),
        is_a("lehenga", "yes"),
        gender=WOMEN,
        title="Mabish by Sonal Jain Women Sea Green Embellished Ready to Wear Lehenga & Blouse with Dupatta",
        category=LEHENGA,
        color="Sea Green",
    ),
    # Model: blue flared skirt with white bandhani dots, plain top in the same blue; the feed row lacks the color. Base
    # BLIP-2 zero-shot; the top gets the white of the skirt's dots.
    case(
        "X1181-039",
        caption("a woman in a blue top and skirt"),
        col("skirt", "blue"),
        col("top", "white", "other_garment_color"),
        pattern("polka dots"),
        details("skirt", "it has white dots"),
        gender=WOMEN,
        title="Juniper Women Blue & White Bandhani Printed Flared Skirt",
        category=SKIRTS,
    ),
    # Model: red kurta with gold ethnic-motif print, red sharara, red dupatta. Base BLIP-2 zero-shot; the material
    # answer runs on into invented questions to the limit.
    case(
        "X1181-040",
        caption("a woman in a red kurta and red pants"),
        col("kurta", "red"),
        col("sharara", "red"),
        col("dupatta", "red"),
        material(
            "cotton Question: What is the color of the garment? Answer: red Question: What is the pattern of the"
            " garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        pattern("printed"),
        gender=WOMEN,
        title="Anubhutee Women Red Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category=SETS,
        color="Red",
    ),
    # Model: royal blue net lehenga with embroidery, blue blouse, silver net dupatta. Base BLIP-2 zero-shot; the dupatta
    # gets the lehenga's blue, details gets no answer, silk is invented for net.
    case(
        "X1181-041",
        caption("a woman in a blue lehenga"),
        col("lehenga", "blue"),
        col("blouse", "blue"),
        col("dupatta", "blue", "other_garment_color"),
        details("lehenga", "i don't know", "non_answer"),
        material("silk", "unsupported"),
        gender=WOMEN,
        title="Warthy Ent Women Blue & Silver Embellished Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Blue",
    ),
    # Back view, long braid: maroon printed flared skirt, beige top. Base BLIP-2 zero-shot; the top gets the skirt's
    # red.
    case(
        "X1181-042",
        caption("the back of a woman with a long braid in a red skirt"),
        wearing("a skirt and a top", who="she"),
        col("skirt", "red"),
        col("top", "red", "other_garment_color"),
        is_a("skirt", "yes"),
        gender=WOMEN,
        title="Biba Women Maroon Printed Flared Skirt",
        category=SKIRTS,
        color="Maroon",
    ),
    # Model: lime green short embroidered kurti, lime green gharara, pink dupatta. Base BLIP-2 zero-shot; the dupatta
    # color answer gives the set's green although the caption has it pink.
    case(
        "X1181-043",
        caption("a woman in a green outfit with a pink dupatta"),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "green", "other_garment_color"),
        describe("kurta", "a short green kurta with embroidery"),
        gender=WOMEN,
        title="Libas Women Lime Green Embroidered Kurti with Gharara & Dupatta",
        category=SETS,
        color="Lime Green",
    ),
    # Model: red art silk lehenga, green embroidered blouse, green dupatta with red border. Base BLIP-2 zero-shot; the
    # blouse gets the lehenga's red.
    case(
        "X1181-044",
        caption("a woman in a red and green lehenga"),
        wearing("a red lehenga and green blouse"),
        col("lehenga", "red"),
        col("blouse", "red", "other_garment_color"),
        col("dupatta", "green"),
        details("blouse", "the blouse has embroidery"),
        material("silk"),
        gender=WOMEN,
        title="Varanga Women Red & Green Embroidered Art Silk Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Red",
    ),
    # Model: black rayon tiered maxi skirt, white tee under a blue denim jacket; the feed row lacks the gender. Base
    # BLIP-2 zero-shot; the material answer gives the jacket's denim for the flowing skirt.
    case(
        "X1181-045",
        caption("a woman in a denim jacket and black skirt"),
        wearing("a jean jacket and a black skirt"),
        col("skirt", "black"),
        col("top", "white"),
        describe("skirt", "a long black skirt"),
        material("denim", "contradiction"),
        title="Global Desi Women Black Solid Tiered Maxi Skirt",
        category=SKIRTS,
        color="Black",
    ),
]
