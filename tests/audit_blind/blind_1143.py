"""BLIND_1143 (46 products; Myntra sarees, lehengas; caption then extractive QA): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 71/113 failures found (62.8%) and 12/153 correct texts flagged
(7.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic wear, article types Sarees and Lehenga Choli. Catalog photos are the
usual Myntra shots: a model wearing the piece on a white (now and then pale pink or grey) backdrop, face sometimes
cropped, front or three-quarter view; a saree is worn with its blouse, a lehenga choli as skirt, choli and dupatta.
Every product is captioned first, then an extractive QA model answers each question over the caption alone. The
questionnaire asks what the person wears, the color of every piece (saree and blouse; lehenga, choli and dupatta),
and on some products a description, the details or the material; some products also got one closed question from
the reference engine (garment type, pattern, or "Is this a lehenga?").

Who wrote what: captions come from three writers. Most are the untuned base Salesforce/blip2-opt-2.7b (short web
alt-text style: "a woman in a pink saree with gold border"; it stops by itself, names one or two colors, often only
the saree's or the lehenga's, sometimes invents jewellery or a bag, now and then says "a man"/"his" for a cropped
photo, sometimes keeps going into a "Question: ... Answer: ..." pair, and a few times writes web-question alt text
like "how to wear a saree in different styles"). Some are the caption adapter after epoch 1
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch): DeepFashion templates that still keep hue names, no end token, so it
runs to the 50-token limit and either loops or is cut mid-sentence; it says "gentleman/his" on headless shots. A few
are the epoch-3 adapter (Data2_V2_Blip2_Finetune_Caption): pure DeepFashion template, no hue names at all ("pure
color", "floral", "graphic" patterns), calls a saree "a long dress" or "a long skirt", invents chiffon/cotton
fabric, rings and belts, always runs to the limit. All open answers are spans that timpal0l/mdeberta-v3-base-squad2
extracted from the caption (an empty string when it returned no answer), so an answer can never hold more than its
caption did: it copies the caption's errors, gives the blouse or choli the only color the caption named, and takes
loops, cuts and leaked Question/Answer text along when its span reaches them. Closed answers (garment type, pattern)
come from the reference engine and are one candidate value each; a wrong pick is contradiction.

Labeling conventions and judgement calls:
- One label per text. A caption with several faults gets the one a reader would notice first: a loop over a cut, a
  cut or leak over a fabric invented inside it, a pronoun over an invented watch.
- Every answer that copies a caption's fault carries its own label; a correct span out of a faulty caption is correct.
- other_garment_color: a piece given a color that really belongs to something else in the photo (another piece of the
  set, the border or embroidery of the saree, worn jewellery, a denim jacket, the backdrop). A wrong color with no
  source in the photo, or a garment/material the seller contradicts, is contradiction. A swapped color in a caption
  or wearing answer is other_garment_color when the color is really there on the other piece.
- A saree called "a long dress", "a dress" or "a long skirt" is contradiction (seller says Sarees); a lehenga called
  "a long skirt" or "a skirt" and a dupatta called "a scarf" are accepted, but "a dress" for a lehenga is not.
- Pink is accepted for magenta, peach and rani pink; white for cream/off-white; silver for grey; maroon for burgundy;
  orange for rust; green for sea green, olive and mint; blue for navy and cobalt; light blue is wrong for lavender.
- A DeepFashion pattern word ("floral", "graphic", "pure color") or a fabric given as a color answer, an empty answer,
  or just the garment's name back, is non_answer. An answer that echoes the question or a web-question caption
  ("how to wear a saree", "what is a kerala saree") is restated. A caption that is only such a web question is
  non_answer.
- A fabric the title names differently (chiffon for a crepe or organza saree) is contradiction; a fabric or accessory
  that neither the photo shows nor the title names (silk, a purse, a belt, a watch, mirror work) is unsupported.
- "a man", "his", "he", "the gentleman" for these women's products is pronoun.
- hit_limit is set on captions that ran to the 50-token limit; extractive answers never hit a limit, and an answer
  that ends where its cut caption ended is labeled cut without hit_limit.
- Some rows lack a catalog column (color, category or gender), as the feed had them.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

GT = BLIND_QUESTIONS.garment_type
PATTERN = BLIND_QUESTIONS.pattern


def shade(garment, text, failure=None):
    """A piece's color question, answered by the extractive QA model over the caption (stored open)."""
    return color_of(garment, text, failure, kind="open")


