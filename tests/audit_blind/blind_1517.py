"""BLIND_1517 (45 products; Myntra ethnic skirts, lehengas and sharara sets, base BLIP-2 zero-shot, per-piece colors):
written blind in the sixty-fifth session. Measured blind at 71dbb3c (the session's sixth rules): 50/72 failures found
(69.4%) and 8/206 correct texts flagged (3.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear: Lehenga Choli, Skirts and Kurta Sets (kurta with sharara, mostly with
a dupatta). Catalog photos: a model on a plain studio backdrop (white, grey, beige, now and then a pink or pale blue
wall), wearing the product with other clothes (a top or crop top with the skirts), a few back views, two flat lays,
props now and then (a basket, a parasol, a stool, a floor cushion). Feed columns: title, category (Myntra's article
type), color (base colour), gender; a few rows lack one of them, as feeds do.
Who wrote what: every text is the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy. The caption is unprompted
(50 new tokens at most); each question is asked as `Question: <q> Answer:` (30 new tokens at most), free generation,
newline as the stop token, so most answers are short and stop; a few run on the same line into a loop, a cut, or a
new `Question: ... Answer:` of the model's own. The per-piece color questions ask for each piece the title names:
lehenga, blouse and dupatta for the lehengas; kurta, sharara and dupatta for the sets (no dupatta question where the
title names none); skirt alone for the skirts. Besides: what the person is wearing, a details or describe question,
and for some a yes/no "Is this a ...?" on the product kind or the material question.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near hues count as right:
maroon/wine called red or purple, rust called orange or brown, teal called blue or green, mustard called yellow,
peach called pink, off-white called white, gold called gold or yellow. Navy called black is wrong (contradiction).
A piece given the color of another piece in the photo (the dupatta given the lehenga's red, the skirt given the
top's yellow) is other_garment_color; a color taken from the wall, or from a border, is contradiction. Lehenga called
sari/saree, a lehenga or kurta set called "dress", "no" to "Is this a sharara?" for a sharara set: contradiction.
"Salwar kameez"/"salwar suit" for a kurta-sharara set I let pass (a generic name for kurta with bottoms). Material:
the truth is the fabric on the product page (not in the feed); a guessed material that the page contradicts is
unsupported when the title is silent and contradiction when the title names another one. Invented things (a
dupatta on a set sold without one, pockets, a belt, a slit, mirror work) are unsupported. A bare echo of the
question's words ("lehenga", "it is a lehenga") or an answer that does not answer ("nothing" for a flat lay, a
color alone for "what is the person wearing?") is non_answer; an answer that restates the question in a sentence is
restated. "Man"/"he" for the women models is pronoun. A text that ran to the token limit is hit_limit, and its
failure is loop where it repeats and cut where it stops mid-phrase. For a flat lay, naming the garment for "what is
the person wearing?" counts as right. The base model answers short questions well, so fewer than four in ten texts
are wrong; most of its failures are per-piece colors.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing


def col(garment, text, failure=None, hit_limit=False):
    """Per-piece color question, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1517 = [
    # Photo: model on a beige backdrop, maroon velvet lehenga with a gold zari border, maroon blouse, gold-beige net
    # dupatta over the left shoulder. All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1517-001",
        caption("a woman in a red lehenga with gold embroidery"),
        wearing("a red dress", "contradiction"),
        col("lehenga", "red"),
        col("blouse", "red"),
        col("dupatta", "red", "other_garment_color"),
        details("lehenga", "gold embroidery"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Chhabra 555 Maroon Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: model on a grey backdrop, white crop top, rust maxi skirt with a small white floral block print, brown
    # sandals. Skirt is viscose rayon (product page), no slit. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-002",
        caption("a woman in a white top and a brown skirt"),
        wearing("a white shirt and a long skirt"),
        col("skirt", "orange"),
        describe("skirt", "a long skirt with flowers on it"),
        details("skirt", "the skirt has a slit on the side", "unsupported"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Global Desi Women Rust Printed Flared Maxi Skirt",
        category="Skirts",
        color="Rust",
    ),
    # Photo: model against a white wall, bottle-green straight kurta with a gold gota yoke, green sharara, green
    # organza dupatta with a gold edge, juttis. All texts: base BLIP-2 zero-shot. All right.
    case(
        "X1517-003",
        caption("a woman in a green salwar suit standing in front of a white wall"),
        wearing("a green salwar kameez"),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "green and gold"),
        details("kurta", "gold embroidery on the neck"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Libas Women Green Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: model half turned, holding the dupatta open behind her; pastel pink net lehenga with silver-gold
    # sequins, pink blouse, pink net dupatta, grey backdrop. All texts: base BLIP-2 zero-shot; the caption loops.
    case(
        "X1517-004",
        caption(
            "a woman in a pink lehenga with a pink dupatta and a pink dupatta and a pink dupatta and a pink dupatta"
            " and a pink dupatta and a pink dupatta and a pink dupatta and a pink",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink lehenga"),
        col("lehenga", "pink"),
        col("blouse", "pink"),
        col("dupatta", "pink"),
        details("lehenga", "sequins"),
        describe("lehenga", "a pink lehenga"),
        gender="Women",
        title="Mitera Pink & Gold-Toned Sequinned Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: model on a white backdrop, mustard yellow top, black tiered maxi skirt, silver jhumkas.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1517-005",
        caption("a woman in a yellow top and black skirt"),
        wearing("a yellow shirt and a black skirt"),
        col("skirt", "yellow", "other_garment_color"),
        describe("skirt", "a long black skirt"),
        details("skirt", "ruffles"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Sangria Women Black Solid Tiered Flared Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: model with a hand on her hip, teal lehenga with a gold foil print, mustard blouse, mustard dupatta with
    # a teal border, white backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-006",
        caption("a woman in a blue and yellow lehenga"),
        wearing("lehenga"),
        col("lehenga", "blue"),
        col("blouse", "blue", "other_garment_color"),
        col("dupatta", "yellow"),
        details("lehenga", "it is a lehenga", "non_answer"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="panchhi Teal Blue Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: model sitting on a wooden stool (prop), mustard kurta with a small white floral print, mustard sharara,
    # white dupatta with a mustard border. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-007",
        caption("a woman in a yellow dress sitting on a stool", "contradiction"),
        wearing("a yellow dress", "contradiction"),
        col("kurta", "yellow"),
        col("sharara", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        details("kurta", "white flowers"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Mustard Yellow Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: flat lay on a white surface, no person: off-white A-line midi skirt with a blue floral print (cotton).
    # All texts: base BLIP-2 zero-shot. All right.
    case(
        "X1517-008",
        caption("a white skirt with blue flowers on it"),
        wearing("a skirt"),
        col("skirt", "white"),
        describe("skirt", "a white skirt with blue flowers"),
        material("cotton"),
        is_a("skirt", "yes"),
        gender="Women",
        title="W Women Off-White & Blue Printed A-Line Midi Skirt",
        category="Skirts",
        color="Off White",
    ),
    # Photo: back view, model facing away; navy lehenga with silver thread embroidery, navy blouse with a tie-up
    # back and tassels, peach net dupatta pinned across the back. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-009",
        caption("the back of a woman wearing a blue lehenga"),
        wearing("a blue lehenga"),
        col("lehenga", "black", "contradiction"),
        col("blouse", "blue"),
        col("dupatta", "blue", "other_garment_color"),
        details("lehenga", "the back of the lehenga", "non_answer"),
        gender="Women",
        title="Warthy Ent Navy Blue Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: model with short cropped hair, peach kurta with thread embroidery, peach sharara, peach dupatta over the
    # arms, white wall. All texts: base BLIP-2 zero-shot; the caption calls her a man.
    case(
        "X1517-010",
        caption("a man in a pink kurta standing in front of a white wall", "pronoun"),
        wearing("a pink kurta and pants"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "pink"),
        details("kurta", "embroidery on the front"),
        gender="Women",
        title="Indo Era Women Peach-Coloured Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: smiling model holding the edge of the dupatta; red lehenga with gold zari, green blouse, red dupatta with
    # a gold border, cream backdrop. No gender in the feed row. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-011",
        caption("a woman in a red and green lehenga"),
        wearing("a red and green sari", "contradiction"),
        col("lehenga", "red"),
        col("blouse", "red", "other_garment_color"),
        col("dupatta", "red"),
        details("lehenga", "gold border Question: What is the color of the dupatta? Answer: red", "leak"),
        is_a("lehenga", "yes"),
        title="Kalini Women Red & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model against a light grey wall, olive green pleated midi skirt, black tee tucked in (no belt), white
    # sneakers; skirt is polyester. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-012",
        caption("a woman in a green skirt and black top"),
        wearing("a black shirt and green skirt"),
        col("skirt", "green"),
        describe("skirt", "a pleated skirt"),
        details("skirt", "the skirt is pleated and it has a black belt", "unsupported"),
        material("polyester"),
        gender="Women",
        title="Fusion Beats Women Olive Green Solid Pleated Flared Midi Skirt",
        category="Skirts",
        color="Olive",
    ),
    # Photo: model in front of a pink studio wall, lavender lehenga with mirror work, lavender blouse, white net
    # dupatta. All texts: base BLIP-2 zero-shot; "pink" for the lehenga is the wall's color.
    case(
        "X1517-013",
        caption("a woman in a purple lehenga standing in front of a pink wall"),
        wearing("a purple lehenga"),
        col("lehenga", "pink", "contradiction"),
        col("blouse", "purple"),
        col("dupatta", "purple", "other_garment_color"),
        details("lehenga", "mirror work"),
        describe("lehenga", "a purple lehenga with mirror work on it"),
        gender="Women",
        title="SCAKHI Lavender Embellished Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: model on a white backdrop, cobalt blue kurta with a white bandhani dot print, white sharara, blue
    # dupatta. All texts: base BLIP-2 zero-shot; the dupatta answer runs into a question of its own.
    case(
        "X1517-014",
        caption("a woman in a blue and white outfit posing for a photo"),
        wearing("a blue kurta and white pants"),
        col("kurta", "blue"),
        col("sharara", "blue", "other_garment_color"),
        col("dupatta", "blue Question: What is the color of the sharara? Answer: blue", "leak"),
        details("kurta", "white polka dots"),
        gender="Women",
        title="Vastranand Women Blue Bandhani Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: model holding a yellow wicker basket (prop), white camisole, pink floral tiered maxi skirt, white
    # backdrop. All texts: base BLIP-2 zero-shot; the details answer loops to the limit.
    case(
        "X1517-015",
        caption("a woman in a pink skirt holding a basket"),
        wearing("a white tank top and a pink skirt"),
        col("skirt", "pink"),
        describe("skirt", "a pink floral skirt"),
        details(
            "skirt",
            "the skirt is made of a light fabric and has a floral print on it. the skirt is made of a light fabric"
            " and has a",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender="Women",
        title="Shae by SASSAFRAS Women Pink Floral Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: model in bridal jewellery, red silk lehenga with a wide gold woven border, gold brocade blouse, no
    # dupatta (the set has none). All texts: base BLIP-2 zero-shot.
    case(
        "X1517-016",
        caption("a woman in a red and gold lehenga with jewelry"),
        wearing("a red lehenga"),
        col("lehenga", "red"),
        col("blouse", "red", "other_garment_color"),
        material("silk"),
        details("lehenga", "lehenga choli", "non_answer"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Pothys Women Red & Gold-Toned Woven Design Silk Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model barefoot on a white backdrop, white shirt, indigo A-line skirt with a white dabu floral print.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1517-017",
        caption("a woman in a blue skirt and white shirt"),
        wearing("a white shirt and a blue skirt"),
        col("skirt", "white", "other_garment_color"),
        describe("skirt", "a blue skirt with white flowers"),
        material("denim", "contradiction"),
        gender="Women",
        title="Jaipur Kurti Women Indigo Printed A-Line Cotton Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: model on a beige backdrop, off-white kurta with a pink floral print, off-white sharara, pink dupatta.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1517-018",
        caption("a woman in a white kurta with a pink scarf"),
        wearing("he is wearing a white kurta and a pink dupatta", "pronoun"),
        col("kurta", "white"),
        col("sharara", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        details("kurta", "pink flowers"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Biba Women Off-White Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: model on a white backdrop, multicolored patola-print lehenga (yellow ground, red and green motifs), red
    # blouse, green dupatta; the fabric is a cotton blend. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-019",
        caption("a woman in a colorful lehenga"),
        wearing("a colorful skirt and a red top"),
        col("lehenga", "multicolored"),
        col("blouse", "red"),
        col("dupatta", "red", "other_garment_color"),
        describe("lehenga", "a colorful lehenga with a pattern"),
        material("silk", "unsupported"),
        gender="Women",
        title="Ethnovog Multicoloured Printed Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: back view, model in a black blouse with a deep back, maroon velvet maxi skirt with a gold gota border.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1517-020",
        caption("the back of a woman in a black top and red skirt"),
        wearing("a black top and a red skirt"),
        col("skirt", "black", "other_garment_color"),
        describe("skirt", "a long red skirt with gold trim"),
        material("velvet"),
        gender="Women",
        title="Anouk Women Maroon Embellished Velvet Flared Maxi Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # Photo: model on a white backdrop, haldi yellow lehenga with multicolor thread embroidery (no mirror work),
    # yellow blouse, orange dupatta. All texts: base BLIP-2 zero-shot; the details answer is cut at the limit.
    case(
        "X1517-021",
        caption("a woman in a yellow lehenga with an orange dupatta"),
        wearing("a yellow lehenga"),
        col("lehenga", "yellow"),
        col("blouse", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        details(
            "lehenga",
            "the lehenga is embroidered with colorful threads and has a lot of mirror work on it and the border is"
            " made of gold and the blouse is",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Zeel Clothing Women Yellow Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: model on a grey backdrop, black georgette kurta with silver embroidery, black sharara, black dupatta with
    # a silver border. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-022",
        caption("a woman in a black outfit"),
        wearing("a black kurta"),
        col("kurta", "black"),
        col("sharara", "black"),
        col("dupatta", "black"),
        is_a("sharara", "no", "contradiction"),
        material("silk", "unsupported"),
        gender="Women",
        title="Sojanya Women Black Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: flat lay, no person: cotton patchwork wrap skirt, panels in blue, red, yellow and green. No gender in the
    # feed row. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-023",
        caption("a colorful skirt with a lot of different colors and patterns on it"),
        wearing("nothing", "non_answer"),
        col("skirt", "multicolored"),
        describe("skirt", "a colorful skirt"),
        material("cotton"),
        title="Vastranand Women Multicoloured Patchwork Cotton Wrap Skirt",
        category="Skirts",
        color="Multi",
    ),
    # Photo: model on a beige backdrop, emerald green lehenga with gold embroidery, green blouse, green dupatta draped
    # over the shoulder like a sari pallu. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-024",
        caption("a woman in a green sari", "contradiction"),
        wearing("a green lehenga"),
        col("lehenga", "green"),
        col("blouse", "green"),
        col("dupatta", "green"),
        details("lehenga", "gold embroidery"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mabish by Sonal Jain Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: model with short hair on a white backdrop, black tee, mustard rayon maxi skirt with a black motif
    # print. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-025",
        caption("a young man in a yellow skirt and black top", "pronoun"),
        wearing("a black shirt and yellow skirt"),
        col("skirt", "yellow"),
        details("skirt", "it has a print on it"),
        material("silk", "unsupported"),
        gender="Women",
        title="Mitera Women Mustard Printed Flared Maxi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Photo: model holding the dupatta over her head like a veil; hot pink net lehenga, navy blue blouse, pink net
    # dupatta, white backdrop. No gender in the feed row. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-026",
        caption("a woman in a pink lehenga holding a pink dupatta over her head"),
        wearing("a pink lehenga"),
        col("lehenga", "pink"),
        col("blouse", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        details(
            "lehenga",
            "the lehenga is made of net and has a lot of embroidery on it and the dupatta is also made of net and"
            " has a",
            "cut",
            hit_limit=True,
        ),
        material("chiffon", "contradiction"),
        title="Inddus Pink & Blue Embroidered Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: model on a white backdrop, white top, blue tiered maxi skirt with a white geometric print.
    # All texts: base BLIP-2 zero-shot; the describe answer goes on into a question and answer of its own.
    case(
        "X1517-027",
        caption("a woman in a blue and white skirt"),
        wearing("a white shirt and a blue skirt"),
        col("skirt", "blue and white"),
        describe(
            "skirt",
            "a long skirt with a white pattern on it. Question: What are the skirt details? Answer: the skirt has a"
            " white pattern",
            "leak",
        ),
        is_a("skirt", "yes"),
        gender="Women",
        title="Global Desi Women Blue & White Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Photo: model caught mid-twirl, maroon kurta with a gold print, maroon sharara, maroon dupatta with a wide gold
    # border. All texts: base BLIP-2 zero-shot; "gold" for the dupatta is its border.
    case(
        "X1517-028",
        caption("a woman in a maroon dress dancing", "contradiction"),
        wearing("a red kurta and pants"),
        col("kurta", "red"),
        col("sharara", "red"),
        col("dupatta", "gold", "contradiction"),
        details("kurta", "gold print"),
        gender="Women",
        title="Libas Women Maroon Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: model standing side-on, sea green georgette lehenga with sequin stripes, sea green blouse, sea green
    # dupatta, grey backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-029",
        caption("a woman in a green lehenga"),
        wearing("a green dress", "contradiction"),
        col("lehenga", "green"),
        col("blouse", "green"),
        col("dupatta", "green"),
        describe("lehenga", "lehenga", "non_answer"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Warthy Ent Sea Green Sequinned Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: model in profile, white shirt tucked into an olive A-line midi skirt without pockets, white backdrop.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1517-030",
        caption("a woman in a white shirt and green skirt"),
        wearing("a white blouse and a green skirt"),
        col("skirt", "green"),
        details("skirt", "the details of the skirt are the details of the skirt", "restated"),
        describe("skirt", "a green skirt with pockets", "unsupported"),
        gender="Women",
        title="Sangria Women Olive Green Solid A-Line Midi Skirt",
        category="Skirts",
        color="Olive",
    ),
    # Photo: model on a beige backdrop, gold tissue lehenga with sequins, maroon blouse, maroon net dupatta with a
    # gold edge. No color in the feed row. All texts: base BLIP-2 zero-shot; the details answer loops.
    case(
        "X1517-031",
        caption("a woman in a gold and red lehenga"),
        wearing("a gold lehenga and a red dupatta"),
        col("lehenga", "gold"),
        col("blouse", "gold", "other_garment_color"),
        col("dupatta", "red"),
        details(
            "lehenga",
            "gold sequins and gold sequins and gold sequins and gold sequins and gold sequins and gold sequins and"
            " gold sequins and gold",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Chhabra 555 Women Gold-Toned & Maroon Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
    ),
    # Photo: model on a white backdrop, lime green short kurta with mirror embroidery, lime green sharara, pink
    # dupatta with lime tassels. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-032",
        caption("a woman in a green top and green pants with a pink scarf"),
        wearing("a green kurta and a pink dupatta"),
        col("kurta", "green"),
        col("sharara", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        details("kurta", "mirror work"),
        gender="Women",
        title="Kasya Women Lime Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Photo: model holding the skirt out with both hands; red cotton maxi skirt with white thread embroidery at the
    # hem, black crop top, no scarf, white backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-033",
        caption("a woman in a red skirt and black top with a red scarf", "unsupported"),
        wearing("a red skirt"),
        col("skirt", "red"),
        describe("skirt", "a red skirt with a white border"),
        details("skirt", "white embroidery on the bottom"),
        material("cotton"),
        gender="Women",
        title="Ishin Women Red Embroidered Flared Maxi Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: model holding a multicolored paper parasol (prop), peach lehenga with a green floral print, green
    # blouse, peach dupatta, white backdrop. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-034",
        caption("a woman in a peach lehenga holding an umbrella"),
        wearing("a peach and green lehenga"),
        col("lehenga", "peach"),
        col("blouse", "green"),
        col("dupatta", "green", "other_garment_color"),
        details("lehenga", "green flowers"),
        gender="Women",
        title="Readiprint Fashions Peach-Coloured & Green Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: model on a white backdrop, indigo cotton kurta with a white block print, indigo sharara, no dupatta (the
    # set has none). All texts: base BLIP-2 zero-shot.
    case(
        "X1517-035",
        caption("a woman in a blue kurta and pants"),
        wearing("blue kurta"),
        col("kurta", "blue"),
        col("sharara", "blue"),
        details("kurta", "white print"),
        describe("sharara", "the sharara is a sharara", "restated"),
        material("cotton"),
        gender="Women",
        title="Fabindia Women Indigo Block Printed Cotton Kurta with Sharara",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: model on a beige backdrop, ivory top, gold tissue skirt with a self design (polyester tissue per the
    # product page). No category in the feed row. All texts: base BLIP-2 zero-shot.
    case(
        "X1517-036",
        caption("a woman in a gold skirt and white top"),
        wearing("a white top and gold skirt"),
        col("skirt", "gold"),
        describe("skirt", "a long gold skirt with a pattern"),
        material("silk", "unsupported"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Varanga Women Gold-Toned Self Design Flared Maxi Skirt",
        color="Gold",
    ),
    # Photo: model sitting on a floor cushion (prop) with the skirt spread around her; orange bandhani lehenga, pink
    # blouse, pink bandhani dupatta with a gota border. All texts: base BLIP-2 zero-shot; the wearing answer loops.
    case(
        "X1517-037",
        caption("a woman in an orange and pink lehenga sitting on the floor"),
        wearing(
            "an orange lehenga with a pink blouse and a pink dupatta and a pink dupatta and a pink dupatta and a pink"
            " dupatta and a pink",
            "loop",
            hit_limit=True,
        ),
        col("lehenga", "orange"),
        col("blouse", "orange", "other_garment_color"),
        col("dupatta", "orange", "other_garment_color"),
        details("lehenga", "polka dots"),
        gender="Women",
        title="Vastranand Women Orange & Pink Bandhani Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Photo: model on a grey backdrop, wine kurta (calf length, round neck, no slit) with gold embroidery, wine
    # sharara, wine dupatta. All texts: base BLIP-2 zero-shot; the describe answer is cut at the limit.
    case(
        "X1517-038",
        caption("a woman in a purple outfit"),
        wearing("a purple salwar kameez"),
        col("kurta", "purple"),
        col("sharara", "purple"),
        col("dupatta", "purple"),
        describe(
            "kurta",
            "the kurta is a long dress with a v neck and embroidery on the front and sleeves, it is made of a soft"
            " fabric and has a",
            "cut",
            hit_limit=True,
        ),
        is_a("sharara", "yes"),
        gender="Women",
        title="Soch Women Burgundy Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
    ),
    # Photo: model on a white backdrop in warm light, white top, teal flared midi skirt. All texts: base BLIP-2
    # zero-shot. All right.
    case(
        "X1517-039",
        caption("a woman in a green skirt and white top"),
        wearing("a white shirt and a blue skirt"),
        col("skirt", "blue"),
        describe("skirt", "a long skirt"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Fusion Beats Women Teal Solid Flared Midi Skirt",
        category="Skirts",
        color="Teal",
    ),
    # Photo: model on a grey backdrop, black sequinned lehenga, black blouse, no dupatta (the set has none).
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1517-040",
        caption("a woman in a black lehenga with a silver dupatta", "unsupported"),
        wearing("a black lehenga"),
        col("lehenga", "black"),
        col("blouse", "black"),
        details("lehenga", "silver sequins"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Kalini Women Black & Silver-Toned Sequinned Lehenga Choli",
        category="Lehenga Choli",
        color="Black",
    ),
    # Photo: model in front of a pale blue wall, white chikankari kurta, white sharara, white dupatta.
    # All texts: base BLIP-2 zero-shot; "blue" for the sharara is the wall.
    case(
        "X1517-041",
        caption("a woman in a white kurta standing in front of a blue wall"),
        wearing("white", "non_answer"),
        col("kurta", "white"),
        col("sharara", "blue", "contradiction"),
        col("dupatta", "white"),
        details("kurta", "embroidery"),
        gender="Women",
        title="Ishin Women White Chikankari Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: model on a white backdrop, maroon blouse and a maroon dupatta for styling, beige maxi skirt with a gold
    # embroidered border (no mirror work). All texts: base BLIP-2 zero-shot.
    case(
        "X1517-042",
        caption("a woman in a red top and a beige skirt"),
        wearing("a red blouse and a gold skirt"),
        col("skirt", "red", "other_garment_color"),
        describe("skirt", "a long skirt with gold embroidery and mirror work", "unsupported"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Inddus Women Beige Embroidered Flared Maxi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Photo: model on a white backdrop, royal blue lehenga, pink blouse, pink dupatta over one arm.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1517-043",
        caption("a woman in a blue lehenga with a pink dupatta"),
        wearing("a blue and pink lehenga"),
        col("lehenga", "blue"),
        col("blouse", "pink"),
        col("dupatta", "blue", "other_garment_color"),
        details("lehenga", "the lehenga has a lot of details", "restated"),
        gender="Women",
        title="Zeel Clothing Women Blue & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: model on a beige backdrop, rust kurta with yoke embroidery, rust sharara, cream dupatta. No gender in
    # the feed row. All texts: base BLIP-2 zero-shot; the caption loops.
    case(
        "X1517-044",
        caption(
            "a woman in an orange kurta and orange pants and an orange dupatta and an orange dupatta and an orange"
            " dupatta and an orange dupatta and an orange dupatta and an orange",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange kurta"),
        col("kurta", "orange"),
        col("sharara", "orange"),
        col("dupatta", "orange", "other_garment_color"),
        details("kurta", "embroidery on the neck"),
        title="Anouk Women Rust Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: model on a white backdrop, white short kurta-top, black flared skirt with a gold foil print.
    # All texts: base BLIP-2 zero-shot.
    case(
        "X1517-045",
        caption("a woman in a white top and black skirt"),
        wearing("a white kurta and black skirt"),
        col("skirt", "black"),
        describe("skirt", "skirt", "non_answer"),
        details("skirt", "gold print"),
        gender="Women",
        title="W Women Black & Gold-Toned Printed Flared Skirt",
        category="Skirts",
        color="Black",
    ),
]
