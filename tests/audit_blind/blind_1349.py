"""BLIND_1349 (45 products; Myntra ethnic skirts, lehengas and sharara sets, base BLIP-2 zero-shot, per-piece colors):
written blind in the sixty-third session. Measured blind at a6e2e4e (the session's eighth and final rules): 31/40
failures found (77.5%) and 4/194 correct texts flagged (2.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic bottoms and sets: article types "Skirts" (flared, tiered, kalidar and ghagra
maxi skirts), "Lehenga Choli" (lehenga, blouse/choli, usually a dupatta) and "Kurta Sets" (kurta with sharara, usually
a dupatta). Catalog shots: a model on a plain studio backdrop, sometimes a back view, a few flat lays of semi-stitched
lehengas and of skirts, now and then a prop (a chair, a stool, a bag, marigold garlands, juttis). Columns as the feed
has them: title (productDisplayName), category (articleType), color (baseColour), gender; a few rows lack one.
Who wrote what: every text comes from untuned Salesforce/blip2-opt-2.7b (8-bit, no adapter), greedy. The caption is
the unprompted caption (50 new tokens max). The answers use "Question: ... Answer:" (30 new tokens max). The color
questions are asked once per piece the title names (skirt; lehenga / blouse or choli / dupatta; kurta / sharara /
dupatta) and stored as free-generation open answers; a few rows also get the wearing question, a yes/no "Is this a
lehenga/skirt?", a describe or details question, and the pattern or material question. The base model mostly stops
on the newline, so most answers are one to five words; when it does not stop it runs to the limit (leaks, loops).
Labeling conventions and judgement calls: judged against the photo I imagined (written in the comment) and the title.
The main real failure here is a piece answered with the dominant piece's color (blouse or dupatta given the lehenga's
color, skirt given the top's color): other_garment_color. A color that is no garment's color (the white backdrop of
a flat lay, the gold of sequins on a black dupatta, white pom-poms on a peach dupatta) is contradiction, as is
"saree"/"sari" for a lehenga, "a blue dress" for a blue skirt worn with a blue top, and "no" to "Is this a
lehenga?" for a lehenga. Near hues counted right: peach called
pink, burgundy/wine called red, off-white/cream called white, teal/sea green/olive/lime called green, lavender called
purple, multicolor called colorful. A dupatta that is mostly one color with a border of another is right with either
the main color or "x and y"; gold tissue/gold-toned dupattas are right as "gold". "Salwar kameez", "palazzo" or
"pants" for a sharara set counted right (ordinary loose usage), bandhani called "polka dot" or "tie dye" counted
right. The wearing question on a flat lay answered with the product ("a white skirt") counted right. Material counted
right when the photo shows it (velvet, Banarasi silk) or the title says it; "silk" for a rayon skirt is unsupported.
Details the photo does not show (pockets, a slit, mirror work on a printed lehenga) are unsupported. "arafed" in a
caption is a BLIP-2 artifact, left unmarked when the rest is right. Runs to the token limit are marked hit_limit;
a list cut at the limit is cut, a phrase repeated to the limit is loop, a continuation into the next
"Question: ... Answer:" is leak.
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


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """Per-piece color question, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material

