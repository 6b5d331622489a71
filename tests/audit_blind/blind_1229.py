"""BLIND_1229 (46 products; Myntra ethnic skirts, lehengas and sharara sets, base zero-shot per-piece colors): written
blind in the sixty-second session. Measured blind at 189d17b (the session's first rules): 49/71 failures found
(69.0%) and 5/227 correct texts flagged (2.2%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed (article types Lehenga Choli, Kurta Sets for the sharara sets, Skirts), run
through the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, free generation. The job captions every photo (no
prompt) and then asks, for each piece the product is sold with, "What is the color of the <piece>?": skirt, blouse and
dupatta for a lehenga; kurta, sharara and dupatta for a sharara set (asked even when the set has no dupatta); skirt and
top for a skirt, the top being whatever the stylist put on the model. A few other questions (wearing, describe, details,
the short pattern/material/type/sleeve questions, a yes/no "Is this a ...?") vary by product. Photos are the usual
Myntra shots: model on a plain grey, white or beige backdrop, now and then a back view, a flat lay, a model sitting,
twirling, holding a potli bag or among marigold props. One row lacks gender and one lacks the base colour, as feeds do.
Who wrote what: every text here is the base model's, captions and answers alike; no adapter, no extractive QA.
Labeling conventions and judgement calls: I judged each text against the photo I imagined (described in the comment
above the case) and the title. A per-piece color that is really another piece's color (the base model's habit of
repeating the dominant color for every piece) is other_garment_color; when the pieces truly match (all-white chikankari,
all-pink or all-peach sets) the repeated color is correct and unmarked. Near hues I left unmarked: maroon or burgundy
called red, teal called green or blue, magenta called pink, cream called white, mustard called yellow, navy called blue;
burgundy called purple I marked contradiction. Loose garment words in captions and "wearing" answers ("dress", "outfit",
"salwar suit", "pants" for a sharara) are unmarked; "saree" for a lehenga or a sharara set, "gown" to the type question,
"yes" to "Is this a lehenga?" on a sharara set and "no" to "Is this a skirt?" on a skirt are contradiction, as is a
pattern answer that contradicts the photo and the describe answer. A color given to a dupatta that is not in the photo,
materials the title contradicts (silk for georgette or rayon, denim or silk for cotton) or that the photo does not
support (silk for a georgette or net lehenga whose title names no fabric), and invented pockets, zips, slits, necklines,
collars are unsupported. A color answer that is a piece's border color rather than its ground, and not another piece's
color, I labelled contradiction (against the seller's color). Answers that only name the piece, say yes, or echo the
piece's name are non_answer; ones that return the question's own words ("skirt details", "the sharara is a sharara") are
restated. Loops and cut answers that ran to the 30-token limit carry hit_limit; the one looping caption ran to 50. The
base model's short color answers are right more often than not here, so fewer than the usual four in ten texts are
wrong; most failures sit in the per-piece colors of sets whose pieces differ and in the open describe/details answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS


def piece(garment, text, failure=None, hit_limit=False):
    """The job's per-piece color question, asked open (free generation, no candidate list)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def woman(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


