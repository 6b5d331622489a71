"""BLIND_635 (46 products; Myntra sarees, dupattas, shawls: caption + QA): written blind in the fifty-third session.
Measured blind at 177ce92 (the session's tenth rules): 91/141 failures found (64.5%) and 14/205 correct texts flagged
(6.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's sarees (28), dupattas (9) and shawls (9). Catalog photos, mostly worn by a
model on a plain studio backdrop (white, grey, beige, cream, pale blue or pink); sarees are worn with their blouse
(matching or contrasting), dupattas over a kurta with churidar, leggings, palazzo or jeans, shawls over a kurta, a
shirt, a sweater or a T-shirt. One saree is a folded flat shot with its blouse piece and no model. The feed's columns
are title, category (the seller's article type), color (the seller's base colour, the main product's) and gender;
one row lacks gender, one lacks color, one lacks category.

Who wrote what: the caption is free generation by the caption adapter (Data2_V2_Blip2_Finetune_Caption, epoch 3;
max 50 new tokens, no trained end token). It writes the DeepFashion template ("The lady wears a saree with floral
patterns. The saree is with chiffon fabric...") with hue words only for borders, calls kurtas shirts or dresses and
dupattas scarves or "outer clothing", and at times cuts off, repeats a sentence, invents an accessory, or says
"gentleman"/"his". The open questions "What is she wearing?", "Describe the X.", "What are the X details?" and the
material question are answered by the extractive QA model (mdeberta-v3-base-squad2) over that caption: verbatim
spans of the caption, an empty string when it finds nothing, and every error of the caption inherited. The main
product's color, the pattern, sleeve length, garment type and "Is this a X?" are closed, from enrich's
--engine reference (one candidate value, never loops or cuts). The per-piece color questions the experiments
asked of the other pieces (blouse, border, kurta, trousers...) are open and free generation by the VQA adapter
(Data3_V3_BLIP2_VQA; max 30 new tokens, no end token): usually one color word, sometimes a loop ("gold gold
gold..."), a run-on cut at the limit, a leak of further "Question: ... Answer:" pairs, the question restated, a
garment name or a "yes" instead of a color, "he is wearing...".

Labeling conventions and judgement calls:
- One label per text: the dominant failure. A caption that repeats a whole sentence is a loop even though it then
  ends cut; a leak that repeats pairs is a leak.
- other_garment_color: the wrong color is visibly that of another piece in the photo (blouse, border, pallu, kurta,
  trousers, jeans), or the main product's color given to another piece; closed answers included. A color found
  nowhere on the garments (a backdrop's grey, blue or beige, or an invented hue) is a contradiction.
- contradiction also covers the wrong garment type (a saree called a long skirt, "kurta" or "dress" for the
  garment type, "no" to "Is this a dupatta?"), a wrong pattern or sleeve length (closed or in the caption).
- Shades in the seller's group are right: maroon or red for maroon, yellow for mustard, white for cream or
  off-white, orange for rust, pink for magenta or peach, purple for lavender, green for sea green or mint, brown
  for copper. A multi-colored saree answered with its dominant color is right.
- The caption vocabulary has no georgette, organza, net or crepe: "chiffon" for a sheer georgette, organza or net
  is counted right; "cotton" for a crepe saree, "furry" for velvet, "denim" or "cotton" taken from the jeans',
  trousers' or kurta's sentence for the dupatta or shawl is unsupported. "knitting" for a woollen shawl is right.
- Invented accessories (ring, hat, belt, glasses, bag, watch, sunglasses) and details that cannot be seen (a
  deep back in a front view, embroidery on a plain blouse, tassels, woven parrots) are unsupported. A caption that
  puts a lady in a photo with no model is unsupported, and so is the QA span taken from it.
- non_answer: an empty span, "other fabric", a bare echo of the asked noun ("The saree", "Her blouse"), a garment
  name or "yes" for a color question. restated: a sentence that rephrases the question without a color ("the
  border color of the shawl", "the border is the border of the shawl").
- "gentleman"/"his"/"he" for these women's products is a pronoun failure; a QA span that carries no pronoun is
  judged on its content only. The row without gender has no pronoun failure.
- A QA span that ends where a cut caption ends ("knitting fabric and") is cut, without hit_limit (QA has no limit).
- A caption that paraphrases the saree's body as "pure color patterns" when it is plain with a contrast border, or
  "graphic patterns" for dots and woven buttis, "lattice" for ikat, "floral" for paisley, is counted right; the
  kurta called a "long-sleeve shirt" or an anarkali a "long dress" is right, since the kurta is not the product.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
garment = BLIND_QUESTIONS.garment_type
material = BLIND_QUESTIONS.material


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def woman(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


def piece(name, text, failure=None, hit_limit=False):
    """A per-piece color question asked open, free generation by the VQA adapter."""
    return color_of(name, text, failure, kind="open", hit_limit=hit_limit)


W = "Women"

BLIND_635 = [
    # photo: woman in a maroon Banarasi silk saree, plain maroon body, broad gold zari border, matching maroon
    # short-sleeve blouse, gold jhumkas and bangles; white backdrop, front view. Caption adapter wrote the caption,
    # QA the spans, reference engine the closed answers, VQA adapter the blouse and border colors.
    case(
        "X635-001",
        caption(
            "The lady wears a long saree with pure color patterns and a golden border. Her blouse has short "
            "sleeves and pure color patterns. There is an accessory on her wrist. The lady wears earrings."
        ),
        she("a long saree with pure color patterns and a golden border"),
        color_of("saree", "maroon"),
        piece("blouse", "maroon"),
        piece(
            "border",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        details("saree", "a golden border"),
        sleeves("long sleeves", "contradiction"),
        material("", "non_answer"),
        title="Ishin Women Maroon Banarasi Silk Saree with Zari Border",
        category="Sarees",
        color="Maroon",
        gender=W,
    ),
    # photo: navy blue georgette saree with white floral print and a thin pink border, pink sleeveless V-neck
    # blouse, no rings, hand on hip; white backdrop, front view. Caption adapter, QA spans, reference engine,
    # VQA adapter for the blouse and border.
    case(
        "X635-002",
        caption(
            "The lady wears a saree with floral patterns. The saree is with chiffon fabric. She wears a sleeveless "
            "blouse with pure color patterns. It has a V-shape neckline. There is a ring on her finger.",
            "unsupported",
        ),
        woman("a saree with floral patterns"),
        color_of("saree", "pink", "other_garment_color"),
        piece("blouse", "pink"),
        piece(
            "border",
            "pink and white and pink and white and pink and white and pink and white and pink and white and pink",
            "loop",
            hit_limit=True,
        ),
        sleeves("sleeveless"),
        material("chiffon fabric"),
        title="Mitera Navy Blue Floral Print Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender=W,
    ),
    # photo: woman in a white long-sleeve cotton kurta and white churidar, thin silver bangle, a mustard Phulkari
    # dupatta with pink, green and orange floral embroidery and an orange tasselled border over both shoulders;
    # grey backdrop. Caption adapter, QA, reference engine, VQA adapter for kurta and border.
    case(
        "X635-003",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric. She also wears a scarf with floral patterns. There is an accessory on her wrist."
        ),
        she("a long-sleeve kurta with pure color patterns and a long pants"),
        color_of("dupatta", "white", "other_garment_color"),
        piece("kurta", "he is wearing a white kurta", "pronoun"),
        piece("border", "orange"),
        details("dupatta", "floral patterns"),
        garment("kurta", "contradiction"),
        title="Vishudh Women Mustard Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Mustard",
        gender=W,
    ),
    # photo: woman in a black turtleneck sweater and blue jeans, a grey melange woollen shawl with black-and-white
    # woven paisley borders wrapped around the shoulders; white backdrop, front view. Caption adapter (hit the
    # limit), QA, reference engine, VQA adapter for sweater and border.
    case(
        "X635-004",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The pants are with "
            "denim fabric and pure color patterns. She also wears an outer clothing with knitting fabric and",
            "cut",
            hit_limit=True,
        ),
        woman("a long-sleeve sweater with pure color patterns and a long pants"),
        color_of("shawl", "black", "other_garment_color"),
        details("shawl", "knitting fabric and", "cut"),
        piece("border", "black and white"),
        piece("sweater", "grey", "other_garment_color"),
        is_a("shawl", "yes"),
        title="Pashmoda Women Grey Woven Design Woollen Shawl",
        category="Shawl",
        color="Grey",
        gender=W,
    ),
    # photo: peach chiffon saree with scattered silver sequins and a silver sequinned border, peach sleeveless
    # blouse with sequins, drop earrings; beige backdrop, model looking sideways. Caption adapter, QA, reference
    # engine, VQA adapter for blouse and border.
    case(
        "X635-005",
        caption(
            "This woman is wearing a saree with pure color patterns. The saree is with chiffon fabric. It has a "
            "silver border. Her blouse has no sleeves and pure color patterns. There is an accessory on her ear."
        ),
        she("a saree with pure color patterns"),
        color_of("saree", "beige", "contradiction"),
        piece(
            "blouse",
            "peach Question: What is the color of the border? Answer: silver Question: What is the color of the "
            "saree? Answer:",
            "leak",
            hit_limit=True,
        ),
        piece("border", "silver"),
        pattern("floral", "contradiction"),
        details("saree", "a silver border"),
        is_a("saree", "yes"),
        title="Inddus Peach Embellished Chiffon Saree",
        category="Sarees",
        color="Peach",
        gender=W,
    ),
    # photo: red Bandhani cotton saree (red field with small white dots) with a green border, green elbow-sleeve
    # blouse; white backdrop, front view. Caption adapter, QA, reference engine, VQA adapter for blouse and border.
    case(
        "X635-006",
        caption(
            "The gentleman wears a saree with graphic patterns. The saree is with cotton fabric and its border is "
            "green. His blouse has medium sleeves and pure color patterns.",
            "pronoun",
        ),
        wearing("a saree with graphic patterns"),
        color_of("saree", "green", "other_garment_color"),
        piece("blouse", "green"),
        piece(
            "border",
            "green and red and green and red and green and red and green and red and green and red and green",
            "loop",
            hit_limit=True,
        ),
        details("saree", "cotton fabric and its border is green"),
        pattern("printed"),
        title="Prafful Red & Green Bandhani Print Cotton Saree",
        category="Sarees",
        color="Red",
        gender=W,
    ),
    # photo: woman in a pink long-sleeve anarkali kurta and churidar with bangles, holding a plain pink chiffon
    # dupatta with a gold gota border across both arms; white backdrop. Caption adapter, QA, reference engine,
    # VQA adapter for kurta and border.
    case(
        "X635-007",
        caption(
            "The lady wears a long dress with pure color patterns. The dress is with chiffon fabric. She also wears "
            "a scarf with pure color patterns. There is an accessory on her wrist."
        ),
        she("a long dress with pure color patterns"),
        color_of("dupatta", "pink"),
        piece("kurta", "it is pink"),
        piece("border", "gold"),
        details("dupatta", "", "non_answer"),
        is_a("dupatta", "no", "contradiction"),
        pattern("floral", "contradiction"),
        title="Biba Women Pink Solid Chiffon Dupatta with Gota Border",
        category="Dupatta",
        color="Pink",
        gender=W,
    ),
    # photo: mustard art silk saree with woven paisley motifs, magenta pallu and border, magenta short-sleeve
    # blouse, a ring and bangles; white backdrop, model holding the pallu out. Caption adapter (hit the limit), QA,
    # reference engine, VQA adapter for blouse and border.
    case(
        "X635-008",
        caption(
            "The lady wears a saree with floral patterns. The saree is with silk fabric and its border is pink. She "
            "wears a short-sleeve blouse with pure color patterns. The lady wears a ring. There is an accessory on "
            "her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        she("a saree with floral patterns"),
        color_of("saree", "mustard"),
        piece("blouse", "mustard yellow", "other_garment_color"),
        piece("border", "pink"),
        details("saree", "silk fabric and its border is pink"),
        material("silk fabric"),
        pattern("solid", "contradiction"),
        title="Saree mall Mustard & Magenta Woven Design Art Silk Saree",
        category="Sarees",
        color="Mustard",
        gender=W,
    ),
    # photo: woman in a white long-sleeve shirt and black trousers, a red Kani shawl woven all over with
    # multicolored paisleys and a green paisley border, bareheaded; white backdrop. Caption adapter, QA, reference
    # engine, VQA adapter for shirt, trousers and border.
    case(
        "X635-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are with "
            "cotton fabric. She wears an outer clothing with floral patterns. There is a hat on her head.",
            "unsupported",
        ),
        woman("a long-sleeve shirt with pure color patterns and a long trousers"),
        color_of("shawl", "red"),
        piece(
            "border",
            "green, with a row of small paisleys in red and blue running along the edge of the shawl and the "
            "fringe at the",
            "cut",
            hit_limit=True,
        ),
        details("shawl", "outer clothing with floral patterns"),
        piece("shirt", "white"),
        piece(
            "trousers",
            "black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        garment("shawl"),
        title="Kashmir Loom Women Red Kani Woven Wool Shawl",
        category="Shawl",
        color="Red",
        gender=W,
    ),
    # photo: black georgette saree with a thin silver zari border, black long-sleeve blouse, silver jhumkas, no
    # rings; dark grey backdrop, side pose. Caption adapter, QA, reference engine, VQA adapter for blouse, border.
    case(
        "X635-010",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with chiffon fabric. She wears a "
            "long-sleeve blouse with pure color patterns. The lady wears earrings. The lady wears a ring.",
            "unsupported",
        ),
        woman("a saree with pure color patterns"),
        color_of("saree", "grey", "contradiction"),
        piece("blouse", "she is wearing a black blouse"),
        piece("border", "gold", "contradiction"),
        sleeves("long sleeves"),
        describe("saree", "pure color patterns"),
        title="Satya Paul Women Black Solid Georgette Saree",
        category="Sarees",
        color="Black",
        gender=W,
    ),
    # photo: teal Kanjeevaram silk saree, plain body, pink-and-gold contrast border, pink short-sleeve blouse, gold
    # temple necklace; white backdrop, front view. Caption adapter (looped), QA, reference engine, VQA adapter.
    case(
        "X635-011",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with silk fabric and its border is pink. "
            "She wears a short-sleeve blouse with pure color patterns. There is an accessory on her neck. There is "
            "an accessory on her neck. There is an accessory on her neck. There",
            "loop",
            hit_limit=True,
        ),
        she("a saree with pure color patterns"),
        color_of("saree", "pink", "other_garment_color"),
        piece("blouse", "pink"),
        piece("border", "red and silver", "contradiction"),
        details("saree", "silk fabric and its border is pink"),
        pattern("solid"),
        title="Kalyan Silks Teal Kanjeevaram Silk Saree with Contrast Border",
        category="Sarees",
        color="Teal",
        gender=W,
    ),
    # photo: woman in a navy blue long-sleeve kurta and white leggings, an off-white Chanderi dupatta with small
    # gold buttis and a gold border on one shoulder; white backdrop. Caption adapter, QA, reference engine, VQA
    # adapter for kurta, leggings and border.
    case(
        "X635-012",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns and a leggings. The leggings are with "
            "cotton fabric and pure color patterns. She wears a scarf with graphic patterns."
        ),
        woman("a long-sleeve shirt with pure color patterns and a leggings"),
        color_of("dupatta", "navy blue", "other_garment_color"),
        piece("kurta", "blue"),
        piece("leggings", "navy blue", "other_garment_color"),
        piece(
            "border",
            "white. Question: What is the color of the kurta? Answer: blue. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        details("dupatta", "graphic patterns"),
        garment("dupatta"),
        title="Jaipur Kurti Women Off-White Chanderi Dupatta with Gold Buttis",
        category="Dupatta",
        color="Off White",
        gender=W,
    ),
    # photo: multicolored crepe saree with a geometric print in blue, orange and yellow, mostly blue, solid blue
    # border, blue short-sleeve blouse, a bangle; white backdrop. Caption adapter, QA, reference engine, VQA adapter.
    case(
        "X635-013",
        caption(
            "The lady wears a saree with color block patterns. The saree is with cotton fabric. Her blouse has "
            "short sleeves and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        she("a saree with color block patterns"),
        color_of("saree", "blue"),
        piece("blouse", "blue"),
        piece(
            "border",
            "blue and orange and yellow and blue and orange and yellow and blue and orange and yellow and blue",
            "loop",
            hit_limit=True,
        ),
        pattern("printed"),
        material("cotton fabric", "unsupported"),
        describe("blouse", "short sleeves and pure color patterns"),
        title="Mitera Multicoloured Printed Crepe Saree",
        category="Sarees",
        color="Multi",
        gender=W,
    ),
    # photo: woman in a black long-sleeve kurta and black leggings, a beige pashmina shawl with a multicolored
    # floral sozni embroidered border draped over both shoulders; cream backdrop. Caption adapter, QA, reference
    # engine, VQA adapter for kurta and border.
    case(
        "X635-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. He also wears an "
            "outer clothing with floral patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants"),
        color_of("shawl", "beige"),
        piece("kurta", "black"),
        piece("border", "he is wearing a black shirt and black pants", "pronoun"),
        details("shawl", "floral patterns"),
        is_a("shawl", "yes"),
        material("", "non_answer"),
        title="Weavers Villa Women Beige Embroidered Pashmina Shawl",
        category="Shawl",
        color="Beige",
        gender=W,
    ),
    # photo: pink and orange Leheriya (diagonal stripes) chiffon saree with a gold gota border, orange sleeveless
    # blouse, a ring and bangles; white backdrop. Caption adapter, QA, reference engine, VQA adapter.
    case(
        "X635-015",
        caption(
            "The lady wears a saree with striped patterns. The saree is with chiffon fabric and its border is "
            "golden. Her blouse has no sleeves and pure color patterns. There is an accessory on her wrist. There "
            "is a ring on her finger."
        ),
        she("a saree with striped patterns"),
        color_of("saree", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        piece(
            "border",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        details("saree", "chiffon fabric and its border is golden"),
        pattern("checked", "contradiction"),
        sleeves("sleeveless"),
        title="Sangria Women Pink & Orange Leheriya Chiffon Saree",
        category="Sarees",
        color="Pink",
        gender=W,
    ),
    # photo: cream Kerala kasavu cotton saree with a gold border, red short-sleeve blouse, no belt, hands joined;
    # white backdrop. Caption adapter, QA, reference engine, VQA adapter for blouse and border.
    case(
        "X635-016",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with cotton fabric and its border is "
            "golden. Her blouse has short sleeves and pure color patterns. The lady wears a belt.",
            "unsupported",
        ),
        she("a saree with pure color patterns"),
        color_of("saree", "white"),
        piece(
            "blouse",
            "red Question: Is this a saree? Answer: yes Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        piece("border", "yes", "non_answer"),
        describe("blouse", "short sleeves and pure color patterns"),
        material("cotton fabric"),
        title="Kasavu Women Cream Kerala Cotton Saree with Zari Border",
        category="Sarees",
        color="Cream",
        gender=W,
    ),
    # photo: woman in a green long-sleeve kurta and green palazzo with a bangle, a red, yellow and orange Bandhani
    # chiffon dupatta with a red border; white backdrop. Caption adapter (hit the limit), QA, reference engine, VQA
    # adapter for kurta, palazzo and border.
    case(
        "X635-017",
        caption(
            "This woman is wearing a long-sleeve kurta with pure color patterns and a long pants. She also wears a "
            "scarf with graphic patterns. The scarf is with chiffon fabric. There is an accessory on her wrist. The "
            "woman wears a pair of",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve kurta with pure color patterns and a long pants"),
        color_of("dupatta", "green", "other_garment_color"),
        piece("kurta", "green"),
        piece("palazzo", "green"),
        piece("border", "red"),
        details("dupatta", "graphic patterns"),
        material("chiffon fabric"),
        garment("saree", "contradiction"),
        title="Anouk Women Multicoloured Bandhani Chiffon Dupatta",
        category="Dupatta",
        color="Multi",
        gender=W,
    ),
    # photo: lavender organza saree with floral embroidery, silver border, lavender sleeveless V-neck blouse, stud
    # earrings; white backdrop. Gender missing in the feed. Caption adapter, QA, reference engine, VQA adapter.
    case(
        "X635-018",
        caption(
            "The lady wears a saree with floral patterns. The saree is with chiffon fabric. Her blouse has no "
            "sleeves and pure color patterns. It has a V-shape neckline. There is an accessory on her ear."
        ),
        woman("a saree with floral patterns"),
        color_of("saree", "purple"),
        piece("blouse", "purple"),
        piece("border", "purple", "other_garment_color"),
        details("saree", "floral patterns"),
        describe("blouse", "", "non_answer"),
        is_a("saree", "yes"),
        pattern("striped", "contradiction"),
        title="Inddus Lavender Floral Embroidered Organza Saree",
        category="Sarees",
        color="Lavender",
    ),
    # photo: blue and white Ikat cotton saree with a navy blue border, white short-sleeve blouse, no glasses;
    # white backdrop. Caption adapter, QA, reference engine, VQA adapter for blouse and border.
    case(
        "X635-019",
        caption(
            "The lady wears a saree with lattice patterns. The saree is with cotton fabric and its border is blue. "
            "Her blouse has short sleeves and pure color patterns. The lady wears a pair of glasses.",
            "unsupported",
        ),
        she("a saree with lattice patterns"),
        color_of("saree", "blue"),
        piece("blouse", "blue", "other_garment_color"),
        piece("border", "navy blue"),
        pattern("checked", "contradiction"),
        details("saree", "cotton fabric and its border is blue"),
        title="Fabindia Women Blue & White Ikat Cotton Saree",
        category="Sarees",
        color="Blue",
        gender=W,
    ),
    # photo: woman in a white long-sleeve kurta and white churidar, a black Kullu woollen shawl with a red and
    # white geometric border; white backdrop. Caption adapter (hit the limit), QA, reference engine, VQA adapter.
    case(
        "X635-020",
        caption(
            "The lady wears an outer clothing with pure color patterns. The outer clothing is with knitting fabric. "
            "She wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with cotton "
            "fabric. She wears",
            "cut",
            hit_limit=True,
        ),
        she("an outer clothing with pure color patterns"),
        color_of("shawl", "brown", "contradiction"),
        piece("kurta", "white"),
        piece("border", "the border is the border of the shawl", "restated"),
        details("shawl", "knitting fabric"),
        garment("shawl"),
        title="Himachal Handloom Women Black Kullu Woollen Shawl",
        category="Shawl",
        color="Black",
        gender=W,
    ),
    # photo: green and gold Banarasi silk saree with woven gold buttis and a gold zari border, gold brocade
    # short-sleeve blouse, bangles; white backdrop, front view. Caption adapter, QA, reference engine, VQA adapter.
    case(
        "X635-021",
        caption(
            "The lady wears a long skirt with graphic patterns. The skirt is with silk fabric. Her blouse has short "
            "sleeves and graphic patterns. There is an accessory on her wrist.",
            "contradiction",
        ),
        woman("a long skirt with graphic patterns", "contradiction"),
        color_of("saree", "green"),
        piece("blouse", "gold with a deep back and a tassel tie", "unsupported"),
        piece("border", "gold"),
        garment("saree"),
        material("silk fabric"),
        title="Ishin Women Green & Gold-Toned Banarasi Silk Saree",
        category="Sarees",
        color="Green",
        gender=W,
    ),
    # photo: magenta georgette saree with a border of silver sequins, black sleeveless blouse, bangles; white
    # backdrop. Caption adapter, QA, reference engine, VQA adapter for blouse and border.
    case(
        "X635-022",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with chiffon fabric. Her blouse has no "
            "sleeves and pure color patterns. There is an accessory on her wrist."
        ),
        she("a saree with pure color patterns"),
        color_of("saree", "magenta"),
        piece("blouse", "magenta", "other_garment_color"),
        piece("border", "pink", "other_garment_color"),
        details("saree", "chiffon fabric"),
        pattern("embellished"),
        sleeves("short sleeves", "contradiction"),
        material("chiffon fabric"),
        title="Diva Fashion Magenta Embellished Georgette Saree",
        category="Sarees",
        color="Magenta",
        gender=W,
    ),
    # photo: woman in a white chikankari long-sleeve kurta and white palazzo with a bangle, a rust cotton dupatta
    # with black block-printed motifs, a black printed border and tassels; no bag; white backdrop. Caption adapter,
    # QA, reference engine, VQA adapter.
    case(
        "X635-023",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. She also wears a scarf with "
            "graphic patterns. There is an accessory on her wrist. She is holding a handbag.",
            "unsupported",
        ),
        she("a long-sleeve shirt with floral patterns and a long pants"),
        color_of("dupatta", "orange"),
        piece("kurta", "orange", "other_garment_color"),
        piece("palazzo", "white"),
        piece("border", "black with small mirrors", "unsupported"),
        details("dupatta", "graphic patterns"),
        is_a("dupatta", "yes"),
        title="Fabindia Women Rust Block Print Cotton Dupatta",
        category="Dupatta",
        color="Rust",
        gender=W,
    ),
    # photo: half-and-half saree, grey pleats and a pink pallu, pink border, pink short-sleeve blouse, bangles;
    # white backdrop. Caption adapter, QA, reference engine, VQA adapter for blouse and border.
    case(
        "X635-024",
        caption(
            "The lady wears a saree with color block patterns. The saree is with chiffon fabric and its border is "
            "golden. Her blouse has short sleeves and pure color patterns. There is an accessory on her wrist.",
            "contradiction",
        ),
        woman("a saree with color block patterns"),
        color_of("saree", "grey"),
        piece("blouse", "grey", "other_garment_color"),
        piece("border", "pink"),
        pattern("colourblocked"),
        details("saree", "chiffon fabric and its border is golden", "contradiction"),
        describe("blouse", "Her blouse", "non_answer"),
        title="Ziyaa Women Grey & Pink Half and Half Chiffon Saree",
        category="Sarees",
        color="Grey",
        gender=W,
    ),
    # photo: woman in a maroon long-sleeve sweater and grey trousers, an off-white wool blend shawl with light
    # brown checks and fringed ends, no border, over one shoulder; white backdrop. Caption adapter, QA, reference
    # engine, VQA adapter for sweater, trousers and border.
    case(
        "X635-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long trousers. She also wears an "
            "outer clothing with lattice patterns. The outer clothing is with knitting fabric."
        ),
        woman("a long-sleeve sweater with pure color patterns and a long trousers"),
        color_of("shawl", "maroon", "other_garment_color"),
        piece("sweater", "maroon"),
        piece("trousers", "the trousers are the color of the trousers", "restated"),
        piece(
            "border",
            "white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        details("shawl", "lattice patterns"),
        pattern("checked"),
        title="Muffynn Women Off-White Checked Wool Blend Shawl",
        category="Shawl",
        color="Off White",
        gender=W,
    ),
    # photo: orange cotton silk saree with a green temple border edged by a thin gold line, green elbow-sleeve
    # blouse, no bag; white backdrop. Caption adapter, QA, reference engine, VQA adapter for blouse and border.
    case(
        "X635-026",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with cotton fabric and its border is "
            "green. Her blouse has medium sleeves and pure color patterns. There is a bag in her hand.",
            "unsupported",
        ),
        she("a saree with pure color patterns"),
        color_of("saree", "orange"),
        piece("blouse", "orange", "other_garment_color"),
        piece(
            "border",
            "green, with a thin line of gold along the edge and the pleats of the saree fall down to the",
            "cut",
            hit_limit=True,
        ),
        describe("saree", "pure color patterns"),
        material("cotton fabric"),
        title="Kalakari India Orange Cotton Silk Saree",
        category="Sarees",
        color="Orange",
        gender=W,
    ),
    # photo: purple Paithani silk saree, plain body with a peacock-motif pallu and a golden border, purple
    # short-sleeve blouse with gold trim, necklace and bangles; white backdrop. Caption adapter, QA, reference
    # engine, VQA adapter for blouse and border.
    case(
        "X635-027",
        caption(
            "The lady wears a saree with pure color patterns and a golden border. Her blouse has short sleeves. The "
            "blouse is with silk fabric and graphic patterns. There is an accessory on her neck. There is an "
            "accessory on her wrist."
        ),
        woman("a saree with pure color patterns and a golden border"),
        color_of("saree", "purple"),
        piece("blouse", "blouse", "non_answer"),
        piece("border", "silver", "contradiction"),
        describe("blouse", "short sleeves"),
        garment("dress", "contradiction"),
        title="Mimosa Women Purple Paithani Silk Saree",
        category="Sarees",
        color="Purple",
        gender=W,
    ),
    # photo: woman in a yellow long-sleeve cotton kurta and white churidar with bangles, a white net dupatta with
    # yellow floral embroidery and a white scalloped border; white backdrop. Caption adapter (hit the limit), QA,
    # reference engine, VQA adapter for kurta and border.
    case(
        "X635-028",
        caption(
            "The woman wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. She "
            "also wears a scarf with floral patterns. The scarf is with chiffon fabric. There is an accessory on "
            "her wrist. The woman wears a",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve kurta with pure color patterns"),
        color_of("dupatta", "yellow", "other_garment_color"),
        piece("kurta", "yellow"),
        piece("border", "white"),
        details("dupatta", "floral patterns"),
        material("cotton fabric", "unsupported"),
        title="W Women White Embroidered Net Dupatta",
        category="Dupatta",
        color="White",
        gender=W,
    ),
    # photo: no model: a dark green Kanjeevaram silk saree folded flat, woven gold buttis and a gold border, a gold
    # blouse piece laid on top; white background, top view. Caption adapter, QA, reference engine, VQA adapter.
    case(
        "X635-029",
        caption(
            "The lady wears a saree with graphic patterns. The saree is with silk fabric and its border is golden.",
            "unsupported",
        ),
        she("a saree with graphic patterns", "unsupported"),
        color_of("saree", "green"),
        piece("blouse", "gold"),
        piece("border", "the color of the border of the saree", "restated"),
        details("saree", "silk fabric and its border is golden"),
        pattern("striped", "contradiction"),
        title="Pothys Green Kanjeevaram Silk Saree with Blouse Piece",
        category="Sarees",
        color="Green",
        gender=W,
    ),
    # photo: woman in a black short-sleeve T-shirt and blue jeans, a plain mustard acrylic shawl with self fringe
    # around the neck; white backdrop. Caption adapter, QA, reference engine, VQA adapter for T-shirt, jeans, border.
    case(
        "X635-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric. She also wears a scarf with pure color patterns."
        ),
        woman("a short-sleeve T-shirt with pure color patterns and a long pants"),
        color_of("shawl", "yellow"),
        piece("T-shirt", "he is wearing a black t-shirt", "pronoun"),
        piece("jeans", "blue"),
        piece("border", "yellow"),
        material("", "non_answer"),
        is_a("shawl", "no", "contradiction"),
        title="Ayesha Women Mustard Solid Acrylic Shawl",
        category="Shawl",
        color="Mustard",
        gender=W,
    ),
    # photo: red bridal georgette saree with heavy gold floral embroidery on the border, plain red sleeveless
    # blouse, gold necklace; white backdrop. Caption adapter (looped), QA, reference engine, VQA adapter.
    case(
        "X635-031",
        caption(
            "The lady wears a saree with floral patterns. The saree is with chiffon fabric and its border is "
            "golden. The lady wears a saree with floral patterns. The saree is with chiffon fabric and its border "
            "is golden. The lady",
            "loop",
            hit_limit=True,
        ),
        she("a saree with floral patterns"),
        color_of("saree", "red"),
        piece("blouse", "red with gold embroidery on the sleeves", "unsupported"),
        piece(
            "border",
            "gold Question: What is the color of the saree? Answer: red Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        pattern("embroidered"),
        material("chiffon fabric"),
        title="Indian Women Red Embroidered Georgette Saree",
        category="Sarees",
        color="Red",
        gender=W,
    ),
    # photo: beige tissue saree with a copper zari border (plain, no motifs), copper brocade short-sleeve blouse;
    # white backdrop. Caption adapter, QA, reference engine, VQA adapter for blouse and border.
    case(
        "X635-032",
        caption(
            "This lady is wearing a saree with pure color patterns. The saree is with other fabric and its border "
            "is golden. Her blouse has short sleeves and graphic patterns."
        ),
        she("a saree with pure color patterns"),
        color_of("saree", "beige"),
        piece("blouse", "beige", "other_garment_color"),
        piece("border", "golden brown with green parrots woven along the edge", "unsupported"),
        describe("blouse", "short sleeves and graphic patterns"),
        material("other fabric", "non_answer"),
        is_a("saree", "yes"),
        title="Ethnic Junction Beige Tissue Saree with Zari Border",
        category="Sarees",
        color="Beige",
        gender=W,
    ),
    # photo: woman in a black long-sleeve kurta and black salwar, earrings, no sunglasses, a red Banarasi dupatta
    # with gold woven motifs and a gold border; white backdrop. Caption adapter, QA, reference engine, VQA adapter.
    case(
        "X635-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. She also wears a scarf with graphic "
            "patterns. The scarf is with silk fabric and its border is golden. There is an accessory on her ear. "
            "She wears a pair of sunglasses.",
            "unsupported",
        ),
        she("a long-sleeve dress with pure color patterns"),
        color_of("dupatta", "red"),
        piece("kurta", "red", "other_garment_color"),
        piece(
            "border",
            "gold and black and gold and black and gold and black and gold and black and gold and black and gold",
            "loop",
            hit_limit=True,
        ),
        details("dupatta", "silk fabric and its border is golden"),
        garment("dupatta"),
        title="Ishin Women Red Banarasi Woven Dupatta",
        category="Dupatta",
        color="Red",
        gender=W,
    ),
    # photo: sea green chiffon saree with a white floral print, same-color border edged in white, white
    # short-sleeve blouse; white backdrop. Caption adapter, QA, reference engine, VQA adapter for blouse and border.
    case(
        "X635-034",
        caption(
            "The lady wears a saree with floral patterns. The saree is with chiffon fabric. His blouse has short "
            "sleeves and pure color patterns.",
            "pronoun",
        ),
        woman("a saree with floral patterns"),
        color_of("saree", "white", "other_garment_color"),
        piece("blouse", "white"),
        piece("border", "green"),
        details("saree", "chiffon fabric"),
        pattern("floral"),
        sleeves("sleeveless", "contradiction"),
        title="Mitera Sea Green Floral Print Chiffon Saree",
        category="Sarees",
        color="Sea Green",
        gender=W,
    ),
    # photo: woman in a navy blue long-sleeve kurta and white churidar, a maroon velvet shawl with a gold
    # embroidered border; white backdrop. Caption adapter, QA, reference engine, VQA adapter for kurta and border.
    case(
        "X635-035",
        caption(
            "The lady wears an outer clothing with pure color patterns. The outer clothing is with furry fabric. "
            "She wears a long-sleeve shirt with pure color patterns and a long pants.",
            "unsupported",
        ),
        woman("an outer clothing with pure color patterns"),
        color_of("shawl", "maroon"),
        piece("kurta", "maroon", "other_garment_color"),
        piece("border", "silver", "contradiction"),
        material("furry fabric", "unsupported"),
        details("shawl", "pure color patterns"),
        title="Pashtush Women Maroon Embroidered Velvet Shawl",
        category="Shawl",
        color="Maroon",
        gender=W,
    ),
    # photo: off-white Bengal Tant cotton saree with a red striped border, red long-sleeve blouse; white backdrop,
    # front view. Caption adapter, QA, reference engine, VQA adapter for blouse and border.
    case(
        "X635-036",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with cotton fabric and its border is "
            "red. Her blouse has long sleeves and pure color patterns."
        ),
        she("a saree with pure color patterns"),
        color_of("saree", "red", "other_garment_color"),
        piece("blouse", "red"),
        piece("border", "red"),
        details("saree", "The saree", "non_answer"),
        sleeves("short sleeves", "contradiction"),
        title="Bengal Handloom Women Off-White & Red Tant Cotton Saree",
        category="Sarees",
        color="Off White",
        gender=W,
    ),
    # photo: black crepe saree with white polka dots and a plain red border (no tassels), red sleeveless blouse,
    # bangles; white backdrop. Caption adapter (looped), QA, reference engine, VQA adapter for blouse and border.
    case(
        "X635-037",
        caption(
            "The lady wears a saree with graphic patterns. The saree is with chiffon fabric and its border is red. "
            "Her blouse has no sleeves and pure color patterns. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an accessory on",
            "loop",
            hit_limit=True,
        ),
        woman("a saree with graphic patterns"),
        color_of("saree", "black"),
        piece("blouse", "white", "other_garment_color"),
        piece("border", "red with gold tassels", "unsupported"),
        pattern("polka dots"),
        describe("saree", "graphic patterns"),
        title="Shaily Women Black & White Polka Dot Crepe Saree",
        category="Sarees",
        color="Black",
        gender=W,
    ),
    # photo: woman in a peach long-sleeve kurta and peach palazzo with bangles and no watch, a matching peach
    # chiffon dupatta with a mint green embroidered border; white backdrop. Caption adapter, QA, reference engine,
    # VQA adapter for kurta, palazzo and border.
    case(
        "X635-038",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long pants. She also wears a scarf "
            "with pure color patterns. The scarf is with chiffon fabric. There is a watch on her wrist.",
            "unsupported",
        ),
        she("a long-sleeve kurta with pure color patterns and a long pants"),
        color_of("dupatta", "peach"),
        piece("kurta", "peach"),
        piece(
            "palazzo",
            "peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach peach "
            "peach peach peach peach peach peach peach peach peach peach peach peach peach",
            "loop",
            hit_limit=True,
        ),
        piece("border", "the color of the border of the dupatta is the color of the border", "restated"),
        details("dupatta", "chiffon fabric"),
        is_a("dupatta", "yes"),
        title="Libas Women Peach Solid Dupatta with Embroidered Border",
        category="Dupatta",
        color="Peach",
        gender=W,
    ),
    # photo: royal blue Kanjeevaram silk saree, plain body, plain mustard border, mustard short-sleeve blouse, gold
    # necklace; white backdrop. The feed row has no color. Caption adapter, QA, reference engine, VQA adapter.
    case(
        "X635-039",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with silk fabric and its border is "
            "yellow. Her blouse has short sleeves and pure color patterns. There is an accessory on her neck."
        ),
        woman("a saree with pure color patterns"),
        color_of("saree", "yellow", "other_garment_color"),
        piece(
            "blouse",
            "yellow Question: What is the color of the saree? Answer: blue Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        piece("border", "yellow with red and green peacock motifs", "unsupported"),
        details("saree", "silk fabric and its border is yellow"),
        material("silk fabric"),
        title="Royal Rajgharana Women Blue Kanjeevaram Silk Saree",
        category="Sarees",
        gender=W,
    ),
    # photo: woman in a cream long-sleeve kurta and cream salwar, plain, a brown Kashmiri jamawar shawl woven with
    # cream and rust paisleys; white backdrop. Caption adapter (looped), QA, reference engine, VQA adapter.
    case(
        "X635-040",
        caption(
            "The lady wears an outer clothing with floral patterns. The outer clothing is with knitting fabric. She "
            "wears a long pants with pure color patterns. She wears a long pants with pure color patterns. She "
            "wears a long",
            "loop",
            hit_limit=True,
        ),
        woman("an outer clothing with floral patterns"),
        color_of("shawl", "brown"),
        piece("kurta", "white with red embroidery", "unsupported"),
        piece("salwar", "brown", "other_garment_color"),
        piece("border", "the border color of the shawl", "restated"),
        pattern("paisley"),
        title="Kashmir Loom Women Brown Paisley Jamawar Shawl",
        category="Shawl",
        color="Brown",
        gender=W,
    ),
    # photo: pastel pink net saree with scattered silver sequins and a silver border, pink sleeveless blouse, drop
    # earrings, pallu over the arm; light pink wall as backdrop. Caption adapter, QA, reference engine, VQA adapter.
    case(
        "X635-041",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with chiffon fabric. Her blouse has no "
            "sleeves and pure color patterns. There is an accessory on her ear."
        ),
        she("a saree with pure color patterns"),
        color_of("saree", "pink"),
        piece("blouse", "light pink"),
        piece("border", "silver"),
        material("chiffon fabric"),
        pattern("embellished"),
        sleeves("sleeveless"),
        title="Inddus Pink Embellished Net Saree",
        category="Sarees",
        color="Pink",
        gender=W,
    ),
    # photo: brown and orange Kalamkari print cotton saree with a black border, black short-sleeve blouse, a
    # bangle; white backdrop. Caption adapter, QA, reference engine, VQA adapter for blouse and border.
    case(
        "X635-042",
        caption(
            "The gentleman wears a saree with floral patterns. The saree is with cotton fabric and its border is "
            "black. His blouse has short sleeves and pure color patterns. There is an accessory on his wrist.",
            "pronoun",
        ),
        she("a saree with floral patterns"),
        color_of("saree", "black", "other_garment_color"),
        piece("blouse", "black"),
        piece(
            "border",
            "black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        details("saree", "cotton fabric and its border is black"),
        pattern("solid", "contradiction"),
        title="Vishnu Weaves Brown & Orange Kalamkari Print Cotton Saree",
        category="Sarees",
        color="Brown",
        gender=W,
    ),
    # photo: woman in a plain white long-sleeve kurta and blue jeans, an indigo Dabu print cotton dupatta with
    # white motifs and a white motif border; white backdrop. Caption adapter, QA, reference engine, VQA adapter.
    case(
        "X635-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric. She also wears a scarf with graphic patterns. The scarf is with cotton fabric."
        ),
        she("a long-sleeve shirt with pure color patterns and a long pants"),
        color_of("dupatta", "blue"),
        piece("kurta", "blue", "other_garment_color"),
        piece(
            "border",
            "white Question: What is the color of the dupatta? Answer: blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        material("denim fabric", "unsupported"),
        details("dupatta", "graphic patterns"),
        title="Fabindia Women Indigo Dabu Print Cotton Dupatta",
        category="Dupatta",
        color="Navy Blue",
        gender=W,
    ),
    # photo: pista green organza saree with a pink floral print and a pink border, pink short-sleeve blouse, a ring
    # and bangles; white backdrop. The feed row has no category. Caption adapter (hit the limit), QA, reference
    # engine, VQA adapter for blouse and border.
    case(
        "X635-044",
        caption(
            "The lady wears a saree with floral patterns. The saree is with chiffon fabric and its border is pink. "
            "Her blouse has short sleeves and pure color patterns. The lady wears a ring. There is an accessory on "
            "her wrist. She",
            "cut",
            hit_limit=True,
        ),
        she("a saree with floral patterns"),
        color_of("saree", "pink", "other_garment_color"),
        piece("blouse", "pink"),
        piece("border", "the border color of the saree is pink"),
        details("saree", "chiffon fabric and its border is pink"),
        sleeves("sleeveless", "contradiction"),
        title="Saree mall Green & Pink Floral Print Organza Saree",
        color="Green",
        gender=W,
    ),
    # photo: woman in a white long-sleeve top and black trousers, a red and black tartan checked wool shawl with
    # fringed ends over both shoulders; white backdrop. Caption adapter (hit the limit), QA, reference engine, VQA
    # adapter for trousers and border.
    case(
        "X635-045",
        caption(
            "The lady wears an outer clothing with lattice patterns. The outer clothing is with knitting fabric. "
            "She wears a long trousers with pure color patterns. The trousers are with cotton fabric. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        she("an outer clothing with lattice patterns"),
        color_of("shawl", "red"),
        piece("trousers", "black"),
        piece("border", "shawl", "non_answer"),
        pattern("checked"),
        is_a("shawl", "yes"),
        material("cotton fabric", "unsupported"),
        title="Tweens Women Red & Black Checked Wool Shawl",
        category="Shawl",
        color="Red",
        gender=W,
    ),
    # photo: white chikankari georgette saree with white floral embroidery, white sleeveless round-neck blouse, no
    # rings; pale blue backdrop. Caption adapter, QA, reference engine, VQA adapter for blouse and border.
    case(
        "X635-046",
        caption(
            "The lady wears a saree with floral patterns. The saree is with chiffon fabric. Her blouse has no "
            "sleeves and pure color patterns. It has a round neckline. There is a ring on her finger.",
            "unsupported",
        ),
        woman("a saree with floral patterns"),
        color_of("saree", "blue", "contradiction"),
        piece("blouse", "white"),
        piece(
            "border",
            "white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        pattern("embroidered"),
        describe("saree", "floral patterns"),
        title="Ada Women White Chikankari Embroidered Georgette Saree",
        category="Sarees",
        color="White",
        gender=W,
    ),
]
