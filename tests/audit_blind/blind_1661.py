"""BLIND_1661 (45 products; Myntra women's ethnic skirts, lehengas and sharara sets, base BLIP-2 zero-shot, per-piece
colors): written blind in the sixty-seventh session. Measured blind at c7905fe (the session's first rules): 52/71
failures found (73.2%) and 23/238 correct texts flagged (9.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic skirts (article type "Skirts"), lehenga sets ("Lehenga Choli") and
kurta-with-sharara sets ("Kurta Sets", one "Co-Ords"), with the feed's title, article type, base colour and gender
(one column missing now and then, as in the export). Photos are the catalog's usual: a model on a plain grey, white or
beige backdrop wearing the product with a styling top or jewellery, two flat lays (one with juttis as a prop), one
back view, two shots cropped at the chin, one with a potted plant, one with a clutch.
Who wrote what: every text is the untuned Salesforce/blip2-opt-2.7b (8-bit, no adapter), greedy, batch 1. The caption
is its unprompted caption (50 new tokens at most); the answers use the "Question: ... Answer:" prompt (30 new tokens
at most). The questionnaire: what the person is wearing, one open color question per piece of the article type's
fixed piece list (Lehenga Choli: lehenga, blouse, dupatta; Kurta Sets / Co-Ords: kurta, sharara, dupatta; Skirts:
skirt), the main piece's details, "Is this a <main piece>?", and the material question for about half the products.
The piece list is per article type, not per title, so sets sold without a dupatta still got the dupatta question.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A color answer that names the hue family of the seller's colour is correct (teal -> blue, maroon -> red, rust ->
brown or orange, peach -> pink, beige/off white -> white, lavender -> purple, mustard -> yellow); "gold" for zari is
correct. A color question answered with a color that belongs to another piece in the photo (the styling top, the
blouse, the dupatta) is other_garment_color; a wrong color that belongs to nothing else (a sheer dupatta read as the
wall behind it, tassels) is contradiction. A color given for a dupatta that is not in the photo is unsupported. Calling
a lehenga or a long kurta a "dress", a lehenga a "skirt", or a sharara set a "salwar suit/kameez" I left unmarked
(loose names the photo allows); calling a lehenga a "saree", or "no" to "Is this a lehenga/sharara?" when it is one,
is contradiction. A material answer that differs from the fabric named in the title, or a detail not in the photo
(pockets, a floral print on a solid skirt), is unsupported. A details answer that only names the piece, or "yes", is
non_answer; one that only says the question back is restated. A color-only answer to "What is the person wearing?" I
left unmarked (true, just thin). Loops and answers cut by the limit are marked hit_limit=True; a caption that looped to
50 tokens is marked loop, not cut. The base model is the experiments' best at short questions, so the rate is lower
than the fine-tuned runs': most main-piece colors are right, the failures sit in the second and third pieces.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, details, is_a, wearing

material = BLIND_QUESTIONS.material


def col(piece: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """Free generation, so the color answers are stored open."""
    return color_of(piece, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1661 = [
    # Mustard cotton maxi skirt with small black block prints, white cotton top tucked in, grey backdrop.
    # All texts: base BLIP-2 zero-shot. All correct.
    case(
        "X1661-001",
        caption("a woman in a yellow skirt and white top"),
        wearing("a yellow skirt and a white top"),
        col("skirt", "yellow"),
        details("skirt", "printed"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Global Desi Women Mustard Yellow Printed Pure Cotton Flared Maxi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Pink sequinned georgette lehenga, gold-toned blouse, pink net dupatta over one shoulder, grey backdrop.
    # All texts: base BLIP-2 zero-shot. The blouse gets the lehenga's pink.
    case(
        "X1661-002",
        caption("a woman in a pink lehenga posing for the camera"),
        wearing("a pink lehenga"),
        col("lehenga", "pink"),
        col("blouse", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        details("lehenga", "sequins"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Women Pink & Gold-Toned Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse "
        "With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Green straight kurta with small white motifs, matching green sharara, white dupatta with a thin green border,
    # beige backdrop. All texts: base BLIP-2 zero-shot. Sharara given the dupatta's white; "no" to sharara.
    case(
        "X1661-003",
        caption("a woman in a green salwar suit with a white dupatta"),
        wearing("a green kurta and white dupatta"),
        col("kurta", "green"),
        col("sharara", "white", "other_garment_color"),
        col("dupatta", "white"),
        details("kurta", "printed"),
        is_a("sharara", "no", "contradiction"),
        gender="Women",
        title="Anouk Women Green Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Maroon kurta with gold zari yoke, maroon sharara, maroon dupatta with a gold border, gold jhumkas, white backdrop.
    # All texts: base BLIP-2 zero-shot. All correct: one color for every piece is the truth here.
    case(
        "X1661-004",
        caption("a woman in a maroon kurta and sharara"),
        wearing("a red suit"),
        col("kurta", "maroon"),
        col("sharara", "maroon"),
        col("dupatta", "maroon"),
        details("kurta", "gold embroidery on the neck"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Libas Women Maroon Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Navy rayon flared skirt with a white floral print, white short top, grey backdrop.
    # All texts: base BLIP-2 zero-shot. The skirt's color is the top's.
    case(
        "X1661-005",
        caption("a woman in a white shirt and blue floral skirt"),
        wearing("a white top and a blue skirt"),
        col("skirt", "white", "other_garment_color"),
        details("skirt", "floral print"),
        is_a("skirt", "yes"),
        gender="Women",
        title="W Women Navy Blue & White Floral Printed Flared Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Red net lehenga with heavy gold zari, red blouse, red net dupatta over the head (bridal styling), pink backdrop.
    # All texts: base BLIP-2 zero-shot. "saree" for the lehenga; "silk" against the title's net.
    case(
        "X1661-006",
        caption("an indian bride in a red and gold lehenga"),
        wearing("a red saree", "contradiction"),
        col("lehenga", "red"),
        col("blouse", "red"),
        col("dupatta", "red"),
        details("lehenga", "gold embroidery"),
        is_a("lehenga", "yes"),
        material("silk", "unsupported"),
        gender="Women",
        title="Fusion Beats Women Red & Gold-Toned Embroidered Net Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Peach kurta with tonal thread embroidery at neck and sleeves, peach sharara, pale peach organza dupatta, cream
    # backdrop. All texts: base BLIP-2 zero-shot. Details loop to the limit.
    case(
        "X1661-007",
        caption("a woman in a pink outfit with a pink scarf"),
        wearing("a peach suit"),
        col("kurta", "peach"),
        col("sharara", "peach"),
        col("dupatta", "pink"),
        details(
            "kurta",
            "embroidery on the neck, embroidery on the sleeves, embroidery on the neck, embroidery on the sleeves, "
            "embroidery on the neck, embroidery on the",
            "loop",
            hit_limit=True,
        ),
        is_a("sharara", "yes"),
        gender="Women",
        title="Indo Era Women Peach-Coloured Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Black cotton maxi skirt with gold foil print, black top, white backdrop.
    # All texts: base BLIP-2 zero-shot. "silk" against the title's cotton.
    case(
        "X1661-008",
        caption("a woman in a black top and black skirt"),
        wearing("black skirt"),
        col("skirt", "black"),
        details("skirt", "gold print"),
        is_a("skirt", "yes"),
        material("silk", "unsupported"),
        gender="Women",
        title="Rain & Rainbow Women Black & Gold-Toned Printed Cotton Flared Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Mustard cotton lehenga with green bandhani dots, green blouse, green dupatta, grey backdrop.
    # All texts: base BLIP-2 zero-shot. Yellow for every piece; "silk" against the title's cotton.
    case(
        "X1661-009",
        caption("a woman in a yellow and green lehenga"),
        wearing("a yellow lehenga"),
        col("lehenga", "yellow"),
        col("blouse", "yellow", "other_garment_color"),
        col("dupatta", "yellow", "other_garment_color"),
        details("lehenga", "polka dots"),
        is_a("lehenga", "yes"),
        material("silk", "unsupported"),
        gender="Women",
        title="Scakhi Women Mustard Yellow & Green Bandhani Printed Cotton Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Off-white cotton kurta and sharara with a blue floral print, no dupatta, silver jhumkas, grey backdrop.
    # All texts: base BLIP-2 zero-shot. Dupatta color for a set sold (and shot) without one; "no" to sharara.
    case(
        "X1661-010",
        caption("a woman in a white floral print dress"),
        wearing("a white kurta"),
        col("kurta", "white"),
        col("sharara", "white"),
        col("dupatta", "white", "unsupported"),
        details("kurta", "blue flowers"),
        is_a("sharara", "no", "contradiction"),
        material("cotton"),
        gender="Women",
        title="Sangria Women Off White & Blue Floral Printed Pure Cotton Kurta with Sharara",
        category="Kurta Sets",
        color="Off White",
    ),
    # Teal lehenga with gold embroidery, teal blouse, peach dupatta over the arm, light grey backdrop.
    # All texts: base BLIP-2 zero-shot. Dupatta given the lehenga's blue; "no" to lehenga.
    case(
        "X1661-011",
        caption("a woman in a blue and gold lehenga"),
        wearing("a blue lehenga"),
        col("lehenga", "blue"),
        col("blouse", "blue"),
        col("dupatta", "blue", "other_garment_color"),
        details("lehenga", "gold embroidery"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Chhabra 555 Women Teal Blue Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Rust tiered cotton maxi skirt, cream top, grey backdrop.
    # All texts: base BLIP-2 zero-shot. "silk" against the title's cotton. (No category in the feed row.)
    case(
        "X1661-012",
        caption("a woman wearing an orange skirt and a white shirt"),
        wearing("orange skirt"),
        col("skirt", "orange"),
        details("skirt", "ruffles"),
        is_a("skirt", "yes"),
        material("silk", "unsupported"),
        gender="Women",
        title="Juniper Women Rust Orange Solid Cotton Tiered Maxi Skirt",
        color="Rust",
    ),
    # Lavender georgette kurta with silver sequins, lavender sharara, sheer lavender dupatta, white backdrop.
    # All texts: base BLIP-2 zero-shot. The sheer dupatta read as the white wall; "silk" against georgette.
    case(
        "X1661-013",
        caption("a woman in a purple dress with a purple scarf"),
        wearing("a purple dress"),
        col("kurta", "purple"),
        col("sharara", "purple"),
        col("dupatta", "white", "contradiction"),
        details("kurta", "sequins"),
        is_a("sharara", "yes"),
        material("silk", "unsupported"),
        gender="Women",
        title="KALINI Women Lavender Embroidered Sequinned Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Black lehenga with silver sequins, black blouse, black net dupatta, dark grey backdrop.
    # All texts: base BLIP-2 zero-shot. Details loop.
    case(
        "X1661-014",
        caption("a woman in a black dress with silver sequins"),
        wearing("a black lehenga"),
        col("lehenga", "black"),
        col("blouse", "black"),
        col("dupatta", "black"),
        details(
            "lehenga",
            "sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Women Black & Silver-Toned Sequinned Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Yellow cotton kurta with pink flowers, pink sharara, pink dupatta, white backdrop.
    # All texts: base BLIP-2 zero-shot. Sharara given the kurta's yellow.
    case(
        "X1661-015",
        caption("a woman in a yellow and pink outfit"),
        wearing("a yellow top and pink pants"),
        col("kurta", "yellow"),
        col("sharara", "yellow", "other_garment_color"),
        col("dupatta", "pink"),
        details("kurta", "flowers"),
        is_a("sharara", "yes"),
        material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Yellow & Pink Floral Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Green printed A-line midi skirt, white shirt tucked in, shot cropped at the chin, grey backdrop.
    # All texts: base BLIP-2 zero-shot. The caption makes the model a man.
    case(
        "X1661-016",
        caption("a man wearing a green skirt and a white shirt", "pronoun"),
        wearing("a white shirt and green skirt"),
        col("skirt", "green"),
        details("skirt", "printed"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Biba Women Green Ethnic Motifs Printed A-Line Midi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Magenta lehenga with gold foil print, magenta blouse, orange dupatta, light backdrop.
    # All texts: base BLIP-2 zero-shot. Blouse given the dupatta's orange; details leak a made-up next question.
    case(
        "X1661-017",
        caption("a woman in a pink lehenga with an orange dupatta"),
        wearing("pink lehenga"),
        col("lehenga", "pink"),
        col("blouse", "orange", "other_garment_color"),
        col("dupatta", "orange"),
        details("lehenga", "gold print Question: What is the color of the dupatta? Answer: orange", "leak"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Vishudh Women Magenta & Orange Foil Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Royal blue silk-blend kurta with blue thread motifs, blue sharara, plain white dupatta with a thin blue edge held
    # in one hand, grey backdrop. All texts: base BLIP-2 zero-shot. Dupatta given the kurta's blue; details name the
    # piece only.
    case(
        "X1661-018",
        caption("a woman in a blue dress holding a white scarf"),
        wearing("blue salwar kameez"),
        col("kurta", "blue"),
        col("sharara", "blue"),
        col("dupatta", "blue", "other_garment_color"),
        details("kurta", "kurta", "non_answer"),
        is_a("sharara", "yes"),
        material("silk"),
        gender="Women",
        title="Anubhutee Women Blue Ethnic Motifs Embroidered Silk Blend Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Flat lay: off-white cotton wrap skirt with red block-printed flowers on a white surface.
    # All texts: base BLIP-2 zero-shot. All correct.
    case(
        "X1661-019",
        caption("a white skirt with red flowers on it"),
        wearing("a white skirt"),
        col("skirt", "white"),
        details("skirt", "red flowers"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Fabindia Women Off White & Red Block Printed Cotton Wrap Skirt",
        category="Skirts",
        color="Off White",
    ),
    # Sea green lehenga with gold embroidery, gold-toned blouse, sea green dupatta draped across the body, beige wall,
    # potted plant. All texts: base BLIP-2 zero-shot. Caption says saree; blouse gets green; details cut at the limit.
    case(
        "X1661-020",
        caption("a woman in a green saree standing next to a plant", "contradiction"),
        wearing("a green lehenga"),
        col("lehenga", "green"),
        col("blouse", "green", "other_garment_color"),
        col("dupatta", "green"),
        details(
            "lehenga",
            "gold embroidery and sequins on the border of the lehenga and the dupatta and the blouse and the "
            "sleeves of the blouse and the border of the",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Women Sea Green & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Pink cotton kurta with white print, pink sharara, white dupatta, white backdrop. Feed row without gender.
    # All texts: base BLIP-2 zero-shot. Dupatta given the kurta's pink.
    case(
        "X1661-021",
        caption("a woman in a pink and white outfit"),
        wearing("a pink kurta and a white dupatta"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        details("kurta", "white print"),
        is_a("sharara", "yes"),
        material("cotton"),
        title="Libas Women Pink Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Solid maroon art silk flared skirt with a gold gota border at the hem, cream crop blouse, grey backdrop.
    # All texts: base BLIP-2 zero-shot. Details invent a floral embroidery on a solid skirt.
    case(
        "X1661-022",
        caption("a woman in a maroon skirt and a white top"),
        wearing("a maroon skirt"),
        col("skirt", "maroon"),
        details("skirt", "floral embroidery", "unsupported"),
        is_a("skirt", "yes"),
        material("silk"),
        gender="Women",
        title="Sangria Women Maroon Solid Art Silk Flared Maxi Skirt with Gotta Patti Border",
        category="Skirts",
        color="Maroon",
    ),
    # Navy dupion-look lehenga with pink floral embroidery, pink blouse, pink dupatta, grey backdrop.
    # All texts: base BLIP-2 zero-shot. Lehenga given the blouse/dupatta pink; details cut.
    case(
        "X1661-023",
        caption("a woman in a blue and pink lehenga"),
        wearing("a blue lehenga with a pink dupatta"),
        col("lehenga", "pink", "other_garment_color"),
        col("blouse", "pink"),
        col("dupatta", "pink"),
        details(
            "lehenga",
            "floral embroidery on the lehenga and the blouse with a pink dupatta that has a border of gold "
            "embroidery and the lehenga has a gold",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        material("silk"),
        gender="Women",
        title="Fusion Beats Women Navy Blue & Pink Embroidered Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Teal short kurti with thread embroidery, teal sharara, mustard dupatta, white backdrop.
    # All texts: base BLIP-2 zero-shot. Dupatta answer runs on into a made-up prompt; "no" to sharara.
    case(
        "X1661-024",
        caption("a woman in a green kurta and a yellow dupatta"),
        wearing("green kurta"),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "yellow Question: What is the color of the sharara? Answer: green", "leak"),
        details("kurta", "embroidery"),
        is_a("sharara", "no", "contradiction"),
        gender="Women",
        title="Indo Era Women Teal Green Embroidered Kurti with Sharara & Dupatta",
        category="Co-Ords",
        color="Teal",
    ),
    # Multicoloured patchwork-print flared skirt, black top, white backdrop.
    # All texts: base BLIP-2 zero-shot. Skirt given the top's black.
    case(
        "X1661-025",
        caption("a woman in a colorful skirt and black top"),
        wearing("a black shirt and a colorful skirt"),
        col("skirt", "black", "other_garment_color"),
        details("skirt", "colorful"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Rangmanch by Pantaloons Women Multicoloured Printed Flared Maxi Skirt",
        category="Skirts",
        color="Multi",
    ),
    # Peach net lehenga with silver embroidery, silver-grey blouse, no dupatta in the set or the photo, grey backdrop.
    # All texts: base BLIP-2 zero-shot. Blouse given the lehenga's pink; a dupatta color out of nothing; "chiffon"
    # against the title's net.
    case(
        "X1661-026",
        caption("a woman in a peach lehenga"),
        wearing("a pink dress"),
        col("lehenga", "peach"),
        col("blouse", "pink", "other_garment_color"),
        col("dupatta", "pink", "unsupported"),
        details("lehenga", "silver embroidery"),
        is_a("lehenga", "yes"),
        material("chiffon", "unsupported"),
        gender="Women",
        title="Zeel Clothing Women Peach & Silver-Toned Embroidered Net Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Black kurta with white geometric print, black sharara, no dupatta, grey backdrop.
    # All texts: base BLIP-2 zero-shot. Dupatta color for a set without one; details name the piece only.
    case(
        "X1661-027",
        caption("a woman in a black and white printed dress"),
        wearing("a black kurta"),
        col("kurta", "black"),
        col("sharara", "black"),
        col("dupatta", "black", "unsupported"),
        details("kurta", "kurta", "non_answer"),
        is_a("sharara", "yes"),
        gender="Women",
        title="AHIKA Women Black & White Geometric Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Black",
    ),
    # Red georgette bandhani lehenga, green blouse, green dupatta with a red border, plain backdrop.
    # All texts: base BLIP-2 zero-shot. Red for every piece; "silk" against georgette.
    case(
        "X1661-028",
        caption("a woman in a red and green lehenga"),
        wearing("red and green"),
        col("lehenga", "red"),
        col("blouse", "red", "other_garment_color"),
        col("dupatta", "red", "other_garment_color"),
        details("lehenga", "polka dots"),
        is_a("lehenga", "yes"),
        material("silk", "unsupported"),
        gender="Women",
        title="Ethnovog Women Red & Green Bandhani Printed Georgette Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Sky blue cotton flared maxi skirt with a lace hem, no pockets, white embroidered top. Feed row without color.
    # All texts: base BLIP-2 zero-shot. Details invent pockets.
    case(
        "X1661-029",
        caption("a woman in a blue skirt with a white top"),
        wearing("a white top and blue skirt"),
        col("skirt", "blue"),
        details("skirt", "it has pockets", "unsupported"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Global Desi Women Blue Solid Cotton Flared Maxi Skirt with Lace Detail",
        category="Skirts",
    ),
    # Mustard kurta with mirror work, mustard sharara, mustard dupatta with pink tassels, white backdrop.
    # All texts: base BLIP-2 zero-shot. The dupatta read by its tassels.
    case(
        "X1661-030",
        caption("a woman in a yellow outfit posing for a photo"),
        wearing("yellow kurta"),
        col("kurta", "yellow"),
        col("sharara", "yellow"),
        col("dupatta", "pink", "contradiction"),
        details("kurta", "mirror work"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Varanga Women Mustard Yellow Mirror Work Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Lavender lehenga, lavender blouse, lavender dupatta, all with gold foil print, grey backdrop.
    # All texts: base BLIP-2 zero-shot. The caption loops to 50 tokens; details say only "yes".
    case(
        "X1661-031",
        caption(
            "a woman in a purple lehenga with a purple dupatta and a purple blouse and a purple dupatta and a purple "
            "blouse and a purple dupatta and a purple blouse and a purple dupatta and a purple blouse and a purple",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple lehenga"),
        col("lehenga", "purple"),
        col("blouse", "purple"),
        col("dupatta", "purple"),
        details("lehenga", "yes", "non_answer"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Scakhi Women Lavender & Gold-Toned Foil Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Pink flared maxi skirt with green leaf print, green top, white backdrop.
    # All texts: base BLIP-2 zero-shot. Skirt given the top's green.
    case(
        "X1661-032",
        caption("a woman in a green top and a pink floral skirt"),
        wearing("green top and pink skirt"),
        col("skirt", "green", "other_garment_color"),
        details("skirt", "floral"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Anouk Women Pink & Green Floral Printed Flared Maxi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # White cotton chikankari kurta, blue sharara, no dupatta, shot cropped at the chin, light grey backdrop.
    # All texts: base BLIP-2 zero-shot. Caption makes the model a man; sharara given the kurta's white; dupatta color
    # for a set without one; "no" to sharara.
    case(
        "X1661-033",
        caption("a man in a white kurta and blue pants", "pronoun"),
        wearing("white kurta and blue pants"),
        col("kurta", "white"),
        col("sharara", "white", "other_garment_color"),
        col("dupatta", "white", "unsupported"),
        details("kurta", "white embroidery"),
        is_a("sharara", "no", "contradiction"),
        material("cotton"),
        gender="Women",
        title="Sangria Women White & Blue Chikankari Embroidered Pure Cotton Kurta with Sharara",
        category="Kurta Sets",
        color="White",
    ),
    # Gold-toned sequinned lehenga, gold blouse, sheer gold net dupatta against a white wall, heavy jewellery.
    # All texts: base BLIP-2 zero-shot. The sheer dupatta read as the wall's white.
    case(
        "X1661-034",
        caption("a woman in a gold lehenga"),
        wearing("gold"),
        col("lehenga", "gold"),
        col("blouse", "gold"),
        col("dupatta", "white", "contradiction"),
        details("lehenga", "sequins"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Chhabra 555 Women Gold-Toned Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Back view: black cotton flared skirt with multicolour thread embroidery at the hem, white shirt, hair tied.
    # All texts: base BLIP-2 zero-shot. "he"; "silk" against the title's cotton.
    case(
        "X1661-035",
        caption("the back of a woman in a black skirt"),
        wearing("he is wearing a black skirt and a white shirt", "pronoun"),
        col("skirt", "black"),
        details("skirt", "embroidery"),
        is_a("skirt", "yes"),
        material("silk", "unsupported"),
        gender="Women",
        title="Jaipur Kurti Women Black Embroidered Cotton Flared Ethnic Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Rust cotton kurta with gold print, rust sharara, beige dupatta, white backdrop.
    # All texts: base BLIP-2 zero-shot. Sharara given the dupatta's white.
    case(
        "X1661-036",
        caption("a woman in an orange outfit with a white scarf"),
        wearing("orange kurta and white dupatta"),
        col("kurta", "brown"),
        col("sharara", "white", "other_garment_color"),
        col("dupatta", "white"),
        details("kurta", "gold print"),
        is_a("sharara", "yes"),
        material("cotton"),
        gender="Women",
        title="Biba Women Rust Printed Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Rust",
    ),
    # Olive lehenga with pink embroidery, pink blouse, pink dupatta, grey backdrop.
    # All texts: base BLIP-2 zero-shot. Blouse given the lehenga's green; details loop over the pieces.
    case(
        "X1661-037",
        caption("a woman in a green skirt and pink top"),
        wearing("a green skirt and a pink top"),
        col("lehenga", "green"),
        col("blouse", "green", "other_garment_color"),
        col("dupatta", "pink"),
        details(
            "lehenga",
            "the lehenga is green and the blouse is pink and the dupatta is pink and the lehenga is green and the "
            "blouse is pink and the dupatta is",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fusion Beats Women Olive Green & Pink Embroidered Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Olive",
    ),
    # Flat lay: teal printed ethnic skirt on white, a pair of gold juttis as a prop. Feed row without gender.
    # All texts: base BLIP-2 zero-shot. Details only say it is a skirt.
    case(
        "X1661-038",
        caption("a blue skirt and a pair of shoes on a white background"),
        wearing("a skirt"),
        col("skirt", "blue"),
        details("skirt", "it is a skirt", "non_answer"),
        is_a("skirt", "yes"),
        title="Ahalyaa Women Teal Ethnic Motifs Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Teal",
    ),
    # Sea green kurta with white thread embroidery, sea green sharara, white organza dupatta, grey backdrop.
    # All texts: base BLIP-2 zero-shot. The wearing answer runs to the limit and is cut.
    case(
        "X1661-039",
        caption("a woman in a green salwar kameez with a white dupatta"),
        wearing(
            "a green kurta with white embroidery on the neck and sleeves and a green sharara with white embroidery "
            "on the bottom and a white dupatta with green",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "white"),
        details("kurta", "white embroidery"),
        is_a("sharara", "yes"),
        gender="Women",
        title="KALINI Women Sea Green Thread Work Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Orange lehenga with gold embroidery, pink blouse, pink dupatta draped saree-style across the body, grey
    # backdrop. All texts: base BLIP-2 zero-shot. The model takes it for a saree throughout; dupatta gets orange.
    case(
        "X1661-040",
        caption("a woman in an orange and pink saree", "contradiction"),
        wearing("a saree", "contradiction"),
        col("lehenga", "orange"),
        col("blouse", "pink"),
        col("dupatta", "orange", "other_garment_color"),
        details("lehenga", "embroidery"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Mitera Women Orange & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Beige A-line maxi skirt with thread embroidery at the hem, rust short kurti on top, grey backdrop.
    # All texts: base BLIP-2 zero-shot. Skirt given the top's orange; details leak a made-up question.
    case(
        "X1661-041",
        caption("a woman in an orange top and a white skirt"),
        wearing("orange top and white skirt"),
        col("skirt", "orange", "other_garment_color"),
        details("skirt", "embroidered Question: What is the color of the top? Answer: orange", "leak"),
        is_a("skirt", "yes"),
        gender="Women",
        title="W Women Beige Solid A-Line Maxi Skirt with Embroidered Hem",
        category="Skirts",
        color="Beige",
    ),
    # Red kurta with gold embroidery, red sharara, red dupatta with gold border, white backdrop.
    # All texts: base BLIP-2 zero-shot. All correct.
    case(
        "X1661-042",
        caption("a woman in a red dress"),
        wearing("a red dress"),
        col("kurta", "red"),
        col("sharara", "red"),
        col("dupatta", "red"),
        details("kurta", "gold"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Anouk Women Red Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Burgundy velvet lehenga with gold embroidery, burgundy blouse, gold net dupatta, grey backdrop.
    # All texts: base BLIP-2 zero-shot. Lehenga read purple under studio light; dupatta given the lehenga's maroon.
    case(
        "X1661-043",
        caption("a woman in a maroon lehenga"),
        wearing("a maroon velvet lehenga"),
        col("lehenga", "purple", "contradiction"),
        col("blouse", "maroon"),
        col("dupatta", "maroon", "other_garment_color"),
        details("lehenga", "gold embroidery"),
        is_a("lehenga", "yes"),
        material("velvet"),
        gender="Women",
        title="Varanga Women Burgundy Embroidered Velvet Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Green cotton gathered maxi skirt, pink top, model holding a gold clutch. Feed row without category.
    # All texts: base BLIP-2 zero-shot. Details say the question back.
    case(
        "X1661-044",
        caption("a woman in a pink top and green skirt holding a purse"),
        wearing("pink top and green skirt"),
        col("skirt", "green"),
        details("skirt", "the details of the skirt are the details of the skirt", "restated"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Sangria Women Green Solid Cotton Gathered Maxi Skirt",
        color="Green",
    ),
    # Navy cotton kurta with white print, navy sharara, white dupatta, grey backdrop.
    # All texts: base BLIP-2 zero-shot. Dupatta given the kurta's blue; "silk" against the title's cotton.
    case(
        "X1661-045",
        caption("a woman wearing a navy blue dress and white scarf"),
        wearing("a blue kurta"),
        col("kurta", "navy"),
        col("sharara", "navy"),
        col("dupatta", "blue", "other_garment_color"),
        details("kurta", "print"),
        is_a("sharara", "yes"),
        material("silk", "unsupported"),
        gender="Women",
        title="Libas Women Navy Blue Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
]
