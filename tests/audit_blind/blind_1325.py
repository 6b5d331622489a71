"""BLIND_1325 (45 products; Myntra ethnic skirts, lehengas and sharara sets, base BLIP-2 zero-shot, per-piece colors):
written blind in the sixty-third session. Measured blind at d294d42 (the session's third rules): 36/58 failures found
(62.1%) and 19/241 correct texts flagged (7.9%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed (article types Lehenga Choli, Kurta Sets for the sharara sets, Skirts),
45 products, one catalog photo each: mostly a model on a plain studio backdrop wearing the product with other clothes
(a crop top or shirt with the skirts), two flat lays, a few back views, a few props (stool, wicker chair, potli bag,
clutch, basket bag, tote, plant, plate of flowers, sunglasses). Catalog columns as the feed gives them: title,
category (Myntra articleType), color (Myntra baseColour), gender; a column is missing now and then.
Who wrote what: every text is from the untuned base Salesforce/blip2-opt-2.7b, no adapter. The caption is the
unprompted generation (greedy, 50 new tokens); the answers are free generation from `Question: ... Answer:` prompts
(greedy, 30 new tokens, stops at the newline). The questionnaire asks the color of each piece of the set: lehenga,
blouse and dupatta for a lehenga choli; kurta, sharara and dupatta for a sharara set (asked even when the set has
no dupatta); skirt and top for a skirt. Plus what the person is wearing, the garment type, and for some products
the pattern, the sleeve length, the material, "Is this a lehenga?" or the skirt's details / a description.
Labeling conventions and judgement calls: judged against the photo I imagined (described in the comment above each
case) and the title. Near hues the base model uses are counted correct: red for maroon, pink for peach or magenta,
blue or green for teal, brown or orange for rust, purple for lavender, yellow for mustard; teal called blue in one
text and green in another is not a failure. A piece given the color of another piece of the outfit is
other_garment_color. A color for a piece that is neither in the set nor in the photo (a dupatta for a two-piece set,
a top on a flat lay) is unsupported. Material is correct when the title states it or the photo shows it (velvet,
silk named in the title), a contradiction when the title names another, unsupported when nothing supports it.
"dress", "saree" or "shirt" as the kind of a lehenga, a sharara set or a skirt is a contradiction; "skirt" for a
lehenga, "suit" or "salwar kameez" for a kurta with sharara, "indian dress" (vague) are counted correct. "bride"
for a catalog model is unsupported. A color alone to "What is the person wearing?" is a non_answer, and so is
"nothing" on a flat lay (true, but it says nothing about the product); "none" for the dupatta of a set without one
is correct. "polka dot" for a bandhani print is counted correct. A looping text that ran to the limit is labelled
loop; a text that ran to the limit without repeating is cut; a text that continues with the prompt format is leak.
The base model answers in a few words and stops at the newline, and most sets are one color on a plain backdrop, so
fewer texts are wrong here (about one in five) than with the tuned adapters; most of its errors are a piece given
another piece's color and the kind of the set (dress, saree).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS


def col(piece, text, failure=None, hit_limit=False):
    """The per-piece color question, free generation (stored open)."""
    return color_of(piece, text, failure, kind="open", hit_limit=hit_limit)


W = "Women"
LC, KS, SK = "Lehenga Choli", "Kurta Sets", "Skirts"

BLIND_1325 = [
    # Photo: model on a beige backdrop in a red net lehenga with gold zari embroidery, red blouse, red dupatta over
    # one shoulder. All texts: base BLIP-2 OPT-2.7b (caption unprompted, answers from Question/Answer prompts).
    case(
        "X1325-001",
        caption("a woman in a red lehenga with gold embroidery"),
        wearing("a red lehenga"),
        col("lehenga", "red"),
        col("blouse", "red"),
        col("dupatta", "red"),
        Q.garment_type("lehenga"),
        is_a("lehenga", "yes"),
        gender=W,
        title="Mitera Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Red",
    ),
    # Photo: model on white in a pink printed lehenga with a green floral border, a contrast green blouse, pink
    # dupatta over the arm. Base BLIP-2 for all texts; it gives the blouse the lehenga's pink and guesses silk.
    case(
        "X1325-002",
        caption("a woman in a pink and green lehenga"),
        wearing("lehenga choli"),
        col("lehenga", "pink"),
        col("blouse", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        Q.garment_type("lehenga"),
        Q.material("silk", "unsupported"),
        gender=W,
        title="Inddus Pink & Green Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category=LC,
        color="Pink",
    ),
    # Photo: model on grey in a knee-length green kurta with a white floral print, green sharara, white dupatta
    # with a thin green border, three-quarter sleeves. Base BLIP-2; the dupatta gets the kurta's green.
    case(
        "X1325-003",
        caption("a woman in a green kurta and white dupatta"),
        wearing("salwar kameez"),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "green", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.sleeve_length("three quarter"),
        gender=W,
        title="Libas Women Green Floral Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Green",
    ),
    # Photo: mustard flared maxi skirt with small white and red block-printed flowers, worn with a white crop top
    # and jhumkas, white backdrop. Base BLIP-2; the material is a guess nothing in the photo or title supports.
    case(
        "X1325-004",
        caption("a woman in a yellow skirt and white top"),
        wearing("a yellow skirt and a white top"),
        col("skirt", "yellow"),
        col("top", "white"),
        Q.garment_type("skirt"),
        Q.pattern("floral"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Anouk Women Mustard Yellow Printed Flared Maxi Skirt",
        category=SK,
        color="Mustard",
    ),
    # Photo: navy blue sequinned lehenga, navy blouse, sheer navy net dupatta over both shoulders, dark grey
    # backdrop. Base BLIP-2; the sheer dupatta reads black against the dark wall; "dress" for the type.
    case(
        "X1325-005",
        caption("a woman in a blue lehenga posing for a photo"),
        wearing("a blue and silver lehenga"),
        col("lehenga", "blue"),
        col("blouse", "blue"),
        col("dupatta", "black", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        is_a("lehenga", "yes"),
        gender=W,
        title="Chhabra 555 Navy Blue & Silver-Toned Embroidered Sequinned Semi-Stitched Lehenga & Blouse With Dupatta",
        category=LC,
        color="Navy Blue",
    ),
    # Photo: peach kurta with a gold embroidered yoke, peach sharara, no dupatta (two-piece set); model holds a
    # potli bag, white backdrop. Base BLIP-2; calls peach pink (counted right), invents a dupatta color.
    case(
        "X1325-006",
        caption("a woman in a peach outfit holding a purse"),
        wearing("a pink kurta and palazzo pants"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "pink", "unsupported"),
        Q.garment_type("kurta"),
        gender=W,
        title="Sangria Women Peach-Coloured Yoke Design Kurta with Sharara",
        category=KS,
        color="Peach",
    ),
    # Photo: navy A-line midi skirt with a red and white floral print, red top tucked in, sling bag. Base BLIP-2;
    # the skirt gets the top's red.
    case(
        "X1325-007",
        caption("a woman wearing a blue skirt with red flowers"),
        wearing("a red top and a blue skirt"),
        col("skirt", "red", "other_garment_color"),
        col("top", "red"),
        Q.garment_type("skirt"),
        Q.pattern("floral"),
        gender=W,
        title="Global Desi Women Navy Blue Printed A-Line Midi Skirt",
        category=SK,
        color="Navy Blue",
    ),
    # Photo: maroon velvet lehenga with heavy gold zari, maroon blouse, pink net dupatta draped over the head in
    # bridal style, beige backdrop; a catalog model. Base BLIP-2; "a bride" is its own invention.
    case(
        "X1325-008",
        caption("a bride in a red lehenga with a pink dupatta", "unsupported"),
        wearing("a red and gold lehenga"),
        col("lehenga", "maroon"),
        col("blouse", "maroon"),
        col("dupatta", "pink"),
        Q.material("velvet"),
        is_a("lehenga", "yes"),
        gender=W,
        title="SHUBHKALA Maroon Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Maroon",
    ),
    # Photo: model seated on a wooden stool in a long mustard kurta with white motifs, white sharara with a mustard
    # print, mustard dupatta. Base BLIP-2; seated, the kurta reads as a dress; sharara given the kurta's yellow.
    case(
        "X1325-009",
        caption("a woman sitting on a stool wearing a yellow dress", "contradiction"),
        wearing("a yellow kurta"),
        col("kurta", "yellow"),
        col("sharara", "yellow", "other_garment_color"),
        col("dupatta", "yellow"),
        Q.garment_type("dress", "contradiction"),
        gender=W,
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Mustard",
    ),
    # Photo: emerald green flared maxi skirt with gold foil print, black crop top, model mid-twirl. Base BLIP-2;
    # "solid" misses the foil print the title names; the details answer only restates the garment.
    case(
        "X1325-010",
        caption("a woman in a green skirt twirling"),
        wearing("a black top and a green skirt"),
        col("skirt", "green"),
        col("top", "black"),
        Q.garment_type("skirt"),
        Q.pattern("solid", "contradiction"),
        details("skirt", "it is a skirt", "restated"),
        gender=W,
        title="Varanga Women Green Foil Printed Flared Maxi Skirt",
        category=SK,
        color="Green",
    ),
    # Photo: yellow lehenga with mirror work, contrast pink blouse, pink dupatta, white backdrop. Base BLIP-2; the
    # blouse gets the lehenga's yellow.
    case(
        "X1325-011",
        caption("a woman in a yellow lehenga with a pink dupatta"),
        wearing("lehenga"),
        col("lehenga", "yellow"),
        col("blouse", "yellow", "other_garment_color"),
        col("dupatta", "pink"),
        Q.garment_type("lehenga"),
        is_a("lehenga", "yes"),
        gender=W,
        title="Kalini Women Yellow & Pink Embroidered Mirror Work Ready to Wear Lehenga & Blouse With Dupatta",
        category=LC,
        color="Yellow",
    ),
    # Photo: back view, model walking away in a long powder blue kurta with white thread work, blue sharara, white
    # organza dupatta over both arms, hanging over the sharara. Base BLIP-2; from the back the set reads as a dress
    # in one answer; the sharara gets the dupatta's white.
    case(
        "X1325-012",
        caption("a woman in a light blue outfit walking away"),
        wearing("a blue dress", "contradiction"),
        col("kurta", "blue"),
        col("sharara", "white", "other_garment_color"),
        col("dupatta", "white"),
        Q.garment_type("kurta"),
        gender=W,
        title="Indo Era Women Blue Floral Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Blue",
    ),
    # Photo: black flared maxi skirt with a gold print, white shirt knotted at the waist, white backdrop. Base
    # BLIP-2; everything right.
    case(
        "X1325-013",
        caption("a woman wearing a black skirt and a white shirt"),
        wearing("a white shirt and black skirt"),
        col("skirt", "black"),
        col("top", "white"),
        Q.garment_type("skirt"),
        Q.pattern("printed"),
        details("skirt", "gold print"),
        gender=W,
        title="Sangria Women Black & Gold-Toned Printed Flared Maxi Skirt",
        category=SK,
        color="Black",
    ),
    # Photo: flat lay on white: a sea green sequinned lehenga spread in a circle, the folded blouse piece and the
    # folded dupatta beside it, all sea green; no person. Base BLIP-2; "nothing" to the wearing question.
    case(
        "X1325-014",
        caption("a green lehenga and blouse laid out on a white background"),
        wearing("nothing", "non_answer"),
        col("lehenga", "green"),
        col("blouse", "green"),
        col("dupatta", "green"),
        Q.garment_type("skirt"),
        gender=W,
        title="Warthy Ent Sea Green Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Sea Green",
    ),
    # Photo: pink kurta with a white floral print, pink printed sharara, solid pink mulmul dupatta, white backdrop.
    # Base BLIP-2; the wearing answer calls the set a dress; the rest right (the title says pure cotton).
    case(
        "X1325-015",
        caption("a woman in a pink floral kurta and pants"),
        wearing("a pink dress", "contradiction"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "pink"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        gender=W,
        title="Jaipur Kurti Women Pink Printed Pure Cotton Kurta with Sharara & Dupatta",
        category=KS,
        color="Pink",
    ),
    # Photo: red flared skirt with an off-white print, worn under a short off-white kurti top that covers the
    # waist. Base BLIP-2; the top is given the skirt's red and the type question answers the top. No category.
    case(
        "X1325-016",
        caption("a woman in a white top and red skirt"),
        wearing("a white shirt and a red skirt"),
        col("skirt", "red"),
        col("top", "red", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("printed"),
        gender=W,
        title="Biba Women Red & Off-White Printed Flared Ethnic Skirt",
        color="Red",
    ),
    # Photo: pastel pink lehenga with silver sequins, pastel pink blouse, pink dupatta draped across the body like
    # a saree pallu, white backdrop. Base BLIP-2; the caption takes it for a saree.
    case(
        "X1325-017",
        caption("a woman in a pink saree", "contradiction"),
        wearing("a pink lehenga"),
        col("lehenga", "pink"),
        col("blouse", "pink"),
        col("dupatta", "pink"),
        Q.garment_type("lehenga"),
        is_a("lehenga", "yes"),
        gender=W,
        title="Panchhi Pink Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category=LC,
        color="Pink",
    ),
    # Photo: maroon velvet short kurta with a gold embroidered yoke and full sleeves, maroon velvet sharara, gold
    # tissue dupatta, beige backdrop. Base BLIP-2; all right.
    case(
        "X1325-018",
        caption("a woman in a maroon velvet outfit with a gold scarf"),
        wearing("a maroon suit"),
        col("kurta", "maroon"),
        col("sharara", "maroon"),
        col("dupatta", "gold"),
        Q.material("velvet"),
        Q.garment_type("suit"),
        Q.sleeve_length("long sleeves"),
        gender=W,
        title="Anouk Women Maroon Yoke Design Velvet Kurta with Sharara & Dupatta",
        category=KS,
        color="Maroon",
    ),
    # Photo: cropped from the shoulders down (no face): teal ikat-printed flared maxi skirt, white tee tucked in.
    # Base BLIP-2; with no face it says "he".
    case(
        "X1325-019",
        caption("a person wearing a blue skirt with a white shirt"),
        wearing("he is wearing a blue skirt", "pronoun"),
        col("skirt", "blue"),
        col("top", "white"),
        Q.garment_type("skirt"),
        Q.pattern("printed"),
        gender=W,
        title="Rangmanch by Pantaloons Women Teal Blue Printed Flared Maxi Skirt",
        category=SK,
        color="Teal",
    ),
    # Photo: royal blue embroidered lehenga, contrast pink blouse, pink dupatta, white backdrop. Base BLIP-2; the
    # wearing answer loops to the limit; the blouse gets the lehenga's blue.
    case(
        "X1325-020",
        caption("a woman in a blue and pink lehenga"),
        wearing(
            "a blue lehenga with pink blouse and pink dupatta and a pink blouse and pink dupatta and a pink blouse"
            " and pink dupatta and a pink blouse",
            "loop",
            hit_limit=True,
        ),
        col("lehenga", "blue"),
        col("blouse", "blue", "other_garment_color"),
        col("dupatta", "pink"),
        Q.garment_type("lehenga"),
        is_a("lehenga", "yes"),
        gender=W,
        title="Mitera Women Blue & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Blue",
    ),
    # Photo: model seated on a wicker chair in an off-white chanderi kurta with gold gota, off-white sharara,
    # off-white dupatta draped over both shoulders. Base BLIP-2; the wearing answer is only a color; "saree".
    case(
        "X1325-021",
        caption("a woman in white sitting on a wicker chair"),
        wearing("white", "non_answer"),
        col("kurta", "white"),
        col("sharara", "white"),
        col("dupatta", "white"),
        Q.garment_type("saree", "contradiction"),
        gender=W,
        title="GERUA Women Off White Embroidered Chanderi Kurta with Sharara & Dupatta",
        category=KS,
        color="Off White",
    ),
    # Photo: fuchsia pink solid flared maxi skirt with a gold hem border, green crop kurti top, white backdrop.
    # Base BLIP-2; all right.
    case(
        "X1325-022",
        caption("a woman in a green top and pink skirt"),
        wearing("a green top and a pink skirt"),
        col("skirt", "pink"),
        col("top", "green"),
        Q.garment_type("skirt"),
        Q.pattern("solid"),
        details("skirt", "the skirt has a gold border"),
        gender=W,
        title="W Women Pink Solid Flared Maxi Skirt",
        category=SK,
        color="Pink",
    ),
    # Photo: orange lehenga with a green bandhani border, contrast green blouse, orange dupatta with a green border;
    # model holds a brass plate of marigolds. Base BLIP-2; the blouse gets the lehenga's orange. No color column.
    case(
        "X1325-023",
        caption("a woman in an orange lehenga holding a plate of flowers"),
        wearing("orange lehenga"),
        col("lehenga", "orange"),
        col("blouse", "orange", "other_garment_color"),
        col("dupatta", "orange"),
        Q.material("silk"),
        Q.garment_type("lehenga"),
        gender=W,
        title="Inddus Women Orange & Green Printed Silk Blend Lehenga & Blouse With Dupatta",
        category=LC,
    ),
    # Photo: teal kurta with a gold ethnic print, teal sharara, teal dupatta with gold print; model wears jhumkas
    # and gold bangles. Base BLIP-2; the wearing answer lists jewellery until the limit cuts it.
    case(
        "X1325-024",
        caption("a woman in a blue outfit with a scarf"),
        wearing(
            "a green and gold kurta with a matching dupatta and a pair of gold earrings and a pair of gold bangles"
            " on her wrists and a pair of",
            "cut",
            hit_limit=True,
        ),
        col("kurta", "blue"),
        col("sharara", "blue"),
        col("dupatta", "blue"),
        Q.garment_type("kurta"),
        gender=W,
        title="Libas Women Teal Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Teal",
    ),
    # Photo: patchwork maxi skirt in red, blue, yellow and green panels, black crop top, oxidised jewellery. Base
    # BLIP-2; the skirt's color question loops through colors to the limit.
    case(
        "X1325-025",
        caption("a woman wearing a colorful skirt and a black top"),
        wearing("a colorful skirt"),
        col(
            "skirt",
            "red, blue, yellow, green, orange, pink, purple, blue, yellow, green, orange, pink, purple, blue, yellow",
            "loop",
            hit_limit=True,
        ),
        col("top", "black"),
        Q.garment_type("skirt"),
        Q.pattern("patchwork"),
        gender=W,
        title="Anouk Women Multicoloured Patchwork Flared Maxi Skirt",
        category=SK,
        color="Multi",
    ),
    # Photo: back view: lavender sequinned lehenga, lavender blouse with a tasselled tie-up back, sheer lavender
    # net dupatta that looks whitish against the white backdrop. Base BLIP-2.
    case(
        "X1325-026",
        caption("the back of a woman in a purple lehenga"),
        wearing("a purple dress", "contradiction"),
        col("lehenga", "purple"),
        col("blouse", "purple"),
        col("dupatta", "white", "contradiction"),
        Q.garment_type("lehenga"),
        is_a("lehenga", "yes"),
        gender=W,
        title="Chhabra 555 Women Lavender Embellished Sequinned Lehenga Choli with Dupatta",
        category=LC,
        color="Lavender",
    ),
    # Photo: black kurta with multicolour thread embroidery, black sharara, black dupatta with an embroidered
    # border, white backdrop. Base BLIP-2; the material is a guess the title does not support.
    case(
        "X1325-027",
        caption("a woman in a black kurta with colorful embroidery"),
        wearing("black salwar kameez"),
        col("kurta", "black"),
        col("sharara", "black"),
        col("dupatta", "black"),
        Q.garment_type("kurta"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Sangria Women Black Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Black",
    ),
    # Photo: off-white tiered maxi skirt with an indigo print, indigo blue top; model holds a cane basket bag.
    # Base BLIP-2; the skirt gets the top's blue.
    case(
        "X1325-028",
        caption("a woman holding a basket wearing a white skirt and blue top"),
        wearing("a blue top and white skirt"),
        col("skirt", "blue", "other_garment_color"),
        col("top", "blue"),
        Q.garment_type("skirt"),
        Q.pattern("printed"),
        gender=W,
        title="Global Desi Women Off-White & Blue Printed Tiered Maxi Skirt",
        category=SK,
        color="Off White",
    ),
    # Photo: rust lehenga with copper embroidery, rust blouse, ivory net dupatta, beige backdrop. Base BLIP-2; the
    # dupatta gets the lehenga's brown, and it says no to the lehenga question.
    case(
        "X1325-029",
        caption("a woman in an orange lehenga"),
        wearing("indian dress"),
        col("lehenga", "brown"),
        col("blouse", "brown"),
        col("dupatta", "brown", "other_garment_color"),
        Q.garment_type("lehenga"),
        is_a("lehenga", "no", "contradiction"),
        gender=W,
        title="Zeel Clothing Women Rust Orange Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Rust",
    ),
    # Photo: lime green kurta with a white floral print, white sharara with a lime print, no dupatta (two-piece).
    # Base BLIP-2; invents a dupatta color; "dress" as the type.
    case(
        "X1325-030",
        caption("a woman in a green and white outfit"),
        wearing("green kurta and white pants"),
        col("kurta", "green"),
        col("sharara", "white"),
        col("dupatta", "green", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        gender=W,
        title="Aurelia Women Lime Green Printed Kurta with Sharara",
        category=KS,
        color="Lime Green",
    ),
    # Photo: flat lay on white: a maroon silk flared skirt with a gold zari hem border, nothing else. Base BLIP-2;
    # the top's color is taken from the gold border (there is no top). No category column.
    case(
        "X1325-031",
        caption("a maroon skirt with gold trim on a white background"),
        wearing("a maroon skirt"),
        col("skirt", "maroon"),
        col("top", "gold", "unsupported"),
        Q.garment_type("skirt"),
        Q.material("silk"),
        gender=W,
        title="Soch Women Maroon Embroidered Silk Flared Skirt",
        color="Maroon",
    ),
    # Photo: peach lehenga with silver embroidery, peach blouse, peach dupatta, white backdrop. Base BLIP-2; the
    # caption loops to the 50-token limit; the answers are right.
    case(
        "X1325-032",
        caption(
            "a woman in a peach lehenga with silver embroidery and a peach dupatta and a peach blouse with silver"
            " embroidery and a peach dupatta and a peach blouse with silver embroidery and a peach dupatta and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a peach lehenga"),
        col("lehenga", "peach"),
        col("blouse", "peach"),
        col("dupatta", "peach"),
        Q.garment_type("lehenga"),
        is_a("lehenga", "yes"),
        gender=W,
        title="Mitera Women Peach-Coloured & Silver-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With"
        " Dupatta",
        category=LC,
        color="Peach",
    ),
    # Photo: navy kurta with white flowers, navy sharara, white dupatta; model holds sunglasses. Base BLIP-2; the
    # sharara gets the dupatta's white; the pattern answer runs on into the prompt format until the limit.
    case(
        "X1325-033",
        caption("a woman in a blue floral kurta with a white scarf"),
        wearing("kurta"),
        col("kurta", "navy blue"),
        col("sharara", "white", "other_garment_color"),
        col("dupatta", "white"),
        Q.garment_type("kurta"),
        Q.pattern(
            "floral question: what is the color of the kurta? answer: blue question: what is the color of the"
            " sharara? answer: blue question: what",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Vishudh Women Navy Blue & White Floral Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Navy Blue",
    ),
    # Photo: red bandhani-print flared maxi skirt, white top with mirror work, white backdrop. Base BLIP-2; the top
    # gets the skirt's red; the details answer only gives the color back.
    case(
        "X1325-034",
        caption("a woman in a red skirt and white top"),
        wearing("a red skirt"),
        col("skirt", "red"),
        col("top", "red", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.pattern("polka dot"),
        details("skirt", "the skirt is red", "restated"),
        gender=W,
        title="Varanga Women Red Bandhani Printed Flared Maxi Skirt",
        category=SK,
        color="Red",
    ),
    # Photo: black lehenga with gold embroidery, gold tissue blouse, black dupatta with a gold border. Base BLIP-2;
    # the dupatta gets the blouse's gold.
    case(
        "X1325-035",
        caption("a woman in a black and gold lehenga"),
        wearing("a black and gold lehenga"),
        col("lehenga", "black"),
        col("blouse", "gold"),
        col("dupatta", "gold", "other_garment_color"),
        Q.garment_type("lehenga"),
        gender=W,
        title="Kalini Women Black & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category=LC,
        color="Black",
    ),
    # Photo: yellow kurta with a white leheriya print, yellow sharara, yellow dupatta; model laughing, holding the
    # dupatta's end. Base BLIP-2; the wearing answer is only a color, the type answer says nothing, cotton a guess.
    case(
        "X1325-036",
        caption("a woman in a yellow outfit laughing"),
        wearing("yellow", "non_answer"),
        col("kurta", "yellow"),
        col("sharara", "yellow"),
        col("dupatta", "yellow"),
        Q.garment_type("traditional", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Janasya Women Yellow Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Yellow",
    ),
    # Photo: back view: beige flared skirt with green thread embroidery at the hem, green kurti top. Base BLIP-2;
    # the skirt gets the top's green. No gender column.
    case(
        "X1325-037",
        caption("the back of a woman in a long skirt"),
        wearing("a green top and a beige skirt"),
        col("skirt", "green", "other_garment_color"),
        col("top", "green"),
        Q.garment_type("skirt"),
        Q.pattern("embroidered"),
        title="Biba Women Beige & Green Embroidered Flared Ethnic Skirt",
        category=SK,
        color="Beige",
    ),
    # Photo: teal silk lehenga, contrast pink blouse, pink dupatta, white backdrop. Base BLIP-2; teal called blue
    # in two texts and green in one; all right.
    case(
        "X1325-038",
        caption("a woman in a blue lehenga with pink dupatta"),
        wearing("blue lehenga"),
        col("lehenga", "green"),
        col("blouse", "pink"),
        col("dupatta", "pink"),
        Q.material("silk"),
        is_a("lehenga", "yes"),
        gender=W,
        title="Panchhi Women Teal & Pink Embroidered Silk Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LC,
        color="Teal",
    ),
    # Photo: red kurta with a gold print, red sharara, red and gold dupatta, white backdrop. Base BLIP-2; the
    # dupatta answer repeats itself with the prompt's "answer:".
    case(
        "X1325-039",
        caption("a woman in a red kurta with a red dupatta"),
        wearing("a red kurta and red pants and red dupatta"),
        col("kurta", "red"),
        col("sharara", "red"),
        col("dupatta", "red answer: red", "leak"),
        Q.garment_type("kurta"),
        gender=W,
        title="Ahalyaa Women Red Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Red",
    ),
    # Photo: olive green solid tiered maxi skirt, white shirt; model holds a canvas tote. Base BLIP-2; all right
    # (the gathered tiers counted as ruffles).
    case(
        "X1325-040",
        caption("a woman in a green skirt and a white shirt holding a bag"),
        wearing("white shirt and green skirt"),
        col("skirt", "green"),
        col("top", "white"),
        Q.garment_type("skirt"),
        Q.pattern("solid"),
        details("skirt", "the skirt has ruffles"),
        gender=W,
        title="Anouk Women Olive Green Solid Tiered Maxi Skirt",
        category=SK,
        color="Olive",
    ),
    # Photo: bottle green net lehenga with gold embroidery, gold blouse, green dupatta. Base BLIP-2; the blouse
    # gets the lehenga's green; silk against the title's net.
    case(
        "X1325-041",
        caption("a woman in a green and gold lehenga"),
        wearing("lehenga choli"),
        col("lehenga", "green"),
        col("blouse", "green", "other_garment_color"),
        col("dupatta", "green"),
        Q.material("silk", "contradiction"),
        is_a("lehenga", "yes"),
        gender=W,
        title="Warthy Ent Women Green & Gold-Toned Embroidered Net Semi-Stitched Lehenga & Unstitched Blouse With"
        " Dupatta",
        category=LC,
        color="Green",
    ),
    # Photo: long purple A-line kurta, purple sharara, no dupatta (two-piece); model holds a small clutch. Base
    # BLIP-2; the caption takes the long kurta for a dress; "none" for the dupatta is right. No gender column.
    case(
        "X1325-042",
        caption("a woman in a purple dress holding a clutch", "contradiction"),
        wearing("a purple kurta and pants"),
        col("kurta", "purple"),
        col("sharara", "purple"),
        col("dupatta", "none"),
        Q.garment_type("kurta"),
        title="Global Desi Women Purple Printed Kurta with Sharara",
        category=KS,
        color="Purple",
    ),
    # Photo: cobalt blue flared skirt with a white dabu print, yellow top, a potted plant beside the model. Base
    # BLIP-2; the details answer invents cotton and loops to the limit.
    case(
        "X1325-043",
        caption("a woman in a blue skirt standing next to a plant"),
        wearing("a yellow shirt and blue skirt"),
        col("skirt", "blue"),
        col("top", "yellow"),
        Q.garment_type("skirt"),
        details(
            "skirt",
            "the skirt is made of cotton and has a flared hem and a flared hem and a flared hem and a flared hem"
            " and a flared hem and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Ethnicity Women Blue Printed Flared Ethnic Skirt",
        category=SK,
        color="Blue",
    ),
    # Photo: model in profile in a magenta sequinned lehenga, magenta short-sleeved blouse, golden net dupatta.
    # Base BLIP-2; the caption calls it a dress; the description is cut at the limit.
    case(
        "X1325-044",
        caption("a woman in a pink dress posing for the camera", "contradiction"),
        wearing("a pink lehenga"),
        col("lehenga", "pink"),
        col("blouse", "pink"),
        col("dupatta", "gold"),
        Q.garment_type("lehenga"),
        is_a("lehenga", "yes"),
        describe(
            "lehenga",
            "a pink lehenga with gold embroidery on the border and sequins all over the skirt, paired with a pink"
            " blouse with short sleeves and a golden net dupatta with a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Zeel Clothing Women Magenta Embroidered Sequinned Lehenga Choli & Dupatta",
        category=LC,
        color="Magenta",
    ),
    # Photo: sea green kurta with gota work and three-quarter sleeves, sea green sharara, contrast pink dupatta.
    # Base BLIP-2; the sharara gets the dupatta's pink; "short" sleeves only the photo refutes.
    case(
        "X1325-045",
        caption("a woman in a green kurta with a pink dupatta"),
        wearing("green salwar suit with pink dupatta"),
        col("kurta", "green"),
        col("sharara", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        Q.garment_type("kurta"),
        Q.sleeve_length("short", "contradiction"),
        gender=W,
        title="Indo Era Women Sea Green Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Sea Green",
    ),
]