BLIND_1229 = [
    # Model front, white backdrop: pink georgette skirt with a wide gold zari border, matching pink blouse, pink net
    # dupatta over one shoulder. All pieces pink. Base BLIP-2 wrote every text.
    case(
        "X1229-001",
        caption("a woman in a pink lehenga with gold embroidery"),
        woman("a pink lehenga"),
        piece("skirt", "pink"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        details("skirt", "gold embroidery"),
        Q.material("silk", "unsupported"),
        title="Mitera Pink & Gold-Toned Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # Model against a beige backdrop: bottle-green straight kurta with a gold embroidered yoke, green sharara, green
    # dupatta with a gold lace edge. A sharara set, no lehenga. Base BLIP-2 wrote every text.
    case(
        "X1229-002",
        caption("a woman in a green salwar suit standing in front of a wall"),
        woman("a green kurta"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green and gold"),
        details("kurta", "the kurta has a gold embroidered yoke and three quarter sleeves"),
        is_a("lehenga", "yes", "contradiction"),
        title="Libas Women Green Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # Model on a grey backdrop: mustard block-printed cotton maxi skirt (small floral butis, no slit), white short
    # cotton top tucked in. Base BLIP-2 wrote every text; the skirt question got the top's white.
    case(
        "X1229-003",
        caption("a woman in a yellow skirt and white top"),
        woman("a yellow skirt"),
        piece("skirt", "white", "other_garment_color"),
        piece("top", "white"),
        Q.pattern("floral"),
        Q.material("cotton"),
        details("skirt", "the skirt has a slit on the side", "unsupported"),
        title="Biba Women Mustard Yellow Printed Cotton Flared Maxi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # Back view, white backdrop: maroon skirt with gold print, maroon blouse with a tie-up dori and tassels at the back,
    # dupatta hanging over both arms (maroon with gold border). Base BLIP-2 wrote every text.
    case(
        "X1229-004",
        caption("the back of a woman in a red lehenga"),
        woman("a red and gold lehenga"),
        piece("skirt", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red"),
        details("blouse", "the blouse has a tie back with tassels"),
        is_a("saree", "yes", "contradiction"),
        title="SOJANYA Maroon & Gold-Toned Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # Model with a short bob, white backdrop: white cotton kurta with a blue floral print, solid blue sharara, white
    # dupatta with small blue butis. Base BLIP-2 wrote every text; it took the model for a man twice.
    case(
        "X1229-005",
        caption("a man in a white and blue shirt and blue pants", "pronoun"),
        woman("a white kurta and blue pants"),
        piece("kurta", "white"),
        piece("sharara", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        Q.material("cotton"),
        describe("kurta", "he is wearing a white kurta with blue flowers", "pronoun"),
        title="Jaipur Kurti Women White & Blue Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # Flat lay on white, no model: green embroidered skirt fanned out, the pink blouse fabric folded on top, pink
    # dupatta folded beside it. Base BLIP-2 wrote every text; the blouse got the skirt's green.
    case(
        "X1229-006",
        caption("a green and pink lehenga laid out on a white surface"),
        woman("a green lehenga"),
        piece("skirt", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "pink"),
        Q.garment_type("lehenga"),
        details("skirt", "the skirt is a lehenga", "non_answer"),
        title="Fusionic Green & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # Model on grey: navy flared skirt with gold foil print, cream short kurti top over it. No pockets visible (the
    # skirt has none). Base BLIP-2 wrote every text.
    case(
        "X1229-007",
        caption("a woman wearing a blue skirt with gold print"),
        piece("skirt", "blue"),
        piece("top", "blue", "other_garment_color"),
        describe("skirt", "it is a long skirt with gold print"),
        details("skirt", "the skirt has pockets on the side", "unsupported"),
        is_a("skirt", "yes"),
        title="W Women Navy Blue & Gold-Toned Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # Model front, white backdrop: peach net lehenga with silver sequins all over, peach blouse, peach net dupatta over
    # the arms. All pieces peach. Base BLIP-2 wrote every text; the describe answer looped to the limit.
    case(
        "X1229-008",
        caption("a woman in a peach lehenga with silver sequins"),
        woman("a peach lehenga"),
        piece("skirt", "peach"),
        piece("blouse", "peach"),
        piece("dupatta", "peach"),
        describe(
            "skirt",
            "the skirt is embellished with sequins and the blouse is embellished with sequins and the dupatta is"
            " embellished with sequins and the skirt is embellished with",
            "loop",
            hit_limit=True,
        ),
        Q.material("net"),
        title="Panchhi Peach-Coloured & Silver-Toned Embellished Net Semi-Stitched Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # Model on beige: mustard rayon kurta printed with red and green paisleys, mustard sharara, bottle-green dupatta
    # held in one hand. Base BLIP-2 wrote every text; the dupatta question got the kurta's yellow.
    case(
        "X1229-009",
        caption("a woman in a yellow dress holding a green scarf"),
        woman("a yellow kurta and a green dupatta"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        Q.pattern("paisley"),
        details("kurta", "the kurta is made of silk and has a gold border", "unsupported"),
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # Bridal shot on grey: red silk lehenga with heavy gold zari, red round-necked elbow-sleeved blouse, red dupatta
    # over the head. Base BLIP-2 wrote every text; the blouse answer ran on into the next question of the format.
    case(
        "X1229-010",
        caption("a bride in a red and gold lehenga"),
        woman("a red saree", "contradiction"),
        piece("skirt", "red"),
        piece("blouse", "red. Question: What is the color of the dupatta? Answer: red", "leak"),
        piece("dupatta", "red"),
        Q.material("silk"),
        details("blouse", "the blouse has a deep v neck and short sleeves", "unsupported"),
        title="Warthy Ent Red Embroidered Silk Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # Model on white, oxidised jhumkas: black A-line skirt with mirror work along the hem, white cotton crop top. Base
    # BLIP-2 wrote every text.
    case(
        "X1229-011",
        caption("a woman wearing a black skirt and a white top"),
        woman("a black skirt"),
        piece("skirt", "black"),
        piece("top", "black", "other_garment_color"),
        details("skirt", "mirror work"),
        Q.material("silk", "unsupported"),
        title="Sangria Women Black Embroidered Mirror Work Cotton A-Line Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # Model on grey: powder-blue kurta with white thread embroidery, powder-blue sharara, white organza dupatta. Base
    # BLIP-2 wrote every text; the describe answer was cut at the limit.
    case(
        "X1229-012",
        caption("a woman in a blue kurta and white dupatta"),
        piece("kurta", "blue"),
        piece("sharara", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is a long kurta with a round neck and a slit on the side. it is made of a light fabric and"
            " has a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        title="Indo Era Women Blue Floral Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # Model on white: patchwork-printed skirt (orange, pink, green floral blocks), solid orange blouse, pink dupatta.
    # Base BLIP-2 wrote every text.
    case(
        "X1229-013",
        caption("a woman in a colorful skirt and orange top"),
        woman("a colorful skirt"),
        piece("skirt", "multicolored"),
        piece("blouse", "orange"),
        piece("dupatta", "orange", "other_garment_color"),
        Q.pattern("floral"),
        title="Studio Rasa Women Multicoloured Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # Flat lay on white, no model: rust-orange rayon flared skirt with a small floral print. Base BLIP-2 wrote every
    # text.
    case(
        "X1229-014",
        caption("an orange skirt with a floral print on a white background"),
        woman("a skirt"),
        Q.garment_type("skirt"),
        Q.color("orange"),
        Q.pattern("floral"),
        Q.material("cotton", "unsupported"),
        title="Rangriti Women Rust Orange Printed Rayon Flared Skirt",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # Model on beige: pink short kurta and pink sharara in the same floral print; no dupatta. Base BLIP-2 wrote every
    # text; the sharara answer looped to the limit.
    case(
        "X1229-015",
        caption("a woman in a pink floral outfit"),
        woman("a pink kurta"),
        piece("kurta", "pink"),
        piece(
            "sharara",
            "pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink",
            "loop",
            hit_limit=True,
        ),
        piece("dupatta", "pink", "unsupported"),
        is_a("sharara", "yes"),
        title="Vishudh Women Pink Floral Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Pink",
    ),
    # Model sitting on a wooden chair, grey backdrop: teal skirt with thread embroidery, teal blouse, light-pink net
    # dupatta across the lap. Base BLIP-2 wrote every text.
    case(
        "X1229-016",
        caption("a woman in a green lehenga sitting on a chair"),
        woman("a green lehenga"),
        piece("skirt", "green"),
        piece("blouse", "green"),
        piece("dupatta", "green", "other_garment_color"),
        details("skirt", "it has a lot of embroidery"),
        describe("dupatta", "a green dupatta with gold border", "other_garment_color"),
        title="Kalini Teal Green Embroidered Thread Work Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Teal",
        gender="Women",
    ),
    # Model on white: off-white three-tier maxi skirt with a green leaf print, green crop top. Base BLIP-2 wrote every
    # text.
    case(
        "X1229-017",
        caption("a woman in a white skirt and green top"),
        piece("skirt", "white"),
        piece("top", "green"),
        describe("skirt", "a long white skirt with green leaves"),
        details("skirt", "skirt details", "restated"),
        Q.pattern("striped", "contradiction"),
        title="Global Desi Women Off White & Green Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Off White",
        gender="Women",
    ),
    # Model on grey: maroon kurta with a gold paisley print, maroon sharara, beige dupatta. Base BLIP-2 wrote every
    # text; the wearing answer ran on into a question of its own.
    case(
        "X1229-018",
        caption("a woman in a maroon dress with a beige scarf"),
        woman("a maroon kurta. Question: What is the color of the kurta? Answer: maroon", "leak"),
        piece("kurta", "maroon"),
        piece("sharara", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        Q.pattern("paisley"),
        is_a("lehenga", "yes", "contradiction"),
        title="Aurelia Women Maroon Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # Model front on white, skirt fanned out so the lehenga reads like a gown: lavender sequinned net skirt, lavender
    # blouse, lavender net dupatta. Base BLIP-2 wrote every text.
    case(
        "X1229-019",
        caption("a woman in a purple dress with sequins"),
        Q.garment_type("gown", "contradiction"),
        piece("skirt", "purple"),
        piece("blouse", "purple"),
        piece("dupatta", "purple"),
        Q.material("net"),
        title="Fabcartz Lavender Embroidered Sequinned Net Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Women",
    ),
    # Back view on grey: red and gold brocade flared skirt, black short blouse with a back zip. The skirt's own zip is
    # at the side, hidden. Base BLIP-2 wrote every text.
    case(
        "X1229-020",
        caption("the back of a woman in a red and gold skirt"),
        woman("a red skirt and a black top"),
        piece("skirt", "red and gold"),
        piece("top", "red", "other_garment_color"),
        details("skirt", "the skirt has a zipper on the back", "unsupported"),
        is_a("skirt", "yes"),
        title="Ethnovogue Women Red & Gold-Toned Brocade Flared Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # Model on white: beige kurta with pink thread embroidery, three-quarter sleeves, beige sharara, pink dupatta. Base
    # BLIP-2 wrote every text.
    case(
        "X1229-021",
        caption("a woman in a beige outfit with a pink scarf"),
        piece("kurta", "beige"),
        piece("sharara", "the sharara", "non_answer"),
        piece("dupatta", "pink"),
        describe("kurta", "a beige kurta with pink embroidery"),
        Q.sleeve_length("three quarter"),
        is_a("lehenga", "no"),
        title="Sangria Women Beige & Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # Model on grey: navy velvet skirt with gold embroidery, navy velvet blouse, gold tissue-net dupatta. Base BLIP-2
    # wrote every text.
    case(
        "X1229-022",
        caption("a woman in a blue velvet lehenga"),
        woman("a blue lehenga"),
        piece("skirt", "blue"),
        piece("blouse", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        Q.material("velvet"),
        details("dupatta", "the dupatta is made of net and has a gold border"),
        describe(
            "skirt",
            "the lehenga is a traditional indian dress that is worn by women on special occasions such as weddings"
            " and festivals. it is made of velvet and is",
            "cut",
            hit_limit=True,
        ),
        title="Zeel Clothing Navy Blue & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # Model on white: green bandhani-print flared skirt (white tie-dye dots, elastic waist under the top), white crop
    # top. Base BLIP-2 wrote every text.
    case(
        "X1229-023",
        caption("a woman wearing a green skirt and white top"),
        woman("a green skirt"),
        piece("skirt", "green"),
        piece("top", "white"),
        Q.pattern("polka dots"),
        describe("skirt", "it is a green skirt with white dots"),
        details("skirt", "it has a drawstring at the waist", "unsupported"),
        title="Tulsattva Women Green Bandhani Print Flared Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # Model on beige, holding the dupatta out with one hand: red kurta with gold foil print, round neck and three-
    # quarter sleeves, red sharara with a gold hem band, red dupatta with gold border. Base BLIP-2 wrote every text.
    case(
        "X1229-024",
        caption("a woman in a red and gold outfit holding a scarf"),
        woman("a red kurta"),
        piece("kurta", "red"),
        piece("sharara", "red"),
        piece("dupatta", "red"),
        details("kurta", "the kurta has a v neck and long sleeves", "unsupported"),
        title="Ishin Women Red & Golden Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # Model twirling on white: mustard skirt with mirror work, mustard blouse, green dupatta (a haldi look). Base BLIP-2
    # wrote every text.
    case(
        "X1229-025",
        caption("a woman in a yellow lehenga twirling"),
        woman("a yellow lehenga and a green dupatta"),
        piece("skirt", "yellow"),
        piece("blouse", "yellow"),
        piece("dupatta", "green"),
        describe("skirt", "yes", "non_answer"),
        details("skirt", "mirror work"),
        title="Aks Couture Mustard Yellow Embroidered Mirror Work Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # Model on grey: flared skirt in a multicolour geometric ikat print (red, blue, green, yellow), black top. Base
    # BLIP-2 wrote every text; the describe answer looped through the colors to the limit.
    case(
        "X1229-026",
        caption("a woman in a colorful skirt and black top"),
        piece("skirt", "multicolored"),
        piece("top", "black"),
        describe(
            "skirt",
            "it is a colorful skirt with a pattern of red, blue, green, yellow, red, blue, green, yellow, red, blue,"
            " green, yellow, red, blue",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("geometric"),
        title="Juniper Women Multicoloured Printed Flared Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # Model on beige: all-white chikankari kurta, white sharara, white dupatta. Every piece white. Base BLIP-2 wrote
    # every text.
    case(
        "X1229-027",
        caption("a woman in a white kurta with embroidery"),
        woman("a white kurta and white pants"),
        piece("kurta", "white"),
        piece("sharara", "white"),
        piece("dupatta", "white"),
        Q.material("cotton"),
        details("kurta", "white embroidery on the front"),
        title="Biba Women White Chikankari Embroidered Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # Model on grey: royal-blue silk skirt, royal-blue blouse, pink dupatta. Base BLIP-2 wrote every text; the blouse
    # got the dupatta's pink.
    case(
        "X1229-028",
        caption("a woman in a blue lehenga with a pink dupatta"),
        woman("a blue saree", "contradiction"),
        piece("skirt", "blue"),
        piece("blouse", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        Q.material("silk"),
        title="Atsevam Blue Embroidered Silk Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # Model on white: indigo cotton A-line skirt with white hand-block flowers, white kurti top. Feed row has no gender.
    # Base BLIP-2 wrote every text.
    case(
        "X1229-029",
        caption("a woman wearing a blue and white skirt"),
        woman("a blue skirt and a white shirt"),
        piece("skirt", "blue"),
        piece("top", "white"),
        Q.pattern("floral"),
        Q.material("denim", "unsupported"),
        title="Fabindia Women Indigo Hand Block Print Cotton A-Line Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Model on grey: hot-pink kurta with gold gota at the neck, hot-pink sharara, pink dupatta with gota edging. All
    # pieces pink. Base BLIP-2 wrote every text.
    case(
        "X1229-030",
        caption("a woman in a pink salwar kameez"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        details("sharara", "the sharara is a sharara", "restated"),
        describe("kurta", "it is a pink kurta with gold embroidery around the neck"),
        title="Libas Women Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # Model on grey in warm light: burgundy velvet skirt with gold embroidery along the hem, burgundy blouse, gold
    # tissue dupatta. Base BLIP-2 wrote every text; the caption turned burgundy into purple.
    case(
        "X1229-031",
        caption("a woman in a purple lehenga", "contradiction"),
        woman("a red lehenga"),
        piece("skirt", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red", "other_garment_color"),
        details("skirt", "gold embroidery at the bottom"),
        Q.material("velvet"),
        title="Vastranand Burgundy Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
        gender="Women",
    ),
    # Model on white holding a gold potli bag: peach flared skirt with a gota patti border, gold sleeveless top. Base
    # BLIP-2 wrote every text.
    case(
        "X1229-032",
        caption("a woman in a peach skirt holding a purse"),
        woman("a peach skirt and a gold top"),
        piece("skirt", "peach"),
        piece("top", "peach", "other_garment_color"),
        details("skirt", "gold border at the bottom"),
        title="Mokshi Women Peach-Coloured Gotta Patti Flared Ethnic Skirt",
        category="Skirts",
        color="Peach",
        gender="Women",
    ),
    # Model on beige: teal kurta with a white floral print, white sharara, teal dupatta. Base BLIP-2 wrote every text;
    # the sharara got the kurta's color though its own describe answer says white.
    case(
        "X1229-033",
        caption("a woman in a blue and white outfit"),
        piece("kurta", "blue"),
        piece("sharara", "blue", "other_garment_color"),
        piece("dupatta", "blue"),
        Q.pattern("floral"),
        describe("sharara", "white pants"),
        title="Nayo Women Teal Blue Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # Model on white: green skirt, green blouse, green dupatta over the head, all with silver embroidery. Base BLIP-2
    # wrote every text; the caption looped on the dupatta to the 50-token limit.
    case(
        "X1229-034",
        caption(
            "a woman in a green lehenga with a green dupatta and a green dupatta and a green dupatta and a green"
            " dupatta and a green dupatta and a green dupatta and a green dupatta and a green dupatta and a green",
            "loop",
            hit_limit=True,
        ),
        piece("skirt", "green"),
        piece("blouse", "green"),
        piece("dupatta", "green"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        title="Ethnic Junction Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # Model with a pixie cut on grey: black flared skirt with a white floral print, white top. Base BLIP-2 wrote every
    # text; the wearing answer took her for a man.
    case(
        "X1229-035",
        caption("a person in a black and white skirt"),
        woman("he is wearing a black skirt and white shirt", "pronoun"),
        piece("skirt", "black and white"),
        piece("top", "white"),
        describe("skirt", "a black skirt with white flowers"),
        title="Cottinfab Women Black & White Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # Model on white: lime-green short-sleeved round-necked kurta with a small print, lime-green sharara; no dupatta in
    # the set or the photo. Base BLIP-2 wrote every text; it gave the absent dupatta a color.
    case(
        "X1229-036",
        caption("a woman in a green kurta and pants"),
        woman("a green dress"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green", "unsupported"),
        Q.sleeve_length("short"),
        details("kurta", "the kurta has a collar and buttons on the front", "unsupported"),
        title="Anouk Women Lime Green Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # Model on grey: pink skirt with a blue floral print, solid blue blouse, pink dupatta. Base BLIP-2 wrote every text.
    case(
        "X1229-037",
        caption("a woman in a pink and blue lehenga"),
        woman("a pink lehenga"),
        piece("skirt", "pink"),
        piece("blouse", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        Q.pattern("floral"),
        describe("blouse", "a blue blouse with short sleeves"),
        title="Inddus Pink & Blue Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # Model on white: magenta maxi skirt with a gota border at the hem, white short kurti. Base BLIP-2 wrote every text;
    # the describe answer was cut at the limit.
    case(
        "X1229-038",
        caption("a woman in a pink skirt and white top"),
        piece("skirt", "pink"),
        piece("top", "white"),
        describe(
            "skirt",
            "the skirt is a long flowing skirt with a gold border at the bottom. it is made of a light fabric and it"
            " is perfect for",
            "cut",
            hit_limit=True,
        ),
        details("skirt", "gold border"),
        title="Jaipur Kurti Women Magenta Solid Flared Maxi Skirt with Gota Detail",
        category="Skirts",
        color="Magenta",
        gender="Women",
    ),
    # Model on beige: olive kurta with embroidery at the neck, olive sharara, cream dupatta. Base BLIP-2 wrote every
    # text; the sharara answer ran on into the dupatta question.
    case(
        "X1229-039",
        caption("a woman in a green kurta and a white dupatta"),
        piece("kurta", "green"),
        piece("sharara", "green Question: What is the color of the dupatta? Answer: white", "leak"),
        piece("dupatta", "white"),
        details("kurta", "embroidery on the neck"),
        Q.garment_type("kurta"),
        details("sharara", "it is a sharara", "non_answer"),
        title="Vbuyz Women Olive Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # Back view on grey: rani-pink sequinned georgette skirt, gold blouse with a sheer net back, pink dupatta over the
    # arms. Base BLIP-2 wrote every text; the blouse got the skirt's pink.
    case(
        "X1229-040",
        caption("the back of a woman in a pink lehenga"),
        woman("a pink lehenga"),
        piece("skirt", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        details("blouse", "the blouse has a sheer back"),
        Q.material("silk", "unsupported"),
        title="Mitera Rani Pink Embellished Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # Model on white: mustard flared skirt with a small maroon floral print and a matching mustard short kurta over it,
    # so the look reads as one piece. Base BLIP-2 wrote every text.
    case(
        "X1229-041",
        caption("a woman in a yellow and maroon outfit"),
        piece("skirt", "yellow"),
        piece("top", "yellow"),
        Q.pattern("floral"),
        is_a("skirt", "no", "contradiction"),
        title="Rangmanch by Pantaloons Women Mustard & Maroon Printed Flared Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # Model on grey: peach georgette kurta with tonal embroidery, peach sharara, peach dupatta. All peach. Base BLIP-2
    # wrote every text.
    case(
        "X1229-042",
        caption("a woman in a peach colored outfit"),
        woman("a peach salwar suit"),
        piece("kurta", "peach"),
        piece("sharara", "peach"),
        piece("dupatta", "peach"),
        Q.material("silk", "unsupported"),
        describe("kurta", "a long peach kurta with embroidery"),
        title="Varanga Women Peach-Coloured Embroidered Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # Flat lay on white: yellow printed skirt with a green border, green blouse fabric, green dupatta. Base BLIP-2 wrote
    # every text; the dupatta got the skirt's yellow.
    case(
        "X1229-043",
        caption("a yellow and green lehenga on a white background"),
        woman("a yellow lehenga"),
        piece("skirt", "yellow"),
        piece("blouse", "green"),
        piece("dupatta", "yellow", "other_garment_color"),
        Q.garment_type("lehenga"),
        details("skirt", "green border"),
        title="Shopgarb Yellow & Green Printed Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # Model on grey with a sling bag: blue ikat cotton wrap skirt with a green border, tie at the waist, white t-shirt.
    # Feed row has no base colour. Base BLIP-2 wrote every text; the details answer looped.
    case(
        "X1229-044",
        caption("a woman in a blue and green skirt and a white t-shirt"),
        piece("skirt", "blue"),
        piece("top", "white"),
        describe("skirt", "a blue wrap skirt with a green border"),
        details(
            "skirt",
            "the skirt has a tie at the waist and a slit on the side and a tie at the waist and a slit on the side"
            " and a tie at the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("skirt", "yes"),
        title="Bhama Couture Women Blue & Green Ikat Printed Cotton Wrap Skirt",
        category="Skirts",
        gender="Women",
    ),
    # Model on white: black full-sleeved kurta with gold embroidery, black sharara, black dupatta with a broad gold
    # border. Base BLIP-2 wrote every text; the dupatta answer gave its border's gold.
    case(
        "X1229-045",
        caption("a woman in a black kurta with gold embroidery"),
        woman("a black kurta"),
        piece("kurta", "black"),
        piece("sharara", "black"),
        piece("dupatta", "gold", "contradiction"),
        Q.sleeve_length("long"),
        details("dupatta", "dupatta", "non_answer"),
        title="KALINI Women Black Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # Model seated on the floor among marigold garlands (a prop), beige backdrop: orange kurta with mirror work on the
    # yoke, orange sharara, yellow dupatta. Base BLIP-2 wrote every text; the prop pulled the answers off the clothes.
    case(
        "X1229-046",
        caption("a woman sitting on the floor with flowers"),
        woman("a saree", "contradiction"),
        piece("kurta", "orange"),
        piece("sharara", "yellow", "other_garment_color"),
        piece("dupatta", "orange", "other_garment_color"),
        details("kurta", "flowers", "unsupported"),
        title="Ziyaa Women Orange Mirror Work Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
]
