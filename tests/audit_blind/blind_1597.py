"""BLIND_1597 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions, VQA piece colors): written blind in the
sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 56/75 failures found (74.7%) and 26/152
correct texts flagged (17.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of sarees and lehenga cholis (25 sarees, 20 lehenga cholis, three of them for girls). Catalog
shots: a model on a plain backdrop wearing the product with jewellery, often a contrast blouse under a saree; now and
then a flat lay (013, 043), a back view (016), a prop (a brass thali, a clutch, a garland, a diya, a stool or ottoman).
Columns as the feed has them: title, category (Myntra article type: Sarees, Lehenga Choli), color (base colour),
gender (Women, Girls); a column is missing here and there.
Who wrote what: every caption is the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch), no
prompt, greedy, 50 new tokens; it speaks only the DeepFashion template (upper clothing / long skirt / chiffon or
other fabric / pure color or complicated patterns), never a hue. Every answer is the VQA adapter (Data3_V3_BLIP2_VQA),
`Question: ... Answer:`, greedy, 30 new tokens, free generation stored as is: the color of each piece (saree and
blouse for a saree; skirt, blouse and dupatta for a lehenga choli), "What is the person wearing?" and, for sarees and
two lehengas, "Is this a saree/lehenga?". The VQA adapter's colors are In-shop vendor words (wine, fuchsia, ivory,
coral, navy), and it often gives the blouse or the dupatta the color of the main piece.
Labeling conventions and judgement calls: judged on the photo I imagined and the title. The template's garment words
are accepted in captions ("long skirt" for the pleated lower part of a worn saree, "tank top"/"shirt" for a blouse,
chiffon for georgette or net, "other fabric" for silk or velvet), but a caption that says cotton for a title's silk
is a contradiction. In answers to "What is the person wearing?", "saree", "lehenga", "skirt" (the lehenga's skirt)
and "blouse/shirt" are accepted; "dress" for a saree or a lehenga choli is a contradiction with the title. A color
near enough to the base colour (wine for Maroon, fuchsia for Magenta or Rani Pink, gold for a beige tissue saree,
white for off-white) is right. A piece answered with another piece's color is other_garment_color; a color the
photo and the seller both deny is contradiction. One label per text: a caption cut at 50 tokens is "cut" even when
it also has a wrong fabric; a repeated sentence that runs to the limit is "loop"; an answer that runs on into a new
"Question:" is "leak" even if it repeats. A caption that reached 50 tokens exactly at a full stop (018) is marked
hit_limit but left correct. Captions that invent a wrist or a person on a flat lay (013) or glasses (033) are
unsupported; "his wrist" (016) and "The gentleman" (044) on a woman are pronoun.
"""

from tests.audit_corpus import caption, case, color_of, is_a, wearing


