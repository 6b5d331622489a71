"""BLIND_1357 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions and VQA piece colors): written blind in
the sixty-third session. Measured blind at a6e2e4e (the session's eighth and final rules): 64/83 failures found
(77.1%) and 14/177 correct texts flagged (7.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of 23 sarees and 22 lehenga cholis (four of them girls' sets). Most photos are a model on a
plain studio backdrop; there are three flat lays, three back views and several props (potli bags, a chair, a stool, a
brass plate, a pot, flowers, a cup, a pillar, marigolds). Feed columns: title, category (article type: "Sarees",
"Lehenga Choli"), color (base colour) and gender; one product lacks the category, one the colour, one the gender.
Who wrote what: every caption is the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch) with no
prompt, 50 new tokens, greedy. Every answer is the VQA adapter (Data3_V3_BLIP2_VQA) with `Question: ... Answer:`,
30 new tokens, greedy. The piece colors (saree and blouse; blouse, skirt and dupatta) are free generation, stored
open; the other questions vary per product (wearing, is-it-a, pattern, sleeve length, type, material, details).
The captions follow the DeepFashion template (shirt / tank top / long skirt / long dress, "with other fabric",
"pure color patterns", "There is an accessory on her wrist") with some base-model words bleeding through at epoch 1
("saree", "girl", "sitting on a chair"). Most captions run to the 50-token limit; about a quarter stop early.
Labeling conventions and judgement calls:
- A caption that runs to the limit and ends mid-sentence is `cut` when that is its only fault. When it also says
  something wrong (a saree called a "long dress"/"long skirt" with no mention of a saree, cotton for a silk or linen
  saree, "pure color" for a bandhani print), the content error is the label and hit_limit stays True.
- One caption ran to the limit but ended exactly on a period with nothing wrong in it: hit_limit=True, unmarked.
- Template words that fit the shape are accepted: "shirt"/"tank top" for a choli or blouse, "long skirt" for a lehenga,
  "medium-sleeve"/"long-sleeve" for elbow sleeves, "chiffon fabric" for a sheer georgette or organza drape in the
  caption (but a VQA material answer of "chiffon" for an organza saree is marked: it is a direct claim).
- Near-hue answers are accepted: pink for magenta, purple for lavender, blue for teal-blue, white for cream or
  off-white, yellow for mustard, green for olive or mint. Black for navy and pink for peach are marked.
- A piece answered with the color of another piece (blouse given the skirt's color, dupatta given the skirt's) is
  `other_garment_color`; a color from nowhere in the outfit, or from a prop, is `contradiction`.
- A dupatta color asked for a set that has no dupatta is `unsupported`; so is a caption accessory that is not in the
  photo (sunglasses) and a back detail claimed from a front view.
- "dress" for a saree or a lehenga set (wearing, type) is `contradiction`; "he" for a woman or girl is `pronoun`.
- One label per text. A flat-lay caption that invents a woman in a shirt and trousers is `contradiction` (the
  garments contradict the title); "long sleeve" for a sleeveless blouse and "cotton" for art silk or linen too.
- Answers that keep going into the prompt format (`Question: ...`, `Answer:`) are `leak`, even if the first words
  were right; a bare repeated phrase with no prompt words is `loop`.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material
sleeve_length = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type

SAREES = "Sarees"
LEHENGA = "Lehenga Choli"

BLIND_1357 = [
    # Photo: model on a beige backdrop in a pink Banarasi saree with gold zari border and butis, matching pink blouse
    # with zari elbow sleeves, gold jhumkas and bangles. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-001",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with other fabric and it has a round "
            "neckline. There is an accessory on her wrist. The lady wears a pair of earrings. The lady is wearing a",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        wearing("saree"),
        is_a("saree", "yes"),
        material("silk"),
        pattern("floral"),
        gender="Women",
        title="Mitera Pink & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category=SAREES,
        color="Pink",
    ),
    # Photo: model on a grey backdrop in a navy georgette saree with a red floral print and red border, plain red
    # short-sleeve blouse. Caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1357-002",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns and a long dress. The dress is with chiffon "
            "fabric and floral patterns.",
            "contradiction",
        ),
        color_of("saree", "black", "contradiction", kind="open"),
        color_of("blouse", "red", kind="open"),
        wearing("a dress", "contradiction"),
        pattern("floral"),
        material("polyester"),
        gender="Women",
        title="Saree mall Navy Blue & Red Floral Printed Poly Georgette Saree",
        category=SAREES,
        color="Navy Blue",
    ),
    # Photo: model in a maroon velvet lehenga with gold zari embroidery, maroon blouse with elbow sleeves, gold net
    # dupatta over one shoulder, choker, cream backdrop. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-003",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns and a long skirt. The shirt is with other "
            "fabric. It has a round neckline. The skirt is with other fabric and floral patterns. There is an "
            "accessory on her neck. The",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "maroon", kind="open"),
        color_of("skirt", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        wearing("a lehenga"),
        material("velvet"),
        gender="Women",
        title="Inddus Maroon & Gold-Toned Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Maroon",
    ),
    # Photo: flat lay on white, no person: green art-silk saree folded to show the gold woven pallu and border, the
    # blouse piece (contrast maroon with a gold edge) laid beside it. Caption: epoch-1 adapter; answers: VQA adapter.
    case(
        "X1357-004",
        caption(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with other fabric and lattice "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        wearing("saree"),
        pattern("woven"),
        material("silk"),
        gender="Women",
        title="Ishin Green & Gold-Toned Ethnic Motifs Woven Design Art Silk Saree",
        category=SAREES,
        color="Green",
    ),
    # Photo: a girl of about eight on white: pink sleeveless mirror-work blouse, green skirt with a pink border, pink
    # net dupatta held in one hand. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-005",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt. The tank top is with cotton "
            "fabric and it has a round neckline. The skirt is with other fabric and pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "yes"),
        wearing("a dress", "contradiction"),
        gender="Girls",
        title="Aarika Girls Pink & Green Embellished Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Pink",
    ),
    # Photo: side pose on a white backdrop: teal-blue georgette saree, plain body, sequinned border, matching
    # short-sleeve blouse. Caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1357-006",
        caption(
            "The woman is wearing a short-sleeve shirt with pure color patterns and a long saree. The saree is with "
            "chiffon fabric and pure color patterns."
        ),
        color_of("saree", "blue", kind="open"),
        color_of(
            "blouse",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        pattern("solid"),
        sleeve_length("short sleeve"),
        gender="Women",
        title="Anouk Teal Blue Solid Saree with Embellished Border",
        category=SAREES,
        color="Teal",
    ),
    # Photo: model twirling on a grey backdrop: teal green lehenga with thread embroidery, peach sleeveless blouse
    # with a sweetheart neck and thin straps, peach dupatta. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-007",
        caption(
            "The lady is wearing a sleeveless shirt with floral patterns and a long skirt. The skirt is with other "
            "fabric and floral patterns. The skirt is with other fabric and floral patterns. The skirt is with other "
            "fabric and floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "peach", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        details(
            "blouse",
            "the blouse has a sweetheart neckline and thin straps and the blouse has a lot of embroidery on the front "
            "and the back of the blouse and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Chhabra 555 Teal Green Embroidered Thread Work Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Teal",
    ),
    # Photo: model against an off-white wall beside a brass lamp: red Kanjeevaram silk saree with a wide gold zari
    # border, contrast green blouse with elbow sleeves, temple jewellery. Caption: epoch-1 adapter; answers: VQA.
    case(
        "X1357-008",
        caption(
            "The lady is wearing a medium-sleeve shirt with lattice patterns and a long saree. The shirt is with "
            "cotton fabric and its neckline is round. The saree is with cotton fabric and lattice patterns. There is "
            "an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        color_of("saree", "red", kind="open"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        material("silk"),
        is_a("saree", "yes"),
        wearing("a red saree with a gold border"),
        gender="Women",
        title="KALINI Red & Gold-Toned Ethnic Motifs Zari Pure Silk Kanjeevaram Saree",
        category=SAREES,
        color="Red",
    ),
    # Photo: flat lay on white, no person: navy skirt spread out with silver sequins, navy blouse fabric folded,
    # silver-grey net dupatta folded on top. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-009",
        caption(
            "The lady wears a long skirt. The skirt is with other fabric and graphic patterns. There is an accessory "
            "on her wrist. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. There is "
            "an accessory on her",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "blue", kind="open"),
        color_of("skirt", "blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        garment_type("skirt"),
        pattern("sequined"),
        gender="Women",
        title="Warthy Ent Navy Blue & Silver Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Navy Blue",
    ),
    # Photo: model with open hair on a plain backdrop: peach saree with a green leaf-and-flower print and green
    # border, peach sleeveless blouse, glass bangles. Caption: epoch-1 adapter (stopped early); answers: VQA adapter.
    case(
        "X1357-010",
        caption(
            "The woman is wearing a sleeveless shirt with floral patterns and a long dress. The dress is with chiffon "
            "fabric and floral patterns. There is an accessory on her wrist.",
            "contradiction",
        ),
        color_of("saree", "pink", "contradiction", kind="open"),
        color_of("blouse", "peach", kind="open"),
        pattern("floral"),
        is_a("saree", "yes"),
        gender="Women",
        title="Satrani Peach-Coloured & Green Floral Printed Saree",
        category=SAREES,
        color="Peach",
    ),
    # Photo: haldi-style shoot with marigold props: mustard cotton lehenga with pink block-printed flowers, plain pink
    # short-sleeve blouse, mustard dupatta with pink tassels, bangles. Caption: epoch-1 adapter; answers: VQA adapter.
    case(
        "X1357-011",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with cotton fabric and floral patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        wearing("she is wearing a yellow and pink lehenga"),
        gender="Women",
        title="KALINI Mustard Yellow & Pink Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Mustard",
    ),
    # Photo: back view on white: black sequinned georgette saree, pallu over the shoulder, black backless blouse with
    # a tie-up dori and tassels. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-012",
        caption(
            "The woman is wearing a sleeveless tank top with pure color patterns and a long skirt. The tank top is "
            "with other fabric. The skirt is with other fabric and pure color patterns. The woman wears a pair of",
            "contradiction",
            hit_limit=True,
        ),
        color_of("saree", "black", kind="open"),
        color_of("blouse", "black", kind="open"),
        details("blouse", "the blouse has a tie-up back with tassels"),
        sleeve_length("sleeveless"),
        wearing("he is wearing a black saree", "pronoun"),
        gender="Women",
        title="Sangria Black Sequinned Embellished Saree with Blouse Piece",
        category=SAREES,
        color="Black",
    ),
    # Photo: model seated on a carved wooden chair: sea green raw-silk skirt with embroidery, pink V-neck
    # short-sleeve blouse, pink dupatta. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-013",
        caption(
            "The lady is sitting on a chair. She is wearing a short-sleeve shirt with floral patterns and a long "
            "skirt. The shirt is with other fabric and its neckline is v-shape. The skirt is with other fabric and "
            "floral patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "no", "contradiction"),
        material("silk"),
        details(
            "blouse",
            "the blouse has a v-neck and short sleeves and the sleeves have a border and the blouse has a lot of "
            "embroidery on the neckline and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Ethnovog Sea Green & Pink Embroidered Made to Measure Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Sea Green",
    ),
    # Photo: model holding a jute bag: off-white handloom cotton saree with thin blue stripes and a blue border, blue
    # blouse with three-quarter sleeves. Caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1357-014",
        caption(
            "The lady is wearing a long-sleeve shirt with striped patterns and a long saree. The saree is with cotton "
            "fabric and striped patterns. There is a bag in her hand."
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "blue", kind="open"),
        pattern("striped"),
        material("cotton"),
        wearing("saree"),
        gender="Women",
        title="Tikhi Imli Off White & Blue Striped Pure Cotton Saree",
        category=SAREES,
        color="Off White",
    ),
    # Photo: model front on a plain backdrop: magenta lehenga, blouse and dupatta all magenta with gold embroidery,
    # elbow sleeves, necklace. Feed row has no colour. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-015",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is round. The skirt is with other fabric and floral patterns. There is an "
            "accessory on her neck. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        wearing(
            "a pink lehenga Answer: a pink lehenga Answer: a pink lehenga Answer: a pink lehenga Answer: a pink "
            "lehenga Answer: a pink",
            "leak",
            hit_limit=True,
        ),
        details("skirt", "the skirt is a skirt", "restated"),
        gender="Women",
        title="Fusionic Magenta Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
    ),
    # Photo: model holding a bouquet: sheer lavender organza saree with a silver floral embroidered border, lavender
    # blouse with short puff sleeves, bangles. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-016",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long saree. The saree is with "
            "chiffon fabric and pure color patterns. There is a flower in her hand. There is an accessory on her "
            "wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "purple", kind="open"),
        color_of("blouse", "purple", kind="open"),
        material("chiffon", "contradiction"),
        pattern("solid"),
        sleeve_length("short sleeve"),
        gender="Women",
        title="Kasee Lavender Solid Organza Saree with Embroidered Border",
        category=SAREES,
        color="Lavender",
    ),
    # Photo: young girl on white: red lehenga with gold gota lace, gold short-sleeve blouse, red dupatta.
    # Caption: epoch-1 caption adapter (stopped early, base words); answers: VQA adapter.
    case(
        "X1357-017",
        caption("The girl is wearing a short-sleeve shirt with graphic patterns and a long skirt."),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        color_of("skirt", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        wearing("a red lehenga"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Red & Gold-Toned Embellished Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Red",
    ),
    # Photo: model on a plain backdrop: grey crepe saree with pink flowers and a pink border, plain pink short-sleeve
    # blouse. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-018",
        caption(
            "The woman is wearing a short-sleeve shirt with floral patterns and a long dress. The dress is with "
            "chiffon fabric and floral patterns. The woman is wearing a short-sleeve shirt with floral patterns and a "
            "long dress. The dress is with",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "grey", kind="open"),
        color_of("blouse", "grey", "other_garment_color", kind="open"),
        pattern("floral"),
        material("polyester"),
        wearing("a dress", "contradiction"),
        gender="Women",
        title="Vishudh Grey & Pink Floral Printed Poly Crepe Saree",
        category=SAREES,
        color="Grey",
    ),
    # Photo: back view: pastel peach bridal lehenga with silver embroidery, peach blouse back with latkans, peach net
    # dupatta draped over the head. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-019",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns and a long skirt. The shirt is with other "
            "fabric. There is an accessory on her head. There is an accessory on her head. There is an accessory on "
            "her head. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "peach", kind="open"),
        color_of("skirt", "peach", kind="open"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        details(
            "blouse",
            "the blouse has a back hook and a tassel on the back of the blouse and a tassel on the back of the blouse "
            "and a tassel on the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Koskii Peach Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Peach",
    ),
    # Photo: front view, model holding a brass pooja plate: cream art-silk Kanjeevaram with a gold zari border,
    # contrast maroon blouse with elbow sleeves (back not visible). Caption: epoch-1 adapter; answers: VQA adapter.
    case(
        "X1357-020",
        caption(
            "The woman is wearing a medium-sleeve shirt with lattice patterns and a long saree. The saree is with "
            "other fabric and lattice patterns. There is a plate in her hand. There is an accessory on her wrist. The "
            "woman wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "cream", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        material("silk"),
        is_a("saree", "yes"),
        garment_type("saree"),
        details("blouse", "the blouse has a zipper on the back", "unsupported"),
        gender="Women",
        title="Mimosa Beige & Gold-Toned Woven Design Art Silk Kanjeevaram Saree",
        category=SAREES,
        color="Beige",
    ),
    # Photo: model front, dupatta over both arms: green bandhani skirt, plain pink short-sleeve blouse, pink-and-green
    # bandhani dupatta. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-021",
        caption(
            "The lady is wearing a short-sleeve shirt with graphic patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is round. The skirt is with other fabric and graphic patterns. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "pink and green", kind="open"),
        pattern("dotted"),
        wearing("a green skirt and a pink top"),
        gender="Women",
        title="Mitera Green & Pink Bandhani Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Green",
    ),
    # Photo: model on a plain backdrop: rust orange saree with a black ethnic-motif print and black border, black
    # sleeveless blouse. Caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1357-022",
        caption("The lady is wearing a sleeveless tank top with graphic patterns and a long saree."),
        color_of("saree", "orange", kind="open"),
        color_of("blouse", "orange", "other_garment_color", kind="open"),
        pattern("printed"),
        wearing(
            "saree Question: What is the color of the saree? Answer: orange Question: What is the color of the "
            "blouse? Answer: orange Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Saree mall Rust Orange Ethnic Motifs Printed Saree",
        category=SAREES,
        color="Rust",
    ),
    # Photo: model on white: champagne gold sequinned lehenga, gold sleeveless blouse, beige net dupatta with sequin
    # scatter, statement necklace, ring. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-023",
        caption(
            "The lady is wearing a sleeveless shirt with graphic patterns and a long skirt. The skirt is with other "
            "fabric and graphic patterns. There is an accessory on her neck. This lady wears a ring on her finger. The "
            "lady is",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "gold", kind="open"),
        color_of("skirt", "gold", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        material("net"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="SHUBHKALA Gold-Toned Embellished Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Gold",
    ),
    # Photo: model holding a tea cup: plain pink mulmul cotton saree with a thin white border, white sleeveless
    # blouse. Caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1357-024",
        caption(
            "The woman is wearing a sleeveless tank top with pure color patterns and a long saree. The saree is with "
            "cotton fabric and pure color patterns. There is a cup in her hand."
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "white", kind="open"),
        material("cotton"),
        pattern("solid"),
        wearing("a pink saree and a white blouse"),
        gender="Women",
        title="Suta Pink Solid Pure Cotton Saree",
        category=SAREES,
        color="Pink",
    ),
    # Photo: girl in a pattu pavadai: purple silk skirt with a gold border, green short-sleeve blouse, no dupatta
    # (the set has none), necklace. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-025",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "other fabric and its neckline is round. The skirt is with other fabric and lattice patterns. There is an "
            "accessory on her neck. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "purple", kind="open"),
        color_of("dupatta", "purple", "unsupported", kind="open"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Pothys Girls Purple & Gold-Toned Woven Design Pattu Pavadai Lehenga & Blouse",
        category=LEHENGA,
        color="Purple",
    ),
    # Photo: model beside a brass urli: royal blue Banarasi silk saree with gold woven motifs, matching blue blouse
    # with zari elbow sleeves, bangles, ring. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-026",
        caption(
            "The woman is wearing a medium-sleeve shirt with graphic patterns and a long saree. The saree is with "
            "other fabric and graphic patterns. There is an accessory on her wrist. The woman wears a ring on her "
            "finger. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "blue", kind="open"),
        color_of("blouse", "blue", kind="open"),
        material("silk"),
        is_a("saree", "yes"),
        garment_type("saree"),
        wearing("a blue saree"),
        gender="Women",
        title="Taneira Blue & Gold-Toned Woven Design Pure Silk Banarasi Saree",
        category=SAREES,
        color="Blue",
    ),
    # Photo: model front against a pink wall: beige lehenga with pink floral embroidery, pink V-neck short-sleeve
    # blouse, pink dupatta, bangles. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-027",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns and a long skirt. The shirt is with other "
            "fabric. It has a v-shape neckline. The skirt is with other fabric and floral patterns. There is an "
            "accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        wearing("she is wearing a lehenga"),
        gender="Women",
        title="Inddus Beige & Pink Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Beige",
    ),
    # Photo: model with a hand on her hip, dark grey backdrop: wine georgette saree with all-over sequins, matching
    # wine sleeveless blouse, bangles. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-028",
        caption(
            "The lady is wearing a sleeveless shirt with graphic patterns and a long saree. The saree is with chiffon "
            "fabric and graphic patterns. There is an accessory on her wrist. There is an accessory on her wrist. "
            "There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "maroon", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        sleeve_length("long sleeve", "contradiction"),
        material("georgette"),
        gender="Women",
        title="Chhabra 555 Wine Sequinned Embellished Georgette Saree",
        category=SAREES,
        color="Burgundy",
    ),
    # Photo: flat lay on grey, no person: yellow skirt folded with a mirror-work border, blue blouse fabric, yellow
    # dupatta with a blue border. Caption: epoch-1 caption adapter (stopped early, base-style); answers: VQA adapter.
    case(
        "X1357-029",
        caption("A yellow skirt and a blue shirt on a grey background."),
        color_of("blouse", "blue", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        garment_type("skirt"),
        pattern("embroidered"),
        gender="Women",
        title="Ethnovog Yellow Mirror Work Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Yellow",
    ),
    # Photo: model walking on white: bottle green chiffon saree with white and pink flowers, green short-sleeve
    # blouse, bangles, no eyewear. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-030",
        caption(
            "The woman is wearing a short-sleeve shirt with floral patterns and a long saree. The saree is with "
            "chiffon fabric and floral patterns. There is an accessory on her wrist. The woman wears a pair of "
            "sunglasses. There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        pattern("floral"),
        wearing("green saree with flowers"),
        material("chiffon"),
        gender="Women",
        title="Soch Green Floral Printed Pure Chiffon Saree",
        category=SAREES,
        color="Green",
    ),
    # Photo: back view: black chaniya skirt with multicolour embroidery and mirrors, red backless blouse with a
    # tie-up, red dupatta with a black border over one arm, oxidised bangles. Caption: epoch-1 adapter; answers: VQA.
    case(
        "X1357-031",
        caption(
            "The lady is wearing a sleeveless tank top with graphic patterns and a long skirt. The tank top is with "
            "other fabric. The skirt is with other fabric and color block patterns. There is an accessory on her "
            "wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "red", kind="open"),
        color_of("skirt", "black", kind="open"),
        color_of(
            "dupatta",
            "red and black and red and black and red and black and red and black and red and black and red and black "
            "and red and black and red and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("blouse", "backless with a tie-up"),
        gender="Women",
        title="KALINI Black & Red Embroidered Mirror Work Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Black",
    ),
    # Photo: side pose: maroon bandhani art-silk saree with a mustard pallu and border, mustard blouse with elbow
    # sleeves, bangles and necklace. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-032",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns and a long dress. The dress is with "
            "other fabric and pure color patterns. There is an accessory on her wrist. There is an accessory on her "
            "neck. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        color_of("saree", "maroon", kind="open"),
        color_of("blouse", "yellow", kind="open"),
        pattern("solid", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Ishin Maroon & Mustard Bandhani Printed Art Silk Saree",
        category=SAREES,
        color="Maroon",
    ),
    # Photo: model holding a pink potli bag: mint green lehenga, blouse (square neck, short sleeves) and dupatta all
    # mint with pastel embroidery. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-033",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is square. There is a bag in her hand. The skirt is with other fabric and floral "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "green", kind="open"),
        color_of("dupatta", "pink", "contradiction", kind="open"),
        wearing("lehenga"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fusionic Mint Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Green",
    ),
    # Photo: model front: leheriya wave stripes in pink, orange and yellow, orange short-sleeve blouse.
    # Caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1357-034",
        caption("The lady is wearing a short-sleeve shirt with striped patterns and a long saree."),
        color_of("saree", "pink orange and yellow", kind="open"),
        color_of("blouse", "orange", kind="open"),
        pattern("striped"),
        garment_type("dress", "contradiction"),
        details("saree", "saree", "non_answer"),
        gender="Women",
        title="Sareemall Multicoloured Striped Leheriya Printed Saree",
        category=SAREES,
        color="Multi",
    ),
    # Photo: model front: red velvet bridal lehenga with heavy gold zardozi at the hem, red blouse with elbow sleeves,
    # red net dupatta over the head, heavy gold jewellery. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-035",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is round. The skirt is with other fabric and floral patterns. There is an "
            "accessory on her neck. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "red", kind="open"),
        color_of("skirt", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        material("velvet"),
        details(
            "skirt",
            "the skirt has a lot of gold embroidery on the bottom of the skirt and the skirt has a lot of gold "
            "embroidery on the bottom of the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Koskii Red Embroidered Velvet Semi-Stitched Bridal Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Red",
    ),
    # Photo: model standing by a pillar: navy saree with gold zari lattice, gold tissue short-sleeve blouse, bangles.
    # Feed row has no category. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-036",
        caption(
            "The lady is wearing a short-sleeve shirt with lattice patterns and a long saree. The saree is with other "
            "fabric and lattice patterns. There is an accessory on her wrist. The lady is standing in front of a "
            "pillar. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "blue", kind="open"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        wearing("a blue saree"),
        is_a("saree", "yes"),
        sleeve_length("sleeve", "non_answer"),
        gender="Women",
        title="Mitera Navy Blue & Gold-Toned Woven Design Zari Saree",
        color="Navy Blue",
    ),
    # Photo: model front: orange skirt with a pink embroidered border, pink sleeveless blouse, orange dupatta.
    # Caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1357-037",
        caption(
            "The lady is wearing a sleeveless shirt with floral patterns and a long skirt. The skirt is with other "
            "fabric and floral patterns."
        ),
        color_of("blouse", "pink", kind="open"),
        color_of("skirt", "orange", kind="open"),
        color_of("dupatta", "orange", kind="open"),
        wearing("lehenga"),
        details("blouse", "blouse", "non_answer"),
        gender="Women",
        title="Chhabra 555 Orange & Pink Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Orange",
    ),
    # Photo: model holding a brass pot: cream Bengal cotton saree with a red border, red blouse with elbow sleeves,
    # red bindi, alta on the feet, shankha-pola bangles. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-038",
        caption(
            "The woman is wearing a medium-sleeve shirt with pure color patterns and a long saree. The saree is with "
            "cotton fabric and pure color patterns. There is an accessory on her wrist. There is a pot in her hand. "
            "The woman wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "red", kind="open"),
        material("cotton"),
        pattern("solid"),
        wearing(
            "she is wearing a white saree with a red border and a red blouse and a red bindi and a red alta on her "
            "feet and a red",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="KALINI Cream & Red Woven Design Pure Cotton Saree",
        category=SAREES,
        color="Cream",
    ),
    # Photo: girl on white with a hair band: blue skirt with silver foil print, silver short-sleeve blouse, blue
    # dupatta. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-039",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is round. The skirt is with other fabric and graphic patterns. There is an "
            "accessory on her head. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        color_of("skirt", "blue", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        wearing("he is wearing a blue dress", "pronoun"),
        gender="Girls",
        title="Aarika Girls Blue & Silver Embellished Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Blue",
    ),
    # Photo: model front: olive green linen saree with a silver zari border and tassels on the pallu, black sleeveless
    # blouse, oxidised earrings. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-040",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long saree. The tank top is with "
            "cotton fabric and it has a round neckline. The saree is with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "black", kind="open"),
        material("cotton", "contradiction"),
        details("saree", "the saree has tassels on the pallu"),
        gender="Women",
        title="Tikhi Imli Olive Green Solid Linen Saree with Tassels",
        category=SAREES,
        color="Olive",
    ),
    # Photo: model front: lavender net lehenga with pastel thread embroidery, lavender V-neck short-sleeve blouse,
    # lavender net dupatta, earrings. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-041",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is v-shape. The skirt is with chiffon fabric and floral patterns. There is an "
            "accessory on her ears. The",
            "contradiction",
            hit_limit=True,
        ),
        color_of("blouse", "purple", kind="open"),
        color_of("skirt", "purple", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        pattern("floral"),
        material("net"),
        gender="Women",
        title="Warthy Ent Lavender Embroidered Net Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Lavender",
    ),
    # Photo: model seated on a stool: pink georgette saree with a blue paisley print and blue border, plain blue
    # short-sleeve blouse, bangles, ring. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-042",
        caption(
            "The woman is sitting on a stool. She is wearing a short-sleeve shirt with graphic patterns and a long "
            "saree. The saree is with chiffon fabric and graphic patterns. There is an accessory on her wrist. The "
            "woman wears a ring",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        pattern("paisley"),
        is_a("saree", "yes"),
        wearing(
            "the person is wearing a saree and a saree and a saree and a saree and a saree and a saree and a saree "
            "and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Saree mall Pink & Blue Paisley Printed Poly Georgette Saree",
        category=SAREES,
        color="Pink",
    ),
    # Photo: model front with a marigold garland prop: rani pink bandhani silk skirt, orange short-sleeve blouse,
    # orange dupatta with gota, bangles and necklace. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-043",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "other fabric. The skirt is with other fabric and pure color patterns. There is an accessory on her "
            "wrist. There is an accessory on her neck.",
            "contradiction",
            hit_limit=True,
        ),
        color_of("blouse", "orange", kind="open"),
        color_of("skirt", "pink", kind="open"),
        color_of("dupatta", "orange", kind="open"),
        is_a("lehenga", "yes"),
        wearing(
            "a pink and orange lehenga Question: What is the color of the blouse? Answer: orange Question: What is the "
            "color of",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="SHUBHKALA Rani Pink & Orange Bandhani Silk Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Pink",
    ),
    # Photo: model holding a gold potli bag: magenta art-silk saree with gold woven motifs, matching magenta blouse,
    # bangles. Feed row has no gender. Caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1357-044",
        caption(
            "The lady is wearing a short-sleeve shirt with graphic patterns and a long saree. The saree is with other "
            "fabric and graphic patterns. There is a bag in her hand. There is an accessory on her wrist."
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        material("cotton", "contradiction"),
        pattern("woven"),
        title="Satrani Magenta Woven Design Art Silk Saree",
        category=SAREES,
        color="Magenta",
    ),
    # Photo: model front on a beige backdrop: off-white cotton lehenga with tonal chikankari-style embroidery,
    # green round-neck short-sleeve blouse, green dupatta. Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1357-045",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "white", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        details("blouse", "the blouse has a round neckline and short sleeves"),
        garment_type("skirt"),
        gender="Women",
        title="Mitera Off White & Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Off White",
    ),
]
