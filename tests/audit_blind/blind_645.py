"""BLIND_645 (46 products; Myntra ethnic wedding wear, caption adapter epoch 1 + VQA adapter): written blind in the
fifty-third session. Measured blind at b9b5c66 (the session's fifteenth rules): 111/127 failures found (87.4%) and
31/182 correct texts flagged (17.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and women's ethnic wedding wear: lehenga cholis, sherwani sets, embellished
and woven sarees, bandhgala jackets and suits, anarkali kurta sets, a few kurta sets with Nehru jackets. Catalog
photos on a white, off-white, grey or beige studio backdrop, worn by a model, almost always layered: a choli and a
dupatta with the lehenga, a churidar, a stole and a safa with the sherwani, a blouse under the saree, a kurta
under the Nehru jacket. The seller's columns are title, category (Myntra's article type), color (base colour) and
gender; a couple of rows lack the color or the gender column, as real feeds do.

Who wrote what: every caption is from leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter,
epoch 1, 50 new tokens). It writes the DeepFashion-MultiModal template ("The woman is wearing a medium-sleeve shirt
with pure color patterns and a long skirt ..."): a choli is a "shirt" or "tank top", a lehenga or draped saree a
"long skirt", a sherwani or bandhgala a "jacket" or "coat", a Nehru jacket a "sleeveless vest", an anarkali a
"dress"; patterns are pure color, floral, lattice, graphic, striped, color block, hardly ever a hue; fabric is
mostly cotton or chiffon whatever the garment is made of (velvet, silk and organza are not in its vocabulary,
though "silk" leaks in from the base model). It has no end token: it often stops on a newline after the template,
but as often it repeats a template sentence until the limit or is cut mid-word. It calls men "the lady" now and
then, since DeepFashion is mostly women. Open answers (wearing, describe, details, open color questions, material)
are free generation from leoreigoto/Data3_V3_BLIP2_VQA (30 new tokens): short lowercase answers, In-shop garment
words and hues, often the color of the dupatta, stole, churidar or pocket square given to the product; with no end
token it sometimes loops, runs into a further "Question: ... Answer:" pair it learned from the unmasked labels, or
is cut. Closed answers (garment type, color, pattern, sleeve length, is-a) come from enrich's --engine reference,
one candidate value each, so they are never looped or cut, only wrong.

Labeling conventions and judgement calls:
- One failure kind per text, the most salient one; texts with two distinct faults were avoided.
- other_garment_color only for open answers that give the product (or a named garment) the color of another garment
  in the photo (dupatta, stole, churidar, blouse, kurta, pocket square) or one color to two garments of different
  colors; a closed color answer that does the same is labeled contradiction, as is any wrong hue, wrong pattern,
  wrong sleeve length, wrong garment type or a wrong yes to "Is this a ...?".
- Hues within one shade family are correct: maroon or red for a burgundy or wine garment, pink for peach, magenta or
  blush, white for off-white, ivory or cream, grey for silver, green for sea green or mint, yellow for mustard.
- Template garment words (shirt or tank top for a choli, long skirt for a lehenga or draped saree, jacket or coat
  for a sherwani or bandhgala, vest for a Nehru jacket, dress for an anarkali) are correct in captions; "pure color
  patterns" is correct for a solid garment with embroidery only at the borders.
- A fabric the seller's title or the photo contradicts (cotton or denim for velvet, silk, georgette, net, organza)
  is unsupported, as are invented pockets, zips, belts, tassels, bags or a dupatta that is not in the photo.
- A caption that ends on a full stop after the template stopped on a newline (no hit_limit); loops and cut texts
  ran to the limit (hit_limit=True). A leak that runs on into further question/answer pairs is marked hit_limit
  when it ends mid-pair; a leak that reaches the limit is labeled leak, not cut.
- non_answer: "yes", a single word or only the garment's name back to an open describe/details question.
  restated: a sentence that turns the question back into an answer without saying anything about the garment.
- pronoun: he/she (or "the lady"/"the man" in a caption) that contradicts the gender column; a product without a
  gender column has no pronoun label.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

gt, col, pat, sl, mat = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material

BLIND_645 = [
    # photo: woman in a red raw-silk lehenga with gold zari floral embroidery, matching red choli with three-quarter
    # sleeves, sheer gold net dupatta over one shoulder, kundan necklace, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-001",
        caption(
            "The woman is wearing a medium-sleeve shirt with pure color patterns and a long skirt with floral "
            "patterns. There is an accessory on her neck."
        ),
        wearing("a gold lehenga with a red blouse", "other_garment_color"),
        color_of("lehenga", "red"),
        pat("embroidered"),
        describe(
            "lehenga",
            "the lehenga is red with gold embroidery and a gold dupatta. the lehenga is red with gold embroidery "
            "and a gold dupatta. the lehenga is red with",
            "loop",
            hit_limit=True,
        ),
        details("lehenga", "the lehenga has a zipper on the side and two pockets", "unsupported"),
        mat("silk"),
        title="Mohey Women Red & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: man in a cream silk sherwani with tonal thread and sequin embroidery, stand collar, full sleeves, knee
    # length, matching cream churidar, maroon stole over the left shoulder, gold mojaris, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-002",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with silk fabric. It has a "
            "stand collar. The lady wears long trousers with pure color patterns.",
            "pronoun",
        ),
        wearing("a cream sherwani with a maroon stole", who="the man"),
        color_of("sherwani", "maroon", "other_garment_color", kind="open"),
        col("cream"),
        sl("long"),
        details("sherwani", "mandarin collar, embroidered front and full sleeves"),
        mat("silk blend"),
        title="Manyavar Men Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a magenta Kanjeevaram-style silk saree with a broad gold zari border and small gold buttas, gold
    # brocade blouse with elbow sleeves, pallu over the left shoulder, temple jewellery, grey studio backdrop.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-003",
        caption(
            "The woman is wearing a medium-sleeve shirt with pure color patterns. The shirt is with silk fabric. The "
            "woman wears a long skirt. The skirt is with silk fabric and color block patterns. The woman wears a "
            "long skirt. The skirt is with silk fabric and color block patterns. The woman",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink saree with gold border"),
        color_of("saree", "gold", "contradiction"),
        pat("woven"),
        describe(
            "saree",
            "the saree is magenta with a wide gold zari border and small gold motifs all over, worn with a gold blouse",
        ),
        details(
            "saree",
            "Question: What are the saree details? Answer: gold border Question: What is the color of the blouse? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        mat("cotton", "unsupported"),
        title="Mitera Magenta & Gold-Toned Woven Design Zari Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: man in a navy blue jacquard bandhgala suit with self-woven paisley, stand collar, gold-tone buttons, white
    # pocket square, matching navy trousers, brown brogues, a steel watch, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-004",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. It has a stand collar. The man wears long "
            "trousers with pure color patterns. There is an accessory on his wrist."
        ),
        wearing("he is wearing a navy blue suit with a mandarin collar", who="he"),
        col("navy blue"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        details("jacket", "the jacket has a mandarin collar, gold buttons and a pocket square"),
        gt("kurta", "contradiction"),
        sl("long"),
        title="Ethnix by Raymond Men Navy Blue Self-Design Slim-Fit Bandhgala Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mint green georgette floor-length anarkali with pink and gold floral embroidery on the yoke,
    # full sleeves, mint churidar, pink net dupatta with gota border held in one hand, jhumkas, white backdrop.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-005",
        caption(
            "The woman is wearing a long-sleeve dress with floral patterns. It has a round neckline. There is an "
            "accessory on her ear."
        ),
        wearing("a green anarkali suit with a pink dupatta"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        pat("embroidered"),
        describe(
            "kurta",
            "the kurta is long and flared with embroidery on the chest, and the kurta is long and flared with "
            "embroidery on the chest, and the kurta is long and",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        sl("short", "contradiction"),
        title="Biba Women Sea Green Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in a maroon velvet sherwani with gold zardozi on the collar, placket and cuffs, full sleeves, a
    # gold-beige churidar, a gold safa with a brooch, gold mojaris, beige backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-006",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand collar. The man wears long trousers. There is a hat on his head.",
            "unsupported",
        ),
        wearing("a maroon sherwani and a gold turban", who="the man"),
        color_of("sherwani", "maroon"),
        color_of("churidar", "maroon", "other_garment_color", kind="open"),
        details("sherwani", "gold embroidery on the collar and the cuffs, buttons down the front"),
        mat("velvet"),
        gt("sherwani"),
        title="Kisah Men Maroon Velvet Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a peach net lehenga with silver sequin and mirror work scattered all over, sleeveless peach
    # blouse with a sweetheart neckline, peach net dupatta behind her arms, white backdrop, three-quarter view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-007",
        caption(
            "The woman is wearing a sleeveless tank top with pure color patterns and a long skirt with pure color "
            "patterns. The tank top is with chiffon fabric. The skirt is with chiffon fabric. The woman is wearing "
            "a sleeveless tank top with pure color patterns and a long skirt with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a peach lehenga with silver sequins"),
        col("pink"),
        sl("sleeveless"),
        details("lehenga", "the lehenga has sequin work all over and a net dupatta"),
        describe(
            "blouse",
            "the blouse is sleeveless with a sweetheart neckline and a back zip and tassels on the back tie",
            "unsupported",
        ),
        mat("net"),
        title="Kalini Peach-Coloured Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a mustard yellow brocade Nehru jacket (two welt pockets, a chest pocket) over a knee-length
    # off-white silk kurta and off-white churidar, tan mojaris, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-008",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a sleeveless vest with lattice patterns. "
            "The shirt is with silk fabric. The man wears long trousers with pure color patterns."
        ),
        wearing("a white kurta with a yellow nehru jacket", who="the man"),
        color_of("kurta", "yellow", "other_garment_color", kind="open"),
        col("off white"),
        color_of("jacket", "mustard"),
        details(
            "jacket",
            "the jacket is sleeveless with a mandarin collar, buttons down the front and two pockets at the waist and "
            "a chest pocket on the le",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Manyavar Men Off-White & Mustard Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in a black georgette saree with silver sequins all over and a scalloped border, black sleeveless
    # sequinned blouse, pallu over the left shoulder, a silver clutch in her hand, white backdrop.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "lady wears a long skirt with pure color patterns. There is an accessory in her hand."
        ),
        wearing("a black saree with sequins"),
        col("black"),
        describe(
            "saree", "the saree is black with silver sequins and a scalloped border, she is holding a silver clutch"
        ),
        details(
            "saree",
            "Question: What are the saree details? Answer: the saree has sequins Question: What are the blouse "
            "details? Answer: the",
            "leak",
            hit_limit=True,
        ),
        mat("denim", "unsupported"),
        gt("saree"),
        title="Saree mall Black Embellished Sequinned Pure Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: man in a gold-toned jacquard silk sherwani with tonal woven motifs, full sleeves, stand collar, off-white
    # churidar, a red-and-gold brocade stole, a red safa, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-010",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with silk fabric. It has a "
            "stand collar. The man wears long trousers with pure color patterns. There is an accessory on his "
            "shoulder. There is a hat on his head. There is an accessory on his shoulder. There is a",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a gold sherwani with a red stole and a red turban", who="he"),
        color_of("sherwani", "red", "other_garment_color", kind="open"),
        col("gold"),
        pat("woven"),
        mat("silk"),
        title="Manyavar Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: woman in an emerald green velvet lehenga with gold zari and pearl embroidery at the hem, matching green
    # velvet blouse with full sleeves, pink organza dupatta with a gold border over one shoulder, white backdrop.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-011",
        caption(
            "The woman is wearing a long-sleeve shirt with pure color patterns and a long skirt with pure color "
            "patterns. The shirt has a round neckline. The skirt has embroidery at the hem and the woman is wearing "
            "a scarf on her sh",
            "cut",
            hit_limit=True,
        ),
        wearing("a green velvet lehenga with a pink dupatta"),
        col("pink", "contradiction"),
        color_of("lehenga", "green", kind="open"),
        details("lehenga", "the hem has gold and pearl embroidery"),
        sl("long"),
        describe("dupatta", "the dupatta is pink organza with a gold border"),
        title="Panchhi Women Green Velvet Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: man in a black velvet bandhgala with silver-tone buttons and a silver brooch chain on the chest, full
    # sleeves, black trousers and black shoes, hands in pockets, white backdrop, three-quarter view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-012",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. It has a stand collar. The man wears long "
            "trousers with pure color patterns. There is an accessory on his chest."
        ),
        wearing(
            "a black bandhgala jacket Question: What is the color of the jacket? Answer: black",
            "leak",
            who="the man",
        ),
        gt("blazer"),
        col("black"),
        details("jacket", "the jacket has silver buttons and a brooch with a chain on the chest"),
        mat("leather", "unsupported"),
        describe(
            "jacket",
            "the jacket is a black jacket with a black jacket with a black jacket with a black jacket with a black "
            "jacket with a black jacket with",
            "loop",
            hit_limit=True,
        ),
        title="House of Pataudi Men Black Solid Velvet Bandhgala Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a wine silk-blend anarkali with gold foil print and a zari yoke, three-quarter sleeves, no
    # dupatta, gold earrings, the flare twirled out, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-013",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is with cotton fabric. It has a v-shape neckline. The dress is with cotton "
            "fabric. It has a v-sh",
            "loop",
            hit_limit=True,
        ),
        wearing("a maroon anarkali dress with gold print"),
        col("maroon"),
        pat("striped", "contradiction"),
        sl("three-quarter"),
        describe(
            "kurta",
            "the kurta is burgundy with gold print and a flared hem, she is wearing it with a dupatta",
            "unsupported",
        ),
        title="Libas Women Burgundy Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in an off-white indo-western sherwani with an asymmetric hem and silver thread embroidery, full
    # sleeves, off-white slim trousers, a pink pocket square, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-014",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. It has a stand collar. The man wears long "
            "trousers with pure color patterns. There is an accessory on his chest."
        ),
        wearing("she is wearing a white sherwani", "pronoun", who="he"),
        color_of("sherwani", "white"),
        details(
            "sherwani",
            "the sherwani has an asymmetric hem with silver embroidery, and the sherwani has an asymmetric hem with "
            "silver embroidery, and the sherwani",
            "loop",
            hit_limit=True,
        ),
        color_of("trousers", "pink", "other_garment_color", kind="open"),
        is_a("sherwani", "yes"),
        title="Shaadi by Tasva Men Off White Embroidered Indo Western Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in a lavender organza saree with a pink floral print and a silver gota border, sleeveless lavender
    # blouse, pallu flowing behind, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-015",
        caption(
            "The woman is wearing a sleeveless tank top with floral patterns and a long skirt with floral patterns. "
            "The skirt is with chiffon fabric."
        ),
        wearing("a purple floral saree"),
        col("lavender"),
        pat("floral"),
        details("saree", "the saree", "non_answer"),
        mat("organza"),
        describe("saree", "the saree is pink with a lavender border", "contradiction"),
        title="Sangria Lavender & Pink Floral Printed Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a peach silk kurta with ivory chikankari on the placket, full sleeves, ivory churidar, an ivory
    # dupatta with a peach border over one shoulder, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. The lady "
            "wears long trousers with pure color patterns. There is a scarf on her shoulder.",
            "pronoun",
        ),
        wearing("a peach kurta, white churidar and a white dupatta", who="the man"),
        col("peach"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        details("kurta", "the details of the kurta are on the kurta", "restated"),
        sl("long"),
        mat("silk"),
        title="Tasva Men Peach-Coloured Embroidered Silk Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: woman in a cotton bandhani-print lehenga in yellow, pink and green with mirror work at the waist, yellow
    # short-sleeve blouse, pink dupatta, oxidised silver bangles, white backdrop (mehendi wear).
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-017",
        caption(
            "The woman is wearing a short-sleeve shirt with pure color patterns and a long skirt with color block "
            "patterns. The skirt is with cotton fabric. There is an accessory on her wrist."
        ),
        wearing("a colorful lehenga with mirror work"),
        col("multicolor"),
        pat("printed"),
        describe("lehenga", "the lehenga is yellow and pink with bandhani print and mirror work on the waist"),
        details("lehenga", "Question: What are the lehenga details? Answer: mirror work", "leak"),
        mat("silk", "unsupported"),
        title="Jompers Women Multicoloured Bandhani Printed Mirror Work Cotton Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: man in a cream linen-blend bandhgala with a small maroon floral print all over, full sleeves, cream
    # trousers, tan loafers, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-018",
        caption(
            "The man wears a long-sleeve jacket with floral patterns. It has a stand collar. The man wears long "
            "trousers with pure color patterns."
        ),
        wearing("he is wearing a white jacket with red flowers and white pants", who="he"),
        col("maroon", "contradiction"),
        pat("floral"),
        details("jacket", "the jacket has a floral print, a stand collar and buttons down the front"),
        describe(
            "jacket",
            "the jacket is cream with small maroon flowers, it has a mandarin collar and full sleeves and it is worn "
            "with cream trousers and brown loaf",
            "cut",
            hit_limit=True,
        ),
        title="Jompers Men Cream-Coloured Printed Bandhgala Jacket",
        category="Blazers",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a red Banarasi silk saree with gold zari woven florals and a heavy pallu, red blouse with elbow
    # sleeves, gold jewellery, bridal look, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-019",
        caption(
            "The woman is wearing a medium-sleeve shirt with pure color patterns. The shirt is with silk fabric. The "
            "woman wears a long skirt. The skirt is with silk fabric and lattice patterns. There is an accessory on "
            "her neck."
        ),
        wearing("he is wearing a red saree with gold", "pronoun"),
        col("red"),
        pat("woven"),
        describe(
            "saree",
            "the saree is red and gold and the saree is red and gold and the saree is red and gold and the saree is "
            "red and gold and the",
            "loop",
            hit_limit=True,
        ),
        details("saree", "the saree has a pocket on the side", "unsupported"),
        is_a("lehenga", "yes", "contradiction"),
        title="Varanga Red & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: man in a navy blue silk-blend sherwani with copper thread embroidery on the front and collar, full
    # sleeves, off-white churidar, a copper stole over one shoulder, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-020",
        caption(
            "The man wears a long-sleeve coat with pure color patterns. It has a stand collar. The man wears long "
            "trousers. There is a scarf on his shoulder."
        ),
        wearing("a blue sherwani with blue pants", "other_garment_color", who="the man"),
        color_of("sherwani", "white", "contradiction"),
        details("sherwani", "copper embroidery on the front and the collar"),
        mat("silk"),
        describe("sherwani", "the sherwani is a sherwani that is being described in the picture", "restated"),
        title="Manyavar Men Navy Blue & Copper-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white georgette anarkali with white chikankari and mukaish work, full sleeves, white
    # churidar, a pastel pink net dupatta, silver jhumkas, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-021",
        caption(
            "The woman is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. "
            "There is an accessory on her ear. There is an accessory on her ear. There is an accessory on her ear. "
            "There is an accessory on her ear. There is an acc",
            "loop",
            hit_limit=True,
        ),
        wearing("a white anarkali with a pink dupatta"),
        col("white"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        details("kurta", "it has chikankari embroidery all over"),
        sl("long"),
        gt("lehenga", "contradiction"),
        title="Ada Women White Chikankari Embroidered Georgette Anarkali Kurta Set",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: man in a teal green velvet sherwani, plain with a tonal embroidered collar, full sleeves, off-white
    # churidar, no stole, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-022",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. It has a stand collar. The man wears long "
            "trousers with pure color patterns. The trousers are with denim fabric.",
            "unsupported",
        ),
        wearing("a teal green sherwani and white churidar", who="he"),
        col("teal"),
        color_of("churidar", "teal", "other_garment_color", kind="open"),
        describe("sherwani", "yes", "non_answer"),
        mat("velvet"),
        title="Kisah Men Teal Green Velvet Sherwani Set",
        category="Sherwani",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in a gold tissue lehenga with ivory thread embroidery, ivory half-sleeve blouse, ivory net dupatta
    # draped across the front, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-023",
        caption(
            "The woman is wearing a short-sleeve shirt with pure color patterns and a long skirt with pure color "
            "patterns. There is an accessory on her neck."
        ),
        wearing("a gold lehenga with a white blouse"),
        color_of("lehenga", "white", "other_garment_color", kind="open"),
        col("gold"),
        details("lehenga", "the details of the lehenga are the details that the lehenga has", "restated"),
        pat("embroidered"),
        sl("long", "contradiction"),
        title="Koskii Women Gold-Toned Embroidered Tissue Lehenga Choli",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: man in a black Nehru jacket with silver sequin paisley embroidery over a white cotton kurta and white
    # pyjama, kolhapuri sandals, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-024",
        caption(
            "The man wears a sleeveless vest with graphic patterns. The man wears a long-sleeve shirt with pure "
            "color patterns. The shirt is with cotton fabric. The man wears long trousers with pure color patterns. "
            "The trousers are with cot",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and a black jacket", who="the man"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        color_of("jacket", "black"),
        details(
            "jacket",
            "Question: What are the jacket details? Answer: the jacket has Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        mat("cotton"),
        title="Vastramay Men Black & White Kurta Pyjama with Embroidered Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a mint green net saree with pearl and cutdana embellishment on the border, mint sleeveless
    # blouse, side pose, white backdrop.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "lady wears a long skirt with pure color patterns. The skirt is with chiffon fabric. The lady wears a "
            "long skirt with pure color patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a green saree"),
        col("green"),
        pat("embellished"),
        describe(
            "saree", "the saree is light green net with pearls on the border and she is wearing a matching blouse"
        ),
        details("saree", "the saree has a zip on the back and a belt", "unsupported"),
        sl("sleeveless"),
        title="Soch Women Sea Green Embellished Net Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in a powder blue sherwani with white resham floral embroidery, full sleeves, white churidar, a watch,
    # white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-026",
        caption(
            "The man wears a long-sleeve jacket with floral patterns. It has a stand collar. The man wears long "
            "trousers with pure color patterns. There is an accessory on his wrist. The jacket has a stand collar "
            "and the trousers are with pure color patterns and the man is wearing a pair of sh",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a light blue sherwani with white pants", who="he"),
        col("blue"),
        color_of("sherwani", "white", "other_garment_color", kind="open"),
        details("sherwani", "the sherwani", "non_answer"),
        sl("short", "contradiction"),
        title="Tasva Men Blue Embroidered Sherwani Set",
        category="Sherwani",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a navy blue velvet anarkali with gold zari and sequin embroidery at the yoke and hem, full
    # sleeves, navy churidar, a gold tissue dupatta over both arms, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-027",
        caption(
            "The woman is wearing a long-sleeve dress with pure color patterns. It has a round neckline. There is a "
            "scarf on her shoulder."
        ),
        wearing("he is wearing a blue dress", "pronoun"),
        col("navy blue"),
        color_of("dupatta", "gold"),
        describe(
            "kurta",
            "the kurta is navy blue velvet, with gold embroidery on the yoke and a wide gold border at the hem. the "
            "dupatta is gold. the kurta is navy blue velvet",
            "loop",
            hit_limit=True,
        ),
        mat("velvet"),
        pat("checked", "contradiction"),
        title="Aurelia Women Navy Blue Embroidered Velvet Anarkali Kurta Set",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in an ivory raw silk bandhgala with gold buttons and a maroon pocket square, full sleeves, black
    # trousers, black shoes, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-028",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. It has a stand collar. The man wears long "
            "trousers with pure color patterns."
        ),
        wearing("a white bandhgala jacket and white trousers", "other_garment_color", who="the man"),
        col("black", "contradiction"),
        details("jacket", "gold buttons and a pocket square"),
        gt("blazer"),
        describe(
            "jacket",
            "Question: Describe the jacket. Answer: The jacket is white Question: Describe the pants. Answer: The "
            "pants are black Question:",
            "leak",
            hit_limit=True,
        ),
        title="Ethnix by Raymond Men Off-White Solid Bandhgala Blazer",
        category="Blazers",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in a royal blue georgette lehenga with silver sequin chevron stripes, blue sleeveless blouse, a
    # silver net dupatta, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-029",
        caption(
            "The woman is wearing a sleeveless tank top with pure color patterns and a long skirt with striped "
            "patterns. The skirt is with chiffon fabric."
        ),
        wearing("a blue lehenga with silver sequins"),
        color_of("lehenga", "silver", "other_garment_color", kind="open"),
        pat("striped"),
        sl("sleeveless"),
        details("lehenga", "sequins", "non_answer"),
        gt("dress", "contradiction"),
        title="Mitera Women Blue & Silver-Toned Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: groom in a red brocade sherwani with gold woven buttas, full sleeves, a gold churidar, a gold safa with a
    # red feather, a pearl haar necklace, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-030",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. It has a stand collar. The man wears long "
            "trousers. There is a hat on his head. There is an accessory on his neck."
        ),
        wearing("she is wearing a red sherwani and a gold turban", "pronoun", who="he"),
        col("red"),
        color_of("churidar", "red", "other_garment_color", kind="open"),
        details("sherwani", "gold buttas, pearl necklace, stand collar"),
        is_a("sherwani", "no", "contradiction"),
        title="Manyavar Men Red & Gold-Toned Woven Design Sherwani with Safa",
        category="Sherwani",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a half-and-half silk-blend saree, pink pleats and a green pallu with a gold zari border, green
    # blouse with elbow sleeves, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-031",
        caption(
            "The woman is wearing a medium-sleeve shirt with color block patterns. The woman wears a long skirt with "
            "color block patterns. The skirt is with silk fabric."
        ),
        wearing("a pink and green saree"),
        col("pink"),
        describe("saree", "the pleats are pink and the pallu is green with a gold border, worn with a green blouse"),
        details(
            "saree",
            "the saree has a gold border and a gold border and a gold border and a gold border and a gold border and "
            "a gold border and a",
            "loop",
            hit_limit=True,
        ),
        mat("chiffon", "unsupported"),
        gt("saree"),
        title="Kalamandir Pink & Green Zari Half and Half Silk Blend Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a burgundy jacquard bandhgala suit with black piping on the collar and front, full sleeves,
    # matching burgundy trousers, black shoes, white backdrop, front view. The feed row has no color column.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-032",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. It has a stand collar. The man wears long "
            "trousers with pure color patterns. The man wears long trousers with pure color patterns. The man wears "
            "long trousers with pure color patterns. The man",
            "loop",
            hit_limit=True,
        ),
        wearing("a maroon suit", who="the man"),
        col("maroon"),
        details("jacket", "black piping on the collar and the front"),
        describe("jacket", "the jacket is described as a jacket that the man is wearing", "restated"),
        mat("wool", "unsupported"),
        title="Tasva Men Burgundy Self Design Bandhgala Suit",
        category="Suits",
        gender="Men",
    ),
    # photo: woman in a pink organza lehenga with a printed green-and-yellow floral motif and a gota border, pink
    # blouse with short puff sleeves, a green dupatta, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-033",
        caption(
            "The woman is wearing a short-sleeve shirt with floral patterns and a long skirt with floral patterns. "
            "The skirt is with chiffon fabric. There is a scarf on her shoulder."
        ),
        wearing("a pink floral lehenga and a green dupatta"),
        color_of("lehenga", "green", "other_garment_color", kind="open"),
        pat("floral"),
        describe(
            "lehenga",
            "The lehenga is pink with green and yellow flowers and a gota border, it is flared, and it has a "
            "matching blouse with short puff sleeves and a green dupatta with a",
            "cut",
            hit_limit=True,
        ),
        mat("organza"),
        sl("sleeveless", "contradiction"),
        title="Kisah Women Pink Floral Printed Organza Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a grey jacquard sherwani with silver buttons, full sleeves, grey churidar, a silver-grey stole
    # over the right shoulder, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-034",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. It has a stand collar and buttons down the "
            "front. The man wears long trousers with pure color patterns. There is a scarf on his shoulder. The "
            "scarf is with",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a grey sherwani with silver buttons", who="he"),
        col("grey"),
        pat("woven"),
        details("sherwani", "the sherwani has a pocket square in the chest pocket and a brooch", "unsupported"),
        mat("silk"),
        color_of("sherwani", "black", "contradiction", kind="open"),
        title="Manyavar Men Grey Woven Design Sherwani Set",
        category="Sherwani",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a mustard yellow cotton anarkali with a white floral print and gota patti at the neckline,
    # sleeveless, yellow churidar, an orange dupatta, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-035",
        caption(
            "The woman is wearing a sleeveless dress with floral patterns. The dress is with cotton fabric. There is "
            "a scarf on her shoulder."
        ),
        wearing(
            "a yellow anarkali suit Question: What is the color of the dupatta? Answer: orange Question: What",
            "leak",
            hit_limit=True,
        ),
        col("orange", "contradiction"),
        color_of("kurta", "yellow", kind="open"),
        sl("sleeveless"),
        describe("kurta", "yellow", "non_answer"),
        details(
            "kurta",
            "the kurta has gota patti on the neckline, a side slit with buttons and a belt",
            "unsupported",
        ),
        title="Anouk Women Mustard Yellow Printed Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a blush pink sherwani with ivory and gold embroidery, full sleeves, ivory churidar, an ivory
    # stole, gold mojaris, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-036",
        caption(
            "The man wears a long-sleeve jacket with floral patterns. It has a stand collar. The man wears long "
            "trousers with pure color patterns. There is a scarf on his shoulder."
        ),
        wearing("a pink sherwani, white pants and a white scarf", who="the man"),
        col("pink"),
        color_of("sherwani", "white", "other_garment_color", kind="open"),
        describe(
            "sherwani",
            "the sherwani is the sherwani that the man is wearing in the picture of the sherwani",
            "restated",
        ),
        sl("long"),
        gt("kurta", "contradiction"),
        title="Shaadi by Tasva Men Pink Embroidered Sherwani Set",
        category="Sherwani",
        color="Pink",
        gender="Men",
    ),
    # photo: bride in a maroon velvet lehenga with heavy gold zardozi, maroon velvet blouse with elbow sleeves, a red
    # net dupatta over her head, bridal jewellery, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-037",
        caption(
            "The woman is wearing a medium-sleeve shirt with pure color patterns and a long skirt with lattice "
            "patterns. The skirt is with cotton fabric.",
            "unsupported",
        ),
        wearing("a maroon bridal lehenga with gold embroidery and a red dupatta on her head"),
        col("maroon"),
        details("lehenga", "heavy gold zardozi embroidery all over the skirt"),
        describe(
            "lehenga",
            "the lehenga is maroon velvet with gold zardozi all over, she is wearing a red dupatta over her head and "
            "a maroon blouse with gold embroidery on the sleev",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes", "contradiction"),
        color_of("lehenga", "gold", "contradiction", kind="open"),
        title="Panchhi Women Maroon & Gold-Toned Embroidered Velvet Bridal Lehenga Choli",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in an ivory silk kurta and churidar with a gold tissue Nehru jacket, hands folded in a namaste,
    # white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-038",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The man wears a sleeveless vest with pure "
            "color patterns. The man wears long trousers. The man wears a long-sleeve shirt with pure color "
            "patterns. The man wears a sleeveless vest with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white kurta with a gold jacket", who="he"),
        col("cream"),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        details("jacket", "Question: What are the jacket details? Answer: the jacket is gold", "leak"),
        sl("long"),
        title="Vastramay Men Cream-Coloured & Gold-Toned Kurta with Churidar and Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a silver-grey pre-draped georgette saree with sequins all over and an attached pallu, a silver
    # halter-neck blouse, a silver bracelet, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt with pure "
            "color patterns. There is an accessory on her wrist."
        ),
        wearing("a silver sequin saree"),
        col("grey"),
        sl("sleeveless"),
        describe(
            "saree",
            "it is a pre-draped saree with sequins all over and a halter neck blouse, the pallu is attached at the "
            "shoulder and falls to the",
            "cut",
            hit_limit=True,
        ),
        details(
            "saree",
            "the saree has a halter neck and a pleated skirt with two side pockets",
            "unsupported",
        ),
        mat("georgette"),
        title="Global Desi Women Silver-Toned Embellished Ready to Wear Saree",
        category="Sarees",
        color="Silver",
        gender="Women",
    ),
    # photo: man in a sky blue Nehru jacket with an all-over paisley print over a white kurta and white pyjama (the
    # product is the jacket alone), white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-040",
        caption(
            "The man wears a sleeveless vest with graphic patterns. The man wears a long-sleeve shirt with pure "
            "color patterns. The man wears long trousers."
        ),
        wearing("a blue printed nehru jacket over a white kurta", who="the man"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        col("blue"),
        pat("paisley"),
        details("jacket", "yes", "non_answer"),
        gt("kurta", "contradiction"),
        title="Jompers Men Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black georgette lehenga with a gold foil print, a plain black crop blouse with sheer full
    # sleeves, no dupatta, a gold choker, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-041",
        caption(
            "The woman is wearing a long-sleeve shirt with pure color patterns and a long skirt with graphic "
            "patterns. The skirt is with chiffon fabric. There is an accessory on her neck."
        ),
        wearing("a black lehenga with gold print and a dupatta", "unsupported"),
        col("black"),
        pat("printed"),
        color_of("blouse", "gold", "contradiction", kind="open"),
        sl("long"),
        mat("georgette"),
        title="Ishin Women Black & Gold-Toned Foil Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: man in an open-front ivory jacket-style sherwani over an ivory kurta with a maroon embroidered border,
    # ivory churidar, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-042",
        caption(
            "The man wears a long-sleeve coat with pure color patterns. The man wears a long-sleeve shirt with pure "
            "color patterns. The coat is open. The man wears long trousers."
        ),
        wearing("he is wearing a white long jacket over a white kurta with churidar", who="he"),
        col("maroon", "contradiction"),
        details("sherwani", "Question: What are the sherwani details? Answer: open front", "leak"),
        describe(
            "sherwani",
            "it is a sherwani it is a sherwani it is a sherwani it is a sherwani it is a sherwani it is a sherwani "
            "it is a",
            "loop",
            hit_limit=True,
        ),
        mat("cotton silk"),
        title="Tasva Men Off White Embroidered Jacket Style Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in a red net anarkali gown with gold sequin and zari work, full sleeves, a red net dupatta over her
    # head, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-043",
        caption(
            "The woman is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. There is a scarf on her head. The dress is long and flared and the scarf is "
            "with chiffon fabric. The woman",
            "cut",
            hit_limit=True,
        ),
        wearing("a red gown with gold work"),
        gt("dress"),
        col("red"),
        details("dress", "gold sequins on the bodice and the sleeves and zari on the hem"),
        describe("dress", "he is wearing a long red dress with gold sequins on the top", "pronoun"),
        title="Readiprint Fashions Women Red Embellished Net Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a rani pink chiffon saree with a mirror-work border, a pink sequinned short-sleeve blouse, the
    # pallu spread out behind her, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-044",
        caption(
            "The woman is wearing a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. "
            "The woman wears a long skirt with pure color patterns. The skirt is with chiffon fabric."
        ),
        wearing("a pink saree with mirrors on the border"),
        col("pink"),
        describe(
            "saree",
            "Question: Describe the saree. Answer: The saree is pink Question: Describe the blouse. Answer: The "
            "blouse is pink Question: Describe",
            "leak",
            hit_limit=True,
        ),
        details("saree", "mirror work border and a sequinned blouse"),
        mat("cotton", "unsupported"),
        title="Mitera Pink Mirror Work Embellished Chiffon Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: man in a cream silk kurta with gold zari at the collar and cuffs, a matching cream dhoti with a gold
    # border, a maroon angavastram with a gold border over the left shoulder, white backdrop, front view.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-045",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. The man "
            "wears long pants with pure color patterns. There is a scarf on his shoulder."
        ),
        wearing("a white kurta and a dhoti with a gold border", who="the man"),
        col("cream"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        is_a("sherwani", "yes", "contradiction"),
        details("kurta", "kurta", "non_answer"),
        mat("silk"),
        describe(
            "kurta",
            "the kurta is cream silk, knee length, and the dhoti is cream with a gold border. the stole is maroon "
            "with a gold border and it is",
            "cut",
            hit_limit=True,
        ),
        title="Sethukrishna Men Cream-Coloured & Gold-Toned Kurta with Dhoti Pants & Angavastram",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a lavender lehenga with silver embroidery, a sleeveless lavender blouse, a sheer lavender cape
    # with a silver border instead of a dupatta, white backdrop, front view. The feed row has no gender column.
    # Caption: caption adapter epoch 1; open answers: VQA adapter; closed: reference engine.
    case(
        "X645-046",
        caption(
            "The woman is wearing a sleeveless tank top with pure color patterns and a long skirt with floral "
            "patterns. There is a scarf on her shoulder."
        ),
        wearing("a purple lehenga with a cape"),
        col("lavender"),
        details(
            "lehenga",
            "silver embroidery on the skirt and the cape has a silver border, the blouse is sleeveless and the cape "
            "falls to the kn",
            "cut",
            hit_limit=True,
        ),
        describe(
            "lehenga",
            "the lehenga is lavender with silver flowers, a matching cape, a belt with tassels and a potli bag",
            "unsupported",
        ),
        sl("sleeveless"),
        is_a("lehenga", "yes"),
        title="Kalini Lavender Embroidered Lehenga & Blouse with Cape",
        category="Lehenga Choli",
        color="Lavender",
    ),
]
