"""BLIND_1421 (46 products; Myntra women's ethnic skirts, lehengas and sharara sets, base BLIP-2 zero-shot, per-piece
colors): written blind in the sixty-fourth session. Measured blind at 9207eb7 (the session's fifth and final rules):
45/62 failures found (72.6%) and 20/238 correct texts flagged (8.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear: lehenga cholis (lehenga, blouse, often a dupatta), ethnic skirts sold
alone and styled with a top that is not part of the product, and kurta + sharara + dupatta sets (article type "Kurta
Sets"). Catalog shots: a model on a plain or colored backdrop, a few back views, two flat lays, props (a stool, a
chair, a potted plant, marigolds). Catalog columns as the feed has them: title, category (Myntra article type), color
(Myntra base colour), gender ("Women"); one row has no base colour and one has no gender.
Who wrote what: everything by base Salesforce/blip2-opt-2.7b, no adapter, 8-bit, greedy. The caption is unprompted
generation (50 new tokens max); the questions use the `Question: ... Answer:` prompt with 30 new tokens max. The
per-piece color questions ("What is the color of the lehenga / blouse / dupatta / skirt / kurta / sharara?") are
free generation (stored open), one per piece named in the title. "What is the person wearing?", "Describe the X.",
"What are the X details?" and the material question are free generation too; "What type of garment is this?", the
pattern and sleeve questions and "Is this a ...?" are closed (ranked candidates). Base BLIP-2 mostly stops by itself
and answers short and lowercase, so loops, cut answers and leaks are rare; its usual faults here are one color
given to every piece (the blouse or dupatta gets the lehenga's color, the skirt gets the top's color), calling a
lehenga a "sari", not knowing what a sharara set is, reading the backdrop color, and invented details.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near hues are correct
(maroon/burgundy -> "red" or "maroon", mustard -> "yellow", peach/coral -> "pink"/"orange", teal/sea green ->
"green", lavender -> "purple", navy/turquoise -> "blue", off-white/cream -> "white"). A piece given the color of
another piece or of the styling top is `other_garment_color`; a color that is in no garment (backdrop) or a misread
hue, and a wrong garment name ("sari" for a lehenga, "no" to "Is this a lehenga?"), is `contradiction`. In free
text, "salwar kameez/suit" or "dress" for a kurta + sharara set, and "dress" or "skirt" for a lehenga, are loose but
accepted; the closed garment type ranking "dress" or "saree" above "lehenga" is `contradiction`. A sleeve
length answered for a skirt (the top's sleeves) is `contradiction`. A material that the title contradicts or that
nothing supports is `unsupported`; a plausible material where the title is silent and the fabric looks like it is
left unmarked. On a flat lay, "nothing" and naming the laid-out garment are both accepted for "What is the person
wearing?". A dupatta that is out of frame but answered with the title's color is accepted. A leak that also runs
to the limit is labeled `leak` and marked hit_limit. A details answer that only gives another piece's color is
`other_garment_color`. Each wrong text carries one label, the most specific one. The failure rate came out near one
in five, below the usual four in ten: the base model answers short, most pieces here share one color (so the
one-color habit is often right), and there is no adapter to loop or echo the caption template.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

garment_type = BLIND_QUESTIONS.garment_type
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """A per-piece color question, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1421 = [
    # Model front, beige backdrop: pink lehenga with gold embroidery, pink blouse, sheer pink dupatta on one
    # shoulder, gold jhumkas. All texts base BLIP-2; all correct.
    case(
        "X1421-001",
        caption("a woman in a pink lehenga with gold jewelry"),
        wearing("a pink lehenga"),
        piece("lehenga", "pink"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        describe("lehenga", "a pink lehenga with gold embroidery"),
        gender="Women",
        title="Mitera Women Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Model front, grey backdrop: maroon lehenga and blouse, gold-toned net dupatta over both shoulders. Base BLIP-2;
    # the dupatta gets the lehenga's color.
    case(
        "X1421-002",
        caption("a woman in a red and gold bridal lehenga"),
        wearing("a red lehenga"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red", "other_garment_color"),
        garment_type("lehenga"),
        details("lehenga", "gold embroidery"),
        gender="Women",
        title="Inddus Women Maroon & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Model front, white backdrop: blue maxi skirt with white floral block print, styled with a plain white crop top
    # (not sold); matte cotton-look fabric, title silent. Base BLIP-2; "silk" is invented.
    case(
        "X1421-003",
        caption("a woman in a white top and blue skirt"),
        wearing("a white top and a blue skirt"),
        piece("skirt", "blue"),
        is_a("skirt", "yes"),
        details("skirt", "floral print"),
        material("silk", "unsupported"),
        gender="Women",
        title="Global Desi Women Blue & White Printed Flared Maxi Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Model front, white wall: mustard skirt with small white motifs, styled with a white short kurti. Base BLIP-2;
    # the skirt gets the top's color. The fabric looks like matte cotton (title silent).
    case(
        "X1421-004",
        caption("a woman in a white top and yellow skirt standing in front of a white wall"),
        wearing("a white shirt and yellow skirt"),
        piece("skirt", "white", "other_garment_color"),
        describe("skirt", "a long yellow skirt with white flowers"),
        material("cotton"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Biba Women Mustard Yellow Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Model front: green printed kurta, green sharara, off-white dupatta with green border hanging in front of the
    # legs. Base BLIP-2; "white pants" gives the sharara the dupatta's color; "no" to the sharara set.
    case(
        "X1421-005",
        caption("a woman in a green salwar kameez"),
        wearing("a green kurta and white pants", "other_garment_color"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "white"),
        describe("kurta", "a green kurta with white flowers"),
        is_a("sharara set", "no", "contradiction"),
        gender="Women",
        title="Libas Women Green Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Model front, dark grey backdrop: navy sequinned lehenga and navy blouse, navy net dupatta with silver border;
    # the lighting is dim. Base BLIP-2; the blouse is read as black; the ranked garment type picks "dress".
    case(
        "X1421-006",
        caption("a woman in a blue lehenga with sequins"),
        wearing("a blue and silver lehenga"),
        piece("lehenga", "blue"),
        piece("blouse", "black", "contradiction"),
        piece("dupatta", "blue"),
        details("lehenga", "sequins"),
        garment_type("dress", "contradiction"),
        gender="Women",
        title="SCAKHI Women Navy Blue & Silver Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Flat lay on white: rust cotton skirt with a narrow gold gota border at the hem, no person. Base BLIP-2; all
    # correct ("nothing" is right: nobody is in the photo).
    case(
        "X1421-007",
        caption("an orange skirt on a white background"),
        wearing("nothing"),
        piece("skirt", "orange"),
        material("cotton"),
        details("skirt", "gold trim at the bottom"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Rust Orange Solid Cotton Flared Skirt",
        category="Skirts",
        color="Rust",
    ),
    # Back view, hair in a bun: peach lehenga, peach blouse with tie-up dori back and tassels, peach dupatta over the
    # elbows. Base BLIP-2; all correct.
    case(
        "X1421-008",
        caption("the back of a woman in a pink lehenga"),
        wearing("a lehenga"),
        piece("lehenga", "peach"),
        piece("blouse", "peach"),
        piece("dupatta", "peach"),
        details("blouse", "it has tassels"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Panchhi Women Peach-Coloured Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Model seated on a wooden stool (prop): mustard printed kurta and sharara, mustard dupatta with a thin pink
    # border. The row has no base colour. Base BLIP-2; "yes" to the kurta details says nothing.
    case(
        "X1421-009",
        caption("a woman sitting on a stool in a yellow dress"),
        wearing("a yellow dress"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow"),
        piece("dupatta", "yellow"),
        garment_type("kurta set"),
        details("kurta", "yes", "non_answer"),
        material("cotton"),
        gender="Women",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
    ),
    # Model front: red mirror-work lehenga, red blouse, contrasting green dupatta with red border over one shoulder.
    # Base BLIP-2; the dupatta gets the lehenga's color (twice) although the caption saw it green.
    case(
        "X1421-010",
        caption("a woman in a red lehenga with a green dupatta"),
        wearing("a red and green lehenga"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red", "other_garment_color"),
        details("lehenga", "mirror work"),
        describe("dupatta", "red with a gold border", "other_garment_color"),
        gender="Women",
        title="Varanga Women Red Embroidered Mirror Work Lehenga with Blouse & Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Model front: black maxi skirt with gold foil print, styled with a red short kurti (not sold). Base BLIP-2; the
    # skirt question answers the top's color.
    case(
        "X1421-011",
        caption("a woman in a red top and black skirt"),
        wearing("a red shirt and a black skirt"),
        piece("skirt", "red", "other_garment_color"),
        describe("skirt", "a black skirt with gold print"),
        details("skirt", "gold print"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Kalini Women Black Printed Flared Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Model front, blue-grey backdrop: off-white tiered cotton skirt with blue floral print, blue top. Base BLIP-2;
    # "chiffon" against a cotton title.
    case(
        "X1421-012",
        caption("a woman wearing a blue top and white floral skirt"),
        wearing("a blue shirt and white skirt"),
        piece("skirt", "white"),
        pattern("floral"),
        details("skirt", "it has ruffles at the bottom"),
        material("chiffon", "unsupported"),
        gender="Women",
        title="W Women Off-White & Blue Printed Tiered Cotton Flared Skirt",
        category="Skirts",
        color="Off White",
    ),
    # Model front: teal lehenga with gold zari, gold brocade blouse, teal dupatta. Base BLIP-2; "saree"/"a sari" for
    # the lehenga in the caption and the wearing answer, and the blouse gets the lehenga's color.
    case(
        "X1421-013",
        caption("a woman in a green and gold saree", "contradiction"),
        wearing("a sari", "contradiction"),
        piece("lehenga", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "green"),
        garment_type("lehenga"),
        material("silk"),
        gender="Women",
        title="Chhabra 555 Women Teal Green & Gold Zari Woven Semi-Stitched Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Model front, white backdrop: pink kurta with embroidered neckline, pink sharara, pink dupatta. Base BLIP-2; all
    # correct.
    case(
        "X1421-014",
        caption("a woman in a pink salwar suit posing for a photo"),
        wearing("a pink suit"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        details("kurta", "embroidery on the neck"),
        describe("sharara", "pink pants"),
        is_a("sharara set", "yes"),
        gender="Women",
        title="GoSriKi Women Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Model front: green skirt with gold gota patti border, styled with a pink blouse-top (not sold). Base BLIP-2;
    # all correct.
    case(
        "X1421-015",
        caption("a woman in a green skirt and pink top"),
        wearing("a pink top and green skirt"),
        piece("skirt", "green"),
        details("skirt", "gold border"),
        describe("skirt", "a long green skirt with gold trim"),
        pattern("solid"),
        gender="Women",
        title="Sangria Women Green Solid Flared Ethnic Skirt with Gota Patti Border",
        category="Skirts",
        color="Green",
    ),
    # Side profile, model with a short bob: lavender sequinned lehenga, blouse and dupatta. Base BLIP-2; the caption
    # calls her a man; the lehenga details loop to the limit.
    case(
        "X1421-016",
        caption("a man in a purple dress", "pronoun"),
        wearing("a purple lehenga"),
        piece("lehenga", "purple"),
        piece("blouse", "purple"),
        piece("dupatta", "purple"),
        details(
            "lehenga",
            "sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, "
            "sequins",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Ahalyaa Women Lavender Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Model front: yellow printed lehenga, pink blouse, pink dupatta. Base BLIP-2; blouse and dupatta both get the
    # lehenga's yellow, and the blouse details repeat it.
    case(
        "X1421-017",
        caption("a woman in a yellow and pink lehenga"),
        wearing("a yellow skirt and pink top"),
        piece("lehenga", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        piece("dupatta", "yellow", "other_garment_color"),
        details("blouse", "the blouse is yellow", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mirchi Fashion Women Yellow & Pink Printed Unstitched Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Model front: navy kurta with white print, navy sharara, white dupatta with navy print. Base BLIP-2; the dupatta
    # gets the kurta's color; the sharara details say nothing.
    case(
        "X1421-018",
        caption("a woman in a blue and white dress"),
        wearing("a blue dress with white flowers"),
        piece("kurta", "blue"),
        piece("sharara", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        details("sharara", "it is a sharara", "restated"),
        gender="Women",
        title="Indo Era Women Navy Blue Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Model front: magenta kurta with gold woven motifs, magenta sharara, gold tissue dupatta; fabric has a silk
    # sheen (title silent). Base BLIP-2; "no" to the sharara set.
    case(
        "X1421-019",
        caption("a woman in a pink and gold salwar kameez"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "gold"),
        describe("kurta", "pink with gold embroidery"),
        material("silk"),
        is_a("sharara set", "no", "contradiction"),
        gender="Women",
        title="Jompers Women Magenta & Gold-Toned Woven Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Model front: indigo cotton skirt with white dabu print, white shirt tucked in; no pockets visible. Base BLIP-2;
    # "denim" against the cotton title, pockets invented.
    case(
        "X1421-020",
        caption("a woman in a white shirt and a blue skirt"),
        wearing("she is wearing a white shirt and a blue skirt"),
        piece("skirt", "blue"),
        material("denim", "unsupported"),
        details("skirt", "pockets", "unsupported"),
        garment_type("skirt"),
        gender="Women",
        title="Fabindia Women Indigo Cotton Printed Flared Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Model front, orange backdrop: gold embellished lehenga, gold blouse, gold dupatta. Base BLIP-2; the lehenga is
    # read as the wall's orange; the details answer only names the garment.
    case(
        "X1421-021",
        caption("a woman in a gold lehenga posing in front of an orange wall"),
        wearing("a lehenga"),
        piece("lehenga", "orange", "contradiction"),
        piece("blouse", "gold"),
        piece("dupatta", "gold"),
        details("lehenga", "lehenga choli", "non_answer"),
        gender="Women",
        title="Ethnovog Women Gold-Toned Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Model front: off-white chikankari kurta, off-white sharara, off-white dupatta: one color for every piece is
    # right here. Base BLIP-2; all correct.
    case(
        "X1421-022",
        caption("a woman in a white dress with white embroidery"),
        wearing("a white dress"),
        piece("kurta", "white"),
        piece("sharara", "white"),
        piece("dupatta", "white"),
        details("kurta", "white embroidery"),
        describe("sharara", "white pants with white embroidery"),
        is_a("sharara set", "yes"),
        gender="Women",
        title="Juniper Women Off-White Chikankari Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Model front: patchwork lehenga in red, green, yellow and blue; red blouse; green dupatta. Base BLIP-2; the
    # lehenga's color runs in a loop to the limit.
    case(
        "X1421-023",
        caption("a woman in a colorful lehenga"),
        wearing("a colorful skirt and red top"),
        piece(
            "lehenga",
            "red, green, yellow, blue, red, green, yellow, blue, red, green, yellow, blue, red, green, yellow",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "red"),
        piece("dupatta", "green"),
        details("lehenga", "patchwork"),
        gender="Women",
        title="Chhabra 555 Women Multicoloured Patchwork Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Model front: maroon A-line skirt with small floral print, styled with a black fitted top. Base BLIP-2; the skirt
    # gets the top's black; the details answer says nothing.
    case(
        "X1421-024",
        caption("a woman in a black top and a red skirt"),
        wearing("a black top and a red skirt"),
        piece("skirt", "black", "other_garment_color"),
        is_a("skirt", "yes"),
        pattern("floral"),
        details("skirt", "it's a skirt", "non_answer"),
        gender="Women",
        title="Vishudh Women Maroon Printed A-Line Ethnic Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # Flat lay: sea green lehenga spread out, green blouse fabric beside it, green dupatta folded above. No person.
    # Base BLIP-2; the lehenga details only name it back (naming the garment for the absent person is accepted).
    case(
        "X1421-025",
        caption("a green lehenga laid out on a white surface"),
        wearing("a green lehenga"),
        piece("lehenga", "green"),
        piece("blouse", "green"),
        piece("dupatta", "green"),
        garment_type("lehenga"),
        details("lehenga", "it is a lehenga", "restated"),
        gender="Women",
        title="Panchhi Women Sea Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Model front: black kurta with gold print, black sharara, black dupatta with gold border. Base BLIP-2; the
    # sharara answer goes on into the next question.
    case(
        "X1421-026",
        caption("a woman in a black and gold outfit"),
        wearing("a black kurta"),
        piece("kurta", "black"),
        piece("sharara", "black question: what is the color of the dupatta? answer: black", "leak"),
        piece("dupatta", "black"),
        details("kurta", "gold print"),
        describe("sharara", "black pants"),
        gender="Women",
        title="Libas Women Black Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Model front holding a potted plant: turquoise skirt with pink motifs, white short-sleeved kurti (not sold).
    # Base BLIP-2; the sleeve question answers the top's sleeves for a skirt.
    case(
        "X1421-027",
        caption("a woman in a blue skirt holding a plant"),
        wearing("a white top and blue skirt"),
        piece("skirt", "blue"),
        describe("skirt", "a long blue skirt with pink flowers on it"),
        sleeve_length("short sleeves", "contradiction"),
        material("cotton"),
        gender="Women",
        title="Anouk Women Turquoise Blue Ethnic Motifs Printed Flared Skirt",
        category="Skirts",
        color="Turquoise Blue",
    ),
    # Model front: burgundy velvet lehenga with gold zardozi, burgundy blouse, beige net dupatta. Base BLIP-2; the
    # description runs to the limit; the dupatta gets the lehenga's color.
    case(
        "X1421-028",
        caption("a woman in a maroon velvet lehenga"),
        describe(
            "lehenga",
            "it is a maroon lehenga with gold embroidery and a matching blouse and a dupatta in a cream color and "
            "the lehenga is made of velvet and the",
            "cut",
            hit_limit=True,
        ),
        piece("lehenga", "maroon"),
        piece("blouse", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        material("velvet"),
        gender="Women",
        title="Inddus Women Burgundy Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Back view, long hair: teal printed kurta and sharara, mustard dupatta over the shoulders. Base BLIP-2; "he" for
    # the woman; the dupatta gets the kurta's green; "it's a kurta" says nothing; "no" to the sharara set.
    case(
        "X1421-029",
        caption("a person in a green outfit standing with their back to the camera"),
        wearing("he is wearing a green kurta and pants", "pronoun"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "green", "other_garment_color"),
        details("kurta", "it's a kurta", "non_answer"),
        is_a("sharara set", "no", "contradiction"),
        gender="Women",
        title="Biba Women Teal Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Model front: beige tiered maxi skirt with red print, red long-sleeved top (not sold). Base BLIP-2; "a skirt"
    # describes nothing; the sleeve question answers the top's sleeves for a skirt.
    case(
        "X1421-030",
        caption("a woman in a red top and a beige skirt"),
        wearing("a red top and a beige skirt"),
        piece("skirt", "beige"),
        describe("skirt", "a skirt", "non_answer"),
        details("skirt", "tiered"),
        sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="Global Desi Women Beige & Red Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Model front: red bandhani lehenga with gold gota, red blouse, red bandhani dupatta over the head. Base BLIP-2;
    # "a red sari" for the lehenga, and "saree" from the ranked garment types; the bandhani dots are right.
    case(
        "X1421-031",
        caption("a woman in a red lehenga and a red dupatta"),
        wearing("a red sari", "contradiction"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red"),
        details("dupatta", "dots"),
        garment_type("saree", "contradiction"),
        gender="Women",
        title="SCAKHI Women Red & Gold-Toned Bandhani Printed Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Model front: olive rayon flared skirt with box pleats at the waist, cream top (not sold). Base BLIP-2; the
    # details answer leaks the next prompt; "linen" is not supported (rayon, title silent, fabric drapes soft).
    case(
        "X1421-032",
        caption("a woman in a green skirt and white top"),
        wearing("a white top and a green skirt"),
        piece("skirt", "green"),
        details("skirt", "pleats. question: what is the color of the skirt? answer: green", "leak"),
        material("linen", "unsupported"),
        gender="Women",
        title="Juniper Women Olive Green Solid Flared Skirt",
        category="Skirts",
        color="Olive",
    ),
    # Model twirling, marigold garlands as props: mustard lehenga with mirror work, green blouse, green dupatta.
    # Base BLIP-2; the dupatta gets the lehenga's color; "flowers" are the props, the lehenga has none.
    case(
        "X1421-033",
        caption("a woman in a yellow lehenga dancing"),
        wearing("a yellow and green lehenga"),
        piece("lehenga", "yellow"),
        piece("blouse", "green"),
        piece("dupatta", "yellow", "other_garment_color"),
        details("lehenga", "flowers", "unsupported"),
        gender="Women",
        title="Mitera Women Mustard Yellow & Green Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Model front: peach mirror-work kurta, peach sharara, peach dupatta. Base BLIP-2; the dupatta description only
    # says it back.
    case(
        "X1421-034",
        caption("a woman in a peach colored salwar kameez"),
        piece("kurta", "peach"),
        piece("sharara", "peach"),
        piece("dupatta", "peach"),
        details("kurta", "mirror work"),
        describe("dupatta", "the dupatta is a dupatta", "restated"),
        garment_type("kurta set"),
        gender="Women",
        title="Varanga Women Peach-Coloured Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Model front: fuchsia Banarasi silk lehenga, gold brocade blouse, no dupatta in the set. Base BLIP-2; the blouse
    # gets the lehenga's pink although the caption saw it gold.
    case(
        "X1421-035",
        caption("a woman in a pink lehenga with a gold blouse"),
        wearing("a pink lehenga"),
        piece("lehenga", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        material("silk"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ethnovog Women Fuchsia Woven Design Banarasi Silk Lehenga & Blouse",
        category="Lehenga Choli",
        color="Fuchsia",
    ),
    # Back view, long hair: black A-line skirt with white thread embroidery at the hem, grey top (not sold); no slit.
    # The row has no gender. Base BLIP-2; the slit is invented.
    case(
        "X1421-036",
        caption("the back of a woman wearing a black skirt"),
        wearing("a grey top and black skirt"),
        piece("skirt", "black"),
        details("skirt", "embroidery on the bottom"),
        is_a("skirt", "yes"),
        describe("skirt", "long black skirt with white embroidery on the bottom and a slit in the back", "unsupported"),
        title="W Women Black Embroidered A-Line Ethnic Skirt",
        category="Skirts",
        color="Black",
    ),
    # Model front, pink backdrop: cream lehenga with pink floral embroidery, pink blouse, pink dupatta. Base BLIP-2;
    # the lehenga gets the blouse's pink; "it's beautiful" describes nothing.
    case(
        "X1421-037",
        caption("a woman in a white and pink lehenga"),
        wearing("a white lehenga with pink flowers"),
        piece("lehenga", "pink", "other_garment_color"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        describe("lehenga", "it's beautiful", "non_answer"),
        garment_type("lehenga"),
        gender="Women",
        title="Chhabra 555 Women Cream-Coloured & Pink Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Cream",
    ),
    # Model front: yellow kurta with white and pink floral print, yellow sharara, white dupatta. Base BLIP-2; the
    # kurta details loop to the limit (there is no lace).
    case(
        "X1421-038",
        caption("a woman in a yellow dress"),
        wearing("a yellow dress and white scarf"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow"),
        piece("dupatta", "white"),
        material("cotton"),
        details(
            "kurta",
            "floral print, lace, floral print, lace, floral print, lace, floral print, lace, floral print, lace, "
            "floral",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Indo Era Women Yellow Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Model front: coral flared skirt with white floral print, white top (not sold). Base BLIP-2; all correct.
    case(
        "X1421-039",
        caption("a woman in an orange skirt"),
        wearing("a white shirt and orange skirt"),
        piece("skirt", "orange"),
        describe("skirt", "an orange skirt with white flowers"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Biba Women Coral Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Coral",
    ),
    # Model front: purple mirror-work lehenga, purple blouse, silver-grey net dupatta. Base BLIP-2; all correct.
    case(
        "X1421-040",
        caption("a woman in a purple lehenga with a silver dupatta"),
        wearing("a purple dress"),
        piece("lehenga", "purple"),
        piece("blouse", "purple"),
        piece("dupatta", "silver"),
        details("lehenga", "mirrors"),
        garment_type("lehenga"),
        gender="Women",
        title="Kalini Women Purple & Silver-Toned Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Model front: sea green kurta and sharara with gold gota at neck, sleeves and hems; pink dupatta. Base BLIP-2;
    # the sharara gets the dupatta's pink; the kurta description runs to the limit.
    case(
        "X1421-041",
        caption("a woman in a green suit"),
        piece("kurta", "green"),
        piece("sharara", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        describe(
            "kurta",
            "a long green kurta with gold gota work on the neck and sleeves and the hem of the kurta and the sharara "
            "pants are also green with gold",
            "cut",
            hit_limit=True,
        ),
        is_a("sharara set", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Sea Green Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Model seated on a carved chair (prop): royal blue lehenga, blouse and dupatta, dupatta draped across the body.
    # Base BLIP-2; "saree" in the caption, "no" to the lehenga and "saree" from the ranked garment types.
    case(
        "X1421-042",
        caption("a woman sitting on a chair in a blue saree", "contradiction"),
        wearing("a blue dress"),
        is_a("lehenga", "no", "contradiction"),
        piece("lehenga", "blue"),
        piece("blouse", "blue"),
        piece("dupatta", "blue"),
        garment_type("saree", "contradiction"),
        gender="Women",
        title="Inddus Women Royal Blue Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Model front: pink georgette flared skirt with a white lace band at the hem, white top (not sold). Base BLIP-2;
    # "i don't know" for the description.
    case(
        "X1421-043",
        caption("a woman in a pink skirt"),
        wearing("a skirt"),
        piece("skirt", "pink"),
        details("skirt", "the skirt has lace"),
        describe("skirt", "i don't know", "non_answer"),
        pattern("solid"),
        gender="Women",
        title="Sangria Women Pink Solid Flared Skirt With Lace Detail",
        category="Skirts",
        color="Pink",
    ),
    # Model front: orange printed lehenga, pink cropped blouse, pink dupatta. Base BLIP-2; the blouse and the dupatta
    # both get the lehenga's orange.
    case(
        "X1421-044",
        caption("a woman in an orange lehenga"),
        wearing("an orange skirt and a pink top"),
        piece("lehenga", "orange"),
        piece("blouse", "orange", "other_garment_color"),
        piece("dupatta", "orange", "other_garment_color"),
        details("blouse", "the blouse is a crop top"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ahalyaa Women Orange & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Model front: maroon kurta, sharara and dupatta with gold embroidery. Base BLIP-2; the wearing answer goes on
    # into invented questions until the limit.
    case(
        "X1421-045",
        caption("a woman in a red outfit with gold embroidery"),
        wearing(
            "a red kurta and pants question: what is the color of the dupatta? answer: red question: what is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        piece("kurta", "red"),
        piece("sharara", "red"),
        piece("dupatta", "red"),
        describe("kurta", "red kurta with gold embroidery on the neck"),
        gender="Women",
        title="Anouk Women Maroon Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Cropped shot, waist down, model without the dupatta: rani pink lehenga with silver embroidery, the blouse hem
    # just visible. The dupatta is not in the frame; the title says everything is pink. Base BLIP-2; the dupatta
    # answer is accepted (it matches the title); "embroidery" is right.
    case(
        "X1421-046",
        caption("a pink skirt with silver embroidery"),
        wearing("a pink skirt"),
        piece("lehenga", "pink"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        details("lehenga", "embroidery"),
        gender="Women",
        title="Mitera Women Rani Pink Embroidered Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
]