BLIND_1349 = [
    # Truth: front view, maroon velvet lehenga with a gold zari border, matching maroon blouse, gold tissue net dupatta
    # over one shoulder, beige backdrop. All texts: base BLIP-2 OPT-2.7b (caption unprompted, answers by question).
    case(
        "X1349-001",
        caption("a woman in a maroon and gold lehenga posing for a photo"),
        wearing("a lehenga"),
        piece("lehenga", "maroon"),
        piece("blouse", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Women Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Truth: model, mustard flared maxi skirt with a small green floral block print, plain white cotton top tucked in,
    # grey backdrop; the skirt is cotton. All texts: base BLIP-2.
    case(
        "X1349-002",
        caption("a woman in a yellow skirt and white top"),
        wearing("a yellow skirt and a white shirt"),
        piece("skirt", "white", "other_garment_color"),
        pattern("floral"),
        material("cotton"),
        gender="Women",
        title="Anouk Women Mustard Yellow & Green Printed Flared Maxi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Truth: pink short kurta with a floral print, matching pink sharara, pink dupatta with a gota border, model with
    # jhumkas, white backdrop. All texts: base BLIP-2.
    case(
        "X1349-003",
        caption("a woman wearing a pink outfit with a floral print"),
        wearing("a pink salwar kameez"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        gender="Women",
        title="Libas Women Pink Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: model mid-twirl, bottle-green lehenga with pink thread embroidery, pink blouse, pink dupatta.
    # All texts: base BLIP-2.
    case(
        "X1349-004",
        caption("arafed woman in a green and pink lehenga dancing"),
        piece("lehenga", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="SCAKHI Women Green & Pink Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Truth: flat lay on a white wooden floor, off-white cotton skirt with an indigo dabu floral print, no person.
    # All texts: base BLIP-2.
    case(
        "X1349-005",
        caption("a white skirt with blue print on a white floor"),
        wearing("a white skirt"),
        piece("skirt", "white"),
        pattern("floral"),
        material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Off-White & Blue Printed Cotton Maxi Flared Skirt",
        category="Skirts",
        color="Off White",
    ),
    # Truth: navy kurta with small white paisley buttis, navy sharara, white dupatta with a navy print, model in front
    # of a white wall. All texts: base BLIP-2.
    case(
        "X1349-006",
        caption("a woman in a blue and white outfit standing in front of a white wall"),
        piece("kurta", "blue"),
        piece("sharara", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        pattern("paisley"),
        gender="Women",
        title="Sangria Women Navy Blue Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: back view, model looking over her shoulder, red sequinned lehenga, red blouse with a tie-up dori back, red
    # net dupatta over her head. All texts: base BLIP-2.
    case(
        "X1349-007",
        caption("the back of a woman in a red lehenga"),
        wearing("a red sari", "contradiction"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Studio Shringaar Women Red & Gold-Toned Embellished Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Truth: model, teal tiered maxi skirt (no pockets), white short kurti-style top with teal embroidery, a tan sling
    # bag on her shoulder. All texts: base BLIP-2.
    case(
        "X1349-008",
        caption("a woman wearing a green skirt and white top holding a bag"),
        wearing("a skirt and a top"),
        piece("skirt", "green"),
        details("skirt", "it has pockets on the side", "unsupported"),
        pattern("solid"),
        gender="Women",
        title="W Women Teal Solid Tiered Maxi Skirt",
        category="Skirts",
        color="Teal",
    ),
    # Truth: yellow kurta with a mirror-work yoke, white sharara, yellow dupatta with a white border, green-leaf studio
    # backdrop. All texts: base BLIP-2.
    case(
        "X1349-009",
        caption("a woman in a yellow and white outfit posing for a picture"),
        wearing("a yellow kurta and white pants"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow", "other_garment_color"),
        piece("dupatta", "yellow"),
        gender="Women",
        title="GoSriKi Women Yellow Yoke Design Kurta with White Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Truth: pastel pink lehenga with silver mirror work, pink blouse, silver tissue dupatta. All texts: base BLIP-2;
    # the blouse answer did not stop and ran on into the prompt format to the 30-token limit.
    case(
        "X1349-010",
        caption("a woman in a pink lehenga with silver embroidery"),
        piece("lehenga", "pink"),
        piece(
            "blouse",
            "pink Question: What is the color of the dupatta? Answer: silver Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        piece("dupatta", "silver"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Kalini Women Pink & Silver-Toned Embroidered Mirror Work Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Truth: model, rust A-line midi skirt with a small floral print, black tank top. All texts: base BLIP-2.
    case(
        "X1349-011",
        caption("a woman in an orange skirt and black top"),
        wearing("he is wearing an orange skirt and a black top", "pronoun"),
        piece("skirt", "orange"),
        describe("skirt", "an orange skirt with white flowers"),
        pattern("floral"),
        gender="Women",
        title="Global Desi Women Rust Printed A-Line Midi Skirt",
        category="Skirts",
        color="Rust",
    ),
    # Truth: navy Banarasi silk lehenga with dense gold zari buttas and a wide gold border, gold brocade choli, no
    # dupatta in the set or the photo. All texts: base BLIP-2.
    case(
        "X1349-012",
        caption("a woman wearing a blue and gold lehenga"),
        piece("lehenga", "gold", "other_garment_color"),
        piece("choli", "gold"),
        material("silk"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Warthy Ent Women Navy Blue & Gold-Toned Zari Woven Banarasi Silk Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Truth: white cotton kurta with white chikankari, white sharara, white dupatta, model against a pink wall.
    # All texts: base BLIP-2.
    case(
        "X1349-013",
        caption("a woman in a white dress standing in front of a pink wall"),
        piece("kurta", "white"),
        piece("sharara", "white"),
        piece("dupatta", "white"),
        details("kurta", "embroidery"),
        material("cotton"),
        gender="Women",
        title="Ada Women White Chikankari Embroidered Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: model, green flared maxi skirt with a gold foil floral print and a plain gold border at the hem, white
    # top. All texts: base BLIP-2; the describe answer repeated itself to the limit.
    case(
        "X1349-014",
        caption("a woman in a green skirt with gold print"),
        describe(
            "skirt",
            "it is a long skirt with a gold border and a gold border and a gold border and a gold border and a gold"
            " border and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a green skirt and a white top"),
        piece("skirt", "green"),
        pattern("floral"),
        gender="Women",
        title="Biba Women Green Printed Flared Maxi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Truth: peach sequinned lehenga, mint green blouse, peach dupatta draped over her arm. All texts: base BLIP-2.
    case(
        "X1349-015",
        caption("a woman in a peach lehenga with a green top"),
        piece("lehenga", "pink"),
        piece("blouse", "green"),
        piece("dupatta", "green", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Women Peach-Coloured & Green Embroidered Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Truth: back view, black flared midi skirt with a white polka-dot print, red top. All texts: base BLIP-2.
    case(
        "X1349-016",
        caption("a woman in a black and white polka dot skirt"),
        wearing("a red top and a polka dot skirt"),
        piece("skirt", "black and white"),
        pattern("polka dot"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Sangria Women Black & White Printed Flared Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Truth: sea-green straight kurta with gold embroidery at the neckline, sea-green sharara, contrast pink organza
    # dupatta. All texts: base BLIP-2.
    case(
        "X1349-017",
        caption("a woman in a green dress with a pink scarf"),
        wearing("a green dress and a pink scarf"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green", "other_garment_color"),
        gender="Women",
        title="Indo Era Women Green Embroidered Straight Kurta With Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Truth: lehenga with a multicolor patchwork print (red, yellow, blue, green), red blouse, yellow dupatta.
    # All texts: base BLIP-2.
    case(
        "X1349-018",
        caption("a woman wearing a colorful skirt and red top"),
        piece("lehenga", "multicolored"),
        piece("blouse", "red"),
        piece("dupatta", "the dupatta", "non_answer"),
        pattern("patchwork"),
        gender="Women",
        title="Fusionic Women Multicoloured Printed Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Truth: model, indigo flared skirt with a small white floral print, no slit, light blue sleeveless top (two
    # pieces, not a dress).
    # All texts: base BLIP-2.
    case(
        "X1349-019",
        caption("a woman in a blue skirt and a blue top"),
        wearing("a blue dress", "contradiction"),
        piece("skirt", "blue"),
        details("skirt", "it has a slit on the side", "unsupported"),
        pattern("floral"),
        gender="Women",
        title="Rangriti Women Blue Printed Flared Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Truth: wine velvet lehenga with heavy gold zardozi, wine blouse, gold tissue dupatta; the model sits on a carved
    # wooden chair. All texts: base BLIP-2.
    case(
        "X1349-020",
        caption("a woman sitting on a chair in a red lehenga"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red", "other_garment_color"),
        material("velvet"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Chhabra 555 Women Wine Velvet Embroidered Lehenga with Blouse and Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Truth: mustard kurta with a small red floral print, mustard sharara, red dupatta. All texts: base BLIP-2; the
    # describe answer is an encyclopedia definition cut at the 30-token limit.
    case(
        "X1349-021",
        caption("a woman in a yellow outfit with a red scarf"),
        describe(
            "kurta",
            "the kurta is a long, loose-fitting tunic that is worn by both men and women in south asia. it is usually"
            " made of",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "yellow"),
        piece("sharara", "yellow"),
        piece("dupatta", "red"),
        gender="Women",
        title="Juniper Women Mustard Yellow Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Truth: model, beige cotton kalidar maxi skirt with a maroon floral block-print border, maroon top.
    # All texts: base BLIP-2.
    case(
        "X1349-022",
        caption("a woman in a maroon top and a beige skirt"),
        wearing("a maroon top and a long skirt"),
        piece("skirt", "maroon", "other_garment_color"),
        pattern("floral"),
        material("cotton"),
        gender="Women",
        title="Ethnovogue Women Beige & Maroon Printed Pure Cotton Kalidar Maxi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Truth: purple silk lehenga with a gold woven border, gold blouse, no dupatta in the set. The row has no gender.
    # All texts: base BLIP-2.
    case(
        "X1349-023",
        caption("a woman in a purple and gold saree", "contradiction"),
        piece("lehenga", "purple"),
        piece("choli", "gold"),
        material("silk"),
        is_a("lehenga", "yes"),
        title="panchhi Women Purple & Gold-Toned Woven Design Silk Lehenga Choli",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Truth: powder-blue kurta with white thread embroidery at the neck, powder-blue sharara, no dupatta, beige
    # backdrop. All texts: base BLIP-2.
    case(
        "X1349-024",
        caption("a woman in a light blue dress with white embroidery"),
        wearing("a blue kurta and palazzo pants"),
        piece("kurta", "blue"),
        piece("sharara", "blue"),
        details("kurta", "white embroidery on the neck"),
        gender="Women",
        title="Anubhutee Women Blue Ethnic Motifs Embroidered Kurta with Sharara",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: rani pink bandhani lehenga, orange blouse, orange dupatta with a pink border. All texts: base BLIP-2; the
    # caption looped to the 50-token limit.
    case(
        "X1349-025",
        caption(
            "a woman in a pink and orange lehenga with a pink and orange dupatta and a pink and orange dupatta and a"
            " pink and orange dupatta and a pink and orange dupatta and a",
            "loop",
            hit_limit=True,
        ),
        piece("lehenga", "pink"),
        piece("blouse", "orange"),
        piece("dupatta", "orange"),
        pattern("tie dye"),
        gender="Women",
        title="Shubhkala Women Magenta & Orange Bandhani Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Truth: model, red rayon flared maxi skirt with gold embroidery at the hem, white crop top. All texts: base BLIP-2.
    case(
        "X1349-026",
        caption("a woman in a red skirt and white top"),
        wearing("a red skirt and a white top"),
        piece("skirt", "red"),
        details("skirt", "skirt details", "restated"),
        material("silk", "unsupported"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Vishudh Women Red & Gold-Toned Embroidered Flared Maxi Skirt",
        category="Skirts",
        color="Red",
    ),
    # Truth: black kurta with a white and red floral print, black sharara, red dupatta. The row has no gender.
    # All texts: base BLIP-2.
    case(
        "X1349-027",
        caption("a woman in a black and red outfit with a red scarf"),
        piece("kurta", "black"),
        piece("sharara", "black"),
        piece("dupatta", "black", "other_garment_color"),
        pattern("floral"),
        title="Aks Women Black Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: mint-green sequinned lehenga, mint blouse, mint net dupatta, model on a cream backdrop.
    # All texts: base BLIP-2.
    case(
        "X1349-028",
        caption("a woman in a green lehenga with sequins"),
        piece("lehenga", "green"),
        piece("blouse", "yes", "non_answer"),
        piece("dupatta", "green"),
        is_a("lehenga", "yes"),
        gender="Women",
        title=(
            "Zeel Clothing Women Sea Green Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse with Dupatta"
        ),
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Truth: flat lay on white, pink cotton flared skirt with a white floral print, a pair of gold juttis and a bangle
    # as props, no person. All texts: base BLIP-2.
    case(
        "X1349-029",
        caption("a pink skirt with a pair of shoes on a white background"),
        piece("skirt", "pink"),
        pattern("floral"),
        material("cotton"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Cottinfab Women Pink Printed Flared Cotton Maxi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Truth: off-white kurta with green thread embroidery, green sharara, green dupatta. All texts: base BLIP-2.
    case(
        "X1349-030",
        caption("a woman in a white top and green pants"),
        wearing("a white kurta and green palazzo pants"),
        piece("kurta", "green", "other_garment_color"),
        piece("sharara", "green"),
        piece("dupatta", "green"),
        gender="Women",
        title="Varanga Women Off White Embroidered Kurta with Green Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Truth: lavender organza lehenga with a pastel floral print, no embroidery or mirror work, lavender blouse,
    # lavender dupatta. All texts: base BLIP-2.
    case(
        "X1349-031",
        caption("a woman in a purple floral dress"),
        describe("lehenga", "a purple lehenga with gold embroidery and mirror work", "unsupported"),
        piece("lehenga", "purple"),
        piece("blouse", "purple"),
        piece("dupatta", "purple"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fabcartz Women Lavender Floral Printed Organza Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Truth: model, navy leheriya (diagonal white wave stripes) maxi skirt with a tasselled drawstring tie at the waist,
    # white kurti top. All texts: base BLIP-2.
    case(
        "X1349-032",
        caption("a woman in a blue and white striped skirt"),
        wearing("a white shirt and a blue skirt"),
        piece("skirt", "blue"),
        details("skirt", "it has a tie at the waist"),
        pattern("striped"),
        gender="Women",
        title="Libas Women Navy Blue Leheriya Printed Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Truth: bridal styling, red lehenga with heavy gold embroidery, red blouse, red dupatta with a gold border over her
    # head, maang tikka, nath, choker, long necklace, bangles. All texts: base BLIP-2; the wearing answer is a list cut
    # at the 30-token limit.
    case(
        "X1349-033",
        caption("a bride in a red and gold lehenga"),
        wearing(
            "a red lehenga with gold embroidery, a red dupatta, a maang tikka, a nath, a choker necklace, a long"
            " necklace, bangles, and",
            "cut",
            hit_limit=True,
        ),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red and gold"),
        gender="Women",
        title="Ethnovogue Women Red & Gold-Toned Embroidered Made to Measure Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Truth: model sitting on a wooden stool, peach kurti with a small floral print, peach sharara, peach dupatta edged
    # with white pom-poms. All texts: base BLIP-2.
    case(
        "X1349-034",
        caption("a woman sitting on a stool in a peach outfit"),
        piece("kurta", "peach"),
        piece("sharara", "peach"),
        piece("dupatta", "white", "contradiction"),
        pattern("floral"),
        gender="Women",
        title="Kvsfab Women Peach Floral Printed Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: model, olive green flared skirt with white threadwork, black top, canvas tote on her arm.
    # All texts: base BLIP-2.
    case(
        "X1349-035",
        caption("a woman in a green skirt and black top holding a bag"),
        wearing("a black top and a green skirt"),
        piece("skirt", "black", "other_garment_color"),
        describe("skirt", "it is a skirt", "restated"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Sera Women Olive Green Embroidered Flared Skirt",
        category="Skirts",
        color="Olive",
    ),
    # Truth: yellow lehenga with an orange gota-patti border, yellow blouse, orange dupatta, marigold garlands hung
    # behind the model. The row has no category. All texts: base BLIP-2.
    case(
        "X1349-036",
        caption("a woman in a yellow lehenga standing in front of flowers"),
        piece("lehenga", "yellow"),
        piece("blouse", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        details("lehenga", "orange border"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="panchhi Women Yellow & Orange Gotta Patti Lehenga Choli with Dupatta",
        color="Yellow",
    ),
    # Truth: maroon velvet short kurta with gold embroidery, maroon sharara, gold tissue dupatta.
    # All texts: base BLIP-2.
    case(
        "X1349-037",
        caption("a woman in a maroon outfit with a gold scarf"),
        piece("kurta", "maroon"),
        piece("sharara", "it is a sharara", "non_answer"),
        piece("dupatta", "gold"),
        material("velvet"),
        gender="Women",
        title="Nayo Women Maroon Embroidered Velvet Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: model, red bandhani flared maxi skirt (white dots), black crop blouse, oxidised silver jewellery.
    # All texts: base BLIP-2.
    case(
        "X1349-038",
        caption("a woman in a red skirt and black top"),
        wearing("a red skirt and a black blouse"),
        piece("skirt", "red"),
        details("skirt", "white dots"),
        pattern("polka dot"),
        gender="Women",
        title="Jaipur Kurti Women Red Bandhani Printed Flared Maxi Skirt",
        category="Skirts",
        color="Red",
    ),
    # Truth: flat lay on white, royal-blue semi-stitched lehenga with silver embroidery, the blue blouse fabric folded
    # beside it, blue net dupatta folded on top; no person. All texts: base BLIP-2.
    case(
        "X1349-039",
        caption("a blue and silver skirt on a white background"),
        describe("lehenga", "a blue lehenga with silver embroidery and a blue dupatta"),
        piece("lehenga", "blue"),
        piece("blouse", "white", "contradiction"),
        piece("dupatta", "blue"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fabpixel Women Blue Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Truth: sea-green kurta with a gold zari yoke, sea-green sharara with a gold border, sea-green dupatta with a gold
    # border. All texts: base BLIP-2; the details answer repeated one clause to the limit.
    case(
        "X1349-040",
        caption("a woman in a green outfit with gold embroidery"),
        details(
            "kurta",
            "the kurta is embroidered with gold thread and the sharara is embroidered with gold thread and the dupatta"
            " is embroidered with gold thread and the",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green"),
        gender="Women",
        title="Anouk Women Sea Green Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Truth: model, patchwork tiered maxi skirt (pink, orange, green tiers), white top. The row has no color.
    # All texts: base BLIP-2; the pattern answer ran on into the prompt format.
    case(
        "X1349-041",
        caption("a woman in a colorful skirt and white top"),
        wearing("a white top and a colorful skirt"),
        piece("skirt", "multicolored"),
        pattern(
            "patchwork Question: What is the pattern of the skirt? Answer: patchwork Question: What is the pattern of"
            " the top? Answer: solid Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender="Women",
        title="Sangria Women Multicoloured Patchwork Tiered Maxi Skirt",
        category="Skirts",
    ),
    # Truth: black lehenga with gold sequins, black blouse, black net dupatta with a narrow gold sequin border.
    # All texts: base BLIP-2.
    case(
        "X1349-042",
        caption("a woman in a black lehenga with gold sequins"),
        wearing("she is wearing a black lehenga"),
        piece("lehenga", "black"),
        piece("blouse", "black"),
        piece("dupatta", "gold", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Women Black & Gold-Toned Sequinned Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Truth: lime-green kurta with a white print, white sharara, lime-green dupatta. All texts: base BLIP-2.
    case(
        "X1349-043",
        caption("a woman in a green and white outfit"),
        wearing("he is wearing a green kurta and white pants", "pronoun"),
        piece("kurta", "green"),
        piece("sharara", "white"),
        piece("dupatta", "green"),
        gender="Women",
        title="Ishin Women Lime Green Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Truth: three-quarter view, maroon cotton ghagra skirt with a gold foil print, beige top. All texts: base BLIP-2.
    case(
        "X1349-044",
        caption("a woman in a red skirt with gold print"),
        describe("skirt", "a long skirt with gold print"),
        piece("skirt", "maroon"),
        material("cotton"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Biba Women Maroon Printed Pure Cotton Ghagra Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # Truth: cream lehenga with pink thread embroidery, pink blouse, pink dupatta. All texts: base BLIP-2.
    case(
        "X1349-045",
        caption("a woman in a white and pink lehenga"),
        piece("lehenga", "pink", "other_garment_color"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        gender="Women",
        title=("Inddus Women Cream-Coloured & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta"),
        category="Lehenga Choli",
        color="Cream",
    ),
]
