"""BLIND_1373 (45 products; Myntra ethnic skirts, lehengas and sharara sets, base BLIP-2 zero-shot per-piece colors):
written blind in the sixty-fourth session. Measured blind at d381b30 (the session's first rules): 39/62 failures
found (62.9%) and 4/176 correct texts flagged (2.3%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed of lehenga sets (article type "Lehenga Choli"), kurta-with-sharara sets
(article type "Kurta Sets") and ethnic skirts (article type "Skirts"). Usual catalog shots: a model on a plain beige or
grey backdrop, the lehenga or set worn with its dupatta draped, a skirt worn with a plain top that is not the product;
now and then a flat lay of unstitched lehenga material, a back view, a prop (potli bag, chair, plant, marigolds).
Catalog columns: title, category (article type), color (base colour), gender; a few rows carry fabric; some rows
miss a column, as feeds do.
Who wrote what: every text is from the untuned base model, Salesforce/blip2-opt-2.7b in 8-bit, no adapter. The
caption is generated with no prompt (50 new tokens); every question uses "Question: <q> Answer:", greedy, 30 new
tokens, stopping at the newline, so loops and leaks stay on one line. The questionnaire asks one color question per
piece named in the title (lehenga / blouse / dupatta; kurta / sharara / dupatta; skirt), generated freely (stored
open), plus "What is the person wearing?" and, for some products, the pattern, sleeve, material, type or yes/no
question, or a describe/details question about one piece.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near hues a shopper would
accept count as right: maroon answered "red", peach "pink", teal "blue", cream or off white "white", magenta "purple",
mustard "yellow", beige "white". A piece given the color of another piece of the set, or of the top the model wears with
a skirt, is other_garment_color; a sheer dupatta answered with the wall's white is contradiction (the other texts and
the title give it green). "saree" or "dress" for a two-piece lehenga (midriff or blouse visible), for unstitched
material or for a kurta set, and "no" to "Is this a lehenga/skirt?" on one, are contradiction; I avoided judging "dress"
for long kurtas. A wrong sleeve length, or "solid" for a skirt the title calls printed, is contradiction. Invented
details (mirror work, sweetheart neckline, v-neck and slit) and a fabric the catalog contradicts are unsupported. "yes",
"none", "a dupatta", an empty answer and "same as the kurta" to a color question, and "clothes" to the wearing question,
are non_answer; "it is a skirt" / "lehenga details", which only give the question back, are restated. "he" for a woman
model is pronoun. An answer that goes on into "Question: ... Answer: ..." is leak even when the color in it is right.
Loops and cuts that ran to the limit carry hit_limit=True; a loop is labeled loop, not cut. Wearing questions are
omitted on flat lays. Fewer than four in ten texts are wrong here: many sets are one color throughout, where the
base model's habit of one color for every piece does no harm, and short color answers are its strength.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """Per-piece color question, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type

LEHENGA = "Lehenga Choli"
KURTA_SET = "Kurta Sets"
SKIRT = "Skirts"

