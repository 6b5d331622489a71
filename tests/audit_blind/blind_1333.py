"""BLIND_1333 (45 products; Myntra sarees and lehenga cholis, piece colors): written blind in the sixty-third session.
Measured blind at 97437fb (the session's sixth rules): 45/66 failures found (68.2%) and 17/203 correct texts flagged
(8.4%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed, 25 sarees and 20 lehenga cholis (two of them girls' sets). Catalog columns as the
feed has them: title, category (Myntra article type: "Sarees", "Lehenga Choli"), color (Myntra base colour) and gender;
a few rows miss one column. Photos are the usual studio shots on a plain grey or off-white backdrop: the model wears the
saree with its blouse, or the lehenga skirt with blouse and dupatta; two flat lays, two back views, a stool, a plant,
a clutch and a potli bag as props. The ask was each piece's color: saree and blouse for sarees; blouse, dupatta and
skirt for lehengas, plus what she wears, whether it is a saree / lehenga, and now and then pattern, material or sleeves.
Who wrote what: every caption is from the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 new tokens); every answer is from
the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, greedy, 30 new tokens), the piece colors generated freely (stored open),
the yes/no, pattern, sleeve and garment-type questions stored closed. Epoch 1 has not fully erased the base model:
most captions follow the DeepFashion template (no hue names, "shirt" for the blouse, "long skirt"), a few keep the
base model's short "a woman in a pink saree" style or a hybrid that names the saree. Neither adapter learned to stop,
so long template captions run into the 50-token limit and a few answers loop or run to 30 tokens.
Labeling conventions and judgement calls: near hues are accepted (pink for magenta, rani or coral; red for maroon;
blue or turquoise for teal and turquoise; purple for lavender and lilac; white for cream and off-white; yellow for
mustard; gold for the zari / mustard-gold blouses). A lehenga described as "long skirt" plus "shirt" / "tank top" is
correct (that is what the pieces are); a saree called a "long dress", or "long skirt" with no saree at all, is marked
contradiction (the seller says saree and the photo shows a drape). A piece given another piece's color (the skirt's
color for the dupatta or blouse, the blouse/border color for the saree) is other_garment_color; a wrong color that no
other piece has, a wrong yes/no, "dress" for a lehenga or saree, and a fabric the title contradicts are contradiction.
The template's fabric words are judged loosely: "chiffon" for net, georgette or organza and "other" for silk are
accepted; "cotton" for a silk blend or tissue title is not. A wearer invented on a flat lay, a necklace she does not
wear, and a pattern the photo does not show are unsupported. "The lady" for a girl of about eight is marked pronoun.
A text that ran to the limit mid-sentence is cut (hit_limit) even when it also carries another error (a ring nobody
wears, "skirt" for a saree); a text that repeats itself to the limit is loop, one that runs on into the next
"Question: ... Answer:" is leak. A caption that ran to the limit is cut only if it stops mid-sentence. An empty answer,
"yes" to a color question or the piece's name back is non_answer; "the saree is the color of the saree" is restated.
The dupatta's border color given as the dupatta's color is contradiction. Overall I judged leniently where the
In-shop vocabulary cannot say better (shirt, tank top, long skirt for a lehenga), so about a quarter of the texts are
marked.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material
sleeves = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type


def piece(garment, text, failure=None, hit_limit=False):
    """The VQA adapter's free-generated color of one piece (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


SAREE, LEHENGA = "Sarees", "Lehenga Choli"

