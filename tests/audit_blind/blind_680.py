"""BLIND_680 (46 products; Myntra sarees, lehengas, gowns; base BLIP-2): written blind in the fifty-fourth session.
Measured blind at fa926b6 (the session's third rules): 115/149 failures found (77.2%) and 23/207 correct texts flagged
(11.1%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed (article types Sarees, Lehenga Choli, Ethnic Dresses / Dresses for the
gowns; two Girls' lehenga sets), catalog photos worn by a model: mostly a white or grey studio backdrop, some with a
pink wall, a curtain, a floral arch, a garden, a swing, a pillar, a chair, a brass lamp or a potli bag. Each product
is asked its per-piece color questions (saree + blouse (+ border); lehenga + choli + dupatta; gown (+ dupatta, cape,
belt)), plus a few of: what is she wearing, describe, details, type, pattern, sleeve length, material, "is this a".

Who wrote what: everything comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions and open
answers are greedy free generation (50 / 30 new tokens); closed answers (per-piece colors, type, pattern, sleeve
length, "is this a ...") come from enrich's `--engine reference`, which ranks the candidate values and picks one, so
they are always a clean candidate (capitalised colour names like the seller's) and never loop, leak or stop short.
The base model's habits here: short, lower-case answers; the dominant piece's colour given to every piece (a yellow
choli for a yellow lehenga), or the contrast blouse/dupatta colour given to the main piece; navy read as black, wine
read as purple or brown, the backdrop's colour given to the garment; "dress"/"gown" confused with the saree; invented
provenance and construction (Kanchipuram, hand woven, zipper at the back, a train, a slit) and a material guessed from
the sheen; now and then it echoes the question, answers "saree" to "Describe the saree.", returns nothing, says "he",
runs on into "Question: ... Answer:", or repeats a phrase until the 30-token limit.

Labeling conventions and judgement calls:
- A colour within the same coarse group as the true piece colour counts as right (red for maroon, pink for magenta or
  peach, purple for lavender, green for olive or sea green, yellow for mustard, blue or green for teal, white for
  cream/off white, orange for rust); across groups it is wrong (black for navy blue, purple or brown for burgundy or
  maroon, brown for rust, orange for mustard).
- other_garment_color: a text that gives a piece (saree, blouse, choli, lehenga, dupatta, gown) the colour of another
  piece in the same photo, closed or open (a saree's border counts as a piece: a border given the body's colour);
  a colour that no worn piece has (a backdrop's, a chair's, the embroidery's, one nobody wears) is a contradiction.
- contradiction also covers a wrong type (dress or gown for a saree, kurta for a gown), a "no" to "Is this a saree?"
  on a saree, a wrong pattern or sleeve length against the photo or the title.
- "skirt" for a lehenga and "dress" for a gown are right (a lehenga is a flared skirt, a gown is a long dress).
- unsupported: construction, provenance or parts the photo cannot show or that are absent (zipper on a front view,
  hand woven, from Kanchipuram, a dupatta the gown set lacks, a slit), and a material that the title contradicts or
  does not state and a photo cannot establish (silk for a georgette saree, polyester, cotton); a material the title
  states, or that is visible (net, velvet, organza), is right.
- non_answer: empty, "yes", a bare colour or garment name ("black", "a saree", "lehenga"), or "it is a lehenga" as
  the reply to an open describe/details/wearing question; a short phrase that names a real detail ("sequins",
  "mirror work") answers it. restated: the question, or its own words ("saree details"), handed back as the answer.
- leak: any text that runs on into "Question:" or "Answer:", labelled leak even where the run-on words are correct.
- cut: an answer that ends mid-phrase at the 30-token (or 50-token caption) limit, with hit_limit=True; loop: a phrase
  repeated until the limit, also hit_limit=True. A cut answer's words before the cut are right.
- pronoun: he/his for a woman or girl model, labelled only where the rest of the text is right.
- Short but true answers ("a lehenga" to what she is wearing, "sequins", "a green gown") are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_680 = [
    # photo: maroon art silk saree, gold zari woven border and small gold paisley buttis, matching maroon blouse; gold
    # jhumkas; white backdrop, front view. Base BLIP-2 wrote caption and open answers, the reference engine the closed.
    case(
        "X680-001",
        caption("a woman in a maroon saree with gold border"),
        wearing("a red saree", who="she"),
        color_of("saree", "Maroon"),
        color_of("blouse", "Maroon"),
        Q.pattern("printed", "contradiction"),
        Q.material("silk"),
        describe("saree", "it is a maroon silk saree with gold zari border from kanchipuram", "unsupported"),
        title="Mitera Maroon & Gold-Toned Woven Design Art Silk Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow georgette saree with a small white-and-green floral print, bottle green blouse; model beside
    # a potted plant, grey backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-002",
        caption("a woman in an orange saree standing next to a plant", "contradiction"),
        wearing("a yellow saree with a green blouse", who="she"),
        color_of("saree", "Green", "other_garment_color"),
        color_of("blouse", "Green"),
        Q.pattern("floral"),
        Q.material("cotton", "unsupported"),
        details("saree", "the saree details are the saree details", "restated"),
        describe("saree", "a green saree with yellow flowers", "other_garment_color"),
        title="Saree mall Mustard Floral Printed Pure Georgette Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: pink semi-stitched net lehenga with silver sequin embroidery, pink choli, sheer light pink dupatta the
    # model holds out to one side; white backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-003",
        caption("a woman in a pink lehenga holding a dupatta"),
        color_of("lehenga", "Pink"),
        color_of("choli", "Pink"),
        color_of("dupatta", "Pink"),
        Q.garment_type("lehenga choli"),
        describe(
            "lehenga",
            "a pink lehenga with sequins and a pink lehenga with sequins and a pink lehenga with sequins and a pink",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a pink lehenga choli", "pronoun", who="she"),
        Q.material("silk", "unsupported"),
        title="Inddus Women Pink Sequinned Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue flared net gown, silver embroidered yoke, full sleeves; front view, white backdrop, no dupatta.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-004",
        caption("a woman in a long blue dress"),
        color_of("gown", "Black", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("embroidered"),
        describe("gown", "a navy blue gown with silver embroidery on the top and a matching dupatta", "unsupported"),
        Q.material("net"),
        details("gown", "it has a zipper at the back", "unsupported"),
        title="KALINI Navy Blue Embellished Net Maxi Ethnic Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: half-and-half chiffon saree, teal pleats and a pink pallu over the shoulder, pink blouse; white backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-005",
        caption("a woman in a green and pink saree"),
        color_of("saree", "Green"),
        color_of("blouse", "Pink"),
        Q.pattern("striped", "contradiction"),
        describe("saree", "the saree is teal on the bottom and pink on the top"),
        Q.material("chiffon"),
        details("saree", "teal and pink Question: what is the color of the blouse? Answer: pink", "leak"),
        title="Sangria Teal & Pink Solid Half and Half Chiffon Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: a girl of about eight in a mustard yellow lehenga with multicolour mirror work and gota, red choli, red
    # dupatta with gota border; white backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-006",
        caption("a little girl in a yellow and red lehenga"),
        color_of("lehenga", "Red", "other_garment_color"),
        color_of("choli", "Red"),
        color_of("dupatta", "Red"),
        wearing("a yellow lehenga choli", who="she"),
        Q.garment_type("lehenga choli"),
        details("lehenga", "mirror work"),
        Q.pattern("solid", "contradiction"),
        describe("lehenga", "a yellow lehenga with a red dupatta and a can-can underneath for volume", "unsupported"),
        title="Aarika Girls Mustard & Red Embroidered Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: peach georgette Anarkali gown with gold gota patti on the hem, matching peach dupatta, three-quarter
    # sleeves; in front of a pink wall with painted flowers. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-007",
        caption("a woman in a peach dress standing in front of a pink wall"),
        color_of("gown", "Pink"),
        color_of("dupatta", "Peach"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("gown", "a long pink gown with a pink wall behind it"),
        Q.material("silk", "unsupported"),
        wearing("she is wearing a peach gown and a dupatta", who="she"),
        details(
            "gown",
            "gota patti on the hem, gota patti on the hem, gota patti on the hem, gota patti on the hem, gota patti",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Peach-Coloured Gotta Patti Georgette Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: black chiffon saree with a sequinned border, black sleeveless blouse; plain white backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-008",
        caption("a woman in a black dress", "contradiction"),
        color_of("saree", "Black"),
        color_of("blouse", "Black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("saree", "black", "non_answer"),
        details("saree", "sequins on the border"),
        Q.material("chiffon"),
        title="Mitera Black Sequinned Chiffon Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: off-white lehenga with a multicolour floral print, short-sleeved cream choli with mirror work, pink
    # dupatta over one arm; white backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-009",
        caption("a woman in a white floral lehenga with a pink dupatta"),
        color_of("lehenga", "Pink", "other_garment_color"),
        color_of("choli", "White"),
        color_of("dupatta", "Pink"),
        Q.pattern("floral"),
        describe("lehenga", "a white lehenga with flowers printed on it"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("lehenga", "the lehenga has a drawstring with tassels and side pockets", "unsupported"),
        title="Fabcartz Off-White & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: burgundy velvet gown, gold embroidery on the yoke and cuffs, full sleeves; model seated on a brown wooden
    # chair, grey backdrop; the hem pools at her feet, no train visible. Base BLIP-2 (caption, open),
    # reference engine (closed).
    case(
        "X680-010",
        caption("a woman sitting on a chair in a red velvet dress"),
        color_of("gown", "Brown", "contradiction"),
        Q.material("velvet"),
        Q.garment_type("gown"),
        wearing("he is wearing a red velvet dress", "pronoun", who="she"),
        details("gown", "gold embroidery on the neck and sleeves"),
        describe("gown", "the gown is made of velvet and has a long train at the back", "unsupported"),
        title="Ethnovog Burgundy Embroidered Velvet Maxi Gown",
        category="Ethnic Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: green Kanjeevaram silk saree with a magenta pink border and gold zari, magenta blouse; white backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-011",
        caption("a woman in a green and pink silk saree"),
        color_of("saree", "Pink", "other_garment_color"),
        color_of("blouse", "Pink"),
        color_of("border", "Pink"),
        wearing("a green saree with a pink border and a pink blouse", who="she"),
        Q.material("silk"),
        details(
            "saree",
            "a green saree with pink border and gold zari work woven by hand by weavers in tamil nadu",
            "unsupported",
        ),
        describe("saree", "describe the saree", "restated"),
        title="Sangam Green & Pink Kanjeevaram Silk Saree with Zari Border",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue velvet lehenga with gold zari embroidery, navy choli, maroon velvet dupatta with gold border
    # over both shoulders; white backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-012",
        caption("a woman in a black lehenga with a red shawl", "contradiction"),
        color_of("lehenga", "Blue"),
        color_of("choli", "Maroon", "other_garment_color"),
        color_of("dupatta", "Maroon"),
        Q.material("velvet"),
        describe(
            "lehenga",
            "blue lehenga with gold work blue lehenga with gold work blue lehenga with gold work blue lehenga with",
            "loop",
            hit_limit=True,
        ),
        wearing("a maroon lehenga and a maroon dupatta", "other_garment_color", who="she"),
        title="Ethnovog Navy Blue & Maroon Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white cotton saree with a broad red border, red short-sleeved blouse; outdoors in a garden, trees behind.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-013",
        caption("a woman in a white saree with a red border standing in a garden"),
        color_of("saree", "Red", "other_garment_color"),
        color_of("blouse", "Red"),
        Q.material("cotton"),
        Q.pattern("solid"),
        wearing("she is wearing a white saree with a white blouse", "other_garment_color", who="she"),
        details("saree", "", "non_answer"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("saree", "a white bengal saree with red border, worn for durga puja", "unsupported"),
        title="The Chennai Silks White & Red Solid Pure Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: mint (sea green) georgette gown with white thread embroidery on the bodice, sleeveless, matching mint
    # dupatta; white backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-014",
        caption("a woman in a mint green gown and dupatta"),
        color_of("gown", "Green"),
        color_of("dupatta", "White", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("gown", "it is a gown", "non_answer"),
        details("gown", "white embroidery on the bodice and a hidden side zip", "unsupported"),
        Q.garment_type("gown"),
        title="Inddus Women Sea Green Embroidered Georgette Gown with Dupatta",
        category="Ethnic Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: blue saree with an orange and yellow ikat print, orange blouse; white backdrop, pallu over the left arm.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-015",
        caption("a woman wearing a blue and orange saree"),
        color_of("saree", "Blue"),
        color_of("blouse", "Blue", "other_garment_color"),
        Q.pattern("geometric"),
        wearing("a blue and orange saree Question: what is the color of the blouse? Answer: orange", "leak", who="she"),
        describe(
            "saree",
            "the saree is blue with orange print and the blouse is orange with a boat neck and a back tie-up",
            "unsupported",
        ),
        Q.material("polyester", "unsupported"),
        title="Saree mall Blue & Orange Ikat Printed Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: red bridal lehenga heavily embroidered in gold, red choli, red net dupatta with scalloped border draped
    # over the head; heavy gold jewellery; beige backdrop with flower garlands. Base BLIP-2 (caption, open), reference.
    case(
        "X680-016",
        caption("a bride in a red lehenga with gold jewelry"),
        color_of("lehenga", "Red"),
        color_of("choli", "Red"),
        color_of("dupatta", "Red"),
        Q.pattern("embroidered"),
        wearing("a red and gold lehenga", who="she"),
        describe(
            "lehenga",
            "the lehenga is a red bridal lehenga with heavy gold zari embroidery all over, a net dupatta with a "
            "scalloped border and a matching choli with",
            "cut",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        details("lehenga", "the details of the lehenga", "restated"),
        title="Pratham Blue Women Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: black maxi gown with an all-over gold foil print, long sleeves; white backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-017",
        caption("a woman in a black dress with gold print"),
        color_of("gown", "Black"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("gown", "no", "contradiction"),
        wearing("a black gown", who="she"),
        describe("gown", "a long black gown Question: What is the color of the gown? Answer: black", "leak"),
        title="AKS Women Black & Gold-Toned Foil Printed Maxi Gown",
        category="Ethnic Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: lavender organza saree with a silver embroidered border, lavender blouse; grey backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-018",
        caption("a woman in a purple saree"),
        color_of("saree", "Purple"),
        color_of("blouse", "Silver", "contradiction"),
        Q.material("organza"),
        Q.pattern("embroidered"),
        details("saree", "silver embroidery on the border"),
        wearing("he is wearing a purple saree", "pronoun", who="she"),
        is_a("saree", "no", "contradiction"),
        describe(
            "saree",
            "a purple saree with silver border with silver border with silver border with silver border with silver",
            "loop",
            hit_limit=True,
        ),
        title="Mitera Lavender Embroidered Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: yellow lehenga with white floral thread work, contrast green choli, yellow dupatta; outdoors next to a
    # sandstone pillar. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-019",
        caption("a woman in a yellow lehenga standing next to a pillar"),
        color_of("lehenga", "Yellow"),
        color_of("choli", "Yellow", "other_garment_color"),
        color_of("dupatta", "Yellow"),
        Q.garment_type("lehenga choli"),
        describe("lehenga", "lehenga", "non_answer"),
        details("lehenga", "white flowers embroidered on the lehenga"),
        wearing("a yellow lehenga and a yellow blouse", "other_garment_color", who="she"),
        title="Ethnovog Yellow & Green Embroidered Made to Measure Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # photo: rust tiered maxi gown with a small floral print, short sleeves; the model holds a gold potli bag; white
    # backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-020",
        caption("a woman in a brown floral dress holding a bag", "contradiction"),
        color_of("gown", "Orange"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        describe("gown", "a rust colored maxi dress with a floral print and tiers"),
        Q.material("cotton", "unsupported"),
        wearing("an orange dress"),
        details("gown", "yes", "non_answer"),
        title="Sangria Rust Floral Printed Tiered Maxi Gown",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: magenta bandhani georgette saree, white dots all over, narrow gold border, magenta blouse, pallu over
    # her left shoulder; white backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-021",
        caption("a woman in a pink saree with white polka dots"),
        color_of("saree", "Pink"),
        color_of("blouse", "Pink"),
        Q.pattern("polka dots"),
        Q.material("georgette"),
        describe(
            "saree",
            "a pink saree with white polka dots a pink saree with white polka dots a pink saree with white polka "
            "dots a",
            "loop",
            hit_limit=True,
        ),
        details("saree", "the saree has white polka dots on it and a gold border"),
        color_of("border", "Pink", "other_garment_color"),
        wearing(
            "a pink bandhani saree with white dots all over it and a narrow gold border, the blouse is also "
            "pink and the pallu is draped over her left shoulder and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Saree mall Magenta Bandhani Printed Georgette Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: sky blue lehenga with silver mirror work, white choli, sky blue dupatta with tassels; front view, white
    # backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-022",
        caption("a woman in a light blue lehenga with mirrors"),
        color_of("lehenga", "Blue"),
        color_of("choli", "Blue", "other_garment_color"),
        color_of("dupatta", "Blue"),
        Q.garment_type("skirt"),
        wearing("a blue skirt and a blue top", "other_garment_color", who="she"),
        details("lehenga", "the lehenga has tassels on the dupatta and a zipper on the side", "unsupported"),
        Q.pattern("solid", "contradiction"),
        title="Inddus Blue Mirror Work Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white net Anarkali gown with multicolour thread embroidery on the yoke, long sleeves; under a floral
    # arch in a studio. The feed row lacks the category. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-023",
        caption("a woman in a white gown standing under a flower arch"),
        color_of("gown", "White"),
        Q.material("net"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("gown", "a white anarkali gown with colorful embroidery on the top"),
        details("gown", "what are the gown details?", "restated"),
        Q.garment_type("dress"),
        title="Ethnovog Off-White Embroidered Net Anarkali Gown",
        color="Off White",
        gender="Women",
    ),
    # photo: olive green linen saree, plain body with a thin silver zari striped border, white printed blouse; white
    # backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-024",
        caption("a woman in a green saree and white blouse"),
        color_of("saree", "Olive"),
        color_of("blouse", "Green", "other_garment_color"),
        Q.material("linen"),
        Q.pattern("striped", "contradiction"),
        wearing("an olive green saree with a white blouse", who="she"),
        describe(
            "saree",
            "an olive green handloom linen saree with a silver border and a blouse piece attached",
            "unsupported",
        ),
        title="Sangam Olive Green Solid Linen Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon velvet lehenga, gold embroidered choli, pink net dupatta; white backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-025",
        caption("a woman in a maroon velvet lehenga with a pink dupatta"),
        color_of("lehenga", "Maroon"),
        color_of("choli", "Gold"),
        color_of("dupatta", "Maroon", "other_garment_color"),
        Q.material("velvet"),
        describe("lehenga", "the lehenga is maroon velvet with a gold choli and pink dupatta"),
        wearing("his lehenga is maroon and the dupatta is pink", "pronoun", who="she"),
        Q.garment_type("saree", "contradiction"),
        details("lehenga", "maroon", "non_answer"),
        title="Pratham Blue Maroon & Gold-Toned Velvet Lehenga with Choli and Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: emerald green satin gown, sleeveless, with an attached sheer green cape; no slit, no belt; grey backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-026",
        caption("a woman in a green dress with a cape"),
        color_of("gown", "Green"),
        color_of("cape", "Green"),
        Q.material("satin"),
        Q.pattern("solid"),
        details("gown", "a green gown with a cape and a slit on the side and a belt", "unsupported"),
        wearing("a green gown", who="she"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("gown", "describe the gown", "restated"),
        title="Inddus Green Solid Satin Gown with Attached Cape",
        category="Ethnic Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: white cotton saree with an indigo blue floral print, blue blouse; the model holds the pallu out; white
    # backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-027",
        caption("a woman in a blue and white floral saree"),
        color_of("saree", "White"),
        color_of("blouse", "Blue"),
        Q.pattern("floral"),
        Q.material("cotton"),
        describe("saree", "a saree", "non_answer"),
        Q.garment_type("gown", "contradiction"),
        details("saree", "blue flowers Answer: blue flowers", "leak"),
        title="Sangria White & Blue Floral Printed Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: a girl of about six in a parrot green lehenga with a pink border, pink choli with short sleeves, pink
    # dupatta; white backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-028",
        caption("a young girl in a green and pink lehenga"),
        color_of("lehenga", "Pink", "other_garment_color"),
        color_of("choli", "Pink"),
        color_of("dupatta", "Pink"),
        wearing("he is wearing a green lehenga and a pink top", "pronoun", who="she"),
        Q.garment_type("lehenga choli"),
        Q.sleeve_length("short sleeves"),
        details("lehenga", "the lehenga has an elastic waist and a cotton lining", "unsupported"),
        title="Bitiya by Bhama Girls Green & Pink Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: royal blue georgette flared gown with gold foil print, full sleeves, no dupatta; potted palms behind.
    # The feed row lacks the gender. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-029",
        caption("a woman in a blue dress with gold print standing next to a plant"),
        color_of("gown", "Blue"),
        Q.pattern("printed"),
        Q.material("georgette"),
        describe("gown", "a blue gown with gold print and a blue dupatta", "unsupported"),
        Q.garment_type("kurta", "contradiction"),
        wearing("a blue gown Question: What is the color of the gown? Answer: blue", "leak"),
        title="AKS Blue Foil Printed Georgette Maxi Gown",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # photo: chiffon saree shading from grey at the pleats to pink at the pallu, pink blouse; white backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-030",
        caption("a woman in a grey and pink saree"),
        color_of("saree", "Grey"),
        color_of("blouse", "Grey", "other_garment_color"),
        Q.pattern("ombre"),
        describe("saree", "the saree is grey at the bottom and pink at the top"),
        details("saree", "saree details", "restated"),
        Q.material("silk", "unsupported"),
        wearing(
            "a grey and pink ombre saree with a pink blouse, the saree starts grey at the pleats and turns pink "
            "towards the pallu which is draped over her",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Mitera Grey & Pink Ombre Chiffon Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: black lehenga with multicolour floral embroidery, black choli with the same embroidery, red dupatta with a
    # gold border; the model twirls, white backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-031",
        caption("a woman twirling in a black lehenga with a red dupatta"),
        color_of("lehenga", "Black"),
        color_of("choli", "Red", "other_garment_color"),
        color_of("dupatta", "Red"),
        Q.pattern("floral"),
        describe(
            "lehenga",
            "the lehenga is black with colourful floral embroidery and a red dupatta with a gold border, the choli is "
            "black with the same embroidery and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and red lehenga", who="she"),
        Q.garment_type("gown", "contradiction"),
        title="Fabcartz Black Embroidered Lehenga Choli with Red Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: pink flared maxi gown with a floral print, matching pink fabric belt, three-quarter sleeves; white
    # backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-032",
        caption("a woman in a pink floral print dress"),
        color_of("gown", "Pink"),
        color_of("belt", "White", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("gown", "Describe the gown.", "restated"),
        Q.material("polyester", "unsupported"),
        title="Libas Women Pink Floral Printed Flared Maxi Gown with Belt",
        category="Ethnic Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: red silk-blend saree with a patola print in green, yellow and white and a green border, green
    # blouse; white backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-033",
        caption("a woman in a red saree with green border"),
        color_of("saree", "Red"),
        color_of("blouse", "Red", "other_garment_color"),
        Q.pattern("geometric"),
        Q.material("silk"),
        describe(
            "saree", "a red patola saree with green and yellow pattern, hand woven in patan gujarat", "unsupported"
        ),
        is_a("saree", "yes"),
        wearing("she is wearing a red saree Answer: a red saree", "leak", who="she"),
        title="Saree mall Red & Green Patola Printed Silk Blend Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: peach lehenga with gold sequins, peach choli, light peach net dupatta; pastel studio backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-034",
        caption("a woman in a light pink lehenga"),
        color_of("lehenga", "Gold", "contradiction"),
        color_of("choli", "Peach"),
        color_of("dupatta", "Pink"),
        Q.pattern("embellished"),
        details("lehenga", "sequins"),
        describe("lehenga", "it is a lehenga", "non_answer"),
        wearing(
            "a pink lehenga and a pink dupatta and a pink lehenga and a pink dupatta and a pink lehenga and a pink",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Ethnovog Peach-Coloured Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: mustard yellow cotton Anarkali gown with a white block print, long sleeves, white dupatta; white backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-035",
        caption("a woman in a yellow dress and white scarf"),
        color_of("gown", "Yellow"),
        color_of("dupatta", "Yellow", "other_garment_color"),
        Q.material("cotton"),
        Q.pattern("printed"),
        wearing("a yellow anarkali with a yellow dupatta", "other_garment_color", who="she"),
        details(
            "gown",
            "white print all over and white print all over and white print all over and white print all over and",
            "loop",
            hit_limit=True,
        ),
        describe("gown", "a description of the gown", "restated"),
        title="Libas Mustard Yellow Block Print Cotton Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: cream tissue saree with a gold border, gold brocade blouse; white backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-036",
        caption("a woman in a cream saree with a gold blouse"),
        color_of("saree", "Gold", "other_garment_color"),
        color_of("blouse", "Gold"),
        Q.material("tissue"),
        Q.pattern("solid"),
        describe("saree", "a cream saree with gold border and a gold blouse"),
        color_of("border", "Cream", "other_garment_color"),
        wearing("a cream kasavu saree from kerala with a gold blouse", "unsupported", who="she"),
        title="The Chennai Silks Cream-Coloured & Gold-Toned Tissue Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: teal lehenga with gold zari woven bands, mustard yellow choli, teal dupatta; white backdrop. The feed row
    # lacks the colour. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-037",
        caption("a woman in a teal lehenga with a yellow top"),
        color_of("lehenga", "Yellow", "other_garment_color"),
        color_of("choli", "Yellow"),
        color_of("dupatta", "Teal"),
        Q.garment_type("lehenga choli"),
        describe("lehenga", "a teal lehenga with gold zari and a mustard blouse"),
        Q.material("silk", "unsupported"),
        details("lehenga", "the lehenga", "non_answer"),
        title="Inddus Teal & Mustard Woven Design Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        gender="Women",
    ),
    # photo: maroon georgette gown with sequins all over, full sleeves, maroon dupatta with a sequin border; white
    # backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-038",
        caption("a woman in a maroon gown with sequins"),
        color_of("gown", "Purple", "contradiction"),
        color_of("dupatta", "Maroon"),
        Q.sleeve_length("long sleeves"),
        details(
            "gown",
            "it has sequins all over the gown and the dupatta has a sequin border, the sleeves are full and the "
            "neckline has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon gown and a maroon dupatta Question:", "leak", who="she"),
        title="Ethnovog Maroon Sequinned Georgette Gown with Dupatta",
        category="Ethnic Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: orange and pink leheriya (diagonal stripe) chiffon saree, pink blouse; white backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-039",
        caption("a woman in an orange and pink striped dress", "contradiction"),
        color_of("saree", "Orange"),
        color_of("blouse", "Orange", "other_garment_color"),
        Q.pattern("striped"),
        Q.material("chiffon"),
        describe("saree", "he is wearing an orange saree with pink stripes", "pronoun"),
        title="Sangria Orange & Pink Leheriya Printed Chiffon Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: white lehenga with a pastel floral print, blush pink choli, white organza dupatta; the model sits on a
    # garden swing. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-040",
        caption("a woman in a white floral lehenga sitting on a swing"),
        color_of("lehenga", "White"),
        color_of("choli", "White", "other_garment_color"),
        color_of("dupatta", "White"),
        Q.garment_type("dress", "contradiction"),
        wearing("a white lehenga with a pink blouse Question: Describe the lehenga. Answer:", "leak", who="she"),
        details("lehenga", "the lehenga has a floral print and comes with a matching potli bag", "unsupported"),
        title="Fabcartz Women White & Pink Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="White",
        gender="Women",
    ),
    # photo: black velvet gown with gold embroidery at the neckline, long sleeves, a red dupatta with a gold border
    # over one shoulder; white backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-041",
        caption("a woman in a black velvet dress with a red scarf"),
        color_of("gown", "Red", "other_garment_color"),
        color_of("dupatta", "Red"),
        Q.material("velvet"),
        details("gown", "gold embroidery around the neck, done by hand in zardozi", "unsupported"),
        describe(
            "gown",
            "a black gown with gold embroidery on the neck and a red dupatta with gold border, the gown has a flared "
            "skirt and long sleeves with",
            "cut",
            hit_limit=True,
        ),
        wearing("yes", "non_answer", who="she"),
        title="KALINI Black Embroidered Velvet Gown with Red Dupatta",
        category="Ethnic Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue net saree with scattered sequins, navy blouse with sheer net elbow sleeves; white backdrop.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-042",
        caption("a woman in a blue saree with sparkles"),
        color_of("saree", "Navy Blue"),
        color_of("blouse", "Navy Blue"),
        Q.material("net"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("saree", "no", "contradiction"),
        describe("saree", "a navy blue saree with sequins all over it"),
        details("saree", "", "non_answer"),
        title="Mitera Navy Blue Embellished Net Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: purple lehenga with silver embroidery, purple choli, lilac net dupatta; the model stands with one hand on
    # her hip, the other holding the dupatta's edge; white backdrop. The feed row lacks the category.
    # Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-043",
        caption(
            "a woman in a purple lehenga with silver embroidery and a light purple dupatta draped over her "
            "shoulder, standing with one hand on her hip and the other holding the edge of the dupatta, the "
            "lehenga has silver embroidery on the",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "Purple"),
        color_of("choli", "Purple"),
        color_of("dupatta", "Silver", "contradiction"),
        describe("lehenga", "", "non_answer"),
        Q.pattern("embroidered"),
        details("lehenga", "silver embroidery on the lehenga and handmade mirror work from rajasthan", "unsupported"),
        title="Pratham Blue Purple Embroidered Lehenga Choli",
        color="Purple",
        gender="Women",
    ),
    # photo: turquoise organza gown with a pink and white floral print, short puff sleeves; in front of a pink
    # curtain. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-044",
        caption("a woman in a blue floral dress standing in front of a pink curtain"),
        color_of("gown", "Pink", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("floral"),
        Q.material("organza"),
        wearing("he is wearing a blue dress with flowers", "pronoun", who="she"),
        details("gown", "the gown has pink flowers and puff sleeves"),
        describe("gown", "a turquoise floral organza gown with a pink lining and a back tie-up", "unsupported"),
        title="Inddus Turquoise Blue Floral Printed Organza Gown",
        category="Ethnic Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: yellow silk-blend saree with a red zari border, red blouse; the model holds a lit brass lamp; beige
    # backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-045",
        caption("a woman in a yellow saree holding a lamp"),
        color_of("saree", "Yellow"),
        color_of("blouse", "Red"),
        color_of("border", "Red"),
        wearing("a yellow saree and a yellow blouse", "other_garment_color", who="she"),
        Q.material("silk"),
        describe("saree", "a yellow saree with red border Question: Describe the blouse. Answer: red blouse", "leak"),
        details(
            "saree",
            "red border, red border, red border, red border, red border, red border, red border, red border, red",
            "loop",
            hit_limit=True,
        ),
        title="Sangam Yellow & Red Zari Woven Silk Blend Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: magenta bandhani lehenga with white dots and a narrow orange border, orange short-sleeved choli, orange
    # bandhani dupatta; white backdrop. Base BLIP-2 (caption, open), reference engine (closed).
    case(
        "X680-046",
        caption("a woman in a pink and orange lehenga"),
        color_of("lehenga", "Orange", "other_garment_color"),
        color_of("choli", "Orange"),
        color_of("dupatta", "Orange"),
        Q.pattern("polka dots"),
        describe("lehenga", "a pink lehenga with orange dupatta and an orange choli Answer: pink", "leak"),
        wearing("he is wearing a pink lehenga", "pronoun", who="she"),
        details(
            "lehenga",
            "the lehenga is pink with white bandhani dots all over and an orange border, the choli is orange with "
            "short sleeves and the dupatta is orange with a",
            "cut",
            hit_limit=True,
        ),
        title="Ethnovog Magenta & Orange Bandhani Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Women",
    ),
]
