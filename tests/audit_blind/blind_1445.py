"""BLIND_1445 (45 products; Myntra women's ethnic skirts, lehengas and sharara sets, base zero-shot, per-piece colors):
written blind in the sixty-fifth session. Measured blind at 0c250e6 (the session's first rules): 48/73 failures found
(65.8%) and 10/228 correct texts flagged (4.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic bottoms and sets: flared/tiered ethnic skirts (article type "Skirts"),
lehenga cholis ("Lehenga Choli") and kurta + sharara sets ("Kurta Sets"). Photos are the catalog's usual shots: a
model on a plain studio backdrop, the skirts styled with a plain top, shirt, tee or jacket that is not sold; a few
back views, a few seated or twirling shots, a few flat lays, props (a clutch, a stool, a potted plant). Title,
category (article type), base colour and gender as the feed has them; a column is missing now and then.
Who wrote what: everything is the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. The caption is the
prompt-less caption (greedy, 50 new tokens); every answer is free generation from "Question: ... Answer:" (greedy,
30 new tokens, stopped at the newline). The questionnaire asks, per category, the color of each piece: skirt and top
for skirts; lehenga, blouse and dupatta for lehengas; kurta, sharara and dupatta for sharara sets. The piece colors
are free text, so they are stored open. Around them, per product, "What is the person wearing?" and some of: garment
type, pattern, sleeve length, material, "Is this a ...?", "Describe the ..." and "What are the ... details?".
Labeling conventions and judgement calls: I judged against the photo I imagined (in the comment) and the title.
Near hues are right: maroon/burgundy -> red, teal -> blue or green, peach -> pink, lavender -> purple, rust -> orange,
mustard -> yellow, sea/lime green -> green, off-white/cream -> white. A piece color that is really the color of
another piece in the photo (the styling top's color for the skirt, the lehenga's color for a contrast blouse or
dupatta) is other_garment_color; a color for a piece that is not in the photo or not in the product (a top in a flat
lay, a dupatta for a set sold without one) is unsupported, as are invented details (pockets, slits, zips) and
materials the photo cannot show or the title contradicts; a material the photo does suggest (velvet sheen, shiny
silk weave) with nothing in the title against it is left correct. A wrong color that is nobody's (a gold answer for a
peach dupatta with a gold edge) is contradiction. "Sari", "dress" or "gown" for a lehenga, and "dress" for a kurta
or for a skirt worn with a matching top, are contradictions (the title says otherwise); "salwar kameez", "suit",
"outfit", "indian wedding attire" and "palazzo pants" for a sharara are left correct, they are loose but not wrong.
A flat lay answered "a skirt" to "What is the person wearing?" is left correct (it names the product shown). A bare
color or a bare garment name as an answer to "wearing"/"describe"/"details" is non_answer; an answer that only
rewords the question is restated. Repetition that runs to the 30 or 50 token limit is loop (hit_limit); a long answer
that stops mid-phrase at the limit without repeating is cut (hit_limit). "he" for a woman model is pronoun.
About a quarter of the texts are wrong, not four in ten: the base model names the dominant piece's color and
the garment well; its errors gather on contrast blouses, dupattas and styling tops, on invented details and on
materials, and about a quarter of the products are one color head to toe, where one answer for every piece is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

W = "Women"
LEHENGA = "Lehenga Choli"
SET = "Kurta Sets"
SKIRT = "Skirts"


def piece(garment, text, failure=None, hit_limit=False):
    """The per-piece color question, free generation, stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


garment_type = BLIND_QUESTIONS.garment_type
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material