BLIND_1373 = [
    # Photo: model front on beige backdrop; pink lehenga with gold zari, pink blouse, pink net dupatta over one
    # shoulder.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1373-001",
        caption("a woman in a pink lehenga posing for a photo"),
        wearing("a pink lehenga"),
        piece("lehenga", "pink"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        gender="Women",
        title="Mitera Women Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Pink",
    ),
    # Photo: maroon lehenga, gold-toned sequinned blouse, maroon dupatta with gold border; grey backdrop.
    # Base BLIP-2 zero-shot; the blouse gets the lehenga's color.
    case(
        "X1373-002",
        caption("a woman in a red and gold lehenga"),
        piece("lehenga", "red"),
        piece("blouse", "red", "other_garment_color"),
        piece("dupatta", "red"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Women Maroon & Gold-Toned Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Maroon",
    ),
    # Photo: hip-length yellow kurta with small pink flowers, yellow sharara, pink mulmul dupatta over both arms.
    # Base BLIP-2 zero-shot; the dupatta is answered with the kurta's yellow.
    case(
        "X1373-003",
        caption("a woman in a yellow outfit with a pink scarf"),
        wearing("a yellow kurta"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        gender="Women",
        title="Libas Women Yellow Floral Printed Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Yellow",
    ),
    # Photo: model in a plain white tee tucked into a navy maxi skirt with small white floral buti; tan backdrop.
    # Base BLIP-2 zero-shot; the skirt question returns the tee's white.
    case(
        "X1373-004",
        caption("a woman in a blue skirt and white top"),
        wearing("a white shirt and a blue skirt"),
        piece("skirt", "white", "other_garment_color"),
        pattern("floral"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Global Desi Women Navy Blue Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Navy Blue",
    ),
    # Photo: flat lay, no person: green lehenga material spread out, folded green blouse piece, folded cream dupatta
    # with a thin gold border. Base BLIP-2 zero-shot: calls it a saree, says no to lehenga, dupatta gets green.
    case(
        "X1373-005",
        caption("a green and gold saree with a matching blouse", "contradiction"),
        piece("lehenga", "green"),
        piece("blouse", "green"),
        piece("dupatta", "green", "other_garment_color"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Warthy Ent Women Green Embroidered Unstitched Lehenga & Blouse Material with Dupatta",
        category=LEHENGA,
        color="Green",
    ),
    # Photo: teal kurta with gold yoke embroidery, teal sharara, teal organza dupatta; white wall.
    # Base BLIP-2 zero-shot; the dupatta answer names no color.
    case(
        "X1373-006",
        caption("a woman in a blue outfit standing in front of a white wall"),
        wearing("a blue kurta and pants"),
        piece("kurta", "blue"),
        piece("sharara", "blue"),
        piece("dupatta", "same as the kurta", "non_answer"),
        pattern("solid"),
        gender="Women",
        title="Anouk Women Teal Blue Ethnic Motifs Yoke Design Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Teal",
    ),
    # Photo: back view; mustard cotton skirt with indigo block-printed motifs, black sleeveless top.
    # Base BLIP-2 zero-shot; says "solid" for a printed skirt.
    case(
        "X1373-007",
        caption("the back of a woman wearing a yellow skirt"),
        wearing("a black top and a yellow skirt"),
        piece("skirt", "yellow"),
        pattern("solid", "contradiction"),
        material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Mustard Yellow Printed Cotton Flared Skirt",
        category=SKIRT,
        color="Mustard",
    ),
    # Photo: peach net lehenga with silver sequins, peach blouse, peach net dupatta held out by the model.
    # Base BLIP-2 zero-shot; "dress" for the two-piece, material "silk" against the catalog's net.
    case(
        "X1373-008",
        caption("a woman in a pink dress holding a scarf", "contradiction"),
        wearing("she is wearing a pink lehenga"),
        piece("lehenga", "pink"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        material("silk", "unsupported"),
        gender="Women",
        title="Ethnovog Women Peach-Coloured & Silver-Toned Embellished Made to Measure Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Peach",
        fabric="Net",
    ),
    # Photo: off-white short-sleeved kurta with green floral print, green sharara, off-white dupatta with green print;
    # potli bag.
    # Base BLIP-2 zero-shot; the sharara gets the kurta's white.
    case(
        "X1373-009",
        caption("a woman in a white and green outfit holding a purse"),
        wearing("a white kurta with green flowers"),
        piece("kurta", "white"),
        piece("sharara", "white", "other_garment_color"),
        piece("dupatta", "white"),
        sleeves("short"),
        gender="Women",
        title="Sangria Women Off White & Green Floral Printed Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Off White",
    ),
    # Photo: model in a short rust kurti top over a black maxi skirt with gold foil paisley print.
    # Base BLIP-2 zero-shot; the skirt gets the top's orange.
    case(
        "X1373-010",
        caption("a woman in a black skirt and orange top"),
        wearing("a long skirt and a top"),
        piece("skirt", "orange", "other_garment_color"),
        pattern("paisley"),
        describe("skirt", "a black skirt with gold print"),
        gender="Women",
        title="W Women Black & Gold-Toned Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Black",
    ),
    # Photo: bridal red lehenga with gold thread work, red blouse, red dupatta over the head, gold jewellery.
    # Base BLIP-2 zero-shot; all right.
    case(
        "X1373-011",
        caption("a woman in a red bridal lehenga with gold jewelry"),
        wearing("a red lehenga"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red"),
        details("lehenga", "the lehenga has gold embroidery and a gold border"),
        gender="Women",
        title=(
            "KALINI Women Red & Gold-Toned Embroidered Thread Work Semi-Stitched Lehenga"
            " & Unstitched Blouse With Dupatta"
        ),
        category=LEHENGA,
        color="Red",
    ),
    # Photo: lavender kurta with white thread embroidery, lavender sharara, white organza dupatta.
    # Base BLIP-2 zero-shot; "he", a leaked second turn, and the dupatta in the kurta's purple.
    case(
        "X1373-012",
        caption("a woman in a purple outfit"),
        wearing("he is wearing a purple kurta", "pronoun"),
        piece("kurta", "purple"),
        piece("sharara", "purple Question: What is the color of the dupatta? Answer: purple", "leak"),
        piece("dupatta", "purple", "other_garment_color"),
        gender="Women",
        title="Indo Era Women Lavender Embroidered Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Lavender",
    ),
    # Photo: navy lehenga with pink embroidery, pink blouse, pink dupatta across the front.
    # Base BLIP-2 zero-shot; blue for every piece.
    case(
        "X1373-013",
        caption("a woman in a blue and pink lehenga"),
        piece("lehenga", "blue"),
        piece("blouse", "blue", "other_garment_color"),
        piece("dupatta", "blue", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Chhabra 555 Women Navy Blue & Pink Embroidered Semi-Stitched Lehenga Choli With Dupatta",
        category=LEHENGA,
        color="Navy Blue",
    ),
    # Photo: model in a short white cotton top with an indigo tiered skirt, white block-printed flowers; potted plant.
    # Base BLIP-2 zero-shot; all right.
    case(
        "X1373-014",
        caption("a woman in a blue and white skirt standing next to a plant"),
        wearing("a white top and a blue skirt"),
        piece("skirt", "blue"),
        pattern("floral"),
        material("cotton"),
        describe("skirt", "a long blue skirt with white flowers on it"),
        gender="Women",
        title="Fabindia Women Indigo Hand Block Print Cotton Tiered Skirt",
        category=SKIRT,
        color="Blue",
    ),
    # Photo: mustard lehenga with green bandhani dots, green blouse, green dupatta.
    # Base BLIP-2 zero-shot; the blouse in the lehenga's yellow, the details answer loops on the border to the limit.
    case(
        "X1373-015",
        caption("a woman in a yellow and green lehenga with a green dupatta"),
        piece("lehenga", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        piece("dupatta", "green"),
        pattern("polka dots"),
        details(
            "lehenga",
            "the lehenga has a green border and a green border and a green border and a green border and a green"
            " border and a green",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title=(
            "Readiprint Fashions Women Mustard & Green Printed Semi-Stitched Lehenga & Unstitched Blouse With Dupatta"
        ),
        category=LEHENGA,
        color="Mustard",
    ),
    # Photo: rust kurta with gold print, rust sharara, cream dupatta with rust border; no mirror work anywhere.
    # Base BLIP-2 zero-shot; the dupatta in orange, invented mirror work.
    case(
        "X1373-016",
        caption("a woman in an orange outfit posing for the camera"),
        wearing("an orange kurta"),
        piece("kurta", "orange"),
        piece("sharara", "orange"),
        piece("dupatta", "orange", "other_garment_color"),
        details("kurta", "the kurta has mirror work on the neckline", "unsupported"),
        gender="Women",
        title="Biba Women Rust Orange Printed Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Rust",
    ),
    # Photo: model in a white tee over a green maxi skirt with pink flowers.
    # Base BLIP-2 zero-shot; all right.
    case(
        "X1373-017",
        caption("a woman wearing a green skirt and white t - shirt"),
        wearing("a white t - shirt and green skirt"),
        piece("skirt", "green"),
        pattern("floral"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Vishudh Women Green Floral Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Green",
    ),
    # Photo: magenta banarasi lehenga with woven gold buti, gold tissue blouse, magenta dupatta.
    # Base BLIP-2 zero-shot; the blouse in the lehenga's color, details only restate the question.
    case(
        "X1373-018",
        caption("a woman in a purple and gold lehenga"),
        piece("lehenga", "purple"),
        piece("blouse", "purple", "other_garment_color"),
        piece("dupatta", "purple"),
        is_a("lehenga", "yes"),
        details("lehenga", "lehenga details", "restated"),
        gender="Women",
        title="Mitera Women Magenta & Gold-Toned Woven Design Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Magenta",
    ),
    # Photo: sea green kurta with white floral print, sea green sharara, white dupatta.
    # Base BLIP-2 zero-shot; the sharara answer runs on into the next turn.
    case(
        "X1373-019",
        caption("a woman in a green outfit with a white scarf"),
        wearing("a green kurta"),
        piece("kurta", "green"),
        piece("sharara", "green Question: what is the color of the dupatta? Answer: white", "leak"),
        piece("dupatta", "white"),
        gender="Women",
        title="Juniper Women Sea Green Floral Printed Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Sea Green",
    ),
    # Photo: model in a gold sequin crop top over a maroon flared skirt with gold embroidered hem.
    # Base BLIP-2 zero-shot; the skirt gets the top's gold.
    case(
        "X1373-020",
        caption("a woman in a red skirt and gold top"),
        wearing("a red skirt"),
        piece("skirt", "gold", "other_garment_color"),
        details("skirt", "gold embroidery on the bottom"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Anouk Women Maroon Embroidered Flared Maxi Skirt",
        category=SKIRT,
        color="Maroon",
    ),
    # Photo: back view; black lehenga with silver sequins, black backless blouse with tasselled dori, silver net
    # dupatta over one arm. Base BLIP-2 zero-shot; "dress" for a two-piece, dupatta in black.
    case(
        "X1373-021",
        caption("a woman in a black dress with her back to the camera", "contradiction"),
        wearing("a black lehenga"),
        piece("lehenga", "black"),
        piece("blouse", "black"),
        piece("dupatta", "black", "other_garment_color"),
        gender="Women",
        title="SCAKHI Women Black & Silver-Toned Sequinned Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Black",
    ),
    # Photo: round-neck pink kurta with multicolour floral embroidery, no side slit seen, pink sharara, pink dupatta;
    # model sits on a wooden chair. Base BLIP-2 zero-shot; "yes" to the sharara's color, invented v-neck and slit.
    case(
        "X1373-022",
        caption("a woman in a pink outfit sitting on a chair"),
        wearing("a pink outfit"),
        piece("kurta", "pink"),
        piece("sharara", "yes", "non_answer"),
        piece("dupatta", "pink"),
        details("kurta", "the kurta has a v - neck and a slit on the side", "unsupported"),
        gender="Women",
        title="KALINI Women Pink Floral Embroidered Regular Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Pink",
    ),
    # Photo: model in a denim-blue shirt knotted at the waist over an off-white tiered skirt with blue flowers.
    # Base BLIP-2 zero-shot; the skirt in the shirt's blue.
    case(
        "X1373-023",
        caption("a woman in a white skirt and a blue shirt"),
        wearing("a blue shirt and white skirt"),
        piece("skirt", "blue", "other_garment_color"),
        pattern("floral"),
        describe("skirt", "a white skirt with blue flowers"),
        gender="Women",
        title="Global Desi Women Off-White & Blue Printed Tiered Maxi Skirt",
        category=SKIRT,
        color="Off White",
    ),
    # Photo: sea green lehenga with peach embroidered border and waistband, peach blouse, peach dupatta.
    # Base BLIP-2 zero-shot; blouse in green, the details answer cut at 30 tokens.
    case(
        "X1373-024",
        caption("a woman in a green lehenga with a pink dupatta"),
        piece("lehenga", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "pink"),
        details(
            "lehenga",
            "the lehenga has a peach border with gold embroidery and the waist has a peach belt with gold embroidery"
            " and the bottom of the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title=(
            "Inddus Women Sea Green & Peach-Coloured Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta"
        ),
        category=LEHENGA,
        color="Sea Green",
    ),
    # Photo: navy kurta with white ethnic print and three-quarter sleeves, navy sharara, white dupatta with navy print.
    # Base BLIP-2 zero-shot; dupatta in the kurta's blue, "sleeveless".
    case(
        "X1373-025",
        caption("a woman in a blue and white outfit"),
        wearing("a blue kurta"),
        piece("kurta", "blue"),
        piece("sharara", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        sleeves("sleeveless", "contradiction"),
        gender="Women",
        title="Anubhutee Women Navy Blue Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Navy Blue",
    ),
    # Photo: flat lay on white: cream lehenga material with pink floral embroidery, pink blouse piece, pink dupatta.
    # Base BLIP-2 zero-shot; "dress" for unstitched material and "no" to lehenga.
    case(
        "X1373-026",
        caption("a white and pink dress on a white background", "contradiction"),
        piece("lehenga", "white"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Warthy Ent Women Cream-Coloured & Pink Embroidered Unstitched Lehenga & Blouse Material with Dupatta",
        category=LEHENGA,
        color="Cream",
    ),
    # Photo: model in a short white kurti over a red bandhani flared skirt. Catalog fabric: rayon.
    # Base BLIP-2 zero-shot; "clothes", and cotton against the catalog.
    case(
        "X1373-027",
        caption("a woman in a red skirt and white top"),
        wearing("clothes", "non_answer"),
        piece("skirt", "red"),
        pattern("polka dot"),
        is_a("skirt", "yes"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Jaipur Kurti Women Red Bandhani Printed Flared Skirt",
        category=SKIRT,
        color="Red",
        fabric="Rayon",
    ),
    # Photo: royal blue lehenga, blue blouse, gold tissue dupatta across the front.
    # Base BLIP-2 zero-shot; the dupatta in blue.
    case(
        "X1373-028",
        caption("a woman in a blue lehenga with a gold dupatta"),
        wearing("she is wearing a blue and gold lehenga"),
        piece("lehenga", "blue"),
        piece("blouse", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        gender="Women",
        title="Mitera Women Blue & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Blue",
    ),
    # Photo: green kurta with gold gota yoke and hem, green sharara, green dupatta with gota border.
    # Base BLIP-2 zero-shot; "none" for a dupatta in plain view, the details answer loops to the limit.
    case(
        "X1373-029",
        caption("a woman in a green outfit with gold trim"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "none", "non_answer"),
        details(
            "kurta",
            "gold gota work on the neckline and sleeves and the hem and the sleeves and the hem and the sleeves and"
            " the hem and the sleeves and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women Green Yoke Design Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Green",
    ),
    # Photo: side view; model in a white crop top with a pink floral maxi skirt.
    # Base BLIP-2 zero-shot; describe gives the question back.
    case(
        "X1373-030",
        caption("a woman in a pink skirt and white crop top"),
        wearing("a pink skirt and a white top"),
        piece("skirt", "pink"),
        pattern("floral"),
        describe("skirt", "it is a skirt", "restated"),
        title="Cottinfab Women Pink Floral Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Pink",
    ),
    # Photo: haldi-style shot with marigold garlands behind; yellow lehenga with green print, green blouse, yellow
    # dupatta. Base BLIP-2 zero-shot; "he", and the blouse in the lehenga's yellow.
    case(
        "X1373-031",
        caption("a woman in a yellow lehenga standing in front of flowers"),
        wearing("he is wearing a yellow and green lehenga", "pronoun"),
        piece("lehenga", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        piece("dupatta", "yellow"),
        gender="Women",
        title="Ethnovog Women Yellow & Green Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Yellow",
    ),
    # Photo: maroon velvet kurta with gold embroidery, maroon velvet sharara, gold tissue dupatta.
    # Base BLIP-2 zero-shot; the dupatta in red.
    case(
        "X1373-032",
        caption("a woman in a red velvet outfit"),
        piece("kurta", "red"),
        piece("sharara", "red"),
        piece("dupatta", "red", "other_garment_color"),
        material("velvet"),
        gender="Women",
        title="Ishin Women Maroon Embroidered Velvet Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Maroon",
        fabric="Velvet",
    ),
    # Photo: model in a black tee over a teal maxi skirt with small gold flowers.
    # Base BLIP-2 zero-shot; the skirt answer runs on into an invented turn.
    case(
        "X1373-033",
        caption("a woman wearing a teal skirt and black t - shirt"),
        wearing("a black shirt and a blue skirt"),
        piece("skirt", "blue Answer: blue Question: what is the color of the skirt? Answer: blue", "leak"),
        pattern("floral"),
        gender="Women",
        title="Indo Era Women Teal Floral Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Teal",
    ),
    # Photo: purple lehenga, purple blouse, purple net dupatta over the head.
    # Base BLIP-2 zero-shot; empty answer for the blouse.
    case(
        "X1373-034",
        caption("a woman in a purple lehenga"),
        wearing("a purple lehenga"),
        piece("lehenga", "purple"),
        piece("blouse", "", "non_answer"),
        piece("dupatta", "purple"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Chhabra 555 Women Purple Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Purple",
    ),
    # Photo: powder blue kurta with white print and three-quarter sleeves, blue sharara, white dupatta.
    # Base BLIP-2 zero-shot; the sharara in the dupatta's white.
    case(
        "X1373-035",
        caption("a woman in a blue and white outfit"),
        piece("kurta", "blue"),
        piece("sharara", "white", "other_garment_color"),
        piece("dupatta", "white"),
        garment_type("kurta"),
        sleeves("three quarter"),
        gender="Women",
        title="Jaipur Kurti Women Blue Printed Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Blue",
    ),
    # Photo: model in a maroon top over a beige flared skirt with gold foil print.
    # Base BLIP-2 zero-shot; the skirt in the top's red.
    case(
        "X1373-036",
        caption("a woman in a red top and a white skirt"),
        wearing("a maroon top and a skirt"),
        piece("skirt", "red", "other_garment_color"),
        pattern("printed"),
        gender="Women",
        title="Biba Women Beige & Gold-Toned Printed Flared Skirt",
        category=SKIRT,
        color="Beige",
    ),
    # Photo: mint lehenga with pearl embellishment, mint round-neck blouse with pearl work, sheer pale mint dupatta
    # against a white wall. Base BLIP-2 zero-shot; the dupatta read as the wall's white, the blouse details invented.
    case(
        "X1373-037",
        caption("a woman in a light green lehenga"),
        piece("lehenga", "green"),
        piece("blouse", "green"),
        piece("dupatta", "white", "contradiction"),
        details("blouse", "the blouse has a sweetheart neckline and mirror work on the sleeves", "unsupported"),
        gender="Women",
        title="Pannkh Women Mint Green Embellished Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Green",
    ),
    # Photo: peach kurta, peach sharara, peach dupatta draped over one shoulder and across the body.
    # Base BLIP-2 zero-shot; the drape reads as a saree in both open texts.
    case(
        "X1373-038",
        caption("a woman in a peach saree", "contradiction"),
        wearing("a saree", "contradiction"),
        piece("kurta", "peach"),
        piece("sharara", "peach"),
        piece("dupatta", "peach"),
        gender="Women",
        title="Sangria Women Peach-Coloured Embroidered Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Peach",
    ),
    # Photo: flat lay on a grey floor; patchwork skirt with red, blue, yellow and green panels.
    # Base BLIP-2 zero-shot; all right.
    case(
        "X1373-039",
        caption("a colorful skirt on a gray background"),
        piece("skirt", "multicolored"),
        pattern("patchwork"),
        is_a("skirt", "yes"),
        describe("skirt", "a colorful skirt"),
        gender="Women",
        title="Fabindia Women Multicoloured Patchwork Cotton Skirt",
        category=SKIRT,
        color="Multi",
    ),
    # Photo: pink lehenga, green blouse, green dupatta with pink border.
    # Base BLIP-2 zero-shot; the caption loops to the 50-token limit, the blouse in the lehenga's pink.
    case(
        "X1373-040",
        caption(
            "a woman in a pink and green lehenga with a green dupatta and a green dupatta and a green dupatta and a"
            " green dupatta and a green dupatta and a green dupatta and a green",
            "loop",
            hit_limit=True,
        ),
        piece("lehenga", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        piece("dupatta", "green"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Varanga Women Pink & Green Embroidered Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Pink",
    ),
    # Photo: back view; black kurta with gold embroidery at the back neckline, black sharara, black dupatta with gold
    # border over the arms. Base BLIP-2 zero-shot; all right.
    case(
        "X1373-041",
        caption("the back of a woman in a black outfit"),
        wearing("a black kurta"),
        piece("kurta", "black"),
        piece("sharara", "black"),
        piece("dupatta", "black"),
        sleeves("long"),
        gender="Women",
        title="Anouk Women Black Embroidered Kurta with Sharara & Dupatta",
        category=KURTA_SET,
    ),
    # Photo: model in a plain white shirt over a lavender maxi skirt with small flowers.
    # Base BLIP-2 zero-shot; "he", and the skirt in the shirt's white.
    case(
        "X1373-042",
        caption("a woman in a purple skirt and white shirt"),
        wearing("he is wearing a purple skirt", "pronoun"),
        piece("skirt", "white", "other_garment_color"),
        pattern("floral"),
        gender="Women",
        title="Rangmayee Women Lavender Floral Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Lavender",
    ),
    # Photo: rust lehenga, rust blouse, beige dupatta with rust print held behind the back.
    # Base BLIP-2 zero-shot; "dress" for the two-piece (midriff shows), the dupatta in orange.
    case(
        "X1373-043",
        caption("a woman in an orange lehenga posing for the camera"),
        wearing("an orange dress", "contradiction"),
        piece("lehenga", "orange"),
        piece("blouse", "orange"),
        piece("dupatta", "orange", "other_garment_color"),
        garment_type("lehenga"),
        gender="Women",
        title="Juniper Women Rust & Gold-Toned Printed Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Rust",
    ),
    # Photo: mustard kurta with red and green floral embroidery, mustard sharara, mustard dupatta.
    # Base BLIP-2 zero-shot; the dupatta's color answered with its name, the describe answer cut at 30 tokens.
    case(
        "X1373-044",
        caption("a woman in a yellow outfit with flowers on it"),
        wearing("a yellow kurta"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow"),
        piece("dupatta", "a dupatta", "non_answer"),
        describe(
            "kurta",
            "the kurta is yellow with red and green flowers embroidered on the front and the sleeves are yellow with"
            " red and green flowers on the",
            "cut",
            hit_limit=True,
        ),
        title="Indo Era Women Mustard Yellow Floral Embroidered Kurta with Sharara & Dupatta",
        category=KURTA_SET,
        color="Mustard",
    ),
    # Photo: model in a gold sequin blouse with a maroon velvet lehenga skirt sold alone (article type Skirts).
    # Base BLIP-2 zero-shot; "no" to skirt on a skirt.
    case(
        "X1373-045",
        caption("a woman in a red lehenga"),
        piece("skirt", "red"),
        is_a("skirt", "no", "contradiction"),
        material("velvet"),
        wearing("a red lehenga and a gold top"),
        gender="Women",
        title="Anouk Women Maroon Velvet Flared Lehenga Skirt",
        category=SKIRT,
        color="Maroon",
        fabric="Velvet",
    ),
]
