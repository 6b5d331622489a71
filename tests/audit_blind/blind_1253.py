"""BLIND_1253 (45 products; Myntra ethnic skirts, lehengas and sharara sets): written blind in the sixty-second session.
Measured blind at bdc3a30 (the session's fourth rules): 38/65 failures found (58.5%) and 14/214 correct texts flagged
(6.5%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed of lehenga cholis, ethnic skirts and kurta-with-sharara sets, enriched
by the untuned Salesforce/blip2-opt-2.7b, zero-shot, with free generation (greedy, 50 new tokens for captions, 30 for
answers). Besides the caption and a few general questions it asks one color question per piece of the outfit: the
lehenga / blouse / dupatta for lehenga cholis, the kurta / sharara / dupatta for sharara sets, the skirt and the top
(or shirt, blouse) worn with it for skirts. Photos are the catalog's usual studio shots: a model on a plain backdrop,
a few back views, two flat lays, props now and then (a potli bag, a stool, a chair, marigolds). Catalog columns are
title, category (Myntra's article type: Lehenga Choli, Skirts, Kurta Sets), color (Myntra's base colour) and
gender; a few rows miss one of them, as feeds do.
Who wrote what: every text in this set is the base model's, caption and answers alike; no adapter, no extractive QA.
The comment above each case says what the photo shows and which pieces have which color.
Labeling conventions and judgement calls: near hues are accepted as right (maroon as red, magenta or peach as pink, rust
as orange, mustard as yellow, teal or mint as green, cream or ivory as white, navy as blue). A piece's color answer that
gives another piece's or the worn-with top's color is other_garment_color; a color nobody in the photo wears (a
backdrop's, a prop's) or a wrong garment kind ("dress" for a kurta-and-sharara set or a lehenga, "yes" to "Is this a
lehenga?" for a sharara set), and a pattern or sleeve length the photo shows otherwise, is contradiction; a color given
for a piece that is not in the photo, and a fabric that neither the photo nor the title supports, is unsupported (a
fabric the title names otherwise is contradiction). "a salwar suit", "a kurta with pants" for a sharara set and a
generic "a skirt" for a flat lay are accepted. A color where a garment or a pattern is asked is non_answer; the
question's own words back is restated. A partly right color for a multicolored piece (blue for a blue-based leheriya
dupatta) is accepted. A studio shot captioned "at her wedding" is unsupported. hit_limit marks the texts that ran to the
30-token limit (no caption did). The failure rate (about a quarter) is below the usual four in ten: many sets are one
color head to toe, where the base model's habit of repeating one color is harmless; it fails on contrast blouses,
dupattas and worn-with tops.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material


def piece(garment, text, failure=None, hit_limit=False):
    """The per-piece color question, free generation."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


LC, SK, KS = "Lehenga Choli", "Skirts", "Kurta Sets"

