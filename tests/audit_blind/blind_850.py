"""BLIND_850 (46 products; sarees and lehengas, caption then extractive QA): written blind in the fifty-sixth session.
Measured blind at 2a72e81 (the session's fourth rules): 77/124 failures found (62.1%) and 2/154 correct texts flagged
(1.3%). The writer's notes, verbatim:

Scenario: a night's run over Myntra women's ethnic wear, 23 sarees and 23 lehenga cholis, catalog photos (a model
on a white or studio-grey backdrop, jewellery, the dupatta or pallu draped over a shoulder). Each product gets one
caption, then an extractive QA model (timpal0l/mdeberta-v3-base-squad2) answers questions over that caption only:
"What is she wearing?", the color of every piece (saree and blouse; lehenga, choli and dupatta), and for some items
"Describe the ...", "What are the ... details?" or the material question.

Who wrote what: captions come from three writers. The untuned base Salesforce/blip2-opt-2.7b writes short captions
that stop cleanly ("a woman in a red and gold lehenga"); it names hues but gives one color to several pieces, calls
a lehenga or saree a "dress", takes colors from the wall, invents handbags and necklaces, and now and then says "a
man". The epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch) writes DeepFashion
templates ("The lady wears a long skirt. The skirt is with chiffon fabric"), never stops, runs to the 50-token
limit and loops or is cut there; it often gives patterns ("pure color patterns", "lattice") where a hue belongs,
keeps some hue words from the base, names fabrics the catalog contradicts and sometimes "his" or "the gentleman".
A mixed caption+VQA adapter (one epoch) writes base-like captions but sometimes runs on into its training format
("Question: what is the color of the dupatta? Answer: yellow") or VQA phrasing ("the color of the lehenga is").
The extractive QA model can only copy a span of the caption (or return nothing), so every answer inherits the
caption's errors: it copies loops, cut tails, leaked Question/Answer text, and picks the wrong color span when a
caption names several (the blouse asked, the saree's color given).

Labeling conventions and judgement calls:
- Every extractive answer is stored kind "open" (a free span, not a candidate picked by the reference engine), color
  questions included; there are no closed texts in this set.
- hit_limit=True only on captions that ran to the 50-token limit; an answer copied from a cut caption's tail is
  labeled cut but not hit_limit (the QA model itself stopped on its own).
- One label per text; when a text has several failures: loop, then leak, then cut, then pronoun, then
  other_garment_color / contradiction, then unsupported. A looping caption that also says "his" is a loop.
- other_garment_color: a piece's color answered with another piece's color (blouse asked, saree's hue given; a
  plain blouse given the saree's print colors "black and white"); also a "Describe the saree" answer that describes
  only the blouse ("a black top"). A caption that gives two pieces one wrong color is a contradiction.
- contradiction: a hue the photo and seller contradict (magenta as "purple", maroon as "brown", lime green as
  "yellow", dark green as "black"), a garment the seller contradicts (saree or lehenga as "dress"), a pattern the
  photo contradicts (checks as "striped", an embroidered choli as plain), sleeves wrong ("long-sleeve" for a
  sleeveless choli), and a color taken from the backdrop wall.
- Not failures: shades within the seller's hue (maroon as "red", peach as "pink", cream as "white", mustard as
  "yellow" or "gold", grey with sequins as "silver", navy as "blue", teal as "green" when it reads blue-green);
  "long skirt" for a lehenga; "top" or "blouse" or a plain "short-sleeve shirt" for a choli; "scarf" for a dupatta.
- unsupported: props, jewellery or borders not in the photo, and a fabric the seller's title contradicts (silk for
  a net, satin, cotton or georgette product; chiffon for georgette).
- non_answer: an empty span, a pattern with no hue for a color question ("pure color patterns", "lattice
  patterns"), "matching" for a color, and a backdrop phrase for the details question.
- restated: a span that echoes the question's wording ("the saree details are", "what is the color of the choli?",
  "the color of the lehenga is yellow"), even when a correct hue ends it.
- pronoun: "a man", "he", "his", "the gentleman" for these women's products; gender is Women for every row that has
  it.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, material, wearing


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(piece, text, failure=None):
    """Extractive QA span for the color of one piece, stored open."""
    return color_of(piece, text, failure, kind="open")


BLIND_850 = [
    # photo: pink georgette saree with a small white floral print, plain pink elbow-sleeve blouse, pallu over the left
    # shoulder, silver jhumkas; white backdrop, front view. Caption: base BLIP-2; answers: extractive QA.
    case(
        "X850-001",
        caption("a woman in a pink saree with white flowers on it"),
        she("a pink saree with white flowers"),
        col("saree", "pink"),
        col("blouse", "pink"),
        describe("saree", "pink saree with white flowers"),
        details("saree", "white flowers"),
        title="Prafful Women Pink Printed Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon velvet lehenga with gold zari embroidery, maroon choli with gold-bordered sleeves, beige net dupatta
    # with a gold border pinned over the left shoulder; white backdrop, front. Caption: base BLIP-2; answers: QA.
    case(
        "X850-002",
        caption("a woman in a red and gold lehenga posing for a photo"),
        she("a red and gold lehenga"),
        col("lehenga", "red and gold"),
        col("choli", "red and gold"),
        col("dupatta", "red and gold", "other_garment_color"),
        describe("lehenga", "red and gold lehenga"),
        title="Ethnic Closet Women Maroon Embroidered Velvet Lehenga Choli",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue chiffon saree with a thin silver border, contrast orange blouse, full length; white backdrop.
    # Caption: epoch-1 caption adapter (looped to the limit); answers: extractive QA.
    case(
        "X850-003",
        caption(
            "The lady wears a blue saree with a silver border. The saree is with chiffon fabric and solid color "
            "patterns. Her blouse is blue. Her blouse is blue. Her blouse is blue. Her blouse is blue. Her blouse",
            "loop",
            hit_limit=True,
        ),
        she("a blue saree with a silver border"),
        col("saree", "blue"),
        col("blouse", "blue", "other_garment_color"),
        describe("saree", "chiffon fabric and solid color patterns"),
        details("saree", "Her blouse is blue. Her blouse is blue. Her blouse is blue", "loop"),
        title="Avishi Women Navy Blue Chiffon Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink lehenga with a broad green border, green choli, pink dupatta with gota trim over one arm; white
    # backdrop. Caption: base BLIP-2 (no dupatta named, so the QA returns nothing for it); answers: extractive QA.
    case(
        "X850-004",
        caption("a woman in a pink and green lehenga with a green blouse"),
        she("a pink and green lehenga with a green blouse"),
        col("lehenga", "pink and green"),
        col("choli", "green"),
        col("dupatta", "", "non_answer"),
        describe("lehenga", "pink and green lehenga"),
        details("lehenga", "pink and green"),
        title="Mitera Women Pink & Green Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle-green crepe saree with a mustard paisley print, mustard blouse, small gold studs, no necklace;
    # white backdrop, model holding the pallu. Caption: base BLIP-2 (invents a necklace); answers: extractive QA.
    case(
        "X850-005",
        caption("a woman in a green sari with a yellow blouse and a gold necklace", "unsupported"),
        she("a green sari with a yellow blouse and a gold necklace", "unsupported"),
        col("saree", "green"),
        col("blouse", "yellow"),
        describe("saree", "green sari with a yellow blouse"),
        title="Saree mall Green Printed Crepe Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: bridal red raw-silk lehenga with gold embroidery, red choli, red net dupatta with a gold sequin border,
    # gold choker and maang tikka; white backdrop. Caption: mixed caption+VQA adapter, ran on into Q/A pairs to the
    # limit; answers: extractive QA.
    case(
        "X850-006",
        caption(
            "a bride in a red lehenga with gold embroidery Question: what is the color of the lehenga? Answer: red "
            "Question: what is the color of the dupatta? Answer: red Question: what is she wearing? Answer: a red "
            "lehenga Question:",
            "leak",
            hit_limit=True,
        ),
        she("a red lehenga with gold embroidery"),
        col("lehenga", "red"),
        col("choli", "red"),
        col("dupatta", "red Question: what is she wearing? Answer: a red lehenga", "leak"),
        describe("lehenga", "red lehenga with gold embroidery"),
        details("lehenga", "gold embroidery"),
        title="Vastrangan Women Red Embroidered Raw Silk Bridal Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: mustard cotton saree with a maroon woven border, maroon blouse; white backdrop, three-quarter view.
    # Caption: base BLIP-2; answers: extractive QA (takes the first color for the blouse).
    case(
        "X850-007",
        caption("a woman in a yellow saree with a red border and red blouse"),
        she("a yellow saree with a red border and red blouse"),
        col("saree", "yellow"),
        col("blouse", "yellow", "other_garment_color"),
        describe("saree", "yellow saree with a red border"),
        details("saree", "a red border"),
        title="Diva Women Mustard Yellow Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy chiffon lehenga with a gold foil print, plain peach short-sleeve choli, peach dupatta over the arm,
    # gold bangles; white backdrop. Caption: epoch-1 caption adapter, looped to the limit; answers: extractive QA.
    case(
        "X850-008",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long blue skirt. The skirt is "
            "with chiffon fabric and graphic patterns. There is an accessory on her wrist. The lady wears a ring. "
            "The lady wears a ring. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with pure color patterns and a long blue skirt"),
        col("lehenga", "blue"),
        col("choli", "pure color patterns", "non_answer"),
        col("dupatta", "blue", "other_garment_color"),
        details("lehenga", "chiffon fabric and graphic patterns"),
        title="Shaily Women Navy & Peach Foil Print Chiffon Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black crepe saree with a white geometric print, plain black sleeveless blouse, hand on hip, no bag;
    # white backdrop. Caption: base BLIP-2 (invents a handbag); answers: extractive QA.
    case(
        "X850-009",
        caption("a woman in a black and white saree with a black handbag", "unsupported"),
        she("a black and white saree with a black handbag", "unsupported"),
        col("saree", "black and white"),
        col("blouse", "black and white", "other_garment_color"),
        describe("saree", "black and white saree"),
        title="Satya Paul Women Black Printed Crepe Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green lehenga with a pink border, pink choli, pink dupatta over both shoulders; white backdrop.
    # Caption: base BLIP-2 (calls the lehenga a dress); answers: extractive QA.
    case(
        "X850-010",
        caption("a woman in a green dress with a pink scarf", "contradiction"),
        she("a green dress with a pink scarf", "contradiction"),
        col("lehenga", "green"),
        col("choli", "green", "other_garment_color"),
        col("dupatta", "pink"),
        title="Panchhi Women Green & Pink Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: green art-silk saree with a gold zari border, gold tissue blouse, bangles; white backdrop, model holding
    # the pallu out. Caption: epoch-1 caption adapter, looped to the limit; answers: extractive QA.
    case(
        "X850-011",
        caption(
            "The lady wears a green saree with gold border. The saree is with silk fabric and pure color patterns. "
            "The lady wears a green blouse. There is an accessory on her wrist. The lady wears a green saree with "
            "gold border. The saree",
            "loop",
            hit_limit=True,
        ),
        she("a green saree with gold border"),
        col("saree", "green"),
        col("blouse", "green", "other_garment_color"),
        details("saree", "silk fabric and pure color patterns"),
        describe("saree", "a green saree with gold border"),
        title="Kalini Women Green Woven Design Art Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: peach net lehenga with silver sequin work, peach choli, ivory dupatta, empty hands; white backdrop.
    # Caption: base BLIP-2 (invents a clutch); answers: extractive QA. Feed row has no gender.
    case(
        "X850-012",
        caption("a woman in a pink lehenga holding a pink clutch", "unsupported"),
        she("a pink lehenga"),
        col("lehenga", "pink"),
        col("choli", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        details("lehenga", "holding a pink clutch", "unsupported"),
        describe("lehenga", "a pink lehenga"),
        title="Fabcartz Women Peach Sequinned Net Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
    ),
    # photo: red georgette saree with black polka dots, plain black blouse; white backdrop, front view.
    # Caption: base BLIP-2; answers: extractive QA.
    case(
        "X850-013",
        caption("a woman in a red and black polka dot sari"),
        she("a red and black polka dot sari"),
        col("saree", "red and black"),
        col("blouse", "red", "other_garment_color"),
        describe("saree", "red and black polka dot sari"),
        details("saree", "polka dot"),
        title="Vishudh Women Red Polka Dot Print Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: mustard satin lehenga with a maroon floral print, maroon round-neck short-sleeve choli, maroon dupatta
    # with a gold border over the shoulder; white backdrop. Caption: epoch-1 caption adapter, cut at the limit;
    # answers: extractive QA.
    case(
        "X850-014",
        caption(
            "The woman is wearing a yellow long skirt with floral patterns and a red short-sleeve top. The skirt is "
            "with cotton fabric. Her top has short sleeves, cotton fabric and pure color patterns. The neckline of "
            "it is round. There is a scarf on her",
            "cut",
            hit_limit=True,
        ),
        she("a yellow long skirt with floral patterns and a red short-sleeve top"),
        col("lehenga", "yellow"),
        col("choli", "red"),
        col("dupatta", "", "non_answer"),
        describe("dupatta", "a scarf on her", "cut"),
        material("cotton", "unsupported"),
        title="Ishin Women Mustard & Maroon Floral Print Satin Lehenga Choli",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: magenta Banarasi silk saree with gold zari buttis and a heavy gold pallu, magenta blouse, gold jhumkas;
    # white backdrop. Caption: base BLIP-2 (reads magenta as purple); answers: extractive QA.
    case(
        "X850-015",
        caption("a woman in a purple and gold sari", "contradiction"),
        she("a purple and gold sari", "contradiction"),
        col("saree", "purple and gold", "contradiction"),
        col("blouse", "purple and gold", "contradiction"),
        describe("saree", "purple and gold sari", "contradiction"),
        title="Mitera Women Magenta Woven Design Banarasi Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: off-white lehenga with gold mirror work, choli of gold brocade on an ivory base, off-white net dupatta;
    # grey studio backdrop. Caption: base BLIP-2; answers: extractive QA (the wall's grey for the dupatta).
    case(
        "X850-016",
        caption("a woman in a white and gold lehenga standing in front of a grey wall"),
        she("a white and gold lehenga"),
        col("lehenga", "white and gold"),
        col("choli", "white and gold"),
        col("dupatta", "grey", "contradiction"),
        describe("lehenga", "white and gold lehenga"),
        title="Soch Women Off White & Gold Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: half-and-half georgette saree, orange pleats and a pink pallu with a gold border, pink blouse; white
    # backdrop. Caption: mixed caption+VQA adapter (says silk, adds a VQA sentence); answers: extractive QA.
    case(
        "X850-017",
        caption(
            "a woman wearing an orange and pink silk saree with a pink blouse. the color of the blouse is pink",
            "unsupported",
        ),
        she("an orange and pink silk saree with a pink blouse", "unsupported"),
        col("saree", "orange and pink"),
        col("blouse", "the color of the blouse is pink", "restated"),
        material("silk", "unsupported"),
        title="Triveni Women Orange & Pink Half and Half Georgette Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: turquoise net lehenga with silver embroidery, silver-grey sleeveless sweetheart-neck choli, turquoise
    # dupatta over the arm; white backdrop. Caption: epoch-1 caption adapter, no hue at all, cut at the limit;
    # answers: extractive QA.
    case(
        "X850-018",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a v-shape neckline. The female wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns", "contradiction"),
        col("lehenga", "pure color patterns", "non_answer"),
        col("choli", "", "non_answer"),
        col("dupatta", "", "non_answer"),
        title="Kalini Women Turquoise Blue Embroidered Net Lehenga Choli",
        category="Lehenga Choli",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: grey net saree with a silver sequin border, black sleeveless blouse; white backdrop, side pose.
    # Caption: base BLIP-2; answers: extractive QA.
    case(
        "X850-019",
        caption("a woman in a silver saree with sequins"),
        she("a silver saree with sequins"),
        col("saree", "silver"),
        col("blouse", "silver", "other_garment_color"),
        describe("saree", "silver saree with sequins"),
        title="Saree mall Women Grey Embellished Net Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: royal blue lehenga with gold gota patti, royal blue choli, yellow dupatta with a gota border held behind
    # her back; white backdrop. Caption: mixed caption+VQA adapter (runs on into a Q/A pair, then stops);
    # answers: extractive QA.
    case(
        "X850-020",
        caption(
            "a woman in a blue lehenga with a yellow dupatta Question: what is the color of the dupatta? Answer: "
            "yellow",
            "leak",
        ),
        she("a blue lehenga with a yellow dupatta"),
        col("lehenga", "blue"),
        col("choli", "blue"),
        col("dupatta", "yellow"),
        details("lehenga", "Answer: yellow", "leak"),
        describe("lehenga", "a blue lehenga with a yellow dupatta"),
        title="Aasvaa Women Blue Gota Patti Lehenga Choli",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: beige cotton saree with a maroon block print and a maroon border, maroon blouse; white backdrop.
    # Caption: base BLIP-2 ("a man"); answers: extractive QA.
    case(
        "X850-021",
        caption("a man in a beige sari with a red border", "pronoun"),
        she("a beige sari with a red border"),
        col("saree", "beige"),
        col("blouse", "red"),
        describe("saree", "beige sari with a red border"),
        details("saree", "a red border"),
        title="Ishin Women Beige & Maroon Block Print Cotton Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: baby-pink net lehenga with gold sequins, gold sleeveless choli, pink dupatta over the shoulder; white
    # backdrop. Caption: epoch-1 caption adapter, looped to the limit; answers: extractive QA.
    case(
        "X850-022",
        caption(
            "The lady wears a pink long skirt with sequin patterns and a gold sleeveless top. The skirt is with silk "
            "fabric. There is a pink scarf on her shoulder. The lady wears a pink long skirt with sequin patterns and "
            "a gold sleeveless top. The",
            "loop",
            hit_limit=True,
        ),
        she("a pink long skirt with sequin patterns and a gold sleeveless top"),
        col("lehenga", "pink"),
        col("choli", "gold"),
        col("dupatta", "pink"),
        material("silk", "unsupported"),
        details("lehenga", "sequin patterns"),
        title="Mitera Women Pink Sequinned Net Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: purple chiffon saree with a lavender border, black blouse; white backdrop, front view.
    # Caption: base BLIP-2; answers: extractive QA.
    case(
        "X850-023",
        caption("a woman in a purple saree with a black top"),
        she("a purple saree with a black top"),
        col("saree", "purple"),
        col("blouse", "purple", "other_garment_color"),
        describe("saree", "a black top", "other_garment_color"),
        title="Avishi Women Purple Chiffon Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: red lehenga with a green border and gold zari, green choli, red dupatta with a green border, kundan
    # necklace; white backdrop. Caption: base BLIP-2; answers: extractive QA.
    case(
        "X850-024",
        caption("a woman in a red and green lehenga with a green top and a red scarf"),
        she("a red and green lehenga with a green top and a red scarf"),
        col("lehenga", "red and green"),
        col("choli", "red", "other_garment_color"),
        col("dupatta", "red"),
        describe("lehenga", "red and green lehenga"),
        details("dupatta", "a red scarf"),
        title="Zeel Women Red & Green Zari Work Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: light blue georgette saree with an orange floral print, plain orange blouse, thin gold bangle; white
    # backdrop. Caption: epoch-1 caption adapter, looped to the limit; answers: extractive QA.
    case(
        "X850-025",
        caption(
            "The lady is wearing a blue saree with floral patterns. The saree is with chiffon fabric. Her blouse is "
            "blue with floral patterns. There is an accessory on her wrist. There is an accessory on her wrist. There "
            "is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        she("a blue saree with floral patterns"),
        col("saree", "blue"),
        col("blouse", "blue with floral patterns", "other_garment_color"),
        describe("saree", "chiffon fabric", "unsupported"),
        details("saree", "There is an accessory on her wrist. There is an accessory on her wrist", "loop"),
        title="Prafful Women Blue & Orange Floral Printed Georgette Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: black velvet lehenga with gold embroidery, black choli with gold-embroidered sleeves, gold tissue dupatta;
    # white backdrop. Caption: mixed caption+VQA adapter, Q/A pairs to the limit; answers: extractive QA.
    case(
        "X850-026",
        caption(
            "a woman in a black and gold lehenga. Question: what is the color of the lehenga? Answer: black and "
            "gold. Question: what is the color of the choli? Answer: black and gold. Question: what is the color of "
            "the",
            "leak",
            hit_limit=True,
        ),
        she("a black and gold lehenga"),
        col("lehenga", "black and gold"),
        col("choli", "what is the color of the choli?", "restated"),
        col("dupatta", "black and gold. Question: what is the color of the", "leak"),
        describe("lehenga", "a black and gold lehenga"),
        title="Vastrangan Women Black & Gold Embroidered Velvet Lehenga Choli",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: maroon Kanjeevaram-style saree with a mustard zari border, mustard blouse; white backdrop.
    # Caption: base BLIP-2 (reads maroon as brown); answers: extractive QA.
    case(
        "X850-027",
        caption("a woman in a brown sari with a gold border", "contradiction"),
        she("a brown sari with a gold border", "contradiction"),
        col("saree", "brown", "contradiction"),
        col("blouse", "gold"),
        describe("saree", "brown sari with a gold border", "contradiction"),
        details("saree", "a gold border"),
        title="Shaily Women Maroon Art Silk Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: lime green chiffon lehenga with pink thread embroidery, plain pink short-sleeve choli, lime green dupatta
    # with a pink border; white backdrop. Caption: epoch-1 caption adapter (lime read as yellow), looped to the
    # limit; answers: extractive QA.
    case(
        "X850-028",
        caption(
            "The lady wears a short-sleeve pink top with pure color patterns and a long yellow skirt. The skirt is "
            "with chiffon fabric and floral patterns. The lady wears a yellow scarf. The lady wears a yellow scarf. "
            "The lady wears a yellow scarf. The lady",
            "loop",
            hit_limit=True,
        ),
        she("a short-sleeve pink top with pure color patterns and a long yellow skirt", "contradiction"),
        col("lehenga", "yellow", "contradiction"),
        col("choli", "pink"),
        col("dupatta", "yellow", "contradiction"),
        details("lehenga", "chiffon fabric and floral patterns"),
        title="Ethnic Closet Women Lime Green Embroidered Chiffon Lehenga Choli",
        category="Lehenga Choli",
        color="Lime Green",
        gender="Women",
    ),
    # photo: Bengal-style cream cotton saree with a red border, red blouse, red bangles; white backdrop.
    # Caption: base BLIP-2; answers: extractive QA.
    case(
        "X850-029",
        caption("a woman in a white sari with a red border"),
        she("a white sari with a red border"),
        col("saree", "white"),
        col("blouse", "red"),
        describe("saree", "a white sari with a red border"),
        details("saree", "red border"),
        title="Triveni Women Cream & Red Handloom Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: purple lehenga with gold zari, gold choli, pink dupatta, no belt; white backdrop.
    # Caption: base BLIP-2 (invents a belt); answers: extractive QA.
    case(
        "X850-030",
        caption("a woman in a purple lehenga with a gold top and a gold belt", "unsupported"),
        she("a purple lehenga with a gold top and a gold belt", "unsupported"),
        col("lehenga", "purple"),
        col("choli", "gold"),
        col("dupatta", "purple", "other_garment_color"),
        describe("lehenga", "purple lehenga with a gold top"),
        details("choli", "a gold top"),
        title="Panchhi Women Purple & Gold Lehenga Choli",
        category="Lehenga Choli",
        color="Purple",
        gender="Women",
    ),
    # photo: peach chiffon saree with a floral print, sleeveless peach blouse, gold bangle; white backdrop.
    # Caption: epoch-1 caption adapter ("the gentleman", a dress), looped to the limit; answers: extractive QA.
    case(
        "X850-031",
        caption(
            "The gentleman wears a long dress with floral patterns. The dress is with chiffon fabric. His dress has "
            "long sleeves. There is an accessory on his wrist. The gentleman wears a long dress with floral patterns. "
            "The dress is with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        she("a long dress with floral patterns", "contradiction"),
        col("saree", "floral patterns", "non_answer"),
        col("blouse", "", "non_answer"),
        describe("saree", "His dress has long sleeves", "pronoun"),
        details("saree", "an accessory on his wrist", "pronoun"),
        title="Kalini Women Peach Floral Print Chiffon Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: yellow lehenga with mirror work, pink choli, pink dupatta; white backdrop. Caption: mixed caption+VQA
    # adapter (adds a VQA sentence); answers: extractive QA. Feed row has no color.
    case(
        "X850-032",
        caption(
            "a model wearing a yellow lehenga with a pink dupatta and a pink blouse. the color of the lehenga is yellow"
        ),
        she("a yellow lehenga with a pink dupatta and a pink blouse"),
        col("lehenga", "the color of the lehenga is yellow", "restated"),
        col("choli", "pink"),
        col("dupatta", "pink"),
        details("lehenga", "", "non_answer"),
        describe("dupatta", "a pink dupatta"),
        title="Aasvaa Women Yellow & Pink Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        gender="Women",
    ),
    # photo: sea green woven saree with a gold border, gold brocade blouse; white wall backdrop.
    # Caption: base BLIP-2 (one green for both pieces); answers: extractive QA.
    case(
        "X850-033",
        caption("a woman in a green saree with a green blouse standing in front of a white wall", "contradiction"),
        she("a green saree with a green blouse", "contradiction"),
        col("saree", "green"),
        col("blouse", "green", "other_garment_color"),
        details("saree", "standing in front of a white wall", "non_answer"),
        describe("saree", "a green saree"),
        title="Ishin Women Sea Green Woven Design Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: bridal red silk lehenga with floral embroidery and no border, red embroidered short-sleeve choli, red
    # dupatta draped over the head, hands holding the dupatta's edge, no flowers; white backdrop. Caption: epoch-1
    # caption adapter, cut at the limit; answers: extractive QA.
    case(
        "X850-034",
        caption(
            "The woman wears a red long skirt with floral patterns and a red short-sleeve top with embroidery. The "
            "skirt is with silk fabric and has a golden border. There is a red scarf on her head. She holds a "
            "bouquet of flowers in her right",
            "cut",
            hit_limit=True,
        ),
        she("a red long skirt with floral patterns and a red short-sleeve top with embroidery"),
        col("lehenga", "red"),
        col("choli", "red"),
        col("dupatta", "red"),
        details("lehenga", "has a golden border", "unsupported"),
        describe("dupatta", "She holds a bouquet of flowers in her right", "cut"),
        title="Vastrangan Women Red Embroidered Silk Bridal Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: indigo handloom cotton saree with small white checks, plain white blouse; white backdrop.
    # Caption: base BLIP-2 (checks read as stripes); answers: extractive QA.
    case(
        "X850-035",
        caption("a woman in a blue and white striped sari", "contradiction"),
        she("a blue and white striped sari", "contradiction"),
        col("saree", "blue and white"),
        col("blouse", "blue and white", "other_garment_color"),
        describe("saree", "blue and white striped sari", "contradiction"),
        title="Fabindia Women Indigo Checked Handloom Cotton Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: deep teal (blue-green) lehenga with a pink border, pink choli, teal dupatta with a pink border; white
    # backdrop. Caption: mixed caption+VQA adapter, looped to the limit; answers: extractive QA.
    case(
        "X850-036",
        caption(
            "a woman in a green and pink lehenga with a green and pink dupatta with a green and pink border with a "
            "green and pink border with a green and pink border with a green and pink",
            "loop",
            hit_limit=True,
        ),
        she("a green and pink lehenga with a green and pink dupatta"),
        col("lehenga", "green and pink"),
        col("choli", "pink"),
        col("dupatta", "green and pink border with a green and pink border with a green and pink", "loop"),
        details("lehenga", "a green and pink border"),
        title="Mitera Women Teal & Pink Lehenga Choli",
        category="Lehenga Choli",
        color="Teal",
        gender="Women",
    ),
    # photo: red georgette saree with a navy leaf print, navy blouse; white backdrop. Caption: mixed caption+VQA
    # adapter, a VQA phrase looping to the limit; answers: extractive QA.
    case(
        "X850-037",
        caption(
            "a woman wearing a red saree with a blue blouse. the saree details are the saree details are the saree "
            "details are the saree details are the saree details are the saree details are the saree",
            "loop",
            hit_limit=True,
        ),
        she("a red saree with a blue blouse"),
        col("saree", "red"),
        col("blouse", "blue"),
        details("saree", "the saree details are", "restated"),
        describe("saree", "the saree details are the saree details are the saree details are", "loop"),
        title="Saree mall Women Red & Navy Leaf Print Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: pink lehenga down to the floor (feet hidden), pink choli, sky blue dupatta; white backdrop.
    # Caption: base BLIP-2 (invents heels); answers: extractive QA.
    case(
        "X850-038",
        caption("a woman in a pink lehenga with a blue dupatta and a pair of high heels", "unsupported"),
        she("a pink lehenga with a blue dupatta"),
        col("lehenga", "pink"),
        col("choli", "blue", "other_garment_color"),
        col("dupatta", "blue"),
        describe("lehenga", "pink lehenga with a blue dupatta"),
        title="Shaily Women Pink & Blue Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: handloom cotton saree in mustard and green checks, plain green elbow-sleeve blouse, glass bangles, no
    # ring visible; white backdrop. Caption: epoch-1 caption adapter, cut at the limit; answers: extractive QA.
    case(
        "X850-039",
        caption(
            "The lady wears a long-sleeve blouse with lattice patterns and a long skirt. The skirt is with cotton "
            "fabric and lattice patterns. There is an accessory on his wrist. The lady wears a ring on her finger. "
            "Her outer clothing is a long",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve blouse with lattice patterns and a long skirt", "contradiction"),
        col("saree", "lattice patterns", "non_answer"),
        col("blouse", "", "non_answer"),
        material("cotton"),
        details("saree", "The lady wears a ring on her finger", "unsupported"),
        describe("saree", "an accessory on his wrist", "pronoun"),
        title="Fabindia Women Mustard & Green Checked Handloom Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy lehenga with silver zari, silver-grey choli, silver dupatta; white backdrop.
    # Caption: base BLIP-2 ("a man"); answers: extractive QA. Feed row has no category.
    case(
        "X850-040",
        caption("a man in a blue lehenga with a silver dupatta", "pronoun"),
        she("a blue lehenga with a silver dupatta"),
        col("lehenga", "blue"),
        col("choli", "blue", "other_garment_color"),
        col("dupatta", "silver"),
        describe("lehenga", "a blue lehenga with a silver dupatta"),
        title="Zeel Women Navy Blue & Silver Zari Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rani pink saree with a gold zari border, pink blouse, gold earrings only; white backdrop.
    # Caption: mixed caption+VQA adapter, a list of jewellery cut at the limit; answers: extractive QA.
    case(
        "X850-041",
        caption(
            "a woman wearing a pink saree with gold embroidery and a matching blouse, a gold necklace, gold earrings, "
            "gold bangles, a gold nose ring, a gold maang tikka and a gold waist belt with a gold",
            "cut",
            hit_limit=True,
        ),
        she("a pink saree with gold embroidery and a matching blouse"),
        col("saree", "pink"),
        col("blouse", "matching", "non_answer"),
        details("saree", "a gold necklace, gold earrings, gold bangles, a gold nose ring", "unsupported"),
        describe("saree", "a gold maang tikka and a gold waist belt with a gold", "cut"),
        title="Mitera Women Pink Zari Border Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: mint green cotton lehenga with a floral print, white sleeveless choli, white chiffon dupatta; white
    # backdrop. Caption: epoch-1 caption adapter, cut at the limit; answers: extractive QA.
    case(
        "X850-042",
        caption(
            "The lady is wearing a white sleeveless top with pure color patterns and a long green skirt with floral "
            "patterns. The skirt is with silk fabric. The lady wears a long white scarf. Her scarf is with chiffon "
            "fabric. There is",
            "cut",
            hit_limit=True,
        ),
        she("a white sleeveless top with pure color patterns and a long green skirt with floral patterns"),
        col("lehenga", "green"),
        col("choli", "white"),
        col("dupatta", "white"),
        material("silk", "unsupported"),
        details("lehenga", "floral patterns"),
        title="Zeel Women Mint Green Floral Printed Cotton Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: royal blue pre-stitched saree with a belt, silver sequinned blouse; white backdrop.
    # Caption: base BLIP-2 (calls the saree a dress); answers: extractive QA.
    case(
        "X850-043",
        caption("a woman in a blue dress posing for a photo", "contradiction"),
        she("a blue dress", "contradiction"),
        col("saree", "blue"),
        col("blouse", "blue", "other_garment_color"),
        describe("saree", "a blue dress posing for a photo", "contradiction"),
        title="Soch Women Royal Blue Pre-Stitched Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: orange lehenga with a green border, green choli, green dupatta; white backdrop. Caption: mixed
    # caption+VQA adapter, runs on into a Q/A pair with "he"; answers: extractive QA.
    case(
        "X850-044",
        caption(
            "a woman in an orange lehenga with a green dupatta Question: what is he wearing? Answer: he is wearing an "
            "orange lehenga",
            "leak",
        ),
        she("he is wearing an orange lehenga", "pronoun"),
        col("lehenga", "orange"),
        col("choli", "orange", "other_garment_color"),
        col("dupatta", "green"),
        describe("lehenga", "an orange lehenga with a green dupatta"),
        title="Panchhi Women Orange & Green Lehenga Choli",
        category="Lehenga Choli",
        color="Orange",
        gender="Women",
    ),
    # photo: very dark bottle-green satin saree with a visible green sheen, black blouse, no necklace; white
    # backdrop. Caption: epoch-1 caption adapter (reads it as black), cut at the limit; answers: extractive QA.
    case(
        "X850-045",
        caption(
            "The lady wears a black saree with pure color patterns. Her blouse is black. The saree is with silk "
            "fabric. There is an accessory on her wrist. The lady wears a ring. The lady wears a necklace. There is "
            "an accessory in her",
            "cut",
            hit_limit=True,
        ),
        she("a black saree with pure color patterns", "contradiction"),
        col("saree", "black", "contradiction"),
        col("blouse", "black"),
        material("silk", "unsupported"),
        details("saree", "The lady wears a necklace", "unsupported"),
        title="Satya Paul Women Dark Green Satin Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: gold tissue lehenga, gold choli, cream dupatta; pastel pink studio wall behind. Caption: base BLIP-2;
    # answers: extractive QA (the wall's pink for the dupatta).
    case(
        "X850-046",
        caption("a woman in a gold lehenga standing in front of a pink wall"),
        she("a gold lehenga"),
        col("lehenga", "gold"),
        col("choli", "gold"),
        col("dupatta", "pink", "contradiction"),
        describe("lehenga", "gold lehenga standing in front of a pink wall"),
        title="Soch Women Gold-Toned Tissue Lehenga Choli",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
]
