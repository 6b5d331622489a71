"""BLIND_1565 (46 products; Myntra ethnic skirts, lehengas and sharara sets, base BLIP-2 per-piece colors): written
blind in the sixty-sixth session. Measured blind at d0844da (the session's third rules): 30/53 failures found (56.6%)
and 9/231 correct texts flagged (3.9%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed (article types Skirts, Lehenga Choli, Kurta Sets) run through the untuned
Salesforce/blip2-opt-2.7b, zero-shot. The job captions every image (no prompt, 50 new tokens) and then asks, for each
piece the title names (skirt; lehenga, blouse, dupatta; kurta or kurti, sharara, dupatta), "What is the color of the
<piece>?", plus a few of: what the person is wearing, pattern, sleeve length, material, "Is this a <piece>?", and
describe/details of the main piece. Greedy decoding, 30 new tokens per answer. Photos are the catalog's usual shots:
a model on a plain backdrop wearing the product with styling pieces (a crop top or shirt with the skirts), now and
then a back view, a flat lay, a close crop, or a prop (swing, chair, stool, flowers, potli bag, clutch, straw bag).
Who wrote what: every text is the base model's own, no adapter. Captions come from the bare image; answers from the
`Question: ... Answer:` prompt. Color answers are stored open (free generation, not ranked against candidates).
Labeling conventions and judgement calls: I judged by the photo I imagined and the title. Neighbouring shades count as
right (maroon/burgundy as red, navy/teal/turquoise as blue, peach as pink, mustard as yellow, lavender/mauve as purple,
cream/off-white as white, rust as orange or brown), so a caption saying "peach" and an answer saying "pink" are both
right. A hue from another family is wrong: other_garment_color when it is the color of another piece or styling garment
visible in the photo (the dupatta's or the crop top's color given for the lehenga or the skirt, one color repeated for
pieces that differ), contradiction when it comes from embroidery, sequins, tassels, a border or a prop (gold for a navy
lehenga, silver for a black sequinned one, white for a clutch). Matching sets are common in this category, so one color
for every piece is often simply right and I left those unmarked. A sharara set called a "salwar suit/kameez" or its
bottom called "palazzo pants" I accepted; a kurta set or lehenga called a "dress", a lehenga called "not a lehenga", and
jewellery given as what the person wears I marked contradiction. A color, the garment's name or a bare "it is a skirt"
given to a material, pattern or details question is non_answer. A material the title contradicts is unsupported; a
material the title does not name I accepted when the photo makes it plausible. On the flat lay with no person, "nothing"
to "What is the person wearing?" is literally true and left unmarked; "a green dress" on the other flat lay is marked.
The close crop's caption names only the jewellery, which is true, and is left unmarked. A lehenga or kurta set called a
"sari" is contradiction. Answers that ran on into the next question, looped or stopped mid-phrase ran to the 30-token
limit (the looping caption to 50) and carry hit_limit. Fewer texts are wrong here than the usual four in ten: the
answers are short and many sets are one color throughout, which is where the base model does best; most of its errors
are colors taken from the piece beside or from the embroidery.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_1565 = [
    # Model facing the camera, grey backdrop: pink lehenga with gold zari, matching pink blouse, pink net dupatta over
    # one shoulder. All texts base BLIP-2 zero-shot; every piece is pink, so the one color is right.
    case(
        "X1565-001",
        caption("a woman in a pink lehenga with gold embroidery"),
        wearing("a pink lehenga"),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        pattern("embroidered"),
        gender="Women",
        title="Mitera Women Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Model on white backdrop: maroon flared maxi skirt with gold foil ethnic motifs (buttis and paisleys), styled
    # with a plain white crop top that is not sold. Base BLIP-2; the skirt's color answer takes the crop top's white.
    case(
        "X1565-002",
        caption("a woman in a white top and maroon skirt"),
        wearing("a white top and a red skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        pattern("paisley"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Sangria Women Maroon & Gold-Toned Ethnic Motifs Printed Flared Maxi Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # Model standing: bottle-green straight kurta with gold gota yoke, 3/4 sleeves, green sharara, green dupatta with a
    # narrow gold border. Base BLIP-2; the dupatta answer takes the gold of the border, the sleeves are not long.
    case(
        "X1565-003",
        caption("a woman in a green salwar suit with a dupatta"),
        wearing("a green salwar kameez"),
        color_of("kurta", "green", kind="open"),
        color_of("sharara", "green", kind="open"),
        color_of("dupatta", "gold", "contradiction", kind="open"),
        sleeves("long", "contradiction"),
        gender="Women",
        title="Libas Women Green Yoke Design Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Model front: navy velvet lehenga covered in heavy gold zari, navy blouse, beige net dupatta with gold border.
    # Base BLIP-2; lehenga answered with the embroidery's gold, the dupatta with the lehenga's blue.
    case(
        "X1565-004",
        caption("a woman in a blue and gold lehenga"),
        wearing("a blue lehenga"),
        color_of("lehenga", "gold", "contradiction", kind="open"),
        color_of("blouse", "blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        material("velvet"),
        gender="Women",
        title="Chhabra 555 Navy Blue & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Back view: black flared maxi skirt with a small white floral print, worn with a black top. Base BLIP-2, all right.
    case(
        "X1565-005",
        caption("the back of a woman in a black skirt and black top"),
        wearing("black skirt"),
        color_of("skirt", "black", kind="open"),
        pattern("floral"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Global Desi Women Black Printed Flared Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Model front: mustard kurta with white block-printed motifs, off-white sharara with a small mustard print, mustard
    # dupatta. Base BLIP-2; the sharara is given the kurta's yellow.
    case(
        "X1565-006",
        caption("a woman in a yellow kurta and white pants"),
        wearing("a yellow kurta"),
        color_of("kurta", "yellow", kind="open"),
        color_of("sharara", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        pattern("printed"),
        gender="Women",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Bridal shot, model seated on a carved chair (prop): red lehenga with gold embroidery and sequins, red blouse, red
    # net dupatta over the head, lehenga pooled at her feet, no train. Base BLIP-2; the description invents a train.
    case(
        "X1565-007",
        caption("a woman in a red bridal lehenga sitting on a chair"),
        wearing("a red and gold lehenga"),
        color_of("lehenga", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        describe("lehenga", "it is a red lehenga with gold embroidery and sequins and a long train", "unsupported"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mabish by Sonal Jain Red & Gold-Toned Embroidered Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Model front: multicoloured tiered maxi skirt (pink, green, blue, yellow printed tiers), plain pink top. Base
    # BLIP-2; the tiers read as stripes, which the skirt is not.
    case(
        "X1565-008",
        caption("a woman wearing a colorful skirt and pink top"),
        wearing("a colorful skirt"),
        color_of("skirt", "multicolored", kind="open"),
        pattern("striped", "contradiction"),
        material("cotton"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Varanga Women Multicoloured Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Multi",
    ),
    # Model front holding a pink potli bag (prop): white chikankari kurta with full sleeves, white sharara, no dupatta.
    # Base BLIP-2; the caption calls the kurta set a dress.
    case(
        "X1565-009",
        caption("a woman in a white dress holding a pink purse", "contradiction"),
        wearing("a white kurta"),
        color_of("kurta", "white", kind="open"),
        color_of("sharara", "white", kind="open"),
        pattern("embroidered"),
        material("cotton"),
        sleeves("long"),
        title="House of Pataudi Women White Chikankari Embroidered Kurta with Sharara",
        category="Kurta Sets",
        color="White",
    ),
    # Model front: peach net lehenga with silver sequin vines, peach blouse, peach net dupatta. Base BLIP-2; the
    # dupatta answer ran on into a question of its own until the limit.
    case(
        "X1565-010",
        caption("a woman in a peach lehenga"),
        wearing("a pink lehenga"),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of(
            "dupatta",
            "pink Question: what is the color of the blouse? Answer: pink Question: what is the color of the lehenga?"
            " Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        material("net"),
        describe("lehenga", "it is a pink lehenga with silver embroidery"),
        gender="Women",
        title="Inddus Peach-Coloured & Silver-Toned Embroidered Net Semi-Stitched Lehenga & Unstitched Blouse With "
        "Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Flat lay on a white table, no person: green cotton maxi skirt with a white floral print, spread out flared.
    # Base BLIP-2; the wearing answer calls it a dress.
    case(
        "X1565-011",
        caption("a green skirt with white flowers on it"),
        wearing("a green dress", "contradiction"),
        color_of("skirt", "green", kind="open"),
        pattern("floral"),
        material("cotton"),
        gender="Women",
        title="Juniper Women Green Printed Flared Cotton Maxi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Model leaning on a wooden crate (prop): pink floral-print kurta, matching pink printed sharara, white mulmul
    # dupatta with a pink border. Base BLIP-2; the dupatta is given the kurta's pink.
    case(
        "X1565-012",
        caption("a woman in a pink floral print kurta and palazzo pants"),
        wearing("a pink kurta and pants"),
        color_of("kurta", "pink", kind="open"),
        color_of("sharara", "pink", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        material("cotton"),
        gender="Women",
        title="Scakhi Women Pink Floral Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Model front: teal silk lehenga with gold embroidery, contrasting pink blouse, pink dupatta across the body.
    # Base BLIP-2; the lehenga is given the pink of the blouse and dupatta.
    case(
        "X1565-013",
        caption("a woman in a blue and pink lehenga"),
        wearing("a blue lehenga and a pink blouse"),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        material("silk"),
        pattern("embroidered"),
        gender="Women",
        title="Ethnovog Teal Green Embroidered Silk Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Model front: mustard bandhani (tie-dye dot) flared skirt, white shirt knotted at the waist, oxidised jewellery.
    # Base BLIP-2, all right ("polka dots" for bandhani accepted).
    case(
        "X1565-014",
        caption("a woman in a yellow skirt and white shirt"),
        wearing("a yellow skirt and a white shirt"),
        color_of("skirt", "yellow", kind="open"),
        pattern("polka dots"),
        is_a("skirt", "yes"),
        describe("skirt", "it is a yellow skirt with white polka dots"),
        gender="Women",
        title="Jaipur Kurti Women Mustard Yellow Bandhani Printed Flared Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Model front: black kurta with gold embroidery at the neckline, black sharara with gold lace hem, black net
    # dupatta with gold buttis. Base BLIP-2; the set is called a dress.
    case(
        "X1565-015",
        caption("a woman in a black and gold outfit"),
        wearing("a black dress", "contradiction"),
        color_of("kurta", "black", kind="open"),
        color_of("sharara", "black", kind="open"),
        color_of("dupatta", "black", kind="open"),
        details("kurta", "gold embroidery on the neckline"),
        gender="Women",
        title="Sangria Women Black & Gold-Toned Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Haldi shot, model holding marigolds (prop): yellow lehenga printed with pink and green flowers, green blouse,
    # yellow dupatta. Base BLIP-2; the blouse gets the lehenga's yellow, the description runs to the limit.
    case(
        "X1565-016",
        caption("a woman in a yellow lehenga holding flowers"),
        wearing("a yellow lehenga"),
        color_of("lehenga", "yellow", kind="open"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        pattern("floral"),
        describe(
            "lehenga",
            "a yellow lehenga with pink and green flowers printed all over it and a green blouse with a yellow dupatta"
            " with a gold border and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Kalini Yellow Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Model front: navy A-line midi skirt with a white geometric block print, worn with a red top. Base BLIP-2; the
    # skirt is given the top's red.
    case(
        "X1565-017",
        caption("a woman in a red top and blue skirt"),
        wearing("a red shirt and blue skirt"),
        color_of("skirt", "red", "other_garment_color", kind="open"),
        pattern("geometric"),
        material("cotton"),
        is_a("skirt", "yes"),
        gender="Women",
        title="W Women Navy Blue Geometric Printed A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Model front holding a white clutch (prop): lavender short kurti with short sleeves and white thread work,
    # lavender sharara. Base BLIP-2; the sharara answer takes the clutch's white.
    case(
        "X1565-018",
        caption("a woman in a purple outfit holding a white purse"),
        wearing("a purple kurta and pants"),
        color_of("kurti", "purple", kind="open"),
        color_of("sharara", "white", "contradiction", kind="open"),
        sleeves("short"),
        pattern("embroidered"),
        gender="Women",
        title="Libas Women Lavender Embroidered Short Kurti with Sharara",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Back view: maroon velvet lehenga, blouse back with a tie-up dori and gold latkans, pink net dupatta over the
    # arms. Base BLIP-2; blouse answered with the tassels' gold, dupatta with the lehenga's red.
    case(
        "X1565-019",
        caption("the back of a woman in a red lehenga"),
        wearing("a red lehenga"),
        color_of("lehenga", "red", kind="open"),
        color_of("blouse", "gold", "contradiction", kind="open"),
        color_of("dupatta", "red", "other_garment_color", kind="open"),
        material("velvet"),
        gender="Women",
        title="Warthy Ent Maroon & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse With "
        "Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Model front: off-white kurta with a red floral print, red sharara, red dupatta. Base BLIP-2; the description
    # loops to the limit.
    case(
        "X1565-020",
        caption("a woman wearing a white and red salwar suit"),
        wearing("a white kurta and red pants"),
        color_of("kurta", "white", kind="open"),
        color_of("sharara", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "it is a white kurta with red flowers on it, and it is a white kurta with red flowers on it, and it is a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Biba Women Off-White & Red Floral Printed Kurta With Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Model front: magenta solid flared skirt with a gold gota border at the hem, gold sequinned crop top (not sold).
    # Base BLIP-2, all right.
    case(
        "X1565-021",
        caption("a woman in a pink skirt and gold top"),
        wearing("a pink skirt"),
        color_of("skirt", "pink", kind="open"),
        pattern("solid"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt has a gold border at the bottom"),
        gender="Women",
        title="Sangria Women Magenta Solid Flared Maxi Skirt with Gotta Patti Border",
        color="Magenta",
    ),
    # Model front: sea-green georgette lehenga with silver embroidery, sea-green blouse, light peach dupatta. Base
    # BLIP-2; the lehenga with the draped dupatta is called a sari, the material is not the title's georgette.
    case(
        "X1565-022",
        caption("a woman in a green lehenga and a pink dupatta"),
        wearing("a green sari", "contradiction"),
        color_of("lehenga", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        material("silk", "unsupported"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="SHUBHKALA Sea Green Embroidered Georgette Semi-Stitched Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Model front: rust kurta with gold foil print and 3/4 sleeves, rust sharara, beige dupatta. Base BLIP-2; the
    # dupatta is given the set's orange.
    case(
        "X1565-023",
        caption("a woman in an orange kurta and pants"),
        wearing("an orange kurta"),
        color_of("kurta", "brown", kind="open"),
        color_of("sharara", "orange", kind="open"),
        color_of("dupatta", "orange", "other_garment_color", kind="open"),
        sleeves("3/4"),
        gender="Women",
        title="Indo Era Women Rust Foil Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Rust",
    ),
    # Flat lay on white, no person: green patola-print skirt with pink and blue motifs, solid blue blouse piece, pink
    # dupatta folded beside them. Base BLIP-2; "nothing" is true of a flat lay; the skirt gets the blouse's blue.
    case(
        "X1565-024",
        caption("a colorful skirt, a blue blouse and a pink scarf on a white background"),
        wearing("nothing"),
        color_of("lehenga", "blue", "other_garment_color", kind="open"),
        color_of("blouse", "blue", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        pattern("geometric"),
        gender="Women",
        title="Ethnovog Multicoloured Patola Printed Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Model front: white flared maxi skirt with indigo floral motifs, indigo top worn untucked over the waistband.
    # Base BLIP-2; the description invents a drawstring the top hides.
    case(
        "X1565-025",
        caption("a woman in a blue top and a white skirt"),
        wearing("a blue shirt and white skirt"),
        color_of("skirt", "blue and white", kind="open"),
        pattern("floral"),
        material("cotton"),
        describe("skirt", "it is a white skirt with blue flowers and a drawstring waist", "unsupported"),
        gender="Women",
        title="FASHOR Women White & Blue Ethnic Motifs Printed Flared Maxi Skirt",
        category="Skirts",
        color="White",
    ),
    # Model seated on a flower-decked swing (prop): magenta kurta with gold gota lace at the neck and sleeves, full
    # sleeves, magenta sharara and dupatta. Base BLIP-2, all right.
    case(
        "X1565-026",
        caption("a woman in a pink outfit sitting on a swing"),
        wearing("she is wearing a pink suit"),
        color_of("kurta", "pink", kind="open"),
        color_of("sharara", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        details("kurta", "gold lace on the neck and sleeves"),
        sleeves("long"),
        gender="Women",
        title="Anouk Women Magenta Embroidered Gotta Patti Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Model front: gold tissue lehenga, maroon blouse, maroon dupatta with gold border. Base BLIP-2; the blouse gets
    # the lehenga's gold and the material question gets a color.
    case(
        "X1565-027",
        caption("a woman in a gold lehenga with a red dupatta"),
        wearing("a gold and red lehenga"),
        color_of("lehenga", "gold", kind="open"),
        color_of("blouse", "gold", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        material("gold", "non_answer"),
        gender="Women",
        title="Atsevam Gold-Toned & Maroon Embroidered Tissue Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Back view: pink flared skirt with gold block print, white kurti top over the waist. Base BLIP-2, all right.
    case(
        "X1565-028",
        caption("a woman in a white top and pink skirt from behind"),
        wearing("a white top and pink skirt"),
        color_of("skirt", "pink", kind="open"),
        pattern("printed"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Biba Women Pink Printed Flared Skirt",
        category="Skirts",
    ),
    # Model front: royal-blue cotton kurta with white print, white sharara with blue print. Base BLIP-2; the sharara
    # gets the kurta's blue, the description calls the model "he".
    case(
        "X1565-029",
        caption("a woman in a blue and white outfit"),
        wearing("a blue and white kurta"),
        color_of("kurta", "blue", kind="open"),
        color_of("sharara", "blue", "other_garment_color", kind="open"),
        material("cotton"),
        describe("kurta", "he is wearing a blue kurta with white print", "pronoun"),
        gender="Women",
        title="GoSriKi Women Blue Ethnic Motifs Printed Pure Cotton Kurta with Sharara",
        category="Kurta Sets",
        color="Blue",
    ),
    # Model holding a green dupatta spread out behind her: pink lehenga with green and gold embroidered border, green
    # blouse. Base BLIP-2; the pattern question gets the garment's name, the description stops mid-phrase at the limit.
    case(
        "X1565-030",
        caption("a woman in a pink and green lehenga"),
        wearing("a pink lehenga and green blouse"),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "green", kind="open"),
        color_of("dupatta", "green", kind="open"),
        pattern("lehenga", "non_answer"),
        describe(
            "lehenga",
            "a pink lehenga with green and gold embroidery on the border and a green dupatta with gold embroidery"
            " on the border and a green",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Inddus Pink & Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Model front: red Rajasthani flared skirt with mirror work and multicolour thread embroidery, black top. Base
    # BLIP-2, all right.
    case(
        "X1565-031",
        caption("a woman in a red skirt with mirrors"),
        wearing("a red skirt and black top"),
        color_of("skirt", "red", kind="open"),
        pattern("embroidered"),
        details("skirt", "mirror work"),
        material("cotton"),
        gender="Women",
        title="Global Desi Women Red Mirror Work Embroidered Flared Skirt",
        category="Skirts",
        color="Red",
    ),
    # Pale pink backdrop: peach kurta with gold yoke and 3/4 sleeves, peach sharara, peach dupatta. Base BLIP-2,
    # all right (peach/pink as neighbours).
    case(
        "X1565-032",
        caption("a woman in a peach salwar kameez"),
        wearing("a pink salwar kameez"),
        color_of("kurta", "pink", kind="open"),
        color_of("sharara", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        sleeves("3/4"),
        gender="Women",
        title="Sangria Women Peach-Coloured Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Model, hand on hip: black net lehenga with dense silver sequins, black blouse, black dupatta. Base BLIP-2; the
    # lehenga is answered with the sequins' silver.
    case(
        "X1565-033",
        caption("a woman in a black sequined lehenga"),
        wearing("a black lehenga"),
        color_of("lehenga", "silver", "contradiction", kind="open"),
        color_of("blouse", "black", kind="open"),
        color_of("dupatta", "black", kind="open"),
        material("net"),
        pattern("sequined"),
        gender="Women",
        title="Chhabra 555 Black Sequinned Net Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Model front: cream flared skirt with a multicolour floral thread-embroidered border, green blouse top. Base
    # BLIP-2; the skirt gets the top's green, the details answer says nothing.
    case(
        "X1565-034",
        caption("a woman in a white skirt and green top"),
        wearing("a green top and a white skirt"),
        color_of("skirt", "green", "other_garment_color", kind="open"),
        pattern("floral"),
        details("skirt", "it is a skirt", "non_answer"),
        gender="Women",
        title="Kalini Women Cream-Coloured Floral Embroidered Flared Skirt",
        category="Skirts",
        color="Cream",
    ),
    # Model front: green kurta with pink flowers, solid pink sharara, green dupatta. Base BLIP-2; the sharara gets the
    # kurta's green.
    case(
        "X1565-035",
        caption("a woman in a green and pink kurta"),
        wearing("green kurta, pink pants"),
        color_of("kurta", "green", kind="open"),
        color_of("sharara", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "green", kind="open"),
        pattern("floral"),
        gender="Women",
        title="Jaipur Kurti Women Green Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Model front, sheer lavender organza dupatta over the head: lavender lehenga, lavender blouse. Base BLIP-2; the
    # sheer dupatta reads as white, and the material is not the title's organza.
    case(
        "X1565-036",
        caption("a woman in a purple lehenga with a veil"),
        wearing("purple lehenga"),
        color_of("lehenga", "purple", kind="open"),
        color_of("blouse", "purple", kind="open"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        material("chiffon", "unsupported"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Kalini Lavender Embroidered Organza Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Model front: teal flared skirt with gold foil ethnic print, white tee tucked in. Base BLIP-2; the pattern
    # question gets a color.
    case(
        "X1565-037",
        caption("a woman in a blue skirt and white t-shirt"),
        wearing("a white t-shirt and a blue skirt"),
        color_of("skirt", "teal", kind="open"),
        pattern("gold", "non_answer"),
        is_a("skirt", "yes"),
        describe("skirt", "it is a blue skirt with gold print"),
        gender="Women",
        title="Sangria Women Teal Blue Ethnic Motifs Foil Printed Flared Skirt",
        category="Skirts",
        color="Teal",
    ),
    # Model seated on a stool (prop): yellow short kurti with mirror work at the neck, yellow sharara, green dupatta.
    # Base BLIP-2; the dupatta gets the set's yellow.
    case(
        "X1565-038",
        caption("a woman in a yellow outfit sitting on a stool"),
        wearing("a yellow kurta and sharara"),
        color_of("kurti", "yellow", kind="open"),
        color_of("sharara", "yellow", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        details("kurti", "mirror work on the neck"),
        title="Anouk Women Yellow Mirror Work Embroidered Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Model front: red silk lehenga with gold zari, red blouse, red dupatta with gold border. Base BLIP-2; the caption
    # loops to the 50-token limit, the answers are right.
    case(
        "X1565-039",
        caption(
            "a woman in a red lehenga with gold embroidery and a red dupatta with gold embroidery and a red dupatta"
            " with gold embroidery and a red dupatta with gold embroidery and a red dupatta with gold",
            "loop",
            hit_limit=True,
        ),
        wearing("a red lehenga"),
        color_of("lehenga", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        material("silk"),
        gender="Women",
        title="Warthy Ent Red & Gold-Toned Embroidered Silk Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Model holding a straw bag (prop): olive solid tiered maxi skirt, beige top. Base BLIP-2; "no" to the yes/no
    # skirt question.
    case(
        "X1565-040",
        caption("a woman in a green skirt holding a straw bag"),
        wearing("a green skirt and a beige top"),
        color_of("skirt", "green", kind="open"),
        pattern("solid"),
        is_a("skirt", "no", "contradiction"),
        material("cotton"),
        gender="Women",
        title="Juniper Women Olive Green Solid Tiered Maxi Skirt",
        category="Skirts",
        color="Olive",
    ),
    # Model front: maroon velvet kurta with gold embroidery, maroon sharara, maroon net dupatta with gold border. Base
    # BLIP-2; the sharara answer runs on into invented questions until the limit.
    case(
        "X1565-041",
        caption("a woman in a maroon velvet suit"),
        wearing("a red kurta"),
        color_of("kurta", "red", kind="open"),
        color_of(
            "sharara",
            "red Question: what is the color of the dupatta? Answer: red Question: what is the color of the dupatta?"
            " Answer: red",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "red", kind="open"),
        material("velvet"),
        gender="Women",
        title="Libas Women Maroon Embroidered Velvet Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Model front: green printed cotton lehenga, pink blouse, pink dupatta with gota border. Base BLIP-2; the dupatta
    # gets the lehenga's green, and "no" to "Is this a lehenga?".
    case(
        "X1565-042",
        caption("a woman in a green skirt and pink top"),
        wearing("a green skirt and pink top"),
        color_of("lehenga", "green", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        is_a("lehenga", "no", "contradiction"),
        material("cotton"),
        gender="Women",
        title="Ethnovog Green & Pink Printed Cotton Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Model front: purple flared maxi skirt with thin silver gota bands at the hem, white top. Base BLIP-2; the
    # description only restates the question.
    case(
        "X1565-043",
        caption("a woman in a purple skirt and white top"),
        wearing("a purple skirt"),
        color_of("skirt", "purple", kind="open"),
        describe("skirt", "the skirt is a long skirt that is worn by the woman", "restated"),
        pattern("solid"),
        gender="Women",
        title="Varanga Women Purple Solid Flared Maxi Skirt with Gotta Patti Detail",
        category="Skirts",
        color="Purple",
    ),
    # Three-quarter view: turquoise cotton kurta with white floral print and 3/4 sleeves, turquoise sharara, white
    # dupatta. Base BLIP-2; the sharara gets the dupatta's white, the sleeves are called short.
    case(
        "X1565-044",
        caption("a woman in a blue kurta and blue palazzo pants"),
        wearing("a blue kurta"),
        color_of("kurta", "blue", kind="open"),
        color_of("sharara", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "white", kind="open"),
        material("cotton"),
        sleeves("short", "contradiction"),
        gender="Women",
        title="Scakhi Women Turquoise Blue Floral Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Model front: mauve georgette lehenga with sequins, mauve blouse, mauve dupatta. Base BLIP-2; caption "pink" and
    # answers "purple" are both fair for mauve; the set is called a sari, the dupatta answer loops to the limit, and
    # "chiffon" contradicts the title's georgette.
    case(
        "X1565-045",
        caption("a woman in a pink lehenga"),
        wearing("a purple sari", "contradiction"),
        color_of("lehenga", "purple", kind="open"),
        color_of("blouse", "purple", kind="open"),
        color_of(
            "dupatta",
            "purple, purple, purple, purple, purple, purple, purple, purple, purple, purple, purple, purple, purple,"
            " purple, purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        material("chiffon", "unsupported"),
        gender="Women",
        title="Inddus Mauve Embroidered Sequinned Georgette Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mauve",
    ),
    # Close crop from the waist up: burgundy art-silk blouse with heavy embroidery, burgundy dupatta, kundan necklace
    # and earrings; the lehenga only at the bottom edge. Base BLIP-2; jewellery given as what she wears, and velvet
    # where the title says art silk.
    case(
        "X1565-046",
        caption("a woman wearing a necklace and earrings"),
        wearing("a necklace and earrings", "contradiction"),
        color_of("lehenga", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        material("velvet", "unsupported"),
        gender="Women",
        title="Warthy Ent Burgundy & Gold-Toned Embroidered Art Silk Semi-Stitched Lehenga & Unstitched Blouse With "
        "Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
]
