"""BLIND_1493 (45 products; Myntra ethnic skirts, lehengas and sharara sets, base BLIP-2 zero-shot, per-piece colors):
written blind in the sixty-fifth session. Measured blind at eb96f22 (the session's fourth rules): 42/66 failures
found (63.6%) and 9/205 correct texts flagged (4.4%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: lehenga cholis (article type "Lehenga Choli"), kurta-with-sharara sets
("Kurta Sets") and ethnic skirts ("Skirts"). Photos are the catalog's usual shots: a model on a plain backdrop
wearing the set, or the skirt with a styling top; now and then a flat lay, a back view, or a prop (a lantern, a
stool, flowers, a tote bag). The feed's columns are title, category (article type), color (base colour) and gender;
a few rows lack one of them.
Who wrote what: every text comes from the untuned base Salesforce/blip2-opt-2.7b, zero-shot, greedy, one generate per
prompt: the caption from an empty prompt (50 new tokens at most), each question as "Question: ... Answer:" (30 new
tokens at most). The questionnaire asks per piece: lehengas get the lehenga, blouse and dupatta colors; sharara sets
the kurta, sharara and dupatta colors; skirts the skirt and top colors; plus two to four of: what the person/woman
is wearing, pattern, material, garment type, sleeve length, "Is this a ...?", describe/details of one piece. Color
answers are free generation, so they are stored as open texts.
Labeling conventions and judgement calls: a color word from the right hue family counts as right (pink for magenta,
peach that photographs salmon-pink, purple for lavender, blue or green for teal, yellow for mustard, orange for
rust, red for maroon, white for off-white/ivory, maroon for burgundy). A piece's color answered with the color of
another piece visible in the photo (blouse given the skirt's red, top given the skirt's white) is
other_garment_color, whichever piece is the seller's product; a color that matches nothing in the photo, or the
wrong kind of garment (saree for a lehenga or sharara set, dress for a skirt worn with a top, "no" to "Is this a
skirt?"), is contradiction. "Dress" in a caption for a knee-length kurta is left unmarked as a loose word; "palazzo
pants" for a sharara is left unmarked too. A color, fabric or detail that nothing in the photo or the title shows (a
dupatta's color when the set has none or it is out of frame, a top's color in a flat lay with no top, pockets,
trains, "silk" or "cotton" where the title names another fabric) is unsupported. The piece's own name or "no" in
place of a color or pattern is non_answer; "the dupatta is a dupatta" is restated. Base answers are short and mostly
stop, so loops and cuts are rare and come from the longer open questions; both ran to the limit (hit_limit=True).
About a quarter of the texts are wrong, fewer than the usual four in ten: clean catalog shots and one-word base
answers; most errors are one color given to two pieces and ethnic pieces misread (saree, dress, unknown "sharara").
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1493 = [
    # Photo: model on a grey backdrop in a maroon velvet-look lehenga with a gold zari border, matching maroon blouse,
    # gold net dupatta over one shoulder; no mirror work anywhere. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-001",
        caption("a woman in a maroon lehenga posing for the camera"),
        wearing("a maroon lehenga", who="the woman"),
        color_of("lehenga", "maroon", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        BQ.pattern("embroidered"),
        details("lehenga", "it has a gold border and a mirror work", "unsupported"),
        gender="Women",
        title="Panchhi Women Maroon Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: model in a tonal pink sequinned georgette lehenga, pink blouse and pink dupatta, white backdrop.
    # All texts: base BLIP-2 zero-shot; the title says georgette, the model says silk.
    case(
        "X1493-002",
        caption("a woman in a pink lehenga with a pink dupatta"),
        wearing("a pink lehenga", who="the woman"),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        describe("lehenga", "a pink lehenga with sequins"),
        BQ.material("silk", "unsupported"),
        gender="Women",
        title="Kalini Pink Sequinned Georgette Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: model against a white wall in a mustard yellow kurta with white gota patti, mustard sharara, and a white
    # dupatta with a small mustard print. All texts: base BLIP-2 zero-shot; the sharara gets the dupatta's white.
    case(
        "X1493-003",
        caption("a woman in a yellow outfit standing in front of a white wall"),
        wearing("a yellow kurta and white pants", "other_garment_color", who="the woman"),
        color_of("kurta", "yellow", kind="open"),
        color_of("sharara", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "white", kind="open"),
        is_a("lehenga", "yes", "contradiction"),
        gender="Women",
        title="Anouk Women Mustard Yellow Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: model in a navy blue floral block-printed cotton flared maxi skirt, white crop top tucked in, brown
    # kolhapuri sandals. All texts: base BLIP-2 zero-shot; all right.
    case(
        "X1493-004",
        caption("a woman wearing a blue floral skirt and white top"),
        color_of("skirt", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        BQ.pattern("floral"),
        BQ.material("cotton"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Navy Blue Floral Printed Cotton Flared Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: model in a rust orange tiered maxi skirt with a mirror-work hem, plain black top, oxidised silver
    # jhumkas; the skirt has no slit. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-005",
        caption("a woman in a black top and orange skirt"),
        wearing("a black top and an orange skirt"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        details("skirt", "it has a slit on the side", "unsupported"),
        BQ.pattern("solid"),
        gender="Women",
        title="Global Desi Women Rust Orange Tiered Mirror Work Maxi Skirt",
        category="Skirts",
        color="Rust",
    ),
    # Photo: back view, model showing the back of a teal blouse with tasselled dori tie-ups and a teal lehenga with a
    # gold foil print; the dupatta is not in the shot. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-006",
        caption("the back of a woman in a green lehenga"),
        wearing("a green lehenga", who="the woman"),
        color_of("lehenga", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        color_of("dupatta", "green", "unsupported", kind="open"),
        BQ.pattern("printed"),
        gender="Women",
        title="Mitera Teal Foil Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: model in a white chikankari kurta, white sharara and white mulmul dupatta, pink juttis; no colored border
    # on the kurta. All texts: base BLIP-2 zero-shot; the juttis' pink lands on the kurta's description.
    case(
        "X1493-007",
        caption("a woman in a white outfit with pink shoes"),
        wearing("a white kurta"),
        color_of("kurta", "white", kind="open"),
        color_of("sharara", "white", kind="open"),
        color_of("dupatta", "white", kind="open"),
        describe("kurta", "a white kurta with a pink border", "unsupported"),
        BQ.garment_type("kurta"),
        gender="Women",
        title="House of Pataudi Women White Chikankari Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: model in a red velvet bridal lehenga with heavy gold embroidery, red blouse, red net dupatta with a gold
    # border over the head, bridal jewellery; floor-length, no train. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-008",
        caption("a woman in a red bridal outfit"),
        wearing("a red and gold lehenga", who="the woman"),
        color_of("lehenga", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        details("lehenga", "the lehenga has gold embroidery and a long train", "unsupported"),
        BQ.material("velvet"),
        gender="Women",
        title="Chhabra 555 Red & Gold-Toned Embroidered Velvet Semi-Stitched Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model, hands on hips, in a black and gold brocade A-line midi skirt with a white sleeveless top.
    # All texts: base BLIP-2 zero-shot; the person question comes back with "he", the top gets the skirt's colors.
    case(
        "X1493-009",
        caption("a woman in a black and gold skirt"),
        wearing("he is wearing a black and gold skirt", "pronoun"),
        color_of("skirt", "black and gold", kind="open"),
        color_of("top", "black and gold", "other_garment_color", kind="open"),
        BQ.garment_type("skirt"),
        gender="Women",
        title="Sangria Women Black & Gold-Toned Woven Design Brocade A-Line Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: flat lay on white: a bottle green kurta with gold ethnic-motif print and three-quarter sleeves, green
    # sharara, green printed organza dupatta folded beside. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-010",
        caption("a green and gold outfit laid out on a white surface"),
        wearing("a green and gold saree", "contradiction"),
        color_of("kurta", "green", kind="open"),
        color_of("sharara", "green", kind="open"),
        color_of("dupatta", "green", kind="open"),
        BQ.pattern("floral"),
        BQ.sleeve_length("long", "contradiction"),
        gender="Women",
        title="Libas Women Green Ethnic Motifs Printed Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: model holding a brass lantern, in a peach (salmon-pink in the photo) lehenga with thread embroidery,
    # peach blouse and a sea green dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-011",
        caption("a woman in a pink lehenga holding a lantern"),
        wearing("a pink lehenga and a green dupatta", who="the woman"),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Peach-Coloured & Sea Green Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: model in a mustard yellow bagru-printed cotton wrap midi skirt and a black t-shirt. All texts: base BLIP-2
    # zero-shot; the top's answer ran on into the next prompt. The feed row has no gender.
    case(
        "X1493-012",
        caption("a woman in a yellow skirt and black shirt"),
        color_of("skirt", "yellow", kind="open"),
        color_of("top", "black Question: What is the color of the skirt? Answer: yellow", "leak", kind="open"),
        BQ.pattern("printed"),
        is_a("skirt", "yes"),
        BQ.garment_type("wrap skirt"),
        title="Rangriti Women Mustard Yellow Bagru Printed Cotton Wrap Midi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Photo: model in a lavender kurta with mirror and thread work on the yoke, three-quarter sleeves, lavender
    # sharara with an embroidered hem, lavender organza dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-013",
        caption("a woman in a purple outfit posing for a picture"),
        wearing("a purple kurta and sharara", who="the woman"),
        color_of("kurta", "purple", kind="open"),
        color_of("sharara", "purple", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        describe(
            "kurta",
            "the kurta is a light purple color with a v-neckline and a mirror work embroidery on the yoke and the "
            "sleeves are three quarter length and the kurta is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Aks Women Lavender Yoke Design Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: model in a magenta lehenga with silver sequin stripes, magenta blouse, dupatta draped across the front
    # like a saree pallu. All texts: base BLIP-2 zero-shot; the drape makes it read the set as a saree.
    case(
        "X1493-014",
        caption("a woman in a pink saree posing", "contradiction"),
        wearing("a pink saree", "contradiction", who="the woman"),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        BQ.pattern("striped"),
        gender="Women",
        title="Ethnovog Magenta Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: model with a jute tote bag, in a multicoloured patchwork maxi skirt (red, mustard, green, blue panels)
    # and a plain black top. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-015",
        caption("a woman with a bag wearing a colorful skirt"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        BQ.pattern("patchwork"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Tikhi Imli Women Multicoloured Patchwork Cotton Maxi Skirt",
        category="Skirts",
        color="Multi",
    ),
    # Photo: model in a short black straight kurta with silver zari work and full sleeves, black flared sharara, black
    # net dupatta with a silver border over the arms. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-016",
        caption("a woman in a black outfit with silver embroidery"),
        wearing("a black kurta and palazzo pants", who="the woman"),
        color_of("kurta", "black", kind="open"),
        color_of("sharara", "sharara", "non_answer", kind="open"),
        color_of("dupatta", "black", kind="open"),
        BQ.sleeve_length("long"),
        gender="Women",
        title="Soch Women Black Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: model in a yellow and pink bandhani lehenga, plain pink blouse, green dupatta with a gota border.
    # All texts: base BLIP-2 zero-shot; the wearing answer cycles through the colors until the limit.
    case(
        "X1493-017",
        caption("a woman in a yellow and pink lehenga"),
        wearing(
            "a yellow and pink and green and yellow and pink and green and yellow and pink and green and yellow and "
            "pink and green and yellow and",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "yellow", kind="open"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "green", kind="open"),
        BQ.pattern("tie dye"),
        gender="Women",
        title="Varanga Women Yellow & Pink Bandhani Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: back view, model in an off-white cotton gathered midi skirt with a red block-printed border at the hem
    # and a maroon top. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-018",
        caption("the back of a woman wearing a white skirt and red top"),
        color_of("skirt", "white", kind="open"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details("skirt", "it has a red border"),
        BQ.material("cotton"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Fabindia Women Off-White Block Print Cotton Gathered Midi Skirt",
        category="Skirts",
        color="Off White",
    ),
    # Photo: model in an emerald green solid satin kurta with pleats and a green sharara; the set has no dupatta and
    # none is in the photo. All texts: base BLIP-2 zero-shot; the questionnaire still asks for the dupatta.
    case(
        "X1493-019",
        caption("a woman in a green satin outfit"),
        wearing("a green kurta and sharara"),
        color_of("kurta", "green", kind="open"),
        color_of("sharara", "green", kind="open"),
        color_of("dupatta", "green", "unsupported", kind="open"),
        BQ.material("satin"),
        gender="Women",
        title="W Women Green Solid Satin Kurta with Sharara",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: flat lay: navy lehenga skirt spread out with scattered small gold woven buttis (no grid), navy blouse
    # fabric folded, navy net dupatta with a gold border. All texts: base BLIP-2 zero-shot. The row has no category.
    case(
        "X1493-020",
        caption("a blue and gold skirt on a white background"),
        color_of("lehenga", "blue", kind="open"),
        color_of("blouse", "blue", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        BQ.pattern("checkered", "contradiction"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Panit Women Navy Blue & Gold-Toned Zari Woven Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        color="Navy Blue",
    ),
    # Photo: model in a pink and orange leheriya (diagonal stripe) flared maxi skirt with a gota trim at the hem and
    # a white shirt knotted at the waist. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-021",
        caption("a woman in a pink and orange striped skirt"),
        color_of("skirt", "pink", kind="open"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        BQ.pattern("striped"),
        is_a("skirt", "yes"),
        describe("skirt", "a pink and orange striped skirt with a gold border"),
        gender="Women",
        title="Aurelia Women Pink & Orange Leheriya Printed Flared Maxi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: model in an off-white kurta with a pink floral print, solid pink sharara and pink dupatta.
    # All texts: base BLIP-2 zero-shot; the kurta gets the bottom's pink and the dupatta the kurta's white.
    case(
        "X1493-022",
        caption("a woman in a white and pink floral outfit"),
        wearing("a white kurta and pink pants", who="the woman"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        color_of("sharara", "pink", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        BQ.pattern("floral"),
        gender="Women",
        title="Indo Era Women Off-White & Pink Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: model in a lime green lehenga with pink floral embroidery, solid pink blouse, lime green dupatta.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1493-023",
        caption("a woman in a green and pink lehenga"),
        color_of("lehenga", "green", kind="open"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "green", kind="open"),
        details("lehenga", "the lehenga details are the lehenga", "restated"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Juniper Women Lime Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Photo: model seated on a wooden stool in a solid teal flared ethnic skirt with a zari border and a mustard
    # sleeveless top worn over the waistband (no drawstring visible). All texts: base BLIP-2 zero-shot.
    case(
        "X1493-024",
        caption("a woman sitting on a stool in a blue skirt"),
        wearing("a yellow top and a blue skirt", who="the woman"),
        color_of("skirt", "blue", kind="open"),
        color_of("top", "yellow", kind="open"),
        BQ.pattern("solid"),
        details("skirt", "it has a zari border and a drawstring", "unsupported"),
        gender="Women",
        title="Kalini Women Teal Blue Solid Flared Ethnic Skirt with Zari Border",
        category="Skirts",
        color="Teal",
    ),
    # Photo: model in an indigo kurta with a white motif print, indigo sharara, white dupatta. All texts: base BLIP-2
    # zero-shot; the wearing answer gives the bottom the dupatta's white, the per-piece question gets it right.
    case(
        "X1493-025",
        caption("a woman in a blue and white printed outfit"),
        wearing("a blue kurta and white pants", "other_garment_color"),
        color_of("kurta", "blue", kind="open"),
        color_of("sharara", "blue", kind="open"),
        color_of("dupatta", "white", kind="open"),
        BQ.material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Blue & White Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: model in a sea green lehenga with a gold foil print, gold brocade blouse, sea green dupatta.
    # All texts: base BLIP-2 zero-shot; the dupatta question returned nothing at all.
    case(
        "X1493-026",
        caption("a woman in a green and gold lehenga"),
        wearing("a green lehenga with a gold blouse", who="the woman"),
        color_of("lehenga", "green", kind="open"),
        color_of("blouse", "gold", kind="open"),
        color_of("dupatta", "", "non_answer", kind="open"),
        BQ.pattern("printed"),
        gender="Women",
        title="Mitera Sea Green & Gold-Toned Foil Print Lehenga with Brocade Blouse & Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: model in an ankle-length black chikankari georgette skirt and a black top tucked in, all-black styling;
    # the waist seam is visible. All texts: base BLIP-2 zero-shot; it reads the two pieces as one dress.
    case(
        "X1493-027",
        caption("a woman in a black dress standing in front of a white wall", "contradiction"),
        wearing("a black dress", "contradiction", who="the woman"),
        color_of("skirt", "black", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("skirt", "no", "contradiction"),
        BQ.material("cotton", "unsupported"),
        gender="Women",
        title="House of Pataudi Women Black Chikankari Embroidered Georgette Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: model in a rust kurta with a gold foil print, rust sharara, beige dupatta with a rust print.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1493-028",
        caption("a woman in an orange kurta and a white scarf"),
        wearing("she is wearing an orange kurta"),
        color_of("kurta", "orange", kind="open"),
        color_of("sharara", "orange", kind="open"),
        color_of("dupatta", "orange", "other_garment_color", kind="open"),
        describe("dupatta", "the dupatta is a dupatta", "restated"),
        gender="Women",
        title="Biba Women Rust Orange Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: model in a royal blue lehenga with silver mirror work, a silver-grey blouse and a royal blue dupatta.
    # All texts: base BLIP-2 zero-shot; the dupatta answer ran on into a made-up next question.
    case(
        "X1493-029",
        caption("a woman in a blue and silver lehenga"),
        wearing("a blue lehenga", who="the woman"),
        color_of("lehenga", "blue", kind="open"),
        color_of("blouse", "silver", kind="open"),
        color_of("dupatta", "blue Question: What is the color of the lehenga? Answer: blue", "leak", kind="open"),
        gender="Women",
        title="Chhabra 555 Blue & Silver-Toned Mirror Work Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: flat lay on a wooden floor: a green A-line midi skirt with a pink kalamkari floral print; no top in the
    # photo. All texts: base BLIP-2 zero-shot. The feed row has no base colour.
    case(
        "X1493-030",
        caption("a green and pink skirt laying on a wooden floor"),
        color_of("skirt", "green", kind="open"),
        color_of("top", "green", "unsupported", kind="open"),
        BQ.pattern("floral"),
        BQ.material("cotton"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Rangriti Women Green & Pink Kalamkari Print Cotton A-Line Midi Skirt",
        category="Skirts",
    ),
    # Photo: model in a maroon velvet short kurta with gold embroidery, maroon velvet sharara and a gold tissue
    # dupatta. All texts: base BLIP-2 zero-shot; the caption calls the model a man.
    case(
        "X1493-031",
        caption("a man in a maroon outfit with a gold scarf", "pronoun"),
        wearing("a maroon kurta with a gold dupatta"),
        color_of("kurta", "maroon", kind="open"),
        color_of("sharara", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        BQ.material("velvet"),
        gender="Women",
        title="Aks Women Maroon Embroidered Velvet Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: front view, model in a mustard lehenga with multicolour thread embroidery, mustard blouse, orange dupatta
    # with mirror work on the border. All texts: base BLIP-2 zero-shot; the description ran to the limit.
    case(
        "X1493-032",
        caption("a woman in a yellow lehenga with an orange dupatta"),
        color_of("lehenga", "yellow", kind="open"),
        color_of("blouse", "yellow", kind="open"),
        color_of("dupatta", "orange", kind="open"),
        describe(
            "lehenga",
            "the lehenga is yellow with multi colored embroidery and the blouse is yellow with a round neck and "
            "the dupatta is orange with mirror work on the border and a",
            "cut",
            hit_limit=True,
        ),
        BQ.garment_type("lehenga"),
        gender="Women",
        title="Varanga Women Mustard Yellow Thread Work Ready to Wear Lehenga & Blouse with Orange Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: model in a plain white tiered cotton maxi skirt with lace inserts and a short indigo printed kurti top.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1493-033",
        caption("a woman wearing a white skirt and a blue top"),
        color_of("skirt", "white", kind="open"),
        color_of("top", "blue", kind="open"),
        BQ.pattern("skirt", "non_answer"),
        details("skirt", "it has lace on it"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Fabindia Women White Tiered Cotton Maxi Skirt",
        category="Skirts",
        color="White",
    ),
    # Photo: model holding a bunch of marigolds, in a blush pink organza kurta with floral embroidery (knee length),
    # pink sharara, pink organza dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-034",
        caption("a woman in a pink dress holding flowers"),
        wearing("a pink kurta", who="the woman"),
        color_of("kurta", "pink", kind="open"),
        color_of("sharara", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        BQ.material("silk", "unsupported"),
        gender="Women",
        title="Indo Era Women Pink Floral Embroidered Organza Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: model in a burgundy (wine) embroidered lehenga, blush pink blouse, blush pink dupatta.
    # All texts: base BLIP-2 zero-shot; the lehenga question gets the blouse's pink.
    case(
        "X1493-035",
        caption("a woman in a maroon lehenga and pink dupatta"),
        wearing("a maroon lehenga", who="the woman"),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Burgundy & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Photo: model in a purple pleated satin maxi skirt with a gold border and a gold sequinned crop top.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1493-036",
        caption("a woman in a purple skirt and gold top"),
        wearing("a purple skirt and a gold top"),
        color_of("skirt", "purple", kind="open"),
        color_of("top", "purple", "other_garment_color", kind="open"),
        BQ.pattern("pleated"),
        BQ.material("satin"),
        gender="Women",
        title="Soch Women Purple Pleated Satin Ethnic Maxi Skirt",
        category="Skirts",
        color="Purple",
    ),
    # Photo: back view, model in a sky blue knee-length kurta with back tie-ups and three-quarter sleeves, sky blue
    # sharara, white dupatta hanging from the arms. All texts: base BLIP-2 zero-shot; "sharara" gets the dupatta's
    # white. The row has no gender.
    case(
        "X1493-037",
        caption("the back of a woman in a blue dress"),
        color_of("kurta", "blue", kind="open"),
        color_of("sharara", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "white", kind="open"),
        describe("kurta", "it is a blue kurta with a tie up at the back"),
        BQ.sleeve_length("short", "contradiction"),
        title="Anouk Women Blue Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: model in a multicoloured leheriya-striped lehenga, plain black blouse, multicoloured striped dupatta.
    # All texts: base BLIP-2 zero-shot; the lehenga color cycles until the limit.
    case(
        "X1493-038",
        caption("a woman in a colorful striped skirt and black top"),
        color_of(
            "lehenga",
            "red, yellow, green, blue, red, yellow, green, blue, red, yellow, green, blue, red, yellow, green, blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "black", kind="open"),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        BQ.pattern("striped"),
        gender="Women",
        title="Tikhi Imli Women Multicoloured Striped Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: model in an ivory tiered flared skirt with a gold foil print, an emerald green sweetheart-neck top, gold
    # jhumkas and bangles. All texts: base BLIP-2 zero-shot; the wearing answer ran to the limit.
    case(
        "X1493-039",
        caption("a woman in a white skirt and green top"),
        wearing(
            "a white skirt with a gold print and a green top with a sweetheart neckline and a pair of gold jhumkas "
            "and a bunch of bangles on her",
            "cut",
            who="the woman",
            hit_limit=True,
        ),
        color_of("skirt", "white", kind="open"),
        color_of("top", "green", kind="open"),
        BQ.pattern("printed"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Biba Women Off White & Gold-Toned Foil Printed Tiered Flared Skirt",
        category="Skirts",
        color="Off White",
    ),
    # Photo: model in a teal sequinned georgette kurta, teal sharara, teal dupatta draped across the body like a saree
    # pallu. All texts: base BLIP-2 zero-shot; the drape makes it a saree throughout.
    case(
        "X1493-040",
        caption("a woman in a blue saree with sequins", "contradiction"),
        wearing("a saree", "contradiction"),
        color_of("kurta", "blue", kind="open"),
        color_of("sharara", "blue", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        BQ.garment_type("saree", "contradiction"),
        gender="Women",
        title="Ethnovog Women Teal Sequinned Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: model in a lavender sequinned net lehenga, lavender blouse, white net dupatta with a lavender border; no
    # pockets. All texts: base BLIP-2 zero-shot; the dupatta gets the lehenga's purple.
    case(
        "X1493-041",
        caption("a woman in a light purple lehenga"),
        color_of("lehenga", "purple", kind="open"),
        color_of("blouse", "purple", kind="open"),
        color_of("dupatta", "purple", "other_garment_color", kind="open"),
        BQ.material("net"),
        details("lehenga", "it has a lot of sequins and a pocket on the side", "unsupported"),
        gender="Women",
        title="Kalini Lavender Embroidered Net Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: model with a brown sling bag, in a maroon bandhani-dotted cotton flared skirt and a plain white top.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1493-042",
        caption("a woman in a red skirt and white top"),
        color_of("skirt", "red", kind="open"),
        color_of("top", "no", "non_answer", kind="open"),
        BQ.pattern("polka dot"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Maroon Bandhani Printed Cotton Flared Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # Photo: model in a lemon yellow cotton kurta with a white floral print, white sharara with a small yellow print,
    # yellow mulmul dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1493-043",
        caption("a woman in a yellow top and white pants"),
        wearing("he is wearing a yellow kurta", "pronoun"),
        color_of("kurta", "yellow", kind="open"),
        color_of("sharara", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        BQ.material("cotton"),
        BQ.pattern("floral"),
        gender="Women",
        title="Libas Women Yellow Floral Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: model in a black lehenga with a multicolour floral print, black blouse, solid red dupatta.
    # All texts: base BLIP-2 zero-shot; the blouse gets the dupatta's red.
    case(
        "X1493-044",
        caption("a woman in a black floral lehenga with a red scarf"),
        wearing("a black and red lehenga", who="the woman"),
        color_of("lehenga", "lehenga", "non_answer", kind="open"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Panit Women Black & Red Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Photo: model in an olive green wrap midi skirt with a small white floral print and a white shirt.
    # All texts: base BLIP-2 zero-shot; the skirt gets the shirt's white.
    case(
        "X1493-045",
        caption("a woman in a white shirt and green skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        BQ.pattern("printed"),
        describe("skirt", "a green skirt with white flowers"),
        BQ.garment_type("skirt"),
        gender="Women",
        title="Global Desi Women Olive Green Printed Wrap Midi Skirt",
        category="Skirts",
        color="Olive",
    ),
]