def piece_color(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The VQA adapter's free-generated answer to the experiments' color question, stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1597 = [
    # Pink Banarasi silk-blend saree with a wide gold zari border, matching pink blouse with elbow sleeves, gold
    # jhumkas and bangles, grey backdrop. Caption: caption adapter (cut at 50). Answers: VQA adapter.
    case(
        "X1597-001",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and complicated patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        piece_color("saree", "pink"),
        piece_color("blouse", "pink"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Pink & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Pink",
    ),
    # Green poly-georgette saree with a pink floral print, contrast pink blouse with short sleeves; the model holds
    # the pallu out; white backdrop. Caption: caption adapter (stopped on its own). Answers: VQA adapter; the blouse
    # gets the saree's green.
    case(
        "X1597-002",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and floral patterns."
        ),
        piece_color("saree", "green"),
        piece_color("blouse", "green", "other_garment_color"),
        wearing("dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Green & Pink Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Green",
    ),
    # Maroon velvet lehenga skirt with gold embroidery, maroon blouse, gold net dupatta over one shoulder; beige
    # backdrop. Caption: caption adapter, repeating its skirt sentence to the limit. Answers: VQA adapter, wine for
    # every piece (the dupatta is gold).
    case(
        "X1597-003",
        caption(
            "The lady wears a long skirt with complicated patterns. The skirt is with other fabric and complicated "
            "patterns. The skirt is with other fabric and complicated patterns. The skirt is with other fabric and "
            "complicated patterns. The skirt",
            "loop",
            hit_limit=True,
        ),
        piece_color("skirt", "wine"),
        piece_color("blouse", "wine"),
        piece_color("dupatta", "wine", "other_garment_color"),
        wearing("dress", "contradiction"),
        gender="Women",
        title="Kalini Maroon & Gold-Toned Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Navy cotton flared skirt with gold foil ethnic motifs, navy short-sleeve blouse, off-white dupatta with a navy
    # border; the model twirls, bangles on both wrists; pale pink backdrop. Caption: caption adapter. Answers: VQA
    # adapter; the dupatta answer loops to the limit.
    case(
        "X1597-004",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The lady wears a long skirt. The skirt is with "
            "cotton fabric and graphic patterns. There is an accessory on her wrist."
        ),
        piece_color("skirt", "navy"),
        piece_color("blouse", "navy"),
        piece_color(
            "dupatta",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            hit_limit=True,
        ),
        wearing("skirt"),
        gender="Women",
        title="Anouk Navy Blue & Golden Ethnic Motifs Printed Ready to Wear Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Mustard chiffon saree with red bandhani dots and a red border; the model wears the red blouse piece stitched,
    # the piece also shown in an inset; white backdrop. Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1597-005",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is chiffon and it has complicated patterns. This lady "
            "wears a ring. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        piece_color("saree", "mustard"),
        piece_color("blouse", "mustard", "other_garment_color"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Satrani Mustard Yellow & Red Bandhani Printed Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Peach net lehenga with mirror and sequin work, peach sleeveless blouse with a deep V, peach net dupatta with a
    # scalloped border, maang tikka; cream backdrop. Caption: caption adapter. Answers: VQA adapter, all right.
    case(
        "X1597-006",
        caption(
            "The lady wears a sleeveless tank top with complicated patterns. It has a v-shape neckline. The lady wears "
            "a long skirt. The skirt is with chiffon fabric and complicated patterns."
        ),
        piece_color("skirt", "peach"),
        piece_color("blouse", "peach"),
        piece_color("dupatta", "peach"),
        wearing("skirt"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="KALKI Fashion Peach-Coloured Embellished Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Teal art-silk Kanjeevaram with a magenta border and gold temple motifs, magenta blouse with elbow sleeves; the
    # model holds a brass pooja thali; beige backdrop. Caption: caption adapter, cotton for the title's art silk.
    # Answers: VQA adapter.
    case(
        "X1597-007",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        piece_color("saree", "teal"),
        piece_color("blouse", "fuchsia"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mimosa Teal Woven Design Zari Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Teal",
    ),
    # Black georgette saree with scattered silver sequins, black strappy sequinned blouse; the model holds a silver
    # clutch; dark grey backdrop. Caption: caption adapter (cut). Answers: VQA adapter; it says this is no saree.
    case(
        "X1597-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        piece_color("saree", "black"),
        piece_color("blouse", "black"),
        wearing("dress", "contradiction"),
        is_a("saree", "no", "contradiction"),
        gender="Women",
        title="Sangria Women Black & Silver-Toned Sequinned Party Wear Saree",
        category="Sarees",
        color="Black",
    ),
    # Bridal red raw-silk lehenga with heavy gold zardozi, red half-sleeve blouse, red net dupatta with a gold border
    # worn over the head; nath, choker, bangles; off-white backdrop. Caption: caption adapter, which turns the veil
    # into a hat. Answers: VQA adapter.
    case(
        "X1597-009",
        caption(
            "The lady wears a medium-sleeve shirt with complicated patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and complicated patterns. There is an accessory on her wrist. There is a hat in her "
            "head.",
            "unsupported",
        ),
        piece_color("skirt", "red"),
        piece_color("blouse", "red"),
        piece_color("dupatta", "red"),
        wearing("dress", "contradiction"),
        gender="Women",
        title="Ishin Women Red & Gold-Toned Embroidered Bridal Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Off-white Kerala kasavu cotton saree with a gold border; the model wears a green blouse (not sold with it),
    # jasmine in her hair; white wall. Caption: caption adapter. Answers: VQA adapter; the blouse gets the saree's
    # white.
    case(
        "X1597-010",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        piece_color("saree", "white"),
        piece_color("blouse", "white", "other_garment_color"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Vishnu Weaves Off-White & Gold-Toned Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
    ),
    # Purple Paithani with a green-and-gold peacock pallu fanned out by the model, green blouse; grey backdrop.
    # Caption: caption adapter, two sentences over and over. Answers: VQA adapter.
    case(
        "X1597-011",
        caption(
            "The lady wears a long skirt with complicated patterns. The skirt is with other fabric and complicated "
            "patterns. The lady wears a long skirt with complicated patterns. The skirt is with other fabric and "
            "complicated patterns. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        piece_color("saree", "purple"),
        piece_color("blouse", "green"),
        wearing("dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Warthy Ent Purple & Green Woven Design Zari Pure Silk Paithani Saree",
        category="Sarees",
        color="Purple",
    ),
    # Sea green crepe lehenga with a gotta border, sea green blouse with three-quarter sleeves, white organza dupatta
    # with a gotta border; a cane chair beside her. Caption: caption adapter. Answers: VQA adapter; the white dupatta
    # gets the skirt's green. No gender column.
    case(
        "X1597-012",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has pure color patterns."
        ),
        piece_color("skirt", "green"),
        piece_color("blouse", "mint"),
        piece_color("dupatta", "green", "other_garment_color"),
        wearing("skirt"),
        title="Libas Women Sea Green Solid Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Flat lay on white: the rust saree folded to show its black ajrakh-style print border, the black blouse piece
    # laid beside it; no model. Caption: caption adapter, inventing a lady and her wrist. Answers: VQA adapter.
    case(
        "X1597-013",
        caption(
            "The lady wears a long skirt with graphic patterns. The skirt is with cotton fabric and graphic patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        piece_color("saree", "orange"),
        piece_color("blouse", "black"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Rust Orange & Black Printed Cotton Blend Saree",
        category="Sarees",
        color="Rust",
    ),
    # Magenta net lehenga with silver thread embroidery, magenta half-sleeve blouse, magenta net dupatta; the model
    # sits on a wooden stool. Caption: caption adapter (cut). Answers: VQA adapter, fuchsia for every piece, which is
    # right here.
    case(
        "X1597-014",
        caption(
            "The lady wears a medium-sleeve shirt with complicated patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and complicated patterns. "
            "There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        piece_color("skirt", "fuchsia"),
        piece_color("blouse", "fuchsia"),
        piece_color("dupatta", "fuchsia"),
        wearing("dress", "contradiction"),
        gender="Women",
        title="Chhabra 555 Magenta Embroidered Net Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Mustard cotton skirt with maroon block print, maroon short-sleeve blouse, mustard dupatta with a maroon border;
    # hand on hip; pale blue backdrop. Caption: caption adapter. Answers: VQA adapter; the blouse gets mustard and
    # the dupatta answer loops.
    case(
        "X1597-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and graphic patterns."
        ),
        piece_color("skirt", "mustard"),
        piece_color("blouse", "mustard", "other_garment_color"),
        piece_color(
            "dupatta",
            "mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard "
            "mustard mustard",
            "loop",
            hit_limit=True,
        ),
        wearing("skirt"),
        gender="Women",
        title="Soch Women Mustard & Maroon Printed Ready To Wear Lehenga Choli",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Back view: navy silk-blend saree, the pallu falling down the back, navy sleeveless blouse with a deep back and
    # gold-tasselled dori; head turned; plain backdrop. Caption: caption adapter, "his wrist". Answers: VQA adapter.
    case(
        "X1597-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "lady wears a long skirt. The skirt is with other fabric and pure color patterns. There is an accessory on "
            "his wrist.",
            "pronoun",
        ),
        piece_color("saree", "navy"),
        piece_color("blouse", "navy"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Women Navy Blue & Gold-Toned Silk Blend Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Green bandhani lehenga skirt, pink gotta-patti blouse with elbow sleeves, pink bandhani dupatta held up behind
    # her like a frame; cream backdrop. Caption: caption adapter (cut). Answers: VQA adapter; the wearing answer runs
    # on into a new question.
    case(
        "X1597-017",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with cotton fabric and lattice patterns. "
            "There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        piece_color("skirt", "green"),
        piece_color("blouse", "pink"),
        piece_color("dupatta", "pink"),
        wearing(
            "skirt Question: What is the color of the skirt? Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="KSUT Green & Pink Bandhani Printed Gotta Patti Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Plain red chiffon saree with a thin gold border, matching red cap-sleeve blouse; white backdrop. Caption:
    # caption adapter, which reached 50 tokens on the full stop. Answers: VQA adapter, all right.
    case(
        "X1597-018",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        piece_color("saree", "red"),
        piece_color("blouse", "red"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Pothys Red Solid Chiffon Saree with Blouse Piece",
        category="Sarees",
        color="Red",
    ),
    # Haldi look: yellow georgette lehenga with a pink floral print and gotta border, pink sleeveless blouse, yellow
    # dupatta with a pink border; she holds a marigold garland; painted backdrop. Caption: caption adapter.
    # Answers: VQA adapter; the blouse gets yellow.
    case(
        "X1597-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a v-shape neckline. The lady wears "
            "a long skirt. The skirt is with chiffon fabric and floral patterns. There is an accessory on her wrist. "
            "This lady wears a ring."
        ),
        piece_color("skirt", "yellow"),
        piece_color("blouse", "yellow", "other_garment_color"),
        piece_color("dupatta", "yellow"),
        wearing("dress", "contradiction"),
        gender="Women",
        title="Panzora Women Yellow & Pink Floral Printed Ready To Wear Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Beige-gold tissue saree shimmering under warm studio light, gold blouse with elbow sleeves; brown backdrop.
    # Caption: caption adapter repeating its skirt sentences. Answers: VQA adapter.
    case(
        "X1597-020",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long skirt. The skirt is with other fabric and pure color patterns. The lady wears a long skirt. "
            "The skirt is with other fabric and pure",
            "loop",
            hit_limit=True,
        ),
        piece_color("saree", "gold"),
        piece_color("blouse", "gold"),
        wearing("dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Royal Rajgharana Saree Beige & Gold-Toned Tissue Saree",
        category="Sarees",
        color="Beige",
    ),
    # A girl of about eight: pink lehenga skirt with a blue embroidered border, blue short-sleeve blouse, pink net
    # dupatta; white backdrop. Caption: caption adapter (cut). Answers: VQA adapter; the blouse gets pink.
    case(
        "X1597-021",
        caption(
            "The lady wears a short-sleeve shirt with complicated patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and complicated patterns. "
            "There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        piece_color("skirt", "pink"),
        piece_color("blouse", "pink", "other_garment_color"),
        piece_color("dupatta", "pink"),
        wearing("dress", "contradiction"),
        gender="Girls",
        title="Fabcartz Girls Pink & Blue Embroidered Ready to Wear Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Grey georgette saree with a pink floral print, pink sleeveless blouse; white backdrop. Caption: caption
    # adapter. Answers: VQA adapter; the blouse gets grey.
    case(
        "X1597-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and floral patterns."
        ),
        piece_color("saree", "grey"),
        piece_color("blouse", "grey", "other_garment_color"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Tikhi Imli Grey & Pink Floral Printed Pure Georgette Saree",
        category="Sarees",
        color="Grey",
    ),
    # Turquoise silk-blend saree with silver zari butis, turquoise blouse with elbow sleeves, pallu over the arm.
    # Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1597-023",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        piece_color("saree", "blue"),
        piece_color("blouse", "blue"),
        wearing("blouse/shirt"),
        is_a("saree", "yes"),
        gender="Women",
        title="Inddus Turquoise Blue Woven Design Zari Silk Blend Saree",
        category="Sarees",
        color="Turquoise Blue",
    ),
    # Wine velvet lehenga with sequins, wine velvet long-sleeve blouse, pink net dupatta; grey backdrop. Caption:
    # caption adapter (cut). Answers: VQA adapter; the pink dupatta gets burgundy. No gender column.
    case(
        "X1597-024",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is other and it has pure color patterns. This lady wears a "
            "ring. There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        piece_color("skirt", "burgundy"),
        piece_color("blouse", "burgundy"),
        piece_color("dupatta", "burgundy", "other_garment_color"),
        wearing("lehenga"),
        title="Zeel Clothing Women Wine Sequinned Velvet Semi-Stitched Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Blue-and-white vertically striped cotton-blend saree with a white border, blue blouse; plain backdrop.
    # Caption: caption adapter. Answers: VQA adapter; the blouse answer only says the question back.
    case(
        "X1597-025",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and striped patterns."
        ),
        piece_color("saree", "blue-white"),
        piece_color("blouse", "the color of the blouse", "restated"),
        wearing("dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Blue & White Striped Cotton Blend Saree",
        category="Sarees",
        color="Blue",
    ),
    # Orange-and-pink leheriya chiffon saree, plain pink blouse with elbow sleeves; plain backdrop. Caption: caption
    # adapter (cut). Answers: VQA adapter; the blouse answer loops on the saree's orange.
    case(
        "X1597-026",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and striped patterns. There "
            "is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        piece_color("saree", "orange"),
        piece_color(
            "blouse",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Shaily Women Orange & Pink Leheriya Printed Chiffon Saree",
        category="Sarees",
        color="Orange",
    ),
    # Cream chanderi lehenga with gold gota, cream blouse with elbow sleeves, mint green dupatta; a brass urli with
    # flowers at her feet. Caption: caption adapter. Answers: VQA adapter.
    case(
        "X1597-027",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. It has a round neckline. The lady wears a "
            "long skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        piece_color("skirt", "cream"),
        piece_color("blouse", "ivory"),
        piece_color("dupatta", "green"),
        wearing("dress", "contradiction"),
        gender="Women",
        title="House of Pataudi Women Cream-Coloured & Gold-Toned Gotta Patti Chanderi Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Cream",
    ),
    # Half-and-half saree: black embroidered net pallu, red georgette pleats, red blouse; white backdrop. Caption:
    # caption adapter ("color block" is right). Answers: VQA adapter; the blouse gets black and it says no saree.
    case(
        "X1597-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and color block patterns."
        ),
        piece_color("saree", "black"),
        piece_color("blouse", "black", "other_garment_color"),
        wearing("dress", "contradiction"),
        is_a("saree", "no", "contradiction"),
        gender="Women",
        title="Kvsfab Black & Red Embroidered Net Half and Half Saree",
        category="Sarees",
        color="Black",
    ),
    # Pale pink mulmul cotton saree with small hand-block flowers, white blouse (styled, not sold); barefoot, a clay
    # pot on her hip. Caption: caption adapter (cut). Answers: VQA adapter; the washed-out pink read as white.
    case(
        "X1597-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. There "
            "is an accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        piece_color("saree", "white", "contradiction"),
        piece_color("blouse", "white"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Geroo Jaipur Women Pink Hand Block Printed Mulmul Cotton Saree",
        category="Sarees",
        color="Pink",
    ),
    # A girl in a peach lehenga with gold sequins, peach cap-sleeve blouse, peach net dupatta around her neck; pink
    # backdrop. Caption: caption adapter. Answers: VQA adapter; the dupatta answer names only the dupatta.
    case(
        "X1597-030",
        caption(
            "The lady wears a short-sleeve shirt with complicated patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and complicated patterns."
        ),
        piece_color("skirt", "peach"),
        piece_color("blouse", "peach"),
        piece_color("dupatta", "the dupatta", "non_answer"),
        wearing("dress", "contradiction"),
        gender="Girls",
        title="Fashion Dream Girls Peach-Coloured & Gold-Toned Embellished Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Sheer bottle-green organza saree with a zari border, contrast gold blouse with elbow sleeves; she sits on a
    # velvet ottoman; white backdrop. Caption: caption adapter (cut). Answers: VQA adapter; the blouse gets green.
    case(
        "X1597-031",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        piece_color("saree", "green"),
        piece_color("blouse", "green", "other_garment_color"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Sidhidata Women Green Zari Woven Organza Saree",
        category="Sarees",
        color="Green",
    ),
    # Lavender georgette lehenga with floral thread embroidery, lavender short-sleeve blouse, lavender net dupatta;
    # grey backdrop. Caption: caption adapter. Answers: VQA adapter; the skirt, in cold light, read as grey.
    case(
        "X1597-032",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns."
        ),
        piece_color("skirt", "grey", "contradiction"),
        piece_color("blouse", "lavender"),
        piece_color("dupatta", "lavender"),
        wearing("lehenga choli"),
        gender="Women",
        title="Florence Women Lavender Embroidered Georgette Semi-Stitched Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Hot pink georgette saree with a white paisley print, black blouse; white backdrop; no glasses. Caption:
    # caption adapter, inventing glasses. Answers: VQA adapter; the blouse gets pink, the wearing answer loops. No
    # gender column.
    case(
        "X1597-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and graphic patterns. This lady wears glasses.",
            "unsupported",
        ),
        piece_color("saree", "pink"),
        piece_color("blouse", "pink", "other_garment_color"),
        wearing(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Mirchi Fashion Women Pink & White Paisley Printed Georgette Saree",
        category="Sarees",
        color="Pink",
    ),
    # Maroon silk-blend saree with a mustard zari border, mustard blouse with elbow sleeves; beige backdrop.
    # Caption: caption adapter stuck on one sentence. Answers: VQA adapter, all right.
    case(
        "X1597-034",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with other fabric. The shirt "
            "is with other fabric. The shirt is with other fabric. The shirt is with other fabric. The shirt is with "
            "other fabric. The shirt",
            "loop",
            hit_limit=True,
        ),
        piece_color("saree", "burgundy"),
        piece_color("blouse", "mustard"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Vastranand Maroon & Mustard Woven Design Zari Silk Blend Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Off-white cotton skirt with a red floral print, red blouse with elbow sleeves, red dupatta with gota; light
    # grey backdrop. Caption: caption adapter. Answers: VQA adapter, all right.
    case(
        "X1597-035",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with cotton fabric and floral patterns. There is an accessory on her "
            "wrist."
        ),
        piece_color("skirt", "white"),
        piece_color("blouse", "red"),
        piece_color("dupatta", "red"),
        wearing("skirt"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Anouk Women Off-White & Red Floral Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Coral georgette saree with a sequinned border, coral short-sleeve blouse; white backdrop. Caption: caption
    # adapter (cut). Answers: VQA adapter, all right.
    case(
        "X1597-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        piece_color("saree", "coral"),
        piece_color("blouse", "coral"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Satrani Women Coral Georgette Saree with Sequinned Border",
        category="Sarees",
        color="Coral",
    ),
    # Powder blue organza lehenga with floral embroidery, powder blue sleeveless blouse, powder blue organza dupatta;
    # mid-turn; pale backdrop. Caption: caption adapter (cut). Answers: VQA adapter; the skirt answer runs on into
    # the next question.
    case(
        "X1597-037",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        piece_color(
            "skirt",
            "light blue Question: What is the color of the skirt? Answer: light blue Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        piece_color("blouse", "light blue"),
        piece_color("dupatta", "light blue"),
        wearing("dress", "contradiction"),
        gender="Women",
        title="KALKI Fashion Powder Blue Embroidered Organza Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Yellow art-silk saree with a contrast green border, green blouse; she holds a lit brass diya. Caption: caption
    # adapter, cotton for the title's art silk. Answers: VQA adapter; the blouse answer loops on yellow.
    case(
        "X1597-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        piece_color("saree", "yellow"),
        piece_color(
            "blouse",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mimosa Women Yellow & Green Woven Design Art Silk Saree",
        category="Sarees",
        color="Yellow",
    ),
    # Rani pink silk lehenga with an orange border, orange long-sleeve blouse, orange net dupatta. Caption: caption
    # adapter (cut). Answers: VQA adapter; the blouse gets fuchsia; the wearing answer leaks a new question.
    case(
        "X1597-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and complicated patterns. "
            "There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        piece_color("skirt", "fuchsia"),
        piece_color("blouse", "fuchsia", "other_garment_color"),
        piece_color("dupatta", "orange"),
        wearing(
            "dress Question: What is the color of the dress? Answer: fuchsia Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title=(
            "Zeel Clothing Women Pink & Orange Embroidered Silk Semi-Stitched Lehenga & Unstitched Blouse With Dupatta"
        ),
        category="Lehenga Choli",
        color="Pink",
    ),
    # Grey silk-blend saree with silver zari, matching grey blouse; white backdrop. Caption: caption adapter.
    # Answers: VQA adapter.
    case(
        "X1597-040",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and pure color patterns. There is an accessory on her wrist."
        ),
        piece_color("saree", "grey"),
        piece_color("blouse", "grey"),
        wearing("dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Silk Land Women Grey & Silver-Toned Woven Design Zari Silk Blend Saree",
        category="Sarees",
        color="Grey",
    ),
    # Red pure-silk Kanjeevaram with a green border, green blouse with elbow sleeves, temple jewellery, flowers in
    # her hair. Caption: caption adapter (cut). Answers: VQA adapter; the saree answer rambles to the limit, the
    # blouse gets red.
    case(
        "X1597-041",
        caption(
            "The lady wears a medium-sleeve shirt with complicated patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and complicated patterns. "
            "This lady wears a ring. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        piece_color(
            "saree",
            "red with a green border and gold zari work on the border and the pallu and a green blouse with gold zari "
            "on the sleeves and the",
            "cut",
            hit_limit=True,
        ),
        piece_color("blouse", "red", "other_garment_color"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Warthy Ent Women Red & Green Woven Design Zari Pure Silk Kanjeevaram Saree",
        category="Sarees",
        color="Red",
    ),
    # Olive raw-silk lehenga with gold embroidery, olive blouse, peach dupatta. Caption: caption adapter. Answers:
    # VQA adapter; the dupatta gets olive, the wearing answer names the wearer.
    case(
        "X1597-042",
        caption(
            "The lady wears a short-sleeve shirt with complicated patterns. The shirt is with other fabric. The lady "
            "wears a long skirt. The skirt is with other fabric and complicated patterns. There is an accessory on her "
            "wrist."
        ),
        piece_color("skirt", "olive"),
        piece_color("blouse", "olive"),
        piece_color("dupatta", "olive", "other_garment_color"),
        wearing("the woman", "non_answer"),
        gender="Women",
        title="Ethnovog Women Olive Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Olive",
    ),
    # Flat lay on white: purple lehenga skirt spread in a circle, gold blouse fabric folded beside it, purple net
    # dupatta folded above; no model. Caption: caption adapter, lower clothing only. Answers: VQA adapter; the gold
    # blouse gets purple.
    case(
        "X1597-043",
        caption("The lower clothing is of long length. The fabric is chiffon and it has complicated patterns."),
        piece_color("skirt", "purple"),
        piece_color("blouse", "purple", "other_garment_color"),
        piece_color("dupatta", "purple"),
        wearing("skirt"),
        gender="Women",
        title="Kalini Women Purple & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Pink sequinned net saree, side pose, silver sequinned sleeveless blouse; she holds a silver clutch. Caption:
    # caption adapter, "The gentleman". Answers: VQA adapter.
    case(
        "X1597-044",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The gentleman wears a long skirt. The "
            "skirt is with chiffon fabric and pure color patterns.",
            "pronoun",
        ),
        piece_color("saree", "pink"),
        piece_color("blouse", "silver"),
        wearing("dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Sangria Women Pink Sequinned Net Saree with Blouse",
        category="Sarees",
        color="Pink",
    ),
    # A girl: mustard printed cotton skirt, green blouse with short puff sleeves, green dupatta, bangles. Caption:
    # caption adapter. Answers: VQA adapter, all right.
    case(
        "X1597-045",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with cotton fabric and graphic patterns. There is an accessory on her "
            "wrist."
        ),
        piece_color("skirt", "yellow"),
        piece_color("blouse", "green"),
        piece_color("dupatta", "green"),
        wearing("skirt"),
        gender="Girls",
        title="Bitiya by Bhama Girls Mustard Yellow & Green Printed Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
]
