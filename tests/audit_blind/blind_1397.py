"""BLIND_1397 (45 products; Myntra women's ethnic skirts, lehengas and sharara sets, base BLIP-2 zero-shot, per-piece
colors): written blind in the sixty-fourth session. Measured blind at 7897fa2 (the session's third rules): 37/60
failures found (61.7%) and 14/224 correct texts flagged (6.2%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic feed of lehenga cholis, ethnic skirts and kurta-with-sharara sets (article types
"Lehenga Choli", "Skirts", "Kurta Sets"; base colours as Myntra spells them: Maroon, Mustard, Sea Green, Off White,
Multi...). Photos are the catalog's first image: mostly a model on a plain white, grey or beige backdrop wearing the
product with her own top or jewellery, a few flat lays, back views and props (a stool, a chair, a potli bag, a plant).
The sets have two or three pieces, often in contrasting colors (a mustard lehenga with a pink blouse, a blue kurta with
a white sharara), which is where the system goes wrong most: it asks the color of every piece separately.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b (no adapter), greedy, zero-shot: the caption
from the bare image, each answer from its own `Question: ... Answer:` prompt, 50 new tokens for captions and 30 for
answers, cut at the first newline. The per-piece color questions ("What is the color of the lehenga / blouse / dupatta /
kurta / sharara / skirt / top?") are free generation and stored open; the closed questions (garment type, pattern,
sleeve length, "Is this a ...?") are the model's raw text stored with their makers' kind.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A broader shade is right (maroon or burgundy as "red", mustard as "yellow", lavender as "purple", rust as
"orange", cream or off white as "white", sea green or lime green as "green"); a color that belongs to another piece of
the set is `other_garment_color`; a color that no piece has (the backdrop showing through a net dupatta, a prop's color)
is `contradiction`. "Dress", "outfit" or "salwar suit" for a long kurta set is loose but not wrong; "saree" or "gown"
for a lehenga, "anarkali" for a straight kurta, "yes" to "Is this a lehenga?" for a sharara set or a midi skirt are
`contradiction`. A color for a dupatta the set does not have, a material the title does not give and the photo does not
show (and that is wrong), a pattern the photo does not have, are `unsupported`; a material guess that happens to be
right stays unmarked. A one-word answer back ("dupatta", "cloth", "clothing", "traditional", "it is a skirt") is
`non_answer`; a dictionary definition of the garment instead of this garment's color or look is `restated`. A text that
repeats until the token limit is a `loop` (hit_limit), one that lists on and stops mid-phrase at the limit without
repeating is `cut`. The base model rarely leaks the prompt format, but when it fails to emit a newline it writes the
next question itself: `leak`. "He" for a woman (short hair, back turned) is `pronoun`. About one text in five is wrong,
fewer than the four in ten of the tuned adapters: the base model's answers are short and stop at the newline, so loops
and cuts are rare; most of its failures are one color given to every piece of a contrasting set, "saree" for a lehenga,
and guessed materials. Single-color sets are mostly right, and I left them right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material
sleeve_length = BLIND_QUESTIONS.sleeve_length


def piece(garment, text, failure=None, hit_limit=False):
    """A per-piece color question, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1397 = [
    # Model on a grey backdrop: maroon velvet lehenga with gold zari embroidery, maroon blouse, a pink net dupatta
    # over one shoulder. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-001",
        caption("a woman in a maroon lehenga with a pink dupatta"),
        wearing("a lehenga"),
        piece("lehenga", "maroon"),
        piece("blouse", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        material("velvet"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Model on white: yellow straight kurta with small white floral print, yellow sharara, white dupatta with a
    # yellow border. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-002",
        caption("a woman in a yellow outfit with a white dupatta"),
        wearing("a yellow kurta and dupatta"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        garment_type("kurta"),
        material("cotton"),
        gender="Women",
        title="Libas Women Yellow Floral Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Model on white: navy blue flared maxi skirt with small white floral buttis, worn with a plain white crop top.
    # Skirt is rayon. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-003",
        caption("a woman in a blue skirt and white top"),
        wearing("a blue skirt"),
        piece("skirt", "blue"),
        piece("top", "blue", "other_garment_color"),
        pattern("floral"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Global Desi Women Navy Blue Printed Flared Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Model on beige, styled as a bride with heavy jewellery: red lehenga with gold embroidery, red blouse, red
    # dupatta over the head. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-004",
        caption("a bride in a red lehenga with gold jewelry"),
        wearing("a red bridal lehenga"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red"),
        pattern("embroidered"),
        is_a("saree", "yes", "contradiction"),
        gender="Women",
        title=(
            "Warthy Ent Red & Gold-Toned Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta"
        ),
        category="Lehenga Choli",
        color="Red",
    ),
    # Model on white holding a potted plant: green straight kurta, green sharara, sheer green dupatta. All texts:
    # base blip2-opt-2.7b zero-shot.
    case(
        "X1397-005",
        caption("a woman in a green dress holding a plant"),
        wearing("a green anarkali", "contradiction"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green"),
        garment_type("kurta"),
        is_a("lehenga", "yes", "contradiction"),
        gender="Women",
        title="Anouk Women Green Solid Straight Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Flat lay on white, no person: mustard cotton wrap skirt with floral block print and a tie. All texts: base
    # blip2-opt-2.7b zero-shot.
    case(
        "X1397-006",
        caption("a yellow skirt with a floral print"),
        wearing("a yellow dress", "contradiction"),
        piece("skirt", "yellow"),
        pattern("floral"),
        material("cotton"),
        describe("skirt", "a yellow skirt with flowers on it"),
        gender="Women",
        title="Jaipur Kurti Women Mustard Yellow Block Printed Cotton Wrap Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Model on white, full length: solid mustard lehenga with mirror work, rani pink blouse, rani pink dupatta. All
    # texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-007",
        caption("a woman in a yellow and pink lehenga"),
        wearing("a lehenga choli"),
        piece("lehenga", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        piece("dupatta", "pink"),
        describe("lehenga", "it has mirror work on it"),
        pattern("floral", "unsupported"),
        gender="Women",
        title="Panchhi Mustard & Pink Mirror Work Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Model on grey: off-white kurta with thread embroidery, off-white sharara, peach organza dupatta. All texts:
    # base blip2-opt-2.7b zero-shot; the caption ran to the 50-token limit.
    case(
        "X1397-008",
        caption(
            "a woman in a white kurta and white pants with a peach dupatta and white pants and white pants and white"
            " pants and white pants and white pants and white pants and white pants and white pants and white pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a white kurta with a peach dupatta"),
        piece("kurta", "white"),
        piece("sharara", "white"),
        piece("dupatta", "white", "other_garment_color"),
        garment_type("kurta"),
        gender="Women",
        title="Anouk Women Off White Ethnic Motifs Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Model with a short crop, side pose, on white: black flared skirt with gold foil print, black crop top. All
    # texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-009",
        caption("a woman in a black skirt and top"),
        wearing("he is wearing a black skirt", "pronoun"),
        piece("skirt", "black"),
        piece("top", "black"),
        pattern("solid", "contradiction"),
        is_a("skirt", "yes"),
        gender="Women",
        title="W Women Black & Gold-Toned Foil Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Black",
    ),
    # Model sitting on a wooden stool, white backdrop: sea green floral printed lehenga with gota patti, sea green
    # blouse, pink net dupatta. Fabric is georgette. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-010",
        caption("a woman sitting on a stool wearing a green lehenga"),
        wearing("a green lehenga"),
        piece("lehenga", "green"),
        piece("blouse", "green"),
        piece("dupatta", "green", "other_garment_color"),
        pattern("floral"),
        material("silk", "unsupported"),
        gender="Women",
        title="Inddus Sea Green & Pink Floral Printed Gotta Patti Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Model on beige: maroon kurta with gold foil print, maroon sharara, maroon dupatta with a gold border. All
    # texts: base blip2-opt-2.7b zero-shot; the sharara answer ran on without a newline.
    case(
        "X1397-011",
        caption("a woman in a maroon and gold salwar suit"),
        wearing("a maroon kurta with gold print"),
        piece("kurta", "maroon"),
        piece("sharara", "maroon Question: What is the color of the dupatta? Answer: maroon", "leak"),
        piece("dupatta", "maroon"),
        garment_type("traditional", "non_answer"),
        gender="Women",
        title="Sangria Women Maroon Ethnic Motifs Foil Printed Kurta With Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Model on white: cotton kalamkari patchwork midi skirt (blue, red and mustard panels), white shirt tucked in. All
    # texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-012",
        caption("a woman in a white shirt and a colorful skirt"),
        wearing("a white shirt and a patchwork skirt"),
        piece("skirt", "multicolor"),
        piece("shirt", "white"),
        pattern("patchwork"),
        describe("skirt", "it is a long skirt with a pattern on it"),
        material("silk", "unsupported"),
        gender="Women",
        title="Ethnovog Women Multicoloured Kalamkari Printed Patchwork Midi Skirt",
        category="Skirts",
        color="Multi",
    ),
    # Model on white: lavender lehenga with silver sequins, lavender blouse, sheer lavender net dupatta that looks
    # white against the backdrop. All texts: base blip2-opt-2.7b zero-shot; the wearing answer hit the 30 tokens.
    case(
        "X1397-013",
        caption("a woman in a purple lehenga"),
        wearing(
            "a lavender lehenga with silver sequins and a matching blouse and a lavender dupatta with sequins on the"
            " border and a silver",
            "cut",
            hit_limit=True,
        ),
        piece("lehenga", "purple"),
        piece("blouse", "purple"),
        piece("dupatta", "white", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Shubhkala Lavender Embellished Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Model on white: peach short georgette kurti with mirror work and peach sharara; the set has no dupatta. Feed
    # row without gender. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-014",
        caption("a woman in a peach outfit with mirror work"),
        wearing("a peach top and pants"),
        piece("kurta", "peach"),
        piece("sharara", "peach"),
        piece("dupatta", "peach", "unsupported"),
        material("georgette"),
        title="Fusionic Women Peach-Coloured Embroidered Mirror Work Kurti with Sharara",
        category="Kurta Sets",
        color="Peach",
    ),
    # Model on white under warm light: royal blue Banarasi silk lehenga, blue blouse, blue dupatta; the blue reads
    # a little violet in the shot. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-015",
        caption("a woman in a purple lehenga", "contradiction"),
        wearing("a blue lehenga choli"),
        piece("lehenga", "blue"),
        piece("blouse", "blue"),
        piece("dupatta", "blue"),
        material("silk"),
        gender="Women",
        title="Kalini Blue Woven Design Banarasi Silk Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Back view on grey: rust tiered maxi skirt with lace trims, white tank top. All texts: base blip2-opt-2.7b
    # zero-shot.
    case(
        "X1397-016",
        caption("the back of a woman in an orange skirt"),
        wearing("an orange skirt"),
        piece("skirt", "orange"),
        piece("top", "orange", "other_garment_color"),
        pattern("solid"),
        describe("skirt", "it is a long skirt with ruffles"),
        gender="Women",
        title="Juniper Women Rust Solid Tiered Flared Maxi Ethnic Skirt",
        category="Skirts",
        color="Rust",
    ),
    # Model on white: pastel pink floral printed lehenga, pink sequinned blouse, pink dupatta. All texts: base
    # blip2-opt-2.7b zero-shot.
    case(
        "X1397-017",
        caption("a woman in a pink lehenga with flowers"),
        wearing("a pink lehenga"),
        piece("lehenga", "pink"),
        piece("blouse", "pink"),
        piece("dupatta", "dupatta", "non_answer"),
        garment_type("lehenga"),
        pattern("floral"),
        gender="Women",
        title="Sangria Pink Floral Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Model on white: blue kurta with white embroidery, white sharara, blue dupatta. All texts: base blip2-opt-2.7b
    # zero-shot.
    case(
        "X1397-018",
        caption("a woman in a blue and white outfit"),
        wearing("a blue kurta and white pants"),
        piece("kurta", "blue"),
        piece("sharara", "blue", "other_garment_color"),
        piece("dupatta", "blue"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indo Era Women Blue & White Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Model sitting on a wooden chair, beige backdrop: green paisley printed A-line cotton midi skirt, pink short
    # kurti as the top. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-019",
        caption("a woman sitting on a chair in a green skirt"),
        wearing("a pink top and green skirt"),
        piece("skirt", "green"),
        piece("top", "pink"),
        pattern("paisley"),
        material("cotton"),
        is_a("lehenga", "yes", "contradiction"),
        gender="Women",
        title="Biba Women Green Printed A-Line Midi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Model on grey: black lehenga with multicolor thread embroidery, black blouse, black dupatta with an embroidered
    # border. All texts: base blip2-opt-2.7b zero-shot; the wearing answer ran to 30 tokens.
    case(
        "X1397-020",
        caption("a woman in a black lehenga with colorful embroidery"),
        wearing(
            "a black lehenga with a black blouse and a black dupatta with a black border and a black border and a"
            " black border and a black",
            "loop",
            hit_limit=True,
        ),
        piece("lehenga", "black"),
        piece("blouse", "black"),
        piece("dupatta", "black"),
        gender="Women",
        title="Warthy Ent Black Embroidered Thread Work Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Model on white: white kurta with pink floral print, solid pink sharara, pink dupatta. All texts: base
    # blip2-opt-2.7b zero-shot.
    case(
        "X1397-021",
        caption("a woman in a white and pink floral dress"),
        wearing("a white kurta with pink flowers"),
        piece("kurta", "white"),
        piece("sharara", "white", "other_garment_color"),
        piece("dupatta", "pink"),
        garment_type("kurta"),
        gender="Women",
        title="Libas Women White & Pink Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Model on beige: orange lehenga, gold brocade blouse, orange dupatta draped across the torso saree-style and
    # tucked at the waist. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-022",
        caption("a woman in an orange saree", "contradiction"),
        garment_type("saree", "contradiction"),
        piece("lehenga", "orange"),
        piece("blouse", "gold"),
        piece("dupatta", "orange"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Mitera Orange & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Model on white: cream flared skirt with a gold zari border, maroon blouse-style top. All texts: base
    # blip2-opt-2.7b zero-shot; the description ran on without a newline.
    case(
        "X1397-023",
        caption("a woman in a white skirt and red top"),
        wearing("a white skirt and a red top"),
        piece("skirt", "white"),
        piece("top", "red"),
        describe("skirt", "a white skirt with a gold border Question: Describe the top. Answer: a red top", "leak"),
        pattern("solid"),
        gender="Women",
        title="Kalini Women Cream-Coloured Solid Flared Ethnic Skirt with Zari Border",
        category="Skirts",
        color="Cream",
    ),
    # Model on white: lime green lehenga with pink floral print, solid sleeveless pink blouse, lime green dupatta
    # draped over both arms. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-024",
        caption("a woman in a green and pink lehenga"),
        wearing("a lehenga"),
        piece("lehenga", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "green"),
        sleeve_length("long sleeves", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Lime Green & Pink Floral Printed Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Flat lay on white, no person: mint green floral printed kurta and sharara, a plain white dupatta folded
    # beside them. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-025",
        caption("a green and white outfit laid out on a white surface"),
        wearing("a green kurta and pants"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "white"),
        pattern("floral"),
        gender="Women",
        title="Jaipur Kurti Women Mint Green Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Model on grey: maroon velvet flared skirt with a gold gota patti border, gold crop top. All texts: base
    # blip2-opt-2.7b zero-shot.
    case(
        "X1397-026",
        caption("a woman in a maroon skirt and gold top"),
        wearing("a maroon skirt"),
        piece("skirt", "maroon"),
        piece("top", "gold"),
        details("skirt", "it is a skirt", "non_answer"),
        material("velvet"),
        is_a("lehenga", "no"),
        gender="Women",
        title="Shubhkala Women Maroon Velvet Flared Ethnic Skirt with Gotta Patti Border",
        category="Skirts",
        color="Maroon",
    ),
    # Model with a short bob, turned three-quarters away, on white: navy lehenga with silver embroidery, navy
    # blouse, silver-grey dupatta over the arms. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-027",
        caption("a person in a blue lehenga"),
        wearing("he is wearing a blue lehenga", "pronoun"),
        piece("lehenga", "blue"),
        piece("blouse", "blue"),
        piece("dupatta", "grey"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fusionic Navy Blue & Silver-Toned Embroidered Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Model on white: mustard kurta with gota lace at neck and sleeves, mustard sharara, green dupatta hanging in
    # front of the sharara. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-028",
        caption("a woman in a yellow outfit with a green dupatta"),
        wearing("a yellow kurta and a green dupatta"),
        piece("kurta", "yellow"),
        piece("sharara", "green", "other_garment_color"),
        piece("dupatta", "green"),
        details("kurta", "gold lace on the neckline and sleeves"),
        gender="Women",
        title="Panchhi Women Mustard Yellow Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Model on white: indigo dabu printed tiered maxi skirt (geometric motifs), a long white tunic worn over it that
    # hides the waist. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-029",
        caption("a woman in a white top and a blue skirt"),
        is_a("skirt", "no", "contradiction"),
        piece("skirt", "blue"),
        piece("top", "white"),
        pattern("floral", "unsupported"),
        wearing("a white top"),
        gender="Women",
        title="Global Desi Women Indigo Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Model on white holding her peach dupatta spread out behind her: peach sequinned lehenga, peach blouse. All
    # texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-030",
        caption("a woman in a peach lehenga holding up her dupatta"),
        piece("lehenga", "peach"),
        piece("blouse", "peach"),
        piece("dupatta", "peach"),
        describe("lehenga", "the lehenga is a long skirt worn with a blouse and a dupatta", "restated"),
        garment_type("lehenga"),
        gender="Women",
        title="Shubhkala Peach-Coloured Embellished Sequinned Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Model on grey: emerald green velvet kurta with zari embroidery, emerald sharara, gold tissue dupatta. All
    # texts: base blip2-opt-2.7b zero-shot; the kurta description ran to 30 tokens.
    case(
        "X1397-031",
        caption("a woman in a green velvet outfit"),
        wearing("a green velvet suit with a gold dupatta"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "gold"),
        material("velvet"),
        describe(
            "kurta",
            "it is a green velvet kurta with gold embroidery on the neckline and the sleeves and the hem and the"
            " neckline and the sleeves and the hem and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sangria Women Green Velvet Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Model on white: multicolor printed flared skirt with mirror work and tassels at the waist tie, black top.
    # Feed row without category. All texts: base blip2-opt-2.7b zero-shot; the description hit 30 tokens.
    case(
        "X1397-032",
        caption("a woman in a colorful skirt with mirrors"),
        wearing("a black top and a colorful skirt"),
        piece("skirt", "multicolor"),
        piece("top", "black"),
        describe(
            "skirt",
            "it is a long flared skirt with mirror work, tassels at the waist and a printed pattern in red, yellow,"
            " green, blue and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Ethnovog Women Multicoloured Printed Mirror Work Flared Ethnic Skirt with Tassels",
        color="Multi",
    ),
    # Back view on beige: burgundy lehenga, burgundy blouse with a tie-up dori ending in tassels, burgundy dupatta
    # over the arms. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-033",
        caption("the back of a woman in a red lehenga"),
        wearing("a red saree", "contradiction"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red"),
        details("blouse", "tassels"),
        garment_type("lehenga"),
        gender="Women",
        title="Kalini Burgundy Embroidered Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Model on white holding a silver potli bag: black kurta with silver mirror work, black sharara, black dupatta.
    # All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-034",
        caption("a woman in a black outfit holding a purse"),
        wearing("a black salwar suit"),
        piece("kurta", "black"),
        piece("sharara", "a sharara is a type of salwar", "restated"),
        piece("dupatta", "silver", "contradiction"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Anouk Women Black Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Model on white: pink lehenga skirt with gold foil floral print, white shirt knotted at the waist. All texts:
    # base blip2-opt-2.7b zero-shot.
    case(
        "X1397-035",
        caption("a woman in a pink skirt and white shirt"),
        wearing("a pink skirt"),
        piece("skirt", "pink"),
        piece("shirt", "pink", "other_garment_color"),
        pattern("floral"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="W Women Pink & Gold-Toned Foil Printed Flared Lehenga Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Model on beige with jewellery: gold tissue lehenga, gold blouse, maroon dupatta. All texts: base
    # blip2-opt-2.7b zero-shot; the wearing answer ran on without a newline.
    case(
        "X1397-036",
        caption("a woman in a gold lehenga with a red dupatta"),
        wearing("a gold lehenga Question: What is the color of the lehenga? Answer: gold", "leak"),
        piece("lehenga", "gold"),
        piece("blouse", "gold"),
        piece("dupatta", "red"),
        gender="Women",
        title="Warthy Ent Gold-Toned & Maroon Woven Design Tissue Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Model on white: lavender rayon kurta with white thread embroidery, lavender sharara, lavender dupatta. All texts:
    # base blip2-opt-2.7b zero-shot.
    case(
        "X1397-037",
        caption("a woman in a purple dress"),
        wearing("a purple kurta"),
        piece("kurta", "purple"),
        piece("sharara", "purple"),
        piece("dupatta", "purple"),
        garment_type("clothing", "non_answer"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Indo Era Women Lavender Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Model on white: red and white bandhani dotted cotton flared skirt, black top. All texts: base blip2-opt-2.7b
    # zero-shot.
    case(
        "X1397-038",
        caption("a woman in a red and white polka dot skirt"),
        wearing("a red skirt and a black top"),
        piece("skirt", "red"),
        piece("top", "black"),
        pattern("polka dot"),
        material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Red & White Bandhani Printed Flared Cotton Skirt",
        category="Skirts",
        color="Red",
    ),
    # Model on grey: patchwork lehenga with pink, green and yellow panels, solid yellow blouse, solid pink dupatta.
    # All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-039",
        caption("a woman in a colorful lehenga"),
        wearing("a multicolored lehenga"),
        piece("lehenga", "multicolor"),
        piece("blouse", "multicolor", "other_garment_color"),
        piece("dupatta", "multicolor", "other_garment_color"),
        pattern("patchwork"),
        gender="Women",
        title="Panchhi Multicoloured Printed Patchwork Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Model on white: red kurta with small white polka dots, white sharara, red dupatta. Feed row without gender.
    # All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-040",
        caption("a woman in a red and white outfit"),
        wearing("a red kurta"),
        piece("kurta", "red"),
        piece("sharara", "red", "other_garment_color"),
        piece("dupatta", "red"),
        pattern("polka dot"),
        title="Libas Women Red & White Polka Dot Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Model on white: olive green rayon flared skirt with thread embroidery at the hem, a denim jacket open over a
    # white tee ("top" read as the jacket counts). Feed row without color. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-041",
        caption("a woman in a denim jacket and a green skirt"),
        wearing("a denim jacket"),
        piece("skirt", "green"),
        piece("top", "blue"),
        material("denim", "unsupported"),
        details("skirt", "embroidery"),
        gender="Women",
        title="Juniper Women Olive Green Embroidered Flared Ethnic Skirt",
        category="Skirts",
    ),
    # Model on white: rust ready-to-wear lehenga and a matching sleeveless rust blouse; the set has no dupatta and
    # the two pieces read as one garment. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X1397-042",
        caption("a woman in an orange gown", "contradiction"),
        garment_type("lehenga"),
        piece("lehenga", "orange"),
        piece("blouse", "orange"),
        piece("dupatta", "orange", "unsupported"),
        sleeve_length("sleeveless"),
        gender="Women",
        title="Fusionic Rust Embellished Ready to Wear Lehenga & Blouse",
        category="Lehenga Choli",
        color="Rust",
    ),
    # Model on white: pink rayon kurta with floral embroidery, pink sharara, pink dupatta. All texts: base
    # blip2-opt-2.7b zero-shot.
    case(
        "X1397-043",
        caption("a woman in a pink kurta with a pink dupatta"),
        wearing("she is wearing a pink salwar suit", who="she"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        details("kurta", "it has flowers on it"),
        material("silk", "unsupported"),
        gender="Women",
        title="Anouk Women Pink Floral Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Model on white, all in white: white chikankari A-line skirt, plain white top. All texts: base blip2-opt-2.7b
    # zero-shot.
    case(
        "X1397-044",
        caption("a woman in a white outfit"),
        wearing("a white dress", "contradiction"),
        piece("skirt", "white"),
        piece("top", "white"),
        pattern("embroidered"),
        describe("skirt", "the skirt is white"),
        material("cloth", "non_answer"),
        gender="Women",
        title="Kalini Women White Chikankari Embroidered A-Line Skirt",
        category="Skirts",
        color="White",
    ),
    # Model on grey: baby blue lehenga with silver mirror work, baby blue blouse, white net dupatta. All texts: base
    # blip2-opt-2.7b zero-shot.
    case(
        "X1397-045",
        caption("a woman in a light blue lehenga"),
        wearing("lehenga"),
        piece("lehenga", "blue"),
        piece("blouse", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        details("lehenga", "mirror work"),
        is_a("saree", "no"),
        gender="Women",
        title="Mitera Blue Mirror Work Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
]
