"""BLIND_1261 (45 products; Myntra sarees and lehenga cholis): written blind in the sixty-second session. Measured blind
at 4bcfbdd (the session's sixth rules): 51/77 failures found (66.2%) and 7/175 correct texts flagged (4.0%). The
writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed, article types "Sarees" and "Lehenga Choli" (24 sarees, 21 lehenga sets, three of
them girls' sets). Photos are the catalog's usual shots: a model on a plain studio backdrop, often with jewellery
(jhumkas, bangles, a maang tikka), a few back views, two flat lays, a couple of props (a potli bag, a stool). Each
saree is shown with the blouse it is sold with, often in a contrast colour; each lehenga set has three pieces
(blouse/choli, skirt, dupatta), and the dupatta is often another colour or a sheer net that lets the skirt show.
Catalog columns are the feed's own: title, category (article type), color (base colour of the main piece), gender;
one or two rows miss a column, as feeds do.
Who wrote what: every caption is from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch),
which writes DeepFashion templates with no hue words and does not always stop (50 new tokens). Every answer is from
the VQA adapter (Data3_V3_BLIP2_VQA), free generation, 30 new tokens: the color of each piece ("saree" and "blouse"
for sarees; "blouse", "skirt" and "dupatta" for lehengas), plus for some products "What is the person wearing?", a
yes/no garment question, the pattern, the material, or the details/description of one piece.
Labeling conventions and judgement calls: the caption template has no word for saree, lehenga or dupatta. A saree
described as a shirt/tank top (the blouse) over "a long skirt" or "lower clothing of long length" is taken as the
visible pieces and left unmarked; a saree or a lehenga set called "a dress" is marked contradiction (neither is a
one-piece dress), and a lehenga skirt called "pants" likewise. Template fabrics: "chiffon" for any sheer fabric
(georgette, organza, net) and "other" for silk, velvet or brocade are left unmarked; a fabric the title or the photo
rules out (denim, knitted, cotton on a linen blend) is marked unsupported in a caption and contradiction in the material
answer, where it directly contradicts the title. Near hues are accepted (teal as blue or green, lavender as purple, rust
as orange, magenta and coral as pink, burgundy as maroon, maroon as red, cream as white). A piece given the color of
another piece of the same outfit is other_garment_color, even when that color also appears as a print on it; a color no
piece has is contradiction. "pure color" or "the blouse" to a color question, a color to "What is the person wearing?"
and an empty answer are non_answer; "it is a blouse" for the details is restated. On a flat lay "the lady wears" is
template filler: marked unsupported only where the garments it invents are wrong too. An accessory, hat or bag the photo
does not show is unsupported. Where a text has two faults I gave the one that decides it: a caption cut at the limit is
cut even if it also had a wrong sleeve, a caption that repeats a sentence until the limit is loop, an answer that runs
into "Question: ... Answer:" is leak. hit_limit marks texts that ran to 50/30 new tokens; the empty answer ran to the
limit on padding tokens. Girls' sets called "the lady" are left unmarked (a female word, not the wrong pronoun);
"gentleman" or "he" for a woman or girl is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material

BLIND_1261 = [
    # Photo: model on grey backdrop, maroon silk saree with gold zari border and small gold buttis, pallu over the
    # left shoulder, matching maroon elbow-sleeve blouse, gold jhumkas and bangles. Caption: epoch-1 caption adapter;
    # answers: VQA adapter.
    case(
        "X1261-001",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is round. There is an accessory on her wrist."
        ),
        color_of("saree", "maroon", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        pattern("floral"),
        is_a("saree", "yes"),
        wearing("a red saree with a red blouse"),
        gender="Women",
        title="Mitera Maroon & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Photo: model in a navy georgette saree with a pink floral print, solid pink short-sleeve blouse (contrast),
    # holding the pallu out; white backdrop. Caption: caption adapter, cut at 50 tokens; answers: VQA adapter. The
    # blouse answer gives the saree's navy.
    case(
        "X1261-002",
        caption(
            "This woman is wearing a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. This woman wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "navy blue", kind="open"),
        color_of("blouse", "navy blue", "other_garment_color", kind="open"),
        wearing("a blue dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Navy Blue & Pink Floral Printed Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: model in a pink net lehenga with silver sequin embroidery, pink short-sleeve blouse, pink net dupatta
    # over one shoulder; white backdrop. All three pieces really are pink. Caption: caption adapter (cut); answers:
    # VQA adapter, the sheer dupatta against the white backdrop answered "white".
    case(
        "X1261-003",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is v-shape. The skirt is with chiffon fabric and floral patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        is_a("skirt", "yes"),
        wearing("a pink skirt and a pink top"),
        gender="Women",
        title="Sangria Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: model in a mustard cotton skirt with a green block-printed border, green sleeveless blouse, off-white
    # dupatta with a small mustard print; oxidised earrings; beige backdrop. Caption: caption adapter, ran to the
    # limit; answers: VQA adapter. The dupatta answer is the blouse's green.
    case(
        "X1261-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and graphic patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "mustard", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        pattern("graphic"),
        gender="Women",
        title="Anouk Mustard & Green Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: model in a plain teal chiffon saree with a narrow sequinned border and a black sleeveless blouse;
    # studio. Caption: caption adapter (ended by itself); answers: VQA adapter. The blouse answer repeats the teal.
    case(
        "X1261-005",
        caption(
            "This woman is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns."
        ),
        color_of("saree", "teal", kind="open"),
        color_of("blouse", "teal", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        pattern("pure color"),
        wearing("a teal saree and a black top"),
        gender="Women",
        title="KALINI Teal Solid Chiffon Saree With Sequinned Border",
        category="Sarees",
        color="Teal",
    ),
    # Photo: a girl of about eight in a red lehenga with a gold gota border, red short-sleeve choli, gold net dupatta
    # across the chest; white backdrop. Caption: caption adapter ("gentleman" for a girl); answers: VQA adapter.
    case(
        "X1261-006",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric and its neckline is round. The skirt is with other fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("blouse", "red", kind="open"),
        color_of("skirt", "red", kind="open"),
        color_of("dupatta", "red", "other_garment_color", kind="open"),
        wearing("a skirt", who="the girl"),
        gender="Girls",
        title="Aarika Girls Red & Gold-Toned Embellished Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model in a green-and-pink diagonal leheriya saree, solid pink three-quarter-sleeve blouse, holding a
    # small clutch. Caption: caption adapter, which gives the solid pink blouse the saree's stripes; answers: VQA
    # adapter.
    case(
        "X1261-007",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with chiffon fabric and striped patterns.",
            "contradiction",
        ),
        color_of("saree", "green and pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        pattern("striped"),
        is_a("saree", "yes"),
        gender="Women",
        title="Satrani Green & Pink Leheriya Printed Saree",
        category="Sarees",
        color="Green",
    ),
    # Photo: back view. Model in a navy net lehenga with silver sequins, navy sleeveless blouse with a tie-up back and
    # tassels, silver-grey net dupatta over both arms. Caption: caption adapter; answers: VQA adapter. The dupatta
    # answer takes the skirt's blue; the wearing answer is right until it is cut.
    case(
        "X1261-008",
        caption(
            "The person wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric and its neckline is suspenders. The skirt is with other fabric and graphic patterns."
        ),
        color_of("blouse", "navy blue", kind="open"),
        color_of("skirt", "navy blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        details("blouse", "it has a tie up at the back with tassels"),
        wearing(
            "a navy blue lehenga with silver sequins and a silver dupatta draped over her arms and a navy blue blouse "
            "with a tie up at the back and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Ethnovog Navy Blue & Silver-Toned Sequinned Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: flat lay, no person. A folded mustard art-silk saree with a red zari border, the red blouse piece folded
    # on top. Caption: caption adapter, inventing a wearer in a long-sleeve shirt and pants; answers: VQA adapter.
    case(
        "X1261-009",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with other fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with other fabric and lattice patterns.",
            "unsupported",
        ),
        color_of("saree", "mustard", kind="open"),
        color_of("blouse", "red", kind="open"),
        wearing("a shirt and pants", "unsupported"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mimosa Mustard & Red Kanjeevaram Art Silk Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Photo: model in a peach skirt with green and gold thread embroidery, green elbow-sleeve blouse, peach net
    # dupatta with a gold border, maang tikka; studio. Caption: caption adapter (cut); answers: VQA adapter, the
    # wearing answer gives the peach skirt as white.
    case(
        "X1261-010",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is round. The skirt is with other fabric and floral patterns. There is an "
            "accessory on her head. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "peach", kind="open"),
        color_of("dupatta", "peach", kind="open"),
        pattern("floral"),
        wearing("a green shirt and a white skirt", "contradiction"),
        gender="Women",
        title="Warthy Ent Peach-Coloured & Green Embroidered Thread Work Semi-Stitched Lehenga & Unstitched Blouse "
        "With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: model in a black net saree with silver sequins all over, black sleeveless sweetheart-neck blouse, silver
    # earrings; white backdrop. Caption: caption adapter, calling the saree a dress; answers: VQA adapter.
    case(
        "X1261-011",
        caption(
            "This woman is wearing a sleeveless dress with graphic patterns. The dress is with chiffon fabric. The "
            "dress has a v-shape neckline. There is an accessory in her ear.",
            "contradiction",
        ),
        color_of("saree", "black", kind="open"),
        color_of("blouse", "black", kind="open"),
        is_a("saree", "no", "contradiction"),
        wearing("black", "non_answer"),
        gender="Women",
        title="Inddus Black Sequinned Net Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: model in a plain maroon velvet skirt with a gold border, maroon short-sleeve blouse, pink net dupatta;
    # studio. Caption: caption adapter, repeating one sentence to the limit; answers: VQA adapter.
    case(
        "X1261-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with other "
            "fabric and pure color patterns. The skirt is with other fabric and pure color patterns. The skirt is "
            "with other",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "maroon", kind="open"),
        color_of("skirt", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        material("velvet"),
        gender="Women",
        title="Fabcartz Maroon Solid Velvet Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: model in a red silk-blend saree with gold zari motifs, gold brocade elbow-sleeve blouse, holding a brass
    # pooja thali. Caption: caption adapter; answers: VQA adapter. The details answer runs on and invents tassels
    # until it is cut.
    case(
        "X1261-013",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is round. There is an accessory on her wrist."
        ),
        color_of("saree", "red", kind="open"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        pattern("graphic"),
        details(
            "saree",
            "the saree has a wide zari border with paisley motifs and the pallu has a rich woven design with tassels "
            "at the end and the blouse",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        title="Shaily Red & Gold-Toned Ethnic Motifs Silk Blend Saree",
        category="Sarees",
        color="Red",
    ),
    # Photo: model seated on a wooden stool, lavender georgette lehenga with mirror work, lavender sleeveless blouse,
    # lavender dupatta with a scalloped border. Caption: caption adapter; answers: VQA adapter ("dress" for the set,
    # the lavender blouse as grey).
    case(
        "X1261-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns."
        ),
        color_of("blouse", "grey", "contradiction", kind="open"),
        color_of("skirt", "purple", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        wearing("a purple dress", "contradiction"),
        gender="Women",
        title="LOOKNBOOK ART Lavender Embroidered Georgette Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: model in an off-white cotton Kerala kasavu saree with a gold border, gold elbow-sleeve blouse, jasmine
    # in her hair. Caption: caption adapter; answers: VQA adapter, all right.
    case(
        "X1261-015",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns."
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "gold", kind="open"),
        pattern("pure color"),
        is_a("saree", "yes"),
        material("cotton"),
        gender="Women",
        title="Chhabra 555 Off-White & Gold-Toned Zari Border Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
    ),
    # Photo: model in a rani-pink bandhani-print skirt, orange short-sleeve blouse, orange dupatta with a pink border.
    # Caption: caption adapter; answers: VQA adapter. The skirt answer loops.
    case(
        "X1261-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with cotton fabric and graphic patterns."
        ),
        color_of("blouse", "orange", kind="open"),
        color_of(
            "skirt",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "orange", kind="open"),
        pattern("graphic"),
        wearing("a pink skirt with an orange top and orange scarf"),
        gender="Women",
        title="Koskii Pink & Orange Bandhani Print Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: back view, model in a plain purple satin saree with a silver border, matching purple short-sleeve
    # blouse, the pallu hanging down her back. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1261-017",
        caption(
            "The person wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with other "
            "fabric. The skirt is with other fabric and pure color patterns."
        ),
        color_of("saree", "purple", kind="open"),
        color_of("blouse", "pure color", "non_answer", kind="open"),
        wearing("a purple saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Ishin Purple Solid Satin Saree With Embellished Border",
        category="Sarees",
        color="Purple",
    ),
    # Photo: model in a sea-green net skirt with pink floral embroidery, pink sleeveless blouse, sea-green dupatta.
    # Caption: caption adapter ("dress" for the set); answers: VQA adapter, dupatta given the blouse's pink.
    case(
        "X1261-018",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. The dress has "
            "a round neckline.",
            "contradiction",
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        pattern("floral"),
        gender="Women",
        title="Panchhi Sea Green & Pink Embroidered Net Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: model in a beige linen-blend saree with a blue floral-printed border and pallu, blue short-sleeve blouse.
    # Caption: caption adapter, looping; answers: VQA adapter ("cotton" against the title's linen).
    case(
        "X1261-019",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with cotton "
            "fabric and floral patterns. The skirt is with cotton fabric and floral patterns. The skirt is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "beige", kind="open"),
        color_of("blouse", "blue", kind="open"),
        material("cotton", "contradiction"),
        is_a("saree", "yes"),
        pattern("floral"),
        gender="Women",
        title="Kvsfab Beige & Blue Printed Linen Blend Saree",
        category="Sarees",
        color="Beige",
    ),
    # Photo: model holding up a green mirror-work dupatta; yellow cotton skirt and yellow elbow-sleeve blouse, both
    # with mirror work. The feed row has no category. Caption: caption adapter; answers: VQA adapter, the dupatta loops.
    case(
        "X1261-020",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is v-shape. The skirt is with cotton fabric and graphic patterns."
        ),
        color_of("blouse", "yellow", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of(
            "dupatta",
            "yellow and green and yellow and green and yellow and green and yellow and green and yellow and green and "
            "yellow and green and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender="Women",
        title="Zeel Clothing Yellow Mirror Work Lehenga Choli With Dupatta",
        color="Yellow",
    ),
    # Photo: model in a sheer magenta organza saree with zari-woven floral buttis and a plain zari edge, magenta
    # sleeveless blouse. Caption: caption adapter; answers: VQA adapter. The description invents a lace border and
    # tassels; "no" to the saree.
    case(
        "X1261-021",
        caption(
            "This woman is wearing a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. "
            "It has a round neckline. The lower clothing is of long length. The fabric is chiffon and it has floral "
            "patterns."
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        pattern("floral"),
        describe("saree", "it has a lace border with tassels on the pallu", "unsupported"),
        is_a("saree", "no", "contradiction"),
        gender="Women",
        title="Saree mall Magenta Woven Design Zari Organza Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Photo: model in a green skirt with gold foil print, green three-quarter-sleeve blouse, pink dupatta with a gold
    # border; beige backdrop. Caption: caption adapter, looping; answers: VQA adapter, colors right, the skirt details
    # loop on an invented gold lace.
    case(
        "X1261-022",
        caption(
            "This lady is wearing a long-sleeve shirt with graphic patterns and a long skirt. The skirt is with "
            "cotton fabric and graphic patterns. The skirt is with cotton fabric and graphic patterns. The skirt is "
            "with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        wearing("a skirt and a shirt"),
        pattern("graphic"),
        details(
            "skirt",
            "the skirt has a gold print all over and a flared hem with a gold lace at the bottom of the skirt and a "
            "gold lace at the bottom of",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Green & Gold-Toned Foil Printed Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: model in a grey-to-pink ombre georgette saree, grey sequinned sleeveless blouse. Caption: caption
    # adapter; answers: VQA adapter. Blouse given the saree's pink; "pure color" for an ombre.
    case(
        "X1261-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric and its neckline is round. The skirt is with chiffon fabric and color block patterns."
        ),
        color_of("saree", "grey and pink", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        pattern("pure color", "contradiction"),
        gender="Women",
        title="Mitera Grey & Pink Ombre Dyed Georgette Saree",
        category="Sarees",
        color="Grey",
    ),
    # Photo: a girl in a yellow skirt with a pink floral print, pink sleeveless blouse, pink net dupatta; studio.
    # Caption: caption adapter; answers: VQA adapter (dupatta given the skirt's yellow, the set called a dress).
    case(
        "X1261-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and floral patterns."
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        wearing("a yellow dress", "contradiction", who="the girl"),
        gender="Girls",
        title="Bitiya by Bhama Girls Yellow & Pink Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: model in a plain rust silk-blend saree with a gold zari border, gold elbow-sleeve blouse. Caption:
    # caption adapter (denim!); answers: VQA adapter ("he" for the woman).
    case(
        "X1261-025",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt. The shirt is with denim "
            "fabric and its neckline is round. The skirt is with other fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("saree", "orange", kind="open"),
        color_of("blouse", "gold", kind="open"),
        wearing("he is wearing a saree and a blouse", "pronoun"),
        material("silk"),
        gender="Women",
        title="SOCH Rust Solid Silk Blend Saree With Zari Border",
        category="Sarees",
        color="Rust",
    ),
    # Photo: model in a blue skirt with a white floral print, white short puff-sleeve blouse with a square neck, white
    # dupatta with a blue print, silver bangles. Caption: caption adapter (cut); answers: VQA adapter, the wearing
    # answer runs into the next prompt.
    case(
        "X1261-026",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is square. The skirt is with cotton fabric and floral patterns. There is an "
            "accessory on her wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "white", kind="open"),
        color_of("skirt", "blue", kind="open"),
        color_of("dupatta", "white", kind="open"),
        pattern("floral"),
        wearing(
            "a blue skirt and a white shirt Question: What is the color of the skirt? Answer: blue Question: What is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="KALINI Blue & White Floral Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: model in a peach net saree with thin sequinned stripes, silver sequinned sleeveless blouse. Caption:
    # caption adapter; answers: VQA adapter, the saree's color loops and the wearing answer adds a necklace she does
    # not wear.
    case(
        "X1261-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric and its neckline is v-shape."
        ),
        color_of(
            "saree",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "silver", kind="open"),
        is_a("saree", "yes"),
        pattern("striped"),
        wearing("a peach saree with a silver blouse and a silver necklace", "unsupported"),
        gender="Women",
        title="Sangria Peach Sequinned Net Saree With Blouse Piece",
        category="Sarees",
        color="Peach",
    ),
    # Photo: bridal shot. Model in a red velvet skirt with heavy gold zardozi, red elbow-sleeve blouse, red net dupatta
    # with a gold border over her head; necklace, nath, bangles. Caption: caption adapter (cut); answers: VQA adapter,
    # all right.
    case(
        "X1261-028",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is round. The skirt is with other fabric and floral patterns. There is an "
            "accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "red", kind="open"),
        color_of("skirt", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        details("skirt", "the skirt has gold embroidery all over and a wide border at the hem"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Fabcartz Red Embroidered Semi-Stitched Bridal Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model in an off-white cotton-blend saree with black checks, black sleeveless blouse. Caption: caption
    # adapter; answers: VQA adapter. The blouse answer, and the blouse in the wearing answer, take the saree's white.
    case(
        "X1261-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and lattice patterns."
        ),
        color_of("saree", "white and black", kind="open"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        pattern("lattice"),
        material("cotton"),
        wearing("a white saree and a white blouse", "other_garment_color"),
        gender="Women",
        title="Saree mall Off-White & Black Checked Cotton Blend Saree",
        category="Sarees",
        color="Off White",
    ),
    # Photo: model in an olive skirt with gold embroidery, olive sleeveless blouse, gold tissue dupatta. Caption:
    # caption adapter (the skirt as "pants"); answers: VQA adapter ("no" to the skirt; floral embroidery).
    case(
        "X1261-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric and its neckline is round. The pants are with other fabric and floral patterns.",
            "contradiction",
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        is_a("skirt", "no", "contradiction"),
        pattern("floral"),
        gender="Women",
        title="Ethnovog Olive Green & Gold-Toned Embroidered Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Olive",
    ),
    # Photo: model in a pink art-silk Kanjeevaram saree with a wide gold zari border, gold brocade elbow-sleeve
    # blouse, temple necklace. Caption: caption adapter; answers: VQA adapter (the blouse not answered; details loop).
    case(
        "X1261-031",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is round. There is an accessory on her neck."
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "the blouse", "non_answer", kind="open"),
        is_a("saree", "yes"),
        details(
            "saree",
            "the saree has a gold border and a gold pallu with a gold border and a gold pallu with a gold border and a "
            "gold",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mimosa Pink & Gold-Toned Kanjeevaram Art Silk Saree",
        category="Sarees",
        color="Pink",
    ),
    # Photo: model in a black net skirt with pink thread embroidery, pink sleeveless blouse, pink net dupatta; grey
    # backdrop. Caption: caption adapter; answers: VQA adapter, all right.
    case(
        "X1261-032",
        caption(
            "The person wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric and its neckline is round. The skirt is with chiffon fabric and floral patterns."
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "black", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        wearing("a black skirt and a pink top"),
        pattern("floral"),
        gender="Women",
        title="Warthy Ent Black & Pink Embroidered Net Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Photo: model in a plain lime-green georgette saree with a lace border, lime-green short-sleeve blouse. Caption:
    # caption adapter (cut); answers: VQA adapter. The blouse question got only padding tokens back.
    case(
        "X1261-033",
        caption(
            "This woman is wearing a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. "
            "It has a round neckline. This woman wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. This woman wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "", "non_answer", kind="open", hit_limit=True),
        is_a("saree", "yes"),
        wearing("a green saree with a green blouse"),
        gender="Women",
        title="Inddus Lime Green Solid Georgette Saree With Lace Border",
        category="Sarees",
        color="Lime Green",
    ),
    # Photo: model in a cream silk skirt with a maroon border, maroon elbow-sleeve blouse, cream dupatta with a thin
    # maroon border. Caption: caption adapter; answers: VQA adapter, the dupatta given the blouse's maroon.
    case(
        "X1261-034",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is round. The skirt is with other fabric and pure color patterns."
        ),
        color_of("blouse", "maroon", kind="open"),
        color_of("skirt", "white", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        wearing("a white skirt and a red top"),
        gender="Women",
        title="Koskii Cream-Coloured & Maroon Solid Silk Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Cream",
    ),
    # Photo: model in a multicoloured patola-style geometric-print saree (red, blue, yellow, green), solid red
    # sleeveless blouse. Caption: caption adapter; answers: VQA adapter, the saree's colors loop.
    case(
        "X1261-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric. The skirt is with chiffon fabric and graphic patterns."
        ),
        color_of(
            "saree",
            "red and blue and yellow and green and red and blue and yellow and green and red and blue and yellow and "
            "green and red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "red", kind="open"),
        pattern("graphic"),
        is_a("saree", "yes"),
        wearing("a colorful saree"),
        gender="Women",
        title="KALINI Multicoloured Patola Printed Saree",
        category="Sarees",
        color="Multi",
    ),
    # Photo: flat lay on white, no person: pink embroidered skirt spread out, pink short-sleeve blouse on top, gold
    # dupatta folded beside. The feed row has no color. Caption: caption adapter ("the lady wears" as template
    # filler, garments right); answers: VQA adapter, dupatta given the pink.
    case(
        "X1261-036",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is round. The skirt is with other fabric and floral patterns."
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Ishin Pink & Gold-Toned Embroidered Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
    ),
    # Photo: model in a yellow bandhani georgette saree with a red border, red short-sleeve blouse. Caption: caption
    # adapter ("knitted"); answers: VQA adapter, colors right, "cotton" against the title's georgette.
    case(
        "X1261-037",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with knitted "
            "fabric and its neckline is round. The skirt is with chiffon fabric and graphic patterns.",
            "unsupported",
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "red", kind="open"),
        pattern("graphic"),
        is_a("saree", "yes"),
        material("cotton", "contradiction"),
        gender="Women",
        title="Shaily Yellow & Red Bandhani Printed Pure Georgette Saree",
        category="Sarees",
        color="Yellow",
    ),
    # Photo: model twirling in a teal sequinned georgette skirt, teal sleeveless blouse, teal dupatta. Caption:
    # caption adapter; answers: VQA adapter, the dupatta answer runs into its own prompt.
    case(
        "X1261-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric and its neckline is v-shape. The skirt is with chiffon fabric and pure color patterns."
        ),
        color_of("blouse", "blue", kind="open"),
        color_of("skirt", "blue", kind="open"),
        color_of(
            "dupatta",
            "blue Question: What is the color of the dupatta? Answer: blue Question: What is the color of the "
            "dupatta? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender="Women",
        title="Panchhi Teal Sequinned Georgette Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: side pose, model in a royal-blue georgette saree with a silver sequin border, silver sleeveless blouse.
    # Caption: caption adapter ("long-sleeve" for a sleeveless blouse); answers: VQA adapter, blouse given the blue.
    case(
        "X1261-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("saree", "blue", kind="open"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        wearing("a blue saree"),
        gender="Women",
        title="Mitera Blue & Silver-Toned Sequinned Georgette Saree",
        category="Sarees",
        color="Blue",
    ),
    # Photo: model in an orange gota-patti skirt (gota stripes), pink short-sleeve blouse, orange dupatta with a pink
    # border. Caption: caption adapter; answers: VQA adapter (the dupatta given the blouse's pink, the blouse details
    # restated).
    case(
        "X1261-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with cotton fabric and striped patterns."
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "orange", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        pattern("striped"),
        details("blouse", "it is a blouse", "restated"),
        gender="Women",
        title="Zeel Clothing Orange & Pink Gota Patti Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Photo: model in a burgundy Banarasi silk saree with gold zari, burgundy elbow-sleeve blouse, holding a gold
    # potli bag. Caption: caption adapter, repeating the bag sentence; answers: VQA adapter, the saree answer runs on
    # to the limit.
    case(
        "X1261-041",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is round. This lady has a bag in her hand. This lady has a bag in her hand. This "
            "lady has a",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "saree",
            "maroon with a gold border and gold zari work all over the body and a heavy pallu with gold zari work and "
            "the blouse is maroon with",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "maroon", kind="open"),
        pattern("floral"),
        is_a("saree", "yes"),
        gender="Women",
        title="Chhabra 555 Burgundy Woven Design Zari Banarasi Silk Saree",
        category="Sarees",
        color="Burgundy",
    ),
    # Photo: model in a white cotton skirt with a green floral print, green sleeveless blouse, white dupatta with a
    # green print. Caption: caption adapter; answers: VQA adapter (the dupatta given the blouse's green, "no" to the
    # skirt).
    case(
        "X1261-042",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and floral patterns."
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "white", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        wearing("a white skirt and green top"),
        is_a("skirt", "no", "contradiction"),
        gender="Women",
        title="Kvsfab White & Green Floral Printed Cotton Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="White",
    ),
    # Photo: model in a plain coral chiffon saree with a thin silver border, coral short-sleeve blouse. The feed row
    # has no gender. Caption: caption adapter; answers: VQA adapter (the saree's color not answered).
    case(
        "X1261-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns."
        ),
        color_of("saree", "it is a saree", "non_answer", kind="open"),
        color_of("blouse", "pink", kind="open"),
        is_a("saree", "yes"),
        pattern("pure color"),
        title="Saree mall Coral Solid Chiffon Saree",
        category="Sarees",
        color="Coral",
    ),
    # Photo: model in a magenta silk skirt with a gold border, gold elbow-sleeve blouse, magenta dupatta, jhumkas.
    # Caption: caption adapter (cut); answers: VQA adapter (the skirt given the blouse's gold; the wearing answer
    # loops).
    case(
        "X1261-044",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is v-shape. The skirt is with other fabric and pure color patterns. There is an "
            "accessory in her ear. The",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "gold", kind="open"),
        color_of("skirt", "gold", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("skirt", "yes"),
        pattern("pure color"),
        wearing(
            "a pink skirt and a gold blouse and a pink dupatta and a pink skirt and a gold blouse and a pink dupatta "
            "and a pink",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Magenta & Gold-Toned Silk Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: a girl holding a small flower basket, green skirt with gold embroidery, green short-sleeve blouse, pink
    # dupatta; bare head. Caption: caption adapter (an invented hat); answers: VQA adapter, dupatta given the green.
    case(
        "X1261-045",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with other fabric and floral patterns. This lady wears a "
            "hat.",
            "unsupported",
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        wearing("a green skirt and a green top", who="the girl"),
        is_a("skirt", "yes"),
        gender="Girls",
        title="Aarika Girls Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
]
