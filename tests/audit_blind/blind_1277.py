"""BLIND_1277 (45 products; Myntra women's ethnic skirts, lehengas and sharara sets, base BLIP-2 zero-shot): written
blind in the sixty-second session. Measured blind at c5d464a (the session's eighth rules): 45/78 failures found
(57.7%) and 25/222 correct texts flagged (11.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear: lehenga cholis (article type "Lehenga Choli"), ethnic skirts
("Skirts") and kurta-with-sharara sets (Myntra files them as "Kurta Sets"). Studio shots: a model on a plain light
backdrop, now and then a flat lay, a back view, a waist-down crop, a prop (chair, stool, swing, brass lamp, marigolds).
Columns as the feed has them: title, category (article type), color (base colour), gender; one or another is missing
on a few rows. The questionnaire depends on the category, with one color question per piece: lehengas get wearing,
lehenga / blouse / dupatta color, pattern and lehenga details; skirts get wearing, skirt color, pattern, "Is this a
skirt?" and skirt details; sharara sets get wearing, kurta / sharara / dupatta color, pattern and material. The same
questions are asked whether or not the photo shows the piece (sets sold without a dupatta still get the dupatta
question).
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy: the caption from an
empty prompt (50 new tokens at most), each answer from "Question: ... Answer:" (30 new tokens at most), free
generation (the color answers are stored open, not ranked against candidates). No adapter anywhere in this set.
Labeling conventions and judgement calls: judged by the photo described above each case and by the title. Near hues
count as right (maroon answered red, mustard yellow, teal blue or green, peach pink or orange, lavender purple, off
white or cream white, navy blue); a hue from another family is wrong. A piece answered with the color of another
piece in the photo (the top worn with a skirt, the lehenga's color for a contrasting blouse or dupatta, the kurta's for
a contrasting sharara) is other_garment_color; a wrong color, pattern or garment kind that belongs to nothing else in
the photo is contradiction. A lehenga or a kurta set called "dress" or "saree" is contradiction; "salwar kameez" for a
kurta set and "skirt and top" for a lehenga are accepted. A dupatta color given for a set that has no dupatta, a
fabric the title does not name and the listing does not have, a prop read as a garment detail, or pockets and slits
that are not there: unsupported (a fabric that the title itself contradicts is contradiction). "It is a skirt", "no"
or a bare noun to a details or color question is non_answer; the question turned back into the answer is restated.
Loops and cut-off answers that ran to the token limit carry hit_limit. Base BLIP-2 gets the dominant color of a
one-color set nearly always right, and most of its misses here are on the second and third pieces.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, details, is_a, wearing


def col(garment, text, failure=None, hit_limit=False):
    """Per-piece color question, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material

