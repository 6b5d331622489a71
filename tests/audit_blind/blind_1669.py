"""BLIND_1669 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions, VQA piece colors): written blind in the
sixty-seventh session. Measured blind at f906685 (the session's second rules): 72/101 failures found (71.3%) and
19/191 correct texts flagged (9.9%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed of 23 sarees and 22 lehenga cholis (three of them girls' sets), with the feed's
own columns: title, category (the article type, "Sarees" or "Lehenga Choli"), color (the base colour) and gender;
a few rows lack one column, as exported feeds do. Photos are the catalog's usual shots: a model on a plain backdrop
wearing the set with jewellery, a few back views, a stool, a clutch, a potli bag or a brass lamp as a prop, and two
flat lays (a lehenga set and a tissue saree folded on a white board). Sarees are asked the color of the saree, the
blouse and the border; lehenga cholis the color of the blouse, the skirt and the dupatta; both are asked "Is this a
saree/lehenga?" and the garment type, and some also the pattern, the sleeve length, the material or what she wears.
Who wrote what: every caption comes from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
with no prompt, greedy, 50 new tokens; every answer comes from the VQA adapter (Data3_V3_BLIP2_VQA) with the
"Question: ... Answer:" prompt, greedy, 30 new tokens. Piece colors are free generation (stored open); the yes/no,
garment type, pattern and sleeve questions go through the closed reference engine; material is open.
Labeling conventions and judgement calls: the caption adapter only knows DeepFashion words, so "shirt", "tank top",
"upper clothing" for a blouse and "long skirt" or "lower clothing of long length" for a lehenga or the lower drape of a
saree are not errors when sleeves and patterns match the photo; "long pants", "dress" or a fabric the title contradicts
are. Near hues are accepted (teal or sea green as green, mustard as yellow, magenta as pink, cream or off-white as
white, mauve or lavender as purple, coral or rust as orange, wine as maroon); a different hue is not. A piece answered
with the color of another piece of the same set (the blouse given the saree's color, the dupatta the skirt's) is
other_garment_color; a plainly wrong answer the title or the photo refutes (a pattern, a garment type, a "no" to "Is
this a saree?") is contradiction. "skirt" as the garment type of a lehenga choli is accepted (the lehenga is the skirt);
"dress" or "blouse" is not. A color given to a piece the set does not have (a dupatta for a set sold without one, a
border on a borderless satin saree) is unsupported, as is a caption that puts a woman on a flat lay or glasses on a
model who wears none, and a fabric the title refutes (denim on silk, cotton for linen). Every caption that ran to 50
tokens is hit_limit; when it stops mid-sentence it is cut, when it repeats a sentence it is loop, even if its first
sentences are right, and I gave it no second label. Answers that kept going past the color are hit_limit: a repeated
word is loop, the model writing the next "Question: ... Answer:" itself is leak, a long run-on ending mid-phrase is cut.
An empty answer, "yes" or a garment's name to a color question is non_answer; the question's own words back is restated.
Captions that stopped early (the adapter sometimes emitted a newline) are judged on their content only.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1669 = [
    # Front view, grey backdrop: maroon silk saree with gold zari buttas and a wide gold border, maroon blouse with
    # short sleeves, gold jhumkas and bangles. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1669-001",
        caption(
            "The upper clothing has short sleeves, other fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is other and it has graphic patterns. There is an accessory "
            "on her wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "maroon", kind="open"),
        color_of(
            "blouse",
            "maroon Question: What is the color of the border? Answer: gold Question: What is the color of the saree? "
            "Answer: maroon",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("border", "gold", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("dress", "contradiction"),
        gender="Women",
        title="Mitera Maroon & Gold-Toned Woven Design Zari Banarasi Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Model on white backdrop: navy blue georgette saree with a pink floral print and a thin pink lace border, plain
    # pink short-sleeve blouse. Caption: caption adapter (stopped by itself); answers: VQA adapter.
    case(
        "X1669-002",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "skirt is with chiffon fabric. There is an accessory on her wrist."
        ),
        color_of("saree", "navy blue", kind="open"),
        color_of("blouse", "navy blue", "other_garment_color", kind="open"),
        color_of("border", "pink", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        Q.pattern("floral"),
        gender="Women",
        title="Saree mall Navy Blue & Pink Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Beige backdrop: green lehenga with a pink embroidered hem, pink short-sleeve blouse, pink net dupatta over one
    # shoulder. Caption: caption adapter; answers: VQA adapter (the dupatta answer never stopped).
    case(
        "X1669-003",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "shirt is with cotton fabric. It has a round neckline. The skirt is with chiffon fabric. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of(
            "dupatta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.garment_type("skirt"),
        gender="Women",
        title="Anouk Women Green & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Three-quarter view: plain mustard cotton saree with a thin black border, black sleeveless blouse, silver oxidised
    # earrings. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-004",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. There is an accessory "
            "on her wrist. This female",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("border", "black", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        gender="Women",
        title="KALINI Mustard Yellow Solid Cotton Blend Saree",
        category="Sarees",
        color="Mustard",
    ),
    # A girl of about eight on white: pink lehenga with a gold gota border, gold-toned sleeveless embroidered blouse,
    # pink dupatta round her shoulders, a gold bangle. Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-005",
        caption(
            "This woman wears a sleeveless tank top with graphic patterns and a long skirt with pure color patterns. "
            "The tank top is with cotton fabric. It has a round neckline."
        ),
        color_of("blouse", "gold", kind="open"),
        color_of("skirt", "gold", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        Q.sleeve_length("short", "contradiction"),
        gender="Girls",
        title="Aks Kids Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Model holding the pallu out: teal saree with red bandhani dots, red border, red short-sleeve blouse.
    # Caption: caption adapter, repeating itself; answers: VQA adapter.
    case(
        "X1669-006",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt with graphic patterns. The "
            "skirt is with chiffon fabric. The skirt is with chiffon fabric. The skirt is with chiffon fabric. The "
            "skirt is with chiffon fabric. The skirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "blue", kind="open"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        color_of("border", "red", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        Q.pattern("floral", "contradiction"),
        gender="Women",
        title="Ishin Teal Blue & Red Bandhani Printed Saree",
        category="Sarees",
        color="Teal",
    ),
    # Flat lay on white: maroon velvet lehenga skirt spread out with gold sequin work, the unstitched maroon blouse
    # fabric folded beside it, a gold net dupatta folded on top. No person. Caption: caption adapter (stopped);
    # answers: VQA adapter.
    case(
        "X1669-007",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long skirt with graphic patterns. The "
            "shirt is with other fabric. It has a v-shape neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("blouse", "maroon", kind="open"),
        color_of("skirt", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        gender="Women",
        title="Warthy Ent Maroon & Gold-Toned Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With "
        "Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Beige backdrop: bottle-green silk Kanjeevaram with a plain body and a magenta-and-gold zari border, magenta
    # short-sleeve blouse, temple jewellery. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-008",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt with pure color patterns. The skirt is with other fabric. "
            "There is an accessory on her wrist and",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        color_of(
            "border",
            "gold Question: What is the color of the blouse? Answer: pink Question: What is the color of the saree? "
            "Answer: green",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        Q.pattern("pure color"),
        gender="Women",
        title="Satrani Green Woven Design Zari Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Green",
    ),
    # Side pose, grey backdrop: royal blue lehenga and blouse with silver mirror work, short sleeves, off-white net
    # dupatta, long hair in a braid. Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-009",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns and a long skirt with graphic patterns. "
            "The shirt is with cotton fabric. There is an accessory on his wrist.",
            "pronoun",
        ),
        color_of("blouse", "blue", kind="open"),
        color_of("skirt", "blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        Q.sleeve_length("short"),
        gender="Women",
        title="panchhi Blue & Silver-Toned Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Model with a silver clutch: sheer peach organza saree with a silver sequinned border, peach sleeveless blouse.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color patterns. "
            "The tank top is with chiffon fabric. It has a round neckline. The skirt is with chiffon fabric. There "
            "is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "peach", kind="open"),
        color_of("blouse", "peach", kind="open"),
        color_of(
            "border",
            "silver Question: What is the color of the blouse? Answer: peach Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        gender="Women",
        title="Mimosa Peach-Coloured Solid Organza Saree",
        category="Sarees",
        color="Peach",
    ),
    # Model seated on a wooden stool: mustard lehenga with a green floral print, plain green blouse with three-quarter
    # sleeves, mustard dupatta with a green border. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-011",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "shirt is with cotton fabric. It has a v-shape neckline. The skirt is with cotton fabric. There is an "
            "accessory on her wrist. The lady is",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of(
            "dupatta",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        Q.pattern("floral"),
        gender="Women",
        title="Ethnovog Mustard & Green Printed Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Dark grey backdrop: black net saree with silver sequins and a silver scalloped border, black sleeveless blouse.
    # Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with graphic patterns. The "
            "tank top is with other fabric. There is an accessory on her wrist."
        ),
        color_of("saree", "black", kind="open"),
        color_of("blouse", "black", kind="open"),
        color_of(
            "border",
            "silver silver silver silver silver silver silver silver silver silver silver silver silver silver silver "
            "silver silver silver silver silver silver silver silver silver silver silver silver silver silver silver",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("saree", "no", "contradiction"),
        Q.garment_type("saree"),
        gender="Women",
        title="Kasee Black & Silver-Toned Sequinned Embellished Net Saree",
        category="Sarees",
        color="Black",
    ),
    # Cream backdrop: bridal red lehenga with heavy gold zari embroidery, red short-sleeve blouse, red net dupatta
    # with a gold border over her head. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-013",
        caption(
            "This woman wears a short-sleeve shirt with graphic patterns and a long skirt with graphic patterns. The "
            "shirt is with other fabric. It has a round neckline. The skirt is with other fabric. There is an "
            "accessory on her wrist. This woman wears a",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "blouse",
            "red with gold embroidery on the sleeves and the neckline and a gold border on the sleeves and the back of "
            "the blouse with",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        color_of("skirt", "red and gold", kind="open"),
        color_of("dupatta", "red", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("short"),
        gender="Women",
        title="Inddus Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Walking pose: pink saree with a green leaf print and a green border, plain green short-sleeve blouse.
    # Caption: caption adapter (stopped); answers: VQA adapter. The feed row has no gender.
    case(
        "X1669-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "skirt is with chiffon fabric."
        ),
        color_of("saree", "red", "contradiction", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        color_of("border", "green", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        title="Saree mall Pink & Green Floral Printed Saree",
        category="Sarees",
        color="Pink",
    ),
    # Back view: long hair pinned up, peach blouse back with a tie-up dori and latkans, peach lehenga with a gold
    # embroidered hem, peach dupatta hanging from her elbows. Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-015",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long skirt with graphic patterns. "
            "The shirt is with cotton fabric. There is an accessory on his wrist.",
            "pronoun",
        ),
        color_of("blouse", "peach", kind="open"),
        color_of("skirt", "peach", kind="open"),
        color_of(
            "dupatta",
            "peach Question: What is the color of the skirt? Answer: peach Question: What is the color of the blouse? "
            "Answer: peach",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        gender="Women",
        title="SHOPGARB Peach-Coloured & Gold-Toned Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Barefoot model beside a brass lamp: off-white Kerala cotton saree, gold kasavu border with a thin red stripe,
    # red short-sleeve blouse. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-016",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        color_of("border", "gold", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        Q.material("cotton"),
        gender="Women",
        title="Ahalyaa Off-White & Red Kasavu Kerala Cotton Saree",
        category="Sarees",
        color="Off White",
    ),
    # Lavender lehenga and sleeveless blouse with silver sequins, lavender net dupatta, pale grey backdrop.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-017",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt with graphic patterns. The "
            "tank top is with chiffon fabric. It has a v-shape neckline. The skirt is with chiffon fabric. There is "
            "an accessory on her wrist. The lady wears a ring",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "purple", kind="open"),
        color_of(
            "skirt",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "dupatta",
            "purple Question: What is the color of the skirt? Answer: purple Question: What is the color of the "
            "blouse? Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        gender="Women",
        title="Zeel Lavender Embroidered Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # White backdrop: navy cotton saree with a white ethnic-motif print and a white border, white short-sleeve
    # blouse, bangles. Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-018",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with graphic patterns. The "
            "shirt is with cotton fabric. The skirt is with cotton fabric. There is an accessory on her wrist."
        ),
        color_of("saree", "black", "contradiction", kind="open"),
        color_of("blouse", "white", kind="open"),
        color_of(
            "border",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        Q.pattern("graphic"),
        gender="Women",
        title="Vishudh Navy Blue Ethnic Motifs Printed Pure Cotton Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Green silk lehenga with a gold zari border, green-and-gold brocade short-sleeve blouse, sold without a dupatta
    # and shot without one. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-019",
        caption(
            "This woman wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "round neckline. The skirt this woman wears is of long length. The skirt is with other fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "green", "unsupported", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("skirt"),
        gender="Women",
        title="Fabcartz Green & Gold-Toned Silk Ready to Wear Lehenga & Blouse",
        category="Lehenga Choli",
        color="Green",
    ),
    # Grey saree with a pink geometric print and a pink border, pink short-sleeve blouse, white backdrop.
    # Caption: caption adapter, repeating itself; answers: VQA adapter.
    case(
        "X1669-020",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with graphic patterns. "
            "There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "grey", kind="open"),
        color_of("blouse", "grey", "other_garment_color", kind="open"),
        color_of("border", "the border of the saree", "restated", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        gender="Women",
        title="Sangria Grey & Pink Geometric Printed Saree with Blouse Piece",
        category="Sarees",
        color="Grey",
    ),
    # A girl on white: yellow lehenga with a small red-and-green floral print, plain red short-sleeve blouse, green
    # dupatta. Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-021",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "skirt is with cotton fabric."
        ),
        color_of("blouse", "red", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        gender="Girls",
        title="Aks Kids Girls Yellow & Red Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Red Banarasi saree with gold zari, contrast gold tissue blouse with short sleeves, gold border.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-022",
        caption(
            "The upper clothing has short sleeves, other fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is other and it has graphic patterns. This lady wears a "
            "ring. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "saree",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        color_of("border", "gold", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        gender="Women",
        title="Mitera Red & Gold-Toned Zari Woven Design Silk Blend Banarasi Saree",
        category="Sarees",
        color="Red",
    ),
    # All-pink set: pink lehenga with silver embroidery, pink sleeveless blouse, pink dupatta held open behind her.
    # Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and long pants with pure color patterns. The "
            "shirt is with cotton fabric.",
            "contradiction",
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Tikhi Imli Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Lime green chiffon saree, thin gold lace border, lime green sleeveless blouse, white backdrop.
    # Caption: caption adapter (stopped); answers: VQA adapter (nothing came back for the border).
    case(
        "X1669-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color patterns. "
            "The tank top is with chiffon fabric. The skirt is with chiffon fabric."
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        color_of("border", "", "non_answer", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        gender="Women",
        title="Saree mall Lime Green Solid Chiffon Saree",
        category="Sarees",
        color="Lime Green",
    ),
    # Model holding a potli bag: navy blue lehenga with pink thread embroidery, pink short-sleeve blouse, pink dupatta;
    # no glasses. Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-025",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "shirt is with cotton fabric. It has a round neckline. The lady wears a pair of glasses.",
            "unsupported",
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        Q.pattern("floral"),
        gender="Women",
        title="Ethnovog Navy Blue & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Rust linen saree with a silver tissue border, black short-sleeve blouse, oxidised jewellery, white backdrop.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-026",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt with pure color patterns. The skirt is with cotton fabric. "
            "There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "orange", kind="open"),
        color_of("blouse", "orange", "other_garment_color", kind="open"),
        color_of("border", "silver", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="KALINI Rust Solid Pure Linen Saree with Tissue Border",
        category="Sarees",
        color="Rust",
    ),
    # Teal velvet lehenga with gold embroidery, teal full-sleeve velvet blouse, pink net dupatta.
    # Caption: caption adapter, repeating itself; answers: VQA adapter.
    case(
        "X1669-027",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long skirt with graphic patterns. The "
            "shirt is with other fabric. The skirt is with other fabric. The skirt is with other fabric. The skirt is "
            "with other fabric. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of(
            "skirt",
            "blue green Question: What is the color of the dupatta? Answer: pink Question: What is the color of the "
            "blouse? Answer: blue",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        Q.sleeve_length("long"),
        gender="Women",
        title="Warthy Ent Teal Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Model beside a potted plant: purple pure silk Kanjeevaram with a mustard-gold border, mustard short-sleeve
    # blouse. Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The shirt is with denim fabric. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of(
            "saree",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "purple", "other_garment_color", kind="open"),
        color_of("border", "yellow", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        Q.material("silk"),
        gender="Women",
        title="Pothys Purple & Mustard Kanjeevaram Pure Silk Saree",
        category="Sarees",
        color="Purple",
    ),
    # Haldi look: yellow lehenga with mirror work, pink short-sleeve blouse, pink dupatta with a yellow border.
    # Caption: caption adapter; answers: VQA adapter (yellow for every piece).
    case(
        "X1669-029",
        caption(
            "This woman wears a short-sleeve shirt with pure color patterns and a long skirt with graphic patterns. "
            "The shirt is with cotton fabric. It has a round neckline. The skirt is with cotton fabric. There is an "
            "accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        gender="Women",
        title="Mimosa Women Yellow & Pink Mirror Work Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Patola-style multicoloured print (red, green, yellow, blue geometry), red border, red short-sleeve blouse.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-030",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with lattice patterns. The "
            "shirt is with cotton fabric. It has a round neckline. The skirt is with chiffon fabric. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "multicolor", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of(
            "border",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        Q.pattern("graphic"),
        gender="Women",
        title="Saree mall Multicoloured Patola Printed Saree",
        category="Sarees",
        color="Multi",
    ),
    # Black sequinned lehenga, black sleeveless blouse, black dupatta with a gold border, a flared cocktail look.
    # Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-031",
        caption(
            "This woman wears a sleeveless tank top with graphic patterns and a long skirt with graphic patterns. The "
            "tank top is with other fabric. There is an accessory on her wrist."
        ),
        color_of("blouse", "black", kind="open"),
        color_of(
            "skirt",
            "black Question: What is the color of the dupatta? Answer: black Question: What is the color of the "
            "blouse? Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "black and gold", kind="open"),
        is_a("lehenga", "no", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="panchhi Black & Gold-Toned Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Flat lay on a white board: beige tissue saree folded with the pallu fanned out, gold zari border, gold blouse
    # piece folded beside it. No person. Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-032",
        caption(
            "This woman wears a long skirt with pure color patterns. The skirt is with other fabric. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        color_of("saree", "beige", kind="open"),
        color_of("blouse", "beige", "other_garment_color", kind="open"),
        color_of("border", "gold", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        gender="Women",
        title="Ishin Women Beige & Gold-Toned Tissue Saree with Blouse Piece",
        category="Sarees",
        color="Beige",
    ),
    # Sea green lehenga with thread embroidery, peach short-sleeve blouse, peach dupatta.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "shirt is with chiffon fabric. It has a round neckline. The skirt is with chiffon fabric. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "the color of the dupatta", "restated", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        gender="Women",
        title="Inddus Women Sea Green & Peach Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Magenta saree with a plain body and a gold woven border, magenta short-sleeve blouse, grey backdrop.
    # Caption: caption adapter (stopped); answers: VQA adapter. Everything right.
    case(
        "X1669-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "There is an accessory on her wrist."
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("border", "gold", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        Q.pattern("pure color"),
        gender="Women",
        title="Satrani Women Magenta & Gold-Toned Woven Design Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Cream lehenga with green-and-pink floral thread embroidery, green short-sleeve blouse, green dupatta.
    # Caption: caption adapter; answers: VQA adapter. The feed row has no gender.
    case(
        "X1669-035",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has floral patterns. There is an accessory "
            "on her wrist. This female wears",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "white", kind="open"),
        color_of(
            "dupatta",
            "green and pink and green and pink and green and pink and green and pink and green and pink and green and "
            "pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        Q.pattern("floral"),
        title="SHOPGARB Cream & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
    ),
    # Ombre georgette saree, sea green fading to blue at the pallu, thin silver lace border, sea green sleeveless
    # blouse. Caption: caption adapter; answers: VQA adapter (the saree answer ran on).
    case(
        "X1669-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with color block patterns. "
            "The tank top is with chiffon fabric. It has a round neckline. The skirt is with chiffon fabric. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "saree",
            "green and blue with a silver border and a green blouse and a silver border on the pallu and the blouse is "
            "green with a",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("border", "", "non_answer", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        gender="Women",
        title="Kasee Women Sea Green & Blue Ombre Georgette Saree",
        category="Sarees",
        color="Sea Green",
    ),
    # Side pose: orange bandhani lehenga, plain pink short-sleeve blouse, pink-and-orange bandhani dupatta.
    # Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-037",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The skirt is with cotton fabric.",
            "contradiction",
        ),
        color_of("blouse", "pink", kind="open"),
        color_of(
            "skirt",
            "orange with white dots and a pink border and a pink blouse with white dots and a pink dupatta with an "
            "orange border and",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "dupatta",
            "orange Question: What is the color of the skirt? Answer: orange Question: What is the color of the "
            "blouse? Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        Q.pattern("graphic"),
        gender="Women",
        title="Fabcartz Women Orange & Pink Bandhani Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Model with a silver clutch: mauve georgette saree with scattered sequins, silver sequinned border, mauve blouse
    # with short sheer sleeves. Caption: caption adapter; answers: VQA adapter. The feed row has no gender.
    case(
        "X1669-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long skirt with graphic patterns. The skirt is with chiffon fabric. "
            "There is an accessory in her hand",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "purple", kind="open"),
        color_of("blouse", "yes", "non_answer", kind="open"),
        color_of("border", "silver", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        title="Mitera Women Mauve Sequinned Georgette Saree",
        category="Sarees",
        color="Mauve",
    ),
    # Gold tissue lehenga with a wide maroon border, maroon short-sleeve blouse, maroon dupatta.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-039",
        caption(
            "This woman wears a short-sleeve shirt with pure color patterns and a long skirt with color block "
            "patterns. The shirt is with other fabric. It has a round neckline. The skirt is with other fabric. There "
            "is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "maroon", kind="open"),
        color_of("skirt", "maroon", "other_garment_color", kind="open"),
        color_of(
            "dupatta",
            "maroon Question: What is the color of the skirt? Answer: maroon Question: What is the color of the "
            "blouse? Answer: maroon",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        Q.sleeve_length("short"),
        gender="Women",
        title="Tikhi Imli Women Gold-Toned & Maroon Tissue Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Back view: olive saree with small white flowers, matching olive floral blouse with a deep back, olive border
    # with white flowers. Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1669-040",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt with floral patterns. The shirt "
            "is with cotton fabric. There is an accessory on her wrist."
        ),
        color_of(
            "saree",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("border", "green", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        wearing("a dress", "contradiction", who="she"),
        gender="Women",
        title="Saree mall Women Olive Green Floral Printed Saree",
        category="Sarees",
        color="Olive",
    ),
    # A girl on white: blue lehenga with pink floral embroidery, pink short-sleeve blouse, blue dupatta.
    # Caption: caption adapter, repeating itself; answers: VQA adapter.
    case(
        "X1669-041",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "lady wears a long skirt with floral patterns. The lady wears a long skirt with floral patterns. The lady "
            "wears a long",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        gender="Girls",
        title="Aks Kids Girls Blue & Pink Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Coral satin saree with no border at all, coral sleeveless blouse, a thin gold waist belt.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-042",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color patterns. "
            "The tank top is with other fabric. It has a v-shape neckline. The skirt is with other fabric. There is "
            "a belt. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "orange", kind="open"),
        color_of("blouse", "a saree", "non_answer", kind="open"),
        color_of("border", "gold", "unsupported", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        gender="Women",
        title="Anouk Women Coral Solid Satin Saree with Belt",
        category="Sarees",
        color="Coral",
    ),
    # Burgundy velvet lehenga and full-sleeve velvet blouse, gold tissue dupatta, chandbalis.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt with graphic patterns. The "
            "shirt is with other fabric. It has a round neckline. The skirt is with other fabric. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "maroon", kind="open"),
        color_of("skirt", "maroon", kind="open"),
        color_of(
            "dupatta",
            "maroon and gold and maroon and gold and maroon and gold and maroon and gold and maroon and gold and "
            "maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        Q.sleeve_length("long"),
        gender="Women",
        title="Inddus Women Wine & Gold-Toned Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Grey saree with a black abstract print and black border, plain black short-sleeve blouse, white backdrop.
    # Caption: caption adapter (stopped); answers: VQA adapter. The feed row has no category.
    case(
        "X1669-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with graphic patterns. The "
            "skirt is with chiffon fabric. There is an accessory on her wrist."
        ),
        color_of("saree", "grey", kind="open"),
        color_of("blouse", "grey", "other_garment_color", kind="open"),
        color_of("border", "black", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        gender="Women",
        title="KALINI Women Grey & Black Abstract Printed Saree",
        color="Grey",
    ),
    # Pink lehenga with gota patti, green short-sleeve blouse, pink dupatta with a green border draped over one arm.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1669-045",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with graphic patterns. The "
            "shirt is with cotton fabric. It has a round neckline. The skirt is with other fabric. There is an "
            "accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        gender="Women",
        title="Warthy Ent Women Pink & Green Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
]