BLIND_1143 = [
    # photo: magenta georgette saree with a gold zari border, matching magenta blouse, pallu over the left shoulder,
    # gold jhumkas, white backdrop, full front view. Caption: base blip2-opt-2.7b; answers: extractive QA.
    case(
        "X1143-001",
        caption("a woman in a pink saree with gold border"),
        wearing("a pink saree with gold border"),
        shade("saree", "pink"),
        shade("blouse", "pink"),
        describe("saree", "pink saree with gold border"),
        details("saree", "gold border"),
        title="Mitera Magenta Zari Border Poly Georgette Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: mustard lehenga with red and green gota-patti embroidery at the hem, red short-sleeved choli, red net
    # dupatta over one shoulder, white backdrop, front view. Caption: base; answers: extractive QA; type: reference.
    case(
        "X1143-002",
        caption("a woman in a yellow and red lehenga with a red dupatta"),
        wearing("a yellow and red lehenga with a red dupatta"),
        shade("lehenga", "yellow"),
        shade("choli", "red"),
        shade("dupatta", "red"),
        GT("lehenga choli"),
        title="Inddus Mustard & Red Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal crepe saree with a small white and mustard floral print, black elbow-sleeve blouse, three-quarter
    # view, white backdrop. Caption: epoch-3 caption adapter (looped to the limit); answers: extractive QA.
    case(
        "X1143-003",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The lady wears"
            " a long dress. The dress is with chiffon fabric and floral patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction"),
        shade("saree", "floral", "non_answer"),
        shade("blouse", "floral patterns", "non_answer"),
        material("chiffon fabric", "contradiction"),
        GT("saree"),
        title="Saree mall Teal Floral Printed Crepe Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: red Banarasi silk saree with gold zari buttis and a broad gold border, gold brocade blouse, glass
    # bangles, white backdrop, front view. Caption: base; answers: extractive QA; pattern: reference engine.
    case(
        "X1143-004",
        caption("a woman in a red and gold saree posing for a photo"),
        wearing("a red and gold saree"),
        shade("saree", "red and gold"),
        shade("blouse", "red and gold", "other_garment_color"),
        describe("saree", "red and gold saree"),
        PATTERN("woven"),
        title="Varanga Red & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue georgette saree with a silver sequin border, navy sleeveless blouse, cropped at the neck (no
    # face), white backdrop. Caption: base; answers: extractive QA.
    case(
        "X1143-005",
        caption("a man in a blue saree with silver sequins", "pronoun"),
        wearing("a man in a blue saree with silver sequins", "pronoun"),
        shade("saree", "blue"),
        shade("blouse", "blue"),
        describe("saree", "blue saree with silver sequins"),
        title="Mitera Navy Blue Sequinned Poly Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pastel peach net lehenga with silver sequin work, peach choli, sea green dupatta across the front,
    # white backdrop. Caption: base (swapped the two colors); answers: extractive QA; type: reference engine.
    case(
        "X1143-006",
        caption("a woman in a green lehenga with a pink dupatta", "other_garment_color"),
        wearing("a green lehenga with a pink dupatta", "other_garment_color"),
        shade("lehenga", "green", "other_garment_color"),
        shade("choli", "pink"),
        shade("dupatta", "pink", "other_garment_color"),
        GT("lehenga choli"),
        title="Panchhi Peach-Coloured & Sea Green Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: maroon velvet lehenga with gold zardozi embroidery, maroon three-quarter-sleeve choli, gold tissue
    # dupatta, bangles, white backdrop. Caption: epoch-1 caption adapter (cut at the limit); answers: extractive QA.
    case(
        "X1143-007",
        caption(
            "The lady wears a maroon top with three-quarter sleeves and a long maroon skirt with gold embroidery. The"
            " top is with velvet fabric. The skirt is with velvet fabric and pure color patterns. She wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon top with three-quarter sleeves and a long maroon skirt with gold embroidery"),
        shade("lehenga", "maroon"),
        shade("choli", "maroon"),
        shade("dupatta", "maroon", "other_garment_color"),
        material("velvet fabric"),
        details("lehenga", "pure color patterns. She wears a", "cut"),
        title="Inddus Maroon & Gold-Toned Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: half-and-half saree, lime green pleats and a pink pallu, pink blouse, white backdrop, front view.
    # Caption: base (ran on into a Question/Answer pair to the limit); answers: extractive QA.
    case(
        "X1143-008",
        caption(
            "a woman in a green and pink saree Question: what is the color of the blouse? Answer: pink Question: what"
            " is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a green and pink saree"),
        shade("saree", "green and pink"),
        shade("blouse", "pink"),
        describe("saree", "green and pink saree Question: what is the color of the blouse? Answer: pink", "leak"),
        title="Anouk Lime Green & Pink Half and Half Saree",
        category="Sarees",
        color="Lime Green",
        gender="Women",
    ),
    # photo: cream handloom cotton saree with a red and gold border, red blouse, empty hands, white backdrop.
    # Caption: base (invented a purse); answers: extractive QA; type: reference engine.
    case(
        "X1143-009",
        caption("a woman in a white saree with red border holding a purse", "unsupported"),
        wearing("a white saree with red border"),
        shade("saree", "white"),
        shade("blouse", "red"),
        describe("saree", "white saree with red border holding a purse", "unsupported"),
        GT("saree"),
        title="Mitera Cream-Coloured & Red Handloom Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: black chiffon saree with an all-over silver foil polka print, black sleeveless blouse, side pose, white
    # backdrop. Caption: epoch-3 caption adapter (looped to the limit); answers: extractive QA.
    case(
        "X1143-010",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric and graphic"
            " patterns. The dress is with chiffon fabric and graphic patterns. The dress is with chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns", "contradiction"),
        shade("saree", "graphic", "non_answer"),
        shade("blouse", "", "non_answer"),
        material("chiffon fabric"),
        details(
            "saree",
            "The dress is with chiffon fabric and graphic patterns. The dress is with chiffon fabric and graphic"
            " patterns",
            "loop",
        ),
        title="Sangria Black Foil Printed Chiffon Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow saree with small red and green bandhani dots, green blouse, white backdrop, front view.
    # Caption: base; answers: extractive QA; pattern: reference engine.
    case(
        "X1143-011",
        caption("a woman wearing a yellow saree with green blouse"),
        wearing("a yellow saree with green blouse"),
        shade("saree", "yellow"),
        shade("blouse", "green"),
        describe("saree", "yellow saree"),
        PATTERN("printed"),
        title="Kalini Mustard & Green Bandhani Print Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: royal blue silk lehenga with gold woven stripes, blue choli with a gold border, pink organza dupatta,
    # white backdrop. Caption: base; answers: extractive QA; yes/no: reference engine.
    case(
        "X1143-012",
        caption("a woman in a blue lehenga choli with gold stripes and a pink dupatta"),
        wearing("a blue lehenga choli with gold stripes and a pink dupatta"),
        shade("lehenga", "blue"),
        shade("choli", "blue"),
        shade("dupatta", "pink"),
        details("lehenga", "gold stripes"),
        is_a("lehenga", "yes"),
        title="Mimosa Blue & Pink Woven Design Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: rani pink raw silk lehenga with gold floral embroidery, pink choli, gold dupatta, a kundan necklace with
    # green emerald beads, white backdrop. Caption: base; answers: extractive QA.
    case(
        "X1143-013",
        caption("a woman in a pink lehenga with a green necklace and a gold dupatta"),
        wearing("a pink lehenga with a green necklace and a gold dupatta"),
        shade("lehenga", "pink"),
        shade("choli", "green", "other_garment_color"),
        shade("dupatta", "gold"),
        describe("lehenga", "pink lehenga"),
        title="Fabcartz Pink Embroidered Raw Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: peach organza saree with a floral print and a scalloped border, peach sleeveless blouse, white
    # backdrop. Caption: epoch-3 caption adapter (cut at the limit); answers: extractive QA.
    case(
        "X1143-014",
        caption(
            "The lady wears a sleeveless top with floral patterns and a long skirt. The top is with chiffon fabric and"
            " floral patterns. The skirt is with chiffon fabric and floral patterns. Her outfit is with floral"
            " patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless top with floral patterns and a long skirt", "contradiction"),
        shade("saree", "floral", "non_answer"),
        shade("blouse", "floral patterns", "non_answer"),
        material("chiffon fabric", "contradiction"),
        title="Mitera Peach Floral Printed Organza Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: lavender chiffon saree with a silver gota border, lavender blouse, model holding the pallu, white
    # backdrop. Caption: base (called it blue); answers: extractive QA.
    case(
        "X1143-015",
        caption("a woman in a blue saree with silver border", "contradiction"),
        wearing("a blue saree with silver border", "contradiction"),
        shade("saree", "blue", "contradiction"),
        shade("blouse", "blue", "contradiction"),
        details("saree", "silver border"),
        title="Saree mall Lavender Solid Chiffon Saree with Gota Patti Border",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: bottle green georgette lehenga with gold sequin stripes, green choli, green net dupatta, hands on hips,
    # nothing in her hands, white backdrop. Caption: base (invented a clutch); answers: extractive QA; type: reference.
    case(
        "X1143-016",
        caption("a woman in a green lehenga with gold sequins and a gold clutch", "unsupported"),
        wearing("a green lehenga with gold sequins and a gold clutch", "unsupported"),
        shade("lehenga", "green"),
        shade("choli", "green"),
        shade("dupatta", "gold", "other_garment_color"),
        GT("lehenga choli"),
        title="Ethnovog Green Sequinned Georgette Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: off-white kota doria saree with a green leaf print, dark green blouse, brown leather sling bag on the
    # shoulder, white backdrop. Caption: base; answers: extractive QA; pattern: reference engine (picked solid).
    case(
        "X1143-017",
        caption("a woman in a white and green saree with a brown bag"),
        wearing("a white and green saree with a brown bag"),
        shade("saree", "white and green"),
        shade("blouse", "green"),
        describe("saree", "white and green saree"),
        PATTERN("solid", "contradiction"),
        title="Kalini Off-White & Green Printed Kota Doria Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: rust cotton silk saree with a black temple border, black blouse, cropped at the chin, white backdrop.
    # Caption: epoch-1 caption adapter (gentleman/his, looped to the limit); answers: extractive QA.
    case(
        "X1143-018",
        caption(
            "The gentleman wears an orange saree with black border. His saree is with cotton fabric and pure color"
            " patterns. His saree is with cotton fabric and pure color patterns. His saree is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange saree with black border"),
        shade("saree", "orange"),
        shade("blouse", "black"),
        describe("saree", "His saree is with cotton fabric and pure color patterns", "pronoun"),
        material("cotton fabric"),
        title="Mitera Rust & Black Zari Woven Cotton Silk Saree",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: navy blue lehenga with red, yellow and green thread embroidery, navy choli, red dupatta over both arms,
    # white backdrop. Caption: base (dress and scarf); answers: extractive QA; type: reference engine.
    case(
        "X1143-019",
        caption("a woman in a blue dress with a red scarf", "contradiction"),
        wearing("a blue dress with a red scarf", "contradiction"),
        shade("lehenga", "blue"),
        shade("choli", "blue"),
        shade("dupatta", "red"),
        GT("lehenga choli"),
        title="Inddus Navy Blue & Red Thread Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black georgette saree with a red floral print, contrasting white embroidered blouse, white backdrop.
    # Caption: base; answers: extractive QA.
    case(
        "X1143-020",
        caption("a woman in a black saree with red flowers"),
        wearing("a black saree with red flowers"),
        shade("saree", "black"),
        shade("blouse", "black", "other_garment_color"),
        describe("saree", "black saree with red flowers"),
        title="Anouk Black & Red Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: sea green silk saree with gold zari checks, gold short-sleeved blouse, gold bangles, white backdrop.
    # Caption: epoch-1 caption adapter (cut at the limit); answers: extractive QA.
    case(
        "X1143-021",
        caption(
            "The lady wears a green saree with lattice patterns and a gold blouse with short sleeves. The saree is with"
            " silk fabric and lattice patterns. The blouse is with silk fabric and pure color patterns. There is an"
            " accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a green saree with lattice patterns and a gold blouse with short sleeves"),
        shade("saree", "green"),
        shade("blouse", "gold"),
        details("saree", "There is an accessory on her", "cut"),
        material("silk fabric"),
        title="Varanga Sea Green & Gold-Toned Checked Zari Silk Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: cream lehenga with a pastel multicolour floral print, cream choli, pink dupatta, cropped at the neck,
    # white backdrop. Caption: base ("he"); answers: extractive QA.
    case(
        "X1143-022",
        caption("he is wearing a white skirt with flowers and a pink scarf", "pronoun"),
        wearing("a white skirt with flowers and a pink scarf"),
        shade("lehenga", "white"),
        shade("choli", "white"),
        shade("dupatta", "pink"),
        describe("lehenga", "white skirt with flowers"),
        title="Panchhi Cream-Coloured & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
        gender="Women",
    ),
    # photo: yellow saree with white chikankari embroidery, yellow blouse, white backdrop, front view.
    # Caption: base (invented silk); answers: extractive QA.
    case(
        "X1143-023",
        caption("a woman in a yellow saree with white embroidery made of silk", "unsupported"),
        wearing("a yellow saree with white embroidery"),
        shade("saree", "yellow"),
        shade("blouse", "white", "other_garment_color"),
        describe("saree", "yellow saree with white embroidery made of silk", "unsupported"),
        material("silk", "unsupported"),
        title="Ada Yellow Chikankari Embroidered Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: red bridal lehenga with heavy gold embroidery, red short-sleeved choli, red dupatta with a gold border
    # over the head, white backdrop. Caption: epoch-3 caption adapter (looped to the limit); answers: extractive QA.
    case(
        "X1143-024",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with graphic patterns. The"
            " skirt is with graphic patterns. The skirt is with graphic patterns. The skirt is with graphic patterns."
            " The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve top with pure color patterns and a long skirt with graphic patterns"),
        shade(
            "lehenga",
            "graphic patterns. The skirt is with graphic patterns. The skirt is with graphic patterns",
            "loop",
        ),
        shade("choli", "pure color", "non_answer"),
        shade("dupatta", "", "non_answer"),
        title="Fabcartz Red Embroidered Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: grey saree with a pink floral print, pink blouse, white backdrop, three-quarter view. Caption: base
    # (web-question alt text); answers: extractive QA; pattern: reference engine.
    case(
        "X1143-025",
        caption("how to wear a saree in different styles", "non_answer"),
        wearing("how to wear a saree", "restated"),
        shade("saree", "", "non_answer"),
        shade("blouse", "a saree", "non_answer"),
        describe("saree", "how to wear a saree in different styles", "restated"),
        PATTERN("floral"),
        title="Saree mall Grey & Pink Floral Printed Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: lime green lehenga with a pink floral print, pink choli, pink dupatta, no mirror work anywhere, white
    # backdrop. Caption: base (invented mirror work); answers: extractive QA; pattern: reference engine.
    case(
        "X1143-026",
        caption("a woman in a green and pink lehenga with mirror work", "unsupported"),
        wearing("a green and pink lehenga with mirror work", "unsupported"),
        shade("lehenga", "green and pink"),
        shade("choli", "green and pink", "other_garment_color"),
        shade("dupatta", "green and pink", "other_garment_color"),
        details("lehenga", "mirror work", "unsupported"),
        PATTERN("solid", "contradiction"),
        title="Anouk Lime Green & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
        gender="Women",
    ),
    # photo: beige linen saree with a blue and orange striped border, beige blouse, plain grey studio backdrop.
    # Caption: base; answers: extractive QA; type: reference engine.
    case(
        "X1143-027",
        caption("a woman in a beige saree standing in front of a grey wall"),
        wearing("a beige saree"),
        shade("saree", "beige"),
        shade("blouse", "beige"),
        describe("saree", "beige saree"),
        GT("saree"),
        title="Fabindia Beige Striped Border Linen Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: maroon silk saree with a gold border, maroon blouse, white backdrop, front view. Caption: base (called
    # it brown); answers: extractive QA.
    case(
        "X1143-028",
        caption("a woman in a brown saree with gold border", "contradiction"),
        wearing("a brown saree with gold border", "contradiction"),
        shade("saree", "brown", "contradiction"),
        shade("blouse", "gold", "other_garment_color"),
        describe("saree", "brown saree with gold border", "contradiction"),
        title="Mitera Maroon Woven Design Silk Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: orange lehenga with a broad pink border, pink choli, orange dupatta, white backdrop. Caption: base (ran
    # into Question/Answer pairs to the limit); answers: extractive QA; type: reference engine.
    case(
        "X1143-029",
        caption(
            "a woman in an orange and pink lehenga Question: what is the color of the dupatta? Answer: orange"
            " Question: what is the color of the choli? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("an orange and pink lehenga"),
        shade("lehenga", "orange and pink"),
        shade("choli", "orange", "other_garment_color"),
        shade("dupatta", "Answer: orange", "leak"),
        GT("lehenga choli"),
        title="Ethnovog Orange & Pink Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
        gender="Women",
    ),
    # photo: white saree with a black geometric print, black short-sleeved blouse, black wristwatch, no belt, no
    # rings, white backdrop. Caption: epoch-3 caption adapter (cut at the limit); answers: extractive QA.
    case(
        "X1143-030",
        caption(
            "The lady wears a short-sleeve top with graphic patterns and a long skirt with graphic patterns. There is"
            " a belt around her waist. The skirt is with cotton fabric and graphic patterns. She wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve top with graphic patterns and a long skirt with graphic patterns", "contradiction"),
        shade("saree", "graphic patterns", "non_answer"),
        shade("blouse", "", "non_answer"),
        details("saree", "There is a belt around her waist", "unsupported"),
        material("cotton fabric", "unsupported"),
        title="Sangria White & Black Geometric Printed Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: pink cotton saree worn with a white printed blouse and an open blue denim jacket over it (fusion
    # styling), white backdrop. Caption: base; answers: extractive QA.
    case(
        "X1143-031",
        caption("a woman in a pink saree and a blue denim jacket"),
        wearing("a pink saree and a blue denim jacket"),
        shade("saree", "pink"),
        shade("blouse", "blue", "other_garment_color"),
        describe("saree", "pink saree"),
        title="Sangria Pink Solid Cotton Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: grey net lehenga with silver sequins, grey choli, grey dupatta, one hand on the hip, cropped at the chin,
    # white backdrop. Caption: base ("his"); answers: extractive QA.
    case(
        "X1143-032",
        caption("a person in a silver lehenga with his hand on his hip", "pronoun"),
        wearing("a silver lehenga"),
        shade("lehenga", "silver"),
        shade("choli", "silver"),
        shade("dupatta", "silver"),
        describe("lehenga", "silver lehenga with his hand on his hip", "pronoun"),
        title="Panchhi Grey Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Grey",
        gender="Women",
    ),
    # photo: cobalt blue cotton saree with a white ikat print, white blouse, no jewellery at all, white backdrop.
    # Caption: base (invented gold jewelry); answers: extractive QA; pattern: reference engine.
    case(
        "X1143-033",
        caption("a woman in a blue and white saree with gold jewelry", "unsupported"),
        wearing("a blue and white saree with gold jewelry", "unsupported"),
        shade("saree", "blue and white"),
        shade("blouse", "gold", "contradiction"),
        PATTERN("printed"),
        title="Mitera Blue & White Ikat Printed Cotton Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: purple Paithani silk saree with a green zari border, green blouse, white backdrop. Caption: epoch-1
    # caption adapter (looped to the limit); answers: extractive QA.
    case(
        "X1143-034",
        caption(
            "The lady wears a purple saree with green border and a green blouse. The saree is with silk fabric. The"
            " saree is with silk fabric. The saree is with silk fabric. The saree is with silk fabric. The saree",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple saree with green border and a green blouse"),
        shade("saree", "purple"),
        shade("blouse", "green"),
        material("silk fabric. The saree is with silk fabric. The saree is with silk fabric", "loop"),
        title="Varanga Purple & Green Paithani Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: black lehenga with a gold foil print, black choli with a gold foil border, gold net dupatta, white
    # backdrop. Caption: base (dupatta given the lehenga's black); answers: extractive QA.
    case(
        "X1143-035",
        caption("a woman in a black and gold lehenga with a black dupatta", "other_garment_color"),
        wearing("a black and gold lehenga with a black dupatta", "other_garment_color"),
        shade("lehenga", "black and gold"),
        shade("choli", "black and gold"),
        shade("dupatta", "black", "other_garment_color"),
        title="Inddus Black & Gold-Toned Foil Print Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: teal art silk saree with a copper zari border, copper blouse, pale pink studio backdrop. Caption: base;
    # answers: extractive QA; type: reference engine. The row has no category column.
    case(
        "X1143-036",
        caption("a woman in a teal saree standing in front of a pink wall"),
        wearing("a teal saree"),
        shade("saree", "teal"),
        shade("blouse", "pink", "other_garment_color"),
        describe("saree", "teal saree"),
        GT("saree"),
        title="Kalini Teal Zari Border Art Silk Saree",
        color="Teal",
        gender="Women",
    ),
    # photo: magenta and orange bandhani saree with a gota border, orange short-sleeved blouse, bangles, white
    # backdrop. Caption: epoch-1 caption adapter (cut at the limit); answers: extractive QA.
    case(
        "X1143-037",
        caption(
            "The lady wears a pink and orange saree with a orange blouse. The saree is with chiffon fabric and graphic"
            " patterns. Her blouse is with short sleeves. There is an accessory on her wrist. The lady wears a pink"
            " and",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink and orange saree with a orange blouse"),
        shade("saree", "pink and orange"),
        shade("blouse", "orange"),
        describe("saree", "The lady wears a pink and", "cut"),
        material("chiffon fabric", "unsupported"),
        title="Anouk Magenta & Orange Bandhani Saree with Gota Patti Border",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: off-white lehenga with gold sequins, emerald green choli, off-white dupatta, white backdrop.
    # Caption: base; answers: extractive QA; yes/no "Is this a lehenga?": reference engine (said no).
    case(
        "X1143-038",
        caption("a woman in a green top and white skirt"),
        wearing("a green top and white skirt"),
        shade("lehenga", "green", "other_garment_color"),
        shade("choli", "green"),
        shade("dupatta", "white"),
        describe("lehenga", "white skirt"),
        is_a("lehenga", "no", "contradiction"),
        title="Fabcartz Off-White & Green Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: mint green organza saree with pink floral embroidery, mint blouse, white backdrop. Caption: base;
    # answers: extractive QA; type: reference engine.
    case(
        "X1143-039",
        caption("she is wearing a light green saree with pink flowers"),
        wearing("a light green saree with pink flowers"),
        shade("saree", "light green"),
        shade("blouse", "pink", "other_garment_color"),
        describe("saree", "light green saree with pink flowers"),
        GT("saree"),
        title="Mitera Mint Green Floral Embroidered Organza Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: burgundy velvet lehenga with gold embroidery, burgundy choli, gold dupatta, white backdrop.
    # Caption: base; answers: extractive QA; type: reference engine (picked "dress").
    case(
        "X1143-040",
        caption("a woman in a maroon lehenga with a gold dupatta"),
        wearing("a maroon lehenga with a gold dupatta"),
        shade("lehenga", "maroon"),
        shade("choli", "maroon"),
        shade("dupatta", "gold"),
        GT("dress", "contradiction"),
        title="Inddus Burgundy Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
        gender="Women",
    ),
    # photo: pastel pink net saree with sequin work, pink sleeveless blouse, only small stud earrings, no necklace,
    # white backdrop. Caption: base (invented a pearl necklace); answers: extractive QA.
    case(
        "X1143-041",
        caption("a woman in a pink saree with a pearl necklace and earrings", "unsupported"),
        wearing("a pink saree with a pearl necklace and earrings", "unsupported"),
        shade("saree", "pink"),
        shade("blouse", "pink"),
        describe("saree", "pink saree with a pearl necklace", "unsupported"),
        title="Saree mall Pink Embellished Net Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: patchwork lehenga in red, yellow, blue and green panels, yellow choli, red dupatta, white backdrop.
    # Caption: base; answers: extractive QA; pattern: reference engine. The row has no color column.
    case(
        "X1143-042",
        caption("a woman in a colorful skirt and yellow top"),
        wearing("a colorful skirt and yellow top"),
        shade("lehenga", "colorful"),
        shade("choli", "yellow"),
        shade("dupatta", "yellow", "other_garment_color"),
        PATTERN("printed"),
        title="Fabcartz Multicoloured Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        gender="Women",
    ),
    # photo: olive green saree with a rust printed border, rust blouse, white backdrop. Caption: base (ran into a
    # Question/Answer pair to the limit); answers: extractive QA.
    case(
        "X1143-043",
        caption(
            "a woman in a green saree with orange border Question: what is the woman wearing? Answer: a green saree"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a green saree Question:", "leak"),
        shade("saree", "green"),
        shade("blouse", "orange"),
        describe("saree", "green saree with orange border"),
        title="Kalini Olive Green & Rust Printed Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: off-white and gold Kerala kasavu cotton saree, gold blouse, white backdrop. Caption: base (web-question
    # alt text); answers: extractive QA. The row has no gender column.
    case(
        "X1143-044",
        caption("what is a kerala saree and how to wear it", "non_answer"),
        wearing("what is a kerala saree", "restated"),
        shade("saree", "kerala", "non_answer"),
        shade("blouse", "", "non_answer"),
        describe("saree", "a kerala saree and how to wear it", "restated"),
        title="Mitera Off-White & Gold-Toned Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
    ),
    # photo: peach lehenga with light embroidery, mint green choli, peach dupatta, a peach potli bag in her hand,
    # white backdrop. Caption: base; answers: extractive QA.
    case(
        "X1143-045",
        caption("a woman in a peach lehenga holding a bag"),
        wearing("a peach lehenga"),
        shade("lehenga", "peach"),
        shade("choli", "peach", "other_garment_color"),
        shade("dupatta", "peach"),
        describe("lehenga", "peach lehenga"),
        title="Panchhi Peach & Mint Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: charcoal grey saree with silver zari stripes, silver short-sleeved blouse, no watch, cropped at the
    # neck, white backdrop. Caption: epoch-1 caption adapter (gentleman/his, cut at the limit); answers: extractive QA.
    case(
        "X1143-046",
        caption(
            "The gentleman wears a grey saree with striped patterns. His saree is with silk fabric and striped"
            " patterns. He wears a silver blouse with short sleeves. There is a watch on his wrist. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a grey saree with striped patterns"),
        shade("saree", "grey"),
        shade("blouse", "silver"),
        material("silk fabric", "unsupported"),
        details("saree", "There is a watch on his wrist", "unsupported"),
        title="Sangria Charcoal Grey Striped Zari Saree",
        category="Sarees",
        color="Charcoal",
        gender="Women",
    ),
]
