"""BLIND_1405 (45 products; Myntra sarees and lehenga cholis): written blind in the sixty-fourth session. Measured blind
at 4e1890e (the session's fourth rules): 62/79 failures found (78.5%) and 13/179 correct texts flagged (7.3%). The
writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed of 24 sarees and 21 lehenga cholis (3 of them girls' sets). Catalog shots: a model
on a plain grey, white or beige backdrop wearing the product with jewellery, now and then a prop (stool, clutch, potted
plant), one saree and one lehenga shot as a flat lay, one saree shot from the back. Catalog columns as Myntra has them:
title (productDisplayName), category (articleType: Sarees, Lehenga Choli), color (baseColour), gender (Women, Girls);
one product lacks the color column, one the category, one the gender.
Who wrote what: every caption comes from the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), prompt empty, 50 new tokens, greedy. It writes the
DeepFashion-MultiModal template (upper clothing / long skirt / outer clothing, pattern words instead of hues, fabric
words from the template's short list) and mostly runs to the token limit. Every question is answered by the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), 30 new tokens, greedy: the color of each piece (saree and blouse; blouse, skirt and
dupatta for a lehenga) as free generation, plus a few of the yes/no garment question, garment type, pattern, sleeve
length, material and "What is she wearing?". Its answers are usually one or two words; sometimes it repeats itself,
continues into the next "Question: ... Answer:" or keeps going until it is cut.
Labeling conventions and judgement calls: I judge every text against the photo I imagined (the comment above each case)
and the title. The template's own words are not counted wrong: the saree blouse called "shirt"/"top"/"tank top", the
saree drape or lehenga called "a long skirt", the dupatta called "outer clothing", velvet called "furry", organza or
georgette called "chiffon", "other fabric" for silk. Calling a saree a "dress" or "long pants" is counted as a
contradiction with the title, as is "dress" for a lehenga set; "skirt" for a lehenga choli's garment type is counted
correct. Near hues are counted correct (red/burgundy for maroon family, yellow for mustard, green for teal and sea
green, purple for lavender, orange for rust, pink for magenta, cream for beige, gold for a copper-toned blouse). A piece
answered with another piece's color is other_garment_color; a color that is on no piece is contradiction. A caption that
ran to the limit but ends on a complete phrase (missing only the full stop) is not counted as cut when it is otherwise
right; one that stops mid-phrase is cut. When a caption is both cut and invents something (a person on a flat lay,
denim, glasses, a ring), I label what it invents, not the cut. A caption that repeats a sentence it already wrote is a
loop, even when it is then cut. A color given to the pattern question, an empty answer, or "a dupatta" for the dupatta's
color is a non_answer; "the garment is made of fabric" kinds are restated. A wrong fabric against the title is
unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a, material, wearing


def col(garment, text, failure=None, hit_limit=False):
    """The VQA adapter's free-generated color answer for one piece."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1405 = [
    # 001 Model in a maroon Banarasi silk-blend saree, gold zari buttas and wide gold border, matching plain maroon
    # blouse with elbow sleeves, gold jhumkas, bangles on both wrists; grey backdrop. Caption: caption adapter
    # (cut at 50 tokens). Answers: VQA adapter; "solid" is wrong, the saree is woven all over with motifs.
    case(
        "X1405-001",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with other fabric and complicated patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        col("saree", "maroon"),
        col("blouse", "maroon"),
        is_a("saree", "yes"),
        Q.pattern("solid", "contradiction"),
        material("silk"),
        Q.sleeve_length("elbow length"),
        gender="Women",
        title="Mitera Maroon & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Maroon",
    ),
    # 002 Model in a navy poly-georgette saree with white floral print, pallu over the left shoulder covering the
    # front of a plain navy sleeveless blouse; white backdrop. Caption: caption adapter, cut. Answers: VQA adapter;
    # garment type "dress" contradicts the saree.
    case(
        "X1405-002",
        caption(
            "This woman is wearing a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The woman wears a long skirt. The skirt is with chiffon fabric and floral "
            "patterns. This woman wears a",
            "cut",
            hit_limit=True,
        ),
        col("saree", "navy"),
        col("blouse", "navy"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        Q.garment_type("dress", "contradiction"),
        gender="Women",
        title="Saree Mall Navy Blue & White Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # 003 Model in an all-pink set: pink net lehenga with silver sequins, short-sleeve pink sequinned choli, sheer
    # pink dupatta over one shoulder; grey backdrop. Caption: caption adapter, cut. Answers: VQA adapter, all right
    # (one color for every piece, but here every piece is pink).
    case(
        "X1405-003",
        caption(
            "The lady wears a short-sleeve top with graphic patterns. The top is with other fabric and its neckline is "
            "round. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. The lady also "
            "wears an outer clothing, with chiffon",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "pink"),
        col("skirt", "pink"),
        col("dupatta", "pink"),
        is_a("lehenga", "yes"),
        Q.pattern("embellished"),
        gender="Women",
        title="Fabcartz Pink Embellished Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # 004 Model in a plain mustard-yellow cotton saree with a thin red border and a contrast red blouse with elbow
    # sleeves; beige backdrop. Caption: caption adapter, stopped on its own, right. Answers: VQA adapter; the blouse
    # is red, "mustard" is the saree's color.
    case(
        "X1405-004",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns."
        ),
        col("saree", "mustard"),
        col("blouse", "mustard", "other_garment_color"),
        wearing("a yellow saree", who="she"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Mustard Yellow Solid Saree with Contrast Border",
        category="Sarees",
        color="Mustard",
    ),
    # 005 Model in a maroon velvet lehenga with gold zari embroidery, gold-toned raw-silk choli with elbow sleeves,
    # maroon net dupatta with gold border, choker necklace; grey backdrop. Caption: caption adapter, cut. Answers: VQA
    # adapter; the choli is gold, not maroon; the "What is she wearing?" answer runs on and is cut.
    case(
        "X1405-005",
        caption(
            "The lady wears a medium-sleeve top with complicated patterns. The top is with other fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with furry fabric and complicated patterns. "
            "This lady has neckwear. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "maroon", "other_garment_color"),
        col("skirt", "maroon"),
        col("dupatta", "maroon"),
        Q.garment_type("skirt"),
        material("velvet"),
        wearing(
            "she is wearing a maroon lehenga with gold embroidery and a gold blouse with a maroon dupatta with gold "
            "border and a maroon",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        title="Maroon & Gold-Toned Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # 006 Back view: model seen from behind, teal Kanjeevaram-style silk-blend saree with copper zari border, pallu
    # hanging down the back, copper-toned blouse with elbow sleeves and a tasselled dori tie. Caption: caption adapter,
    # repeats its first sentence. Answers: VQA adapter; the blouse has elbow sleeves, not none.
    case(
        "X1405-006",
        caption(
            "The person is wearing a sleeveless tank top with pure color patterns. The tank top is with other fabric. "
            "The person wears a long skirt. The skirt is with other fabric and striped patterns. The person is wearing "
            "a sleeveless tank top with pure",
            "loop",
            hit_limit=True,
        ),
        col("saree", "green"),
        col("blouse", "gold"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Teal & Copper-Toned Zari Woven Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Teal",
    ),
    # 007 A girl of about six in a yellow cotton lehenga with a multicolour mirror-work border, short-sleeve yellow
    # choli, green dupatta across the chest; white backdrop. Caption: caption adapter, cut. Answers: VQA adapter; the
    # dupatta is green; "dress" for the lehenga set contradicts the title.
    case(
        "X1405-007",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and color block patterns. "
            "The lady also wears an outer",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "yellow"),
        col("skirt", "yellow"),
        col("dupatta", "yellow", "other_garment_color"),
        wearing("a yellow dress", "contradiction", who="she"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Biba Girls Yellow & Green Mirror Work Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # 008 Model in a black pure-chiffon saree with a sequinned border, black sleeveless blouse; white backdrop.
    # Caption: caption adapter, cut. Answers: VQA adapter; the pattern question gets a color.
    case(
        "X1405-008",
        caption(
            "This woman is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric. It has a v-shape neckline. The woman wears a long skirt. The skirt is with chiffon fabric and "
            "pure color patterns. She",
            "cut",
            hit_limit=True,
        ),
        col("saree", "black"),
        col("blouse", "black"),
        material("chiffon"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("black", "non_answer"),
        gender="Women",
        title="Black Embellished Sequinned Pure Chiffon Saree",
        category="Sarees",
        color="Black",
    ),
    # 009 Model in an off-white cotton saree with a red and green block-printed border, red short-sleeve blouse,
    # glass bangles on the right wrist; grey backdrop. Caption: caption adapter, ran to the limit but ends on a full
    # stop, right. Answers: VQA adapter; "yes" to "Is this a dress?" is wrong.
    case(
        "X1405-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        col("saree", "white"),
        col("blouse", "red"),
        Q.pattern("printed"),
        Q.garment_type("saree"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="Off White & Red Printed Pure Cotton Saree",
        category="Sarees",
        color="Off White",
    ),
    # 010 Model in a navy silk lehenga with gold foil print, sleeveless navy choli, peach organza dupatta over the
    # arms; beige backdrop. Caption: caption adapter, cut. Answers: VQA adapter; the dupatta answer loops (and names
    # the wrong color).
    case(
        "X1405-010",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with other fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. The "
            "lady also wears an outer clothing, with chiffon fabric and pure",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "navy"),
        col("skirt", "navy"),
        col(
            "dupatta",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.pattern("printed"),
        gender="Women",
        title="Navy Blue & Peach Foil Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # 011 Flat lay, no person: a pink art-silk saree folded to show the pallu and gold zari border, the pink blouse
    # piece folded beside it, on a white sheet. Caption: caption adapter, invents a woman in a shirt and pants.
    # Answers: VQA adapter; "What is the person wearing?" invents a person and garments.
    case(
        "X1405-011",
        caption(
            "The lady wears a long-sleeve shirt with complicated patterns. The shirt is with other fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with other fabric and pure color patterns. "
            "There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        col("saree", "pink"),
        col("blouse", "pink"),
        wearing("a pink shirt and pink pants", "unsupported"),
        is_a("saree", "yes"),
        gender="Women",
        title="Pink & Gold-Toned Ethnic Motifs Zari Art Silk Saree",
        category="Sarees",
        color="Pink",
    ),
    # 012 Model with a short pixie haircut in a red bandhani-printed georgette saree, pallu pinned tight, contrast
    # black blouse with three-quarter sleeves; grey backdrop. Caption: caption adapter, calls her a gentleman.
    # Answers: VQA adapter; the blouse is black, "red" is the saree's color; "polka dot" fits the bandhani dots.
    case(
        "X1405-012",
        caption(
            "This gentleman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a round neckline. This gentleman wears long trousers. The trousers are with cotton fabric and "
            "graphic patterns",
            "pronoun",
            hit_limit=True,
        ),
        col("saree", "red"),
        col("blouse", "red", "other_garment_color"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("polka dot"),
        gender="Women",
        title="Red Bandhani Printed Georgette Saree",
        category="Sarees",
        color="Red",
    ),
    # 013 Model in an olive-green floral-printed cotton lehenga, half-sleeve mustard choli, olive dupatta with gota
    # border, bangles; white backdrop. Caption: caption adapter, loops on the wrist accessory. Answers: VQA adapter,
    # all right.
    case(
        "X1405-013",
        caption(
            "The lady wears a short-sleeve top with floral patterns. The lady wears a long skirt with floral "
            "patterns. There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There is an accessory on her",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "yellow"),
        col("skirt", "green"),
        col("dupatta", "green"),
        Q.garment_type("skirt"),
        gender="Women",
        title="Olive Green & Mustard Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Olive",
    ),
    # 014 Model in a plain lavender organza saree with an embroidered border, matching sleeveless lavender blouse,
    # holding a silver clutch (prop); grey backdrop. Caption: caption adapter, cut. Answers: VQA adapter; "cotton"
    # against the organza of the title.
    case(
        "X1405-014",
        caption(
            "This woman is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric. It has a v-shape neckline. The woman wears a long skirt. The skirt is with chiffon fabric and "
            "pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        col("saree", "purple"),
        col("blouse", "purple"),
        material("cotton", "unsupported"),
        Q.pattern("solid"),
        wearing("a purple saree and holding a clutch", who="she"),
        gender="Women",
        title="Lavender Embroidered Organza Saree",
        category="Sarees",
        color="Lavender",
    ),
    # 015 Model in a red bridal lehenga with heavy gold embroidery, red elbow-sleeve choli, red net dupatta draped
    # over her head, heavy jewellery; beige backdrop. Caption: caption adapter, stopped on its own; the dupatta over
    # the head is not a hat. Answers: VQA adapter; the "wearing" answer loops.
    case(
        "X1405-015",
        caption(
            "The lady wears a medium-sleeve top with complicated patterns. The top is with other fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with other fabric and complicated patterns. "
            "This lady wears a hat.",
            "unsupported",
        ),
        col("blouse", "red"),
        col("skirt", "red"),
        col("dupatta", "red"),
        Q.pattern("embroidered"),
        is_a("lehenga", "yes"),
        wearing(
            "red lehenga with gold embroidery and a red dupatta with gold embroidery and a red dupatta with gold "
            "embroidery and a red",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        title="Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # 016 Model in a grey linen-blend saree with thin white stripes, plain white sleeveless blouse, no rings, a thin
    # watch; white backdrop. Caption: caption adapter, invents a ring. Answers: VQA adapter; the blouse is white.
    case(
        "X1405-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and striped patterns. "
            "There is a ring on her finger",
            "unsupported",
            hit_limit=True,
        ),
        col("saree", "grey"),
        col("blouse", "grey", "other_garment_color"),
        Q.pattern("striped"),
        material("linen"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Grey Striped Linen Blend Saree",
        category="Sarees",
        color="Grey",
    ),
    # 017 A girl in a peach floral-printed cotton lehenga, sleeveless peach choli, peach dupatta, holding a small
    # potli bag; white backdrop. Caption: caption adapter, cut. Answers: VQA adapter; the dupatta answer came back
    # empty; "dress" contradicts the lehenga set.
    case(
        "X1405-017",
        caption(
            "The lady wears a sleeveless top with floral patterns. The top is with cotton fabric. The lady wears a "
            "long skirt. The skirt is with cotton fabric and floral patterns. The lady also wears an outer clothing, "
            "with cotton fabric and floral",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "peach"),
        col("skirt", "peach"),
        col("dupatta", "", "non_answer"),
        Q.garment_type("dress", "contradiction"),
        gender="Girls",
        title="Aks Kids Girls Peach-Coloured Printed Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # 018 Model in a magenta silk-blend Paithani saree with a woven gold border, contrast green blouse with elbow
    # sleeves, gold bangles; grey backdrop. Caption: caption adapter, ran to the limit on a complete phrase, right.
    # Answers: VQA adapter; the yes/no answer runs into the next prompt.
    case(
        "X1405-018",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with other fabric and complicated patterns. "
            "There is an accessory on her wrist",
            hit_limit=True,
        ),
        col("saree", "pink"),
        col("blouse", "green"),
        Q.pattern("woven"),
        material("silk"),
        is_a(
            "saree",
            "yes Question: Is this a saree? Answer: yes Question: Is this a saree? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Magenta & Green Zari Silk Blend Paithani Saree",
        category="Sarees",
        color="Magenta",
    ),
    # 019 Model in a sky-blue georgette lehenga with white thread embroidery, white choli with sheer full sleeves,
    # sky-blue dupatta; grey backdrop. Caption: caption adapter, cut. Answers: VQA adapter; the dupatta is blue, "white"
    # is the choli's color.
    case(
        "X1405-019",
        caption(
            "This woman is wearing a long-sleeve blouse with graphic patterns. The blouse is with chiffon fabric. It "
            "has a v-shape neckline. The woman wears a long skirt. The skirt is with chiffon fabric and graphic "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "white"),
        col("skirt", "blue"),
        col("dupatta", "white", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        gender="Women",
        title="Blue & White Thread Work Georgette Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # 020 Model leaning on a wooden stool (prop) in an orange cotton-silk saree with a woven temple border, orange
    # short-sleeve blouse, bangles; beige backdrop. The feed has no gender for it. Caption: caption adapter, cut.
    # Answers: VQA adapter, all right.
    case(
        "X1405-020",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        col("saree", "orange"),
        col("blouse", "orange"),
        Q.garment_type("saree"),
        Q.pattern("solid"),
        title="Orange Woven Design Cotton Silk Saree",
        category="Sarees",
        color="Orange",
    ),
    # 021 Model in a black lehenga with multicolour floral embroidery, black choli with three-quarter sleeves, red net
    # dupatta; grey backdrop. Caption: caption adapter, cut. Answers: VQA adapter; the dupatta is red.
    case(
        "X1405-021",
        caption(
            "The lady wears a long-sleeve top with floral patterns. The top is with other fabric and its neckline is "
            "round. The lady wears a long skirt. The skirt is with other fabric and floral patterns. The lady also "
            "wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "black"),
        col("skirt", "black"),
        col("dupatta", "black", "other_garment_color"),
        is_a("lehenga", "yes"),
        Q.pattern("floral"),
        gender="Women",
        title="Black & Red Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # 022 Model in a white crepe saree with black polka dots, black sleeveless blouse, silver earrings; grey backdrop.
    # Caption: caption adapter, cut. Answers: VQA adapter; "georgette" against the crepe of the title; the blouse is
    # sleeveless.
    case(
        "X1405-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a v-shape neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        col("saree", "white"),
        col("blouse", "black"),
        Q.pattern("polka dot"),
        material("georgette", "unsupported"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Women",
        title="White & Black Polka Dot Printed Crepe Saree",
        category="Sarees",
        color="White",
    ),
    # 023 Model in a lime-green mirror-work cotton lehenga, pink short-sleeve choli, pink dupatta; white backdrop.
    # Caption: caption adapter, cut. Answers: VQA adapter, all right.
    case(
        "X1405-023",
        caption(
            "The lady wears a short-sleeve top with graphic patterns. The top is with cotton fabric and its neckline "
            "is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. The lady "
            "also wears an outer clothing, with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "pink"),
        col("skirt", "green"),
        col("dupatta", "pink"),
        wearing("she is wearing a green skirt and a pink top", who="she"),
        Q.garment_type("skirt"),
        gender="Women",
        title="Lime Green & Pink Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
    ),
    # 024 Model in a beige tissue saree with a silver border, beige blouse with short puff sleeves; grey backdrop.
    # Caption: caption adapter, switches to "His" for the woman. Answers: VQA adapter, all right.
    case(
        "X1405-024",
        caption(
            "His shirt has short sleeves, other fabric and pure color patterns. It has a round neckline. His skirt is "
            "of long length. The skirt is with other fabric and pure color patterns. He wears a",
            "pronoun",
            hit_limit=True,
        ),
        col("saree", "cream"),
        col("blouse", "cream"),
        Q.sleeve_length("short sleeve"),
        material("silk"),
        gender="Women",
        title="Beige & Silver-Toned Tissue Saree",
        category="Sarees",
        color="Beige",
    ),
    # 025 Model in a purple sequinned net lehenga, sleeveless purple choli, purple dupatta, maang tikka; grey backdrop.
    # Caption: caption adapter, repeats the skirt sentence. Answers: VQA adapter; the garment type answer runs into
    # the next prompt.
    case(
        "X1405-025",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with other fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. The "
            "skirt is with other fabric and graphic patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "purple"),
        col("skirt", "purple"),
        col("dupatta", "purple"),
        Q.pattern("embellished"),
        material("net"),
        Q.garment_type(
            "lehenga Question: What type of garment is this? Answer: lehenga Question: What type of",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Purple Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # 026 Model in a green-and-white leheriya-printed chiffon saree, plain white blouse with elbow sleeves; beige
    # backdrop. Caption: caption adapter, cut. Answers: VQA adapter; the blouse is white.
    case(
        "X1405-026",
        caption(
            "This woman is wearing a medium-sleeve blouse with striped patterns. The blouse is with chiffon fabric. It "
            "has a round neckline. The woman wears a long skirt. The skirt is with chiffon fabric and striped "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        col("saree", "green"),
        col("blouse", "green", "other_garment_color"),
        Q.pattern("striped"),
        is_a("saree", "yes"),
        gender="Women",
        title="Green & White Leheriya Printed Saree",
        category="Sarees",
        color="Green",
    ),
    # 027 Model in a cream lehenga with a pastel floral print, mint-green short-sleeve choli, cream dupatta; rings and
    # earrings but nothing on her wrists; white backdrop. Caption: caption adapter, invents a wrist accessory.
    # Answers: VQA adapter, all right.
    case(
        "X1405-027",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        col("blouse", "mint"),
        col("skirt", "cream"),
        col("dupatta", "cream"),
        Q.garment_type("lehenga"),
        gender="Women",
        title="Cream-Coloured & Green Floral Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Cream",
    ),
    # 028 Model in a cobalt-blue satin saree with an abstract print, matching short-sleeve blouse, a gold kamarbandh
    # waist belt; grey backdrop. Caption: caption adapter, ran to the limit on a complete phrase; the belt is there.
    # Answers: VQA adapter, all right.
    case(
        "X1405-028",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. "
            "This lady wears a belt",
            hit_limit=True,
        ),
        col("saree", "blue"),
        col("blouse", "blue"),
        Q.pattern("abstract"),
        material("satin"),
        Q.sleeve_length("short sleeve"),
        gender="Women",
        title="Blue Abstract Printed Satin Saree",
        category="Sarees",
        color="Blue",
    ),
    # 029 Model in a rust-orange mirror-work cotton lehenga, rust short-sleeve choli, beige dupatta, a potted plant at
    # the side (prop); white backdrop. Caption: caption adapter, cut. Answers: VQA adapter; the dupatta is beige.
    case(
        "X1405-029",
        caption(
            "The lady wears a short-sleeve top with color block patterns. The top is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and color block "
            "patterns. The lady also wears an outer clothing, with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "orange"),
        col("skirt", "orange"),
        col("dupatta", "orange", "other_garment_color"),
        Q.pattern("mirror work"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Rust Orange Mirror Work Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Rust",
    ),
    # 030 Model in a peach net saree with scattered sequins, peach sleeveless blouse, no glasses; grey backdrop.
    # Caption: caption adapter, invents glasses. Answers: VQA adapter; the material answer loops.
    case(
        "X1405-030",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns. "
            "This lady wears glasses",
            "unsupported",
            hit_limit=True,
        ),
        col("saree", "peach"),
        col("blouse", "peach"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("saree"),
        Q.material(
            "net net net net net net net net net net net net net net net net net net net net net net net net net net "
            "net net net net",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Peach-Coloured Embellished Net Saree",
        category="Sarees",
        color="Peach",
    ),
    # 031 Flat lay, no person: a teal lehenga spread flat, the teal choli folded on the waistband, the teal dupatta
    # folded beside it, on a wooden floor. The feed has no color for it. Caption: caption adapter, invents a woman
    # wearing it. Answers: VQA adapter, all right.
    case(
        "X1405-031",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with other fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. "
            "There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        col("blouse", "teal"),
        col("skirt", "teal"),
        col("dupatta", "teal"),
        Q.garment_type("skirt"),
        gender="Women",
        title="Teal Blue Solid Lehenga Choli with Dupatta",
        category="Lehenga Choli",
    ),
    # 032 Model in a yellow checked Kota doria saree, yellow blouse with elbow sleeves, bangles; white backdrop.
    # Caption: caption adapter, cut. Answers: VQA adapter; "no" to "Is this a saree?" is wrong.
    case(
        "X1405-032",
        caption(
            "The lady wears a medium-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and lattice patterns. "
            "There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        col("saree", "yellow"),
        col("blouse", "yellow"),
        Q.pattern("checked"),
        is_a("saree", "no", "contradiction"),
        Q.sleeve_length("short sleeve"),
        gender="Women",
        title="Yellow Checked Kota Doria Saree",
        category="Sarees",
        color="Yellow",
    ),
    # 033 Model in a gold tissue lehenga, gold elbow-sleeve choli, maroon dupatta with a gold border; grey backdrop.
    # Caption: caption adapter, cut. Answers: VQA adapter; "dress" contradicts the lehenga set.
    case(
        "X1405-033",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns. The top is with other fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. "
            "The lady also wears an outer clothing, with other fabric and complicated",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "gold"),
        col("skirt", "gold"),
        col("dupatta", "maroon"),
        Q.garment_type("dress", "contradiction"),
        wearing("she is wearing a gold lehenga and a maroon dupatta", who="she"),
        gender="Women",
        title="Gold-Toned & Maroon Woven Design Lehenga Choli",
        category="Lehenga Choli",
        color="Gold",
    ),
    # 034 Model in a sea-green georgette saree with a printed pallu, contrast pink short-sleeve blouse; grey
    # backdrop. Caption: caption adapter, starts over with its first sentence. Answers: VQA adapter; "cotton" against
    # the georgette of the title.
    case(
        "X1405-034",
        caption(
            "This woman is wearing a short-sleeve blouse with floral patterns. The blouse is with chiffon fabric. The "
            "woman wears a long skirt with floral patterns. This woman is wearing a short-sleeve blouse with floral "
            "patterns. The blouse is with chiffon",
            "loop",
            hit_limit=True,
        ),
        col("saree", "green"),
        col("blouse", "pink"),
        Q.pattern("floral"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Sea Green & Pink Printed Georgette Saree",
        category="Sarees",
        color="Sea Green",
    ),
    # 035 A girl in a red embellished lehenga, gold short-sleeve choli, red dupatta; white backdrop. Caption: caption
    # adapter, stopped on its own, right. Answers: VQA adapter; the choli is gold, not red; "dress" contradicts the set.
    case(
        "X1405-035",
        caption(
            "The lady wears a short-sleeve top with graphic patterns. The top is with other fabric and its neckline is "
            "round. The lady wears a long skirt. The skirt is with other fabric and graphic patterns."
        ),
        col("blouse", "red", "other_garment_color"),
        col("skirt", "red"),
        col("dupatta", "red"),
        wearing("a red dress", "contradiction", who="she"),
        gender="Girls",
        title="Girls Red & Gold-Toned Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # 036 Model seated on a white stool (prop) in a plain burgundy satin saree, burgundy strappy (spaghetti) blouse;
    # grey backdrop. Caption: caption adapter, stopped on its own, right ("suspenders neckline" is the template's word
    # for straps). Answers: VQA adapter, all right.
    case(
        "X1405-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The lady wears a long skirt. The skirt is with other fabric and pure color "
            "patterns."
        ),
        col("saree", "burgundy"),
        col("blouse", "burgundy"),
        Q.sleeve_length("sleeveless"),
        material("satin"),
        Q.pattern("solid"),
        gender="Women",
        title="Burgundy Solid Satin Saree",
        category="Sarees",
        color="Burgundy",
    ),
    # 037 Model in an all-white chikankari georgette lehenga, white choli with sheer full sleeves, white dupatta;
    # beige backdrop. Caption: caption adapter, cut. Answers: VQA adapter; the dupatta answer loops; the pattern
    # question gets a color.
    case(
        "X1405-037",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "white"),
        col("skirt", "white"),
        col(
            "dupatta",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("white", "non_answer"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="White Chikankari Embroidered Georgette Lehenga Choli",
        category="Lehenga Choli",
        color="White",
    ),
    # 038 Model in a grey-to-pink ombre-dyed chiffon saree, pink sleeveless blouse; white backdrop. Caption: caption
    # adapter, cut. Answers: VQA adapter; the material answer says nothing.
    case(
        "X1405-038",
        caption(
            "The lady wears a sleeveless tank top with color block patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and color block "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        col("saree", "grey and pink"),
        col("blouse", "pink"),
        Q.pattern("ombre"),
        wearing("a grey and pink saree", who="she"),
        material("the garment is made of fabric", "restated"),
        gender="Women",
        title="Grey & Pink Ombre Dyed Chiffon Saree",
        category="Sarees",
        color="Grey",
    ),
    # 039 Model in a mustard bandhani-printed cotton lehenga, sleeveless mustard choli with mirror work, maroon
    # dupatta, oxidised necklace; grey backdrop. Caption: caption adapter, cut (the necklace is there). Answers: VQA
    # adapter; the skirt answer runs into the next prompt.
    case(
        "X1405-039",
        caption(
            "This woman is wearing a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The woman wears a long skirt. The skirt is with cotton fabric and graphic "
            "patterns. This woman has neckwear. There",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "yellow"),
        col(
            "skirt",
            "yellow Question: What is the color of the skirt? Answer: yellow Question: What is the color of the skirt",
            "leak",
            hit_limit=True,
        ),
        col("dupatta", "maroon"),
        Q.garment_type("skirt"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Mustard & Maroon Bandhani Lehenga Choli",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # 040 Model in a dark-green Kanjeevaram silk saree with a pink zari border, contrast pink blouse with elbow
    # sleeves; grey backdrop. Caption: caption adapter, gives the saree denim fabric. Answers: VQA adapter; the blouse
    # is pink, not green.
    case(
        "X1405-040",
        caption(
            "The lady wears a medium-sleeve shirt with complicated patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with denim fabric and complicated patterns. "
            "There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        col("saree", "green"),
        col("blouse", "green", "other_garment_color"),
        material("silk"),
        is_a("saree", "yes"),
        gender="Women",
        title="Green & Pink Zari Woven Kanjeevaram Silk Saree",
        category="Sarees",
        color="Green",
    ),
    # 041 Model in a pastel-pink floral-printed ready-to-wear lehenga, blue short-sleeve choli, pink dupatta; white
    # backdrop. Caption: caption adapter, cut. Answers: VQA adapter; the "wearing" answer runs on and is cut.
    case(
        "X1405-041",
        caption(
            "The lady wears a short-sleeve top with floral patterns. The top is with chiffon fabric and its neckline "
            "is v-shape. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. The lady "
            "also wears an outer clothing, with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "blue"),
        col("skirt", "pink"),
        col("dupatta", "pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve"),
        wearing(
            "she is wearing a pink lehenga with a blue blouse and a pink dupatta with a pink border and a pink "
            "lehenga with a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        title="Pink & Blue Floral Printed Ready to Wear Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
    ),
    # 042 Model in a plain coffee-brown linen saree with tasselled pallu, brown short-sleeve blouse; beige backdrop.
    # The feed has no category for it. Caption: caption adapter, gives her long pants instead of the saree. Answers:
    # VQA adapter, all right.
    case(
        "X1405-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        col("saree", "brown"),
        col("blouse", "brown"),
        material("linen"),
        Q.pattern("solid"),
        gender="Women",
        title="Coffee Brown Solid Linen Saree with Tassels",
        color="Coffee Brown",
    ),
    # 043 Model in a navy velvet embroidered lehenga, navy long-sleeve velvet choli, pink net dupatta; grey backdrop.
    # Caption: caption adapter, cut. Answers: VQA adapter; the dupatta is pink.
    case(
        "X1405-043",
        caption(
            "The lady wears a long-sleeve top with complicated patterns. The top is with furry fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with furry fabric and complicated patterns. "
            "The lady also wears an outer clothing,",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "navy"),
        col("skirt", "navy"),
        col("dupatta", "navy", "other_garment_color"),
        material("velvet"),
        Q.sleeve_length("long sleeve"),
        gender="Women",
        title="Navy Blue & Pink Velvet Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # 044 Model in a patola-printed saree, red body with green, yellow and blue geometric motifs, plain red
    # short-sleeve blouse, bangles; grey backdrop. Caption: caption adapter, cut. Answers: VQA adapter, all right
    # ("red" is the saree's main color).
    case(
        "X1405-044",
        caption(
            "The lady wears a short-sleeve shirt with complicated patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and complicated patterns. "
            "There is an accessory on her wrist. There is an",
            "cut",
            hit_limit=True,
        ),
        col("saree", "red"),
        col("blouse", "red"),
        Q.pattern("geometric"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        gender="Women",
        title="Multicoloured Patola Printed Saree",
        category="Sarees",
        color="Multi",
    ),
    # 045 Close crop from the waist up of a model in a lavender lehenga with silver embroidery, lavender short-sleeve
    # choli, the lavender dupatta only as an edge over one arm; grey backdrop. Caption: caption adapter, repeats the
    # skirt sentences. Answers: VQA adapter; the dupatta answer names the piece instead of a color.
    case(
        "X1405-045",
        caption(
            "The lady wears a short-sleeve top with graphic patterns. The top is with other fabric and its neckline is "
            "v-shape. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. The lady wears "
            "a long skirt. The skirt is with other fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "purple"),
        col("skirt", "purple"),
        col("dupatta", "a dupatta", "non_answer"),
        Q.pattern("embroidered"),
        gender="Women",
        title="Lavender Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Lavender",
    ),
]