BLIND_1277 = [
    # 001. Model facing front on a light grey backdrop: red velvet lehenga with a wide gold zari border, matching red
    # blouse (stitched for the shoot), red net dupatta with gold border over the left shoulder. Truth: lehenga red,
    # blouse red, dupatta red, embroidered. All texts: base BLIP-2, zero-shot.
    case(
        "X1277-001",
        caption("a woman in a red and gold lehenga"),
        wearing("a red lehenga"),
        col("lehenga", "red"),
        col("blouse", "red"),
        col("dupatta", "red"),
        pattern("embroidered"),
        details("lehenga", "gold embroidery"),
        gender="Women",
        title="Women Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # 002. Model on white: plain white crop top, navy blue flared maxi skirt with a white floral block print. Truth:
    # skirt navy with white flowers. All texts: base BLIP-2, zero-shot. The skirt color answer takes the top's white.
    case(
        "X1277-002",
        caption("a woman wearing a white top and a blue floral skirt"),
        wearing("a skirt"),
        col("skirt", "white", "other_garment_color"),
        pattern("floral"),
        is_a("skirt", "yes"),
        details("skirt", "floral print"),
        gender="Women",
        title="Women Navy Blue & White Printed Flared Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # 003. Model standing beside a cane chair, beige backdrop: mustard straight kurta with white thread embroidery on
    # the yoke, mustard sharara, white organza dupatta with a thin mustard border over both arms. Truth: kurta and
    # sharara mustard, dupatta white; cotton. All texts: base BLIP-2, zero-shot.
    case(
        "X1277-003",
        caption("a woman in a yellow dress standing next to a chair", "contradiction"),
        wearing("a yellow salwar kameez"),
        col("kurta", "yellow"),
        col("sharara", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        pattern("floral"),
        material("cotton"),
        gender="Women",
        title="Women Mustard Yellow Floral Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # 004. Model on white: baby pink net lehenga with silver sequins all over, silver-toned sequinned sleeveless
    # blouse, pink net dupatta pinned over one shoulder and across the front like a pallu. Truth: lehenga pink, blouse
    # silver, dupatta pink. All texts: base BLIP-2, zero-shot.
    case(
        "X1277-004",
        caption("a woman in a pink lehenga with silver sequins"),
        wearing("a pink saree", "contradiction"),
        col("lehenga", "pink"),
        col("blouse", "pink", "other_garment_color"),
        col("dupatta", "pink"),
        pattern("sequins"),
        details("lehenga", "silver sequins and a pink dupatta"),
        gender="Women",
        title="Pink & Silver-Toned Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # 005. Flat lay on white, no person: green rayon flared skirt with small gold foil paisley buttis, drawstring
    # with tassels laid out at the waist. Truth: green, printed. All texts: base BLIP-2, zero-shot.
    case(
        "X1277-005",
        caption("a green skirt with gold print on a white background"),
        wearing("a skirt"),
        col("skirt", "green"),
        pattern("paisley"),
        is_a("skirt", "yes"),
        details("skirt", "it is a skirt", "non_answer"),
        gender="Women",
        title="Women Green & Gold-Toned Ethnic Motifs Printed Flared Skirt",
        category="Skirts",
        color="Green",
    ),
    # 006. Model in front of a potted palm: knee-length pink A-line kurta with a white and green floral print, pink
    # sharara with the print at the hem, no dupatta (the set has none). Truth: kurta pink, sharara pink, no dupatta;
    # viscose rayon per the listing. All texts: base BLIP-2, zero-shot.
    case(
        "X1277-006",
        caption("a woman in a pink floral dress standing in front of a plant", "contradiction"),
        wearing("a pink kurta"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "pink", "unsupported"),
        pattern("floral"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Women Pink Floral Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Pink",
    ),
    # 007. Model styled as a bride on a cream backdrop: maroon velvet lehenga with heavy gold zari and stone work,
    # maroon velvet blouse, gold tissue dupatta draped over the head. Truth: lehenga and blouse maroon, dupatta gold.
    # All texts: base BLIP-2, zero-shot.
    case(
        "X1277-007",
        caption("an indian bride in a red lehenga"),
        wearing("a red lehenga"),
        col("lehenga", "red"),
        col("blouse", "red"),
        col("dupatta", "red", "other_garment_color"),
        pattern("embroidered"),
        details("lehenga", "gold embroidery and a red dupatta", "other_garment_color"),
        gender="Women",
        title="Maroon Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # 008. Model in side view on white: black wrap skirt with a red-and-black ajrak block print (geometric), the tie
    # visible at the hip, white cotton shirt tucked in. Truth: black and red, geometric print. All texts: base BLIP-2.
    case(
        "X1277-008",
        caption("a woman in a white shirt and a black and red skirt"),
        wearing("a skirt and a white shirt"),
        col("skirt", "black and red"),
        pattern("plaid", "contradiction"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt is a wrap skirt"),
        gender="Women",
        title="Women Black & Red Ajrak Printed Wrap Skirt",
        category="Skirts",
        color="Black",
    ),
    # 009. Model twirling on white: sea green angrakha kurta with gota patti borders, sea green sharara, sea green
    # dupatta with gota edging. Truth: all three sea green, embroidered; chanderi silk. All texts: base BLIP-2.
    case(
        "X1277-009",
        caption("a woman in a green outfit is twirling around"),
        wearing("a green kurta"),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "green"),
        pattern("solid", "contradiction"),
        material("silk"),
        gender="Women",
        title="Women Sea Green Embroidered Angrakha Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # 010. Haldi-style shoot with marigold garlands hanging behind the model: yellow cotton lehenga with a pink floral
    # block print, pink sleeveless blouse with yellow piping, pink mulmul dupatta. Truth: lehenga yellow, blouse pink,
    # dupatta pink. All texts: base BLIP-2. The details answer reads the marigold props as part of the lehenga.
    case(
        "X1277-010",
        caption("a woman in a yellow lehenga with flowers"),
        wearing("a yellow and pink lehenga"),
        col("lehenga", "yellow"),
        col("blouse", "yellow", "other_garment_color"),
        col("dupatta", "yellow", "other_garment_color"),
        pattern("floral"),
        details("lehenga", "marigold flowers", "unsupported"),
        gender="Women",
        title="Women Yellow & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # 011. Back view on white: maroon sleeveless top, beige tiered maxi skirt with a small maroon floral print,
    # elasticated waist. Truth: skirt beige (print maroon). All texts: base BLIP-2.
    case(
        "X1277-011",
        caption("the back of a woman in a long skirt"),
        wearing("a long skirt"),
        col("skirt", "maroon", "other_garment_color"),
        pattern("floral"),
        is_a("skirt", "yes"),
        details("skirt", "tiered"),
        gender="Women",
        title="Women Beige & Maroon Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # 012. Model with a hand on her hip, grey backdrop: black georgette calf-length kurta with gold sequin embroidery
    # on the yoke, black sharara with a gold border, black dupatta with sequinned scallops. Truth: all black; georgette.
    # No gender column on this row. All texts: base BLIP-2.
    case(
        "X1277-012",
        caption("a woman in a black and gold outfit"),
        wearing("a black dress", "contradiction"),
        col("kurta", "black"),
        col("sharara", "black"),
        col("dupatta", "black"),
        pattern("sequins"),
        material("silk", "unsupported"),
        title="Women Black Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # 013. Model holding the dupatta fanned out behind her: teal lehenga with mirror work, matching teal mirror-work
    # blouse, peach net dupatta with a teal border. Truth: lehenga and blouse teal, dupatta peach. All texts: base.
    case(
        "X1277-013",
        caption("a woman in a blue and gold lehenga holding a scarf"),
        wearing("a blue saree", "contradiction"),
        col("lehenga", "blue"),
        col("blouse", "blue"),
        col("dupatta", "blue", "other_garment_color"),
        pattern("mirror work"),
        details("lehenga", "lehenga", "non_answer"),
        gender="Women",
        title="Women Teal Blue & Gold-Toned Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # 014. Model on white: black fitted top, knee-length patchwork skirt in many colors with mirror-work edges.
    # Truth: multicolored patchwork. All texts: base BLIP-2.
    case(
        "X1277-014",
        caption("a woman in a black top and a colorful skirt"),
        wearing("a black top and a colorful skirt"),
        col("skirt", "black", "other_garment_color"),
        pattern("patchwork"),
        is_a("skirt", "yes"),
        details("skirt", "mirrors"),
        gender="Women",
        title="Women Multicoloured Patchwork Flared Ethnic Skirt",
        category="Skirts",
        color="Multi",
    ),
    # 015. Model seated on a wooden stool: lavender straight kurta with white chikankari, lavender sharara, lavender
    # dupatta with scattered white chikan buttis. Truth: all three lavender; cotton. All texts: base BLIP-2.
    case(
        "X1277-015",
        caption("a woman in a purple dress sitting on a stool", "contradiction"),
        wearing("a purple kurta"),
        col("kurta", "purple"),
        col("sharara", "purple"),
        col("dupatta", "white", "contradiction"),
        pattern("embroidered"),
        material("cotton"),
        gender="Women",
        title="Women Lavender Chikankari Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
    ),
    # 016. Model on white: green banarasi brocade lehenga with gold floral buttas, pink blouse, pink dupatta draped
    # across the front and over the shoulder. Truth: lehenga green, blouse pink, dupatta pink, woven floral; silk.
    # All texts: base BLIP-2.
    case(
        "X1277-016",
        caption("a woman in a green and pink lehenga"),
        wearing("a green saree", "contradiction"),
        col("lehenga", "green"),
        col("blouse", "green", "other_garment_color"),
        col("dupatta", "pink"),
        pattern("paisley", "contradiction"),
        details("lehenga", "the lehenga is made of silk and has a lot of gold work on it"),
        gender="Women",
        title="Women Green & Pink Banarasi Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # 017. Model on white: red flared midi skirt with white bandhani dots, short white kurti over the waistband.
    # Truth: red with white dots. All texts: base BLIP-2.
    case(
        "X1277-017",
        caption("a woman in a white top and red skirt"),
        wearing("a white top and red skirt"),
        col("skirt", "red"),
        pattern("polka dots"),
        is_a("skirt", "yes"),
        details("skirt", "yes", "non_answer"),
        gender="Women",
        title="Women Red Bandhani Printed Flared Midi Skirt",
        category="Skirts",
        color="Red",
    ),
    # 018. Model on white: peach kurta with tonal thread embroidery, peach sharara, peach-to-pink ombre dupatta.
    # Truth: all peach; art silk. All texts: base BLIP-2. The dupatta color answer loops to the limit.
    case(
        "X1277-018",
        caption("a woman in a peach colored outfit"),
        wearing("a salwar kameez"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col(
            "dupatta",
            "pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink, pink",
            "loop",
            hit_limit=True,
        ),
        pattern("embroidered"),
        material("silk"),
        gender="Women",
        title="Women Peach-Coloured Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # 019. Model holding the flare of the skirt out to one side: navy blue net lehenga with sequins, navy blouse, navy
    # dupatta. Truth: all navy. All texts: base BLIP-2.
    case(
        "X1277-019",
        caption("a woman in a blue dress holding her dress", "contradiction"),
        wearing("a blue lehenga"),
        col("lehenga", "blue"),
        col("blouse", "blue"),
        col("dupatta", "blue"),
        pattern("sequins"),
        details("lehenga", "the details of the lehenga are the details of the lehenga", "restated"),
        gender="Women",
        title="Women Navy Blue Sequinned Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # 020. Waist-down crop (detail shot): white cotton flared skirt with a lace trim at the hem, bare ankles and
    # kolhapuri sandals. Truth: white, solid. No gender column. All texts: base BLIP-2; the caption makes the wearer a
    # man (and the skirt a lungi).
    case(
        "X1277-020",
        caption("a man wearing a white lungi and sandals", "pronoun"),
        wearing("a white skirt"),
        col("skirt", "white"),
        pattern("solid"),
        is_a("skirt", "yes"),
        details("skirt", "lace"),
        title="Women White Solid Cotton Flared Ethnic Skirt",
        category="Skirts",
        color="White",
    ),
    # 021. Model on white: blue kurta with white printed floral motifs, white sharara with a small blue print, white
    # dupatta with a blue border. Truth: kurta blue, sharara white, dupatta white; cotton. All texts: base BLIP-2.
    case(
        "X1277-021",
        caption("a woman in a blue and white outfit"),
        wearing("a blue and white kurta"),
        col("kurta", "blue"),
        col("sharara", "blue", "other_garment_color"),
        col("dupatta", "blue", "other_garment_color"),
        pattern("floral"),
        material("cotton"),
        gender="Women",
        title="Women Blue Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # 022. Model seated on the floor, lehenga spread around her, a brass urli with floating flowers beside her: peach
    # lehenga with a floral print and gota lace, green blouse, peach organza dupatta. Truth: lehenga peach, blouse
    # green, dupatta peach. All texts: base BLIP-2; the details answer loops to the limit.
    case(
        "X1277-022",
        caption("a woman sitting on the floor with a bowl of flowers"),
        wearing("a lehenga"),
        col("lehenga", "orange"),
        col("blouse", "green"),
        col("dupatta", "green", "other_garment_color"),
        pattern("floral"),
        details(
            "lehenga",
            "gold lace and gold lace and gold lace and gold lace and gold lace and gold lace and gold lace and gold",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Peach-Coloured & Green Printed Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # 023. Model on white: blue half-sleeve top, mustard kalamkari A-line skirt (floral and peacock motifs),
    # drawstring waist, no pockets, no slit. Truth: mustard. All texts: base BLIP-2; the details answer invents a
    # slit and pockets and is cut at the limit.
    case(
        "X1277-023",
        caption("a woman in a blue top and yellow skirt"),
        wearing("a blue shirt and a yellow skirt"),
        col("skirt", "blue", "other_garment_color"),
        pattern("floral"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "the skirt has a floral print and a drawstring at the waist and a slit on the side and a pocket on the side"
            " and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Mustard Yellow & Blue Kalamkari Printed A-Line Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # 024. Model standing beside an ornate carved armchair: maroon velvet kurta with gold embroidery, maroon velvet
    # sharara, gold tissue dupatta over both shoulders. Truth: kurta and sharara maroon, dupatta gold; velvet.
    # All texts: base BLIP-2.
    case(
        "X1277-024",
        caption("a woman in a maroon outfit standing next to a chair"),
        wearing("a maroon kurta"),
        col("kurta", "maroon"),
        col("sharara", "red"),
        col("dupatta", "maroon", "other_garment_color"),
        pattern("embroidered"),
        material("velvet"),
        gender="Women",
        title="Women Maroon Embroidered Velvet Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # 025. Model on white: mustard lehenga with a maroon floral print, maroon blouse; the set has no dupatta and none
    # is shown. Truth: lehenga mustard, blouse maroon, no dupatta. All texts: base BLIP-2.
    case(
        "X1277-025",
        caption("a woman in a yellow skirt and a red top"),
        wearing("a yellow skirt and a red top"),
        col("lehenga", "yellow"),
        col("blouse", "red"),
        col("dupatta", "yellow", "unsupported"),
        pattern("floral"),
        details("lehenga", "no", "non_answer"),
        gender="Women",
        title="Women Mustard & Maroon Printed Lehenga with Blouse",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # 026. Model on a light pink backdrop: solid pink flared skirt with a gota patti border at the hem, white chikan
    # top. Truth: pink, solid with a border. All texts: base BLIP-2; "no" to "Is this a skirt?".
    case(
        "X1277-026",
        caption("a woman in a pink skirt and white top"),
        wearing("a pink skirt"),
        col("skirt", "pink"),
        pattern("solid"),
        is_a("skirt", "no", "contradiction"),
        details("skirt", "gold trim"),
        gender="Women",
        title="Women Pink Gota Patti Embroidered Flared Skirt",
        category="Skirts",
        color="Pink",
    ),
    # 027. Back view, tie-up dori at the back of the neck: green kurta with a small white floral print, green sharara,
    # white dupatta with a green print over one arm. Truth: kurta and sharara green, dupatta white; viscose rayon.
    # All texts: base BLIP-2.
    case(
        "X1277-027",
        caption("the back of a woman in a green dress", "contradiction"),
        wearing("a green kurta and pants"),
        col("kurta", "green"),
        col("sharara", "green"),
        col("dupatta", "white"),
        pattern("floral"),
        material("silk", "unsupported"),
        gender="Women",
        title="Women Green Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # 028. Model on white with the dupatta over one shoulder and tucked in front like a pallu: red bandhani lehenga
    # with a green border, green blouse, red bandhani dupatta with a green border. Truth: lehenga red, blouse green,
    # dupatta red, dotted. All texts: base BLIP-2; the details answer echoes the prompt format.
    case(
        "X1277-028",
        caption("a woman in a red and green lehenga"),
        wearing("a red saree", "contradiction"),
        col("lehenga", "red"),
        col("blouse", "red", "other_garment_color"),
        col("dupatta", "red"),
        pattern("polka dots"),
        details("lehenga", "question: what are the lehenga details? answer: red and green", "leak"),
        gender="Women",
        title="Women Red & Green Bandhani Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # 029. Model on white: black velvet flared skirt with a gold zardozi border, gold-toned sequinned crop top.
    # Truth: black, solid body with a border. All texts: base BLIP-2.
    case(
        "X1277-029",
        caption("a woman in a gold top and black skirt"),
        wearing("a gold top and black skirt"),
        col("skirt", "gold", "other_garment_color"),
        pattern("solid"),
        is_a("skirt", "yes"),
        details("skirt", "gold embroidery"),
        gender="Women",
        title="Women Black Embroidered Velvet Flared Skirt",
        category="Skirts",
        color="Black",
    ),
    # 030. Model on white: off white straight kurta with gota patti, off white sharara, pink dupatta with gota
    # edging over both arms. Truth: kurta and sharara off white, dupatta pink; cotton. All texts: base BLIP-2.
    case(
        "X1277-030",
        caption("a woman in a white outfit with a pink scarf"),
        wearing("a white kurta and a pink dupatta"),
        col("kurta", "white"),
        col("sharara", "white"),
        col("dupatta", "white", "other_garment_color"),
        pattern("embroidered"),
        material("cotton"),
        gender="Women",
        title="Women Off White Gota Patti Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # 031. Model on white: lime green net lehenga with sequins, lime green blouse, lime green dupatta. Truth: all lime
    # green. All texts: base BLIP-2; the caption loops to the 50-token limit.
    case(
        "X1277-031",
        caption(
            "a woman in a green lehenga with a green dupatta and a green lehenga with a green dupatta and a green"
            " lehenga with a green dupatta and a green lehenga with a green",
            "loop",
            hit_limit=True,
        ),
        wearing("a green lehenga"),
        col("lehenga", "green"),
        col("blouse", "green"),
        col("dupatta", "green"),
        pattern("sequins"),
        details("lehenga", "it is a lehenga", "non_answer"),
        gender="Women",
        title="Women Lime Green Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # 032. Model holding a cloth jhola bag, white backdrop: white top, indigo dabu-printed wrap skirt with white
    # flowers. Truth: blue, floral. All texts: base BLIP-2; the details answer gives the prop.
    case(
        "X1277-032",
        caption("a woman holding a bag in a blue skirt"),
        wearing("a blue skirt and white shirt"),
        col("skirt", "blue"),
        pattern("floral"),
        is_a("skirt", "yes"),
        details("skirt", "a bag", "unsupported"),
        gender="Women",
        title="Women Blue Indigo Dabu Printed Wrap Skirt",
        category="Skirts",
        color="Blue",
    ),
    # 033. Model on white: rust kurta with gold foil print, rust sharara, mustard dupatta. Truth: kurta and sharara
    # rust, dupatta mustard; viscose rayon. All texts: base BLIP-2.
    case(
        "X1277-033",
        caption("a woman in an orange outfit"),
        wearing("an orange kurta and a yellow dupatta"),
        col("kurta", "orange"),
        col("sharara", "orange"),
        col("dupatta", "orange", "other_garment_color"),
        pattern("printed"),
        material("polyester", "unsupported"),
        gender="Women",
        title="Women Rust Orange Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Rust",
    ),
    # 034. Model on white: lavender lehenga with silver sequinned floral motifs, silver-toned sequinned blouse,
    # lavender net dupatta. Truth: lehenga lavender, blouse silver, dupatta lavender. All texts: base BLIP-2; the
    # details answer turns into an encyclopedia line and is cut at the limit.
    case(
        "X1277-034",
        caption("a woman in a purple lehenga"),
        wearing("a lehenga"),
        col("lehenga", "purple"),
        col("blouse", "purple", "other_garment_color"),
        col("dupatta", "purple"),
        pattern("floral"),
        details(
            "lehenga",
            "the lehenga is a traditional dress worn by women in india, pakistan, bangladesh, nepal and sri lanka. it"
            " is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Lavender & Silver-Toned Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # 035. Model in side view on white: cream top, maroon tiered skirt with a cream floral print. Truth: maroon.
    # All texts: base BLIP-2.
    case(
        "X1277-035",
        caption("a woman in a maroon skirt"),
        wearing("a maroon skirt"),
        col("skirt", "white", "other_garment_color"),
        pattern("floral"),
        is_a("skirt", "yes"),
        details("skirt", "it is a skirt", "non_answer"),
        gender="Women",
        title="Women Maroon Floral Printed Tiered Ethnic Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # 036. Model on white: teal kurta with mirror work in geometric rows, off white sharara, teal dupatta. Truth:
    # kurta teal, sharara off white, dupatta teal; poly silk. No color column on this row. All texts: base BLIP-2.
    case(
        "X1277-036",
        caption("a woman in a blue outfit posing for a photo"),
        wearing("a blue kurta"),
        col("kurta", "blue"),
        col("sharara", "blue", "other_garment_color"),
        col("dupatta", "blue"),
        pattern("floral", "contradiction"),
        material("silk"),
        gender="Women",
        title="Women Teal Mirror Work Kurta with Off White Sharara & Dupatta",
        category="Kurta Sets",
    ),
    # 037. Model on white: cream lehenga with pink thread floral embroidery, pink blouse, pink dupatta. Truth:
    # lehenga cream, blouse pink, dupatta pink. All texts: base BLIP-2.
    case(
        "X1277-037",
        caption("a woman in a white and pink lehenga"),
        wearing("a white lehenga"),
        col("lehenga", "white"),
        col("blouse", "white", "other_garment_color"),
        col("dupatta", "white", "other_garment_color"),
        pattern("floral"),
        details("lehenga", "pink flowers"),
        gender="Women",
        title="Women Cream & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
    ),
    # 038. Model on white: black top, grey flared skirt with a black paisley print. Truth: grey. All texts: base.
    case(
        "X1277-038",
        caption("a woman in a black top and grey skirt"),
        wearing("a black top and a grey skirt"),
        col("skirt", "black", "other_garment_color"),
        pattern("paisley"),
        is_a("skirt", "yes"),
        details("skirt", "the details of the skirt", "restated"),
        gender="Women",
        title="Women Grey & Black Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Grey",
    ),
    # 039. Model with short hair tied back, beside a brass lantern on a stool: white chikankari kurta and white
    # sharara; the set has no dupatta. Truth: kurta and sharara white, no dupatta; cotton. All texts: base BLIP-2;
    # the caption reads the white kurta set as a man's kurta pajama.
    case(
        "X1277-039",
        caption("a man in a white kurta pajama standing next to a lamp", "pronoun"),
        wearing("a white kurta"),
        col("kurta", "white"),
        col("sharara", "white"),
        col("dupatta", "white", "unsupported"),
        pattern("embroidered"),
        material("cotton"),
        gender="Women",
        title="Women White Chikankari Pure Cotton Kurta with Sharara",
        category="Kurta Sets",
        color="White",
    ),
    # 040. Model on white, dupatta draped over one shoulder and across the front: royal blue brocade lehenga with
    # gold woven floral motifs, gold-toned blouse, blue dupatta with a gold border. Truth: lehenga blue, blouse gold,
    # dupatta blue. All texts: base BLIP-2.
    case(
        "X1277-040",
        caption("a woman in a blue and gold lehenga"),
        wearing("a blue saree", "contradiction"),
        col("lehenga", "blue"),
        col("blouse", "blue", "other_garment_color"),
        col("dupatta", "blue"),
        pattern("floral"),
        details("lehenga", "gold border"),
        gender="Women",
        title="Women Blue & Gold-Toned Woven Design Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # 041. Model on white: pink fitted top, orange-and-pink leheriya (diagonal stripes) midi skirt, no slit. Truth:
    # orange with pink stripes. No category column on this row. All texts: base BLIP-2; the details answer invents
    # a slit.
    case(
        "X1277-041",
        caption("a woman in a pink top and orange striped skirt"),
        wearing("a pink top and orange skirt"),
        col("skirt", "orange"),
        pattern("striped"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt has stripes on it and a slit on the side", "unsupported"),
        gender="Women",
        title="Women Orange & Pink Leheriya Printed Midi Skirt",
        color="Orange",
    ),
    # 042. Model seated on a wooden swing hung with flowers: pink kurta with thread embroidery, pink sharara, green
    # dupatta over the shoulders. Truth: kurta and sharara pink, dupatta green; georgette. All texts: base BLIP-2.
    case(
        "X1277-042",
        caption("a woman in a pink outfit sitting on a swing"),
        wearing("a pink kurta and green scarf"),
        col("kurta", "pink"),
        col("sharara", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        pattern("embroidered"),
        material("silk", "unsupported"),
        gender="Women",
        title="Women Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # 043. Model on white, black net dupatta over her head like a veil: black lehenga with multicolour thread and
    # sequin embroidery, black blouse. Truth: all black. All texts: base BLIP-2.
    case(
        "X1277-043",
        caption("a woman in a black dress with a black veil", "contradiction"),
        wearing("a black lehenga"),
        col("lehenga", "black"),
        col("blouse", "black"),
        col("dupatta", "the dupatta", "non_answer"),
        pattern("floral"),
        details("lehenga", "sequins and embroidery"),
        gender="Women",
        title="Women Black Sequinned Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # 044. Model on white: emerald green solid satin flared maxi skirt, white embroidered blouse. Truth: green,
    # solid. All texts: base BLIP-2; the color answer runs on into the prompt format.
    case(
        "X1277-044",
        caption("a woman in a green satin skirt"),
        wearing("a green skirt"),
        col("skirt", "green question: what is the color of the top? answer: white", "leak"),
        pattern("floral", "contradiction"),
        is_a("skirt", "yes"),
        details("skirt", "satin"),
        gender="Women",
        title="Women Green Solid Satin Flared Maxi Skirt",
        category="Skirts",
        color="Green",
    ),
    # 045. Model on white: purple kurta with a yellow floral print, yellow sharara, purple dupatta. Truth: kurta
    # purple, sharara yellow, dupatta purple; pure cotton (in the title). All texts: base BLIP-2.
    case(
        "X1277-045",
        caption("a woman in a purple and yellow outfit"),
        wearing("a purple kurta"),
        col("kurta", "purple"),
        col("sharara", "purple", "other_garment_color"),
        col("dupatta", "purple"),
        pattern("floral"),
        material("silk", "contradiction"),
        gender="Women",
        title="Women Purple Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
]
