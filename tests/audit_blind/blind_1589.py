"""BLIND_1589 (45 products; Myntra ethnic skirts, lehengas and sharara sets, base BLIP-2 per-piece colors): written
blind in the sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 38/63 failures found
(60.3%) and 5/207 correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed of 45 products: 15 lehenga sets (article type "Lehenga Choli"), 15
sharara sets (article type "Kurta Sets") and 15 ethnic skirts ("Skirts"). The photos are the catalog's usual first
image: a model on a plain studio backdrop wearing the product, skirts worn with a plain top of another color, now and
then a prop (a stool, a chair, a potli bag, marigolds, a plant), one flat lay, two back views, one shot cropped at the
waist. The questionnaire asks for the color of each piece the article type has: lehenga, blouse and dupatta for a
lehenga set; kurta, sharara and dupatta for a sharara set; the skirt for a skirt. It asks the dupatta even where the
title sells the set without one. Besides: "What is the person wearing?", "Is this a lehenga / sharara / skirt?", and
for skirts the pattern question; "Describe the skirt." and the material question on some products.
Who wrote what: every text is base Salesforce/blip2-opt-2.7b, zero-shot, no adapter, 8-bit, greedy. The caption is
generated with no prompt (50 new tokens at most); every answer comes from a `Question: ... Answer:` prompt (30 new
tokens at most), the per-piece colors as free generation (stored open). The base model usually stops at the newline,
so answers are short; the few long ones ran to the limit.
Labeling conventions and judgement calls: I judged each text against the photo I imagined (described above each case)
and the title. Hue names are accepted at the level the base model names colors: maroon or burgundy called red or maroon,
magenta or peach called pink, teal or sea green called green, lavender called purple. A color that belongs to another
piece of the outfit (the top worn with a skirt, the blouse, the dupatta, the kurta) is other_garment_color, also when
the answer repeats the main piece's color for a contrasting blouse or dupatta. A color no piece has (navy in dim light
called black, lavender washed out to white, olive called brown, the gold of the embroidery given as the color of a black
blouse or a maroon dupatta) is contradiction. "Saree" for a lehenga whose dupatta is draped like a pallu is
contradiction; generic "salwar suit", "salwar kameez", "kurta and pants" or "palazzo pants" for a sharara set, and
"dress" for a long kurta, are accepted. A "no" to "Is this a lehenga/sharara?" on a product that is one is
contradiction. A dupatta color for a set sold without a dupatta, a dupatta in the caption of such a set, a shirt and a
wearer invented for a flat lay, and a material the title contradicts are unsupported. A pattern word or an empty string
given as a color, and "it is a skirt" for "Describe the skirt.", are non_answer; the question's words given back ("the
color of the dupatta", "the skirt is a skirt") are restated. Texts that ran to the token limit are hit_limit and labeled
by what dominates: loop when a phrase repeats, cut when the sentence is new to the end, leak when the prompt format
comes back. A "man" for the woman in the waist-down crop is pronoun. Multi-colored answers ("orange and pink",
"multicolored", "colorful") are right when the piece has those colors. About a quarter of the texts are wrong, fewer
than the usual four in ten: the base model answers short color questions well when a set is one color, and its failures
gather on contrasting pieces and on the long answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, is_a, wearing


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The per-piece color question, answered by free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material

BLIND_1589 = [
    # Photo: model in a maroon velvet lehenga with gold zari embroidery, matching maroon blouse, a pale pink net dupatta
    # over one shoulder; beige backdrop. Base BLIP-2 wrote every text. The dupatta gets the lehenga's color; "silk"
    # for visible velvet (and the title says velvet).
    case(
        "X1589-001",
        caption("a woman in a red and gold lehenga standing in front of a white wall"),
        wearing("a red lehenga"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red", "other_garment_color"),
        is_a("lehenga", "yes"),
        material("silk", "unsupported"),
        gender="Women",
        title=(
            "Anouk Women Maroon & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse with Dupatta"
        ),
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: green short kurta and green sharara with a white block print, an off-white dupatta with a thin green border
    # held in both hands; grey backdrop. Base BLIP-2 wrote every text. The dupatta answer takes the kurta's green; the
    # model does not know the word sharara and says no.
    case(
        "X1589-002",
        caption("a woman in a green and white salwar suit"),
        wearing("a green salwar kameez"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green", "other_garment_color"),
        is_a("sharara", "no", "contradiction"),
        gender="Women",
        title="Libas Women Green Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: navy maxi skirt with a white floral block print, worn with a plain white top; framed from the shoulders
    # down. Base BLIP-2 wrote every text. The skirt answer is the top's white.
    case(
        "X1589-003",
        caption("a woman wearing a blue and white floral skirt"),
        wearing("a white shirt and a blue skirt"),
        piece("skirt", "white", "other_garment_color"),
        pattern("floral"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Navy Blue & White Floral Printed Pure Cotton Flared Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: mustard three-tier maxi skirt with a small rust and black ethnic-motif print, black tank top, a straw bag
    # in hand; white backdrop. Base BLIP-2 wrote every text. "striped": the tier seams read as bands; there are no
    # stripes. No gender column in this row.
    case(
        "X1589-004",
        caption("a woman in a yellow skirt and black top holding a straw bag"),
        wearing("a yellow skirt"),
        piece("skirt", "yellow"),
        pattern("striped", "contradiction"),
        is_a("skirt", "yes"),
        title="Global Desi Women Mustard Yellow Ethnic Motifs Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Photo: mustard lehenga with a pink border, pink blouse, pink dupatta with gota edging; marigold garlands as props
    # on a cream backdrop (a haldi shoot). Base BLIP-2 wrote every text. Blouse and dupatta both get the lehenga's
    # yellow.
    case(
        "X1589-005",
        caption("a woman in a yellow lehenga with flowers"),
        wearing("a yellow and pink lehenga"),
        piece("lehenga", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        piece("dupatta", "yellow", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="SCAKHI Women Mustard Yellow & Pink Thread Work Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: rose-pink kurta with mirror and thread work at the yoke, pink sharara, pink dupatta, all one shade; hand on
    # hip, grey backdrop. Base BLIP-2 wrote every text; all right (one color for every piece is the truth here).
    case(
        "X1589-006",
        caption("a woman in a pink sharara suit"),
        wearing("a pink kurta and pants"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Indo Era Women Pink Ethnic Motifs Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: cropped at the waist, face out of frame: a maroon A-line skirt with a gold gota border at the hem, a white
    # top tucked in, juttis. Base BLIP-2 wrote every text. The caption calls the wearer a man.
    case(
        "X1589-007",
        caption("a man in a red skirt and white shirt", "pronoun"),
        wearing("a red skirt"),
        piece("skirt", "red"),
        pattern("solid"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Sangria Women Maroon Solid A-Line Ethnic Skirt with Gota Detail",
        category="Skirts",
        color="Maroon",
    ),
    # Photo: teal lehenga with silver sequins, matching teal blouse, no dupatta (the title sells none); silver jhumkas;
    # white backdrop. Base BLIP-2 wrote every text. The caption invents a dupatta, the dupatta question gets a color.
    case(
        "X1589-008",
        caption("a woman in a green lehenga and dupatta with silver sequins", "unsupported"),
        wearing("a green lehenga"),
        piece("lehenga", "green"),
        piece("blouse", "green"),
        piece("dupatta", "silver", "unsupported"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Kalini Women Teal Green Sequinned Lehenga & Blouse",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: off-white long kurta with a small green floral print, solid green sharara, green printed dupatta; the model
    # sits on a cane chair. Base BLIP-2 wrote every text. Sharara and dupatta both get the kurta's white.
    case(
        "X1589-009",
        caption("a woman in a white and green dress sitting on a chair"),
        wearing("a white kurta and green pants"),
        piece("kurta", "white"),
        piece("sharara", "white", "other_garment_color"),
        piece("dupatta", "white", "other_garment_color"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Varanga Women Off White & Green Floral Printed Kurta With Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: patchwork ethnic skirt with red, royal blue and yellow panels and mirror work, black crop top; white
    # backdrop. Base BLIP-2 wrote every text. The skirt answer is the top's black; the description says nothing.
    case(
        "X1589-010",
        caption("a woman in a colorful skirt and black top"),
        wearing("a colorful skirt"),
        piece("skirt", "black", "other_garment_color"),
        describe("skirt", "the skirt is a skirt", "restated"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Rangriti Women Multicoloured Patchwork Mirror Work Flared Ethnic Skirt",
        category="Skirts",
        color="Multi",
    ),
    # Photo: pink Banarasi-style lehenga with gold woven motifs, gold blouse, pink dupatta draped over the head and one
    # shoulder like a saree pallu; plain backdrop. Base BLIP-2 wrote every text. Caption and wearing say saree; the
    # per-piece answers and the yes/no are right.
    case(
        "X1589-011",
        caption("a woman in a pink and gold saree", "contradiction"),
        wearing("a pink saree", "contradiction"),
        piece("lehenga", "pink"),
        piece("blouse", "gold"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Women Pink & Gold-Toned Woven Design Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: blue straight kurta with a white bandhani-style print, plain white sharara, no dupatta (none sold); light
    # grey backdrop. Base BLIP-2 wrote every text. The sharara gets the kurta's blue; a dupatta color is invented.
    case(
        "X1589-012",
        caption("a woman in a blue and white outfit"),
        wearing("a blue kurta and white pants"),
        piece("kurta", "blue"),
        piece("sharara", "blue", "other_garment_color"),
        piece("dupatta", "white", "unsupported"),
        is_a("sharara", "yes"),
        gender="Women",
        title="W Women Blue Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: green cotton maxi skirt with large pink flowers, short white kurti top, the model spreads the flare with
    # both hands. Base BLIP-2 wrote every text. The skirt color runs away into a loop to the 30-token limit.
    case(
        "X1589-013",
        caption("a woman in a green floral skirt"),
        wearing("a white top and a green skirt"),
        piece(
            "skirt",
            "green and pink and green and pink and green and pink and green and pink and green and pink and green and"
            " pink and green and pink and green and",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        material("cotton"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Jompers Women Green & Pink Floral Printed Cotton Flared Maxi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Photo: pastel lavender lehenga with silver thread embroidery, lavender blouse, white net dupatta; strong studio
    # light washes the lavender out on a white backdrop. Base BLIP-2 wrote every text. Caption and wearing say white;
    # the per-piece answers see purple.
    case(
        "X1589-014",
        caption("a woman in a white lehenga standing in front of a white wall", "contradiction"),
        wearing("a white lehenga", "contradiction"),
        piece("lehenga", "purple"),
        piece("blouse", "purple"),
        piece("dupatta", "white"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Sztori Women Lavender Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: maroon kurta with a gold embroidered yoke, maroon sharara, maroon dupatta with a gold border; gold
    # earrings; model turned three-quarters; beige backdrop. Base BLIP-2 wrote every text. The wearing answer runs to
    # the limit mid-phrase; the dupatta gets the color of its border.
    case(
        "X1589-015",
        caption("a woman in a maroon kurta and sharara with a dupatta"),
        wearing(
            "a maroon salwar suit with gold embroidery on the neckline and a maroon dupatta with a gold border and a"
            " pair of gold earrings and a",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "maroon"),
        piece("sharara", "maroon"),
        piece("dupatta", "gold", "contradiction"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Ishin Women Maroon Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: back view: a black flared skirt with white bandhani dots, a red top; white backdrop. Base BLIP-2 wrote
    # every text. The skirt answer is the top's red.
    case(
        "X1589-016",
        caption("the back of a woman in a black and white skirt"),
        wearing("a red shirt and a black skirt"),
        piece("skirt", "red", "other_garment_color"),
        pattern("polka dot"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Tikhi Imli Women Black & White Bandhani Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: bridal-style red lehenga with a green border, green blouse, red dupatta with a green border over the head;
    # heavy kundan jewelry; plain backdrop. Base BLIP-2 wrote every text. The caption loops to the 50-token limit; the
    # blouse gets the lehenga's red.
    case(
        "X1589-017",
        caption(
            "a woman in a red and green lehenga with a red and green dupatta and a red and green dupatta and a red and"
            " green dupatta and a red and green dupatta and a red and green dupatta and a red and green dupatta and a"
            " red and green dupatta",
            "loop",
            hit_limit=True,
        ),
        wearing("a red lehenga"),
        piece("lehenga", "red"),
        piece("blouse", "red", "other_garment_color"),
        piece("dupatta", "red"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ethnovog Women Red & Green Embellished Made to Measure Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: yellow kurta with a white floral print, yellow sharara with the same print, white dupatta with a yellow
    # floral border; gold jhumkas; plain backdrop. Base BLIP-2 wrote every text. The wearing answer runs to the limit;
    # the sharara answer is right but continues with the prompt format.
    case(
        "X1589-018",
        caption("a woman in a yellow kurta with white flowers"),
        wearing(
            "a yellow kurta with white flowers and a white dupatta with yellow flowers and yellow pants with white"
            " flowers and a pair of gold earrings and",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "yellow"),
        piece("sharara", "yellow Question: What is the color of the dupatta? Answer: white", "leak"),
        piece("dupatta", "white"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Biba Women Yellow Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: flat lay: an indigo cotton A-line skirt with small white floral butis laid on a white surface; no person.
    # Base BLIP-2 wrote every text. The wearing answer invents a white shirt on a wearer who is not there. No gender
    # column in this row.
    case(
        "X1589-019",
        caption("a blue and white skirt on a white background"),
        wearing("a blue skirt and a white shirt", "unsupported"),
        piece("skirt", "blue"),
        pattern("floral"),
        material("cotton"),
        is_a("skirt", "yes"),
        title="Fabindia Women Indigo Cotton Block Printed A-Line Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Photo: peach lehenga, bottle-green blouse, peach dupatta held spread out behind her; plain backdrop. Base BLIP-2
    # wrote every text. Blouse and dupatta swap: the blouse gets the lehenga's peach, the dupatta the blouse's green.
    case(
        "X1589-020",
        caption("a woman in a pink lehenga holding a dupatta"),
        wearing("a peach lehenga"),
        piece("lehenga", "peach"),
        piece("blouse", "peach", "other_garment_color"),
        piece("dupatta", "green", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Women Peach-Coloured & Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: navy kurta with silver embroidery, navy sharara, navy dupatta with a silver border; dim studio light on a
    # dark grey backdrop. Base BLIP-2 wrote every text. In the dark, navy is called black three times; the caption and
    # the kurta answer see blue.
    case(
        "X1589-021",
        caption("a woman in a dark blue kurta and pants"),
        wearing("a black salwar suit", "contradiction"),
        piece("kurta", "blue"),
        piece("sharara", "black", "contradiction"),
        piece("dupatta", "black", "contradiction"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Sangria Women Navy Blue Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: rust maxi skirt with a gold foil print, white sleeveless top, a potted plant beside her. Base BLIP-2 wrote
    # every text. The description says only what the garment is.
    case(
        "X1589-022",
        caption("a woman in an orange skirt standing next to a plant"),
        wearing("a skirt"),
        piece("skirt", "orange"),
        pattern("printed"),
        describe("skirt", "it is a skirt", "non_answer"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Kvsfab Women Rust Orange Foil Printed Flared Maxi Skirt",
        category="Skirts",
        color="Rust",
    ),
    # Photo: royal blue georgette lehenga with heavy sequins, royal blue blouse, sky blue net dupatta; party pose on a
    # grey backdrop. Base BLIP-2 wrote every text. "silk" where the title says georgette.
    case(
        "X1589-023",
        caption("a woman in a blue lehenga with sequins"),
        wearing("a blue lehenga"),
        piece("lehenga", "blue"),
        piece("blouse", "blue"),
        piece("dupatta", "blue"),
        is_a("lehenga", "yes"),
        material("silk", "unsupported"),
        gender="Women",
        title="Warthy Ent Women Royal Blue Sequinned Georgette Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: teal kurta with a gold foil print, teal sharara, a pink-and-teal printed dupatta draped across the front,
    # over the sharara. Base BLIP-2 wrote every text. The sharara answer takes the dupatta's pink; the dupatta answer
    # gives the question back.
    case(
        "X1589-024",
        caption("a woman in a teal kurta and palazzo pants"),
        wearing("a green kurta and green pants"),
        piece("kurta", "teal"),
        piece("sharara", "pink", "other_garment_color"),
        piece("dupatta", "the color of the dupatta", "restated"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Juniper Women Teal Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: white cotton A-line skirt with white chikankari, a pale blue short kurti on top; white backdrop. Base
    # BLIP-2 wrote every text. The skirt answer is the top's blue.
    case(
        "X1589-025",
        caption("a woman in a white skirt and blue top"),
        wearing("a blue top and white skirt"),
        piece("skirt", "blue", "other_garment_color"),
        pattern("embroidered"),
        material("cotton"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Ishin Women White Chikankari Embroidered Cotton A-Line Skirt",
        category="Skirts",
        color="White",
    ),
    # Photo: green lehenga with a pink floral print, pink blouse, pink dupatta; the model sits on a wooden stool. Base
    # BLIP-2 wrote every text. One color, the lehenga's, for all three pieces.
    case(
        "X1589-026",
        caption("a woman sitting on a stool in a green and pink lehenga"),
        wearing("a green lehenga"),
        piece("lehenga", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "green", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Kalini Women Green & Pink Floral Printed Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: black kurta with gold printed motifs, black sharara with a gold border, sheer black dupatta with a gold
    # print; plain backdrop. Base BLIP-2 wrote every text; all right. No gender column in this row.
    case(
        "X1589-027",
        caption("a woman in a black and gold kurta"),
        wearing("a black kurta and black pants"),
        piece("kurta", "black"),
        piece("sharara", "black"),
        piece("dupatta", "black"),
        is_a("sharara", "yes"),
        title="Aurelia Women Black Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: olive green tiered maxi skirt with small white flowers, cream top, a wooden stool beside her. Base BLIP-2
    # wrote every text. The skirt answer calls olive brown; caption and wearing say green.
    case(
        "X1589-028",
        caption("a woman in a green skirt and white top"),
        wearing("a green skirt and a white shirt"),
        piece("skirt", "brown", "contradiction"),
        pattern("floral"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Vishudh Women Olive Green Floral Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Olive",
    ),
    # Photo: off-white lehenga with pink floral thread embroidery, pink blouse, off-white net dupatta; the model twirls.
    # Base BLIP-2 wrote every text. The dupatta gets the blouse's pink.
    case(
        "X1589-029",
        caption("a woman in a white lehenga twirling"),
        wearing("a white and pink lehenga"),
        piece("lehenga", "white"),
        piece("blouse", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Varanga Women Off White & Pink Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Photo: peach cotton kurta with a floral print, peach sharara, no dupatta (none sold); plain backdrop. Base BLIP-2
    # wrote every text. A dupatta color is invented; "silk" where the title says pure cotton.
    case(
        "X1589-030",
        caption("a woman in a pink kurta and pants"),
        wearing("a pink kurta and pink pants"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink", "unsupported"),
        material("silk", "unsupported"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Peach-Coloured Floral Printed Pure Cotton Kurta with Sharara",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: magenta brocade flared skirt with gold woven flowers and a gold border, sleeveless gold top; plain
    # backdrop. Base BLIP-2 wrote every text. The description runs to the limit mid-phrase.
    case(
        "X1589-031",
        caption("a woman in a pink and gold skirt"),
        wearing("a pink skirt and a gold top"),
        piece("skirt", "pink"),
        pattern("floral"),
        describe(
            "skirt",
            "a long pink skirt with a gold border at the bottom and gold flowers all over it, worn with a sleeveless"
            " gold top and gold",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender="Women",
        title="Anouk Women Magenta & Gold-Toned Woven Design Flared Ethnic Skirt",
        category="Skirts",
        color="Magenta",
    ),
    # Photo: yellow lehenga with a green leaf print, green blouse, yellow dupatta; plain backdrop. Base BLIP-2 wrote
    # every text. The blouse answer (green, right) goes on with the prompt format to the limit; "no" to the lehenga.
    case(
        "X1589-032",
        caption("a woman in a yellow and green lehenga"),
        wearing("a yellow lehenga"),
        piece("lehenga", "yellow"),
        piece(
            "blouse",
            "green Question: What is the color of the dupatta? Answer: yellow Question: What is the color of the"
            " lehenga? Answer:",
            "leak",
            hit_limit=True,
        ),
        piece("dupatta", "yellow"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Readiprint Fashions Women Yellow & Green Printed Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: sea green kurta with white thread embroidery, sea green sharara, white organza dupatta; a potli bag in her
    # hand. Base BLIP-2 wrote every text. The dupatta gets the kurta's green.
    case(
        "X1589-033",
        caption("a woman in a green kurta holding a bag"),
        wearing("a green kurta and green pants"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green", "other_garment_color"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Libas Women Sea Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: beige flared maxi skirt with a gold embroidered border, maroon top; plain backdrop. Base BLIP-2 wrote
    # every text. The skirt answer is the top's maroon.
    case(
        "X1589-034",
        caption("a woman in a beige skirt and maroon top"),
        wearing("a long skirt"),
        piece("skirt", "maroon", "other_garment_color"),
        pattern("solid"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Readiprint Fashions Women Beige Embroidered Flared Maxi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Photo: back view: red lehenga, red blouse with a tie-back dori and tassels, red dupatta over the head covering the
    # hair and falling down the back. Base BLIP-2 wrote every text. From behind the caption reads the dupatta as a
    # saree; the wearing answer gets it right. No category column in this row.
    case(
        "X1589-035",
        caption("the back of a woman in a red saree", "contradiction"),
        wearing("a red lehenga"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Women Red Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        color="Red",
    ),
    # Photo: mustard cotton kurta with an ethnic-motif print, white sharara with a small mustard print, mustard dupatta;
    # plain backdrop. Base BLIP-2 wrote every text. The sharara gets the kurta's yellow.
    case(
        "X1589-036",
        caption("a woman in a yellow kurta and white pants"),
        wearing("kurta"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow", "other_garment_color"),
        piece("dupatta", "yellow"),
        material("cotton"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Anubhutee Women Mustard Yellow Ethnic Motifs Printed Pure Cotton Kurta With Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: turquoise cotton maxi skirt with pink leheriya (diagonal) stripes, pink top, a small clutch in hand. Base
    # BLIP-2 wrote every text; all right. No gender column in this row.
    case(
        "X1589-037",
        caption("a woman in a blue and pink striped skirt"),
        wearing("a pink top and a blue skirt"),
        piece("skirt", "blue"),
        pattern("striped"),
        material("cotton"),
        is_a("skirt", "yes"),
        title="Jaipur Kurti Women Turquoise Blue & Pink Leheriya Printed Cotton Maxi Skirt",
        category="Skirts",
        color="Turquoise Blue",
    ),
    # Photo: cream lehenga with a large orange, pink and green floral print, solid orange blouse, orange dupatta;
    # plain backdrop. Base BLIP-2 wrote every text. The lehenga color is answered with its pattern.
    case(
        "X1589-038",
        caption("a woman in a colorful lehenga"),
        wearing("a lehenga"),
        piece("lehenga", "floral", "non_answer"),
        piece("blouse", "orange"),
        piece("dupatta", "orange"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fusionic Women Multicoloured Floral Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: white chikankari cotton kurta, white sharara, white dupatta; plain backdrop. Base BLIP-2 wrote every text.
    # Everything right except the "no" to the sharara.
    case(
        "X1589-039",
        caption("a woman in a white kurta and white pants"),
        wearing("a white salwar kameez"),
        piece("kurta", "white"),
        piece("sharara", "white"),
        piece("dupatta", "white"),
        material("cotton"),
        is_a("sharara", "no", "contradiction"),
        gender="Women",
        title="Indo Era Women White Chikankari Embroidered Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: pink flared skirt with a green floral print, green top; plain backdrop. Base BLIP-2 wrote every text. The
    # skirt answer is the top's green; the pattern answer is right and goes on with a question nobody asked.
    case(
        "X1589-040",
        caption("a woman in a pink skirt and green top"),
        wearing("a green shirt and pink skirt"),
        piece("skirt", "green", "other_garment_color"),
        pattern("floral Question: What is the sleeve length of the garment? Answer: sleeveless", "leak"),
        describe("skirt", "the skirt is pink with green flowers"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Biba Women Pink & Green Floral Printed Flared Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: black lehenga with gold sequins, black blouse with gold sequins, black net dupatta; hand on the waist,
    # grey backdrop. Base BLIP-2 wrote every text. The blouse gets the sequins' gold; the dupatta answer is empty.
    case(
        "X1589-041",
        caption("a woman in a black and gold lehenga"),
        wearing("a black lehenga"),
        piece("lehenga", "black"),
        piece("blouse", "gold", "contradiction"),
        piece("dupatta", "", "non_answer"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Zeel Clothing Women Black Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Photo: burgundy silk-blend kurta with a gold print, burgundy sharara, a pink dupatta over the arms; plain
    # backdrop. Base BLIP-2 wrote every text. The dupatta gets the kurta's maroon.
    case(
        "X1589-042",
        caption("a woman in a maroon kurta with gold print"),
        wearing("a red kurta and red pants"),
        piece("kurta", "maroon"),
        piece("sharara", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        material("silk"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Kvsfab Women Burgundy Ethnic Motifs Printed Silk Blend Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
    ),
    # Photo: green solid silk-blend flared skirt with a silver gota border, white embroidered top; plain backdrop. Base
    # BLIP-2 wrote every text. "cotton" where the title says silk blend (the sheen shows it too).
    case(
        "X1589-043",
        caption("a woman in a green skirt with a silver border"),
        wearing("a white top and a green skirt"),
        piece("skirt", "green"),
        material("cotton", "unsupported"),
        pattern("solid"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Sangria Women Green Solid Silk Blend Flared Ethnic Skirt with Gota Patti Border",
        category="Skirts",
        color="Green",
    ),
    # Photo: orange lehenga with pink leheriya stripes, solid pink blouse, orange-and-pink leheriya dupatta; plain
    # backdrop. Base BLIP-2 wrote every text. The blouse gets the lehenga's orange.
    case(
        "X1589-044",
        caption("a woman in an orange and pink lehenga"),
        wearing("she is wearing an orange and pink lehenga"),
        piece("lehenga", "orange"),
        piece("blouse", "orange", "other_garment_color"),
        piece("dupatta", "orange and pink"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ethnovog Women Orange & Pink Leheriya Printed Ready To Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Photo: lime green kurta with a pink floral print, lime green sharara, pink dupatta; plain backdrop. Base BLIP-2
    # wrote every text. The wearing answer loops to the limit; the per-piece answers are right.
    case(
        "X1589-045",
        caption("a woman in a green kurta with pink flowers"),
        wearing(
            "a green kurta, green pants, green dupatta, green kurta, green pants, green dupatta, green kurta, green"
            " pants",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "pink"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Libas Women Lime Green Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
]