BLIND_1445 = [
    # Truth: model facing camera, maroon velvet lehenga with a wide gold zari border, maroon blouse with gold work, a
    # beige net dupatta with gold edge over one shoulder; grey backdrop. All texts: base BLIP-2, zero-shot.
    case(
        "X1445-001",
        caption("a woman in a red and gold lehenga"),
        wearing("a red lehenga"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red", "other_garment_color"),
        garment_type("lehenga"),
        describe(
            "lehenga",
            "a red lehenga with gold embroidery and a red lehenga with gold embroidery and a red lehenga with gold",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Anouk Women Maroon & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Maroon",
    ),
    # Truth: pink kurta with small white floral print, matching pink printed sharara, white dupatta with a thin pink
    # border; model standing, light grey backdrop. Base BLIP-2 zero-shot.
    case(
        "X1445-002",
        caption("a woman in a pink kurta and white dupatta"),
        wearing("a pink salwar suit"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        pattern("floral"),
        describe("kurta", "a pink kurta with white flowers"),
        is_a("sharara", "yes"),
        gender=W,
        title="Libas Women Pink Floral Printed Kurta with Sharara & Dupatta",
        category=SET,
        color="Pink",
    ),
    # Truth: model in a plain white cotton top, navy blue flared maxi skirt with small white block-printed motifs;
    # white backdrop. Base BLIP-2 zero-shot.
    case(
        "X1445-003",
        caption("a woman wearing a white top and blue skirt"),
        wearing("a white shirt and a blue skirt"),
        piece("skirt", "white", "other_garment_color"),
        piece("top", "white"),
        is_a("skirt", "yes"),
        pattern("printed"),
        details("skirt", "the skirt has a white border at the bottom and a side slit", "unsupported"),
        gender=W,
        title="W Women Navy Blue Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Navy Blue",
    ),
    # Truth: model in a black sleeveless top, mustard tiered maxi skirt with rust flowers, holding the flare out.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-004",
        caption("a woman in a yellow skirt and black top"),
        wearing("a yellow skirt"),
        piece("skirt", "yellow"),
        piece("top", "yellow", "other_garment_color"),
        describe("skirt", "it is a long skirt with a floral print"),
        material("polyester", "unsupported"),
        gender=W,
        title="Global Desi Women Mustard Yellow & Rust Floral Printed Tiered Maxi Skirt",
        category=SKIRT,
        color="Mustard",
    ),
    # Truth: sea green kurta with a gold embroidered yoke, sea green sharara, sea green dupatta with gold gota edge;
    # all one color. Base BLIP-2 zero-shot.
    case(
        "X1445-005",
        caption("a woman in a green outfit posing for a photo"),
        wearing("a green salwar kameez"),
        piece("kurta", "green"),
        piece("sharara", "it is a sharara", "non_answer"),
        piece("dupatta", "green"),
        garment_type("kurta"),
        is_a("sharara", "no", "contradiction"),
        gender=W,
        title="Sangria Women Sea Green Yoke Design Kurta with Sharara & Dupatta",
        category=SET,
        color="Sea Green",
    ),
    # Truth: model in the stitched version: pink net lehenga with silver sequins all over, pink blouse, pink net
    # dupatta; the fabric is visibly sheer net. Base BLIP-2 zero-shot.
    case(
        "X1445-006",
        caption("a woman in a pink lehenga with silver sequins"),
        wearing("a pink lehenga"),
        piece("lehenga", "pink"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        material("silk", "unsupported"),
        details("lehenga", "sequins"),
        gender=W,
        title="Mitera Pink & Silver-Toned Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Pink",
    ),
    # Truth: flat lay on a white surface, the skirt alone: red cotton midi skirt with off-white floral butis. No
    # person, no top. Base BLIP-2 zero-shot.
    case(
        "X1445-007",
        caption("a red and white skirt on a white background"),
        wearing("a red skirt"),
        piece("skirt", "red"),
        piece("top", "white", "unsupported"),
        material("cotton"),
        pattern("floral"),
        gender=W,
        title="Jaipur Kurti Women Red & Off-White Printed Cotton Flared Midi Skirt",
        category=SKIRT,
        color="Red",
    ),
    # Truth: back view, mustard lehenga, green blouse with a tie-up dori back, green dupatta across the arms.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-008",
        caption("the back of a woman in a yellow and green lehenga"),
        wearing("a yellow and green lehenga"),
        piece("lehenga", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        piece("dupatta", "green"),
        describe("lehenga", "a yellow lehenga with green embroidery"),
        is_a("lehenga", "yes"),
        gender=W,
        title="Varanga Women Mustard Yellow & Green Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Mustard",
    ),
    # Truth: woman model, powder blue kurta with white thread work, white sharara, powder blue dupatta.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-009",
        caption("a woman in a blue and white outfit"),
        wearing("he is wearing a blue kurta and white pants", "pronoun"),
        piece("kurta", "blue"),
        piece("sharara", "white"),
        piece("dupatta", "white", "other_garment_color"),
        is_a("kurta", "yes"),
        details("kurta", "white embroidery"),
        gender=W,
        title="Indo Era Women Blue Ethnic Motifs Embroidered Kurta with Sharara & Dupatta",
        category=SET,
        color="Blue",
    ),
    # Truth: model in a short off-white top, rust flared maxi skirt with a gold foil print. Base BLIP-2 zero-shot.
    case(
        "X1445-010",
        caption("a woman in an orange skirt and white top"),
        wearing("an orange skirt and a white top"),
        piece("skirt", "orange"),
        piece("top", "white"),
        describe(
            "skirt",
            "a long skirt with a gold print and a gold print and a gold print and a gold print and a gold print and a",
            "loop",
            hit_limit=True,
        ),
        details("skirt", "gold print"),
        gender=W,
        title="Biba Women Rust Orange Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Rust",
    ),
    # Truth: teal lehenga and teal blouse, gold tissue dupatta draped over one shoulder like a sari pallu.
    # Base BLIP-2 zero-shot; it took the drape for a sari.
    case(
        "X1445-011",
        caption("a woman in a green and gold outfit"),
        wearing("a blue sari", "contradiction"),
        piece("lehenga", "blue"),
        piece("blouse", "blue"),
        piece("dupatta", "gold"),
        garment_type("sari", "contradiction"),
        describe("lehenga", "a blue sari with a gold border", "contradiction"),
        gender=W,
        title="KALINI Women Teal & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Teal",
    ),
    # Truth: yellow floral kurta, yellow sharara, white organza dupatta with printed flowers; white wall.
    # Base BLIP-2 zero-shot; the sharara answer ran on into the next prompt.
    case(
        "X1445-012",
        caption("a woman in a yellow kurta and palazzo pants"),
        wearing("a yellow kurta"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow Question: What is the color of the dupatta? Answer: white", "leak"),
        piece("dupatta", "white"),
        pattern("floral"),
        is_a("sharara", "yes"),
        gender=W,
        title="Juniper Women Yellow Floral Printed Kurta With Sharara & Dupatta",
        category=SET,
        color="Yellow",
    ),
    # Truth: model in a white shirt knotted at the waist, black flared skirt with gold print. Base BLIP-2 zero-shot;
    # everything right.
    case(
        "X1445-013",
        caption("a woman in a black skirt and white shirt"),
        wearing("a white shirt and black skirt"),
        piece("skirt", "black"),
        piece("top", "white"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt has a gold print"),
        gender=W,
        title="AKS Women Black & Gold-Toned Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Black",
    ),
    # Truth: purple lehenga, silver sequinned blouse, purple dupatta; model holds a silver clutch.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-014",
        caption("a woman in a purple lehenga holding a purse"),
        wearing("a purple lehenga"),
        piece("lehenga", "purple"),
        piece("blouse", "purple", "other_garment_color"),
        piece("dupatta", "purple"),
        is_a("lehenga", "yes"),
        describe(
            "lehenga",
            "a purple lehenga with silver embroidery and a purple dupatta with silver embroidery and a purple blouse "
            "with silver",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Warthy Ent Women Purple & Silver-Toned Embellished Lehenga Choli With Dupatta",
        category=LEHENGA,
        color="Purple",
    ),
    # Truth: off-white calf-length kurta with green thread embroidery at the neck, off-white sharara, green dupatta.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-015",
        caption("a woman in a white dress and green scarf", "contradiction"),
        wearing("a white kurta and green dupatta"),
        piece("kurta", "white"),
        piece("sharara", "white"),
        piece("dupatta", "white", "other_garment_color"),
        details("kurta", "green embroidery on the neck"),
        is_a("dress", "yes", "contradiction"),
        gender=W,
        title="House of Pataudi Women Off-White & Green Embroidered Kurta with Sharara & Dupatta",
        category=SET,
        color="Off White",
    ),
    # Truth: model in a plain red top, indigo A-line midi skirt with white floral hand-block print.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-016",
        caption("a woman in a red top and blue skirt"),
        wearing("a red shirt and blue skirt"),
        piece("skirt", "red", "other_garment_color"),
        piece("top", "red"),
        pattern("floral"),
        details("skirt", "the skirt is a skirt", "restated"),
        gender=W,
        title="Rain & Rainbow Women Blue Printed A-Line Midi Skirt",
        category=SKIRT,
        color="Blue",
    ),
    # Truth: bridal look, red lehenga with heavy gold embroidery, red blouse, red dupatta with gold border over the
    # head. Base BLIP-2 zero-shot; the caption looped to the limit.
    case(
        "X1445-017",
        caption(
            "a woman in a red lehenga with a red dupatta and a red dupatta and a red dupatta and a red dupatta and a "
            "red dupatta and a red dupatta and a red dupatta and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a red bridal lehenga"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red"),
        describe("lehenga", "it is a red lehenga with gold embroidery"),
        gender=W,
        title="Chhabra 555 Women Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Red",
    ),
    # Truth: peach kurta, peach sharara, peach dupatta with a narrow gold lace edge; studio.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-018",
        caption("a woman in a pink salwar kameez"),
        wearing("a pink suit"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "gold", "contradiction"),
        garment_type("salwar kameez"),
        details("kurta", "gold lace on the neck and sleeves"),
        gender=W,
        title="Anouk Women Peach-Coloured Yoke Design Kurta with Sharara & Dupatta",
        category=SET,
        color="Peach",
    ),
    # Truth: flat lay on a wooden floor: green flared skirt with small white flowers and gota lace at the hem. No
    # person, no top. Base BLIP-2 zero-shot.
    case(
        "X1445-019",
        caption("a green skirt laid out on a wooden floor"),
        wearing("a green skirt"),
        piece("skirt", "green"),
        piece("top", "green", "unsupported"),
        details("skirt", "the skirt", "non_answer"),
        is_a("skirt", "yes"),
        gender=W,
        title="Ahalyaa Women Green Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Green",
    ),
    # Truth: navy lehenga with multicolour thread embroidery, pink blouse, pink dupatta. Base BLIP-2 zero-shot;
    # the description ran to the limit.
    case(
        "X1445-020",
        caption("a woman in a blue and pink lehenga"),
        wearing("a blue lehenga"),
        piece("lehenga", "blue"),
        piece("blouse", "blue", "other_garment_color"),
        piece("dupatta", "pink"),
        describe(
            "lehenga",
            "a blue lehenga with pink and gold embroidery on the skirt and a pink blouse with a pink dupatta and a "
            "pink border on the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Inddus Women Navy Blue & Pink Embroidered Lehenga Choli",
        category=LEHENGA,
        color="Navy Blue",
    ),
    # Truth: model in profile, black kurta with gold embroidery, black sharara, black dupatta with gold border.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-021",
        caption("a woman in a black outfit"),
        wearing("black", "non_answer"),
        piece("kurta", "black"),
        piece("sharara", "black"),
        piece("dupatta", "black"),
        pattern("embroidered"),
        material("velvet", "unsupported"),
        gender=W,
        title="Libas Women Black Embroidered Kurta with Sharara & Dupatta",
        category=SET,
        color="Black",
    ),
    # Truth: model in a denim jacket over a white tee, off-white layered maxi skirt with blue flowers; no pockets or
    # drawstring visible (elastic waist under the tee). Base BLIP-2 zero-shot.
    case(
        "X1445-022",
        caption("a woman in a denim jacket and a white skirt"),
        wearing("a denim jacket and a white skirt"),
        piece("skirt", "white"),
        piece("top", "blue"),
        details("skirt", "the skirt has pockets and a drawstring", "unsupported"),
        material("cotton"),
        gender=W,
        title="Global Desi Women Off White Printed Layered Maxi Skirt",
        category=SKIRT,
        color="Off White",
    ),
    # Truth: green lehenga with gold zari weave (shiny), gold blouse, green dupatta. Base BLIP-2 zero-shot.
    case(
        "X1445-023",
        caption("a woman in a green and gold lehenga"),
        wearing("she is wearing a green lehenga"),
        piece("lehenga", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "green"),
        material("silk"),
        details("lehenga", "the lehenga has a zipper on the side and pockets", "unsupported"),
        gender=W,
        title="Mitera Women Green & Gold-Toned Woven Design Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Green",
    ),
    # Truth: maroon kurta with white print, maroon sharara; the set has no dupatta and none is in the photo.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-024",
        caption("a woman in a maroon kurta and pants"),
        wearing("a red kurta"),
        piece("kurta", "maroon"),
        piece("sharara", "maroon"),
        piece("dupatta", "maroon", "unsupported"),
        is_a("sharara", "yes"),
        describe("kurta", "a kurta", "non_answer"),
        pattern("printed"),
        gender=W,
        title="Kvsfab Women Maroon Printed Kurta with Sharara",
        category=SET,
        color="Maroon",
    ),
    # Truth: back view, white crop top, pink solid flared maxi skirt with tasselled drawstring at the back.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-025",
        caption("the back of a woman in a pink skirt"),
        wearing("a pink skirt and a white top"),
        piece("skirt", "pink"),
        piece("top", "pink", "other_garment_color"),
        details("skirt", "tassels"),
        pattern("solid"),
        is_a("skirt", "yes"),
        gender=W,
        title="Sangria Women Pink Solid Flared Maxi Skirt",
        category=SKIRT,
        color="Pink",
    ),
    # Truth: model twirling, lavender lehenga, lavender blouse, sheer lavender net dupatta that reads almost white
    # against the white backdrop. Base BLIP-2 zero-shot.
    case(
        "X1445-026",
        caption("a woman in a purple dress twirling", "contradiction"),
        wearing("a purple lehenga"),
        piece("lehenga", "purple"),
        piece("blouse", "purple"),
        piece("dupatta", "white"),
        garment_type("lehenga"),
        details("lehenga", "the lehenga is a lehenga", "restated"),
        gender=W,
        title="Ethnovog Women Lavender Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Lavender",
    ),
    # Truth: mustard kurta with green floral print, plain green sharara, mustard dupatta. Base BLIP-2 zero-shot.
    case(
        "X1445-027",
        caption("a woman in a yellow and green outfit"),
        wearing("a yellow kurta with green pants and a yellow scarf"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow", "other_garment_color"),
        piece("dupatta", "yellow"),
        describe(
            "kurta",
            "the kurta is a yellow kurta with a green floral print on the front and the back and the sleeves are "
            "three quarter length and the neckline",
            "cut",
            hit_limit=True,
        ),
        pattern("floral"),
        gender=W,
        title="Biba Women Mustard Yellow & Green Printed Kurta with Sharara & Dupatta",
        category=SET,
        color="Mustard",
    ),
    # Truth: model in a plain pink tee, green flared maxi skirt with pink flowers; no slit. Base BLIP-2 zero-shot.
    case(
        "X1445-028",
        caption("a woman in a pink top and a green skirt"),
        wearing("a pink top and a green skirt"),
        piece("skirt", "pink", "other_garment_color"),
        piece("top", "pink"),
        is_a("skirt", "yes"),
        describe("skirt", "a long skirt with a slit on the side", "unsupported"),
        gender=W,
        title="W Women Green & Pink Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Green",
    ),
    # Truth: flat lay of the three pieces on white: multicoloured printed lehenga skirt, yellow blouse fabric, pink
    # dupatta folded beside them. No category column in this row. Base BLIP-2 zero-shot.
    case(
        "X1445-029",
        caption("a colorful skirt and a pink scarf on a white background"),
        wearing("a skirt and a scarf"),
        piece("lehenga", "multicolor"),
        piece("blouse", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        is_a("lehenga", "no", "contradiction"),
        gender=W,
        title="Zeel Clothing Women Multicoloured Printed Lehenga Choli With Dupatta",
        color="Multi",
    ),
    # Truth: blue cotton kurta with white flowers, white sharara with blue print, blue dupatta. Base BLIP-2 zero-shot.
    case(
        "X1445-030",
        caption("a woman in a blue and white floral print outfit"),
        wearing("a blue and white kurta"),
        piece("kurta", "blue"),
        piece("sharara", "blue", "other_garment_color"),
        piece("dupatta", "blue"),
        material("silk", "unsupported"),
        pattern("floral"),
        gender=W,
        title="Jaipur Kurti Women Blue Floral Printed Pure Cotton Kurta with Sharara & Dupatta",
        category=SET,
        color="Blue",
    ),
    # Truth: model in a black top, maroon flared skirt with gold ethnic motifs (paisleys). Base BLIP-2 zero-shot.
    case(
        "X1445-031",
        caption("a woman wearing a black top and a maroon skirt"),
        wearing("a maroon skirt"),
        piece("skirt", "maroon"),
        piece("top", "black"),
        describe("skirt", "a skirt", "non_answer"),
        pattern("paisley"),
        is_a("skirt", "yes"),
        gender=W,
        title="Juniper Women Maroon Ethnic Motifs Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Maroon",
    ),
    # Truth: magenta velvet lehenga (visible pile and sheen), magenta blouse, pink net dupatta. Base BLIP-2 zero-shot.
    case(
        "X1445-032",
        caption("a woman in a pink lehenga"),
        wearing("a pink lehenga"),
        piece("lehenga", "pink"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        material("silk", "unsupported"),
        details("lehenga", "gold embroidery on the hem"),
        gender=W,
        title="Varanga Women Magenta Velvet Embroidered Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Magenta",
    ),
    # Truth: woman model, green kurta with white ethnic print, green sharara, white dupatta. Base BLIP-2 zero-shot.
    case(
        "X1445-033",
        caption("a woman in a green kurta and a white dupatta"),
        wearing("he is wearing a green kurta", "pronoun"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "white"),
        sleeve_length("three quarter"),
        garment_type("salwar kameez"),
        gender=W,
        title="AKS Women Green Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category=SET,
        color="Green",
    ),
    # Truth: styled as a co-ord: navy top in the same print tucked into the navy tiered maxi skirt, so it reads as
    # one dress. Base BLIP-2 zero-shot.
    case(
        "X1445-034",
        caption("a woman in a blue dress posing for a photo", "contradiction"),
        wearing("a blue dress", "contradiction"),
        piece("skirt", "blue"),
        piece("top", "blue"),
        is_a("skirt", "yes"),
        pattern("floral"),
        gender=W,
        title="Sangria Women Navy Blue Printed Tiered Maxi Skirt",
        category=SKIRT,
        color="Navy Blue",
    ),
    # Truth: model seated on a wooden stool, yellow lehenga, pink blouse, pink dupatta over the lap.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-035",
        caption("a woman sitting on a chair in a yellow dress", "contradiction"),
        wearing("a yellow and pink lehenga"),
        piece("lehenga", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        piece("dupatta", "yellow", "other_garment_color"),
        pattern("embroidered"),
        gender=W,
        title="Mitera Women Yellow & Pink Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Yellow",
    ),
    # Truth: lime green kurta with mirror work at the neck, three-quarter sleeves, lime green sharara and dupatta.
    # Base BLIP-2 zero-shot; everything right.
    case(
        "X1445-036",
        caption("a woman in a green kurta with mirror work"),
        wearing("a green kurta and sharara"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green"),
        details("kurta", "mirror work and embroidery on the neckline"),
        sleeve_length("three quarter"),
        gender=W,
        title="Indo Era Women Lime Green Embroidered Kurta with Sharara & Dupatta",
        category=SET,
        color="Lime Green",
    ),
    # Truth: model in a short white kurti over an indigo cotton A-line skirt with white dabu print.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-037",
        caption("a woman wearing a white shirt and a blue skirt"),
        wearing("a white shirt and a blue skirt"),
        piece("skirt", "blue"),
        piece("top", "white"),
        material("denim", "unsupported"),
        details("skirt", "the skirt has a drawstring waist and two pockets", "unsupported"),
        pattern("printed"),
        gender=W,
        title="Fabindia Women Indigo Printed Cotton A-Line Skirt",
        category=SKIRT,
        color="Blue",
    ),
    # Truth: beige lehenga with gold embroidery, beige blouse, maroon dupatta. Base BLIP-2 zero-shot; the blouse
    # answer ran on into the next prompt.
    case(
        "X1445-038",
        caption("a woman in a beige lehenga with a red dupatta"),
        wearing("a beige lehenga"),
        piece("lehenga", "beige"),
        piece("blouse", "beige. Question: What is the color of the dupatta? Answer: red", "leak"),
        piece("dupatta", "red"),
        garment_type("lehenga"),
        details(
            "lehenga",
            "the lehenga has a gold border and a gold border and a gold border and a gold border and a gold border "
            "and a",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="KALINI Women Beige & Gold-Toned Embroidered Lehenga Choli With Dupatta",
        category=LEHENGA,
        color="Beige",
    ),
    # Truth: back view, navy kurta with white print, white sharara, navy dupatta hanging over the arms.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-039",
        caption("the back of a woman in a blue dress", "contradiction"),
        wearing("a blue and white outfit"),
        piece("kurta", "blue"),
        piece("sharara", "blue", "other_garment_color"),
        piece("dupatta", "blue"),
        is_a("sharara", "no", "contradiction"),
        gender=W,
        title="Anouk Women Navy Blue Printed Kurta with Sharara & Dupatta",
        category=SET,
        color="Navy Blue",
    ),
    # Truth: model in a grey tee, black flared skirt with a multicoloured floral print. Base BLIP-2 zero-shot.
    case(
        "X1445-040",
        caption("a woman in a grey t - shirt and a black floral skirt"),
        wearing("a grey t - shirt and a black skirt"),
        piece("skirt", "black"),
        piece("top", "grey"),
        details(
            "skirt",
            "floral print, floral print, floral print, floral print, floral print, floral print, floral print, "
            "floral print, floral",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender=W,
        title="Biba Women Black & Multicoloured Printed Flared Maxi Skirt",
        category=SKIRT,
        color="Black",
    ),
    # Truth: red lehenga, green blouse, green dupatta with a thin red border. Base BLIP-2 zero-shot.
    case(
        "X1445-041",
        caption("a woman in a red and green lehenga"),
        wearing("indian wedding attire"),
        piece("lehenga", "red"),
        piece("blouse", "red", "other_garment_color"),
        piece("dupatta", "red", "other_garment_color"),
        pattern("embroidered"),
        details("lehenga", "the lehenga details", "restated"),
        gender=W,
        title="Ethnovog Women Red & Green Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Red",
    ),
    # Truth: all-white chikankari kurta, white sharara, white dupatta, white backdrop. The row has no color column.
    # Base BLIP-2 zero-shot; everything right.
    case(
        "X1445-042",
        caption("a woman in a white kurta and white pants"),
        wearing("a white salwar kameez"),
        piece("kurta", "white"),
        piece("sharara", "white"),
        piece("dupatta", "white"),
        details("kurta", "white embroidery on white fabric"),
        material("cotton"),
        gender=W,
        title="Libas Women White Chikankari Embroidered Kurta with Sharara & Dupatta",
        category=SET,
    ),
    # Truth: model in a white cropped blouse, mustard flared lehenga-style skirt with mirror work at the hem; no zip
    # visible. The row has no gender column. Base BLIP-2 zero-shot.
    case(
        "X1445-043",
        caption("a woman in a yellow skirt with mirror work"),
        wearing("a yellow lehenga"),
        piece("skirt", "yellow"),
        piece("top", "white"),
        garment_type("lehenga"),
        details(
            "skirt",
            "mirror work and a side zip and a side zip and a side zip and a side zip and a side zip and a side zip and",
            "loop",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Mustard Yellow Embroidered Flared Lehenga Skirt",
        category=SKIRT,
        color="Mustard",
    ),
    # Truth: sea green lehenga, pink blouse, model holding the pink dupatta spread behind her. Base BLIP-2 zero-shot.
    case(
        "X1445-044",
        caption("a woman in a green lehenga holding a pink scarf"),
        wearing("a green lehenga"),
        piece("lehenga", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        describe(
            "dupatta",
            "a pink dupatta with gold embroidery on the border and a pink dupatta with gold embroidery on the border "
            "and a pink",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Warthy Ent Women Sea Green & Pink Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Sea Green",
    ),
    # Truth: rust kurta with gold print and rust sharara, sold without a dupatta; model holds a potted plant.
    # Base BLIP-2 zero-shot.
    case(
        "X1445-045",
        caption("a woman in an orange outfit holding a plant"),
        wearing("an orange kurta and orange pants"),
        piece("kurta", "orange"),
        piece("sharara", "orange"),
        piece("dupatta", "orange", "unsupported"),
        garment_type("kurta"),
        pattern("printed"),
        gender=W,
        title="Sangria Women Rust Printed Kurta with Sharara",
        category=SET,
        color="Rust",
    ),
]