BLIND_1253 = [
    # Photo: model in a maroon lehenga with gold zari embroidery, maroon blouse, gold-beige net dupatta over the left
    # shoulder, cream backdrop. All texts base BLIP-2.
    case(
        "X1253-001",
        caption("a woman in a red and gold lehenga posing for the camera"),
        piece("lehenga", "maroon"),
        piece("blouse", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        wearing("a lehenga", who="the woman"),
        pattern("embroidered"),
        gender="Women",
        title="Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Maroon",
    ),
    # Photo: model in a mustard maxi skirt with a small rust floral print, white sleeveless top, white backdrop; the
    # skirt is rayon (product page). All texts base BLIP-2.
    case(
        "X1253-002",
        caption("a woman in a yellow skirt and white top"),
        piece("skirt", "yellow"),
        piece("top", "white"),
        wearing("a yellow skirt and a white top"),
        pattern("polka dot", "contradiction"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Women Mustard Yellow Printed Flared Maxi Skirt",
        category=SK,
        color="Mustard",
    ),
    # Photo: model in a pastel pink short kurta with thread embroidery, pink sharara, off-white organza dupatta with a
    # pink border held out in one hand. All texts base BLIP-2.
    case(
        "X1253-003",
        caption("a woman in a pink sharara suit with a dupatta"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        is_a("lehenga", "yes", "contradiction"),
        wearing("a pink salwar suit", who="she"),
        gender="Women",
        title="Women Pink Floral Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Pink",
    ),
    # Photo: model in a black A-line midi skirt with gold foil ethnic motifs, maroon crop top, grey backdrop. All texts
    # base BLIP-2.
    case(
        "X1253-004",
        caption("a woman wearing a black skirt with gold print"),
        piece("skirt", "maroon", "other_garment_color"),
        piece("top", "maroon"),
        wearing("a skirt and a top"),
        pattern("gold", "non_answer"),
        gender="Women",
        title="Women Black & Gold-Toned Ethnic Motifs Printed A-Line Midi Skirt",
        category=SK,
        color="Black",
    ),
    # Photo: model in a teal net lehenga with silver sequins, teal blouse, teal net dupatta, studio. The lehenga is net
    # (product page). All texts base BLIP-2.
    case(
        "X1253-005",
        caption("a woman in a green lehenga with sequins"),
        piece("lehenga", "green"),
        piece("blouse", "green"),
        piece("dupatta", "white", "contradiction"),
        is_a("lehenga", "yes"),
        material("silk", "unsupported"),
        gender="Women",
        title="Teal Green Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category=LC,
        color="Teal",
    ),
    # Photo: flat lay of an indigo wrap skirt with white dabu floral prints on a wooden floor, no model. All texts base
    # BLIP-2.
    case(
        "X1253-006",
        caption("a blue and white skirt laid out on a wooden floor"),
        piece("skirt", "blue"),
        wearing("a skirt"),
        pattern("floral"),
        material("cotton"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Women Indigo Dabu Print Cotton Wrap Skirt",
        category=SK,
        color="Navy Blue",
    ),
    # Photo: model in a peach lehenga with green thread work, contrasting bottle-green blouse, peach dupatta with a
    # green border. All texts base BLIP-2.
    case(
        "X1253-007",
        caption("a woman in a peach and green lehenga"),
        piece("lehenga", "green", "other_garment_color"),
        piece("blouse", "green"),
        piece("dupatta", "green", "other_garment_color"),
        wearing("a lehenga choli", who="the woman"),
        pattern("embroidered"),
        gender="Women",
        title="Peach-Coloured & Green Embroidered Lehenga Choli with Dupatta",
        category=LC,
        color="Peach",
    ),
    # Photo: model in a yellow kurta and yellow sharara, yellow dupatta with gold gota borders, a gold potli bag in her
    # hand, a string of orange marigolds hanging beside her. All texts base BLIP-2.
    case(
        "X1253-008",
        caption("a woman in a yellow outfit holding a bag"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow"),
        piece("dupatta", "orange", "contradiction"),
        wearing("a yellow salwar kameez"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Women Yellow Gotta Patti Kurta with Sharara & Dupatta",
        category=KS,
        color="Yellow",
    ),
    # Photo: model in a green tiered maxi skirt with a pink floral print, white shirt knotted at the waist; the skirt
    # is rayon (product page). All texts base BLIP-2.
    case(
        "X1253-009",
        caption("a woman in a green floral skirt and a white shirt"),
        piece("skirt", "green"),
        piece("shirt", "white"),
        pattern("floral"),
        describe("skirt", "the skirt is a long skirt with a floral print"),
        material("chiffon", "unsupported"),
        gender="Women",
        title="Women Green & Pink Printed Tiered Maxi Skirt",
        category=SK,
        color="Green",
    ),
    # Photo: model in a red velvet bridal lehenga with heavy gold embroidery, red blouse, red net dupatta over her head,
    # bridal jewellery. All texts base BLIP-2.
    case(
        "X1253-010",
        caption("a bride in a red lehenga at her wedding", "unsupported"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red"),
        wearing("she is wearing a red lehenga and a lot of jewelry", who="she"),
        material("velvet"),
        pattern("embroidered"),
        gender="Women",
        title="Red & Gold-Toned Embroidered Bridal Lehenga with Blouse & Dupatta",
        category=LC,
        color="Red",
    ),
    # Photo: model in an off-white flared midi skirt with red block-printed flowers, red short-sleeved top. All texts
    # base BLIP-2.
    case(
        "X1253-011",
        caption("a woman wearing a red top and white skirt"),
        piece("skirt", "red", "other_garment_color"),
        piece("top", "red"),
        pattern("floral"),
        wearing("a red top and a skirt", who="the woman"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="Women Off-White & Red Printed Flared Midi Skirt",
        category=SK,
        color="Off White",
    ),
    # Photo: model in a navy kurta with gold embroidery on the yoke, navy sharara, contrasting pink dupatta. All texts
    # base BLIP-2.
    case(
        "X1253-012",
        caption("a woman in a blue outfit with a pink scarf"),
        piece("kurta", "blue"),
        piece("sharara", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        wearing("a blue dress with a pink scarf", "contradiction"),
        pattern("embroidered"),
        gender="Women",
        title="Women Navy Blue Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Navy Blue",
    ),
    # Photo: model in a mustard printed lehenga and a pink blouse; no dupatta in the photo nor in the title. All texts
    # base BLIP-2.
    case(
        "X1253-013",
        caption("a woman in a yellow and pink lehenga"),
        piece("lehenga", "yellow"),
        piece("blouse", "pink"),
        piece("dupatta", "yellow", "unsupported"),
        pattern("floral"),
        wearing("a yellow lehenga and pink blouse"),
        gender="Women",
        title="Mustard Yellow & Pink Printed Ready to Wear Lehenga Choli",
        category=LC,
        color="Mustard",
    ),
    # Photo: back view of a model in a black flared skirt with mirror work, white shirt, plain backdrop. All texts base
    # BLIP-2.
    case(
        "X1253-014",
        caption("the back of a woman in a black skirt with mirrors"),
        piece("skirt", "black"),
        piece("shirt", "black", "other_garment_color"),
        wearing("a man in a black skirt and white shirt", "pronoun"),
        details("skirt", "mirror work"),
        pattern("embellished"),
        gender="Women",
        title="Women Black Embellished Mirror Work Flared Skirt",
        category=SK,
        color="Black",
    ),
    # Photo: model in a pink sequinned lehenga, pink blouse, pink dupatta with silver sequins; the lehenga is net
    # (product page). All texts base BLIP-2.
    case(
        "X1253-015",
        caption("a woman in a pink lehenga with silver sequins and a dupatta"),
        piece("lehenga", "pink"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        describe(
            "lehenga",
            "a pink lehenga with silver sequins and a pink dupatta with silver sequins and a pink blouse with silver"
            " sequins and a pink dupatta with silver",
            "loop",
            hit_limit=True,
        ),
        material("net"),
        gender="Women",
        title="Pink & Silver-Toned Embellished Sequinned Lehenga & Blouse With Dupatta",
        category=LC,
        color="Pink",
    ),
    # Photo: model seated on a wooden stool in a green bandhani kurta, green sharara and green bandhani dupatta. All
    # texts base BLIP-2.
    case(
        "X1253-016",
        caption("a woman sitting on a stool in a green outfit"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green"),
        pattern("polka dot"),
        wearing("a green salwar kameez", who="she"),
        is_a("lehenga", "no"),
        gender="Women",
        title="Women Green Bandhani Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Green",
    ),
    # Photo: model in a rust flared maxi skirt, beige crop top, beige backdrop; the skirt is viscose rayon (product
    # page). All texts base BLIP-2.
    case(
        "X1253-017",
        caption("a woman in an orange skirt and a beige top"),
        piece("skirt", "orange"),
        piece("top", "orange", "other_garment_color"),
        wearing("a skirt and a top"),
        pattern("solid"),
        material("silk", "unsupported"),
        gender="Women",
        title="Women Rust Orange Solid Flared Maxi Skirt",
        category=SK,
        color="Rust",
    ),
    # Photo: flat lay of a semi-stitched blue lehenga with gold embroidery spread on a white surface, the blue blouse
    # fabric folded beside it, blue net dupatta folded above. All texts base BLIP-2.
    case(
        "X1253-018",
        caption("a blue and gold lehenga laid out on a white surface"),
        piece("lehenga", "blue"),
        piece("blouse", "blue"),
        piece("dupatta", "white", "contradiction"),
        wearing("a blue lehenga"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Blue & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Blue",
    ),
    # Photo: model in a lavender cotton kurta with white embroidery, lavender sharara, sheer off-white dupatta. All
    # texts base BLIP-2.
    case(
        "X1253-019",
        caption("a woman in a purple dress", "contradiction"),
        piece("kurta", "purple"),
        piece("sharara", "purple"),
        piece("dupatta", "white"),
        wearing("a purple kurta and palazzo pants", who="the woman"),
        pattern("embroidered"),
        material("cotton"),
        gender="Women",
        title="Women Lavender Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Lavender",
    ),
    # Photo: model in a maroon art-silk brocade A-line skirt with woven floral buttis, black fitted top. All texts base
    # BLIP-2.
    case(
        "X1253-020",
        caption("a woman in a maroon skirt and black top"),
        piece("skirt", "black", "other_garment_color"),
        piece("top", "black"),
        pattern("floral"),
        material("silk"),
        describe(
            "skirt",
            "the skirt is made of brocade fabric and has a floral pattern woven in gold thread, it has a wide"
            " waistband and an a-line shape that falls to the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Maroon & Gold Brocade Woven Design A-Line Skirt",
        category=SK,
        color="Maroon",
    ),
    # Photo: model in a lime green lehenga with pink floral prints, pink blouse, pink dupatta. All texts base BLIP-2.
    case(
        "X1253-021",
        caption("a woman in a green and pink dress posing for a photo", "contradiction"),
        piece("lehenga", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "pink"),
        wearing("green and pink lehenga Question: What is the color of the lehenga? Answer: green", "leak"),
        pattern("floral"),
        gender="Women",
        title="Lime Green & Pink Printed Lehenga Choli With Dupatta",
        category=LC,
        color="Lime Green",
    ),
    # Photo: model in a black kurta with mirror work on the yoke and sleeves, black sharara, black dupatta with a mirror
    # border. All texts base BLIP-2.
    case(
        "X1253-022",
        caption("a woman in a black dress with mirror work", "contradiction"),
        piece("kurta", "black"),
        piece("sharara", "black"),
        piece("dupatta", "black"),
        is_a("sharara", "no", "contradiction"),
        details("kurta", "mirror work on the neckline and sleeves"),
        gender="Women",
        title="Women Black Mirror Work Kurta with Sharara & Dupatta",
        category=KS,
        color="Black",
    ),
    # Photo: model in an all-white look: white cotton skirt with chikankari floral embroidery, white top. Feed row
    # without gender. All texts base BLIP-2.
    case(
        "X1253-023",
        caption("a woman in a white skirt and white top"),
        piece("skirt", "white"),
        piece("top", "white"),
        pattern("floral"),
        details("skirt", "it is white", "non_answer"),
        material("cotton"),
        title="Women White Chikankari Embroidered Flared Skirt",
        category=SK,
        color="White",
    ),
    # Photo: model holding out the flare of a sea green lehenga, sea green blouse with short sleeves, ivory dupatta.
    # All texts base BLIP-2.
    case(
        "X1253-024",
        caption("a woman in a green lehenga holding her skirt"),
        piece("lehenga", "blue", "contradiction"),
        piece("blouse", "green Question: What is the color of the dupatta? Answer: white", "leak"),
        piece("dupatta", "white"),
        wearing("a lehenga", who="the woman"),
        sleeves("sleeveless", "contradiction"),
        gender="Women",
        title="Sea Green Embroidered Lehenga With Blouse & Dupatta",
        category=LC,
        color="Sea Green",
    ),
    # Photo: smiling model in a peach cotton kurta with a floral print, peach sharara, peach dupatta. All texts base
    # BLIP-2.
    case(
        "X1253-025",
        caption("a woman in a peach outfit smiling"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        pattern("floral"),
        wearing("a peach colored kurta", who="she"),
        material("cotton"),
        gender="Women",
        title="Women Peach Floral Print Kurta with Sharara & Dupatta",
        category=KS,
        color="Peach",
    ),
    # Photo: model in a multicoloured patchwork maxi skirt, black top. All texts base BLIP-2.
    case(
        "X1253-026",
        caption("a woman in a colorful skirt and black top"),
        piece("skirt", "multicolored"),
        piece("top", "black"),
        pattern("patchwork"),
        describe(
            "skirt",
            "the skirt is made of a variety of different fabrics and colors and has a variety of different patterns"
            " and colors and is made of a variety of",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender="Women",
        title="Women Multicoloured Patchwork Ethnic Maxi Skirt",
        category=SK,
        color="Multi",
    ),
    # Photo: model in a magenta art-silk lehenga with gold zari woven design, magenta blouse, gold tissue dupatta,
    # holding a gold potli bag. All texts base BLIP-2.
    case(
        "X1253-027",
        caption("a woman in a pink lehenga holding a purse"),
        piece("lehenga", "pink"),
        piece("blouse", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        material("silk"),
        wearing("a pink and gold lehenga", who="the woman"),
        is_a("saree", "yes", "contradiction"),
        gender="Women",
        title="Magenta & Gold-Toned Zari Woven Design Lehenga Choli with Dupatta",
        category=LC,
        color="Magenta",
    ),
    # Photo: model in an off-white embroidered kurta and off-white sharara, a multicoloured phulkari dupatta (pink,
    # green, orange) over both arms. All texts base BLIP-2.
    case(
        "X1253-028",
        caption("a woman in a white dress with a colorful scarf", "contradiction"),
        piece("kurta", "white"),
        piece("sharara", "white"),
        piece("dupatta", "white", "other_garment_color"),
        pattern("embroidered"),
        details("dupatta", "colorful embroidery"),
        gender="Women",
        title="Women Off White Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Off White",
    ),
    # Photo: model in a blue-and-white ikat cotton maxi skirt, plain white top tucked in. All texts base BLIP-2.
    case(
        "X1253-029",
        caption("a woman in a blue and white skirt"),
        piece("skirt", "blue"),
        piece("top", "blue", "other_garment_color"),
        pattern("striped", "contradiction"),
        material("cotton"),
        wearing("a blue skirt"),
        gender="Women",
        title="Women Blue Ikat Print Cotton Maxi Skirt",
        category=SK,
        color="Blue",
    ),
    # Photo: model in a purple georgette lehenga with sequins, purple blouse, purple dupatta. All texts base BLIP-2.
    case(
        "X1253-030",
        caption("a woman in a purple lehenga"),
        piece("lehenga", "purple"),
        piece("blouse", "purple"),
        piece("dupatta", "purple"),
        wearing("a woman wearing a purple lehenga"),
        material("silk", "contradiction"),
        pattern("sequined"),
        gender="Women",
        title="Purple Embellished Sequinned Georgette Lehenga & Blouse with Dupatta",
        category=LC,
        color="Purple",
    ),
    # Photo: model in a red kurta with gold printed motifs, round neck, three-quarter sleeves, red sharara, red dupatta.
    # All texts base BLIP-2.
    case(
        "X1253-031",
        caption("a woman in a red and gold salwar suit"),
        piece("kurta", "red"),
        piece("sharara", "red"),
        piece("dupatta", "red"),
        is_a("lehenga", "no"),
        details(
            "kurta",
            "the kurta has a round neck and three quarter sleeves, with gold printed motifs on the front and a border"
            " at the hem, and it is paired with a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Red Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Red",
    ),
    # Photo: model in a pink flared lehenga skirt with a gota border, white crop top. All texts base BLIP-2.
    case(
        "X1253-032",
        caption("a woman in a pink skirt and white crop top"),
        piece("skirt", "pink"),
        piece("top", "white"),
        is_a("lehenga", "yes"),
        wearing("a pink lehenga", who="she"),
        pattern("pink", "non_answer"),
        gender="Women",
        title="Women Pink Gota Patti Flared Lehenga Skirt",
        category=SK,
        color="Pink",
    ),
    # Photo: model in a yellow lehenga with mirror work, green blouse, green dupatta, haldi-style shoot with marigolds
    # at her feet. All texts base BLIP-2.
    case(
        "X1253-033",
        caption("a woman in a yellow and green dress", "contradiction"),
        piece("lehenga", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        piece("dupatta", "yellow", "other_garment_color"),
        wearing("yellow", "non_answer"),
        details("lehenga", "mirror work"),
        gender="Women",
        title="Yellow & Green Mirror Work Lehenga Choli with Dupatta",
        category=LC,
        color="Yellow",
    ),
    # Photo: model in a mint green embroidered kurta, mint sharara, mint dupatta. All texts base BLIP-2.
    case(
        "X1253-034",
        caption("a woman wearing a green kurta and a green sharara"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green"),
        wearing("he is wearing a green kurta", "pronoun", who="she"),
        pattern("embroidered"),
        gender="Women",
        title="Women Mint Green Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Green",
    ),
    # Photo: model in a navy crepe wrap skirt with small white flowers, mustard top, tan sling bag. All texts base
    # BLIP-2.
    case(
        "X1253-035",
        caption("a woman in a blue floral skirt with a yellow top and a bag"),
        piece("skirt", "navy blue"),
        piece("top", "yellow"),
        pattern("floral"),
        describe("skirt", "the skirt is a wrap skirt"),
        material("denim", "unsupported"),
        gender="Women",
        title="Women Navy Blue Floral Print Wrap Skirt",
        category=SK,
        color="Navy Blue",
    ),
    # Photo: model in an orange bandhani lehenga, pink blouse, pink dupatta. All texts base BLIP-2.
    case(
        "X1253-036",
        caption("a woman in an orange lehenga with a pink dupatta"),
        piece("lehenga", "orange"),
        piece("blouse", "orange", "other_garment_color"),
        piece("dupatta", "pink"),
        pattern("polka dot"),
        is_a("lehenga", "yes"),
        wearing("she is wearing a lehenga choli", who="the woman"),
        gender="Women",
        title="Orange & Pink Bandhani Printed Lehenga Choli with Dupatta",
        category=LC,
        color="Orange",
    ),
    # Photo: model in a beige chanderi kurta with gold buttis, beige sharara of the same fabric, beige dupatta. All
    # texts base BLIP-2.
    case(
        "X1253-037",
        caption("a woman in a beige outfit"),
        piece("kurta", "beige"),
        piece("sharara", "white", "contradiction"),
        piece("dupatta", "beige"),
        material("linen", "contradiction"),
        wearing("a beige kurta with pants"),
        gender="Women",
        title="Women Beige Chanderi Kurta with Sharara & Dupatta",
        category=KS,
        color="Beige",
    ),
    # Photo: model in a red maxi skirt with multicoloured embroidery along the hem, black off-shoulder top. All texts
    # base BLIP-2.
    case(
        "X1253-038",
        caption("a woman wearing a red skirt and a black top"),
        piece("skirt", "red"),
        piece("top", "red", "other_garment_color"),
        details("skirt", "the skirt has a colorful embroidered border at the bottom"),
        wearing("a red skirt and black top"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Women Red Embroidered Ethnic Maxi Skirt",
        category=SK,
        color="Red",
    ),
    # Photo: model in a grey net lehenga with pink embroidery, pink blouse with elbow sleeves, pink dupatta. Feed row
    # without a base colour. All texts base BLIP-2.
    case(
        "X1253-039",
        caption("a woman in a grey lehenga with a pink dupatta"),
        piece("lehenga", "grey"),
        piece("blouse", "grey", "other_garment_color"),
        piece("dupatta", "pink"),
        pattern("embroidered"),
        material("silk", "unsupported"),
        sleeves("short"),
        gender="Women",
        title="Grey & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
    ),
    # Photo: model in a maroon velvet kurta, maroon sharara, maroon net dupatta. All texts base BLIP-2.
    case(
        "X1253-040",
        caption("a woman in a maroon velvet outfit"),
        piece("kurta", "maroon"),
        piece("sharara", "maroon"),
        piece("dupatta", "maroon"),
        material("velvet"),
        wearing("a maroon kurta", who="she"),
        is_a("lehenga", "yes", "contradiction"),
        gender="Women",
        title="Women Maroon Velvet Kurta with Sharara & Dupatta",
        category=KS,
        color="Maroon",
    ),
    # Photo: model in an emerald satin flared skirt, white shirt knotted at the waist, hoop earrings. All texts base
    # BLIP-2.
    case(
        "X1253-041",
        caption("a woman in a green skirt and white shirt"),
        piece("skirt", "green"),
        piece("shirt", "white"),
        material("satin"),
        pattern("solid"),
        describe("skirt", "the skirt", "restated"),
        gender="Women",
        title="Women Green Solid Satin Flared Skirt",
        category=SK,
        color="Green",
    ),
    # Photo: back view of a model in a cream lehenga with pink floral prints, pink blouse tied at the back with
    # tasselled dori, cream dupatta with a pink border. All texts base BLIP-2.
    case(
        "X1253-042",
        caption("the back of a woman in a white floral lehenga"),
        piece("lehenga", "white"),
        piece("blouse", "pink"),
        piece("dupatta", "white"),
        details("blouse", "tassels on the back"),
        wearing("a white dress with pink flowers", "contradiction", who="the woman"),
        gender="Women",
        title="Cream & Pink Floral Printed Lehenga Choli with Dupatta",
        category=LC,
        color="Cream",
    ),
    # Photo: model in a blue-and-white leheriya kurta, solid blue sharara, blue-based leheriya dupatta with pink and
    # yellow waves. Feed row without a category. All texts base BLIP-2.
    case(
        "X1253-043",
        caption("a woman in a blue and white striped outfit"),
        piece("kurta", "blue"),
        piece("sharara", "blue"),
        piece("dupatta", "blue"),
        pattern("striped"),
        wearing(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Blue Leheriya Printed Kurta with Sharara & Dupatta",
        color="Blue",
    ),
    # Photo: model standing beside a cane chair in a mustard cotton skirt with mirror work, white blouse. All texts
    # base BLIP-2.
    case(
        "X1253-044",
        caption("a woman standing next to a chair in a yellow skirt"),
        piece("skirt", "yellow"),
        piece("blouse", "white"),
        details("skirt", "the skirt is yellow and has a lot of mirrors on it"),
        material("cotton"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="Women Mustard Mirror Work Flared Ethnic Skirt",
        category=SK,
        color="Mustard",
    ),
    # Photo: model in a black sequinned lehenga, black blouse, black net dupatta with a narrow silver sequin border.
    # Feed row without gender. All texts base BLIP-2.
    case(
        "X1253-045",
        caption("a woman in a black sequin lehenga"),
        piece("lehenga", "black"),
        piece("blouse", "black"),
        piece("dupatta", "silver", "contradiction"),
        wearing("a black lehenga", who="she"),
        pattern("sequined"),
        material("net"),
        title="Black & Silver-Toned Sequinned Lehenga Choli with Dupatta",
        category=LC,
        color="Black",
    ),
]
