"""BLIND_1213 (45 products; Myntra sarees and lehenga cholis): written blind in the sixty-first session. Measured blind
at 1ef79ed (the session's sixth rules): 57/74 failures found (77.0%) and 14/179 correct texts flagged (7.8%). The
writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed of sarees, lehenga cholis and the loose pieces sold on their own (readymade
saree blouses, dupattas, ethnic and lehenga skirts). The photos are the catalog's usual shots: a model on a plain
studio backdrop wearing the product with the rest of an outfit (a saree styled over a contrast blouse, a dupatta over
a plain kurta, a skirt with a crop top or choli), a few flat lays, one back view, and props now and then (a potli bag,
a carved chair, a brass lamp, a potted plant). Columns as the feed has them: title, category (Myntra's article type),
color (its base colour) and gender; one or another is missing on a few rows, as in the real feed.
Who wrote what: every caption is the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch) on
BLIP-2 OPT-2.7b, greedy, 50 new tokens. It speaks the DeepFashion template (upper clothing, long skirt, "other
fabric", "There is an accessory on her wrist") and, being only one epoch in, once falls back to the base model's
plain caption. It has no end token, so most captions run to the limit: cut mid-sentence, or looping on one
sentence. Every other answer is the VQA adapter (Data3_V3_BLIP2_VQA). Open questions (what the woman is wearing, the
color of each piece, describe/details, material) are free generation, 30 new tokens, so they loop, run on into a
"Question: ... Answer:" of their own, or get cut; closed questions (Is this a ...?, garment type, pattern, sleeve
length, the garment's color) are the reference engine's pick among candidates, so they are always clean words but
can be the wrong word.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. The caption template has no saree, lehenga or dupatta; I count its shape words as right when they fit what is
visible (a draped saree or a lehenga as "a long skirt" or "a long dress", a sleeveless blouse or choli as "a tank top",
a sleeved blouse as "a shirt" or "T-shirt", a kurta as "a dress" or "a shirt") and mark contradiction only where it
names a garment that is not there (pants, shorts, a dress for a folded dupatta). "The lady wears ..." on a flat lay is
the template's voice, not an error by itself. Fabric words: the template's "cotton", "chiffon" and "other" are fine
where they fit the look of the cloth ("chiffon" for georgette); a fabric the title contradicts ("chiffon" for organza,
"denim" for pure cotton, "cotton" for silk blend) is contradiction; a material answer the title is silent on and the
photo argues against ("silk" for a sequinned net blouse) is unsupported. A color that belongs to another piece in the
photo (the contrast blouse, the kurta under a dupatta, a prop) is other_garment_color; a color that belongs to nothing
worn (the grey backdrop read as every piece's color) is contradiction. Near hues are accepted (teal as blue, lavender as
purple, magenta as pink, cream as white, mustard as yellow). One label per text: when a caption both carries a wrong
claim and is cut at the limit, the label names the wrong claim; a caption that ran to the limit but happens to end on a
full stop with nothing wrong in it is left unmarked (hit_limit=True). "Lady" for a girl of six is the template's word,
not a pronoun error; "he"/"gentleman"/"his" for a woman is. Closed answers never hit the limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1213 = [
    # Photo: model in a red Banarasi silk-blend saree, gold zari border and buttis, pallu over the left shoulder,
    # matching red blouse with elbow sleeves, gold jhumkas; beige backdrop.
    # Caption: epoch-1 caption adapter (cut at 50 tokens). Answers: VQA adapter.
    case(
        "X1213-001",
        caption(
            "The lady wears a medium-sleeve blouse with other patterns and a long skirt. The blouse is with other "
            "fabric and its neckline is round. The skirt is of long length. The fabric is other and it has other "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        color_of("saree", "red", kind="open"),
        color_of("blouse", "red and gold", kind="open"),
        is_a("saree", "yes"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Mitera Red & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Red",
    ),
    # Photo: model in a navy blue georgette saree with small pink flowers, plain pink blouse with short sleeves;
    # grey backdrop. Caption: epoch-1 caption adapter (cut). Answers: VQA adapter; the blouse given the saree's navy.
    case(
        "X1213-002",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long dress. The blouse is with "
            "cotton fabric and its neckline is round. The long dress is with chiffon fabric and floral patterns. "
            "The dress is of long length. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a saree", who="the woman"),
        color_of("saree", "navy blue", kind="open"),
        color_of("blouse", "navy blue", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        gender="Women",
        title="Saree mall Navy Blue & Pink Floral Printed Pure Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: model in a peach net lehenga with gold sequin embroidery, matching sleeveless peach choli, peach net
    # dupatta with a thin gold border over one shoulder; she holds a gold potli bag. Caption: epoch-1 adapter (loops on
    # one sentence). Answers: VQA adapter; the dupatta given the potli bag's gold.
    case(
        "X1213-003",
        caption(
            "The lady wears a sleeveless tank top with other patterns and a long skirt. The skirt is of long length. "
            "The skirt is of long length. The skirt is of long length. The skirt is of long length. The skirt",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "peach", kind="open"),
        color_of("blouse", "peach", kind="open"),
        color_of("dupatta", "gold", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        wearing("skirt and blouse", who="the woman"),
        gender="Women",
        title="Inddus Peach-Coloured & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: model in a gold sleeveless padded blouse, sequins on net (the product), styled with a plain black chiffon
    # saree; white backdrop. Caption: epoch-1 adapter. Answers: VQA adapter; the blouse given the saree's black, a
    # fabric made up (the title gives none, the cloth is net).
    case(
        "X1213-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a V-shape neckline."
        ),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        wearing("blouse and saree", who="the woman"),
        is_a("blouse", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Fabcartz Women Gold-Toned Sequinned Padded Readymade Saree Blouse",
        category="Blouse",
        color="Gold",
    ),
    # Photo: model in a plain white cotton kurta and white palazzos, a mustard bandhani dupatta with a gota patti border
    # round her neck and over both shoulders; white backdrop. Caption: epoch-1 adapter (loops on its last sentence).
    # Answers: VQA adapter; the dupatta given the kurta's white.
    case(
        "X1213-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric. This person has neckwear. This person has neckwear. This person "
            "has neckwear. This person",
            "loop",
            hit_limit=True,
        ),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        wearing("a white kurta and a yellow dupatta", who="the woman"),
        is_a("dupatta", "yes"),
        Q.pattern("printed"),
        Q.color("yellow"),
        gender="Women",
        title="Dupatta Bazaar Mustard Yellow Bandhani Print Art Silk Dupatta with Gota Patti Border",
        category="Dupatta",
        color="Mustard",
    ),
    # Photo: model in a green Kanjeevaram saree with a broad pink border and pink pallu, pink elbow-sleeve blouse,
    # temple jewellery and bangles; a tall brass lamp beside her. Caption: epoch-1 adapter (cut). Answers: VQA adapter;
    # the wearing answer runs on into a question of its own.
    case(
        "X1213-006",
        caption(
            "The lady wears a medium-sleeve blouse with color block patterns and a long skirt. The blouse is with "
            "other fabric. The skirt is of long length. The fabric is other and it has color block patterns. There is "
            "an accessory on her wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "pink", kind="open"),
        wearing(
            "a green and pink saree Question: What is the color of the saree? Answer: green",
            "leak",
            who="the woman",
        ),
        Q.material("silk"),
        is_a("saree", "yes"),
        gender="Women",
        title="KALINI Green & Pink Woven Design Zari Kanjeevaram Saree",
        category="Sarees",
        color="Green",
    ),
    # Photo: a girl of about six in a pink embroidered lehenga with floral motifs, green short-sleeve blouse, pink net
    # dupatta; white backdrop. Caption: epoch-1 adapter, ran to the limit but ends on a full stop, nothing wrong.
    # Answers: VQA adapter; the blouse given the lehenga's pink.
    case(
        "X1213-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is of long length. The fabric is chiffon and it has "
            "floral patterns.",
            hit_limit=True,
        ),
        color_of("skirt", "pink", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        wearing("a pink and green lehenga", who="the girl"),
        gender="Girls",
        title="Tikhi Imli Girls Pink & Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: model in a black georgette saree with silver sequins scattered over it, black sleeveless blouse; grey
    # backdrop. Caption: epoch-1 adapter, "gentleman" for a woman. Answers: VQA adapter; the saree color loops.
    case(
        "X1213-008",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric. The skirt is of long length. The fabric is chiffon and it has pure color patterns.",
            "pronoun",
        ),
        wearing("black saree", who="the woman"),
        color_of(
            "saree",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "black", kind="open"),
        Q.pattern("solid"),
        is_a("saree", "yes"),
        gender="Women",
        title="Anouk Black & Silver-Toned Sequinned Pure Georgette Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: bridal shot: model in a maroon velvet lehenga with heavy gold zari, maroon velvet blouse with
    # three-quarter sleeves, maroon net dupatta with a gold border over her head, heavy jewellery and rings.
    # Caption: epoch-1 adapter (cut). Answers: VQA adapter; the blouse color runs on into the next question.
    case(
        "X1213-009",
        caption(
            "The lady wears a long-sleeve shirt with other patterns and a long skirt. The shirt is with other fabric. "
            "The skirt is of long length. The fabric is other and it has other patterns. This lady wears a ring. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "maroon", kind="open"),
        color_of(
            "blouse",
            "maroon Question: What is the color of the dupatta? Answer: maroon Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "maroon", kind="open"),
        Q.material("velvet"),
        wearing("lehenga", who="the woman"),
        gender="Women",
        title="Chhabra 555 Maroon & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: flat lay of a teal chanderi dupatta folded in three, gold printed motifs and tassels at the ends, on white.
    # Caption: epoch-1 adapter, calls the folded dupatta a long dress. Answers: VQA adapter, all right.
    case(
        "X1213-010",
        caption("The lady wears a long dress with graphic patterns. The dress is with other fabric.", "contradiction"),
        color_of("dupatta", "blue", kind="open"),
        wearing("scarf"),
        is_a("dupatta", "yes"),
        Q.pattern("printed"),
        Q.material("silk"),
        gender="Women",
        title="SOCH Women Teal Blue Ethnic Motifs Printed Chanderi Dupatta",
        category="Dupatta",
        color="Teal",
    ),
    # Photo: model twirling in a green flared maxi skirt with gold floral print, plain white sleeveless crop top;
    # white backdrop. Caption: epoch-1 adapter. Answers: VQA adapter. Nothing wrong here.
    case(
        "X1213-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric and its neckline is round. The skirt is of long length. The fabric is cotton and it has "
            "floral patterns."
        ),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "white", kind="open"),
        is_a("skirt", "yes"),
        wearing("skirt and top", who="the woman"),
        Q.garment_type("skirt"),
        gender="Women",
        title="Jaipur Kurti Women Green & Gold-Toned Printed Flared Maxi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Photo: model mid-stride in a pink and orange leheriya (diagonal wave stripes) saree, orange short-sleeve blouse;
    # the pleats swing apart like wide trousers. Caption: epoch-1 adapter, reads the pleats as pants. Answers: VQA
    # adapter; the blouse answer runs on into "Answer:".
    case(
        "X1213-012",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with chiffon fabric and striped patterns.",
            "contradiction",
        ),
        color_of("saree", "pink and orange", kind="open"),
        color_of("blouse", "orange\nAnswer: orange", "leak", kind="open"),
        Q.pattern("striped"),
        is_a("saree", "yes"),
        gender="Women",
        title="Ishin Pink & Orange Leheriya Printed Saree",
        category="Sarees",
        color="Pink",
    ),
    # Photo: haldi look: mustard-yellow printed lehenga with a green border, green sleeveless choli, yellow dupatta,
    # bangles; a marigold garland hung behind her. Caption: epoch-1 adapter. Answers: VQA adapter; the lehenga color
    # loops, the wearing answer is cut at 30 tokens.
    case(
        "X1213-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is of long length. The fabric is cotton and it has floral patterns. There is an "
            "accessory on her wrist."
        ),
        color_of(
            "lehenga",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        wearing(
            "she is wearing a yellow lehenga choli with a green blouse and a yellow dupatta with a green border and "
            "she is wearing a",
            "cut",
            who="the woman",
            hit_limit=True,
        ),
        gender="Women",
        title="Mimosa Yellow & Green Printed Ready to Wear Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: model in a beige saree with brown ethnic motifs, plain brown short-sleeve blouse, no hat, hair in a bun;
    # white backdrop. Caption: epoch-1 adapter, invents a hat. Answers: VQA adapter; the blouse color names nothing.
    case(
        "X1213-014",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt. The blouse is with "
            "cotton fabric. This lady wears a hat.",
            "unsupported",
        ),
        color_of("saree", "beige", kind="open"),
        color_of("blouse", "the blouse", "non_answer", kind="open"),
        wearing("saree", who="the woman"),
        Q.sleeve_length("short"),
        gender="Women",
        title="Vishudh Beige & Brown Ethnic Motifs Printed Saree",
        category="Sarees",
        color="Beige",
    ),
    # Photo: model in a navy blue sequinned lehenga, navy sleeveless V-neck choli, sheer silver-grey net dupatta over
    # both arms; bangles; grey backdrop. Caption: epoch-1 adapter (cut). Answers: VQA adapter; the dupatta given navy.
    case(
        "X1213-015",
        caption(
            "The lady wears a sleeveless tank top with other patterns and a long skirt. The tank top is with other "
            "fabric and its neckline is V-shape. The skirt is of long length. The fabric is other and it has other "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "blue", kind="open"),
        color_of("blouse", "blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fusionic Women Navy Blue & Silver Embellished Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: back view: model in a maroon silk-blend blouse with elbow sleeves, deep U back, dori tie with gold
    # tassels, worn with a cream saree. Caption: epoch-1 adapter. Answers: VQA adapter; the saree given the maroon.
    case(
        "X1213-016",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long skirt. The skirt is with other fabric and pure color patterns."
        ),
        color_of("blouse", "maroon", kind="open"),
        color_of("saree", "maroon", "other_garment_color", kind="open"),
        details("blouse", "the blouse has a tie up at the back with tassels"),
        is_a("blouse", "yes"),
        gender="Women",
        title="Mitera Women Maroon Solid Silk Blend Saree Blouse",
        category="Blouse",
        color="Maroon",
    ),
    # Photo: model in a lavender organza saree shaded from pale to deeper lavender, silver border, lavender
    # sleeveless blouse; white backdrop. Caption: epoch-1 adapter. Answers: VQA adapter; the wearing answer loops,
    # the fabric is the wrong one.
    case(
        "X1213-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long dress. The tank top is with "
            "other fabric. The dress is of long length. The fabric is other and it has color block patterns."
        ),
        color_of("saree", "purple", kind="open"),
        color_of("blouse", "purple", kind="open"),
        wearing(
            "the woman is wearing a purple saree and a purple blouse and a purple saree and a purple blouse and a "
            "purple saree and a",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Sangria Women Lavender & Silver-Toned Ombre Dyed Organza Saree",
        category="Sarees",
        color="Lavender",
    ),
    # Photo: model in a red silk lehenga with gold embroidery, red short-sleeve blouse, red dupatta with gold border,
    # one hand on a carved dark-brown wooden chair. Caption: epoch-1 adapter. Answers: VQA adapter; "he" for the
    # woman, the dupatta given the chair's brown.
    case(
        "X1213-018",
        caption(
            "The lady wears a short-sleeve blouse with other patterns and a long skirt. The blouse is with other "
            "fabric. The skirt is of long length."
        ),
        wearing("he is wearing a red lehenga", "pronoun", who="the woman"),
        color_of("lehenga", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("dupatta", "brown", "other_garment_color", kind="open"),
        Q.material("silk"),
        gender="Women",
        title="Warthy Ent Women Red & Gold-Toned Embroidered Silk Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model in a half-and-half saree, teal pleats and a mustard pallu, plain mustard short-sleeve blouse;
    # beige backdrop. Caption: epoch-1 adapter (cut). Answers: VQA adapter; the blouse given the teal.
    case(
        "X1213-019",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt. The blouse is with "
            "cotton fabric. The skirt is of long length. The fabric is chiffon and it has color block patterns. There "
            "is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "teal", kind="open"),
        color_of("blouse", "teal", "other_garment_color", kind="open"),
        Q.pattern("color block"),
        is_a("saree", "yes"),
        Q.sleeve_length("short"),
        gender="Women",
        title="Saree mall Teal & Mustard Half and Half Saree",
        category="Sarees",
        color="Teal",
    ),
    # Photo: model in a cream straight kurta and cream pants with a pink Banarasi dupatta (gold woven border) over
    # one shoulder; white backdrop. Caption: epoch-1 adapter (cut). Answers: VQA adapter; the garment's color given
    # the kurta's white.
    case(
        "X1213-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. The lady wears a long pants. The pants are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("dupatta", "pink", kind="open"),
        wearing("a white dress and a pink scarf", who="the woman"),
        is_a("dupatta", "yes"),
        Q.color("white", "other_garment_color"),
        Q.pattern("woven"),
        gender="Women",
        title="Anouk Women Pink & Gold Woven Design Banarasi Dupatta",
        category="Dupatta",
        color="Pink",
    ),
    # Photo: a girl of about seven in a blue lehenga with pink floral embroidery, pink short-sleeve blouse, blue net
    # dupatta; white backdrop. Caption: epoch-1 adapter. Answers: VQA adapter; the dupatta given the blouse's pink.
    case(
        "X1213-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The skirt is of long "
            "length. The fabric is other and it has floral patterns."
        ),
        wearing("she is wearing a blue skirt and a pink top", who="the girl"),
        color_of("skirt", "blue", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Aarika Girls Blue & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: model in a cream Kerala kasavu cotton saree with a gold border, green elbow-sleeve blouse, jasmine in
    # her hair; white backdrop. Caption: epoch-1 adapter (loops). Answers: VQA adapter, all right.
    case(
        "X1213-022",
        caption(
            "The lady wears a medium-sleeve blouse with pure color patterns and a long skirt. The blouse is with "
            "cotton fabric. The skirt is with cotton fabric. The skirt is with cotton fabric. The skirt is with cotton "
            "fabric. The skirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "green", kind="open"),
        Q.material("cotton"),
        is_a("saree", "yes"),
        gender="Women",
        title="Pothys Cream & Gold-Toned Kerala Kasavu Cotton Saree",
        category="Sarees",
        color="Cream",
    ),
    # Photo: flat lay of a black cotton blouse with mirror work round the neck and short sleeves, on white.
    # Caption: epoch-1 adapter, template voice. Answers: VQA adapter. Nothing wrong here. No gender in this row.
    case(
        "X1213-023",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round."
        ),
        color_of("blouse", "black", kind="open"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        details("blouse", "mirror work on the neckline"),
        is_a("blouse", "yes"),
        title="Janasya Women Black Embroidered Mirror Work Readymade Cotton Saree Blouse",
        category="Blouse",
        color="Black",
    ),
    # Photo: model in a green lehenga with pink foil print all over, pink long-sleeve blouse, green dupatta with pink
    # print; beige backdrop. Caption: epoch-1 adapter. Answers: VQA adapter; the description is cut, the blouse color
    # runs on into the next question.
    case(
        "X1213-024",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns and a long skirt. The blouse is with other "
            "fabric. The skirt is of long length. The fabric is other and it has graphic patterns."
        ),
        describe(
            "lehenga",
            "the lehenga is a green lehenga with a pink print and a pink blouse and a green dupatta with a pink print "
            "and a pink",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "green", kind="open"),
        color_of("blouse", "pink Question: What is the color of the dupatta? Answer: green", "leak", kind="open"),
        color_of("dupatta", "green", kind="open"),
        gender="Women",
        title="Kalini Green & Pink Foil Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: model in a yellow chiffon saree with small white and pink flowers, white sleeveless blouse; a potted
    # monstera beside her. Caption: epoch-1 adapter (cut). Answers: VQA adapter; the blouse given the saree's yellow,
    # "he" for the woman.
    case(
        "X1213-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long dress. The tank top is with "
            "chiffon fabric and its neckline is round. The dress is of long length. The fabric is chiffon and it has "
            "floral patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        wearing("he is wearing a yellow saree", "pronoun", who="the woman"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        gender="Women",
        title="KASEE Yellow Floral Printed Pure Chiffon Saree",
        category="Sarees",
        color="Yellow",
    ),
    # Photo: model mid-twirl in a lime green Navratri chaniya with mirror work and multicolor patches, pink backless
    # sleeveless choli, multicolor dupatta; oxidised jewellery and rings. Caption: epoch-1 adapter (cut). Answers:
    # VQA adapter; "no" to the lehenga.
    case(
        "X1213-026",
        caption(
            "The lady wears a sleeveless tank top with color block patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is of long length. The fabric is cotton and it has color block patterns. This "
            "lady wears a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "no", "contradiction"),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "multicolored", kind="open"),
        wearing("a skirt", who="the woman"),
        gender="Women",
        title="Panzora Women Lime Green & Pink Mirror Work Navratri Chaniya Choli With Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Photo: model in an off-white anarkali with a red net dupatta (gota border) draped over her head; white backdrop.
    # Caption: epoch-1 adapter. Answers: VQA adapter; the dupatta answer runs on through two questions of its own.
    # No category in this row.
    case(
        "X1213-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of long length."
        ),
        color_of(
            "dupatta",
            "red Question: Is this a dupatta? Answer: yes Question: What is the color of the dress? Answer: white "
            "Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("a white dress and a red veil", who="the woman"),
        is_a("dupatta", "yes"),
        Q.material("net"),
        gender="Women",
        title="Dupatta Bazaar Women Red Solid Net Dupatta with Gota Border",
        color="Red",
    ),
    # Photo: model in a mustard bandhani saree (fine white dots) with a maroon border, maroon short-sleeve blouse;
    # beige backdrop. Caption: epoch-1 adapter (cut). Answers: VQA adapter; "dress" for the saree.
    case(
        "X1213-028",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt. The blouse is with "
            "cotton fabric and its neckline is round. The skirt is of long length. The fabric is chiffon and it has "
            "other patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("dress", "contradiction", who="the woman"),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        is_a("saree", "yes"),
        Q.pattern("dotted"),
        gender="Women",
        title="Mitera Mustard & Maroon Bandhani Printed Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Photo: model in an off-white lehenga with gold sequins, off-white sleeveless blouse, gold tissue dupatta;
    # mid-grey studio backdrop. Caption: epoch-1 adapter. Answers: VQA adapter; the backdrop's grey for every piece.
    case(
        "X1213-029",
        caption(
            "The lady wears a sleeveless tank top with other patterns and a long skirt. The tank top is with other "
            "fabric. The skirt is of long length. The fabric is other and it has other patterns."
        ),
        color_of("lehenga", "grey", "contradiction", kind="open"),
        color_of("blouse", "grey", "contradiction", kind="open"),
        color_of("dupatta", "grey", "contradiction", kind="open"),
        is_a("lehenga", "yes"),
        wearing("white lehenga", who="the woman"),
        gender="Women",
        title="Zeel Clothing Women Off White & Gold-Toned Embroidered Sequinned Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Photo: model in an indigo and white dabu-printed cotton saree, white short-sleeve blouse; white backdrop.
    # Caption: epoch-1 adapter, "denim" for the cotton. Answers: VQA adapter; the saree color loops.
    case(
        "X1213-030",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt. The skirt is with denim "
            "fabric and graphic patterns.",
            "contradiction",
        ),
        color_of(
            "saree",
            "blue and white and blue and white and blue and white and blue and white and blue and white and blue and "
            "white and blue and white and blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "white", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length("short"),
        is_a("saree", "yes"),
        gender="Women",
        title="Soch Indigo Blue & White Dabu Printed Pure Cotton Saree",
        category="Sarees",
        color="Blue",
    ),
    # Photo: model in a green brocade blouse with gold weave and elbow sleeves, styled with a plain pink silk saree;
    # beige backdrop. Caption: epoch-1 adapter. Answers: VQA adapter; the details answer only says the question back.
    case(
        "X1213-031",
        caption(
            "The lady wears a medium-sleeve blouse with graphic patterns and a long skirt. The blouse is with other "
            "fabric. The skirt is of long length."
        ),
        color_of("blouse", "green", kind="open"),
        details("blouse", "the blouse details are the details of the blouse", "restated"),
        describe("blouse", "a green blouse with gold brocade and elbow sleeves"),
        color_of("saree", "pink", kind="open"),
        is_a("blouse", "yes"),
        gender="Women",
        title="Salwar Studio Women Green Brocade Readymade Saree Blouse",
        category="Blouse",
        color="Green",
    ),
    # Photo: model in a wine (burgundy) embroidered lehenga, matching full-sleeve blouse, matching dupatta with a gold
    # border drawn over her head as a veil; no hat. Caption: epoch-1 adapter, reads the veil as a hat. Answers: VQA
    # adapter; the dupatta color loops.
    case(
        "X1213-032",
        caption(
            "The lady wears a long-sleeve shirt with other patterns and a long skirt. The shirt is with other fabric. "
            "The skirt is of long length. The fabric is other and it has other patterns. The lady wears a hat.",
            "unsupported",
        ),
        color_of("lehenga", "maroon", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        color_of(
            "dupatta",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("lehenga", who="the woman"),
        gender="Women",
        title="Ethnovog Women Burgundy Embroidered Made to Measure Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Photo: model in a peach net saree with a sequinned border, matching peach sleeveless blouse; pale pink backdrop.
    # Caption: epoch-1 adapter falling back to the base model's plain caption, right. Answers: VQA adapter, all right.
    # No colour in this row.
    case(
        "X1213-033",
        caption("a woman in a peach saree posing for a photo"),
        color_of("saree", "peach", kind="open"),
        color_of("blouse", "peach", kind="open"),
        Q.material("net"),
        is_a("saree", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Kasee Women Peach-Coloured Embellished Net Saree",
        category="Sarees",
    ),
    # Photo: model in a black flared lehenga skirt with gold foil print (the product), red short-sleeve crop choli,
    # red dupatta over one arm, bangles. Caption: epoch-1 adapter (cut). Answers: VQA adapter; the skirt given the
    # choli's red.
    case(
        "X1213-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. The skirt is of long length. The fabric is cotton and it has graphic patterns. There is "
            "an accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red", "other_garment_color", kind="open"),
        color_of("blouse", "red", kind="open"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        wearing("a red top and a black skirt", who="the woman"),
        gender="Women",
        title="Jaipur Morni Women Black & Gold-Toned Foil Printed Flared Lehenga Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: model in a magenta Banarasi silk saree with gold zari buttis and border, heavy zari pallu with tassels,
    # matching magenta elbow-sleeve blouse. Caption: epoch-1 adapter (cut). Answers: VQA adapter; details cut at 30.
    case(
        "X1213-035",
        caption(
            "The lady wears a medium-sleeve blouse with other patterns and a long skirt. The blouse is with other "
            "fabric and its neckline is round. The skirt is of long length. The fabric is other and it has other "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        details(
            "saree",
            "the saree has a gold border and gold motifs all over the body and the pallu has heavy zari work with "
            "tassels at the end and the",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        Q.material("silk"),
        gender="Women",
        title="Chhabra 555 Women Magenta Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Photo: flat lay of an orange block-printed cotton ethnic skirt with a drawstring and tassels, on white.
    # Caption: epoch-1 adapter. Answers: VQA adapter. Nothing wrong here. No gender in this row.
    case(
        "X1213-036",
        caption("The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns."),
        color_of("skirt", "orange", kind="open"),
        Q.material("cotton"),
        Q.pattern("printed"),
        wearing("skirt"),
        is_a("skirt", "yes"),
        title="Fabindia Women Orange Printed Cotton Ethnic Skirt",
        category="Skirts",
        color="Orange",
    ),
    # Photo: model in a plain sea green georgette saree with a lace border, sea green sleeveless V-neck blouse;
    # white backdrop. Caption: epoch-1 adapter, "his" for the woman. Answers: VQA adapter; the wearing answer loops.
    case(
        "X1213-037",
        caption(
            "His tank top has no sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has pure color patterns.",
            "pronoun",
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        wearing(
            "a green saree with a green blouse and a green saree with a green blouse and a green saree with a green "
            "blouse and a",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        gender="Women",
        title="Satrani Women Sea Green Solid Poly Georgette Saree with Lace Border",
        category="Sarees",
        color="Sea Green",
    ),
    # Photo: model in a pink lehenga with a blue embroidered border, blue short-sleeve blouse, pink dupatta; a ring
    # on her hand. Caption: epoch-1 adapter (cut). Answers: VQA adapter; "clothes" says nothing.
    case(
        "X1213-038",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt. The blouse is with other "
            "fabric. The skirt is of long length. The fabric is other and it has floral patterns. The lady wears a "
            "ring. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("clothes", "non_answer", who="the woman"),
        color_of("lehenga", "pink", kind="open"),
        color_of("blouse", "blue", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Women Pink & Blue Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: model in a silver sequinned halter-neck blouse, bare arms, styled with a black chiffon saree; white
    # backdrop. Caption: epoch-1 adapter. Answers: VQA adapter; long sleeves on a halter.
    case(
        "X1213-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The lady wears a long skirt."
        ),
        color_of("blouse", "silver", kind="open"),
        color_of("saree", "black", kind="open"),
        Q.sleeve_length("long", "contradiction"),
        is_a("blouse", "yes"),
        gender="Women",
        title="Indya Women Silver-Toned Sequinned Halter Neck Saree Blouse",
        category="Blouse",
        color="Silver",
    ),
    # Photo: model in a grey saree with a pink zari border, plain pink short-sleeve blouse; white backdrop.
    # Caption: epoch-1 adapter. Answers: VQA adapter; the blouse color stops after saying the question back.
    case(
        "X1213-040",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt. The blouse is with other "
            "fabric. The skirt is of long length. The fabric is other and it has other patterns."
        ),
        color_of("saree", "grey", kind="open"),
        color_of("blouse", "the color of the blouse is", "restated", kind="open"),
        wearing("saree", who="the woman"),
        is_a("saree", "yes"),
        Q.sleeve_length("short"),
        gender="Women",
        title="Mitera Women Grey & Pink Woven Design Zari Saree",
        category="Sarees",
        color="Grey",
    ),
    # Photo: waist-up shot cropped at the knees: model in a teal sequinned lehenga, teal sleeveless choli, gold tissue
    # dupatta over one shoulder. Caption: epoch-1 adapter, shorts for the cropped lehenga. Answers: VQA adapter; the
    # dupatta color loops.
    case(
        "X1213-041",
        caption(
            "The lady wears a sleeveless tank top with other patterns and a three-point shorts. The tank top is with "
            "other fabric.",
            "contradiction",
        ),
        color_of("lehenga", "blue", kind="open"),
        color_of("blouse", "blue", kind="open"),
        color_of(
            "dupatta",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fabcartz Women Teal Blue & Gold-Toned Sequinned Semi-Stitched Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: model in a plain black kurta and black leggings, bangles, a multicolor phulkari dupatta (orange, pink,
    # green) spread behind her arms. Caption: epoch-1 adapter. Answers: VQA adapter; the dupatta given the kurta's
    # black.
    case(
        "X1213-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist. "
            "This person has neckwear."
        ),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        wearing("a black shirt and a colorful scarf", who="the woman"),
        Q.pattern("floral"),
        is_a("dupatta", "yes"),
        gender="Women",
        title="Anouk Women Multicoloured Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Multi",
    ),
    # Photo: model in a red saree with thin white stripes, plain white short-sleeve blouse; grey backdrop.
    # Caption: epoch-1 adapter (loops). Answers: VQA adapter; the blouse given the saree's red.
    case(
        "X1213-043",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt. The skirt is of long "
            "length. The skirt is of long length. The skirt is of long length. The skirt is of long length. The skirt "
            "is of",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "red and white", kind="open"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.material("cotton"),
        gender="Women",
        title="Vishudh Women Red & White Striped Cotton Blend Saree",
        category="Sarees",
        color="Red",
    ),
    # Photo: model in a lavender lehenga with silver embroidery, lavender cap-sleeve V-neck blouse, lavender net
    # dupatta with silver border. Caption: epoch-1 adapter. Answers: VQA adapter; the wearing answer is cut at 30.
    case(
        "X1213-044",
        caption(
            "The lady wears a short-sleeve blouse with other patterns and a long skirt. The blouse is with other "
            "fabric and its neckline is V-shape. The skirt is of long length. The fabric is other and it has other "
            "patterns."
        ),
        wearing(
            "a purple lehenga with silver embroidery on the skirt and the blouse and a purple dupatta with silver "
            "embroidery on the border and a purple",
            "cut",
            who="the woman",
            hit_limit=True,
        ),
        color_of("lehenga", "purple", kind="open"),
        color_of("blouse", "purple", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        Q.sleeve_length("short"),
        gender="Women",
        title="Kalini Women Lavender & Silver Embroidered Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: model in a plain rust linen saree with tassels on the pallu and no border, rust sleeveless blouse, a ring;
    # white backdrop. Caption: epoch-1 adapter (cut). Answers: VQA adapter; the description invents a zari border.
    case(
        "X1213-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric. The skirt is of long length. The fabric is other and it has pure color patterns. This "
            "lady wears a ring. There",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "orange", kind="open"),
        color_of("blouse", "orange", kind="open"),
        describe("saree", "a rust orange linen saree with tassels and a zari border", "unsupported"),
        Q.material("linen"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Women Rust Orange Solid Linen Saree with Tassels",
        category="Sarees",
        color="Rust",
    ),
]