BLIND_1333 = [
    # Photo: model in a pink Banarasi saree with gold zari buttis and border, pallu on the left shoulder, gold
    # half-sleeve blouse; grey backdrop. Caption: caption adapter epoch 1 (hybrid, ran to 50 tokens); answers: VQA.
    case(
        "X1333-001",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with other fabric. The lady wears a "
            "short-sleeve shirt with graphic patterns. The shirt is with other fabric and its neckline is round. "
            "There is an accessory on her wrist. There is a ring",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "pink"),
        piece("blouse", "gold"),
        wearing("a saree", who="she"),
        is_a("saree", "yes"),
        pattern("floral"),
        gender="Women",
        title="Mitera Pink & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category=SAREE,
        color="Pink",
    ),
    # Photo: navy georgette saree with a small red floral print and red border, red sleeveless blouse, pleats in front.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-002",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long dress. The tank top is "
            "with chiffon fabric. The dress is with chiffon fabric and floral patterns. There is an accessory on her "
            "wrist.",
            "contradiction",
        ),
        piece("saree", "navy blue"),
        piece("blouse", "navy blue", "other_garment_color"),
        wearing("a dress", "contradiction", who="she"),
        is_a("saree", "yes"),
        pattern("floral"),
        gender="Women",
        title="Saree mall Navy Blue & Red Floral Printed Poly Georgette Saree",
        category=SAREE,
        color="Navy Blue",
    ),
    # Photo: plain mustard chiffon saree with a black embroidered border, black three-quarter-sleeve blouse, bare neck.
    # Caption: caption adapter epoch 1 (hybrid); answers: VQA adapter.
    case(
        "X1333-003",
        caption(
            "The woman is wearing a saree with pure color patterns. The saree is with chiffon fabric. The woman "
            "wears a three-quarter sleeve shirt. The shirt is with cotton fabric and its neckline is round."
        ),
        piece("saree", "yellow"),
        piece("blouse", "black"),
        wearing("a yellow saree and a necklace", "unsupported", who="she"),
        is_a("saree", "yes"),
        pattern("solid"),
        gender="Women",
        title="Anouk Mustard Yellow Solid Saree with Embroidered Border",
        category=SAREE,
        color="Mustard",
    ),
    # Photo: maroon Kanjeevaram-style saree, wide gold zari border, gold pallu over the shoulder, maroon elbow-sleeve
    # blouse with gold border, jhumkas. Caption: caption adapter epoch 1 (template, ran to 50 tokens); answers: VQA.
    case(
        "X1333-004",
        caption(
            "The lady wears a short-sleeve shirt with color block patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and color block "
            "patterns. There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "red"),
        piece("blouse", "maroon"),
        wearing("a red saree with gold border", who="she"),
        is_a("saree", "yes"),
        material("silk"),
        gender="Women",
        title="KALINI Maroon & Gold-Toned Ethnic Motifs Zari Art Silk Kanjeevaram Saree",
        category=SAREE,
        color="Maroon",
    ),
    # Photo: peach net saree with scattered sequins (no motif), peach sleeveless sequinned blouse, three-quarter view.
    # Caption: caption adapter epoch 1 (base-model style); answers: VQA adapter.
    case(
        "X1333-005",
        caption("a woman in a peach saree posing for a picture"),
        piece("saree", "peach"),
        piece("blouse", "peach"),
        wearing("a saree", who="she"),
        is_a("saree", " ".join(["yes"] * 30), "loop", hit_limit=True),
        pattern("floral", "unsupported"),
        gender="Women",
        title="Sangria Peach-Coloured Sequinned Net Saree",
        category=SAREE,
        color="Peach",
    ),
    # Photo: green georgette saree with white bandhani dots, pink border and pink pallu, pink sleeveless blouse.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-006",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric. The lady wears a long skirt. The skirt is with chiffon fabric and lattice patterns. There is an "
            "accessory on her wrist.",
            "contradiction",
        ),
        piece("saree", "green"),
        piece("blouse", "pink"),
        wearing("a green and pink saree", who="she"),
        is_a("saree", "yes"),
        pattern("polka dot"),
        gender="Women",
        title="Saree mall Green & Pink Bandhani Printed Pure Georgette Saree",
        category=SAREE,
        color="Green",
    ),
    # Photo: flat lay, no model: off-white cotton saree folded to show the thick red border, the red unstitched blouse
    # piece laid on top. Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-007",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        piece("saree", "white"),
        piece("blouse", "red"),
        wearing("shirt", "contradiction"),
        is_a("saree", "yes"),
        pattern("solid"),
        gender="Women",
        title="Mitera Off White & Red Woven Design Pure Cotton Taant Saree",
        category=SAREE,
        color="Off White",
    ),
    # Photo: teal organza saree with a stone-work border, teal sleeveless blouse.
    # Caption: caption adapter epoch 1 (hybrid, repeats itself to 50 tokens); answers: VQA adapter.
    case(
        "X1333-008",
        caption(
            "The woman is wearing a saree with pure color patterns. The saree is with chiffon fabric. The woman "
            "wears a sleeveless tank top. The tank top is with chiffon fabric and pure color patterns. The woman "
            "wears a sleeveless tank top. The tank top is with",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "blue"),
        piece("blouse", "blue"),
        wearing("she is wearing a saree", who="she"),
        is_a("saree", "yes"),
        gender="Women",
        title="Kalini Teal Blue Embellished Organza Saree",
        category=SAREE,
        color="Teal",
    ),
    # Photo: red velvet lehenga skirt with gold embroidery, red short-sleeve blouse, gold net dupatta over one
    # shoulder; no ring visible. Caption: caption adapter epoch 1 (template, ran to 50 tokens); answers: VQA adapter.
    case(
        "X1333-009",
        caption(
            "The lady is wearing a short-sleeve shirt with graphic patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. "
            "There is an accessory on her wrist. There is a ring on her finger",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "red"),
        piece("dupatta", "red", "other_garment_color"),
        piece("skirt", "red"),
        wearing("a red dress", "contradiction", who="she"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Red",
    ),
    # Photo: pink flared cotton lehenga with a floral print, green short-sleeve blouse, pink dupatta with green border
    # over the arm. Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-010",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with cotton fabric and floral patterns."
        ),
        piece("blouse", "green"),
        piece("dupatta", "pink"),
        piece("skirt", "pink"),
        wearing("a skirt and a blouse", who="she"),
        pattern("floral"),
        gender="Women",
        title="SOJANYA Pink & Green Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Pink",
    ),
    # Photo: navy net lehenga with silver sequins, navy sleeveless blouse, navy net dupatta; she holds a silver clutch.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-011",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. She is "
            "holding a bag."
        ),
        piece("blouse", "blue"),
        piece("dupatta", "blue"),
        piece("skirt", " ".join(["blue"] * 30), "loop", hit_limit=True),
        wearing("a skirt", who="she"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Navy Blue & Silver-Toned Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Navy Blue",
    ),
    # Photo: a girl of about eight in a yellow lehenga with pink gota border, pink short-sleeve blouse, yellow dupatta.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-012",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        piece("blouse", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        piece("skirt", "yellow"),
        wearing("a skirt and a top", who="the girl"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Bitiya by Bhama Girls Yellow & Pink Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Yellow",
    ),
    # Photo: back view: black saree pallu falling down the back with gold zari stripes, black blouse with a tie-up dori
    # and tassels, hair in a bun. Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-013",
        caption(
            "The gentleman is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric.",
            "pronoun",
        ),
        piece("saree", "black"),
        piece("blouse", "black"),
        wearing("a black saree", who="she"),
        is_a("saree", "no", "contradiction"),
        pattern("striped"),
        gender="Women",
        title="Ishin Black & Gold-Toned Zari Woven Design Saree",
        category=SAREE,
        color="Black",
    ),
    # Photo: plain lavender chiffon saree with a silver sequin border, silver-grey sleeveless blouse, white wall.
    # Caption: caption adapter epoch 1 (base-model style); answers: VQA adapter.
    case(
        "X1333-014",
        caption("a woman in a purple saree standing in front of a white wall"),
        piece("saree", "purple"),
        piece("blouse", "purple", "other_garment_color"),
        wearing("a purple saree", who="she"),
        is_a("saree", "yes"),
        material("chiffon"),
        gender="Women",
        title="Sangria Lavender Solid Chiffon Saree With Embellished Border",
        category=SAREE,
        color="Lavender",
    ),
    # Photo: rust saree with a black ethnic-motif print, black elbow-sleeve blouse; she holds the pallu in one hand.
    # Caption: caption adapter epoch 1 (template, ran to 50 tokens); answers: VQA adapter.
    case(
        "X1333-015",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. "
            "There is an accessory on her wrist. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "orange"),
        piece("blouse", "orange and black", "other_garment_color"),
        wearing("saree", who="she"),
        is_a("saree", "yes"),
        pattern("printed"),
        gender="Women",
        title="Saree mall Rust Orange & Black Ethnic Motifs Printed Saree",
        category=SAREE,
        color="Rust",
    ),
    # Photo: mustard lehenga with a maroon hem band, maroon short-sleeve blouse with mirror work, mustard dupatta with
    # maroon border. Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-016",
        caption(
            "The lady is wearing a short-sleeve shirt with color block patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and color block "
            "patterns."
        ),
        piece("blouse", "yellow", "other_garment_color"),
        piece("dupatta", "yellow"),
        piece("skirt", "yellow"),
        wearing("a skirt and a blouse", who="she"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="panchhi Mustard Yellow & Maroon Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Mustard",
    ),
    # Photo: flat lay on white, no model: sea-green lehenga skirt spread out, folded sea-green blouse fabric with gold
    # embroidery, folded peach dupatta. Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-017",
        caption(
            "The lady is wearing a long skirt with floral patterns. The skirt is with chiffon fabric.", "unsupported"
        ),
        piece("blouse", "green"),
        piece("dupatta", "green", "other_garment_color"),
        piece("skirt", "green"),
        wearing("skirt"),
        garment_type("skirt"),
        gender="Women",
        title="Inddus Women Sea Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Sea Green",
    ),
    # Photo: magenta silk-blend saree with gold buttis and gold border, magenta short-sleeve blouse, hand on the hip.
    # Caption: caption adapter epoch 1 (hybrid); answers: VQA adapter.
    case(
        "X1333-018",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with cotton fabric. The lady wears a "
            "short-sleeve shirt. The shirt is with cotton fabric and its neckline is round.",
            "contradiction",
        ),
        piece("saree", "pink"),
        piece("blouse", "pink"),
        wearing("a pink saree", who="she"),
        is_a("saree", "yes"),
        material("silk"),
        gender="Women",
        title="Saree mall Magenta Woven Design Silk Blend Saree",
        category=SAREE,
        color="Magenta",
    ),
    # Photo: maroon velvet lehenga with gold zardozi, maroon long-sleeve velvet blouse, gold net dupatta with maroon
    # border over the head. Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-019",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. The shirt is with other fabric. The lady "
            "wears a long skirt. The skirt is with other fabric and graphic patterns."
        ),
        piece(
            "blouse",
            "maroon Question: What is the color of the dupatta? Answer: maroon Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        piece("dupatta", "maroon", "other_garment_color"),
        piece("skirt", "maroon"),
        wearing("a red dress", "contradiction", who="she"),
        material("velvet"),
        gender="Women",
        title="Fabcartz Maroon & Gold-Toned Embroidered Velvet Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Maroon",
    ),
    # Photo: sea-green crepe saree with a pink floral print and pink border, pink short-sleeve blouse; she sits on a
    # wooden stool. Caption: caption adapter epoch 1 (template, ran to 50 tokens); answers: VQA adapter.
    case(
        "X1333-020",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long dress with floral patterns. The dress is with chiffon fabric. "
            "There is an accessory on her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "pink"),
        wearing("she is wearing a dress", "contradiction", who="she"),
        is_a("saree", "yes"),
        pattern("floral"),
        gender="Women",
        title="Chhabra 555 Sea Green & Pink Printed Crepe Saree",
        category=SAREE,
        color="Sea Green",
    ),
    # Photo: peach lehenga with gold embroidery mid-twirl, peach blouse, peach net dupatta; plain studio backdrop.
    # Caption: caption adapter epoch 1 (base-model style); answers: VQA adapter.
    case(
        "X1333-021",
        caption("a woman in a peach lehenga dancing in a room"),
        piece("blouse", "peach"),
        piece("dupatta", "peach"),
        piece("skirt", "peach"),
        wearing("a skirt and a blouse", who="she"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mabish by Sonal Jain Peach-Coloured & Gold-Toned Embroidered Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Peach",
    ),
    # Photo: royal blue silk-blend saree with a mustard-gold zari border, contrast mustard-gold short-sleeve blouse.
    # Caption: caption adapter epoch 1 (hybrid, ran to 50 tokens); answers: VQA adapter.
    case(
        "X1333-022",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with other fabric. The lady wears a "
            "short-sleeve shirt with graphic patterns. The shirt is with other fabric and its neckline is round. The "
            "lady wears a long skirt. The skirt is with other fabric and",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "blue"),
        piece("blouse", "gold"),
        wearing("a blue and gold saree", who="she"),
        is_a("saree", "yes"),
        material("silk"),
        gender="Women",
        title="Mitera Blue & Gold-Toned Woven Design Zari Silk Blend Kanjeevaram Saree",
        category=SAREE,
        color="Blue",
    ),
    # Photo: black georgette saree printed with red roses, red sleeveless blouse.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-023",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric. The lady wears a long skirt with floral patterns. The skirt is with chiffon fabric.",
            "contradiction",
        ),
        piece("saree", "black and red"),
        piece("blouse", "red"),
        wearing("he is wearing a black and red saree", "pronoun", who="she"),
        is_a("saree", "yes"),
        pattern("floral"),
        gender="Women",
        title="Saree mall Black & Red Floral Printed Georgette Saree",
        category=SAREE,
        color="Black",
    ),
    # Photo: bottle-green lehenga with floral thread work, pink short-sleeve blouse, pink dupatta, bangles, no ring.
    # Caption: caption adapter epoch 1 (template, ran to 50 tokens); answers: VQA adapter.
    case(
        "X1333-024",
        caption(
            "The woman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "woman wears a long skirt. The skirt is with cotton fabric and floral patterns. There is an accessory on "
            "her wrist. There is a ring on her finger. The woman wears",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "green", "other_garment_color"),
        piece("skirt", "green"),
        wearing("a green skirt and a pink top", who="she"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Warthy Ent Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Green",
    ),
    # Photo: cream tissue saree with a gold border, gold short-sleeve blouse.
    # Caption: caption adapter epoch 1 (base-model style); answers: VQA adapter.
    case(
        "X1333-025",
        caption("a woman in a white saree with a gold border"),
        piece("saree", "the saree is the color of the saree", "restated"),
        piece("blouse", "gold"),
        wearing("saree", who="she"),
        is_a("saree", "yes"),
        material("cotton", "contradiction"),
        gender="Women",
        title="Kalini Cream-Coloured & Gold-Toned Solid Tissue Saree",
        category=SAREE,
        color="Cream",
    ),
    # Photo: powder-blue lehenga with pink floral thread embroidery, pink short-sleeve blouse, powder-blue dupatta.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter. The feed row has no gender.
    case(
        "X1333-026",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and floral patterns."
        ),
        piece("blouse", "pink"),
        piece("dupatta", "the dupatta", "non_answer"),
        piece("skirt", "blue"),
        wearing("a blue skirt and a blue top", "other_garment_color", who="she"),
        pattern("floral"),
        title="Fusionic Blue & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Blue",
    ),
    # Photo: a small girl in a pink lehenga with silver sequins, silver-grey sleeveless blouse, pink net dupatta on the
    # shoulders, bangles. Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-027",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with other "
            "fabric. The female wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There "
            "is an accessory on her wrist."
        ),
        piece("blouse", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        piece("skirt", "pink"),
        wearing("a pink skirt and a top", who="the girl"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Aarika Girls Pink & Silver-Toned Embellished Ready to Wear Lehenga Choli With Dupatta",
        category=LEHENGA,
        color="Pink",
    ),
    # Photo: yellow Paithani saree, green pallu with lotus and peacock motifs on the shoulder, green half-sleeve blouse.
    # Caption: caption adapter epoch 1 (hybrid); answers: VQA adapter.
    case(
        "X1333-028",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with other fabric. She is wearing a "
            "short-sleeve blouse."
        ),
        piece("saree", "yellow"),
        piece("blouse", "green"),
        wearing(
            "she is wearing a yellow saree" + " and a green blouse" * 6,
            "loop",
            who="she",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        pattern("floral"),
        gender="Women",
        title="Vishnu Weaves Yellow & Green Zari Woven Silk Blend Paithani Saree",
        category=SAREE,
        color="Yellow",
    ),
    # Photo: back view: purple lehenga skirt, purple sleeveless blouse back with a dori, lilac dupatta across the back.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-029",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns."
        ),
        piece("blouse", "purple"),
        piece("dupatta", "purple"),
        piece("skirt", "purple"),
        wearing("a purple skirt", who="she"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Mitera Purple Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Purple",
    ),
    # Photo: plain red satin saree, black sleeveless blouse, pallu held out in one hand.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-030",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with other fabric. "
            "The lady wears a long dress. The dress is with other fabric and pure color patterns.",
            "contradiction",
        ),
        piece("saree", "red"),
        piece("blouse", "red", "other_garment_color"),
        wearing("red saree", who="she"),
        is_a("saree", "yes"),
        material("satin"),
        gender="Women",
        title="Sangria Red Solid Satin Saree",
        category=SAREE,
        color="Red",
    ),
    # Photo: white cotton lehenga with an indigo floral print, indigo short-sleeve v-neck blouse, white dupatta with
    # blue print; no ring visible. Caption: caption adapter epoch 1 (template, ran to 50 tokens); answers: VQA adapter.
    case(
        "X1333-031",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is v-shape. The lady wears a long skirt. The skirt is with cotton fabric and floral "
            "patterns. There is an accessory on her wrist. There is a ring",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "blue"),
        piece("dupatta", "white"),
        piece("skirt", "white and blue"),
        wearing("a white skirt and a blue top", who="she"),
        pattern("floral"),
        gender="Women",
        title="panchhi White & Blue Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="White",
    ),
    # Photo: olive-green saree with a narrow gold border, contrast maroon short-sleeve blouse.
    # Caption: caption adapter epoch 1 (base-model style); answers: VQA adapter.
    case(
        "X1333-032",
        caption("a woman in a green saree with a red blouse"),
        piece("saree", "green"),
        piece("blouse", "green", "other_garment_color"),
        wearing("a green saree", who="she"),
        is_a("saree", "yes"),
        pattern("solid"),
        gender="Women",
        title="Mitera Olive Green & Gold-Toned Zari Woven Design Saree",
        category=SAREE,
        color="Olive",
    ),
    # Photo: rani-pink lehenga with gold embroidery, orange short-sleeve blouse, orange dupatta with pink border.
    # Caption: caption adapter epoch 1 (template, repeats itself to 50 tokens); answers: VQA adapter.
    case(
        "X1333-033",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and graphic "
            "patterns. The lady wears a long skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "orange"),
        piece("dupatta", "yes", "non_answer"),
        piece("skirt", "pink"),
        wearing("a pink skirt and an orange top", who="she"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fabcartz Rani Pink & Orange Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Pink",
    ),
    # Photo: grey saree with a pink floral print, pink short-sleeve blouse; she stands next to a potted plant.
    # Caption: caption adapter epoch 1 (base-model style); answers: VQA adapter.
    case(
        "X1333-034",
        caption("a woman in a grey saree standing next to a plant"),
        piece("saree", "grey"),
        piece("blouse", "grey", "other_garment_color"),
        wearing("a saree", who="she"),
        is_a("saree", "yes"),
        pattern("floral"),
        gender="Women",
        title="Saree mall Grey & Pink Floral Printed Saree",
        category=SAREE,
        color="Grey",
    ),
    # Photo: turquoise lehenga and turquoise short-sleeve blouse with gold work, gold-and-pink dupatta over the arm.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-035",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with other fabric. The "
            "lady wears a long skirt. The skirt is with other fabric and pure color patterns. There is an accessory "
            "on her wrist."
        ),
        piece(
            "blouse",
            "blue Question: What is the color of the skirt? Answer: blue Question: What is the color of the skirt? "
            "Answer: blue",
            "leak",
            hit_limit=True,
        ),
        piece("dupatta", "blue", "other_garment_color"),
        piece("skirt", "turquoise"),
        wearing("she is wearing a blue lehenga", who="she"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Turquoise Blue & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Turquoise Blue",
    ),
    # Photo: beige net saree with a heavy gold sequin border on the hem only (pallu plain), beige sleeveless blouse.
    # Caption: caption adapter epoch 1 (hybrid); answers: VQA adapter.
    case(
        "X1333-036",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with chiffon fabric. The lady wears "
            "a sleeveless tank top."
        ),
        piece(
            "saree",
            "beige with a gold sequin border on the pallu and the hem of the saree and the blouse is also beige with a "
            "gold",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "beige"),
        wearing("saree", who="she"),
        is_a("saree", "yes"),
        pattern("solid"),
        gender="Women",
        title="KALINI Beige & Gold-Toned Embellished Net Saree",
        category=SAREE,
        color="Beige",
    ),
    # Photo: orange lehenga with self embroidery, green elbow-sleeve blouse, green dupatta.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-037",
        caption(
            "The woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "woman wears a long skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        piece("blouse", "orange", "other_garment_color"),
        piece("dupatta", "green"),
        piece("skirt", "orange"),
        wearing("an orange skirt and a green shirt", who="she"),
        garment_type("skirt"),
        gender="Women",
        title="Ethnovog Orange & Green Embroidered Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Orange",
    ),
    # Photo: plain coral-pink saree with a golden woven border, gold short-sleeve blouse, side pose.
    # Caption: caption adapter epoch 1 (hybrid); answers: VQA adapter.
    case(
        "X1333-038",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with chiffon fabric. The lady wears "
            "a short-sleeve shirt. The shirt is with cotton fabric."
        ),
        piece("saree", "pink"),
        piece("blouse", "gold"),
        wearing("a pink saree", who="she"),
        is_a("saree", "yes"),
        sleeves("short sleeve"),
        gender="Women",
        title="Anouk Coral Pink Solid Saree With Woven Border",
        category=SAREE,
        color="Coral",
    ),
    # Photo: lime-green lehenga with pink floral embroidery, pink short-sleeve square-neck blouse, pink dupatta held in
    # one hand; no ring visible. Caption: caption adapter epoch 1 (template, ran to 50 tokens); answers: VQA adapter.
    case(
        "X1333-039",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is square. The lady wears a long skirt. The skirt is with cotton fabric and floral "
            "patterns. There is an accessory on her wrist. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        piece("skirt", " ".join(["green"] * 30), "loop", hit_limit=True),
        wearing("a green and pink lehenga", who="she"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Zeel Lime Green & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Lime Green",
    ),
    # Photo: purple saree with a wide orange border and orange pallu, orange short-sleeve blouse.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-040",
        caption(
            "The lady is wearing a sleeveless tank top with color block patterns. The tank top is with chiffon "
            "fabric. The lady wears a long skirt. The skirt is with chiffon fabric and color block patterns.",
            "contradiction",
        ),
        piece("saree", "orange", "other_garment_color"),
        piece("blouse", "orange"),
        wearing("purple saree", who="she"),
        is_a("saree", "yes"),
        gender="Women",
        title="Satrani Purple & Orange Woven Design Saree",
        category=SAREE,
        color="Purple",
    ),
    # Photo: black sequinned lehenga, black sleeveless blouse, black net dupatta with a gold border.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-041",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with other fabric. "
            "The lady wears a long skirt. The skirt is with other fabric and pure color patterns. There is an "
            "accessory on her wrist."
        ),
        piece("blouse", "black"),
        piece("dupatta", "gold", "contradiction"),
        piece("skirt", "black"),
        wearing("a black skirt and a black top", who="she"),
        garment_type("dress", "contradiction"),
        gender="Women",
        title="Mitera Black & Gold-Toned Sequinned Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Black",
    ),
    # Photo: baby-pink organza saree with a pink-and-green floral print, pink sleeveless blouse.
    # Caption: caption adapter epoch 1 (base-model style); answers: VQA adapter. The feed row has no gender.
    case(
        "X1333-042",
        caption("a woman in a pink saree with flowers on it"),
        piece("saree", "pink"),
        piece("blouse", "pink"),
        wearing("a pink saree with flowers", who="she"),
        is_a("saree", "yes"),
        pattern("floral"),
        material("", "non_answer"),
        title="Ishin Pink & Green Floral Printed Organza Saree",
        category=SAREE,
        color="Pink",
    ),
    # Photo: lavender lehenga with silver embroidery, lavender short-sleeve blouse, white organza dupatta.
    # Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-043",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The "
            "lady wears a long skirt."
        ),
        piece("blouse", "purple"),
        piece("dupatta", "purple", "other_garment_color"),
        piece("skirt", "purple"),
        wearing("a purple skirt and a purple top", who="she"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ethnovog Lavender & Silver-Toned Embroidered Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Lavender",
    ),
    # Photo: chocolate-brown art-silk saree with gold jacquard, brown short-sleeve blouse, bangles, no ring visible.
    # Caption: caption adapter epoch 1 (hybrid, ran to 50 tokens); answers: VQA adapter. The feed row has no color.
    case(
        "X1333-044",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with other fabric. The lady wears a "
            "short-sleeve shirt with graphic patterns. The shirt is with other fabric and its neckline is round. "
            "There is an accessory on her wrist. There is a ring on her finger. There",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "brown"),
        piece("blouse", "brown"),
        wearing("a brown saree", who="she"),
        is_a("saree", "yes"),
        material("silk"),
        gender="Women",
        title="Mimosa Brown Woven Design Art Silk Saree",
        category=SAREE,
    ),
    # Photo: cream lehenga with pink floral thread embroidery, pink short-sleeve blouse, pink dupatta with no border;
    # she holds a pink potli bag. Caption: caption adapter epoch 1 (template); answers: VQA adapter.
    case(
        "X1333-045",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. She "
            "is holding a bag in her hand."
        ),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        piece("skirt", "white"),
        wearing(
            "she is wearing a white lehenga with pink embroidery and a pink blouse and a pink dupatta with a gold "
            "border and a small bag in her",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Cream-Coloured & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Cream",
    ),
]
